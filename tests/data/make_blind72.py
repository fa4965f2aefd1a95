"""Build tests/data/blind72.jsonl: a seventy-second *blind*, hand-written
labeled PII set.

    .venv/bin/python tests/data/make_blind72.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, git history or status, or the records
of any other gold set (no *.jsonl file was opened, and no other make_*.py was
read beyond what is listed next). Read, and only these: the module docstring
and import lines of make_blind22.py (its lines 1-121, which end inside its
first record list) and its closing scaffolding from `STYLES = {` to the end
(copied below), the whole of gold_sets.py, and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`). The detector, the bench and the tests were never run on this
file. Do not tune the detector against it: once it has been used to tune, it
no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the Dutch account numbers inside the NL
IBANs pass the old eleven-test, and the French, Spanish, Belgian and
Norwegian IBANs carry right national check digits (all worked out by
hand-run throwaway code while writing, not generated here; `gold_sets.check`
re-checks cards and IBANs and refuses a bad one). National ids with a public
check digit (Dutch BSN, NHS number, Canadian SIN, Aadhaar, Australian TFN
and Medicare number, Irish PPSN, Singapore NRIC / FIN, South African ID,
Brazilian CPF, Polish PESEL, Swedish personnummer, US NPI, Ontario health
number, English UPN and ULN) were given a valid one the same way (the South
African ids agree with the person's sex and birth date where they show), and
so were the look-alikes that carry one (ISBN-13). Vietnamese CCCD numbers
agree with the province, sex and birth year where they show (they have no
check digit). UK NI numbers, US SSNs, PAN, Nigerian NIN and BVN, Kenyan ids,
Philippine SSS, PhilHealth and TIN, passports, licences, plates, bank
account numbers and staff, student, member, patient and loyalty numbers were
not checked (UK driving licence numbers agree with the holder's name and
birth date).

Styles (ids `blind72-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Canada, Australia, New Zealand, Ireland, India, Nigeria,
Ghana, Kenya, South Africa, Singapore and the Philippines, with names from
the many cultures living there); the rest (24 records) are in Dutch and
Vietnamese, spread over every style:
- `gen` (90): one to four sentences with personal data woven into prose, as
  a third-party LLM writes "realistic sentences with personal data";
  schools, universities, student records and childcare carry extra weight
  (about forty-five records, Dutch and Vietnamese ones included), the rest
  spread over banking, insurance, health, pharmacy, legal and courts, HR,
  retail, travel, telecoms, government, tax, immigration, lettings, gaming,
  dating, social media, tech support, deliveries, gyms, vets, churches,
  charities, weddings and funerals. Names at the start, middle and end,
  lowercase and possessive; ages, dates, addresses, phones and ids in many
  shapes.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k / 300k
  / 400k (odd mixed sentences dense with names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents, card / CVV
  / expiry, IBAN / BIC), of gretel-pii-masking-en-v1 (domain documents:
  claims, leases, medical and loan forms, contracts, notices) and of
  Nemotron-PII (JSON, log lines, SQL, XML, YAML / INI / .env configs, code
  snippets, HL7, tickets and forms with many entity kinds).
- `table` (35): one small labeled table per record rendered as text (CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks)
  with varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, with the
  speakers' names (labeled at every turn) and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice references, SKUs, ISBNs, versions shaped like IPs,
  hashes, serials, company phones, role mailboxes, eponyms, streets named
  after people with no number), the few real PII values labeled; one has no
  PII at all.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any
  shape, a weekday or clock time said with them included; not bare years,
  weekdays or times alone, durations, or dates not tied to a person (sale,
  invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC, BIC and routing numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / booking / tracking references, company
  phone numbers and role mailboxes, versions, hashes, serials and VINs,
  partial numbers ("ending 4417"), pets, eponyms and brands named after
  people, a header row.
- Calls made while writing this set: in a table or form a "sex", "gender",
  "role", "dept", "grade" or "status" column stays unlabeled, an "age"
  column is AGE, a "country" or "state" column is LOCATION and a
  "nationality" or "religion" column is NRP; job titles, employers and
  companies stay unlabeled; a building number or a secondary address given
  in its own field is ADDRESS; a flat or unit written with its street is
  one ADDRESS span, a dorm room with its hall is ADDRESS; a name written
  "Last, First" is one PERSON span; a log line's or an account's timestamp
  is DATE_TIME when it records a person's own action (login, password
  reset, sign-up), while build, deploy and job timestamps are not; every
  real IP address is IP_ADDRESS, internal or not; a school admission,
  exam candidate, borrower, frequent-flyer or loyalty number is ID_NUMBER
  like a student or member number; a doctor's NPI is ID_NUMBER; a US
  driver's licence is US_DRIVER_LICENSE without its state prefix; Dutch
  "dhr." / "mevr." / "mevrouw" / "dr." and the Vietnamese "Ông" / "Bà" of formal
  documents are TITLE, while Vietnamese kinship and classroom address
  words ("cô", "em", "bé", "anh", "chị") stay outside like family words;
  "Coach" and "juf" are job words and stay outside, while "Father" of a
  priest, "Sister" of a nurse, "Rev.", "Sgt.", "Hon.", "Professor", the
  Vietnamese "BS." (doctor) and the "MR" / "MRS" / "MS" of airline name
  fields are TITLE; a chat speaker's name is PERSON at every turn, and
  clock-only chat stamps stay unlabeled; a name or id inside a file name
  or URL path is labeled inside it; a Dutch "tussenvoegsel" field ("van
  den") is PERSON and a street given in its own field is ADDRESS; a
  URL-encoded email or phone in a form body is labeled as written; the
  version code of an Ontario health number is inside its span; a police
  badge number, a dentist's GDC number, a Centrelink CRN and a Canadian
  UCI are ID_NUMBER; an email's Date header is DATE_TIME; numbered
  Vietnamese wards and districts ("Phường 14", "Quận 3") are LOCATION with
  their word, while "phường", "xã", "huyện" and "TP." before a name stay
  outside; a KYC or payment event's timestamp is not a person's own action
  and stays unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind72.jsonl")

GEN = [
    # --- schools, universities, student records, childcare ---
    """Hi [[PERSON:Ms. Okafor]], this is [[PERSON:Tunde Adeyemi]], [[PERSON:Kemi]]'s dad (Year 4, Kingfisher class). She has an orthodontist appointment on [[DATE_TIME:Thursday 14 March at 10:15]], so I'll collect her from reception at 9:45. My mobile is [[PHONE_NUMBER:07700 918 442]] if anything changes.""",
    """Student [[PERSON:Aarav Mehta]] (student ID [[ID_NUMBER:2219847]]) has asked to defer his dissertation deadline to [[DATE_TIME:2 September 2024]]; his supervisor, [[PERSON:Dr. Helen Marchetti]], supports the request and has copied the programme office.""",
    """Little Acorns Nursery is pleased to offer a full-time place to [[PERSON:Isla-Rose Kaur-Bennett]], born [[DATE_TIME:03/11/2021]], starting [[DATE_TIME:6 January 2025]]. Authorised collectors are her mum, [[PERSON:Gurpreet Kaur]] ([[PHONE_NUMBER:07983 115 260]]), and her grandmother [[PERSON:Pauline Bennett]].""",
    """please update the file for [[PERSON:jordan lee-whitaker]], dob [[DATE_TIME:2009-07-22]] — new home address is [[ADDRESS:48 Wattle Grove]], [[LOCATION:Ringwood North]] [[LOCATION:VIC]] [[ZIP_CODE:3134]]. the family moved in on [[DATE_TIME:1st of June]] and mum's email stays the same.""",
    """My son [[PERSON:Mateo Hernández]] is [[AGE:7]] and just transferred to Lincoln Elementary in [[LOCATION:Fresno]]. His student number in the old district was [[ID_NUMBER:30041872]]; I've attached his immunization record.""",
    """Dear [[PERSON:Ms. Shreya Iyer]], your admission to the M.Sc. Data Science programme is confirmed. Please bring your Aadhaar card ([[ID_NUMBER:2897 7576 4334]]), your Class XII marksheet and two photographs to the registrar's office on [[DATE_TIME:18 July 2024, 11:00 am]].""",
    """Hey, it's [[PERSON:Bec]] from Sunny Days Early Learning. [[PERSON:Noah]] had a bit of a temperature this arvo (37.9) so we rang his nan. Could you also double-check the CRN on his enrolment, [[ID_NUMBER:412 887 930K]]? Centrelink says it doesn't match.""",
    """I, [[PERSON:Folasade Ogunleye]], give permission for my daughter [[PERSON:Tobi Ogunleye]] (age [[AGE:11]]) to attend the Year 6 residential trip from [[DATE_TIME:10 June]] to [[DATE_TIME:14 June 2024]]. Emergency contact: [[PHONE_NUMBER:+44 7456 201 338]].""",
    """Report card comment for [[PERSON:amélie tremblay]] (student no. [[ID_NUMBER:341-0087]]): [[PERSON:amélie]] has made strong gains in reading this term and now chooses chapter books independently.""",
    """Under FERPA we cannot release [[PERSON:Marcus Bell]]'s transcript to a third party. [[PERSON:Marcus]] (UIN [[ID_NUMBER:627004118]]) needs to submit the request himself from his university address, [[EMAIL_ADDRESS:mbell24@tamu.edu]].""",
    """Incident report, Possums room: at 11:20 [[PERSON:Leo]] ([[AGE:3]]) bumped his head on the climbing frame. Ice pack applied, no loss of consciousness. Parent [[PERSON:Hannah Whitcombe]] was phoned at 11:35 on [[PHONE_NUMBER:0412 330 918]]. Educator: [[PERSON:Priyanka]].""",
    """Dear parent, the term 2 fees for [[PERSON:Brian Otieno]] (adm. no. [[ID_NUMBER:4471]]) are still outstanding. Kindly clear the balance of KES 18,500 via M-Pesa paybill 522522 or see the bursar before the half-term break.""",
    """[[PERSON:Nguyen Thi Thu Trang]], a [[NRP:Vietnamese]] national, enrolled in the Master of Professional Accounting in [[LOCATION:Melbourne]] from [[DATE_TIME:26 Feb 2024]]; her passport number is [[ID_NUMBER:C4829107]] and she holds a subclass 500 visa.""",
    """hey it's [[PERSON:devon]]! can we move [[PERSON:aisha]]'s maths tutoring from wed to [[DATE_TIME:thurs 17th, 5:30]]? she's got netball. btw my new number is [[PHONE_NUMBER:0403 118 276]]""",
    """The alumni office would love to feature [[PERSON:Dr. Amara Nwosu]] (Class of 2009) in the spring newsletter. [[PERSON:Amara]] can be reached at [[EMAIL_ADDRESS:amara.nwosu@alumni.uct.ac.za]] or through [[URL:https://www.linkedin.com/in/amaranwosu]].""",
    """[[PERSON:Keisha Brown]] applied for the county childcare subsidy for her twins, [[PERSON:Jalen]] and [[PERSON:Jada]] (DOB [[DATE_TIME:8/30/2020]]). Household of four; the SSN given on the application is [[US_SSN:512-38-4471]].""",
    """Candidate [[PERSON:Farah Qureshi]], candidate number [[ID_NUMBER:4127]], centre 58213, ULN [[ID_NUMBER:8310060539]]: access arrangements (25% extra time, reader) approved for her exams starting [[DATE_TIME:13 May]].""",
    """Thanks to everyone who signed up for the bake sale! This year's coordinators are [[PERSON:Sunita Rao]] ([[PHONE_NUMBER:925-555-0143]]) and [[PERSON:Beth O'Connell]]. Please drop your trays off at [[PERSON:Beth]]'s, [[ADDRESS:1183 Oakmont Drive]], any time after 3 on Friday.""",
    """Congratulations, [[PERSON:Luis Alberto Quispe]]! You have been awarded the Ramírez Family Scholarship (US$4,000). Before funds can be released, please confirm your SSN, [[US_SSN:287-44-9016]], and your mailing address on the student portal.""",
    """Housing assignment for fall: [[PERSON:Chen Jiahui]], [[ADDRESS:Room 314, Harlow Hall]], move-in [[DATE_TIME:Aug 24, 9:00 AM]]. Roommate: [[PERSON:Samantha Kowalczyk]] of [[LOCATION:Milwaukee]].""",
    """Parents' evening: [[TITLE:Mr]] and [[TITLE:Mrs]] [[PERSON:Kowalski]] are booked with [[TITLE:Miss]] [[PERSON:Adeyemi]] on [[DATE_TIME:Wednesday 20 November at 18:40]] to talk about [[PERSON:Zofia]]'s progress in maths.""",
    """[[PERSON:Ethan]]'s EHCP annual review is set for [[DATE_TIME:4/12/2024]]. Attending: SENCo [[PERSON:Mrs. Patel]], educational psychologist [[PERSON:Dr. Ruth Adebayo]], and [[PERSON:Ethan]]'s mum, [[PERSON:Claire Whitfield]].""",
    """Please change my programme from BSc Economics to BSc Actuarial Science. Index number [[ID_NUMBER:10874512]], level 200. Thank you, [[PERSON:Kwame Asante]] ([[EMAIL_ADDRESS:k.asante@st.ug.edu.gh]])""",
    """From [[DATE_TIME:12 September]] [[PERSON:Aoife]] and [[PERSON:Cian Ó Súilleabháin]] will be collected every Thursday by their grandmother, [[PERSON:Máire]]. [[PERSON:Máire]]'s mobile is [[PHONE_NUMBER:087 294 1186]].""",
    """[[PERSON:Ms. Tamar Cohen]] (maths, TRN [[ID_NUMBER:1847293]]) begins maternity leave on [[DATE_TIME:7 October 2024]]; cover for her Year 11 sets is being arranged by the deputy head.""",
    """Starting [[DATE_TIME:Monday, Jan. 13]], bus 14 will stop outside [[ADDRESS:2290 Maple Ridge Rd]] to pick up [[PERSON:Owen]] and [[PERSON:Lily Tremblay]].""",
    """Student Finance England — [[PERSON:Harriet Osei-Bonsu]], customer reference number [[ID_NUMBER:11482093710]], date of birth [[DATE_TIME:19 Dec 2003]]. We need evidence of your household income before we can assess your maintenance loan.""",
    """We've added [[PERSON:Ravi Chandrasekaran]]'s daughter [[PERSON:Meera]] (born [[DATE_TIME:2022-05-17]]) to the waitlist for the infant room. Parent contact on file: [[EMAIL_ADDRESS:ravi.c@shaw.ca]], [[PHONE_NUMBER:780 555 0129]].""",
    """Safeguarding concern logged by [[PERSON:Mr. Hughes]] on [[DATE_TIME:06/03/2025 14:05]]: [[PERSON:Kayden Price]] ([[AGE:13]]) said he has been sleeping at his uncle's flat, [[ADDRESS:Flat 12 Carlton House, 40 Station Road]], [[LOCATION:Swindon]], since half term.""",
    """[[PERSON:Huda Al-Mansouri]] completed Introduction to Python on [[DATE_TIME:March 2, 2024]] and the certificate was emailed to [[EMAIL_ADDRESS:huda.almansouri@outlook.com]]. Her learner login, [[USERNAME:huda_am]], was last used from [[IP_ADDRESS:94.56.212.17]].""",
    """Our nanny [[PERSON:Rosalind Achieng]] starts on [[DATE_TIME:Monday 3 March]]; she'll need the door code and [[PERSON:Theo]]'s allergy plan. Her emergency contact is her brother [[PERSON:Peter Omondi]], [[PHONE_NUMBER:+254 722 604 318]].""",
    """Dear [[PERSON:Prof. Gallagher]], [[PERSON:Yasmin El-Sayed]] (student no. [[ID_NUMBER:C21458803]]) is registered with Disability Services and should sit the exam on [[DATE_TIME:9 Jan]] in a separate room with rest breaks.""",
    """The appeal hearing for [[PERSON:Arjun Malhotra]] (DOB [[DATE_TIME:14/02/2014]]) will take place on [[DATE_TIME:Tuesday 16 July at 2.30pm]]. The family's address is [[ADDRESS:9 Fernbank Close]], [[LOCATION:Reading]] [[ZIP_CODE:RG6 7LB]], 2.4 miles from the school gate.""",
    """sorry to bother you — [[PERSON:olivia]] left her school jumper at after-school club, it has [[PERSON:O. Brennan-Hale]] on the label. we're at [[ADDRESS:27 Quarry Hill]] if someone's passing!""",
    """Enrolment confirmed: [[PERSON:Kiran Dhillon]], Bachelor of Nursing, commencing [[DATE_TIME:24 February 2025]]. Your student ID is [[ID_NUMBER:n11847302]] and your university email is [[EMAIL_ADDRESS:kiran.dhillon@connect.qut.edu.au]].""",
    """[[PERSON:Ms. Ferreira]] told me [[PERSON:Gabriel]] ([[AGE:5]]) still hasn't had his MMR booster. Can the daycare accept him on [[DATE_TIME:Monday the 9th]] if the appointment is on [[DATE_TIME:the 12th]]? — [[PERSON:Renata Souza]], [[PHONE_NUMBER:(617) 555-0138]]""",
    """Graduation tickets for [[PERSON:Mohammed Al-Rashid]] (student number [[ID_NUMBER:201856743]]) have been posted to [[ADDRESS:16 Clarendon Street]], [[LOCATION:Nottingham]] [[ZIP_CODE:NG1 5HQ]]. The ceremony is on [[DATE_TIME:18 December at 10.00]].""",
    """School counsellor note: [[PERSON:Hana Yoshida]], Grade 10, disclosed that her father lost his job; she asked that we contact her aunt [[PERSON:Naomi Fujii]] on [[PHONE_NUMBER:604-555-0172]] instead of her parents.""",
    """[[PERSON:Chinedu]]'s childminder, [[PERSON:Mrs. Bukola Adesanya]] (Ofsted registration EY498217), will be closed from [[DATE_TIME:23 Dec]] to [[DATE_TIME:2 Jan]], so [[PERSON:Chinedu]] will stay with us.""",
    # --- spread over other domains ---
    """[[PERSON:Mrs. Lindqvist]] called at 4:50 to ask if her husband's refill was ready. The prescription is under [[PERSON:Arne Lindqvist]], DOB [[DATE_TIME:Feb 9 1948]], health card [[ID_NUMBER:8824-646-924]].""",
    """Good afternoon, I'm [[PERSON:Wanjiru Kamau]] and I'd like to change the phone number on account [[ID_NUMBER:0112457820931]] from [[PHONE_NUMBER:0722 418 903]] to [[PHONE_NUMBER:+254 711 290 447]]. My national ID number is [[ID_NUMBER:31847205]].""",
    """On [[DATE_TIME:October 3rd]], [[PERSON:Dwayne Robinson]], [[AGE:54]], rear-ended a pickup at Grand Ave and 5th St in [[LOCATION:Des Moines]]. His Iowa license number is [[US_DRIVER_LICENSE:412KR7930]]; claim CLM-2024-118834 is open.""",
    """Welcome aboard, [[PERSON:Siobhán]]! Payroll has your PPS number ([[ID_NUMBER:4598269U]]) and IBAN [[IBAN_CODE:IE59 AIBK 5607 1212 0308 09]] on file, and your start date is recorded as [[DATE_TIME:Monday 2 September]].""",
    """The kettle I bought stopped working after a week — order RT-558120 under [[EMAIL_ADDRESS:mariam.haddad92@gmail.com]]. Please send the returns label to [[ADDRESS:Flat 3, 27 Beaumont Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE5 3QG]]. Thanks, [[PERSON:Mariam]]""",
    """Reservation HX7Q2 for [[PERSON:Mr. Kenji Watanabe]] and [[PERSON:Mrs. Yumi Watanabe]], arriving late on [[DATE_TIME:Fri 22 Nov]]; [[PERSON:Mr. Watanabe]]'s passport [[ID_NUMBER:TK4820193]] was scanned for the registration card.""",
    """Hi po, this is [[PERSON:Maricel Dela Cruz]]. My postpaid line [[PHONE_NUMBER:0917 482 3310]] was blocked after I reported my phone lost on [[DATE_TIME:June 8]]. For verification my SSS number is [[ID_NUMBER:34-1847293-5]].""",
    """[[PERSON:Mr. Callum Fraser]] of [[ADDRESS:14/3 Leith Walk]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH6 5BU]] applied for a Blue Badge on [[DATE_TIME:21.08.2024]]; his National Insurance number is [[ID_NUMBER:JT 48 21 93 B]].""",
    """the tenancy at [[ADDRESS:5/112 Ponsonby Road]], [[LOCATION:Grey Lynn]], [[LOCATION:Auckland]] [[ZIP_CODE:1011]] starts [[DATE_TIME:1 Feb]] — tenants are [[PERSON:Tama Ngata]] and [[PERSON:Losa Faleolo]], bond of $2,400 to be lodged with Tenancy Services.""",
    """GG to everyone in Saturday's cup! Massive shoutout to [[USERNAME:xX_Nyx_Xx]] (aka [[PERSON:Nikhil]] from [[LOCATION:Pune]]) for clutching the final 1v3. Prizes go out to the emails on file this week.""",
    """[[PERSON:Chiamaka]] turns [[AGE:30]] today!!! 🎉 born [[DATE_TIME:4 April 1994]] and still can't cook jollof 😂 go wish her happy birthday at [[URL:instagram.com/chiamaka.eats]]""",
    """User [[PERSON:Ben Goldberg]] ([[EMAIL_ADDRESS:bgoldberg@hillcrest-dental.com]]) can't connect to the VPN from his home IP, [[IP_ADDRESS:73.158.44.201]]; laptop asset tag HD-LT-0442. Please call him back on [[PHONE_NUMBER:(303) 555-0187]].""",
    """Courier note: if nobody answers, leave the parcel with the neighbour. Recipient [[PERSON:Nomvula Dlamini]], [[ADDRESS:7 Jacaranda Crescent]], [[LOCATION:Sunnyside]], [[LOCATION:Pretoria]] [[ZIP_CODE:0002]], cell [[PHONE_NUMBER:082 617 4490]].""",
    """Member [[ID_NUMBER:PF-771029]], [[PERSON:Ayesha Siddiqui]], has frozen her membership from [[DATE_TIME:1 March]] to [[DATE_TIME:31 May]] on medical grounds; the card on file ending 4417 will not be charged in that period.""",
    """Biscuit (the labrador) is booked in for her boosters on [[DATE_TIME:Tue 9th at 4pm]]. Owner: [[PERSON:Gareth Pryce-Jones]], [[PHONE_NUMBER:01873 552 019]].""",
    """The deponent, [[PERSON:Olumide Babatunde Fashola]], aged [[AGE:43]], a [[NRP:Nigerian]] citizen residing at [[ADDRESS:22 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]], makes oath and states as follows.""",
    """Pt [[PERSON:Rosa Ibarra]], [[AGE:67]] F, seen [[DATE_TIME:05/14/24]] for T2DM follow-up; MRN [[ID_NUMBER:00482193]]. Daughter [[PERSON:Lucía]] interpreted (Spanish). A1c down to 7.2.""",
    """Hi, I'm [[PERSON:Tan Wei Ling]], NRIC [[ID_NUMBER:S2957731E]]. Please update my mailing address to [[ADDRESS:Blk 412 Bedok North Ave 2, #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]].""",
    """Reporting [[USERNAME:jaybird_88]]: he says his name is [[PERSON:Jason]], that he's [[AGE:34]], and keeps asking me to send money by Zelle to [[PHONE_NUMBER:+1 646 555 0192]]. I've blocked him.""",
    """Thank you, [[PERSON:Mr. Ibrahim Sesay]], for your Gift Aid donation of £50 on [[DATE_TIME:12 January]]. We have your address as [[ADDRESS:61 Kingsland High Street]], [[LOCATION:London]] [[ZIP_CODE:E8 2JS]]; let us know if that has changed.""",
    """Driver: [[PERSON:Sophie Laurent]], [[NRP:French]] licence [[ID_NUMBER:13AK58210]]. Pick-up at Dublin Airport on [[DATE_TIME:27/07 at 10h00]], return [[DATE_TIME:3 August]]. Card [[CREDIT_CARD:5377 7680 9270 0208]] pre-authorised for €450.""",
    """[[PERSON:Kofi Mensah-Boateng]] is applying for a $12,000 personal loan: income $68,400, employed at Harbor Freight, SSN ending 2210, DOB [[DATE_TIME:1987/11/02]], home [[ADDRESS:8841 W Belmont Ave Apt 2F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60634]].""",
    """Statement taken from [[PERSON:Bilal Chaudhry]] (d.o.b. [[DATE_TIME:27.03.1991]]) at 22:10 about the disturbance outside the Crown & Anchor. Contact number [[PHONE_NUMBER:07911 204 583]].""",
    """[[PERSON:Oksana Hrytsenko]], a [[NRP:Ukrainian]] national, landed in [[LOCATION:Winnipeg]] on [[DATE_TIME:May 19, 2023]] under CUAET; her SIN is [[ID_NUMBER:768 640 823]] and her UCI is [[ID_NUMBER:1123-4589]].""",
    """G'day, I'm [[PERSON:Liam O'Sullivan]]. I lodged my return on [[DATE_TIME:31 October]] but the ATO says my TFN, [[ID_NUMBER:571 420 556]], doesn't match my name. Can someone call me on [[PHONE_NUMBER:0438 991 204]]?""",
    """[[PERSON:Priya]] and [[PERSON:Daniel Okoye]] will marry on [[DATE_TIME:Saturday 14 June 2025]] at St Mary's, with the reception to follow at Oakley Court, [[LOCATION:Windsor]]. Please RSVP to [[EMAIL_ADDRESS:priyaanddan2025@gmail.com]].""",
    """It is with great sadness that we announce the passing of [[PERSON:Margaret "Peggy" Sullivan]], aged [[AGE:88]], on [[DATE_TIME:2nd March 2024]] at her home in [[LOCATION:Ballina]], [[LOCATION:Co. Mayo]]. Reposing at her daughter [[PERSON:Niamh]]'s house.""",
    """[[TITLE:Father]] [[PERSON:Emmanuel]] asks that the baptism form for baby [[PERSON:Chidera Eze]] (born [[DATE_TIME:11 Aug 2024]]) be returned by her parents, [[PERSON:Ifeanyi]] and [[PERSON:Ngozi Eze]], with their parish envelope number.""",
    """Dear [[PERSON:Mr. Venkatesh Subramanian]], your cardiology consultation with [[PERSON:Dr. R. Lakshmi]] is on [[DATE_TIME:27-11-2024 at 09:30]] (UHID [[ID_NUMBER:MAA-2024-0048817]]). Please carry your PAN card, [[ID_NUMBER:BXKPR4821L]], for billing.""",
    """PNR K7XQ2L: passenger [[PERSON:ALVAREZ/MARIA JOSE]] [[TITLE:MS]], DOB [[DATE_TIME:14MAR86]], passport [[US_PASSPORT:568214097]], seat 23C, AAdvantage [[ID_NUMBER:7H2K9M4]].""",
    """U12 girls' football: [[PERSON:Zara Ahmed]], [[PERSON:Mia Kowalski]] and [[PERSON:Grace Oduya]] have been picked for the county trial on [[DATE_TIME:Sunday 6 April]]. Parents, please reply to Coach [[PERSON:Danny]] by Wednesday.""",
    """Tenant [[PERSON:Mr. Abdi Warsame]], [[ADDRESS:Flat 7, 15 Cheetham Hill Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M4 4FY]], reported damp in the back bedroom on [[DATE_TIME:3/1/25]]; the landlord, [[PERSON:Mrs. Greenhalgh]], has been emailed photos.""",
    """To port [[PHONE_NUMBER:(718) 555-0164]] I need my account number, which is [[ID_NUMBER:482019375-00001]]. The account is under [[PERSON:Esperanza Morales]], [[ADDRESS:1420 Grand Concourse, Apt 5C]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10456]].""",
    """Someone used my Visa, [[CREDIT_CARD:4762-4162-5627-7177]], at 2:14 am to buy gift cards. I'm [[PERSON:Hye-jin Park]], the card is in my name and I live in [[LOCATION:Fort Lee]], [[LOCATION:New Jersey]].""",
    """Kia ora [[PERSON:Aroha]], your cervical screening is due. Reply YES to book, or check your details: [[PERSON:Aroha Te Rangi]], DOB [[DATE_TIME:02/09/1995]], [[ADDRESS:15 Kowhai Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]].""",
    """[[PERSON:Halima Abubakar]], your BVN [[ID_NUMBER:22184930571]] and NIN [[ID_NUMBER:48392017562]] have been linked to account [[ID_NUMBER:2048193765]]. If you did not request this, call the bank immediately.""",
    """Repeat prescription ready for [[PERSON:Edith Morley]], NHS number [[ID_NUMBER:930 992 7518]]; her carer [[PERSON:Janine]] will collect it on Thursday.""",
    """[[PERSON:Thabo Mokoena]] (ID [[ID_NUMBER:7509307513088]]) was driving [[ID_NUMBER:CA 482-917]] on the N2 near [[LOCATION:Somerset West]] on [[DATE_TIME:30 September]] when a taxi cut across his lane.""",
    """[[PERSON:shanice]] booked a full balayage for [[DATE_TIME:sat 12th oct at 11]], £40 deposit taken. mob [[PHONE_NUMBER:07592 880 416]]""",
    """Player [[USERNAME:MoonlitFennec]] ([[EMAIL_ADDRESS:fenn.lucas07@gmail.com]]) says her account was taken over on [[DATE_TIME:2024-12-30 at 03:12 UTC]] from [[IP_ADDRESS:2a02:c7c:5d21:8f00:1d4e:9b2a:6e1f:77c3]], an address she doesn't recognise.""",
    """We're moving! From [[DATE_TIME:15 April]] [[PERSON:Jess]] & [[PERSON:Aidan Kerr]] can be found at [[ADDRESS:4/28 Brunswick Street]], [[LOCATION:Fitzroy]] [[LOCATION:VIC]] [[ZIP_CODE:3065]]. Housewarming details to follow!""",
    """The hearing in [[PERSON:Desai-Ramos]] v. [[PERSON:Ramos]] is set for [[DATE_TIME:December 10, 2024, at 9:00 a.m.]] before the [[TITLE:Hon.]] [[PERSON:Ruth Harlan]]; petitioner [[PERSON:Anita Desai-Ramos]] will appear by video from [[LOCATION:El Paso]].""",
    # --- Dutch ---
    """Beste juf [[PERSON:Marieke]], [[PERSON:Daan]] is vandaag ziek en blijft thuis, hij heeft sinds vannacht koorts. Groetjes, [[PERSON:Sanne de Vries]] (moeder van [[PERSON:Daan]], [[PHONE_NUMBER:06-41829307]])""",
    """Op [[DATE_TIME:maandag 7 oktober]] start [[PERSON:Noor El Amrani]] (geboren [[DATE_TIME:12-03-2023]]) op kinderdagverblijf De Boomhut. Ouder: [[PERSON:Youssef El Amrani]]; BSN kind [[ID_NUMBER:787926425]]; adres [[ADDRESS:Vechtstraat 112-3]], [[ZIP_CODE:1079 JK]] [[LOCATION:Amsterdam]].""",
    """Geachte [[TITLE:mevrouw]] [[PERSON:Bakker]], uw studentnummer [[ID_NUMBER:s2081934]] is gekoppeld aan uw inschrijving voor de master Rechtsgeleerdheid per [[DATE_TIME:1 september 2024]]. Het collegegeld wordt in termijnen afgeschreven van [[IBAN_CODE:NL82 RABO 8897 4363 90]].""",
    """Afspraak bevestigd: [[TITLE:dhr.]] [[PERSON:P. Jansen]], geb. [[DATE_TIME:04-11-1956]], bij de huisarts op [[DATE_TIME:donderdag 21 november om 10.40 uur]]. Neem uw identiteitsbewijs en zorgpas mee.""",
    """Hoi, ik ben [[PERSON:Kevin Vermeulen]] en mijn pakket is bij de verkeerde buren afgeleverd. Mijn adres is [[ADDRESS:Koningin Julianalaan 48]], [[ZIP_CODE:3818 GB]] [[LOCATION:Amersfoort]]; bel me gerust op [[PHONE_NUMBER:+31 6 2837 4410]].""",
    # --- Vietnamese ---
    """Kính gửi cô [[PERSON:Hương]], em [[PERSON:Lê Minh Khôi]] lớp 3A xin phép nghỉ học ngày [[DATE_TIME:15/10/2024]] vì bị sốt. Phụ huynh: [[PERSON:Lê Văn Tùng]], SĐT [[PHONE_NUMBER:0912 345 781]].""",
    """Sinh viên [[PERSON:Phạm Thị Ngọc Ánh]], MSSV [[ID_NUMBER:20194512]], sinh ngày [[DATE_TIME:23/06/2001]], đã hoàn thành học phần Giải tích 2. Email liên hệ: [[EMAIL_ADDRESS:anh.ptn194512@sis.hust.edu.vn]].""",
    """Trường mầm non Hoa Sen thông báo: bé [[PERSON:Trần Gia Hân]] ([[AGE:4]] tuổi) sẽ do bà ngoại là [[TITLE:bà]] [[PERSON:Nguyễn Thị Lan]] đón từ ngày [[DATE_TIME:2/12]]. Số CCCD của người đón: [[ID_NUMBER:079158004821]].""",
    """Chào shop, mình là [[PERSON:Đỗ Quang Huy]], đặt đơn #DH20931 hôm qua. Giao giúp mình về [[ADDRESS:số 18 ngõ 92 Nguyễn Khánh Toàn]], [[LOCATION:Cầu Giấy]], [[LOCATION:Hà Nội]] nhé, gọi [[PHONE_NUMBER:0983 207 415]] trước khi giao.""",
]

BENCH = [
    # --- ai4privacy-like: odd mixed sentences dense with entities ---
    """Attention Chief Integration Officer [[PERSON:Delphine Okonkwo-Hart]]: the workstation at [[IP_ADDRESS:10.44.187.23]] (MAC 3c:22:fb:91:0e:7d) logged an unusual sign-in using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 on [[DATE_TIME:07/19/2023 at 04:12]]. Please verify with her at [[EMAIL_ADDRESS:d.okonkwohart@brightlane.io]].""",
    """[[PERSON:Ms. Ingrid Solberg]], your refund of €218.40 will reach [[IBAN_CODE:DE65011871929490466718]] (BIC COBADEFFXXX) within 5 working days. Quote reference RF-09-2231 if you need to contact us.""",
    """Card [[CREDIT_CARD:4573464414228673]] exp 09/27 CVV 481 is registered to [[PERSON:Harlan Whitfield]], billing address [[ADDRESS:3187 Pinecrest Blvd]], [[ADDRESS:Suite 400]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83702]].""",
    """Our Lead Accountability Specialist, [[PERSON:Jovan]], noticed that account [[ID_NUMBER:84420917]] belonging to [[PERSON:Mrs. Petra Novak]] (born [[DATE_TIME:1979-02-28]], [[AGE:45]] years old) is overdrawn; reach her at [[PHONE_NUMBER:+385 91 482 3307]] or by post at [[ADDRESS:Ilica 218]], [[ZIP_CODE:10000]] [[LOCATION:Zagreb]].""",
    """Username: [[USERNAME:gdelacroix_77]]
Password: Tr!ck3ry#2024
Last login: [[DATE_TIME:2024-03-11T22:47:09Z]] from [[IP_ADDRESS:2001:db8:4f2a::1c7]]
Device: Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 Chrome/122.0.0.0 Mobile Safari/537.36
Name on profile: [[PERSON:Gaspard Delacroix]]""",
    """Hello [[PERSON:Zhou Min]], as Forward Directives Coordinator your new desk is at [[ADDRESS:5560 Kessler Parkway]], [[ADDRESS:Floor 12]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75024]]. Your badge photo is booked for [[DATE_TIME:Wednesday, 14th February at 9 AM]].""",
    """Can you confirm the shipment for [[PERSON:Valentina Rossi]]? She is a [[AGE:31]]-year-old female, 168 cm, living at [[ADDRESS:Via dei Mille 42]], [[ADDRESS:interno 7]], [[ZIP_CODE:80121]] [[LOCATION:Napoli]]; her card [[CREDIT_CARD:5548 8802 7393 6081]] (exp 02/26) was declined twice.""",
    """Dear [[PERSON:Theodora]], the invoice for your counselling sessions (INV-77301) was sent to [[EMAIL_ADDRESS:theodora.vance@protonmail.com]]. The SSN we hold for you, [[US_SSN:601829374]], is encrypted at rest.""",
    """Trans-regional Markets Executive [[PERSON:Mr. Obinna Chukwu]] filed expenses on the corporate Amex [[CREDIT_CARD:3758 333218 19253]]; approvals should go to his line manager at [[ADDRESS:77 Broad Street]], [[LOCATION:Lagos Island]].""",
    """Vehicle VIN 1HGCM82633A004352 with plate [[ID_NUMBER:7KXB219]] is registered to [[PERSON:Aiyana Runningwater]], [[ADDRESS:402 Sandia View Rd]], [[LOCATION:Albuquerque]], [[LOCATION:NM]] [[ZIP_CODE:87123]]; driver's license (NM) [[US_DRIVER_LICENSE:503918274]].""",
    """The patient [[PERSON:Kaveh Rahimi]] (male, [[AGE:62]]) was referred by [[PERSON:Dr. Lin]]; insurance member ID [[ID_NUMBER:XGH884102937]], group 00477, DOB [[DATE_TIME:1962-08-05]].""",
    """Please forward the onboarding pack to the Regional Assurance Manager, [[PERSON:Ms. Reyna Castillo]], at [[ADDRESS:9456 Hettinger Lane]] [[ADDRESS:Apt. 839]], [[LOCATION:Shawnee]], [[LOCATION:Kansas]], ahead of her start date of [[DATE_TIME:03/11/2024]].""",
    """IBAN: [[IBAN_CODE:GB54LOYD85100162702930]] | BIC: LOYDGB21 | account holder: [[PERSON:Precious Ndlovu]] | amount: £1,250.00 | ref: rent Feb""",
    """[[PERSON:Ahmed]], your Global Response Agent login [[USERNAME:ahmed.farouk.qa]] was reset. Temporary password: 7hYq!p2Lm. If you did not ask for this, report it to IT and include the address you were on, [[IP_ADDRESS:172.20.14.96]].""",
    """[[TITLE:Professor]] [[PERSON:Hiroshi Nakamura]], your research stipend of ¥320,000 will be paid into account [[ID_NUMBER:1482037]] (branch 031). Please bring your residence card [[ID_NUMBER:AB12345678CD]] to the international office.""",
    """Transaction alert: Mastercard [[CREDIT_CARD:2221-0066-6987-8478]], CVV 902, expiry 11/28, used at 14:03 by [[PERSON:Caoimhe Brennan]] in [[LOCATION:Galway]]; billing Eircode [[ZIP_CODE:H91 E2K3]].""",
    """MAC 00:1A:2B:3C:4D:5E is associated with device WLG-LT-0113 assigned to [[PERSON:Kiri Waititi]], [[ADDRESS:18B Onslow Road]], [[LOCATION:Khandallah]], [[LOCATION:Wellington]] [[ZIP_CODE:6035]]; last seen at [[IP_ADDRESS:203.109.133.47]].""",
    """Our Senior Tactics Orchestrator, [[PERSON:Ms. Begum]], asked for her pension statement to be mailed to [[ADDRESS:PO Box 4471]], [[LOCATION:Dhaka]] [[ZIP_CODE:1000]], [[LOCATION:Bangladesh]].""",
    """the user [[USERNAME:lorenzo_b]] (name: [[PERSON:lorenzo bianchi]], [[AGE:27]] y/o) changed the recovery phone to [[PHONE_NUMBER:+39 347 218 9054]] using Opera/9.80 (Windows NT 6.1; U; it) Presto/2.12.388 Version/12.16""",
    """Kindly refund [[PERSON:Jean-Baptiste Mbarga]], a [[NRP:Cameroonian]] citizen, to card [[CREDIT_CARD:6011375118493220]]; his passport [[ID_NUMBER:AA0482917]] and date of birth [[DATE_TIME:17/09/1984]] were verified at the counter.""",
    """Investment Account: [[ID_NUMBER:33018472]]; Name: [[PERSON:Rebecca Lindahl]]; Zip: [[ZIP_CODE:55408]]; Phone: [[PHONE_NUMBER:612.555.0178]]; Secondary address: [[ADDRESS:Unit 1204]]; Passport: [[US_PASSPORT:A04718263]]; Job: Internal Paradigm Analyst; Gender: F.""",
    """Reminder for [[PERSON:Mx. Rowan Ellery]]: your vaccination appointment at [[ADDRESS:221 Harbour Street]], [[LOCATION:Whitby]] is on [[DATE_TIME:09/10/2023, 13:45]]. Please bring proof of your NI number, [[ID_NUMBER:NP719204D]].""",
    """Sending you the report, [[PERSON:Sadia]]. Please check the expenses from [[DATE_TIME:March 8th]] (your trip to [[LOCATION:Karachi]]) against the statement for card [[CREDIT_CARD:4658 6476 2550 1288]].""",
    """Hi [[PERSON:Oleksandr]], we've noted your new address as [[ADDRESS:Apartment 5]], [[ADDRESS:14 Khreshchatyk Street]], [[LOCATION:Kyiv]] [[ZIP_CODE:01001]]. Your last session came from [[IP_ADDRESS:91.214.63.8]] using Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0.""",
    # --- gretel-like domain documents ---
    """INSURANCE CLAIM FORM
Claimant: [[PERSON:Gloria Esteban-Wright]]
Policy No.: HOP-4471-2290-A
Date of Loss: [[DATE_TIME:08/17/2024]]
Property Address: [[ADDRESS:1942 Larkspur Lane]], [[LOCATION:Sarasota]], [[LOCATION:FL]] [[ZIP_CODE:34231]]
Description: Water intrusion through the roof during the storm; partial ceiling collapse in the main bedroom.
Contact: [[PHONE_NUMBER:941-555-0117]] / [[EMAIL_ADDRESS:gloria.ew@comcast.net]]
SSN (last 4): 8821""",
    """RESIDENTIAL LEASE AGREEMENT
This Lease is made on [[DATE_TIME:June 1, 2024]] between Harbor Point Properties LLC ("Landlord") and [[PERSON:Marcus T. Ellington]] and [[PERSON:Danielle Ellington]] ("Tenants") for the premises at [[ADDRESS:505 Riverside Terrace, Unit 3B]], [[LOCATION:Richmond]], [[LOCATION:Virginia]] [[ZIP_CODE:23219]]. The term begins on [[DATE_TIME:June 15, 2024]] and ends on [[DATE_TIME:June 14, 2025]]. Monthly rent of $1,875.00 is due on the first day of each month.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Hollis, Agnes M.]]    MRN: [[ID_NUMBER:MR-0071843]]    DOB: [[DATE_TIME:02/27/1941]]
Admitted: [[DATE_TIME:09/02/2024]]    Discharged: [[DATE_TIME:09/07/2024]]
Attending: [[PERSON:Dr. Samuel Whitaker]]
Diagnosis: Community-acquired pneumonia, right lower lobe.
Disposition: Home with daughter ([[PERSON:Carol Hollis-Grant]], [[PHONE_NUMBER:508-555-0161]]) at [[ADDRESS:41 Elm Street]], [[LOCATION:Worcester]], [[LOCATION:MA]] [[ZIP_CODE:01609]]. Follow up with PCP in 7-10 days.""",
    """LOAN APPLICATION - PERSONAL INFORMATION
Applicant: [[PERSON:Rajesh Kumar Pillai]]    Co-applicant: [[PERSON:Anitha Pillai]]
Date of Birth: [[DATE_TIME:12-Jan-1981]]    SSN: [[US_SSN:533-72-0194]]
Current Address: [[ADDRESS:2217 Chestnut Ridge Ct]], [[LOCATION:Cary]], [[LOCATION:NC]] [[ZIP_CODE:27519]] (since [[DATE_TIME:03/2016]])
Employer: Cisco Systems    Position: Staff Engineer    Annual Income: $184,000
Checking Account: [[ID_NUMBER:004418823917]]    Routing: 053000219""",
    """NOTICE TO PAY RENT OR QUIT
To: [[PERSON:Tyrone Jackson]] and all other occupants
Premises: [[ADDRESS:1120 E 47th Street, Apt 2R]], [[LOCATION:Chicago]], [[LOCATION:Illinois]] [[ZIP_CODE:60653]]
You are hereby notified that rent in the amount of $2,340.00 is past due. Unless payment is made within five (5) days after service of this notice, your lease will be terminated.
Served on [[DATE_TIME:September 5, 2024]] by [[PERSON:Linda Sorensen]], property manager.""",
    """CONTRACT OF EMPLOYMENT
Employee: [[PERSON:Anjali Bhattacharya]]
Address: [[ADDRESS:33 Grosvenor Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 2DZ]]
NI Number: [[ID_NUMBER:SH 27 41 90 C]]
Date of commencement: [[DATE_TIME:1 October 2024]]
Job title: Clinical Data Analyst. Salary: £38,500 per annum. Notice period: one month.
Salary account: [[IBAN_CODE:GB90 BARC 7444 7286 7747 33]]""",
    """Rx
Prescriber: [[PERSON:Dr. Evelyn Marsh]], MD    NPI [[ID_NUMBER:1888133836]]
Patient: [[PERSON:Samuel Oyelaran]]    DOB: [[DATE_TIME:4/2/1970]]
Address: [[ADDRESS:78 Willow Bend]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43215]]
Lisinopril 10 mg tablets, #30, take 1 by mouth daily. Refills: 3.
Date written: [[DATE_TIME:10/14/2024]]""",
    """BILL OF SALE - MOTOR VEHICLE
Seller: [[PERSON:Gordon McAllister]], [[ADDRESS:15 Birch Hollow Rd]], [[LOCATION:Bangor]], [[LOCATION:ME]] [[ZIP_CODE:04401]]
Buyer: [[PERSON:Tuyet Nguyen]], [[ADDRESS:240 Ocean Ave]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04103]]; Maine license [[US_DRIVER_LICENSE:2049187]]
Vehicle: 2016 Subaru Outback, VIN 4S4BSANC5G3254418, odometer 98,412 miles
Sale price: $11,900. The vehicle is sold as is.""",
    """SUPERIOR COURT OF CALIFORNIA, COUNTY OF [[LOCATION:ALAMEDA]]
SMALL CLAIMS CASE NO. 24SC004417
PLAINTIFF: [[PERSON:Rosalind Pham]], [[ADDRESS:3920 Telegraph Ave #6]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94609]], phone [[PHONE_NUMBER:(510) 555-0183]]
DEFENDANT: [[PERSON:Curtis Lamb]], dba Lamb Auto Detailing
ORDER TO GO TO COURT: The people in 1 and 2 must attend court. Trial date: [[DATE_TIME:11/18/2024]]    Time: 8:30 a.m.    Dept.: 512""",
    """INCIDENT REPORT #2024-008812
Reporting officer: [[TITLE:Sgt.]] [[PERSON:D. Kowalczyk]], badge [[ID_NUMBER:4471]]
Date/time of incident: [[DATE_TIME:08/03/2024 23:40]]
Location: parking lot, [[ADDRESS:1516 S Halsted St]], [[LOCATION:Chicago]]
Victim: [[PERSON:Marisol Vega]], F, [[AGE:29]], [[PHONE_NUMBER:(312) 555-0149]]
Narrative: Victim states that her purse, containing her state ID and a debit card, was taken from her vehicle, plate [[ID_NUMBER:CV 48219]], while she was inside the store.""",
    """KYC DECLARATION - SAVINGS ACCOUNT
Name: [[PERSON:Meenakshi Sundaram]]    Father's/Spouse's name: [[PERSON:K. Sundaram]]
DOB: [[DATE_TIME:05-06-1979]]    Gender: F    Marital status: Married
PAN: [[ID_NUMBER:AQWPS7712K]]    Aadhaar: [[ID_NUMBER:6903 2861 6387]]
Address: [[ADDRESS:Flat 4B, Lakshmi Towers, 12 Venkatnarayana Road]], [[LOCATION:T. Nagar]], [[LOCATION:Chennai]] [[ZIP_CODE:600017]]
Mobile: [[PHONE_NUMBER:+91 98410 22763]]    Email: [[EMAIL_ADDRESS:meena.sundaram79@gmail.com]]
Occupation: Teacher    Annual income: 5-10 lakh
Place: [[LOCATION:Chennai]]    Date: [[DATE_TIME:14/08/2024]]""",
    """Form W-9 (Rev. March 2024) Request for Taxpayer Identification Number and Certification
1 Name: [[PERSON:Devonte L. Harris]]
3 Federal tax classification: Individual/sole proprietor
5 Address: [[ADDRESS:612 Magnolia St]]
6 City, state, and ZIP code: [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31401]]
Part I Social security number: [[US_SSN:258-61-3390]]
Signature of U.S. person: [[PERSON:Devonte L. Harris]]    Date: [[DATE_TIME:4/22/2024]]""",
    """INFORMED CONSENT - STUDY XR-221 (PHASE II)
Participant name: [[PERSON:Eleni Papadakis]]    Date of birth: [[DATE_TIME:1958-10-03]]
Study site: Mercy Research Institute, [[LOCATION:St. Louis]]
Principal investigator: [[PERSON:Dr. Anand Kulkarni]]
I have read this form, my questions have been answered, and I agree to take part.
Participant signature: ____________    Date: [[DATE_TIME:21 Aug 2024]]
Witness: [[PERSON:Tracy-Ann Beckford]], research nurse""",
    """STUDENT ENROLMENT FORM - Westfield Primary School
Pupil legal surname: [[PERSON:Mwangi]]    Forename(s): [[PERSON:Grace Wambui]]
Date of birth: [[DATE_TIME:17/05/2017]]    Sex: F    UPN: [[ID_NUMBER:N801200017043]]
Home address: [[ADDRESS:22 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1HZ]]
Ethnicity: Black - African    Religion: [[NRP:Christian]]    First language: Swahili
Parent/carer 1: [[PERSON:Joseph Mwangi]] - [[PHONE_NUMBER:07412 604 219]] - [[EMAIL_ADDRESS:jmwangi.ox@gmail.com]]
Previous school: Kilimani Primary, [[LOCATION:Nairobi]]    Date of admission: [[DATE_TIME:04/09/2024]]""",
    """TRAVEL INSURANCE CLAIM - MEDICAL EXPENSES ABROAD
Policyholder: [[PERSON:Niamh Gallagher]]    Policy: TRV-IE-2024-55102
Date of birth: [[DATE_TIME:30/01/1992]]    PPSN: [[ID_NUMBER:3894011GA]]
Trip: [[LOCATION:Dublin]] to [[LOCATION:Lisbon]], [[DATE_TIME:3 May]] to [[DATE_TIME:10 May 2024]]
Incident: fractured left wrist on [[DATE_TIME:7 May]], treated at Hospital de Santa Maria
Amount claimed: EUR 1,842.60
Pay to: [[IBAN_CODE:IE85BOFI49127694648240]]    Contact: [[PHONE_NUMBER:+353 86 419 2207]]""",
    """LASTING POWER OF ATTORNEY - Property and financial affairs
Donor: [[PERSON:Gwendolyn Mary Arkwright]], born [[DATE_TIME:2 February 1939]], of [[ADDRESS:Rosemary Cottage, 3 Church Lane]], [[LOCATION:Much Wenlock]], [[LOCATION:Shropshire]] [[ZIP_CODE:TF13 6AS]]
Attorney: [[PERSON:Philip Arkwright]] (son), [[ADDRESS:88 Harborne Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B15 3HG]]
Certificate provider: [[PERSON:Dr. Jennifer Osei]]
Signed by the donor on [[DATE_TIME:19 March 2024]] in the presence of [[PERSON:Alan Prentice]].""",
    """MORTGAGE STATEMENT    Statement date: 09/15/2024
Borrower(s): [[PERSON:Hector Ruiz]] & [[PERSON:Carmen Ruiz]]
Property address: [[ADDRESS:7714 Sagebrush Trail]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79912]]
Loan number: [[ID_NUMBER:0048812937]]
Payment due date: 10/01/2024    Amount due: $1,612.44
Escrow balance: $2,390.18    Customer service: 1-800-555-0100""",
    """INTERNATIONAL WIRE TRANSFER REQUEST
Originator: [[PERSON:Sandeep Bhalla]], account [[ID_NUMBER:4471029938]]
Originator address: [[ADDRESS:1902 Lakeview Dr]], [[LOCATION:Naperville]], [[LOCATION:IL]] [[ZIP_CODE:60565]]
Beneficiary: [[PERSON:Harpreet Bhalla]]
Beneficiary IBAN: [[IBAN_CODE:GB84 MIDL 5182 5820 1664 70]]    SWIFT/BIC: MIDLGB22
Beneficiary bank: HSBC UK, [[LOCATION:Birmingham]]
Amount: USD 15,000.00    Purpose: family support
Verified by callback to [[PHONE_NUMBER:630-555-0112]] on [[DATE_TIME:08/29/2024 at 3:05 PM]]""",
    """DENTAL TREATMENT RECORD
Patient: [[PERSON:Yusuf Demir]]    DOB: [[DATE_TIME:11.04.1988]]    Patient no.: [[ID_NUMBER:D-20931]]
[[DATE_TIME:14/06/2024]] - Exam, 2x BW radiographs. Caries 36 DO. Plan: composite.
[[DATE_TIME:28/06/2024]] - 36 DO composite under LA (articaine 4%). Pt tolerated well.
Clinician: [[PERSON:Dr. Leah Fitzgerald]] (GDC [[ID_NUMBER:112847]])""",
    """EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS
Employee: [[PERSON:Lamar Washington]]    SSN: [[US_SSN:431-90-2276]]    DOB: [[DATE_TIME:06/11/1983]]
Home address: [[ADDRESS:2810 Cypress St]], [[LOCATION:New Orleans]], [[LOCATION:LA]] [[ZIP_CODE:70119]]    Phone: [[PHONE_NUMBER:504-555-0133]]
Occupation: Forklift operator    Date hired: [[DATE_TIME:02/14/2019]]
Date of injury: [[DATE_TIME:07/22/2024]]    Time of injury: 6:40 AM
Description: Employee's left foot was caught under a pallet jack in aisle 14.
Supervisor: [[PERSON:Renee Dubois]]""",
    """HOME CARE PLAN
Client: [[PERSON:Mr. Stanislaw Zielinski]], [[AGE:84]], lives alone at [[ADDRESS:9 Ashgrove Court]], [[LOCATION:Stockport]] [[ZIP_CODE:SK4 2NQ]]
Key safe code: held by the office. NHS no.: [[ID_NUMBER:513 429 9773]]
Next of kin: [[PERSON:Ewa Zielinska]] (daughter), [[PHONE_NUMBER:07723 401 558]]
Visits: 4 per day; medication prompts at 08:00 and 20:00.
Religion: [[NRP:Roman Catholic]]; enjoys Radio 4 and rice pudding.""",
    """LABORATORY REPORT
Patient: [[PERSON:PRAKASH, Vivek]]    Sex: M    Age: [[AGE:41]] Y    Lab No: 24-HM-118204
Referring doctor: [[PERSON:Dr. S. Banerjee]]
Collected: [[DATE_TIME:12-Aug-2024 08:15]]    Reported: 12-Aug-2024 14:02
Haemoglobin 13.9 g/dL; WBC 7.2 x10^9/L; Platelets 245 x10^9/L; HbA1c 6.1 %""",
    """THIS IS THE LAST WILL AND TESTAMENT of me [[PERSON:Bartholomew Ignatius Crane]] of [[ADDRESS:The Old Rectory, Mill Road]], [[LOCATION:Great Shelford]], [[LOCATION:Cambridgeshire]] [[ZIP_CODE:CB22 5EJ]]. I appoint my nephew [[PERSON:Oliver Crane]] of [[ADDRESS:14 Regent Terrace]], [[LOCATION:Edinburgh]] to be my executor. I give my cottage in [[LOCATION:Cornwall]] to my friend [[PERSON:Margery Pollard]]. Signed this [[DATE_TIME:eleventh day of April 2023]].""",
    """CERTIFICATE OF MOTOR INSURANCE
Certificate number: 7730019448
1. Registration mark of vehicle: [[ID_NUMBER:KP19 XRM]]
2. Name of policyholder: [[PERSON:Mr. Declan Fitzpatrick]]
3. Effective date of the commencement of insurance: [[DATE_TIME:00:01 on 05/08/2024]]
5. Persons entitled to drive: the policyholder and [[PERSON:Aisling Fitzpatrick]].
6. Limitations as to use: social, domestic and pleasure, and commuting.""",
    """[[DATE_TIME:12 August 2024]]

[[PERSON:Ms. Adaeze Obi]]
[[ADDRESS:Apartment 3, 19 Admiralty Way]]
[[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]

Dear [[PERSON:Adaeze]],
We are pleased to offer you the position of Product Designer, starting on [[DATE_TIME:1 October 2024]], at a gross annual salary of NGN 24,000,000. Please sign and return a copy to people-ops@paystack.example within five working days; your onboarding pack will follow to [[EMAIL_ADDRESS:adaeze.obi@gmail.com]].""",
    """BACKGROUND SCREENING REPORT
Subject: [[PERSON:Tyler James Koenig]]    DOB: [[DATE_TIME:1995-03-09]]    SSN: XXX-XX-4418
Address history:
  [[ADDRESS:55 Garnet Way]], [[LOCATION:Boulder]], [[LOCATION:CO]] [[ZIP_CODE:80302]] ([[DATE_TIME:06/2021]] - present)
  [[ADDRESS:1299 Pearl St Apt 9]], [[LOCATION:Denver]], [[LOCATION:CO]] [[ZIP_CODE:80203]] ([[DATE_TIME:08/2017]] - [[DATE_TIME:05/2021]])
Driver license: [[US_DRIVER_LICENSE:19-284-7731]] (CO), status valid
Passport: [[US_PASSPORT:547201938]] (USA), expires 2031
Criminal records: none found""",
    """RENTAL APPLICATION - [[ADDRESS:12/44 Glebe Point Road]], [[LOCATION:Glebe]] [[LOCATION:NSW]] [[ZIP_CODE:2037]]
Applicant 1: [[PERSON:Minh Anh Tran]]    DOB: [[DATE_TIME:22/10/1996]]
Driver licence (NSW): [[ID_NUMBER:14829301]]    Medicare: [[ID_NUMBER:3512 56246 1]]
Current address: [[ADDRESS:7 Parramatta Road]], [[LOCATION:Annandale]] (2 years)
Employment: Graduate Consultant, $82,000 p.a.
Reference: [[PERSON:Sarah Wong]] (previous agent), [[PHONE_NUMBER:0412 555 147]]
Preferred move-in date: [[DATE_TIME:15 November]]""",
    """REPUBLIC OF KENYA
IN THE CHIEF MAGISTRATE'S COURT AT [[LOCATION:MILIMANI]]
CIVIL CASE NO. E4471 OF 2024
[[PERSON:JOSEPH KIPRONO LANGAT]] .............. PLAINTIFF
VERSUS
[[PERSON:ESTHER WAIRIMU NDUNG'U]] .............. DEFENDANT
HEARING NOTICE: TAKE NOTICE that this suit will be heard on [[DATE_TIME:14th October 2024 at 9.00 a.m.]] Defendant's address: [[ADDRESS:P.O. Box 30912]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]].""",
    """EMPLOYMENT PASS APPLICATION - PARTICULARS OF APPLICANT
Name: [[PERSON:Rahul Venkataraman]]    Nationality: [[NRP:Indian]]
Passport no.: [[ID_NUMBER:Z4821937]]    Date of birth: [[DATE_TIME:08/01/1990]]
FIN (if any): [[ID_NUMBER:F4790838T]]
Residential address in Singapore: [[ADDRESS:18 Holland Grove Road, #03-12]], [[LOCATION:Singapore]] [[ZIP_CODE:278809]]
Occupation: Vice President, Risk Analytics    Monthly salary: S$14,500""",
    # --- Nemotron-like: structured data, logs, code, tickets ---
    """{"customer_id": "[[ID_NUMBER:CUST-00418829]]", "first_name": "[[PERSON:Imani]]", "last_name": "[[PERSON:Okeke-Smith]]", "dob": "[[DATE_TIME:1990-12-03]]", "email": "[[EMAIL_ADDRESS:imani.okekesmith@fastmail.com]]", "phone": "[[PHONE_NUMBER:+1-404-555-0121]]", "address": {"street": "[[ADDRESS:3341 Peachtree Rd NE]]", "unit": "[[ADDRESS:Apt 1107]]", "city": "[[LOCATION:Atlanta]]", "state": "[[LOCATION:GA]]", "zip": "[[ZIP_CODE:30326]]"}, "loyalty_tier": "gold", "signed_up": "[[DATE_TIME:2021-06-14T09:22:41Z]]"}""",
    """[[DATE_TIME:2024-06-18 07:41:02,118]] INFO  [auth] login success user=[[USERNAME:rkapoor]] src=[[IP_ADDRESS:10.12.4.77]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
2024-06-18 07:41:03,002 DEBUG [pool] connections active=14 idle=6
[[DATE_TIME:2024-06-18 07:43:19,552]] INFO  [auth] password reset requested email=[[EMAIL_ADDRESS:ritika.kapoor@meridianhealth.org]] src=[[IP_ADDRESS:10.12.4.77]]""",
    """INSERT INTO patients (patient_id, full_name, dob, sex, phone, address, insurance_member_id)
VALUES ('[[ID_NUMBER:P-2024-118732]]', '[[PERSON:Gustavo Alencar]]', '[[DATE_TIME:1966-07-30]]', 'M', '[[PHONE_NUMBER:(954) 555-0190]]', '[[ADDRESS:2201 N Ocean Blvd, Apt 1504]], [[LOCATION:Fort Lauderdale]], [[LOCATION:FL]] [[ZIP_CODE:33305]]', '[[ID_NUMBER:W284019377]]');""",
    """<employee id="E-4471">
  <name><given>[[PERSON:Sakura]]</given><family>[[PERSON:Tanaka]]</family></name>
  <birthDate>[[DATE_TIME:1988-04-19]]</birthDate>
  <staffNumber>[[ID_NUMBER:SN-0072914]]</staffNumber>
  <contact type="mobile">[[PHONE_NUMBER:+81 90-4821-3307]]</contact>
  <email>[[EMAIL_ADDRESS:s.tanaka@kitanet.co.jp]]</email>
  <address><line>[[ADDRESS:2-14-7 Kichijoji Honcho]]</line><city>[[LOCATION:Musashino]]</city><prefecture>[[LOCATION:Tokyo]]</prefecture><postal>[[ZIP_CODE:180-0004]]</postal></address>
</employee>""",
    """# alerting.yaml
oncall:
  primary:
    name: [[PERSON:Bogdan Ionescu]]
    phone: "[[PHONE_NUMBER:+40 721 448 190]]"
    email: [[EMAIL_ADDRESS:bogdan.ionescu@stackforge.ro]]
  secondary:
    name: [[PERSON:Lena Hoffmann]]
    phone: "[[PHONE_NUMBER:+49 151 2048 7731]]"
escalation_email: sre-alerts@stackforge.ro
smtp_host: [[IP_ADDRESS:10.0.8.25]]
retry_seconds: 90""",
    """def test_invoice_pdf_renders_customer_block():
    customer = Customer(
        name="[[PERSON:Fatoumata Diallo]]",
        email="[[EMAIL_ADDRESS:f.diallo@orange.sn]]",
        phone="[[PHONE_NUMBER:+221 77 482 19 05]]",
        address="[[ADDRESS:Villa 214, Cité Keur Gorgui]], [[LOCATION:Dakar]]",
    )
    pdf = render_invoice(customer, invoice_no="INV-2024-0912")
    assert "[[PERSON:Diallo]]" in pdf.text""",
    """[SUP-4471] Customer cannot update billing address
Reporter: [[PERSON:Chloé Martin]]    Assignee: [[PERSON:Raj Patel]]    Priority: P3
Description: Customer [[PERSON:Emmanuel Kouassi]] ([[EMAIL_ADDRESS:ekouassi@yahoo.fr]], account [[ID_NUMBER:AC-7730291]]) gets a 500 error when saving his new address, [[ADDRESS:14 rue des Tanneurs]], [[ZIP_CODE:01000]] [[LOCATION:Bourg-en-Bresse]]. Reproduced from [[IP_ADDRESS:88.164.20.113]] on Firefox 128.
Comment ([[PERSON:Raj Patel]]): postcode validator strips the leading zero; fix in PR #2291.""",
    '''[[IP_ADDRESS:203.0.113.58]] - [[USERNAME:jmorrison]] [[[DATE_TIME:12/Mar/2024:14:22:09 +0000]]] "POST /account/profile HTTP/1.1" 200 512 "https://portal.example.com/account" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"''',
    """HTTP/1.1 200 OK
Content-Type: application/json

{"data": {"user": {"id": 88213, "username": "[[USERNAME:kpopfan_minji]]", "profile": {"display_name": "[[PERSON:Kim Min-ji]]", "birthday": "[[DATE_TIME:2001-11-09]]", "location": "[[LOCATION:Busan]]", "website": "[[URL:https://minji.carrd.co]]"}, "last_login_ip": "[[IP_ADDRESS:121.134.77.210]]"}}}""",
    """# .env.local - DO NOT COMMIT
DATABASE_URL=postgres://app:S3cr3t!@[[IP_ADDRESS:10.20.0.14]]:5432/crm
ADMIN_NAME="[[PERSON:Tomasz Wiśniewski]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:tomasz.wisniewski@polbud.pl]]
SUPPORT_PHONE=+48 22 555 01 00
TEST_CARD=[[CREDIT_CARD:4613854195582334]]
TEST_CARD_CVC=314""",
    """UPDATE students SET guardian_phone = '[[PHONE_NUMBER:0161 555 0193]]', guardian_name = '[[PERSON:Samira Haddad]]' WHERE student_no = '[[ID_NUMBER:ST-204417]]' AND surname = '[[PERSON:Haddad]]';
-- requested by [[PERSON:J. Whitlock]] (school office) on [[DATE_TIME:2024-09-05]]""",
    """{"event": "payment.captured", "ts": 1718712044, "payload": {"amount": 89.90, "currency": "EUR", "card": {"pan": "[[CREDIT_CARD:5196307525660926]]", "exp_month": 4, "exp_year": 2027}, "billing": {"name": "[[PERSON:Matteo Greco]]", "iban": null, "country": "[[LOCATION:IT]]"}, "customer_ip": "[[IP_ADDRESS:151.38.92.14]]"}}""",
    """From: "[[PERSON:Aditi Joshi]]" <[[EMAIL_ADDRESS:aditi.joshi@infosys-mail.com]]>
To: "[[PERSON:Grant Holloway]]" <[[EMAIL_ADDRESS:gholloway@northwind-legal.com]]>
Date: [[DATE_TIME:Tue, 3 Sep 2024 16:42:18 +0530]]
Subject: Re: NDA - signature pages
Received: from mail-qk1.infosys-mail.com ([[IP_ADDRESS:49.204.118.37]])
Message-ID: <CAF8x2k1q@mail.infosys-mail.com>""",
    """Traceback (most recent call last):
  File "/srv/app/billing/charge.py", line 88, in charge
    gateway.capture(card_number=card, amount=amt)
ValueError: card declined for customer_email='[[EMAIL_ADDRESS:olu.ade@gmail.com]]' card='[[CREDIT_CARD:4540528660905919]]' name='[[PERSON:Oluwaseun Ade]]' zip='[[ZIP_CODE:77019]]'""",
    """mutation {
  updateContact(input: {
    id: "c_91f2a",
    fullName: "[[PERSON:Beatriz Santos Oliveira]]",
    cpf: "[[ID_NUMBER:733.527.437-03]]",
    phone: "[[PHONE_NUMBER:+55 11 98204-3317]]",
    address: "[[ADDRESS:Rua Augusta, 1508, apto 92]]",
    city: "[[LOCATION:São Paulo]]",
    cep: "[[ZIP_CODE:01304-001]]"
  }) { ok }
}""",
    """IT SERVICE REQUEST
Requester: [[PERSON:Nkechi Uzor]]
Employee ID: [[ID_NUMBER:00471892]]
Department: Finance
Location: Floor 3, desk 3-117
Request: replacement laptop - current device (serial PF3K9ZQ1) has a cracked screen.
Contact: [[EMAIL_ADDRESS:nkechi.uzor@corp.example]] / ext. 4417""",
    """const mockUser = {
  uid: 'u_7c21',
  name: '[[PERSON:Ingrid Halvorsen]]',
  email: '[[EMAIL_ADDRESS:ingrid.h@online.no]]',
  iban: '[[IBAN_CODE:NO4262096654281]]',
  born: '[[DATE_TIME:1977-08-14]]',
  city: '[[LOCATION:Bergen]]',
};""",
    """<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
 <soap:Body>
  <GetPayslipResponse>
   <EmployeeName>[[PERSON:Daniel Abebe]]</EmployeeName>
   <NINumber>[[ID_NUMBER:PW 61 48 02 A]]</NINumber>
   <SortCode>40-11-62</SortCode>
   <AccountNumber>[[ID_NUMBER:41829305]]</AccountNumber>
   <PayDate>2024-08-30</PayDate>
   <NetPay currency="GBP">2874.16</NetPay>
  </GetPayslipResponse>
 </soap:Body>
</soap:Envelope>""",
    """Aug 14 02:13:55 bastion-01 sshd[22817]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.44]] port 51422 ssh2
[[DATE_TIME:Aug 14 02:14:03]] bastion-01 sshd[22831]: Accepted publickey for [[USERNAME:mhernandez]] from [[IP_ADDRESS:98.207.13.162]] port 60218 ssh2: ED25519 SHA256:x8Hq3pR2vTn0aLk4
[[DATE_TIME:Aug 14 02:14:03]] bastion-01 sshd[22831]: pam_unix(sshd:session): session opened for user [[USERNAME:mhernandez]] by (uid=0)""",
    """[{"student_id": "[[ID_NUMBER:2023-0417]]", "name": "[[PERSON:Aiyana Begay]]", "grade": 8, "guardian": "[[PERSON:Loretta Begay]]", "guardian_phone": "[[PHONE_NUMBER:928-555-0165]]"}, {"student_id": "[[ID_NUMBER:2023-0422]]", "name": "[[PERSON:Diego Morales-Tsosie]]", "grade": 8, "guardian": "[[PERSON:Ana Morales]]", "guardian_phone": "[[PHONE_NUMBER:928-555-0107]]", "iep": true}]""",
    r"""curl -X POST https://api.crm.example/v2/leads \
  -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.kq3" \
  -H "Content-Type: application/json" \
  -d '{"name":"[[PERSON:Shira Ben-David]]","email":"[[EMAIL_ADDRESS:shira.bd@walla.co.il]]","phone":"[[PHONE_NUMBER:+972 52-448-1903]]","company":"Orbit Labs"}'""",
    """Ticket #884120 - "Refund not received"
Requester: [[PERSON:Gemma Lloyd]] <[[EMAIL_ADDRESS:gemmalloyd@btinternet.com]]>
Tags: refunds, card
Message: I sent the boots back two weeks ago (tracking JD014600006281934512) but still haven't been refunded to my card ending 0043. Order number 200-4417-882. You can ring me on [[PHONE_NUMBER:07845 302 116]].""",
    """{
  "_id": ObjectId("66b1f0c2e4a9d1a7c3b21f09"),
  "member_no": "[[ID_NUMBER:GYM-0048213]]",
  "name": {"first": "[[PERSON:Rangi]]", "last": "[[PERSON:Parata]]"},
  "dob": ISODate("[[DATE_TIME:1993-05-21T00:00:00Z]]"),
  "emergency_contact": {"name": "[[PERSON:Mere Parata]]", "phone": "[[PHONE_NUMBER:021 448 2019]]"},
  "address": "[[ADDRESS:41 Victoria Avenue]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]]"
}""",
    """// TODO: remove hard-coded test data before release
Patient p = new Patient();
p.setName("[[PERSON:Aleksandra Nowak]]");
p.setPesel("[[ID_NUMBER:85071212385]]");
p.setBirthDate(LocalDate.parse("[[DATE_TIME:1985-07-12]]"));
p.setPhone("[[PHONE_NUMBER:+48 601 229 418]]");
repository.save(p);""",
    """{"ts":"[[DATE_TIME:2024-05-02T08:14:55Z]]","actor":"[[EMAIL_ADDRESS:d.mbeki@lawfirm.co.za]]","action":"document.view","doc":"Estate_[[PERSON:Khumalo]]_draft.docx","ip":"[[IP_ADDRESS:41.13.208.66]]"}
{"ts":"[[DATE_TIME:2024-05-02T08:16:31Z]]","actor":"[[EMAIL_ADDRESS:d.mbeki@lawfirm.co.za]]","action":"document.download","doc":"ID_copy_[[ID_NUMBER:8804120940082]].pdf","ip":"[[IP_ADDRESS:41.13.208.66]]"}""",
    """[backup]
owner = [[PERSON:Hamid Karimi]]
notify = [[EMAIL_ADDRESS:hamid.karimi@gmail.com]]
target_host = [[IP_ADDRESS:192.168.1.40]]
schedule = 02:30

[vpn]
peer = [[IP_ADDRESS:84.201.17.9]]
user = [[USERNAME:hkarimi]]
psk = 9fQ2!vLr77""",
    r"""MSH|^~\&|EPIC|MERCYHOSP|LAB|MERCYLAB|202409121032||ADT^A04|MSG00417|P|2.5
PID|1||[[ID_NUMBER:MRN448201]]^^^MERCY^MR||[[PERSON:OKAFOR^CHIDI^E]]||[[DATE_TIME:19790316]]|M|||[[ADDRESS:1120 LINDEN AVE]]^^[[LOCATION:MEMPHIS]]^[[LOCATION:TN]]^[[ZIP_CODE:38104]]||[[PHONE_NUMBER:(901)555-0126]]|||||||[[US_SSN:409-72-1884]]
PV1|1|O|CARD^^^MERCY||||[[ID_NUMBER:1550649382]]^[[PERSON:NGUYEN^LINH]]""",
    """:20:REF24091200417
:23B:CRED
:32A:240912EUR4250,00
:50K:/[[IBAN_CODE:BE15251465208630]]
[[PERSON:MARC DUPONT]]
[[ADDRESS:RUE DE LA LOI 16]]
[[ZIP_CODE:1000]] [[LOCATION:BRUXELLES]]
:59:/[[IBAN_CODE:NL74RABO6206266982]]
[[PERSON:ANNELIES VAN DER MEER]]
[[LOCATION:UTRECHT]]
:70:HUUR OKTOBER
:71A:SHA""",
    """{"id": "evt_1PqR2sK9", "type": "customer.created", "data": {"object": {"id": "cus_QhT9mZ2", "name": "[[PERSON:Yaw Boateng]]", "email": "[[EMAIL_ADDRESS:yaw.boateng@gmail.com]]", "phone": "[[PHONE_NUMBER:+233 24 418 2093]]", "address": {"line1": "[[ADDRESS:House No. 14, Oxford Street]]", "city": "[[LOCATION:Osu]]", "country": "[[LOCATION:GH]]"}, "created": 1725962811}}}""",
    """2024/09/01 19:02:44 [error] 1184#1184: *5521 open() "/var/www/uploads/passport_[[PERSON:adebayo]]_[[PERSON:oluwatobi]].jpg" failed (2: No such file or directory), client: [[IP_ADDRESS:102.89.34.201]], server: kyc.example.ng, request: "GET /uploads/passport_[[PERSON:adebayo]]_[[PERSON:oluwatobi]].jpg HTTP/1.1", host: "kyc.example.ng\"""",
    """$applicant = [
    'full_name'   => '[[PERSON:Róisín Kavanagh]]',
    'pps_number'  => '[[ID_NUMBER:7072297S]]',
    'dob'         => '[[DATE_TIME:1989-12-24]]',
    'eircode'     => '[[ZIP_CODE:D08 X2F7]]',
    'address'     => '[[ADDRESS:31 Thomas Street]], [[LOCATION:Dublin 8]]',
    'mobile'      => '[[PHONE_NUMBER:085 771 2049]]',
    'consent'     => true,
];""",
    """var seedUsers = []User{
	{Name: "[[PERSON:Arjun Reddy]]", Email: "[[EMAIL_ADDRESS:arjun.reddy@zohomail.in]]", Phone: "[[PHONE_NUMBER:+91 90000 41837]]", PAN: "[[ID_NUMBER:CRTPR5521M]]"},
	{Name: "[[PERSON:Lakshmi Narayanan]]", Email: "[[EMAIL_ADDRESS:lakshmi.n@rediffmail.com]]", Phone: "[[PHONE_NUMBER:+91 94440 28815]]", PAN: "[[ID_NUMBER:AMLPN0934C]]"},
}""",
    """POST /apply HTTP/1.1
Host: careers.example.com
Content-Type: application/x-www-form-urlencoded

first_name=[[PERSON:Obiageli]]&last_name=[[PERSON:Nnaji]]&email=[[EMAIL_ADDRESS:obi.nnaji%40gmail.com]]&phone=[[PHONE_NUMBER:%2B234%20809%20418%202276]]&dob=[[DATE_TIME:1998-02-11]]&city=[[LOCATION:Enugu]]&role=graduate-trainee""",
    """SUPPORT FORM SUBMISSION
Full name: [[PERSON:Piotr Zając]]
Date of birth: [[DATE_TIME:03.09.1979]]
Account email: [[EMAIL_ADDRESS:piotr.zajac@wp.pl]]
Phone: [[PHONE_NUMBER:+44 7388 210 447]]
Issue category: Identity verification
Details: My passport ([[ID_NUMBER:EK4829173]]) was rejected because the photo was blurry. Can I use my UK driving licence instead? The number is [[ID_NUMBER:ZAJAC709039P99LK]].""",
    """time="2024-10-07T13:20:11Z" level=info msg="kyc check passed" user_id=40918 full_name="[[PERSON:Mei Ling Goh]]" nric=[[ID_NUMBER:T8029804D]] mobile="[[PHONE_NUMBER:+65 9184 2273]]" ip=[[IP_ADDRESS:116.86.42.19]] latency_ms=412""",
    r"""mysql> SELECT * FROM users WHERE id = 1187\G
*************************** 1. row ***************************
        id: 1187
      name: [[PERSON:Sven Lindgren]]
     email: [[EMAIL_ADDRESS:sven.lindgren@telia.se]]
  personnr: [[ID_NUMBER:810514-3708]]
last_login: [[DATE_TIME:2024-08-19 21:44:07]]
   last_ip: [[IP_ADDRESS:83.248.114.9]]
1 row in set (0.00 sec)""",
    """{"eventTime": "[[DATE_TIME:2024-03-28T17:05:42Z]]", "eventName": "ConsoleLogin", "userIdentity": {"type": "IAMUser", "userName": "[[USERNAME:priya.natarajan]]"}, "sourceIPAddress": "[[IP_ADDRESS:49.37.201.118]]", "userAgent": "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0", "responseElements": {"ConsoleLogin": "Success"}}""",
    # --- Dutch ---
    """Beste [[PERSON:Femke]], als Senior Data-Architect krijg je toegang tot server [[IP_ADDRESS:10.31.7.202]] (MAC 9c:b6:d0:4e:11:a3). Je salaris gaat naar [[IBAN_CODE:NL34INGB9782220973]] en je BSN [[ID_NUMBER:677580162]] staat in je personeelsdossier. Woonadres: [[ADDRESS:Oudegracht 233bis]], [[ZIP_CODE:3511 NL]] [[LOCATION:Utrecht]].""",
    """HUUROVEREENKOMST WOONRUIMTE
Verhuurder: Woonstichting De Linie, [[LOCATION:Breda]]
Huurder: [[TITLE:dhr.]] [[PERSON:Mehmet Yılmaz]], geboren [[DATE_TIME:19 augustus 1985]] te [[LOCATION:Tilburg]]
Gehuurde: [[ADDRESS:Haagweg 71A]], [[ZIP_CODE:4814 GB]] [[LOCATION:Breda]]
Ingangsdatum: [[DATE_TIME:1 december 2024]]
Kale huur: EUR 842,15 per maand, bij automatische incasso van rekening [[IBAN_CODE:NL72 TRIO 3070 5552 76]] ten name van de huurder.""",
    """{"klantnummer": "[[ID_NUMBER:KL-20931884]]", "voornaam": "[[PERSON:Lieke]]", "tussenvoegsel": "[[PERSON:van den]]", "achternaam": "[[PERSON:Heuvel]]", "geboortedatum": "[[DATE_TIME:1992-06-30]]", "bsn": "[[ID_NUMBER:113614275]]", "straat": "[[ADDRESS:Lange Voorhout]]", "huisnummer": "[[ADDRESS:14]]", "postcode": "[[ZIP_CODE:2514 ED]]", "woonplaats": "[[LOCATION:Den Haag]]", "mobiel": "[[PHONE_NUMBER:06 1839 2207]]"}""",
    """[INC0048821] Melding van [[PERSON:Joost Bosman]] ([[EMAIL_ADDRESS:j.bosman@gemeente-zwolle.nl]]): kan sinds [[DATE_TIME:dinsdag 8 oktober]] niet meer inloggen op het zaakportaal. Laatste poging vanaf [[IP_ADDRESS:145.12.88.31]] met gebruikersnaam [[USERNAME:jbosman01]]. Graag terugbellen op [[PHONE_NUMBER:06-53118204]].""",
    """VERWIJSBRIEF
Patiënt: [[TITLE:mevr.]] [[PERSON:A.M. (Anouk) Smit-de Graaf]], geb. [[DATE_TIME:02-02-1971]]
BSN: [[ID_NUMBER:250041467]]    Zorgverzekeraar: Zilveren Kruis, polisnr. 448120937
Adres: [[ADDRESS:Brink 8]], [[ZIP_CODE:7411 BR]] [[LOCATION:Deventer]]
Verwezen door: [[TITLE:dr.]] [[PERSON:H. Kuipers]], huisarts
Reden: aanhoudende klachten rechterknie na een val op [[DATE_TIME:14 september]].""",
    # --- Vietnamese ---
    """HỢP ĐỒNG LAO ĐỘNG
Số: 118/2024/HĐLĐ
Bên A (Người sử dụng lao động): Công ty TNHH Phần mềm Sao Mai, đại diện là [[TITLE:Ông]] [[PERSON:Vũ Đức Thắng]], Giám đốc
Bên B (Người lao động): [[TITLE:Bà]] [[PERSON:Hoàng Thị Mai Phương]]
Sinh ngày: [[DATE_TIME:09/04/1994]]    Nơi sinh: [[LOCATION:Nam Định]]
Số CCCD: [[ID_NUMBER:036194012387]], cấp ngày [[DATE_TIME:22/07/2021]]
Địa chỉ thường trú: [[ADDRESS:Số 45 đường Trần Hưng Đạo]], phường [[LOCATION:Vị Hoàng]], TP. [[LOCATION:Nam Định]]
Số điện thoại: [[PHONE_NUMBER:0978 441 203]]
Thời hạn hợp đồng: 12 tháng, kể từ ngày [[DATE_TIME:01/10/2024]].""",
    """ĐỀ NGHỊ VAY VỐN KIÊM PHƯƠNG ÁN TRẢ NỢ
Họ và tên khách hàng: [[PERSON:NGUYỄN VĂN HẢI]]    Giới tính: Nam
Ngày sinh: [[DATE_TIME:17/11/1987]]    CCCD: [[ID_NUMBER:001087009214]]
Địa chỉ: [[ADDRESS:P1204 tòa CT2, 88 Láng Hạ]], [[LOCATION:Đống Đa]], [[LOCATION:Hà Nội]]
Điện thoại: [[PHONE_NUMBER:+84 912 448 071]]    Email: [[EMAIL_ADDRESS:hai.nguyenvan87@gmail.com]]
Số tài khoản nhận lương: [[ID_NUMBER:0021000418823]] tại Vietcombank
Số tiền đề nghị vay: 350.000.000 VNĐ; mục đích vay: mua ô tô.""",
    """{"ma_khach_hang": "[[ID_NUMBER:KH00917342]]", "ho_ten": "[[PERSON:Trương Mỹ Linh]]", "ngay_sinh": "[[DATE_TIME:1999-03-08]]", "sdt": "[[PHONE_NUMBER:0338 201 947]]", "email": "[[EMAIL_ADDRESS:mylinh.truong99@yahoo.com.vn]]", "dia_chi": "[[ADDRESS:72/14 Lê Văn Sỹ]], [[LOCATION:Phường 14]], [[LOCATION:Quận 3]], TP. [[LOCATION:Hồ Chí Minh]]", "ip_dang_ky": "[[IP_ADDRESS:113.161.72.45]]"}""",
    """Chuyên viên Phân tích Dữ liệu [[PERSON:Lý Thanh Tâm]] đã đăng nhập từ địa chỉ IP [[IP_ADDRESS:14.232.118.7]] lúc [[DATE_TIME:08:42 ngày 19/09/2024]] bằng trình duyệt Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/128.0; thẻ [[CREDIT_CARD:3528807599933079]] (hết hạn 05/27, CVV 118) đã được liên kết với tài khoản [[USERNAME:tam.ly_data]].""",
    """BỆNH ÁN NGOẠI TRÚ
Họ tên người bệnh: [[PERSON:Đặng Văn Lộc]]    Tuổi: [[AGE:58]]    Giới: Nam
Mã bệnh nhân: [[ID_NUMBER:BN2024-03318]]    Số thẻ BHYT: [[ID_NUMBER:GD4480124817732]]
Địa chỉ: [[ADDRESS:Tổ 12, thôn Phước Thuận]], xã [[LOCATION:Hòa Nhơn]], huyện [[LOCATION:Hòa Vang]], [[LOCATION:Đà Nẵng]]
Ngày khám: [[DATE_TIME:05/08/2024 09:15]]
Chẩn đoán: Tăng huyết áp độ 2
Bác sĩ điều trị: [[TITLE:BS.]] [[PERSON:Phan Thị Hồng]]""",
]

TABLE = [
    """student_id,first_name,last_name,dob,year_group,form,guardian_email
[[ID_NUMBER:S10442]],[[PERSON:Amelia]],[[PERSON:Nowak]],[[DATE_TIME:2012-03-14]],8,8R,[[EMAIL_ADDRESS:k.nowak84@gmail.com]]
[[ID_NUMBER:S10457]],[[PERSON:Yusuf]],[[PERSON:Haji Ali]],[[DATE_TIME:2011-11-02]],8,8T,[[EMAIL_ADDRESS:hodan.hajiali@hotmail.co.uk]]
[[ID_NUMBER:S10463]],[[PERSON:Ruby]],[[PERSON:O'Donnell-Marsh]],[[DATE_TIME:2012-06-27]],8,8R,[[EMAIL_ADDRESS:sean.odm@btinternet.com]]
[[ID_NUMBER:S10471]],[[PERSON:Thanh]],[[PERSON:Pham]],[[DATE_TIME:2012-01-19]],8,8K,[[EMAIL_ADDRESS:linh.pham.uk@gmail.com]]""",
    """emp_no\tname\tni_number\ttax_code\tsort_code\taccount_no\tnet_pay
[[ID_NUMBER:E0912]]\t[[PERSON:Gareth Llewellyn]]\t[[ID_NUMBER:JH 91 04 27 C]]\t1257L\t30-94-41\t[[ID_NUMBER:28176403]]\t2,411.09
[[ID_NUMBER:E0915]]\t[[PERSON:Precious Mahlangu]]\t[[ID_NUMBER:SK 48 20 17 A]]\t1257L\t20-45-77\t[[ID_NUMBER:60419927]]\t1,988.40
[[ID_NUMBER:E0921]]\t[[PERSON:Tomasz Grabowski]]\t[[ID_NUMBER:PE 30 77 12 D]]\tBR\t40-47-84\t[[ID_NUMBER:91833045]]\t1,204.55""",
    """| Patient | DOB | Appointment | Clinician | Room |
|---|---|---|---|---|
| [[PERSON:Mrs. Agnieszka Wróbel]] | [[DATE_TIME:12/03/1958]] | [[DATE_TIME:Mon 4 Nov 09:10]] | [[PERSON:Dr. Okafor]] | 3 |
| [[PERSON:Mr. Desmond Achterberg]] | [[DATE_TIME:30/07/1944]] | [[DATE_TIME:Mon 4 Nov 09:20]] | [[PERSON:Dr. Okafor]] | 3 |
| [[PERSON:Kai Thompson]] | [[DATE_TIME:05/01/2019]] | [[DATE_TIME:Mon 4 Nov 09:30]] | [[PERSON:Nurse Bailey]] | 5 |""",
    """NAME                    SSN          DL_NUMBER          ST  ZIP
[[PERSON:Brandon K. Mills]]        [[US_SSN:472-19-8830]]  [[US_DRIVER_LICENSE:B4418207]]           [[LOCATION:CA]]  [[ZIP_CODE:92404]]
[[PERSON:Lucinda Ferreira]]        [[US_SSN:318-40-2276]]  [[US_DRIVER_LICENSE:27406183]]           [[LOCATION:TX]]  [[ZIP_CODE:77449]]
[[PERSON:Jae-won Choi]]            [[US_SSN:609-22-1843]]  [[US_DRIVER_LICENSE:718 204 993]]        [[LOCATION:NY]]  [[ZIP_CODE:11354]]
[[PERSON:Maria del Carmen Ortiz]]  [[US_SSN:231-47-0095]]  [[US_DRIVER_LICENSE:F634-801-77-412-0]]  [[LOCATION:FL]]  [[ZIP_CODE:33012]]""",
    """{"user": "[[USERNAME:skyehawk_22]]", "email": "[[EMAIL_ADDRESS:skye.hawkins@icloud.com]]", "ip": "[[IP_ADDRESS:24.17.203.88]]", "signup_ts": "[[DATE_TIME:2024-04-02T18:11:07Z]]", "country": "[[LOCATION:US]]", "plan": "free"}
{"user": "[[USERNAME:ngozi.builds]]", "email": "[[EMAIL_ADDRESS:ngozi.okafor@proton.me]]", "ip": "[[IP_ADDRESS:197.210.54.12]]", "signup_ts": "[[DATE_TIME:2024-04-02T18:14:51Z]]", "country": "[[LOCATION:NG]]", "plan": "pro"}
{"user": "[[USERNAME:maxime_dlc]]", "email": "[[EMAIL_ADDRESS:maxime.delacour@free.fr]]", "ip": "[[IP_ADDRESS:2a01:e0a:2c4:7f30::1b]]", "signup_ts": "[[DATE_TIME:2024-04-02T18:20:33Z]]", "country": "[[LOCATION:FR]]", "plan": "free"}""",
    """staff:
  - name: [[PERSON:Olga Petrenko]]
    staff_no: [[ID_NUMBER:T-3381]]
    role: Year 3 teacher
    emergency_contact:
      name: [[PERSON:Ivan Petrenko]]
      relation: husband
      phone: "[[PHONE_NUMBER:07456 882 019]]"
  - name: [[PERSON:Marcus Adebayo-Reid]]
    staff_no: [[ID_NUMBER:T-3402]]
    role: site manager
    emergency_contact:
      name: [[PERSON:Joy Reid]]
      relation: mother
      phone: "[[PHONE_NUMBER:020 8555 0196]]"
  - name: [[PERSON:Siân Pritchard]]
    staff_no: [[ID_NUMBER:T-3417]]
    role: SENCo
    emergency_contact:
      name: [[PERSON:Huw Pritchard]]
      relation: partner
      phone: "[[PHONE_NUMBER:+44 7700 145 338]]\"""",
    """Child: [[PERSON:Mason Tuilagi]]
DOB: [[DATE_TIME:14/08/2021]]
CRN: [[ID_NUMBER:218 447 903B]]
Room: Joeys
Days: Mon, Tue, Thu
Parent: [[PERSON:Sela Tuilagi]] - [[PHONE_NUMBER:0421 663 108]]
Medicare: [[ID_NUMBER:3762 11336 2]]

Child: [[PERSON:Ivy Nakamura-Hughes]]
DOB: [[DATE_TIME:02/02/2022]]
CRN: [[ID_NUMBER:409 118 274K]]
Room: Joeys
Days: Wed, Fri
Parent: [[PERSON:Ellen Hughes]] - [[PHONE_NUMBER:0447 290 831]]
Medicare: [[ID_NUMBER:6430 99838 2]]""",
    """member,phone,id_no,amount_kes,month,receipt
[[PERSON:Grace Njeri]],[[PHONE_NUMBER:0712 448 309]],[[ID_NUMBER:28471930]],2000,Aug,SGH4K2L9PQ
[[PERSON:Peter Mutua]],[[PHONE_NUMBER:0733 901 447]],[[ID_NUMBER:30118472]],2000,Aug,SGH7M1Q2RT
[[PERSON:Fatuma Hassan]],[[PHONE_NUMBER:0790 214 665]],[[ID_NUMBER:25983016]],1500,Aug,SGJ0N4B8XV
[[PERSON:Wycliffe Otieno]],[[PHONE_NUMBER:+254 701 558 230]],[[ID_NUMBER:33640217]],2000,Aug,SGJ2C6D1WZ""",
    """Name | Student No. | Degree | Classification | Personal email
[[PERSON:Eilidh MacLeod]] | [[ID_NUMBER:2204817]] | MA (Hons) Psychology | 2:1 | [[EMAIL_ADDRESS:eilidh.macleod@gmail.com]]
[[PERSON:Oluwadamilare Akinola]] | [[ID_NUMBER:2201993]] | BEng Civil Engineering | First | [[EMAIL_ADDRESS:dami.akinola@outlook.com]]
[[PERSON:Sofia Conti]] | [[ID_NUMBER:2207720]] | LLB Law | 2:1 | [[EMAIL_ADDRESS:sofiaconti.law@gmail.com]]
[[PERSON:Harris Qadir]] | [[ID_NUMBER:2203154]] | BSc Computing Science | 2:2 | [[EMAIL_ADDRESS:hqadir99@yahoo.co.uk]]""",
    """emp_code,name,pan,aadhaar,ifsc,bank_account,city
[[ID_NUMBER:INF-20418]],[[PERSON:Sneha Kulkarni]],[[ID_NUMBER:BKLPK4418D]],[[ID_NUMBER:5246 5137 6725]],HDFC0001204,[[ID_NUMBER:50100418230917]],[[LOCATION:Pune]]
[[ID_NUMBER:INF-20433]],[[PERSON:Mohammed Irfan Shaikh]],[[ID_NUMBER:DQRPS0927H]],[[ID_NUMBER:6790 6010 8501]],ICIC0000812,[[ID_NUMBER:081201504477]],[[LOCATION:Hyderabad]]
[[ID_NUMBER:INF-20441]],[[PERSON:Anjali Thomas]],[[ID_NUMBER:AZTPT6631L]],[[ID_NUMBER:3036 3380 5479]],SBIN0070211,[[ID_NUMBER:38291044712]],[[LOCATION:Kochi]]""",
    """Guest\tNationality\tPassport\tCheck-in\tCheck-out\tRoom
[[PERSON:Lars Eriksen]]\t[[NRP:Danish]]\t[[ID_NUMBER:207418833]]\t[[DATE_TIME:2024-10-11]]\t[[DATE_TIME:2024-10-14]]\t412
[[PERSON:Amina Diop]]\t[[NRP:Senegalese]]\t[[ID_NUMBER:A02184719]]\t[[DATE_TIME:2024-10-11]]\t[[DATE_TIME:2024-10-12]]\t215
[[PERSON:Carlos Mendoza Ríos]]\t[[NRP:Mexican]]\t[[ID_NUMBER:G41829307]]\t[[DATE_TIME:2024-10-12]]\t[[DATE_TIME:2024-10-16]]\t508""",
    """| Volunteer | Mobile | Shift | Task |
|-----------|--------|-------|------|
| [[PERSON:Deborah Achebe]] | [[PHONE_NUMBER:07931 448 201]] | Sat 9-12 | Food bank intake |
| [[TITLE:Rev.]] [[PERSON:Alan Price]] | [[PHONE_NUMBER:07700 322 614]] | Sat 12-15 | Hot meals |
| [[PERSON:Marek]] | [[PHONE_NUMBER:07388 016 553]] | Sun 14-17 | Drivers |
| [[PERSON:Shazia Malik]] | [[PHONE_NUMBER:0113 496 0872]] | Sun 14-17 | Sorting donations |""",
    """CARD_NO         BORROWER               POSTCODE   ITEMS  FINES
[[ID_NUMBER:20412009883147]]  [[PERSON:Whitehead, Marjorie]]    [[ZIP_CODE:BD18 3LP]]   2      0.00
[[ID_NUMBER:20412011047720]]  [[PERSON:Osei, Kwabena]]          [[ZIP_CODE:BD9 4JX]]    5      1.80
[[ID_NUMBER:20412009951336]]  [[PERSON:Hussain, Rukhsana]]      [[ZIP_CODE:BD18 1QT]]   0      0.00""",
    """{"txn": "t_80412", "card": "[[CREDIT_CARD:4146 0816 7734 2278]]", "holder": "[[PERSON:Dimitri Papadopoulos]]", "amount": 1249.00, "mcc": 5732, "flag": "velocity"}
{"txn": "t_80419", "card": "[[CREDIT_CARD:5108 2501 2059 3323]]", "holder": "[[PERSON:Aisha Bello]]", "amount": 18.50, "mcc": 5812, "flag": null}
{"txn": "t_80433", "card": "[[CREDIT_CARD:3763 750738 79217]]", "holder": "[[PERSON:Graham Whitlock]]", "amount": 640.00, "mcc": 4511, "flag": "geo_mismatch", "ip": "[[IP_ADDRESS:185.107.56.201]]"}
{"txn": "t_80440", "card": "[[CREDIT_CARD:6011827751361551]]", "holder": "[[PERSON:Lucy Tran]]", "amount": 72.15, "mcc": 5411, "flag": null}""",
    """learner_name,id_number,grade,sex,parent_cell,home_language
[[PERSON:Lerato Mokoena]],[[ID_NUMBER:0903182825088]],10,F,[[PHONE_NUMBER:072 418 3390]],Sesotho
[[PERSON:Sipho Dube]],[[ID_NUMBER:0811028716082]],11,M,[[PHONE_NUMBER:083 550 2917]],isiZulu
[[PERSON:Ayanda Khumalo]],[[ID_NUMBER:1007259622086]],9,M,[[PHONE_NUMBER:061 204 7733]],isiXhosa
[[PERSON:Chloe van Wyk]],[[ID_NUMBER:1109140430081]],8,F,[[PHONE_NUMBER:082 901 6644]],Afrikaans""",
    """speakers:
  - name: "[[PERSON:Dr. Nkiruka Eze]]"
    talk: "Federated learning in low-resource clinics"
    affiliation: University of Ibadan
    email: [[EMAIL_ADDRESS:n.eze@ui.edu.ng]]
    handle: "@[[USERNAME:nkiru_ml]]"
  - name: "[[PERSON:Tomás Ó Briain]]"
    talk: "Privacy budgets in practice"
    affiliation: independent
    email: [[EMAIL_ADDRESS:tomas@obriain.ie]]
    website: [[URL:https://obriain.ie]]
  - name: "[[PERSON:Prof. Mei-Hua Lin]]"
    talk: "Auditing de-identified health records"
    affiliation: National Taiwan University
    email: [[EMAIL_ADDRESS:meihua.lin@ntu.edu.tw]]""",
    """Driver name: [[PERSON:Kieran Doyle]]
Date of birth: [[DATE_TIME:21/07/1990]]
Licence number: [[ID_NUMBER:DOYLE907210K99WT]]
Vehicle reg: [[ID_NUMBER:LK67 HXT]]
Address: [[ADDRESS:52 Elmstead Avenue]]
Town: [[LOCATION:Chislehurst]]
Postcode: [[ZIP_CODE:BR7 6EF]]
Penalty points: 3 (SP30)
Policy: MTR-88120447""",
    """|member|dob|address|suburb|phone|grade|
|[[PERSON:Wiremu Henare]]|[[DATE_TIME:2008-09-30]]|[[ADDRESS:23 Tui Crescent]]|[[LOCATION:Maungaraki]]|[[PHONE_NUMBER:027 448 1290]]|U17|
|[[PERSON:Sina Leota]]|[[DATE_TIME:2009-01-12]]|[[ADDRESS:8A Kapiti Road]]|[[LOCATION:Paraparaumu]]|[[PHONE_NUMBER:022 301 7745]]|U17|
|[[PERSON:Jack Fitzgerald]]|[[DATE_TIME:2008-05-06]]|[[ADDRESS:112 Main Road]]|[[LOCATION:Tawa]]|[[PHONE_NUMBER:021 660 913]]|U17|""",
    """Employee,SSS No.,PhilHealth No.,TIN,Mobile,Basic Pay
"[[PERSON:Reyes, Angelica M.]]",[[ID_NUMBER:33-4418209-7]],[[ID_NUMBER:01-025184471-2]],[[ID_NUMBER:301-448-219-000]],[[PHONE_NUMBER:0917 205 4481]],"28,000.00"
"[[PERSON:Santos, Mark Anthony]]",[[ID_NUMBER:34-0917723-1]],[[ID_NUMBER:12-201847730-5]],[[ID_NUMBER:418-770-302-000]],[[PHONE_NUMBER:0998 441 2073]],"22,500.00"
"[[PERSON:Villanueva, Jericho]]",[[ID_NUMBER:04-2281904-6]],[[ID_NUMBER:08-050392214-9]],[[ID_NUMBER:229-104-887-000]],[[PHONE_NUMBER:+63 927 118 5402]],"31,750.00\"""",
    """name\thealth_card\tdob\tphone\tcity\tprov
[[PERSON:Geneviève Lapointe]]\t[[ID_NUMBER:9354-396-757-KT]]\t[[DATE_TIME:1972-02-09]]\t[[PHONE_NUMBER:613-555-0148]]\t[[LOCATION:Ottawa]]\t[[LOCATION:ON]]
[[PERSON:Harpreet Gill]]\t[[ID_NUMBER:2377-740-770]]\t[[DATE_TIME:1985-10-30]]\t[[PHONE_NUMBER:905-555-0172]]\t[[LOCATION:Brampton]]\t[[LOCATION:ON]]
[[PERSON:Kwame Boateng]]\t[[ID_NUMBER:1024-095-166-AB]]\t[[DATE_TIME:1991-06-17]]\t[[PHONE_NUMBER:416-555-0109]]\t[[LOCATION:Toronto]]\t[[LOCATION:ON]]""",
    """| Beneficiary | IBAN | BIC | Country | Purpose |
| --- | --- | --- | --- | --- |
| [[PERSON:Jürgen Albrecht]] | [[IBAN_CODE:DE83 5866 6406 7966 8731 73]] | GENODEF1M04 | [[LOCATION:Germany]] | consulting fee |
| [[PERSON:Élodie Marchand]] | [[IBAN_CODE:FR76 1897 7916 4191 9701 0899 030]] | AGRIFRPP | [[LOCATION:France]] | rent |
| [[PERSON:Javier Ortega Gil]] | [[IBAN_CODE:ES26 8962 0936 2117 4420 7248]] | CAIXESBB | [[LOCATION:Spain]] | invoice 2024-118 |
| [[PERSON:Beata Kowalska]] | [[IBAN_CODE:PL24 6110 0039 8407 1135 1471 5271]] | BIGBPLPW | [[LOCATION:Poland]] | salary |""",
    """ID       NAME                    AGE  GR  ACCOMMODATIONS
[[ID_NUMBER:4410872]]  [[PERSON:Jayden Whitmore]]         [[AGE:14]]   9   extended time
[[ID_NUMBER:4410915]]  [[PERSON:Camila Reyes-Ortiz]]      [[AGE:15]]   10  read-aloud, separate room
[[ID_NUMBER:4411038]]  [[PERSON:Nguyen Bao Chau]]         [[AGE:14]]   9   none
[[ID_NUMBER:4411206]]  [[PERSON:DeShawn Carter]]          [[AGE:16]]   11  calculator""",
    """{"ip": "[[IP_ADDRESS:67.183.22.140]]", "user": "[[USERNAME:abby.w]]", "ts": "[[DATE_TIME:2024-11-03T07:02:18Z]]", "path": "/login", "status": 200}
{"ip": "[[IP_ADDRESS:2600:1700:3c40:8a0::4e]]", "user": "[[USERNAME:marcus_t]]", "ts": "[[DATE_TIME:2024-11-03T07:05:41Z]]", "path": "/login", "status": 401}
{"ip": "[[IP_ADDRESS:2600:1700:3c40:8a0::4e]]", "user": "[[USERNAME:marcus_t]]", "ts": "[[DATE_TIME:2024-11-03T07:06:02Z]]", "path": "/password/reset", "status": 302}
{"ip": "[[IP_ADDRESS:98.42.117.6]]", "user": "[[USERNAME:jlafleur]]", "ts": "[[DATE_TIME:2024-11-03T07:09:55Z]]", "path": "/login", "status": 200}""",
    """tenant,nric_fin,unit,postal_code,mobile,lease_start
[[PERSON:Lim Kah Hoe]],[[ID_NUMBER:S2255042Z]],[[ADDRESS:#12-04]],[[ZIP_CODE:529889]],[[PHONE_NUMBER:9123 4471]],[[DATE_TIME:2024-03-01]]
[[PERSON:Priya d/o Ramasamy]],[[ID_NUMBER:S7049304G]],[[ADDRESS:#07-11]],[[ZIP_CODE:529889]],[[PHONE_NUMBER:8288 0193]],[[DATE_TIME:2023-11-15]]
[[PERSON:Nurul Huda binte Ismail]],[[ID_NUMBER:T6723465G]],[[ADDRESS:#03-02]],[[ZIP_CODE:529889]],[[PHONE_NUMBER:9740 5526]],[[DATE_TIME:2024-07-01]]
[[PERSON:Daniel Wong]],[[ID_NUMBER:G2840634M]],[[ADDRESS:#15-09]],[[ZIP_CODE:529889]],[[PHONE_NUMBER:8011 2740]],[[DATE_TIME:2024-01-20]]""",
    """Taxpayer: [[PERSON:Chloe Anagnostopoulos]]
TFN: [[ID_NUMBER:389 868 003]]
Date of birth: [[DATE_TIME:09 Sep 1988]]
Postal address: [[ADDRESS:PO Box 812]], [[LOCATION:Brunswick]] [[LOCATION:VIC]] [[ZIP_CODE:3056]]
Phone: [[PHONE_NUMBER:0400 118 732]]
Occupation: Primary school teacher
Taxable income: $87,420
Refund account: BSB 063-182, account no. [[ID_NUMBER:1048 2297]]
Spouse: [[PERSON:Nikos Anagnostopoulos]]""",
    """"name","class","email","gift_usd","city","state"
"[[PERSON:Abernathy, Clara]]",1998,"[[EMAIL_ADDRESS:clara.abernathy@me.com]]",500,"[[LOCATION:Asheville]]","[[LOCATION:NC]]"
"[[PERSON:Nwachukwu, Ifeoma]]",2004,"[[EMAIL_ADDRESS:ifeoma.n@gmail.com]]",1200,"[[LOCATION:Houston]]","[[LOCATION:TX]]"
"[[PERSON:Lindqvist, Per]]",1987,"[[EMAIL_ADDRESS:plindqvist@comcast.net]]",250,"[[LOCATION:Duluth]]","[[LOCATION:MN]]"
"[[PERSON:Takahashi, Ren]]",2015,"[[EMAIL_ADDRESS:ren.takahashi.15@alumni.example.edu]]",50,"[[LOCATION:Seattle]]","[[LOCATION:WA]]\"""",
    """Patient | PPSN | DOB | Eircode | GMS card
[[PERSON:Seán Ó Murchú]] | [[ID_NUMBER:8720981C]] | [[DATE_TIME:11/02/1949]] | [[ZIP_CODE:T12 K8AF]] | Yes
[[PERSON:Bríd Kennelly]] | [[ID_NUMBER:5992709F]] | [[DATE_TIME:30/06/1983]] | [[ZIP_CODE:V92 F6X2]] | No
[[PERSON:Oluwakemi Adeyinka]] | [[ID_NUMBER:3171141D]] | [[DATE_TIME:05/12/1995]] | [[ZIP_CODE:D15 YX40]] | No
[[PERSON:Tadhg Moriarty]] | [[ID_NUMBER:7905427S]] | [[DATE_TIME:19/08/2016]] | [[ZIP_CODE:V93 N2C7]] | Yes""",
    """full_name\tbvn\tnin\tphone\tstate_of_origin\taccount_type
[[PERSON:Chukwuemeka Obi]]\t[[ID_NUMBER:22418093715]]\t[[ID_NUMBER:70418293561]]\t[[PHONE_NUMBER:08034182290]]\t[[LOCATION:Anambra]]\tsavings
[[PERSON:Aisha Mohammed Bello]]\t[[ID_NUMBER:22290417738]]\t[[ID_NUMBER:51830927440]]\t[[PHONE_NUMBER:0806 229 1847]]\t[[LOCATION:Kano]]\tcurrent
[[PERSON:Temitope Alabi]]\t[[ID_NUMBER:22107735014]]\t[[ID_NUMBER:39276014852]]\t[[PHONE_NUMBER:+234 815 440 2019]]\t[[LOCATION:Oyo]]\tsavings""",
    """tutors:
  - staff_no: [[ID_NUMBER:TUT-014]]
    name: [[PERSON:Hannah Goldstein]]
    trn: "[[ID_NUMBER:1948273]]"
    subjects: [maths, physics]
    email: [[EMAIL_ADDRESS:hannah.goldstein@tutormail.co.uk]]
    mobile: "[[PHONE_NUMBER:07802 441 095]]"
    dbs_checked: true
  - staff_no: [[ID_NUMBER:TUT-022]]
    name: [[PERSON:Kwabena Asare]]
    trn: "[[ID_NUMBER:2017749]]"
    subjects: [chemistry, biology]
    email: [[EMAIL_ADDRESS:k.asare.tutor@gmail.com]]
    mobile: "[[PHONE_NUMBER:07415 902 336]]"
    dbs_checked: true
  - staff_no: [[ID_NUMBER:TUT-031]]
    name: [[PERSON:Isabelle Fournier]]
    subjects: [French, Spanish]
    email: [[EMAIL_ADDRESS:isabelle.fournier@tutormail.co.uk]]
    dbs_checked: false""",
    """signer,street_address,city,state,zip,party,signed_on
[[PERSON:Dolores Vigil]],[[ADDRESS:418 Calle Cuarta]],[[LOCATION:Santa Fe]],[[LOCATION:NM]],[[ZIP_CODE:87505]],[[NRP:Democrat]],[[DATE_TIME:2024-05-11]]
[[PERSON:Wade Thornton]],[[ADDRESS:9902 Old Pecos Trl]],[[LOCATION:Santa Fe]],[[LOCATION:NM]],[[ZIP_CODE:87505]],[[NRP:Republican]],[[DATE_TIME:2024-05-11]]
[[PERSON:Ha Tran]],[[ADDRESS:77 Avenida Vista Grande Unit 3]],[[LOCATION:Santa Fe]],[[LOCATION:NM]],[[ZIP_CODE:87508]],[[NRP:Independent]],[[DATE_TIME:2024-05-12]]""",
    """| Student | Age | Religion | Dietary | Allergies |
|:--|:--:|:--|:--|:--|
| [[PERSON:Zainab Hussain]] | [[AGE:12]] | [[NRP:Muslim]] | halal | none |
| [[PERSON:Eliezer Katz]] | [[AGE:12]] | [[NRP:Jewish]] | kosher | sesame |
| [[PERSON:Harjot Singh]] | [[AGE:13]] | [[NRP:Sikh]] | vegetarian | none |
| [[PERSON:Poppy Lawson]] | [[AGE:12]] | - | none | penicillin |""",
    """SEQ NAME                      NATIONALITY PASSPORT     DOB         SEAT
001 [[PERSON:MUELLER/KLAUS]] [[TITLE:MR]]          [[NRP:German]]      [[ID_NUMBER:CF7R2MX41]]    [[DATE_TIME:14MAR1971]]   12A
002 [[PERSON:MUELLER/ANNA]] [[TITLE:MRS]]          [[NRP:German]]      [[ID_NUMBER:CJ4N8WK27]]    [[DATE_TIME:02JUL1974]]   12B
003 [[PERSON:OYELARAN/TUNDE]] [[TITLE:MR]]         [[NRP:Nigerian]]    [[ID_NUMBER:B50418273]]    [[DATE_TIME:30NOV1988]]   27F
004 [[PERSON:SATO/HINA]] [[TITLE:MS]]              [[NRP:Japanese]]    [[ID_NUMBER:TR7719204]]    [[DATE_TIME:08AUG1999]]   31C""",
    # --- Dutch ---
    """naam_kind;geboortedatum;bsn;groep;ouder/verzorger;telefoon
[[PERSON:Fenna Visser]];[[DATE_TIME:14-05-2022]];[[ID_NUMBER:566665761]];Vlinders;[[PERSON:Ilse Visser]];[[PHONE_NUMBER:06-22841937]]
[[PERSON:Milan Bos]];[[DATE_TIME:03-10-2021]];[[ID_NUMBER:473573301]];Vlinders;[[PERSON:Rick Bos]];[[PHONE_NUMBER:06 5120 4478]]
[[PERSON:Aya Bouzid]];[[DATE_TIME:27-01-2023]];[[ID_NUMBER:487741444]];Rupsjes;[[PERSON:Samira Bouzid]];[[PHONE_NUMBER:+31 6 1472 0935]]
[[PERSON:Sem de Jong]];[[DATE_TIME:09-08-2022]];[[ID_NUMBER:708447818]];Rupsjes;[[PERSON:Mark de Jong]];[[PHONE_NUMBER:06-39017264]]""",
    """Studentnummer: [[ID_NUMBER:4829173]]
Naam: [[PERSON:Thijs van Leeuwen]]
Geboortedatum: [[DATE_TIME:17 februari 2003]]
Geboorteplaats: [[LOCATION:Zwolle]]
Nationaliteit: [[NRP:Nederlandse]]
Adres: [[ADDRESS:Oude Delft 118]]
Postcode en plaats: [[ZIP_CODE:2611 CG]] [[LOCATION:Delft]]
E-mail: [[EMAIL_ADDRESS:t.vanleeuwen-1@student.tudelft.nl]]
Telefoon: [[PHONE_NUMBER:06 4418 2093]]
Opleiding: BSc Technische Bestuurskunde
Inschrijfdatum: [[DATE_TIME:01-09-2021]]
BSN: [[ID_NUMBER:313289025]]""",
    # --- Vietnamese ---
    """| STT | Họ và tên | Ngày sinh | Lớp | Phụ huynh | Số điện thoại |
|---|---|---|---|---|---|
| 1 | [[PERSON:Nguyễn Hoàng Nam]] | [[DATE_TIME:12/03/2015]] | 4B | [[PERSON:Nguyễn Văn Bình]] | [[PHONE_NUMBER:0904 118 352]] |
| 2 | [[PERSON:Trần Khánh Linh]] | [[DATE_TIME:28/07/2015]] | 4B | [[PERSON:Vũ Thị Hạnh]] | [[PHONE_NUMBER:0936 720 418]] |
| 3 | [[PERSON:Lê Đức Anh]] | [[DATE_TIME:05/11/2015]] | 4B | [[PERSON:Lê Quang Vinh]] | [[PHONE_NUMBER:0988 204 617]] |
| 4 | [[PERSON:Phạm Bảo Ngọc]] | [[DATE_TIME:19/01/2015]] | 4B | [[PERSON:Đinh Thị Thu]] | [[PHONE_NUMBER:0912 557 043]] |""",
]

CHAT = [
    """[[PERSON:Chloe]] (Northway Bank): Hi, you're chatting with [[PERSON:Chloe]]. Before I look at your account, can I take your full name, date of birth and postcode?
Customer: [[PERSON:darren whitlock]], [[DATE_TIME:03/02/1979]], [[ZIP_CODE:NE6 5QT]]
[[PERSON:Chloe]] (Northway Bank): Thanks, [[PERSON:Darren]]. How can I help today?
Customer: my card got swallowed by the cash machine on Shields Rd. its [[CREDIT_CARD:4954 4212 9955 1073]]
[[PERSON:Chloe]] (Northway Bank): I've cancelled that card for you. The new one will go to [[ADDRESS:41 Cartington Terrace]], is that still right?
Customer: yes. can you text me when it's sent, [[PHONE_NUMBER:07712 908 431]]
[[PERSON:Chloe]] (Northway Bank): Done. It should arrive within 5 working days.""",
    """[07:41] [[PERSON:Funmi]]: Morning all! Who's doing pickup for [[PERSON:Tolu]] and [[PERSON:Dara]] today?
[07:43] [[PERSON:Sarah K]]: I can! [[PERSON:Dara]]'s booster seat is still in my boot anyway
[07:45] [[PERSON:Funmi]]: thank you!! [[PERSON:Tolu]] has swimming at 4 so can you drop him at [[ADDRESS:12 Marlowe Close]]? my mum will be in
[07:46] [[PERSON:Sarah K]]: 👍 what's your mum's number just in case
[07:46] [[PERSON:Funmi]]: [[PHONE_NUMBER:07958 221 604]], she's called [[PERSON:Yetunde]]""",
    """#people-ops
[[PERSON:Rhea Kapoor]]  10:14 AM
new starter on Monday: [[PERSON:Tobias Brandt]], he'll sit with the platform team. @[[USERNAME:marco.v]] can you set up his laptop?
[[PERSON:Marco Vitale]]  10:16 AM
sure, what's his personal email for the invite?
[[PERSON:Rhea Kapoor]]  10:17 AM
[[EMAIL_ADDRESS:tobias.brandt@posteo.de]], phone [[PHONE_NUMBER:+49 176 4418 2093]]. start date [[DATE_TIME:Mon 4 Nov]], and his DOB is [[DATE_TIME:22.06.1994]] for the pension form
[[PERSON:Marco Vitale]]  10:18 AM
pls don't paste DOBs in here 🙃 put it in the HR system
[[PERSON:Rhea Kapoor]]  10:18 AM
oops, deleting""",
    """Customer: Hello, my number [[PHONE_NUMBER:98450 31277]] is not getting OTP since morning
Agent [[PERSON:Kavya]]: Hi! I'm [[PERSON:Kavya]] from TeleOne. May I know the name on the connection?
Customer: [[PERSON:Suresh Babu Naidu]]
Agent [[PERSON:Kavya]]: Thank you, [[PERSON:Mr. Naidu]]. For verification, please share your alternate number or date of birth.
Customer: alternate is [[PHONE_NUMBER:080 4117 2290]]. Aadhaar is [[ID_NUMBER:7743 6688 4795]] if needed
Agent [[PERSON:Kavya]]: Please don't share your full Aadhaar in chat, sir. I've refreshed your SIM profile; kindly restart your phone once.""",
    """[[PERSON:Jess]]: hey! so keen for saturday 😊
[[PERSON:Tom]]: same! want to meet at the bar on Smith St? around 7?
[[PERSON:Jess]]: perfect. my number's [[PHONE_NUMBER:0431 770 218]] in case i'm running late
[[PERSON:Tom]]: nice, mine's [[PHONE_NUMBER:0409 552 613]]. add me on insta too, [[USERNAME:tom.r.walks]]
[[PERSON:Jess]]: done! i'm [[USERNAME:jessinthesun]] 🌞""",
    """[[PERSON:Aileen Murray]] 11:02
Has anyone processed the extension for [[PERSON:Oscar Lindgren]]? Student no [[ID_NUMBER:40219877]]
[[PERSON:Deepak Sharma]] 11:05
Yes, approved to [[DATE_TIME:Friday 29 Nov, 12 noon]]. Letter went to [[EMAIL_ADDRESS:o.lindgren.1@research.gla.ac.uk]]
[[PERSON:Aileen Murray]] 11:06
Great. His mum [[PERSON:Karin]] rang asking for an update and left [[PHONE_NUMBER:+46 70 418 22 93]], shall I ring her back?
[[PERSON:Deepak Sharma]] 11:08
No, we can't discuss his record with her without [[PERSON:Oscar]]'s consent.""",
    """Bot: Hi! I can help with your delivery. What's your tracking number?
You: 1Z 999 AA1 01 2345 6784
Bot: Thanks. That package is out for delivery to [[ADDRESS:2218 Fairmount Ave]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19130]].
You: can you leave it with my neighbor [[PERSON:Mrs. Ocampo]] at [[ADDRESS:2220 Fairmount Ave]]? I'm at work till 6
Bot: I've added that note for the driver. We'll text updates to [[PHONE_NUMBER:(267) 555-0114]]. Anything else, [[PERSON:Angela]]?
You: no thanks""",
    # --- Dutch ---
    """[[PERSON:Lotte]] (Kinderopvang Zonnebloem): Hoi [[PERSON:Rutger]], [[PERSON:Julia]] heeft vandaag goed gegeten en lekker geslapen 😊 Morgen zijn we dicht vanwege de studiedag.
[[PERSON:Rutger]]: Dank je! Opa [[PERSON:Henk]] haalt haar donderdag op, is dat goed?
[[PERSON:Lotte]] (Kinderopvang Zonnebloem): Prima, kun je zijn volledige naam, geboortedatum en telefoonnummer doorgeven voor de ophaallijst?
[[PERSON:Rutger]]: [[PERSON:Henk Mulder]], [[DATE_TIME:11-06-1951]], [[PHONE_NUMBER:06-18273640]]
[[PERSON:Lotte]] (Kinderopvang Zonnebloem): Staat erin 👍""",
]

LOOKALIKE = [
    """Release 4.12.0.3 (build 20240918.2) - changelog
- Fixed a crash when importing ISBN 978-0-14-253759-6 records with trailing spaces.
- Firmware 2.4.10.1 and 10.0.17763.1 are now both detected as supported versions.
- SKUs BX-4471-RED and BX-4471-BLU sync correctly with the warehouse feed.
- Release checksum (sha256): 9f2c1e7a4b0d83e65f1a27c4d9b8e03f6a5c2d17e4b9f08a3c61d2e7b5a4f903.
- The Fibonacci, Dijkstra and Kalman modules were renamed; see the docs for migration notes.
- Order ORD-2024-118832, invoice INV-88412 and tracking 1Z4F892A0311842290 in the test fixtures were replaced.
Questions: support@vendor.example or +1 800 555 0199 (Mon-Fri, 9-5 ET).""",
    """Invoice INV-2024-00917 (PO 4500018832) for SKU WX-2201-BLK x 40 has shipped via DHL, waybill 4418290317, serial range SN-A0092817 to SN-A0092856. For billing queries call our accounts team on 0800 555 0134 or write to accounts@brightsupply.example. The delivery contact on site is [[PERSON:Joanne Firth]], [[PHONE_NUMBER:07841 226 903]].""",
    """HIST 2040 reading list: 'The Wealth of Nations' (ISBN 978-0-300-77292-0) and 'Tussen Rijn en Maas' (ISBN 978-90-6025-872-9). Seminars meet in the Churchill Building on Nelson Mandela Boulevard, room 2.14; the Marshall Plan and Bretton Woods sessions are in weeks 4 and 5. Course code HIS-2040-S1, CRN 44718. Office hours with the convenor, [[PERSON:Dr. Amelia Hart]], can be booked at [[EMAIL_ADDRESS:amelia.hart@uni.example.ac.uk]].""",
    """Asset register extract: host db-prod-03 (serial 5CG7294XQZ, UUID 3f2a9c1e-7b44-4d1a-9e0f-2c8b7a6d5e41) runs agent 3.10.2.8 with firmware 1.0.4.22 and BIOS 2.17.1246; MAC 5c:26:0a:14:bb:9e, rack B-07, PDU port 12. Last config change by [[USERNAME:okwame]] from [[IP_ADDRESS:41.66.198.23]] under ticket CHG-004471.""",
    """SAINSBURY'S LOCAL - Abbey Road
Store 0447   Till 03   Trans 118294   Op 2210
12/10/2024 18:42
MEAL DEAL                 3.85
OAT MILK 1L               1.65
TOTAL                     5.50
VISA CONTACTLESS  ************4417
AUTH CODE 08824F   AID A0000000031010
Nectar card [[ID_NUMBER:9826 3000 4418 2093]]  points earned 5
VAT REG 660 4548 36   Customer care 0800 636 262""",
    """Patient information: Crohn's disease, Hashimoto's thyroiditis and the Heimlich manoeuvre are covered in our free leaflets. The Addison Ward is on Level 2 of the Florence Nightingale Wing, off Victoria Street; reception is on 020 7555 0100 and appointments@stthomasclinic.example. Leaflet code PIL-0447 v3.2, reviewed by the Darwin Committee. This copy was handed to [[PERSON:Mr. Ade Bankole]] by [[TITLE:Sister]] [[PERSON:Mary Flanagan]].""",
    # --- Vietnamese ---
    """Mã đơn hàng: DH240918-4471 | Mã vận đơn GHN: GHN8Y4K2L9 | SKU: AO-THUN-XL-042 | Hotline CSKH: 1900 6035 | Email hỗ trợ: hotro@shopabc.vn | Phiên bản ứng dụng 3.12.0.4 | Kho xuất: đường Lê Lợi, [[LOCATION:Quận 1]] | Người nhận: [[PERSON:Võ Thị Kim Thoa]], [[PHONE_NUMBER:0907 418 226]]""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind72", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind65.jsonl: a sixty-fifth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind65.py

Blind: written without any knowledge of the detector. Read, and only read:
lines 1-121 of make_blind22.py (its module docstring with the labeling
conventions and style descriptions, and its import lines) and its tail from
`STYLES = {` to the end of the file (the STYLES dict and main(), whose
scaffolding is copied here); gold_sets.py in full; and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes
and `parse()`). Not read: minimize/, recognizers/, bench/, the README, any
test other than those lines, any *.jsonl set, the record lists of any other
make_*.py, and no git history, log or status (`git status --short | head -0` was run once by
slip, its output discarded: nothing read, nothing changed). The detector, the bench and
the tests were never run. Do not tune the detector against this set: once
it has been used to tune, it no longer measures anything; write a new set
instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn; IBANs (AE, SA, QA, KW, OM, JO,
EG, LB, PK, TR, GB, DE) pass mod-97 with the right length for their
country (`gold_sets.check` re-checks cards and IBANs and refuses a bad
one). National ids with a public check digit were given a valid one,
worked out by hand-run throwaway code while writing, not generated here:
UK NHS numbers (mod 11), Canadian SINs (Luhn; the 9xx ones belong to
temporary workers), Aadhaar (Verhoeff), UAE Emirates IDs (784-YYYY-...,
Luhn), Saudi national ids and iqamas (Luhn), Kuwaiti civil ids (weighted
mod 11, the birth date inside agrees with the person where it shows), the
Irish PPSN, and the ISBN-13s among the look-alikes.
Not checked (no public check digit, or none known to the writer): Pakistani
CNICs (the last digit is odd for men and even for women, kept so), Egyptian
national ids (century, birth date and governorate kept consistent), Qatari
QIDs, Bahraini CPRs, Omani resident cards, UK NI numbers, US SSNs, Indian
PANs, passports, BRPs, PR cards, UCIs, A-numbers, labour cards, licences,
plates, bank account numbers and staff, student, member and patient numbers.

Styles (ids `blind65-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool:
- `gen` (90): one to four LLM-style "realistic sentences with personal
  data"; employment and visas, recruitment agencies and remittances get
  extra weight (work permits, iqamas, labour cards, H-1B, Skilled Worker
  and PR files, agency fees, salary transfers, money sent home), the rest
  spread widely (banking, health, pharmacy, schools, housing, insurance,
  courts, telecoms, travel, retail, gaming, social media, tech support,
  deliveries, gyms, vets, weddings and community life). Names at start,
  middle and end, lowercase and possessive; ages, dates, addresses, phones
  and ids in many shapes.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd mixed sentences dense with names, titles, job titles,
  streets with building numbers, secondary addresses, IPs, MACs, user
  agents, cards with CVV and expiry, IBAN and BIC), gretel-pii-masking-en-v1
  (domain documents: claims, contracts, sponsorship and salary letters,
  medical and loan forms, notices) and Nemotron-PII (JSON, log lines, SQL,
  XML, YAML / .env config, code snippets, tickets and forms with many
  entity kinds).
- `table` (35): one small table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks) with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, WhatsApp-style threads and team chat, with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and visa-quota references, SKUs, ISBNs, IP-shaped
  versions, hashes, serials, company phones, role mailboxes, eponyms,
  streets named after people with no number), the few real PII values
  labeled; one of them has no PII at all.
About nine records in ten are in English, with many people from the Middle
East and South Asia living in the UK, the Gulf states, Canada and the US,
among others from many cultures (also Nepal, Bangladesh, Sri Lanka, the
Philippines, East Africa, Australia). The rest (24 records: 10 gen, 9 bench,
3 table, 2 chat) are written in Arabic in Latin letters (Gulf, Egyptian
and Levantine "Arabizi", with the digits 2, 3, 5, 7, 9 for Arabic sounds)
and in Urdu in Latin letters (Roman Urdu).

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames and kunyas ("Abu Faisal") are
  PERSON. TITLE: honorifics and ranks attached to a name (Mr, Dr, Eng.,
  Haji, Father, Miss, Master, MR / MRS / MSTR in a manifest ...), labeled
  apart from it, also in a table's "title" column; job titles are not
  TITLE, and family or courtesy words (bhai, auntie, uncle, ya) stay
  outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names, Gulf-style block / street / house and zone /
  street / building addresses, Saudi national-address building numbers;
  city, district, neighbourhood, county, state / province / emirate (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, arrival, start or
  end of a job, hearing, visit, transfer, signature ...) with a day or
  month, in any shape and calendar; a weekday or clock time said with such
  a date is inside the span; not bare years, weekdays or times alone,
  "yesterday", durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group of a
  person.
- ID_NUMBER: national / tax / social-security ids, iqamas, civil ids,
  residence and labour cards, work permits and their UCI / UID / A-numbers,
  patient, staff, student, customer and member numbers, bank account
  numbers, non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS (v4 and v6),
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys and tokens, genders, job titles,
  employers and agencies, user agents, MAC addresses, sort codes, BSB,
  IFSC, routing numbers and BIC / SWIFT codes, CVVs and card expiries,
  PINs and OTPs, order / ticket / claim / policy / booking / tracking /
  case references, remittance references (MTCN and the like), visa
  application and quota references (GWF, CAS, visa block numbers),
  company phone numbers, company addresses given as a bare office name,
  and role mailboxes, versions, hashes, serials, VINs, IMEIs and pet
  microchips, partial numbers ("ending 4417"), pets, eponyms and brands
  named after people, a header row.
- Calls made while writing this set, in the same spirit: the stamp a
  machine writes on a log line, an email header or a ticket ("ts",
  "Opened:", "Date:") is not labeled, while a field that names a person's
  date (dob, last_login, check_in, joining_date) is; the expiry date
  of a person's passport, iqama or permit written as a full date is
  DATE_TIME (a card expiry is not); a professional registration number
  (GMC, DHA, nursing licence) is ID_NUMBER; a recruiter's or landlord's own
  email and mobile are labeled, an agency's switchboard and jobs@ mailbox
  are not; a wallet number used for a transfer (GCash, bKash) is
  PHONE_NUMBER when it is the person's mobile; a "nationality" column or
  field is NRP, a "country" or "emirate" field is LOCATION; in a table a
  "sex", "gender", "role", "visa type" or "status" column stays
  unlabeled, an "age" column is AGE; Hijri and Levantine month names
  ("20 Ramadan", "17 Shbat") count as dates.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind65.jsonl")

GEN = [
    """[[PERSON:Imran Qureshi]] started his new role as a site engineer with Al Futtaim Engineering on [[DATE_TIME:2 March 2025]], and his employment visa was stamped the same week under UID [[ID_NUMBER:204587713]]. HR asked him to send a copy of his Emirates ID, [[ID_NUMBER:784-1987-4412093-6]], to [[EMAIL_ADDRESS:imran.qureshi87@gmail.com]] before payroll closed.""",
    """My sister [[PERSON:Nadia]] sends 1,500 dirhams home every month through Al Ansari Exchange to our mother, [[PERSON:Shahnaz Begum]], in [[LOCATION:Sialkot]]; the beneficiary account is [[IBAN_CODE:PK43 HABB 0000 0025 1783 9601]] and the money usually lands by Thursday.""",
    """hi can someone help, my iqama number is [[ID_NUMBER:2381047568]] and absher still shows it expired on [[DATE_TIME:14/09/2024]] even though my sponsor renewed it. name on it is [[PERSON:RAJESH KUMAR PILLAI]], mobile [[PHONE_NUMBER:+966 55 318 2047]]""",
    """The recruitment agency in [[LOCATION:Kathmandu]] charged [[PERSON:Bishnu Thapa]] 1.2 lakh rupees for a security guard job in [[LOCATION:Qatar]] that turned out not to exist, his brother told the migrant help desk; [[PERSON:Bishnu]]'s passport, [[ID_NUMBER:10917734]], is still being held by the agent.""",
    """Please find attached the offer letter for [[PERSON:Ms. Farah Siddiqui]], who will join our [[LOCATION:Toronto]] office as a senior data analyst on [[DATE_TIME:Monday, 6 January 2025]]. Her work permit (UCI [[ID_NUMBER:11-0844-7291]]) and SIN [[ID_NUMBER:918 033 747]] are on file; questions to [[PERSON:Daniel Okafor]] at [[PHONE_NUMBER:416-555-0193]].""",
    """[[PERSON:ahmed]] from the [[LOCATION:Karachi]] branch said the Western Union transfer to his father [[PERSON:Abdul Ghaffar]] was stuck because the CNIC on file, [[ID_NUMBER:42101-6723481-5]], didn't match the spelling of the name; the MTCN was 742 118 9930.""",
    """On [[DATE_TIME:18 November 2024]], [[PERSON:Mariam Al-Harbi]] (DOB [[DATE_TIME:03/07/1990]]) filed a complaint with the Ministry of Human Resources in [[LOCATION:Riyadh]] about three months of unpaid salary. She can be contacted at [[PHONE_NUMBER:050 377 1294]].""",
    """The H-1B petition for [[PERSON:Venkata Subramanian]] was approved, and his wife [[PERSON:Lakshmi]]'s H-4 EAD arrived at their apartment at [[ADDRESS:2210 Lakeview Pkwy, Apt 314]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]] on [[DATE_TIME:April 22]]. Her A-number is [[ID_NUMBER:A215-883-904]].""",
    """Salam, ana [[PERSON:Khalid Saeed Al Mansoori]], abi a3arf laish ma wa9alni el ratib mal shahar. Raqam el 7esab [[IBAN_CODE:AE59 0260 0012 3475 9916 002]] w raqam el hawiya [[ID_NUMBER:784-1991-0653278-3]]. Kalmooni 3ala [[PHONE_NUMBER:050 441 7729]] ba3d el dhuhr.""",
    """[[PERSON:Ms Chloe Brennan]] has agreed to sublet the second bedroom at [[ADDRESS:Flat 3, 41 Wilmslow Road]], [[LOCATION:Rusholme]], [[ZIP_CODE:M14 5TB]] to [[PERSON:Yusuf Adeyemi-Khan]] from [[DATE_TIME:1st October]]; the deposit goes into her Monzo account [[IBAN_CODE:GB04 MONZ 0400 0470 1258 39]].""",
    """i transferred 250 KWD to my brother [[PERSON:jomon]] in [[LOCATION:Kottayam]] using the bank app but it bounced back. his account no is [[ID_NUMBER:10140100187322]] at Federal Bank, IFSC FDRL0001014. can you check why? - [[PERSON:Shiju Varghese]], civil id [[ID_NUMBER:285031401271]]""",
    """[[PERSON:Aisha Rahman]], [[AGE:34]], a nurse from [[LOCATION:Dhaka]], moved to [[LOCATION:Leicester]] in [[DATE_TIME:September 2023]] on a Health and Care Worker visa. Her trust employee number is [[ID_NUMBER:E4471029]] and she now lives at [[ADDRESS:17 Evington Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 1HL]].""",
    """The tenant, [[PERSON:Omar Farouk Haddad]], has paid the AED 5,000 security deposit for [[ADDRESS:Villa 22, Street 14]], [[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]] and will move in on [[DATE_TIME:1 June 2025]]. The landlord can reach him on [[PHONE_NUMBER:055-218-7730]].""",
    """Patient [[PERSON:Gurpreet Kaur Sandhu]], born [[DATE_TIME:22 Aug 1961]], NHS no. [[ID_NUMBER:485 777 3023]], was seen in the diabetic clinic at [[DATE_TIME:09:40 on 3 March 2025]]; her son [[PERSON:Harjit]] interpreted for her.""",
    """Can you believe [[PERSON:karim]] still hasn't paid back the 300 quid? He swore on [[DATE_TIME:Friday the 14th]] he'd transfer it. His number's [[PHONE_NUMBER:07723 481 905]] if you want to chase him lol""",
    """My Canadian PR card finally came! Name: [[PERSON:Zainab Hussaini]], card number [[ID_NUMBER:PA0471983]], landing date [[DATE_TIME:2024-11-08]]. We've moved to [[ADDRESS:88 Tanager Square, Unit 5]], [[LOCATION:North York]], [[LOCATION:ON]] [[ZIP_CODE:M3A 1X9]] so please update your records.""",
    """Hello [[PERSON:Tariq]], this month's salary has been credited to your account [[IBAN_CODE:AE35 0330 0000 1910 0457 123]] through WPS. Your labour card number [[ID_NUMBER:86429173]] expires on [[DATE_TIME:20 May 2025]], so please see the PRO, [[PERSON:Joseph D'Souza]], on the second floor.""",
    """[[PERSON:Prof. Layla Nasser]], who was born in [[LOCATION:Amman]] and holds [[NRP:Jordanian]] and [[NRP:Canadian]] citizenship, will give the keynote on labour migration in the Gulf; her assistant [[PERSON:Tom Reilly]] is handling travel at [[EMAIL_ADDRESS:t.reilly@mcgill.ca]].""",
    """ya [[PERSON:Mostafa]], el mandoob beta3 sherket el tawzeef 2alli en el visa beta3tak hatetla3 [[DATE_TIME:yom el khamees 12 December]]. Ebaatli sowaret el basbor [[ID_NUMBER:A28817463]] w el ra2am el qawmy [[ID_NUMBER:29003150104417]] 3ala el WhatsApp [[PHONE_NUMBER:+20 106 552 8391]].""",
    """[[PERSON:Hamza Abdullahi]] of [[ADDRESS:5811 Schaefer Rd]], [[LOCATION:Dearborn]], [[LOCATION:MI]] [[ZIP_CODE:48126]] renewed his driver's license, [[US_DRIVER_LICENSE:A 521 684 390 117]], on [[DATE_TIME:Jan. 9, 2025]]; the new card should arrive within two weeks.""",
    """Parents' evening: [[PERSON:Mrs Rukhsana Begum]] would like to meet [[PERSON:Mr. Patel]] about her son [[PERSON:Ayaan]]'s progress in Year 8. She's free on [[DATE_TIME:Tuesday 11 March at 3:45pm]] and her mobile is [[PHONE_NUMBER:07946 220 318]].""",
    """Sent $2,000 to Mom through Remitly on [[DATE_TIME:Oct 3]] - recipient [[PERSON:Sarojini Reddy]], account [[ID_NUMBER:50100234871692]] at HDFC, [[LOCATION:Hyderabad]]. If it doesn't show by the weekend, call me at [[PHONE_NUMBER:(732) 904-1186]]. - [[PERSON:Kiran]]""",
    """Our cat Simba is due for her booster; the clinic has [[PERSON:Fatima Zahra Benali]] down as the owner, with the address [[ADDRESS:14 rue Saint-Urbain, app. 2]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 2N5]] and the phone number [[PHONE_NUMBER:514 555 0148]].""",
    """Claim 44-CL-20931: the insured, [[PERSON:Rohan Malhotra]] ([[AGE:41]]), reports that his car, registration [[ID_NUMBER:BX19 KFO]], was hit while parked outside [[ADDRESS:203 The Broadway]], [[LOCATION:Southall]] [[ZIP_CODE:UB1 1LB]] on the evening of [[DATE_TIME:27 January 2025]].""",
    """[[PERSON:Maricel Dela Cruz]], [[AGE:29]], was deployed to [[LOCATION:Jeddah]] as a household service worker through a licensed agency in [[LOCATION:Mandaluyong]]. Her OEC was issued on [[DATE_TIME:15 May 2024]], and her family in [[LOCATION:Iloilo]] can be reached at [[PHONE_NUMBER:+63 917 552 0843]].""",
    """Payroll note: new starter [[PERSON:Bilal Chaudhry]], NI number [[ID_NUMBER:JT 48 21 97 C]], tax code 1257L, start date [[DATE_TIME:14/04/2025]], staff ID [[ID_NUMBER:BRM-20841]]. Bank details to follow once he opens a UK account.""",
    """Marhaba [[PERSON:Rami]], ana [[PERSON:Lina Haddad]] men sharikit el tawzif. 3andak interview ma3 el mudir [[DATE_TIME:nhar el tanen 17 Shbat el se3a 10]]. El 3enwen: [[ADDRESS:shere3 Monot, bineyet Sayegh, tabe2 4]], [[LOCATION:Achrafieh]], [[LOCATION:Beirut]]. Eza fi shi, 7ke 3a [[PHONE_NUMBER:03 284 617]].""",
    """Someone used my Visa ending 2997 at a petrol station in [[LOCATION:Sharjah]] while I was in [[LOCATION:London]]. Please block the card; the full number is [[CREDIT_CARD:4263 9826 4026 2997]]. Cardholder: [[PERSON:Dr. Nasreen Akhtar]], [[PHONE_NUMBER:+44 7700 900 482]].""",
    """The SIM was registered to [[PERSON:Ali Reza Karimi]] using his passport [[ID_NUMBER:P01883472]] on [[DATE_TIME:2 Feb 2023]]; he has since moved to [[ADDRESS:1742 W Devon Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60660]] and wants the number [[PHONE_NUMBER:773-555-0127]] ported to his new carrier.""",
    """[[PERSON:Harpreet]] and [[PERSON:Manjit Dhillon]] closed on the townhouse at [[ADDRESS:36 Pennyroyal Crescent]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6S 6B8]] on [[DATE_TIME:August 29]]; the lawyer needs both SINs ([[ID_NUMBER:527 881 403]] and [[ID_NUMBER:466 109 527]]) for the land transfer forms.""",
    """[[PERSON:Nour El-Sayed]], an [[NRP:Egyptian]] PhD student at Rutgers, has her F-1 visa interview at the US embassy in [[LOCATION:Cairo]] on [[DATE_TIME:Sunday 23 February at 8:15]]. Her SEVIS ID is [[ID_NUMBER:N0031847721]] and her passport number is [[ID_NUMBER:A19046218]].""",
    """hey it's [[PERSON:Zeeshan]] - can you freeze my membership from [[DATE_TIME:20 Dec]] to [[DATE_TIME:10 Jan]]? flying home to [[LOCATION:Lahore]] for my cousin's wedding. member no [[ID_NUMBER:PG-77310]], email [[EMAIL_ADDRESS:zeeshan.b@outlook.com]]""",
    """The hearing in [[PERSON:Abdullah Al-Qahtani]] v. Trans-Gulf Manpower Services is listed for [[DATE_TIME:4 June 2025 at 9:30 a.m.]] before the labour court in [[LOCATION:Dammam]]; the claimant, a [[NRP:Saudi]] national aged [[AGE:38]], is seeking his end-of-service benefits.""",
    """[[PERSON:Md. Rafiqul Islam]] paid 450,000 taka to a sub-agent in [[LOCATION:Cumilla]] for a cleaning job in [[LOCATION:Kuwait]]; his wife [[PERSON:Shirin Akter]] borrowed half of it. His civil ID is [[ID_NUMBER:292080703917]] and he sends money home through bKash to [[PHONE_NUMBER:01711-482305]].""",
    """[[PERSON:Sreeja Nair]], a staff nurse at Hamad General Hospital, was issued her QID [[ID_NUMBER:28835607841]] on [[DATE_TIME:19 March 2024]]; her licence from the Department of Healthcare Professions is [[ID_NUMBER:N-41873]].""",
    """Assalam o alaikum, mera naam [[PERSON:Muhammad Usman]] hai. Main ne [[LOCATION:Dubai]] se apni walida [[PERSON:Parveen Bibi]] ko 50,000 rupay bheje the lekin abhi tak account [[IBAN_CODE:PK44 MEZN 0001 0701 0349 8812]] mein nahi aaye. Meri CNIC [[ID_NUMBER:35202-8834127-3]] hai aur number [[PHONE_NUMBER:0321-4478102]].""",
    """[[USERNAME:desi_dad_in_dallas]] posted his full address, [[ADDRESS:4417 Frankford Rd, #2108]], [[LOCATION:Dallas]] [[ZIP_CODE:75287]], in a Facebook group while selling a crib. His real name is [[PERSON:Sunil Mehta]] and his profile is [[URL:facebook.com/sunil.mehta.dfw]].""",
    """[[PERSON:Ananya Krishnan]]'s passport renewal through VFS in [[LOCATION:Dubai]] needs her Aadhaar, [[ID_NUMBER:2341 5567 8906]], and her old passport, [[ID_NUMBER:M4821937]]; she was born on [[DATE_TIME:12.06.1993]] in [[LOCATION:Thrissur]].""",
    """Ticket #55102: user [[PERSON:Yasmin Aboud]] ([[USERNAME:yaboud]]) can't reach the VPN from home; her last successful login was from [[IP_ADDRESS:86.99.214.37]] on [[DATE_TIME:2025-02-11 08:52]]. Call her back on [[PHONE_NUMBER:+971 56 702 3391]].""",
    """The nikah of [[PERSON:Hiba Anwar]] and [[PERSON:Saad Latif]] will take place at the Grand Mosque in [[LOCATION:Bradford]] on [[DATE_TIME:Saturday 5 July]]; please RSVP to [[PERSON:Hiba]]'s father, [[PERSON:Mr. Javed Anwar]], on [[PHONE_NUMBER:07852 339 104]].""",
    """Attorney [[PERSON:Rana Khoury]] filed the asylum application for [[PERSON:Ahmad Jaber]], a [[NRP:Syrian]] national born [[DATE_TIME:1 January 1986]], with USCIS on [[DATE_TIME:May 14, 2024]]. His alien number is [[ID_NUMBER:A-208-771-435]] and he lives at [[ADDRESS:92 Market St, Apt 3F]], [[LOCATION:Paterson]], [[LOCATION:NJ]] [[ZIP_CODE:07505]].""",
    """Hi, I'm [[PERSON:Rowena Santos]], a caregiver in [[LOCATION:Winnipeg]]. I sent CAD 600 to my son [[PERSON:Joshua]] through the app on [[DATE_TIME:Nov 28]] but only PHP 19,000 reached his GCash, [[PHONE_NUMBER:0918 330 7712]]. Reference number 88D41Q2. My email is [[EMAIL_ADDRESS:rowenasantos77@yahoo.com]].""",
    """prescription ready for collection: [[PERSON:mohammed iqbal]], DOB [[DATE_TIME:30/11/1958]], [[ADDRESS:6 Ladypool Road]], [[LOCATION:Sparkbrook]], [[ZIP_CODE:B12 8LB]] - metformin 500mg x 56. please ask for photo ID at the counter.""",
    """Congratulations, [[PERSON:Priyanka Deshpande]]! To complete your I-9, bring your EAD and your Social Security card (SSN [[US_SSN:621-48-3307]]) to our [[LOCATION:Sunnyvale]] office on your first day, [[DATE_TIME:March 17]]. Questions go to [[PERSON:Megan Liu]], [[EMAIL_ADDRESS:megan.liu@corp-people.com]].""",
    """Ya [[PERSON:Abu Faisal]], el sawwa2 elli jabnah men maktab el esteqdam esmah [[PERSON:Shahid Mehmood]] w raqam eqamtah [[ID_NUMBER:2409931827]]. Wa9al [[DATE_TIME:20 Ramadan]], w jawwalah [[PHONE_NUMBER:0558 213 904]]. Sakin 3indana fi [[LOCATION:7ay Al Naseem]], [[LOCATION:Riyadh]].""",
    """[[PERSON:Chukwuemeka Obi]] applied for a £12,000 personal loan on [[DATE_TIME:6 February 2025]]; employer: Barts Health NHS Trust; current address [[ADDRESS:Flat 12, Beaumont Court, 22 Upton Lane]], [[LOCATION:London]] [[ZIP_CODE:E7 9PB]]; salary paid into [[IBAN_CODE:GB66 BARC 2031 5843 8129 04]].""",
    """Booking for [[PERSON:Mr Faisal Bin Tariq]] and [[PERSON:Mrs Hafsa Tariq]]: Emirates EK 7 from [[LOCATION:Dubai]] to [[LOCATION:London]] on [[DATE_TIME:18 April 2025, 14:35]], PNR K7QX2M. Passport numbers [[ID_NUMBER:BK6620915]] and [[ID_NUMBER:BK6620916]].""",
    """Student [[PERSON:Aarav Shah]] (student no. [[ID_NUMBER:3412095]]), grade 4, will be away from [[DATE_TIME:Feb 10]] to [[DATE_TIME:Feb 21]] for a family trip to [[LOCATION:Ahmedabad]]. Parent contact: [[PERSON:Nisha Shah]], [[PHONE_NUMBER:905-555-0177]].""",
    """Further to our meeting on [[DATE_TIME:Wednesday 12 March 2025]], we confirm that [[PERSON:Mr. Ravi Shankar Iyer]]'s employment with Blue Horizon Contracting LLC ends on [[DATE_TIME:11 April 2025]]. His visa will be cancelled after that date and his gratuity paid to [[IBAN_CODE:AE20 0350 0000 0441 5836 207]].""",
    """Reminder: [[PERSON:Leila Farahani]], your dental cleaning at Bayview Smiles is on [[DATE_TIME:Thu, Apr 3 at 11:20 AM]]. Reply C to confirm or call us at (647) 555-0100.""",
    """The landlord, [[PERSON:Jassim Al-Kuwari]], has agreed to lease the flat at [[ADDRESS:Building 27, Street 840, Zone 90]], [[LOCATION:Al Wakra]] to [[PERSON:Dinesh Rathnayake]], a [[NRP:Sri Lankan]] engineer, from [[DATE_TIME:1 September 2025]]. Rent of QAR 6,500 goes to [[IBAN_CODE:QA39 QNBA 0000 0000 1874 5392 6001 1]].""",
    """The sponsor filed an absconding report against his driver, [[PERSON:Nizam Uddin]], on [[DATE_TIME:3 January]]; [[PERSON:Nizam]] says he left because his passport was taken and he had not been paid since [[DATE_TIME:15 October]]. His resident card is [[ID_NUMBER:117820364]] and he is staying with a friend in [[LOCATION:Ruwi]], [[LOCATION:Muscat]].""",
    """[[PERSON:Sofia Haddad]] returned a kettle at the [[LOCATION:Wembley]] store; the refund went back to her Mastercard [[CREDIT_CARD:5425 2334 3010 9101]] and her loyalty number [[ID_NUMBER:63380 22117 4]] was credited 40 points.""",
    """Ana [[PERSON:Heba Abdel Fattah]], sakna fi [[ADDRESS:14 share3 Gamal El Din Dewidar]], [[LOCATION:Madinet Nasr]], [[LOCATION:El Qahera]]. Gozi [[PERSON:Sherif]] beyeshtaghal fel [[LOCATION:Kuwait]] w beyeb3at el felous kol shahr 3ala [[IBAN_CODE:EG81 0003 0001 0000 0000 1187 6543 2]]. El shahr da ma wesletsh, momken teshoufo? Mobile: [[PHONE_NUMBER:0122 803 4519]]""",
    """I'm [[PERSON:Thomas Ng]], [[AGE:27]], applying for the warehouse supervisor role. I live at [[ADDRESS:12-3456 Kingsway]], [[LOCATION:Burnaby]], [[LOCATION:BC]] [[ZIP_CODE:V5H 2A9]] and can start on [[DATE_TIME:June 2]]. Phone [[PHONE_NUMBER:604.555.0139]], LinkedIn [[URL:linkedin.com/in/thomas-ng-bc]].""",
    """[[PERSON:Amina Yusuf]] applied for a family visa to join her husband [[PERSON:Abdirahman]] in [[LOCATION:Cardiff]]; the Home Office wrote to her on [[DATE_TIME:21 October 2024]] asking for his payslips. She is a [[NRP:Somali]] citizen, currently in [[LOCATION:Nairobi]], and reachable on [[PHONE_NUMBER:+254 722 618 904]].""",
    """We are writing to let you know, [[PERSON:Mr. Arjun Bhattacharya]], that the email address [[EMAIL_ADDRESS:arjun.bh@gmail.com]] and the date of birth ([[DATE_TIME:04/22/1979]]) linked to your account were exposed in an incident at one of our vendors.""",
    """Police in [[LOCATION:Kochi]] arrested the owner of a recruitment agency that promised nursing jobs in [[LOCATION:Kuwait]] and took ₹3.5 lakh each from at least forty applicants, among them [[PERSON:Anjali Thomas]], [[AGE:26]], of [[LOCATION:Aluva]], who filed the first complaint on [[DATE_TIME:7 January]].""",
    """The electricity account for [[ADDRESS:45 Birchfield Road]], [[LOCATION:Handsworth]] [[ZIP_CODE:B20 3JD]] is in the name of [[PERSON:Tahira Nawaz]] from [[DATE_TIME:1 March 2025]]; opening meter reading 48213. Her customer number is [[ID_NUMBER:8100 442 719]].""",
    """[[PERSON:Syed Hassan Rizvi]], who works as an accountant in [[LOCATION:Manama]], wants to sponsor his parents on a family visit visa; his CPR number is [[ID_NUMBER:850412783]] and his salary certificate shows BHD 1,100 a month.""",
    """[[PERSON:Olumide Adebayo]]'s T4 for 2024 lists his SIN as [[ID_NUMBER:712 330 950]] and his address as [[ADDRESS:1907-25 Agnes Street]], [[LOCATION:Mississauga]], [[LOCATION:Ontario]] [[ZIP_CODE:L5B 3X7]].""",
    """[[PERSON:Fatemeh Sadeghi]], [[AGE:67]], of [[LOCATION:Irvine]], has a cardiology follow-up with [[PERSON:Dr. Kevin Tran]] on [[DATE_TIME:3/18/2025 at 2:00 PM]]; her Medicare number is [[ID_NUMBER:1EG4-TE5-MK72]] and her daughter [[PERSON:Shirin]] will drive her.""",
    """[[PERSON:Bilal]] bhai, agency wale keh rahe hain ke [[LOCATION:Saudi]] ka visa [[DATE_TIME:15 tareekh]] tak lag jaye ga. Unhon ne passport [[ID_NUMBER:AB4417093]] aur medical report mangwayi hai. Agent ka naam [[PERSON:Chaudhry Nadeem]] hai, number [[PHONE_NUMBER:0300 6619287]]. Paise un ke account [[IBAN_CODE:PK29 UNIL 0109 0002 8374 6510]] mein bhejne hain.""",
    """Lost baggage report: passenger [[PERSON:Kamal Hossain]], flight QR 640 [[LOCATION:Doha]]-[[LOCATION:Dhaka]] on [[DATE_TIME:9 Dec 2024]], delivery address [[ADDRESS:House 14, Road 7, Block C]], [[LOCATION:Banani]], [[LOCATION:Dhaka]] [[ZIP_CODE:1213]], phone [[PHONE_NUMBER:+880 1819 442 037]]. File ref DACQR18832.""",
    """[[USERNAME:xXSultanXx_99]] got banned for chargebacks; the account was linked to [[EMAIL_ADDRESS:sultan.aldosari99@hotmail.com]] and logged in from [[IP_ADDRESS:2001:16a2:c0a8:4e1::27]] and [[IP_ADDRESS:94.97.130.12]] within the same hour.""",
    """After being laid off on [[DATE_TIME:January 22]], [[PERSON:Sandeep Rao]] has 60 days to find a new sponsor or leave the U.S.; his wife [[PERSON:Divya]] and daughter [[PERSON:Isha]], [[AGE:6]], are on his visa too. They rent at [[ADDRESS:3350 Stevens Creek Blvd, Apt 221]], [[LOCATION:San Jose]], [[LOCATION:CA]] [[ZIP_CODE:95117]].""",
    """Huge thanks to auntie [[PERSON:Shabana]] and uncle [[PERSON:Rafiq]] for organising the community iftar at [[ADDRESS:112 Green Street]], [[LOCATION:Forest Gate]] on [[DATE_TIME:Friday 14 March]] - leftover donations can go to [[PERSON:Shabana]]'s account, sort code 04-00-75, account [[ID_NUMBER:31887420]].""",
    """[[PERSON:Waqas Ahmed]]'s practical driving test is booked for [[DATE_TIME:14:10 on 28 May 2025]] at the [[LOCATION:Heaton]] centre in [[LOCATION:Bradford]]; licence number [[ID_NUMBER:AHMED805147WA9KL]].""",
    """KYC check failed for [[PERSON:Faris Al-Amiri]]: the name on his civil ID, [[ID_NUMBER:278112305542]], doesn't match the bank statement, and the selfie was uploaded from [[IP_ADDRESS:37.36.112.208]] at 03:14. Date of birth on file: [[DATE_TIME:23 November 1978]].""",
    """Labour camp inspection, [[LOCATION:Mussafah]]: room 14B houses eight workers, among them [[PERSON:Ramesh Yadav]] (labour card [[ID_NUMBER:LC-0921836]]) and [[PERSON:Suresh Gurung]], who both said the employer kept their passports.""",
    """Reported profile: "[[PERSON:Yasmine]], [[AGE:31]], [[LOCATION:Dubai Marina]]", username [[USERNAME:yas.in.dxb]], who asked [[PERSON:Connor]] to send money to a Western Union receiver in [[LOCATION:Lagos]] after two days of chatting.""",
    """[[PERSON:Asif]] bhai, mera kafeel visa cancel nahi kar raha aur kehta hai pehle 2000 riyal do. Mera iqama number [[ID_NUMBER:2477103853]] hai aur main [[LOCATION:Jeddah]] ke [[LOCATION:Al Safa]] mein rehta hoon. Labour office mein koi jaan pehchan ho to batao, mera WhatsApp [[PHONE_NUMBER:+966 53 772 0418]] hai. - [[PERSON:Naveed]]""",
    """Pre-authorisation request: member [[PERSON:Ebrahim Moosa]], policy DXB-HL-448102, member ID [[ID_NUMBER:MED-7781-4402-01]], admitted on [[DATE_TIME:02/02/2025]] with chest pain; date of birth [[DATE_TIME:11/10/1970]]; mobile [[PHONE_NUMBER:0507719042]].""",
    """[[PERSON:Mehreen Javaid]] (student no. [[ID_NUMBER:2231847]]) has been offered a place on the MSc Public Health at the University of Manchester; her CAS will be issued once she pays the £4,000 deposit. Contact: [[EMAIL_ADDRESS:mehreen.javaid@student.manchester.ac.uk]].""",
    """Under the contract signed on [[DATE_TIME:12 August 2024]], [[PERSON:Tigist Alemu]], an [[NRP:Ethiopian]] domestic worker aged [[AGE:24]], is employed by [[PERSON:Mrs. Nada Khalil]] of [[LOCATION:Jounieh]] at USD 250 a month with one day off a week.""",
    """[[PERSON:Ahmed Samir Fawzy]] set up a standing transfer of SAR 3,000 a month from his Al Rajhi account [[IBAN_CODE:SA92 8000 0204 6080 1607 2814]] to his wife's account at Banque Misr; the first transfer went out on [[DATE_TIME:25 Jan 2025]].""",
    """[[PERSON:Parisa Moradi]], originally from [[LOCATION:Shiraz]], took the oath of citizenship in [[LOCATION:Vancouver]] on [[DATE_TIME:1 July 2024]] and says she has never felt more [[NRP:Canadian]]; her partner [[PERSON:Ben]] filmed the whole thing.""",
    """Uber deactivated [[PERSON:Tamer Ghanem]]'s driver account after a rider in [[LOCATION:Jersey City]] complained; [[PERSON:Tamer]], [[AGE:44]], says he has driven 6,200 trips since [[DATE_TIME:June 2019]]. His TLC licence is [[ID_NUMBER:5938214]] and his plate [[ID_NUMBER:T748219C]].""",
    """Dear [[PERSON:Mrs. Sumaira Khan]], we confirm that account [[ID_NUMBER:00418823]] held in your name at our [[LOCATION:Ilford]] branch was closed with effect from [[DATE_TIME:31 March 2025]]. The closing balance of £1,204.55 has been sent to [[IBAN_CODE:GB42 HBUK 4012 7652 0833 17]].""",
    """[[PERSON:Dr. Omar Shaikh]], a [[NRP:British Pakistani]] GP, passed the DHA licensing exam on [[DATE_TIME:19 June 2024]] and received licence number [[ID_NUMBER:DHA-P-0098137]]; his GMC number is [[ID_NUMBER:7041835]].""",
    """Mar7aba, ana [[PERSON:Noura Al-Enezi]], abi asawwi tajdeed eqama lel khadama [[PERSON:Rosalie]]. El raqam el madani mali [[ID_NUMBER:288092104733]] w 3enwani [[ADDRESS:qet3a 3, share3 15, manzel 22]], [[LOCATION:Al Jabriya]]. Et9elaw 3ala [[PHONE_NUMBER:9977 4120]].""",
    """Notice to [[PERSON:Mohamad Hijazi]] and all occupants of [[ADDRESS:7425 Chase Rd, Unit 2]], [[LOCATION:Dearborn]], [[LOCATION:Michigan]] [[ZIP_CODE:48126]]: rent for February remains unpaid. Please contact the landlord, [[PERSON:Gregory Pilarski]], at [[PHONE_NUMBER:313-555-0164]] before [[DATE_TIME:February 28, 2025]].""",
    """[[PERSON:Gagandeep Singh]] paid an unlicensed consultant in [[LOCATION:Surrey]] $18,000 for an LMIA job offer at a trucking company that never existed; his study permit expired on [[DATE_TIME:30 November 2024]]. He is [[AGE:23]] and shares a basement suite at [[ADDRESS:12788 76A Ave]], [[LOCATION:Surrey]], [[LOCATION:BC]] with four others.""",
    """[[TITLE:Father]] [[PERSON:Boutros Mansour]] of St Mark's church in [[LOCATION:Jersey City]] blessed the marriage of [[PERSON:Mina Girgis]] and [[PERSON:Marina Shenouda]] on [[DATE_TIME:8 February]]; both families are [[NRP:Coptic Orthodox]] and came over from [[LOCATION:Assiut]].""",
    """Your parcel from [[PERSON:Ravi]] is out for delivery to [[PERSON:Sheetal Patel]], [[ADDRESS:19 Belgrave Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 5AR]]. Tracking: JD014600003827461902. The driver will call [[PHONE_NUMBER:07911 384 226]] on arrival.""",
    """[[TITLE:Eng.]] [[PERSON:Karim Mostafa Hegazy]] accepted the offer from a NEOM contractor on [[DATE_TIME:2 February 2025]]: basic SAR 18,000, housing at 25% and a yearly ticket home to [[LOCATION:Alexandria]]. Visa block number 1302884715 has been allocated; his passport, [[ID_NUMBER:A31174092]], expires on [[DATE_TIME:6 October 2029]].""",
    """Scam alert: a man claiming to be from the embassy called [[PERSON:Lakshmi Narayanan]] on [[PHONE_NUMBER:+971 55 180 9934]] and asked for her Emirates ID ([[ID_NUMBER:784-1986-0218845-4]]) and the OTP to "verify her visa". She lives in [[LOCATION:Al Nahda]], [[LOCATION:Sharjah]], and reported it the same day.""",
    """Ahlan [[PERSON:Abu Yazan]], el 7awale wa9alat? Ba3atlak 300 dinar 3ala [[IBAN_CODE:JO94 ARAB 1140 0000 0011 4020 0335 00]] mbare7. Esm el mustafeed [[PERSON:Yazan Odeh]] w ra2mo [[PHONE_NUMBER:079 512 4836]]. Ana ba2i b [[LOCATION:Dubai]] la [[DATE_TIME:31 Adar]] w ba3den raje3 3al [[LOCATION:Irbid]].""",
    """Please port [[PERSON:Vikram Joshi]]'s personal number, [[PHONE_NUMBER:+974 5531 2078]], to a prepaid plan before he leaves [[LOCATION:Doha]] on [[DATE_TIME:30 April]]; his QID is [[ID_NUMBER:28735609281]].""",
    """[[PERSON:Mei Ling Tan]] and her partner [[PERSON:Hamid Sharifi]] adopted a greyhound called Biscuit from the [[LOCATION:Parramatta]] shelter on [[DATE_TIME:12/01/2025]]; microchip 956000012345678 is registered to their home at [[ADDRESS:8/14 Good Street]], [[LOCATION:Granville]] [[LOCATION:NSW]] [[ZIP_CODE:2142]].""",
]

BENCH = [
    """Dear [[PERSON:Mr. Zubair Hashmi]], as Lead Integration Engineer of our [[LOCATION:Sharjah]] branch you are asked to rotate the VPN credentials for [[USERNAME:zhashmi_88]] before [[DATE_TIME:12/04/2024]]. The last access came from [[IP_ADDRESS:5.195.77.142]] with Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36, MAC 4c:eb:42:1f:93:0a.""",
    """Hi [[PERSON:Roshni]], the tuition payment for your Masters in Marketing Analytics failed. Card [[CREDIT_CARD:4916 3388 1207 5546]] (CVV 618, exp 09/27) was declined on [[DATE_TIME:3rd March 2024]]. Please update it in the portal with your student ID [[ID_NUMBER:UEL-2291873]] and password Xq!82mmZr.""",
    """Relocation package approved for [[PERSON:Abdulaziz Al-Shehri]], Regional Quality Coordinator, moving from [[ADDRESS:3127 King Fahd Road, Unit 9]], [[LOCATION:Al Olaya]], [[LOCATION:Riyadh]] [[ZIP_CODE:12214]] to [[LOCATION:Houston]], [[LOCATION:Texas]]. Gender: Male. Age: [[AGE:46]]. Relocation date: [[DATE_TIME:2024-08-19T07:00:00]]. Expense account: [[IBAN_CODE:SA54 1000 0011 1002 4896 3201]], BIC NCBKSAJE.""",
    """Your account [[USERNAME:farahnaz.k]] signed in at 02:17 from [[IP_ADDRESS:182.185.44.9]] using Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1. If this wasn't you, [[PERSON:Farahnaz]], change your password (Lahore@2023!) and call us back on [[PHONE_NUMBER:+92 333 5120 884]].""",
    """In the busy community hub of [[LOCATION:Bradford]], Community Outreach Officer [[TITLE:Miss]] [[PERSON:Sadia Parveen]] ran an interfaith workshop at [[ADDRESS:48 Lumb Lane]], [[ZIP_CODE:BD8 7QU]]. Attendee records such as [[PERSON:Imtiaz]]'s DOB [[DATE_TIME:1989-06-17]] and national insurance number [[ID_NUMBER:PK 20 55 81 D]] were stored on a laptop with MAC 00:1A:2B:9C:4D:71.""",
    """The Chief Mobility Strategist, [[PERSON:Ms. Hessa Al Marri]], has confirmed her attendance. Please send the badge to [[ADDRESS:Villa 5, Street 22]], [[LOCATION:Al Khawaneej]], [[LOCATION:Dubai]], and bill the card [[CREDIT_CARD:3714 963539 84314]] (exp 11/26, CVV 4471). She was born on [[DATE_TIME:February 14th, 1985]] and prefers contact at [[EMAIL_ADDRESS:hessa.almarri@outlook.ae]].""",
    """Transfer request: please move 12,400 GBP from [[IBAN_CODE:GB72 LOYD 3096 3417 7256 80]] (BIC LOYDGB21031) to the account of [[PERSON:Dr Yasser Mahmoud]] at [[IBAN_CODE:DE27 5001 0517 5417 7633 10]], reference "consultancy Q3". Requested by [[PERSON:Nicola Fairweather]], [[PHONE_NUMBER:0161 496 0732]].""",
    """Ahlan, el mo3alem [[PERSON:Tarek Abdel Aziz]] beyesta2zen ghiyab men [[DATE_TIME:3 Mars]] le [[DATE_TIME:10 Mars]]. Raqam el mowazaf [[ID_NUMBER:EMP-30417]], el email [[EMAIL_ADDRESS:tarek.aziz@nileschools.edu.eg]], w el 3enwan [[ADDRESS:22 share3 El Nozha]], [[LOCATION:Heliopolis]], [[LOCATION:El Qahera]] [[ZIP_CODE:11341]]. Kelmet el ser 3al system: Nile#4471.""",
    """The Data Protection Assistant [[PERSON:Rahul Menon]] ([[AGE:33]]) asked [[PERSON:Ms Aoife Gallagher]] to confirm whether the email [[EMAIL_ADDRESS:aoife.gallagher@eircom.net]] and PPSN [[ID_NUMBER:6271948L]] still belong to her, since the last login came from [[IP_ADDRESS:2a02:8084:4241:e300:9d2:f1b1:6c3a:1e08]].""",
    """Kindly approve the invoice of [[PERSON:Sultan Al-Dhaheri]], Regional Legal Officer, residing at [[ADDRESS:Flat 1802, Marina Heights Tower]], [[LOCATION:Dubai Marina]], [[ADDRESS:P.O. Box 441902]]. Payment card [[CREDIT_CARD:5186 0014 8873 2192]] expires 03/28; secondary phone [[PHONE_NUMBER:+971 4 399 2187]].""",
    """Congratulations, [[PERSON:Aaliyah]]! As our new Global Directives Facilitator you will start on [[DATE_TIME:05/06/2024]]. Your temporary login is [[USERNAME:aaliyah.rahimi]] / Welcome2024!, and your badge photo was taken at [[DATE_TIME:09:12 on 05/06/2024]]. Tax ID on file: [[US_SSN:547-19-2208]].""",
    """Vehicle incident: the Toyota Land Cruiser (VIN JTMHV05J604123874, plate [[ID_NUMBER:Dubai K 48213]]) driven by [[PERSON:Anwar Sadat Khan]], [[AGE:52]], hit a barrier on Sheikh Zayed Road. His licence [[ID_NUMBER:1847396]] and mobile [[PHONE_NUMBER:052 665 1093]] were taken by the officer.""",
    """[[PERSON:Mohammad Reza Tehrani]], Principal Identity Producer, lives at [[ADDRESS:2716 Yonge Street, Suite 504]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4N 2H9]]. He logged into the benefits portal from [[IP_ADDRESS:99.241.18.77]] on [[DATE_TIME:July 9th, 2024 at 7:41 PM]] and changed his direct deposit to account [[ID_NUMBER:5021847]] (transit 00452, institution 004).""",
    """Please find the travel details of [[TITLE:Master]] [[PERSON:Ibrahim Siddiqui]], age [[AGE:11]], flying unaccompanied from [[LOCATION:Manchester]] to [[LOCATION:Islamabad]] on [[DATE_TIME:22/07/2024]]. Guardian: [[PERSON:Mrs Samina Siddiqui]], [[ADDRESS:9 Dickenson Road]], [[LOCATION:Longsight]], [[ZIP_CODE:M13 0WG]], [[PHONE_NUMBER:07588 120 443]].""",
    """Account security notice for [[PERSON:Kwame Mensah-Bonsu]]: a payment of $412.80 with card [[CREDIT_CARD:6011 0009 9013 9424]] was attempted from [[IP_ADDRESS:41.66.203.155]] with user agent Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 Chrome/120.0.6099.210 Mobile Safari/537.36. Confirm by texting YES to 72201.""",
    """Mera naam [[PERSON:Rabia Naz]] hai, meri tareekh e paidaish [[DATE_TIME:14-08-1995]] hai aur main [[ADDRESS:Makan 27, Gali 4, Sector G-9/2]], [[LOCATION:Islamabad]] [[ZIP_CODE:44090]] mein rehti hoon. CNIC [[ID_NUMBER:61101-5538214-6]], mobile [[PHONE_NUMBER:0345-5192837]], email [[EMAIL_ADDRESS:rabia.naz95@gmail.com]]. Job ke liye CV attach hai.""",
    """The Internal Optimization Manager, [[PERSON:Zahra Bukhari]], flagged that [[PERSON:Mr. Elliot Fenwick]]'s company card [[CREDIT_CARD:4024 0071 5589 2135]] was used in [[LOCATION:Doha]] on [[DATE_TIME:23 Oct 2023]] while he was on leave. [[PERSON:Fenwick]]'s employee number is [[ID_NUMBER:QA-04417]]; his home address is [[ADDRESS:31 Ashby Road]], [[LOCATION:Loughborough]], [[ZIP_CODE:LE11 3AB]].""",
    """Hey team, [[PERSON:sunita]] here. Just a heads-up that my new number is [[PHONE_NUMBER:+1-647-555-0182]] and I've moved to [[ADDRESS:55 Hallmark Ave, Apt 1207]], [[LOCATION:Etobicoke]], [[ZIP_CODE:M8W 0A4]]. My laptop's IP on the office network is [[IP_ADDRESS:10.44.12.87]] if IT needs it.""",
    """Withdrawal request of AED 18,000 by [[PERSON:Shaikha Al Suwaidi]] from account [[ID_NUMBER:1012984471001]] at [[DATE_TIME:11:05 AM on 14/01/2025]]. Verification: Emirates ID [[ID_NUMBER:784-1983-3306714-2]], date of birth [[DATE_TIME:08/05/1983]], OTP 448213 sent to [[PHONE_NUMBER:050 118 6624]].""",
    """Good afternoon, the Senior Factors Analyst [[PERSON:Lucía Ferreira]] has scheduled a call with [[PERSON:Dr. Haroon Baig]] about the [[LOCATION:Abu Dhabi]] expansion for [[DATE_TIME:Thursday, 27 March 2025, 16:00 GST]]. Dial-in for [[PERSON:Dr Baig]]: [[PHONE_NUMBER:+971 2 558 3019]]; his assistant is [[PERSON:Merlyn]] ([[EMAIL_ADDRESS:merlyn.dsouza@baigclinics.ae]]).""",
    """Dear Customer [[PERSON:Gulnara Iskakova]], your remittance of USD 900 to [[PERSON:Aizada Iskakova]] in [[LOCATION:Osh]], [[LOCATION:Kyrgyzstan]] was paid out on [[DATE_TIME:2024-12-02]]. Sender ID: [[ID_NUMBER:AN4418276]]. Control number: 8837 1126 04. Sender address: [[ADDRESS:1450 Ocean Pkwy, Apt 6C]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11230]].""",
    """Application for Employment: [[PERSON:Fernando Magalhães]], born [[DATE_TIME:14.02.1991]], [[NRP:Brazilian]], resident in [[LOCATION:Abu Dhabi]] since [[DATE_TIME:March 2022]]. Passport [[ID_NUMBER:GA882145]], UID [[ID_NUMBER:318842207]], mobile [[PHONE_NUMBER:+971 50 662 1884]], email [[EMAIL_ADDRESS:fer.magalhaes@gmail.com]].""",
    """To [[PERSON:Mr. Qasim Raza]], Area Director, [[ADDRESS:Office 1206, Al Moosa Tower 2, Sheikh Zayed Road]], [[LOCATION:Dubai]]: the BIC ADCBAEAA and IBAN [[IBAN_CODE:AE67 0300 0103 8810 2574 001]] you sent for the contractor payment do not match the beneficiary name [[PERSON:Qasim Ali Raza]]. Please confirm on [[PHONE_NUMBER:+971 55 309 7714]].""",
    """Customer [[PERSON:Jin-woo Park]] ([[EMAIL_ADDRESS:jinwoo.park@naver.com]]) renting at [[ADDRESS:688 Eglinton Ave W, Unit 402]], [[LOCATION:Toronto]] paid his deposit with card [[CREDIT_CARD:3589 4410 2277 6156]]. His Ontario licence is [[ID_NUMBER:P0418-47712-90915]] and his birthday is [[DATE_TIME:September 15]].""",
    """Welcome [[PERSON:Khaled]]! Your gamer tag [[USERNAME:KhaledTheFalcon]] has been linked to [[EMAIL_ADDRESS:khaled.s.alharthy@gmail.com]]. Payment via Mada card [[CREDIT_CARD:4405 6120 9983 1740]] (exp 06/29). Shipping address: [[ADDRESS:4127 Prince Sultan St, Additional No. 7712]], [[LOCATION:Al Rawdah]], [[LOCATION:Jeddah]] [[ZIP_CODE:23435]].""",
    """Patient [[PERSON:Ms. Roya Hosseini]], [[AGE:58]], was admitted to ward 6 at [[DATE_TIME:03:40 on 19/02/2025]]. NHS number [[ID_NUMBER:652 118 4709]]. Next of kin: [[PERSON:Dariush Hosseini]] (husband), [[PHONE_NUMBER:020 8123 4471]]. Address: [[ADDRESS:27 Brondesbury Villas]], [[LOCATION:London]] [[ZIP_CODE:NW6 6AH]].""",
    """[[PERSON:Ayesha Noor]]'s mortgage broker [[PERSON:Liam O'Connell]] wants the following by [[DATE_TIME:Friday 7 March]]: three payslips, her BRP ([[ID_NUMBER:ZU4418207]]), the last six months of statements for [[IBAN_CODE:GB56 MIDL 4005 1561 3902 74]], and proof of address at [[ADDRESS:14 Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4DU]].""",
    """From the desk of [[PERSON:Ms. Pooja Venkatesh]], Chief Web Architect: please ship the prototype to [[ADDRESS:4418 Mission College Blvd, Bldg 2]], [[LOCATION:Santa Clara]], [[LOCATION:CA]] [[ZIP_CODE:95054]]. The courier should call [[PHONE_NUMBER:(408) 555-0163]]. My personal SSN for the customs form is [[US_SSN:602-77-1934]] and passport [[US_PASSPORT:567123894]].""",
    """[[PERSON:Samir el Khoury]] sakin bi [[ADDRESS:bineyet Nasr, tabe2 3, shere3 Hamra]], [[LOCATION:Beirut]]. Ra2m el telefon [[PHONE_NUMBER:+961 71 442 913]], w el 7esab [[IBAN_CODE:LB62 0999 0000 0001 0019 0122 9114]]. Ta2rikh el wilede [[DATE_TIME:2/4/1979]], w ra2m el huwiye [[ID_NUMBER:000419223]].""",
    """Booking confirmed for [[PERSON:Dr. Chinonso Eze]] and [[PERSON:Mr. Abdullahi Bello]]: 2 nights at the Radisson Blu, [[LOCATION:Abuja]], check-in [[DATE_TIME:12 May 2024]]. Guarantee card [[CREDIT_CARD:5299 7361 0045 8825]] (exp 10/26). Contact [[EMAIL_ADDRESS:c.eze@unilag-med.ng]] or [[PHONE_NUMBER:+234 803 441 2290]].""",
    """Please update the HR file of [[PERSON:Fatima-Zahra El Idrissi]] (staff no. [[ID_NUMBER:RB-5521]]), Dynamic Quality Executive: new address [[ADDRESS:Apt. 12, 9 Chemin de la Côte-des-Neiges]], [[LOCATION:Montréal]] [[ZIP_CODE:H3H 1J6]]; new SIN [[ID_NUMBER:130 692 577]] after her permanent residence on [[DATE_TIME:2024-10-01]].""",
    """[[PERSON:Humaira Sheikh]], a Corporate Accounts Planner, reported that her username [[USERNAME:humairasheikh_ldn]] was compromised. Suspicious logins: [[IP_ADDRESS:185.153.177.21]] on [[DATE_TIME:2024-04-03 23:11]], [[IP_ADDRESS:185.153.177.44]] on [[DATE_TIME:2024-04-04 00:02]]. Recovery email [[EMAIL_ADDRESS:h.sheikh.personal@yahoo.co.uk]].""",
    """Warning from [[PERSON:Abdirizak]]: someone called claiming to be from the bank and asked for the full card number [[CREDIT_CARD:5573 9012 4468 3301]], CVV 902 and my date of birth [[DATE_TIME:6th Dec 1982]]. I gave nothing. My address is [[ADDRESS:1510 Riverside Ave S, Apt 311]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55454]].""",
    """[[PERSON:Nimra]] ki shadi ka card: [[PERSON:Nimra Tariq]] weds [[PERSON:Hamza Iqbal]], barat [[DATE_TIME:Itwar 9 Feb, raat 8 baje]], Royal Palm Marquee, [[LOCATION:Lahore]]. RSVP: [[PERSON:Tariq Mehmood]] [[PHONE_NUMBER:0300-8412275]] ya [[PERSON:Shazia Tariq]] [[PHONE_NUMBER:0333-4190028]].""",
    """The Legacy Division Consultant at our [[LOCATION:Kuwait City]] office, [[PERSON:Mr. Bader Al-Mutairi]], asked for the corporate card to be reissued to his home at [[ADDRESS:Block 5, Street 21, House 14]], [[LOCATION:Salwa]]. Card [[CREDIT_CARD:4571 0062 3318 9479]], civil ID [[ID_NUMBER:295061502881]], mobile [[PHONE_NUMBER:+965 6612 7740]].""",
    """Application received from [[PERSON:Grace Wanjiru Kamau]], born [[DATE_TIME:1994/03/27]], [[NRP:Kenyan]], for the housekeeping supervisor role in [[LOCATION:Muscat]]. Passport [[ID_NUMBER:AK0918274]]; salary to be paid to [[IBAN_CODE:OM46 0180 0000 0001 9876 543]]. Recruiter: [[PERSON:Hilal Al Balushi]], [[EMAIL_ADDRESS:hilal.b@omanhr-partners.om]].""",
    """Talab fat7 7esab jadeed: el esm [[PERSON:Maitha Saif Al Ketbi]], tareekh el meelad [[DATE_TIME:19/04/1996]], raqam el hawiya [[ID_NUMBER:784-1996-2231840-2]], el 3enwan [[ADDRESS:villa 31, share3 18]], [[LOCATION:Al Mushrif]], [[LOCATION:Abu Dhabi]]. El email [[EMAIL_ADDRESS:maitha.alketbi@gmail.com]], el mobile [[PHONE_NUMBER:+971 50 229 4187]], kelmet el sir Maitha@96, daxalat men [[IP_ADDRESS:91.74.208.15]] b Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X).""",
    """CV: esmi [[PERSON:Hala Mahmoud Sabbagh]], [[NRP:Souriyye]], 3omri [[AGE:29]] sene, sakne b [[ADDRESS:shari3 el Jame3a, binayet 12, ta2 2]], [[LOCATION:Jabal Al Hussein]], [[LOCATION:3amman]]. Bde shoghol b [[LOCATION:Dubai]] ka moseme. Telephone [[PHONE_NUMBER:+962 78 551 2049]], email [[EMAIL_ADDRESS:hala.sabbagh93@gmail.com]], jawaz el safar [[ID_NUMBER:N010442871]], mawloude b [[DATE_TIME:3 Tammuz 1995]].""",
    """INSURANCE CLAIM FORM - MOTOR
Claim No.: MC-2025-004471
Policyholder: [[PERSON:Mr. Asad Mahmood]]
Date of birth: [[DATE_TIME:02/09/1976]]
Address: [[ADDRESS:64 Coventry Road]], [[LOCATION:Small Heath]], [[LOCATION:Birmingham]] [[ZIP_CODE:B10 0RX]]
Phone: [[PHONE_NUMBER:0121 772 4019]]
Vehicle registration: [[ID_NUMBER:FN68 XKB]]
Date and time of incident: [[DATE_TIME:14 January 2025, approx. 17:45]]
Third party: [[PERSON:Kelly Marsh]], [[PHONE_NUMBER:07700 900 317]]
Description: Third party reversed out of a driveway into the nearside of the insured vehicle.""",
    """EMPLOYMENT CONTRACT
This contract is made on [[DATE_TIME:10 February 2025]] between Al Noor Facilities Management LLC, [[LOCATION:Dubai]] (the "Employer") and [[PERSON:Mr. Prakash Bahadur Rai]], [[NRP:Nepalese]] national, passport no. [[ID_NUMBER:PA1182736]], born [[DATE_TIME:4 April 1990]] (the "Employee").
1. Position: Cleaner. Start date: [[DATE_TIME:1 March 2025]].
2. Salary: AED 1,200 per month, paid through WPS to account [[IBAN_CODE:AE61 0440 0002 7005 6193 808]].
3. The Employer shall bear all recruitment costs; no fee shall be charged to the Employee.
Signed: [[PERSON:Prakash Bahadur Rai]]""",
    """TO WHOM IT MAY CONCERN - SALARY CERTIFICATE
This is to certify that [[PERSON:Mr. Jibin Mathew]], holder of Qatar ID [[ID_NUMBER:29135613304]], has been employed by our company as a Mechanical Technician since [[DATE_TIME:15 June 2019]]. His monthly salary is QAR 4,800, transferred to [[IBAN_CODE:QA91 DOHB 0000 0062 0018 8334 5210 1]].
This certificate is issued at his request for the purpose of a family residence visa.
HR Manager, [[LOCATION:Doha]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Noor Jahan Begum]]   MRN: [[ID_NUMBER:RH0044187]]
DOB: [[DATE_TIME:12/03/1949]] (Age [[AGE:75]])
Admitted: [[DATE_TIME:28/01/2025]]   Discharged: [[DATE_TIME:03/02/2025]]
Consultant: [[PERSON:Dr. A. Farooqui]]
Diagnosis: Community-acquired pneumonia; type 2 diabetes.
Follow-up with GP [[PERSON:Dr. Helen Price]], [[ADDRESS:Oakwood Surgery, 15 Stoney Lane]], [[LOCATION:Balsall Heath]] [[ZIP_CODE:B12 8BE]], within 7 days. Daughter [[PERSON:Farzana]] ([[PHONE_NUMBER:07868 402 115]]) to collect medication.""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Hassan Ali Jafri]]
Date of Birth: [[DATE_TIME:1987-11-02]]
SSN: [[US_SSN:488-20-6175]]
Address: [[ADDRESS:1324 Oak Tree Rd, Apt 9]], [[LOCATION:Iselin]], [[LOCATION:NJ]] [[ZIP_CODE:08830]]
Years at address: 4
Employer: Tata Consultancy Services; Annual income: $118,000
Checking account: [[ID_NUMBER:4401872295]] (routing 021200339)
Loan amount requested: $25,000 - purpose: wedding expenses in [[LOCATION:Hyderabad]]
Signature: [[PERSON:H. A. Jafri]]   Date: [[DATE_TIME:01/21/2025]]""",
    """NOTICE OF TERMINATION OF TENANCY
To: [[PERSON:Ms. Rania Abou-Zeid]], [[ADDRESS:2nd Floor Flat, 88 Harrow Road]], [[LOCATION:London]] [[ZIP_CODE:W2 5EB]]
From: [[PERSON:Mr. Peter Lawrence]], landlord
I hereby give you notice that your tenancy ends on [[DATE_TIME:30 June 2025]]. Your deposit is protected with the DPS under reference 1209-4471-8803. You may contact me on [[PHONE_NUMBER:07813 552 094]] or [[EMAIL_ADDRESS:plawrence.lettings@btinternet.com]].
Dated: [[DATE_TIME:27 February 2025]]""",
    """SPONSORSHIP LETTER
[[DATE_TIME:5 January 2025]]
The Consular Section, Embassy of the United Kingdom, [[LOCATION:Riyadh]]
Re: Visit visa for [[PERSON:Mrs. Najma Parveen]], passport [[ID_NUMBER:CW7715284]]
I, [[PERSON:Dr. Khurram Shahzad]], a consultant physician at King Fahad Medical City holding iqama [[ID_NUMBER:2315986048]], confirm that I will host my mother at [[ADDRESS:Building 4412, Al Takhassusi Street]], [[LOCATION:Riyadh]] [[ZIP_CODE:12311]] and cover all her expenses during her visit from [[DATE_TIME:1 April]] to [[DATE_TIME:15 May 2025]].""",
    """MEDICAL FITNESS REPORT (GCC APPROVED CENTRE)
Candidate: [[PERSON:Mohammad Alamgir Hossain]]   Sex: M   Age: [[AGE:32]]
Passport: [[ID_NUMBER:EB0418827]]   Nationality: [[NRP:Bangladeshi]]
Country of destination: [[LOCATION:Saudi Arabia]]
Date of examination: [[DATE_TIME:18/12/2024]]
HIV: negative   HBsAg: negative   Chest X-ray: normal
Result: FIT
Recruiting agency: Al-Madina Overseas (RL-1184)""",
    """POWER OF ATTORNEY
I, [[PERSON:Mustafa Kamal Osman]], holder of [[NRP:Sudanese]] passport [[ID_NUMBER:P09188742]], residing at [[ADDRESS:Flat 7, Building 19, Al Nahda Street]], [[LOCATION:Al Qusais]], [[LOCATION:Dubai]], hereby appoint my brother [[PERSON:Hassan Kamal Osman]], residing in [[LOCATION:Khartoum]], to receive on my behalf all transfers sent to account [[ID_NUMBER:0221846600013]] at Bank of Khartoum and to sign any related documents.
Signed in [[LOCATION:Dubai]] on [[DATE_TIME:20 November 2024]].""",
    """PAYSLIP - FEBRUARY 2025
Employee: [[PERSON:Venkatesh Iyer]]   Employee No: [[ID_NUMBER:20418]]
NI Number: [[ID_NUMBER:SN 71 02 44 B]]   Tax code: 1257L
Address: [[ADDRESS:3 Station Approach]], [[LOCATION:Hayes]] [[ZIP_CODE:UB3 4DW]]
Basic pay: £3,750.00   Overtime: £210.00   PAYE: £598.20   NI: £233.44
Net pay £3,128.36 paid to account ending 4451 on [[DATE_TIME:28/02/2025]].""",
    """INCIDENT REPORT - WORKPLACE INJURY
Employee: [[PERSON:Ranjit Singh Gill]]   Staff ID: [[ID_NUMBER:WH-8821]]
Date/time of injury: [[DATE_TIME:Tuesday 4 February 2025, 06:20]]
Location: Loading bay 3, [[LOCATION:Brampton]] distribution centre
Supervisor on duty: [[PERSON:Kyle Donnelly]]
Description: [[PERSON:Ranjit]] strained his lower back lifting a 30 kg carton. First aid given; referred to clinic. WSIB claim number 30918822. Employee home phone: [[PHONE_NUMBER:905-555-0152]].""",
    """DEBT COLLECTION NOTICE
[[PERSON:Mr. Adnan Saleem]]
[[ADDRESS:PO Box 50417]], [[LOCATION:Ajman]], [[LOCATION:UAE]]
Our records show an outstanding balance of AED 14,220 on credit card [[CREDIT_CARD:5241 8810 3394 6725]]. As you informed us you have moved to [[LOCATION:Peshawar]], please settle the amount before [[DATE_TIME:15 April 2025]] or contact our collection team. Your Emirates ID [[ID_NUMBER:784-1979-2290146-3]] has been flagged.""",
    """KYC FORM - REMITTANCE CUSTOMER
Full name: [[PERSON:Josephine Achieng Otieno]]
ID type: Residence permit   ID no.: [[ID_NUMBER:2530064712]]
Date of birth: [[DATE_TIME:09 OCT 1990]]
Occupation: Housemaid   Monthly income: SAR 1,500
Beneficiary: [[PERSON:Peter Otieno]], [[LOCATION:Kisumu]], [[LOCATION:Kenya]], M-Pesa [[PHONE_NUMBER:+254 712 448 009]]
Purpose: family support   Relationship: brother
Customer signature: ______""",
    """WITNESS STATEMENT
Name: [[PERSON:Leyla Aydın]]   Age: [[AGE:36]]   Occupation: pharmacist
Address: [[ADDRESS:17 Green Lanes]], [[LOCATION:Harringay]], [[LOCATION:London]] [[ZIP_CODE:N4 1ES]]
On [[DATE_TIME:Saturday 8 March 2025 at about 22:30]] I was closing the shop when I saw a man take a phone from [[PERSON:Mr. Kemal Demir]] outside number 21. The man was about 20, wearing a grey hoodie. I called the police on 999.
Signed: [[PERSON:L. Aydın]]""",
    """Tenancy agreement (summary)
Landlord: [[PERSON:Abdulrahman Al-Ghamdi]], national ID [[ID_NUMBER:1046823918]]
Tenant: [[PERSON:Rizwan Ahmed Qureshi]], iqama [[ID_NUMBER:2198745206]]
Property: [[ADDRESS:Apartment 6, Building 2781, Al Masjid Street]], [[LOCATION:Al Aziziyah]], [[LOCATION:Khobar]] [[ZIP_CODE:34422]]
Term: 12 months from [[DATE_TIME:1 Rajab 1446]]
Annual rent: SAR 36,000 in two instalments to [[IBAN_CODE:SA05 4500 0000 1190 3847 6110]]""",
    """DENTAL TREATMENT PLAN
Patient: [[PERSON:Ikram Hussain]]   Patient ID: [[ID_NUMBER:DT-44721]]
DOB: [[DATE_TIME:Jan 30, 1968]]   Phone: [[PHONE_NUMBER:(312) 555-0116]]
Insurance: Delta Dental, member ID [[ID_NUMBER:118829301]]
Procedures: crown #19, root canal #30. Estimated patient share: $1,240.
Next appointment: [[DATE_TIME:Mon 2/24 at 9:00am]] with [[PERSON:Dr. Ruth Goldberg]].""",
    """NOTICE OF HEARING
Employment Tribunal, [[LOCATION:Leeds]]
Claimant: [[TITLE:Miss]] [[PERSON:Zara Hussain]]
Respondent: Northern Care Homes Ltd
Case no. 1801472/2024
The claim of unfair dismissal and race discrimination will be heard on [[DATE_TIME:Monday 12 May 2025 at 10:00 am]]. The claimant is represented by [[PERSON:Mr. Daniel Adeyemi]], [[EMAIL_ADDRESS:d.adeyemi@adeyemilaw.co.uk]].""",
    """VISA APPLICATION CHECKLIST - SKILLED WORKER
Applicant: [[PERSON:Ifeoma Nwachukwu]]   Date of birth: [[DATE_TIME:23 September 1992]]
Passport: [[ID_NUMBER:B50418827]]   Nationality: [[NRP:Nigerian]]
Certificate of Sponsorship: C2G7K91045Y (sponsor: Mid Yorkshire Hospitals)
NMC PIN: [[ID_NUMBER:19I4471O]]
TB certificate dated [[DATE_TIME:04/11/2024]]
Current address: [[ADDRESS:12 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]
Email: [[EMAIL_ADDRESS:ifeoma.nwachukwu@gmail.com]]   Phone: [[PHONE_NUMBER:+234 809 115 4402]]""",
    """FORM: CHANGE OF BENEFICIARY (LIFE POLICY LP-0048812)
Insured: [[PERSON:Anand Krishnamurthy]]   DOB: [[DATE_TIME:05/19/1972]]
New primary beneficiary: [[PERSON:Meera Krishnamurthy]] (spouse), SSN [[US_SSN:311-84-2290]]
Contingent beneficiary: [[PERSON:Rohit Krishnamurthy]] (son), DOB [[DATE_TIME:08/02/2004]]
Address: [[ADDRESS:77 Cedar Ridge Dr]], [[LOCATION:Edison]], [[LOCATION:NJ]] [[ZIP_CODE:08820]]
Signed [[DATE_TIME:March 3, 2025]]""",
    """Shahadat khebra (experience certificate)
Nashhad bi an el sayed [[PERSON:Ayman Fathi El-Sharkawy]], gawaz safar ra2am [[ID_NUMBER:A22918476]], 3amal ladayna ka mo7aseb men [[DATE_TIME:1/9/2016]] 7atta [[DATE_TIME:31/12/2024]] fi far3 [[LOCATION:Jeddah]]. Wa kan mesal el e5las wel amana. Raqam el eqama el sabe2: [[ID_NUMBER:2264310976]].""",
    """CONSENT FORM - MINOR TRAVEL
I, [[PERSON:Fatuma Hassan Ali]], mother of [[PERSON:Sagal Abdi]] (born [[DATE_TIME:11 July 2013]]), give consent for my daughter to travel with her father [[PERSON:Abdi Farah Warsame]] from [[LOCATION:Minneapolis]] to [[LOCATION:Hargeisa]] from [[DATE_TIME:20 June]] to [[DATE_TIME:25 August 2025]].
Mother's phone: [[PHONE_NUMBER:612-555-0188]]   Father's US passport: [[US_PASSPORT:A04418273]]""",
    """PROTECTOR OF EMIGRANTS - REGISTRATION SLIP
Name: [[PERSON:Muhammad Akram]]   Father's name: [[PERSON:Ghulam Rasool]]
CNIC: [[ID_NUMBER:34101-2284719-1]]   Passport: [[ID_NUMBER:FA4418290]]
Address: [[ADDRESS:Mohalla Islampura, Gali 3, House 17]], [[LOCATION:Gujranwala]]
Destination: [[LOCATION:Oman]]   Profession: Electrician
OEP: Al-Hamd Manpower Services (Licence 2184/RWP)
Date of registration: [[DATE_TIME:11-03-2025]]""",
    """{"customer_id": "[[ID_NUMBER:CUS-448102]]", "first_name": "[[PERSON:Hessa]]", "last_name": "[[PERSON:Al Falasi]]", "email": "[[EMAIL_ADDRESS:hessa.f@emirates-mail.ae]]", "phone": "[[PHONE_NUMBER:+971501184472]]", "dob": "[[DATE_TIME:1992-03-14]]", "address": {"street": "[[ADDRESS:Villa 12, Street 7B]]", "area": "[[LOCATION:Mirdif]]", "emirate": "[[LOCATION:Dubai]]"}, "card": {"number": "[[CREDIT_CARD:4847352066190814]]", "cvv": "219", "exp": "04/28"}, "loyalty_tier": "gold"}""",
    """2025-02-14T09:12:33Z INFO auth.login success user=[[USERNAME:p.raghavan]] email=[[EMAIL_ADDRESS:priya.raghavan@infotrack.io]] src_ip=[[IP_ADDRESS:103.77.41.206]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2)" session=9f3c2a71e0b4
2025-02-14T09:12:35Z INFO mfa.verify ok user=[[USERNAME:p.raghavan]] method=totp
2025-02-14T09:14:02Z WARN profile.update user=[[USERNAME:p.raghavan]] field=phone old=*** new=[[PHONE_NUMBER:+91 98450 22173]]""",
    """INSERT INTO employees (emp_id, full_name, nationality, passport_no, visa_expiry, mobile, iban) VALUES
('[[ID_NUMBER:E1042]]', '[[PERSON:Anil Kumar Sharma]]', '[[NRP:Indian]]', '[[ID_NUMBER:Z5523871]]', '[[DATE_TIME:2026-08-31]]', '[[PHONE_NUMBER:+971 50 772 3308]]', '[[IBAN_CODE:AE59 0230 0001 0294 8817 362]]'),
('[[ID_NUMBER:E1043]]', '[[PERSON:Rosa Mae Villanueva]]', '[[NRP:Filipino]]', '[[ID_NUMBER:P4418207B]]', '[[DATE_TIME:2025-11-15]]', '[[PHONE_NUMBER:+971 56 190 4427]]', NULL);""",
    """<Remittance>
  <Sender>
    <Name>[[PERSON:Shafiqul Alam]]</Name>
    <IdType>QID</IdType>
    <IdNumber>[[ID_NUMBER:28405002614]]</IdNumber>
    <Mobile>[[PHONE_NUMBER:+97433018847]]</Mobile>
  </Sender>
  <Beneficiary>
    <Name>[[PERSON:Rokeya Begum]]</Name>
    <Account>[[ID_NUMBER:1502101887304001]]</Account>
    <Bank>Sonali Bank</Bank>
    <Branch>[[LOCATION:Sylhet]]</Branch>
    <Swift>BSONBDDH</Swift>
  </Beneficiary>
  <Amount currency="QAR">1500.00</Amount>
  <TxnRef>RMT-20250203-88412</TxnRef>
</Remittance>""",
    """# config/notifications.yaml
owner:
  name: [[PERSON:Tanvir Hasan]]
  email: [[EMAIL_ADDRESS:tanvir.hasan@brightledger.ca]]
  phone: "[[PHONE_NUMBER:+1 (587) 555-0131]]"
escalation:
  - name: [[PERSON:Kelsey Brandt]]
    email: [[EMAIL_ADDRESS:kbrandt@brightledger.ca]]
smtp:
  host: smtp.brightledger.ca
  user: alerts@brightledger.ca
  password: "S3nd!ngAlerts"
  port: 587""",
    """def test_create_applicant():
    applicant = Applicant(
        name="[[PERSON:Zainab Olatunji]]",
        dob="[[DATE_TIME:1998-04-12]]",
        passport="[[ID_NUMBER:A11847302]]",
        email="[[EMAIL_ADDRESS:zainab.olatunji98@gmail.com]]",
        phone="[[PHONE_NUMBER:+44 7700 900 715]]",
        visa_type="Graduate",
    )
    assert applicant.passport == "[[ID_NUMBER:A11847302]]"
    assert applicant.age_on(date(2025, 1, 1)) == 26""",
    """Ticket HR-20931 | Priority: High | Opened: 2025-03-04
Reporter: [[PERSON:Sana Iqbal]] ([[EMAIL_ADDRESS:sana.iqbal@northgate-care.co.uk]])
Subject: Right to work check for [[PERSON:Emmanuel Boateng]]
Body: Share code W4K 8PT R2Q provided. His BRP [[ID_NUMBER:ZR8810452]] expires on [[DATE_TIME:31/12/2025]]. DOB [[DATE_TIME:07/07/1994]]. Please verify before his first shift on [[DATE_TIME:10 March]].""",
    """PID|1||[[ID_NUMBER:MRN00418872]]^^^CMH^MR||[[PERSON:HADDAD]]^[[PERSON:SAMIRA]]^[[PERSON:N]]||[[DATE_TIME:19660312]]|F|||[[ADDRESS:4410 WARREN AVE]]^^[[LOCATION:DEARBORN]]^[[LOCATION:MI]]^[[ZIP_CODE:48126]]||[[PHONE_NUMBER:(313)555-0171]]|||||||[[US_SSN:371-62-4408]]""",
    """ADMIN_EMAIL=[[EMAIL_ADDRESS:faisal.almutawa@qtechlabs.qa]]
ADMIN_PHONE=[[PHONE_NUMBER:+974 6670 2214]]
DB_HOST=10.0.4.12
DB_USER=app_rw
DB_PASSWORD=Q@tar2030!
STRIPE_SECRET=sk_live_51Hx9QpL2eZvKYlo2C8wq0Zr
SUPPORT_INBOX=support@qtechlabs.qa
APP_VERSION=4.12.0.3""",
    """curl -X POST https://api.payroll-gulf.com/v2/employees -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.ZRrHA1JJJW8opsbCGfG_HACGpVUMN_a9IV7pAx_Zmeo" -d '{"name": "[[PERSON:Joel Fernandes]]", "labour_card": "[[ID_NUMBER:91827364]]", "emirates_id": "[[ID_NUMBER:784-1988-0553190-6]]", "iban": "[[IBAN_CODE:AE15 0470 0000 1882 9301 554]]", "joining_date": "[[DATE_TIME:2025-01-05]]"}'""",
    """[[IP_ADDRESS:192.168.1.14]] - - [14/Feb/2025:10:22:07 +0000] "GET /account/profile?user=[[USERNAME:mkhalifa]] HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (X11; Linux x86_64)" 0.031
[[IP_ADDRESS:94.200.18.77]] - [[USERNAME:mkhalifa]] [14/Feb/2025:10:22:41 +0000] "POST /account/update HTTP/1.1" 302 0 "email=[[EMAIL_ADDRESS:mariam.khalifa@eim.ae]]&phone=[[PHONE_NUMBER:0504471183]]" "Mozilla/5.0 (X11; Linux x86_64)" 0.044""",
    """const guest = {
  fullName: "[[PERSON:Rehana Chowdhury]]",
  room: 1412,
  checkIn: "[[DATE_TIME:2025-04-18]]",
  checkOut: "[[DATE_TIME:2025-04-21]]",
  passportNo: "[[ID_NUMBER:A04418913]]",
  nationality: "[[NRP:Bangladeshi]]",
  mobile: "[[PHONE_NUMBER:+880 1712-330418]]",
  card: { last4: "7351", brand: "VISA" },
  notes: "halal breakfast, late arrival",
};""",
    """mutation {
  updateProfile(input: {
    userId: "u_88213",
    displayName: "[[PERSON:Yousef Saleh]]",
    handle: "[[USERNAME:yousef.codes]]",
    website: "[[URL:https://yousefsaleh.dev]]",
    location: "[[LOCATION:Amman]], [[LOCATION:Jordan]]",
    birthday: "[[DATE_TIME:1996-10-02]]"
  }) { ok }
}""",
    """{"event":"kyc.document.uploaded","ts":"2025-01-19T14:03:11Z","applicant":{"name":"[[PERSON:Farhan Akhtar Malik]]","cnic":"[[ID_NUMBER:37405-7712045-9]]","dob":"[[DATE_TIME:1993-05-21]]","city":"[[LOCATION:Rawalpindi]]"},"device":{"ip":"[[IP_ADDRESS:39.48.211.6]]","imei":"356938035643809","model":"Infinix Hot 30"},"doc_type":"passport","doc_no":"[[ID_NUMBER:AK9918273]]"}""",
    """<employee id="[[ID_NUMBER:KW-30918]]">
  <name>[[PERSON:Thomas Kurian]]</name>
  <civilId>[[ID_NUMBER:281121806637]]</civilId>
  <dateOfBirth>[[DATE_TIME:1981-12-18]]</dateOfBirth>
  <address>[[ADDRESS:Block 2, Street 104, Building 9, Flat 12]], [[LOCATION:Fahaheel]]</address>
  <salaryAccount>[[IBAN_CODE:KW61 NBOK 0000 0000 0000 2019 4873 65]]</salaryAccount>
  <grade>T3</grade>
</employee>""",
    """[2025-03-02 18:44:10] payment.failed order=ORD-55820 customer=[[PERSON:Alejandro Ruiz]] email=[[EMAIL_ADDRESS:aruiz.mx@gmail.com]] card=[[CREDIT_CARD:5105774922036184]] reason=insufficient_funds ip=[[IP_ADDRESS:187.190.44.12]]
[2025-03-02 18:44:52] payment.retry order=ORD-55820 card=************6184 result=approved""",
    """Support ticket #77102
From: [[PERSON:Mehwish Anjum]] <[[EMAIL_ADDRESS:mehwish.anjum@hotmail.com]]>
Phone: [[PHONE_NUMBER:+1 403 555 0121]]
Account: [[ID_NUMBER:ACC-2209183]]
Message: Hi, I moved from [[ADDRESS:88 Saddlecrest Blvd NE]], [[LOCATION:Calgary]] to [[ADDRESS:4502 17 Ave SE, Unit 210]], [[LOCATION:Calgary]], [[LOCATION:AB]] [[ZIP_CODE:T2A 0T9]] on [[DATE_TIME:Feb 1]] and my bills still go to the old place. My date of birth is [[DATE_TIME:1990-07-30]] if you need to verify.""",
    """SELECT id, name, email, phone FROM applicants WHERE agency = 'SkyBridge Manpower';
-- results
-- 3021 | [[PERSON:Dil Bahadur Gurung]] | [[EMAIL_ADDRESS:dilbgurung@gmail.com]] | [[PHONE_NUMBER:+977 9841 226 087]]
-- 3022 | [[PERSON:Kabita Shrestha]]    | NULL                        | [[PHONE_NUMBER:+977 9803 114 552]]
-- 3023 | [[PERSON:Min Prasad Rai]]     | [[EMAIL_ADDRESS:minrai.ktm@yahoo.com]]     | [[PHONE_NUMBER:+977 9851 077 431]]""",
    """user:
  id: 55120
  username: [[USERNAME:layla_m]]
  profile:
    full_name: [[PERSON:Layla Mahfouz]]
    date_of_birth: [[DATE_TIME:1988-01-25]]
    national_id: [[ID_NUMBER:28801250201982]]
    mobile: "[[PHONE_NUMBER:+20 100 417 2286]]"
    address: [[ADDRESS:7 Shagaret El Dor St]], [[LOCATION:Zamalek]], [[LOCATION:Cairo]]
  preferences:
    language: ar
    newsletter: false""",
    """class Beneficiary:
    # sample data from the remittance sandbox, do not ship
    DEFAULT = {
        "name": "[[PERSON:Lalitha Ramaswamy]]",
        "bank_account": "[[ID_NUMBER:001101548827]]",
        "ifsc": "ICIC0000011",
        "aadhaar": "[[ID_NUMBER:7382 1904 6657]]",
        "pan": "[[ID_NUMBER:AKRPR4471K]]",
        "mobile": "[[PHONE_NUMBER:+91 94440 18273]]",
        "city": "[[LOCATION:Chennai]]",
    }""",
    """{"level":"error","msg":"sanctions screening hit","name":"[[PERSON:Mohammed Al-Hashimi]]","dob":"[[DATE_TIME:1975-02-09]]","nationality":"[[NRP:Iraqi]]","passport":"[[ID_NUMBER:A8841027]]","score":0.87,"list":"internal_watch","txn":"TX-44128-Q","amount":"USD 9,800","beneficiary_iban":"[[IBAN_CODE:TR33 0006 1005 1978 6457 8413 26]]"}""",
    """Ticket: IT-4412   Category: Access
Requester: [[PERSON:Omar Abdelrahman]] (staff no. [[ID_NUMBER:00418]])
Workstation: DXB-LT-0917, MAC 3C:22:FB:8A:11:E4, IP [[IP_ADDRESS:10.20.31.44]]
Issue: Can't log in after password reset. Username [[USERNAME:oabdelrahman]]. Personal mobile for callback [[PHONE_NUMBER:+971 52 118 0463]].
Resolution: account unlocked by [[PERSON:Arvind]] at 10:42.""",
    """Form 1 - Visitor registration
Full name: [[PERSON:Mohammed Rafi Sheikh]]
Company: Emaar Hospitality Group
Host: [[PERSON:Ms. Deepa Nambiar]]
Visit date: [[DATE_TIME:Sun 16 Feb 2025]]
Time in: 09:05   Time out: 11:40
ID shown: Emirates ID [[ID_NUMBER:784-1993-4471268-4]]
Vehicle plate: [[ID_NUMBER:Dubai P 77120]]""",
    """<?xml version="1.0"?>
<Document>
  <CstmrCdtTrfInitn>
    <PmtInf>
      <Dbtr><Nm>[[PERSON:Kashif Mahmood]]</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>[[IBAN_CODE:GB22NWBK56002920984451]]</IBAN></Id></DbtrAcct>
      <CdtTrfTxInf>
        <Cdtr><Nm>[[PERSON:Nasreen Mahmood]]</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>[[IBAN_CODE:PK20MUCB0012440018827301]]</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>family support Feb</Ustrd></RmtInf>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>""",
    """{"patient": {"name": "[[PERSON:Parveen Akhtar]]", "nhs_number": "[[ID_NUMBER:7229043816]]", "dob": "[[DATE_TIME:1955-09-01]]", "gp": "[[PERSON:Dr S. Okoye]]", "postcode": "[[ZIP_CODE:BD3 9LT]]", "phone": "[[PHONE_NUMBER:01274 662 081]]", "interpreter": "Urdu"}}""",
    """Jira PAY-812: Refund not received
Reporter: [[PERSON:Ricardo Almeida]]
Description: Customer [[PERSON:Hafiz Usman Tariq]] ([[EMAIL_ADDRESS:hafiz.usman.t@gmail.com]], [[PHONE_NUMBER:+966 50 221 8804]]) paid for a Umrah package with card [[CREDIT_CARD:5588 0134 7729 1159]] on [[DATE_TIME:2025-01-08]] and cancelled on [[DATE_TIME:2025-01-12]]. Refund of SAR 6,200 still pending. Booking ref UMR-7712-KSA.""",
    """// seed.js - demo data
db.users.insertMany([
  { _id: 1, name: "[[PERSON:Noor Al-Huda Saeed]]", email: "[[EMAIL_ADDRESS:noor.saeed@kfupm.edu.sa]]", iqama: null, national_id: "[[ID_NUMBER:1088436173]]", city: "[[LOCATION:Dhahran]]" },
  { _id: 2, name: "[[PERSON:Arjun Pillai]]", email: "[[EMAIL_ADDRESS:arjun.p@aramcoservices.com]]", iqama: "[[ID_NUMBER:2320198472]]", national_id: null, city: "[[LOCATION:Al Khobar]]" }
]);""",
    """[audit] 2025-02-27 07:58:14 user=[[USERNAME:bmurray]] action=VIEW record=patient/[[ID_NUMBER:MRN-301882]] patient_name="[[PERSON:Wahid Rahimi]]" reason="clinical"
[audit] 2025-02-27 08:03:40 user=[[USERNAME:bmurray]] action=EXPORT record=patient/[[ID_NUMBER:MRN-301882]] dest=[[EMAIL_ADDRESS:bmurray.home@gmail.com]] reason=""
[audit] 2025-02-27 08:03:41 policy=DLP-7 result=BLOCKED""",
    """From: [[PERSON:Khalid Bin Hamad]] <[[EMAIL_ADDRESS:khalid.binhamad@gmail.com]]>
To: visa-services@embassy-example.org
Date: Mon, 10 Mar 2025 08:14:22 +0300
Subject: Appointment change - [[PERSON:Khalid Bin Hamad]], passport [[ID_NUMBER:N0418827]]
X-Originating-IP: [[[IP_ADDRESS:37.210.44.91]]]

Dear Sir/Madam, I would like to move my biometrics appointment from [[DATE_TIME:12 March]] to any day in the week of [[DATE_TIME:24 March]]. My mobile is [[PHONE_NUMBER:+973 3399 4127]].""",
    """{
  "applicant_id": "[[ID_NUMBER:APP-2025-44102]]",
  "full_name": "[[PERSON:Rukhsar Banu Shaikh]]",
  "aadhaar": "[[ID_NUMBER:5019 8823 4172]]",
  "passport": "[[ID_NUMBER:W4412038]]",
  "destination": "[[LOCATION:Kuwait]]",
  "job": "nurse",
  "agency_fee_paid_inr": 0,
  "emigration_check_required": true,
  "emergency_contact": {"name": "[[PERSON:Imtiyaz Shaikh]]", "phone": "[[PHONE_NUMBER:+91 98200 44718]]"}
}""",
    """import requests
# TODO remove hard-coded test user before release
payload = {
    "email": "[[EMAIL_ADDRESS:usman.ghani.dev@gmail.com]]",
    "password": "hunter2!Lhr",
    "first_name": "[[PERSON:Usman]]",
    "last_name": "[[PERSON:Ghani]]",
    "ssn": "[[US_SSN:523-90-1147]]",
    "zip": "[[ZIP_CODE:77036]]",
}
requests.post("https://staging.example-bank.com/signup", json=payload, timeout=10)""",
    """Form W-4 (extract)
Step 1: (a) First name and middle initial: [[PERSON:Nadia R.]]   Last name: [[PERSON:Haddad]]
Address: [[ADDRESS:1190 Harbor Blvd, Apt 14]]
City or town, state, ZIP: [[LOCATION:Anaheim]], [[LOCATION:CA]] [[ZIP_CODE:92804]]
(b) Social security number: [[US_SSN:614-08-3392]]
(c) Filing status: Married filing jointly
Employee's signature: [[PERSON:Nadia Haddad]]   Date: [[DATE_TIME:01/06/2025]]""",
    """{"ts":"2025-03-11T16:20:05+04:00","svc":"wallet","event":"p2p.transfer","from":{"name":"[[PERSON:Anoop Thomas]]","msisdn":"[[PHONE_NUMBER:971558812044]]"},"to":{"name":"[[PERSON:Reji Thomas]]","msisdn":"[[PHONE_NUMBER:919847112230]]"},"amount":750,"currency":"AED","corridor":"AE-IN","fx":22.71,"status":"settled"}""",
    """Form EX-1: Exit / re-entry permit request
Employee name: [[PERSON:Saravanan Muthusamy]]
Iqama No.: [[ID_NUMBER:2561305927]]
Passport No.: [[ID_NUMBER:T8823104]]
Travel dates: [[DATE_TIME:02/06/2025]] - [[DATE_TIME:30/06/2025]]
Destination: [[LOCATION:Tiruchirappalli]], [[LOCATION:India]]
Contact while away: [[PHONE_NUMBER:+91 99430 11827]]
Approved by: [[PERSON:Faisal Al-Otaibi]], HR""",
    """<?php
// legacy import script
$rows = [
  ['name' => '[[PERSON:Bushra Anjum]]', 'email' => '[[EMAIL_ADDRESS:bushra.anjum@live.co.uk]]', 'dob' => '[[DATE_TIME:1984-12-01]]', 'postcode' => '[[ZIP_CODE:OL8 1HX]]', 'ni' => '[[ID_NUMBER:NB 33 10 82 A]]'],
  ['name' => '[[PERSON:Craig Whitworth]]', 'email' => '[[EMAIL_ADDRESS:c.whitworth@talktalk.net]]', 'dob' => '[[DATE_TIME:1979-03-22]]', 'postcode' => '[[ZIP_CODE:OL9 6DW]]', 'ni' => '[[ID_NUMBER:JH 92 44 07 C]]'],
];""",
    """Customer record (Roman Urdu form)
Naam: [[PERSON:Kashif Nawaz]]
Walid ka naam: [[PERSON:Muhammad Nawaz]]
Shanakhti card: [[ID_NUMBER:42201-3318842-7]]
Pata: [[ADDRESS:House R-214, Block 15]], [[LOCATION:Gulistan-e-Johar]], [[LOCATION:Karachi]]
Mobile: [[PHONE_NUMBER:0312 2284419]]
Bank account: [[IBAN_CODE:PK88 ASCM 0000 3411 2008 7719]]
Tareekh: [[DATE_TIME:5 March 2025]]
Raqam: 85,000 ([[LOCATION:Riyadh]] se bheji gayi)""",
    """2025-03-07 11:02:44,118 DEBUG [onboarding] candidate={'name': '[[PERSON:Eyerusalem Tadesse]]', 'passport': '[[ID_NUMBER:EP4418207]]', 'dob': '[[DATE_TIME:1997-02-11]]', 'agency': 'Addis Overseas Employment', 'destination': '[[LOCATION:Riyadh]]', 'sponsor_phone': '[[PHONE_NUMBER:+966 54 882 1930]]'}
2025-03-07 11:02:44,120 INFO [onboarding] visa request queued id=VR-118203""",
    """raw_message: "Salam, ana [[PERSON:Fahad Al-Rashidi]], raqami [[PHONE_NUMBER:0501 882 304]], abi agayyer 3enwani ila [[ADDRESS:3318 Tariq Bin Ziyad, Additional No. 6621]], [[LOCATION:Al Malaz]], [[LOCATION:Riyadh]] [[ZIP_CODE:12831]]. Raqam el hawiya [[ID_NUMBER:1115029389]]."
intent: change_address
confidence: 0.91
channel: whatsapp""",
    """[ERROR] 2025-02-02T22:19:55Z notify-service: failed to send SMS to [[PHONE_NUMBER:+447700900618]] for user_id=44102 ([[PERSON:Gurleen Kaur]]): carrier rejected
[ERROR] 2025-02-02T22:19:56Z notify-service: fallback email to [[EMAIL_ADDRESS:gurleen.kaur@btinternet.com]] bounced (mailbox full)
[INFO ] 2025-02-02T22:20:00Z notify-service: retry scheduled in 900s""",
    """ship_to:
  name: [[PERSON:Aziz Rahimi]]
  line1: "[[ADDRESS:6021 Leesburg Pike, Apt 408]]"
  city: [[LOCATION:Falls Church]]
  state: [[LOCATION:VA]]
  zip: "[[ZIP_CODE:22041]]"
  phone: "[[PHONE_NUMBER:703-555-0194]]"
bill_to: same
items:
  - sku: PR-RUG-0441
    qty: 1
payment:
  method: card
  number: "[[CREDIT_CARD:2221 0043 7719 5608]]"
  exp: "07/27"
  cvc: 310
notes: leave with the building concierge""",
]

TABLE = [
    """#,full_name,passport_no,nationality,trade,destination,deployment_date,mobile
1,[[PERSON:Ram Bahadur Magar]],[[ID_NUMBER:PA2217048]],[[NRP:Nepali]],Mason,[[LOCATION:Qatar]],[[DATE_TIME:2025-02-14]],[[PHONE_NUMBER:+977 9846 012 337]]
2,[[PERSON:Sita Kumari Tamang]],[[ID_NUMBER:PA1904417]],[[NRP:Nepali]],Housekeeper,[[LOCATION:Kuwait]],[[DATE_TIME:2025-02-20]],[[PHONE_NUMBER:+977 9808 441 290]]
3,[[PERSON:Md. Jahangir Alam]],[[ID_NUMBER:EG0187734]],[[NRP:Bangladeshi]],Steel fixer,[[LOCATION:Saudi Arabia]],[[DATE_TIME:2025-03-01]],[[PHONE_NUMBER:+880 1913 208 441]]
4,[[PERSON:Arjun Lama]],[[ID_NUMBER:PA2284093]],[[NRP:Nepali]],Driver (LTV),[[LOCATION:UAE]],pending,[[PHONE_NUMBER:+977 9861 330 582]]""",
    """| Date | Sender | Receiver | Corridor | Amount | Channel | Ref |
|------|--------|----------|----------|--------|---------|-----|
| [[DATE_TIME:02 Jan 2025]] | [[PERSON:Tahir Mahmood]] | [[PERSON:Nusrat Bibi]] | UK-PK | GBP 300 | bank | TXN88210 |
| [[DATE_TIME:05 Jan 2025]] | [[PERSON:Gloria Mendoza]] | [[PERSON:Ana Lucia Mendoza]] | US-SV | USD 150 | cash pickup | TXN88244 |
| [[DATE_TIME:09 Jan 2025]] | [[PERSON:Ravi Chandran]] | [[PERSON:Padmini Chandran]] | AE-IN | AED 2,000 | UPI | TXN88301 |
| [[DATE_TIME:11 Jan 2025]] | [[PERSON:Aliyu Musa]] | [[PERSON:Hauwa Musa]] | CA-NG | CAD 400 | mobile wallet | TXN88319 |""",
    """Employee Name\tLabour Card\tIBAN\tBasic\tDays\tRemarks
[[PERSON:SHAIKH ABDUL WAHAB]]\t[[ID_NUMBER:88204413]]\t[[IBAN_CODE:AE49 0330 0007 7182 0459 102]]\t2,400\t31\t
[[PERSON:JOHNSON ADEBAYO]]\t[[ID_NUMBER:88219072]]\t[[IBAN_CODE:AE50 0300 0119 0447 7281 002]]\t1,850\t28\tunpaid leave 3d
[[PERSON:MOHAMMED SHAFI K.]]\t[[ID_NUMBER:88230185]]\t[[IBAN_CODE:AE63 0260 0005 5401 9283 716]]\t1,600\t31\t
[[PERSON:ROSE ANN BAUTISTA]]\t[[ID_NUMBER:88241190]]\t[[IBAN_CODE:AE46 0350 0002 2918 4730 051]]\t2,100\t31\tnew joiner""",
    """Clinic: Diabetes & Endocrine   Room 4   Monday list
Time   Patient                 DOB         NHS No        Clinician
09:00  [[PERSON:Begum, Rahima]]          [[DATE_TIME:04/05/1957]]  [[ID_NUMBER:601 447 3823]]  [[PERSON:Dr Ahmed]]
09:20  [[PERSON:Kowalski, Jan]]          [[DATE_TIME:18/11/1962]]  [[ID_NUMBER:710 338 2646]]  [[PERSON:Dr Ahmed]]
09:40  [[PERSON:Mistry, Harshad]]        [[DATE_TIME:29/02/1948]]  [[ID_NUMBER:512 904 6374]]  [[PERSON:Nurse Patel]]
10:00  [[PERSON:Okonkwo, Grace]]         [[DATE_TIME:07/07/1971]]  [[ID_NUMBER:903 188 4766]]  [[PERSON:Nurse Patel]]""",
    """{"name": "[[PERSON:Karthik Subramaniam]]", "visa": "H-1B", "status": "RFE received", "a_number": "[[ID_NUMBER:A213-448-091]]", "priority_date": "[[DATE_TIME:2019-07-11]]", "country_of_birth": "[[LOCATION:India]]"}
{"name": "[[PERSON:Mahsa Jafari]]", "visa": "O-1", "status": "approved", "a_number": null, "priority_date": null, "country_of_birth": "[[LOCATION:Iran]]"}
{"name": "[[PERSON:Chen Wei]]", "visa": "EB-2", "status": "pending", "a_number": "[[ID_NUMBER:A204-771-358]]", "priority_date": "[[DATE_TIME:2020-03-02]]", "country_of_birth": "[[LOCATION:China]]"}""",
    """tenants:
  - unit: "1A"
    name: [[PERSON:Farid Nouri]]
    phone: "[[PHONE_NUMBER:(718) 555-0140]]"
    lease_start: [[DATE_TIME:2023-09-01]]
    rent: 1850
  - unit: "2C"
    name: [[PERSON:Esperanza Díaz]]
    phone: "[[PHONE_NUMBER:(718) 555-0172]]"
    lease_start: [[DATE_TIME:2024-02-15]]
    rent: 2100
  - unit: "3B"
    name: [[PERSON:Yonatan Levi]]
    phone: null
    lease_start: [[DATE_TIME:2022-06-01]]
    rent: 1975
building: [[ADDRESS:41-17 Broadway]], [[LOCATION:Astoria]]""",
    """EMPLOYEE: [[PERSON:Suresh Babu Nair]]
Emirates ID: [[ID_NUMBER:784-1990-8814423-5]]
Passport: [[ID_NUMBER:R3318094]]
Visa expiry: [[DATE_TIME:14 Aug 2026]]
Department: Maintenance

EMPLOYEE: [[PERSON:Hanan Yousef]]
Emirates ID: [[ID_NUMBER:784-1997-1137402-7]]
Passport: [[ID_NUMBER:N01882094]]
Visa expiry: [[DATE_TIME:02 Mar 2026]]
Department: Front office""",
    """student,year,guardian,relationship,guardian_phone,allergies
[[PERSON:Zayn Hussain]],5,[[PERSON:Nabila Hussain]],mother,[[PHONE_NUMBER:07412 883 019]],peanuts
[[PERSON:Amelia Clarke]],5,[[PERSON:Rob Clarke]],father,[[PHONE_NUMBER:07700 900 226]],none
[[PERSON:Inaaya Begum]],5,[[PERSON:Kulsum Begum]],grandmother,[[PHONE_NUMBER:020 8552 4107]],none
[[PERSON:Darius Mohammadi]],5,[[PERSON:Shirin Mohammadi]],mother,[[PHONE_NUMBER:07958 211 640]],lactose""",
    """| Member | Member No. | Joined | Plan | Email |
|---|---|---|---|---|
| [[PERSON:Tariq Anwar]] | [[ID_NUMBER:FF-20331]] | [[DATE_TIME:3 Jan 2024]] | Off-peak | [[EMAIL_ADDRESS:tariq.anwar@gmail.com]] |
| [[PERSON:Chloe Nguyen]] | [[ID_NUMBER:FF-20347]] | [[DATE_TIME:9 Jan 2024]] | Anytime | [[EMAIL_ADDRESS:chloe.ng@icloud.com]] |
| [[PERSON:Sukhwinder Bains]] | [[ID_NUMBER:FF-20402]] | [[DATE_TIME:22 Feb 2024]] | Student | [[EMAIL_ADDRESS:s.bains@student.bham.ac.uk]] |""",
    """SEAT,NAME,DOC NO,NAT,DOB,SSR
14A,[[PERSON:ALHASHIMI/OMAR]] [[TITLE:MR]],[[ID_NUMBER:A11204887]],[[NRP:IRQ]],[[DATE_TIME:12MAR81]],
14B,[[PERSON:ALHASHIMI/RANA]] [[TITLE:MRS]],[[ID_NUMBER:A11204888]],[[NRP:IRQ]],[[DATE_TIME:30SEP84]],
14C,[[PERSON:ALHASHIMI/ZAID]] [[TITLE:MSTR]],[[ID_NUMBER:A22918004]],[[NRP:IRQ]],[[DATE_TIME:05JUN15]],CHLD
22F,[[PERSON:PEREIRA/JOAO]] [[TITLE:MR]],[[ID_NUMBER:CB448102]],[[NRP:PRT]],[[DATE_TIME:17JAN77]],WCHR""",
    """Name\tCivil ID\tSponsor\tSponsor mobile\tArea
[[PERSON:Mary Grace Salazar]]\t[[ID_NUMBER:286041205279]]\t[[PERSON:Fahad Al-Ajmi]]\t[[PHONE_NUMBER:9904 1127]]\t[[LOCATION:Mishref]]
[[PERSON:Kamala Devi]]\t[[ID_NUMBER:299022811479]]\t[[PERSON:Dalal Al-Rasheed]]\t[[PHONE_NUMBER:6655 0912]]\t[[LOCATION:Rumaithiya]]
[[PERSON:Ruth Nakato]]\t[[ID_NUMBER:279073006148]]\t[[PERSON:Yousef Behbehani]]\t[[PHONE_NUMBER:5011 8834]]\t[[LOCATION:Bayan]]""",
    """| name | UCI | permit_expiry | employer | city | SIN |
| --- | --- | --- | --- | --- | --- |
| [[PERSON:Navjot Kaur]] | [[ID_NUMBER:1103-7718]] | [[DATE_TIME:2026-01-31]] | Fresh Farms Ltd | [[LOCATION:Abbotsford]] | [[ID_NUMBER:933 728 057]] |
| [[PERSON:Luis Hernández]] | [[ID_NUMBER:1107-2290]] | [[DATE_TIME:2025-10-15]] | Okanagan Orchards | [[LOCATION:Kelowna]] | [[ID_NUMBER:944 017 284]] |
| [[PERSON:Jomo Mwangi]] | [[ID_NUMBER:1109-4036]] | [[DATE_TIME:2025-08-08]] | Prairie Poultry | [[LOCATION:Steinbach]] | pending |""",
    """EMPLOYEE              SSN          ST  ZIP    RATE
[[PERSON:Aboudi, Hussein]]       [[US_SSN:381-27-6640]]  [[LOCATION:MI]]  [[ZIP_CODE:48126]]  21.50
[[PERSON:Rahman, Farzana]]       [[US_SSN:078-41-2290]]  [[LOCATION:NY]]  [[ZIP_CODE:11372]]  24.00
[[PERSON:Okafor, Chidi]]         [[US_SSN:455-90-1187]]  [[LOCATION:TX]]  [[ZIP_CODE:77036]]  19.75
[[PERSON:Bashir, Leila]]         [[US_SSN:590-14-3385]]  [[LOCATION:VA]]  [[ZIP_CODE:22041]]  23.10""",
    """{"order_id": "ORD-90412", "customer": "[[PERSON:Samina Yusuf]]", "email": "[[EMAIL_ADDRESS:samina.yusuf@hotmail.co.uk]]", "ship_to": "[[ADDRESS:22 Stratford Road]]", "postcode": "[[ZIP_CODE:B11 1RA]]", "card_last4": "4060", "total": 64.99}
{"order_id": "ORD-90413", "customer": "[[PERSON:Declan Murphy]]", "email": "[[EMAIL_ADDRESS:dec.murphy@gmail.com]]", "ship_to": "[[ADDRESS:8 Priory Road]]", "postcode": "[[ZIP_CODE:BT10 0AA]]", "card_last4": "9479", "total": 12.50}
{"order_id": "ORD-90414", "customer": "[[PERSON:Hamid Sultani]]", "email": "[[EMAIL_ADDRESS:hsultani@outlook.com]]", "ship_to": "[[ADDRESS:Flat 9, 140 Leytonstone Road]]", "postcode": "[[ZIP_CODE:E15 1SL]]", "card_last4": "8271", "total": 230.00}""",
    """emergency_contacts:
  [[PERSON:Priya Nair]]:
    relation: spouse
    mobile: "[[PHONE_NUMBER:+974 3311 8820]]"
  [[PERSON:Gopal Nair]]:
    relation: father
    mobile: "[[PHONE_NUMBER:+91 94470 22816]]"
    address: "[[ADDRESS:TC 15/1182, Vazhuthacaud]], [[LOCATION:Thiruvananthapuram]] [[ZIP_CODE:695014]]"
employee_ref: "QA-ENG-0441"
""",
    """nickname,beneficiary_name,iban,bank,country,relationship
Ammi,[[PERSON:Zubaida Khatoon]],[[IBAN_CODE:PK51 BAHL 0042 0098 1173 0401]],Bank Al Habib,[[LOCATION:Pakistan]],mother
Landlord,[[PERSON:Ahmed Bin Saeed]],[[IBAN_CODE:AE36 0090 0000 3147 5589 001]],Commercial Bank of Dubai,[[LOCATION:UAE]],other
Bro,[[PERSON:Imran Ali]],[[IBAN_CODE:GB35 SRLG 6092 4270 0135 68]],Starling,[[LOCATION:United Kingdom]],brother
Uni fees,University of Leeds,[[IBAN_CODE:GB42 HLFX 1104 7731 8820 45]],Halifax,[[LOCATION:United Kingdom]],business""",
    """| Title | First | Last | Organisation | Email | Country |
|:--|:--|:--|:--|:--|:--|
| [[TITLE:Dr]] | [[PERSON:Rasha]] | [[PERSON:Al-Amin]] | Qatar University | [[EMAIL_ADDRESS:r.alamin@qu.edu.qa]] | [[LOCATION:Qatar]] |
| [[TITLE:Prof]] | [[PERSON:Imtiaz]] | [[PERSON:Gul]] | LUMS | [[EMAIL_ADDRESS:imtiaz.gul@lums.edu.pk]] | [[LOCATION:Pakistan]] |
| [[TITLE:Ms]] | [[PERSON:Hannah]] | [[PERSON:Becker]] | ILO | [[EMAIL_ADDRESS:becker.h@ilo-example.org]] | [[LOCATION:Switzerland]] |
| [[TITLE:Mr]] | [[PERSON:Sunil]] | [[PERSON:Perera]] | SLBFE | [[EMAIL_ADDRESS:sunil.perera@slbfe-example.lk]] | [[LOCATION:Sri Lanka]] |""",
    """Inspection date: [[DATE_TIME:18/02/2025]]
Property: [[ADDRESS:Flat 4, 33 Cheetham Hill Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M8 8LS]]
Tenant: [[PERSON:Abdul Basit Khan]]
Tenant phone: [[PHONE_NUMBER:07533 104 287]]
Inspector: [[PERSON:Joanne Platt]]
Smoke alarms: OK
Damp in bathroom: yes, photos 1-6
Next inspection: August""",
    """RxNo\tPatient\tDOB\tDrug\tQty\tPrescriber
R-71822\t[[PERSON:Siddiqui, Anwar]]\t[[DATE_TIME:1950-01-15]]\tAtorvastatin 20mg\t28\t[[PERSON:Dr L. Moran]]
R-71823\t[[PERSON:Begum, Sufia]]\t[[DATE_TIME:1944-08-30]]\tAmlodipine 5mg\t28\t[[PERSON:Dr L. Moran]]
R-71824\t[[PERSON:Adeyemi, Tolu]]\t[[DATE_TIME:1988-12-03]]\tSertraline 50mg\t30\t[[PERSON:Dr K. Singh]]""",
    """MSISDN,Subscriber,ID_Type,ID_Number,Nationality,Activated
[[PHONE_NUMBER:+966 55 804 1127]],[[PERSON:Abdulrahman Al-Zahrani]],National ID,[[ID_NUMBER:1093477253]],[[NRP:Saudi]],[[DATE_TIME:2024-12-01]]
[[PHONE_NUMBER:+966 50 331 8804]],[[PERSON:Ashok Kumar Yadav]],Iqama,[[ID_NUMBER:2194407835]],[[NRP:Indian]],[[DATE_TIME:2024-12-03]]
[[PHONE_NUMBER:+966 54 120 9937]],[[PERSON:Joy Ann Reyes]],Iqama,[[ID_NUMBER:2288150465]],[[NRP:Filipino]],[[DATE_TIME:2024-12-03]]""",
    """COURT 3 - LIST FOR [[DATE_TIME:TUESDAY 18 MARCH 2025]]
TIME   CASE NO        CLAIMANT                 RESPONDENT                 JUDGE
10:00  2503118/2024   [[PERSON:Patel, Hemant]]           Swift Logistics Ltd        [[PERSON:Harris]]
11:30  2500947/2025   [[PERSON:Ogunleye, Bisi]]          Greenview Care Homes       [[PERSON:Harris]]
14:00  2504410/2024   [[PERSON:Al-Jabouri, Mustafa]]     [[PERSON:Thompson, Gareth]]         [[PERSON:Harris]]""",
    """{"user": "[[USERNAME:n.qureshi]]", "last_login": "[[DATE_TIME:2025-03-10 07:44]]", "ip": "[[IP_ADDRESS:2.50.16.204]]", "country": "[[LOCATION:AE]]", "device": "iPhone 14"}
{"user": "[[USERNAME:kavya.r]]", "last_login": "[[DATE_TIME:2025-03-10 08:02]]", "ip": "[[IP_ADDRESS:49.207.233.18]]", "country": "[[LOCATION:IN]]", "device": "Pixel 7"}
{"user": "[[USERNAME:t.oconnor]]", "last_login": "[[DATE_TIME:2025-03-09 22:51]]", "ip": "[[IP_ADDRESS:2a00:23c7:8e14:1a01::4f]]", "country": "[[LOCATION:GB]]", "device": "Windows 11"}""",
    """naam,walid ka naam,CNIC,shehar,mobile,committee ki raqam
[[PERSON:Shagufta Parveen]],[[PERSON:Allah Ditta]],[[ID_NUMBER:33100-4418273-4]],[[LOCATION:Faisalabad]],[[PHONE_NUMBER:0301-6620418]],10000
[[PERSON:Rehmat Ali]],[[PERSON:Barkat Ali]],[[ID_NUMBER:33100-2290184-7]],[[LOCATION:Faisalabad]],[[PHONE_NUMBER:0345-7719302]],10000
[[PERSON:Nasreen Akhtar]],[[PERSON:Ghulam Nabi]],[[ID_NUMBER:35201-7718203-2]],[[LOCATION:Lahore]],[[PHONE_NUMBER:0322-4410987]],5000
[[PERSON:Zahid Hussain]],[[PERSON:Manzoor Hussain]],[[ID_NUMBER:36302-1184720-9]],[[LOCATION:Multan]],[[PHONE_NUMBER:0300-6338140]],5000""",
    """| el esm | raqam el eqama | el jinsiya | el mehna | tareekh el dokhool |
|---|---|---|---|---|
| [[PERSON:Sabir Hussain]] | [[ID_NUMBER:2418873028]] | [[NRP:Bakistani]] | sawwa2 | [[DATE_TIME:12/05/2019]] |
| [[PERSON:Rajan Pillai]] | [[ID_NUMBER:2366045199]] | [[NRP:Hindi]] | ne77aas | [[DATE_TIME:03/11/2021]] |
| [[PERSON:Abdo Saleh Qaid]] | [[ID_NUMBER:2491703381]] | [[NRP:Yamani]] | 3amel | [[DATE_TIME:28/01/2023]] |""",
    """el esm: [[PERSON:Amr Hosny Abdel Salam]]
el ra2am el qawmy: [[ID_NUMBER:28706122101837]]
tareekh el milad: [[DATE_TIME:12/6/1987]]
el 3enwan: [[ADDRESS:5 share3 Mourad]], [[LOCATION:El Giza]]
el mobile: [[PHONE_NUMBER:0111 420 8873]]

el esm: [[PERSON:Dina Samir Youssef]]
el ra2am el qawmy: [[ID_NUMBER:29209140102284]]
tareekh el milad: [[DATE_TIME:14/9/1992]]
el 3enwan: [[ADDRESS:18 share3 El Thawra]], [[LOCATION:Masr El Gedida]], [[LOCATION:El Qahera]]
el mobile: [[PHONE_NUMBER:0100 552 9017]]""",
    """applicant,country,date_of_birth,passport,email,programme
[[PERSON:Haya Al-Khatib]],[[LOCATION:Jordan]],[[DATE_TIME:2002-05-09]],[[ID_NUMBER:R882104]],[[EMAIL_ADDRESS:haya.khatib02@gmail.com]],BEng Civil
[[PERSON:Muhammad Hamza Butt]],[[LOCATION:Pakistan]],[[DATE_TIME:2001-11-23]],[[ID_NUMBER:BP1847720]],[[EMAIL_ADDRESS:hamzabutt.01@outlook.com]],BSc Computing
[[PERSON:Aditi Sharma]],[[LOCATION:India]],[[DATE_TIME:2003-02-17]],[[ID_NUMBER:V4418827]],[[EMAIL_ADDRESS:aditi.sharma.2003@gmail.com]],BA Economics
[[PERSON:Omar Bakri]],[[LOCATION:Lebanon]],[[DATE_TIME:2002-08-30]],[[ID_NUMBER:LR1180372]],[[EMAIL_ADDRESS:omarbakri.lb@hotmail.com]],BEng Mechanical""",
    """| Plate | Owner | VIN | Make/Model | Emirate |
|-------|-------|-----|------------|---------|
| [[ID_NUMBER:Dubai AA 4471]] | [[PERSON:Rashid Al Falasi]] | 5YJ3E1EA7KF317702 | Tesla Model 3 | [[LOCATION:Dubai]] |
| [[ID_NUMBER:Sharjah 3 88120]] | [[PERSON:Biju Abraham]] | JN1TANT31U0012245 | Nissan Sunny | [[LOCATION:Sharjah]] |
| [[ID_NUMBER:Abu Dhabi 12 50417]] | [[PERSON:Marwa Elsayed]] | JTDBR32E830041182 | Toyota Corolla | [[LOCATION:Abu Dhabi]] |""",
    """patient_id\tname\tphone\tinsurer_member_id\tlast_visit
[[ID_NUMBER:P-30091]]\t[[PERSON:Ghazala Rauf]]\t[[PHONE_NUMBER:(647) 555-0103]]\t[[ID_NUMBER:SL-448120-01]]\t[[DATE_TIME:2024-11-04]]
[[ID_NUMBER:P-30092]]\t[[PERSON:Matteo Rossi]]\t[[PHONE_NUMBER:(647) 555-0189]]\t[[ID_NUMBER:MB-220918-03]]\t[[DATE_TIME:2025-01-27]]
[[ID_NUMBER:P-30093]]\t[[PERSON:Bahar Karimi]]\t[[PHONE_NUMBER:(416) 555-0116]]\t\t[[DATE_TIME:2025-02-12]]""",
    """staff:
  - name: [[PERSON:Hisham Darwish]]
    role: Site Manager
    ext: 2214
    mobile: "[[PHONE_NUMBER:+973 3654 1120]]"
    email: [[EMAIL_ADDRESS:h.darwish@gulfbuild.bh]]
  - name: [[PERSON:Anitha Joseph]]
    role: Document Controller
    ext: 2230
    mobile: "[[PHONE_NUMBER:+973 3399 0471]]"
    email: [[EMAIL_ADDRESS:anitha.joseph@gulfbuild.bh]]
reception: "+973 1729 0000"
""",
    """Employee                 SIN           Prov  Postal
[[PERSON:Gill, Amandeep]]           [[ID_NUMBER:549 081 230]]   [[LOCATION:ON]]    [[ZIP_CODE:L6R 2K7]]
[[PERSON:Tremblay, Sophie]]         [[ID_NUMBER:289 114 068]]   [[LOCATION:QC]]    [[ZIP_CODE:J4K 3B2]]
[[PERSON:Mansour, Khaled]]          [[ID_NUMBER:602 819 377]]   [[LOCATION:AB]]    [[ZIP_CODE:T3J 4L8]]""",
    """{"donor": "[[TITLE:Haji]] [[PERSON:Abdul Majeed]]", "email": "[[EMAIL_ADDRESS:a.majeed1955@gmail.com]]", "amount_gbp": 250, "gift_aid": true, "postcode": "[[ZIP_CODE:BB1 6HT]]"}
{"donor": "[[PERSON:Rubina Akhtar]]", "email": null, "amount_gbp": 40, "gift_aid": false, "postcode": "[[ZIP_CODE:BB2 3EP]]"}
{"donor": "anonymous", "email": null, "amount_gbp": 1000, "gift_aid": false, "postcode": null}""",
    """| Applicant | Passport | Appointment | Centre | GWF |
|---|---|---|---|---|
| [[PERSON:Faiza Rehman]] | [[ID_NUMBER:AE7710284]] | [[DATE_TIME:Wed 19 Mar 2025 09:30]] | [[LOCATION:Islamabad]] | GWF073318820 |
| [[PERSON:Usama Javed]] | [[ID_NUMBER:CM4418207]] | [[DATE_TIME:Wed 19 Mar 2025 10:15]] | [[LOCATION:Lahore]] | GWF073320114 |
| [[PERSON:Mahnoor Saleem]] | [[ID_NUMBER:DK2209187]] | [[DATE_TIME:Thu 20 Mar 2025 08:45]] | [[LOCATION:Karachi]] | GWF073298441 |""",
    """name,licence_no,specialty,nationality,mobile
[[PERSON:Dr. Samira Benhaddou]],[[ID_NUMBER:DHA-P-0112048]],Paediatrics,[[NRP:Moroccan]],[[PHONE_NUMBER:+971 50 331 7742]]
[[PERSON:Dr. Prashant Kulkarni]],[[ID_NUMBER:DHA-P-0098811]],Anaesthesia,[[NRP:Indian]],[[PHONE_NUMBER:+971 55 904 1128]]
[[PERSON:Nurse Mary Joy Bautista]],[[ID_NUMBER:DHA-N-0241873]],ICU,[[NRP:Filipino]],[[PHONE_NUMBER:+971 52 118 4490]]""",
    """RECEIPT - OUTWARD REMITTANCE
Sender name: [[PERSON:Dilshan Perera]]
Sender ID: [[ID_NUMBER:2433902174]]
Sender mobile: [[PHONE_NUMBER:+966 57 441 2083]]
Receiver name: [[PERSON:Nirosha Perera]]
Receiver account: [[ID_NUMBER:8001187734]]
Receiver bank: Commercial Bank of Ceylon, [[LOCATION:Negombo]]
Amount: SAR 2,000.00   Rate: 79.41   LKR 158,820.00
Date: [[DATE_TIME:06/03/2025 17:42]]
Transaction no.: 4410-2290-7712""",
    """Driver roster (week 11)
name | licence | phone | shift
[[PERSON:Gurmeet Singh]] | [[ID_NUMBER:S4418-20931-70418]] | [[PHONE_NUMBER:416-555-0139]] | nights
[[PERSON:Abdikarim Farah]] | [[ID_NUMBER:F2209-41187-80602]] | [[PHONE_NUMBER:647-555-0178]] | days
[[PERSON:Paolo Reyes]] | [[ID_NUMBER:R3318-77120-91225]] | [[PHONE_NUMBER:905-555-0110]] | days""",
]

CHAT = [
    """[10:02] Agent ([[PERSON:Mariam]]): Thanks for contacting SwiftSend support. Can I have your full name and registered mobile, please?
[10:03] Customer: [[PERSON:Jaspreet Singh Randhawa]], [[PHONE_NUMBER:+1 604 555 0192]]
[10:03] Agent ([[PERSON:Mariam]]): Thank you, [[PERSON:Jaspreet]]. I can see a transfer of CAD 1,000 to [[PERSON:Kulwinder Kaur]] sent on [[DATE_TIME:March 2]]. It is on hold for a compliance check.
[10:04] Customer: why?? it's my mother, I send every month. her account is [[ID_NUMBER:0641000100021877]] at Punjab National Bank in [[LOCATION:Jalandhar]]
[10:05] Agent ([[PERSON:Mariam]]): I understand. Could you confirm your date of birth and the address on your profile?
[10:06] Customer: [[DATE_TIME:14 May 1991]], [[ADDRESS:13280 72 Ave, Unit 41]], [[LOCATION:Surrey]] [[ZIP_CODE:V3W 2N7]]
[10:07] Agent ([[PERSON:Mariam]]): Verified, thank you. The hold has been released; reference SS-7731-0284 for your records.""",
    """[[PERSON:Ammar]]: bro did the agency guy call you back?
[[PERSON:Faizan]]: yeah. [[PERSON:Rizwan]] from Al Khaleej Recruitment. interview is [[DATE_TIME:thursday 13th at 4]] at their office in [[LOCATION:Deira]]
[[PERSON:Ammar]]: nice. what did he ask for
[[PERSON:Faizan]]: passport copy, visit visa copy, emirates id if i have one (i don't lol). sent him passport [[ID_NUMBER:KJ4418209]] on whatsapp
[[PERSON:Ammar]]: did he ask for money?? don't pay anything upfront
[[PERSON:Faizan]]: he said 1500 for "processing". his number is [[PHONE_NUMBER:+971 55 662 0184]] if you want to check him
[[PERSON:Ammar]]: that's illegal man. report it to MOHRE, 80060""",
    """#onboarding  (Slack)
[[PERSON:Kate Morrison]]  9:14 AM
New starter alert: [[PERSON:Dr. Hadi Rahimi]] joins the imaging team on [[DATE_TIME:Monday 7 April]]. He's on a Global Talent visa, BRP [[ID_NUMBER:ZT4418302]], so Right to Work is done.
[[PERSON:Sam Oduya]]  9:16 AM
laptop ordered. what email do we set up?
[[PERSON:Kate Morrison]]  9:17 AM
[[EMAIL_ADDRESS:hadi.rahimi@medvisionlabs.co.uk]] - and he gave his personal [[EMAIL_ADDRESS:hrahimi.md@gmail.com]] for the welcome pack
[[PERSON:Priti Shah]]  9:21 AM
I'll book his induction for [[DATE_TIME:10:00 on the 7th]]. [[PERSON:Kate]], can you send me his mobile?
[[PERSON:Kate Morrison]]  9:22 AM
[[PHONE_NUMBER:07825 441 903]] :+1:""",
    """Agency (Bright Star Manpower): Good morning [[PERSON:Ms. Jennifer]], this is [[PERSON:Ali]] from Bright Star. Your employer in [[LOCATION:Riyadh]] has approved your visa.
[[PERSON:Jennifer Pascual]]: Thank you sir! When is my flight?
Agency (Bright Star Manpower): Tentative [[DATE_TIME:25 March, 02:30 AM]] from [[LOCATION:Manila]]. Please confirm your passport number and date of birth for the ticket.
[[PERSON:Jennifer Pascual]]: Passport [[ID_NUMBER:P7741820B]], birthday [[DATE_TIME:June 3, 1994]]
Agency (Bright Star Manpower): Noted. Your employer is [[PERSON:Mrs. Haifa Al-Dossary]], contact [[PHONE_NUMBER:+966 50 448 2019]]. Salary SAR 1,500 paid to your card every month.
[[PERSON:Jennifer Pascual]]: Ok sir. My mother [[PERSON:Lorna]] will be my beneficiary, her number is [[PHONE_NUMBER:0927 441 0193]]""",
    """Ammi: [[PERSON:Saima]] beta, paise aa gaye?
[[PERSON:Saima]]: Ji Ammi, kal [[PERSON:Junaid]] ne [[LOCATION:Doha]] se bheje the, 40,000 aa gaye hain
Ammi: Shukar hai. Bijli ka bill bhi de dena, consumer number [[ID_NUMBER:04 11283 0447100]]
[[PERSON:Saima]]: Ji de diya. [[PERSON:Junaid]] bhai keh rahe the agle mahine [[DATE_TIME:12 April]] ko chhutti pe aa rahe hain
Ammi: Acha. Us ka naya number kya hai?
[[PERSON:Saima]]: [[PHONE_NUMBER:+974 7044 1829]]. Aur unhon ne kaha hai ke ghar ke pate pe parcel aye ga: [[ADDRESS:Makan 112, Street 9]], [[LOCATION:Bahria Town]], [[LOCATION:Rawalpindi]]""",
    """[[PERSON:Youssef]]: ya [[PERSON:Karim]], enta lessa fel [[LOCATION:Kuwait]]?
[[PERSON:Karim]]: aywa, el kafeel lessa ma gadadsh el eqama. el raqam el madani [[ID_NUMBER:283110504018]] w mawgoud fe [[LOCATION:Hawalli]]
[[PERSON:Youssef]]: tab wel felous beta3et el shahr?
[[PERSON:Karim]]: ba3atha [[DATE_TIME:yom el itnein 3 Mars]] 3ala 7esab Mama [[IBAN_CODE:EG10 0019 0002 0000 0004 4182 7310 5]]
[[PERSON:Youssef]]: da 7esab [[PERSON:Heba]] mesh Mama ya 3am
[[PERSON:Karim]]: la2 ana 3amalt transfer 3ala [[IBAN_CODE:KW40 KFHO 0000 0000 0001 1204 8577 33]] el awel w ba3dein le masr. kalemni 3ala [[PHONE_NUMBER:+965 5541 0928]]""",
    """Chat transcript - MobileOne Support
[[PERSON:Derrick]] (agent): Hi! To verify the account, what's the name on it?
Visitor: [[PERSON:Nasser Al-Amin]]. I'm trying to port my number to you
[[PERSON:Derrick]] (agent): Great. What's the number and the billing ZIP?
Visitor: [[PHONE_NUMBER:(313) 555-0197]], zip [[ZIP_CODE:48128]]
[[PERSON:Derrick]] (agent): And the last 4 of your SSN?
Visitor: 4408. Also my wife [[PERSON:Samira]] is on the plan, her line is [[PHONE_NUMBER:(313) 555-0168]]
[[PERSON:Derrick]] (agent): Got it. The port will complete by [[DATE_TIME:Friday, March 14]]. Your account PIN is set to the 4 digits you chose.
Visitor: thanks [[PERSON:Derrick]]""",
    """Messages with [[PERSON:Mr. Goldstein]] (landlord)
[[PERSON:Mr. Goldstein]]: Hi [[PERSON:Rahim]], the plumber is coming [[DATE_TIME:Tue 11 Mar between 9 and 12]]. Will someone be home?
Me: My wife [[PERSON:Taslima]] will be there. Her cell is [[PHONE_NUMBER:437-555-0115]]
[[PERSON:Mr. Goldstein]]: Perfect. Also reminder that the lease renewal for [[ADDRESS:2905 Danforth Ave, Apt 3]] is due by [[DATE_TIME:March 31]].
Me: Yes I'll sign. Can I e-transfer the rent to [[EMAIL_ADDRESS:h.goldstein.rentals@gmail.com]] like before?
[[PERSON:Mr. Goldstein]]: Yes same email. Thanks [[PERSON:Rahim]]""",
]

LOOKALIKE = [
    """Your order #112-4471882-3309145 has shipped! Items: 2 x USB-C hub (SKU HB-7731-GRY), 1 x phone case (SKU PC-0419-BLK). Carrier: Aramex, tracking 40412239871, estimated delivery in 2-4 working days. Invoice INV-2025-00418823 is attached. Questions? Call our customer care line 600 544 000 or write to help@shopzone.ae. Delivering to: [[PERSON:Bilal Ahmad]], [[ADDRESS:Apartment 804, Al Zahia Tower B]], [[LOCATION:Muwaileh]], [[LOCATION:Sharjah]].""",
    """Release notes - build 4.10.2.1 (was 4.10.1.17)
- Fixed a crash in the Dijkstra routing module when two nodes share a coordinate (issue #20914).
- Upgraded OpenSSL to 3.0.13; the Bloom filter now uses 3 hash functions.
- The sample config now binds to loopback only; schema version bumped to 2.0.0.4.
- Checksums: sha256 9f2c4e7a11b80d3c5e6f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d
- Device firmware 2.4.1.8 required for serial numbers starting SN-44A.
Support: support@routekit.io, +44 20 3000 0000 (Mon-Fri). CVE-2024-33618 is addressed in this release.""",
    """New arrivals at the store this week: The Prophet (ISBN 978-0-14-044913-6), Season of Migration to the North (ISBN 978-1-84-195462-2), and a new edition of Midnight's Children (ISBN 978-0-307-26657-6). Shelf codes A-12-04, A-12-05 and C-03-11. Gift cards in denominations of 25, 50 and 100 dirhams; card serials start with GC-2025-. Our till receipt number format changed to R-0000418203. Staff pick this month from [[PERSON:Reem]] at the Mall of the Emirates branch.""",
    """NOTICE TO ESTABLISHMENTS: Work permit quota requests for establishment no. 1184407 and 2290318 are now processed online. Visa block numbers (e.g. 1302884715, 1302884716) remain valid for 12 months. Transaction numbers begin with MB followed by 11 digits (MB44120938817). The Tasheel centre on Sheikh Khalifa Bin Zayed Street is open 7:30 to 20:00; call 600 590 000 or email info@tasheel-example.ae. Company PRO for Emirates Steel Fabrication: [[PERSON:Anil Mathew]], mobile [[PHONE_NUMBER:050 771 2048]].""",
    """TAX INVOICE No. GSM/2025/0417
TRN: 100298847700003
Bill to: Al Rayyan Hospitality LLC, Attn: [[PERSON:Ms. Rekha Menon]]
Description: Recruitment services - 6 x F&B staff (batch ref BR-22-Q1), medical tests (GAMCA slip nos. 44821-44826), visa processing.
Amount: AED 18,600.00 + VAT 930.00 = AED 19,530.00
Payment to: Gulf Star Manpower, account ending 4410, SWIFT EBILAEAD.
For queries: accounts@gulfstarmanpower.ae / 04 2298 800""",
    """Directions to the clinic: from King Faisal Street turn left onto Sheikh Rashid Road, continue past the Martin Luther King Jr. memorial garden and take the second exit onto Victoria Street. We treat Parkinson's disease, Crohn's disease and Hodgkin lymphoma follow-ups. Free parking in bays P1-P40; parking permits read PK-2025-0113. Appointment line: 0800 028 4410 (8am-6pm). If you are unsure where to go, ask for [[PERSON:Noura Hamdan]] at the front desk.""",
    """IT asset register (export 2025-03-01)
asset_tag   hostname        serial           mac                 firmware   assigned_to
AT-00418    DXB-LT-0917     5CG2284410       3C:22:FB:8A:11:E4   1.18.4.2   [[PERSON:Omar Haddad]]
AT-00419    DXB-LT-0918     5CG2284417       3C:22:FB:8A:11:F0   1.18.4.2   spare
AT-00420    DXB-PR-0033     VNB3K41120       00:17:C8:44:2A:9B   10.2.1.114 (printer, floor 3)
AT-00421    DXB-PH-0102     IMEI 356938035643812   -               17.3.1     [[PERSON:Leena Krishnan]]
Escalations: it-assets@company.example, ext. 4410""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind65", STYLES, OUT)


if __name__ == "__main__":
    main()

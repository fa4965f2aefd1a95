"""Build tests/data/blind131.jsonl: a *blind*, hand-written labeled PII set (set 131).

    .venv/bin/python tests/data/make_blind131.py

Blind: written without any knowledge of the detector. Read, and only this:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of the file (the scaffolding copied below), the whole of
gold_sets.py, and lines 1-64 of make_handwritten.py (conventions, the MARK
and TITLE_IN_NAME regexes, `parse()`). Not read: minimize/, recognizers/,
any other test, bench/, the README, any *.jsonl set (this script's own
output included), any other make_*.py, and no git history, log or status
(git was not run at all). The detector, the bench and the tests were never
run. Do not tune the detector against this file: once it has been used to
tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
(PK, AE, SA, KW, OM, GB, DE) pass mod-97 with their country's length; both
were worked out with hand-run throwaway code while writing, not generated
here, and `gold_sets.check` re-checks them. National ids with a public check
digit were given a valid one the same way: Emirates ID and Saudi national /
iqama numbers (Luhn), Kuwaiti civil ids, NHS numbers, Canadian SIN, Aadhaar
(Verhoeff), Australian TFN, Irish PPSN, Singapore NRIC and South African ids
(which agree with the person's sex and birth date where they show), and so
were the ISBN-13 look-alikes. Pakistani CNICs have no public check digit;
their last digit agrees with the holder's sex where it shows (odd for men,
even for women) and their first digits with Sindh (4...) or Balochistan
(5...). SSNs, UK NI-style numbers, PAN, NIN, BVN, Kenyan ids and KRA PINs,
PhilHealth, QIDs, Omani resident cards, passports, licences, plates, boat
registrations, account and member numbers were not checked.

Styles (ids `blind131-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, titles, job titles, streets
  with building numbers and secondary addresses, IPv4 / IPv6, MACs, user
  agents, cards with CVV and expiry, IBAN and BIC, usernames, passwords),
  gretel-pii-masking-en-v1 (crop-insurance claims, orchard leases,
  discharge summaries, loan and default notices, contracts, declarations,
  certificates, land records, hearing notices) and Nemotron-PII (JSON, log
  lines, SQL, XML, YAML and systemd config, Python and curl snippets,
  tickets, web-form submissions).
- `gen` (90): one to four sentences with personal data woven into prose,
  as a third-party LLM writes "realistic sentences with personal data":
  names at the start, middle and end, lowercase and possessive; ages,
  dates, addresses, phones and ids in many shapes.
- `table` (35): one small table per record (CSV, semicolon- and
  pipe-separated, TSV, Markdown, fixed-width, psql output, JSON lines,
  YAML, key: value blocks), varied column names and non-PII columns;
  header rows unlabeled.
- `chat` (8): support chats, WhatsApp-style group threads, team chat, a
  ward chat and a trading forum, with the speakers' names and the personal
  data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (invoice,
  container, tracking, customs and licence refs, SKUs, barcodes, ISBNs,
  versions, a hash, a placeholder IBAN, serials, company phones and role
  mailboxes, eponyms, streets named after people with no number), the few
  real PII values labeled; one of them has no PII at all.
Domains: about 70 of the 190 `bench` and `gen` records are about date-palm
and cotton farming (Khairpur, Kot Diji, Sanghar, Ghotki, Panjgur, Kech,
Nasirabad), fishing harbours (Karachi Fish Harbour, Ibrahim Hyderi, Keti
Bandar, Gwadar, Pasni, Jiwani, Ormara, Damb) and remittance agents and
exchange houses (Gulf to Sindh and Balochistan, hawala); the rest spread
over banking, insurance, health, pharmacy, law, schools, HR and payroll,
retail, travel, telecoms, government, lettings, gaming, social media, tech
support, deliveries, gyms, vets and churches.
Languages: 217 records in English (US, UK, Canada, Australia, New Zealand,
Ireland, India, Pakistan, the Gulf, South Africa, Nigeria, Ghana, Kenya,
Singapore, the Philippines, with names from the many cultures living
there, and the English of Sindh, Balochistan and the Gulf diaspora); 23
in the languages of the brief: Sindhi in Arabic script (10) and
romanized (4), Balochi in Arabic script (4) and romanized (5), spread over
all five styles.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" (or an attached Balochi or Sindhi case ending such as
  "-a", "-'e", "ءِ") is outside; nicknames are PERSON. TITLE: honorifics
  and ranks attached to a name, labeled apart from it; job titles are not
  TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, taluka, village, neighbourhood,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, transfer, landing, signature ...) with a day or month, in any
  shape and calendar, times and weekdays said with them included; not bare
  years, weekdays or clock times alone, durations, or dates not tied to a
  person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  BIC and sort codes, CVVs and expiries, PINs, order / ticket / claim /
  policy / booking / tracking / transfer references, company phone numbers
  and role mailboxes, versions, hashes, serials, partial numbers ("ending
  0448"), pets, eponyms and brands named after people, a header row.
- Calls made while writing this set: Sindhi, Balochi and Pakistani
  honorifics written before a name are TITLE like "Mr." ("Haji", "Seth",
  "Sardar", "Mst.", "Bibi", "Baba", "Waja" / "واجہ", "Mai" / "مائي",
  "حاجي", also "Rev.", "Sister", "Fr.", "Capt." and the "MR" / "MS" of an
  airline name field), while "Syed" and "Mir" stay inside the PERSON span
  as parts of the name, "Bibi" after a given name ("Naz Bibi") is part of
  it, and "Advocate", "Nakhuda" and kin words ("bhabi", "ادا", "ammi")
  stay outside; a fishing boat's registration number is labeled ID_NUMBER
  like a vehicle plate (the boat's name is not labeled), and so is a
  Kissan (farmer) card number; remittance control numbers, PINs and
  hawala references are not labeled, nor are land survey / khata numbers,
  harbour berth numbers and trade licence numbers; in a log or JSON
  record, the timestamp of a named person's own action (a transfer, a
  login, a harbour entry, a landing) is DATE_TIME, a system event's is
  not; dates of a person's lease, loan instalment, policy period or
  contract term are DATE_TIME, a recurring day ("the 28th of each month")
  is not; Islamic-calendar dates with a day and month ("15 رمضان", "the
  20th of Shawwal", "2 Rabi ul Awal") are DATE_TIME; in a table a "sex", "gender", "role",
  "dept" or "status" column stays unlabeled, an "age" column is AGE, a
  "country" or "state" column is LOCATION and a "nationality" column is
  NRP; every IP address is IP_ADDRESS, a device's included.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind131.jsonl")

BENCH = [
    """Attention [[PERSON:Ms. Hamida Bugti]], our records show your Regional Remittance Coordinator login from [[IP_ADDRESS:39.48.211.7]] with device 3C:A0:67:91:2B:E4 on [[DATE_TIME:02/11/2024]]. If unrecognised, reset your password (current hint: Turbat#1988) and contact the branch at [[ADDRESS:Shop 4, 210 Main Bazaar Road]], [[LOCATION:Turbat]] [[ZIP_CODE:92600]].""",
    """The cotton sampling report of [[PERSON:Imdad Hussain Rajper]], Field Quality Officer, was emailed to [[EMAIL_ADDRESS:imdad.rajper@ginmail.pk]] from [[IP_ADDRESS:182.185.40.113]]; payment of PKR 48,200 goes to [[IBAN_CODE:PK66HABB0012457900318852]] (BIC HABBPKKA) before [[DATE_TIME:30/09/2024]].""",
    """Hi [[PERSON:Keisha]], as the Lead Logistics Data Analyst for the [[LOCATION:Houston]] depot, please send the freight logs to [[USERNAME:keisha_g.data]] on the shared drive. Your temporary password is fU7!rWq2 and your badge MAC is 00:1B:44:11:3A:B7.""",
    """[[PERSON:Tobias Wendt-Achebe]], 5'11", male, [[AGE:43]] years, resides at [[ADDRESS:4471 Kessler Loop]], [[ADDRESS:Suite 902]], [[LOCATION:Lake Ahmadshire]], [[LOCATION:Oklahoma]] [[ZIP_CODE:73301-4418]]. Paid with [[CREDIT_CARD:4532018744123069]], CVV 418, exp 07/27.""",
    """Dear [[PERSON:Dr. Nasreen Kalhoro]], your Date Palm Tissue Culture Lab access (user [[USERNAME:nkalhoro_dplab]]) was renewed on [[DATE_TIME:March 3rd, 2025, 9:12 AM]] from browser Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36.""",
    """Transaction alert for [[PERSON:Yusuf Abdi Warsame]]: AED 3,250.00 debited from card [[CREDIT_CARD:5520 4391 7760 2810]] at Al Ansari Exchange on [[DATE_TIME:2024-12-19 20:41]]. Remitted to [[PERSON:Hodan Warsame]], [[LOCATION:Hargeisa]]. If unauthorised call +971 600 545 454.""",
    """Applicant [[PERSON:Mx. River Castellanos]], they/them, Senior Interaction Architect, born [[DATE_TIME:November 30th, 1992]], SSN [[US_SSN:538-20-7714]], lives at [[ADDRESS:8812 Orchard Vista Drive]], [[ADDRESS:Apt. 3]], [[LOCATION:Port Ellie]], [[LOCATION:Vermont]] [[ZIP_CODE:05401]].""",
    """The harbour entry pass for [[PERSON:Sher Jan Baloch]], trawler deckhand, [[AGE:27]], CNIC [[ID_NUMBER:52203-9917204-5]], registered at [[IP_ADDRESS:2400:adc5:11f:8a00:9d21:4c7e:1b03:e6a2]], was revoked on [[DATE_TIME:1/14/2025]] after an unpaid berthing fee.""",
    """Greetings [[PERSON:Aisha Bello]], your IBAN [[IBAN_CODE:GB13HBUK40127622198430]] has been whitelisted for the Supplier Onboarding Portal. Log in as [[USERNAME:abello_suppliers]] with password Nn!Lagos2024 from any device except 6E:2F:91:0C:A7:55.""",
    """[[PERSON:Ghulam Haider Shar]], Ginning Unit Supervisor, reports that bale lot 77 was weighed at 14:20 and paid to farmer [[PERSON:Wazir Ali Dahri]] (CNIC [[ID_NUMBER:45104-6628193-9]]), whose bank account number is [[ID_NUMBER:0113-7200451-9]] at the [[LOCATION:Rohri]] branch.""",
    """Your vehicle with plate [[ID_NUMBER:BKA-3392]], registered to [[PERSON:Zoran Petrović]] of [[ADDRESS:19 Tamarack Street]], [[LOCATION:Hamilton]], was seen at [[LOCATION:Stoney Creek]] on [[DATE_TIME:14th August, 10:05 PM]]. Contact the officer via [[EMAIL_ADDRESS:zpetrovic1979@yahoo.ca]].""",
    """Dear [[PERSON:Mrs. Parveen Zehri]], the Gulf Remittance Rewards programme credited 1,200 points to member [[ID_NUMBER:GRR-00417729]]. Your linked card [[CREDIT_CARD:4012 8830 0174 9552]] (exp. 11/26, CVV 092) will be charged AED 15 yearly.""",
    """Please reach [[PERSON:Anand Krishnamurthy]], District Operations Strategist, at [[PHONE_NUMBER:+91-80-4118-2207]] or at his flat, [[ADDRESS:C-1104, Prestige Lakeside Habitat]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560066]], before the quarterly review.""",
    """Boat-owner [[PERSON:Usman Dashti]] from [[LOCATION:Jiwani]], aged [[AGE:51]], registered his engine serial YMH-40F-88210 and phone [[PHONE_NUMBER:0333-7801294]] with the fisheries cooperative on [[DATE_TIME:4 May 2024]]; his crew list includes [[PERSON:Bahram]] and [[PERSON:Nadir Gichki]].""",
    """Hey [[PERSON:Lorenzo]], the Chief Branding Officer wants the Q3 deck. VPN IP [[IP_ADDRESS:10.44.7.182]], MAC 9C:B6:D0:4E:21:0F, user-agent Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 Version/16.5 Safari/605.1.15. Dial in from [[PHONE_NUMBER:+39 347 882 1046]].""",
    """[[PERSON:Ms. Wambui Njoroge]], [[AGE:38]], female, International Tea Compliance Lead, born [[DATE_TIME:19/06/1986]], Kenyan ID [[ID_NUMBER:24417903]], email [[EMAIL_ADDRESS:wambui.njoroge@teacomply.co.ke]], resides in [[LOCATION:Kericho County]].""",
    """To: [[PERSON:Nawaz Ali Solangi]], Date Palm Grower, [[LOCATION:Village Khuhra]], [[LOCATION:Taluka Kingri]], [[LOCATION:District Khairpur]]. Your subsidy of Rs. 75,000 has been transferred to [[IBAN_CODE:PK28NBPA0451003008816625]] on [[DATE_TIME:17-06-2024]].""",
    """Account [[USERNAME:m.oyelaran77]] changed its recovery email to [[EMAIL_ADDRESS:moyelaran.backup@proton.me]] from IP [[IP_ADDRESS:197.210.65.44]] at 03:14. The account owner, [[PERSON:Mojisola Oyelaran]], lives at [[ADDRESS:12B Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]].""",
    """In [[LOCATION:Sibi]], [[PERSON:Hazar Khan Magsi]], a Senior Agronomy Liaison, ordered 40 bags of cement on card [[CREDIT_CARD:3745 128906 63422]], expiring 05/28. Delivery to [[ADDRESS:Godown 3, Jail Road]], [[LOCATION:Sibi]] [[ZIP_CODE:82000]].""",
    """Her name is [[PERSON:Erin McAllister]] and she was born [[DATE_TIME:5/11/1983]]. Her passport number [[US_PASSPORT:548120937]] and her driver's license [[US_DRIVER_LICENSE:M241 663 805 127]] were both flagged at [[LOCATION:Detroit]] Metro on [[DATE_TIME:December 2 at 6:50 AM]].""",
    """The Muscat exchange branch reports a deposit from [[PERSON:Abdul Samad Raisani]] to [[IBAN_CODE:OM810180000001299123456]]; the depositor's resident card [[ID_NUMBER:11840592]] and phone [[PHONE_NUMBER:+968 9933 1740]] were verified at 11:07 by teller [[PERSON:Priya Menon]].""",
    """[[PERSON:Dr. Ifeanyi Okonkwo-Lambert]] reset 2FA for user [[USERNAME:iokonkwo]] from [[IP_ADDRESS:2001:0db8:85a3:0000:0000:8a2e:0370:7334]]. Please audit his workstation at [[ADDRESS:Floor 14, 101 Collins Street]], [[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]].""",
    """[[PERSON:Sabeen Channa]] (she/her), [[AGE:31]], Supply Chain Auditor, has been paid PKR 212,000 via [[IBAN_CODE:PK48MEZN0099010104482273]]. Her payslip is sent to [[EMAIL_ADDRESS:sabeen.channa@outlook.com]] on the 28th of each month.""",
    """Event pass holder: [[PERSON:Hiroshi Takeda]]; seat 14F; card [[CREDIT_CARD:3566 0020 4718 8335]], cvv 775; IP of purchase [[IP_ADDRESS:126.54.201.9]]; shipping to [[ADDRESS:2-14-8 Ebisu-Minami]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:150-0022]].""",
    """Kindly transfer the pending hawala amount of [[PERSON:Mir Jan Bizenjo]] to his nephew [[PERSON:Kamal]] in [[LOCATION:Khuzdar]]; contact the nephew on [[PHONE_NUMBER:0347-2218890]]. The uncle's Saudi iqama is [[ID_NUMBER:2530166848]] and he will be in [[LOCATION:Riyadh]] until [[DATE_TIME:the 20th of Shawwal]].""",
    """[[PERSON:Moana Te Rangi]], a Principal Markets Orchestrator, age [[AGE:45]], paid via [[CREDIT_CARD:5247810033659206]] (exp 02/29) for a holiday in [[LOCATION:Rarotonga]] departing [[DATE_TIME:Friday 11 July 2025]]; contact [[EMAIL_ADDRESS:moana.terangi@xtra.co.nz]].""",
    """Reminder: the date-palm pollination crew led by [[PERSON:Din Muhammad Buledi]] will start at the [[LOCATION:Tump]] orchards on [[DATE_TIME:15 March]]. Send wages to his JazzCash number [[PHONE_NUMBER:0304 5517238]].""",
    """[[PERSON:Sven Halvorsen]] here, Dynamic Optimization Producer. My BIC is DNBANOKKXXX and account [[IBAN_CODE:DE59370400440532013055]]; salary day is the 25th. I live in [[ADDRESS:Apartment 5C, 78 Lindenstraße]], [[LOCATION:Köln]] [[ZIP_CODE:50674]].""",
    """Attention: [[PERSON:Rukhsana Pitafi]] from [[LOCATION:Shikarpur]] has requested her credit report. Identity verified with CNIC [[ID_NUMBER:43204-5510728-2]], DOB [[DATE_TIME:1990-02-19]] and mobile [[PHONE_NUMBER:+92 300 3392716]].""",
    """Crypto desk: [[PERSON:Mateus Ferreira]], username [[USERNAME:mferreira_btc]], last logged in [[DATE_TIME:2025-01-07T22:18:41Z]] from [[IP_ADDRESS:177.92.14.238]] using Mozilla/5.0 (Linux; Android 14; SM-S918B) Chrome/121.0 Mobile Safari/537.36.""",
    """[[PERSON:Abdullah Al-Mutairi]], [[NRP:Kuwaiti]] national, civil ID [[ID_NUMBER:290011204875]], employs driver [[PERSON:Shafi Muhammad Magsi]] from [[LOCATION:Jaffarabad]] and pays his salary to [[IBAN_CODE:KW74NBOK0000000000001000372151]] on the 1st of each month.""",
    """Greetings from the Lifelong Learning Office, [[PERSON:Brigid O'Sullivan-Kerr]]! Your student ID [[ID_NUMBER:UL-20451187]] is active. Collect your card at [[ADDRESS:Room 2.17, Foundation Building]], [[LOCATION:Limerick]] [[ZIP_CODE:V94 T9PX]] on [[DATE_TIME:Tue 23 Sept, 2:00 pm]].""",
    """[[PERSON:Karim Bakhsh Sanjrani]], Harbour Ice Plant Operator, requests that his last three salaries be remitted to [[IBAN_CODE:PK42ALFH0067001004519386]] as he moves to [[ADDRESS:Quarter 22, Fish Harbour Colony]], [[LOCATION:Pasni]] from [[DATE_TIME:1 April]].""",
    """Payment confirmation for [[PERSON:Li Na Goh]]: SGD 1,480.00 charged to [[CREDIT_CARD:4147-2009-8335-1620]]. NRIC [[ID_NUMBER:T0319462G]], billing address [[ADDRESS:Blk 418 Bedok North Ave 2, #08-112]], [[LOCATION:Singapore]] [[ZIP_CODE:460418]].""",
    """Subject [[PERSON:Darnell Washington]], Legacy Tactics Administrator, DOB [[DATE_TIME:August 14, 1979]], SSN [[US_SSN:219-44-8106]], vehicle plate [[ID_NUMBER:8XKW412]], resides at [[ADDRESS:3390 Magnolia Terrace]], [[LOCATION:Baton Rouge]], [[LOCATION:LA]] [[ZIP_CODE:70808]].""",
    """[[PERSON:Samiullah Kurd]], District Agri Extension Officer, asks cotton growers in [[LOCATION:Naseerabad]] to register at [[URL:https://kissanportal.pk/profile/samiullah.kurd]] or call him on [[PHONE_NUMBER:0838-711294]] before [[DATE_TIME:10 May]].""",
    """User [[USERNAME:dr.amara.ndiaye]] ([[PERSON:Amara Ndiaye]]) uploaded medical files from [[IP_ADDRESS:41.82.177.60]]; the hospital asks her to confirm her IBAN [[IBAN_CODE:GB90BUKB20451867330219]] for reimbursement.""",
    """[[TITLE:Baba]] [[PERSON:Kamal]] - shop owner, [[ADDRESS:Plot 61, Jinnah Avenue]], [[LOCATION:Gwadar]] - offers informal money transfers to [[LOCATION:Muscat]] and [[LOCATION:Chabahar]]; his number is [[PHONE_NUMBER:086-4211508]] and his son [[PERSON:Naseeb]] keeps the ledger.""",
    """Customer [[PERSON:Olamide Afolabi]], [[ADDRESS:3rd floor, Plot 1032 Cadastral Zone A05]], [[LOCATION:Wuse II]], [[LOCATION:Abuja]]. Card on file [[CREDIT_CARD:5105 1041 7722 6936]]. Account opened [[DATE_TIME:06/03/2021]], last IP [[IP_ADDRESS:102.89.34.201]].""",
    """[[PERSON:Hollis Prewitt]], your subscription renewal failed. Card [[CREDIT_CARD:6011 5622 0397 0846]], expiry 09/25, was declined. Update at your profile or call [[PHONE_NUMBER:(503) 417-2286]] from the number linked to [[USERNAME:hollis.p]].""",
    """CROP INSURANCE CLAIM - COTTON (KHARIF 2024)
Claimant: [[PERSON:Manzoor Ahmed Khoso]]
CNIC: [[ID_NUMBER:41201-3308726-7]]
Address: [[LOCATION:Village Sher Khan Khoso]], [[LOCATION:Tehsil Jacobabad]]
Area insured: 18 acres, policy CI-K24-00918
Date of loss: [[DATE_TIME:22 August 2024]] (heavy rain and pink bollworm)
Contact: [[PHONE_NUMBER:0300-3812074]]
Surveyor: [[PERSON:Tariq Jamil Memon]], visited [[DATE_TIME:29/08/2024]].""",
    """LEASE AGREEMENT (DATE ORCHARD)
This agreement is made on [[DATE_TIME:the 5th day of May 2025]] between [[PERSON:Syed Ali Nawaz Shah]], son of [[PERSON:Syed Pir Bux Shah]], resident of [[LOCATION:Gambat]], [[LOCATION:District Khairpur]] (the Lessor), and [[PERSON:Muhammad Saleh Shaikh]], holder of CNIC [[ID_NUMBER:45301-6627014-3]] (the Lessee), for the fruit of 650 palms for the season ending [[DATE_TIME:31 August 2025]] at a price of Rs. 2,400,000.""",
    """Discharge Summary
Patient: [[PERSON:Amelia Hartley]]    Sex: F    Age: [[AGE:72]]
MRN: [[ID_NUMBER:4098812]]    NHS No: [[ID_NUMBER:612 447 0853]]
Admitted: [[DATE_TIME:03/02/2025]]    Discharged: [[DATE_TIME:11/02/2025]]
Consultant: [[PERSON:Dr. Rajesh Venkataraman]]
Diagnosis: community-acquired pneumonia. GP: [[PERSON:Dr. Helen Fairbrother]], [[ADDRESS:The Surgery, 4 Mill Lane]], [[LOCATION:Thame]] [[ZIP_CODE:OX9 3AB]].""",
    """NOTICE OF DEFAULT
To: [[PERSON:Sikandar Ali Lund]], [[ADDRESS:House 27, Fishermen Colony Road]], [[LOCATION:Thatta]]
Loan account: [[ID_NUMBER:FBL-77102-24]]
You obtained a boat-engine loan of Rs. 450,000 on [[DATE_TIME:14 January 2024]]. Instalments due on [[DATE_TIME:15 December 2024]] and [[DATE_TIME:15 January 2025]] remain unpaid. Please contact [[PERSON:Ms. Farah Naz]], Recovery Officer, within 15 days.""",
    """Employment Contract
Employer: Al Raha Logistics LLC, Abu Dhabi
Employee: [[PERSON:Nadeem Hussain Jamali]]
Nationality: [[NRP:Pakistani]]
Passport No.: [[ID_NUMBER:BN4471092]]
Emirates ID: [[ID_NUMBER:784-1988-0124796-0]]
Date of birth: [[DATE_TIME:04 Nov 1988]]
Position: Warehouse Assistant, Grade 3. Start date: [[DATE_TIME:1 March 2025]]. Salary paid to [[IBAN_CODE:AE700330001128347651902]].""",
    """The claimant, [[PERSON:Lorraine Beckett]], of [[ADDRESS:61 Juniper Hollow Road]], [[LOCATION:Asheville]], [[LOCATION:North Carolina]] [[ZIP_CODE:28806]], states that on [[DATE_TIME:October 4, 2024]] her vehicle was struck while parked. Policy HX-2291-774 was in force. Witness: [[PERSON:Terrence Gaddy]], [[PHONE_NUMBER:828-441-9036]].""",
    """MONEY SERVICE BUSINESS - COMPLIANCE NOTICE
Licensee: Makran Exchange (Pvt) Ltd, Turbat
Agent: [[PERSON:Shahzad Baloch]], agent code MX-T-0214, mobile [[PHONE_NUMBER:0346-7291508]]
On [[DATE_TIME:18 October 2024]] the agent paid out PKR 1,900,000 to [[PERSON:Hakeem Dad]] (CNIC [[ID_NUMBER:52201-8820416-9]]) without recording the sender's details. The agent is suspended pending review.""",
    """PERSONAL LOAN APPLICATION
Name: [[PERSON:Vusumuzi Ndlovu]]
ID number: [[ID_NUMBER:8509235741081]]
Residential address: [[ADDRESS:42 Mfolozi Street]], [[LOCATION:Umlazi]], [[LOCATION:Durban]] [[ZIP_CODE:4031]]
Employer: Transnet. Gross monthly income: R 24,800
Cell: [[PHONE_NUMBER:073 448 2915]]""",
    """Re: Estate of the late [[TITLE:Haji]] [[PERSON:Muhammad Ibrahim Channa]]
The deceased passed away on [[DATE_TIME:9 March 2023]] at [[LOCATION:Sukkur]]. His legal heirs are his widow [[PERSON:Zulekhan]], sons [[PERSON:Abdul Khaliq]] and [[PERSON:Abdul Razzaq]], and daughter [[PERSON:Shamim]]. The estate comprises 32 acres of date orchard in [[LOCATION:Deh Kot Lalu]] and a house at [[ADDRESS:Plot B-14, Military Road]], [[LOCATION:Sukkur]].""",
    """Certificate of Insurance
Insured: [[PERSON:Chinedu Okeke]], trading as CO Logistics
Address: [[ADDRESS:Unit 3, 28 Thornton Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR7 6BA]]
Period: [[DATE_TIME:01/04/2025]] to [[DATE_TIME:31/03/2026]]
Vehicle registration: [[ID_NUMBER:LK21 XHP]]
Named driver: [[PERSON:Ebere Okeke]], born [[DATE_TIME:12/12/1991]].""",
    """Boat Registration Renewal - Balochistan Fisheries Department
Owner: [[PERSON:Dilmurad Baloch]]    Father: [[PERSON:Rasool Bakhsh]]
Boat name: Noor-e-Makran    Registration: [[ID_NUMBER:PSN-0772]]
Home port: [[LOCATION:Pasni]]    Engine: 210 HP
Owner's CNIC: [[ID_NUMBER:52301-1190846-7]]    Phone: [[PHONE_NUMBER:0332-3184406]]
Renewed on [[DATE_TIME:12-02-2025]] for one year.""",
    """Patient intake - [[LOCATION:Edmonton]] Family Clinic
Name: [[PERSON:Baljit Kaur Grewal]]
Health card #: [[ID_NUMBER:58821-4476]]
DOB: [[DATE_TIME:1964-09-03]]
Address: [[ADDRESS:9921 82 Ave NW]], [[LOCATION:Edmonton]], [[LOCATION:AB]] [[ZIP_CODE:T6E 1Z5]]
Emergency contact: [[PERSON:Gurpreet Grewal]] (son), [[PHONE_NUMBER:780-441-2093]]
Language: Punjabi. Religion: [[NRP:Sikh]].""",
    """DECLARATION BY BENEFICIARY (inward remittance above PKR 5 million)
I, [[PERSON:Rubina Kousar Memon]], wife of [[PERSON:Aslam Memon]], holding CNIC [[ID_NUMBER:42101-6634918-2]], residing at [[ADDRESS:Flat 402, Al-Habib Arcade, Block 7]], [[LOCATION:Gulistan-e-Jauhar]], [[LOCATION:Karachi]], declare that the amount received on [[DATE_TIME:3 February 2025]] from my husband in [[LOCATION:Dammam]] is for the purchase of a house.""",
    """Notice of Hearing. In the matter of [[PERSON:Gabrielle Fontaine]] v. Lakeview Property Management. The hearing will take place on [[DATE_TIME:Thursday, September 18, 2025 at 9:30 a.m.]] at the Residential Tenancy Branch. The applicant resides at [[ADDRESS:1207-330 Quebec Street]], [[LOCATION:Victoria]], [[LOCATION:BC]] [[ZIP_CODE:V8V 1W3]].""",
    """Fish auction settlement - [[LOCATION:Karachi]] Fish Harbour, lot 1184
Seller: [[PERSON:Abdul Sattar Dablo]] (boat Al-Hussaini, reg. [[ID_NUMBER:KHI-FB-9031]])
Buyer: Sea Pearl Exports
Catch: 1.2 t shrimp, 0.6 t ribbonfish
Net to seller after 6% commission: Rs. 1,138,400, paid to [[IBAN_CODE:PK08UNIL0109000238461177]] on [[DATE_TIME:27/01/2025]].""",
    """Consent Form - Research Study on Heat Stress in Brick Kiln Workers
Participant: [[PERSON:Saima Bhatti]]    Age: [[AGE:26]]
Village: [[LOCATION:Khipro]], [[LOCATION:Sanghar]]
Work: brick moulding, 7 seasons
I agree to have my blood pressure and core temperature measured on [[DATE_TIME:16 Sept 2024]] and [[DATE_TIME:23 Sept 2024]].
Signature/thumb: ______  Witness: [[PERSON:Pushpa Kumari]]""",
    """REFERENCE LETTER
To whom it may concern,
[[PERSON:Mr. Kofi Mensah-Boateng]] worked as a Senior Accounts Clerk with our firm from [[DATE_TIME:2 June 2019]] until [[DATE_TIME:30 April 2024]]. He can be contacted at [[EMAIL_ADDRESS:kofi.mboateng@gmail.com]] or [[PHONE_NUMBER:+233 24 771 0582]].
Yours faithfully, [[PERSON:Abena Owusu]], HR Manager""",
    """Tenancy Agreement - Dubai
Landlord: [[PERSON:Khalfan Saeed Al Marri]], Emirates ID [[ID_NUMBER:784-1976-0918842-6]]
Tenant: [[PERSON:Arshad Hussain Soomro]], Emirates ID [[ID_NUMBER:784-1983-0416628-7]], mobile [[PHONE_NUMBER:050 617 3308]]
Premises: [[ADDRESS:Flat 1108, Building 14]], [[LOCATION:International City]], [[LOCATION:Dubai]]
Term: [[DATE_TIME:01/06/2025]] to [[DATE_TIME:31/05/2026]]. Annual rent AED 38,000 in 4 cheques.""",
    """SUMMARY OF BENEFITS CHANGE
Member: [[PERSON:Rebecca Lindholm]]    Member ID: [[ID_NUMBER:WXH884102653]]
Effective [[DATE_TIME:January 1, 2025]], your plan changes from Silver PPO to Gold HMO. Your primary care provider is [[PERSON:Dr. Samuel Adeyemi]]. Questions? Call Member Services at 1-800-555-0140.""",
    """Microcredit appraisal - Date palm processing unit
Borrower: [[PERSON:Naz Bibi]]   Husband: [[PERSON:Pir Jan]]
Location: [[LOCATION:Sami]], [[LOCATION:Kech]]
CNIC: [[ID_NUMBER:52201-3305918-4]]   Age: [[AGE:39]]
Loan requested: Rs. 150,000 for a solar dryer and packing tables.
Field officer [[PERSON:Mehran Baloch]] visited on [[DATE_TIME:04/03/2025]] and recommends approval.""",
    """Incident report #IR-2025-0331. On [[DATE_TIME:March 31, 2025 at approximately 4:15 p.m.]], employee [[PERSON:Tyrone Bishop]] (badge [[ID_NUMBER:44180]]) slipped on the loading dock at the [[LOCATION:Gary]] facility. Supervisor [[PERSON:Angela Ruiz]] completed this report. [[PERSON:Tyrone]]'s home phone: [[PHONE_NUMBER:(219) 884-2176]].""",
    """STATEMENT OF WITNESS
Name: [[PERSON:Abdul Hameed Bhutto]]    Age: [[AGE:44]]    Occupation: Nakhuda (boat captain)
Address: [[ADDRESS:House 5, Machhi Mohalla]], [[LOCATION:Keti Bandar]]
On the night of [[DATE_TIME:11 November 2024]] I saw the coast guard vessel stop the boat of [[PERSON:Ali Nawaz]] near the creek. I know him for twenty years.""",
    """School admission form
Pupil: [[PERSON:Ayaan Siddiqui]]   Date of birth: [[DATE_TIME:17 July 2019]]
Parent/guardian: [[PERSON:Sadia Siddiqui]]
Address: [[ADDRESS:Villa 22, Street 9]], [[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]]
Parent email: [[EMAIL_ADDRESS:sadia.siddiqui@hotmail.com]]
Previous school: Little Stars Nursery.""",
    """Demand Promissory Note. I, [[PERSON:Gordhan Das]], son of [[PERSON:Tikam Das]], of [[LOCATION:Mirpurkhas]], promise to pay [[TITLE:Seth]] [[PERSON:Hemraj Lohana]], or order, the sum of Rs. 300,000 borrowed against my 1,200 maunds of cotton, with profit, on or before [[DATE_TIME:15 January 2025]]. Signed at [[LOCATION:Mirpurkhas]] on [[DATE_TIME:20 September 2024]].""",
    """Veterans Affairs - Change of Address
Veteran: [[PERSON:Raymond T. Kowalczyk]]
File number: [[ID_NUMBER:C-28 441 907]]
New address: [[ADDRESS:PO Box 1182]], [[LOCATION:Sitka]], [[LOCATION:AK]] [[ZIP_CODE:99835]]
Effective: [[DATE_TIME:07/15/2025]]
Phone: [[PHONE_NUMBER:907-747-3361]]""",
    """WORK PERMIT NOTIFICATION - OMAN
Sponsor: Al Batinah Contracting LLC
Worker: [[PERSON:Abdul Karim Hoth]], [[NRP:Pakistani]], passport [[ID_NUMBER:CK8803164]]
Occupation: mason. Site: [[LOCATION:Sohar]]
Permit valid from [[DATE_TIME:2 February 2025]]. Worker's Oman mobile [[PHONE_NUMBER:9720 4418]].""",
    """MEDICAL CERTIFICATE
This is to certify that [[PERSON:Mr. Lwazi Mthembu]], aged [[AGE:33]], was examined by me on [[DATE_TIME:6 May 2025]] and is unfit for work until [[DATE_TIME:9 May 2025]] inclusive.
[[PERSON:Dr. P. Naidoo]], MBChB, [[ADDRESS:Suite 3, 120 Florida Road]], [[LOCATION:Morningside]], [[LOCATION:Durban]].""",
    """Land record extract (Form VII)
Khata No. 412, Survey No. 88/2
Owner: [[TITLE:Mst.]] [[PERSON:Hajra]] widow of [[PERSON:Juma Khan Rind]]
[[LOCATION:Deh Bhiria]], [[LOCATION:Taluka Naushahro Feroze]]
Crop: cotton (kharif), wheat (rabi)
Mutation entered on [[DATE_TIME:02-11-2021]] after inheritance.""",
    """NOTICE TO QUIT. To [[PERSON:Declan Fitzgerald]] and all other occupants of [[ADDRESS:Apartment 12, Harbour View, 3 Quay Street]], [[LOCATION:Cobh]], [[LOCATION:Co. Cork]]. You are required to give up possession on or before [[DATE_TIME:30 November 2025]]. Served by [[PERSON:Maeve Lynch]], agent for the landlord.""",
    """Quarterly report, Harbour Women Fish Driers' Cooperative, [[LOCATION:Damb]]
Chair: [[TITLE:Bibi]] [[PERSON:Sakina]]    Treasurer: [[PERSON:Hajani Baloch]]
New members registered on [[DATE_TIME:5 January 2025]]: [[PERSON:Gul Bano]] (CNIC [[ID_NUMBER:52401-7782150-6]]) and [[PERSON:Mahrang]] (CNIC [[ID_NUMBER:52401-2209417-8]]).
Savings account: [[IBAN_CODE:PK14ABPA0010046279150018]].""",
    """{"customer_id": "[[ID_NUMBER:CUST-0048817]]", "full_name": "[[PERSON:Waqar Ahmed Bhutto]]", "dob": "[[DATE_TIME:1984-07-22]]", "cnic": "[[ID_NUMBER:43103-7718204-5]]", "phone": "[[PHONE_NUMBER:+923013382716]]", "email": "[[EMAIL_ADDRESS:waqar.bhutto84@gmail.com]]", "address": {"street": "[[ADDRESS:House 19, Lane 3, Nazar Mohalla]]", "city": "[[LOCATION:Larkana]]", "postal_code": "[[ZIP_CODE:77150]]"}, "segment": "salaried", "kyc_status": "verified"}""",
    """[[DATE_TIME:2025-02-14 08:17:03]] INFO  remit-gateway txn=RT-88412093 sender="[[PERSON:Zahid Hussain Chandio]]" sender_id=[[ID_NUMBER:784-1991-0277153-4]] corridor=AE-PK amount=2100.00 AED receiver="[[PERSON:Nasim Chandio]]" receiver_msisdn=[[PHONE_NUMBER:923009917245]] payout=cash city=[[LOCATION:Kamber]] status=PAID
2025-02-14 08:17:04 WARN  remit-gateway txn=RT-88412093 sanctions screening took 1432ms""",
    """INSERT INTO fishermen (id, name, father_name, cnic, boat_reg, village, mobile, registered_on)
VALUES (2217, '[[PERSON:Muhammad Hanif Mallah]]', '[[PERSON:Gul Muhammad]]', '[[ID_NUMBER:41101-2276418-3]]', '[[ID_NUMBER:THT-FB-0415]]', '[[LOCATION:Shah Bandar]]', '[[PHONE_NUMBER:0304-2217760]]', '[[DATE_TIME:2024-10-02]]');""",
    """<Patient>
  <Name>[[PERSON:Olumide Bankole]]</Name>
  <BirthDate>[[DATE_TIME:1971-03-28]]</BirthDate>
  <Gender>M</Gender>
  <Address><Line>[[ADDRESS:Flat 3, 14 Elmhurst Gardens]]</Line><City>[[LOCATION:Reading]]</City><Postcode>[[ZIP_CODE:RG1 5HL]]</Postcode></Address>
  <NHSNumber>[[ID_NUMBER:7039182262]]</NHSNumber>
  <Telecom use="mobile">[[PHONE_NUMBER:07911 204 385]]</Telecom>
</Patient>""",
    """# config/notify.yml
alerts:
  on_call:
    name: [[PERSON:Marisol Ortega]]
    email: [[EMAIL_ADDRESS:marisol.ortega@northwind-ops.com]]
    phone: "[[PHONE_NUMBER:+1 646 392 1187]]"
  escalation:
    name: [[PERSON:Dev Raghavan]]
    phone: "[[PHONE_NUMBER:+1 917 448 0263]]"
  team_mailbox: sre-alerts@northwind-ops.com
smtp_password: "Q8v!xT2#mR"
""",
    """Ticket #55871 | Priority: High | Opened by [[PERSON:Farzana Rind]] ([[EMAIL_ADDRESS:farzana.rind@dates-coop.pk]])
Subject: Cannot upload grower list
Description: Since [[DATE_TIME:Monday 10 March around 11am]] the portal rejects my CSV of 140 date growers from [[LOCATION:Panjgur]]. My login is [[USERNAME:frind_pjg]], office IP [[IP_ADDRESS:203.99.52.18]]. Please call me on [[PHONE_NUMBER:0335-4410829]].""",
    """def test_payout():
    payee = Payee(
        name="[[PERSON:Abdul Latif Sangi]]",
        iban="[[IBAN_CODE:PK86KHYB0010002003945117]]",
        cnic="[[ID_NUMBER:45504-2281937-1]]",
        mobile="[[PHONE_NUMBER:0300-3120984]]",
    )
    assert payout(payee, amount=12500).status == "queued"
""",
    """{"ts":"[[DATE_TIME:2025-03-09T14:22:51+04:00]]","event":"login_success","user":"[[USERNAME:rashid.kh]]","display_name":"[[PERSON:Rashid Khan Notezai]]","ip":"[[IP_ADDRESS:94.200.17.63]]","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148","mac":"A4:83:E7:2C:19:5D"}""",
    """Support chat transcript export
agent: Thanks for waiting. Can you confirm the cardholder name?
customer: [[PERSON:Eleanor Whitcombe]]
agent: And the card number?
customer: [[CREDIT_CARD:4929 1340 7781 5568]]
agent: Expiry and CVV?
customer: 10/27, 615
agent: Billing postcode?
customer: [[ZIP_CODE:GL50 2JA]]""",
    """UPDATE growers SET phone = '[[PHONE_NUMBER:0345-3378126]]', bank_account = '[[IBAN_CODE:PK02BAHL1051098100299401]]', updated_by = 'ops_admin' WHERE cnic = '[[ID_NUMBER:45203-8814726-1]]'; -- [[PERSON:Mumtaz Ali Abro]], date grower, [[LOCATION:Thari Mirwah]]""",
    """[[[DATE_TIME:2025-01-22 19:04:11]]] harbour-gate: entry granted boat=[[ID_NUMBER:GWD-2290]] skipper="[[PERSON:Nisar Ahmed Kalmati]]" crew=7 cnic=[[ID_NUMBER:52203-4419208-1]]
[2025-01-22 19:04:40] harbour-gate: camera 3 offline
[[[DATE_TIME:2025-01-22 21:55:02]]] harbour-gate: exit granted boat=[[ID_NUMBER:GWD-0117]] skipper="[[PERSON:Yar Jan]]" crew=5 cnic=[[ID_NUMBER:52203-6604173-9]]""",
    """<Remittance>
  <Ref>HW-7718-22</Ref>
  <Sender country="SA"><Name>[[PERSON:Ghulam Qadir Pathan]]</Name><Iqama>[[ID_NUMBER:2366905129]]</Iqama><Mobile>[[PHONE_NUMBER:+966 54 881 2096]]</Mobile></Sender>
  <Beneficiary><Name>[[PERSON:Amina Pathan]]</Name><Account>[[IBAN_CODE:PK33SCBL0000001882046517]]</Account><City>[[LOCATION:Tando Muhammad Khan]]</City></Beneficiary>
  <Amount currency="SAR">1850</Amount>
</Remittance>""",
    """Form: Change of beneficiary
Policyholder: [[PERSON:Gwendolyn Marsh-Okoro]]
Policy number: LF-22841-09
Date of birth: [[DATE_TIME:13 Sep 1968]]
New beneficiary: [[PERSON:Adaeze Okoro]] (daughter), born [[DATE_TIME:2 April 1997]]
Beneficiary SSN: [[US_SSN:604-28-1173]]
Signed [[DATE_TIME:05/19/2025]]""",
    """users.csv loaded: 3 rows
row 1 -> uid=[[USERNAME:bkhoso]] name=[[PERSON:Bashir Khoso]] last_login=[[DATE_TIME:2025-02-01 07:45]] role=field_agent
row 2 -> uid=[[USERNAME:sjamali]] name=[[PERSON:Shazia Jamali]] last_login=[[DATE_TIME:2025-01-28 16:02]] role=supervisor
row 3 -> uid=svc_sync name=Sync Service last_login=2025-02-02 00:00 role=system""",
    """curl -X POST https://api.payouts.example.com/v2/recipients -H "Authorization: Bearer sk_live_51Hx...redacted" -d '{"name":"[[PERSON:Tendai Moyo]]","email":"[[EMAIL_ADDRESS:tendai.moyo@gmail.com]]","phone":"[[PHONE_NUMBER:+263 77 214 8830]]","bank":{"iban":"[[IBAN_CODE:GB53MIDL40051571820447]]","bic":"MIDLGB22"}}'""",
    """{
  "farmer": {
    "name": "[[PERSON:محمد صالح ڀٽي]]",
    "father": "[[PERSON:عبدالڪريم]]",
    "cnic": "[[ID_NUMBER:45302-1108274-9]]",
    "village": "[[LOCATION:ڳوٺ ڀٽي]]",
    "taluka": "[[LOCATION:ڪوٽ ڏيجي]]",
    "crop": "کجي",
    "trees": 320,
    "mobile": "[[PHONE_NUMBER:0301-2208473]]"
  }
}""",
    """ٽڪيٽ نمبر 4471 - شڪايت
نالو: [[PERSON:شمع پنهور]]
فون: [[PHONE_NUMBER:0312-3390714]]
تفصيل: منهنجي ڀاءُ [[PERSON:اعجاز پنهور]] [[LOCATION:مسقط]] مان [[DATE_TIME:3 جنوري 2025]] تي پئسا موڪليا پر اڃا تائين نه مليا آهن. منهنجو شناختي ڪارڊ [[ID_NUMBER:41306-5540129-6]] آهي.""",
    """فارم: ماهیگیرانی رجسٹریشن
نام: [[PERSON:حسن جان بلوچ]]
پتءِ نام: [[PERSON:دوست محمد]]
شناختی کارڈ: [[ID_NUMBER:52102-8817340-5]]
بندر: [[LOCATION:اورماڑہ]]
بوجیگءِ نمبر: [[ID_NUMBER:ORM-0338]]
موبائل: [[PHONE_NUMBER:0333-2914470]]
رجسٹریشنءِ تاریخ: [[DATE_TIME:14-01-2025]]""",
    """Entry from remittance agent ledger (romanized Balochi): [[DATE_TIME:19 Jan]] - [[PERSON:Hammal]] [[LOCATION:Dubai]]a 1,000 dirham daat, pa [[PERSON:Mahnaz]]a dayag bi [[LOCATION:Tump]]a. [[PERSON:Mahnaz]]'e number [[PHONE_NUMBER:0348 2271096]]. [[PERSON:Hammal]]'e kaard [[ID_NUMBER:784-1995-0338470-5]].""",
    """-- audit query, Sukkur branch
SELECT account_no, holder_name, cnic, opened_on FROM accounts WHERE branch_code = 0451;
-- result
-- [[ID_NUMBER:0451-00881274-01]] | [[PERSON:Shabbir Ahmed Abro]] | [[ID_NUMBER:45504-9912873-7]] | [[DATE_TIME:2019-04-11]]
-- [[ID_NUMBER:0451-00881309-01]] | [[PERSON:Naheed Abro]] | [[ID_NUMBER:45504-3361029-4]] | [[DATE_TIME:2021-08-30]]""",
    """PATIENT REGISTRATION (web form submission)
first_name=[[PERSON:Anjali]]&last_name=[[PERSON:Deshmukh]]&dob=[[DATE_TIME:1995-12-04]]&aadhaar=[[ID_NUMBER:733509182046]]&mobile=[[PHONE_NUMBER:9822041176]]&city=[[LOCATION:Nagpur]]&pin=[[ZIP_CODE:440010]]&consent=yes""",
    """Jira KAN-2210: Mobile app crash on remittance receipt screen
Reporter: [[PERSON:Owais Qureshi]]
Steps: log in as test user; open the receipt for transfer to beneficiary [[PERSON:Rasheed Ahmed]] ([[PHONE_NUMBER:0301-8842290]]); app crashes.
Note: a real customer record was used for testing - remove it. Device: Pixel 7, Android 14, MAC 58:24:29:AF:03:C1.""",
    """[Unit]
Description=Warehouse weighbridge sync
[Service]
Environment=OPERATOR_NAME=[[PERSON:Aslam Jadgal]]
Environment=OPERATOR_PHONE=[[PHONE_NUMBER:+92 333 2710864]]
Environment=DB_PASSWORD=wB9#kk21
ExecStart=/opt/weighbridge/bin/sync --port 5021""",
    """{"claim_no": "CLM-2025-004417", "claimant": {"name": "[[PERSON:Beatriz Saldanha]]", "dob": "[[DATE_TIME:1979-05-17]]", "ssn": "[[US_SSN:349-71-2058]]", "address": "[[ADDRESS:77 Linden Ave, Apt 2R]], [[LOCATION:Fall River]], [[LOCATION:MA]] [[ZIP_CODE:02720]]"}, "incident_date": "[[DATE_TIME:2025-02-27]]", "adjuster": "[[PERSON:Kevin O'Hare]]"}""",
    """Record: Muhinjo naalo [[PERSON:Bakhtawar Shar]] aahe. Muhinji ammi [[PERSON:Sughran]] ji CNIC [[ID_NUMBER:45102-7730281-4]] aahe. Asaan jo ghar [[ADDRESS:Mohalla Shar, ghar 44]], [[LOCATION:Kandhkot]] mein aahe. Number: [[PHONE_NUMBER:0306 3817420]].""",
    """<?xml version="1.0"?>
<ShipmentNotice id="SN-58821">
  <Exporter>Khairpur Date Traders</Exporter>
  <Contact><Name>[[PERSON:Asad Ali Phulpoto]]</Name><Email>[[EMAIL_ADDRESS:asad.phulpoto@yahoo.com]]</Email><Mobile>[[PHONE_NUMBER:+92 302 3390184]]</Mobile></Contact>
  <Consignee>Al Tamr Trading LLC, Dubai</Consignee>
  <Goods>Aseel dates, 18,000 kg</Goods>
</ShipmentNotice>""",
    """[[DATE_TIME:Mar 04 02:11:57]] bastion sshd[8812]: Accepted publickey for [[USERNAME:nadia.k]] from [[IP_ADDRESS:192.168.40.17]] port 52014 ssh2
[[DATE_TIME:Mar 04 02:12:03]] bastion sudo: [[USERNAME:nadia.k]] : TTY=pts/1 ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
[[DATE_TIME:Mar 04 02:30:44]] bastion sshd[8812]: pam_unix(sshd:session): session closed for user [[USERNAME:nadia.k]]""",
    """Form W-4 worksheet (draft)
Employee: [[PERSON:Jamal Rashid Okafor]]
SSN: [[US_SSN:527-40-3391]]
Address: [[ADDRESS:2218 Bellflower Court]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43215]]
Filing status: Married filing jointly. Spouse: [[PERSON:Ngozi Okafor]]""",
    """registration = {
    "vessel": "[[ID_NUMBER:KHI-FB-6604]]",
    "owner": "[[PERSON:Muhammad Younus Baloch]]",
    "owner_cnic": "[[ID_NUMBER:42401-5590318-7]]",
    "nakhuda": "[[PERSON:Sher Muhammad]]",
    "home": "[[ADDRESS:House 88, Sector 2]], [[LOCATION:Machhar Colony]], [[LOCATION:Karachi]]",
    "last_trip": "[[DATE_TIME:2025-01-30]]",
}""",
    """Mani kaagad: [[PERSON:Bahar Khatoon]], jinen, umr [[AGE:42]]. Mani lógh: [[ADDRESS:Gali 6, Jamia Masjid Road]], [[LOCATION:Turbat]]. Mani bachch [[PERSON:Shakeel]] [[LOCATION:Doha]]a int, aiya QID [[ID_NUMBER:29058601342]] int. Mani number: [[PHONE_NUMBER:0346 8180273]].""",
]

GEN = [
    """Hi, I'm [[PERSON:Saeed Baloch]] and I sent 1,500 dirhams to my mother in [[LOCATION:Turbat]] from the exchange counter near my labour camp on [[DATE_TIME:Thursday 6 March 2025 around 7:40 pm]], but she still hasn't received it. Her CNIC is [[ID_NUMBER:52201-4418207-6]] and her number is [[PHONE_NUMBER:0345 2281907]].""",
    """[[PERSON:Ghulam Mustafa Jatoi]], [[AGE:58]], has grown Aseel dates on eleven acres near [[LOCATION:Kot Diji]] since his father handed him the orchard, and this season he wants the buyers from [[LOCATION:Khairpur]] to call him directly on [[PHONE_NUMBER:0301-3417725]] instead of going through the commission agent.""",
    """The harbour office at [[LOCATION:Pasni]] recorded the boat owner as [[PERSON:Dad Karim]], son of [[PERSON:Murad Bakhsh]], resident of [[ADDRESS:House 71, Ward No. 4]], with CNIC [[ID_NUMBER:52301-7720914-3]].""",
    """can someone tell [[PERSON:rubina]] that her cotton picking wages will be paid on [[DATE_TIME:saturday 12 october]] by [[PERSON:ameer bux]] at the ginning factory gate? he leaves for [[LOCATION:sanghar]] straight after.""",
    """Please update the account of [[PERSON:Fatima Zahra Qureshi]], born [[DATE_TIME:14/02/1989]], to her new address at [[ADDRESS:Flat 6, 22 Carlton Road]], [[LOCATION:Bradford]] [[ZIP_CODE:BD8 7RJ]]. She rang from [[PHONE_NUMBER:07700 914 382]] to confirm.""",
    """My son [[PERSON:Mateo Alvarez]] is [[AGE:7]] and has a follow-up with [[PERSON:Dr. Karen Whitfield]] on [[DATE_TIME:Tuesday, April 15 at 3:30 PM]]; the clinic has his insurance member ID as [[ID_NUMBER:XQH481207733]].""",
    """[[PERSON:Jean-François Ouellet]] gave his SIN as [[ID_NUMBER:527 183 040]] when he started at the warehouse in [[LOCATION:Laval]] on [[DATE_TIME:September 2, 2024]].""",
    """The exchange company's agent, [[PERSON:Irfan Memon]], says the transfer from [[PERSON:Naveed]] in [[LOCATION:Jeddah]] is ready to collect. The receiver, [[PERSON:Zubaida Khatoon]], has to bring her original CNIC [[ID_NUMBER:42301-8816025-4]] and the PIN from the sender, which he will not read out over the phone.""",
    """[[PERSON:Chiamaka Obi-Nwosu]]'s BVN [[ID_NUMBER:22184093716]] was linked to the wrong account, so the branch in [[LOCATION:Enugu]] asked her to come in with her NIN slip ([[ID_NUMBER:70419283561]]) on [[DATE_TIME:Monday 3rd March]].""",
    """Hey it's [[PERSON:Liam O'Connell]] - can you email the lease for [[ADDRESS:14/87 Beaufort Street]], [[LOCATION:Mount Lawley]] [[LOCATION:WA]] [[ZIP_CODE:6050]] to [[EMAIL_ADDRESS:liam.oconnell88@outlook.com]]? I'm moving in on [[DATE_TIME:the 1st of June]].""",
    """At [[LOCATION:West Wharf]], [[PERSON:Sabir Hussain Mallah]] told the co-operative clerk that his trawler's registration [[ID_NUMBER:KHI-FB-2187]] was suspended after the inspection on [[DATE_TIME:19 November 2024]], and asked for the notice to go to [[ADDRESS:Plot 9, Ibrahim Hyderi Road]], [[LOCATION:Korangi]], [[LOCATION:Karachi]].""",
    """Your GP registration is confirmed, [[PERSON:Tan Wei Ling]]. We have your NRIC as [[ID_NUMBER:S8841207I]] and your first consultation is on [[DATE_TIME:28 May, 9.40am]] at the [[LOCATION:Toa Payoh]] clinic.""",
    """[[PERSON:Kavitha Subramaniam]], [[AGE:34]], of [[LOCATION:Coimbatore]] linked her Aadhaar [[ID_NUMBER:4812 6039 7518]] to her mobile [[PHONE_NUMBER:+91 98430 27716]] on [[DATE_TIME:12-08-2024]], after which the gas subsidy started coming through again.""",
    """I am working in [[LOCATION:Muscat]] as heavy driver since 2016, name [[PERSON:Shah Nawaz Rind]], my resident card no. [[ID_NUMBER:98124377]] and whatsapp [[PHONE_NUMBER:+968 9214 6630]]. Kindly process family visa for my wife and two kids from [[LOCATION:Panjgur]].""",
    """We noticed a sign-in to [[PERSON:Brandon Kowalski]]'s online banking from [[IP_ADDRESS:73.162.44.209]] on [[DATE_TIME:03/22/2025 at 11:48 p.m.]] If this wasn't you, please call the number on the back of your card.""",
    """Biscuit, the beagle belonging to [[PERSON:Aoife Brennan]], is due for her boosters; reminders go to [[PHONE_NUMBER:087 412 9936]] and the appointment is [[DATE_TIME:Friday 9 May, 10:20]] at the [[LOCATION:Ballincollig]] surgery.""",
    """[[PERSON:Abdul Ghani Jamali]] of [[LOCATION:Dera Murad Jamali]] sold 64 maunds of phutti to the ginner on [[DATE_TIME:28 August]], and the payment slip lists his Kissan card as [[ID_NUMBER:KC-5402-118763]].""",
    """welcome to the club [[PERSON:tom haddington]]! your membership [[ID_NUMBER:PG-0071942]] starts [[DATE_TIME:mon 6 jan]] and we'll text [[PHONE_NUMBER:07823 554190]] when a spot in the 6am spin class opens up""",
    """[[PERSON:Wanjiru Kamau]] paid KSh 3,400 from M-Pesa number [[PHONE_NUMBER:0722 418 905]]; her ID number is [[ID_NUMBER:28816043]] and her KRA PIN is [[ID_NUMBER:A009412875K]].""",
    """منهنجو نالو [[PERSON:عبدالرزاق سومرو]] آهي، منهنجي عمر [[AGE:47]] سال آهي ۽ آئون [[LOCATION:خيرپور]] ۾ کجين جي باغ جو مالڪ آهيان. منهنجو فون نمبر [[PHONE_NUMBER:0306-3128814]] آهي.""",
    """[[PERSON:نور محمد لغاري]] [[LOCATION:دبئي]] مان پنهنجي ماءُ [[TITLE:مائي]] [[PERSON:حاجران]] کي [[DATE_TIME:15 رمضان]] تي ويهه هزار رپيا موڪليا. ماءُ جو شناختي ڪارڊ نمبر [[ID_NUMBER:41303-2291674-8]] آهي.""",
    """منی نام [[PERSON:مرید بلوچ]] اِنت، من [[LOCATION:گوادر]]ءِ ماهیگیرے آن. منی بوجیگءِ رجسٹریشن نمبر [[ID_NUMBER:GWD-1147]] اِنت و منی موبائل [[PHONE_NUMBER:0332-8170546]] اِنت.""",
    """Mani naam [[PERSON:Jamal Dashti]] int, man [[LOCATION:Sharjah]]a kaar kanaan. Man [[DATE_TIME:12 March]]a wati gohar [[PERSON:Shireen]]a 800 dirham raah daatag, aiya number [[PHONE_NUMBER:0336 7724109]] int.""",
    """Muhinjo naalo [[PERSON:Sassui Chandio]] aahe, muhinji umar [[AGE:29]] saal aahe. Aaun [[LOCATION:Larkana]] mein [[ADDRESS:ghar number 112, Station Road]] te rahandi aahyan. Muhinjo number [[PHONE_NUMBER:0333-7409215]] aahe.""",
    """[[PERSON:Maria Lourdes Dizon]], a caregiver in [[LOCATION:Riyadh]], asked her sister [[PERSON:Jennylyn]] to claim the remittance at the pawnshop in [[LOCATION:Tarlac City]] and to bring her own PhilHealth ID, [[ID_NUMBER:19-025583014-6]].""",
    """The hearing in [[PERSON:Sipho Dlamini]]'s application against the municipality is set down for [[DATE_TIME:14 August 2025 at 10h00]]; the applicant's ID number is [[ID_NUMBER:8804125089083]] and his attorney is [[PERSON:Ms. Thandeka Mokoena]].""",
    """Dear parents, [[PERSON:Ms. Danielle Okafor]] will be covering Grade 4 while [[PERSON:Mr. Hughes]] is away. If [[PERSON:Jayden]] needs his inhaler during PE, please text her on [[PHONE_NUMBER:(312) 847-2290]].""",
    """[[PERSON:Harpreet Sandhu]] called about claim CLM-88104 for the hail damage at [[ADDRESS:2210 Prairie Rose Crescent]], [[LOCATION:Regina]], [[LOCATION:SK]] [[ZIP_CODE:S4V 2K9]]. His date of birth is [[DATE_TIME:1976-11-30]] and he would like a callback after 5.""",
    """Port-out request: [[PHONE_NUMBER:+44 7384 019 552]] belongs to [[PERSON:Oluwaseun Adeyemi]], account number [[ID_NUMBER:88204417]]; the PAC has not been issued yet.""",
    """The Begum Jangi dates in [[PERSON:Gul Naz]]'s family orchard at [[LOCATION:Nasirabad]], just outside [[LOCATION:Turbat]], were ruined by the rain this year. Her brother [[PERSON:Hasil Khan]] can be reached on [[PHONE_NUMBER:0347-8811062]] about the crop-loss form.""",
    """Reservation for [[PERSON:Mr. Kenji Nakamura]] and [[PERSON:Mrs. Yuki Nakamura]], arriving [[DATE_TIME:Sat 14 June 2025 at 23:00]]; a late check-in has been noted and the deposit taken from the card on file.""",
    """follow my cousin [[PERSON:zainab]] on insta, her handle is @[[USERNAME:zainab.bakes.khi]] and she takes orders for three-tier cakes anywhere in [[LOCATION:Karachi]] if you message her by thursday""",
    """User [[PERSON:Grace Mutua]] ([[EMAIL_ADDRESS:gmutua@kilifitech.co.ke]]) reports she has been unable to log in from [[IP_ADDRESS:105.163.8.41]] since her password reset on [[DATE_TIME:Feb 11]].""",
    """Sir, I [[PERSON:Abdul Wahid Kakar]] resident of [[ADDRESS:House No. 3-B, Street 5]], [[LOCATION:Jinnah Town]], [[LOCATION:Quetta]] humbly request that the amount sent by my brother from [[LOCATION:Doha]] be released. His QID is [[ID_NUMBER:28958604117]] and my cell is [[PHONE_NUMBER:0300-3856142]].""",
    """[[PERSON:Aroha Ngata]] viewed the unit at [[ADDRESS:3/41 Richmond Road]], [[LOCATION:Grey Lynn]], [[LOCATION:Auckland]] [[ZIP_CODE:1021]] on [[DATE_TIME:Saturday 22 March]] and would like a second viewing. Mobile [[PHONE_NUMBER:021 448 3091]].""",
    """Repeat prescription for [[PERSON:Derek Oyelaran-Smith]], NHS no. [[ID_NUMBER:485 201 9371]], DOB [[DATE_TIME:07.06.1952]], to be collected from the Station Parade branch.""",
    """[[TITLE:Haji]] [[PERSON:Qadir Bux Mallah]]'s boat left [[LOCATION:Keti Bandar]] on [[DATE_TIME:2 December]] with six crew, among them his nephew [[PERSON:Allah Dino]], [[AGE:19]], and has not radioed since; the family can be reached on [[PHONE_NUMBER:0302-2918475]].""",
    """[[PERSON:Rohit Deshpande]] (employee ID [[ID_NUMBER:INF-204417]]) joins the Pune office on [[DATE_TIME:1 July 2025]]. Payroll already has his PAN, [[ID_NUMBER:BQZPD4417K]], and his salary account details.""",
    """Our field team in [[LOCATION:Tando Allahyar]] met [[PERSON:Hoori]], [[AGE:16]], who has picked cotton beside her mother [[PERSON:Lalan Kolhi]] since childhood; both are paid by the maund and neither has ever had a CNIC.""",
    """GG to [[USERNAME:xX_Rind_Sniper_Xx]] - real name [[PERSON:Faraz Rind]], he's from [[LOCATION:Hub]] and turns [[AGE:18]] on [[DATE_TIME:April 9]], so the tournament payout can go into his own account after that.""",
    """Driver note: recipient [[PERSON:J. Patel]] at [[ADDRESS:11 Orchard Close]], [[LOCATION:Kettering]] [[ZIP_CODE:NN15 6QT]] is away, so leave the parcel with the neighbour at [[ADDRESS:9 Orchard Close]], [[PERSON:Mrs. Agnes Whitaker]]. Call [[PHONE_NUMBER:01536 418802]] if nobody answers.""",
    """Kindly note that remitter [[PERSON:Muhammad Yousuf Brohi]], civil ID [[ID_NUMBER:289062302194]], sent KWD 150 from [[LOCATION:Kuwait City]] on [[DATE_TIME:25/01/2025]] to beneficiary [[PERSON:Saira Brohi]], IBAN [[IBAN_CODE:PK08SIND0003102445890021]], Sindh Bank, [[LOCATION:Dadu]] branch.""",
    """[[PERSON:Dr. Meenakshi Iyer]] saw [[PERSON:Arjun]], [[AGE:11]], for his asthma review on [[DATE_TIME:5th Feb]] and increased the preventer dose; his mother [[PERSON:Lakshmi]] was asked to bring the spacer next time.""",
    """Return for [[PERSON:Kayla Jefferson]]: order 112-4471920-5530126 shipped to [[ADDRESS:5806 Old Hickory Blvd, Apt 12C]], [[LOCATION:Nashville]], [[LOCATION:TN]] [[ZIP_CODE:37209]], refund to the Visa ending 0448.""",
    """[[PERSON:گلاب خان جوڻيجو]] [[LOCATION:سانگهڙ]] جو ڪپهه جو هاري آهي. هن [[DATE_TIME:10 سيپٽمبر 2024]] تي ڪارخاني کي ڦٽي وڪرو ڪئي. سندس ڪسان ڪارڊ نمبر [[ID_NUMBER:KC-4410-772913]] آهي.""",
    """[[TITLE:واجہ]] [[PERSON:عبدالغفور]]ءِ مچّانی باگ [[LOCATION:پنجگور]]ءَ اِنت. آئیءِ عمر [[AGE:62]] سال اِنت و آئیءِ موبائل نمبر [[PHONE_NUMBER:0345-9307712]] اِنت.""",
    """Hi [[PERSON:Siobhán]], we've received your application for the carer's allowance. To finish it we need a copy of the PPS number card for [[PERSON:Pádraig Ó Súilleabháin]] ([[ID_NUMBER:8826154E]]), whose care you've listed, and your own bank statement.""",
    """Case note: [[PERSON:Destiny Moore]], [[AGE:23]], and her daughter [[PERSON:Nevaeh]] moved into the shelter on [[DATE_TIME:Oct 3rd]]. Her SSN is [[US_SSN:412-68-3097]]; benefits paperwork is still pending.""",
    """Passenger [[PERSON:ALHASHMI/KHALID]] [[TITLE:MR]] on EK 600 from [[LOCATION:Dubai]] to [[LOCATION:Karachi]], departing [[DATE_TIME:17MAR 02:35]], travelling on passport [[ID_NUMBER:AT4418807]] with one checked bag.""",
    """[[PERSON:Allah Bachayo]] chayo ta hun [[LOCATION:Muscat]] maan 30 hazar rupya [[DATE_TIME:Jumay 7 Feb]] te moklya, par agent [[TITLE:Seth]] [[PERSON:Kishore Lal]] [[LOCATION:Mithi]] mein chave tho ta paisa ayo ee naahe. [[PERSON:Allah Bachaye]] jo number [[PHONE_NUMBER:0300 3319048]] aahe.""",
    """[[PERSON:Nkechi Eze]]'s student number is [[ID_NUMBER:2207419]]; the registry has her moving from [[ADDRESS:Room 14, Block C, Hatfield Halls]] to a private let in [[LOCATION:Leicester]] from [[DATE_TIME:20 September]].""",
    """[[PERSON:Khairun Nisa]] of [[LOCATION:Goth Haji Sher Muhammad]], [[LOCATION:Badin]] borrowed Rs. 60,000 from the microfinance bank on [[DATE_TIME:18-07-2023]] to buy two buffaloes, and has repaid every instalment through her husband's account.""",
    """[[PERSON:Marcus Lindqvist]] picked up the Camry at the airport on [[DATE_TIME:June 30, 2024, 6:15 pm]]; California license [[US_DRIVER_LICENSE:D8821607]], date of birth [[DATE_TIME:02/14/1990]].""",
    """The wedding of [[PERSON:Emeka]] and [[PERSON:Ifeoma Chukwu]] will hold at St. Mary's Catholic Church, [[LOCATION:Onitsha]] on [[DATE_TIME:Saturday, 26th April 2025 by 10am]]. RSVP to [[PERSON:Ngozi]] on [[PHONE_NUMBER:0803 441 2096]].""",
    """At the [[LOCATION:Ormara]] jetty, fisherman [[PERSON:Ilahi Bakhsh]] says the navy pass for his launch expired and he has been waiting since [[DATE_TIME:the 3rd of January]] for the new one; his CNIC is [[ID_NUMBER:52102-3371804-1]].""",
    """Beware: someone calling himself [[PERSON:Asif Lashari]] from [[PHONE_NUMBER:+971 55 739 2146]] is posing as an exchange-house agent and asking families in [[LOCATION:Larkana]] to pay a release fee for remittances.""",
    """[[PERSON:Rosa Delgado-Murphy]], a registered [[NRP:Democrat]] in [[LOCATION:Maricopa County]], asked to update her voter record after moving to [[ADDRESS:1147 W Glenrosa Ave]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85013]].""",
    """[[PERSON:Ravi Menghwar]], a [[NRP:Hindu]] farmer from [[LOCATION:Umerkot]], grows chillies and a little cotton on rented land; he asked that the relief cheque be issued in his wife [[PERSON:Champa]]'s name.""",
    """The grower list for the [[LOCATION:Khairpur]] date market shows [[PERSON:Mir Hassan Talpur]] with 2,300 palms of Aseel and Karbalain, contact [[PHONE_NUMBER:0243-551872]], and his manager [[PERSON:Shahid Rajpar]] on [[PHONE_NUMBER:0302 6610473]].""",
    """I'm [[PERSON:Noor ul Ain]] from [[LOCATION:Hyderabad]], [[LOCATION:Sindh]]. I was born on [[DATE_TIME:2 Rabi ul Awal]] and my father always says it was the day the canal broke.""",
    """Subject: refund for [[PERSON:Olivia Brandt]]. She was billed twice for the October electricity at [[ADDRESS:88 Harcourt Terrace, Unit 4]], [[LOCATION:Halifax]], [[LOCATION:NS]] [[ZIP_CODE:B3H 1X7]]; please credit account [[ID_NUMBER:4410273385]] and email her at [[EMAIL_ADDRESS:obrandt.hfx@gmail.com]].""",
    """The cold-store manager at [[LOCATION:Jiwani]] says [[PERSON:Karim Jan]] and [[PERSON:Naseer Ahmed]] brought in 900 kilos of silver pomfret on [[DATE_TIME:Sunday 16 February, just after 4 in the morning]], and the auction slip was made out to [[PERSON:Karim Jan]]'s son [[PERSON:Balach]].""",
    """My name is [[PERSON:Teresa Mwangi-Otieno]], I'm [[AGE:41]] and I live at [[ADDRESS:Apartment 7B, Kindaruma Court]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]]. My phone is [[PHONE_NUMBER:+254 733 904 118]].""",
    """Transfer receipt: sender [[PERSON:Bilal Hingoro]], [[LOCATION:Al Khobar]], iqama [[ID_NUMBER:2418773905]]; receiver [[PERSON:Rasheeda Hingoro]], [[LOCATION:Nawabshah]], mobile [[PHONE_NUMBER:0312 4468205]]; date [[DATE_TIME:09-02-2025 18:22]]; reference 77401-882-19 (quote this when collecting).""",
    """"I moved here from [[LOCATION:Lahore]] when I was [[AGE:12]]," says [[PERSON:Sana Mirza]], now [[AGE:37]] and running a catering business out of [[ADDRESS:2/15 Ferris Street]], [[LOCATION:Dandenong]].""",
    """Patient [[PERSON:Gulshan Akhtar]], [[AGE:52]], female, admitted [[DATE_TIME:11/04/2025 at 02:10]] with chest pain; husband [[PERSON:Akhtar Ali]] gave contact [[PHONE_NUMBER:0321-2094476]]. MR no. [[ID_NUMBER:CHK-0881204]].""",
    """I've been trying to reach [[PERSON:Dale]] at the landlord's office for weeks about the mould in [[ADDRESS:Flat 3, 17 Gorse Hill Road]], [[LOCATION:Swindon]]. If anyone knows him, his number was [[PHONE_NUMBER:07412 660583]].""",
    """[[PERSON:Zarina Marri]] runs the women's date-processing group in [[LOCATION:Mand]]; she packs Muzawati dates in five-kilo boxes and sells them to a trader in [[LOCATION:Karachi]], who pays into her account [[ID_NUMBER:0142-0100839201]] at the end of each month.""",
    """Hello [[PERSON:Mr. Pillay]], this is to confirm your booking with the physiotherapist on [[DATE_TIME:Wednesday 4 June at 08:45]]. Please arrive ten minutes early and bring your medical aid card (member no. [[ID_NUMBER:DH-1148209]]).""",
    """Heard from [[PERSON:naseem]] bhabi that [[PERSON:shakeel]] is back from [[LOCATION:ajman]] for good, his new number is [[PHONE_NUMBER:0331 2270485]] and he's opened a mobile shop near the Hyderabad bypass""",
    """On [[DATE_TIME:21 February 2025]], [[PERSON:Emily Tran]], [[AGE:29]], opened a joint account with her partner [[PERSON:Josh Whitely]] at the [[LOCATION:Parramatta]] branch. Her tax file number is recorded as [[ID_NUMBER:459 271 033]].""",
    """The ginning factory near [[LOCATION:Ghotki]] owes [[PERSON:Muhammad Ramzan Mahar]] for 120 maunds of cotton delivered on [[DATE_TIME:3 October]]; he has lodged a complaint with the assistant commissioner and given his number as [[PHONE_NUMBER:0334 7091182]].""",
    """Tenant: [[PERSON:Priyanka Raman]]. Previous address: [[ADDRESS:No. 14, 3rd Cross, 5th Main]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]. Employer reference received. Move-in [[DATE_TIME:15/07]].""",
    """ڪالهه [[LOCATION:ڪيٽي بندر]] جي مهاڻي [[PERSON:محمد عثمان ملاح]] ٻڌايو ته سندس ٻيڙي [[DATE_TIME:28 ڊسمبر]] کان لاپتا آهي. سندس پٽ [[PERSON:عبدالستار]] جو نمبر [[PHONE_NUMBER:0303-2148856]] آهي.""",
    """[[PERSON:Javier Morales]] was born on [[DATE_TIME:the 3rd of March 1987]] in [[LOCATION:Guadalajara]] and moved to [[LOCATION:San Antonio]] at [[AGE:9]]; he now coaches little league on weekends.""",
    """So [[PERSON:Hamid]] from the exchange in [[LOCATION:Deira]] called me again - says my cousin [[PERSON:Waseem Khoso]] owes him 2,000 dirhams for a transfer that never arrived in [[LOCATION:Jacobabad]]. I told him to speak to [[PERSON:Waseem]] directly on [[PHONE_NUMBER:052 447 1903]].""",
    """[[PERSON:Liang Chen]] signed up for the library card with his email [[EMAIL_ADDRESS:liangchen.1994@qq.com]] and the address [[ADDRESS:301-455 Hastings Street West]], [[LOCATION:Vancouver]] [[ZIP_CODE:V6B 1L4]].""",
    """It is hereby certified that [[PERSON:Ms. Hina Bano]], daughter of [[PERSON:Abdul Majeed]], born on [[DATE_TIME:12 March 1998]], has been a bona fide student of this college from 2016 to 2020.""",
    """Dear [[PERSON:Kwame]], your parcel is at the depot on [[ADDRESS:14 Ring Road Central]], [[LOCATION:Accra]]. Bring ID and quote tracking JX880214473GH, or call [[PERSON:Ama]] on [[PHONE_NUMBER:024 418 7730]] to arrange delivery.""",
    """Mani naam [[PERSON:Mahganj]] int, umr [[AGE:34]] saal. Mani lógh [[LOCATION:Dasht]]a int, mani mard [[PERSON:Rahim Bakhsh]] [[LOCATION:Dubai]]a kaar kant. Mani shanakhti card [[ID_NUMBER:52203-1184470-2]] int.""",
    """[[PERSON:Andile Khumalo]] wants to move his debit order to the 25th; his ID number is [[ID_NUMBER:7103166221080]] and his cell is [[PHONE_NUMBER:082 914 3376]].""",
    """Reminder: [[TITLE:Sister]] [[PERSON:Mary Frances]] and [[TITLE:Fr.]] [[PERSON:Tomás Ryan]] will lead the retreat, and [[PERSON:Colm]] is handling lifts from [[LOCATION:Galway]]; text him on [[PHONE_NUMBER:085 229 7614]].""",
    """The union in [[LOCATION:Ibrahim Hyderi]] collected statements from [[PERSON:Rahima Dablo]], [[PERSON:Sakina Mallah]] and [[PERSON:Jannat Bibi]], whose husbands were detained at sea on [[DATE_TIME:7 September 2024]]; their lawyer is Advocate [[PERSON:Nazir Shaikh]].""",
    """[[PERSON:Hannah Goldberg]], who is [[NRP:Jewish]] and keeps kosher, asked the hospital kitchen for sealed meals during her stay from [[DATE_TIME:May 2]] to [[DATE_TIME:May 6]].""",
    """A cotton picker, [[PERSON:Sonari Bheel]], [[AGE:35]], was bitten by a snake in the field of landlord [[TITLE:Sardar]] [[PERSON:Ahmed Khan Nizamani]] on [[DATE_TIME:14 November]] and taken to the taluka hospital in [[LOCATION:Jhuddo]].""",
    """Can you check if the remittance from my son [[PERSON:Sameer]] came in? I'm [[PERSON:Parveen Akhtar]], account [[IBAN_CODE:PK35MUCB1274006610093015]], the money was sent from [[LOCATION:Manchester]] on Tuesday.""",
    """[[PERSON:Diego Hernández]]'s Florida license [[US_DRIVER_LICENSE:H536-412-87-209-0]] was suspended on [[DATE_TIME:January 8, 2025]] after the unpaid toll notices, his lawyer said.""",
    """Selling my late father's date orchard: 400 Dhakki palms, tubewell, boundary wall, near [[LOCATION:Pano Aqil]]. Serious buyers contact [[PERSON:Asghar Ali Chachar]], [[PHONE_NUMBER:0300-8123406]], no agents please.""",
    """[[PERSON:Isabella Rossi]], [[AGE:66]], of [[ADDRESS:27 Garibaldi Avenue]], [[LOCATION:Woodbridge]], [[LOCATION:ON]], fell on the ice outside her church on [[DATE_TIME:December 18]].""",
    """آئون [[PERSON:شبانه ميمڻ]] آهيان، [[LOCATION:شارجه]] ۾ نرس آهيان. منهنجو اي ميل [[EMAIL_ADDRESS:shabana.memon91@gmail.com]] ۽ واٽس ايپ [[PHONE_NUMBER:+971 56 318 2207]] آهي.""",
]

TABLE = [
    """grower_name,cnic,village,acres,variety,mobile
[[PERSON:Ali Gohar Mirani]],[[ID_NUMBER:45301-2280417-5]],[[LOCATION:Kot Diji]],12,Aseel,[[PHONE_NUMBER:0301-3390128]]
[[PERSON:Shaista Mirani]],[[ID_NUMBER:45301-7714092-8]],[[LOCATION:Kot Diji]],4,Karbalain,[[PHONE_NUMBER:0333-7120946]]
[[PERSON:Qurban Ali Wassan]],[[ID_NUMBER:45302-9901736-1]],[[LOCATION:Thari Mirwah]],27,Aseel,[[PHONE_NUMBER:0345-3012877]]""",
    """| Name | Employee ID | Dept | Start date | Extension |
|------|-------------|------|------------|-----------|
| [[PERSON:Rachel Kim]] | [[ID_NUMBER:E-10442]] | Finance | [[DATE_TIME:2021-03-15]] | x4410 |
| [[PERSON:Obinna Eze]] | [[ID_NUMBER:E-10587]] | IT | [[DATE_TIME:2022-11-01]] | x4432 |
| [[PERSON:Sofía Ramírez]] | [[ID_NUMBER:E-10601]] | Legal | [[DATE_TIME:2023-01-09]] | x4417 |""",
    """date\tsender\tsender_country\treceiver\treceiver_mobile\tamount_pkr\tref
[[DATE_TIME:02/01/2025]]\t[[PERSON:Ghulam Nabi Khoso]]\t[[LOCATION:UAE]]\t[[PERSON:Sakina Khoso]]\t[[PHONE_NUMBER:0300-3118402]]\t85,000\tRM-10294
[[DATE_TIME:02/01/2025]]\t[[PERSON:Javed Lashari]]\t[[LOCATION:Saudi Arabia]]\t[[PERSON:Rasool Bux Lashari]]\t[[PHONE_NUMBER:0313-2274198]]\t140,000\tRM-10295
[[DATE_TIME:03/01/2025]]\t[[PERSON:Imran Jamali]]\t[[LOCATION:Oman]]\t[[PERSON:Shamim Jamali]]\t[[PHONE_NUMBER:0342-8861037]]\t60,500\tRM-10301""",
    """{"boat_reg": "[[ID_NUMBER:GWD-0912]]", "owner": "[[PERSON:Abdul Rehman Kalmati]]", "crew": 6, "catch_kg": 740, "landed": "[[DATE_TIME:2025-03-02 05:40]]"}
{"boat_reg": "[[ID_NUMBER:GWD-1335]]", "owner": "[[PERSON:Fazal Baloch]]", "crew": 4, "catch_kg": 310, "landed": "[[DATE_TIME:2025-03-02 06:15]]"}
{"boat_reg": "[[ID_NUMBER:GWD-0078]]", "owner": "[[TITLE:Bibi]] [[PERSON:Zar Khatoon]]", "crew": 8, "catch_kg": 1120, "landed": "[[DATE_TIME:2025-03-02 07:02]]"}""",
    """Patient            DOB          MRN        Ward   Consultant
[[PERSON:Margaret Doyle]]     [[DATE_TIME:12/04/1941]]   [[ID_NUMBER:H0448217]]   B3     [[PERSON:Dr. Aziz]]
[[PERSON:Patrick Nwosu]]      [[DATE_TIME:30/09/1968]]   [[ID_NUMBER:H0448305]]   C1     [[PERSON:Dr. Lennon]]
[[PERSON:Aisling Kearney]]    [[DATE_TIME:07/01/2002]]   [[ID_NUMBER:H0448311]]   B3     [[PERSON:Dr. Aziz]]""",
    """- name: [[PERSON:Tariq Mehmood Buriro]]
  role: cotton buyer
  phone: "[[PHONE_NUMBER:0300-3441982]]"
  city: [[LOCATION:Shahdadpur]]
- name: [[PERSON:Anwar Ali Nohri]]
  role: ginner
  phone: "[[PHONE_NUMBER:0235-841207]]"
  city: [[LOCATION:Sanghar]]
- name: [[PERSON:Kamla Bai]]
  role: picker team lead
  phone: "[[PHONE_NUMBER:0346-3102879]]"
  city: [[LOCATION:Tando Adam]]""",
    """Name: [[PERSON:Jonathan Abernathy]]
Email: [[EMAIL_ADDRESS:j.abernathy@gmail.com]]
Phone: [[PHONE_NUMBER:(617) 442-9083]]
Plan: Premium Annual
Card: [[CREDIT_CARD:4567 3500 1298 8636]]
Exp: 08/28
Billing ZIP: [[ZIP_CODE:02139]]
Status: active""",
    """student_no;surname;given_names;dob;nationality;programme
[[ID_NUMBER:23004417]];[[PERSON:Nakamura]];[[PERSON:Haruto]];[[DATE_TIME:2004-06-11]];[[NRP:Japanese]];BEng Civil
[[ID_NUMBER:23004592]];[[PERSON:Achieng]];[[PERSON:Mercy]];[[DATE_TIME:2003-12-29]];[[NRP:Kenyan]];BSc Nursing
[[ID_NUMBER:23004610]];[[PERSON:Baloch]];[[PERSON:Sameer]];[[DATE_TIME:2004-02-02]];[[NRP:Pakistani]];BBA""",
    """| نالو | پيءُ جو نالو | شناختي ڪارڊ | ڳوٺ | فون |
|---|---|---|---|---|
| [[PERSON:رسول بخش ملاح]] | [[PERSON:الهڏنو]] | [[ID_NUMBER:41101-6618290-3]] | [[LOCATION:شاهه بندر]] | [[PHONE_NUMBER:0304-2290517]] |
| [[PERSON:مريم ملاح]] | [[PERSON:رسول بخش]] | [[ID_NUMBER:41101-3304718-2]] | [[LOCATION:شاهه بندر]] | [[PHONE_NUMBER:0315-3317429]] |""",
    """id,first,last,age,gender,state,last_ip
1,[[PERSON:Kaylee]],[[PERSON:Bergstrom]],[[AGE:24]],F,[[LOCATION:Minnesota]],[[IP_ADDRESS:24.118.205.77]]
2,[[PERSON:Darius]],[[PERSON:Moghaddam]],[[AGE:37]],M,[[LOCATION:California]],[[IP_ADDRESS:76.91.3.140]]
3,[[PERSON:Lupe]],[[PERSON:Fonoti]],[[AGE:29]],F,[[LOCATION:Hawaii]],[[IP_ADDRESS:72.253.18.9]]""",
    """member:
  name: [[PERSON:Naveed Akhtar Jiskani]]
  member_no: [[ID_NUMBER:KDG-0417]]
  cooperative: Khairpur Date Growers
  orchard_location: [[LOCATION:Nara]]
  palms: 540
  bank_iban: [[IBAN_CODE:PK87HABB0019017900442209]]
  joined: [[DATE_TIME:2018-11-20]]""",
    """Account Holder          Sort Code   Account No.   Branch
[[PERSON:Gareth Pryce-Jones]]      40-11-62    [[ID_NUMBER:71408823]]      [[LOCATION:Cardiff]]
[[PERSON:Samina Akhtar]]           20-45-18    [[ID_NUMBER:33019476]]      [[LOCATION:Bradford]]
[[PERSON:Tomasz Wiśniewski]]       30-94-57    [[ID_NUMBER:50228714]]      [[LOCATION:Slough]]""",
    """{"passenger": "[[PERSON:OKONJO/ADAEZE]] [[TITLE:MS]]", "pnr": "K7XQ2L", "passport": "[[ID_NUMBER:A09418826]]", "seat": "32C", "dob": "[[DATE_TIME:14MAY85]]"}
{"passenger": "[[PERSON:RIND/ABDUL HAKEEM]] [[TITLE:MR]]", "pnr": "K7XQ2L", "passport": "[[ID_NUMBER:EK3306174]]", "seat": "32D", "dob": "[[DATE_TIME:02JAN79]]"}""",
    """Harbour ice sales - [[LOCATION:Pasni]], 11 Feb
Buyer               Blocks  Paid   Phone
[[PERSON:Lal Bakhsh]]          40      Yes    [[PHONE_NUMBER:0332-7190235]]
[[TITLE:Haji]] [[PERSON:Gul Muhammad]]   25      No     [[PHONE_NUMBER:0345-2617094]]
Harbour canteen     10      Yes    086-4210334""",
    """| Customer | Card | Expiry | Amount | Date |
| --- | --- | --- | --- | --- |
| [[PERSON:Priya Nair]] | [[CREDIT_CARD:5432 1076 5490 1289]] | 11/26 | $84.20 | [[DATE_TIME:2025-03-01]] |
| [[PERSON:Connor Walsh]] | [[CREDIT_CARD:3798 220461 55735]] | 04/27 | $19.99 | [[DATE_TIME:2025-03-01]] |
| [[PERSON:Mei Ling Ong]] | [[CREDIT_CARD:4917 6155 2088 3041]] | 09/25 | $240.00 | [[DATE_TIME:2025-03-02]] |""",
    """tenant|unit|lease_start|rent_aed|emirates_id|mobile
[[PERSON:Shoaib Ahmed Memon]]|[[ADDRESS:Flat 305]]|[[DATE_TIME:2024-09-01]]|42000|[[ID_NUMBER:784-1987-0655201-9]]|[[PHONE_NUMBER:055 218 7740]]
[[PERSON:Rekha Pillai]]|[[ADDRESS:Flat 307]]|[[DATE_TIME:2025-01-15]]|45000|[[ID_NUMBER:784-2002-0563317-3]]|[[PHONE_NUMBER:050 441 0928]]
(Building: [[ADDRESS:Al Nahda Residence 2]], [[LOCATION:Sharjah]])""",
    """Ref        Item                 Qty  Customer          Ship-to postcode
SO-44120   Cast iron skillet    1    [[PERSON:H. Whitmore]]       [[ZIP_CODE:YO31 8HF]]
SO-44121   Bread tin, 2lb       3    [[PERSON:Amira Haddad]]      [[ZIP_CODE:M14 5LT]]
SO-44122   Enamel pie dish      2    [[PERSON:Callum Reid]]       [[ZIP_CODE:EH6 4QS]]""",
    """| Agent | Licence | Area | Phone | Email |
|-------|---------|------|-------|-------|
| [[PERSON:Waqas Bizenjo]] | MX-A-0331 | [[LOCATION:Khuzdar]] | [[PHONE_NUMBER:0848-412670]] | [[EMAIL_ADDRESS:waqas.bizenjo@gmail.com]] |
| [[PERSON:Farida Baloch]] | MX-A-0342 | [[LOCATION:Turbat]] | [[PHONE_NUMBER:0852-413398]] | [[EMAIL_ADDRESS:farida.b.turbat@yahoo.com]] |
| Head office | - | [[LOCATION:Quetta]] | 081-2840000 | info@makranexchange.pk |""",
    """donor_name\temail\tphone\tgift\tgift_date
[[PERSON:Evelyn Marsh]]\t[[EMAIL_ADDRESS:evelyn.marsh@btinternet.com]]\t[[PHONE_NUMBER:01603 418 220]]\t£50\t[[DATE_TIME:12 Jan 2025]]
[[TITLE:Rev.]] [[PERSON:David Osei]]\t[[EMAIL_ADDRESS:dosei@stmarkschurch.org.uk]]\t\t£200\t[[DATE_TIME:19 Jan 2025]]
Anonymous\t\t\t£15\t22 Jan 2025""",
    """name, age, village, crop, loan_rs, guarantor
[[PERSON:Zareena Kolhi]], [[AGE:31]], [[LOCATION:Chhachhro]], cotton, 40000, [[PERSON:Bhagwan Das]]
[[PERSON:Meera Bheel]], [[AGE:27]], [[LOCATION:Kaloi]], cotton, 35000, [[PERSON:Pathani Bheel]]
[[PERSON:Jannat Khaskheli]], [[AGE:45]], [[LOCATION:Naukot]], chillies, 50000, [[PERSON:Ameer Khaskheli]]""",
    """{"user":"[[USERNAME:kofi_b]]","name":"[[PERSON:Kofi Boateng]]","country":"[[LOCATION:Ghana]]","signup":"[[DATE_TIME:2024-07-19]]","plan":"free"}
{"user":"[[USERNAME:lena.wagner]]","name":"[[PERSON:Lena Wagner]]","country":"[[LOCATION:Austria]]","signup":"[[DATE_TIME:2024-07-20]]","plan":"pro"}
{"user":"[[USERNAME:arjun_k99]]","name":"[[PERSON:Arjun Kulkarni]]","country":"[[LOCATION:India]]","signup":"[[DATE_TIME:2024-07-20]]","plan":"free"}""",
    """Vessel      Skipper                 Home port      Licence     Trip days
[[ID_NUMBER:KHI-FB-3318]]  [[PERSON:Noor Muhammad Dablo]]     [[LOCATION:Ibrahim Hyderi]] FL-22-418   12
[[ID_NUMBER:KHI-FB-4402]]  [[PERSON:Ali Bux Jat]]             [[LOCATION:Rehri Goth]]     FL-22-502   9
[[ID_NUMBER:KHI-FB-0291]]  [[PERSON:Yaqoob Mallah]]           [[LOCATION:Keti Bandar]]    FL-21-077   15""",
    """Name: [[PERSON:Chukwuemeka Nnadi]]
Date of birth: [[DATE_TIME:09/10/1990]]
NIN: [[ID_NUMBER:40188273649]]
State of origin: [[LOCATION:Anambra]]
Phone: [[PHONE_NUMBER:0812 447 3009]]
Next of kin: [[PERSON:Uchenna Nnadi]]
Blood group: O+""",
    """| Passenger | Seat | Frequent flyer | Meal |
|---|---|---|---|
| [[PERSON:Mr. Faisal Qureshi]] | 12A | [[ID_NUMBER:EK 408 771 203]] | Muslim meal |
| [[PERSON:Mrs. Ayesha Qureshi]] | 12B | [[ID_NUMBER:EK 408 771 219]] | Muslim meal |
| [[PERSON:Zoya Qureshi]] | 12C | - | Child meal |""",
    """نام,عمر,شہر,موبائل,کار
[[PERSON:گل خان بلوچ]],[[AGE:36]],[[LOCATION:دبئی]],[[PHONE_NUMBER:+971 50 772 1846]],ڈرائیور
[[PERSON:نصیر احمد]],[[AGE:29]],[[LOCATION:مسقط]],[[PHONE_NUMBER:+968 9188 2043]],ماہیگیر
[[PERSON:جاوید بلوچ]],[[AGE:41]],[[LOCATION:دوحہ]],[[PHONE_NUMBER:+974 5548 1290]],مزدور""",
    """ssn         | name               | dob        | state
------------+--------------------+------------+------
[[US_SSN:318-44-9027]] | [[PERSON:Latoya Simmons]]     | [[DATE_TIME:1988-01-23]] | [[LOCATION:GA]]
[[US_SSN:455-71-3302]] | [[PERSON:Cody Hendricks]]     | [[DATE_TIME:1995-07-04]] | [[LOCATION:TX]]
(2 rows)""",
    """Volunteer roster - [[LOCATION:Nairobi]] marathon water station 14
Name                 Phone            T-shirt
[[PERSON:Brian Otieno]]         [[PHONE_NUMBER:0711 284 905]]     L
[[PERSON:Faith Chebet]]         [[PHONE_NUMBER:0729 603 118]]     M
[[PERSON:Hassan Abdi]]          [[PHONE_NUMBER:0700 512 774]]     XL""",
    """buyer_name,company,city,phone,lot_no,bales
[[TITLE:Seth]] [[PERSON:Mohan Lal]],Lal Cotton Traders,[[LOCATION:Hyderabad]],[[PHONE_NUMBER:0300-3017426]],L-118,220
[[PERSON:Imtiaz Ahmed]],Indus Textile Mills,[[LOCATION:Karachi]],021-32418800,L-121,400
[[PERSON:Khalid Mahmood]],Sunrise Spinning,[[LOCATION:Faisalabad]],[[PHONE_NUMBER:0321-6640913]],L-124,150""",
    """patient_id: [[ID_NUMBER:SGH-77120845]]
name: [[PERSON:Muthu Krishnan]]
nric: [[ID_NUMBER:S7719054F]]
ward: 52
admitted: [[DATE_TIME:2025-02-18 22:10]]
next_of_kin: [[PERSON:Kalaivani Krishnan]]
nok_phone: [[PHONE_NUMBER:+65 9128 4470]]""",
    """Nom / Name | Téléphone | Ville
[[PERSON:Amadou Diallo]] | [[PHONE_NUMBER:+1 514 882 3107]] | [[LOCATION:Montréal]]
[[PERSON:Chloé Tremblay]] | [[PHONE_NUMBER:+1 418 664 2093]] | [[LOCATION:Québec]]""",
    """sender_name\tsender_id\treceiver\tiban\tamount
[[PERSON:Saleem Khan Gichki]]\t[[ID_NUMBER:784-1993-0814427-0]]\t[[PERSON:Nargis Gichki]]\t[[IBAN_CODE:PK16MEZN0201010108871364]]\tAED 1,200
[[PERSON:Rafiq Brohi]]\t[[ID_NUMBER:2581440738]]\t[[PERSON:Zahida Brohi]]\t[[IBAN_CODE:PK62UNIL0109000277310548]]\tSAR 900""",
    """Class 7B contact list (do not share)
Pupil            Parent               Mobile
[[PERSON:Oliver Grant]]     [[PERSON:Sarah Grant]]          [[PHONE_NUMBER:0412 883 106]]
[[PERSON:Mia Tupou]]        [[PERSON:Losana Tupou]]         [[PHONE_NUMBER:0433 217 940]]
[[PERSON:Noah Ferreira]]    [[PERSON:Ana Ferreira]]         [[PHONE_NUMBER:0421 660 582]]""",
    """naalo,piu,umar,goth,mobile
[[PERSON:Ayaz Ali Sial]],[[PERSON:Muhammad Bachal]],[[AGE:24]],[[LOCATION:Goth Sial]],[[PHONE_NUMBER:0308-3317264]]
[[PERSON:Haseena Sial]],[[PERSON:Muhammad Bachal]],[[AGE:21]],[[LOCATION:Goth Sial]],[[PHONE_NUMBER:0301-3402815]]""",
    """host          ip              mac                owner
lt-fin-014    [[IP_ADDRESS:10.20.4.114]]     00:50:56:A1:2F:0C  [[PERSON:Grace Liu]]
lt-hr-003     [[IP_ADDRESS:10.20.6.33]]      00:50:56:A1:7B:91  [[PERSON:Mohammed Al-Farsi]]
print-02      [[IP_ADDRESS:10.20.9.2]]       00:50:56:A1:11:E0  -""",
    """| Full name | Licence no. | Expires | Vehicle plate |
|---|---|---|---|
| [[PERSON:Ahmad Shah Noorzai]] | [[ID_NUMBER:QTA-DL-0884172]] | 2027-06 | [[ID_NUMBER:QAE-4419]] |
| [[PERSON:Rozi Khan Mengal]] | [[ID_NUMBER:QTA-DL-0913305]] | 2026-11 | [[ID_NUMBER:BKA-772]] |""",
]

CHAT = [
    """[09:14] Support ([[PERSON:Sana]]): Assalam o alaikum, welcome to the remittance helpline. How can I help?
[09:15] [[PERSON:Mukhtiar Ahmed]]: my brother sent money from [[LOCATION:Abu Dhabi]] on [[DATE_TIME:friday 14 feb]] but it shows pending
[09:15] Support ([[PERSON:Sana]]): Sorry about that. Please share the sender name and the receiver's CNIC.
[09:16] [[PERSON:Mukhtiar Ahmed]]: sender [[PERSON:Niaz Ahmed Junejo]], receiver is me, CNIC [[ID_NUMBER:41204-8837201-9]]
[09:17] Support ([[PERSON:Sana]]): Thank you. The transfer is held for a name mismatch: it was sent to "[[PERSON:Mukhtar Ahmad]]". Ask your brother to amend it at the branch, or call us back from [[PHONE_NUMBER:0301-3928417]], the number on file.""",
    """Group: Pasni Boat Owners
[[PERSON:Dad Shah]]: Tomorrow no one goes out, the warning is until Thursday morning
[[PERSON:Kamal Baloch]]: My nakhuda [[PERSON:Ishaq]] is already at sea since last night, his number [[PHONE_NUMBER:0333-2281947]] not answering
[[PERSON:Dad Shah]]: Call the coast guard, also give them the boat reg [[ID_NUMBER:PSN-1204]]
[[PERSON:Nazeer]]: I have the harbour master's number, will send in private
[[PERSON:Kamal Baloch]]: 🙏""",
    """#team-payroll
[[PERSON:Ellie Summers]] 10:02: can someone fix [[PERSON:Raj]]'s bank details? he sent a new IBAN [[IBAN_CODE:GB53NWBK56003944108271]] by email but the old one is still in the system
[[PERSON:Tomás Rivera]] 10:05: on it. just checking - is this [[PERSON:Rajesh Patel]] in warehouse, payroll no [[ID_NUMBER:P-04418]]?
[[PERSON:Ellie Summers]] 10:06: yes. DOB [[DATE_TIME:3 Aug 1987]] if you need to verify
[[PERSON:Tomás Rivera]] 10:11: done ✅ effective next run""",
    """[[PERSON:Shahnaz]]: ادا، [[PERSON:سليم]] جو نمبر ڏيو؟
ادا [[PERSON:رفيق]]: [[PHONE_NUMBER:0306-2184730]] هي آهي، پر هو اڄڪلهه [[LOCATION:دوحا]] ۾ آهي
[[PERSON:Shahnaz]]: کيس چئو ته امڙ جي دوا لاءِ پئسا [[DATE_TIME:جمعي 21 مارچ]] تائين موڪلي
ادا [[PERSON:رفيق]]: ٺيڪ آ، مان کيس ٻڌائيندس""",
    """Customer: hi, I ordered a phone case and it went to my old address
Agent ([[PERSON:Marco]]): Sorry to hear that! Can I have your name and order number?
Customer: [[PERSON:Bethany Clarke]], order 302-7781142-9910
Agent ([[PERSON:Marco]]): Thanks [[PERSON:Bethany]]. I see it went to [[ADDRESS:18 Wren Street]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 2QX]]. What's the new one?
Customer: [[ADDRESS:Flat 2, 40 Cardigan Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 3BJ]]
Agent ([[PERSON:Marco]]): Updated. A replacement ships today and you'll get a text on [[PHONE_NUMBER:07955 301 662]].""",
    """[[PERSON:Hani]]: [[TITLE:Waja]] [[PERSON:Mureed]], [[LOCATION:Mand]]a hurmagani baha chinchen int?
[[PERSON:Mureed]]: Begum Jangi 9,000 man, Muzawati 7,500. Tho kodi bahá kanay?
[[PERSON:Hani]]: 40 man. Mani bráth [[PERSON:Shahdad]] [[LOCATION:Karachi]]a int, aiya number [[PHONE_NUMBER:0335 2718490]], gon aiya gapp jan
[[PERSON:Mureed]]: Sharr, [[DATE_TIME:shambe 22 March]]a mál raahi kanán""",
    """[[PERSON:Dr. Farah Khan]] (on call): [[PERSON:Nimmi]], the patient in bay 4 - [[PERSON:Mr. Arthur Penhaligon]], [[AGE:81]] - what's his latest potassium?
[[PERSON:Nimmi]] (nurse): 5.9, repeat sent at 03:20. His daughter [[PERSON:Carol]] called, she wants an update on [[PHONE_NUMBER:07702 218 904]].
[[PERSON:Dr. Farah Khan]] (on call): OK, start the insulin-dextrose and I'll ring [[PERSON:Carol]] after the ward round.""",
    """[[USERNAME:khi_fish_trader]]: Anyone selling pomfret tomorrow at the harbour?
[[USERNAME:gwadar_boy_98]]: yes 300 kg, call me [[PHONE_NUMBER:0347 8812094]], ask for [[PERSON:Balach]]
[[USERNAME:khi_fish_trader]]: price?
[[USERNAME:gwadar_boy_98]]: 1,450/kg, cash or send to Easypaisa [[PHONE_NUMBER:0311 2298740]] (my brother [[PERSON:Yasir]]'s account)
[[USERNAME:khi_fish_trader]]: ok will come at 6""",
]

LOOKALIKE = [
    """Shipment summary for invoice INV-2025-004471: 18 cartons of Aseel dates (SKU DT-ASL-5KG-018), container MSKU 448210-7, seal no. 0018842, booked on vessel voyage 512E from Port Qasim. Tracking: 1Z 88A 4F2 04 4471 9902. Customs reference KAPE-HC-88104-25. For queries contact the exporter's logistics desk at 021-35871200 or logistics@indusdates.com.pk. Firmware on the reefer controller: 4.10.2.118. Prepared by [[PERSON:Kiran Lohana]].""",
    """Release notes v2.14.0 (build 2.14.0.3391): fixed a crash when the remittance corridor table contained CIDR-style ranges; the default listener moved to port 8443 and the config schema is now 3.2.0.1. Checksums: sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. Thanks to [[PERSON:Adeel Soomro]] ([[USERNAME:adeels]]) for the report. Sample IBAN in the docs (XX00TEST0000000000000000) is a placeholder.""",
    """Reading list for the Sindh economic history seminar: "The Indus Delta Fisheries" (ISBN 978-969-407-152-7), "Cotton and Credit in Colonial Sindh" (ISBN 978-0-19-940378-3) and "Makran: Ports and People" (ISBN 978-1-84885-621-9). The seminar meets in Room 3.14, Block B. Course code ECON-4471, section 02. Please do not email the department office (econ.office@uni.edu.pk) about extensions; speak to the instructor, [[PERSON:Dr. Sughra Jatoi]].""",
    """Visit us on Shahrah-e-Faisal, near the Jinnah Hospital turning, or at our new counter on M.A. Jinnah Road. Open 9-5, Saturday to Thursday. Helpline 111-225-225, fax 021-32630000, WhatsApp business line +92 21 111 225 225. Exchange rates updated at 10:30 daily. Licence No. SBP/ECD/2019/044. Serial number of the note counter on display: GLR-8820-44-K. The Lady Dufferin bus stop is right outside.""",
    """Harbour notice No. 77/2025. Berth 4 and Berth 7 at the fish harbour will be closed from 06:00 to 18:00 for dredging. Boats registered under series GWD-2000 to GWD-2499 must use the eastern jetty. Fuel depot code FD-11, tide table ref. PNCA-TT-03-25. Weather desk: 086-4210112. The harbour master on duty today is [[TITLE:Capt.]] [[PERSON:Naveed Iqbal]], who can be reached on [[PHONE_NUMBER:0333-2041187]] for emergencies only.""",
    """Product listing: "Hajiani Dates Gift Box 1kg", brand Mehran Harvest, batch MH-24-1107, best before 11/2025, barcode 8964000921473. Warranty card serial WC-00418827. Inspired by the famous Sassui Punhun legend, each box carries a short poem. Made on the Lloyd Barrage-fed orchards near Sukkur. Packed and checked by [[PERSON:Rukhsana Bhatti]]. Customer care: care@mehranharvest.pk, 0800-00-444.""",
    """رسيد نمبر 22417 - ڪپهه جي ڦٽي. لاٽ نمبر L-0884، وزن 46 مڻ، نرخ 8,400 رپيا في مڻ. ڪارخاني جو فون 0235-841100. ٽرڪ جي رسيد جو حوالو TR-7714. اها رسيد [[TITLE:حاجي]] [[PERSON:نواز ڪوري]] جي نالي تي جاري ڪئي وئي.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind131", STYLES, OUT)


if __name__ == "__main__":
    main()

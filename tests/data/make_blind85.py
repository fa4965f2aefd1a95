"""Build tests/data/blind85.jsonl: a *blind*, hand-written labeled PII set (set 85).

    .venv/bin/python tests/data/make_blind85.py

Blind: written without any knowledge of the detector. Read, and nothing
else: the brief for this set; lines 1-121 of make_blind22.py (its module
docstring with the labeling conventions and the style descriptions, its
import lines and the opening of its GEN list) and its tail from
`STYLES = {` to the end (the scaffolding copied below); gold_sets.py (whole
file); lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/, recognizers/,
any test other than those lines, bench/, the README, any *.jsonl (this
set's own output included), any other make_*.py, git history, log or
status (git was not run at all). The detector, the bench and the tests
were never run. Do not tune the detector against this set: once it has
been used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks and splits a leading Mr/Mrs/Ms/Mx/
Dr/Prof/Nurse/Sir off a PERSON mark as TITLE. Check digits were worked out
with hand-run throwaway code while writing (never generating records):
card numbers pass Luhn; IBANs pass mod-97 with their country's length (the
French RIB key, Spanish control digits, Belgian, Portuguese and Italian
national checks inside them are right too); `gold_sets.check` re-checks
cards and IBANs. National ids with a public check digit carry a valid one:
NHS numbers, Canadian SIN, Ontario health card (Luhn), Aadhaar (Verhoeff),
BSN, South African ids (Luhn; sex, citizenship and birth date agree with
the person), Australian TFN and Medicare, NZ IRD and NHI, Irish PPSN,
Singapore NRIC/FIN, Spanish DNI, Brazilian CPF, German Steuer-ID,
Portuguese NIF, Polish PESEL, Swedish personnummer, Italian codice fiscale,
Turkish T.C. Kimlik No, Emirates ID; the look-alikes' ISBN-13s, ISO 6346
container number and IMO number are valid too. Indonesian NIKs (birth date,
+40 on the day for women), Malaysian MyKad numbers (birth date, state code,
odd last digit for men) and Vietnamese CCCD numbers (province, century/sex
digit, birth year) agree with the person but have no check digit. UK
driving licence numbers follow the DVLA layout (surname, birth date, sex,
initials) but their check letters were not computed. Not checked: UK NI
numbers, US SSNs, MBI, Nigerian NIN and BVN, Kenyan ids and KRA PINs, PAN,
NDIS and BPJS numbers, passports, licences, plates, bank account numbers,
staff, student, client, member, patient and loyalty numbers.

Styles (ids `blind85-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (36: odd mixed sentences dense with names, job titles, streets with
  building numbers, secondary addresses, IPv4/IPv6, MACs, user agents,
  card/CVV/expiry, IBAN/BIC, crypto wallets, passwords, PINs),
  gretel-pii-masking-en-v1 (29: claim, employment, tenancy, loan, medical,
  pathology, discharge, court, eviction, estate and benefit documents) and
  Nemotron-PII (25: JSON, log lines, SQL, XML, YAML, .env, gitconfig, HL7,
  HTTP request, email headers, Apache log, code fixtures, tickets, forms),
  plus 10 in Indonesian, Malay and Vietnamese in the same manners.
- `gen` (90): one to four LLM-style sentences with personal data in prose,
  weighted to healthcare (clinic notes, pharmacy, lab results: 18), social
  work (12) and logistics and delivery (15), the rest spread over banking,
  insurance, schools, HR, hotels, telecoms, government, lettings, gaming,
  social media, tech support, gyms, vets, legal notices, weddings, car
  hire, KYC, church, immigration, parking, dating, tax, airlines, charity,
  jobs, sport, fraud alerts, wills, surveys, courts, visas, alumni news and
  police (35), and 10 in Indonesian, Malay and Vietnamese. Names at the
  start, middle and end, lowercase and possessive; ages, dates, addresses,
  phones and ids in many shapes.
- `table` (35): one small table per record (CSV, TSV, pipes/Markdown,
  fixed-width, JSON lines, YAML, key: value blocks) with a header row and
  non-PII columns (clinic, test, result, units, batch, rate, tier, shift,
  amounts ...); three of them in Indonesian, Vietnamese and Malay.
- `chat` (8): a bank support chat, a social worker's WhatsApp thread, a
  ward handover channel, a delivery driver's texts, an online-pharmacy
  chat, a gaming Discord, a Vietnamese shop chat and a landlord's thread.
- `lookalike` (7): texts full of non-PII that looks like PII (release
  notes, a library stock list, a git commit, an invoice, a formulary note,
  a shipment summary, an Indonesian order summary) with the few real PII
  values labeled; the library stock list has no PII at all.

Languages: about nine records in ten in English (UK, Ireland, US, Canada,
Australia, New Zealand, India, Singapore, Malaysia, Nigeria, Ghana, Kenya,
South Africa, Jamaica, the Gulf and European contexts, with names from the
many cultures living there); 25 records are in Indonesian or Malay (15)
and Vietnamese (10).

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, rural
  routes with their box, house and building names; city, district, county,
  state / province (also abbreviated) and country are LOCATION; postcodes
  of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, admission,
  move, start of a job, hearing, delivery, signature, letter ...) with a
  day or month, in any shape; a weekday or clock time said with the date is
  inside the span; not bare years, weekdays or times alone, durations, or
  dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security / health ids, patient, staff,
  student, client, customer and member numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC and BIC codes, CVVs and expiries, PINs, order /
  ticket / claim / case / policy / booking / tracking / waybill / invoice
  references, company phone numbers and role mailboxes, versions, hashes,
  serials, partial numbers ("ending 4417"), pets, eponyms and brands or
  companies named after people, a header row.
- Calls made while writing this set, in the same spirit:
  - honorifics in the other languages are TITLE when attached to a name
    (Bapak, Ibu, Encik, Puan, Ir., Ông, bà, BS.), and so are Smt., Fr.,
    Pastor, Judge and the airline-style MR / MS after a name; kinship
    words used as address terms (Vietnamese chị, anh, em; Malay Tuan as
    "you") and job words (Coach, RN, LVN, LCSW, RPh, Staff Nurse) stay
    outside; "bin", "binti", "bte", "a/p" and "s/o" are inside the PERSON
    span; "SURNAME/GIVEN" airline names are one PERSON span, "SURNAME,
    Given" is two.
  - Indonesian RT/RW and Malaysian unit numbers are inside the ADDRESS
    span; a named neighbourhood (Malaysian "Taman ...", an Irish townland)
    is LOCATION; Vietnamese phường / quận / xã / huyện and Indonesian Kota
    are inside the LOCATION span when written as part of the name, while
    field abbreviations (Kel., Kec.) stay outside; an Indonesian rural
    "Dusun X RT/RW" line is ADDRESS.
  - a social-services client number, an NDIS or health-card number and a
    loyalty card number are ID_NUMBER; case references (SW-2291, intake
    numbers), sample ids, Rx numbers, row ids and array indices are not;
    a user or customer id that stands for the person is ID_NUMBER.
  - every real IP address is IP_ADDRESS, a server's too; IP-shaped
    versions and firmware numbers are not.
  - plates of company vans and trucks are ID_NUMBER like a person's; VINs,
    IMEIs, container, IMO and AWB numbers are not; crypto wallet addresses
    are left unlabeled like hashes.
  - a timestamp that prefixes a machine log line or a chat message, or
    sits in an audit record, is not labeled; an email's Date header, a
    last_login column and a person's own account or card event told to
    them (sign-in, password change, debit alert) are DATE_TIME, and so is
    the transaction date on a cardholder's dispute form; order dispatch
    and invoice dates are not.
  - deadlines tied to a person (rent due, disconnection, drop-off, return
    of a badge, a parcel held until) are DATE_TIME; passport issue dates
    are DATE_TIME.
  - a religion field (agama: Islam; Dutch Reformed) is NRP; a place of
    birth is LOCATION; a port of discharge is LOCATION like any town.
  - a person's work email is EMAIL_ADDRESS; a business street address is
    ADDRESS like any other; the account-name field of a transfer that is a
    person's name is PERSON.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind85.jsonl")

BENCH = [
    # --- in the manner of ai4privacy pii-masking-200k/300k/400k ---
    """Hello [[PERSON:Mrs. Orlaith Kerrigan-Boyle]], your Senior Claims Adjuster role at our [[LOCATION:Galway]] office begins [[DATE_TIME:03/09/2024]]. Please send your bank details (IBAN [[IBAN_CODE:IE85AIBK93115212845093]], BIC AIBKIE2D) to payroll from [[EMAIL_ADDRESS:o.kerriganboyle@eircom.net]] before then.""",
    """Customer [[PERSON:Zebulon Hartmann]] reported unauthorized access to account [[USERNAME:zhartmann_77]] from [[IP_ADDRESS:203.0.113.87]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15; the device MAC was 3C:22:FB:9A:41:0E.""",
    """Payment of £1,280.00 for [[PERSON:Eloise Pemberton]]'s tuition was made with card [[CREDIT_CARD:5424189073652206]], CVV 418, exp 09/27, billing address [[ADDRESS:Flat 2, 77 Marchmont Road]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HS]].""",
    """Attention [[PERSON:Dr. Ikechukwu Nnamdi]]: your research grant (Principal Investigator, Oncology) of £18,400 has been deposited to [[IBAN_CODE:GB41 BARC 2031 5870 3451 82]]. We tried you on [[PHONE_NUMBER:+44 20 7946 0321]] without success, so please confirm receipt by email.""",
    """To: [[PERSON:Ms. Yetunde Fashola]] | Subject: Your Lead Tactics Designer interview | We will see you on [[DATE_TIME:14/11/2024 at 13:30]] at [[ADDRESS:58 Marina, 3rd Floor]], [[LOCATION:Lagos Island]]. Bring your NIN ([[ID_NUMBER:41829375016]]) and a utility bill showing [[ADDRESS:12B Bode Thomas Street]], [[LOCATION:Surulere]].""",
    """Vehicle [[ID_NUMBER:WX21 KLM]] (VIN 1HGCM82633A004352) was transferred from [[PERSON:Godfrey Mbeki]] to [[PERSON:Precious Ndlovu]] on [[DATE_TIME:2023-12-19]]; new keeper's licence [[ID_NUMBER:NDLOV954237P99KT]], address [[ADDRESS:31 Elm Row]], [[LOCATION:Norwich]] [[ZIP_CODE:NR3 1HF]].""",
    """Ref. your enquiry, [[PERSON:Mr. Anand Krishnaswamy]] (DOB [[DATE_TIME:21st Feb 1979]]): the Regional Solutions Architect salary pays into account no. [[ID_NUMBER:31926819]], sort code 40-47-84. Your login [[USERNAME:anand.k79]] and temporary password Vx!9qL2#tR expire in 24 hours.""",
    """A refund of 0.0142 BTC for [[PERSON:Lorenzo Bianchi]] will go to bc1q9x7f4lwz2m3k8hjn6p0r5tvyzs4e8d2qgk7ajd rather than back to his card [[CREDIT_CARD:4716 0492 8371 6508]]; the request came from [[IP_ADDRESS:2a02:8108:1640:3c8e:b5d1:77f2:90a4:e13c]].""",
    """Dear [[PERSON:Aoife]], your Mortgage Consultant [[PERSON:Declan Furlong]] has scheduled a call for [[DATE_TIME:Tuesday 2 April, 11:00]]. Have your PPSN ([[ID_NUMBER:3016548BA]]) and the IBAN you want the drawdown paid to ([[IBAN_CODE:IE83 BOFI 9000 1758 2031 64]]) to hand.""",
    """Participant [[PERSON:Ngaio]] [[PERSON:Whitiora]], [[AGE:52]], eye colour hazel, height 5'6", resident of [[ADDRESS:719 Great South Road]], [[LOCATION:Papakura]] [[ZIP_CODE:2110]], confirmed her attendance via [[PHONE_NUMBER:+64 27 418 3306]]; IRD [[ID_NUMBER:49-091-850]].""",
    """Kindly transfer the €3,200 deposit for the Barcelona flat to [[IBAN_CODE:ES70 0049 1500 0427 1018 3947]] (BIC BSCHESMMXXX), account name [[PERSON:Montserrat Puig i Ferrer]], reference MPF-LEASE-0924, no later than [[DATE_TIME:Friday 13 September]].""",
    """Our Forward Response Coordinator, [[PERSON:Kaveh Tehrani]], asked that the replacement MacBook be shipped to [[ADDRESS:1840 Westheimer Rd, Apt 1207]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77098]]; MAC a4:83:e7:1c:0b:f9 must be whitelisted and his SSN [[US_SSN:529-41-7730]] is needed for the asset form.""",
    """Account holder [[PERSON:Mx. Rowan Ellery-Finch]] changed the password to 'Tk2$mLp9!' from IP [[IP_ADDRESS:81.174.226.9]] on [[DATE_TIME:2024-03-08T21:47:13Z]].""",
    """Please verify: [[PERSON:Thi Bich Ngoc Pham]], born [[DATE_TIME:November 30, 1990]], driver's license [[US_DRIVER_LICENSE:P512-441-90-830-0]] (Florida), Amex [[CREDIT_CARD:3782 814391 05628]], exp 11/26, CID 4412.""",
    """Hi [[PERSON:Ravi]], as Senior Quality Planner you'll get a corporate Mastercard [[CREDIT_CARD:5510 2938 4756 1027]] (PIN 4471 sent separately). We'll courier it to [[ADDRESS:Suite 402, 88 Collins Street]], [[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]].""",
    """The investigation into [[PERSON:Berenike Sauer]] ([[AGE:61]]) found transfers from [[IBAN_CODE:DE06100100100923847165]] to an account opened in [[LOCATION:Limassol]] on [[DATE_TIME:17.02.2023]]; her Steuer-ID [[ID_NUMBER:48 293 710 540]] was used on both forms.""",
    """Dear [[PERSON:Prof. Marguerite Okonjo]], your honorarium for the keynote on [[DATE_TIME:18 June]] will be paid to [[IBAN_CODE:FR76 2004 1010 0505 1239 4702 214]]; please confirm your home address, [[ADDRESS:14 rue des Carmes]], [[ZIP_CODE:75005]] [[LOCATION:Paris]].""",
    """Tenant [[PERSON:Kalani Akana]] at [[ADDRESS:95-1050 Makaikai St, Unit 17K]], [[LOCATION:Mililani]], [[LOCATION:HI]] [[ZIP_CODE:96789]] paid rent with Discover [[CREDIT_CARD:6011008734219055]]; autopay is set up under the username [[USERNAME:kakana808]].""",
    """[[PERSON:Ioana Constantinescu]], Principal Paradigm Officer, logged in at [[DATE_TIME:07/03/2024 08:12:55]] from [[IP_ADDRESS:86.120.44.193]] (Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36).""",
    """Jury summons: [[PERSON:Delroy Campbell]], [[ADDRESS:4471 Nostrand Ave, Apt 3F]], [[LOCATION:Brooklyn]], [[LOCATION:Kings County]], [[LOCATION:NY]] [[ZIP_CODE:11229]] — report to the central jury room on [[DATE_TIME:Monday, January 13, 2025, 8:45 AM]]. Bring photo ID.""",
    """Transaction alert for [[PERSON:Meera Iyer]]: ₹18,450 debited from a/c [[ID_NUMBER:50100238417652]] (IFSC HDFC0001234) via UPI ref 412874019283 on [[DATE_TIME:06-05-2024 at 17:22]]. Not you? Call from your registered mobile [[PHONE_NUMBER:98860 41327]].""",
    """[[PERSON:Tjarda Visser]]'s BSN [[ID_NUMBER:182736453]] appears on the payslip next to IBAN [[IBAN_CODE:NL80RABO0318842756]] and her address, [[ADDRESS:Prinsengracht 714-2]], [[ZIP_CODE:1017 KW]] [[LOCATION:Amsterdam]].""",
    """Good news, [[PERSON:Emeka]]! Your Chief Creative Liaison contract starts [[DATE_TIME:03.02.2025]]. Send your passport number ([[ID_NUMBER:A09182736]]) and next of kin ([[PERSON:Adaeze Obi]], [[PHONE_NUMBER:+234 809 771 2046]]) to HR.""",
    """Insurance premium for [[PERSON:Ms. Wairimu Njoroge]], [[AGE:33]], non-smoker, height 168 cm, is KES 4,200 a month, debited from Equity account [[ID_NUMBER:0180291837465]]; KRA PIN [[ID_NUMBER:A004182937K]], national ID [[ID_NUMBER:28471930]].""",
    """Could you confirm the delivery address for [[PERSON:Helena Lindqvist]]? We have [[ADDRESS:Storgatan 14 lgh 1102]], [[ZIP_CODE:411 38]] [[LOCATION:Göteborg]], personnummer [[ID_NUMBER:760412-3484]], mobile [[PHONE_NUMBER:070-318 22 94]].""",
    """[[PERSON:Mr. Zhou Jian]]'s Ethereum wallet 0x4e8a1f0b92c7d35e6a1b0c9f7d2e4a3b8c6f1d05 received 2.3 ETH; on the same form he gave his Visa [[CREDIT_CARD:4929 1837 4650 1281]] and a home address at [[ADDRESS:Room 1803, Block B, 66 Nathan Road]], [[LOCATION:Tsim Sha Tsui]], [[LOCATION:Hong Kong]].""",
    """Employee [[PERSON:Ayesha Siddiqui]] (Direct Markets Associate) moved her salary to [[IBAN_CODE:AE37 2600 0010 1583 2740 913]] on [[DATE_TIME:24/01/2024]]; Emirates ID [[ID_NUMBER:784-1990-4827163-1]], mobile [[PHONE_NUMBER:+971 55 204 8831]].""",
    """Booking for [[PERSON:Dr. Nokuthula Mahlaba]] and [[PERSON:Sipho Mahlaba]]: check-in [[DATE_TIME:22/12/2024]], check-out [[DATE_TIME:02/01/2025]], card on file [[CREDIT_CARD:5367 1409 2883 4514]], contact [[EMAIL_ADDRESS:nmahlaba@webmail.co.za]].""",
    """Parent [[PERSON:Cristina Mendes]] authorised a direct debit of €45/month from [[IBAN_CODE:PT50 0035 0651 0002 7381 9453 4]] for [[PERSON:Tomás]]'s swimming lessons; NIF [[ID_NUMBER:238 417 590]].""",
    """Security notice for [[USERNAME:j.okwuosa]]: a sign-in from [[LOCATION:Abuja]] ([[IP_ADDRESS:105.112.47.201]]) at [[DATE_TIME:21:03 WAT on 9 March 2024]] used Opera/9.80 (Android; Opera Mini/36.2.2254/119.132; U; id) Presto/2.12.423 Version/12.16.""",
    """[[PERSON:Dariusz Wójcik]], [[AGE:39]], PESEL [[ID_NUMBER:85072314673]], lives at [[ADDRESS:ul. Długa 17 m. 4]], [[ZIP_CODE:80-827]] [[LOCATION:Gdańsk]]; his salary goes to [[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]].""",
    """Reminder to [[PERSON:Giulia Romano]]: onboarding as Lead Applications Engineer needs your codice fiscale [[ID_NUMBER:RMNGLI92D54F205V]] and IBAN [[IBAN_CODE:IT97P0200801664000104829371]] by the end of the week.""",
    """Cardholder: [[PERSON:BRIDGET A. O'SULLIVAN]] / Card: [[CREDIT_CARD:2223 1045 8876 1293]] / Exp: 07/29 / CVC: 302 / Billing ZIP: [[ZIP_CODE:02134]] / Phone: [[PHONE_NUMBER:617.555.0193]]""",
    """[[PERSON:Yusuf Demirtaş]] asked for a new SIM for [[PHONE_NUMBER:+90 532 418 77 06]]; his T.C. Kimlik No. is [[ID_NUMBER:10582749310]] and the refund of the old contract goes to [[IBAN_CODE:TR60 0006 2000 0001 8294 7360 51]].""",
    """As Dynamic Usability Consultant for [[LOCATION:Saskatchewan]], [[PERSON:Marie-Ève Gagnon]] needs the SIN on file corrected to [[ID_NUMBER:719 302 655]] and her mail sent to [[ADDRESS:RR 2, Site 14, Box 9]], [[LOCATION:Prince Albert]], [[LOCATION:SK]] [[ZIP_CODE:S6V 5R2]].""",
    """[[PERSON:Ahmed Al-Mansouri]] ([[NRP:Emirati]]), passport [[ID_NUMBER:N4827193]], paid AED 12,500 from [[IBAN_CODE:AE070331027384956102938]] for his daughter [[PERSON:Mariam]]'s school fees on [[DATE_TIME:1 September]].""",
    # --- in the manner of gretel-pii-masking-en-v1 ---
    """CLAIM FORM — Homeowners Policy HO-4471920
Insured: [[PERSON:Patricia L. Nakamura]]
Property address: [[ADDRESS:3318 Alder Creek Drive]], [[LOCATION:Eugene]], [[LOCATION:Oregon]] [[ZIP_CODE:97405]]
Date of loss: [[DATE_TIME:January 17, 2024]]
Cause of loss: frozen pipe burst in upstairs bathroom
Contact phone: [[PHONE_NUMBER:(541) 302-8847]]
Adjuster assigned: [[PERSON:Brent Kowalczyk]]
Claim no.: CLM-0918273""",
    """EMPLOYMENT AGREEMENT

This Agreement is made on the [[DATE_TIME:4th day of March, 2024]] between Halvorsen Marine Ltd. ("the Employer") and [[PERSON:Callum James Reid]], residing at [[ADDRESS:9 Baltic Place]], [[LOCATION:Aberdeen]] [[ZIP_CODE:AB11 5DU]] ("the Employee"), National Insurance number [[ID_NUMBER:JR 48 19 27 B]]. The Employee shall commence employment on [[DATE_TIME:1 April 2024]] in the position of Deck Officer and shall report to the Fleet Superintendent.""",
    """PATIENT RECORD
Name: [[PERSON:Esperanza Villanueva-Cruz]]   MRN: [[ID_NUMBER:MRN-00728193]]
DOB: [[DATE_TIME:1962-08-09]]   Age: [[AGE:61]]   Sex: F
Address: [[ADDRESS:501 Calle San Francisco]], [[LOCATION:San Juan]], [[LOCATION:PR]] [[ZIP_CODE:00901]]
Admitting physician: [[PERSON:Dr. Howard Lim]]
Admission: [[DATE_TIME:03/22/2024]]   Discharge: [[DATE_TIME:03/27/2024]]
Diagnosis: community-acquired pneumonia; type 2 diabetes mellitus
Insurance: Medicare MBI [[ID_NUMBER:4TW7-QP2-KN81]]""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Oluwaseun Adeyemi-Cole]]
Date of birth: [[DATE_TIME:12 Oct 1988]]
Current address: [[ADDRESS:Flat 14, Beaumont Court, 220 Mile End Road]], [[LOCATION:London]] [[ZIP_CODE:E1 4LJ]] (since [[DATE_TIME:June 2019]])
Employer: Barts Health NHS Trust, Staff Nurse, 6 years
Annual income: £41,200
Bank account: [[ID_NUMBER:61820475]] (sort code 20-45-77)
Amount requested: £12,000 over 48 months
Signed: [[PERSON:O. Adeyemi-Cole]]   Date: [[DATE_TIME:15/05/2024]]""",
    """NOTICE OF INTENT TO EVICT

To: [[PERSON:Marcus]] and [[PERSON:Danielle Freeman]]
Premises: [[ADDRESS:2750 E. Ninth Street, Apt. 3]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85716]]

You are hereby notified that rent in the amount of $1,475.00 due on [[DATE_TIME:March 1, 2024]] remains unpaid. Unless paid in full within five (5) days of service of this notice, the landlord, [[PERSON:Gilbert Sandoval]], will file a complaint for possession.

Served by: [[PERSON:T. Ruiz]], on [[DATE_TIME:March 8, 2024]]""",
    """Employee [[PERSON:Tavita Sopoaga]] ([[AGE:42]]) injured his lower back lifting a pallet at the [[LOCATION:Auckland]] distribution centre on [[DATE_TIME:7 November 2023 at 6.40am]]. ACC claim number 10048291734. Treating GP: [[PERSON:Dr. Fiona McLeod]]. Employee NHI [[ID_NUMBER:PKR4824]]; return-to-work plan signed [[DATE_TIME:20/11/2023]].""",
    """RESIDENTIAL TENANCY AGREEMENT (Part 2)
Landlord: [[PERSON:Deepak Raj Chaudhary]], [[ADDRESS:PO Box 318]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2124]]
Tenant(s): [[PERSON:Alinta Jones]]; [[PERSON:Bronte Jones]]
Premises: [[ADDRESS:4/27 Station Street]], [[LOCATION:Wentworthville]] [[LOCATION:NSW]] [[ZIP_CODE:2145]]
Term: 12 months commencing [[DATE_TIME:1 February 2024]]
Rent: $520 per week, payable to BSB 062-000, account [[ID_NUMBER:1029 4837]]""",
    """Dear [[PERSON:Dr. Abdullah]],

Re: [[PERSON:Mrs. Parveen Akhtar]], DOB [[DATE_TIME:02.01.1957]], NHS [[ID_NUMBER:720 381 6648]], [[ADDRESS:41 Whetley Lane]], [[LOCATION:Bradford]] [[ZIP_CODE:BD8 9HN]]

Thank you for seeing this [[AGE:67]]-year-old lady with a six-week history of dysphagia and 4 kg weight loss. She speaks Punjabi and Urdu; her son [[PERSON:Tariq]] ([[PHONE_NUMBER:07831 204 559]]) will interpret.

Yours sincerely,
[[PERSON:Dr. Helen Marsh]]""",
    """CARDHOLDER DISPUTE FORM
Cardholder name: [[PERSON:Joaquín Esteban Morales]]
Card number: [[CREDIT_CARD:4008 3711 2290 5549]]
Transaction date: [[DATE_TIME:02/14/2024]]   Amount: $389.00   Merchant: SKYHIGH TRAVEL LLC
Reason: services not received
Daytime phone: [[PHONE_NUMBER:(305) 441-9082]]   Email: [[EMAIL_ADDRESS:jemorales@bellsouth.net]]
Signature: [[PERSON:J. E. Morales]]   Date: [[DATE_TIME:02/29/2024]]""",
    """Rx #6620418
Patient: [[PERSON:Anjali Deshmukh]]   DOB: [[DATE_TIME:4/18/1994]]
Address: [[ADDRESS:77 Oak Hill Rd]], [[LOCATION:Edison]], [[LOCATION:NJ]] [[ZIP_CODE:08820]]
Prescriber: [[PERSON:Dr. Samuel Wexler]] (Internal Medicine)
Drug: sertraline 50 mg tab, #30, 2 refills
Filled: [[DATE_TIME:05/02/2024]]   Pharmacist: [[PERSON:K. Oyelaran]], RPh""",
    """IN THE DISTRICT COURT OF [[LOCATION:TULSA COUNTY]], STATE OF [[LOCATION:OKLAHOMA]]
Case No. FD-2024-1183
In re the Marriage of [[PERSON:KAYLA DAWN HOLLOWAY]], Petitioner, and [[PERSON:TRAVIS LEE HOLLOWAY]], Respondent.
NOTICE OF HEARING: A hearing on temporary orders is set for [[DATE_TIME:April 22, 2024 at 1:30 p.m.]] before [[TITLE:Judge]] [[PERSON:Linda Okafor-Beck]], Room 406.""",
    """Dear [[PERSON:Rosalind]],

This letter confirms that your employment with Brightwater Logistics will end on [[DATE_TIME:30 June 2024]]. Your final pay, including 11 days of accrued leave, will be deposited to your nominated account ending 7731. Please return your access badge ([[ID_NUMBER:BWL-02281]]) and laptop to [[PERSON:Graham Tse]] in People & Culture by [[DATE_TIME:28 June]].

Regards,
[[PERSON:Natasha Obradović]]
Head of Operations""",
    """On [[DATE_TIME:August 3, 2023, at about 5:15 PM]], [[PERSON:Leilani Kahale]], driving a 2019 Honda Civic (plate [[ID_NUMBER:HNL 482]]), was rear-ended by a vehicle operated by [[PERSON:Trevor Bainbridge]] at the intersection of Kapiolani Blvd and Ward Ave in [[LOCATION:Honolulu]]. [[PERSON:Ms. Kahale]], [[AGE:29]], reported neck pain at the scene. [[PERSON:Mr. Bainbridge]]'s insurer is listed as Pacific Mutual, policy PM-77120934.""",
    """CLOSING DISCLOSURE (page 1 of 5)
Borrowers: [[PERSON:Nguyen Van Thanh]] and [[PERSON:Le Thi My Dung]]
Property: [[ADDRESS:10422 Bolsa Ave]], [[LOCATION:Westminster]], [[LOCATION:CA]] [[ZIP_CODE:92683]]
Closing date: [[DATE_TIME:05/17/2024]]
Loan no.: 0098127734   Loan term: 30 years   Purpose: purchase
Lender: Pacific Coast Home Loans
Borrower SSNs: [[US_SSN:618-44-2093]] / [[US_SSN:618-71-3345]]""",
    """INCIDENT REPORT — Ridgeview Middle School
Student: [[PERSON:Aiden Castellanos]], Grade 7, ID [[ID_NUMBER:S2230817]]
Date/time: [[DATE_TIME:10/09/2024, 12:20 PM]]
Location: cafeteria
Description: Student reported that another student, [[PERSON:Brayden]], pushed him into a table. No visible injury; ice pack given by the nurse.
Parent notified: [[PERSON:Veronica Castellanos]], [[PHONE_NUMBER:(480) 555-0122]]""",
    """T4 Statement of Remuneration Paid — 2023
Employee: [[PERSON:KHALIL]], [[PERSON:Omar]]
SIN: [[ID_NUMBER:619 482 037]]
Address: [[ADDRESS:1205-88 Harbour Street]], [[LOCATION:Toronto]] [[LOCATION:ON]] [[ZIP_CODE:M5J 0C3]]
Box 14 Employment income: 68,412.55
Box 16 CPP contributions: 3,754.45
Box 22 Income tax deducted: 12,903.10""",
    """ASSESSMENT SUMMARY
Client: [[PERSON:Leona Blackfeather]]   Client #: [[ID_NUMBER:CL-559013]]
DOB: [[DATE_TIME:06/02/1986]]
Referred by: [[PERSON:Marisol Duarte]], LCSW, on [[DATE_TIME:2/14/2024]]
Presenting concerns: housing instability following eviction from [[ADDRESS:1407 S. Muskogee Ave]], [[LOCATION:Tahlequah]], [[LOCATION:OK]]; two children ([[AGE:4]] and [[AGE:7]]) currently staying with maternal aunt [[PERSON:Cheryl Blackfeather]].
Plan: rapid rehousing application; follow-up [[DATE_TIME:2/21/2024]].""",
    """Mobile Service Agreement
Account holder: [[PERSON:Samira Haddad]]
Service number: [[PHONE_NUMBER:0412 339 870]]
Date of birth: [[DATE_TIME:22/09/1991]]
ID verified: NSW driver licence [[ID_NUMBER:14820937]]
Plan: 40GB, $45/month, 24-month device repayment (IMEI 356938035643809)
Direct debit card: [[CREDIT_CARD:4147 2099 8761 3034]]""",
    """PUBLIC NOTICE: The estate of the late [[PERSON:Margarethe Schultz]], of [[ADDRESS:212 Ridgeway Road]], [[LOCATION:Fredericksburg]], [[LOCATION:Texas]], who died on [[DATE_TIME:February 2, 2024]], is being administered by her son, [[PERSON:Karl Schultz]]. Claims against the estate should be presented to the executor c/o [[ADDRESS:PO Box 1190]], [[LOCATION:Fredericksburg]], [[LOCATION:TX]] [[ZIP_CODE:78624]] within the time prescribed by law.""",
    """Explanation of Benefits — THIS IS NOT A BILL
Member: [[PERSON:Thomas R. Begay]]   Member ID: [[ID_NUMBER:XJH771209455]]
Patient: [[PERSON:Shania Begay]] (dependent)   Date of service: [[DATE_TIME:01/09/2024]]
Provider: Northern Arizona Pediatrics
Amount billed: $245.00   Plan paid: $196.00   You owe: $49.00""",
    """Subject: [[PERSON:Darnell Antoine Whitfield]]
Aliases: [[PERSON:D. A. Whitfield]], [[PERSON:Dee Whitfield]]
DOB: [[DATE_TIME:1984-07-11]]   SSN: [[US_SSN:226-39-4401]]
Address history: [[ADDRESS:915 Hull St]], [[LOCATION:Richmond]], [[LOCATION:VA]] [[ZIP_CODE:23224]] (2016–2021); [[ADDRESS:3301 Forest Hill Ave, Apt 210]], [[LOCATION:Richmond]], [[LOCATION:VA]] [[ZIP_CODE:23225]] (2021–present)
Criminal records found: none""",
    """Family name: [[PERSON:OYELOWO]]
Given names: [[PERSON:Babatunde Samuel]]
Sex: M   Date of birth: [[DATE_TIME:19 JUN 1990]]   Place of birth: [[LOCATION:Ibadan]], [[LOCATION:Nigeria]]
Nationality: [[NRP:Nigerian]]
Passport no.: [[ID_NUMBER:B50281947]]   Date of issue: [[DATE_TIME:04 MAR 2021]]
Intended date of arrival: [[DATE_TIME:15 SEP 2024]]   Purpose of visit: conference""",
    """FINAL NOTICE — Service Disconnection
Account holder: [[PERSON:Rosa Maria Quintanilla]]
Service address: [[ADDRESS:618 W. Olive St]], [[LOCATION:Stockton]], [[LOCATION:CA]] [[ZIP_CODE:95203]]
Account number: [[ID_NUMBER:3009-418-277]]
Past due: $312.47. Service will be disconnected on or after [[DATE_TIME:July 19, 2024]] unless payment is received.
Questions? Call 1-800-743-5000.""",
    """[[DATE_TIME:12 August 2024]]

[[PERSON:Ms. Chiara Esposito]]
[[ADDRESS:Via dei Mille 42]]
[[ZIP_CODE:80121]] [[LOCATION:Napoli]]

Dear [[PERSON:Ms. Esposito]],

We are pleased to award you the Fenwick Scholarship of €4,000 for the 2024/25 academic year. Your student number is [[ID_NUMBER:N86004127]]; the first instalment will be paid to [[IBAN_CODE:IT56 Z030 6909 6061 0000 0046 723]] in October.""",
    """Incident report (medication): on [[DATE_TIME:18/04/2024 at 02:30]], patient [[PERSON:Winston Adjei]] ([[AGE:74]]), hospital number [[ID_NUMBER:K4410927]], was given enoxaparin 40 mg that had already been administered by day staff. No harm; bleeding risk reviewed by [[PERSON:Dr. Farah Qadir]]. Reported by Staff Nurse [[PERSON:Grace Mwale]].""",
    """[[PERSON:Kenneth Oduya]]
[[ADDRESS:Apartment 5C, Kileleshwa Court, Othaya Road]]
[[LOCATION:Nairobi]]

Dear Sir,

RE: OVERDUE LOAN ACCOUNT [[ID_NUMBER:LN0048127365]] — ID NO. [[ID_NUMBER:31928475]]

Our records show KES 86,400 outstanding since [[DATE_TIME:15th January 2024]]. Kindly settle the arrears within 14 days to avoid listing with a credit reference bureau.""",
    """STATEMENT OF WITNESS
Name: [[PERSON:Priya Chandrasekaran]]   Age: [[AGE:26]]   Occupation: software developer
Address: [[ADDRESS:12 Ferndale Avenue]], [[LOCATION:Hounslow]] [[ZIP_CODE:TW4 7EZ]]

On [[DATE_TIME:Saturday 9th March 2024 at 23:40]] I was walking home along the high street when I saw a man I now know to be [[PERSON:Liam Doherty]] kick the door of the kebab shop.""",
    """PATHOLOGY REPORT
Patient: [[PERSON:GREENBERG]], [[PERSON:Miriam]]   DOB: [[DATE_TIME:09-Mar-1949]]   Medicare: [[ID_NUMBER:4186 20939 2]]
Requesting doctor: [[PERSON:Dr. P. Sundaram]]
Collected: [[DATE_TIME:14-May-2024 08:05]]   Reported: [[DATE_TIME:14-May-2024 16:40]]
Specimen: serum
Creatinine 142 umol/L (H); eGFR 31 mL/min/1.73m2 (L); Potassium 5.4 mmol/L (H)""",
    """Dear [[PERSON:Ms. Afolabi]], your Child Benefit claim for [[PERSON:Temi]] (born [[DATE_TIME:3 July 2023]]) has been approved from [[DATE_TIME:10 July 2023]]. Payments of £25.60 a week will be made into account [[ID_NUMBER:40372918]] every four weeks. Your Child Benefit reference is CHB 44817290 WA.""",
    # --- in the manner of Nemotron-PII ---
    """{"user_id": "[[ID_NUMBER:88213]]", "full_name": "[[PERSON:Keisha Bramwell]]", "email": "[[EMAIL_ADDRESS:keisha.bramwell@gmail.com]]", "phone": "[[PHONE_NUMBER:+1-876-555-0142]]", "dob": "[[DATE_TIME:1995-04-27]]", "address": {"street": "[[ADDRESS:14 Hope Road]]", "city": "[[LOCATION:Kingston]]", "country": "[[LOCATION:Jamaica]]"}, "plan": "premium", "loyalty_tier": "gold"}""",
    """2024-06-11 09:14:02,118 INFO  [auth] login ok user=[[USERNAME:tpham]] ip=[[IP_ADDRESS:172.16.40.12]] session=9f3c1a7e
2024-06-11 09:14:07,540 WARN  [billing] card declined customer_id=[[ID_NUMBER:C-0048172]] name="[[PERSON:Thanh Pham]]" last4=2206
2024-06-11 09:15:31,002 INFO  [mail] receipt sent to [[EMAIL_ADDRESS:thanh.pham@fastmail.com]]""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, phone, postcode, nhs_number) VALUES
  ('[[ID_NUMBER:P-10293]]', '[[PERSON:Gareth]]', '[[PERSON:Llewellyn]]', '[[DATE_TIME:1971-12-03]]', '[[PHONE_NUMBER:01792 481 230]]', '[[ZIP_CODE:SA1 8EN]]', '[[ID_NUMBER:618 204 7399]]'),
  ('[[ID_NUMBER:P-10294]]', '[[PERSON:Aisha]]', '[[PERSON:Bello]]', '[[DATE_TIME:1988-06-19]]', '[[PHONE_NUMBER:07958 112 064]]', '[[ZIP_CODE:CF24 4HQ]]', '[[ID_NUMBER:452 093 1185]]');""",
    """<customer id="[[ID_NUMBER:CUST-77120]]">
  <name>[[PERSON:Olga Petrenko]]</name>
  <email>[[EMAIL_ADDRESS:olga.petrenko@ukr.net]]</email>
  <billing>
    <card type="visa">[[CREDIT_CARD:4556731029388477]]</card>
    <exp>08/27</exp>
  </billing>
  <shipping>
    <line1>[[ADDRESS:Flat 7, 33 Queen's Drive]]</line1>
    <city>[[LOCATION:Glasgow]]</city>
    <postcode>[[ZIP_CODE:G42 8DD]]</postcode>
  </shipping>
</customer>""",
    """# deploy/prod.yaml
owner:
  name: [[PERSON:Rui Takahashi]]
  email: [[EMAIL_ADDRESS:rui.takahashi@kestrel-labs.io]]
  oncall_phone: "[[PHONE_NUMBER:+81 90-4417-2280]]"
db:
  host: [[IP_ADDRESS:10.2.0.15]]
  user: svc_orders
  password: "h7#Lq92!vX"
replicas: 3
image: kestrel/orders:2.14.0""",
    """def test_send_invoice():
    customer = Customer(
        name="[[PERSON:Mbali Khumalo]]",
        email="[[EMAIL_ADDRESS:mbali.k@icloud.com]]",
        id_number="[[ID_NUMBER:0111154930189]]",
        phone="[[PHONE_NUMBER:082 447 3019]]",
    )
    invoice = make_invoice(customer, amount=1499.00, currency="ZAR")
    assert invoice.status == "sent\"""",
    """Ticket #INC-204417 | Priority: P2 | Opened by: [[PERSON:Fernando Alves]] ([[EMAIL_ADDRESS:falves@grupo-lusitano.pt]])
Subject: Can't access payroll portal
Description: Since this morning I get 'account locked'. My employee number is [[ID_NUMBER:004417]] and I tried from [[IP_ADDRESS:94.63.18.240]]. Please call me on [[PHONE_NUMBER:+351 912 448 031]].
Assigned to: [[PERSON:Beatriz Nunes]] (Service Desk L2)""",
    """POST /api/v2/applications HTTP/1.1
Host: apply.northgate.example.edu
Content-Type: application/json

{"first_name": "[[PERSON:Hamza]]", "last_name": "[[PERSON:Chaudhry]]", "dob": "[[DATE_TIME:2005-01-14]]", "email": "[[EMAIL_ADDRESS:hamza.chaudhry05@gmail.com]]", "phone": "[[PHONE_NUMBER:+1 647 555 0187]]", "program": "BSc Computer Science", "intake": "Fall 2025"}""",
    """# .env.local (do not commit)
ADMIN_NAME=[[PERSON:Sergei Volkov]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:s.volkov@protonmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+7 916 482-17-03]]
SMTP_HOST=smtp.mailgun.org
SMTP_PASS=Qe8!vLz2#pN
FEATURE_FLAGS=new_checkout,dark_mode""",
    """{"ts":"2024-02-03T18:22:41Z","event":"checkout","user":{"id":"[[ID_NUMBER:u_5528104]]","name":"[[PERSON:Ama Owusu]]","email":"[[EMAIL_ADDRESS:ama.owusu@yahoo.co.uk]]"},"ip":"[[IP_ADDRESS:41.66.201.18]]","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148","shipping":{"line1":"[[ADDRESS:House No. 14, Oxford Street]]","city":"[[LOCATION:Osu]]","region":"[[LOCATION:Greater Accra]]"}}""",
    r"""MSH|^~\&|LAB|STMARYS|EHR|STMARYS|202405141205||ORU^R01|MSG00417|P|2.5
PID|1||[[ID_NUMBER:MRN448190]]^^^STMARYS^MR||[[PERSON:OKONKWO]]^[[PERSON:CHIDINMA]]^[[PERSON:A]]||[[DATE_TIME:19830612]]|F|||[[ADDRESS:88 ELM ST]]^^[[LOCATION:TRENTON]]^[[LOCATION:NJ]]^[[ZIP_CODE:08608]]||[[PHONE_NUMBER:(609)555-0175]]
OBX|1|NM|2345-7^GLUCOSE^LN||182|mg/dL|70-99|H|||F""",
    """From: "[[PERSON:Ingrid Solberg]]" <[[EMAIL_ADDRESS:ingrid.solberg@online.no]]>
To: support@fjordbank.no
Date: [[DATE_TIME:Tue, 14 May 2024 09:31:07 +0200]]
Received: from [[IP_ADDRESS:84.208.15.77]] by mx2.fjordbank.no
Subject: New phone number

Hi, please update my mobile to [[PHONE_NUMBER:+47 412 88 305]]. My customer number is [[ID_NUMBER:70418832]].
Best regards, [[PERSON:Ingrid]]""",
    """Patient intake form (web)
Full name: [[PERSON:Beatrix Hollander]]
Preferred name: [[PERSON:Trix]]
Date of birth: [[DATE_TIME:7 March 2001]]
Pronouns: she/her
Phone: [[PHONE_NUMBER:0417 203 884]]
Email: [[EMAIL_ADDRESS:trixhollander@outlook.com]]
Medicare no.: [[ID_NUMBER:3184 72065 1]]
Religion: [[NRP:Dutch Reformed]]
Emergency contact: [[PERSON:Piet Hollander]] (father), [[PHONE_NUMBER:0402 991 306]]
Allergies: penicillin""",
    """const fixtures = [
  { id: 1, name: '[[PERSON:Arnav Joshi]]', aadhaar: '[[ID_NUMBER:4820 3917 2648]]', mobile: '[[PHONE_NUMBER:+91 98450 31277]]', city: '[[LOCATION:Pune]]', kyc: true },
  { id: 2, name: '[[PERSON:Kavya Reddy]]', aadhaar: '[[ID_NUMBER:9281 7305 4683]]', mobile: '[[PHONE_NUMBER:+91 90001 48823]]', city: '[[LOCATION:Hyderabad]]', kyc: false },
];""",
    """[[IP_ADDRESS:73.158.64.21]] - [[USERNAME:jlaroche]] [14/Jun/2024:22:05:17 -0400] "GET /account/profile?email=[[EMAIL_ADDRESS:jlaroche@videotron.ca]] HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"
[[IP_ADDRESS:73.158.64.21]] - [[USERNAME:jlaroche]] [14/Jun/2024:22:05:19 -0400] "GET /static/app.3f9c2b.js HTTP/1.1" 304 0 "-" "-\"""",
    """{"delivery": {"id": "DLV-88120-X", "status": "out_for_delivery", "driver": {"name": "[[PERSON:Kwabena Asiedu]]", "phone": "[[PHONE_NUMBER:+44 7700 900482]]", "vehicle_reg": "[[ID_NUMBER:YK70 HWP]]"}, "recipient": {"name": "[[PERSON:Harriet Lowe]]", "address": "[[ADDRESS:22 Clarendon Road]]", "city": "[[LOCATION:Leeds]]", "postcode": "[[ZIP_CODE:LS2 9NZ]]", "instructions": "leave in porch"}, "eta": "14:20"}}""",
    """[user]
    name = [[PERSON:Fatou Diallo]]
    email = [[EMAIL_ADDRESS:fatou.diallo@users.noreply.github.com]]
[github]
    user = [[USERNAME:fdiallo-dev]]
[core]
    editor = nvim
    autocrlf = input""",
    """Case 00458812 — Contact: [[PERSON:Ewan MacLeod]], Title: Procurement Lead, Mobile: [[PHONE_NUMBER:07700 900317]], Email: [[EMAIL_ADDRESS:ewan.macleod@highlandfoods.co.uk]].
Note from [[PERSON:Rachel Kim]]: [[PERSON:Ewan]] asked to move the demo to [[DATE_TIME:March 12 at 2pm]] and wants [[PERSON:Callum]] from their finance team on the call.""",
    """mysql> SELECT username, email, last_login, signup_ip FROM users WHERE flagged = 1;
+--------------+--------------------------------+---------------------+----------------+
| username     | email                          | last_login          | signup_ip      |
+--------------+--------------------------------+---------------------+----------------+
| [[USERNAME:moonchild_ke]] | [[EMAIL_ADDRESS:achieng.otieno@gmail.com]]       | [[DATE_TIME:2024-05-30 22:41:09]] | [[IP_ADDRESS:197.232.14.88]]  |
| [[USERNAME:bigdave1977]]  | [[EMAIL_ADDRESS:dave.ruston77@btinternet.com]]   | [[DATE_TIME:2024-06-01 07:03:55]] | [[IP_ADDRESS:86.152.190.4]]   |
+--------------+--------------------------------+---------------------+----------------+
2 rows in set (0.00 sec)""",
    """{
  "applicant": {
    "title": "[[TITLE:Mrs]]",
    "first_name": "[[PERSON:Oluwakemi]]",
    "last_name": "[[PERSON:Adesanya]]",
    "date_of_birth": "[[DATE_TIME:1979-10-02]]",
    "nationality": "[[NRP:British]]",
    "ni_number": "[[ID_NUMBER:SL 72 04 19 D]]",
    "address": {"line1": "[[ADDRESS:11 Thornbury Close]]", "town": "[[LOCATION:Milton Keynes]]", "postcode": "[[ZIP_CODE:MK7 6BQ]]"},
    "iban": "[[IBAN_CODE:GB24HBUK40112793018264]]",
    "occupation": "Pharmacist",
    "mobile": "[[PHONE_NUMBER:07846 330 912]]"
  }
}""",
    """<shipment awb="176-44182930">
  <consignee>
    <name>[[PERSON:Ahmad Fauzi bin Yusof]]</name>
    <addr>[[ADDRESS:No. 23, Jalan SS 15/4]]</addr>
    <city>[[LOCATION:Subang Jaya]]</city>
    <postcode>[[ZIP_CODE:47500]]</postcode>
    <tel>[[PHONE_NUMBER:+60 12-448 3019]]</tel>
    <idno>[[ID_NUMBER:880523-14-6021]]</idno>
  </consignee>
  <pieces>2</pieces><weight unit="kg">7.4</weight>
</shipment>""",
    """[2024-03-19 14:02:11] dispatch.assign job=JB-44102 driver_id=[[ID_NUMBER:DRV-0917]] driver="[[PERSON:Ricardo Fuentes]]" van=[[ID_NUMBER:KX19 RTV]]
[2024-03-19 14:02:11] dispatch.notify sms to=[[PHONE_NUMBER:+447712300418]] body="Your driver [[PERSON:Ricardo]] is on the way"
[2024-03-19 14:37:50] pod.captured job=JB-44102 signed_by="[[PERSON:M. Okafor]]" geo=ok""",
    """ticket:
  id: HR-7731
  type: address_change
  employee:
    name: [[PERSON:Soo-ah Park]]
    staff_no: [[ID_NUMBER:200451]]
    old_address: [[ADDRESS:402/15 Lygon Street]], [[LOCATION:Carlton]] [[LOCATION:VIC]] [[ZIP_CODE:3053]]
    new_address: [[ADDRESS:7 Rowena Parade]], [[LOCATION:Richmond]] [[LOCATION:VIC]] [[ZIP_CODE:3121]]
    effective: [[DATE_TIME:2024-08-01]]
  status: done""",
    """-- seed data for the pharmacy demo
UPDATE prescriptions SET picked_up_by = '[[PERSON:Carlos Mendoza Ríos]]', picked_up_at = '[[DATE_TIME:2024-04-22 17:48]]', id_checked = 'TX DL [[US_DRIVER_LICENSE:41827730]]' WHERE rx_no = 'RX-5520931';
UPDATE patients SET phone = '[[PHONE_NUMBER:(915) 555-0133]]' WHERE patient_no = '[[ID_NUMBER:PT-0082714]]';""",
    """Form submission #5518 (volunteer sign-up)
name: [[PERSON:Tiago Ferreira da Silva]]
age: [[AGE:19]]
email: [[EMAIL_ADDRESS:tiago.fsilva@hotmail.com]]
phone: [[PHONE_NUMBER:(11) 98452-3071]]
cpf: [[ID_NUMBER:318.407.562-17]]
city: [[LOCATION:São Paulo]]
availability: weekends
t_shirt_size: M""",
    # --- Indonesian / Malay ---
    """Yth. [[TITLE:Ibu]] [[PERSON:Dewi Lestari Wibowo]], transaksi kartu kredit [[CREDIT_CARD:5268 7401 9932 7161]] sebesar Rp 2.450.000 di [[LOCATION:Surabaya]] pada [[DATE_TIME:17/08/2024 19:42]] berhasil. Alamat penagihan: [[ADDRESS:Jl. Raya Darmo Permai III No. 41]], [[LOCATION:Surabaya]] [[ZIP_CODE:60226]]. Jangan berikan kode OTP kepada siapa pun.""",
    """FORMULIR PENDAFTARAN PASIEN BARU
Nama lengkap: [[PERSON:Muhammad Rizky Pratama]]
NIK: [[ID_NUMBER:3273012508970002]]
Tempat/Tgl. lahir: [[LOCATION:Bandung]], [[DATE_TIME:25-08-1997]]
Jenis kelamin: Laki-laki
Agama: [[NRP:Islam]]
Alamat: [[ADDRESS:Jl. Sukajadi No. 158, RT 02/RW 07]], Kel. [[LOCATION:Pasteur]], Kec. [[LOCATION:Sukajadi]], [[LOCATION:Kota Bandung]]
No. HP: [[PHONE_NUMBER:0822-1847-3306]]
No. BPJS: [[ID_NUMBER:0002741983022]]
Penanggung jawab: [[PERSON:Siti Aminah]] (ibu)""",
    """NOTIS TUNTUTAN
Kepada: [[TITLE:Encik]] [[PERSON:Mohd Hafiz bin Ismail]]
No. Kad Pengenalan: [[ID_NUMBER:850317-08-5437]]
Alamat: [[ADDRESS:No. 12, Lorong Bunga Raya 5]], [[LOCATION:Taman Ipoh Jaya]], [[ZIP_CODE:31350]] [[LOCATION:Ipoh]], [[LOCATION:Perak]]

Tuan dikehendaki menjelaskan baki pinjaman sebanyak RM 7,820.50 bagi akaun [[ID_NUMBER:1140-2283-9017]] dalam tempoh 14 hari dari tarikh notis ini, [[DATE_TIME:2 Mei 2024]].""",
    """{"nama": "[[PERSON:Nurul Aisyah binti Kamarudin]]", "no_kp": "[[ID_NUMBER:010209-10-0872]]", "telefon": "[[PHONE_NUMBER:019-772 4051]]", "emel": "[[EMAIL_ADDRESS:nurulaisyah.k@gmail.com]]", "alamat": "[[ADDRESS:A-17-3, Residensi Vista Wirajaya, Jalan Genting Klang]]", "bandar": "[[LOCATION:Setapak]]", "poskod": "[[ZIP_CODE:53300]]", "status_perkahwinan": "bujang", "pekerjaan": "jururawat"}""",
    """[2024-07-02 10:41:17] INFO pembayaran sukses order=INV/20240702/MPL/4418293 pembeli="[[PERSON:Andreas Tanoto]]" email=[[EMAIL_ADDRESS:andreas.tanoto88@yahoo.co.id]] hp=[[PHONE_NUMBER:6281234098812]] ip=[[IP_ADDRESS:36.72.118.45]]
[2024-07-02 10:41:18] INFO kirim ke "[[ADDRESS:Perumahan Citra Raya Blok H3 No. 9]], [[LOCATION:Tangerang]] [[ZIP_CODE:15710]]" via SiCepat resi 004418829301""",
    """SURAT KETERANGAN KERJA
No. 114/HRD/SLN/VI/2024

Yang bertanda tangan di bawah ini, [[TITLE:Ir.]] [[PERSON:Bambang Sutrisno]], HRD Manager PT Sinar Logistik Nusantara, menerangkan bahwa:
Nama: [[PERSON:Putri Ayu Kusumawardani]]
NIK: [[ID_NUMBER:3578106204950001]]
Alamat: [[ADDRESS:Jl. Ngagel Jaya Selatan No. 88]], [[LOCATION:Surabaya]]
telah bekerja sebagai Staf Admin Gudang sejak [[DATE_TIME:1 Maret 2019]] sampai sekarang.

[[LOCATION:Surabaya]], [[DATE_TIME:10 Juni 2024]]""",
    # --- Vietnamese ---
    """Kính gửi [[TITLE:Ông]] [[PERSON:Hoàng Đức Anh]], thẻ Visa [[CREDIT_CARD:4917 1803 3456 7827]] của Ông đã được gia hạn đến 09/2028. Thẻ mới sẽ được gửi tới [[ADDRESS:số 25 đường Nguyễn Chí Thanh]], [[LOCATION:phường Láng Hạ]], [[LOCATION:quận Đống Đa]], [[LOCATION:Hà Nội]] trước [[DATE_TIME:ngày 30/9]].""",
    """GIẤY RA VIỆN
Họ tên người bệnh: [[PERSON:TRẦN THỊ MAI]]   Tuổi: [[AGE:58]]   Giới: Nữ
Số CCCD: [[ID_NUMBER:079166031842]]
Địa chỉ: [[ADDRESS:112/4 Phạm Văn Hai]], [[LOCATION:Phường 3]], [[LOCATION:quận Tân Bình]], [[LOCATION:TP. Hồ Chí Minh]]
Vào viện lúc: [[DATE_TIME:09 giờ 15 ngày 02/03/2024]]
Ra viện lúc: [[DATE_TIME:14 giờ 00 ngày 08/03/2024]]
Chẩn đoán: viêm phổi cộng đồng
Bác sĩ điều trị: [[TITLE:BS.]] [[PERSON:Nguyễn Hữu Phước]]""",
    """{"ho_ten": "[[PERSON:Võ Thị Ngọc Trâm]]", "ngay_sinh": "[[DATE_TIME:1999-12-05]]", "sdt": "[[PHONE_NUMBER:+84 938 207 415]]", "email": "[[EMAIL_ADDRESS:ngoctram.vo99@gmail.com]]", "dia_chi": "[[ADDRESS:68 Trần Phú]], [[LOCATION:phường Hải Châu 1]], [[LOCATION:Đà Nẵng]]", "cccd": "[[ID_NUMBER:048199004217]]", "ma_kh": "[[ID_NUMBER:KH-0091827]]", "hang_thanh_vien": "bạc"}""",
    """Phiếu hỗ trợ #TK-55102 — Khách hàng [[PERSON:Bùi Quốc Khánh]] (tài khoản [[USERNAME:khanhbq_hp]]) báo không đăng nhập được từ IP [[IP_ADDRESS:113.185.44.219]] lúc 23:10. Số điện thoại liên hệ: [[PHONE_NUMBER:0912.448.307]]. Địa chỉ giao hàng: [[ADDRESS:số 7 ngõ 115 Văn Cao]], [[LOCATION:quận Ngô Quyền]], [[LOCATION:Hải Phòng]].""",
]

GEN = [
    # --- healthcare: clinic notes, pharmacy, lab results ---
    """Seen in memory clinic: [[PERSON:Margaret O'Hanlon]], [[AGE:78]], DOB [[DATE_TIME:03/11/1946]], NHS no. [[ID_NUMBER:485 777 3457]]. Her daughter [[PERSON:Siobhan]] says the confusion got noticeably worse after the fall on [[DATE_TIME:27 January]] and asks that letters go to her at [[ADDRESS:12 Larkfield Grove]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 4DJ]] rather than to the care home.""",
    """Pharmacist [[PERSON:Tunde Adebayo]] left a voicemail for [[TITLE:mrs.]] [[PERSON:kowalczyk]] on [[PHONE_NUMBER:07700 914 382]] to say her warfarin would not be ready until [[DATE_TIME:Thursday 6 June]], because the prescription from [[PERSON:Dr. Hussain]] had been sent to the wrong branch.""",
    """Lab results for [[PERSON:Rafael Domínguez-Ortiz]] (MRN [[ID_NUMBER:00482917]], collected [[DATE_TIME:2024-02-14 07:42]]): HbA1c 8.9%, fasting glucose 11.2 mmol/L. Please have [[PERSON:Dr. Patel]] call him at [[PHONE_NUMBER:(956) 318-2074]] before his follow-up on [[DATE_TIME:Feb 21]].""",
    """[[PERSON:Mr. Kofi Asante]], [[AGE:64]], was discharged from Ward 7B on [[DATE_TIME:9 February 2024]] after an NSTEMI and goes home on ticagrelor for twelve months. Cardiology clinic follow-up is booked for [[DATE_TIME:1 March at 10:20]]; his wife [[PERSON:Abena]] has the discharge letter.""",
    """The Rx for [[PERSON:Dolores Jiménez]], DOB [[DATE_TIME:07-22-1951]], is ready at the drive-thru window; insurance member ID [[ID_NUMBER:XWK884120573]]. The tech updated her address to [[ADDRESS:2209 SW 8th St]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33135]] while she waited.""",
    """Critical value called: potassium 6.8 mmol/L for patient [[PERSON:HARJIT SINGH GILL]], hospital no. [[ID_NUMBER:RX7730418]], specimen taken [[DATE_TIME:02/05/24 06:15]]. Read back by [[PERSON:Nurse Okonkwo]] on ward 12 at 07:02.""",
    """[[PERSON:Jordan]] (they/them), [[AGE:17]], was referred by the school counsellor after disclosing self-harm on [[DATE_TIME:Monday 4 March]]. Parent contact is [[PERSON:Alison Pryce]] on [[PHONE_NUMBER:029 2048 8831]]; [[PERSON:Jordan]] asked that we text rather than call.""",
    """Reminder: [[PERSON:Sung-min Yoon]] has a cleaning with [[PERSON:Dr. Abramowitz]] on [[DATE_TIME:Wed., Oct. 16 at 4:40 PM]]. Reply C to confirm or call the office at (212) 555-0190.""",
    """Immunisation record: [[PERSON:Tama Faleolo]], born [[DATE_TIME:30.06.2023]], NHI [[ID_NUMBER:JDW5199]], received his 15-month vaccines on [[DATE_TIME:02.10.2024]] at the [[LOCATION:Ōtara]] clinic; mum [[PERSON:Lupe]] declined the flu shot this time.""",
    """Hi [[PERSON:Dr. Mahlangu]], quick update on [[PERSON:Thandiwe Dlamini]] (DOB [[DATE_TIME:1993/02/27]], ID [[ID_NUMBER:9302270129084]]): she's managing twenty minutes on the bike without knee pain and her next session is booked for [[DATE_TIME:the 14th of May]].""",
    """[[PERSON:Bill Nguyen]]'s Medicare card ([[ID_NUMBER:2209 37155 1]]) has expired, so the PBS price couldn't be applied to his metformin. He said he'd bring the new card when he picks up on Saturday.""",
    """OPD slip — [[TITLE:Smt.]] [[PERSON:Lakshmi Venkataraman]], [[AGE:58]]/F, UHID [[ID_NUMBER:CMC-2024-0091735]], Aadhaar [[ID_NUMBER:7346 1829 0512]], c/o [[PERSON:K. Venkataraman]], [[ADDRESS:No. 14, 2nd Cross Street]], [[LOCATION:Mylapore]], [[LOCATION:Chennai]] [[ZIP_CODE:600004]]. Complaints: bilateral knee pain for 3 months.""",
    """[[PERSON:Wanjiru Kamau]], [[AGE:29]], attended antenatal clinic in [[LOCATION:Thika]] on [[DATE_TIME:11/06/2024]] at 32 weeks; BP 142/94. Her husband [[PERSON:Njoroge]] can be reached on [[PHONE_NUMBER:0722 418 390]] and she is due back on [[DATE_TIME:18/06/2024]].""",
    """Telehealth note: [[PERSON:Kateri Deschenie]], [[AGE:39]], joined from her sister's home in [[LOCATION:Window Rock]], [[LOCATION:AZ]]; IHS chart # [[ID_NUMBER:0583317]]. Video dropped twice so we finished by phone at [[PHONE_NUMBER:928-871-4402]]. Next refill due [[DATE_TIME:8/30]].""",
    """[[PERSON:Mr. Arjun Sharma]] picked up two EpiPens for his son [[PERSON:Veer]] ([[AGE:9]]) this afternoon. Ontario health card on the file is [[ID_NUMBER:4829-301-771-KJ]]; I told him to bring the school's action plan to [[PERSON:Dr. Leblanc]] at the next visit.""",
    """My mum, [[PERSON:Grace Nkemelu]], had her bloods taken on [[DATE_TIME:5th Sept]] and the surgery still hasn't rung with the results — her ferritin was 9 last time. Her NHS number is [[ID_NUMBER:402 817 5933]] if that helps you find her.""",
    """[[PERSON:kevin o'brien]] came into the pharmacy asking for pseudoephedrine again, third time this month; [[PERSON:Rashida]] on the counter refused the sale and logged it against his loyalty card [[ID_NUMBER:6034 8810 2291]].""",
    """Patient [[PERSON:Ana Paula Ribeiro]], [[AGE:51]], was started on levothyroxine 50 mcg after her TSH came back at 9.8 on [[DATE_TIME:April 3]]. Recheck in six weeks; her cell is [[PHONE_NUMBER:(508) 672-0194]] and she prefers Portuguese.""",
    # --- social work ---
    """Home visit to [[PERSON:Kezia Mensah-Boateng]] and her two children at [[ADDRESS:Flat 9, Orchid House, 41 Peckham Hill Street]], [[LOCATION:London]] [[ZIP_CODE:SE15 5JR]] on [[DATE_TIME:14/03/2024]]. The eldest, [[PERSON:Kwame]] ([[AGE:11]]), has missed 23 school days this term; the referral has gone to the attendance officer, [[PERSON:Ms. Linton]].""",
    """Referral received [[DATE_TIME:08/01/2024]] from [[PERSON:Ms. Rhiannon Evans]], head of year at the primary, about [[PERSON:Tyler-James Moss]] ([[AGE:8]]). Mother [[PERSON:Chantelle Moss]] was not at home; a neighbour at [[ADDRESS:16 Heol y Nant]] said the family moved out around Christmas.""",
    """[[PERSON:Abdirahman Warsame]], [[AGE:34]], came to the housing drop-in with his wife [[PERSON:Hodan]] and their three children. They were placed in emergency accommodation in [[LOCATION:Hounslow]] on [[DATE_TIME:22 April]] and his Universal Credit claim is still pending; NI number [[ID_NUMBER:PN 41 82 73 C]].""",
    """Carer's assessment for [[PERSON:Doreen Whitlock]] ([[AGE:81]]) completed over the phone with her son [[PERSON:Gary]] on [[DATE_TIME:Tues 19/3]]. [[PERSON:Gary]] lives in [[LOCATION:Swindon]] and visits fortnightly. Client ID [[ID_NUMBER:ASC-0077412]].""",
    """The school nurse reports that [[PERSON:Miguel]] and [[PERSON:Sofia Herrera]], ages [[AGE:6]] and [[AGE:9]], arrived without coats on [[DATE_TIME:12/4]] and said mom's boyfriend "[[PERSON:Rico]]" locked them out overnight. Address on file: [[ADDRESS:813 N Pine St, Trlr 14]], [[LOCATION:Pueblo]], [[LOCATION:CO]] [[ZIP_CODE:81003]].""",
    """[[PERSON:Tanya Whitecloud]] met her Ontario Works caseworker, [[PERSON:Greg Lafleur]], on [[DATE_TIME:May 7]] to update her file. She now lives at [[ADDRESS:57 Balsam Ave, Unit 4]], [[LOCATION:Thunder Bay]], [[LOCATION:ON]] [[ZIP_CODE:P7B 3N2]], and her member ID is [[ID_NUMBER:0091-457-330]].""",
    """[[PERSON:Liam Tjapaltjarri]]'s NDIS plan review is booked for [[DATE_TIME:3 Dec 2024]]; his support coordinator, [[PERSON:Kylie Brennan]], will bring the OT report. NDIS number [[ID_NUMBER:430 812 559]].""",
    """Placement update: [[PERSON:Destiny]] ([[AGE:14]]) moved from the [[PERSON:Hartley]] foster home to kinship care with her grandmother, [[PERSON:Mrs. Evangeline Toussaint]], at [[ADDRESS:2317 Dumaine St]], [[LOCATION:New Orleans]], on [[DATE_TIME:Oct 2, 2023]].""",
    """APS worker [[PERSON:Ruth Feinberg]] documented that [[TITLE:mr.]] [[PERSON:ahmadi]]'s nephew has been withdrawing cash from his checking account [[ID_NUMBER:4471902385]] since [[DATE_TIME:February 2024]]; the bank has been asked to freeze the debit card.""",
    """I'm writing on behalf of [[PERSON:Janek Zieliński]], who is [[AGE:72]] and lives alone at [[ADDRESS:3 Cedar Court]], [[LOCATION:Slough]] [[ZIP_CODE:SL1 3QT]]. Since his stroke on [[DATE_TIME:2 November]] he cannot manage the stairs, and his daughter [[PERSON:Marta]] ([[PHONE_NUMBER:07449 301 862]]) is asking for an urgent OT assessment.""",
    """Youth worker notes: [[PERSON:Deshawn]], [[AGE:15]], didn't turn up to the mentoring session on [[DATE_TIME:Thursday 11 July]]. His foster carer [[PERSON:Paulette Graham]] says he's been staying with a friend in [[LOCATION:Moss Side]] and has a new number, [[PHONE_NUMBER:07521 884 019]].""",
    """[[TITLE:Fr.]] [[PERSON:Dominic Byrne]] visited [[PERSON:Nora Keane]] in the hospice on [[DATE_TIME:Sunday evening, 14 April]]; she asked for her nephew [[PERSON:Ciarán]], who is next of kin, to be phoned on [[PHONE_NUMBER:086 203 7741]] about the funeral arrangements.""",
    # --- logistics and delivery ---
    """Driver note: parcel for [[PERSON:J. Whitfield]] left in the green bin store behind [[ADDRESS:27B Alma Road]] as requested. Customer texted from [[PHONE_NUMBER:+44 7911 203 558]] at 14:06 to confirm. Tracking 1Z 84F 920 66 4471 0035 marked delivered.""",
    """hey its [[PERSON:darnell]] again, the fedex guy left a note saying they tried [[ADDRESS:4410 W Chicago Ave Apt 2R]] on [[DATE_TIME:sat the 9th]] but nobody buzzed me?? can u reschedule for [[DATE_TIME:tuesday march 12]], my cell is [[PHONE_NUMBER:773-555-0148]]""",
    """Hi [[PERSON:Priyanka]], it's [[PERSON:Sam]] from the depot. Your parcel (waybill 4839 2210 57) is on hold because the address on it, [[ADDRESS:88 Kingsway, Flat 5]], doesn't match the one on your ID. Ring us on 0345 600 0888 with the waybill number and we'll sort it.""",
    """Driver [[PERSON:Gurpreet Dhillon]], CA DL [[US_DRIVER_LICENSE:D4827103]], picked up load BOL 7730-4491 in [[LOCATION:Fresno]] on [[DATE_TIME:06/18/2024 05:40]] and is due in [[LOCATION:Salt Lake City]] tomorrow night; tractor plate [[ID_NUMBER:8XK4217]].""",
    """Dispatch rider [[PERSON:Musa Abdullahi]] will bring your order to [[ADDRESS:Plot 1142, Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] between 2 and 4pm today. He will call you from [[PHONE_NUMBER:0803 412 7761]] when he's at the gate.""",
    """Removal booked: [[PERSON:Helen]] and [[PERSON:Rob Carstairs]], from [[ADDRESS:4 Church Walk]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG1 2RP]] to [[ADDRESS:The Old Forge, Main Street]], [[LOCATION:Kettlewell]], on [[DATE_TIME:Friday 28th June]]. Crew arrives 7:30am; the piano goes last.""",
    """Your package could not be delivered on [[DATE_TIME:Nov 14]]. Reason: no secure location at [[ADDRESS:1600 Greenbriar Ln]]. Recipient: [[PERSON:kimberly tran]]. We'll try again on the next business day.""",
    """Shopper note from [[PERSON:Olu]]: swapped the oat milk for soya for [[PERSON:Mrs. Abernathy]] at [[ADDRESS:7 Kestrel Close]]. She's [[AGE:92]] and asked that next time we ring the landline, [[PHONE_NUMBER:01632 960417]], before knocking because she doesn't hear the door.""",
    """Please redirect all post for [[PERSON:Dr. Amara Okeke]] from [[ADDRESS:P.O. Box 30197]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]] to her new box, [[ADDRESS:P.O. Box 1482]]-[[ZIP_CODE:80100]], [[LOCATION:Mombasa]], with effect from [[DATE_TIME:1st October 2024]].""",
    """Customs hold: the shipment to [[PERSON:Zhang Wei]] at [[ADDRESS:Blk 412 Bedok North Ave 2, #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]] needs his NRIC ([[ID_NUMBER:S8734125I]]) before it can be cleared. Consignment note SGX-44019-KB.""",
    """At about 10:10 p.m. on [[DATE_TIME:September 9]], a box truck driven by [[PERSON:Dale Hutchins]], [[AGE:46]], of [[LOCATION:Joplin]], [[LOCATION:Missouri]], backed into the loading dock at the regional hub and pinned a forklift. [[PERSON:Hutchins]] was not hurt.""",
    """Your Grab driver [[PERSON:Arif]] is arriving in a silver Perodua Bezza, plate [[ID_NUMBER:VBN 4821]]. Share your trip with [[PERSON:Mei Ling]]? Her number on your emergency list is [[PHONE_NUMBER:012-338 7140]].""",
    """Forklift ticket for [[PERSON:Tomasz Nowak]] (badge [[ID_NUMBER:WH-33107]]) expired on [[DATE_TIME:31/05/2024]], so he's off the picking rota until [[PERSON:Karen]] in health and safety re-signs it.""",
    """Courier left a card for [[PERSON:Ms. Oyelaran-Smith]] at [[ADDRESS:Unit 6, 19 Dockside Road]]; the parcel (3.2 kg, from Zalando) is at the Canning Town depot until [[DATE_TIME:Saturday 23 March]]. Bring ID matching the name on the label.""",
    """The meal-delivery volunteer, [[PERSON:Ibrahim]], couldn't get an answer at [[ADDRESS:22 Wren Street]] on [[DATE_TIME:Monday 15 January]], so he called the emergency contact, [[PERSON:Joyce Ambrose]], on [[PHONE_NUMBER:0121 496 0734]]. She found her brother had fallen in the kitchen.""",
    # --- everything else ---
    """[[PERSON:Chinedu Okafor]]'s salary of ₦485,000 is paid into account [[ID_NUMBER:0123847569]] at GTBank; his BVN [[ID_NUMBER:22184930175]] was verified on [[DATE_TIME:2 May 2023]] at the [[LOCATION:Ikeja]] branch.""",
    """Policyholder [[PERSON:Johan van der Merwe]], ID number [[ID_NUMBER:8709145084081]], born [[DATE_TIME:14 September 1987]], reported the theft of his bakkie from outside [[ADDRESS:18 Voortrekker Street]], [[LOCATION:Bloemfontein]], on the night of [[DATE_TIME:5 August]]. Registration [[ID_NUMBER:HKW 472 FS]]; claim ref CLM-2024-118833.""",
    """Please note that [[PERSON:Aroha Ngata]] (student ID [[ID_NUMBER:2023117845]]) will be collected early on [[DATE_TIME:Friday 22 November]] by her aunty, [[PERSON:Mere Tawhiri]], who can be reached on [[PHONE_NUMBER:021 884 3920]].""",
    """Welcome aboard, [[PERSON:Hiroshi]]! Your start date is [[DATE_TIME:1 July 2024]] and your employee number is [[ID_NUMBER:E-20417]]. Payroll still needs your IRD number; the one on the form, [[ID_NUMBER:103-827-469]], looks right but please double-check it.""",
    """[[PERSON:Mr Eamon Gallagher]] and [[PERSON:Mrs Niamh Gallagher]] check in on [[DATE_TIME:18 Oct]] and leave on [[DATE_TIME:21 Oct]]. His passport [[ID_NUMBER:PX4418207]] was scanned at the desk, and the booking (HTL-55012) is under his mobile, [[PHONE_NUMBER:+353 87 441 9023]].""",
    """Hi [[PERSON:Aaliyah]], the SIM swap for [[PHONE_NUMBER:0412 558 903]] was completed on [[DATE_TIME:12/04/2024 at 3:15pm]]. If this wasn't you, call us on 13 22 00 straight away.""",
    """[[PERSON:Rajinder Kaur Sandhu]], SIN [[ID_NUMBER:527 183 404]], applied for the Canada Child Benefit on [[DATE_TIME:March 3, 2024]] for her son [[PERSON:Arjun]], born [[DATE_TIME:January 19, 2024]] in [[LOCATION:Brampton]], [[LOCATION:Ontario]].""",
    """The landlord, [[PERSON:Stavros Papadakis]], has agreed to let [[PERSON:Lena Fischer]] move into [[ADDRESS:Unit 3, 118 Sydney Road]], [[LOCATION:Brunswick]] [[LOCATION:VIC]] [[ZIP_CODE:3056]] from [[DATE_TIME:1 September]]; the $2,400 bond goes through the RTBA.""",
    """GG to [[USERNAME:xXNightOwl_92Xx]] who carried the last raid. Real name [[PERSON:Marcus Bell]], apparently, going by the Twitch bio at [[URL:twitch.tv/nightowl_92]].""",
    """Follow my cooking page! I'm [[PERSON:Ngozi]] from [[LOCATION:Enugu]], [[AGE:24]], and I post every Sunday as @[[USERNAME:ngozi.cooks.naija]]. Business enquiries: [[EMAIL_ADDRESS:ngozicooks@gmail.com]]""",
    """[[PERSON:Ming-Wei Tsai]] ([[EMAIL_ADDRESS:mwtsai@lumenhealth.org]]) can't connect to the VPN from home since the client updated to 6.2.1.1; her laptop shows [[IP_ADDRESS:10.44.18.203]] and the gateway rejects her token.""",
    """[[PERSON:brandon o'neil]] froze his membership from [[DATE_TIME:June 1]] to [[DATE_TIME:August 31]] for knee surgery. Member #[[ID_NUMBER:400218]]; the freeze fee was waived by Coach [[PERSON:Dana]].""",
    """[[PERSON:Fatima Al-Sayed]] brought in Biscuit, a 4-year-old beagle, for his boosters; her phone is [[PHONE_NUMBER:050 712 4468]] and she lives at [[ADDRESS:Villa 22, Street 14b]], [[LOCATION:Al Barsha]], [[LOCATION:Dubai]].""",
    """Notice is hereby given that [[PERSON:Ebenezer Quartey]], of [[ADDRESS:22 Ringway Road]], [[LOCATION:Accra]], wishes to be known as [[PERSON:Ebenezer Quartey-Mensah]] with effect from [[DATE_TIME:1st August 2024]]. All documents bearing the former name remain valid.""",
    """[[PERSON:Nomvula]]'s transcript request (student no. [[ID_NUMBER:219048371]]) was approved by [[PERSON:Prof. Hendricks]]; the sealed copy will be posted to [[ADDRESS:45 Long Street, Apartment 602]], [[LOCATION:Cape Town]], [[ZIP_CODE:8001]].""",
    """Payslip query: [[PERSON:Siddharth Menon]] (emp. [[ID_NUMBER:INF-774102]]) says his PAN is wrong on Form 16 — it should read [[ID_NUMBER:AKTPM4821Q]], not the one ending 12Q.""",
    """[[PERSON:Camille Delacroix]] and [[PERSON:Tomasz Wiśniewski]] are getting married on [[DATE_TIME:Saturday, 14 September 2024]] in [[LOCATION:Kraków]]! RSVPs to [[EMAIL_ADDRESS:camille.tomasz.wedding@outlook.com]], please, with any dietary requirements.""",
    """Renter [[PERSON:Olumide Bakare]] presented UK licence [[ID_NUMBER:BAKAR804127OB9XY]] and will drop the car back at the airport at [[DATE_TIME:18:00 on Sunday 4 August]]; the excess hold was taken on his Mastercard [[CREDIT_CARD:5446 1320 0987 1643]].""",
    """KYC failed for [[USERNAME:satoshi_fan_77]]: the selfie doesn't match passport [[ID_NUMBER:K0192837]], issued to [[PERSON:Arjun Mehta]] on [[DATE_TIME:15/09/2019]], and the login came from [[IP_ADDRESS:103.48.221.17]].""",
    """[[TITLE:Pastor]] [[PERSON:Emmanuel Nwosu]] will lead the dedication of baby [[PERSON:Chiamaka]] on [[DATE_TIME:Sunday 7th July]]. Her parents, [[PERSON:Obinna]] and [[PERSON:Ifeoma]], are [[NRP:Catholic]] and [[NRP:Anglican]] and have asked for a joint service.""",
    """[[PERSON:Oksana Melnyk]], a [[NRP:Ukrainian]] national born [[DATE_TIME:11.04.1988]] in [[LOCATION:Kharkiv]], arrived in [[LOCATION:Dublin]] on [[DATE_TIME:2 March 2022]] under temporary protection; her PPS number is [[ID_NUMBER:8472913E]].""",
    """A penalty charge was issued to vehicle [[ID_NUMBER:LK19 XWD]], registered to [[PERSON:Imran Qureshi]] of [[ADDRESS:61 Stratford Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B11 1RD]], on [[DATE_TIME:04/07/2024 at 11:52]] for parking in a loading bay.""",
    """my match [[PERSON:Kenji]] ([[AGE:31]], [[LOCATION:Osaka]]) sent me his LINE id [[USERNAME:kenji_0412]] and now wants my number lol. should i give it to him??""",
    """The IRS notice dated [[DATE_TIME:June 10]] is addressed to [[PERSON:Latoya]] and [[PERSON:Marcus Jefferson]], SSN [[US_SSN:412-68-9027]], at [[ADDRESS:1129 Magnolia Blvd]], [[LOCATION:Jackson]], [[LOCATION:MS]] [[ZIP_CODE:39206]], and proposes $1,812 in additional tax.""",
    """Passenger [[PERSON:ALVAREZ/MARIA JOSE]] [[TITLE:MS]], PNR K7QX2M, seat 23A on IB6251 from [[LOCATION:Madrid]] on [[DATE_TIME:15JUN]]; Iberia Plus number [[ID_NUMBER:IB 48271039]].""",
    """Thank you, [[PERSON:Mrs. Gwendolyn Price]], for your gift of £50 on [[DATE_TIME:12 December]]. Your Gift Aid declaration is linked to [[ADDRESS:Tŷ Gwyn, 3 Bryn Road]], [[LOCATION:Swansea]] [[ZIP_CODE:SA2 0AP]].""",
    """Applicant [[PERSON:Lucía Fernández Ruiz]], [[AGE:27]], [[NRP:Spanish]], DNI [[ID_NUMBER:48291736Q]], available from [[DATE_TIME:15 January 2025]]; contact [[EMAIL_ADDRESS:lucia.fdez.ruiz@gmail.com]] or [[PHONE_NUMBER:+34 612 48 93 07]].""",
    """Under-12s registrations: [[PERSON:Jayden Kowalski]] (born [[DATE_TIME:2013-05-29]]) and [[PERSON:Mohammed Rahimi]] (born [[DATE_TIME:2013-11-02]]), FAN numbers [[ID_NUMBER:417729031]] and [[ID_NUMBER:417729188]]. Kit sizes to Coach [[PERSON:Steve]] by Friday.""",
    """We noticed a $1,249.00 purchase at BESTBUY.COM on your Visa [[CREDIT_CARD:4532 0188 7420 9134]] from IP [[IP_ADDRESS:185.220.101.46]]. If this wasn't you, [[PERSON:Mr. Tremblay]], reply NO to this message.""",
    """I, [[PERSON:Harold Ignatius Blackwood]], of [[ADDRESS:The Coach House, Fernhill Lane]], [[LOCATION:Godalming]], [[LOCATION:Surrey]], being of sound mind, leave my father's pocket watch to my grandson [[PERSON:Oliver]].""",
    """Respondent 112: [[PERSON:Ana Lima]], [[AGE:44]], lives with her partner in [[LOCATION:Fall River]], [[LOCATION:Massachusetts]], cleans at the hospital on nights and describes herself as [[NRP:Brazilian]] and [[NRP:evangelical]].""",
    """[[PERSON:Jamal Whitaker]]'s arraignment has moved to [[DATE_TIME:Thursday, Nov. 7, 2024, at 9:00 a.m.]] in Courtroom 4B; his public defender, [[PERSON:Ms. Reyes]], is at [[EMAIL_ADDRESS:lreyes@pd.cookcountyil.gov]].""",
    """[[PERSON:Rahul Bhattacharya]], holder of Indian passport [[ID_NUMBER:Z4821937]], has a biometrics appointment at the visa centre in [[LOCATION:Kolkata]] on [[DATE_TIME:12-08-2024, 10:45 AM]].""",
    """Class notes: [[PERSON:Grace Liu Abernathy]] '09 and her husband [[PERSON:Sean]] welcomed a daughter, [[PERSON:Mei]], on [[DATE_TIME:April 2]]. [[PERSON:Grace]] is a pediatrician in [[LOCATION:Portland]] and says hi to everyone from the third floor of Wexler Hall.""",
    """Witness [[PERSON:Ahmed Hassan Farah]], [[AGE:52]], of [[ADDRESS:2210 Cedar Ave S]], [[LOCATION:Minneapolis]], told officers he saw a white van with Minnesota plate [[ID_NUMBER:DKR 418]] leave the lot at about 11:30 p.m.""",
    # --- Indonesian / Malay ---
    """Pasien atas nama [[PERSON:Siti Nurhaliza Rahmawati]], [[AGE:34]] tahun, NIK [[ID_NUMBER:3174055207900003]], datang ke puskesmas kecamatan [[LOCATION:Tebet]] pada [[DATE_TIME:12 Maret 2024]] dengan keluhan demam tiga hari. Nomor BPJS Kesehatan: [[ID_NUMBER:0001283746591]].""",
    """Paket untuk [[TITLE:Bapak]] [[PERSON:Hendra Gunawan]] sudah diantar kurir [[PERSON:Agus]] ke [[ADDRESS:Jl. Cempaka Putih Tengah No. 27, RT 004/RW 008]], [[LOCATION:Jakarta Pusat]] [[ZIP_CODE:10510]] dan diterima satpam. Resi JNE 0112 4478 9921 03. Hubungi [[PHONE_NUMBER:0812-9034-5517]] bila ada kendala.""",
    """[[TITLE:Puan]] [[PERSON:Norhayati binti Abdul Rahman]], [[AGE:67]], tinggal bersendirian di [[ADDRESS:No. 8, Jalan Mawar 3]], [[LOCATION:Taman Sri Muda]], [[ZIP_CODE:40400]] [[LOCATION:Shah Alam]]. Pegawai kebajikan [[TITLE:Encik]] [[PERSON:Faizal]] melawat pada [[DATE_TIME:5 Jun 2024]]; No. MyKad beliau [[ID_NUMBER:570214-10-5582]].""",
    """Ubat untuk [[PERSON:Lim Chee Keong]] (No. K/P [[ID_NUMBER:800913-07-5123]]) boleh diambil di kaunter farmasi mulai [[DATE_TIME:Isnin, 22 Julai]]. Sila bawa kad temujanji dan slip preskripsi.""",
    """Driver Gojek [[PERSON:Wahyu Setiawan]] dengan plat [[ID_NUMBER:D 4821 KZT]] sedang menuju titik jemput di [[ADDRESS:Jl. Dago No. 112]], [[LOCATION:Bandung]]. Penumpang: [[PERSON:Rina]], [[PHONE_NUMBER:+62 857-2210-4490]].""",
    """Hasil lab a.n. [[PERSON:Yohanes Simanjuntak]], tgl lahir [[DATE_TIME:09-11-1968]], No. RM [[ID_NUMBER:00-41-87-22]]: kolesterol total 245 mg/dL, asam urat 8,1 mg/dL. Sampel diambil [[DATE_TIME:Senin, 19/02/2024 pukul 07.30 WIB]].""",
    # --- Vietnamese ---
    """Bệnh nhân [[PERSON:Nguyễn Thị Thu Hà]], [[AGE:45]] tuổi, số CCCD [[ID_NUMBER:001179024816]], địa chỉ [[ADDRESS:số 18 ngõ 42 phố Trần Quang Diệu]], [[LOCATION:phường Ô Chợ Dừa]], [[LOCATION:quận Đống Đa]], [[LOCATION:Hà Nội]]. Hẹn tái khám ngày [[DATE_TIME:15/04/2024 lúc 8 giờ 30]].""",
    """Shipper [[PERSON:Trần Văn Long]] gọi cho chị [[PERSON:Hương]] theo số [[PHONE_NUMBER:0903 418 227]] nhưng không ai nghe máy, đơn GHN 5KX9QP2 sẽ được giao lại vào [[DATE_TIME:thứ Bảy 20/7]] tại [[ADDRESS:142/7 Lê Văn Sỹ]], [[LOCATION:Phường 14]], [[LOCATION:Quận 3]], [[LOCATION:TP.HCM]].""",
    """Cán bộ xã hội [[PERSON:Lê Minh Tuấn]] đã đến thăm gia đình [[TITLE:bà]] [[PERSON:Phạm Thị Lan]] ([[AGE:72]] tuổi) tại [[LOCATION:xã Tân Hiệp]], [[LOCATION:huyện Hóc Môn]] vào ngày [[DATE_TIME:3/6/2024]]. Bà hiện sống với cháu nội là [[PERSON:Phạm Gia Bảo]], [[AGE:10]] tuổi, đang học lớp 4.""",
    """Quý khách [[PERSON:Đỗ Quang Vinh]]: TK [[ID_NUMBER:0071000918273]] -5,000,000 VND lúc [[DATE_TIME:21:14 08/05/2024]]. Nội dung: chuyen tien hoc phi cho con [[PERSON:Do Minh Khang]]. Không chia sẻ mã OTP với bất kỳ ai.""",
]

TABLE = [
    """patient_name,dob,mrn,appt,clinic,reason
[[PERSON:Oksana Hrytsenko]],[[DATE_TIME:1979-02-14]],[[ID_NUMBER:A0048813]],[[DATE_TIME:2024-07-08 09:30]],Derm,mole check
[[PERSON:Lwazi Mthembu]],[[DATE_TIME:2001-10-30]],[[ID_NUMBER:A0051027]],[[DATE_TIME:2024-07-08 10:15]],Derm,eczema review
[[PERSON:Carmen Ortega Ibáñez]],[[DATE_TIME:1956-06-03]],[[ID_NUMBER:A0039920]],[[DATE_TIME:2024-07-08 11:00]],Derm,biopsy results""",
    "stop\trecipient\taddress\tpostcode\tphone\tparcels\tnotes\n"
    "1\t[[PERSON:R. Okonjo]]\t[[ADDRESS:14 Hartington Road]]\t[[ZIP_CODE:L8 0SQ]]\t[[PHONE_NUMBER:07402 118 930]]\t2\tside gate\n"
    "2\t[[PERSON:Bethan Lloyd]]\t[[ADDRESS:Flat 3, 9 Lark Lane]]\t[[ZIP_CODE:L17 8US]]\t[[PHONE_NUMBER:07788 420 615]]\t1\t\n"
    "3\t[[PERSON:Tomás Ó Briain]]\t[[ADDRESS:201 Aigburth Road]]\t[[ZIP_CODE:L17 0BJ]]\t\t1\tdog in garden\n"
    "4\t[[PERSON:Li Na]]\t[[ADDRESS:5 Mossley Hill Drive]]\t[[ZIP_CODE:L17 1AJ]]\t[[PHONE_NUMBER:07935 006 271]]\t3\tneeds signature",
    """| Case ref | Client | Age | Worker | Next visit | Area |
|---|---|---|---|---|---|
| SW-2291 | [[PERSON:Jade Whitmore]] | [[AGE:16]] | [[PERSON:P. Adeyemi]] | [[DATE_TIME:12/06]] | [[LOCATION:Wythenshawe]] |
| SW-2307 | [[PERSON:Connor Flynn]] | [[AGE:13]] | [[PERSON:P. Adeyemi]] | [[DATE_TIME:14/06]] | [[LOCATION:Benchill]] |
| SW-2315 | [[PERSON:Amira Haddad]] | [[AGE:9]] | [[PERSON:L. Sherwood]] | [[DATE_TIME:19/06]] | [[LOCATION:Sharston]] |
| SW-2320 | the [[PERSON:Bancroft]] twins | [[AGE:6]] | [[PERSON:L. Sherwood]] | tbc | [[LOCATION:Northenden]] |""",
    """EMP#   NAME                    NI NUMBER       TAX CODE  NET PAY
[[ID_NUMBER:00412]]  [[PERSON:Harriet Ogundipe]]       [[ID_NUMBER:JT 40 21 77 A]]   1257L     2,144.80
[[ID_NUMBER:00419]]  [[PERSON:Marek Dudek]]            [[ID_NUMBER:PR 93 18 02 C]]   1257L     1,980.15
[[ID_NUMBER:00433]]  [[PERSON:Sunita Bhardwaj]]        [[ID_NUMBER:NZ 62 08 41 B]]   BR        1,102.00
[[ID_NUMBER:00440]]  [[PERSON:Callum O'Rourke]]        [[ID_NUMBER:ST 15 77 39 D]]   1257L M1  2,610.37""",
    """{"customer_id": "[[ID_NUMBER:CU-300981]]", "name": "[[PERSON:Ravi Subramanian]]", "email": "[[EMAIL_ADDRESS:ravi.subra@gmail.com]]", "tier": "silver", "orders": 14}
{"customer_id": "[[ID_NUMBER:CU-300992]]", "name": "[[PERSON:Chloe Dubois]]", "email": "[[EMAIL_ADDRESS:chloe.dubois@orange.fr]]", "tier": "gold", "orders": 41}
{"customer_id": "[[ID_NUMBER:CU-301007]]", "name": "[[PERSON:Kwame Asamoah-Darko]]", "email": "[[EMAIL_ADDRESS:kofori@outlook.com]]", "tier": "bronze", "orders": 2}""",
    """staff:
  - name: [[PERSON:Dr. Yasmin Farouk]]
    role: Consultant Psychiatrist
    ext: 4471
    mobile: "[[PHONE_NUMBER:07817 552 903]]"
  - name: [[PERSON:Owen Pritchard]]
    role: Community Psychiatric Nurse
    ext: 4480
    mobile: "[[PHONE_NUMBER:07542 119 306]]"
  - name: [[PERSON:Adaeze Chukwu]]
    role: Social Worker (AMHP)
    ext: 4492
    mobile: "[[PHONE_NUMBER:07960 304 118]]\"""",
    """Patient: [[PERSON:Reuben Castellano]]
DOB: [[DATE_TIME:14 Aug 1967]]
Hospital no.: [[ID_NUMBER:H0732215]]
Collected: [[DATE_TIME:22 May 2024 08:40]]
Test: Full blood count
Hb: 118 g/L (L)
WCC: 7.2 x10^9/L
Platelets: 241 x10^9/L
Requested by: [[PERSON:Dr. N. Achebe]]""",
    """sample_id,patient,collected,test,result,units,flag
LB-99120,[[PERSON:Aiyana Redhorse]],[[DATE_TIME:03/14/2024 07:55]],TSH,6.41,mIU/L,H
LB-99121,[[PERSON:Aiyana Redhorse]],[[DATE_TIME:03/14/2024 07:55]],Free T4,0.7,ng/dL,L
LB-99137,[[PERSON:Desmond Achterberg]],[[DATE_TIME:03/14/2024 08:20]],PSA,2.1,ng/mL,
LB-99140,[[PERSON:Yolanda Pérez]],[[DATE_TIME:03/14/2024 08:31]],HbA1c,7.4,%,H""",
    """| Rx no. | Patient | DOB | Drug | Collected by | Date |
| 558102 | [[PERSON:Eileen McGuinness]] | [[DATE_TIME:02/02/1940]] | Amlodipine 5mg | daughter [[PERSON:Sinead]] | [[DATE_TIME:11/03/2024]] |
| 558117 | [[PERSON:Rashid Khan]] | [[DATE_TIME:19/09/1982]] | Sertraline 100mg | self | [[DATE_TIME:11/03/2024]] |
| 558123 | [[PERSON:Phoebe Adair]] | [[DATE_TIME:07/07/2016]] | Amoxicillin susp. | mum ([[PERSON:Kerry Adair]]) | [[DATE_TIME:12/03/2024]] |""",
    """student_id,first,last,year,guardian,guardian_phone
[[ID_NUMBER:20417733]],[[PERSON:Ayaan]],[[PERSON:Qureshi]],9,[[PERSON:Nadia Qureshi]],[[PHONE_NUMBER:0412 902 337]]
[[ID_NUMBER:20417790]],[[PERSON:Matilda]],[[PERSON:Brennan]],9,[[PERSON:Sean Brennan]],[[PHONE_NUMBER:0438 115 604]]
[[ID_NUMBER:20418012]],[[PERSON:Hoang]],[[PERSON:Tran]],10,[[PERSON:Thuy Tran]],[[PHONE_NUMBER:(02) 9724 5531]]""",
    "driver\tlicence_no\tvan_reg\tdepot\tshift\n"
    "[[PERSON:Kamil Nowicki]]\t[[ID_NUMBER:NOWIC805126K99LM]]\t[[ID_NUMBER:LV72 KBX]]\tDartford\tearly\n"
    "[[PERSON:Grace Oyenuga]]\t[[ID_NUMBER:OYENU857302G98TR]]\t[[ID_NUMBER:LV72 KCF]]\tDartford\tlate\n"
    "[[PERSON:Sean Doyle]]\t[[ID_NUMBER:DOYLE703219S99AB]]\t[[ID_NUMBER:LR21 WPN]]\tErith\tearly",
    """| Name | DOB | Vaccine | Batch | Given | By |
|------|-----|---------|-------|-------|----|
| [[PERSON:Arlo Whitcombe]] | [[DATE_TIME:2023-01-09]] | MMR | MX4471 | [[DATE_TIME:2024-01-15]] | RN [[PERSON:T. Ngata]] |
| [[PERSON:Ruby Salmon]] | [[DATE_TIME:2022-12-20]] | MMR | MX4471 | [[DATE_TIME:2024-01-15]] | RN [[PERSON:T. Ngata]] |
| [[PERSON:Hemi Walker]] | [[DATE_TIME:2019-08-02]] | DTaP-IPV | DT0982 | [[DATE_TIME:2024-01-16]] | RN [[PERSON:S. Patel]] |""",
    """ARRIVALS 18/10
ROOM  GUEST                       NTS  RATE    ID SEEN          MOBILE
214   [[PERSON:MURPHY/CONOR]] [[TITLE:MR]]            3    BB      [[ID_NUMBER:PW2290183]]        [[PHONE_NUMBER:+353 86 210 4478]]
309   [[PERSON:OKAFOR/NGOZI]] [[TITLE:MS]]            1    RO      [[ID_NUMBER:B04417392]]        [[PHONE_NUMBER:+234 803 551 2094]]
311   [[PERSON:HALVORSEN/ERIK]] [[TITLE:MR]]          2    BB      [[ID_NUMBER:34881927]]         [[PHONE_NUMBER:+47 922 10 447]]""",
    """donor,email,amount,method,gift_aid,postcode
[[PERSON:Mrs P. Hennessy]],[[EMAIL_ADDRESS:pat.hennessy@talktalk.net]],25.00,card ending 8812,Y,[[ZIP_CODE:BT9 6FZ]]
[[PERSON:Arjun Nair]],[[EMAIL_ADDRESS:arjun.nair@gmail.com]],100.00,bank transfer,Y,[[ZIP_CODE:RG1 5AQ]]
Anonymous,,10.00,cash,N,
[[PERSON:Fiona Strachan]],[[EMAIL_ADDRESS:fi.strachan@btinternet.com]],40.00,card ending 0391,N,[[ZIP_CODE:KY16 9AJ]]""",
    """{"at": "2024-05-02T06:11:48Z", "user": "[[USERNAME:akiona]]", "ip": "[[IP_ADDRESS:66.8.142.19]]", "result": "ok", "mfa": "push"}
{"at": "2024-05-02T06:13:02Z", "user": "[[USERNAME:d.falaniko]]", "ip": "[[IP_ADDRESS:2001:db8:44a1::17]]", "result": "fail", "mfa": "none"}
{"at": "2024-05-02T06:13:09Z", "user": "[[USERNAME:d.falaniko]]", "ip": "[[IP_ADDRESS:2001:db8:44a1::17]]", "result": "ok", "mfa": "totp"}""",
    """unit,tenant,lease_start,rent,deposit,phone
1A,[[PERSON:Gloria Estrada]],[[DATE_TIME:2022-09-01]],1450,1450,[[PHONE_NUMBER:(210) 555-0161]]
1B,vacant,,1395,,
2A,[[PERSON:Marcus Oyelaran]],[[DATE_TIME:2023-03-15]],1520,1520,[[PHONE_NUMBER:210-555-0179]]
2B,[[PERSON:Tuyet Nguyen]] & [[PERSON:Bao Nguyen]],[[DATE_TIME:2021-06-01]],1480,1000,[[PHONE_NUMBER:+1 210 555 0114]]""",
    """EMERGENCY CONTACT CARD
Employee: [[PERSON:Shira Katz]]
Staff no: [[ID_NUMBER:10482]]
Home address: [[ADDRESS:19 Oakwood Avenue]], [[LOCATION:Teaneck]], [[LOCATION:NJ]] [[ZIP_CODE:07666]]
Contact 1: [[PERSON:Avi Katz]] (spouse) — [[PHONE_NUMBER:201-555-0187]]
Contact 2: [[PERSON:Ruth Adler]] (mother) — [[PHONE_NUMBER:718-555-0102]]
Medical notes: asthma (inhaler in desk)""",
    """emp_code,name,pan,aadhaar,location,doj
[[ID_NUMBER:BLR0412]],[[PERSON:Pooja Hegde]],[[ID_NUMBER:BQRPH7715K]],[[ID_NUMBER:5603 4718 2907]],[[LOCATION:Bengaluru]],[[DATE_TIME:05-06-2021]]
[[ID_NUMBER:BLR0419]],[[PERSON:Mohammed Irfan]],[[ID_NUMBER:CDIPI2098L]],[[ID_NUMBER:6183 0294 7159]],[[LOCATION:Bengaluru]],[[DATE_TIME:12-07-2021]]
[[ID_NUMBER:HYD0031]],[[PERSON:Sai Teja Reddy]],[[ID_NUMBER:AXFPR4402M]],[[ID_NUMBER:3820 4719 5637]],[[LOCATION:Hyderabad]],[[DATE_TIME:01-02-2022]]""",
    """| Bed | Patient | NHS no. | Age | Consultant | EDD |
|-----|---------|---------|-----|------------|-----|
| 1 | [[PERSON:Doris Fairweather]] | [[ID_NUMBER:973 104 4523]] | [[AGE:88]] | [[PERSON:Dr Kaur]] | [[DATE_TIME:Fri 21/6]] |
| 2 | [[PERSON:Leonard Abiola]] | [[ID_NUMBER:811 472 0360]] | [[AGE:71]] | [[PERSON:Dr Kaur]] | tbc |
| 4 | [[PERSON:Sheila Brannigan]] | [[ID_NUMBER:732 019 5844]] | [[AGE:79]] | [[PERSON:Dr Osei]] | [[DATE_TIME:Mon 24/6]] |""",
    "payee\tiban\tbic\treference\tamount_eur\n"
    "[[PERSON:Annika Brandt]]\t[[IBAN_CODE:DE03200411330478120936]]\tCOBADEFFXXX\texpenses May\t412.60\n"
    "[[PERSON:Luuk de Graaf]]\t[[IBAN_CODE:NL25INGB0007340918]]\tINGBNL2A\texpenses May\t88.15\n"
    "[[PERSON:Marion Lefèvre]]\t[[IBAN_CODE:FR7610107001240071829304168]]\tBREDFRPPXXX\ttravel Lyon\t235.00\n"
    "[[PERSON:Pieter Janssens]]\t[[IBAN_CODE:BE54001620394797]]\tGEBABEBB\ttravel Ghent\t64.90",
    """return_id,order_no,customer,reason,carrier,tracking,status
RT-55012,ORD-2291840,[[PERSON:Hannah Goldstein]],too small,UPS,1Z999AA10123456784,received
RT-55019,ORD-2291977,[[PERSON:Olufemi Adewale]],damaged,USPS,9400 1112 0204 2271 4401 39,in transit
RT-55023,ORD-2292001,[[PERSON:Grace Kim]],changed mind,FedEx,7729 4410 1882,label sent""",
    """oncall:
  week: 27
  primary:
    name: [[PERSON:Bartosz Lewandowski]]
    phone: "[[PHONE_NUMBER:+48 601 228 417]]"
    slack: "@[[USERNAME:bartosz.l]]"
  secondary:
    name: [[PERSON:Nisha Raman]]
    phone: "[[PHONE_NUMBER:+44 7723 415 908]]"
    slack: "@[[USERNAME:nraman]]"
  escalation: sre-leads@company.example""",
    """client_no,surname,given_names,sin,dob,province
[[ID_NUMBER:OW-440981]],[[PERSON:Beaulieu]],[[PERSON:Josée]],[[ID_NUMBER:128 475 092]],[[DATE_TIME:1985/03/22]],[[LOCATION:QC]]
[[ID_NUMBER:OW-440993]],[[PERSON:Sinclair]],[[PERSON:Duncan]],[[ID_NUMBER:520 381 773]],[[DATE_TIME:1971/11/04]],[[LOCATION:ON]]
[[ID_NUMBER:OW-441002]],[[PERSON:Cardinal]],[[PERSON:Marlene]],[[ID_NUMBER:601 928 476]],[[DATE_TIME:1994/07/30]],[[LOCATION:AB]]""",
    """Q#   NRIC/FIN     NAME                          AGE  TIME IN
041  [[ID_NUMBER:T0318846E]]    [[PERSON:TAN WEI LING]]                  [[AGE:20]]   08:52
042  [[ID_NUMBER:S7012957D]]    [[PERSON:MUTHU KRISHNAN S/O RAMASAMY]]   [[AGE:54]]   08:55
043  [[ID_NUMBER:G5581203P]]    [[PERSON:REYES MARICEL DELA CRUZ]]       [[AGE:37]]   09:01
044  [[ID_NUMBER:S8112094C]]    [[PERSON:NUR AMALINA BTE ZAINAL]]        [[AGE:43]]   09:04""",
    """Transaction ID,Name,Phone,National ID,Amount (KES),Date
SGH41KX92P,[[PERSON:Achieng Odhiambo]],[[PHONE_NUMBER:0712 448 302]],[[ID_NUMBER:29180447]],3500,[[DATE_TIME:04/07/2024]]
SGH41LA07Q,[[PERSON:Kiprono Rotich]],[[PHONE_NUMBER:0798 220 914]],[[ID_NUMBER:31047722]],3500,[[DATE_TIME:04/07/2024]]
SGH41LC55R,[[PERSON:Halima Abdi Hussein]],[[PHONE_NUMBER:0722 901 336]],[[ID_NUMBER:27733018]],2000,[[DATE_TIME:05/07/2024]]""",
    """| volunteer | age | nationality | languages | shift |
| --- | --- | --- | --- | --- |
| [[PERSON:Mariana Costa]] | [[AGE:23]] | [[NRP:Portuguese]] | PT, EN | Sat AM |
| [[PERSON:Tadesse Bekele]] | [[AGE:41]] | [[NRP:Ethiopian]] | AM, EN | Sat PM |
| [[PERSON:Jun Watanabe]] | [[AGE:67]] | [[NRP:Japanese]] | JA, EN | Sun AM |
| [[PERSON:Aleksandra Nowak]] | [[AGE:30]] | [[NRP:Polish]] | PL, EN, DE | Sun PM |""",
    """{"player": "[[PERSON:Sione Vaipulu]]", "dob": "[[DATE_TIME:12/02/2007]]", "position": "prop", "club_id": "[[ID_NUMBER:NZR-880412]]"}
{"player": "[[PERSON:Caleb Morrison]]", "dob": "[[DATE_TIME:30/11/2006]]", "position": "hooker", "club_id": "[[ID_NUMBER:NZR-880419]]"}
{"player": "[[PERSON:Rangi Te Whata]]", "dob": "[[DATE_TIME:05/05/2007]]", "position": "lock", "club_id": "[[ID_NUMBER:NZR-880433]]"}""",
    """participant,ndis_no,plan_start,plan_end,coordinator,suburb
[[PERSON:Jarrah Simpson]],[[ID_NUMBER:431 209 778]],[[DATE_TIME:01/03/2024]],[[DATE_TIME:28/02/2025]],[[PERSON:K. Brennan]],[[LOCATION:Dubbo]]
[[PERSON:Lily Papageorgiou]],[[ID_NUMBER:430 775 102]],[[DATE_TIME:15/04/2024]],[[DATE_TIME:14/04/2026]],[[PERSON:K. Brennan]],[[LOCATION:Orange]]
[[PERSON:Ben Ahmadzai]],[[ID_NUMBER:431 018 446]],[[DATE_TIME:01/06/2024]],[[DATE_TIME:31/05/2025]],[[PERSON:M. Tuala]],[[LOCATION:Bathurst]]""",
    """Learner | ID number | Grade | Parent/guardian | Cell
[[PERSON:Lindiwe Zungu]] | [[ID_NUMBER:0803140217081]] | 10 | [[PERSON:Mrs T. Zungu]] | [[PHONE_NUMBER:072 518 4409]]
[[PERSON:Thabo Molefe]] | [[ID_NUMBER:0911225831088]] | 9 | [[PERSON:Mr J. Molefe]] | [[PHONE_NUMBER:083 207 6615]]
[[PERSON:Chanté Jacobs]] | [[ID_NUMBER:0712074419086]] | 11 | [[PERSON:Ms R. Jacobs]] | [[PHONE_NUMBER:061 440 2938]]
[[PERSON:Pieter Botha]] | [[ID_NUMBER:0809306120084]] | 10 | [[PERSON:Mr A. Botha]] | [[PHONE_NUMBER:082 991 3047]]""",
    """PPSN,Name,Address,Eircode,GMS card
[[ID_NUMBER:6209371D]],[[PERSON:Bridget Moynihan]],"[[ADDRESS:Apt 12, The Maltings, Bow Lane]], [[LOCATION:Kilkenny]]",[[ZIP_CODE:R95 X2P4]],yes
[[ID_NUMBER:5513820S]],[[PERSON:Paddy Hanrahan]],"[[ADDRESS:Rathcash House]], [[LOCATION:Ballyfoyle]], [[LOCATION:Co. Kilkenny]]",[[ZIP_CODE:R95 FK72]],no
[[ID_NUMBER:1948273RA]],[[PERSON:Adebola Okunola]],"[[ADDRESS:7 Cathedral Court]], [[LOCATION:Waterford]]",[[ZIP_CODE:X91 H6E3]],yes""",
    """no,nama_penerima,nik,alamat,desa,nominal
1,[[PERSON:Sumarni]],[[ID_NUMBER:3309054407620001]],[[ADDRESS:Dusun Krajan RT 01/RW 03]],[[LOCATION:Ngemplak]],Rp600.000
2,[[PERSON:Ahmad Sholihin]],[[ID_NUMBER:3309051203750004]],[[ADDRESS:Dusun Krajan RT 02/RW 03]],[[LOCATION:Ngemplak]],Rp600.000
3,[[PERSON:Tukiyem]],[[ID_NUMBER:3309055811480002]],[[ADDRESS:Dusun Sidomulyo RT 04/RW 01]],[[LOCATION:Sindon]],Rp600.000""",
    """| STT | Người nhận | SĐT | Địa chỉ | COD | Ghi chú |
|---|---|---|---|---|---|
| 1 | [[PERSON:Nguyễn Văn Hải]] | [[PHONE_NUMBER:0987 224 516]] | [[ADDRESS:35 Hoàng Diệu 2]], [[LOCATION:Thủ Đức]] | 350.000 | gọi trước |
| 2 | [[PERSON:Lý Thị Bích]] | [[PHONE_NUMBER:0358 901 447]] | [[ADDRESS:12A Nguyễn Thị Minh Khai]], [[LOCATION:Quận 1]] | 0 | đã chuyển khoản |
| 3 | [[PERSON:Trịnh Quốc Sơn]] | [[PHONE_NUMBER:0909 615 230]] | [[ADDRESS:88/3 Bạch Đằng]], [[LOCATION:Bình Thạnh]] | 1.200.000 | giao giờ hành chính |""",
    "Bil\tNama pesakit\tNo. KP\tUmur\tWad\tTarikh masuk\n"
    "1\t[[PERSON:Rosli bin Othman]]\t[[ID_NUMBER:620811-02-5117]]\t[[AGE:61]]\tWad 5A\t[[DATE_TIME:03/06/2024]]\n"
    "2\t[[PERSON:Kavitha a/p Subramaniam]]\t[[ID_NUMBER:790402-08-6342]]\t[[AGE:45]]\tWad 5A\t[[DATE_TIME:04/06/2024]]\n"
    "3\t[[PERSON:Wong Mei Fong]]\t[[ID_NUMBER:880129-14-5586]]\t[[AGE:36]]\tWad 7B\t[[DATE_TIME:04/06/2024]]",
    "visit_date\tclient\taddress\tnurse\tvisit_type\tminutes\n"
    "[[DATE_TIME:2024-09-03 08:00]]\t[[PERSON:Earl Whitaker]]\t[[ADDRESS:118 Pecan St]], [[LOCATION:Lufkin]], [[LOCATION:TX]]\t[[PERSON:B. Okafor]], RN\twound care\t45\n"
    "[[DATE_TIME:2024-09-03 09:30]]\t[[PERSON:Lupe Castañeda]]\t[[ADDRESS:2407 Timberland Dr, Apt 6]], [[LOCATION:Lufkin]], [[LOCATION:TX]]\t[[PERSON:B. Okafor]], RN\tmed check\t30\n"
    "[[DATE_TIME:2024-09-03 11:15]]\t[[PERSON:Harold Pinckney]]\t[[ADDRESS:9 County Rd 1194]], [[LOCATION:Diboll]], [[LOCATION:TX]]\t[[PERSON:J. Reyes]], LVN\tPT eval\t60",
    """--- record 1 ---
name: [[PERSON:Amadou Sow]]
tfn: [[ID_NUMBER:459 021 831]]
dob: [[DATE_TIME:19/01/1990]]
email: [[EMAIL_ADDRESS:amadou.sow90@gmail.com]]
--- record 2 ---
name: [[PERSON:Chelsea Whitford]]
tfn: [[ID_NUMBER:873 102 648]]
dob: [[DATE_TIME:03/12/1998]]
email: [[EMAIL_ADDRESS:chelsea.w@bigpond.com]]
--- record 3 ---
name: [[PERSON:Rohan Pillai]]
tfn: [[ID_NUMBER:392 810 748]]
dob: [[DATE_TIME:27/06/1983]]
email: [[EMAIL_ADDRESS:rpillai83@yahoo.com.au]]""",
]

CHAT = [
    """[10:02] Agent [[PERSON:Priya]]: Hi, thanks for contacting Northway Bank. Can I take your full name and date of birth?
[10:02] Customer: [[PERSON:Daniel Okoro-Watts]], [[DATE_TIME:4 May 1986]]
[10:03] Agent [[PERSON:Priya]]: Thanks [[PERSON:Daniel]]. And the postcode on the account?
[10:03] Customer: [[ZIP_CODE:NG7 2QP]]. I moved to [[ADDRESS:31 Lenton Boulevard]] last month, maybe that's the problem
[10:04] Customer: my card [[CREDIT_CARD:4012 8800 3716 2545]] keeps getting declined online
[10:05] Agent [[PERSON:Priya]]: Please don't share the full card number in chat. I can see a fraud block placed on [[DATE_TIME:Tuesday 9 July]]. I've sent a code to the mobile ending 9018.
[10:06] Customer: that's my old phone, the new one is [[PHONE_NUMBER:07712 449 310]]
[10:07] Agent [[PERSON:Priya]]: No problem, I'll pass you to the fraud team to update it.""",
    """[14/05/2024, 09:12] [[PERSON:Chantal Dubé]] (SW): Morning [[PERSON:Kerry-Ann]], just confirming I'll visit on [[DATE_TIME:Thursday 16th at 2pm]] with [[PERSON:Mark]] from the housing team.
[14/05/2024, 09:20] [[PERSON:Kerry-Ann Lewis]]: ok. the kids will be at school tho. [[PERSON:Jaylen]] has his hearing test at the clinic at 1
[14/05/2024, 09:21] [[PERSON:Kerry-Ann Lewis]]: also my new address is [[ADDRESS:Flat 4, 22 Ruskin Street]] not the old one
[14/05/2024, 09:25] [[PERSON:Chantal Dubé]] (SW): Thanks, I'll update the file. Can you send me [[PERSON:Jaylen]]'s NHS number when you get a chance?
[14/05/2024, 09:41] [[PERSON:Kerry-Ann Lewis]]: [[ID_NUMBER:943 476 5919]]
[14/05/2024, 09:42] [[PERSON:Kerry-Ann Lewis]]: his dad [[PERSON:Shane]] says he wants to come thursday too""",
    """#ward-7-handover
[[USERNAME:sarah.okeefe]] 07:41  Bed 12, [[PERSON:Mr Pillay]], [[AGE:83]], for transfer to the community hospital in [[LOCATION:Rotherham]] today, transport booked for 11.
[[USERNAME:sarah.okeefe]] 07:42  his son [[PERSON:Devan]] wants a call before he goes: [[PHONE_NUMBER:07854 903 221]]
[[USERNAME:m.adewumi]] 07:50  on it. also bed 3, [[PERSON:Joan Hickey]], had a fall overnight, no injury, incident form done
[[USERNAME:dr.farrukh]] 08:05  I'll see [[PERSON:Joan]] on the round. Can someone chase her CT head from [[DATE_TIME:Saturday the 2nd]]?
[[USERNAME:m.adewumi]] 08:06  👍""",
    """Driver ([[PERSON:Kofi]]): Hi, it's [[PERSON:Kofi]] with your furniture delivery, I'm about 20 mins away. Is [[ADDRESS:17 Marlborough Gardens]] the right house? Sat nav shows two.
Customer: yes the one with the blue door! I'm [[PERSON:Helen]], my husband [[PERSON:Giles]] might answer
Driver ([[PERSON:Kofi]]): No worries. If nobody's in I'll ring this number, is that ok?
Customer: this is mine. His is [[PHONE_NUMBER:07583 118 096]]
Driver ([[PERSON:Kofi]]): Perfect, see you soon""",
    """Assistant: Welcome to MedsDirect. How can I help?
User: hi my repeat prescription hasn't arrived. name is [[PERSON:Ferhat Yilmaz]], DOB [[DATE_TIME:22/10/1975]]
Assistant: Thanks, [[PERSON:Ferhat]]. I can see your omeprazole and amlodipine were dispatched on 10 June by Royal Mail Tracked 24 (JD044182739GB).
User: I moved, it should go to [[ADDRESS:Flat 11, 40 Hanover Street]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH2 2DR]]
Assistant: I've updated the address. For security, can you confirm the email on your account?
User: [[EMAIL_ADDRESS:ferhat.y@gmx.co.uk]]
Assistant: Thank you. Your pharmacist, [[PERSON:Anika Dasgupta]], will call you if there are any issues with the reissue.""",
    """[[USERNAME:vexx0r]]: anyone up for ranked
[[USERNAME:lil_miso]]: ye in 10. btw [[USERNAME:vexx0r]] ur real name is [[PERSON:Kyle]] right? my cousin [[PERSON:Tasha]] is in ur class
[[USERNAME:vexx0r]]: lmao who told u that
[[USERNAME:gh0stbyte]]: its literally on his steam [[URL:steamcommunity.com/id/kylevexx]]
[[USERNAME:vexx0r]]: bruh. anyway add me on snap [[USERNAME:kyle.vx06]]
[[USERNAME:lil_miso]]: added""",
    """Shop Mộc Decor: Dạ chị cho shop xin tên, SĐT và địa chỉ nhận hàng ạ
[[PERSON:Thu Trang]]: [[PERSON:Phan Thu Trang]], [[PHONE_NUMBER:0968 337 104]]
[[PERSON:Thu Trang]]: [[ADDRESS:Số 9 ngách 12/3 phố Kim Mã Thượng]], [[LOCATION:phường Cống Vị]], [[LOCATION:quận Ba Đình]], [[LOCATION:Hà Nội]]
Shop Mộc Decor: Dạ shop lên đơn rồi ạ, dự kiến giao [[DATE_TIME:thứ Năm 25/7]]. Chị chuyển khoản vào STK [[ID_NUMBER:19037284610011]] Techcombank, chủ TK [[PERSON:NGUYEN THI HOA]] giúp shop nhé
[[PERSON:Thu Trang]]: ok em, chuyển rồi nhé""",
    """Mon 3 Jun
[[PERSON:Greg]] (landlord): Hi [[PERSON:Aisling]], the plumber, [[PERSON:Dave Rourke]], will come [[DATE_TIME:Wednesday 5th between 8 and 10]] for the boiler. He'll call from [[PHONE_NUMBER:087 331 4092]].
[[PERSON:Aisling]]: Great, thanks. I'm at work but my housemate [[PERSON:Eoin]] is in
[[PERSON:Greg]] (landlord): Perfect. Reminder that rent goes to the new account from July: [[IBAN_CODE:IE93 AIBK 9320 6141 2073 55]]
[[PERSON:Aisling]]: grand, will change the standing order""",
]

LOOKALIKE = [
    """Release notes — WMS 4.12.0.3 (build 20240611.2)
- Fixed label printing for SKU BX-4410-BLK and BX-4410-WHT (ticket OPS-22817).
- Carrier API now accepts tracking IDs such as 1Z 999 AA1 01 2345 6784 and JD014600006281234567.
- Dock door controllers on firmware 10.2.30.4 no longer drop the connection after 65535 scans.
- Support: 0800 085 4417 (Mon–Fri) or warehouse-support@brightwater.example.
Approved for release by [[PERSON:Danuta Kowal]] on [[DATE_TIME:11 June 2024]].""",
    """Medical library update — new stock for the Florence Nightingale Wing
• Clinical Guide to Parkinson's and Alzheimer's Disease, 3rd ed. (ISBN 978-0-19-884217-0)
• Hodgkin Lymphoma: Case Studies (ISBN 978-1-80411-302-8)
• Apgar to Zika: A Paediatric Handbook (ISBN 978-0-7020-8841-4)
Ordered under PO-2024-00871 (invoice INV-771903); the courier delivers to the loading bay off Nelson Mandela Boulevard. The catalogue system has been upgraded to 3.10.2.8. Questions: library@stgeorges.example or 020 8725 5000 (switchboard).""",
    """commit 9f2c4e1a7b3d58e0c6a91f4b2d7e8c0a5b6f3d21
Merge: 4a1b9c0 e77d2f3
Author: [[PERSON:Nadia Rahimi]] <[[EMAIL_ADDRESS:nadia.rahimi@gmail.com]]>

    Bump agent to 1.4.22.9; rotate token 7e3f0c2a-41d8-4b6e-9a1f-2c8d0e5b7a34

    - device serial SN-4F2A-88C1-0097 is no longer hard-coded
    - noreply@statuspage.example and security@acme.example added to alert routing
    - vendor hotline 1-800-642-7676 moved to docs/SUPPORT.md""",
    """INVOICE INV-2024-118402                     Date: 03/07/2024
From: Kestrel Office Supplies Ltd, VAT GB 284 4417 90, Company No. 08841207
Tel: 0161 496 0000 · accounts@kestrel-office.example
Bill to: [[PERSON:Ms. Hollie Brandreth]], Brandreth Physiotherapy
PO ref: PO-55120 · Order: SO-7718204
Qty  SKU          Description                      Unit    Total
4    KOS-A4-80G   A4 copier paper 80gsm, 5 reams   21.99   87.96
2    KOS-TNR-305  Toner, black (305A compatible)   34.50   69.00
Subtotal 156.96 · VAT 31.39 · Total 188.35
Payment due within 30 days to sort code 40-11-62.""",
    """Formulary note: stock of the Bell's palsy pack (prednisolone 5 mg, lot PN24031B, exp 11/2026) is low. NDC 0093-7180-56 replaces 0093-7180-01. Reference ranges updated: sodium 135–145 mmol/L, potassium 3.5–5.1 mmol/L. Graves' disease and Cushing's screening panels now use order codes TFT-G2 and CUS-3. Queries to pharmacy.stores@trust.example or ext. 4417. Checked by [[PERSON:K. Abiodun]], pharmacist.""",
    """Shipment summary — booking MAEU 238817402
Container MSKU 774102 1, seal ML-4492017, HS code 8471.30.01, vessel IMO 9421037, voyage 412W.
Air leg: AWB 176-44182930 on EK 9421 via DXB; ULD AKE 12204 EK.
Port of discharge: [[LOCATION:Felixstowe]] (GBFXT). Customs entry 24GB8K0Q7T1XZ2A.
Notify party: [[PERSON:Imogen Achterberg]], [[PHONE_NUMBER:+44 7700 900614]].""",
    """Ringkasan pesanan: no. faktur INV/2024/07/00412, SKU MBL-7731-HTM, resi J&T JP4418203917, nomor seri perangkat SN8821-44A0-77, versi aplikasi 5.10.2.1. Layanan pelanggan: 1500-933 atau cs@tokobaju.example. Ruas Jl. Jenderal Sudirman dan Jl. Gatot Subroto ditutup sementara karena karnaval. Penerima: [[PERSON:Rahmat Hidayat]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind85", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind126.jsonl: a *blind*, hand-written labeled PII set (table-heavy mix).

    .venv/bin/python tests/data/make_blind126.py

Blind: written without any knowledge of the detector. Read while writing it,
and nothing else: lines 1-121 of make_blind22.py (its docstring with the
labeling conventions and style descriptions, and its import lines) and its
tail from `STYLES = {` to the end (the scaffolding copied below);
gold_sets.py (whole file); lines 1-64 of make_handwritten.py (conventions,
the MARK and TITLE_IN_NAME regexes and `parse()`). Not read: minimize/,
recognizers/, any other test, bench/, the README, any *.jsonl set
(blind126.jsonl included), any other make_*.py, git history, log or status.
The detector, the bench and the tests were never run on this file. Do not
tune the detector against it: once used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with their country's length (the French RIB key and the Belgian
national check inside the FR and BE IBANs are right too; the Burundian BI
IBANs have the registry's 27 characters); `gold_sets.check` re-checks cards
and IBANs. National ids with a public check digit were given a valid one,
worked out with throwaway code while writing (not generated here): NHS
number, Canadian SIN (first digit matching the province), Aadhaar
(Verhoeff), South African ID (Luhn, agreeing with sex and birth date), BSN,
Irish PPSN, Singapore NRIC, Australian TFN and Medicare number, NZ IRD
number, Brazilian CPF, Belgian national register number; and so were the
look-alikes that carry one (ISBN-13, ISO 6346 container number, IMEI).
Rwandan ids (16 digits, birth year and sex digit agreeing with the person),
Burundian CNI, Kenyan, Ugandan and Ghanaian ids, KRA PIN, PAN, BVN, UK NI
numbers and licences, US SSNs, passports, plates, bank account numbers and
student, member, staff and patient numbers have no public check and were
not checked.

Styles (ids `blind126-<style>-NNN`; 240 records):
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, titles, job titles, streets
  with building numbers, secondary addresses, IPv4/IPv6, MACs, user agents,
  cards with CVV and expiry, IBAN and BIC), gretel-pii-masking-en-v1
  (claims, contracts, discharge summaries, loan and bursary forms, leases,
  gazette and court notices, deeds) and Nemotron-PII (JSON, log lines, SQL,
  XML, YAML and .env config, Python/Java/JS snippets, HL7, vCard, Rails
  request logs, tickets and web forms).
- `gen` (80): one to four LLM-style sentences with personal data woven in,
  names at the start, middle and end, lowercase and possessive; ages,
  dates, addresses, phones and ids in many shapes.
- `table` (60): one small labeled table per record: CSV (comma and
  semicolon), TSV, pipes/Markdown, fixed-width, JSON lines, YAML and
  key: value blocks, with varied column names and non-PII columns.
- `chat` (8): support chats, WhatsApp and SMS threads, Slack and Discord
  channels, a bursar-parent thread.
- `lookalike` (7): texts full of non-PII shaped like PII (order, tracking,
  invoice, case and change references, SKUs, ISBN, versions shaped like
  IPs, hashes, serials, container and B/L numbers, IMEIs, company phones
  and role mailboxes, USSD and merchant codes, eponyms, streets named after
  people without a number) with the few real PII values labeled; one has no
  PII at all.
Domains with extra weight (about a third of `gen` and `bench`, some tables
and chats too): savings cooperatives (SACCOs, chamas, susu, COOPEC,
Umurenge SACCO) and mobile money (M-Pesa, MoMo, Airtel Money, EcoCash,
Lumicash); land titles and cadastre (title deeds, registries, gazette
notices, surveys, parcel transfers); school fees and bursaries. The rest
spread widely (banking, insurance, health, pharmacy, legal, HR, retail,
travel, telecoms, government, lettings, gaming, social media, tech support,
deliveries, gyms, vets, churches, charities, elections).
Languages: about nine records in ten in English (Kenya, Uganda, Tanzania,
Ghana, Nigeria, Zambia, Zimbabwe, South Africa, UK, Ireland, US, Canada,
Australia, New Zealand, India, Singapore, the Philippines and others, with
names from the many cultures living there); 25 records in Kinyarwanda (13)
and Kirundi (12), spread over every style (the Kinyarwanda look-alike is a
SACCO notice).

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside; family words ("Mama", "Auntie")
  stay outside. TITLE: honorifics attached to a name (Mr, Mrs, Ms, Mx, Dr,
  Prof, Mme, "MR" in a PNR), labeled apart from the name; job titles are
  not TITLE.
- ADDRESS: number + street (+ flat / unit / suite / floor), PO boxes, plot
  and lot numbers, house and building names; Kigali and Bujumbura street
  addresses only with a house number. City, district, sector, commune,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, start of a job, move,
  hearing, signature, registration of their title, their payment or
  transfer written in prose or in a field named for it, a deadline set for
  them, last login) with a day or month, in any shape and language; a
  weekday or clock time said with such a date is inside the span, alone it
  is not; bare years are not.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality (also in a NAT column as a
  three-letter code), religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  pupil, candidate, member and customer numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys, genders, job titles, employers, user
  agents, MAC addresses, BIC, sort codes and routing numbers, CVVs and
  expiries, PINs and PAC codes, order / ticket / claim / policy / case /
  transaction / receipt references, company phones and role mailboxes,
  versions, hashes, serials, VINs, partial numbers ("ending 4471"), pets,
  eponyms, amounts, header rows.
Calls made while writing this set:
- land parcel and title identifiers (UPI 2/04/08/03/1187, title numbers,
  "Erf 4471", survey and Gat numbers) are property references, not
  labeled, like policy numbers; the owner's name and id are labeled.
- a mobile-money wallet written as a phone number (MSISDN) is
  PHONE_NUMBER; a till, paybill, merchant or USSD code is not labeled, nor
  is an institution's own bank account; a SACCO, cooperative or
  mobile-money member or account number of a person is ID_NUMBER, and so
  are SchoolPay / fee payment codes and exam index numbers of a pupil.
- every IP address is IP_ADDRESS, a server's too; only version strings
  shaped like IPs are not.
- timestamps at the head of a log or chat line, and created/event
  timestamps of a transaction record, are machine metadata and not
  labeled; an email's Date header is the writer's letter date and is
  labeled; a "last_login" field is DATE_TIME.
- a row id in SQL is not labeled; a customer_id or MRN is.
- a "sex", "gender", "dept", "plan" or "status" column is unlabeled, an
  "age" column is AGE, a "country", "state", "county" or "district" column
  is LOCATION and a "nationality" column is NRP; a building number or
  secondary address in its own field is ADDRESS.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind126.jsonl")

BENCH = [
    # ai4privacy-style mixed sentences
    """Dear [[PERSON:Mr. Emeka Lindgren]], your transfer to the Data Integrity Lead position in our [[LOCATION:Port Aliyah]] office is approved. Send your new address ([[ADDRESS:6617 Birchwood Crossing, Apt. 412]]) and employee number [[ID_NUMBER:EMP-448120]] to HR before [[DATE_TIME:03/11/2025]].""",
    """Payment of 7,240.15 from [[PERSON:Nadia Okonjo-Baptiste]]'s card [[CREDIT_CARD:4532 0177 3418 5203]] (CVV 418, exp 07/28) failed at [[DATE_TIME:11:42 on 2024-09-14]]. Device MAC 3c:22:fb:91:0e:47, IP [[IP_ADDRESS:102.89.34.211]], agent Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36.""",
    """Hello [[PERSON:Zuzana]], the IBAN [[IBAN_CODE:DE92 7602 6000 4471 9203 85]] (BIC HYVEDEMM760) is now on your payroll profile under username [[USERNAME:zuzana.kral88]]. Your temporary password is Tq!8vR2#mLw; change it at first login.""",
    """Female, [[AGE:38]], [[PERSON:Odalys Ferreira-Nkemelu]] works as Senior Tactics Architect. She lives at [[ADDRESS:4021 Pinecrest Terrace]], [[LOCATION:South Kaylaburgh]], [[LOCATION:Oregon]] [[ZIP_CODE:97124]] and her work email is [[EMAIL_ADDRESS:odalys.fn@tactix-global.net]].""",
    """We noticed a login to [[USERNAME:bkaraca_77]] from [[IP_ADDRESS:2a02:c7f:4e21:9b00:d4a8:61ff:fe3c:92b1]] at [[DATE_TIME:02:14 on 6 June]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15. If this wasn't you, [[PERSON:Burak]], reset your password now.""",
    """Vehicle [[ID_NUMBER:KX68 PWL]] (VIN 1HGCM82633A004352), registered to [[PERSON:Deirdre Montgomery]] of [[ADDRESS:Flat 2, 19 Wellington Terrace]], [[LOCATION:Lisburn]], [[LOCATION:County Antrim]] [[ZIP_CODE:BT28 1QP]], is overdue for its MOT.""",
    """Transaction alert: [[PERSON:Amina Wairimu]] ([[PHONE_NUMBER:+254 720 418 553]]) received KES 12,300.00 from [[PERSON:JOSEPH KIPROTICH]] ([[PHONE_NUMBER:254733902117]]) on [[DATE_TIME:5/2/25 at 4:17 PM]]. New M-PESA balance is KES 15,882.40. Ref SB52K4T9XQ.""",
    """Tuition payment for [[PERSON:Mx. Rowan Achterberg]], student number [[ID_NUMBER:s2291047]], was charged to card [[CREDIT_CARD:3782 910445 63012]] (exp 11/26, security code 7711) from IP [[IP_ADDRESS:81.171.4.209]] at 23:58.""",
    """[[PERSON:Dr. Kalani Whitfield-Osei]], Regional Paradigm Facilitator, born [[DATE_TIME:April 4th, 1979]], height 5'9", eye color hazel, can be reached at [[PHONE_NUMBER:+1-313-660-4471]] or [[EMAIL_ADDRESS:kalani.whitfield@outlook.com]].""",
    """Please move 1,450.00 from Personal Loan Account [[ID_NUMBER:88120417]] to [[PERSON:Bartholomew Nyambura]] at [[IBAN_CODE:GB10 LOYD 3094 6658 1204 37]]; the PIN 4471 is not needed for this transfer.""",
    """Our records show that [[PERSON:Ms. Ilse Vandermeer]] ([[DATE_TIME:1986-12-03]], BSN [[ID_NUMBER:173409520]]) moved from [[ADDRESS:Keizersgracht 418-II]] to [[ADDRESS:Van Woustraat 77-huis]], [[ZIP_CODE:1074 AE]] [[LOCATION:Amsterdam]].""",
    """Hi [[PERSON:Tariq]], the MAC address c8:5b:76:a0:19:e4 of your laptop is whitelisted for [[USERNAME:tariq.mahmood]]; the gateway will hand you [[IP_ADDRESS:10.14.2.88]] from now on.""",
    """[[PERSON:Valentina Oyelowo-Castro]], Chief Land Surveyor, certifies that parcel 0417-B at [[ADDRESS:1122 Quarry Lane]], [[LOCATION:Lake Ezekielfort]], [[LOCATION:Hartford County]] has belonged to [[PERSON:Mr. Anselm Dietrich]] since [[DATE_TIME:14/02/2008]].""",
    """SACCO member [[PERSON:Mugisha Ronald]], NIN [[ID_NUMBER:CM87041102TQ5H]], requested a loan of UGX 3,500,000 on [[DATE_TIME:12th Sep 2024]]; guarantors [[PERSON:Nansubuga Joan]] ([[PHONE_NUMBER:0701 448 219]]) and [[PERSON:Okello Patrick]].""",
    """Bursary account [[ID_NUMBER:40071182]] for [[PERSON:Khadija Mwinyi]], [[AGE:17]], of [[ADDRESS:Plot 44, Mikocheni B]], [[LOCATION:Dar es Salaam]], was opened after her guardian [[PERSON:Salim Mwinyi]] signed on [[DATE_TIME:2/3/2025]].""",
    """Quick reminder to [[PERSON:Mrs. Hollis Bergstrom]]: the Dynamic Accounts Officer induction is on [[DATE_TIME:September 21st at 14:00]] at [[ADDRESS:7 Larkspur Avenue, 3rd floor]], [[LOCATION:New Jaidenton]].""",
    """[[PERSON:Gunnar]] asked me to send the rollover forms to his account: SSN [[US_SSN:523-71-0486]], account [[ID_NUMBER:0041187295]], routing 011000138. He's male, [[AGE:58]], Investment Strategist.""",
    """The claim from [[PERSON:Yolanda Achebe-Smith]] includes her [[NRP:Nigerian]] passport [[ID_NUMBER:A07718254]], her home phone [[PHONE_NUMBER:+44 (0)20 8365 4417]] and the address [[ADDRESS:23 Tamworth Gardens]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2XN]].""",
    """[[PERSON:Ezekiel Mbatha]], [[AGE:61]], retired: your annual pension statement has gone to [[EMAIL_ADDRESS:zeke.mbatha@mweb.co.za]] and a printed copy to [[ADDRESS:PO Box 4471]], [[LOCATION:Pietermaritzburg]], [[ZIP_CODE:3200]].""",
    """Ticket escalated: user [[USERNAME:d.oyelaran]] at [[IP_ADDRESS:196.216.88.14]] (Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0) cannot open payroll. Contact [[PERSON:Damilola Oyelaran]] on [[PHONE_NUMBER:0803 447 1829]].""",
    """Land Registry update: [[PERSON:Prudence Ashby]] and [[PERSON:Ruairí Ashby]] became registered proprietors of [[ADDRESS:The Old Granary, Mill Lane]], [[LOCATION:Little Baddow]], [[LOCATION:Essex]] [[ZIP_CODE:CM3 4SF]] on [[DATE_TIME:17 October 2022]], title number EX884120.""",
    """Invoice SF-2025-0418 for [[PERSON:Ngozi Adaeze]]'s boarding fees: pay £9,870 to [[IBAN_CODE:GB94 NWBK 5570 3841 9203 76]] quoting pupil code [[ID_NUMBER:NA-7Y-0193]]; BIC NWBKGB2L.""",
    """Device 88:e9:fe:51:7a:02, assigned to [[PERSON:Mirela Popescu]] (Product Markets Analyst), requested an address from [[IP_ADDRESS:fe80::8ae9:feff:fe51:7a02]] at 08:03 and was then given [[IP_ADDRESS:172.20.14.233]].""",
    """Dear customer [[PERSON:Chanda Mwale]], K850.00 has been sent from your Airtel Money account [[PHONE_NUMBER:0977 418 203]] to [[PERSON:BWALYA MUSONDA]] [[PHONE_NUMBER:0966227410]] on [[DATE_TIME:14/01/2025 07:55]]. Txn ID MP250114.0755.C44182.""",
    """Contract for [[PERSON:Anjali Deshpande]], Lead Intranet Designer, [[AGE:29]] years old, residing at [[ADDRESS:Flat 12B, Palm Grove Apartments, 3rd Cross Road]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]], effective [[DATE_TIME:1st of August, 2025]].""",
    """Discover card [[CREDIT_CARD:6011009477123801]] belonging to [[PERSON:Cornelius Abernathy]] was flagged after purchases from [[IP_ADDRESS:45.133.192.7]] and [[IP_ADDRESS:45.133.192.19]]; the card expires 04/27.""",
    """[[PERSON:Heilala Tupou]] updated her profile: username [[USERNAME:heilala_t]], website [[URL:https://heilalatupou.art]], phone [[PHONE_NUMBER:+64 21 448 0193]], gender female.""",
    """Loan request from [[PERSON:Tendai Moyo]] to the teachers' savings and credit cooperative: national ID [[ID_NUMBER:63-2284417 K 42]], EcoCash [[PHONE_NUMBER:+263 77 418 2093]], home [[ADDRESS:1147 Mufakose Road]], [[LOCATION:Harare]]; amount USD 1,200 over 12 months.""",
    """Deed of transfer: [[PERSON:Mr. Gerald Pillay]], identity number [[ID_NUMBER:7902156088080]], sells Erf 4471 at [[ADDRESS:18 Jacaranda Crescent]], [[LOCATION:Westville]], [[LOCATION:Durban]] [[ZIP_CODE:3629]] to [[PERSON:Ms. Precious Zungu]]; signed at [[LOCATION:Durban]] on [[DATE_TIME:the 4th day of March 2025]].""",
    """Parent [[PERSON:Chioma Obiora]] paid ₦485,000 school fees for [[PERSON:Kelechi Obiora]] (JSS2, admission no. [[ID_NUMBER:LGA/2023/0417]]) with card [[CREDIT_CARD:5358-1044-2176-0932]] from IP [[IP_ADDRESS:105.112.44.78]].""",
    """[[PERSON:Mutesi Sandrine]] yishyuye amafaranga y'ishuri ya [[PERSON:Gatete Yves]] akoresheje ikarita [[CREDIT_CARD:4026 8801 2365 9176]] (CVV 552) ku wa [[DATE_TIME:14 Gashyantare 2025 saa 10:20]], avuye kuri IP [[IP_ADDRESS:41.186.23.117]].""",
    """[[PERSON:Ndikumana Olivier]] yarungitse 50.000 Fbu kuri Lumicash ya [[PERSON:Nshimirimana Claude]] ([[PHONE_NUMBER:+257 71 40 92 18]]) ku wa [[DATE_TIME:9 Mukakaro 2024, 14:05]]; inomero y'igikorwa ni LC240709.1405.88.""",
    # gretel-style domain documents
    """CLAIM FORM: PROPERTY DAMAGE
Claimant: [[PERSON:Harriet Oduya]]
Policy No.: HPX-0041882
Date of loss: [[DATE_TIME:February 18, 2025]]
Property address: [[ADDRESS:318 Linden Court]], [[LOCATION:Evanston]], [[LOCATION:IL]] [[ZIP_CODE:60201]]
Description: A frozen pipe burst in the upstairs bathroom and water came through the kitchen ceiling. The claimant reported it the same evening.
Contact: [[PHONE_NUMBER:847-308-4419]] / [[EMAIL_ADDRESS:hoduya@gmail.com]]""",
    """This Employment Agreement is made on [[DATE_TIME:January 6, 2025]] between Brightwater Analytics LLC ("Company") and [[PERSON:Samuel Oyelowo]] ("Employee"), residing at [[ADDRESS:77 Crescent Ave, Apt 3]], [[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07304]]. Employee's Social Security Number, [[US_SSN:148-62-0937]], is collected for payroll purposes only. The Employee shall serve as Senior Data Engineer with a base salary of $142,000.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Rosalind Achterberg]]    MRN: [[ID_NUMBER:00418273]]    DOB: [[DATE_TIME:03/14/1958]]
Admitted: [[DATE_TIME:11/02/2024]]    Discharged: [[DATE_TIME:11/06/2024]]
Attending: [[PERSON:Dr. Howard Lim]]
[[PERSON:Mrs. Achterberg]] is a [[AGE:66]]-year-old woman admitted with community-acquired pneumonia. She improved on IV antibiotics and was discharged to her daughter's home at [[ADDRESS:1520 Delmar Blvd]], [[LOCATION:St. Louis]], [[LOCATION:MO]]. Follow-up with PCP in 7 days.""",
    """LOAN APPLICATION
Applicant name: [[PERSON:Marisol Quintero]]
Date of birth: [[DATE_TIME:1989-07-22]]
SSN: [[US_SSN:287-40-1193]]
Employer / position: Sunbelt Logistics, Dispatcher
Annual income: $58,400
Checking account: [[ID_NUMBER:004418827391]] (routing 121000358)
Current address: [[ADDRESS:9021 Calle Amistad]], [[LOCATION:Las Cruces]], [[LOCATION:NM]] [[ZIP_CODE:88012]]
Loan purpose: used vehicle""",
    """SACCO LOAN AGREEMENT
This agreement dated [[DATE_TIME:3rd March 2025]] is between Ukulima Sacco Society Ltd and [[PERSON:Joseph Kiprono Langat]] (member no. [[ID_NUMBER:UKS/04417]], ID no. [[ID_NUMBER:28841937]], KRA PIN [[ID_NUMBER:A004418273K]]). The loan of KES 250,000 shall be disbursed to the borrower's M-Pesa number [[PHONE_NUMBER:0712 804 416]] and repaid by check-off over 24 months. Guarantor: [[PERSON:Esther Chepngetich]], member no. [[ID_NUMBER:UKS/02981]].""",
    """GAZETTE NOTICE NO. 4417
THE LAND REGISTRATION ACT
ISSUE OF A NEW LAND TITLE DEED
WHEREAS [[PERSON:Mary Wambui Gitau]], of [[ADDRESS:P.O. Box 1184]]-[[ZIP_CODE:00900]], [[LOCATION:Kiambu]], in the Republic of Kenya, is the registered proprietor of all that piece of land known as Nakuru/Njoro/Ngata/4417, and whereas sufficient evidence has been adduced to show that the land title deed issued thereof has been lost, notice is given that after the expiration of sixty (60) days from the date hereof, I shall issue a new land title deed provided that no objection has been received within that period.
Dated the [[DATE_TIME:14th February, 2025]].
[[PERSON:J. M. KARIUKI]], Land Registrar, Nakuru District.""",
    """Dear [[PERSON:Ms. Chipo Mutasa]],
Re: Bursary award 2025, student no. [[ID_NUMBER:219044817]]
We are pleased to confirm a bursary covering full tuition and residence for your BSc (Nursing) studies. The award is conditional on a 60% average and will be reviewed after the June examinations. Please sign the acceptance form and return it to the Financial Aid Office by [[DATE_TIME:28 February 2025]].
Yours sincerely,
[[PERSON:Prof. Nicolaas Botha]]""",
    """AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
I, [[PERSON:Terrence Oakes]], date of birth [[DATE_TIME:September 2, 1966]], authorize St. Brendan Medical Group to release my records from [[DATE_TIME:01/01/2022]] to the present to [[PERSON:Dr. Anjali Mehra]], Lakeside Cardiology. Medical record number: [[ID_NUMBER:SBMG-448192]]. This authorization expires one year from signature.
Signature: ______  Date: [[DATE_TIME:04/17/2025]]""",
    """RESIDENTIAL TENANCY AGREEMENT
Landlord: [[PERSON:Gordon Faulkner]]
Tenants: [[PERSON:Aisling Brennan]] and [[PERSON:Kwame Mensah]]
Premises: [[ADDRESS:Second Floor Flat, 14 Rathmines Road Lower]], [[LOCATION:Dublin 6]], [[ZIP_CODE:D06 F2X8]]
Term: twelve months commencing [[DATE_TIME:1 September 2025]]
Rent: €2,150 per month, payable on the first of each month to [[IBAN_CODE:IE67 BOFI 9058 3312 0477 81]]
Deposit: €2,150, lodged with the RTB""",
    """To whom it may concern,
This is to confirm that [[PERSON:Rahul Venkataraman]] has been employed by Meridian Freight Pvt Ltd as a Logistics Coordinator since [[DATE_TIME:15 July 2019]]. His employee ID is [[ID_NUMBER:MF-20417]] and his current gross monthly salary is ₹96,500. For verification, contact HR at hr@meridianfreight.in.
[[PERSON:Kavitha Sundaram]], HR Manager""",
    """NOTICE OF HEARING
Case No. 2025-CV-04418
Plaintiff: [[PERSON:Loretta Simmons]]
Defendant: [[PERSON:Raymond Castellano]]
You are hereby notified that a hearing on the plaintiff's motion will be held on [[DATE_TIME:May 27, 2025 at 9:30 a.m.]] in Courtroom 4B. Notice was mailed to the defendant's last known address: [[ADDRESS:4410 Ridgeview Dr]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]].""",
    """PRESCRIPTION REFILL REQUEST
Patient: [[PERSON:Agnieszka Nowak-Reilly]]   DOB: [[DATE_TIME:22-Jan-1971]]
Phone: [[PHONE_NUMBER:(617) 902-3348]]
Medication: levothyroxine 75 mcg, 90 tablets
Prescriber: [[PERSON:Dr. Samuel Adeyemi]]
Pharmacy: CVS #4471, Boylston St.
Insurance ID: [[ID_NUMBER:BCX8840193712]]""",
    """Dear Sir or Madam,
I am writing to dispute a charge of $1,284.00 on my credit card account ending in 4471. The charge, dated [[DATE_TIME:March 3, 2025]], is from a merchant I have never used. I have not lost my card and I believe the number was stolen online. My name is [[PERSON:Harold Nakashima]], my address is [[ADDRESS:2718 Kalakaua Ave, Apt 905]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96815]], and I can be reached at [[PHONE_NUMBER:808-441-2097]].""",
    """AGREEMENT FOR SALE
This agreement is made at [[LOCATION:Nashik]] on [[DATE_TIME:10th day of January 2025]] between [[PERSON:Shri Vasant Rao Patil]], aged [[AGE:64]] years, Aadhaar [[ID_NUMBER:2880 6431 9576]], residing at [[ADDRESS:Plot No. 18, Shivaji Nagar]], [[LOCATION:Nashik]] [[ZIP_CODE:422009]] (the Vendor), and [[PERSON:Smt. Rekha Jadhav]] (the Purchaser), for the sale of land bearing Gat No. 441/2 admeasuring 0.40 hectare.""",
    """FINAL NOTICE BEFORE DISCONNECTION
Account holder: [[PERSON:Desmond Achterberg-Vale]]
Account number: [[ID_NUMBER:5500418273]]
Service address: [[ADDRESS:61 Brunswick Street]], [[LOCATION:Fitzroy]] [[LOCATION:VIC]] [[ZIP_CODE:3065]]
Amount overdue: $612.48
If payment is not received within 7 days, supply may be disconnected. Hardship assistance is available on 1800 448 120.""",
    """BENEFICIARY DESIGNATION
Insured: [[PERSON:Eleanor Whitcombe-Diaz]], SSN [[US_SSN:401-82-6673]], born [[DATE_TIME:08/19/1962]]
Primary beneficiary: [[PERSON:Marcus Diaz]] (spouse), 100%
Contingent beneficiaries: [[PERSON:Sofia Diaz]] and [[PERSON:Mateo Diaz]] (children), 50% each
Beneficiary address: [[ADDRESS:1400 Sycamore St]], [[LOCATION:Albuquerque]], [[LOCATION:NM]] [[ZIP_CODE:87106]]""",
    """Request for deferment of student loan repayment. Borrower: [[PERSON:Daniel Okwuosa]]. Borrower number: [[ID_NUMBER:SL0041827733]]. I am requesting a deferment because I started a full-time master's programme on [[DATE_TIME:23 September 2024]]. My new email is [[EMAIL_ADDRESS:d.okwuosa@student.gla.ac.uk]] and my term-time address is [[ADDRESS:Flat 0/2, 41 Gibson Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 8NX]].""",
    """MORTGAGE PRE-APPROVAL
Borrowers: [[PERSON:Aleksander Kowal]] and [[PERSON:Priya Kowal]]
Co-borrower DOB: [[DATE_TIME:12 Nov 1990]]
SIN (primary): [[ID_NUMBER:719 035 289]]
Property: [[ADDRESS:2217 Oak Bay Avenue]], [[LOCATION:Victoria]], [[LOCATION:BC]] [[ZIP_CODE:V8R 1G4]]
Pre-approved amount: $785,000 at 4.89% fixed for 5 years""",
    """NSFAS BURSARY APPLICATION (EXTRACT)
Applicant: [[PERSON:Lwazi Khumalo]]
SA ID number: [[ID_NUMBER:0505126238086]]
Gender: Male
Home address: [[ADDRESS:2241 Zone 3]], [[LOCATION:Diepkloof]], [[LOCATION:Soweto]], [[ZIP_CODE:1864]]
Household income: R96,000 per year
Parent/guardian: [[PERSON:Thokozile Khumalo]], cell [[PHONE_NUMBER:072 418 3309]]
Institution: University of Johannesburg""",
    """MEMBERSHIP APPLICATION, ST. JOSEPH MULTI-PURPOSE COOPERATIVE
Name: [[PERSON:Ma. Theresa Buenaventura]]
Birthdate: [[DATE_TIME:June 3, 1984]]    Age: [[AGE:40]]
Address: [[ADDRESS:Purok 4]], Brgy. [[LOCATION:Mabini]], [[LOCATION:Lipa City]], [[LOCATION:Batangas]]
TIN: [[ID_NUMBER:301-448-127-000]]
Initial share capital: PHP 2,000.00
Beneficiary: [[PERSON:Jose Buenaventura]] (husband)""",
    """SURVEYOR'S REPORT, LOT 44, CONCESSION 7
Prepared for [[PERSON:Ms. Genevieve Tremblay]] and [[PERSON:Mr. Olusegun Adeyemi-Tremblay]], owners of [[ADDRESS:4471 Concession Road 7]], [[LOCATION:Uxbridge]], [[LOCATION:Ontario]] [[ZIP_CODE:L9P 1R1]]. Field work completed on [[DATE_TIME:14 May 2024]] in the owners' presence. The east boundary fence lies 0.6 m inside the deed line; no encroachment onto the neighbouring lot was found.""",
    """IFISHI YO GUSABA IHEREREKANYA RY'UBUTAKA
Uwegurira: [[PERSON:Nsengiyumva Théogène]], indangamuntu [[ID_NUMBER:1 1959 8 0028417 1 22]]
Uwegurirwa: [[PERSON:Uwimana Francine]], indangamuntu [[ID_NUMBER:1 1991 7 0113826 0 48]]
UPI: 2/04/08/03/1187
Aho ubutaka buherereye: Intara y'[[LOCATION:Amajyepfo]], Akarere ka [[LOCATION:Huye]], Umurenge wa [[LOCATION:Tumba]]
Itariki yo gusaba: [[DATE_TIME:6 Kamena 2024]]
Telefoni y'uwegurirwa: [[PHONE_NUMBER:0728 441 093]]""",
    """AMASEZERANO Y'INGURANE
Uwuguza: [[PERSON:Bizimana Emmanuel]], ikarata karangamuntu [[ID_NUMBER:434.0417/2016]]
Aho aba: [[ADDRESS:Avenue de la Mission n°12]], [[LOCATION:Ngagara]], [[LOCATION:Bujumbura]]
Konti kuri COOPEC: [[ID_NUMBER:0041-182773-01]]
Amafaranga yagurijwe: 2.400.000 Fbu, azoriha mu mezi 18.
Itariki yo gusinya: [[DATE_TIME:11 Gitugutu 2024]]
Umwishingizi: [[PERSON:Nduwimana Spès]], terefone [[PHONE_NUMBER:+257 69 21 44 80]]""",
    """ITANGAZO
Ibiro bishinzwe buruse biramenyesha abanyeshure bakurikira ko baronse buruse y'umwaka w'amashure 2024-2025: [[PERSON:Niyonkuru Gloria]] (inomero y'umunyeshure [[ID_NUMBER:UB-22/0418]]), [[PERSON:Havyarimana Dieudonné]] ([[ID_NUMBER:UB-22/0733]]) na [[PERSON:Irambona Ange]] ([[ID_NUMBER:UB-23/0091]]). Bategerezwa kwiyandikisha imbere y'itariki ya [[DATE_TIME:30 Munyonyo]].""",
    # Nemotron-PII-style structured snippets
    """{"customer_id": "[[ID_NUMBER:CUST-0044817]]", "first_name": "[[PERSON:Renata]]", "last_name": "[[PERSON:Okoye-Lindahl]]", "email": "[[EMAIL_ADDRESS:renata.okoye@protonmail.com]]", "phone": "[[PHONE_NUMBER:+1 (312) 448-9021]]", "dob": "[[DATE_TIME:1993-02-17]]", "address": {"street": "[[ADDRESS:1840 N Milwaukee Ave, Unit 3R]]", "city": "[[LOCATION:Chicago]]", "state": "[[LOCATION:IL]]", "zip": "[[ZIP_CODE:60647]]"}, "loyalty_tier": "gold"}""",
    """2025-03-18T09:14:22.481Z INFO  auth-service login ok user=[[USERNAME:mfernandes]] email=[[EMAIL_ADDRESS:m.fernandes@quintaverde.pt]] ip=[[IP_ADDRESS:188.81.44.107]] session=7f3a9c01
2025-03-18T09:14:25.017Z WARN  auth-service mfa skipped for user=[[USERNAME:mfernandes]] reason=trusted_device device_id=DV-88321
2025-03-18T09:15:02.903Z ERROR billing-service card declined customer=[[PERSON:Marta Fernandes]] last4=2198 ip=[[IP_ADDRESS:188.81.44.107]]""",
    """INSERT INTO patients (id, mrn, first_name, last_name, dob, ssn, phone, city, state)
VALUES (10442, '[[ID_NUMBER:MRN-771029]]', '[[PERSON:Darnell]]', '[[PERSON:Whitaker]]', '[[DATE_TIME:1979-10-30]]', '[[US_SSN:431-90-2218]]', '[[PHONE_NUMBER:901-448-2710]]', '[[LOCATION:Memphis]]', '[[LOCATION:TN]]'),
       (10443, '[[ID_NUMBER:MRN-771030]]', '[[PERSON:Soo-ah]]', '[[PERSON:Park]]', '[[DATE_TIME:2001-04-08]]', NULL, '[[PHONE_NUMBER:901-227-0934]]', '[[LOCATION:Germantown]]', '[[LOCATION:TN]]');""",
    """<patient>
  <identifier system="urn:oid:2.16.840.1.113883.2.1.4.1">[[ID_NUMBER:6321190845]]</identifier>
  <name><given>[[PERSON:Eilidh]]</given><family>[[PERSON:MacLeod]]</family></name>
  <birthDate>[[DATE_TIME:1948-09-11]]</birthDate>
  <address><line>[[ADDRESS:3 Harbour View, Flat 1]]</line><city>[[LOCATION:Stornoway]]</city><postalCode>[[ZIP_CODE:HS1 2XF]]</postalCode></address>
  <telecom system="phone">[[PHONE_NUMBER:01851 704 218]]</telecom>
  <generalPractitioner>[[PERSON:Dr. Morag Findlay]]</generalPractitioner>
</patient>""",
    """# config/alerts.yaml
alerting:
  oncall:
    primary:
      name: [[PERSON:Kenji Watanabe-Hall]]
      email: [[EMAIL_ADDRESS:kenji.wh@fastrail.io]]
      phone: "[[PHONE_NUMBER:+44 7911 204 338]]"
    secondary:
      name: [[PERSON:Ifeanyi Obi]]
      email: [[EMAIL_ADDRESS:ifeanyi.obi@fastrail.io]]
  escalation_email: sre-team@fastrail.io
  pagerduty_key: 8c1f4a77e2d94b0b9a1d3c55e6f70812
  smtp_host: [[IP_ADDRESS:10.0.4.12]]""",
    """def test_signup_creates_profile(client):
    payload = {
        "full_name": "[[PERSON:Abena Owusu-Ansah]]",
        "email": "[[EMAIL_ADDRESS:abena.oa@gmail.com]]",
        "username": "[[USERNAME:abena_oa]]",
        "password": "Sup3rS3cret!",
        "date_of_birth": "[[DATE_TIME:1997-05-30]]",
        "phone": "[[PHONE_NUMBER:+233 24 418 7720]]",
    }
    resp = client.post("/api/v2/signup", json=payload)
    assert resp.status_code == 201""",
    """Ticket #48213 | Priority: High | Channel: email
From: [[PERSON:Graham Pettigrew]] <[[EMAIL_ADDRESS:g.pettigrew@ntlworld.com]]>
Subject: Direct debit taken twice
Body: Hi, my direct debit was taken twice this month from account [[ID_NUMBER:41882730]], sort code 20-44-18. My customer number is [[ID_NUMBER:CN-0093318]] and my address is [[ADDRESS:8 Beech Grove]], [[LOCATION:Kidderminster]] [[ZIP_CODE:DY11 6QA]]. Please refund the duplicate. Graham""",
    """POST /v1/collections/requesttopay HTTP/1.1
X-Reference-Id: 3f2a8c1e-4b7d-4e0a-9a51-2c7d8e1f4a90
Content-Type: application/json
{"amount": "25000", "currency": "UGX", "externalId": "SCHFEE-2025-T1-0418", "payer": {"partyIdType": "MSISDN", "partyId": "[[PHONE_NUMBER:256772418093]]"}, "payerMessage": "Term 1 fees for [[PERSON:Namutebi Sarah]] S2", "payeeNote": "Student [[ID_NUMBER:ST/2023/1187]]"}""",
    """{"event": "c2b.payment.completed", "timestamp": "2025-02-11T18:42:07+03:00", "data": {"transaction_id": "SBB7K2Q9LM", "msisdn": "[[PHONE_NUMBER:254722604418]]", "first_name": "[[PERSON:GEOFFREY]]", "middle_name": "[[PERSON:K]]", "last_name": "[[PERSON:MUTUA]]", "bill_ref": "[[ID_NUMBER:MEM-20417]]", "amount": 3000.00, "org_balance": 1204417.50, "shortcode": "522533"}}""",
    """UPDATE land_parcels
SET owner_name = '[[PERSON:Nokuthula Dube]]',
    owner_id_no = '[[ID_NUMBER:9509270862080]]',
    owner_phone = '[[PHONE_NUMBER:+27 83 441 9082]]',
    transfer_date = '[[DATE_TIME:2025-01-28]]',
    title_deed_no = 'T44172/2025'
WHERE parcel_id = 'ERF-3309-KWAMASHU';""",
    """<TitleRecord>
  <TitleNumber>NSW/FOLIO/44/1187</TitleNumber>
  <RegisteredProprietor>
    <Name>[[PERSON:Eleni Papadopoulos]]</Name>
    <Address>[[ADDRESS:19 Kiora Street]], [[LOCATION:Canley Heights]] [[LOCATION:NSW]] [[ZIP_CODE:2166]]</Address>
  </RegisteredProprietor>
  <RegisteredProprietor>
    <Name>[[PERSON:Yannis Papadopoulos]]</Name>
  </RegisteredProprietor>
  <DateOfRegistration>[[DATE_TIME:2011-03-22]]</DateOfRegistration>
  <Encumbrances>Mortgage AH441820</Encumbrances>
</TitleRecord>""",
    """{"receipt_no": "FR-2025-00871", "school": "Hillcrest Academy", "student": {"name": "[[PERSON:Adaeze Nwankwo]]", "admission_no": "[[ID_NUMBER:HA/19/0344]]", "class": "SS3B"}, "payer": {"name": "[[PERSON:Obinna Nwankwo]]", "phone": "[[PHONE_NUMBER:+234 803 418 2297]]", "email": "[[EMAIL_ADDRESS:obinna.nwankwo@yahoo.com]]"}, "amount_ngn": 620000, "method": "card", "card_last4": "7720", "term": "second"}""",
    """# .env.production
APP_NAME=clinic-portal
DB_HOST=[[IP_ADDRESS:10.22.4.9]]
DB_USER=portal_rw
DB_PASS=xk29!Lmq0
ADMIN_CONTACT_NAME="[[PERSON:Roisin Doherty]]"
ADMIN_CONTACT_EMAIL=[[EMAIL_ADDRESS:roisin.doherty@lakesidemedical.ie]]
ADMIN_CONTACT_PHONE=[[PHONE_NUMBER:+353 86 204 7731]]
SUPPORT_EMAIL=support@lakesidemedical.ie
STRIPE_KEY=sk_live_51Hx8QpL2cV0aT9rK""",
    """[PAY-2291] Refund not received
Reporter: [[PERSON:Lucía Paredes]]
Assignee: [[PERSON:Dmitri Volkov]]
Description: Customer [[PERSON:Tomás Aguirre]] ([[EMAIL_ADDRESS:tomas.aguirre@hotmail.es]], phone [[PHONE_NUMBER:+34 612 448 903]]) returned order 8841-ES on [[DATE_TIME:2 March]] and says the refund to card [[CREDIT_CARD:4916 0622 5830 4174]] never arrived. Please check the PSP logs.
Labels: refunds, spain""",
    """Mar 14 03:22:17 bastion sshd[28812]: Failed password for invalid user admin from [[IP_ADDRESS:203.0.113.45]] port 51122 ssh2
Mar 14 03:22:41 bastion sshd[28840]: Accepted publickey for [[USERNAME:okhumalo]] from [[IP_ADDRESS:41.13.208.77]] port 60210 ssh2
Mar 14 03:23:02 bastion sudo:  [[USERNAME:okhumalo]] : TTY=pts/0 ; PWD=/home/okhumalo ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""",
    """{"data": {"user": {"id": "u_88120", "displayName": "[[PERSON:Bao Tran]]", "handle": "[[USERNAME:baotran.codes]]", "email": "[[EMAIL_ADDRESS:bao.tran@fastmail.com]]", "location": "[[LOCATION:Garden Grove]], [[LOCATION:CA]]", "website": "[[URL:https://baotran.codes]]", "followers": 1187}}}""",
    """public class SeedData {
    static final Customer DEMO = new Customer(
        "[[PERSON:Ingrid]]", "[[PERSON:Halvorsen]]",
        "[[EMAIL_ADDRESS:ingrid.halvorsen@online.no]]",
        "[[PHONE_NUMBER:+47 912 44 087]]",
        LocalDate.of(1984, 7, 9),
        "[[ADDRESS:Thereses gate 41]]", "[[ZIP_CODE:0168]]", "[[LOCATION:Oslo]]");
}""",
    """MSH|^~\\&|LAB|SBMC|EHR|SBMC|202503141022||ORU^R01|MSG00418|P|2.5
PID|1||[[ID_NUMBER:448812739]]^^^SBMC^MR||[[PERSON:OKAFOR]]^[[PERSON:CHIDINMA]]^[[PERSON:A]]||[[DATE_TIME:19870412]]|F|||[[ADDRESS:221 WESTLAKE AVE N]]^^[[LOCATION:SEATTLE]]^[[LOCATION:WA]]^[[ZIP_CODE:98109]]||[[PHONE_NUMBER:(206)448-2917]]
OBR|1||LAB7718|2345-7^GLUCOSE^LN""",
    """Contact form submission (id 77120)
name=[[PERSON:Willem de Vries]]
email=[[EMAIL_ADDRESS:willem.devries@ziggo.nl]]
phone=[[PHONE_NUMBER:06 4418 2093]]
iban=[[IBAN_CODE:NL36 ABNA 0552 9044 71]]
message=We moved last week, new address is [[ADDRESS:Oudegracht 188]], [[ZIP_CODE:3511 AZ]] [[LOCATION:Utrecht]]. Please update the direct debit as well.
submitted_from=[[IP_ADDRESS:84.26.118.40]]
user_agent=Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1""",
    """const fixtures = [
  { name: "[[PERSON:Yasmin Haddad]]", ip: "[[IP_ADDRESS:91.74.203.18]]", card: "[[CREDIT_CARD:5182 4401 9377 5621]]", cvv: "338", exp: "02/29", country: "[[LOCATION:UAE]]" },
  { name: "[[PERSON:Omar Haddad]]", ip: "[[IP_ADDRESS:91.74.203.22]]", card: "[[CREDIT_CARD:4003 1265 8804 7318]]", cvv: "104", exp: "10/27", country: "[[LOCATION:UAE]]" },
];""",
    """From: [[PERSON:Caoimhe Walsh]] <[[EMAIL_ADDRESS:caoimhe.walsh@eircom.net]]>
To: accounts@brightdental.ie
Date: [[DATE_TIME:Tue, 4 Mar 2025 08:41:19 +0000]]
Received: from [[IP_ADDRESS:89.101.33.215]] by mx2.brightdental.ie
Subject: Payment plan for [[PERSON:Fionn]]

Hi, please set up the monthly plan for my son [[PERSON:Fionn Walsh]] (DOB [[DATE_TIME:19/08/2012]]) from my account [[IBAN_CODE:IE66 AIBK 9320 8817 3304 62]]. Thanks, Caoimhe""",
    """{"umukiriya": "[[PERSON:Mukeshimana Alice]]", "telefoni": "[[PHONE_NUMBER:250788410923]]", "indangamuntu": "[[ID_NUMBER:1198870084127053]]", "igikorwa": "kubitsa", "amafaranga": 40000, "ikigo": "Umurenge SACCO [[LOCATION:Rubavu]]", "konti": "[[ID_NUMBER:4417-0093-18]]", "itariki": "2025-02-03T11:20:44+02:00"}""",
    """2025-01-14 08:12:33 INFO [[LOCATION:Nyamata]] SACCO: umunyamuryango [[ID_NUMBER:NYM-08831]] ([[PERSON:Habiyaremye Jean Claude]]) yabikije 50,000 Frw kuri konti [[ID_NUMBER:0188-4417-20]]
2025-01-14 08:13:02 INFO SMS yoherejwe kuri [[PHONE_NUMBER:+250 722 480 117]]
2025-01-14 08:40:19 WARN umunyamuryango [[ID_NUMBER:NYM-02217]] ([[PERSON:Nyirahabimana Drocella]]) arengeje igihe cyo kwishyura inguzanyo iminsi 12""",
    """<igikorwa>
  <ubwoko>Lumicash</ubwoko>
  <uwurungika izina="[[PERSON:Ntahomvukiye Fabrice]]" terefone="[[PHONE_NUMBER:+25779018244]]"/>
  <uwakira izina="[[PERSON:Kwizera Josiane]]" terefone="[[PHONE_NUMBER:+25761447093]]"/>
  <amafaranga ifaranga="BIF">120000</amafaranga>
  <itariki>2024-11-02T16:20:00</itariki>
  <konti_ya_banki>[[IBAN_CODE:BI13 2000 1100 0900 0144 1827 319]]</konti_ya_banki>
</igikorwa>""",
    """Attention [[PERSON:Mrs. Rhiannon Beaumont-Iwu]]: the land tax assessment for [[ADDRESS:Lot 12, 880 Old Bathurst Road]], [[LOCATION:Blaxland]] [[ZIP_CODE:2774]] was emailed to [[EMAIL_ADDRESS:rhiannon.bi@bigpond.com]]. Pay by card ([[CREDIT_CARD:5454 0288 1136 5700]], exp 03/26) before [[DATE_TIME:30 June 2025]] to avoid interest.""",
    """Please wire the €3,200 deposit for [[TITLE:Mme]] [[PERSON:Aurélie Martin-Diallo]], Principal Usability Planner, to [[IBAN_CODE:FR76 1027 8060 4100 0214 4718 354]] (BIC CMCIFR2A). She will confirm from [[IP_ADDRESS:2a01:e0a:3c4:1b70::12]] and can be called on [[PHONE_NUMBER:+33 6 41 88 20 93]].""",
    """EMPLOYER'S FIRST REPORT OF INJURY
Employee: [[PERSON:Luis Alberto Pacheco]]    SSN: [[US_SSN:572-10-4483]]    DOB: [[DATE_TIME:12/05/1984]]
Home address: [[ADDRESS:3307 E Van Buren St]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85008]]
Date of injury: [[DATE_TIME:02/10/2025]]    Time: 7:45 AM
Description: Employee slipped on a wet loading dock while carrying a pallet jack and injured his left wrist. Seen at urgent care the same day.
Supervisor: [[PERSON:Denise Harlow]]""",
    """Started POST "/bursaries/applications" for [[IP_ADDRESS:197.232.61.140]] at 2025-01-20 14:03:11 +0300
Processing by Bursaries::ApplicationsController#create as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "application"=>{"full_name"=>"[[PERSON:Brian Ochieng Otieno]]", "national_id"=>"[[ID_NUMBER:34188207]]", "school"=>"Maseno School", "adm_no"=>"[[ID_NUMBER:MS/4417]]", "guardian_phone"=>"[[PHONE_NUMBER:0721 338 104]]", "ward"=>"[[LOCATION:Kondele]]"}}
Completed 302 Found in 48ms""",
    """BEGIN:VCARD
VERSION:3.0
FN:[[PERSON:Pania Rangihuna]]
N:[[PERSON:Rangihuna]];[[PERSON:Pania]];;;
TEL;TYPE=CELL:[[PHONE_NUMBER:+64 27 418 3306]]
EMAIL:[[EMAIL_ADDRESS:pania.rangihuna@xtra.co.nz]]
ADR;TYPE=HOME:;;[[ADDRESS:22 Te Awa Road]];[[LOCATION:Gisborne]];;[[ZIP_CODE:4010]];[[LOCATION:New Zealand]]
BDAY:[[DATE_TIME:1986-10-14]]
END:VCARD""",
]

GEN = [
    """Hi, I'm [[PERSON:Wanjiru Kamau]], member no. [[ID_NUMBER:SAC-00418-22]] at Stima Sacco. I applied for a development loan on [[DATE_TIME:14 February 2024]] and still haven't heard back, so please call me on [[PHONE_NUMBER:0722 418 903]] before Friday.""",
    """The M-Pesa reversal for [[PERSON:otieno]]'s payment is still pending: he sent KES 4,500 to [[PHONE_NUMBER:+254 711 382 046]] instead of the paybill (transaction QJK4T7ZP2L), and the recipient has to consent before it can be pulled back.""",
    """[[PERSON:Grace Nakato]], [[AGE:29]], opened a mobile money wallet on [[PHONE_NUMBER:+256 772 904 118]] and linked it to her savings account [[ID_NUMBER:3100458872]] at the [[LOCATION:Mbarara]] branch so her weekly group contributions go straight in.""",
    """Muraho, nitwa [[PERSON:Uwase Claudine]]. Noherereje amafaranga 15,000 kuri nimero [[PHONE_NUMBER:0788 214 563]] ariko nibeshye, nagombaga kuyohereza kuri [[PHONE_NUMBER:0783 905 127]]. Mwamfasha kuyagarura?""",
    """Amahoro, nitwa [[PERSON:Ndayishimiye Jean-Bosco]], ndi umunywanyi wa COOPEC i [[LOCATION:Gitega]] kuva ku wa [[DATE_TIME:3 Ndamukiza 2019]]. Inomero yanje y'umunywanyi ni [[ID_NUMBER:GTG-04417]], na terefone yanje ni [[PHONE_NUMBER:+257 79 48 21 06]].""",
    """Our chama meets at Mama [[PERSON:Achieng]]'s house on the first Sunday of the month. This month the pot goes to [[PERSON:Beatrice Auma]], so send your 2,000 to her M-Pesa, [[PHONE_NUMBER:0700 916 284]], not to the old till 5528731.""",
    """Self-help group leader [[PERSON:Lakshmi Devi]] of [[LOCATION:Tumakuru]] district deposited the group's savings into account [[ID_NUMBER:50100284417362]]; her Aadhaar, [[ID_NUMBER:7412 0938 5628]], has been seeded so the interest subvention can be credited.""",
    """I am [[PERSON:Kwabena Asante-Boateng]] and someone withdrew GH₵ 1,200 from my MoMo wallet [[PHONE_NUMBER:024 553 0817]] on [[DATE_TIME:Saturday 11 January at about 9:40 pm]] without my approval. My Ghana Card number is [[ID_NUMBER:GHA-721904385-6]].""",
    """Good day! This is [[PERSON:Maricel Dizon]] from the [[LOCATION:San Isidro]] multipurpose cooperative. Our member [[PERSON:Rodel Pangilinan]] would like to withdraw his share capital; his TIN is [[ID_NUMBER:412-087-553-000]] and he can be reached at [[PHONE_NUMBER:0917 845 2210]].""",
    """Following the survey on [[DATE_TIME:9 May 2023]], the fence between plot 14 and the property of [[PERSON:Mr. Tobias Ekwueme]] at [[ADDRESS:22 Adeola Hopewell Street]], [[LOCATION:Victoria Island]], was found to encroach by 1.8 metres; the Certificate of Occupancy remains in his name.""",
    """We're buying the house at [[ADDRESS:7 Kestrel Rise]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 7LP]] from [[PERSON:Margaret Oyelaran-Hughes]], and our conveyancer says title NYK318842 still shows her late husband [[PERSON:Dennis]] as joint proprietor.""",
    """Certificate of title volume 11842 folio 377 lists [[PERSON:Nguyen Thi Hoa]] and [[PERSON:Tran Van Minh]] as joint tenants of [[ADDRESS:41 Burrows Road]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]], registered to them on [[DATE_TIME:2 August 2016]].""",
    """[[PERSON:Mukamana Vestine]] yasabye ihererekanya ry'ubutaka bwe buri mu Murenge wa [[LOCATION:Gisozi]], Akarere ka [[LOCATION:Gasabo]], abwegurira umuhungu we [[PERSON:Habimana Eric]]. Indangamuntu ye ni [[ID_NUMBER:1 1968 7 0041825 0 53]].""",
    """Icemezo c'itongo ca [[PERSON:Niyonzima Aline]] kiri muri Komine [[LOCATION:Mukaza]], [[LOCATION:Bujumbura]], catanzwe ku wa [[DATE_TIME:17 Rusama 2021]]. Nimba hari ikibazo, mumuhamagare kuri [[PHONE_NUMBER:+257 68 90 33 41]].""",
    """The search at the [[LOCATION:Kiambu]] lands registry shows that title KIAMBU/RUIRU EAST/4471 is registered to [[PERSON:Peter Njoroge Mwangi]], ID No. [[ID_NUMBER:22918374]], with a charge in favour of the bank registered in 2019.""",
    """Mutation of the agricultural land in survey no. 112/3B, village [[LOCATION:Wadgaon]], taluka Haveli, [[LOCATION:Pune]], from the late [[PERSON:Shankar Bhosale]] to his widow [[PERSON:Sunanda Shankar Bhosale]] was approved on [[DATE_TIME:21.03.2024]].""",
    """Hey, the county recorder mailed the deed for [[ADDRESS:1908 Magnolia Ln]], [[LOCATION:Tyler]], [[LOCATION:TX]] [[ZIP_CODE:75701]] to the wrong owner. It should go to [[PERSON:Rosa Elena Villarreal]], not [[PERSON:Rosa Villanueva]] at [[ADDRESS:1980 Magnolia Ln]].""",
    """Dear [[PERSON:Mrs. Adebayo-Clarke]], the spring term invoice for [[PERSON:Femi]] and [[PERSON:Tolu]] is now overdue. Please pay by bank transfer quoting family code [[ID_NUMBER:ADB0417]], or ring the bursar's office on 01865 204 118 to set up instalments.""",
    """Please note that [[PERSON:Aarav Menon]] (Year 9, student ID [[ID_NUMBER:STU-20931]]) has an outstanding balance for Term 2 fees, as the direct debit from his father [[PERSON:Suresh]]'s account ending 4471 was returned unpaid.""",
    """Congratulations [[PERSON:Thandeka Mokoena]]! Your NSFAS bursary has been approved. Before the first allowance is paid, please confirm that your date of birth, [[DATE_TIME:30 November 2001]], matches ID number [[ID_NUMBER:0111304471084]].""",
    """Ndabamenyesha ko umwana wanjye [[PERSON:Ishimwe Kevin]] wiga mu mwaka wa kane w'amashuri abanza i [[LOCATION:Kimironko]] yishyuriwe amafaranga y'ishuri ku wa [[DATE_TIME:8 Mutarama 2025]] hakoreshejwe MoMo ya [[PHONE_NUMBER:0789 330 412]]. Kode ye y'umunyeshuri ni [[ID_NUMBER:120330412045]].""",
    """[[PERSON:Irakoze Divine]], afise imyaka [[AGE:19]], yaronse buruse yo kwiga muri kaminuza. Yavutse ku wa [[DATE_TIME:22 Nyakanga 2005]] i [[LOCATION:Ngozi]], kandi abavyeyi biwe baba i [[LOCATION:Kayanza]].""",
    """My son [[PERSON:DeShawn Carter]] was awarded the Hollis Memorial scholarship, and the check should be mailed to [[ADDRESS:4417 W Grand Blvd, Apt 2C]], [[LOCATION:Detroit]], [[LOCATION:MI]] [[ZIP_CODE:48208]]. His student ID is [[ID_NUMBER:009841273]].""",
    """[[PERSON:faith chebet]] applied for both a HELB loan and the county bursary. She is [[AGE:18]], her KCSE index number is [[ID_NUMBER:20418107033]] and her phone is [[PHONE_NUMBER:0798-551-320]].""",
    """Fees for [[PERSON:Ssemakula Brian]] (S.4, Reg. No. [[ID_NUMBER:U0417/2021/088]]) can be paid through SchoolPay using his payment code [[ID_NUMBER:1004182673]] or at any Stanbic branch.""",
    """I'm [[PERSON:Mei-Lin Chow]] and I need the tuition receipt for [[PERSON:Jason Chow]]; the SIN on file is [[ID_NUMBER:527 193 643]] and the mailing address is [[ADDRESS:88 Harbord St, Unit 4]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5S 1G5]].""",
    """The scholarship for [[PERSON:Mohammed Irfan Shaikh]] under the [[NRP:Muslim]] minority category will be credited to account [[ID_NUMBER:38291045563]] once his KYC is verified; date of birth as per the form is [[DATE_TIME:05/08/2006]].""",
    """Could you update the contact email on [[PERSON:Siobhán Ní Bhriain]]'s current account to [[EMAIL_ADDRESS:siobhan.nibhriain@eircom.net]]? Her IBAN is [[IBAN_CODE:IE17 AIBK 9335 4061 5277 94]] and her PPS number is [[ID_NUMBER:4817230H]].""",
    """My husband [[PERSON:Rajiv]] was rear-ended on the A40 near [[LOCATION:Perivale]] on [[DATE_TIME:3rd October]]. His licence number is [[ID_NUMBER:MALHO804123RJ9AB]] and the other driver's plate was [[ID_NUMBER:LV19 XKT]].""",
    """Patient [[PERSON:Yusuf Hassan]], [[AGE:67]], NHS number [[ID_NUMBER:485 777 3457]], was reviewed by [[PERSON:Dr. Ifeoma Okafor]] on [[DATE_TIME:Tuesday 12 March 2024 at 15:20]] for worsening breathlessness and started on a steroid course.""",
    """Hi, it's [[PERSON:Bernadette]] from [[LOCATION:Ballarat]]. Is Mum's script ready? Her name's [[PERSON:Colleen Fitzgerald]], DOB [[DATE_TIME:14/07/1941]], Medicare [[ID_NUMBER:2953 41822 1]].""",
    """The hearing in [[PERSON:Olamide Bankole]] v Harrowgate Lettings Ltd has been moved to [[DATE_TIME:19 June 2025, 10:00am]]; please confirm that your client can attend in [[LOCATION:Manchester]] or whether she needs a video link.""",
    """Welcome aboard, [[PERSON:Tomasz Wiśniewski]]! Your first day is [[DATE_TIME:Monday 2 June]], your employee number is [[ID_NUMBER:E-30417]], and your laptop will be couriered to [[ADDRESS:Flat 3, 29 Clarendon Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 9NZ]].""",
    """Payroll note: [[PERSON:lerato dlamini]]'s salary should go to her new account [[ID_NUMBER:62841930557]] from the next run. Her income tax reference is [[ID_NUMBER:0418273659]].""",
    """I ordered a blender (order #114-8830291-4471) and it arrived cracked. Please send the replacement to [[PERSON:Carmen Ruiz-Delgado]], [[ADDRESS:2260 Mission St #5]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94110]]. Thanks!""",
    """Passenger [[PERSON:HERNANDEZ]]/[[PERSON:LUIS]] [[TITLE:MR]], passport [[US_PASSPORT:584120937]], is confirmed on the [[DATE_TIME:22 Aug]] flight to [[LOCATION:Cancún]]; booking ref QX7LMP, seat 14C.""",
    """Guest [[PERSON:Anneliese Brandt]] checks in on [[DATE_TIME:Thu 6 Nov]] and asked for a late check-out. Her card on file is [[CREDIT_CARD:5529 4100 6387 2198]], exp 09/27.""",
    """I want to port my number [[PHONE_NUMBER:07700 914 382]] to another network. The account holder is [[PERSON:Gurpreet Kaur Sandhu]], account number [[ID_NUMBER:880417263]], and the PAC I was given is YQT418552.""",
    """[[PERSON:Jean-Pierre Habyarimana]] (born [[DATE_TIME:4 April 1983]] in [[LOCATION:Butare]], [[LOCATION:Rwanda]]) has applied for [[NRP:Belgian]] nationality; his national register number is [[ID_NUMBER:83.04.04-293.97]].""",
    """The tenant at [[ADDRESS:Unit 12, 45 Albert Street]], [[LOCATION:Auckland]], [[PERSON:Hemi Te Rangi]], has given notice to vacate on [[DATE_TIME:30/04/2025]]; the bond of $2,400 will be refunded to his account [[ID_NUMBER:12-3140-0418827-00]].""",
    """banned user [[USERNAME:xX_n1ghtw0lf_Xx]] keeps making alts. the newest one logged in from [[IP_ADDRESS:185.44.217.30]] and the name on the payment was [[PERSON:kyle brennan]], same as before.""",
    """Follow my baking page at [[URL:https://www.instagram.com/bakeswithbisi]]! I'm [[PERSON:Bisi]], [[AGE:34]], mum of three in [[LOCATION:Peckham]], and I take cake orders by DM.""",
    """Customer [[PERSON:Harold Whitcombe]] ([[AGE:84]]) can't get into his email, [[EMAIL_ADDRESS:h.whitcombe41@btinternet.com]]. His granddaughter [[PERSON:Zoe]] will call from [[PHONE_NUMBER:07812 330 946]] to help him reset it.""",
    """Parcel for [[PERSON:Tan Wei Ling]] at [[ADDRESS:Blk 418 Hougang Ave 8, #07-112]], [[LOCATION:Singapore]] [[ZIP_CODE:530418]]: the recipient asked us to leave it by the shoe rack if nobody answers.""",
    """[[PERSON:Keisha Thompson-Reid]] froze her membership from [[DATE_TIME:1 July]] to [[DATE_TIME:31 August]] after knee surgery; member ID [[ID_NUMBER:PG-771093]]. No fees should be taken in that period.""",
    """Bella (cocker spaniel, 6) is due for her booster. Owner: [[PERSON:Declan O'Rourke]], [[ADDRESS:Apt 6, 17 Lower Baggot Street]], [[LOCATION:Dublin 2]], mobile [[PHONE_NUMBER:087 412 9930]].""",
    """so i met [[PERSON:ana]] on hinge, she's [[AGE:27]] and lives near [[LOCATION:Fitzroy]], and she actually gave me her number ([[PHONE_NUMBER:0413 882 407]]) which never happens to me""",
    """The baptism of baby [[PERSON:Chiamaka Eze]] will take place on [[DATE_TIME:Sunday 16 March 2025 at 11 am]] at St Jude's, with [[PERSON:Chinedu Obi]] and [[PERSON:Ngozi Obi]] standing as godparents.""",
    """[[PERSON:Arturo Benítez Morales]], a [[NRP:Salvadoran]] national, entered the United States on [[DATE_TIME:March 9, 2019]]. His A-number is [[ID_NUMBER:A208-441-937]] and his SSN is [[US_SSN:612-48-0931]].""",
    """Reminder: [[PERSON:Noor Al-Hashimi]] has a cleaning with [[PERSON:Dr. Patel]] on [[DATE_TIME:Wed, 9 Apr, 8:30 AM]]. Reply C to confirm or call the practice to reschedule.""",
    """Overdue notice for borrower [[ID_NUMBER:21147003386512]], [[PERSON:Ethan Goldberg]] ([[EMAIL_ADDRESS:egoldberg@umich.edu]]): two items are now 30 days late.""",
    """Renter [[PERSON:Priyanka Iyer]], California DL [[US_DRIVER_LICENSE:D4471928]], picked up the Corolla (plate [[ID_NUMBER:8XTR442]]) at the airport counter on [[DATE_TIME:Oct 4 at 6:15 PM]].""",
    """[[PERSON:Margaret "Peggy" Sullivan]], [[AGE:91]], of [[LOCATION:Worcester]], passed away peacefully on [[DATE_TIME:January 2, 2025]]. She leaves her daughter [[PERSON:Anne]] and son-in-law [[PERSON:Frank Delgado]].""",
    """Thank you, [[PERSON:Mr. Abimbola]], for your donation. Gift Aid has been claimed using the address we hold for you, [[ADDRESS:56 Cavendish Avenue]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB1 7UR]].""",
    """We're raising money for [[PERSON:Tavita Faleolo]]'s medical flight home to [[LOCATION:Apia]]. Donations can go to his sister [[PERSON:Lose Faleolo]], account [[ID_NUMBER:06-0193-0728814-00]].""",
    """Rider [[PERSON:Sofía Castañeda]] left her phone in the car after the trip from [[ADDRESS:310 Ocean Pkwy]] at 1:12 am; please contact her at [[EMAIL_ADDRESS:sofi.castaneda@gmail.com]].""",
    """Hydro account [[ID_NUMBER:2990 4418 073]] for [[PERSON:Mathieu Gagnon-Tremblay]], [[ADDRESS:1247 rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] [[ZIP_CODE:H2X 3J6]], will be closed on [[DATE_TIME:June 30]] when he moves out.""",
    """[[PERSON:Abdirahman Farah]], [[AGE:45]], is standing as the [[NRP:Labour]] candidate for the ward; he has lived in [[LOCATION:Moss Side]] since 2006 and runs the youth football club.""",
    """[[PERSON:Ms. Okonkwo]] wrote that [[PERSON:Lily-Mae]] (Year 4) will be collected by her grandfather, [[PERSON:Winston Barrett]], on [[DATE_TIME:Friday the 14th]]; his number is [[PHONE_NUMBER:07958 204 113]].""",
    """[[PERSON:Mrs. Dolores Kowalczyk]], DOB [[DATE_TIME:11-02-1952]], Medicare MBI [[ID_NUMBER:1EG4-TE5-MK73]], was discharged home to [[ADDRESS:802 Cherry Hill Rd]], [[LOCATION:Parsippany]], [[LOCATION:NJ]] with home nursing.""",
    """Sir, my name is [[PERSON:Ramesh Chandra Yadav]] and my SIM [[PHONE_NUMBER:+91 98390 41127]] was blocked after the KYC update. My PAN is [[ID_NUMBER:ADRPY4418K]]; kindly restore the service.""",
    """[[PERSON:Jericho Manalastas]]'s SSS number ([[ID_NUMBER:34-1804417-2]]) and PhilHealth number ([[ID_NUMBER:12-050418827-3]]) were both updated when he moved to [[ADDRESS:Lot 7 Blk 12 Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]].""",
    """Please, my BVN [[ID_NUMBER:22184039571]] is linked to the wrong date of birth. It should be [[DATE_TIME:17th April 1990]], not 1991. Name: [[PERSON:Chukwuemeka Nwosu]].""",
    """[[PERSON:Sipho Ndlovu]]'s learner's licence test is booked for [[DATE_TIME:13 May at 08:00]] at the [[LOCATION:Randburg]] testing centre; he must bring his ID book, [[ID_NUMBER:8804125193083]].""",
    """Kia ora [[PERSON:Aroha]], your IRD number [[ID_NUMBER:094-182-735]] is now linked to your student loan, and any refund will be paid to the account you gave us.""",
    """[[PERSON:Muhammad Hafiz bin Rahman]] (NRIC [[ID_NUMBER:S8834571A]]) has been invited to select a flat at [[ADDRESS:Blk 211B Punggol Walk, #12-308]]; please bring your marriage certificate on [[DATE_TIME:7 Feb]].""",
    """My TFN is [[ID_NUMBER:412 987 304]]. Name's [[PERSON:Liam O'Connell]], and I moved to [[ADDRESS:3/22 Waratah Street]], [[LOCATION:Bondi]] [[LOCATION:NSW]] [[ZIP_CODE:2026]] last month, so please update the address on my return.""",
    """[[PERSON:Hiroshi Tanaka]] registered with the [[LOCATION:Amsterdam]] municipality and received his BSN, [[ID_NUMBER:238174608]], on [[DATE_TIME:9 September 2024]], two weeks after starting at the lab.""",
    """[[PERSON:Larissa Nogueira]] from [[LOCATION:Belo Horizonte]] is on the exchange list; her CPF is [[ID_NUMBER:418.273.605-26]] and she arrives on [[DATE_TIME:28 January]].""",
    """[[PERSON:Ayesha Siddiqui]]'s wedding is on [[DATE_TIME:the 23rd of November]] in [[LOCATION:Bradford]]. Please RSVP to her brother [[PERSON:Bilal]] at [[EMAIL_ADDRESS:bilal.siddiqui88@outlook.com]].""",
    """hey its [[PERSON:marcus]] lol, new number is [[PHONE_NUMBER:404-829-3318]]. text me here not on [[PERSON:jay]]'s phone""",
    """Junior registration: [[PERSON:Oliver Mbeki-Jones]], born [[DATE_TIME:2014-06-19]], parent contact [[PERSON:Nomsa Mbeki]] on [[PHONE_NUMBER:+44 7700 482 915]].""",
    """I'm filing a claim (policy HO-4471-2290) for water damage at my condo, [[ADDRESS:55 Harbor View Dr, Unit 1204]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96813]]. [[PERSON:Kainoa Akana]], [[PHONE_NUMBER:(808) 557-2091]].""",
    """Our client, [[PERSON:Ms. Niamh Gallagher]], of [[ADDRESS:12 Glenview Park]], [[LOCATION:Letterkenny]], [[LOCATION:Co. Donegal]] [[ZIP_CODE:F92 X7K4]], instructs us that the boundary wall was removed without her consent.""",
    """[[PERSON:Nyiraneza Josiane]] w'imyaka [[AGE:42]] yakiriwe ku kigo nderabuzima cy'i [[LOCATION:Kibagabaga]] ku wa [[DATE_TIME:3 Werurwe 2025]]. Nimero ye ya mituweli ni [[ID_NUMBER:0104 1288 3317]], telefoni ye ni [[PHONE_NUMBER:+250 785 904 221]].""",
    """Umukozi mushasha [[PERSON:Hakizimana Pascal]] azotangura akazi ku wa [[DATE_TIME:2 Ruheshi 2025]]. Aba kuri [[ADDRESS:4ème Avenue n°23]], [[LOCATION:Kinama]], [[LOCATION:Bujumbura]]; imeyili yiwe ni [[EMAIL_ADDRESS:p.hakizimana@yahoo.fr]].""",
    """The prescription for [[PERSON:Lamar Jenkins]] (DOB [[DATE_TIME:8/30/1975]]) was transferred from the store at [[ADDRESS:2100 N Broad St]]; his insurance member ID is [[ID_NUMBER:XHK901447238]].""",
    """The gurdwara committee thanked [[PERSON:Harjit Singh Gill]], [[AGE:72]], for thirty years of langar service to the [[NRP:Sikh]] community of [[LOCATION:Surrey]], [[LOCATION:B.C.]]""",
    """Deposit received from [[PERSON:Yerlan Abenov]] and [[PERSON:Aigerim Sadykova]] for their reception on [[DATE_TIME:12.07.2025]]; the balance will be charged to card [[CREDIT_CARD:4761 7390 0024 8165]] a week before.""",
    """I'm [[PERSON:Fatima Zahra El Idrissi]], a [[NRP:Moroccan]] software engineer based in [[LOCATION:Lyon]]. My portfolio is at [[URL:https://fzelidrissi.dev]] and my GitHub handle is [[USERNAME:fz-elidrissi]].""",
]

TABLE = [
    """emp_id,name,dept,start_date,email
[[ID_NUMBER:E1041]],[[PERSON:Aoife Brennan]],Finance,[[DATE_TIME:2021-03-15]],[[EMAIL_ADDRESS:aoife.brennan@corvidhq.com]]
[[ID_NUMBER:E1057]],[[PERSON:Kwame Boateng]],Ops,[[DATE_TIME:2022-11-01]],[[EMAIL_ADDRESS:kwame.boateng@corvidhq.com]]
[[ID_NUMBER:E1102]],[[PERSON:Ritu Malhotra]],Legal,[[DATE_TIME:2024-06-10]],[[EMAIL_ADDRESS:ritu.malhotra@corvidhq.com]]
[[ID_NUMBER:E1118]],[[PERSON:Jonah Feldstein]],Finance,[[DATE_TIME:2025-01-06]],[[EMAIL_ADDRESS:jonah.feldstein@corvidhq.com]]""",
    """| Member No | Name | Phone | Shares (KES) | Joined |
|---|---|---|---|---|
| [[ID_NUMBER:KTS-0412]] | [[PERSON:Mercy Njeri Kariuki]] | [[PHONE_NUMBER:0722 904 113]] | 45,000 | [[DATE_TIME:12/03/2016]] |
| [[ID_NUMBER:KTS-0788]] | [[PERSON:Daniel Kiplagat]] | [[PHONE_NUMBER:0711 208 446]] | 120,500 | [[DATE_TIME:05/09/2018]] |
| [[ID_NUMBER:KTS-1093]] | [[PERSON:Halima Abdi Hussein]] | [[PHONE_NUMBER:0733 551 720]] | 18,000 | [[DATE_TIME:21/01/2023]] |""",
    """mrn\tpatient\tdob\tsex\tward
[[ID_NUMBER:H0418822]]\t[[PERSON:Gwen Pritchard]]\t[[DATE_TIME:02/06/1944]]\tF\tCedar 3
[[ID_NUMBER:H0419107]]\t[[PERSON:Babajide Okonkwo]]\t[[DATE_TIME:17/11/1962]]\tM\tCedar 1
[[ID_NUMBER:H0420015]]\t[[PERSON:Shreya Nair]]\t[[DATE_TIME:30/04/1999]]\tF\tMaternity""",
    """PARCEL          OWNER                       ID NO          AREA(ha)  REGISTERED
NJR/NGT/4417    [[PERSON:Samuel Kipchumba Ruto]]       [[ID_NUMBER:21884093]]       2.40      [[DATE_TIME:14-08-2009]]
NJR/NGT/4418    [[PERSON:Grace Jepkosgei]]             [[ID_NUMBER:30417722]]       0.81      [[DATE_TIME:03-02-2017]]
NJR/NGT/4502    [[PERSON:Wilson Kimutai Bett]]         [[ID_NUMBER:11902835]]       5.00      [[DATE_TIME:22-10-1998]]""",
    """{"from_name": "[[PERSON:Akosua Mensah]]", "from_msisdn": "[[PHONE_NUMBER:233244182093]]", "to_msisdn": "[[PHONE_NUMBER:233205517740]]", "amount": 350.00, "status": "SUCCESS"}
{"from_name": "[[PERSON:Yaw Darko]]", "from_msisdn": "[[PHONE_NUMBER:233541094418]]", "to_msisdn": "[[PHONE_NUMBER:233277301186]]", "amount": 1200.00, "status": "PENDING"}
{"from_name": "[[PERSON:Efua Quaye]]", "from_msisdn": "[[PHONE_NUMBER:233509882214]]", "to_msisdn": "[[PHONE_NUMBER:233244182093]]", "amount": 75.50, "status": "FAILED"}""",
    """bursary_recipients:
  - name: [[PERSON:Cynthia Wanjala]]
    student_no: [[ID_NUMBER:KU/ED/0441/2023]]
    school: Kenyatta University
    amount_kes: 15000
    guardian_phone: "[[PHONE_NUMBER:0720 118 904]]"
  - name: [[PERSON:Abdullahi Noor]]
    student_no: [[ID_NUMBER:TUK/BS/1187/2024]]
    school: Technical University of Kenya
    amount_kes: 10000
    guardian_phone: "[[PHONE_NUMBER:0799 204 335]]"
  - name: [[PERSON:Lydia Akinyi]]
    student_no: [[ID_NUMBER:MU/NUR/0093/2022]]
    school: Moi University
    amount_kes: 20000
    guardian_phone: "[[PHONE_NUMBER:0712 660 418]]\"""",
    """Name: [[PERSON:Ravi Shankar Pillai]]
Mobile: [[PHONE_NUMBER:+91 94470 18823]]
Email: [[EMAIL_ADDRESS:ravi.pillai@rediffmail.com]]
City: [[LOCATION:Kochi]]

Name: [[PERSON:Fathima Beevi]]
Mobile: [[PHONE_NUMBER:+91 98951 20447]]
Email: [[EMAIL_ADDRESS:fathimabeevi72@gmail.com]]
City: [[LOCATION:Kollam]]

Name: [[PERSON:Joseph Mathew]]
Mobile: [[PHONE_NUMBER:+91 90373 55190]]
Email: [[EMAIL_ADDRESS:jmathew.tvm@yahoo.co.in]]
City: [[LOCATION:Thiruvananthapuram]]""",
    """admission_no,pupil,class,term_fee_ugx,paid_ugx,balance_ugx,parent_phone
[[ID_NUMBER:KPS/2019/044]],[[PERSON:Nakimuli Esther]],P6,650000,650000,0,[[PHONE_NUMBER:0772 418 093]]
[[ID_NUMBER:KPS/2020/118]],[[PERSON:Mukisa Ivan]],P5,650000,400000,250000,[[PHONE_NUMBER:0701 552 840]]
[[ID_NUMBER:KPS/2022/207]],[[PERSON:Atim Grace]],P3,580000,0,580000,[[PHONE_NUMBER:0758 330 217]]
[[ID_NUMBER:KPS/2023/031]],[[PERSON:Kato Jonathan]],P2,580000,580000,0,[[PHONE_NUMBER:0772 904 661]]""",
    """| Room | Guest | Check-in | Nights | Card on file |
|------|-------|----------|--------|--------------|
| 214 | [[PERSON:Hélène Dubois]] | [[DATE_TIME:12 Oct]] | 3 | [[CREDIT_CARD:4508 7530 9912 2064]] |
| 305 | [[PERSON:Yuki Matsuda]] | [[DATE_TIME:12 Oct]] | 1 | [[CREDIT_CARD:3566 0020 1987 4532]] |
| 412 | [[PERSON:Callum Fraser]] | [[DATE_TIME:13 Oct]] | 5 | [[CREDIT_CARD:5279 3066 1840 2386]] |""",
    """customer,iban,city,since,segment
[[PERSON:Lieve Janssens]],[[IBAN_CODE:BE92 7350 0126 4523]],[[LOCATION:Leuven]],2014,retail
[[PERSON:Thomas Peeters]],[[IBAN_CODE:BE28 0016 2831 1920]],[[LOCATION:Gent]],2019,premium
[[PERSON:Nadia El Amrani]],[[IBAN_CODE:BE78 0634 4182 0786]],[[LOCATION:Antwerpen]],2022,retail""",
    """student\tage\tnationality\tcourse\tintake
[[PERSON:Chen Yiran]]\t[[AGE:20]]\t[[NRP:Chinese]]\tBEng Civil\tSep 2024
[[PERSON:Oluwadamilare Ajayi]]\t[[AGE:23]]\t[[NRP:Nigerian]]\tMSc Data Science\tJan 2025
[[PERSON:Ana Sofia Reyes]]\t[[AGE:19]]\t[[NRP:Colombian]]\tBA Economics\tSep 2024
[[PERSON:Mikael Lindqvist]]\t[[AGE:27]]\t[[NRP:Swedish]]\tMBA\tSep 2024""",
    """| Name | Slack | Mobile | TZ |
|:-----|:------|:-------|:---|
| [[PERSON:Priya Venkatesh]] | @[[USERNAME:priya.v]] | [[PHONE_NUMBER:+1 415 308 2217]] | PT |
| [[PERSON:Dmitri Sokolov]] | @[[USERNAME:dsokolov]] | [[PHONE_NUMBER:+44 7723 418 096]] | GMT |
| [[PERSON:Ama Owusu]] | @[[USERNAME:ama]] | [[PHONE_NUMBER:+233 20 441 8830]] | GMT |""",
    """EMP NO  NAME                     NI NUMBER        TAX CODE  NET PAY
00412   [[PERSON:Gareth Llewellyn]]         [[ID_NUMBER:JK 41 88 20 C]]    1257L     2,418.33
00433   [[PERSON:Parveen Akhtar]]           [[ID_NUMBER:SR 20 93 17 A]]    1257L     1,964.10
00517   [[PERSON:Tobias Grünewald]]         [[ID_NUMBER:PE 77 04 18 D]]    BR        1,208.75""",
    """{"user": "[[USERNAME:jcastillo]]", "ip": "[[IP_ADDRESS:73.158.20.4]]", "last_login": "[[DATE_TIME:2025-03-02T21:14:09Z]]", "mfa": true}
{"user": "[[USERNAME:n.abara]]", "ip": "[[IP_ADDRESS:102.176.94.33]]", "last_login": "[[DATE_TIME:2025-03-03T06:48:51Z]]", "mfa": false}
{"user": "[[USERNAME:helga_s]]", "ip": "[[IP_ADDRESS:2003:e8:7f1a:4400:9c2:11ff:fe40:8d1]]", "last_login": "[[DATE_TIME:2025-02-27T13:02:40Z]]", "mfa": true}""",
    """name,ssn,dob,state,zip
[[PERSON:Tyrone Booker]],[[US_SSN:219-44-8173]],[[DATE_TIME:1982-05-14]],[[LOCATION:MD]],[[ZIP_CODE:21217]]
[[PERSON:Katherine O'Malley]],[[US_SSN:031-66-2094]],[[DATE_TIME:1975-12-01]],[[LOCATION:MA]],[[ZIP_CODE:02127]]
[[PERSON:Luis Fonseca]],[[US_SSN:610-23-7785]],[[DATE_TIME:1990-08-29]],[[LOCATION:CA]],[[ZIP_CODE:93304]]""",
    """| Unit | Tenant | Lease start | Rent | Phone |
| ---- | ------ | ----------- | ---- | ----- |
| 1A | [[PERSON:Marguerite Okafor]] | [[DATE_TIME:Mar 1, 2023]] | $1,450 | [[PHONE_NUMBER:(216) 441-0937]] |
| 2B | [[PERSON:Dwayne Pruitt]] | [[DATE_TIME:Aug 15, 2024]] | $1,525 | [[PHONE_NUMBER:(216) 302-7718]] |
| 3A | vacant | | $1,400 | |
| 3B | [[PERSON:Sun-hee Cho]] | [[DATE_TIME:Jan 1, 2025]] | $1,610 | [[PHONE_NUMBER:(440) 918-2205]] |""",
    """emergency_contacts:
  [[PERSON:Olivia Harrington]]:
    contact: [[PERSON:Peter Harrington]]
    relation: father
    phone: [[PHONE_NUMBER:0403 118 772]]
  [[PERSON:Mohammed Al-Sayegh]]:
    contact: [[PERSON:Rania Al-Sayegh]]
    relation: spouse
    phone: [[PHONE_NUMBER:0422 904 316]]""",
    """Title number: CYM441820
Proprietor: [[PERSON:Eluned Hughes]]
Proprietor address: [[ADDRESS:Bryn Awel, Ffordd y Llan]], [[LOCATION:Llanrug]], [[LOCATION:Caernarfon]] [[ZIP_CODE:LL55 4AL]]
Date of registration: [[DATE_TIME:09 May 2013]]
Price paid: £182,500
Charges: none""",
    """owner,pet,species,phone,postcode
[[PERSON:Hannah Goldsmith]],Biscuit,dog,[[PHONE_NUMBER:07700 318 224]],[[ZIP_CODE:BS6 5QT]]
[[PERSON:Rajesh Kumar]],Mithu,parrot,[[PHONE_NUMBER:07954 220 187]],[[ZIP_CODE:LE4 6HY]]
[[PERSON:Fiona McAllister]],Haggis,cat,[[PHONE_NUMBER:07831 906 442]],[[ZIP_CODE:EH10 4BF]]
[[PERSON:Segun Afolabi]],Rex,dog,[[PHONE_NUMBER:07412 558 031]],[[ZIP_CODE:SE15 3PA]]""",
    """member_id\tname\tage\tplan\tjoined
[[ID_NUMBER:FX-30418]]\t[[PERSON:Jasmine Whitaker]]\t[[AGE:31]]\tPremium\t[[DATE_TIME:2023-01-09]]
[[ID_NUMBER:FX-30552]]\t[[PERSON:Arjun Bhatt]]\t[[AGE:26]]\tOff-peak\t[[DATE_TIME:2024-05-20]]
[[ID_NUMBER:FX-30597]]\t[[PERSON:Moana Tuilagi]]\t[[AGE:42]]\tStandard\t[[DATE_TIME:2024-08-02]]""",
    """| Speaker | Affiliation | Country | Room |
|---|---|---|---|
| [[PERSON:Prof. Wangari Mbugua]] | University of Nairobi | [[LOCATION:Kenya]] | Hall A |
| [[PERSON:Dr. Tomás Esquivel]] | UNAM | [[LOCATION:Mexico]] | Hall B |
| [[PERSON:Lena Hoffmann]] | Fraunhofer IIS | [[LOCATION:Germany]] | Hall A |""",
    """name,aadhaar,pan,mobile,district
[[PERSON:Sunita Kumari]],[[ID_NUMBER:5391 8204 7163]],[[ID_NUMBER:BKTPK4471M]],[[PHONE_NUMBER:9835012447]],[[LOCATION:Gaya]]
[[PERSON:Mohd. Arif]],[[ID_NUMBER:6304 7118 2901]],[[ID_NUMBER:CQWPA0918R]],[[PHONE_NUMBER:9470338120]],[[LOCATION:Patna]]
[[PERSON:Bhola Prasad Singh]],[[ID_NUMBER:4419 0372 8512]],[[ID_NUMBER:AOZPS2210L]],[[PHONE_NUMBER:7004418392]],[[LOCATION:Muzaffarpur]]""",
    """SEQ  NAME                       PASSPORT     NAT  DOB
001  [[PERSON:MWANGI]]/[[PERSON:ESTHER WAIRIMU]]      [[ID_NUMBER:AK0418827]]    [[NRP:KEN]]  [[DATE_TIME:14MAR88]]
002  [[PERSON:KOWALSKI]]/[[PERSON:PIOTR]]            [[ID_NUMBER:EA4417093]]    [[NRP:POL]]  [[DATE_TIME:02NOV75]]
003  [[PERSON:HUSSAIN]]/[[PERSON:ZAINAB]]            [[ID_NUMBER:BY9930218]]    [[NRP:GBR]]  [[DATE_TIME:29JUL01]]
004  [[PERSON:ROBERTS]]/[[PERSON:DANIEL JAMES]]      [[US_PASSPORT:561204487]]    [[NRP:USA]]  [[DATE_TIME:06JAN93]]""",
    """{"pupil": "[[PERSON:Chanda Mulenga]]", "pupil_no": "[[ID_NUMBER:LSS-22-0418]]", "payer_msisdn": "[[PHONE_NUMBER:260977418203]]", "amount_zmw": 1850, "term": 1}
{"pupil": "[[PERSON:Mwila Banda]]", "pupil_no": "[[ID_NUMBER:LSS-23-0092]]", "payer_msisdn": "[[PHONE_NUMBER:260966115047]]", "amount_zmw": 1850, "term": 1}
{"pupil": "[[PERSON:Natasha Phiri]]", "pupil_no": "[[ID_NUMBER:LSS-21-0331]]", "payer_msisdn": "[[PHONE_NUMBER:260955880214]]", "amount_zmw": 925, "term": 1}""",
    """loan_no,member,member_no,principal_ugx,term_months,guarantor
LN-2291,[[PERSON:Tumusiime Alex]],[[ID_NUMBER:BSC-0418]],2000000,12,[[PERSON:Kyomugisha Ruth]]
LN-2292,[[PERSON:Nabirye Sylvia]],[[ID_NUMBER:BSC-0733]],800000,6,[[PERSON:Waiswa Moses]]
LN-2294,[[PERSON:Ochieng Paul]],[[ID_NUMBER:BSC-1109]],5000000,24,[[PERSON:Tumusiime Alex]]""",
    """| # | Applicant | Age | County | School | Score |
|---|-----------|-----|--------|--------|-------|
| 1 | [[PERSON:Winnie Chelangat]] | [[AGE:16]] | [[LOCATION:Bomet]] | Kapsabet Girls | 88 |
| 2 | [[PERSON:Hassan Ali Mohamed]] | [[AGE:15]] | [[LOCATION:Garissa]] | NEP Boys | 85 |
| 3 | [[PERSON:Kevin Omondi]] | [[AGE:17]] | [[LOCATION:Siaya]] | Maranda High | 84 |
| 4 | [[PERSON:Naomi Wambui]] | [[AGE:16]] | [[LOCATION:Nyeri]] | Bishop Gatimu Ngandu | 81 |""",
    """parcel\towner\tid_number\tdistrict\tuse
UG/WAK/BLK 214/PLOT 88\t[[PERSON:Ssekandi Joseph]]\t[[ID_NUMBER:CM71022104TXKL]]\t[[LOCATION:Wakiso]]\tresidential
UG/MUK/BLK 41/PLOT 1093\t[[PERSON:Nalubega Florence]]\t[[ID_NUMBER:CF84011207PQRA]]\t[[LOCATION:Mukono]]\tagricultural
UG/WAK/BLK 214/PLOT 91\t[[PERSON:Kizito Emmanuel]]\t[[ID_NUMBER:CM90043318HWZB]]\t[[LOCATION:Wakiso]]\tcommercial""",
    """sale:
  vendor:
    name: [[PERSON:Lindiwe Mahlangu]]
    id_number: "[[ID_NUMBER:8607190312086]]"
  purchaser:
    name: [[PERSON:Johan van der Merwe]]
    id_number: "[[ID_NUMBER:7403025088088]]"
  property: Erf 1187, Garsfontein
  street_address: [[ADDRESS:441 Jacqueline Drive]], [[LOCATION:Pretoria]]
  price_zar: 2450000
  signed: [[DATE_TIME:2024-11-18]]""",
    """Wallet: [[PHONE_NUMBER:+254 722 604 418]]
Holder: [[PERSON:Geoffrey Mutua]]
ID type: National ID
ID no: [[ID_NUMBER:27718093]]
KYC status: verified

Wallet: [[PHONE_NUMBER:+254 798 114 205]]
Holder: [[PERSON:Zawadi Achieng Odhiambo]]
ID type: Passport
ID no: [[ID_NUMBER:AK1188204]]
KYC status: pending documents""",
    """txn_id,cardholder,card_number,amount,merchant,status
T-88120,[[PERSON:Beatriz Almeida]],[[CREDIT_CARD:4111 8739 0021 6456]],54.20,Pingo Doce,approved
T-88121,[[PERSON:Rui Carvalho]],[[CREDIT_CARD:5167 3008 8241 3695]],312.00,Worten,approved
T-88124,[[PERSON:Inês Matos]],[[CREDIT_CARD:3499 135722 604184]],19.99,Continente,declined""",
    """| volunteer | shift | phone |
|---|---|---|
| [[PERSON:maya]] | sat am | [[PHONE_NUMBER:0412 339 081]] |
| [[PERSON:tom k]] | sat pm | [[PHONE_NUMBER:0433 208 775]] |
| [[PERSON:leilani]] | sun am | [[PHONE_NUMBER:0401 662 930]] |
| [[PERSON:big dave]] | sun pm | [[PHONE_NUMBER:0418 004 271]] |""",
    """DATE/TIME          CASE NO       APPLICANT                 RESPONDENT
[[DATE_TIME:14/05/2025 10:00]]   FAM-25-0418   [[PERSON:Sarah Jane Whitfield]]      [[PERSON:Mark Whitfield]]
[[DATE_TIME:14/05/2025 11:30]]   FAM-25-0433   [[PERSON:Mehwish Iqbal]]             [[PERSON:Imran Iqbal]]
[[DATE_TIME:14/05/2025 14:00]]   FAM-25-0471   [[PERSON:Carys Rhys-Evans]]          [[PERSON:Owain Evans]]""",
    """name,sin,province,postal_code
[[PERSON:Amélie Bouchard]],[[ID_NUMBER:284-109-378]],[[LOCATION:QC]],[[ZIP_CODE:G1R 4P5]]
[[PERSON:Gurdeep Dhillon]],[[ID_NUMBER:722-018-462]],[[LOCATION:BC]],[[ZIP_CODE:V3W 1L9]]
[[PERSON:Nathan Cardinal]],[[ID_NUMBER:633-088-158]],[[LOCATION:AB]],[[ZIP_CODE:T5H 0X2]]""",
    """{"username": "[[USERNAME:lunar_moth]]", "email": "[[EMAIL_ADDRESS:kasia.wojcik@wp.pl]]", "country": "[[LOCATION:Poland]]", "age": [[AGE:22]], "plan": "free"}
{"username": "[[USERNAME:tk_ren]]", "email": "[[EMAIL_ADDRESS:renjiro.t@gmail.com]]", "country": "[[LOCATION:Japan]]", "age": [[AGE:35]], "plan": "pro"}
{"username": "[[USERNAME:sambaqueen]]", "email": "[[EMAIL_ADDRESS:thais.lopes@uol.com.br]]", "country": "[[LOCATION:Brazil]]", "age": [[AGE:29]], "plan": "pro"}""",
    """baptism_date\tchild\tfather\tmother\tparish
[[DATE_TIME:2024-04-07]]\t[[PERSON:Gabriel Anaya]]\t[[PERSON:Miguel Anaya]]\t[[PERSON:Lucía Anaya]]\tSt Anne
[[DATE_TIME:2024-04-21]]\t[[PERSON:Chidubem Okeke]]\t[[PERSON:Ikenna Okeke]]\t[[PERSON:Amarachi Okeke]]\tSt Anne
[[DATE_TIME:2024-05-05]]\t[[PERSON:Maria Theresa Dang]]\t[[PERSON:Vincent Dang]]\t[[PERSON:Hoa Dang]]\tHoly Cross""",
    """| Plate | Driver | Licence no | Depot |
|---|---|---|---|
| [[ID_NUMBER:YK21 HVP]] | [[PERSON:Stuart Gillespie]] | [[ID_NUMBER:GILLE704113SJ9XK]] | Leeds |
| [[ID_NUMBER:LB70 RXW]] | [[PERSON:Amrit Sahota]] | [[ID_NUMBER:SAHOT811028A99MP]] | Luton |
| [[ID_NUMBER:MX19 ODZ]] | [[PERSON:Kerry-Ann Brown]] | [[ID_NUMBER:BROWN857194KA9TF]] | Trafford Park |""",
    """guests:
  - name: Auntie [[PERSON:Folake Adeyemi]]
    table: 1
    diet: none
    phone: "[[PHONE_NUMBER:+44 7958 114 302]]"
  - name: [[PERSON:Uche Nnamdi]]
    table: 4
    diet: vegetarian
    phone: "[[PHONE_NUMBER:+44 7405 228 917]]"
  - name: [[PERSON:Grace Olatunji]]
    table: 4
    diet: halal
    phone: "[[PHONE_NUMBER:+44 7700 560 184]]\"""",
    """name,medicare_no,dob,suburb,state,postcode
[[PERSON:Bronwyn Kelly]],[[ID_NUMBER:5118 04373 2]],[[DATE_TIME:03/09/1957]],[[LOCATION:Toowong]],[[LOCATION:QLD]],[[ZIP_CODE:4066]]
[[PERSON:Vikram Anand]],[[ID_NUMBER:3772 04182 1]],[[DATE_TIME:21/02/1984]],[[LOCATION:Parramatta]],[[LOCATION:NSW]],[[ZIP_CODE:2150]]
[[PERSON:Jarrah Williams]],[[ID_NUMBER:4417 20938 3]],[[DATE_TIME:11/12/2003]],[[LOCATION:Alice Springs]],[[LOCATION:NT]],[[ZIP_CODE:0870]]""",
    """Name: [[PERSON:Rebecca Stanislaw]]
Ext: 4471
Mobile (personal): [[PHONE_NUMBER:07788 204 913]]
Desk: 3F-12

Name: [[PERSON:Osagie Igbinedion]]
Ext: 4488
Mobile (personal): [[PHONE_NUMBER:07403 118 520]]
Desk: 3F-19

Name: [[PERSON:Li Na Zhou]]
Ext: 4502
Mobile (personal): n/a
Desk: 4F-02""",
    """CAND NO    NAME                        MATHS  ENG  SCI
[[ID_NUMBER:4417/0031]]  [[PERSON:Adjoa Frimpong]]                A1     B2   A1
[[ID_NUMBER:4417/0032]]  [[PERSON:Kofi Agyeman-Duah]]             B3     B3   C4
[[ID_NUMBER:4417/0033]]  [[PERSON:Nana Ama Serwaa]]               A1     A1   B2
[[ID_NUMBER:4417/0034]]  [[PERSON:Yaw Boakye]]                    C5     B3   C6""",
    """learner,id_number,grade,fees_owed_zar,guardian_cell
[[PERSON:Ayanda Zulu]],[[ID_NUMBER:0810245183084]],10,4200,[[PHONE_NUMBER:082 441 9307]]
[[PERSON:Kayla Adams]],[[ID_NUMBER:0903170431089]],9,0,[[PHONE_NUMBER:073 208 5514]]
[[PERSON:Tshepo Molefe]],[[ID_NUMBER:0706115927081]],11,12600,[[PHONE_NUMBER:061 993 0482]]""",
    """{"wallet": "[[PHONE_NUMBER:0244182093]]", "name": "[[PERSON:Abena Serwaa Osei]]", "ghana_card": "[[ID_NUMBER:GHA-003418827-1]]", "network": "MTN", "susu_group": "Adum Market Women"}
{"wallet": "[[PHONE_NUMBER:0201447730]]", "name": "[[PERSON:Comfort Adomako]]", "ghana_card": "[[ID_NUMBER:GHA-712044183-4]]", "network": "Telecel", "susu_group": "Adum Market Women"}
{"wallet": "[[PHONE_NUMBER:0551938024]]", "name": "[[PERSON:Mavis Tetteh]]", "ghana_card": "[[ID_NUMBER:GHA-204418930-7]]", "network": "MTN", "susu_group": "Kejetia Traders"}""",
    """| Name | Village | Savings (UGX) | Mobile money |
|------|---------|---------------|--------------|
| [[PERSON:Auma Christine]] | [[LOCATION:Lira]] | 340,000 | [[PHONE_NUMBER:0772 118 430]] |
| [[PERSON:Opio Denis]] | [[LOCATION:Aboke]] | 125,500 | [[PHONE_NUMBER:0752 904 217]] |
| [[PERSON:Akello Betty]] | [[LOCATION:Lira]] | 88,000 | [[PHONE_NUMBER:0704 331 882]] |""",
    """owner\tproperty_address\tland_value\trates_due
[[PERSON:Kieran]] & [[PERSON:Louise Doyle]]\t[[ADDRESS:18 Wattle Grove]], [[LOCATION:Kingston]] [[LOCATION:TAS]] [[ZIP_CODE:7050]]\t$412,000\t$1,884.20
[[PERSON:Mehmet Yilmaz]]\t[[ADDRESS:7/44 Sandy Bay Road]], [[LOCATION:Sandy Bay]] [[LOCATION:TAS]] [[ZIP_CODE:7005]]\t$298,000\t$1,402.75
[[PERSON:Tania Broughton]]\t[[ADDRESS:1021 Channel Highway]], [[LOCATION:Margate]] [[LOCATION:TAS]] [[ZIP_CODE:7054]]\t$388,500\t$1,760.00""",
    """member,tin,barangay,share_capital_php,contact
[[PERSON:Rowena Bautista]],[[ID_NUMBER:218-440-937-000]],[[LOCATION:Poblacion]],12500,[[PHONE_NUMBER:0918 330 4417]]
[[PERSON:Ernesto Villanueva Jr.]],[[ID_NUMBER:304-118-552-000]],[[LOCATION:San Roque]],8000,[[PHONE_NUMBER:0927 811 2036]]
[[PERSON:Liza Marie Cruz]],[[ID_NUMBER:417-093-220-000]],[[LOCATION:Poblacion]],20000,[[PHONE_NUMBER:0905 447 1180]]""",
    """| S/N | Name | State of origin | JAMB reg. no | Award (₦) |
|-----|------|-----------------|--------------|-----------|
| 1 | [[PERSON:Oluwatobiloba Adeyemi]] | [[LOCATION:Ogun]] | [[ID_NUMBER:20418827GA]] | 150,000 |
| 2 | [[PERSON:Fatima Bello Yusuf]] | [[LOCATION:Kano]] | [[ID_NUMBER:20417730BF]] | 150,000 |
| 3 | [[PERSON:Chinonso Eze]] | [[LOCATION:Enugu]] | [[ID_NUMBER:20419012CE]] | 100,000 |""",
    """source_ip,owner,purpose,added
[[IP_ADDRESS:81.2.69.142]],[[PERSON:Jakob Steiner]],home office VPN,2024-10-02
[[IP_ADDRESS:86.14.203.77]],[[PERSON:Orla Kennedy]],remote support,2024-11-19
[[IP_ADDRESS:2a00:23c5:e3a1:ad01::4]],[[PERSON:Vusi Nkosi]],home office VPN,2025-01-07""",
    """maintainers:
  - name: [[PERSON:Sven Aurelius Lindqvist]]
    email: [[EMAIL_ADDRESS:sven@lindqvist.se]]
    github: [[USERNAME:svenal]]
  - name: [[PERSON:Ngozi Chukwu]]
    email: [[EMAIL_ADDRESS:ngozi.chukwu@proton.me]]
    github: [[USERNAME:ngozichukwu]]
  - name: [[PERSON:Rafael Mendonça]]
    email: [[EMAIL_ADDRESS:rafa.mendonca@gmail.com]]
    github: [[USERNAME:rmend]]""",
    """PAYEE                       IBAN                              BIC          REF
[[PERSON:Dieter Hoffmann]]             [[IBAN_CODE:DE52 2004 1010 0718 8304 17]]     COBADEHHXXX  Miete Maerz
[[PERSON:Sophie Laurent]]              [[IBAN_CODE:FR76 3000 4008 2300 0104 7285 360]] BNPAFRPPXXX  Facture 2291
[[PERSON:Marco Bianchi]]               [[IBAN_CODE:CH82 0483 5082 9436 1100 0]]     CRESCHZZ80A  Honorar Q1""",
    """name;city;iban;tax_class
[[PERSON:Jana Krüger]];[[LOCATION:Leipzig]];[[IBAN_CODE:DE60 1001 0010 0938 4715 62]];I
[[PERSON:Emre Aydın]];[[LOCATION:Köln]];[[IBAN_CODE:DE18 5001 0517 5407 3129 83]];III
[[PERSON:Paulina Zielińska]];[[LOCATION:Berlin]];[[IBAN_CODE:DE39 1005 0000 6604 4182 73]];I""",
    """{"stop": 1, "recipient": "[[PERSON:Mrs. Evelyn Crabtree]]", "address": "[[ADDRESS:14 Orchard Way]], [[LOCATION:Didcot]] [[ZIP_CODE:OX11 7HG]]", "phone": "[[PHONE_NUMBER:07802 441 937]]", "parcels": 2}
{"stop": 2, "recipient": "[[PERSON:Kojo Annan-Blake]]", "address": "[[ADDRESS:Flat 9, Mercer House, 3 Station Road]], [[LOCATION:Didcot]] [[ZIP_CODE:OX11 7NN]]", "phone": "[[PHONE_NUMBER:07911 603 228]]", "parcels": 1}
{"stop": 3, "recipient": "[[PERSON:Zofia Nowak]]", "address": "[[ADDRESS:2 Mill Cottages, Sutton Courtenay Lane]], [[LOCATION:Didcot]] [[ZIP_CODE:OX11 8RS]]", "phone": null, "parcels": 4}""",
    """patient\tage\tlast_visit\tnext_recall\tdentist
[[PERSON:Imogen Ashcroft]]\t[[AGE:8]]\t[[DATE_TIME:12/09/2024]]\t[[DATE_TIME:12/03/2025]]\t[[PERSON:Dr Farouk]]
[[PERSON:Wiremu Ngata]]\t[[AGE:54]]\t[[DATE_TIME:03/02/2025]]\t[[DATE_TIME:03/08/2025]]\t[[PERSON:Dr Chen]]
[[PERSON:Patricia Doolan]]\t[[AGE:79]]\t[[DATE_TIME:28/01/2025]]\t[[DATE_TIME:28/07/2025]]\t[[PERSON:Dr Farouk]]""",
    """Tenant: [[PERSON:Lim Boon Keng]]
NRIC: [[ID_NUMBER:T0215689F]]
Unit: [[ADDRESS:#14-07, 22 Jalan Membina]], [[LOCATION:Singapore]] [[ZIP_CODE:169486]]
Lease: [[DATE_TIME:1 Jun 2025]] to [[DATE_TIME:31 May 2027]]
Monthly rent: S$3,400
Agent: [[PERSON:Cheryl Goh]] ([[PHONE_NUMBER:9182 4470]])""",
    """Izina,Nimero y'umunyamuryango,Telefoni,Umurenge,Ubwizigame (Frw)
[[PERSON:Uwamahoro Diane]],[[ID_NUMBER:KCY-0418]],[[PHONE_NUMBER:0788 440 193]],[[LOCATION:Kacyiru]],250000
[[PERSON:Nkurunziza Jean Paul]],[[ID_NUMBER:KCY-0952]],[[PHONE_NUMBER:0722 118 847]],[[LOCATION:Kacyiru]],84000
[[PERSON:Mukandayisenga Odette]],[[ID_NUMBER:KMH-0117]],[[PHONE_NUMBER:0785 903 326]],[[LOCATION:Kimihurura]],412500""",
    """| Umunyeshuri | Umwaka | Amafaranga asigaye | Telefoni y'umubyeyi |
|---|---|---|---|
| [[PERSON:Iradukunda Moïse]] | S3 | 45,000 | [[PHONE_NUMBER:0788 118 402]] |
| [[PERSON:Ingabire Belyse]] | S1 | 0 | [[PHONE_NUMBER:0783 440 917]] |
| [[PERSON:Niyigena Patrick]] | S5 | 120,000 | [[PHONE_NUMBER:0728 009 334]] |""",
    """ubutaka:
  - nyirabwo: [[PERSON:Kayitesi Immaculée]]
    indangamuntu: "[[ID_NUMBER:1197270041182063]]"
    upi: 5/03/11/02/2214
    akarere: [[LOCATION:Musanze]]
    ubuso_m2: 600
  - nyirabwo: [[PERSON:Ruhumuriza Innocent]]
    indangamuntu: "[[ID_NUMBER:1196480033917041]]"
    upi: 5/03/11/02/2215
    akarere: [[LOCATION:Musanze]]
    ubuso_m2: 1250""",
    """Izina\tInomero ya konti\tTerefone\tKomine
[[PERSON:Nibigira Évariste]]\t[[ID_NUMBER:0418-0093-27]]\t[[PHONE_NUMBER:+257 79 33 18 02]]\t[[LOCATION:Muha]]
[[PERSON:Ndayizeye Chantal]]\t[[ID_NUMBER:0418-1147-05]]\t[[PHONE_NUMBER:+257 61 90 44 18]]\t[[LOCATION:Ntahangwa]]
[[PERSON:Bigirimana Léonce]]\t[[ID_NUMBER:0422-0281-14]]\t[[PHONE_NUMBER:+257 68 12 70 35]]\t[[LOCATION:Mukaza]]""",
    """Izina: [[PERSON:Nkurikiye Aimée]]
Inomero y'umunyeshure: [[ID_NUMBER:ENS-24-0417]]
Itariki y'ivuka: [[DATE_TIME:14/03/2004]]
Intara: [[LOCATION:Muramvya]]
Buruse: yego

Izina: [[PERSON:Manirakiza Thierry]]
Inomero y'umunyeshure: [[ID_NUMBER:ENS-24-0512]]
Itariki y'ivuka: [[DATE_TIME:02/11/2003]]
Intara: [[LOCATION:Rumonge]]
Buruse: oya""",
    """{"izina": "[[PERSON:Hatungimana Sandrine]]", "terefone": "[[PHONE_NUMBER:+257 71 88 04 19]]", "uburyo": "EcoCash", "amafaranga": 35000}
{"izina": "[[PERSON:Ciza Armel]]", "terefone": "[[PHONE_NUMBER:+257 62 14 30 77]]", "uburyo": "Lumicash", "amafaranga": 120000}
{"izina": "[[PERSON:Nahimana Béatrice]]", "terefone": "[[PHONE_NUMBER:+257 79 20 41 56]]", "uburyo": "Lumicash", "amafaranga": 8500}""",
    """Name,Given Name,Family Name,Birthday,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Group Membership
[[PERSON:Thabo Mokoena]],[[PERSON:Thabo]],[[PERSON:Mokoena]],[[DATE_TIME:1991-07-04]],[[EMAIL_ADDRESS:thabo.mokoena@gmail.com]],Mobile,[[PHONE_NUMBER:+27 82 904 4418]],[[ADDRESS:33 Kloof Street]],[[LOCATION:Cape Town]],[[ZIP_CODE:8001]],* myContacts
[[PERSON:Ines Hartmann]],[[PERSON:Ines]],[[PERSON:Hartmann]],,[[EMAIL_ADDRESS:ines.hartmann@gmx.de]],Mobile,[[PHONE_NUMBER:+49 151 4418 2093]],,,,* myContacts ::: Work
[[PERSON:Declan Byrne]],[[PERSON:Declan]],[[PERSON:Byrne]],[[DATE_TIME:--03-17]],,Home,[[PHONE_NUMBER:+353 1 884 2207]],[[ADDRESS:5 Seafield Avenue]],[[LOCATION:Clontarf]],,* myContacts""",
]

CHAT = [
    """[09:58] Bot: Welcome to PesaFlex support. An agent will be with you shortly.
[10:01] Agent [[PERSON:Brenda]]: Hi, I'm Brenda. How can I help today?
[10:02] [[PERSON:Collins Otieno]]: hi brenda, i sent 7,000 to the wrong number yesterday evening. meant to send to [[PHONE_NUMBER:0722 903 418]] but typed [[PHONE_NUMBER:0722 930 418]]
[10:03] Agent [[PERSON:Brenda]]: Sorry to hear that, Collins. Can you confirm your ID number and date of birth for verification?
[10:04] [[PERSON:Collins Otieno]]: ID [[ID_NUMBER:29017448]], born [[DATE_TIME:4th June 1994]]
[10:05] Agent [[PERSON:Brenda]]: Thank you. I've raised reversal request RV-88213. The recipient will be notified and the funds held for 24 hours.""",
    """12/02/2025, 19:04 - [[PERSON:Njeri Kamau]]: Ladies, contributions for February are due Friday 🙏
12/02/2025, 19:05 - [[PERSON:Njeri Kamau]]: Send to our treasurer [[PERSON:Wambui]] on [[PHONE_NUMBER:0711 448 290]]
12/02/2025, 19:11 - Mama [[PERSON:Tess]]: Received. Is this month's payout still to [[PERSON:Rose Adhiambo]]?
12/02/2025, 19:12 - [[PERSON:Wambui Gachanja]]: Yes, Rose gets it. [[PERSON:Rose]] please confirm your number is still [[PHONE_NUMBER:0790 312 774]]
12/02/2025, 19:30 - [[PERSON:Rose Adhiambo]]: Yes it is, thank you all ❤️
12/02/2025, 19:31 - [[PERSON:Joyce M]]: <Media omitted>""",
    """#people-ops
[[PERSON:Hannah Kessler]]  11:02 AM
New starter on Monday: [[PERSON:Oluwaseyi Adebanjo]], joining the data team. Personal email for pre-boarding is [[EMAIL_ADDRESS:seyi.adebanjo@gmail.com]]
[[PERSON:Marco Ruiz]]  11:05 AM
Thanks! Laptop ships to [[ADDRESS:Flat 7, 82 Brixton Hill]], [[LOCATION:London]] [[ZIP_CODE:SW2 1QN]]?
[[PERSON:Hannah Kessler]]  11:06 AM
Yes. And please set up her account as [[USERNAME:oadebanjo]]; she asked not to use "seyi" as the handle.
[[PERSON:Marco Ruiz]]  11:07 AM
👍 done""",
    """Thu 6 Mar, 08:14
Hi [[PERSON:Mr Sandhu]], it's [[PERSON:Gemma]] from flat 2. The boiler's making that banging noise again and there's no hot water.

Thu 6 Mar, 08:40
Morning Gemma, sorry about that. My plumber [[PERSON:Lukasz]] can come today between 1 and 3, his number is [[PHONE_NUMBER:07458 220 913]] if you need to let him in.

Thu 6 Mar, 08:42
Perfect, I'm working from home so that's fine. Thanks!""",
    """[[USERNAME:frostbyte]]: gg everyone
[[USERNAME:KaiZenn]]: gg. [[USERNAME:frostbyte]] u still doing the lan in [[LOCATION:Leicester]] next month?
[[USERNAME:frostbyte]]: ye, it's at my mates place, [[ADDRESS:41 Narborough Rd]], bring your own chair lol
[[USERNAME:mod_ellie]]: pls don't post addresses in public channels, DM each other
[[USERNAME:KaiZenn]]: my bad, deleting""",
    """[[PERSON:Mrs. Okoro]] (Bursar), 14:20: Good afternoon [[PERSON:Mr. Alabi]], [[PERSON:Temi]]'s second-term fees show a balance of ₦180,000.
[[PERSON:Adewale Alabi]], 14:26: Good afternoon ma. I paid ₦200,000 on [[DATE_TIME:9 January]] from my GTBank account [[ID_NUMBER:0124418827]]. I can send the receipt.
[[PERSON:Mrs. Okoro]] (Bursar), 14:31: Please do, to my email [[EMAIL_ADDRESS:f.okoro@greenfieldcollege.edu.ng]]. Her student number is [[ID_NUMBER:GC/JS3/0418]], please include it.
[[PERSON:Adewale Alabi]], 14:33: Sent now. Thank you ma.""",
    """[20/03/2025 18:02] [[PERSON:Mugabo Eric]]: Bite muvandimwe, umunsi wo gupima ubutaka bwa papa i [[LOCATION:Nyamagabe]] ni ryari?
[20/03/2025 18:05] [[PERSON:Uwera Sylvie]]: Umukozi w'ubutaka yavuze ko azaza ku wa [[DATE_TIME:Kane tariki 27 Werurwe saa tatu]]. Nomero ye ni [[PHONE_NUMBER:0788 551 204]].
[20/03/2025 18:07] [[PERSON:Mugabo Eric]]: Murakoze. Nzazana indangamuntu ya papa, [[ID_NUMBER:1 1952 8 0009318 1 07]].
[20/03/2025 18:09] [[PERSON:Uwera Sylvie]]: Sawa, uzazane n'icyangombwa cy'ubutaka.""",
    """Umukozi ([[PERSON:Aline]]): Amahoro, murakaza neza kuri serivisi ya Lumicash. Nobafasha gute?
Umukiriya: Amahoro, nitwa [[PERSON:Nizigiyimana Fidèle]]. Narungitse 20.000 Fbu kuri [[PHONE_NUMBER:79 44 18 20]] ariko ntivyashitse.
Umukozi ([[PERSON:Aline]]): Mumbwire inomero ya terefone yanyu n'inomero ya CNI.
Umukiriya: Terefone ni [[PHONE_NUMBER:+257 68 33 90 12]], CNI ni [[ID_NUMBER:521.0184/2011]].
Umukozi ([[PERSON:Aline]]): Murakoze. Amafaranga yanyu azogaruka mu masaha 24.""",
]

LOOKALIKE = [
    """Thanks for your order! Order no. 204-7718830-4417 has shipped via DPD, tracking 15501234418830. Items: "The Midnight Library" (ISBN 978-1-84697-441-0), qty 1; USB-C hub SKU HB-4471-GRY, qty 2. Invoice INV-2025-03-0418 is attached. Questions? Call us on 0333 200 4471 or write to help@pagesandplugs.co.uk, quoting case 00418827. Delivering to: [[PERSON:R. Okonjo]], [[ADDRESS:12 Hanover Mews]], [[LOCATION:Bath]] [[ZIP_CODE:BA1 2QR]].""",
    """Release 10.4.2.1 (build 4417-b) fixes the regression introduced in 10.4.1.9 where the scheduler used Dijkstra's algorithm with a stale heap. Checksums: sha256 9f2c4e1a77b03d58e21c6f0a4b9d8e7f1a2b3c4d5e6f708192a3b4c5d6e7f809. Affected device serials SN-88120447 through SN-88120519 should be updated to firmware 3.1.0.44. See CVE-2024-41882 and KB5034441. The default gateway template 192.168.0.x is unchanged; the Boyce-Codd normal form check now runs on import.""",
    """INVOICE 2025/0418
From: Kestrel Analytics Ltd, Company No. 08841927, VAT GB 418 2291 07
To: Harbour Freight Services Ltd, PO 77120-B
Service period: Q1 2025. Amount due: £14,880.00, payment terms 30 days. Remit to our accounts team, accounts@kestrelanalytics.co.uk, tel 020 3880 4417. Ref to quote: KA-INV-0418.
Prepared by [[PERSON:Leanne Moorcroft]].""",
    """Directions: leave the M6 at junction 7, follow signs along Winston Churchill Avenue, turn left at the Mandela Way roundabout and continue past the Florence Nightingale Hospital onto Ada Lovelace Road. The venue is opposite the Alan Turing Building, next to the Pizza Hut on Rosa Parks Way. If you get lost, ring [[PERSON:Deepak]] on [[PHONE_NUMBER:07831 440 295]]; the venue switchboard is 0121 496 0000.""",
    """Shipment summary: container MSCU 441882 3 (40' HC), seal 0041827, B/L MEDU4417093, HS code 8471.30.01, gross 18,440 kg. Vessel MSC Ariane, voyage 418E, ETA port of [[LOCATION:Mombasa]]. Pallets carry IMEI ranges 35 418827 044182 2 to 35 418827 044199 6 and lot numbers L2025-04-18A. Notify party: Savanna Imports Ltd, tel +254 20 441 8270. Consignee contact: [[PERSON:Irene Wakesho]], [[EMAIL_ADDRESS:irene.wakesho@savannaimports.co.ke]].""",
    """ITANGAZO RY'UMURENGE SACCO
Abanyamuryango bose baramenyeshwa ko guhera ku itariki ya 1 Mata, kwishyura inguzanyo bizajya bikorwa kuri MoMo Pay 004418 cyangwa ukanda *182*8*1*004418#. Konti y'ikigo muri banki ni 000400-0441882-27. Ku bindi bisobanuro hamagara 0788 300 400 cyangwa wandikire info@saccokimironko.rw. Umuyobozi: [[PERSON:Kabera Jean Damascène]].""",
    """Network change CHG0044182: replace core switch SW-CORE-02 (serial FOC2418X0KZ, MAC 00:1b:54:c2:88:1f) with the spare, upgrade firmware from 17.9.4.1 to 17.12.3.2, and move VLAN 418 to the new uplink. Rollback plan: image flash:cat9k_iosxe.17.09.04a.SPA.bin. Implementer: [[PERSON:Ryan Achterberg]] ([[EMAIL_ADDRESS:ryan.achterberg@tellurianet.com]]). Approver: CAB. Window: Saturday 02:00-04:00.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind126", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind100.jsonl: a *blind*, hand-written labeled PII set (NN = 100).

    .venv/bin/python tests/data/make_blind100.py

Blind: written without any knowledge of the detector. Read while writing,
and nothing else: lines 1-121 of tests/data/make_blind22.py (its module
docstring with the labeling conventions and the style descriptions, and its
import lines) and its closing scaffolding (from `STYLES = {` to the end of
the file, copied here); tests/data/gold_sets.py (whole file); and lines 1-64
of tests/data/make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/ (the detector),
recognizers/, the tests, bench/, the README, any *.jsonl set, the records
of the other make_*.py scripts, git history, log or status. The detector,
the bench and the tests were never run, and git was not run at all. Do not
tune the detector against this set: once it has been used to tune, it no
longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks; `write_and_report` then checks
and counts them. Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country (the French RIB key, the Spanish control
digits, the Belgian check pair and the Dutch account 11-test inside the
IBANs are right too); all of them were worked out by throwaway code run by
hand while writing, not generated here, and `gold_sets.check` re-checks
cards and IBANs. National ids with a public check digit were given a valid
one the same way: NHS numbers, Canadian SINs, Aadhaar (Verhoeff), South
African ids (Luhn, agreeing with the sex and birth date they carry),
Singapore NRIC, Australian TFN and Medicare, Irish PPSN, Dutch BSN, New
Zealand IRD, the UK pupil number (UPN), the Emirates ID (Luhn), Saudi
national id and iqama numbers; and so were the look-alike ISBN-13s.
Pakistani CNICs have their last digit odd for men and even for women.
Bangladeshi NIDs, Kenyan ids and KRA PINs, Nigerian NIN and BVN, Ghana
cards, Ugandan NINs, Philippine SSS and TIN, Indian PAN (its fourth and
fifth letters follow the holder), UK NI numbers, US SSNs and ITINs,
passports, licences, plates, bank, loan, member, student, patient and
staff numbers were not checked.

Styles (ids `blind100-<style>-NNN`; 240 records), looking like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Canada, Australia, New Zealand, Ireland, India, Pakistan,
Bangladesh, Nepal, Kenya, Uganda, Tanzania, Nigeria, Ghana, South Africa,
Zimbabwe, Zambia, Malawi, the Philippines, Singapore, the Gulf and more,
with names from the many cultures living there); the rest (25 records,
spread over every style) are in Bengali and Urdu, in their own scripts
(Bengali digits in places) and romanized. Microfinance, mobile money
(bKash, Nagad, JazzCash, Easypaisa, M-Pesa, MoMo, GCash ...), remittances
and small-business loans get extra weight in `bench` and `gen` (a bit over
a third of those records); the rest are spread widely.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd, dense sentences with names, job titles, streets with building
  numbers, secondary addresses, IPv4/IPv6, MACs, user agents, cards with
  CVV and expiry, IBAN and BIC), gretel-pii-masking-en-v1 (claims,
  contracts, medical and loan forms, notices, letters, statements) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML and .env config, code,
  GraphQL, tickets, web forms, e-mail headers).
- `gen` (80): one to four LLM-style sentences with personal data in prose,
  names at the start, middle and end, lowercase and possessive, ages,
  dates, addresses, phones and ids in many shapes.
- `table` (60): one small table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks), with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and transaction references, SKUs, ISBNs, versions
  shaped like IPs, hashes, serials, company phones, role mailboxes,
  eponyms, streets named after people with no number), the few real PII
  values labeled; one of them has no PII at all.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" (or a romanized "-r", "-er" case ending) is
  outside. TITLE: honorifics and ranks attached to a name (Mr, Dr, Prof,
  Pastor, Mosammat / মোছাঃ, محترم, صاحب ...), labeled apart from it; "Md." /
  "মোঃ" (Mohammad) stays inside the name; job titles are not TITLE and
  family words (uncle, Apa, the late / মৃত) stay outside.
- ADDRESS: number + street (+ flat / unit / suite / floor / building /
  house), PO boxes, rural routes with their box, house and building names;
  city, district, upazila, neighbourhood, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter, loan disbursement and repayment
  dates, a transfer the person tells about, last login, account creation)
  with a day or a month, in any shape; a weekday or a clock time said with
  such a date is inside the span, a time or a weekday alone is not; not
  bare years, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, iqama and QID numbers,
  patient, staff, student, client, customer and member numbers, bank and
  loan account numbers, non-US passports and licences, plates; US_SSN,
  US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say (a mobile-money account
  given as its phone number is PHONE_NUMBER).
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, IMEIs, chassis numbers, sort codes, BSB, IFSC, BIC / SWIFT
  and routing numbers, CVVs and expiries, PINs, OTPs, order / ticket /
  claim / policy / application / case / booking / tracking references,
  transaction ids (TrxID, MTCN), till and paybill numbers, company
  registration numbers, company phone numbers, role mailboxes and company
  addresses, amounts, versions, hashes, serials, partial or masked numbers
  ("ending 4417", "XXXX 5815", "2547******921"), pets, eponyms and brands
  named after people, a header row.
- Calls made while writing this set: the leading timestamp of a log line,
  the rows of a bank or wallet statement, the date printed on a receipt or
  payout slip and an order's "placed_at" are left unlabeled like sale and
  invoice dates, while a person's own fields in the same record (date of
  birth, last_login, created, KYC date) and dates in a narrative about
  what a person did are labeled; an e-mail's Date header is labeled like
  a letter's date; a loan account number is ID_NUMBER, a loan application
  number is a reference and unlabeled; a UPI VPA (name@bank) is
  ID_NUMBER; a GhanaPostGPS digital address is ADDRESS; a doctor's
  registration number is ID_NUMBER; an internal private-range network
  (CIDR) is unlabeled; in a table a "sex", "gender", "role", "dept",
  "status", "plan" or "business" column stays unlabeled, an "age" column
  is AGE, a "country", "state", "village", "zilla" or "city" column is
  LOCATION, a "nationality" or "religion" column is NRP; a "job_title"
  field is unlabeled and so are "employer" and "company" fields; a
  building number given in its own field is ADDRESS like a street, and a
  secondary address field ("Apt. 7", "Suite 210") is ADDRESS.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind100.jsonl")

BENCH = [
    # 1
    """[[PERSON:Ms. Chidinma Okonkwo-Bright]], as Regional Credit Officer for the [[LOCATION:Surulere]] cluster, please confirm the ₦450,000 group-loan disbursal to [[PERSON:Adaeze Nwosu]] of [[ADDRESS:14 Ogunlana Drive, Shop 3B]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]. Her BVN is [[ID_NUMBER:22184736590]], the repayment wallet is [[PHONE_NUMBER:0803 417 2290]], and the approval was logged from [[IP_ADDRESS:102.89.34.17]] (MAC 3C:52:82:9A:1F:0E).""",
    # 2
    """SMALL BUSINESS LOAN APPLICATION - SECTION B (APPLICANT)
Applicant: [[PERSON:Rosalind Achterberg]]
Business name: Achterberg Upholstery LLC
Date of birth: [[DATE_TIME:11/02/1979]]
SSN: [[US_SSN:512-44-9087]]
Home address: [[ADDRESS:2207 Larkspur Lane]], [[LOCATION:Sioux Falls]], [[LOCATION:SD]] [[ZIP_CODE:57106]]
Phone: [[PHONE_NUMBER:(605) 334-8816]]
Amount requested: $85,000 (equipment and working capital)
Business checking account: [[ID_NUMBER:4410028873]] (routing 091408501)
Signature date: [[DATE_TIME:March 18, 2024]]""",
    # 3
    """{"customer_id": "[[ID_NUMBER:CUST-0092817]]", "full_name": "[[PERSON:Tendai Mupfumira]]", "msisdn": "[[PHONE_NUMBER:+263 77 214 9083]]", "email": "[[EMAIL_ADDRESS:tendai.mupfumira@gmail.com]]", "kyc_level": 2, "wallet": "EcoCash", "last_login": "[[DATE_TIME:2024-05-09T18:42:07Z]]", "device_ip": "[[IP_ADDRESS:197.211.3.146]]", "city": "[[LOCATION:Bulawayo]]"}""",
    # 4
    """2024-06-02 07:14:55,218 INFO  auth.service - login ok user=[[USERNAME:jbalogun84]] src=[[IP_ADDRESS:41.58.112.9]] ua="Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36"
2024-06-02 07:15:03,004 WARN  payout.service - payout to [[PHONE_NUMBER:+2348034471902]] held for review (name mismatch: "[[PERSON:Jide Balogun]]" vs "[[PERSON:Babajide O. Balogun]]")
2024-06-02 07:15:03,011 INFO  payout.service - case PO-77120 opened, owner=risk-queue""",
    # 5
    """INSERT INTO borrowers (id, first_name, last_name, dob, national_id, phone, village, loan_officer) VALUES
(4471, '[[PERSON:Shirin]]', '[[PERSON:Akter]]', '[[DATE_TIME:1990-03-27]]', '[[ID_NUMBER:5983214706]]', '[[PHONE_NUMBER:01712-448309]]', '[[LOCATION:Shibganj]]', '[[PERSON:R. Karim]]'),
(4472, '[[PERSON:Momena]]', '[[PERSON:Khatun]]', '[[DATE_TIME:1986-11-02]]', '[[ID_NUMBER:19862694407318852]]', '[[PHONE_NUMBER:01819-302276]]', '[[LOCATION:Shibganj]]', '[[PERSON:R. Karim]]');""",
    # 6
    """<remittance>
  <mtcn>418-220-7719</mtcn>
  <sender><name>[[PERSON:Rolando Bautista]]</name><country>[[LOCATION:United Arab Emirates]]</country><phone>[[PHONE_NUMBER:+971 55 318 0462]]</phone><emiratesId>[[ID_NUMBER:784-1981-4482913-6]]</emiratesId></sender>
  <receiver><name>[[PERSON:Marites Bautista]]</name><city>[[LOCATION:Tarlac City]]</city><mobile>[[PHONE_NUMBER:0917 862 4410]]</mobile></receiver>
  <amount currency="AED">2500.00</amount>
  <sent>2024-04-28T10:05:00+04:00</sent>
</remittance>""",
    # 7
    """# staging seed - DO NOT SHIP
admin:
  name: [[PERSON:Kwabena Asante-Darko]]
  email: [[EMAIL_ADDRESS:k.asantedarko@susuplus.com.gh]]
  phone: "[[PHONE_NUMBER:+233 24 561 0387]]"
  ghana_card: [[ID_NUMBER:GHA-718204639-2]]
smtp:
  host: smtp.susuplus.internal
  user: noreply
  password: "Tr0tro!2024"
allowed_ips: ["[[IP_ADDRESS:154.160.22.81]]", "10.0.0.0/8"]""",
    # 8
    """Attention [[PERSON:Gretchen]], your Mastercard [[CREDIT_CARD:5116 7293 1953 4461]] (exp 08/27, CVV 418) was used at 03:12 from [[IP_ADDRESS:2a02:c7f:5e21:8b00:19d4:33ff:fe01:7c2a]] near [[LOCATION:Harrogate]]. If this was not you, ring our fraud line and quote your customer number [[ID_NUMBER:77304418]].""",
    # 9
    """Claim Form - Motor (Third Party)
Claim reference: CLM/2024/118837
Policyholder: [[PERSON:Mr. Hamza Iqbal Chaudhry]]
Policy no.: MTR-55-0091372
Address: [[ADDRESS:Flat 6, 31 Coniston Road]], [[LOCATION:Bradford]] [[ZIP_CODE:BD7 2HQ]]
Date of incident: [[DATE_TIME:14 February 2024, approx. 17:40]]
Vehicle registration: [[ID_NUMBER:YF19 KXW]]
Driver's licence no.: [[ID_NUMBER:CHAUD807183HI9XY]]
Third party: [[PERSON:Ms. Beverley Sutcliffe]], tel. [[PHONE_NUMBER:07700 918 442]]
Description: insured vehicle was stationary at the junction of Thornton Road when struck from behind.""",
    # 10
    """PATIENT INTAKE - Riverside Family Practice
Name: [[PERSON:Ngozi Ekwueme-Hart]]   DOB: [[DATE_TIME:07/30/1968]]   Age: [[AGE:55]]
MRN: [[ID_NUMBER:RFP-0048213]]
Address: [[ADDRESS:88 Winthrop St, Apt 2]], [[LOCATION:Medford]], [[LOCATION:MA]] [[ZIP_CODE:02155]]
Emergency contact: [[PERSON:Obinna Hart]] (husband) [[PHONE_NUMBER:781-395-2204]]
Insurance: Tufts Health Plan, member ID [[ID_NUMBER:TH7719204418]]
Reason for visit: follow-up, type 2 diabetes
Appointment: [[DATE_TIME:Thursday, June 13, 2024 at 9:20 AM]]""",
    # 11
    """This Tenancy Agreement is made on [[DATE_TIME:1 July 2024]] between [[PERSON:Harjit Singh Sandhu]] of [[ADDRESS:47 Elm Grove]], [[LOCATION:Southall]] [[ZIP_CODE:UB1 3DN]] ("the Landlord") and [[PERSON:Tamsin O'Driscoll]] and [[PERSON:Kofi Mensah]] ("the Tenants") in respect of [[ADDRESS:Flat 3, Beaumont House, 12 Norwood Road]], [[LOCATION:Southall]] [[ZIP_CODE:UB2 4DW]]. The deposit of £1,650 is protected with the DPS under certificate 8827-4410-AB.""",
    # 12
    """NOTICE OF FUNDS AVAILABLE
Dear [[PERSON:Esperanza Quispe Mamani]],
A transfer of USD 640.00 sent by [[PERSON:Wilber Quispe]] from [[LOCATION:Paterson]], [[LOCATION:New Jersey]] on [[DATE_TIME:May 3, 2024]] is ready for pickup at any partner agent in [[LOCATION:Puno]]. Bring your DNI [[ID_NUMBER:41827735]] and the tracking number 7712-884-091. Questions: 0800-1-2345 (toll free).""",
    # 13
    """Ticket #SR-204417 | Priority: P2 | Channel: web form
Reporter: [[PERSON:Anjali Deshpande]] <[[EMAIL_ADDRESS:anjali.d@finvolt.in]]>
Summary: UPI collect request failing for merchant onboarding
Details: Customer [[PERSON:Suresh Kumar Yadav]] (mobile [[PHONE_NUMBER:+91 98201 44732]], PAN [[ID_NUMBER:BQWPY4821K]]) gets "VPA not found" for [[ID_NUMBER:suresh.yadav77@okaxis]]. KYC done on [[DATE_TIME:22-Apr-2024]]. Aadhaar masked XXXX XXXX 5815.
Assigned to: L2 Payments""",
    # 14
    """বিকাশ এজেন্ট ক্যাশ-ইন রসিদ
গ্রাহকের নাম: [[TITLE:মোছাঃ]] [[PERSON:রুমানা আক্তার]]
মোবাইল নম্বর: [[PHONE_NUMBER:০১৭১১-৫৮৩৯২৪]]
এনআইডি: [[ID_NUMBER:৭৮২৪১০৩৯৫৬]]
ঠিকানা: [[ADDRESS:বাড়ি ২৭, রোড ৪]], [[LOCATION:সোনাডাঙ্গা]], [[LOCATION:খুলনা]]
তারিখ: ১২/০৫/২০২৪, বিকাল ৪:১৫
পরিমাণ: ৫,০০০ টাকা
TrxID: BFK7Q2M9ZD
এজেন্ট: রহমান টেলিকম""",
    # 15
    """قرض کی درخواست — چھوٹا کاروبار
درخواست گزار کا نام: [[PERSON:محمد عرفان بٹ]]
والد کا نام: [[PERSON:غلام رسول بٹ]]
شناختی کارڈ نمبر: [[ID_NUMBER:35202-4821937-5]]
موبائل: [[PHONE_NUMBER:0300-4418276]]
پتہ: [[ADDRESS:مکان نمبر 112، گلی نمبر 7]]، [[LOCATION:شاد باغ]]، [[LOCATION:لاہور]]
تاریخ پیدائش: [[DATE_TIME:14-08-1987]]
کاروبار: کپڑے کی دکان
مطلوبہ رقم: 3,00,000 روپے
بینک اکاؤنٹ (IBAN): [[IBAN_CODE:PK85MEZN6901968332752388]]""",
    # 16
    """# test fixture - replace before commit
borrower = Borrower(
    name="[[PERSON:Wanjiru Kamau]]",
    national_id="[[ID_NUMBER:29384716]]",
    kra_pin="[[ID_NUMBER:A014823391Q]]",
    mpesa_number="[[PHONE_NUMBER:254722481903]]",
    dob="[[DATE_TIME:1991-09-04]]",
    county="[[LOCATION:Kiambu]]",
    product="biashara-60d",
)""",
    # 17
    """Hey [[PERSON:Marek]], the [[LOCATION:Kilkenny]] studio needs the Lead Interaction Designer's new badge: [[PERSON:Oonagh Brennan-Szabo]], [[ADDRESS:Apt. 12, 5 Patrick Street]], [[ZIP_CODE:R95 X2T7]]; PPSN [[ID_NUMBER:7391844D]]. Salary goes to [[IBAN_CODE:IE83AIBK90484113060764]] (BIC AIBKIE2D). Her laptop (MAC 9c:b6:d0:11:4e:a2) registers from [[IP_ADDRESS:89.101.17.203]].""",
    # 18
    """M-PESA STATEMENT (EXTRACT)
Customer Name: [[PERSON:JOSEPH OTIENO ODHIAMBO]]
Mobile Number: [[PHONE_NUMBER:0712 604 338]]
ID Number: [[ID_NUMBER:31448207]]
Statement Period: 01 Mar 2024 - 31 Mar 2024
SCK4T8Q2LM  2024-03-04 08:11:52  Customer Transfer to 2547******921 - [[PERSON:MERCY AKINYI]]   -1,500.00
SCL1A0B7XP  2024-03-09 19:40:05  Pay Bill to 522522 - KCB Loan Repayment Acc. [[ID_NUMBER:1284039917]]   -4,200.00
SCN9R3Z5HK  2024-03-15 12:02:44  Funds received from 0722***118 - [[PERSON:PAUL ODHIAMBO]]   +3,000.00""",
    # 19
    """<form id="kyc" method="post">
  <input name="full_name" value="[[PERSON:Rukhsana Parveen]]">
  <input name="cnic" value="[[ID_NUMBER:61101-7720394-8]]">
  <input name="dob" value="[[DATE_TIME:1993-01-19]]">
  <input name="mobile" value="[[PHONE_NUMBER:+92 333 5120947]]">
  <input name="city" value="[[LOCATION:Islamabad]]">
  <input name="sector" value="[[LOCATION:G-10/2]]">
  <input name="csrf" type="hidden" value="f3a91c07be44d2e8">
</form>""",
    # 20
    """DISCHARGE SUMMARY
Patient: [[PERSON:Lachlan McKenzie-Tui]]  |  URN [[ID_NUMBER:00471829]]  |  DOB [[DATE_TIME:03.11.1952]]
Admitted [[DATE_TIME:28/05/2024]] via ED with community-acquired pneumonia; discharged [[DATE_TIME:04/06/2024]].
Medicare no. [[ID_NUMBER:4217 63829 1]]
GP: [[PERSON:Dr Fiona Rasmussen]], [[ADDRESS:Shop 4, 210 Lygon Street]], [[LOCATION:Brunswick East]] [[LOCATION:VIC]] [[ZIP_CODE:3057]]
Follow-up: respiratory clinic [[DATE_TIME:18 June 2024, 2:30 pm]].""",
    # 21
    """Re: Application SBL-2024-0419 - Adverse Action Notice
[[DATE_TIME:April 22, 2024]]
[[PERSON:Mr. Desmond Achebe-Lowry]]
[[ADDRESS:1190 Peachtree Industrial Blvd, Unit 14]]
[[LOCATION:Duluth]], [[LOCATION:GA]] [[ZIP_CODE:30097]]
Dear [[PERSON:Mr. Achebe-Lowry]]: We are unable to approve your request for a $40,000 term loan for Lowry Print & Sign. Principal reason(s): limited time in business; debt-to-income ratio. The credit score we used, 611, was provided by Equifax, P.O. Box 740241, Atlanta, GA 30374, 1-800-685-1111.""",
    # 22
    """Your quarterly statement for IBAN [[IBAN_CODE:GB98 BARC 0102 3457 1207 75]] (BIC BARCGB22) is ready, [[PERSON:Eilidh]]. It was downloaded on [[DATE_TIME:Sat 6 Apr 2024 21:07]] by [[USERNAME:eilidh_mcq]] from [[IP_ADDRESS:81.152.40.7]] using Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X).""",
    # 23
    """-- ticket DBA-3381: customer asked to correct her contact details
UPDATE customers
   SET email = '[[EMAIL_ADDRESS:fatima.zahra.benali@outlook.fr]]',
       phone = '[[PHONE_NUMBER:+44 7911 402 658]]',
       postcode = '[[ZIP_CODE:M14 5RG]]'
 WHERE customer_no = '[[ID_NUMBER:C-00418273]]'
   AND surname = '[[PERSON:Benali]]';""",
    # 24
    """Case notes (AML L1): Sender [[PERSON:Abdul Malek Sarkar]], [[NRP:Bangladeshi]] national, passport [[ID_NUMBER:BN0427719]], residing at [[ADDRESS:Building 18, Flat 204]], [[LOCATION:Al Nahda 2]], [[LOCATION:Dubai]], made 9 transfers between [[DATE_TIME:2 March]] and [[DATE_TIME:29 March 2024]] totalling AED 41,300 to three beneficiaries in [[LOCATION:Sylhet]] ([[PERSON:Nazmul Sarkar]], [[PERSON:Rehana Begum]], [[PERSON:Jalal Uddin]]). Employer letter from Al Futtaim Logistics confirms salary AED 3,200/month. Escalated to L2.""",
    # 25
    """{
  "order_id": "ORD-88120457",
  "buyer": {"name": "[[PERSON:Camille Desrosiers]]", "email": "[[EMAIL_ADDRESS:camdesro@videotron.ca]]", "phone": "[[PHONE_NUMBER:514-872-0391]]"},
  "billing": {"line1": "[[ADDRESS:4520 rue Saint-Denis, app. 3]]", "city": "[[LOCATION:Montréal]]", "prov": "[[LOCATION:QC]]", "postal": "[[ZIP_CODE:H2J 2L3]]"},
  "payment": {"card": "[[CREDIT_CARD:4311800866574022]]", "exp": "11/26", "cvc": "731"},
  "placed_at": "2024-05-21T14:33:10-04:00"
}""",
    # 26
    """Minutes - Umoja Women's Savings Group, [[LOCATION:Kisumu]] - meeting held [[DATE_TIME:Saturday 11 May 2024]]
Present: [[PERSON:Mary Atieno]] (chair), [[PERSON:Grace Adhiambo]] (treasurer), [[PERSON:Beatrice Auma]], [[PERSON:Lilian Akoth]], [[PERSON:Rose Anyango]].
1. Loan of KSh 20,000 to [[PERSON:Lilian]] approved; repayable over 6 months to the group M-Pesa till.
2. [[PERSON:Beatrice]] to repay KSh 3,500 arrears by [[DATE_TIME:25 May]].
3. Next meeting at [[PERSON:Grace]]'s home, [[ADDRESS:plot 17, Kanyakwar estate]].""",
    # 27
    """As a Senior Solutions Architect, [[PERSON:Ilse van Wijk]] recommends routing payroll through IBAN [[IBAN_CODE:NL21RABO5624092075]]. Please update her address to [[ADDRESS:Keizersgracht 318-II]], [[ZIP_CODE:1016 EZ]] [[LOCATION:Amsterdam]] and her BSN to [[ID_NUMBER:204739184]]; she was born [[DATE_TIME:1987-10-23]] and uses 2001:db8::/32 for the lab VLAN.""",
    # 28
    """LOAN AGREEMENT (Microenterprise) - No. CARD-2024-07781
The BORROWER, [[PERSON:Lorna Dimaculangan]], of legal age, [[NRP:Filipino]], with address at [[ADDRESS:Purok 3]], [[LOCATION:Brgy. San Isidro]], [[LOCATION:Batangas City]], with SSS No. [[ID_NUMBER:34-2218750-6]] and TIN [[ID_NUMBER:412-887-903-000]], acknowledges receipt of PHP 25,000.00 on [[DATE_TIME:June 3, 2024]], payable in 25 weekly installments of PHP 1,150.00 starting [[DATE_TIME:June 10, 2024]]. Co-maker: [[PERSON:Renato Dimaculangan]], husband.""",
    # 29
    """{"ts":"2024-06-11T09:02:17.441Z","level":"error","svc":"kyc-ocr","msg":"face match below threshold","subject":{"name":"[[PERSON:Oluwaseun Adebayo-Cole]]","nin":"[[ID_NUMBER:48392017654]]","dob":"[[DATE_TIME:1995-12-08]]"},"score":0.41,"client_ip":"[[IP_ADDRESS:105.112.64.230]]","trace":"a9f03c1e"}""",
    # 30
    """EMPLOYMENT CONTRACT - Schedule 1
Employee: [[PERSON:Sipho Ndlovu]]   ID No.: [[ID_NUMBER:8803145581087]]
Commencement date: [[DATE_TIME:1 August 2024]]
Position: Branch Teller (Grade B3), [[LOCATION:Soweto]] branch
Residential address: [[ADDRESS:2184 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]
Bank for salary: Capitec, account [[ID_NUMBER:1420087739]]
Income tax reference: [[ID_NUMBER:0481926357]]""",
    # 31
    """Nagad Customer Complaint Form
Naam: [[PERSON:Md. Shahidul Islam]]
Mobile: [[PHONE_NUMBER:01911-274683]]
Ovijog: [[DATE_TIME:3 June 2024 sondha 7:20]]-e ami [[PHONE_NUMBER:01611-508227]] number-e 2,500 taka send money korechilam, kintu taka [[PERSON:Sabina]]-r account-e jay ni. TrxID 71KQ9PZ3. Amar NID [[ID_NUMBER:4618203957]]. Thikana: gram [[LOCATION:Char Baria]], [[LOCATION:Barishal Sadar]], [[LOCATION:Barishal]].""",
    # 32
    """JazzCash Mobile Account - Shikayat
Account holder: [[PERSON:Naveed Akhtar Qureshi]]
CNIC: [[ID_NUMBER:42101-5583026-3]]
Mobile: [[PHONE_NUMBER:0301 2278419]]
Tafseel: [[DATE_TIME:9 May raat 11:45 baje]] mere account se Rs 18,000 kisi aur number [[PHONE_NUMBER:0345 7720183]] par transfer hue jo maine nahi kiye. Maine OTP kisi ko nahi diya. Ghar ka pata: [[ADDRESS:House R-214, Block 15]], [[LOCATION:Gulistan-e-Jauhar]], [[LOCATION:Karachi]].""",
    # 33
    """# .env.local (do not commit)
DB_URL=postgres://app:S3cure!pw@db.internal:5432/lendr
SUPPORT_CONTACT_NAME=[[PERSON:Teresa Okafor]]
SUPPORT_CONTACT_PHONE=[[PHONE_NUMBER:+1 (646) 555-0187]]
ONCALL_EMAIL=[[EMAIL_ADDRESS:teresa.okafor@lendr.io]]
TEST_CARD=[[CREDIT_CARD:4001226991760424]]
FEATURE_FLAGS=instant_payout,sme_v2""",
    # 34
    """Reminder for [[PERSON:Thi Bich Ngoc Tran]] (she/her), Chief Usability Executive: your vehicle [[ID_NUMBER:WX22 LOP]] must be moved from bay 14 before [[DATE_TIME:08/07/2024 06:00]]. Contact Facilities or message [[USERNAME:ngoc.tran.ux]] on Teams.""",
    # 35
    """NOTICE OF DEFAULT AND DEMAND FOR PAYMENT
To: [[PERSON:Ifeoma Chukwuemeka-Reyes]], Guarantor
[[ADDRESS:3304 Bellaire Blvd, Suite 110]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77025]]
Borrower: Reyes Family Bakery LLC, Loan No. [[ID_NUMBER:0071-448213-09]]
You are hereby notified that the installment due [[DATE_TIME:May 1, 2024]] remains unpaid. The full balance of $62,418.77 must be paid within 10 days. Guarantor DL: [[US_DRIVER_LICENSE:31847720]] ([[LOCATION:TX]]).""",
    # 36
    """Could you send the onboarding pack to [[PERSON:Ruairí]] in [[LOCATION:County Galway]]? Post to [[ADDRESS:The Old Forge]], [[LOCATION:Ballinahown]], [[ZIP_CODE:H91 E2K8]]; his driving licence number is [[ID_NUMBER:120447813]]. Card on file [[CREDIT_CARD:4639 2116 5723 2207]], expires 02/28.""",
    # 37
    """<Patient>
  <Identifier system="NHS">[[ID_NUMBER:759 459 0945]]</Identifier>
  <Name><Given>[[PERSON:Precious]]</Given><Family>[[PERSON:Adeyemi-Clarke]]</Family></Name>
  <BirthDate>[[DATE_TIME:2001-07-16]]</BirthDate>
  <Telecom use="mobile">[[PHONE_NUMBER:07418 226 905]]</Telecom>
  <Address><Line>[[ADDRESS:22 Holloway Crescent]]</Line><City>[[LOCATION:Leicester]]</City><PostalCode>[[ZIP_CODE:LE3 9FT]]</PostalCode></Address>
  <GP practice="C82044"/>
</Patient>""",
    # 38
    """POST /api/v2/transfers -> 201 Created
{
  "sender": {"name": "[[PERSON:Carlos Eduardo Villalobos]]", "phone": "[[PHONE_NUMBER:+1 713 555 0148]]", "ssn_last4": "4471", "address": "[[ADDRESS:6120 Gulfton St Apt 318]], [[LOCATION:Houston]] [[LOCATION:TX]] [[ZIP_CODE:77081]]"},
  "recipient": {"name": "[[PERSON:Yesenia Villalobos Cruz]]", "phone": "[[PHONE_NUMBER:+503 7721 4408]]", "payout": "cash_pickup", "city": "[[LOCATION:San Miguel]]"},
  "send_amount": 300.00, "fx": 1.0, "fee": 3.99
}""",
    # 39
    """ঋণ চুক্তিপত্র (ক্ষুদ্রঋণ)
সদস্যের নাম: [[PERSON:শাহনাজ পারভীন]]
স্বামীর নাম: [[PERSON:আব্দুল হালিম]]
সদস্য নং: [[ID_NUMBER:১১৪-০৩৮৭]]
গ্রাম: [[LOCATION:চরপাড়া]], উপজেলা: [[LOCATION:ঈশ্বরদী]], জেলা: [[LOCATION:পাবনা]]
জাতীয় পরিচয়পত্র নং: [[ID_NUMBER:৬৯১২০৪৮৩৭৫]]
মোবাইল: [[PHONE_NUMBER:০১৭৪০-২২৮৯১৫]]
ঋণ বিতরণের তারিখ: [[DATE_TIME:০৫ মার্চ ২০২৪]]
ঋণের পরিমাণ: ৪০,০০০ টাকা, সাপ্তাহিক কিস্তি ৯২০ টাকা""",
    # 40
    """ہوم ریمیٹنس رسید
بھیجنے والا: [[PERSON:طارق محمود]]، [[LOCATION:ریاض]]، [[LOCATION:سعودی عرب]]
اقامہ نمبر: [[ID_NUMBER:2451887307]]
وصول کنندہ: [[PERSON:نسرین اختر]]
شناختی کارڈ: [[ID_NUMBER:34101-6629014-2]]
موبائل: [[PHONE_NUMBER:0321-6604127]]
شہر: [[LOCATION:گوجرانوالہ]]
رقم: 1,250 ریال
ٹرانزیکشن نمبر: HR-88201947""",
    # 41
    """[[PERSON:Kalinda Whitehorse]] - Student ID [[ID_NUMBER:S2290417]] - has been granted the Ngarra bursary. Payment to BSB 062-914, account [[ID_NUMBER:10482771]]. Contact: [[EMAIL_ADDRESS:kwhitehorse@students.cdu.edu.au]], [[PHONE_NUMBER:0412 774 093]].""",
    # 42
    """mutation {
  createBorrower(input: {
    firstName: "[[PERSON:Akosua]]"
    lastName: "[[PERSON:Frimpong]]"
    momoNumber: "[[PHONE_NUMBER:0244 81 3302]]"
    ghanaCard: "[[ID_NUMBER:GHA-004829163-7]]"
    businessType: "chop bar"
    gpsAddress: "[[ADDRESS:AK-485-9921]]"
  }) { id status }
}""",
    # 43
    """Rx - [[PERSON:Dr. Meenakshi Iyer]], MBBS MD (Reg. No. [[ID_NUMBER:TNMC 88214]])
Patient: [[PERSON:Mr. Arumugam Selvaraj]], [[AGE:67]] y/M
Date: [[DATE_TIME:12.06.2024]]
1. Tab. Metformin 500 mg 1-0-1 x 30 days
2. Tab. Amlodipine 5 mg 0-0-1 x 30 days
Review after one month. Patient ph.: [[PHONE_NUMBER:94441 20837]]""",
    # 44
    """Transaction alert: [[PERSON:Yusuf Demirci]], [[CREDIT_CARD:5422 5335 0553 5905]] charged ₺2.349,90 at 19:04. Funds will be debited from [[IBAN_CODE:TR24 3187 7083 7520 8717 0361 69]]. Not you? Your last login was [[DATE_TIME:12.05.2024 08:51]] from [[IP_ADDRESS:88.241.17.66]].""",
    # 45
    """Subject: Chargeback dispute - need docs
Customer: [[PERSON:Pilar Echeverría Goñi]]
Account email: [[EMAIL_ADDRESS:pilar.echeverria@proton.me]]
Card: Visa ending 0856
Dispute opened: [[DATE_TIME:2024-05-30]]
Merchant: Skyline Tours S.L.
Notes: Customer says she cancelled on [[DATE_TIME:May 2]] by phone from [[PHONE_NUMBER:+34 612 48 90 37]]; agent [[PERSON:Hollis]] to request the cancellation email.""",
    # 46
    """Field visit report - Loan officer [[PERSON:Esther Nakato]], [[LOCATION:Mbale]] branch
Client: [[PERSON:Agnes Namutebi]] (client no. [[ID_NUMBER:MBL-2291]]), tailoring business at [[ADDRESS:Plot 9, Republic Street]], [[LOCATION:Mbale]].
Visit date: [[DATE_TIME:Tue 21 May 2024]]. Client has 2 sewing machines, 1 apprentice. Repaid 7 of 12 installments on time; last payment UGX 85,000 via MTN MoMo from [[PHONE_NUMBER:0772 418 905]]. National ID: [[ID_NUMBER:CF85034102XKLA]].
Recommendation: top-up loan UGX 1,500,000.""",
    # 47
    """Hi [[PERSON:Jovan]], the Principal Paradigm Engineer role in [[LOCATION:Novi Sad]] needs your signed NDA by [[DATE_TIME:24th of June]]. Payroll asked for your address: still [[ADDRESS:Bulevar oslobođenja 46, stan 12]]? Your old phone [[PHONE_NUMBER:+381 63 118 4027]] bounced, and the Visa [[CREDIT_CARD:4957 4618 7608 6595]] on your travel profile expired.""",
    # 48
    """[INC-55012] Account lockout
Opened by: helpdesk bot
User: [[USERNAME:mkowalczyk]] ([[PERSON:Magdalena Kowalczyk]], Finance)
Failed logins: 6 between 08:02 and 08:09 from [[IP_ADDRESS:2001:db8:4c1:20::7e]]
Last successful login: [[DATE_TIME:2024-06-10 17:55 CEST]]
Action: unlock after callback to [[PHONE_NUMBER:+48 601 223 874]] (number on HR file).""",
    # 49
    """Customer due diligence - enhanced
Name: [[PERSON:Shazia Nawaz]]   DOB: [[DATE_TIME:02/09/1975]]   Nationality: [[NRP:British]] / [[NRP:Pakistani]]
Address: [[ADDRESS:19 Cranbrook Street]], [[LOCATION:Bradford]], [[ZIP_CODE:BD5 0HJ]]
ID: UK passport [[ID_NUMBER:533910472]], exp. 2031
NI number: [[ID_NUMBER:NP 27 61 45 B]]
Source of funds: salary (NHS pharmacy technician) + rental income
Beneficiary: [[PERSON:Muhammad Nawaz]] (father), [[LOCATION:Mirpur]], [[LOCATION:AJK]] - HBL account [[IBAN_CODE:PK12 HABB 7275 8278 9061 0172]]""",
    # 50
    """Our Future Marketing Officer, [[PERSON:Leilani Kahananui]], moved to [[ADDRESS:94-1020 Waipahu St, Apt 5C]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]]. Update the HR portal (user [[USERNAME:lkahananui]]) and re-issue her Amex [[CREDIT_CARD:3781 534863 74987]] to the new address.""",
    # 51
    """BENEFICIARY DESIGNATION CHANGE
Insured: [[PERSON:Rahul Venkataraman]], born [[DATE_TIME:September 9, 1981]], SSN [[US_SSN:287-61-4430]]
Policy: WL-7720194 (whole life)
Primary beneficiary: [[PERSON:Kavya Venkataraman]] (spouse), 100%
Contingent: [[PERSON:Arjun Venkataraman]] (son, DOB [[DATE_TIME:04/15/2012]])
Signed at [[LOCATION:Edison]], [[LOCATION:NJ]] on [[DATE_TIME:5/28/2024]]""",
    # 52
    """From: [[EMAIL_ADDRESS:yaw.boateng1988@yahoo.com]]
To: customercare@mtn.com.gh
Subject: Wrong transfer - please reverse
I sent GH₵ 1,200 to [[PHONE_NUMBER:024 551 8830]] instead of [[PHONE_NUMBER:024 515 8830]] on [[DATE_TIME:Friday 7 June at about 2pm]]. Transaction ID 3847712950. The wrong recipient's name showed as [[PERSON:Abena Osei]]. My name is [[PERSON:Yaw Boateng]], Ghana Card [[ID_NUMBER:GHA-712438905-1]].""",
    # 53
    """const applicants = [
  { name: '[[PERSON:Hina Siddiqui]]', phone: '[[PHONE_NUMBER:+92-321-4409182]]', cnic: '[[ID_NUMBER:35201-9904471-6]]', requested: 150000 },
  { name: '[[PERSON:Bilal Ahmed Rana]]', phone: '[[PHONE_NUMBER:+92-300-8120564]]', cnic: '[[ID_NUMBER:35202-1187230-1]]', requested: 400000 },
];
export default applicants;""",
    # 54
    """IN THE COUNTY COURT AT CENTRAL LONDON - Claim No. K3QZ41A7
Between [[PERSON:Lindiwe Mahlangu]] (Claimant) and [[PERSON:Gareth Pryce-Jones]] (Defendant)
NOTICE OF HEARING: the claim will be heard on [[DATE_TIME:Wednesday 17 July 2024 at 10:00]] at Thomas More Building, Royal Courts of Justice, Strand, London WC2A 2LL. The Defendant's address for service is [[ADDRESS:7 Mercers Mews]], [[LOCATION:London]] [[ZIP_CODE:N19 4PJ]].""",
    # 55
    """[[PERSON:Mx. Rowan Tiernan-Oduya]], your interview for the Dynamic Accounts Liaison vacancy is on [[DATE_TIME:2024-07-02 at 11:15]]. Parking permit for [[ID_NUMBER:LR71 FGV]] attached; the gate PIN is 4471. Bring your passport or BRP.""",
    # 56
    """Business Current Account - Statement
Account holder: [[PERSON:Oluwakemi Fashola]] t/a Kemi's Kitchen
Sort code 19-49-97   Account no. [[ID_NUMBER:16900958]]
IBAN [[IBAN_CODE:GB33 HBUK 1949 9716 9009 58]]
03 Jun  Card payment Booker Wholesale        -412.60
04 Jun  Transfer from [[PERSON:A Fashola]]             +1,500.00
05 Jun  Loan repayment FUNDING CIRCLE         -287.14""",
    # 57
    """### Data export for subject access request DSAR-0931
profile:
  display_name: "[[PERSON:Siobhán Ní Bhriain]]"
  username: [[USERNAME:siobhan_nb]]
  email: [[EMAIL_ADDRESS:siobhan.nibhriain@eircom.net]]
  date_of_birth: "[[DATE_TIME:1984-02-29]]"
  phone: "[[PHONE_NUMBER:+353 87 662 1048]]"
  signup_ip: [[IP_ADDRESS:86.44.118.202]]
  created: "[[DATE_TIME:2016-10-03T20:14:55Z]]"
  profile_url: [[URL:https://www.strava.com/athletes/40812277]]
devices:
  - model: Pixel 7
    imei: 356938035643809""",
    # 58
    """Dear [[PERSON:Mrs. Gwendolyn Abernethy]],
We confirm your State Pension will start on [[DATE_TIME:19 September 2024]], when you will be [[AGE:66]]. Payments of £221.20 a week will go to your account ending 7731. Your National Insurance number [[ID_NUMBER:JK 48 21 09 C]] is shown for reference only. If you move from [[ADDRESS:4 Tay Terrace]], [[LOCATION:Dundee]] [[ZIP_CODE:DD2 1LS]], tell us.
Yours sincerely, The Pension Service""",
    # 59
    """Dispatch note: courier [[PERSON:Mehmet Yıldız]] will collect the returned router (MAC 00:1A:2B:9F:44:7C, S/N RT8820-5531) from [[ADDRESS:Flat 2B, 161 Green Lanes]], [[LOCATION:Harringay]], [[ZIP_CODE:N4 1HF]] on [[DATE_TIME:Mon 15/07 between 08:00-12:00]]. Customer: [[PERSON:Eleni Kyriakou]], [[PHONE_NUMBER:020 8340 7719]].""",
    # 60
    """Western Union Money Transfer - Receive Form (agent copy)
Receiver: [[PERSON:Guadalupe Ramírez Soto]]
ID type: INE   ID no.: [[ID_NUMBER:RMSTGD82041509M400]]
Expected amount: MXN 5,180.00   MTCN: 882 091 4471
Sender: [[PERSON:Efraín Ramírez]], [[LOCATION:Yakima]], [[LOCATION:WA]]
Receiver phone: [[PHONE_NUMBER:+52 951 148 2037]]   City: [[LOCATION:Oaxaca de Juárez]]
Paid: 06/05/2024 12:41""",
    # 61
    """SELECT c.full_name, c.email, l.loan_no, l.balance
FROM clients c JOIN loans l ON l.client_id = c.id
WHERE c.email = '[[EMAIL_ADDRESS:manoj.thapa.np@gmail.com]]'
   OR c.phone = '[[PHONE_NUMBER:+977 984-1227093]]';
-- result: [[PERSON:Manoj Bahadur Thapa]] | [[EMAIL_ADDRESS:manoj.thapa.np@gmail.com]] | [[ID_NUMBER:SBL/KTM/2023/0418]] | 182,440.00""",
    # 62
    """[[PERSON:Ahanu]] asked whether his [[AGE:17]]-year-old daughter [[PERSON:Tala]] can open a teen account. Her SIN is [[ID_NUMBER:649 562 949]] and they live at [[ADDRESS:RR 2, Box 41]], [[LOCATION:Hagersville]], [[LOCATION:ON]] [[ZIP_CODE:N0A 1H0]].""",
    # 63
    """ASSET FINANCE AGREEMENT - Motorcycle (Boda Boda)
Hirer: [[PERSON:Ssemakula Ronald]]  NIN [[ID_NUMBER:CM9102310XRT4E]]
Phone (MoMo): [[PHONE_NUMBER:+256 701 882 417]]
Stage: [[LOCATION:Kireka]] stage, [[LOCATION:Wakiso]]
Asset: Bajaj Boxer 150, chassis MD2A21BZ4PWK08812, reg. [[ID_NUMBER:UFH 418Q]]
Deposit UGX 800,000; daily repayment UGX 15,000 from [[DATE_TIME:3 June 2024]].
Guarantor: [[PERSON:Nakimuli Sarah]], [[PHONE_NUMBER:0752 310 946]]""",
    # 64
    """{"event": "member.updated", "by": "system", "member": {"id": "[[ID_NUMBER:M-203948]]", "first": "[[PERSON:Keala]]", "last": "[[PERSON:Nakamura-Pérez]]", "addr": {"street": "[[ADDRESS:2750 Kalākaua Ave #1204]]", "city": "[[LOCATION:Honolulu]]", "zip": "[[ZIP_CODE:96815]]"}, "prefs": {"sms": true, "lang": "en"}, "mobile": "[[PHONE_NUMBER:808-291-4470]]"}}""",
    # 65
    """LABORATORY REPORT
Patient: [[PERSON:KHAN, Ayesha]]   Sex: F   DOB: [[DATE_TIME:1990-06-21]]   Lab No: 24-118230
Hospital No: [[ID_NUMBER:H4410928]]   NHS No: [[ID_NUMBER:496 266 5421]]
Requesting clinician: [[PERSON:Dr. O. Mensah]]   Location: Ward 7B
Collected: [[DATE_TIME:10/06/2024 07:45]]   Reported: 10/06/2024 13:02
HbA1c 41 mmol/mol (ref 20-41)""",
    # 66
    """Self-Help Group Loan Sanction - Jan Shakti SHG, village [[LOCATION:Kothapalli]], [[LOCATION:Warangal]] district
Sanctioned on [[DATE_TIME:14/05/2024]]: ₹3,00,000 to the group through SB account [[ID_NUMBER:37281044519]] (IFSC SBIN0020417).
Members: [[PERSON:Lakshmi Bai]] (leader, Aadhaar [[ID_NUMBER:7453 4954 2552]]), [[PERSON:Saroja Gundeti]], [[PERSON:Padma Rani]], [[PERSON:Yadamma Boddu]].
Animator: [[PERSON:K. Swarupa]], ph. [[PHONE_NUMBER:94905 61823]]""",
    # 67
    """Please reset the 2FA for [[USERNAME:dr_pavlova]] ([[PERSON:Dr. Anastasia Pavlova]], Regional Integration Coordinator). She's working from [[LOCATION:Tbilisi]] this month; new number [[PHONE_NUMBER:+995 599 41 28 07]], backup email [[EMAIL_ADDRESS:a.pavlova.md@gmail.com]]. Current session IP: [[IP_ADDRESS:188.129.204.51]].""",
    # 68
    """[[IP_ADDRESS:73.162.88.14]] - - [11/Jun/2024:22:10:41 +0000] "GET /reset?email=[[EMAIL_ADDRESS:deshawn.mitchell77@gmail.com]]&token=9f2c HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
[[IP_ADDRESS:73.162.88.14]] - - [11/Jun/2024:22:10:44 +0000] "POST /reset HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
[[IP_ADDRESS:73.162.88.14]] - - [11/Jun/2024:22:10:52 +0000] "GET /login HTTP/1.1" 200 3121 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" rt=0.012""",
    # 69
    """Application summary: [[PERSON:Fatuma Hassan Abdi]] ([[AGE:38]]), sole proprietor of Fatuma General Stores in [[LOCATION:Eastleigh]], [[LOCATION:Nairobi]], requests a KES 600,000 working-capital loan to stock up ahead of Eid. KRA PIN [[ID_NUMBER:A009184726M]]; ID [[ID_NUMBER:27719304]]; M-Pesa till 552190 (business). Average monthly M-Pesa inflow KES 1.1m over 12 months. Guarantor: her brother [[PERSON:Abdirahman Hassan]], [[PHONE_NUMBER:0733 902 114]].""",
    # 70
    """نوٹس برائے ادائیگی
[[TITLE:محترم]] [[PERSON:شاہد حسین]] [[TITLE:صاحب]]،
آپ کے قرض اکاؤنٹ نمبر [[ID_NUMBER:0471-220938-01]] کی قسط جو [[DATE_TIME:10 مئی 2024]] کو واجب الادا تھی، ابھی تک ادا نہیں ہوئی۔ براہ کرم 15 دن کے اندر 12,500 روپے جمع کروائیں۔ مزید معلومات کے لیے برانچ منیجر [[PERSON:عامر سلیم]] سے برانچ کے نمبر 042-35718420 پر رابطہ کریں۔
ریکارڈ میں آپ کا پتہ: [[ADDRESS:دکان نمبر 14، مین بازار]]، [[LOCATION:کامونکی]]""",
    # 71
    """Stop payment? No - [[PERSON:Bartholomew]] wants the Discover card [[CREDIT_CARD:6011 1635 1830 0264]] closed and the balance moved. Verify with his DOB ([[DATE_TIME:1963/10/05]]) and ZIP ([[ZIP_CODE:43215-2207]]); his security answer is 'Brookhaven' (first school, do not store).""",
    # 72
    """STUDENT ENROLMENT FORM 2024/25
Pupil: [[PERSON:Zara Malik-Okoye]]  DOB: [[DATE_TIME:22 Nov 2015]]  Year group: 4
UPN: [[ID_NUMBER:V801200024117]]
Parent/carer 1: [[PERSON:Hassan Malik]], [[PHONE_NUMBER:07393 118 260]], [[EMAIL_ADDRESS:h.malik@btinternet.com]]
Parent/carer 2: [[PERSON:Chiamaka Okoye]], [[PHONE_NUMBER:07581 402 773]]
Home address: [[ADDRESS:61 Beechwood Avenue]], [[LOCATION:Coventry]] [[ZIP_CODE:CV5 6FQ]]
Religion: [[NRP:Muslim]]   Dietary: halal""",
    # 73
    """Return-Path: <[[EMAIL_ADDRESS:kofi.adjei.gh@gmail.com]]>
Received: from kofi-pc ([[IP_ADDRESS:154.160.4.92]]) by mx.example.net
From: "[[PERSON:Kofi Adjei]]" <[[EMAIL_ADDRESS:kofi.adjei.gh@gmail.com]]>
To: loans@sikafund.com.gh
Date: [[DATE_TIME:Tue, 4 Jun 2024 09:21:36 +0000]]
Subject: Re: your SME loan offer SF-LN-5518
Hi, I accept the offer. My business reg. no. is BN001847261 and my Ghana Card is [[ID_NUMBER:GHA-720013884-4]]. - [[PERSON:Kofi]]""",
    # 74
    """Account [[ID_NUMBER:80417762]] belonging to [[PERSON:Chen Wei-Ling]] (she prefers '[[PERSON:Wendy]]') was frozen after logins from [[IP_ADDRESS:203.118.45.7]] and [[IP_ADDRESS:45.12.88.190]] within 4 minutes. Home branch: [[LOCATION:Jurong East]]. NRIC on file [[ID_NUMBER:S5006603G]].""",
    # 75
    """I, [[PERSON:Mateo Fernández-Olsen]], authorise Keystone Lettings to obtain a credit report. Previous addresses (last 3 years): [[ADDRESS:12B Carrington Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G4 9AJ]] (moved out [[DATE_TIME:30/09/2022]]); [[ADDRESS:Room 4, 88 Great Western Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 8AB]]. Date of birth [[DATE_TIME:17-03-1996]]. Signed [[PERSON:M. Fernández-Olsen]], [[DATE_TIME:2 July 2024]].""",
    # 76
    """Remitly - Transfer receipt (customer copy)
Sent by: [[PERSON:Dil Bahadur Gurung]], [[ADDRESS:Building 22, Street 980]], [[LOCATION:Al Wakrah]], [[LOCATION:Qatar]]
QID: [[ID_NUMBER:28852401973]]
To: [[PERSON:Sita Gurung]] - bank deposit, Nabil Bank account [[ID_NUMBER:0101017509318]], [[LOCATION:Pokhara]]
You sent QAR 1,000.00 - Fee QAR 0.00 - They receive NPR 36,612.40
Reference R2024-6645-1170""",
    # 77
    """payload = {
    "username": "[[USERNAME:gomez.ana]]",
    "password": "Primavera#2024",
    "recovery_phone": "[[PHONE_NUMBER:+1-305-555-0199]]",
    "dob": "[[DATE_TIME:07-11-1989]]",
    "ssn": "[[US_SSN:603-18-7752]]",
}
requests.post(API + "/enroll", json=payload, timeout=10)""",
    # 78
    """REPAYMENT RESCHEDULE CONFIRMATION
Client: [[PERSON:Adwoa Serwaa Mensah]] | Client ID [[ID_NUMBER:KSI-004418]] | Group: Abrantie Traders
Original maturity: [[DATE_TIME:30 April 2024]] | New maturity: [[DATE_TIME:31 July 2024]]
Outstanding: GH₵ 2,940.00 | Weekly installment: GH₵ 245.00
Repay via MoMo to merchant ID 448120 from your number [[PHONE_NUMBER:0209 448 615]].
Officer: [[PERSON:Kojo Amankwah]], [[LOCATION:Kumasi]] ([[LOCATION:Adum]]) branch""",
    # 79
    """[[PERSON:Winifred Ashdown-Kaur]], our Lead Factors Strategist, has relocated: [[ADDRESS:Unit 9, Kestrel Court, 3 Mill Lane]], [[LOCATION:Tonbridge]], [[LOCATION:Kent]] [[ZIP_CODE:TN9 1PP]]. She is [[AGE:44]], female, and her IBAN is [[IBAN_CODE:GB52LOYD34067223094764]].""",
    # 80
    """<soapenv:Body>
  <tok:TokenizeRequest>
    <tok:Pan>[[CREDIT_CARD:3528573896375162]]</tok:Pan>
    <tok:Expiry>0927</tok:Expiry>
    <tok:CardholderName>[[PERSON:HIROSHI TANAKA-BROOKS]]</tok:CardholderName>
    <tok:BillingZip>[[ZIP_CODE:98109]]</tok:BillingZip>
  </tok:TokenizeRequest>
</soapenv:Body>""",
    # 81
    """প্রবাসী আয় প্রাপ্তির প্রত্যয়নপত্র
এই মর্মে প্রত্যয়ন করা যাচ্ছে যে, [[PERSON:মোঃ জাহাঙ্গীর আলম]], পিতা: মৃত [[PERSON:আব্দুল মান্নান]], গ্রাম: [[LOCATION:নয়াপাড়া]], ডাকঘর: [[LOCATION:বিশ্বনাথ]] - [[ZIP_CODE:৩১৩০]], জেলা: [[LOCATION:সিলেট]], তাঁর ছেলে [[PERSON:মোঃ রাকিব হাসান]] ([[LOCATION:ইতালি]] প্রবাসী) কর্তৃক প্রেরিত ৮,৫০,০০০ টাকা আমাদের শাখার সঞ্চয়ী হিসাব নং [[ID_NUMBER:০২০৩১০১০০৪৪৮১৭]]-এ জমা হয়েছে। হিসাবধারীর জাতীয় পরিচয়পত্র নং [[ID_NUMBER:১৯৬৮৯১১৪৭২৫০৩৬৬৮১]]।""",
    # 82
    """New sign-in to [[USERNAME:tomasz.wrobel_91]] from Chrome 124 on Windows (Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.0.0) at [[IP_ADDRESS:31.0.122.77]], [[LOCATION:Gdańsk]], [[LOCATION:Poland]], on [[DATE_TIME:June 9, 2024 7:42 PM]]. If this wasn't you, [[PERSON:Tomasz]], secure your account.""",
    # 83
    """PRIVATE & CONFIDENTIAL
[[DATE_TIME:28 June 2024]]
[[PERSON:Ms. Priyanka Raman]]
[[ADDRESS:17/3 Kensington Road]], [[LOCATION:Rose Park]] [[LOCATION:SA]] [[ZIP_CODE:5067]]
Dear [[PERSON:Priyanka]],
Following our meeting on [[DATE_TIME:Tuesday 25 June]], this letter confirms your redundancy effective [[DATE_TIME:12 July 2024]]. Your final pay, including 9 weeks' severance, will be paid to your nominated account (BSB 035-001, account [[ID_NUMBER:418822]]) and will appear on your income statement under TFN [[ID_NUMBER:459 817 622]].""",
    # 84
    """=== Web form submission #58213 ===
first_name: [[PERSON:Olamide]]
last_name: [[PERSON:Ogunleye]]
email: [[EMAIL_ADDRESS:olamide.ogunleye@hotmail.co.uk]]
phone: [[PHONE_NUMBER:+44 (0)161 496 0735]]
account_no: [[ID_NUMBER:0048821930]]
topic: Remittance not received
message: Sent £450 to my mum [[PERSON:Folake Ogunleye]] in [[LOCATION:Ibadan]] on [[DATE_TIME:the 3rd]], she still hasn't got it. Her account is GTBank [[ID_NUMBER:0123884491]].
consent_marketing: no
submitted_from: [[IP_ADDRESS:82.132.219.40]]""",
    # 85
    """Verification call notes: caller gave name [[PERSON:Rangi Te Whata]], DOB [[DATE_TIME:5th May 1979]], address [[ADDRESS:33 Kahikatea Drive]], [[LOCATION:Hamilton]] [[ZIP_CODE:3206]], IRD [[ID_NUMBER:049-182-732]]; passed 2 of 3 questions. Card [[CREDIT_CARD:4947 9404 7342 1597]] reissued, ETA 5 working days.""",
]

GEN = [
    # 1
    """[[PERSON:Nasrin Sultana]] took her first loan of 15,000 taka from the branch in [[LOCATION:Tangail]] in [[DATE_TIME:March 2019]] to buy two goats; by the time she turned [[AGE:41]] she was running a small dairy with six cows.""",
    # 2
    """i sent 200 dollars to my cousin [[PERSON:abdi]] through WorldRemit last night but it's still pending, his number is [[PHONE_NUMBER:+252 61 554 2087]] in [[LOCATION:mogadishu]] can someone check""",
    # 3
    """The loan officer, [[PERSON:Rukhsana Bibi]], visited [[PERSON:Zainab]]'s tailoring shop on [[DATE_TIME:12 January]] and noted that her sales had doubled since the first loan cycle.""",
    # 4
    """Please update my M-Pesa registered name; it still says [[PERSON:Pauline Wambui]] but after the wedding it should read [[PERSON:Pauline Wambui Karanja]]. My ID number is [[ID_NUMBER:30184472]] and the line is [[PHONE_NUMBER:0729 115 804]].""",
    # 5
    """Born on [[DATE_TIME:4 July 1990]] in [[LOCATION:Cebu]], [[PERSON:Jerome Villanueva]] has been sending part of his seafarer's wages home through GCash to his mother at [[PHONE_NUMBER:0918 447 2093]] for nearly a decade.""",
    # 6
    """Hi, this is [[PERSON:Olga Petrenko]] in [[ADDRESS:Flat 14, 2 Rowan Close]], [[LOCATION:Leeds]] - the boiler's been out since [[DATE_TIME:Sunday the 9th]] and the letting agent won't pick up.""",
    # 7
    """Our new client [[PERSON:Amara Diallo]], [[AGE:29]], runs a hair salon in [[LOCATION:Brixton]] and wants a £10,000 start-up loan; her business account is [[ID_NUMBER:41198027]] with sort code 60-83-71.""",
    # 8
    """[[TITLE:dr.]] [[PERSON:kwame asante]] told me to pay the consultation fee by MoMo to his personal number [[PHONE_NUMBER:055 318 4471]] since the clinic's card terminal is down.""",
    # 9
    """When [[PERSON:Faisal Al-Harbi]] applied for the SME financing on [[DATE_TIME:18/02/2024]], he gave his national ID as [[ID_NUMBER:1138409279]] and offered the equipment of his café in [[LOCATION:Al Olaya]], [[LOCATION:Riyadh]] as collateral.""",
    # 10
    """Can you confirm whether the payment from [[PERSON:Hemi Walker]]'s account, [[ID_NUMBER:12-3140-0218843-00]], reached [[PERSON:Aroha]]? She needs it before her appointment on [[DATE_TIME:Friday 14 June at 10:40]].""",
    # 11
    """My daughter [[PERSON:Ifeoluwa]] is [[AGE:16]] and wants to open a savings account at the branch on [[ADDRESS:45 Allen Avenue]], [[LOCATION:Ikeja]]; does she need her own NIN or can she use mine, [[ID_NUMBER:70318254196]]?""",
    # 12
    """Last Tuesday [[PERSON:Mr. Oyelaran]] called from [[PHONE_NUMBER:+234 809 112 7740]] to ask why his OPay wallet was debited twice for the same airtime purchase.""",
    # 13
    """Reach [[PERSON:Siddharth]] at [[EMAIL_ADDRESS:sid.menon@protonmail.com]] or on [[PHONE_NUMBER:+91-80-4127-9930]] if the tenancy paperwork for [[ADDRESS:No. 14, 3rd Cross]], [[LOCATION:Indiranagar 2nd Stage]] isn't signed by [[DATE_TIME:the 20th]].""",
    # 14
    """The grant committee approved [[PERSON:Thandiwe Mokoena]]'s application for R85,000 to expand her spaza shop in [[LOCATION:Tembisa]]; funds go out on [[DATE_TIME:15 July]] to her Capitec account [[ID_NUMBER:1512873304]].""",
    # 15
    """Sent from my iPhone - [[PERSON:Greg]]. P.S. new number is [[PHONE_NUMBER:0468 201 775]], the old one got cut off when I switched carriers.""",
    # 16
    """I'm [[AGE:72]], retired, and my grandson [[PERSON:Luca]] set up Wise for me so I can send money to my sister [[PERSON:Maria Grazia]] in [[LOCATION:Palermo]]; her IBAN starts IT60 but I've lost the rest of it.""",
    # 17
    """[[PERSON:Farhana Chowdhury]]'s bKash account [[PHONE_NUMBER:01715-330492]] was used to pay the school fees for both children on [[DATE_TIME:2 February]].""",
    # 18
    """Please ship the replacement card to [[PERSON:Ngaire Thompson]], [[ADDRESS:PO Box 4418]], [[LOCATION:Rotorua]] [[ZIP_CODE:3046]], not to her street address.""",
    # 19
    """Coach [[PERSON:Danny Okafor]] says the tournament forms for [[PERSON:Malik Jefferson]], born [[DATE_TIME:09/03/2013]], and [[PERSON:Ethan Ng]], born [[DATE_TIME:21/11/2012]], are still missing a parent's signature.""",
    # 20
    """We met [[PERSON:Baraka Mwangi]] at the [[LOCATION:Kariakoo]] market in [[LOCATION:Dar es Salaam]]; he started with a TSh 300,000 loan from a village bank and now moves phones worth ten times that every week. His M-Pesa number is [[PHONE_NUMBER:+255 754 219 880]].""",
    # 21
    """yo is this [[PERSON:jess]]'s new number?? [[PHONE_NUMBER:07912 004 318]] - she said to text her after the gig""",
    # 22
    """The pharmacy flagged a prescription for [[PERSON:Eamon Gallagher]] (DOB [[DATE_TIME:14-Feb-1958]], GMS number [[ID_NUMBER:B3318427]]) because the dose didn't match what his GP sent over.""",
    # 23
    """As of [[DATE_TIME:June 1]], [[TITLE:Professor]] [[PERSON:Halima Yusuf]] will chair the microfinance research group; her office is Room 3.14, but send post to [[ADDRESS:9 Ashgrove Terrace]], [[LOCATION:Belfast]] [[ZIP_CODE:BT7 1NN]].""",
    # 24
    """A customer called [[PERSON:Jun-ho Park]] disputes a charge on card [[CREDIT_CARD:5380 9276 0077 6747]]; he says he was in [[LOCATION:Busan]] on [[DATE_TIME:May 28]] and never visited the merchant in [[LOCATION:Toronto]].""",
    # 25
    """[[PERSON:Sana]], can you add [[PERSON:Imran]] to the committee WhatsApp? his number is [[PHONE_NUMBER:+44 7723 118 904]]""",
    # 26
    """Every month [[PERSON:Rosa Mendoza]] sends $250 from her paycheck in [[LOCATION:Riverside]], [[LOCATION:California]] to her parents in [[LOCATION:Tegucigalpa]]; the fees dropped after she switched providers in [[DATE_TIME:October 2023]].""",
    # 27
    """Your Tala loan of KSh 4,500 is due on [[DATE_TIME:Thursday 20 June]]. [[PERSON:Kevin]], repay via Paybill 851900 using your number [[PHONE_NUMBER:0714 903 226]] as the account.""",
    # 28
    """[[PERSON:Aiyana Redcloud]], [[AGE:34]], of [[LOCATION:Rapid City]], [[LOCATION:South Dakota]], was approved for a $12,000 microloan to buy a food truck; her SSN ending 4471 was verified on [[DATE_TIME:April 9]].""",
    # 29
    """The nurse rang [[TITLE:mrs.]] [[PERSON:o'leary]] at [[PHONE_NUMBER:086 214 7739]] to move her colonoscopy from [[DATE_TIME:the 3rd of July]] to [[DATE_TIME:Monday the 8th, 9:15am]].""",
    # 30
    """I, [[PERSON:Venkatesh Iyer]], residing at [[ADDRESS:Flat 302, Sai Residency, 12th Main Road]], [[LOCATION:Jayanagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560041]], declare that my Aadhaar number is [[ID_NUMBER:4144 8968 1440]] and my PAN is [[ID_NUMBER:AGFPI7730M]].""",
    # 31
    """[[PERSON:فاطمہ بی بی]] نے [[LOCATION:ملتان]] میں اخوت سے 50,000 روپے کا بلا سود قرض لے کر سلائی کا کام شروع کیا، اور ان کا موبائل نمبر [[PHONE_NUMBER:0306-7712940]] ہے۔""",
    # 32
    """میرے بھائی [[PERSON:عمران خالد]] نے [[LOCATION:دبئی]] سے [[DATE_TIME:25 مئی]] کو پیسے بھیجے تھے لیکن میرے ایزی پیسہ اکاؤنٹ [[PHONE_NUMBER:0345-2219087]] میں ابھی تک نہیں آئے۔""",
    # 33
    """Assalam o alaikum, mera naam [[PERSON:Sadia Rehman]] hai, meri umar [[AGE:27]] saal hai aur main [[LOCATION:Faisalabad]] mein boutique chalati hoon. Mujhe 1 lakh ka business loan chahiye, mera CNIC [[ID_NUMBER:33100-4471826-2]] hai.""",
    # 34
    """[[PERSON:রাশেদা বেগম]] (বয়স [[AGE:৩৫]]) [[LOCATION:কুড়িগ্রাম]] জেলার একজন সফল উদ্যোক্তা; এনজিও থেকে নেওয়া ঋণ দিয়ে তিনি হাঁস-মুরগির খামার শুরু করেন।""",
    # 35
    """আমার ভাই [[PERSON:সোহেল রানা]] [[LOCATION:মালয়েশিয়া]] থেকে [[DATE_TIME:১৫ জুন]] তারিখে রেমিট্যান্স পাঠিয়েছে, কিন্তু নগদ নম্বর [[PHONE_NUMBER:০১৮৮৪-৬২০৩১৭]]-এ এখনো টাকা আসেনি।""",
    # 36
    """Apa, [[PERSON:Mitu]]-r bKash number holo [[PHONE_NUMBER:01733 902 118]], oke 3000 taka pathiye diyo. Or dokan-er bhara dite hobe [[DATE_TIME:20 tarikh]]-er moddhe.""",
    # 37
    """Amar naam [[PERSON:Tanvir Ahmed]], boyosh [[AGE:31]], thaki [[ADDRESS:House 7, Road 12]], [[LOCATION:Mirpur 10]], [[LOCATION:Dhaka]]. Ami ekta choto garments business-er jonno SME loan chai.""",
    # 38
    """[[PERSON:Mr. Anders Lindqvist]] and [[PERSON:Mrs. Karin Lindqvist]] are booked into room 412 from [[DATE_TIME:12 August]] to [[DATE_TIME:15 August 2024]]; the deposit was taken on Amex [[CREDIT_CARD:3440 655219 02989]].""",
    # 39
    """Hey, it's [[PERSON:Marisol]] - the vet said Biscuit needs another rabies shot; can you book it under my name, [[PERSON:Marisol Ortega]], for [[DATE_TIME:Saturday morning, June 22]]? My client number is [[ID_NUMBER:VC-20913]].""",
    # 40
    """[[PERSON:Harold James Whitfield]], [[AGE:88]], of [[LOCATION:Dubbo]], passed away peacefully on [[DATE_TIME:3 June 2024]]. Beloved husband of the late [[PERSON:Joan]], father of [[PERSON:Peter]] and [[PERSON:Susan]].""",
    # 41
    """At parents' evening [[PERSON:Ms. Adeyinka]] told us that [[PERSON:Tobi]], who turns [[AGE:9]] next week, is top of the class in maths.""",
    # 42
    """[[PERSON:Rajesh Pillai]] reported that his car was stolen from outside [[ADDRESS:27 Mayfield Road]], [[LOCATION:Leicester]] overnight on [[DATE_TIME:5-6 May]]; registration [[ID_NUMBER:LF68 RZN]], policy MTP-5530118.""",
    # 43
    """If you're reading this, [[PERSON:Sophie]], your gym membership ([[ID_NUMBER:PG-441820]]) will be frozen from [[DATE_TIME:1 July]] until [[DATE_TIME:31 August]] as you asked.""",
    # 44
    """The courier tried to deliver to [[PERSON:Kieran Doyle]] at [[ADDRESS:Apartment 6, Block C, Griffith Wood]], [[LOCATION:Drumcondra]], [[LOCATION:Dublin]] [[ZIP_CODE:D09 W6Y4]] but nobody answered; rebook online or call the driver on [[PHONE_NUMBER:085 771 2046]].""",
    # 45
    """We welcome [[TITLE:Pastor]] [[PERSON:Emmanuel Ofori]] and his wife [[PERSON:Gifty]] to the [[LOCATION:Croydon]] [[NRP:Pentecostal]] congregation; their first Sunday with us is [[DATE_TIME:7 July]].""",
    # 46
    """The manifest lists [[PERSON:ADEBAYO/OLUWATOSIN]] [[TITLE:MS]] on BA 075 departing [[DATE_TIME:14JUN]], passport [[ID_NUMBER:A09871264]], seat 32K.""",
    # 47
    """my ex keeps logging into my insta ([[USERNAME:lena.b.rose]]) from [[IP_ADDRESS:92.40.187.12]] i think, how do i kick them out""",
    # 48
    """[[PERSON:Mohammed Al-Sayed]] was hired as warehouse supervisor on [[DATE_TIME:3rd March 2022]]; his employee number is [[ID_NUMBER:E-55218]] and his emergency contact is his wife [[PERSON:Rania]] on [[PHONE_NUMBER:+971 50 441 2286]].""",
    # 49
    """The Airbnb host, [[PERSON:Giulia]], asked us to text her on [[PHONE_NUMBER:+39 347 882 1904]] when we land in [[LOCATION:Bari]], so she can meet us at [[ADDRESS:Via Sparano 112]].""",
    # 50
    """The SIM swap on [[PERSON:Oluwadamilare]]'s line [[PHONE_NUMBER:0706 448 2301]] was done at a kiosk in [[LOCATION:Yaba]] on [[DATE_TIME:May 30 at 16:02]], without his consent, and his wallet was emptied within the hour.""",
    # 51
    """Grandma [[PERSON:Eun-ji]] turns [[AGE:90]] on [[DATE_TIME:the 14th of September]] and we're throwing a party at uncle [[PERSON:Min-soo]]'s place in [[LOCATION:Fort Lee]].""",
    # 52
    """For the background check we need [[PERSON:Trevor Blackwood]]'s SSN ([[US_SSN:402-77-1938]]), his driver's license ([[US_DRIVER_LICENSE:B402-7719-3382]], [[LOCATION:Illinois]]) and every address since 2019, starting with [[ADDRESS:1718 W Belmont Ave #2F]], [[LOCATION:Chicago]].""",
    # 53
    """[[PERSON:Catarina Sousa]]'s accountant filed her return using SIN [[ID_NUMBER:522 946 045]] on [[DATE_TIME:April 29]]; the refund will go to her account at the [[LOCATION:Mississauga]] branch.""",
    # 54
    """GG to [[USERNAME:xXNightOwlXx]] - and shout-out to [[PERSON:Callum]] (he's [[AGE:14]]!) for carrying us in the finals in [[LOCATION:Cardiff]].""",
    # 55
    """Return request: [[PERSON:Bongani Zulu]] wants to send back the fridge delivered to [[ADDRESS:15 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2196]]; he will be home on [[DATE_TIME:Wednesday 19 June after 3 pm]].""",
    # 56
    """[[PERSON:Kemi Adeyemi-Jones]] runs a catering business out of [[LOCATION:Peckham]] and took out a £25,000 Start Up Loan in [[DATE_TIME:January 2023]]; she repays £480 a month and hopes to hire her first employee by spring.""",
    # 57
    """Members of the [[LOCATION:Gulu]] savings group elected [[PERSON:Akello Florence]] as chairperson and [[PERSON:Okot Denis]] as box-keeper at their meeting on [[DATE_TIME:28 May]].""",
    # 58
    """Scammers called [[PERSON:Esther Wairimu]] pretending to be from Safaricom, and she ended up sending KSh 12,000 to [[PHONE_NUMBER:0790 233 118]] before her son [[PERSON:Brian]] stopped her.""",
    # 59
    """[[PERSON:Lwazi Dube]] in [[LOCATION:Johannesburg]] sends R1,500 to his mother in [[LOCATION:Bulawayo]] every month through Mukuru; she collects it with her ID [[ID_NUMBER:08-2274419 F 08]].""",
    # 60
    """The SBA lender still needs [[PERSON:Arturo Delgado]]'s ITIN, [[ID_NUMBER:912-78-4410]], and two years of tax returns before it can fund the $35,000 loan for his taco truck in [[LOCATION:San Antonio]].""",
    # 61
    """Dear customer, KES 50,000 loan disbursed to A/C [[ID_NUMBER:1190288431]] on [[DATE_TIME:07-06-2024]]. Ref FT24159XKQ2. Call 0711 087 000 for queries.""",
    # 62
    """[[PERSON:Nadia]]'s manager, [[PERSON:Colm Fitzgerald]], approved her parental leave from [[DATE_TIME:2 September 2024]] to [[DATE_TIME:28 February 2025]].""",
    # 63
    """Lender note: [[PERSON:Maria Fe Dacanay]], a [[AGE:52]]-year-old sari-sari store owner from [[LOCATION:Iloilo]], is raising PHP 30,000 to buy rice and canned goods in bulk before the rainy season.""",
    # 64
    """If [[PERSON:Chanda]] can't pay the rent in cash, his landlord [[PERSON:Mr. Banda]] takes Airtel Money on [[PHONE_NUMBER:0977 418 302]].""",
    # 65
    """After the fire at [[ADDRESS:31 Wellington Street]], [[LOCATION:Kingston]], [[PERSON:Desmond]] and [[PERSON:Marcia Clarke]] were given emergency housing; their claim handler is [[PERSON:Jodi-Ann]] at extension 2214.""",
    # 66
    """The [[NRP:Brazilian]] exchange student, [[PERSON:Thiago Nascimento]], arrives on [[DATE_TIME:August 18]] and will stay with the [[PERSON:Hendersons]] at [[ADDRESS:402 Maple Ridge Dr]], [[LOCATION:Boise]].""",
    # 67
    """follow my cooking page!! [[URL:https://www.instagram.com/chef.amaka.eats]] or DM me @[[USERNAME:chef.amaka.eats]] for small chops orders in [[LOCATION:Abuja]]""",
    # 68
    """The defendant, [[PERSON:Lorenzo Bianchi-Ward]], [[AGE:23]], of no fixed address, appeared at Southwark Crown Court on Monday and was remanded in custody until [[DATE_TIME:12 July]].""",
    # 69
    """Refill ready for [[PERSON:WONG, KA-YAN]] - pick up at the [[LOCATION:Markham]] store; we'll text [[PHONE_NUMBER:(905) 472-1189]] again if it's not collected in 7 days.""",
    # 70
    """Thank you, [[PERSON:Aisling]]! Your €50 donation by card ending 2207 has been received, and the receipt is on its way to [[EMAIL_ADDRESS:aisling.moran@gmail.com]].""",
    # 71
    """Ambulance to [[ADDRESS:88 Kirribilli Avenue]], [[LOCATION:Kirribilli]], for a [[AGE:67]]-year-old male, caller [[PERSON:Janet Croft]], callback [[PHONE_NUMBER:0402 118 733]].""",
    # 72
    """[[PERSON:Adaobi Eze]], a [[NRP:Nigerian]] national holding BRP [[ID_NUMBER:ZU8204417]], applied for Indefinite Leave to Remain on [[DATE_TIME:4 March 2024]] and is still waiting for a biometrics slot in [[LOCATION:Croydon]].""",
    # 73
    """Loan offer for [[PERSON:Hoang Van Minh]]: $18,000 at 11.4% over 36 months for his pho restaurant, sent to his home at [[ADDRESS:1120 S Jackson St]], [[LOCATION:Seattle]]; the offer expires [[DATE_TIME:June 30]].""",
    # 74
    """The loan officer, [[PERSON:Chikondi Phiri]], disbursed MK 250,000 to [[PERSON:Tiyamike Banda]] in [[LOCATION:Lilongwe]] on [[DATE_TIME:9 May 2024]] for her fish-trading business.""",
    # 75
    """Dear [[PERSON:Asha]], you have received TSh 45,000 from [[PERSON:JUMA SALIM]] [[PHONE_NUMBER:0689 442 190]]. New balance TSh 61,300. Ref QF71HS0923.""",
    # 76
    """I need to change the beneficiary on my remittance account from my late father [[PERSON:Anselmo Cruz]] to my brother [[PERSON:Joel Cruz]], whose GCash is [[PHONE_NUMBER:0927 551 0348]].""",
    # 77
    """hi its [[PERSON:priya]] from the [[LOCATION:hounslow]] branch, just confirming [[TITLE:mr]] [[PERSON:singh]]'s business loan review is moved to thurs at 11, pls ask him to bring 6 months of statements""",
    # 78
    """Offer accepted! [[PERSON:Benjamin]] and [[PERSON:Ruth Adler]] will close on [[DATE_TIME:August 2nd]] on [[ADDRESS:58 Orchard Hill Road]], [[LOCATION:Newton]], [[LOCATION:MA]] [[ZIP_CODE:02459]].""",
    # 79
    """Remote session for [[PERSON:Hamid Karimi]] approved; his laptop's public IP is [[IP_ADDRESS:5.160.42.118]] and he prefers callbacks on [[PHONE_NUMBER:+1 (778) 302-4417]] after 6pm Pacific.""",
    # 80
    """Newborn [[PERSON:Aaliyah Thompson-Reyes]], born [[DATE_TIME:June 2, 2024 at 04:17]] weighing 3.2 kg; mother [[PERSON:Destiny Thompson]], [[AGE:19]], MRN [[ID_NUMBER:00882715]].""",
]

TABLE = [
    # 1 CSV
    """client_id,name,village,loan_amt,cycle,mobile
[[ID_NUMBER:BR-10442]],[[PERSON:Sufia Khatun]],[[LOCATION:Gobindaganj]],30000,3,[[PHONE_NUMBER:01716-228430]]
[[ID_NUMBER:BR-10443]],[[PERSON:Morjina Begum]],[[LOCATION:Gobindaganj]],25000,2,[[PHONE_NUMBER:01921-504117]]
[[ID_NUMBER:BR-10451]],[[PERSON:Hosne Ara]],[[LOCATION:Palashbari]],40000,4,[[PHONE_NUMBER:01309-884215]]""",
    # 2 TSV
    """emp_no\tfirst\tlast\tdept\tstart_date\tsalary_gbp
[[ID_NUMBER:E10482]]\t[[PERSON:Aoife]]\t[[PERSON:Keane]]\tFinance\t[[DATE_TIME:2021-09-06]]\t41200
[[ID_NUMBER:E10517]]\t[[PERSON:Gurpreet]]\t[[PERSON:Bains]]\tOps\t[[DATE_TIME:2022-01-10]]\t36500
[[ID_NUMBER:E10533]]\t[[PERSON:Tomasz]]\t[[PERSON:Nowicki]]\tWarehouse\t[[DATE_TIME:2022-03-28]]\t28900
[[ID_NUMBER:E10601]]\t[[PERSON:Efua]]\t[[PERSON:Boateng]]\tHR\t[[DATE_TIME:2023-07-17]]\t33000""",
    # 3 Markdown
    """| Patient | DOB | Clinic | Appt | Phone |
|---|---|---|---|---|
| [[PERSON:Harriet Osei]] | [[DATE_TIME:12/04/1971]] | Diabetes | [[DATE_TIME:Mon 17 Jun 09:30]] | [[PHONE_NUMBER:07701 339 208]] |
| [[PERSON:Liam Doherty]] | [[DATE_TIME:30/08/1989]] | Physio | [[DATE_TIME:Mon 17 Jun 10:15]] | [[PHONE_NUMBER:07855 621 004]] |
| [[PERSON:Parveen Akhtar]] | [[DATE_TIME:02/01/1960]] | Cardiology | [[DATE_TIME:Tue 18 Jun 14:00]] | [[PHONE_NUMBER:0113 496 0218]] |""",
    # 4 fixed-width
    """REF       SENDER              RECEIVER            PAYOUT      CITY
RX-44812  [[PERSON:Gerald Ochieng]]      [[PERSON:Mercy Ochieng]]       KES 8,400   [[LOCATION:Kisumu]]
RX-44815  [[PERSON:Ama Owusu-Ansah]]     [[PERSON:Yaa Owusu]]           GHS 1,250   [[LOCATION:Kumasi]]
RX-44821  [[PERSON:Rizwan Qadir]]        [[PERSON:Saima Qadir]]         PKR 95,000  [[LOCATION:Sialkot]]
RX-44830  [[PERSON:Dinesh Karki]]        [[PERSON:Bimala Karki]]        NPR 40,000  [[LOCATION:Butwal]]""",
    # 5 JSON lines
    """{"uid": 90211, "handle": "[[USERNAME:kiri_tane]]", "email": "[[EMAIL_ADDRESS:kiri.tane@xtra.co.nz]]", "country": "[[LOCATION:NZ]]", "plan": "pro", "last_login": "[[DATE_TIME:2024-06-01T08:14:00+12:00]]"}
{"uid": 90212, "handle": "[[USERNAME:mbali_dlamini]]", "email": "[[EMAIL_ADDRESS:mbali.d@webmail.co.za]]", "country": "[[LOCATION:ZA]]", "plan": "free", "last_login": "[[DATE_TIME:2024-05-28T21:03:44+02:00]]"}
{"uid": 90215, "handle": "[[USERNAME:rohanbakes]]", "email": "[[EMAIL_ADDRESS:rohan.bhatia.bakes@gmail.com]]", "country": "[[LOCATION:IN]]", "plan": "pro", "last_login": null}""",
    # 6 YAML
    """employees:
  - name: [[PERSON:Declan Moriarty]]
    ext: 4417
    emergency_contact: [[PERSON:Niamh Moriarty]]
    relation: spouse
    phone: "[[PHONE_NUMBER:+353 86 210 4478]]"
  - name: [[PERSON:Yetunde Afolabi]]
    ext: 4420
    emergency_contact: [[PERSON:Kunle Afolabi]]
    relation: brother
    phone: "[[PHONE_NUMBER:+353 89 447 1035]]"
  - name: [[PERSON:Lukas Brandt]]
    ext: 4431
    emergency_contact: [[PERSON:Heike Brandt]]
    relation: mother
    phone: "[[PHONE_NUMBER:+49 171 5532 809]]\"""",
    # 7 key: value
    """Customer profile
Name ............ [[PERSON:Oyinkansola Bakare]]
Customer no. .... [[ID_NUMBER:0043117852]]
Date of birth ... [[DATE_TIME:19 Oct 1992]]
Mobile .......... [[PHONE_NUMBER:+234 816 402 7719]]
Email ........... [[EMAIL_ADDRESS:oyin.bakare@gmail.com]]
Address ......... [[ADDRESS:Flat 5, 12 Adebola Street]], [[LOCATION:Ogba]], [[LOCATION:Lagos]]
Segment ......... Retail / Salaried
Risk rating ..... Low""",
    # 8 CSV
    """borrower,phone,installment_no,due_date,amount_due,status
[[PERSON:Joyce Chebet]],[[PHONE_NUMBER:0721 338 904]],4,[[DATE_TIME:2024-06-14]],2450,paid
[[PERSON:Joyce Chebet]],[[PHONE_NUMBER:0721 338 904]],5,[[DATE_TIME:2024-06-28]],2450,due
[[PERSON:Philip Kiprono]],[[PHONE_NUMBER:0708 551 260]],2,[[DATE_TIME:2024-06-21]],3100,late
[[PERSON:Naomi Jeptoo]],[[PHONE_NUMBER:0115 204 887]],7,[[DATE_TIME:2024-07-05]],1800,due""",
    # 9 pipes
    """| Student | DOB | Parent | Mobile | Class |
|---------|-----|--------|--------|-------|
| [[PERSON:Ruby Nguyen]] | [[DATE_TIME:14/05/2016]] | [[PERSON:Thanh Nguyen]] | [[PHONE_NUMBER:0433 812 904]] | 2R |
| [[PERSON:Jack O'Connell]] | [[DATE_TIME:02/12/2015]] | [[PERSON:Siobhan O'Connell]] | [[PHONE_NUMBER:0418 227 530]] | 2R |
| [[PERSON:Aarav Sharma]] | [[DATE_TIME:29/08/2016]] | [[PERSON:Neha Sharma]] | [[PHONE_NUMBER:0401 955 372]] | 2K |""",
    # 10 TSV
    """case\tcardholder\tcard_number\tmerchant\tamount\tflag
F-2291\t[[PERSON:Sean McAllister]]\t[[CREDIT_CARD:4671816925710856]]\tSTEAMGAMES.COM\t59.99\tvelocity
F-2292\t[[PERSON:Priti Chauhan]]\t[[CREDIT_CARD:5525753407031664]]\tAMZN Mktp UK\t312.40\tgeo-mismatch
F-2297\t[[PERSON:Oluwatobi Ade]]\t[[CREDIT_CARD:2221585956312176]]\tUBER *TRIP\t23.10\tnew device
F-2301\t[[PERSON:Greta Lindholm]]\t[[CREDIT_CARD:36181045986003]]\tHILTON LONDON\t640.00\tamount""",
    # 11 CSV
    """name,iban,bic,net_pay_eur,period
[[PERSON:Florian Wagner]],[[IBAN_CODE:DE82388278515658032252]],COLSDE33,3184.22,2024-05
[[PERSON:Élodie Marchand]],[[IBAN_CODE:FR7600523569109668996926117]],BNPAFRPP,2950.00,2024-05
[[PERSON:Javier Ruiz Ortega]],[[IBAN_CODE:ES8439986761518118076702]],CAIXESBB,2711.45,2024-05
[[PERSON:Sofie Peeters]],[[IBAN_CODE:BE82408892594368]],GEBABEBB,3020.10,2024-05""",
    # 12 fixed-width
    """GUEST                  NATIONALITY   PASSPORT     ROOM  ARRIVAL
[[PERSON:Kenji Watanabe]]         [[NRP:Japanese]]      [[ID_NUMBER:TR4418207]]    507   [[DATE_TIME:14 Jun 2024]]
[[PERSON:Amira Haddad]]           [[NRP:Lebanese]]      [[ID_NUMBER:LR1188403]]    512   [[DATE_TIME:14 Jun 2024]]
[[PERSON:Olusegun Bello]]         [[NRP:Nigerian]]      [[ID_NUMBER:B04417762]]    618   [[DATE_TIME:15 Jun 2024]]
[[PERSON:Charlotte Dubois]]       [[NRP:French]]        [[ID_NUMBER:19FV82443]]    221   [[DATE_TIME:16 Jun 2024]]""",
    # 13 JSON lines
    """{"user": "[[USERNAME:akinyi.w]]", "name": "[[PERSON:Akinyi Wekesa]]", "last_login": "[[DATE_TIME:2024-06-12 07:58:21]]", "ip": "[[IP_ADDRESS:197.248.10.61]]", "mfa": true}
{"user": "[[USERNAME:bpatel]]", "name": "[[PERSON:Bhavesh Patel]]", "last_login": "[[DATE_TIME:2024-06-11 22:40:09]]", "ip": "[[IP_ADDRESS:86.12.201.174]]", "mfa": false}
{"user": "[[USERNAME:lmarsh]]", "name": "[[PERSON:Lorraine Marsh]]", "last_login": "[[DATE_TIME:2024-06-12 09:03:55]]", "ip": "[[IP_ADDRESS:2a00:23c7:8d10:4e01:5c3a:11ff:fe9b:2d40]]", "mfa": true}""",
    # 14 YAML
    """property: [[ADDRESS:221 Halsey Street]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11216]]
tenants:
  - {tenant: [[PERSON:Marcus Greene]], phone: "[[PHONE_NUMBER:(347) 882-1043]]", lease_start: [[DATE_TIME:2022-09-01]], rent: 2150}
  - {tenant: [[PERSON:Yesenia Cordero]], phone: "[[PHONE_NUMBER:(718) 441-2097]]", lease_start: [[DATE_TIME:2023-03-15]], rent: 2300}
  - {tenant: [[PERSON:Moshe Goldberg]], phone: "[[PHONE_NUMBER:(917) 330-5586]]", lease_start: [[DATE_TIME:2021-06-01]], rent: 1975}""",
    # 15 Markdown
    """| Business | Owner | Mobile | Ask (KES) | Stage | Officer |
|---|---|---|---|---|---|
| Wanjiku Salon & Spa | [[PERSON:Lucy Wanjiku Njoroge]] | [[PHONE_NUMBER:0722 604 119]] | 250,000 | appraisal | [[PERSON:S. Mutua]] |
| Kipkorir Agrovet | [[PERSON:Daniel Kipkorir]] | [[PHONE_NUMBER:0733 418 902]] | 600,000 | credit committee | [[PERSON:S. Mutua]] |
| Blue Marine Hardware | [[PERSON:Ahmed Salim Bakari]] | [[PHONE_NUMBER:0710 552 386]] | 1,200,000 | site visit | [[PERSON:J. Achieng]] |""",
    # 16 CSV
    """sr,applicant_name,aadhaar_no,pan,pincode,mobile,kyc_status
1,[[PERSON:Meera Nair]],[[ID_NUMBER:7358 0196 5815]],[[ID_NUMBER:AKLPN4420D]],[[ZIP_CODE:682020]],[[PHONE_NUMBER:9847012356]],verified
2,[[PERSON:Gurdeep Singh Grewal]],[[ID_NUMBER:4197 8096 0776]],[[ID_NUMBER:BHTPG8812Q]],[[ZIP_CODE:141001]],[[PHONE_NUMBER:9815503741]],pending
3,[[PERSON:Farzana Shaikh]],[[ID_NUMBER:9204 2405 9673]],[[ID_NUMBER:CXSPS3307H]],[[ZIP_CODE:400070]],[[PHONE_NUMBER:9930418276]],verified""",
    # 17 key: value
    """EMPLOYEE RECORD
Full name:      [[PERSON:Tevita Fifita]]
Staff no.:      [[ID_NUMBER:AKL-20731]]
Start date:     [[DATE_TIME:14/03/2021]]
Role:           Forklift operator
Home:           [[ADDRESS:7 Tamaki Place]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]
Mobile:         [[PHONE_NUMBER:021 448 3390]]
IRD:            [[ID_NUMBER:118-472-909]]
KiwiSaver:      yes, 4%""",
    # 18 pipes (no outer bars)
    """name | age | phone | suburb | shift
---- | --- | ----- | ------ | -----
[[PERSON:Beatriz Alves]] | [[AGE:24]] | [[PHONE_NUMBER:0413 220 918]] | [[LOCATION:Marrickville]] | Sat AM
[[PERSON:Hamish Campbell]] | [[AGE:67]] | [[PHONE_NUMBER:0427 004 561]] | [[LOCATION:Leichhardt]] | Sat PM
[[PERSON:Ngoc Anh Pham]] | [[AGE:19]] | [[PHONE_NUMBER:0450 338 127]] | [[LOCATION:Cabramatta]] | Sun AM
[[PERSON:Mohammad Rahimi]] | [[AGE:41]] | [[PHONE_NUMBER:0433 907 214]] | [[LOCATION:Auburn]] | Sun PM""",
    # 19 CSV
    """agent_no,agent_name,contact_person,contact_mobile,location,float_kes
AG-5512,Karibu Mobile Shop,[[PERSON:Peter Kamau Njenga]],[[PHONE_NUMBER:0722 449 105]],[[LOCATION:Thika]],180000
AG-5519,Neema Agencies,[[PERSON:Neema Chepkoech]],[[PHONE_NUMBER:0711 302 884]],[[LOCATION:Eldoret]],95000
AG-5530,Bismillahi Traders,[[PERSON:Hussein Omar]],[[PHONE_NUMBER:0790 118 523]],[[LOCATION:Malindi]],210000""",
    # 20 TSV
    """receiver_name\tgcash_no\tprovince\tamount_php\tsender
[[PERSON:Ma. Cristina Delos Reyes]]\t[[PHONE_NUMBER:09175523081]]\t[[LOCATION:Pangasinan]]\t15000\t[[PERSON:Arnel Delos Reyes]]
[[PERSON:Jomar Pascual]]\t[[PHONE_NUMBER:09228814407]]\t[[LOCATION:Ilocos Norte]]\t8000\t[[PERSON:Liza Pascual]]
[[PERSON:Rhea Mae Cabrera]]\t[[PHONE_NUMBER:09663019452]]\t[[LOCATION:Leyte]]\t12500\t[[PERSON:Noel Cabrera]]""",
    # 21 Urdu, pipes
    """| نام | شناختی کارڈ | موبائل | شہر | رقم |
|---|---|---|---|---|
| [[PERSON:ثمینہ کوثر]] | [[ID_NUMBER:36302-8814072-4]] | [[PHONE_NUMBER:0301-7742096]] | [[LOCATION:ملتان]] | 60,000 |
| [[PERSON:شکیلہ ناز]] | [[ID_NUMBER:36302-1190437-8]] | [[PHONE_NUMBER:0333-6104512]] | [[LOCATION:ملتان]] | 45,000 |
| [[PERSON:محمد آصف]] | [[ID_NUMBER:36603-5527019-1]] | [[PHONE_NUMBER:0346-8820173]] | [[LOCATION:وہاڑی]] | 80,000 |""",
    # 22 Urdu, key: value
    """وصول کنندہ کا نام: [[PERSON:زاہدہ پروین]]
شناختی کارڈ نمبر: [[ID_NUMBER:37405-2218406-6]]
تاریخ پیدائش: [[DATE_TIME:12-03-1979]]
موبائل نمبر: [[PHONE_NUMBER:0315-5021847]]
بھیجنے والا: [[PERSON:اعجاز احمد]]
ملک: [[LOCATION:برطانیہ]]
رقم: 85,000 روپے
حوالہ نمبر: 7730-RT-5521""",
    # 23 Urdu (romanized), CSV
    """naam,walid ka naam,CNIC,mobile,shehar,qarz (Rs)
[[PERSON:Kiran Shahzadi]],[[PERSON:Muhammad Shahzad]],[[ID_NUMBER:34603-7719204-0]],[[PHONE_NUMBER:0300-6612048]],[[LOCATION:Sialkot]],75000
[[PERSON:Usman Ghani]],[[PERSON:Abdul Ghani]],[[ID_NUMBER:34603-2280416-5]],[[PHONE_NUMBER:0321-4418902]],[[LOCATION:Daska]],120000
[[PERSON:Rabia Anwar]],[[PERSON:Anwar Ul Haq]],[[ID_NUMBER:34601-9043127-2]],[[PHONE_NUMBER:0344-7102853]],[[LOCATION:Sambrial]],50000""",
    # 24 Bengali, pipes
    """| ক্রম | সদস্যের নাম | মোবাইল | গ্রাম | সঞ্চয় (টাকা) |
|---|---|---|---|---|
| ১ | [[PERSON:আমেনা খাতুন]] | [[PHONE_NUMBER:০১৭২৩-৪৪০৯১৮]] | [[LOCATION:বড়বাড়ী]] | ৪,২০০ |
| ২ | [[PERSON:জোসনা রানী দাস]] | [[PHONE_NUMBER:০১৯৫৫-২১৮৩০৭]] | [[LOCATION:বড়বাড়ী]] | ৩,৮৫০ |
| ৩ | [[PERSON:ফাতেমা বেগম]] | [[PHONE_NUMBER:০১৩১৮-৯০৫৪৭২]] | [[LOCATION:কালিকাপুর]] | ৫,১০০ |
| ৪ | [[PERSON:শেফালী রায়]] | [[PHONE_NUMBER:০১৮৪৭-৩৩০২১৬]] | [[LOCATION:কালিকাপুর]] | ২,৯০০ |""",
    # 25 Bengali, YAML-like
    """গ্রাহক:
  নাম: [[PERSON:মোঃ আনোয়ার হোসেন]]
  জন্ম তারিখ: [[DATE_TIME:২২-০৭-১৯৮২]]
  এনআইডি: [[ID_NUMBER:৫৪১৯৮৮৩০২৭]]
  মোবাইল: [[PHONE_NUMBER:০১৭১৩-০৮৮৪৫২]]
  ঠিকানা: [[ADDRESS:১২/এ, কাজীপাড়া রোড]], [[LOCATION:যশোর]]
  ব্যবসা: মুদি দোকান
  ঋণের ধরন: এসএমই""",
    # 26 Bengali (romanized), CSV
    """naam,boyosh,bkash no,zilla,kaj
[[PERSON:Rina Akter]],[[AGE:28]],[[PHONE_NUMBER:01722-418093]],[[LOCATION:Gaibandha]],selai
[[PERSON:Babul Mia]],[[AGE:45]],[[PHONE_NUMBER:01936-702215]],[[LOCATION:Rangpur]],rickshaw
[[PERSON:Kohinoor Begum]],[[AGE:37]],[[PHONE_NUMBER:01557-300814]],[[LOCATION:Nilphamari]],hash-murgi palon""",
    # 27 CSV
    """first,last,ssn,dob,state,zip
[[PERSON:Tamika]],[[PERSON:Washington]],[[US_SSN:438-22-9016]],[[DATE_TIME:1983-05-17]],[[LOCATION:LA]],[[ZIP_CODE:70119]]
[[PERSON:Brendan]],[[PERSON:Kowalski]],[[US_SSN:391-70-4458]],[[DATE_TIME:1976-12-02]],[[LOCATION:WI]],[[ZIP_CODE:53207]]
[[PERSON:Lucía]],[[PERSON:Hernández]],[[US_SSN:627-14-3380]],[[DATE_TIME:1999-08-30]],[[LOCATION:TX]],[[ZIP_CODE:78521]]
[[PERSON:Minh]],[[PERSON:Tran]],[[US_SSN:532-61-0274]],[[DATE_TIME:1968-02-21]],[[LOCATION:WA]],[[ZIP_CODE:98118]]""",
    # 28 Markdown
    """| Claim ref | Policyholder | DOB | Incident date | Postcode | Status |
|:--|:--|:--|:--|:--|:--|
| HC-24-00871 | [[PERSON:Graham Pettigrew]] | [[DATE_TIME:11/03/1961]] | [[DATE_TIME:02/05/2024]] | [[ZIP_CODE:EH10 5QT]] | Open |
| HC-24-00893 | [[PERSON:Aaliyah Mahmood]] | [[DATE_TIME:27/09/1990]] | [[DATE_TIME:19/05/2024]] | [[ZIP_CODE:B11 4RL]] | Settled |
| HC-24-00902 | [[PERSON:Connor Maguire]] | [[DATE_TIME:06/06/1985]] | [[DATE_TIME:23/05/2024]] | [[ZIP_CODE:BT9 6GE]] | Referred |""",
    # 29 JSON lines
    """{"nhs_number": "[[ID_NUMBER:6544898236]]", "name": "[[PERSON:Doreen Fairweather]]", "gp_practice": "M85011", "postcode": "[[ZIP_CODE:B23 6TQ]]", "age": [[AGE:81]]}
{"nhs_number": "[[ID_NUMBER:7641167985]]", "name": "[[PERSON:Kwame Ofori-Atta]]", "gp_practice": "M85011", "postcode": "[[ZIP_CODE:B24 8PD]]", "age": [[AGE:47]]}
{"nhs_number": "[[ID_NUMBER:6706322512]]", "name": "[[PERSON:Shabnam Rashid]]", "gp_practice": "M85020", "postcode": "[[ZIP_CODE:B6 7EU]]", "age": [[AGE:36]]}""",
    # 30 fixed-width
    """EMPLOYEE              SIN           PROV  HIRED
[[PERSON:Marie-Ève Gagnon]]      [[ID_NUMBER:109 578 401]]   [[LOCATION:QC]]    [[DATE_TIME:2019-04-08]]
[[PERSON:Harpreet Dhillon]]      [[ID_NUMBER:478 315 138]]   [[LOCATION:ON]]    [[DATE_TIME:2020-11-23]]
[[PERSON:Connor MacNeil]]        [[ID_NUMBER:271 811 564]]   [[LOCATION:NS]]    [[DATE_TIME:2022-02-14]]
[[PERSON:Li Na Zhou]]            [[ID_NUMBER:792 778 573]]   [[LOCATION:BC]]    [[DATE_TIME:2023-08-01]]""",
    # 31 YAML
    """staff:
  - name: [[PERSON:Nomvula Khumalo]]
    id_number: "[[ID_NUMBER:9107222071080]]"
    cell: "[[PHONE_NUMBER:082 441 7093]]"
    site: [[LOCATION:Pietermaritzburg]]
  - name: [[PERSON:Pieter van der Merwe]]
    id_number: "[[ID_NUMBER:7601057569087]]"
    cell: "[[PHONE_NUMBER:072 305 8814]]"
    site: [[LOCATION:Stellenbosch]]
  - name: [[PERSON:Thabo Mokoena]]
    id_number: "[[ID_NUMBER:8409265812086]]"
    cell: "[[PHONE_NUMBER:073 118 2260]]"
    site: [[LOCATION:Polokwane]]""",
    # 32 TSV
    """member\tnric\tpostal\tmobile\tjoined
[[PERSON:Tan Mei Ling]]\t[[ID_NUMBER:T1866731I]]\t[[ZIP_CODE:560417]]\t[[PHONE_NUMBER:9123 4471]]\t[[DATE_TIME:2023-11-02]]
[[PERSON:Muhammad Firdaus bin Rahmat]]\t[[ID_NUMBER:S3190900G]]\t[[ZIP_CODE:520133]]\t[[PHONE_NUMBER:8772 0916]]\t[[DATE_TIME:2022-07-19]]
[[PERSON:Kavitha d/o Ramasamy]]\t[[ID_NUMBER:S1445016E]]\t[[ZIP_CODE:650281]]\t[[PHONE_NUMBER:9348 2207]]\t[[DATE_TIME:2024-01-08]]""",
    # 33 CSV
    """name,tfn,medicare,suburb,state,postcode
[[PERSON:Jessica Papadopoulos]],[[ID_NUMBER:876 204 131]],[[ID_NUMBER:2953 10473 2]],[[LOCATION:Oakleigh]],[[LOCATION:VIC]],[[ZIP_CODE:3166]]
[[PERSON:Wiremu Ngata]],[[ID_NUMBER:312 884 573]],[[ID_NUMBER:3071 88252 1]],[[LOCATION:Logan Central]],[[LOCATION:QLD]],[[ZIP_CODE:4114]]""",
    # 34 key: value
    """Applicant: [[PERSON:Dearbhla Ní Chonaill]]
PPSN: [[ID_NUMBER:6120394HA]]
Date of birth: [[DATE_TIME:08/12/1994]]
Address: [[ADDRESS:Apt 21, The Elysian, Eglinton Street]], [[LOCATION:Cork]]
Eircode: [[ZIP_CODE:T12 K8AF]]
Phone: [[PHONE_NUMBER:087 330 1954]]
Scheme: Jobseeker's Benefit
Office: Hanover Street Intreo Centre""",
    # 35 Markdown
    """| Guest | Table | Meal | RSVP email | Plus one |
|-------|-------|------|------------|----------|
| [[PERSON:Imogen Clarke-Whitby]] | 3 | vegetarian | [[EMAIL_ADDRESS:imogen.cw@icloud.com]] | [[PERSON:Jonah Price]] |
| [[PERSON:Rohan Mehta]] | 5 | standard | [[EMAIL_ADDRESS:rohan.mehta84@gmail.com]] | - |
| Auntie [[PERSON:Bisi Adewale]] | 1 | halal | [[EMAIL_ADDRESS:bisi.adewale@yahoo.co.uk]] | [[PERSON:Femi Adewale]] |
| [[PERSON:Sinéad Walsh]] | 5 | gluten-free | [[EMAIL_ADDRESS:sineadwalsh@eircom.net]] | - |""",
    # 36 CSV
    """member_id,name,age,email,plan,joined
[[ID_NUMBER:GYM-10288]],[[PERSON:Darnell Hughes]],[[AGE:33]],[[EMAIL_ADDRESS:darnell.hughes@outlook.com]],peak,[[DATE_TIME:2023-01-04]]
[[ID_NUMBER:GYM-10302]],[[PERSON:Ewa Zielińska]],[[AGE:28]],[[EMAIL_ADDRESS:ewa.zielinska@wp.pl]],off-peak,[[DATE_TIME:2023-02-19]]
[[ID_NUMBER:GYM-10417]],[[PERSON:Mustafa Yilmaz]],[[AGE:51]],[[EMAIL_ADDRESS:m.yilmaz1973@gmail.com]],peak,[[DATE_TIME:2024-03-11]]""",
    # 37 pipes
    """tenancy | tenant | mobile | move-in | rent (£) | arrears (£)
T-0412 | [[PERSON:Kayode Adeyemi]] | [[PHONE_NUMBER:07459 220 318]] | [[DATE_TIME:01/09/2022]] | 925 | 0
T-0419 | [[PERSON:Bethany Rowe]] | [[PHONE_NUMBER:07824 661 090]] | [[DATE_TIME:15/01/2023]] | 875 | 175
T-0431 | [[PERSON:Arjun Kapoor]] | [[PHONE_NUMBER:07380 115 472]] | [[DATE_TIME:01/06/2023]] | 1,050 | 0""",
    # 38 JSON lines
    """{"driver": "[[PERSON:Emeka Nwachukwu]]", "plate": "[[ID_NUMBER:KJA 418 XY]]", "phone": "[[PHONE_NUMBER:+234 803 551 2047]]", "zone": "[[LOCATION:Lekki]]", "rating": 4.8}
{"driver": "[[PERSON:Godfrey Mensah]]", "plate": "[[ID_NUMBER:GR 2204-21]]", "phone": "[[PHONE_NUMBER:+233 20 771 4389]]", "zone": "[[LOCATION:East Legon]]", "rating": 4.6}
{"driver": "[[PERSON:Joseph Kariuki]]", "plate": "[[ID_NUMBER:KDG 417M]]", "phone": "[[PHONE_NUMBER:+254 712 330 985]]", "zone": "[[LOCATION:Westlands]]", "rating": 4.9}""",
    # 39 fixed-width
    """NAME                         SEAT  DOC NO       NATIONALITY
[[PERSON:MWANGI/JAMES]] [[TITLE:MR]]              14C   [[ID_NUMBER:AK0449172]]    [[NRP:KENYAN]]
[[PERSON:PATEL/HETAL]] [[TITLE:MRS]]              14D   [[ID_NUMBER:Z4418207]]     [[NRP:INDIAN]]
[[PERSON:OKAFOR/CHIOMA]] [[TITLE:MS]]             22A   [[ID_NUMBER:562118904]]    [[NRP:BRITISH]]
[[PERSON:DELA CRUZ/MARIA LOURDES]] [[TITLE:MS]]   31F   [[ID_NUMBER:P3318204A]]    [[NRP:FILIPINO]]""",
    # 40 CSV
    """donor,email,amount_gbp,card_last4,gift_aid
[[PERSON:Margaret Oyelowo]],[[EMAIL_ADDRESS:m.oyelowo@gmail.com]],25.00,4471,Y
[[PERSON:Callum Fraser]],[[EMAIL_ADDRESS:callumfraser@hotmail.co.uk]],10.00,0856,N
[[PERSON:Priya Venkatesh]],[[EMAIL_ADDRESS:priya.venkatesh@nhs.net]],50.00,2207,Y
[[PERSON:Ivan Petrov]],[[EMAIL_ADDRESS:ivan.petrov.uk@gmail.com]],5.00,1597,N""",
    # 41 TSV
    """student_id\tname\tdob\temail\tcourse
[[ID_NUMBER:2304418]]\t[[PERSON:Chinonso Eze]]\t[[DATE_TIME:2004-03-09]]\t[[EMAIL_ADDRESS:ce204@student.le.ac.uk]]\tBSc Computing
[[ID_NUMBER:2304462]]\t[[PERSON:Hollie Brennan]]\t[[DATE_TIME:2005-07-22]]\t[[EMAIL_ADDRESS:hb311@student.le.ac.uk]]\tLLB Law
[[ID_NUMBER:2304519]]\t[[PERSON:Zain Qureshi]]\t[[DATE_TIME:2003-11-30]]\t[[EMAIL_ADDRESS:zq12@student.le.ac.uk]]\tMEng Mechanical""",
    # 42 YAML
    """oncall:
  week_24:
    primary: {name: [[PERSON:Ravi Subramanian]], phone: "[[PHONE_NUMBER:+1 408 555 0172]]", slack: "@[[USERNAME:ravi.s]]"}
    secondary: {name: [[PERSON:Hannah Lowe]], phone: "[[PHONE_NUMBER:+1 415 555 0139]]", slack: "@[[USERNAME:hlowe]]"}
  week_25:
    primary: {name: [[PERSON:Tomás Aguirre]], phone: "[[PHONE_NUMBER:+1 510 555 0186]]", slack: "@[[USERNAME:taguirre]]"}
  escalation: sre-leads@company.example""",
    # 43 CSV
    """name,street,apt,city,state,zip
[[PERSON:Shanice Porter]],[[ADDRESS:4410 Magnolia Ave]],[[ADDRESS:Apt 3]],[[LOCATION:Jacksonville]],[[LOCATION:FL]],[[ZIP_CODE:32210]]
[[PERSON:Douglas Reinholt]],[[ADDRESS:77 Cedar Hollow Rd]],,[[LOCATION:Bozeman]],[[LOCATION:MT]],[[ZIP_CODE:59715]]
[[PERSON:Anh Thu Le]],[[ADDRESS:1502 E 9th St]],[[ADDRESS:Unit B]],[[LOCATION:Tulsa]],[[LOCATION:OK]],[[ZIP_CODE:74120]]""",
    # 44 Markdown
    """| Owner | Pet | Species | Phone | Next visit |
|---|---|---|---|---|
| [[PERSON:Annika Berg]] | Mochi | cat | [[PHONE_NUMBER:(612) 447-2093]] | [[DATE_TIME:06/18 10:30]] |
| [[PERSON:Jamal Whitaker]] | Duke | dog | [[PHONE_NUMBER:(651) 330-8841]] | [[DATE_TIME:06/19 14:00]] |
| [[PERSON:Rosa Delgado]] | Pancho | parrot | [[PHONE_NUMBER:(763) 552-1907]] | [[DATE_TIME:06/21 09:15]] |""",
    # 45 JSON array
    """[
  {"id": 101, "username": "[[USERNAME:sunflower_aditi]]", "full_name": "[[PERSON:Aditi Kulkarni]]", "signup_ip": "[[IP_ADDRESS:49.36.112.80]]", "ua": "Mozilla/5.0 (Linux; Android 14; Pixel 8)"},
  {"id": 102, "username": "[[USERNAME:olu_the_builder]]", "full_name": "[[PERSON:Olumide Adeniran]]", "signup_ip": "[[IP_ADDRESS:102.88.35.214]]", "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"},
  {"id": 103, "username": "[[USERNAME:kath.oconnor]]", "full_name": "[[PERSON:Kathleen O'Connor]]", "signup_ip": "[[IP_ADDRESS:2001:bb6:4e12:8a00:d1c4:77f2:3e01:9a6b]]", "ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)"}
]""",
    # 46 CSV
    """applicant,bvn,business,lga,state,amount_ngn
[[PERSON:Halima Abubakar]],[[ID_NUMBER:22310947582]],grains wholesale,[[LOCATION:Nassarawa]],[[LOCATION:Kano]],1500000
[[PERSON:Chukwudi Okeke]],[[ID_NUMBER:22451038846]],auto spare parts,[[LOCATION:Nnewi North]],[[LOCATION:Anambra]],3000000
[[PERSON:Folasade Oyekan]],[[ID_NUMBER:22187720193]],fashion design,[[LOCATION:Ikorodu]],[[LOCATION:Lagos]],800000""",
    # 47 key: value
    """Cardholder name: [[PERSON:ELIZABETH M. HARTLEY]]
Card number: [[CREDIT_CARD:4975 2888 3953 1724]]
Expiry: 09/27
CVV: 552
Billing postcode: [[ZIP_CODE:SW11 4NB]]
Phone: [[PHONE_NUMBER:07932 118 406]]
Save card for next time: yes""",
    # 48 fixed-width
    """MEMBER                 ID NO.      PHONE          SHARES
[[PERSON:Wanjiku Mwangi]]         [[ID_NUMBER:24418903]]    [[PHONE_NUMBER:0722 118 340]]   40
[[PERSON:Otieno Kevin]]           [[ID_NUMBER:31129904]]    [[PHONE_NUMBER:0711 883 205]]   25
[[PERSON:Fatma Ali]]              [[ID_NUMBER:27700184]]    [[PHONE_NUMBER:0799 402 113]]   30
[[PERSON:Cherono Gladys]]         [[ID_NUMBER:33018492]]    [[PHONE_NUMBER:0725 660 019]]   15""",
    # 49 CSV
    """client,momo_number,town,weekly_ghs,collector
[[PERSON:Akua Asantewaa]],[[PHONE_NUMBER:024 418 2207]],[[LOCATION:Ejisu]],50,[[PERSON:Kwaku Boakye]]
[[PERSON:Efua Quansah]],[[PHONE_NUMBER:055 902 3318]],[[LOCATION:Cape Coast]],30,[[PERSON:Kwaku Boakye]]
[[PERSON:Abdul-Rahman Iddrisu]],[[PHONE_NUMBER:020 774 1056]],[[LOCATION:Tamale]],70,[[PERSON:Ama Serwaa]]""",
    # 50 Markdown
    """| Member | Center | Loan cycle | Mobile | Birthday |
|---|---|---|---|---|
| [[PERSON:Luzviminda Ocampo]] | Sampaguita Center | 5 | [[PHONE_NUMBER:0917 338 2041]] | [[DATE_TIME:Mar 8, 1979]] |
| [[PERSON:Marilou Bacani]] | Sampaguita Center | 2 | [[PHONE_NUMBER:0999 410 7725]] | [[DATE_TIME:Nov 21, 1988]] |
| [[PERSON:Jennylyn Soriano]] | Ilang-Ilang Center | 1 | [[PHONE_NUMBER:0920 661 0384]] | [[DATE_TIME:Jul 2, 1995]] |""",
    # 51 TSV
    """permit\tresident\taddress\tpostcode\tvrm
P-7719\t[[PERSON:Adrian Beckford]]\t[[ADDRESS:14 Albion Road]]\t[[ZIP_CODE:N16 9PS]]\t[[ID_NUMBER:LD19 XKE]]
P-7722\t[[PERSON:Roisin Flanagan]]\t[[ADDRESS:Flat 2, 88 Church Street]]\t[[ZIP_CODE:N16 0AR]]\t[[ID_NUMBER:EY68 TBO]]
P-7731\t[[PERSON:Yusuf Hassan]]\t[[ADDRESS:3 Kynaston Avenue]]\t[[ZIP_CODE:N16 0EB]]\t[[ID_NUMBER:WM21 PLV]]""",
    # 52 CSV
    """name,ird_number,phone,email,joined
[[PERSON:Hone Parata]],[[ID_NUMBER:102-938-470]],[[PHONE_NUMBER:027 441 8830]],[[EMAIL_ADDRESS:hone.parata@gmail.com]],[[DATE_TIME:2018-03-01]]
[[PERSON:Sione Tupou]],[[ID_NUMBER:73-619-203]],[[PHONE_NUMBER:022 305 1174]],[[EMAIL_ADDRESS:sionetupou@xtra.co.nz]],[[DATE_TIME:2020-09-15]]
[[PERSON:Emily Rhodes]],[[ID_NUMBER:125-804-632]],[[PHONE_NUMBER:021 880 2094]],[[EMAIL_ADDRESS:emily.rhodes@outlook.co.nz]],[[DATE_TIME:2023-02-07]]""",
    # 53 pipes
    """| report_id | reporter | reported_user | reported_user_age | reason |
|---|---|---|---|---|
| R-9920 | [[USERNAME:jade_k92]] | [[USERNAME:mike.fitness.ldn]] | [[AGE:34]] | harassment |
| R-9927 | [[USERNAME:priya.s.writes]] | [[USERNAME:dev_on_the_run]] | [[AGE:29]] | fake profile |
| R-9931 | [[USERNAME:tomhollis88]] | [[USERNAME:sasha.xo]] | [[AGE:22]] | scam / asked for money |""",
    # 54 JSON lines
    """{"holder": "[[PERSON:Katharina Vogel]]", "iban": "[[IBAN_CODE:DE04 4533 3854 3084 7782 16]]", "opened": "[[DATE_TIME:2019-02-14]]", "type": "Girokonto"}
{"holder": "[[PERSON:Mehmet Aydın]]", "iban": "[[IBAN_CODE:DE50 3720 1695 0576 0384 37]]", "opened": "[[DATE_TIME:2021-08-30]]", "type": "Tagesgeld"}
{"holder": "[[PERSON:Baptiste Leroy]]", "iban": "[[IBAN_CODE:FR76 1291 7316 2459 0261 1654 284]]", "opened": "[[DATE_TIME:2017-11-03]]", "type": "compte courant"}
{"holder": "[[PERSON:Niamh Gallagher]]", "iban": "[[IBAN_CODE:GB95 NWBK 0556 5883 4883 64]]", "opened": "[[DATE_TIME:2022-05-09]]", "type": "current"}""",
    # 55 CSV
    """sender,emirates_id,mobile,iban,corridor
[[PERSON:Mohammed Rafiq Ullah]],[[ID_NUMBER:784-1990-6731208-4]],[[PHONE_NUMBER:050 218 4473]],[[IBAN_CODE:AE483600242837738951680]],AE-BD
[[PERSON:Joseph Antony Kurian]],[[ID_NUMBER:784-1987-2204519-6]],[[PHONE_NUMBER:055 730 1982]],[[IBAN_CODE:AE601829704063573764417]],AE-IN
[[PERSON:Ramesh Thapa Magar]],[[ID_NUMBER:784-1979-0118832-2]],[[PHONE_NUMBER:052 914 0036]],[[IBAN_CODE:AE634455869892640618036]],AE-NP""",
    # 56 key: value
    """Surname: [[PERSON:OKONJO-BAXTER]]
Given names: [[PERSON:DANIELLE RENEE]]
Passport No.: [[US_PASSPORT:A04471928]]
Nationality: [[NRP:UNITED STATES OF AMERICA]]
Date of birth: [[DATE_TIME:23 APR 1988]]
Place of birth: [[LOCATION:GEORGIA]], [[LOCATION:U.S.A.]]
Sex: F
Authority: United States Department of State""",
    # 57 TSV
    """company\tcontact\temail\tphone\tabn
BuildRight Pty Ltd\t[[PERSON:Shane O'Rourke]]\t[[EMAIL_ADDRESS:shane@buildright.com.au]]\t[[PHONE_NUMBER:0412 338 019]]\t81 756 726 246
Apex Electrical\t[[PERSON:Mei Chen]]\t[[EMAIL_ADDRESS:mei.chen@apexelec.com.au]]\t[[PHONE_NUMBER:0433 902 117]]\t71 438 897 602
Green Gully Plumbing\t(office)\taccounts@greengully.com.au\t(03) 9555 0142\t-""",
    # 58 fixed-width
    """EMPLOYEE              ID            IBAN
[[PERSON:Abdullah Al-Qahtani]]   [[ID_NUMBER:1084726130]]    [[IBAN_CODE:SA6279111546763195269195]]
[[PERSON:Rajeev Menon]]          [[ID_NUMBER:2388190478]]    [[IBAN_CODE:SA0881016612196093551792]]
[[PERSON:Emre Kaya]]             [[ID_NUMBER:2516409386]]    [[IBAN_CODE:TR336827902259352031205027]]""",
    # 59 CSV
    """rx_no,patient,dob,phone,ready
RX448120,[[PERSON:Gloria Benítez]],[[DATE_TIME:1949-07-30]],[[PHONE_NUMBER:(305) 441-2089]],yes
RX448127,[[PERSON:Terrence Boyd]],[[DATE_TIME:1972-01-14]],[[PHONE_NUMBER:(786) 330-5512]],no
RX448133,[[PERSON:Yolanda Pierre-Louis]],[[DATE_TIME:1985-10-03]],[[PHONE_NUMBER:(954) 207-6618]],yes""",
    # 60 YAML
    """household:
  address: [[ADDRESS:Flat 3, 58 Brick Lane]], [[LOCATION:London]] [[ZIP_CODE:E1 6RF]]
  religion: [[NRP:Muslim]]
  members:
    - {name: [[PERSON:Kamal Hossain]], relation: head, age: [[AGE:52]]}
    - {name: [[PERSON:Shirin Hossain]], relation: wife, age: [[AGE:47]]}
    - {name: [[PERSON:Rafi Hossain]], relation: son, age: [[AGE:19]]}
    - {name: [[PERSON:Nabila Hossain]], relation: daughter, age: [[AGE:15]]}""",
]

CHAT = [
    # 1
    """[09:14] Customer: Hi, I sent money to the wrong number and need it reversed
[09:14] Agent ([[PERSON:Faith]]): Hello! I'm [[PERSON:Faith]] from customer care. May I have your full name and ID number?
[09:15] Customer: [[PERSON:Dennis Mutua Kioko]], ID [[ID_NUMBER:28810473]]
[09:15] Agent ([[PERSON:Faith]]): Thank you [[PERSON:Dennis]]. Which number did you mean to send to, and which one received it?
[09:16] Customer: meant [[PHONE_NUMBER:0722 509 114]] (my wife [[PERSON:Catherine]]) but it went to [[PHONE_NUMBER:0722 590 114]]. KSh 3,000, code SFG4KQ19TR
[09:17] Agent ([[PERSON:Faith]]): I've raised the reversal; the recipient has 24 hours to respond. We'll SMS you on [[PHONE_NUMBER:0711 402 337]] - is that your line?
[09:17] Customer: yes thats mine""",
    # 2
    """[[PERSON:Rubel]] Bhai: Ammu, taka pathaisi. 25,000 taka bKash e, [[PHONE_NUMBER:01712-603448]] number e check koro
Ammu: Ashe nai ekhono baba
[[PERSON:Rubel]] Bhai: [[LOCATION:Dubai]] theke pathaisi [[DATE_TIME:shukrobar 14 June]], ekhon dekho
[[PERSON:Nupur]]: Bhaiya, Ammu-r number to [[PHONE_NUMBER:01712-630448]], tumi bhul number e pathaiso mone hoy 😟
[[PERSON:Rubel]] Bhai: hay re. okay ami agent-ke bolchi. [[PERSON:Nupur]], tor NID number ta de, [[PERSON:Jamal]] bhai-er kache claim korte lagbe
[[PERSON:Nupur]]: [[ID_NUMBER:8714402396]]""",
    # 3
    """#people-ops
[[PERSON:Maya Goldstein]]  10:02 AM
heads up, [[PERSON:Kwabena]] starts on [[DATE_TIME:Monday 1 July]] 🎉 laptop is ordered
[[PERSON:Kwabena Owusu]]'s personal email for the DocuSign is [[EMAIL_ADDRESS:kwabena.owusu91@gmail.com]]
[[PERSON:Tariq Aziz]]  10:05 AM
thx! I need his home address for the welcome box
[[PERSON:Maya Goldstein]]  10:06 AM
[[ADDRESS:Flat 4, 18 Cornwallis Road]], [[LOCATION:London]] [[ZIP_CODE:N19 4LX]]. mobile [[PHONE_NUMBER:07442 918 063]]
[[PERSON:Tariq Aziz]]  10:07 AM
got it. @[[USERNAME:lucia.ops]] can you set up his Okta as [[USERNAME:kowusu]]?""",
    # 4
    """Customer: AoA, mera JazzCash account block ho gaya hai
Agent [[PERSON:Hira]]: Walaikum assalam! Main [[PERSON:Hira]] hoon. Apna naam aur CNIC bata dein please.
Customer: [[PERSON:Zeeshan Haider]], CNIC [[ID_NUMBER:37405-6631190-7]]
Agent [[PERSON:Hira]]: Shukriya [[PERSON:Zeeshan]] [[TITLE:sahab]]. Account number konsa hai?
Customer: [[PHONE_NUMBER:0302 5518743]]. Kal raat 3 dafa ghalat PIN daal diya tha
Agent [[PERSON:Hira]]: Ji samajh gayi. Apni date of birth confirm kar dein?
Customer: [[DATE_TIME:21 October 1994]]
Agent [[PERSON:Hira]]: Account unblock ho gaya hai. Naya PIN set kar lein aur kisi ko mat batayein.""",
    # 5
    """Live chat - Business Banking
You are chatting with [[PERSON:Callum]] (Business Lending)
[[PERSON:Callum]]: Hi, thanks for waiting. How can I help today?
[[PERSON:Ngozi Okafor-Reid]]: Hi [[PERSON:Callum]], I applied for a £15k top-up loan for my nail bar last week, ref BL-448201. Any news?
[[PERSON:Callum]]: Let me check. Can you confirm your date of birth and the postcode on the account?
[[PERSON:Ngozi Okafor-Reid]]: [[DATE_TIME:03/11/1986]], [[ZIP_CODE:SE15 4QN]]
[[PERSON:Callum]]: Thanks [[PERSON:Ngozi]]. Underwriting want the last 3 months' statements for your personal account too - the one ending 4410.
[[PERSON:Ngozi Okafor-Reid]]: ok I'll upload tonight. My accountant [[PERSON:Deepak Shah]] may call, he's on [[PHONE_NUMBER:07801 226 935]]
[[PERSON:Callum]]: Noted. A decision usually comes within 5 working days of the documents arriving.""",
    # 6
    """[[PERSON:রফিক]] (মাঠকর্মী): আপা, আগামী [[DATE_TIME:মঙ্গলবার ১৮ জুন]] কেন্দ্রের সভায় আপনার কিস্তি ১,২৫০ টাকা জমা দিতে হবে।
[[PERSON:সালমা]]: ভাই, আমার স্বামী [[PERSON:করিম]] অসুস্থ, হাসপাতালে আছে। এক সপ্তাহ সময় দেওয়া যায়?
[[PERSON:রফিক]] (মাঠকর্মী): ঠিক আছে, ম্যানেজার [[PERSON:নাসির উদ্দিন]] [[TITLE:স্যার]] কে জানাচ্ছি। আপনার সদস্য নম্বর [[ID_NUMBER:২২৪-০৯১]] তো?
[[PERSON:সালমা]]: হ্যাঁ। আর আমার নতুন নম্বর [[PHONE_NUMBER:০১৭৯৯-৩১৪০৮২]]
[[PERSON:রফিক]] (মাঠকর্মী): নোট করলাম। বিকাশে দিলে [[PHONE_NUMBER:০১৭১১-২০৪৫৬৭]] নম্বরে পাঠাবেন না, ওটা আমার ব্যক্তিগত; অফিসের মার্চেন্ট নম্বরে দেবেন।""",
    # 7
    """[[USERNAME:tacoTuesdayTom]]: ok rent is due [[DATE_TIME:the 1st]], everyone venmo [[PERSON:Jess]] $640
[[USERNAME:jessrivera]]: my venmo is @[[USERNAME:Jess-Rivera-22]] btw, not the old one
[[USERNAME:k_park]]: sent. also the landlord texted, [[PERSON:Mr. Delaney]] says the plumber comes [[DATE_TIME:Thursday June 27 between 9 and 1]]
[[USERNAME:tacoTuesdayTom]]: someone has to be home at [[ADDRESS:2211 N Kedzie Ave, apt 3R]] for that
[[USERNAME:jessrivera]]: i can. his cell is [[PHONE_NUMBER:(773) 418-2290]] if he's late right?
[[USERNAME:k_park]]: ya""",
    # 8
    """Agent [[PERSON:Marco]]: Good evening! Thank you for contacting us. How may I help?
[[PERSON:Ligaya Santos]]: Hi! I need to fix the name on my mom's ticket, it says [[PERSON:SANTOS/ERLINDA]] but her passport says [[PERSON:SANTOS-DIZON/ERLINDA]]
Agent [[PERSON:Marco]]: I can help. Please give me the booking reference and her passport number.
[[PERSON:Ligaya Santos]]: booking QX7P2L, passport [[ID_NUMBER:P4418207B]]
Agent [[PERSON:Marco]]: Thank you. Her date of birth, please?
[[PERSON:Ligaya Santos]]: [[DATE_TIME:May 30, 1958]]. She flies [[LOCATION:Manila]] to [[LOCATION:Vancouver]] on [[DATE_TIME:July 9]]
Agent [[PERSON:Marco]]: Done. The updated itinerary will go to [[EMAIL_ADDRESS:ligaya.santos@shaw.ca]]. Anything else?
[[PERSON:Ligaya Santos]]: that's all, salamat!""",
]

LOOKALIKE = [
    # 1
    """Your order #114-7720391-4418205 has shipped!
Hi [[PERSON:Marguerite]], good news: 2 items are on their way.
Tracking: 1Z 999 AA1 01 2345 6784 (UPS Ground)
Items: SKU HX-4471-BLK "Harrison Desk Lamp" x1; SKU TB-2207-WHT "Tesla Coil Novelty Kit" x1
Questions? Call 1-888-280-4331 or write to support@lumenhome.com.
Returns: Lumen Home Returns Dept., 4400 Commerce Pkwy, Reno, NV 89502
Invoice INV-2024-008812 | VAT reg. GB 284 4417 09""",
    # 2
    """Release notes - gateway-agent 10.4.2.118 (build 7f3c9e1a)
- Bumped libssl to 3.0.13; the minimum supported firmware is now 2.4.10.0
- Fixed a crash when the config hash (sha256 9b1e4f0c2d77a8e35f6b0c41d2e9a7f3c8b5d16e0a4f2c9b7e31d5a8f6c04b2e) did not match
- New serial format for units shipped after batch 24-06: GW-2024-00418-B
- Deprecated: Node 18.19.1 runtime; see KB-40418
- Retries now use Fibonacci backoff with jitter (max 8 attempts)
- Known issue: the Dijkstra route cache is rebuilt on every restart (tracked as GWA-2291)
Upgrade path: 10.3.9.7 -> 10.4.0.0 -> 10.4.2.118""",
    # 3
    """Reading list - Neurology module (Semester 2)
1. Parkinson's Disease: A Clinical Guide, ISBN 978-0-14-312755-0
2. Alzheimer's and the Ageing Brain, ISBN 978-1-84195-433-2
3. Bell's Palsy Case Studies, 3rd ed., ISBN 978-984-34-3102-8
Copies are held at the Nelson Mandela Library on Martin Luther King Jr. Boulevard; ask at desk 3 or call 0161 555 0199 (library front desk).
Module lead: [[PERSON:Dr. Ifeanyi Chukwu]] ([[EMAIL_ADDRESS:i.chukwu@med.example.ac.uk]]).""",
    # 4
    """INVOICE No. INV-24-0571
From: Kestrel Print Solutions Ltd, Unit 4 Hawthorn Business Park, Leeds LS9 0PS
Company reg. 09418827   VAT GB 318 4471 29
To: Accounts Payable, Harbour Foods plc   PO ref PO-552019
Item             Qty   Unit    Total
A3 banners        20   14.50   290.00
Roll-up stand      2   62.00   124.00
Payment by BACS within 30 days, quoting INV-24-0571.
Queries: accounts@kestrelprint.co.uk / 0113 496 0551
Prepared by [[PERSON:Bethan Lloyd]]""",
    # 5
    """ASSET REGISTER - floor 3
HOST          SERIAL        MAC                 FIRMWARE      ASSIGNED TO
LT-0419       5CG1284XQ2    A4:5E:60:D1:22:9F   1.12.4.220    [[PERSON:Priscilla Amankwah]] ([[USERNAME:pamankwah]])
LT-0420       5CG1284XR7    A4:5E:60:D1:23:04   1.12.4.220    spare
PR-3F-01      VNB3K41120    00:1B:A9:4C:77:E0   4.3.10.12     shared (print room)
SW-3F-CORE    FOC2241X0LM   70:1F:53:9A:00:12   17.9.4.1      network team
Warranty batch WB-2023-118; PO 4500118273""",
    # 6
    """اطلاع برائے صارفین
ہماری قائداعظم روڈ برانچ (برانچ کوڈ 0418) تزئین و آرائش کے باعث عارضی طور پر جناح ایونیو منتقل کی جا رہی ہے۔ ہیلپ لائن: 111-225-225 یا 0800-22522۔ سوئفٹ کوڈ: MEZNPKKA۔ نوٹس نمبر: NTC-2024-77120۔
مزید معلومات کے لیے برانچ منیجر [[PERSON:نوید اقبال]] سے رابطہ کریں۔""",
    # 7
    """Programme - Day 2, Hall B
09:00  Crohn's disease in adolescents: what's new (session S2-04)
09:40  Hodgkin lymphoma follow-up and the Ann Arbor staging revisited
10:20  Coffee (sponsored by Abbott; booth 12)
10:40  Apgar scores and long-term outcomes - lot L240611-B data set
11:20  Case presentation: patient 07-44A, a [[AGE:63]]-year-old man with Guillain-Barré syndrome, presented by [[PERSON:Dr. Samira Haddad]]
Wi-Fi: ConfGuest / 2024Hall!   Helpdesk: 020 7946 0018""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind100", STYLES, OUT)


if __name__ == "__main__":
    main()

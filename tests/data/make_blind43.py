"""Build tests/data/blind43.jsonl: a forty-third *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind43.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, git history, or the records of the
other gold sets (every *.jsonl set, blind_table/, and the record lists inside
the make_*.py scripts). Exactly three things were read: lines 1-121 of
make_blind22.py (its module docstring with the labeling conventions and the
style descriptions, and its import lines; that range also ends on the opening
of its GEN list and that list's first record) and its closing scaffolding,
from the line starting `STYLES = {` to the end of the file (its STYLES dict
and main(), copied here with this set's styles); gold_sets.py, whole; and
lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). The import lines below follow
make_blind22.py. The detector, the bench and the tests were never run on
this file. Do not tune the detector against it: once it has been used to
tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, and the national check digits inside the
French, Spanish, Belgian, Portuguese and Italian IBANs are right too (worked
out by hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs and refuses a bad one).
National ids with a public check digit (NHS number, SIN, Aadhaar, BSN,
CPF, DNI and NIE, Spanish social-security number, South African ID, Irish
PPSN, Singapore NRIC, Turkish T.C. kimlik no, French NIR, Australian
Medicare, New Zealand IRD, Mexican CURP) were given a valid one the same
way (the South African ids, the NIRs, the Indonesian NIKs, the Malaysian
MyKad and the Vietnamese CCCD agree with the person's sex and birth date
where they show). UK NI numbers, UTRs, US SSNs and ITINs (no check digit),
PAN, NPWP, Nigerian NIN and BVN, Kenyan ids and KRA PINs, Philippine
PhilHealth numbers, US alien numbers, passports, licences, plates, bank
account numbers and staff, student, member, patient and loyalty numbers
were not checked.

Styles (ids `blind43-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Canada, Australia, New Zealand, Ireland, India, Nigeria,
Kenya, South Africa, Singapore, the Philippines and more, with names from
the many cultures living there), the rest in French, Spanish, Turkish and
Indonesian:
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k, gretel-pii-masking-en-v1 and Nemotron-PII: one-line
  sentences dense with entities, forms, emails, support tickets, log lines,
  claim and loan forms, records with usernames, passwords, IPv4 / IPv6,
  user agents, MACs, cards, IBANs, SSNs, passports, licences, plates and
  national and tax ids.
- `gen` (90): realistic sentences with personal data as a third-party LLM
  would write them, PII woven into prose, with weight on airline customer
  service, childcare and nurseries, small business loans, vehicle accidents
  and insurance, hospital discharge summaries and online dating safety
  reports, and many other everyday domains besides.
- `table` (35): one labeled table per record rendered as text (CSV, pipes /
  Markdown, TSV, fixed-width, JSON lines, YAML, key: value blocks), with
  varied column names and non-PII columns; header rows are not labeled.
- `chat` (8): chat and messaging transcripts (support chats, group chats,
  SMS threads) with the PII given in the turns.
- `lookalike` (7): texts full of things that look like PII but are not
  (booking, policy, claim and tracking references, flight numbers, VINs,
  serials, versions shaped like IPs, hashes, company phone numbers and role
  mailboxes, eponyms, streets named after people without a number), with
  the few real PII values labeled; one has none at all.

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it (Madame, Mme, M., Sr.,
  Sra., Dra., doña, Herr, Signora, Sardar, Bapak, Ibu, dr., Hanım, and the
  MR / MRS / MSTR / DR of airline and HL7 name fields too); job titles are
  not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, neighbourhood, county, state /
  province (also abbreviated) and country are LOCATION; postcodes of every
  shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, admission and
  discharge, flight, accident, move, start of a job or of a nursery place,
  hearing, date, signature ...) with a day or month, in any shape; a
  weekday or a clock time said with the date belongs to the date's span;
  not bare years, weekdays alone, times alone, durations, or dates not tied
  to a person (sale, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member and frequent-flyer numbers, bank account
  numbers, non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers and company
  names, user agents, MAC addresses, sort codes, BSB, IFSC, SWIFT / BIC and
  routing numbers, CVVs and expiries, PINs, order / ticket / claim / policy
  / booking / case / tracking references, flight and seat numbers, VINs,
  company phone numbers and role mailboxes, versions, hashes, serials,
  partial numbers ("ending 4417"), pets, eponyms and brands named after
  people, streets without a number, a header row.
- In a table a "sex", "gender", "role", "dept" or "status" column stays
  unlabeled, an "age" column is AGE, a "country" or "state" column is
  LOCATION and a "nationality" column is NRP; a building number given in
  its own field is ADDRESS like a street, and a secondary address field is
  ADDRESS; a "last login" timestamp of a person's account is DATE_TIME.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind43.jsonl")

BENCH = [
    """Dear [[PERSON:Marisol Quintero]], we detected a sign-in to your account [[USERNAME:mquintero_77]] from [[IP_ADDRESS:73.162.14.205]] (Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36) on [[DATE_TIME:14/02/2025 at 03:17]]. If this wasn't you, we'll text a one-time code to [[PHONE_NUMBER:+1-786-204-5519]]; your temporary password is Rk!42vqLp9.""",
    """Patient [[PERSON:Gideon Achterberg]], [[AGE:58]], male, DOB [[DATE_TIME:1966-09-03]], presented to the clinic at [[ADDRESS:4402 Marlowe Street, Suite 300]], [[LOCATION:Baltimore]], [[LOCATION:Maryland]] [[ZIP_CODE:21224]] with chest tightness on exertion. Insurance member ID [[ID_NUMBER:YHM884027135]]; SSN on file [[US_SSN:602-19-4487]]; emergency contact [[PERSON:Ingrid Achterberg]] at [[PHONE_NUMBER:(410) 327-6615]].""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Henrietta Okwuosa]]
Co-applicant: [[PERSON:Chidi Okwuosa]]
Date of birth (applicant): [[DATE_TIME:March 9, 1984]]
Home address: [[ADDRESS:2716 Wexford Lane]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28210]]
Employer: Meridian Freight LLC | Job title: Logistics Coordinator | Annual income: $71,400
Checking account: [[ID_NUMBER:2207418836]] (routing 053000196)
Loan amount requested: $28,500 | Purpose: vehicle purchase
Signed electronically [[DATE_TIME:01/17/2025 16:42 EST]] from IP [[IP_ADDRESS:24.199.87.31]]""",
    """[[PERSON:Kofi]] from [[LOCATION:Kumasi]] changed his payout card to [[CREDIT_CARD:5204 7311 8862 9045]] and his email to [[EMAIL_ADDRESS:kofi.boateng.gh@gmail.com]] at 02:14 on [[DATE_TIME:March 3rd]]; the previous MAC address 3C:22:FB:7A:01:9E no longer matches the device.""",
    """Claimant: [[PERSON:Lorraine Tsosie]] | Policy: HO-4471-2290-AZ | Claim: 25-118-4402 | Date of loss: [[DATE_TIME:02/11/2025]] | Loss location: [[ADDRESS:918 W Cottonwood Ln]], [[LOCATION:Flagstaff]], [[LOCATION:AZ]] [[ZIP_CODE:86001]] | Cause: frozen pipe burst | Phone: [[PHONE_NUMBER:928-606-1147]] | Email: [[EMAIL_ADDRESS:ltsosie.nav@outlook.com]] | Adjuster: [[PERSON:Wes Halloran]]""",
    """Good morning [[PERSON:Mx. Rowan Adeleke-Price]], your student account has been created. Student number: [[ID_NUMBER:2518844]]. Username: [[USERNAME:radelekeprice]]. Initial password: Welcome#2025. Your registered term-time address is [[ADDRESS:Flat 14, Cavendish Hall, 3 Hillhead Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 8QQ]].""",
    """[[DATE_TIME:2025-03-18T09:41:27.553Z]] WARN auth-service login_failed user=[[USERNAME:t.vandermeer]] email=[[EMAIL_ADDRESS:tessa.vandermeer@kpnmail.nl]] src=[[IP_ADDRESS:2a02:a46e:5c3:0:9d1f:44be:e01:72a0]] attempts=5 ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15" action=lockout""",
    """Re: Employment verification for [[PERSON:Santiago Ibarra]]. [[PERSON:Mr. Ibarra]] has been employed with our company as a Senior Data Analyst since [[DATE_TIME:June 14, 2021]]. His employee ID is [[ID_NUMBER:EMP-004718]] and his current base salary is $112,000. For the purposes of your lease application at [[ADDRESS:55 Water Street, Apt 19C]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11201]], please contact [[PERSON:Renée Faulkner]] in HR at [[EMAIL_ADDRESS:rfaulkner@northwindanalytics.com]].""",
    """Name: [[PERSON:Aigerim Bekova]]; Gender: Female; Nationality: [[NRP:Kazakh]]; Passport No: [[ID_NUMBER:N12847301]]; Date of issue: 04.05.2021; Date of birth: [[DATE_TIME:22.11.1993]]; Place of birth: [[LOCATION:Almaty]]; Intended arrival: [[DATE_TIME:09.06.2025]]; Contact e-mail: [[EMAIL_ADDRESS:a.bekova93@mail.kz]]""",
    """Hey [[PERSON:Brennan]], your order shipped to [[ADDRESS:PO Box 1182]], [[LOCATION:Whitehorse]], [[LOCATION:YT]] [[ZIP_CODE:Y1A 5L4]]. We charged the Visa ending 0417 and sent the receipt to [[EMAIL_ADDRESS:brennan.mcleod@yukonmail.ca]]. Tracking: 1Z 4E7 982 03 4417 2290.""",
    """Transaction alert: [[CREDIT_CARD:4556-7302-1984-4174]] was used for $2,318.40 at a merchant in [[LOCATION:Lagos]], [[LOCATION:Nigeria]] at 23:51 on [[DATE_TIME:09 Mar 2025]]. Cardholder: [[PERSON:Mrs. Delphine Achebe-Roux]], [[ADDRESS:7 Queensberry Place]], [[LOCATION:London]] [[ZIP_CODE:SW7 2DL]]. Reply Y if this was you.""",
    """The vehicle with registration [[ID_NUMBER:BD71 XKR]] belonging to [[PERSON:Imogen Castellanos]] (licence [[ID_NUMBER:CASTE857163I99LK]]) was recorded travelling at 47 mph in a 30 mph zone on [[DATE_TIME:16/01/2025 at 07:58]]. A Notice of Intended Prosecution has been sent to [[ADDRESS:12 Orchard Rise]], [[LOCATION:Tewkesbury]], [[LOCATION:Gloucestershire]] [[ZIP_CODE:GL20 5NB]].""",
    """{"customer_id": "[[ID_NUMBER:CUS-88120457]]", "full_name": "[[PERSON:Haruto Sakamoto]]", "dob": "[[DATE_TIME:1990-07-28]]", "email": "[[EMAIL_ADDRESS:haruto.sakamoto@docomo.ne.jp]]", "phone": "[[PHONE_NUMBER:+81 90-4471-2208]]", "address": {"line1": "[[ADDRESS:3-14-7 Nishi-Shinjuku]]", "city": "[[LOCATION:Shinjuku-ku]]", "prefecture": "[[LOCATION:Tokyo]]", "postal_code": "[[ZIP_CODE:160-0023]]"}, "last_login_ip": "[[IP_ADDRESS:126.211.40.19]]", "tier": "gold"}""",
    """Please update the payroll record for [[PERSON:Thandiwe Dube]]: new bank account [[ID_NUMBER:62814490371]] at FNB (branch code 250655), ID number [[ID_NUMBER:9509270219083]], tax reference [[ID_NUMBER:0418265731]], effective from the [[DATE_TIME:25 April 2025]] pay run. Her cell number has changed to [[PHONE_NUMBER:072 381 9046]].""",
    """Ticket #INC0049127 | Opened by [[PERSON:Rahul Bhattacharya]] ([[EMAIL_ADDRESS:rahul.b@infrasoft.co.in]], ext. 4417) | Device: LT-BLR-0883, MAC 00:1A:2B:9C:4D:7E, IP [[IP_ADDRESS:10.24.118.73]] | Issue: Outlook keeps asking for password after Windows 11 23H2 update | Location: [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560066]] | Priority: P3""",
    """SEPA Direct Debit Mandate. Mandate reference: FIT-0098812. Debtor: [[PERSON:Johanna Riedl]], [[ADDRESS:Hohenzollernstraße 41]], [[ZIP_CODE:80801]] [[LOCATION:München]]. Debtor IBAN: [[IBAN_CODE:DE46500105175407324119]]. Creditor identifier: DE98ZZZ09999999999. Place and date of signature: [[LOCATION:München]], [[DATE_TIME:03.02.2025]].""",
    """Pension verification. Name: [[PERSON:Abimbola Fashola]]; Age: [[AGE:61]]; Address: [[ADDRESS:44 Ogunlana Drive]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]; NIN: [[ID_NUMBER:48213907752]]; BVN: [[ID_NUMBER:22318840715]]; RSA PIN: [[ID_NUMBER:PEN100448213907]]; Verified on: [[DATE_TIME:12/03/2025]]; Phone: [[PHONE_NUMBER:+234 803 447 1290]].""",
    """Attention [[PERSON:Coralie Vasquez-Holt]]: Human Resources still needs your updated W-4. Please include your SSN [[US_SSN:418-62-0937]] and confirm your current address, [[ADDRESS:6604 Kirkwood Terrace]], [[LOCATION:Fort Wayne]], [[LOCATION:Indiana]] [[ZIP_CODE:46815]]. Uploads from outside the corporate network (your last one came from [[IP_ADDRESS:98.212.4.166]]) will be held for review.""",
    """CREDIT CARD DISPUTE FORM
Cardholder name: [[PERSON:Yusuf Demirci]]
Card number: [[CREDIT_CARD:4024 0071 5539 8620]]
Expiry: 11/27   CVV: (not required)
Merchant: SkyHigh Travel Ltd
Amount: $1,846.00
Reason: Services not rendered (flight cancelled, refund never received)
Contact phone: [[PHONE_NUMBER:(201) 447-8830]]
Signature: [[PERSON:Y. Demirci]]   Date: [[DATE_TIME:03/04/2025]]""",
    """Progress note. [[PERSON:Priscilla Onyango]], F, [[AGE:34]], MRN [[ID_NUMBER:KNH-2024-118457]]. Seen [[DATE_TIME:14 Feb 2025 10:20]] for follow-up of gestational diabetes at 31 weeks; fasting glucose 5.9. Lives in [[LOCATION:Kilimani]], [[LOCATION:Nairobi]]. NHIF no. [[ID_NUMBER:4418207]]. Husband [[PERSON:Otieno]] reachable on [[PHONE_NUMBER:0722 418 903]].""",
    """Your vehicle [[ID_NUMBER:YK19 OPA]] (VIN WBA8E1C50JA171944) is booked in for its MOT on [[DATE_TIME:27/03/2025]] under the name [[PERSON:Ellis Pemberton]]; we'll text [[PHONE_NUMBER:07488 201 377]] when it's ready. Garage line: 0113 496 0021.""",
    """Account holder: [[PERSON:Siddharth Menon]] | A/c no.: [[ID_NUMBER:001401538827]] | IFSC: ICIC0000014 | Branch: [[LOCATION:Kakkanad]], [[LOCATION:Kochi]] | Registered mobile: [[PHONE_NUMBER:+91-94470-18823]] | PAN: [[ID_NUMBER:BQEPM6612K]] | Aadhaar: XXXX XXXX 0364 | Nominee: [[PERSON:Lakshmi Menon]]""",
    """This Residential Lease Agreement is entered into on [[DATE_TIME:April 1, 2025]] between [[PERSON:Gordon Whitlock]] ("Landlord") and [[PERSON:Amira Haddad]] and [[PERSON:Youssef Haddad]] ("Tenants") for the premises at [[ADDRESS:1208 Juniper Court, Unit B]], [[LOCATION:Boise]], [[LOCATION:Idaho]] [[ZIP_CODE:83706]]. Rent of $1,650 is due on the first of each month by transfer to Landlord's account no. [[ID_NUMBER:7730418822]].""",
    """{"ts":"[[DATE_TIME:2025-02-11T22:03:14Z]]","event":"password_reset","user":"[[USERNAME:akosua.mensah]]","email":"[[EMAIL_ADDRESS:akosua.mensah@ashesi.edu.gh]]","ip":"[[IP_ADDRESS:154.160.22.87]]","mac":"A4:83:E7:2B:90:1C","new_password_hash":"$2b$12$Kq9xVb1Lr0uT3mYw8eZ1OeJ7"}""",
    """Müşteri adı: [[PERSON:Burak Öztürk]]; T.C. Kimlik No: [[ID_NUMBER:12745098310]]; Doğum tarihi: [[DATE_TIME:14.02.1987]]; Adres: [[ADDRESS:Atatürk Mah. Cumhuriyet Cad. No: 45 D: 8]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]] [[ZIP_CODE:06690]]; Cep: [[PHONE_NUMBER:0541 338 72 06]]; IBAN: [[IBAN_CODE:TR75 0006 2010 0000 7391 8462 05]]; E-posta: [[EMAIL_ADDRESS:burak.ozturk87@gmail.com]]""",
    """Nom : [[PERSON:Lefebvre]] ; Prénom : [[PERSON:Camille]] ; Née le : [[DATE_TIME:03/06/1987]] à [[LOCATION:Paris]] (14e) ; N° de sécurité sociale : [[ID_NUMBER:2 87 06 75 114 052 33]] ; Adresse : [[ADDRESS:27 avenue Jean-Jaurès]], [[ZIP_CODE:69007]] [[LOCATION:Lyon]] ; Tél. : [[PHONE_NUMBER:06 48 21 93 57]] ; Courriel : [[EMAIL_ADDRESS:camille.lefebvre@orange.fr]] ; Situation familiale : pacsée""",
    """Can you confirm that [[PERSON:Oksana Hrytsenko]]'s new IBAN [[IBAN_CODE:GB52 MIDL 4005 1562 0833 14]] (BIC MIDLGB22) is now linked to her payroll profile in [[LOCATION:Leeds]]? Employee number [[ID_NUMBER:LDS-20931]], start date [[DATE_TIME:10 March 2025]].""",
    """FIRST NOTICE OF LOSS - AUTO
Insured driver: [[PERSON:Valentina Greco]]   DOB: [[DATE_TIME:08/30/1979]]
Driver license: [[US_DRIVER_LICENSE:G620-418-79-870-0]] (FL)
Vehicle: 2022 Honda CR-V, VIN 7FARW2H84NE018834, plate [[ID_NUMBER:QRT 4K8]] (FL)
Date/time of accident: [[DATE_TIME:02/28/2025 5:45 PM]]
Location: I-4 eastbound near exit 82, [[LOCATION:Orlando]], [[LOCATION:FL]]
Other party: [[PERSON:Desmond Pryce]], phone [[PHONE_NUMBER:407-339-2184]], insurer GEICO, policy 6021-44-18-77
Injuries: none reported. Police report no. 2025-OPD-008812""",
    """Form W-9 (excerpt). Name: [[PERSON:Lucas Ferreira-Mbeki]]. Business name: LFM Creative Studio. Federal tax classification: individual / sole proprietor. Address: [[ADDRESS:318 Bergen Ave, Fl 2]], [[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07305]]. Taxpayer identification number (SSN): [[US_SSN:149-52-7308]]. Signature date: [[DATE_TIME:01/06/2025]].""",
    """EMPLOYEE | [[PERSON:Nguyen Van Thanh]] | ID [[ID_NUMBER:VN-HCM-00231]] | DOB [[DATE_TIME:1992/04/17]] | Hire date [[DATE_TIME:2019/11/04]] | Dept: Warehouse | Title: Forklift Operator | Mobile [[PHONE_NUMBER:+84 903 418 227]] | Home: [[ADDRESS:112/5 Nguyen Trai]], [[LOCATION:District 1]], [[LOCATION:Ho Chi Minh City]]""",
    """Applicant [[PERSON:Tan Mei Xuan]] (NRIC [[ID_NUMBER:T0418836A]]) of [[ADDRESS:Blk 287 Tampines Street 22, #08-114]], [[LOCATION:Singapore]] [[ZIP_CODE:520287]] applied for the BTO flat on [[DATE_TIME:18 Feb 2025]]; gross household income S$8,400; mobile [[PHONE_NUMBER:9123 4476]].""",
    """MOD-QUEUE item 88213: reporter_id=[[ID_NUMBER:U-5582014]] flagged profile [[USERNAME:sunny_dimples_22]] (display name "[[PERSON:Sunny]]", age [[AGE:24]], location [[LOCATION:Quezon City]]) for soliciting money; evidence: chat export, GCash number [[PHONE_NUMBER:0966 218 4470]]; account created from [[IP_ADDRESS:112.198.71.40]]; action: shadow-ban pending review""",
    """RP/LOSN28100/
  1.[[PERSON:ABUBAKAR]]/[[PERSON:AMINA]] [[TITLE:MRS]]   2.[[PERSON:ABUBAKAR]]/[[PERSON:YUSUF]] [[TITLE:MSTR]](CHD/[[DATE_TIME:12JUN17]])
  3  ET 911 Y [[DATE_TIME:14APR]] ABVADD HK2
  4  ET 500 Y [[DATE_TIME:15APR]] ADDIAD HK2
  5 AP [[PHONE_NUMBER:+234 803 119 4457]]
  6 SSR CTCE ET HK1 [[EMAIL_ADDRESS:AMINA.ABUBAKAR//GMAIL.COM]]
  7 TK OK10MAR/LOSN28100""",
    """From: [[EMAIL_ADDRESS:dmitri.volkov.84@yandex.ru]]
To: support@cloudbox.io
Subject: Account locked

Hello, my account [[USERNAME:dvolkov84]] was locked after I logged in from a hotel in [[LOCATION:Tbilisi]] on [[DATE_TIME:March 2]]. My phone for 2FA is [[PHONE_NUMBER:+995 599 41 88 20]]. Please unlock it.
[[PERSON:Dmitri Volkov]]""",
    """Solicitud de alta. Titular: [[PERSON:Andrea Bianchi]]; NIE: [[ID_NUMBER:X4719203V]]; Nº afiliación Seguridad Social: [[ID_NUMBER:28/07193654/74]]; Fecha de nacimiento: [[DATE_TIME:17/09/1990]]; Domicilio: [[ADDRESS:C/ Sant Pere Més Alt, 22, 3º 1ª]], [[ZIP_CODE:08003]] [[LOCATION:Barcelona]]; Móvil: [[PHONE_NUMBER:+34 612 48 30 97]]; Cuenta de abono: [[IBAN_CODE:ES31 2100 0418 4102 0154 8736]]""",
    """Reminder: [[PERSON:Tobias]]'s orthodontic appointment is on [[DATE_TIME:Thursday, 12 June at 16:15]] at our [[LOCATION:Parnell]] practice. The account is in his mother [[PERSON:Hana Kimura-Walsh]]'s name, with Mastercard [[CREDIT_CARD:5489 0127 6604 4311]] on file for the $180 co-payment.""",
    """CN23 customs declaration. Sender: [[PERSON:Oluwadamilare Ajayi]], [[ADDRESS:19 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]. Addressee: [[PERSON:Folake Ajayi]], [[ADDRESS:Flat 6, 240 Romford Road]], [[LOCATION:London]] [[ZIP_CODE:E7 9HZ]], [[LOCATION:United Kingdom]], tel. [[PHONE_NUMBER:+44 20 8519 3307]]. Contents: 2 x ankara fabric, 1 x shea butter (500 g). Value: NGN 85,000. Item no. EE418203377NG.""",
    """[[IP_ADDRESS:81.139.22.204]] - [[USERNAME:jpoulsen]] [[[DATE_TIME:18/Mar/2025:14:02:51 +0000]]] "GET /account/settings HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15\"""",
    """To Equifax Information Services: I, [[PERSON:Marjorie Ellen Tolliver]], SSN [[US_SSN:227-40-8816]], DOB [[DATE_TIME:10/05/1958]], dispute the collection account reported by Midland Credit. I have never lived at [[ADDRESS:1450 Route 9W]], [[LOCATION:Newburgh]], [[LOCATION:NY]]; my address since [[DATE_TIME:March 2003]] has been [[ADDRESS:27 Birch Hollow Rd]], [[LOCATION:Kingston]], [[LOCATION:NY]] [[ZIP_CODE:12401]].""",
    """Hi [[PERSON:Dolores]], it's [[PERSON:Pete]] from the branch. The wire of $14,200 to [[PERSON:Gustavo Lindqvist]] at IBAN [[IBAN_CODE:NL91 ABNA 0417 7820 93]] is on hold because the beneficiary name doesn't match the account. Can you call me on my mobile, [[PHONE_NUMBER:(512) 660-3381]], before 3pm?""",
    """In the upcoming workshop on paediatric nutrition, [[PERSON:Dr. Yaw Mensah-Bonsu]] ([[AGE:52]]) will present on [[DATE_TIME:22nd April, 10:30]]; direct questions to [[EMAIL_ADDRESS:ymensahbonsu@kbth.gov.gh]] or WhatsApp [[PHONE_NUMBER:+233 24 418 9027]].""",
    """STATEMENT OF ACCOUNT
[[TITLE:MR]] [[PERSON:ADEWALE K OGUNDIPE]]
[[ADDRESS:FLAT 2, 17 PEMBROKE ROAD]]
[[LOCATION:BRISTOL]]
[[ZIP_CODE:BS8 3BA]]
Account number [[ID_NUMBER:17742260]]   Sort code 30-96-34
IBAN [[IBAN_CODE:GB67 LOYD 3096 3417 7422 60]]   BIC LOYDGB21
Statement period 01 FEB 2025 to 28 FEB 2025""",
    """Immunisation record. Child: [[PERSON:Arjun Pillai]], DOB [[DATE_TIME:2019-08-14]], Medicare [[ID_NUMBER:4382 09174 2]]. Parent/guardian: [[PERSON:Divya Pillai]], [[ADDRESS:9 Wattle Grove]], [[LOCATION:Werribee]] [[LOCATION:VIC]] [[ZIP_CODE:3030]]. MMR dose 2 given [[DATE_TIME:20/02/2025]] by [[PERSON:Nurse Kate O'Brien]]; batch no. MR2291A.""",
    """Applicant [[PERSON:Ximena Cárdenas]] ([[USERNAME:ximena.cardenas]] on the portal) attached her résumé; LinkedIn [[URL:https://www.linkedin.com/in/ximena-cardenas-ux]], portfolio [[URL:https://ximenacardenas.design]], phone [[PHONE_NUMBER:+52 1 55 3391 4028]]. Available from [[DATE_TIME:1 May]]; expected salary MXN 65,000 per month.""",
    """Sipariş no: 2025031845521. Alıcı: [[PERSON:Selin Kaya]]; teslimat adresi: [[ADDRESS:Mimar Sinan Mah. 1453 Sok. No: 12/4]], [[LOCATION:Bornova]]/[[LOCATION:İzmir]]; kart: [[CREDIT_CARD:5418 9032 7716 0586]]; tel: [[PHONE_NUMBER:+90 505 612 44 81]]. Müşteri, kargonun "teslim edildi" göründüğünü ancak kendisine ulaşmadığını belirtti.""",
    """[[PERSON:Kaito]], please transfer the rent to [[IBAN_CODE:GB55 HBUK 4012 7683 3904 15]] by Friday; the flat at [[ADDRESS:31 Lorne Street]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH6 8QW]] is yours from [[DATE_TIME:the 1st of April]].""",
    """Participant: [[PERSON:Marguerite Oyelowo-Banks]]; Date of birth: [[DATE_TIME:7 Dec 1961]]; NHS number: [[ID_NUMBER:401 023 2137]]; GP: [[PERSON:Dr. Hamish Strachan]], [[LOCATION:Norwich]]; Consent taken by: [[PERSON:Aoife Gallagher]], research nurse, on [[DATE_TIME:19 February 2025 at 11:05]]; Study arm: B.""",
    """[[DATE_TIME:Mar 19 02:14:07]] db-prod-03 sudo:   [[USERNAME:kpatel]] : TTY=pts/1 ; PWD=/home/[[USERNAME:kpatel]] ; USER=root ; COMMAND=/usr/bin/psql -U postgres -d billing""",
    """Dear [[PERSON:Ms Chiamaka Eze]], thank you for renewing. Named drivers: [[PERSON:Chiamaka Eze]] (DOB [[DATE_TIME:02/09/1990]], licence [[ID_NUMBER:EZE99959020C99JP]]) and [[PERSON:Obinna Eze]] (DOB [[DATE_TIME:15/11/1987]]). Vehicle: [[ID_NUMBER:LC70 RWE]], 2020 Kia Niro. Premium £612.40 by monthly direct debit from the account ending 2260. Policy MTR/7731902.""",
    """Security answers on file for [[USERNAME:lorenzo_b]]: mother's maiden name "[[PERSON:Bertolucci]]", first pet "Pippo", city of birth "[[LOCATION:Bergamo]]", favourite teacher "[[TITLE:Signora]] [[PERSON:Valli]]".""",
    """[[PERSON:Oisín Mac Giolla Phádraig]] (staff no. [[ID_NUMBER:004418]]), PPSN [[ID_NUMBER:6812043W]], last working day [[DATE_TIME:Friday 28 March 2025]]; P45 to be posted to [[ADDRESS:Apt 5, Block C, Clancy Quay]], [[LOCATION:Islandbridge]], [[LOCATION:Dublin 8]], [[ZIP_CODE:D08 W2X4]].""",
    """Doorbell event | device SN RBX-441-2290 | site: [[ADDRESS:77 Pinecrest Dr]], [[LOCATION:Cary]], [[LOCATION:NC]] [[ZIP_CODE:27513]] | owner: [[PERSON:Bianca Ortiz-Lamb]] ([[EMAIL_ADDRESS:bianca.ortizlamb@gmail.com]]) | shared user: [[PERSON:Devin Lamb]] | last app login [[DATE_TIME:2025-03-20 07:12:44 EDT]] from [[IP_ADDRESS:2600:1700:5a90:8e0::41]] | firmware 4.18.2""",
    """Data nasabah. Nama: [[PERSON:Putu Ayu Widiastuti]]; NIK: [[ID_NUMBER:5171046204920003]]; Tempat/Tgl lahir: [[LOCATION:Denpasar]], [[DATE_TIME:22-04-1992]]; Alamat: [[ADDRESS:Jl. Teuku Umar No. 88]], [[LOCATION:Denpasar Barat]], [[LOCATION:Bali]] [[ZIP_CODE:80114]]; No. HP: [[PHONE_NUMBER:+62 812-3644-7190]]; No. rekening: [[ID_NUMBER:1450018823417]]; NPWP: [[ID_NUMBER:84.217.339.0-901.000]]; Pekerjaan: wiraswasta""",
    """As discussed, [[PERSON:Ngozi]]'s passport ([[ID_NUMBER:A09948217]]) expires in July, so please book her renewal appointment for [[DATE_TIME:6/5 at 9:00]] and send the confirmation to [[EMAIL_ADDRESS:ngozi.e@protonmail.com]].""",
    """Patient Name: [[PERSON:Ebony Carter-Hughes]]
MRN: [[ID_NUMBER:MRN-0039918]]
DOB: [[DATE_TIME:Jan 14, 1989]]
Admit: [[DATE_TIME:2025-03-02 21:40]]
Discharge: [[DATE_TIME:2025-03-05 11:15]]
Attending: [[PERSON:Dr. Raj Malhotra]]
Discharge diagnosis: Acute pyelonephritis
Disposition: Home, oral ciprofloxacin x 7 days
Patient phone: [[PHONE_NUMBER:(919) 402-7715]]""",
    """PROFESSIONAL LICENSE VERIFICATION
Licensee: [[PERSON:Maribel Santos-Cruz]], RN
License no.: [[ID_NUMBER:RN 884127]]
State: [[LOCATION:California]]
Status: Active   Expiration: 2026-08-31
Address of record: [[ADDRESS:2290 Alvarado St, Apt 7]], [[LOCATION:San Leandro]], [[LOCATION:CA]] [[ZIP_CODE:94577]]
Disciplinary actions: None""",
    """Hey [[PERSON:Jamal]], can you text [[PERSON:Mrs. Okafor]] at [[PHONE_NUMBER:470-218-5534]] that her son's bus pickup moves to [[ADDRESS:3100 Briarcliff Rd]] starting [[DATE_TIME:Monday the 14th]]?""",
    """Dear [[PERSON:Mr. Faisal Al-Qahtani]], due to operational reasons your flight SV 119 from [[LOCATION:Riyadh]] to [[LOCATION:London]] on [[DATE_TIME:21 March 2025]] will now depart at 14:35. Booking reference 6YTR2K. Your Alfursan membership [[ID_NUMBER:AF 0418 2277 93]] has been credited with 2,000 miles. We have your contact number as [[PHONE_NUMBER:+966 55 418 3307]].""",
    """SMALL BUSINESS LOAN APPLICATION
Business legal name: Harbour Lights Bakery Ltd
Company number: SC611829
Director: [[PERSON:Morag Henderson]]
Director DOB: [[DATE_TIME:19/07/1975]]
Director home address: [[ADDRESS:6 Kirk Wynd]], [[LOCATION:Anstruther]], [[LOCATION:Fife]] [[ZIP_CODE:KY10 3AT]]
NI number: [[ID_NUMBER:SH 22 91 47 D]]
Amount: £35,000 over 48 months
Business account: sort code 80-22-60, no. [[ID_NUMBER:10447218]]
Contact: [[PHONE_NUMBER:07731 044 219]] / [[EMAIL_ADDRESS:morag@harbourlightsbakery.co.uk]]""",
    """On [[DATE_TIME:03/15/2025 at 2210 hrs]] Unit 1, driven by [[PERSON:Cody Jenkins]] (W/M, [[AGE:22]], OK DL [[US_DRIVER_LICENSE:T048812299]]), failed to yield and struck Unit 2, driven by [[PERSON:Linda Harjo]] ([[AGE:64]]), at NW 23rd St and N May Ave in [[LOCATION:Oklahoma City]]. Unit 2 passenger [[PERSON:Elsie Harjo]] was transported by EMSA. Unit 1 tag [[ID_NUMBER:LKM-492]]; Unit 2 tag [[ID_NUMBER:JPW-718]].""",
    """Demande de prêt professionnel. Emprunteur : [[TITLE:M.]] [[PERSON:Youssef El Amrani]], né le [[DATE_TIME:9 mars 1992]] à [[LOCATION:Lyon]], gérant de la SARL Boulangerie du Parc (SIRET 852 417 339 00018). Domicile : [[ADDRESS:5 place Bellecour]], [[ZIP_CODE:69002]] [[LOCATION:Lyon]]. N° de sécurité sociale : [[ID_NUMBER:1 92 03 69 123 098 24]]. Montant demandé : 45 000 € sur 60 mois. IBAN : [[IBAN_CODE:FR76 1027 8060 7600 0218 7364 558]]. Portable : [[PHONE_NUMBER:+33 6 71 20 48 35]].""",
    """The VPN password for [[PERSON:Zhang Wei]]'s account ([[USERNAME:zwei03]]) was reset by the helpdesk at [[DATE_TIME:2025-03-14 16:20]]; the new one-time password 8xT#p2Lm was sent by SMS to [[PHONE_NUMBER:+86 138 1047 2295]].""",
    """PhilHealth Member Data Record. PIN: [[ID_NUMBER:12-025891734-6]]. Name: [[PERSON:DELA CRUZ]], [[PERSON:JUAN MIGUEL R.]] Date of birth: [[DATE_TIME:1988-12-30]]. Sex: M. Address: [[ADDRESS:Blk 4 Lot 22, Phase 2, Camella Homes]], [[LOCATION:Brgy. Molino III]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]] [[ZIP_CODE:4102]]. Dependents: [[PERSON:Maria Clara Dela Cruz]] (spouse), [[PERSON:Gabriel Dela Cruz]] (child).""",
    """Support case: [[PERSON:Wilhelmina de Groot]] says her Booking.com account ([[EMAIL_ADDRESS:w.degroot@ziggo.nl]]) was used to reserve a hotel in [[LOCATION:Lisbon]] for [[DATE_TIME:12–15 April]] that she didn't make; the card charged was her Visa [[CREDIT_CARD:4305 8821 9046 5174]]. BSN given for the ID check: [[ID_NUMBER:110473292]].""",
    """2024 Form 1040. Filing status: married filing jointly. Your first name and middle initial: [[PERSON:Andre J.]] Last name: [[PERSON:Baptiste]] Your SSN: [[US_SSN:541-30-9172]]. Spouse: [[PERSON:Nadia]] [[PERSON:Baptiste]], SSN [[US_SSN:541-30-8846]]. Home address: [[ADDRESS:912 Dauphine St]], [[LOCATION:New Orleans]], [[LOCATION:LA]] [[ZIP_CODE:70116]]. Dependent: [[PERSON:Simone Baptiste]], SSN [[US_SSN:662-47-1039]]. Direct deposit: routing 065000090, account [[ID_NUMBER:4417220938]], checking.""",
    """Called [[PERSON:Mr. Ogunleye]] on [[PHONE_NUMBER:+44 7700 134 882]] re overdue balance of £412.66 on account [[ID_NUMBER:AC-30071845]]; he says he will pay by card on [[DATE_TIME:Friday 4th April]]. Promise-to-pay logged, no further calls until then.""",
    """courier_id=[[ID_NUMBER:RD-449201]] name="[[PERSON:Joaquín Prieto]]" vehicle_plate=[[ID_NUMBER:7281 LMK]] dropoff="[[ADDRESS:Calle de Alcalá 214, 5ºB]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]]" recipient="[[PERSON:Nerea Goikoetxea]]" recipient_phone=[[PHONE_NUMBER:+34 699 204 118]] delivered_at=[[DATE_TIME:2025-03-21T13:47:02+01:00]] proof=photo""",
    """Student [[PERSON:Aylin Korkmaz]] (ID [[ID_NUMBER:S2024-0883]]), [[AGE:16]], has asked for an extension on her chemistry coursework; her guardian, [[PERSON:Hüseyin Korkmaz]] ([[EMAIL_ADDRESS:h.korkmaz@web.de]]), is copied in.""",
    """LAB REPORT
Patient: [[PERSON:OKONKWO]], [[PERSON:CHINEDU]]   Sex: M   Age: [[AGE:39]]Y
Hospital No: [[ID_NUMBER:UNTH/0048812]]   Lab No: 25-HEM-004418
Collected: [[DATE_TIME:11-Mar-2025 08:12]]
Requesting physician: [[PERSON:Dr. A. Eze]]
Hb 13.8 g/dL | WBC 6.2 x10^9/L | Platelets 241 x10^9/L""",
    """{"applicant":"[[PERSON:Olamide Bello]]","doc_type":"international_passport","doc_number":"[[ID_NUMBER:B00417722]]","nationality":"[[NRP:Nigerian]]","dob":"[[DATE_TIME:1995-10-02]]","selfie_match":0.91,"ip":"[[IP_ADDRESS:105.112.44.208]]","device":"SM-A546E","status":"manual_review"}""",
    """Estimado [[TITLE:Sr.]] [[PERSON:Rodrigo Paredes]]: le informamos de que su tarjeta de crédito terminada en 8820 ha sido bloqueada de forma preventiva tras un intento de compra desde [[LOCATION:Rumanía]]. Para desbloquearla, llame al 900 100 200 (gratuito) o responda desde [[EMAIL_ADDRESS:rparedes@telefonica.net]]. DNI del titular: [[ID_NUMBER:71840263Q]]. Domicilio: [[ADDRESS:Avda. de la Constitución 31, 4º izda.]], [[ZIP_CODE:41001]] [[LOCATION:Sevilla]].""",
    """Laporan insiden: penumpang [[PERSON:Rina Marlina]] ([[PHONE_NUMBER:0857-2210-4439]]) melaporkan pengemudi [[PERSON:Agus Setiawan]], pelat [[ID_NUMBER:B 4127 TKQ]], yang mengambil rute memutar dan meminta tambahan ongkos pada [[DATE_TIME:Jumat, 21 Maret 2025 pukul 22.15]]. Titik jemput: [[ADDRESS:Jl. Kemang Raya No. 12]], [[LOCATION:Jakarta Selatan]]. Status: akun pengemudi dibekukan sementara.""",
    """[[PERSON:Leopold Wirth]], the Q1 estimated tax payment on your freelance income is due; the voucher is pre-filled with your ITIN [[ID_NUMBER:912-78-4410]] and your mailing address, [[ADDRESS:88 Crescent Ave, Apt 2R]], [[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07304]].""",
    r"""MSH|^~\&|EPIC|STMARY|LAB|STMARY|20250318101522||ADT^A03|MSG004417|P|2.5
PID|1||[[ID_NUMBER:00883214]]^^^STM^MR||[[PERSON:KAMARA]]^[[PERSON:FATMATA]]^^^[[TITLE:MS]]||[[DATE_TIME:19720611]]|F|||[[ADDRESS:41 OAKWOOD AVE]]^^[[LOCATION:HARTFORD]]^[[LOCATION:CT]]^[[ZIP_CODE:06106]]||[[PHONE_NUMBER:(860)724-3318]]
PV1|1|I|4W^412^A||||[[PERSON:ADEYEMI]]^[[PERSON:SAMUEL]]^^^[[TITLE:DR]]|||MED||||||||||||||||||||||||||||[[DATE_TIME:202503141930]]|[[DATE_TIME:202503181015]]""",
    """Member [[PERSON:Yasmin Chaudhry]] ([[ID_NUMBER:M-0041882]]) checked in at the [[LOCATION:Wembley]] club on [[DATE_TIME:20/03/2025 06:02]] using door PIN 4418; membership fee collected from the account ending 7755.""",
    """SAFETY REPORT DS-2025-00917
Reporter: [[USERNAME:maplelatte]] (verified, [[AGE:29]], [[LOCATION:Calgary]])
Reported user: [[USERNAME:adventure_dan]], profile name "[[PERSON:Dan]]", claims [[AGE:35]]
Category: Harassment after unmatch
Details: continued contact by SMS from [[PHONE_NUMBER:403-919-2270]] and via Instagram [[URL:https://instagram.com/dan.outdoors.yyc]] after their date on [[DATE_TIME:March 8]].
Reported user's last IP: [[IP_ADDRESS:184.66.201.12]] (iPhone 13, app 7.44.1)""",
    """Subject: Claim CL-2025-448190 - supporting documents

Hello, attached are photos and the repair estimate for my 2018 Mazda 3 (reg [[ID_NUMBER:MZ18 KPL]]), which was hit while parked on [[DATE_TIME:Sunday 9 March]] outside my house at [[ADDRESS:52 Ferndale Road]], [[LOCATION:Swindon]] [[ZIP_CODE:SN2 1HL]]. My neighbour [[PERSON:Gareth Price]] ([[PHONE_NUMBER:07962 448 103]]) saw a delivery van reverse into it.
Kind regards,
[[PERSON:Bethan Lloyd-Morgan]]""",
    """Survey response 4471: [[PERSON:Quinn Adebayo-Larsen]], [[AGE:27]], non-binary, lives in [[LOCATION:Oslo]]; religion: [[NRP:Lutheran]]; party: [[NRP:Labour]]; contact [[EMAIL_ADDRESS:quinn.al@online.no]]; consent to follow-up: yes.""",
    """Road tax renewal complete for vehicle [[ID_NUMBER:WXY 8812]]. Owner: [[PERSON:Ahmad Zulkifli bin Hassan]]; MyKad no.: [[ID_NUMBER:880412-14-5527]]; address: [[ADDRESS:No. 21, Jalan SS 2/64]], [[ZIP_CODE:47300]] [[LOCATION:Petaling Jaya]], [[LOCATION:Selangor]]. Receipt e-mailed to [[EMAIL_ADDRESS:ahmad.zulkifli88@gmail.com]].""",
    """SIM registration: MSISDN [[PHONE_NUMBER:+254 712 448 301]], subscriber [[PERSON:Achieng Odhiambo]], ID no. [[ID_NUMBER:31844726]], DOB [[DATE_TIME:04/01/1998]], registered at the [[LOCATION:Kisumu]] shop on [[DATE_TIME:17 Mar 2025]]; KRA PIN [[ID_NUMBER:A013377419Z]].""",
    """Name: [[PERSON:Tomasz Zieliński]] | Headline: Backend engineer (Go, Kafka) | Location: [[LOCATION:Wrocław]], [[LOCATION:Poland]] | GitHub: [[URL:https://github.com/tzielinski-dev]] | Email: [[EMAIL_ADDRESS:tomasz.zielinski@wp.pl]] | Phone: [[PHONE_NUMBER:+48 601 224 873]] | Open to relocation: yes""",
    """NURSERY REGISTRATION FORM
Child's full name: [[PERSON:Ava-Rose Whitmore]]
Date of birth: [[DATE_TIME:11/10/2022]]
Home address: [[ADDRESS:23 Hawthorn Close]], [[LOCATION:Chelmsford]] [[ZIP_CODE:CM2 9QJ]]
Parent 1: [[PERSON:Lauren Whitmore]], mobile [[PHONE_NUMBER:07845 330 918]], nurse
Parent 2: [[PERSON:Jake Whitmore]], mobile [[PHONE_NUMBER:07912 604 227]]
GP: [[PERSON:Dr. Sunil Rao]], Beauchamp House Surgery
Allergies: none known
Also allowed to collect: [[PERSON:Carol Whitmore]] (grandmother), password "bluebell"
Start date: [[DATE_TIME:6 January 2025]]""",
    """Device registration for [[PERSON:Keanu Kahale]]: hostname KK-MBP-2023, MAC F0:18:98:4A:22:C1, IPv6 [[IP_ADDRESS:2607:fb90:a4c1:3310:18e2:7bff:fe44:9a01]], macOS 14.3, registered [[DATE_TIME:2025-03-11]], owner email [[EMAIL_ADDRESS:kkahale@hawaii.edu]].""",
    """TO WHOM IT MAY CONCERN: This is to certify that [[PERSON:Mr. Harpreet Singh Bedi]], son of [[TITLE:Sardar]] [[PERSON:Gurcharan Singh Bedi]], residing at [[ADDRESS:House No. 1147, Sector 22-B]], [[LOCATION:Chandigarh]] [[ZIP_CODE:160022]], has maintained Savings Account No. [[ID_NUMBER:32891045776]] with our branch since [[DATE_TIME:12.08.2011]] and that the conduct of the account has been satisfactory.""",
    """Frequent flyer profile. Name: [[PERSON:Ms Chen Yuting]]. Membership no.: [[ID_NUMBER:1742093815]]. Passport: [[ID_NUMBER:EH4471028]] (CHN). DOB: [[DATE_TIME:1991-02-17]]. Meal: AVML. Seat preference: aisle. Mobile: [[PHONE_NUMBER:+852 9184 2270]].""",
    """Borrower: [[PERSON:Harjeet Grewal]], SIN [[ID_NUMBER:619 740 285]], DOB [[DATE_TIME:1986-11-03]]; co-borrower: [[PERSON:Simran Grewal]], SIN [[ID_NUMBER:284 601 937]]; subject property: [[ADDRESS:14 Brookhaven Cres]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3S 8K2]]; purchase price $1,185,000; closing [[DATE_TIME:May 30, 2025]].""",
    """Hi, I can't log in. Username: [[USERNAME:grandma_joy42]], password: Sunshine1942 (I know, I know). Email is [[EMAIL_ADDRESS:joyce.pemberton42@aol.com]]. My grandson [[PERSON:Tyler]] set it up for me last Christmas. Thanks, [[PERSON:Joyce]]""",
    """IN THE HIGH COURT OF KENYA AT [[LOCATION:MOMBASA]]
SUCCESSION CAUSE NO. 118 OF 2024
IN THE MATTER OF THE ESTATE OF [[PERSON:SALIM ABDALLA MWINYI]] (DECEASED), who died on [[DATE_TIME:14th August 2024]] at [[LOCATION:Likoni]].
Petitioner: [[PERSON:Zainab Salim]], ID No. [[ID_NUMBER:22917403]], of [[ADDRESS:P.O. Box 90418]]-[[ZIP_CODE:80100]], [[LOCATION:Mombasa]].""",
    """At [[AGE:45]], [[PERSON:Magnus Eriksson]] switched from civil engineering to nursing; he now works nights on a surgical ward in [[LOCATION:Uppsala]] and can be reached at [[EMAIL_ADDRESS:magnus.e@telia.se]].""",
    """Resident parking permit. Applicant: [[PERSON:Georgia Papadopoulos]]; address: [[ADDRESS:3/17 Nelson Street]], [[LOCATION:Fitzroy North]] [[LOCATION:VIC]] [[ZIP_CODE:3068]]; vehicle rego: [[ID_NUMBER:1XY 4KP]]; driver licence no.: [[ID_NUMBER:048 221 735]]; proof of residency: lease commencing [[DATE_TIME:1 February 2025]].""",
    """Owner: [[PERSON:Minh-Anh Tran]]; Title: Managing Member; Ownership: 100%; SSN: [[US_SSN:631-08-4472]]; Date of birth: [[DATE_TIME:04/25/1983]]; Place of birth: [[LOCATION:Da Nang]], [[LOCATION:Vietnam]]; U.S. citizen: No (LPR); Alien registration number: [[ID_NUMBER:A-204-418-337]]; Home address: [[ADDRESS:15021 Brookhurst St]], [[LOCATION:Westminster]], [[LOCATION:CA]] [[ZIP_CODE:92683]]""",
    """For the trip, remember that [[PERSON:Aurelio]]'s US passport [[US_PASSPORT:583921047]] needs six months' validity on arrival; his Global Entry number is [[ID_NUMBER:984471028]] if the airline asks for a KTN.""",
    """Appt reminder: [[PERSON:F. Abiodun]], [[DATE_TIME:Wed 26 Mar 14:40]], [[PERSON:Dr Shah]], Room 3. Reply C to cancel.""",
    """BILL OF SALE. Seller: [[PERSON:Curtis Blevins]], [[ADDRESS:RR 2 Box 118]], [[LOCATION:Harlan]], [[LOCATION:KY]] [[ZIP_CODE:40831]], DL [[US_DRIVER_LICENSE:B04418227]]. Buyer: [[PERSON:Jolene Sizemore]]. Vehicle: 2011 Ford F-150, VIN 1FTFW1ET5BFA44190, odometer 184,220. Price $9,800. Signed [[DATE_TIME:March 1, 2025]].""",
    """Beneficiary designation. Insured: [[PERSON:Olufemi Adebanjo]], policy L-77419022. Primary beneficiary: [[PERSON:Kemi Adebanjo]] (spouse), DOB [[DATE_TIME:05/03/1982]], SSN [[US_SSN:389-41-2207]], 100%. Contingent beneficiary: [[PERSON:Tobi Adebanjo]] (son), DOB [[DATE_TIME:08/19/2010]].""",
    """[[DATE_TIME:2025-03-22 11:04:19,882]] INFO  [http-nio-8080-exec-7] c.a.web.ResetController - GET /api/v2/password/reset?email=[[EMAIL_ADDRESS:lina.haddad%40gmail.com]]&locale=ar_LB from [[IP_ADDRESS:178.135.20.91]] -> 302""",
    """Certified copy of an entry of marriage. When married: [[DATE_TIME:14 June 2014]], [[LOCATION:Cardiff]]. Groom: [[PERSON:Rhys Owain Jenkins]], [[AGE:29]], bachelor, engineer, of [[ADDRESS:8 Cathedral Road]], [[LOCATION:Cardiff]]. Bride: [[PERSON:Priya Lakshmi Nair]], [[AGE:27]], spinster, teacher, of [[ADDRESS:41 Albany Road]], [[LOCATION:Roath]]. Fathers: [[PERSON:David Jenkins]], [[PERSON:Gopal Nair]].""",
    """CD register entry [[DATE_TIME:21/03/2025]]: supplied morphine sulfate oral solution 10 mg/5 ml, 100 ml, to [[PERSON:Mr Derek Lowther]], [[ADDRESS:16 Pit Lane]], [[LOCATION:Ashington]] [[ZIP_CODE:NE63 8AB]]; prescriber [[PERSON:Dr. Fiona McBride]]; collected by [[PERSON:Sharon Lowther]] (wife), ID seen: driving licence.""",
    """[[PERSON:Ewa Nowak-Sienkiewicz]]'s account [[ID_NUMBER:PL-40448812]] shows two logins on [[DATE_TIME:3/21]], from [[IP_ADDRESS:31.0.44.190]] and from [[IP_ADDRESS:185.220.101.34]], the second through a Tor exit node.""",
    """GUEST REGISTRATION
Name: [[PERSON:Mateus Albuquerque]]
Nationality: [[NRP:Brazilian]]
Passport: [[ID_NUMBER:FZ418203]]
CPF: [[ID_NUMBER:385.120.947-88]]
Arrival: [[DATE_TIME:24/03/2025]]   Departure: [[DATE_TIME:29/03/2025]]
Room: 712   Rate: EUR 145
Home address: [[ADDRESS:Rua Oscar Freire, 1120, apto 51]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], [[ZIP_CODE:01426-001]]""",
]

GEN = [
    """Hi, I'm writing on behalf of my mother, [[PERSON:Margaret O'Donnell]], who was booked on the [[DATE_TIME:12 March]] flight from [[LOCATION:Dublin]] to [[LOCATION:Boston]] but was refused boarding because her ticket read "[[PERSON:Margret]]". Her passport number is [[ID_NUMBER:PD4419273]] and her date of birth is [[DATE_TIME:04/09/1951]]. The booking reference is QX7T2L. Please call me, [[PERSON:Ciarán]], on [[PHONE_NUMBER:+353 87 241 6690]].""",
    """[[PERSON:Amara]] ([[AGE:3]]) will be collected on Friday by her grandmother, [[PERSON:Blessing Okafor]], instead of her dad. [[PERSON:Mrs Okafor]]'s mobile is [[PHONE_NUMBER:07700 914 382]]; please check her photo ID at the gate. [[PERSON:Amara]]'s key person, [[PERSON:Jodie]], already knows.""",
    """Thanks for your application, [[PERSON:Diego Alvarez]]. To move forward with the $85,000 SBA 7(a) loan for Alvarez Taco Co., we still need the last two years of business tax returns and a voided check for the operating account. Your personal guarantee lists your SSN as [[US_SSN:521-48-7730]] and your home address as [[ADDRESS:1187 Calle Sombra]], [[LOCATION:Las Cruces]], [[LOCATION:NM]] [[ZIP_CODE:88005]]; please confirm both are current.""",
    """On the evening of [[DATE_TIME:2 November]] my car (reg [[ID_NUMBER:KX19 HBN]]) was rear-ended at a roundabout on the A38 just outside [[LOCATION:Plymouth]]. The other driver gave his name as [[PERSON:Tomasz Wieczorek]] and said he was with Admiral, but the number he gave me, [[PHONE_NUMBER:07911 302 574]], goes straight to voicemail. My claim reference is CLM-88412-PL.""",
    """Discharge summary: [[PERSON:Mr Harold Finch-Beaumont]], [[AGE:78]], NHS no. [[ID_NUMBER:943 476 5595]], was admitted on [[DATE_TIME:18/01/2025]] with community-acquired pneumonia and discharged home on [[DATE_TIME:24/01/2025]] to complete five days of oral amoxicillin. GP review in two weeks with [[PERSON:Dr. Nwosu]]; his daughter [[PERSON:Alison]] will collect the medication.""",
    """I matched with someone called "[[PERSON:Ryan]]" ([[AGE:34]]) whose handle is [[USERNAME:ryan_sails_88]], and after our first date on [[DATE_TIME:Saturday 8 June]] he started texting me from three different numbers, including [[PHONE_NUMBER:(503) 318-2264]]. He also found my Instagram, which I never gave him. I'd like his account reviewed. — [[PERSON:Kelsey M.]]""",
    """Dear [[PERSON:Ananya Iyer]], the KYC update for your savings account [[ID_NUMBER:50100234871163]] is pending: the Aadhaar number we hold, [[ID_NUMBER:4821 0397 5619]], does not match the name on your PAN, [[ID_NUMBER:AHKPI4472Q]]. Please visit our [[LOCATION:Koramangala]] branch with the originals or call the 24x7 helpline on 1800 202 6161.""",
    """We're delighted to confirm a place for [[PERSON:Oliver Thapa]] in the Acorn Room starting [[DATE_TIME:Monday 1 September]]. [[PERSON:Oliver]] will be [[AGE:2]] by then, so the 15 funded hours apply from the start of term. Settling-in sessions are booked for [[DATE_TIME:27 August at 9:30am]] and [[DATE_TIME:29 August at 9:30am]]; please bring his red book.""",
    """G'day, it's [[PERSON:Bronwyn Kealy]]. I've been trying to port my number, [[PHONE_NUMBER:0412 553 819]], across from Optus for a week now. The account holder DOB is [[DATE_TIME:17/11/1983]] and the service address is [[ADDRESS:14/220 Beaufort Street]], [[LOCATION:Inglewood]] [[LOCATION:WA]] [[ZIP_CODE:6052]].""",
    """Buenas tardes, soy [[PERSON:Lucía Fernández Ortega]]. Perdieron mi maleta en el vuelo de [[LOCATION:Madrid]] a [[LOCATION:Bogotá]] del [[DATE_TIME:3 de febrero]] y el número de expediente es MAD-IB-55821. Pueden enviarla a [[ADDRESS:Carrera 11 # 93-52, apto 402]], [[LOCATION:Bogotá]], o llamarme al [[PHONE_NUMBER:+57 310 448 2917]]. Mi DNI es [[ID_NUMBER:48291037F]].""",
    """Policyholder [[PERSON:Jean-Philippe Tremblay]] reported water damage at [[ADDRESS:2250 rue Sherbrooke Est, app. 6]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2K 1E4]] on [[DATE_TIME:January 9]]. Adjuster [[PERSON:Meera Khanna]] will inspect on [[DATE_TIME:Thursday, January 16 at 1 p.m.]]; the tenant downstairs, [[PERSON:Mr. Okonkwo]], has filed a separate claim.""",
    """Report submitted [[DATE_TIME:14/03/2025 22:41]]: the user "[[USERNAME:Jamie_L_1990]]" said he was an army engineer posted overseas and asked me for £900 in gift cards to pay for his "leave paperwork". He gave a WhatsApp number, [[PHONE_NUMBER:+44 7458 201936]], and said his real name was [[PERSON:James Lawson]]. A reverse image search shows the photos belong to a fitness model. My account email is [[EMAIL_ADDRESS:h.ferreira.83@gmail.com]].""",
    """[[PERSON:Chloe Brennan]] rang about Biscuit, her 9-year-old beagle: the insulin dose went up last week and she'd like to go over the pen technique. She's booked a recheck for [[DATE_TIME:12 May at 4.15pm]]. Best number is [[PHONE_NUMBER:021 448 3917]], after three. Client no. [[ID_NUMBER:C-20871]].""",
    """Merhaba, [[DATE_TIME:12 Nisan 2025 saat 18.30]] sularında [[LOCATION:Kadıköy]]'de aracım, [[ID_NUMBER:34 TK 4821]] plakalı bir taksi tarafından arkadan çarpıldı. Sürücünün adı [[PERSON:Hakan Yıldırım]], telefonu [[PHONE_NUMBER:0532 418 27 63]]. Kaza tespit tutanağı elimde; T.C. kimlik numaram [[ID_NUMBER:38491056220]], poliçe numaram 2025-KSK-004719.""",
    """[[PERSON:Rosa Delgado]] (MRN [[ID_NUMBER:00482913]], DOB [[DATE_TIME:07/22/1946]]) was discharged from 4 West to a skilled nursing facility on [[DATE_TIME:3/14/25]] after a left hip hemiarthroplasty. Her daughter [[PERSON:Carmen]] ([[PHONE_NUMBER:773-409-2286]]) is her healthcare proxy. Follow up with orthopedics, [[PERSON:Dr. Samuel Adeyemi]], in 10–14 days for staple removal.""",
    """Hello [[PERSON:Wanjiru]], the landlord has approved your application for the two-bedroom at [[ADDRESS:Kileleshwa Court, Flat B7]], [[LOCATION:Nairobi]]. Please bring your national ID ([[ID_NUMBER:28471936]]) and your KRA PIN certificate ([[ID_NUMBER:A012948375Q]]) when you sign on [[DATE_TIME:Saturday the 21st]]. The deposit can go to paybill 522522, account KILE-B7.""",
    """The admissions office has received [[PERSON:Chukwuemeka Obi]]'s transcript. His JAMB registration number is [[ID_NUMBER:202584173921FA]], and his matriculation number will be issued after physical clearance on [[DATE_TIME:14 October]]; he can be reached on [[PHONE_NUMBER:0803 512 7740]] or [[EMAIL_ADDRESS:emeka.obi2006@yahoo.com]].""",
    """My wife and I ([[PERSON:Gregory]] and [[PERSON:Linh Tran-Walsh]]) were moved from a nonstop to a 14-hour itinerary via [[LOCATION:Charlotte]] without anyone asking us. We were meant to fly on [[DATE_TIME:December 22]]. Our AAdvantage numbers are [[ID_NUMBER:7H2K904]] and [[ID_NUMBER:7H2K911]]; a refund to the original form of payment is fine.""",
    """Prescription for [[PERSON:Mrs. Edna Pilkington]], DOB [[DATE_TIME:2.8.1939]], of [[ADDRESS:Flat 3, Rosemount House, 41 Carr Lane]], [[LOCATION:Wakefield]] [[ZIP_CODE:WF2 7HL]], is ready and will go out with Tuesday's delivery round.""",
    """Hi [[PERSON:Wei Ling]], HR here. Before your start date of [[DATE_TIME:2 June 2025]], could you confirm the NRIC on your offer letter, [[ID_NUMBER:S8734291C]], and send us your DBS account number for salary crediting? Your staff ID will be [[ID_NUMBER:SG-E10492]].""",
    """Bonjour [[TITLE:Madame]] [[PERSON:Benali]], nous vous confirmons l'inscription d'[[PERSON:Inès]] à la crèche à partir du [[DATE_TIME:lundi 6 janvier]]. Merci de nous transmettre le carnet de vaccination et votre numéro d'allocataire CAF ([[ID_NUMBER:4471902]] d'après le dossier, à vérifier). Sa référente sera [[PERSON:Sandrine]]. Nous avons noté le [[PHONE_NUMBER:06 12 48 93 70]] comme numéro à joindre en cas d'urgence.""",
    """[[PERSON:Harjit Sandhu]], a sole trader trading as Sandhu Joinery, has applied for £40,000 over five years. UTR [[ID_NUMBER:74618 20593]], NI number [[ID_NUMBER:JT 48 19 02 B]], date of birth [[DATE_TIME:30 Nov 1978]]. Business account: sort code 20-31-58, account no. [[ID_NUMBER:41772093]]. Consent to a credit search was signed on [[DATE_TIME:11/02/2025]].""",
    """Hi [[PERSON:Marcus]], this is [[PERSON:Tanya]] from your agent's office. We got the police report for your collision on [[DATE_TIME:Sept. 3]]. The other driver, [[PERSON:Kyle Brandt]], had Texas DL [[US_DRIVER_LICENSE:40918273]] and the plate on his F-150 was [[ID_NUMBER:NVG-4827]]. Can you send photos of the rear bumper to me at [[EMAIL_ADDRESS:truiz@ruizinsurancegroup.com]]?""",
    """Cancellation request from [[PERSON:Siobhán Ní Bhriain]], member [[ID_NUMBER:100473882]], of [[ADDRESS:Apartment 12, The Maltings, Bishop Street]], [[LOCATION:Dublin 8]], [[ZIP_CODE:D08 K2P6]]. Notice was given on [[DATE_TIME:2 April]], so the final direct debit will be taken from [[IBAN_CODE:IE74 BOFI 9000 1750 1938 42]] at the start of May.""",
    """Saya ingin melaporkan akun [[USERNAME:rizky.adventure]] di aplikasi kencan. Dia mengaku bernama [[PERSON:Rizky Pratama]], umur [[AGE:29]], tinggal di [[LOCATION:Bekasi]]. Setelah kami bertemu di sebuah kafe di [[LOCATION:Kemang]] pada [[DATE_TIME:Sabtu, 15 Maret]], dia terus menghubungi saya lewat WhatsApp di [[PHONE_NUMBER:0812-8834-1907]] dan mengancam akan menyebarkan foto saya. Nama saya [[PERSON:Dewi Anggraini]], email [[EMAIL_ADDRESS:dewi.anggraini93@gmail.com]].""",
    """Summons served on [[PERSON:Thabo Mokoena]] (ID [[ID_NUMBER:8803145127089]]) at [[ADDRESS:17 Jacaranda Avenue]], [[LOCATION:Bryanston]], [[LOCATION:Sandton]], [[ZIP_CODE:2191]], on [[DATE_TIME:4 March 2025]]. The matter is set down for [[DATE_TIME:22 May 2025]]; the sheriff's return is attached.""",
    """Hello po, I'm [[PERSON:Maricel Dizon]]. I need to correct the name on my son's ticket: it says [[PERSON:Jon Paulo]] but his passport says [[PERSON:John Paulo Dizon]]. His passport number is [[ID_NUMBER:P4418203B]] and he's [[AGE:11]]. The flight is [[LOCATION:Manila]] to [[LOCATION:Dubai]] on [[DATE_TIME:June 14]]. You can reach me on Viber at [[PHONE_NUMBER:0917 624 3381]].""",
    """Incident report. Child: [[PERSON:Zara Haddad]], [[AGE:4]]. When: [[DATE_TIME:Wed 19/02/2025, 10:50am]]. While climbing the fort in the outdoor area, [[PERSON:Zara]] slipped and grazed her left knee. First aid given by educator [[PERSON:Kirra Simmons]] (cleaned, plaster applied). Parent notified: [[PERSON:Rami Haddad]] (father) on [[PHONE_NUMBER:0433 871 204]].""",
    """Someone used my debit card [[CREDIT_CARD:4716 0293 8841 2732]] (exp 08/27) at a petrol station in [[LOCATION:Florida]] while I was at home in [[LOCATION:Duluth]]. My name is [[PERSON:Erik Lindqvist]] and my checking account is [[ID_NUMBER:004417820913]]. Please send the replacement card to [[ADDRESS:4521 Glenwood Ave]], [[LOCATION:Duluth]], [[LOCATION:MN]] [[ZIP_CODE:55804]].""",
    """[[PERSON:Gurpreet Kaur Dhillon]], SIN [[ID_NUMBER:527 830 194]], your application for Employment Insurance benefits was received on [[DATE_TIME:March 3, 2025]]. Your first payment will be issued once your record of employment is processed. Address on file: [[ADDRESS:88 Peel Centre Dr, Unit 304]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6T 4G8]].""",
    """Discharge Summary. Patient: [[PERSON:Mr. Venkatesh Subramanian]], [[AGE:62]]/M, UHID [[ID_NUMBER:MH2409117]]. DOA: [[DATE_TIME:02-02-2025]]; DOD: [[DATE_TIME:09-02-2025]]. Diagnosis: acute inferior wall MI, s/p PTCA to RCA. Advice: Tab. Ecosprin 75 mg OD, Tab. Clopidogrel 75 mg OD, Tab. Atorvastatin 40 mg HS. Review in OPD with [[PERSON:Dr. K. Raghavan]] on [[DATE_TIME:23-02-2025]]. Attendant contact: [[PHONE_NUMBER:+91 98410 27736]].""",
    """My friend [[PERSON:Tess]] went on a date last night with a guy from the app who calls himself [[PERSON:Blake]]; his profile says he's [[AGE:31]] and lives in [[LOCATION:Fortitude Valley]]. He insisted on driving her home, so now he knows where she lives. His car was a white Hilux, rego [[ID_NUMBER:584 KQT]]. We'd like him flagged.""",
    """[[PERSON:Priyanka]] here. I returned a pair of boots (order 200-4418273) to your shop in [[LOCATION:Stratford]] on [[DATE_TIME:the 3rd]] and still haven't had the refund. It should go back to my Mastercard, [[CREDIT_CARD:5168 4412 0937 5529]], not onto store credit. Email: [[EMAIL_ADDRESS:priyanka.k.shah@outlook.com]].""",
    """Declaración amistosa: el [[DATE_TIME:28 de enero a las 8:15]], en una rotonda de [[LOCATION:Córdoba]], el vehículo con matrícula [[ID_NUMBER:4821 KLM]], conducido por [[PERSON:Antonio Ruiz Molina]] (DNI [[ID_NUMBER:07614528X]]), no respetó la preferencia y golpeó mi Seat Ibiza, matrícula [[ID_NUMBER:2290 HBW]]. Me llamo [[PERSON:Elena Castro]] y mi teléfono es el [[PHONE_NUMBER:654 218 903]].""",
    """Starting service for [[PERSON:Keisha Washington]] at [[ADDRESS:3309 Peachtree Rd NE, Apt 1214]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30326-1048]], effective [[DATE_TIME:04/01/2025]]. The deposit was waived after she gave her SSN ([[US_SSN:253-71-9904]]) for a soft credit check.""",
    """User [[PERSON:Andile Nkosi]] ([[EMAIL_ADDRESS:andile.nkosi@capelogistics.co.za]]) hasn't been able to get onto the VPN since his password reset. His last successful login was from [[IP_ADDRESS:196.21.44.170]] on [[DATE_TIME:2025-03-11 07:42 SAST]]; the failed attempts since then all come from [[IP_ADDRESS:41.13.208.95]].""",
    """[[PERSON:Liam Cho]], [[AGE:6]], was discharged from the paediatric ward on [[DATE_TIME:Feb 27]] after a moderate asthma exacerbation. Parents ([[PERSON:Daniel]] and [[PERSON:Hye-jin Cho]]) were shown spacer technique and given a written action plan. OHIP [[ID_NUMBER:5584-219-336-KT]]. Family doctor: [[PERSON:Dr. Fatima Rahimi]].""",
    """Merhaba, [[DATE_TIME:5 Temmuz]] tarihli [[LOCATION:İstanbul]]–[[LOCATION:Antalya]] uçuşumda bavulum hasar gördü; tekerleklerden biri tamamen kırılmış. Rezervasyon kodu TK8QZ2. Adım [[PERSON:Elif Şahin]], Miles&Smiles numaram [[ID_NUMBER:TK 391 048 772]]. Bana [[PHONE_NUMBER:+90 533 207 41 18]] numarasından ya da [[EMAIL_ADDRESS:elif.sahin@hotmail.com.tr]] adresinden ulaşabilirsiniz.""",
    """Hi, I'm looking for a GCSE maths tutor for my daughter [[PERSON:Naomi]]. She's [[AGE:15]], in Year 10 at a school in [[LOCATION:Croydon]], and weekday evenings work best. You can WhatsApp me on [[PHONE_NUMBER:+44 7823 415 096]]. Thanks, [[PERSON:Abimbola]]""",
    """Your date is booked: the [[PERSON:Kowalski]]–[[PERSON:Mendes]] wedding on [[DATE_TIME:Saturday 13 September 2025]] in the Orangery, ceremony at two and dinner for 110. Lead contact: [[PERSON:Natalia Kowalski]], [[EMAIL_ADDRESS:nat.kowalski@icloud.com]], [[PHONE_NUMBER:+1 (617) 329-5508]]. The balance is due sixty days before the event.""",
    """Dear [[PERSON:Ms. Oyelaran]], thank you for applying for a small business line of credit for your braiding studio. After review we are unable to approve the application at this time, mainly because the business has been trading for less than 24 months. The Experian report we pulled on [[DATE_TIME:January 28, 2025]] is available to you free of charge on request.""",
    """Hi, I'm [[PERSON:Aroha Te Rangi]]. Someone reversed into my parked car outside the supermarket at [[ADDRESS:120 Great South Road]] in [[LOCATION:Papakura]] on [[DATE_TIME:the 9th of January]] and left a note with the name [[PERSON:Shane]] and a number, [[PHONE_NUMBER:027 391 8842]], which nobody answers. My rego is [[ID_NUMBER:LPQ582]].""",
    """Allergy action plan for [[PERSON:Mateo Rossi]] (DOB [[DATE_TIME:14/06/2021]]): severe peanut and tree nut allergy. EpiPen Jr kept in the Kookaburra room medical box. Emergency contacts: [[PERSON:Giulia Rossi]] (mum) [[PHONE_NUMBER:0401 228 716]]; [[PERSON:Paolo Rossi]] (dad) [[PHONE_NUMBER:0422 910 553]]. Plan signed by GP [[PERSON:Dr. Anh Nguyen]] on [[DATE_TIME:03/02/2025]].""",
    """[[PERSON:Ms Rebecca Aldridge]] ([[AGE:29]]) was discharged from the ward on [[DATE_TIME:7 March]] into the care of the community mental health team, with a first home visit the following week. Care coordinator: [[PERSON:Lewis Mbeki]]. The crisis plan has been shared with her partner, [[PERSON:Sam]]. Hospital number [[ID_NUMBER:RX4417726]].""",
    """Profile reported: [[PERSON:Arjun Malhotra]], who claims to be [[AGE:33]] and a doctor in [[LOCATION:Gurugram]]. He moved our chat to Telegram ([[USERNAME:arjun_md_ggn]]) and then asked for ₹45,000 for a "customs fee" on a gift he had supposedly sent. The bank account he gave was [[ID_NUMBER:918020047731562]] (IFSC UTIB0001234).""",
    """Compte rendu de sortie : [[TITLE:Mme]] [[PERSON:Françoise Lemaire]], née le [[DATE_TIME:12/06/1941]], hospitalisée du [[DATE_TIME:3 mars]] au [[DATE_TIME:11 mars 2025]] en cardiologie pour une décompensation cardiaque. Retour à domicile au [[ADDRESS:14 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]], avec passage infirmier quotidien. Consultation de contrôle avec le [[PERSON:Dr Marc Hoffmann]] le [[DATE_TIME:2 avril à 10 h 30]].""",
    """Renter: [[PERSON:Oluwaseun Adebayo]], holding Nigerian driver's licence [[ID_NUMBER:KJA48219AB02]] and an international driving permit. Pick-up [[DATE_TIME:Friday 6 June, 10:00]] at our [[LOCATION:Hammersmith]] branch; return [[DATE_TIME:Monday 9 June, 10:00]]. Card held for the excess: Amex [[CREDIT_CARD:3714 496353 98431]].""",
    """I lost access to my Instagram, [[USERNAME:bakes.by.bea]], after someone changed the login email to [[EMAIL_ADDRESS:quickrecovery4421@mail.ru]]. My real email is [[EMAIL_ADDRESS:bea.holmberg@gmail.com]] and the name on the account is [[PERSON:Beatrice Holmberg]]. I can send a selfie video if that helps.""",
    """[[PERSON:Jayden]]'s absence on [[DATE_TIME:10/14]] has been marked excused now that his mom, [[PERSON:Ms. Carla Reyes]], has dropped off the doctor's note. Student ID [[ID_NUMBER:2031188]], grade 7, homeroom [[PERSON:Mr. Patel]].""",
    """Appointment confirmed: [[PERSON:Olena Kovalenko]], a [[NRP:Ukrainian]] national under temporary protection, NIE [[ID_NUMBER:Y2058361J]], for fingerprinting at the police station in [[LOCATION:Alicante]] on [[DATE_TIME:17/04/2025 at 09:40]]. Bring your passport ([[ID_NUMBER:FT728104]]), form EX-17 and proof that the 790-012 fee has been paid.""",
    """Passenger [[PERSON:Fionnuala Byrne]] was charged a €55 check-in fee at the airport in [[LOCATION:Bristol]] on [[DATE_TIME:Sunday 2 February]] even though she had checked in online; her boarding pass simply hadn't downloaded. She is asking for the fee back to the card she used. Contact: [[EMAIL_ADDRESS:fionnuala.byrne@eircom.net]].""",
    """Kepada Yth. [[TITLE:Bapak]] [[PERSON:Slamet Riyadi]], pengajuan Kredit Usaha Rakyat (KUR) Mikro Anda sebesar Rp50.000.000 untuk usaha warung sembako telah kami terima pada [[DATE_TIME:10 Februari 2025]]. Mohon lengkapi fotokopi KTP (NIK [[ID_NUMBER:3578080501880001]]), Kartu Keluarga, dan surat keterangan usaha dari kelurahan. Petugas kami, [[TITLE:Ibu]] [[PERSON:Ratna]], akan melakukan survei ke [[ADDRESS:Jl. Kenjeran No. 214]], [[LOCATION:Surabaya]], dan akan menghubungi nomor Bapak, [[PHONE_NUMBER:0813-3092-5518]], sebelumnya.""",
    """Witness statement of [[PERSON:Deepak Venkataraman]], [[AGE:41]], of [[ADDRESS:56 Larch Crescent]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 0RT]]: at about [[DATE_TIME:5.40pm on Thursday 16 January]] I saw a silver Vauxhall Corsa, registration [[ID_NUMBER:FD68 WZU]], pull out of a side road without stopping and hit a moped rider.""",
    """Hi [[PERSON:Sanne]], the BSN on the passport copy you sent, [[ID_NUMBER:236850179]], doesn't match the one on your salary slip, so the mortgage offer is on hold until we know which is right. The second viewing of [[ADDRESS:Van Woustraat 142-2]], [[ZIP_CODE:1073 LV]] [[LOCATION:Amsterdam]] is on [[DATE_TIME:the 18th at 17:30]].""",
    """Hi everyone, my brother [[PERSON:Tevita Fifita]] was badly hurt in a crash on State Highway 1 near [[LOCATION:Kaiwaka]] on [[DATE_TIME:December 28]] and will be off work for months. Donations go straight to his partner [[PERSON:Losana]]'s account, [[ID_NUMBER:12-3140-0583921-00]]. Thank you for all the love. [[PERSON:Sione]]""",
    """Overdue notice for [[PERSON:Mrs. Gwen Hollis]], library card [[ID_NUMBER:21982004471653]]: "Wolf Hall" was due back on [[DATE_TIME:3 March]]. Fines are no longer charged, but holds cannot be placed until it's returned.""",
    """Safety report from [[USERNAME:marco.v]] ([[EMAIL_ADDRESS:marcovitale.sf@gmail.com]]): I met "[[PERSON:DJ]]" at a bar in the [[LOCATION:Castro]] on [[DATE_TIME:Friday, April 4]] and I believe my drink was spiked. I've filed a police report. His profile said [[AGE:27]]; a friend found his other account, [[URL:https://www.instagram.com/dj.nightshift415]].""",
    """Juror summons: [[PERSON:Carolyn Mbatha]], juror no. [[ID_NUMBER:418822]], please report on [[DATE_TIME:Monday, May 12, 2025, 8:00 a.m.]] to the jury assembly room, third floor. Parking validation is not provided.""",
    """Unaccompanied minor form: [[PERSON:Sofia Marchetti]], [[AGE:9]], travelling [[LOCATION:Toronto]] to [[LOCATION:Vancouver]] on [[DATE_TIME:July 3]]. Dropped off by [[PERSON:Luca Marchetti]] ([[PHONE_NUMBER:647-882-0193]]); to be met by [[PERSON:Anna Bianchi]] (aunt), who must show photo ID. [[PERSON:Anna]]'s cell: [[PHONE_NUMBER:604-771-3350]].""",
    """Estimada [[TITLE:Sra.]] [[PERSON:Gabriela Núñez]]: le recordamos que para la inscripción de [[PERSON:Santiago Torres Núñez]] en la guardería necesitamos su CURP ([[ID_NUMBER:TONS210418HDFRXNA3]]) y la cartilla de vacunación. [[PERSON:Santiago]] tiene [[AGE:3]] años, así que entrará al grupo de maternal. Tenemos registrado su celular, [[PHONE_NUMBER:55 4829 1174]], para avisos.""",
    """KYC rejected for [[PERSON:Nguyễn Thị Mai]]: the selfie doesn't match the ID photo. Document: CCCD [[ID_NUMBER:001196024417]], DOB [[DATE_TIME:19/08/1996]]. The account was registered from [[IP_ADDRESS:2405:4802:1c4a:9e10::3f]] on [[DATE_TIME:2025-01-30 14:02:11 UTC]].""",
    """[[PERSON:Mrs. Funmilayo Adeyemi-Coker]], a [[AGE:54]]-year-old trader, was discharged on [[DATE_TIME:21st February, 2025]] following an uncomplicated laparoscopic cholecystectomy. Hospital no. [[ID_NUMBER:LUTH/24/018835]]. She will be reviewed in the surgical outpatient clinic on [[DATE_TIME:7th March, 2025]]. Next of kin: [[PERSON:Babatunde Coker]], [[PHONE_NUMBER:0802 331 4907]].""",
    """The applicant, [[PERSON:Ahmed bin Salim Al-Farsi]], an [[NRP:Omani]] national born on [[DATE_TIME:8 October 1989]] in [[LOCATION:Sohar]], holds passport [[ID_NUMBER:12B448201]] and has applied for a visitor visa to attend his brother's graduation in [[LOCATION:Manchester]] on [[DATE_TIME:15 July]].""",
    """Sayın [[PERSON:Zeynep Arslan]] [[TITLE:Hanım]], kızınız [[PERSON:Defne]]'nin ([[AGE:4]] yaş) anaokulumuza kaydı tamamlanmıştır. Eğitim [[DATE_TIME:15 Eylül Pazartesi]] günü başlayacaktır. Servis, çocuğu [[ADDRESS:Bağdat Caddesi No: 318 D: 7]], [[LOCATION:Suadiye]] adresinden alacaktır. Acil durumda aranacak kişi olarak [[PERSON:Murat Arslan]] ([[PHONE_NUMBER:0532 771 40 25]]) kaydedilmiştir.""",
    """Resume medis pulang: pasien [[PERSON:Siti Nurhaliza Rahmawati]], perempuan, [[AGE:31]] tahun, No. RM [[ID_NUMBER:01-22-48-93]], dirawat sejak [[DATE_TIME:2 Maret 2025]] dengan diagnosis demam berdarah dengue dan dipulangkan pada [[DATE_TIME:7 Maret 2025]] dalam kondisi baik. Kontrol ke poliklinik penyakit dalam dengan [[TITLE:dr.]] [[PERSON:Hendra Wijaya]], Sp.PD, pada [[DATE_TIME:14 Maret 2025]]. Alamat: [[ADDRESS:Jl. Cempaka Putih Tengah II No. 17]], [[LOCATION:Jakarta Pusat]].""",
    """Insured [[PERSON:Brandon Kowalczyk]] reports hail damage to his 2021 Subaru Outback (VIN 4S4BTANC5M3172290, plate [[ID_NUMBER:BXR-P41]]) sustained on [[DATE_TIME:June 11, 4:30 pm]] while parked at work. Inspection set at his home, [[ADDRESS:7740 S Broadway]], [[LOCATION:Littleton]]; best number [[PHONE_NUMBER:720.448.1906]].""",
    """Hi [[PERSON:Callum]], the P45 from your previous employer shows a tax code of 1257L and your National Insurance number as [[ID_NUMBER:NP 73 20 58 A]]. Your first pay date with us is [[DATE_TIME:28 March]]; please add your bank details in the portal before then.""",
    """I'm reporting [[USERNAME:emilyy_luvs_u]], who messaged me on the app and then moved us to Snapchat as [[USERNAME:em.x.2001]], then threatened to send screenshots to my family unless I paid $500 in gift cards. I'm [[PERSON:Nathan Bergeron]], [[AGE:19]], from [[LOCATION:Moncton]], [[LOCATION:NB]].""",
    """Your video visit with [[PERSON:Dr. Aisha Rahman]] is confirmed for [[DATE_TIME:Tue, Apr 8, 2025 at 3:20 PM EDT]]. Patient: [[PERSON:Joseph Nakamura]], DOB [[DATE_TIME:11/02/1971]], member ID [[ID_NUMBER:W274019833]]. Please join five minutes early from a quiet, private space.""",
    """Thanks for volunteering with the food bank, [[PERSON:Hamza]]! For the DBS check we need your full name as on your passport ([[PERSON:Hamza Yusuf Qureshi]]) and every address for the last five years. You've given [[ADDRESS:22 Tennyson Road]], [[LOCATION:Luton]] [[ZIP_CODE:LU1 3RS]] since [[DATE_TIME:August 2021]]; where were you before that?""",
    """Suite à l'accrochage du [[DATE_TIME:vendredi 14 février à 17 h 20]] sur le parking d'un supermarché de [[LOCATION:Villeneuve-d'Ascq]], je vous transmets le constat amiable signé par l'autre conducteur, [[TITLE:M.]] [[PERSON:Karim Bouzid]] (permis n° [[ID_NUMBER:13AB42817]], véhicule immatriculé [[ID_NUMBER:GH-482-TR]]). Mon numéro de contrat est le 7741092. [[PERSON:Claire Vasseur]], [[PHONE_NUMBER:06 77 31 48 02]]""",
    """Customer: [[PERSON:Lauren Abernathy]]. Origin: [[ADDRESS:915 W Belmont Ave, Unit 3F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60657]]. Destination: [[ADDRESS:42 Maple Ridge Ct]], [[LOCATION:Naperville]], [[LOCATION:IL]] [[ZIP_CODE:60540]]. Move date: [[DATE_TIME:Saturday 5/31]]; the crew arrives between 8 and 9. Alternate phone: [[PHONE_NUMBER:(312) 608-4471]].""",
    """Please transfer the €1,850 deposit to the landlord, [[TITLE:Herr]] [[PERSON:Matthias Köhler]], IBAN [[IBAN_CODE:DE46 5001 0517 5407 3241 19]], with the reference "Kaution Whg 3 [[PERSON:Tanaka]]". The tenant, [[PERSON:Yuki Tanaka]], moves in on [[DATE_TIME:1 May]].""",
    """My father, [[PERSON:Mr. Rajendra Prasad Gupta]], who is [[AGE:81]], requested wheelchair assistance for his [[DATE_TIME:19 Jan]] flight from [[LOCATION:Delhi]] to [[LOCATION:Newark]] and was left alone at the gate for over an hour. Please reply to me, [[PERSON:Sunita Gupta]], at [[EMAIL_ADDRESS:sunita.gupta.nj@gmail.com]].""",
    """PT intake: [[PERSON:Megan O'Sullivan]], [[AGE:37]], training for her first half marathon this summer. Previous injury: right ACL reconstruction in [[DATE_TIME:May 2019]], fully rehabbed. Emergency contact: [[PERSON:Dara]], [[PHONE_NUMBER:086 219 4470]].""",
    """Hola [[PERSON:Javier]], te confirmo que el préstamo ICO para tu taller está preaprobado por 60.000 €. Para la firma necesitamos tu DNI ([[ID_NUMBER:53308871T]]), el último modelo 130 y el certificado de estar al corriente con Hacienda. El importe se ingresará en tu cuenta [[IBAN_CODE:ES05 0049 1500 0827 1930 4861]]. La firma sería el [[DATE_TIME:jueves 20 de marzo a las 12:00]] en la notaría de [[ADDRESS:calle Colón 18, 2.º]], [[LOCATION:Valencia]]. Un saludo, [[PERSON:Marta Gil]]""",
    """PSA from [[PERSON:Dolores]] in [[LOCATION:Kessler Park]]: a man claiming to be from the water company tried to get into [[PERSON:Mr. Haskins]]' house at [[ADDRESS:1422 Kessler Pkwy]] this morning. He had a clipboard but no ID. Please check on your elderly neighbours.""",
    """[[PERSON:Tamika Johnson]] v. [[PERSON:Derek Olsen]], small claims. Hearing set for [[DATE_TIME:June 3, 2025, at 9:00 a.m.]] in Courtroom 4B. Defendant's last known address: [[ADDRESS:88 Harbor View Ln, Apt 2]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04101]]. Plaintiff seeks $3,400 for an unreturned security deposit.""",
    """Screening visit for [[PERSON:Joy Okoye]] ([[AGE:45]]) has moved to [[DATE_TIME:14 May, 08:30]]; she needs to fast from midnight. Her preferred contact is text to [[PHONE_NUMBER:07403 118 562]].""",
    """Note to file: on [[DATE_TIME:12 February]], [[PERSON:Connor Reid]] (employee no. [[ID_NUMBER:E-77103]]) was seen using a personal phone on the packing line against site rules. This was discussed with him by shift lead [[PERSON:Agnieszka Nowak]] and a verbal warning was given.""",
    """[[PERSON:Farah]] asked for halal meals for her son [[PERSON:Idris]] ([[AGE:7]]) at holiday camp, as the family are [[NRP:Muslim]]; he also can't have anything with gelatine in it.""",
    """Voter record: [[PERSON:Kwame Asante]], [[ADDRESS:2017 N Charles St]], [[LOCATION:Baltimore]], [[LOCATION:MD]] [[ZIP_CODE:21218]]; party affiliation: [[NRP:Democratic]]; registered [[DATE_TIME:09/30/2024]]; polling place: precinct 12-4.""",
    """I left my laptop in a ride-share on [[DATE_TIME:Saturday 22 March]] in [[LOCATION:Lagos]]. The driver's name was [[PERSON:Ifeanyi]], Toyota Corolla, plate [[ID_NUMBER:KJA 417 AE]]. Please ask him to call me on [[PHONE_NUMBER:0809 441 2275]]. [[PERSON:Adaeze]]""",
    """I'm appealing the PCN issued to my car, [[ID_NUMBER:WM21 OXY]]. I was unloading a wheelchair for my mother outside [[ADDRESS:18 Marchmont Street]] on [[DATE_TIME:4/2/25 at 14:07]] and was in the bay for under four minutes. [[PERSON:Olivia Brennan-Hughes]]""",
    """Dear [[PERSON:Dr. Patel]], Re: [[PERSON:Evelyn Crouch]], DOB [[DATE_TIME:23.04.1938]], Medicare [[ID_NUMBER:2951 40362 1]], [[ADDRESS:Unit 4, 11 Hindmarsh Square]], [[LOCATION:Adelaide]] [[LOCATION:SA]] [[ZIP_CODE:5000]]. [[PERSON:Mrs Crouch]] was admitted under geriatric medicine on [[DATE_TIME:28 February]] after a fall at home and was discharged on [[DATE_TIME:10 March]] to transition care.""",
    """Congratulations, [[PERSON:Jericho Villanueva]]! You have been selected for the undergraduate science scholarship. Please submit your PSA birth certificate, your PhilHealth number ([[ID_NUMBER:12-025891744-3]] is what you wrote on the form) and your parents' income tax returns by the end of the month.""",
    """Quiero denunciar el perfil de [[PERSON:Matías]] ([[USERNAME:matii.rc]]). Dice tener [[AGE:32]] años y vivir en [[LOCATION:Palermo]]. Después de la primera cita, el [[DATE_TIME:viernes 7]], empezó a mandarme mensajes insultantes desde el [[PHONE_NUMBER:+54 9 11 5823-4410]]. Me llamo [[PERSON:Florencia Acosta]].""",
    """Nanny share agreement between the [[PERSON:Lindqvist]] and [[PERSON:Achebe]] families: [[PERSON:Rosario Mendoza]] will care for [[PERSON:Astrid]] ([[AGE:1]]) and [[PERSON:Chidi]] ([[AGE:2]]) at [[ADDRESS:61 Linden Ave]], [[LOCATION:Oak Park]], from [[DATE_TIME:March 17]], Monday to Thursday. [[PERSON:Rosario]] is paid weekly by Zelle to [[PHONE_NUMBER:708-314-2295]].""",
    """Due to the cancellation of your flight on [[DATE_TIME:Tuesday 11 March]], we have booked [[PERSON:Ms Hannah Goldberg]] and [[PERSON:Mr Eli Goldberg]] into an airport hotel in [[LOCATION:Frankfurt]] for one night. Please show passports [[ID_NUMBER:C7L2H9K41]] and [[ID_NUMBER:C7L2H8R03]] at check-in; meal vouchers are at the transfer desk.""",
    """Quote for [[PERSON:Pádraig Kavanagh]], [[AGE:23]], full Irish licence since [[DATE_TIME:June 2022]], licence no. [[ID_NUMBER:221847306]], vehicle [[ID_NUMBER:191-KY-3418]] (2019 Toyota Yaris), kept at [[ADDRESS:4 Church Street]], [[LOCATION:Listowel]], [[LOCATION:Co. Kerry]] [[ZIP_CODE:V31 H6F2]]. Annual premium €1,480.""",
]

TABLE = [
    """passenger,loyalty_no,seat,date_of_birth,nationality,passport
[[PERSON:Chidinma Okonjo]],[[ID_NUMBER:KQ40018827]],14C,[[DATE_TIME:1987-03-22]],[[NRP:Nigerian]],[[ID_NUMBER:A07733182]]
[[PERSON:Henrik Solberg]],[[ID_NUMBER:EB612200934]],14D,[[DATE_TIME:1979-11-05]],[[NRP:Norwegian]],[[ID_NUMBER:FH0471829]]
[[PERSON:Mei Tanaka-Lowe]],,22A,[[DATE_TIME:2016-06-30]],[[NRP:British]],[[ID_NUMBER:561874420]]
[[PERSON:Rahim Chowdhury]],[[ID_NUMBER:EK 118 442 907]],31F,[[DATE_TIME:1992-01-14]],[[NRP:Bangladeshi]],[[ID_NUMBER:EF0428816]]""",
    """| Child | Age | Room | Parent/carer | Mobile | Allergies / notes |
|---|---|---|---|---|---|
| [[PERSON:Isla McKenzie]] | [[AGE:2]] | Caterpillars | [[PERSON:Fiona McKenzie]] | [[PHONE_NUMBER:07712 448 901]] | Dairy-free |
| [[PERSON:Ibrahim Diallo]] | [[AGE:3]] | Butterflies | [[PERSON:Mariama Diallo]] | [[PHONE_NUMBER:07398 220 416]] | None |
| [[PERSON:Freddie Hart]] | [[AGE:1]] | Caterpillars | [[PERSON:Sophie Hart]] / [[PERSON:Tom Hart]] | [[PHONE_NUMBER:07507 663 018]] | Own eczema cream |
| [[PERSON:Anaya Kapoor]] | [[AGE:4]] | Butterflies | [[PERSON:Rohit Kapoor]] | [[PHONE_NUMBER:07456 812 339]] | Vegetarian |""",
    """app_id\tapplicant\tbusiness\tamount_usd\thome_phone\tssn\tstage
SBL-2291\t[[PERSON:Marisa Contreras]]\tContreras Auto Glass\t120000\t[[PHONE_NUMBER:(956) 441-2207]]\t[[US_SSN:455-29-8813]]\tunderwriting
SBL-2294\t[[PERSON:Dwayne Whitaker]]\tDW Lawn & Tree\t35000\t[[PHONE_NUMBER:(601) 882-3019]]\t[[US_SSN:587-60-1142]]\tdocs requested
SBL-2302\t[[PERSON:Sun-Hee Park]]\tSeoul Kitchen LLC\t250000\t[[PHONE_NUMBER:(213) 739-4480]]\t[[US_SSN:610-44-7725]]\tapproved""",
    """MRN       PATIENT             DOB         ADMITTED    DISCHARGED  WARD     CONSULTANT
[[ID_NUMBER:H0448127]]  [[PERSON:WILLIAMS]], [[PERSON:Gareth]]    [[DATE_TIME:14/02/1951]]  [[DATE_TIME:03/03/2025]]  [[DATE_TIME:10/03/2025]]  Ward 7   [[PERSON:Dr Okafor]]
[[ID_NUMBER:H0512290]]  [[PERSON:BEGUM]], [[PERSON:Rashida]]      [[DATE_TIME:02/09/1966]]  [[DATE_TIME:05/03/2025]]  [[DATE_TIME:08/03/2025]]  AMU      [[PERSON:Dr Lindsay]]
[[ID_NUMBER:H0390014]]  [[PERSON:O'NEILL]], [[PERSON:Patrick]]    [[DATE_TIME:29/07/1938]]  [[DATE_TIME:22/02/2025]]  [[DATE_TIME:11/03/2025]]  Ward 12  [[PERSON:Dr Mensah]]
[[ID_NUMBER:H0603377]]  [[PERSON:NOWAK]], [[PERSON:Zofia]]        [[DATE_TIME:11/12/1990]]  [[DATE_TIME:09/03/2025]]  [[DATE_TIME:10/03/2025]]  Ward 4   [[PERSON:Dr Lindsay]]""",
    """{"report_id": "R-77120", "reporter": "[[USERNAME:lily.in.leeds]]", "reported_handle": "[[USERNAME:callum_k_88]]", "reported_name": "[[PERSON:Callum Kerr]]", "reported_phone": "[[PHONE_NUMBER:+447932118405]]", "city": "[[LOCATION:Leeds]]", "category": "catfishing"}
{"report_id": "R-77121", "reporter": "[[USERNAME:tomasz_w]]", "reported_handle": "[[USERNAME:natalie.xx]]", "reported_name": "[[PERSON:Natalie]]", "reported_phone": null, "city": "[[LOCATION:Manchester]]", "category": "money_request"}
{"report_id": "R-77124", "reporter": "[[USERNAME:priya_s]]", "reported_handle": "[[USERNAME:drmike_ortho]]", "reported_name": "[[PERSON:Michael Adair]]", "reported_phone": "[[PHONE_NUMBER:+44 7411 003 297]]", "city": "[[LOCATION:Bristol]]", "category": "impersonation", "age_claimed": [[AGE:46]]}""",
    """employee:
  id: [[ID_NUMBER:E-20418]]
  name:
    given: [[PERSON:Aroha]]
    family: [[PERSON:Ngata]]
  date_of_birth: [[DATE_TIME:1990-12-02]]
  ird_number: "[[ID_NUMBER:49-091-850]]"
  contact:
    mobile: "[[PHONE_NUMBER:+64 21 448 0917]]"
    email: [[EMAIL_ADDRESS:aroha.ngata@xtra.co.nz]]
  address:
    street: [[ADDRESS:27 Kowhai Street]]
    suburb: [[LOCATION:Northcote]]
    city: [[LOCATION:Auckland]]
    postcode: "[[ZIP_CODE:0627]]"
  bank_account: "[[ID_NUMBER:06-0229-0418827-00]]"
  position: Warehouse Supervisor
  start_date: [[DATE_TIME:2021-08-16]]
  kiwisaver_rate: 4%""",
    """Claim number: MV-25-004418
Policy number: PC 8812 2201
Insured: [[PERSON:Naledi Khumalo]]
ID number: [[ID_NUMBER:7601020345086]]
Cell: [[PHONE_NUMBER:082 449 1730]]
Vehicle: 2019 VW Polo Vivo, reg [[ID_NUMBER:CA 418-227]]
Incident date: [[DATE_TIME:2025-02-15 19:20]]
Incident location: N2 inbound near [[LOCATION:Mowbray]], [[LOCATION:Cape Town]]
Third party: [[PERSON:Pieter van der Merwe]], reg [[ID_NUMBER:CF 771-302]], cell [[PHONE_NUMBER:083 612 0094]]
SAPS case no.: CAS 214/02/2025
Assessor: [[PERSON:Riaan Botha]]""",
    """cust_no,full_name,street,city,st,zip,phone,card
[[ID_NUMBER:100482]],[[PERSON:Jeanette Hollis]],"[[ADDRESS:7 Orchard Way, Apt 3]]",[[LOCATION:Dover]],[[LOCATION:DE]],[[ZIP_CODE:19901]],[[PHONE_NUMBER:302-734-9918]],[[CREDIT_CARD:4539718203645519]]
[[ID_NUMBER:100517]],[[PERSON:Omar Farouk Siddiqui]],"[[ADDRESS:2210 Elm St, Suite 400]]",[[LOCATION:Dallas]],[[LOCATION:TX]],[[ZIP_CODE:75201]],[[PHONE_NUMBER:214-880-3125]],[[CREDIT_CARD:5425233430109101]]
[[ID_NUMBER:100533]],"[[PERSON:Tran, Bao]]",[[ADDRESS:88 Kearny St]],[[LOCATION:San Francisco]],[[LOCATION:CA]],[[ZIP_CODE:94108]],[[PHONE_NUMBER:415-391-0472]],[[CREDIT_CARD:346812097742150]]
[[ID_NUMBER:100540]],[[PERSON:Rebecca Stone-Ayala]],"[[ADDRESS:PO Box 4418]]",[[LOCATION:Taos]],[[LOCATION:NM]],[[ZIP_CODE:87571]],,[[CREDIT_CARD:6011583299401777]]""",
    """Collision at [[LOCATION:Kettering]], [[DATE_TIME:07/03/2025 08:35]]

| Party | Name | Licence no. | Vehicle reg | Insurer | Policy | Injuries |
|-------|------|-------------|-------------|---------|--------|----------|
| A | [[PERSON:Emre Doğan]] | [[ID_NUMBER:DOGAN807150E99FK]] | [[ID_NUMBER:LR18 VDT]] | Aviva | AV-44120987 | none |
| B | [[PERSON:Hannah Price]] | [[ID_NUMBER:PRICE862036H99TS]] | [[ID_NUMBER:EY70 KMC]] | Direct Line | DL-7730018 | neck pain (reported) |
| Witness | [[PERSON:Marcus Fielding]] | n/a | n/a | n/a | n/a | n/a |""",
    """emp\tname\tiban\tgross_eur\tdept\tcost_centre
1041\t[[PERSON:Léa Marchand]]\t[[IBAN_CODE:FR7630004018230001279541128]]\t3,450.00\tSales\tCC-210
1057\t[[PERSON:Giorgio Santoro]]\t[[IBAN_CODE:IT36W0306909606100000178302]]\t4,120.00\tOps\tCC-330
1062\t[[PERSON:Inês Carvalho]]\t[[IBAN_CODE:PT50003300004513268902159]]\t2,980.00\tFinance\tCC-110
1070\t[[PERSON:Wouter Peeters]]\t[[IBAN_CODE:BE21001234567803]]\t3,760.00\tOps\tCC-330""",
    """| Ad Soyad | T.C. Kimlik No | Doğum Tarihi | Telefon | İl | Kart No | Segment |
|---|---|---|---|---|---|---|
| [[PERSON:Ayşe Demir]] | [[ID_NUMBER:60273814506]] | [[DATE_TIME:03.05.1985]] | [[PHONE_NUMBER:0533 418 20 74]] | [[LOCATION:Bursa]] | [[CREDIT_CARD:4791 2085 6631 4708]] | Gold |
| [[PERSON:Mehmet Can Aydın]] | [[ID_NUMBER:45902173674]] | [[DATE_TIME:21.11.1978]] | [[PHONE_NUMBER:0542 906 13 58]] | [[LOCATION:İzmir]] | [[CREDIT_CARD:5588 2104 7730 9185]] | Classic |
| [[PERSON:Gülşen Koç]] | [[ID_NUMBER:21866390746]] | [[DATE_TIME:09.08.1993]] | [[PHONE_NUMBER:0505 227 81 40]] | [[LOCATION:Konya]] | [[CREDIT_CARD:9792 0611 2834 4012]] | Platinum |""",
    """no,nama,nik,tgl_lahir,jk,alamat,kota,no_hp,status_kepesertaan
1,[[PERSON:Andi Saputra]],[[ID_NUMBER:3174051208900003]],[[DATE_TIME:12-08-1990]],L,"[[ADDRESS:Jl. Tebet Barat Dalam No. 5]]",[[LOCATION:Jakarta Selatan]],[[PHONE_NUMBER:0812-1047-3389]],aktif
2,[[PERSON:Nur Aini]],[[ID_NUMBER:3273106304950002]],[[DATE_TIME:23-04-1995]],P,"[[ADDRESS:Jl. Dago No. 112]]",[[LOCATION:Bandung]],[[PHONE_NUMBER:0857-2033-9164]],aktif
3,[[PERSON:Yohanes Manurung]],[[ID_NUMBER:1271032711870004]],[[DATE_TIME:27-11-1987]],L,"[[ADDRESS:Jl. Gatot Subroto No. 88]]",[[LOCATION:Medan]],[[PHONE_NUMBER:0813-7622-0481]],menunggak""",
    """{"ts":"[[DATE_TIME:2025-03-24T08:01:55Z]]","user":"[[USERNAME:n.osei]]","ip":"[[IP_ADDRESS:41.66.203.17]]","result":"success","ua":"Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0"}
{"ts":"[[DATE_TIME:2025-03-24T08:03:12Z]]","user":"[[USERNAME:mgarcia]]","ip":"[[IP_ADDRESS:2806:2f0:9021:4a11::c]]","result":"mfa_failed","ua":"okhttp/4.12.0"}
{"ts":"[[DATE_TIME:2025-03-24T08:03:40Z]]","user":"[[USERNAME:mgarcia]]","ip":"[[IP_ADDRESS:2806:2f0:9021:4a11::c]]","result":"success","ua":"okhttp/4.12.0"}
{"ts":"[[DATE_TIME:2025-03-24T08:11:09Z]]","user":"[[USERNAME:h.lindgren]]","ip":"[[IP_ADDRESS:94.254.18.201]]","result":"locked","ua":"Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X)"}""",
    """NAME                  CALLSIGN   MOBILE          SUBURB
[[PERSON:Bruce Hagan]]           RFS-12     [[PHONE_NUMBER:0428 117 305]]    [[LOCATION:Bilpin]]
[[PERSON:Leanne Kowalski]]       RFS-07     [[PHONE_NUMBER:0419 662 080]]    [[LOCATION:Kurrajong Heights]]
[[PERSON:Tupac Quispe]]          RFS-21     [[PHONE_NUMBER:0431 908 442]]    [[LOCATION:Bilpin]]
[[PERSON:Mick O'Halloran]]       RFS-03     [[PHONE_NUMBER:0400 215 773]]    [[LOCATION:Berambing]]""",
    """patient:
  mrn: "[[ID_NUMBER:0047718823]]"
  name: [[PERSON:Beatriz Oliveira Santos]]
  dob: [[DATE_TIME:1958-04-09]]
  sex: F
  address: "[[ADDRESS:2 Pine Hollow Rd]], [[LOCATION:Fall River]], [[LOCATION:MA]] [[ZIP_CODE:02720]]"
  next_of_kin:
    name: [[PERSON:Rui Santos]]
    relation: son
    phone: "[[PHONE_NUMBER:508-672-0193]]"
  allergies: [penicillin, latex]
  admitted: [[DATE_TIME:2025-03-19T23:10]]
  discharged: [[DATE_TIME:2025-03-23T12:00]]
  disposition: home with visiting nurse""",
    """student_id,first_name,last_name,grade,room,guardian_email,guardian_phone,iep
[[ID_NUMBER:S220418]],[[PERSON:Aaliyah]],[[PERSON:Brooks]],5,12,[[EMAIL_ADDRESS:tbrooks1984@gmail.com]],[[PHONE_NUMBER:(804) 339-2271]],N
[[ID_NUMBER:S220433]],[[PERSON:Mateo]],[[PERSON:Villalobos]],5,12,[[EMAIL_ADDRESS:villalobos.fam@yahoo.com]],[[PHONE_NUMBER:(804) 612-0048]],Y
[[ID_NUMBER:S220451]],[[PERSON:Hoang]],[[PERSON:Pham]],5,14,[[EMAIL_ADDRESS:lan.pham.va@outlook.com]],[[PHONE_NUMBER:(804) 277-9136]],N
[[ID_NUMBER:S220467]],[[PERSON:Grace]],[[PERSON:O'Connell]],5,14,,[[PHONE_NUMBER:(804) 501-3382]],N""",
    """| member_no | name | dob | plan | card_last4 | joined |
|-----------|------|-----|------|------------|--------|
| [[ID_NUMBER:GYM-30417]] | [[PERSON:Daniela Ferraz]] | [[DATE_TIME:1996-02-11]] | Off-peak | 4417 | [[DATE_TIME:2024-09-03]] |
| [[ID_NUMBER:GYM-30422]] | [[PERSON:Kieran Walsh]] | [[DATE_TIME:1988-07-30]] | Anytime | 0092 | [[DATE_TIME:2024-09-05]] |
| [[ID_NUMBER:GYM-30431]] | [[PERSON:Nomvula Sithole]] | [[DATE_TIME:2001-12-19]] | Student | 7730 | [[DATE_TIME:2024-09-12]] |""",
    """Agreement: RA-88120447
Renter: [[PERSON:Kimberly Osei-Tutu]]
Driver license: [[US_DRIVER_LICENSE:K-420-118-772-350]]
License state: [[LOCATION:MD]]
DOB: [[DATE_TIME:02/14/1990]]
Address: [[ADDRESS:9010 Georgia Ave, Apt 1108]], [[LOCATION:Silver Spring]], [[LOCATION:MD]] [[ZIP_CODE:20910]]
Phone: [[PHONE_NUMBER:301-648-2297]]
Vehicle: Toyota Camry, unit 44182, fuel full
Out: [[DATE_TIME:03/21/2025 10:14]]
Due in: [[DATE_TIME:03/24/2025 09:50]]
Card: [[CREDIT_CARD:3792 514600 33816]]
Additional driver: [[PERSON:Kwabena Osei-Tutu]]""",
    """nom;prénom;date_naissance;email;téléphone;code_postal;ville;licence
[[PERSON:Moreau]];[[PERSON:Théo]];[[DATE_TIME:14/05/2008]];[[EMAIL_ADDRESS:theo.moreau08@gmail.com]];[[PHONE_NUMBER:06 22 41 87 30]];[[ZIP_CODE:44000]];[[LOCATION:Nantes]];U17
[[PERSON:Diop]];[[PERSON:Aminata]];[[DATE_TIME:02/10/1999]];[[EMAIL_ADDRESS:aminata.diop@free.fr]];[[PHONE_NUMBER:07 81 30 44 92]];[[ZIP_CODE:44300]];[[LOCATION:Nantes]];Senior
[[PERSON:Le Goff]];[[PERSON:Yann]];[[DATE_TIME:27/01/1984]];[[EMAIL_ADDRESS:yann.legoff@laposte.net]];[[PHONE_NUMBER:06 09 55 12 68]];[[ZIP_CODE:44400]];[[LOCATION:Rezé]];Vétéran""",
    """id\tnombre\tapellidos\tDNI/NIE\tnº SS\tmóvil\tcentro
[[ID_NUMBER:E0412]]\t[[PERSON:Rocío]]\t[[PERSON:Martín Lozano]]\t[[ID_NUMBER:30925184M]]\t[[ID_NUMBER:08 12457730 86]]\t[[PHONE_NUMBER:622 418 390]]\t[[LOCATION:Terrassa]]
[[ID_NUMBER:E0419]]\t[[PERSON:Iker]]\t[[PERSON:Etxeberria Goñi]]\t[[ID_NUMBER:16473509N]]\t[[ID_NUMBER:46 03918274 96]]\t[[PHONE_NUMBER:688 207 114]]\t[[LOCATION:Sabadell]]
[[ID_NUMBER:E0427]]\t[[PERSON:Ousmane]]\t[[PERSON:Sow]]\t[[ID_NUMBER:Z0937452T]]\t[[ID_NUMBER:11 07745219 78]]\t[[PHONE_NUMBER:611 930 552]]\t[[LOCATION:Terrassa]]""",
    """| Time | Patient | DOB | NHS no. | Reason | Clinician |
|------|---------|-----|---------|--------|-----------|
| 09:00 | [[PERSON:Graham Tulloch]] | [[DATE_TIME:03/11/1949]] | [[ID_NUMBER:485 777 3090]] | BP review | [[PERSON:Nurse Ama Boateng]] |
| 09:20 | [[PERSON:Leah Rosenthal]] | [[DATE_TIME:22/06/1994]] | [[ID_NUMBER:632 918 4577]] | Contraception | [[PERSON:Dr Ellis]] |
| 09:40 | [[PERSON:Kacper Wiśniewski]] | [[DATE_TIME:17/01/2019]] | [[ID_NUMBER:738 204 5617]] | Ear pain | [[PERSON:Dr Ellis]] |""",
    """{"order":"#100482","customer":"[[PERSON:Fatima Zahra Bennani]]","email":"[[EMAIL_ADDRESS:fz.bennani@gmail.com]]","ship_to":{"line1":"[[ADDRESS:12 Rue Ibn Batouta]]","city":"[[LOCATION:Casablanca]]","zip":"[[ZIP_CODE:20250]]","country":"[[LOCATION:Morocco]]"},"total":"MAD 1,240.00"}
{"order":"#100483","customer":"[[PERSON:Youssef Amrani]]","email":"[[EMAIL_ADDRESS:y.amrani@menara.ma]]","ship_to":{"line1":"[[ADDRESS:Résidence Al Andalous, Imm. 4, Apt 9]]","city":"[[LOCATION:Rabat]]","zip":"[[ZIP_CODE:10090]]","country":"[[LOCATION:Morocco]]"},"total":"MAD 389.00"}
{"order":"#100487","customer":"[[PERSON:Salma Tazi]]","email":"[[EMAIL_ADDRESS:salmatazi.design@gmail.com]]","ship_to":{"line1":"[[ADDRESS:45 Boulevard Zerktouni]]","city":"[[LOCATION:Marrakech]]","zip":"[[ZIP_CODE:40000]]","country":"[[LOCATION:Morocco]]"},"total":"MAD 2,015.50"}""",
    """name,card_number,exp,cvv,billing_zip
[[PERSON:Robert Kline]],[[CREDIT_CARD:4532015773482093]],04/27,318,[[ZIP_CODE:60614]]
[[PERSON:Aisha Bello]],[[CREDIT_CARD:5182740933166241]],11/26,702,[[ZIP_CODE:30318]]
[[PERSON:Vikram Sethi]],[[CREDIT_CARD:376218840559102]],09/28,4417,[[ZIP_CODE:08820]]
[[PERSON:Camila Rojas]],[[CREDIT_CARD:6011920477133857]],01/27,056,[[ZIP_CODE:33126]]""",
    """PNR     PASSENGER                 FF NUMBER      ORIG     NEW      NEW DATE
K8P2QX  [[PERSON:HOLLOWAY]]/[[PERSON:MARK]] [[TITLE:MR]]          [[ID_NUMBER:BA 41882093]]    BA0117   BA0175   [[DATE_TIME:26MAR]]
K8P2QX  [[PERSON:HOLLOWAY]]/[[PERSON:JUDITH]] [[TITLE:MRS]]       [[ID_NUMBER:BA 41882107]]    BA0117   BA0175   [[DATE_TIME:26MAR]]
T3MW9L  [[PERSON:ADEBAYO]]/[[PERSON:KUNLE]] [[TITLE:DR]]          -              BA0117   AA0101   [[DATE_TIME:26MAR]]
ZR72HD  [[PERSON:SINGH]]/[[PERSON:MANPREET]] [[TITLE:MS]]         [[ID_NUMBER:BA 30027716]]    BA0117   BA0113   [[DATE_TIME:27MAR]]""",
    """donor_id,title,first,last,email,postcode,gift_aid,amount_gbp,campaign
[[ID_NUMBER:D-00771]],[[TITLE:Mrs]],[[PERSON:Patricia]],[[PERSON:Whitlock]],[[EMAIL_ADDRESS:pat.whitlock@btinternet.com]],[[ZIP_CODE:BA1 5NB]],Y,50.00,Spring Appeal
[[ID_NUMBER:D-00802]],[[TITLE:Mr]],[[PERSON:Kwesi]],[[PERSON:Annan]],[[EMAIL_ADDRESS:kwesi.annan@gmail.com]],[[ZIP_CODE:N17 6RU]],N,20.00,Spring Appeal
[[ID_NUMBER:D-00815]],[[TITLE:Dr]],[[PERSON:Eleanor]],[[PERSON:Fitzgerald-Shaw]],[[EMAIL_ADDRESS:efshaw@doctors.org.uk]],[[ZIP_CODE:OX2 6HT]],Y,250.00,Legacy Club
[[ID_NUMBER:D-00819]],,[[PERSON:Sam]],[[PERSON:Okoro]],,[[ZIP_CODE:M14 5TL]],N,5.00,Text-to-give""",
    """Building: [[ADDRESS:455 Ocean Ave]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11226]]

| Unit | Tenant | Phone | Lease start | Rent | Notes |
|------|--------|-------|-------------|------|-------|
| 1A | [[PERSON:Marcus Oyelaran]] | [[PHONE_NUMBER:(718) 204-7713]] | [[DATE_TIME:2023-09-01]] | $2,150 | |
| 2C | [[PERSON:Yelena Brodsky]] | [[PHONE_NUMBER:(347) 881-0294]] | [[DATE_TIME:2021-05-15]] | $1,980 | rent-stabilized |
| 4F | [[PERSON:Desiree]] & [[PERSON:Paul Lafontant]] | [[PHONE_NUMBER:(929) 330-4418]] | [[DATE_TIME:2024-12-01]] | $2,400 | cat |
| 5B | vacant | | | $2,300 | painting |""",
    """oncall:
  - name: [[PERSON:Priya Natarajan]]
    slack: "@[[USERNAME:priya.n]]"
    phone: "[[PHONE_NUMBER:+1 415 660 2213]]"
    primary: true
  - name: [[PERSON:Jonas Becker]]
    slack: "@[[USERNAME:jbecker]]"
    phone: "[[PHONE_NUMBER:+49 151 2240 8817]]"
    primary: false
escalation_email: sre-escalations@company.example
pager_service: PD-CORE-API""",
    """Request type: SIM replacement
Subscriber name: [[PERSON:Jonathan Ebuka Nwosu]]
MSISDN: [[PHONE_NUMBER:08035147729]]
NIN: [[ID_NUMBER:71092358846]]
Date of birth: [[DATE_TIME:19/09/1991]]
Last recharge: N500
Frequently dialled: [[PHONE_NUMBER:08063321190]], [[PHONE_NUMBER:07031184452]]
Store: [[LOCATION:Ikeja]]
Agent: [[PERSON:Blessing Umeh]] (staff ID [[ID_NUMBER:IKJ-0447]])
Outcome: approved after biometric match""",
    """name\trole\tfirst_aid_expiry\tdbs_on_update_service\tstart_date\tmobile
[[PERSON:Shanice Campbell]]\tRoom leader\t2026-04\tyes\t[[DATE_TIME:2019-01-07]]\t[[PHONE_NUMBER:07958 203 114]]
[[PERSON:Ewa Kaczmarek]]\tNursery practitioner\t2025-11\tyes\t[[DATE_TIME:2022-08-30]]\t[[PHONE_NUMBER:07826 441 590]]
[[PERSON:Bilal Mahmood]]\tApprentice\t2027-02\tpending\t[[DATE_TIME:2025-02-24]]\t[[PHONE_NUMBER:07400 318 276]]
[[PERSON:Jo Pennington]]\tManager\t2025-09\tyes\t[[DATE_TIME:2016-05-03]]\t[[PHONE_NUMBER:07771 092 845]]""",
    """plate,make,model,colour,owner,unit,owner_mobile,permit
[[ID_NUMBER:CBX4471]],Honda,Civic,grey,[[PERSON:Ana Lucía Paredes]],204,[[PHONE_NUMBER:(571) 338-2041]],P-118
[[ID_NUMBER:VKR2290]],Tesla,Model 3,white,[[PERSON:Samir Haddad]],311,[[PHONE_NUMBER:(703) 519-8873]],P-122
[[ID_NUMBER:UGL 8815]],Subaru,Forester,green,[[PERSON:Meredith Quinlan]],507,[[PHONE_NUMBER:(202) 431-7760]],P-130""",
    """| Case | Reported profile | Age shown | Location shown | Linked phone | Outcome |
|------|------------------|-----------|----------------|--------------|---------|
| DS-4410 | [[USERNAME:sweet_anna_kyiv]] | [[AGE:26]] | [[LOCATION:Kyiv]] | [[PHONE_NUMBER:+380 67 418 2290]] | banned |
| DS-4413 | [[USERNAME:captain.rob.navy]] | [[AGE:52]] | [[LOCATION:Norfolk]], [[LOCATION:VA]] | [[PHONE_NUMBER:+1 757 240 9981]] | banned |
| DS-4419 | [[USERNAME:jess_loves_hiking]] | [[AGE:30]] | [[LOCATION:Denver]] | none | warning |
| DS-4420 | [[USERNAME:kenji.t]] | [[AGE:38]] | [[LOCATION:Osaka]] | [[PHONE_NUMBER:+81 80-3318-2274]] | no action |""",
    """borrower_id,name,dob,national_id,account_no,branch,loan_amount_kes,group
[[ID_NUMBER:B-10442]],[[PERSON:Mary Wambui Njoroge]],[[DATE_TIME:1983-06-14]],[[ID_NUMBER:24419087]],[[ID_NUMBER:0118204471]],[[LOCATION:Thika]],80000,Tumaini Women
[[ID_NUMBER:B-10451]],[[PERSON:Peter Kiprono]],[[DATE_TIME:1979-03-02]],[[ID_NUMBER:21183305]],[[ID_NUMBER:0118209935]],[[LOCATION:Eldoret]],150000,Boda Riders
[[ID_NUMBER:B-10457]],[[PERSON:Fatuma Hassan]],[[DATE_TIME:1991-10-27]],[[ID_NUMBER:29076641]],[[ID_NUMBER:0118211206]],[[LOCATION:Garissa]],45000,Amani""",
    """{"bed":"4B-12","patient":"[[PERSON:Mohammed Al-Sayed]]","age":[[AGE:71]],"mrn":"[[ID_NUMBER:RH0094418]]","admitted":"[[DATE_TIME:2025-03-20]]","expected_discharge":"[[DATE_TIME:2025-03-26]]","isolation":false}
{"bed":"4B-14","patient":"[[PERSON:Doreen Whitfield]]","age":[[AGE:88]],"mrn":"[[ID_NUMBER:RH0071230]]","admitted":"[[DATE_TIME:2025-03-17]]","expected_discharge":null,"isolation":true}
{"bed":"4B-15","patient":null,"age":null,"mrn":null,"admitted":null,"expected_discharge":null,"isolation":false}
{"bed":"4B-16","patient":"[[PERSON:Tomás Ó Briain]]","age":[[AGE:59]],"mrn":"[[ID_NUMBER:RH0102265]]","admitted":"[[DATE_TIME:2025-03-22]]","expected_discharge":"[[DATE_TIME:2025-03-24]]","isolation":false}""",
    """Given name: [[PERSON:Kavya]]
Surname: [[PERSON:Reddy]]
Date of birth: [[DATE_TIME:05/07/1999]]
Place of birth: [[LOCATION:Warangal]], [[LOCATION:Telangana]]
Aadhaar: [[ID_NUMBER:7391 4825 0364]]
Father's name: [[PERSON:Srinivas Reddy]]
Mother's name: [[PERSON:Padmaja Reddy]]
Present address: [[ADDRESS:Flat 302, Sai Residency, Road No. 12]], [[LOCATION:Banjara Hills]], [[LOCATION:Hyderabad]] [[ZIP_CODE:500034]]
Mobile: [[PHONE_NUMBER:+91 90004 18827]]
Email: [[EMAIL_ADDRESS:kavya.reddy99@gmail.com]]
Passport type: Normal, 36 pages""",
    """| Hostname | Assigned to | Email | IPv4 | MAC | Last seen |
|----------|-------------|-------|------|-----|-----------|
| FIN-LT-014 | [[PERSON:Gemma Rothwell]] | [[EMAIL_ADDRESS:g.rothwell@halden-finance.co.uk]] | [[IP_ADDRESS:10.40.12.114]] | 8C:16:45:2A:77:01 | [[DATE_TIME:2025-03-24 17:02]] |
| FIN-LT-019 | [[PERSON:Adebola Ayodele]] | [[EMAIL_ADDRESS:a.ayodele@halden-finance.co.uk]] | [[IP_ADDRESS:10.40.12.131]] | 8C:16:45:2A:7C:9E | [[DATE_TIME:2025-03-24 16:48]] |
| FIN-DT-002 | (shared) | finance-team@halden-finance.co.uk | [[IP_ADDRESS:10.40.12.20]] | 00:1E:C9:44:0B:12 | 2025-03-21 09:15 |""",
]

CHAT = [
    """[09:14] Agent [[PERSON:Skye]]: Hi, you're chatting with [[PERSON:Skye]]. How can I help today?
[09:14] Customer: hi, my [[DATE_TIME:Friday 28 March]] flight to [[LOCATION:Lisbon]] has been cancelled and the app won't let me rebook
[09:15] Agent [[PERSON:Skye]]: I'm sorry about that. Could you give me the booking reference and the lead passenger's name?
[09:15] Customer: 7HKQ2M, [[PERSON:Tiago Menezes]]
[09:16] Agent [[PERSON:Skye]]: Thanks, [[PERSON:Tiago]]. I can see two passengers, you and [[PERSON:Beatriz Menezes]]. I can move you both to the [[DATE_TIME:Saturday 29 March, 07:05]] departure at no cost. Would that work?
[09:17] Customer: yes please. send the confirmation to [[EMAIL_ADDRESS:tiago.menezes@sapo.pt]] and add my frequent flyer number [[ID_NUMBER:TP 204418773]] please
[09:18] Agent [[PERSON:Skye]]: All done. New e-tickets have been issued and the miles will post after you fly.""",
    """[[PERSON:Hannah]] ([[PERSON:Olive]]'s mum), 19:02: Hi all! [[PERSON:Olive]] is turning [[AGE:4]] and we're having a little party on [[DATE_TIME:Sunday 6 April, 2-4pm]] at ours, [[ADDRESS:14 Grove Park Road]]. RSVP to me on [[PHONE_NUMBER:07931 557 208]] 🎈
[[PERSON:Marcus]] ([[PERSON:Theo]]'s dad), 19:10: [[PERSON:Theo]]'s in! Does he need to bring anything?
[[PERSON:Priya]], 19:15: We'd love to come but [[PERSON:Arjun]] has swimming then 😕 Also, does anyone have the nursery's new number? Mine still has the old one
[[PERSON:Hannah]] ([[PERSON:Olive]]'s mum), 19:18: It's 020 8461 2290 now I think. No worries [[PERSON:Priya]]!
[[PERSON:Marcus]] ([[PERSON:Theo]]'s dad), 19:21: That's right, they changed it after the Easter holidays""",
    """Me: Hi, this is [[PERSON:Jasmine]], the driver of the blue Fiesta you reversed into this morning. Can you send me your insurance details please?
Them: hi yes sorry again. [[PERSON:Craig Bellamy]], insured with LV, policy LV-MTR-8812047. my reg is [[ID_NUMBER:OU19 FZK]]
Me: Thanks. Mine is [[ID_NUMBER:KP65 RVA]]. For the claim form, what's your address?
Them: [[ADDRESS:31 Rectory Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1BW]]
Me: And I'll put [[DATE_TIME:18/03 at 8.50am]] as the time of the accident, ok?
Them: yep 👍 my number's this one if they need to call""",
    """[[USERNAME:leo_climbs]]: hey! loved your profile. I'm [[PERSON:Leo]] btw
[[USERNAME:sara.k]]: hi [[PERSON:Leo]] :) I'm [[PERSON:Sara]]
[[USERNAME:leo_climbs]]: we should meet up, what's your number?
[[USERNAME:sara.k]]: I'd rather keep chatting here for now
[[USERNAME:leo_climbs]]: come on, just text me on [[PHONE_NUMBER:0412 908 337]] or I'll find you on insta anyway 😉 you're at uni in [[LOCATION:Newcastle]] right
[[USERNAME:sara.k]]: that's a bit much. please don't
[System] [[USERNAME:sara.k]] reported [[USERNAME:leo_climbs]] at [[DATE_TIME:2025-03-19 23:48]] (reason: threatening behaviour)""",
    """Customer: my debit card got blocked, number is [[CREDIT_CARD:4128 7730 6519 9243]]
Bot: For your security, please don't share your full card number here. Please type only the last 4 digits.
Customer: 9243. name is [[PERSON:Ritu Agarwal]], registered mobile [[PHONE_NUMBER:98300 41177]]
Agent [[PERSON:Rahul]]: Thank you, [[PERSON:Ms Agarwal]]. The card was blocked after three wrong PIN attempts at an ATM in [[LOCATION:Salt Lake]] at 21:40. Was that you?
Customer: no!! I was at home in [[LOCATION:Howrah]] the whole evening
Agent [[PERSON:Rahul]]: Understood. I've hot-listed the card and raised dispute reference DSP7741902. A new card will be dispatched to your registered address.""",
    """Enfermería planta 3: Buenos días, ¿hablo con [[PERSON:Alberto]], el hijo de [[TITLE:doña]] [[PERSON:Carmen Vidal]]?
[[PERSON:Alberto]]: Sí, soy yo.
Enfermería planta 3: Le escribimos para confirmar que su madre recibe el alta mañana, [[DATE_TIME:jueves 27 a las 11:00]]. El informe lo firmará la [[TITLE:Dra.]] [[PERSON:Pilar Ibáñez]].
[[PERSON:Alberto]]: Perfecto. La dirección para la ambulancia es [[ADDRESS:calle Mayor 45, 1.º B]], [[LOCATION:Alcalá de Henares]]. Mi móvil es el [[PHONE_NUMBER:678 302 115]].
Enfermería planta 3: Anotado. Recuerde traer la ropa y la medicación que tenga en casa.""",
    """[[PERSON:Kemi Adeyinka]] (applicant): Hi, I uploaded the bank statements but the portal says the account number doesn't match. It's [[ID_NUMBER:2093318476]].
[[PERSON:Greg Holt]] (loan officer): Thanks [[PERSON:Kemi]]. The statements are for Adeyinka Catering Ltd, but the application lists the account as personal. Could you confirm your BVN?
[[PERSON:Kemi Adeyinka]] (applicant): [[ID_NUMBER:22184403917]]. And my date of birth is [[DATE_TIME:2 Sept 1986]] if you need it.
[[PERSON:Greg Holt]] (loan officer): Perfect. The director's guarantee still needs signing; are you free for a video call Thursday at 3pm?
[[PERSON:Kemi Adeyinka]] (applicant): Thursday works. Call me on [[PHONE_NUMBER:+234 802 557 9013]] or email [[EMAIL_ADDRESS:kemi@adeyinkacatering.ng]].""",
    """[[USERNAME:dkariuki]]: internet keeps dropping since yesterday
Agent [[PERSON:Faith]]: Sorry about that! Can I have the account holder's name and the phone number on the account?
[[USERNAME:dkariuki]]: [[PERSON:David Kariuki]], [[PHONE_NUMBER:0733 418 027]]
Agent [[PERSON:Faith]]: Thanks [[PERSON:David]]. Your router's WAN IP is [[IP_ADDRESS:197.232.61.40]] and it has reconnected 14 times today. Can you read me the serial number on the sticker?
[[USERNAME:dkariuki]]: SN HW2A8831904
Agent [[PERSON:Faith]]: Got it, the unit is faulty. A technician will come to [[ADDRESS:House 22, Muthithi Gardens]], [[LOCATION:Westlands]] on [[DATE_TIME:Saturday 22 March between 9 and 12]] to swap it.""",
]

LOOKALIKE = [
    """OPS BULLETIN 25/031. Flight BA2490 LGW-MXP on 14 MAR operated by G-EUYR (A319) after a tech issue on G-EUPH; 38 PNRs reaccommodated, e.g. 6YTR2K, QX7T2L. Bags tagged 0125BA448120 to 0125BA448163 were hand-carried to belt 7. Crew reporting time moved to 05:40. Ops desk: 0344 493 0787 (internal 4417). Incident ref IR-2025-03-1144, MEL item 21-51-01, software load 3.2.1.4 on the ACARS unit.""",
    """Claims news, March edition. Policy numbers now follow the pattern PC-8812-2201-44 and claim references CL-2025-448190; please quote both on every call to 0345 600 2290 (Mon-Fri, 8am-8pm) or email claims@example-insurance.co.uk. Motor claims must include the VIN (17 characters, e.g. WVWZZZ1KZAW000001) and the police reference, such as CAD 4417-18MAR25. Repairs are booked at our approved body shops on Ford Road and Churchill Way. Finally, congratulations to [[PERSON:Maureen Falk]] in our [[LOCATION:Leeds]] office on 25 years of service.""",
    """Release 10.4.2.1 (build 20250318.7, commit 9f3c2e1a7b44d0e8c19a2f6b3e57d8c0a1b2c3d4). Fixes: session token 7d1e4a2c-88b0-4f3e-9c61-2b5d7e0f9a13 no longer logged in plaintext; link-local addresses are excluded from discovery; default port changed from 8443 to 9443. Known issue: devices with firmware 2.10.4.18 report version "4.18.2.10". Thanks to [[USERNAME:mkowalczyk-dev]] for the patch and to [[PERSON:Aditi Rao]] for the report.""",
    """Nursery newsletter. This month we're exploring Froebel's gifts and Montessori practical-life trays, and the pre-schoolers are growing sunflowers. Hand, foot and mouth disease is going around, so please keep children at home until the blisters have crusted. Our Ofsted URN is 2718824 and our charity number is 1184422 if you need them for tax-free childcare; the office line is 01632 960441. A warm welcome to our new deputy manager, [[PERSON:Grace Adeyemi]], and happy birthday to [[PERSON:Noah]], who turns [[AGE:3]] this week!""",
    """Protect yourself from fraud. We will never ask for your PIN, your full password or a one-time passcode. Scammers often quote "test" card numbers such as 4000 0000 0000 0002 or sort codes like 20-00-00 to seem official, and they may give a reference that looks like ours (FRD-2025-118842). Our SWIFT code is BARCGB22 and our IBANs start with GBkk BARC; anyone asking you to move money "to a safe account" is a criminal. Report it on 159. [[PERSON:Daniel Osei]], Head of Fraud Prevention""",
    """Teaching note: eponymous conditions. Parkinson's disease (ICD-10 G20) and Alzheimer's disease (G30.9) are named after the physicians who described them; so are Hodgkin lymphoma (C81.90), Crohn's disease and the Apgar score. A Glasgow Coma Scale of 15/15 and an APGAR of 9 at five minutes are findings, not identifiers. Drug lot numbers (e.g. FK4721), NDC codes such as 0069-1530-41 and ward and bed numbers (4B, bed 12) are not patient identifiers either. Case discussion led by [[PERSON:Dr. Okoro]].""",
    """Shipment update. Container MSCU4471182 (seal 0088123) discharged at [[LOCATION:Nhava Sheva]]; AWB 176-44182093; HS code 8471.30; commercial invoice INV-2025-00418 and PO 4500118827 attached. The truck will take NH48 and exit at Mahatma Gandhi Road before unloading at the warehouse on Jawaharlal Nehru Marg. Our customer service line is 1800 419 2290 and the mailbox is imports@forwarder.example. Consignee contact: [[PERSON:Ravi Shankar]], [[PHONE_NUMBER:+91 98202 44187]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind43", STYLES, OUT)


if __name__ == "__main__":
    main()

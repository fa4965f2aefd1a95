"""Build tests/data/blind26.jsonl: a twenty-sixth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind26.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of any other gold set. Exactly three
files of the repository were read, and only these parts of them:
- make_blind22.py, lines 1-121 (its module docstring with the labeling
  conventions and style descriptions, and its import lines), and its closing
  scaffolding from the line `STYLES = {` to the end of the file (the STYLES
  dict and main(), copied here); its record lists were not read;
- gold_sets.py in full (the checks and `write_set`);
- make_handwritten.py, lines 1-64 (the conventions docstring, MARK,
  TITLE_IN_NAME and `parse()`).
Nothing else was opened: no *.jsonl set, no other make_*.py script
(make_blind24.py and make_blind25.py included), nothing under minimize/,
recognizers/, bench/ or the rest of tests/, no git history, nothing under
/tmp. The detector and the bench were never run, on this file or on
anything else. Do not tune the detector against this set: once it has been
used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand, one by one: no Faker, no word
lists, no templates filled by code, no loops. Only the offsets are
computed, by `parse()` from make_handwritten.py, which strips the inline
`[[TYPE:value]]` marks (the summary printed at the end only counts them).
Card numbers pass Luhn and IBANs pass mod-97 with the right length for
their country; the national check digits inside the French, Spanish,
Italian, Belgian and Portuguese IBANs are right too. They were worked out
with throwaway code run while writing (not kept, not generated here) and
pasted in as literal strings; `gold_sets.check` re-checks cards and IBANs
and refuses a bad one. The same throwaway code gave a valid check digit to
the national ids that have a public one: UK NHS numbers, Canadian SINs,
Aadhaar numbers (Verhoeff), Dutch BSNs, Spanish DNI / NIE letters, South
African ids (Luhn, and their birth date and sex agree with the person where
they show), Australian TFNs and Medicare numbers, Irish PPSNs, Singapore
NRIC / FINs, New Zealand IRD and NHI numbers, the French NIR key, the
Austrian social-insurance number, the Italian codice fiscale, and the
ISBN-13 look-alikes. US SSNs, UK NI numbers, PAN, Nigerian NIN and BVN,
Kenyan ids and KRA PINs, Philippine SSS / PhilHealth / TIN / Pag-IBIG
numbers, German tax ids, the Mexican CURP, French identity-card and
residence-permit numbers, passports, licences, plates, VINs, bank account
numbers and staff, student, member and patient numbers were not checked.

Styles (ids `blind26-<style>-NNN`; 240 records), chosen above all to look
like the public PII-masking benchmarks and labeled tables an outside
evaluator would use. About nine records in ten are in English (US, UK,
Canada, Australia, India, Ireland, South Africa, Nigeria, Kenya, Singapore,
the Philippines and New Zealand contexts, names from the many cultures
living there), the rest in French, German, Spanish, Italian and Dutch:
- `bench` (110): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k, gretel-pii-masking-en-v1 and Nemotron-PII: single sentences,
  short paragraphs, form fills, emails, log lines, support tickets, chat
  messages, often odd or synthetic-sounding, with many entity kinds each
  (usernames, password-adjacent text, IPv4 / IPv6, MACs, cards, IBANs,
  SSNs, passports, licences, dates of birth in many shapes, ages, titles,
  job titles, gender words, plates and VINs, account numbers, GPS
  coordinates, profile URLs).
- `gen` (60): realistic sentences as a third-party LLM would write them,
  the PII woven into prose (names first and last, possessives, relatives,
  lowercase names, nicknames, honorifics, ages in words and in digits).
- `table` (45): labeled tables rendered as text (CSV, pipes / Markdown,
  TSV, fixed width, JSON lines, key: value blocks, HTML snippets), column
  names varied (abbreviated, camelCase, snake_case, with units, some not in
  English), with PII and non-PII columns side by side.
- `doc` (15): letters, claims, discharge summaries, CVs, tenancy
  agreements, minutes, 600 to 1500 characters.
- `lookalike` (10): texts full of things that look like PII but are not,
  with little or no real PII (three have none).

Labeling conventions: those of make_blind22.py's docstring (and the sets
before it), as summarised there:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  building names in an address; city, district, county, state / province
  (also abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, in any shape, times
  attached to them included; not bare years, weekdays alone, durations,
  clock times alone, or dates not tied to a person.
- AGE: the number only (ages in words are not labeled). USERNAME: handle
  without "@". URL: personal pages and profiles only. NRP: nationality,
  religion or political group of a person.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, IMEIs, device serials, sort codes, BSB, IFSC, BIC and routing
  numbers, CVVs and expiries, PINs and one-time codes, order / ticket /
  claim / policy / booking / tracking / invoice references, SKUs, amounts,
  company phone numbers and role mailboxes, company and product names,
  versions, hashes, GPS coordinates, partial numbers ("ending 4417"),
  record ids and record timestamps (created_at, updated_at), a header row.
- Calls made while writing this set: a VIN is ID_NUMBER like the plate of
  the same vehicle; in a log line, the timestamp of a person's own action
  (a login, a password reset, a card payment) is DATE_TIME like a "last
  login" field, while the time a record or job was created or a system
  event happened is not; in a table a "sex", "gender", "role", "dept" or
  "status" column stays unlabeled, an "age" column is AGE, a "country",
  "state" or "county" column is LOCATION and a "nationality" or "religion"
  column is NRP; an airline-style name ("OKONKWO/IFEANYI MR") is two
  PERSON spans and a TITLE; a two-letter state after a city ("Boise, ID")
  is LOCATION, a country code inside a code or id is not; an IP address is
  labeled wherever it is a real address of a machine, a dotted version
  number is not; the "Sent:" date of an email is its sender's action and is
  DATE_TIME; street addresses of offices and shops are ADDRESS like homes,
  but a company's bank account, VAT or registration number is not labeled;
  "holder of a Nigerian passport" makes "Nigerian" NRP; a witness's guess
  at a stranger's age ("maybe 20") is AGE, a pet's age is not; test and
  specimen values from documentation (test card numbers, the specimen IBAN,
  a dummy SSN) are not PII and stay unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind26.jsonl")

BENCH = [
    # 1
    "Please update the mailing address for policyholder [[PERSON:Mrs. Imogen Achterberg-Lowe]] to "
    "[[ADDRESS:Flat 3, 118 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1JE]], effective "
    "[[DATE_TIME:01/09/2024]]. Her contact number remains [[PHONE_NUMBER:07700 914 382]] and the direct "
    "debit will now be collected from [[IBAN_CODE:GB34NWBK50458274402048]].",
    # 2
    "auth.log: [[DATE_TIME:2024-03-18 07:42:19]] sshd[2214]: Accepted publickey for [[USERNAME:dmitri_v]] "
    "from [[IP_ADDRESS:185.44.201.73]] port 51822 ssh2: RSA SHA256:q9Xv0pTnL4",
    # 3
    "Name: [[PERSON:Oluwaseun Adeyemi-Bakare]]\nSex: M\nDate of Birth: [[DATE_TIME:22-Jan-1979]]\n"
    "Age: [[AGE:45]]\nOccupation: Quantity Surveyor\nNIN: [[ID_NUMBER:60317829451]]\n"
    "Phone: [[PHONE_NUMBER:0805 227 6190]]\nResidential Address: [[ADDRESS:27 Adeola Odeku Street]], "
    "[[LOCATION:Victoria Island]], [[LOCATION:Lagos]]",
    # 4
    "Hi [[PERSON:Tamsin]], just confirming your appointment with [[PERSON:Dr. Rajiv Menon]] on "
    "[[DATE_TIME:Thursday 11 April at 2:15pm]]. Please bring your Medicare card ([[ID_NUMBER:5209 66547 2]]) "
    "and arrive 10 minutes early. Reply STOP to opt out of reminders.",
    # 5
    "Dispute lodged by [[PERSON:Camille Fontaine-Ruiz]] ([[EMAIL_ADDRESS:camille.fr@protonmail.com]]): "
    "charge of $412.80 on card [[CREDIT_CARD:5195 8669 6176 4246]] exp 08/27 at merchant "
    "'SKYLINE PARKING 0042'. Cardholder billing ZIP [[ZIP_CODE:60614]], callback "
    "[[PHONE_NUMBER:(312) 555-0148]].",
    # 6
    "The applicant, [[PERSON:Nomvula Dlamini]], ID number [[ID_NUMBER:8803144096087]], born "
    "[[DATE_TIME:14 March 1988]], resides at [[ADDRESS:41 Jan Smuts Avenue]], [[LOCATION:Parktown]], "
    "[[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]. Cell: [[PHONE_NUMBER:082 614 3390]].",
    # 7
    '{"handle": "[[USERNAME:nightowl_jess]]", "email": "[[EMAIL_ADDRESS:jess.morrow@outlook.com]]", '
    '"signup_ip": "[[IP_ADDRESS:73.162.40.219]]", "dob": "[[DATE_TIME:1996-12-02]]", '
    '"country": "[[LOCATION:United States]]", "plan": "pro", "newsletter": false}',
    # 8
    "Password reset -- Employee: [[PERSON:Wei Ling Tan]] | Staff ID: [[ID_NUMBER:SGH-006132]] | "
    "NRIC: [[ID_NUMBER:S3930470H]] | Workstation MAC: 00:1A:2B:7C:44:9E | Last known IP: "
    "[[IP_ADDRESS:10.42.8.117]] | Ext. 2786 | Temp password issued: Kx!92-ramble",
    # 9
    "My name is [[PERSON:Bongani]] and I need to close the savings account in my late father's name, "
    "[[PERSON:Sipho Khumalo]], account number [[ID_NUMBER:62 0451 8837]]. He passed away on "
    "[[DATE_TIME:5 November 2023]] and I am the executor of his estate.",
    # 10
    "Ticket INC-558201: customer [[PERSON:Aditya Raghunathan]] cannot log into the portal with username "
    "[[USERNAME:araghu_77]]. Registered email [[EMAIL_ADDRESS:aditya.r@rediffmail.com]], alternate phone "
    "[[PHONE_NUMBER:+91 80 4127 6633]]. Browser Chrome 122 on Windows 11. Priority P3, assigned to L2.",
    # 11
    "On [[DATE_TIME:February 27, 2024]], [[PERSON:Marisol Quintanilla]] (SSN [[US_SSN:529-41-7706]]) "
    "submitted a hardship withdrawal request for her 401(k). Her mailing address on file is "
    "[[ADDRESS:2208 Alder Creek Dr, Apt 14B]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83704]].",
    # 12
    "PAX [[PERSON:OKONKWO]]/[[PERSON:IFEANYI]] [[TITLE:MR]]  PPT [[ID_NUMBER:A09842157]] NGA  DOB "
    "[[DATE_TIME:17AUG84]]  SEAT 32K  VS412 LOS-LHR [[DATE_TIME:19MAY]]  FF [[ID_NUMBER:VS 1148 2207 93]]",
    # 13
    "Can you send order A-30917 to my work instead? It's [[PERSON:Gráinne Ní Bhriain]], "
    "[[ADDRESS:Unit 6, Block C, Parkwest Business Campus]], [[LOCATION:Dublin]] [[ZIP_CODE:D12 W8K3]]. "
    "Mobile [[PHONE_NUMBER:087 331 9042]] if the courier can't find reception.",
    # 14
    "dhcp6: lease granted to client 5c:e9:1e:22:b0:4f (owner [[PERSON:Hemi Walker]], "
    "[[EMAIL_ADDRESS:hemi.walker@xtra.co.nz]]) address [[IP_ADDRESS:2404:4408:63a1:7e00::1b4]] "
    "valid-lifetime 86400",
    # 15
    "[[PERSON:Ms Ayesha Siddiqui]], [[AGE:34]], a pharmacist from [[LOCATION:Bradford]], has applied for a "
    "joint mortgage with her husband [[PERSON:Faisal]]. Her National Insurance number is "
    "[[ID_NUMBER:JT 48 21 93 C]] and her current account is [[ID_NUMBER:31926845]] (sort code 40-11-62).",
    # 16
    "Estimado [[TITLE:Sr.]] [[PERSON:Álvaro Pizarro Gil]]: le confirmamos el cambio de domiciliación a la "
    "cuenta [[IBAN_CODE:ES65 4553 0425 1871 2823 1223]]. DNI del titular: [[ID_NUMBER:39000613L]]. "
    "Dirección: [[ADDRESS:Calle de Embajadores 112, 3º B]], [[ZIP_CODE:28045]] [[LOCATION:Madrid]].",
    # 17
    "WARN payment-svc card_declined cust_email=[[EMAIL_ADDRESS:b.haddad@gmail.com]] "
    "pan=[[CREDIT_CARD:4182066842374715]] bin_country=LB amount=129.00 currency=EUR "
    "client_ip=[[IP_ADDRESS:91.203.12.88]] reason=insufficient_funds",
    # 18
    "Rental application: [[PERSON:Kiri Te Rangi]], born [[DATE_TIME:3 May 1990]], currently at "
    "[[ADDRESS:19B Matai Street]], [[LOCATION:Lower Hutt]] [[ZIP_CODE:5010]]. Driver licence "
    "[[ID_NUMBER:DL482931]], version 312. IRD [[ID_NUMBER:855-966-549]]. Employed at the port for six years.",
    # 19
    "Citation issued to [[PERSON:Brandon T. Kowalczyk]], DL [[US_DRIVER_LICENSE:K412-5580-9931]] "
    "([[LOCATION:IL]]), plate [[ID_NUMBER:DM 48211]], at [[ADDRESS:1400 N Lake Shore Dr]] on "
    "[[DATE_TIME:08/14/2023 22:51]]. Recorded speed 58 in a 40 zone.",
    # 20
    "Account holder: [[PERSON:Yuki Tanaka-Brennan]]; IBAN [[IBAN_CODE:IE11 AIBK 6411 4606 4917 57]]; "
    "BIC AIBKIE2D; PPSN [[ID_NUMBER:8738864V]]; Eircode [[ZIP_CODE:H91 E2K4]]; preferred contact: post.",
    # 21
    "The claimant, [[PERSON:Mr. Desmond Asante]], a [[AGE:61]]-year-old retired bus driver of "
    "[[NRP:Ghanaian]] origin, alleges that on [[DATE_TIME:12 January 2024]] he slipped on ice outside the "
    "shop at [[ADDRESS:230 High Road]], [[LOCATION:Leytonstone]]. He can be reached at "
    "[[EMAIL_ADDRESS:d.asante61@btinternet.com]].",
    # 22
    "Lost phone report: GPS fix 51.5072, -0.1276 matched the handset of [[PERSON:Priyanka Chaudhary]] "
    "(IMEI 356938035643809). She reported it missing on [[DATE_TIME:21/06/2024 at 18:03]]; SIM number "
    "[[PHONE_NUMBER:07911 204 668]] has been barred.",
    # 23
    "Bewerbung von [[PERSON:Lukas Brandstätter]], geb. [[DATE_TIME:07.10.1995]] in [[LOCATION:Graz]], "
    "wohnhaft [[ADDRESS:Annenstraße 48/5]], [[ZIP_CODE:8020]] [[LOCATION:Graz]]. Tel. "
    "[[PHONE_NUMBER:+43 664 2817 334]], E-Mail [[EMAIL_ADDRESS:lukas.brandstaetter@gmx.at]], "
    "SV-Nummer [[ID_NUMBER:4829 071095]].",
    # 24
    "hey it's [[PERSON:marco]] from the 3rd floor, can someone add my venmo [[USERNAME:marco-deluca-7]] to "
    "the lunch sheet? also my cell changed to [[PHONE_NUMBER:917-555-0193]] btw",
    # 25
    "Re: application of [[PERSON:Jorah Ellsworth-Mbeki]] for Senior Assurance Officer. The candidate holds "
    "a [[NRP:Zimbabwean]] passport, number [[ID_NUMBER:FN482719]], and his portfolio is at "
    "[[URL:https://jorahellsworth.design]]. Referees to be contacted after interview.",
    # 26
    "Hello, I am writing on behalf of my mother, [[PERSON:Mrs. Gurdeep Bains]], to update her OAS direct "
    "deposit. Her SIN is [[ID_NUMBER:491 973 004]] and her date of birth is [[DATE_TIME:June 30, 1951]]. "
    "New address: [[ADDRESS:88 Humberline Drive, Unit 1207]], [[LOCATION:Etobicoke]], [[LOCATION:ON]] "
    "[[ZIP_CODE:M9W 6Y4]].",
    # 27
    "Good day! Requesting a Certificate of Employment for [[PERSON:Ma. Cristina Villanueva]], SSS No. "
    "[[ID_NUMBER:34-5817290-6]], PhilHealth [[ID_NUMBER:12-025583610-4]], TIN [[ID_NUMBER:418-662-905-000]]. "
    "Date hired: [[DATE_TIME:March 2, 2019]]. Kindly email it to "
    "[[EMAIL_ADDRESS:cristina.villanueva@yahoo.com.ph]]. Thank you po.",
    # 28
    "SDK4XH9P2L Confirmed. Ksh2,500.00 sent to [[PERSON:JOSEPH KIPROTICH]] [[PHONE_NUMBER:0722418903]] on "
    "[[DATE_TIME:4/7/24 at 9:14 AM]]. New M-PESA balance is Ksh1,132.40. Transaction cost, Ksh33.00.",
    # 29
    "Traveler profile: [[PERSON:Deandra Whitlock]], US passport [[US_PASSPORT:584019273]] (exp. 2031), "
    "Global Entry KTN [[ID_NUMBER:98812034]], DOB [[DATE_TIME:11/23/1983]], seat preference aisle, "
    "meal VGML, emergency contact [[PERSON:Marcus Whitlock]] [[PHONE_NUMBER:404-555-0186]].",
    # 30
    "Your recent interaction with our Accessibility Team has been logged under [[PERSON:Xiomara]]'s "
    "profile. To proceed, confirm the IBAN linked to the account, [[IBAN_CODE:DE16952199310196283848]], "
    "and note that a device at [[IP_ADDRESS:84.17.203.5]] accessed it at 03:12 local time.",
    # 31
    "conn_open src=[[IP_ADDRESS:fe80::8a2c:4fff:fe19:3d21]] user=[[USERNAME:t.mwangi]] "
    "mac=88:2C:4F:19:3D:21 proto=tcp dport=443 bytes_out=48213 vlan=30",
    # 32
    "Discharge note: [[PERSON:Hamid Rezaei]], MRN [[ID_NUMBER:00784512]], [[AGE:72]] y/o male admitted "
    "[[DATE_TIME:2024-01-09]] with community-acquired pneumonia, discharged [[DATE_TIME:2024-01-15]] to his "
    "daughter's home at [[ADDRESS:5 Wexham Close]], [[LOCATION:Slough]] [[ZIP_CODE:SL2 5LX]]. GP: "
    "[[PERSON:Dr. Fiona Maclaren]].",
    # 33
    "Gentile [[PERSON:Giulia Rossi]], la sua richiesta di rimborso è stata accolta. L'importo di 86,40 € "
    "sarà accreditato sull'IBAN [[IBAN_CODE:IT63 B192 6412 6123 3553 2947 321]] entro 10 giorni lavorativi. "
    "Codice fiscale: [[ID_NUMBER:RSSGLI85M52F205B]]. Per informazioni: [[PHONE_NUMBER:+39 347 218 9904]].",
    # 34
    "query ok (1 row): id=9038 | first_name=[[PERSON:Ngozi]] | last_name=[[PERSON:Eze]] | "
    "bvn=[[ID_NUMBER:22351906784]] | dob=[[DATE_TIME:1990-04-19]] | state=[[LOCATION:Enugu]] | "
    "created_at=2023-11-02T10:14:55Z",
    # 35
    "Name on card: [[PERSON:R. K. Balasubramanian]]\nCard number: [[CREDIT_CARD:3794 905806 10042]]\n"
    "Expiry: 11/26   CID: 8265\nBilling PIN code: [[ZIP_CODE:600017]]\n"
    "Email for receipt: [[EMAIL_ADDRESS:rkbala@hotmail.com]]",
    # 36
    "Moderation note: user [[USERNAME:grizzlyMom_88]] (real name on file [[PERSON:Shannon Petrakis]], "
    "[[LOCATION:Red Deer]], [[LOCATION:Alberta]]) was muted for 24h after posting another member's home "
    "address in #general. Reported by [[USERNAME:quietcartographer]].",
    # 37
    "Lease summary: lessee [[PERSON:Thabo Mokoena]] (ID [[ID_NUMBER:9107229283084]]), vehicle Toyota Hilux "
    "2.8 GD-6, registration [[ID_NUMBER:HX 42 KP GP]], VIN [[ID_NUMBER:AHTKB3CD802914476]], monthly "
    "instalment R8,940 debited from account [[ID_NUMBER:1048266731]].",
    # 38
    "From: [[EMAIL_ADDRESS:harriet.oyelaran@gmail.com]]\nTo: lettings@cityhomes.co.uk\n"
    "Subject: Viewing request\n\nHi, I'd like to book a viewing of the two-bed at "
    "[[ADDRESS:12 Ashgrove Terrace]] on [[DATE_TIME:Saturday 8 June]] if possible. My number is "
    "[[PHONE_NUMBER:07834 119 205]].\nThanks, [[PERSON:Harriet]]",
    # 39
    "auth: MFA push approved by [[PERSON:Leilani Kahale]] ([[EMAIL_ADDRESS:lkahale@ohana-design.com]]) "
    "from [[IP_ADDRESS:2600:1700:5b10:44e0:d1c5:9a2e:3f07:88ab]] at [[DATE_TIME:2024-05-30T21:07:44-10:00]]; "
    "device iPhone15,3 iOS 17.5",
    # 40
    "Loan ref LN-2024-00877. Borrower: [[PERSON:Connor Fitzgerald]], [[ADDRESS:7 Glenageary Park]], "
    "[[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]]. Repayments of €612.30 by direct debit from "
    "[[IBAN_CODE:IE89 BOFI 7265 5570 5904 13]] on the first of each month.",
    # 41
    "Beste [[TITLE:mevrouw]] [[PERSON:De Groot-Bakker]], uw huurtoeslag wordt vanaf [[DATE_TIME:1 juli]] "
    "gestort op [[IBAN_CODE:NL42 ABNA 4691 7480 87]]. Uw BSN: [[ID_NUMBER:352603355]]. Adres: "
    "[[ADDRESS:Kanaalstraat 214-II]], [[ZIP_CODE:1054 XM]] [[LOCATION:Amsterdam]].",
    # 42
    "Driver: [[PERSON:Esperanza Villalobos]]; DL [[US_DRIVER_LICENSE:41827730]]; DOB [[DATE_TIME:9/2/1977]]; "
    "vehicle 2016 Ford F-150, plate [[ID_NUMBER:JKT-4821]], VIN [[ID_NUMBER:1FTEW1EF6GKD21874]]; insured "
    "with us since [[DATE_TIME:Jan 2015]]; garaging ZIP [[ZIP_CODE:78745]].",
    # 43
    "Agent: Can I get the full name on the account?\nCustomer: [[PERSON:Ravindra Persaud]]\n"
    "Agent: And the date of birth?\nCustomer: [[DATE_TIME:2nd of October 1968]]\n"
    "Agent: Thanks. Last four digits of the card?\nCustomer: 3318\n"
    "Agent: You're verified. How can I help today, [[PERSON:Mr. Persaud]]?",
    # 44
    "geo export | user [[USERNAME:kaveh.n]] | home_lat 43.6532 | home_lon -79.3832 | home_ip "
    "[[IP_ADDRESS:99.229.14.62]] | postal [[ZIP_CODE:M5T 1R9]] | phone [[PHONE_NUMBER:+1 647 555 0172]]",
    # 45
    "Policyholder [[PERSON:Adaeze Nwosu-Parker]] reports that her 2020 Kia Sportage (reg. "
    "[[ID_NUMBER:LK70 XRW]]) was rear-ended on [[DATE_TIME:3 March 2024]] on the A406 near "
    "[[LOCATION:Edmonton]]. The other driver, [[PERSON:Gary Holloway]], gave his number as "
    "[[PHONE_NUMBER:07456 802 113]].",
    # 46
    "Your OTP is 448102. Do not share it with anyone. This code was requested for account holder "
    "[[PERSON:Lim Jia Hui]], mobile [[PHONE_NUMBER:+65 9123 4807]]. If this wasn't you, call the number on "
    "the back of your card.",
    # 47
    "Employee record\nemp_no: [[ID_NUMBER:E-20931]]\nname: [[PERSON:Siddharth Iyer]]\ndept: Treasury\n"
    "grade: M2\njoined: [[DATE_TIME:15-07-2016]]\nwork_email: [[EMAIL_ADDRESS:siddharth.iyer@northwindfin.com]]\n"
    "home_addr: [[ADDRESS:B-304, Lodha Amara]], [[LOCATION:Thane West]] [[ZIP_CODE:400607]]\n"
    "bank_acct: [[ID_NUMBER:50100238841726]] (IFSC HDFC0001234)",
    # 48
    "I, [[PERSON:Fatima Zahra Benali]], born on [[DATE_TIME:19/11/1993]] in [[LOCATION:Casablanca]], of "
    "[[NRP:Moroccan]] nationality, holder of NIE [[ID_NUMBER:Y5431481E]], declare that the information "
    "given above is true and complete.",
    # 49
    '[[IP_ADDRESS:49.36.118.204]] - [[USERNAME:sunita_r]] [[[DATE_TIME:02/Jun/2024:14:22:10 +0530]]] '
    '"GET /account/settings HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Linux; Android 14)"',
    # 50
    "Dear [[PERSON:Prof. Emeka Obi]], your honorarium of N350,000 for the keynote on "
    "[[DATE_TIME:23 November]] will be paid into your GTBank account [[ID_NUMBER:0154872936]]. Our records "
    "show international passport no. [[ID_NUMBER:B50219874]]; kindly send your TIN to "
    "[[EMAIL_ADDRESS:emeka.obi@unn.edu.ng]].",
    # 51
    "API request failed: 401 Unauthorized. The revoked key sk_live_51HxQ0...redacted belonged to "
    "[[PERSON:Noa Ben-David]] ([[EMAIL_ADDRESS:noa.bendavid@fastmail.com]]); request origin "
    "[[IP_ADDRESS:212.143.88.19]], user agent python-requests/2.31.0.",
    # 52
    "Member: [[PERSON:Lakshmi Venkataraman]]\nHealth plan ID: [[ID_NUMBER:XEH884120573]]\nGroup no.: 0049211\n"
    "Subscriber DOB: [[DATE_TIME:04/18/1962]]\nPCP: [[PERSON:Dr. Amos Feldman]]\n"
    "Date of service: [[DATE_TIME:03/02/2024]]\nCPT 99214, billed $186.00, allowed $131.42",
    # 53
    "The new co-working space at [[ADDRESS:Suite 1402, 55 Collins Street]], [[LOCATION:Melbourne]] "
    "[[LOCATION:VIC]] [[ZIP_CODE:3000]] will be run by [[PERSON:Hollis Bramwell]]; direct questions to "
    "[[EMAIL_ADDRESS:hollis.b@fernhillcowork.com.au]] or [[PHONE_NUMBER:0412 558 903]].",
    # 54
    "Volunteer intake: [[PERSON:Samuel Otieno Ochieng]], [[AGE:38]], blood group O+, [[NRP:Anglican]], speaks "
    "Dholuo and Swahili, ID No. [[ID_NUMBER:28441907]], KRA PIN [[ID_NUMBER:A009281563Q]], lives in "
    "[[LOCATION:Kisumu]] near the [[LOCATION:Kondele]] roundabout.",
    # 55
    "Paiement reçu de [[PERSON:Chloé Marchand]] par carte [[CREDIT_CARD:4879 9503 6036 6716]] le "
    "[[DATE_TIME:14/03/2024 à 16h20]]. Adresse de facturation : [[ADDRESS:27 rue des Tanneurs]], "
    "[[ZIP_CODE:67000]] [[LOCATION:Strasbourg]]. Tél. [[PHONE_NUMBER:06 41 22 87 93]].",
    # 56
    "New account created!\nUsername: [[USERNAME:ploughman_ted]]\nPassword: Wh3atfi3ld$2024\n"
    "Recovery email: [[EMAIL_ADDRESS:edward.ploughman@icloud.com]]\n"
    "Security question: mother's maiden name -- [[PERSON:Costigan]]",
    # 57
    '{"ts": "[[DATE_TIME:2024-07-01T09:15:33Z]]", "event": "password_reset", '
    '"actor": "[[EMAIL_ADDRESS:amara.diallo@hey.com]]", "ip": "[[IP_ADDRESS:41.82.190.7]]", '
    '"geo": "[[LOCATION:Dakar]]", "mfa": "totp", "result": "success"}',
    # 58
    "Insurance claim CLM-330187\nClaimant: [[PERSON:Rosalind Achebe]]\nPolicy number: HOM-6620-1874\n"
    "Date of loss: [[DATE_TIME:2024-02-11]]\nProperty: [[ADDRESS:16 Wren Court]], [[LOCATION:Milton Keynes]] "
    "[[ZIP_CODE:MK10 9FG]]\nDescription: burst pipe in upstairs bathroom; loss adjuster "
    "[[PERSON:Neil Sandhu]] visited on [[DATE_TIME:15 Feb]].",
    # 59
    "Student [[PERSON:Zainab Mohammed]] (LRN [[ID_NUMBER:136508140219]]) of Grade 5-Sampaguita, born "
    "[[DATE_TIME:August 14, 2014]], [[AGE:9]] years old. Parent/guardian: [[PERSON:Abdulrahman Mohammed]], "
    "contact [[PHONE_NUMBER:0917 812 4406]]. Address: [[ADDRESS:Blk 12 Lot 8, Phase 2]], "
    "[[LOCATION:Barangay San Isidro]], [[LOCATION:Antipolo City]].",
    # 60
    "W-2 correction request: employee [[PERSON:Jonah Abernathy-Reyes]], SSN [[US_SSN:611 28 4093]], "
    "employer EIN 84-2201937. Employee address: [[ADDRESS:4410 Meadowlark Ln]], [[LOCATION:Fort Collins]], "
    "[[LOCATION:CO]] [[ZIP_CODE:80526-3318]]. Box 1 wages should read $71,204.55.",
    # 61
    "arp: ? ([[IP_ADDRESS:192.168.20.57]]) at a4:83:e7:11:2f:90 on en0 ifscope [ethernet] -- DHCP "
    "hostname MBA-3F2C, registered to [[PERSON:Kemi Adebayo]] ([[USERNAME:kadebayo]])",
    # 62
    "omg happy birthday to my bestie [[PERSON:Tanvi]]!! 🎉 she turns [[AGE:30]] today and is still the "
    "same chaos gremlin I met in first year. go follow her at [[URL:https://instagram.com/tanvi.travels]] 💛",
    # 63
    "In line with the Paediatric Care Charter, guardian [[PERSON:Ottoline Vasquez-Harrow]] must present her "
    "[[NRP:Chilean]] identity card and the child's date of birth ([[DATE_TIME:2019-09-03]]) at the "
    "[[LOCATION:Wellington]] branch before the consultation on [[DATE_TIME:9th October]].",
    # 64
    "Wire instructions from client [[PERSON:Hendrik van der Merwe]]: beneficiary "
    "[[PERSON:Annelie van der Merwe]], IBAN [[IBAN_CODE:NL86 INGB 3630 0553 71]], BIC INGBNL2A, amount "
    "EUR 4,000.00, reference 'school fees'. Callback verified on [[PHONE_NUMBER:+27 82 441 7306]].",
    # 65
    "Applicant: [[PERSON:Chen Xiaoming]]\nOther names used: [[PERSON:Ming Chen]]\nDOB: [[DATE_TIME:1985/06/07]]\n"
    "SSN: [[US_SSN:287-63-5104]]\nPrevious address: [[ADDRESS:930 Grant Ave Apt 5]], "
    "[[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94108]]\nEmployer: Bayview Dental Group (since 2017)",
    # 66
    "Sehr geehrte [[TITLE:Frau]] [[PERSON:Dr. Henrike Vosskuhle]], Ihre Kreditkarte "
    "[[CREDIT_CARD:5360 1043 1325 1954]] wurde am [[DATE_TIME:3. April 2024]] gesperrt. Die Ersatzkarte wird "
    "an [[ADDRESS:Lindenallee 7]], [[ZIP_CODE:50968]] [[LOCATION:Köln]] gesendet.",
    # 67
    "Fee payment: student [[PERSON:Wanjiru Kamau]], Form 3 East, Adm No. [[ID_NUMBER:7719]]; parent "
    "[[PERSON:Grace Njeri]] [[PHONE_NUMBER:+254 711 904 382]]; Paybill 522533; balance KES 14,200.",
    # 68
    "kernel: [UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:a1:7c:3e:fe:54:00:a1:7c:3e:08:00 "
    "SRC=[[IP_ADDRESS:45.155.205.233]] DST=[[IP_ADDRESS:10.0.0.4]] LEN=44 TTL=241 PROTO=TCP SPT=53122 DPT=22 SYN",
    # 69
    "Kia ora [[PERSON:Mere]], your KiwiSaver contribution rate changes to 4% from [[DATE_TIME:1 April 2024]]. "
    "Member no. [[ID_NUMBER:KS-2290417]]. Questions? Reply to this email from "
    "[[EMAIL_ADDRESS:mere.tawhiri@gmail.com]] and we'll get back to you.",
    # 70
    "Hola [[PERSON:Lupita]], tu cita en el consulado para renovar el pasaporte es el "
    "[[DATE_TIME:martes 14 de mayo a las 10:30]]. Trae tu CURP [[ID_NUMBER:GOML920314MJCNRP07]] y un "
    "comprobante de domicilio de [[ADDRESS:2317 W 18th St]], [[LOCATION:Chicago]].",
    # 71
    "[[PERSON:Bradley Nguyen]]'s TFN [[ID_NUMBER:956 774 435]] and bank account [[ID_NUMBER:1048 7721]] "
    "(BSB 062-000) have been updated. Postal address: [[ADDRESS:PO Box 412]], [[LOCATION:Cabramatta]] "
    "[[LOCATION:NSW]] [[ZIP_CODE:2166]].",
    # 72
    "ID verification passed: [[PERSON:Kaylee Brooke Summers]], DL [[US_DRIVER_LICENSE:D5830917]], exp 2027, "
    "DOB [[DATE_TIME:1999-03-27]], address [[ADDRESS:1801 Sunset Blvd #3]], [[LOCATION:Los Angeles]], "
    "[[LOCATION:CA]] [[ZIP_CODE:90026]]. Selfie match score 0.97.",
    # 73
    "Per the grievance filed on [[DATE_TIME:June 4]], [[PERSON:Rohan Deshmukh]] alleges that his supervisor, "
    "[[PERSON:Tricia Galloway]], made remarks about his [[NRP:Hindu]] faith during a team meeting.",
    # 74
    "Checkout summary: ship to [[PERSON:Aisling Moriarty]], [[ADDRESS:3 Clontarf Road]], "
    "[[LOCATION:Clontarf]], [[LOCATION:Dublin]] [[ZIP_CODE:D03 K2P4]]; paid with Mastercard "
    "[[CREDIT_CARD:2221 5335 8739 6127]]; delivery note: leave in the porch.",
    # 75
    "To streamline the Quantum Ethics workshop, participants such as [[PERSON:Mx. Rowan Adeyemi-Castellanos]] "
    "(username [[USERNAME:r.adeyemi-castellanos]]) should upload their ID photos through "
    "[[IP_ADDRESS:172.16.254.19]] before [[DATE_TIME:2024-09-12]].",
    # 76
    "Verbale n. 1893/2024: il veicolo targato [[ID_NUMBER:GF 482 KT]], intestato a [[PERSON:Marco Bianchi]], "
    "nato a [[LOCATION:Roma]] il [[DATE_TIME:14/01/1979]], codice fiscale [[ID_NUMBER:BNCMRC79A14H501T]], ha "
    "superato il limite di velocità di 23 km/h.",
    # 77
    "Dear [[TITLE:Shri]] [[PERSON:Ramesh Chandra Tiwari]], your EPF UAN [[ID_NUMBER:100482716653]] has been "
    "linked with Aadhaar [[ID_NUMBER:4384 0818 9454]]. Registered mobile: [[PHONE_NUMBER:98390 61274]].",
    # 78
    "User [[PERSON:Dana Whitcombe]] wrote in from [[EMAIL_ADDRESS:dana@whitcombe.io]] to say her webhook "
    "secret whsec_8f2a91c0 was pushed to a public repo on her profile "
    "[[URL:https://github.com/danawhitcombe]]; the secret has been rotated.",
    # 79
    "Deliver to: [[PERSON:Muhammad Faris bin Rahman]], [[ADDRESS:Blk 418 Tampines Street 41, #07-233]], "
    "[[LOCATION:Singapore]] [[ZIP_CODE:520418]]. Contact [[PHONE_NUMBER:8123 5590]].",
    # 80
    "[[PERSON:Jessamyn]], the [[AGE:27]]-year-old Female Intranet Specialist from "
    "[[LOCATION:Buckinghamshire]], is invited to present her findings on legacy accounts at the "
    "quarterly summit. Her VPN address [[IP_ADDRESS:100.64.12.9]] has been whitelisted.",
    # 81
    "Assurée : [[PERSON:Nathalie Perrin]], n° de sécurité sociale [[ID_NUMBER:2 84 11 69 123 045 62]], née le "
    "[[DATE_TIME:3 novembre 1984]] à [[LOCATION:Lyon]]. Remboursement sur "
    "[[IBAN_CODE:FR76 8954 7418 9567 6234 3316 516]].",
    # 82
    "I-9 Section 2, List A: U.S. Passport [[US_PASSPORT:A31752864]], issuing authority U.S. Department of "
    "State. Employee [[PERSON:Tyrone Mayweather-Bell]], first day of employment [[DATE_TIME:07/08/2024]], "
    "SSN [[US_SSN:455-72-1398]].",
    # 83
    "SEC-2210: suspicious logins to [[USERNAME:mkowalski_adm]] from [[IP_ADDRESS:5.188.62.140]] "
    "([[LOCATION:Moscow]]) and [[IP_ADDRESS:2a0d:5600:24:89::1a]]. Account owner [[PERSON:Marta Kowalski]] "
    "confirmed she was in [[LOCATION:Gdańsk]] at the time.",
    # 84
    "Patiënt: [[PERSON:J.W.]] ([[PERSON:Jan-Willem]]) [[PERSON:Smits]], geb. [[DATE_TIME:22-08-1961]], BSN "
    "[[ID_NUMBER:659095658]], huisarts [[TITLE:dr.]] [[PERSON:Van Leeuwen]]. Verwijzing naar de polikliniek "
    "cardiologie op [[DATE_TIME:9 september om 08:45]].",
    # 85
    "eh [[PERSON:darren]] pls paynow me $24 for the durian, my number [[PHONE_NUMBER:9734 2281]] ah",
    # 86
    "Booking for [[PERSON:Sir Anthony Okoro-Fleming]]: three nights from [[DATE_TIME:14 Aug]], guaranteed on "
    "Amex [[CREDIT_CARD:3786 536537 63508]]. His PA, [[PERSON:Lucy Tran]] "
    "([[EMAIL_ADDRESS:lucy.tran@okoroholdings.com]], [[PHONE_NUMBER:+44 20 7946 0812]]), will settle "
    "incidentals.",
    # 87
    "Form DS-82 draft: last name [[PERSON:Hargreaves]], first and middle [[PERSON:Eleanor Rose]], most recent "
    "passport [[US_PASSPORT:548291736]] issued [[DATE_TIME:07/22/2021]], place of birth [[LOCATION:Omaha]], "
    "[[LOCATION:Nebraska]].",
    # 88
    "Name: [[PERSON:Abimbola]] | Surname: [[PERSON:Fashola-Reid]] | Sex: F | Marital status: married | "
    "Religion: [[NRP:Muslim]] | State of origin: [[LOCATION:Ogun]] | LGA: [[LOCATION:Abeokuta South]] | "
    "Phone: [[PHONE_NUMBER:0813 774 2210]]",
    # 89
    "Subject: Re: tilapia farm consultancy\n\n[[PERSON:Dr. Wanjiku]], thank you for the report. Please "
    "address the invoice to [[ADDRESS:P.O. Box 30197]]-[[ZIP_CODE:00100]] [[LOCATION:Nairobi]] and copy "
    "[[EMAIL_ADDRESS:otieno.fisheries@gmail.com]].",
    # 90
    "sshd: Failed password for invalid user '[[USERNAME:ayo_balogun]]' from [[IP_ADDRESS:105.112.44.9]] "
    "port 40218 ssh2 (attempted password 'pa55word!')",
    # 91
    "Patient [[PERSON:Émilie Tremblay-Roy]], health card [[ID_NUMBER:4827 339 104 KT]], DOB "
    "[[DATE_TIME:1991-11-05]], seen in ER on [[DATE_TIME:April 2]] for a wrist fracture; follow-up booked "
    "with fracture clinic, phone on file [[PHONE_NUMBER:613-555-0127]].",
    # 92
    "Clubcard statement for [[PERSON:Mr. Graham Pettigrew]], Clubcard no. [[ID_NUMBER:634004 0211 8847 5521]], "
    "412 points this quarter. Address: [[ADDRESS:9 Mill Lane]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4LT]].",
    # 93
    "Canvass sheet: [[PERSON:Declan Murtagh]], [[ADDRESS:21 St. Mary's Terrace]], [[LOCATION:Navan]], leaning "
    "[[NRP:Fianna Fáil]]; wife [[PERSON:Orla]] undecided; phone [[PHONE_NUMBER:046 902 1187]].",
    # 94
    "Personalnummer [[ID_NUMBER:004711]], [[PERSON:Jonas Albrecht]], Steuer-ID [[ID_NUMBER:47 036 892 816]], "
    "Steuerklasse III, Konfession: [[NRP:evangelisch]], Bankverbindung "
    "[[IBAN_CODE:DE19 7542 0038 2879 5125 19]].",
    # 95
    "captive-portal: accepted terms, guest [[PERSON:Nirmala Pillai]], room 1418, MAC 6C:40:08:9B:D2:11, "
    "assigned [[IP_ADDRESS:2001:8f8:1623:a5c0:6e40:8ff:fe9b:d211]], session 24h",
    # 96
    "Statement for [[PERSON:Oscar Lindqvist]], account [[IBAN_CODE:SE52 3831 5326 5013 2248 5941]], "
    "period 01/01/2024 to 31/03/2024, closing balance SEK 48 210,55.",
    # 97
    "pls charge my visa [[CREDIT_CARD:4482340668594798]] exp 0926 cvv 512 for the deposit, thanks "
    "[[PERSON:kelechi]]",
    # 98
    "[[PERSON:Everett]], our Male Dynamic Response Executive, will need access to the Chief Systems module. "
    "Reach him at [[EMAIL_ADDRESS:everett.kunze@hotmail.com]] or [[PHONE_NUMBER:+1-559-555-0174]]; his badge "
    "number is [[ID_NUMBER:BDG-66120]].",
    # 99
    "Rx for [[PERSON:Mrs. Edna Kowalczyk-Hale]], [[AGE:84]], [[ADDRESS:17 Birchwood Court]], "
    "[[LOCATION:Scarborough]]: atorvastatin 40 mg, 30 tabs. Prescriber [[PERSON:Dr. P. Ramanathan]]. Ready "
    "for pickup [[DATE_TIME:Fri 21 June]].",
    # 100
    "Enrollment complete for [[PERSON:Farhan Chowdhury]]: fingerprint template hash 9f3c07e21a stored, "
    "employee number [[ID_NUMBER:SG-88417]], enrollment kiosk [[IP_ADDRESS:10.18.4.201]].",
    # 101
    "Destinataria: [[PERSON:Mª Pilar Etxeberria Zubizarreta]], [[ADDRESS:Avenida de la Libertad 23, 4º izda.]], "
    "[[ZIP_CODE:20004]] [[LOCATION:Donostia-San Sebastián]] ([[LOCATION:Gipuzkoa]]). Tel. "
    "[[PHONE_NUMBER:943 28 71 54]].",
    # 102
    "Send the signed NDA to [[PERSON:Ikaika Makoa]] at [[EMAIL_ADDRESS:ikaika.makoa@gmail.com]] by Friday.",
    # 103
    'Remittance for [[PERSON:Rodelio]] "[[PERSON:Jun]]" [[PERSON:Bautista Jr.]], GCash '
    '[[PHONE_NUMBER:0998 451 2076]], control no. 8841-2290-5567, claim at any branch in '
    '[[LOCATION:Cebu City]].',
    # 104
    "Timesheet approved: [[PERSON:Hana Kobayashi]] (emp [[ID_NUMBER:003958]]), 38.5 h, cost centre 4410, "
    "approver [[PERSON:G. Whitaker]].",
    # 105
    "--\n[[PERSON:Ngaire Thompson]] | Senior Hydrologist\nM [[PHONE_NUMBER:+64 27 448 1903]] | "
    "[[EMAIL_ADDRESS:ngaire.thompson@waterwise.co.nz]]\n"
    "[[URL:https://www.linkedin.com/in/ngaire-thompson-hydro]]\n"
    "[[ADDRESS:Level 4, 50 Customhouse Quay]], [[LOCATION:Wellington]]",
    # 106
    'tokenize ok pan=[[CREDIT_CARD:6011703666170348]] token=tok_1PxQ9bLk last4=0348 '
    'holder="[[PERSON:ANA LUCIA FERREIRA]]" brand=discover',
    # 107
    "Guest [[PERSON:Sato Haruka]] paid with JCB [[CREDIT_CARD:3530 1392 1897 2585]]; passport "
    "[[ID_NUMBER:TK4728190]] ([[NRP:Japanese]]); checked in [[DATE_TIME:10 March 2024, 15:05]].",
    # 108
    "Regarding the audit of [[PERSON:Mrs. Nkechi Obiora]]'s pension: her BVN [[ID_NUMBER:22198047731]] and "
    "RSA PIN [[ID_NUMBER:PEN100482913377]] must match, and her date of birth ([[DATE_TIME:30th Sept 1964]]) "
    "differs between the two files.",
    # 109
    "SUBSCRIBER: [[PERSON:DOYLE]], [[PERSON:MAEVE A]]  DOB: [[DATE_TIME:19750312]]  MEMBER ID: "
    "[[ID_NUMBER:W2284173309]]  GROUP: 771204  PLAN: PPO GOLD  RELATIONSHIP: SELF",
    # 110
    "Fraud alert: card [[CREDIT_CARD:6011 6876 8183 6605]] used at [[DATE_TIME:23:41 on 2 Feb]] from "
    "[[IP_ADDRESS:197.210.53.96]]; cardholder [[PERSON:Deborah Ilesanmi]] says she was asleep at home in "
    "[[LOCATION:Ibadan]].",
]

GEN = [
    # 1
    "When [[PERSON:Priya Raman]] moved from [[LOCATION:Chennai]] to [[LOCATION:Leicester]] in "
    "[[DATE_TIME:September 2019]], she opened her first UK bank account on Granby Street and gave her "
    "landlord's number, [[PHONE_NUMBER:0116 496 0732]], as a reference.",
    # 2
    "My grandfather, [[PERSON:Aurelio Mendoza]], turned ninety-one last week, and the nurses at the home on "
    "[[ADDRESS:45 SW 8th Street]] in [[LOCATION:Miami]] still call him '[[PERSON:Lito]]'.",
    # 3
    "[[PERSON:Dr. Amara Okafor]], [[AGE:42]], has been the lead paediatrician at the county referral "
    "hospital in [[LOCATION:Kisumu]] since [[DATE_TIME:March 2015]] and can be reached at "
    "[[EMAIL_ADDRESS:amara.okafor@kcrh.go.ke]].",
    # 4
    "Last Tuesday [[PERSON:jake]] forgot his gym fob again, so the front desk looked him up by his member "
    "number, [[ID_NUMBER:PF-0048823]], and his date of birth, [[DATE_TIME:June 3rd, 2001]].",
    # 5
    "[[PERSON:Meera]]'s son [[PERSON:Arjun]], who is [[AGE:7]], has a severe peanut allergy, so she left her "
    "mobile number, [[PHONE_NUMBER:+44 7700 900415]], with the school office just in case.",
    # 6
    "The lease for the flat at [[ADDRESS:22 rue Dauphine]] in [[LOCATION:Paris]] was signed by "
    "[[PERSON:Étienne Laurent]] and his partner [[PERSON:Sofiane]] on [[DATE_TIME:the 14th of February]].",
    # 7
    "Although everyone calls her [[PERSON:Bibi]], her passport reads [[PERSON:Bilqis Adunni Oladipo]], and "
    "the consulate in [[LOCATION:Houston]] insisted on the full name for her visa interview on "
    "[[DATE_TIME:May 22]].",
    # 8
    "According to the intake form, [[PERSON:Tomás Ó Súilleabháin]] lives at [[ADDRESS:4 Rathgar Avenue]], "
    "[[LOCATION:Rathgar]], [[LOCATION:Dublin]], was born on [[DATE_TIME:11 November 1958]], and lists his "
    "daughter [[PERSON:Clodagh]] ([[PHONE_NUMBER:086 214 7730]]) as next of kin.",
    # 9
    "[[PERSON:Li Wei]] from accounts says the refund went to the wrong card; the customer, "
    "[[PERSON:Ms. Harper Vance]], only has the Visa ending in 2291 on file.",
    # 10
    "After the accident on [[DATE_TIME:August 3]], [[PERSON:Kwabena Asante]] handed the officer his driving "
    "licence, [[ID_NUMBER:ASANT806030K99LD]], and explained that the car was registered to his wife, "
    "[[PERSON:Efua]].",
    # 11
    "told [[PERSON:sam okonjo]] i'd send him the photos but [[EMAIL_ADDRESS:samokonjo@gmail.com]] keeps "
    "bouncing, maybe try his insta [[USERNAME:sam.okonjo.shoots]] instead",
    # 12
    "Grandma [[PERSON:Ruth]] turned [[AGE:80]] on [[DATE_TIME:April 9]], and the whole family drove down to "
    "[[LOCATION:Tauranga]] to celebrate at her place on [[ADDRESS:17 Pōhutukawa Drive]].",
    # 13
    "[[PERSON:Rahul Mehta]] is a [[AGE:35]]-year-old software engineer from [[LOCATION:Pune]] whose PAN, "
    "[[ID_NUMBER:AKQPM3021L]], was misused to take out a loan he never applied for.",
    # 14
    "Please note that [[PERSON:Mrs. Oyinkansola Martins]] has changed her phone number to "
    "[[PHONE_NUMBER:+234 909 118 4402]] and will be travelling to [[LOCATION:Abuja]] from "
    "[[DATE_TIME:10 to 17 July]].",
    # 15
    "Could you remind [[PERSON:Tevita]] that his work visa expires on [[DATE_TIME:30/11/2024]] and that "
    "immigration still needs his passport number, [[ID_NUMBER:TN0481172]]?",
    # 16
    "Bonjour, je m'appelle [[PERSON:Léa Dubois-Martin]], j'ai [[AGE:29]] ans et j'habite au "
    "[[ADDRESS:8 place Bellecour]] à [[LOCATION:Lyon]] ; vous pouvez me joindre au "
    "[[PHONE_NUMBER:07 82 19 44 03]].",
    # 17
    "Mein Onkel [[PERSON:Rüdiger Hallmann]] wohnt seit [[DATE_TIME:Mai 2010]] in der "
    "[[ADDRESS:Gartenstraße 12]] in [[LOCATION:Freiburg]] und ist letzte Woche [[AGE:70]] geworden.",
    # 18
    "La [[TITLE:doctora]] [[PERSON:Inés Carrasco]] atendió a mi hija [[PERSON:Valeria]], de [[AGE:4]] años, "
    "el [[DATE_TIME:3 de marzo]] en el centro de salud de [[LOCATION:Triana]].",
    # 19
    "Il [[TITLE:signor]] [[PERSON:Vittorio Esposito]], nato a [[LOCATION:Napoli]] il "
    "[[DATE_TIME:2 giugno 1948]], ha chiesto che la pensione venga accreditata sul conto "
    "[[IBAN_CODE:IT81 Z372 2822 5613 4200 0114 994]].",
    # 20
    "Onze buurvrouw [[PERSON:Sanne]] past op de kat terwijl wij met opa [[PERSON:Henk]] naar "
    "[[LOCATION:Texel]] gaan; haar nummer is [[PHONE_NUMBER:06 4127 9035]].",
    # 21
    "The paramedics found [[PERSON:Mr. Hollis]], an [[AGE:82]]-year-old widower, at his home on "
    "[[ADDRESS:311 Tamarack Lane]] after his neighbour [[PERSON:Deb]] noticed the newspapers piling up.",
    # 22
    "Hey [[PERSON:Ana]], it's [[PERSON:Chidi]]! I'm at gate 14 and my flight to [[LOCATION:Nairobi]] leaves "
    "soon, but text me at [[PHONE_NUMBER:+1 (646) 555-0139]] when you land.",
    # 23
    "In her cover letter, [[PERSON:Tan Mei Ling]] mentions that she graduated in 2016, has lived in "
    "[[LOCATION:Jurong West]] all her life, and can be contacted at "
    "[[EMAIL_ADDRESS:meiling.tan.work@gmail.com]].",
    # 24
    "The bank flagged a transfer of R25,000 from [[PERSON:Lerato Mahlangu]]'s account to a number she didn't "
    "recognise, [[PHONE_NUMBER:073 889 2014]], on [[DATE_TIME:18 April]] in the evening.",
    # 25
    "If you need anything while I'm away, my sister [[PERSON:Keisha]] is at "
    "[[ADDRESS:2040 Peachtree Rd NW, Apt 6]] and her cell is [[PHONE_NUMBER:470-555-0161]].",
    # 26
    "[[TITLE:Professor]] [[PERSON:Adebayo Okunlola]], who chairs the ethics committee, asked that all "
    "correspondence go to his university office and not to his personal account, "
    "[[EMAIL_ADDRESS:a.okunlola1961@yahoo.com]].",
    # 27
    "My husband [[PERSON:Giovanni]]'s SSN is [[US_SSN:142-58-3379]] and mine is [[US_SSN:318-40-6627]]; I hope "
    "it's okay to send these by email for the mortgage application.",
    # 28
    "According to the school, little [[PERSON:Aanya Kapoor]] (student ID [[ID_NUMBER:DPS-2019-0457]]) was "
    "picked up at 3:15 by her uncle [[PERSON:Vikram]], who is listed as an authorised guardian.",
    # 29
    "[[TITLE:Fr.]] [[PERSON:Declan O'Rourke]] will celebrate the wedding of [[PERSON:Siobhán Kelleher]] and "
    "[[PERSON:Pádraig Lynch]] at St. Brigid's on [[DATE_TIME:Saturday, 7 September 2024]].",
    # 30
    "Because [[PERSON:Olumide]] still uses his brother's Netflix login, "
    "[[EMAIL_ADDRESS:tunde.ajayi88@gmail.com]], the recommendations are all Nollywood thrillers.",
    # 31
    "On her [[NRP:Filipino]] passport, [[PERSON:Jocelyn Dizon]]'s birthday is listed as "
    "[[DATE_TIME:December 8, 1987]], but her green card shows a different day by mistake.",
    # 32
    "[[PERSON:Hemi]] and [[PERSON:Aroha Parata]] bought the house at [[ADDRESS:9 Kowhai Street]], "
    "[[LOCATION:Rotorua]] [[ZIP_CODE:3010]] after living with [[PERSON:Aroha]]'s parents for three years.",
    # 33
    "[[PERSON:Thandiwe Ndlovu]], who is twenty-six, started as a junior analyst on [[DATE_TIME:1 February]] "
    "and is still waiting for her tax reference number to come through.",
    # 34
    "The coach said [[PERSON:DJ]] (his real name is [[PERSON:Dwayne Jerome Alleyne]]) is only [[AGE:16]] and "
    "already being scouted by two clubs.",
    # 35
    "The court heard that [[PERSON:Gareth Pryce]], [[AGE:47]], of [[ADDRESS:14 Heol y Coed]], "
    "[[LOCATION:Caerphilly]], admitted driving without insurance on [[DATE_TIME:9 December]] and was fined "
    "£660.",
    # 36
    "I met [[PERSON:Farida]] through her cousin [[PERSON:Nasir]] at a wedding in [[LOCATION:Karachi]]; now "
    "she's in [[LOCATION:Mississauga]] and her number is [[PHONE_NUMBER:905-555-0183]].",
    # 37
    "[[PERSON:Raj]]'s new mobile number is [[PHONE_NUMBER:70214 48309]], and the bank wants him to visit the "
    "[[LOCATION:Indiranagar]] branch with his Aadhaar card before [[DATE_TIME:15 August]].",
    # 38
    "The laptop belongs to [[PERSON:Carys Mbatha]] in finance; her login is [[USERNAME:cmbatha]] and the last "
    "IP it reported was [[IP_ADDRESS:10.20.31.144]].",
    # 39
    "Our helper, [[PERSON:Joy Macaraeg]], has worked for the family since [[DATE_TIME:June 2012]], and her "
    "SSS number is [[ID_NUMBER:33-9081447-2]].",
    # 40
    "The vet's note says [[PERSON:Mrs. Abernethy]]'s spaniel Biscuit, aged 11, needs a booster, and lists her "
    "home number as [[PHONE_NUMBER:01632 960 418]].",
    # 41
    "Sorry [[PERSON:Rangi]], I gave the courier the wrong address. It's [[ADDRESS:Flat 2, 88 Cuba Street]], "
    "not 86.",
    # 42
    "Born on [[DATE_TIME:29 February 1996]], [[PERSON:Simran Gill]] jokes that she has only had seven real "
    "birthdays.",
    # 43
    "The detective asked [[PERSON:Mr. Nakamura]] whether anyone else had access to the account registered "
    "under [[EMAIL_ADDRESS:k.nakamura@btopenworld.com]].",
    # 44
    "We're sending the wedding invitations to aunty [[PERSON:Bisi]] at [[ADDRESS:15 Awolowo Road]], "
    "[[LOCATION:Ikoyi]], and to uncle [[PERSON:Femi]] in [[LOCATION:Houston]].",
    # 45
    "[[PERSON:Connor]], [[AGE:19]], a second-year student in [[LOCATION:Cork]], was reported missing by his "
    "mother [[PERSON:Sinéad]] after he failed to return to his flat on the night of [[DATE_TIME:March 16]].",
    # 46
    "[[PERSON:Paulo Faleolo]], a [[NRP:Samoan]] rugby player based in [[LOCATION:Auckland]], signed his "
    "contract on [[DATE_TIME:2 October]] and named his agent, [[PERSON:Mark Dunleavy]], as his contact.",
    # 47
    "If you need to reach the bride's mother, [[PERSON:Mrs. Adeyinka Cole]], her number is "
    "[[PHONE_NUMBER:+44 7911 302 558]]; she lands in [[LOCATION:Manchester]] on [[DATE_TIME:the 21st of June]].",
    # 48
    "The new tenant, [[PERSON:Karthik Subramanian]], paid his bond on [[DATE_TIME:5 January]] and gave "
    "[[EMAIL_ADDRESS:karthik.s@bigpond.com]] for the condition report.",
    # 49
    "A [[AGE:58]]-year-old woman from [[LOCATION:Mombasa]], [[PERSON:Mwanaisha Ali]], has been reunited with "
    "her son [[PERSON:Hamisi]] after twenty years apart.",
    # 50
    "Hi, this is [[PERSON:Jordan]] from the dentist's office calling for [[PERSON:Ellie-Mae Foster]] to "
    "confirm her cleaning on [[DATE_TIME:Monday the 8th at 9am]].",
    # 51
    "My mum's maiden name is [[PERSON:Kaur]] and she was born in [[LOCATION:Jalandhar]] on "
    "[[DATE_TIME:4 April 1960]], if that helps with the pension form.",
    # 52
    "[[PERSON:Dr. Ng Siew Ling]] will review [[PERSON:Mr. Goh]]'s MRI on [[DATE_TIME:12 June]] and call him "
    "at home on [[PHONE_NUMBER:6538 2217]] with the results.",
    # 53
    "The scholarship went to [[PERSON:Chiamaka Eze]], an [[AGE:18]]-year-old from [[LOCATION:Enugu]] who "
    "scored top marks in the state, and to [[PERSON:Blessing Okon]], [[AGE:17]], from [[LOCATION:Calabar]].",
    # 54
    "[[PERSON:Mamadou]] m'a donné son numéro, le [[PHONE_NUMBER:06 77 45 12 09]], et m'a dit qu'il habitait "
    "[[ADDRESS:14 boulevard Voltaire]] à [[LOCATION:Paris]].",
    # 55
    "Laut Polizei wurde der [[AGE:34]]-jährige [[PERSON:Kevin S.]] aus [[LOCATION:Bochum]] am "
    "[[DATE_TIME:6. Juli]] festgenommen.",
    # 56
    "[[PERSON:Lindiwe]] put her CV up at [[URL:https://lindiwe-zulu.github.io]] and linked it from every "
    "job application she sent this month.",
    # 57
    "The wedding planner, [[PERSON:Ms. Ofelia Ramos-Tan]], collected the deposit through GCash from the "
    "groom, [[PERSON:Rafael]], on [[DATE_TIME:January 20]].",
    # 58
    "[[TITLE:Officer]] [[PERSON:Begay]] wrote down the plate, [[ID_NUMBER:8ZKL204]], and the name on the "
    "registration, [[PERSON:Darnell Whitfield]].",
    # 59
    "[[PERSON:Shreya]] posted her boarding pass online without realising the barcode showed her full name, "
    "[[PERSON:Shreya Narayanan]], and her frequent-flyer number, [[ID_NUMBER:EK 449 218 307]].",
    # 60
    "[[PERSON:Ikechukwu]], [[AGE:44]], and his wife [[PERSON:Chinwe]], [[AGE:41]], moved to [[LOCATION:Calgary]] "
    "in [[DATE_TIME:December 2021]] with their three children and now live at "
    "[[ADDRESS:112 Cranston Ave SE]].",
]

TABLE = [
    # 1
    "nhs_no,surname,forename,dob,postcode,ward,admitted\n"
    "[[ID_NUMBER:283 387 3638]],[[PERSON:Okafor]],[[PERSON:Chinedu]],[[DATE_TIME:12/05/1957]],"
    "[[ZIP_CODE:LS6 2QB]],Ward 14,[[DATE_TIME:2024-03-02]]\n"
    "[[ID_NUMBER:658 747 4683]],[[PERSON:Whitaker]],[[PERSON:Joan]],[[DATE_TIME:03/09/1941]],"
    "[[ZIP_CODE:HG1 5DT]],Ward 9,[[DATE_TIME:2024-03-04]]\n"
    "[[ID_NUMBER:939 782 8770]],[[PERSON:Bhatti]],[[PERSON:Imran]],[[DATE_TIME:28/01/1979]],"
    "[[ZIP_CODE:BD8 7HX]],AMU,[[DATE_TIME:2024-03-04]]",
    # 2
    "| emp_id | name | ssn | hire_date | dept | salary_usd |\n"
    "|---|---|---|---|---|---|\n"
    "| [[ID_NUMBER:E1042]] | [[PERSON:Rosa Delgado]] | [[US_SSN:531-22-8409]] | [[DATE_TIME:2019-04-15]] | "
    "Logistics | 58,200 |\n"
    "| [[ID_NUMBER:E1077]] | [[PERSON:Malik Johnson]] | [[US_SSN:402-86-1175]] | [[DATE_TIME:2021-09-01]] | "
    "IT | 91,500 |\n"
    "| [[ID_NUMBER:E1103]] | [[PERSON:Hyun-woo Park]] | [[US_SSN:219-47-6630]] | [[DATE_TIME:2023-01-09]] | "
    "Finance | 74,000 |",
    # 3
    "order_id\tsku\tqty\tamount_usd\tship_to\tship_zip\tstatus\n"
    "100482\tSKU-88-1120\t2\t49.98\t[[PERSON:Keanu Akana]]\t[[ZIP_CODE:96815]]\tshipped\n"
    "100483\tSKU-12-0047\t1\t129.00\t[[PERSON:Marguerite Oyelowo]]\t[[ZIP_CODE:30309]]\tpending\n"
    "100484\tSKU-55-9031\t3\t18.75\t[[PERSON:Devika Ramos]]\t[[ZIP_CODE:10027]]\treturned\n"
    "100485\tSKU-07-2210\t1\t7.49\t[[PERSON:Tomasz Wiśniewski]]\t[[ZIP_CODE:60630]]\tshipped",
    # 4
    '{"recordId": "r-0091", "firstName": "[[PERSON:Siosaia]]", "lastName": "[[PERSON:Taufa]]", '
    '"dateOfBirth": "[[DATE_TIME:1990-07-21]]", "passportNo": "[[ID_NUMBER:N2204917]]", '
    '"nationality": "[[NRP:Tongan]]", "createdAt": "2024-02-11T08:00:12Z"}\n'
    '{"recordId": "r-0092", "firstName": "[[PERSON:Ingrid]]", "lastName": "[[PERSON:Solberg]]", '
    '"dateOfBirth": "[[DATE_TIME:1983-11-30]]", "passportNo": "[[ID_NUMBER:FJ4402817]]", '
    '"nationality": "[[NRP:Norwegian]]", "createdAt": "2024-02-11T08:03:47Z"}\n'
    '{"recordId": "r-0093", "firstName": "[[PERSON:Mohammed]]", "lastName": "[[PERSON:Al-Amin]]", '
    '"dateOfBirth": "[[DATE_TIME:1975-03-02]]", "passportNo": "[[ID_NUMBER:EB0948217]]", '
    '"nationality": "[[NRP:Bangladeshi]]", "createdAt": "2024-02-12T14:20:05Z"}',
    # 5
    "NAME              DOB         MEDICARE        MOBILE         PCODE\n"
    "[[PERSON:Bradley Cho]]       [[DATE_TIME:14/02/1986]]  [[ID_NUMBER:6707 22974 1]]    "
    "[[PHONE_NUMBER:0421 338 907]]   [[ZIP_CODE:4067]]\n"
    "[[PERSON:Ngaio Fitzroy]]     [[DATE_TIME:02/11/1972]]  [[ID_NUMBER:2282 25124 2]]    "
    "[[PHONE_NUMBER:0437 112 580]]   [[ZIP_CODE:6011]]\n"
    "[[PERSON:Tran Thi Hoa]]      [[DATE_TIME:30/06/1994]]  [[ID_NUMBER:6847 18723 1]]    "
    "[[PHONE_NUMBER:0402 965 114]]   [[ZIP_CODE:3020]]",
    # 6
    "Full legal name: [[PERSON:Adebola Chinyere Okonjo-Smith]]\n"
    "Date of birth: [[DATE_TIME:09 Apr 1986]]\n"
    "Place of birth: [[LOCATION:Port Harcourt]]\n"
    "Nationality: [[NRP:Nigerian]]\n"
    "Passport no.: [[ID_NUMBER:A11904386]]\n"
    "Residential address: [[ADDRESS:Flat 12, 7 Palmerston Road]], [[LOCATION:Southsea]] [[ZIP_CODE:PO5 3QQ]]\n"
    "Occupation: Civil engineer\n"
    "Source of funds: salary\n"
    "Risk rating: low",
    # 7
    "<table>\n"
    "<tr><th>Member</th><th>Member #</th><th>Email</th><th>Joined</th><th>Tier</th></tr>\n"
    "<tr><td>[[PERSON:Felipe Araújo]]</td><td>[[ID_NUMBER:M-448120]]</td>"
    "<td>[[EMAIL_ADDRESS:felipe.araujo@sapo.pt]]</td><td>[[DATE_TIME:2022-06-14]]</td><td>Gold</td></tr>\n"
    "<tr><td>[[PERSON:Rebecca Osei]]</td><td>[[ID_NUMBER:M-448377]]</td>"
    "<td>[[EMAIL_ADDRESS:becky.osei@gmail.com]]</td><td>[[DATE_TIME:2023-01-03]]</td><td>Silver</td></tr>\n"
    "<tr><td>[[PERSON:Arnav Bhattacharya]]</td><td>[[ID_NUMBER:M-449012]]</td>"
    "<td>[[EMAIL_ADDRESS:arnav.b@outlook.in]]</td><td>[[DATE_TIME:2023-08-29]]</td><td>Bronze</td></tr>\n"
    "</table>",
    # 8
    "Kundennr;Name;Geburtsdatum;IBAN;PLZ;Ort;Umsatz_EUR\n"
    "[[ID_NUMBER:K-30918]];[[PERSON:Sabine Krüger]];[[DATE_TIME:17.03.1969]];"
    "[[IBAN_CODE:DE40480549993097551787]];[[ZIP_CODE:33602]];[[LOCATION:Bielefeld]];1.284,50\n"
    "[[ID_NUMBER:K-30927]];[[PERSON:Murat Aydın]];[[DATE_TIME:02.12.1990]];"
    "[[IBAN_CODE:DE83083546769615222867]];[[ZIP_CODE:10997]];[[LOCATION:Berlin]];312,00\n"
    "[[ID_NUMBER:K-31004]];[[PERSON:Hannelore Beck]];[[DATE_TIME:25.08.1948]];"
    "[[IBAN_CODE:AT925468427062556274]];[[ZIP_CODE:5020]];[[LOCATION:Salzburg]];76,90",
    # 9
    "| N° adhérent | Nom | Prénom | Date de naissance | Téléphone | Ville |\n"
    "|---|---|---|---|---|---|\n"
    "| [[ID_NUMBER:AD-2024-118]] | [[PERSON:Benali]] | [[PERSON:Yasmine]] | [[DATE_TIME:12/04/1997]] | "
    "[[PHONE_NUMBER:06 12 48 90 33]] | [[LOCATION:Marseille]] |\n"
    "| [[ID_NUMBER:AD-2024-119]] | [[PERSON:Lefebvre]] | [[PERSON:Hugo]] | [[DATE_TIME:30/09/2003]] | "
    "[[PHONE_NUMBER:07 45 61 08 27]] | [[LOCATION:Lille]] |\n"
    "| [[ID_NUMBER:AD-2024-120]] | [[PERSON:Nguyen]] | [[PERSON:Thi Lan]] | [[DATE_TIME:05/01/1979]] | "
    "[[PHONE_NUMBER:06 98 02 55 14]] | [[LOCATION:Nantes]] |",
    # 10
    "id_pedido\tcliente\tdni\tteléfono\tcp\timporte_€\n"
    "P-77120\t[[PERSON:Lucía Ferrer Soler]]\t[[ID_NUMBER:56592336P]]\t[[PHONE_NUMBER:612 448 907]]\t"
    "[[ZIP_CODE:08012]]\t54,90\n"
    "P-77121\t[[PERSON:Jorge Benítez]]\t[[ID_NUMBER:91160637E]]\t[[PHONE_NUMBER:699 120 384]]\t"
    "[[ZIP_CODE:41003]]\t12,00\n"
    "P-77122\t[[PERSON:Oumar Diop]]\t[[ID_NUMBER:Z8807861Q]]\t[[PHONE_NUMBER:634 907 215]]\t"
    "[[ZIP_CODE:46021]]\t230,45",
    # 11
    "klantnummer,naam,geboortedatum,bsn,postcode,woonplaats,abonnement\n"
    "[[ID_NUMBER:400917]],[[PERSON:Femke Visser]],[[DATE_TIME:1994-05-08]],[[ID_NUMBER:871367245]],"
    "[[ZIP_CODE:3512 JE]],[[LOCATION:Utrecht]],basis\n"
    "[[ID_NUMBER:400923]],[[PERSON:Bram de Jong]],[[DATE_TIME:1981-12-17]],[[ID_NUMBER:377594581]],"
    "[[ZIP_CODE:9711 LM]],[[LOCATION:Groningen]],plus\n"
    "[[ID_NUMBER:401055]],[[PERSON:Soufiane El Idrissi]],[[DATE_TIME:2000-02-26]],[[ID_NUMBER:115109547]],"
    "[[ZIP_CODE:3021 BA]],[[LOCATION:Rotterdam]],basis",
    # 12
    "matricola | cognome | nome | codice_fiscale | data_nascita | reparto\n"
    "[[ID_NUMBER:004518]] | [[PERSON:Ferri]] | [[PERSON:Alessandra]] | [[ID_NUMBER:FRRLSN90D45F839L]] | "
    "[[DATE_TIME:05/04/1990]] | Contabilità\n"
    "[[ID_NUMBER:004533]] | [[PERSON:Conti]] | [[PERSON:Paolo]] | [[ID_NUMBER:CNTPLA82S23L219B]] | "
    "[[DATE_TIME:23/11/1982]] | Logistica\n"
    "[[ID_NUMBER:004571]] | [[PERSON:Marino]] | [[PERSON:Sofia]] | [[ID_NUMBER:MRNSFO77L61G273D]] | "
    "[[DATE_TIME:21/07/1977]] | Risorse umane",
    # 13
    "sl_no,name,aadhaar,pan,mobile,pin_code,city\n"
    "1,[[PERSON:Harpreet Kaur Sandhu]],[[ID_NUMBER:7884 4486 9552]],[[ID_NUMBER:BQWPS6208K]],"
    "[[PHONE_NUMBER:98140 22716]],[[ZIP_CODE:141001]],[[LOCATION:Ludhiana]]\n"
    "2,[[PERSON:Anil Kumar Yadav]],[[ID_NUMBER:2211 7480 7916]],[[ID_NUMBER:ADJPY8820M]],"
    "[[PHONE_NUMBER:94150 77321]],[[ZIP_CODE:226010]],[[LOCATION:Lucknow]]\n"
    "3,[[PERSON:Deepa Krishnan]],[[ID_NUMBER:3660 5334 0936]],[[ID_NUMBER:CKLPK0193H]],"
    "[[PHONE_NUMBER:99461 20583]],[[ZIP_CODE:682024]],[[LOCATION:Kochi]]",
    # 14
    "| S/N | Full Name | NIN | BVN | Phone | State | LGA |\n"
    "|-----|-----------|-----|-----|-------|-------|-----|\n"
    "| 1 | [[PERSON:Aisha Bello]] | [[ID_NUMBER:70245918836]] | [[ID_NUMBER:22409187734]] | "
    "[[PHONE_NUMBER:0803 412 9950]] | [[LOCATION:Kano]] | [[LOCATION:Nassarawa]] |\n"
    "| 2 | [[PERSON:Obinna Nwachukwu]] | [[ID_NUMBER:51930274418]] | [[ID_NUMBER:22871603395]] | "
    "[[PHONE_NUMBER:0706 228 1147]] | [[LOCATION:Anambra]] | [[LOCATION:Onitsha North]] |\n"
    "| 3 | [[PERSON:Funmilayo Adeyemi]] | [[ID_NUMBER:84017725390]] | [[ID_NUMBER:22150948862]] | "
    "[[PHONE_NUMBER:0815 903 6624]] | [[LOCATION:Oyo]] | [[LOCATION:Ibadan North]] |",
    # 15
    "id_no,name,kra_pin,phone,county,gender,loan_limit_kes\n"
    "[[ID_NUMBER:31842207]],[[PERSON:Achieng Otieno]],[[ID_NUMBER:A014477209P]],[[PHONE_NUMBER:0712 558 301]],"
    "[[LOCATION:Siaya]],F,15000\n"
    "[[ID_NUMBER:24409183]],[[PERSON:Kipchoge Rotich]],[[ID_NUMBER:A008812564K]],[[PHONE_NUMBER:0733 120 884]],"
    "[[LOCATION:Uasin Gishu]],M,40000\n"
    "[[ID_NUMBER:36021574]],[[PERSON:Mumbua Musyoka]],[[ID_NUMBER:A016630487W]],[[PHONE_NUMBER:0790 447 215]],"
    "[[LOCATION:Machakos]],F,8000",
    # 16
    "Employee No. | Name | SSS | PhilHealth | Pag-IBIG | TIN | Position\n"
    "[[ID_NUMBER:2019-0331]] | [[PERSON:dela Cruz]], [[PERSON:Juan Miguel]] | [[ID_NUMBER:34-1928374-5]] | "
    "[[ID_NUMBER:01-050728193-6]] | [[ID_NUMBER:1211-4590-2283]] | [[ID_NUMBER:302-118-457-000]] | "
    "Accounting Staff\n"
    "[[ID_NUMBER:2021-0118]] | [[PERSON:Santos]], [[PERSON:Maricel]] | [[ID_NUMBER:33-7740219-1]] | "
    "[[ID_NUMBER:02-251190837-4]] | [[ID_NUMBER:1213-0087-6651]] | [[ID_NUMBER:441-908-226-000]] | "
    "HR Assistant\n"
    "[[ID_NUMBER:2023-0402]] | [[PERSON:Reyes]], [[PERSON:Jerome Paolo]] | [[ID_NUMBER:35-0046128-9]] | "
    "[[ID_NUMBER:19-203441187-2]] | [[ID_NUMBER:1212-7783-0914]] | [[ID_NUMBER:509-332-781-000]] | "
    "IT Support",
    # 17
    "nric_fin,name,dob,mobile,address,postal_code\n"
    "[[ID_NUMBER:T6651029D]],[[PERSON:Nur Aisyah binte Osman]],[[DATE_TIME:2001-08-14]],"
    "[[PHONE_NUMBER:9177 4402]],[[ADDRESS:Blk 221 Bishan St 23 #09-41]],[[ZIP_CODE:570221]]\n"
    "[[ID_NUMBER:S1919771I]],[[PERSON:Goh Kian Seng]],[[DATE_TIME:1969-12-01]],"
    "[[PHONE_NUMBER:9830 5516]],[[ADDRESS:38 Jalan Kembangan]],[[ZIP_CODE:419123]]\n"
    "[[ID_NUMBER:F8017968P]],[[PERSON:Arvind Subramaniam]],[[DATE_TIME:1988-04-23]],"
    "[[PHONE_NUMBER:8244 0931]],[[ADDRESS:10 Anson Road #27-05]],[[ZIP_CODE:079903]]",
    # 18
    "id_number|name|dob|gender|cell|suburb|postal_code\n"
    "[[ID_NUMBER:7601059390086]]|[[PERSON:Johan Pretorius]]|[[DATE_TIME:1976-01-05]]|M|"
    "[[PHONE_NUMBER:083 551 0298]]|[[LOCATION:Durbanville]]|[[ZIP_CODE:7550]]\n"
    "[[ID_NUMBER:0209301478084]]|[[PERSON:Naledi Mokoena]]|[[DATE_TIME:2002-09-30]]|F|"
    "[[PHONE_NUMBER:071 806 4432]]|[[LOCATION:Soweto]]|[[ZIP_CODE:1804]]\n"
    "[[ID_NUMBER:9504182217085]]|[[PERSON:Zanele Khoza]]|[[DATE_TIME:1995-04-18]]|F|"
    "[[PHONE_NUMBER:079 230 1185]]|[[LOCATION:Umhlanga]]|[[ZIP_CODE:4319]]",
    # 19
    "NHI,Name,DOB,Age,Suburb,GP\n"
    "[[ID_NUMBER:PLT0522]],[[PERSON:Tama Rāwiri]],[[DATE_TIME:1961-02-14]],[[AGE:63]],[[LOCATION:Ōtara]],"
    "[[PERSON:Dr. Singh]]\n"
    "[[ID_NUMBER:RWN3489]],[[PERSON:Sophie McAllister]],[[DATE_TIME:1999-10-30]],[[AGE:24]],"
    "[[LOCATION:Riccarton]],[[PERSON:Dr. Ellis]]\n"
    "[[ID_NUMBER:HTC2698]],[[PERSON:Losa Fuimaono]],[[DATE_TIME:1948-06-07]],[[AGE:75]],[[LOCATION:Porirua]],"
    "[[PERSON:Dr. Tuilagi]]",
    # 20
    "sin,legal_name,dob,province,postal_code,phone_home\n"
    "[[ID_NUMBER:739 430 692]],[[PERSON:Jasmine Kaur Gill]],[[DATE_TIME:1989-10-02]],[[LOCATION:BC]],"
    "[[ZIP_CODE:V3W 1K8]],[[PHONE_NUMBER:604-555-0114]]\n"
    "[[ID_NUMBER:103 428 454]],[[PERSON:Pierre-Luc Gagnon]],[[DATE_TIME:1977-05-19]],[[LOCATION:NB]],"
    "[[ZIP_CODE:E1C 4M3]],[[PHONE_NUMBER:506-555-0177]]\n"
    "[[ID_NUMBER:360 624 761]],[[PERSON:Mélanie Côté]],[[DATE_TIME:1993-01-08]],[[LOCATION:QC]],"
    "[[ZIP_CODE:G1R 4P5]],[[PHONE_NUMBER:418-555-0192]]",
    # 21
    "PPSN\tName\tEircode\tCounty\tMobile\n"
    "[[ID_NUMBER:4187321D]]\t[[PERSON:Niamh Gallagher]]\t[[ZIP_CODE:F92 X5W2]]\t[[LOCATION:Donegal]]\t"
    "[[PHONE_NUMBER:083 401 7729]]\n"
    "[[ID_NUMBER:2067166OA]]\t[[PERSON:Eoin Brennan]]\t[[ZIP_CODE:T12 K8AF]]\t[[LOCATION:Cork]]\t"
    "[[PHONE_NUMBER:085 117 3390]]\n"
    "[[ID_NUMBER:0592981W]]\t[[PERSON:Bridget Ní Chonaill]]\t[[ZIP_CODE:V94 T2R6]]\t[[LOCATION:Limerick]]\t"
    "[[PHONE_NUMBER:089 662 0415]]",
    # 22
    "plate,vin,owner,owner_phone,make,model,year\n"
    "[[ID_NUMBER:KX19 LPA]],[[ID_NUMBER:WVWZZZAUZKW118230]],[[PERSON:Callum Reid]],[[PHONE_NUMBER:07845 226 019]],"
    "Volkswagen,Golf,2019\n"
    "[[ID_NUMBER:SN68 TUV]],[[ID_NUMBER:SJNFAAJ11U2450981]],[[PERSON:Morag Henderson]],"
    "[[PHONE_NUMBER:07712 904 338]],Nissan,Qashqai,2018\n"
    "[[ID_NUMBER:YD21 RHO]],[[ID_NUMBER:VF1RJA00567814402]],[[PERSON:Bilal Qureshi]],"
    "[[PHONE_NUMBER:07398 551 740]],Renault,Clio,2021",
    # 23
    "login_time,user,src_ip,mac,action,bytes\n"
    "[[DATE_TIME:2024-05-02 08:01:44]],[[USERNAME:hpatel]],[[IP_ADDRESS:10.8.14.22]],3c:52:82:1a:9f:04,login,0\n"
    "[[DATE_TIME:2024-05-02 08:03:10]],[[USERNAME:o.mensah]],[[IP_ADDRESS:10.8.14.57]],f0:18:98:4e:22:c1,login,0\n"
    "[[DATE_TIME:2024-05-02 08:17:29]],[[USERNAME:hpatel]],[[IP_ADDRESS:10.8.14.22]],3c:52:82:1a:9f:04,download,"
    "2214983\n"
    "[[DATE_TIME:2024-05-02 09:45:02]],[[USERNAME:svc_backup]],[[IP_ADDRESS:10.8.0.5]],00:50:56:a3:11:7e,sync,"
    "88120334",
    # 24
    "txn_id,card_holder,card_number,exp,cvv,amount,merchant\n"
    "T-99120,[[PERSON:Amelia Hartnell]],[[CREDIT_CARD:4966062711499941]],04/27,118,23.50,Pret A Manger\n"
    "T-99121,[[PERSON:Kofi Mensah-Boateng]],[[CREDIT_CARD:5504150786396161]],11/25,904,310.00,Currys\n"
    "T-99122,[[PERSON:Lorna McCallum]],[[CREDIT_CARD:36957379584567]],02/26,771,12.99,Spotify",
    # 25
    "| account_name | sort_code | account_no | iban | balance_gbp |\n"
    "|---|---|---|---|---|\n"
    "| [[PERSON:Mr Tariq Hussain]] | 16-99-35 | [[ID_NUMBER:21875302]] | [[IBAN_CODE:GB27BARC16993521875302]] | "
    "2,410.77 |\n"
    "| [[PERSON:Mrs Eleni Christodoulou]] | 65-47-82 | [[ID_NUMBER:64445623]] | "
    "[[IBAN_CODE:GB49LOYD65478264445623]] | 318.05 |\n"
    "| [[PERSON:Dr Owain Pritchard]] | 97-48-05 | [[ID_NUMBER:38865072]] | [[IBAN_CODE:GB22HBUK97480538865072]] | "
    "12,906.40 |",
    # 26
    "| Patient | Age (yrs) | Weight (kg) | Height (cm) | Blood type | Ward |\n"
    "|:--|--:|--:|--:|:-:|:--|\n"
    "| [[PERSON:K. Oduya]] | [[AGE:67]] | 72.4 | 168 | A+ | Cardiac 2 |\n"
    "| [[PERSON:Benedetta Lorenzi]] | [[AGE:34]] | 58.0 | 162 | O- | Maternity |\n"
    "| [[PERSON:Rhys ap Gwilym]] | [[AGE:8]] | 27.9 | 131 | B+ | Paeds |\n"
    "| [[PERSON:Maryam Haidari]] | [[AGE:91]] | 49.3 | 151 | AB+ | Elderly care |",
    # 27
    "student_id,first,last,grade,dob,guardian_email\n"
    "[[ID_NUMBER:S2024-0113]],[[PERSON:Mateo]],[[PERSON:Hernández]],4,[[DATE_TIME:2015-02-19]],"
    "[[EMAIL_ADDRESS:lhernandez.mom@gmail.com]]\n"
    "[[ID_NUMBER:S2024-0127]],[[PERSON:Ava-Grace]],[[PERSON:Thompson]],4,[[DATE_TIME:2014-11-03]],"
    "[[EMAIL_ADDRESS:thompsonfamily77@yahoo.com]]\n"
    "[[ID_NUMBER:S2024-0131]],[[PERSON:Yusuf]],[[PERSON:Okoro]],5,[[DATE_TIME:2013-07-28]],"
    "[[EMAIL_ADDRESS:chioma.okoro@hotmail.com]]\n"
    "[[ID_NUMBER:S2024-0140]],[[PERSON:Lily]],[[PERSON:Zhang]],5,[[DATE_TIME:2014-01-16]],"
    "[[EMAIL_ADDRESS:wei.zhang.parent@gmail.com]]",
    # 28
    '{"memberNo": "[[ID_NUMBER:GYM-200981]]", "fullName": "[[PERSON:Declan Avery]]", '
    '"mobile": "[[PHONE_NUMBER:0400 218 774]]", "plan": "off-peak", "joinDate": "[[DATE_TIME:2023-04-01]]", '
    '"homeClub": "Club 14", "monthlyFee": 39.95}\n'
    '{"memberNo": "[[ID_NUMBER:GYM-201337]]", "fullName": "[[PERSON:Aaliyah Mahmood]]", '
    '"mobile": "[[PHONE_NUMBER:0433 907 611]]", "plan": "anytime", "joinDate": "[[DATE_TIME:2023-09-18]]", '
    '"homeClub": "Club 03", "monthlyFee": 64.95}\n'
    '{"memberNo": "[[ID_NUMBER:GYM-201402]]", "fullName": "[[PERSON:Chris Papadopoulos]]", '
    '"mobile": "[[PHONE_NUMBER:0419 552 046]]", "plan": "student", "joinDate": "[[DATE_TIME:2024-02-05]]", '
    '"homeClub": "Club 14", "monthlyFee": 29.95}',
    # 29
    '<table class="contacts">\n'
    "  <thead><tr><th>Name</th><th>Mobile</th><th>E-mail</th><th>Suburb</th></tr></thead>\n"
    "  <tbody>\n"
    "    <tr><td>[[PERSON:Jacinta Nguyen]]</td><td>[[PHONE_NUMBER:0468 220 913]]</td>"
    "<td>[[EMAIL_ADDRESS:jacinta.ng@optusnet.com.au]]</td><td>[[LOCATION:Footscray]]</td></tr>\n"
    "    <tr><td>[[PERSON:Liam O'Halloran]]</td><td>[[PHONE_NUMBER:0413 775 208]]</td>"
    "<td>[[EMAIL_ADDRESS:liamoh@gmail.com]]</td><td>[[LOCATION:Fremantle]]</td></tr>\n"
    "    <tr><td>[[PERSON:Pooja Venkatesh]]</td><td>[[PHONE_NUMBER:0449 310 682]]</td>"
    "<td>[[EMAIL_ADDRESS:pooja.v@iinet.net.au]]</td><td>[[LOCATION:Parramatta]]</td></tr>\n"
    "  </tbody>\n"
    "</table>",
    # 30
    "name,address,city,state,zip\n"
    '"[[PERSON:Nguyen]], [[PERSON:Bao]]","[[ADDRESS:1207 E 5th St, Apt 3]]",[[LOCATION:Austin]],'
    "[[LOCATION:TX]],[[ZIP_CODE:78702]]\n"
    '"[[PERSON:Whitley]], [[PERSON:Dana K.]]","[[ADDRESS:88 Orchard Hill Rd]]",[[LOCATION:Ridgefield]],'
    "[[LOCATION:CT]],[[ZIP_CODE:06877]]\n"
    '"[[PERSON:Abdi]], [[PERSON:Hodan]]","[[ADDRESS:2525 Riverside Ave S, Unit 410]]",[[LOCATION:Minneapolis]],'
    "[[LOCATION:MN]],[[ZIP_CODE:55454]]",
    # 31
    "applicant:\n"
    "  name: [[PERSON:Mthunzi Sibiya]]\n"
    "  date_of_birth: [[DATE_TIME:1984-09-22]]\n"
    "  phone: [[PHONE_NUMBER:+44 7459 113 820]]\n"
    "  email: [[EMAIL_ADDRESS:mthunzi.sibiya@gmail.com]]\n"
    "  address:\n"
    "    line1: [[ADDRESS:44 Kingsdown Parade]]\n"
    "    city: [[LOCATION:Bristol]]\n"
    "    postcode: [[ZIP_CODE:BS6 5UF]]\n"
    "  employer: Avon Freight Ltd\n"
    "  annual_income_gbp: 42000\n"
    "  ni_number: [[ID_NUMBER:SK 70 41 28 B]]\n"
    "application_id: APP-2024-118833\n"
    "submitted_at: 2024-04-18T11:02:09Z",
    # 32
    "| Room | Guest | Nationality | Passport | Arrival | Departure | Rate |\n"
    "|------|-------|-------------|----------|---------|-----------|------|\n"
    "| 412 | [[PERSON:Hiroshi Watanabe]] | [[NRP:Japanese]] | [[ID_NUMBER:TZ1184027]] | [[DATE_TIME:2024-06-03]] | "
    "[[DATE_TIME:2024-06-07]] | 189.00 |\n"
    "| 415 | [[PERSON:Amélie Rousseau]] | [[NRP:French]] | [[ID_NUMBER:19AV48217]] | [[DATE_TIME:2024-06-04]] | "
    "[[DATE_TIME:2024-06-05]] | 214.00 |\n"
    "| 501 | [[PERSON:Gustavo Pereira]] | [[NRP:Brazilian]] | [[ID_NUMBER:FZ608133]] | [[DATE_TIME:2024-06-04]] | "
    "[[DATE_TIME:2024-06-11]] | 176.50 |",
    # 33
    "EMPNO  NAME                   SSN          ST  GROSS\n"
    "004412 [[PERSON:ALVAREZ]], [[PERSON:RICARDO]]       [[US_SSN:512-46-8830]]  [[LOCATION:NM]]  3,204.16\n"
    "004419 [[PERSON:O'BRIEN]], [[PERSON:KATHLEEN M]]    [[US_SSN:034-71-2258]]  [[LOCATION:MA]]  4,880.00\n"
    "004431 [[PERSON:WASHINGTON]], [[PERSON:TERRELL]]    [[US_SSN:428-09-6614]]  [[LOCATION:MS]]  2,715.42",
    # 34
    "createdAt,updatedAt,userName,email,lastLoginIp,lastLogin\n"
    "2021-03-14T10:22:01Z,2024-05-28T19:40:12Z,[[USERNAME:pixel_mango]],[[EMAIL_ADDRESS:r.achterberg@live.nl]],"
    "[[IP_ADDRESS:77.162.9.201]],[[DATE_TIME:2024-05-30T08:11:45Z]]\n"
    "2022-08-01T06:15:33Z,2024-04-02T12:00:00Z,[[USERNAME:kwesi.builds]],[[EMAIL_ADDRESS:kwesi.b@proton.me]],"
    "[[IP_ADDRESS:154.160.22.91]],[[DATE_TIME:2024-05-29T21:03:17Z]]\n"
    "2023-12-25T23:59:10Z,2024-01-09T09:30:44Z,[[USERNAME:moth_and_lamp]],[[EMAIL_ADDRESS:ilse.moth@posteo.de]],"
    "[[IP_ADDRESS:2003:e5:7f1c:aa00:5d3:1e2f:9b0c:7e2c]],[[DATE_TIME:2024-05-31T06:48:02Z]]",
    # 35
    "appt_id\tpatient\tmrn\tappt_date\tappt_time\tclinician\troom\n"
    "A-5521\t[[PERSON:Greta Lindholm]]\t[[ID_NUMBER:MRN-0091827]]\t[[DATE_TIME:2024-07-09]]\t09:30\t"
    "[[PERSON:Dr. Okeke]]\t3B\n"
    "A-5522\t[[PERSON:Marcus Delacroix]]\t[[ID_NUMBER:MRN-0104416]]\t[[DATE_TIME:2024-07-09]]\t10:15\t"
    "[[PERSON:Dr. Okeke]]\t3B\n"
    "A-5530\t[[PERSON:Hina Akhtar]]\t[[ID_NUMBER:MRN-0077210]]\t[[DATE_TIME:2024-07-10]]\t14:00\t"
    "[[PERSON:Dr. Fairweather]]\t1A",
    # 36
    "| Name | DL # | State | Passport # | DOB |\n"
    "|------|------|-------|------------|-----|\n"
    "| [[PERSON:Brianna Kessler]] | [[US_DRIVER_LICENSE:K320-771-88-412-0]] | [[LOCATION:FL]] | "
    "[[US_PASSPORT:671204839]] | [[DATE_TIME:1990-08-12]] |\n"
    "| [[PERSON:Dominic Russo]] | [[US_DRIVER_LICENSE:713 882 409]] | [[LOCATION:NY]] | [[US_PASSPORT:590338172]] | "
    "[[DATE_TIME:1985-02-27]] |\n"
    "| [[PERSON:Shauna Two Bulls]] | [[US_DRIVER_LICENSE:WDL2KX8P94QB]] | [[LOCATION:WA]] | "
    "[[US_PASSPORT:C05738261]] | [[DATE_TIME:1997-12-05]] |",
    # 37
    "device_id,owner,ipv6,mac,os\n"
    "dev-0041,[[PERSON:Oren Shapiro]],[[IP_ADDRESS:2a01:4b00:8e3c:1f00:4d2:91ff:fe2a:7b10]],04:d2:91:2a:7b:10,"
    "macOS 14.4\n"
    "dev-0042,[[PERSON:Ama Owusu]],[[IP_ADDRESS:2a01:4b00:8e3c:1f00:9c1e:54ff:fe80:3d21]],9c:1e:54:80:3d:21,"
    "Windows 11\n"
    "dev-0047,[[PERSON:Ruairí Walsh]],[[IP_ADDRESS:2a01:4b00:8e3c:1f00::47]],d8:3a:dd:10:55:e2,Ubuntu 22.04",
    # 38
    "[\n"
    "  {\n"
    '    "policy": "TRV-55120",\n'
    '    "traveller": "[[PERSON:Gabriel Mwangi]]",\n'
    '    "dob": "[[DATE_TIME:1992-03-15]]",\n'
    '    "passport": "[[ID_NUMBER:AK0831542]]",\n'
    '    "emergencyContact": "[[PHONE_NUMBER:+254 722 310 968]]",\n'
    '    "premium": 48.20\n'
    "  },\n"
    "  {\n"
    '    "policy": "TRV-55121",\n'
    '    "traveller": "[[PERSON:Wairimu Mwangi]]",\n'
    '    "dob": "[[DATE_TIME:1994-10-02]]",\n'
    '    "passport": "[[ID_NUMBER:AK0912207]]",\n'
    '    "emergencyContact": "[[PHONE_NUMBER:+254 722 310 968]]",\n'
    '    "premium": 48.20\n'
    "  }\n"
    "]",
    # 39
    "supporter_no,name,email,amount_gbp,gift_aid,postcode\n"
    "[[ID_NUMBER:SUP-0072215]],[[PERSON:Heather Lindsay]],[[EMAIL_ADDRESS:heather.lindsay@sky.com]],25.00,Y,"
    "[[ZIP_CODE:EH10 5HG]]\n"
    "[[ID_NUMBER:SUP-0072298]],[[PERSON:Jaswinder Bains]],[[EMAIL_ADDRESS:jbains62@gmail.com]],10.00,N,"
    "[[ZIP_CODE:WV4 6PL]]\n"
    "[[ID_NUMBER:SUP-0072310]],[[PERSON:Kemal Arslan]],[[EMAIL_ADDRESS:kemal.arslan@tiscali.co.uk]],50.00,Y,"
    "[[ZIP_CODE:N16 7XJ]]",
    # 40
    "Property: [[ADDRESS:58 Harcourt Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G3 7QT]]\n\n"
    "| Unit | Tenant | Lease start | Rent (£/mo) | Deposit ref | Phone |\n"
    "|---|---|---|---|---|---|\n"
    "| [[ADDRESS:Flat 0/1]] | [[PERSON:Euan McLeish]] | [[DATE_TIME:01/10/2022]] | 725 | SDS-7781202 | "
    "[[PHONE_NUMBER:07583 220 149]] |\n"
    "| [[ADDRESS:Flat 1/2]] | [[PERSON:Olamide Ajose]] | [[DATE_TIME:15/03/2023]] | 760 | SDS-7790415 | "
    "[[PHONE_NUMBER:07944 018 663]] |\n"
    "| [[ADDRESS:Flat 2/1]] | [[PERSON:Agnieszka Nowak]] | [[DATE_TIME:01/08/2024]] | 790 | SDS-7812230 | "
    "[[PHONE_NUMBER:07427 551 390]] |",
    # 41
    "name,company,job_title,linkedin,dietary\n"
    "[[PERSON:Nkosana Dube]],Vodacom,Network Architect,[[URL:https://www.linkedin.com/in/nkosanadube]],halal\n"
    "[[PERSON:Charlotte Beaumont]],Ocado,Data Scientist,[[URL:https://www.linkedin.com/in/charlotte-beaumont-ds]],"
    "vegan\n"
    "[[PERSON:Vikram Sethi]],Freshworks,Product Manager,[[URL:https://linkedin.com/in/vsethi]],none",
    # 42
    "Personal-Nr  Name                Geb.-Datum  Steuer-ID       Konfession\n"
    "[[ID_NUMBER:0815-22]]      [[PERSON:Katharina Wolff]]     [[DATE_TIME:11.02.1987]]  "
    "[[ID_NUMBER:58 193 704 612]]  [[NRP:katholisch]]\n"
    "[[ID_NUMBER:0815-31]]      [[PERSON:Emre Yılmaz]]         [[DATE_TIME:30.06.1992]]  "
    "[[ID_NUMBER:27 460 918 335]]  keine\n"
    "[[ID_NUMBER:0816-04]]      [[PERSON:Friedrich Haas]]      [[DATE_TIME:04.09.1963]]  "
    "[[ID_NUMBER:90 317 285 746]]  [[NRP:evangelisch]]",
    # 43
    "id;nom_complet;né(e) le;tél;courriel;code postal\n"
    "17;[[PERSON:Aurélien Giraud]];[[DATE_TIME:21/07/1986]];[[PHONE_NUMBER:+33 6 21 47 88 09]];"
    "[[EMAIL_ADDRESS:a.giraud@orange.fr]];[[ZIP_CODE:31000]]\n"
    "18;[[PERSON:Manon Lebrun]];[[DATE_TIME:02/02/2001]];[[PHONE_NUMBER:+33 7 58 10 96 42]];"
    "[[EMAIL_ADDRESS:manon.lebrun@free.fr]];[[ZIP_CODE:35000]]\n"
    "19;[[PERSON:Karim Haddadi]];[[DATE_TIME:13/10/1974]];[[PHONE_NUMBER:+33 6 03 77 21 58]];"
    "[[EMAIL_ADDRESS:k.haddadi@laposte.net]];[[ZIP_CODE:59000]]",
    # 44
    "| claim_no | policy_no | insured | dob | loss_date | amount | adjuster |\n"
    "|---|---|---|---|---|---|---|\n"
    "| CLM-71020 | POL-3318-77 | [[PERSON:Mandla Zwane]] | [[DATE_TIME:1979-06-11]] | [[DATE_TIME:2024-01-28]] | "
    "R 18 400 | [[PERSON:S. Pillay]] |\n"
    "| CLM-71044 | POL-2290-15 | [[PERSON:Carina du Plessis]] | [[DATE_TIME:1968-12-30]] | "
    "[[DATE_TIME:2024-02-03]] | R 6 250 | [[PERSON:S. Pillay]] |\n"
    "| CLM-71051 | POL-4107-62 | [[PERSON:Themba Ngcobo]] | [[DATE_TIME:1990-03-09]] | [[DATE_TIME:2024-02-04]] | "
    "R 41 900 | [[PERSON:R. Naidoo]] |",
    # 45
    "Contact: [[PERSON:Oisín Kavanagh]]\nAccount #: [[ID_NUMBER:CU-5518204]]\n"
    "IBAN: [[IBAN_CODE:IE04 IPBS 2920 1023 9729 07]]\nLast contact: [[DATE_TIME:2024-06-11 16:40]]\n"
    "Notes: asked to move the payment date\n---\n"
    "Contact: [[PERSON:Beatriz Lopes]]\nAccount #: [[ID_NUMBER:CU-5518377]]\n"
    "IBAN: [[IBAN_CODE:PT50 4750 2417 6229 2920 9183 8]]\nLast contact: [[DATE_TIME:2024-06-12 09:05]]\n"
    "Notes: none\n---\n"
    "Contact: [[PERSON:Wouter Peeters]]\nAccount #: [[ID_NUMBER:CU-5518412]]\n"
    "IBAN: [[IBAN_CODE:BE17 2985 6335 4021]]\nLast contact: [[DATE_TIME:2024-06-12 13:22]]\n"
    "Notes: wants paper statements",
]

DOC = [
    # 1
    """DISCHARGE SUMMARY
Patient: [[PERSON:Mr. Alistair Penhaligon]]   NHS No: [[ID_NUMBER:002 416 8068]]   Hospital No: [[ID_NUMBER:RTH-7740192]]
DOB: [[DATE_TIME:17/08/1949]] ([[AGE:74]] y)
Address: [[ADDRESS:3 Trelawney Close]], [[LOCATION:Truro]], [[LOCATION:Cornwall]] [[ZIP_CODE:TR1 3XP]]
Admitted: [[DATE_TIME:02/04/2024]]   Discharged: [[DATE_TIME:09/04/2024]]
Consultant: [[PERSON:Dr. Miriam Osei-Bonsu]] (Respiratory)

Diagnosis: infective exacerbation of COPD.
Summary: [[PERSON:Mr Penhaligon]] presented via ED with three days of increasing breathlessness and green sputum. He was treated with nebulised salbutamol, oral prednisolone and doxycycline, and was weaned off oxygen by day 5. His wife, [[PERSON:Morwenna]], will collect him; she can be reached on [[PHONE_NUMBER:01872 553 904]].
Follow-up: respiratory clinic in 6 weeks; GP [[PERSON:Dr. Kessell]] to review steroids on [[DATE_TIME:16 April]].
Medication on discharge: prednisolone 30 mg OD (5 days), doxycycline 100 mg OD (3 days), usual inhalers.
Signed: [[PERSON:Dr. Tom Ashworth]], FY2, bleep 2291""",
    # 2
    """CURRICULUM VITAE

[[PERSON:Nandini Raghavan]]
[[ADDRESS:Blk 612 Punggol Drive #14-220]], [[LOCATION:Singapore]] [[ZIP_CODE:820612]]
Mobile: [[PHONE_NUMBER:+65 9025 7741]] | Email: [[EMAIL_ADDRESS:nandini.raghavan@gmail.com]]
GitHub: [[URL:https://github.com/nandini-r]] | Born: [[DATE_TIME:5 October 1993]] | Nationality: [[NRP:Indian]] (Singapore PR)

PROFILE
Data engineer with eight years of experience building batch and streaming pipelines for payments and logistics, now looking for a lead role.

EXPERIENCE
Senior Data Engineer, Grab, [[LOCATION:Singapore]] -- [[DATE_TIME:Mar 2021]] to present
- Moved the payouts ledger from nightly batch to Kafka streams; cut reconciliation time from 6 hours to 20 minutes.
Data Engineer, Flipkart, [[LOCATION:Bengaluru]] -- [[DATE_TIME:Jul 2016]] to [[DATE_TIME:Feb 2021]]
- Built the returns-fraud feature store used by four teams.

EDUCATION
B.Tech, Computer Science, 2012-2016

REFERENCES
[[PERSON:Lionel Tay]], Engineering Manager, Grab -- [[EMAIL_ADDRESS:lionel.tay@grab.com]]
[[PERSON:Dr. Sunita Bhatt]], former manager -- [[PHONE_NUMBER:+91 98450 33127]]""",
    # 3
    """RESIDENTIAL TENANCY AGREEMENT -- SUMMARY OF KEY TERMS
Landlord: [[PERSON:Georgios Karamanlis]], c/- Harbourside Realty, [[ADDRESS:Shop 4, 120 Victoria Road]], [[LOCATION:Drummoyne]] [[LOCATION:NSW]] [[ZIP_CODE:2047]]
Tenant 1: [[PERSON:Priyanka Desai]], DOB [[DATE_TIME:11/03/1995]], driver licence [[ID_NUMBER:19 482 736]]
Tenant 2: [[PERSON:Samuel Okonkwo-Reid]], DOB [[DATE_TIME:24/12/1993]], passport [[ID_NUMBER:PA4819273]]
Premises: [[ADDRESS:Unit 7, 31 Lyons Road]], [[LOCATION:Five Dock]] [[LOCATION:NSW]] [[ZIP_CODE:2046]]
Term: 12 months commencing [[DATE_TIME:1 July 2024]]
Rent: $740 per week, payable fortnightly in advance into the agent's trust account (BSB 062-118).
Bond: $2,960 (four weeks), lodged online; bond number to be advised.
Tenants' contact: [[PHONE_NUMBER:0431 226 918]] ([[PERSON:Priyanka]]), [[PHONE_NUMBER:0478 310 554]] ([[PERSON:Samuel]]); [[EMAIL_ADDRESS:p.desai.s.okonkwo@gmail.com]]
Additional terms: no smoking anywhere on the premises; one indoor cat permitted; tenants to keep the balcony drain clear; carpets professionally cleaned at the end of the tenancy.
Signed by the tenants on [[DATE_TIME:18 June 2024]] in the presence of [[PERSON:Lauren Whitfield]], property manager.""",
    # 4
    """[[PERSON:Harold J. Pemberton]]
[[ADDRESS:716 Willow Bend Ct]]
[[LOCATION:Franklin]], [[LOCATION:TN]] [[ZIP_CODE:37064]]

[[DATE_TIME:March 11, 2024]]

Claims Department
Cumberland Mutual Insurance

Re: Claim No. CM-2024-118204 / Policy HO-55120-B

Dear Claims Adjuster,

I am writing to follow up on the water damage claim I filed on [[DATE_TIME:February 19]] after a pipe burst in our basement. My wife, [[PERSON:Loretta]], and I have now waited more than three weeks without a visit from an adjuster.

As requested on the phone, my date of birth is [[DATE_TIME:04/02/1956]], and the full Social Security number the form asks for is [[US_SSN:409-55-7730]]. The plumber, [[PERSON:Eddie Navarro]], estimated repairs at $14,880, and his written estimate is enclosed along with photographs of the damage.

You can reach me at [[PHONE_NUMBER:(615) 555-0107]] or [[EMAIL_ADDRESS:hjpemberton@bellsouth.net]]. I would appreciate a call this week.

Sincerely,
[[PERSON:Harold J. Pemberton]]
Enc.: proof of loss form, photographs, contractor estimate""",
    # 5
    """[[DATE_TIME:14th May 2024]]

The Visa Officer
British Deputy High Commission
[[LOCATION:Lagos]]

LETTER OF INTRODUCTION: [[TITLE:MR.]] [[PERSON:CHUKWUEMEKA IFEANYI OBI]]

This is to confirm that [[PERSON:Mr. Chukwuemeka Ifeanyi Obi]], holder of [[NRP:Nigerian]] passport no. [[ID_NUMBER:B03318842]], has been employed by this bank as a Relationship Manager since [[DATE_TIME:3rd January 2017]]. His staff number is [[ID_NUMBER:ZB/05213/17]] and his current annual salary is N14,400,000.

He has been granted leave from [[DATE_TIME:1st to 21st July 2024]] to attend the graduation of his daughter, [[PERSON:Adaora Obi]], in [[LOCATION:Leeds]], and will resume duty on [[DATE_TIME:22nd July 2024]]. The bank will continue to pay his salary during this period.

Should you require any further information, please contact the undersigned on [[PHONE_NUMBER:+234 803 220 5518]] or [[EMAIL_ADDRESS:funke.adebayo@zenithbank.com]].

Yours faithfully,

[[PERSON:Funke Adebayo]] ([[TITLE:Mrs.]])
Head, Human Resources""",
    # 6
    """MINUTES OF STRATA COUNCIL MEETING
Held in the amenity room at 7:00 p.m.

Present: [[PERSON:Harjit Dhaliwal]] (President), [[PERSON:Colleen Ferguson]] (Treasurer), [[PERSON:Kenji Morimoto]], [[PERSON:Adaeze Uche]]
Regrets: [[PERSON:Bruce Lindgren]]
Property manager: [[PERSON:Stephanie Roy]], Lakeshore Property Management

1. Owner correspondence. A letter from [[PERSON:Mr. Vasile Ionescu]] of [[ADDRESS:#1204 - 1050 Nelson Street]], [[LOCATION:Vancouver]], complaining of noise from the unit above was received. Council asked [[PERSON:Stephanie]] to write to the owner of that unit.
2. Parking. [[PERSON:Kenji]] reported that a pickup with plate [[ID_NUMBER:RX4 71K]] has been parked in visitor stall 3 for nine days. The property manager will post a 72-hour notice before towing.
3. Financial report. [[PERSON:Colleen]] reported that the contingency fund stands at $182,400 and that two lots are in arrears; the owners will be sent demand letters.
4. Window washing is booked for the week of June 10; residents will be notified by email.

There being no further business, the meeting adjourned at 8:42 p.m. Minutes recorded by [[PERSON:Adaeze Uche]]; questions to [[EMAIL_ADDRESS:adaeze.uche@shaw.ca]].""",
    # 7
    """[Call transcript -- fraud team -- ref FR-20240611-0093]
Agent: You're through to the fraud team, my name is [[PERSON:Ciara]]. Can I take your name please?
Caller: It's [[PERSON:Padraig Doherty]].
Agent: Thanks, [[PERSON:Padraig]]. And your date of birth?
Caller: [[DATE_TIME:Ninth of March, nineteen seventy-eight]].
Agent: And the first line of your address and your Eircode?
Caller: [[ADDRESS:27 Ard na Mara]], [[LOCATION:Salthill]], [[ZIP_CODE:H91 X2C7]].
Agent: Lovely, thank you. I can see two card payments this morning, one to an online electronics shop for 1,249 euro and one for 980. Did you make those?
Caller: No, I've had the card in my wallet all day. It's the one ending 5521.
Agent: Okay, I'm blocking that card now. Is [[PHONE_NUMBER:087 915 3306]] still the best number for you?
Caller: It is, yeah. And my email is [[EMAIL_ADDRESS:padraig.doherty78@eircom.net]] if you need it.
Agent: Perfect. The payments came from a device at [[IP_ADDRESS:89.101.44.213]], which we've never seen on your account, so I've raised a chargeback for both. A new card will go to the address on file within five working days.
Caller: Grand. Thanks a million, [[PERSON:Ciara]].""",
    # 8
    """WITNESS STATEMENT
Name: [[PERSON:Ana Lemalu]]
Date of birth: [[DATE_TIME:22/06/1987]]
Address: [[ADDRESS:14 Tui Street]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]
Phone: [[PHONE_NUMBER:022 518 4407]]
Occupation: Bus driver

On [[DATE_TIME:Friday 19 April 2024 at about 5:40 pm]] I was driving the 33 bus north on Great South Road. I saw a silver Mazda Demio, registration [[ID_NUMBER:LMH482]], go through the red light at the intersection and hit a cyclist. The driver was a young man, maybe [[AGE:20]], wearing a black hoodie.
The cyclist, who later told me her name was [[PERSON:Grace]], was conscious but could not stand. A man who said he was a nurse, [[PERSON:Rohit]], stayed with her until the ambulance came. The Mazda drove off towards [[LOCATION:Papatoetoe]].
My dash camera recorded the crash and I have given the footage to [[TITLE:Constable]] [[PERSON:Hēmi Tūhoe]].
I have read this statement and it is true.
Signed: [[PERSON:A. Lemalu]]   Date: [[DATE_TIME:20/04/2024]]""",
    # 9
    """ATTESTATION D'HÉBERGEMENT

Je soussignée, [[TITLE:Mme]] [[PERSON:Claire Bonnefoy]], née le [[DATE_TIME:8 février 1971]] à [[LOCATION:Grenoble]], demeurant au [[ADDRESS:12 avenue Jean-Jaurès, appartement 34]], [[ZIP_CODE:38000]] [[LOCATION:Grenoble]], certifie sur l'honneur héberger à mon domicile depuis le [[DATE_TIME:1er septembre 2023]] [[TITLE:M.]] [[PERSON:Youssef Amrani]], né le [[DATE_TIME:27 mai 1999]] à [[LOCATION:Oujda]] ([[LOCATION:Maroc]]), de nationalité [[NRP:marocaine]], titulaire du titre de séjour n° [[ID_NUMBER:9912045877]].

Je joins à la présente une copie de ma carte nationale d'identité (n° [[ID_NUMBER:X4RTBPFW4]]) ainsi qu'un justificatif de domicile de moins de trois mois.

Fait à [[LOCATION:Grenoble]], le [[DATE_TIME:15 avril 2024]], pour servir et valoir ce que de droit.

[[PERSON:Claire Bonnefoy]]
Tél. : [[PHONE_NUMBER:06 84 12 39 70]]""",
    # 10
    """[[PERSON:Tobias Hartmann]] und [[PERSON:Leonie Hartmann]]
[[ADDRESS:Schillerstraße 41, 2. OG links]]
[[ZIP_CODE:04109]] [[LOCATION:Leipzig]]

Hausverwaltung Brandt & Söhne GmbH
[[ADDRESS:Karl-Liebknecht-Straße 118]]
[[ZIP_CODE:04275]] [[LOCATION:Leipzig]]

[[LOCATION:Leipzig]], den [[DATE_TIME:28. Mai 2024]]

Kündigung des Mietvertrags vom [[DATE_TIME:15.07.2019]], Mietobjekt [[ADDRESS:Schillerstraße 41, 2. OG links]]

Sehr geehrte Damen und Herren,

hiermit kündigen wir das oben genannte Mietverhältnis fristgerecht zum [[DATE_TIME:31. August 2024]]. Bitte bestätigen Sie uns den Eingang dieser Kündigung schriftlich.

Für die Wohnungsübergabe schlagen wir den [[DATE_TIME:30. August 2024 um 10 Uhr]] vor. Die Mietkaution in Höhe von 2.250 Euro bitten wir auf unser Konto [[IBAN_CODE:DE93 0434 0430 1624 6574 69]] zu überweisen.

Unsere neue Anschrift ab [[DATE_TIME:1. September]]: [[ADDRESS:Am Kirchberg 7]], [[ZIP_CODE:01445]] [[LOCATION:Radebeul]]. Telefonisch erreichen Sie uns unter [[PHONE_NUMBER:0176 4418 2093]].

Mit freundlichen Grüßen
[[PERSON:Tobias Hartmann]]   [[PERSON:Leonie Hartmann]]""",
    # 11
    """[[DATE_TIME:2 February 2024]]

[[PERSON:Ms. Faith Wanjiru Kariuki]]
[[ADDRESS:P.O. Box 5521]]-[[ZIP_CODE:00200]]
[[LOCATION:Nairobi]]

Dear [[PERSON:Faith]],

RE: OFFER OF EMPLOYMENT -- ASSISTANT ACCOUNTANT

Further to your interview on [[DATE_TIME:24 January 2024]], we are pleased to offer you the position of Assistant Accountant at our [[LOCATION:Thika]] factory with effect from [[DATE_TIME:1 March 2024]].

Your gross monthly salary will be KES 95,000, paid into your bank account no. [[ID_NUMBER:0180293741106]]. Statutory deductions will be made against your KRA PIN [[ID_NUMBER:A012930482L]] and NSSF no. [[ID_NUMBER:2009360718]]. Please bring your original national ID card ([[ID_NUMBER:29018733]]) and academic certificates on your first day.

You will report to [[PERSON:Mr. Daniel Kiprono]], Finance Manager, and will serve a probation period of six months.

Kindly sign and return a copy of this letter by [[DATE_TIME:9 February 2024]].

Yours sincerely,
[[PERSON:Esther Mutua]]
HR Manager""",
    # 12
    """INCIDENT REPORT
Date of incident: [[DATE_TIME:February 6, 2024]], approx. 11:20 AM
Learner involved: [[PERSON:Jericho Santos Lim]], Grade 8, LRN [[ID_NUMBER:405118150073]], [[AGE:13]] years old
Parent/Guardian: [[PERSON:Mrs. Rowena Lim]], [[PHONE_NUMBER:0918 204 7763]]
Home address: [[ADDRESS:Lot 5 Blk 3, Villa Caridad Subd.]], [[LOCATION:Brgy. Pulong Buhangin]], [[LOCATION:Santa Maria]], [[LOCATION:Bulacan]]
Reported by: [[PERSON:Mr. Allan Dizon]], MAPEH teacher

Narrative: During recess, [[PERSON:Jericho]] slipped on the wet stairs near the canteen and landed on his left wrist. The school nurse, [[PERSON:Ms. Cherry Mae Bautista]], applied a cold compress and a splint and advised an X-ray. His mother was called at 11:35 and picked him up at 12:10 to bring him to the provincial hospital. Two classmates, [[PERSON:Kyle]] and [[PERSON:Althea]], witnessed the fall. The stairs have since been marked with a caution sign.

Action taken: parent informed; nurse's log updated; report forwarded to the principal.""",
    # 13
    """[[PERSON:Dr. Nirasha Govender]]
[[ADDRESS:Suite 9, Westville Medical Centre, 14 Jan Hofmeyr Road]], [[LOCATION:Westville]], [[ZIP_CODE:3629]]

[[DATE_TIME:7 March 2024]]

Dear [[PERSON:Dr. Moodley]],

Re: [[PERSON:Mrs. Sibongile Nxumalo]], DOB [[DATE_TIME:12/09/1968]], ID [[ID_NUMBER:6809120487085]]
Medical aid member no. [[ID_NUMBER:192 004 8831]], dependant code 00

Thank you for seeing this [[AGE:55]]-year-old lady with a two-month history of exertional chest tightness and a positive exercise ECG. She is a known hypertensive on amlodipine and has a family history of early coronary disease. Her LDL is 4.6 mmol/L despite simvastatin.

She lives at [[ADDRESS:22 Umdoni Crescent]], [[LOCATION:Pinetown]], with her daughter [[PERSON:Nomsa]], who will bring her to the appointment. The best contact number is [[PHONE_NUMBER:072 904 1186]].

I would be grateful for your opinion regarding angiography.

Yours sincerely,
[[PERSON:Dr. N. Govender]]""",
    # 14
    """From: [[PERSON:Melissa Carter]] <[[EMAIL_ADDRESS:melissa.carter@carterlawgroup.com]]>
Sent: [[DATE_TIME:Thursday, June 13, 2024 4:52 PM]]
To: [[PERSON:Jared Whitcomb]] <[[EMAIL_ADDRESS:jwhitcomb77@gmail.com]]>
Subject: RE: closing funds, [[ADDRESS:4419 Larkspur Way]]

[[PERSON:Jared]],

Please DO NOT send the wire to the account in the email you received this morning. That message did not come from our office; our IT vendor traced it to [[IP_ADDRESS:196.245.163.12]], and the "updated instructions" point to an account we have never used.

Our escrow instructions have not changed. For your own protection, call me at [[PHONE_NUMBER:(303) 555-0166]] before sending anything. I will also need a copy of your driver's license ([[US_DRIVER_LICENSE:09-441-8827]]) and your wife [[PERSON:Ashley]]'s for the closing on [[DATE_TIME:June 18]].

[[PERSON:Melissa Carter]]
Closing Coordinator, Carter Law Group
[[ADDRESS:1600 Broadway, Suite 2100]], [[LOCATION:Denver]], [[LOCATION:CO]] [[ZIP_CODE:80202]]""",
    # 15
    """HUUROVEREENKOMST WOONRUIMTE (uittreksel)

Ondergetekenden:
1. [[PERSON:Gerrit Jan Mulder]], wonende te [[ADDRESS:Vondelstraat 88]], [[ZIP_CODE:2513 EV]] [[LOCATION:Den Haag]], hierna te noemen 'verhuurder';
2. [[PERSON:Priya Ramdin]], geboren op [[DATE_TIME:3 maart 1996]] te [[LOCATION:Paramaribo]], BSN [[ID_NUMBER:824903250]], hierna te noemen 'huurder';

komen overeen dat verhuurder aan huurder verhuurt de woonruimte gelegen aan de [[ADDRESS:Zeestraat 12-B]], [[ZIP_CODE:2518 AA]] [[LOCATION:Den Haag]], ingaande [[DATE_TIME:1 augustus 2024]] voor onbepaalde tijd.

De huurprijs bedraagt 1.175 euro per maand, te voldoen vóór de eerste van iedere maand op rekening [[IBAN_CODE:NL33 RABO 8788 8033 83]] ten name van [[PERSON:G.J. Mulder]]. De waarborgsom bedraagt twee maanden huur.

Huurder is bereikbaar op [[PHONE_NUMBER:06 3185 7361]] en [[EMAIL_ADDRESS:priya.ramdin@ziggo.nl]].

Aldus opgemaakt en getekend te [[LOCATION:Den Haag]] op [[DATE_TIME:12 juli 2024]].""",
]

LOOKALIKE = [
    # 1 (no PII)
    """Release notes, version 4.18.2.7 (build 10.0.19045.3803)
- Fixed a crash when importing catalogues that contain ISBN-13 values such as 9781861977809 or 9780306407925.
- The default listener moved from port 8080 to 8443; health checks now hit /healthz every 30 s.
- Network cards on firmware 6.2.0.14 no longer drop the link after resume.
- Upgraded OpenSSL to 3.0.13 and zlib to 1.3.1.
- Commit range 9f2c1e7..b41d0a2 (142 commits, 11 contributors).
- Known issue KB-20240312: on 2.6.32 kernels the installer reports error 0x80070643; use the legacy package.
SHA-256 3b7e1f0c9a64d52e8c0b1f7a2e49d5c6b0a83e71f4c2d9a05e6b8f1c3d7a2e90  toolkit-4.18.2.7-x64.msi""",
    # 2 (no PII)
    """MANIFEST WH-03 / TRAILER 44
Consignment     Carrier   Tracking                  Pallets  Weight (kg)
CN-2024-08812   UPS       1Z 999 AA1 01 2345 6784   4        812.5
CN-2024-08813   DPD       15501234567890            2        301.0
CN-2024-08814   Post      RL 402 913 557 IE         1        18.2
SKU 4470-BLK-XL x 120; SKU 4470-NVY-M x 96; SKU 9912-GRY-OS x 300
Dock door 7, loaded 06:40, seal no. 0048812, PO 4500918823. Carrier queries: 1800 555 019.""",
    # 3 (no PII)
    "Sandbox cheat sheet: use the card number 4111 1111 1111 1111 for an approved payment and "
    "4000 0000 0000 0002 for a decline; any future expiry such as 12/34 and any CVC such as 123 will do. "
    "The dummy SSN 000-00-0000 is rejected by design, and GB82 WEST 1234 5698 7654 32 is the specimen "
    "IBAN from the format guide. Phone fields accept the reserved 555-0100 to 555-0199 range only. The "
    "validators implement the Luhn check, the Verhoeff algorithm and mod 97-10; fuzzy matching uses "
    "Levenshtein distance with a threshold of 2.",
    # 4
    "INVOICE INV-2024-0611 | Northgate Office Supplies Ltd | company no. 08812274 | VAT reg. GB 294 7718 60\n"
    "Bill to: Accounts Payable, Kestrel Logistics, attn. [[PERSON:Rhian Powell]]\n"
    "SKU-2291  A4 paper 80gsm      40 boxes   £139.60\n"
    "SKU-0457  Toner TN-2420        6 units   £302.94\n"
    "SKU-7730  Archive boxes      100 units    £88.00\n"
    "Subtotal £530.54, VAT 20% £106.11, total £636.65, due in 30 days.\n"
    "Pay to sort code 20-00-00, account 55779911 (Northgate Office Supplies Ltd). Queries: "
    "accounts@northgateoffice.co.uk or 0161 496 0000.",
    # 5
    "DEPARTURES 14:05  EI3328 LIS  Gate B12  Boarding\n"
    "14:20  FR7117 BCN  Gate 304  Delayed 15:10\n"
    "14:35  BA0837 LHR  Gate B7  Go to gate\n"
    "Announcement: would passenger [[PERSON:Okonjo]], travelling to [[LOCATION:Lagos]] on the connecting flight, please "
    "return to the security screening area. Belt 5 is now closed; bags for flight EI3328 go to belt 6.",
    # 6
    "Reagent log, cold room 2: NaCl (CAS 7647-14-5), ethanol (CAS 64-17-5), water (CAS 7732-18-5). "
    "Lot 2214-88-0917, expiry 2026-03, stored in freezer B shelf 4 at -80 °C. Spectrometer serial "
    "SN 7719-0352-88, firmware 3.1.4.22, last calibrated by [[PERSON:J. Oduya]]. Run 0093 started "
    "2024-05-14 09:12, 96-well plate, 1:1000 dilution, pH 7.4.",
    # 7
    "pod api-7d9f8c6b5-x2k4q restarted (OOMKilled, limit 512Mi); request id "
    "3f2b9c1e-8a47-4d0e-b5f1-29c8e7a61d04; traceparent 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01; "
    "node ip-10-0-3-17.eu-west-1.compute.internal; image tag 2024.05.14-r3; pagerduty incident P7XK2Q "
    "assigned to [[PERSON:Tomi]].",
    # 8
    "Directions: from the Nelson Mandela roundabout take Queen Victoria Street past the Wellington Arms, "
    "turn left onto Baker Street and follow the signs to the Florence Nightingale wing. Parking is behind the "
    "Alan Turing building; the Hodgkin lab is on level 2, rooms 2.14 to 2.19. Ask for "
    "[[PERSON:Dr. Mensah]] at reception, extension 4410.",
    # 9
    "From the kitchen of [[PERSON:Nana Adjoa]]: recipe no. 117, serves 4-6. Whisk 1/2 cup sugar, 3/4 tsp "
    "salt and 2 eggs; fold in 250 g flour. Bake at 180 °C for 25-30 minutes, rest 10 min. Per serving "
    "412 kcal, 9.5 g fat. Adapted from p. 112 of the 2019 edition, ISBN 9791086806990.",
    # 10
    "Dear [[PERSON:Mr Haddad]], for international payments please use our SWIFT code HBUKGB4B and sort code "
    "40-47-84. Your statement shows the account masked as ****6093, which is expected. For USD transfers "
    "the intermediary routing number is 021000021. Quote reference format REF-XXXX-XXXX; our helpline "
    "is 0345 740 4404, open 8am to 8pm.",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "doc": DOC,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind26", STYLES, OUT)


if __name__ == "__main__":
    main()

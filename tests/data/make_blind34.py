"""Build tests/data/blind34.jsonl: a thirty-fourth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind34.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of any other gold set (every
*.jsonl file, and the record lists inside every make_*.py script,
make_blind22.py to make_blind33.py included). What was read, and nothing
else: lines 1-121 of make_blind22.py (its module docstring with the
labeling conventions and style descriptions, and its import lines) and its
closing scaffolding from `STYLES = {` to the end of the file (copied below,
with the set name and the styles changed); gold_sets.py (the checks and
`write_set`); and lines 1-64 of make_handwritten.py (its conventions
docstring, MARK, TITLE_IN_NAME and `parse()`). No git history was looked
at, nothing under /tmp was read, and the detector and the bench were never
run. Do not tune the detector against this file: once it has been used to
tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand, one by one: no Faker, no word
lists, no templates filled by loops. Only the offsets are computed, by
`parse()` from make_handwritten.py, which strips the inline
`[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs pass mod-97 with
the right length for their country (worked out with throwaway code while
writing; the records hold literal strings, and `gold_sets.check` re-checks
them). Canadian SINs, Dutch BSNs, Spanish DNI / NIE letters and the NHS
number were given valid check digits the same way; other national ids,
passports, licences, plates and member / staff / patient numbers are
realistic in shape but not checked.

Styles (ids `blind34-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Canada, Australia, Ireland, New Zealand, India,
Pakistan, South Africa, Nigeria, Ghana, Kenya, Jamaica, the Philippines and
Malaysia contexts, names from the many cultures living there); the rest are
in French, German, Spanish, Portuguese, Italian and Dutch:
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k, gretel-pii-masking-en-v1 and Nemotron-PII: sentences, forms,
  emails, tickets and log lines with many entity kinds.
- `gen` (90): realistic sentences with personal data as a third-party LLM
  would write them, PII woven into prose, in widely varied domains.
- `table` (35): labeled tables rendered as text (CSV, pipes / Markdown,
  TSV, fixed-width, JSON lines, YAML, key: value blocks), with varied
  column names and non-PII columns; header rows are not labeled.
- `chat` (8): chats, SMS threads and support transcripts.
- `lookalike` (7): texts full of things that look like PII but are not
  (order, ticket, invoice and tracking references, SKUs, versions, hashes,
  company phone numbers and role mailboxes, eponyms), with the few real
  PII values labeled.

Labeling conventions: those of make_handwritten.py and make_blind22.py.
PERSON for any part of a name (a possessive "'s" outside), TITLE apart from
the name; ADDRESS for number + street (+ unit), PO boxes and building
names; LOCATION for city, district, county, region, country; ZIP_CODE for
postcodes; DATE_TIME for a person's dates with a day or month (a weekday or
clock time written with the date is inside the span; bare years, times
alone and dates not tied to a person are not labeled); AGE the number only;
URL only personal pages and profiles; NRP nationality, religion, political
group (and ethnicity); USERNAME without "@"; ID_NUMBER for national and tax
ids, non-US passports and licences, plates, bank account numbers, patient,
member, customer, student and staff numbers. Not labeled: order, ticket,
invoice, booking, policy and tracking references, SKUs, amounts, clock
times alone, company names, job titles, genders, passwords, CVVs and
expiries, partial card numbers, company phone numbers and role mailboxes.
Calls made while writing: a log line's timestamp is DATE_TIME when the line
records a named user's own action (login, change, payment), like a "last
login" field; a nationality code in a travel document field ("NAT: IND")
is NRP; "Co. Kildare"-style county names are LOCATION with the "Co.".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind34.jsonl")

BENCH = [
    # 001
    "Dear [[PERSON:Ms. Harriet Okonkwo-Blake]], your loan application has been approved. Funds will be sent to IBAN [[IBAN_CODE:GB86NWBK21971935790096]] on [[DATE_TIME:14/08/2024]]. Questions? Call [[PHONE_NUMBER:+44 7700 914 552]] or write to [[EMAIL_ADDRESS:h.okonkwoblake@fastmail.co.uk]].",
    # 002
    "[[DATE_TIME:2024-03-11T08:14:52Z]] INFO auth-service login success user=[[USERNAME:dmitri_volkov88]] ip=[[IP_ADDRESS:203.0.113.47]] session=9f3a1c7e-22b1-4d8e-a0f1-5c6b7d8e9f00 ua=\"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"",
    # 003
    "Patient Name: [[PERSON:Lakshmi Raghunathan]]\nDOB: [[DATE_TIME:1967-11-02]]\nMRN: [[ID_NUMBER:MRN-00482271]]\nAddress: [[ADDRESS:4418 Willow Creek Dr]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]]\nAttending: [[PERSON:Dr. Samuel Achterberg]]\nVisit: [[DATE_TIME:2024-02-19 09:40]]\nChief complaint: intermittent chest tightness for 3 days.",
    # 004
    "In response to the audit, [[PERSON:Kwabena Asante-Mensah]] of the [[LOCATION:Kumasi]] branch must submit the statement for credit card [[CREDIT_CARD:4983 0669 7215 1751]] along with proof of address at [[ADDRESS:22 Nkrumah Avenue]] before [[DATE_TIME:30th September]].",
    # 005
    "Subject: Password reset\n\nHi [[PERSON:Tomasz]],\nWe received a request to reset the password for the account [[USERNAME:tkowalczyk_dev]] from IP [[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]]. If this wasn't you, contact security@northpeak.io.\n-- NorthPeak Security",
    # 006
    "Claim intake: policyholder [[PERSON:Rosalind Achebe]] (DOB [[DATE_TIME:04/22/1981]], SSN [[US_SSN:412-67-9038]]) reported a rear-end collision on [[DATE_TIME:March 3, 2024]] near [[ADDRESS:1900 Peachtree St NE]], [[LOCATION:Atlanta]], [[LOCATION:GA]]. Her Georgia driver's license is [[US_DRIVER_LICENSE:058214733]]; vehicle plate [[ID_NUMBER:CNR 4471]]. Policy AUT-7731-0092.",
    # 007
    "Employee [[PERSON:Marisol Quintero]], [[AGE:34]], joined the [[LOCATION:Austin]] office on [[DATE_TIME:June 5th, 2023]]. Staff ID [[ID_NUMBER:E-204417]]. Payroll card [[CREDIT_CARD:5114 1963 7800 2404]]. Emergency contact: [[PERSON:Rafael Quintero]], [[PHONE_NUMBER:(512) 555-0148]].",
    # 008
    "Kindly update the billing details for [[PERSON:Mr. Adebayo Ogunleye]]: new card [[CREDIT_CARD:4162-6376-1957-8045]], exp 09/27, CVV 318. Billing address [[ADDRESS:Plot 14, Admiralty Way]], [[LOCATION:Lekki]], [[LOCATION:Lagos]]. BVN [[ID_NUMBER:22184573902]].",
    # 009
    "[[PERSON:Ngaire Te Awa]] ([[USERNAME:ngaire.tw]]) uploaded a new profile photo to [[URL:https://www.flickr.com/people/ngairetewa/]] on [[DATE_TIME:12 Jan 2024]]. Location tagged: [[LOCATION:Rotorua]], [[LOCATION:New Zealand]].",
    # 010
    "First name: [[PERSON:Siobhán]]\nLast name: [[PERSON:Ní Bhriain]]\nPPSN: [[ID_NUMBER:7341295KA]]\nAddress line 1: [[ADDRESS:Apartment 3, 17 Leinster Road]]\nTown: [[LOCATION:Rathmines]]\nCounty: [[LOCATION:Dublin]]\nEircode: [[ZIP_CODE:D06 F5X8]]\nIBAN: [[IBAN_CODE:IE88 AIBK 8986 4065 2023 60]]\nMobile: [[PHONE_NUMBER:087 641 2290]]",
    # 011
    "[[DATE_TIME:Mar 14 22:03:17]] web-02 sshd[4412]: Accepted publickey for [[USERNAME:priya.nair]] from [[IP_ADDRESS:10.24.8.119]] port 51122 ssh2: ED25519 SHA256:Qm9vZ2xlR2VtaW5pUm9ja3M",
    # 012
    "Ticket #INC-448812 | Reporter: [[PERSON:Chen Wei-Lin]] <[[EMAIL_ADDRESS:weilin.chen@tanjongpartners.com.my]]> | Phone: [[PHONE_NUMBER:+60 12-338 7741]] | Issue: VPN drops every 10 minutes since the 5.2.1 update on the laptop assigned to staff no. [[ID_NUMBER:TP-08812]].",
    # 013
    "The bioinformatics seminar led by [[PERSON:Prof. Imogen Castellanos]] will review genomic samples submitted by [[PERSON:Jarrah Whitfield]], [[AGE:29]], from [[LOCATION:Fremantle]]. Please send consent forms to [[EMAIL_ADDRESS:jwhitfield@uwa-mail.net]] by [[DATE_TIME:11/04/2024]].",
    # 014
    "Bonjour [[TITLE:Mme]] [[PERSON:Élodie Fournier]], votre remboursement de 84,20 € sera versé sur le compte [[IBAN_CODE:FR84 8796 6838 2667 7642 1361 071]] le [[DATE_TIME:17 avril 2024]]. Numéro de sécurité sociale enregistré : [[ID_NUMBER:2 84 07 75 112 348 21]]. Adresse : [[ADDRESS:12 rue des Lilas]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]].",
    # 015
    "Account holder [[PERSON:Dwayne McKenzie-Grant]] of [[ADDRESS:7 Hope Road]], [[LOCATION:Kingston]], [[LOCATION:Jamaica]], requested a wire of USD 2,400 to his sister [[PERSON:Tamika]] on [[DATE_TIME:2024-05-09]]. TRN [[ID_NUMBER:112-483-906]]. Contact [[PHONE_NUMBER:876-555-0192]].",
    # 016
    "HR note: [[PERSON:Faisal Qureshi]] (CNIC [[ID_NUMBER:35202-4418930-5]]) transferred from the [[LOCATION:Lahore]] site to [[LOCATION:Karachi]] effective [[DATE_TIME:1 July 2024]]. New residence: [[ADDRESS:House 58, Street 9, Block 4]], [[LOCATION:Clifton]], [[LOCATION:Karachi]] [[ZIP_CODE:75600]]. Mobile [[PHONE_NUMBER:0321-4478120]].",
    # 017
    "Order confirmation for [[PERSON:Aroha Ngata]]: order #WS-10048832, 2 x hiking boots (SKU HB-4410-BRN). Ship to [[ADDRESS:88 Cuba Street]], [[LOCATION:Te Aro]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]]. Paid with card ending 4471.",
    # 018
    "User [[USERNAME:jlaurent_92]] changed the recovery email from [[EMAIL_ADDRESS:julien.laurent92@orange.fr]] to [[EMAIL_ADDRESS:j.laurent@proton.me]] at 14:22 from device IP [[IP_ADDRESS:82.64.119.203]].",
    # 019
    "Discharge summary: [[PERSON:Mrs. Beatrice Osei]], a [[AGE:71]]-year-old woman, NHS number [[ID_NUMBER:485 777 3457]], was admitted on [[DATE_TIME:02/03/2024]] with community-acquired pneumonia and discharged on [[DATE_TIME:09/03/2024]] to her home at [[ADDRESS:Flat 2, 41 Coldharbour Lane]], [[LOCATION:London]] [[ZIP_CODE:SE5 9NR]]. GP: [[PERSON:Dr. Alun Pritchard]].",
    # 020
    "Please remit invoice INV-2024-0311 (R 14 250,00) to [[PERSON:Thabo Mokoena]], ID number [[ID_NUMBER:8604125382086]], [[ADDRESS:14 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2196]]. Cell: [[PHONE_NUMBER:082 447 1930]].",
    # 021
    "Booking for [[PERSON:Mr. Hiroshi Tanaka-Lee]] and [[PERSON:Mrs. Grace Tanaka-Lee]], check-in [[DATE_TIME:Friday, 22 November 2024]], check-out [[DATE_TIME:25 November 2024]], room 814. Passport (Canada) [[ID_NUMBER:HK482913]]. Loyalty member no. [[ID_NUMBER:BNV 7731 2290]].",
    # 022
    "{\"ts\":\"[[DATE_TIME:2024-06-01T12:44:09.331Z]]\",\"level\":\"warn\",\"event\":\"payment_declined\",\"customer_email\":\"[[EMAIL_ADDRESS:ayesha.siddiqui@gmail.com]]\",\"card_last4\":\"0154\",\"ip\":\"[[IP_ADDRESS:39.45.201.8]]\",\"amount\":\"PKR 12,999\"}",
    # 023
    "KYC form. Name: [[PERSON:Rahul Vinayak Deshpande]]; Father's name: [[PERSON:Vinayak Deshpande]]; PAN: [[ID_NUMBER:BQRPD4471K]]; Aadhaar: [[ID_NUMBER:4829 1173 6604]]; DOB: [[DATE_TIME:17-08-1990]]; Address: [[ADDRESS:Flat 302, Sai Krupa Apartments, 11th Cross]], [[LOCATION:Malleshwaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]]; Mobile: [[PHONE_NUMBER:+91 98450 22817]].",
    # 024
    "This Lease Agreement is entered into on the [[DATE_TIME:3rd day of January, 2024]] between [[PERSON:Gerald P. Whitmore]] (\"Landlord\") and [[PERSON:Esperanza Villalobos]] (\"Tenant\") for the premises at [[ADDRESS:615 Larkin Street, Unit 4B]], [[LOCATION:San Francisco]], [[LOCATION:California]] [[ZIP_CODE:94109]]. Monthly rent is $3,150.",
    # 025
    "Hey team, [[PERSON:Olumide]] here. My new work phone is [[PHONE_NUMBER:+234 803 441 7720]] and I've moved to [[ADDRESS:12B Awolowo Road]], [[LOCATION:Ikoyi]]. Birthday drinks on [[DATE_TIME:Aug 14]]!",
    # 026
    "customer_id: [[ID_NUMBER:C-0098812]]\nfull_name: [[PERSON:Maeve Gallagher]]\nemail: [[EMAIL_ADDRESS:maeve.gallagher@eircom.net]]\nphone: [[PHONE_NUMBER:+353 91 490 2217]]\nstreet_address: [[ADDRESS:9 Seafield Crescent]]\ncity: [[LOCATION:Galway]]\npostcode: [[ZIP_CODE:H91 K2R4]]\nsignup_date: [[DATE_TIME:2022-10-30]]\ntier: gold",
    # 027
    "[[PERSON:Jasper van der Linde]] ([[AGE:45]]) uit [[LOCATION:Utrecht]] heeft op [[DATE_TIME:3 mei 2024]] een nieuwe zorgpolis afgesloten. BSN: [[ID_NUMBER:274501363]], rekening [[IBAN_CODE:NL17 RABO 5383 2059 36]], adres [[ADDRESS:Oudegracht 212-bis]], [[ZIP_CODE:3511 NR]] [[LOCATION:Utrecht]].",
    # 028
    "ALERT: New sign-in to your account [[EMAIL_ADDRESS:kiplagat.e@outlook.com]] from [[LOCATION:Nairobi]], [[LOCATION:Kenya]] ([[IP_ADDRESS:105.161.44.20]]) on [[DATE_TIME:Tue, 7 May 2024 06:12 EAT]]. Not you? Secure your account now.",
    # 029
    "PAX 3: [[PERSON:ALVAREZ]]/[[PERSON:MARIA JOSE]] [[TITLE:MRS]] | DOB [[DATE_TIME:12MAR78]] | PPT [[US_PASSPORT:583920174]] | NAT [[NRP:USA]] | SEAT 14C | PNR QX7T2L",
    # 030
    "Hi, I'm [[PERSON:Bongani]] and I was charged twice on my card [[CREDIT_CARD:5290 2280 9877 0154]] on [[DATE_TIME:2 April]] for the same order (ORD-55120). My account email is [[EMAIL_ADDRESS:bongani.dlamini@webmail.co.za]].",
    # 031
    "Student [[PERSON:Aisling Moriarty]], student number [[ID_NUMBER:120231147]], enrolled in BSc Nursing at the [[LOCATION:Cork]] campus on [[DATE_TIME:11 September 2023]]. Her guardian, [[PERSON:Declan Moriarty]], can be reached at [[PHONE_NUMBER:021 455 8830]].",
    # 032
    "Reminder: [[PERSON:Dr. Nomvula Khumalo]]'s clinic on [[DATE_TIME:Thursday 16 May at 10:15]] has moved to [[ADDRESS:Suite 5, 210 Florida Road]], [[LOCATION:Morningside]], [[LOCATION:Durban]].",
    # 033
    "Sehr geehrter [[TITLE:Herr]] [[PERSON:Köhler]], Ihre Bestellung 4471-DE wurde an [[ADDRESS:Schillerstraße 27]], [[ZIP_CODE:10625]] [[LOCATION:Berlin]] versandt. Die Lastschrift erfolgt von [[IBAN_CODE:DE88 5555 2903 4672 7080 25]]. Geburtsdatum laut Kundenkonto: [[DATE_TIME:03.09.1975]].",
    # 034
    "Intake | Name: [[PERSON:Ravi Chandrasekaran]] | Age: [[AGE:52]] | Blood group: O+ | Religion: [[NRP:Hindu]] | Insurance member ID: [[ID_NUMBER:STAR-88214-07]] | Phone: [[PHONE_NUMBER:044 2811 4093]] | City: [[LOCATION:Chennai]]",
    # 035
    "As part of the payroll migration, [[PERSON:Mateo Ferreira]], a [[AGE:38]]-year-old nurse from [[LOCATION:Brampton]], [[LOCATION:Ontario]], confirmed his SIN [[ID_NUMBER:632 880 407]]. Home: [[ADDRESS:77 Queen Street West, Apt 1204]], [[ZIP_CODE:L6Y 1M3]].",
    # 036
    "From: [[PERSON:Priscilla Appiah]] <[[EMAIL_ADDRESS:p.appiah@st.ug.edu.gh]]>\nTo: registrar@ug.edu.gh\nDate: [[DATE_TIME:Mon, 8 Apr 2024 11:02]]\nSubject: Transcript request\n\nPlease send my transcript to [[ADDRESS:P.O. Box LG 1182]], [[LOCATION:Legon]], [[LOCATION:Accra]]. Index number [[ID_NUMBER:10884532]]. Thank you.",
    # 037
    "SECURITY [[DATE_TIME:2024-04-02 03:11:45]] | tenant=acme-prod | username=[[USERNAME:m.castillo]] | action=EXPORT_CONTACTS | src=[[IP_ADDRESS:172.16.40.22]] | rows=1,204",
    # 038
    "Estimado [[TITLE:Sr.]] [[PERSON:Joaquín Beltrán Ortega]]: le confirmamos la domiciliación de su recibo en la cuenta [[IBAN_CODE:ES31 8239 0800 5852 6217 2849]]. DNI: [[ID_NUMBER:48392017V]]. Domicilio: [[ADDRESS:Calle de Alcalá 144, 3º B]], [[ZIP_CODE:28009]] [[LOCATION:Madrid]]. Teléfono: [[PHONE_NUMBER:+34 612 48 90 33]].",
    # 039
    "Volunteer sign-up: [[PERSON:Keanu Makoa]], [[AGE:19]], [[EMAIL_ADDRESS:keanu.makoa19@gmail.com]], available weekends, t-shirt size L, allergies: none.",
    # 040
    "The claimant, [[PERSON:Ifeoma Nwachukwu]], born [[DATE_TIME:21 February 1988]], alleges that on [[DATE_TIME:14 October 2023]] her former employer disclosed her medical records to a third party. Her counsel, [[PERSON:Chidi Okafor]] of Okafor & Partners, may be reached at [[EMAIL_ADDRESS:c.okafor@okaforpartners.ng]].",
    # 041
    "Shipping label\nTO: [[PERSON:Lorenzo Bianchi]]\n[[ADDRESS:Via Garibaldi 18, int. 5]]\n[[ZIP_CODE:10122]] [[LOCATION:Torino]] [[LOCATION:TO]]\n[[LOCATION:ITALIA]]\nTel. [[PHONE_NUMBER:+39 011 562 3381]]\nTracking: 1Z999AA10123456784",
    # 042
    "Can you verify this? My SSN is [[US_SSN:529 41 8830]] and my DOB is [[DATE_TIME:7/4/1979]]. The last agent said my file was locked. [[PERSON:Tyrone]]",
    # 043
    "Statement for [[PERSON:Wanjiru Kamau]], account [[ID_NUMBER:0110228447190]], [[LOCATION:Kisumu]] branch. KRA PIN [[ID_NUMBER:A004418293K]]. Period: 01/03/2024 to 31/03/2024. Closing balance KES 48,210.55.",
    # 044
    "[[PERSON:Amelia Hart]] posted: 'Finally moved into our place at [[ADDRESS:23 Karrawirra Parade]], [[LOCATION:Adelaide]]! Housewarming on the [[DATE_TIME:18th of May]]!' Follow her at [[URL:https://instagram.com/amelia.hart.sa]].",
    # 045
    "Your vehicle with registration [[ID_NUMBER:KDA 447Q]] was recorded exceeding the speed limit on [[DATE_TIME:2024-01-29 17:48]] on the highway near [[LOCATION:Ruiru]]. Registered owner: [[PERSON:Otieno Barasa]], ID [[ID_NUMBER:28491037]]. Pay via paybill 222111.",
    # 046
    "Password reset code 448193 sent to [[PHONE_NUMBER:+63 917 558 2041]] for account [[USERNAME:jhun.delarosa]] ([[PERSON:Jhun Dela Rosa]]).",
    # 047
    "Re: Tenancy deposit. Dear [[PERSON:Mr. Callum Fraser]], the deposit of £1,200 for [[ADDRESS:Flat 1/2, 84 Byres Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 8TB]] will be returned to [[IBAN_CODE:GB97 BARC 1779 1000 3870 35]] within 10 working days of your move-out on [[DATE_TIME:31 May 2024]]. Kind regards, [[PERSON:Morag Sinclair]], Letting Agent.",
    # 048
    "Employee #: [[ID_NUMBER:50021987]]\nName: [[PERSON:Nguyen Thi Lan]]\nSSN: [[US_SSN:611-28-4470]]\nW-4 filing status: Single\nHire date: [[DATE_TIME:01/08/2024]]\nHome: [[ADDRESS:3310 Bellaire Blvd Apt 5]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77036]]",
    # 049
    "We detected a login to [[USERNAME:zainab_yusuf]] from a new device (Android 14, [[IP_ADDRESS:41.190.3.128]]) in [[LOCATION:Abuja]]. If this was you, you can ignore this message.",
    # 050
    "Mortgage application summary: applicants [[PERSON:Liam O'Sullivan]] ([[AGE:33]]) and [[PERSON:Priya O'Sullivan]] ([[AGE:31]]), property at [[ADDRESS:5 Kingfisher Close]], [[LOCATION:Naas]], [[LOCATION:Co. Kildare]] [[ZIP_CODE:W91 X2E7]]; combined income EUR 118,000; requested amount EUR 340,000.",
    # 051
    "[[PERSON:Sipho Ndlovu]] | [[EMAIL_ADDRESS:sipho.ndlovu@mweb.co.za]] | [[PHONE_NUMBER:+27 21 447 8802]] | [[LOCATION:Cape Town]] | Lead source: webinar | Score: 72",
    # 052
    "Pt [[PERSON:Harold Brennan]], [[AGE:68]] y/o M, seen [[DATE_TIME:04/11/24]] for f/u of HTN. Medicare MBI [[ID_NUMBER:1EG4-TE5-MK73]]. Lives alone at [[ADDRESS:220 Elm St]], [[LOCATION:Burlington]], [[LOCATION:VT]]. Daughter [[PERSON:Karen]] ([[PHONE_NUMBER:802-555-0177]]) assists with meds.",
    # 053
    "Driver: [[PERSON:Samantha Reyes]] | DL# [[US_DRIVER_LICENSE:D4417823]] (CA) | DOB [[DATE_TIME:1992-12-08]] | Plate [[ID_NUMBER:8KXR214]] | Incident: minor collision in parking structure, no injuries.",
    # 054
    "Applicant [[PERSON:Marcus Delaney]] presented U.S. passport [[US_PASSPORT:C03418872]], issued [[DATE_TIME:June 12, 2019]], and Florida driver license [[US_DRIVER_LICENSE:D452-318-77-912-0]] as secondary ID.",
    # 055
    "Guest Wi-Fi: [[DATE_TIME:05-Jun-2024 19:41]] room 412 ([[PERSON:A. Krishnan]]) MAC 3C:22:FB:91:0A:44 leased [[IP_ADDRESS:192.168.10.57]] for 24h.",
    # 056
    "Good afternoon [[PERSON:Agnieszka]], the vaccination record for your son [[PERSON:Filip]] ([[AGE:6]]) shows his next booster is due on [[DATE_TIME:15/09/2024]]. Please bring his PESEL [[ID_NUMBER:18221504417]] to the clinic at [[ADDRESS:ul. Marszałkowska 84]], [[LOCATION:Warszawa]].",
    # 057
    "Payment failed for subscription #SUB-20931. The Amex [[CREDIT_CARD:3496 285754 85972]] on file for [[PERSON:Evelyn Marsh-Cooper]] was declined. Update it in the billing portal or call 1-800-555-0100.",
    # 058
    "Nome: [[PERSON:Inês Carvalho Moura]]\nNIF: [[ID_NUMBER:248 117 392]]\nData de nascimento: [[DATE_TIME:29/06/1986]]\nMorada: [[ADDRESS:Rua de Santa Catarina 331, 2.º Esq.]]\nCódigo postal: [[ZIP_CODE:4000-447]] [[LOCATION:Porto]]\nIBAN: [[IBAN_CODE:PT02 2808 8441 9347 1781 3742 5]]",
    # 059
    "Subject: Re: Lost badge\n[[PERSON:Hamza]], security has deactivated your old badge and issued a temporary one. Your staff number [[ID_NUMBER:KHI-22871]] stays the same.\n[[PERSON:Sana Mirza]], Facilities",
    # 060
    "@[[USERNAME:kemi_writes]] congrats on the book launch!! Also saw [[PERSON:Tolu]] and [[PERSON:Kunle]] there. DM me your address so I can send a gift.",
    # 061
    "Lab results for [[PERSON:Ms. Fatima Al-Hassan]], DOB [[DATE_TIME:08 Jan 1995]], specimen collected [[DATE_TIME:03 Jun 2024 07:55]]: HbA1c 5.4%, TSH 2.1 mIU/L. Ordering physician [[PERSON:Dr. Kenji Morimoto]]. Patient ID [[ID_NUMBER:P-7719302]].",
    # 062
    "New contact added: [[PERSON:Beatriz Monteiro]], [[PHONE_NUMBER:(416) 555-0173]], [[EMAIL_ADDRESS:bmonteiro@rogers.com]], birthday [[DATE_TIME:Oct 3]]. Notes: prefers texts after 6pm.",
    # 063
    "Dear Customer, your number [[PHONE_NUMBER:0541 228 937]] has been registered to [[PERSON:Kojo Mensah Boateng]] with Ghana Card [[ID_NUMBER:GHA-714882931-6]]. Registration date: [[DATE_TIME:19/02/2024]].",
    # 064
    "Participant 014 ([[PERSON:Hemi Walker]], [[AGE:27]], [[NRP:Māori]]) completed the baseline survey on [[DATE_TIME:2 March 2024]] in [[LOCATION:Hamilton]].",
    # 065
    "Hi [[PERSON:Lerato]], ZAR 3,499.00 was spent at an online store with your card [[CREDIT_CARD:4853 2212 5065 5299]] on [[DATE_TIME:22/06/2024 at 21:14]]. Not you? Reply NO.",
    # 066
    "Subject: Onboarding docs\nHi [[PERSON:Declan]], please countersign the contract for [[PERSON:Mr. Arjun Malhotra]] (start date [[DATE_TIME:Monday 2 September]]). His tax file number is [[ID_NUMBER:459 812 337]] and super goes to member no. [[ID_NUMBER:AS-3318820]]. Address: [[ADDRESS:12/47 Macquarie Street]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]].",
    # 067
    "[[DATE_TIME:2024-07-19 10:02:44]] UTC [audit] user [[EMAIL_ADDRESS:r.okafor@hallmarkhealth.org]] viewed chart of patient [[ID_NUMBER:HH-0048813]] ([[PERSON:Grace Ibekwe]]) from [[IP_ADDRESS:10.0.12.88]]",
    # 068
    "Full name: [[PERSON:Yusuf Ahmed Bello]]\nGender: Male\nDate of birth: [[DATE_TIME:14th June 1983]]\nNIN: [[ID_NUMBER:40219873315]]\nState of origin: [[LOCATION:Kano]]\nResidential address: [[ADDRESS:No. 7 Zaria Road]], [[LOCATION:Kano]]\nOccupation: Civil engineer",
    # 069
    "The account [[USERNAME:SilverFox_1971]] ([[EMAIL_ADDRESS:bernard.lavoie@videotron.ca]]) was suspended on [[DATE_TIME:April 8]] for repeated chargebacks on card [[CREDIT_CARD:4997 8959 1374 2995]].",
    # 070
    "Caro [[PERSON:Giuseppe Romano]], le confermiamo l'accredito dello stipendio sul conto [[IBAN_CODE:IT07 X596 4367 6117 0074 7546 746]] a partire dal [[DATE_TIME:27 giugno]]. Codice fiscale: [[ID_NUMBER:RMNGPP82C14F205Z]].",
    # 071
    "Incident report: on [[DATE_TIME:9/14/2023]] at approximately 22:30, [[TITLE:Officer]] [[PERSON:D. Ramirez]] stopped a vehicle driven by [[PERSON:Kyle Anderson]] ([[AGE:24]]), NY license [[US_DRIVER_LICENSE:463 118 902]], outside [[ADDRESS:410 Main St]] in [[LOCATION:Poughkeepsie]].",
    # 072
    "Candidate: [[PERSON:Mei Ling Tan]] | [[EMAIL_ADDRESS:meiling.tan@gmail.com]] | [[PHONE_NUMBER:+60 16-228 4190]] | LinkedIn: [[URL:linkedin.com/in/meilingtan-data]] | Location: [[LOCATION:Petaling Jaya]], [[LOCATION:Selangor]] | Notice period: 1 month",
    # 073
    "Refund issued to [[PERSON:Chloé Dubois]] for booking BK-22817: 312,00 EUR returned to Mastercard [[CREDIT_CARD:5453 1020 5703 5904]]. Guest address: [[ADDRESS:4 avenue Jean Jaurès]], [[ZIP_CODE:33000]] [[LOCATION:Bordeaux]], [[LOCATION:France]].",
    # 074
    "Prescription: [[PERSON:Kofi Owusu]], DOB [[DATE_TIME:3/3/1958]], amlodipine 5 mg once daily, 30 tablets. Prescriber [[PERSON:Dr. Helen Park]], DEA BP4417823. Pharmacy phone on file: [[PHONE_NUMBER:(718) 555-0134]].",
    # 075
    "Welcome aboard, [[PERSON:Tavita]]! Your login is [[USERNAME:tfaleolo]] and your temporary password is Spring#2024. Your manager, [[PERSON:Rhys Morgan]], will meet you at reception on [[DATE_TIME:15 July]] at 9am.",
    # 076
    "Wire transfer request. Beneficiary: [[PERSON:Anneke de Vries]], IBAN [[IBAN_CODE:NL65INGB4668881420]], BIC INGBNL2A. Amount: EUR 6,750.00. Reference: Invoice 2024-118. Requested by [[PERSON:Pieter Smit]] on [[DATE_TIME:12-03-2024]].",
    # 077
    "Name: [[PERSON:Olivia Brooks]]; Age: [[AGE:41]]; SSN: [[US_SSN:287-54-1196]]; Address: [[ADDRESS:1408 N Kenmore Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60640]]; Phone: [[PHONE_NUMBER:773.555.0119]]; Employer: Lakeshore Logistics.",
    # 078
    "Re: your enquiry. [[PERSON:Ms. Nadia Rahman]], we have updated the contact number on your council tax account to [[PHONE_NUMBER:07911 203 448]] and the address to [[ADDRESS:27 Stanley Road]], [[LOCATION:Bradford]] [[ZIP_CODE:BD2 3HG]]. Your National Insurance number [[ID_NUMBER:JK 41 22 87 C]] is unchanged.",
    # 079
    "firewall: DENY tcp [[IP_ADDRESS:198.51.100.23]]:443 -> [[IP_ADDRESS:10.1.4.7]]:52211 rule=geo-block hits=3",
    # 080
    "[[PERSON:Esther Wambui]] has invited you to the shared album 'Naivasha trip'. Reply to [[EMAIL_ADDRESS:esther.wambui@yahoo.com]] to say thanks.",
    # 081
    "Policyholder: [[PERSON:Donovan Clarke]]\nDate of birth: [[DATE_TIME:Nov 19, 1976]]\nPolicy no.: LIFE-229018\nBeneficiary: [[PERSON:Shanice Clarke]] (daughter, [[AGE:17]])\nMailing address: [[ADDRESS:PO Box 3317]], [[LOCATION:Montego Bay]], [[LOCATION:St. James]]\nPhone: [[PHONE_NUMBER:+1 876 555 0161]]",
    # 082
    "[[PERSON:Jerome]] from the [[LOCATION:Quezon City]] branch sent the PhilHealth number of [[PERSON:Ma. Cristina Villanueva]] as [[ID_NUMBER:19-050882211-4]] and her SSS as [[ID_NUMBER:34-2288190-7]].",
    # 083
    "Account recovery note: the recovery address on file is [[EMAIL_ADDRESS:amara.eze@gmail.com]] and the phone is [[PHONE_NUMBER:+234 909 118 2044]]; last login [[DATE_TIME:2024-05-30 22:17]] from [[IP_ADDRESS:102.89.33.12]].",
    # 084
    "Herr [[PERSON:Maximilian Brandt]], geboren am [[DATE_TIME:11. Februar 1979]] in [[LOCATION:München]], wohnhaft [[ADDRESS:Leopoldstraße 112]], [[ZIP_CODE:80802]] [[LOCATION:München]], Personalausweis-Nr. [[ID_NUMBER:L01X00T47]], Steuer-ID [[ID_NUMBER:47 036 892 816]].",
    # 085
    "Support ticket #88120\nCustomer: [[PERSON:Rukhsana Begum]]\nEmail: [[EMAIL_ADDRESS:rukhsana.begum@btinternet.com]]\nProblem: Broadband down since [[DATE_TIME:Sunday 14 April]]; router serial SN4471-ZX-0092 replaced once.\nCallback: [[PHONE_NUMBER:0121 496 0733]] after 5pm",
    # 086
    "Attendee: [[PERSON:Dr. Oluwaseun Adeyemi]], [[AGE:46]], [[NRP:Nigerian]] citizen, passport [[ID_NUMBER:A07728193]], arriving [[LOCATION:Heathrow]] [[DATE_TIME:10 June 2024]], hotel voucher HV-1182.",
    # 087
    "The customer, [[PERSON:Siddharth Iyer]], requested the closure of card [[CREDIT_CARD:4020 3654 5843 6453]] and the refund of the balance to account [[ID_NUMBER:50100227419983]] (IFSC HDFC0001234). Request received [[DATE_TIME:04-04-2024]].",
    # 088
    "Membership renewal: [[PERSON:Harriet Lindqvist]], member #[[ID_NUMBER:70044812]], renewed the family plan for herself and [[PERSON:Oskar]] ([[AGE:9]]) on [[DATE_TIME:1 Feb 2024]]. Paid by Visa [[CREDIT_CARD:4998517441494514]].",
    # 089
    "[[DATE_TIME:2024-02-11 16:20:03]] WARN checkout: 3DS challenge failed for [[EMAIL_ADDRESS:jamal.harris@icloud.com]] card=[[CREDIT_CARD:6011 9951 9413 1988]] ip=[[IP_ADDRESS:73.162.88.201]] attempt=2",
    # 090
    "Tenant screening for [[PERSON:Roisin Byrne]]: current address [[ADDRESS:Unit 6, 33 Abbey Street]], [[LOCATION:Armagh]] [[ZIP_CODE:BT61 7DY]]; previous landlord [[PERSON:Mr. Eamon Hughes]], [[PHONE_NUMBER:028 3752 1190]]; move-in requested [[DATE_TIME:1st August]].",
    # 091
    "Form 7B (change of name). Former name: [[PERSON:Chiamaka Grace Obi]]. New name: [[PERSON:Chiamaka Grace Eze]]. Reason: marriage on [[DATE_TIME:16/12/2023]] at [[LOCATION:Enugu]]. Sworn before the Commissioner for Oaths, High Court, [[LOCATION:Enugu State]]. Deponent phone: [[PHONE_NUMBER:0806 334 9921]].",
    # 092
    "PATIENT: [[PERSON:WILLIAMS]], [[PERSON:Desmond R.]] DOB: [[DATE_TIME:1949-05-30]] MRN [[ID_NUMBER:0049218837]] ADMIT: [[DATE_TIME:2024-03-21]] ROOM: 5W-12 ATTENDING: [[PERSON:PATEL]], [[PERSON:Anjali]] DX: CHF exacerbation",
    # 093
    "Please reset the MFA for [[USERNAME:nkhan]] ([[PERSON:Nadeem Khan]], ext. 4417). He lost his phone ([[PHONE_NUMBER:+92 300 5582 114]]) on the flight from [[LOCATION:Islamabad]] on [[DATE_TIME:Saturday 20 April]].",
    # 094
    "Claim CLM-0093381: [[PERSON:Annalise Fitzgerald]] ([[AGE:58]]) of [[ADDRESS:19 Rosebank Terrace]], [[LOCATION:Christchurch]] [[ZIP_CODE:8011]] reports water damage discovered on [[DATE_TIME:3 April 2024]]. IRD number [[ID_NUMBER:049-091-850]]. Preferred contact [[EMAIL_ADDRESS:annalise.fitz@xtra.co.nz]].",
    # 095
    "Transfer to [[PERSON:Dimakatso Molefe]]: SWIFT reference SW-2024-8832, beneficiary IBAN [[IBAN_CODE:GB23 LOYD 1631 4913 8993 81]], amount GBP 950.00, purpose: tuition for [[PERSON:Karabo]], student ID [[ID_NUMBER:S2290418]].",
    # 096
    "Hi [[PERSON:Mrs. Lopez]], just confirming [[PERSON:Isabella]]'s tutoring is [[DATE_TIME:Wed 12 June, 4:30pm]] at [[ADDRESS:2207 Magnolia Ave]]. My cell is [[PHONE_NUMBER:951-555-0186]] if anything changes. [[PERSON:Ms. K]]",
    # 097
    "Registro: [[PERSON:Lucía Fernández Gil]], NIE [[ID_NUMBER:X4418203H]], nacida el [[DATE_TIME:5 de octubre de 1991]] en [[LOCATION:Valencia]]; correo [[EMAIL_ADDRESS:lucia.fgil@yahoo.es]]; móvil [[PHONE_NUMBER:655 201 884]].",
    # 098
    "{\"event\":\"profile_update\",\"user\":\"[[USERNAME:kai.nakamura]]\",\"fields\":{\"phone\":\"[[PHONE_NUMBER:+61 412 558 019]]\",\"website\":\"[[URL:https://kainakamura.dev]]\",\"city\":\"[[LOCATION:Brisbane]]\"},\"at\":\"[[DATE_TIME:2024-08-02T09:15:00+10:00]]\"}",
    # 099
    "Dear [[TITLE:Rev. Canon]] [[PERSON:Michael Adjei]], thank you for your donation of GHS 500 on [[DATE_TIME:25 December]]. Your donor number is [[ID_NUMBER:DN-55120]]; receipts go to [[EMAIL_ADDRESS:madjei@anglicanaccra.org]].",
    # 100
    "Visa application: [[PERSON:Zhang Xiaoming]], [[NRP:Malaysian]] national, passport [[ID_NUMBER:A41188203]], date of birth [[DATE_TIME:19 August 1987]], address [[ADDRESS:No. 21, Jalan SS 2/24]], [[ZIP_CODE:47300]] [[LOCATION:Petaling Jaya]], phone [[PHONE_NUMBER:+60 3-7877 2219]].",
]

GEN = [
    # 001
    "After her shift at the bakery on [[DATE_TIME:Saturday, March 9th]], [[PERSON:Rosa Delgado]] drove to her mother's house at [[ADDRESS:1127 Alvarado Street]] in [[LOCATION:Santa Fe]] to drop off the birthday cake.",
    # 002
    "[[PERSON:Dr. Anand Kulkarni]] reviewed the MRI for his patient, [[PERSON:Meenal Joshi]], [[AGE:47]], and asked the front desk to call her at [[PHONE_NUMBER:+91 20 2553 8817]] to book a follow-up for [[DATE_TIME:the 18th of April]].",
    # 003
    "When [[PERSON:Tom Gallagher]] opened his account with the credit union, he listed his home as [[ADDRESS:56 Kilmore Road]], [[LOCATION:Artane]], [[LOCATION:Dublin]] and gave [[EMAIL_ADDRESS:tomgallagher56@gmail.com]] as his contact email.",
    # 004
    "The vet clinic sent a reminder to [[PERSON:Wiremu Henare]] that his dog Bruno is due for vaccinations on [[DATE_TIME:14 June]]; reply to the text sent to [[PHONE_NUMBER:021 448 3092]] to confirm.",
    # 005
    "Our records show that [[PERSON:ayodele babatunde]] paid the school fees for his daughter [[PERSON:Temi]] using card [[CREDIT_CARD:4569 1533 2223 8116]], but the receipt was sent to the wrong address.",
    # 006
    "[[PERSON:Catherine Nkemelu]]'s application for a residence permit was received in [[LOCATION:Ottawa]] on [[DATE_TIME:January 22, 2024]]; her file lists her SIN as [[ID_NUMBER:238-625-511]] and her date of birth as [[DATE_TIME:1990-07-15]].",
    # 007
    "At [[AGE:82]], [[PERSON:Harold Fairweather]] still walks from his cottage at [[ADDRESS:3 Church Lane]], [[LOCATION:Little Snoring]], [[LOCATION:Norfolk]] to the village shop every morning.",
    # 008
    "If you have questions about your claim, [[PERSON:Ms. Adaeze Okoro]], please email your adjuster [[PERSON:Brian Tully]] at [[EMAIL_ADDRESS:brian.tully@meridianmutual.com]] and quote your member number [[ID_NUMBER:MM-4471-2290]].",
    # 009
    "The gym's system flagged that [[PERSON:Kayla Benjamin]] ([[USERNAME:kaylafitz]]) checked in at the [[LOCATION:Sandton]] branch at 05:42 even though her membership expired on [[DATE_TIME:31 March]].",
    # 010
    "[[PERSON:Arjun]] told his landlord, [[PERSON:Mr. Bhattacharya]], that the rent for [[ADDRESS:Flat 4C, Lake Gardens Residency]] in [[LOCATION:Kolkata]] would be transferred by [[DATE_TIME:5 May]], once his salary came in.",
    # 011
    "Elle s'appelle [[PERSON:Camille Rousseau]], elle a [[AGE:29]] ans et habite au [[ADDRESS:8 boulevard Gambetta]], [[ZIP_CODE:38000]] [[LOCATION:Grenoble]]; on peut la joindre au [[PHONE_NUMBER:06 72 18 44 90]].",
    # 012
    "The pharmacy left a voicemail for [[PERSON:Graham Whitby]] at [[PHONE_NUMBER:(03) 9482 7716]] saying his prescription was ready for pickup at the [[LOCATION:Richmond]] store.",
    # 013
    "[[PERSON:Shirin Farahani]], a [[AGE:36]]-year-old architect originally from [[LOCATION:Shiraz]], moved to [[LOCATION:Vancouver]] in [[DATE_TIME:September 2015]] and now lives at [[ADDRESS:2250 West 4th Avenue, Suite 310]].",
    # 014
    "The gaming platform banned the account [[USERNAME:xX_DarkNova_Xx]], registered to [[EMAIL_ADDRESS:nathan.ocampo@gmail.com]], after detecting logins from [[IP_ADDRESS:112.198.75.14]] and [[IP_ADDRESS:49.145.201.3]] within minutes of each other.",
    # 015
    "Congratulations to [[PERSON:Abena Oforiwaa]] of [[LOCATION:Cape Coast]], who turns [[AGE:100]] on [[DATE_TIME:July 1st]]! Her grandson [[PERSON:Kwesi]] says she still cooks every Sunday.",
    # 016
    "To finalise the transfer, [[TITLE:Herr]] [[PERSON:Stefan Vogel]] must sign the form and return it to our [[LOCATION:Zürich]] office with a copy of his ID; the funds will then arrive in [[IBAN_CODE:CH58 7410 1479 3968 5286 3]] within two days.",
    # 017
    "[[PERSON:Jun Park]] called the airline from [[PHONE_NUMBER:+1 604 555 0127]] to change his flight to [[DATE_TIME:Thursday, August 15]], and the agent updated the booking under his frequent flyer number [[ID_NUMBER:AC 884 117 203]].",
    # 018
    "The court heard that [[PERSON:Darren Mulholland]], [[AGE:39]], of [[ADDRESS:14 Shankill Parade]], [[LOCATION:Belfast]], had used a card belonging to [[PERSON:Eileen Quigley]] to buy goods worth more than £2,000 between [[DATE_TIME:3 February]] and [[DATE_TIME:11 February]].",
    # 019
    "Please make sure [[PERSON:Lindiwe]]'s allergy to penicillin is noted in her file, patient number [[ID_NUMBER:GH-220918]], before her surgery on [[DATE_TIME:Monday 27 May]].",
    # 020
    "My name is [[PERSON:Ricardo Almeida]] and I'm writing to dispute a charge of $189.99 on my Visa ending in 8812, made on [[DATE_TIME:June 3]]; you can reach me at [[EMAIL_ADDRESS:ralmeida.home@comcast.net]].",
    # 021
    "[[PERSON:Fiona MacLeod]] of [[LOCATION:Inverness]] became the first woman in her family to graduate from university on [[DATE_TIME:28 June 2023]], and her proud father [[PERSON:Angus]] posted the photos on [[URL:https://www.facebook.com/angus.macleod.5497]].",
    # 022
    "The delivery driver couldn't find [[ADDRESS:Lot 17, Jalan Ampang Hilir]], so he called [[TITLE:Encik]] [[PERSON:Azlan bin Yusof]] on [[PHONE_NUMBER:012-771 4832]] for directions.",
    # 023
    "As of [[DATE_TIME:April 30]], [[PERSON:Jessica Thornton]]'s 401(k) contributions will be deducted from her paycheck, and her SSN [[US_SSN:318-22-4095]] has been verified by HR.",
    # 024
    "[[PERSON:Kwame Nkansah]] and [[PERSON:Efua Nkansah]] are pleased to announce the marriage of their son [[PERSON:Yaw]] to [[PERSON:Nana Ama Darko]] on [[DATE_TIME:Saturday, 12 October 2024]] at [[LOCATION:Kumasi]].",
    # 025
    "Our tenant, [[PERSON:Ms. Leilani Kahale]], reported a leak at [[ADDRESS:445 Kapahulu Ave, Apt 9]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96815]] and asked that the plumber call her first on [[PHONE_NUMBER:808-555-0143]].",
    # 026
    "In the interview, [[PERSON:Rohan Mehta]], [[AGE:26]], said he was a practising [[NRP:Jain]] and asked whether the canteen offered meals without root vegetables.",
    # 027
    "[[PERSON:Lisa Schneider]] hat am [[DATE_TIME:14. März]] ihre neue Stelle in [[LOCATION:Hamburg]] angetreten; das Gehalt geht auf das Konto [[IBAN_CODE:DE45 1383 9898 3504 8566 37]].",
    # 028
    "The library card issued to [[PERSON:Ethan Clarke-Whyte]], card number [[ID_NUMBER:2 1183 00447 1982]], was reported lost on [[DATE_TIME:Feb 2]], so the replacement fee was waived.",
    # 029
    "For the school trip, [[PERSON:Mrs. Thandiwe Zulu]] needs the consent form for [[PERSON:Ayanda]], [[AGE:12]], signed and returned, along with an emergency number such as [[PHONE_NUMBER:073 118 4429]].",
    # 030
    "[[PERSON:Oliver Bennett]]'s tax return for last year shows his UTR as [[ID_NUMBER:84417 22903]] and his address as [[ADDRESS:62 Mill Road]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB1 2AD]].",
    # 031
    "Before the concert, [[PERSON:Maya Goldberg]] messaged her friend [[PERSON:Noa]] on Instagram ([[USERNAME:noa.levi.art]]) to say she'd meet her at the north gate.",
    # 032
    "Following his arrest on [[DATE_TIME:November 4]], [[PERSON:Jamal Whitaker]], [[AGE:31]], of [[LOCATION:Baltimore]], [[LOCATION:Maryland]], was released on bail pending a hearing on [[DATE_TIME:December 12]].",
    # 033
    "La señora [[PERSON:Pilar Navarro]] solicitó el cambio de titularidad del contrato de luz de su vivienda en [[ADDRESS:Avenida de la Constitución 23, 4.º A]], [[ZIP_CODE:41001]] [[LOCATION:Sevilla]], con DNI [[ID_NUMBER:71230958G]].",
    # 034
    "The scholarship committee was impressed by [[PERSON:Nimmi Perera]], a [[AGE:17]]-year-old from [[LOCATION:Mississauga]] whose essay described her family's move from [[LOCATION:Sri Lanka]].",
    # 035
    "[[PERSON:Daniel Kowalski]] has asked us to send all future correspondence to his new email, [[EMAIL_ADDRESS:dan.kowalski@fastmail.com]], instead of his old work address.",
    # 036
    "When the phone company upgraded [[PERSON:Mercy Achieng]]'s line, they accidentally ported [[PHONE_NUMBER:0722 418 903]] to another customer in [[LOCATION:Mombasa]].",
    # 037
    "Hi there, I'm [[PERSON:Brendan]], a [[AGE:44]]-year-old dad of three from [[LOCATION:Geelong]], and I'm selling my son's old bike. Text me on [[PHONE_NUMBER:0438 220 915]] if you're interested.",
    # 038
    "[[TITLE:Professor]] [[PERSON:Adwoa Boakye]], who chairs the ethics board in [[LOCATION:Legon]], asked that the consent form signed by [[PERSON:Esi Quaye]] on [[DATE_TIME:4 March]] be scanned and emailed to [[EMAIL_ADDRESS:aboakye@ug.edu.gh]].",
    # 039
    "The dentist's office confirmed [[PERSON:Greta Halvorsen]]'s cleaning for [[DATE_TIME:Tuesday, May 7 at 8:00 a.m.]] and reminded her to bring her insurance card, subscriber ID [[ID_NUMBER:DLT883920117]].",
    # 040
    "Il signor [[PERSON:Alessandro Ferri]], nato a [[LOCATION:Bologna]] il [[DATE_TIME:2 aprile 1969]], ha comunicato il nuovo indirizzo: [[ADDRESS:Via dell'Indipendenza 47]], [[ZIP_CODE:40121]] [[LOCATION:Bologna]].",
    # 041
    "The moving company will arrive at [[ADDRESS:904 Birchwood Court]] at 8am on [[DATE_TIME:June 28]] and deliver everything to the [[PERSON:Hendersons]]' new home in [[LOCATION:Boise]] two days later.",
    # 042
    "During the audit it emerged that [[PERSON:Rizwan Siddiqui]] had logged in from [[IP_ADDRESS:182.186.14.77]] using the shared account finance_ops, which violates company policy.",
    # 043
    "[[PERSON:Patience Adjoa Mensah]], a retired teacher of [[AGE:67]], receives her pension on the last working day of each month into her account [[ID_NUMBER:1441004822901]].",
    # 044
    "To verify your identity, [[PERSON:Mr. Chukwuemeka]], we need the last statement showing your card [[CREDIT_CARD:4074 7601 4169 6031]] and a utility bill addressed to [[ADDRESS:21 Ogui Road]], [[LOCATION:Enugu]].",
    # 045
    "[[PERSON:Sophie Turner-Banks]] is hosting a baby shower for her sister [[PERSON:Chloe]] on [[DATE_TIME:the 20th of July]] at [[ADDRESS:17 Rosewood Drive]], [[LOCATION:Bristol]] [[ZIP_CODE:BS9 4QT]]; RSVP to [[EMAIL_ADDRESS:sophietb@hotmail.co.uk]].",
    # 046
    "The election commission confirmed that [[PERSON:Kenneth Mwangi]], who is running as a [[NRP:UDA]] candidate, had submitted his nomination papers on [[DATE_TIME:9 March]].",
    # 047
    "[[PERSON:Manon Peeters]] uit [[LOCATION:Gent]] betaalde de huur van [[DATE_TIME:juni]] via haar rekening [[IBAN_CODE:BE41 7157 7964 2524]].",
    # 048
    "While on holiday in [[LOCATION:Lisbon]], [[PERSON:Hannah O'Connell]] lost her Irish passport, number [[ID_NUMBER:PX4418230]], and reported it to the embassy on [[DATE_TIME:23 August]].",
    # 049
    "[[PERSON:Leroy Campbell]] started his apprenticeship at the garage in [[LOCATION:Spanish Town]] when he was just [[AGE:16]], and today, at [[AGE:52]], he owns it.",
    # 050
    "Hey, this is [[PERSON:Gabriel]] from the [[LOCATION:Cebu]] office; can you send the payslip for [[PERSON:Rowena Bautista]] to [[EMAIL_ADDRESS:rowena.bautista@gmail.com]] and cc me?",
    # 051
    "The crowdfunding page set up by [[PERSON:Lucas Oliveira]] for his nephew [[PERSON:Enzo]], [[AGE:4]], at [[URL:https://www.gofundme.com/f/help-enzo-oliveira-walk]] raised R$48,000 in two weeks.",
    # 052
    "[[PERSON:Ms. Asha Varghese]] has been our foster carer since [[DATE_TIME:October 2019]]; her carer registration number is [[ID_NUMBER:FC-KL-00917]] and she lives at [[ADDRESS:TC 24/1187, Vazhuthacaud]], [[LOCATION:Thiruvananthapuram]] [[ZIP_CODE:695014]].",
    # 053
    "A customer named [[PERSON:Ian Rutherford]] called at 3:45 to say his card [[CREDIT_CARD:5569 8463 5788 4079]] had been swallowed by the ATM on [[ADDRESS:212 Lambton Quay]] in [[LOCATION:Wellington]].",
    # 054
    "[[PERSON:Aaliyah Johnson]] ([[USERNAME:aaliyahj_art]]) shared her portfolio at [[URL:https://www.behance.net/aaliyahjohnson]] and listed [[LOCATION:Atlanta]] as her home base.",
    # 055
    "The nursing home called [[PERSON:Peter Van Wyk]] on [[PHONE_NUMBER:+27 83 550 2781]] because his mother, [[PERSON:Johanna]], [[AGE:89]], had a fall on the evening of [[DATE_TIME:17 May]].",
    # 056
    "Remember that [[PERSON:Noah]] and [[PERSON:Ava Kim]] both have dental checkups on [[DATE_TIME:Friday the 9th of August]], and [[PERSON:Ava]]'s retainer needs adjusting.",
    # 057
    "Les parents de [[PERSON:Lucas Martin]] ont inscrit leur fils au club de football de [[LOCATION:Nantes]] le [[DATE_TIME:2 septembre]]; sa licence porte le numéro [[ID_NUMBER:2547182913]].",
    # 058
    "[[PERSON:Babajide Adeleke]] wants the refund for his cancelled trip to [[LOCATION:Zanzibar]] paid into his Amex [[CREDIT_CARD:3732 624131 08072]] rather than as travel credit.",
    # 059
    "In her complaint, [[PERSON:Naomi Greenberg]] alleged that a neighbour at [[ADDRESS:88 Ocean Parkway, Apt 6F]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11218]] had repeatedly blocked her parking space.",
    # 060
    "The hotel upgraded [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Siregar]] to a sea-view suite at the [[LOCATION:Penang]] resort for their anniversary on [[DATE_TIME:19 September]], and sent the invoice to [[EMAIL_ADDRESS:budi.siregar@gmail.com]].",
    # 061
    "[[TITLE:Father]] [[PERSON:Tomás Ó Riada]] will celebrate the funeral Mass for [[PERSON:Bridget Cullinane]], [[AGE:94]], at St. Mary's in [[LOCATION:Dingle]] on [[DATE_TIME:Wednesday 10 April]].",
    # 062
    "The recruiter forwarded [[PERSON:Bilal Chaudhry]]'s CV, which lists his phone as [[PHONE_NUMBER:+44 7452 118 903]], his email as [[EMAIL_ADDRESS:bilal.chaudhry.cv@gmail.com]] and his date of birth as [[DATE_TIME:02/11/1993]].",
    # 063
    "[[PERSON:Tamsin Hayes]] booked the village hall at [[ADDRESS:1 Green Street]], [[LOCATION:Lewes]] for her [[AGE:40]]th birthday party on [[DATE_TIME:Saturday 5 October]].",
    # 064
    "Our volunteer coordinator, [[PERSON:Deepika Rao]], can be reached on [[PHONE_NUMBER:+61 2 9418 2273]] or at [[EMAIL_ADDRESS:deepika.rao@bigpond.com]] if you'd like to help at the food bank.",
    # 065
    "The parking ticket was issued to the car with plate [[ID_NUMBER:LX19 KWD]], registered to [[PERSON:Eleanor Whitcombe]] of [[LOCATION:Oxford]], on [[DATE_TIME:12 January 2024]].",
    # 066
    "[[PERSON:Chanel Williams]] from [[LOCATION:Montego Bay]] won the regional spelling bee at age [[AGE:11]], and her mother [[PERSON:Marcia]] cried through the whole ceremony.",
    # 067
    "A seguradora contactou [[PERSON:João Pedro Santos]] pelo telefone [[PHONE_NUMBER:+351 912 447 830]] para confirmar a participação do sinistro ocorrido em [[DATE_TIME:14 de março]] na [[ADDRESS:Avenida da Liberdade 190]], em [[LOCATION:Lisboa]].",
    # 068
    "When [[PERSON:Kieran O'Neill]] set up his online banking, he chose the username [[USERNAME:kieran.oneill84]] and registered [[PHONE_NUMBER:086 229 4471]] for security codes.",
    # 069
    "[[PERSON:Dr. Mariam Hussain]] will be on leave from [[DATE_TIME:1 August]] to [[DATE_TIME:15 August]]; patients needing urgent care should contact [[PERSON:Dr. Owen Price]] instead.",
    # 070
    "The charity thanked [[PERSON:Vikram]] and [[PERSON:Sunita Bose]] for their gift of Rs 2,00,000, which was paid from account [[ID_NUMBER:001301558734]] on [[DATE_TIME:15 January]].",
    # 071
    "Our newest board member, [[PERSON:Adaora Chukwu]], [[AGE:35]], previously led operations in [[LOCATION:Lagos]] and [[LOCATION:Nairobi]] and is a proud [[NRP:Igbo]] woman.",
    # 072
    "Please ship the replacement router to [[PERSON:Mohd Faiz bin Ismail]], [[ADDRESS:No. 12, Lorong Damai 3]], [[ZIP_CODE:55000]] [[LOCATION:Kuala Lumpur]], and text him at [[PHONE_NUMBER:+60 17-882 3014]] when it leaves the warehouse.",
    # 073
    "Grandma [[PERSON:Ruth]] finally joined Facebook, and her first post, at [[URL:https://www.facebook.com/ruth.abernathy.1947]], was a photo of her garden in [[LOCATION:Asheville]].",
    # 074
    "Ik, [[PERSON:Hendrik Jansen]], geboren op [[DATE_TIME:7 november 1972]] te [[LOCATION:Rotterdam]], verklaar dat het rekeningnummer [[IBAN_CODE:NL67 ABNA 8123 3034 45]] op mijn naam staat.",
    # 075
    "[[PERSON:Sarah]] mentioned that her brother [[PERSON:Matthew Levine]] is a devout [[NRP:Orthodox Jew]] and won't be able to attend the Saturday meeting.",
    # 076
    "The student union emailed [[PERSON:Kofi Asamoah]] at [[EMAIL_ADDRESS:k.asamoah@st.knust.edu.gh]] to confirm that his ID card, number [[ID_NUMBER:20744193]], was ready for collection.",
    # 077
    "On the morning of [[DATE_TIME:March 3rd]], [[TITLE:Officer]] [[PERSON:Priya Sandhu]] responded to a call from [[PERSON:Gary Lindholm]], [[AGE:61]], who said someone had tried to open a credit line using his SSN, [[US_SSN:402-19-7738]].",
    # 078
    "[[PERSON:Aiden Murphy]], [[AGE:23]], of [[LOCATION:Limerick]], has been selected for the national rugby sevens squad and will travel to [[LOCATION:Hong Kong]] on [[DATE_TIME:April 2]].",
    # 079
    "For the background check we'll need [[PERSON:Ms. Carla Jimenez]]'s Social Security number, [[US_SSN:655-31-2087]], along with her previous address at [[ADDRESS:7719 Gateway Blvd]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79925]].",
    # 080
    "[[PERSON:Ngozi]] forgot her password again, so the IT desk reset the account [[USERNAME:ngozi.adebayo]] and sent a temporary link to [[EMAIL_ADDRESS:ngozi.adebayo@lagosstate.gov.ng]].",
    # 081
    "The wedding planner, [[PERSON:Isabelle Marchetti]], needs the final guest list from [[PERSON:Priyanka]] and [[PERSON:James]] by [[DATE_TIME:September 1]] so she can confirm the seating at the venue in [[LOCATION:Napa]].",
    # 082
    "[[PERSON:Tariq Mahmood]] paid the deposit on the flat with his Mastercard [[CREDIT_CARD:2221 2859 2673 4647]] and moved in on [[DATE_TIME:the 1st of December]].",
    # 083
    "[[TITLE:Ms]] [[PERSON:Roberta Kealoha]] has asked us to update her mailing address to [[ADDRESS:PO Box 2281]], [[LOCATION:Hilo]], [[LOCATION:HI]] [[ZIP_CODE:96721]] and to stop sending paper statements.",
    # 084
    "When the optometrist asked for her date of birth, [[PERSON:Winnie Chua]] gave [[DATE_TIME:12/05/1958]] and mentioned that she'd moved from [[LOCATION:Penang]] to [[LOCATION:Perth]] last year.",
    # 085
    "[[PERSON:Moritz Keller]] aus [[LOCATION:Wien]] hat seine Mitgliedschaft im Alpenverein am [[DATE_TIME:3. Jänner]] gekündigt; die letzte Abbuchung erfolgte von [[IBAN_CODE:AT39 2397 8174 0302 4249]].",
    # 086
    "The tutor, [[PERSON:Akosua Frimpong]], charges by the hour and asks parents to send payment details and their child's school ID, like [[ID_NUMBER:ACH-2024-0418]], to [[EMAIL_ADDRESS:akosua.tutors@gmail.com]].",
    # 087
    "A man identified as [[PERSON:Julian Croft]], [[AGE:57]], was found safe in [[LOCATION:Ballarat]] on [[DATE_TIME:Sunday 23 June]] after being reported missing by his wife.",
    # 088
    "[[PERSON:Pooja]] and [[PERSON:Hamid]] are hosting the book club this month at their place, [[ADDRESS:31 Elgin Street]], [[LOCATION:Ottawa]], [[LOCATION:ON]] [[ZIP_CODE:K2P 1L4]].",
    # 089
    "The rideshare app logged that [[PERSON:Ebony Harris]] was picked up at [[ADDRESS:1600 Broadway]] at 11:52 p.m. on [[DATE_TIME:May 18]] by a driver named [[PERSON:Sergei]].",
    # 090
    "[[PERSON:Tanvir Ahmed]]'s bank flagged a payment of £740 from his account [[IBAN_CODE:GB85 HBUK 1983 8977 9910 59]] to an unknown recipient on [[DATE_TIME:14 March]], and froze the card until he called back.",
]

TABLE = [
    # 001 CSV
    """\
id,first_name,last_name,email,city,signup_source,plan
1001,[[PERSON:Amara]],[[PERSON:Osei]],[[EMAIL_ADDRESS:amara.osei@gmail.com]],[[LOCATION:Accra]],referral,basic
1002,[[PERSON:Declan]],[[PERSON:Hurley]],[[EMAIL_ADDRESS:dhurley@eir.ie]],[[LOCATION:Waterford]],ads,pro
1003,[[PERSON:Sunita]],[[PERSON:Pillai]],[[EMAIL_ADDRESS:sunita.pillai@yahoo.co.in]],[[LOCATION:Kochi]],organic,basic
1004,[[PERSON:Grant]],[[PERSON:Whitehead]],[[EMAIL_ADDRESS:g.whitehead@xtra.co.nz]],[[LOCATION:Dunedin]],ads,team""",
    # 002 markdown
    """\
| Patient | DOB | Ward | Consultant | NHS No. |
|---|---|---|---|---|
| [[PERSON:Edith Barrow]] | [[DATE_TIME:14/02/1938]] | Ward 7 | [[PERSON:Dr. Malik]] | [[ID_NUMBER:402 881 7734]] |
| [[PERSON:Joseph Adeyemi]] | [[DATE_TIME:30/09/1961]] | Ward 3 | [[PERSON:Dr. Fenwick]] | [[ID_NUMBER:617 224 0958]] |
| [[PERSON:Lily-Mae Carter]] | [[DATE_TIME:05/06/2019]] | Paeds | [[PERSON:Dr. Osei]] | [[ID_NUMBER:733 019 4482]] |""",
    # 003 TSV
    "emp_no\tname\tdept\tstart_date\tphone_ext\tmobile\n"
    "[[ID_NUMBER:40118]]\t[[PERSON:Kavya Reddy]]\tFinance\t[[DATE_TIME:2021-03-15]]\t2214\t[[PHONE_NUMBER:+91 99000 41872]]\n"
    "[[ID_NUMBER:40157]]\t[[PERSON:Marcus Lee]]\tIT\t[[DATE_TIME:2022-11-01]]\t2290\t[[PHONE_NUMBER:+65 9123 4478]]\n"
    "[[ID_NUMBER:40203]]\t[[PERSON:Zanele Mthembu]]\tLegal\t[[DATE_TIME:2023-06-19]]\t2301\t[[PHONE_NUMBER:+27 72 118 4093]]",
    # 004 JSON lines
    """\
{"order": "SO-88120", "customer": "[[PERSON:Fernando Ruiz]]", "ship_to": "[[ADDRESS:742 Evergreen Ter]]", "zip": "[[ZIP_CODE:97403]]", "total": 58.40, "status": "shipped"}
{"order": "SO-88121", "customer": "[[PERSON:Hyun-woo Choi]]", "ship_to": "[[ADDRESS:19 Spadina Ave, Unit 802]]", "zip": "[[ZIP_CODE:M5V 2H6]]", "total": 121.00, "status": "pending"}
{"order": "SO-88122", "customer": "[[PERSON:Adjoa Asante]]", "ship_to": "[[ADDRESS:4 Ring Road East]]", "zip": "", "total": 12.99, "status": "cancelled"}""",
    # 005 YAML
    """\
employees:
  - name: [[PERSON:Rhiannon Pryce]]
    role: Site manager
    dob: [[DATE_TIME:1984-08-21]]
    ni_number: [[ID_NUMBER:PW 22 81 44 B]]
    home_postcode: [[ZIP_CODE:CF10 4QP]]
  - name: [[PERSON:Gareth Evans]]
    role: Electrician
    dob: [[DATE_TIME:1990-01-09]]
    ni_number: [[ID_NUMBER:SJ 71 03 92 D]]
    home_postcode: [[ZIP_CODE:SA1 5EH]]""",
    # 006 fixed-width
    """\
NAME                  ACCT        BRANCH     OPENED      BALANCE
[[PERSON:Chinedu Okeke]]         [[ID_NUMBER:2093318841]]  [[LOCATION:Ibadan]]     [[DATE_TIME:12-01-2019]]  NGN 431,200
[[PERSON:Halima Sani]]           [[ID_NUMBER:2201447730]]  [[LOCATION:Kaduna]]     [[DATE_TIME:03-07-2021]]  NGN 88,915
[[PERSON:Emeka Nwosu]]           [[ID_NUMBER:0118820394]]  [[LOCATION:Onitsha]]    [[DATE_TIME:22-10-2016]]  NGN 1,004,557""",
    # 007 key: value blocks
    """\
Name: [[PERSON:Ashley Nguyen]]
Card: [[CREDIT_CARD:4706 7556 2004 9567]]
Expiry: 11/26
Billing ZIP: [[ZIP_CODE:92683]]

Name: [[PERSON:Brandon Oyelaran]]
Card: [[CREDIT_CARD:3427 343071 42431]]
Expiry: 04/25
Billing ZIP: [[ZIP_CODE:30309]]""",
    # 008 CSV with quotes
    """\
"Student ID","Surname","Given names","Date of birth","Guardian phone","Year"
"[[ID_NUMBER:S1043387]]","[[PERSON:Ramirez]]","[[PERSON:Sofia Isabel]]","[[DATE_TIME:2011-04-03]]","[[PHONE_NUMBER:0412 883 109]]","7"
"[[ID_NUMBER:S1043401]]","[[PERSON:Tupou]]","[[PERSON:Sione]]","[[DATE_TIME:2010-12-19]]","[[PHONE_NUMBER:0423 551 874]]","8"
"[[ID_NUMBER:S1043422]]","[[PERSON:O'Brien]]","[[PERSON:Ciara]]","[[DATE_TIME:2012-07-28]]","[[PHONE_NUMBER:0400 219 336]]","6\"""",
    # 009 pipes, no markdown
    """\
host | ip_addr | owner | last_login | os
lap-0412 | [[IP_ADDRESS:10.8.14.22]] | [[USERNAME:jmokoena]] | [[DATE_TIME:2024-05-02 08:11]] | Windows 11
lap-0419 | [[IP_ADDRESS:10.8.14.57]] | [[USERNAME:a.fitzpatrick]] | [[DATE_TIME:2024-05-01 17:45]] | macOS 14.4
srv-db-02 | [[IP_ADDRESS:10.8.0.5]] | - | - | Ubuntu 22.04""",
    # 010 French CSV semicolons
    """\
nom;prénom;date_naissance;téléphone;ville;adhésion
[[PERSON:Lefebvre]];[[PERSON:Margaux]];[[DATE_TIME:12/03/1994]];[[PHONE_NUMBER:06 11 48 27 93]];[[LOCATION:Lille]];annuelle
[[PERSON:Benali]];[[PERSON:Karim]];[[DATE_TIME:27/08/1988]];[[PHONE_NUMBER:07 82 30 15 64]];[[LOCATION:Marseille]];mensuelle
[[PERSON:Nguyen]];[[PERSON:Thi Hoa]];[[DATE_TIME:03/01/2001]];[[PHONE_NUMBER:06 59 92 40 18]];[[LOCATION:Paris]];annuelle""",
    # 011 markdown with AGE and NRP
    """\
| Respondent | Age | Nationality | Region | Response |
|:--|--:|:--|:--|:--|
| [[PERSON:K. Baptiste]] | [[AGE:34]] | [[NRP:Jamaican]] | [[LOCATION:St. Ann]] | Agree |
| [[PERSON:R. Singh]] | [[AGE:51]] | [[NRP:Indian]] | [[LOCATION:Punjab]] | Neutral |
| [[PERSON:M. Dlamini]] | [[AGE:22]] | [[NRP:South African]] | [[LOCATION:Gauteng]] | Disagree |
| [[PERSON:T. Anderson]] | [[AGE:68]] | [[NRP:Canadian]] | [[LOCATION:Manitoba]] | Agree |""",
    # 012 JSON array
    """\
[
  {"userName": "[[USERNAME:lola_bakes]]", "fullName": "[[PERSON:Lola Adeyinka]]", "followers": 18204, "joined": "[[DATE_TIME:2019-06-11]]"},
  {"userName": "[[USERNAME:chef.raj]]", "fullName": "[[PERSON:Rajesh Menon]]", "followers": 9330, "joined": "[[DATE_TIME:2020-02-29]]"},
  {"userName": "[[USERNAME:kiwi_eats]]", "fullName": "[[PERSON:Hana Wiremu]]", "followers": 2211, "joined": "[[DATE_TIME:2022-09-03]]"}
]""",
    # 013 TSV bank
    "holder\tiban\tcurrency\tmandate_date\n"
    "[[PERSON:Klaus Hartmann]]\t[[IBAN_CODE:DE90296634137376268804]]\tEUR\t[[DATE_TIME:2023-01-15]]\n"
    "[[PERSON:Aurélie Martin]]\t[[IBAN_CODE:FR2854552668055372326190572]]\tEUR\t[[DATE_TIME:2023-02-01]]\n"
    "[[PERSON:Niamh Keane]]\t[[IBAN_CODE:IE26BOFI39018041931390]]\tEUR\t[[DATE_TIME:2023-03-20]]",
    # 014 CSV US payroll
    """\
employee,ssn,state,filing_status,annual_salary
[[PERSON:Derek Holloway]],[[US_SSN:231-48-9902]],[[LOCATION:OH]],married,72000
[[PERSON:Yesenia Cruz]],[[US_SSN:580-12-3347]],[[LOCATION:AZ]],single,58500
[[PERSON:Michael Tran]],[[US_SSN:468-90-1124]],[[LOCATION:MN]],head_of_household,91250""",
    # 015 key=value log-style
    """\
rec=1 name="[[PERSON:Sade Bakare]]" phone="[[PHONE_NUMBER:+234 812 004 5519]]" state="[[LOCATION:Oyo]]" kyc=passed
rec=2 name="[[PERSON:Ikenna Obi]]" phone="[[PHONE_NUMBER:+234 703 228 9410]]" state="[[LOCATION:Anambra]]" kyc=pending
rec=3 name="[[PERSON:Zainab Lawal]]" phone="[[PHONE_NUMBER:+234 905 661 3072]]" state="[[LOCATION:Sokoto]]" kyc=failed""",
    # 016 markdown appointments
    """\
| Time | Client | Service | Stylist | Contact |
|------|--------|---------|---------|---------|
| 09:00 | [[PERSON:Janelle Brown]] | Braids | [[PERSON:Tash]] | [[PHONE_NUMBER:07700 900 412]] |
| 11:30 | [[PERSON:Priti Shah]] | Cut & colour | [[PERSON:Mel]] | [[PHONE_NUMBER:07700 900 877]] |
| 14:15 | [[PERSON:Olu Balogun]] | Fade | [[PERSON:Tash]] | [[PHONE_NUMBER:07700 900 133]] |""",
    # 017 YAML single record
    """\
tenant:
  name: [[PERSON:Malia Fonoti]]
  email: [[EMAIL_ADDRESS:malia.fonoti@outlook.co.nz]]
  phone: "[[PHONE_NUMBER:027 553 8821]]"
property:
  address: [[ADDRESS:14 Tui Street]]
  suburb: [[LOCATION:Ōtara]]
  city: [[LOCATION:Auckland]]
  postcode: "[[ZIP_CODE:2023]]"
lease:
  start: [[DATE_TIME:2024-02-01]]
  weekly_rent: 620
  bond_lodged: true""",
    # 018 CSV with driver licences
    """\
driver_name,license_no,state,expires,vehicle
[[PERSON:Carlos Mendoza]],[[US_DRIVER_LICENSE:M532-7781-4402]],[[LOCATION:IL]],2027-03-31,Van 12
[[PERSON:Shauna Pike]],[[US_DRIVER_LICENSE:31847720]],[[LOCATION:TX]],2026-09-30,Truck 4
[[PERSON:Dev Patel]],[[US_DRIVER_LICENSE:S4412-88190-55617]],[[LOCATION:WI]],2025-12-15,Van 7""",
    # 019 German table pipes
    """\
Name | Geburtsdatum | Straße | PLZ | Ort
[[PERSON:Jonas Becker]] | [[DATE_TIME:04.05.1992]] | [[ADDRESS:Hauptstraße 14]] | [[ZIP_CODE:69117]] | [[LOCATION:Heidelberg]]
[[PERSON:Leonie Wagner]] | [[DATE_TIME:19.11.1987]] | [[ADDRESS:Am Markt 3a]] | [[ZIP_CODE:04109]] | [[LOCATION:Leipzig]]
[[PERSON:Emre Yılmaz]] | [[DATE_TIME:30.01.1999]] | [[ADDRESS:Kölner Str. 221]] | [[ZIP_CODE:40227]] | [[LOCATION:Düsseldorf]]""",
    # 020 JSONL auth events
    """\
{"time":"[[DATE_TIME:2024-06-14T07:02:11Z]]","user":"[[EMAIL_ADDRESS:h.watanabe@corp-mail.com]]","src_ip":"[[IP_ADDRESS:203.0.113.201]]","result":"success","mfa":"push"}
{"time":"[[DATE_TIME:2024-06-14T07:05:49Z]]","user":"[[EMAIL_ADDRESS:p.ochieng@corp-mail.com]]","src_ip":"[[IP_ADDRESS:2001:db8:4410::1f]]","result":"fail","mfa":"none"}
{"time":"[[DATE_TIME:2024-06-14T07:06:02Z]]","user":"[[EMAIL_ADDRESS:p.ochieng@corp-mail.com]]","src_ip":"[[IP_ADDRESS:2001:db8:4410::1f]]","result":"success","mfa":"totp"}""",
    # 021 fixed-width Philippines
    """\
LAST NAME     FIRST NAME    SSS NO.         TIN              BRANCH
[[PERSON:Santos]]        [[PERSON:Maricel]]       [[ID_NUMBER:33-4481920-2]]    [[ID_NUMBER:418-220-917-000]]  [[LOCATION:Makati]]
[[PERSON:Dizon]]         [[PERSON:Paolo]]         [[ID_NUMBER:04-1193387-5]]    [[ID_NUMBER:302-118-445-000]]  [[LOCATION:Pasig]]
[[PERSON:Reyes]]         [[PERSON:Angelica]]      [[ID_NUMBER:34-0027719-8]]    [[ID_NUMBER:227-903-118-000]]  [[LOCATION:Davao City]]""",
    # 022 CSV passports travel
    """\
traveller,passport_no,issuing_country,nationality,dob,seat
[[PERSON:Emily Zhao]],[[US_PASSPORT:548812097]],[[LOCATION:USA]],[[NRP:American]],[[DATE_TIME:1995-03-18]],22A
[[PERSON:Kwaku Agyeman]],[[ID_NUMBER:G2281930]],[[LOCATION:Ghana]],[[NRP:Ghanaian]],[[DATE_TIME:1983-09-02]],22B
[[PERSON:Ruairí Walsh]],[[ID_NUMBER:PB7730418]],[[LOCATION:Ireland]],[[NRP:Irish]],[[DATE_TIME:1979-12-24]],22C""",
    # 023 markdown vet clinic (pets unlabeled)
    """\
| Owner | Pet | Species | Next visit | Owner phone |
| --- | --- | --- | --- | --- |
| [[PERSON:Rebecca Lowe]] | Biscuit | Dog | [[DATE_TIME:2024-07-03]] | [[PHONE_NUMBER:(902) 555-0144]] |
| [[PERSON:Anil Kapoor]] | Mishti | Cat | [[DATE_TIME:2024-07-05]] | [[PHONE_NUMBER:(902) 555-0192]] |
| [[PERSON:Jean-Luc Arsenault]] | Rocket | Rabbit | [[DATE_TIME:2024-07-11]] | [[PHONE_NUMBER:(506) 555-0110]] |""",
    # 024 key-value single customer with card
    """\
Customer ........ [[PERSON:Omar Farouk]]
Member no. ...... [[ID_NUMBER:GLD-0084412]]
Card on file .... [[CREDIT_CARD:3799 366364 23079]]
Email ........... [[EMAIL_ADDRESS:omar.farouk@hotmail.com]]
Points .......... 14,220
Tier ............ Gold""",
    # 025 CSV with no PII in some columns, Kenyan
    """\
member,id_no,kra_pin,phone,county,shares
[[PERSON:Grace Njeri]],[[ID_NUMBER:30118742]],[[ID_NUMBER:A011884220P]],[[PHONE_NUMBER:0712 448 901]],[[LOCATION:Kiambu]],120
[[PERSON:Peter Ouma]],[[ID_NUMBER:24419083]],[[ID_NUMBER:A007731904M]],[[PHONE_NUMBER:0733 902 117]],[[LOCATION:Siaya]],85
[[PERSON:Hassan Abdi]],[[ID_NUMBER:33902714]],[[ID_NUMBER:A015528830Z]],[[PHONE_NUMBER:0701 227 640]],[[LOCATION:Garissa]],40""",
    # 026 Spanish table
    """\
| Nombre | DNI | Fecha de alta | Correo |
|---|---|---|---|
| [[PERSON:Marta Soler]] | [[ID_NUMBER:20581374P]] | [[DATE_TIME:03/02/2023]] | [[EMAIL_ADDRESS:marta.soler@gmail.com]] |
| [[PERSON:Andrés Cabello]] | [[ID_NUMBER:48392017V]] | [[DATE_TIME:17/05/2023]] | [[EMAIL_ADDRESS:acabello@telefonica.net]] |""",
    # 027 TSV clinic with ages
    "mrn\tpatient\tage\tsex\tallergy\tgp\n"
    "[[ID_NUMBER:A0091823]]\t[[PERSON:Te Rangi Parata]]\t[[AGE:63]]\tM\tnone\t[[PERSON:Dr. Lomu]]\n"
    "[[ID_NUMBER:A0091840]]\t[[PERSON:Lucy Chen]]\t[[AGE:8]]\tF\tpeanut\t[[PERSON:Dr. Blake]]\n"
    "[[ID_NUMBER:A0091857]]\t[[PERSON:Mere Tipene]]\t[[AGE:41]]\tF\tlatex\t[[PERSON:Dr. Lomu]]",
    # 028 YAML config with contacts
    """\
service: payroll-sync
version: 3.2.1
owners:
  primary:
    name: [[PERSON:Farah Naqvi]]
    email: [[EMAIL_ADDRESS:farah.naqvi@systemsltd.pk]]
    phone: "[[PHONE_NUMBER:+92 42 3577 1180]]"
  backup:
    name: [[PERSON:Usman Tariq]]
    email: [[EMAIL_ADDRESS:usman.tariq@systemsltd.pk]]
schedule: "0 2 * * *"
timeout_seconds: 900""",
    # 029 CSV cards with amounts (amounts unlabeled)
    """\
txn_id,cardholder,card_number,amount,merchant,date
T-50112,[[PERSON:Lauren Mitchell]],[[CREDIT_CARD:4287 6758 8681 3521]],49.95,Bookshop,[[DATE_TIME:2024-04-03]]
T-50113,[[PERSON:Kenji Sato]],[[CREDIT_CARD:3528 7741 5528 5312]],210.00,Electronics,[[DATE_TIME:2024-04-03]]
T-50114,[[PERSON:Nadia Petrova]],[[CREDIT_CARD:2720 7942 4670 8799]],8.50,Cafe,[[DATE_TIME:2024-04-04]]""",
    # 030 Italian key-value
    """\
Cognome: [[PERSON:Esposito]]
Nome: [[PERSON:Chiara]]
Nata il: [[DATE_TIME:22/07/1990]]
Luogo di nascita: [[LOCATION:Napoli]]
Residenza: [[ADDRESS:Via Toledo 256]], [[ZIP_CODE:80134]] [[LOCATION:Napoli]]
IBAN: [[IBAN_CODE:IT92 K348 8583 8569 5752 8934 237]]
Cellulare: [[PHONE_NUMBER:+39 338 441 2290]]""",
    # 031 markdown gym
    """\
| Member | Membership # | Home club | Joined | Emergency contact |
|--------|--------------|-----------|--------|-------------------|
| [[PERSON:Jordan Blake]] | [[ID_NUMBER:FIT-220184]] | [[LOCATION:Leeds]] | [[DATE_TIME:Jan 2022]] | [[PERSON:Sam Blake]] [[PHONE_NUMBER:07812 334 901]] |
| [[PERSON:Aisha Bello]] | [[ID_NUMBER:FIT-220391]] | [[LOCATION:Sheffield]] | [[DATE_TIME:Mar 2023]] | [[PERSON:Musa Bello]] [[PHONE_NUMBER:07455 210 388]] |""",
    # 032 CSV Canada
    """\
client,sin,province,postal_code,phone
[[PERSON:Marie-Ève Tremblay]],[[ID_NUMBER:175 690 072]],[[LOCATION:QC]],[[ZIP_CODE:G1R 4P5]],[[PHONE_NUMBER:418-555-0136]]
[[PERSON:Gurpreet Dhillon]],[[ID_NUMBER:609 124 250]],[[LOCATION:BC]],[[ZIP_CODE:V3W 1K2]],[[PHONE_NUMBER:604-555-0158]]""",
    # 033 JSON lines Malaysia
    """\
{"nama": "[[PERSON:Siti Nurhaliza binti Ahmad]]", "ic": "[[ID_NUMBER:880412-14-5522]]", "negeri": "[[LOCATION:Selangor]]", "poskod": "[[ZIP_CODE:40150]]"}
{"nama": "[[PERSON:Lim Wei Jie]]", "ic": "[[ID_NUMBER:951120-07-6113]]", "negeri": "[[LOCATION:Pulau Pinang]]", "poskod": "[[ZIP_CODE:10450]]"}
{"nama": "[[PERSON:Kavitha a/p Subramaniam]]", "ic": "[[ID_NUMBER:020305-10-8840]]", "negeri": "[[LOCATION:Johor]]", "poskod": "[[ZIP_CODE:81200]]"}""",
    # 034 fixed-width wire list
    """\
BENEFICIARY            IBAN                              AMOUNT     REF
[[PERSON:Tomasz Wójcik]]          [[IBAN_CODE:PL21188125797927709999109236]]      PLN 4,200  RENT-JUN
[[PERSON:Claire Weber]]           [[IBAN_CODE:LU794235102091972976]]              EUR 1,150  INV-3381
[[PERSON:Ahmed Rashid]]           [[IBAN_CODE:GB98MIDL81100446493667]]            GBP 600    LOAN-02""",
    # 035 pipes with no PII row and NRP/religion
    """\
volunteer | congregation | phone | availability
[[TITLE:Rev.]] [[PERSON:Samuel Boateng]] | [[NRP:Methodist]] | [[PHONE_NUMBER:024 558 1193]] | Sundays
[[PERSON:Mrs. Comfort Ansah]] | [[NRP:Catholic]] | [[PHONE_NUMBER:020 771 4402]] | weekdays
(vacant) | - | - | -""",
]

CHAT = [
    # 001 support transcript
    """\
[10:02] Agent ([[PERSON:Priya]]): Thanks for contacting BrightNet support, who am I speaking with?
[10:02] Customer: hi it's [[PERSON:Marcus Oduya]]
[10:03] Agent ([[PERSON:Priya]]): Hi [[PERSON:Marcus]]! Can you confirm the email on the account?
[10:03] Customer: [[EMAIL_ADDRESS:marcus.oduya@gmail.com]]
[10:04] Agent ([[PERSON:Priya]]): And the service address?
[10:04] Customer: [[ADDRESS:58 Ridgeway Crescent]], [[LOCATION:Hamilton]], [[LOCATION:ON]] [[ZIP_CODE:L8P 3T2]]
[10:05] Agent ([[PERSON:Priya]]): Perfect. I see ticket 77120 from last week about slow speeds. I'll book a tech for [[DATE_TIME:Thursday June 6]] between 1 and 5.
[10:06] Customer: ok but call my cell first [[PHONE_NUMBER:905-555-0182]]""",
    # 002 SMS thread
    """\
Mum: did u get the money
[[PERSON:Tunde]]: yes thanks!! it came into my account this morning
Mum: ok. Aunty [[PERSON:Bisi]] says ur cousin [[PERSON:Dayo]] will pick u up on [[DATE_TIME:friday 19th july]]
[[PERSON:Tunde]]: whats his number
Mum: [[PHONE_NUMBER:0802 331 7745]]
[[PERSON:Tunde]]: k. tell him im at [[ADDRESS:23 Allen Avenue]] not the old place""",
    # 003 WhatsApp group
    """\
[12/05/24, 19:14] [[PERSON:Sinéad]]: who's bringing what to [[PERSON:Aoife]]'s on saturday?
[12/05/24, 19:15] [[PERSON:Ciarán]]: I'll do drinks. whats the eircode again
[12/05/24, 19:15] [[PERSON:Aoife]]: [[ADDRESS:14 Glenageary Park]], [[ZIP_CODE:A96 R6F3]]
[12/05/24, 19:16] [[PERSON:Sinéad]]: and it's her [[AGE:30]]th so nobody mention age 😂
[12/05/24, 19:20] [[PERSON:Ciarán]]: lol. [[PERSON:Darragh]] says he's running late, ring him on [[PHONE_NUMBER:085 117 2093]]""",
    # 004 bank chat bot
    """\
Bot: Welcome to KiwiBank chat. Please enter your customer number.
User: [[ID_NUMBER:88140293]]
Bot: Thanks. For security, what is your date of birth?
User: [[DATE_TIME:3 November 1986]]
Bot: Thank you, [[PERSON:Rawiri]]. How can I help today?
User: I want to dispute a payment of $64.20 on [[DATE_TIME:28 May]] to a merchant called PAKNSAVE ONLINE
Bot: I've opened dispute D-20413. We'll email you at [[EMAIL_ADDRESS:rawiri.t@gmail.com]] within 5 working days.""",
    # 005 Slack-style
    """\
[[USERNAME:hannah.k]] 9:41 AM
can someone add [[PERSON:Pedro]] to the vendor portal? his email is [[EMAIL_ADDRESS:pedro.alves@fornecedor.com.br]]
[[USERNAME:rob_ops]] 9:44 AM
done. temp pw sent separately. [[PERSON:Hannah]], his start date in the system is [[DATE_TIME:1 July]], right?
[[USERNAME:hannah.k]] 9:45 AM
yep 👍 and his desk is in the [[LOCATION:São Paulo]] office""",
    # 006 Spanish support chat
    """\
Cliente: Hola, soy [[PERSON:Beatriz Morales]], no me llega el código de verificación.
Agente: Hola [[PERSON:Beatriz]]. ¿A qué número debería llegar?
Cliente: Al [[PHONE_NUMBER:+34 699 30 41 28]]
Agente: Veo que en la cuenta figura [[PHONE_NUMBER:+34 699 30 41 82]]; parece que hay un error. ¿Me confirma su fecha de nacimiento?
Cliente: [[DATE_TIME:9 de enero de 1992]]
Agente: Gracias, ya lo he corregido. Pedido 45-9921 sigue en curso.""",
    # 007 telehealth transcript
    """\
NURSE: Good morning, this is [[PERSON:Nurse Kelly]] from the telehealth line. Can I get your full name?
CALLER: [[PERSON:Devon Richards]].
NURSE: And your date of birth, [[PERSON:Devon]]?
CALLER: [[DATE_TIME:August second, eighty-nine]].
NURSE: Thanks. I see your plan member ID ends 4471. Can you give me the full number?
CALLER: [[ID_NUMBER:XJH 882 104 471]].
NURSE: Got it. What's going on today?
CALLER: Fever since Sunday, about 101. I'm at my sister [[PERSON:Tamara]]'s place in [[LOCATION:Durham]] right now.""",
    # 008 marketplace DMs
    """\
[[USERNAME:retro_rajesh]]: Is the PS2 still available?
[[USERNAME:vintagebits_au]]: yep. pickup from [[LOCATION:Footscray]] or I can post it
[[USERNAME:retro_rajesh]]: post pls. send to [[PERSON:Rajesh Pillai]], [[ADDRESS:7/22 Station Street]], [[LOCATION:Box Hill]] [[LOCATION:VIC]] [[ZIP_CODE:3128]]
[[USERNAME:vintagebits_au]]: cool, PayID is my mobile [[PHONE_NUMBER:0421 906 338]]
[[USERNAME:retro_rajesh]]: sent $85, ref PS2""",
]

LOOKALIKE = [
    # 001
    "Release notes for v10.4.22.1: fixed crash when parsing build 2024.05.17; bumped API to 3.1.4.15. Contact support@fieldtrack.io or call our helpline 1-800-555-0199. Order #4411-2290-8837 shipped via tracking 9400 1118 9922 3847 5561 02. Invoice INV-0093318, SKU 12-3344-556.",
    # 002
    "Reference list: Hodgkin lymphoma, Alzheimer's disease, Parkinson's disease, Down syndrome and Crohn's disease were discussed at the Mayo Clinic symposium; the Nobel lecture hall on Victoria Street hosted the evening session. ISBN 978-0-306-40615-7, DOI 10.1038/s41586-020-2012-7.",
    # 003
    "Checksum mismatch on artifact 4f9a2c1e8b7d6a50c3e1f2a9b8d7c6e5: expected 192.168.0.0/16 range rule r-4471 but got 10.0.0.0/8. Build 5412 7512 3412 3456 failed at step 3 of 7; retry token 8c2d-44fa-91be-07e3.",
    # 004
    "Please quote case number 123-45-6789-A and policy P-2024-118833 when calling the Acme Insurance claims line on 0800 123 456. Our office at Level 9, Ford Tower is open 8:30 to 17:00, Monday to Friday; parcels go to Dock B.",
    # 005
    "Le numéro de commande 06 12 34 56 78 91 a été expédié le 14 depuis l'entrepôt de Lyon-Est; facture FR-2024-000771, montant TTC 1 234,56 €. Pour toute question, écrivez à service.client@boutique-exemple.fr.",
    # 006
    "Meeting notes: [[PERSON:Sandra Ochoa]] will send the draft to [[EMAIL_ADDRESS:s.ochoa@brightpath.org]] by [[DATE_TIME:Friday 21 June]]. Lincoln Street, Washington Avenue and Queen Victoria Road are on the detour map; the Ford Ranger in bay 12 is a company car (fleet no. FL-0041). Server rack U42, port 8080.",
    # 007
    "Table of contents: 1.2.3.4 Scope; 2.10.4.1 Definitions; 3.1 Version 4.5.6.7. Sample SWIFT code DEUTDEFF500, sort code 20-00-00, routing 021000021, test card placeholder XXXX-XXXX-XXXX-1234, UUID 550e8400-e29b-41d4-a716-446655440000.",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind34", STYLES, OUT)


if __name__ == "__main__":
    main()

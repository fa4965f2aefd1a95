"""Build tests/data/blind135.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind135.py

Blind: written without any knowledge of the detector. Read while writing it:
only lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and the style descriptions, and its import lines) and its tail
from `STYLES = {` to the end (the scaffolding copied below), the whole of
gold_sets.py, and lines 1-64 of make_handwritten.py (its conventions, the
MARK and TITLE_IN_NAME regexes and `parse()`). Not read: minimize/,
recognizers/, any test other than those lines, bench/, the README, any
*.jsonl set (this script's own output included), any other make_*.py, and no
git history, log or status was looked at (git was not run at all). The
detector, the bench and the tests were never run on this file. Do not tune
the detector against it: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn (Visa,
Mastercard, Amex, Discover, JCB, Mir, Maestro, and the Uzbek Uzcard
8600 and Humo 9860 cards), IBANs pass mod-97 with the right length for
their country (KZ, TR, DE, GB, NL, SE, AE, GE, UA, CH, PL, IE, AT), and the
Polish bank code inside the PL IBAN carries its right check digit (all worked
out with throwaway code run by hand while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs). National ids with a public
check digit got a valid one the same way: Turkish T.C. Kimlik numbers and
the foreigners' ids (99...) that use the same rule, Kazakh IINs (which also
agree with the person's birth date and sex where these show), Uzbek PINFL /
JSHSHIR numbers (weights 7-3-1, agreeing with birth date and sex where they
show), NHS numbers, Canadian SINs (the 9-series temporary one too), Aadhaar
(Verhoeff), BSN, Australian TFN, ABN and Medicare numbers, South African
ids, Singapore NRIC, Irish PPSN, NZ IRD, Swedish personnummer, Brazilian
CPF, Polish PESEL and the Emirates ID; so were the look-alike ISBN-13s.
US SSNs, UK NI numbers, passports, licences, plates, A-numbers, Home Office
and other immigration file numbers, residence permit numbers, Kenyan,
Nigerian and Philippine ids, bank account numbers and staff, student,
member, patient and customer numbers were not checked.

Styles (ids `blind135-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd dense sentences with names, job titles, streets with building
  numbers, secondary addresses, IPv4 / IPv6, MACs, user agents, cards with
  CVV and expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts,
  medical, loan, lease and school forms, notices, certificates) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML, .env, HTTP requests,
  GraphQL, LDIF, Python, tickets).
- `gen` (90): one to four LLM-style sentences with personal data in prose;
  names at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record (CSV, semicolon CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks), with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, WhatsApp / messaging threads, team chat and a
  forum thread, with the speakers' names and the data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (versions,
  ISBNs, tracking, order, invoice, waybill and case refs, SKUs, serials,
  hashes, MACs, company phones and role mailboxes, eponyms, streets named
  after people with no number); the few real PII values labeled; one record
  has no PII at all.
About a third of the `bench` and `gen` records are about bazaars and
wholesale traders (Chorsu, Kumtepa, Dordoi, the Almaty Barakholka, Laleli
and Zeytinburnu in Istanbul, Yiwu, Deira), cotton picking (the Ferghana
valley and the rest of Uzbekistan, southern Kazakhstan, Xinjiang
testimonies, Texas, Georgia, Mississippi, New South Wales, Vidarbha) and
asylum and residence permits (UK, US, Canada, Australia, Turkey,
Kazakhstan, Germany, the Netherlands, Sweden, Poland); the rest spread over
banking, insurance, health, pharmacy, legal, schools, HR and payroll,
retail, travel and hotels, telecoms, government, lettings, gaming, social
media, IT support, deliveries, gyms, vets, weddings and charities.
About nine records in ten are in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Nigeria, Kenya, South Africa, Singapore, the
Philippines, the Gulf, and English written from Central Asia and by the
Uyghur diaspora in Turkey and Kazakhstan); the rest are in Uyghur (Arabic
script, Latin script and the Cyrillic of the Kazakhstan Uyghurs) and in
Uzbek of the Ferghana valley (Latin and Cyrillic), spread over the styles.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" (or a suffix glued to a name) stays outside.
  TITLE: honorifics and ranks attached to a name, labeled apart from it
  (Mr / Mrs / Ms / Mx / Dr / Prof also written without a period, "Judge",
  "Hajji", and the MR / MRS / MS of an airline manifest); job titles are
  not TITLE, and family words stay outside (also the Uzbek / Uyghur "aka",
  and "Mama" used as a name).
- ADDRESS: number + street (+ unit / flat / apartment / floor), PO boxes and
  rural routes with their box, house and building names; city, district,
  county, state / province (also abbreviated), country and named
  neighbourhoods (also a Turkish "Mah." or an Uzbek "MFY" / mahalla in front
  of the street) are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, arrival, start of a
  job, hearing, interview, visit, signature, letter, leave, check-in ...)
  with a day or a month, in any shape and language; a weekday or a clock
  time said with such a date is inside the span; not bare years, weekdays
  or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: the handle without "@". URL: personal
  pages and profiles only. NRP: a person's nationality, ethnicity,
  religion or political group.
- ID_NUMBER: national, tax and social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER and EMAIL_ADDRESS as
  their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, BIC, branch codes, CVVs, expiries, PINs and
  access codes, order / ticket / claim / policy / case / invoice / booking /
  tracking references, company phone numbers and role mailboxes, versions,
  hashes, serials, partial numbers ("card ending 2231"), pets and their
  ages, eponyms and brands named after people, header rows.
- Calls made while writing this set: a person's immigration file number
  (US A-number, Home Office reference, UNHCR individual number, Dutch
  V-number, Swedish Migration Agency file number, Canadian UCI, Australian
  client ID, ARC card, BRP, residence permit and UAE residence visa
  numbers, the Turkish foreigner id) is ID_NUMBER, while an appeal, receipt
  or case number is not; a bazaar's name and a stall, row or container
  number inside a bazaar are unlabeled (premises, like company names), but
  a trader's street address with a number is ADDRESS; "Uyghur", "Kazakh",
  "Uzbek" and the like are NRP when they say who a person is, not when they
  name a language; every real IP address is IP_ADDRESS (servers and private
  ranges too), IP-shaped versions are not; the timestamp at the head of a
  log line or of an event record is unlabeled, while a "last_login" /
  "lastLogon" field and an appointment slot are DATE_TIME; in a table a
  "sex", "gender", "role", "dept", "status" or "relation" column stays
  unlabeled, an "age" column is AGE, a "country" or "state" column is
  LOCATION and a "nationality" / "NAT" column is NRP (three-letter codes
  too); a "job_title" field is unlabeled, a building number in its own
  field and a secondary address field are ADDRESS; an account opening,
  joining or lease start date of a person is DATE_TIME; a clinic, bank or
  company hotline is unlabeled, a person's work mobile is PHONE_NUMBER.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind135.jsonl")

BENCH = [
    r"""Attention [[PERSON:Abdusalam Mamatov]]: the overpayment on your winter heating account will be returned to IBAN [[IBAN_CODE:KZ43722C000703823914]] (BIC CASPKZKA) within ten working days. If these details are wrong, reply from [[EMAIL_ADDRESS:a.mamatov.1971@mail.kz]] or call us from [[PHONE_NUMBER:+7 701 482 19 36]] before the end of the month.""",
    r"""Our [[NRP:Lutheran]] outreach volunteer [[PERSON:Mx. Dariusz Wierzbicki]] logged in from [[IP_ADDRESS:203.118.44.9]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 and changed the mailing address to [[ADDRESS:4127 Larkspur Court, Unit 6]], [[LOCATION:Rapid City]], [[LOCATION:SD]] [[ZIP_CODE:57701]].""",
    r"""CLAIM FORM - PROPERTY DAMAGE
Policyholder: [[PERSON:Kamal Oyelaran-Bright]]
Date of Birth: [[DATE_TIME:02/19/1971]]
Policy No.: HO3-22871904
Loss Address: [[ADDRESS:88 Wexford Lane]], [[LOCATION:Decatur]], [[LOCATION:GA]] [[ZIP_CODE:30030]]
Date of Loss: [[DATE_TIME:January 9, 2024]]
Description: A limb from the neighbour's oak came through the rear porch roof during the storm. The neighbour, [[PERSON:Della Fountaine]], phoned it in the same night.
Adjuster reached the insured at [[PHONE_NUMBER:404-555-0187]] on [[DATE_TIME:January 11, 2024]] and booked an inspection.""",
    r"""{"applicant": {"given_name": "[[PERSON:Mehmet Emin]]", "family_name": "[[PERSON:Turdi]]", "dob": "[[DATE_TIME:1989-11-02]]", "citizenship": "[[NRP:Chinese]]", "ethnicity": "[[NRP:Uyghur]]", "foreigner_id_no": "[[ID_NUMBER:99197181432]]", "phone": "[[PHONE_NUMBER:+90 553 217 40 86]]"}, "application_type": "international_protection", "province": "[[LOCATION:Kayseri]]", "registration_date": "[[DATE_TIME:2022-06-14]]", "interpreter_required": true, "interpreter_language": "Uyghur"}""",
    r"""2024-05-03T08:14:22Z INFO auth.login user=[[USERNAME:nigora.karimova]] src=[[IP_ADDRESS:94.158.52.117]] ua="Mozilla/5.0 (Linux; Android 13; SM-A325F)" result=success
2024-05-03T08:14:25Z WARN profile.update user=[[USERNAME:nigora.karimova]] field=phone old=[[PHONE_NUMBER:+998 90 318 44 07]] new=[[PHONE_NUMBER:+998 93 602 15 71]]
2024-05-03T08:15:02Z INFO payment.card.add user=[[USERNAME:nigora.karimova]] pan=[[CREDIT_CARD:8600 5437 4928 3327]] exp=11/27 bank=Hamkorbank""",
    r"""INSERT INTO traders (id, full_name, stall, phone, passport_no, pinfl, city) VALUES
(4471, '[[PERSON:Xurshidbek Ergashev]]', 'C-118', '[[PHONE_NUMBER:+998 91 176 23 40]]', '[[ID_NUMBER:AB4418207]]', '[[ID_NUMBER:31403823048699]]', '[[LOCATION:Namangan]]'),
(4472, '[[PERSON:Maftuna Qodirova]]', 'C-119', '[[PHONE_NUMBER:+998 94 550 81 12]]', '[[ID_NUMBER:AD0937125]]', '[[ID_NUMBER:42507903089676]]', '[[LOCATION:Chust]]');""",
    r"""<patient>
  <name>[[PERSON:Oluwaseun Adeyemi-Clarke]]</name>
  <nhsNumber>[[ID_NUMBER:863 644 1854]]</nhsNumber>
  <dob>[[DATE_TIME:1958-03-27]]</dob>
  <address>[[ADDRESS:Flat 3, 41 Holloway Road]], [[LOCATION:London]] [[ZIP_CODE:N7 8JQ]]</address>
  <gp>[[PERSON:Dr. Hanna Leszczyńska]]</gp>
  <nextAppointment>[[DATE_TIME:2024-07-09T09:40]]</nextAppointment>
  <allergies>penicillin</allergies>
</patient>""",
    r"""The [[AGE:46]]-year-old Cotton Yield Analyst [[PERSON:Sherzod Qurbonov]] of [[ADDRESS:17 Paxtakor Street]], [[LOCATION:Baliqchi district]], was asked to upload the harvest tallies from device 3C:7A:91:0E:44:B2 to the portal at [[IP_ADDRESS:10.44.7.213]]; his wages are paid to card [[CREDIT_CARD:9860 2784 0623 0609]].""",
    r"""SUPPLY AGREEMENT No. 24/117
This agreement is signed on [[DATE_TIME:12 February 2024]] between Ipak Yo'li Tekstil LLC, represented by its director [[PERSON:Bahodir Yusupov]] (passport [[ID_NUMBER:FA1128734]]), hereinafter the "Supplier", and the sole trader [[PERSON:Aysel Qasımova]], T.C. Kimlik No. [[ID_NUMBER:42880407272]], residing at [[LOCATION:Beştelsiz Mah.]] [[ADDRESS:64. Sokak No: 9 D: 3]], [[LOCATION:Zeytinburnu]]/[[LOCATION:İstanbul]], hereinafter the "Buyer".
Payments under clause 4 shall be made to [[IBAN_CODE:TR96 0006 2073 3293 0368 4104 87]].""",
    r"""Ticket #HD-58213 | Priority: P2 | Opened by: [[PERSON:Ravindra Kulkarni]] <[[EMAIL_ADDRESS:ravi.kulkarni@sunmesh-infra.in]]>
Summary: VPN drops every 20 min from home
Details: home router at [[IP_ADDRESS:49.207.183.66]], laptop MAC 5C:87:9C:21:AF:03, call back on [[PHONE_NUMBER:+91 98450 31277]]. Employee ID [[ID_NUMBER:SMI-20931]]. Prefers a call after 6 pm IST.
Assigned to: [[USERNAME:jthomas_netops]]""",
    r"""Hi [[PERSON:Zarina]], about your wholesale order of 40 bales from container 227 at Dordoi: the Senior Procurement Officer [[PERSON:Nurlan Abenov]] says invoice INV-DD-88120 will be sent to [[EMAIL_ADDRESS:zarina.tokhtieva@inbox.ru]] and that the 1,200 USD deposit charged to card [[CREDIT_CARD:5107 7529 3765 3795]] (CVV 311, exp 08/26) has to clear before the truck leaves.""",
    r"""REFERRAL - OUTPATIENT CARDIOLOGY
Patient: [[PERSON:Mrs. Evangelina Papadakis]]    Sex: F    Age: [[AGE:67]]
Medicare No.: [[ID_NUMBER:2953 41877 1]]
Home: [[ADDRESS:12/48 Canterbury Road]], [[LOCATION:Hurlstone Park]] [[LOCATION:NSW]] [[ZIP_CODE:2193]]
Mobile: [[PHONE_NUMBER:0412 774 093]]
Referring GP: [[PERSON:Dr. Tariq Mahmood]]
Reason: exertional chest tightness; resting ECG on [[DATE_TIME:14/11/2023]] showed lateral T-wave inversion. Daughter ([[PERSON:Sophia]]) will drive her to the appointment.""",
    r"""مۇلازىمەت ئىلتىماسى
ئىسمى: [[PERSON:ئابدۇرېھىم تۇرسۇن]]
تۇغۇلغان ۋاقتى: [[DATE_TIME:1985-يىلى 21-سېنتەبىر]]
چەتئەللىك كىملىك نومۇرى: [[ID_NUMBER:99781580658]]
ئادرېسى: [[LOCATION:Telsiz Mah.]] [[ADDRESS:12. Sokak No: 4]]، [[LOCATION:زەيتىنبۇرنۇ]]، [[LOCATION:ئىستانبۇل]]
تېلېفون: [[PHONE_NUMBER:+90 532 418 27 63]]
ئېلخەت: [[EMAIL_ADDRESS:abdurehim.tursun85@gmail.com]]""",
    r"""[[PERSON:Hamid]] [[PERSON:Rahimi]], Regional Tactics Facilitator, [[AGE:38]], reported that his Chrome session from [[IP_ADDRESS:2a02:c7c:5b3e:1f00:8d4c:21ff:fe6a:09b7]] showed a saved card ending 4417 and a new payee [[IBAN_CODE:GB33NWBK60161366707358]] he did not add. He lives at [[ADDRESS:27 Ladysmith Avenue]], [[LOCATION:Bradford]] [[ZIP_CODE:BD8 9HJ]]; NI number [[ID_NUMBER:JT 48 21 77 C]].""",
    r"""config:
  owner:
    name: "[[PERSON:Dilfuza Abdullaeva]]"
    email: "[[EMAIL_ADDRESS:dilfuza@paxta-monitor.uz]]"
    phone: "[[PHONE_NUMBER:+998 97 221 08 34]]"
  sync:
    endpoint: https://api.paxta-monitor.uz/v2/tallies
    fallback_ip: [[IP_ADDRESS:185.139.136.4]]
    field_devices:
      - id: TAB-0031
        assigned_to: "[[PERSON:Olimjon Rasulov]]"
        brigade: 7
      - id: TAB-0032
        assigned_to: "[[PERSON:Gavhar Mirzayeva]]"
        brigade: 7""",
    r"""NOTICE OF HEARING
To: [[PERSON:Ms. Rabia Nur Abdulla]], A-Number [[ID_NUMBER:A-219-884-051]]
c/o [[ADDRESS:1450 North Mayfair Road, Apt 212]], [[LOCATION:Wauwatosa]], [[LOCATION:WI]] [[ZIP_CODE:53226]]
You are scheduled for an individual hearing on your Form I-589 application before [[TITLE:Judge]] [[PERSON:Anne Kessler]] on [[DATE_TIME:Tuesday, September 17, 2024 at 8:30 AM]], at the Chicago Immigration Court.
Failure to appear may result in an order of removal in your absence.""",
    r"""Account holder [[PERSON:Yerlan Dzhaksybekov]] (IIN [[ID_NUMBER:780314370712]]) of [[ADDRESS:Abay Ave 150, apt 34]], [[LOCATION:Almaty]] [[ZIP_CODE:A05C9Y3]] asked to move his savings from card [[CREDIT_CARD:2200 9867 1682 7096]] to [[IBAN_CODE:KZ14601A743035815478]]. The Mandatory Controls Developer on shift, [[PERSON:Assel]], flagged the login from [[IP_ADDRESS:37.99.41.208]] as new.""",
    r"""-- nightly export, do not share
SELECT c.customer_id, c.first_name, c.last_name, c.ssn, c.dob FROM customers c WHERE c.state = 'TX';
-- 10233 | [[PERSON:Marisol]] | [[PERSON:Treviño]] | [[US_SSN:457-81-2290]] | [[DATE_TIME:1990-08-12]]
-- 10234 | [[PERSON:Donnell]] | [[PERSON:Akins]] | [[US_SSN:461-05-7723]] | [[DATE_TIME:1966-01-30]]
-- 10235 | [[PERSON:Phuong]] | [[PERSON:Lam]] | [[US_SSN:528-39-1164]] | [[DATE_TIME:2001-12-03]]""",
    r"""LOAN APPLICATION - PERSONAL
Applicant: [[PERSON:Chidinma Okafor]]     Co-applicant: [[PERSON:Emeka Okafor]]
Current address: [[ADDRESS:Block C, Flat 9, 22 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]
BVN: [[ID_NUMBER:22187345109]]     NIN: [[ID_NUMBER:70214583926]]
Employer: Zenith Logistics Ltd     Position: Fleet Supervisor
Monthly income: NGN 780,000
Phone: [[PHONE_NUMBER:0803 412 7759]]     Email: [[EMAIL_ADDRESS:chidinma.okafor@yahoo.com]]
Signed: [[DATE_TIME:3rd April 2024]]""",
    r"""Paxta terimi bo'yicha hisobot: terimchi [[PERSON:Gulnoza Toshpo'latova]] ([[AGE:38]] yosh, JSHSHIR [[ID_NUMBER:41911853069645]]) [[DATE_TIME:2023-yil 19-sentyabr]] kuni 74 kg paxta terdi. Ish haqi Humo kartasiga o'tkaziladi: [[CREDIT_CARD:9860 8306 5757 7672]]. Manzil: [[LOCATION:Farg'ona viloyati]], [[LOCATION:Oltiariq tumani]], [[ADDRESS:Mustaqillik ko'chasi, 23-uy]]. Tel: [[PHONE_NUMBER:+998 90 553 12 48]].""",
    r"""POST /api/v1/users HTTP/1.1
Host: accounts.tidewell.io
X-Forwarded-For: [[IP_ADDRESS:81.174.29.133]]
Content-Type: application/json

{"username": "[[USERNAME:kwame_asante88]]", "email": "[[EMAIL_ADDRESS:kwame.asante@outlook.com]]", "password": "Tr0ub4dor&88", "birthdate": "[[DATE_TIME:1988-05-21]]", "country": "[[LOCATION:Ghana]]"}""",
    r"""Dear [[PERSON:Liang Qiuyue]], your Certified Rental Coordinator [[PERSON:Mr. Fitzgerald O'Rourke]] will inspect [[ADDRESS:Apartment 1104, 300 Spencer Street]], [[LOCATION:West Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3003]] on [[DATE_TIME:Thursday 6 June at 11:15]]. Bond refund will go to BSB 063-182 account [[ID_NUMBER:10447721]]; your TFN [[ID_NUMBER:436 450 306]] is not needed for this.""",
    r"""Residence permit renewal - internal note
Foreign national: [[PERSON:Dilnur Abliz]], born [[DATE_TIME:08.04.1994]], [[NRP:Uyghur]], citizen of [[LOCATION:PRC]]
Current permit (vid na zhitelstvo) No. [[ID_NUMBER:021457883]], valid until [[DATE_TIME:30.09.2024]]
Registered address: [[LOCATION:Zharkent]], [[ADDRESS:Yuldashev St. 41]], [[LOCATION:Panfilov District]], [[LOCATION:Zhetysu Region]]
Employer letter from her brother's dried-fruit wholesale business attached. Interview set for [[DATE_TIME:14 August 2024, 10:00]] with inspector [[PERSON:A. Kuanyshev]].""",
    r"""{"event":"checkout","ts":"2024-02-11T19:22:07+05:00","customer":{"id":"[[ID_NUMBER:CUS-884102]]","name":"[[PERSON:Shahlo Rahmatullaeva]]","email":"[[EMAIL_ADDRESS:shahlo.r@mail.ru]]","phone":"[[PHONE_NUMBER:+998 33 480 71 19]]"},"payment":{"method":"card","pan":"[[CREDIT_CARD:8600 3075 4636 8933]]","cvv":"***","exp":"04/28"},"shipping":{"address":"[[ADDRESS:Alisher Navoiy ko'chasi 88, 14-xonadon]]","city":"[[LOCATION:Qo'qon]]","zip":"[[ZIP_CODE:150700]]"},"items":[{"sku":"ATL-SILK-220","qty":3}]}""",
    r"""Subject: Withdrawal of consent - [[PERSON:Greta Sundqvist]]
I, [[PERSON:Greta Sundqvist]], personnummer [[ID_NUMBER:19830412-5522]], withdraw my consent to the processing of my data for marketing. Please also remove the old address [[ADDRESS:Vasagatan 14 lgh 1203]], [[ZIP_CODE:411 24]] [[LOCATION:Göteborg]]. Refunds, if any, to [[IBAN_CODE:SE72 5000 1245 1160 3674 2434]].""",
    r"""Wholesale customer card
Name: [[PERSON:Ekrem Yıldırım]]    Trade: textile wholesale, Laleli
Tax no.: [[ID_NUMBER:4830219657]]    T.C.: [[ID_NUMBER:55333147854]]
Shop: [[ADDRESS:Ordu Cad. No: 212 Kat: 2]], [[LOCATION:Fatih]], [[ZIP_CODE:34130]] [[LOCATION:İstanbul]]
Mobile: [[PHONE_NUMBER:0532 770 41 26]]    WhatsApp: same
Buyer contact in [[LOCATION:Tashkent]]: [[PERSON:Odiljon]] ([[PHONE_NUMBER:+998 99 841 30 57]])
Bank: [[IBAN_CODE:TR92 0001 0045 6134 6404 8717 36]]""",
    r"""The Lead Paradigm Strategist, [[PERSON:Tomasz]] [[PERSON:Bielecki-Hart]], born [[DATE_TIME:7 Nov 1979]], uses the handle [[USERNAME:tbhart]] and drives plate [[ID_NUMBER:WX71 KPE]]; his flat is [[ADDRESS:9 Cromwell Mews, Flat 2]] in [[LOCATION:Reading]], [[ZIP_CODE:RG1 7TQ]], and his IBAN [[IBAN_CODE:GB87BARC20321488082282]].""",
    r"""<?xml version="1.0"?>
<claim id="WC-2023-00418">
  <worker>
    <name>[[PERSON:Fidel Castañeda Ruiz]]</name>
    <h2a_visa>true</h2a_visa>
    <passport country="MEX">[[ID_NUMBER:G41582067]]</passport>
    <dob>[[DATE_TIME:1982-10-05]]</dob>
  </worker>
  <injury date="[[DATE_TIME:2023-09-28]]">Hand caught in module builder during cotton harvest near [[LOCATION:Lubbock]], [[LOCATION:TX]]</injury>
  <contact phone="[[PHONE_NUMBER:+52 871 412 9036]]"/>
</claim>""",
    r"""Hörmetlik [[PERSON:Gülnar Obul]] xanim, siz [[DATE_TIME:2024-yili 3-iyul kuni saet 14:00]] de köchmenler idarisige kélishingiz kérek. Pasport nomuri: [[ID_NUMBER:E61537204]]. Turalghu adrésingiz: [[LOCATION:Mimar Sinan Mah.]] [[ADDRESS:Yıldız Sok. No: 11]], [[LOCATION:Kayseri]]. Soal bolsa [[PHONE_NUMBER:+90 544 302 19 85]] gha téléfon qiling.""",
    r"""MEDICAL CERTIFICATE
This is to certify that [[PERSON:Mr. Rahul Deshmukh]], aged [[AGE:34]] years, resident of [[ADDRESS:Flat 402, Sai Krupa Apartments, Plot 17, Sector 9]], [[LOCATION:Nerul]], [[LOCATION:Navi Mumbai]] [[ZIP_CODE:400706]], was under my treatment for acute gastroenteritis from [[DATE_TIME:12/03/2024]] to [[DATE_TIME:16/03/2024]] and is fit to resume duty from [[DATE_TIME:18/03/2024]].
Aadhaar: [[ID_NUMBER:2727 6816 0109]]
[[PERSON:Dr. S. V. Kamat]], MBBS, MD""",
    r"""user_id,event,ip,device
[[USERNAME:mahira_kz]],password_reset,[[IP_ADDRESS:95.56.231.17]],iPhone14;iOS 17.4
[[USERNAME:mahira_kz]],email_change,[[IP_ADDRESS:95.56.231.17]],iPhone14;iOS 17.4
# new email: [[EMAIL_ADDRESS:mahira.sadykova.1992@gmail.com]] / recovery phone [[PHONE_NUMBER:+7 747 310 62 84]]""",
    r"""Dear Valued Trader [[PERSON:Mahmud Qurban]], thank you for renewing your pavilion lease at the Urumqi Road wholesale centre. Your new access code is 5812 and your trader account [[ID_NUMBER:TRD-77120]] is linked to [[EMAIL_ADDRESS:mahmud.qurban@163.com]]. For disputes contact your floor manager [[PERSON:Ms. Zhang Li]] on [[PHONE_NUMBER:+86 138 0991 4527]].""",
    r"""Witness statement (translated from Uyghur)
My name is [[PERSON:Ablikim Memet]]. I was born on [[DATE_TIME:5 March 1978]] in [[LOCATION:Aksu]]. From [[DATE_TIME:September 2018]] I was sent with about forty people from our village to pick cotton in [[LOCATION:Awat County]]. We were paid nothing for the first month. My wife [[PERSON:Reyhangül]] stayed behind with our two children. I left through [[LOCATION:Kazakhstan]] and reached [[LOCATION:Istanbul]] on [[DATE_TIME:22 January 2020]]. My Turkish residence number is [[ID_NUMBER:99998339728]].""",
    r"""patient_name=[[PERSON:Hoang Van Minh]]&dob=[[DATE_TIME:1974-06-30]]&mrn=[[ID_NUMBER:MRN00772145]]&phone=[[PHONE_NUMBER:713-555-0162]]&email=[[EMAIL_ADDRESS:hoang.minh74@gmail.com]]&insurance=BlueCross&group=HX2201""",
    r"""Ҳурматли [[PERSON:Ойгул Маматқулова]], сизнинг [[DATE_TIME:2024 йил 15 март]] санасидаги аризангиз қабул қилинди. Паспорт: [[ID_NUMBER:AC2761940]]. Манзил: [[LOCATION:Андижон шаҳри]], [[ADDRESS:Бобур шоҳ кўчаси, 56-уй, 7-хонадон]]. Телефон: [[PHONE_NUMBER:+998 74 223 45 16]].""",
    r"""The client, [[PERSON:Brigid Ní Bhriain]], PPS [[ID_NUMBER:7845123BA]], told the Interactive Response Planner that her card [[CREDIT_CARD:4594 7417 4092 5451]] (exp 02/29, CVV 604) was used at a kiosk in [[LOCATION:Galway]] on her birthday, [[DATE_TIME:March 2]], while she was at home at [[ADDRESS:5 Sea Road]], [[LOCATION:Salthill]], [[ZIP_CODE:H91 T2F8]].""",
    r"""[2024-03-18 11:02:44] kernel: usb 1-1: new device, serial=VTX-8821-AA
[2024-03-18 11:02:51] sshd[1184]: Accepted publickey for [[USERNAME:bekzod]] from [[IP_ADDRESS:213.230.88.41]] port 51522
[2024-03-18 11:03:09] sudo: [[USERNAME:bekzod]] : TTY=pts/0 ; PWD=/home/bekzod ; COMMAND=/usr/bin/vim /etc/hosts
[2024-03-18 11:05:30] sshd[1201]: Failed password for [[USERNAME:admin_ulugbek]] from [[IP_ADDRESS:213.230.88.41]] port 51540""",
    r"""GRIEVANCE FORM - SEASONAL AGRICULTURAL WORKERS
Worker: [[PERSON:Saltanat Kenzhebaeva]]     DOB: [[DATE_TIME:25/01/1969]]
IIN: [[ID_NUMBER:690125417161]]
Farm: Turkestan Cotton Cluster, plot 12
Supervisor named in complaint: [[PERSON:Marat]] (surname unknown)
Complaint: wages for the picking season of [[DATE_TIME:October 2023]] withheld; 612 kg recorded on the scale sheet, 480 kg on the payslip.
Contact: [[PHONE_NUMBER:8 775 219 40 63]], village of [[LOCATION:Shaulder]], [[LOCATION:Otyrar District]]""",
    r"""Dear [[PERSON:Moana Te Rangi]], thanks for applying for the Community Sports Grant. We have your IRD number as [[ID_NUMBER:118-402-731]] and your bank account [[ID_NUMBER:12-3140-0218850-00]]. Please confirm your postal address, [[ADDRESS:PO Box 1182]], [[LOCATION:Rotorua]] [[ZIP_CODE:3040]], and your phone [[PHONE_NUMBER:027 448 1903]].""",
    r"""| field | value |
|---|---|
| prefix | [[TITLE:Hajji]] |
| first_name | [[PERSON:Abdulla]] |
| last_name | [[PERSON:Nazarov]] |
| job_title | Senior Data Planner |
| street | [[ADDRESS:Toshkent ko'chasi]] |
| building_number | [[ADDRESS:112]] |
| city | [[LOCATION:Marg'ilon]] |
| zip | [[ZIP_CODE:151100]] |
| phone | [[PHONE_NUMBER:+998 73 233 18 60]] |
| card | [[CREDIT_CARD:9860 7508 1940 6422]] |""",
    r"""تارخىي ئۇچۇر: [[PERSON:مېھرىگۈل ئابلىمىت]] [[DATE_TIME:2019-يىلى 4-ئاپرېل]] كۈنى [[LOCATION:ئالمۇتا]]غا كەلگەن. ئۇنىڭ IIN نومۇرى [[ID_NUMBER:850921407562]]. تېلېفونى [[PHONE_NUMBER:+7 707 418 03 92]]، ئادرېسى [[ADDRESS:Zhibek Zholy 73, kv. 18]].""",
    r"""From: HR Onboarding <onboarding@brightwater-care.co.uk>
To: [[EMAIL_ADDRESS:t.mupfumira@gmail.com]]
Re: Right to work - [[PERSON:Tendai Mupfumira]]
Hi [[PERSON:Tendai]], your share code W7K 4PR 2XM has been checked. Your BRP number [[ID_NUMBER:ZU5109377]] expires on [[DATE_TIME:31/12/2024]]; please let us know when your renewal is decided. Your first shift is [[DATE_TIME:Monday 22 April, 7:00am]] at [[ADDRESS:Ashgrove House, 14 Mill Lane]], [[LOCATION:Stockport]] [[ZIP_CODE:SK4 2BN]].""",
    r"""def seed_users(db):
    db.add(User(name="[[PERSON:Rustam Kholmatov]]", email="[[EMAIL_ADDRESS:rustam.kholmatov@shifo-app.uz]]", phone="[[PHONE_NUMBER:+998 90 114 72 03]]", role="doctor"))
    db.add(User(name="[[PERSON:Nilufar Saidova]]", email="[[EMAIL_ADDRESS:nilufar.s@shifo-app.uz]]", phone="[[PHONE_NUMBER:+998 91 402 66 85]]", role="patient"))
    db.add(User(name="test", email="test@example.com", phone="000", role="admin"))
    db.commit()""",
    r"""The Principal Identity Consultant [[PERSON:Aigerim]] lives at [[ADDRESS:Microdistrict Samal-2, Building 58, Apt. 41]] in [[LOCATION:Almaty]]; she paid for the family's Antalya package with [[CREDIT_CARD:4544-9444-0340-4811]] (expires 05/27) and asked that the hotel vouchers show her IIN [[ID_NUMBER:030918643128]] and her phone [[PHONE_NUMBER:+7 778 552 14 07]].""",
    r"""PERSONAL INJURY INTAKE
Client: [[PERSON:Jerome Whitfield]]   DOB: [[DATE_TIME:4/2/1985]]
SSN: [[US_SSN:233-49-8107]]   DL: [[US_DRIVER_LICENSE:W314-772-85-102-0]] ([[LOCATION:FL]])
Address: [[ADDRESS:6021 Citrus Grove Blvd, Apt 14C]], [[LOCATION:Orlando]], [[LOCATION:FL]] [[ZIP_CODE:32810]]
Incident: rear-ended on I-4 on [[DATE_TIME:March 15, 2024]]; seen at ER same day.
Spouse: [[PERSON:Angela Whitfield]] [[PHONE_NUMBER:(407) 555-0139]]""",
    r"""Yangi a'zo: [[PERSON:Javlonbek Sobirov]], tug'ilgan sana [[DATE_TIME:08.02.2003]], JSHSHIR [[ID_NUMBER:50802033074473]]. Ulgurji savdo markazi: Namangan "Chorsu" bozori, 3-qator, 41-do'kon. Telegram: @[[USERNAME:javlon_optom]], tel: [[PHONE_NUMBER:(93) 917-44-20]].""",
    r"""Applicant details (Form PV-866, Protection visa)
Family name: [[PERSON:Tohti]]      Given names: [[PERSON:Kamil Ahmet]]
Date of birth: [[DATE_TIME:19 JUN 1991]]      Place of birth: [[LOCATION:Kashgar]], [[LOCATION:Xinjiang]]
Religion: [[NRP:Sunni Muslim]]
Address in Australia: [[ADDRESS:3/17 Pearson Street]], [[LOCATION:Dandenong]] [[LOCATION:VIC]] [[ZIP_CODE:3175]]
Email: [[EMAIL_ADDRESS:kamil.tohti91@protonmail.com]]      Mobile: [[PHONE_NUMBER:0433 918 264]]
Date of arrival: [[DATE_TIME:02 FEB 2023]]""",
    r"""[ERROR] 2024-06-01 03:12:55 PaymentService - Declined: card=[[CREDIT_CARD:374459864852229]] holder="[[PERSON:MARGARET ELLISON-KAYE]]" billing_zip=[[ZIP_CODE:06103]] ip=[[IP_ADDRESS:73.214.9.180]] reason=AVS_MISMATCH
[ERROR] 2024-06-01 03:13:10 PaymentService - Declined: card=[[CREDIT_CARD:6011593128706353]] holder="[[PERSON:M ELLISON]]" billing_zip=[[ZIP_CODE:06103]] ip=[[IP_ADDRESS:73.214.9.180]] reason=VELOCITY""",
    r"""[[PERSON:Kuralay Omarova]], the Dynamic Assurance Supervisor at a mobile operator's call centre in [[LOCATION:Almaty]], listed her secondary address as [[ADDRESS:Suite 3]] and her building number as [[ADDRESS:45]] on [[ADDRESS:Raimbek Avenue]]; her IP was [[IP_ADDRESS:178.88.162.201]] and her MAC A4:C3:F0:11:7E:09.""",
    r"""Lease termination notice
Tenant: [[PERSON:Nomvula Dlamini]], ID no. [[ID_NUMBER:8711040312088]]
Property: [[ADDRESS:Unit 12, Mirabel Court, 19 Cavendish Road]], [[LOCATION:Claremont]], [[LOCATION:Cape Town]], [[ZIP_CODE:7708]]
Notice given: [[DATE_TIME:1 May 2024]]    Vacating: [[DATE_TIME:31 May 2024]]
Deposit to be returned to account [[ID_NUMBER:62841057732]] (FNB, branch 250655).
Tenant's contact: [[PHONE_NUMBER:082 446 1730]]""",
    r"""{
  "ticket": "CS-44190",
  "channel": "email",
  "from": "[[EMAIL_ADDRESS:ana.folau@icloud.com]]",
  "body": "Hi, this is [[PERSON:Ana Folau]]. I moved to [[ADDRESS:8 Kowhai Street]], [[LOCATION:Mangere]], [[LOCATION:Auckland]] [[ZIP_CODE:2022]] on [[DATE_TIME:12 March]] and my parcel went to the old place. My number is [[PHONE_NUMBER:+64 21 880 4417]]."
}""",
    r"""Бугунги савдо рўйхати - Дордой бозори, ўшлик улгуржи савдогарлар
1. [[PERSON:Айбек Тоштемиров]], контейнер 14/227, тел. [[PHONE_NUMBER:+996 555 31 84 07]]
2. [[PERSON:Гулзода Исаева]], контейнер 9/118, тел. [[PHONE_NUMBER:+996 700 42 19 66]]
3. [[PERSON:Раҳматжон Турсун]] ([[NRP:уйғур]]), контейнер 22/51, тел. [[PHONE_NUMBER:+996 772 05 38 14]]
Тўлов картага: [[CREDIT_CARD:4445 5131 3269 1079]]""",
    r"""Dear [[PERSON:Mr. Oyelowo]], following your successful interview and reference checks, please bring your passport [[ID_NUMBER:A09418263]] to the induction on [[DATE_TIME:Wednesday 10 July 2024 at 09:00]]. Your employee number will be [[ID_NUMBER:E-48177]] and your payslips will go to [[EMAIL_ADDRESS:f.oyelowo@nhs.net]].""",
    r"""Patient intake (telehealth)
Name: [[PERSON:Pilar Ocampo-Reyes]]   DOB: [[DATE_TIME:11-03-1962]]   Age: [[AGE:62]]
Preferred language: Tagalog
PhilHealth No.: [[ID_NUMBER:19-051234877-3]]
Address: [[ADDRESS:Blk 7 Lot 22, Camia Street]], [[LOCATION:Barangay San Isidro]], [[LOCATION:Parañaque City]], [[ZIP_CODE:1700]]
Emergency contact: [[PERSON:Rodel Reyes]] (son), [[PHONE_NUMBER:+63 917 552 0814]]
Connected from [[IP_ADDRESS:112.198.71.44]]""",
    r"""The wholesale buyer [[PERSON:Saodat]] from [[LOCATION:Andijan]] told the Forward Integration Manager [[PERSON:Kerem Aydın]] in [[LOCATION:Laleli]] that the 600 kg of cotton yarn should be invoiced to her company, but the card on file, [[CREDIT_CARD:5338 2722 8099 7955]], is personal; her contact email is [[EMAIL_ADDRESS:saodat.andijon@gmail.com]] and her Istanbul number [[PHONE_NUMBER:+90 536 884 07 21]].""",
    r"""<form id="residence-permit">
  <field name="full_name">[[PERSON:Ayşegül Rozi]]</field>
  <field name="nationality">[[NRP:Kazakh]]</field>
  <field name="passport_no">[[ID_NUMBER:N14820755]]</field>
  <field name="foreigner_id">[[ID_NUMBER:99626000754]]</field>
  <field name="date_of_birth">[[DATE_TIME:18.09.2003]]</field>
  <field name="address">[[LOCATION:Seyitnizam Mah.]] [[ADDRESS:Demirhane Cad. No: 37 Daire: 6]] [[LOCATION:Zeytinburnu]]/[[LOCATION:İstanbul]]</field>
  <field name="phone">[[PHONE_NUMBER:05418320471]]</field>
</form>""",
    r"""Cotton gin weigh-in slip (copy for grower)
Grower: [[PERSON:Wayne Dupree]]
Module: 118-A    Gross: 21,440 lb
Hauler: [[PERSON:Luis Ochoa]], truck plate [[ID_NUMBER:TX 4BK-9902]]
Grower phone: [[PHONE_NUMBER:(806) 555-0148]]    Grower email: [[EMAIL_ADDRESS:wdupree.farms@gmail.com]]
Received: [[LOCATION:Lamesa]], [[LOCATION:TX]] [[ZIP_CODE:79331]]""",
    r"""Салам [[PERSON:Илияс]]! Мән [[PERSON:Мурат Исмаилов]], номерим [[PHONE_NUMBER:+7 702 551 18 94]]. 20 хальта өрүкниң пулини, 300 000 тәңгини, Kaspi һесавиңға [[IBAN_CODE:KZ20998CTB6205392313]] төлидим. Әтә Барахолкидики орундин товарни елип кәт, [[PERSON:Динара]] саәт 9 дин башлап шу йәрдә болиду.""",
    r"""Name: [[PERSON:Gabriel Santos-Moreira]]; Gender: male; Height: 180 cm; Eye colour: brown; DOB: [[DATE_TIME:23rd of August 1992]]; Job: Dynamic Interactions Liaison; Street: [[ADDRESS:Rua Augusta]]; Building: [[ADDRESS:1280]]; Apt: [[ADDRESS:conj. 52]]; City: [[LOCATION:São Paulo]]; State: [[LOCATION:SP]]; CEP: [[ZIP_CODE:01304-001]]; CPF: [[ID_NUMBER:529.982.247-25]]; Phone: [[PHONE_NUMBER:+55 11 99318-4427]]""",
    r"""[[USERNAME:dilshod_k]] wrote at 21:04: i'm at [[IP_ADDRESS:84.54.92.6]] can't log in to online banking, my account email is [[EMAIL_ADDRESS:dilshod.karimov.opt@yandex.ru]] and my registered number [[PHONE_NUMBER:+998 95 770 03 41]]. it worked from the Fergana branch yesterday.""",
    r"""EMPLOYMENT CONTRACT (SEASONAL)
Employee: [[PERSON:Rosa Itzel Cach]]   Date of birth: [[DATE_TIME:14 April 1996]]
Visa: H-2A, consulate [[LOCATION:Monterrey]]
Home address: [[ADDRESS:Calle 21 #318]], [[LOCATION:Ticul]], [[LOCATION:Yucatán]], [[ZIP_CODE:97860]], [[LOCATION:México]]
Work site: cotton and peanut operations near [[LOCATION:Tifton]], [[LOCATION:GA]]
Start date: [[DATE_TIME:1 September 2024]]    Guaranteed hours: 3/4 of contract period
Signature of employee: ____________    Date: [[DATE_TIME:20/07/2024]]""",
    r"""[[PERSON:Prof. Nodira Azimova]] (ORCID-linked profile [[URL:https://www.researchgate.net/profile/Nodira-Azimova-2]]) studies irrigation and water use in the [[LOCATION:Ferghana Valley]]; she can be contacted at [[EMAIL_ADDRESS:n.azimova@inha.uz]] or on her mobile, [[PHONE_NUMBER:+998 90 936 21 47]].""",
    r"""[[PERSON:Mariam]] [[PERSON:Haidari]]'s asylum support payments: ASPEN card number [[CREDIT_CARD:4642 0342 3782 5414]], Home Office reference [[ID_NUMBER:H1120457]]. Dispersal address: [[ADDRESS:31 Albert Road]], [[LOCATION:Middlesbrough]] [[ZIP_CODE:TS1 2PA]]. Next reporting date [[DATE_TIME:6 June 2024]].""",
    r"""-----BEGIN RECORD-----
cn: [[PERSON:Thandiwe Mokoena]]
uid: [[USERNAME:tmokoena]]
mail: [[EMAIL_ADDRESS:thandiwe.mokoena@ukzn-alumni.ac.za]]
telephoneNumber: [[PHONE_NUMBER:+27 31 555 0192]]
employeeNumber: [[ID_NUMBER:UKZ-004821]]
lastLogon: [[DATE_TIME:2024-04-30 16:47:12]]
-----END RECORD-----""",
    r"""Transcript request from [[PERSON:Ahmad Shah Popal]] (class of 2009, now living in [[LOCATION:Peshawar]]): send the sealed PDF to [[EMAIL_ADDRESS:popal.ahmadshah@gmail.com]], WhatsApp [[PHONE_NUMBER:+92 300 914 2278]]. The fee came by bank transfer from [[IBAN_CODE:AE450336660928705515433]] ([[LOCATION:Dubai]]), remitter [[PERSON:A. S. Popal]].""",
    r"""ئىلتىماسچى [[PERSON:تۇرسۇنجان مەمەت]] ([[AGE:61]] ياش) بۇرۇن [[LOCATION:خوتەن]]دە ئوقۇتقۇچى بولۇپ ئىشلىگەن. [[DATE_TIME:2021-يىلى 9-ئاۋغۇست]] كۈنى [[LOCATION:گېرمانىيە]]گە كەلگەن. بانكا ھېساباتى: [[IBAN_CODE:DE29 1007 0000 3794 4115 73]]. ئالاقە: [[EMAIL_ADDRESS:tursunjan.memet@web.de]]""",
    r"""Hi team, new starter: [[PERSON:Kavya Iyer]] ([[USERNAME:kiyer]]) joins on [[DATE_TIME:3 June]]; laptop asset LT-3391, mobile [[PHONE_NUMBER:+65 9127 4408]], NRIC [[ID_NUMBER:S8834127I]], address [[ADDRESS:Blk 412 Bedok North Ave 2, #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]].""",
    r"""CASE NOTES - REFUGEE LEGAL AID CLINIC
Client: [[PERSON:Ghulam Sakhi Noori]]   DOB: [[DATE_TIME:1 Jan 1990]] (assumed)
UNHCR individual no.: [[ID_NUMBER:378-19C04412]]
Interpreter: [[PERSON:Farzana]] (Dari)
Client arrived in [[LOCATION:Canada]] via [[LOCATION:Peace Arch]] crossing on [[DATE_TIME:19 February 2023]]. IRB hearing set for [[DATE_TIME:November 4, 2024 at 9:30]].
SIN (temporary, 9-series): [[ID_NUMBER:912 445 103]]
Phone: [[PHONE_NUMBER:604-555-0178]]""",
    r"""{"type":"order","buyer":{"name":"[[PERSON:Botirjon Xolmirzayev]]","tin":"[[ID_NUMBER:304127895]]","phone":"[[PHONE_NUMBER:+998 93 498 71 05]]","email":"[[EMAIL_ADDRESS:botir.opt@gmail.com]]"},"seller":{"name":"Yiwu Jinrun Trading","phone":"+86 579 8552 0011"},"lines":[{"sku":"HB-2211","desc":"hair clips","cartons":40}],"ship_to":"[[ADDRESS:Yangi Turon ko'chasi, 7-uy]], [[LOCATION:Andijon]]"}""",
    r"""A [[AGE:29]]-year-old [[NRP:Hindu]] software tester named [[PERSON:Shreya Balasubramanian]], reachable at [[EMAIL_ADDRESS:shreya.bala@protonmail.com]], says her PAN [[ID_NUMBER:BQXPB4421K]] and her card [[CREDIT_CARD:5571 6149 9911 3984]] were leaked from an online mattress shop; she lives at [[ADDRESS:No. 14, 3rd Cross, 5th Main]], [[LOCATION:Jayanagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560011]].""",
    r"""Picker attendance - Brigade 4, [[LOCATION:Pop tumani]]
Date: 21.09.2023
[[PERSON:Murodjon Ahmedov]] - 81 kg
[[PERSON:Zilola Ahmedova]] - 69 kg
[[PERSON:Mohira Tojiboyeva]] - 74 kg
[[PERSON:Sanjarbek]] ([[AGE:17]]) - sent home by inspector
Brigadir: [[PERSON:Qodirjon]] aka - tel [[PHONE_NUMBER:+998 69 227 40 18]]""",
    r"""From: [[EMAIL_ADDRESS:dmitri.sokolov.law@gmail.com]]
To: [[EMAIL_ADDRESS:imran.tursun@hotmail.com]]
Subject: your flat purchase file
[[PERSON:Imran]], the notary in [[LOCATION:Almaty]] accepted your documents for the flat purchase on [[DATE_TIME:14 March]]. Keep the receipt (no. 0048812). Your IIN is [[ID_NUMBER:920607390077]]; your old passport number [[ID_NUMBER:EG4418210]] was noted as expired. - [[PERSON:Dmitri]]""",
    r"""kubectl logs deploy/notify -n prod | tail -3
{"level":"info","msg":"sms queued","to":"[[PHONE_NUMBER:+14165550113]]","user":"[[USERNAME:aliyah.b]]"}
{"level":"info","msg":"email queued","to":"[[EMAIL_ADDRESS:aliyah.bouchard@rogers.com]]","user":"[[USERNAME:aliyah.b]]"}
{"level":"warn","msg":"retry","to":"[[EMAIL_ADDRESS:kenji.watanabe@shaw.ca]]","user":"[[USERNAME:kwatanabe]]","attempt":3}""",
    r"""GUARANTOR DECLARATION - EXCERPT
I, [[PERSON:Bakhtiyar Nurmatov]], residing at [[ADDRESS:2216 Avenue U, Apt 3F]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11229]], US passport no. [[US_PASSPORT:583019274]], declare that I will act as guarantor for the lease of my sister [[PERSON:Shahnoza Nurmatova]], born [[DATE_TIME:11 May 1998]] in [[LOCATION:Namangan]], [[LOCATION:Uzbekistan]]. My SSN is [[US_SSN:118-62-4405]]. Signed [[DATE_TIME:June 3, 2024]].""",
    r"""Renter [[PERSON:Dzhamilya Yusupova]] reported that [[PERSON:Mr. Arman Seitkali]], the landlord at [[ADDRESS:Tole Bi 286, apt 19]], [[LOCATION:Almaty]], kept her deposit. She moved in on [[DATE_TIME:1 October 2022]] and out on [[DATE_TIME:30 April 2024]]; her card for the refund is [[CREDIT_CARD:4241 3260 7112 4838]] and her phone [[PHONE_NUMBER:+7 705 318 47 20]].""",
    r"""Subject: Ref: [[ID_NUMBER:U1170832]] - decision on your asylum claim
Dear [[PERSON:Mr. Yalqun Rozi]],
We have considered your claim for asylum made on [[DATE_TIME:14 November 2022]]. You said you are a [[NRP:Uyghur]] [[NRP:Muslim]] from [[LOCATION:Ghulja]] and that your brother [[PERSON:Erkin]] was detained. Your claim is granted. Please provide your bank details and your address at [[ADDRESS:Flat 7, 90 Whitechapel Road]], [[LOCATION:London]] [[ZIP_CODE:E1 1JQ]] for the BRP delivery.""",
    r"""user:
  id: 88214
  handle: "[[USERNAME:samira_ferghana]]"
  display_name: "[[PERSON:Samira Tojiboeva]]"
  bio: "Wedding and family photographer. [[LOCATION:Margilan]]"
  contact:
    phone: "[[PHONE_NUMBER:+998 90 271 55 38]]"
    instagram: "[[URL:https://instagram.com/samira_ferghana]]"
  last_login: "[[DATE_TIME:2024-05-19T22:11:40+05:00]]"
  signup_ip: "[[IP_ADDRESS:185.74.5.219]]"
  status: active""",
    r"""Your claim has been received. Claim no. CLM-7709182. Claimant: [[PERSON:Ruth Abernethy]]; Date of incident: [[DATE_TIME:5th February 2024]]; vehicle registration [[ID_NUMBER:SN19 XKT]]; driving licence no. [[ID_NUMBER:ABERN753028R99PZ]]; home address [[ADDRESS:17 Braid Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH10 6AU]]. Your hire car was booked for [[DATE_TIME:7 February]].""",
    r"""[[PERSON:Gulnara]], the Customer Web Director, wants the conference bookings redone: she is [[PERSON:Gulnara Bekova]], born [[DATE_TIME:3/5/1975]], IIN [[ID_NUMBER:750503422007]], email [[EMAIL_ADDRESS:g.bekova@kazwool.kz]], and she flies in from [[LOCATION:Taldykorgan]] on the morning of the keynote.""",
    r"""Invoice dispute - wholesale
Customer: [[PERSON:Nguyen Thi Thu Ha]] (customer no. [[ID_NUMBER:WHL-30917]])
Shop: Footscray Market, [[ADDRESS:81 Hopkins Street, Stall 88]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]]
Disputed charge on [[CREDIT_CARD:3598 3450 3557 1422]]
Contact: [[PHONE_NUMBER:0401 225 918]] / [[EMAIL_ADDRESS:thuha.nguyen@bigpond.com]]""",
    r"""Mijoz: [[PERSON:Xayrullo Mirzaahmedov]], [[DATE_TIME:1974-yil 27-aprel]]da tug'ilgan, JSHSHIR: [[ID_NUMBER:32704743040976]], manzil: [[LOCATION:Namangan viloyati]], [[LOCATION:Uychi tumani]], [[LOCATION:Guliston MFY]], [[ADDRESS:Bog'bon ko'chasi 5-uy]]. Kredit miqdori: 45 000 000 so'm, 24 oy. Karta: [[CREDIT_CARD:8600 9458 0730 2156]].""",
    r"""2024-04-12 09:30:01,442 INFO [booking] appointment created patient=[[PERSON:Esperanza Villalobos]] patient_id=[[ID_NUMBER:PT-448120]] slot=[[DATE_TIME:2024-04-16 14:20]] clinic=Eastside Family Health phone=[[PHONE_NUMBER:(602) 555-0171]]
2024-04-12 09:30:01,450 INFO [notify] sms sent to [[PHONE_NUMBER:(602) 555-0171]]""",
    r"""From the oral history archive: "My name is [[PERSON:Sabira Ismailova]]. I was [[AGE:12]] when they first sent our class to the cotton fields near [[LOCATION:Jalal-Abad]]. That was [[DATE_TIME:September 1984]]. Our teacher, [[PERSON:Valentina Petrovna]], weighed our sacks." Interview recorded in [[LOCATION:Osh]] on [[DATE_TIME:15 May 2019]].""",
    r"""| Account | Value |
|---|---|
| holder | [[PERSON:Joaquim Ferreira da Silva]] |
| IBAN | [[IBAN_CODE:CH3700762123069940775]] |
| BIC | BCGECHGGXXX |
| card | [[CREDIT_CARD:2221 1456 5533 7246]] |
| CVV | 902 |
| expiry | 10/28 |
| phone | [[PHONE_NUMBER:+41 78 612 44 09]] |
| address | [[ADDRESS:Rue de Carouge 61]], [[ZIP_CODE:1205]] [[LOCATION:Genève]] |""",
    r"""Мен [[PERSON:Илияр Һезим]], [[DATE_TIME:1988-жили 30-июль]] туғулғанмән, [[LOCATION:Алмута]] вилайити [[LOCATION:Чонҗа]] йезисида туримән. Телефон: [[PHONE_NUMBER:+7 701 904 27 55]]. ЖСН: [[ID_NUMBER:880730371238]].""",
    r"""Support transcript export
[agent] Thanks for calling, may I have your full name and date of birth?
[caller] [[PERSON:Fatuma Wanjiru Kamau]], [[DATE_TIME:14th July 1987]].
[agent] And your ID number?
[caller] [[ID_NUMBER:27814402]]. My M-Pesa line is [[PHONE_NUMBER:0722 418 905]].
[agent] Thank you [[PERSON:Fatuma]], I see the KRA PIN [[ID_NUMBER:A004417729Q]] on file.""",
    r"""ORDER CONFIRMATION for [[PERSON:Ms. Latisha Broadnax]], shipping to [[ADDRESS:PO Box 7721]], [[LOCATION:Jackson]], [[LOCATION:MS]] [[ZIP_CODE:39284]]. Paid with Visa [[CREDIT_CARD:4446 6944 6519 5539]]. Questions? Our team answers at (800) 555-0100 or help@cottonwood-linens.com.""",
    r"""Asylum seeker registration (Netherlands) - excerpt
V-number: [[ID_NUMBER:3012448871]]
Name: [[PERSON:Abdulla Hesen]]
Date of birth: [[DATE_TIME:02-12-1971]]
Nationality: [[NRP:Chinese]] (ethnicity: [[NRP:Uyghur]])
BSN: [[ID_NUMBER:524240024]]
Reception centre address: [[ADDRESS:Sportlaan 1]], [[ZIP_CODE:9502 AA]] [[LOCATION:Ter Apel]]""",
    r"""A note for the trust and safety desk: the player [[PERSON:Ravshan]] (Kokand) has two accounts, [[USERNAME:ravshan_kokand]] and [[USERNAME:ravshan.gg]], both with email [[EMAIL_ADDRESS:ravshan.kokand@mail.ru]]. Merge them and keep the phone [[PHONE_NUMBER:+998 73 542 18 09]]. His PINFL is [[ID_NUMBER:30212713031180]] from the age check.""",
    r"""MEMBER ENROLMENT
Full name: [[PERSON:Wiremu Tane Hohaia]]
Date of birth: [[DATE_TIME:09 Sep 1983]]
Ethnicity: [[NRP:Māori]]
Street: [[ADDRESS:44 Tukapa Street]]
Suburb: [[LOCATION:Westown]]
City: [[LOCATION:New Plymouth]]
Postcode: [[ZIP_CODE:4310]]
Email: [[EMAIL_ADDRESS:wiremu.hohaia@xtra.co.nz]]""",
    r"""Crop insurance claim narrative: Insured [[PERSON:Billy Ray Hensarling]] reports hail damage on [[DATE_TIME:June 12, 2024]] across 640 acres of dryland cotton south of [[LOCATION:Slaton]]. Adjuster [[PERSON:Candace Morrow]] inspected with the insured on [[DATE_TIME:June 14]]. Insured's cell [[PHONE_NUMBER:806-555-0193]]; payment to account [[ID_NUMBER:2209148836]] at First Plains Bank.""",
    r"""GUEST FOLIO - Hotel Rustaveli Boutique
Guest: [[PERSON:Ergash Tursunov]]    Home address: [[ADDRESS:Bunyodkor shoh ko'chasi 24]], [[LOCATION:Tashkent]] [[ZIP_CODE:100115]]
Arrival: [[DATE_TIME:08/05/2024]]    Departure: [[DATE_TIME:12/05/2024]]    Room 514
Guest phone: [[PHONE_NUMBER:+998 71 255 03 66]]
Settled by transfer from [[IBAN_CODE:GE55TB1745495694876459]] (TBC, [[LOCATION:Tbilisi]])
Booked by: [[PERSON:Nino Beridze]], [[EMAIL_ADDRESS:nino.beridze@gmail.com]]""",
    r"""Dear [[PERSON:Kateryna]], your temporary protection residence card no. [[ID_NUMBER:PL-TP 0482217]] is ready. Please collect it in person at the Voivodeship Office on [[DATE_TIME:28 May 2024 at 12:40]]. Bring the PESEL confirmation ([[ID_NUMBER:88071914523]]). Refund of the stamp fee will go to [[IBAN_CODE:PL37109010149533156254297513]].""",
    r"""The Direct Metrics Liaison [[PERSON:Yusufjan]] (age [[AGE:41]]) of the Kashgar Road Traders' Association in [[LOCATION:Istanbul]] asked us to send the cotton samples to his cousin [[PERSON:Osman Yasin]] at [[LOCATION:Kazlıçeşme Mah.]] [[ADDRESS:Demirhane Cad. No: 52]], [[ZIP_CODE:34020]] [[LOCATION:Zeytinburnu]]; Osman's number is [[PHONE_NUMBER:+90 212 546 18 03]] and his email [[EMAIL_ADDRESS:osman.yasin@hotmail.com.tr]].""",
    r"""# .env.local - DO NOT COMMIT
DB_HOST=[[IP_ADDRESS:10.0.3.12]]
DB_PORT=5432
ADMIN_NAME=[[PERSON:Priscilla Nakato]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:p.nakato@kampalarides.co.ug]]
ADMIN_PHONE=[[PHONE_NUMBER:+256 772 418 093]]
SMTP_USER=noreply@kampalarides.co.ug
SMTP_PASS=Qw!82hZp""",
    r"""STUDENT ENROLMENT FORM - Riverside Primary
Pupil: [[PERSON:Amara Chukwu-Lindqvist]]   DOB: [[DATE_TIME:14.02.2017]]   Year group: 2
Parent/guardian 1: [[PERSON:Ngozi Chukwu]], mobile [[PHONE_NUMBER:07700 914 226]], [[EMAIL_ADDRESS:ngozi.chukwu@btinternet.com]]
Parent/guardian 2: [[PERSON:Erik Lindqvist]], mobile [[PHONE_NUMBER:07911 402 118]]
Home address: [[ADDRESS:22 Orchard Way]], [[LOCATION:Leicester]] [[ZIP_CODE:LE3 9PL]]
Religion (optional): [[NRP:Catholic]]
Medical: mild asthma, inhaler kept in class""",
    r"""Player [[USERNAME:NightOwl_Farrukh]] (real name [[PERSON:Farrukh Ismoilov]], [[AGE:19]]) was banned after logging in from [[IP_ADDRESS:2a03:e280:11c4:7b00::1a]] and [[IP_ADDRESS:89.236.218.74]] within two minutes; the chargeback came from card [[CREDIT_CARD:4527 7204 0560 8653]] and the appeal from [[EMAIL_ADDRESS:farrukh.ismoilov2005@gmail.com]].""",
    r"""WIRELESS SERVICE AGREEMENT
Customer: [[PERSON:DeShawn M. Carter]]   Account: [[ID_NUMBER:880214773-00001]]
Service address: [[ADDRESS:3390 Peachtree Industrial Blvd, Apt 1207]], [[LOCATION:Duluth]], [[LOCATION:GA]] [[ZIP_CODE:30097]]
Lines: [[PHONE_NUMBER:(678) 555-0122]], [[PHONE_NUMBER:(678) 555-0157]]
ID verified: GA driver's license [[US_DRIVER_LICENSE:058127734]], DOB [[DATE_TIME:10/30/1988]]
Autopay: Mastercard [[CREDIT_CARD:5334 4614 0058 0767]], exp 03/27
Signed electronically [[DATE_TIME:05/14/2024 6:42 PM]] from [[IP_ADDRESS:174.50.221.96]]""",
    r"""Pet owner: [[PERSON:Anjali Menon]] | Phone: [[PHONE_NUMBER:+91 94470 18822]] | Address: [[ADDRESS:TC 14/1102]], [[LOCATION:Vazhuthacaud]], [[LOCATION:Thiruvananthapuram]] [[ZIP_CODE:695014]] | Pet: Bruno (Labrador, 6 y) | Visit: [[DATE_TIME:27-05-2024 17:30]] | Vet: [[PERSON:Dr. Joseph Varghese]] | Paid via UPI, ref 4182 2093 1170""",
    r"""mutation {
  updateEmployee(id: "[[ID_NUMBER:E-20417]]", input: {
    legalName: "[[PERSON:Marie-Ève Tremblay]]",
    sin: "[[ID_NUMBER:108 091 240]]",
    homeAddress: "[[ADDRESS:2150 rue Sherbrooke Est, app. 4]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2K 1C1]]",
    personalEmail: "[[EMAIL_ADDRESS:marie.eve.tremblay@videotron.ca]]",
    startDate: "[[DATE_TIME:2024-08-19]]"
  }) { id }
}""",
]

GEN = [
    r"""Hi, I'm [[PERSON:Malika Ergasheva]] and I sell dried apricots wholesale at the Chorsu bazaar; please call me on [[PHONE_NUMBER:+998 90 947 31 26]] when the twelve boxes for [[PERSON:Mr. Hasan Çelik]] in [[LOCATION:Bursa]] are ready to go.""",
    r"""[[PERSON:jerome]] said his daughter turned [[AGE:16]] on [[DATE_TIME:May 4th]], so her learner's permit test is booked at the DMV in [[LOCATION:Sacramento]] for [[DATE_TIME:May 20 at 2:15 pm]].""",
    r"""[[PERSON:Nurgul Ablet]], a [[AGE:34]]-year-old [[NRP:Uyghur]] mother of three, lodged her asylum claim in [[LOCATION:Sweden]] on [[DATE_TIME:3 March 2021]]. Her Migration Agency file number is [[ID_NUMBER:21-114872]] and she now lives at [[ADDRESS:Ringvägen 48]], [[ZIP_CODE:118 63]] [[LOCATION:Stockholm]].""",
    r"""The prescription for [[PERSON:Mrs. Bernadette Kowalczyk]] (DOB [[DATE_TIME:1949-10-12]]) is ready. If she can't come in, her son [[PERSON:Piotr]] may collect it if he brings her NHS number, [[ID_NUMBER:534 578 6887]].""",
    r"""Every autumn since [[DATE_TIME:September 2015]], [[PERSON:Shukrullo Rahimov]] has hired pickers for his cotton farm outside [[LOCATION:Jizzakh]]. This year he paid them 1,500 so'm a kilo, straight from his Humo card [[CREDIT_CARD:9860 0332 2453 8323]].""",
    r"""Could you update the mobile on my account? It's [[PHONE_NUMBER:0417 663 205]] now, not the old landline. Thanks, [[PERSON:Siosaia Taufa]] (customer number [[ID_NUMBER:7742018]])""",
    r"""Assalomu alaykum, men [[PERSON:Dildora Usmonova]], [[LOCATION:Marg'ilon]]dagi Kumtepa bozorida atlas va adras sotaman. Ulgurji buyurtma uchun [[PHONE_NUMBER:+998 91 660 24 17]] raqamiga qo'ng'iroq qiling yoki Telegramda @[[USERNAME:dildora_atlas]] ga yozing.""",
    r"""Payroll note: [[PERSON:Tariq Al-Hashimi]]'s new bank details take effect on [[DATE_TIME:1 July 2024]] (account [[ID_NUMBER:41993382]], sort code 20-45-77), and his home address is now [[ADDRESS:15 Grange Park Avenue]], [[LOCATION:Leeds]] [[ZIP_CODE:LS8 3HT]].""",
    r"""At [[AGE:71]], [[PERSON:Helmut Brandauer]] was the oldest runner in the [[LOCATION:Vienna]] half marathon. His cardiologist, [[PERSON:Dr. Ingrid Hofer]], had signed his clearance on [[DATE_TIME:28 March 2024]].""",
    r"""My uncle [[PERSON:Abdulhakim Yasin]] has lived in [[LOCATION:Zeytinburnu]] since 2016, and his humanitarian residence permit, foreigner ID [[ID_NUMBER:99056148934]], has to be renewed before [[DATE_TIME:15 October]]. His appointment at the migration office is on [[DATE_TIME:Monday 2 September at 10:30]].""",
    r"""hi this is [[PERSON:kezia ramsaroop]], i returned the blender on [[DATE_TIME:June 3]] but the refund still hasn't hit my card. my email is [[EMAIL_ADDRESS:kezia.r@gmail.com]] and phone [[PHONE_NUMBER:868-555-0134]]""",
    r"""Passenger [[PERSON:Olumide Bankole]], passport [[ID_NUMBER:B02948817]], is booked on the [[DATE_TIME:14 August]] flight from [[LOCATION:Lagos]] to [[LOCATION:Toronto]]; his frequent flyer number is [[ID_NUMBER:418 772 093]].""",
    r"""Men [[PERSON:Zulpiye Hoshur]], [[DATE_TIME:1990-yili 12-may]] [[LOCATION:Ürümchi]]de tughulghan. [[DATE_TIME:2017-yili 6-dékabir]] [[LOCATION:Türkiye]]ge keldim we hazir [[LOCATION:Qeyseri]]de turimen. Téléfonum: [[PHONE_NUMBER:0543 218 60 91]].""",
    r"""The deed for [[ADDRESS:712 Magnolia Street]], [[LOCATION:Mobile]], [[LOCATION:Alabama]] [[ZIP_CODE:36604]] was signed by [[PERSON:Lorraine Batiste-Hill]] and her brother [[PERSON:Cedric Batiste]] on [[DATE_TIME:February 27, 2024]] before the notary, [[PERSON:Alan Whitcombe]].""",
    r"""Our new exchange student, [[PERSON:Ayşe Demirtaş]], [[AGE:15]], arrives on [[DATE_TIME:28 August]] and will stay with the [[PERSON:Hendricks]] family at [[ADDRESS:41 Ridgeview Drive]], [[LOCATION:Eau Claire]].""",
    r"""[[PERSON:Gulbahor]] from the Osh bazaar texted from [[PHONE_NUMBER:+996 770 188 452]] to say the wholesale price of Chinese jeans went up again. She'll hold forty pairs until [[PERSON:Jasur Sodiqov]] comes to collect them on [[DATE_TIME:Friday 14 June]].""",
    r"""[[PERSON:Sipho Ndlovu]] ported his number, [[PHONE_NUMBER:+27 83 419 2270]], to us on [[DATE_TIME:12 April]]. We verified him with ID number [[ID_NUMBER:9302275561083]] and a utility bill for [[ADDRESS:23 Jacaranda Street]], [[LOCATION:Pretoria]] [[ZIP_CODE:0083]].""",
    r"""[[PERSON:Brendan O'Keefe]], [[AGE:52]], has grown irrigated cotton near [[LOCATION:Narrabri]] since the late nineties; his picking contractor, [[PERSON:Jase Whitton]], is on [[PHONE_NUMBER:0428 317 664]].""",
    r"""gg to [[USERNAME:xXSaltyDogXx]], who turned out to be [[PERSON:Kevin Ng]] from my old school in [[LOCATION:Richmond]]. he added me on discord as [[USERNAME:kev.ng]]""",
    r"""[[PERSON:Abdurahman Kerim]] arrived in [[LOCATION:New York]] on [[DATE_TIME:July 30, 2019]] and filed for asylum within the year. His A-number is [[ID_NUMBER:A 214 087 552]], and his attorney, [[PERSON:Sarah Lindqvist-Moore]], can be reached at [[EMAIL_ADDRESS:slindqvist@lindqvistimmigration.com]].""",
    r"""Viewing confirmed for [[DATE_TIME:Saturday 8 June at 11am]]: [[ADDRESS:Flat 2B, 19 Cheltenham Terrace]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5RP]]. Your agent on the day is [[PERSON:Ollie]] ([[PHONE_NUMBER:07384 551 903]]).""",
    r"""[[PERSON:Баҳром Содиқов]] [[DATE_TIME:2023 йил 12 сентябр]] куни [[LOCATION:Андижон вилояти]], [[LOCATION:Бўстон тумани]]даги фермер хўжалигида пахта теришни бошлади. Унинг телефони: [[PHONE_NUMBER:+998 94 102 37 58]].""",
    r"""Policyholder [[PERSON:Aroha Ngata]] rang on [[DATE_TIME:2 May]] to add her partner [[PERSON:James Tuhiwai]], born [[DATE_TIME:17/09/1986]], as a named driver on the Corolla, plate [[ID_NUMBER:LKJ482]].""",
    r"""Follow my sister [[PERSON:Leila Haddad]] at [[URL:https://www.tiktok.com/@leilabakes]] - she's the one who made the cake for [[PERSON:omar]]'s birthday!""",
    r"""The laptop issued to [[PERSON:Ms. Funmilayo Adebisi]] (asset tag LT-22817) was last seen on the office Wi-Fi at [[IP_ADDRESS:192.168.40.117]]. Please call her on [[PHONE_NUMBER:+234 803 551 2079]] before wiping it.""",
    r"""When [[PERSON:Serik Ospanov]] started trading at the Barakholka in [[LOCATION:Almaty]] in the nineties, he bought shoes wholesale from [[LOCATION:Urumqi]]. Today his son [[PERSON:Daniyar]] handles the orders from [[EMAIL_ADDRESS:daniyar.ospanov@mail.kz]].""",
    r"""Courier note: if nobody answers, leave the parcel for [[PERSON:Gwen Pryce-Evans]] with the neighbour at [[ADDRESS:No. 9 Heol y Coed]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HJ]]; her number is [[PHONE_NUMBER:029 2061 4473]].""",
    r"""Welcome to the club, [[PERSON:Rajinder Singh Bains]]! Your membership number is [[ID_NUMBER:FT-0093317]] and your first induction is on [[DATE_TIME:Tuesday 11 June, 6:30pm]].""",
    r"""[[PERSON:ئەخمەتجان قادىر]] [[LOCATION:ئىستانبۇل]]دا توپ سودا قىلىدۇ. ئۇنىڭ تېلېفونى [[PHONE_NUMBER:+90 535 602 71 48]]، ئېلخېتى [[EMAIL_ADDRESS:ahmetjan.kadir@gmail.com]].""",
    r"""[[PERSON:Hyun-woo Park]]'s SIN, [[ID_NUMBER:225 089 960]], was typed onto the wrong T4, and the CRA letter dated [[DATE_TIME:March 11, 2024]] went to his old place at [[ADDRESS:1188 Howe Street, Unit 1402]], [[LOCATION:Vancouver]].""",
    r"""Monitor [[PERSON:Zulfiya Nematova]] counted 38 pickers sent from the [[LOCATION:Kuva district]] hospital staff to a single field on [[DATE_TIME:18 September 2022]], and she sent her report from [[EMAIL_ADDRESS:z.nematova.monitor@protonmail.com]].""",
    r"""[[PERSON:Emily-Rose Tran]] noticed a charge she didn't make on her Visa [[CREDIT_CARD:4266 8801 3538 5926]] on [[DATE_TIME:Sunday 19 May]] and called from [[PHONE_NUMBER:+61 2 9181 4470]] to freeze it.""",
    r"""The Home Office interviewed [[PERSON:Arslan Mahsum]] in [[LOCATION:Croydon]] on [[DATE_TIME:6 February 2023]]. He is [[AGE:27]], from [[LOCATION:Turpan]], and his Home Office reference is [[ID_NUMBER:M1204871]].""",
    r"""Please congratulate [[PERSON:Chiara Benedetti]] on ten years with us: she joined on [[DATE_TIME:3 June 2014]] as a junior analyst and now leads the risk team in [[LOCATION:Milan]].""",
    r"""[[PERSON:Sardorbek Yo'ldoshev]], tug'ilgan sanasi [[DATE_TIME:14.03.2010]], [[LOCATION:Farg'ona]] shahridagi 21-maktabning 8-sinf o'quvchisi. Ota-onasining telefoni: [[PHONE_NUMBER:+998 90 305 48 12]].""",
    r"""Bring Luna in on [[DATE_TIME:Thursday the 13th at 9:20]], [[TITLE:mrs.]] [[PERSON:okonkwo]], and don't feed her after midnight.""",
    r"""Medicines for [[PERSON:Lakshmi Narayanan]], [[AGE:78]], go to [[ADDRESS:Door No. 7, 2nd Street]], [[LOCATION:Gandhi Nagar]], [[LOCATION:Adyar]], [[LOCATION:Chennai]] [[ZIP_CODE:600020]]; her grandson [[PERSON:Karthik]] will pay by UPI from [[PHONE_NUMBER:98401 22763]].""",
    r"""The travel agent [[PERSON:Erkin Imin]] says the tickets were picked up by [[PERSON:Mr. Yunus Polat]] on [[DATE_TIME:22 April]]; [[PERSON:Erkin]]'s IBAN for the balance is [[IBAN_CODE:TR39 0004 6062 8719 5837 0381 61]].""",
    r"""My grandmother, [[PERSON:Essie Mae Robinson]], picked cotton in [[LOCATION:Sunflower County]], [[LOCATION:Mississippi]], until she was [[AGE:14]], and she moved to [[LOCATION:Chicago]] on [[DATE_TIME:August 9, 1953]].""",
    r"""The SIM registered to [[PERSON:Sevara Alimova]], passport [[ID_NUMBER:AC3309184]], was reissued in [[LOCATION:Andijan]] on [[DATE_TIME:4 May 2024]]; her new number is [[PHONE_NUMBER:+998 88 402 15 73]].""",
    r"""Refugee claimant [[PERSON:Nadia Rasuli]], her husband [[PERSON:Javid]] and their daughter [[PERSON:Mina]] ([[AGE:6]]) were placed at [[ADDRESS:455 Dundas Street East]], [[LOCATION:Toronto]], after arriving on [[DATE_TIME:15 January 2024]]. [[PERSON:Nadia]]'s UCI is [[ID_NUMBER:11-2344-7180]].""",
    r"""The tenants at [[ADDRESS:Unit 7, 33-35 Railway Parade]], [[LOCATION:Marrickville]], [[PERSON:Dev]] and [[PERSON:Priyanka Chauhan]], have given notice and will move out on [[DATE_TIME:30/06/2024]].""",
    r"""[[PERSON:Kadir Şahin]] asked us to send the loan papers to [[EMAIL_ADDRESS:kadir.sahin1984@hotmail.com]] and confirmed his T.C. number as [[ID_NUMBER:48625511822]] and his birth date as [[DATE_TIME:1984-07-21]].""",
    r"""[[PERSON:Шаһидә Абдуллаева]] [[LOCATION:Алмута]]дики 15-мәктәптә оқутқучи болуп ишләйду. Униң телефони: [[PHONE_NUMBER:+7 727 294 18 06]], электрон почтиси: [[EMAIL_ADDRESS:shahida.abdullaeva@mail.ru]].""",
    r"""Farmer [[PERSON:Vitthal Jadhav]] of [[LOCATION:Yavatmal]] sold 22 quintals of cotton when he went to the CCI centre on [[DATE_TIME:11 December 2023]]; the money went to his bank account [[ID_NUMBER:50100231447780]], and his Aadhaar, [[ID_NUMBER:8204 9428 1104]], is linked for the subsidy.""",
    r"""Guest [[PERSON:Ms. Ingrid Solberg]] asks for a late checkout on [[DATE_TIME:21 July]] and wants the invoice sent to [[EMAIL_ADDRESS:ingrid.solberg@online.no]]; her passport number is [[ID_NUMBER:FH0412873]].""",
    r"""[[PERSON:Saidakbar Tillaev]] flies from [[LOCATION:Namangan]] to [[LOCATION:Dubai]] four times a year to buy phones wholesale in Deira. His UAE residence visa number is [[ID_NUMBER:201/2022/7/118432]] and his Dubai mobile [[PHONE_NUMBER:+971 55 418 2096]].""",
    r"""The witness, [[PERSON:Marcus Delacroix]], of [[ADDRESS:19 Rue Saint-Denis]], [[LOCATION:Québec]], [[LOCATION:QC]] [[ZIP_CODE:G1R 4B3]], will testify on [[DATE_TIME:October 3]] about what he saw outside the bar.""",
    r"""Since [[DATE_TIME:June 2020]], [[PERSON:Memet Tursun]] has held a refugee residence permit in [[LOCATION:Munich]]. The card number is [[ID_NUMBER:Y4K8H2R71]] and his address is [[ADDRESS:Schleißheimer Straße 214]], [[ZIP_CODE:80797]] [[LOCATION:München]].""",
    r"""so [[PERSON:tolani]] just posted her new address ([[ADDRESS:14 Admiralty Way]], [[LOCATION:Lekki]]) on her story?? someone tell her to take it down, her handle is [[USERNAME:tolani.xo]]""",
    r"""Hurmatli [[PERSON:Nodirbek Ismoilov]], [[CREDIT_CARD:8600 7368 1930 3641]] raqamli Uzcard kartangiz [[DATE_TIME:2024-yil 25-may]] kuni bloklandi. Savollar bo'lsa, bankning 1221 qisqa raqamiga qo'ng'iroq qiling.""",
    r"""The [[AGE:63]]-year-old farmer [[PERSON:Abduvali Karimov]] from [[LOCATION:Buvayda]] told us his cotton quota was cut again this year. His nephew [[PERSON:Islom]] now handles the farm's contracts by phone, [[PHONE_NUMBER:+998 93 771 20 46]].""",
    r"""Member [[PERSON:Gabriela Nowak]], ID [[ID_NUMBER:XHP448120977]], had her knee MRI on [[DATE_TIME:4/18/2024]]; the explanation of benefits went to [[ADDRESS:5520 N Sheridan Rd, Apt 9B]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60640]].""",
    r"""In [[DATE_TIME:March 2019]], [[PERSON:Qaisar Keken]] crossed into [[LOCATION:Kazakhstan]] at [[LOCATION:Khorgos]] and asked for refugee status; the court in [[LOCATION:Zharkent]] heard his case on [[DATE_TIME:11 July 2019]].""",
    r"""[[PERSON:Yasmin Qureshi]]'s order was left at [[ADDRESS:Apt 3, 16 Kingsley Road]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 2AJ]] instead of her office, and she'd like a call back on [[PHONE_NUMBER:07456 230 918]].""",
    r"""[[PERSON:Tursunay Ablimit]] [[LOCATION:Almuta]]diki Barakholka bazirida kiyim-kéchek sodisi qilidu. Uning top soda zakazliri üchün téléfoni [[PHONE_NUMBER:+7 777 218 40 95]].""",
    r"""Transcript request from [[PERSON:Oluwatobi Adesanya]], student number [[ID_NUMBER:20931447]], who graduated in [[DATE_TIME:July 2019]]; please email it to [[EMAIL_ADDRESS:tobi.adesanya@gmail.com]].""",
    r"""[[PERSON:Hemi]] on the front desk says [[PERSON:Clara Mbeki-Stone]] has frozen her membership from [[DATE_TIME:1 August]] to [[DATE_TIME:30 September]] because of her surgery.""",
    r"""My father [[PERSON:Abdusattar]] drove a bus in [[LOCATION:Andijan]] for twenty years. Now he lives with us at [[LOCATION:Kocatepe Mah.]] [[ADDRESS:4. Sokak No: 18 Daire: 5]], [[LOCATION:Bayrampaşa]], and his Turkish citizenship number is [[ID_NUMBER:58733311382]].""",
    r"""[[PERSON:ئايگۈل ئوسمان]] [[DATE_TIME:2024-يىلى 17-ماي كۈنى سائەت 10:00]] دە دوختۇرخانىغا كېلىشى كېرەك. ئۇنىڭ تېلېفونى: [[PHONE_NUMBER:+90 546 219 38 04]].""",
    r"""[[PERSON:Farida]] and [[PERSON:Jamshid Hakimov]] invite you to their wedding on [[DATE_TIME:Saturday, 21 September 2024 at 5 pm]] at the Navruz hall in [[LOCATION:Kokand]]. RSVP to [[PERSON:Farida]]'s sister [[PERSON:Munisa]] on [[PHONE_NUMBER:+998 91 155 03 29]].""",
    r"""Overdue notice for [[PERSON:Mr. Desmond Achterberg]] of [[ADDRESS:8 Wattle Grove]], [[LOCATION:Ballarat]]: library card [[ID_NUMBER:29004018824471]] has three items overdue.""",
    r"""[[PERSON:Gulnisa Memtimin]], [[AGE:44]], a [[NRP:Uyghur]] widow in [[LOCATION:Kayseri]], was granted a long-term residence permit on [[DATE_TIME:9 January 2023]]. Her foreigner ID is [[ID_NUMBER:99787789352]] and her son [[PERSON:Abdulla]] helps her with the paperwork.""",
    r"""Rental agreement RA-88120: renter [[PERSON:Hiroshi Takeda]], Japanese driving licence [[ID_NUMBER:312204581907]], pick-up [[DATE_TIME:10 Oct 2024 08:00]] at [[LOCATION:Calgary]] airport, additional driver [[PERSON:Yumi Takeda]].""",
    r"""I buy dried fruit wholesale from [[PERSON:Olim]] aka at the Chorsu bazaar and resell it in [[LOCATION:Seoul]]. His son [[PERSON:Bekhruz]] handles the cargo and can be reached at [[PHONE_NUMBER:+998 97 401 88 16]] or [[EMAIL_ADDRESS:bekhruz.cargo@gmail.com]].""",
    r"""Thank you, [[PERSON:Mrs. Parvaneh Farahani]]. Your monthly gift of £20 from account [[ID_NUMBER:70443129]] starts on [[DATE_TIME:1 March]], and your Gift Aid declaration is linked to [[ADDRESS:63 Kenton Lane]], [[LOCATION:Harrow]] [[ZIP_CODE:HA3 8TT]].""",
    r"""[[PERSON:Mateo]], [[AGE:31]], from [[LOCATION:Valparaíso]], says you can text him on [[PHONE_NUMBER:+56 9 8841 2207]] if you're ever in town.""",
    r"""[[PERSON:Guljennet Abla]] told the tribunal on [[DATE_TIME:5 June 2021]] that she had been made to pick cotton near [[LOCATION:Maralbexi]] the previous autumn, together with her neighbour [[PERSON:Aynur]].""",
    r"""Account holder [[PERSON:Tyrone Jefferson]] asked to add his mother, [[PERSON:Gloria]], to the family plan; her line will be [[PHONE_NUMBER:(313) 555-0149]] and the plan bills to his card ending 0917.""",
    r"""Salam, men [[PERSON:Adiljan Rozi]]. Éléktron pochtam [[EMAIL_ADDRESS:adiljan.rozi@gmail.com]], téléfonum [[PHONE_NUMBER:+90 552 384 17 60]]. Silerni [[DATE_TIME:15-iyun]] küni toyumgha teklip qilimen!""",
    r"""[[PERSON:Siobhan McAllister]]'s council tax account [[ID_NUMBER:40018837221]] shows her moving into [[ADDRESS:2/1, 48 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6RN]] on [[DATE_TIME:14 February 2024]].""",
    r"""The protection visa interview for [[PERSON:Abdulaziz Ghappar]] is set for [[DATE_TIME:Monday 15 July 2024 at 1:30pm]] in [[LOCATION:Adelaide]]. His ImmiAccount email is [[EMAIL_ADDRESS:abdulaziz.ghappar@gmail.com]] and his client ID [[ID_NUMBER:91448210733]].""",
    r"""[[PERSON:Nkechi]], the midwife, wrote that baby [[PERSON:Chidera]] weighed 3.4 kg when she was born on [[DATE_TIME:2 March 2024 at 04:12]]; the mother, [[PERSON:Adaeze Nwosu]], is [[AGE:29]].""",
    r"""Customs held two bales of second-hand clothing addressed to [[PERSON:Nargiza Umarova]] at the Dordoi market; her passport number is [[ID_NUMBER:AN2281904]] and she has been asked to come to [[LOCATION:Bishkek]] on [[DATE_TIME:19 March]].""",
    r"""Reset the password for [[USERNAME:lnakamura]] ([[PERSON:Lena Nakamura]]) and send the temporary one to her personal address, [[EMAIL_ADDRESS:lena.nakamura.88@gmail.com]]; she's been locked out since the VPN change.""",
    r"""[[PERSON:Juan Carlos Mendoza]], [[AGE:38]], and his brother [[PERSON:Ramón]] drive module builders for a cotton gin near [[LOCATION:Lubbock]]. [[PERSON:Juan Carlos]] lives at [[ADDRESS:2208 E 14th St]], [[LOCATION:Lubbock]], [[LOCATION:TX]] [[ZIP_CODE:79403]].""",
    r"""[[PERSON:مۇھەممەت ئىمىن]] [[DATE_TIME:2018-يىلى 11-ئاينىڭ 3-كۈنى]] [[LOCATION:گوللاندىيە]]گە كېلىپ پاناھلىق تىلىگەن. ئۇنىڭ تېلېفونى [[PHONE_NUMBER:+31 6 4418 2730]].""",
    r"""The offer from [[PERSON:Gurpreet]] and [[PERSON:Harleen Dhaliwal]] on [[ADDRESS:58 Springbrook Gardens]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6R 2P4]] is open until [[DATE_TIME:June 7 at 11:59 p.m.]]""",
    r"""[[PERSON:Mr. Ahmadjon Rahimov]]'s son [[PERSON:Abdulloh]], [[AGE:9]], will be picked up by his aunt [[PERSON:Feruza]] on Fridays.""",
    r"""The cotton cooperative's payroll lists [[PERSON:Dilshoda Mirzaeva]] (born [[DATE_TIME:11/05/1998]], PINFL [[ID_NUMBER:41105983030026]]) as brigade leader in [[LOCATION:Yozyovon district]]; her wages go to [[CREDIT_CARD:9860 3640 5622 4157]].""",
    r"""Rx refill for [[PERSON:Dolores Whitaker]], DOB [[DATE_TIME:01-22-1944]], is waiting at the counter. Her insurance member ID is [[ID_NUMBER:W88124907]] and her daughter [[PERSON:Janet]] will pick it up.""",
    r"""[[PERSON:Abdurrahim]] moved his wholesale shop from [[LOCATION:Kashgar]] to [[LOCATION:Istanbul]]'s [[LOCATION:Laleli]] district in [[DATE_TIME:April 2015]] and now ships leather jackets to buyers in [[LOCATION:Almaty]] and [[LOCATION:Bishkek]]; his number is [[PHONE_NUMBER:+90 212 518 44 07]].""",
    r"""A transfer of 2,400 EUR from [[PERSON:Ludmila Ivanova]] to [[PERSON:Anna Kovalenko]]'s account [[IBAN_CODE:UA453052990393374864181773752]] was held for review because the payee name did not match.""",
    r"""Our client [[PERSON:Kamila Nurmuhammad]] is [[AGE:19]] and arrived in [[LOCATION:Dover]] on [[DATE_TIME:8 September 2022]]. Her asylum support is paid onto the card ending 2231, and she lives at [[ADDRESS:Flat 4, 12 Victoria Park Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B9 4JL]].""",
    r"""[[PERSON:Ulugbek]]'s contract at the call centre in [[LOCATION:Tashkent]] ends on [[DATE_TIME:31 December 2024]]; his personal email is [[EMAIL_ADDRESS:ulugbek.t.1995@gmail.com]].""",
    r"""The court heard that [[PERSON:Declan Fitzpatrick]], [[AGE:43]], of [[ADDRESS:Apartment 21, Clarion Quay]], [[LOCATION:Dublin]] [[ZIP_CODE:D01 K7W2]], was stopped on [[DATE_TIME:3 January]] driving a car registered [[ID_NUMBER:191-D-48812]].""",
    r"""My aunt [[PERSON:Hafiza]] still talks about the village school she taught at in [[LOCATION:Uchkurgan]] when she was [[AGE:23]]; she lives in [[LOCATION:Kazan]] now and her phone is [[PHONE_NUMBER:+7 917 255 84 03]].""",
    r"""Seat 14C is held for [[PERSON:Mr. Rashid Al-Mansoori]], who asked for a wheelchair at [[LOCATION:Abu Dhabi]]; Emirates ID [[ID_NUMBER:784-1968-4471203-2]].""",
    r"""[[PERSON:nilufar]] and her mother sell children's clothes wholesale at the Hippodrome market in [[LOCATION:Tashkent]]; the orders come in through her instagram, [[URL:https://www.instagram.com/nilufar_kids_optom/]]""",
    r"""[[PERSON:Rizwangul]] and [[PERSON:Memetjan Obulqasim]] got married in [[LOCATION:Oslo]] on [[DATE_TIME:2 October 2023]]; they live at [[ADDRESS:Grønlandsleiret 31]], [[ZIP_CODE:0190]] [[LOCATION:Oslo]], and the wedding photos are up at [[URL:https://www.flickr.com/photos/memetjan_o/]]""",
]

TABLE = [
    r"""no,picker,village,phone,kg_mon,kg_tue
1,[[PERSON:Gulshan Raximova]],[[LOCATION:Qo'shtepa]],[[PHONE_NUMBER:+998 90 512 73 08]],64,71
2,[[PERSON:Hamida Tursunova]],[[LOCATION:Qo'shtepa]],[[PHONE_NUMBER:+998 91 330 18 44]],58,60
3,[[PERSON:Ortiqboy Nazarov]],[[LOCATION:Yangiqo'rg'on]],,80,77
4,[[PERSON:Shahzoda Ergasheva]],[[LOCATION:Yangiqo'rg'on]],[[PHONE_NUMBER:+998 93 046 91 20]],49,55""",
    r"""| Client | DOB | Nationality | HO ref | Next reporting |
|---|---|---|---|---|
| [[PERSON:Abdulvahit Ismail]] | [[DATE_TIME:12/02/1987]] | [[NRP:Chinese]] | [[ID_NUMBER:I1048825]] | [[DATE_TIME:14/06/2024]] |
| [[PERSON:Roza Kadir]] | [[DATE_TIME:30/11/1979]] | [[NRP:Chinese]] | [[ID_NUMBER:K2209164]] | [[DATE_TIME:21/06/2024]] |
| [[PERSON:Farhad Karimi]] | [[DATE_TIME:01/01/2001]] | [[NRP:Afghan]] | [[ID_NUMBER:F1187430]] | [[DATE_TIME:14/06/2024]] |""",
    "member_no\tfirst\tlast\tjoined\tplan\tmobile\n[[ID_NUMBER:GM-20418]]\t[[PERSON:Aisha]]\t[[PERSON:Bello]]\t[[DATE_TIME:2023-01-09]]\tOff-peak\t[[PHONE_NUMBER:07712 448 019]]\n[[ID_NUMBER:GM-20419]]\t[[PERSON:Connor]]\t[[PERSON:Mulgrew]]\t[[DATE_TIME:2023-01-11]]\tAnytime\t[[PHONE_NUMBER:07849 201 556]]\n[[ID_NUMBER:GM-20431]]\t[[PERSON:Priti]]\t[[PERSON:Halai]]\t[[DATE_TIME:2023-02-02]]\tStudent\t[[PHONE_NUMBER:07533 910 274]]",
    r"""{"contact": "[[PERSON:Lucía Fernández Ortega]]", "channel": "chat", "email": "[[EMAIL_ADDRESS:lucia.fo@gmail.com]]", "topic": "refund", "csat": 4}
{"contact": "[[PERSON:Bao Tran]]", "channel": "phone", "phone": "[[PHONE_NUMBER:+1 503 555 0198]]", "topic": "delivery", "csat": 2}
{"contact": "[[PERSON:Ifeoma Obi]]", "channel": "email", "email": "[[EMAIL_ADDRESS:ifeoma.obi@outlook.com]]", "topic": "billing", "csat": 5}""",
    r"""staff:
  - name: [[PERSON:Kiri Waititi-Jones]]
    staff_no: [[ID_NUMBER:NZ-3318]]
    dept: Finance
    role: Accounts Payable
    mobile: "[[PHONE_NUMBER:021 448 2917]]"
  - name: [[PERSON:Thomas Ng]]
    staff_no: [[ID_NUMBER:NZ-3342]]
    dept: IT
    role: Service Desk
    mobile: "[[PHONE_NUMBER:022 610 3384]]"
  - name: [[PERSON:Losa Faleolo]]
    staff_no: [[ID_NUMBER:NZ-3350]]
    dept: HR
    role: Recruiter
    mobile: "[[PHONE_NUMBER:027 917 0452]]"
    start: 2022""",
    r"""Tenant: [[PERSON:Marguerite Osei]]
Address: [[ADDRESS:88 Glen Road, Unit 4B]]
Lease start: [[DATE_TIME:01/09/2023]]
Rent: 1,450
Phone: [[PHONE_NUMBER:(647) 555-0183]]

Tenant: [[PERSON:Yusuf Demir]]
Address: [[ADDRESS:88 Glen Road, Unit 6A]]
Lease start: [[DATE_TIME:15/01/2024]]
Rent: 1,525
Phone: [[PHONE_NUMBER:(416) 555-0127]]""",
    r"""ACCOUNT HOLDER          ACCOUNT NO      BRANCH   OPENED       STATUS
[[PERSON:Wanjiku Njoroge]]         [[ID_NUMBER:0110298834512]]   Kilimani [[DATE_TIME:2019-03-14]]   active
[[PERSON:Otieno Ochieng]]          [[ID_NUMBER:0110174420987]]   Westlands [[DATE_TIME:2021-08-02]]  dormant
[[PERSON:Amina Hassan Abdi]]       [[ID_NUMBER:0110331905541]]   Eastleigh [[DATE_TIME:2022-11-29]]  active""",
    r"""buyer,company,city,country,whatsapp,order_usd
[[PERSON:Timur Abdullaev]],TA Textile,[[LOCATION:Tashkent]],[[LOCATION:Uzbekistan]],[[PHONE_NUMBER:+998 90 771 24 53]],18400
[[PERSON:Gulzhan Mukanova]],Almaly Trade,[[LOCATION:Shymkent]],[[LOCATION:Kazakhstan]],[[PHONE_NUMBER:+7 701 330 92 18]],9200
[[PERSON:Eldiyar Asanov]],Dordoi Group,[[LOCATION:Bishkek]],[[LOCATION:Kyrgyzstan]],[[PHONE_NUMBER:+996 555 90 12 46]],12750
[[PERSON:Oyatullo Rajabov]],,[[LOCATION:Khujand]],[[LOCATION:Tajikistan]],[[PHONE_NUMBER:+992 92 718 44 03]],4100""",
    r"""| pupil | age | class | guardian | guardian phone |
|-------|-----|-------|----------|----------------|
| [[PERSON:Zoe Papadimitriou]] | [[AGE:7]] | 2B | [[PERSON:Eleni Papadimitriou]] | [[PHONE_NUMBER:0413 220 918]] |
| [[PERSON:Liam O'Shaughnessy]] | [[AGE:8]] | 3A | [[PERSON:Ciara O'Shaughnessy]] | [[PHONE_NUMBER:0402 557 631]] |
| [[PERSON:Hamza Yousef]] | [[AGE:7]] | 2B | [[PERSON:Rania Yousef]] | [[PHONE_NUMBER:0421 880 145]] |""",
    r"""F.I.Sh.;Tug'ilgan sana;Telefon;Manzil;Rasta
[[PERSON:Mavluda Qosimova]];[[DATE_TIME:12.04.1979]];[[PHONE_NUMBER:+998 91 204 55 13]];[[LOCATION:Qo'qon]], [[ADDRESS:Turkiston ko'chasi 19-uy]];A-12
[[PERSON:Abdug'ani Jo'rayev]];[[DATE_TIME:19.02.1966]];[[PHONE_NUMBER:+998 93 641 08 27]];[[LOCATION:Qo'qon]], [[ADDRESS:Istiqlol ko'chasi 7-uy, 3-xonadon]];A-14
[[PERSON:Zulayho Mamajonova]];[[DATE_TIME:22.10.1988]];[[PHONE_NUMBER:+998 90 718 36 40]];[[LOCATION:Beshariq]], [[ADDRESS:Navbahor ko'chasi 41-uy]];B-03""",
    r"""| ئىسمى | تېلېفون | شەھەر |
|---|---|---|
| [[PERSON:ئابلىكىم ھوشۇر]] | [[PHONE_NUMBER:+90 532 640 18 27]] | [[LOCATION:ئىستانبۇل]] |
| [[PERSON:پاتىگۈل مەمەت]] | [[PHONE_NUMBER:+7 701 225 63 90]] | [[LOCATION:ئالمۇتا]] |
| [[PERSON:نۇرمەمەت توختى]] | [[PHONE_NUMBER:+49 176 4418 2093]] | [[LOCATION:ميۇنخېن]] |""",
    r"""Ф.И.Ш.: [[PERSON:Ҳасанбой Тўйчиев]]
Туғилган санаси: [[DATE_TIME:03.06.1967]]
ЖШШИР: [[ID_NUMBER:30306673074913]]
Манзил: [[LOCATION:Наманган вилояти]], [[LOCATION:Поп тумани]], [[ADDRESS:Мустақиллик кўчаси, 12-уй]]
Телефон: [[PHONE_NUMBER:+998 69 312 40 77]]
Лавозими: бригадир""",
    r"""{"patient":"[[PERSON:Yolanda Price]]","mrn":"[[ID_NUMBER:00481273]]","appt":"[[DATE_TIME:2024-06-03 08:15]]","clinic":"Ortho","phone":"[[PHONE_NUMBER:(804) 555-0116]]"}
{"patient":"[[PERSON:Arjun Mehta]]","mrn":"[[ID_NUMBER:00493318]]","appt":"[[DATE_TIME:2024-06-03 08:45]]","clinic":"Ortho","phone":"[[PHONE_NUMBER:(804) 555-0172]]"}
{"patient":"[[PERSON:Grace Mutasa]]","mrn":"[[ID_NUMBER:00477019]]","appt":"[[DATE_TIME:2024-06-03 09:30]]","clinic":"Physio","phone":null}""",
    r"""PASSENGER                  PASSPORT     NAT   SEAT
[[PERSON:KURBANOV/AKMAL]] [[TITLE:MR]]          [[ID_NUMBER:FA4418253]]    [[NRP:UZB]]   12A
[[PERSON:KURBANOVA/NIGORA]] [[TITLE:MRS]]       [[ID_NUMBER:FA4418254]]    [[NRP:UZB]]   12B
[[PERSON:SEITKALI/ARMAN]] [[TITLE:MR]]          [[ID_NUMBER:N12840955]]    [[NRP:KAZ]]   14C
[[PERSON:O'BRIEN/SINEAD]] [[TITLE:MS]]          [[ID_NUMBER:PX1027731]]    [[NRP:IRL]]   21F""",
    r"""cardholder,card_number,amount,merchant,status
[[PERSON:Howard Blumenthal]],[[CREDIT_CARD:4861 4083 1600 8692]],312.40,ELECTRO-MART,open
[[PERSON:Neha Kapoor]],[[CREDIT_CARD:5617 9375 4188 2004]],89.99,STREAMFLIX,won
[[PERSON:Olusegun Falana]],[[CREDIT_CARD:372087233552519]],1450.00,SKYJET AIR,lost""",
    r"""| employee | staff no | dept | leave from | leave to |
|---|---|---|---|---|
| [[PERSON:Mehmet Aslan]] | [[ID_NUMBER:40217]] | Logistics | [[DATE_TIME:8 July]] | [[DATE_TIME:19 July]] |
| [[PERSON:Sun-hee Kang]] | [[ID_NUMBER:40388]] | Design | [[DATE_TIME:15 July]] | [[DATE_TIME:2 August]] |
| [[PERSON:Patrick Mwangi]] | [[ID_NUMBER:40412]] | Sales | [[DATE_TIME:29 July]] | [[DATE_TIME:9 August]] |""",
    r"""volunteers:
  - name: "[[PERSON:Bahtiyar Ablet]]"
    email: "[[EMAIL_ADDRESS:bahtiyar.ablet@gmail.com]]"
    languages: [Uyghur, Turkish, English]
    availability: weekends
  - name: "[[PERSON:Dilbar Yunus]]"
    email: "[[EMAIL_ADDRESS:dilbaryunus@outlook.com]]"
    languages: [Uyghur, Kazakh, Russian]
    availability: evenings
  - name: "[[PERSON:Ömer Faruk Yazıcı]]"
    email: "[[EMAIL_ADDRESS:omerfaruk.yazici@gmail.com]]"
    languages: [Turkish, Arabic]
    availability: Sundays""",
    "user\tip\tcountry\tlast_login\n[[USERNAME:akmal.k]]\t[[IP_ADDRESS:84.54.71.12]]\t[[LOCATION:Uzbekistan]]\t[[DATE_TIME:2024-05-30 21:14]]\n[[USERNAME:s_petrova]]\t[[IP_ADDRESS:5.18.233.40]]\t[[LOCATION:Russia]]\t[[DATE_TIME:2024-05-31 07:02]]\n[[USERNAME:jdoyle77]]\t[[IP_ADDRESS:2001:bb6:4a1c:8e00:5d1:2a7f:9c30:e611]]\t[[LOCATION:Ireland]]\t[[DATE_TIME:2024-05-31 09:48]]",
    r"""applicant,IIN,permit_no,city,status
[[PERSON:Muhammad Abliz]],[[ID_NUMBER:010412520039]],[[ID_NUMBER:032118847]],[[LOCATION:Almaty]],approved
[[PERSON:Gulshat Turdaxun]],[[ID_NUMBER:920315465799]],[[ID_NUMBER:032118903]],[[LOCATION:Almaty]],pending
[[PERSON:Rahile Yasin]],,[[ID_NUMBER:032119120]],[[LOCATION:Zharkent]],documents missing""",
    r"""Grower: [[PERSON:Clayton Mabry]]
Gin: Rolling Plains Co-op
Bales ginned: 412
Phone: [[PHONE_NUMBER:(325) 555-0106]]
Mailing: [[ADDRESS:Rt 2 Box 118]], [[LOCATION:Roby]], [[LOCATION:TX]] [[ZIP_CODE:79543]]
---
Grower: [[PERSON:Alma Reyna]]
Gin: Rolling Plains Co-op
Bales ginned: 287
Phone: [[PHONE_NUMBER:(325) 555-0131]]
Mailing: [[ADDRESS:PO Box 442]], [[LOCATION:Rotan]], [[LOCATION:TX]] [[ZIP_CODE:79546]]""",
    r"""| property | tenant | lease start | rent | phone |
|:---------|--------|-------------|-----:|-------|
| [[ADDRESS:Flat 1, 12 Ducie Street]] | [[PERSON:Gerald Fortescue]] | [[DATE_TIME:Mar 2022]] | 1,100 | [[PHONE_NUMBER:0161 555 0143]] |
| [[ADDRESS:Flat 2, 12 Ducie Street]] | [[PERSON:Agnieszka Wróbel]] | [[DATE_TIME:Nov 2023]] | 1,150 | [[PHONE_NUMBER:07700 900 812]] |
| [[ADDRESS:Flat 3, 12 Ducie Street]] | vacant | | 1,150 | |""",
    r"""{"buyer": "[[PERSON:Aziza Jumaeva]]", "phone": "[[PHONE_NUMBER:+998 99 410 23 87]]", "container": "7/44", "goods": "kids shoes", "usd": 2300}
{"buyer": "[[PERSON:Ilhom Qayumov]]", "phone": "[[PHONE_NUMBER:+996 550 72 18 09]]", "container": "7/44", "goods": "sneakers", "usd": 4100}
{"buyer": "[[PERSON:Saule Ermekova]]", "phone": "[[PHONE_NUMBER:+7 775 612 30 44]]", "container": "12/3", "goods": "jackets", "usd": 6850}""",
    r"""employee,emergency_contact,relationship,contact_phone
[[PERSON:Diego Alarcón]],[[PERSON:Pilar Alarcón]],wife,[[PHONE_NUMBER:+34 612 44 80 21]]
[[PERSON:Hannah Weiss]],[[PERSON:Jonas Weiss]],brother,[[PHONE_NUMBER:+49 151 2287 4410]]
[[PERSON:Kwabena Mensah]],[[PERSON:Abena Mensah]],mother,[[PHONE_NUMBER:+233 24 418 2290]]""",
    r"""PATIENT               WARD   RELIGION             VISIT REQUESTED
[[PERSON:Mr Ibrahim Sesay]]      B4     [[NRP:Muslim]]               imam, Friday
[[PERSON:Mrs Dorothy Clegg]]     C2     [[NRP:Church of England]]    chaplain
[[PERSON:Mr Harjit Sandhu]]      B1     [[NRP:Sikh]]                 granthi
[[PERSON:Ms Leah Rosenbaum]]     A3     [[NRP:Jewish]]               rabbi, before Shabbat""",
    r"""| owner | plate | make/model | licence no | state |
|---|---|---|---|---|
| [[PERSON:Brandon Kowalski]] | [[ID_NUMBER:8XKJ412]] | Honda Civic | [[US_DRIVER_LICENSE:B4471092]] | [[LOCATION:CA]] |
| [[PERSON:Tamika Greene]] | [[ID_NUMBER:LZT-5521]] | Toyota RAV4 | [[US_DRIVER_LICENSE:29841177]] | [[LOCATION:TX]] |
| [[PERSON:Ahmed Farouk]] | [[ID_NUMBER:KGM 1183]] | Nissan Altima | [[US_DRIVER_LICENSE:H32071964819]] | [[LOCATION:MI]] |""",
    r"""name,ssn,state,zip,hourly
[[PERSON:Crystal Delgado]],[[US_SSN:512-44-0871]],[[LOCATION:KS]],[[ZIP_CODE:67209]],17.50
[[PERSON:Marcus Byrd]],[[US_SSN:426-19-3380]],[[LOCATION:MS]],[[ZIP_CODE:38701]],15.25
[[PERSON:Linh Vo]],[[US_SSN:617-02-9954]],[[LOCATION:GA]],[[ZIP_CODE:30345]],19.00""",
    r"""family:
  - name: [[PERSON:Abdukerim Yunus]]
    relation: applicant
    dob: [[DATE_TIME:1975-02-14]]
    born_in: [[LOCATION:Ghulja]]
  - name: [[PERSON:Mahire Yunus]]
    relation: spouse
    dob: [[DATE_TIME:1979-08-30]]
    born_in: [[LOCATION:Ghulja]]
  - name: [[PERSON:Ilyar Yunus]]
    relation: son
    dob: [[DATE_TIME:2006-11-02]]
    born_in: [[LOCATION:Almaty]]""",
    "student_id\tname\tdob\temail\tprogramme\n[[ID_NUMBER:2318844]]\t[[PERSON:Chiamaka Eze]]\t[[DATE_TIME:2004-05-17]]\t[[EMAIL_ADDRESS:c.eze@student.gla.ac.uk]]\tBSc Nursing\n[[ID_NUMBER:2319012]]\t[[PERSON:Fraser MacLeod]]\t[[DATE_TIME:2005-01-30]]\t[[EMAIL_ADDRESS:f.macleod@student.gla.ac.uk]]\tMA History\n[[ID_NUMBER:2320437]]\t[[PERSON:Yerkezhan Nurlanovna]]\t[[DATE_TIME:2003-09-08]]\t[[EMAIL_ADDRESS:y.nurlanovna@student.gla.ac.uk]]\tMSc Data Science",
    r"""display_name: [[PERSON:Shirin K.]]
handle: @[[USERNAME:shirin_in_fergana]]
joined: [[DATE_TIME:14 Feb 2019]]
location: [[LOCATION:Fergana]], [[LOCATION:Uzbekistan]]
website: [[URL:https://shirinkarimova.blogspot.com]]
followers: 18.2K
email (private): [[EMAIL_ADDRESS:shirin.karimova.92@gmail.com]]""",
    r"""payee,iban,bic,country
[[PERSON:Aoife Brennan]],[[IBAN_CODE:IE47AIBK93115262096654]],AIBKIE2D,[[LOCATION:Ireland]]
[[PERSON:Lukas Gruber]],[[IBAN_CODE:AT811200028707229710]],BKAUATWW,[[LOCATION:Austria]]
[[PERSON:Sanne de Vries]],[[IBAN_CODE:NL53INGB0756957481]],INGBNL2A,[[LOCATION:Netherlands]]
[[PERSON:Emre Koç]],[[IBAN_CODE:TR42 0006 7067 7373 1976 8633 53]],YAPITRIS,[[LOCATION:Türkiye]]""",
    r"""| patient | address | postcode | rx | driver |
|---|---|---|---|---|
| [[PERSON:Mr. Alan Pritchard]] | [[ADDRESS:14 Bryn Road]] | [[ZIP_CODE:SA2 0AP]] | 3 | Van 2 |
| [[PERSON:Mrs. Olwen Rees]] | [[ADDRESS:Flat 1, Ty Gwyn, 9 Sketty Lane]] | [[ZIP_CODE:SA2 8LR]] | 1 | Van 2 |
| [[PERSON:Mr. Bashir Rahman]] | [[ADDRESS:77 Carmarthen Road]] | [[ZIP_CODE:SA1 1HN]] | 2 | Van 1 |""",
    r"""{"username": "[[USERNAME:paxta_girl]]", "email": "[[EMAIL_ADDRESS:gavhar.t@mail.ru]]", "signup_ip": "[[IP_ADDRESS:94.141.77.203]]", "country": "[[LOCATION:Uzbekistan]]", "age": [[AGE:22]]}
{"username": "[[USERNAME:k0bz_dev]]", "email": "[[EMAIL_ADDRESS:kobz.dev@gmail.com]]", "signup_ip": "[[IP_ADDRESS:41.90.64.118]]", "country": "[[LOCATION:Kenya]]", "age": [[AGE:27]]}
{"username": "[[USERNAME:mariposa_77]]", "email": "[[EMAIL_ADDRESS:mariposa77@hotmail.com]]", "signup_ip": "[[IP_ADDRESS:189.203.12.5]]", "country": "[[LOCATION:Mexico]]", "age": [[AGE:46]]}""",
    r"""CONTRACTOR        ABN               MOBILE          AREA
[[PERSON:Darren Lockyer]]    [[ID_NUMBER:61 959 264 847]]    [[PHONE_NUMBER:0429 118 340]]    [[LOCATION:Moree]]
[[PERSON:Tui Henare]]        [[ID_NUMBER:88 894 790 033]]    [[PHONE_NUMBER:0437 552 019]]    [[LOCATION:Wee Waa]]
[[PERSON:Paddy Kearns]]      -                 [[PHONE_NUMBER:0417 300 825]]    [[LOCATION:Goondiwindi]]""",
    r"""| renter | stall | phone | passport | renting since |
|---|---|---|---|---|
| [[PERSON:Qahramon Umarov]] | 3-row, 17 | [[PHONE_NUMBER:+998 90 210 44 83]] | [[ID_NUMBER:AB7718022]] | [[DATE_TIME:March 2018]] |
| [[PERSON:Muqaddas Ismoilova]] | 3-row, 18 | [[PHONE_NUMBER:+998 91 688 02 19]] | [[ID_NUMBER:AD1150934]] | [[DATE_TIME:June 2021]] |
| [[PERSON:Akrom Xolmatov]] | 5-row, 2 | [[PHONE_NUMBER:+998 94 377 61 50]] | [[ID_NUMBER:AA9024417]] | [[DATE_TIME:May 2015]] |""",
    r"""guest,nationality,passport,check_in,check_out,room
[[PERSON:Ruslan Nurgaliyev]],[[NRP:Kazakh]],[[ID_NUMBER:N13390482]],[[DATE_TIME:2024-04-02]],[[DATE_TIME:2024-04-05]],402
[[PERSON:Aigul Zhakupova]],[[NRP:Kazakh]],[[ID_NUMBER:N13390511]],[[DATE_TIME:2024-04-02]],[[DATE_TIME:2024-04-05]],402
[[PERSON:Mirzo Safarov]],[[NRP:Tajik]],[[ID_NUMBER:401882173]],[[DATE_TIME:2024-04-03]],[[DATE_TIME:2024-04-04]],318""",
]

CHAT = [
    r"""[10:02] Support ([[PERSON:Aziz]]): Assalomu alaykum! How can I help?
[10:03] [[PERSON:Nargiza]]: hi, my card [[CREDIT_CARD:9860 3779 0443 5122]] got blocked after I paid a wholesaler in Guangzhou
[10:03] Support ([[PERSON:Aziz]]): Sorry about that. Can you confirm your full name and date of birth?
[10:04] [[PERSON:Nargiza]]: [[PERSON:Nargiza Holmatova]], [[DATE_TIME:17.08.1991]]
[10:05] Support ([[PERSON:Aziz]]): Thanks. And the phone number on the account?
[10:05] [[PERSON:Nargiza]]: [[PHONE_NUMBER:+998 90 664 12 05]], the old one was [[PHONE_NUMBER:+998 91 330 77 48]]
[10:07] Support ([[PERSON:Aziz]]): Unblocked. Next time, tell us before large foreign payments.""",
    r"""#ops-oncall
[[PERSON:Priya]] 09:14: who's got the pager this week?
[[PERSON:Tom H]] 09:15: me. ping [[PHONE_NUMBER:+44 7700 954 118]] if it's urgent
[[PERSON:Priya]] 09:15: prod db refusing connections from [[IP_ADDRESS:10.20.4.77]]
[[PERSON:Tom H]] 09:17: that's [[PERSON:Ade]]'s box, [[USERNAME:aokonjo]] on github, he rotated the certs last night
[[PERSON:Ade]] 09:21: yep my bad, rolling back now""",
    r"""Mama (WhatsApp): [[PERSON:Dilnoza]], did the apartment man call you?
[[PERSON:Dilnoza]]: yes! viewing [[DATE_TIME:Saturday 6 July at 4]]. address is [[LOCATION:Kazlıçeşme]], [[ADDRESS:Demirhane Cad. No: 18 D: 7]]
Mama: take your brother [[PERSON:Sherzod]]. his new number [[PHONE_NUMBER:+90 539 418 26 07]]
[[PERSON:Dilnoza]]: ok. also i need your residence permit number for the contract form
Mama: [[ID_NUMBER:99287921726]]. don't send it to anybody else""",
    r"""Agent: Thank you for calling Northline Energy, this is [[PERSON:Marisa]]. Can I take the account holder's name?
Caller: It's in my husband's name, [[PERSON:Gordon Pike]], but I'm [[PERSON:Janice Pike]].
Agent: No problem, [[PERSON:Mrs. Pike]]. Can you confirm the supply address?
Caller: [[ADDRESS:27 Holly Bank]], [[LOCATION:Huddersfield]], [[ZIP_CODE:HD3 3RE]].
Agent: And the date of birth of the account holder?
Caller: [[DATE_TIME:14th of August 1958]].
Agent: Lovely. I'll send the new payment plan to [[EMAIL_ADDRESS:janicepike58@aol.co.uk]].""",
    r"""[[PERSON:Абдуғени]]: Салам [[PERSON:Пәридә]], мениң йеңи номерим [[PHONE_NUMBER:+7 705 224 91 38]]
[[PERSON:Пәридә]]: Хош, язивалдим. [[PERSON:Илһам]] акиниң адресини әвәтәлимсиз?
[[PERSON:Абдуғени]]: [[ADDRESS:Райымбек даңғили 212, 45-өй]], [[LOCATION:Алмута]]
[[PERSON:Пәридә]]: Рәхмәт! [[DATE_TIME:Җүмә күни, 14-июнь]] меһманға баримиз""",
    r"""Mon 14:22 [[PERSON:Luis]]: yo did u get the cotton crew list from [[PERSON:Ray]]?
Mon 14:25 [[PERSON:Ray Gutierrez]]: sending now. [[PERSON:Hector Salinas]] [[PHONE_NUMBER:806-555-0175]], [[PERSON:Beto Ruiz]] [[PHONE_NUMBER:806-555-0119]], and [[PERSON:Memo]] no phone
Mon 14:26 [[PERSON:Luis]]: [[PERSON:memo]]'s real name?
Mon 14:26 [[PERSON:Ray Gutierrez]]: [[PERSON:Guillermo Ortega]]. he starts [[DATE_TIME:wed the 25th]] on the stripper
Mon 14:30 [[PERSON:Luis]]: 👍""",
    r"""[[USERNAME:kiwi_traveller]]: anyone know a good tax agent in Auckland?
[[USERNAME:bellamy_r]]: [[PERSON:Sione]] at Harbour Tax, he did mine. his mobile is [[PHONE_NUMBER:021 774 3098]]
[[USERNAME:kiwi_traveller]]: cheers! is he the one on [[ADDRESS:412 Dominion Road]]?
[[USERNAME:bellamy_r]]: yep, say [[PERSON:Rebecca Bellamy]] sent you
[[USERNAME:anon4412]]: lol don't post your real name [[PERSON:rebecca]]""",
    r"""Caseworker ([[PERSON:Hannah]]): Hi [[PERSON:Yusup]], quick reminder that your asylum interview is [[DATE_TIME:Thursday 18 April at 9:30]] in [[LOCATION:Leeds]].
[[PERSON:Yusup Memet]]: Thank you. Should I bring my passport?
Caseworker ([[PERSON:Hannah]]): Yes, and your ARC card ([[ID_NUMBER:UKA 04418271]]). An interpreter for Uyghur is booked.
[[PERSON:Yusup Memet]]: My address changed, it is now [[ADDRESS:Flat 9, 3 Cardigan Road]], [[ZIP_CODE:LS6 1LF]]
Caseworker ([[PERSON:Hannah]]): Noted. I'll email the Home Office from here.""",
]

LOOKALIKE = [
    r"""Release notes, build 10.4.2.118: the parser now accepts 192.0.2-style version tags such as 3.12.0.4, and the ISBN field validates 978-601-7032-18-0 and 978-9943-11-052-6 correctly. Tracking codes like 1Z 999 AA1 01 2345 6784 and order references ORD-2024-558113 are no longer mistaken for phone numbers. Hash of the installer: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. Contact: releases@ledgerline.io or the office line +1 (800) 555-0199.""",
    r"""Abay Street, Navoi Avenue and Mustaqillik Square are all named for famous people, but none of them is anyone's home in this note. The Kumtepa market opens at 6:00, container row 14 sells towels, and SKU TW-4418-KAY is back in stock at 18,000 so'm; invoice INV/2024/00871 and waybill WB 7731 2209 4480 go to the warehouse at sales@ipakyoli-tekstil.uz. Call the bazaar office on +998 71 200 00 71. Yesterday's pallets were signed for by [[PERSON:Jahongir Rasulov]] ([[PHONE_NUMBER:+998 93 208 61 47]]).""",
    r"""Serial numbers from the returned batch: SN-4471-0923-AX, SN-4471-0924-AX, SN-4471-0925-AX. The batch was weighed on 14/03/2024 (invoice date) and shipped under container MSCU 448120-7. Our Parkinson's and Alzheimer's research grants (ref GR-2231 and GR-2232) are unaffected. Questions to quality@medisure-devices.com; the only person to notify is the complainant, [[PERSON:Mrs. Ludmila Hrabovská]], at [[EMAIL_ADDRESS:l.hrabovska@seznam.cz]].""",
    r"""ئۇقتۇرۇش: زاكاز نومۇرى ORD-88420، مال نومۇرى SKU-7731-UY، توپ سودا ئامبىرى: 14-رەت. ئىشخانا تېلېفونى: +90 212 555 01 00. خېرىدار: [[PERSON:رەيھانگۈل ئوبۇل]]، تېلېفونى [[PHONE_NUMBER:+90 538 204 71 96]].""",
    r"""The firmware on gateway GW-22 reports version 2.4.1.9 and bootloader 1.0.22.7; its MAC is 00:1A:2B:3C:4D:5E. Case #554120 was closed by the on-call team. Please route any queries to noc@fibrelink.net.au rather than to individuals. Ticket owner: [[PERSON:Shane Kowalczyk]].""",
    r"""Lot 42 at the cotton auction (bale IDs 2209-114 to 2209-131, micronaire 4.2, staple 1-3/32) sold to Gulf Coast Fibers; broker's desk line (214) 555-0100, confirmation CNF-77120-TX. The Eli Whitney Museum loaned the gin for the display. The buyer's agent, [[PERSON:Darlene Fisk]], signed the lot sheet. Next auction: 9:00 on Tuesday.""",
    r"""Dear customer, your parcel with tracking number RR 448 120 977 UZ has left the sorting centre in Tashkent. Reference AWB 176-44182093, order #AK-20931, weight 2.4 kg. You can follow it at https://track.uzpost.uz using code 7731-2209. For questions write to support@uzpost-track.uz or call 1171. Recipient: [[PERSON:Oydin Saidaliyeva]], [[PHONE_NUMBER:+998 97 330 48 12]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind135", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind139.jsonl: a *blind*, hand-written labeled PII set (the 139th brief).

    .venv/bin/python tests/data/make_blind139.py

Blind: written without reading the detector (minimize/, recognizers/), the
bench scripts (bench/), the README, any test, any *.jsonl set (this script's
own output included: it was never opened or printed), or any make_*.py other
than the three parts named here. What was read, to keep the conventions and
the file format: the module docstring and the import lines of
make_blind22.py (its first 121 lines) and its closing scaffolding from
`STYLES = {` to the end (the STYLES dict and main(), copied and extended
below), but not the record lists in between; the whole of gold_sets.py (the
checks and write_and_report()); and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and parse()). git was not
run at all, so no history was looked at. The detector, the bench, pytest
and `minimize` were never run, on this file or on anything else; only this
script was run, which prints counts. Do not tune the detector against this
set: once it has been used to tune, it no longer measures anything; write a
new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks; the helpers `jv`, `su` and
`idmix` only note a record's language for the count printed at the end and
return the record unchanged. Card numbers pass Luhn and IBANs pass mod-97
with the right length for their country (`gold_sets.check` re-checks them
and refuses a bad one). The Kuwaiti, Bahraini and Omani IBANs (KW, BH, OM)
are not in gold_sets.IBAN_LENGTHS, so they are checked on mod-97 only
(their lengths, 30, 22 and 23, were counted by hand); the old Dutch bank
account numbers inside the ABNA, RABO, SNSB and TRIO IBANs also pass the
11-test. National ids with a public check digit were given a valid one,
worked out with hand-run throwaway code that was not kept: Singapore
NRIC / FIN, Emirates ID (Luhn), Saudi national id and iqama (Luhn), Kuwaiti
civil id, Dutch BSN (11-test), NHS number, Australian TFN and Medicare
number; so were the Singapore car plates' check letters and the look-alikes
that carry one (ISBN-13, EAN-13, the Australian ABN). Indonesian NIK and
Malaysian MyKad numbers have no check digit, but agree with the person's
birth date, sex (NIK: day + 40 for women; MyKad: even last digit for
women) and region where these show. Not checked: Qatari QIDs, NPWP, BPJS
and KPJ numbers, Indonesian SIM numbers, plates other than Singapore's,
passports, licences, UK NI numbers, US SSNs, bank account numbers and
staff, student, member, driver and patient numbers.

Styles (ids `blind139-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: odd, dense ai4privacy-like sentences (pii-masking-200k/300k/
  400k: names, job titles, streets with building numbers, secondary
  addresses, IPv4 / IPv6, MACs, user agents, cards with CVV and expiry,
  IBAN / BIC); gretel-pii-masking-en-v1-like claims, contracts, loan,
  medical, rental and benefit forms, notices, letters and petitions; and
  Nemotron-PII-like JSON, log lines, SQL, XML / FHIR, YAML, .env, HTTP
  requests, test code, tickets, form dumps and mail headers.
- `gen` (90): one to four "realistic sentences with personal data", names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small table each, rendered as text (CSV with commas and
  semicolons, quoted and not, TSV, pipes / Markdown / psql, fixed-width,
  JSON lines, YAML, key: value blocks), header rows unlabeled, non-PII
  columns mixed in.
- `chat` (8): a support chat for a ride, a bank fraud-team chat, family
  chats (Javanese; a Filipino family in Dubai), marketplace chats (Sundanese
  batik sale; a Singapore second-hand sale between two handles) and team
  threads (an Indonesian-English cooperative warehouse channel; a US IT
  Slack thread), every speaker's name labeled on every line.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN / EAN,
  IP-shaped versions, hashes, UUIDs, serials, company registration numbers,
  company phones, role mailboxes, eponyms, streets named after people
  without a number), with the few real PII values labeled; the first one
  (app release notes) has no PII at all.

Languages and places: about nine records in ten are in English, set in
Indonesia, Malaysia, Singapore, the US, the UK, Australia, the Netherlands
and the Gulf (UAE, Saudi Arabia, Qatar, Kuwait, Bahrain, Oman), with names
from the many cultures living there (Javanese, Sundanese, Balinese, Batak,
Chinese-Indonesian, Malay, Chinese, Tamil and other Indian, Arab, Filipino,
Pakistani, Bangladeshi, Surinamese-Javanese, Dutch, Moroccan-Dutch,
Nigerian, Ghanaian, Polish, Vietnamese, Maori, Pacific and others); the
rest (26 records, spread over every style) are in Javanese (ngoko and
krama), Sundanese and the Indonesian-mixed English of Java. Domains: rice
farming cooperatives (KUD, Gapoktan, padi boards), batik and craft small
businesses, and ride-hailing and motorbike-taxi drivers (about 55 records
together) carry extra weight; the rest are spread widely (banking, health,
pharmacy, legal, schools, HR and payroll, retail, travel, telecoms,
government, housing, gaming, social media, IT, deliveries, gyms, vets,
insurance, pensions, charities ...).

Labeling conventions: those of make_blind22.py's docstring, exactly; in
short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any shape,
  times attached to them included; not bare years, weekdays alone,
  durations, or dates not tied to a person (sale, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC and routing numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / booking / tracking references, company
  phone numbers and role mailboxes, versions, hashes, serials, partial
  numbers ("ending 4417"), pets, eponyms and brands named after people, a
  header row.
- The calls listed in make_blind22.py's docstring were kept (a "sex",
  "role", "dept" or "status" column stays unlabeled, an "age" column is
  AGE, a "country" or "state" column is LOCATION, a "nationality" column is
  NRP; job titles, employers and companies unlabeled; a building number in
  its own field and a secondary address field are ADDRESS; a time written
  with a person's date is inside the DATE_TIME span; a person's last-login
  timestamp is DATE_TIME).

Calls made while writing this set, in the same spirit:
- Indonesian, Malay, Sundanese and Gulf honorifics attached to a name are
  TITLE, labeled apart from it like Mr / Mrs: Bapak / Pak / Pa, Ibu / Bu,
  Mas, Mbak, Kang, Teh, H. / Haji, Hj., Puan, Mdm, mevrouw, Rev., Lady.
  Family words stay outside even before a name (Mbah, Bulik, Ate, Tita,
  Mama), and so does a job word used as a form of address ("Pak RT", "siap
  pak" without a name).
- Patronymic links inside a name (bin, binti, binte, a/l, a/p, s/o, d/o,
  Al-) are inside the PERSON span; academic degrees after a name (S.H.,
  M.Kn.) are outside and unlabeled.
- Indonesian addresses: "Jl. X No. 12" with its RT / RW, Gg. (alley),
  Blok and Km parts is one ADDRESS span; a kampung or dusun given with its
  RT / RW ("Kp. Babakan RT 03/RW 05", "Dusun Jetis RT 05/RW 01") is ADDRESS
  like a rural route with its box; a Perum (housing estate) with block and
  number is ADDRESS. The desa / kelurahan, kecamatan, kabupaten / kota and
  province are LOCATION, and the administrative word before them (Desa,
  Kec., Kab., Kota) stays outside the span when it is written as a
  separate label; Malaysian "Lot 2261, Kampung ..." is ADDRESS, a Taman,
  Seksyen or Kampung named alone is LOCATION. A Qatari or Bahraini
  "Building / Street / Zone" or "Villa / Road / Block" group is one ADDRESS.
- Farm plot codes ("Padi lot: K-114/Lot 7") and grain lot numbers are
  references, not addresses; a business registration number (NIB, KvK,
  Companies House, ABN, trade licence) is not PII; the handle of a shop or
  cooperative and its mailbox are not labeled, a private seller's handle is
  USERNAME.
- Every real IP address (client, server, private range) is IP_ADDRESS;
  version strings shaped like IPs are not. An e-mail address written
  URL-encoded in a query string ("%40") is still EMAIL_ADDRESS.
- A cooperative member's own dates (joining, receiving a loan or payout),
  a driver's or passenger's trip date, a booking or check-in date of a
  named person and a lease start are DATE_TIME; ticket dates, export and
  shipment dates are not. Hijri dates ("4 Rabi al-Awwal 1446") are
  DATE_TIME like any other. Timestamps a system writes on its own records
  (the head of a log line, the "ts" of an event stream, an e-mail's
  "Date:" header, an export note) are not labeled; date fields kept about
  a person (dob, joined, last login, onboarded_at, an observation's
  effective date) are.
- Stations, markets, hospitals, wards and schools named as places of
  business (Solo Balapan, Pasar Siti Khadijah, Pasar Gede, Rashid
  Hospital) are not labeled; airport codes in an itinerary are not either; a city named in a company's line is removed from the
  look-alikes rather than labeled, so they stay almost free of PII.
- A research participant's study id, an insurer's member card number and
  a voter id are ID_NUMBER (member / patient numbers); a vehicle plate is
  ID_NUMBER with its emirate or region prefix inside the span.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind139.jsonl")

#: the language of each record that is not in English (filled by jv / su / idmix)
LANGUAGE: dict[str, str] = {}


def jv(markup: str) -> str:
    """A record in Javanese."""
    LANGUAGE[markup] = "Javanese"
    return markup


def su(markup: str) -> str:
    """A record in Sundanese."""
    LANGUAGE[markup] = "Sundanese"
    return markup


def idmix(markup: str) -> str:
    """A record in the Indonesian-mixed English of Java."""
    LANGUAGE[markup] = "Indonesian-mixed English"
    return markup


BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    """Greetings [[PERSON:Ms. Dewi Anggraini]], as the new Senior Paddy Agronomist for the [[LOCATION:Karawang]] cluster your portal login is [[USERNAME:dewi.anggraini_agro]] with the temporary password Sawah#2024!; the last access came from [[IP_ADDRESS:182.253.41.207]] on a device with MAC 3C:22:FB:8A:01:7D.""",
    """[[PERSON:Dr. Farid Hakimi]], [[AGE:44]], the Chief Compliance Strategist at a payments start-up, has moved to [[ADDRESS:Villa 27, Street 8b]], [[LOCATION:Al Safa 2]], [[LOCATION:Dubai]]; please bill card [[CREDIT_CARD:5221 8947 0036 5123]] (exp 09/27, CVV 418) from now on.""",
    """Your loan top-up is linked to IBAN [[IBAN_CODE:GB95BARC20045873012645]] (BIC BARCGB22). [[PERSON:Olumide Adeyemi-Clarke]], appointed Investment Account Manager on [[DATE_TIME:14/11/2024]], can be reached on [[PHONE_NUMBER:+44 7700 184236]].""",
    """Attention motorbike-taxi partner [[PERSON:Andi Firmansyah]]: your vehicle [[ID_NUMBER:AB 3412 LK]] was flagged from [[IP_ADDRESS:2001:448a:5021:3c17:9d2e:41ff:fe08:6a3b]] for GPS spoofing with user agent Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36. Bring your SIM card [[ID_NUMBER:8912-0415-003281]] to the hub at [[ADDRESS:Jl. Magelang Km 5,5 No. 31]].""",
    """In the quiet lane of [[ADDRESS:Lorong Kenari 4, No. 56]] in [[LOCATION:Taman Sri Muda]], the Head of Creative Batik Design, [[PERSON:Nurul Izzah Kamaruddin]], keeps her sketchbooks. She is [[AGE:31]], female, and pays for studio supplies with card [[CREDIT_CARD:4539176044821130]], CVV 772.""",
    """[[PERSON:Mr. Hendrik Sitorus]], your freelance translation fee of Rp 4.250.000 will reach BCA account [[ID_NUMBER:0371829465]] on [[DATE_TIME:2024-06-28]]. If this was not you, call [[PHONE_NUMBER:+62-812-6043-8817]] or write to [[EMAIL_ADDRESS:hendrik.sitorus88@gmail.com]].""",
    """The craft-fair stall in [[LOCATION:Kuala Terengganu]] is assigned to [[PERSON:Wan Azizah Wan Mahmud]] ([[ID_NUMBER:820917-11-5342]]); invoices go to [[EMAIL_ADDRESS:wanazizah.songket@yahoo.com]] and her secondary address is [[ADDRESS:Lot 2261, Kampung Losong Panglima Perang]].""",
    """Our Lead Claims Analyst [[PERSON:Karthik Raman]] requested access to the claims-archive bucket from [[IP_ADDRESS:49.207.183.66]]; his backup email [[EMAIL_ADDRESS:karthik.raman.sg@protonmail.com]] and mobile [[PHONE_NUMBER:+65 8103 5529]] were added. Date of birth: [[DATE_TIME:03/07/1989]].""",
    """[[PERSON:Tan Mei Ling]], [[AGE:27]], Account Coordinator, lives at [[ADDRESS:21 Jalan Kuras]], [[LOCATION:Singapore]] [[ZIP_CODE:577725]]. Card on file [[CREDIT_CARD:3566 0022 1937 4069]], expiry 04/26; preferred contact [[EMAIL_ADDRESS:meiling.tan@gmail.com]].""",
    """Dear [[PERSON:Jamal Al-Mansoori]], your parking-deposit refund will go to [[IBAN_CODE:AE210350000917264508330]]. Your resident ID is [[ID_NUMBER:RES-5518207]] and the permit was for car plate [[ID_NUMBER:Dubai N 48213]]. Login detected from [[IP_ADDRESS:94.200.61.14]].""",
    """On [[DATE_TIME:11/05/1993]], [[PERSON:Kwame Boateng-Wright]] was born in [[LOCATION:Croydon]]; now a Principal Quantity Surveyor, he lives at [[ADDRESS:Flat 12, Hadley Court, 77 Brigstock Road]], [[LOCATION:Thornton Heath]] [[ZIP_CODE:CR7 7JH]] and his NI number is [[ID_NUMBER:PK 41 73 09 B]].""",
    """Hello [[PERSON:Sutrisno]], as Cooperative Treasurer you can approve the fertiliser advance for member [[ID_NUMBER:GTP-0093]] ([[PERSON:Mujiyem]], [[AGE:62]]). Verification code was sent to [[PHONE_NUMBER:0812 2745 9031]]; session from [[IP_ADDRESS:36.68.219.5]].""",
    """Please transfer the remaining 2,450 AUD to [[PERSON:Bronwyn Hartigan]] (BSB 062-914, account [[ID_NUMBER:10473329]]) before she relocates to [[ADDRESS:48 Wirraway Crescent]], [[LOCATION:Wagga Wagga]] [[LOCATION:NSW]] [[ZIP_CODE:2650]].""",
    """Your Peranakan cooking class booking for [[DATE_TIME:Sunday, 16 February 2025, 09:00]] is confirmed, [[PERSON:Mx. Jordan Whitlock]]. Payment was taken from [[CREDIT_CARD:5424 1880 0712 3664]]; the receipt went to [[EMAIL_ADDRESS:jwhitlock@fastmail.com.au]].""",
    """[[PERSON:Lukas van der Heijden]], 6th floor, [[ADDRESS:Stationsplein 45]], [[ZIP_CODE:3013 AK]] [[LOCATION:Rotterdam]]; telephone [[PHONE_NUMBER:+31 6 2841 7305]]; IBAN [[IBAN_CODE:NL84ABNA0417829361]]; user agent Mozilla/5.0 (Macintosh; Intel Mac OS X 13_5) Safari/605.1.15.""",
    """The Farm Loan Officer reviewing [[PERSON:Clint Dufresne]]'s application ([[ADDRESS:2271 Hwy 1 North]], [[LOCATION:Crowley]], [[LOCATION:LA]] [[ZIP_CODE:70526]]) flagged his SSN [[US_SSN:433-17-8062]] as belonging to a deceased person.""",
    """We noticed a sign-in to your streaming account from [[IP_ADDRESS:112.215.172.88]] (Android). If it wasn't you, [[PERSON:Fitri Handayani]], reset your password and check the phone number [[PHONE_NUMBER:+62 821-3318-0476]] on your profile.""",
    """[[PERSON:Abdullah Qureshi]], an HVAC Technician in [[LOCATION:Sharjah]], requested a salary certificate; his passport is [[ID_NUMBER:BN4129763]], his Emirates ID [[ID_NUMBER:784-1990-0842716-5]], and his WPS account IBAN [[IBAN_CODE:AE950330001487562019431]].""",
    """Hey [[PERSON:Siew Wei]], the seller centre for your phone-accessories store was accessed from [[IP_ADDRESS:2405:3800:8a1:44::1b]]. Seller contact: [[EMAIL_ADDRESS:siewwei.gadgets@gmail.com]], bank account [[ID_NUMBER:5140 2219 8830]] at Maybank.""",
    """Personnel file: [[PERSON:Mrs. Olga Petrenko]], Clinical Data Manager, building number [[ADDRESS:55]], street [[ADDRESS:Halsey Avenue]], city [[LOCATION:Hoboken]], state [[LOCATION:NJ]], zip [[ZIP_CODE:07030]], SSN [[US_SSN:145-62-9931]], DOB [[DATE_TIME:1978-12-03]].""",
    """Dry-cleaning receipt for [[PERSON:Jonah Feldman]]: collected from [[ADDRESS:310 W 97th St]], [[LOCATION:New York]], on [[DATE_TIME:03/29/2024 05:12]], two suits and a coat. Charged to Amex [[CREDIT_CARD:3782 884109 51003]].""",
    """[[PERSON:Yusuf Hamdan]], the bursar, updated the parent contact for student [[ID_NUMBER:ST-2019-0447]]: mother [[PERSON:Hana Yusuf]], [[PHONE_NUMBER:+974 5512 3490]], [[ADDRESS:Building 14, Street 920, Zone 56]], [[LOCATION:Doha]].""",
    """As Regional Sales Lead, [[PERSON:Marcus Ellery]] must re-verify his account: username [[USERNAME:mellery_sales]], password Blu3Harbour!, last login [[DATE_TIME:2024-09-14T18:22:07Z]] from [[IP_ADDRESS:73.158.204.12]].""",
    """Resident [[PERSON:Mohd Faizal bin Rahim]] ([[ID_NUMBER:890412-08-6293]]), car [[ID_NUMBER:AKE 7316]], has lost his condo parking bay after a complaint from neighbour [[PERSON:Chong Pei San]] on [[DATE_TIME:22 May 2024]] in [[LOCATION:Ipoh]].""",
    """[[PERSON:Isabella Marchetti]], [[AGE:35]], a Senior UX Researcher, keeps her [[NRP:Catholic]] parish newsletter subscription under [[EMAIL_ADDRESS:bella.marchetti@icloud.com]]; her IPv6 address [[IP_ADDRESS:2600:1700:3f0:89a0:b4c2:11ff:fe3e:7d21]] was logged on sign-up.""",
    """Farmer registry entry: [[PERSON:Wayan Sudarma]], subak Jatiluwih, born [[DATE_TIME:12-12-1966]], NIK [[ID_NUMBER:5102061212660002]], [[ADDRESS:Banjar Jatiluwih Kawan No. 4]], [[LOCATION:Tabanan]], [[LOCATION:Bali]].""",
    """Reminder for [[PERSON:Harriet Sloane]]: your PO box [[ADDRESS:PO Box 7710]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]] renews on [[DATE_TIME:30 June]]; we'll charge the Mastercard ending 2204.""",
    """[[PERSON:Rashid Al-Kaabi]] ([[ADDRESS:Bldg 2929, Unit 14]]) paid the rental deposit with card [[CREDIT_CARD:4929 5182 0037 4156]]; his national ID is [[ID_NUMBER:1129503866]] and his mobile [[PHONE_NUMBER:0550 742 118]].""",
    """Batik-supply vendor [[PERSON:Daniel Koesoemo]] asked us to update his remittance details to IBAN [[IBAN_CODE:NL84TRIO0398512744]]; he also gave a new address: [[ADDRESS:Bredeweg 212-II]], [[ZIP_CODE:1098 BR]] [[LOCATION:Amsterdam]].""",
    """Account recovery: [[PERSON:Zainab Olanrewaju]], the user [[USERNAME:zainab.o_23]], asked for her 2FA to move to [[PHONE_NUMBER:+44 7911 482 306]]; current IP [[IP_ADDRESS:86.13.252.140]], user agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X).""",
    """[[PERSON:Ahmad Suhaimi]], the Principal Irrigation Engineer, receives the padi board's reports at [[EMAIL_ADDRESS:a.suhaimi@mada.gov.my]]; his office extension is 4412 and his personal line [[PHONE_NUMBER:+60 13-442 8170]].""",
    """On [[DATE_TIME:7 March 2024]] at 14:10, [[PERSON:Ravi Shankar Menon]] rented a scooter in [[LOCATION:Canggu]] with passport [[ID_NUMBER:Z5829104]] and left a deposit on card [[CREDIT_CARD:4024 0071 3985 2601]].""",
    """Please ship the wedding invitation samples to [[PERSON:Georgina Pryce]], [[ADDRESS:Apt 5, 19 Victoria Terrace]], [[LOCATION:Bath]] [[ZIP_CODE:BA2 3HQ]]; she paid via IBAN [[IBAN_CODE:GB75LOYD30963845102776]].""",
    """[[PERSON:Omar Farouk]], Logistics Supervisor, checked in the vaccine shipment on [[DATE_TIME:2024/10/02]]; he used the terminal at [[IP_ADDRESS:192.168.40.17]] (MAC 00:1B:44:11:3A:B7) and the badge [[ID_NUMBER:EMP-77120]].""",
    """Greetings [[TITLE:Bu]] [[PERSON:Ratih]], your Tokopedia store payout of Rp 12.800.000 for batik orders is scheduled; account holder [[PERSON:Ratih Kusumawardani]], BNI [[ID_NUMBER:0294718365]], NPWP [[ID_NUMBER:09.254.381.6-527.000]].""",
    # in the manner of gretel-pii-masking-en-v1
    """INSURANCE CLAIM FORM - CROP LOSS
Claimant: [[PERSON:Supardi Hadi Wibowo]]
Date of birth: [[DATE_TIME:09/04/1971]]
Address: [[ADDRESS:Dusun Ngemplak RT 01/RW 03]], Desa [[LOCATION:Kebonagung]], Kec. [[LOCATION:Imogiri]], Kab. [[LOCATION:Bantul]]
NIK: [[ID_NUMBER:3402110904710003]]
Policy number: AUTP-2024-118302
Date of loss: [[DATE_TIME:21 January 2024]] (flooding of 0.8 ha of paddy at 45 days after transplanting)
Cooperative member no.: [[ID_NUMBER:KT-SM-0412]]
Contact: [[PHONE_NUMBER:0878-3905-6612]]""",
    """LOAN APPLICATION SUMMARY
Applicant [[PERSON:Marisol Vega-Ortiz]] (SSN [[US_SSN:512-48-9076]]) is applying for a $18,500 equipment loan for her food truck business. She has lived at [[ADDRESS:1407 County Road 318]], [[LOCATION:Jonesboro]], [[LOCATION:AR]] [[ZIP_CODE:72401]] since [[DATE_TIME:June 2016]]. Employer: self-employed. Co-applicant: [[PERSON:Ruben Ortiz]], DOB [[DATE_TIME:02/14/1979]].""",
    """RESIDENTIAL TENANCY AGREEMENT
This agreement is made on [[DATE_TIME:1 March 2024]] between the landlord, [[PERSON:Mr. Lim Boon Keng]] (NRIC [[ID_NUMBER:S6952184C]]), and the tenant, [[PERSON:Ms. Putri Ayu Lestari]] (passport [[ID_NUMBER:C4817203]]), for the premises at [[ADDRESS:Blk 28 Dover Crescent, #05-117]], [[LOCATION:Singapore]] [[ZIP_CODE:130028]]. The monthly rent of SGD 2,300 is payable by the 5th of each month.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Gareth Llewellyn]]   MRN: [[ID_NUMBER:WH-00318274]]   NHS No.: [[ID_NUMBER:401 023 2137]]
Admitted: [[DATE_TIME:03/02/2025]]   Discharged: [[DATE_TIME:08/02/2025]]
Age: [[AGE:72]]   GP: [[PERSON:Dr. Sian Morgan]], Bridge Street Surgery
Diagnosis: community-acquired pneumonia. Follow-up chest X-ray in six weeks. Next of kin: [[PERSON:Bethan Llewellyn]] (daughter), [[PHONE_NUMBER:07855 204 618]].""",
    """NOTICE OF HEARING
To: [[PERSON:Devon Marshall]], [[ADDRESS:4418 Ridgecrest Drive]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28215]]
You are hereby notified that a hearing on your unemployment benefits appeal will be held by telephone on [[DATE_TIME:April 22, 2024 at 9:30 a.m.]] The hearing officer will call you at [[PHONE_NUMBER:704-555-0139]]. Claimant ID: [[ID_NUMBER:NC-UI-8847213]].""",
    """Dear [[PERSON:Mrs. Wibisono]],
We are pleased to confirm that your daughter, [[PERSON:Clarissa Wibisono]], has been offered a place in Year 7 at our school from [[DATE_TIME:September 2025]]. Please return the enclosed form, with her date of birth ([[DATE_TIME:5 May 2014]]) and your contact number, to the admissions office by the end of the month. We have your email as [[EMAIL_ADDRESS:tjahjadi.wibisono@gmail.com]]; please tell us if it changes.
Yours sincerely,
[[PERSON:Catherine Lowe]]
Admissions Registrar""",
    """PETITION TO THE CITY COUNCIL
We, the undersigned online motorbike-taxi drivers, ask the council to provide a waiting bay near Malioboro.
1. [[PERSON:Yusuf Maulana]], [[ADDRESS:Jl. Bausasran No. 14]], driver ID [[ID_NUMBER:GJK-0417228]], signed [[DATE_TIME:10/07/2024]]
2. [[PERSON:Wahyu Nugroho]], [[ADDRESS:Gg. Sawo No. 3, Jl. Kaliurang Km 6]], driver ID [[ID_NUMBER:GRB-2291034]], signed [[DATE_TIME:10/07/2024]]
3. [[PERSON:Rina Marlina]], [[ADDRESS:Jl. Wates Km 4 No. 87]], driver ID [[ID_NUMBER:MXM-55817]], signed [[DATE_TIME:11/07/2024]]""",
    """WORKERS' COMPENSATION CLAIM
Employee: [[PERSON:Tevita Fifita]]   Date of injury: [[DATE_TIME:14 October 2024]]
Employer: Greenline Logistics Pty Ltd, [[LOCATION:Port Botany]]
Home address: [[ADDRESS:7/33 Hume Highway]], [[LOCATION:Liverpool]] [[LOCATION:NSW]] [[ZIP_CODE:2170]]
TFN: [[ID_NUMBER:873 421 054]]   Medicare: [[ID_NUMBER:5603 72182 1]]
Description: crush injury to left hand while unloading a container of rice.""",
    """SALE AND PURCHASE AGREEMENT (MOTORCYCLE)
Seller: [[PERSON:Rudi Hartono]], NIK [[ID_NUMBER:3372031506820005]], of [[ADDRESS:Jl. Dr. Radjiman No. 201]], [[LOCATION:Surakarta]]
Buyer: [[PERSON:Taufik Hidayat]], NIK [[ID_NUMBER:3372012911950002]], of [[ADDRESS:Jl. Honggowongso No. 40]], [[LOCATION:Surakarta]]
The seller sells a 2021 Honda Vario, plate [[ID_NUMBER:AD 5529 QB]], engine no. JFZ2E1204837, for Rp 14.500.000. Signed at [[LOCATION:Surakarta]] on [[DATE_TIME:2 January 2025]].""",
    """Application for Supplemental Nutrition Assistance
Name: [[PERSON:Keisha L. Dawson]]   DOB: [[DATE_TIME:12/09/1988]]   SSN: [[US_SSN:247-81-3305]]
Household members: [[PERSON:Jordan Dawson]] (son, age [[AGE:9]]), [[PERSON:Amiyah Dawson]] (daughter, age [[AGE:4]])
Address: [[ADDRESS:220 Hollis Street, Apt 2]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31401]]
Monthly income: $1,740   Phone: [[PHONE_NUMBER:(912) 663-2041]]""",
    jv("""Dhumateng [[TITLE:Bapak]] [[PERSON:Harjono]]
Ketua KUD Sri Rejeki

Kanthi hormat,
Kula ingkang tapak asma ing ngandhap punika, [[PERSON:Tukiyem]], yuswa [[AGE:66]] taun, anggota KUD kanthi nomer [[ID_NUMBER:SR-0751]], manggen ing [[ADDRESS:Dusun Jetis RT 05/RW 01]], [[LOCATION:Ceper]], [[LOCATION:Klaten]], nyuwun supados arta asil sadean gabah kula dipuntransfer dhateng rekening putra kula, [[PERSON:Bambang Sulistyo]], BRI [[ID_NUMBER:3012-01-028844-50-6]].
Matur nuwun.
[[LOCATION:Klaten]], [[DATE_TIME:12 Juli 2024]]
[[PERSON:Tukiyem]]"""),
    jv("""SURAT PERJANJIAN KERJA BATIK
Ingkang tapak asma ing ngandhap punika:
1. [[TITLE:Hj.]] [[PERSON:Siti Aminah]], pamilik usaha batik ing [[ADDRESS:Jl. Pesindon I No. 12]], [[LOCATION:Pekalongan]], NIK [[ID_NUMBER:3375025508700001]]
2. [[PERSON:Nur Khasanah]], pembatik, lair [[DATE_TIME:18 Desember 1990]], manggen ing [[LOCATION:Kradenan]], HP [[PHONE_NUMBER:0838-6120-4475]]
Sarujuk bilih pihak kaping kalih nyanting 20 lembar kain saben wulan wiwit [[DATE_TIME:1 Agustus 2024]], kanthi opah Rp 85.000 saben lembar."""),
    su("""SURAT PANGAJUAN
Ka Yth. Pangurus Koperasi Ojek Pangkalan Mitra Sauyunan
Abdi anu tandatangan di handap ieu:
Ngaran: [[PERSON:Cecep Supriatna]]
Tempat/tanggal lahir: [[LOCATION:Cianjur]], [[DATE_TIME:23-06-1985]]
Alamat: [[ADDRESS:Kp. Ciherang RT 02/RW 07]], Desa [[LOCATION:Sindanglaya]], Kec. [[LOCATION:Cipanas]]
No. KTP: [[ID_NUMBER:3203152306850004]]
No. HP: [[PHONE_NUMBER:0857-9412-0386]]
Neda dianggo anggota koperasi, sareng motor abdi kalayan nomer polisi [[ID_NUMBER:F 6218 SH]]. Hatur nuhun."""),
    idmix("""FORM PENGAJUAN PINJAMAN (KUR) - Loan Application
Nama lengkap / Full name: [[PERSON:Dwi Handayani]]
NIK: [[ID_NUMBER:3326055107880003]]
Tanggal lahir / DOB: [[DATE_TIME:11-07-1988]]
Jenis usaha / Business: batik cap & printing, home industry, 6 karyawan
Alamat usaha / Business address: [[ADDRESS:Jl. Raya Wiradesa No. 77]], [[LOCATION:Pekalongan]] [[ZIP_CODE:51152]]
No. rekening / Account no.: BRI [[ID_NUMBER:0091-01-013579-50-2]]
Email: [[EMAIL_ADDRESS:dwihandayani.batik@gmail.com]]
Plafon / Amount: Rp 50.000.000, tenor 24 bulan"""),
    """MEMBER BENEFIT CLAIM
Member: [[PERSON:Ahmad Faris bin Zainal]]
EPF number: [[ID_NUMBER:18547720]]
IC: [[ID_NUMBER:760228-07-5113]]
Claim type: withdrawal for house purchase at [[ADDRESS:No. 3, Lorong Seri Impian 2]], [[LOCATION:Bukit Mertajam]], [[ZIP_CODE:14000]] [[LOCATION:Pulau Pinang]]
Date of sale agreement: [[DATE_TIME:15/08/2024]]
Contact: [[PHONE_NUMBER:04-530 2271]]""",
    """Employment Contract (extract)
Employer: Al Noor Facilities Management LLC
Employee: [[PERSON:Dimas Arya Saputra]], [[NRP:Indonesian]] national, passport [[ID_NUMBER:X2290417]]
Position: Housekeeping Supervisor
Start date: [[DATE_TIME:01 November 2024]]
Residence: [[ADDRESS:Room 412, Labour Camp 3]], [[LOCATION:Al Quoz]], [[LOCATION:Dubai]]
Salary account: [[IBAN_CODE:AE220460000219837745102]]""",
    """Dear [[PERSON:Sir Anthony Grayling]],
Further to your call of [[DATE_TIME:3 June]], we confirm that the pension lump sum will be paid to your nominated account on completion of the forms. Please note that your policy is held in joint names with [[TITLE:Lady]] [[PERSON:Miranda Grayling]]. If you have questions, please phone your adviser, [[PERSON:Neil Dhanani]], on [[PHONE_NUMBER:01632 960 418]].
Yours sincerely,
Retirement Services""",
    """CONSENT FORM - RESEARCH STUDY ON FACTORY WORKERS' RESPIRATORY HEALTH
Participant: [[PERSON:Mohd Nasir bin Jaafar]]   Age: [[AGE:49]]
Study ID: [[ID_NUMBER:RH-FW-0117]]
Village: [[LOCATION:Kampung Sungai Besar]], [[LOCATION:Sabak Bernam]]
Phone: [[PHONE_NUMBER:013-275 9106]]
I agree to take part. Signed: [[PERSON:Mohd Nasir bin Jaafar]]   Date: [[DATE_TIME:19/09/2024]]
Witness: [[PERSON:Nor Hafizah binti Abu Bakar]], research nurse""",
    """Incident report - ride-hailing safety team
Reported by rider [[PERSON:Amelia Ng]] ([[PHONE_NUMBER:+65 9015 7726]]) on [[DATE_TIME:28 Sep 2024, 23:40]]. The driver, [[PERSON:Surinder Singh]], vehicle [[ID_NUMBER:SKP 619 B]], took a longer route via the PIE and refused to stop. Rider was dropped at [[ADDRESS:Blk 113 Bishan Street 12]]. Trip ID 7c2e-88fa. Action: driver suspended pending review.""",
    """CERTIFICATE OF MEMBERSHIP
This certifies that [[PERSON:Lucas Onyango]], born [[DATE_TIME:17 April 1994]], of [[ADDRESS:Flat 9, Ferrier House, 14 Cable Street]], [[LOCATION:London]] [[ZIP_CODE:E1 8JG]], is a registered member of the Cable Street Tenants' Association, membership no. [[ID_NUMBER:CSTA-40917]], from [[DATE_TIME:1 January 2025]].""",
    """Rental Application - Apartment 3B
Applicant: [[PERSON:Hamza El Khatib]]   Date of birth: [[DATE_TIME:24.11.1996]]
Current address: [[ADDRESS:Rijnstraat 18-2]], [[ZIP_CODE:1079 HA]] [[LOCATION:Amsterdam]]
BSN: [[ID_NUMBER:143685296]]   Mobile: [[PHONE_NUMBER:06-18427390]]
Employer: Nordwind Logistics B.V. (payslips attached)
Previous landlord reference: [[PERSON:Marleen Hoekstra]], [[PHONE_NUMBER:020-6274153]]""",
    """Pre-authorization request
Patient name: [[PERSON:Abdulaziz Al-Ghamdi]]
Iqama/ID: [[ID_NUMBER:1095723415]]
DOB: [[DATE_TIME:06/02/1990]]
Procedure: knee arthroscopy, scheduled [[DATE_TIME:15/12/2024]]
Treating physician: [[PERSON:Dr. Imran Siddiqui]]
Member card: [[ID_NUMBER:BUPA-7731-0482-19]]""",
    """NOTICE TO QUIT
To [[PERSON:Shane Gallagher]] of [[ADDRESS:17 Larkspur Way]], [[LOCATION:Basildon]] [[ZIP_CODE:SS14 3PQ]]: your landlord, [[PERSON:Mrs. Denise Rowntree]], requires possession of the property on or after [[DATE_TIME:31 January 2025]]. Served by hand on [[DATE_TIME:29 November 2024]].""",
    """Statement of account - Gapoktan Subur Makmur savings and loan unit
Member: [[PERSON:Sukardi]]   Member no.: [[ID_NUMBER:SM-1208]]
Village: [[LOCATION:Tegalsari]], [[LOCATION:Karanganyar]]
Loan disbursed [[DATE_TIME:05/03/2024]]: Rp 6.000.000 for fertiliser and seed
Repaid after harvest: Rp 6.420.000
Balance: Rp 0. Please keep this statement for the next season's application.""",
    """Veterinary consent form
Owner: [[PERSON:Ashleigh Brennan]]   Phone: [[PHONE_NUMBER:0419 662 053]]
Address: [[ADDRESS:31 Magnolia Drive]], [[LOCATION:Mount Gambier]] [[LOCATION:SA]] [[ZIP_CODE:5290]]
Animal: Ziggy, kelpie, 6 years
I consent to a dental under general anaesthetic on [[DATE_TIME:Tuesday 4 March]].
Signature: [[PERSON:A. Brennan]]""",
    """DONATION AGREEMENT
Donor: [[TITLE:Haji]] [[PERSON:Abdul Latif bin Hamid]], IC [[ID_NUMBER:580114-01-5397]], of [[ADDRESS:No. 22, Jalan Kenanga]], [[ZIP_CODE:84000]] [[LOCATION:Muar]], [[LOCATION:Johor]]
Gift: two relong of padi land to the village mosque's waqf, effective [[DATE_TIME:1 Muharram 1446]]
Witnesses: [[PERSON:Zulkarnain bin Yusof]] and [[PERSON:Hasnah binti Salleh]]""",
    """Complaint letter
From: [[PERSON:Emily Chua]], [[ADDRESS:#14-03, 88 Meyer Road]], [[LOCATION:Singapore]] [[ZIP_CODE:437917]]
To: Customer Relations
On [[DATE_TIME:12 October]] I bought a batik shirt for my husband, [[PERSON:Daniel Chua]], from your [[LOCATION:Orchard]] outlet. The colour ran after the first wash. Please refund it to my card ending 8851 or call me on [[PHONE_NUMBER:8337 4190]].""",
    """CHILD CARE ENROLMENT
Child: [[PERSON:Ava Nakamura-Jones]]   DOB: [[DATE_TIME:22/01/2021]]
Parent 1: [[PERSON:Kenji Nakamura]], [[PHONE_NUMBER:0431 508 772]], [[EMAIL_ADDRESS:k.nakamura@bigpond.com]]
Parent 2: [[PERSON:Rebecca Jones]], [[PHONE_NUMBER:0421 990 354]]
Medicare: [[ID_NUMBER:4196 02842 1]]
Authorised pick-up: [[PERSON:Glenys Jones]] (grandmother)""",
    """STATEMENT OF WITNESS
I, [[PERSON:Nurul Ain binti Kassim]], aged [[AGE:29]], a GrabFood rider, state that on [[DATE_TIME:16 March 2024]] at about 7.15 pm I saw a silver car with plate [[ID_NUMBER:BMK 3390]] hit a motorcyclist outside [[ADDRESS:No. 45, Jalan Tun Razak]], [[LOCATION:Kuala Lumpur]]. My phone number is [[PHONE_NUMBER:011-2874 6320]].""",
    # in the manner of Nemotron-PII
    """{"customer": {"name": "[[PERSON:Priya Ramasamy]]", "dob": "[[DATE_TIME:1987-03-22]]", "email": "[[EMAIL_ADDRESS:priya.ramasamy@outlook.sg]]", "phone": "[[PHONE_NUMBER:+65 9288 4173]]", "nric": "[[ID_NUMBER:S8729316E]]"}, "plan": "Fibre 1Gbps", "installation": {"address": "[[ADDRESS:Blk 452 Tampines Street 42, #09-215]]", "postal_code": "[[ZIP_CODE:520452]]", "slot": "[[DATE_TIME:2024-11-09 09:00]]"}, "referrer_code": "TMP-4471"}""",
    """2024-08-14T07:31:55.204Z INFO  auth.login user_id=88213 email=[[EMAIL_ADDRESS:ben.harrington@sky.com]] ip=[[IP_ADDRESS:92.40.177.213]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0" result=success
2024-08-14T07:32:10.877Z WARN  billing.card_update user_id=88213 holder="[[PERSON:Benjamin Harrington]]" card=[[CREDIT_CARD:4556730129488369]] exp=11/28 status=declined reason=avs_mismatch postcode=[[ZIP_CODE:LS6 2QT]]""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, sex, phone, address, city, state, zip) VALUES ('[[ID_NUMBER:MRN-4402871]]', '[[PERSON:Latoya]]', '[[PERSON:Simmons]]', '[[DATE_TIME:1969-07-30]]', 'F', '[[PHONE_NUMBER:313-864-2075]]', '[[ADDRESS:19440 Greenlawn St]]', '[[LOCATION:Detroit]]', '[[LOCATION:MI]]', '[[ZIP_CODE:48221]]');""",
    """<Patient xmlns="http://hl7.org/fhir">
  <identifier><system value="https://fhir.nhs.uk/Id/nhs-number"/><value value="[[ID_NUMBER:6273301840]]"/></identifier>
  <name><family value="[[PERSON:Okonjo]]"/><given value="[[PERSON:Adaeze]]"/><prefix value="[[TITLE:Ms]]"/></name>
  <telecom><system value="phone"/><value value="[[PHONE_NUMBER:0161 496 0732]]"/></telecom>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1992-05-17]]"/>
  <address><line value="[[ADDRESS:Flat 6, 210 Wilmslow Road]]"/><city value="[[LOCATION:Manchester]]"/><postalCode value="[[ZIP_CODE:M14 6LF]]"/></address>
</Patient>""",
    """driver:
  id: [[ID_NUMBER:DRV-ID-30917752]]
  full_name: [[PERSON:Agung Wicaksono]]
  phone: "[[PHONE_NUMBER:+6281390447215]]"
  licence_no: [[ID_NUMBER:3405-9012-884417]]
  vehicle:
    plate: [[ID_NUMBER:AB 2087 UD]]
    model: Honda Beat 2022
  home_base: [[LOCATION:Sleman]]
  bank:
    name: BRI
    account: "[[ID_NUMBER:6912-01-017742-53-5]]"
  onboarded_at: [[DATE_TIME:2023-02-11]]""",
    """# .env.staging - do not commit
DB_HOST=[[IP_ADDRESS:10.0.4.12]]
DB_USER=svc_payroll
DB_PASSWORD=pR0d!x92Lk
ADMIN_EMAIL=[[EMAIL_ADDRESS:h.vandermeer@kantoorzaken.nl]]
ADMIN_NAME="[[PERSON:Hanneke van der Meer]]"
TEST_IBAN=[[IBAN_CODE:NL47SNSB0928417352]]
TEST_BSN=[[ID_NUMBER:260734184]]
SMTP_RELAY=smtp.kantoorzaken.nl:587""",
    """POST /api/v2/orders HTTP/1.1
Host: shop.kopinusantara.co.id
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:103.28.54.199]]
User-Agent: okhttp/4.9.3

{"buyer_name": "[[PERSON:Yuki Tanabe]]", "buyer_phone": "[[PHONE_NUMBER:+81 90-4418-2096]]", "ship_to": "[[ADDRESS:2-14-7 Kichijoji Honcho]], [[LOCATION:Musashino]], [[LOCATION:Tokyo]] [[ZIP_CODE:180-0004]]", "items": [{"sku": "KOP-GAYO-250", "qty": 2}], "card_last4": "1184"}""",
    """def test_mask_customer_record():
    record = {
        "name": "[[PERSON:Grace O'Donnell]]",
        "email": "[[EMAIL_ADDRESS:grace.odonnell@eircom.net]]",
        "ssn": "[[US_SSN:078-44-2193]]",
        "card": "[[CREDIT_CARD:4377 5610 0298 3144]]",
    }
    masked = mask(record)
    assert masked["name"] == "***"
    assert masked["card"].endswith("3144")""",
    """Ticket #48213 - Refund not received
Reporter: [[PERSON:Nadia Rahman]] <[[EMAIL_ADDRESS:nadia.rahman.89@gmail.com]]>
Priority: P2   Assignee: [[PERSON:Joel Tan]]
Description: Customer was charged twice for cinema booking CB-77120345 on [[DATE_TIME:2 Aug 2024]]. Card used: [[CREDIT_CARD:5191 7400 6612 3984]]. She called from [[PHONE_NUMBER:+60 17-385 0921]] and wants the refund to her bank account [[ID_NUMBER:1640 2281 7935]] instead.""",
    """From: "[[PERSON:Siddharth Iyer]]" <[[EMAIL_ADDRESS:siddharth.iyer@gmail.com]]>
To: [[EMAIL_ADDRESS:claire.whitmore@whitmorelaw.co.uk]]
Cc: accounts@whitmorelaw.co.uk
Date: Mon, 3 Feb 2025 09:14:22 +0000
Subject: Re: Completion - [[ADDRESS:23 Cranbrook Road]]
Received: from mail-wr1-f41.google.com ([[IP_ADDRESS:209.85.221.41]])
X-Mailer: iPhone Mail (21D61)""",
    """Form submission #20931
first_name=[[PERSON:Joanna]]
last_name=[[PERSON:Kowalski-Reid]]
date_of_birth=[[DATE_TIME:07/16/1985]]
ssn_last4=4410
passport_no=[[US_PASSPORT:548219036]]
street=[[ADDRESS:811 Laurel Ave]]
apt=[[ADDRESS:#2]]
city=[[LOCATION:Saint Paul]]
state=[[LOCATION:MN]]
zip=[[ZIP_CODE:55104]]
phone=[[PHONE_NUMBER:651.228.4079]]
newsletter=yes""",
    """[2024-12-01 22:14:03] ERROR payout.worker: transfer failed for partner_id=[[ID_NUMBER:GRB-MY-2091734]] name="[[PERSON:Rajesh a/l Muniandy]]" acct=[[ID_NUMBER:1142 0038 5529]] bank=CIMB reason=ACCOUNT_CLOSED
[2024-12-01 22:14:03] INFO  notify.sms to=[[PHONE_NUMBER:+60124471803]] template=payout_failed_v3""",
    """SELECT * FROM members WHERE email = '[[EMAIL_ADDRESS:dave.mcintyre@gmail.com]]';
-- id | name | ic | joined
-- 40172 | [[PERSON:David McIntyre]] | NULL | [[DATE_TIME:2021-09-04]]
UPDATE members SET phone = '[[PHONE_NUMBER:+61 438 211 907]]', suburb = '[[LOCATION:Fitzroy North]]' WHERE id = 40172;""",
    """{"resourceType": "Observation", "status": "final", "code": {"text": "HbA1c"}, "subject": {"reference": "Patient/7781", "display": "[[PERSON:Mariam Al-Suwaidi]]"}, "effectiveDateTime": "[[DATE_TIME:2024-10-21T08:45:00+04:00]]", "valueQuantity": {"value": 7.9, "unit": "%"}, "performer": [{"display": "[[PERSON:Dr. Hassan Rizvi]]"}]}""",
    """employees:
  - name: [[PERSON:Oluwaseun Bakare]]
    staff_no: [[ID_NUMBER:HR-10441]]
    ni_number: [[ID_NUMBER:SL 30 41 87 D]]
    start_date: [[DATE_TIME:2022-04-19]]
    team: Payments
  - name: [[PERSON:Charlotte Fenwick]]
    staff_no: [[ID_NUMBER:HR-10457]]
    ni_number: [[ID_NUMBER:NR 72 14 55 A]]
    start_date: [[DATE_TIME:2022-06-01]]
    team: Risk""",
    """GET /v1/users/lookup?email=[[EMAIL_ADDRESS:ahmed.k.siddiqui%40yahoo.com]]&phone=[[PHONE_NUMBER:971502318876]] HTTP/1.1
Host: api.souqkart.ae
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.4f9a
X-Real-IP: [[IP_ADDRESS:5.195.44.230]]
Accept-Language: en-AE,ar;q=0.8""",
    """JIRA HR-2291 | Update bank details
Requester: [[PERSON:Wei Jie Koh]] (employee [[ID_NUMBER:SG-04417]])
Old account: DBS [[ID_NUMBER:027-4-118234]]
New account: OCBC [[ID_NUMBER:601-284917-001]]
Effective from payroll of [[DATE_TIME:25 Jan 2025]]
Note: NRIC [[ID_NUMBER:T0418236C]] verified against the scan by [[PERSON:Rachel Ong]].""",
    """{"event": "ride_completed", "ts": "2024-07-03T19:22:41+07:00", "passenger": {"id": 5517203, "name": "[[PERSON:Kevin Sanjaya]]", "phone": "[[PHONE_NUMBER:081298004417]]"}, "driver": {"id": "[[ID_NUMBER:D-88412093]]", "name": "[[PERSON:Ahmad Syaifudin]]", "plate": "[[ID_NUMBER:B 3318 SJX]]"}, "pickup_area": "[[LOCATION:Setiabudi]]", "fare": 38500, "currency": "IDR"}""",
    """<?xml version="1.0"?>
<claim id="CLM-2024-55102">
  <insured>
    <name>[[PERSON:Thomas Brouwer]]</name>
    <bsn>[[ID_NUMBER:218930471]]</bsn>
    <address>[[ADDRESS:Prinsengracht 417-H]]</address>
    <postcode>[[ZIP_CODE:1016 HM]]</postcode>
    <city>[[LOCATION:Amsterdam]]</city>
  </insured>
  <incident date="[[DATE_TIME:2024-05-30]]">bicycle stolen outside home</incident>
  <payout iban="[[IBAN_CODE:NL65INGB0006281734]]" amount="640.00"/>
</claim>""",
    """Subject: Your appointment is confirmed
From: no-reply@klinikmedivest.com.my
To: [[EMAIL_ADDRESS:amirul.hakim93@gmail.com]]
Dear [[PERSON:Amirul Hakim]], your dental appointment with [[PERSON:Dr. Chew Li Ying]] is on [[DATE_TIME:Thursday, 6 February 2025 at 3:30 PM]]. Reply STOP to [[PHONE_NUMBER:+60 11-5502 9387]] to opt out of reminders.""",
    """import pytest

@pytest.fixture
def sample_farmer():
    return Farmer(
        name="[[PERSON:Sumarno]]",
        nik="[[ID_NUMBER:3310142706650001]]",
        village="[[LOCATION:Tegalrejo]]",
        land_ha=0.75,
        phone="[[PHONE_NUMBER:0813-2904-5571]]",
    )""",
    """May 12 03:44:19 web-02 sshd[22817]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 51122 ssh2
May 12 03:44:27 web-02 sshd[22820]: Accepted publickey for [[USERNAME:mkaplan]] from [[IP_ADDRESS:24.56.211.90]] port 60214 ssh2: ED25519 SHA256:q3Vv0c1R
May 12 03:44:27 web-02 systemd-logind[611]: New session 418 of user [[USERNAME:mkaplan]].""",
    """customer_id,name,email,last_login_ip
C-10928,[[PERSON:Rosa Delgado]],[[EMAIL_ADDRESS:rosa.delgado77@gmail.com]],[[IP_ADDRESS:172.58.14.203]]
# exported 2024-06-01 for fraud review by [[PERSON:Ian Whitfield]]""",
    """name: [[PERSON:Fatimah Az-Zahra]]
dob: [[DATE_TIME:17.08.1999]]
nationality: [[NRP:Bahraini]]
religion: [[NRP:Muslim]]
passport: [[ID_NUMBER:2417739]]
address: [[ADDRESS:Villa 112, Road 3803, Block 338]], [[LOCATION:Adliya]]
mobile: [[PHONE_NUMBER:+973 3619 4085]]""",
    """curl -X POST https://api.example-pay.com/v1/charges \\
  -d amount=12900 -d currency=usd \\
  -d "card[number]=[[CREDIT_CARD:6011004588230710]]" -d "card[exp]=08/27" -d "card[cvc]=314" \\
  -d "metadata[customer]=[[PERSON:Hannah Whitlock]]" -d "metadata[email]=[[EMAIL_ADDRESS:hwhitlock@gmail.com]]" """,
    """PATIENT INTAKE (OCR)
Name ....... [[PERSON:Olusegun Adebayo]]
D.O.B ...... [[DATE_TIME:08 Mar 1958]]
Age ........ [[AGE:66]]
Address .... [[ADDRESS:47 Harlesden Road]], [[LOCATION:London]] [[ZIP_CODE:NW10 2BT]]
Tel ........ [[PHONE_NUMBER:020 8451 3620]]
Allergies .. penicillin""",
    """{"user": "[[USERNAME:rara_kinanti]]", "display_name": "[[PERSON:Rara Kinanti]]", "bio": "pembatik muda dari [[LOCATION:Lasem]]", "followers": 18240, "website": "[[URL:https://rarakinanti.carrd.co]]", "joined": "[[DATE_TIME:2019-10-02]]", "last_ip": "[[IP_ADDRESS:114.124.197.22]]"}""",
    """[ticket] 2025-01-07 10:02 opened by [[EMAIL_ADDRESS:l.fontaine@roseauvet.com.au]]
Client [[PERSON:Greg Pappas]] says his dog's microchip is still registered to the previous owner, [[PERSON:Sharon McBride]], at [[ADDRESS:5 Kookaburra Close]], [[LOCATION:Ballarat]]. New owner phone [[PHONE_NUMBER:0407 318 926]].""",
    """[Unit]
Description=backup agent for host pc-fin-07
[Service]
Environment=OWNER_EMAIL=[[EMAIL_ADDRESS:ahmad.fauzan@tokoroti.id]]
Environment=OWNER_NAME=[[PERSON:Ahmad Fauzan]]
ExecStart=/usr/local/bin/agent --report-to [[IP_ADDRESS:172.16.8.40]]""",
    """UPDATE drivers SET status='active', sim_expiry='2027-03-01', ktp='[[ID_NUMBER:3273112408900003]]', name='[[PERSON:Irfan Maulana]]', plate='[[ID_NUMBER:D 4491 ZAB]]', phone='[[PHONE_NUMBER:+62 822-1803-7764]]' WHERE driver_id='[[ID_NUMBER:DRV-BDG-55172]]';""",
    """Received: from [[IP_ADDRESS:41.203.72.9]] by mx.mailhost.net
From: [[PERSON:Samuel Mwangi]] <[[EMAIL_ADDRESS:sam.mwangi@yahoo.com]]>
Reply-To: [[EMAIL_ADDRESS:s.mwangi.uk@gmail.com]]
To: lettings@harbourhomes.co.uk
Subject: Viewing for [[ADDRESS:Flat 2, 64 Clarendon Road]] on [[DATE_TIME:Saturday 15 March]]""",
    su("""Tiket #55019 - Sambat ti palanggan
Ngaran: [[PERSON:Nenden Rosmawati]]
No. HP: [[PHONE_NUMBER:0813-2011-7736]]
Eusi sambat: Supir ojol anu namina [[PERSON:Asep]] (plat [[ID_NUMBER:D 2716 ADB]]) ngantosan lami pisan di [[ADDRESS:Jl. Setiabudi No. 229]], [[LOCATION:Bandung]], tanggal [[DATE_TIME:3 Maret 2025]], tuluy ngabatalkeun pesenan. Abdi nyuhunkeun refund ka GoPay."""),
    idmix("""[BUG] Data member koperasi ke-duplicate setelah import
Reporter: [[PERSON:Yoga Pranata]] ([[EMAIL_ADDRESS:yoga.pranata@kud-sarimukti.or.id]])
Steps: import CSV anggota, row untuk [[PERSON:Ngatini]] (NIK [[ID_NUMBER:3308094406610002]], [[LOCATION:Muntilan]]) muncul dua kali dengan no. anggota [[ID_NUMBER:SRM-0664]] dan [[ID_NUMBER:SRM-0665]].
Expected: satu record aja. Env: staging, browser Chrome 126."""),
    """patient:
  name: [[PERSON:Kalani Akana]]
  mrn: [[ID_NUMBER:QMC-2281947]]
  dob: "[[DATE_TIME:04/02/1976]]"
  address: "[[ADDRESS:1440 Kapiolani Blvd, Apt 1807]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]]"
  insurance_id: [[ID_NUMBER:HMSA-58820071]]
  emergency_contact: "[[PERSON:Leilani Akana]] [[PHONE_NUMBER:(808) 591-4426]]" """,
    """2025-02-18 14:03:51,227 DEBUG kyc.verify: applicant="[[PERSON:Nur Aisyah binti Mohd Noor]]" ic="[[ID_NUMBER:010507-14-0682]]" dob=[[DATE_TIME:2001-05-07]] selfie_match=0.93 device_ip=[[IP_ADDRESS:2001:e68:5403:1a2b::7c]] decision=APPROVED""",
    """<CdtTrfTxInf>
  <PmtId><EndToEndId>E2E-20241103-00917</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="SAR">7500.00</InstdAmt></Amt>
  <Dbtr><Nm>[[PERSON:Khalid Saeed Al-Qahtani]]</Nm></Dbtr>
  <DbtrAcct><Id><IBAN>[[IBAN_CODE:SA7380000204608016212739]]</IBAN></Id></DbtrAcct>
  <Cdtr><Nm>[[PERSON:Noura Al-Dosari]]</Nm><PstlAdr><StrtNm>[[ADDRESS:Al Takhassusi Street]]</StrtNm><BldgNb>[[ADDRESS:7421]]</BldgNb><PstCd>[[ZIP_CODE:12333]]</PstCd><TwnNm>[[LOCATION:Riyadh]]</TwnNm></PstlAdr></Cdtr>
  <CdtrAcct><Id><IBAN>[[IBAN_CODE:SA7710000019284730015506]]</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>rent November</Ustrd></RmtInf>
</CdtTrfTxInf>""",
]

GEN = [
    """[[PERSON:Suparno]], [[AGE:58]], joined the KUD Tani Makmur rice cooperative in [[LOCATION:Ngawi]] on [[DATE_TIME:3 February 2009]], and his member number is [[ID_NUMBER:KTM-0217]]. He asked that the payout for his dry grain go to his BRI account [[ID_NUMBER:6278-01-004512-53-7]] from now on.""",
    """Please send the confirmation for the twelve batik tulis sarongs to [[TITLE:Ibu]] [[PERSON:Rahmawati Setyaningsih]] at [[EMAIL_ADDRESS:rahma.setyaningsih@gmail.com]]; she will collect them from her workshop at [[ADDRESS:Jl. Jlamprang No. 41]], [[LOCATION:Pekalongan]] [[ZIP_CODE:51117]] on [[DATE_TIME:Saturday 9 March]].""",
    """My Gojek driver last night was [[PERSON:Dedi Kurniawan]], plate [[ID_NUMBER:B 4721 KZT]], and I left my laptop bag on the back seat of his car. My number is [[PHONE_NUMBER:+62 813-8842-1907]] if anyone from support can reach him.""",
    """I'm [[PERSON:Aisha Begum]] and I'd like to close the joint account I held with my late husband, [[PERSON:Mohammed Abdul Karim]]. My National Insurance number is [[ID_NUMBER:JT 58 24 19 C]] and I was born on [[DATE_TIME:2 November 1961]].""",
    """[[PERSON:Goh Jia Hui]] ([[ID_NUMBER:S9162740Z]]) wants her mobile line [[PHONE_NUMBER:9176 4402]] moved to the new flat at [[ADDRESS:Blk 217 Compassvale Drive, #11-342]], [[LOCATION:Singapore]] [[ZIP_CODE:540217]] from [[DATE_TIME:1 July 2024]].""",
    """[[TITLE:Puan]] [[PERSON:Norazlina binti Hashim]] collected her husband's metformin refill at the pharmacy in [[LOCATION:Seksyen 7]], [[LOCATION:Shah Alam]]; the prescription was filed under his IC, [[ID_NUMBER:650312-10-5273]].""",
    """Our new site engineer, [[PERSON:Anil Kumar Nair]], starts on [[DATE_TIME:15 September 2024]]. His Emirates ID is [[ID_NUMBER:784-1985-5031274-2]] and his salary should be paid into [[IBAN_CODE:AE380260000482915730641]].""",
    jv("""Mbah [[PERSON:Karsini]] umure wis [[AGE:71]] taun, nanging saben esuk isih ngeterke gabah menyang KUD ing [[LOCATION:Delanggu]]. Nomer anggotane [[ID_NUMBER:KUD-DLG-0388]], lan anake, [[PERSON:Sri Hartini]], sing nyekel HP [[PHONE_NUMBER:0857-2931-4406]]."""),
    su("""Punten, abdi [[PERSON:Ujang Saepulloh]], supir ojek online di [[LOCATION:Garut]]. Motor abdi nomer polisina [[ID_NUMBER:Z 3817 UL]]; upami aya barang nu kakantun dina motor, mangga telepon ka [[PHONE_NUMBER:0823-1774-0952]]."""),
    idmix("""Guys, aku udah confirm order batik cap for the office uniforms sama [[TITLE:Mbak]] [[PERSON:Wulan]] di [[LOCATION:Laweyan]], DP-nya transfer ke BCA [[ID_NUMBER:0151839274]] a.n. [[PERSON:Wulandari Puspitasari]] ya. Kalau ada issue, WA aja dia di [[PHONE_NUMBER:0812-2670-3315]]."""),
    """[[PERSON:Wade Hollis]] of [[LOCATION:Stuttgart]], [[LOCATION:Arkansas]], renewed his duck hunting license on [[DATE_TIME:September 23]], and the new card was mailed to [[ADDRESS:PO Box 418]], [[LOCATION:DeWitt]], [[LOCATION:AR]] [[ZIP_CODE:72042]].""",
    """Our fund member [[PERSON:Carmela Bortolin]] (member no. [[ID_NUMBER:G-20417]]) from [[LOCATION:Leeton]] [[LOCATION:NSW]] has a new mobile, [[PHONE_NUMBER:0428 615 903]], and wants her pension payments sent to the new account from [[DATE_TIME:1 May]].""",
    """Last night's home-care nurse in [[LOCATION:Rotterdam]], [[PERSON:Youssef El Idrissi]], was fantastic: he waited while my grandmother [[PERSON:Truus van Dam]], [[AGE:88]], got her walker out at [[ADDRESS:Mathenesserlaan 214B]].""",
    """[[PERSON:Dr. Priyanka Shah]] has referred [[PERSON:Eleanor Whitcombe]] (NHS No. [[ID_NUMBER:943 476 5919]]) to the memory clinic. [[PERSON:Eleanor]] is [[AGE:79]] and lives alone at [[ADDRESS:14 Holly Bank]], [[LOCATION:Hebden Bridge]] [[ZIP_CODE:HX7 8DL]].""",
    """[[PERSON:Rohani binti Mat Yusof]], a block-batik maker with a stall at Pasar Siti Khadijah in [[LOCATION:Kota Bharu]], applied for the craft grant on [[DATE_TIME:12 Ogos 2024]] with IC [[ID_NUMBER:780506-03-5568]] and phone [[PHONE_NUMBER:019-932 4715]].""",
    """Tow-truck operator [[PERSON:Tan Kok Leong]] collected [[PERSON:Ms. Kavitha Subramaniam]]'s car, [[ID_NUMBER:VDK 8821]], from the highway at [[DATE_TIME:11.40 pm on 3 June]] and towed it to her mechanic in [[LOCATION:Bangsar]].""",
    """Our player [[USERNAME:kopi_peng_88]] says the account really belongs to his son [[PERSON:Ethan Lim]], who is [[AGE:14]]; the parent email on file is [[EMAIL_ADDRESS:lim.cheekeong@singnet.com.sg]].""",
    """Please excuse [[PERSON:Jaylen Brooks]] from gym class on [[DATE_TIME:Thursday, October 10]]; he sprained his ankle at practice. Thank you, [[PERSON:Tamika Brooks]] ([[PHONE_NUMBER:(901) 274-6630]])""",
    """[[PERSON:Mohammed bin Abdullah Al-Harbi]] renewed the iqama of his family driver, [[PERSON:Rizwan Ahmed]] (iqama no. [[ID_NUMBER:2077315402]]), on [[DATE_TIME:4 Rabi al-Awwal 1446]].""",
    """[[PERSON:Siti Maesaroh]] from [[LOCATION:Indramayu]] has worked as a nanny in [[LOCATION:Doha]] since [[DATE_TIME:March 2019]]. Her QID is [[ID_NUMBER:28836000417]], and her sister back in [[LOCATION:Indonesia]] can be reached on [[PHONE_NUMBER:+62 878-1145-2093]].""",
    """Big thanks to [[TITLE:Pak]] [[PERSON:Heru Santoso]], the Maxim bike-taxi driver who found my passport on his seat and brought it back to my guesthouse at [[ADDRESS:Jl. Prawirotaman II No. 18]], [[LOCATION:Yogyakarta]]. I only had his number, [[PHONE_NUMBER:0877-3910-2258]], from the app chat.""",
    """I ordered three jars of forest honey from [[PERSON:Ratna Dewi]]'s farm in [[LOCATION:Kulon Progo]]; please ship them to [[PERSON:Helen Carmichael]], [[ADDRESS:Flat 3, 27 Marchmont Road]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HY]].""",
    """Claimant [[PERSON:Nguyen Thi Thu Ha]], DOB [[DATE_TIME:14/08/1983]], lodged the windscreen claim online. Her driver licence number is [[ID_NUMBER:19473026]] and her Medicare number is [[ID_NUMBER:2948 17357 1]].""",
    """The tenancy for [[ADDRESS:Kinkerstraat 112-3]], [[ZIP_CODE:1053 ED]] [[LOCATION:Amsterdam]] is in the names of [[PERSON:Sanne de Vries]] (BSN [[ID_NUMBER:174820938]]) and [[PERSON:Daan Bakker]], starting [[DATE_TIME:1 april 2024]].""",
    """[[PERSON:Sarmo Kartodikromo]], [[AGE:67]], of [[LOCATION:Den Haag]] asked the municipality to correct his date of birth to [[DATE_TIME:18-09-1956]]; it was written down wrongly when he arrived from [[LOCATION:Suriname]].""",
    """The notary, [[PERSON:Yohanes Kurniawan]], S.H., M.Kn., will witness the sale of a rice field between [[PERSON:Wagiman]] and [[PERSON:Endang Purwaningsih]] on [[DATE_TIME:20 Mei 2024]] at his office in [[LOCATION:Klaten]].""",
    """Form 2 student [[PERSON:Muhammad Haziq bin Ismail]], [[AGE:14]], fainted during assembly; his father, [[PERSON:Ismail bin Othman]], can be reached on [[PHONE_NUMBER:012-608 3391]] and lives at [[ADDRESS:No. 7, Jalan SK 3/5]], [[LOCATION:Seri Kembangan]].""",
    """lost item: student [[PERSON:farhan]] left a black helmet on his motorbike [[ID_NUMBER:AB 6290 KF]] in the campus parking on [[DATE_TIME:12/06]] around 8 pm, pls contact him at [[EMAIL_ADDRESS:farhan.rizqi99@yahoo.co.id]]""",
    """Paddy farmer [[PERSON:Ahmad Rizal bin Osman]] of [[LOCATION:Kampung Sungai Limau]], [[LOCATION:Yan]], [[LOCATION:Kedah]] is claiming the padi subsidy for his 3.2 relong. His IC is [[ID_NUMBER:710819-02-5031]] and his Bank Rakyat account is [[ID_NUMBER:1102 9384 7710 23]].""",
    """The coastal-batik supplier we use in [[LOCATION:Pekalongan]], [[TITLE:H.]] [[PERSON:Muhammad Fauzi]], has changed his WhatsApp to [[PHONE_NUMBER:+62 857-4210-6673]] and asks that the next payment go to his Mandiri account [[ID_NUMBER:139-00-1582736-4]].""",
    """my cousin [[PERSON:deshawn]]'s photography page is [[URL:https://www.instagram.com/dshawn.films/]] and he's booking grad shoots all over [[LOCATION:Memphis]] this spring lol""",
    """Biscuit the spaniel is booked in for his jabs on Tuesday. Owner: [[PERSON:Callum Reid]], [[PHONE_NUMBER:07823 614 092]], [[ADDRESS:9 Braeside Crescent]], [[LOCATION:Kilmarnock]] [[ZIP_CODE:KA1 2RB]].""",
    """Please reset the VPN token for [[PERSON:Arumugam Selvakumar]] (staff ID [[ID_NUMBER:E104772]]). His laptop last checked in from [[IP_ADDRESS:10.24.118.63]] and he is on [[PHONE_NUMBER:+65 8421 3907]] today.""",
    """[[PERSON:Maria Lourdes Santos]] froze her membership at the [[LOCATION:Al Barsha]] branch from [[DATE_TIME:1 August]] while she visits family in [[LOCATION:Pampanga]]; her member no. is [[ID_NUMBER:FF-DXB-228104]].""",
    """Thank you, [[PERSON:Margaret O'Sullivan]], for your monthly gift. We've updated the card ending 4417 and your new address, [[ADDRESS:Unit 4, 23 Wattle Street]], [[LOCATION:Bendigo]] [[LOCATION:VIC]] [[ZIP_CODE:3550]].""",
    """Courier [[PERSON:Abdirahman Hassan]] reported that the parcel he delivered on [[DATE_TIME:Feb 17 at 1:52 AM]] was signed for by a neighbour. His [[LOCATION:Minnesota]] license is [[US_DRIVER_LICENSE:H400551682901]] and he can be reached at [[PHONE_NUMBER:(612) 408-3317]].""",
    """[[PERSON:Felicia Halim]] asked the bank to update the name on her account [[ID_NUMBER:2881 043 917]] after her marriage. Her KTP number is [[ID_NUMBER:3578064708910003]] and she now lives at [[ADDRESS:Jl. Raya Darmo Permai III No. 27]], [[LOCATION:Surabaya]].""",
    """Guests [[PERSON:Chinedu Okafor]] and [[PERSON:Ngozi Okafor]] arrive at the villa in [[LOCATION:Ubud]] on [[DATE_TIME:22 December]]. [[PERSON:Mr Okafor]]'s passport is [[NRP:British]], no. [[ID_NUMBER:561384729]].""",
    """Your Telkomsel number [[PHONE_NUMBER:0811-2604-7735]] is now registered to NIK [[ID_NUMBER:3402124305870002]] under the name [[PERSON:Sri Wahyuningsih]].""",
    """[[PERSON:Linh Tran]], SSN [[US_SSN:617-40-2283]], applied for a replacement card on [[DATE_TIME:06/03/2024]] and gave her mailing address as [[ADDRESS:3120 Bellaire Blvd Apt 12]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77036]].""",
    """If you need a ride from Solo Balapan station, ask for [[TITLE:Mas]] [[PERSON:Bayu]] at the ojek stand by the south gate. He has driven there for ten years and his number is [[PHONE_NUMBER:0896-2418-0537]].""",
    """[[PERSON:Suwarni]]'s family has made clay pots in [[LOCATION:Kasongan]], [[LOCATION:Bantul]], for three generations; the buyer, [[PERSON:Jeroen Vos]] from [[LOCATION:Utrecht]], signed the export contract with her on [[DATE_TIME:28 August 2023]].""",
    """Tour guide [[PERSON:Bambang Hermawan]], [[AGE:46]], of [[ADDRESS:Jl. Mondorakan No. 9]], [[LOCATION:Kotagede]], leads the heritage walk; call him on [[PHONE_NUMBER:(0274) 371845]] before you visit.""",
    jv("""[[TITLE:Bu]] [[PERSON:Sri Lestari]] wis mbatik tulis wiwit umur [[AGE:15]] taun. Saiki dheweke manggon ing [[ADDRESS:Dusun Karangkulon RT 04/RW 02]], [[LOCATION:Wukirsari]], [[LOCATION:Imogiri]], lan pesenan bisa lewat WA [[PHONE_NUMBER:0813-2867-5041]]."""),
    jv("""Aku [[PERSON:Joko Susilo]], ojol ing [[LOCATION:Semarang]]. Wingi tanggal [[DATE_TIME:14 Juni]] ana penumpang sing ninggal dompet ing motorku, jenenge ing KTP [[PERSON:Anindya Rahma Putri]]. Yen ana sing kenal, kabari aku ing [[PHONE_NUMBER:0895-3602-1148]]."""),
    jv("""Kula [[PERSON:Parjiyo]], ketua kelompok tani ing Desa [[LOCATION:Sidomulyo]]. Anggota enggal, [[TITLE:Bu]] [[PERSON:Sumini]], lair wonten ing [[LOCATION:Sragen]] tanggal [[DATE_TIME:2 Maret 1979]], NIK-ipun [[ID_NUMBER:3314024203790001]]."""),
    su("""[[TITLE:Pa]] [[PERSON:Dadang Suherman]] ti Gapoktan Mekar Tani, [[LOCATION:Ciasem]], [[LOCATION:Subang]], ngadaptarkeun sawahna anu 1,5 hektar. Nomer KTP-na [[ID_NUMBER:3213041104680002]] sareng nomer HP-na [[PHONE_NUMBER:0852-1937-6620]]."""),
    su("""[[TITLE:Teh]] [[PERSON:Euis Komalasari]] ngical batik Garutan di [[ADDRESS:Jl. Ciledug No. 115]], [[LOCATION:Garut]]. Anjeunna nampi piagam ti Pemkab dina [[DATE_TIME:17 Agustus 2023]]; pesenan online tiasa ka [[EMAIL_ADDRESS:euis.komala@gmail.com]]."""),
    su("""Indung abdi, [[PERSON:Iis Sumiati]], yuswana [[AGE:63]] taun, kedah kontrol ka rumah sakit di [[LOCATION:Tasikmalaya]] dinten [[DATE_TIME:Senen, 8 April]]. Nomer kartu BPJS-na [[ID_NUMBER:0001258734901]]."""),
    idmix("""Btw driver GrabCar aku tadi pagi, [[TITLE:Pak]] [[PERSON:Slamet Widodo]], super helpful: dia nganterin dokumen aku yang ketinggalan ke kantor di [[ADDRESS:Jl. Pemuda No. 148]], [[LOCATION:Semarang]]. Kalau kalian butuh private driver, nomornya [[PHONE_NUMBER:0858-7612-4490]], bilang aja dari [[PERSON:Nadia]]."""),
    idmix("""Update ya teman-teman, payout gabah untuk [[TITLE:Pak]] [[PERSON:Sutarno]] (member ID [[ID_NUMBER:KUD-KLT-1142]]) udah masuk ke rekening BRI-nya on [[DATE_TIME:Friday 5 July]], so please jangan di-follow up lagi ke office. Thanks!"""),
    idmix("""Hi HR, aku [[PERSON:Rizky Aditya Pratama]], mau update data BPJS Ketenagakerjaan aku, nomor KPJ [[ID_NUMBER:18012349876]], karena aku udah pindah ke [[ADDRESS:Perum Griya Asri Blok C2 No. 7]], [[LOCATION:Sleman]]. Thank you!"""),
    idmix("""Kak, aku mau order batik couple for my sister's wedding, tolong kirim ke [[PERSON:Annisa Rahmawati]], [[ADDRESS:Jl. Sunan Kalijaga No. 22]], [[LOCATION:Cirebon]] [[ZIP_CODE:45131]], HP [[PHONE_NUMBER:0819-3104-2276]]. Wedding-nya [[DATE_TIME:24 Agustus]], so please jangan telat ya."""),
    """Hi, I'm [[PERSON:Siti Nurhaliza binte Ahmad]]. Could you unlock my account? I was locked out after three wrong PINs. My NRIC is [[ID_NUMBER:S8734051A]] and my registered mobile is [[PHONE_NUMBER:+65 9732 0186]].""",
    """Claim for [[PERSON:Joseph Fernandes]], [[AGE:46]], admitted to Rashid Hospital on [[DATE_TIME:30/01/2024]] after a fall on site; the policy is held by his employer and his Emirates ID is [[ID_NUMBER:784-1978-4417305-0]].""",
    """Return requested by [[PERSON:Tomasz Nowak]] for order 204-8871-3310 (wrong size). Collect from [[ADDRESS:42 Granby Street]], [[LOCATION:Leicester]] [[ZIP_CODE:LE1 6FB]] and refund to the card ending 0932.""",
    """Refill for [[PERSON:Gloria Jean Whitaker]], DOB [[DATE_TIME:04-11-1949]], lisinopril 10 mg. She'll pick it up at the Walgreens on Central and her callback number is [[PHONE_NUMBER:505.883.2107]].""",
    """The J&T rider couldn't find [[PERSON:Lim Siew Ling]]'s house at [[ADDRESS:No. 18, Lorong Mawar 3]], [[LOCATION:Taman Desa Jaya]], [[ZIP_CODE:81100]] [[LOCATION:Johor Bahru]]; please call her on [[PHONE_NUMBER:016-771 2458]] before the second attempt.""",
    """[[USERNAME:xXAzizXx]] on the Asia server is actually [[PERSON:Aziz Rahman]], [[AGE:16]], from [[LOCATION:Kuching]]; his mum wrote in from [[EMAIL_ADDRESS:noraini.rahman76@hotmail.com]] asking us to lock the account.""",
    """[[PERSON:Jess]] from the [[LOCATION:Fremantle]] markets posts her jewellery on TikTok as [[USERNAME:jessmakesthings_]], and she told me her birthday is [[DATE_TIME:19 November]], so we're planning a surprise at her stall.""",
    """The deposition of [[PERSON:Raymond Okonkwo-Davis]] is set for [[DATE_TIME:January 9, 2025, at 10:00 a.m.]]; he asks that all notices go to his home at [[ADDRESS:612 Spruce Street, Apt 4F]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19106]].""",
    """[[PERSON:Fatima El Amrani]] starts on the cardiology ward on [[DATE_TIME:2 september]]. Her salary goes to [[IBAN_CODE:NL92RABO0314578226]] and her BSN is [[ID_NUMBER:305612748]].""",
    """[[PERSON:Mrs Patel]] says [[PERSON:Amara Osei]] (Year 4) may go home with her aunt, [[PERSON:Abena Mensah]], on Friday; the aunt's mobile is [[PHONE_NUMBER:07946 318 552]].""",
    """Passenger [[PERSON:Rania Haddad]], passport [[ID_NUMBER:N04418732]], booking ref QR7KZP, flies [[LOCATION:Doha]] to [[LOCATION:Manchester]] on [[DATE_TIME:12 Dec]]; she has asked for a wheelchair for her mother, [[PERSON:Samira]], who is [[AGE:81]].""",
    """Port request: [[PHONE_NUMBER:0412 904 317]] from Optus to us, account holder [[PERSON:Hamish McAllister]], DOB [[DATE_TIME:30.05.1990]].""",
    """The HDB appointment for [[PERSON:Muthu Krishnan s/o Ramasamy]] and [[PERSON:Lakshmi d/o Govindasamy]] is on [[DATE_TIME:5 Mar 2025, 2.30pm]] at the [[LOCATION:Toa Payoh]] branch.""",
    """Tenant [[PERSON:Brianna Kowalczyk]] at [[ADDRESS:88 Elm St, Unit 3R]], [[LOCATION:Worcester]], [[LOCATION:MA]] [[ZIP_CODE:01609]] has had no heat since [[DATE_TIME:Dec 2]]; her landlord, [[PERSON:Victor Sousa]], isn't answering [[PHONE_NUMBER:508-791-4420]].""",
    """[[PERSON:Priya Venkatesan]] has booked Mochi in for desexing on [[DATE_TIME:Wednesday 17 July at 8am]]; please remind her the cat can't eat after midnight. Mobile: [[PHONE_NUMBER:0403 227 819]].""",
    """Password reset for [[EMAIL_ADDRESS:o.bennett@harlowfield.ac.uk]]: [[PERSON:Olivia Bennett]] signed in from [[IP_ADDRESS:81.132.47.209]] at 02:14, which is not her usual location.""",
    """Gift Aid declaration received from [[TITLE:Rev.]] [[PERSON:Thomas Ogilvie]], [[ADDRESS:The Old Vicarage, Church Lane]], [[LOCATION:Great Bardfield]], [[ZIP_CODE:CM7 4SA]], signed on [[DATE_TIME:6 April 2024]].""",
    """I, [[PERSON:Kevin Tran]], dispute the $412.80 charge on my Visa [[CREDIT_CARD:4716 2590 8834 1275]]; I was at work in [[LOCATION:San Jose]] all that day and never visited the store.""",
    """Takaful claim: [[PERSON:Nur Syafiqah binti Zulkifli]] ([[ID_NUMBER:950223-14-6118]]) was in a collision in [[LOCATION:Petaling Jaya]] on [[DATE_TIME:18/03/2024]]; her car is [[ID_NUMBER:WVC 4102]].""",
    """[[TITLE:Mdm]] [[PERSON:Tan Ah Moi]], [[AGE:84]], was discharged on [[DATE_TIME:2 Feb]]; her son [[PERSON:Tan Boon Huat]] ([[PHONE_NUMBER:9648 2210]]) will bring her back for the review.""",
    """[[PERSON:Chloe Hargreaves]] (licence no. [[ID_NUMBER:HARGR856204C99LK]], born [[DATE_TIME:20/06/1984]]) has told us her new address: [[ADDRESS:5 Mill Court]], [[LOCATION:Skipton]] [[ZIP_CODE:BD23 1NS]].""",
    """Order delivered to [[PERSON:Abdulrahman Al-Otaibi]], [[ADDRESS:Building 4187, Prince Sultan Street]], [[LOCATION:Al Rawdah]], [[LOCATION:Jeddah]] [[ZIP_CODE:23434]]; he paid cash on delivery, mobile [[PHONE_NUMBER:+966 55 318 7042]].""",
    """Salary transfer for [[PERSON:Reshma Pillai]], staff nurse, to [[IBAN_CODE:KW74NBOK0000000000001000372151]] starting [[DATE_TIME:1 October]]; she joined the hospital in [[LOCATION:Salmiya]] last spring.""",
    """Rent for [[ADDRESS:Flat 21, Building 1457, Road 4326]], [[LOCATION:Juffair]] is paid by [[PERSON:Hussain Ali Ebrahim]] into his landlord [[PERSON:Jaffar Mahdi]]'s account, [[IBAN_CODE:BH62NBOB00001298734561]].""",
    """[[PERSON:Salim bin Nasser Al Hinai]] of [[LOCATION:Nizwa]] wants his date palm co-op dividend paid to [[IBAN_CODE:OM810180000001299123456]]; he turned [[AGE:60]] on [[DATE_TIME:9 January]].""",
    """Our mover, [[PERSON:Raymond Teo]], van [[ID_NUMBER:SLA 4827 H]], moved us out of our flat at [[ADDRESS:Blk 645 Jurong West Street 61]] and was really careful with the piano. Five stars. - [[PERSON:Priscilla]]""",
    """[[PERSON:Kenzo Pratama Wijaya]], Grade 3, will be picked up today by the family driver, [[TITLE:Pak]] [[PERSON:Ruslan]], instead of his mother; please check the driver's KTP, [[ID_NUMBER:3174052009790011]].""",
    """[[PERSON:Lotte]] ([[USERNAME:lottebakt]]) won our baking contest! Ship the mixer to [[ADDRESS:Vondellaan 33]], [[ZIP_CODE:2332 AA]] [[LOCATION:Leiden]].""",
    """The e-KTP for [[PERSON:Agus Prasetyo]] (NIK [[ID_NUMBER:3471021707850004]]) is ready for collection at the civil registry office in [[LOCATION:Yogyakarta]] from [[DATE_TIME:Monday 22 April]].""",
    """Thanks for dining with us, [[PERSON:Melissa]]! Your table on [[DATE_TIME:Sat, Jun 8, 7:30 PM]] was served by [[PERSON:Gurpreet]]; we've saved [[ADDRESS:1842 N Clark St]] as your delivery address for next time.""",
    """Bond lodged for [[PERSON:Aroha Ngata]] and [[PERSON:Liam Fitzgerald]], [[ADDRESS:2/15 Beach Road]], [[LOCATION:Coogee]] [[LOCATION:NSW]] [[ZIP_CODE:2034]], lease from [[DATE_TIME:01/09/2024]]. [[PERSON:Aroha]]'s TFN, [[ID_NUMBER:465 123 878]], was sent by mistake and has been deleted.""",
    """Repeat prescription for [[TITLE:mevrouw]] [[PERSON:Hennie Janssen-Kok]], born [[DATE_TIME:11-02-1947]], to be delivered to [[ADDRESS:Spoorlaan 88]] in [[LOCATION:Tilburg]].""",
    """Scam warning: someone calling himself [[PERSON:Budi]] from the bank rang my mother, [[PERSON:Yuliana]], from [[PHONE_NUMBER:0821-4490-1183]] and asked for her OTP. Please don't pick up.""",
    """[[PERSON:Carlos Mendoza]] cancelled his membership on [[DATE_TIME:11/30/2023]]; member ID [[ID_NUMBER:4410287765]], email [[EMAIL_ADDRESS:cmendoza.tx@outlook.com]].""",
    """Your parcel for [[PERSON:R. Chaudhry]] was left with your neighbour at [[ADDRESS:12 Fernbank Avenue]], [[LOCATION:Bradford]]. Tracking 15503398812744.""",
    """Policyholder [[PERSON:Angela Ruiz-Morales]], [[LOCATION:California]] DL [[US_DRIVER_LICENSE:D4428819]], reports that her parked car was hit on [[DATE_TIME:7/22/2024]] outside her home in [[LOCATION:Fresno]].""",
    """[[PERSON:Dr. Layla Al-Zahrani]] has requested an MRI for [[PERSON:Faisal Al-Shehri]], [[AGE:37]], national ID [[ID_NUMBER:1084261377]], on [[DATE_TIME:Sunday 14 July]].""",
]

TABLE = [
    """member_no,name,village,land_ha,phone,joined
[[ID_NUMBER:KTM-0219]],[[PERSON:Sugiyono]],[[LOCATION:Karangjati]],2.0,[[PHONE_NUMBER:0812-3390-4471]],[[DATE_TIME:11/06/2009]]
[[ID_NUMBER:KTM-0344]],[[PERSON:Sumiyati]],[[LOCATION:Kedunggalar]],0.6,[[PHONE_NUMBER:0857-4412-0836]],[[DATE_TIME:19/07/2012]]
[[ID_NUMBER:KTM-0581]],[[PERSON:Warsito]],[[LOCATION:Karangjati]],1.25,,[[DATE_TIME:01/10/2018]]
[[ID_NUMBER:KTM-0602]],[[PERSON:Lilik Setyowati]],[[LOCATION:Paron]],0.8,[[PHONE_NUMBER:0813-3571-9920]],[[DATE_TIME:14/01/2019]]""",
    '''"name";"dob";"city";"iban";"status"
"[[PERSON:Annelies Verbeek]]";"[[DATE_TIME:12-03-1975]]";"[[LOCATION:Zwolle]]";"[[IBAN_CODE:NL95RABO0314578269]]";"active"
"[[PERSON:Mohamed Bouzid]]";"[[DATE_TIME:30-11-1988]]";"[[LOCATION:Utrecht]]";"[[IBAN_CODE:NL87TRIO0398512787]]";"active"
"[[PERSON:Kevin Soekhoe]]";"[[DATE_TIME:07-06-1993]]";"[[LOCATION:Almere]]";"";"cancelled"''',
    """| Patient | MRN | DOB | Ward | Consultant |
|---|---|---|---|---|
| [[PERSON:Harold Pennington]] | [[ID_NUMBER:RX4-771203]] | [[DATE_TIME:02/09/1941]] | Ward 7 | [[PERSON:Dr. Amelia Frost]] |
| [[PERSON:Josephine Adu]] | [[ID_NUMBER:RX4-771388]] | [[DATE_TIME:18/12/1956]] | Ward 7 | [[PERSON:Dr. Amelia Frost]] |
| [[PERSON:Wojciech Zielinski]] | [[ID_NUMBER:RX4-772014]] | [[DATE_TIME:25/05/1963]] | CCU | [[PERSON:Dr. Rahul Banerjee]] |""",
    """rider_id\tname\tplate\tdepot\ton_time_pct\tphone
[[ID_NUMBER:PX-MY-2091734]]\t[[PERSON:Saravanan a/l Periasamy]]\t[[ID_NUMBER:WXP 4418]]\t[[LOCATION:Klang]]\t97.2\t[[PHONE_NUMBER:012-519 6024]]
[[ID_NUMBER:PX-MY-2102288]]\t[[PERSON:Mohd Azlan bin Hussin]]\t[[ID_NUMBER:BNT 7702]]\t[[LOCATION:Shah Alam]]\t94.8\t[[PHONE_NUMBER:019-380 5526]]
[[ID_NUMBER:PX-MY-2117450]]\t[[PERSON:Lee Chun Hoe]]\t[[ID_NUMBER:VFA 2093]]\t[[LOCATION:Cheras]]\t98.1\t[[PHONE_NUMBER:016-228 9041]]""",
    """ id | first_name | last_name | email                    | signup_ip         | plan
----+------------+-----------+--------------------------+-------------------+------
  1 | [[PERSON:Tyler]]      | [[PERSON:Brennan]]   | [[EMAIL_ADDRESS:tbrennan@gmail.com]]       | [[IP_ADDRESS:68.44.120.9]]       | pro
  2 | [[PERSON:Shanice]]    | [[PERSON:Morgan]]    | [[EMAIL_ADDRESS:shanice.morgan@yahoo.com]] | [[IP_ADDRESS:174.201.33.18]]     | free
  3 | [[PERSON:Huy]]        | [[PERSON:Pham]]      | [[EMAIL_ADDRESS:huy.pham.dev@gmail.com]]   | [[IP_ADDRESS:2601:646:8a00::2f]] | pro
(3 rows)""",
    """NAME               NRIC        MOBILE      BLOCK/UNIT                    POSTAL
[[PERSON:Goh Swee Lan]]       [[ID_NUMBER:S7820913E]]   [[PHONE_NUMBER:9012 7734]]   [[ADDRESS:Blk 305 Ubi Ave 1 #04-221]]     [[ZIP_CODE:400305]]
[[PERSON:Muhammad Iskandar]]  [[ID_NUMBER:T1123458A]]   [[PHONE_NUMBER:8765 0912]]   [[ADDRESS:Blk 12 Marsiling Dr #10-58]]    [[ZIP_CODE:730012]]
[[PERSON:Deepa Rajan]]        [[ID_NUMBER:G5281047M]]   [[PHONE_NUMBER:9381 4406]]   [[ADDRESS:Blk 601 Yishun St 61 #07-133]]  [[ZIP_CODE:760601]]""",
    """{"order": "SPC-24-1188", "buyer": "[[PERSON:Chiara Benedetti]]", "country": "[[LOCATION:Italy]]", "email": "[[EMAIL_ADDRESS:chiara.benedetti@libero.it]]", "item": "kopi luwak 100g", "qty": 1}
{"order": "SPC-24-1189", "buyer": "[[PERSON:Marieke Smit]]", "country": "[[LOCATION:Netherlands]]", "email": "[[EMAIL_ADDRESS:marieke.smit@ziggo.nl]]", "item": "teh melati 250g", "qty": 3}
{"order": "SPC-24-1190", "buyer": "[[PERSON:Emma Caldwell]]", "country": "[[LOCATION:Australia]]", "email": "[[EMAIL_ADDRESS:emmacaldwell@optusnet.com.au]]", "item": "vanilla pods 50g", "qty": 2}""",
    """- name: [[PERSON:Ali Hassan Al-Marzooqi]]
  emirates_id: [[ID_NUMBER:784-1992-4701853-6]]
  nationality: [[NRP:Emirati]]
  mobile: "[[PHONE_NUMBER:+971 50 662 1903]]"
  department: Finance
- name: [[PERSON:Jennifer Dela Cruz]]
  emirates_id: [[ID_NUMBER:784-1988-2260417-3]]
  nationality: [[NRP:Filipino]]
  mobile: "[[PHONE_NUMBER:+971 55 204 7718]]"
  department: Front Office
- name: [[PERSON:Haris Mahmood]]
  emirates_id: [[ID_NUMBER:784-2001-0562938-8]]
  nationality: [[NRP:Pakistani]]
  mobile: "[[PHONE_NUMBER:+971 52 889 0341]]"
  department: Security""",
    """Employee: [[PERSON:Siobhan Kearney]]
Staff no: [[ID_NUMBER:AC-20417]]
NI number: [[ID_NUMBER:WK 14 28 67 C]]
Sort code: 20-45-87
Account: [[ID_NUMBER:53917264]]
Tax code: 1257L
Start date: [[DATE_TIME:06/01/2025]]
Home address: [[ADDRESS:18 Castle Terrace]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF11 9AB]]""",
    """student_id,surname,given_names,year,guardian,guardian_phone,allergies
[[ID_NUMBER:20231145]],[[PERSON:Nguyen]],[[PERSON:Bao Anh]],7,[[PERSON:Nguyen Thi Lan]],[[PHONE_NUMBER:0433 107 562]],none
[[ID_NUMBER:20231146]],[[PERSON:O'Brien]],[[PERSON:Siena Rose]],7,[[PERSON:Kathleen O'Brien]],[[PHONE_NUMBER:0412 660 918]],peanuts
[[ID_NUMBER:20231147]],[[PERSON:Mahmoud]],[[PERSON:Yusuf]],7,[[PERSON:Rania Mahmoud]],[[PHONE_NUMBER:0450 381 204]],none
[[ID_NUMBER:20231148]],[[PERSON:Whitehead]],[[PERSON:Archie]],7,[[PERSON:Darren Whitehead]],[[PHONE_NUMBER:0422 977 015]],asthma""",
    """| Guest | Passport | Nationality | Check-in | Room |
| --- | --- | --- | --- | --- |
| [[PERSON:Hiroshi Tanaka]] | [[ID_NUMBER:TK4418203]] | [[NRP:Japanese]] | [[DATE_TIME:2024-12-20]] | 1204 |
| [[PERSON:Sophie Laurent]] | [[ID_NUMBER:19AK58320]] | [[NRP:French]] | [[DATE_TIME:2024-12-21]] | 817 |
| [[PERSON:Aditya Mehra]] | [[ID_NUMBER:V3391742]] | [[NRP:Indian]] | [[DATE_TIME:2024-12-21]] | 922 |""",
    """ACCT_NO     HOLDER               CARD                 TYPE      BRANCH
[[ID_NUMBER:4410287791]]  [[PERSON:Cheryl Ann Baptiste]]  [[CREDIT_CARD:4588 6120 3974 5512]]  checking  BR-014
[[ID_NUMBER:4410331208]]  [[PERSON:Luis Alberto Cantu]]   [[CREDIT_CARD:5498 8721 5306 4472]]  savings   BR-022
[[ID_NUMBER:4410402919]]  [[PERSON:Quentin Robichaux]]    [[CREDIT_CARD:4005 5172 9930 0814]]  checking  BR-014""",
    idmix("""kode,nama,alamat,no_hp,jumlah,metode bayar,status
BTK-LSM-041,[[PERSON:Yuni Astuti]],[[ADDRESS:Jl. Kartini No. 8]] [[LOCATION:Lasem]],[[PHONE_NUMBER:0852-2571-0094]],3 kain,transfer,sudah dikirim
BTK-LSM-042,[[PERSON:Gregorius Hendra]],[[ADDRESS:Perum Taman Sari Blok F No. 11]] [[LOCATION:Rembang]],[[PHONE_NUMBER:0821-3716-5502]],1 kain,COD,on process
BTK-LSM-043,[[PERSON:Liem Giok Hwa]],[[ADDRESS:Jl. Dasun No. 3]] [[LOCATION:Lasem]],[[PHONE_NUMBER:0813-2581-4470]],5 kain,transfer,waiting payment"""),
    """ticket  | channel | customer       | email                    | issue
--------+---------+----------------+--------------------------+----------------
T-90311 | phone   | [[PERSON:Andrew Keating]] | [[EMAIL_ADDRESS:akeating@btinternet.com]]  | broadband down
T-90318 | email   | [[PERSON:Parminder Kaur]] | [[EMAIL_ADDRESS:parminder.kaur@gmail.com]] | router swap
T-90322 | chat    | [[PERSON:Rhys Vaughan]]   | [[EMAIL_ADDRESS:rhys.vaughan@outlook.com]] | billing""",
    """name,age,sex,occupation,religion,ward
[[PERSON:Farida Yusuf]],[[AGE:34]],F,teacher,[[NRP:Muslim]],Maternity
[[PERSON:Grace Tan]],[[AGE:41]],F,accountant,[[NRP:Christian]],Surgical
[[PERSON:Ramesh Pillai]],[[AGE:58]],M,driver,[[NRP:Hindu]],Medical
[[PERSON:Lim Ah Kow]],[[AGE:76]],M,retired,[[NRP:Buddhist]],Medical""",
    """{"ts":"2024-10-03T08:11:02Z","user":"[[USERNAME:gamer_kaito]]","ip":"[[IP_ADDRESS:126.78.21.144]]","event":"purchase","sku":"GEMS-500"}
{"ts":"2024-10-03T08:11:40Z","user":"[[USERNAME:xiaoyu.play]]","ip":"[[IP_ADDRESS:61.216.3.90]]","event":"login","sku":null}
{"ts":"2024-10-03T08:12:15Z","user":"[[USERNAME:BigDaddyJ_77]]","ip":"[[IP_ADDRESS:99.231.8.204]]","event":"chargeback","sku":"GEMS-2000"}""",
    """Tenant           Unit            Lease start   Phone          Bond
[[PERSON:Mitchell Grady]]   [[ADDRESS:3/41 Ocean St]]   [[DATE_TIME:01/02/2024]]    [[PHONE_NUMBER:0407 882 163]]   $2,400
[[PERSON:Thi Ngoc Le]]      [[ADDRESS:5/41 Ocean St]]   [[DATE_TIME:15/03/2024]]    [[PHONE_NUMBER:0435 219 870]]   $2,400
[[PERSON:Ravindra Perera]]  [[ADDRESS:8/41 Ocean St]]   [[DATE_TIME:01/07/2024]]    [[PHONE_NUMBER:0468 340 125]]   $2,650""",
    """Name: [[PERSON:Abdul Rahman bin Yaakob]]
IC No: [[ID_NUMBER:690315-02-5521]]
Padi lot: K-114/Lot 7
Area: 4.5 relong
Bank: Agrobank, acc. [[ID_NUMBER:0220-4411-8390]]
Phone: [[PHONE_NUMBER:017-462 0835]]
Village: [[LOCATION:Kampung Padang Sanai]]
Registered: [[DATE_TIME:2 Januari 2023]]""",
    """"customer","phone","address","service","booked_for","price_aed"
"[[PERSON:Sara Al Blooshi]]","[[PHONE_NUMBER:+971 56 118 4390]]","[[ADDRESS:Villa 9, Street 14]], [[LOCATION:Al Mizhar 1]]","deep clean, 3BR","[[DATE_TIME:2024-09-02 04:30]]","78.50"
"[[PERSON:Ben Whitaker]]","[[PHONE_NUMBER:+971 50 772 6014]]","[[ADDRESS:Apt 2304, Princess Tower]]","sofa shampoo","[[DATE_TIME:2024-09-02 10:15]]","64.00"
"[[PERSON:Meera Iyer]]","[[PHONE_NUMBER:+971 52 301 8847]]","[[ADDRESS:Flat 506, Al Nahda Building 3]]","regular clean, 2 hrs","[[DATE_TIME:2024-09-03 08:00]]","41.25\"""",
    su("""ngaran;tanggal lahir;alamat;no HP;katerangan
[[PERSON:Aep Saepudin]];[[DATE_TIME:12-04-1972]];[[ADDRESS:Kp. Babakan RT 03/RW 05]];[[PHONE_NUMBER:0812-2044-7139]];kapala kulawarga
[[PERSON:Imas Masitoh]];[[DATE_TIME:30-09-1976]];[[ADDRESS:Kp. Babakan RT 03/RW 05]];[[PHONE_NUMBER:0813-9450-2218]];bojo
[[PERSON:Rizal Nurdiansyah]];[[DATE_TIME:05-01-2001]];[[ADDRESS:Kp. Babakan RT 03/RW 05]];;anak
[[PERSON:Engkos Kosasih]];[[DATE_TIME:17-08-1950]];[[ADDRESS:Kp. Babakan RT 03/RW 04]];[[PHONE_NUMBER:0878-2311-5046]];pangsiunan"""),
    jv("""| jeneng | umur | dusun | tensi | cathetan |
|---|---|---|---|---|
| Mbah [[PERSON:Painem]] | [[AGE:78]] | [[LOCATION:Ngablak]] | 150/90 | kudu kontrol |
| [[PERSON:Sukiman]] | [[AGE:69]] | [[LOCATION:Ngablak]] | 130/80 | sehat |
| [[TITLE:Bu]] [[PERSON:Tumirah]] | [[AGE:72]] | [[LOCATION:Gondang]] | 160/100 | dirujuk menyang puskesmas |
| [[PERSON:Kasiyo]] | [[AGE:81]] | [[LOCATION:Gondang]] | 140/90 | obat entek |"""),
    """member_id\tname\temail\tmembership\tjoined
[[ID_NUMBER:PG-118204]]\t[[PERSON:Aaron Whitfield]]\t[[EMAIL_ADDRESS:aaron.whitfield@gmail.com]]\tOff-peak\t[[DATE_TIME:12/01/2024]]
[[ID_NUMBER:PG-118219]]\t[[PERSON:Zara Hussain]]\t[[EMAIL_ADDRESS:zarahussain.fit@outlook.com]]\tAnytime\t[[DATE_TIME:19/01/2024]]
[[ID_NUMBER:PG-118230]]\t[[PERSON:Ellie-May Turner]]\t[[EMAIL_ADDRESS:elliemay.t@hotmail.co.uk]]\tStudent\t[[DATE_TIME:02/02/2024]]""",
    """RX#      PATIENT               DOB         DRUG                PRESCRIBER
4471203  [[PERSON:Dolores Figueroa]]      [[DATE_TIME:03/14/1952]]  atorvastatin 40 mg  [[PERSON:Dr. K. Osei]]
4471219  [[PERSON:Franklin Pierce Howe]]  [[DATE_TIME:09/30/1947]]  warfarin 5 mg       [[PERSON:Dr. M. Lindqvist]]
4471226  [[PERSON:Ashley Nguyen]]         [[DATE_TIME:11/02/1990]]  sertraline 50 mg    [[PERSON:Dr. K. Osei]]""",
    """{"donor": "[[PERSON:Margaret Lowry]]", "address": "[[ADDRESS:12 Jacaranda Avenue]]", "suburb": "[[LOCATION:Toowong]]", "state": "[[LOCATION:QLD]]", "postcode": "[[ZIP_CODE:4066]]", "card_last4": "2291", "monthly": 35}
{"donor": "[[PERSON:Sanjay Dutt Sharma]]", "address": "[[ADDRESS:7 Banksia Court]]", "suburb": "[[LOCATION:Glen Waverley]]", "state": "[[LOCATION:VIC]]", "postcode": "[[ZIP_CODE:3150]]", "card_last4": "0815", "monthly": 50}
{"donor": "[[PERSON:Mele Tupou]]", "address": "[[ADDRESS:PO Box 331]]", "suburb": "[[LOCATION:Logan Central]]", "state": "[[LOCATION:QLD]]", "postcode": "[[ZIP_CODE:4114]]", "card_last4": "7740", "monthly": 20}""",
    """| Candidate | Email | Mobile | Interview slot | Panel |
|-----------|-------|--------|----------------|-------|
| [[PERSON:Chua Wen Xin]] | [[EMAIL_ADDRESS:wenxin.chua@u.nus.edu]] | [[PHONE_NUMBER:+65 9827 3310]] | [[DATE_TIME:Tue 11 Mar, 10:00]] | A |
| [[PERSON:Hafiz Rahmat]] | [[EMAIL_ADDRESS:hafiz.rahmat@gmail.com]] | [[PHONE_NUMBER:+65 8190 4527]] | [[DATE_TIME:Tue 11 Mar, 11:30]] | A |
| [[PERSON:Shalini Krishnan]] | [[EMAIL_ADDRESS:shalini.k@smu.edu.sg]] | [[PHONE_NUMBER:+65 9460 2281]] | [[DATE_TIME:Wed 12 Mar, 14:00]] | B |""",
    """ naam              | geboortedatum | bsn       | postcode | huisarts
-------------------+---------------+-----------+----------+-------------
 [[PERSON:Wilma Hofstede]]    | [[DATE_TIME:04-08-1938]]    | [[ID_NUMBER:250419737]] | [[ZIP_CODE:7511 JM]]  | [[PERSON:Dr. Kuipers]]
 [[PERSON:Gerrit Jan Mulder]] | [[DATE_TIME:21-01-1945]]    | [[ID_NUMBER:312705864]] | [[ZIP_CODE:7514 AB]]  | [[PERSON:Dr. Kuipers]]
 [[PERSON:Naima Ouali]]       | [[DATE_TIME:13-10-1979]]    | [[ID_NUMBER:196384023]] | [[ZIP_CODE:7513 CG]]  | [[PERSON:Dr. Yilmaz]]
(3 rijen)""",
    """employees:
  - name: [[PERSON:Ahmed Raza Khan]]
    iqama: "[[ID_NUMBER:2091865234]]"
    nationality: [[NRP:Pakistani]]
    iban: [[IBAN_CODE:SA3805000068201745003913]]
    site: [[LOCATION:Dammam]] warehouse
  - name: [[PERSON:Ramil Bautista]]
    iqama: "[[ID_NUMBER:2314709680]]"
    nationality: [[NRP:Filipino]]
    iban: [[IBAN_CODE:SA7345000000418273901277]]
    site: [[LOCATION:Jubail]] yard""",
    """student,grade,parent,parent_qid,parent_mobile,bus_route
[[PERSON:Yousef Al-Kuwari]],5,[[PERSON:Maryam Al-Kuwari]],[[ID_NUMBER:28563400912]],[[PHONE_NUMBER:+974 5580 1247]],R3
[[PERSON:Aarav Menon]],5,[[PERSON:Deepak Menon]],[[ID_NUMBER:28035602214]],[[PHONE_NUMBER:+974 3312 7788]],R7
[[PERSON:Layan Haddad]],6,[[PERSON:Rami Haddad]],[[ID_NUMBER:28242200357]],[[PHONE_NUMBER:+974 6610 4932]],R3""",
    '''"voter_id","first","last","party","precinct","phone"
"[[ID_NUMBER:OH-4471029]]","[[PERSON:Darlene]]","[[PERSON:Kowalski]]","[[NRP:Republican]]","Ward 4-B","[[PHONE_NUMBER:(216) 339-5108]]"
"[[ID_NUMBER:OH-4471087]]","[[PERSON:Marcus]]","[[PERSON:Bell]]","[[NRP:Democrat]]","Ward 4-B","[[PHONE_NUMBER:(216) 551-7742]]"
"[[ID_NUMBER:OH-4471130]]","[[PERSON:Yesenia]]","[[PERSON:Ortiz]]","[[NRP:Democrat]]","Ward 4-C",""''',
    """Policyholder: [[PERSON:Lim Kah Seng]]
IC: [[ID_NUMBER:820417-07-5149]]
Date of birth: [[DATE_TIME:17 April 1982]]
Address: [[ADDRESS:21, Lebuh Pantai]], [[ZIP_CODE:10300]] [[LOCATION:George Town]], [[LOCATION:Pulau Pinang]]
Mobile: [[PHONE_NUMBER:012-480 3376]]
Plan: hospital and surgical, annual premium RM 2,860
Nominee: [[PERSON:Ong Bee Choo]] (spouse)""",
    """full_name\tid_type\tid_number\tphone\tcity\tkyc_level
[[PERSON:Ni Made Ayu Lestari]]\tKTP\t[[ID_NUMBER:5171045903940001]]\t[[PHONE_NUMBER:+62 819-1640-2283]]\t[[LOCATION:Denpasar]]\tfull
[[PERSON:Hans-Peter Vogel]]\tpassport\t[[ID_NUMBER:C7H4K2R91]]\t[[PHONE_NUMBER:+49 151 2284 6610]]\t[[LOCATION:Badung]]\tbasic
[[PERSON:Made Suarjana]]\tKTP\t[[ID_NUMBER:5103021108870003]]\t[[PHONE_NUMBER:+62 812-3800-4516]]\t[[LOCATION:Kuta]]\tfull""",
    """| Attendee | Organisation | LinkedIn | X handle |
|---|---|---|---|
| [[PERSON:Imogen Clarke]] | Bristol Data Co-op | [[URL:https://www.linkedin.com/in/imogen-clarke-data]] | @[[USERNAME:imogenclarke]] |
| [[PERSON:Tunde Bakare]] | NHS Digital | [[URL:https://www.linkedin.com/in/tundebakare]] | @[[USERNAME:tunde_b]] |
| [[PERSON:Rachel Goldsmith]] | freelance | [[URL:https://www.linkedin.com/in/rgoldsmith-ux]] | - |""",
    """OWNER               PET        SPECIES   PHONE          SUBURB
[[PERSON:Kylie Donovan]]       Max        dog       [[PHONE_NUMBER:0412 508 331]]   [[LOCATION:Rockingham]]
[[PERSON:Farhad Karimi]]       Shiro      cat       [[PHONE_NUMBER:0433 761 092]]   [[LOCATION:Joondalup]]
[[PERSON:Pauline Te Rangi]]    Bella      dog       [[PHONE_NUMBER:0401 229 847]]   [[LOCATION:Mandurah]]""",
    """{"ref": "RMT-0917721", "sender": "[[PERSON:Biju Thomas]]", "sender_civil_id": "[[ID_NUMBER:278041503313]]", "beneficiary": "[[PERSON:Annamma Thomas]]", "beneficiary_city": "[[LOCATION:Kottayam]]", "amount_kwd": 150}
{"ref": "RMT-0917734", "sender": "[[PERSON:Nasrin Akter]]", "sender_civil_id": "[[ID_NUMBER:290112504471]]", "beneficiary": "[[PERSON:Abdul Malek]]", "beneficiary_city": "[[LOCATION:Sylhet]]", "amount_kwd": 80}
{"ref": "RMT-0917740", "sender": "[[PERSON:Wahyuni Lestari]]", "sender_civil_id": "[[ID_NUMBER:288062603929]]", "beneficiary": "[[PERSON:Sarwono]]", "beneficiary_city": "[[LOCATION:Cilacap]]", "amount_kwd": 120}""",
    """ username | full_name      | last_login_ip | mac_address       | dept
----------+----------------+---------------+-------------------+---------
 [[USERNAME:jcarver]]  | [[PERSON:Jasmine Carver]] | [[IP_ADDRESS:10.12.4.77]]    | 3C:52:82:1A:9F:04 | Legal
 [[USERNAME:rokafor]]  | [[PERSON:Remi Okafor]]    | [[IP_ADDRESS:10.12.4.102]]   | 3C:52:82:1A:A1:3D | IT
 [[USERNAME:mzhang2]]  | [[PERSON:Mingyu Zhang]]   | [[IP_ADDRESS:10.12.6.19]]    | F4:8E:38:07:55:C2 | Finance
(3 rows)""",
]

CHAT = [
    """[14:02] [[PERSON:Farah]] (Support): Hi, thanks for contacting us. How can I help today?
[14:03] [[PERSON:Jason Lee]]: My driver cancelled after I waited 20 min and I still got charged RM 5
[14:03] [[PERSON:Farah]] (Support): Sorry about that, [[PERSON:Jason]]. Can you confirm the phone number on your account?
[14:04] [[PERSON:Jason Lee]]: [[PHONE_NUMBER:012-338 7140]]
[14:05] [[PERSON:Farah]] (Support): Thanks. I can see booking A-5KQ2X7P on [[DATE_TIME:14 Nov]] with driver [[PERSON:Hafizuddin]], plate [[ID_NUMBER:WYQ 2281]]. The fee has been reversed to your card ending 6620.
[14:06] [[PERSON:Jason Lee]]: ok thanks. also pls update my email to [[EMAIL_ADDRESS:jasonlee.kl@gmail.com]]
[14:06] [[PERSON:Farah]] (Support): Done! Anything else?""",
    jv("""[19.02] [[PERSON:Anton]]: Mbah wis mlebu bangsal Melati, kamar 3. Sesuk tanggal [[DATE_TIME:9 Oktober]] jam 08.00 dijadwal operasi katarak
[19.04] [[PERSON:Rini]]: Alhamdulillah. Nomer BPJS-e Mbah pira mas? Aku kudu ngisi formulir
[19.05] [[PERSON:Anton]]: [[ID_NUMBER:0002143387125]], atas jenenge [[PERSON:Samijo]]
[19.07] Bulik [[PERSON:Yati]]: Aku tak nyusul sesuk esuk saka [[LOCATION:Wonosari]]. Sing jaga bengi iki sapa?
[19.08] [[PERSON:Rini]]: [[TITLE:Mas]] [[PERSON:Anton]] bulik. Yen arep ngirim panganan, alamate omah [[ADDRESS:Jl. Nitikan Baru No. 21]], aku ning kono wiwit jam 4
[19.10] Bulik [[PERSON:Yati]]: Ya nduk. Nomerku anyar ya, [[PHONE_NUMBER:0819-0437-2215]], sing lawas ilang"""),
    su("""[[PERSON:Rina Rostiana]]: Punten teh, batik mega mendung nu biru masih aya?
[[PERSON:Yayan Sopiah]]: Masih aya teh, 2 potong. Harga 185 rb sapotong
[[PERSON:Rina Rostiana]]: Abdi candak hiji. Kirim ka [[ADDRESS:Jl. Pasirkaliki No. 58]], [[LOCATION:Cimahi]] [[ZIP_CODE:40512]] nya
[[PERSON:Yayan Sopiah]]: Siap. Transferna ka BNI [[ID_NUMBER:0418726350]] a.n. [[PERSON:Yayan Sopiah]], teras kirim bukti ka WA [[PHONE_NUMBER:0896-0214-7753]]
[[PERSON:Rina Rostiana]]: Atos ditransfer teh, hatur nuhun
[[PERSON:Yayan Sopiah]]: Sami-sami, dikirim enjing ku JNE, resi na engke dikintunkeun"""),
    idmix("""#ops-gudang
[[PERSON:Dimas]] 08:14: guys, truk gabah dari kelompok tani [[TITLE:Pak]] [[PERSON:Harno]] udah sampai, 6,2 ton GKP
[[PERSON:Sekar]] 08:16: noted. Payment ke rekening beliau yang BRI [[ID_NUMBER:0177-01-019022-50-4]] ya, bukan yang lama
[[PERSON:Dimas]] 08:17: ok. btw [[TITLE:Pak]] [[PERSON:Harno]] minta receipt dikirim ke email anaknya, [[EMAIL_ADDRESS:ardi.harnowo@gmail.com]]
[[TITLE:Pak]] [[PERSON:Suwito]] 08:25: tolong cek juga KTP-nya, NIK [[ID_NUMBER:3310061205630002]], soalnya di sistem masih keisi NIK istrinya
[[PERSON:Sekar]] 08:26: siap pak, aku fix hari ini"""),
    """[[PERSON:Callum]] (Support): Hello, you're through to the fraud team. Who am I speaking with?
[[PERSON:Hannah Price]]: [[PERSON:Hannah Price]]. There are two payments I don't recognise from last night
[[PERSON:Callum]] (Support): I'm sorry to hear that. Can you confirm your date of birth and postcode?
[[PERSON:Hannah Price]]: [[DATE_TIME:3rd of May 1991]], [[ZIP_CODE:NG7 2DQ]]
[[PERSON:Callum]] (Support): Thanks [[PERSON:Hannah]]. I've frozen the card and ordered a new one to [[ADDRESS:Flat 4, 112 Derby Road]]. It should arrive in 3-5 working days.
[[PERSON:Hannah Price]]: Great. Can you text me at [[PHONE_NUMBER:07712 486 039]] when it's dispatched?""",
    """Ate [[PERSON:Joy]]: Guys, Mama's flight to [[LOCATION:Manila]] is on [[DATE_TIME:Dec 18]], PR 659. I'll drive her to the airport
[[PERSON:Mark]]: copy. Tita [[PERSON:Marites]] will pick her up in [[LOCATION:Angeles]]
Ate [[PERSON:Joy]]: [[PERSON:Mark]] pls send me Mama's passport number again, I lost the photo
[[PERSON:Mark]]: [[ID_NUMBER:P4471829B]]
Tita [[PERSON:Marites]]: Ok I'll wait at arrivals. My Globe number is [[PHONE_NUMBER:+63 917 842 3360]]
Ate [[PERSON:Joy]]: Thanks Tita! Also her Emirates ID expires next month, remind me to renew when she's back""",
    """[[USERNAME:wenhao_88]]: hi is the teak sideboard still available?
[[USERNAME:madamlee.homeliving]]: Yes still available. $180 firm
[[USERNAME:wenhao_88]]: ok can i self collect this sat?
[[USERNAME:madamlee.homeliving]]: Sure. [[ADDRESS:Blk 139 Lorong 1A Toa Payoh #06-57]], anytime after 2pm. Call me when reach, [[PHONE_NUMBER:9845 1027]]. Ask for [[TITLE:Mrs]] [[PERSON:Lee]]
[[USERNAME:wenhao_88]]: great, I'm [[PERSON:Wen Hao]], will paynow you when i reach""",
    """[[PERSON:Priya Natarajan]] 10:41 AM: @[[USERNAME:tbecker]] the SSO errors for the [[LOCATION:Denver]] office are back, 40+ tickets since 9
[[PERSON:Tom Becker]] 10:43 AM: looking. one of them is [[PERSON:Gloria Estrada]]'s account, [[EMAIL_ADDRESS:gestrada@crestlinehealth.com]], locked from [[IP_ADDRESS:66.187.23.140]]
[[PERSON:Luis Ocampo]] 10:44 AM: that IP is the office NAT, not her home
[[PERSON:Tom Becker]] 10:47 AM: ok unlocking. [[PERSON:Priya]] can you call her? ext 2231 or cell [[PHONE_NUMBER:(720) 418-3306]]
[[PERSON:Priya Natarajan]] 10:48 AM: calling now"""
]

LOOKALIKE = [
    """Release notes - driver app 4.82.1.0 (build 20240611.3)
- Fixed crash on Android 14 when scanning the QR at pickup point JKT-SDM-07.
- Order IDs now show as RB-20240611-000418 instead of the raw UUID 5f2c1e7a-9b0d-4c1e-8a22-7e31f04b9c6d.
- Surge zones around Jl. Sudirman, Jl. Gatot Subroto and Jl. M.H. Thamrin were redrawn.
- Map tiles are now fetched from tiles/v10.4.0.1/ instead of tiles/v10.3.2.7/.
- Support line in the app footer is 1500-895; partner mailbox is partners@driverapp.co.id.
- Checksum of the APK: sha256 9e1a7c4b03d2f85e61b0a4c7d9e2f3a15b6c8d0e7f1a2b3c4d5e6f708192a3b4.""",
    """COMMERCIAL INVOICE No. INV/EXP/2024/0931
Exporter: CV Batik Sekar Jagad, Jl. Dr. Wahidin (NIB 9120204851736)
Consignee: Tropenwinkel Indigo B.V. (KvK 74120833)
HS code 5208.52 - printed cotton, 140 pcs; HS code 6214.10 - silk scarves, 60 pcs
Container MSKU 482019-3, seal 0088127, B/L SUB24110387, PEB no. 104729
EAN 8992686003142 (sarong), EAN 8999014305718 (scarf)
Company phone +62 285 421 900, export@sekarjagad.co.id
Contact for this shipment on the buyer side: [[PERSON:Femke Dijkstra]], [[EMAIL_ADDRESS:femke.dijkstra@gmail.com]]""",
    jv("""LAPORAN GUDANG KUD - minggu kaping 32
Lot gabah GKG-2408-017 tekan 14.350 kg, karcis timbang No. 004418, truk nomer lambung 07.
Lot GKG-2408-018 ditolak, kadar banyu 19,2%.
Beras medium SKU BRS-MED-25KG metu 220 karung menyang Pasar Gede lan toko ing Jl. Slamet Riyadi.
Telpon kantor KUD (0271) 852 330; email kud.sumberrejeki@gmail.com kanggo tagihan.
Sing tanggung jawab gudang minggu iki: [[PERSON:Supriyadi]], HP [[PHONE_NUMBER:0815-4876-2093]]."""),
    """Order #TB-771042 shipped via JNE, resi 0113 2460 0917 4521.
1 x Laskar Pelangi, ISBN 978-979-223-041-3
1 x Bumi Manusia, ISBN 9786020382142
2 x bookmark, SKU BMK-WYG-02 (EAN 9556008301287)
Invoice INV-2024-10-0558, PO 45001-77. Customer: [[PERSON:Anastasia Wirawan]].""",
    """CHANGE-4471: upgrade core switches to firmware 15.2.7.3 (was 15.2.4.8)
Affected: SW-CORE-01 serial FOC2218X1ZK, SW-CORE-02 serial FOC2218X21Q
Config hash: 3b7e9f2a1c04d58e6f71a9b2c3d4e5f6
Rollback image: cat9k_iosxe.17.09.04a.SPA.bin
Change ID: 6ad0c9e3-41f2-4b5e-9a77-0c2d81e6f3b0
Vendor: Southern Cross Netcom Pty Ltd (ABN 53 004 085 616), support 1300 654 300, noc@sxnetcom.com.au
Interfaces with MAC prefixes 00:1B:54 and 70:10:5C will flap during the window.
On-call engineer: [[PERSON:Bradley Kwan]]""",
    """Registered office: Halcyon Care Homes Ltd, Company No. 08417235, VAT GB 291 4478 62.
Our homes in Nelson Street, Victoria Road and Wellington Place specialise in Parkinson's and Alzheimer's care, and we are proud supporters of the Florence Nightingale Foundation.
General enquiries 0345 600 3418 (Mon-Fri), careers@halcyoncarehomes.co.uk.
Reference HCH/ADM/2024/117. Resident named in this letter: [[PERSON:Dorothy Fairweather]].""",
    """Itinerary receipt - PNR 6XKQ4T
Flight EK 356 DXB-CGK, seat 42K; Flight EK 357 CGK-DXB, seat 38A
E-ticket 176-2401938475, baggage tags EK 442198, EK 442199
Travel agency: Al Maha Travel & Tours LLC, Trade Licence 783105, Sheikh Zayed Road, tel +971 4 331 2200
Hotel voucher HV-88412 (King Fahd Road branch, return stopover)
Passenger: [[PERSON:Siti Rohmah]], passport [[ID_NUMBER:C2817449]]""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind139", STYLES, OUT)
    langs: Counter[str] = Counter()
    for records in STYLES.values():
        langs.update(LANGUAGE.get(markup, "English") for markup in records)
    print("records per language:")
    for lang, n in langs.most_common():
        print(f"  {lang:26s} {n}")


if __name__ == "__main__":
    main()

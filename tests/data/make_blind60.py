"""Build tests/data/blind60.jsonl: a sixtieth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind60.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, its import lines, and the one GEN record that falls
inside those lines) and its tail from `STYLES = {` to the end of the file
(the scaffolding, copied and adapted below); gold_sets.py in full; and lines
1-64 of make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME
regexes and `parse()`). Not read: minimize/, recognizers/, any test other
than those lines, bench/, the README, any *.jsonl, any other make_*.py (nor
the rest of make_blind22.py), git history, log or status, and nothing under
/tmp but the brief for this set. The detector, the bench and the tests were
never run. Do not tune the detector against this set: once it has been used
to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks; `[[PERSON:Dr. X]]` is split into
TITLE + PERSON by its TITLE_IN_NAME regex, other titles are marked apart.
Check digits were worked out with hand-run throwaway code while writing,
never generated here: cards pass Luhn; IBANs pass mod-97 with their
country's length (NL, BE, PL, GB, DE, IE, FR, ES), with the Belgian national
check, the French RIB key and the Spanish control digits right too
(`gold_sets.check` re-checks cards and IBANs). Valid check digits were also
given to the Dutch BSN (11-proof), Polish PESEL (agreeing with birth date
and sex) and ID-card series, Belgian rijksregisternummer (agreeing with
birth date and sex), NHS numbers, Canadian SIN, Aadhaar (Verhoeff),
Australian TFN and USI, NZ IRD, Singapore NRIC/FIN, Irish PPSN, South
African IDs (agreeing with sex and birth date where shown), Emirates ID,
Swedish personnummer, German Steuer-ID, Mexican RFC, Italian codice fiscale,
Spanish DNI, the English UPN check letter, and the look-alike ISBN-13 and
EAN-13. Not checked: UK NI numbers, US SSNs, PAN, KRA PINs, Kenyan and
Nigerian ids, PhilHealth numbers, passports, licences (the UK licence
numbers follow the holder's name and birth date but their check characters
were not computed), plates, bank account numbers, CRNs and student, staff,
member, patient and library numbers.

Styles (ids `blind60-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
Singapore, South Africa, Nigeria, Kenya, Ghana and the Philippines, plus
English records about people in the UAE, Bangladesh, Senegal, Mexico,
Brazil, Japan, Sweden, Turkey, France, Spain, Germany, Israel, Malaysia
and Pakistan, with names from the many cultures living there); 26 are in Dutch (Netherlands and
Flanders) or Polish:
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd dense sentences with names, job titles, streets with building
  numbers, secondary addresses, IPv4/IPv6, MACs, user agents, cards with
  CVV and expiry, IBAN and BIC, passwords, heights), gretel-pii-masking-en-v1
  (claims, contracts, leases, discharge summaries, loan and mortgage forms,
  notices, summons, consent forms, judgments, tax forms) and Nemotron-PII
  (JSON, log lines, SQL, XML, HL7, vCard, YAML, .env/INI, code, HTTP
  requests, tickets and forms); 7 in Dutch or Polish.
- `gen` (90): one to four LLM-style sentences with personal data woven into
  prose, weighted toward education (schools, universities, student
  records, transcripts, scholarships, exchange students) and childcare
  (nurseries, daycare, kindy, childminders, subsidies), the rest spread over
  banking, health, pharmacy, travel, payroll, lettings, telecoms,
  government, legal, vets, gyms, gaming, social media, deliveries,
  insurance, religion, politics, car rental, dating, immigration, libraries
  and charities; names at the start, middle and end, lowercase and
  possessive; 13 in Dutch or Polish.
- `table` (35): one small labeled table per record (CSV, semicolon CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks)
  with varied column names and non-PII columns; header rows unlabeled; 4 in
  Dutch or Polish.
- `chat` (8): support chats, a family messaging thread, team chat and a
  nursery app thread, speakers named; 1 in Polish.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, case, customs and booking references, SKUs, ISBN, EAN,
  IP-shaped versions and firmware, hashes, serials, asset tags, CUSIP,
  company phones, role mailboxes, VAT/EORI numbers, eponyms, streets named
  after people without a number), the few real PII values labeled; one has
  no PII at all; 1 in Dutch.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames, inflected (Polish) forms; a possessive "'s" is outside. TITLE:
  honorifics and ranks attached to a name, labeled apart; job titles are not
  TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, hearing, signature,
  admission, enrolment, start, move, absence, incident ...) with a day or
  month, in any shape, a weekday or clock time said with them included; not
  bare years, weekdays or times alone, durations, or dates not tied to a
  person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BIC, IFSC and routing numbers, CVVs and expiries,
  PINs, order / ticket / claim / policy / booking / tracking references,
  company phone numbers and role mailboxes, versions, hashes, serials,
  partial numbers ("ending 4417"), pets, eponyms and brands named after
  people, header rows.
- Calls made while writing this set, in the same spirit: Dutch "mevrouw"
  and Polish "Pan", "Pani", "Panie", "panią", "pan" before a name, a
  lowercase "ms." and "Professor" are TITLE, and so are MR / MS / MISS after
  a name in a flight manifest; "Nana" and "little" before a name stay
  outside; chat speakers' names are PERSON and Slack handles USERNAME; a
  name in a case caption ("Delgado v. ...") is PERSON; "Anonymous" is not.
  Dates of payments, charges, donations and statement lines, and due dates
  and deadlines ("pay by", "return by", "paid on") stay unlabeled like
  invoice dates, and so do licence expiries; account sign-up and last-login
  dates, exported chat message timestamps and the timestamps of log lines
  recording a named user's action are DATE_TIME (other log timestamps are
  not); a month and year of a person's move ("since July 2021") and a date
  written as code arguments are DATE_TIME. Every IP address is IP_ADDRESS,
  private and documentation ranges too; IP-shaped versions and firmware are
  not. Every IBAN is IBAN_CODE. Pupil and student numbers of every kind
  (UPN, leerlingnummer, nr albumu, admission, registration and candidate
  numbers, SEVIS ID, USI), childcare CRNs, participant, library-card and
  gym member numbers, professional registrations (teaching licence, Ofsted,
  MCR, MDCN) and hospital numbers are ID_NUMBER; class, group and room
  names, grades, course codes and exam-centre numbers are not; a company's
  NIP, VAT or EORI number is not; PhilHealth's "PIN" (an id) is ID_NUMBER.
  VINs, asset tags, device fingerprints, tokens, PAC codes, heights, eye
  colour, shoe sizes, sex and pronouns are unlabeled. In tables: "sex",
  "gender", "role", "relation", "status", "class" and "club" columns stay
  unlabeled, an "age" column is AGE, "country", "state", "province" and
  office-city columns are LOCATION (an ISO country code in a country field
  too), a "nationality" or "NAT" column is NRP (three-letter codes too), a
  unit column ("2B") is ADDRESS, and "dob", appointment, move-in, incident,
  start and registration columns are DATE_TIME.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind60.jsonl")

BENCH = [
    """Attention [[PERSON:Dr. Oyelaran]], your recent payment of ₦54,230.17 with card [[CREDIT_CARD:4111830477293151]] (CVV 418, exp 09/27) was flagged from IP [[IP_ADDRESS:102.89.34.17]]. If this wasn't you, reply to [[EMAIL_ADDRESS:t.oyelaran@medconsult.ng]] before 17:00 or call [[PHONE_NUMBER:+234 809 441 2763]].""",
    """Hi [[PERSON:Greta]], as the new Senior Solutions Architect at your branch, please confirm your staff badge [[ID_NUMBER:EMP-508812]] and update your mailing address to [[ADDRESS:4417 Wexford Court]], [[ADDRESS:Suite 220]], [[LOCATION:Fort Collins]], [[LOCATION:Larimer County]] [[ZIP_CODE:80525]]. Your temporary password is Kq!8vR2#mz.""",
    """[[PERSON:Ravindra Subramaniam]], born [[DATE_TIME:1979-02-28]], male, 5'9", eye colour brown, works as Chief Marketing Strategist. Contact: [[EMAIL_ADDRESS:ravi_subra79@rediffmail.com]], [[PHONE_NUMBER:+91-80-4127-6655]], device MAC 3c:22:fb:81:0e:47.""",
    """Transfer request: please move €2,400.00 from IBAN [[IBAN_CODE:DE44500105175407324931]] (BIC INGDDEFFXXX) to the account of [[PERSON:Lena Hartmann]], IBAN [[IBAN_CODE:DE80 1007 0024 0123 4567 01]], reference 'Kaution Whg. 3'. Authorised by [[USERNAME:lhartmann_84]] from [[IP_ADDRESS:2a02:8108:1c40:7e00:d4a1:9f3b:22c0:81e5]].""",
    """User [[USERNAME:kenji.watanabe]] logged in at 03:12 using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15 from [[IP_ADDRESS:126.72.41.209]]; his registered phone [[PHONE_NUMBER:+81 90-4418-2037]] received the OTP.""",
    """Our records show [[PERSON:Mrs. Abigail Okafor-Lindqvist]], aged [[AGE:52]], resides at [[ADDRESS:88 Harbourview Terrace]], [[ADDRESS:Apt. 14B]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]], [[LOCATION:New Zealand]]. Her account [[ID_NUMBER:02-0500-0918273-00]] will be debited NZ$89.90 monthly.""",
    """Dear [[PERSON:Santiago]], the Regional Intranet Coordinator role requires you to verify your identity. Your SSN [[US_SSN:612-40-8873]], DOB [[DATE_TIME:December 3, 1990]], and passport [[US_PASSPORT:548213097]] will be retained for 90 days. Vehicle on file: [[ID_NUMBER:8KTR214]] ([[LOCATION:CA]]).""",
    """The workshop on compliance for Investor Accounts will be led by [[PERSON:Prof. Ingrid Solberg]] ([[EMAIL_ADDRESS:ingrid.solberg@uio.no]]). Attendees should bring laptops with IPv4 [[IP_ADDRESS:158.36.161.22]] whitelisted. Payment via card [[CREDIT_CARD:5482 1903 4476 6139]], exp 11/26, CVV 771.""",
    """Hello [[PERSON:Mx. River Castellanos]], we noticed a login from [[IP_ADDRESS:73.158.29.104]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.0.0. If this was you, no action is needed; otherwise reset via the link sent to [[EMAIL_ADDRESS:rcastellanos@fastmail.com]]. PIN 4471 remains unchanged.""",
    """[[PERSON:Aaliyah bint Khalid Al-Mansoori]], female, [[NRP:Emirati]], DOB [[DATE_TIME:14/08/1994]], resides at [[ADDRESS:Villa 27, Street 12]], [[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]]. Phone [[PHONE_NUMBER:+971 50 418 2269]]. Emirates ID [[ID_NUMBER:784-1994-7718203-6]].""",
    """To our valued Customer Response Liaison [[PERSON:Jerome Baptiste]]: your corporate card [[CREDIT_CARD:3782 910455 63011]] has been reissued. The new expiry is 04/28. Ship to [[ADDRESS:2931 Ponce de Leon Blvd]], [[ADDRESS:Floor 6]], [[LOCATION:Coral Gables]], [[LOCATION:FL]] [[ZIP_CODE:33134]].""",
    """[[PERSON:Olamide]] reported that the router with MAC 00:1A:2B:9C:4D:7E at [[ADDRESS:Flat 9, Jubilee House, 12 Eldon Street]], [[LOCATION:Sheffield]] [[ZIP_CODE:S1 4GT]] keeps assigning [[IP_ADDRESS:86.143.207.58]]. Account holder: [[PERSON:Olamide Fashola]], [[PHONE_NUMBER:0114 496 0821]].""",
    """Greetings [[PERSON:Anneliese Vogt]], your start date as Lead Research Analyst at our [[LOCATION:Munich]] office has been confirmed for [[DATE_TIME:1 March 2025]]. Salary will be paid to [[IBAN_CODE:DE15 1203 0000 1031 9288 34]]; your Steuer-ID [[ID_NUMBER:48 217 395 861]] is on file.""",
    """Case summary: [[PERSON:Lucía Fernández Ortega]] ([[AGE:34]]), DNI [[ID_NUMBER:48213907L]], reported her card [[CREDIT_CARD:4929 6031 8847 2212]] missing on [[DATE_TIME:03/02/2025]] at [[ADDRESS:Calle de Alcalá 212, 3º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]]. Her IBAN [[IBAN_CODE:ES25 0182 2370 4902 0154 8816]] was not affected.""",
    """New hire: [[PERSON:Tomasz]], [[AGE:28]], Junior DevOps Engineer. username [[USERNAME:tomasz.k]], laptop MAC a4:83:e7:1f:90:2c, assigned IP [[IP_ADDRESS:10.24.8.117]]. Emergency contact: [[PERSON:Agata Kaczmarek]] [[PHONE_NUMBER:+48 512 094 338]].""",
    """[[PERSON:Beatriz]] uses the handle @[[USERNAME:bia.sousa.art]] and reached out from [[IP_ADDRESS:189.6.112.47]] about her commission payment. Send the R$ 1.850,00 to her account [[ID_NUMBER:12874-3]] at agência 0412, or ask her for a Pix key.""",
    """Please bill the consultation to [[PERSON:Marguerite Delacroix-Ngata]], DOB [[DATE_TIME:22.06.1961]], [[ADDRESS:5 Rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]]. IBAN [[IBAN_CODE:FR76 3000 4008 1900 0123 9874 167]]. Referring physician: [[PERSON:Dr Yannick Morel]], tel. [[PHONE_NUMBER:03 88 41 27 96]].""",
    """Hey [[PERSON:Zanele]], your new Legacy Web Producer account is [[USERNAME:zmkhize]] and the temporary key is 9fT$w2Lp. Remember that the VPN only accepts traffic from [[IP_ADDRESS:41.13.252.90]] and that your SA ID [[ID_NUMBER:9204170876089]] must match HR's file.""",
    """[[PERSON:Ms Catalina Hoang]] (she/her), [[AGE:61]], a Principal Functionality Agent, lives at [[ADDRESS:3 Pembroke Mews]], [[LOCATION:Dublin 4]], [[ZIP_CODE:D04 E2W8]]. Her Bank of Ireland IBAN is [[IBAN_CODE:IE58BOFI90001719086424]] and she prefers contact at [[EMAIL_ADDRESS:cat.hoang@eircom.net]].""",
    """Notification for [[PERSON:Ahmed Raza Chaudhry]]: your Visa [[CREDIT_CARD:4005 5201 7736 8846]] was charged PKR 18,750 at 14:22 on 06/11/2024. Device fingerprint 8d0f2e71ab, IP [[IP_ADDRESS:39.57.180.221]], browser Mozilla/5.0 (Linux; Android 14; SM-A546E).""",
    """Hi team, the Investor Branding Manager [[PERSON:Kalani Akana]] ([[PHONE_NUMBER:(808) 947-2261]]) has moved to [[ADDRESS:1649 Kapiolani Blvd]], [[ADDRESS:Unit 2207]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]]. Update payroll and the badge system; his DOB is [[DATE_TIME:7/19/1983]].""",
    """Quarterly audit assigned to [[PERSON:Ingeborg Halvorsen]], username [[USERNAME:ihalvor]], IP [[IP_ADDRESS:2001:4860:7:30e::f4]]. Access level 3. Her backup is [[PERSON:Sipho Nkosi]], reachable at [[EMAIL_ADDRESS:sipho.nkosi@outlook.co.za]].""",
    """The customer, [[PERSON:Mr. Chukwuemeka Obi]], [[AGE:45]], requested a statement for account [[ID_NUMBER:2048816735]] to be posted to [[ADDRESS:PMB 1127]], [[LOCATION:Enugu]]. He also asked to replace the Mastercard [[CREDIT_CARD:5178-0552-6130-9446]] (exp 02/26).""",
    """Dear [[PERSON:Ilse]], thanks for joining as Dynamic Security Orchestrator. Please submit your Canadian SIN ([[ID_NUMBER:046 231 759]]) and a void cheque before [[DATE_TIME:Jan 31]]. Your office is at [[ADDRESS:1055 W Georgia St]], [[ADDRESS:Suite 2400]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6E 3P3]].""",
    """Invoice dispute from [[PERSON:Parveen Akhtar]] ([[EMAIL_ADDRESS:parveen.akhtar@btinternet.com]]): she says card [[CREDIT_CARD:2223 0041 8852 6791]] was charged twice. Her billing address is [[ADDRESS:27 Fernbank Close]], [[LOCATION:Bradford]], [[LOCATION:West Yorkshire]] [[ZIP_CODE:BD5 8QT]]; last login [[DATE_TIME:2024-10-02 21:47]] from [[IP_ADDRESS:81.109.34.200]].""",
    """AUTOMOBILE ACCIDENT CLAIM. Claim No. CLM-2024-118842. Insured: [[PERSON:Harold T. Jennings]]. Policy: AUT-4471-2290. Date of Loss: [[DATE_TIME:11/14/2023]]. Insured's address: [[ADDRESS:615 Birchwood Dr]], [[LOCATION:Dayton]], [[LOCATION:OH]] [[ZIP_CODE:45429]]. Driver's license: [[US_DRIVER_LICENSE:RK482019]]. Description: While traveling east on Far Hills Avenue, the insured's vehicle (plate [[ID_NUMBER:JXK 4412]]) was struck by a vehicle driven by [[PERSON:Melissa Crane]], who failed to yield. Witness [[PERSON:Deshawn Little]] ([[PHONE_NUMBER:937-555-0144]]) confirmed the account.""",
    """EMPLOYMENT AGREEMENT. This Employment Agreement is made on [[DATE_TIME:April 2, 2024]] between Halverson Analytics LLC, a Delaware company, and [[PERSON:Priya Natarajan]], residing at [[ADDRESS:44 Overlook Rd]], [[LOCATION:Montclair]], [[LOCATION:NJ]] [[ZIP_CODE:07042]] ("Employee"). Employee shall commence employment on [[DATE_TIME:May 6, 2024]] as Director of Data Engineering. Employee's Social Security Number: [[US_SSN:147-62-9038]].""",
    """DISCHARGE SUMMARY. Patient: [[PERSON:Eleanor Whitcombe]]. MRN: [[ID_NUMBER:00847213]]. DOB: [[DATE_TIME:09/02/1948]]. Admitted: [[DATE_TIME:03/11/2024]]. Discharged: [[DATE_TIME:03/15/2024]]. Attending: [[PERSON:Dr. Samuel Adebayo]]. Diagnosis: community-acquired pneumonia. Follow-up with PCP [[PERSON:Dr. Linh Pham]] within 7 days at [[PHONE_NUMBER:(617) 724-3381]].""",
    """Loan Application Summary. Applicant: [[PERSON:Carlos Eduardo Mendes]]. Co-applicant: [[PERSON:Ana Paula Mendes]]. Address: [[ADDRESS:3302 Whispering Pines Ct]], [[LOCATION:Kissimmee]], [[LOCATION:FL]] [[ZIP_CODE:34744]]. Applicant SSN: [[US_SSN:590-33-1846]]. Employer: Orange County Public Schools. Annual income: $58,400. Checking account: [[ID_NUMBER:1029384756]]. Requested amount: $215,000. Application received on [[DATE_TIME:February 27, 2025]].""",
    """NOTICE TO QUIT. To: [[PERSON:Darnell Whitfield]] and all occupants of [[ADDRESS:2218 Greenmount Ave, Apt 2]], [[LOCATION:Baltimore]], [[LOCATION:MD]] [[ZIP_CODE:21218]]. You are hereby notified that your tenancy will terminate on [[DATE_TIME:July 31, 2024]]. Served by [[PERSON:Janet Kowalczyk]], property manager, on [[DATE_TIME:June 28, 2024]].""",
    """Medical Certificate. I, [[PERSON:Dr. Aisha Bello]], certify that I examined [[PERSON:Mr. Femi Adewale]] on [[DATE_TIME:14 May 2024]] and found him unfit for work until [[DATE_TIME:24 May 2024]] due to acute lumbar strain. Hospital No.: [[ID_NUMBER:LUTH/24/08813]]. MDCN Reg. No.: [[ID_NUMBER:MDCN/R/41827]].""",
    """HOME INSURANCE – WATER DAMAGE. Policy holder [[PERSON:Siobhan Doyle]] reported that on the [[DATE_TIME:9th of January]] a burst pipe flooded the kitchen of [[ADDRESS:19 Ashgrove Lawn]], [[LOCATION:Lucan]], [[LOCATION:Co. Dublin]] [[ZIP_CODE:K78 P2C6]]. Loss adjuster [[PERSON:Conor Phelan]] inspected on [[DATE_TIME:14/01/2025]]. Settlement will be paid to [[IBAN_CODE:IE92 AIBK 9310 4719 2833 11]].""",
    """Patient intake form completed by [[PERSON:Bernard Oduya]], [[AGE:58]]. Health insurance member ID: [[ID_NUMBER:NHIF-7730214]]. Allergies: penicillin. Emergency contact: wife, [[PERSON:Rose Oduya]], [[PHONE_NUMBER:+254 733 401 298]]. Home: [[ADDRESS:Hse 14, Ngong Road Estate]], [[LOCATION:Nairobi]] [[ZIP_CODE:00100]].""",
    """LEASE AGREEMENT. Landlord: Cedar Ridge Properties Ltd. Tenant: [[PERSON:Matthew Ng]], [[PHONE_NUMBER:604-881-2037]], [[EMAIL_ADDRESS:matt.ng.van@gmail.com]]. Premises: [[ADDRESS:#1502 – 1188 Howe Street]], [[LOCATION:Vancouver]], [[LOCATION:British Columbia]] [[ZIP_CODE:V6Z 2S8]]. Term begins [[DATE_TIME:September 1, 2024]]. Rent $2,650 payable monthly. Signed by the tenant on [[DATE_TIME:August 12, 2024]].""",
    """WORKERS' COMPENSATION – FIRST REPORT OF INJURY. Employee: [[PERSON:Luis Alberto Romero]]. SSN: [[US_SSN:623-19-4407]]. Date of birth: [[DATE_TIME:04/22/1987]]. Date of injury: [[DATE_TIME:10/03/2024 at 7:45 AM]]. Employer: Sunbelt Framing Inc. Supervisor: [[PERSON:Kyle Dunbar]]. The employee fell from a ladder at the job site on [[ADDRESS:1400 Ranch Road 620]], [[LOCATION:Lakeway]], [[LOCATION:TX]].""",
    """Credit card application: Name [[PERSON:Naledi Khumalo]] | ID [[ID_NUMBER:9509300123081]] | DOB [[DATE_TIME:30 Sep 1995]] | Cell [[PHONE_NUMBER:082 418 7736]] | Address [[ADDRESS:12 Jacaranda Street]], [[LOCATION:Menlo Park]], [[LOCATION:Pretoria]] [[ZIP_CODE:0081]] | Employer: Standard Logistics | Monthly income R 34 500.""",
    """Certificate of Enrollment. This certifies that [[PERSON:Jasmine Oyelowo-Carter]], Student ID [[ID_NUMBER:A20391847]], date of birth [[DATE_TIME:March 14, 2005]], is enrolled full-time for the Fall 2024 term. Issued at the student's request to [[PERSON:Mr. Gregory Carter]], [[ADDRESS:918 Elmwood Ave]], [[LOCATION:Evanston]], [[LOCATION:IL]] [[ZIP_CODE:60202]].""",
    """PRESCRIPTION. Patient: [[PERSON:Mei Ling Chua]], NRIC [[ID_NUMBER:F2219034L]], age [[AGE:38]]. Rx: Amlodipine 5 mg once daily, 30 tablets. Prescriber: [[PERSON:Dr. Rajan Pillai]], MCR [[ID_NUMBER:M14832D]]. Date: [[DATE_TIME:18/09/2024]]. Contact [[PHONE_NUMBER:+65 9736 4210]].""",
    """Jury Summons. [[PERSON:Kathleen M. O'Rourke]], [[ADDRESS:72 Pleasant St]], [[LOCATION:Worcester]], [[LOCATION:MA]] [[ZIP_CODE:01609]]: you are summoned to appear for jury service on [[DATE_TIME:Monday, October 21, 2024 at 8:00 a.m.]]. Juror number 118. Postponement requests: call the Jury Commissioner's office.""",
    """Statement of Account for [[PERSON:Venkat]] & [[PERSON:Lakshmi Rao]]. Customer ID [[ID_NUMBER:CUST-00918273]]. Mailing address [[ADDRESS:1608 Crestline Way]], [[LOCATION:Cary]], [[LOCATION:NC]] [[ZIP_CODE:27519]]. Autopay from account [[ID_NUMBER:00048812903]] is active.""",
    """{"customer_id": "[[ID_NUMBER:C-1048823]]", "first_name": "[[PERSON:Amina]]", "last_name": "[[PERSON:Diallo]]", "email": "[[EMAIL_ADDRESS:amina.diallo@orange.sn]]", "phone": "[[PHONE_NUMBER:+221 77 418 22 09]]", "dob": "[[DATE_TIME:1991-04-11]]", "address": {"street": "[[ADDRESS:Rue 10 x Rue 13, Villa 42]]", "city": "[[LOCATION:Dakar]]", "country": "[[LOCATION:Senegal]]"}, "loyalty_tier": "gold"}""",
    """[[DATE_TIME:2024-05-17T08:14:22.481Z]] INFO auth.login user_id=88213 username=[[USERNAME:mgarcia]] email=[[EMAIL_ADDRESS:maria.garcia@acmehealth.com]] src_ip=[[IP_ADDRESS:172.58.12.199]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" result=success mfa=sms phone=[[PHONE_NUMBER:+1-213-555-0172]]""",
    """INSERT INTO students (id, student_number, first_name, last_name, date_of_birth, email, guardian_phone) VALUES (2291, '[[ID_NUMBER:S2023-04417]]', '[[PERSON:Ikenna]]', '[[PERSON:Obi]]', '[[DATE_TIME:2009-08-21]]', '[[EMAIL_ADDRESS:ikenna.obi09@schoolmail.org]]', '[[PHONE_NUMBER:+44 7700 184 226]]');""",
    """<patient id="p-7713"><name><given>[[PERSON:Jonas]]</given><family>[[PERSON:Lindqvist]]</family></name><birthDate>[[DATE_TIME:1972-12-05]]</birthDate><gender>male</gender><telecom system="phone">[[PHONE_NUMBER:+46 70 418 22 91]]</telecom><address><line>[[ADDRESS:Kungsgatan 44, lgh 1203]]</line><city>[[LOCATION:Uppsala]]</city><postalCode>[[ZIP_CODE:753 21]]</postalCode></address><identifier system="personnummer">[[ID_NUMBER:19721205-4477]]</identifier></patient>""",
    """# .env.production
APP_NAME=rosterly
DB_HOST=db.internal
ADMIN_NAME="[[PERSON:Hiroshi Tanaka]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:hiroshi.tanaka.dev@gmail.com]]
SUPPORT_EMAIL=support@rosterly.io
SMTP_PASSWORD=xk29!Lpq
ALERT_SMS=[[PHONE_NUMBER:+81-80-2291-4470]]""",
    """Ticket #48213 | Priority: High | Requester: [[PERSON:Bronwyn Fairweather]] <[[EMAIL_ADDRESS:bronwyn.f@tasmail.com.au]]> | Phone: [[PHONE_NUMBER:(03) 6231 4478]]
Subject: Can't access payslips
Body: Hi, since the update I get "account locked" when logging in as [[USERNAME:bfairweather]]. My employee number is [[ID_NUMBER:004418]] and my DOB is [[DATE_TIME:17/05/1979]] if you need to verify. Thanks, [[PERSON:Bron]]""",
    """user = {
    "id": 5521,
    "name": "[[PERSON:Olusegun Adeyemi]]",
    "username": "[[USERNAME:segun_a]]",
    "email": "[[EMAIL_ADDRESS:segun.adeyemi@yahoo.co.uk]]",
    "ssn": "[[US_SSN:219-48-7730]]",
    "card": {"number": "[[CREDIT_CARD:5264188073521976]]", "exp": "08/27", "cvv": "311"},
    "last_login_ip": "[[IP_ADDRESS:98.207.14.63]]",
}""",
    """[[DATE_TIME:Mar 03 14:22:09]] mail01 postfix/smtpd[21877]: NOQUEUE: reject: RCPT from unknown[[[IP_ADDRESS:185.220.101.47]]]: 554 5.7.1 <[[EMAIL_ADDRESS:d.kimura@kimuralaw.jp]]>: Relay access denied; from=<[[EMAIL_ADDRESS:yuki.sato1988@docomo.ne.jp]]> to=<[[EMAIL_ADDRESS:d.kimura@kimuralaw.jp]]> proto=ESMTP""",
    """---
employee:
  id: [[ID_NUMBER:E-20931]]
  full_name: [[PERSON:Gabriela Moreno Ruiz]]
  title: Staff Accountant
  personal_email: [[EMAIL_ADDRESS:gaby.moreno.r@gmail.com]]
  mobile: "[[PHONE_NUMBER:+52 55 4182 9036]]"
  home_address: "[[ADDRESS:Av. Insurgentes Sur 1605, Int. 9]], [[LOCATION:Ciudad de México]], [[ZIP_CODE:03900]]"
  start_date: [[DATE_TIME:2023-01-16]]
  rfc: [[ID_NUMBER:MORG880412KT6]]""",
    """[[IP_ADDRESS:203.0.113.77]] - [[USERNAME:dmitri.petrov]] [[[DATE_TIME:17/Oct/2024:09:41:07 +0000]]] "GET /api/v2/users/[[EMAIL_ADDRESS:dmitri.petrov@northwind.io]]/profile HTTP/1.1" 200 1843 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0" rt=0.042""",
    """UPDATE customers SET phone = '[[PHONE_NUMBER:+61 412 008 337]]', email = '[[EMAIL_ADDRESS:connor.walsh.au@bigpond.com]]', street = '[[ADDRESS:17 Tamarind Crescent]]', suburb = '[[LOCATION:Mermaid Waters]]', state = '[[LOCATION:QLD]]', postcode = '[[ZIP_CODE:4218]]' WHERE customer_no = '[[ID_NUMBER:AU-3318204]]';""",
    """{
  "event": "kyc.submitted",
  "applicant": {
    "name": {"first": "[[PERSON:Rukhsana]]", "middle": "[[PERSON:Begum]]", "last": "[[PERSON:Chowdhury]]"},
    "dob": "[[DATE_TIME:12-Jan-1985]]",
    "nationality": "[[NRP:Bangladeshi]]",
    "passport_no": "[[ID_NUMBER:EB0482716]]",
    "phone": "[[PHONE_NUMBER:+880 1712-448305]]",
    "address": {"line1": "[[ADDRESS:House 41, Road 7, Block C]]", "area": "[[LOCATION:Banani]]", "city": "[[LOCATION:Dhaka]]", "postcode": "[[ZIP_CODE:1213]]"}
  },
  "risk_score": 0.12,
  "submitted_from": "[[IP_ADDRESS:103.108.140.52]]"
}""",
    """[client]
user = [[USERNAME:r_okonjo]]
email = [[EMAIL_ADDRESS:ruth.okonjo@gmail.com]]
password = Ng@2024!okonjo
default_host = 127.0.0.1
timezone = Africa/Lagos
; owner: [[PERSON:Ruth Okonjo]], mobile [[PHONE_NUMBER:0805 312 7714]]""",
    """const testPatient = {
  mrn: "[[ID_NUMBER:MRN-0049215]]",
  firstName: "[[PERSON:Grace]]",
  lastName: "[[PERSON:Whitaker-Osei]]",
  dob: new Date("[[DATE_TIME:1958-03-30]]"),
  nhsNumber: "[[ID_NUMBER:401 023 9859]]",
  gp: "[[PERSON:Dr. P. Fenwick]]",
  postcode: "[[ZIP_CODE:NE3 4RT]]",
};""",
    """Support form submission
Full name: [[PERSON:Evangeline Reyes-Tolentino]]
Email: [[EMAIL_ADDRESS:vangie.reyes.t@gmail.com]]
Mobile: [[PHONE_NUMBER:+63 917 204 8836]]
Order no.: PH-77120938
Issue: The courier left my package at the wrong unit. I live at [[ADDRESS:Unit 1208, Tower 3, Avida Towers, 34th Street]], [[LOCATION:Bonifacio Global City]], [[LOCATION:Taguig]] [[ZIP_CODE:1634]], not 1280.
Preferred contact time: after 6pm""",
    """<Employee>
  <EmployeeID>[[ID_NUMBER:100482]]</EmployeeID>
  <Name>[[PERSON:Siddharth Malhotra]]</Name>
  <PAN>[[ID_NUMBER:AKRPM4418Q]]</PAN>
  <Aadhaar>[[ID_NUMBER:7362 0418 3954]]</Aadhaar>
  <BankAccount ifsc="HDFC0000128">[[ID_NUMBER:50100248817263]]</BankAccount>
  <JoiningDate>[[DATE_TIME:2021-07-05]]</JoiningDate>
  <Department>Treasury</Department>
</Employee>""",
    """[2025-01-09 16:03:44] WARN PaymentService - card declined for customer [[PERSON:Jean-Baptiste Moreau]] ([[EMAIL_ADDRESS:jb.moreau@free.fr]]) pan=[[CREDIT_CARD:4556739021844660]] reason=insufficient_funds amount=129.00 EUR ip=[[IP_ADDRESS:88.170.42.19]]""",
    """POST /v1/appointments HTTP/1.1
Host: api.clinicbook.example
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.Zx9
Content-Type: application/json

{"patient_name": "[[PERSON:Farida Haidari]]", "patient_phone": "[[PHONE_NUMBER:07424 661 095]]", "slot": "[[DATE_TIME:2025-02-18T09:30:00Z]]", "clinician": "[[PERSON:Dr. Owen Marsh]]", "reason": "follow-up"}""",
    """ID,Reported By,Contact,Notes,Status
INC-20931,[[PERSON:Kiri Te Rangi]],[[EMAIL_ADDRESS:kiri.terangi@xtra.co.nz]],"Caller says her ex, [[PERSON:Shane Harris]], logged into her Netflix from [[IP_ADDRESS:122.56.201.14]] after she changed the password; she wants the sessions revoked.",open""",
    """Subject: Group Messaging for Admissions. Dear [[PERSON:Fernando]], as Lead Admissions Officer please forward the files of applicants [[PERSON:Yusra Haddad]] (DOB [[DATE_TIME:05/03/2007]]) and [[PERSON:Tobias Engström]] (DOB [[DATE_TIME:11/29/2006]]) to [[EMAIL_ADDRESS:f.alvarez.adm@gmail.com]] by Friday. Their guardians can be reached at [[PHONE_NUMBER:+1 (312) 448-0917]] and [[PHONE_NUMBER:+46 8 411 273 90]].""",
    """Your device with IPv6 [[IP_ADDRESS:fe80::1c4a:88ff:fe21:9b07]] and MAC 1e:4a:88:21:9b:07 was registered to [[USERNAME:nadia.h.92]]. Browser: Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15. Recovery email [[EMAIL_ADDRESS:nadia.hussein92@hotmail.com]], password hint "first cat".""",
    """Please process the refund of £312.40 to [[PERSON:Mr. Alastair Buchanan]]'s account: IBAN [[IBAN_CODE:GB57 NWBK 6073 0219 3477 81]], BIC NWBKGB2L. His Amex [[CREDIT_CARD:3471 206638 94523]] should not be charged again. Address: [[ADDRESS:11 Moray Place]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH3 6DS]].""",
    """Can [[PERSON:Oksana]] from [[LOCATION:Winnipeg]] confirm that her date of birth is [[DATE_TIME:21st of July 1977]] and that her phone is still [[PHONE_NUMBER:204-918-3306]]? The Interactive Quality Producer team needs it for account [[ID_NUMBER:55018273]].""",
    """DURABLE POWER OF ATTORNEY. I, [[PERSON:Margaret Ellen Sutherland]], of [[ADDRESS:301 Magnolia Way]], [[LOCATION:Savannah]], [[LOCATION:Georgia]] [[ZIP_CODE:31405]], born [[DATE_TIME:August 9, 1941]], hereby appoint my son, [[PERSON:Robert James Sutherland]], of [[LOCATION:Charleston]], [[LOCATION:South Carolina]], as my attorney-in-fact. Signed this [[DATE_TIME:12th day of March, 2024]], before notary [[PERSON:Denise Holloway]], commission no. 7741902.""",
    """BILL OF SALE – MOTOR VEHICLE. Seller: [[PERSON:Wayne Kettering]], [[ADDRESS:88 Old Mill Rd]], [[LOCATION:Bendigo]] [[LOCATION:VIC]] [[ZIP_CODE:3550]], licence no. [[ID_NUMBER:042 718 833]]. Buyer: [[PERSON:Minh Quan Le]], [[PHONE_NUMBER:0423 771 905]]. Vehicle: 2016 Toyota Hilux, VIN MR0FA3CD100482217, registration [[ID_NUMBER:1XK 4RT]]. Sale price: $24,500. Date of sale: [[DATE_TIME:19/10/2024]].""",
    """CP2000 NOTICE. Taxpayer: [[PERSON:Kimberly A. Rhodes]]. SSN: [[US_SSN:401-78-2264]]. Tax year: 2022. Address: [[ADDRESS:5120 Brookstone Pkwy, Apt 1810]], [[LOCATION:Alpharetta]], [[LOCATION:GA]] [[ZIP_CODE:30022]]. We have information that does not match your return: Form 1099-NEC from Pixelcraft Media reporting $14,200. If you agree, sign and return by December 16, 2024.""",
    """NOTICE OF SUSPENSION. Student: [[PERSON:Tyrese Hollins]]. Grade: 10. Student ID: [[ID_NUMBER:3310847]]. On [[DATE_TIME:Wednesday, February 5, 2025]], the student was involved in a physical altercation in the cafeteria with another student. Suspension: 3 days, returning [[DATE_TIME:February 11]]. Parent/guardian: [[PERSON:Monique Hollins]], [[PHONE_NUMBER:(313) 642-0095]]. Assistant Principal: [[PERSON:Mr. Daniel Kozlowski]].""",
    """MORTGAGE PRE-APPROVAL. Borrowers: [[PERSON:Adebola Ogunleye]] and [[PERSON:Femi Ogunleye]]. Property address: [[ADDRESS:42 Wildflower Crescent]], [[LOCATION:Brampton]], [[LOCATION:Ontario]] [[ZIP_CODE:L6R 3K9]]. Borrower SIN: [[ID_NUMBER:273-140-988]]. Pre-approved amount: $640,000 at 4.79%. Rate hold expires 120 days after issue.""",
    """INFORMED CONSENT – CLINICAL STUDY HX-204. Participant name: [[PERSON:Rosalind Achterberg]]. Participant ID: [[ID_NUMBER:204-0117]]. Date of birth: [[DATE_TIME:1969-10-30]]. I have read the information sheet and agree to take part. Participant signature date: [[DATE_TIME:2024-11-04]]. Person obtaining consent: [[PERSON:Dr. Kofi Mensah-Bonsu]]. Witness: [[PERSON:Heather McLeod]].""",
    """Telehealth visit note. Pt [[PERSON:Jamal Haddad]], [[AGE:27]] y/o M, seen via video on [[DATE_TIME:1/22/25]] for anxiety follow-up. Reports improved sleep on sertraline 50 mg. Pt's preferred pharmacy: CVS on [[ADDRESS:2201 W Devon Ave]], [[LOCATION:Chicago]]. Callback: [[PHONE_NUMBER:773-208-5519]]. Next visit in 6 weeks. – [[PERSON:L. Abernathy]], PMHNP""",
    """Dear [[PERSON:Ms Rebecca Thornton]], following the disciplinary hearing on [[DATE_TIME:3 February 2025]], I write to confirm the termination of your employment with effect from [[DATE_TIME:7 February 2025]]. Your final pay, including accrued holiday, will be paid to your account ending 0417. Your National Insurance number [[ID_NUMBER:NX 21 77 40 B]] will appear on your P45. Yours sincerely, [[PERSON:David Mbeki]], HR Manager""",
    """CENTRELINK – CHANGE OF CIRCUMSTANCES. Customer: [[PERSON:Shannon Pearce]]. CRN: [[ID_NUMBER:207 418 553A]]. Partner: [[PERSON:Luke Pearce]]. New address from [[DATE_TIME:01/12/2024]]: [[ADDRESS:6/14 Banksia Avenue]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]]. Children: [[PERSON:Ruby]] ([[AGE:6]]), [[PERSON:Archie]] ([[AGE:3]]).""",
    """Refill request received for [[PERSON:Doris Kaminski]] (DOB [[DATE_TIME:02/14/1939]]), Rx #6620183, levothyroxine 75 mcg. Ready for pickup Thursday after 2 PM. Insurance member ID [[ID_NUMBER:XWP884120917]]. Contact her granddaughter [[PERSON:Alyssa]] at [[PHONE_NUMBER:216.774.0381]] if there is a copay issue.""",
    """[
  {"id": 1, "full_name": "[[PERSON:Camille Okoro]]", "email": "[[EMAIL_ADDRESS:camille.okoro@proton.me]]", "role": "admin", "created": "[[DATE_TIME:2023-09-14]]", "last_login": "[[DATE_TIME:2025-03-02T18:41:09Z]]"},
  {"id": 2, "full_name": "[[PERSON:Tariq Mahmood]]", "email": "[[EMAIL_ADDRESS:tariq.m@outlook.com]]", "role": "editor", "created": "[[DATE_TIME:2024-01-08]]", "last_login": "[[DATE_TIME:2025-02-27T07:12:55Z]]"}
]""",
    """Jun 11 02:17:44 bastion sshd[40122]: Failed password for invalid user admin from [[IP_ADDRESS:45.155.205.233]] port 51422 ssh2
[[DATE_TIME:Jun 11 02:18:03]] bastion sshd[40131]: Accepted publickey for [[USERNAME:hkowalski]] from [[IP_ADDRESS:213.134.176.9]] port 60218 ssh2: ED25519 SHA256:Gx3k9Lq2mYp0fT
[[DATE_TIME:Jun 11 02:18:03]] bastion sshd[40131]: pam_unix(sshd:session): session opened for user [[USERNAME:hkowalski]] by (uid=0)""",
    """CREATE TABLE guardians (guardian_id INT, child_name VARCHAR(80), parent_name VARCHAR(80), phone VARCHAR(20));
INSERT INTO guardians VALUES (1, '[[PERSON:Maya Goldberg]]', '[[PERSON:Rachel Goldberg]]', '[[PHONE_NUMBER:+972 52-418-3307]]');
INSERT INTO guardians VALUES (2, '[[PERSON:Yosef Ben-David]]', '[[PERSON:Avi Ben-David]]', '[[PHONE_NUMBER:054-771-2096]]');""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: on-call
  annotations:
    owner: "[[PERSON:Priyanka Deshmukh]] <[[EMAIL_ADDRESS:priyanka.deshmukh@gmail.com]]>"
data:
  PAGER_PHONE: "[[PHONE_NUMBER:+91 99200 41873]]"
  ESCALATION_EMAIL: "sre-oncall@company.internal"
  REGION: ap-south-1""",
    """Traceback (most recent call last):
  File "/srv/app/billing.py", line 214, in charge
    gateway.charge(customer="[[PERSON:Nikolai Sorokin]]", card="[[CREDIT_CARD:6011382067401352]]", zip="[[ZIP_CODE:11235]]")
stripe.error.CardError: Your card was declined. (request id req_8Hq2)
User context: id=7731 email=[[EMAIL_ADDRESS:n.sorokin@mail.ru]] ip=[[IP_ADDRESS:95.31.18.119]]""",
    """[HELPDESK-3321] Laptop reimaging for new starter
Reporter: [[PERSON:Siobhan Kelleher]]
Assignee: [[PERSON:Arash Karimi]]
Description: Please set up a laptop for [[PERSON:Wei Zhang]] (staff no. [[ID_NUMBER:27715]]), starting [[DATE_TIME:Mon 6 Jan]]. Personal email for the welcome pack: [[EMAIL_ADDRESS:wei.zhang.1994@163.com]]. Desk: 4.17, [[LOCATION:Galway]] office.""",
    r"""MSH|^~\&|LAB|STJAMES|EHR|STJAMES|202403141022||ORU^R01|MSG00417|P|2.5
PID|1||[[ID_NUMBER:804412]]^^^STJ^MR||[[PERSON:BRENNAN]]^[[PERSON:AOIFE]]^[[PERSON:M]]||[[DATE_TIME:19860522]]|F|||[[ADDRESS:12 CASTLE VIEW]]^^[[LOCATION:KILKENNY]]^^[[ZIP_CODE:R95 F2X1]]||[[PHONE_NUMBER:0867714209]]
OBX|1|NM|GLU^Glucose||5.4|mmol/L|3.9-5.8|N|||F""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Oyelowo]];[[PERSON:Temitope]];;;
FN:[[PERSON:Temitope Oyelowo]]
TITLE:Procurement Lead
TEL;TYPE=CELL:[[PHONE_NUMBER:+234 812 330 4471]]
EMAIL;TYPE=HOME:[[EMAIL_ADDRESS:temi.oyelowo@gmail.com]]
ADR;TYPE=HOME:;;[[ADDRESS:21 Bode Thomas Street]];[[LOCATION:Surulere]];[[LOCATION:Lagos]];[[ZIP_CODE:101283]];[[LOCATION:Nigeria]]
BDAY:[[DATE_TIME:1990-06-02]]
END:VCARD""",
    """From: [[PERSON:Hamish Sinclair]] <[[EMAIL_ADDRESS:hamish.sinclair@btinternet.com]]>
To: [[PERSON:Ailsa Grant]] <[[EMAIL_ADDRESS:ailsa.grant@icloud.com]]>
Date: [[DATE_TIME:Tue, 14 Jan 2025 19:02:31 +0000]]
Subject: Re: school run rota
X-Originating-IP: [[[IP_ADDRESS:82.34.161.207]]]

[[PERSON:Ailsa]], I can do Mondays and Thursdays. [[PERSON:Finlay]] finishes football at 5 on Tuesdays so I'll grab [[PERSON:Isla]] too. [[PERSON:H]]""",
    """{"data": {"member": {"memberNumber": "[[ID_NUMBER:GYM-448102]]", "displayName": "[[PERSON:Kofi Asamoah]]", "dateOfBirth": "[[DATE_TIME:1993-11-19]]", "homeClub": "Leeds Central", "emergencyContact": {"name": "[[PERSON:Abena Asamoah]]", "phone": "[[PHONE_NUMBER:07834 552 190]]"}, "paymentMethod": {"brand": "visa", "last4": "4417"}}}}""",
    """@Test
void createsStudentRecord() {
    Student s = new Student("[[PERSON:Liang Xiaoming]]", LocalDate.of([[DATE_TIME:2004, 9, 17]]), "[[ID_NUMBER:20230418]]");
    s.setEmail("[[EMAIL_ADDRESS:xiaoming.liang@stu.ntu.edu.sg]]");
    s.setNric("[[ID_NUMBER:T0419872C]]");
    assertEquals("[[PERSON:Liang Xiaoming]]", repo.save(s).getName());
}""",
    """## New starter form
- **Full name:** [[PERSON:Ngaio Whitiora]]
- **Preferred name:** [[PERSON:Ngai]]
- **IRD number:** [[ID_NUMBER:049-091-850]]
- **Start date:** [[DATE_TIME:10 February 2025]]
- **Bank account:** [[ID_NUMBER:12-3140-0418822-00]]
- **Emergency contact:** [[PERSON:Tama Whitiora]] ([[PHONE_NUMBER:027 441 8820]])
- **Laptop:** MacBook Air, asset tag NZ-0412""",
    """{"type": "checkout.session.completed", "data": {"customer_details": {"name": "[[PERSON:Elif Yıldız]]", "email": "[[EMAIL_ADDRESS:elif.yildiz@gmail.com]]", "phone": "[[PHONE_NUMBER:+90 532 418 77 20]]", "address": {"line1": "[[ADDRESS:Bağdat Caddesi No: 214 Daire 7]]", "city": "[[LOCATION:İstanbul]]", "postal_code": "[[ZIP_CODE:34728]]", "country": "[[LOCATION:TR]]"}}, "payment_method_details": {"card": {"brand": "mastercard", "last4": "0720", "exp_month": 3, "exp_year": 2028}}}}""",
    """{"ts":"[[DATE_TIME:2024-12-02T10:15:03Z]]","actor":"[[EMAIL_ADDRESS:l.fontaine@hopital-nord.fr]]","action":"record.view","patient":"[[PERSON:Yvette Moulin]]","ipp":"[[ID_NUMBER:0048812730]]","src":"[[IP_ADDRESS:10.12.4.88]]"}
{"ts":"[[DATE_TIME:2024-12-02T10:15:41Z]]","actor":"[[EMAIL_ADDRESS:l.fontaine@hopital-nord.fr]]","action":"record.export","patient":"[[PERSON:Yvette Moulin]]","ipp":"[[ID_NUMBER:0048812730]]","src":"[[IP_ADDRESS:10.12.4.88]]"}""",
    """services:
  mailer:
    image: mailer:2.3.1
    environment:
      - MAIL_FROM=noreply@kinderplan.app
      - OWNER_NAME=[[PERSON:Siew Mei Tan]]
      - OWNER_PHONE=[[PHONE_NUMBER:+60 12-418 3390]]
      - BILLING_EMAIL=[[EMAIL_ADDRESS:siewmei.tan@gmail.com]]
    ports:
      - "8025:8025"
    restart: unless-stopped""",
    """Hi [[PERSON:Wanjiku]], I'm the new Chief Research Liaison for [[LOCATION:Kiambu County]]. Please send the M-Pesa refund to [[PHONE_NUMBER:0710 482 337]] (registered to [[PERSON:Peter Njoroge Kariuki]], ID [[ID_NUMBER:28417730]]). His KRA PIN is [[ID_NUMBER:A011842093P]] and he lives at [[ADDRESS:Plot 17, Thika Road]], [[LOCATION:Ruiru]].""",
    """Attention [[PERSON:Mr. Harpreet Gill]], your IndusInd credit card [[CREDIT_CARD:5425 1860 3394 0720]] with CVV 092 was used at 23:47 from IP [[IP_ADDRESS:49.36.212.5]]. Your registered mobile is [[PHONE_NUMBER:98140 22817]] and Aadhaar-linked address is [[ADDRESS:H. No. 1127, Sector 22-B]], [[LOCATION:Chandigarh]] [[ZIP_CODE:160022]].""",
    """JUDGMENT. In the County Court at [[LOCATION:Manchester]], Claim No. K4QZ1187. Between [[PERSON:Bethany Clough]] (Claimant) and [[PERSON:Imran Siddique]] (Defendant). Upon hearing counsel for the Claimant on [[DATE_TIME:5 November 2024]], IT IS ORDERED that the Defendant pay the Claimant £4,860 by 4pm on 19 November 2024.""",
    """T4 – Statement of Remuneration Paid. Employee: [[PERSON:Gagnon-Roy]], [[PERSON:Mathieu]]. SIN: [[ID_NUMBER:518 906 128]]. Employee address: [[ADDRESS:2245 rue Ontario Est, app. 3]], [[LOCATION:Montréal]] [[LOCATION:QC]] [[ZIP_CODE:H2K 1W1]]. Box 14 Employment income: 61,240.88. Employer: Boulangerie Saint-Viateur Inc.""",
    """{"klant_id": "[[ID_NUMBER:K-884102]]", "naam": "[[PERSON:Jeroen van der Linden]]", "geboortedatum": "[[DATE_TIME:1982-03-09]]", "bsn": "[[ID_NUMBER:174093263]]", "iban": "[[IBAN_CODE:NL22RABO0318420977]]", "adres": {"straat": "[[ADDRESS:Oudegracht 211]]", "postcode": "[[ZIP_CODE:3511 NJ]]", "plaats": "[[LOCATION:Utrecht]]"}, "telefoon": "[[PHONE_NUMBER:+31 6 2841 7730]]", "segment": "particulier"}""",
    """HUUROVEREENKOMST WOONRUIMTE. Ondergetekenden: Woonstichting De Vaart, verhuurder, en [[PERSON:Sanne Meijer]], geboren op [[DATE_TIME:14 juli 1996]] te [[LOCATION:Zwolle]], huurder. Het gehuurde betreft de woning aan de [[ADDRESS:Thorbeckegracht 18-II]], [[ZIP_CODE:8011 VN]] [[LOCATION:Zwolle]]. De huur gaat in op [[DATE_TIME:1 mei 2024]]. De huurprijs wordt maandelijks afgeschreven van rekening [[IBAN_CODE:NL42 ASNB 0708 8142 29]]. Aldus getekend te [[LOCATION:Zwolle]] op [[DATE_TIME:18 april 2024]].""",
    """Beste [[PERSON:Kobe]], als nieuwe Data Protection Lead vragen we je rijksregisternummer ([[ID_NUMBER:85.04.12-237.52]]), je adres [[ADDRESS:Kortrijksesteenweg 1042 bus 3]], [[ZIP_CODE:9051]] [[LOCATION:Sint-Denijs-Westrem]] en je IBAN [[IBAN_CODE:BE62 7350 1982 4461]] te bevestigen. Je login [[USERNAME:kobe.desmet]] werd laatst gebruikt vanaf [[IP_ADDRESS:84.198.31.170]].""",
    """INSCHRIJVINGSFORMULIER – BASISSCHOOL. Naam leerling: [[PERSON:Nora El Idrissi]]. Geboortedatum: [[DATE_TIME:11/06/2014]]. Rijksregisternummer: [[ID_NUMBER:14.06.11-048.84]]. Klas: 5B. Ouder 1: [[PERSON:Karim El Idrissi]], gsm [[PHONE_NUMBER:0486 21 47 93]]. Ouder 2: [[PERSON:Sofie Wuyts]], e-mail [[EMAIL_ADDRESS:sofie.wuyts@hotmail.be]]. Adres: [[ADDRESS:Lange Leemstraat 77]], [[ZIP_CODE:2018]] [[LOCATION:Antwerpen]].""",
    """WNIOSEK O KREDYT GOTÓWKOWY. Wnioskodawca: [[PERSON:Paweł Szymański]], PESEL [[ID_NUMBER:85092311733]], seria i nr dowodu osobistego [[ID_NUMBER:ABK372418]]. Adres zamieszkania: [[ADDRESS:ul. Piotrkowska 118 m. 12]], [[ZIP_CODE:90-006]] [[LOCATION:Łódź]]. Telefon: [[PHONE_NUMBER:+48 603 217 904]]. Pracodawca: Transbud Sp. z o.o., NIP 7740102333. Rachunek do wypłaty: [[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]].""",
    """{"usos_id": 88172, "imie": "[[PERSON:Weronika]]", "nazwisko": "[[PERSON:Dąbrowska]]", "nr_albumu": "[[ID_NUMBER:431207]]", "pesel": "[[ID_NUMBER:76032219644]]", "email": "[[EMAIL_ADDRESS:w.dabrowska@student.uj.edu.pl]]", "kierunek": "pedagogika przedszkolna", "rok": 2, "ostatnie_logowanie": "[[DATE_TIME:2025-01-28 22:14]]", "ip": "[[IP_ADDRESS:31.0.74.118]]"}""",
    """Szanowny [[TITLE:Panie]] [[PERSON:Marku]], w związku z awansem na stanowisko Kierownika ds. Rozliczeń prosimy o aktualizację danych: adres [[ADDRESS:al. Jerozolimskie 65/79 lok. 14]], [[ZIP_CODE:00-697]] [[LOCATION:Warszawa]], konto [[IBAN_CODE:PL60102010260000042270201111]], telefon [[PHONE_NUMBER:22 418 77 03]]. Login [[USERNAME:m.wojcik]], ostatnie logowanie z [[IP_ADDRESS:91.228.144.61]].""",
    """[[PERSON:Yaw]], our new Product Paradigm Designer, moved to [[ADDRESS:Flat 3, 58 Coldharbour Lane]], [[LOCATION:London]] [[ZIP_CODE:SE5 9PR]] on [[DATE_TIME:2/4/2024]]. Reimburse his relocation to [[IBAN_CODE:GB43 MONZ 0400 0482 5177 60]] and reach him on [[PHONE_NUMBER:+233 20 771 4082]] until his UK SIM arrives; his height (181 cm) and shoe size are for the uniform order only.""",
]

GEN = [
    """Hello, I'm writing about my daughter [[PERSON:Amara Okonkwo-Reid]] (Year 8, tutor group 8RB). She was marked absent on [[DATE_TIME:Tuesday 4 March]] but was at the orthodontist, letter attached. Her student number is [[ID_NUMBER:204418]] and my mobile is [[PHONE_NUMBER:07832 614902]]. Kind regards, [[PERSON:Chidi Okonkwo]]""",
    """The registrar's office confirmed that [[PERSON:jordan mcallister]], student ID [[ID_NUMBER:U31884027]], withdrew from CHEM 2410 on [[DATE_TIME:10/17/2023]], and the tuition refund check was mailed to [[ADDRESS:1187 Larkspur Ln, Apt 3C]], [[LOCATION:Boulder]], [[LOCATION:CO]] [[ZIP_CODE:80304]].""",
    """[[PERSON:Mia]]'s enrolment at Little Wattle Early Learning starts on [[DATE_TIME:Monday 3 February 2025]]. Her CRN is [[ID_NUMBER:318 447 209K]], and if the centre can't reach mum, the emergency contact is her nan, [[PERSON:Doreen Whitlam]], on [[PHONE_NUMBER:0418 226 731]].""",
    """Dear [[PERSON:Ananya Iyer]], you have been provisionally admitted to the M.Tech (Data Science) programme. Please report to the Academic Section on [[DATE_TIME:22-07-2024]] with your Aadhaar card ([[ID_NUMBER:4918 3027 5161]]) and the original Class XII marksheet; any queries can go to [[EMAIL_ADDRESS:ananya.iyer2001@gmail.com]] from your registered address only.""",
    """We're sorry to let you know that [[PERSON:Noah Tremblay-Singh]] (age [[AGE:3]]) was bitten by another child during outdoor play at around 10:40 this morning. Staff applied a cold compress straight away, and the incident report was completed and signed by [[PERSON:Ms. Fiona Baptiste]], the room lead.""",
    """[[PERSON:Mrs. Bisi Adeyemi]] paid ₦185,000 in second-term fees for her twins, [[PERSON:Kehinde]] and [[PERSON:Taiwo]], from her GTBank account [[ID_NUMBER:0123458891]] on 12 January 2024, but the bursar's ledger only shows one payment.""",
    """Transcript request: [[PERSON:Siobhán Ní Bhriain]], date of birth [[DATE_TIME:03/11/1998]], PPSN [[ID_NUMBER:7263415L]], graduated with a BA in Early Childhood Studies in 2020. Please post the certified copy to [[ADDRESS:14 Glasheen Road]], [[LOCATION:Cork]], [[ZIP_CODE:T12 XK80]].""",
    """Parents of Form 2 student [[PERSON:Wanjiru Kamau]], admission no. [[ID_NUMBER:4471/2021]], are requested to collect her report form before closing day. For the fee balance of KSh 14,500 call the class teacher, [[PERSON:Mr. Otieno]], on [[PHONE_NUMBER:0722 418 905]].""",
    """[[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S8734120H]]) has registered her son, [[PERSON:Ethan Lim]], for Primary 1 under Phase 2B, giving her home address as [[ADDRESS:Blk 412 Bedok North Ave 2, #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]].""",
    """Learner [[PERSON:Lwazi Dlamini]], ID number [[ID_NUMBER:1206076143082]], born [[DATE_TIME:7 June 2012]], has transferred to our school from [[LOCATION:Soweto]]. His mother, [[PERSON:Nomvula Dlamini]], can be contacted on [[PHONE_NUMBER:072 418 3390]] during working hours.""",
    """The IEP meeting for [[PERSON:Lucas Ferreira]] has been moved to [[DATE_TIME:Thursday, May 15 at 3:30 PM]] in the front office conference room. please confirm with [[TITLE:ms.]] [[PERSON:hawkins]] at [[EMAIL_ADDRESS:r.hawkins@lincolnusd.org]] if that time doesn't work.""",
    """hey it's [[PERSON:callum]] again - student finance STILL hasn't paid my maintenance loan. customer ref is [[ID_NUMBER:11870453299]], uni ID [[ID_NUMBER:2219847]], and I'm now living at [[ADDRESS:Flat 6, 22 Hyde Park Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1PY]] if you need to send anything""",
    """This is to certify that [[PERSON:Maria Clarissa D. Santos]], [[AGE:19]] years old, a resident of [[LOCATION:Quezon City]], is a bona fide student of the BS Nursing program for the first semester of AY 2024-2025, with student number [[ID_NUMBER:2022-10483]].""",
    """[[PERSON:Aroha]]'s kindy teacher, [[PERSON:Hemi Walker]], would like a quick chat about her transition visits, since she turns [[AGE:5]] on [[DATE_TIME:19 August]] and will start at the local school the following Monday.""",
    """Because of FERPA I can't discuss grades for [[PERSON:Destiny Washington]] with anyone but her, so please ask her to call from the number on file, [[PHONE_NUMBER:(404) 555-0187]], or write from her student email, [[EMAIL_ADDRESS:dwashington27@spelman.edu]].""",
    """[[PERSON:Rehana Ahmed]] has applied for 30 hours of funded childcare for her son [[PERSON:Zayn]], born [[DATE_TIME:02/09/2021]]. Her National Insurance number is [[ID_NUMBER:JT 48 21 93 C]] and the eligibility code still needs reconfirming every three months.""",
    """Hi [[PERSON:Thi Ngoc Anh Nguyen]], your application for special consideration for the exam on [[DATE_TIME:14 Nov 2024]] has been approved. Please check that your USI ([[ID_NUMBER:3KD8JR7QW2]]) matches the one in your student profile before results are released.""",
    """Uprzejmie informuję, że mój syn [[PERSON:Kacper Wiśniewski]], uczeń klasy 4b, będzie nieobecny w szkole od [[DATE_TIME:14.10]] do [[DATE_TIME:18.10.2024]] z powodu wyjazdu rodzinnego. Z poważaniem, [[PERSON:Marta Wiśniewska]], tel. [[PHONE_NUMBER:602 318 447]]""",
    """Studentka [[PERSON:Zuzanna Kowalczyk]] (nr albumu [[ID_NUMBER:298114]], PESEL [[ID_NUMBER:04250718160]]) złożyła w dziekanacie podanie o urlop dziekański w dniu [[DATE_TIME:3 marca 2025]] r. Decyzję należy przesłać na adres [[EMAIL_ADDRESS:zuza.kowalczyk@student.uw.edu.pl]].""",
    """Do żłobka przyjęto [[PERSON:Hanię Nowak]], urodzoną [[DATE_TIME:11.04.2023]], od [[DATE_TIME:1 września]]. Zwrot nadpłaty za sierpień zostanie przelany na konto matki, [[PERSON:Ewy Nowak]], nr [[IBAN_CODE:PL21 1140 2004 0000 3202 0977 6355]].""",
    """Hallo, ik ben de moeder van [[PERSON:Sem de Boer]] uit groep 6. [[PERSON:Sem]] heeft sinds [[DATE_TIME:maandag 11 november]] een gipsarm en mag voorlopig niet mee met gym. U kunt mij bereiken op [[PHONE_NUMBER:06-41837250]]. Groetjes, [[PERSON:Lotte de Boer]]""",
    """DUO heeft de studiefinanciering van [[PERSON:Youssef El Amrani]] (BSN [[ID_NUMBER:237154080]]) per [[DATE_TIME:1 september 2024]] stopgezet, omdat hij volgens de BRP niet meer op [[ADDRESS:Kanaalweg 88 bis]], [[ZIP_CODE:3526 KL]] [[LOCATION:Utrecht]] woont.""",
    """De kinderopvangtoeslag voor [[PERSON:Fenna]] ([[AGE:2]]) wordt vanaf deze maand uitbetaald op rekening [[IBAN_CODE:NL12 TRIO 0198 7654 32]] ten name van [[PERSON:R. Visser]]; wijzigingen in het aantal opvanguren graag binnen vier weken doorgeven.""",
    """Beste ouders van [[PERSON:Lore Vermeulen]], het oudercontact voor het eerste trimester is gepland op [[DATE_TIME:donderdag 19 december om 17u30]] in lokaal B.12. Kan u niet? Laat het weten aan [[TITLE:mevrouw]] [[PERSON:Claes]] via [[EMAIL_ADDRESS:an.claes@sintjozefcollege.be]].""",
    """Bij de inschrijving van [[PERSON:Ella Peeters]] in de kinderopvang werd haar rijksregisternummer genoteerd als [[ID_NUMBER:17.03.05-112.48]]; haar papa, [[PERSON:Wouter Peeters]], woont op [[ADDRESS:Vaartstraat 27/2]], [[ZIP_CODE:3000]] [[LOCATION:Leuven]].""",
    """[[PERSON:Marcus O'Donnell]] called at 9:15 to report his wallet stolen on the L train. We blocked the card ending 4417 and issued a replacement, [[CREDIT_CARD:4539 1728 3640 5125]], which will reach his address at [[ADDRESS:2250 N Milwaukee Ave, Unit 3F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60647]] in 5-7 business days.""",
    """Your GP surgery has a new appointment for you, [[PERSON:Mr. Gareth Pryce-Jones]]: [[DATE_TIME:Wed 9 April, 11:20]] with the practice nurse. Please bring your NHS number ([[ID_NUMBER:943 476 5919]]) and a list of your current medication.""",
    """The pharmacist noted that [[PERSON:Hélène Gagnon]], [[AGE:67]], of [[LOCATION:Trois-Rivières]], was already on warfarin, and called her daughter [[PERSON:Julie]] at [[PHONE_NUMBER:819-374-2286]] before filling the new prescription.""",
    """i booked the flights for me and my husband [[PERSON:rahul]] but his passport number is wrong on the booking, it should be [[ID_NUMBER:Z5839217]] not Z5839271. my name is [[PERSON:Kavya Menon]], booking ref QX7L2P, travelling [[DATE_TIME:28 Dec]]""",
    """Payroll update for [[PERSON:Teresa Villanueva]]: effective [[DATE_TIME:June 1, 2024]] her direct deposit moves to account [[ID_NUMBER:4471902856]] (routing 121000358), and her SSN on file, [[US_SSN:532-48-1907]], was corrected after the W-4 mix-up.""",
    """The flat at [[ADDRESS:Flat 2, 87 Stanmore Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B16 9SY]] was let to [[PERSON:Ioana Popescu]] and [[PERSON:Dmitri Volkov]] from the [[DATE_TIME:1st of October]]; the deposit was protected with the DPS the same week.""",
    """Hi this is [[PERSON:Arjun]] from [[LOCATION:Pune]], my Jio number [[PHONE_NUMBER:+91 98220 47153]] has had no outgoing calls since yesterday evening, please check, my alternate number is [[PHONE_NUMBER:020-2567 3390]]""",
    """[[PERSON:Thabo Mokoena]] collected his smart ID card at the Home Affairs office in [[LOCATION:Polokwane]] on [[DATE_TIME:2 August 2024]]; the ID number printed on it is [[ID_NUMBER:8802145084084]].""",
    """KRA has flagged the PIN [[ID_NUMBER:A004518327K]] belonging to [[PERSON:Grace Akinyi Odhiambo]] for a missing 2023 return; she says she filed it at the Huduma Centre in [[LOCATION:Kisumu]] on [[DATE_TIME:28/06/2024]].""",
    """The hearing in the matter of [[PERSON:Delgado]] v. Westbrook Property Management is set for [[DATE_TIME:September 23, 2024, at 9:00 a.m.]] in Department 14; counsel for [[PERSON:Ms. Delgado]] should file the declaration of [[PERSON:Ramon Ortiz]] no later than five court days before.""",
    """Our vet [[PERSON:Dr. Amelia Cho]] says Biscuit needs his booster on [[DATE_TIME:Friday the 7th at 4pm]]. The clinic will text the reminder to [[PERSON:Sean]]'s phone, [[PHONE_NUMBER:021 448 3019]], since mine is always off.""",
    """Gym membership for [[PERSON:Kwame Asante]] was frozen from [[DATE_TIME:04/03]] to [[DATE_TIME:04/05]] for a knee injury; member ID [[ID_NUMBER:PF-2201-88473]]. The direct debit will restart from his Monzo account, sort code 04-00-04.""",
    """Reported player: [[USERNAME:xXShadowReaperXx]]. He's been sending threats in voice chat and says he knows I live in [[LOCATION:Ballarat]]. My account is [[USERNAME:mossy_tortoise]], linked to [[EMAIL_ADDRESS:lachie.b.mossman@outlook.com]].""",
    """Impersonation report: someone made a copy of my profile at [[URL:instagram.com/priya.bakes.ldn]] using my photos and is messaging my followers for money. My real account is @[[USERNAME:priyabakesldn]] and you can verify me at [[PHONE_NUMBER:+44 7911 302 558]].""",
    """Driver couldn't find the house. Deliver to [[PERSON:Olumide Bakare]], [[ADDRESS:16B Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]; call [[PHONE_NUMBER:0803 417 2290]] at the gate. Tracking NG48211903LG.""",
    """The insurer accepted the claim after [[PERSON:Lauren Fitzgerald]] showed the dashcam footage from the evening of [[DATE_TIME:3 March]]; the other driver, [[PERSON:Pawel Zajac]], admitted he pulled out of Station Road without looking.""",
    """As a practising [[NRP:Sikh]], [[PERSON:Harjit Singh Bains]] asked that his turban not be removed at the security check on [[DATE_TIME:21 Jan]], and the officer on duty, [[PERSON:Karen Moody]], arranged a private screening room.""",
    """[[PERSON:Declan Murphy]], a lifelong [[NRP:Fianna Fáil]] member from [[LOCATION:Ennis]], was born on [[DATE_TIME:17 March 1951]] and can still be reached at his landline, [[PHONE_NUMBER:065 682 4419]].""",
    """Rental agreement: renter [[PERSON:Brandon Kowalski]], DOB [[DATE_TIME:1986-11-02]], driver's license [[US_DRIVER_LICENSE:K250-7481-9062]] (Michigan), pickup [[DATE_TIME:Aug 14 10:00]] at DTW, return [[DATE_TIME:Aug 21]].""",
    """Matched! [[PERSON:Leilani]], [[AGE:29]], is 3 km away and lists her Insta as @[[USERNAME:leilani.surfs]]. Her first message: "hi, I'm in [[LOCATION:Manly]] this weekend, text me on [[PHONE_NUMBER:0433 902 178]] if you want coffee".""",
    """[[PERSON:Fatima Zahra Benali]], a [[NRP:Moroccan]] national, received her residence permit on [[DATE_TIME:5 December 2023]]; her passport number is [[ID_NUMBER:WK4820175]] and her file is handled by caseworker [[PERSON:Eoin Brady]].""",
    """The library card [[ID_NUMBER:21982004417736]] registered to [[PERSON:Mohammed Al-Farsi]] has 3 overdue items. The renewal notice was emailed to [[EMAIL_ADDRESS:m.alfarsi@protonmail.com]].""",
    """Thank you, [[PERSON:Gloria Mensah]], for your gift of $250 to the food bank. A tax receipt will be mailed to [[ADDRESS:45 Queen St E, Suite 1204]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5C 1R6]].""",
    """My landlord [[PERSON:Mr Hussain]] keeps entering the flat without notice. I've lived at [[ADDRESS:3/41 Carlisle Street]], [[LOCATION:St Kilda]] [[LOCATION:VIC]] [[ZIP_CODE:3182]] since [[DATE_TIME:July 2021]] and my lease is in my name, [[PERSON:Jessica Tran]].""",
    """University of Nairobi: the supplementary exam for [[PERSON:Brian Kiprotich]], registration number [[ID_NUMBER:F56/38214/2021]], is scheduled for [[DATE_TIME:Monday, 9th September]] at 8:00 AM in Chiromo Hall.""",
    """Dear Parent/Guardian, your child [[PERSON:Adaeze]] has been selected for the Junior Maths Olympiad. Please return the signed consent slip by Friday 20th, together with a copy of her birth certificate showing [[DATE_TIME:14/02/2013]] as her date of birth.""",
    """Graduate [[PERSON:Wiremu Tane Parata]] (student ID [[ID_NUMBER:1148823]]) has asked that his degree certificate be couriered to his new address: [[ADDRESS:12 Kowhai Terrace]], [[LOCATION:Taradale]], [[LOCATION:Napier]] [[ZIP_CODE:4112]].""",
    """The after-school club has [[PERSON:Jayden]] and [[PERSON:Kai Morrison]] booked every weekday except Wednesday; pickup is by their grandad [[PERSON:Ron]], whose number on the collection list is [[PHONE_NUMBER:07469 201 558]].""",
    """Hi [[TITLE:Professor]] [[PERSON:Ogunleye]], I'm [[PERSON:Sadia Rahman]] from your Tuesday STAT 301 section. I missed the midterm on [[DATE_TIME:Oct 8]] because I was in the ER; my student number is [[ID_NUMBER:301184765]] and I've attached the doctor's note.""",
    """Nursery staff noticed a rash on little [[PERSON:Oscar Bennett]]'s arms at drop-off this morning. Mum, [[PERSON:Harriet]], was called on [[PHONE_NUMBER:07700 914 336]] and took him home; he can come back 48 hours after his last dose of antibiotics.""",
    """According to the school census, [[PERSON:Muhammad Bilal Qureshi]] (UPN [[ID_NUMBER:T801200024517]], DOB [[DATE_TIME:30.01.2014]]) moved from Greenfield Primary to [[ADDRESS:38 Whitworth Road]], [[LOCATION:Rochdale]] [[ZIP_CODE:OL12 0JB]] over the summer holidays.""",
    """The teaching assistant, [[PERSON:Ngozi Eze]], signed [[PERSON:Emeka Nwosu]] out at 12:15 for a dentist appointment; his father collected him and signed the register as [[PERSON:C. Nwosu]].""",
    """[[PERSON:Priscilla Agyeman]] was hired as a Grade 2 teacher at a district school starting [[DATE_TIME:August 19, 2024]]. HR still needs her teaching license number ([[ID_NUMBER:TX-784120]]), a voided check, and her home address, [[ADDRESS:8812 Cedar Bluff Dr]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78759-3410]].""",
    """Hi [[PERSON:Ms. Kaur]], [[PERSON:Ishaan]]'s been having nightmares since his grandma passed so he might be a bit quiet this week. If anything comes up please call me ([[PERSON:Simran]]) on [[PHONE_NUMBER:0412 558 903]] rather than his dad.""",
    """Scholarship award letter: we are pleased to inform [[PERSON:Chiamaka Obi]] of [[ADDRESS:7 Oduduwa Crescent]], [[LOCATION:Ikeja GRA]], [[LOCATION:Lagos State]] that she has been awarded the full-tuition scholarship for the 2024/2025 session. The first disbursement will be paid on 15th October 2024.""",
    """[[PERSON:Dr. Rajesh Venkataraman]], dissertation supervisor for [[PERSON:Meera Pillai]], has confirmed her viva for [[DATE_TIME:12 June 2025 at 2pm]]. The external examiner, [[PERSON:Prof. Helen Strachan]], will join by video from [[LOCATION:Edinburgh]].""",
    """Childminder [[PERSON:Bernadette Quinn]] (Ofsted registration [[ID_NUMBER:EY548213]]) looks after four children at her home in [[LOCATION:Sale]]; one of the parents, [[PERSON:Tom Hadley]], has asked for her insurance certificate.""",
    """The daycare pickup list for [[PERSON:Sofia Rossi]] includes only her parents and her aunt, [[PERSON:Giulia Bianchi]] (codice fiscale [[ID_NUMBER:BNCGLI85D52F205W]]), so when an unknown man named [[PERSON:Marco]] showed up at 5:45, staff called the mother straight away.""",
    """Student loan statement for [[PERSON:Tyler J. Brooks]], SSN ending 7781: your next payment of $212.40 is due 11/28/2024. Questions? Call us, or update your address (currently [[ADDRESS:PO Box 3318]], [[LOCATION:Bozeman]], [[LOCATION:MT]] [[ZIP_CODE:59772]]).""",
    """[[PERSON:Amelie Schmidt]], an exchange student from [[LOCATION:Freiburg]], needs the host family form signed by [[PERSON:Linda]] and [[PERSON:Greg Paterson]] before her arrival on [[DATE_TIME:August 26]]; she'll be in the 11th grade at Westfield High.""",
    """The kindergarten waiting list confirmation for [[PERSON:Liam O'Sullivan]] was sent to [[EMAIL_ADDRESS:aoife.osullivan84@eircom.net]]. [[PERSON:Aoife]] is the registered parent and the child's date of birth is [[DATE_TIME:08/05/2020]].""",
    """Tuition payment received: [[PERSON:Nguyen Van Minh]] paid the spring semester fees by card [[CREDIT_CARD:5391 4882 0617 3505]] on Jan 6, 2025 4:52 PM. A receipt was emailed to his university address.""",
    """Both [[PERSON:Kwabena]] and his sister [[PERSON:Efua Boateng]] are now registered with the school nurse, who has their asthma plans on file. Their father's work number is [[PHONE_NUMBER:+233 24 418 7730]] and their home is [[ADDRESS:House No. 23, Ring Road East]], [[LOCATION:Accra]].""",
    """Good afternoon, I'm [[PERSON:Rosa Martínez]] and I'd like to report that my son [[PERSON:Diego]], [[AGE:14]], has been bullied on the school bus by an older student named [[PERSON:Tanner]] since the start of term. I can be reached at [[EMAIL_ADDRESS:rosamtz.familia@yahoo.com]].""",
    """Student accommodation booking: [[PERSON:Hamza Yusuf]], room 4.12, [[ADDRESS:Cathedral Court, 19 Albion Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G1 1LH]], move-in [[DATE_TIME:Sat 14 September]] between 10 and 4.""",
    """The Montessori teacher [[PERSON:Ms Imogen Clarke]] wrote that [[PERSON:Leo]] has been sharing beautifully with the other toddlers; his allergy information (peanuts, sesame) has been updated at his mother [[PERSON:Zara Clarke-Hughes]]'s request.""",
    """Background check for volunteer coach [[PERSON:Vusi Ndlovu]], ID [[ID_NUMBER:7105035239086]], came back clear on [[DATE_TIME:30 September 2024]], so he can start working with the under-11 team in [[LOCATION:Pietermaritzburg]].""",
    """Please note the change of address for alumna [[PERSON:Natalia Herrera Gómez]], class of 2009: [[ADDRESS:1520 SW 8th St, Apt 411]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33135]]; her phone stays [[PHONE_NUMBER:305.882.4107]].""",
    """I am [[PERSON:Joseph Mwangi]], father of [[PERSON:Faith Wambui]] in Grade 4 Blue. I kindly request that her school fees statement be sent to my new email, [[EMAIL_ADDRESS:jmwangi.kenya@gmail.com]], as I no longer use the Safaricom line [[PHONE_NUMBER:0711 209 844]].""",
    """[[PERSON:Anjali]] (age [[AGE:11]]) left her lunchbox at the Tuesday coding club again; her mum [[PERSON:Deepa Raman]] will pick it up from reception at [[ADDRESS:210 Ellesmere Rd]], [[LOCATION:Scarborough]] tomorrow.""",
    """De ouders van [[PERSON:Noor Bakker]] hebben het leerlingdossier opgevraagd; zij is geboren op [[DATE_TIME:23-08-2016]] en haar leerlingnummer is [[ID_NUMBER:110482]]. Stuur het naar [[ADDRESS:Rozengracht 141-3]], [[ZIP_CODE:1016 LW]] [[LOCATION:Amsterdam]].""",
    """[[TITLE:Pani]] [[PERSON:Katarzyna Lewandowska]] prosi o wydanie duplikatu legitymacji szkolnej dla córki [[PERSON:Julii]], ur. [[DATE_TIME:4 lutego 2018]] r., PESEL [[ID_NUMBER:18220406281]]. Kontakt: [[EMAIL_ADDRESS:k.lewandowska83@wp.pl]].""",
    """Na zebranie z wychowawczynią, [[TITLE:panią]] [[PERSON:Dorotą Mazur]], przyjdzie tata [[PERSON:Oliwera]], [[TITLE:pan]] [[PERSON:Piotr Jankowski]]; spotkanie odbędzie się w [[DATE_TIME:środę 20 listopada o 17:00]].""",
    """Mijn zoon [[PERSON:Milan]] is [[AGE:4]] geworden op [[DATE_TIME:2 oktober]] en mag nu naar de kleuterklas; kunnen jullie de gegevens van de opvang naar [[EMAIL_ADDRESS:jasper.wouters@telenet.be]] sturen? Wij wonen inmiddels in [[LOCATION:Mechelen]].""",
    """Following the safeguarding concern raised on [[DATE_TIME:11/02/2025]], the DSL, [[PERSON:Mrs. Patience Osei]], spoke with [[PERSON:Jamal]]'s mother and logged the case; the social worker assigned is [[PERSON:Gemma Lowry]], tel. [[PHONE_NUMBER:0161 496 0732]].""",
    """Adult learner [[PERSON:Bogdan Ionescu]] signed up for the evening ESOL class at the community college; he is [[AGE:43]], lives at [[ADDRESS:77 Garnet St]], [[LOCATION:Pawtucket]], [[LOCATION:RI]] [[ZIP_CODE:02860]], and prefers texts to [[PHONE_NUMBER:401-726-9930]].""",
    """[[PERSON:Hyun-woo Park]]'s I-20 shows a program start date of [[DATE_TIME:January 13, 2025]]; his SEVIS ID is [[ID_NUMBER:N0034918726]] and his [[NRP:South Korean]] passport number is [[ID_NUMBER:M48217730]].""",
    """Hostel warden [[PERSON:Mrs. Lakshmi Narayanan]] informed [[PERSON:Rohit Kulkarni]]'s parents that he returned to the hostel after the 10 pm curfew on the night of [[DATE_TIME:5th Feb]]; a second warning will be sent to [[PHONE_NUMBER:+91 94481 07326]].""",
    """The summer camp roster lists [[PERSON:Chloé Lambert]], [[AGE:9]], with a bee-sting allergy and an EpiPen in her bag; her emergency contact is [[PERSON:Marc-André Lambert]] at [[PHONE_NUMBER:514 555 0926]].""",
    """please remove [[PERSON:Ayesha]] from the bus list from next week, she'll be going to her dad's on [[ADDRESS:14 Mill Lane]] instead - [[PERSON:N. Siddiqui]]""",
    """Hi, I'm [[PERSON:Ruth Abernethy]] and I need my TFN added to my HELP debt record before census date: it's [[ID_NUMBER:457 182 033]]. I study at the [[LOCATION:Hobart]] campus and my student ID is [[ID_NUMBER:598221]].""",
    """PhilHealth member [[PERSON:Rodel Bautista]] (PIN [[ID_NUMBER:12-025739184-6]]) was admitted on [[DATE_TIME:March 2, 2025]] and discharged on [[DATE_TIME:March 6]]; his wife, [[PERSON:Marites]], can be reached at [[PHONE_NUMBER:0917 832 4410]] for the billing.""",
    """[[TITLE:Pan]] [[PERSON:Grzegorz Kamiński]] zgłosił w oddziale utratę karty [[CREDIT_CARD:4916 0471 8830 2570]] w dniu [[DATE_TIME:9 stycznia]]. Nowa karta zostanie wysłana na adres [[ADDRESS:ul. Długa 14/7]], [[ZIP_CODE:31-147]] [[LOCATION:Kraków]].""",
    """To qualify for the child care subsidy, [[PERSON:Keisha Monroe]] listed her children [[PERSON:Jaylen]] ([[AGE:4]]) and [[PERSON:Amani]] (age [[AGE:1]]), her income from two part-time jobs and her SSN, [[US_SSN:418-62-3390]]. Her caseworker is [[PERSON:Mr. Dale Heffernan]].""",
    """I'd like to move my late father's mobile, [[PHONE_NUMBER:07956 118204]], onto my own account; the PAC is KLD482917. The account holder was [[PERSON:Alistair Grant]], who passed away on [[DATE_TIME:18/10/2024]]. Thanks, [[PERSON:Fiona Grant]]""",
]

TABLE = [
    """student_id,first_name,last_name,dob,grade,guardian_email
[[ID_NUMBER:240118]],[[PERSON:Aditi]],[[PERSON:Sharma]],[[DATE_TIME:2012-03-04]],7,[[EMAIL_ADDRESS:neha.sharma.home@gmail.com]]
[[ID_NUMBER:240119]],[[PERSON:Jacob]],[[PERSON:Whitehorse]],[[DATE_TIME:2011-11-22]],7,[[EMAIL_ADDRESS:lwhitehorse@sasktel.net]]
[[ID_NUMBER:240125]],[[PERSON:Mariana]],[[PERSON:Costa]],[[DATE_TIME:2012-06-30]],7,[[EMAIL_ADDRESS:costa.family@outlook.com]]
[[ID_NUMBER:240131]],[[PERSON:Emre]],[[PERSON:Aydın]],[[DATE_TIME:2012-01-15]],7,[[EMAIL_ADDRESS:s.aydin@shaw.ca]]""",
    """| Name | Role | Ext. | Mobile | Office |
|---|---|---|---|---|
| [[PERSON:Fiona McBride]] | Head of Finance | x4412 | [[PHONE_NUMBER:07712 448 903]] | [[LOCATION:Glasgow]] |
| [[PERSON:Rashid Anwar]] | Payroll Officer | x4419 | [[PHONE_NUMBER:07405 220 117]] | [[LOCATION:Glasgow]] |
| [[PERSON:Chloe Dunn]] | AP Clerk | x4430 | [[PHONE_NUMBER:07880 613 542]] | [[LOCATION:Dundee]] |""",
    """patient\tmrn\tappointment\tclinician\troom
[[PERSON:Ruth Goldstein]]\t[[ID_NUMBER:00731842]]\t[[DATE_TIME:2024-09-03 08:30]]\t[[PERSON:Dr. Khan]]\t2B
[[PERSON:Marvin Oduya]]\t[[ID_NUMBER:00822519]]\t[[DATE_TIME:2024-09-03 09:15]]\t[[PERSON:Dr. Khan]]\t2B
[[PERSON:Sunita Patel]]\t[[ID_NUMBER:00649018]]\t[[DATE_TIME:2024-09-03 10:00]]\t[[PERSON:Dr. Ellison]]\t3A""",
    """EMP_NO  NAME                 SSN          RATE   STATE
10442   [[PERSON:Ortega]], [[PERSON:Luis]]         [[US_SSN:532-71-0945]]  22.50  [[LOCATION:AZ]]
10457   [[PERSON:Brennan]], [[PERSON:Colleen]]     [[US_SSN:409-26-8813]]  31.00  [[LOCATION:NM]]
10463   [[PERSON:Yazzie]], [[PERSON:Darren]]       [[US_SSN:585-40-2276]]  19.75  [[LOCATION:AZ]]""",
    """{"username": "[[USERNAME:lunawolf_88]]", "email": "[[EMAIL_ADDRESS:luna.okafor@gmail.com]]", "ip": "[[IP_ADDRESS:197.210.54.88]]", "country": "[[LOCATION:Nigeria]]", "plan": "free"}
{"username": "[[USERNAME:sk8rboi_nz]]", "email": "[[EMAIL_ADDRESS:tane.harrison@xtra.co.nz]]", "ip": "[[IP_ADDRESS:121.74.8.203]]", "country": "[[LOCATION:New Zealand]]", "plan": "pro"}
{"username": "[[USERNAME:quietbookworm]]", "email": "[[EMAIL_ADDRESS:h.lindgren@telia.se]]", "ip": "[[IP_ADDRESS:81.230.17.44]]", "country": "[[LOCATION:Sweden]]", "plan": "free"}""",
    """emergency_contacts:
  - child: [[PERSON:Leo Marchetti]]
    relation: mother
    contact: [[PERSON:Francesca Marchetti]]
    phone: "[[PHONE_NUMBER:0412 339 087]]"
  - child: [[PERSON:Ava Singh]]
    relation: father
    contact: [[PERSON:Gurpreet Singh]]
    phone: "[[PHONE_NUMBER:0433 910 226]]"
  - child: [[PERSON:Isabella Nguyen]]
    relation: grandmother
    contact: [[PERSON:Thu Nguyen]]
    phone: "[[PHONE_NUMBER:(02) 9718 4402]]"
    notes: collects on Fridays only""",
    """Guest name: [[PERSON:Mr. Oluwaseun Bakare]]
Nationality: [[NRP:Nigerian]]
Passport no.: [[ID_NUMBER:A08841273]]
Date of birth: [[DATE_TIME:19 Jan 1984]]
Home address: [[ADDRESS:14 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]
Mobile: [[PHONE_NUMBER:+234 803 774 1029]]
Arrival: [[DATE_TIME:22 Nov 2024, 21:40]]
Room: 1708 (King, non-smoking)
Rate code: CORP2""",
    """donor,amount,card_number,gift_date,campaign
[[PERSON:Helen Achebe]],150.00,[[CREDIT_CARD:3530118462039275]],2024-12-01,Winter Appeal
[[PERSON:Gordon Fraser]],25.00,[[CREDIT_CARD:30569309025904]],2024-12-03,Winter Appeal
[[PERSON:Yuki Matsuda]],500.00,[[CREDIT_CARD:6500318844027191]],2024-12-03,Scholarship Fund
Anonymous,40.00,,2024-12-04,Winter Appeal""",
    """| Unit | Tenant | Phone | Move-in | Rent |
|------|--------|-------|---------|------|
| [[ADDRESS:1A]] | [[PERSON:Demetrius Lang]] | [[PHONE_NUMBER:(718) 402-7719]] | [[DATE_TIME:03/01/2022]] | $1,850 |
| [[ADDRESS:2B]] | [[PERSON:Yelena Sokolova]] | [[PHONE_NUMBER:(347) 811-0394]] | [[DATE_TIME:07/15/2023]] | $2,100 |
| [[ADDRESS:3C]] | [[PERSON:Ángel Ruiz]] and [[PERSON:Maribel Ruiz]] | [[PHONE_NUMBER:(929) 220-6418]] | [[DATE_TIME:11/01/2019]] | $1,640 |""",
    """child,age,room,parent,pickup_phone,allergies
[[PERSON:Poppy Lawson]],[[AGE:2]],Caterpillars,[[PERSON:Kate Lawson]],[[PHONE_NUMBER:07934 118 220]],none
[[PERSON:Musa Jallow]],[[AGE:3]],Butterflies,[[PERSON:Isatou Jallow]],[[PHONE_NUMBER:07402 771 963]],eggs
[[PERSON:Freddie Kowalczyk]],[[AGE:3]],Butterflies,[[PERSON:Joanna Kowalczyk]],[[PHONE_NUMBER:07518 330 481]],dairy
[[PERSON:Arlo Bennett-Shah]],[[AGE:1]],Ladybirds,[[PERSON:Nisha Shah]],[[PHONE_NUMBER:07788 204 615]],none""",
    """cust_no\tname\tcity\tpostcode\tiban
[[ID_NUMBER:UK-55102]]\t[[PERSON:Owain Griffiths]]\t[[LOCATION:Cardiff]]\t[[ZIP_CODE:CF24 3DG]]\t[[IBAN_CODE:GB04 BARC 2003 5341 8753 12]]
[[ID_NUMBER:UK-55117]]\t[[PERSON:Ama Owusu]]\t[[LOCATION:Reading]]\t[[ZIP_CODE:RG1 7QN]]\t[[IBAN_CODE:GB10 LOYD 3096 3871 2099 44]]
[[ID_NUMBER:UK-55120]]\t[[PERSON:Lorna Baxter]]\t[[LOCATION:Carlisle]]\t[[ZIP_CODE:CA3 9PX]]\t[[IBAN_CODE:GB74 HBUK 4012 7627 1180 45]]""",
    """| Attendee | Affiliation | Email | Nationality | Dietary |
| --- | --- | --- | --- | --- |
| [[PERSON:Prof. Kwame Nkrumah-Boateng]] | University of Ghana | [[EMAIL_ADDRESS:knboateng@ug.edu.gh]] | [[NRP:Ghanaian]] | halal |
| [[PERSON:Dr. Ines Carvalho]] | Universidade do Porto | [[EMAIL_ADDRESS:icarvalho@fe.up.pt]] | [[NRP:Portuguese]] | vegetarian |
| [[PERSON:Tomás Ó Briain]] | NUI Galway | [[EMAIL_ADDRESS:tomas.obriain@universityofgalway.ie]] | [[NRP:Irish]] | none |
| [[PERSON:Ritu Bansal]] | IIT Delhi | [[EMAIL_ADDRESS:ritu.bansal@iitd.ac.in]] | [[NRP:Indian]] | jain |""",
    """PLATE     OWNER                  LICENCE NO.       CLASS  EXPIRES
[[ID_NUMBER:CX21 KLM]]  [[PERSON:Bethan Hughes]]          [[ID_NUMBER:HUGHE857264B99KX]]  B      2031-05-12
[[ID_NUMBER:LD70 RTY]]  [[PERSON:Marcus Adeleke-Ross]]    [[ID_NUMBER:ADELE905119MR8LP]]  B, C1  2029-11-30
[[ID_NUMBER:YS19 ZPA]]  [[PERSON:Krystyna Nowicka]]       [[ID_NUMBER:NOWIC762218K99ZT]]  B      2027-02-08""",
    """{"user": "[[USERNAME:apatel]]", "ts": "[[DATE_TIME:2025-03-11T07:58:02Z]]", "ip": "[[IP_ADDRESS:86.12.201.44]]", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/122.0", "ok": true}
{"user": "[[USERNAME:jmorrison]]", "ts": "[[DATE_TIME:2025-03-11T08:03:47Z]]", "ip": "[[IP_ADDRESS:2a00:23c5:8e01:4201:9d2:11ff:fe7a:3c10]]", "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)", "ok": false}
{"user": "[[USERNAME:apatel]]", "ts": "[[DATE_TIME:2025-03-11T08:04:19Z]]", "ip": "[[IP_ADDRESS:86.12.201.44]]", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/122.0", "ok": true}""",
    """athlete,dob,height_cm,club,country
[[PERSON:Tamsin Okeke]],[[DATE_TIME:14/02/2003]],178,Birchfield Harriers,[[LOCATION:England]]
[[PERSON:Kipchoge Rono]],[[DATE_TIME:02/09/1999]],171,Iten Athletics,[[LOCATION:Kenya]]
[[PERSON:Maddison Reid]],[[DATE_TIME:30/06/2001]],169,Sydney Striders,[[LOCATION:Australia]]""",
    """Name | Phone | T-shirt | Available
[[PERSON:Dolores Amaya]] | [[PHONE_NUMBER:505-221-8470]] | M | Sat AM
[[PERSON:Reggie Franklin]] | [[PHONE_NUMBER:505-639-1102]] | XL | Sat & Sun
[[PERSON:Hoa Tran]] | [[PHONE_NUMBER:505-880-4417]] | S | Sun PM
[[PERSON:Bill O'Connell]] | [[PHONE_NUMBER:505-204-7736]] | L | Sat AM""",
    """leerlingnummer;voornaam;achternaam;geboortedatum;groep;ouder_email
[[ID_NUMBER:30417]];[[PERSON:Sophie]];[[PERSON:van Dijk]];[[DATE_TIME:04-02-2017]];5;[[EMAIL_ADDRESS:m.vandijk@ziggo.nl]]
[[ID_NUMBER:30422]];[[PERSON:Mohamed]];[[PERSON:Bouzid]];[[DATE_TIME:19-09-2016]];5;[[EMAIL_ADDRESS:bouzid.fam@gmail.com]]
[[ID_NUMBER:30438]];[[PERSON:Julia]];[[PERSON:Hendriks]];[[DATE_TIME:30-11-2016]];5;[[EMAIL_ADDRESS:ilse.hendriks@kpnmail.nl]]""",
    """Naam: [[PERSON:Lien Van Acker]]
Functie: kleuterjuf
Personeelsnummer: [[ID_NUMBER:P-20418]]
Rijksregisternummer: [[ID_NUMBER:92.07.18-046.37]]
Adres: [[ADDRESS:Kerkstraat 14]], [[ZIP_CODE:9160]] [[LOCATION:Lokeren]]
GSM: [[PHONE_NUMBER:0472 18 39 05]]
Rekeningnummer: [[IBAN_CODE:BE30 0014 5572 8611]]
In dienst sinds: [[DATE_TIME:1 september 2015]]""",
    """Lp.;Imię i nazwisko;PESEL;Data urodzenia;Klasa;Telefon rodzica
1;[[PERSON:Antoni Zalewski]];[[ID_NUMBER:15311205576]];[[DATE_TIME:12.11.2015]];3a;[[PHONE_NUMBER:501 228 417]]
2;[[PERSON:Igor Michalak]];[[ID_NUMBER:06321903350]];[[DATE_TIME:19.12.2006]];4TI;[[PHONE_NUMBER:+48 694 120 338]]
3;[[PERSON:Jakub Grabowski]];[[ID_NUMBER:14230808512]];[[DATE_TIME:08.03.2014]];4b;[[PHONE_NUMBER:728 440 915]]""",
    """claim_no\tclaimant\tdob\tpolicy\tincident_date\tamount
CL-88120\t[[PERSON:Patricia Munroe]]\t[[DATE_TIME:1962-05-19]]\tHOM-220418\t[[DATE_TIME:2024-08-02]]\t4,210.00
CL-88134\t[[PERSON:Yusuf Demir]]\t[[DATE_TIME:1990-12-07]]\tAUT-310772\t[[DATE_TIME:2024-08-05]]\t12,880.50
CL-88141\t[[PERSON:Grace Otieno]]\t[[DATE_TIME:1975-03-28]]\tTRV-004417\t[[DATE_TIME:2024-07-29]]\t960.00""",
    """candidate_no,name,centre,subject,grade
[[ID_NUMBER:4417]],[[PERSON:Hollie Brampton]],63022,Biology,A*
[[ID_NUMBER:4418]],[[PERSON:Kieran Mahmoud]],63022,Biology,B
[[ID_NUMBER:4423]],[[PERSON:Shreya Venkatesh]],63022,Chemistry,A
[[ID_NUMBER:4431]],[[PERSON:Callum Reid]],63022,Physics,C""",
    """DATE        DESCRIPTION                      COUNTERPARTY IBAN            AMOUNT
2024-10-01  Huur oktober [[PERSON:M. de Graaf]]         [[IBAN_CODE:NL91SNSB0926318450]]           -1150.00
2024-10-03  Tikkie [[PERSON:Bram Jansen]]               [[IBAN_CODE:NL04KNAB0255173368]]             +23.50
2024-10-07  Terugbetaling [[PERSON:Eva Smit]]           [[IBAN_CODE:NL22RABO0318420977]]             +60.00""",
    """| Week | Engineer | Phone | Slack |
|------|----------|-------|-------|
| 2025-W10 | [[PERSON:Oksana Melnyk]] | [[PHONE_NUMBER:+44 7491 228 730]] | @[[USERNAME:oksana.m]] |
| 2025-W11 | [[PERSON:Diego Santander]] | [[PHONE_NUMBER:+34 612 448 091]] | @[[USERNAME:dsantander]] |
| 2025-W12 | [[PERSON:Babajide Oni]] | [[PHONE_NUMBER:+44 7700 631 208]] | @[[USERNAME:jide]] |""",
    """{"order_id": "WX-1184203", "ship_to": "[[PERSON:Mrs. Heather Lennox]]", "address": "[[ADDRESS:7 Thistle Brae]]", "town": "[[LOCATION:Stirling]]", "postcode": "[[ZIP_CODE:FK7 9HP]]", "phone": "[[PHONE_NUMBER:01786 471 208]]", "items": 3}
{"order_id": "WX-1184207", "ship_to": "[[PERSON:Rajiv Menon]]", "address": "[[ADDRESS:Flat 12, Ladywood House, 40 Broad Street]]", "town": "[[LOCATION:Birmingham]]", "postcode": "[[ZIP_CODE:B1 2HF]]", "phone": "[[PHONE_NUMBER:07956 448 211]]", "items": 1}
{"order_id": "WX-1184212", "ship_to": "[[PERSON:Niamh Gallagher]]", "address": "[[ADDRESS:22 Shore Road]]", "town": "[[LOCATION:Larne]]", "postcode": "[[ZIP_CODE:BT40 1HX]]", "phone": "[[PHONE_NUMBER:028 2827 4410]]", "items": 2}""",
    """emp_code,name,pan,aadhaar,ifsc,account_no
[[ID_NUMBER:IN-3041]],[[PERSON:Kavitha Ramaswamy]],[[ID_NUMBER:BQKPR2281L]],[[ID_NUMBER:285719403623]],SBIN0004417,[[ID_NUMBER:30418827719]]
[[ID_NUMBER:IN-3052]],[[PERSON:Mohit Agarwal]],[[ID_NUMBER:ATGPA7730K]],[[ID_NUMBER:491830275161]],ICIC0000412,[[ID_NUMBER:041201558820]]
[[ID_NUMBER:IN-3058]],[[PERSON:Farhan Siddiqui]],[[ID_NUMBER:CZLPS0917M]],[[ID_NUMBER:736204183954]],HDFC0001208,[[ID_NUMBER:50100731842290]]""",
    """Client\tSIN\tProvince\tPhone
[[PERSON:Nathalie Bouchard]]\t[[ID_NUMBER:273 140 988]]\t[[LOCATION:QC]]\t[[PHONE_NUMBER:418-622-9017]]
[[PERSON:Gurdeep Sandhu]]\t[[ID_NUMBER:518 906 128]]\t[[LOCATION:BC]]\t[[PHONE_NUMBER:604-572-3380]]
[[PERSON:Ashley MacInnis]]\t[[ID_NUMBER:046 231 759]]\t[[LOCATION:NS]]\t[[PHONE_NUMBER:902-444-1836]]""",
    """| Learner | ID number | Grade | Parent cell |
|:--|:--|:-:|:--|
| [[PERSON:Lethabo Mahlangu]] | [[ID_NUMBER:1209035812086]] | 6 | [[PHONE_NUMBER:071 338 2049]] |
| [[PERSON:Karabo Sithole]] | [[ID_NUMBER:1302140419085]] | 5 | [[PHONE_NUMBER:082 771 0463]] |
| [[PERSON:Zinhle Mthembu]] | [[ID_NUMBER:1105270727080]] | 7 | [[PHONE_NUMBER:083 602 1174]] |""",
    """Tenancy ref: TA/2024/0918
Landlord: [[PERSON:Lim Boon Huat]] (NRIC [[ID_NUMBER:S9612055I]])
Tenant: [[PERSON:Arvind Krishnan]] (FIN [[ID_NUMBER:G5124087T]])
Premises: [[ADDRESS:Blk 27 Dover Crescent, #12-44]], [[LOCATION:Singapore]] [[ZIP_CODE:130027]]
Commencement: [[DATE_TIME:1 Dec 2024]]
Monthly rent: S$3,200
Tenant mobile: [[PHONE_NUMBER:+65 8124 0937]]""",
    """card_no,name,dob,email,fines_due
[[ID_NUMBER:2900118820413]],[[PERSON:Eunice Abara]],[[DATE_TIME:1948-07-02]],[[EMAIL_ADDRESS:eunice.abara@gmail.com]],0.00
[[ID_NUMBER:2900118820429]],[[PERSON:Lachlan Doherty]],[[DATE_TIME:2010-10-10]],,1.20
[[ID_NUMBER:2900118820437]],[[PERSON:Soraya Haidari]],[[DATE_TIME:1987-01-23]],[[EMAIL_ADDRESS:soraya.h@live.com]],4.50""",
    """SEAT  NAME                     PASSPORT     NAT  DOB
14A   [[PERSON:OKAFOR]]/[[PERSON:CHIOMA]] [[TITLE:MS]]         [[ID_NUMBER:A07715294]]    [[NRP:NGA]]  [[DATE_TIME:03MAR88]]
14B   [[PERSON:OKAFOR]]/[[PERSON:ZIKORA]] [[TITLE:MISS]]       [[ID_NUMBER:A09127730]]    [[NRP:NGA]]  [[DATE_TIME:21AUG16]]
22F   [[PERSON:HENDERSON]]/[[PERSON:PAUL]] [[TITLE:MR]]        [[ID_NUMBER:553018264]]    [[NRP:GBR]]  [[DATE_TIME:09DEC71]]""",
    """| Mentor | Mentor email | Mentee | Mentee email | Start |
|---|---|---|---|---|
| [[PERSON:Dr. Ana-Maria Petrescu]] | [[EMAIL_ADDRESS:a.petrescu@kcl.ac.uk]] | [[PERSON:Jaden Okoye]] | [[EMAIL_ADDRESS:k2301884@kcl.ac.uk]] | [[DATE_TIME:7 Oct 2024]] |
| [[PERSON:Ben Whitlock]] | [[EMAIL_ADDRESS:ben.whitlock@kcl.ac.uk]] | [[PERSON:Safiya Noor]] | [[EMAIL_ADDRESS:k2309127@kcl.ac.uk]] | [[DATE_TIME:14 Oct 2024]] |""",
    """{"nhs_number": "[[ID_NUMBER:485 777 3465]]", "name": "[[PERSON:Dorothy Pennington]]", "dob": "[[DATE_TIME:1936-04-18]]", "postcode": "[[ZIP_CODE:TQ2 6LN]]", "registered": "[[DATE_TIME:2024-06-03]]"}
{"nhs_number": "[[ID_NUMBER:610 218 7423]]", "name": "[[PERSON:Kamal Hossain]]", "dob": "[[DATE_TIME:1979-09-12]]", "postcode": "[[ZIP_CODE:E1 6QL]]", "registered": "[[DATE_TIME:2024-06-04]]"}""",
    """class: Possums (3-4 yrs)
teacher: [[PERSON:Shelley Tamihana]]
parents:
  - name: [[PERSON:Jess Kirby]]
    child: [[PERSON:Harlow]]
    mobile: "[[PHONE_NUMBER:021 884 302]]"
    email: [[EMAIL_ADDRESS:jesskirby.nz@gmail.com]]
  - name: [[PERSON:Rangi Paewai]]
    child: [[PERSON:Mereana]]
    mobile: "[[PHONE_NUMBER:022 417 9930]]"
    email: [[EMAIL_ADDRESS:rangi.paewai@outlook.co.nz]]
  - name: [[PERSON:Anh Vo]]
    child: [[PERSON:Bao]]
    mobile: "[[PHONE_NUMBER:027 330 5188]]"
    email: null""",
    """ACCOUNT_ID   HOLDER              DOB          ZIP         STATUS
A-0091843    [[PERSON:Whitney Carrasco]]    [[DATE_TIME:1988-02-11]]   [[ZIP_CODE:85004]]       active
A-0091857    [[PERSON:Desmond Rahimi]]      [[DATE_TIME:1971-08-30]]   [[ZIP_CODE:85281-4417]]  closed
A-0091862    [[PERSON:Kiana Kealoha]]       [[DATE_TIME:1996-12-24]]   [[ZIP_CODE:85716]]       active""",
    """member_id,name,dob,eircode,phone,membership,paid
[[ID_NUMBER:GAA-10488]],[[PERSON:Ciarán Moynihan]],[[DATE_TIME:12/04/1995]],[[ZIP_CODE:V93 KX27]],[[PHONE_NUMBER:087 441 2093]],Adult Playing,yes
[[ID_NUMBER:GAA-10491]],[[PERSON:Órla Moynihan]],[[DATE_TIME:03/09/2012]],[[ZIP_CODE:V93 KX27]],[[PHONE_NUMBER:087 441 2093]],Juvenile,yes
[[ID_NUMBER:GAA-10502]],[[PERSON:Pádraig Ó Sé]],[[DATE_TIME:28/01/1968]],[[ZIP_CODE:V92 E4T1]],[[PHONE_NUMBER:066 915 6620]],Social,no""",
]

CHAT = [
    """[10:02] Agent [[PERSON:Marisol]]: Thanks for contacting Keystone Bank, who am I chatting with today?
[10:02] Customer: hi its [[PERSON:Derek Lindqvist]], my debit card got eaten by the ATM on Main
[10:03] Agent [[PERSON:Marisol]]: Sorry to hear that, [[PERSON:Derek]]! Can you verify your date of birth and the ZIP code on the account?
[10:03] Customer: [[DATE_TIME:6/14/1979]] and [[ZIP_CODE:55408]]
[10:04] Agent [[PERSON:Marisol]]: Thank you. I've blocked the card ending 2290. Should the new one go to [[ADDRESS:3120 Hennepin Ave S, Apt 402]]?
[10:05] Customer: yes. also can you text me at [[PHONE_NUMBER:612-824-0917]] when it ships
[10:05] Agent [[PERSON:Marisol]]: Done, you'll get a text within 5-7 business days.""",
    """[[[DATE_TIME:14/03/2025, 08:12]]] [[PERSON:Sarah Kelly]]: Can anyone grab [[PERSON:Ellie]] from Brookfield after school? I'm stuck at the hospital till 5
[[[DATE_TIME:14/03/2025, 08:15]]] [[PERSON:Tom Kelly]]: I've got a meeting till 4, ask your mum?
[[[DATE_TIME:14/03/2025, 08:17]]] Nana [[PERSON:Jean]]: I can do it love. Is it still [[PERSON:Mrs Okoro]] on the gate?
[[[DATE_TIME:14/03/2025, 08:18]]] [[PERSON:Sarah Kelly]]: Yes! I'll ring the office so they add you. Their number is 01632 960 400 if you need it
[[[DATE_TIME:14/03/2025, 08:19]]] [[PERSON:Sarah Kelly]]: and her friend [[PERSON:Maisie]]'s mum is [[PHONE_NUMBER:07723 118 405]] in case they go to the park""",
    """[[USERNAME:priya.s]]  9:41 AM
anyone know why the invoice job keeps failing for customer [[ID_NUMBER:48812]]?
[[USERNAME:ben.oconnor]]  9:43 AM
looks like the billing address is bad. it's stored as "[[ADDRESS:221 Kingsway]], [[LOCATION:Hove]]" with postcode "[[ZIP_CODE:BN3 4FE]]" but the name field has the whole email in it: [[EMAIL_ADDRESS:margaret.quinlan@sky.com]]
[[USERNAME:priya.s]]  9:44 AM
ugh. can you DM me her phone so I can call? don't paste PII here pls
[[USERNAME:ben.oconnor]]  9:44 AM
oops, sure. (it's [[PHONE_NUMBER:01273 722 904]] btw)
[[USERNAME:priya.s]]  9:45 AM
:facepalm:""",
    """Airtel Support: Welcome! Please share your registered mobile number.
User: [[PHONE_NUMBER:9845012367]]
Airtel Support: Thank you. May I know the name on the connection?
User: [[PERSON:Shalini Venugopal]], but the SIM is used by my father [[PERSON:K. Venugopal]]
Airtel Support: Noted. For the SIM replacement we need the Aadhaar of the account holder.
User: it is [[ID_NUMBER:2857 1940 3623]]
Airtel Support: Thank you [[PERSON:Ms. Shalini]]. Please visit the store at [[ADDRESS:No. 14, 80 Feet Road, Koramangala 4th Block]], [[LOCATION:Bengaluru]] with the original. Reference: SR-44018273.""",
    """IT Service Desk chat – transcript
[[PERSON:Ahmad]] (IT): Hi, you're through to the service desk. What's your student number?
[[PERSON:Ella Fitzroy]]: [[ID_NUMBER:c2291043]]
[[PERSON:Ahmad]] (IT): Thanks [[PERSON:Ella]]. I can see your account is locked after too many attempts. Can you confirm your date of birth?
[[PERSON:Ella Fitzroy]]: [[DATE_TIME:02/11/2004]]
[[PERSON:Ahmad]] (IT): Perfect. I've sent a reset link to your personal email, [[EMAIL_ADDRESS:ellafitz04@gmail.com]]. Don't share your new password with anyone, including us.
[[PERSON:Ella Fitzroy]]: got it, thank you!!""",
    """Little Acorns app – messages with Room Lead [[PERSON:Jo]]
[[PERSON:Jo]] (staff): Hi [[PERSON:Amira]], just to let you know [[PERSON:Yusuf]] had a little bump on his forehead at 11:20, we've put a cold pack on and he's fine. Accident form is in the app for you to sign.
[[PERSON:Amira Haddad]]: Thanks [[PERSON:Jo]]. His dad [[PERSON:Karim]] is collecting today, he might be a bit late, about 6:10
[[PERSON:Jo]] (staff): No problem, we close at 6:30. Is [[PHONE_NUMBER:07457 330 812]] still the best number for [[PERSON:Karim]]?
[[PERSON:Amira Haddad]]: Yes that's him. And from [[DATE_TIME:Monday 7 April]] [[PERSON:Yusuf]] will only come Mon-Wed""",
    """Virtual assistant: Hi! How can I help with your trip?
You: My passport number is wrong on booking KX4R7T
Virtual assistant: I'll connect you to an agent.
[[PERSON:Roberto]] (agent): Hello, I'm [[PERSON:Roberto]]. Which passenger needs the change?
You: Me, [[PERSON:Chinedu Nwachukwu]], flying [[DATE_TIME:23 May]]. The right number is [[ID_NUMBER:B02871194]], and my date of birth is [[DATE_TIME:17 Oct 1986]]
[[PERSON:Roberto]] (agent): Updated. I've emailed the revised itinerary to [[EMAIL_ADDRESS:c.nwachukwu@gmail.com]]. Anything else?
You: no thanks""",
    """Czat z pomocą techniczną Librusa
Konsultant [[PERSON:Michał]]: Dzień dobry, w czym mogę pomóc?
[[PERSON:Agnieszka Pawlak]]: Nie mogę się zalogować na konto rodzica. Login [[USERNAME:a.pawlak1984]]
Konsultant [[PERSON:Michał]]: Proszę podać imię i nazwisko dziecka oraz szkołę.
[[PERSON:Agnieszka Pawlak]]: [[PERSON:Filip Pawlak]], klasa 2c, SP nr 12 w [[LOCATION:Gdańsku]]
Konsultant [[PERSON:Michał]]: Dziękuję. Link do resetu hasła wysłałem na [[EMAIL_ADDRESS:agnieszka.pawlak84@onet.pl]]. Jeśli nie dotrze, proszę zadzwonić do sekretariatu szkoły.""",
]

LOOKALIKE = [
    """Order #114-8827391-4402915 shipped via UPS, tracking 1Z 999 AA1 01 2345 6784, invoice INV-2024-000417. Item: "Clean Code" (ISBN 978-0-13-235088-4), SKU BK-CLN-0132. Questions? Call our customer line at 1-800-555-0199 or write to orders@pagesandco.com. Firmware 10.4.2.117 on the scanner, build hash 3f9a2c7e1b. Return window closes 30 days after delivery.""",
    """Release notes for Harbor 2.11.3.4: fixed the Dijkstra routing bug reported in ticket CASE-00418822; the Fibonacci heap now handles 10,000-node test fixtures correctly. Checksum: sha1 a94a8fe5ccb19ba61c4c0873d391e987982fbbd3. Thanks to [[PERSON:Renata Oyelaran]] ([[EMAIL_ADDRESS:renata.oyelaran@gmail.com]]) for the patch and to the maintainers list (maintainers@harbor-project.org).""",
    """Welcome to the Abraham Lincoln Elementary open house! Parking is on Martin Luther King Jr. Boulevard and Washington Street. Room 214 hosts the Newton's Laws demo; the Alzheimer's fundraiser table is by the gym. For general questions call the front office at (555) 010-4000 or email office@lincolnelementary.org. Serial numbers of the loaner Chromebooks (e.g. 5CD1184Q7Z) must be returned by June 6. RSVP to the PTA chair, [[PERSON:Gwen Alvarado]], at [[EMAIL_ADDRESS:gwen.alvarado@yahoo.com]].""",
    """Shipment AWB 176-44182903 departed FRA at 14:05; container MSKU 441829-3, seal no. 0048172. Customs entry 24GB0L4X8R21A7. VAT no. GB 284 4417 03, EORI GB284441703000. Contact the duty desk at +44 20 7946 0018 or ops@portlink-freight.co.uk. Pallet dimensions 120 x 100 x 145 cm, gross weight 418 kg. Consignee contact on arrival: [[PERSON:Mr. Kwame Ofori]], [[PHONE_NUMBER:+44 7813 220 964]].""",
    """Bestelling 2024-NL-0088172 is verzonden met PostNL, track & trace 3SPOST0418827. Factuurnummer F-20931, klantenservice 020-800 4417 (ma-vr 9:00-17:00) of service@fietsonderdelen.nl. Artikel: remblokset SKU RB-4410-SH, EAN 8712345678906. Vragen over je bestelling? Je contactpersoon is [[PERSON:Daan Kuipers]], bereikbaar op [[PHONE_NUMBER:06 18 44 72 09]].""",
    """The Fed will publish the H.8 release at 4:15 p.m.; Treasury CUSIP 91282CJL6 matured 11/15. Meanwhile, the patent application US 2024/0187342 A1 cites Hodgkin's lymphoma studies and the Bell-LaPadula model. Part numbers 7-Eleven-0441, 3M-8210 and RS-232 adapters are on backorder; see docs v3.1.4.22 for config. Prepared by [[PERSON:J. Whitfield-Amos]].""",
    """Room bookings for Tuesday: Lecture Theatre 2 (cap. 240) booked by the Physics Society, course code PHYS-2110; Seminar room G.17 booked under booking ref BK-55102 by [[PERSON:Tunde Bakare]]. The projector asset tag UCL-AV-004417 is faulty; report to avsupport@estates.example.ac.uk or ext. 4417. Wi-Fi SSID eduroam, access point firmware 7.0.12.1, controller version string 2.4.18.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind60", STYLES, OUT)


if __name__ == "__main__":
    main()

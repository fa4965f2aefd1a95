"""Build tests/data/blind64.jsonl: a *blind*, hand-written labeled PII set (the sixty-fourth).

    .venv/bin/python tests/data/make_blind64.py

Blind: written without any knowledge of the detector. Read, and nothing
else: the module docstring and import lines of make_blind22.py (its lines
1-121) and its closing scaffolding from `STYLES = {` to the end (copied
below), gold_sets.py, and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). Not read:
minimize/, recognizers/, the bench scripts, the README, any test other than
those lines, any *.jsonl set, any other make_*.py script (their record
lists included), git history, log or status (`git status --porcelain | head -0` was run once
by mistake, its output discarded: nothing read, nothing changed). The detector, the bench and
the tests were never run on this file. Do not tune the detector against
it: once it has been used to tune, it no longer measures anything; write a
new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with their country's length (`gold_sets.check` refuses a bad
one); the national check digits inside the Belgian, French and Spanish
IBANs and inside the Norwegian account numbers are right too. National ids
with a public check digit were given a valid one: Swedish personnummer and
samordningsnummer (Luhn, sex digit agreeing with the person), Norwegian
fødselsnummer (both mod-11 digits, individual number agreeing
with the century and sex), Danish CPR numbers (the old mod-11 rule, last
digit agreeing with sex), NHS numbers, Canadian SINs, Aadhaar (Verhoeff),
Australian TFN and Medicare, NZ IRD and NHI, Irish PPSN, Singapore NRIC /
FIN, South African ids (sex and birth date agreeing), Brazilian CPF and
the Italian codice fiscale; so were the look-alikes that carry one
(ISBN-13, EAN-13, the Swedish organisation number).
All of these were worked out with hand-run throwaway code while writing,
not generated here. US SSNs, UK NI numbers, UK driving licences, PAN,
Nigerian BVN and NUBAN, Kenyan ids and KRA PINs, Philippine SSS numbers,
Argentine DNI, RAMQ and Medicare Beneficiary numbers, passports, plates, bank account numbers and staff, student, member,
patient and customer numbers were not checked.

Styles (ids `blind64-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: ai4privacy pii-masking-200k/300k/400k (odd, dense mixed
  sentences with names, job titles, streets with building numbers and
  separate secondary addresses, IPv4 / IPv6, MACs, user agents, cards with
  CVV and expiry, IBAN and BIC, crypto wallets, VINs, plates), gretel-pii-
  masking-en-v1 (domain documents: claims, contracts, leases, wills,
  notices, medical, lab, care and loan forms) and Nemotron-PII (JSON, log
  lines, SQL, XML, YAML, INI, .env, HL7, vCard, SWIFT MT103, code, commits,
  tickets and form dumps).
- `gen` (90): one to four sentences with personal data woven into prose,
  as a third-party LLM writes "realistic sentences with personal data".
  Extra weight (about 40 records) on social services, housing benefits,
  elderly care and local government; the rest spread over banking,
  insurance, health, pharmacy, legal, schools, HR, retail, travel,
  telecoms, faith, charities, gaming, social media, vets and more. Names at
  the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record rendered as text (CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks)
  with varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and case references, SKUs, ISBNs, EANs, IP-shaped
  versions, hashes, serials, organisation numbers, company phones, role
  mailboxes, eponyms, streets named after people with no number), the few
  real PII values labeled; one has no PII at all.

Languages: about nine records in ten in English (UK, Ireland, US, Canada,
Australia, New Zealand, India, Singapore, South Africa, Nigeria, Kenya,
Ghana, the Philippines and Caribbean contexts, with names from the many
cultures living there); 26 records in Swedish, Norwegian and Danish (gen
10, bench 10, table 4, chat 1, lookalike 1).

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (Mr, Mrs, Dr, Prof, Pastor, Judge, Shri, "DR" in an
  HL7 name field), labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor / lgh / H-number
  / "2. th."), PO boxes, rural routes with their box, house and building
  names; a secondary address or building number given apart is ADDRESS on
  its own. City, district, county, state / province (also abbreviated) and
  country are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, move, tenancy or
  job start, hearing, admission, signature, letter, login ...) with a day
  or a month, in any shape; a weekday or a clock time said with such a date
  is inside the span; a weekday or a time alone is not, nor bare years,
  seasons, durations, or dates not tied to a person (invoice, release,
  card expiry, value dates inside references).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member and learner numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys, tokens, genders, job titles,
  employers, user agents, MAC addresses, BIC / SWIFT codes, sort codes,
  BSB, branch and routing numbers, CVVs and expiries, PINs and codes,
  order / ticket / claim / case / policy / booking / tracking references,
  company phone numbers and role mailboxes, versions, hashes, serials,
  partial numbers ("ending 2231", "last 4 ... 3318"), room numbers, pets,
  eponyms and brands named after people, a header row.
- Calls made while writing this set, in the same spirit: crypto wallet
  addresses, VINs, IMEIs and device ids are not labeled, like MACs; a
  professional registration or certificate number (HPCSA, DBS) is
  ID_NUMBER like a staff number; a place name that locates a council,
  office, branch or depot serving the person (Bergen in "Bergen kommune",
  Maricopa County in "the Maricopa County Recorder", Houston in "the
  Houston Passport Agency", "our Toa Payoh branch") is LOCATION, while
  the names of employers, schools, clinics, care homes and benefit
  programmes ("Ontario Works") are left whole and unlabeled; a
  timestamp on a log, audit, email, commit or chat-export line that
  records an identified person's event (login, payment, change to their
  record, a message they sent) is DATE_TIME, a system line with no person
  is not; a "case", "claim" or "caseworker reference" number is a
  reference and stays unlabeled, a council tax or benefit customer number
  is ID_NUMBER; in a table a "sex", "gender", "role", "team" or "status"
  column stays unlabeled, an "age" column is AGE, a "country" column is
  LOCATION and a "nationality", "religion" or "faith" column is NRP.

Checking: besides running this script, the only other reading done after
writing was throwaway code over this set's own output (blind64.jsonl), to
re-check the national check digits and to look for names, places, phones
and emails left outside a span; no other set was opened.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind64.jsonl")

BENCH = [
    # ai4privacy-like
    """Dear [[PERSON:Harriet Vandervort]], as the newly appointed Lead Accountability Strategist for our [[LOCATION:Port Ellamouth]] office, please confirm the reimbursement of £612.40 to IBAN [[IBAN_CODE:GB68BARC20041563958172]] (BIC BARCGB22) before the quarter closes.""",
    """Your device with MAC 3c:22:fb:91:0e:7a and IP [[IP_ADDRESS:172.16.254.19]] attempted to log in as [[USERNAME:Rosalind_Kuhic]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15. If this wasn't you, [[PERSON:Rosalind]], reset your password immediately.""",
    """[[PERSON:Keanu]], your Discover card [[CREDIT_CARD:6011004927163853]] (exp 09/27, CVV 418) was charged ₹4,920 for the workshop on inclusive hiring hosted at [[ADDRESS:8812 Okuneva Crossing]], [[ADDRESS:Apt. 509]], [[LOCATION:West Daron]], [[LOCATION:Kentucky]].""",
    """Notice to [[PERSON:Mx. Jordan Ellery]]: onboarding as Senior Tactics Facilitator on [[DATE_TIME:03/11/2024]] requires your date of birth ([[DATE_TIME:17/05/1989]]), your age ([[AGE:35]]) and a scan of your passport [[ID_NUMBER:K2R884103]].""",
    """Transfer 0.0421 BTC from wallet bc1q9h7garjv6xk2n3d4g0tqk5ay8pl6m3r0w5xjq2 to [[PERSON:Benedikt Rau]] at [[ADDRESS:51 Wolfgang-Hahn-Straße]], [[LOCATION:Oberhausen]] [[ZIP_CODE:46045]] and quote the vehicle VIN WBA8E9C52GK645312 in the memo.""",
    """Hello [[PERSON:Tamsin]], we noticed a login from [[IP_ADDRESS:2a02:c7f:8e52:1d00:5cd1:3fa2:b09e:4410]] on [[DATE_TIME:14/10/2024 03:17]]. Your account PIN 7730 remains unchanged. Reply from [[EMAIL_ADDRESS:tamsin.okoro@protonmail.com]] if this was you.""",
    """The [[AGE:62]]-year-old [[NRP:Portuguese]] male living at [[ADDRESS:Rua das Flores 118, 3.º Esq.]], [[LOCATION:Porto]] [[ZIP_CODE:4050-262]], height 172 cm, eye colour brown, holds card [[CREDIT_CARD:5167 3240 8817 2533]] and was last seen near the zone 4 checkpoint.""",
    """Dear [[PERSON:Ms. Quigley]], your application for the Principal Branding Agent role was received. Please send the signed offer to [[ADDRESS:3307 Lakin Gateway]], [[ADDRESS:Suite 144]], [[LOCATION:North Yessenia]], [[LOCATION:NV]] [[ZIP_CODE:89417]] and call [[PHONE_NUMBER:+1-702-555-0139]] with questions.""",
    """Account holder [[PERSON:Imogen Farquharson-Lee]] requested that the pension payout of €18,300 be routed to [[IBAN_CODE:IE68 BOFI 9000 1752 3961 41]] with BIC BOFIIE2D; her PPS number is [[ID_NUMBER:8412375M]] and she retires on [[DATE_TIME:30/06/2025]].""",
    """Hej [[PERSON:Linnea Åström]], din beställning av kurslitteratur skickas till [[ADDRESS:Östra Hamngatan 22, lgh 1104]], [[ZIP_CODE:411 10]] [[LOCATION:Göteborg]]. Betalningen med kort [[CREDIT_CARD:4556 7301 9284 4175]] (utg. 11/26) godkändes från IP [[IP_ADDRESS:83.252.17.204]].""",
    """[[PERSON:Yaw Darko]] (username [[USERNAME:ydarko_77]], password Gh#2291!x) updated his profile: job title Dynamic Intranet Liaison, gender male, DOB [[DATE_TIME:1977-09-02]], phone [[PHONE_NUMBER:+233 24 418 7760]], profile [[URL:https://www.linkedin.com/in/yaw-darko-77]].""",
    """Please ship the replacement badge for [[PERSON:Dr. Ingrid Vasquez-Holm]] to [[ADDRESS:Building 4]], [[ADDRESS:919 Gusikowski Row]], [[LOCATION:Lake Marcellus]], [[LOCATION:OR]]; her employee ID is [[ID_NUMBER:EMP-00931]] and her direct line is [[PHONE_NUMBER:503.555.0190]].""",
    """Greetings [[PERSON:Anselm]], the ethereum address 0x7d3A1f09cE2b44D8a51B6e0f92c7aE3D5b8104fF has been linked to your account; your IP at the time was [[IP_ADDRESS:45.133.9.218]] and your user agent Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0.""",
    """[[PERSON:Ngozi Chukwuemeka]], [[AGE:41]], female, Principal Security Planner at Kub Group, lives at [[ADDRESS:6 Ogunlana Drive]], [[LOCATION:Surulere]], [[LOCATION:Lagos]], and her vehicle plate [[ID_NUMBER:KJA-452-FQ]] was recorded at the gate at 07:42.""",
    """Kjære [[PERSON:Håkon Solli]], refusjonen på kr 3 480 overføres til kontonummer [[ID_NUMBER:1503.42.77815]] innen [[DATE_TIME:15. mars]]. Vi har registrert adressen [[ADDRESS:Thereses gate 41, H0302]], [[ZIP_CODE:0354]] [[LOCATION:Oslo]] og mobilnummer [[PHONE_NUMBER:482 19 663]].""",
    """Hi [[PERSON:Cormac]], the 2FA code for account [[USERNAME:cormac.dunne]] was sent to [[PHONE_NUMBER:+353 85 771 2049]]. Your last sign-in was from [[IP_ADDRESS:89.101.44.12]] on [[DATE_TIME:Tue, 4 Feb 2025 18:05]]. The code 553 901 expires in 10 minutes.""",
    """Our records show [[PERSON:Aaliyah Brooks-Whitman]] (SSN [[US_SSN:521-47-3096]]) relocated from [[LOCATION:Tulsa]] to [[ADDRESS:2284 Ridgeview Terrace]], [[LOCATION:Aurora]], [[LOCATION:CO]] [[ZIP_CODE:80013]]; please update the W-4 on file and her Future Factors Coordinator role in the HRIS.""",
    """Good morning [[PERSON:Mr. Pieterse]], the tuition balance of R12 450 for your son [[PERSON:Ruan]] can be paid into account [[ID_NUMBER:62094471158]] (branch 250655) or by card; the card you used last term, [[CREDIT_CARD:4263981066277513]], has been declined twice.""",
    """Kære [[PERSON:Frederik Holm Nielsen]], din ansøgning om SU-lån er modtaget. Udbetalingen sker til [[IBAN_CODE:DK47 3000 3741 9925 86]] fra den [[DATE_TIME:1. september]]. Log ind fra IP [[IP_ADDRESS:87.61.102.33]] med brugernavnet [[USERNAME:fhn_2003]] for at følge din sag.""",
    """Please note the change of primary contact for tenancy TEN-88213: [[PERSON:Beatriz Oliveira Santos]], [[PHONE_NUMBER:(11) 98744-2031]], [[EMAIL_ADDRESS:bia.santos@uol.com.br]], CPF [[ID_NUMBER:318.540.762-80]], effective [[DATE_TIME:02/12/2024]].""",
    """[[PERSON:Saanvi Kulkarni]], the Internal Mobility Officer, asked that the refund for the cancelled workshop be credited to her card [[CREDIT_CARD:5425 2331 0087 2145]]; the workshop was at [[ADDRESS:4410 Bins Summit]] and her laptop MAC a4:83:e7:2c:19:b0 was whitelisted on the guest Wi-Fi.""",
    """Reminder: [[PERSON:Otieno]], the vehicle [[ID_NUMBER:KDG 318M]] registered to you must be inspected at the [[LOCATION:Mombasa]] centre by [[DATE_TIME:28/02/2025]]. Text [[PHONE_NUMBER:+254 733 602 118]] back with a new slot if you cannot make it.""",
    """The account of [[PERSON:Leilani Kaʻaihue]] (customer no. [[ID_NUMBER:CU-4471-0932]]) shows the password reset was requested from [[IP_ADDRESS:74.208.141.55]] with user agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148; her zip code [[ZIP_CODE:96740]] was entered correctly.""",
    """Could [[PERSON:Prof. Emeka Obi]] of the Department of Creative Accounting please return the laptop with serial C02XK3JHJG5H to the office at [[ADDRESS:27 Tinubu Close]], [[LOCATION:Ikeja]]? His staff ID [[ID_NUMBER:UL/ST/4418]] will otherwise be suspended on Friday.""",
    """[[PERSON:Ayesha Siddiqui]], your MasterCard [[CREDIT_CARD:5321 1886 0974 4028]] with CVV 902 expires on 08/26. Update it in the portal and we will text [[PHONE_NUMBER:0300 4471982]] once the new card is linked.""",
    """Employee [[PERSON:Rhys Llewellyn]] ([[AGE:27]]), Forward Response Designer, gender: non-binary, asks payroll to use IBAN [[IBAN_CODE:GB16HBUK40112781952066]] and the address [[ADDRESS:Flat 2]], [[ADDRESS:17 Cathedral Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF11 9HA]] from [[DATE_TIME:1 March]].""",
    """To: [[EMAIL_ADDRESS:g.papadopoulos@kub-hahn.gr]] – [[PERSON:Georgios]], the VIN JTDBR32E930118467 and the plate [[ID_NUMBER:ΙΚΧ-4512]] you submitted do not match our records; the request came from [[IP_ADDRESS:94.66.51.207]].""",
    """[[PERSON:Valentina Russo]], born [[DATE_TIME:12/09/1994]] in [[LOCATION:Bari]], codice fiscale [[ID_NUMBER:RSSVNT94P52A662G]], has been approved as Regional Paradigm Engineer; salary goes to [[IBAN_CODE:IT13R0503411701000000718293]].""",
    """Hi [[PERSON:Tobias]], thank you for joining the webinar from [[LOCATION:Graz]]. Your certificate will be posted to [[ADDRESS:Schönaugasse 14/7]], [[ZIP_CODE:8010]] [[LOCATION:Graz]], and the refund of €45 has gone to [[IBAN_CODE:DE90 1007 0024 0418 3372 00]].""",
    """[[PERSON:Laszlo Fekete]] ([[USERNAME:lfekete]]) from [[IP_ADDRESS:10.14.2.77]] on device MAC 5c:f9:38:a1:07:d2 opened the payroll share at 02:14; the account was flagged for review by [[PERSON:Priscilla Amankwah]].""",
    """Dear [[PERSON:Mrs. Abernathy-Cole]], $1,204.77 will be debited from card [[CREDIT_CARD:4024 0071 8825 6308]] on the 15th. Your PIN 0904 and CVV 771 will never be requested by email. Questions? Visit our branch at [[ADDRESS:600 Lowe Harbors]], [[LOCATION:Jaskolskiburgh]].""",
    """Patient [[PERSON:Ifeoma Nwachukwu]], [[AGE:58]], blood type O+, was seen at the Wellness Annex on [[DATE_TIME:February 27th, 2025 at 16:05]]; next of kin [[PERSON:Chukwudi Nwachukwu]], [[PHONE_NUMBER:+234 803 441 2290]].""",
    """[[PERSON:Vikram Sethi]], your Aadhaar-linked mobile [[PHONE_NUMBER:+91 99100 48327]] was used to request an e-KYC on [[DATE_TIME:09-01-2025 11:42]] from IP [[IP_ADDRESS:117.204.88.31]]; Aadhaar [[ID_NUMBER:6183 0427 7594]], PAN [[ID_NUMBER:BKVPS3310Q]].""",
    """Hello [[PERSON:Mei-Ling]], your rental car (plate [[ID_NUMBER:SJD4471K]]) was returned to the [[LOCATION:Changi]] depot with a fuel shortfall; the $38 charge went to your Diners card [[CREDIT_CARD:3612 843905 7164]].""",
    """Welcome to the team, [[PERSON:Olamide]]! Your badge photo, DOB ([[DATE_TIME:Jan 30, 1996]]) and bank details (IBAN [[IBAN_CODE:NL84 RABO 0312 4567 86]], BIC RABONL2U) are saved. Your desk is on the 6th floor of [[ADDRESS:Wibautstraat 131]], [[LOCATION:Amsterdam]].""",
    # gretel-like domain documents
    """CLAIM FORM – HOME CONTENTS
Policyholder: [[PERSON:Graham Whitcombe]]
Policy no.: HC-44018829
Date of birth: [[DATE_TIME:21/08/1967]]
Address: [[ADDRESS:5 Mill Lane]], [[LOCATION:Great Shelford]], [[LOCATION:Cambridgeshire]] [[ZIP_CODE:CB22 5EJ]]
Date of loss: [[DATE_TIME:02/11/2024]]
Description: Burglary through the rear patio door; laptop, jewellery and a bicycle taken. Police crime reference 37/88120/24.
Settlement to: sort code 30-99-21, account [[ID_NUMBER:70446813]]
Declaration signed by the policyholder on [[DATE_TIME:05/11/2024]].""",
    """EMPLOYMENT AGREEMENT
This Agreement is made on [[DATE_TIME:January 15, 2025]] between Northgate Logistics LLC ("Employer") and [[PERSON:Marisol Ortega-Vance]] ("Employee"), residing at [[ADDRESS:1187 Cypress Bend Dr]], [[LOCATION:Kissimmee]], [[LOCATION:FL]] [[ZIP_CODE:34746]].
1. Position. Employee shall serve as Regional Dispatch Supervisor beginning [[DATE_TIME:February 3, 2025]].
2. Compensation. Base salary of $68,500 per year, paid bi-weekly by direct deposit to account [[ID_NUMBER:4418 2093 771]] (routing 063100277).
3. Records. Employee's Social Security Number ([[US_SSN:589-22-4106]]) and U.S. passport number ([[US_PASSPORT:A04418275]]) are held in the confidential personnel file.
Signed: [[PERSON:Marisol Ortega-Vance]]        Signed: [[PERSON:Derek Haney]], VP Operations""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Sunita Ramdhanie]]   MRN: [[ID_NUMBER:MRN-7730418]]   DOB: [[DATE_TIME:1959-04-11]]   Age: [[AGE:65]]
Admitted: [[DATE_TIME:2024-10-02]]   Discharged: [[DATE_TIME:2024-10-07]]
Attending: [[PERSON:Dr. Oluwaseyi Adebayo]]
Diagnosis: community-acquired pneumonia; type 2 diabetes.
Follow-up: GP [[PERSON:Dr. Hamish Grant]] within 7 days; repeat chest X-ray in 6 weeks.
Emergency contact: [[PERSON:Vishal Ramdhanie]] (son), [[PHONE_NUMBER:+1 868 765 4102]]""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Kwabena Osei-Tutu]]
Date of birth: [[DATE_TIME:3 May 1985]]   Marital status: married
Address: [[ADDRESS:Flat 9, 41 Brixton Water Lane]], [[LOCATION:London]] [[ZIP_CODE:SW2 1PH]] (at this address since [[DATE_TIME:July 2018]])
Employer: Guy's and St Thomas' NHS Foundation Trust, annual income £38,200
Amount requested: £7,500 over 48 months (car purchase)
National Insurance no.: [[ID_NUMBER:JT 62 18 44 B]]
Current account: [[IBAN_CODE:GB35 MIDL 4005 1522 3789 01]]
Mobile: [[PHONE_NUMBER:07958 312 406]]   Email: [[EMAIL_ADDRESS:kwabena.ot@gmail.com]]""",
    """HYRESAVTAL FÖR BOSTADSLÄGENHET
Hyresvärd: Fastighets AB Granen, org.nr 556614-7319
Hyresgäst: [[PERSON:Emma Sjöberg]], personnummer [[ID_NUMBER:930621-7788]]
Lägenhet: [[ADDRESS:Sveavägen 117, lgh 1302]], [[ZIP_CODE:113 50]] [[LOCATION:Stockholm]]
Hyrestid: från och med [[DATE_TIME:2025-04-01]], tills vidare
Månadshyra: 9 840 kr, betalas till bankgiro 5402-9981 senast sista vardagen före varje månad.
Hyresgästens telefon: [[PHONE_NUMBER:070-314 58 29]], e-post: [[EMAIL_ADDRESS:emma.sjoberg93@hotmail.se]]
Underskrift hyresgäst: [[PERSON:Emma Sjöberg]]   Datum: [[DATE_TIME:2025-03-12]]""",
    """NOTICE SEEKING POSSESSION (Section 8, Housing Act 1988)
To: [[PERSON:Mr Tariq Hussain]] and [[PERSON:Mrs Rukhsana Hussain]]
Of: [[ADDRESS:23 Lumb Lane]], [[LOCATION:Bradford]] [[ZIP_CODE:BD8 7QY]]
Your landlord, [[PERSON:Mr Clive Atherton]], intends to apply to the court for an order requiring you to give up possession on grounds 8, 10 and 11. Proceedings will not begin earlier than [[DATE_TIME:14 April 2025]].
Rent arrears at the date of this notice: £3,150.00.
Signed: [[PERSON:C. Atherton]]   Dated: [[DATE_TIME:31 March 2025]]
Landlord's address for service: [[ADDRESS:Holme Farm, Moor Road]], [[LOCATION:Keighley]] [[ZIP_CODE:BD20 6LA]]""",
    """HENVISNING – Geriatrisk Afdeling
Patient: [[PERSON:Inger Margrethe Dahl]], CPR [[ID_NUMBER:171158-1312]]
Adresse: [[ADDRESS:Ryesgade 8, 3. mf.]], [[ZIP_CODE:2200]] [[LOCATION:København N]]
Henvisende læge: [[PERSON:Niels Krogh]], praksis tlf. 35 37 12 00
Årsag: Tiltagende hukommelsesbesvær og to fald siden [[DATE_TIME:december]]. Bor alene, hjemmepleje to gange dagligt.
Pårørende: datter [[PERSON:Camilla Dahl]], [[PHONE_NUMBER:22 71 45 90]]
Dato: [[DATE_TIME:20.02.2025]]""",
    """SØKNAD OM FORBRUKSLÅN
Søker: [[PERSON:Anders Kvamme]]
Fødselsnummer: [[ID_NUMBER:24056128502]]
Adresse: [[ADDRESS:Storgata 88]], [[ZIP_CODE:9008]] [[LOCATION:Tromsø]]
Sivilstand: gift   Arbeidsgiver: Hurtigruten AS
Brutto årsinntekt: 612 000 kr
Ønsket lånebeløp: 150 000 kr, nedbetalingstid 5 år
Utbetales til konto: [[ID_NUMBER:6021 33 50180]]
Telefon: [[PHONE_NUMBER:+47 977 40 318]]
E-post: [[EMAIL_ADDRESS:anders.kvamme@gmail.com]]
Dato: [[DATE_TIME:11.01.2025]]""",
    """WORKERS' COMPENSATION – FIRST REPORT OF INJURY
Employee: [[PERSON:Jamal Whitaker]]   SSN: [[US_SSN:233-71-0458]]   DOB: [[DATE_TIME:06/14/1979]]
Home address: [[ADDRESS:402 Catawba St]], [[LOCATION:Rock Hill]], [[LOCATION:SC]] [[ZIP_CODE:29730]]
Phone: [[PHONE_NUMBER:(803) 555-0164]]
Date/time of injury: [[DATE_TIME:11/18/2024 6:40 AM]]
Description: Employee slipped on hydraulic fluid while loading trailer 22 and fractured his left wrist.
Treating physician: [[PERSON:Dr. Melissa Grant]], Piedmont Urgent Care
Supervisor: [[PERSON:Ron Tolliver]]""",
    """Subject Access Request
I, [[PERSON:Sinéad Ó Ceallaigh]], request a copy of all personal data you hold about me under Article 15 GDPR.
Customer number: [[ID_NUMBER:C-00738142]]
Previous address: [[ADDRESS:11 Shandon Street]], [[LOCATION:Cork]] (until [[DATE_TIME:May 2022]])
Current address: [[ADDRESS:Apt 6, The Mill]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]] [[ZIP_CODE:P31 HX72]]
Date of birth: [[DATE_TIME:08/03/1991]]
Please reply to [[EMAIL_ADDRESS:sinead.oceallaigh@gmail.com]].
Signed [[DATE_TIME:12 January 2025]]""",
    """MOTOR ACCIDENT REPORT
Driver 1: [[PERSON:Priyanka Venkatesh]], licence no. [[ID_NUMBER:VENKA856147P99LK]], vehicle [[ID_NUMBER:WV70 HXN]]
Driver 2: [[PERSON:Stuart McAllister]], licence no. [[ID_NUMBER:MCALL703052S99TX]], vehicle [[ID_NUMBER:SA18 KLO]]
Location: junction of Great Western Road and Byres Road, [[LOCATION:Glasgow]]
Date and time: [[DATE_TIME:Thursday 16 January 2025, 17:55]]
Witness: [[PERSON:Eilidh Fraser]], [[PHONE_NUMBER:07700 933 115]]
Police attended: yes, incident PS-20250116-2387""",
    """Dear [[PERSON:Mr. Adebowale Ogunleye]],
Re: Account [[ID_NUMBER:3094417702]] – update of customer information
Our records show that your means of identification (international passport no. [[ID_NUMBER:A09183446]]) expired on 30/11/2024. To avoid restrictions on the account, please visit any branch with a valid ID and proof of address (a utility bill for [[ADDRESS:14B Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]) before [[DATE_TIME:31 January 2025]].
Yours faithfully,
[[PERSON:Funmilayo Ajayi]]
Relationship Manager""",
    """STUDENT ENROLMENT FORM – 2025
Student: [[PERSON:Aarav Sharma]]   Date of birth: [[DATE_TIME:22/10/2014]]   Year level: 5
Medicare no.: [[ID_NUMBER:4183 02769 2]]
Home address: [[ADDRESS:17 Wattle Grove]], [[LOCATION:Blacktown]] [[LOCATION:NSW]] [[ZIP_CODE:2148]]
Parent/guardian 1: [[PERSON:Neha Sharma]], [[PHONE_NUMBER:0412 558 930]], [[EMAIL_ADDRESS:neha.sharma.au@gmail.com]]
Parent/guardian 2: [[PERSON:Rohit Sharma]], [[PHONE_NUMBER:0433 207 164]]
Language spoken at home: Hindi   Religion: [[NRP:Hindu]]
Previous school: Seven Hills Public School""",
    """IN THE ENVIRONMENT AND LAND COURT
Civil Case No. E118 of 2024
[[PERSON:JOSEPH KIPRONO LANGAT]] ........ PLAINTIFF
VERSUS
[[PERSON:GRACE WAMBUI NJOROGE]] ........ DEFENDANT
RULING
1. The plaintiff, who holds national ID No. [[ID_NUMBER:22870415]] and resides in [[LOCATION:Eldoret]], seeks an injunction restraining the defendant from selling land parcel LR No. 20418/77.
2. The application was filed on [[DATE_TIME:4th March 2024]] and served on the defendant at her residence in [[LOCATION:Karen]], [[LOCATION:Nairobi]].
Delivered virtually this [[DATE_TIME:18th day of October, 2024]].
[[PERSON:A. K. MUTUA]]
JUDGE""",
    """TRAVEL INSURANCE CLAIM
Insured: [[PERSON:Chloé Martin-Dubois]]   Policy: TRV-2291-0087
Trip: [[LOCATION:Montréal]] to [[LOCATION:Lisbon]], [[DATE_TIME:10 June 2024]] – [[DATE_TIME:24 June 2024]]
Incident: suitcase lost on the connecting flight through [[LOCATION:Toronto]]; property irregularity report YYZAC48812.
Claimed amount: CAD 1,860.00
Reimbursement to: [[IBAN_CODE:FR76 1027 8060 7500 0208 7154 455]] (BIC CMCIFR2A)
Contact: [[PHONE_NUMBER:+1 514 555 0128]], [[EMAIL_ADDRESS:chloe.martindubois@videotron.ca]]""",
    """Private and confidential
[[PERSON:Mr. Dwayne Ferreira]]
[[ADDRESS:28 Kingfisher Crescent]]
[[LOCATION:Milnerton]]
[[ZIP_CODE:7441]]
[[DATE_TIME:7 February 2025]]
Dear [[PERSON:Dwayne]]
NOTICE OF DISCIPLINARY HEARING
You are required to attend a disciplinary hearing on [[DATE_TIME:Thursday, 13 February 2025 at 09:00]] in the boardroom. The chairperson will be [[PERSON:Ms. Nadia Hendricks]]. You may be represented by a fellow employee.
Employee number: [[ID_NUMBER:44817]]   ID number: [[ID_NUMBER:7711195882084]]
[[PERSON:Johan van der Merwe]]
HR Manager""",
    """LABORATORY REPORT
Patient: [[PERSON:O'SULLIVAN]], [[PERSON:Maeve]]   Sex: F   DOB: [[DATE_TIME:14-Mar-1972]]   Hospital no.: [[ID_NUMBER:H0448129]]
Collected: [[DATE_TIME:22-Jan-2025 08:14]]   Reported: [[DATE_TIME:22-Jan-2025 13:40]]
Requesting clinician: [[PERSON:Dr. R. Fitzpatrick]]
HbA1c 58 mmol/mol (H)   eGFR 71   TSH 2.1
Comment: please repeat HbA1c in 3 months.""",
    """SKADEANMÄLAN – HEMFÖRSÄKRING
Försäkringstagare: [[PERSON:Mikael Johansson]]
Personnummer: [[ID_NUMBER:19670115-2818]]
Adress: [[ADDRESS:Björkvägen 14]], [[ZIP_CODE:752 36]] [[LOCATION:Uppsala]]
Försäkringsnummer: 4401-88213-07
Skadedatum: [[DATE_TIME:2025-01-19]]
Beskrivning: Vattenläcka från diskmaskinen, parkettgolvet i köket är förstört.
Ersättning betalas till: [[IBAN_CODE:SE41 3000 0000 0830 1211 4563]]
Mobil: [[PHONE_NUMBER:070-884 21 57]]""",
    """LAST WILL AND TESTAMENT
I, [[PERSON:Beatrice Louise Hammond]], of [[ADDRESS:The Old Rectory, Church Street]], [[LOCATION:Little Wenlock]], [[LOCATION:Shropshire]] [[ZIP_CODE:TF6 5BB]], born [[DATE_TIME:2 December 1938]], revoke all former wills and appoint my nephew [[PERSON:Oliver Hammond]] of [[ADDRESS:41 Cromwell Avenue]], [[LOCATION:Highgate]], [[LOCATION:London]], as my executor.
I give my cottage at [[ADDRESS:2 Stone Row]], [[LOCATION:Much Wenlock]] to my goddaughter [[PERSON:Felicity Ames]].
Signed on the [[DATE_TIME:9th day of May 2023]] in the presence of [[PERSON:Graham Pike]] and [[PERSON:Susan Pike]].""",
    """[[DATE_TIME:Monday 24 February 2025]]
Dear Customer Relations,
My name is [[PERSON:Grace Mwangi]] and I have been your customer since 2019. My account number is [[ID_NUMBER:7741 0092 188]] and my line is [[PHONE_NUMBER:0743 991 204]]. Since [[DATE_TIME:12 February]] I have been charged twice for the same data bundle. I have called 0800 720 000 four times without any result. Please refund the KSh 2,400 to my M-Pesa.
Yours faithfully,
[[PERSON:Grace Mwangi]]
[[ADDRESS:House 14, Kileleshwa Gardens, Othaya Road]], [[LOCATION:Nairobi]]""",
    """TRANSFER OF WHOLE OF REGISTERED TITLE(S)
Title number: WYK 771042
Property: [[ADDRESS:8 Bankfield Terrace]], [[LOCATION:Otley]] [[ZIP_CODE:LS21 3DW]]
Date: [[DATE_TIME:28 February 2025]]
Transferor: [[PERSON:Christopher James Holroyd]] of [[ADDRESS:8 Bankfield Terrace]], [[LOCATION:Otley]]
Transferee: [[PERSON:Aisha Begum]] and [[PERSON:Imran Rashid]] of [[ADDRESS:Flat 5, 33 Victoria Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1DR]]
Consideration: £247,500
Signed as a deed by [[PERSON:Christopher James Holroyd]] in the presence of [[PERSON:Danielle Kerr]], [[ADDRESS:19 Westgate]], [[LOCATION:Otley]]""",
    """PARTICIPANT CONSENT FORM – Study HEART-22
Participant name: [[PERSON:Rangi Parata]]   Participant no.: [[ID_NUMBER:P-0417]]
NHI number: [[ID_NUMBER:JBX4121]]   Date of birth: [[DATE_TIME:19/11/1958]]
I agree to take part in the above study and understand that I can withdraw at any time without giving a reason.
Signature: ________   Date: [[DATE_TIME:04/03/2025]]
Researcher: [[PERSON:Dr. Anjali Prasad]]   Mobile: [[PHONE_NUMBER:021 448 3107]]""",
    """CHILD AND FAMILY ASSESSMENT – SUMMARY
Child: [[PERSON:Kayden Price]]   DOB: [[DATE_TIME:07/09/2018]]   Age: [[AGE:6]]
Mother: [[PERSON:Stacey Price]], [[ADDRESS:42 Harebell Way]], [[LOCATION:Rhyl]] [[ZIP_CODE:LL18 4TY]], tel. [[PHONE_NUMBER:07482 661 930]]
Father: [[PERSON:Liam Davies]] (no contact since spring 2023)
Social worker: [[PERSON:Rebecca Hughes]]   Team manager: [[PERSON:Gethin Roberts]]
Referral received [[DATE_TIME:13/01/2025]] from the school nurse, [[PERSON:Mandy Owen]].
Outcome: child in need plan; review on [[DATE_TIME:14/04/2025]].""",
    """PERSON-CENTRED CARE PLAN
Name: [[PERSON:Winifred]] ([[PERSON:Winnie]]) [[PERSON:Castellano]]   Room 14, Primrose Wing
Date of admission: [[DATE_TIME:2 September 2024]]
Date of birth: [[DATE_TIME:27/06/1931]]   Age: [[AGE:93]]
NHS number: [[ID_NUMBER:721 903 4482]]
GP: [[PERSON:Dr. Chen]], Riverside Surgery
Next of kin: [[PERSON:Paul Castellano]] (son), [[PHONE_NUMBER:07766 502 318]]
Faith: [[NRP:Roman Catholic]], likes to receive Communion on Sundays
Mobility: walking frame; hoist for bathing. Diet: soft, no pork.""",
    """NOTICE OF ACTION – SUPPLEMENTAL NUTRITION ASSISTANCE PROGRAM
Date: [[DATE_TIME:December 2, 2024]]
Case name: [[PERSON:Rosa Maria Gutierrez]]   Case number: 0918847213
[[ADDRESS:1420 E 7th St Apt 3]]
[[LOCATION:Long Beach]], [[LOCATION:CA]] [[ZIP_CODE:90813]]
Your CalFresh benefits will increase from $291 to $536 a month starting [[DATE_TIME:January 1, 2025]] because your household now has 3 members.
If you disagree, you may ask for a state hearing within 90 days. Your eligibility worker is [[PERSON:K. Nakamura]], [[PHONE_NUMBER:(562) 555-0108]].""",
    """PRESCRIPTION
Prescriber: [[PERSON:Dr. Bongani Ndlovu]], HPCSA [[ID_NUMBER:MP 0581226]]
Patient: [[PERSON:Zanele Dube]]   ID: [[ID_NUMBER:9203040217086]]   Age: [[AGE:32]]
Address: [[ADDRESS:73 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2193]]
Medical aid: Discovery Health, member no. [[ID_NUMBER:DH 00418827]]
Rx: Amoxicillin 500 mg TDS x 7 days
Date: [[DATE_TIME:2025/02/11]]""",
    """NON-DISCLOSURE AGREEMENT
This Agreement is entered into on the [[DATE_TIME:5th day of August, 2024]] by and between Finlytics Private Limited, having its office at [[ADDRESS:3rd Floor, Prestige Tech Park, Outer Ring Road]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560103]], and [[PERSON:Ms. Deepika Raghavan]], aged [[AGE:31]], residing at [[ADDRESS:No. 12, 4th Cross, Indiranagar 2nd Stage]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]], holding PAN [[ID_NUMBER:CQRPR7724M]] (the "Consultant").""",
    """NEW PATIENT INTAKE
Name: [[PERSON:Brandon Tsosie]]   DOB: [[DATE_TIME:12/23/1990]]   Age: [[AGE:34]]
Address: [[ADDRESS:PO Box 1187]], [[LOCATION:Window Rock]], [[LOCATION:AZ]] [[ZIP_CODE:86515]]
Phone: [[PHONE_NUMBER:928-555-0143]]
Insurance: BCBS, member ID [[ID_NUMBER:XZA448120973]], group 70041
Driver license: [[US_DRIVER_LICENSE:D08841207]] ([[LOCATION:AZ]])
Emergency contact: [[PERSON:Loretta Tsosie]] (mother), [[PHONE_NUMBER:928-555-0177]]
Reason for visit: annual physical, lisinopril refill""",
    """RESIDENTIAL TENANCY BOND LODGEMENT
Rented premises: [[ADDRESS:Unit 3, 19 Hargrave Street]], [[LOCATION:Paddington]] [[LOCATION:NSW]] [[ZIP_CODE:2021]]
Tenant 1: [[PERSON:Lachlan Nguyen]], DOB [[DATE_TIME:04/02/1997]], [[PHONE_NUMBER:0421 773 590]]
Tenant 2: [[PERSON:Sophie Reardon]], DOB [[DATE_TIME:19/08/1998]], [[EMAIL_ADDRESS:sophie.reardon@icloud.com]]
Tenancy start date: [[DATE_TIME:1 March 2025]]   Weekly rent: $780   Bond: $3,120
Managing agent: Harbourside Property Group, licence 20084411
Tenants' refund account: BSB 062-000, account [[ID_NUMBER:1844 2730]]""",
    """To the Visa Officer,
Re: visitor visa application for [[PERSON:Mrs. Hauwa Abubakar]]
I, [[PERSON:Dr. Ibrahim Abubakar]], a [[NRP:British]] citizen (passport no. [[ID_NUMBER:550392718]]) living at [[ADDRESS:7 Wheatfield Close]], [[LOCATION:Luton]] [[ZIP_CODE:LU4 9EQ]], confirm that I will host my mother, born [[DATE_TIME:01/01/1956]] in [[LOCATION:Kano]], from [[DATE_TIME:15 July 2025]] to [[DATE_TIME:30 August 2025]] and will cover all her expenses.
Yours faithfully,
[[PERSON:Ibrahim Abubakar]]
[[PHONE_NUMBER:+44 7402 118 954]]""",
    # Nemotron-PII-like structured records
    """{
  "customer_id": "[[ID_NUMBER:CUST-0084127]]",
  "first_name": "[[PERSON:Marguerite]]",
  "last_name": "[[PERSON:Delacroix-Fontaine]]",
  "dob": "[[DATE_TIME:1976-02-29]]",
  "email": "[[EMAIL_ADDRESS:m.delacroix@orange.fr]]",
  "phone": "[[PHONE_NUMBER:+33 6 12 48 77 30]]",
  "address": {
    "street": "[[ADDRESS:14 rue des Trois-Frères]]",
    "city": "[[LOCATION:Paris]]",
    "postcode": "[[ZIP_CODE:75018]]",
    "country": "[[LOCATION:France]]"
  },
  "loyalty_tier": "gold",
  "marketing_opt_in": false
}""",
    """[[DATE_TIME:2025-03-04T08:12:44.118Z]] INFO  auth-svc login succeeded user=[[USERNAME:hpatel]] email=[[EMAIL_ADDRESS:hemant.patel@brightwave.io]] src_ip=[[IP_ADDRESS:81.148.22.190]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
2025-03-04T08:12:45.020Z DEBUG auth-svc session created sid=9f3c1a7be2 ttl=3600
[[DATE_TIME:2025-03-04T08:13:02.771Z]] WARN  auth-svc mfa challenge failed user=[[USERNAME:hpatel]] attempts=2 device_mac=8c:85:90:4e:21:fa""",
    """INSERT INTO patients (patient_id, full_name, dob, ssn, phone, address, city, state, zip)
VALUES
  ('[[ID_NUMBER:P-220418]]', '[[PERSON:Harold Jennings]]', '[[DATE_TIME:1951-07-30]]', '[[US_SSN:004-38-6617]]', '[[PHONE_NUMBER:(207) 555-0131]]', '[[ADDRESS:18 Ocean Ave]]', '[[LOCATION:Portland]]', '[[LOCATION:ME]]', '[[ZIP_CODE:04103]]'),
  ('[[ID_NUMBER:P-220419]]', '[[PERSON:Lucia Ferraro]]', '[[DATE_TIME:1988-12-05]]', '[[US_SSN:007-52-1948]]', '[[PHONE_NUMBER:207-555-0159]]', '[[ADDRESS:77 Brackett St Apt 2]]', '[[LOCATION:Portland]]', '[[LOCATION:ME]]', '[[ZIP_CODE:04102]]');""",
    """<Employee>
  <EmployeeID>[[ID_NUMBER:100482]]</EmployeeID>
  <Name>
    <Given>[[PERSON:Takeshi]]</Given>
    <Family>[[PERSON:Yamamoto]]</Family>
  </Name>
  <BirthDate>[[DATE_TIME:1983-11-08]]</BirthDate>
  <Contact type="mobile">[[PHONE_NUMBER:+81 90-4471-2086]]</Contact>
  <Contact type="email">[[EMAIL_ADDRESS:t.yamamoto@kaizen-works.jp]]</Contact>
  <HomeAddress>
    <Line1>[[ADDRESS:2-14-7 Nishi-Shinjuku]]</Line1>
    <City>[[LOCATION:Shinjuku-ku]]</City>
    <Prefecture>[[LOCATION:Tokyo]]</Prefecture>
    <Postal>[[ZIP_CODE:160-0023]]</Postal>
  </HomeAddress>
  <Department>Procurement</Department>
</Employee>""",
    """# deploy/config/prod.yaml
service: billing-export
owner:
  name: [[PERSON:Aoife Gallagher]]
  email: [[EMAIL_ADDRESS:aoife.gallagher@tallyhq.ie]]
  oncall_phone: "[[PHONE_NUMBER:+353 87 220 4419]]"
database:
  host: [[IP_ADDRESS:10.42.8.17]]
  port: 5432
  user: billing_rw
  password: "Xk9!vR2#pq"
sftp:
  host: sftp.partner-bank.example
  key_fingerprint: SHA256:o7Jm1Q0f3kzXr2bYl8pN4s6tVw9aC5dE0gH2iJ4kL6M
api_key: sk_live_51Hf8aZ2eXyQvT0pR9mN3bK7cW
version: 4.12.0""",
    """# tests/fixtures.py  (real customer data, do not commit!)
def make_user():
    return User(
        username="[[USERNAME:nmbeki]]",
        full_name="[[PERSON:Nomsa Mbeki]]",
        id_number="[[ID_NUMBER:6402280715089]]",
        email="[[EMAIL_ADDRESS:nomsa.mbeki@webmail.co.za]]",
        phone="[[PHONE_NUMBER:+27 83 519 2046]]",
        card="[[CREDIT_CARD:4485 3192 0764 1838]]",
        card_expiry="04/27",
        cvv="311",
    )""",
    """Ticket #48213 | Priority: High | Channel: web form
Submitted by: [[PERSON:Benjamin Okafor-Reyes]] <[[EMAIL_ADDRESS:ben.okafor.reyes@gmail.com]]>
Phone: [[PHONE_NUMBER:(312) 555-0196]]
Subject: Locked out after address change
Message: Hi, I updated my billing address to [[ADDRESS:5540 S Hyde Park Blvd, Unit 1207]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60637]] yesterday and now the app says my identity can't be verified. Last 4 of my SSN are 3318 and my DOB is [[DATE_TIME:09/17/1992]]. Please help, my rent autopay runs on the 1st.
Agent notes: verified caller via DOB + last 4; unlocked by [[PERSON:Tanisha]] (Tier 2).""",
    """[Form submission – rental application]
submitted_at: [[DATE_TIME:2025-02-18 21:04:11 UTC]]
applicant_first: [[PERSON:Siddharth]]
applicant_last: [[PERSON:Menon]]
dob: [[DATE_TIME:1994-06-02]]
sin: [[ID_NUMBER:713 020 642]]
phone: [[PHONE_NUMBER:+1-416-555-0182]]
email: [[EMAIL_ADDRESS:sid.menon@gmail.com]]
current_address: [[ADDRESS:88 Harbour St, Suite 2711]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5J 0C3]]
employer: Scotiabank
annual_income: 96000
pets: 1 cat (Miso)
reference: [[PERSON:Laura Kim]] (previous landlord) [[PHONE_NUMBER:647-555-0120]]""",
    """{"ts":"[[DATE_TIME:2024-12-09T14:22:07Z]]","level":"info","event":"payment_authorized","user_id":"[[ID_NUMBER:u_88213047]]","name":"[[PERSON:Carmen Ibáñez]]","card":"[[CREDIT_CARD:4147209950314867]]","amount":129.90,"currency":"EUR","ip":"[[IP_ADDRESS:88.26.201.14]]","billing_zip":"[[ZIP_CODE:28013]]"}""",
    r"""MSH|^~\&|EPIC|STMARYS|LAB|STMARYS|202501150832||ADT^A01|MSG00417|P|2.5
PID|1||[[ID_NUMBER:884210377]]^^^STMARYS^MR||[[PERSON:WHITEHORSE]]^[[PERSON:DANIEL]]^[[PERSON:J]]||[[DATE_TIME:19620418]]|M|||[[ADDRESS:44 RIVERSIDE DR]]^^[[LOCATION:BILLINGS]]^[[LOCATION:MT]]^[[ZIP_CODE:59101]]||[[PHONE_NUMBER:(406)555-0182]]|||||||[[US_SSN:517-30-8821]]
PV1|1|I|3W^312^B||||[[ID_NUMBER:1184092]]^[[PERSON:OKONJO]]^[[PERSON:AMARA]]^^^[[TITLE:DR]]""",
    """From: [[PERSON:Rebecca Thornton]] <[[EMAIL_ADDRESS:rthornton@hollisgrove.k12.ga.us]]>
To: [[PERSON:Daniel Osei]] <[[EMAIL_ADDRESS:daniel.osei77@gmail.com]]>
Date: [[DATE_TIME:Tue, 14 Jan 2025 16:02:19 -0500]]
Subject: Re: [[PERSON:Kofi]]'s IEP meeting

Hi [[PERSON:Mr. Osei]],
We can meet on [[DATE_TIME:Thursday, January 23 at 3:15 pm]] in Room 108. [[PERSON:Kofi]]'s speech therapist, [[PERSON:Ms. Linda Farrow]], will join by phone. Please bring the signed consent form.
Thanks,
[[PERSON:Rebecca Thornton]]
Special Education Coordinator""",
    r"""$ curl -X POST https://api.crmhub.io/v2/contacts \
  -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0NDEyIn0.q2Xv7" \
  -d '{"name":"[[PERSON:Haruto Sato]]","email":"[[EMAIL_ADDRESS:haruto.sato@gmail.com]]","phone":"[[PHONE_NUMBER:+81 80 3312 9047]]","birthday":"[[DATE_TIME:1999-03-21]]"}'
{"id":"cnt_7Yq2","status":"created"}""",
    """{
  "resourceType": "Patient",
  "id": "pt-55821",
  "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:4857773457]]"}],
  "name": [{"family": "[[PERSON:Achterberg]]", "given": ["[[PERSON:Wilhelmina]]", "[[PERSON:Joke]]"]}],
  "gender": "female",
  "birthDate": "[[DATE_TIME:1944-05-17]]",
  "address": [{"line": ["[[ADDRESS:3 Fairfield Rise]]"], "city": "[[LOCATION:Kendal]]", "postalCode": "[[ZIP_CODE:LA9 4PB]]"}],
  "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:01539 722 481]]"}]
}""",
    """{
  "kundnummer": "[[ID_NUMBER:100447219]]",
  "namn": "[[PERSON:Oskar Lindgren]]",
  "personnummer": "[[ID_NUMBER:790912-3551]]",
  "adress": "[[ADDRESS:Drottninggatan 61]]",
  "postnummer": "[[ZIP_CODE:252 21]]",
  "ort": "[[LOCATION:Helsingborg]]",
  "mobil": "[[PHONE_NUMBER:+46 70 224 18 93]]",
  "epost": "[[EMAIL_ADDRESS:oskar.lindgren79@telia.com]]",
  "konto": "[[IBAN_CODE:SE71 5000 0000 0532 7140 8813]]",
  "senast_inloggad": "[[DATE_TIME:2025-02-27 07:41]]",
  "ip": "[[IP_ADDRESS:90.229.14.88]]"
}""",
    """UPDATE kunder
SET navn = '[[PERSON:Ingrid Bakken Aas]]',
    adresse = '[[ADDRESS:Olav Tryggvasons gate 24]]',
    postnr = '[[ZIP_CODE:7011]]',
    poststed = '[[LOCATION:Trondheim]]',
    telefon = '[[PHONE_NUMBER:934 17 552]]',
    fodselsnr = '[[ID_NUMBER:19037432205]]'
WHERE kunde_id = [[ID_NUMBER:48821]];""",
    """[[DATE_TIME:2025-01-22 09:14:03,551]] INFO  [borgerservice] Opslag i CPR foretaget af medarbejder [[USERNAME:kmlarsen]] på borger [[ID_NUMBER:120744-3359]] ([[PERSON:Jens Peter Winther]])
[[DATE_TIME:2025-01-22 09:14:05,112]] INFO  [borgerservice] Adresseændring registreret: [[ADDRESS:Nørregade 7, 2. tv.]], [[ZIP_CODE:6700]] [[LOCATION:Esbjerg]]
[[DATE_TIME:2025-01-22 09:14:05,309]] WARN  [borgerservice] Mobilnummer [[PHONE_NUMBER:+45 21 38 64 09]] er allerede registreret på en anden borger
[[DATE_TIME:2025-01-22 09:15:41,007]] INFO  [borgerservice] Sag lukket af [[USERNAME:kmlarsen]] fra [[IP_ADDRESS:10.112.4.61]]""",
    """# .env.production
APP_NAME=ClinicBook
ADMIN_NAME=[[PERSON:Farhan Chowdhury]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:farhan.c@clinicbook.co.uk]]
ADMIN_PHONE=[[PHONE_NUMBER:07931 204 558]]
SMTP_HOST=smtp.mailgun.org
SMTP_USER=postmaster@mg.clinicbook.co.uk
SMTP_PASS=9c1e7f0b44d2a8e6
ALLOWED_IPS=[[IP_ADDRESS:82.132.219.4]],[[IP_ADDRESS:82.132.219.5]]
SUPPORT_EMAIL=support@clinicbook.co.uk
SENTRY_DSN=https://4f1c2a@o44812.ingest.sentry.io/5512""",
    """const testPatients = [
  { mrn: "[[ID_NUMBER:00293817]]", name: "[[PERSON:Esperanza Villanueva]]", dob: "[[DATE_TIME:03/08/1957]]", phone: "[[PHONE_NUMBER:915-555-0147]]" },
  { mrn: "[[ID_NUMBER:00293818]]", name: "[[PERSON:Thomas Redcloud]]", dob: "[[DATE_TIME:11/22/1969]]", phone: "[[PHONE_NUMBER:505-555-0193]]" },
];
// TODO([[USERNAME:rvasquez]]): swap for synthetic data before release 2.3.1""",
    """{1:F01DEUTDEFFAXXX0000000000}{2:I103BARCGB22XXXXN}{4:
:20:REF240918-0042
:23B:CRED
:32A:240918EUR15000,00
:50K:/[[IBAN_CODE:DE13760260001189402231]]
[[PERSON:KLAUS-DIETER BRANDT]]
[[ADDRESS:LANGE GASSE 12]]
[[ZIP_CODE:90403]] [[LOCATION:NUERNBERG]]
:59:/[[IBAN_CODE:GB21NWBK56003846102957]]
[[PERSON:ELEANOR BRANDT-HUGHES]]
[[ADDRESS:7 ST ANNES ROAD]]
[[LOCATION:HARROGATE]] [[ZIP_CODE:HG1 2PQ]]
:70:FAMILY SUPPORT SEPT
:71A:SHA
-}""",
    """Employee Record
----------------
Employee ID      : [[ID_NUMBER:CW-11873]]
Name             : [[PERSON:Adebayo Ogunbiyi]]
Role             : Senior Care Worker (nights)
Start date       : [[DATE_TIME:04/09/2022]]
NI number        : [[ID_NUMBER:NX 41 72 66 A]]
DBS certificate  : [[ID_NUMBER:001784522390]]
Right to work    : [[NRP:Nigerian]] national, Skilled Worker, BRP [[ID_NUMBER:ZU4417738]]
Address          : [[ADDRESS:12 Honeysuckle Way]], [[LOCATION:Telford]] [[ZIP_CODE:TF3 2RG]]
Emergency        : [[PERSON:Folake Ogunbiyi]] (wife) [[PHONE_NUMBER:07425 883 119]]""",
    """{
  "data": {
    "case": {
      "caseRef": "ASC-2025-00871",
      "client": {
        "name": "[[PERSON:Doreen Ashworth]]",
        "nhsNumber": "[[ID_NUMBER:634 118 2597]]",
        "dateOfBirth": "[[DATE_TIME:1938-08-02]]",
        "address": "[[ADDRESS:9 Coronation Street]], [[LOCATION:Bolton]] [[ZIP_CODE:BL3 4JX]]"
      },
      "allocatedWorker": {"name": "[[PERSON:Samir Haddad]]", "team": "Older Adults West"},
      "nextReview": "[[DATE_TIME:2025-05-12]]",
      "services": ["home care 4x daily", "telecare pendant", "day centre Tue/Thu"]
    }
  }
}""",
    """<HousingApplication id="HA-30177">
  <Applicant>
    <FullName>[[PERSON:Marcus T. Bellamy]]</FullName>
    <SSN>[[US_SSN:617-24-0938]]</SSN>
    <DOB>[[DATE_TIME:1986-01-27]]</DOB>
    <Phone>[[PHONE_NUMBER:404-555-0126]]</Phone>
  </Applicant>
  <Household size="3">
    <Member relation="child" age="[[AGE:9]]">[[PERSON:Jaylen Bellamy]]</Member>
    <Member relation="child" age="[[AGE:4]]">[[PERSON:Amara Bellamy]]</Member>
  </Household>
  <CurrentAddress>[[ADDRESS:2901 Campbellton Rd SW Apt 14C]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30311]]</CurrentAddress>
  <MonthlyIncome>2140.00</MonthlyIncome>
  <Status>waitlisted</Status>
</HousingApplication>""",
    r'''[[IP_ADDRESS:98.207.144.12]] - [[USERNAME:jmcallister]] [[[DATE_TIME:11/Mar/2025:10:42:17 -0700]]] "GET /account/statements?acct=[[ID_NUMBER:884401227]] HTTP/1.1" 200 5120 "https://portal.pacificcu.org/home" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"
[[IP_ADDRESS:98.207.144.12]] - [[USERNAME:jmcallister]] [[[DATE_TIME:11/Mar/2025:10:42:19 -0700]]] "GET /static/app.js HTTP/1.1" 304 0 "-" "Mozilla/5.0"
[[IP_ADDRESS:10.0.3.4]] - - [11/Mar/2025:10:42:20 -0700] "GET /healthz HTTP/1.1" 200 2 "-" kube-probe/1.29''',
    """commit 4e9a1c07b2d8f35e61a0c9d47b2f8e3a5c1d6b90
Author: [[PERSON:Nadia Rahman]] <[[EMAIL_ADDRESS:nadia.rahman@fieldops.dev]]>
Date:   [[DATE_TIME:Mon Feb 10 11:27:45 2025 +0000]]

    Fix geocoder for rural route addresses

    Repro: customer [[PERSON:Earl Duquette]] at [[ADDRESS:RR 2, Box 118]], [[LOCATION:Sussex]], [[LOCATION:NB]] [[ZIP_CODE:E4E 2M9]]
    was matched to the wrong depot. Added a test with his real address (remove before merge!).

    Co-authored-by: [[PERSON:Pieter de Wit]] <[[EMAIL_ADDRESS:pieter.dewit@fieldops.dev]]>""",
    """{"event":"checkout_failed","app_version":"7.4.2","os":"Android 14","device_model":"SM-S918B","android_id":"9e41c07d5a2b8f13","imei":"356938035643809","user":{"id":"[[ID_NUMBER:448120993]]","email":"[[EMAIL_ADDRESS:keisha.grant@yahoo.com]]","phone":"[[PHONE_NUMBER:+1 876 555 0134]]"},"geo":{"city":"[[LOCATION:Kingston]]","country":"[[LOCATION:Jamaica]]"},"ts":"[[DATE_TIME:2025-01-30T19:03:52-05:00]]"}""",
    """POST /webhooks/payments HTTP/1.1
Host: hooks.shopnest.io
Content-Type: application/json

{"type":"charge.succeeded","data":{"billing_details":{"name":"[[PERSON:Ólafur Gunnarsson]]","email":"[[EMAIL_ADDRESS:olafur.g@simnet.is]]","phone":"[[PHONE_NUMBER:+354 862 4417]]","address":{"line1":"[[ADDRESS:Laugavegur 58]]","city":"[[LOCATION:Reykjavík]]","postal_code":"[[ZIP_CODE:101]]"}},"payment_method_details":{"card":{"brand":"mastercard","last4":"6046","exp_month":3,"exp_year":2027}}}}""",
    """-- support lookup for ticket 99120
SELECT * FROM members WHERE email = '[[EMAIL_ADDRESS:tomasz.kaczmarek@wp.pl]]' OR phone = '[[PHONE_NUMBER:+48 601 223 874]]';
-- 1 row: member_no=[[ID_NUMBER:M-0091844]], name=[[PERSON:Tomasz Kaczmarek]], joined=[[DATE_TIME:2021-06-14]], iban=[[IBAN_CODE:PL77114020040000310275391046]]""",
    """AUDIT | [[DATE_TIME:2025-02-03 10:41:22]] | user=[[USERNAME:ssmith04]] | action=VIEW | record=Claimant/[[ID_NUMBER:JH 55 90 17 B]]
AUDIT | [[DATE_TIME:2025-02-03 10:43:09]] | user=[[USERNAME:ssmith04]] | action=UPDATE | field=bank_account | old=****4412 | new=[[ID_NUMBER:31926819]]
AUDIT | [[DATE_TIME:2025-02-03 10:43:57]] | user=[[USERNAME:ssmith04]] | action=UPDATE | field=address | new=[[ADDRESS:Flat 7, Carrick House, 40 Dalston Lane]], [[LOCATION:London]] [[ZIP_CODE:E8 3AH]]
AUDIT | [[DATE_TIME:2025-02-03 11:02:30]] | user=[[USERNAME:jokafor]] | action=APPROVE | note=change of circumstances confirmed by phone with claimant [[PERSON:Delroy Anderson]] on [[PHONE_NUMBER:07908 445 217]]""",
    """[HR-2291] Update legal name after marriage
Reporter: [[PERSON:Yuki Tanaka-Morrison]]
Assignee: [[PERSON:Grant Lovell]]
Description:
Please change my surname from [[PERSON:Tanaka]] to [[PERSON:Tanaka-Morrison]] in Workday and payroll. Marriage certificate attached (married [[DATE_TIME:12 October 2024]] in [[LOCATION:Queenstown]]). Employee no. [[ID_NUMBER:204417]], IRD [[ID_NUMBER:049-831-269]]. New email alias please: [[EMAIL_ADDRESS:yuki.tanaka-morrison@kiwirail.co.nz]]
Comments:
[[PERSON:Grant Lovell]]: done in Workday, payroll updates on the next cycle.""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Achebe]];[[PERSON:Chinonso]];;[[TITLE:Mr.]];
FN:[[PERSON:Chinonso Achebe]]
ORG:Reddington Hospital
TEL;TYPE=CELL:[[PHONE_NUMBER:+234 809 771 4402]]
EMAIL;TYPE=HOME:[[EMAIL_ADDRESS:chinonso.achebe@yahoo.com]]
ADR;TYPE=HOME:;;[[ADDRESS:23 Opebi Road]];[[LOCATION:Ikeja]];[[LOCATION:Lagos]];[[ZIP_CODE:100271]];[[LOCATION:Nigeria]]
BDAY:[[DATE_TIME:1988-02-14]]
END:VCARD""",
    """Traceback (most recent call last):
  File "/srv/app/benefits/validate.py", line 88, in check_applicant
    raise ValidationError(f"SIN mismatch for {applicant.name}")
benefits.errors.ValidationError: SIN mismatch for [[PERSON:Priya Natarajan]] (submitted [[ID_NUMBER:136 482 759]], on file [[ID_NUMBER:136 428 752]])""",
    """visits:
  - client: [[PERSON:Eileen Mahoney]]
    address: [[ADDRESS:5 St Brigid's Terrace]], [[LOCATION:Athlone]]
    eircode: [[ZIP_CODE:N37 F6K2]]
    time: "[[DATE_TIME:2025-03-18 08:00]]"
    carer: [[PERSON:Joana Pereira]]
    notes: "diabetic; insulin with breakfast; key under the blue pot"
  - client: [[PERSON:Tom Kinsella]]
    address: [[ADDRESS:Apt 3, Mardyke House]], [[LOCATION:Athlone]]
    eircode: [[ZIP_CODE:N37 W2P8]]
    time: "[[DATE_TIME:2025-03-18 09:15]]"
    carer: [[PERSON:Joana Pereira]]
    phone: [[PHONE_NUMBER:090 647 2218]]""",
    """## Incident INC-7741: misdirected email
- **Reported by:** [[PERSON:Hannah Goldberg]] ([[EMAIL_ADDRESS:hgoldberg@meridianlaw.com]])
- **When:** [[DATE_TIME:2025-02-06 15:20 EST]]
- **What:** settlement letter for client [[PERSON:Rafael Moreno]] (DOB [[DATE_TIME:05/30/1971]], SSN [[US_SSN:459-13-7702]]) sent to [[EMAIL_ADDRESS:rafael.moreno71@gmail.co]] (typo) instead of [[EMAIL_ADDRESS:rafael.moreno71@gmail.com]]
- **Action:** recall attempted; client told by phone at [[PHONE_NUMBER:(305) 555-0119]]""",
    """[kiosk]
location_id = LIB-BRANCH-07
admin_contact = [[PERSON:Olusegun Bakare]]
admin_mobile = [[PHONE_NUMBER:+44 7700 934 812]]
admin_email = [[EMAIL_ADDRESS:o.bakare@lewisham.gov.uk]]

[network]
ip = [[IP_ADDRESS:172.20.14.33]]
gateway = [[IP_ADDRESS:172.20.14.1]]
mac = 00:0c:29:7a:41:bf

[printer]
serial = PRN-88X1-4420""",
    """DL RENEWAL – ONLINE SUBMISSION RECEIPT
Name: [[PERSON:GUTIERREZ]], [[PERSON:ALMA]] [[PERSON:R]]
License #: [[US_DRIVER_LICENSE:TR482911]]
DOB: [[DATE_TIME:08/09/1965]]   Sex: F   Height: 5-04   Eyes: BRO
Residence: [[ADDRESS:3172 Wexford Blvd]], [[LOCATION:Dayton]], [[LOCATION:OH]] [[ZIP_CODE:45432]]
SSN (last 4): 6620
Organ donor: Y
Submitted: [[DATE_TIME:02/21/2025 13:08]] from [[IP_ADDRESS:24.166.90.212]]
Confirmation: DL-RN-5518207""",
]

GEN = [
    """My name is [[PERSON:Abena Owusu-Mensah]] and I'm writing about my Housing Benefit claim (ref HB/440918/2). I moved into [[ADDRESS:Flat 3, 27 Gatwick Road]], [[LOCATION:Crawley]] [[ZIP_CODE:RH10 9RZ]] on [[DATE_TIME:2 September 2024]], but my landlord, [[PERSON:Mr Dhillon]], says the council is still paying the rent for my old flat.""",
    """Grandma [[PERSON:Lorraine]] turns [[AGE:91]] next week, and the care coordinator at Maple Ridge Senior Living, [[PERSON:Tasha Boykin]], wants to move her weekly check-in to [[DATE_TIME:Thursday, October 17 at 2:30 PM]]. You can reach [[PERSON:Tasha]] directly at [[PHONE_NUMBER:(614) 555-0183]] or [[EMAIL_ADDRESS:tboykin@mapleridgeliving.com]].""",
    """Council tax account [[ID_NUMBER:6120448193]] is held by [[PERSON:Declan Fitzgerald]] of [[ADDRESS:14 Kestrel Close]], [[LOCATION:Swindon]] [[ZIP_CODE:SN3 4QT]]. He has lived alone since his wife died and has applied for the 25% single person discount, backdated to [[DATE_TIME:01/04/2025]].""",
    """[[PERSON:Marie-Ève Tremblay]], [[AGE:34]], applied for Ontario Works on [[DATE_TIME:March 3rd]] and her caseworker, [[PERSON:Jaspreet Gill]], has asked for a copy of her SIN ([[ID_NUMBER:527 384 192]]), her lease for [[ADDRESS:212-880 Somerset Street West]], [[LOCATION:Ottawa]], and her last two pay stubs.""",
    """Respected Sir, my father [[TITLE:Shri]] [[PERSON:Ramesh Chandra Iyer]], aged [[AGE:78]], is enrolled for the old age pension under Aadhaar [[ID_NUMBER:4721 9306 5824]]. The verification visit from the taluk office is fixed for [[DATE_TIME:12-11-2024]]; kindly contact me, [[PERSON:Kavitha R.]], on [[PHONE_NUMBER:+91 98450 31277]].""",
    """Hej! Jag ringer om min mamma [[PERSON:Birgitta Lindqvist]] ([[ID_NUMBER:19410927-5083]]) som har fått beslut om hemtjänst från och med den [[DATE_TIME:4 november]]. Hon bor kvar på [[ADDRESS:Kvarngatan 8, lgh 1203]] i [[LOCATION:Västerås]] och hennes nya telefonnummer är [[PHONE_NUMBER:021-13 44 87]].""",
    """hi, my landlord at [[ADDRESS:2217 N Kedzie Ave Apt 2F]] in [[LOCATION:Chicago]] keeps saying the housing authority inspection failed and he wont fix the heat. the voucher is under my name [[PERSON:keisha m. robinson]], case 00418876, and ive lived here since [[DATE_TIME:june 2019]]. my cell is [[PHONE_NUMBER:773-555-0147]]""",
    """[[PERSON:Mitchell O'Brien]] rang Centrelink on [[DATE_TIME:Monday 3 February]] about his JobSeeker payment. His CRN is [[ID_NUMBER:204 318 795K]], his TFN is [[ID_NUMBER:459 832 160]], and he has moved to [[ADDRESS:Unit 5/42 Beach Road]], [[LOCATION:Christies Beach]] [[LOCATION:SA]] [[ZIP_CODE:5165]].""",
    """Kia ora, I'm [[PERSON:Aroha Ngata]]'s support worker. She's [[AGE:67]] and Kāinga Ora have offered her a two-bedroom unit at [[ADDRESS:12B Tawa Street]], [[LOCATION:Porirua]], from [[DATE_TIME:25 November]]. Her IRD number is [[ID_NUMBER:113-295-708]] if Work and Income ask for it.""",
    """[[PERSON:Kari Nordby]] (f. [[DATE_TIME:02.07.1988]]) har søkt om bostøtte hos [[LOCATION:Bergen]] kommune. Fødselsnummer [[ID_NUMBER:020788 24886]], adresse [[ADDRESS:Møhlenprisbakken 5]], [[ZIP_CODE:5006]] [[LOCATION:Bergen]]. Saksbehandler er [[PERSON:Øyvind Hatlestad]], direkte tlf. [[PHONE_NUMBER:55 56 71 20]].""",
    """Min far, [[PERSON:Henning Mølgaard]], er [[AGE:91]] år og har brug for en plejebolig. Han bor stadig alene på [[ADDRESS:Fasanvej 14, 2. th.]], [[ZIP_CODE:2000]] [[LOCATION:Frederiksberg]], og hans CPR-nummer er [[ID_NUMBER:250633-2659]]. Ring gerne til mig, [[PERSON:Susanne]], på [[PHONE_NUMBER:+45 31 62 08 47]].""",
    """Please update the mailing address on savings account [[ID_NUMBER:0047118293]] for [[PERSON:Oluwaseun Adeyemi]] (BVN [[ID_NUMBER:22314509871]]) to [[ADDRESS:17 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. He came into the branch on [[DATE_TIME:14th August]] with his international passport.""",
    """The prescription for [[PERSON:Mrs. Evelyn Chua]] (NRIC [[ID_NUMBER:S7105348B]]) is ready for collection at our [[LOCATION:Toa Payoh]] branch. Please bring the card and quote her date of birth, [[DATE_TIME:5 Aug 1971]], at the counter.""",
    """Our daughter [[PERSON:Zara Malik]] (DOB [[DATE_TIME:14/02/2016]]) moves up to Year 4 at Oakfield Primary on [[DATE_TIME:3 September]]. Please send school letters to [[EMAIL_ADDRESS:imran.malik84@gmail.com]] from now on, not to her mum's old address. Thanks, [[PERSON:Imran]]""",
    """Welcome aboard, [[PERSON:Rafael]]! HR has your start date as [[DATE_TIME:Monday, January 6, 2025]] and your employee number as [[ID_NUMBER:E-204871]]. Your laptop will be couriered to [[ADDRESS:55 Glenview Crescent]], [[LOCATION:Dartmouth]], [[LOCATION:NS]] [[ZIP_CODE:B2W 3K1]] the week before.""",
    """PAX [[PERSON:HOLLOWAY]]/[[PERSON:JAMES]] [[TITLE:MR]], booking QX7TLM, LHR-JNB on [[DATE_TIME:21NOV]], passport [[ID_NUMBER:538114790]] (GBR), requests a wheelchair at both ends and a vegetarian meal. Contact [[PHONE_NUMBER:+44 7911 402 318]].""",
    """[[PERSON:Siobhán Ní Bhriain]] brought Biscuit in for his booster and worming tablets; next appointment [[DATE_TIME:Tues 14 Jan 2025 at 11:15]]. She's moved to [[ADDRESS:3 Claddagh Quay]], [[LOCATION:Galway]], mobile [[PHONE_NUMBER:087 341 2296]].""",
    """Hi, this is [[PERSON:Thabo Molefe]], ID number [[ID_NUMBER:8506125093086]]. I want to port my number [[PHONE_NUMBER:082 614 3390]] to your network before the [[DATE_TIME:30th of April]], when my contract ends.""",
    """At about [[DATE_TIME:9 pm on 9 March 2025]], [[PERSON:Gareth Pryce]]'s Ford Fiesta (registration [[ID_NUMBER:CU19 XKB]]) was hit by a reversing van while parked outside his home at [[ADDRESS:31 Heol y Coed]], [[LOCATION:Rhiwbina]], [[LOCATION:Cardiff]]. A neighbour, [[PERSON:Mrs Bevan]], saw it happen.""",
    """member [[PERSON:lena hoffmann]] (no. [[ID_NUMBER:440-1187]]) has frozen her membership from [[DATE_TIME:1 July]] until [[DATE_TIME:31 August]] after knee surgery, so the direct debit is paused.""",
    """The lease for [[ADDRESS:Apartment 1204, 88 Southbank Boulevard]], [[LOCATION:Southbank]] [[LOCATION:VIC]] [[ZIP_CODE:3006]] starts on [[DATE_TIME:15/03/2025]]. Tenants are [[PERSON:Wei Zhang]] and [[PERSON:Harpreet Sandhu]]; the $2,800 bond will be lodged with the RTBA once both have signed.""",
    """if anyone sees [[USERNAME:kaylee.sparkz04]] posting my home address again ([[ADDRESS:412 Pine Hollow Rd]], [[LOCATION:Dothan]]) pls report the account. my name is [[PERSON:Kaylee Dawson]] and i already filed a police report""",
    """Courier note: if [[PERSON:Mr Okafor]] is not home, leave the parcel in the green bin shed. Recipient phone [[PHONE_NUMBER:07700 914 382]]; delivery address [[ADDRESS:18 Ravensworth Terrace]], [[LOCATION:Gateshead]] [[ZIP_CODE:NE8 1QE]].""",
    """[[PERSON:Dr. Farah Qureshi]] saw [[PERSON:Tomasz Wiśniewski]] (NHS No. [[ID_NUMBER:450 557 7104]]) on [[DATE_TIME:11/06/2024 at 09:40]] and referred him to the memory clinic; his wife [[PERSON:Halina]] will bring him to the first appointment.""",
    """Mum ([[PERSON:Margaret Ellis]], [[AGE:86]]) had another fall on [[DATE_TIME:Saturday 12th October]] and the social worker, [[PERSON:Priya]], says the council will assess her for a care package next week. She's at [[ADDRESS:4 Orchard Mews]], [[LOCATION:Tewkesbury]], and I'm her son [[PERSON:Neil]] – [[PHONE_NUMBER:07812 336 904]].""",
    """I, [[PERSON:Colm Brennan]], of [[ADDRESS:6 Rathgar Villas]], [[LOCATION:Rathgar]], [[LOCATION:Dublin]] [[ZIP_CODE:D06 K7W2]], wish to object to planning application 3311/24 for the reasons set out below. Signed [[DATE_TIME:18 October 2024]].""",
    """[[PERSON:Luis Alberto Ramírez]] updated his voter registration with the [[LOCATION:Maricopa County]] Recorder on [[DATE_TIME:8/14/2024]]: new residence [[ADDRESS:3350 W Glendale Ave #118]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85051]], party preference [[NRP:Democratic]].""",
    """[[PERSON:Nasra Abdi]] has claimed Child Benefit for her twins, [[PERSON:Idil]] and [[PERSON:Hamza]], who were born on [[DATE_TIME:19 January 2024]]. Her National Insurance number is [[ID_NUMBER:SN 48 27 19 C]] and she is a [[NRP:Somali]] refugee with leave to remain.""",
    """Meals on wheels – new client: [[TITLE:mr.]] [[PERSON:stanislaw kowalczyk]], [[ADDRESS:47 Birchfield Road]], [[LOCATION:Handsworth]]. Diabetic diet, key safe by the back door (code 4471). Next of kin: daughter [[PERSON:Ewa]], [[PHONE_NUMBER:0121 496 0387]].""",
    """Jag heter [[PERSON:Hodan Yusuf Warsame]] och har ansökt om försörjningsstöd hos socialtjänsten i [[LOCATION:Botkyrka]]. Mitt samordningsnummer är [[ID_NUMBER:850574-6621]] och jag bor tillfälligt hos min kusin på [[ADDRESS:Krögarvägen 12, lgh 1401]], [[ZIP_CODE:145 51]] [[LOCATION:Norsborg]]. Ni når mig på [[PHONE_NUMBER:073-418 22 96]].""",
    """Hjemmesykepleien besøker [[PERSON:Ragnhild Sæther]] ([[AGE:88]]) hver morgen kl. 08.00 i [[ADDRESS:Skansegata 9]] i [[LOCATION:Ålesund]]. Datteren, [[PERSON:Tone]], er nærmeste pårørende: [[PHONE_NUMBER:+47 913 48 205]], [[EMAIL_ADDRESS:tone.saether@online.no]].""",
    """Jeg søgte om boligstøtte den [[DATE_TIME:14. januar 2025]], men har stadig ikke fået svar. Jeg hedder [[PERSON:Mette Kjærgaard]], bor på [[ADDRESS:Vestergade 31, 1. tv.]], [[ZIP_CODE:8000]] [[LOCATION:Aarhus C]], og mit CPR-nr. er [[ID_NUMBER:090485-3828]].""",
    """Someone used my Visa [[CREDIT_CARD:4716 0429 8155 3265]] at a fuel station in [[LOCATION:Durban]] on the [[DATE_TIME:2nd of May]] while I was at work in [[LOCATION:Cape Town]]. Please block it. – [[PERSON:Ayanda Khumalo]]""",
    """The hearing in [[PERSON:Okonkwo]] v. [[PERSON:Baptiste]] has been moved to [[DATE_TIME:Wednesday, 19 November 2025, 10:00 a.m.]] before [[TITLE:Judge]] [[PERSON:Halvorsen]]. Counsel for the respondent, [[PERSON:Ms. Adaeze Nwosu]], has asked for a remote link.""",
    """[[PERSON:Nguyen Thi Lan]], a [[NRP:Vietnamese]] national born on [[DATE_TIME:23/07/1990]] in [[LOCATION:Hai Phong]], holds passport no. [[ID_NUMBER:C4419027]]; her residence card was renewed on [[DATE_TIME:2 May 2024]] and she works as a nail technician in [[LOCATION:Birmingham]].""",
    """Student [[PERSON:Chidi Eze]] (ID [[ID_NUMBER:22194406]]) has asked for a two-week extension on his dissertation. His supervisor, [[PERSON:Prof. Annabel Carter]], agreed on [[DATE_TIME:4 April]], so the new deadline falls after Easter.""",
    """Return requested by [[PERSON:Bronwyn Tait]] for order 300-7718042-5520131, refund to the Mastercard ending 2231. Courier pickup from [[ADDRESS:9 Harbour View Lane]], [[LOCATION:Nelson]] [[ZIP_CODE:7010]] on [[DATE_TIME:Fri 8 Nov]] between 9 and 12.""",
    """[[PERSON:Mohammed Al-Farsi]] can't reach the VPN from home; his public IP shows as [[IP_ADDRESS:86.98.214.37]], his login is [[USERNAME:malfarsi]], and the laptop is on Windows 11 23H2. He's in [[LOCATION:Dubai]] until next week, so call him on [[PHONE_NUMBER:+971 50 318 4472]].""",
    """[[PERSON:Jess]], [[AGE:29]], [[LOCATION:Leeds]] 🙂 nurse, [[NRP:Catholic]] but not the strict kind, love hiking and terrible films. Don't message here, find me on insta: [[USERNAME:jess.in.leeds]]""",
    """[[PERSON:Mrs. Dorothy MacIsaac]]'s application for a long-term care bed in [[LOCATION:Antigonish]] was approved on [[DATE_TIME:October 2, 2024]]. Her health card number is [[ID_NUMBER:1184 337 902]] and her power of attorney is her nephew, [[PERSON:Angus Chisholm]], of [[LOCATION:Port Hawkesbury]].""",
    """caseworker [[PERSON:Denise Alvarado]] will do the home visit for the [[PERSON:Whitfield]] kids at [[ADDRESS:709 Magnolia St]], [[LOCATION:Beaumont]], [[LOCATION:TX]] on [[DATE_TIME:11/21 at 4pm]]; mom [[PERSON:Crystal]] asked that it not be during school pickup""",
    """Hi, the gas account for [[ADDRESS:22 Ferncliffe Drive]], [[LOCATION:Paisley]] is still in [[PERSON:Gordon Reid]]'s name but he passed away in [[DATE_TIME:March]]. I'm his son, [[PERSON:Callum]], and I'll be handling the final bill – my number is [[PHONE_NUMBER:07845 220913]].""",
    """Resident parking permit (zone K) issued to [[PERSON:Ingrid Solberg-Haas]] for vehicle [[ID_NUMBER:LK21 OWV]] at [[ADDRESS:Flat B, 60 Elgin Crescent]], [[LOCATION:London]] [[ZIP_CODE:W11 2JJ]], valid from [[DATE_TIME:1 May 2025]].""",
    """[[TITLE:Pastor]] [[PERSON:Emmanuel Boateng]] will officiate at [[PERSON:Ama]] and [[PERSON:Kwesi]]'s wedding on [[DATE_TIME:Saturday 14 June 2025]] in the church hall at [[ADDRESS:112 Peckham High Street]]. Both families are [[NRP:Ghanaian]] and about 200 guests are expected.""",
    """Tenant [[PERSON:Shanice Campbell]] of [[ADDRESS:Flat 12, Marlowe House]], [[LOCATION:Tulse Hill]], has reported damp and black mould three times since [[DATE_TIME:November 2023]]. Her daughter is [[AGE:2]] and has been admitted twice with asthma.""",
    """[[PERSON:Johan Eriksson]] fick avslag på bostadsbidraget den [[DATE_TIME:12 mars]] eftersom Försäkringskassan tror att han bor ihop med [[PERSON:Elin]]. Han vill överklaga och har skickat in sitt personnummer, [[ID_NUMBER:880302-2311]], och sin nya adress: [[ADDRESS:Ringvägen 44 B]], [[ZIP_CODE:118 60]] [[LOCATION:Stockholm]].""",
    """Hei, jeg heter [[PERSON:Sindre Haugland]] og bor i [[ADDRESS:Kirkeveien 112]] på [[LOCATION:Majorstuen]]. Jeg har fått faktura for eiendomsskatt fra kommunen, men boligen står fortsatt på min mor, [[PERSON:Liv Haugland]], som døde [[DATE_TIME:3. februar]].""",
    """Hjemmeplejen har ændret besøgstiden for [[PERSON:Poul Erik Skov]] til kl. 7.30 fra og med [[DATE_TIME:mandag den 2. juni]]. Han er [[AGE:88]] og bor på [[ADDRESS:Skibhusvej 210, st.]] i [[LOCATION:Odense]]. Kontakt datteren [[PERSON:Lone Skov]] på [[PHONE_NUMBER:28 43 91 07]] ved spørgsmål.""",
    """Please correct [[PERSON:Lerato Mokoena]]'s income tax reference number to [[ID_NUMBER:0871405263]] and pay her salary into FNB cheque account [[ID_NUMBER:62813094477]], branch code 250655, from this month's run onwards.""",
    """[[PERSON:Wanjiru Kamau]] of [[LOCATION:Nakuru]] paid her SHA contribution through M-Pesa from [[PHONE_NUMBER:0722 418 903]]. Her ID number is [[ID_NUMBER:28471930]] and her KRA PIN is [[ID_NUMBER:A009184736Z]].""",
    """[[PERSON:Ma. Cristina Dela Cruz]], [[AGE:52]], a barangay health worker in [[LOCATION:Quezon City]], was born on [[DATE_TIME:September 30, 1972]] and her SSS number is [[ID_NUMBER:34-1872049-6]]. She is applying for a salary loan of ₱40,000.""",
    """The aged care assessment for [[PERSON:Giuseppe Romano]] ([[AGE:84]]) is booked for [[DATE_TIME:Tuesday 18 March at 10am]] at his home, [[ADDRESS:27 Lygon Street]], [[LOCATION:Brunswick East]] [[LOCATION:VIC]] [[ZIP_CODE:3057]]. Please have his Medicare card ([[ID_NUMBER:2953 41877 1]]) ready and let his daughter [[PERSON:Francesca]] know.""",
    """gg to [[USERNAME:xXNightOwlXx]] lmao, he literally said on stream his name is [[PERSON:Bradley Huang]] and he goes to high school in [[LOCATION:Elk Grove]]. his channel is [[URL:twitch.tv/xxnightowlxx]] if u want to see the clip""",
    """Rx ready for [[PERSON:Dolores Pinto]], DOB [[DATE_TIME:04-19-1948]]; her Medicare Beneficiary Identifier [[ID_NUMBER:4KT7-WN2-PF58]] is on file and the copay is $4.70. Her grandson [[PERSON:Mateo]] will pick it up.""",
    """[[PERSON:Tyrone Jackson]]'s [[LOCATION:Georgia]] driver's license, number [[US_DRIVER_LICENSE:058341922]], was suspended on [[DATE_TIME:2/3/2025]] for an unpaid citation out of [[LOCATION:Fulton County]].""",
    """For verification: I'm [[PERSON:Amanda Kowalski]], SSN [[US_SSN:412-58-9903]], date of birth [[DATE_TIME:November 2, 1983]], and the joint account is with my husband, [[PERSON:Peter Kowalski]].""",
    """[[PERSON:Rahul Venkataraman]] renewed his U.S. passport, number [[US_PASSPORT:567218394]], at the [[LOCATION:Houston]] Passport Agency on [[DATE_TIME:January 9]] because he flies to [[LOCATION:Chennai]] for his sister's wedding.""",
    """Housing Assistance Payment application: [[PERSON:Oksana Melnyk]], [[NRP:Ukrainian]], PPSN [[ID_NUMBER:6729105G]], currently at [[ADDRESS:Apt 4, Riverside Court, Dock Road]], [[LOCATION:Limerick]] [[ZIP_CODE:V94 R2C8]], with her son [[PERSON:Danylo]] ([[AGE:11]]).""",
    """My grandmother [[PERSON:Tan Ah Moi]] is [[AGE:89]] and lives alone at [[ADDRESS:Blk 208 Bishan Street 23, #07-155]], [[LOCATION:Singapore]] [[ZIP_CODE:570208]]. The befriender, [[PERSON:Nur Aisyah]], visits on Wednesdays, and you can call the flat on [[PHONE_NUMBER:6258 4417]].""",
    """Hi [[PERSON:Marcus]], this is to confirm that your jury service starts on [[DATE_TIME:Monday 10 February]] at the Crown Court, [[ADDRESS:1 Oxford Row]], [[LOCATION:Leeds]] [[ZIP_CODE:LS1 3BG]]. Please bring photo ID and this letter. Kind regards, [[PERSON:Heather Lumb]], Jury Officer""",
    """[[PERSON:Aleksandra Nowak]] is appealing her PIP decision. She has MS and uses a wheelchair; her tribunal is on [[DATE_TIME:27/02/2025 at 2pm]], her NI number is [[ID_NUMBER:PB 73 51 08 D]] and her welfare rights adviser is [[PERSON:Owen Jenkins]].""",
    """I've been caring for my brother [[PERSON:Kofi]] for over 35 hours a week since [[DATE_TIME:August 2023]]. My name is [[PERSON:Adwoa Mensah-Bonsu]], I'm [[AGE:43]], and I'd like to claim Carer's Allowance. My address is [[ADDRESS:88 Kenmure Road]], [[LOCATION:Hackney]], [[LOCATION:London]] [[ZIP_CODE:E8 1DU]].""",
    """Food bank voucher issued to [[PERSON:Jamie-Lee Harper]] (household of four) by [[PERSON:Sue]] at Citizens Advice on [[DATE_TIME:6 December]]; collect from the hall behind St Luke's church. Phone [[PHONE_NUMBER:07393 115 640]].""",
    """[[PERSON:Darren Whitlock]], [[AGE:38]], presented as homeless at the council's housing options desk on [[DATE_TIME:Tuesday 3 June]] after being evicted from [[ADDRESS:16a Castle Street]], [[LOCATION:Shrewsbury]]. He has been placed in a B&B in [[LOCATION:Wellington]] for now.""",
    """The home support hours for [[PERSON:Bridget Doherty]] ([[AGE:93]]) in [[LOCATION:Buncrana]] go up to 14 a week from [[DATE_TIME:Monday 7th April]]. Her carer [[PERSON:Marta]] will cover the mornings, and her GP is [[PERSON:Dr. Seamus McLaughlin]].""",
    """APS received a report on [[DATE_TIME:09/12/2024]] that [[PERSON:Harold Finch]], [[AGE:82]], of [[ADDRESS:1540 Old Mill Rd]], [[LOCATION:Lexington]], [[LOCATION:KY]] [[ZIP_CODE:40511]], may be financially exploited by a man calling himself [[PERSON:Rick]], who has been using [[PERSON:Harold]]'s debit card.""",
    """bulky waste collection booked for [[PERSON:anita desai]] at [[ADDRESS:73 Wellington Road]], [[LOCATION:Northampton]] [[ZIP_CODE:NN1 4DX]] on [[DATE_TIME:thursday 20 march]]: 1 sofa, 1 fridge. Leave items out by 7am. Ref BW-2025-031877.""",
    """[[PERSON:Gurpreet Dhaliwal]] called about the home owner grant on her property at [[ADDRESS:14622 58 Avenue]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3S 1Z9]]. She turned [[AGE:65]] on [[DATE_TIME:March 12]], so she now qualifies for the additional grant. Call back on [[PHONE_NUMBER:604-555-0172]].""",
    """[[PERSON:Kirra Anderson]]'s kinship carer, her aunt [[PERSON:Leanne Walker]], receives the foster allowance into account [[ID_NUMBER:10274431]] (BSB 064-118). [[PERSON:Kirra]] is [[AGE:7]] and goes to school in [[LOCATION:Dubbo]].""",
    """Invoice query: fees for [[PERSON:Mr. Albert Okeke]] at Willowbrook Care Home for 1–31 May total £5,840. His son [[PERSON:Chinedu]] pays by standing order from [[IBAN_CODE:GB37 LOYD 3099 2170 4468 13]]; please confirm the funded nursing contribution has been deducted.""",
    """[[PERSON:Fatima Zahra Benali]] would like to set up a transfer of €450 on the 1st of each month to her mother's IBAN [[IBAN_CODE:FR76 3000 3012 3400 0517 3920 117]] in [[LOCATION:Lyon]]. Her own account number is [[ID_NUMBER:31840227]].""",
    """Claim submitted for [[PERSON:Arjun Mehta]], policy HLT-5521983, for his appendectomy at Lilavati Hospital on [[DATE_TIME:17 Jan 2025]]; PAN [[ID_NUMBER:AFGPM4417K]], contact [[EMAIL_ADDRESS:arjun.mehta1990@yahoo.co.in]].""",
    """KYC approved for [[PERSON:Diego Fernández]] ([[NRP:Argentine]]), DNI [[ID_NUMBER:32.118.904]]; selfie and proof of address for [[ADDRESS:Av. Corrientes 1845, piso 6 B]], [[LOCATION:Buenos Aires]] verified on [[DATE_TIME:3 Mar 2025 14:22]].""",
    """Your driver [[PERSON:Sipho]] is arriving in a white Toyota Corolla, plate [[ID_NUMBER:CA 418-227]]. Pickup: [[ADDRESS:45 Kloof Street]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]]. Share your trip with [[PERSON:Nomvula]]?""",
    """Guest [[PERSON:Keanu Kahananui]] checked in on [[DATE_TIME:12 Dec 2024 at 22:47]] to room 1412; the card on file, [[CREDIT_CARD:3471 285096 31272]], was pre-authorised for $300, and his home address is [[ADDRESS:94-1032 Kaikohola St]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]].""",
    """Congrats [[PERSON:Nkechi]]! Your Data Analytics Level 3 certificate has been emailed to [[EMAIL_ADDRESS:nkechi.obi@outlook.com]]. Learner number [[ID_NUMBER:LN-7730215]], course completed [[DATE_TIME:28/08/2024]].""",
    """[[PERSON:Yusuf Patel]] from the [[LOCATION:Batley]] mosque committee has asked that donations for [[PERSON:Amina Begum]]'s funeral be sent to the account in her husband's name, sort code 20-45-77, account [[ID_NUMBER:83311065]]. The family are [[NRP:Muslim]] and the burial will be within 24 hours.""",
    """Reminder: [[PERSON:Olivia Bennett-Shaw]] has a check-up with [[PERSON:Dr Kaur]] on [[DATE_TIME:Wed 5 March at 8:45am]]. Reply C to cancel. Sent to [[PHONE_NUMBER:07534 668 201]].""",
    """[[PERSON:Hemi Walker]]'s eye test is booked for [[DATE_TIME:Friday 21 February, 3.15pm]] at the [[LOCATION:Rotorua]] store; his NHI is [[ID_NUMBER:KRT3589]] and he asked us to text [[PHONE_NUMBER:027 318 4409]] the day before.""",
    """To whom it may concern: [[PERSON:Rosa Delgado]] worked as a care assistant at our home from [[DATE_TIME:March 2019]] to [[DATE_TIME:October 2024]]. She is reliable and very kind with residents. – [[PERSON:Brian Kettering]], Registered Manager, [[PHONE_NUMBER:07700 775 241]]""",
    """The mortgage for [[PERSON:Liam]] and [[PERSON:Chloe Ferguson]] on [[ADDRESS:9 Briarwood Gardens]], [[LOCATION:Livingston]] [[ZIP_CODE:EH54 6JR]] should complete on [[DATE_TIME:30 June]], so please send the signed documents to [[EMAIL_ADDRESS:chloe.ferg@btinternet.com]] asap.""",
    """The electoral registration officer wrote to [[PERSON:Mohamed Hassan Ali]] at [[ADDRESS:Flat 22, 5 Bloom Street]], [[LOCATION:Manchester]] on [[DATE_TIME:14 August 2024]] because no one at the flat had answered the household enquiry.""",
    """Thank you, [[PERSON:Gwen Morgan]], for your gift of £25 a month. Your Gift Aid declaration dated [[DATE_TIME:2 January 2025]] covers donations from your home at [[ADDRESS:Tŷ Gwyn, Llanfair Road]], [[LOCATION:Ruthin]] [[ZIP_CODE:LL15 1BY]].""",
    """[[PERSON:Kwame Asante]] joined the union on [[DATE_TIME:1 Oct 2023]], membership number [[ID_NUMBER:U0882147]]; he works nights at the [[LOCATION:Daventry]] depot and has asked for a rep at his disciplinary.""",
    """Contribution of $250 from [[PERSON:Eleanor Whitaker]], retired teacher, [[ADDRESS:44 Elm Street]], [[LOCATION:Concord]], [[LOCATION:NH]] [[ZIP_CODE:03301]], received [[DATE_TIME:10/02/2024]]; the donor affirms she is an [[NRP:American]] citizen.""",
    """[[PERSON:Jean-Baptiste Lavoie]] was discharged on [[DATE_TIME:2025-01-14]] to his daughter's home at [[ADDRESS:312 rue King Ouest]], [[LOCATION:Sherbrooke]], [[LOCATION:QC]] [[ZIP_CODE:J1H 1R4]]; his RAMQ number is [[ID_NUMBER:LAVJ 4203 1218]] and the CLSC nurse visits twice a week.""",
    """Trygghetslarmet hos [[PERSON:Gösta Berglund]] ([[AGE:93]]) på [[ADDRESS:Tallvägen 3]] i [[LOCATION:Skellefteå]] gick i natt, och [[PERSON:Amira]] från hemtjänsten var där inom tjugo minuter. Kontaktperson är sonen [[PERSON:Lars Berglund]], [[PHONE_NUMBER:070-552 81 34]].""",
    """Under-12s registration: [[PERSON:Aiden Murphy-Clarke]], born [[DATE_TIME:08/05/2013]]; parent [[PERSON:Siobhan Clarke]], [[PHONE_NUMBER:086 221 4573]]; medical notes: mild asthma, inhaler in bag; address [[ADDRESS:21 Hazel Grove]], [[LOCATION:Mullingar]].""",
    """[[PERSON:Kimberly Nguyen]] logged into the patient portal from [[IP_ADDRESS:2600:1700:4a3c:9e10::2f]] on [[DATE_TIME:June 3, 2024 at 7:12 PM]] and messaged [[PERSON:Dr. Osei]] about her lab results; MRN [[ID_NUMBER:004418265]].""",
    """A street trading licence has been granted to [[PERSON:Mehmet Yılmaz]] of [[ADDRESS:7 Green Lanes]], [[LOCATION:Haringey]] [[ZIP_CODE:N4 1JN]], for a coffee cart on the High Road, from [[DATE_TIME:1 April 2025]] for twelve months.""",
]

TABLE = [
    """claim_ref,claimant,dob,address,postcode,weekly_rent,status
HB-20411,[[PERSON:Joanne Pritchard]],[[DATE_TIME:1979-03-22]],[[ADDRESS:14 Alder Road]],[[ZIP_CODE:CH41 6HT]],112.50,approved
HB-20412,[[PERSON:Mustafa Erdem]],[[DATE_TIME:1990-11-05]],"[[ADDRESS:Flat 6, 2 Conway Street]]",[[ZIP_CODE:CH41 4AD]],98.00,pending
HB-20413,[[PERSON:Kerry-Ann Walsh]],[[DATE_TIME:1968-07-14]],"[[ADDRESS:33 Beckwith Street, Apt 2]]",[[ZIP_CODE:CH41 3PE]],120.00,approved
HB-20414,[[PERSON:Dariusz Zieliński]],[[DATE_TIME:1985-01-30]],[[ADDRESS:7 Pilgrim Street]],[[ZIP_CODE:CH41 5EH]],104.75,suspended""",
    """visit_id\tclient\tage\tcarer\tvisit_date\tmins\ttask
V-1101\t[[PERSON:Agnes Fairweather]]\t[[AGE:88]]\t[[PERSON:Lucy Mensah]]\t[[DATE_TIME:03/03/2025]]\t30\tmedication prompt
V-1102\t[[PERSON:Reginald Boateng]]\t[[AGE:79]]\t[[PERSON:Lucy Mensah]]\t[[DATE_TIME:03/03/2025]]\t45\tpersonal care
V-1103\t[[PERSON:Mary O'Hara]]\t[[AGE:94]]\t[[PERSON:Tomás Ruiz]]\t[[DATE_TIME:03/03/2025]]\t15\twelfare check
V-1104\t[[PERSON:Bernard Lusk]]\t[[AGE:81]]\t[[PERSON:Tomás Ruiz]]\t[[DATE_TIME:04/03/2025]]\t60\tshopping""",
    """| Name | Team | Ext. | Mobile | Email |
|------|------|------|--------|-------|
| [[PERSON:Rachel Obeng]] | Adult Social Care – Duty | 4471 | [[PHONE_NUMBER:07712 448 390]] | [[EMAIL_ADDRESS:rachel.obeng@wirral.gov.uk]] |
| [[PERSON:Tom Pickering]] | Housing Options | 4482 | [[PHONE_NUMBER:07712 448 517]] | [[EMAIL_ADDRESS:tom.pickering@wirral.gov.uk]] |
| [[PERSON:Farida Osman]] | Benefits Assessment | 4019 | – | [[EMAIL_ADDRESS:farida.osman@wirral.gov.uk]] |
| [[PERSON:Graham]] "[[PERSON:Gus]]" [[PERSON:Taylor]] | Blue Badge | 4120 | [[PHONE_NUMBER:07712 448 902]] | [[EMAIL_ADDRESS:graham.taylor@wirral.gov.uk]] |""",
    """EMP_NO  SURNAME        FORENAME   NI_NO          TAX_CODE  GROSS
[[ID_NUMBER:004417]]  [[PERSON:Kowalczyk]]      [[PERSON:Marta]]      [[ID_NUMBER:PE 44 18 27 C]]  1257L     2,418.50
[[ID_NUMBER:004418]]  [[PERSON:Adeyemi]]        [[PERSON:Tolu]]       [[ID_NUMBER:JK 20 61 93 A]]  1257L     1,987.00
[[ID_NUMBER:004421]]  [[PERSON:MacLeod]]        [[PERSON:Fiona]]      [[ID_NUMBER:SZ 81 07 44 D]]  BR        2,960.12
[[ID_NUMBER:004425]]  [[PERSON:Ramaswamy]]      [[PERSON:Harish]]     [[ID_NUMBER:AB 31 72 58 B]]  K475      3,104.77""",
    """{"signup_id": 9012, "name": "[[PERSON:Amelia Hart]]", "email": "[[EMAIL_ADDRESS:amelia.hart@gmail.com]]", "plan": "family", "country": "[[LOCATION:Australia]]", "created": "[[DATE_TIME:2025-01-07]]"}
{"signup_id": 9013, "name": "[[PERSON:Tevita Fifita]]", "email": "[[EMAIL_ADDRESS:tfifita@xtra.co.nz]]", "plan": "solo", "country": "[[LOCATION:New Zealand]]", "created": "[[DATE_TIME:2025-01-07]]"}
{"signup_id": 9014, "name": "[[PERSON:Ruth Abernethy]]", "email": "[[EMAIL_ADDRESS:ruth.abernethy@bigpond.com]]", "plan": "solo", "country": "[[LOCATION:Australia]]", "created": "[[DATE_TIME:2025-01-08]]"}
{"signup_id": 9015, "name": "[[PERSON:Pham Minh Duc]]", "email": "[[EMAIL_ADDRESS:duc.pham.mel@gmail.com]]", "plan": "family", "country": "[[LOCATION:Australia]]", "created": "[[DATE_TIME:2025-01-09]]"}""",
    """trip: Year 8 [[LOCATION:Snowdonia]] residential
leader: [[PERSON:Mr. Gareth Lloyd]]
students:
  - name: [[PERSON:Ollie Brennan]]
    dob: [[DATE_TIME:2011-09-14]]
    allergies: none
    contact: [[PERSON:Sarah Brennan]]
    phone: "[[PHONE_NUMBER:07411 205 883]]"
  - name: [[PERSON:Amira Haddad]]
    dob: [[DATE_TIME:2012-02-03]]
    allergies: peanuts (EpiPen)
    contact: [[PERSON:Yousef Haddad]]
    phone: "[[PHONE_NUMBER:07896 330 142]]"
  - name: [[PERSON:Kacper Nowicki]]
    dob: [[DATE_TIME:2011-11-27]]
    allergies: none
    contact: [[PERSON:Agnieszka Nowicka]]
    phone: "[[PHONE_NUMBER:07522 918 604]]\"""",
    """Property: [[ADDRESS:14 Kingsley Road]], [[LOCATION:Bedford]] [[ZIP_CODE:MK40 3SE]]

Unit: [[ADDRESS:Flat 1]]
Tenant: [[PERSON:Precious Moyo]]
Since: [[DATE_TIME:01/08/2022]]
Rent: £725 pcm
Phone: [[PHONE_NUMBER:07459 221 087]]

Unit: [[ADDRESS:Flat 2]]
Tenant: [[PERSON:Dean Whitfield]] and [[PERSON:Carly Ross]]
Since: [[DATE_TIME:15/02/2024]]
Rent: £850 pcm
Phone: [[PHONE_NUMBER:07933 604 218]]

Unit: [[ADDRESS:Flat 3]]
Tenant: vacant (void since 3 March)
Rent: £790 pcm""",
    """namn;personnummer;avdelning;rum;anhörig;telefon anhörig
[[PERSON:Gunhild Nyström]];[[ID_NUMBER:290711-9248]];Solrosen;12;[[PERSON:Per Nyström]];[[PHONE_NUMBER:070-418 33 05]]
[[PERSON:Astrid Holm]];[[ID_NUMBER:360415-2086]];Solrosen;14;[[PERSON:Karin Holm Ek]];[[PHONE_NUMBER:073-556 12 48]]
[[PERSON:Signe Lundberg]];[[ID_NUMBER:381130-7820]];Vitsippan;3;[[PERSON:Mats Lundberg]];[[PHONE_NUMBER:08-712 44 90]]
[[PERSON:Elsa Rydén]];[[ID_NUMBER:19440823-1662]];Vitsippan;7;[[PERSON:Anna Rydén]];[[PHONE_NUMBER:+46 76 240 19 57]]""",
    """| Søker | Fødselsnr. | Husstand | Nåværende adresse | Telefon | Status |
|---|---|---|---|---|---|
| [[PERSON:Mariam Ali Hassan]] | [[ID_NUMBER:28089514683]] | 3 | [[ADDRESS:Tøyengata 31, H0201]], [[ZIP_CODE:0578]] [[LOCATION:Oslo]] | [[PHONE_NUMBER:467 20 318]] | Venteliste |
| [[PERSON:Jonas Berg]] | [[ID_NUMBER:17073012376]] | 1 | [[ADDRESS:Trondheimsveien 122]], [[ZIP_CODE:0570]] [[LOCATION:Oslo]] | [[PHONE_NUMBER:915 88 042]] | Tildelt |
| [[PERSON:Tor Inge Moen]] | [[ID_NUMBER:09036716921]] | 2 | [[ADDRESS:Kolstadgata 4]], [[ZIP_CODE:0652]] [[LOCATION:Oslo]] | [[PHONE_NUMBER:902 41 775]] | Under behandling |""",
    """Navn                  CPR-nr.      Adresse                    Postnr. By            Beløb (kr)
[[PERSON:Else Marie Bang]]       [[ID_NUMBER:140239-3846]]  [[ADDRESS:Enghavevej 40, 4. th.]]      [[ZIP_CODE:1674]]    [[LOCATION:København V]]   14.218,00
[[PERSON:Knud Aage Pedersen]]    [[ID_NUMBER:300552-3019]]  [[ADDRESS:Tordenskjoldsgade 9]]        [[ZIP_CODE:5000]]    [[LOCATION:Odense C]]      13.402,50
[[PERSON:Grethe Villadsen]]      [[ID_NUMBER:021047-3246]]  [[ADDRESS:Algade 17, 1.]]              [[ZIP_CODE:4000]]    [[LOCATION:Roskilde]]      15.075,00""",
    """{"kundnr": [[ID_NUMBER:50412]], "namn": "[[PERSON:Sofia Bergström]]", "personnr": "[[ID_NUMBER:19510302-0466]]", "ort": "[[LOCATION:Linköping]]", "kundtyp": "privat", "nyhetsbrev": true}
{"kundnr": [[ID_NUMBER:50413]], "namn": "[[PERSON:Ali Karimi]]", "personnr": "[[ID_NUMBER:19910227-0734]]", "ort": "[[LOCATION:Malmö]]", "kundtyp": "privat", "nyhetsbrev": false}
{"kundnr": [[ID_NUMBER:50415]], "namn": "[[PERSON:Peter Strand]]", "personnr": "[[ID_NUMBER:19620914-3913]]", "ort": "[[LOCATION:Luleå]]", "kundtyp": "företag", "nyhetsbrev": false}""",
    """payment_id,payee_name,payee_iban,amount_eur,remittance_info
PAY-0918,[[PERSON:Jan de Vries]],[[IBAN_CODE:NL06INGB0007263854]],1250.00,salary feb
PAY-0919,[[PERSON:Kerstin Albrecht]],[[IBAN_CODE:DE44500105175407324931]],980.40,salary feb
PAY-0920,[[PERSON:Aurélien Petit]],[[IBAN_CODE:BE33001682304746]],1104.10,salary feb + travel
PAY-0921,[[PERSON:Maria José Carvalho]],[[IBAN_CODE:ES9121000418450200051332]],860.00,salary feb (part-time)""",
    """Time  | Patient                | DOB        | NHS No       | Clinician  | Reason
------+------------------------+------------+--------------+------------+------------------
09:10 | [[PERSON:HARRIS]], [[PERSON:Joan]]           | [[DATE_TIME:12/04/1941]] | [[ID_NUMBER:438 120 6576]] | [[PERSON:Dr Patel]]   | BP review
09:20 | [[PERSON:OYELARAN]], [[PERSON:Femi]]         | [[DATE_TIME:30/09/1978]] | [[ID_NUMBER:506 781 3423]] | [[PERSON:Dr Patel]]   | back pain
09:30 | [[PERSON:McGREGOR]], [[PERSON:Isla]]         | [[DATE_TIME:05/01/2019]] | [[ID_NUMBER:702 915 8644]] | [[PERSON:Nurse Ann]]  | immunisations
09:40 | [[PERSON:SZABO]], [[PERSON:Gabor]]           | [[DATE_TIME:22/06/1955]] | [[ID_NUMBER:389 450 2169]] | [[PERSON:Dr Patel]]   | med review""",
    """pupil\tdob\tclass\tparent_carer\tphone\temail\tsen
[[PERSON:Ayo Bankole]]\t[[DATE_TIME:2016-03-11]]\t3B\t[[PERSON:Funke Bankole]]\t[[PHONE_NUMBER:07404 118 263]]\t[[EMAIL_ADDRESS:funke.bankole@gmail.com]]\tN
[[PERSON:Lily-Mae Cartwright]]\t[[DATE_TIME:2015-10-29]]\t3B\t[[PERSON:Dean Cartwright]]\t[[PHONE_NUMBER:07884 502 716]]\t[[EMAIL_ADDRESS:deanc1988@hotmail.co.uk]]\tY
[[PERSON:Harjot Singh]]\t[[DATE_TIME:2016-07-02]]\t3B\t[[PERSON:Manpreet Kaur]]\t[[PHONE_NUMBER:07951 337 480]]\t[[EMAIL_ADDRESS:manpreetk.home@yahoo.co.uk]]\tN
[[PERSON:Eli Goldstein]]\t[[DATE_TIME:2016-01-18]]\t3B\t[[PERSON:Miriam Goldstein]]\t[[PHONE_NUMBER:07707 264 119]]\t[[EMAIL_ADDRESS:miriam@goldstein.me.uk]]\tN""",
    """elector_no,surname,forenames,qualifying_address,postcode,marker
[[ID_NUMBER:KA1-0412]],[[PERSON:ACHEAMPONG]],[[PERSON:Kwadwo Boakye]],[[ADDRESS:3 Linden Avenue]],[[ZIP_CODE:GU1 3QB]],
[[ID_NUMBER:KA1-0413]],[[PERSON:ACHEAMPONG]],[[PERSON:Yaa]],[[ADDRESS:3 Linden Avenue]],[[ZIP_CODE:GU1 3QB]],G
[[ID_NUMBER:KA1-0414]],[[PERSON:FENWICK]],[[PERSON:Hilary Anne]],[[ADDRESS:5 Linden Avenue]],[[ZIP_CODE:GU1 3QB]],
[[ID_NUMBER:KA1-0415]],[[PERSON:WOJCIK]],[[PERSON:Piotr]],"[[ADDRESS:Flat A, 7 Linden Avenue]]",[[ZIP_CODE:GU1 3QB]],G""",
    """| # | Attendee | Nationality | Country of residence | Email | Dietary |
|:-:|----------|-------------|----------------------|-------|---------|
| 1 | [[PERSON:Dr. Amara Nwankwo]] | [[NRP:Nigerian]] | [[LOCATION:United Kingdom]] | [[EMAIL_ADDRESS:a.nwankwo@soton.ac.uk]] | halal |
| 2 | [[PERSON:Rajesh Pillai]] | [[NRP:Indian]] | [[LOCATION:Singapore]] | [[EMAIL_ADDRESS:rajesh.pillai@nus.edu.sg]] | vegetarian |
| 3 | [[PERSON:Siosaia Tupou]] | [[NRP:Tongan]] | [[LOCATION:New Zealand]] | [[EMAIL_ADDRESS:stupou@aut.ac.nz]] | – |
| 4 | [[PERSON:Prof. Helen Cartwright]] | [[NRP:Canadian]] | [[LOCATION:Canada]] | [[EMAIL_ADDRESS:hcartwright@ualberta.ca]] | gluten-free |""",
    """{"ts": "[[DATE_TIME:2025-02-11T07:58:12Z]]", "user": "[[USERNAME:a.mensah]]", "ip": "[[IP_ADDRESS:41.66.201.18]]", "result": "ok", "mfa": "push"}
{"ts": "[[DATE_TIME:2025-02-11T08:02:45Z]]", "user": "[[USERNAME:jwhitlock]]", "ip": "[[IP_ADDRESS:86.14.212.97]]", "result": "bad_password", "mfa": null}
{"ts": "[[DATE_TIME:2025-02-11T08:03:10Z]]", "user": "[[USERNAME:jwhitlock]]", "ip": "[[IP_ADDRESS:86.14.212.97]]", "result": "ok", "mfa": "sms"}
{"ts": "[[DATE_TIME:2025-02-11T08:15:33Z]]", "user": "[[USERNAME:priya.s]]", "ip": "[[IP_ADDRESS:2a00:23c5:e31:9101:8d4:61ff:fe2c:a10b]]", "result": "ok", "mfa": "totp"}""",
    """rota: Saturday food bank, St Mark's hall
coordinator:
  name: [[PERSON:Beverley Okoro]]
  mobile: [[PHONE_NUMBER:07867 412 093]]
volunteers:
  - {name: [[PERSON:Frank Delaney]], shift: "9-12", role: intake, dbs_checked: true}
  - {name: [[PERSON:Noor Fatima]], shift: "9-12", role: packing, dbs_checked: true}
  - {name: [[PERSON:Callum Reid]], shift: "12-3", role: driver, dbs_checked: false, van_reg: [[ID_NUMBER:YX19 KTD]]}
  - {name: [[PERSON:Marisa Costa]], shift: "12-3", role: packing, dbs_checked: true}""",
    """EMPID  NAME                   SSN          ST  NET PAY
------ ---------------------- ------------ --  ---------
[[ID_NUMBER:10231]]  [[PERSON:Deshawn L. Carter]]      [[US_SSN:261-48-7730]]  [[LOCATION:FL]]  2,104.88
[[ID_NUMBER:10232]]  [[PERSON:Mary Beth Kowalczyk]]    [[US_SSN:190-62-4418]]  [[LOCATION:PA]]  1,877.40
[[ID_NUMBER:10240]]  [[PERSON:Hung Tran]]              [[US_SSN:625-30-1957]]  [[LOCATION:TX]]  2,561.02
[[ID_NUMBER:10244]]  [[PERSON:Rosalind Featherstone]]  [[US_SSN:048-77-2261]]  [[LOCATION:CT]]  3,012.66""",
    """guest,room,arrival,departure,card_on_file,loyalty_no
[[PERSON:Conor Mulligan]],204,[[DATE_TIME:2025-03-14]],[[DATE_TIME:2025-03-16]],[[CREDIT_CARD:4532017746309189]],[[ID_NUMBER:GLD-448120]]
[[PERSON:Adaeze Okonkwo-Bell]],311,[[DATE_TIME:2025-03-14]],[[DATE_TIME:2025-03-15]],[[CREDIT_CARD:5454011982366046]],
[[PERSON:Hiroshi Watanabe]],315,[[DATE_TIME:2025-03-15]],[[DATE_TIME:2025-03-19]],[[CREDIT_CARD:3530112744800968]],[[ID_NUMBER:PLT-009217]]
[[PERSON:Sofía Castillo]],402,[[DATE_TIME:2025-03-15]],[[DATE_TIME:2025-03-17]],[[CREDIT_CARD:376654012893509]],""",
    """| Member No | Name | Age | Plan | Joined |
| --- | --- | --- | --- | --- |
| [[ID_NUMBER:FT-20931]] | [[PERSON:Keisha Lawrence]] | [[AGE:31]] | Off-peak | [[DATE_TIME:Jan 2023]] |
| [[ID_NUMBER:FT-20954]] | [[PERSON:Brendan O'Rourke]] | [[AGE:58]] | Premium | [[DATE_TIME:Mar 2021]] |
| [[ID_NUMBER:FT-21007]] | [[PERSON:Ananya Iyer]] | [[AGE:24]] | Student | [[DATE_TIME:Sep 2024]] |
| [[ID_NUMBER:FT-21012]] | [[PERSON:Luca Moretti]] | [[AGE:46]] | Premium | [[DATE_TIME:Oct 2024]] |""",
    """Policyholder: [[PERSON:Marcus Adeyinka]]
DOB: [[DATE_TIME:19/12/1992]]
Policy: MTR-7712045
Vehicle reg: [[ID_NUMBER:BD68 XRK]]
Licence no.: [[ID_NUMBER:ADEYI912192M99KB]]

Policyholder: [[PERSON:Helen Fairbairn]]
DOB: [[DATE_TIME:03/07/1964]]
Policy: MTR-7712051
Vehicle reg: [[ID_NUMBER:SN14 FWP]]
Licence no.: [[ID_NUMBER:FAIRB657034H99LM]]

Policyholder: [[PERSON:Tariq Mahmood]]
DOB: [[DATE_TIME:27/05/1987]]
Policy: MTR-7712066
Vehicle reg: [[ID_NUMBER:LV21 OPA]]
Licence no.: [[ID_NUMBER:MAHMO805277T99ZD]]""",
    """customer_name,aadhaar,pan,mobile,city,kyc_status
[[PERSON:Meenakshi Sundaram]],[[ID_NUMBER:5284 0193 7169]],[[ID_NUMBER:DXKPS4821L]],[[PHONE_NUMBER:+91 94440 18272]],[[LOCATION:Chennai]],verified
[[PERSON:Abdul Rehman Qureshi]],[[ID_NUMBER:7301 6628 4508]],[[ID_NUMBER:AQRPQ7730F]],[[PHONE_NUMBER:+91 98201 55409]],[[LOCATION:Mumbai]],pending
[[PERSON:Gurleen Kaur Bedi]],[[ID_NUMBER:2954 7301 1826]],[[ID_NUMBER:CHZPB0917K]],[[PHONE_NUMBER:+91 98140 73216]],[[LOCATION:Ludhiana]],verified
[[PERSON:Sebastian D'Souza]],[[ID_NUMBER:3906 1852 4476]],[[ID_NUMBER:BNMPD5530H]],[[PHONE_NUMBER:+91 97690 20481]],[[LOCATION:Panaji]],rejected""",
    """applicant\tbvn\tphone\tstate\tloan_ngn\tofficer
[[PERSON:Chiamaka Obi]]\t[[ID_NUMBER:22187460935]]\t[[PHONE_NUMBER:0803 412 7719]]\t[[LOCATION:Anambra]]\t250000\t[[PERSON:T. Bello]]
[[PERSON:Musa Garba Ibrahim]]\t[[ID_NUMBER:22401938172]]\t[[PHONE_NUMBER:0706 118 2034]]\t[[LOCATION:Kaduna]]\t400000\t[[PERSON:T. Bello]]
[[PERSON:Oluwadamilare Ogundipe]]\t[[ID_NUMBER:22350017746]]\t[[PHONE_NUMBER:0812 990 4417]]\t[[LOCATION:Oyo]]\t150000\t[[PERSON:A. Eze]]""",
    """ id  |     name      |          email           |       phone       |   city
-----+---------------+--------------------------+-------------------+-----------
 [[ID_NUMBER:101]] | [[PERSON:Grace Liu]]     | [[EMAIL_ADDRESS:grace.liu@fastmail.com]]   | [[PHONE_NUMBER:(604) 555-0190]]    | [[LOCATION:Vancouver]]
 [[ID_NUMBER:102]] | [[PERSON:Owen McCarthy]] | [[EMAIL_ADDRESS:owenmc@eircom.net]]        | [[PHONE_NUMBER:+353 86 410 2277]]  | [[LOCATION:Cork]]
 [[ID_NUMBER:103]] | [[PERSON:Fatou Diallo]]  | [[EMAIL_ADDRESS:fatou.diallo@laposte.net]] | [[PHONE_NUMBER:+33 7 81 44 20 19]] | [[LOCATION:Lyon]]
(3 rows)""",
    """{"order": "D-55201", "recipient": "[[PERSON:Priscilla Mensah]]", "address": "[[ADDRESS:22 Ashgrove Road]]", "town": "[[LOCATION:Aberdeen]]", "postcode": "[[ZIP_CODE:AB25 3AH]]", "phone": "[[PHONE_NUMBER:07402 338 917]]", "slot": "AM"}
{"order": "D-55202", "recipient": "[[PERSON:Hamish Drummond]]", "address": "[[ADDRESS:Croft House, Bridge of Don]]", "town": "[[LOCATION:Aberdeen]]", "postcode": "[[ZIP_CODE:AB23 8JN]]", "phone": "[[PHONE_NUMBER:01224 702 415]]", "slot": "PM"}
{"order": "D-55203", "recipient": "[[PERSON:Zofia Kamińska]]", "address": "[[ADDRESS:Flat 3/1, 118 Holburn Street]]", "town": "[[LOCATION:Aberdeen]]", "postcode": "[[ZIP_CODE:AB10 6BT]]", "phone": "[[PHONE_NUMBER:07511 920 364]]", "slot": "PM"}""",
    """resident,age,nhs_no,faith,room,gp,dnacpr
[[PERSON:Edna Whitworth]],[[AGE:91]],[[ID_NUMBER:6147730282]],[[NRP:Church of England]],3,[[PERSON:Dr Baines]],Y
[[PERSON:Harbans Singh Gill]],[[AGE:84]],[[ID_NUMBER:6023491871]],[[NRP:Sikh]],7,[[PERSON:Dr Baines]],N
[[PERSON:Rose Abrahams]],[[AGE:88]],[[ID_NUMBER:9192844014]],[[NRP:Jewish]],9,[[PERSON:Dr Okeke]],Y
[[PERSON:Patrick Duffy]],[[AGE:79]],[[ID_NUMBER:4010232137]],[[NRP:Roman Catholic]],11,[[PERSON:Dr Okeke]],N""",
    """CRN           NAME                 DOB         SUBURB            ST   PCODE  PAYMENT
[[ID_NUMBER:308 412 775A]]  [[PERSON:Jarrah Williams]]      [[DATE_TIME:12/05/2001]]  [[LOCATION:Alice Springs]]     [[LOCATION:NT]]   [[ZIP_CODE:0870]]   Youth Allowance
[[ID_NUMBER:211 907 364K]]  [[PERSON:Dimitra Papadakis]]    [[DATE_TIME:28/11/1956]]  [[LOCATION:Oakleigh]]          [[LOCATION:VIC]]  [[ZIP_CODE:3166]]   Age Pension
[[ID_NUMBER:405 118 293J]]  [[PERSON:Sean O'Driscoll]]      [[DATE_TIME:03/03/1979]]  [[LOCATION:Bankstown]]         [[LOCATION:NSW]]  [[ZIP_CODE:2200]]   JobSeeker""",
    """| Name | NRIC/FIN | Nationality | Mobile | Pass |
|------|----------|-------------|--------|------|
| [[PERSON:Lim Wei Jie]] | [[ID_NUMBER:S9012847G]] | [[NRP:Singaporean]] | [[PHONE_NUMBER:9123 4480]] | – |
| [[PERSON:Muthu Krishnan]] | [[ID_NUMBER:G6183402N]] | [[NRP:Indian]] | [[PHONE_NUMBER:8715 2093]] | Work Permit |
| [[PERSON:Siti Nurhaliza binte Rahmat]] | [[ID_NUMBER:T0327719J]] | [[NRP:Singaporean]] | [[PHONE_NUMBER:9477 1036]] | – |
| [[PERSON:Jun Reyes]] | [[ID_NUMBER:F7741026X]] | [[NRP:Filipino]] | [[PHONE_NUMBER:8302 6614]] | S Pass |""",
    """emp_no,full_name,id_number,gender,cell,bank_account
[[ID_NUMBER:SA-0142]],[[PERSON:Sibusiso Zulu]],[[ID_NUMBER:8804195120081]],M,[[PHONE_NUMBER:072 418 5530]],[[ID_NUMBER:1048823716]]
[[ID_NUMBER:SA-0143]],[[PERSON:Anele Mthembu]],[[ID_NUMBER:9507310343087]],F,[[PHONE_NUMBER:083 207 6612]],[[ID_NUMBER:62715530098]]
[[ID_NUMBER:SA-0147]],[[PERSON:Pieter Botha]],[[ID_NUMBER:7901026050080]],M,[[PHONE_NUMBER:082 990 1147]],[[ID_NUMBER:4087321195]]""",
    """# council tax – reductions review batch 7
- account: [[ID_NUMBER:7004418821]]
  liable_party: [[PERSON:Sandra Kirkpatrick]]
  property: [[ADDRESS:11 Heather Brae]], [[LOCATION:Kilmarnock]]
  band: B
  reduction: single person discount
  review_due: [[DATE_TIME:2025-06-30]]
- account: [[ID_NUMBER:7004419305]]
  liable_party: [[PERSON:Mohammed Rahim]]
  property: [[ADDRESS:2/1, 47 Portland Road]], [[LOCATION:Kilmarnock]]
  band: A
  reduction: council tax reduction (low income)
  review_due: [[DATE_TIME:2025-07-15]]
- account: [[ID_NUMBER:7004420117]]
  liable_party: [[PERSON:Isobel Grant]]
  property: [[ADDRESS:Rowanbank Cottage]], [[LOCATION:Dunlop]]
  band: E
  reduction: disabled band reduction
  review_due: [[DATE_TIME:2025-09-01]]""",
    """Applicant: [[PERSON:Nadia Boucher]]
SIN: [[ID_NUMBER:462 085 135]]
Children: [[PERSON:Élodie]] ([[AGE:4]]), [[PERSON:Mathis]] ([[AGE:1]])
Province: [[LOCATION:New Brunswick]]
Application date: [[DATE_TIME:2024-11-20]]

Applicant: [[PERSON:Kwame Boateng]]
SIN: [[ID_NUMBER:293 710 463]]
Children: [[PERSON:Abena]] ([[AGE:7]])
Province: [[LOCATION:Alberta]]
Application date: [[DATE_TIME:2024-11-22]]

Applicant: [[PERSON:Harpreet Grewal]]
SIN: [[ID_NUMBER:618 409 270]]
Children: [[PERSON:Jasleen]] ([[AGE:9]]), [[PERSON:Arjan]] ([[AGE:6]]), [[PERSON:Simran]] ([[AGE:2]])
Province: [[LOCATION:British Columbia]]
Application date: [[DATE_TIME:2024-11-25]]""",
    """payout_ref\tbeneficiary\tid_no\tmpesa_no\tcounty\tamount_kes
CT-88101\t[[PERSON:Achieng Otieno]]\t[[ID_NUMBER:30418862]]\t[[PHONE_NUMBER:0712 330 418]]\t[[LOCATION:Kisumu]]\t4000
CT-88102\t[[PERSON:Kiprop Chebet]]\t[[ID_NUMBER:27705193]]\t[[PHONE_NUMBER:0729 551 087]]\t[[LOCATION:Uasin Gishu]]\t4000
CT-88103\t[[PERSON:Halima Abdi Noor]]\t[[ID_NUMBER:33120476]]\t[[PHONE_NUMBER:0798 204 615]]\t[[LOCATION:Garissa]]\t4000
CT-88104\t[[PERSON:Mwende Musyoka]]\t[[ID_NUMBER:25983307]]\t[[PHONE_NUMBER:0110 447 932]]\t[[LOCATION:Machakos]]\t2000""",
    """customer;date_of_birth;iban;city;segment
[[PERSON:Thijs van Dijk]];[[DATE_TIME:14-02-1983]];[[IBAN_CODE:NL84RABO0312456786]];[[LOCATION:Utrecht]];retail
[[PERSON:Chiara Bellandi]];[[DATE_TIME:02-08-1990]];[[IBAN_CODE:IT25O0306909606100000012345]];[[LOCATION:Firenze]];retail
[[PERSON:Jonas Meier]];[[DATE_TIME:21-11-1975]];[[IBAN_CODE:CH4604835097624311000]];[[LOCATION:Basel]];private
[[PERSON:Ahmed Al Mansoori]];[[DATE_TIME:09-06-1988]];[[IBAN_CODE:AE530260001015673921804]];[[LOCATION:Abu Dhabi]];private""",
    """{"claim_id": "DSP-40018", "name": "[[PERSON:Máire Ní Dhonnchadha]]", "ppsn": "[[ID_NUMBER:2274019U]]", "scheme": "Carer's Allowance", "county": "[[LOCATION:Mayo]]", "decision": "awarded"}
{"claim_id": "DSP-40019", "name": "[[PERSON:Tomasz Lewandowski]]", "ppsn": "[[ID_NUMBER:5530862I]]", "scheme": "Jobseeker's Benefit", "county": "[[LOCATION:Dublin]]", "decision": "pending"}
{"claim_id": "DSP-40021", "name": "[[PERSON:Chinwe Eze-Murphy]]", "ppsn": "[[ID_NUMBER:7719340EA]]", "scheme": "One-Parent Family Payment", "county": "[[LOCATION:Waterford]]", "decision": "awarded"}
{"claim_id": "DSP-40022", "name": "[[PERSON:Declan Hayes]]", "ppsn": "[[ID_NUMBER:4401827B]]", "scheme": "State Pension (Contributory)", "county": "[[LOCATION:Kerry]]", "decision": "under review"}""",
]

CHAT = [
    """[14:02] Assistant: Hi, you're through to card services. Can I take your full name?
[14:02] Customer: [[PERSON:Dominic Ashcroft]]
[14:03] Assistant: Thanks [[PERSON:Dominic]]. And your date of birth?
[14:03] Customer: [[DATE_TIME:17/08/1986]]
[14:03] Customer: there are 3 payments in [[LOCATION:bucharest]] i didnt make, card is [[CREDIT_CARD:4929 1835 0027 4612]]
[14:04] Assistant: Please don't share full card numbers in chat. I've blocked the card ending 4612 and raised dispute DSP-7731-044.
[14:05] Agent ([[PERSON:Lauren]]): Hi [[PERSON:Dominic]], I'm [[PERSON:Lauren]] from the fraud team. Your new card will go to [[ADDRESS:27 Bramble Way]], [[LOCATION:Warrington]] [[ZIP_CODE:WA5 3LJ]] – is that still right?
[14:06] Customer: yes. mobile is [[PHONE_NUMBER:07823 611 094]] if you need me""",
    """[[[DATE_TIME:09/01/2025, 08:14]]] [[PERSON:Sunita Kapoor]]: Mum's care assessment is on [[DATE_TIME:Friday 17th January at 11]], the social worker is called [[PERSON:Ben Hughes]], his number is [[PHONE_NUMBER:07700 318 442]]
[[[DATE_TIME:09/01/2025, 08:20]]] [[PERSON:Raj]]: I can't do Friday, work. Can [[PERSON:Anjali]] go?
[[[DATE_TIME:09/01/2025, 08:31]]] [[PERSON:Anjali]]: I'll go. Does he need her NHS number? It's [[ID_NUMBER:732 104 9582]]
[[[DATE_TIME:09/01/2025, 08:33]]] [[PERSON:Sunita Kapoor]]: yes and her pension letter. Also tell him she's at [[ADDRESS:14 Elmfield Road]] now, not the flat
[[[DATE_TIME:09/01/2025, 08:35]]] [[PERSON:Raj]]: 👍 she turns [[AGE:84]] next month btw so maybe mention the stairs""",
    """#it-helpdesk
[[PERSON:Marta Kowalska]]  10:02 AM
@[[USERNAME:dev.oyelaran]] can you reset the VPN for [[PERSON:Jonah Feld]]? he's locked out, home IP is [[IP_ADDRESS:73.162.19.204]]
[[PERSON:Femi Oyelaran]]  10:05 AM
on it. [[USERNAME:jfeld]] right? last good login was [[DATE_TIME:Mar 3 at 6:47 PM]] from the same IP
[[PERSON:Jonah Feld]]  10:11 AM
thanks both! fyi my new mobile for MFA is [[PHONE_NUMBER:(415) 555-0172]]
[[PERSON:Marta Kowalska]]  10:12 AM
updated in Okta. @[[USERNAME:jfeld]] also pls don't paste your employee ID ([[ID_NUMBER:E-10447]]) in public channels next time 🙃""",
    """NAV chat
Veileder: Hei, du snakker med [[PERSON:Silje]] i NAV. Hva gjelder det?
Bruker: Hei, jeg har søkt om økonomisk sosialhjelp og lurer på status. Jeg heter [[PERSON:Ahmed Osman]], fødselsnummer [[ID_NUMBER:03028112350]].
Veileder: Takk, [[PERSON:Ahmed]]. Du trenger ikke skrive fødselsnummeret i chatten neste gang 🙂 Søknaden din ble registrert [[DATE_TIME:4. mars]] og er under behandling. Stemmer det at du nå bor i [[ADDRESS:Jacob Aalls gate 7]], [[ZIP_CODE:0368]] [[LOCATION:Oslo]]?
Bruker: Ja, siden [[DATE_TIME:1. februar]]. Kontonummeret mitt er [[ID_NUMBER:3000.21.47633]].
Veileder: Flott, da er alt registrert. Du får svar innen 14 dager. Ha en fin dag!""",
    """Agent [[PERSON:Priyanka]]: Welcome to support, how may I help you today?
You: my sim is not working since yesterday, number [[PHONE_NUMBER:98311 40672]]
Agent [[PERSON:Priyanka]]: Sorry for the inconvenience. May I know the name on the connection?
You: [[PERSON:Sourav Banerjee]]
Agent [[PERSON:Priyanka]]: Thank you [[PERSON:Mr. Banerjee]]. For verification, please share the last 4 digits of the ID proof you submitted.
You: aadhaar, ends 2208
Agent [[PERSON:Priyanka]]: Verified. SIM swap request SR-44812 is raised and the new SIM will be delivered to [[ADDRESS:Flat 3C, 12/1 Hindusthan Park]], [[LOCATION:Kolkata]] [[ZIP_CODE:700029]] by 6 PM tomorrow.
You: ok. my alternate number is [[PHONE_NUMBER:+91 90070 22815]] if the delivery guy calls""",
    """[[USERNAME:frostbyte_]] — Today at 21:14
lmao [[USERNAME:KaiserWolf]] just leaked his own address on stream
[[USERNAME:KaiserWolf]] — Today at 21:15
bro delete that
[[USERNAME:glimmerqueen]] — Today at 21:15
"[[ADDRESS:88 Crestview Dr]], [[LOCATION:Plano]] [[LOCATION:TX]]" 💀
[[USERNAME:frostbyte_]] — Today at 21:16
also ur name is [[PERSON:Tyler Brandt]]?? thought it was [[PERSON:kai]]
[[USERNAME:KaiserWolf]] — Today at 21:16
reported both of you. mods pls
[[USERNAME:mod_Serena]] — Today at 21:18
Messages removed. [[USERNAME:frostbyte_]] and [[USERNAME:glimmerqueen]]: 24h timeout for doxxing.""",
    """Messages with [[PERSON:Mr Hossain]] (landlord)
[[PERSON:Mr Hossain]]: Hi [[PERSON:Chantelle]], the gas safety engineer is coming [[DATE_TIME:Tues 11 Feb at 10am]], is someone in?
Me: I'm at work till 3, can u use your key? Also the bathroom extractor is still broken since [[DATE_TIME:December]]
[[PERSON:Mr Hossain]]: Yes fine. His name is [[PERSON:Wayne]], he'll call you from [[PHONE_NUMBER:07482 530 196]] when he's done
Me: Cool. Btw my housing benefit has moved to UC, the housing element gets paid direct to you from [[DATE_TIME:1 March]]
[[PERSON:Mr Hossain]]: Thanks. Please send the UC journal screenshot to [[EMAIL_ADDRESS:a.hossain.lettings@gmail.com]]""",
    """Webchat – Customer Services
Agent [[PERSON:Joanne]]: Hello, how can I help today?
Visitor: Hi my bins havent been collected for 2 weeks, [[ADDRESS:9 Sycamore Drive]], [[LOCATION:Kettering]] [[ZIP_CODE:NN15 7AE]]
Agent [[PERSON:Joanne]]: Sorry about that. Can I take your name and a contact number?
Visitor: [[PERSON:Graham Pell]], [[PHONE_NUMBER:07851 209 336]]
Agent [[PERSON:Joanne]]: Thanks [[PERSON:Mr Pell]]. I've logged a missed collection (ref MC-118420). Our records also show an assisted collection for a [[PERSON:Mrs Ivy Pell]] at that address – is that still needed?
Visitor: yes thats my mum, she's [[AGE:92]] and can't get the bin down the drive
Agent [[PERSON:Joanne]]: Noted, I'll keep it on. The crew will come back by Friday.""",
]

LOOKALIKE = [
    """Your order #112-4471908-3321765 has shipped!
Hi [[PERSON:Nadia]],
Carrier: DPD   Tracking: 15501 2384 7712 04   Parcel ID: H00A4D0022184471
Items: 1 × PowerCore 10000 (SKU A1263-BLK), 1 × USB-C cable 2 m (SKU CB-2M-7731)
Estimated delivery: 1–2 working days; you will get a one-hour slot by text.
Questions? Call 0330 024 8882 (Mon–Fri 8am–6pm) or email help@parcelpoint.co.uk.
Invoice INV-2025-0031877 · VAT reg. GB 284 1193 05 · Returns code RTN-88A1-0047""",
    """Release notes – Fleetwise Gateway 4.10.2.118
- Compatible with controller firmware 10.4.0.22 and 10.4.1.3; older 9.8.7.6 builds must be upgraded first.
- OpenSSL bumped to 3.0.13; image sha256 3b7e9a1f04c2d85e6f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70.
- Affected serial range: FW24-00018830 to FW24-00019412 (see advisory FSA-2025-007).
- Known issue: the device MAC shows as 00:00:00:00:00:00 in an SNMP walk until reboot (OPS-4471).
- Build 2025.03.04-rc2, commit a91f3e0, package fleetwise-gw_4.10.2-118_arm64.deb.
Support: +44 20 3880 1200, support@fleetwise.io""",
    """Reading list for the carers' group, compiled by [[PERSON:Moira Galbraith]]
- Understanding Alzheimer's Disease – ISBN 978-1-84854-931-9
- Parkinson's: A Practical Guide – ISBN 978-0-14-103614-4
- Caring for an Adult with Down Syndrome – ISBN 978-87-02-11456-0
Meetings are in the Florence Nightingale Room at the centre on Nelson Mandela Way; free parking on Churchill Road and Darwin Street. Centre reception: 0131 554 2200, carers@lothiancarers.org.uk. Book club ref BC-2025-04.
If you need a lift, text [[PERSON:Moira]] on [[PHONE_NUMBER:07788 214 560]].""",
    """FAKTURA 2025-00418
Fakturadatum: 2025-03-01   Förfallodatum: 2025-03-31
OCR-nummer: 4471902250041   Bankgiro: 5402-9981
Kundnummer: [[ID_NUMBER:300 418 227]]
Kund: [[PERSON:Maja Forsberg]], [[ADDRESS:Linnégatan 19]], [[ZIP_CODE:413 04]] [[LOCATION:Göteborg]]
Bredband 250/250 (art.nr BB-250-SYM) och router ZX-4100, serienummer 7A41-0093-2281, EAN 7350001234564
Att betala: 449,00 kr inkl. moms (moms 25 %: 89,80 kr)
Nordnät AB · Org.nr 556614-7319 · Momsreg.nr SE556614731901 · Godkänd för F-skatt
Kundtjänst 0771-41 44 00 · kundtjanst@nordnat.se""",
    """Asset audit – 2nd floor, Finance
HOST         SERIAL       MAC                FW          ASSIGNED TO
FIN-LT-0412  5CG3411KQ7   f8:4d:89:2a:61:c0  1.18.2.0    [[PERSON:R. Okafor]]
FIN-LT-0413  5CG3411KR2   f8:4d:89:2a:61:d4  1.18.2.0    (spare)
FIN-PR-002   VNB3K44107   00:17:c8:91:3e:2a  2.7.14.1    shared printer
FIN-DT-0098  MXL0281FJZ   3c:52:82:0b:71:9e  10.0.19045  [[PERSON:Sabine Krüger]]
Note: firmware 1.18.2.0 is a version, not an IP address; please stop the scanner flagging it. Warranty case 5029384471, vendor hotline 0800 028 3520.""",
    """Controlled drugs register – monthly stock check
Oxycodone 5 mg caps, NDC 59011-0100-10, lot A7730B, exp 11/2026, balance 84
Diazepam 2 mg tabs, PIP code 2294571, lot 24K118, exp 05/2026, balance 212
Dr. Scholl's gel insoles (EAN 5704511029387) – not a CD, remove from this sheet
Wholesaler account 771204, order ref PO-88412, wholesaler helpline 0344 561 8899
Checked by [[PERSON:Kelechi Nwosu]] (GPhC reg. [[ID_NUMBER:2084417]]), witnessed by [[PERSON:Amy Lister]].""",
    """Remittance advice – payment run 2025-W10
Supplier: Hartley & Sons Joinery Ltd (company no. 08814472, VAT GB 318 4471 20)
Invoices paid: INV-55120, INV-55184, INV-55203 (total £14,870.00)
Paid from account ending 4471, sort code 60-16-13, SWIFT NWBKGB2L
Bank fees charged to the Visa ending 0093, auth code 771203
Cheque for the retention sent by Royal Mail Special Delivery KQ204417713GB
Approved by [[PERSON:Oluwatobi Adeyemi-Grant]], Finance Manager
Queries: accounts.payable@brightwave.io or 020 7946 0018 (switchboard)""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind64", STYLES, OUT)


if __name__ == "__main__":
    main()

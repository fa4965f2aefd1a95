"""Build tests/data/blind40.jsonl: a fortieth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind40.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, README, git history or the records of any other
gold set (every *.jsonl set and the record lists inside the make_*.py
scripts). Only three things were read: lines 1-121 of make_blind22.py (its
module docstring with the labeling conventions and style descriptions, and
its import lines), and its closing scaffolding from the line starting
`STYLES = {` to the end of the file; gold_sets.py as a whole; and lines 1-64
of make_handwritten.py (its conventions, MARK, TITLE_IN_NAME and `parse()`).
The import lines below follow make_blind22.py. The detector, the bench and
the tests were never run on this file. Do not tune the detector against it:
once it has been used to tune, it no longer measures anything; write a new
set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
French (RIB key), Spanish (DC), Belgian, Portuguese (NIB) and Italian (CIN)
IBANs are right too, and the Dutch account numbers behind the Rabo, ING
and SNS IBANs pass the old eleven-test (all worked out by hand-run
throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs and refuses a bad one).
National ids with a public check digit (NHS number, SIN, Aadhaar, BSN, CPF,
DNI and NIE, South African ID, TFN, Irish PPSN, Singapore NRIC, French
NIR) were given a valid one the same way (the South African ids and the
NIRs agree with the person's sex and birth date where they show), and so
were the look-alikes that carry one (ISBN-13). UK NI numbers, US SSNs,
PAN, CURP, RFC, Emirates ids, CNICs, Kenyan ids and KRA PINs, Jamaican TRN
and NIS numbers, NZ NHI numbers, Philippine SSS, PhilHealth, TIN and
PhilSys numbers, Medicare, OHIP and NDIS numbers, Korean customs codes,
A-numbers, voter ids, passports, licences, plates, bank account numbers
and staff, student, client, member, patient and loyalty numbers were not
checked.

Styles (ids `blind40-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Ireland, Canada, Australia, New Zealand, India, Pakistan,
South Africa, Nigeria, Kenya, Zimbabwe, Jamaica, Singapore, Malaysia,
Japan, China, the Philippines, the Gulf and continental-Europe contexts,
with names from the many cultures living there), the rest in Dutch,
Spanish, French and Tagalog (Taglish where that is how people write):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k, gretel-pii-masking-en-v1 and Nemotron-PII: single sentences
  dense with entities, forms and key: value records, emails, tickets,
  contracts, court and medical documents, labels, log lines (auth, sshd,
  web access, JSON events) and API payloads, with titles, names, sex, age,
  DOB in odd formats, job titles, employers, streets with building numbers
  and secondary addresses, neighbourhoods, cities, counties, states, zip
  codes, phones, emails, usernames, passwords, IPv4 / IPv6, user agents,
  MACs, account, IBAN and card numbers, SSNs, passports, licences, plates,
  national and tax ids.
- `gen` (90): one to five realistic sentences with personal data as a
  third-party LLM would write them, the PII woven into prose, with weight
  on social work case notes, online marketplace disputes, gym memberships,
  shipping customs declarations, elderly care homes and journalism
  interview notes, and the rest spread over banking, insurance, health,
  pharmacy, legal, schools, HR, retail, travel, telecoms, government,
  lettings, dating, weddings, funerals, volunteering, rideshare, vets and
  more; names at the start, middle and end, lowercase and possessive.
- `table` (35): one labeled table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks), with
  varied and sometimes abbreviated column names, non-PII columns mixed in,
  and a header row (not labeled) where the format has one.
- `chat` (8): multi-turn chats (support live chat, messaging-app threads,
  a team channel, a prompt to an AI assistant) with PII dropped in turns.
- `lookalike` (7): texts full of things that look like PII but are not
  (order, tracking, case and invoice references, SKUs, ISBNs, versions
  shaped like IPs, hashes, UUIDs, serials, company phone numbers and role
  mailboxes, eponyms and streets named after people), with the few real
  PII values labeled; two have none.

Labeling conventions: the same as in make_blind22.py (and the sets before
it), whose docstring lists them; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any
  shape, times attached to them included; not bare years, weekdays alone,
  durations, or dates not tied to a person (sale, invoice, release dates).
  A weekday or a clock time said with the date is inside the date's span.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC, BIC and routing numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / group / booking / tracking / case
  references, company phone numbers and role mailboxes, versions, hashes,
  serials, partial numbers ("ending 4417", "***-**-4821"), pets, eponyms
  and brands named after people, a header row.
- Calls made while writing this set, in the same spirit: in a table a
  "sex", "gender", "role", "dept", "plan" or "status" column stays
  unlabeled, an "age" column is AGE, a "country" or "state" column is
  LOCATION and a "nationality" column is NRP; "job_title", "employer" and
  "company" fields are unlabeled; a building number in its own field is
  ADDRESS, and so is a secondary address field; a "county" field is
  LOCATION; the state in brackets after a US licence ("(FL)") is LOCATION;
  a log timestamp of a person's own action (a login, a password reset, a
  sign-up) is DATE_TIME like a "last login", while the timestamp of a
  system event (a bounce, a cron run) is not; a social-services case
  number is a case reference (unlabeled) but a client id is ID_NUMBER;
  badge, frequent-flyer and loyalty numbers are ID_NUMBER; HS codes,
  waybills and sail numbers are unlabeled; the consignee's CPF or personal
  customs code on a customs form is ID_NUMBER; three-letter country codes
  inside travel documents are unlabeled; care-home, school, hospital and
  company names are unlabeled, room and bed numbers too.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind40.jsonl")

BENCH = [
    """Dear [[PERSON:Oluwaseun]], your updated payroll profile is ready. Please check that account number [[ID_NUMBER:40917726]] and sort code 30-96-26 are right before Friday's run. A copy of this notice went to [[EMAIL_ADDRESS:o.adeyemi84@outlook.com]].""",
    """Patient intake — Name: [[PERSON:Hemi Walker-Tautahi]] | DOB: [[DATE_TIME:03/11/1979]] | Sex: M | NHI: [[ID_NUMBER:ZHK4821]] | Phone: [[PHONE_NUMBER:021 448 3917]] | Address: [[ADDRESS:17 Kauri Street]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]] | Allergies: penicillin""",
    """[[DATE_TIME:2024-06-14T08:22:51Z]] auth[2231]: login ok user=[[USERNAME:kwame.boateng]] src=[[IP_ADDRESS:102.176.44.19]] mfa=totp session=9f3c1e0a""",
    """Subject: Mortgage pre-approval – [[PERSON:Siobhan Gallagher]]

Hi team,
Attached is the pre-approval pack for [[PERSON:Siobhan Gallagher]] (PPSN [[ID_NUMBER:3485457I]]), currently renting at [[ADDRESS:Apt 4, 22 Mount Pleasant Avenue]], [[LOCATION:Rathmines]], [[LOCATION:Dublin]] [[ZIP_CODE:D06 K2W8]]. Her salary is paid into [[IBAN_CODE:IE78AIBK93115267773312]] and the best number for her is [[PHONE_NUMBER:087 214 6639]].
— [[PERSON:Declan]]""",
    """CLAIM FORM – HOME CONTENTS
Policyholder: [[PERSON:Rajesh Venkataraman]]
Date of birth: [[DATE_TIME:1968-02-27]]
Policy no.: HC-22-0918841
Risk address: [[ADDRESS:Flat 12B, Prestige Lakeside Habitat, Varthur Road]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560087]]
PAN: [[ID_NUMBER:AJKPV4418M]]
Mobile: [[PHONE_NUMBER:+91 98451 20773]]
Date of loss: [[DATE_TIME:9 September 2024]]
Description: laptop and jewellery taken during a break-in while the family was in [[LOCATION:Chennai]].""",
    """Hi [[PERSON:Mateus]], the firewall team has whitelisted [[IP_ADDRESS:2a02:8108:1dc0:6e00:a3c:91ff:fe2b:17d0]] for your home office. Your temporary VPN password is Qz!8rT#p2w and it expires after first use.""",
    """APPLICANT: [[PERSON:Danielle Okafor-Brooks]]   SSN: [[US_SSN:512-84-3097]]   DOB: [[DATE_TIME:Aug 2, 1991]]
Current address: [[ADDRESS:4410 Pinecrest Dr, Unit 3]], [[LOCATION:Raleigh]], [[LOCATION:NC]] [[ZIP_CODE:27609]]
Driver license: [[US_DRIVER_LICENSE:000048213377]] ([[LOCATION:NC]])
Employer: Triangle Dental Partners   Position: hygienist   Monthly income: $5,240""",
    """Ticket #INC-448120 | Opened by: [[USERNAME:jtanaka]] | Contact: [[PERSON:Junko Tanaka]], [[PHONE_NUMBER:090-4417-2285]] | Issue: cannot sync mailbox [[EMAIL_ADDRESS:junko.tanaka@kawasemi-design.jp]] on new iPhone; last successful sync [[DATE_TIME:2024-11-03 21:14 JST]].""",
    """Progress note. [[PERSON:Mr. Tendai Moyo]], [[AGE:58]], seen in the diabetes clinic on [[DATE_TIME:12/03/2025]]. MRN [[ID_NUMBER:HRE-0072194]]. HbA1c 8.1%. Lives with his daughter [[PERSON:Rudo]] in [[LOCATION:Avondale]], [[LOCATION:Harare]]; she can be reached on [[PHONE_NUMBER:+263 77 218 4490]]. Review in three months.""",
    """Our records show that the vehicle with plate [[ID_NUMBER:KA 05 MN 4821]] is registered to [[PERSON:Lakshmi Narayanan]] of [[ADDRESS:No. 14, 3rd Cross]], [[LOCATION:Jayanagar 4th Block]], [[LOCATION:Bengaluru]]. The e-challan was sent by SMS to [[PHONE_NUMBER:98860 41327]].""",
    """This Residential Tenancy Agreement is made on [[DATE_TIME:1 July 2024]] between [[PERSON:Graham Whitfield]] ("Landlord") and [[PERSON:Aroha Ngata]] and [[PERSON:Ben Sutherland]] ("Tenants") for the premises at [[ADDRESS:3/58 Riddiford Street]], [[LOCATION:Newtown]], [[LOCATION:Wellington]] [[ZIP_CODE:6021]]. Rent of $640 per week is payable to account [[ID_NUMBER:06-0501-0834217-00]].""",
    """{"ts":"[[DATE_TIME:2025-01-19T14:02:11.408Z]]","event":"password_reset_requested","email":"[[EMAIL_ADDRESS:marta.kowalczyk@gmail.com]]","ip":"[[IP_ADDRESS:83.24.117.206]]","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36","result":"sent"}""",
    """employee_id: [[ID_NUMBER:E-204417]]
first_name: [[PERSON:Nokuthula]]
last_name: [[PERSON:Dlamini]]
id_number: [[ID_NUMBER:8503123840089]]
date_of_birth: [[DATE_TIME:1985-03-12]]
job_title: Senior Data Analyst
start_date: [[DATE_TIME:2021-02-01]]
mobile: [[PHONE_NUMBER:082 611 4093]]
city: [[LOCATION:Durban]]
province: [[LOCATION:KwaZulu-Natal]]""",
    """[[PERSON:Cheng Wei-Lun]]'s card [[CREDIT_CARD:3528 0670 1654 9087]] was declined at checkout (CVV 418, expiry 09/27). Please retry or choose another payment method.""",
    """From: [[EMAIL_ADDRESS:fatima.zahra.elidrissi@gmail.com]]
To: admissions@hollowbrook.ac.uk
Subject: Deferred entry request

Dear Admissions,
I hold an offer for the MSc in Environmental Policy (applicant ID [[ID_NUMBER:2408815]]) and would like to defer to next September for family reasons. My passport ([[ID_NUMBER:UX4187259]], issued in [[LOCATION:Rabat]]) is being renewed in March.
Kind regards,
[[PERSON:Fatima Zahra El Idrissi]]
[[PHONE_NUMBER:+212 6 61 47 20 93]]""",
    """SHIP TO: [[PERSON:Ngozi Eze]]
[[ADDRESS:Plot 27, Admiralty Way]]
[[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]] [[ZIP_CODE:106104]]
[[LOCATION:Nigeria]]
Tel: [[PHONE_NUMBER:0803 417 2209]]
Waybill: 7741 0093 2218   Weight: 2.4 kg""",
    """Statement for: [[PERSON:Mr Hamish R. Buchanan]]
[[ADDRESS:9 Craigleith View]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH4 3JZ]]
Account number: [[ID_NUMBER:51498977]]   Sort code: 20-45-13
IBAN: [[IBAN_CODE:GB91BARC20451351498977]]   BIC: BARCGB22
Statement period: 01/10/2024 – 31/10/2024""",
    """As the new Regional Integration Officer, [[PERSON:Yusuf Abdi Warsame]] moves into the office at [[ADDRESS:Suite 1104, 200 Burrard Street]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6C 3L6]] from [[DATE_TIME:January 6th]]. His SIN, [[ID_NUMBER:449 179 647]], must be on file before his first pay.""",
    """Wire instructions were confirmed by phone with the beneficiary, [[PERSON:Camille Rousseau-Lefèvre]], on [[DATE_TIME:Thursday 12 December 2024 at 16:40]]: IBAN [[IBAN_CODE:FR76 3000 4008 1797 4902 8426 727]], BIC BNPAFRPPXXX. Callback number used: [[PHONE_NUMBER:+33 6 48 21 77 05]].""",
    """[[DATE_TIME:Mar 14 03:12:09]] bastion-01 sshd[18841]: Accepted publickey for [[USERNAME:dvukovic]] from [[IP_ADDRESS:188.2.94.131]] port 52214 ssh2: ED25519 SHA256:Xq3vT0m9s1kP4aH8cWb7ZnQ2rLd6yE5fJgU1oIiK0pM""",
    """Patient: [[PERSON:Ramona Tsosie]]   DOB [[DATE_TIME:07-19-1952]]   MRN [[ID_NUMBER:00381927]]
Seen [[DATE_TIME:10/22/2024]] by [[PERSON:Dr. Alan Whitehorse]] at the [[LOCATION:Gallup]] clinic. [[AGE:72]]-year-old woman with CHF, NYHA class II, here for diuretic adjustment.""",
    """Estimado [[TITLE:Sr.]] [[PERSON:Joaquín Beltrán Ortega]]:
Le confirmamos la domiciliación de sus recibos en la cuenta [[IBAN_CODE:ES21 2100 0418 4694 3341 8620]]. Su DNI [[ID_NUMBER:41412250Z]] y su domicilio, [[ADDRESS:Calle de Embajadores 114, 3.º B]], [[ZIP_CODE:28045]] [[LOCATION:Madrid]], quedan registrados. Le enviaremos el justificante a [[EMAIL_ADDRESS:jbeltran.ortega@telefonica.net]].""",
    """Naam: [[PERSON:Sanne de Vries-Bakker]]
Geboortedatum: [[DATE_TIME:14-08-1990]]
BSN: [[ID_NUMBER:453331476]]
Adres: [[ADDRESS:Oudegracht 221-bis]], [[ZIP_CODE:3511 NK]] [[LOCATION:Utrecht]]
Telefoon: [[PHONE_NUMBER:06-48217390]]
IBAN: [[IBAN_CODE:NL75RABO0766644898]]
Reden aanvraag: huurtoeslag""",
    """Member: [[PERSON:Ma. Concepcion Villanueva]] | SSS No.: [[ID_NUMBER:34-5120987-6]] | PhilHealth: [[ID_NUMBER:12-050418822-3]] | TIN: [[ID_NUMBER:418-227-905-000]] | Address: [[ADDRESS:Blk 12 Lot 7, Camella Homes]], [[LOCATION:Brgy. Molino III]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]] [[ZIP_CODE:4102]] | Cell: [[PHONE_NUMBER:0917 582 4410]]""",
    """Call summary – agent [[PERSON:Priyanka]] (ext. 4412). Caller [[PERSON:Owen Pritchard]] reported his debit card ending 0921 stolen in [[LOCATION:Cardiff]] city centre on [[DATE_TIME:Saturday 5 April]]. Replacement card to be sent to [[ADDRESS:41 Heol y Felin]], [[LOCATION:Rhiwbina]], [[ZIP_CODE:CF14 6NR]]. Verified with DOB [[DATE_TIME:22/09/1987]] and mobile [[PHONE_NUMBER:07700 914 382]].""",
    """Device registration: owner [[PERSON:Ilse Vermaak]], laptop MAC 3C:22:FB:9A:41:07, last seen at [[IP_ADDRESS:41.13.208.77]] on [[DATE_TIME:2024-08-30 19:45]]. Please reassign the asset to [[EMAIL_ADDRESS:ilse.vermaak@stellenbosch-agri.co.za]].""",
    """For the upcoming conference in [[LOCATION:Kuala Lumpur]], [[PERSON:Nurul Aisyah binti Hassan]] ([[AGE:34]]) has registered with passport [[ID_NUMBER:A51827364]], email [[EMAIL_ADDRESS:nurul.aisyah@uitm.edu.my]] and dietary preference halal.""",
    """MOTOR POLICY SCHEDULE
Policy number: MTR/2025/0048817
Insured: [[PERSON:Sipho Mahlangu]]   ID number: [[ID_NUMBER:9207286881083]]   Date of birth: [[DATE_TIME:28 July 1992]]
Vehicle: 2019 Toyota Corolla Quest, registration [[ID_NUMBER:HX 42 TR GP]]
Regular driver's address: [[ADDRESS:16 Jacaranda Crescent]], [[LOCATION:Lynnwood Manor]], [[LOCATION:Pretoria]], [[ZIP_CODE:0081]]
Debit order: account [[ID_NUMBER:1048 2271 593]], debit day 25""",
    """Shoutout to [[PERSON:Dario]] ([[USERNAME:dario_makes_things]]) for the 3D-printed prosthetic hand! The full build log is on his page: [[URL:https://www.instructables.com/member/dario_makes_things/]]""",
    """Student record
Student number: [[ID_NUMBER:s3917724]]
Name: [[PERSON:Liam Nguyen-Tran]]
Date of birth: [[DATE_TIME:2006-05-09]]
Guardian: [[PERSON:Hoa Tran]] ([[PHONE_NUMBER:0412 770 315]])
Home address: [[ADDRESS:7 Wattle Grove]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]]
Year level: 12   Homeroom: 12C""",
    """Magandang araw, [[TITLE:G.]] [[PERSON:Rogelio Manalastas]]. Natanggap na po namin ang inyong aplikasyon para sa salary loan. Na-verify na ang inyong SSS number na [[ID_NUMBER:03-9182274-5]] at ang Landbank account na [[ID_NUMBER:0012-3348-1907]]. Ipapadala namin ang susunod na update sa [[EMAIL_ADDRESS:rmanalastas1971@yahoo.com]].""",
    """Reminder: [[PERSON:Astrid Lindqvist]] turns [[AGE:40]] on [[DATE_TIME:18 February]] — the card is at reception, sign it before noon!""",
    """DS-82 worksheet — applicant [[PERSON:Marcus Delgado Jr.]], most recent passport [[US_PASSPORT:567214893]] issued [[DATE_TIME:06/14/2015]]; mailing address [[ADDRESS:2207 W Cullerton St, Apt 2F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60608-2431]]; daytime phone [[PHONE_NUMBER:(773) 555-0148]].""",
    """Adverse event report. Participant [[PERSON:Anjali Deshmukh]] (screening no. [[ID_NUMBER:SCR-1142]], [[AGE:46]] y) reported dizziness on [[DATE_TIME:2025-02-17]] after the second dose. Site investigator [[PERSON:Dr. Nikhil Rao]] informed the sponsor the same day. Contact on file: [[EMAIL_ADDRESS:anjali.d76@rediffmail.com]], [[PHONE_NUMBER:+91 22 2654 8813]].""",
    """[[TITLE:Madame]] [[PERSON:Éloïse Marchand]], née le [[DATE_TIME:3 novembre 1984]] à [[LOCATION:Lyon]], numéro de sécurité sociale [[ID_NUMBER:2 84 11 69 123 047 60]], demeurant [[ADDRESS:17 rue des Remparts d'Ainay]], [[ZIP_CODE:69002]] [[LOCATION:Lyon]], sollicite le remboursement de ses frais de transport. Tél. : [[PHONE_NUMBER:06 72 18 44 90]].""",
    """Please forward all mail for [[PERSON:Kenji]] from [[ADDRESS:1-4-12 Ebisu-minami]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:150-0022]] to his new place at [[ADDRESS:Room 305, 2-8-3 Nakazaki-nishi]], [[LOCATION:Kita-ku]], [[LOCATION:Osaka]] [[ZIP_CODE:530-0015]] starting [[DATE_TIME:March 1]].""",
    """POST /api/v2/signup 201
payload: {"full_name": "[[PERSON:Chidinma Okonkwo]]", "username": "[[USERNAME:chidi_bakes]]", "email": "[[EMAIL_ADDRESS:chidinma.okonkwo@yahoo.co.uk]]", "password": "Sunflower#2291", "dob": "[[DATE_TIME:1996-10-30]]", "postcode": "[[ZIP_CODE:SE15 4QL]]", "marketing_opt_in": false}""",
    """OHIP card update – [[PERSON:Marie-Claude Tremblay]], health number [[ID_NUMBER:4518-207-663-KT]], moved to [[ADDRESS:88 Harbord Street, Unit 2]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5S 1G5]] on [[DATE_TIME:2024-09-15]]. Phone [[PHONE_NUMBER:416-555-0193]].""",
    """Tenant: [[PERSON:Tan Mei Ling]] (NRIC [[ID_NUMBER:S3973453B]]), [[NRP:Singaporean]]. Unit: [[ADDRESS:Blk 432 Ang Mo Kio Avenue 10, #08-1142]], [[LOCATION:Singapore]] [[ZIP_CODE:560432]]. HP: [[PHONE_NUMBER:9127 4485]]. Lease commences [[DATE_TIME:1 Aug 2025]].""",
    """M-Pesa statement request from [[PERSON:Wanjiru Kamau]], ID no. [[ID_NUMBER:28817364]], KRA PIN [[ID_NUMBER:A014528873K]], line [[PHONE_NUMBER:0722 418 903]]. Period requested: last six months. Deliver to [[EMAIL_ADDRESS:wanjiru.kamau@gmail.com]] as a password-protected PDF.""",
    """The anomaly on the staging cluster traced back to [[IP_ADDRESS:10.44.7.213]], which is [[PERSON:Bogdan Ionescu]]'s workstation; he confirmed he had been running load tests from home in [[LOCATION:Cluj-Napoca]].""",
    """New starter form: [[PERSON:Chloe Papadopoulos]], TFN [[ID_NUMBER:762 668 694]], super fund member no. [[ID_NUMBER:100482217]], BSB 062-000, account [[ID_NUMBER:1047 8832]], residential address [[ADDRESS:12/40 Glebe Point Road]], [[LOCATION:Glebe]] [[LOCATION:NSW]] [[ZIP_CODE:2037]].""",
    """Refund for [[PERSON:Jonas Hoffmann]] approved; transfer to [[IBAN_CODE:DE38 1007 0000 9491 6431 67]] within five business days. He asked that the receipt go to [[EMAIL_ADDRESS:jonas.hoffmann@posteo.de]].""",
    """hey its [[PERSON:bex]]!! new number is [[PHONE_NUMBER:+44 7911 482 306]], old one got nicked in [[LOCATION:Camden]] on [[DATE_TIME:sat 8th]]. insta is still [[USERNAME:bex.draws.things]] x""",
    """IN THE CIRCUIT COURT
[[PERSON:Tamika Renee Holloway]], Petitioner, v. [[PERSON:Derrick James Holloway]], Respondent.
Case No. 2024 D 009871
Petitioner resides at [[ADDRESS:8120 S Kedzie Ave]], [[LOCATION:Chicago]], [[LOCATION:Illinois]] [[ZIP_CODE:60652]]. The parties were married on [[DATE_TIME:June 18, 2011]] in [[LOCATION:Gary]], [[LOCATION:Indiana]] and separated on or about [[DATE_TIME:March 2, 2024]]. One minor child, [[PERSON:J.H.]], born [[DATE_TIME:April 9, 2015]].""",
    """Datos del cliente: [[PERSON:Guadalupe Ramírez Soto]], CURP [[ID_NUMBER:RASG880412MJCMTD07]], RFC [[ID_NUMBER:RASG880412K93]], domicilio [[ADDRESS:Av. López Mateos Sur 2375, Int. 14]], Col. [[LOCATION:Jardines de Plaza del Sol]], [[LOCATION:Zapopan]], [[LOCATION:Jal.]], C.P. [[ZIP_CODE:45050]], tel. [[PHONE_NUMBER:33 3121 8846]].""",
    """Transfer the €750 deposit to [[PERSON:Luca Ferraro]], IBAN [[IBAN_CODE:IT62L0306909606439728582554]], reference "caparra via Tiziano". Confirm on WhatsApp at [[PHONE_NUMBER:+39 347 219 8806]] once it is sent.""",
    """Rx label: [[PERSON:MORRISON]], [[PERSON:EILEEN]]   DOB [[DATE_TIME:11/30/1944]]
Atorvastatin 20 mg tab — take one tablet at bedtime. Qty 90. Refills 3.
Prescriber: [[PERSON:Dr. S. Kaur]]   Filled [[DATE_TIME:02/06/2025]]   Store #07712""",
    """[2025-03-02 11:47:30] WARN  mailer: bounce for [[EMAIL_ADDRESS:h.almansouri@emirates-mail.ae]] (recipient [[PERSON:Hessa Al Mansouri]]) via relay [[IP_ADDRESS:2001:8f8:1623:2a00::1b]] – 552 mailbox full""",
    """[[PERSON:Elif Yıldırım]], our Lead Accessibility Designer, will present at the [[LOCATION:İzmir]] meetup. Attendees can write to her at [[EMAIL_ADDRESS:elif@yildirim.design]] or find her on Mastodon as [[USERNAME:elifyildirim]].""",
    """Member ID: [[ID_NUMBER:XJH884120377]]   Group: 70041   Subscriber: [[PERSON:Ana Lucía Cárdenas]]   Dependent: [[PERSON:Mateo Cárdenas]] (DOB [[DATE_TIME:2018-01-23]])   Address on file: [[ADDRESS:1502 Vista Verde Ln]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79936]]""",
    """Form W-4 (2025) Step 1: (a) First name and middle initial [[PERSON:Keisha M.]] Last name [[PERSON:Robinson]] (b) Social security number [[US_SSN:231-58-4406]] Address [[ADDRESS:319 Holly Springs Rd]] City or town, state, and ZIP code [[LOCATION:Fayetteville]], [[LOCATION:GA]] [[ZIP_CODE:30214]] (c) ☒ Single or Married filing separately""",
    """Hi [[PERSON:Mohammed]], a sign-in to your account [[USERNAME:m.alharbi92]] was attempted from [[IP_ADDRESS:185.94.33.20]] ([[LOCATION:Riyadh]], [[LOCATION:Saudi Arabia]]) on [[DATE_TIME:24 Jan 2025, 02:17]]. If this wasn't you, reset your password now.""",
    """CN23 CUSTOMS DECLARATION
Sender: [[PERSON:Agnieszka Wróbel]], [[ADDRESS:ul. Długa 14/6]], [[ZIP_CODE:80-827]] [[LOCATION:Gdańsk]], [[LOCATION:Poland]]
Addressee: [[PERSON:Tomás Wróbel]], [[ADDRESS:Rua Augusta 1520, apto 82]], [[LOCATION:Consolação]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], [[ZIP_CODE:01304-001]], [[LOCATION:Brazil]]
Addressee CPF: [[ID_NUMBER:781.468.197-96]]   Tel: [[PHONE_NUMBER:+55 11 98217-4406]]
Contents: knitted sweater (HS 6110.20), 2 jars of honey (HS 0409.00)   Value: 180 PLN
Category: ☒ Gift ☐ Commercial sample ☐ Returned goods""",
    """Your Discover card [[CREDIT_CARD:6011 3434 6760 9838]] is now linked to the rewards account of [[PERSON:Brianna Castellanos]]. The next statement goes to [[ADDRESS:5 Orchard Hill Ct]], [[LOCATION:Reno]], [[LOCATION:NV]] [[ZIP_CODE:89523]].""",
    """Performance review – [[PERSON:Adebayo Ogunleye]] (staff no. [[ID_NUMBER:NG-40712]]), reviewed by [[PERSON:Halima Bello]] on [[DATE_TIME:18 December 2024]]. [[PERSON:Adebayo]] has exceeded his targets in the [[LOCATION:Abuja]] branch for three quarters running and is recommended for the team-lead track.""",
    """Van: [[EMAIL_ADDRESS:pieter.janssen@ziggo.nl]]
Aan: klantenservice@energiedirect.example
Onderwerp: verhuizing per [[DATE_TIME:1 maart]]

Beste klantenservice,
Per [[DATE_TIME:1 maart]] verhuis ik van [[ADDRESS:Kastanjelaan 8]] in [[LOCATION:Amersfoort]] naar [[ADDRESS:Tolstraat 63-2]], [[ZIP_CODE:1073 SB]] [[LOCATION:Amsterdam]]. Mijn klantnummer is [[ID_NUMBER:300418872]]. Kunt u het termijnbedrag voortaan afschrijven van [[IBAN_CODE:NL27 INGB 0253 8367 00]]?
Met vriendelijke groet,
[[PERSON:Pieter Janssen]]""",
    """Witness statement of [[PERSON:Bernadette Mary O'Connell]], of [[ADDRESS:27 Fernhill Road]], [[LOCATION:Belfast]] [[ZIP_CODE:BT11 8EQ]], retired teacher, date of birth [[DATE_TIME:4 May 1956]]. On [[DATE_TIME:Friday 11 October 2024 at 9.30pm]] I saw a grey Vauxhall Astra, registration [[ID_NUMBER:MXZ 4418]], parked across my driveway with its engine running.""",
    """Booking guarantee for [[PERSON:Rafael Montenegro]]: Amex [[CREDIT_CARD:3793 603876 17427]], exp 11/26. Arrival [[DATE_TIME:2025-07-03]], two nights, king room, late check-in requested. Guest mobile [[PHONE_NUMBER:+507 6618-2247]].""",
    """Loyalty member [[ID_NUMBER:7720 0145 9983]] — [[PERSON:Grace Mwangi]], Gold tier since [[DATE_TIME:2019-06-02]], birthday [[DATE_TIME:14 Nov]], preferred store: [[LOCATION:Westlands]], [[LOCATION:Nairobi]].""",
    """Hi [[PERSON:Sunita]],
User [[PERSON:Arjun Mehta]] ([[USERNAME:amehta]], employee [[ID_NUMBER:100284]]) is locked out after too many attempts from [[IP_ADDRESS:192.168.40.117]]. His manager, [[PERSON:Claire Dubois]], has approved the unlock. Temporary password: Welcome2025! — he must change it at next logon.
Thanks, [[PERSON:Tomasz]]""",
    """Parking appeal: vehicle [[ID_NUMBER:LK19 XHV]] belongs to [[PERSON:Imran Siddiqui]], [[ADDRESS:44 Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4PD]]. He says that at the time of the ticket, [[DATE_TIME:14:32 on 7 February 2025]], he was inside the hospital with his father, who was having a scan.""",
    """RECIBO DE ALQUILER
Arrendataria: [[PERSON:Nerea Etxeberria Aguirre]] — DNI: [[ID_NUMBER:39989908S]]
Vivienda: [[ADDRESS:C/ Fuenterrabía 12, 4.º izq.]], [[ZIP_CODE:20005]] [[LOCATION:Donostia-San Sebastián]] ([[LOCATION:Gipuzkoa]])
Mes: febrero 2025 — Importe: 980,00 €
Cargo en cuenta: [[IBAN_CODE:ES18 0049 1500 0825 7725 9379]]""",
    """Verification complete for [[PERSON:Terrence Blackwood]]: SSN ***-**-4821, DOB [[DATE_TIME:1979-12-05]], phone [[PHONE_NUMBER:(404) 555-0176]]. Proceed with the credit line increase request.""",
    """Handover bed 14: [[PERSON:Mrs. Parveen Akhtar]], [[AGE:81]], NHS no. [[ID_NUMBER:806 998 3396]], admitted [[DATE_TIME:03/02]] after a fall at home. Son [[PERSON:Tariq]] is NOK – [[PHONE_NUMBER:07812 440 913]]. [[NRP:Muslim]]; prefers female staff for personal care.""",
    """Objet : résiliation de bail
[[TITLE:M.]] [[PERSON:Karim Benali]], locataire du logement situé [[ADDRESS:42 boulevard de la Croix-Rousse, bât. B, 3e étage]], [[ZIP_CODE:69004]] [[LOCATION:Lyon]], donne congé à compter du [[DATE_TIME:31 mai 2025]]. Le dépôt de garantie sera restitué sur le compte [[IBAN_CODE:FR76 3000 3021 5022 1009 3136 331]]. Contact : [[PHONE_NUMBER:07 81 44 26 09]], [[EMAIL_ADDRESS:karim.benali69@free.fr]].""",
    """Missing person: [[PERSON:Kayden Whitlock]], [[AGE:15]], 5'7", slim build, brown eyes, last seen near his home on [[ADDRESS:112-40 Farmers Boulevard]] in [[LOCATION:St. Albans]], [[LOCATION:Queens]] on [[DATE_TIME:Sunday, January 12, at 6 p.m.]] Anyone with information should call 911.""",
    """KYC update
Customer ID: [[ID_NUMBER:502281734]]
Name: [[PERSON:Sourav Banerjee]]
Father's name: [[PERSON:Amitava Banerjee]]
Aadhaar: [[ID_NUMBER:2710 0201 1839]]
PAN: [[ID_NUMBER:BQLPB7720K]]
Address: [[ADDRESS:P-14, Lake Terrace]], [[LOCATION:Ballygunge]], [[LOCATION:Kolkata]] [[ZIP_CODE:700029]]
Mobile: [[PHONE_NUMBER:+91 90073 18842]]""",
    """[[USERNAME:nightowl_lena]] and [[USERNAME:bjorn.codes]] both reported the crash. [[PERSON:Lena]]'s real name is [[PERSON:Lena Sørensen]]; she's in [[LOCATION:Aarhus]] and asked for a call back at [[PHONE_NUMBER:+45 28 41 93 07]].""",
    """Delivery exception for [[PERSON:Ahmad Rahimi]]: the courier could not get into [[ADDRESS:Unit 9, 155 Cambridge Street]], [[LOCATION:Collingwood]] [[LOCATION:VIC]] [[ZIP_CODE:3066]]. The customer asked us to leave the parcel with his neighbour [[PERSON:Mrs Flanagan]] at [[ADDRESS:Unit 10]]. Call [[PHONE_NUMBER:0433 918 207]] before redelivery.""",
    """SEC-2291 | Account takeover suspected
Affected user: [[PERSON:Priscilla Nakamura]] <[[EMAIL_ADDRESS:pnakamura@harborlightcu.org]]>
First malicious login: [[DATE_TIME:2025-02-09 23:41 UTC]] from [[IP_ADDRESS:45.133.1.72]]
Known-good device IP: [[IP_ADDRESS:73.189.22.140]]
MFA reset by helpdesk analyst [[PERSON:D. Ferreira]]""",
    """[[PERSON:Ms. Folake Oyelaran]] will tutor Year 10 maths on Wednesdays after school. Parents can book a slot via [[EMAIL_ADDRESS:f.oyelaran@oaklands-academy.org.uk]]; her classroom is Room 14B.""",
    """PANGALAN: [[PERSON:Jericho Dela Cruz]]
KAARAWAN: [[DATE_TIME:Hunyo 5, 1998]]
TIRAHAN: [[ADDRESS:#27 Sampaguita St.]], [[LOCATION:Brgy. San Roque]], [[LOCATION:Marikina City]] [[ZIP_CODE:1801]]
CP NO.: [[PHONE_NUMBER:0928 417 3306]]
PhilSys ID: [[ID_NUMBER:4182-7736-0941-5528]]
TRABAHO: delivery rider""",
    """Payment to [[PERSON:Sebastián Aguilar]] bounced: the IBAN [[IBAN_CODE:ES2101822370408801455742]] was sent with BIC CAIXESBBXXX instead of BBVAESMMXXX. Please resend and let him know on [[PHONE_NUMBER:+34 655 41 28 90]].""",
    """Dear [[PERSON:Mr Okonjo]],
Thank you for your Statutory Sick Pay claim. To process it we need you to confirm your National Insurance number (we hold [[ID_NUMBER:JT 48 27 91 C]]) and send the fit note dated [[DATE_TIME:14/01/2025]]. Your payslips will continue to go to [[ADDRESS:Flat 3, Kestrel Court, 19 Leagrave Road]], [[LOCATION:Luton]] [[ZIP_CODE:LU4 8HZ]].
Payroll team""",
    """[[PERSON:Zainab]], a [[AGE:29]]-year-old female software tester from [[LOCATION:Mombasa]], joined the beta on [[DATE_TIME:5 March]] under the handle [[USERNAME:zainab_qa]].""",
    '''[[IP_ADDRESS:203.0.113.58]] - [[USERNAME:rsharma]] [[[DATE_TIME:12/Feb/2025:09:14:33 +0530]]] "GET /account/statements HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0"''',
    """Universal Credit – change of circumstances
Claimant: [[PERSON:Kerry-Ann Baptiste]]
NI number: [[ID_NUMBER:SK 73 02 19 B]]
Partner moving in: [[PERSON:Delroy Campbell]], DOB [[DATE_TIME:30/06/1983]]
Date of change: [[DATE_TIME:17 March 2025]]
Address: [[ADDRESS:Flat 22, Cotton House, Tulse Hill Estate]], [[LOCATION:London]] [[ZIP_CODE:SW2 2PU]]""",
    """Order #CN-88120417 was paid with UnionPay [[CREDIT_CARD:6250 7047 2772 0782]] by [[PERSON:Zhou Xinyi]]. Ship to: [[ADDRESS:Room 1702, Building 3, 88 Xietu Road]], [[LOCATION:Xuhui District]], [[LOCATION:Shanghai]] [[ZIP_CODE:200032]]. Mobile [[PHONE_NUMBER:+86 138 1742 6695]].""",
    """Client: [[PERSON:Hannah Schultz]]   Client #: [[ID_NUMBER:C-30917]]
Patient: Biscuit (canine, beagle, 7 y)
Phone: [[PHONE_NUMBER:(509) 555-0132]]   Email: [[EMAIL_ADDRESS:hannah.schultz@icloud.com]]
Address: [[ADDRESS:2214 N Monroe St]], [[LOCATION:Spokane]], [[LOCATION:WA]] [[ZIP_CODE:99205]]
Next vaccination due: 04/2025""",
    """[[PERSON:Aoife Brennan]] paid the deposit with her Maestro card [[CREDIT_CARD:6759 3719 8032 7873]]; the receipt was emailed to [[EMAIL_ADDRESS:aoifebrennan@eircom.net]].""",
    """PNR: QX7T4L
Passenger 1: [[PERSON:KHAN]]/[[PERSON:AYESHA]] [[TITLE:MS]]
Frequent flyer: [[ID_NUMBER:EK 448120937]]
Passport: [[ID_NUMBER:BK4418273]] (PAK)   DOB: [[DATE_TIME:02MAR88]]
Contact: [[PHONE_NUMBER:+92 300 8417226]] / [[EMAIL_ADDRESS:ayesha.khan88@hotmail.com]]
Segment: EK 613 KHI–DXB [[DATE_TIME:14APR 04:15]]""",
    """Call [[PERSON:Rosa]] on her cell, [[PHONE_NUMBER:+1-787-555-0162]], or at home on [[PHONE_NUMBER:787.555.0119]] — she's staying in [[LOCATION:Ponce]] until [[DATE_TIME:the 28th]].""",
    """IN THE MAGISTRATE'S COURT
Traffic Case No. E4471 of 2024
Accused: [[PERSON:Otieno Brian Ochieng]], ID No. [[ID_NUMBER:31920457]], of [[LOCATION:Kasarani]], [[LOCATION:Nairobi]]
Vehicle registration: [[ID_NUMBER:KDG 417Q]]
You are summoned to appear on [[DATE_TIME:23rd January 2025 at 9.00 a.m.]] to answer the charge of driving without a valid licence.""",
    """Born [[DATE_TIME:the 3rd of Sept '89]], [[PERSON:Callum Fraser]] registered his dinghy under sail number GBR 2217 and gave [[ADDRESS:Tigh na Mara, Shore Road]], [[LOCATION:Tighnabruaich]] [[ZIP_CODE:PA21 2BE]] as his address.""",
    """To whom it may concern,
This letter confirms that [[PERSON:Vikram Singh Rathore]] has been employed by Meridian Logistics Pvt Ltd as Warehouse Supervisor since [[DATE_TIME:15 June 2019]]. His employee code is [[ID_NUMBER:MLP-2290]] and his current gross salary is ₹8,40,000 per annum. For verification, please call our HR desk on 1800 419 0022.
[[PERSON:Neha Kulkarni]]
HR Manager""",
    """Session log: user [[USERNAME:olga.petrenko]], IPv4 [[IP_ADDRESS:91.196.44.180]], agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148, login [[DATE_TIME:2024-12-28 07:55:03]], result OK.""",
    """TRN [[ID_NUMBER:118-402-775]] — [[PERSON:Andre Campbell-Whyte]], [[ADDRESS:14 Hope Pastures Drive]], [[LOCATION:Kingston 6]], [[LOCATION:Jamaica]]. Phone [[PHONE_NUMBER:(876) 927-4418]]. NIS no. [[ID_NUMBER:C04418271]].""",
    """The parish newsletter thanks [[TITLE:Fr.]] [[PERSON:Declan Moriarty]] for twenty years of service. Parishioners who wish to contribute to his farewell gift can contact [[PERSON:Maura Kinsella]] at [[PHONE_NUMBER:(617) 555-0181]] before the end of the month.""",
    """Referral: [[PERSON:Dr. Ruth Abrahams]] to [[PERSON:Dr. Hyun-woo Park]], Cardiology
Re: [[PERSON:Mr. Giuseppe Romano]], DOB [[DATE_TIME:19/08/1949]], Medicare [[ID_NUMBER:2951 48207 1]], [[ADDRESS:3 Hutt Street]], [[LOCATION:Adelaide]] [[LOCATION:SA]] [[ZIP_CODE:5000]]
Thank you for seeing this [[AGE:75]]-year-old man with exertional chest pain since Christmas.""",
    """GG to [[USERNAME:xX_Vortex_Xx]] (real name [[PERSON:Darnell Hughes]], [[AGE:19]], from [[LOCATION:Birmingham]]) who took the regional qualifier; the prize goes to his PayPal, [[EMAIL_ADDRESS:darnell.hughes06@gmail.com]].""",
    """Guest registration card
Guest: [[PERSON:Björn Andersson]]   Nationality: [[NRP:Swedish]]
Passport no.: [[ID_NUMBER:91472836]]   Date of birth: [[DATE_TIME:1975-04-03]]
Arrival: [[DATE_TIME:2025-05-11]]   Departure: [[DATE_TIME:2025-05-15]]
Home address: [[ADDRESS:Götgatan 48]], [[ZIP_CODE:118 26]] [[LOCATION:Stockholm]]
Card guarantee: Visa [[CREDIT_CARD:4514 4698 4339 2299]]""",
    """[[PERSON:Mx. Jordan Ellery]] has asked for their pronouns to be updated on the staff directory and their badge reissued. Badge no. [[ID_NUMBER:BH-22817]]. Email: [[EMAIL_ADDRESS:j.ellery@northfield.ac.nz]].""",
    """Background screening summary
Candidate: [[PERSON:Luis Alberto Paredes]]
SSN: [[US_SSN:604-21-7785]]
DL: [[US_DRIVER_LICENSE:F255-921-87-410-0]] ([[LOCATION:FL]])
Previous addresses: [[ADDRESS:901 Brickell Key Blvd, Apt 2304]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33131]]; [[ADDRESS:55 Calle Loíza]], [[LOCATION:San Juan]], [[LOCATION:PR]] [[ZIP_CODE:00911]]
Criminal records: none found""",
    """pls reset pw for [[USERNAME:gurpreet.sandhu]] — she's on [[PHONE_NUMBER:604.555.0127]] and her backup email is [[EMAIL_ADDRESS:gsandhu.surrey@shaw.ca]]. ticket already approved by [[PERSON:kevin]]""",
    """DISCHARGE SUMMARY
Name: [[PERSON:Mrs Funmilayo Adesanya]]   Age: [[AGE:63]]   Hosp. No.: [[ID_NUMBER:LUTH/24/118207]]
Date of admission: [[DATE_TIME:02/11/2024]]   Date of discharge: [[DATE_TIME:09/11/2024]]
Diagnosis: community-acquired pneumonia
Next of kin: [[PERSON:Olumide Adesanya]] (son), [[PHONE_NUMBER:0809 224 7731]]
Address: [[ADDRESS:15 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]""",
    """Blocklist update approved by [[PERSON:Ruth Oyelowo]]: added [[IP_ADDRESS:5.188.62.214]] and [[IP_ADDRESS:2a03:b0c0:3:d0::1f5a:e001]] after repeated login attempts against [[USERNAME:r.oyelowo]]'s admin account overnight.""",
    """Permission slip – Year 4 trip to the science museum on [[DATE_TIME:Thursday 22 May]]
Child's name: [[PERSON:Amara Osei-Bonsu]]   Class: 4B
Parent/carer: [[PERSON:Efua Osei-Bonsu]]   Emergency number: [[PHONE_NUMBER:07946 021 558]]
Medical needs: uses inhaler (blue)   Signed: [[PERSON:E. Osei-Bonsu]]   Date: [[DATE_TIME:12/05/25]]""",
    """Your eCitizen appointment for a replacement ID card is confirmed: [[PERSON:Mutua Kilonzo]], [[DATE_TIME:Monday 10 March 2025, 10:30]], Huduma Centre GPO. Bring your birth certificate (no. [[ID_NUMBER:0448213]]) and the police abstract.""",
    """Pension statement – [[PERSON:Margaret Ellen Hughes]], member number [[ID_NUMBER:PN0047721]], NI [[ID_NUMBER:NE 21 44 87 A]], date of birth [[DATE_TIME:12 Jan 1961]], normal retirement date [[DATE_TIME:12 Jan 2028]]. Correspondence address: [[ADDRESS:Ty Newydd, Llanfair Road]], [[LOCATION:Ruthin]], [[LOCATION:Denbighshire]] [[ZIP_CODE:LL15 1BY]].""",
]

GEN = [
    """Home visit on [[DATE_TIME:14/03/2025]]: I met [[PERSON:Chantelle Morris]] and her two children, [[PERSON:Kai]] ([[AGE:6]]) and [[PERSON:Ruby]] ([[AGE:3]]), at [[ADDRESS:Flat 7, Brookmead House, 40 Lenton Boulevard]], [[LOCATION:Nottingham]]. The flat was cold and [[PERSON:Chantelle]] said the boiler has not worked for three weeks; the landlord, [[PERSON:Mr Dawson]], is not answering her calls. I have referred the family to the emergency heating fund and booked the next visit for [[DATE_TIME:28 March]].""",
    """Case note, Leaving Care team. [[PERSON:Abdirahman Yusuf]] (client ID [[ID_NUMBER:LC-118204]]) came to the drop-in today with an interpreter. He is [[AGE:17]], travelled from [[LOCATION:Somalia]] through [[LOCATION:Libya]] and [[LOCATION:Italy]], and has been in his foster placement in [[LOCATION:Croydon]] since [[DATE_TIME:4 November 2024]]. He asked for help registering with a GP and for a copy of his Home Office letter. His foster carer, [[PERSON:Sandra Whyte]], can be reached on [[PHONE_NUMBER:07723 118 540]].""",
    """On [[DATE_TIME:January 22, 2025]], this worker made an unannounced visit to the [[PERSON:Halvorsen]] residence at [[ADDRESS:6117 County Road 14]], [[LOCATION:Bemidji]], [[LOCATION:MN]]. Mother [[PERSON:Kristin Halvorsen]] ([[AGE:31]]) was home with [[PERSON:Tyler]], [[AGE:9]], and [[PERSON:Brooke]], [[AGE:4]]. There was food in the home and both children appeared clean and dressed for the weather. [[PERSON:Ms. Halvorsen]] reports she is attending outpatient treatment twice a week.""",
    """Adult support and protection referral received from [[PERSON:Morag Sinclair]], home carer, about [[PERSON:Mr. Alasdair MacLeod]] ([[AGE:84]]) of [[ADDRESS:12 Bayview Terrace]], [[LOCATION:Stornoway]]. [[PERSON:Morag]] reports that his nephew, [[PERSON:Gary]], has been collecting the pension every Thursday and that the cupboards were empty on her visit of [[DATE_TIME:Tuesday 4 February]]. [[PERSON:Mr. MacLeod]] told her he "doesn't want any fuss".""",
    """Gespreksverslag wijkteam, [[DATE_TIME:dinsdag 11 februari]]. Aanwezig: [[PERSON:Fatma Yılmaz]] (cliënt), haar zoon [[PERSON:Emre]] ([[AGE:14]]) en collega [[PERSON:Joost van Leeuwen]]. Mevrouw heeft een huurachterstand van vier maanden voor de woning aan de [[ADDRESS:Pijnackerstraat 27-III]] in [[LOCATION:Rotterdam]]. Afspraak: [[PERSON:Joost]] belt de schuldhulpverlening; volgend huisbezoek op [[DATE_TIME:25 februari om 10.00 uur]]. Telefoonnummer cliënt: [[PHONE_NUMBER:06 41 87 22 09]].""",
    """Nota de seguimiento – Servicios Sociales. El [[DATE_TIME:3 de marzo]] se realizó una entrevista con [[PERSON:Rosario Jiménez Pardo]], de [[AGE:52]] años, en su domicilio de [[ADDRESS:calle Alcalde Góngora 9, 2.º A]], [[LOCATION:Málaga]]. Vive con su nieta [[PERSON:Lucía]] ([[AGE:8]]), de quien se hace cargo desde que la madre ingresó en prisión. Se tramita la prestación por menor a cargo, para lo que aporta su DNI [[ID_NUMBER:20417738V]]. Próxima cita: [[DATE_TIME:lunes 17 de marzo a las 9:30]].""",
    """Youth probation contact log — [[PERSON:Jayden Whitebird]], [[AGE:16]], reported in person on [[DATE_TIME:Feb. 3]] as required. He is back at school in [[LOCATION:Thunder Bay]], has kept his 9 p.m. curfew according to his grandmother, [[PERSON:Evelyn Whitebird]] ([[PHONE_NUMBER:807-555-0164]]), and has finished 12 of his 40 community service hours at the food bank. Next check-in [[DATE_TIME:Feb. 17]].""",
    """File note: phone call with [[PERSON:Leilani Fonoti]] about her son [[PERSON:Sione]] ([[AGE:11]]), who was suspended from school on [[DATE_TIME:Monday 10 March]]. [[PERSON:Leilani]] is worried about losing shifts if she has to keep him home. I explained the NDIS plan review and gave her [[PERSON:Sione]]'s participant number, [[ID_NUMBER:430 918 227]], to quote when she calls. The family lives at [[ADDRESS:4 Tamarind Close]], [[LOCATION:Logan Central]] [[LOCATION:QLD]] [[ZIP_CODE:4114]].""",
    """I bought a "mint condition" Nintendo DS Lite from the seller [[USERNAME:retro_vault_uk]] on eBay and it arrived with a cracked hinge. I opened a not-as-described case straight away, but the seller keeps telling me to ring him on [[PHONE_NUMBER:07468 203 917]] instead of replying in the messages. The name on the order is [[PERSON:Ewan Gillespie]] and the refund should go back to the PayPal account under [[EMAIL_ADDRESS:ewan.gillespie@btinternet.com]].""",
    """Bonjour, je suis [[PERSON:Manon Lefort]] (pseudo [[USERNAME:manon_lf]]). J'ai vendu une veste sur Vinted et l'acheteuse, [[USERNAME:clem.vintage33]], affirme avoir reçu un colis vide. J'ai pourtant déposé le colis le [[DATE_TIME:2 février]] au point relais de [[LOCATION:Bordeaux]], où il a été pesé à 0,9 kg. Je peux envoyer le ticket de dépôt ; vous pouvez aussi me joindre au [[PHONE_NUMBER:06 33 19 48 72]].""",
    """Ik heb via Marktplaats een e-bike gekocht van [[PERSON:Ruud Hendriks]] uit [[LOCATION:Zwolle]] en € 850 overgemaakt naar zijn rekening [[IBAN_CODE:NL48SNSB0610961748]]. Sinds [[DATE_TIME:zaterdag 18 januari]] reageert hij niet meer en zijn advertentie is verwijderd. Zijn telefoonnummer was [[PHONE_NUMBER:06-21948830]]. Ik heb aangifte gedaan bij de politie in [[LOCATION:Deventer]]; mijn naam is [[PERSON:Lotte Brouwer]].""",
    """Warning to everyone in the [[LOCATION:Tulsa]] buy/sell group: a guy going by [[PERSON:cody raines]] sold me a PS5 that turned out to be an empty box taped shut. We met in a store parking lot on [[DATE_TIME:Saturday the 8th]]. He texted from [[PHONE_NUMBER:(918) 555-0147]] and had me pay by Zelle to [[EMAIL_ADDRESS:craines.deals@gmail.com]]. Police report is filed, but if anyone knows him, message me.""",
    """Carousell dispute — the buyer, [[USERNAME:weijie.lim]], says the Dyson V11 I sold him on [[DATE_TIME:12 Jan]] stopped charging after two days. We met at the MRT station near his place and he tested it there in front of me. I'm willing to have it checked but not to refund in full. My name is [[PERSON:Aishah Rahmat]], contact [[PHONE_NUMBER:+65 8243 1197]].""",
    """Re: Etsy case — the buyer, [[PERSON:Lorna McBride]], says the necklace arrived reading "[[PERSON:Sorsha]]" instead of "[[PERSON:Saoirse]]". Her order note clearly says "[[PERSON:Sorsha]]", and I have a screenshot. I've offered to remake it at cost and ship it to [[ADDRESS:Apt 5C, 311 Morningside Ave]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10026]], but she wants a full refund and to keep the original. — [[PERSON:Maeve Donnelly]], Little Lark Studio""",
    """Hello po, si [[PERSON:Kristine Joy Bautista]] ito. Nag-order ako ng rice cooker sa Shopee noong [[DATE_TIME:Marso 3]] pero sira ang dumating na unit. Ayaw mag-refund ng seller na [[USERNAME:homeessentials.ph]] kasi "user damage" daw. Naka-video naman ang pag-unbox ko. Pakitawagan po ako sa [[PHONE_NUMBER:0945 218 6630]] o i-email sa [[EMAIL_ADDRESS:kjbautista.work@gmail.com]]. Salamat po!""",
    """Reclamo en Mercado Libre: compré unas zapatillas al vendedor [[USERNAME:DEPORTES_NICO_OK]] y llegaron dos números más chicas. El vendedor, que firma como [[PERSON:Nicolás Ferreyra]], dice que no acepta devoluciones. Pagué con la tarjeta [[CREDIT_CARD:5140 2446 6671 9020]] y pido la anulación de la compra. Mis datos: [[PERSON:Valentina Sosa]], [[ADDRESS:Av. Corrientes 4120, piso 7 "B"]], [[ZIP_CODE:C1195AAN]] [[LOCATION:Buenos Aires]], tel. [[PHONE_NUMBER:+54 9 11 5832-4417]].""",
    """To PureMove Gym, I'd like to cancel my membership (member no. [[ID_NUMBER:PMG-0074831]]) with effect from [[DATE_TIME:31 March 2025]]. I've moved from [[LOCATION:Leeds]] to [[LOCATION:Bristol]] for work and there's no branch near my new flat at [[ADDRESS:16 Cotham Brow]], [[ZIP_CODE:BS6 6AR]]. Please stop the direct debit from account [[ID_NUMBER:63018842]] after the final payment. Thanks, [[PERSON:Ravi Chauhan]]""",
    """Hey team, can you pop my membership on hold from [[DATE_TIME:14 April]] to [[DATE_TIME:30 June]]? I'm having knee surgery at the start of April and won't be training for a while. Member: [[PERSON:Tegan O'Rourke]], card number in the app is [[ID_NUMBER:2290 4417]], mobile [[PHONE_NUMBER:0401 338 726]]. Cheers!""",
    """Geachte heer/mevrouw, op [[DATE_TIME:2 januari]] heeft Fitness Plaza twee keer € 34,95 afgeschreven van mijn rekening [[IBAN_CODE:NL10RABO0235372315]], terwijl ik mijn abonnement per [[DATE_TIME:1 december]] heb opgezegd (lidnummer [[ID_NUMBER:FP-219884]]). Ik verzoek u het dubbel afgeschreven bedrag terug te storten. Met vriendelijke groet, [[PERSON:Mehmet Kaya]], [[ADDRESS:Vondellaan 112]], [[ZIP_CODE:2332 AE]] [[LOCATION:Leiden]]""",
    """New client intake for personal training: [[PERSON:Deborah Feinstein]], [[AGE:62]], right hip replaced in [[DATE_TIME:May 2023]], cleared by her surgeon, [[PERSON:Dr. Paul Ashworth]], for low-impact work. Goals: balance and getting up from the floor without help. First session with [[PERSON:Marcus]] on [[DATE_TIME:Wednesday 5 February at 7:30am]]. Emergency contact: her husband [[PERSON:Len]], [[PHONE_NUMBER:(305) 555-0171]].""",
    """I was charged a $49.99 "annual enhancement fee" by Iron Valley Fitness on my Visa [[CREDIT_CARD:4581 5307 4290 8598]] even though I froze my membership back in [[DATE_TIME:October]]. The front desk in [[LOCATION:Boise]] told me to call corporate, and corporate told me to go to the front desk. Account holder: [[PERSON:Kyle Brandt]], member ID [[ID_NUMBER:IVF88120]], phone [[PHONE_NUMBER:208-555-0139]].""",
    """Hi [[PERSON:Wambui]], welcome to Kilele Fitness! Your membership starts on [[DATE_TIME:1st March]] and your card number is [[ID_NUMBER:KF-3092]]. The monthly KES 4,500 will be requested by M-Pesa from [[PHONE_NUMBER:0711 562 348]] at the start of each month. Your trainer, [[PERSON:Brian Otieno]], will call you to book your fitness assessment.""",
    """My daughter [[PERSON:Sophie Lavoie-Grant]] is [[AGE:15]] and wants to join the adult strength classes at your [[LOCATION:Halifax]] location. I've signed the parental consent form; please attach it to her membership ([[ID_NUMBER:HX-55218]]) and send any questions to me, [[PERSON:Geneviève Lavoie]], at [[EMAIL_ADDRESS:gen.lavoie@eastlink.ca]].""",
    """Membership transfer request: I, [[PERSON:Harshvardhan Joshi]], would like to transfer the remaining seven months of my FitZone membership to my colleague [[PERSON:Tanvi Shetty]] ([[PHONE_NUMBER:+91 99204 71835]]). My registered mobile is [[PHONE_NUMBER:+91 98190 22764]]. I am relocating from [[LOCATION:Pune]] to [[LOCATION:Hyderabad]] on [[DATE_TIME:20 April]].""",
    """Hi, my parcel from [[LOCATION:Los Angeles]] is stuck at customs in [[LOCATION:Incheon]] because the sender didn't include my Personal Customs Clearance Code. It's [[ID_NUMBER:P180026457713]], and the name registered to it is [[PERSON:Park Ji-yeon]], exactly as on my residence card. Delivery address: [[ADDRESS:302-ho, 15 Itaewon-ro 27ga-gil]], [[LOCATION:Yongsan-gu]], [[LOCATION:Seoul]] [[ZIP_CODE:04349]]. Phone [[PHONE_NUMBER:010-4827-1935]].""",
    """Royal Mail have a parcel for me with a £38.20 customs charge. It's a second-hand camera lens I bought from a private seller in [[LOCATION:Osaka]], and the sender, [[PERSON:Hiroshi Matsuda]], marked it as "gift, value ¥5,000", which I know isn't right. I'm happy to pay the correct duty. The fee card was left at [[ADDRESS:58 Brudenell Grove]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1HR]] on [[DATE_TIME:Monday 17 February]]. — [[PERSON:Anil Pereira]]""",
    """Ate [[PERSON:Lorna]], naipadala ko na ang balikbayan box noong [[DATE_TIME:Sabado, Nobyembre 16]] mula dito sa [[LOCATION:Jeddah]]. Nakapangalan sa iyo ang consignee: [[PERSON:Lorna P. Aquino]], [[ADDRESS:Purok 4]], [[LOCATION:Brgy. Poblacion]], [[LOCATION:Sta. Maria]], [[LOCATION:Bulacan]]. Sa customs declaration, "personal effects at pasalubong" lang ang nilagay ko: mga damit, tsokolate at dalawang rubber shoes. Tatawag ang cargo sa [[PHONE_NUMBER:0939 712 4480]] pagdating sa [[LOCATION:Manila]].""",
    """For the customs form: I'm sending my grandson [[PERSON:Owen MacPherson]] a hand-knit blanket and two books for his birthday on [[DATE_TIME:December 9]]. His address is [[ADDRESS:2150 Larkspur Lane]], [[LOCATION:Bellingham]], [[LOCATION:WA]] [[ZIP_CODE:98229]], and the return address is mine, [[ADDRESS:77 Birch Hill Road]], [[LOCATION:Truro]], [[LOCATION:NS]] [[ZIP_CODE:B2N 5B4]]. Total value about $60 CAD. — [[PERSON:Agnes MacPherson]]""",
    """The Australian Border Force is holding a parcel addressed to [[PERSON:Mr Duc Anh Pham]] at [[ADDRESS:14 Kiora Street]], [[LOCATION:Canley Heights]] [[LOCATION:NSW]] [[ZIP_CODE:2166]]. The declaration from the sender in [[LOCATION:Hanoi]] lists "herbal tea, 2 kg", but the contents include dried plant material that needs an import permit. Please contact the officer named on the letter and quote your date of birth, [[DATE_TIME:07/10/1990]], when you call.""",
    """DHL says my shipment from my sister in [[LOCATION:Houston]] needs KYC before it can clear customs in [[LOCATION:Mumbai]]. I have uploaded my Aadhaar ([[ID_NUMBER:3162 1647 7860]]) and PAN ([[ID_NUMBER:CFRPM4492L]]) on their portal under the name [[PERSON:Meera Menon]], but the status still shows "pending". The delivery address is [[ADDRESS:B-702, Sai Krupa CHS, Sector 17]], [[LOCATION:Vashi]], [[LOCATION:Navi Mumbai]] [[ZIP_CODE:400703]].""",
    """Madame, Monsieur, je conteste les droits de douane de 47,80 € réclamés pour le colis envoyé par ma fille, [[PERSON:Inès Haddad]], depuis [[LOCATION:Montréal]]. Il s'agit d'un cadeau d'une valeur inférieure à 45 €, comme l'indique la déclaration CN22. Je suis joignable au [[PHONE_NUMBER:04 91 52 37 18]] ; mon adresse est [[ADDRESS:23 rue Sainte-Cécile]], [[ZIP_CODE:13005]] [[LOCATION:Marseille]]. [[PERSON:Nadia Haddad]]""",
    """Estimado cliente: su envío procedente de [[LOCATION:Estados Unidos]] está detenido en la aduana de [[LOCATION:Tijuana]] porque la declaración no incluye el RFC del destinatario. Para liberarlo, responda a este correo con una identificación oficial a nombre de [[PERSON:Héctor Manuel Villaseñor]] y confirme su RFC ([[ID_NUMBER:VIMH790315BQ2]]) y su domicilio, [[ADDRESS:Calle Río Nazas 318]], Col. [[LOCATION:Cuauhtémoc]], [[LOCATION:Ciudad de México]], C.P. [[ZIP_CODE:06500]].""",
    """Admission summary: [[PERSON:Mrs. Dorothy Evans]], [[AGE:89]], was admitted to Larchwood Care Home on [[DATE_TIME:3 February 2025]] from hospital in [[LOCATION:Swansea]] after a stroke. NHS number [[ID_NUMBER:762 600 0706]]. Her GP is [[PERSON:Dr. Rhys Morgan]]. Next of kin is her daughter, [[PERSON:Carys Lloyd]], on [[PHONE_NUMBER:01792 468 220]]. [[PERSON:Dorothy]] is a lifelong [[NRP:Baptist]] and would like to keep going to chapel when she is able.""",
    """Hi [[PERSON:Grace]], just a note ahead of Mum's care review on [[DATE_TIME:Thursday 13th at 2pm]]. Mum ([[PERSON:Patricia Whelan]], Room 12) has been much more confused since the new tablets were started, and twice now she's told me she wasn't given lunch. Could the home also update my mobile on her file? It's now [[PHONE_NUMBER:07402 556 813]]. Thanks, [[PERSON:Siobhan]]""",
    """Incident report, Wattle Gardens Aged Care. At [[DATE_TIME:02:40 on 19/01/2025]], night staff member [[PERSON:Joy Ramos]] found resident [[PERSON:Stanislaw Kowalski]] ([[AGE:91]]) on the floor beside his bed. No visible injury; observations stable. His son, [[PERSON:Peter Kowalski]], was phoned at 07:15 and the GP, [[PERSON:Dr. Mei Chen]], reviewed him later that morning. Sensor mat re-enabled.""",
    """Beste familie [[PERSON:Verhoeven]], uw moeder, [[TITLE:mevrouw]] [[PERSON:Johanna Verhoeven-Smit]] ([[AGE:93]]), verhuist op [[DATE_TIME:maandag 3 maart]] van afdeling De Linde naar een kamer op de somatische afdeling. Wij vragen u haar persoonlijke spullen vóór die dag op te halen. Voor vragen kunt u terecht bij haar eerst verantwoordelijke verzorgende, [[PERSON:Anouk Smeets]]. Het zorgdossier staat op BSN [[ID_NUMBER:893288044]].""",
    """Compte rendu d'admission en EHPAD : [[TITLE:Mme]] [[PERSON:Simone Delaunay]], née le [[DATE_TIME:14 juin 1939]] à [[LOCATION:Paris]], entre à la résidence Les Tilleuls le [[DATE_TIME:10 mars 2025]]. Numéro de sécurité sociale : [[ID_NUMBER:2 39 06 75 114 318 82]]. Personne de confiance : son fils, [[PERSON:Bernard Delaunay]], [[PHONE_NUMBER:06 12 84 37 55]]. Elle est [[NRP:catholique]] pratiquante et souhaite recevoir la communion le dimanche.""",
    """Reference for [[PERSON:Marilou Santos]]: [[PERSON:Marilou]] worked as a personal support worker on our memory care floor from [[DATE_TIME:March 2019]] to [[DATE_TIME:August 2024]], and residents' families regularly asked for her by name. She is a [[NRP:Filipino]] national on an open work permit and is applying for permanent residence. I am happy to be contacted at [[PHONE_NUMBER:(204) 555-0186]]. — [[PERSON:Heather Kowalchuk]], Director of Care""",
    """Dear [[PERSON:Mr. Castillo]], this is a reminder that the March statement for your father, [[PERSON:Ernesto Castillo]], is past due; the Mastercard ending 4471 on file was declined on [[DATE_TIME:March 5]]. [[PERSON:Ernesto]]'s resident ID is [[ID_NUMBER:SL-20931]] and his Medicare number, [[ID_NUMBER:1EG4-TE5-MK73]], is already on file for the therapy claims. Please call the business office to update the card.""",
    """Our father, [[PERSON:Seamus Ó Briain]], moved into a nursing home in [[LOCATION:Ballina]] on [[DATE_TIME:6 January]] and we're applying for the Fair Deal scheme. His PPS number is [[ID_NUMBER:5530008CA]] and his pension is paid into [[IBAN_CODE:IE63 BOFI 9000 1798 1231 95]]. The house at [[ADDRESS:Rose Cottage]], [[LOCATION:Knocknalyre]], [[LOCATION:Crossmolina]], [[LOCATION:Co. Mayo]] [[ZIP_CODE:F26 X7P3]] is in his name only.""",
    """Interview notes – [[DATE_TIME:Tues 21 Jan, 11am]], picket line outside the hospital. [[PERSON:Precious Ndlovu]], [[AGE:38]], ICU nurse for 12 yrs. "We're not asking for luxury, we're asking for enough hands." Says her ward has been at half staff since before Christmas. Happy to be named. Mobile [[PHONE_NUMBER:07951 330 184]] — call after 6 only.""",
    """Spoke by phone on [[DATE_TIME:Feb 4]] with a warehouse worker who asked not to be named (fears losing job). Confirmed the heat incident on the night shift. Second source: [[PERSON:Luis Ortega]], former shift lead, now at a different company, on the record. [[PERSON:Luis]] says he emailed HR about the broken cooling fans from his personal account, [[EMAIL_ADDRESS:lortega.1984@gmail.com]], and will forward the thread. Lives in [[LOCATION:Fontana]].""",
    """Notes for the drought feature. Met [[TITLE:Mzee]] [[PERSON:Kiprono arap Lagat]], [[AGE:71]], on his farm outside [[LOCATION:Eldoret]] on [[DATE_TIME:9 August]]. He has lost 14 of his 20 cows since the long rains failed. His granddaughter [[PERSON:Chebet]] translated from Kalenjin and gave her number for fact-checking: [[PHONE_NUMBER:0727 904 311]].""",
    """Interview with [[PERSON:Shabana Bibi]], [[AGE:44]], at the relief camp near [[LOCATION:Dadu]], [[LOCATION:Sindh]], [[DATE_TIME:2 September]]. Her house in [[LOCATION:Johi]] was under two metres of water; her husband, [[PERSON:Ghulam Rasool]], is still there guarding what is left. She holds CNIC [[ID_NUMBER:41201-8837421-6]] but says the compensation list skipped her name. Photo permission: yes, face visible.""",
    """Interview: [[TITLE:Cllr]] [[PERSON:Angela Firth]] ([[NRP:Labour]]), ward member for [[LOCATION:Hunslet]], at her surgery on [[DATE_TIME:Saturday 15 March]]. She confirmed she voted against the library closures and said the [[NRP:Conservative]] group "never read the footfall figures". Her mobile, for quote checks only: [[PHONE_NUMBER:07884 219 603]].""",
    """[[LOCATION:Lesbos]], [[DATE_TIME:18 October]]. Talked to [[PERSON:Yasmin]] (first name only, at her request), [[AGE:23]], from [[LOCATION:Herat]]. She arrived by boat three weeks ago with her brother [[PERSON:Omid]], [[AGE:16]]. She was a midwifery student and speaks some English. Her asylum interview is set for [[DATE_TIME:12 December]]. Contact through the NGO caseworker, [[PERSON:Eleni Papadaki]], [[PHONE_NUMBER:+30 694 418 2275]].""",
    """Guest prep for episode 112: [[PERSON:Dr. Imani Carter-Lowe]], epidemiologist at the state health department, on long COVID clinics. Booking goes through her publicist, [[PERSON:Jess Romero]], [[EMAIL_ADDRESS:jess@romeropr.co]]. Recording is [[DATE_TIME:Tuesday, April 8 at 10 a.m. PT]] over Riverside; [[PERSON:Imani]] will be at home in [[LOCATION:Sacramento]]. Don't ask about her divorce.""",
    """Spoke with [[PERSON:Ha-eun Seo]], owner of the fried chicken place on the corner, on [[DATE_TIME:Jan 30]] about the break-in. She's [[AGE:47]], came over from [[LOCATION:Busan]] in 2008 and has run the shop for nine years. CCTV shows two men at 3:12 a.m. She gave permission to use the footage and her name; her husband, [[PERSON:Min-jun]], was there too. Her cell: [[PHONE_NUMBER:(213) 555-0159]].""",
    """I've just noticed three transactions I didn't make on my card [[CREDIT_CARD:4087 0846 3246 9211]] — two at an electronics store in [[LOCATION:Newark]] and one online, all on [[DATE_TIME:November 14]]. I was at work in [[LOCATION:Philadelphia]] the whole day. Please freeze the card and call me at [[PHONE_NUMBER:215-555-0172]]. — [[PERSON:Tamsin Okoro]]""",
    """Hello, I'm [[PERSON:Kwabena Asante]] and I'm making a claim under policy HM-7730192 for water damage at [[ADDRESS:63 Shepherd's Bush Road]], [[LOCATION:London]] [[ZIP_CODE:W6 7LY]]. The pipe under the kitchen sink burst on the night of [[DATE_TIME:2 March]] and soaked the flooring. The neighbour below, [[PERSON:Mrs Edwards]], had water coming through her ceiling as well.""",
    """Your prescription for [[PERSON:Ahmed Farouk]] is ready for collection at our [[LOCATION:Sharjah]] branch. Please bring your Emirates ID ([[ID_NUMBER:784-1987-4417209-3]]) and the card used for the co-payment. Questions? Reply to this SMS.""",
    """Our client, [[PERSON:Oksana Melnyk]], a [[NRP:Ukrainian]] national born on [[DATE_TIME:23 August 1986]] in [[LOCATION:Kharkiv]], entered the [[LOCATION:United Kingdom]] under the Homes for Ukraine scheme on [[DATE_TIME:19 May 2022]]. Her sponsor, [[PERSON:Jeremy Hale]] of [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Stowmarket]], has confirmed in writing that she may remain in the property. We enclose a copy of her BRP, number [[ID_NUMBER:ZU7740219]].""",
    """Dear parents of Grade 2, our class rep this year is [[PERSON:Priya Naidoo]] (mum of [[PERSON:Arjun]] in 2K). She'll be organising the end-of-term picnic and can be reached on [[PHONE_NUMBER:083 447 2190]] or at [[EMAIL_ADDRESS:priya.naidoo.rep@gmail.com]].""",
    """Extension approved: [[PERSON:Tobias Wekesa]] (student no. [[ID_NUMBER:21940387]]) may submit his dissertation by [[DATE_TIME:2 June]] instead of [[DATE_TIME:19 May]] because of his hospital admission. His supervisor, [[PERSON:Prof. Hannah Leclerc]], has been copied in.""",
    """Hi all, please welcome [[PERSON:Aziz Karimov]], who joins the data engineering team on [[DATE_TIME:Monday 3 March]]. [[PERSON:Aziz]] is relocating from [[LOCATION:Tashkent]] and will work from the [[LOCATION:Warsaw]] office. His desk is 4.17 and his laptop is being set up under the login [[USERNAME:akarimov]].""",
    """I returned a pair of boots to your [[LOCATION:Glasgow]] store on [[DATE_TIME:27 December]] and was told the refund would reach my card within five days. It's now the middle of January and nothing has arrived. The receipt says the refund went to a card ending 3308, but mine ends 3380. My name is [[PERSON:Fiona Drummond]] and my phone is [[PHONE_NUMBER:07563 229 841]].""",
    """We're holding a sea-view room for [[TITLE:Mr.]] and [[PERSON:Mrs. Tunde Adeyemi]] from [[DATE_TIME:20 December]] to [[DATE_TIME:2 January]], with an airport pickup in [[LOCATION:Zanzibar]] on arrival. The deposit was charged to the Mastercard [[CREDIT_CARD:5330 8729 2015 6710]]; the balance is payable at check-in. Our driver will message [[PERSON:Mr. Adeyemi]] on [[PHONE_NUMBER:+234 803 551 2907]] on the day.""",
    """I've been with you for six years and you've now ported my number, [[PHONE_NUMBER:0412 098 553]], to another carrier without my permission. Someone walked into a store in [[LOCATION:Parramatta]] on [[DATE_TIME:4 February]] with a fake licence in my name, [[PERSON:Hamid Rezaei]], and my date of birth, [[DATE_TIME:11 June 1983]]. I need the number back today; my bank sends its codes to it.""",
    """I'm writing on behalf of my father, [[PERSON:Henk Friesen]], SIN [[ID_NUMBER:286 996 780]], who passed away on [[DATE_TIME:January 11, 2025]] in [[LOCATION:Winnipeg]]. I am the executor of his estate and need to file his final return. Please send correspondence to me, [[PERSON:Jonah Friesen]], at [[ADDRESS:PO Box 318]], [[LOCATION:Steinbach]], [[LOCATION:MB]] [[ZIP_CODE:R5G 1M3]].""",
    """Viewing confirmed for [[DATE_TIME:Saturday 22 February at 11:15]] at [[ADDRESS:Flat 2, 9 Hartington Road]], [[LOCATION:Brighton]] [[ZIP_CODE:BN2 3PA]]. The current tenant, [[PERSON:Olly]], will let you in. If you're running late, text [[PERSON:Natasha]] from the agency on [[PHONE_NUMBER:07700 918 264]].""",
    """Report from user [[USERNAME:sunny_side_ash]]: her match "[[PERSON:Daniel]]" asked to move the chat to WhatsApp at [[PHONE_NUMBER:+1 646 555 0193]], then asked for a $300 gift card because his wallet had been "stolen in [[LOCATION:Lisbon]]". His photos match a model's Instagram. Suggest banning his account, [[USERNAME:dan_travels_88]].""",
    """Save the date! [[PERSON:Ifeoma]] and [[PERSON:Chinedu]] are getting married on [[DATE_TIME:Saturday 14 June 2025]] in [[LOCATION:Enugu]]. Please RSVP to the bride's sister, [[PERSON:Adaeze Nwosu]], on [[PHONE_NUMBER:0816 772 0943]] before the end of April. Aso-ebi orders close early!""",
    """It is with great sadness that we announce the passing of [[PERSON:Rangi Pōmare]] of [[LOCATION:Rotorua]], aged [[AGE:78]], on [[DATE_TIME:Tuesday 7 January 2025]]. Beloved husband of [[PERSON:Mere]], father of [[PERSON:Tama]], [[PERSON:Hine]] and [[PERSON:Wiremu]]. He will lie at the marae until the funeral on [[DATE_TIME:Friday 10 January]]. Koha may be sent to account [[ID_NUMBER:12-3191-0448213-00]].""",
    """Thanks for signing up to volunteer at the food bank, [[PERSON:Mariam]]! Your first shift is [[DATE_TIME:Saturday, March 8, 9am–12pm]] at our [[LOCATION:Dearborn]] warehouse. We ran the background check with the date of birth you gave us ([[DATE_TIME:04/02/2001]]) and everything came back clear.""",
    """Your driver [[PERSON:Emeka]] is arriving in a silver Toyota Corolla, plate [[ID_NUMBER:KJA 482 XT]]. Share your trip with [[PERSON:Bola]]? We'll send live updates to [[PHONE_NUMBER:+234 812 440 3718]].""",
    """Reminder from Harbourside Vets: Mango is due for his booster. [[PERSON:Mrs. Thompson]], your appointment is on [[DATE_TIME:Thursday 6 March at 4:20pm]] with [[PERSON:Dr. Aarav Kapoor]]. We have [[PHONE_NUMBER:027 448 1952]] as your mobile; reply STOP to opt out of reminders.""",
    """Customer [[PERSON:Beatriz Nogueira]] reports that her home router at [[ADDRESS:Rua do Almada 212, 3.º esq.]], [[LOCATION:Porto]] drops every evening. A remote check shows the WAN IP [[IP_ADDRESS:89.155.74.21]] changing every 40 minutes. Technician visit booked for [[DATE_TIME:4 April between 14:00 and 18:00]]; the outage credit will be refunded to [[IBAN_CODE:PT50 0035 0651 1572 3026 6576 5]].""",
    """Hi [[PERSON:Sam]], this is your courier. I'm outside [[ADDRESS:Apartment 1408, 85 Harbour Street]] but the concierge won't let me up. Can you come down to the lobby or call me back on this number? — [[PERSON:Tevita]]""",
    """GP note: [[PERSON:Chidi Okeke]], [[AGE:34]], seen [[DATE_TIME:10/02/2025]] with chest tightness when running. ECG normal, bloods sent. He is a [[NRP:Jehovah's Witness]] and has an advance decision refusing blood products on file. Mobile [[PHONE_NUMBER:07931 552 708]].""",
    """Banned [[USERNAME:KrakenSlayer77]] for chargeback fraud. The same payment card was used on [[USERNAME:kraken_alt2]] and [[USERNAME:xX_Kraken_Xx]]. Billing name on all three: [[PERSON:Mikael Eriksson]], billing address in [[LOCATION:Gothenburg]]. Last login came from [[IP_ADDRESS:78.82.141.9]] on [[DATE_TIME:2025-01-05 22:18]].""",
    """The Instagram user [[USERNAME:thecozyplantlady]] (real name [[PERSON:Heather Nwachukwu]]) has been posting photos of my daughter [[PERSON:Emily]] at the school gate without permission. Her profile is [[URL:https://www.instagram.com/thecozyplantlady/]] and I have reported it twice already. — [[PERSON:Rachel Simmons]]""",
    """Your final electricity bill for [[ADDRESS:22 Mwanza Close]], [[LOCATION:Lusaka]] has been sent to [[EMAIL_ADDRESS:chanda.mulenga@zamnet.zm]]. The meter was read on your move-out day, [[DATE_TIME:28 February]], at 41822 kWh. Thank you for being with us, [[PERSON:Chanda]].""",
    """The library card of [[PERSON:Noa Ben-David]] ([[ID_NUMBER:29018004417729]]) has two overdue picture books, due back on [[DATE_TIME:January 9]]. Please return them to any branch or renew them online.""",
    """This week's prayer list: [[TITLE:Sister]] [[PERSON:Agnes Muthoni]], recovering from surgery at home; the [[PERSON:Otieno]] family, who lost their grandmother on [[DATE_TIME:Sunday 2 February]]; and [[TITLE:Brother]] [[PERSON:Joseph Kiprotich]], who begins his ministry in [[LOCATION:Kisumu]] next month.""",
    """U12 football registration: [[PERSON:Mateo Rossi]], born [[DATE_TIME:03/07/2013]], plays left back. Parent: [[PERSON:Giulia Rossi]], [[PHONE_NUMBER:0421 773 905]]. Medicare card [[ID_NUMBER:4127 66810 2]], position 3 on the card. Photo consent: yes.""",
    """Hi [[PERSON:Deepa]], I've finished your 2024 return. You're getting a refund of $2,140, which will be deposited to the checking account ending 9912. I still need your husband's SSN to e-file jointly; yours is [[US_SSN:419-27-3065]], correct? — [[PERSON:Marv]] at Hilltop Tax""",
    """USCIS interview notice: [[PERSON:Nguyen Thi Hoa]], A-Number [[ID_NUMBER:A213447908]], is scheduled for an adjustment of status interview on [[DATE_TIME:May 14, 2025 at 8:45 AM]] at the [[LOCATION:San Jose]] field office. She must bring her [[NRP:Vietnamese]] passport, [[ID_NUMBER:C7741825]], and her spouse, [[PERSON:Kevin Tran]].""",
    """Our flight was cancelled in [[LOCATION:Dubai]] and we were rebooked 26 hours later. I am claiming compensation for myself, [[PERSON:Sunil Perera]], and my wife, [[PERSON:Nirmala Perera]]. Booking reference H7KQ2P. Please pay into my Commercial Bank account, [[ID_NUMBER:8001447219]], and send confirmation to [[EMAIL_ADDRESS:sunil.perera@sltnet.lk]].""",
    """Appointment reminder for [[PERSON:Olivia Brennan-Shaw]]: [[DATE_TIME:Mon 24 Feb at 8:40]] with [[PERSON:Dr. Yasmin Haddad]]. Please arrive 10 minutes early to update your medical history. Reply Y to confirm.""",
    """We are pleased to inform [[PERSON:Abena Owusu-Ansah]], born [[DATE_TIME:17 April 2004]] in [[LOCATION:Kumasi]], that she has been awarded the Kente Futures Scholarship. Funds will be paid into her Ecobank account [[ID_NUMBER:1441001937204]] each semester. Please sign and return the acceptance letter by [[DATE_TIME:28 March]].""",
    """Renter: [[PERSON:Jae-won Lim]]. Licence [[ID_NUMBER:11-18-482917-62]] ([[LOCATION:Republic of Korea]]) plus International Driving Permit. Pick-up [[DATE_TIME:2025-04-02 09:00]] at [[LOCATION:Auckland]] Airport, return [[DATE_TIME:2025-04-16]] in [[LOCATION:Christchurch]]. Additional driver: [[PERSON:Soo-ah Lim]].""",
    """Hi [[PERSON:Farah]], confirming your move on [[DATE_TIME:Friday 28 March]] from [[ADDRESS:14 Ravensworth Road]], [[LOCATION:Gateshead]] [[ZIP_CODE:NE9 6AE]] to [[ADDRESS:3 Priory Mews]], [[LOCATION:Tynemouth]] [[ZIP_CODE:NE30 4DB]]. Our crew lead, [[PERSON:Gav]], will ring you on [[PHONE_NUMBER:07412 337 095]] when they're on the way.""",
    """Jury summons: [[PERSON:Dolores Whitaker]] of [[ADDRESS:402 Magnolia Ave]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31401]], juror number 2291, is to report on [[DATE_TIME:Monday, April 7, 2025, at 8:00 a.m.]] Requests to be excused must include your date of birth and driver's license number.""",
    """Thank you for donating on [[DATE_TIME:12 March]], [[PERSON:Rohan]]! Your donor number is [[ID_NUMBER:DN-448102]] and your blood group is O negative. You can give again from [[DATE_TIME:4 June]].""",
    """Please help [[PERSON:Marcus Oyelaran-Pitt]], [[AGE:7]], who was diagnosed with leukaemia in [[DATE_TIME:January]]. His mum, [[PERSON:Tasha]], has had to stop work to stay with him at the hospital in [[LOCATION:Leicester]]. Every donation goes straight to the family; for anything else you can reach [[PERSON:Tasha]] at [[EMAIL_ADDRESS:tasha.pitt@hotmail.co.uk]].""",
    """Statement taken from [[PERSON:Rukhsana Begum]], [[AGE:36]], at her home, [[ADDRESS:19 Granby Street]], [[LOCATION:Bradford]], about the theft of her bicycle from the communal hallway between [[DATE_TIME:22:00 on 3 March]] and [[DATE_TIME:07:30 on 4 March]]. She believes a neighbour's visitor, known to her only as "[[PERSON:Jaz]]", may have seen something.""",
    """Found: a brown leather wallet on the 14 bus this morning with a driving licence for [[PERSON:Tomás Ó Súilleabháin]], an address in [[LOCATION:Dundrum]] and a student card. If it's yours, text me on [[PHONE_NUMBER:085 771 2340]] and describe the keyring.""",
    """Welcome to the hub, [[PERSON:Ingrid]]! Your access fob is linked to [[EMAIL_ADDRESS:ingrid.hallsdottir@proton.me]] and works around the clock on floors 2–4. Wi-Fi password: Hub2025!guest. Your hot-desk plan renews on [[DATE_TIME:15 April]].""",
    """Authorised pick-up list for [[PERSON:Ella Mae Johnson]] (Toddler Room): her mother, [[PERSON:Keandra Johnson]]; her grandmother, [[PERSON:Loretta Banks]] ([[PHONE_NUMBER:(901) 555-0123]]); and family friend [[PERSON:Tyrese Cole]]. Staff must check photo ID for anyone they don't know. [[PERSON:Ella Mae]] has a peanut allergy and her EpiPen is in the office.""",
    """Loan file note: [[PERSON:Shreya Agarwal]] and [[PERSON:Rahul Agarwal]] are applying jointly for a home loan on [[ADDRESS:Villa 27, Palm Meadows]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]]. [[PERSON:Rahul]]'s credit report was pulled on [[DATE_TIME:6 January]]; [[PERSON:Shreya]]'s Aadhaar, [[ID_NUMBER:4364 4185 5341]], is still not linked to her PAN.""",
]

TABLE = [
    """member_id,first_name,last_name,email,plan,join_date,home_club
[[ID_NUMBER:M-30218]],[[PERSON:Aisling]],[[PERSON:Cooney]],[[EMAIL_ADDRESS:aisling.cooney@gmail.com]],Off-peak,[[DATE_TIME:2023-09-04]],[[LOCATION:Galway]]
[[ID_NUMBER:M-30241]],[[PERSON:Tadhg]],[[PERSON:Ó Conaill]],[[EMAIL_ADDRESS:tadhg.oconaill@eircom.net]],Anytime,[[DATE_TIME:2024-01-15]],[[LOCATION:Limerick]]
[[ID_NUMBER:M-30277]],[[PERSON:Nkechi]],[[PERSON:Obi]],[[EMAIL_ADDRESS:nkechi.obi@outlook.ie]],Student,[[DATE_TIME:2024-02-28]],[[LOCATION:Galway]]
[[ID_NUMBER:M-30302]],[[PERSON:Pádraig]],[[PERSON:Keane]],[[EMAIL_ADDRESS:pkeane77@yahoo.ie]],Anytime,[[DATE_TIME:2024-03-11]],[[LOCATION:Athlone]]""",
    """| Room | Resident | DOB | NHS No. | Next of kin | NOK phone | Diet |
|---|---|---|---|---|---|---|
| 3 | [[PERSON:Edith Parry]] | [[DATE_TIME:12/02/1931]] | [[ID_NUMBER:561 489 7070]] | [[PERSON:Gwen Parry]] (daughter) | [[PHONE_NUMBER:07711 203 448]] | Soft |
| 7 | [[PERSON:Arthur Bellamy]] | [[DATE_TIME:30/09/1937]] | [[ID_NUMBER:900 720 0313]] | [[PERSON:Neil Bellamy]] (son) | [[PHONE_NUMBER:01633 842 119]] | Diabetic |
| 11 | [[PERSON:Harbans Kaur]] | [[DATE_TIME:05/05/1940]] | [[ID_NUMBER:716 712 3439]] | [[PERSON:Jaspreet Gill]] (granddaughter) | [[PHONE_NUMBER:07984 552 016]] | Vegetarian |""",
    """Consignee\tConsignee ID\tCity\tCountry\tHS code\tDescription\tDeclared value (USD)
[[PERSON:Kim Min-seo]]\t[[ID_NUMBER:P220517734018]]\t[[LOCATION:Busan]]\t[[LOCATION:South Korea]]\t3304.99\tSkincare set\t85.00
[[PERSON:Rafaela Costa]]\t[[ID_NUMBER:025.721.284-11]]\t[[LOCATION:Belo Horizonte]]\t[[LOCATION:Brazil]]\t6204.43\tCotton dress\t62.50
[[PERSON:Tariq Al-Amin]]\t—\t[[LOCATION:Doha]]\t[[LOCATION:Qatar]]\t9503.00\tBuilding toy\t40.00
[[PERSON:Hannah Lindgren]]\t—\t[[LOCATION:Uppsala]]\t[[LOCATION:Sweden]]\t4901.99\tUsed books (3)\t18.00""",
    """EMP#    NAME                     DEPT         EXT    MOBILE           START
100412  [[PERSON:Okoye]], [[PERSON:Chiamaka]]          Finance      2210   [[PHONE_NUMBER:0803 551 7720]]    [[DATE_TIME:2019-04-01]]
100587  [[PERSON:Balogun]], [[PERSON:Tunde]]           Logistics    2244   [[PHONE_NUMBER:0812 903 4416]]    [[DATE_TIME:2021-08-16]]
100633  [[PERSON:Abubakar]], [[PERSON:Zainab]]         Legal        2301   [[PHONE_NUMBER:0706 118 2249]]    [[DATE_TIME:2022-01-10]]
100702  [[PERSON:Eze]], [[PERSON:Chukwuemeka]]         IT           2415   [[PHONE_NUMBER:0909 447 3081]]    [[DATE_TIME:2023-06-05]]""",
    """{"username": "[[USERNAME:laila.haddad]]", "email": "[[EMAIL_ADDRESS:laila.haddad@zain.jo]]", "last_login": "[[DATE_TIME:2025-02-11T18:03:44Z]]", "last_ip": "[[IP_ADDRESS:176.29.18.240]]", "country": "[[LOCATION:Jordan]]", "plan": "pro"}
{"username": "[[USERNAME:omar_k]]", "email": "[[EMAIL_ADDRESS:omar.khalil@gmail.com]]", "last_login": "[[DATE_TIME:2025-02-12T07:41:09Z]]", "last_ip": "[[IP_ADDRESS:41.234.77.15]]", "country": "[[LOCATION:Egypt]]", "plan": "free"}
{"username": "[[USERNAME:rania.s]]", "email": "[[EMAIL_ADDRESS:rania.saade@idm.net.lb]]", "last_login": "[[DATE_TIME:2025-02-09T22:15:30Z]]", "last_ip": "[[IP_ADDRESS:2a00:5f60:1c0:a3::4e]]", "country": "[[LOCATION:Lebanon]]", "plan": "pro"}""",
    """tenants:
  - name: [[PERSON:Marguerite Oduya]]
    unit: "[[ADDRESS:Apt 2B]]"
    phone: "[[PHONE_NUMBER:+1 (416) 555-0138]]"
    lease_start: [[DATE_TIME:2023-05-01]]
    deposit_paid: true
  - name: [[PERSON:Rohan Bhattacharya]]
    unit: "[[ADDRESS:Apt 3A]]"
    phone: "[[PHONE_NUMBER:+1 (647) 555-0102]]"
    lease_start: [[DATE_TIME:2024-09-01]]
    deposit_paid: false
  - name: [[PERSON:Wei Zhang]]
    unit: "[[ADDRESS:Apt 4C]]"
    phone: "[[PHONE_NUMBER:+1 (437) 555-0177]]"
    lease_start: [[DATE_TIME:2022-11-15]]
    deposit_paid: true""",
    """Full name: [[PERSON:Ruth Achieng Onyango]]
ID number: [[ID_NUMBER:27719408]]
Phone: [[PHONE_NUMBER:+254 733 618 204]]
County: [[LOCATION:Kisumu]]
Loan product: Biashara Boost
Amount: KES 60,000

Full name: [[PERSON:Samuel Kiptoo]]
ID number: [[ID_NUMBER:30418852]]
Phone: [[PHONE_NUMBER:+254 720 447 913]]
County: [[LOCATION:Uasin Gishu]]
Loan product: Kilimo Plus
Amount: KES 120,000""",
    """"Customer","Address","Postcode","Phone","Order total"
"[[PERSON:Gareth Pryce]]","[[ADDRESS:12 Heol Maes Eglwys]], [[LOCATION:Cwmbran]]","[[ZIP_CODE:NP44 2DZ]]","[[PHONE_NUMBER:07825 339 104]]","£54.20"
"[[PERSON:Ayo Adebanjo]]","[[ADDRESS:Flat 9, 201 Old Kent Road]], [[LOCATION:London]]","[[ZIP_CODE:SE1 5NA]]","[[PHONE_NUMBER:020 7946 0331]]","£12.99"
"[[PERSON:Morven Shaw]]","[[ADDRESS:The Bothy, Glen Road]], [[LOCATION:Dunkeld]]","[[ZIP_CODE:PH8 0ES]]","[[PHONE_NUMBER:01350 728 415]]","£131.00"
"[[PERSON:Li Na Chen]]","[[ADDRESS:48 Portland Street]], [[LOCATION:Manchester]]","[[ZIP_CODE:M1 4QX]]","[[PHONE_NUMBER:07449 610 287]]","£23.75\"""",
    """| Source | On record? | Contact | Interviewed | Notes |
| --- | --- | --- | --- | --- |
| [[PERSON:Teodoro Alvarez]] | yes | [[PHONE_NUMBER:(956) 555-0161]] | [[DATE_TIME:Mar 3]] | union rep, 20 yrs at plant |
| anonymous (line worker) | no | Signal only | [[DATE_TIME:Mar 4]] | confirmed overtime logs |
| [[PERSON:Gloria Treviño]] | yes | [[EMAIL_ADDRESS:gtrevino.rgv@gmail.com]] | [[DATE_TIME:Mar 6]] | widow of injured worker [[PERSON:Rubén Treviño]] |
| plant spokesperson | yes | via press office | — | sent statement only |""",
    """Client\tAge\tCase no.\tAllocated worker\tLast visit\tRisk
[[PERSON:Jasmine Okafor]]\t[[AGE:16]]\tCS-22-4418\t[[PERSON:D. Holt]]\t[[DATE_TIME:03/02/2025]]\tAmber
[[PERSON:Liam Reddy]]\t[[AGE:12]]\tCS-23-0917\t[[PERSON:D. Holt]]\t[[DATE_TIME:28/01/2025]]\tGreen
[[PERSON:Tia-Rose Hammond]]\t[[AGE:4]]\tCS-24-1102\t[[PERSON:S. Begum]]\t[[DATE_TIME:05/02/2025]]\tRed
[[PERSON:Kacper Nowak]]\t[[AGE:14]]\tCS-24-1230\t[[PERSON:S. Begum]]\t[[DATE_TIME:30/01/2025]]\tAmber""",
    """| Dispute | Buyer | Seller | Item | Opened | Status |
|---|---|---|---|---|---|
| D-77120 | [[USERNAME:kiwi_kirsty]] | [[USERNAME:retrofinds_nz]] | Vintage Pentax camera | [[DATE_TIME:2025-01-08]] | Awaiting seller |
| D-77134 | [[USERNAME:tamatea.r]] | [[USERNAME:gadgetguy_akl]] | iPad Air (damaged) | [[DATE_TIME:2025-01-09]] | Refunded |
| D-77152 | [[USERNAME:ms.hemara]] | [[USERNAME:wool_and_wonder]] | Merino throw | [[DATE_TIME:2025-01-11]] | Escalated |""",
    """DATE        PAYEE                      ACCOUNT           AMOUNT     REF
[[DATE_TIME:2025-01-03]]  [[PERSON:J. Moodley]]                 [[ID_NUMBER:62 0048 8192]]      R 4,500.00 Rent Jan
[[DATE_TIME:2025-01-07]]  [[PERSON:Thembeka Zulu]]              [[ID_NUMBER:1052 338 471]]      R   850.00 Tutoring
[[DATE_TIME:2025-01-15]]  [[PERSON:Pieter Botha]]               [[ID_NUMBER:4077 2219 06]]      R 1,200.00 Garden services
[[DATE_TIME:2025-01-28]]  [[PERSON:Naledi Khumalo]]             [[ID_NUMBER:6200 4418 337]]     R   300.00 Stokvel""",
    """student,dob,guardian,guardian_phone,guardian_email,bus_route
[[PERSON:Harper Williams]],[[DATE_TIME:2016-03-22]],[[PERSON:Monique Williams]],[[PHONE_NUMBER:(312) 555-0114]],[[EMAIL_ADDRESS:monique.w@comcast.net]],12
[[PERSON:Ethan Kowalczyk]],[[DATE_TIME:2015-11-02]],[[PERSON:Marta Kowalczyk]],[[PHONE_NUMBER:(773) 555-0190]],[[EMAIL_ADDRESS:mkowalczyk@gmail.com]],7
[[PERSON:Zara Hussain]],[[DATE_TIME:2016-07-14]],[[PERSON:Imran Hussain]],[[PHONE_NUMBER:(847) 555-0166]],[[EMAIL_ADDRESS:imran.hussain@yahoo.com]],12""",
    """[{"holder": "[[PERSON:Sakura Yamamoto]]", "card": "[[CREDIT_CARD:3589962998781490]]", "exp": "08/27", "postcode": "[[ZIP_CODE:060-0042]]"}, {"holder": "[[PERSON:Daichi Mori]]", "card": "[[CREDIT_CARD:4158899566005226]]", "exp": "02/26", "postcode": "[[ZIP_CODE:812-0011]]"}, {"holder": "[[PERSON:Aiko Fujimoto]]", "card": "[[CREDIT_CARD:5561644055716141]]", "exp": "11/28", "postcode": "[[ZIP_CODE:980-0021]]"}]""",
    """naam;geboortedatum;bsn;woonplaats;telefoon;indicatie
[[PERSON:Gerrit Mulder]];[[DATE_TIME:02-04-1938]];[[ID_NUMBER:511848730]];[[LOCATION:Apeldoorn]];[[PHONE_NUMBER:055-5214873]];VV5
[[PERSON:Aaltje Postma-de Boer]];[[DATE_TIME:19-12-1941]];[[ID_NUMBER:331138797]];[[LOCATION:Leeuwarden]];[[PHONE_NUMBER:058-2134490]];VV6
[[PERSON:Mohamed el Amrani]];[[DATE_TIME:07-07-1949]];[[ID_NUMBER:811351191]];[[LOCATION:Den Haag]];[[PHONE_NUMBER:06-18843027]];VV4""",
    """| Nombre | DNI/NIE | Fecha de nacimiento | Provincia | Teléfono | Cuota |
|---|---|---|---|---|---|
| [[PERSON:Álvaro Núñez Vidal]] | [[ID_NUMBER:09124250N]] | [[DATE_TIME:21/05/1994]] | [[LOCATION:León]] | [[PHONE_NUMBER:987 22 41 86]] | Mensual |
| [[PERSON:Ioana Popescu]] | [[ID_NUMBER:X8160106M]] | [[DATE_TIME:08/10/1988]] | [[LOCATION:Castellón]] | [[PHONE_NUMBER:+34 611 472 093]] | Trimestral |
| [[PERSON:Yolanda Marín Ruiz]] | [[ID_NUMBER:89961415C]] | [[DATE_TIME:30/01/1979]] | [[LOCATION:Murcia]] | [[PHONE_NUMBER:968 30 17 52]] | Anual |
| [[PERSON:Karim Ouazzani]] | [[ID_NUMBER:Y2049428G]] | [[DATE_TIME:15/03/2001]] | [[LOCATION:Almería]] | [[PHONE_NUMBER:634 58 21 07]] | Mensual |""",
    """nom,prénom,date_naissance,ville,code_postal,téléphone,iban
[[PERSON:Lambert]],[[PERSON:Chloé]],[[DATE_TIME:1992-06-18]],[[LOCATION:Nantes]],[[ZIP_CODE:44000]],[[PHONE_NUMBER:06 84 22 19 53]],[[IBAN_CODE:FR7620041010055086265990852]]
[[PERSON:Diallo]],[[PERSON:Mamadou]],[[DATE_TIME:1985-02-03]],[[LOCATION:Lille]],[[ZIP_CODE:59000]],[[PHONE_NUMBER:07 52 31 46 08]],[[IBAN_CODE:FR7610278060397314355418877]]
[[PERSON:Peeters]],[[PERSON:Lieve]],[[DATE_TIME:1978-09-14]],[[LOCATION:Namur]],[[ZIP_CODE:5000]],[[PHONE_NUMBER:+32 475 21 88 34]],[[IBAN_CODE:BE37068017935428]]""",
    """GUEST                     ROOM  ARRIVE      DEPART      PASSPORT     NATIONALITY
[[PERSON:Mwangi]], [[PERSON:Peter]]             412   [[DATE_TIME:2025-03-02]]  [[DATE_TIME:2025-03-05]]  [[ID_NUMBER:AK0418827]]    [[NRP:Kenyan]]
[[PERSON:Sørensen]], [[PERSON:Mette]]           415   [[DATE_TIME:2025-03-02]]  [[DATE_TIME:2025-03-09]]  [[ID_NUMBER:208814471]]    [[NRP:Danish]]
[[PERSON:Alves]], [[PERSON:João Pedro]]         508   [[DATE_TIME:2025-03-03]]  [[DATE_TIME:2025-03-04]]  [[ID_NUMBER:CP441820]]     [[NRP:Portuguese]]
[[PERSON:Rahman]], [[PERSON:Nusrat]]            510   [[DATE_TIME:2025-03-03]]  [[DATE_TIME:2025-03-06]]  [[ID_NUMBER:EG4417203]]    [[NRP:Bangladeshi]]""",
    """oncall:
  week: 2025-W11
  primary:
    name: [[PERSON:Kofi Mensah]]
    slack: [[USERNAME:kofi.m]]
    phone: "[[PHONE_NUMBER:+44 7700 900 412]]"
  secondary:
    name: [[PERSON:Yara Haddad]]
    slack: [[USERNAME:yhaddad]]
    phone: "[[PHONE_NUMBER:+44 7700 900 873]]"
  escalation: platform-leads@ops.example""",
    """patient_id: [[ID_NUMBER:MRN-5520183]]
name: [[PERSON:Olga Ivanova]]
dob: [[DATE_TIME:1957-08-30]]
sex: F
allergies: sulfa
phone: [[PHONE_NUMBER:+1 718 555 0126]]
---
patient_id: [[ID_NUMBER:MRN-5520201]]
name: [[PERSON:Abimbola Fashola]]
dob: [[DATE_TIME:1990-01-17]]
sex: F
allergies: none known
phone: [[PHONE_NUMBER:+1 347 555 0185]]
---
patient_id: [[ID_NUMBER:MRN-5520244]]
name: [[PERSON:Dmitri Volkov]]
dob: [[DATE_TIME:1948-12-04]]
sex: M
allergies: penicillin, latex
phone: [[PHONE_NUMBER:+1 929 555 0131]]""",
    """| Speaker | Nationality | Affiliation | Talk slot | Contact |
|---|---|---|---|---|
| [[PERSON:Dr. Amaka Nwosu]] | [[NRP:Nigerian]] | University of Lagos | Day 1, 09:30 | [[EMAIL_ADDRESS:a.nwosu@unilag.edu.ng]] |
| [[PERSON:Prof. Lars Eriksen]] | [[NRP:Norwegian]] | NTNU | Day 1, 14:00 | [[EMAIL_ADDRESS:lars.eriksen@ntnu.no]] |
| [[PERSON:Mei-Ling Hsu]] | [[NRP:Taiwanese]] | independent | Day 2, 11:15 | [[EMAIL_ADDRESS:meiling.hsu@gmail.com]] |
| [[PERSON:Santiago Restrepo]] | [[NRP:Colombian]] | Universidad de Antioquia | Day 2, 16:00 | [[EMAIL_ADDRESS:srestrepo@udea.edu.co]] |""",
    """txn_id,cardholder,card_number,merchant,amount,currency
T-90411,[[PERSON:Brandon Lee]],[[CREDIT_CARD:4593229187816459]],Blue Bottle Coffee,6.75,USD
T-90412,[[PERSON:Alejandra Ruiz]],[[CREDIT_CARD:2221527642876800]],Target #1882,84.12,USD
T-90415,[[PERSON:Kwame Mensah]],[[CREDIT_CARD:346739957911320]],Delta Air Lines,412.60,USD
T-90419,[[PERSON:Priya Iyer]],[[CREDIT_CARD:6564598166172047]],Whole Foods Market,57.38,USD""",
    """user\tsource_ip\tlogin_time\tresult
[[USERNAME:tngata]]\t[[IP_ADDRESS:122.56.207.14]]\t[[DATE_TIME:2025-02-20 08:14:55]]\tsuccess
[[USERNAME:a.rasheed]]\t[[IP_ADDRESS:202.36.178.91]]\t[[DATE_TIME:2025-02-20 08:16:02]]\tfailure
[[USERNAME:a.rasheed]]\t[[IP_ADDRESS:202.36.178.91]]\t[[DATE_TIME:2025-02-20 08:16:31]]\tsuccess
[[USERNAME:hmaaka]]\t[[IP_ADDRESS:2407:7000:9b3e:2c00:5d1:88ff:fe0a:41c2]]\t[[DATE_TIME:2025-02-20 08:31:47]]\tsuccess""",
    """{"order": "SO-41882", "ship_to": "[[PERSON:Farida Begum]]", "street": "[[ADDRESS:House 14, Road 7, Block C]]", "area": "[[LOCATION:Banani]]", "city": "[[LOCATION:Dhaka]]", "postcode": "[[ZIP_CODE:1213]]", "mobile": "[[PHONE_NUMBER:01711-482093]]", "items": 3}
{"order": "SO-41887", "ship_to": "[[PERSON:Tanvir Ahmed]]", "street": "[[ADDRESS:52/1 Lake Circus]]", "area": "[[LOCATION:Kalabagan]]", "city": "[[LOCATION:Dhaka]]", "postcode": "[[ZIP_CODE:1205]]", "mobile": "[[PHONE_NUMBER:01819-330174]]", "items": 1}
{"order": "SO-41890", "ship_to": "[[PERSON:Rumana Chowdhury]]", "street": "[[ADDRESS:Flat 5B, 9 O.R. Nizam Road]]", "area": "[[LOCATION:Panchlaish]]", "city": "[[LOCATION:Chattogram]]", "postcode": "[[ZIP_CODE:4000]]", "mobile": "[[PHONE_NUMBER:01552-604418]]", "items": 2}""",
    """Employee | NI number | Tax code | Gross pay | Bank acct | Pay date
[[PERSON:Ewa Zielinska]] | [[ID_NUMBER:PZ 48 19 33 D]] | 1257L | £2,418.00 | [[ID_NUMBER:40718826]] | [[DATE_TIME:28/02/2025]]
[[PERSON:Callum Reid]] | [[ID_NUMBER:JH 20 77 41 A]] | 1257L | £2,905.50 | [[ID_NUMBER:11203394]] | [[DATE_TIME:28/02/2025]]
[[PERSON:Adaeze Obi]] | [[ID_NUMBER:NW 63 05 18 C]] | BR | £1,120.00 | [[ID_NUMBER:70244817]] | [[DATE_TIME:28/02/2025]]""",
    """name,age,vaccine,dose,date_given,clinic
[[PERSON:Aroha Tipene]],[[AGE:72]],Influenza,1,[[DATE_TIME:2025-04-03]],[[LOCATION:Kaitaia]]
[[PERSON:Sione Taufa]],[[AGE:68]],COVID-19 booster,6,[[DATE_TIME:2025-04-03]],[[LOCATION:Kaitaia]]
[[PERSON:Margaret Rowe]],[[AGE:81]],Shingles,2,[[DATE_TIME:2025-04-04]],[[LOCATION:Kerikeri]]
[[PERSON:Hemi Paraone]],[[AGE:66]],Influenza,1,[[DATE_TIME:2025-04-05]],[[LOCATION:Kerikeri]]""",
    """VOTER ID   NAME                         DOB          PARTY        PRECINCT
[[ID_NUMBER:004418271]]  [[PERSON:Hutchins]], [[PERSON:Loretta M.]]         [[DATE_TIME:1962-05-11]]   [[NRP:Democratic]]   14-B
[[ID_NUMBER:004418306]]  [[PERSON:Gallagher]], [[PERSON:Sean P.]]           [[DATE_TIME:1988-10-27]]   [[NRP:Republican]]   14-B
[[ID_NUMBER:004418322]]  [[PERSON:Nguyen]], [[PERSON:Bao]]                  [[DATE_TIME:1999-02-02]]   Unaffiliated 14-C
[[ID_NUMBER:004418359]]  [[PERSON:Ramirez]], [[PERSON:Yesenia]]             [[DATE_TIME:1975-07-19]]   [[NRP:Democratic]]   14-C""",
    """emergency_contacts:
  - resident: [[PERSON:Ivy Templeton]]
    contact: [[PERSON:Graham Templeton]]
    relation: son
    phone: [[PHONE_NUMBER:0403 219 877]]
  - resident: [[PERSON:Giorgos Antoniou]]
    contact: [[PERSON:Eleni Antoniou]]
    relation: daughter
    phone: [[PHONE_NUMBER:0418 552 340]]
  - resident: [[PERSON:Beryl Nash]]
    contact: [[TITLE:Fr.]] [[PERSON:Michael Doyle]]
    relation: parish priest
    phone: [[PHONE_NUMBER:(02) 9560 1184]]""",
    """sender_name,sender_country,receiver_name,receiver_mobile,payout_city,amount_php
[[PERSON:Rowena Dizon]],[[LOCATION:Hong Kong]],[[PERSON:Felicidad Dizon]],[[PHONE_NUMBER:+63 917 448 2210]],[[LOCATION:Iloilo City]],15000
[[PERSON:Arnel Gutierrez]],[[LOCATION:Qatar]],[[PERSON:Marites Gutierrez]],[[PHONE_NUMBER:+63 998 120 7734]],[[LOCATION:Cebu City]],22500
[[PERSON:Joy Macaraeg]],[[LOCATION:Canada]],[[PERSON:Leonardo Macaraeg]],[[PHONE_NUMBER:+63 905 331 8462]],[[LOCATION:Dagupan]],8000""",
    """| Date | Resident | Visitor | Relationship | Signed in | Signed out |
|------|----------|---------|--------------|-----------|------------|
| [[DATE_TIME:08/03/2025]] | [[PERSON:Mrs. Enid Pugh]] | [[PERSON:Carol Pugh]] | daughter-in-law | 14:05 | 15:40 |
| [[DATE_TIME:08/03/2025]] | [[PERSON:Mr. Frank Osei]] | [[PERSON:Kwesi Osei]] | grandson | 14:30 | 16:10 |
| [[DATE_TIME:09/03/2025]] | [[PERSON:Mrs. Enid Pugh]] | [[TITLE:Rev.]] [[PERSON:Alun Jenkins]] | minister | 11:00 | 11:45 |""",
    """Name\tSSN\tState\tHire date\tW-4 status
[[PERSON:Jacob Whitman]]\t[[US_SSN:387-51-2290]]\t[[LOCATION:OH]]\t[[DATE_TIME:2024-06-03]]\tSingle
[[PERSON:Latoya Greene]]\t[[US_SSN:252-40-8817]]\t[[LOCATION:GA]]\t[[DATE_TIME:2024-07-15]]\tHead of household
[[PERSON:Carlos Medina]]\t[[US_SSN:627-19-4403]]\t[[LOCATION:TX]]\t[[DATE_TIME:2024-08-26]]\tMarried""",
    """seller: [[USERNAME:vintage.vera]]
legal_name: [[PERSON:Vera Kuznetsova]]
id_document: passport [[ID_NUMBER:C4J8R2VX1]]
payout_iban: [[IBAN_CODE:DE03500105175838166398]]
verified: [[DATE_TIME:2025-01-14]]

seller: [[USERNAME:bricks_by_ben]]
legal_name: [[PERSON:Benedikt Maier]]
id_document: ID card [[ID_NUMBER:LM7R40KX3]]
payout_iban: [[IBAN_CODE:DE57370400447530857583]]
verified: [[DATE_TIME:2025-01-16]]""",
    """roll_no,student_name,aadhaar,category,district,mobile
[[ID_NUMBER:24CS1107]],[[PERSON:Ananya Reddy]],[[ID_NUMBER:5578 6886 4688]],General,[[LOCATION:Warangal]],[[PHONE_NUMBER:93910 44827]]
[[ID_NUMBER:24CS1112]],[[PERSON:Mohammed Irfan]],—,OBC,[[LOCATION:Nizamabad]],[[PHONE_NUMBER:70136 52290]]
[[ID_NUMBER:24CS1120]],[[PERSON:Keerthana S.]],—,General,[[LOCATION:Khammam]],[[PHONE_NUMBER:89772 18403]]""",
    """{"member_id": "[[ID_NUMBER:BX-004418]]", "name": "[[PERSON:Olamide Adeyemi]]", "checkin": "[[DATE_TIME:2025-03-04 06:12]]", "club": "[[LOCATION:Ikeja]]"}
{"member_id": "[[ID_NUMBER:BX-004527]]", "name": "[[PERSON:Chiamaka Nwankwo]]", "checkin": "[[DATE_TIME:2025-03-04 06:20]]", "club": "[[LOCATION:Ikeja]]"}
{"member_id": "[[ID_NUMBER:BX-003390]]", "name": "[[PERSON:Segun Bakare]]", "checkin": "[[DATE_TIME:2025-03-04 06:41]]", "club": "[[LOCATION:Lekki]]"}""",
    """CLIENT                    SIN            PROV  FILING STATUS   PREPARER
[[PERSON:Desjardins]], [[PERSON:Luc]]           [[ID_NUMBER:112 220 033]]    [[LOCATION:QC]]    Filed           AK
[[PERSON:Singh]], [[PERSON:Harjit]]             [[ID_NUMBER:684 473 093]]    [[LOCATION:BC]]    Awaiting T4     AK
[[PERSON:Okafor]], [[PERSON:Ebere]]             [[ID_NUMBER:527 418 065]]    [[LOCATION:AB]]    Filed           MT""",
]

CHAT = [
    """[09:41] Agent [[PERSON:Maya]]: Hi, you're through to CardCare. How can I help?
[09:42] Customer: hi my card got eaten by a cash machine in [[LOCATION:Reading]] this morning
[09:42] Agent [[PERSON:Maya]]: Sorry to hear that! Can I take your full name and date of birth?
[09:43] Customer: [[PERSON:Oluwatobi Adekunle]], [[DATE_TIME:9th October 1993]]
[09:43] Agent [[PERSON:Maya]]: Thanks, [[PERSON:Oluwatobi]]. And the long card number if you have it?
[09:44] Customer: [[CREDIT_CARD:4458 2083 3869 3540]]
[09:45] Agent [[PERSON:Maya]]: I've cancelled that card. The new one will go to [[ADDRESS:27 Elmhurst Road]], [[ZIP_CODE:RG1 5HY]] — is that still right?
[09:45] Customer: yes thats me
[09:46] Agent [[PERSON:Maya]]: Done. It should arrive within 3–5 working days.""",
    """[[PERSON:Ngozi]] 18:02: Dad's eye clinic appointment got moved to [[DATE_TIME:Thursday 20th at 10:15]] 🙄
[[PERSON:Chuka]] 18:03: I can't do Thursday, I'm in [[LOCATION:Abuja]] till Friday
[[PERSON:Ngozi]] 18:05: [[PERSON:Ifeanyi]] can you take him? He can't drive after the drops
[[PERSON:Ifeanyi]] 18:11: Yes I'll take him. What's his hospital number again?
[[PERSON:Ngozi]] 18:12: [[ID_NUMBER:RLH-4418207]]. NHS number is [[ID_NUMBER:806 998 3396]] if they ask
[[PERSON:Ngozi]] 18:12: wait no that's Aunty [[PERSON:Parveen]]'s from the form I did for her 🤦🏾‍♀️ his is [[ID_NUMBER:716 712 3439]]
[[PERSON:Ifeanyi]] 18:14: lol ok. I'll pick him up from [[ADDRESS:41 Orchard Way]] at 9:30""",
    """#infra-alerts
[[USERNAME:priya.s]]: who's hitting the admin API from [[IP_ADDRESS:81.149.22.67]]? 4k requests in 10 min
[[USERNAME:tom.h]]: that's me, sorry — running the migration script from home
[[USERNAME:priya.s]]: ok but you're using the shared admin token, not your own
[[USERNAME:tom.h]]: ah. my admin account is [[USERNAME:thughes-admin]], will switch
[[USERNAME:priya.s]]: also [[PERSON:Tom]], your home IP is now in the public log bucket, I'll scrub it""",
    """User: Can you write a short cover letter for me? My name is [[PERSON:Aleksandra Nowicka]], I live at [[ADDRESS:Flat 4, 17 Chorlton Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M16 7RF]], phone [[PHONE_NUMBER:07700 900 615]], email [[EMAIL_ADDRESS:ola.nowicka@gmail.com]]. I'm applying for a pharmacy technician job at a high-street chemist. I qualified in [[LOCATION:Kraków]] and moved here in 2019.
Assistant: Of course! Here's a draft:

[[PERSON:Aleksandra Nowicka]]
[[ADDRESS:Flat 4, 17 Chorlton Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M16 7RF]]
[[PHONE_NUMBER:07700 900 615]] | [[EMAIL_ADDRESS:ola.nowicka@gmail.com]]

Dear Hiring Manager,
I am writing to apply for the Pharmacy Technician position. Since qualifying in [[LOCATION:Kraków]], I have ...
User: can you add that my GPhC registration number is [[ID_NUMBER:5219847]]?""",
    """Buyer: Hi po, available pa ba yung stroller?
Seller: Yes po! 2,500 na lang, slightly used
Buyer: Sige po kukunin ko. Pwede po bang ipa-Lalamove sa [[ADDRESS:Unit 1209, Tower 2, Avida Towers]], [[LOCATION:Sucat]], [[LOCATION:Parañaque]]?
Seller: Pwede po. Pakisend po ng buong pangalan at number para sa rider
Buyer: [[PERSON:Camille Reyes]], [[PHONE_NUMBER:0917 305 8842]]
Seller: Noted po. GCash na lang po sa [[PHONE_NUMBER:0998 214 7760]], [[PERSON:R. Santos]] po ang name
Buyer: Sent na po, ref no. 4011 229 834 551""",
    """[[USERNAME:velvetfox]]: mods, [[USERNAME:n0va_trades]] took my 40 bucks for the skin and blocked me
[[USERNAME:velvetfox]]: here's the paypal receipt, i sent it to [[EMAIL_ADDRESS:novatrades.acc@gmail.com]]
[[USERNAME:mod_kestrel]]: got it. do you have the trade window screenshot too?
[[USERNAME:velvetfox]]: yeah one sec
[[USERNAME:n0va_trades]]: bro i never got anything, check ur own account
[[USERNAME:mod_kestrel]]: the receipt has the name [[PERSON:Jaylen Brooks]] on it, is that you [[USERNAME:n0va_trades]]?
[[USERNAME:n0va_trades]]: thats my cousin""",
    """Me: Hi [[PERSON:Mr Papadakis]], the hot water at [[ADDRESS:Flat 3, 22 Addison Road]] has been out since [[DATE_TIME:Sunday 9 Feb]]. Can someone come?
[[PERSON:Mr Papadakis]]: Hi [[PERSON:Nadia]], sorry about that. My plumber [[PERSON:Steve]] will call you, his number is [[PHONE_NUMBER:07833 190 442]]
Me: Thanks. I'm working from home on [[DATE_TIME:Wednesday 12 Feb]], any time that day works
[[PERSON:Steve]]: Hi it's [[PERSON:Steve]] the plumber, can do Weds 11am. Is there parking on Addison Rd?
Me: Yes, permit bay outside, use visitor code 5521""",
    """[[PERSON:Chioma Eze]] 10:02
Hi [[PERSON:Dan]], quick one – the new starter, [[PERSON:Rafael Ortiz]], still hasn't sent his right-to-work documents and his start date is [[DATE_TIME:17 March]].
[[PERSON:Daniel Cho]] 10:05
He emailed them to me by mistake. Passport [[ID_NUMBER:PAB418827]] ([[NRP:Spanish]]), and his NIE is [[ID_NUMBER:Y2738955Z]] from when he worked in [[LOCATION:Valencia]]. Forwarding now.
[[PERSON:Chioma Eze]] 10:06
Thanks! Can you delete it from your inbox afterwards? We shouldn't have it in two places.""",
]

LOOKALIKE = [
    """Release 4.12.3.1 (build 20250214.7)
- Fixed a crash when importing files larger than 2 GB (issue #4471)
- Upgraded OpenSSL to 3.0.13 and libcurl to 8.6.0
- Default NTP pool is now 0.pool.ntp.org
- SHA-256 of the installer: 9c1f4e0b7a2d58e3c61b0f94d27a8e5c03f1b6a9d4e72c85b0a13f6d9e28c471
- Known issue: on Windows 10.0.19045 the tray icon may not refresh; see KB5034441.
Download mirrors are listed on the project's downloads page under 4.12/.""",
    """Pick list — Wave 14
SKU 4417-2209-8813 | Bin A-12-03 | Qty 6 | Lot 240918-B
SKU 7731-0048-2216 | Bin C-04-11 | Qty 2 | Lot 241102-A
Tracking: 1Z 999 AA1 01 2345 6784 / JD014600006112345678
Order SO-2025-008812 for [[PERSON:Hyacinth Morales]] flagged: gift message requested.
Carrier pickup booked, ref CP-77120. Questions: logistics@warehouse.example or 1-800-555-0199.""",
    """Journal club, week 9: telling Parkinson's disease from Lewy body dementia; when to order a DaTscan; the Glasgow Coma Scale versus AVPU in triage; Apgar scores below 7 at five minutes; and a case of Guillain-Barré syndrome after Campylobacter. Background reading: the Hodgkin–Huxley model and Harrison's chapter 427. The case patient, [[PERSON:Mr. Desmond Achterberg]], [[AGE:67]], has consented to his MRI images being shown.""",
    """Factuur 2025-00418
Factuurdatum: 04-03-2025 — Vervaldatum: 03-04-2025
KvK 81234567 — btw-nummer NL861234567B01
Ordernummer: ORD-77812-NL — Klantreferentie: KR/2025/1193
Artikel 3008-1122-4471-0093, 2 stuks à € 49,95
Betalen o.v.v. betalingskenmerk 4001 2231 8890 1128.
Contactpersoon: [[PERSON:Wendy Kuipers]], bereikbaar via ons algemene nummer 020-1234567.""",
    """Runbook: SNMP polling
Walk OID 1.3.6.1.2.1.2.2.1.10 for ifInOctets on each core switch. Firmware must be at least 16.12.4.2; earlier builds (16.9.x) leak memory after about 49.7 days of uptime. Use the subnet mask 255.255.255.0 everywhere except on the /30 uplinks. Asset tags follow the pattern NET-2024-00417 and serials look like FOC2231X0QK. Config backups are keyed by UUID, e.g. 3f2b9c4e-7a1d-4e88-b0c6-51d2f94a8e07.""",
    """Staff picks, spring list
• The Salt Road — ISBN 9781844158409 — £9.99 (paperback)
• A Grammar of Rivers — ISBN 9789492447364 — £14.50
• Noches de invierno — ISBN 9788404520874 — £11.00
Customer order 55812 (2 × The Salt Road) for [[PERSON:Priya Chandrasekaran]]; call her on [[PHONE_NUMBER:07491 226 803]] when it arrives. Shop line for queries: 0161 496 0000.""",
    """Authorities: s. 3ZB Road Traffic Act 1988; CPR Part 36; the Bolam test. The premises on Nelson Mandela Boulevard and the depot off Victoria Street are both in zone 4. Claim ref CLM-2025-004471; policy PX-99812-03; court file 24-CV-01182. Our client, [[PERSON:Mrs. Adaora Ilori]], attended the hearing on [[DATE_TIME:12 February 2025]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind40", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind106.jsonl: a *blind*, hand-written labeled PII set (number 106).

    .venv/bin/python tests/data/make_blind106.py

Blind: written without any knowledge of the detector. Read while writing,
and nothing else: lines 1-121 of make_blind22.py (its docstring with the
labeling conventions and style descriptions, its import lines and the
first line of its record list) and its closing scaffolding from
`STYLES = {` to the end (copied here); gold_sets.py in full; lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes
and `parse()`). Not read: minimize/, recognizers/, any other test, bench/,
the README, any *.jsonl set, any other make_*.py, git history, log or
status, anything under /tmp. The detector, the bench and the tests were
never run. No package registry, network or other look-up was made while
writing it. Do not tune the detector against this file: once it has been
used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (GE 22, DE 22, GB 22,
IE 22, NL 18, AT 20, CH 21, AE 23, SE 24, LT 20, PL 28 with its bank-code
check digit, TR 26); `gold_sets.check` re-checks cards and IBANs. National
ids with a public check digit were given a valid one, worked out with
throwaway code run by hand while writing (not kept, nothing generated
here): NHS and Scottish CHI numbers (the CHI agreeing with birth date and
sex), Canadian SINs, Ontario health numbers, Aadhaar, Dutch BSN, South
African ids (agreeing with sex and birth date where they show) and SARS
tax numbers, Australian TFN and Medicare numbers, Irish PPSN, Singapore
NRIC, Spanish DNI, the German tax id, a Swedish personnummer, an Emirates
ID, US NPI and DEA numbers (the DEA letter matching the surname), and the
ISBN-13s among the look-alikes. Georgian personal numbers, Armenian social card, passport and
ID card numbers, UK NI numbers, US SSNs and Medicare MBIs, Kenyan ids
and KRA PINs, Nigerian NIN and BVN, Ghana Card, PhilHealth and SSS
numbers, passports, licences (the UK driving licence follows its
surname / birth-date layout), plates, bank account numbers and staff,
patient, member and student numbers were not checked.

Styles (ids `blind106-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd mixed sentences dense with names, job titles, streets
  with building numbers, secondary addresses, IPs, MACs, user agents,
  card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims,
  contracts, medical, dental, pharmacy and loan forms, notices) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML / config and code
  snippets, tickets and forms).
- `gen` (90): one to four sentences of LLM-style "realistic sentences with
  personal data", names at the start, middle and end, lowercase and
  possessive, ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks), varied
  column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII, with the few
  real PII values labeled; one has no PII at all.
About a third of the `gen` and `bench` records are about dental clinics,
pharmacies, prescriptions and optometry; the rest spread widely (banking,
insurance, HR, schools, travel, telecoms, courts, housing, retail,
logistics, IT). About nine records in ten are in English (US, UK, Canada,
Australia, New Zealand, Ireland, India, Singapore, South Africa, Nigeria,
Kenya contexts, names from the many cultures living there); the rest are
in Georgian and Armenian, in native script and romanized, spread over the
styles.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, apart from it (also Georgian batoni / kalbatoni and
  Armenian paron / tikin in either script); job titles are not TITLE.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province
  (also abbreviated) and country are LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates (birth, visit, appointment, dispensing,
  refill due, hire, move, hearing, signature ...) with a day or month, in
  any shape; a weekday or clock time said with such a date is inside the
  span, a time or weekday alone is not; not bare years, durations, or
  dates not tied to a person (invoice, release, card expiry dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security / health-insurance ids,
  patient, staff, student, customer and member numbers, bank account
  numbers, non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys, genders, job titles, employers, user
  agents, MAC addresses, BIC / SWIFT, sort codes, routing numbers, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / tracking /
  invoice references, company phones and role mailboxes, versions, hashes,
  serials, partial numbers ("ending 4417"), pets, eponyms and brands named
  after people, drugs and doses, lens and tooth notations, a header row.
- Calls made while writing this set: a prescription or Rx number, a
  group number and an NDC code are references, unlabeled; a prescriber's
  own NPI, DEA, GMC or registration number is ID_NUMBER (a licence of a
  person), a pharmacy's or clinic's registration number is not; in a
  table a "sex", "gender", "role", "dept", "status" or "plan" column stays
  unlabeled, an "age" column is AGE, a "country" or "state" column is
  LOCATION; a building number in its own field is ADDRESS and a
  secondary address field is ADDRESS, a "county" field is LOCATION; a log
  line's timestamp is DATE_TIME when the line records what a named person
  or their account did (a system job's timestamp is not), and so is a
  "last_login" field; a business's street address, city and postcode
  are labeled like anyone's, while its phone, fax, tax number and role
  mailbox are not; an IP address is labeled whoever it belongs to; a
  family word ("Grandma", "Auntie", "Nan") stays outside the name; in
  Georgian and Armenian a case ending written with a hyphen after a
  date or an address (-ին, -ը, -in, -shi) stays outside the span, while
  an inflected month or hour word inside a date (ივნისს, საათზე) is
  inside it; names were written in forms that need no ending.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind106.jsonl")

BENCH = [
    """Attention [[PERSON:Ms. Rosalind Achterberg]], your periodontal maintenance visit at Lakeshore Family Dental has moved to [[DATE_TIME:04/11/2024 at 9:40 AM]]. The deposit was taken from card [[CREDIT_CARD:4532 0177 8945 1203]] (exp 08/27, CVV 412). For questions reply to [[EMAIL_ADDRESS:r.achterberg77@fastmail.com]] or text [[PHONE_NUMBER:+1-612-390-4471]].""",
    """The Senior Integration Architect [[PERSON:Tobias Okonkwo-Lindqvist]] logged in from [[IP_ADDRESS:83.219.40.17]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.5993.70 Safari/537.36 and changed the payout account to [[IBAN_CODE:DE29 1007 0024 0918 8273 55]] (BIC BEVODEBBXXX) shortly after midnight.""",
    """{"customer_id": "[[ID_NUMBER:CU-7730192]]", "first_name": "[[PERSON:Marisol]]", "last_name": "[[PERSON:Quintanilla]]", "date_of_birth": "[[DATE_TIME:1988-09-30]]", "ssn": "[[US_SSN:531-72-9048]]", "phone": "[[PHONE_NUMBER:(505) 284-7713]]", "email": "[[EMAIL_ADDRESS:marisolq88@yahoo.com]]", "street_address": "[[ADDRESS:4418 Coors Blvd SW, Apt 12B]]", "city": "[[LOCATION:Albuquerque]]", "state": "[[LOCATION:NM]]", "postcode": "[[ZIP_CODE:87121]]", "loyalty_tier": "gold", "marketing_opt_in": false}""",
    """INSERT INTO prescriptions (rx_no, patient_name, dob, prescriber, npi, drug, sig, phone) VALUES ('RX7734019', '[[PERSON:Geraldine Okafor]]', '[[DATE_TIME:1957-06-03]]', '[[PERSON:Dr. Samuel Whitcombe]]', '[[ID_NUMBER:1730284910]]', 'Atorvastatin 20 mg', '1 tab PO qhs', '[[PHONE_NUMBER:(404) 771-2309]]');""",
    """CLAIM FORM, ref CLM-2024-118305. Claimant: [[PERSON:Dwayne A. Pettigrew]], aged [[AGE:41]], of [[ADDRESS:90 Harbour Road]], [[LOCATION:Lyttelton]] [[ZIP_CODE:8082]], [[LOCATION:New Zealand]]. Date of incident: [[DATE_TIME:17 February 2024]]. Description: claimant's rear windscreen was shattered by a falling branch while parked outside his workplace. Vehicle registration [[ID_NUMBER:NKT482]]. Policy number HX-55102-A. Contact: [[PHONE_NUMBER:027 488 1930]].""",
    """[[DATE_TIME:2024-03-19T22:41:07Z]] WARN auth-svc user=[[USERNAME:kfarouk]] src=[[IP_ADDRESS:2a02:c7f:5c2e:9d00:1c4b:88ff:fe21:7aa]] msg="failed login for [[EMAIL_ADDRESS:khaled.farouk@proton.me]] (attempt 3 of 5)" ua="okhttp/4.11.0" trace=9f03c1e7a2b44d10""",
    """Patient [[PERSON:Hamid Rahimzadeh]], DOB [[DATE_TIME:1969-02-14]], seen at the optometry clinic at [[ADDRESS:2207 Kingsway, Unit 3]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V5N 2T4]] for blurred distance vision. Chart no. [[ID_NUMBER:OPT-58214]]. Refraction: OD -1.75 -0.50 x 180, OS -2.00 DS, add +1.50. Recall in 12 months. Examined by [[PERSON:Dr. Mei-Ling Tsao]], OD.""",
    """აფთიაქი „ფარმადეპო“, რეცეპტი № 0047-2291. პაციენტი: [[PERSON:თამარ გელაშვილი]], პირადი ნომერი: [[ID_NUMBER:01008034172]], დაბადების თარიღი: [[DATE_TIME:22.07.1979]]. მისამართი: [[LOCATION:თბილისი]], [[ADDRESS:ვაჟა-ფშაველას გამზ. 41, ბინა 18]]. ტელ.: [[PHONE_NUMBER:+995 599 41 27 08]]. ექიმი: [[PERSON:ლევან ქავთარაძე]]. პრეპარატი: ამოქსიცილინი 500 მგ, დღეში სამჯერ, 7 დღე.""",
    """Hey [[PERSON:Bartholomew]], the Lead Response Coordinator at the [[LOCATION:Wexford]] branch flagged account [[ID_NUMBER:40331187]] (sort code 90-11-57) after a transfer of EUR 4,200 to [[IBAN_CODE:IE58 AIBK 9320 8861 0275 54]]. The device MAC was 3c:22:fb:91:0e:4d and the session came from [[IP_ADDRESS:109.77.231.6]]. Please ring [[PERSON:Fionnuala]] on [[PHONE_NUMBER:087 220 9154]] before releasing it.""",
    """<patient id="[[ID_NUMBER:MRN-00418833]]"><name><given>[[PERSON:Adaeze]]</given><family>[[PERSON:Nwachukwu-Bello]]</family></name><birthDate>[[DATE_TIME:1992-11-08]]</birthDate><gender>female</gender><telecom system="phone">[[PHONE_NUMBER:+234 803 417 2260]]</telecom><address><line>[[ADDRESS:14B Admiralty Way]]</line><city>[[LOCATION:Lekki]]</city><state>[[LOCATION:Lagos]]</state></address><encounter type="dental">Scale and polish, tooth 36 occlusal composite</encounter></patient>""",
    """LOAN APPLICATION SUMMARY. Applicant: [[PERSON:Mr. Rajesh Kumar Iyer]]; co-applicant: [[PERSON:Mrs. Lakshmi Iyer]]. Aadhaar (applicant): [[ID_NUMBER:5271 8804 3918]]. PAN: [[ID_NUMBER:AJKPI4471R]]. Residence: [[ADDRESS:Flat 7C, Prestige Lakeside Habitat, Varthur Road]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560087]]. Mobile: [[PHONE_NUMBER:+91 98450 31776]]. Gross monthly income INR 2,45,000. Employer: Infobahn Systems Pvt Ltd. Date of application: [[DATE_TIME:08-01-2024]].""",
    """Stomatologiuri klinika "Dentalux". Pacienti: [[PERSON:Giorgi Tsiklauri]], [[AGE:34]] clis. Piradi nomeri: [[ID_NUMBER:35001092847]]. Vizitis tarigi: [[DATE_TIME:15.03.2024, 11:00]]. Mob.: [[PHONE_NUMBER:577 30 12 64]]. El. fosta: [[EMAIL_ADDRESS:g.tsiklauri@mail.ge]]. Mkurnali eqimi: [[PERSON:Ana Japaridze]]. Procedura: arkhis damushaveba, kbili 46.""",
    """ticket #HD-88214 | opened by [[PERSON:Sunita Ramdin]] ([[EMAIL_ADDRESS:sunita.ramdin@ramdinlaw.co.za]]) | ext 2291 | "My laptop keeps dropping off the VPN. My IP shows as [[IP_ADDRESS:196.25.140.88]] and the asset tag is LT-00731. I'm in the [[LOCATION:Durban]] office until [[DATE_TIME:Friday 12 April]], you can reach me on [[PHONE_NUMBER:082 551 4409]]." | priority: P3 | assignee: [[USERNAME:t.mokoena]]""",
    """Dear [[PERSON:Dr. Eleanor Faircloth]], thank you for referring [[PERSON:Callum Brodie]] (DOB [[DATE_TIME:03/05/2011]], CHI [[ID_NUMBER:0305114476]]) to our paediatric orthodontic service. He attended on [[DATE_TIME:26 March 2024]] with his mother at our [[LOCATION:Aberdeen]] clinic, [[ADDRESS:48 Union Grove]], [[ZIP_CODE:AB10 6SD]]. We plan a removable appliance for the crossbite of 21.""",
    """user_profile:
  handle: [[USERNAME:pixelmonk_88]]
  full_name: [[PERSON:Dmitri Vasquez-Holm]]
  email: [[EMAIL_ADDRESS:dvholm@outlook.com]]
  birthday: [[DATE_TIME:1988-12-02]]
  last_login: [[DATE_TIME:2024-05-14 07:22:51]]
  last_ip: [[IP_ADDRESS:73.142.9.201]]
  country: [[LOCATION:US]]
  theme: dark
  two_factor: true""",
    """DISPENSING LABEL. [[PERSON:PATRICIA O'SULLIVAN-MAHER]] | DOB [[DATE_TIME:11/09/1948]] | [[ADDRESS:22 Clonard Park]], [[LOCATION:Sandyford]], [[LOCATION:Dublin 16]] | Take ONE tablet TWICE a day with food. Metformin 500 mg x 56. Dispensed [[DATE_TIME:02/04/2024]]. Pharmacist: [[PERSON:Cian Doherty]] MPSI. PPSN on file: [[ID_NUMBER:6193027F]]. Keep out of the reach of children.""",
    """Our consultant [[PERSON:Wei Jie Tan]] (NRIC [[ID_NUMBER:S8824157F]]) will conduct the site survey at [[ADDRESS:Blk 412 Bedok North Avenue 2, #09-118]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]] on [[DATE_TIME:Tuesday, 23 July 2024, 2.30pm]]. Please keep the unit accessible and call [[PHONE_NUMBER:9137 2284]] if you need to reschedule.""",
    """RENTAL AGREEMENT. This lease is made on [[DATE_TIME:1st June 2024]] between [[PERSON:Gordon McAllister]] ("Landlord") and [[PERSON:Yusuf Demir]] and [[PERSON:Elif Demir]] ("Tenants") for the premises at [[ADDRESS:Flat 2/1, 137 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6PR]]. Rent of GBP 925 is payable monthly to [[IBAN_CODE:GB45 BUKB 2019 8873 1560 42]]. Tenants' nationality: [[NRP:Turkish]].""",
    """[[[DATE_TIME:2024-06-02 14:03:55]]] INFO  checkout: order=ORD-55810327 customer=[[EMAIL_ADDRESS:ola.nordmann.b@gmail.com]] card=****-****-****-6042 ship_to="[[ADDRESS:Storgata 17B]], [[ZIP_CODE:0184]] [[LOCATION:Oslo]]" ip=[[IP_ADDRESS:84.208.55.130]] total=NOK 1 249,00""",
    """Optometrist's note: [[PERSON:Ngaire Te Whata]], [[AGE:58]], attended [[DATE_TIME:9 Jan 2024]] for driver's licence eyesight check. VA R 6/9, L 6/7.5, binocular 6/6. Driver licence no. [[ID_NUMBER:DJ482917]]. Meets the standard without correction. Address on file: [[ADDRESS:5 Kowhai Crescent]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]].""",
    """Following the quarterly audit, the Principal Data Officer [[PERSON:Marguerite Dubois-Kellerman]] noticed that username [[USERNAME:mdk_admin]] with password Tr0ub4dor&3 had been shared. Her secondary address, [[ADDRESS:Suite 1400]], [[ADDRESS:2850 Peachtree Road NE]], [[LOCATION:Atlanta]], [[LOCATION:Georgia]] [[ZIP_CODE:30305]], was listed for correspondence and her card [[CREDIT_CARD:5187-3429-9016-5300]] was due to expire 11/26.""",
    """Ակնաբուժական կենտրոն «Տեսիլք»։ Պացիենտ՝ [[PERSON:Լուսինե Հակոբյան]], ծնվ. [[DATE_TIME:09.04.1985]]։ Հասցե՝ [[LOCATION:Երևան]], [[ADDRESS:Կոմիտասի պող. 52, բն. 31]], [[ZIP_CODE:0014]]։ Հեռ.՝ [[PHONE_NUMBER:+374 93 41 62 08]]։ Ակնոցի դեղատոմս՝ OD −2.25, OS −2.50։ Հաջորդ այց՝ [[DATE_TIME:12.09.2024, 16:30]]։""",
    """EMPLOYMENT CONTRACT (extract). Employee: [[PERSON:Chiamaka Eze]]. Start date: [[DATE_TIME:Monday, 5 August 2024]]. Position: Junior Quantity Surveyor. Salary account: [[ID_NUMBER:0123984471]] (GTBank). BVN: [[ID_NUMBER:22183460917]]. Home address: [[ADDRESS:12 Olowu Street]], [[LOCATION:Ikeja]], [[LOCATION:Lagos State]]. Next of kin: [[PERSON:Obinna Eze]], [[PHONE_NUMBER:0809 331 7752]].""",
    """def test_refill_reminder():
    patient = Patient(name="[[PERSON:Harold Finch-Baptiste]]", dob="[[DATE_TIME:1961-10-27]]", phone="[[PHONE_NUMBER:+1 718 440 2913]]")
    rx = Prescription(number="RX-2240981", drug="Lisinopril 10mg", refills=3)
    reminder = build_reminder(patient, rx, due="[[DATE_TIME:2024-07-01]]")
    assert reminder.channel == 'sms'""",
    """Deghatun "Arevik Pharm", deghatoms N 118-44. Hivand: [[PERSON:Armen Sargsyan]], [[AGE:67]] tarekan, hasce: [[ADDRESS:Tumanyan poghots 14, bn. 9]], [[LOCATION:Gyumri]]. Heraxos: [[PHONE_NUMBER:094 55 21 83]]. Social kart: [[ID_NUMBER:2304570318]]. Nshanakogh bzhishk: [[PERSON:Narine Avetisyan]]. Deghamijots: Amlodipin 5 mg, orakan 1 angam.""",
    """MEMBER ENROLLMENT - DENTAL PPO. Subscriber: [[PERSON:Kwame Asante-Boateng]]   Member ID: [[ID_NUMBER:DPX 448 201 937]]   Group: 00417-B   SSN: [[US_SSN:412 88 3095]]   DOB: [[DATE_TIME:Aug 19 1983]]   Dependent: [[PERSON:Abena Asante-Boateng]] (spouse), DOB [[DATE_TIME:Feb 2 1985]]   Address: [[ADDRESS:7710 Greenbriar Dr, Apt 204]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43229-1618]]   Effective date: 01/01/2025""",
    """{"event":"password_reset","ts":"[[DATE_TIME:2024-02-28T09:14:33+05:30]]","account":{"username":"[[USERNAME:ananya.k]]","email":"[[EMAIL_ADDRESS:ananya.krishnamurthy@rediffmail.com]]","mobile":"[[PHONE_NUMBER:+919845012376]]"},"client":{"ip":"[[IP_ADDRESS:117.200.64.19]]","mac":"a4:5e:60:c2:11:0f","ua":"Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 Chrome/121.0 Mobile Safari/537.36"}}""",
    """In compliance with the new directive, the Dynamic Branding Planner [[PERSON:Ingrid Solvang]] must submit her [[NRP:Norwegian]] passport [[ID_NUMBER:FC7742015]] along with her bank card [[CREDIT_CARD:4761 7399 0045 1281]] (CVV 078) to the visa office at [[ADDRESS:30 Rockefeller Plaza, 16th Floor]], [[LOCATION:New York]] before [[DATE_TIME:March 8th]].""",
    """Notice of Hearing. Take notice that the matter of [[PERSON:Lindiwe Zungu]] (ID [[ID_NUMBER:9507230114089]]) v. Ubuntu Micro-Lenders (Pty) Ltd will be heard in the Magistrate's Court, [[LOCATION:Pietermaritzburg]], on [[DATE_TIME:14 August 2024 at 09h00]]. The applicant resides at [[ADDRESS:23 Jabu Ndlovu Street]], [[LOCATION:Pietermaritzburg]], [[ZIP_CODE:3201]]. Attorney of record: [[PERSON:N. Pillay]], [[EMAIL_ADDRESS:npillay@pillayattorneys.co.za]].""",
    """RX TRANSFER REQUEST
From: Greenway Pharmacy #2231, fax (555) 014-7720
Patient: [[PERSON:Beatriz Salgado]]    DOB: [[DATE_TIME:07/22/1990]]
Phone: [[PHONE_NUMBER:773-209-6618]]
Medication: Sertraline 50 mg tab, #30, refills remaining 4
Original Rx #: 6601827    Date written: [[DATE_TIME:03/11/2024]]
Prescriber: [[PERSON:Dr. Anil Bhattacharya]], DEA [[ID_NUMBER:AB2709511]]
Transferring pharmacist: [[PERSON:K. Lundgren]], RPh""",
    """Contrary to the memo, [[PERSON:Olumide Adeyemi-Cole]] is the Chief Directives Liaison; her colleague [[PERSON:Mr. Femi Ogunleye]] works out of [[ADDRESS:Plot 1087, Cadastral Zone A0]], [[LOCATION:Abuja]]. Reach him at [[EMAIL_ADDRESS:femi.ogunleye@gov-liaison.ng]] or [[PHONE_NUMBER:+234 909 112 4536]]. His NIN is [[ID_NUMBER:43820176514]].""",
    """[[PERSON:ნინო ბერიძე]], დაბადებული [[DATE_TIME:1991 წლის 3 მარტი]], ოფთალმოლოგთან ვიზიტი: [[DATE_TIME:2024 წლის 18 აპრილი, 12:15]]. კონტაქტური ლინზები: -3.00 / -3.25. ტელეფონი: [[PHONE_NUMBER:555 18 90 44]]. ელ-ფოსტა: [[EMAIL_ADDRESS:nino.beridze91@gmail.com]]. მისამართი: [[LOCATION:ბათუმი]], [[ADDRESS:გორგასლის ქ. 27]].""",
    """UPDATE users SET email = '[[EMAIL_ADDRESS:s.holloway@btinternet.com]]', phone = '[[PHONE_NUMBER:07700 914 382]]', postcode = '[[ZIP_CODE:LS6 3HN]]', ni_number = '[[ID_NUMBER:JT 84 21 07 C]]' WHERE user_id = 884213 AND surname = '[[PERSON:Holloway]]';""",
    """The Internal Web Orchestrator, [[PERSON:Yolanda]], was born on [[DATE_TIME:05/30/1977]] and is [[AGE:47]]. She banks with [[IBAN_CODE:NL76TRIO0391827745]] and paid with [[CREDIT_CARD:3760 541899 20435]]. Her office is at [[ADDRESS:661 Herengracht]], [[LOCATION:Amsterdam]] [[ZIP_CODE:1017 CE]]; secondary address [[ADDRESS:unit 4]]. Her BSN is [[ID_NUMBER:238147095]].""",
    """DENTAL TREATMENT PLAN & CONSENT
Patient: [[PERSON:Siobhán Ní Bhriain]]   Chart: [[ID_NUMBER:DC-20931]]
Date: [[DATE_TIME:18 Oct 2024]]
Proposed: extraction 48 under LA; implant 46 (stage 1) at a later visit.
Estimated fee: EUR 2,350. Paid by [[PERSON:Siobhán]]'s husband [[PERSON:Tadhg Ó Riordáin]].
Signed: ___________ (patient)   Witness: [[PERSON:Nurse Gráinne Walsh]]""",
    """audit.log: [[DATE_TIME:Apr 12 03:17:45]] bastion sshd[22811]: Accepted publickey for [[USERNAME:rmbeki]] from [[IP_ADDRESS:41.203.18.77]] port 51522 ssh2: RSA SHA256:9zQk1fW3nH0p2oLr8sV7bT4xY6cD5eA1uJ2iK3mN4o""",
    """Greetings [[PERSON:Dr. Hyun-woo Bae]], as per our records you are [[AGE:52]] years old and your health card [[ID_NUMBER:4177-302-868]] (version code KM) expires soon. Please visit ServiceOntario at your convenience. We have your address as [[ADDRESS:88 Sheppard Ave W, Unit 1207]], [[LOCATION:North York]], [[LOCATION:ON]] [[ZIP_CODE:M2N 1M2]].""",
    """EYEWEAR ORDER. Customer: [[PERSON:Fatima-Zahra El Idrissi]]. Email: [[EMAIL_ADDRESS:fz.elidrissi@laposte.net]]. Frame: Oakhurst 52-18-140 tortoise. Lenses: 1.67 hi-index, anti-reflective, PD 62. Rx date: [[DATE_TIME:2024-01-29]] from [[PERSON:Dr. Paul Antoniou]]. Payment: Mastercard [[CREDIT_CARD:5433 1186 2740 9150]]. Ship to [[ADDRESS:19 Rue des Carmes]], [[ZIP_CODE:75005]] [[LOCATION:Paris]].""",
    """Hi team, [[PERSON:jamal]] here (the Forward Accounts Developer). My new laptop IP is [[IP_ADDRESS:10.44.12.209]] and MAC is 00-1B-44-11-3A-B7; please whitelist it. Also please update my emergency contact to [[PERSON:Keisha Wallace]], [[PHONE_NUMBER:(313) 446-0927]], [[ADDRESS:19340 Woodingham Dr]], [[LOCATION:Detroit]], [[LOCATION:MI]] [[ZIP_CODE:48221]].""",
    """ID CARD APPLICATION (extract). Surname: [[PERSON:MKHIZE]]. Forenames: [[PERSON:SIPHO BONGANI]]. Identity number: [[ID_NUMBER:8804125041084]]. Date of birth: [[DATE_TIME:1988-04-12]]. Sex: M. Residential: [[ADDRESS:4412 Zone 7]], [[LOCATION:Sebokeng]], [[ZIP_CODE:1983]]. Cell: [[PHONE_NUMBER:071 883 2014]].""",
    """Customer [[PERSON:Ömer Faruk Yıldırım]] requested a chargeback on [[DATE_TIME:9 May 2024]]. Card on file [[CREDIT_CARD:4485 9031 2276 6042]], billing IBAN [[IBAN_CODE:TR33 0006 1005 1978 6457 8413 26]]. Login IP [[IP_ADDRESS:88.241.19.5]], browser Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15. Phone: [[PHONE_NUMBER:+90 532 418 77 09]].""",
    """PHARMACY CALL LOG | [[DATE_TIME:Thu 06/13/2024 10:52]] | Caller: [[PERSON:Dolores Ybarra]] (daughter of patient [[PERSON:Ernesto Ybarra]], DOB [[DATE_TIME:01/04/1941]]) | CB#: [[PHONE_NUMBER:915-732-0481]] | Reason: asked whether warfarin refill can be picked up early before travel to [[LOCATION:Chihuahua]]. Advised to contact prescriber. Tech: [[USERNAME:jmorales2]]""",
    """Shipment manifest line: consignee [[PERSON:Ritu Malhotra]], [[ADDRESS:House No. 212, Sector 15A]], [[LOCATION:Faridabad]], [[LOCATION:Haryana]] [[ZIP_CODE:121007]], mobile [[PHONE_NUMBER:98112 40567]], AWB 7734 0091 2245, declared value INR 18,400, contents: hearing aid batteries (size 312), qty 60.""",
    """Hivandanotsi grancum. Anun azganun: [[PERSON:Gayane Mkrtchyan]]. Tsnndyan amsativ: [[DATE_TIME:21.06.1973]]. Hasce: [[LOCATION:Vanadzor]], [[ADDRESS:Tigran Mets 33, bn. 4]]. Heraxosahamar: [[PHONE_NUMBER:+374 77 82 14 50]]. Andznagir: [[ID_NUMBER:AN0456712]]. Atamnabuyzh: [[PERSON:Davit Grigoryan]]. Ayts: [[DATE_TIME:03.07.2024, 10:30]].""",
    """Dear Valued Customer [[PERSON:Ms. Priyanka Chaudhary]], we noticed an attempted purchase of USD 1,120.44 at an electronics store using your card ending 2593. If this was not you, please call 1-800-555-0199 (our fraud line). We have your contact as [[PHONE_NUMBER:+1 (646) 332-8104]] and your registered address as [[ADDRESS:41-22 Kissena Blvd, Apt 3F]], [[LOCATION:Flushing]], [[LOCATION:NY]] [[ZIP_CODE:11355]].""",
    """patient_intake = {
    "mrn": "[[ID_NUMBER:7720184]]",
    "name": "[[PERSON:Lachlan Whitfield]]",
    "dob": "[[DATE_TIME:14/02/1995]]",
    "medicare": "[[ID_NUMBER:2951 73045 1]]",
    "address": "[[ADDRESS:3/27 Elouera Rd]], [[LOCATION:Cronulla]] [[LOCATION:NSW]] [[ZIP_CODE:2230]]",
    "mobile": "[[PHONE_NUMBER:0412 557 093]]",
    "reason": "chipped upper incisor after cricket ball",
}""",
    """Contract amendment signed on [[DATE_TIME:the 3rd day of September 2024]] by [[PERSON:Hiroshi Tanabe]] on behalf of the Licensee and [[PERSON:Claudia Reinholt]] on behalf of the Licensor. All payments under clause 7 shall be made to [[IBAN_CODE:AT56 2011 1827 1883 6402]]. Notices to the Licensor: [[ADDRESS:Mariahilfer Straße 88/12]], [[ZIP_CODE:1070]] [[LOCATION:Wien]].""",
    """The Regional Mobility Technician [[PERSON:Aroha Ngata]] uses the handle [[USERNAME:aroha.codes]] and the website [[URL:https://arohangata.dev]]. Her device 5e:0c:9a:71:22:f1 was last seen at [[IP_ADDRESS:2404:4408:6391:a100::1f]]. Card [[CREDIT_CARD:2221549066372181]], exp 02/28, CVV 339.""",
    """PRIOR AUTHORIZATION REQUEST - PHARMACY BENEFIT
Member: [[PERSON:Tremaine Jefferson]]  ID: [[ID_NUMBER:W2841177305]]  DOB: [[DATE_TIME:09-14-1979]]
Drug: adalimumab 40 mg/0.4 mL pen, NDC 0074-0554-02, qty 2 per 28 days
Diagnosis: L40.50
Prescriber: [[PERSON:Rachel Okoro]], MD  NPI [[ID_NUMBER:1528466307]]  Phone: (210) 555-0133
Patient phone: [[PHONE_NUMBER:(210) 884-2916]]""",

    """Hello [[PERSON:Mr. Oluwaseun Adebayo]], your contact lens subscription renews on [[DATE_TIME:22 June 2024]]. We will charge [[CREDIT_CARD:4024 0071 8836 2593]] GBP 38.50 for 3 months of daily lenses (BC 8.6, DIA 14.2, PWR -4.75). Delivery to [[ADDRESS:Flat 9, Albion Court, 61 Kings Road]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 3DE]]. Questions? [[EMAIL_ADDRESS:seun.adebayo@icloud.com]].""",
    """<employee><id>[[ID_NUMBER:E-104722]]</id><name>[[PERSON:Consolata Wanjiru Mwangi]]</name><national_id>[[ID_NUMBER:28841093]]</national_id><kra_pin>[[ID_NUMBER:A009318442K]]</kra_pin><phone>[[PHONE_NUMBER:0722 418 905]]</phone><email>[[EMAIL_ADDRESS:c.mwangi@savanna-agro.co.ke]]</email><hired>[[DATE_TIME:2019-03-04]]</hired><station>[[LOCATION:Nakuru]]</station><grade>B4</grade></employee>""",
    """As the Dynamic Solutions Agent, [[PERSON:Pilar]] handles accounts like [[ID_NUMBER:81004476291]]. Yesterday she noted that the client [[PERSON:Sione Taufa]], [[AGE:29]], born [[DATE_TIME:12/10/1994]], moved from [[LOCATION:Ōtāhuhu]] to [[ADDRESS:44 Great South Road]], [[LOCATION:Papakura]] [[ZIP_CODE:2110]], and wants his statements emailed to [[EMAIL_ADDRESS:sione.t94@xtra.co.nz]].""",
    """PRESCRIPTION
[[PERSON:Dr. R. Venkataraman]], MBBS, MD (Reg. No. [[ID_NUMBER:TNMC 68214]])
Patient: [[PERSON:Kavya Subramanian]]   Age/Sex: [[AGE:6]]/F   Date: [[DATE_TIME:27/05/2024]]
Rx
1. Syp. Amoxicillin 250mg/5ml - 5 ml TDS x 5 days
2. Syp. Paracetamol 120mg/5ml - 5 ml SOS
Parent's mobile: [[PHONE_NUMBER:94440 17382]]
Address: [[ADDRESS:No. 8, 2nd Cross Street, Shastri Nagar]], [[LOCATION:Adyar]], [[LOCATION:Chennai]] [[ZIP_CODE:600020]]""",
    """SELECT patient_id, full_name, last_visit FROM dental_recalls WHERE clinic = 'Northcote' ORDER BY last_visit;
-- results
-- [[ID_NUMBER:P-30418]] | [[PERSON:Georgia Papadakis]] | [[DATE_TIME:2023-11-02]]
-- [[ID_NUMBER:P-30922]] | [[PERSON:Liam O'Callaghan]] | [[DATE_TIME:2023-11-15]]
-- [[ID_NUMBER:P-31007]] | [[PERSON:Mehmet Arslan]] | [[DATE_TIME:2023-12-01]]""",
    """Pursuant to our conversation, I, [[PERSON:Anneliese Vogt]], residing at [[ADDRESS:Schillerstraße 41]], [[ZIP_CODE:60313]] [[LOCATION:Frankfurt am Main]], authorise the direct debit of my rent from [[IBAN_CODE:DE89 2004 1133 5581 2067 44]] starting [[DATE_TIME:01.09.2024]]. Tax ID: [[ID_NUMBER:48 213 957 641]]. Phone: [[PHONE_NUMBER:+49 69 2741 8830]].""",
    """[[DATE_TIME:2024-08-30 18:02:11]] | gaming-auth | player [[USERNAME:xXNightOwlXx]] (real name [[PERSON:Brandon Kowalczyk]], age [[AGE:17]]) linked PayPal [[EMAIL_ADDRESS:b.kowalczyk07@gmail.com]] from [[IP_ADDRESS:172.58.201.44]]; parental consent flag=false""",
    """Hello, I'm the Product Tactics Facilitator [[PERSON:Zanele]], and I need the account [[ID_NUMBER:62004819337]] of [[PERSON:Mr. Thabo Nkosi]] at [[ADDRESS:1104 The Towers, 2 Jan Smuts Ave]], [[LOCATION:Braamfontein]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2001]] updated. He can be reached at [[PHONE_NUMBER:+27 83 440 1298]]. Tax number [[ID_NUMBER:0418 227 658]].""",
    """CONTACT LENS FITTING RECORD
Name: [[PERSON:Precious Moyo]]     Client no: [[ID_NUMBER:CL-77104]]
DOB: [[DATE_TIME:30 Nov 2001]]    Occupation: student nurse
First fit: [[DATE_TIME:08 Feb 2024]]   Aftercare due: [[DATE_TIME:08 Aug 2024]]
R: 8.40 / 14.0 / -2.75   L: 8.40 / 14.0 / -3.00
Optometrist: [[PERSON:Hannah Greaves]] (GOC [[ID_NUMBER:01-29384]])""",
    """Ref: Your complaint dated [[DATE_TIME:2 April 2024]]. Dear [[PERSON:Mrs. Ayesha Siddiqui]], we have reviewed the handling of your late husband's estate account (sort code 20-31-77, account [[ID_NUMBER:40931187]]). Correspondence will be sent to [[ADDRESS:57 Stratford Road]], [[LOCATION:Sparkhill]], [[LOCATION:Birmingham]] [[ZIP_CODE:B11 1AN]]. Yours sincerely, Complaints Team.""",
    """კლიენტის ანკეტა: [[TITLE:ბატონი]] [[PERSON:დავით კაპანაძე]], [[AGE:45]] წლის, მეწარმე. საბანკო ანგარიში: [[IBAN_CODE:GE24TB0600036501177241]]. პირადი ნომერი: [[ID_NUMBER:01019073812]]. ტელ.: [[PHONE_NUMBER:(032) 2 47 81 90]]. მისამართი: [[LOCATION:ქუთაისი]], [[ADDRESS:წერეთლის ქ. 112]]. ელ. ფოსტა: [[EMAIL_ADDRESS:dkapanadze@gmail.com]].""",
    """The Legacy Markets Producer [[PERSON:Marek Nowicki]], of [[NRP:Polish]] nationality, uses [[IBAN_CODE:PL70 1050 1214 0000 0090 2258 3194]] for his salary; his card [[CREDIT_CARD:5570 3920 1884 6733]] expires 07/26 with CVV 901. His address: [[ADDRESS:ul. Marszałkowska 104/122 m. 37]], [[ZIP_CODE:00-017]] [[LOCATION:Warszawa]]. Login from [[IP_ADDRESS:31.0.47.152]].""",
    """DENTAL INSURANCE CLAIM. Provider: Bright Smile Dental Group, TIN 84-2291745. Patient: [[PERSON:Naomi Goldfarb]], DOB [[DATE_TIME:4/17/2009]], relationship to subscriber: child. Subscriber: [[PERSON:Ari Goldfarb]], ID [[ID_NUMBER:XGD771204358]]. Services: D1120 prophylaxis child, D0274 bitewings four films, D1206 fluoride varnish; date of service [[DATE_TIME:3/28/2024]]. Total billed USD 286.00.""",
    """# ~/.config/backup.toml
[owner]
name = "[[PERSON:Chen Yuxuan]]"
email = "[[EMAIL_ADDRESS:yuxuan.chen@protonmail.ch]]"
phone = "[[PHONE_NUMBER:+61 422 908 314]]"

[remote]
host = "backup.internal"
user = "[[USERNAME:ychen]]"
api_key = "bk_live_7f3c29a01de84b66a3f0"
last_sync = "2024-04-02T01:00:00Z"
retention_days = 30""",
    """A 63-year-old man, [[PERSON:Mr. Bogdan Ionescu]], attended the pharmacy on [[DATE_TIME:16/01/2024]] requesting an emergency supply of his inhaler (salbutamol 100 mcg). His NHS number is [[ID_NUMBER:943 476 5919]] and his GP is [[PERSON:Dr. Imogen Kerr]] at Whitley Lane Surgery. He lives at [[ADDRESS:31 Marlow Close]], [[LOCATION:Slough]] [[ZIP_CODE:SL1 6QP]].""",
    """The Customer Creative Strategist [[PERSON:Takoda Whitehorse]] was reminded that her PIN 4471 and password 'Canyon!92' should never be emailed. She lives at [[ADDRESS:218 Elm St, Apt 3]], [[LOCATION:Rapid City]], [[LOCATION:SD]] [[ZIP_CODE:57701]], drives with licence [[US_DRIVER_LICENSE:01743392]], and her passport is [[US_PASSPORT:563018274]].""",
    """VISIT SUMMARY - OPTOMETRY. [[PERSON:Karan Singh Dhillon]] ([[AGE:71]] y/o M), seen [[DATE_TIME:Wednesday 17 Jan 2024]]. IOP 24/22 mmHg. Cup-to-disc 0.6 OU. Referred to ophthalmology re suspected glaucoma. Contact: [[PHONE_NUMBER:(604) 597-3381]], [[ADDRESS:12877 76 Ave]], [[LOCATION:Surrey]], [[LOCATION:BC]]. SIN provided for billing: [[ID_NUMBER:518 733 027]].""",
    """Գանգատ №2024/117։ Դիմող՝ [[PERSON:Տիգրան Մանուկյան]], ծնվ. [[DATE_TIME:14.11.1968]], անձնագիր [[ID_NUMBER:AK0972153]], հասցե՝ [[LOCATION:Երևան]], [[ADDRESS:Բաղրամյան 17, բն. 42]]։ Հեռախոս՝ [[PHONE_NUMBER:010 54 32 17]]։ Էլ. փոստ՝ [[EMAIL_ADDRESS:t.manukyan68@mail.ru]]։ Բողոք դեղատան աշխատակցի դեմ, որը սխալ դեղ է տրամադրել [[DATE_TIME:2024 թ. մայիսի 6]]-ին։""",
    """POST /api/v2/orders HTTP/1.1
Host: shop.example-retail.com
X-Forwarded-For: [[IP_ADDRESS:203.0.113.77]]
Content-Type: application/json

{"buyer":{"name":"[[PERSON:Lucía Fernández Ortega]]","email":"[[EMAIL_ADDRESS:lucia.fdez.ortega@gmail.com]]","dni":"[[ID_NUMBER:48213957T]]"},"payment":{"card":"[[CREDIT_CARD:4921816630072541]]","exp":"11/27","cvc":"508"},"items":[{"sku":"TSH-BLK-M","qty":2}]}""",
    """NOTICE OF TERMINATION OF TENANCY. To: [[PERSON:Deshawn Carter]] and all occupants of [[ADDRESS:1520 N. Hudson Ave, Unit B]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60610]]. You are hereby notified that your tenancy will terminate on [[DATE_TIME:July 31, 2024]]. Served by [[PERSON:Margaret Tully]], property manager, on [[DATE_TIME:June 28, 2024]].""",
    """Dear [[PERSON:Chinedu]], as the Principal Quality Analyst you must rotate the key for [[EMAIL_ADDRESS:chinedu.okeke@finsure.io]]. Your VPN IP [[IP_ADDRESS:100.64.12.8]] and MAC 7c:d1:c3:88:4a:02 are registered. Your date of birth, [[DATE_TIME:29-Feb-1988]], is used as a security question, which we strongly discourage.""",
    """Medication reconciliation - discharge. Pt: [[PERSON:Waleed Haddad]], 78M, MRN [[ID_NUMBER:00917342]]. Home meds confirmed with his son [[PERSON:Sami]] by phone ([[PHONE_NUMBER:519-883-2047]]) on [[DATE_TIME:02/14/24 15:20]]: apixaban 5 mg BID, metoprolol 25 mg BID, atorvastatin 40 mg qHS. Preferred pharmacy: Riverside Rexall, [[LOCATION:Windsor]].""",
    """The Human Integration Designer [[PERSON:Sanne de Wit]] (BSN [[ID_NUMBER:610472537]]) rents at [[ADDRESS:Oudegracht 214-bis]], [[ZIP_CODE:3511 NV]] [[LOCATION:Utrecht]], and pays via [[IBAN_CODE:NL16 INGB 0006 7182 43]]. Reach her at [[PHONE_NUMBER:06-41873305]].""",
    """ORTHODONTIC FINANCING AGREEMENT. Responsible party: [[PERSON:Imani Brooks]], SSN [[US_SSN:224-61-0983]], DOB [[DATE_TIME:10/02/1986]]. Patient: [[PERSON:Jaylen Brooks]] (son, age [[AGE:13]]). Total fee USD 5,600; down payment USD 900 charged to [[CREDIT_CARD:6011 9230 8817 5465]]; 24 monthly payments of USD 195.83 starting [[DATE_TIME:September 15, 2024]]. Billing address: [[ADDRESS:3902 Burnet Rd, #118]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78756]].""",

    """Sakhelmtsipo servisebis saagento. Gantskhadeba: [[TITLE:kalbatoni]] [[PERSON:Maia Lomidze]], piradi N [[ID_NUMBER:61006045519]], dabadebis tarighi [[DATE_TIME:08.12.1983]]. Misamarti: [[LOCATION:Rustavi]], [[ADDRESS:Megobrobis gamziri 9, bina 33]]. Tel: [[PHONE_NUMBER:+995 551 07 72 19]]. Mitkhovna: pasportis gantsvla, dzveli pasporti [[ID_NUMBER:14AB50923]].""",
    """kubectl logs deploy/pharmacy-api | grep ERROR
2024-05-21T11:08:42.113Z ERROR RefillService failed to notify patient_id=[[ID_NUMBER:PT-0092231]] name="[[PERSON:Rosa Delgado-Marín]]" phone=[[PHONE_NUMBER:+13055510872]] reason="Twilio 21211 invalid 'To' number" rx=RX88120445""",
    """At 4:15 pm the Senior Web Coordinator, [[PERSON:Fenella Armitage-Cross]], attempted a wire of GBP 12,000 from [[IBAN_CODE:GB06SRLG60837112093385]] to [[IBAN_CODE:CH78 0483 5097 1824 4710 0]]. The request originated from [[IP_ADDRESS:185.153.177.40]] (MAC 98:e0:d9:17:6b:3c) via Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0.""",
    """Incident report, Riverside Primary School. On [[DATE_TIME:Tuesday 14 May 2024]] at lunch, pupil [[PERSON:Aarav Mehta]] (Year 4, age [[AGE:8]]) chipped a front tooth on the climbing frame. First aid given by [[PERSON:Mrs. Hollis]]. Parent [[PERSON:Nisha Mehta]] was called at 12:50 on [[PHONE_NUMBER:07831 442 906]] and took him to the emergency dentist.""",
    """{
  "applicant": {
    "name": "[[PERSON:Oyelaran, Temitope B.]]",
    "dob": "[[DATE_TIME:12 Mar 1990]]",
    "nationality": "[[NRP:Nigerian]]",
    "passport_no": "[[ID_NUMBER:A09184726]]",
    "uk_address": "[[ADDRESS:Room 4, 19 Hyde Park Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1PY]]",
    "email": "[[EMAIL_ADDRESS:temi.oyelaran@outlook.com]]"
  },
  "course": "MSc Data Science",
  "cas_number": "E4G7K2P9M1X3"
}""",
    """This is to certify that [[PERSON:Ms. Yasmin Haddadi]], holder of Emirates ID [[ID_NUMBER:784-1991-4472038-2]], is employed with us as a Clinical Pharmacist since [[DATE_TIME:10 January 2021]]. Her salary is credited to [[IBAN_CODE:AE14 0260 0010 1532 8841 902]]. She resides at [[ADDRESS:Apartment 1906, Marina Pinnacle]], [[LOCATION:Dubai Marina]], [[LOCATION:Dubai]].""",
    """Welcome aboard, [[PERSON:Lars-Erik]]! Your employee number is [[ID_NUMBER:SE-40917]] and your personnummer on file is [[ID_NUMBER:19851104-3351]]. Salary goes to [[IBAN_CODE:SE06 8000 0832 7900 8271 4455]]. Your first day is [[DATE_TIME:Monday 2 September]] at our [[LOCATION:Göteborg]] office, [[ADDRESS:Lilla Bommen 6, våning 8]].""",
    """[[PERSON:Dr. Amara]] -> front desk: pls call [[PERSON:Mr Delacroix]] re his crown prep (UR6), lab delayed, move from [[DATE_TIME:Thurs 9th]] to [[DATE_TIME:Mon 13th 8.30am]]. His mobile is [[PHONE_NUMBER:07912 336 481]], landline [[PHONE_NUMBER:01632 960 442]]. Pt no. [[ID_NUMBER:44187]].""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Ramírez]];[[PERSON:Gustavo]];;;
FN:[[PERSON:Gustavo Ramírez]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+52 55 4187 2093]]
EMAIL:[[EMAIL_ADDRESS:gus.ramirez@correo.mx]]
ADR;TYPE=HOME:;;[[ADDRESS:Av. Insurgentes Sur 1602, Int. 5]];[[LOCATION:Ciudad de México]];[[LOCATION:CDMX]];[[ZIP_CODE:03940]];[[LOCATION:México]]
BDAY:[[DATE_TIME:1979-08-25]]
END:VCARD""",
    """Loan officer notes: borrower [[PERSON:Grace Achieng Otieno]], ID [[ID_NUMBER:31177208]], phone [[PHONE_NUMBER:0733 902 115]], M-Pesa registered to the same number. Employer: Kisumu County Referral Hospital (pharmacy dept). Requested KES 250,000 over 24 months. Collateral: vehicle [[ID_NUMBER:KDA 447Q]]. Guarantor: [[PERSON:Peter Ouma]], ID [[ID_NUMBER:22804316]].""",
    """The Dynamic Program Executive [[PERSON:Ha-eun]] [[PERSON:Jung]] listed her secondary address as [[ADDRESS:Apt. 802]] in the building at [[ADDRESS:155 Bloor St E]], [[LOCATION:Toronto]]. She is [[AGE:36]], her SIN is [[ID_NUMBER:729 144 881]] and her Visa [[CREDIT_CARD:4266 8410 5937 7125]] (CVV 211, exp 05/29) was compromised.""",
    """Pharmacy audit finding #7: controlled drug register entry on [[DATE_TIME:3/2/24]] lists collection of oxycodone 10 mg x 28 by [[PERSON:J. Fairweather]] on behalf of patient [[PERSON:Norman Fairweather]] (DOB [[DATE_TIME:17/06/1939]], NHS [[ID_NUMBER:401 023 2137]]); ID seen: driving licence [[ID_NUMBER:FAIRW710228J99LK]]. Signature present, witness initials missing.""",
    """apiVersion: v1
kind: Secret
metadata:
  name: smtp-owner
  annotations:
    owner: "[[PERSON:Rafael Monteiro]] <[[EMAIL_ADDRESS:rafael.monteiro@agencia-mar.pt]]>"
    oncall: "[[PHONE_NUMBER:+351 912 448 073]]"
stringData:
  password: "Lisboa#2024!"
  host: smtp.agencia-mar.pt""",
    """Dear Parent/Guardian, this is to confirm that [[PERSON:Mateo Villanueva]], Student ID [[ID_NUMBER:20241187]], date of birth [[DATE_TIME:June 3, 2016]], has been enrolled in Grade 3 at Lincoln Elementary for the 2024-25 school year. Bus stop: corner of [[ADDRESS:2250 W Olive Ave]]. Emergency contact: [[PERSON:Carmen Villanueva]], [[PHONE_NUMBER:(559) 274-8830]].""",
    """Atamnabuyzhakan klinika "Smile Yerevan". Hivand: [[TITLE:paron]] [[PERSON:Hovhannes Ghazaryan]], [[AGE:52]] tarekan. Hasce: [[ADDRESS:Mashtots poghota 40, bn. 12]], [[LOCATION:Yerevan]] [[ZIP_CODE:0009]]. Heraxos: [[PHONE_NUMBER:+374 99 30 17 42]]. Social card: [[ID_NUMBER:1411720537]]. Hajord ayts: [[DATE_TIME:28.10.2024, 14:00]]. Implant, atam 36.""",
    """Dear [[PERSON:Ms. Bautista]], your PhilHealth number [[ID_NUMBER:12-050318274-6]] and SSS number [[ID_NUMBER:34-1827730-4]] have been linked to your payroll record. Your address on file is [[ADDRESS:Unit 12-B, Greenview Residences, 88 Katipunan Ave]], [[LOCATION:Quezon City]] [[ZIP_CODE:1108]]. Contact: [[PHONE_NUMBER:0917 552 3018]].""",
    """[[DATE_TIME:2024-07-09 21:44:02]] [payments] user_id=55120 name="[[PERSON:Anjali Deshpande]]" card_bin=453201 last4=1203 amount=2899.00 INR status=DECLINED reason=CVV_MISMATCH ip=[[IP_ADDRESS:49.36.122.210]] device=iPhone15,3 iOS 17.5""",
    """OPTICAL DISPENSING RECEIPT. Customer: [[PERSON:Thomas Ó Briain]], account [[ID_NUMBER:OPC-120944]]. Varifocals ordered [[DATE_TIME:11/03/2024]], ready for collection from [[DATE_TIME:25/03/2024]]. Total EUR 489.00, paid Visa ending 4622. PRSI entitlement checked: PPSN [[ID_NUMBER:2845519A]]. Address: [[ADDRESS:3 Chapel Lane]], [[LOCATION:Bantry]], [[LOCATION:Co. Cork]] [[ZIP_CODE:P75 X226]].""",
    """The Corporate Security Assistant [[PERSON:Abdirahman Warsame]] reported that the visitor badge for [[PERSON:Hodan]] was used at 07:02 from gate 3. Visitor's phone [[PHONE_NUMBER:612-448-3093]], vehicle plate [[ID_NUMBER:NXR 417]] ([[LOCATION:Minnesota]]), home [[ADDRESS:2419 Cedar Ave S]], [[LOCATION:Minneapolis]] [[ZIP_CODE:55404]].""",
    """MEDICAL CERTIFICATE. I examined [[PERSON:Ms. Latoya Henry]] on [[DATE_TIME:22 November 2024]] and found her unfit for work from [[DATE_TIME:22/11/2024]] to [[DATE_TIME:29/11/2024]] inclusive due to acute dental abscess and subsequent extraction. [[PERSON:Dr. Ferdinand Osei]], BDS. GDC No. [[ID_NUMBER:118294]].""",
    """UPDATE customers SET iban = '[[IBAN_CODE:GE49BG0000000337190261]]', phone = '[[PHONE_NUMBER:+995 595 12 40 87]]', city = '[[LOCATION:Tbilisi]]' WHERE customer_no = '[[ID_NUMBER:C-00781245]]' AND full_name = '[[PERSON:Levan Abashidze]]';""",
    """The Lead Infrastructure Agent [[PERSON:Oksana Melnyk]] ([[NRP:Ukrainian]]) rents [[ADDRESS:Flat 3, 27 Eyre Square]], [[LOCATION:Galway]] [[ZIP_CODE:H91 T2C8]]. Her bank account [[IBAN_CODE:IE82 BOFI 9000 1718 2044 56]] received a refund of EUR 340 on [[DATE_TIME:June 14]]. Browser: Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X). IP [[IP_ADDRESS:37.228.241.9]].""",
    """PHARMACY CONSULTATION RECORD. Service: Pharmacy First - uncomplicated UTI. Patient: [[PERSON:Chloe Fenwick]], [[AGE:24]], DOB [[DATE_TIME:05.07.1999]]. NHS No: [[ID_NUMBER:612 309 8470]]. Date/time: [[DATE_TIME:11.06.2024 17:42]]. Supplied: nitrofurantoin 100 mg MR, 1 BD x 3 days. GP practice notified by NHSmail. Pharmacist: [[PERSON:Adeel Rashid]], GPhC [[ID_NUMBER:2081344]].""",
    """Shipping label
TO: [[PERSON:Mrs. Eun-ji Park]]
[[ADDRESS:PO Box 4471]]
[[LOCATION:Anchorage]], [[LOCATION:AK]] [[ZIP_CODE:99509-4471]]
Tel [[PHONE_NUMBER:907 440 1182]]
FROM: Coastal Optics Lab, [[ADDRESS:2200 Industrial Way]], [[LOCATION:Tacoma]] [[LOCATION:WA]]
Contents: 2 pr spectacles (Rx job 88120)""",
    """Re: background check consent. I, [[PERSON:Everton Lloyd Campbell]], born [[DATE_TIME:19 September 1976]] in [[LOCATION:Kingston]], [[LOCATION:Jamaica]], SSN [[US_SSN:608-44-1927]], consent to a check covering my addresses since 2015, currently [[ADDRESS:1177 Flatbush Ave, Apt 5R]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11226]]. Signed [[DATE_TIME:04/19/2024]].""",
    """The Forward Factors Officer, [[PERSON:Mr. Kofi Mensah]], lives at [[ADDRESS:45 Ring Road Central]], [[LOCATION:Accra]]. His Ghana Card is [[ID_NUMBER:GHA-718823041-5]], his phone [[PHONE_NUMBER:+233 24 418 7730]], and his Mastercard [[CREDIT_CARD:5358 2241 0099 8734]], CVV 623, exp 10/25.""",
    """Dental lab work ticket 4471-C. Dentist: [[PERSON:Dr. Leilani Kahale]]. Patient initials only: [[PERSON:K.M.]]. Shade A2, zirconia crown #8. Due 06/21. Ship to office: [[ADDRESS:1100 Ward Ave Ste 740]], [[LOCATION:Honolulu]] [[LOCATION:HI]] [[ZIP_CODE:96814]]. Rush: no.""",
]

GEN = [
    """[[PERSON:Marguerite Okonjo]] called the pharmacy on [[DATE_TIME:Tuesday, March 12]] to ask whether her levothyroxine refill was ready, and left her number, [[PHONE_NUMBER:(972) 418-6630]], for a callback.""",
    """My daughter [[PERSON:Isla]] had her first eye test at the optician on [[DATE_TIME:3rd February]]; she's only [[AGE:5]] but they said she might need glasses for reading.""",
    """The dentist's receptionist confirmed that [[PERSON:Mr. Pradeep Nair]], aged [[AGE:62]], is booked for a root canal on [[DATE_TIME:14 August 2024 at 8:15 am]], and asked him to bring his insurance card (member no. [[ID_NUMBER:HCF 77120493]]).""",
    """Please send the replacement debit card to [[ADDRESS:16 Wattle Grove]], [[LOCATION:Ringwood]] [[LOCATION:VIC]] [[ZIP_CODE:3134]]; the old one was lost when I was in [[LOCATION:Bali]]. Thanks, [[PERSON:Shannon Pike]].""",
    """After moving from [[LOCATION:Lagos]] to [[LOCATION:Manchester]] in [[DATE_TIME:September 2022]], [[PERSON:Chukwuemeka Obi]] registered with a local GP and was given NHS number [[ID_NUMBER:738 104 5923]].""",
    """hi its [[PERSON:danielle]] from 4B, can someone tell [[PERSON:marcus]] his parcel is at my flat?? my number is [[PHONE_NUMBER:07488 219 604]]""",
    """The optometrist told [[PERSON:Kenji Watanabe]] that his intraocular pressure was slightly high and scheduled a visual field test for [[DATE_TIME:May 2nd at 3:40 PM]].""",
    """[[PERSON:Rahul]]'s prescription for amoxicillin was sent electronically to the Walgreens on Main Street, and the pharmacist texted him at [[PHONE_NUMBER:732-915-0487]] when it was ready.""",
    """As part of the onboarding process, [[PERSON:Anastasia Petrova]] provided her date of birth ([[DATE_TIME:19.04.1993]]), her home address at [[ADDRESS:72 Harbord Street]], [[LOCATION:Toronto]], and her SIN, [[ID_NUMBER:130 597 263]].""",
    """Could you update the shipping address for order #A7731-2290 to [[ADDRESS:2100 Calle Ocho, Apt 6]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33135]]? The account is under [[EMAIL_ADDRESS:j.batista.mia@gmail.com]].""",
    """My late grandfather, [[PERSON:Ezekiel Mutua]], was born on [[DATE_TIME:12 December 1938]] in [[LOCATION:Machakos]] and worked as a pharmacist in [[LOCATION:Nairobi]] for forty years.""",
    """The dental hygienist noted that [[PERSON:Ms. Tran]] had bleeding gums at her last cleaning on [[DATE_TIME:01/22/2024]] and recommended she come back in three months instead of six.""",
    """Hey, this is [[PERSON:Lukas Brenner]] — I paid the deposit for the apartment at [[ADDRESS:Rotenturmstraße 9, Top 14]] from my account [[IBAN_CODE:AT56 2011 1827 1883 6402]] yesterday, can you confirm you got it?""",
    """The school nurse emailed [[PERSON:Mrs. Adeyinka]] at [[EMAIL_ADDRESS:folake.adeyinka@yahoo.co.uk]] to say that [[PERSON:Tobi]] failed the vision screening and should see an optometrist before half-term ([[DATE_TIME:25 October]]).""",
    """Our new tenant, [[PERSON:Jasmine Al-Rashid]], [[AGE:27]], moves into [[ADDRESS:Unit 5, 48 Clarendon Street]], [[LOCATION:Southbank]] on [[DATE_TIME:the 1st of July]].""",
    """When the pharmacist asked for ID, [[PERSON:Thandiwe Dlamini]] showed her South African ID, [[ID_NUMBER:7702280099080]], which matched her date of birth, [[DATE_TIME:28 February 1977]].""",
    """I'm writing on behalf of my father, [[PERSON:Harbhajan Singh Gill]] ([[AGE:81]]), who lives at [[ADDRESS:5 Heston Road]], [[LOCATION:Hounslow]] [[ZIP_CODE:TW5 0QU]], and needs his blister packs delivered weekly.""",
    """The patient portal shows that [[PERSON:Sofía Méndez]] cancelled her orthodontic adjustment on [[DATE_TIME:Friday the 9th]] and rebooked for [[DATE_TIME:Monday the 19th at 4pm]].""",
    """Please contact [[PERSON:Olusegun]] on [[PHONE_NUMBER:0803 552 1147]] or [[EMAIL_ADDRESS:segun.adewale@hotmail.com]] about the keys for the flat in [[LOCATION:Surulere]].""",
    """Following her laser eye surgery on [[DATE_TIME:15 March]], [[PERSON:Bronwyn Gallagher]] was told not to drive until her follow-up appointment the next morning.""",
    """For the gym membership transfer I need your full name, date of birth and member number — mine is [[PERSON:Ahmed Khalil]], [[DATE_TIME:07/08/1990]], [[ID_NUMBER:PG-2271904]].""",
    """[[PERSON:nana akua boateng]] paid GHS 450 for her dentures at the clinic in [[LOCATION:Kumasi]] and asked that the receipt be sent to [[EMAIL_ADDRESS:nanaakua.b@gmail.com]].""",
    """According to the pharmacy record, [[PERSON:Mr. O'Donnell]]'s warfarin dose was changed on [[DATE_TIME:4 June 2024]] and his next INR check is on [[DATE_TIME:11 June 2024]].""",
    """The bank flagged a transfer from [[PERSON:Catalina Restrepo]]'s account to an unknown IBAN, [[IBAN_CODE:LT04 7301 0000 2219 834]], and called her at [[PHONE_NUMBER:+44 7700 183 942]] to confirm.""",
    """At the optician in [[LOCATION:Leicester]], [[PERSON:Bhavna Patel]] chose a pair of frames for her son [[PERSON:Rohan]], who is [[AGE:9]] and has been squinting at the board in class.""",
    """The insurance adjuster, [[PERSON:Garrett Holm]], visited [[ADDRESS:904 Prairie View Rd]], [[LOCATION:Fargo]], [[LOCATION:ND]] on [[DATE_TIME:April 30]] to inspect the hail damage reported by the homeowner, [[PERSON:Linnea Strand]].""",
    """Reminder: [[PERSON:Dr. Ngozi Okafor]] will be covering the pharmacy's vaccine clinic on [[DATE_TIME:Saturday 12 October]]; bookings can be made by [[PERSON:Dr. Okafor]]'s patients via the usual link.""",
    """The landlord, [[PERSON:Mr. Kazimierz Nowak]], returned the bond of AUD 2,400 to [[PERSON:Priscilla Fa'asavalu]] after she vacated [[ADDRESS:12/8 Bayview Terrace]], [[LOCATION:Claremont]] [[LOCATION:WA]] [[ZIP_CODE:6010]].""",
    """I booked a contact lens check for [[DATE_TIME:23 May at 10:20]]; if anything changes please ring me on [[PHONE_NUMBER:021 447 390]] — [[PERSON:Mere]].""",
    """Our records show that [[PERSON:Farhan Qureshi]], student ID [[ID_NUMBER:u7730421]], enrolled on [[DATE_TIME:26 Feb 2024]] and lives at [[ADDRESS:Room 112, Burgmann College]], [[LOCATION:Canberra]].""",
    """[[PERSON:ლაშა მაისურაძე]] გუშინ სტომატოლოგთან იყო, შემდეგი ვიზიტი კი დაენიშნა [[DATE_TIME:24 ივნისს, 17:00 საათზე]]. კლინიკამ დადასტურება გაუგზავნა ნომერზე [[PHONE_NUMBER:599 73 18 02]].""",
    """Hi, I'd like to transfer my prescriptions from CVS to your pharmacy. I'm [[PERSON:Deborah Kline]], DOB [[DATE_TIME:2/9/1966]], and my phone is [[PHONE_NUMBER:614.555.2087]].""",
    """The court heard that [[PERSON:Jerome Whitaker]], [[AGE:34]], of [[ADDRESS:17 Acacia Avenue]], [[LOCATION:Luton]], had used a stolen card, [[CREDIT_CARD:4137 8950 0216 6388]], to buy electronics worth GBP 3,000 on [[DATE_TIME:5 January]].""",
    """Please note that [[PERSON:Dr. Ifeoma Chukwu]] has moved her optometry practice to [[ADDRESS:Suite 3, 220 Adeola Odeku Street]], [[LOCATION:Victoria Island]], and patients can now book through [[EMAIL_ADDRESS:ifeoma.chukwu.od@gmail.com]].""",
    """After the flight was cancelled, [[PERSON:Hannah Lindqvist]] and her partner [[PERSON:Joel]] were rebooked on [[DATE_TIME:18 August at 06:40]] and given a hotel voucher; her booking email is [[EMAIL_ADDRESS:hannah.lindqvist@gmail.com]].""",
    """Ատամնաբույժ [[PERSON:Արամ Վարդանյան]] հիվանդին խորհուրդ տվեց վերադառնալ երկու շաբաթից։ Հաջորդ այցը՝ [[DATE_TIME:18.06.2024, ժամը 11:00]]։""",
    """Can you remind Grandma [[PERSON:Rose]] that her eye drops need to be refilled by [[DATE_TIME:Thursday the 20th]]? The pharmacy said they'd hold them under [[PERSON:Rose Abernathy]].""",
    """[[PERSON:Tevita Fifita]]'s employer deducted child support from his wages starting [[DATE_TIME:March 2024]], as ordered by the family court in [[LOCATION:Auckland]].""",
    """The warranty claim for the dishwasher was filed by [[PERSON:Aisling Byrne]] of [[ADDRESS:14 Seafield Crescent]], [[LOCATION:Booterstown]], [[LOCATION:Co. Dublin]], who can be reached at [[PHONE_NUMBER:(01) 283 4471]].""",
    """Our pharmacist [[PERSON:Vikram]] noticed that the prescription written for [[PERSON:Ms. Eleanor Pritchard]] on [[DATE_TIME:2 July]] had a dosing error and called [[PERSON:Dr. Halvorsen]]'s office to correct it before dispensing.""",
    """In the group photo from the reunion you can see [[PERSON:Moses Kiprono]] (far left), [[PERSON:Achieng]] and little [[PERSON:Baraka]], who turned [[AGE:3]] last week.""",
    """For verification, the caller gave her full name as [[PERSON:Maria da Conceição Ferreira]], her date of birth as [[DATE_TIME:11th of November 1954]], and the last four digits of her card, 7731.""",
    """Gamarjoba, [[PERSON:Nika Gogoladze]]! Tkveni akhali satvale mzad aris optika "Lupa"-shi, [[ADDRESS:Pekinis gamziri 18]], [[LOCATION:Tbilisi]]. Damatebiti kitkhvebistvis dagvirekit: 032 2 20 40 40.""",
    """The delivery driver left the package with [[PERSON:Mrs. Kowalski]] next door at [[ADDRESS:39 Birchwood Lane]] because nobody answered at [[ADDRESS:41 Birchwood Lane]], [[LOCATION:Scranton]], [[LOCATION:PA]].""",
    """[[PERSON:Adebola]] told the dental nurse that she is allergic to penicillin and latex, and that her emergency contact is her brother [[PERSON:Tunde Adeyemi]] on [[PHONE_NUMBER:+44 7956 310 228]].""",
    """I, [[PERSON:Roberto Caruso]], authorise my wife [[PERSON:Giulia]] to collect my medication from the pharmacy on [[DATE_TIME:Wednesday 28/08]] as I will be in hospital.""",
    """The tenant's reference check listed [[PERSON:Kayode Balogun]]'s previous address as [[ADDRESS:Flat 22, Block C, 10 Old Kent Road]], [[LOCATION:London]] [[ZIP_CODE:SE1 5TY]], where he lived until [[DATE_TIME:May 2023]].""",
    """Իմ անունը [[PERSON:Մարիամ Խաչատրյան]] է, ես [[AGE:34]] տարեկան եմ և ապրում եմ [[LOCATION:Գյումրի]] քաղաքում։ Իմ հեռախոսահամարն է [[PHONE_NUMBER:+374 55 20 47 13]]։""",
    """Thanks for your order, [[PERSON:zoe]]! Your new progressive lenses will be shipped to [[ADDRESS:77 Ponsonby Rd]], [[LOCATION:Auckland]] [[ZIP_CODE:1011]] within 10 working days.""",
    """My Aadhaar number is [[ID_NUMBER:7334 0615 5285]] and my PAN is [[ID_NUMBER:BQRPS7719K]]; please link both to my demat account. — [[PERSON:Sneha Sharma]], [[LOCATION:Pune]]""",
    """The pharmacy's delivery van dropped off insulin pens for [[PERSON:Mr. Abdullahi Musa]] at [[ADDRESS:23 Ibrahim Taiwo Road]], [[LOCATION:Kano]], at 6 pm, and his daughter [[PERSON:Zainab]] signed for them.""",
    """Could you please tell [[PERSON:Dr. Ramaswamy]] that [[PERSON:Meera Iyer]], [[AGE:45]], would like to move her cataract consultation from [[DATE_TIME:June 5th]] to any afternoon the following week?""",
    """At the parent-teacher meeting on [[DATE_TIME:14 November]], [[PERSON:Mr. Hamza Yusuf]] learned that his son [[PERSON:Idris]] had been moved to the advanced maths set.""",
    """Barev dzez, es [[PERSON:Karen Hovsepyan]] em. Karogh em tegapokhel ayts@ [[DATE_TIME:urbat, 21.06, zhamy 15:00]]? Heraxosahamars [[PHONE_NUMBER:091 44 80 27]] e.""",
    """My account was locked after I tried to log in from [[LOCATION:Lisbon]]; the username is [[USERNAME:beatriz_lopes_92]] and the email is [[EMAIL_ADDRESS:beatrizlopes92@sapo.pt]].""",
    """The eye clinic's letter to [[PERSON:Mr. Seamus Doyle]] says his diabetic retinopathy screening is booked for [[DATE_TIME:Monday 22 April 2024 at 14:10]] at [[ADDRESS:St Luke's Wing, 40 Harold's Cross Road]], [[LOCATION:Dublin 6W]].""",
    """When [[PERSON:Keanu Akana]] went to pick up his son's antibiotics, the pharmacy told him the insurance on file, member ID [[ID_NUMBER:HMSA 448 20 917]], had expired.""",
    """I'll be staying at my sister [[PERSON:Aaliyah]]'s place, [[ADDRESS:2310 Magnolia St]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77004]], from [[DATE_TIME:July 3]] until the [[DATE_TIME:10th]], so please forward my mail there.""",
    """The dentist asked [[PERSON:Yerlan]], who is [[AGE:12]], to wear his retainer every night, and his mum [[PERSON:Aigerim]] booked the next review for [[DATE_TIME:10 Sept]].""",
    """Payroll confirmed that [[PERSON:Chanelle Baptiste]]'s tax file number, [[ID_NUMBER:458 219 303]], was received on [[DATE_TIME:2 July]], so her next pay will no longer be taxed at the top rate.""",
    """[[PERSON:Siddharth Menon]] reported that his phone, registered to [[PHONE_NUMBER:+65 9822 4170]], was stolen on the MRT on [[DATE_TIME:Saturday night, 6 April]], and asked the telco to block the SIM immediately.""",
    """The scholarship committee selected [[PERSON:Amani Wekesa]], a [[AGE:19]]-year-old from [[LOCATION:Eldoret]], whose application listed her KCSE index number as [[ID_NUMBER:27510112044]].""",
    """Please refund the cancelled concert tickets to the card I used, [[CREDIT_CARD:5104 7662 8119 3409]]; the booking was under [[PERSON:Ruairí Mac Giolla]] and my email is [[EMAIL_ADDRESS:ruairi.macgiolla@eircom.net]].""",
    """Chemi sakheli aris [[PERSON:Salome Kiknadze]], var [[AGE:29]] clis. Chemi misamartia [[ADDRESS:Chavchavadzis q. 51]], [[LOCATION:Batumi]], da telefoni [[PHONE_NUMBER:568 40 11 93]]. Bankis angarishi: [[IBAN_CODE:GE74TB2271930641822005]].""",
    """The HR file shows that [[PERSON:Jean-Baptiste Mukendi]] joined the [[LOCATION:Montreal]] office on [[DATE_TIME:15 janvier 2019]], that he is [[NRP:Congolese]] by birth and [[NRP:Canadian]] by naturalisation, and that his work phone is ext. 4417.""",
    """hey [[PERSON:tomás]], can u send me ur new address? the old one, [[ADDRESS:Calle Mayor 14, 3ºB]], [[LOCATION:Zaragoza]], keeps coming back on the invitations""",
    """The vet's invoice was addressed to [[PERSON:Georgina Haverford]] at [[ADDRESS:Rose Cottage, Mill Lane]], [[LOCATION:Little Snoring]], [[LOCATION:Norfolk]] [[ZIP_CODE:NR21 0HX]], for treating her spaniel, Biscuit.""",
    """Our records show a missed payment on the car loan taken out by [[PERSON:Mbali Khumalo]] on [[DATE_TIME:02/11/2022]]; please call her on [[PHONE_NUMBER:060 448 1920]] rather than emailing.""",
    """During the interview, [[PERSON:Faisal bin Rashid Al-Mansouri]] said he was [[AGE:38]], held [[NRP:Emirati]] citizenship and had lived at [[ADDRESS:Villa 27, Street 14, Al Barsha 2]], [[LOCATION:Dubai]] since 2015.""",
    """[[TITLE:Տիկին]] [[PERSON:Սոնա Բաղդասարյան]], Ձեր բանկային քարտը պատրաստ է։ Կարող եք վերցնել այն [[ADDRESS:Արշակունյաց պող. 34]] մասնաճյուղից մինչև [[DATE_TIME:մայիսի 30]]-ը։""",
    """The package for [[PERSON:Oyinda]] was returned because the label said [[ADDRESS:12 Allen Avenue]] instead of [[ADDRESS:21 Allen Avenue]], [[LOCATION:Ikeja]]; she asked us to resend it before her birthday on the [[DATE_TIME:14th]].""",
    """Just a heads-up that [[PERSON:Prof. Lindiwe Mahlangu]] will chair the thesis defence of [[PERSON:Sipho Ndaba]] on [[DATE_TIME:Thursday, 7 November 2024, at 10:00]], in Room 2.14 of the Humanities building.""",
    """The pharmacy tech told [[PERSON:Gloria Esparza-Ruiz]] that her GoodRx coupon could not be combined with her Medicare Part D plan, Medicare number [[ID_NUMBER:3HT9-WQ2-KR41]].""",
    """Hargeli [[PERSON:Lilit Avagyan]], dzer [[PHONE_NUMBER:098 21 76 54]] hamari paymanagir@ avartvum e [[DATE_TIME:hulisi 3]]-in. Yerkaratselu hamar aytselek mer grasenyak kam zangahareq 0800.""",
    """My husband, [[PERSON:Darnell]], and I would like to add our newborn, [[PERSON:Nia Simone Jackson]], born [[DATE_TIME:May 17, 2024]], to our health plan; our policy number is 7H-440921.""",
    """The new neighbours at [[ADDRESS:No. 6 Elm Row]] are [[PERSON:Huang Lei]] and [[PERSON:Xu Min]], who moved from [[LOCATION:Chengdu]] with their twins last month; I gave them our number in case of any problems.""",
    """Lost wallet: if found, please contact [[PERSON:Ngozi Eze]] at [[PHONE_NUMBER:0705 331 4820]]. It contains my driver's licence [[ID_NUMBER:AAA04817AA22]] and voter's card.""",
    """In his statement, [[TITLE:Constable]] [[PERSON:Rhys Pritchard]] wrote that he stopped a grey Ford Focus, registration [[ID_NUMBER:CA19 KXZ]], on the A470 near [[LOCATION:Merthyr Tydfil]] at about 23:40.""",
    """[[PERSON:Beatriz]] asked the hotel to charge the room to her company card but to keep her personal details, [[EMAIL_ADDRESS:bea.coutinho@gmail.com]] and [[PHONE_NUMBER:+55 11 98214-7730]], off the invoice.""",
    """The claims team spoke with [[PERSON:Harriet Oyelowo]], the policyholder's daughter, who confirmed that her mother, [[PERSON:Comfort Oyelowo]], aged [[AGE:88]], fell at home on [[DATE_TIME:9 February]] and was admitted to hospital.""",
    """[[PERSON:Ravi Shankar Pillai]] has applied to rent the two-bedroom flat; his current landlord, [[PERSON:Mrs. Sheila Dunmore]], can be reached at [[EMAIL_ADDRESS:sheila.dunmore@btopenworld.com]].""",
    """აფთიაქში ფარმაცევტმა [[PERSON:ეკა ჩხეიძე]] რეცეპტი მოითხოვა, რადგან [[PERSON:გიორგი ნადირაძე]] მხოლოდ [[AGE:16]] წლისაა.""",
    """The university emailed [[PERSON:Kwabena]] at [[EMAIL_ADDRESS:k.owusu-ansah@st.knust.edu.gh]] to say that his transcript request, made on [[DATE_TIME:5 March]], had been approved.""",
    """I am [[PERSON:Ayodele]]'s uncle and guardian; her passport number is [[ID_NUMBER:B03318724]] and she will be travelling with me to [[LOCATION:Toronto]] on [[DATE_TIME:20 December]].""",
    """Last seen on [[DATE_TIME:Sunday 3 March around 7 pm]] near [[ADDRESS:88 Riverside Drive]], [[PERSON:Jamie Fortescue]], [[AGE:15]], was wearing a navy hoodie; anyone with information should call police on 101.""",
    """The council's letter to [[TITLE:Mr.]] and [[PERSON:Mrs. Abiodun]] confirmed that the council tax for [[ADDRESS:4 Wren Close]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK7 8BX]], would be reduced from [[DATE_TIME:1 April]].""",
    """[[PERSON:Parisa Hosseini]], a [[NRP:Baháʼí]] refugee from [[LOCATION:Shiraz]], now teaches Persian at a community centre in [[LOCATION:Hamilton]] and can be reached at [[PHONE_NUMBER:905-521-4470]].""",
    """Please post the signed lease back to me, [[PERSON:Callum Fraser]], at [[ADDRESS:PO Box 318]], [[LOCATION:Alice Springs]] [[LOCATION:NT]] [[ZIP_CODE:0871]], or scan it to [[EMAIL_ADDRESS:callumfraser@bigpond.com]].""",
    """The gaming platform suspended the account [[USERNAME:DragonSlayer_Wiremu]] after its owner, [[PERSON:Wiremu Tipene]], reported that someone had logged in from [[IP_ADDRESS:203.86.204.17]] and changed the password.""",
    """Yesterday the dental practice in [[LOCATION:Harare]] called [[PERSON:Tendai Chikore]] to say his bridge had arrived and that he could come in on [[DATE_TIME:Tuesday 4 June at 9]].""",
]

TABLE = [
    """patient_no,name,dob,phone,last_visit,recall_type
[[ID_NUMBER:D-1041]],[[PERSON:Olivia Brennan]],[[DATE_TIME:1987-03-14]],[[PHONE_NUMBER:0412 339 027]],[[DATE_TIME:2024-01-09]],6m hygiene
[[ID_NUMBER:D-1187]],[[PERSON:Tuan Nguyen]],[[DATE_TIME:1972-11-30]],[[PHONE_NUMBER:0433 870 512]],[[DATE_TIME:2023-12-18]],12m exam
[[ID_NUMBER:D-1230]],[[PERSON:Harpreet Kaur Sandhu]],[[DATE_TIME:2003-06-02]],[[PHONE_NUMBER:0401 662 948]],[[DATE_TIME:2024-02-27]],ortho review""",
    """emp_id\tfull_name\temail\tdept\tstart_date\tsite
[[ID_NUMBER:40117]]\t[[PERSON:Greta Lindahl]]\t[[EMAIL_ADDRESS:greta.lindahl@northwind-logistics.com]]\tFinance\t[[DATE_TIME:2019-08-12]]\t[[LOCATION:Malmö]]
[[ID_NUMBER:40302]]\t[[PERSON:Babajide Ogundipe]]\t[[EMAIL_ADDRESS:babajide.ogundipe@northwind-logistics.com]]\tOps\t[[DATE_TIME:2021-01-04]]\t[[LOCATION:Rotterdam]]
[[ID_NUMBER:40455]]\t[[PERSON:Camille Roux]]\t[[EMAIL_ADDRESS:camille.roux@northwind-logistics.com]]\tIT\t[[DATE_TIME:2023-05-22]]\t[[LOCATION:Lyon]]""",
    """| Customer | City | Phone | Card (last 4) | Points |
|---|---|---|---|---|
| [[PERSON:Deepa Raman]] | [[LOCATION:Coimbatore]] | [[PHONE_NUMBER:+91 90030 41872]] | 4471 | 1,240 |
| [[PERSON:Joseph Mathew]] | [[LOCATION:Kochi]] | [[PHONE_NUMBER:+91 94470 88213]] | 0925 | 380 |
| [[PERSON:Fathima Beevi]] | [[LOCATION:Kozhikode]] | [[PHONE_NUMBER:+91 85890 20177]] | 6610 | 2,905 |
| [[PERSON:Arjun Nambiar]] | [[LOCATION:Thrissur]] | [[PHONE_NUMBER:+91 70124 55390]] | 3308 | 75 |""",
    """PICK-UP LIST  Riverside Pharmacy                  
NAME                  DOB         RX#       ITEMS  BIN
[[PERSON:ABERNETHY, COLIN]]      [[DATE_TIME:04/11/1951]]  7710452   3      A12
[[PERSON:DA SILVA, MARIANA]]     [[DATE_TIME:22/07/1988]]  7710518   1      B03
[[PERSON:OKEKE, CHIOMA]]         [[DATE_TIME:15/01/1995]]  7710533   2      B07
[[PERSON:WOJCIK, PIOTR]]         [[DATE_TIME:30/09/1963]]  7710601   4      C01""",
    """{"uid": 1001, "username": "[[USERNAME:moana_k]]", "email": "[[EMAIL_ADDRESS:moana.kealoha@gmail.com]]", "signup_ip": "[[IP_ADDRESS:66.8.171.204]]", "plan": "pro"}
{"uid": 1002, "username": "[[USERNAME:tjbuckley]]", "email": "[[EMAIL_ADDRESS:tj.buckley@me.com]]", "signup_ip": "[[IP_ADDRESS:98.207.33.12]]", "plan": "free"}
{"uid": 1003, "username": "[[USERNAME:lena.v]]", "email": "[[EMAIL_ADDRESS:lena.vogel@web.de]]", "signup_ip": "[[IP_ADDRESS:2001:16b8:2d41:a300:8d2f:1e4:9b07:c55e]]", "plan": "team"}""",
    """contacts:
  - name: [[PERSON:Aroha Parata]]
    relation: sister
    mobile: "[[PHONE_NUMBER:022 316 4480]]"
    city: [[LOCATION:Rotorua]]
  - name: [[PERSON:Hemi Walker]]
    relation: neighbour
    mobile: "[[PHONE_NUMBER:027 509 1138]]"
    city: [[LOCATION:Rotorua]]
  - name: Te Ngae Medical Centre
    relation: GP
    phone: "07 348 1000"
    city: [[LOCATION:Rotorua]]""",
    """Name: [[PERSON:Ebony-Rose Whitlock]]
Preferred name: [[PERSON:Ebs]]
Date of birth: [[DATE_TIME:27 Sep 1998]]
Mobile: [[PHONE_NUMBER:0421 883 106]]
Email: [[EMAIL_ADDRESS:ebs.whitlock@hotmail.com]]
Address: [[ADDRESS:14 Jacaranda Street]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]]
Membership: Gold (auto-renew)
Medicare: [[ID_NUMBER:4120 88650 2]]
Emergency contact: [[PERSON:Darren Whitlock]] (father) [[PHONE_NUMBER:07 4632 9018]]""",
    """"guest","room","passport","nationality","check_in","nights"
"[[PERSON:Matteo Bianchi]]","412","[[ID_NUMBER:YA4471920]]","[[NRP:Italian]]","[[DATE_TIME:2024-06-03]]","4"
"[[PERSON:Ingeborg Haugen]]","415","[[ID_NUMBER:FN8830215]]","[[NRP:Norwegian]]","[[DATE_TIME:2024-06-03]]","2"
"[[PERSON:Kenta Morishita]]","508","[[ID_NUMBER:TZ1184072]]","[[NRP:Japanese]]","[[DATE_TIME:2024-06-04]]","6"
""",
    """სახელი,გვარი,პირადი ნომერი,ტელეფონი,ქალაქი,ვიზიტის თარიღი
[[PERSON:მარიამ]],[[PERSON:ჯავახიშვილი]],[[ID_NUMBER:01024056781]],[[PHONE_NUMBER:599 20 14 76]],[[LOCATION:თბილისი]],[[DATE_TIME:12.02.2024]]
[[PERSON:ირაკლი]],[[PERSON:ხუციშვილი]],[[ID_NUMBER:33001087425]],[[PHONE_NUMBER:557 91 03 38]],[[LOCATION:გორი]],[[DATE_TIME:14.02.2024]]
[[PERSON:ქეთევან]],[[PERSON:ლორთქიფანიძე]],[[ID_NUMBER:18001043390]],[[PHONE_NUMBER:571 44 86 20]],[[LOCATION:ზუგდიდი]],[[DATE_TIME:19.02.2024]]""",
    """Asset tag | Assigned to | Login | Laptop IP | MAC | Model
LT-2291 | [[PERSON:Nomvula Sithole]] | [[USERNAME:nsithole]] | [[IP_ADDRESS:10.20.4.118]] | 8c:16:45:2a:9f:01 | ThinkPad T14 Gen 3
LT-2292 | [[PERSON:Pieter van der Merwe]] | [[USERNAME:pvdmerwe]] | [[IP_ADDRESS:10.20.4.131]] | 8c:16:45:2a:9f:44 | ThinkPad T14 Gen 3
LT-2307 | [[PERSON:Ayanda Zulu]] | [[USERNAME:azulu]] | [[IP_ADDRESS:10.20.5.7]] | f4:5c:89:b0:12:ce | MacBook Air M2""",
    """Class 5R - emergency contacts (updated Sept)
Pupil               Age  Parent/carer           Phone
[[PERSON:Amelia Hughes]]       [[AGE:9]]    [[PERSON:Sarah Hughes]]           [[PHONE_NUMBER:07700 340 812]]
[[PERSON:Yusuf Rahman]]        [[AGE:10]]   [[PERSON:Nazia Rahman]]           [[PHONE_NUMBER:07412 559 036]]
[[PERSON:Leo Kowalski]]        [[AGE:9]]    [[PERSON:Marta Kowalska]]         [[PHONE_NUMBER:07957 118 443]]
[[PERSON:Grace Adjei]]         [[AGE:10]]   [[PERSON:Kwame Adjei]]            [[PHONE_NUMBER:07385 902 671]]""",
    """payee_name;iban;amount_eur;reference
[[PERSON:Anke Hoffmann]];[[IBAN_CODE:DE22 4306 0967 1128 9453 01]];1250.00;Honorar Mai
[[PERSON:Jeroen Bakker]];[[IBAN_CODE:NL28 RABO 0318 7255 46]];830.50;Invoice 2024-117
[[PERSON:Siobhan Kearney]];[[IBAN_CODE:IE95BOFI90117437652901]];415.00;Expenses Q2
[[PERSON:Mathias Gruber]];[[IBAN_CODE:AT163200000017493260]];2100.00;Consulting""",
    """| # | Member | Joined | Date of birth | Membership no. | Class |
|---|--------|--------|---------------|----------------|-------|
| 1 | [[PERSON:Tane Rangihuna]] | [[DATE_TIME:03/02/2022]] | [[DATE_TIME:19/11/1990]] | [[ID_NUMBER:FIT-00412]] | Spin |
| 2 | [[PERSON:Li Na Chen]] | [[DATE_TIME:17/08/2023]] | [[DATE_TIME:02/04/1985]] | [[ID_NUMBER:FIT-00977]] | Pilates |
| 3 | [[PERSON:Sam O'Rourke]] | [[DATE_TIME:09/01/2024]] | [[DATE_TIME:28/06/2001]] | [[ID_NUMBER:FIT-01203]] | HIIT |""",
    """{"ts":"[[DATE_TIME:2024-03-02T08:14:55Z]]","user":"[[EMAIL_ADDRESS:a.moreau@cabinet-moreau.fr]]","action":"login","ip":"[[IP_ADDRESS:90.112.48.201]]","ok":true}
{"ts":"[[DATE_TIME:2024-03-02T08:15:40Z]]","user":"[[EMAIL_ADDRESS:a.moreau@cabinet-moreau.fr]]","action":"export_clients","ip":"[[IP_ADDRESS:90.112.48.201]]","ok":true}
{"ts":"[[DATE_TIME:2024-03-02T09:02:11Z]]","user":"[[EMAIL_ADDRESS:j.lefevre@cabinet-moreau.fr]]","action":"login","ip":"[[IP_ADDRESS:176.143.9.66]]","ok":false}""",
    """Անուն Ազգանուն | Ծննդյան ամսաթիվ | Հեռախոս | Քաղաք | Բաժին
[[PERSON:Անի Պետրոսյան]] | [[DATE_TIME:03.11.1990]] | [[PHONE_NUMBER:+374 91 23 45 67]] | [[LOCATION:Երևան]] | Հաշվապահություն
[[PERSON:Գոռ Մելքոնյան]] | [[DATE_TIME:17.05.1986]] | [[PHONE_NUMBER:+374 77 40 18 92]] | [[LOCATION:Աբովյան]] | ՏՏ
[[PERSON:Շուշան Զաքարյան]] | [[DATE_TIME:29.01.1995]] | [[PHONE_NUMBER:+374 93 55 71 04]] | [[LOCATION:Վանաձոր]] | Վաճառք""",
    """claim_ref   policyholder          incident_date  postcode  status
CLM-88120   [[PERSON:Mr. R. Achebe]]          [[DATE_TIME:2024-02-11]]     [[ZIP_CODE:M14 5TP]]   open
CLM-88133   [[PERSON:Ms. Orla Kinsella]]      [[DATE_TIME:2024-02-13]]     [[ZIP_CODE:BT7 1NN]]   paid
CLM-88151   [[PERSON:Mr. Gurpreet Bains]]     [[DATE_TIME:2024-02-19]]     [[ZIP_CODE:UB1 3AD]]   referred
CLM-88167   [[PERSON:Dr. Helen Marsh]]        [[DATE_TIME:2024-02-20]]     [[ZIP_CODE:EX4 4QJ]]   open""",
    """Attendee,Company,Job title,Email,Dietary
[[PERSON:Marisa Oyelaran-Kent]],Helix Bio,Head of Regulatory,[[EMAIL_ADDRESS:marisa.ok@helixbio.com]],vegetarian
[[PERSON:Dev Anand Kulkarni]],Orbital Freight,CTO,[[EMAIL_ADDRESS:dev.kulkarni@orbitalfreight.in]],none
[[PERSON:Ruth Abebe]],Addis Coffee Traders,Founder,[[EMAIL_ADDRESS:ruth@addiscoffeetraders.com]],halal
[[PERSON:Owen Gallacher]],Self-employed,Consultant,[[EMAIL_ADDRESS:owen.gallacher@gmail.com]],nut allergy""",
    """rx_no   patient            drug                      qty  refills  prescriber        filled
884120  [[PERSON:L. Okonkwo]]         amlodipine 10 mg          30   5        [[PERSON:Dr. S. Greenberg]]   [[DATE_TIME:05/02/2024]]
884133  [[PERSON:M. Rosales]]         levothyroxine 75 mcg      90   3        [[PERSON:Dr. A. Farouk]]      [[DATE_TIME:05/02/2024]]
884140  [[PERSON:T. Haddad]]          metformin ER 500 mg       60   11       [[PERSON:Dr. S. Greenberg]]   [[DATE_TIME:05/03/2024]]
884152  [[PERSON:J. Whitcombe-Ellis]] sumatriptan 50 mg         9    1        [[PERSON:Dr. K. Oduya]]       [[DATE_TIME:05/03/2024]]""",
    """plate,make,owner,owner_phone,permit_zone,expires
[[ID_NUMBER:7KLM482]],Toyota Prius,[[PERSON:Angela Whitfield]],[[PHONE_NUMBER:(916) 448-2207]],B,2025-03-31
[[ID_NUMBER:8BNR113]],Honda Civic,[[PERSON:Luis Arellano]],[[PHONE_NUMBER:(916) 730-5581]],B,2024-12-31
[[ID_NUMBER:6XTE905]],Ford F-150,[[PERSON:Darnell Hughes]],[[PHONE_NUMBER:(530) 204-9163]],C,2025-06-30""",
    """- id: 1
  student: [[PERSON:Aditi Rao]]
  student_no: "[[ID_NUMBER:S2310448]]"
  dob: [[DATE_TIME:2005-09-14]]
  programme: BSc Pharmacy
  email: [[EMAIL_ADDRESS:aditi.rao@student.ucc.ie]]
- id: 2
  student: [[PERSON:Conor McBride]]
  student_no: "[[ID_NUMBER:S2310512]]"
  dob: [[DATE_TIME:2004-12-01]]
  programme: BSc Pharmacy
  email: [[EMAIL_ADDRESS:conor.mcbride@student.ucc.ie]]
- id: 3
  student: [[PERSON:Wiktoria Zielińska]]
  student_no: "[[ID_NUMBER:S2310697]]"
  dob: [[DATE_TIME:2005-03-22]]
  programme: BDS Dentistry
  email: [[EMAIL_ADDRESS:wiktoria.zielinska@student.ucc.ie]]""",
    """Ticket   Opened      Requester            Contact                   Category     SLA
INC0412  09:14       [[PERSON:Bongani Mthembu]]      [[PHONE_NUMBER:+27 82 917 3304]]           Password     4h
INC0413  09:31       [[PERSON:Leah Goldstein]]       [[EMAIL_ADDRESS:leah.goldstein@gmail.com]]  Billing      8h
INC0414  10:02       [[PERSON:Rui Costa]]            [[PHONE_NUMBER:+351 936 114 208]]          Shipping     8h
INC0415  10:45       [[USERNAME:kiwi_dave77]]          (in-app chat)             Account      4h""",
    """donor,town,county,gift_eur,gift_aid,anonymous
[[PERSON:Bridget Moran]],[[LOCATION:Castlebar]],[[LOCATION:Mayo]],50,no,no
[[PERSON:Eamon Gately]],[[LOCATION:Ballina]],[[LOCATION:Mayo]],200,no,no
[[PERSON:Aoife Nolan]],[[LOCATION:Tuam]],[[LOCATION:Galway]],25,no,yes
(anonymous),,,500,no,yes""",
    """Patient              Exam date    SPH(R)  CYL(R)  SPH(L)  CYL(L)  ADD   Optom
[[PERSON:Rangi Horomona]]       [[DATE_TIME:04-03-2024]]   -1.25   -0.50   -1.00   -0.75   +2.00 [[PERSON:RK]]
[[PERSON:Elspeth Munro]]        [[DATE_TIME:04-03-2024]]   +2.75   -0.25   +3.00   DS      +2.50 [[PERSON:RK]]
[[PERSON:Farida Begum]]         [[DATE_TIME:05-03-2024]]   -4.50   -1.25   -4.25   -1.00   n/a   [[PERSON:JT]]""",
    """anun;azganun;heraxos;hasce;tariq
[[PERSON:Vardan]];[[PERSON:Harutyunyan]];[[PHONE_NUMBER:093 47 12 80]];[[ADDRESS:Sayat-Nova 19, bn. 5]], [[LOCATION:Yerevan]];[[AGE:44]]
[[PERSON:Narek]];[[PERSON:Simonyan]];[[PHONE_NUMBER:077 31 90 26]];[[ADDRESS:Shahumyan 7]], [[LOCATION:Kapan]];[[AGE:29]]
[[PERSON:Anush]];[[PERSON:Karapetyan]];[[PHONE_NUMBER:055 66 02 41]];[[ADDRESS:Abovyan 112]], [[LOCATION:Gyumri]];[[AGE:61]]""",
    """Tenant ledger - [[ADDRESS:18 Hollins Court]] (6 units)
Unit  Tenant                 Lease start   Rent    Bank account
1     [[PERSON:Kerry-Ann Mitchell]]     [[DATE_TIME:01/03/2023]]    850     [[ID_NUMBER:31827744]]
2     [[PERSON:Dariusz Lewandowski]]    [[DATE_TIME:15/07/2022]]    875     [[ID_NUMBER:60221905]]
3     (vacant)               -             -       -
4     [[PERSON:Femi Adebayo]]           [[DATE_TIME:01/11/2023]]    900     [[ID_NUMBER:44190376]]""",
    """first,last,email,phone,zip,newsletter
[[PERSON:mia]],[[PERSON:rodriguez]],[[EMAIL_ADDRESS:miarodz@gmail.com]],[[PHONE_NUMBER:3055519932]],[[ZIP_CODE:33176]],y
[[PERSON:KEVIN]],[[PERSON:O'NEIL]],[[EMAIL_ADDRESS:KONEIL@AOL.COM]],[[PHONE_NUMBER:786-555-4410]],[[ZIP_CODE:33156]],n
[[PERSON:Thi Hoa]],[[PERSON:Pham]],[[EMAIL_ADDRESS:hoapham.fl@yahoo.com]],[[PHONE_NUMBER:(954) 338-1207]],[[ZIP_CODE:33024]],y""",
    """| Employee | SSN | Hire date | State | W-4 status |
| --- | --- | --- | --- | --- |
| [[PERSON:Brianna Koenig]] | [[US_SSN:401-38-2275]] | [[DATE_TIME:Mar 4, 2024]] | [[LOCATION:WI]] | Single |
| [[PERSON:Marcus Lee]] | [[US_SSN:519-06-8843]] | [[DATE_TIME:Jan 16, 2023]] | [[LOCATION:MN]] | Married |
| [[PERSON:Yesenia Orozco]] | [[US_SSN:628-71-0094]] | [[DATE_TIME:Aug 28, 2023]] | [[LOCATION:IL]] | Head of household |""",
    """[volunteer.1]
name = [[PERSON:Hamish Robertson]]
phone = [[PHONE_NUMBER:0131 496 0374]]
shift = Saturday AM
[volunteer.2]
name = [[PERSON:Priya Venkatesh]]
phone = [[PHONE_NUMBER:07700 900 418]]
shift = Saturday PM
[volunteer.3]
name = [[PERSON:Callum Ross]]
phone = [[PHONE_NUMBER:07855 212 093]]
shift = Sunday""",
    """Flight GA 714 JED-CGK  manifest (extract)
SEQ  SURNAME/GIVEN              PASSPORT    NAT  DOB
001  [[PERSON:HARAHAP/AHMAD FAUZI]]        [[ID_NUMBER:C4418290]]    [[NRP:IDN]]  [[DATE_TIME:14MAR71]]
002  [[PERSON:HARAHAP/SITI AMINAH]]        [[ID_NUMBER:C4418291]]    [[NRP:IDN]]  [[DATE_TIME:02JUN74]]
003  [[PERSON:NASUTION/RIZKY]]             [[ID_NUMBER:X2107745]]    [[NRP:IDN]]  [[DATE_TIME:30DEC99]]""",
    """Wedding RSVPs (as of Friday)
Guest(s)                        Attending  Meal       Table
Auntie [[PERSON:Folasade]] + Uncle [[PERSON:Bayo]]    yes        jollof     4
[[PERSON:Chidi]] & [[PERSON:Amara Nwosu]]             yes        veg        7
[[PERSON:Ms. Patience Arthur]]             no         -          -
[[PERSON:Ikenna]] (+1 tbc)                 maybe      fish       7""",
    """customer_id\tname\tdate_of_birth\tnational_id\tmobile\tbranch
[[ID_NUMBER:KE-220184]]\t[[PERSON:Wanjiku Kamau]]\t[[DATE_TIME:1989-07-21]]\t[[ID_NUMBER:27830419]]\t[[PHONE_NUMBER:+254 722 610 884]]\t[[LOCATION:Thika]]
[[ID_NUMBER:KE-220197]]\t[[PERSON:Hassan Abdi Farah]]\t[[DATE_TIME:1992-01-05]]\t[[ID_NUMBER:30114782]]\t[[PHONE_NUMBER:+254 711 203 557]]\t[[LOCATION:Garissa]]
[[ID_NUMBER:KE-220203]]\t[[PERSON:Otieno Okoth]]\t[[DATE_TIME:1978-10-30]]\t[[ID_NUMBER:12067431]]\t[[PHONE_NUMBER:+254 733 948 016]]\t[[LOCATION:Kisumu]]""",
    """appointment,time,patient,procedure,chair,notes
"[[DATE_TIME:Mon 10 Jun]]",08:30,[[PERSON:G. Sutherland]],scale & polish,1,nervous
"[[DATE_TIME:Mon 10 Jun]]",09:15,[[PERSON:Pavel Novak]],crown fit UL6,2,
"[[DATE_TIME:Mon 10 Jun]]",10:00,[[PERSON:Zara Ahmed]],new patient exam,1,bring x-rays from previous dentist
"[[DATE_TIME:Mon 10 Jun]]",11:30,[[PERSON:Ruby Tait]],fissure sealants,3,age [[AGE:7]] - mum attending""",
    """{"name": "[[PERSON:Nikhil Joshi]]", "aadhaar": "[[ID_NUMBER:4190 6237 7657]]", "mobile": "[[PHONE_NUMBER:+91 98230 47115]]", "city": "[[LOCATION:Nagpur]]", "kyc": "verified"}
{"name": "[[PERSON:Pooja Bhatt]]", "aadhaar": null, "mobile": "[[PHONE_NUMBER:+91 99250 61308]]", "city": "[[LOCATION:Vadodara]]", "kyc": "pending"}""",
    """Borrower           Loan no.    Card on file              Phone            Branch
[[PERSON:Olga Sokolova]]      L-551203    [[CREDIT_CARD:4546 1732 0981 5776]]       [[PHONE_NUMBER:(347) 210-8841]]   [[LOCATION:Brighton Beach]]
[[PERSON:Yaw Boateng]]        L-551219    [[CREDIT_CARD:5310 2984 7716 3020]]       [[PHONE_NUMBER:(718) 602-3395]]   [[LOCATION:Flatbush]]
[[PERSON:Carmen Delgado]]     L-551240    [[CREDIT_CARD:6011 7354 8820 1695]]       [[PHONE_NUMBER:(929) 445-0172]]   [[LOCATION:Bushwick]]""",
    """Customer: [[PERSON:Nnamdi Okafor]]
Account no.: [[ID_NUMBER:0056612093]]
BVN: [[ID_NUMBER:22419077351]]
Phone: [[PHONE_NUMBER:0806 224 7719]]
Branch: [[LOCATION:Enugu]]
Account type: Savings
Opened: 2016
Status: Active""",
]

CHAT = [
    """[10:02] Agent ([[PERSON:Shauna]]): Hi, you're chatting with [[PERSON:Shauna]] at MedExpress Pharmacy. How can I help?
[10:02] You: hi, my repeat prescription hasn't arrived. name is [[PERSON:Bilal Chaudhry]], dob [[DATE_TIME:03/08/1979]]
[10:03] Agent ([[PERSON:Shauna]]): Thanks [[PERSON:Bilal]]. Can you confirm the postcode on the account?
[10:03] You: [[ZIP_CODE:BD8 7QT]]
[10:04] Agent ([[PERSON:Shauna]]): It was dispatched yesterday with Royal Mail, tracking JD014600005512345678, to [[ADDRESS:62 Toller Lane]]. Is that still right?
[10:05] You: yes. can you text updates to [[PHONE_NUMBER:07723 418 550]] instead of my old number
[10:05] Agent ([[PERSON:Shauna]]): Done, your mobile is updated. Anything else?
[10:06] You: no thats all ta""",
    """Mum: Has anyone got Nan's new address for the card?
[[PERSON:Kieran]]: [[ADDRESS:Flat 3, 9 Abbey Mews]], [[LOCATION:Kilkenny]] [[ZIP_CODE:R95 E2W4]]
Mum: thanks love. And her birthday is the 18th yeah?
[[PERSON:Siobhan]]: [[DATE_TIME:18th of April]], she'll be [[AGE:90]]!!
[[PERSON:Kieran]]: her landline changed too, its [[PHONE_NUMBER:056 772 1093]]
[[PERSON:Siobhan]]: and [[PERSON:Declan]] says he'll drive her to the optician on [[DATE_TIME:Tuesday the 23rd]]""",
    """#ops-oncall
[[USERNAME:priya.s]]  09:12  @[[USERNAME:dmitri.k]] the db alert is from [[IP_ADDRESS:10.0.3.47]] again
[[USERNAME:dmitri.k]]  09:13  on it. fyi I'm out [[DATE_TIME:22-26 July]], [[PERSON:Aisha]] is covering
[[USERNAME:aisha.b]]  09:15  👍 my mobile is [[PHONE_NUMBER:+44 7700 900 612]] if anything pages overnight
[[USERNAME:priya.s]]  09:16  thanks [[PERSON:Aisha]]! also [[PERSON:Tom]] from the vendor side is [[EMAIL_ADDRESS:tom.harlow@kestrelcloud.io]] if we need to escalate""",
    """[[PERSON:Giorgi]]: gamarjoba, satvalis shekveta ra etapzea? sakheli [[PERSON:Giorgi Beridze]]
Optika "Mzera": gamarjobat! shekvetis nomeri mitkharit?
[[PERSON:Giorgi]]: 4471-B. tel [[PHONE_NUMBER:599 08 31 56]]
Optika "Mzera": linzebi movida, satvale mzad iqneba [[DATE_TIME:paraskevs, 14 ivnisi]]. mogvakitkhet [[ADDRESS:Kostavas 23]]-shi
[[PERSON:Giorgi]]: didi madloba!""",
    """Landlord ([[PERSON:Trevor]]): Hi [[PERSON:Kemi]], just confirming the plumber is coming [[DATE_TIME:Thursday 16th between 8 and 12]]
Me: ok thanks. will he need a key? I'm at work
Landlord ([[PERSON:Trevor]]): Yes can you leave it with [[PERSON:Mrs Patel]] at [[ADDRESS:14 Grove Road]]
Me: sure. also the rent this month will come from my new account, [[ID_NUMBER:55209174]], in case it looks different
Landlord ([[PERSON:Trevor]]): no problem""",
    """Bright Dental (Messenger)
Bright Dental: Hi! Thanks for messaging Bright Dental. What can we do for you?
[[PERSON:Layla Hassan]]: hi, can I book my son in for a check up? He's [[AGE:11]], name [[PERSON:Adam Hassan]], dob [[DATE_TIME:02/09/2012]]
Bright Dental: Of course! We have [[DATE_TIME:Wed 24 July at 3.45pm]] or [[DATE_TIME:Fri 26 July at 9am]]
[[PERSON:Layla Hassan]]: wednesday please
Bright Dental: Booked! Could you send a contact number and email for reminders?
[[PERSON:Layla Hassan]]: [[PHONE_NUMBER:07402 195 338]], [[EMAIL_ADDRESS:layla.hassan.home@gmail.com]]""",
    """Support chat - NorthBank
Agent [[PERSON:Marcus]]: To verify you, please confirm your full name, date of birth and the last 4 digits of your card.
Customer: [[PERSON:Andrea Costa Ribeiro]], [[DATE_TIME:14 Jan 1983]], 8734
Agent [[PERSON:Marcus]]: Thank you [[PERSON:Ms Costa Ribeiro]]. I can see the disputed payment of GBP 212.99. Can you confirm your address?
Customer: [[ADDRESS:27 Pembroke Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS8 3BA]]
Agent [[PERSON:Marcus]]: Perfect. A replacement card will arrive in 3-5 working days. Your refund will go to [[IBAN_CODE:GB38 CLYD 8211 4470 9132 65]].""",
    """Courier app chat
Driver ([[PERSON:Emeka]]): I'm outside, which gate?
[[PERSON:Rutendo]]: side gate, [[ADDRESS:House 14, Borrowdale Close]]. the dog is friendly
Driver ([[PERSON:Emeka]]): ok. need your full name for the signature, it's a pharmacy parcel
[[PERSON:Rutendo]]: [[PERSON:Rutendo Chigumba]]
Driver ([[PERSON:Emeka]]): thanks [[PERSON:Rutendo]], left with you at the gate""",
]

LOOKALIKE = [
    """Release 4.12.0.7 of the dispensing-robot firmware went out to 214 pharmacies overnight. Build hash 3f9a1c07e5b2d4480c16a9f7e2b3d5c8a1f04e92, package UUID 6f1d2c3a-8b47-4e9a-b0c1-27d5e8f39a44. Units with serial DR-2210-0047 through DR-2210-0391 need the 10.4.2.1 bootloader first. Known issues: tickets INC-448120 and INC-448133 (label printer timeouts on Parkinson's and Alzheimer's blister templates). Support line 1-800-555-0176, support@rxautomate.example, weekdays 8-6. Order refs for the replacement rollers: PO-2024-00731, SKU RLR-44-BLK, qty 12.""",
    """Hi team, the three pallets for the [[LOCATION:Dublin]] store (invoice INV-7731-0042, tracking 1Z 999 AA1 01 2345 6784, container MSKU 447120 3) were short by two cartons of ISBN 978-0-9946687-1-4 and one of ISBN 978-1-86197-271-2. The courier's depot is on O'Connell Street and their switchboard is 01 555 0142. Please call the customer who pre-ordered, [[PERSON:Declan Furlong]], on [[PHONE_NUMBER:086 314 2297]] to say his copy will be a week late. Batch code B24-0612-07, pallet IDs 00 3920 4471 55, 00 3920 4471 56.""",
    """STOCK NOTICE - optical lab. Lens blanks lot 24-118-A (1.60 index, base 4) and lot 24-121-C recalled by the supplier; see FSN 2024/0447. Affected jobs: J-88120 to J-88162. Frames model 52-18-145 "Hepburn" and "Lennon" round are back in stock. Lab phone 0161 555 0198, orders@clearsightlab.example. The sample Rx on the poster (SPH -2.25 CYL -0.75 AXIS 180, PD 63) is not a patient's. For the two jobs on hold call the dispensing optician, [[PERSON:Mehreen Akhtar]], at [[EMAIL_ADDRESS:mehreen.akhtar@gmail.com]].""",
    """CHANGELOG v2.7.3 (2024-06-11): fixed crash when parsing four-part version strings like 1.10.200.3 and 4.0.0.12; MAC-looking build IDs (e.g. 00:1A:2B:3C:4D:5E is the test fixture, not a device) are now rejected; patient numbers in demo data were replaced by PAT-0000-TEST. Card field now accepts the Stripe test number only in staging. Reported by [[USERNAME:h_okafor]] ([[EMAIL_ADDRESS:hauwa.okafor@outlook.com]]) in issue #1182; thanks also to the QA bot. Checksum: md5 9e107d9d372bb6826bd81d3542a419d6.""",
    """This month's book club picks (in store at our Nelson Mandela Boulevard shop and its sister shop, the Darwin Room): "The Quiet Harbour", ISBN 9780553804577, RRP 18.99; "Salt and Cedar", ISBN 978-0-14-311326-3, RRP 12.50. Our Graham Street branch is closed for refurbishment until further notice; call 020 7946 0321 or email events@inkwellbooks.example. Raffle ticket 0047-2291 wins a signed copy: congratulations to [[PERSON:Olamide Fashola]] of [[LOCATION:Peckham]]! Loyalty scheme terms, section 4.2.1, apply.""",
    """Հաշիվ-ապրանքագիր № 0047/24, պատվեր № ՊՏ-118-44։ Մատակարար՝ «Արարատ Ֆարմ» ՍՊԸ, ՀՎՀՀ 02571934, հեռ.՝ 010 55 12 00, info@araratpharm.example։ Պահեստը գտնվում է Մաշտոցի պողոտայում։ Ապրանք՝ պարացետամոլ 500 մգ, խմբաքանակ 2406-17, պիտանի է մինչև 11.2026։ Կոնտակտային անձ՝ [[PERSON:Արմինե Թովմասյան]]։""",
    """Your claim CLM-2024-55810 (policy HX-77120-Q) for the dental treatment on [[DATE_TIME:3 May 2024]] has been approved. Patient: [[PERSON:Ms. Adwoa Mensah-Bonsu]], date of birth [[DATE_TIME:21/08/1991]]. Benefit paid: GBP 186.40, payment reference PAY-0099127, to the account ending 4471. The treating practice, Baker Street Dental (practice code 40-1127), has been notified. Queries: 0345 555 0160 or claims@healthshield.example, quoting your claim number.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind106", STYLES, OUT)


if __name__ == "__main__":
    main()

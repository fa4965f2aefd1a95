"""Build tests/data/blind108.jsonl: a *blind*, hand-written labeled PII set (table-heavy).

    .venv/bin/python tests/data/make_blind108.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its module docstring with the labeling
conventions and style descriptions, its import lines, and, because line 121
is the first line of its record list, that one record), the tail of
make_blind22.py from `STYLES = {` to the end (its STYLES dict and main(),
copied here as scaffolding), gold_sets.py (whole file), and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`). Not read: minimize/, recognizers/, the tests other than those
lines, bench/, the README, any *.jsonl, any other make_*.py, git history,
log or status, and nothing under /tmp. The detector, the bench and the
tests were never run. Do not tune the detector against this set: once it
has been used to tune, it no longer measures anything; write a new set
instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (`gold_sets.check`
re-checks both). National ids with a public check digit (Aadhaar with its
Verhoeff digit, NHS number, Canadian SIN, South African ID, Singapore
NRIC / FIN, Australian TFN and Medicare number, Irish PPSN, Dutch BSN,
Brazilian CPF, Spanish DNI, Saudi iqama, Kuwaiti civil id, US NPI) were
given a valid one, and so were the Singapore plates (checksum letter) and
the ISBN-13 look-alikes; the check digits were worked out by throwaway
code run by hand while writing (only the check digit was computed; the
rest of each number was chosen by hand), not generated here. The South African ids agree with the person's
sex and birth date where those show. Not checked (no public check digit, or
none used): US SSNs, UK NI numbers, PAN, ABHA numbers, voter ids, UHIDs,
MRNs, Nigerian NIN and BVN, Kenyan ids and KRA PINs, Ghana card, Pakistani
CNIC, Qatari QID, Omani resident card, Philippine SSS, TIN, PhilHealth,
Pag-IBIG and UMID numbers, Medicare MBIs, passports, licences, other
plates, bank account, staff, student, member, donor and voter numbers.

Styles (ids `blind108-<style>-NNN`; 240 records), chosen to look like what
an outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Ireland, Canada, Australia, New Zealand, India, Singapore,
the Philippines, Nigeria, Ghana, Kenya, South Africa, Pakistan and the
Gulf, a few from Europe, Japan and Brazil, with names from the many
cultures living there); the rest (26) are in Malayalam, Telugu and
Kannada, some in native script and some romanized, spread over the styles
(gen 11, bench 7, table 5, chat 2, lookalike 1). Hospitals, diagnostic
labs and insurance claims administrators (TPAs) get extra weight in `gen`
and `bench` (a third or a little more of those records):
- `gen` (80): one to four sentences with personal data woven into prose,
  as a third-party LLM writes "realistic sentences with personal data";
  names at the start, middle and end, lowercase and possessive; ages,
  dates, addresses, phones and ids in many shapes.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd dense sentences with prefixes, names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents, cards with
  CVV and expiry, IBAN and BIC), gretel-pii-masking-en-v1 (domain
  documents: claims, contracts, medical and loan forms, notices) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML / config, code snippets,
  tickets and forms).
- `table` (60): one small table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks) with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice refs, SKUs, ISBNs, IP-shaped versions, hashes,
  serials, company phones, role mailboxes, eponyms, streets named after
  people with no number), the few real PII values labeled; one has no PII.

Labeling conventions (the same as make_blind22.py's; in short):
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" (or an Indian-language case or honorific
  suffix such as "-yude", "garu", "avara") is outside. TITLE: honorifics
  and ranks attached to a name (Mr, Dr., Smt., Adv., Fr., Alhaji, and
  native-script ones such as the Kannada, Telugu and Malayalam "Dr." and
  "Sri"), labeled apart; job titles are not TITLE; family words stay out.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names, Indian door numbers with their cross / main /
  road; city, district, named neighbourhood, county, state / province
  (also abbreviated) and country are LOCATION; postcodes and PIN codes are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, admission, discharge, appointment,
  sample collection, date of service or loss, start of a job, signature
  ...) with a day or month, in any shape and script; a weekday or clock
  time said with such a date is inside the span; not bare years, weekdays
  or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security / health ids (Aadhaar, PAN,
  ABHA, NHS, SIN ...), patient, UHID, MRN, staff, student, customer,
  member and insurance card numbers, bank account numbers, non-US
  passports and licences, voter ids, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys, genders, job titles, employers, user
  agents, MAC addresses, BIC / SWIFT, sort codes, IFSC and routing
  numbers, CVVs and expiries, PINs, order / ticket / claim / policy /
  booking / tracking references, company and hospital phone numbers, role
  mailboxes, versions, hashes, serials, partial numbers ("ending 4471"),
  pets, eponyms and brands named after people, header rows.
- Calls made while writing this set: in a table a "sex", "gender", "role",
  "dept", "status", "blood group" or "plan" column stays unlabeled, an
  "age" column is AGE, a "country" or "state" column is LOCATION and a
  "nationality" or "religion" column is NRP; an employer or hospital name
  is not labeled; a lab's sample / accession number and a TPA's claim or
  pre-auth reference are references (unlabeled) while the patient id,
  UHID and the insurance card / member id are ID_NUMBER; a policy number
  is unlabeled; a lab report's "reported" or "printed" timestamp is a
  document date (unlabeled) while "collected" and "registered" for the
  patient are DATE_TIME; a building number in its own field is ADDRESS and
  a secondary address ("Apt 4", "Flat 2B") is ADDRESS; a vehicle VIN is a
  serial (unlabeled) while a plate is ID_NUMBER; the speaker names in a
  chat are PERSON ("Mum", "Dad" stay out), and a clock time alone as a
  message stamp is not labeled; the timestamp leading a log line, an
  access-log stamp and a ticket's "opened" / "created" date are system or
  document dates (unlabeled), while a "last login" of a person's account
  and a "collected_at" field are DATE_TIME; an IP address of a user's
  device is IP_ADDRESS (a default gateway is not); a name written "Last,
  First" gives two PERSON spans; a post-nominal "Esq." is TITLE, degrees
  ("MD") are not; a city or neighbourhood naming a branch, site, camp or
  centre is LOCATION, and so is a state naming the issuer of a licence; a
  US state licence is US_DRIVER_LICENSE, a foreign one ID_NUMBER; a handle
  used as a display name is USERNAME; a doctor's or loan officer's
  registration number (NPI, MDC, MDCN, NMLS) is ID_NUMBER; a date of birth
  that is not a valid date ("31/02/1990") is still DATE_TIME.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind108.jsonl")

GEN = [
    """My father, [[PERSON:Ramesh Pillai]], was admitted to the cardiac ICU on [[DATE_TIME:3 February 2025]] and his UHID is [[ID_NUMBER:KMH-2204-88731]]. Please send the discharge summary to my email, [[EMAIL_ADDRESS:anjali.pillai84@gmail.com]], not to his.""",
    """hey it's [[PERSON:marcus]] again — the lab still hasn't released my thyroid results from [[DATE_TIME:March 14th]]. patient ID [[ID_NUMBER:QD-5581203]], DOB [[DATE_TIME:07/22/1979]]. call me at [[PHONE_NUMBER:312-608-4471]] if you need anything else""",
    """[[PERSON:Oluwaseun Adeyemi]] filed a claim for his wife's caesarean section in [[LOCATION:Lagos]], but the claims administrator flagged her enrollee number [[ID_NUMBER:HMO/LG/204471/02]] because the date of birth on file, [[DATE_TIME:11-09-1990]], does not match her ID card.""",
    """At [[AGE:67]], [[PERSON:Margaret O'Sullivan]] of [[ADDRESS:14 Ashgrove Terrace]], [[LOCATION:Clonakilty]], [[LOCATION:Co. Cork]] is the oldest volunteer at the community garden, and she still cycles there every morning.""",
    """Your sample for HbA1c was collected on [[DATE_TIME:Tue, 08 Apr 2025 07:42]] at our [[LOCATION:Whitefield]] centre. [[PERSON:Mr. Suresh Gowda]], please carry your Aadhaar card ([[ID_NUMBER:5612 0384 7727]]) when you come to collect the printed report.""",
    """[[PERSON:ലക്ഷ്മി മേനോൻ]] എന്ന [[AGE:54]] വയസ്സുള്ള രോഗിയെ [[DATE_TIME:2025 ജനുവരി 18]]-ന് [[LOCATION:തൃശ്ശൂർ]] ജില്ലാ ആശുപത്രിയിൽ പ്രവേശിപ്പിച്ചു. ബന്ധുക്കളെ ബന്ധപ്പെടേണ്ട നമ്പർ: [[PHONE_NUMBER:94470 55218]].""",
    """Naa peru [[PERSON:Srinivas Reddy]], naa claim inka settle avvaledu. Hospital lo [[DATE_TIME:12th June]] nunchi [[DATE_TIME:16th June]] varaku admit ayyanu, health card meeda member ID [[ID_NUMBER:MDA7731904526]] undi. Dayachesi [[PHONE_NUMBER:98490 31276]] ki call cheyyandi.""",
    """Please update the mailing address for account [[ID_NUMBER:00391847726]] to [[ADDRESS:Flat 4B, 22 Marine Parade]], [[LOCATION:Brighton]] [[ZIP_CODE:BN2 1TL]]. Thanks, [[PERSON:Hannah Whitcombe]]""",
    """[[PERSON:Aarav]]'s class teacher, [[PERSON:Ms. Delgado]], asked to meet us on [[DATE_TIME:Friday 9 May at 3:15 pm]] about his reading. His student number is [[ID_NUMBER:S-0047719]] and our home phone is [[PHONE_NUMBER:(602) 441-3098]].""",
    """New hire: [[PERSON:Thandiwe Nkosi]], start date [[DATE_TIME:1 July 2025]], SA ID [[ID_NUMBER:9509270163083]], cell [[PHONE_NUMBER:082 447 1930]]. She will be based at the [[LOCATION:Durban]] office and reports to the regional finance manager.""",
    """The pharmacist at the Walgreens on Elm told [[PERSON:Jerome Baptiste]] that his prescription couldn't be filled because the date of birth on the script said [[DATE_TIME:4/3/62]] instead of [[DATE_TIME:3/4/62]].""",
    """[[TITLE:ಡಾ.]] [[PERSON:ಅನಿತಾ ಹೆಗ್ಡೆ]] ಅವರ ಜೊತೆ ನಿಮ್ಮ ಅಪಾಯಿಂಟ್‌ಮೆಂಟ್ [[DATE_TIME:ಮಾರ್ಚ್ 22, ಬೆಳಿಗ್ಗೆ 10:30]]ಕ್ಕೆ ನಿಗದಿಯಾಗಿದೆ. ದಯವಿಟ್ಟು ನಿಮ್ಮ ರೋಗಿಯ ಐಡಿ [[ID_NUMBER:MNP-0098812]] ಅನ್ನು ಸ್ವಾಗತ ಕೌಂಟರ್‌ನಲ್ಲಿ ತೋರಿಸಿ.""",
    """The booking is for [[PERSON:Mei Ling Tan]] and her son [[PERSON:Kelvin]], passport numbers [[ID_NUMBER:E2371846K]] and [[ID_NUMBER:E1954402N]]; they land in [[LOCATION:London]] on [[DATE_TIME:23 Dec]] and have asked for a cot in the room.""",
    """i'm moving from [[ADDRESS:88 Queen St W]] to [[ADDRESS:1207-15 Grenville St]], [[LOCATION:Toronto]] [[LOCATION:ON]] [[ZIP_CODE:M4Y 0B9]] on [[DATE_TIME:june 30]], can you transfer my internet? the account holder is [[PERSON:priya natarajan]]""",
    """Re: claim CLM-2025-0413877. Our records show that [[PERSON:Kevin Brannigan]] (member ID [[ID_NUMBER:XHP884120937]], DOB [[DATE_TIME:1971-11-02]]) received physiotherapy on [[DATE_TIME:04/02/2025]], [[DATE_TIME:04/09/2025]] and [[DATE_TIME:04/16/2025]]; the third visit exceeds his plan's annual limit.""",
    """Reported player: username [[USERNAME:xX_ghostwolf_Xx]], real name apparently [[PERSON:Tyler Heckman]], last seen connecting from [[IP_ADDRESS:73.189.44.212]]. He has been harassing younger players in voice chat.""",
    """The tenants at [[ADDRESS:Unit 3, 41 Beaconsfield Road]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]] — [[PERSON:Fatima Rahimi]] and [[PERSON:Javid Rahimi]] — have asked to break the lease early. [[PERSON:Fatima]]'s mobile is [[PHONE_NUMBER:0412 337 908]].""",
    """Patient [[PERSON:Ngozi Eze]], [[AGE:31]], G2P1, presented to the labour ward at [[DATE_TIME:02:40 on 17/05/2025]] with reduced fetal movements. NHS number [[ID_NUMBER:712 300 9487]]. Partner [[PERSON:Chidi]] is on [[PHONE_NUMBER:07831 442905]].""",
    """Bella, the golden retriever, is booked for her booster with [[PERSON:Dr. Kowalczyk]] on [[DATE_TIME:Thursday the 12th]]; her owner, [[PERSON:Sandra Mbeki]], asked for a reminder text to [[PHONE_NUMBER:+27 71 390 4418]].""",
    """Sir, ente amma [[PERSON:Sarada]]-yude blood test result ithuvare kittiyilla. Sample collect cheythathu [[DATE_TIME:19/04/2025 raavile 8 mani]]kku aanu, patient ID [[ID_NUMBER:DDRC/EKM/771204]]. Ente number [[PHONE_NUMBER:9846012873]], onnu vilikkamo?""",
    """On [[DATE_TIME:March 3, 2025 at 5:45 p.m.]], [[PERSON:Luis Ortega-Ramírez]] was rear-ended at the intersection of Fulton and Pierce in [[LOCATION:San Francisco]]. His [[LOCATION:California]] license is [[US_DRIVER_LICENSE:D4829177]] and the other driver's plate was [[ID_NUMBER:8KJM204]].""",
    """To renew the passport of [[PERSON:Anil Kumar Varghese]], born [[DATE_TIME:15 August 1968]] in [[LOCATION:Kottayam]], the consulate needs a copy of his old passport, [[ID_NUMBER:J8841266]], and proof of his address in [[LOCATION:Dubai]].""",
    """Follow my bakery journey! I'm [[PERSON:Rosa]] and I bake sourdough out of my garage — find me on insta as @[[USERNAME:rosabakes.pdx]] or at [[URL:https://www.rosamendozabakes.com]].""",
    """[[PERSON:Mrs. Beatrice Amankwah]] was discharged on [[DATE_TIME:Sunday, 27 April]] after a laparoscopic cholecystectomy. Her follow-up in the surgical clinic is booked for [[DATE_TIME:8 May 2025, 11:20]], and her GP, [[PERSON:Dr. Farouk]], has been informed.""",
    """Someone used my Visa [[CREDIT_CARD:4716 2210 9987 3407]] at a gas station in [[LOCATION:Tulsa]] and I've never even been there. I'm [[PERSON:Dwayne Whitfield]], SSN [[US_SSN:412-78-3306]], please freeze the card today.""",
    """[[PERSON:వెంకట లక్ష్మి]] గారి రక్త పరీక్ష నివేదిక సిద్ధంగా ఉంది. నమూనా సేకరించిన తేదీ: [[DATE_TIME:05-03-2025]]. నివేదిక లింక్ మీ నమోదిత మొబైల్ నంబర్ [[PHONE_NUMBER:+91 90000 41872]] కు SMS ద్వారా పంపబడింది.""",
    """Return request from [[PERSON:Gemma Lockhart]], order #UK-77421093: the courier should collect from [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Snoring]], [[ZIP_CODE:NR21 0AA]] any weekday after 4.""",
    """my son [[PERSON:ethan]] turned [[AGE:9]] on [[DATE_TIME:2 March]] and he's desperate to join the junior chess club, could you email me the forms at [[EMAIL_ADDRESS:k.obrien.mum@outlook.ie]]?""",
    """Cashless pre-authorisation for [[PERSON:Mohammed Rafiq]] (policy 2811/45630019/00/000, TPA card no. [[ID_NUMBER:MAT-2024-6671093]]) was only partly approved. He was admitted on [[DATE_TIME:21.02.2025]] in [[LOCATION:Mangaluru]], and the hospital has asked the family to pay the room-rent difference.""",
    """Reminder: [[PERSON:Siobhan]], your hygiene appointment is on [[DATE_TIME:Wed 14/05 at 9:10am]]. Reply C to confirm or call us on 01 677 2290.""",
    """Payroll change for [[PERSON:Kwame Asante-Boateng]], employee no. [[ID_NUMBER:E104773]]: new salary account [[IBAN_CODE:GB25 MIDL 4005 1572 8340 19]], effective from the next pay run.""",
    """[[PERSON:Nguyen Thi Thu Ha]] ([[NRP:Vietnamese]], student ID [[ID_NUMBER:z5318842]]) has applied for special consideration for her exam; her term address is [[ADDRESS:9/112 Anzac Parade]], [[LOCATION:Kensington]] [[ZIP_CODE:2033]].""",
    """[[PERSON:Joseph Kuriakose]] chettante angioplasty [[DATE_TIME:28 April]]-nu Lisie hospitalil aanu. UHID [[ID_NUMBER:LH0045218]], bystander [[PERSON:Mini]]-yude number [[PHONE_NUMBER:+91 97450 22183]].""",
    """The courier couldn't find [[ADDRESS:H.No. 8-2-293/82/A, Road No. 4]], [[LOCATION:Banjara Hills]], [[LOCATION:Hyderabad]] [[ZIP_CODE:500034]], and the recipient, [[PERSON:K. Sravani]], isn't picking up [[PHONE_NUMBER:99124 07335]].""",
    """The beneficiary named on the life policy is [[PERSON:Eleni Papadopoulos]], the insured's daughter, born [[DATE_TIME:30 Jan 1994]]; the payout should go to her account [[IBAN_CODE:DE44 5001 0517 5407 3249 31]].""",
    """Membership frozen for [[PERSON:Brandon Li]] from [[DATE_TIME:1 Aug]] to [[DATE_TIME:31 Aug]] while he is working in [[LOCATION:Taipei]].""",
    """The lab flagged the specimen from [[PERSON:Alicia Romero]] (DOB [[DATE_TIME:02/11/1988]], MRN [[ID_NUMBER:004418273]]) as hemolyzed, so please redraw her potassium when she's back on [[DATE_TIME:Monday 3/17]].""",
    """Counsel for the petitioner, [[PERSON:Ms. Harpreet Sandhu]], asked that the hearing set for [[DATE_TIME:19 June 2025]] be adjourned, as her client [[PERSON:Gurdeep Singh Mann]] is in hospital in [[LOCATION:Brampton]].""",
    """[[PERSON:Tomasz Wiśniewski]], a [[NRP:Polish]] national living in [[LOCATION:Leeds]], asked the hospital chaplaincy for a [[NRP:Catholic]] priest to visit him before his operation on Thursday.""",
    """Hi, I got a bill for $4,812 for an ER visit on [[DATE_TIME:Jan 6]], but I was at work that day. My name's [[PERSON:Courtney Abernathy]], hospital account [[ID_NUMBER:SLH-88301946]], and my address is [[ADDRESS:2209 W Monroe St, Apt 3F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60612]].""",
    """Namaskara, nanna hesaru [[PERSON:Prashanth Shetty]]. Nanna appa [[PERSON:Vittal Shetty]] avara claim reject aagide antha SMS bantu; avarige [[AGE:72]] vayassu, health card number [[ID_NUMBER:FHPL-KA-5501283]]. Dayavittu details [[EMAIL_ADDRESS:prashanth.shetty.udp@gmail.com]] ge mail maadi.""",
    """The library card for [[PERSON:Yusuf Haddad]] was renewed and will be mailed to [[ADDRESS:PO Box 4471]], [[LOCATION:Dearborn]], [[LOCATION:MI]] [[ZIP_CODE:48126]].""",
    """User [[PERSON:Inês Carvalho]] ([[EMAIL_ADDRESS:ines.carvalho@lumenfield.io]]) can't sign in from her home connection, [[IP_ADDRESS:2a02:8084:a182:1e00:4d1:9f2b:7c3:11e5]]; I've sent her a password reset link.""",
    """Thank you, [[PERSON:Rahul]]! Your blood donation on [[DATE_TIME:11 March 2025]] at the [[LOCATION:Pune]] camp can help up to three patients. Donor ID [[ID_NUMBER:BD-MH-0048812]]; you can donate again from [[DATE_TIME:9 June 2025]].""",
    """[[PERSON:Maricel Dizon]] from [[LOCATION:Quezon City]] sent her SSS number [[ID_NUMBER:34-5678123-9]] and PhilHealth number [[ID_NUMBER:12-050318842-7]] for the maternity claim; baby [[PERSON:Gabriel]] was born on [[DATE_TIME:February 2]].""",
    """Kia ora, I'm [[PERSON:Aroha Ngata]]. Please post my replacement card to [[ADDRESS:27 Kowhai Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]], and text me on [[PHONE_NUMBER:021 448 902]] when it ships.""",
    """Could the ward pass a message to [[PERSON:Mr. Gerald Fitch]] in bay 4? His daughter [[PERSON:Louise]] rang from [[LOCATION:Inverness]] and will visit on [[DATE_TIME:Saturday 3rd May at 2pm]].""",
    """M-Pesa reversal request for [[PERSON:Wanjiru Kamau]], ID [[ID_NUMBER:28841903]], phone [[PHONE_NUMBER:0722 418 306]]: the money went to the wrong number on [[DATE_TIME:14/04/2025 at 18:22]].""",
    """[[PERSON:Ciarán Ó Briain]] (PPSN [[ID_NUMBER:8362951W]]) would like his medical card review moved to [[DATE_TIME:24 June]], as he'll be in [[LOCATION:Galway]] for his sister's wedding the week before.""",
    """[[PERSON:Hiroshi Tanaka]] broke his wrist skiing in [[LOCATION:Niseko]] on [[DATE_TIME:Jan 19th]]; the travel insurer's claims administrator needs his passport number ([[ID_NUMBER:TR8842107]]) and the hospital invoice before reimbursing him.""",
    """പ്രിയ [[PERSON:രാജേഷ് നായർ]], താങ്കളുടെ ക്ലെയിം ([[DATE_TIME:2025 മാർച്ച് 2]]-ലെ ചികിത്സ) ഇപ്പോൾ പരിശോധനയിലാണ്. കൂടുതൽ രേഖകൾ ആവശ്യമെങ്കിൽ രജിസ്റ്റർ ചെയ്ത ഇമെയിലായ [[EMAIL_ADDRESS:rajesh.nair.tvm@yahoo.co.in]] ലേക്ക് അറിയിക്കും.""",
    """Hi, this is [[PERSON:Debra Kowalski]] calling about my husband [[PERSON:Stan]]'s Medicare card. His MBI is [[ID_NUMBER:7QW2-HN8-RA41]] and he was born [[DATE_TIME:October 9, 1951]].""",
    """little [[PERSON:Zara Hussain]], aged [[AGE:4]], was seen in paediatric A&E at [[DATE_TIME:21:15 on 2 March]] after swallowing a button battery; her mum [[PERSON:Amina]] can be reached on [[PHONE_NUMBER:07912 305118]].""",
    """Additional driver [[PERSON:Stefan Müller]] (licence [[ID_NUMBER:B072RRE2I55]], issued in [[LOCATION:Germany]]) was added to the rental for pick-up at [[LOCATION:Calgary]] airport on [[DATE_TIME:12 Sept]].""",
    """Pre-employment drug screen: donor [[PERSON:Jordan Pike]] (SSN ending 4471), collected [[DATE_TIME:5/6/25 10:05]] at our [[LOCATION:Boise]] site, result negative. A copy went to hr@tristatefreight.com.""",
    """[[PERSON:Tan Wei Jie]], NRIC [[ID_NUMBER:S8823417J]], says his CPF statements are still going to his old flat at [[ADDRESS:Blk 512 Bedok North Ave 2, #08-114]], [[LOCATION:Singapore]] [[ZIP_CODE:460512]].""",
    """Please dispense to [[PERSON:H. Okonkwo]], bed 12, ward C7, DOB [[DATE_TIME:3.8.1955]]: metformin 500 mg twice daily with meals.""",
    """The claims team returned [[PERSON:Melissa Grant]]'s dental claim because subscriber ID [[ID_NUMBER:W774190382]] belongs to her ex-husband, [[PERSON:Craig Grant]]; she has had her own plan since [[DATE_TIME:01/01/2025]].""",
    """Doctor garu cheppinattu [[PERSON:Lakshmi Prasanna]] ki C-section [[DATE_TIME:20 May, Tuesday]] ki fix chesaru. Admission ki Aadhaar [[ID_NUMBER:7409 3318 2655]] xerox teesukuni randi, husband [[PERSON:Kiran]] number [[PHONE_NUMBER:7032 118 904]].""",
    """[[TITLE:ಶ್ರೀ]] [[PERSON:ಮಂಜುನಾಥ ಗೌಡ]] ಅವರ ಉಳಿತಾಯ ಖಾತೆ ಸಂಖ್ಯೆ [[ID_NUMBER:64021987734]] ಗೆ ಪ್ಯಾನ್ [[ID_NUMBER:BKRPG4471M]] ಜೋಡಿಸಲಾಗಿದೆ. ವಿಳಾಸ: [[ADDRESS:#45, 3ನೇ ಕ್ರಾಸ್]], [[LOCATION:ವಿಜಯನಗರ]], [[LOCATION:ಮೈಸೂರು]] [[ZIP_CODE:570017]].""",
    """[[PERSON:Liam]] and [[PERSON:Chloe Barrett]] closed on [[ADDRESS:5518 Larkspur Lane]], [[LOCATION:Fort Collins]], [[LOCATION:CO]] [[ZIP_CODE:80525]] on [[DATE_TIME:April 11]] and move in the following weekend.""",
    """[[PERSON:Mr. Abdirahman Warsame]], a [[NRP:Somali]] refugee who speaks little English, needs an interpreter for his oncology appointment on [[DATE_TIME:Thu 22 May, 14:00]] in [[LOCATION:Minneapolis]].""",
    """Account holder [[PERSON:Temitope Oyelaran]] at [[ADDRESS:Plot 12, Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] reported a faulty prepaid meter; her NIN, [[ID_NUMBER:48210937715]], was used to verify her identity.""",
    """I, [[PERSON:Rebecca Stone]], authorize Mercy General to release the records of my treatment between [[DATE_TIME:March 1, 2024]] and [[DATE_TIME:June 30, 2024]] to my attorney. Signed [[DATE_TIME:5/2/2025]].""",
    """[[PERSON:Anjali]] and [[PERSON:Rohan Kapoor]] are getting married on [[DATE_TIME:14 February 2026]] in a small [[NRP:Hindu]] ceremony in [[LOCATION:Leicester]]. Please RSVP to [[PERSON:Anjali]] on [[PHONE_NUMBER:07700 318442]].""",
    """KYC failed for [[USERNAME:bitsandbobs_92]]: the name on the uploaded licence ([[PERSON:Robert Ellison]]) doesn't match the cardholder ([[PERSON:R. Ellis]]) on [[CREDIT_CARD:5490 3100 7725 8134]].""",
    """Hi [[PERSON:Dana]], your lipid panel from [[DATE_TIME:Feb. 27]] is now in your portal. Your LDL came back at 162, so [[PERSON:Dr. Okafor]] would like to see you; we have [[DATE_TIME:Tuesday, March 11 at 8:45 AM]] open.""",
    """[[PERSON:Ana Lúcia Ferreira]] ([[NRP:Brazilian]], CPF [[ID_NUMBER:482.915.307-50]]) entered [[LOCATION:Portugal]] on [[DATE_TIME:09/01/2025]] and is applying for residence in [[LOCATION:Porto]].""",
    """Mum ([[PERSON:Joan Featherstone]], [[AGE:88]]) fell again last night and her carer [[PERSON:Precious]] found her on the landing at 6am. Her NHS number is [[ID_NUMBER:628 841 5707]] if the paramedics ask.""",
    """Claim for storm damage at [[ADDRESS:31 Wattle Grove]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]]: policyholder [[PERSON:Graham Pettigrew]] first noticed the water coming through the ceiling on the morning of [[DATE_TIME:18 February]].""",
    """[[PERSON:Sreelakshmi K.]], the insurance desk in [[LOCATION:Kochi]] says the TPA needs your ABHA number ([[ID_NUMBER:91-4471-0038-2265]]) and a copy of your health card before they can process the cashless request.""",
    """Please update the TFN for [[PERSON:Bianca Russo]] to [[ID_NUMBER:459 120 672]]; the old one on file had two digits swapped.""",
    """[[PERSON:Jean-François Tremblay]] gave his SIN as [[ID_NUMBER:319 662 052]] and his address as [[ADDRESS:4410, rue Saint-Denis, app. 2]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2J 2L1]].""",
    """[[TITLE:Alhaji]] [[PERSON:Musa Bello]], [[AGE:63]], was referred to the renal unit in [[LOCATION:Kano]] on [[DATE_TIME:3rd March, 2025]]; his son [[PERSON:Abubakar]] ([[PHONE_NUMBER:0803 412 7765]]) will come with him for dialysis.""",
    """[[PERSON:Keisha Brown]], [[AGE:16]], has been picked for the regional under-17 netball squad, and her coach says [[PERSON:keisha]]'s training camp starts on [[DATE_TIME:July 7]].""",
    """Genetic counselling for [[PERSON:Shira Goldberg]] ([[NRP:Ashkenazi Jewish]] ancestry, DOB [[DATE_TIME:1986-06-14]]) is booked with [[PERSON:Prof. Alan Whitby]] to discuss her BRCA panel.""",
    """[[PERSON:కొండా రవి కుమార్]], పుట్టిన తేదీ [[DATE_TIME:12-07-1983]], ఓటరు గుర్తింపు సంఖ్య [[ID_NUMBER:XKT1847290]], చిరునామా: [[ADDRESS:ఇంటి నం. 4-21]], [[LOCATION:గాంధీ నగర్]], [[LOCATION:విజయవాడ]].""",
    """Guest [[PERSON:Ms. Olga Ivanova]] checked in on [[DATE_TIME:17 Oct at 23:40]], room 1412, passport [[ID_NUMBER:75 4418203]]; she asked for a late checkout and a taxi to the airport.""",
    """I want to complain about how my grandmother, [[PERSON:Esperanza Villanueva]], was treated in the ER on the night of [[DATE_TIME:May 4th]]. She is [[AGE:91]] and was left on a gurney for eleven hours. — [[PERSON:Marisol Reyes]], [[PHONE_NUMBER:(956) 320-7718]]""",
    """Workers' comp: employee [[PERSON:Darnell Hughes]] hurt his lower back on [[DATE_TIME:02/19/2025]] lifting pallets, and the TPA adjuster, [[PERSON:Kim Nakamura]], needs his SSN ([[US_SSN:523-41-8876]]) and date of hire ([[DATE_TIME:08/14/2019]]).""",
]

BENCH = [
    # ai4privacy-like: odd, dense sentences
    """Dear [[PERSON:Mr. Kristopher Hagenes]], as Lead Intranet Architect at our [[LOCATION:South Lonnie]] office, please rotate your credentials: username [[USERNAME:khagenes_77]], password vT9#qLm2xR. Your last sign-in came from [[IP_ADDRESS:142.88.203.17]] with Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36.""",
    """Co-payment notice for patient [[PERSON:Aurelia Quitzon-Beer]] ([[AGE:43]], female) of [[ADDRESS:4471 Kuhlman Crossing]], [[ADDRESS:Suite 208]], [[LOCATION:East Marcellaside]]: kindly transfer €210.50 to [[IBAN_CODE:DE65120300001048837265]] (BIC BYLADEM1001) quoting invoice INV-88420.""",
    """The MRI slot at [[DATE_TIME:07:15 on 2024-11-03]] is reserved for [[PERSON:Dr. Leontine Kautzer]]'s patient [[PERSON:Jaylen]] (DOB: [[DATE_TIME:19/02/2009]]). Guardian contact: [[PHONE_NUMBER:+44 7458 203119]], [[EMAIL_ADDRESS:r.kautzer.fam@hotmail.com]].""",
    """Card [[CREDIT_CARD:4539 1488 0343 6715]] (CVV 417, exp 09/27, issuer VISA) was charged £1,243.00 from a device with MAC 3c:22:fb:8a:19:e0 and IPv6 [[IP_ADDRESS:fe80::9a1c:44ff:fe2b:7d31]]; cardholder [[PERSON:Myrtle Okuneva]], [[ADDRESS:92 Greenfelder Mews]], [[LOCATION:Lake Johann]] [[ZIP_CODE:30817-4472]].""",
    """Hi [[PERSON:Delphine]], your onboarding as Senior Applications Coordinator in [[LOCATION:West Virginia]] starts on [[DATE_TIME:March 4th]]; bring your Social Security card ([[US_SSN:518-84-3921]]). Parking for vehicle [[ID_NUMBER:HZT-4418]] is in lot B, and your temporary PIN is 8830.""",
    """Radiology follow-up for [[PERSON:Mx. Rowan Pfeffer]], [[AGE:29]], height 5'9", eyes hazel, at our [[LOCATION:Port Dagmar]] imaging centre, [[ADDRESS:88 Schowalter Fork]], [[ADDRESS:Floor 3]]. Bill to account [[ID_NUMBER:74102298]] (Personal Loan Account), amount 612.40 GBP.""",
    """Please approve reimbursement of ₹3,410 for [[PERSON:Mrs. Devika Iyer]], District Response Coordinator, to account [[ID_NUMBER:50100219384471]] (IFSC HDFC0001247). Her PAN is [[ID_NUMBER:AQWPI7734K]] and she lives at [[ADDRESS:Flat 302, Sai Krupa Residency, 14th Main Road]], [[LOCATION:HSR Layout]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560102]].""",
    """We noticed a new sign-in to [[USERNAME:lemke.orpha]] from [[IP_ADDRESS:91.204.17.236]] on [[DATE_TIME:2024-06-18T03:14:07Z]]. If this wasn't you, [[PERSON:Orpha]], reset your PIN and call 1-800-431-7720.""",
    """Greetings [[PERSON:Prof. Ignatius Bartoletti]], the Dynamic Research Strategist position in [[LOCATION:Clackamas County]] needs proof of identity: please email a scan of passport [[US_PASSPORT:584102937]] and driver license [[US_DRIVER_LICENSE:7719042]] to us from [[EMAIL_ADDRESS:ignatius_bartoletti@yahoo.com]].""",
    """[[PERSON:Nandakumar]] sarinte puthiya login [[USERNAME:nandu_tvm79]] aanu, password Kerala@2024. Last login [[IP_ADDRESS:117.201.88.14]] ninnu aanu vannathu; address [[ADDRESS:TC 27/1432]], [[LOCATION:Vanchiyoor]], [[LOCATION:Thiruvananthapuram]] [[ZIP_CODE:695035]], phone [[PHONE_NUMBER:+91 94460 38821]].""",
    """[[PERSON:Ms. Gwendolyn Rau]], Chief Tactics Officer, DOB [[DATE_TIME:April 30, 1991]], [[AGE:33]] yrs, resides at [[ADDRESS:6120 Ledner Stravenue, Apt. 512]], [[LOCATION:Hermistonfort]], [[LOCATION:Nevada]] [[ZIP_CODE:89014]]. Her Amex [[CREDIT_CARD:374619283055726]] (CID 8832) expires 03/28.""",
    """To verify the transfer of 0.84 ETH, [[PERSON:Beaulah Schamberger]] must confirm the code sent to [[PHONE_NUMBER:(925) 318-0042]] and her backup email [[EMAIL_ADDRESS:beaulah.s@protonmail.com]]; her registered vehicle [[ID_NUMBER:7XRD219]] and VIN 1HGCM82633A004352 are on file.""",
    """Account [[ID_NUMBER:61193047]] of [[PERSON:Sir Reginald Abbott-Crane]] at [[ADDRESS:The Gables, 3 Orchard Rise]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 8QP]] received £7,500 from [[IBAN_CODE:GB09 HBUK 4012 7634 1198 02]]; sort code 40-12-76.""",
    """The pediatric vaccination for [[PERSON:Santiago]], [[AGE:6]], is at [[DATE_TIME:10:40 AM, 2025-05-07]] with [[PERSON:Nurse Kiana Lowe]]; parent [[PERSON:Valeria Cruz]] ([[PHONE_NUMBER:956.221.8804]]) uses the portal login [[USERNAME:vcruz_mcallen]].""",
    """Transaction alert: Mastercard [[CREDIT_CARD:5425-2334-3010-9101]] (exp. 12/26, CVC 903) used at 18:02 for $88.19; account holder [[PERSON:Ezekiel Bartell]], [[ADDRESS:7712 Stokes Trace]], [[ADDRESS:Unit 14]], [[LOCATION:New Hassanville]], [[LOCATION:OH]] [[ZIP_CODE:43215]].""",
    """Hello [[PERSON:Dr. Fathima Rasheed]], the claims audit for UHID [[ID_NUMBER:AMC-KOZ-0047711]] (patient [[PERSON:Abdul Salam P.]], [[AGE:58]]) found the admission on [[DATE_TIME:09-12-2024]] coded twice; please reply from [[EMAIL_ADDRESS:fathima.rasheed.md@gmail.com]] so we can release the payment.""",
    """Subscriber [[PERSON:Kwabena Mensah]] (gender: male, DOB [[DATE_TIME:1985/10/02]]) moved from [[ADDRESS:22 Cantonments Road]], [[LOCATION:Accra]] to [[ADDRESS:Flat 11, 58 Brixton Hill]], [[LOCATION:London]] [[ZIP_CODE:SW2 1QS]]; new number [[PHONE_NUMBER:+44 20 7946 3317]].""",
    """Our records indicate that [[PERSON:Zoltan Kerekes]] ([[NRP:Hungarian]], passport [[ID_NUMBER:BE4471029]]) paid the deposit of CHF 2,000 from [[IBAN_CODE:CH74 0023 5235 7182 6477 0]] on behalf of his mother, [[PERSON:Ilona]], [[AGE:79]].""",
    """Discharge meds for [[PERSON:Adaeze Okonjo]] (MRN [[ID_NUMBER:4417-220-93]]) were sent to her pharmacy; she asked that the copay of $15 be billed to her Discover [[CREDIT_CARD:6011 9876 5432 1019]], exp 07/29.""",
    """Kindly note that [[PERSON:Shreya Bhattacharjee]], Regional Claims Specialist, will audit the bills of [[PERSON:Mr. Pradeep Sahu]] (card [[ID_NUMBER:VHL-OD-2288104]], admitted [[DATE_TIME:2025-01-27]]) at the [[LOCATION:Bhubaneswar]] hospital; reach her on [[PHONE_NUMBER:+91-94370-11852]].""",
    """Profile updated: title [[TITLE:Madame]], first name [[PERSON:Solange]], last name [[PERSON:Dubois-Kane]], DOB [[DATE_TIME:03.11.1976]], nationality [[NRP:French]], IBAN [[IBAN_CODE:IE15 BOFI 9014 9233 7188 04]], BIC BOFIIE2D, phone [[PHONE_NUMBER:+353 87 224 6619]].""",
    """Lab tech [[PERSON:Ravi Chandran]] logged in as [[USERNAME:rchandran.lab]] from [[IP_ADDRESS:10.14.22.187]] and re-ran sample 24-88113 for patient [[PERSON:Leela George]] ([[AGE:66]], F, DOB [[DATE_TIME:05/05/1958]]).""",
    # gretel-like: domain documents
    """CLAIM FORM – PART A (to be filled in by the insured)
Policy No.: 31000/34/24/005519
TPA ID Card No.: [[ID_NUMBER:HH-22-0418837]]
Name of primary insured: [[PERSON:Girish Kulkarni]]
Name of patient: [[PERSON:Sunanda Kulkarni]]   Relationship: Spouse   Age: [[AGE:51]]
Address: [[ADDRESS:B-204, Shanti Kunj Apartments, Karve Road]], [[LOCATION:Kothrud]], [[LOCATION:Pune]] – [[ZIP_CODE:411038]]
Mobile: [[PHONE_NUMBER:+91 98220 47713]]   E-mail: [[EMAIL_ADDRESS:girish.kulkarni1969@rediffmail.com]]
Date of admission: [[DATE_TIME:02/01/2025]]   Date of discharge: [[DATE_TIME:06/01/2025]]
Bank account for NEFT: [[ID_NUMBER:026101548830]]   IFSC: ICIC0000261""",
    """This Personal Loan Agreement (the "Agreement") is made on the [[DATE_TIME:4th day of November, 2024]] between Northcote Credit Union Ltd (the "Lender") and [[PERSON:Samantha J. Whitlock]], residing at [[ADDRESS:17 Halsey Court]], [[LOCATION:Ballarat]] [[LOCATION:VIC]] [[ZIP_CODE:3350]] (the "Borrower"), date of birth [[DATE_TIME:22/06/1987]], driver licence no. [[ID_NUMBER:039 448 217]]. The principal of AUD 18,500 will be paid into BSB 633-000, account [[ID_NUMBER:148 229 104]], in the Borrower's name.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Harold Jenkins]]        MRN: [[ID_NUMBER:00773192]]
DOB: [[DATE_TIME:14-Mar-1948]] ([[AGE:76]] y)   Admitted: [[DATE_TIME:29-Jan-2025 22:10]]   Discharged: [[DATE_TIME:04-Feb-2025]]
Attending: [[PERSON:Dr. Priyanka Raman]], MD
Diagnosis: community-acquired pneumonia, right lower lobe; type 2 diabetes mellitus.
Hospital course: treated with IV ceftriaxone and azithromycin, switched to oral on day 3. Afebrile for 48 hours before discharge.
Follow-up: PCP [[PERSON:Dr. Ellis]] within 7 days. Emergency contact: [[PERSON:Carol Jenkins]] (daughter), [[PHONE_NUMBER:(317) 442-9018]].""",
    """EXPLANATION OF BENEFITS — THIS IS NOT A BILL
Member: [[PERSON:Angela M. Ruiz]]      Member ID: [[ID_NUMBER:BCX9041177301]]      Group: 00441782
Patient: [[PERSON:Mateo Ruiz]] (dependent)      Date of birth: [[DATE_TIME:08/30/2016]]
Provider: Lakeside Pediatric Associates      Date of service: [[DATE_TIME:01/14/2025]]
Claim no. 25014-88301-00      Amount billed: $385.00      Plan paid: $0.00      You owe: $385.00
Remark N130: benefit maximum for this service has been reached. To appeal, call the number on the back of your ID card.""",
    """EMPLOYMENT AGREEMENT. This agreement is entered into between Halvorsen Marine AS and [[PERSON:Magnus Eriksen]], born [[DATE_TIME:3 September 1990]], a [[NRP:Norwegian]] citizen residing at [[ADDRESS:Kirkegata 14B]], [[ZIP_CODE:0153]] [[LOCATION:Oslo]]. Employment commences on [[DATE_TIME:1 March 2025]] in the position of Senior Naval Architect. Salary is paid monthly to account [[ID_NUMBER:1503 44 18827]].""",
    """VITALCARE DIAGNOSTICS — TEST REPORT
Patient Name : [[PERSON:Mrs. Farzana Begum]]          Age/Sex   : [[AGE:38]] Y / F
Patient ID   : [[ID_NUMBER:VCD2025-118842]]           Ref. By   : [[PERSON:Dr. S. Ramaswamy]]
Registered   : [[DATE_TIME:12/03/2025 08:14]]         Collected : [[DATE_TIME:12/03/2025 08:31]]
Reported     : 12/03/2025 16:02                 Sample ID : 7741093
THYROID PROFILE, TOTAL
T3 1.12 ng/mL (0.80-2.00)   T4 8.4 µg/dL (5.1-14.1)   TSH 6.82 µIU/mL (0.27-4.20) H""",
    """In support of claim HO-558213, policyholder [[PERSON:Victor Almeida]] stated that on [[DATE_TIME:October 12, 2024]] a supply pipe burst in the upstairs bathroom of his home at [[ADDRESS:390 Ridgewood Avenue]], [[LOCATION:Glen Ridge]], [[LOCATION:NJ]] [[ZIP_CODE:07028]]. Field adjuster [[PERSON:Nora Fitzgerald]] inspected the property on [[DATE_TIME:October 15, 2024]] and estimated the loss at $14,200.""",
    """NOTICE OF HEARING. The tenant, [[PERSON:Ricardo Salazar]], of [[ADDRESS:Apartment 2, 1187 Mission Street]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94103]], is hereby notified that a hearing on the petition filed by the landlord will be held on [[DATE_TIME:Wednesday, July 16, 2025, at 9:30 a.m.]] in Room 410.""",
    """PATIENT INTAKE FORM
Last name: [[PERSON:Oyelowo]]    First name: [[PERSON:Bukola]]    MI: [[PERSON:A.]]
Date of birth: [[DATE_TIME:11/23/1979]]    Sex: F    Marital status: married
Home address: [[ADDRESS:5520 Eastgate Blvd, Apt 9]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77047]]
Cell: [[PHONE_NUMBER:832-557-1094]]    Email: [[EMAIL_ADDRESS:bukola.oyelowo@yahoo.com]]
SSN: [[US_SSN:631-40-2218]]
Insurance: Cigna PPO, member ID [[ID_NUMBER:U88412093 01]], subscriber: self
Reason for visit: lower abdominal pain for 3 days; last menstrual period [[DATE_TIME:10/28]].""",
    """Mortgage pre-approval letter. Dear [[PERSON:Mr. Arjun Mehta]] and [[PERSON:Mrs. Kavya Mehta]], based on the information you provided, including your combined income and credit report pulled on your behalf, you are pre-approved for a loan of $512,000 for the purchase of [[ADDRESS:14 Birchwood Drive]], [[LOCATION:Edison]], [[LOCATION:NJ]] [[ZIP_CODE:08820]]. Loan officer: [[PERSON:Patricia Lam]], NMLS #[[ID_NUMBER:448210]].""",
    """Workers' Compensation — First Report of Injury
Employee: [[PERSON:Tyrone Jackson]]    SSN: [[US_SSN:402-91-5538]]    DOB: [[DATE_TIME:06/02/1991]]
Home: [[ADDRESS:2741 Ferndale Ave]], [[LOCATION:Louisville]], [[LOCATION:KY]] [[ZIP_CODE:40216]]    Phone: [[PHONE_NUMBER:(502) 318-6640]]
Date/time of injury: [[DATE_TIME:03/11/2025 06:50 AM]]    Date hired: [[DATE_TIME:09/15/2021]]
Description: employee slipped on hydraulic fluid near dock 4 and fractured his left wrist.
Claims administrator: Keystone Risk Services, adjuster [[PERSON:Megan Doyle]].""",
    """Pursuant to the Release of Information request dated March 3, the records of [[PERSON:Emily Chen]] (DOB [[DATE_TIME:02/17/1994]], MRN [[ID_NUMBER:E-2294410]]) covering her visits on [[DATE_TIME:08/09/2024]] and [[DATE_TIME:11/21/2024]] were sent to [[PERSON:Jonathan Reyes]], [[TITLE:Esq.]], by secure fax.""",
    """Certificate of Insurance — Travel Medical. Insured: [[PERSON:Chukwuemeka Obi]], passport [[ID_NUMBER:A09912274]], date of birth [[DATE_TIME:17 April 1982]]. Period of cover: [[DATE_TIME:1 June 2025]] to [[DATE_TIME:30 June 2025]]. Destination: [[LOCATION:Schengen area]]. Emergency assistance: +44 20 3475 1180 (24h).""",
    """Pharmacy prior authorization — Requesting prescriber: [[PERSON:Dr. Maryam Siddiqui]], NPI [[ID_NUMBER:1487726394]]. Patient: [[PERSON:George Tsakalidis]], DOB [[DATE_TIME:09/09/1956]], member ID [[ID_NUMBER:ZGP448821903]]. Drug: semaglutide 1 mg weekly. Diagnosis: E11.65. Fax completed form to 1-866-255-1107.""",
    """Lease Agreement (extract). Landlord: Harbourview Lettings Ltd. Tenant: [[PERSON:Aoife Gallagher]], PPSN [[ID_NUMBER:1574028L]], mobile [[PHONE_NUMBER:087 412 9935]]. Premises: [[ADDRESS:Apartment 14, The Maltings, Bow Street]], [[LOCATION:Dublin 7]], [[ZIP_CODE:D07 K2X8]]. Term: 12 months from [[DATE_TIME:1 September 2025]]. Rent €2,150 per month to [[IBAN_CODE:IE29 AIBK 9311 5212 3456 78]].""",
    """Incident report, Ward 6B. At approx. [[DATE_TIME:03:20 on 12/02/2025]] patient [[PERSON:Wilfred Mokoena]] ([[AGE:81]], hospital no. [[ID_NUMBER:CHB-0044917]], SA ID [[ID_NUMBER:8804125084084]]) was found on the floor beside his bed. [[PERSON:Nurse Lerato Dlamini]] assessed him; no injury noted. Family ([[PERSON:Sipho Mokoena]], [[PHONE_NUMBER:083 551 2047]]) informed.""",
    """Credit card application. Applicant: [[PERSON:Olivia Bennett-Hale]]; DOB: [[DATE_TIME:1995-02-28]]; residential address: [[ADDRESS:Flat 7, 12 Clarendon Road]], [[LOCATION:Leeds]], [[ZIP_CODE:LS2 9NN]]; time at address: 3 years; employer: Fairmont Logistics; annual income £41,000; National Insurance no. [[ID_NUMBER:JT 44 81 09 B]].""",
    """Third-party administrator audit note: hospital bill for [[PERSON:Shaikh Imran]] (policyholder [[PERSON:Shaikh Ayesha]], health card [[ID_NUMBER:PHS/MH/20240417/03]]) shows ICU charges for [[DATE_TIME:15.01.2025]] to [[DATE_TIME:19.01.2025]] but the nursing notes begin on [[DATE_TIME:16.01.2025]]. Query raised with the hospital in [[LOCATION:Aurangabad]].""",
    """Dear [[PERSON:Ms. Chen]], this letter confirms your enrolment in the Premier Dental Plan effective [[DATE_TIME:February 1, 2025]]. Your member number is [[ID_NUMBER:PDP-7711-0382]]. Premiums of $42.80 will be deducted from account [[ID_NUMBER:00418827731]] on the first of each month.""",
    """Medical Certificate. This is to certify that [[PERSON:Mr. Emmanuel Osei]], aged [[AGE:34]], of [[ADDRESS:House No. 14, Osu Badu Street]], [[LOCATION:Accra]], was examined by me on [[DATE_TIME:24th February 2025]] and is unfit for work from [[DATE_TIME:24th February]] to [[DATE_TIME:7th March 2025]] due to acute malaria. — [[PERSON:Dr. Akosua Frimpong]], MDC Reg. No. [[ID_NUMBER:MDC/RN/8841]]""",
    """RECORD OF ARREST (extract). Subject: [[PERSON:Dustin Wayne Carver]], W/M, DOB [[DATE_TIME:12/07/1988]], height 6'1", weight 190. Address: [[ADDRESS:RR 2 Box 118]], [[LOCATION:Harlan]], [[LOCATION:KY]] [[ZIP_CODE:40831]]. Operator license [[US_DRIVER_LICENSE:C118-402-771]]. Vehicle plate [[ID_NUMBER:KY 419-RTD]].""",
    """Insurance claim settlement letter. Claim no. MC/2025/77103. Dear [[PERSON:Mr. Thomas Mathew]], we have settled ₹1,42,880 towards the hospitalisation of your son [[PERSON:Alan Thomas]] ([[AGE:19]]) from [[DATE_TIME:03-02-2025]] to [[DATE_TIME:08-02-2025]]. The amount was credited to account [[ID_NUMBER:67230100011887]] on the same day. Deductions: ₹6,400 (non-payables).""",
    """Student loan deferment request. Borrower: [[PERSON:Aaliyah Thompson]], SSN [[US_SSN:247-19-6604]], DOB [[DATE_TIME:5/14/1998]]. Enrolled at least half-time since [[DATE_TIME:8/26/2024]]. Contact: [[PHONE_NUMBER:864-300-1982]], [[EMAIL_ADDRESS:aaliyah.t98@gmail.com]], [[ADDRESS:113 Pendleton St, Apt B]], [[LOCATION:Greenville]], [[LOCATION:SC]] [[ZIP_CODE:29601]].""",
    """Pre-authorisation request to the claims administrator. Patient [[PERSON:Nomvula Khumalo]], ID [[ID_NUMBER:0206154127081]], medical scheme no. [[ID_NUMBER:DSC 900441827]], planned admission [[DATE_TIME:04/06/2025]] for laparoscopic appendicectomy under [[PERSON:Dr. Pieter van der Merwe]]. Contact the patient on [[PHONE_NUMBER:072 380 1146]].""",
    # Nemotron-like: structured and semi-structured
    """{"customer_id": "[[ID_NUMBER:CUST-0088142]]", "first_name": "[[PERSON:Leilani]]", "last_name": "[[PERSON:Kahale]]", "email": "[[EMAIL_ADDRESS:leilani.kahale@gmail.com]]", "phone": "[[PHONE_NUMBER:+1-808-371-2290]]", "dob": "[[DATE_TIME:1993-04-27]]", "address": {"street": "[[ADDRESS:94-1021 Waipahu St]]", "city": "[[LOCATION:Waipahu]]", "state": "[[LOCATION:HI]]", "zip": "[[ZIP_CODE:96797]]"}, "loyalty_tier": "gold", "last_login_ip": "[[IP_ADDRESS:66.8.144.201]]"}""",
    """2025-03-18T09:41:22.118Z INFO  auth  login ok user=[[USERNAME:mkipkemboi]] email=[[EMAIL_ADDRESS:m.kipkemboi@safarimail.co.ke]] src_ip=[[IP_ADDRESS:41.90.64.211]] ua="Mozilla/5.0 (Linux; Android 14; SM-A546E)"
2025-03-18T09:41:25.730Z WARN  billing  card declined customer="[[PERSON:Mercy Kipkemboi]]" card=************3318 reason=insufficient_funds
2025-03-18T09:42:02.004Z INFO  profile  phone updated user=[[USERNAME:mkipkemboi]] old=[[PHONE_NUMBER:+254 722 418 306]] new=[[PHONE_NUMBER:+254 733 902 114]]""",
    """INSERT INTO patients (patient_id, full_name, dob, sex, phone, insurance_member_id, pcp) VALUES
('[[ID_NUMBER:P-204471]]', '[[PERSON:Gloria Mendes]]', '[[DATE_TIME:1962-12-05]]', 'F', '[[PHONE_NUMBER:(401) 338-7720]]', '[[ID_NUMBER:UHC884102337]]', '[[PERSON:Dr. Kevin Osei]]'),
('[[ID_NUMBER:P-204472]]', '[[PERSON:Walter Brzezinski]]', '[[DATE_TIME:1949-03-30]]', 'M', '[[PHONE_NUMBER:(401) 729-0055]]', '[[ID_NUMBER:3TV8XK2PN41]]', '[[PERSON:Dr. Kevin Osei]]');""",
    """<claim id="CLM-88420113" status="pending">
  <claimant>
    <name>[[PERSON:Rajiv Menon]]</name>
    <dob>[[DATE_TIME:1980-07-19]]</dob>
    <memberId>[[ID_NUMBER:TPA/KL/0088123]]</memberId>
    <mobile>[[PHONE_NUMBER:+971 50 418 2273]]</mobile>
    <email>[[EMAIL_ADDRESS:rajiv.menon80@gmail.com]]</email>
  </claimant>
  <service>
    <provider>Al Noor Specialty Clinic</provider>
    <serviceDate>[[DATE_TIME:2025-02-11]]</serviceDate>
    <amount currency="AED">1850.00</amount>
  </service>
  <payout iban="[[IBAN_CODE:AE480260001015738294101]]"/>
</claim>""",
    """# deploy/notify.yaml
oncall:
  primary:
    name: [[PERSON:Dmitri Volkov]]
    phone: "[[PHONE_NUMBER:+1 415 771 0934]]"
    email: [[EMAIL_ADDRESS:dmitri.volkov@fenwick-labs.com]]
  secondary:
    name: [[PERSON:Aisha Bello]]
    phone: "[[PHONE_NUMBER:+44 7700 184552]]"
smtp:
  host: smtp.fenwick-labs.com
  user: alerts@fenwick-labs.com
  password: "Q2b!x9LpZ"
  api_key: "sk_live_51HxR2aK9LmQ0pZ7"
""",
    """# TODO: remove the hardcoded test user before release
TEST_USER = {
    "name": "[[PERSON:Hannah Okafor]]",
    "ssn": "[[US_SSN:609-22-4183]]",
    "card": "[[CREDIT_CARD:4024007155662819]]",
    "cvv": "812",
    "exp": "11/26",
    "zip": "[[ZIP_CODE:30309]]",
}""",
    """Ticket #INC-204417 | Priority: P3 | Opened by: [[PERSON:Lucía Fernández]] ([[EMAIL_ADDRESS:lucia.fernandez@kestrelhealth.org]], ext. 4471)
Subject: VPN drops at home
Description: Since Monday my VPN disconnects every ten minutes. Home IP [[IP_ADDRESS:98.207.141.66]], laptop asset KHC-LT-08812, MAC 8c:85:90:1a:4e:77. Please call me on my mobile, [[PHONE_NUMBER:650-219-4438]], rather than my desk phone.""",
    """PATIENT REGISTRATION
First Name: [[PERSON:Samuel]]
Last Name: [[PERSON:Adebayo-Clarke]]
Date of Birth: [[DATE_TIME:02-Jul-1971]]
SSN: [[US_SSN:550-37-1846]]
Health Plan Beneficiary No.: [[ID_NUMBER:HPB-330918274]]
Blood Type: O+
Religion: [[NRP:Jehovah's Witness]] (declines blood products)
Emergency Contact: [[PERSON:Grace Adebayo-Clarke]] (wife) [[PHONE_NUMBER:+1 301 448 2094]]""",
    """{"event": "lab_result_ready", "patient": {"mrn": "[[ID_NUMBER:88-019-442]]", "name": "[[PERSON:Sophie Laurent]]", "dob": "[[DATE_TIME:1990-10-08]]", "phone": "[[PHONE_NUMBER:+1 514 882 3017]]"}, "order": {"accession": "LX25-0091837", "test": "CBC with differential", "collected_at": "[[DATE_TIME:2025-04-02T07:55:00-04:00]]"}, "notify_via": "sms"}""",
    """UPDATE employees SET home_address = '[[ADDRESS:78 Carrington Street]]', city = '[[LOCATION:Nottingham]]', postcode = '[[ZIP_CODE:NG1 7FF]]', ni_number = '[[ID_NUMBER:PR 33 71 84 A]]', bank_iban = '[[IBAN_CODE:GB93BARC20041573846290]]' WHERE employee_id = '[[ID_NUMBER:E-00718]]'; -- requested by [[PERSON:Yasmin Ali]] on behalf of [[PERSON:Callum Reid]]""",
    """[2025-02-27 14:03:55] chatbot-svc session=7f3a9c21 user_message="hi my name is [[PERSON:Oksana Kovalenko]] and my policy card [[ID_NUMBER:AXM-55-1049288]] got rejected at the clinic today, my dob is [[DATE_TIME:14.09.1984]]" intent=claim_status confidence=0.91""",
    """<?xml version="1.0"?>
<Employee>
  <EmployeeID>[[ID_NUMBER:100447]]</EmployeeID>
  <Name><First>[[PERSON:Kenji]]</First><Last>[[PERSON:Watanabe]]</Last></Name>
  <Email>[[EMAIL_ADDRESS:kenji.watanabe@orbitforge.jp]]</Email>
  <Address>[[ADDRESS:2-14-7 Ebisu]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:150-0013]]</Address>
  <Title>Platform Engineer</Title>
  <StartDate>[[DATE_TIME:2023-04-01]]</StartDate>
</Employee>""",
    """def test_checkout():
    order = create_order(
        customer="[[PERSON:Priya Venkataraman]]",
        email="[[EMAIL_ADDRESS:priya.v@outlook.com]]",
        card="[[CREDIT_CARD:5303 1276 5509 4815]]",
        cvv="207",
        billing_zip="[[ZIP_CODE:95014]]",
    )
    assert order.status == "paid"  # sku=SKU-44871-BLK qty=2""",
    """customer_support_form:
  submitted_by: [[PERSON:Abena Owusu]]
  date_of_birth: "[[DATE_TIME:1988-08-08]]"
  account_number: "[[ID_NUMBER:4471093382]]"
  national_id: "[[ID_NUMBER:GHA-718830442-6]]"
  phone: "[[PHONE_NUMBER:+233 24 418 0772]]"
  issue: "double debit on mobile money transfer"
  preferred_language: English""",
    """access.log
[[IP_ADDRESS:185.76.9.140]] - [[USERNAME:jdoherty]] [20/Mar/2025:10:14:08 +0000] "GET /account/settings HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
[[IP_ADDRESS:185.76.9.140]] - [[USERNAME:jdoherty]] [20/Mar/2025:10:14:31 +0000] "POST /account/email HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
audit: email changed for [[USERNAME:jdoherty]] to [[EMAIL_ADDRESS:j.doherty.galway@gmail.com]]""",
    """HL7 ADT^A01 (parsed)
PID|1||[[ID_NUMBER:MRN4482109]]^^^STMARY||[[PERSON:NAKAMURA]]^[[PERSON:YUKI]]^[[PERSON:A]]||[[DATE_TIME:19750612]]|F|||[[ADDRESS:1450 KAPIOLANI BLVD APT 2207]]^^[[LOCATION:HONOLULU]]^[[LOCATION:HI]]^[[ZIP_CODE:96814]]||[[PHONE_NUMBER:(808)944-1172]]
PV1|1|I|4W^412^B||||[[PERSON:OKAFOR]]^[[PERSON:CHIDI]]^^^[[TITLE:DR]]|||MED||||||||V88401|||||||||||||||||||||||||[[DATE_TIME:202503140932]]""",
    """Support ticket 58812 — category: billing
Customer: [[PERSON:Gabriela Nowak]]
Account: [[ID_NUMBER:PL-55104982]]
IBAN on file: [[IBAN_CODE:DE23 3705 0198 0614 8827 10]]
Message: "I moved from [[LOCATION:Kraków]] to [[LOCATION:Cologne]] on [[DATE_TIME:6 January]], please change my address to [[ADDRESS:Venloer Str. 241]], [[ZIP_CODE:50823]] [[LOCATION:Köln]] and stop sending paper bills."
Agent notes: verified with DOB [[DATE_TIME:21.05.1992]].""",
    """{"applicant": {"name": "[[PERSON:Faisal Al-Harbi]]", "nationality": "[[NRP:Saudi]]", "iqama": "[[ID_NUMBER:2418830176]]", "mobile": "[[PHONE_NUMBER:+966 55 301 8842]]", "iban": "[[IBAN_CODE:SA6415000000608214473509]]"}, "loan": {"amount": 85000, "currency": "SAR", "term_months": 48}, "kyc_passed": true}""",
    """SELECT * FROM claims WHERE member_id = '[[ID_NUMBER:MBR-00981723]]' AND patient_dob = '[[DATE_TIME:2011-01-09]]';
-- result: 2 rows
-- CLM-551093 | [[PERSON:Aiden Murphy]] | ER visit | [[DATE_TIME:2025-01-03]] | denied (out of network)
-- CLM-551487 | [[PERSON:Aiden Murphy]] | follow-up | [[DATE_TIME:2025-01-10]] | paid""",
    """[INFO] 2025-01-22 08:01:44 sftp-ingest: file received from lab partner, rows=3
[DEBUG] row 1 -> patient_name="[[PERSON:Carmen Delgado]]" dob="[[DATE_TIME:03/19/1969]]" specimen=HB-2277104 result="A1C 7.9%"
[DEBUG] row 2 -> patient_name="[[PERSON:Luis Delgado]]" dob="[[DATE_TIME:11/02/1966]]" specimen=HB-2277105 result="A1C 6.1%"
[WARN] row 3 -> missing dob, patient_name="[[PERSON:Teresa Ybarra]]" phone="[[PHONE_NUMBER:915-227-0381]]" specimen=HB-2277106""",
    """config.ini
[owner]
name = [[PERSON:Bartholomew Nakagawa-Reyes]]
email = [[EMAIL_ADDRESS:bart.nr@fastmail.com]]
[network]
static_ip = [[IP_ADDRESS:192.168.1.44]]
gateway = 192.168.1.1
mac = A4:83:E7:2C:91:0F
[backup]
remote_user = [[USERNAME:bartnr]]
remote_pass = hunter2!Bart""",
    """Form W-4 (extract) — Step 1: (a) First name and middle initial: [[PERSON:Jasmine R.]] Last name: [[PERSON:Coleman]] (b) Social security number: [[US_SSN:283-55-7190]] Address: [[ADDRESS:4802 Wornall Rd]] City or town, state, and ZIP code: [[LOCATION:Kansas City]], [[LOCATION:MO]] [[ZIP_CODE:64112]] (c) Filing status: Single.""",
    """{"ticket": "HD-7713", "reporter": {"name": "[[PERSON:Olumide Bankole]]", "staff_no": "[[ID_NUMBER:LUTH-STF-04419]]", "ext": "2231"}, "summary": "Cannot open results for patient [[PERSON:Ifeoma Nwosu]] (hospital no. [[ID_NUMBER:LUTH/22/118840]])", "device_ip": "[[IP_ADDRESS:172.20.4.118]]", "created": "2025-03-02T11:20:00Z"}""",
    """payment_webhook payload:
  payer_name: [[PERSON:Rafael Moreno Díaz]]
  payer_email: [[EMAIL_ADDRESS:rafa.moreno.diaz@gmail.com]]
  card_last4: "4815"
  card_bin: "530312"
  billing_address: "[[ADDRESS:Calle de Alcalá 214, 3º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]]"
  dni: "[[ID_NUMBER:47281953W]]"
  ip: "[[IP_ADDRESS:83.44.201.19]]"
  amount: 129.90""",
    """Ticket: lab portal - wrong name on report
From: [[PERSON:Deepika Rao]] <[[EMAIL_ADDRESS:deepika.rao.blr@gmail.com]]>
Patient ID: [[ID_NUMBER:NBL-BLR-0911472]]
Body: The report for my sample collected on [[DATE_TIME:9 Feb at 7:30 am]] shows the name as "[[PERSON:Deepak Rao]]" and age [[AGE:45]]. I am [[AGE:32]], female. Please correct and resend. Mobile [[PHONE_NUMBER:9880 214 775]].""",
    """members.csv import failed at line 3: ValueError: invalid date '[[DATE_TIME:31/02/1990]]' for member [[PERSON:Nikhil Joshi]] ([[ID_NUMBER:M-228104]], [[EMAIL_ADDRESS:nikhil.joshi@zoho.in]])
Traceback (most recent call last):
  File "import_members.py", line 88, in parse_row
    dob = datetime.strptime(row["dob"], "%d/%m/%Y")""",
    # Indian-language records
    """രോഗിയുടെ വിവരങ്ങൾ
പേര്: [[PERSON:ശ്രീദേവി അമ്മ]]
വയസ്സ്: [[AGE:69]]
ജനനത്തീയതി: [[DATE_TIME:14/11/1955]]
ആധാർ നമ്പർ: [[ID_NUMBER:2984 7165 0330]]
വിലാസം: [[ADDRESS:കൃഷ്ണകൃപ, വീട്ടുനമ്പർ 12/441]], [[LOCATION:പാലക്കാട്]] [[ZIP_CODE:678001]]
ഫോൺ: [[PHONE_NUMBER:0491 254 7703]]
പ്രവേശന തീയതി: [[DATE_TIME:02/03/2025]]
രോഗനിർണയം: ടൈപ്പ് 2 പ്രമേഹം, രക്താതിമർദ്ദം""",
    """ప్రియమైన [[TITLE:శ్రీ]] [[PERSON:చంద్రశేఖర్ రావు]] గారికి,
మీ క్లెయిమ్ సంఖ్య HC-2025-004417 కు సంబంధించి, [[DATE_TIME:2025 జనవరి 9]] నుండి [[DATE_TIME:2025 జనవరి 13]] వరకు [[LOCATION:గుంటూరు]] లోని ఆసుపత్రిలో జరిగిన చికిత్సకు ₹58,300 ఆమోదించబడింది. ఈ మొత్తం మీ ఖాతా సంఖ్య [[ID_NUMBER:33410100021875]] కు జమ చేయబడుతుంది. మీ హెల్త్ కార్డ్ నంబర్: [[ID_NUMBER:RHI-AP-0771304]].""",
    """{"రోగి_పేరు": "[[PERSON:పద్మావతి కొల్లి]]", "వయస్సు": "[[AGE:47]]", "ఫోన్": "[[PHONE_NUMBER:+91 94405 18832]]", "ఆధార్": "[[ID_NUMBER:6157 0249 1880]]", "చిరునామా": "[[ADDRESS:డోర్ నం. 11-4-56, రైల్వే స్టేషన్ రోడ్]], [[LOCATION:వరంగల్]]", "సేవ_తేదీ": "[[DATE_TIME:2025-03-21]]", "విభాగం": "కార్డియాలజీ"}""",
    """ನಿಮ್ಮ ಪರೀಕ್ಷಾ ವರದಿ
ರೋಗಿಯ ಹೆಸರು : [[TITLE:ಶ್ರೀಮತಿ]] [[PERSON:ಸುಮಾ ಭಟ್]]       ವಯಸ್ಸು/ಲಿಂಗ : [[AGE:44]] / ಸ್ತ್ರೀ
ರೋಗಿಯ ಐಡಿ : [[ID_NUMBER:UDL-0048812]]          ಶಿಫಾರಸು ಮಾಡಿದವರು : [[TITLE:ಡಾ.]] [[PERSON:ಕೆ. ಆರ್. ನಾಯಕ್]]
ಮಾದರಿ ಸಂಗ್ರಹಿಸಿದ ದಿನಾಂಕ : [[DATE_TIME:18-02-2025 09:10]]
ವರದಿ ದಿನಾಂಕ : 18-02-2025 17:45
ಹಿಮೋಗ್ಲೋಬಿನ್ : 10.9 g/dL (ಕಡಿಮೆ)""",
    """Ticket #KA-88172: Customer [[PERSON:Santosh Hegde]] helidru, avara order bandilla, delivery address [[ADDRESS:No. 118, 2nd Main, 5th Cross]], [[LOCATION:Rajajinagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560010]]. Phone [[PHONE_NUMBER:98450 77123]] ge call maadidre switch off antha barutte. Avara email [[EMAIL_ADDRESS:santosh.hegde88@gmail.com]].""",
    """ഉപഭോക്താവ് [[PERSON:ഫാത്തിമ ബീവി]] ([[AGE:36]]) [[DATE_TIME:2025 ഫെബ്രുവരി 11]]-ന് [[LOCATION:കോഴിക്കോട്]] ശാഖയിൽ പുതിയ അക്കൗണ്ട് തുറന്നു. പാൻ: [[ID_NUMBER:BQFPB8812K]], മൊബൈൽ: [[PHONE_NUMBER:+91 95620 44718]], ഇമെയിൽ: [[EMAIL_ADDRESS:fathima.beevi.clt@gmail.com]], നോമിനി: [[PERSON:മുഹമ്മദ് ഷാഫി]].""",
    # more ai4privacy-like and gretel-like
    """ATTN billing: patient [[PERSON:Park Ji-hoon]] ([[AGE:27]], male) was seen by the ENT clinic on [[DATE_TIME:Friday 14 March 2025, 15:30]]; the card on file [[CREDIT_CARD:3566 0020 2055 7381]] (JCB, exp 08/26) was declined twice, so please send the invoice to [[EMAIL_ADDRESS:jihoon.park.uk@gmail.com]] instead.""",
    """Renewal reminder: the motor policy of [[PERSON:Arvind Subramanian]] for vehicle [[ID_NUMBER:TN 09 CK 4417]] (chassis MA3EWDE1S00418827) lapses soon. Nominee: [[PERSON:Meenakshi Subramanian]]. Registered mobile [[PHONE_NUMBER:+91 98410 22917]], address [[ADDRESS:Plot 22, 4th Avenue]], [[LOCATION:Ashok Nagar]], [[LOCATION:Chennai]] [[ZIP_CODE:600083]].""",
    """Request to port number [[PHONE_NUMBER:0917 824 3316]] from Globe to Smart for subscriber [[PERSON:Jerome Villanueva Santos]], born [[DATE_TIME:January 8, 1990]], address [[ADDRESS:Blk 7 Lot 22, Mabuhay Homes]], [[LOCATION:Dasmariñas]], [[LOCATION:Cavite]] [[ZIP_CODE:4114]]. Valid ID: UMID [[ID_NUMBER:0111-4418203-7]].""",
    """Pathology requisition — Patient: [[PERSON:Lachlan McKenzie]], Medicare no. [[ID_NUMBER:2953 41187 2]], DOB [[DATE_TIME:30/10/1977]], address [[ADDRESS:5 Banksia Close]], [[LOCATION:Cairns]] [[LOCATION:QLD]] [[ZIP_CODE:4870]]. Tests: FBC, UEC, LFT, iron studies. Requesting doctor: [[PERSON:Dr. Nadia Haddad]]. Collected [[DATE_TIME:11/03/2025 08:05]].""",
    """Settlement advice from the third-party administrator: claimant [[PERSON:Ng Siew Ling]] (FIN [[ID_NUMBER:F2284619K]]), outpatient visit on [[DATE_TIME:7 Jan 2025]] at a clinic in [[LOCATION:Jurong East]]; reimbursed S$86.00 to account [[ID_NUMBER:0720-448811-3]]. Queries: claims@ihp-sg.com.""",
    """Dear [[PERSON:Dr. Oyinkansola Adeniran]], your locum shift at the [[LOCATION:Abeokuta]] clinic is confirmed for [[DATE_TIME:Saturday 22 March, 20:00]] to [[DATE_TIME:Sunday 23 March, 08:00]]. Please bring your MDCN licence ([[ID_NUMBER:MDCN/R/74410]]) and sign in with staff ID [[ID_NUMBER:FMC-8831]].""",
    """Citizen feedback #4471: "My name is [[PERSON:Rukhsana Qureshi]], I live at [[ADDRESS:House 17, Street 9, F-8/3]], [[LOCATION:Islamabad]]. My CNIC [[ID_NUMBER:61101-4418820-4]] was blocked after my husband [[PERSON:Tariq]] passed away on [[DATE_TIME:12 November 2024]]. Please restore it so I can receive his pension."
""",
]

TABLE = [
    """appt_id,patient_name,dob,mobile,clinic,slot,status
A-20417,[[PERSON:Margaret Ellison]],[[DATE_TIME:1951-04-09]],[[PHONE_NUMBER:07700 412908]],Cardiology,[[DATE_TIME:2025-05-06 09:20]],booked
A-20418,[[PERSON:Dev Patel]],[[DATE_TIME:1988-11-30]],[[PHONE_NUMBER:07946 118 220]],Dermatology,[[DATE_TIME:2025-05-06 09:40]],cancelled
A-20419,[[PERSON:Siobhan Kerr]],[[DATE_TIME:1972-02-14]],[[PHONE_NUMBER:+44 7412 553 019]],Cardiology,[[DATE_TIME:2025-05-06 10:00]],booked""",
    """sample_no\tpatient\tage\tsex\ttest\tcollected\tpatient_id
LB-77120\t[[PERSON:Ramya Krishnan]]\t[[AGE:29]]\tF\tTSH\t[[DATE_TIME:03/04/2025 07:50]]\t[[ID_NUMBER:NL-CHN-002241]]
LB-77121\t[[PERSON:Mohammed Irfan]]\t[[AGE:61]]\tM\tHbA1c\t[[DATE_TIME:03/04/2025 08:05]]\t[[ID_NUMBER:NL-CHN-002242]]
LB-77122\t[[PERSON:Kavitha S.]]\t[[AGE:35]]\tF\tLipid profile\t[[DATE_TIME:03/04/2025 08:12]]\t[[ID_NUMBER:NL-CHN-001876]]""",
    """| Claim Ref | Insured | Card No. | Admission | Discharge | Hospital | Amount (₹) | Status |
|---|---|---|---|---|---|---|---|
| CR/25/01183 | [[PERSON:Mohan Lal Sharma]] | [[ID_NUMBER:ERH-DL-4471082]] | [[DATE_TIME:04-Jan-25]] | [[DATE_TIME:09-Jan-25]] | Saket City Hospital | 2,14,500 | Settled |
| CR/25/01190 | [[PERSON:Rekha Bansal]] | [[ID_NUMBER:ERH-DL-4471931]] | [[DATE_TIME:06-Jan-25]] | [[DATE_TIME:07-Jan-25]] | Rainbow Day Care | 38,200 | Query raised |
| CR/25/01204 | [[PERSON:Gurpreet Kaur]] | [[ID_NUMBER:ERH-PB-0082214]] | [[DATE_TIME:11-Jan-25]] | [[DATE_TIME:15-Jan-25]] | Sunrise Multispeciality | 1,02,760 | Under review |""",
    """EMP NO  NAME                 NI NUMBER       ACCOUNT     NET PAY
E0141   [[PERSON:Aisha Rahman]]         [[ID_NUMBER:NH 41 27 88 C]]   [[ID_NUMBER:40418829]]    2,184.50
E0142   [[PERSON:Thomas Pritchard]]     [[ID_NUMBER:JK 90 11 34 A]]   [[ID_NUMBER:10557731]]    1,972.06
E0157   [[PERSON:Agnieszka Nowicka]]    [[ID_NUMBER:SP 22 68 09 D]]   [[ID_NUMBER:31908846]]    2,410.88""",
    """{"member_no": "[[ID_NUMBER:GYM-10442]]", "name": "[[PERSON:Carlos Mendoza]]", "email": "[[EMAIL_ADDRESS:carlos.mendoza77@gmail.com]]", "plan": "off-peak", "joined": "[[DATE_TIME:2024-09-02]]"}
{"member_no": "[[ID_NUMBER:GYM-10443]]", "name": "[[PERSON:Bethany Cole]]", "email": "[[EMAIL_ADDRESS:bethcole@icloud.com]]", "plan": "full", "joined": "[[DATE_TIME:2024-09-03]]"}
{"member_no": "[[ID_NUMBER:GYM-10451]]", "name": "[[PERSON:Ahmed El-Sayed]]", "email": "[[EMAIL_ADDRESS:a.elsayed@hotmail.co.uk]]", "plan": "student", "joined": "[[DATE_TIME:2024-09-07]]"}""",
    """volunteers:
  - name: [[PERSON:Grace Otieno]]
    phone: "[[PHONE_NUMBER:0711 204 883]]"
    shift: Saturday morning
    area: registration desk
  - name: [[PERSON:Peter Mwangi]]
    phone: "[[PHONE_NUMBER:0733 910 447]]"
    shift: Saturday afternoon
    area: first aid
  - name: [[PERSON:Faith Achieng]]
    phone: "[[PHONE_NUMBER:+254 720 558 301]]"
    shift: Sunday
    area: parking""",
    """Visitor badge
Name: [[PERSON:Dr. Helena Sørensen]]
Company: Nordvik Biotech ApS
Host: [[PERSON:Marcus Lindqvist]]
Mobile: [[PHONE_NUMBER:+45 31 42 88 07]]
Email: [[EMAIL_ADDRESS:helena.sorensen@nordvik-bio.dk]]
Badge no.: V-00871
Valid: 09:00-18:00""",
    """student_id,first_name,last_name,grade,guardian,guardian_phone,allergies
[[ID_NUMBER:204417]],[[PERSON:Mia]],[[PERSON:Thompson]],3,[[PERSON:Rachel Thompson]],[[PHONE_NUMBER:(614) 330-2291]],peanuts
[[ID_NUMBER:204418]],[[PERSON:Noah]],[[PERSON:Adeyemi]],3,[[PERSON:Funmi Adeyemi]],[[PHONE_NUMBER:(614) 872-0043]],none
[[ID_NUMBER:204426]],[[PERSON:Sofia]],[[PERSON:Russo]],4,[[PERSON:Marco Russo]],[[PHONE_NUMBER:(614) 219-7750]],latex""",
    """| Tenant | Unit | Lease start | Rent | Phone | Email |
|--------|------|-------------|------|-------|-------|
| [[PERSON:Priya Sharma]] | [[ADDRESS:Apt 2A]] | [[DATE_TIME:01 Feb 2024]] | $1,850 | [[PHONE_NUMBER:201-447-3390]] | [[EMAIL_ADDRESS:priya.s.nj@gmail.com]] |
| [[PERSON:Kofi Boateng]] | [[ADDRESS:Apt 3C]] | [[DATE_TIME:15 Mar 2024]] | $1,920 | [[PHONE_NUMBER:201-882-4015]] | [[EMAIL_ADDRESS:kboateng@outlook.com]] |
| [[PERSON:Lena Fischer]] | [[ADDRESS:Apt 5B]] | [[DATE_TIME:01 Jul 2024]] | $2,100 | [[PHONE_NUMBER:551-203-7716]] | [[EMAIL_ADDRESS:lena.fischer@gmx.net]] |""",
    """രോഗി നമ്പർ,പേര്,വയസ്സ്,ഫോൺ,വാർഡ്,പ്രവേശന തീയതി
[[ID_NUMBER:KGH-44120]],[[PERSON:അബ്ദുൾ റഹ്മാൻ]],[[AGE:62]],[[PHONE_NUMBER:9447 118 305]],മെഡിസിൻ 3,[[DATE_TIME:04-03-2025]]
[[ID_NUMBER:KGH-44121]],[[PERSON:സുധ രാമചന്ദ്രൻ]],[[AGE:47]],[[PHONE_NUMBER:9605 220 871]],സർജറി 1,[[DATE_TIME:04-03-2025]]
[[ID_NUMBER:KGH-44125]],[[PERSON:ജോർജ് വർഗീസ്]],[[AGE:71]],[[PHONE_NUMBER:8086 413 992]],കാർഡിയോളജി,[[DATE_TIME:05-03-2025]]""",
    """name\temail\tusername\tlast_login_ip\trole
[[PERSON:Oliver Grant]]\t[[EMAIL_ADDRESS:oliver.grant@brightmoor.co.uk]]\t[[USERNAME:ogrant]]\t[[IP_ADDRESS:86.14.220.73]]\tadmin
[[PERSON:Zainab Yusuf]]\t[[EMAIL_ADDRESS:zainab.yusuf@brightmoor.co.uk]]\t[[USERNAME:zyusuf]]\t[[IP_ADDRESS:81.107.33.190]]\teditor
[[PERSON:Harry Llewellyn]]\t[[EMAIL_ADDRESS:harry.llewellyn@brightmoor.co.uk]]\t[[USERNAME:hllewellyn]]\t[[IP_ADDRESS:2a00:23c7:9e10:4b01::1f]]\tviewer""",
    """Donor ID   Name                 Blood  Last donation   Mobile
[[ID_NUMBER:BD-22871]]   [[PERSON:Rohit Deshmukh]]       B+     [[DATE_TIME:12/01/2025]]      [[PHONE_NUMBER:98220 31174]]
[[ID_NUMBER:BD-22904]]   [[PERSON:Sneha Kulkarni]]       O-     [[DATE_TIME:28/12/2024]]      [[PHONE_NUMBER:97654 08812]]
[[ID_NUMBER:BD-23010]]   [[PERSON:Imtiaz Shaikh]]        A+     [[DATE_TIME:03/02/2025]]      [[PHONE_NUMBER:90110 44726]]""",
    """- guest: [[PERSON:Ms. Chiara Bellini]]
  room: 712
  check_in: [[DATE_TIME:2025-06-14]]
  check_out: [[DATE_TIME:2025-06-18]]
  passport: [[ID_NUMBER:YA4418027]]
  nationality: [[NRP:Italian]]
- guest: [[PERSON:Mr. Oren Shapiro]]
  room: 714
  check_in: [[DATE_TIME:2025-06-14]]
  check_out: [[DATE_TIME:2025-06-16]]
  passport: [[ID_NUMBER:32918874]]
  nationality: [[NRP:Israeli]]""",
    """{"txn": "TX-88410", "cardholder": "[[PERSON:Emma Lindgren]]", "card": "[[CREDIT_CARD:4147 2099 3205 1173]]", "amount": 412.00, "flag": "velocity", "ip": "[[IP_ADDRESS:94.234.51.12]]"}
{"txn": "TX-88417", "cardholder": "[[PERSON:Jakob Nilsson]]", "card": "[[CREDIT_CARD:4556 7321 9840 2263]]", "amount": 1899.00, "flag": "geo_mismatch", "ip": "[[IP_ADDRESS:185.220.101.7]]"}
{"txn": "TX-88423", "cardholder": "[[PERSON:Sara Holm]]", "card": "[[CREDIT_CARD:6759 6498 2643 8453]]", "amount": 64.50, "flag": "none", "ip": "[[IP_ADDRESS:78.82.190.44]]"}""",
    """Patient: [[PERSON:Leonard Whitaker]]
DOB: [[DATE_TIME:08/17/1946]]
MRN: [[ID_NUMBER:1044782]]
Allergies: penicillin (rash)
PCP: [[PERSON:Dr. Angela Moreau]]
Insurance: Medicare Part B, MBI [[ID_NUMBER:4HN7-WX2-KE39]]
Preferred pharmacy: CVS #4471
Emergency contact: [[PERSON:Ruth Whitaker]], [[PHONE_NUMBER:(503) 284-1190]]""",
    """| # | Applicant | Nationality | Passport | DOB | Visa type |
|---|-----------|-------------|----------|-----|-----------|
| 1 | [[PERSON:Nguyen Van Minh]] | [[NRP:Vietnamese]] | [[ID_NUMBER:C4471028]] | [[DATE_TIME:12 Mar 1995]] | Student |
| 2 | [[PERSON:Aigerim Sarsenbayeva]] | [[NRP:Kazakh]] | [[ID_NUMBER:N11882043]] | [[DATE_TIME:03 Oct 1999]] | Student |
| 3 | [[PERSON:Juan Pablo Herrera]] | [[NRP:Colombian]] | [[ID_NUMBER:AR0917735]] | [[DATE_TIME:27 Jul 1990]] | Work |
| 4 | [[PERSON:Fatou Diallo]] | [[NRP:Senegalese]] | [[ID_NUMBER:A02218874]] | [[DATE_TIME:19 Jan 1997]] | Family |""",
    """policy_no,policyholder,dob,address,postcode,premium
HH-8841020,[[PERSON:Gareth Morgan]],[[DATE_TIME:14/09/1968]],"[[ADDRESS:12 Heol y Nant]], [[LOCATION:Pontypridd]]",[[ZIP_CODE:CF37 4LL]],£318.40
HH-8841021,[[PERSON:Bronwen Hughes]],[[DATE_TIME:02/05/1975]],"[[ADDRESS:Ty Gwyn, Church Road]], [[LOCATION:Llandeilo]]",[[ZIP_CODE:SA19 6AF]],£402.10
HH-8841033,[[PERSON:Rhys Evans]],[[DATE_TIME:21/11/1990]],"[[ADDRESS:Flat 3, 44 Cathedral Road]], [[LOCATION:Cardiff]]",[[ZIP_CODE:CF11 9LL]],£276.95""",
    """క్రమ సంఖ్య | లబ్ధిదారుని పేరు | వయస్సు | ఆధార్ సంఖ్య | గ్రామం | మొబైల్
---|---|---|---|---|---
1 | [[PERSON:బొల్లా సత్యనారాయణ]] | [[AGE:66]] | [[ID_NUMBER:3842 1907 6156]] | [[LOCATION:పెదపూడి]] | [[PHONE_NUMBER:94401 27735]]
2 | [[PERSON:గొర్రెపాటి అనసూయ]] | [[AGE:58]] | [[ID_NUMBER:8331 6027 5490]] | [[LOCATION:అనపర్తి]] | [[PHONE_NUMBER:70135 88104]]
3 | [[PERSON:షేక్ మస్తాన్ వలి]] | [[AGE:71]] | [[ID_NUMBER:4770 2956 3819]] | [[LOCATION:పెదపూడి]] | [[PHONE_NUMBER:99593 41206]]""",
    """employee_id\tname\tdepartment\tstart_date\tbsn\tiban
[[ID_NUMBER:NL-0331]]\t[[PERSON:Daan de Vries]]\tLogistics\t[[DATE_TIME:2022-03-01]]\t[[ID_NUMBER:236197484]]\t[[IBAN_CODE:NL24INGB0006718293]]
[[ID_NUMBER:NL-0338]]\t[[PERSON:Fleur Jansen]]\tFinance\t[[DATE_TIME:2023-09-18]]\t[[ID_NUMBER:184025370]]\t[[IBAN_CODE:NL73RABO0331957282]]""",
    """Name:        [[PERSON:Isabella Romano]]
Member since: [[DATE_TIME:March 2019]]
Card:        [[CREDIT_CARD:4462 9105 7731 2088]]
Expiry:      04/27
Billing:     [[ADDRESS:55 Wellington St]], [[LOCATION:Kingston]], [[LOCATION:ON]] [[ZIP_CODE:K7L 3C4]]
Phone:       [[PHONE_NUMBER:613-549-2207]]
Tier:        Platinum""",
    """{"patient_id":"[[ID_NUMBER:PT-558201]]","name":"[[PERSON:Haruto Sato]]","age":[[AGE:8]],"guardian":"[[PERSON:Yumi Sato]]","vaccine":"MMR dose 2","given":"[[DATE_TIME:2025-02-20]]","lot":"X44170"}
{"patient_id":"[[ID_NUMBER:PT-558207]]","name":"[[PERSON:Olivia Brown]]","age":[[AGE:5]],"guardian":"[[PERSON:Kate Brown]]","vaccine":"DTaP-IPV","given":"[[DATE_TIME:2025-02-20]]","lot":"D90813"}
{"patient_id":"[[ID_NUMBER:PT-558219]]","name":"[[PERSON:Amir Haddad]]","age":[[AGE:12]],"guardian":"[[PERSON:Leila Haddad]]","vaccine":"HPV dose 1","given":"[[DATE_TIME:2025-02-21]]","lot":"H22091"}""",
    """SURNAME      GIVEN NAMES        SEAT  FREQ FLYER     PHONE
[[PERSON:OKONKWO]]      [[PERSON:CHINEDU]]            14C   [[ID_NUMBER:EK 448120937]]   [[PHONE_NUMBER:+234 803 441 2906]]
[[PERSON:OKONKWO]]      [[PERSON:ADA]]                14D   -               -
[[PERSON:RAMIREZ]]      [[PERSON:JOSE LUIS]]          22A   [[ID_NUMBER:EK 551093382]]   [[PHONE_NUMBER:+1 786 220 4418]]""",
    """| Customer | Order | SKU | Qty | Ship to | Phone |
|:--|:--|:--|--:|:--|:--|
| [[PERSON:Hamish Campbell]] | ORD-55128 | TENT-2P-GRN | 1 | [[ADDRESS:8 Braemar Place]], [[LOCATION:Aberdeen]] [[ZIP_CODE:AB10 6EN]] | [[PHONE_NUMBER:07884 210 337]] |
| [[PERSON:Ewan Fraser]] | ORD-55131 | STOVE-MINI | 2 | [[ADDRESS:2/1 17 Hyndland Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 9UP]] | [[PHONE_NUMBER:07531 882 904]] |""",
    """ಹೆಸರು: [[PERSON:ಶ್ರೇಯಾ ಕುಲಕರ್ಣಿ]]
ತಂದೆಯ ಹೆಸರು: [[PERSON:ವಿನಾಯಕ ಕುಲಕರ್ಣಿ]]
ಜನ್ಮ ದಿನಾಂಕ: [[DATE_TIME:07-06-2010]]
ವಿದ್ಯಾರ್ಥಿ ಸಂಖ್ಯೆ: [[ID_NUMBER:SATS-2918840177]]
ತರಗತಿ: 9 ಬಿ
ವಿಳಾಸ: [[ADDRESS:ನಂ. 27, ಶಿವಾಜಿ ಬೀದಿ]], [[LOCATION:ಹುಬ್ಬಳ್ಳಿ]] [[ZIP_CODE:580020]]
ಪೋಷಕರ ದೂರವಾಣಿ: [[PHONE_NUMBER:94481 62730]]""",
    """ticket,reporter,email,phone,severity,opened
SR-4410,[[PERSON:Nadia Benali]],[[EMAIL_ADDRESS:nadia.benali@orange.fr]],[[PHONE_NUMBER:+33 6 12 48 90 37]],high,2025-03-02
SR-4411,[[PERSON:Pierre Lefèvre]],[[EMAIL_ADDRESS:p.lefevre@free.fr]],[[PHONE_NUMBER:06 71 22 84 19]],low,2025-03-02
SR-4415,[[PERSON:Amélie Roux]],[[EMAIL_ADDRESS:amelie.roux88@gmail.com]],[[PHONE_NUMBER:+33 7 81 09 66 25]],medium,2025-03-03""",
    """member:
  id: [[ID_NUMBER:HCF-2208841]]
  name: [[PERSON:Aditi Joshi]]
  dob: [[DATE_TIME:1992-12-01]]
  plan: Family Silver
  dependents:
    - name: [[PERSON:Vikram Joshi]]
      relation: spouse
      dob: [[DATE_TIME:1990-05-23]]
    - name: [[PERSON:Anaya Joshi]]
      relation: daughter
      dob: [[DATE_TIME:2021-08-09]]
  medicare: "[[ID_NUMBER:4187 03926 1]]"
  tfn: "[[ID_NUMBER:321 085 467]]"
""",
    """CUST ID      NAME                 PAN          AADHAAR          MOBILE           BRANCH
[[ID_NUMBER:CIF40018822]]  [[PERSON:Anitha Ravindran]]     [[ID_NUMBER:AKRPR4418C]]   [[ID_NUMBER:9215 8830 4679]]   [[PHONE_NUMBER:98951 20774]]      [[LOCATION:Kakkanad]]
[[ID_NUMBER:CIF40018830]]  [[PERSON:Sandeep Nair]]         [[ID_NUMBER:BNWPN7720Q]]   [[ID_NUMBER:3526 4718 9209]]   [[PHONE_NUMBER:+91 81290 44513]]  [[LOCATION:Edappally]]""",
    """{"preauth": "PA-25-118804", "patient": "[[PERSON:Lalitha Subramaniam]]", "age": [[AGE:63]], "card_no": "[[ID_NUMBER:MDI-TN-77041823]]", "procedure": "TKR right knee", "planned_doa": "[[DATE_TIME:2025-03-24]]", "estimate": 285000}
{"preauth": "PA-25-118811", "patient": "[[PERSON:Yusuf Pathan]]", "age": [[AGE:45]], "card_no": "[[ID_NUMBER:MDI-GJ-55120947]]", "procedure": "lap cholecystectomy", "planned_doa": "[[DATE_TIME:2025-03-25]]", "estimate": 92000}
{"preauth": "PA-25-118830", "patient": "Baby of [[PERSON:Nisha Verma]]", "age": 0, "card_no": "[[ID_NUMBER:MDI-UP-10388291]]", "procedure": "NICU admission", "planned_doa": "[[DATE_TIME:2025-03-22]]", "estimate": 140000}""",
    """first,last,email,company,ticket_type,dietary
[[PERSON:Ngozi]],[[PERSON:Achebe-Lawal]],[[EMAIL_ADDRESS:ngozi.al@fintrust.ng]],FinTrust,Speaker,vegetarian
[[PERSON:Brian]],[[PERSON:O'Connell]],[[EMAIL_ADDRESS:brian.oconnell@gmail.com]],,General,none
[[PERSON:Sun-hee]],[[PERSON:Park]],[[EMAIL_ADDRESS:sunhee.park@kaist.ac.kr]],KAIST,Academic,no pork
[[PERSON:Rajesh]],[[PERSON:Khanna]],[[EMAIL_ADDRESS:rkhanna@infocrest.in]],Infocrest,General,jain""",
    """Customer:       [[PERSON:Niamh Brennan]]
Account no.:    [[ID_NUMBER:2204418830]]
Supply address: [[ADDRESS:22 Seafield Crescent]], [[LOCATION:Blackrock]], [[LOCATION:Co. Dublin]]
Eircode:        [[ZIP_CODE:A94 F7X2]]
Mobile:         [[PHONE_NUMBER:086 331 4270]]
Meter type:     smart
Direct debit:   [[IBAN_CODE:GB09 NWBK 6023 3118 7402 65]]""",
    """msisdn\tsubscriber\tnin\tdate_registered\tstate
[[PHONE_NUMBER:08034127765]]\t[[PERSON:Emeka Nwachukwu]]\t[[ID_NUMBER:71028834910]]\t[[DATE_TIME:2024-11-04]]\t[[LOCATION:Enugu]]
[[PHONE_NUMBER:07062210418]]\t[[PERSON:Halima Abubakar]]\t[[ID_NUMBER:30944172265]]\t[[DATE_TIME:2024-11-04]]\t[[LOCATION:Kaduna]]
[[PHONE_NUMBER:09018834401]]\t[[PERSON:Tunde Bakare]]\t[[ID_NUMBER:55610384729]]\t[[DATE_TIME:2024-11-05]]\t[[LOCATION:Oyo]]""",
    """| Employee | Leave type | From | To | Days | Approver |
|---|---|---|---|---|---|
| [[PERSON:Hannah Schultz]] | Annual | [[DATE_TIME:14/07/2025]] | [[DATE_TIME:25/07/2025]] | 10 | [[PERSON:M. Okoro]] |
| [[PERSON:Tariq Mahmood]] | Sick | [[DATE_TIME:03/06/2025]] | [[DATE_TIME:04/06/2025]] | 2 | [[PERSON:M. Okoro]] |
| [[PERSON:Chen Jia]] | Parental | [[DATE_TIME:01/08/2025]] | [[DATE_TIME:31/10/2025]] | 65 | [[PERSON:S. Ivanova]] |""",
    """పడక_కేటాయింపు:
  - రోగి: [[PERSON:మల్లికార్జున రావు]]
    వయస్సు: [[AGE:59]]
    ఐపీ_సంఖ్య: [[ID_NUMBER:IP-2025-01874]]
    వార్డు: జనరల్ మెడిసిన్
    చేరిన_తేదీ: "[[DATE_TIME:2025-02-17 11:30]]"
    సహాయకుడి_ఫోన్: "[[PHONE_NUMBER:98480 22716]]"
  - రోగి: [[PERSON:సరస్వతి దేవి]]
    వయస్సు: [[AGE:73]]
    ఐపీ_సంఖ్య: [[ID_NUMBER:IP-2025-01879]]
    వార్డు: ఆర్థోపెడిక్స్
    చేరిన_తేదీ: "[[DATE_TIME:2025-02-17 15:05]]"
    సహాయకుడి_ఫోన్: "[[PHONE_NUMBER:90320 11847]]\"""",
    """EMPLOYEE             SIN           PROV  HIRE DATE    HOURLY
[[PERSON:Marie-Ève Gagnon]]     [[ID_NUMBER:527 394 084]]   [[LOCATION:QC]]    [[DATE_TIME:2021-05-17]]   27.40
[[PERSON:Daniel Kowalchuk]]     [[ID_NUMBER:718 403 520]]   [[LOCATION:BC]]    [[DATE_TIME:2019-10-01]]   31.15
[[PERSON:Harjit Dhillon]]       [[ID_NUMBER:463 182 501]]   [[LOCATION:ON]]    [[DATE_TIME:2023-02-06]]   24.00""",
    """name,class_of,linkedin,city
[[PERSON:Adrienne Cho]],2012,[[URL:https://www.linkedin.com/in/adrienne-cho-4a1b2]],[[LOCATION:Seattle]]
[[PERSON:Marcus Oyelaran]],2012,[[URL:linkedin.com/in/marcusoyelaran]],[[LOCATION:Atlanta]]
[[PERSON:Isabel Fuentes]],2013,,[[LOCATION:Austin]]
[[PERSON:Derek Nguyen]],2013,[[URL:https://linkedin.com/in/dereknguyen-pm]],[[LOCATION:San Jose]]""",
    """{"driver_id": "[[ID_NUMBER:DRV-44108]]", "name": "[[PERSON:Samuel Kiptoo]]", "plate": "[[ID_NUMBER:KDA 418T]]", "rating": 4.91, "phone": "[[PHONE_NUMBER:+254 712 330 918]]"}
{"driver_id": "[[ID_NUMBER:DRV-44122]]", "name": "[[PERSON:Ann Wairimu]]", "plate": "[[ID_NUMBER:KCZ 772M]]", "rating": 4.87, "phone": "[[PHONE_NUMBER:+254 701 884 215]]"}
{"driver_id": "[[ID_NUMBER:DRV-44130]]", "name": "[[PERSON:Hassan Omar]]", "plate": "[[ID_NUMBER:KDE 109Q]]", "rating": 4.62, "phone": "[[PHONE_NUMBER:+254 722 019 447]]"}""",
    """PATIENT DEMOGRAPHICS
Name ............ [[PERSON:Travis L. Dunbar]]
DOB ............. [[DATE_TIME:04/19/1983]]
Age ............. [[AGE:41]]
SSN ............. [[US_SSN:467-22-9031]]
Driver lic. ..... [[US_DRIVER_LICENSE:D120-4471-8839]] (FL)
Address ......... [[ADDRESS:3315 Bayshore Blvd, Unit 1204]], [[LOCATION:Tampa]], [[LOCATION:FL]] [[ZIP_CODE:33629]]
Phone ........... [[PHONE_NUMBER:813.276.4490]]
Payer ........... BlueShore Health, ID [[ID_NUMBER:FLB770418832]]""",
    """ക്ലെയിം നമ്പർ\tഇൻഷ്വർ ചെയ്ത വ്യക്തി\tകാർഡ് നമ്പർ\tചികിത്സ തീയതി\tതുക
CL-88201\t[[PERSON:ബിജു ജോസഫ്]]\t[[ID_NUMBER:KLH-0041882]]\t[[DATE_TIME:12/02/2025]]\t₹18,400
CL-88207\t[[PERSON:റസിയ ബീഗം]]\t[[ID_NUMBER:KLH-0052217]]\t[[DATE_TIME:14/02/2025]]\t₹6,250
CL-88215\t[[PERSON:അനിൽ കുമാർ പി.]]\t[[ID_NUMBER:KLH-0039904]]\t[[DATE_TIME:15/02/2025]]\t₹42,900""",
    """| Patient | DOB | Accession | Test | Result | Flag |
|---------|-----|-----------|------|--------|------|
| [[PERSON:Whitmore]], [[PERSON:Claire]] | [[DATE_TIME:1960-01-22]] | A25-44102 | Potassium | 5.9 mmol/L | H |
| [[PERSON:Obi]], [[PERSON:Nnamdi]] | [[DATE_TIME:1978-07-03]] | A25-44107 | Creatinine | 142 µmol/L | H |
| [[PERSON:Lindqvist]], [[PERSON:Erik]] | [[DATE_TIME:1955-12-30]] | A25-44115 | Troponin I | 0.02 ng/mL | |""",
    """refund_id,customer,iban,amount,currency,reason
RF-2201,[[PERSON:Sophie Turner]],[[IBAN_CODE:GB93LOYD30996158822741]],45.00,GBP,damaged item
RF-2207,[[PERSON:Lukas Gruber]],[[IBAN_CODE:AT202011182736450019]],112.50,EUR,late delivery
RF-2215,[[PERSON:Noémie Favre]],[[IBAN_CODE:CH1400767000K52041836]],89.90,CHF,wrong size""",
    """BAPTISMAL REGISTER — ST. JOSEPH'S PARISH
No.   Child                        Born        Baptised    Father              Mother
1142  [[PERSON:Aaron Joseph Mathew]]         [[DATE_TIME:02.01.2025]]  [[DATE_TIME:09.02.2025]]  [[PERSON:Mathew Varkey]]       [[PERSON:Jincy Mathew]]
1143  [[PERSON:Evangeline Rose D'Souza]]     [[DATE_TIME:17.12.2024]]  [[DATE_TIME:16.02.2025]]  [[PERSON:Clifford D'Souza]]    [[PERSON:Marina D'Souza]]
Celebrant: [[TITLE:Fr.]] [[PERSON:Thomas Panackal]]""",
    """staff:
  - name: [[PERSON:Shijo Varghese]]
    position: staff nurse
    qid: "[[ID_NUMBER:28935604412]]"
    iban: [[IBAN_CODE:QA24QNBA000000000412887365001]]
  - name: [[PERSON:Rizwan Ahmed]]
    position: lab technician
    civil_id: "[[ID_NUMBER:290041802219]]"
    iban: [[IBAN_CODE:KW11GULB0000000000000134781202]]
  - name: [[PERSON:Maria Luisa Dela Cruz]]
    position: radiographer
    resident_card: "[[ID_NUMBER:118274409]]"
    iban: [[IBAN_CODE:OM980270000012840013715]]
  - name: [[PERSON:Anoop Chandran]]
    position: pharmacist
    passport: "[[ID_NUMBER:T4418203]]"
    iban: [[IBAN_CODE:BH68NBOB00000099288713]]""",
    """time\tcaller\tnumber\tduration\toutcome
09:02\t[[PERSON:Mrs. Pauline Hardy]]\t[[PHONE_NUMBER:01632 960 418]]\t4m12s\tbooked
09:15\t[[PERSON:Kieran]]\t[[PHONE_NUMBER:07700 900 331]]\t0m40s\tvoicemail
09:31\tunknown\twithheld\t1m05s\thung up
09:48\t[[PERSON:Dr. Ahmed Siddiqui]]\t[[PHONE_NUMBER:+44 113 496 0772]]\t7m55s\treferral""",
    """Surname: [[PERSON:Van Wyk]]
First names: [[PERSON:Johannes Petrus]]
ID number: [[ID_NUMBER:7901035891086]]
Date of birth: [[DATE_TIME:3 January 1979]]
Residential: [[ADDRESS:14 Protea Street]], [[LOCATION:Stellenbosch]], [[ZIP_CODE:7600]]
Cell: [[PHONE_NUMBER:+27 82 615 4409]]
Employer: Cape Vineyard Holdings (Pty) Ltd""",
    """{"order":"AU-770121","recipient":"[[PERSON:Chloe Nguyen]]","address":"[[ADDRESS:Unit 12/48 Smith Street]]","suburb":"[[LOCATION:Fitzroy]]","state":"[[LOCATION:VIC]]","postcode":"[[ZIP_CODE:3065]]","mobile":"[[PHONE_NUMBER:0423 881 604]]"}
{"order":"AU-770134","recipient":"[[PERSON:Jack Thornton]]","address":"[[ADDRESS:PO Box 218]]","suburb":"[[LOCATION:Alice Springs]]","state":"[[LOCATION:NT]]","postcode":"[[ZIP_CODE:0871]]","mobile":"[[PHONE_NUMBER:0408 117 235]]"}
{"order":"AU-770140","recipient":"[[PERSON:Mehwish Rana]]","address":"[[ADDRESS:7 Jacaranda Ave]]","suburb":"[[LOCATION:Blacktown]]","state":"[[LOCATION:NSW]]","postcode":"[[ZIP_CODE:2148]]","mobile":"[[PHONE_NUMBER:+61 431 290 557]]"}""",
    """| Site | Initials | DOB | Screened | Eligible | Coordinator |
|------|----------|-----|----------|----------|-------------|
| 04 ([[LOCATION:Leeds]]) | [[PERSON:J.M.K.]] | [[DATE_TIME:1958-09-11]] | [[DATE_TIME:2025-01-14]] | yes | [[PERSON:Rebecca Hollis]] |
| 04 ([[LOCATION:Leeds]]) | [[PERSON:A.O.]] | [[DATE_TIME:1963-02-27]] | [[DATE_TIME:2025-01-16]] | no (eGFR) | [[PERSON:Rebecca Hollis]] |
| 07 ([[LOCATION:Bristol]]) | [[PERSON:S.P.]] | [[DATE_TIME:1971-06-05]] | [[DATE_TIME:2025-01-20]] | yes | [[PERSON:Tom Ashworth]] |""",
    """unit,resident,nric,mobile,vehicle
"[[ADDRESS:#12-04]]",[[PERSON:Lim Hui Min]],[[ID_NUMBER:T0261958F]],[[PHONE_NUMBER:9123 8840]],[[ID_NUMBER:SJH 4471 L]]
"[[ADDRESS:#12-07]]",[[PERSON:Rajendran s/o Muthu]],[[ID_NUMBER:S7512046Z]],[[PHONE_NUMBER:+65 8712 3306]],[[ID_NUMBER:SLB 2208 C]]""",
    """VOTER ID   NAME                      PARTY  PRECINCT  DOB
[[ID_NUMBER:014420981]]  [[PERSON:HOLLOWAY]], [[PERSON:MARGARET A]]    [[NRP:DEM]]    0412      [[DATE_TIME:03/22/1957]]
[[ID_NUMBER:004418290]]  [[PERSON:HOLLOWAY]], [[PERSON:DALE R]]        [[NRP:REP]]    0412      [[DATE_TIME:11/08/1955]]
[[ID_NUMBER:005120034]]  [[PERSON:MARTINEZ]], [[PERSON:ELENA]]         UNA    0415      [[DATE_TIME:07/30/1992]]""",
    """oncall_rotation:
  week_14:
    primary: {name: [[PERSON:Ravi Iyer]], github: "[[URL:https://github.com/raviiyer-dev]]", slack: "@[[USERNAME:ravi.iyer]]"}
    backup: {name: [[PERSON:Emily Park]], github: "[[URL:https://github.com/emilyp]]", slack: "@[[USERNAME:emily.park]]"}
  week_15:
    primary: {name: [[PERSON:Tomás Álvarez]], github: "[[URL:https://github.com/talvarez]]", slack: "@[[USERNAME:tomas]]"}
    backup: {name: [[PERSON:Ravi Iyer]], github: "[[URL:https://github.com/raviiyer-dev]]", slack: "@[[USERNAME:ravi.iyer]]"}""",
    """Taxpayer name : [[PERSON:Wambui Njoroge]]
KRA PIN       : [[ID_NUMBER:A004418273K]]
ID No.        : [[ID_NUMBER:31882047]]
Postal        : [[ADDRESS:P.O. Box 44120]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]]
Mobile        : [[PHONE_NUMBER:0722 104 883]]
Return period : 2024
Status        : Filed""",
    """booking_ref,patient,age,collection_address,pincode,slot,tests
HC-55120,[[PERSON:Ramachandra Bhat]],[[AGE:77]],"[[ADDRESS:No. 14, 6th Cross]], [[LOCATION:Malleshwaram]]",[[ZIP_CODE:560003]],[[DATE_TIME:24-Feb 06:30]],"CBC, KFT"
HC-55124,[[PERSON:Shalini Rao]],[[AGE:34]],"[[ADDRESS:Flat 1102, Brigade Millennium]], [[LOCATION:JP Nagar]]",[[ZIP_CODE:560078]],[[DATE_TIME:24-Feb 07:00]],"Thyroid, Vit D"
HC-55131,[[PERSON:Feroz Khan]],[[AGE:52]],"[[ADDRESS:22/3 Hosur Road]]",[[ZIP_CODE:560068]],[[DATE_TIME:24-Feb 08:00]],"Lipid, HbA1c\"""",
    """nhs_no\tsurname\tforename\tdob\tpostcode\tusual_gp
[[ID_NUMBER:468 201 9376]]\t[[PERSON:Ashworth]]\t[[PERSON:Dorothy]]\t[[DATE_TIME:19-Aug-1939]]\t[[ZIP_CODE:BD9 4QH]]\t[[PERSON:Dr. R. Malik]]
[[ID_NUMBER:390 417 7281]]\t[[PERSON:Begum]]\t[[PERSON:Shahnaz]]\t[[DATE_TIME:02-Feb-1966]]\t[[ZIP_CODE:BD8 7AU]]\t[[PERSON:Dr. R. Malik]]
[[ID_NUMBER:634 992 0155]]\t[[PERSON:Kowalski]]\t[[PERSON:Piotr]]\t[[DATE_TIME:30-Nov-1984]]\t[[ZIP_CODE:BD3 0JT]]\t[[PERSON:Dr. E. Thornber]]
[[ID_NUMBER:550 219 3764]]\t[[PERSON:Hussain]]\t[[PERSON:Imran]]\t[[DATE_TIME:11-Jun-2001]]\t[[ZIP_CODE:BD5 9LP]]\t[[PERSON:Dr. E. Thornber]]""",
    """| Agreement | Renter | DL # | State | Card | Pickup | Vehicle |
|-----------|--------|------|-------|------|--------|---------|
| RA-904417 | [[PERSON:Kimberly Oduya]] | [[US_DRIVER_LICENSE:O312-418-77-902-0]] | [[LOCATION:FL]] | [[CREDIT_CARD:4988 1726 0034 9158]] | [[DATE_TIME:05/23 10:15]] | Nissan Altima |
| RA-904421 | [[PERSON:Scott Brennan]] | [[US_DRIVER_LICENSE:S53018824]] | [[LOCATION:MA]] | [[CREDIT_CARD:3407 221558 09633]] | [[DATE_TIME:05/23 11:40]] | Ford Explorer |
| RA-904436 | [[PERSON:Yesenia Flores]] | [[US_DRIVER_LICENSE:Y4471093]] | [[LOCATION:CA]] | [[CREDIT_CARD:2221 0034 5678 9018]] | [[DATE_TIME:05/24 08:05]] | Kia Soul |""",
    """{"uid": 550183, "display_name": "[[PERSON:Lerato]]", "handle": "[[USERNAME:lerato_m]]", "phone": "[[PHONE_NUMBER:+27 61 220 4417]]", "country": "[[LOCATION:South Africa]]", "age": [[AGE:24]]}
{"uid": 550190, "display_name": "[[USERNAME:chaiwala_dev]]", "handle": "[[USERNAME:chaiwala_dev]]", "phone": "[[PHONE_NUMBER:+91 99620 48113]]", "country": "[[LOCATION:India]]", "age": [[AGE:31]]}
{"uid": 550202, "display_name": "[[PERSON:Mateus Oliveira]]", "handle": "[[USERNAME:mateus.o]]", "phone": "[[PHONE_NUMBER:+55 11 98812-4470]]", "country": "[[LOCATION:Brazil]]", "age": [[AGE:19]]}""",
    """EMPLOYEE 201 FILE
Name:          [[PERSON:Maria Cristina Bautista Reyes]]
Employee No.:  [[ID_NUMBER:PH-22-0418]]
Birthdate:     [[DATE_TIME:March 15, 1993]]
SSS No.:       [[ID_NUMBER:33-4418203-7]]
TIN:           [[ID_NUMBER:418-220-771-000]]
PhilHealth:    [[ID_NUMBER:19-025508814-3]]
Pag-IBIG MID:  [[ID_NUMBER:1211-4418-2077]]
Address:       [[ADDRESS:128 Mabini St., Brgy. San Roque]], [[LOCATION:Marikina City]] [[ZIP_CODE:1801]]
Mobile:        [[PHONE_NUMBER:0918 330 2274]]""",
    """claim_no,subscriber,subscriber_id,patient,relationship,dos,cdt_code,billed,allowed
D25-0041187,[[PERSON:Robert Kaminski]],[[ID_NUMBER:DLT884102]],[[PERSON:Robert Kaminski]],self,[[DATE_TIME:02/03/2025]],D1110,145.00,98.00
D25-0041190,[[PERSON:Robert Kaminski]],[[ID_NUMBER:DLT884102]],[[PERSON:Ella Kaminski]],child,[[DATE_TIME:02/03/2025]],D1120,120.00,81.00
D25-0041233,[[PERSON:Latoya Simmons]],[[ID_NUMBER:DLT771093]],[[PERSON:Latoya Simmons]],self,[[DATE_TIME:02/05/2025]],D2740,1350.00,902.00""",
    """OPD REGISTER  DATE: 11-03-2025  DEPT: GENERAL MEDICINE
TOKEN  UHID            NAME                     AGE/SEX  PLACE           MOBILE
014    [[ID_NUMBER:GH25-0044107]]    [[PERSON:Venkatesh Murthy]]         [[AGE:58]]/M     [[LOCATION:Tumakuru]]        [[PHONE_NUMBER:94481 30772]]
015    [[ID_NUMBER:GH25-0044112]]    [[PERSON:Shabana Parveen]]          [[AGE:33]]/F     [[LOCATION:Kunigal]]         [[PHONE_NUMBER:88614 20917]]
016    [[ID_NUMBER:GH23-0019983]]    [[PERSON:Lingaraju]]                [[AGE:70]]/M     [[LOCATION:Tiptur]]          -""",
    """property: "[[ADDRESS:Flat 2, 19 Ponsonby Road]], [[LOCATION:Grey Lynn]], [[LOCATION:Auckland]] [[ZIP_CODE:1021]]"
tenancy_start: [[DATE_TIME:2024-02-10]]
weekly_rent: 640
bond_lodged: true
tenants:
  - name: [[PERSON:Mereana Walker]]
    mobile: "[[PHONE_NUMBER:027 441 8830]]"
    email: [[EMAIL_ADDRESS:mereana.walker@xtra.co.nz]]
  - name: [[PERSON:Sione Taufa]]
    mobile: "[[PHONE_NUMBER:022 190 4476]]"
    email: [[EMAIL_ADDRESS:sione.t@gmail.com]]""",
    """| Awardee | Student ID | University | Email | Age | Award |
|---|---|---|---|---|---|
| [[PERSON:Chiamaka Obi]] | [[ID_NUMBER:U2291840]] | UofT | [[EMAIL_ADDRESS:chiamaka.obi@mail.utoronto.ca]] | [[AGE:20]] | $5,000 |
| [[PERSON:Arjun Pillai]] | [[ID_NUMBER:301448827]] | UBC | [[EMAIL_ADDRESS:apillai@student.ubc.ca]] | [[AGE:22]] | $3,500 |
| [[PERSON:Léa Tremblay]] | [[ID_NUMBER:20207714]] | McGill | [[EMAIL_ADDRESS:lea.tremblay2@mail.mcgill.ca]] | [[AGE:19]] | $3,500 |""",
    """{"device": "thermostat", "serial": "TH4-00918-22A", "mac": "b8:27:eb:41:9c:02", "fw": "4.18.2.7", "owner": "[[PERSON:Gregory Hampton]]", "owner_email": "[[EMAIL_ADDRESS:greg.hampton@comcast.net]]", "wan_ip": "[[IP_ADDRESS:73.42.198.11]]"}
{"device": "doorbell", "serial": "DB2-44710-07C", "mac": "b8:27:eb:77:01:ae", "fw": "2.3.10.1", "owner": "[[PERSON:Gregory Hampton]]", "owner_email": "[[EMAIL_ADDRESS:greg.hampton@comcast.net]]", "wan_ip": "[[IP_ADDRESS:73.42.198.11]]"}
{"device": "camera", "serial": "CM1-20931-11F", "mac": "3c:71:bf:0a:5d:93", "fw": "1.0.44", "owner": "[[PERSON:Naomi Feldman]]", "owner_email": "[[EMAIL_ADDRESS:naomi.feldman@me.com]]", "wan_ip": "[[IP_ADDRESS:2601:646:8f00:1a40::5c]]"}""",
]

CHAT = [
    """Chat transcript — HealthBridge Claims Support
[14:02] Bot: Hi! Please enter your member ID to begin.
[14:02] [[PERSON:Daniel Oduya]]: [[ID_NUMBER:HBX-40018827]]
[14:03] Bot: Thanks, [[PERSON:Daniel]]. Connecting you to an agent...
[14:05] Agent [[PERSON:Lisa M.]]: Hi [[PERSON:Daniel]], I can see a claim for your daughter's ER visit on [[DATE_TIME:March 2]]. Can you confirm her date of birth?
[14:06] [[PERSON:Daniel Oduya]]: [[DATE_TIME:06/14/2012]]. her name is [[PERSON:Zuri]]
[14:06] Agent [[PERSON:Lisa M.]]: Thank you. It was denied because the hospital billed under your old ID; I'll resubmit it today. Is [[PHONE_NUMBER:(470) 228-1904]] still the best number for you?
[14:07] [[PERSON:Daniel Oduya]]: yes, or email me at [[EMAIL_ADDRESS:d.oduya@gmail.com]]
[14:07] Agent [[PERSON:Lisa M.]]: Done. Your reference is CS-7741093. Anything else?""",
    """[8:14 pm] [[PERSON:Anju]]: Ammede MRI report vannu. [[PERSON:Dr. Mathew]] naale OP-il kaananam ennu paranju
[8:15 pm] [[PERSON:Binu]] Chettan: Njan kondupokam. Appointment details entha?
[8:16 pm] [[PERSON:Anju]]: OP no. [[ID_NUMBER:MMC-2291047]], [[DATE_TIME:March 14 raavile 11 mani]]kku. Ammede Aadhaar [[ID_NUMBER:6884 0127 3939]]-um insurance card-um edukkanam
[8:17 pm] [[PERSON:Reshma]]: [[PERSON:Binu]] chetta, ente number [[PHONE_NUMBER:97461 20883]] koodi hospitalil kodukkamo? Njan [[LOCATION:Bangalore]]-il ninnu shanivaazhcha varum
[8:18 pm] [[PERSON:Binu]] Chettan: ok 👍""",
    """#people-ops
[[PERSON:Jess Morales]]  10:12 AM
heads up — [[PERSON:Tom Becker]]'s last day is [[DATE_TIME:Friday, June 27]]. can someone update his emergency contact before offboarding? it's still his ex, [[PERSON:Carla]], at [[PHONE_NUMBER:312-904-7718]]
[[PERSON:Raj Patel]]  10:15 AM
on it. the new one he gave me is his brother [[PERSON:Mike Becker]], [[PHONE_NUMBER:773-415-0092]]
[[PERSON:Jess Morales]]  10:16 AM
thx! payroll also needs his forwarding address for the W-2: [[ADDRESS:1840 N Damen Ave, Apt 2R]], [[LOCATION:Chicago]] [[ZIP_CODE:60647]]
[[PERSON:Raj Patel]]  10:16 AM
:+1: updated in Workday""",
    """Customer: hi i cant log in to my account
Agent ([[PERSON:Kevin]]): Hello! I can help with that. May I have your full name and the email on the account?
Customer: [[PERSON:Samira Haddad]], [[EMAIL_ADDRESS:samira.haddad91@yahoo.com]]
Agent ([[PERSON:Kevin]]): Thanks, [[PERSON:Samira]]. For security, please confirm your date of birth and the last 4 of your SSN.
Customer: [[DATE_TIME:9/2/1991]] and 7713
Agent ([[PERSON:Kevin]]): Verified. I see sign-in attempts from [[IP_ADDRESS:45.133.172.20]], which is overseas. Was that you?
Customer: no!! i'm in [[LOCATION:Dearborn]]
Agent ([[PERSON:Kevin]]): I've locked online access and sent a reset link. The debit card ending 2263 is blocked too and a new one will go to [[ADDRESS:7120 Orchard St]].""",
    """[[PERSON:Mr. Okafor]] (landlord): Hi [[PERSON:Jenna]], the plumber is coming on [[DATE_TIME:Tues 18th at 9]]. Can you leave the key with [[PERSON:Mrs. Patel]] in [[ADDRESS:flat 14]]?
[[PERSON:Jenna]]: Sure, no problem. Also, for the deposit return when I move out on [[DATE_TIME:30 June]], my details are sort code 20-44-18, account [[ID_NUMBER:53118807]], name [[PERSON:J. Whitfield-Ross]]
[[PERSON:Mr. Okafor]] (landlord): Got it. And your forwarding address?
[[PERSON:Jenna]]: [[ADDRESS:3 Kingfisher Close]], [[LOCATION:Cheltenham]] [[ZIP_CODE:GL51 0TR]]. My mum's place
[[PERSON:Mr. Okafor]] (landlord): 👍""",
    """[[PERSON:Raghu]]: ಇವತ್ತು ಬೆಳಿಗ್ಗೆ home collection list ready ಆಯ್ತಾ?
[[PERSON:Kavya]]: ಹೌದು. ಮೊದಲು [[PERSON:ಗಂಗಮ್ಮ]] ([[AGE:81]]), [[ADDRESS:ನಂ. 9, 2ನೇ ಮುಖ್ಯ ರಸ್ತೆ]], [[LOCATION:ಜಯನಗರ]]. ಅವರ ಮಗ [[PERSON:ಸುರೇಶ್]] ನಂಬರ್ [[PHONE_NUMBER:98861 40273]].
[[PERSON:Raghu]]: ok. Second one?
[[PERSON:Kavya]]: [[PERSON:Mr. Ashok Jain]], [[ADDRESS:Flat 3B, Sobha Daffodil]], [[LOCATION:HSR Layout]], fasting sample, slot [[DATE_TIME:ಫೆಬ್ರವರಿ 26, 7:30]]. Patient ID [[ID_NUMBER:UDL-0051190]].
[[PERSON:Raghu]]: ಸರಿ, ನಾನೇ ಹೋಗ್ತೀನಿ.""",
    """[[PERSON:Dr. Fiona Carr]]: Can someone ring [[PERSON:Mr. Lewis]] back? He left a message about his biopsy results.
[[PERSON:Aaron]] (reception): Which [[PERSON:Lewis]]? We have two on the list today.
[[PERSON:Dr. Fiona Carr]]: [[PERSON:Graham Lewis]], DOB [[DATE_TIME:4/9/58]]. The number on file is [[PHONE_NUMBER:07823 416092]] but he asked us to use his wife's mobile, [[PHONE_NUMBER:07411 290735]].
[[PERSON:Aaron]] (reception): Got it. I'll offer him Thursday at 2:40 with you.
[[PERSON:Dr. Fiona Carr]]: Perfect, thanks. His hospital number is [[ID_NUMBER:K448172]] if the lab asks.""",
    """Mum: Has everyone sent their passport details for the visa form?
[[PERSON:Tunde]]: mine is [[ID_NUMBER:B04418827]], expires 2031
[[PERSON:Kemi]]: [[ID_NUMBER:A11930274]]. DOB [[DATE_TIME:21/08/2004]] in case you need it
Mum: thanks. [[PERSON:Tunde]] your middle name is [[PERSON:Oluwadamilare]] abi? the form wants full names
[[PERSON:Tunde]]: yes. and my new number is [[PHONE_NUMBER:+44 7951 208334]]
Dad: We fly out on [[DATE_TIME:18 December]] and come back on [[DATE_TIME:4 January]]. [[PERSON:Kemi]], tell your school.""",
]

LOOKALIKE = [
    """Your order #114-7730581-2209441 has shipped! Carrier: UPS, tracking 1Z 4F8 W32 03 9921 8810. Items: SKU HX-2291-BLK (x1), SKU HX-2291-GRY (x2). Invoice INV-2025-004417, total $148.97. Questions? Call 1-888-280-4331 or write to support@northtrail.com. Hi [[PERSON:Megan]], your package should arrive by 8 pm.""",
    """Release 10.4.2.118 (build 2025.03.11). Fixes: Bayesian spam filter crash (#4471); Dijkstra router now handles 0.0.0.0/0 routes; Gaussian blur artefacts on 4K displays; Fourier transform overflow in the audio module. Upgraded OpenSSL to 3.0.13 and libxml2 to 2.12.6. SHA-256 of the installer: 9f2c1e0b4a7d33e8c6b1f0a2d4e5c7b8a9f0e1d2c3b4a5968778695a4b3c2d1e. Known issue: units on firmware 192.168.4.10 (a version string, not an address) may report serial SN-000441-88 twice. Support: releases@meshgate.io, +1 (800) 743-0190.""",
    """Test menu update, effective next quarter: Hodgkin lymphoma IHC panel (code HLP-12), Down syndrome quad screen (DSQ-04), Cushing's dexamethasone suppression test (CDS-01), Alzheimer's CSF biomarkers (ACB-07) and Wilson's disease ceruloplasmin (WDC-02). Samples from the Tilak Road and MG Road collection centres go by the 14:00 courier; TAT 48-72 h. Queries: 1800 419 2255 or labsupport@clearpath-diagnostics.in. Approved by [[PERSON:Dr. Meenal Kapoor]], Lab Director.""",
    """TAX INVOICE No. BK/24-25/10477    GSTIN 29AABCT1332L1ZU    Store: Church Street, [[LOCATION:Bengaluru]], ph 080-4114 2211
1. Wings of Fire — ISBN 978-81-947035-5-6 — ₹399.00
2. The Discovery of India — ISBN 978-0-14-310754-5 — ₹550.00
3. Malgudi Days — ISBN 978-93-5315-642-8 — ₹299.00
Loyalty points earned: 124. Billed to [[PERSON:Keerthana Sivakumar]] ([[EMAIL_ADDRESS:keerthana.s@gmail.com]]). Goods once sold will not be taken back.""",
    """ప్రియమైన ఖాతాదారులకు: మా గాంధీ రోడ్ శాఖ (IFSC: SBIN0004417) వచ్చే నెల నుండి ఎంజీ రోడ్ కి మారుతుంది. ఏటీఎం ఐడి S1NW004417 యథావిధిగా పనిచేస్తుంది. టోల్ ఫ్రీ: 1800 425 3800. ఫిర్యాదు సంఖ్య CMP/2025/00881 కు సంబంధించిన [[PERSON:వెంకటరమణయ్య]] గారి ఫిర్యాదు పరిష్కరించబడింది.""",
    """ASSET TAG   HOSTNAME       SERIAL       MAC                FIRMWARE     ASSIGNED TO
IT-04417    FIN-LT-0231    5CG3341XKD   3c:52:82:1a:9f:10  v10.2.1.44   [[PERSON:Priyanka Deshpande]]
IT-04418    FIN-LT-0232    5CG3341XKF   3c:52:82:1a:9f:44  v10.2.1.44   (pool)
IT-04422    FIN-PR-0007    VNB3K19274   00:1b:78:c2:33:e1  2.0.7.118    Finance printer, 3rd floor
Warranty contract HPQ-7781-2291-004 renews automatically. Vendor hotline 1800 258 7170.""",
    """CIRCULAR TPA/OPS/2025/17 — to all network hospitals. Claim references now use the format CLM-YYYY-NNNNNNN (e.g. CLM-2025-0044117); policy numbers such as 2811/45630019/00/000 stay unchanged. Pre-auth requests must quote the hospital's ROHINI ID (13 digits, e.g. 8900080344117) and the package code (e.g. SG039A). Parkinson's disease, Bell's palsy and Crohn's disease packages are revised from next month. Helpline 1800 102 4477, preauth@medibridge-tpa.in. Escalations: [[PERSON:Sandeep Malhotra]], Head – Provider Network, mobile [[PHONE_NUMBER:+91 98100 44172]].""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind108", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build the *blind* labeled PII set: tests/data/blind.jsonl and tests/data/blind_table/.

    .venv/bin/python tests/data/make_blind.py

Blind means the records were written without reading the detector (nothing
under minimize/detection/ or recognizers/, and not the other hand-written gold
set), so scores on it measure how the detector generalises to text it was not
tuned on. Do not tune the detector against this file; add new records instead.

Every record was written out by hand (no Faker, no word lists, no templates
filled by code) in the styles a third-party evaluator would use:

- `blind-llm-NNN`: short sentences of the kind a model writes when asked for
  "realistic text containing PII" (many cultures, names that are also common
  words, lowercase names, titles, ages, many date/phone/address shapes).
- `blind-bench-NNN`: longer business / medical / legal / school / chat texts in
  the style of published PII benchmarks (ai4privacy, Gretel, presidio-research),
  with look-alike non-PII numbers (order ids, amounts, versions, times, room
  numbers, product codes) left unlabeled on purpose, and a few texts with no PII.
- `blind_table/`: a `minimize synth`-shaped folder with one table
  (data/customers.jsonl + labels/customers.jsonl), rows written by hand here and
  only their offsets computed by code.

PII is marked inline as `[[TYPE:value]]` and stripped by `parse()` from
make_handwritten.py, which computes the offsets.

Labeling conventions (same as make_handwritten.py):
- PERSON: a name or part of one (first name alone, surname alone, lowercase,
  any script). TITLE: an honorific/title attached to a name (Dr., Mrs., Prof.,
  Capt., Rev., Sen., Judge, Officer, Frau), labeled apart from the name.
- ADDRESS: street number + street (+ unit/apt/suite/flat, building name), PO
  boxes. City, district, state/province, country are LOCATION; postal codes
  are ZIP_CODE, in every country's shape.
- DATE_TIME: calendar dates with a day or a month (birth dates, appointment,
  admission, hire dates); not bare years, weekdays, clock times or durations.
- AGE: only the number of a person's age.
- USERNAME: the handle without a leading "@". URL: personal pages/profiles only.
- NRP: a person's nationality, religion or political group.
- ID_NUMBER: national ids (NI number, Aadhaar, SIN, CPF...), MRNs, non-US
  passport numbers, employee/badge/student ids tied to a person.
- US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD (Luhn-valid), IBAN_CODE
  (valid check digits), IP_ADDRESS (v4 and v6), PHONE_NUMBER, EMAIL_ADDRESS.
- Not PII: order/invoice/ticket/claim ids, SKUs, amounts, versions, clock
  times, room numbers, percentages, years, company and product names, role
  mailboxes (support@, hr@) and company websites.
- Table: whole cells are labeled by their column's type (start 0, end len);
  cells containing `[[` marks (notes, some names) are parsed like text. Ages
  and postcodes are stored as strings so they can be labeled; id, plan and
  order_total are unlabeled.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_handwritten import MARK, parse  # noqa: E402

OUT = HERE / "blind.jsonl"
TABLE = HERE / "blind_table"

# ---------------------------------------------------------------------------------
# a. "LLM-generated sentences" style
# ---------------------------------------------------------------------------------

LLM = [
    "Please send the invoice to [[PERSON:Ravi Shankar]] at [[ADDRESS:14 Elm Street]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 2QT]] before Friday.",
    "My name is [[PERSON:Nguyen Thi Lan]] and I was born on [[DATE_TIME:3rd March 1985]] in [[LOCATION:Da Nang]], [[LOCATION:Vietnam]].",
    "Can you call [[PERSON:Hiroshi Tanaka]] on [[PHONE_NUMBER:+81-3-1234-5678]] to confirm Tuesday's meeting?",
    "[[PERSON:Kim Min-jun]], aged [[AGE:67]], lives alone at [[ADDRESS:45 Sejong-daero]], [[LOCATION:Jung-gu]], [[LOCATION:Seoul]] [[ZIP_CODE:04519]].",
    "spoke with [[PERSON:maria gonzalez]] this morning, she says her new number is [[PHONE_NUMBER:555.867.5309]].",
    "The replacement SIM for [[PERSON:Chukwuemeka Obi]] should be mailed to [[ADDRESS:PO Box 1182]], [[LOCATION:Ikeja]], [[LOCATION:Lagos]], [[LOCATION:Nigeria]].",
    "Forward the signed lease to [[EMAIL_ADDRESS:lena.hoffmann+lease@posteo.de]] no later than [[DATE_TIME:28 February 2025]].",
    "I'm [[AGE:34]] and my SSN is [[US_SSN:512-44-9087]], is that enough to open the account?",
    "[[PERSON:Rose]] said she'd pick up the kids at 3:30 after her shift.",
    "We still haven't heard back from [[PERSON:Grant]].",
    "[[TITLE:Dr.]] [[PERSON:Anjali Deshpande]] will see you on [[DATE_TIME:12/07/2024]] at 10:15 in room 204.",
    "Hi, this is [[PERSON:Bill]] from accounts, my direct line is [[PHONE_NUMBER:020-7946-0958]].",
    "Please pay the deposit into [[IBAN_CODE:DE89 3704 0044 0532 0130 00]] (account holder: [[PERSON:Jürgen Weiß]]).",
    "My card [[CREDIT_CARD:4539 1488 0343 6467]] was declined twice at the checkout yesterday.",
    "The login came from [[IP_ADDRESS:203.0.113.42]], not from [[PERSON:Sofia]]'s usual laptop.",
    "Follow me on Instagram, I'm @[[USERNAME:jdoe88]] pretty much everywhere.",
    "[[TITLE:Capt.]] [[PERSON:Erik Lindqvist]] ([[AGE:52]]) was born in [[LOCATION:Gothenburg]], [[LOCATION:Sweden]].",
    "A [[AGE:52]]-year-old man from [[LOCATION:Cork]] was treated at the scene and released.",
    "Patient intake: age: [[AGE:29]], sex: F, DOB [[DATE_TIME:1995-06-18]], blood type O+.",
    "Send the samples to [[ADDRESS:221 Queen Street West, Suite 400]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5V 1Z4]].",
    "[[PERSON:Dana Whitfield]]'s passport number is [[US_PASSPORT:548261937]] and it expires in 2027.",
    "[[PERSON:Kevin Park]] holds [[LOCATION:California]] driver's license [[US_DRIVER_LICENSE:D4820173]].",
    "[[PERSON:Hope]] is allergic to penicillin, please make a note on her chart.",
    "I emailed [[PERSON:dean]] at [[EMAIL_ADDRESS:dean.morrow@outlook.com]] but he still hasn't replied.",
    "Contact: [[PERSON:Aoife Ní Bhriain]], [[PHONE_NUMBER:+353 87 123 4567]], [[EMAIL_ADDRESS:aoife.nibhriain@tcd.ie]]",
    "[[PERSON:Mohammed Al-Farsi]] moved to [[LOCATION:Dubai]] in 2019 and now flies for Emirates.",
    "[[PERSON:Li Na]]'s mobile is [[PHONE_NUMBER:+86 138 0013 8000]], she prefers WeChat though.",
    "The new tenant, [[PERSON:Ivan Petrov]], is [[AGE:41]] and originally from [[LOCATION:Novosibirsk]].",
    "Could you remind [[PERSON:June]] that the quarterly report is due on [[DATE_TIME:June 30]]?",
    "[[PERSON:Mark]] will mark the exams over the weekend.",
    "I'll ask [[PERSON:Will]] whether he will drive us to the airport.",
    "[[PERSON:Faith Adebayo]] is a practising [[NRP:Anglican]] and sings in the choir every Sunday.",
    "Our head baker, [[PERSON:Tom Baker]], starts at 5 am every day.",
    "[[TITLE:Mrs.]] [[PERSON:Cook]] asked the cook to prepare a vegetarian option.",
    "[[PERSON:Brandon Young]] is young for a CFO, he's only [[AGE:31]].",
    "It's a long drive to visit [[PERSON:Long Nguyen]] in [[LOCATION:Garden Grove]].",
    "[[PERSON:Park Ji-woo]] parked outside [[ADDRESS:88 Teheran-ro]] for over an hour.",
    "[[PERSON:Lee]] and [[PERSON:Brown]] co-signed the loan agreement.",
    "Please send my warmest regards to [[TITLE:Rev.]] [[PERSON:Samuel Okonkwo]].",
    "[[TITLE:Sen.]] [[PERSON:Patricia Holloway]], a [[NRP:Democrat]] from [[LOCATION:Ohio]], introduced the bill on Tuesday.",
    "[[TITLE:Judge]] [[PERSON:Ramirez]] adjourned the hearing until [[DATE_TIME:March 9]].",
    "[[TITLE:Officer]] [[PERSON:Daniel Kowalski]], badge [[ID_NUMBER:4471]], took the witness statement.",
    "[[TITLE:Prof.]] [[PERSON:Yuki Sato]] can be reached at [[EMAIL_ADDRESS:y.sato@econ.keio.ac.jp]].",
    "You can email me at [[EMAIL_ADDRESS:hello@priya.dev]] or read my blog at [[URL:https://priya.dev/blog]].",
    "For the loan request, write to [[EMAIL_ADDRESS:a.kowalczyk@warsaw-history.museum]] and mention [[PERSON:Agnieszka]].",
    "Ship to [[PERSON:Lars Eriksen]], [[ADDRESS:Storgata 15]], [[ZIP_CODE:0155]] [[LOCATION:Oslo]], [[LOCATION:Norway]].",
    "[[PERSON:Sanne de Vries]] lives at [[ADDRESS:Keizersgracht 123]], [[ZIP_CODE:1015 CJ]] [[LOCATION:Amsterdam]].",
    "[[PERSON:Arjun Mehta]], [[ADDRESS:Flat 302, Sai Residency, 14th Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]], mobile [[PHONE_NUMBER:+91 98765 43210]].",
    "Call the [[LOCATION:Berlin]] office at [[PHONE_NUMBER:0049 30 1234567]] and ask for [[TITLE:Frau]] [[PERSON:Becker]].",
    "If you're in [[LOCATION:Melbourne]], ring [[PERSON:Jack]] on [[PHONE_NUMBER:(03) 9123 4567]].",
    "[[PERSON:Chloé Martin]]'s address is [[ADDRESS:12 rue des Lilas]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]], [[LOCATION:France]].",
    "Parcel for [[PERSON:Sato Haruka]]: [[ADDRESS:3-14-1 Jingumae]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:150-0001]].",
    "The apartment at [[ADDRESS:350 Fifth Avenue, Apt 12C]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10118-0110]] belongs to [[PERSON:Rachel Stein]].",
    "[[PERSON:Oksana Kovalenko]] was born on [[DATE_TIME:14.08.1979]] in [[LOCATION:Lviv]].",
    "Employee [[PERSON:Tomasz Nowak]] (ID [[ID_NUMBER:EMP-20931]]) is on parental leave until [[DATE_TIME:1 April]].",
    "For payroll, his National Insurance number is [[ID_NUMBER:JT 48 21 93 B]].",
    "Aadhaar: [[ID_NUMBER:4829 1736 5502]], name: [[PERSON:Sunita Yadav]], age [[AGE:45]].",
    "[[PERSON:Oliver Hughes]] renewed his passport ([[ID_NUMBER:533380006]]) at the [[LOCATION:Liverpool]] office.",
    "Her social is [[US_SSN:431 72 6650]], I double-checked it with her.",
    "Please verify SSN [[US_SSN:219094411]] for [[PERSON:Gloria Fuentes]] before Monday.",
    "Charge the balance to [[CREDIT_CARD:5425-2334-3010-9903]], it's the company Mastercard.",
    "amex [[CREDIT_CARD:3714 496353 98431]] exp 09/27, cvv on file",
    "Refund to card [[CREDIT_CARD:6011000990139424]] please, not store credit.",
    "Transfer the rent to [[IBAN_CODE:GB33 BUKB 2020 1555 5555 55]], reference FLAT-2B.",
    "Server logs show [[PERSON:Astrid]] signing in as [[USERNAME:astrid_k]] from [[IP_ADDRESS:192.168.1.24]].",
    "The suspicious request came from [[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]] at 02:14 UTC.",
    "user: [[USERNAME:mike_t]] | last seen 2 hours ago | 14 posts",
    "You can find [[PERSON:Fatima Zahra Benali]] on LinkedIn at [[URL:linkedin.com/in/fatima-zahra-benali]].",
    "Check out my projects at [[URL:https://github.com/kwame-mensah]], I'm [[PERSON:Kwame]] from [[LOCATION:Kumasi]].",
    "As a [[NRP:Muslim]], [[PERSON:Hamid]] asked for a halal meal on the flight to [[LOCATION:Toronto]].",
    "The suspect is a [[AGE:23]]-year-old [[NRP:Brazilian]] national named [[PERSON:Thiago Ribeiro]].",
    "We still need [[PERSON:Siobhan O'Sullivan]]'s signature on page 3.",
    "talked to [[PERSON:ahmed hassan]] about the refund, he's fine with 50%.",
    "can someone ping [[PERSON:wei zhang]] about the slides?",
    "The consent form was signed by [[PERSON:Ngozi Eze]].",
    "[[PERSON:Robert Allen]], DOB: [[DATE_TIME:07/23/1968]], was seen in clinic today.",
    "I was born on the [[DATE_TIME:5th of November, 1990]], so I'm a Scorpio.",
    "Name: [[PERSON:Javier Morales]]. Date of birth: [[DATE_TIME:Jan 2, 1977]]. Nationality: [[NRP:Mexican]].",
    "My grandmother [[PERSON:Ingrid]] turned [[AGE:90]] on [[DATE_TIME:12 May]].",
    "[[PERSON:Émilie Tremblay]], [[ADDRESS:1200 Rue Sainte-Catherine O, App. 805]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H3B 1K9]]",
    "The cheque should go to [[ADDRESS:77 Bank Street, Unit 3]], [[LOCATION:Ottawa]], [[LOCATION:Ontario]] [[ZIP_CODE:K1P 5N2]].",
    "We've moved! New address: [[ADDRESS:Unit 7, 42 Smith Street]], [[LOCATION:Fitzroy]] [[LOCATION:VIC]] [[ZIP_CODE:3065]].",
    "Mail the form to [[ADDRESS:1600 Maple Ave]], [[LOCATION:Springfield]], [[LOCATION:IL]] [[ZIP_CODE:62704-1234]].",
    "[[PERSON:Katharina Schulz]], [[ADDRESS:Lindenstraße 8]], [[ZIP_CODE:80331]] [[LOCATION:München]]",
    "[[PERSON:Rashid]] can be reached on [[PHONE_NUMBER:+971 50 123 4567]] after 6 pm.",
    "Text me on [[PHONE_NUMBER:07700 900123]] when you land.",
    "For support call [[PERSON:Megan]] at [[PHONE_NUMBER:+1 (415) 555-0198]].",
    "[[PERSON:Lucas Oliveira]] (whatsapp [[PHONE_NUMBER:+55 11 91234-5678]]) is organising the trip.",
    "[[PERSON:Thabo Nkosi]] from [[LOCATION:Johannesburg]]: [[PHONE_NUMBER:+27 82 555 0123]]",
    "Please call my brother [[PERSON:Emeka]] on [[PHONE_NUMBER:+234 803 123 4567]] if I'm unreachable.",
    "[[PERSON:Choi Seo-yeon]]'s number is [[PHONE_NUMBER:+82 10-1234-5678]].",
    "Mon numéro : [[PHONE_NUMBER:+33 6 12 34 56 78]] - [[PERSON:Julien]]",
    "Ring [[PERSON:Mia]] on [[PHONE_NUMBER:+61 412 345 678]] to arrange the handover.",
    "Call [[PHONE_NUMBER:800-555-0100]] ext. 42 and ask for [[PERSON:Doreen]].",
    "[[PERSON:Bjørn Haugen]] and [[PERSON:Sigrid Haugen]] will arrive in [[LOCATION:Bergen]] on [[DATE_TIME:July 3rd]].",
    "[[PERSON:Siddharth]] sent the revised draft at midnight.",
    "[[PERSON:Nakamura]] was late again, third time this month.",
    "[[PERSON:Dmitri]] says hi from [[LOCATION:St. Petersburg]]!",
    "[[PERSON:Layla Haddad]], [[AGE:38]], is a pharmacist in [[LOCATION:Beirut]].",
    "[[PERSON:José Luis Hernández García]] was born in [[LOCATION:Guadalajara]] on [[DATE_TIME:October 22, 1983]].",
    "[[PERSON:Trần Văn Minh]] lives at [[ADDRESS:25 Lý Thường Kiệt]], [[LOCATION:Hoàn Kiếm]], [[LOCATION:Hà Nội]].",
    "Recipient: [[PERSON:王伟]] ([[PERSON:Wang Wei]]), tel [[PHONE_NUMBER:+86 139 1234 5678]]",
    "His [[LOCATION:New York]] license number is [[US_DRIVER_LICENSE:731 284 956]].",
    "[[LOCATION:Florida]] DL [[US_DRIVER_LICENSE:H455-720-83-412-0]] belongs to [[PERSON:Marcus Bell]].",
    "US passport no. [[US_PASSPORT:A03829174]], issued [[DATE_TIME:04/15/2021]].",
    "Device [[IP_ADDRESS:fe80::1ff:fe23:4567:890a]] is [[PERSON:Priyanka]]'s workstation.",
    "Add me on Facebook: [[URL:https://www.facebook.com/anna.kowalska.92]]",
    "[[PERSON:Marco]] posts his recipes at [[URL:instagram.com/chef_marco_rossi]].",
    "[[PERSON:Kofi]] is [[NRP:Ghanaian]] but grew up in [[LOCATION:London]].",
    "[[PERSON:Park]] said yes to the offer.",
    "[[PERSON:Gurpreet Singh]] is a [[NRP:Sikh]] and wears a turban at work.",
    "my cousin [[PERSON:sven]] is [[AGE:19]] and just moved to [[LOCATION:copenhagen]]",
    "Meet [[PERSON:Amara Okafor]], our newest intern. She's [[AGE:22]], from [[LOCATION:Enugu]], and loves chess.",
    "[[PERSON:Ji-hoon]]'s email is [[EMAIL_ADDRESS:jihoon.lee@snu.ac.kr]].",
    "The winner, [[PERSON:Eilidh MacLeod]] of [[LOCATION:Inverness]], receives a £500 voucher.",
    "Reminder: [[PERSON:Nikolai Volkov]]'s birthday is [[DATE_TIME:September 17]].",
    "[[PERSON:Zainab]] wrote from [[EMAIL_ADDRESS:zainab_91@yahoo.co.uk]] asking about the scholarship.",
    "[[PERSON:Carlos Mendoza]], [[AGE:58]], retired, [[ADDRESS:4410 Ocean View Blvd]], [[LOCATION:San Diego]], [[LOCATION:CA]] [[ZIP_CODE:92107]].",
    "[[PERSON:Helga]] changed her Reddit name to [[USERNAME:nordic_knitter]].",
    "Log in as [[USERNAME:p.sharma]] with the temporary password we sent.",
    "[[PERSON:Tariq Jameel]] paid with card number [[CREDIT_CARD:4916 3385 2290 1148]], billing zip [[ZIP_CODE:30309]].",
    "[[PERSON:Anneke]]'s Dutch IBAN is [[IBAN_CODE:NL91 ABNA 0417 1643 00]].",
    "The donation came from [[IBAN_CODE:FR76 3000 6000 0112 3456 7890 189]] in the name of [[PERSON:Margaux Lefèvre]].",
    "[[PERSON:Esperanza]] is [[AGE:7]] and starts second grade on [[DATE_TIME:September 4]].",
    "[[PERSON:Grace Mwangi]] ([[PHONE_NUMBER:+254 712 345678]]) confirmed the venue in [[LOCATION:Nairobi]].",
    "[[TITLE:Mr.]] [[PERSON:Khalid bin Saeed]] is expected at the [[LOCATION:Riyadh]] branch on [[DATE_TIME:2 Dec]].",
    "Who is [[PERSON:Rose Long]]? She keeps calling from [[PHONE_NUMBER:(202) 555-0147]].",
    "[[TITLE:Nurse]] [[PERSON:Abigail Grant]] will take your blood pressure first.",
    "Dear [[PERSON:Sun-hee]], happy [[AGE:40]]th birthday!",
    "[[PERSON:Pham Quoc Bao]], born [[DATE_TIME:1990/02/11]], [[LOCATION:Ho Chi Minh City]].",
    "I need to update my address to [[ADDRESS:9 Rosemary Lane]], [[LOCATION:Bath]] [[ZIP_CODE:BA1 5EX]], thanks, [[PERSON:Heather]].",
    "My daughter [[PERSON:Olivia]], [[AGE:16]], has a [[LOCATION:Texas]] learner permit, number [[US_DRIVER_LICENSE:40827193]].",
    "[[PERSON:Yusuf Demir]] (TC kimlik [[ID_NUMBER:10000000146]]) lives in [[LOCATION:Izmir]].",
    "[[PERSON:Ana Paula Souza]], CPF [[ID_NUMBER:123.456.789-09]], [[LOCATION:São Paulo]].",
    "Hi I'm [[PERSON:Jake]], [[AGE:27]], living in [[LOCATION:Denver]], looking for a roommate!",
]

# ---------------------------------------------------------------------------------
# b. published-benchmark style (ai4privacy / Gretel / presidio-research)
# ---------------------------------------------------------------------------------

BENCH = [
    # -- medical
    "Patient [[PERSON:Olumide Adeyemi]] (DOB [[DATE_TIME:04/11/1962]], MRN [[ID_NUMBER:448812]]) was admitted on [[DATE_TIME:17 March 2024]] "
    "with chest pain radiating to the left arm. BP 150/95, HR 102, SpO2 96%. Started on clopidogrel 75 mg once daily. "
    "Next of kin: [[PERSON:Funmilayo Adeyemi]] (wife), [[PHONE_NUMBER:+44 7911 123456]].",
    "DISCHARGE SUMMARY\nName: [[PERSON:Margarethe Lindström]]\nAge: [[AGE:81]]\nMedical Record No.: [[ID_NUMBER:MRN-0097731]]\n"
    "Attending: [[TITLE:Dr.]] [[PERSON:Paul Okoye]]\nDiagnosis: community-acquired pneumonia (ICD-10 J18.9). "
    "Follow-up in 2 weeks at Ward 7B, bed 12.",
    "[[PERSON:Hassan Rahimi]], a [[AGE:46]]-year-old male, presented to the ED on [[DATE_TIME:2023-11-02]] after a fall from a ladder (approx. 3 m). "
    "CT head negative. Tetanus booster given. Discharged home to [[ADDRESS:17 Harrow Road]], [[LOCATION:London]] [[ZIP_CODE:W2 5DT]].",
    "Referral letter\n\nDear [[TITLE:Dr.]] [[PERSON:Campbell]],\n\nI would be grateful if you could see [[TITLE:Mrs.]] [[PERSON:Deirdre Walsh]] "
    "(DOB [[DATE_TIME:19/09/1950]], NHS No. [[ID_NUMBER:943 476 5919]]), who has had worsening dyspnoea for 6 months. "
    "Her HbA1c was 58 mmol/mol in January.\n\nYours sincerely,\n[[TITLE:Dr.]] [[PERSON:Imran Qureshi]]",
    "Prescription: Amoxicillin 500 mg, 3x daily for 7 days. Patient: [[PERSON:Chen Xiulan]], [[AGE:63]] y/o, "
    "ph. [[PHONE_NUMBER:+1 604-555-0112]], allergies: none known. Rx #558210, refills: 0.",
    "Lab results for [[PERSON:Santiago Ruiz]] (patient ID [[ID_NUMBER:PT-2210984]]), collected [[DATE_TIME:05/14/2024]] 08:20: "
    "glucose 112 mg/dL, LDL 141 mg/dL, creatinine 0.9. Results sent to [[EMAIL_ADDRESS:santiago.ruiz77@gmail.com]].",
    "Vaccination record: [[PERSON:Aiko Matsumoto]], born [[DATE_TIME:2019-03-27]], received MMR dose 2 on [[DATE_TIME:2024-04-02]] "
    "(lot no. X7731A). Guardian: [[PERSON:Kenji Matsumoto]], [[PHONE_NUMBER:090-1234-5678]].",
    "The patient, [[TITLE:Mr.]] [[PERSON:Tobias Engel]], aged [[AGE:72]], of [[ADDRESS:Goethestraße 44]], [[ZIP_CODE:60313]] [[LOCATION:Frankfurt am Main]], "
    "underwent a right hip replacement. Insurance: TK, policy holder number [[ID_NUMBER:A123456780]].",
    "Telehealth note [[DATE_TIME:Feb 8, 2024]]: spoke with [[PERSON:Brianna Carter]] via video. She reports 4/10 pain. "
    "Sent updated plan to her portal account [[USERNAME:bcarter_91]]. Next call in 10 days.",
    "Nursing handover, room 312: [[PERSON:Mr. Ahmed Siddiqui]], [[AGE:59]], post-op day 2, observations stable. "
    "Wife ([[PERSON:Rukhsana]]) will visit at 18:00; her number is [[PHONE_NUMBER:07956 432 118]].",
    "Psychiatric intake: [[PERSON:Julia Nowicka]] ([[AGE:24]]), student, lives with her partner in [[LOCATION:Kraków]]. "
    "Identifies as [[NRP:Catholic]]. PHQ-9 score 16. Emergency contact [[PHONE_NUMBER:+48 601 234 567]].",
    "Dental appointment confirmed for [[PERSON:Noah Fischer]] on [[DATE_TIME:Thursday, 9 January 2025]] at 14:30, chair 3. "
    "Cost estimate: CHF 380.00. Questions? Reply to this message.",
    # -- banking / finance / loans
    "Account holder: [[TITLE:Ms.]] [[PERSON:Ingrid Solberg]], IBAN [[IBAN_CODE:NO93 8601 1117 947]], address [[ADDRESS:Bygdøy allé 23]], "
    "[[ZIP_CODE:0262]] [[LOCATION:Oslo]]. Statement no. 0524; closing balance NOK 48 210,55.",
    "LOAN APPLICATION\nApplicant: [[PERSON:Marcus J. Whitaker]]\nDate of birth: [[DATE_TIME:02/17/1981]]\nSSN: [[US_SSN:318-52-7746]]\n"
    "Address: [[ADDRESS:5523 Birchwood Ct]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43229]]\nAnnual income: $84,000\n"
    "Requested amount: $25,000 over 60 months at 7.9% APR.",
    "We noticed a login to your account from a new device (IP [[IP_ADDRESS:81.2.69.160]], Chrome 124 on Windows). "
    "If this wasn't you, [[PERSON:Sophie]], please call the number on the back of your card and quote reference SEC-88213.",
    "Dear [[PERSON:Mr. Okafor]], your transfer of EUR 1,250.00 to [[IBAN_CODE:ES91 2100 0418 4502 0005 1332]] "
    "([[PERSON:Lucía Fernández]]) was completed on [[DATE_TIME:12.03.2024]]. Transaction ID: TX-5521-99841.",
    "Card ending in 4821 was replaced. New card number: [[CREDIT_CARD:4024 0071 5336 2883]], valid thru 11/28. "
    "Cardholder: [[PERSON:Evelyn Chow]]. Your PIN will arrive separately within 5-7 working days.",
    "Wire instructions for the closing on [[DATE_TIME:June 12]]: beneficiary [[PERSON:Gabriel Moreau]], IBAN [[IBAN_CODE:FR14 2004 1010 0505 0001 3M02 606]], "
    "BIC PSSTFRPPPAR, amount EUR 312,400.00, reference ESCROW-7719.",
    "Credit check authorised by [[PERSON:Natasha Ivanova]] (SSN [[US_SSN:604 18 2290]], DOB [[DATE_TIME:November 3, 1990]]). "
    "Score returned: 712. Bureau file #CB-00417723.",
    "Hi [[PERSON:Darnell]], your autopay from card [[CREDIT_CARD:5105-1051-0510-5100]] failed on [[DATE_TIME:March 1]]. "
    "Amount due: $142.37. Update your details at myaccount.example.com.",
    "KYC form. Full name: [[PERSON:Adaeze Nwosu]]. Nationality: [[NRP:Nigerian]]. Passport no.: [[ID_NUMBER:A07351986]]. "
    "Residential address: [[ADDRESS:12 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. Phone: [[PHONE_NUMBER:+234 809 555 1234]].",
    "Please update the direct debit for [[PERSON:Conor Byrne]] to [[IBAN_CODE:IE29 AIBK 9311 5212 3456 78]] from the next billing cycle (invoice INV-2024-0931).",
    "Transaction flagged: card [[CREDIT_CARD:378282246310005]], merchant ID 88401122, amount USD 2,399.00, "
    "IP [[IP_ADDRESS:185.220.101.7]], customer [[PERSON:Kenneth Lowe]], email [[EMAIL_ADDRESS:k.lowe@fastmail.fm]].",
    "Mortgage offer ref. MO/2291/B for [[PERSON:Rahul]] and [[PERSON:Deepa Nair]], property at [[ADDRESS:31 Cedar Close]], "
    "[[LOCATION:Reading]] [[ZIP_CODE:RG1 7PT]]. Loan-to-value 85%, fixed 4.29% for 5 years.",
    "Salary will be paid into account [[IBAN_CODE:DE44 5001 0517 5407 3249 31]] held by [[PERSON:Mehmet Yılmaz]], starting with the [[DATE_TIME:May 2024]] payroll run.",
    "Beneficiary details: [[PERSON:Erika Nagy]], [[IBAN_CODE:HU42 1177 3016 1111 1018 0000 0000]], [[LOCATION:Budapest]], [[LOCATION:Hungary]].",
    # -- HR / employment
    "Dear [[PERSON:Priya Raman]],\n\nWe are pleased to offer you the position of Senior Data Analyst (req. 2024-117) at a starting salary "
    "of $98,500 per year, effective [[DATE_TIME:August 1, 2024]]. Please sign and return this letter to hr@northwind-analytics.com by Friday.\n\n"
    "Sincerely,\n[[PERSON:Laura Bennett]]\nHead of People",
    "Employee record: [[PERSON:Takeshi Yamamoto]], staff no. [[ID_NUMBER:E-004512]], department 14 (Logistics), hired [[DATE_TIME:01/04/2016]]. "
    "Home: [[ADDRESS:2-5-8 Nishi-Shinjuku]], [[LOCATION:Shinjuku-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:160-0023]].",
    "Termination notice\n\n[[PERSON:Kyle Robertson]] (employee ID [[ID_NUMBER:88213]]) is informed that his employment ends on [[DATE_TIME:30 September 2024]]. "
    "Final pay, including 6 days of accrued leave, will be sent to his address on file.",
    "Background check request for candidate [[PERSON:Fernanda Lima]], DOB [[DATE_TIME:1992-12-05]], SSN [[US_SSN:523-09-8841]], "
    "[[LOCATION:Illinois]] DL [[US_DRIVER_LICENSE:L542-8810-3927]]. Position: warehouse supervisor, shift B.",
    "Reference letter: I have known [[PERSON:Aleksander Zielinski]] for 5 years as his line manager at Baltic Freight Ltd. "
    "He is reliable and well organised. Feel free to contact me on [[PHONE_NUMBER:+48 22 555 01 23]]. [[PERSON:Monika Wrobel]]",
    "Please welcome [[PERSON:Chidinma Okeke]] to the [[LOCATION:Lagos]] team! She'll be working from the 4th floor, desk 4.17, "
    "and her extension is 2281. Her email: [[EMAIL_ADDRESS:chidinma.okeke@zenith-logistics.ng]].",
    "New starter form\nSurname: [[PERSON:O'Connell]]\nForename(s): [[PERSON:Niamh Bríd]]\nPPS number: [[ID_NUMBER:1234567TA]]\n"
    "Date of birth: [[DATE_TIME:23/06/1998]]\nMobile: [[PHONE_NUMBER:086 123 4567]]\nStart date: [[DATE_TIME:02/09/2024]]",
    "Performance review 2023 for [[PERSON:Samuel Teo]]: rating 4 of 5, bonus 12% of base. Reviewed by [[PERSON:Grace Lim]] on [[DATE_TIME:15 Dec 2023]].",
    "Visa sponsorship memo: [[PERSON:Raj Patel]], [[NRP:Indian]] national, passport [[ID_NUMBER:Z4381957]], currently residing at "
    "[[ADDRESS:B-204, Lotus Apartments, Andheri West]], [[LOCATION:Mumbai]] [[ZIP_CODE:400053]].",
    "Timesheet week 32: [[PERSON:Beatriz Santos]] worked 38.5 h on project ATLAS-7 and 4 h on internal training. Approved by the line manager.",
    "Exit interview: [[PERSON:Jonas Berg]] is leaving to join a competitor in [[LOCATION:Stockholm]]. Forwarding address: "
    "[[ADDRESS:Sveavägen 56]], [[ZIP_CODE:111 34]] [[LOCATION:Stockholm]], [[LOCATION:Sweden]].",
    # -- legal / court / police
    "IN THE CIRCUIT COURT OF [[LOCATION:COOK COUNTY]]. Case No. 2023-CH-04417. Plaintiff [[PERSON:Denise Harmon]], residing at "
    "[[ADDRESS:2130 N. Halsted St., Apt 2F]], [[LOCATION:Chicago]], [[LOCATION:Illinois]] [[ZIP_CODE:60614]], v. Lakeshore Property Management LLC.",
    "The defendant, [[PERSON:Victor Alvarez]], born [[DATE_TIME:8 August 1975]], appeared before [[TITLE:Judge]] [[PERSON:Helen Marsh]] and entered a plea of not guilty. "
    "Bail was set at $50,000. Next hearing: [[DATE_TIME:14 October 2024]], courtroom 5.",
    "Witness statement of [[PERSON:Agnes Mbeki]], [[AGE:64]], retired teacher: 'At around 21:40 I saw a grey van, registration partially "
    "obscured, stop outside number 18.' Statement taken by [[TITLE:PC]] [[PERSON:Ryan Doyle]], collar number [[ID_NUMBER:4417]].",
    "Power of attorney: I, [[PERSON:Harold Finch]], of [[ADDRESS:8 Willow Bank]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG1 2AB]], appoint my daughter "
    "[[PERSON:Joanna Finch]] to act on my behalf in all financial matters.",
    "Incident report #IR-55102: At 03:15 officers responded to a burglary at [[ADDRESS:409 Pine Street]], [[LOCATION:Seattle]], [[LOCATION:WA]]. "
    "Homeowner [[PERSON:Ming Zhao]] ([[PHONE_NUMBER:206-555-0177]]) reported a laptop and 2 watches missing.",
    "Last will and testament of [[PERSON:Edith Margaret Cole]], born [[DATE_TIME:2 February 1938]]. I leave my home at "
    "[[ADDRESS:14 Rectory Lane]], [[LOCATION:Canterbury]], to my grandson [[PERSON:Liam Cole]].",
    "Tenancy agreement between landlord [[PERSON:Stavros Papadopoulos]] and tenant [[PERSON:Amelia Hart]] for the flat at "
    "[[ADDRESS:Flat 4, 27 Marlborough Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5NY]]. Rent: £1,150 per calendar month, deposit £1,326.",
    "Subpoena served on [[PERSON:Dwayne Mitchell]] at his workplace, [[ADDRESS:2200 Industrial Pkwy]], on [[DATE_TIME:April 18, 2024]] at 11:05 a.m.",
    "The arresting officer, [[TITLE:Sgt.]] [[PERSON:Lucia Ferraro]], recorded the suspect's [[LOCATION:Texas]] driver license as [[US_DRIVER_LICENSE:27813946]] "
    "and his date of birth as [[DATE_TIME:12-30-1989]].",
    "Immigration hearing for [[PERSON:Abdirahman Warsame]], a [[NRP:Somali]] citizen, A-number [[ID_NUMBER:A205-118-447]], scheduled for [[DATE_TIME:2024-09-19]].",
    "Divorce petition filed by [[PERSON:Karen Lundgren]] against [[PERSON:Peter Lundgren]]. Children: [[PERSON:Elsa]] ([[AGE:9]]) and [[PERSON:Oskar]] ([[AGE:6]]).",
    # -- education
    "Student: [[PERSON:Aryan Kapoor]] | Student ID: [[ID_NUMBER:S20231874]] | Grade 10, section C | DOB: [[DATE_TIME:09-03-2008]] | "
    "Parent email: [[EMAIL_ADDRESS:neha.kapoor@rediffmail.com]] | Attendance: 94%",
    "Report card for [[PERSON:Lily Chen]] ([[AGE:11]]): Mathematics A, English B+, Science A-. Teacher: [[TITLE:Mrs.]] [[PERSON:Patel]]. "
    "Parent-teacher evening is on [[DATE_TIME:November 14]] from 17:00 in room 12.",
    "Dear parents, [[PERSON:Ethan]] was absent on [[DATE_TIME:March 4]] and [[DATE_TIME:March 5]]. Please send a note or call the school office. Class 3B.",
    "University admission: [[PERSON:Fatou Diallo]] ([[NRP:Senegalese]]) has been admitted to the MSc in Public Health, cohort 2024/25. "
    "Correspondence address: [[ADDRESS:Rue 10 x Rue 15, Médina]], [[LOCATION:Dakar]], [[LOCATION:Senegal]].",
    "Scholarship award letter to [[PERSON:Mateo Vargas]], [[ADDRESS:Calle de Alcalá 48, 3º B]], [[ZIP_CODE:28014]] [[LOCATION:Madrid]]: "
    "you have been awarded €4,000 for the academic year.",
    "Library notice: [[PERSON:Hannah Schmidt]] (card no. [[ID_NUMBER:2904417]]) has 3 overdue items. Fine so far: EUR 4.50.",
    "Thesis defence of [[PERSON:Nguyen Duc Anh]] will be held on [[DATE_TIME:21 June 2024]] at 09:30, building E, room 2.14. "
    "Committee chair: [[TITLE:Prof.]] [[PERSON:Marta Kowalczyk]].",
    "Transcript request from alumni [[PERSON:Olga Smirnova]], class of 2012, student number [[ID_NUMBER:1209876]]. Send to [[EMAIL_ADDRESS:olga.smirnova@yandex.ru]].",
    "Field trip permission slip: I allow my child [[PERSON:Zoe Anderson]], age [[AGE:8]], to attend the museum visit. "
    "Parent/guardian: [[PERSON:Michael Anderson]], phone [[PHONE_NUMBER:(512) 555-0133]].",
    # -- customer support / tickets / chat logs
    "[10:42] agent_12: Thanks for holding. Can I get the email on the account?\n[10:43] customer: it's [[EMAIL_ADDRESS:tommy.v@protonmail.com]]\n"
    "[10:43] agent_12: And the last 4 of the card? \n[10:44] customer: 7731. Order is #A-99201, placed 3 days ago.",
    "Ticket #45821 (priority P2)\nReporter: [[PERSON:Sakura Ito]] <[[EMAIL_ADDRESS:sakura.ito@kddi-mail.jp]]>\n"
    "Issue: cannot log in since update v3.2.1. Username [[USERNAME:sakura_i]], last successful login from [[IP_ADDRESS:126.78.14.201]].",
    "Chat transcript\n[[PERSON:Aditi]]: hey, my parcel went to the wrong house\nSupport: Sorry about that! What's the delivery address?\n"
    "[[PERSON:Aditi]]: [[ADDRESS:56 Lakeview Terrace]], [[LOCATION:Edison]], [[LOCATION:NJ]] [[ZIP_CODE:08817]]\nSupport: Thanks, re-shipping order 118-2203945-1 today.",
    "Hi there, I'm [[PERSON:Rebecca Owusu]] and I'd like to cancel my subscription (plan: Premium, $14.99/mo). My account email is "
    "[[EMAIL_ADDRESS:becky.owusu@icloud.com]] and the phone on file is [[PHONE_NUMBER:+1 347 555 0162]].",
    "Complaint received [[DATE_TIME:2024-02-11]] from [[PERSON:Giuseppe Conti]], [[ADDRESS:Via Garibaldi 21]], [[ZIP_CODE:10122]] [[LOCATION:Torino]]: "
    "the coffee machine (model CM-400, serial 7781-442) leaks after 2 weeks of use.",
    "Return authorisation RMA-33071 issued to [[PERSON:Hye-jin Kang]], [[PHONE_NUMBER:+82 2-555-0147]]. Refund of KRW 89,000 to the original card within 5 days.",
    "Customer [[USERNAME:gamer_x_2001]] (real name [[PERSON:Tyler Brooks]], [[AGE:17]]) requested account deletion; parental consent email sent to "
    "[[EMAIL_ADDRESS:j.brooks.family@gmail.com]].",
    "Whatsapp group 'Flat 3 chores':\n[[PERSON:Nina]]: bins go out tonight\n[[PERSON:Tom]]: I did it last week\n"
    "[[PERSON:Nina]]: ok I'll do it, but can you pay the internet? it's 34.99 this month",
    "Order 7730-1182-55 shipped via DHL, tracking JD014600003889372. Deliver to [[PERSON:Sven Olsen]], [[ADDRESS:Nørrebrogade 112, 2. tv]], "
    "[[ZIP_CODE:2200]] [[LOCATION:København N]], [[LOCATION:Denmark]].",
    "Support: could you confirm your date of birth?\nUser: [[DATE_TIME:17/10/1984]]\nSupport: and the postcode?\nUser: [[ZIP_CODE:EH3 9QN]]\nSupport: thanks [[PERSON:Callum]], you're verified.",
    # -- emails with signatures
    "Hi all,\n\nMinutes from Tuesday are attached. Action items: budget v2 by the 15th, venue shortlist (3 options).\n\nCheers,\n"
    "[[PERSON:Ewa Lewandowska]]\nProject Coordinator | Vistula Events\n[[PHONE_NUMBER:+48 512 345 678]] | [[EMAIL_ADDRESS:ewa.lewandowska@vistula-events.pl]]\n"
    "[[ADDRESS:ul. Marszałkowska 84/92]], [[ZIP_CODE:00-514]] [[LOCATION:Warszawa]]",
    "Dear [[PERSON:Mr. Hamilton]],\n\nFurther to our call, I attach the signed NDA. Please countersign and return.\n\nKind regards,\n"
    "[[PERSON:Adwoa Boateng]]\nSenior Counsel\nDirect: [[PHONE_NUMBER:+233 30 255 0140]]\nMobile: [[PHONE_NUMBER:+233 24 412 7788]]",
    "From: [[PERSON:Oscar Nilsson]] <[[EMAIL_ADDRESS:oscar.nilsson@kth.se]]>\nSent: Monday 10:12\nSubject: draft v0.9\n\n"
    "Hej! Comments inline, mostly on section 4.2. Let's aim for submission before the deadline.\n\n/[[PERSON:Oscar]]",
    "Thanks [[PERSON:Yasmin]],\n\nI've booked the courier for 09:00. Please make sure someone is at [[ADDRESS:Unit 12, Riverside Business Park]], "
    "[[LOCATION:Salford]] [[ZIP_CODE:M50 3XZ]].\n\n[[PERSON:Dev]]\n--\n[[PERSON:Devendra Rao]] | Ops Lead | [[PHONE_NUMBER:0161 496 0372]]",
    "--\n[[PERSON:Isabelle Dubois]]\nAvocate au Barreau de Paris\n[[ADDRESS:45 avenue Montaigne]], [[ZIP_CODE:75008]] [[LOCATION:Paris]]\n"
    "T. [[PHONE_NUMBER:+33 1 42 68 53 00]] | [[EMAIL_ADDRESS:i.dubois@dubois-avocats.fr]]",
    "Hey [[PERSON:Marty]], the shared drive is at \\\\fs01\\projects\\2024. Use your normal login ([[USERNAME:mmcfly]]). Ping me if access fails. - IT",
    # -- travel / bookings / insurance / rentals
    "Booking confirmation HX7Q2M\nPassenger: [[TITLE:MS]] [[PERSON:ANITA KRISHNAN]]\nPassport: [[ID_NUMBER:N4821937]] ([[NRP:Indian]])\nFlight AI 131, "
    "[[LOCATION:Mumbai]] to [[LOCATION:London Heathrow]], departs 13:55, seat 34K.",
    "Hotel registration: guest [[PERSON:Dieter Braun]], [[NRP:German]], passport [[ID_NUMBER:C01X00T47]], arriving [[DATE_TIME:10/08/2024]], room 506, 3 nights.",
    "Travel insurance claim CLM-2024-77812: [[PERSON:Megan O'Rourke]] (DOB [[DATE_TIME:1987-05-30]]) reported a lost suitcase worth approx. $1,200 at [[LOCATION:JFK]] on [[DATE_TIME:July 19]].",
    "Car rental agreement RA-992817: driver [[PERSON:Luis Navarro]], [[LOCATION:Arizona]] license [[US_DRIVER_LICENSE:D08954796]], "
    "card on file [[CREDIT_CARD:4556 7375 8689 9855]]. Vehicle: Toyota Corolla, 2023, mileage 18,442.",
    "Airbnb message from [[PERSON:Keiko]]: The door code is 4821#. The flat is at [[ADDRESS:1-2-3 Minami-Aoyama, Room 802]], [[LOCATION:Minato-ku]]. Call me on [[PHONE_NUMBER:080-9876-5432]] if stuck.",
    "Rental application\nName: [[PERSON:Darius Farahani]]\nCurrent address: [[ADDRESS:900 W 190th St, Apt 5K]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10040]]\n"
    "Employer: Columbia University Medical Center\nMonthly income: $6,250\nSSN: [[US_SSN:099-34-5512]]",
    "Auto insurance renewal for [[PERSON:Beverly Johnson]], policy PA-4417-889-02, premium $1,284.50/yr. Listed driver: [[PERSON:Tyrone Johnson]], "
    "DL [[US_DRIVER_LICENSE:J52570816433]] ([[LOCATION:Illinois]]).",
    "Visa application: surname [[PERSON:AL-MANSOURI]], given names [[PERSON:OMAR KHALID]], sex M, date of birth [[DATE_TIME:15 JAN 1979]], "
    "place of birth [[LOCATION:ABU DHABI]], passport no. [[ID_NUMBER:P7729041]].",
    "Your US passport application has been received. Applicant: [[PERSON:Kimberly Reyes]], previous passport number [[US_PASSPORT:488120367]]. "
    "Processing time: 6-8 weeks. Locator 2024-PX-118.",
    # -- IT / security logs
    "2024-05-02T14:22:09Z auth.info sshd[2231]: Accepted publickey for [[USERNAME:jsmith]] from [[IP_ADDRESS:10.14.2.87]] port 52144",
    "Failed password for [[USERNAME:admin_rkumar]] from [[IP_ADDRESS:2a02:c7f:7e2a:ab00:1d4c:9f1:bb5e:2201]] port 60312 ssh2 (attempt 5 of 5)",
    "Access review: account [[USERNAME:l.moreno]] ([[PERSON:Laura Moreno]], Finance) still has write access to bucket prod-ledger-v2; last used 94 days ago.",
    "VPN session for [[PERSON:Anders Holm]] ([[EMAIL_ADDRESS:anders.holm@nordlys.no]]) started from [[IP_ADDRESS:62.92.17.5]], assigned [[IP_ADDRESS:172.16.8.42]]; duration 2h 13m.",
    # -- government / forms / misc records
    "CENSUS FORM - Household member 2\nName: [[PERSON:Rosa Delgado]]\nRelationship: spouse\nAge: [[AGE:44]]\nPlace of birth: [[LOCATION:Puerto Rico]]\nReligion: [[NRP:Catholic]]",
    "Voter registration: [[PERSON:Jerome Washington]], [[ADDRESS:1187 Peachtree St NE]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]], "
    "party affiliation: [[NRP:Republican]], DOB [[DATE_TIME:06/02/1971]].",
    "Canada Revenue Agency notice to [[PERSON:Jean-François Gagnon]], SIN [[ID_NUMBER:046 454 286]], [[ADDRESS:335 Rue Principale]], [[LOCATION:Gatineau]] [[LOCATION:QC]] [[ZIP_CODE:J8X 2B7]]. "
    "Balance owing: $0.00 for the 2023 tax year.",
    "Marriage certificate no. 2019/0044. Groom: [[PERSON:Vikram Singh Rathore]], [[AGE:31]]. Bride: [[PERSON:Kavya Iyer]], [[AGE:29]]. "
    "Solemnised at [[LOCATION:Jaipur]] on [[DATE_TIME:14th December 2019]].",
    "Change of address for [[PERSON:Mrs. Olive Turner]]: old [[ADDRESS:3 Mill Lane]], [[LOCATION:Truro]] [[ZIP_CODE:TR1 2AA]]; new [[ADDRESS:Apartment 9, The Maltings, 10 Quay Street]], "
    "[[LOCATION:Falmouth]] [[ZIP_CODE:TR11 3HH]]. Effective [[DATE_TIME:1 July 2024]].",
    "Benefit claim for [[PERSON:Kateryna Bondarenko]] ([[NRP:Ukrainian]]), arrived [[DATE_TIME:March 2022]], children aged [[AGE:4]] and [[AGE:7]]. Caseworker: [[PERSON:Simon Reid]], ext. 4410.",
    "Pet adoption form: adopter [[PERSON:Chloe Nguyen]], [[ADDRESS:72 Harbour Road]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]], [[LOCATION:New Zealand]]; dog 'Biscuit', microchip 985112003456789.",
    "New gym member: [[PERSON:Kwabena Asante]], [[AGE:35]], [[EMAIL_ADDRESS:kasante@live.com]], emergency contact [[PERSON:Efua]] [[PHONE_NUMBER:+233 20 555 7891]].",
    "Obituary: [[PERSON:Walter Hendricks]], [[AGE:88]], of [[LOCATION:Duluth]], passed away peacefully on [[DATE_TIME:October 3]]. He is survived by his wife [[PERSON:June]] and sons [[PERSON:Paul]] and [[PERSON:Dean]].",
    "Donation receipt no. 2024-1187: received $250.00 from [[PERSON:Hiroko Watanabe]], [[ADDRESS:PO Box 4471]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96812]]. Thank you!",
    "Wedding RSVP: [[PERSON:Baker]], [[PERSON:Tom]] & [[PERSON:Lucy]] - 2 adults, 1 child (vegetarian). Table 14.",
    "Job application: [[PERSON:Ifeoma Chukwu]], [[AGE:27]], holds a [[NRP:Nigerian]] passport and a [[LOCATION:UK]] work visa. Portfolio: [[URL:https://ifeoma-designs.netlify.app]]. LinkedIn: [[URL:https://www.linkedin.com/in/ifeomachukwu]].",
    "Parking permit issued to [[PERSON:Heikki Virtanen]], [[ADDRESS:Mannerheimintie 12 B 7]], [[ZIP_CODE:00100]] [[LOCATION:Helsinki]]. Permit zone K, valid 12 months.",
    "Phone bill for [[PERSON:Aarav Sharma]], number [[PHONE_NUMBER:+91 22 2345 6789]], billing period 1-30 June: 412 minutes, 3.2 GB data, total INR 799.",
    "Survey response 318: 'I'm a [[AGE:45]] year old [[NRP:Hindu]] woman living in [[LOCATION:Leicester]] and I found the service excellent.'",
    "Proof of address: utility bill for [[PERSON:Marek Dvořák]], [[ADDRESS:Vinohradská 1511/230]], [[ZIP_CODE:100 00]] [[LOCATION:Praha 10]], [[LOCATION:Czech Republic]].",
    "Bank transfer reference 00412 from [[PERSON:Anna-Lena Svensson]], [[IBAN_CODE:SE45 5000 0000 0583 9825 7466]], amount SEK 3 500, memo 'hyra april'.",
    "[[PERSON:Mr. Farouk]] called at 11:20 about invoice INV-3391 (amount due 2,450.00 AED). Call back on [[PHONE_NUMBER:+971 4 555 0199]].",
    "Profile: [[PERSON:Daniela Castro]] | [[AGE:33]] | [[LOCATION:Bogotá]], [[LOCATION:Colombia]] | [[URL:https://dribbble.com/danicastro]] | Twitter @[[USERNAME:dani_castro_ux]]",
    "Insurance claim: policyholder [[PERSON:Pieter van der Merwe]], ID number [[ID_NUMBER:8001015009087]], vehicle accident on N1 near [[LOCATION:Paarl]], claim value ZAR 48,300.",
    "Contractor invoice 2024-015 from [[PERSON:Lukas Wagner]], Steuer-ID [[ID_NUMBER:86 095 742 719]], [[IBAN_CODE:AT61 1904 3002 3457 3201]]. 32 hours at EUR 85.00 = EUR 2,720.00.",
    "Physiotherapy: [[PERSON:Amaru Quispe]], [[AGE:52]], [[LOCATION:Cusco]], knee rehab, 10 sessions. Next session [[DATE_TIME:May 21]], 16:00.",
    "Prize draw winner: [[PERSON:Noor Al-Hashimi]] from [[LOCATION:Amman]] wins a 65-inch TV (SKU TV-65-QX9).",
    # -- no PII at all (look-alike numbers only)
    "Quarterly revenue grew 14.2% to $3.41 billion; operating margin was 22%. Guidance for Q3 2024 remains 3.5-3.7 billion.",
    "Release 4.11.2 fixes CVE-2024-3094 and bumps the minimum Python version to 3.10. Build 20240517.3 passed 1,842 tests in 6m 12s.",
    "Order #100-4455821-3319: 3 x USB-C cable (SKU UC-2M-BLK) at 9.99 each, shipping 4.50, total 34.47. Estimated delivery 3-5 business days.",
    "The meeting moved to room 4.021 at 15:30. Dial-in code 448 112 907#. Agenda: roadmap, hiring plan, budget v3.",
    "Flight BA 287 departs at 14:05 from gate A23; boarding closes 20 minutes before departure. Baggage allowance 23 kg.",
    "Warehouse stock: pallet 0071-22 holds 480 units of part 7731-4420-09; reorder point 1,200; lead time 21 days.",
]

# ---------------------------------------------------------------------------------
# c. labeled table (synth-style folder)
# ---------------------------------------------------------------------------------

COLUMNS = ("id", "full_name", "email", "phone", "street", "city", "region", "postcode", "country",
           "dob", "age", "ssn", "card", "signup_date", "plan", "order_total", "notes")
# type of a whole cell per column; None = not PII (unlabeled)
COLUMN_TYPES = {
    "full_name": "PERSON", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "street": "ADDRESS",
    "city": "LOCATION", "region": "LOCATION", "postcode": "ZIP_CODE", "country": "LOCATION",
    "dob": "DATE_TIME", "age": "AGE", "ssn": "US_SSN", "card": "CREDIT_CARD", "signup_date": "DATE_TIME",
    "id": None, "plan": None, "order_total": None, "notes": None,
}

ROWS = [
    # id, full_name, email, phone, street, city, region, postcode, country, dob, age, ssn, card, signup_date, plan, order_total, notes
    (1001, "Margaret Ellison", "m.ellison@gmail.com", "(617) 555-0142", "82 Beacon Street, Apt 3", "Boston", "MA", "02108", "United States", "1958-04-12", "66", "284-61-3390", "4556 7375 8689 9855", "2023-01-14", "Pro", 249.0, "Prefers phone contact after 5 pm."),
    (1002, "Oluwaseun Adeyemi", "seun.adeyemi@yahoo.com", "+234 802 555 0188", "15 Awolowo Road", "Lagos", "Lagos State", "101233", "Nigeria", "1990-07-02", "34", None, None, "2023-02-03", "Basic", 19.99, None),
    (1003, "Chen Jing", "chen.jing@163.com", "+86 21 5555 0123", "Room 1203, 88 Century Avenue", "Shanghai", None, "200120", "China", "1986-11-23", "38", None, "6212 2602 0000 1234 562", "2023-02-19", "Pro", 310.5, "Asked for invoices in Chinese."),
    (1004, "James O'Neill", "jamesoneill@eircom.net", "+353 1 555 0199", "7 Harcourt Terrace", "Dublin", "Co. Dublin", "D02 XY45", "Ireland", "12/03/1975", "49", None, "5425 2334 3010 9903", "2023-03-01", "Enterprise", 1420.0, "Account manager: [[PERSON:Siobhan Kelly]]."),
    (1005, "Priya Natarajan", "priya.n@outlook.in", "+91 44 2434 5566", "No. 14, 2nd Main Road, Adyar", "Chennai", "Tamil Nadu", "600020", "India", "1993-05-19", "31", None, None, "2023-03-08", "Free", 0.0, None),
    (1006, "[[PERSON:Dr. Samuel Whitmore]]", "swhitmore@whitmoreclinic.com", "212-555-0191", "410 E 70th St", "New York", "NY", "10021", "USA", "July 8, 1962", "62", "451-22-9087", "4024 0071 5336 2883", "2023-03-15", "Enterprise", 2890.0, "Billing goes to the clinic, not home."),
    (1007, "Yuki Hamasaki", "yuki.hamasaki@docomo.ne.jp", "+81 90-5555-0134", "4-2-8 Shibakoen", "Minato-ku", "Tokyo", "105-0011", "Japan", "1998/01/30", "26", None, None, "2023-03-22", "Basic", 45.0, None),
    (1008, "Lukas Becker", "lukas.becker@web.de", "+49 30 5550 1234", "Torstraße 109", "Berlin", None, "10119", "Germany", "03.09.1984", "40", None, None, "2023-04-02", "Pro", 189.0, "Customer prefers German-language support."),
    (1009, "Maria Fernanda Ríos", "mafe.rios@gmail.com", "+52 55 5555 0177", "Av. Insurgentes Sur 1602, Int. 8", "Ciudad de México", "CDMX", "03940", "Mexico", "1991-10-14", "33", None, None, "2023-04-09", "Basic", 22.0, "Referred by [[PERSON:Diego Salas]]."),
    (1010, "Kevin Tran", "kevin.tran88@hotmail.com", "(714) 555-0163", "9821 Bolsa Ave, Unit 22", "Westminster", "CA", "92683", "US", "1988-06-21", "36", "610-44-2871", "3714 496353 98431", "2023-04-17", "Pro", 215.4, None),
    (1011, "Aisha Bello", "aisha.bello@gmail.com", "+44 7700 900456", "23 Stanley Road", "Manchester", None, "M16 8HU", "United Kingdom", "21/08/1996", "28", None, "4916 3385 2290 1148", "2023-04-25", "Basic", 30.0, None),
    (1012, "Erik Johansson", "erik.johansson@telia.se", "+46 8 555 012 34", "Drottninggatan 71", "Stockholm", None, "111 36", "Sweden", "1979-12-09", "45", None, None, "2023-05-02", "Pro", 199.0, "Moving to [[LOCATION:Uppsala]] in the autumn."),
    (1013, "Fatima Al-Sayed", "fatima.alsayed@gmail.com", "+971 55 555 0144", "Villa 17, Street 12, Al Barsha 2", "Dubai", None, None, "United Arab Emirates", "1985-02-28", "39", None, None, "2023-05-11", "Enterprise", 3100.0, None),
    (1014, "Tom Baker", "tbaker@btinternet.com", "01632 960 555", "5 Church Lane", "Oxford", "Oxfordshire", "OX1 3QD", "UK", "14 Feb 1969", "55", None, "5105-1051-0510-5100", "2023-05-20", "Basic", 12.5, "Not the actor, he says, every time."),
    (1015, "Rosa Martínez", "rosa.martinez@telefonica.es", "+34 91 555 01 23", "Calle Mayor 12, 2ºA", "Madrid", None, "28013", "Spain", "1972-09-17", "52", None, None, "2023-05-28", "Pro", 240.0, None),
    (1016, "Nguyen Van Hung", "hung.nguyen@fpt.vn", "+84 28 5555 0192", "123 Nguyen Hue", "Ho Chi Minh City", None, "700000", "Vietnam", "1995-04-30", "29", None, None, "2023-06-03", "Free", 0.0, None),
    (1017, "Sarah Goldberg", "sarah.goldberg@verizon.net", "301.555.0128", "7604 Wisconsin Ave", "Bethesda", "Maryland", "20814", "United States", "1980-01-15", "44", "219-09-4411", "4539 1488 0343 6467", "2023-06-10", "Pro", 260.0, "Asked us to mail the tax form to her office at [[ADDRESS:2000 K Street NW, Suite 300]], [[LOCATION:Washington]], [[LOCATION:DC]]."),
    (1018, "Mohammed Rahman", "m.rahman@gmail.com", "+880 1711 555012", "House 12, Road 7, Dhanmondi", "Dhaka", None, "1205", "Bangladesh", "1989-03-03", "35", None, None, "2023-06-18", "Basic", 15.0, None),
    (1019, "Grace Kim", "gracekim@naver.com", "+82 10-5555-0127", "Apt 1102, 77 Olympic-ro", "Songpa-gu", "Seoul", "05551", "South Korea", "1997-08-08", "27", None, None, "2023-06-25", "Pro", 175.0, None),
    (1020, "Jean-Luc Moreau", "jl.moreau@orange.fr", "+33 4 91 55 50 12", "18 boulevard Longchamp", "Marseille", None, "13001", "France", "11/11/1965", "59", None, "4970 1012 3456 7893", "2023-07-01", "Enterprise", 1875.0, None),
    (1021, "Olivia Brown", "olivia.brown@gmail.com", "(03) 9555 0123", "12/40 Chapel Street", "St Kilda", "VIC", "3182", "Australia", "1992-12-24", "32", None, None, "2023-07-06", "Basic", 29.0, "Born on Christmas Eve, wants birthday discount."),
    (1022, "Carlos Eduardo Silva", "cadu.silva@uol.com.br", "+55 21 95555-0143", "Rua Visconde de Pirajá 330, apto 701", "Rio de Janeiro", "RJ", "22410-002", "Brazil", "1987-06-06", "37", None, None, "2023-07-13", "Pro", 198.0, None),
    (1023, "Hannah Müller", "hannah.mueller@gmx.at", "+43 1 555 0167", "Mariahilfer Straße 45/12", "Wien", None, "1060", "Austria", "1999-02-14", "25", None, None, "2023-07-20", "Free", 0.0, None),
    (1024, "Darnell Jackson", "djackson77@aol.com", "404-555-0181", "1845 Memorial Dr SE", "Atlanta", "GA", "30317", "USA", "1977-10-03", "47", "512-77-3301", "6011 0009 9013 9424", "2023-07-27", "Pro", 330.0, "Called from work line [[PHONE_NUMBER:404-555-0199]]."),
    (1025, "Ingrid Solberg", "ingrid.solberg@online.no", "+47 22 55 50 12", "Bygdøy allé 23", "Oslo", None, "0262", "Norway", "1970-05-05", "54", None, None, "2023-08-02", "Enterprise", 4200.0, None),
    (1026, "Rajesh Kumar", "rajesh.kumar1976@gmail.com", "+91 98100 55501", "C-45, Sector 22", "Noida", "Uttar Pradesh", "201301", "India", "1976-08-15", "48", None, "5243 6811 0023 4411", "2023-08-09", "Basic", 18.0, None),
    (1027, "Emily Clarke", "emily.clarke@protonmail.com", "+44 20 7946 0321", "Flat 6, 14 Kensington Gardens Square", "London", None, "W2 4BH", "United Kingdom", "1994-03-11", "30", None, None, "2023-08-15", "Pro", 220.0, "Uses the handle @[[USERNAME:emclarke]] on the forum."),
    (1028, "Mehmet Öztürk", "mehmet.ozturk@hotmail.com.tr", "+90 212 555 01 77", "Bağdat Caddesi No: 214 D: 5", "İstanbul", None, "34728", "Turkey", "1983-01-20", "41", None, None, "2023-08-23", "Basic", 25.0, None),
    (1029, "Anna Kowalska", "anna.kowalska@wp.pl", "+48 601 555 012", "ul. Floriańska 22/4", "Kraków", None, "31-019", "Poland", "1990-09-09", "34", None, None, "2023-09-01", "Pro", 160.0, None),
    (1030, "William Grant", "will.grant@comcast.net", "(303) 555-0109", "2250 Blake St, Apt 410", "Denver", "CO", "80205", "United States", "1966-04-04", "58", "523-18-0742", "4111 1111 1111 1111", "2023-09-07", "Enterprise", 2750.0, None),
    (1031, "Sipho Dlamini", "sipho.dlamini@mweb.co.za", "+27 21 555 0136", "44 Long Street", "Cape Town", "Western Cape", "8001", "South Africa", "1991-11-11", "33", None, None, "2023-09-14", "Basic", 20.0, None),
    (1032, "Léa Rousseau", "lea.rousseau@free.fr", "06 12 55 50 34", "7 rue Sainte-Catherine", "Bordeaux", None, "33000", "France", "2000-06-18", "24", None, None, "2023-09-20", "Free", 0.0, "Student, asked about the education discount."),
    (1033, "Hiroshi Kobayashi", "h.kobayashi@softbank.ne.jp", "06-5555-0123", "1-1-3 Umeda, Kita-ku", "Osaka", None, "530-0001", "Japan", "1958-07-07", "66", None, None, "2023-09-28", "Pro", 280.0, None),
    (1034, "Jennifer Lopez-Garcia", "jen.lopezgarcia@gmail.com", "(915) 555-0174", "6012 Montana Ave", "El Paso", "TX", "79925", "USA", "1985-05-25", "39", "457-29-6610", "5555 5555 5555 4444", "2023-10-03", "Basic", 34.99, None),
    (1035, "Bjørn Andersen", "bjorn.andersen@mail.dk", "+45 33 55 50 12", "Vesterbrogade 40, 3. th", "København V", None, "1620", "Denmark", "1975-03-31", "49", None, None, "2023-10-10", "Pro", 205.0, None),
    (1036, "Chidi Okonkwo", "chidi.okonkwo@outlook.com", "+1 416 555 0152", "88 Harbour Street, Unit 3105", "Toronto", "ON", "M5J 0C3", "Canada", "1993-02-02", "31", None, "4520 8800 1234 5672", "2023-10-18", "Pro", 230.0, "Originally from [[LOCATION:Onitsha]], moved to Canada in 2015."),
    (1037, "Sophie Tremblay", "sophie.tremblay@videotron.ca", "514-555-0166", "4500 rue Saint-Denis, app. 2", "Montréal", "QC", "H2J 2L3", "Canada", "1988-12-01", "36", None, None, "2023-10-25", "Basic", 28.0, None),
    (1038, "Ahmed Hassan", "ahmed.hassan@gmail.com", "+20 2 2555 0134", "12 Talaat Harb Street", "Cairo", None, "11511", "Egypt", "1982-08-19", "42", None, None, "2023-11-01", "Free", 0.0, None),
    (1039, "Mark Long", "marklong@icloud.com", "(206) 555-0112", "1520 Pike Place, Apt 7", "Seattle", "WA", "98101", "United States", "1990-10-10", "34", "601-33-8124", "4532 0151 1283 0366", "2023-11-08", "Pro", 199.99, None),
    (1040, "Aroha Ngata", "aroha.ngata@xtra.co.nz", "+64 9 555 0145", "15 Ponsonby Road", "Auckland", None, "1011", "New Zealand", "1986-04-22", "38", None, None, "2023-11-14", "Basic", 31.0, None),
    (1041, "Pooja Iyer", "pooja.iyer@infosys-mail.com", "+91 80 4155 5012", "Flat 4B, Prestige Shantiniketan, Whitefield", "Bengaluru", "Karnataka", "560048", "India", "1995-01-26", "29", None, None, "2023-11-21", "Pro", 145.0, "Work email used for billing; personal is [[EMAIL_ADDRESS:pooja.iyer95@gmail.com]]."),
    (1042, "Stefan Novak", "stefan.novak@seznam.cz", "+420 603 555 012", "Národní 25", "Praha 1", None, "110 00", "Czech Republic", "1978-06-30", "46", None, None, "2023-11-29", "Basic", 21.0, None),
    (1043, "[[PERSON:Mrs. Patricia Holloway]]", "pat.holloway@bellsouth.net", "(850) 555-0137", "301 S Monroe St", "Tallahassee", "FL", "32301", "USA", "1955-09-02", "69", "264-40-1187", None, "2023-12-04", "Pro", 175.0, "Widowed; son [[PERSON:Michael]] manages the account."),
    (1044, "Diego Fernández", "diego.fernandez@fibertel.com.ar", "+54 11 5555-0123", "Av. Santa Fe 1860, 5° B", "Buenos Aires", None, "C1123AAN", "Argentina", "1984-03-17", "40", None, None, "2023-12-11", "Basic", 24.0, None),
    (1045, "Ewa Zielińska", "ewa.zielinska@onet.pl", "+48 22 555 01 44", "ul. Puławska 145 m. 12", "Warszawa", None, "02-715", "Poland", "1992-07-27", "32", None, None, "2023-12-18", "Free", 0.0, None),
    (1046, "Robert Lee", "bob.lee@sbcglobal.net", "(312) 555-0188", "233 S Wacker Dr, Suite 8400", "Chicago", "IL", "60606", "United States", "1971-02-11", "53", "345-61-2208", "4556 0123 4567 8903", "2024-01-03", "Enterprise", 5100.0, None),
    (1047, "Sakura Yamada", "sakura.yamada@gmail.com", "+81 75-555-0199", "Karasuma-dori Sanjo-sagaru 612", "Kyoto", None, "604-8166", "Japan", "2001-04-01", "23", None, None, "2024-01-09", "Basic", 18.0, None),
    (1048, "Olga Petrova", "olga.petrova@mail.ru", "+7 495 555-01-23", "ul. Tverskaya 15, kv. 48", "Moskva", None, "125009", "Russia", "1980-11-05", "44", None, None, "2024-01-16", "Pro", 210.0, None),
    (1049, "Kwame Boateng", "kwame.boateng@gmail.com", "+233 24 555 0166", "House No. 7, Ring Road East", "Accra", None, None, "Ghana", "1989-09-21", "35", None, None, "2024-01-23", "Basic", 16.0, "Prefers WhatsApp on [[PHONE_NUMBER:+233 20 555 0177]]."),
    (1050, "Hope Daniels", "hope.daniels@yahoo.com", "(901) 555-0102", "420 Union Ave", "Memphis", "TN", "38103", "USA", "1999-05-12", "25", "409-82-3316", None, "2024-01-30", "Free", 0.0, None),
    (1051, "Liam Murphy", "liam.murphy@gmail.com", "087 555 0134", "12 Shop Street", "Galway", "Co. Galway", "H91 F6X2", "Ireland", "1997-03-17", "27", None, None, "2024-02-05", "Basic", 22.0, None),
    (1052, "Zhang Wei", "zhangwei@qq.com", "+86 10 5555 0188", "Building 3, Unit 2, Room 501, 16 Zhongguancun Street", "Beijing", None, "100080", "China", "1990-10-01", "34", None, None, "2024-02-12", "Pro", 330.0, None),
    (1053, "Amelia Watson", "amelia.watson@bigpond.com", "+61 2 9555 0123", "Unit 14, 101 Crown Street", "Surry Hills", "NSW", "2010", "Australia", "1981-07-19", "43", None, "4916 5432 1098 7651", "2024-02-19", "Pro", 189.0, None),
    (1054, "Youssef El Amrani", "youssef.elamrani@menara.ma", "+212 522 55 50 12", "45 Boulevard d'Anfa", "Casablanca", None, "20000", "Morocco", "1987-12-12", "37", None, None, "2024-02-26", "Basic", 19.0, None),
    (1055, "[[PERSON:Dr. Anika Vogel]]", "a.vogel@charite-mail.de", "+49 30 4505 5501", "Luisenstraße 7", "Berlin", None, "10117", "Germany", "1974-08-08", "50", None, None, "2024-03-04", "Enterprise", 3300.0, "Invoices to her practice, attention [[TITLE:Herr]] [[PERSON:Krause]]."),
    (1056, "Juan Pablo Herrera", "jp.herrera@gmail.com", "+57 1 555 0134", "Carrera 7 # 71-21, Apto 402", "Bogotá", None, "110231", "Colombia", "1994-02-20", "30", None, None, "2024-03-11", "Basic", 21.0, None),
    (1057, "Megan Fitzgerald", "megfitz@gmail.com", "(617) 555-0173", "19 Prospect St", "Cambridge", "MA", "02139", "United States", "2002-11-30", "22", "031-58-2277", None, "2024-03-18", "Free", 0.0, "Grad student at MIT."),
    (1058, "Pieter de Jong", "p.dejong@ziggo.nl", "+31 20 555 0123", "Prinsengracht 263", "Amsterdam", None, "1016 GV", "Netherlands", "1968-05-04", "56", None, None, "2024-03-25", "Pro", 245.0, None),
    (1059, "Ji-woo Park", "jiwoo.park@kakao.com", "010-5555-0133", "Apt 503, 21 Haeundae-ro", "Busan", None, "48094", "Korea", "1993-09-13", "31", None, None, "2024-04-01", "Basic", 17.0, None),
    (1060, "Brian Cook", "brian.cook@gmail.com", "(208) 555-0110", "PO Box 882", "Boise", "ID", "83701", "USA", "1961-01-01", "63", "518-40-9923", "4485 2847 1035 6615", "2024-04-08", "Basic", 27.5, None),
    (1061, "Nomvula Khumalo", "nomvula.k@gmail.com", "+27 11 555 0178", "31 Jan Smuts Avenue, Parktown", "Johannesburg", "Gauteng", "2193", "South Africa", "1990-06-16", "34", None, None, "2024-04-15", "Pro", 190.0, None),
    (1062, "Arnav Gupta", "arnav.gupta@iitd-alumni.in", "+91 11 2655 5012", "D-12, Hauz Khas Enclave", "New Delhi", "Delhi", "110016", "India", "1985-11-14", "39", None, "4591 5500 1234 0007", "2024-04-22", "Enterprise", 2200.0, "PAN [[ID_NUMBER:ABCPG1234K]] given for GST invoice."),
    (1063, "Charlotte Dubois", "charlotte.dubois@sfr.fr", "+33 1 45 55 50 12", "22 rue du Faubourg Saint-Antoine", "Paris", None, "75012", "France", "1979-04-09", "45", None, None, "2024-04-29", "Pro", 215.0, None),
    (1064, "Tariq Mahmood", "tariq.mahmood@btinternet.com", "0121 555 0143", "88 Stratford Road", "Birmingham", "West Midlands", "B11 1AN", "United Kingdom", "1973-10-31", "51", None, None, "2024-05-06", "Basic", 23.0, "Wants paper statements."),
    (1065, "Ashley Nguyen", "ashley.nguyen@gmail.com", "(832) 555-0159", "5600 Bellaire Blvd, Apt 1208", "Houston", "TX", "77081", "United States", "1996-08-28", "28", "627-31-4052", "5425 2334 3010 9903", "2024-05-13", "Pro", 178.0, None),
    (1066, "Matteo Romano", "matteo.romano@libero.it", "+39 02 5555 0123", "Via Torino 51", "Milano", "MI", "20123", "Italy", "1982-02-02", "42", None, None, "2024-05-20", "Pro", 230.0, None),
    (1067, "Aiyana Redcloud", "aiyana.redcloud@gmail.com", "(605) 555-0124", "211 Main St", "Rapid City", "SD", "57701", "USA", "1988-03-08", "36", "503-66-1840", None, "2024-05-27", "Basic", 19.0, None),
    (1068, "Sven Eriksson", "sven.eriksson@bredband.net", "+46 31 555 01 23", "Kungsportsavenyen 10", "Göteborg", None, "411 36", "Sweden", "1964-12-19", "60", None, None, "2024-06-03", "Enterprise", 1980.0, None),
    (1069, "Nadia Haddad", "nadia.haddad@gmail.com", "+961 1 555 012", "Hamra Street, Bldg 34, 5th floor", "Beirut", None, None, "Lebanon", "1991-04-13", "33", None, None, "2024-06-10", "Free", 0.0, None),
    (1070, "Christopher Young", "chris.young@yahoo.com", "(480) 555-0197", "7014 E Camelback Rd, Unit 1102", "Scottsdale", "AZ", "85251", "United States", "1970-07-04", "54", "526-09-7781", "3782 822463 10005", "2024-06-17", "Pro", 299.0, "Card on file belongs to his wife, [[PERSON:Dana Young]]."),
    (1071, "Abebe Tadesse", "abebe.tadesse@ethionet.et", "+251 11 555 0134", "Bole Road, House 221", "Addis Ababa", None, "1000", "Ethiopia", "1986-09-11", "38", None, None, "2024-06-24", "Basic", 14.0, None),
    (1072, "Isabella Rossi", "isabella.rossi@gmail.com", "+39 06 5555 0187", "Via del Corso 112", "Roma", None, "00186", "Italy", "1998-10-20", "26", None, None, "2024-07-01", "Basic", 26.0, None),
    (1073, "Nathan Brooks", "nate.brooks@me.com", "615.555.0148", "1009 Division St", "Nashville", "TN", "37203", "USA", "1983-06-29", "41", "414-73-2205", "4716 4412 7711 3034", "2024-07-08", "Pro", 210.0, None),
    (1074, "Mei Ling Tan", "meiling.tan@singnet.com.sg", "+65 6555 0123", "Blk 123 Ang Mo Kio Ave 3, #08-45", "Singapore", None, "560123", "Singapore", "1989-08-09", "35", None, None, "2024-07-15", "Pro", 240.0, None),
    (1075, "Ricardo Alves", "ricardo.alves@sapo.pt", "+351 21 555 0145", "Rua Augusta 100, 2º Esq", "Lisboa", None, "1100-053", "Portugal", "1977-04-25", "47", None, None, "2024-07-22", "Basic", 20.0, "IBAN for refunds: [[IBAN_CODE:PT50 0002 0123 1234 5678 9015 4]]."),
    (1076, "Gabrielle Fontaine", "gabi.fontaine@sympatico.ca", "(613) 555-0126", "150 Elgin Street, Suite 1000", "Ottawa", "Ontario", "K2P 1L4", "Canada", "1967-01-19", "57", None, "4500 6012 3456 7891", "2024-07-29", "Enterprise", 2650.0, None),
    (1077, "Vikram Reddy", "vikram.reddy@yahoo.co.in", "+91 40 2355 5017", "8-2-293/82, Road No. 12, Banjara Hills", "Hyderabad", "Telangana", "500034", "India", "1980-12-25", "44", None, None, "2024-08-05", "Pro", 160.0, None),
    (1078, "Linnea Lindholm", "linnea.lindholm@kolumbus.fi", "+358 9 555 0123", "Aleksanterinkatu 15 A 9", "Helsinki", None, "00100", "Finland", "1995-11-06", "29", None, None, "2024-08-12", "Basic", 18.0, None),
    (1079, "Marcus Johnson", "mjohnson@gmail.com", "202-555-0163", "1400 Irving St NW, Apt 512", "Washington", "DC", "20010", "United States", "1979-02-27", "45", "577-12-8406", "6011 5123 4567 8906", "2024-08-19", "Pro", 250.0, "Reported card stolen; new card to be mailed to [[ADDRESS:PO Box 73021]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20056]]."),
    (1080, "Yasmin Khalil", "yasmin.khalil@gmail.com", "+962 6 555 0123", "Rainbow Street 18", "Amman", None, "11183", "Jordan", "1993-06-01", "31", None, None, "2024-08-26", "Free", 0.0, None),
    (1081, "Dmitri Volkov", "d.volkov@yandex.ru", "+7 812 555-01-44", "Nevsky pr. 28, kv. 15", "Sankt-Peterburg", None, "191186", "Russia", "1969-10-12", "55", None, None, "2024-09-02", "Basic", 25.0, None),
    (1082, "June Park", "june.park@gmail.com", "(201) 555-0114", "150 Main St, Apt 2A", "Fort Lee", "NJ", "07024", "USA", "1992-06-03", "32", "149-50-3381", None, "2024-09-09", "Basic", 29.0, "Ask for June, not her sister."),
    (1083, "Alejandro Torres", "alejandro.torres@gmail.com", "+56 2 2555 0123", "Av. Providencia 1208, Depto 504", "Santiago", None, "7500000", "Chile", "1988-01-08", "36", None, None, "2024-09-16", "Pro", 185.0, None),
    (1084, "Freya Jensen", "freya.jensen@outlook.dk", "+45 86 55 50 12", "Åboulevarden 33, 1. sal", "Aarhus", None, "8000", "Denmark", "2000-09-30", "24", None, None, "2024-09-23", "Basic", 17.0, None),
    (1085, "Samuel Osei", "samuel.osei@gmail.com", "+44 7911 555012", "42 Peckham High Street", "London", None, "SE15 5EB", "United Kingdom", "1985-05-05", "39", None, "4929 3813 3266 4295", "2024-09-30", "Pro", 205.0, "NI number [[ID_NUMBER:SO 31 45 72 D]] supplied for the payroll add-on."),
    (1086, "Thu Trang Le", "trang.le@gmail.com", "+84 24 5555 0133", "45 Hang Bai", "Hà Nội", None, "100000", "Vietnam", "1996-12-22", "28", None, None, "2024-10-07", "Free", 0.0, None),
    (1087, "Faith Okafor", "faith.okafor@gmail.com", "(469) 555-0135", "3300 Oak Lawn Ave, Apt 804", "Dallas", "TX", "75219", "United States", "1991-07-14", "33", "454-28-6629", "4024 0071 2345 6781", "2024-10-14", "Pro", 199.0, None),
    (1088, "Klaus Richter", "klaus.richter@t-online.de", "+49 89 5555 0123", "Leopoldstraße 77", "München", "Bayern", "80802", "Deutschland", "1960-03-15", "64", None, None, "2024-10-21", "Enterprise", 2400.0, None),
    (1089, "Sofía Castillo", "sofia.castillo@hotmail.com", "+51 1 555 0123", "Av. Larco 345, Dpto 1201", "Lima", None, "15074", "Peru", "1994-04-04", "30", None, None, "2024-10-28", "Basic", 21.0, None),
    (1090, "Benjamin Cohen", "ben.cohen@gmail.com", "+972 3-555-0123", "Rothschild Blvd 22", "Tel Aviv", None, "6688218", "Israel", "1983-08-23", "41", None, None, "2024-11-04", "Pro", 265.0, None),
    (1091, "Dean Walker", "dean.walker@yahoo.com", "(502) 555-0185", "1223 Bardstown Rd", "Louisville", "KY", "40204", "USA", "1974-11-22", "50", "402-81-5573", None, "2024-11-11", "Basic", 22.0, None),
    (1092, "Ayşe Kaya", "ayse.kaya@gmail.com", "+90 312 555 01 23", "Atatürk Bulvarı No: 120/7", "Ankara", None, "06680", "Turkey", "1997-05-19", "27", None, None, "2024-11-18", "Free", 0.0, None),
    (1093, "Haruto Sato", "haruto.sato@icloud.com", "+81 92-555-0117", "2-3-1 Tenjin, Chuo-ku", "Fukuoka", None, "810-0001", "Japan", "1990-03-03", "34", None, None, "2024-11-25", "Pro", 220.0, None),
    (1094, "Rebecca Stein", "rstein@gmail.com", "(718) 555-0142", "300 Clinton Ave, Apt 4D", "Brooklyn", "NY", "11205", "United States", "1987-09-27", "37", "091-46-2258", "5105 1051 0510 5100", "2024-12-02", "Pro", 240.0, "Logged in from [[IP_ADDRESS:72.229.28.185]] and [[IP_ADDRESS:2603:7000:3b3f:a100::1c]]."),
    (1095, "Oscar Lindgren", "oscar.lindgren@gmail.com", "+46 40 555 01 23", "Stortorget 9", "Malmö", None, "211 22", "Sweden", "1999-01-31", "25", None, None, "2024-12-09", "Basic", 19.0, None),
    (1096, "Kateryna Shevchenko", "kateryna.shev@ukr.net", "+380 44 555 0123", "vul. Khreshchatyk 14, kv. 9", "Kyiv", None, "01001", "Ukraine", "1985-10-17", "39", None, None, "2024-12-16", "Basic", 24.0, None),
    (1097, "Bill Anderson", "bill.anderson@frontier.com", "(406) 555-0169", "512 N Last Chance Gulch", "Helena", "MT", "59601", "USA", "1952-08-14", "72", "516-30-4477", None, "2025-01-06", "Basic", 15.0, "Hard of hearing, email preferred."),
    (1098, "Amira Benali", "amira.benali@gmail.com", "+33 6 55 50 12 34", "9 place Bellecour", "Lyon", None, "69002", "France", "1992-03-21", "32", None, None, "2025-01-13", "Pro", 175.0, None),
    (1099, "Connor MacDonald", "connor.macdonald@shaw.ca", "(604) 555-0193", "1055 W Georgia St, Suite 2100", "Vancouver", "BC", "V6E 3P3", "Canada", "1978-07-01", "46", None, "4556 1234 5678 9015", "2025-01-20", "Enterprise", 3450.0, None),
    (1100, "Aigerim Nurlanovna", "aigerim.n@mail.kz", "+7 727 555 0123", "Abay Avenue 52, apt 31", "Almaty", None, "050008", "Kazakhstan", "1994-12-16", "30", None, None, "2025-01-27", "Basic", 20.0, "Prefers Russian-language emails."),
]

# ---------------------------------------------------------------------------------


def check_marks(markup: str, where: str) -> None:
    """Every marked value is non-empty and has no surrounding spaces."""
    for match in MARK.finditer(markup):
        value = match.group(2)
        if not value or value != value.strip():
            raise ValueError(f"{where}: bad marked value {value!r}")


def build_texts() -> list[dict]:
    records = []
    for style, items in (("llm", LLM), ("bench", BENCH)):
        for n, markup in enumerate(items, 1):
            rid = f"blind-{style}-{n:03d}"
            check_marks(markup, rid)
            text, spans = parse(markup)
            records.append({"id": rid, "text": text, "spans": spans})
    return records


def build_table() -> tuple[list[dict], list[dict]]:
    data, labels = [], []
    for row in ROWS:
        if len(row) != len(COLUMNS):
            raise ValueError(f"row {row[0]}: {len(row)} values for {len(COLUMNS)} columns")
        record = {}
        for column, value in zip(COLUMNS, row):
            if value is None:
                continue
            if isinstance(value, str) and "[[" in value:
                check_marks(value, f"row {row[0]}.{column}")
                value, spans = parse(value)
            elif isinstance(value, str) and COLUMN_TYPES[column]:
                if value != value.strip() or not value:
                    raise ValueError(f"row {row[0]}.{column}: bad cell {value!r}")
                spans = [{"entity_type": COLUMN_TYPES[column], "start": 0, "end": len(value)}]
            else:
                spans = []
            record[column] = value
            for span in spans:
                labels.append({"record_id": str(row[0]), "field": column, **span})
        data.append(record)
    return data, labels


def write_jsonl(path: Path, items: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")


def main() -> None:
    records = build_texts()
    write_jsonl(OUT, records)
    data, labels = build_table()
    write_jsonl(TABLE / "data" / "customers.jsonl", data)
    write_jsonl(TABLE / "labels" / "customers.jsonl", labels)
    print(f"{OUT}: {len(records)} records, {sum(len(r['spans']) for r in records)} spans")
    print(f"{TABLE}: {len(data)} rows, {len(labels)} labels")


if __name__ == "__main__":
    main()

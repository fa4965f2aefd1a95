"""Build tests/data/blind55.jsonl: a fifty-fifth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind55.py

Blind: written without any knowledge of the detector. Read: lines 1-121 of
make_blind22.py (its docstring with the labeling conventions and style
descriptions, and its import lines) and its tail from `STYLES = {` to the end
(the scaffolding copied here), gold_sets.py in full, and lines 1-64 of
make_handwritten.py (conventions, the MARK and TITLE_IN_NAME regexes,
`parse()`). Not read: minimize/, recognizers/, any other test, bench/, the
README, any *.jsonl (blind55.jsonl included), the records of make_blind22.py,
any other make_*.py, git history, log or status. The detector, the bench and
the tests were never run; only this script was, to check and write the set.
Do not tune the detector against it: once it has been used to tune, it no
longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py. Check
digits were worked out with throwaway one-off code while writing (not
generated here): cards pass Luhn; IBANs pass mod-97 with their country's
length, with the Spanish and French national check digits right too
(`gold_sets.check` re-checks cards and IBANs). National ids with a public
check digit got a valid one: NHS number, Canadian SIN, Aadhaar, South African
ID (agreeing with the sex and birth date shown), TFN, Medicare card, Irish
PPSN, Singapore NRIC/FIN, NZ IRD, Dutch BSN, French NIR, Mexican CURP, RFC,
IMSS NSS and CLABE, Argentine CUIL and CBU; so did the look-alikes that carry
one (ISBN-13, VIN, IMEI, ABA routing numbers). Not checked: US SSNs, UK NI
numbers, PAN, UAN, Nigerian NIN and BVN, Kenyan ids and KRA PINs, Philippine
SSS, PhilHealth, TIN, UMID and Pag-IBIG numbers, Colombian cedulas, Argentine
DNIs, Sri Lankan NIC, passports, licences, plates, bank account numbers and
staff, student, candidate, member and patient numbers.

Styles (ids `blind55-<style>-NNN`; 240 records):
- `bench` (100): in the manner of ai4privacy pii-masking-200k/300k/400k (odd,
  dense mixed sentences with job titles, streets with building numbers,
  secondary addresses, IPv4/IPv6, MACs, user agents, card/CVV/expiry,
  IBAN/BIC, VRMs, IMEIs), gretel-pii-masking-en-v1 (claim notices, loan and
  employment contracts, medical, disability, KYC and HR forms, court and
  tribunal notices, payslips) and Nemotron-PII (JSON, log lines, SQL, XML,
  YAML, .env/INI config, code, HL7, FHIR, commits, tickets, forms).
- `gen` (90): one to four LLM-style "realistic sentences with personal data",
  weighted to insurance claims, HR and payroll, and recruiting, the rest
  spread over banking, health, pharmacy, legal, schools, telecoms,
  government, lettings, gaming, social media, deliveries, gyms, vets,
  charities, parking, travel and more; names at the start, middle and end,
  lowercase and possessive; ages, dates, addresses, phones and ids in many
  shapes.
- `table` (35): one small table per record (CSV, semicolon CSV, TSV,
  pipes/Markdown, fixed-width, JSON lines, YAML, key: value blocks), varied
  column names with non-PII columns; header rows unlabeled.
- `chat` (8): support chats, a family messaging thread, team chat, a
  recruiter DM thread, landlord and HR threads; speakers' names labeled.
- `lookalike` (7): order, invoice, tracking and policy references, SKUs,
  ISBNs, IP-shaped versions, hashes, serials, UUIDs, company phones, role
  mailboxes, eponyms, buildings and streets named after people without a
  number; the few real PII values labeled; one (release notes) has no PII.
About nine records in ten are in English (US, UK, Canada, Australia, New
Zealand, Ireland, India, Nigeria, Ghana, Kenya, South Africa, Singapore and
the Philippines, with names from the many cultures living there); 24 are not:
14 in Spanish (Mexico, Colombia, Argentina) and 10 in Tagalog/Taglish.

Labeling conventions: the same as make_blind22.py's (and the sets before it);
in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart; job titles are not TITLE; family words
  stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, loss, move, job start,
  hearing, visit, signature, letter ...) with a day or month; a weekday or
  clock time said with the date is inside the span, alone it is not; not
  bare years, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MACs,
  sort codes, BSB, routing numbers, BICs, CVVs and expiries, PINs, order /
  ticket / claim / policy / case / booking / tracking references, company
  phones and role mailboxes, versions, hashes, serials, partial numbers
  ("ending 4417"), pets, eponyms and brands named after people, header rows.

Calls made while writing this set:
- Insurance: claim, policy, case, crime-report, PIR and group numbers are
  references (unlabeled); health-plan member ids are ID_NUMBER; VINs and
  IMEIs are serials (unlabeled); plates are ID_NUMBER; a date of loss is the
  insured's date.
- HR, payroll and recruiting: employee, payroll and candidate numbers are
  ID_NUMBER, requisition and PAYE employer references are not; pay dates,
  pay-run dates and last-paid dates of a named person are DATE_TIME, as are a
  named person's card transaction, transfer and donation dates; recurring
  dates ("the 15th of each month") are not; an organisation's own event
  date (a vendor's breach) is not.
- Other ids labeled ID_NUMBER: Known Traveler Number, DoD ID, BRP, KRA PIN,
  NSSF, UAN, super fund member numbers, CLABE and CBU, CURP, RFC and NSS of a
  person, CUIL, Argentine DNI, Colombian cedula, Philippine SSS, PhilHealth,
  TIN, UMID and Pag-IBIG numbers, physicians' licence / registration numbers
  (R.M.). A company's RFC, VAT and company numbers are not labeled.
- Addresses: every street address with a number is ADDRESS, the office,
  clinic or venue of a company included; Mexican colonias and Philippine
  barangays are LOCATION with their "Col." / "Brgy." inside the span; Dublin
  and Colombo postal districts and "Co. Cork" are LOCATION; "C.P." stays
  outside ZIP_CODE; a unit alone ("#12-88") in its own column is ADDRESS; a
  street or intersection without a number is not labeled.
- Titles: "Lic.", "Dra.", "Gng.", "Bb.", "Ma'am", "SSgt" and the HL7 / FHIR
  name prefixes ("DR", "Mrs") are TITLE; family words ("Auntie", "Mum")
  and a bare "Sir" / "Sir/Ma" are not.
- Times: timestamps heading log lines, message headers, "ts" fields and HL7
  message times are unlabeled; a sign-in time reported to the account holder
  and "last_login" fields are DATE_TIME; card and passport expiries are not.
- IP_ADDRESS: every IPv4 / IPv6 address, server and private ones in logs and
  configs included; IP-shaped versions are not. USERNAME: personal handles,
  agent logins and the user part of a home directory; root, admin and
  service accounts are not. A person's direct or desk line is PHONE_NUMBER,
  switchboards, helplines and extensions are not; a named person's work
  email (GitHub noreply included) is EMAIL_ADDRESS. "Happy 40th" puts AGE on
  the number. "Surname, Given" in one cell is one PERSON span.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind55.jsonl")

GEN = [
    """I'm filing a claim for the rear-end collision on [[DATE_TIME:Friday, 7 February 2025 at about 5:40 p.m.]] on the I-35 frontage road. The other driver, [[PERSON:Rodrigo Villaseñor]], gave me his [[LOCATION:Texas]] license number [[US_DRIVER_LICENSE:41877302]] and plate [[ID_NUMBER:MKT-4471]]; my policy is AU-55-2019-88341 and my cell is [[PHONE_NUMBER:512-555-0187]].""",
    """Hi Payroll, this is [[PERSON:Oluwaseun Adebayo-Clarke]] (employee ID [[ID_NUMBER:E-204518]]). My March payslip still shows my old bank details, so please pay into sort code 20-45-77, account [[ID_NUMBER:53918274]] from now on. My NI number is [[ID_NUMBER:JT 48 21 93 C]] if you need to verify it.""",
    """We'd love to invite [[PERSON:Mei-Ling Tsao]] back for a second-round interview for the Senior Data Analyst role on [[DATE_TIME:Thursday, June 12 at 2:30 PM]] at our office at [[ADDRESS:400 Howard Street, 9th Floor]], [[LOCATION:San Francisco]]. Please confirm with her at [[EMAIL_ADDRESS:meiling.tsao88@gmail.com]] or [[PHONE_NUMBER:+1 (628) 555-0143]].""",
    """can someone at the insurance company explain why [[PERSON:tyrone mckinney]]'s claim was closed without a single call?? he got rear ended [[DATE_TIME:jan 3]] and the adjuster never rang him back at [[PHONE_NUMBER:901 555 0136]]. he's [[AGE:67]] and doesn't do email""",
    """Your replacement debit card will be posted to [[ADDRESS:Flat 3, 27 Albion Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5DT]] within five working days. If it hasn't arrived by then, call us quoting reference LK-88120 and we'll cancel it. Kind regards, [[PERSON:Rhiannon Pryce]]""",
    """[[PERSON:Dr. Anjali Venkataraman]] saw [[PERSON:Mr. Kwame Boateng]], [[AGE:54]], on [[DATE_TIME:14/03/2025]] to follow up his type 2 diabetes (NHS number [[ID_NUMBER:485 777 3023]]). HbA1c has come down to 58; his next review is booked for the [[DATE_TIME:2nd of May at 9.20am]].""",
    """Our basement flooded on [[DATE_TIME:April 18, 2024]] after the sump pump failed. The house is at [[ADDRESS:1187 rue Saint-Denis]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 3K8]], and the policy is in my wife's name, [[PERSON:Geneviève Tremblay-Okafor]]. I'm [[PERSON:Chidi Okafor]]; the best number for the adjuster is [[PHONE_NUMBER:514-555-0199]].""",
    """Please update [[PERSON:Sunita Ramaswamy]]'s employee record: she moved to [[ADDRESS:22 Kestrel Close]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 9QJ]] on [[DATE_TIME:1 August]], and her emergency contact is now her husband, [[PERSON:Arvind]], on [[PHONE_NUMBER:07700 900461]].""",
    """Hi [[PERSON:Jakub]], your profile ([[URL:linkedin.com/in/jakub-wisniewski-devops]]) came up while I was searching for Kubernetes people in [[LOCATION:Kraków]]. Would you be open to a 20-minute call about a 12-month platform engineering contract? My direct line is [[PHONE_NUMBER:+48 512 345 678]]. Best, [[PERSON:Hannah Fairweather]], Talent Partner""",
    """Magandang araw po. Ako po si [[PERSON:Maricel Dela Cruz]] at gusto ko pong mag-file ng claim para sa pagkaka-ospital ng anak kong si [[PERSON:Joshua]] noong [[DATE_TIME:ika-9 ng Marso 2025]]. Ang PhilHealth number niya ay [[ID_NUMBER:12-050349871-6]] at maaari po ninyo akong tawagan sa [[PHONE_NUMBER:0917 555 2284]].""",
    """Buenas tardes, [[TITLE:Lic.]] [[PERSON:Ortega]]: le envío los datos de la nueva contratación. Nombre: [[PERSON:Ximena Rojas Treviño]], CURP [[ID_NUMBER:ROTX010214MDFJRMA0]], fecha de ingreso [[DATE_TIME:3 de marzo de 2025]]. Su número de seguridad social es [[ID_NUMBER:47190155821]] y vive en [[LOCATION:Coyoacán]], [[LOCATION:Ciudad de México]].""",
    """Congratulations [[PERSON:Chiamaka Eze]]! Following your assessment on [[DATE_TIME:Monday, 17 March]], we are pleased to offer you a place on our Graduate Trainee programme at the [[LOCATION:Lagos]] office. We have your NIN as [[ID_NUMBER:48291037756]] and your phone number as [[PHONE_NUMBER:0803 555 7142]]; kindly let us know if either is incorrect.""",
    """Hi [[PERSON:Ngozi]], your metformin refill (Rx 6620193) is ready for pickup at [[ADDRESS:2150 W Grand Ave]], [[LOCATION:Chicago]]. For your safety we verified your date of birth, [[DATE_TIME:11/02/1961]], before filling it. Reply STOP to opt out of texts.""",
    """Counsel for the claimant, [[PERSON:Ms. Harriet Oyelaran-Smith]], filed the witness statement of [[PERSON:Declan Fitzmaurice]] on [[DATE_TIME:23 January 2025]]. [[PERSON:Mr Fitzmaurice]], an [[NRP:Irish]] national aged [[AGE:46]], lives at [[ADDRESS:14 Ashgrove Terrace]], [[LOCATION:Dundrum]], [[LOCATION:Dublin 14]].""",
    """Student [[PERSON:Farah Al-Khatib]] (ID [[ID_NUMBER:2219843]]) has asked to defer her Semester 2 exams because of surgery scheduled for [[DATE_TIME:May 6]]. Her supervisor, [[PERSON:Prof. Liam O'Sullivan]], supports the request.""",
    """My suitcase never arrived after the [[DATE_TIME:June 29]] flight from [[LOCATION:Nairobi]] to [[LOCATION:London]]; the airline's property irregularity report is LHRKQ41877. Claimant: [[PERSON:Wanjiru Kamau]], passport [[ID_NUMBER:AK0493821]], email [[EMAIL_ADDRESS:wanjiru.kamau@outlook.com]]. I'm claiming £640 for clothes and toiletries.""",
    """[[PERSON:Marcus]], your 2024 W-2 is now available in the employee portal, and a paper copy was mailed to [[ADDRESS:3906 Oakridge Dr, Apt 12B]], [[LOCATION:Dayton]], [[LOCATION:OH]] [[ZIP_CODE:45417]]. We have your SSN on file as [[US_SSN:523-48-1197]]; if that is wrong, reply to this email and do not file yet.""",
    """Candidate: [[PERSON:Harpreet Kaur Sandhu]], [[AGE:29]], currently based in [[LOCATION:Pune]], notice period 60 days, expected CTC 18 LPA. Contact on [[PHONE_NUMBER:+91 98230 41177]] or [[EMAIL_ADDRESS:harpreet.sandhu.hr@gmail.com]]. PAN [[ID_NUMBER:BQKPS4721H]] has been collected for the background verification.""",
    """The SIM swap for [[PHONE_NUMBER:0412 555 038]] was requested at 3:12 am by someone claiming to be [[PERSON:Tran Thi Ngoc Anh]], but they got the security question wrong. [[PERSON:Ms Tran]]'s date of birth on the account is [[DATE_TIME:19 Aug 1990]], and she has now set a porting lock.""",
    """To renew your driver licence, [[PERSON:Aroha Ngata]], bring proof of address such as a rates bill for [[ADDRESS:17 Kowhai Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3015]]. Your IRD number ([[ID_NUMBER:49-203-713]]) is not needed for this application.""",
    """The tenancy for [[ADDRESS:Apartment 1204, 55 Marine Parade]], [[LOCATION:Durban]] [[ZIP_CODE:4001]] begins on [[DATE_TIME:1 March 2025]]. Tenant: [[PERSON:Sipho Ndlovu]], [[AGE:36]], ID number [[ID_NUMBER:8803145124086]], cell [[PHONE_NUMBER:+27 82 555 0143]].""",
    """Account [[USERNAME:xX_N0v4Strike_Xx]] was suspended for chargeback abuse; last login from [[IP_ADDRESS:86.142.77.19]] on [[DATE_TIME:2025-01-30 22:14 UTC]]. The account holder, [[PERSON:Callum Reid]], has appealed from [[EMAIL_ADDRESS:callumreid2009@hotmail.co.uk]].""",
    """so apparently [[PERSON:kezia]] from accounts posted her whole address in the community group lol, [[ADDRESS:9 Wattle Grove]], [[LOCATION:Mount Druitt]], with a photo of the front door. someone tell her to take it down before her ex sees it""",
    """Driver note: if [[PERSON:Mrs Okonkwo]] isn't home, leave the parcel in the blue bin by the side gate. Address is [[ADDRESS:39 Birchfield Road]], [[LOCATION:Handsworth]], [[LOCATION:Birmingham]] [[ZIP_CODE:B20 3JD]]; her mobile is [[PHONE_NUMBER:07983 555214]].""",
    """Welcome to the club, [[PERSON:Bogdan]]! Your membership ([[ID_NUMBER:PG-772019]]) is active from [[DATE_TIME:Monday 6 January]], and your first session with trainer [[PERSON:Keisha Bramwell]] is booked for [[DATE_TIME:Wednesday 8 January, 18:30]]. Bring a towel and a padlock.""",
    """Luna (the spaniel) is due her boosters next week. Owner [[PERSON:Ioana Popescu]], [[PHONE_NUMBER:+44 7456 555019]], asked for an appointment after 4 because she works days at the hospital.""",
    """Claim HC-2025-0413-7781 for [[PERSON:Lakshmi Narayanan]] (member ID [[ID_NUMBER:XJH884120337]], DOB [[DATE_TIME:07/22/1979]]) was denied because the MRI on [[DATE_TIME:03/11/2025]] needed prior authorization. Please ask [[PERSON:Dr. Schwartz]]'s office to resubmit with the referral attached.""",
    """I am writing on behalf of my late father, [[PERSON:Ahmad Reza Tehrani]], who passed away on [[DATE_TIME:November 2, 2024]] in [[LOCATION:Toronto]]. His SIN was [[ID_NUMBER:510 388 473]], and the policy names my mother, [[PERSON:Shirin Tehrani]], as beneficiary. Please send the claim forms to [[ADDRESS:62 Elmhurst Avenue]], [[LOCATION:North York]], [[LOCATION:ON]] [[ZIP_CODE:M2N 1R9]].""",
    """hey, just flagging that [[PERSON:Abdirahman]] from the warehouse is on paternity leave from [[DATE_TIME:14 April]] to [[DATE_TIME:9 May]]; [[PERSON:Gemma Thornley]] is covering his shifts. Please don't ring him at home on [[PHONE_NUMBER:0161 555 0872]] unless it's urgent.""",
    """Dear [[PERSON:Mr. Fonseca]], this letter confirms that your employment as Warehouse Lead (employee no. [[ID_NUMBER:100487]]) will end on [[DATE_TIME:March 31, 2025]]. Your final paycheck, including 37 hours of accrued PTO, will be deposited to the account ending 0921 on [[DATE_TIME:April 4]].""",
    """I'm doing a reference check for [[PERSON:Thandiwe Mokoena]], who lists you as her manager at the bank from 2019 to 2023. Could you ring me on [[PHONE_NUMBER:+27 21 555 0178]] this week, or reply with a good time? Thanks, [[PERSON:Pieter van der Merwe]], Hollard Recruitment""",
    """To finish your background check, [[PERSON:Dwayne]], we need your full legal name, date of birth and SSN. So far we have [[PERSON:Dwayne Everett Lassiter]], born [[DATE_TIME:September 9, 1992]], SSN ending 4471, and [[LOCATION:Illinois]] driver's license [[US_DRIVER_LICENSE:L326-7741-9025]].""",
    """Hi [[PERSON:Yusuf]], we noticed a £1,249.00 purchase on your Visa [[CREDIT_CARD:4532 0177 8812 9032]] at [[DATE_TIME:02:14 on 12 Jan]] at an electronics shop in [[LOCATION:Rotterdam]]. If this wasn't you, call the number on the back of your card.""",
    """[[PERSON:Kaveh]] and [[PERSON:Niloufar Sadeghi]] are filing jointly this year. His SSN is [[US_SSN:614-22-9087]] and hers is [[US_SSN:614-30-5518]], and they're claiming their daughter [[PERSON:Darya]], born [[DATE_TIME:2/17/2016]], as a dependent.""",
    """The applicant, [[PERSON:Nguyễn Văn Hùng]], a [[NRP:Vietnamese]] national, entered the UK on [[DATE_TIME:4 September 2019]] on a student visa. His passport number is [[ID_NUMBER:C7712094]] and his BRP number is [[ID_NUMBER:ZR8419036]].""",
    """Booking for [[PERSON:Sione Taufa]] plus two guests, check-in [[DATE_TIME:Fri 20 Dec]], arriving late from the airport. Guest mobile [[PHONE_NUMBER:+64 21 555 0192]]; the card on file is a Mastercard ending 7160.""",
    """Thank you, [[PERSON:Mrs. Adaeze Nwosu]], for your Gift Aid donation of £50 on [[DATE_TIME:5 December 2024]]. We have your home address as [[ADDRESS:71 Chestnut Walk]], [[LOCATION:Walthamstow]], [[LOCATION:London]] [[ZIP_CODE:E17 4PQ]]; let us know if you move.""",
    """Pickup authorisation: [[PERSON:Mia]] ([[AGE:4]]) may be collected by her grandmother [[PERSON:Rosa Delgado]] on [[DATE_TIME:Thursday 15 May]]. Please check photo ID at the door. Mum's mobile is [[PHONE_NUMBER:0423 555 871]] if anything changes.""",
    """third party details: [[PERSON:hamish o'connell]], rego [[ID_NUMBER:1XR 4KD]] ([[LOCATION:VIC]]), licence no. [[ID_NUMBER:042817553]], ph [[PHONE_NUMBER:0438 555 207]]. he admitted fault at the scene on [[DATE_TIME:27/11/2024]] but now says I braked suddenly""",
    """Theft claim: two bikes were taken from the communal store at [[ADDRESS:Flat 12, Kingfisher House, 3 Wharf Lane]], [[LOCATION:Leeds]] [[ZIP_CODE:LS10 1QR]] between [[DATE_TIME:19 October]] and [[DATE_TIME:21 October]]. Crime reference 13/201977/24. Policyholder [[PERSON:Eilidh Macaulay]], [[EMAIL_ADDRESS:eilidh.mac@btinternet.com]].""",
    """Spoke with the insured, [[PERSON:Mr Bautista]], at 10:05; he says the hail damage happened on [[DATE_TIME:May 22]] and he has photos of the roof. Roofer's estimate is $14,300. Field inspection set for [[DATE_TIME:Tue 6/3 at 1pm]] at [[ADDRESS:5520 Cedar Bluff Ln]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]].""",
    """Employee [[PERSON:Rosalind Achterberg]] slipped on a wet floor in the loading bay on [[DATE_TIME:January 9, 2025 at 6:45 a.m.]] and was treated in the ER for a sprained wrist. Her employee number is [[ID_NUMBER:WH-30917]]; her supervisor, [[PERSON:Tom Kessler]], saw it happen.""",
    """My T4 shows the wrong SIN: it should be [[ID_NUMBER:727 198 459]], not the one ending 846. I'm [[PERSON:Avneet Gill]], payroll ID [[ID_NUMBER:88213]], at the [[LOCATION:Surrey]] depot. Can someone reissue it before I file?""",
    """New joiner [[PERSON:Tan Wei Ming]] (NRIC [[ID_NUMBER:S8816437G]]) starts on [[DATE_TIME:2 June 2025]]. Please set up his CPF contributions and courier the laptop to [[ADDRESS:Blk 327 Clementi Ave 5, #08-214]], [[LOCATION:Singapore]] [[ZIP_CODE:120327]].""",
    """Dear [[PERSON:Ifeoma]], thank you for interviewing with us on [[DATE_TIME:22 April]]. We have decided to move forward with other candidates, but we'll keep your CV on file under candidate number [[ID_NUMBER:C-0058172]] for future roles.""",
    """phone screen w/ [[PERSON:rahul menon]] went well: [[AGE:31]], ex-Flipkart, wants remote from [[LOCATION:Kochi]]. reach him at [[PHONE_NUMBER:98470 55512]], portfolio on [[URL:github.com/rmenon-dev]]. moving him to the take-home.""",
    """Met [[PERSON:Graciela Ibarra]] at the career fair in [[LOCATION:Houston]] yesterday. She finishes her MBA in December and could start on [[DATE_TIME:January 6]]; her email is [[EMAIL_ADDRESS:graciela.ibarra.mba@rice.edu]]. Strong fit for the FP&A opening.""",
    """We received a wage garnishment order for [[PERSON:Terrence Bowlegs]] (SSN [[US_SSN:447-81-2390]]) dated [[DATE_TIME:March 3, 2025]]. Twenty-five percent of disposable earnings will be withheld for child support starting with his [[DATE_TIME:March 14]] paycheck.""",
    """Hi, I'm [[PERSON:Jerome Villanueva]] from [[LOCATION:Cebu City]]. I had two fillings done on [[DATE_TIME:Feb 8]] and the clinic said my HMO would cover it, but my card number [[ID_NUMBER:MX-1190-4478-21]] keeps getting rejected at the front desk.""",
    """Please transfer the deposit to [[PERSON:Katharina Vogt]], IBAN [[IBAN_CODE:DE44 5001 0517 5407 3249 31]], BIC INGDDEFFXXX, with the reference Kaution Whg 3. She'll send the keys once it clears.""",
    """Holding deposit received from [[PERSON:Bartholomew Ashdown-Reyes]] on [[DATE_TIME:10/01/2025]] for the [[ADDRESS:second-floor flat, 18 Colville Terrace]], [[LOCATION:London]] [[ZIP_CODE:W11 2BE]]. If the referencing fails, we'll refund it to [[IBAN_CODE:GB18 LOYD 3096 2717 4503 81]].""",
    """Port-out requested for [[PHONE_NUMBER:(718) 555-0164]]. Account holder [[PERSON:Shoshana Feldblum]], billing address [[ADDRESS:1450 Ocean Pkwy, Apt 5F]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11230]]. She asked us not to release the line until she confirms by phone.""",
    """Meter reading submitted by [[PERSON:Dafydd Llewellyn]] for [[ADDRESS:Tŷ Gwyn, Heol y Bryn]], [[LOCATION:Llanelli]] [[ZIP_CODE:SA15 4PL]] on [[DATE_TIME:3rd March]]: electric 04471, gas 18820.""",
    """If anything feels off tonight, text me at [[PHONE_NUMBER:404-555-0117]]. [[PERSON:Aaliyah]] knows I'm meeting [[PERSON:jordan]] from the app at the bar on Edgewood, and I'll share my location with her.""",
    """Dear parents, [[PERSON:Ayesha Siddiqui]] in Year 5 has been selected for the regional maths olympiad on [[DATE_TIME:Saturday 22 March]]. Please return the consent form with her student number, [[ID_NUMBER:STU-0418837]], written on the top.""",
    """Overdue notice: [[PERSON:Mr. Haruto Sasaki]], library card [[ID_NUMBER:29384001572216]], has three items that were due back on [[DATE_TIME:Feb 2]]. Fines are capped at $5 per item.""",
    """A penalty charge notice was issued to vehicle [[ID_NUMBER:LK19 XPT]] on [[DATE_TIME:14/02/2025 at 11:42]] in [[LOCATION:Camden]]. Registered keeper: [[PERSON:Oksana Melnyk]], [[ADDRESS:33 Prince of Wales Road]], [[LOCATION:London]] [[ZIP_CODE:NW5 3LG]].""",
    """Organizer [[PERSON:Kalani Kahananui]] started this fundraiser for her uncle [[PERSON:Keoni]], who lost his house and his boat on [[DATE_TIME:August 8]]. You can also send help directly through Venmo at [[USERNAME:kalani-kahananui]]. Mahalo for sharing.""",
    """Movers are booked for [[DATE_TIME:Saturday, June 14 at 8 a.m.]] from [[ADDRESS:2211 Spruce St, Unit 3]], [[LOCATION:Philadelphia]] to [[ADDRESS:48 Old Mill Road]], [[LOCATION:Cherry Hill]], [[LOCATION:NJ]]. On-site contact: [[PERSON:Ebony Whitaker]], [[PHONE_NUMBER:267.555.0148]].""",
    """Renter [[PERSON:Giuseppe Abbruzzese]] presented an [[NRP:Italian]] licence, no. [[ID_NUMBER:U1K839201P]], and an international driving permit at the [[LOCATION:Orlando]] airport counter. Pickup [[DATE_TIME:July 3]], return [[DATE_TIME:July 17]].""",
    """User [[USERNAME:pkowalczyk]] can't log into the VPN since the password reset; last successful auth was from [[IP_ADDRESS:10.44.18.203]]. [[PERSON:Piotr]] is working from home in [[LOCATION:Gdańsk]] today, so call him on [[PHONE_NUMBER:+48 601 555 312]].""",
    """Señores de la aseguradora: el [[DATE_TIME:12 de febrero de 2025]] hurtaron mi moto, placa [[ID_NUMBER:QTR27F]], frente a mi casa en la [[ADDRESS:Carrera 43A # 18 Sur-135]], [[LOCATION:Medellín]]. Soy [[PERSON:Andrés Felipe Zuluaga]], cédula [[ID_NUMBER:1.036.648.902]], celular [[PHONE_NUMBER:311 555 2847]]. Adjunto la denuncia.""",
    """Hola [[PERSON:Camila]], te confirmo que el recibo de sueldo de marzo ya está en el portal. Tu CUIL figura como [[ID_NUMBER:27-34118725-2]] y el depósito se hizo en la cuenta con CBU [[ID_NUMBER:0070243220000041783292]]. Cualquier cosa, escribime. Saludos, [[PERSON:Matías]]""",
    """Estimado [[PERSON:Jorge Luis Méndez Salinas]]: nos da gusto invitarlo a una entrevista presencial el [[DATE_TIME:jueves 10 de abril a las 11:00 h]] en nuestras oficinas de [[ADDRESS:Av. Constitución 2050 Pte., piso 7]], [[LOCATION:Monterrey]], [[LOCATION:N.L.]] Favor de traer identificación oficial y su CURP ([[ID_NUMBER:MESJ851103HNLNLR70]]).""",
    """La EPS rechazó la incapacidad de [[PERSON:Luz Dary Restrepo]] del [[DATE_TIME:3 de marzo]] al [[DATE_TIME:9 de marzo]] porque el certificado no tiene firma. Por favor, que ella lo vuelva a enviar a nómina con su cédula, [[ID_NUMBER:43.875.219]], y un teléfono de contacto; el que tenemos, [[PHONE_NUMBER:604 555 1873]], ya no funciona.""",
    """Sir, hindi pa po pumapasok yung sahod ko para sa [[DATE_TIME:Marso 15]] na cutoff. Ako po si [[PERSON:Rowena Bautista]], employee no. [[ID_NUMBER:2019-04417]], at ang BDO account ko po ay [[ID_NUMBER:0061 2834 7719]]. Pakicheck na lang po. Salamat!""",
    """Hi [[PERSON:Mark Anthony]]! Na-shortlist ka para sa Customer Service Representative position. Pumunta ka sa [[ADDRESS:12F Cyberscape Alpha, Sapphire Road]], [[LOCATION:Ortigas]], [[LOCATION:Pasig City]] sa [[DATE_TIME:Lunes, Hunyo 2, 9:00 AM]] para sa initial interview. Dalhin ang resume mo at ang SSS number mo ([[ID_NUMBER:34-7281905-6]]).""",
    """Ipinapaalam po namin kay [[TITLE:Gng.]] [[PERSON:Teresita Manalo]], [[AGE:63]] taong gulang, ng [[ADDRESS:Blk 7 Lot 22, Phase 2]], [[LOCATION:Brgy. San Isidro]], [[LOCATION:Antipolo]], na aprubado na ang kanyang senior citizen ID ([[ID_NUMBER:ANT-SC-048812]]). Maaari na itong kunin sa barangay hall simula [[DATE_TIME:Abril 7]].""",
    """Denuncia de siniestro: choque en Av. Cabildo y Juramento el [[DATE_TIME:viernes 21 de febrero a las 19:30]]. Conductor asegurado: [[PERSON:Federico Ianni]], DNI [[ID_NUMBER:29.873.406]], con domicilio en [[ADDRESS:Av. Cabildo 2241, 5° C]], [[LOCATION:CABA]] ([[ZIP_CODE:C1428AAF]]). Tercero: [[PERSON:Romina Szpilman]], patente [[ID_NUMBER:AE 417 KD]].""",
    """Cashless claim request for [[PERSON:Mr. Venkatesh Iyer]], [[AGE:58]], admitted on [[DATE_TIME:02-04-2025]] in [[LOCATION:Chennai]] for an angioplasty. Policy no. 2301/48829/01; Aadhaar [[ID_NUMBER:4827 3916 0554]]; mobile [[PHONE_NUMBER:+91 94440 18273]]. Estimated bill ₹3,40,000.""",
    """Reminder: [[PERSON:Bilal Chaudhry]]'s six-month probation review is due on [[DATE_TIME:19 May]]. His line manager, [[PERSON:Fiona]], is on leave that week, so [[PERSON:Craig Munro]] will run it.""",
    """[[PERSON:Achieng Otieno]]'s KRA PIN is [[ID_NUMBER:A014982273Q]] and her NSSF number is [[ID_NUMBER:2019384751]]. She was paid KES 142,500 gross for March to her M-Pesa line, [[PHONE_NUMBER:0722 555 418]], because the bank transfer bounced.""",
    """Transitioning service member [[TITLE:SSgt]] [[PERSON:Marcus Delacroix-Hill]] (separation date [[DATE_TIME:08/31/2025]]) applied for our logistics coordinator opening. His DoD ID is [[ID_NUMBER:1284470392]] and he's relocating to [[LOCATION:Fayetteville]], [[LOCATION:NC]].""",
    """Our candidate [[PERSON:Oleksandr Bondarenko]] is a [[NRP:Ukrainian]] citizen on the Homes for Ukraine scheme. His right-to-work check was done on [[DATE_TIME:5 March 2025]] and he can start on [[DATE_TIME:7 April]] if the offer goes out this week.""",
    """I rented a car in [[LOCATION:Reykjavík]] and scraped the driver's door on a gravel road on [[DATE_TIME:September 16]]. My card's rental cover needs the agreement, the police report and the card I paid with, [[CREDIT_CARD:5425 2334 3010 9903]]. [[PERSON:Daniel Ben-Ami]], [[PHONE_NUMBER:+972 54-555-0183]]""",
    """[[PERSON:beatriz]]'s short-term disability claim was approved through [[DATE_TIME:6/30]], but payroll still has her on unpaid leave. Can someone in benefits call her at [[PHONE_NUMBER:(559) 555-0126]] and sort it out?""",
    """Your Jobseeker's Benefit claim has been received. Name: [[PERSON:Siobhán Ní Bhriain]]. PPSN: [[ID_NUMBER:8372615M]]. Date of claim: [[DATE_TIME:03/02/2025]]. You will be asked to attend an appointment at your local Intreo centre.""",
    """Happy [[AGE:40]]th to my ride or die [[PERSON:Rochelle]]! Born [[DATE_TIME:March 9th]] and still the loudest person in every room. If you're in [[LOCATION:Kingston]] tonight, we're at her mum's place, come through""",
    """Dear Sir/Ma, my Toyota Corolla with registration number [[ID_NUMBER:KJA-481-FG]] was damaged by a falling billboard in front of [[ADDRESS:27 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] on [[DATE_TIME:Tuesday 4th March, 2025]]. Insured: [[PERSON:Babatunde Olaniyan]]. Kindly call me on [[PHONE_NUMBER:0809 555 3321]].""",
    """[[PERSON:Priscilla Goh]] (NRIC [[ID_NUMBER:T0274519J]]) was hospitalised in [[LOCATION:Bali]] from [[DATE_TIME:18 Dec]] to [[DATE_TIME:22 Dec]] with dengue and is claiming SGD 4,820 under her travel policy. Her mother, [[PERSON:Jenny Goh]], is handling the paperwork on [[PHONE_NUMBER:9123 4567]].""",
    """hi, policy number HX77120934, claiming for my glasses that broke on [[DATE_TIME:saturday the 8th]] at my cousin's wedding. my name is [[PERSON:liam brennan]] and my address is [[ADDRESS:7 fairview park]], [[LOCATION:galway]], [[ZIP_CODE:H91 X2E5]]""",
    """[[PERSON:Kenji]] asked that his new surname, [[PERSON:Watanabe-Lowe]], be used on payslips and his P60 from [[DATE_TIME:1 July]]. The deed poll is scanned to his file; his employee number stays [[ID_NUMBER:44-2091]].""",
    """Hi [[PERSON:Mereana]], we've updated your TFN to [[ID_NUMBER:459 217 387]], and from the [[DATE_TIME:15 May]] pay run your super will go to member number [[ID_NUMBER:60718842]]. Is your postal address still [[ADDRESS:4/18 Beach Road]], [[LOCATION:Coogee]] [[LOCATION:NSW]] [[ZIP_CODE:2034]]?""",
    """Sorry, [[PERSON:Ms. Abernathy]]: [[PERSON:Dr. Oyelaran]] has to move your panel interview from Wednesday morning to [[DATE_TIME:Friday 16 May at 3:00 pm]] Eastern. The Zoom link stays the same.""",
    """The offer letter for [[PERSON:Javier Montalvo-Ruiz]] goes to [[ADDRESS:3300 NW 7th Street, Apt 410]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33125]]: start date [[DATE_TIME:June 2, 2025]], base salary $84,000, relocation not included.""",
    """Our new hire [[PERSON:Amara Diallo]] is [[NRP:Muslim]] and asked for a quiet room for prayers near the [[LOCATION:Columbus]] warehouse; facilities has cleared the old first-aid room for her and anyone else who needs it.""",
    """Funeral cover claim: the deceased, [[PERSON:Nomvula Dlamini]], ID [[ID_NUMBER:9109270283088]], died on [[DATE_TIME:13 January 2025]] in [[LOCATION:Soweto]]. The claimant is her brother, [[PERSON:Themba Dlamini]], cell [[PHONE_NUMBER:072 555 9013]].""",
    """Our insured, [[PERSON:Harold Petrakis]], was struck by your client, [[PERSON:Janelle Fortier]], at a four-way stop on [[DATE_TIME:10/14/2024]]. We paid $6,218.40 for his repairs and are seeking reimbursement; please forward this letter to her carrier.""",
    """Local [[NRP:Green Party]] activist [[PERSON:Tamsin Hartley]], [[AGE:38]], of [[LOCATION:Stroud]] was arrested at the quarry protest and released without charge. She told us she will stand again in the [[LOCATION:Gloucestershire]] council elections.""",
    """Junior registration: [[PERSON:Kofi Asante-Mensah]], DOB [[DATE_TIME:2013-08-27]], under-12 squad. Parent/guardian [[PERSON:Efua Asante]], [[EMAIL_ADDRESS:efua.asante@yahoo.com]], [[PHONE_NUMBER:07712 555 903]]. Kit size: youth L.""",
]

BENCH = [
    # ai4privacy-like: odd, dense mixed sentences
    """Attention [[PERSON:Dr. Evangeline Mbeki-Harrow]], Principal Metrics Coordinator: the quarterly pension statement for [[PERSON:Ignatius]] was returned undelivered from [[ADDRESS:8842 Brekke Crossing, Suite 318]], [[LOCATION:North Alessandro]], [[LOCATION:Vermont]] [[ZIP_CODE:05839]]. Please verify the linked account [[IBAN_CODE:GB39HBUK40127658329104]] (BIC HBUKGB4B) and the contact number [[PHONE_NUMBER:+1-802-555-0174]] before we reissue it.""",
    """Hey [[PERSON:Marguerite]], just a reminder that your next physio session at [[ADDRESS:4417 Kuhlman Ridge, Apt. 906]] is on [[DATE_TIME:11/07/2025 at 14:15]]. If you're running late, ring [[PHONE_NUMBER:+44 28 9055 0172]]. Your patient portal login is [[USERNAME:marg.lindqvist77]] (password Qz!84mWv-2), so please don't share it with anyone.""",
    """The device with MAC 3c:22:fb:9a:10:e4 and IP [[IP_ADDRESS:172.16.254.31]] signed in as [[USERNAME:oyelowo_t]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36. Account owner: [[PERSON:Temitope Oyelowo]], [[AGE:42]], Investor Accounts Strategist, registered with [[EMAIL_ADDRESS:t.oyelowo@protonmail.com]].""",
    """Payment of €1,145.90 for the summit on behalf of [[PERSON:Ms. Ingrid Solberg-Achebe]] was charged to [[CREDIT_CARD:3782 100449 13704]] (CVV 4821, exp 09/27). Billing address: [[ADDRESS:Flat 2B, 61 Wickham Crescent]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF24 3DX]], [[LOCATION:Wales]].""",
    """[[PERSON:Ezinne Okwuosa]], [[AGE:29]], female, 5'6", eye colour hazel, born [[DATE_TIME:February 29, 1996]], has been assigned parking bay 14. Her SSN [[US_SSN:281-66-4093]] and vehicle VRM [[ID_NUMBER:GX21 ZTE]] were added to the permit system by the Lead Mobility Officer.""",
    """Wire instructions for [[PERSON:Raghav Malhotra]]: account name Personal Loan Account, account number [[ID_NUMBER:40718823]], IBAN [[IBAN_CODE:GB23 MIDL 4005 1571 2388 90]], BIC MIDLGB22. Amount: 3,400.00 GBP. Reference 7Q4-ALPHA. His PIN 8821 must not be sent by email.""",
    """Student [[PERSON:Leilani Fonoti]] (ID [[ID_NUMBER:S-77120458]]), [[AGE:19]], enrolled in Applied Hydrology, has an outstanding balance of NZD 2,310. Contact [[EMAIL_ADDRESS:leilani.fonoti@student.auckland.ac.nz]] or [[PHONE_NUMBER:+64 22 555 0817]]; mailing address [[ADDRESS:22A Ponsonby Terrace]], [[LOCATION:Auckland]] [[ZIP_CODE:1011]].""",
    """Security alert: sign-in to [[USERNAME:dmitri.volkonsky]] from [[IP_ADDRESS:2a02:c7f:5c1e:8a00:4d1b:9e2f:11a0:7c3d]] ([[LOCATION:Manchester]], [[LOCATION:United Kingdom]]) on [[DATE_TIME:2025-03-18 06:52:11]]. User agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1. If this wasn't you, [[PERSON:Dmitri]], change your password now.""",
    """Hi [[PERSON:Mx. Rowan Quayle]], this confirms your studio locker rental at [[ADDRESS:112 Harbourfront Way, Unit 4]], [[LOCATION:Halifax]], [[LOCATION:NS]] [[ZIP_CODE:B3J 1S9]] from [[DATE_TIME:01/04/2025]]. The monthly fee will be charged to [[CREDIT_CARD:4147 2003 9981 6620]], expiry 11/26.""",
    """Applicant [[PERSON:Gwendolyn Baptiste-Rowe]], born [[DATE_TIME:1987-10-04]], age [[AGE:37]], gender female, currently at [[ADDRESS:5091 Harmony Lane]], [[LOCATION:Tacoma]], [[LOCATION:WA]] [[ZIP_CODE:98405]], applied for the Lead Configuration Developer role. Previous employer: Kessler-Vance Logistics. Portfolio: [[URL:https://gwenbaptisterowe.design]].""",
    """Patient [[PERSON:Yitzhak Abramowicz]], DOB [[DATE_TIME:04.06.1951]], height 172 cm, weight 81 kg, blood type O+. Attending: [[PERSON:Dr. Keren Ashkenazi]]. Follow-up on [[DATE_TIME:17.07.2025 10:00]] at [[ADDRESS:44 Herzl Street]], [[LOCATION:Haifa]], second floor clinic.""",
    """Transfer notice: [[PERSON:Anneliese Kröger]] sent 2,750.00 EUR from [[IBAN_CODE:DE91 1007 0024 0288 1044 00]] (BIC DEUTDEDBBER) to [[PERSON:Mehmet Yıldırım]], [[IBAN_CODE:DE56 1203 0000 1029 3847 56]], on [[DATE_TIME:21.02.2025]]. Purpose: rent for March, [[ADDRESS:Kastanienallee 88, 3. OG]], [[ZIP_CODE:10435]] [[LOCATION:Berlin]].""",
    """Trip with [[PERSON:Abebe]] on [[DATE_TIME:Sunday, 9 March 2025, 23:47]] from [[ADDRESS:18 Regent Street]] to [[ADDRESS:240 Kilburn High Road]], [[LOCATION:London]] [[ZIP_CODE:NW6 2BS]]. Fare £23.60, paid with Mastercard •••• 9903. Rider: [[PERSON:Chloé Marchetti]], [[PHONE_NUMBER:+44 7911 555382]].""",
    """[[PERSON:Mrs. Philippa Oduya]], as Regional Markets Liaison you are required to submit the vendor audit by Friday. Questions can go to [[EMAIL_ADDRESS:philippa.oduya@brightwell-group.com]] or her desk line [[PHONE_NUMBER:+1-312-555-0193]]; the corporate card ending ****6620 stays frozen until then.""",
    """Vehicle registered to [[PERSON:Ciarán Mulvey]]: VIN 2T1BURHE9JC074218, reg [[ID_NUMBER:191-D-48211]], insured from [[DATE_TIME:12/05/2024]]. Address on file: [[ADDRESS:Apt 4, 19 Leeson Park]], [[LOCATION:Dublin 6]], [[ZIP_CODE:D06 K7F2]]. Named driver: [[PERSON:Aoife Mulvey]], [[AGE:24]].""",
    """Lost phone report: IMEI 358752091634828, owner [[PERSON:Fatima Zahra Benali]], last seen online from [[IP_ADDRESS:41.140.233.7]] on [[DATE_TIME:03/22/2025 18:05]]. Please contact her sister [[PERSON:Salma]] at [[PHONE_NUMBER:+212 661-555012]] if it is found.""",
    """Order ORD-2291-KX for [[PERSON:Bernadette Kowalski-Nguyen]] shipped to [[ADDRESS:77 Larkspur Court]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83706]]; paid with Discover [[CREDIT_CARD:6011-0093-7746-0212]] (CVV 118). Gift message: For Nana, happy [[AGE:80]]th, love from all of us in [[LOCATION:Idaho]].""",
    """Tax return for [[PERSON:Gurpreet Dhaliwal]], TFN [[ID_NUMBER:876 134 025]], of [[ADDRESS:16 Wattle Street]], [[LOCATION:Dandenong]] [[LOCATION:VIC]] [[ZIP_CODE:3175]], lodged on [[DATE_TIME:30/09/2024]]. Refund to BSB 063-182, account [[ID_NUMBER:1047 2290]]. Occupation: Sous Chef.""",
    """Porting request: number [[PHONE_NUMBER:+234 803 555 0199]] moving networks for [[PERSON:Mr. Abdullahi Garba Yusuf]], NIN [[ID_NUMBER:70318842519]], BVN [[ID_NUMBER:22174938105]]. Request submitted from [[IP_ADDRESS:105.112.47.208]] with user agent Dalvik/2.1.0 (Linux; U; Android 13; SM-A145F Build/TP1A.220624.014).""",
    """For the family archive: [[PERSON:Wilhelmina Grace Otieno-Price]] (née [[PERSON:Otieno]]), born [[DATE_TIME:14th August 1943]] in [[LOCATION:Kisumu]], emigrated in 1969 and worked as a Senior Records Clerk. Her late husband's SSN, [[US_SSN:239-40-1187]], still appears on the pension paperwork.""",
    """New sign-in for [[USERNAME:LunaByte_93]] from [[IP_ADDRESS:122.58.201.14]] ([[LOCATION:Christchurch]]) using Firefox 124 on Linux. Recovery email [[EMAIL_ADDRESS:luna.whitcombe93@gmail.com]], recovery phone [[PHONE_NUMBER:+64 27 555 6619]]. Owner: [[PERSON:Luna Whitcombe]].""",
    """Hello [[PERSON:Santiago]], this confirms your seminar fee for Advanced Claims Handling. Card: [[CREDIT_CARD:5204182233907160]] exp 04/28 cvv 392, billing ZIP [[ZIP_CODE:78704]]. Your seat is B-14 and your badge will read [[PERSON:Santiago Echeverri]], Claims Resolution Analyst.""",
    """[[PERSON:Aurelio Castellanos]], Dynamic Branding Officer, requested remote access from [[IP_ADDRESS:190.44.128.9]]; his laptop MAC is a4:5e:60:c2:19:7b. He can be reached at [[PHONE_NUMBER:+56 9 5555 1820]] in [[LOCATION:Santiago]], [[LOCATION:Chile]] until [[DATE_TIME:March 28]].""",
    """Travel profile: [[PERSON:Courtney Amara Lindqvist]], US passport [[US_PASSPORT:A38104729]], expires 2031-06-30, DOB [[DATE_TIME:1990-12-03]], Known Traveler Number [[ID_NUMBER:984122071]], seat preference aisle, meal preference vegetarian.""",
    """Dear [[PERSON:Lwazi]], the keycard for [[ADDRESS:Unit 7, 14 Bree Street]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]] was deactivated on [[DATE_TIME:28 February]] when your lease ended. Your deposit of R9,500 will be refunded to the account you gave us, [[ID_NUMBER:62844190175]].""",
    """[[PERSON:Brandon Tsosie]]'s [[LOCATION:Arizona]] license [[US_DRIVER_LICENSE:D08472915]] was scanned at check-in on [[DATE_TIME:Apr 12 2025 7:31PM]]. SSN on the application: [[US_SSN:527-90-3318]]. Room 221, two nights, company rate.""",
    """In the quarterly newsletter, [[PERSON:Ottoline Brecht]] from the [[LOCATION:Hannover]] office shared her new address, [[ADDRESS:Bahnhofstraße 17a]], [[ZIP_CODE:30159]] [[LOCATION:Hannover]], and invited the team to her housewarming on [[DATE_TIME:Saturday 5 April]]. RSVP at [[PHONE_NUMBER:+49 511 5558 2214]].""",
    """Account recovery for [[USERNAME:kwabena.ofori]]: security answer blue tilapia, backup email [[EMAIL_ADDRESS:kofori.backup@gmail.com]], phone [[PHONE_NUMBER:+233 24 555 8127]]. The request came from [[IP_ADDRESS:154.160.3.91]] at 04:12 GMT.""",
    """The mortgage statement for [[PERSON:Niamh]] and [[PERSON:Oisín Ó Dálaigh]] shows sort code 93-20-88, account [[ID_NUMBER:31049276]], IBAN [[IBAN_CODE:IE71 AIBK 9320 8831 0492 76]]. Property: [[ADDRESS:12 Seafield Crescent]], [[LOCATION:Clontarf]], [[LOCATION:Dublin 3]].""",
    """Visa application: [[PERSON:Rutendo Chikwanha]], [[NRP:Zimbabwean]], passport [[ID_NUMBER:FN482019]], DOB [[DATE_TIME:22/06/1994]], address [[ADDRESS:18 Samora Machel Avenue]], [[LOCATION:Harare]]. Purpose of travel: conference, Data Protection Officer.""",
    """Hotel folio: guest [[PERSON:Takumi Hayashi]], room 1807, arrival [[DATE_TIME:2025/04/03]], departure [[DATE_TIME:2025/04/06]], JCB [[CREDIT_CARD:3566 0021 0457 8139]], phone [[PHONE_NUMBER:+81 90-5555-2041]], email [[EMAIL_ADDRESS:t.hayashi.1984@icloud.com]].""",
    """Please be informed that [[PERSON:Mr. Leopold Amsel-Baptiste]], SSN [[US_SSN:071-58-2243]], has been approved as Chief Interactions Architect effective [[DATE_TIME:05/01/2025]]. Send his welcome kit to [[ADDRESS:1208 Sycamore Row, Floor 3]], [[LOCATION:Stamford]], [[LOCATION:CT]] [[ZIP_CODE:06901]].""",
    """Bulk-billing claim: patient [[PERSON:Ngaire Whitcombe]], Medicare [[ID_NUMBER:2953 18477 1]], DOB [[DATE_TIME:03/09/1958]], seen on [[DATE_TIME:12/03/2025]] at [[ADDRESS:Suite 5, 210 Flinders Street]], [[LOCATION:Townsville]] [[LOCATION:QLD]] [[ZIP_CODE:4810]]. Item 23, referring GP [[PERSON:Dr. Hamid Rahimi]].""",
    """Greetings [[PERSON:Ifunanya]], your Future Tactics Producer onboarding starts [[DATE_TIME:2025-06-16T09:00]]. Log in as [[USERNAME:ifunanya.obi]] from the office network ([[IP_ADDRESS:192.168.40.17]]) and use the temporary password Tmp#2025-Obi. Your Bitbucket profile is [[URL:https://bitbucket.org/ifunanya-obi]].""",
    # gretel-like: domain documents
    """PROPERTY LOSS NOTICE
Insured: [[PERSON:Delphine Arceneaux]]
Mailing address: [[ADDRESS:2714 Magazine St]], [[LOCATION:New Orleans]], [[LOCATION:LA]] [[ZIP_CODE:70130]]
Date of loss: [[DATE_TIME:08/29/2024]]
Cause of loss: wind-driven rain through failed roof flashing
Policy: HO3-LA-0082194
Contact: [[PHONE_NUMBER:(504) 555-0163]] / [[EMAIL_ADDRESS:d.arceneaux@cox.net]]
Prior losses: none reported""",
    """PERSONAL LOAN AGREEMENT. This Agreement is made on [[DATE_TIME:March 12, 2025]] between Meridian Community Credit Union ("Lender") and [[PERSON:Rashid Mahmood Qureshi]] ("Borrower"), residing at [[ADDRESS:918 Larkin Avenue]], [[LOCATION:Elgin]], [[LOCATION:Illinois]] [[ZIP_CODE:60123]], SSN [[US_SSN:356-72-1940]]. The Borrower's member number is [[ID_NUMBER:0048812207]], and monthly installments of $412.18 will be drawn from checking account [[ID_NUMBER:1029384756]] (routing 071000136) on the 15th of each month.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Ólafur Sigurðsson]] | MRN: [[ID_NUMBER:MRN-00731842]] | DOB: [[DATE_TIME:1966-02-11]]
Admitted: [[DATE_TIME:2025-01-04]] | Discharged: [[DATE_TIME:2025-01-09]]
Attending: [[PERSON:Dr. Priyanka Hegde]]
Diagnosis: community-acquired pneumonia, resolved on oral antibiotics.
Follow-up: primary care with [[PERSON:Dr. Ruth Akinyi]] within 7 days; repeat chest X-ray in 6 weeks.
Patient lives with his daughter [[PERSON:Katrín]] at [[ADDRESS:410 Oakmont Road]], [[LOCATION:Duluth]], [[LOCATION:MN]] [[ZIP_CODE:55811]].""",
    """EMPLOYMENT AGREEMENT
This agreement, dated [[DATE_TIME:1 April 2025]], is made between Northgate Analytics Ltd, registered office [[ADDRESS:20 Finsbury Circus]], [[LOCATION:London]] [[ZIP_CODE:EC2M 7EB]] (the "Company"), and [[PERSON:Adaeze Chukwuma]] of [[ADDRESS:Flat 9, 41 Tressillian Road]], [[LOCATION:London]] [[ZIP_CODE:SE4 1YG]] (the "Employee").
1. Commencement: the Employee's employment begins on [[DATE_TIME:14 April 2025]].
2. Position: Senior Actuarial Analyst, reporting to the Head of Pricing.
3. Salary: £68,500 per annum, paid monthly in arrears.
4. National Insurance number: [[ID_NUMBER:SZ 71 40 28 B]].""",
    """NOTICE TO QUIT
To: [[PERSON:Lorenzo Bellucci]] and all other occupants of [[ADDRESS:56 Pelham Road, Apt 3R]], [[LOCATION:New Rochelle]], [[LOCATION:NY]] [[ZIP_CODE:10805]].
You are hereby notified that your month-to-month tenancy is terminated and you must vacate the premises on or before [[DATE_TIME:May 31, 2025]]. Unpaid rent as of this notice: $4,250.00.
Landlord: [[PERSON:Margit Haverkamp]], [[PHONE_NUMBER:914-555-0138]]""",
    """PRESCRIPTION
Patient: [[PERSON:Kyung-soo Park]]    DOB: [[DATE_TIME:09/14/1970]]
Address: [[ADDRESS:3321 Wilshire Blvd #1402]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90010]]
Rx: Atorvastatin 20 mg tablets, #90, take one at bedtime. Refills: 3.
Prescriber: [[PERSON:Dr. Elena Marchetti]], CA license [[ID_NUMBER:A112947]]
Pharmacy: please call the office line, not the patient's cell ([[PHONE_NUMBER:213-555-0171]]), with substitutions.""",
    """On [[DATE_TIME:February 3, 2025 at 7:15 a.m.]], policyholder [[PERSON:Imani Kariuki-Johnson]] was traveling northbound on Route 9 near [[LOCATION:Wappingers Falls]], [[LOCATION:New York]], when a deer entered the roadway. The insured vehicle, plate [[ID_NUMBER:KJT 4419]], sustained front-end damage estimated at $7,880. No injuries were reported. The insured can be reached at [[PHONE_NUMBER:845-555-0152]] or [[EMAIL_ADDRESS:imani.kj@gmail.com]].""",
    """CARDHOLDER DISPUTE FORM
Cardholder name: [[PERSON:Marisol Quintanilla]]
Card number: [[CREDIT_CARD:4716 0433 9902 5516]]
Transaction date: [[DATE_TIME:01/18/2025]]
Merchant: SKYLINE ELECTRONICS 0442   Amount: $389.99
Reason: merchandise not received; merchant does not answer at 1-888-555-0102.
Cardholder signature: [[PERSON:M. Quintanilla]]   Date: [[DATE_TIME:02/02/2025]]""",
    """DIRECT DEPOSIT AUTHORIZATION
Employee: [[PERSON:Nikolai Petrov]]    Employee ID: [[ID_NUMBER:E77014]]
Bank: First Harbor Bank    Routing no.: 322271627
Account no.: [[ID_NUMBER:00718829104]]    Type: checking    Deposit: 100% of net pay
Effective with the pay date of [[DATE_TIME:04/04/2025]].
Signature: [[PERSON:N. Petrov]]    Date signed: [[DATE_TIME:03/24/2025]]""",
    """BACKGROUND CHECK DISCLOSURE AND AUTHORIZATION
Applicant: [[PERSON:Zainab Abdul-Rahman]]    Other names used: [[PERSON:Zainab Hussein]]
DOB: [[DATE_TIME:06/30/1995]]    SSN: [[US_SSN:468-31-0752]]
Driver's license: [[US_DRIVER_LICENSE:H421770338215]]    State: [[LOCATION:MN]]
Addresses in the past 7 years: [[ADDRESS:1450 Lake St E, Apt 211]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55407]]; [[ADDRESS:88 Aldrich Ave N]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55405]]
Position applied for: Claims Intake Specialist (Req. 24-0877)""",
    """Re: Claim CLM-48822-TX

Dear [[PERSON:Mr. Villarreal]],

We have completed our review of the water damage at your property at [[ADDRESS:1207 Tamarind Dr]], [[LOCATION:McAllen]], [[LOCATION:TX]] [[ZIP_CODE:78501]], reported on [[DATE_TIME:January 22, 2025]]. The policy covers the sudden discharge from the water heater but excludes the long-term seepage behind the kitchen cabinets. A payment of $9,412.77, less your $1,000 deductible, will be issued within 10 business days.

Sincerely,
[[PERSON:Claire Vandersloot]]
Senior Claims Examiner, (800) 555-0110 ext. 4471""",
    """MEDICAL HISTORY FORM
Name: [[PERSON:Precious Mahlangu]]    Age: [[AGE:22]]    Sex: F    ID no.: [[ID_NUMBER:0206110871087]]
Medical aid: Discovery Health, member no. [[ID_NUMBER:184229073]]
Allergies: penicillin    Chronic medication: none
Next of kin: [[PERSON:Lindiwe Mahlangu]] (mother), [[PHONE_NUMBER:083 555 6120]]""",
    """MEMORANDUM OF SALE
Seller(s): [[PERSON:Gordon Ashby Whitlock]] and [[PERSON:Fiona Whitlock]]
Buyer: [[PERSON:Reza Karimi]]
Property: [[ADDRESS:14 Thornbury Rise]], [[LOCATION:Harrogate]], [[LOCATION:North Yorkshire]] [[ZIP_CODE:HG2 9LP]]
Agreed price: £485,000    Target completion: [[DATE_TIME:28 March 2025]]
Buyer's solicitor: Harland & Pike LLP; mortgage in principle held with a high street lender.""",
    """IN THE CIRCUIT COURT OF [[LOCATION:COOK COUNTY]], [[LOCATION:ILLINOIS]]
In re the Marriage of [[PERSON:Alejandra Torres]], Petitioner, and [[PERSON:Brian Keith Sommers]], Respondent. Case No. 2025-D-004418.
Petitioner states that the parties were married on [[DATE_TIME:June 18, 2011]] in [[LOCATION:Evanston]], [[LOCATION:Illinois]], that one child was born to the marriage, [[PERSON:Mateo Sommers-Torres]], on [[DATE_TIME:October 2, 2014]], and that Petitioner currently resides at [[ADDRESS:2236 W Estes Ave]], [[LOCATION:Chicago]], [[LOCATION:Illinois]] [[ZIP_CODE:60645]].""",
    """CUSTOMER INFORMATION (KYC)
Customer name: [[PERSON:Adeola Funmilayo Bakare]]
BVN: [[ID_NUMBER:22318840576]]    NIN: [[ID_NUMBER:61029384711]]
Date of birth: [[DATE_TIME:12-Nov-1989]]    Nationality: [[NRP:Nigerian]]
Residential address: [[ADDRESS:Plot 14, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]
Occupation: Pharmacist    Mother's maiden name: [[PERSON:Ogunleye]]""",
    """LIFE INSURANCE APPLICATION, PART A
Proposed insured: [[PERSON:Hemi Walker-Tautahi]]    DOB: [[DATE_TIME:17 Jul 1982]]    Smoker: no    Height: 183 cm
Occupation: electrician (self-employed)
Beneficiary: [[PERSON:Kiri Walker-Tautahi]] (spouse), 100%
IRD number: [[ID_NUMBER:116-834-529]]
Address: [[ADDRESS:9 Tui Street]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]]""",
    """PAYSLIP    Pay date: [[DATE_TIME:28/02/2025]]
Employee: [[PERSON:Gráinne Kavanagh]]    Emp no: [[ID_NUMBER:00412]]
PPSN: [[ID_NUMBER:1946038L]]    Annual tax credits: €4,000
Gross: €3,850.00    PAYE: €512.40    USC: €96.10    PRSI: €154.00
Net pay: €3,087.50 paid to [[IBAN_CODE:IE46 BOFI 9000 1724 6190 35]]""",
    """JOB APPLICATION
Full name: [[PERSON:Kwabena Ofori-Atta]] | Email: [[EMAIL_ADDRESS:kwabena.oforiatta@gmail.com]] | Phone: [[PHONE_NUMBER:+1 647 555 0128]]
Location: [[LOCATION:Mississauga]], [[LOCATION:Ontario]] | LinkedIn: [[URL:https://www.linkedin.com/in/kwabena-ofori-atta]]
Work authorization: permanent resident | Salary expectation: CAD 95k
Available from: [[DATE_TIME:May 1, 2025]] | Referred by: [[PERSON:Yaw Mensah]] (employee)""",
    """PERMISSION SLIP
I, [[PERSON:Moana Leota]], parent/guardian of [[PERSON:Tavita Leota]] (age [[AGE:10]]), give permission for my child to attend the Year 6 trip to the museum on [[DATE_TIME:Friday 11 April]].
Emergency contact number: [[PHONE_NUMBER:021 555 4096]]
Medical notes: mild asthma, inhaler in bag.
Signed: [[PERSON:M. Leota]]""",
    """Claimant [[PERSON:Baljit Sidhu]] reports that on the night of [[DATE_TIME:December 14, 2024]] his 2018 Toyota Corolla (plate [[ID_NUMBER:LK3 82T]], VIN 2T1BURHE9JC074218) was stolen from the driveway of [[ADDRESS:8834 152 Street]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3S 5J9]]. Both keys are accounted for. Police file 2024-188201. [[PERSON:Mr. Sidhu]]'s driver's licence number is [[ID_NUMBER:7740218]].""",
    """Dear [[PERSON:Hiroshi Kaneda]],

We are writing to tell you about a security incident at our former payroll vendor. On January 14, 2025, an unauthorized party accessed a file that contained your name, home address ([[ADDRESS:5126 Rainier Ave S]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98118]]), date of birth and the last four digits of your Social Security number. We are offering you 24 months of credit monitoring at no cost; your enrollment code is RX7-2291-KQ.""",
    """LOAN APPLICATION (SALARY LOAN)
Borrower: [[PERSON:Ma. Lourdes Santiago-Reyes]]    TIN: [[ID_NUMBER:418-227-903-000]]    UMID CRN: [[ID_NUMBER:0111-4827193-0]]
Address: [[ADDRESS:Unit 15C, One Serendra Tower, 11th Avenue]], [[LOCATION:Bonifacio Global City]], [[LOCATION:Taguig]] [[ZIP_CODE:1634]]
Mobile: [[PHONE_NUMBER:+63 917 555 0143]]    Employer: BPO (3 yrs)    Monthly income: PHP 85,000
Co-maker: [[PERSON:Ramon Reyes]]""",
    """HOSPITAL BILLING STATEMENT
Guarantor: [[PERSON:Delroy Campbell]]    Account no.: [[ID_NUMBER:600218847]]
Patient: [[PERSON:Shanice Campbell]] (dependent)    Date of service: [[DATE_TIME:02/11/2025]]
Emergency dept. visit, level 4: $2,114.00    Insurance adjustment: -$1,388.20
Balance due: $725.80. Pay online or call our billing office.""",
    """INDEPENDENT CONTRACTOR AGREEMENT
This Agreement is entered into as of [[DATE_TIME:January 15, 2025]] by and between Lumen Harbor Inc. and [[PERSON:Sunil Wickramasinghe]], an individual residing at [[ADDRESS:41/3 Galle Road]], [[LOCATION:Colombo 03]], [[LOCATION:Sri Lanka]], NIC [[ID_NUMBER:198612304417]] ("Contractor"). Contractor shall be paid USD 45 per hour by wire to the account he designates in writing.""",
    """SHORT-TERM DISABILITY CLAIM, EMPLOYEE STATEMENT
Name: [[PERSON:Marguerite Ebanks]]    SSN: [[US_SSN:590-14-2276]]    Date of birth: [[DATE_TIME:11/30/1976]]
Last day worked: [[DATE_TIME:02/21/2025]]    Expected return: [[DATE_TIME:04/07/2025]]
Treating physician: [[PERSON:Dr. Samuel Adjei]], [[PHONE_NUMBER:(305) 555-0184]]
Reason: scheduled knee replacement.""",
    """NOTICE OF FINAL HEARING
Claimant: [[PERSON:Ms R Chaudhry]]    Respondent: Halden Logistics Ltd    Case number: 1803344/2024
The final hearing will take place at [[ADDRESS:4th Floor, City Exchange, 11 Albion Street]], [[LOCATION:Leeds]] [[ZIP_CODE:LS1 5ES]] on [[DATE_TIME:Monday 9 June 2025 at 10:00 am]], with a time estimate of three days.""",
    """BENEFICIARY DESIGNATION
Account holder: [[PERSON:Ingrid Halvorsen]]    Account: [[ID_NUMBER:IRA-5520-1184]]
Primary beneficiary: [[PERSON:Erik Halvorsen]] (son), DOB [[DATE_TIME:05/05/1988]], SSN [[US_SSN:472-19-8830]], share 100%
Contingent beneficiary: [[PERSON:Sigrid Halvorsen-Berg]] (granddaughter), DOB [[DATE_TIME:08/19/2012]]
Signed in [[LOCATION:Fargo]], [[LOCATION:ND]] on [[DATE_TIME:March 7, 2025]].""",
    """EXPLANATION OF BENEFITS. This is not a bill.
Member: [[PERSON:Carmen Ruiz-Whitfield]]    Member ID: [[ID_NUMBER:W298847102]]    Group: 00471992
Patient: [[PERSON:Lucas Whitfield]] (dependent)    Provider: Desert Pediatric Orthopedics
Date of service: [[DATE_TIME:12/03/2024]]    Billed: $1,420.00    Plan paid: $1,036.60    You owe: $383.40""",
    """Your tax code for 2025 to 2026 is 1257L.
Name: [[PERSON:Mr Oluwadamilare Akande]]
National Insurance number: [[ID_NUMBER:PX 44 81 72 D]]
Address: [[ADDRESS:27 Sandringham Drive]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 2QT]]
Employer: Crestline Care Homes Ltd (PAYE reference 120/CA77821)
If this is wrong, contact us; do not contact your employer's payroll about your tax code.""",
    """INCIDENT REPORT (WORKERS' COMPENSATION)
Injured employee: [[PERSON:Teodoro Banuelos]]    Employee no.: [[ID_NUMBER:5518-22]]    Age: [[AGE:51]]
Date and time of injury: [[DATE_TIME:03/06/2025 2:40 PM]]
Location: Dock 4, distribution center at [[ADDRESS:9100 Airline Hwy]], [[LOCATION:Baton Rouge]], [[LOCATION:LA]] [[ZIP_CODE:70815]]
Description: pallet jack rolled over left foot. Witness: [[PERSON:Keandra Wells]].
Reported to supervisor [[PERSON:Doug Fenske]] on [[DATE_TIME:03/06/2025]].""",
    # Nemotron-PII-like: JSON, logs, SQL, XML, config, code, tickets, forms
    """{"customer_id": "[[ID_NUMBER:CUS-0088217]]", "first_name": "[[PERSON:Thabo]]", "last_name": "[[PERSON:Sithole]]", "dob": "[[DATE_TIME:1985-07-19]]", "email": "[[EMAIL_ADDRESS:thabo.sithole@webmail.co.za]]", "phone": "[[PHONE_NUMBER:+27 11 555 0394]]", "address": {"street": "[[ADDRESS:12 Jan Smuts Avenue]]", "suburb": "[[LOCATION:Rosebank]]", "city": "[[LOCATION:Johannesburg]]", "postal_code": "[[ZIP_CODE:2196]]", "country": "[[LOCATION:South Africa]]"}, "loyalty_tier": "gold", "marketing_opt_in": false}""",
    """2025-03-14T08:22:41.118Z INFO  auth-service    login ok user=[[USERNAME:amelia.hargreaves]] ip=[[IP_ADDRESS:81.2.69.160]] mfa=totp session=7f3a9c21e0
2025-03-14T08:23:05.440Z WARN  billing-service card_update_failed user=[[USERNAME:amelia.hargreaves]] last4=0245 reason=avs_mismatch billing_zip=[[ZIP_CODE:YO31 7EP]]
2025-03-14T08:24:17.002Z INFO  profile-service phone_changed user=[[USERNAME:amelia.hargreaves]] old=[[PHONE_NUMBER:+447700900812]] new=[[PHONE_NUMBER:+447700900377]]
2025-03-14T08:24:17.019Z INFO  notify-service  sms_queued to=[[PHONE_NUMBER:+447700900377]] template=phone_change_confirm""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, sex, phone, email, insurance_member_id)
VALUES ('[[ID_NUMBER:0048213]]', '[[PERSON:Rosalía]]', '[[PERSON:Benítez Olmedo]]', '[[DATE_TIME:1977-03-30]]', 'F', '[[PHONE_NUMBER:+1-505-555-0176]]', '[[EMAIL_ADDRESS:rbenitez77@gmail.com]]', '[[ID_NUMBER:NMX40188273]]');""",
    """<employee id="[[ID_NUMBER:4410982]]">
  <name><given>[[PERSON:Priyanka]]</given><family>[[PERSON:Deshmukh]]</family></name>
  <hireDate>[[DATE_TIME:2021-09-13]]</hireDate>
  <ssn>[[US_SSN:149-62-3087]]</ssn>
  <address>
    <line1>[[ADDRESS:7702 Brookhollow Rd]]</line1>
    <line2>[[ADDRESS:Apt 2C]]</line2>
    <city>[[LOCATION:Edison]]</city><state>[[LOCATION:NJ]]</state><zip>[[ZIP_CODE:08820]]</zip>
  </address>
  <department>Actuarial</department>
  <payGrade>P4</payGrade>
</employee>""",
    """oncall:
  primary:
    name: [[PERSON:Lukas Brandstätter]]
    phone: "[[PHONE_NUMBER:+43 664 5550182]]"
    email: [[EMAIL_ADDRESS:lukas.brandstaetter@gmx.at]]
  secondary:
    name: [[PERSON:Seo-yeon Cho]]
    slack: "@[[USERNAME:seoyeon.cho]]"
database:
  host: [[IP_ADDRESS:10.12.4.55]]
  port: 5432
  user: svc_reporting
  password: "hunter2-Prod!"
""",
    """# TODO([[USERNAME:kdiaz]]): remove this hardcoded fixture before merging
TEST_CLAIMANT = {
    "name": "[[PERSON:Rebecca Thistlewood]]",
    "ssn": "[[US_SSN:401-77-2068]]",
    "dob": "[[DATE_TIME:1989-04-21]]",
    "card": "[[CREDIT_CARD:4589022177364408]]",
    "address": "[[ADDRESS:615 Delmar Blvd]], [[LOCATION:St. Louis]], [[LOCATION:MO]] [[ZIP_CODE:63112]]",
    "claim_type": "auto_glass",
}""",
    """Ticket #48213 | Priority: High | Channel: web form
Opened by: [[PERSON:Connor Fitzgerald]] ([[EMAIL_ADDRESS:connor.fitz@outlook.ie]])
Subject: Charged twice for annual plan
Message: Hi, I was charged twice for the annual plan on my card ending 5516. My account is registered to [[ADDRESS:3 Mill Lane]], [[LOCATION:Kinsale]], [[LOCATION:Co. Cork]] [[ZIP_CODE:P17 WK27]]. Please refund the duplicate or call me on [[PHONE_NUMBER:087 555 4410]].
Assigned to: billing-tier2""",
    """PATIENT REGISTRATION FORM
Last name: [[PERSON:Oyebanji]]    First: [[PERSON:Temilade]]    MI: [[PERSON:A]]
DOB: [[DATE_TIME:03 / 17 / 1992]]    Age: [[AGE:32]]    Sex: F
Address: [[ADDRESS:645 Maple Ave, Unit 9]]    City: [[LOCATION:Hartford]]    State: [[LOCATION:CT]]    ZIP: [[ZIP_CODE:06114]]
Home phone: none    Cell: [[PHONE_NUMBER:860-555-0197]]
Emergency contact: [[PERSON:Femi Oyebanji]] (brother), [[PHONE_NUMBER:860-555-0140]]
Insurance: Anthem BCBS    Member ID: [[ID_NUMBER:YRK884210339]]    Group: 174553""",
    """{"event":"device_registered","user":{"username":"[[USERNAME:sam_okonjo]]","display_name":"[[PERSON:Samuel Okonjo]]","email":"[[EMAIL_ADDRESS:sam.okonjo@fastmail.com]]"},"device":{"mac":"f0:18:98:4a:2c:d1","ipv6":"[[IP_ADDRESS:2600:1700:3d40:a3f0::1c]]","model":"Pixel 8","os":"Android 14"},"ts":"2025-02-11T19:40:03Z","request_id":"c1e7b0d2-77af-4b8e-9a41-3f5d2c9e0b16"}""",
    """[[IP_ADDRESS:73.162.44.201]] - [[USERNAME:jrodriguez]] [14/Mar/2025:10:02:11 -0700] "GET /account/statements?acct=[[ID_NUMBER:554120983]]&fmt=pdf HTTP/1.1" 200 51203 "https://portal.example-bank.com/home" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:73.162.44.201]] - [[USERNAME:jrodriguez]] [14/Mar/2025:10:02:40 -0700] "POST /account/profile/email HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:10.0.3.17]] - - [14/Mar/2025:10:02:41 -0700] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29\"""",
    """-- payroll correction requested by HR, ticket HR-2291
UPDATE employees
   SET bank_account = '[[ID_NUMBER:0314476288]]',
       iban = '[[IBAN_CODE:NL43RABO0314476288]]',
       home_address = '[[ADDRESS:Oudegracht 214]], [[ZIP_CODE:3511 NR]] [[LOCATION:Utrecht]]'
 WHERE emp_no = [[ID_NUMBER:20417]]
   AND last_name = '[[PERSON:de Vries]]';""",
    """From: "[[PERSON:Anneke Visser]]" <[[EMAIL_ADDRESS:anneke.visser@ziggo.nl]]>
To: salarisadministratie@
Subject: BSN incorrect on my payslip

Hello, the BSN on my February payslip is wrong. The correct number is [[ID_NUMBER:273910541]]. Please also make sure my salary goes to [[IBAN_CODE:NL68 INGB 0006 8395 27]] and not to my old account.
Kind regards,
[[PERSON:Anneke Visser]]
[[PHONE_NUMBER:06 5555 1824]]""",
    """# .env.production (do not commit)
OWNER=[[PERSON:Marta Kowalczyk]]
SMTP_HOST=smtp.gmail.com
SMTP_USER=[[EMAIL_ADDRESS:marta.kowalczyk.dev@gmail.com]]
SMTP_PASS=wq8!Lp2z-Kx
ALERT_SMS=[[PHONE_NUMBER:+48 505 555 219]]
ADMIN_IP_ALLOWLIST=[[IP_ADDRESS:89.64.12.200]],[[IP_ADDRESS:89.64.12.201]]
SENTRY_DSN=https://4f1c2a9b0e@o118822.ingest.sentry.io/55012
APP_VERSION=3.14.2""",
    """MSH|^~&|ADT1|QUEENS|LABADT|QUEENS|20250312083000||ADT^A04|MSG00418|P|2.5
PID|1||[[ID_NUMBER:448210]]^^^QMC^MR||[[PERSON:NAKAMURA]]^[[PERSON:AIKO]]^^^||[[DATE_TIME:19730415]]|F|||[[ADDRESS:2207 KAPIOLANI BLVD APT 1903]]^^[[LOCATION:HONOLULU]]^[[LOCATION:HI]]^[[ZIP_CODE:96826]]||[[PHONE_NUMBER:(808)555-0134]]
PV1|1|O|CLINIC2^^^QMC||||1188^[[PERSON:TANABE]]^[[PERSON:ROY]]^^^[[TITLE:DR]]""",
    """Case 00913374, inbound call. Caller [[PERSON:Lindani Zulu]] asked to change the risk address on policy PL-77120 to [[ADDRESS:45 Umhlanga Rocks Drive]], [[LOCATION:Umhlanga]], [[ZIP_CODE:4319]]. Identity verified with ID number [[ID_NUMBER:7605025841080]] and DOB [[DATE_TIME:02/05/1976]]. New premium effective next debit order. Agent: [[USERNAME:nmbatha]].""",
    """const applicant = {
  fullName: "[[PERSON:Hyun-woo Lee]]",
  email: "[[EMAIL_ADDRESS:hyunwoo.lee@kakao.com]]",
  phone: "[[PHONE_NUMBER:010-5555-3821]]",
  city: "[[LOCATION:Busan]]",
  appliedRole: "Backend Engineer (Payments)",
  resumeUrl: "https://cdn.hireloop.io/r/9f2c1e.pdf",
  github: "[[URL:https://github.com/hyunwoo-lee]]",
  stage: "onsite",
};
await ats.candidates.create(applicant);""",
    """commit 9f3e2a1c7b4d80e5a6f1c2b3d4e5f60718293a4b
Author: [[PERSON:Olamide Bankole]] <[[EMAIL_ADDRESS:olamide.bankole@users.noreply.github.com]]>

    fix(claims): mask policyholder phone in export

    The CSV export leaked full numbers like +44 20 7946 0000 (our switchboard)
    and customers' mobiles. Mask all but the last 4 digits.

    Signed-off-by: [[PERSON:Olamide Bankole]] <[[EMAIL_ADDRESS:olamide.bankole@users.noreply.github.com]]>
    Reviewed-by: [[PERSON:Harriet Lowe]] <[[EMAIL_ADDRESS:hlowe@quillpoint.co.uk]]>""",
    """{
  "type": "payment_method.attached",
  "data": {
    "card": {"number": "[[CREDIT_CARD:5301 2847 7106 9932]]", "exp_month": 8, "exp_year": 2027, "cvc": "331", "brand": "mastercard"},
    "billing_details": {
      "name": "[[PERSON:Valentina Ruggiero]]",
      "email": "[[EMAIL_ADDRESS:vale.ruggiero@libero.it]]",
      "address": {"line1": "[[ADDRESS:1455 Market St]]", "line2": "[[ADDRESS:Suite 600]]", "city": "[[LOCATION:San Francisco]]", "state": "[[LOCATION:CA]]", "postal_code": "[[ZIP_CODE:94103]]"}
    }
  },
  "livemode": false
}""",
    """Mar 14 02:11:09 bastion-01 sshd[21877]: Failed password for root from [[IP_ADDRESS:185.220.101.44]] port 40112 ssh2
Mar 14 02:11:12 bastion-01 sshd[21877]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.44]] port 40118 ssh2
Mar 14 07:58:30 bastion-01 sshd[22410]: Accepted publickey for [[USERNAME:ravi.shankar]] from [[IP_ADDRESS:49.204.17.83]] port 51522 ssh2: ED25519 SHA256:Xk3fQ0d9lJ2pYr7v
Mar 14 07:58:30 bastion-01 sshd[22410]: pam_unix(sshd:session): session opened for user [[USERNAME:ravi.shankar]] by (uid=0)""",
    """INSERT INTO paie.salaries (matricule, nom, prenom, nir, iban, ville, brut_mensuel) VALUES
([[ID_NUMBER:3017]], '[[PERSON:Marchand]]', '[[PERSON:Élodie]]', '[[ID_NUMBER:2 88 11 75 056 213 91]]', '[[IBAN_CODE:FR76 3000 4008 2200 0188 3451 759]]', '[[LOCATION:Paris]]', 4125.00),
([[ID_NUMBER:3018]], '[[PERSON:Benhamou]]', '[[PERSON:Yanis]]', NULL, '[[IBAN_CODE:FR76 2004 1010 0505 0039 1742 667]]', '[[LOCATION:Montreuil]]', 3380.50);""",
    """<Claim>
  <ClaimNumber>CLM-2025-004471</ClaimNumber>
  <LossDate>[[DATE_TIME:2025-02-27]]</LossDate>
  <Claimant>
    <Name>[[PERSON:Owen Tremblay]]</Name>
    <BirthDate>[[DATE_TIME:1994-10-08]]</BirthDate>
    <Phone type="mobile">[[PHONE_NUMBER:+1 902 555 0161]]</Phone>
    <Address>[[ADDRESS:77 Portland St]], [[LOCATION:Dartmouth]], [[LOCATION:NS]] [[ZIP_CODE:B2Y 1H8]]</Address>
  </Claimant>
  <Vehicle><Year>2021</Year><Make>Ford</Make><VIN>1FTFW1E58MFA31907</VIN><Plate>[[ID_NUMBER:HFX 228]]</Plate></Vehicle>
  <Adjuster>[[PERSON:Nadia Haddad]]</Adjuster>
</Claim>""",
    """### Candidate: [[PERSON:Francesca Oduro-Bianchi]]
- **Email:** [[EMAIL_ADDRESS:f.oduro.bianchi@gmail.com]]
- **Phone:** [[PHONE_NUMBER:+353 86 555 2047]]
- **Location:** [[LOCATION:Cork]], open to hybrid
- **Candidate ID:** [[ID_NUMBER:CND-771204]] (Req: ENG-0442)
- **Interviews:** tech screen with [[PERSON:Marek]] done; panel booked [[DATE_TIME:Tue 25 Mar, 11:00]]
- **Notes:** strong on Kafka, weaker on SQL tuning; salary ask EUR 78k""",
    """[profile]
display_name = [[PERSON:Tolga Karaca]]
email = [[EMAIL_ADDRESS:tolga.karaca@posteo.de]]
home_dir = /home/[[USERNAME:tkaraca]]/
locale = tr_TR.UTF-8
[sync]
server = sync.internal.lan
last_client_ip = [[IP_ADDRESS:192.168.178.23]]
interval_minutes = 15""",
    """Traceback (most recent call last):
  File "/srv/app/claims/intake.py", line 214, in validate_address
    raise ValueError(f"postcode {pc!r} does not match city {city!r}")
ValueError: postcode '[[ZIP_CODE:G12 8QQ]]' does not match city '[[LOCATION:Edinburgh]]' for claimant [[PERSON:Morag Fyfe]] (customer [[ID_NUMBER:7710352]], phone [[PHONE_NUMBER:07700 900614]])""",
    """{"resourceType":"Patient","id":"pt-5521","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"[[ID_NUMBER:9434765919]]"}],"name":[{"use":"official","family":"[[PERSON:Adeyemi]]","given":["[[PERSON:Folake]]"],"prefix":["[[TITLE:Mrs]]"]}],"telecom":[{"system":"phone","value":"[[PHONE_NUMBER:020 7946 0381]]","use":"home"}],"gender":"female","birthDate":"[[DATE_TIME:1968-05-23]]","address":[{"line":["[[ADDRESS:Flat 6, 88 Brixton Hill]]"],"city":"[[LOCATION:London]]","postalCode":"[[ZIP_CODE:SW2 1QN]]"}]}""",
    """Form W-4 (2025), Step 1: Personal Information
(a) First name and middle initial: [[PERSON:Darnell J.]]    Last name: [[PERSON:Whitaker]]
(b) Social security number: [[US_SSN:254-38-9061]]
Address: [[ADDRESS:1190 Peachtree Walk NE]]
City or town, state, and ZIP code: [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]]
(c) [x] Single or Married filing separately
Employee's signature: [[PERSON:Darnell J. Whitaker]]    Date: [[DATE_TIME:1/6/2025]]""",
    """{"level":"info","ts":1741940021.118,"msg":"candidate_profile_viewed","candidate_id":"[[ID_NUMBER:CND-880913]]","candidate_email":"[[EMAIL_ADDRESS:aisha.bello.cv@gmail.com]]","viewer":"[[USERNAME:j.okafor]]","viewer_ip":"[[IP_ADDRESS:102.89.34.176]]","req":"REQ-2025-118"}
{"level":"warn","ts":1741940025.507,"msg":"resume_parse_partial","candidate_id":"[[ID_NUMBER:CND-880913]]","missing":["phone"],"parser":"v2.4.1"}""",
    """2025/03/12 22:41:07 [error] 3121#3121: *88412 upstream timed out (110: Connection timed out) while reading response header from upstream, client: [[IP_ADDRESS:99.240.18.112]], server: api.claims.local, request: "GET /v1/claims/search?email=[[EMAIL_ADDRESS:j.okoro-black@rogers.com]]&dob=[[DATE_TIME:1981-06-02]] HTTP/1.1", upstream: "http://[[IP_ADDRESS:10.20.0.8]]:8080/v1/claims/search", host: "api.claims.local\"""",
    # Spanish and Tagalog, in the same three manners
    """CONTRATO DE ARRENDAMIENTO que celebran por una parte [[PERSON:Héctor Ulloa Garibay]], en lo sucesivo EL ARRENDADOR, y por la otra [[PERSON:María Fernanda Castañeda Ruiz]], en lo sucesivo LA ARRENDATARIA, con RFC [[ID_NUMBER:CARF930722QT5]] y CURP [[ID_NUMBER:CARF930722MJCSZR49]], respecto del departamento ubicado en [[ADDRESS:Av. Chapultepec 480, Int. 12]], [[LOCATION:Col. Americana]], C.P. [[ZIP_CODE:44160]], [[LOCATION:Guadalajara]], [[LOCATION:Jalisco]]. El plazo inicia el [[DATE_TIME:1 de abril de 2025]] y la renta mensual es de $14,500.00 M.N., pagadera mediante transferencia a la CLABE [[ID_NUMBER:012180001183590276]].""",
    """FORMATO DE ATENCIÓN DE URGENCIAS
Paciente: [[PERSON:Juan Camilo Ospina Gaviria]] | C.C. [[ID_NUMBER:1.020.734.581]] | Edad: [[AGE:34]] años | EPS: Sura
Fecha y hora de ingreso: [[DATE_TIME:18/02/2025 23:40]]
Dirección: [[ADDRESS:Calle 85 # 11-53, Apto 502]], [[LOCATION:Bogotá]] | Celular: [[PHONE_NUMBER:+57 310 555 2233]]
Acompañante: [[PERSON:Natalia Ríos]] (esposa)
Motivo de consulta: dolor abdominal de 6 horas de evolución.
Médico tratante: [[TITLE:Dra.]] [[PERSON:Paola Andrea Cifuentes]], R.M. [[ID_NUMBER:52-7781]]""",
    """INSERT INTO clientes (dni, cuil, apellido, nombre, fecha_nac, email, telefono, domicilio, cp, localidad) VALUES
('[[ID_NUMBER:38.004.117]]', '[[ID_NUMBER:27-38004117-6]]', '[[PERSON:Ferreyra]]', '[[PERSON:Lucía Belén]]', '[[DATE_TIME:1994-05-27]]', '[[EMAIL_ADDRESS:lu.ferreyra94@hotmail.com]]', '[[PHONE_NUMBER:+54 9 351 555-4102]]', '[[ADDRESS:Bv. San Juan 1148, 7° A]]', '[[ZIP_CODE:X5000ATP]]', '[[LOCATION:Córdoba]]');
-- alta en sucursal [[LOCATION:Nueva Córdoba]], operador [[USERNAME:gpaez]]""",
    """AVISO DE ACCIDENTE O ENFERMEDAD (GASTOS MÉDICOS MAYORES)
Asegurado titular: [[PERSON:Luis Guzmán Aponte]]    RFC: [[ID_NUMBER:GUAL780930H67]]
Fecha de nacimiento: [[DATE_TIME:30/09/1978]]    Póliza: GMM-22-0418835
Paciente afectado: [[PERSON:Sofía Guzmán Herrera]] (hija), [[AGE:12]] años
Fecha de inicio de síntomas: [[DATE_TIME:2 de enero de 2025]]    Diagnóstico: apendicitis aguda
Domicilio: [[ADDRESS:Calle 31 Poniente 2905]], [[LOCATION:Col. Ladrillera de Benítez]], C.P. [[ZIP_CODE:72530]], [[LOCATION:Puebla]], [[LOCATION:Pue.]]
Teléfono: [[PHONE_NUMBER:222 555 8140]]    Correo: [[EMAIL_ADDRESS:luis.guzman.aponte@gmail.com]]
CLABE para reembolso: [[ID_NUMBER:002180704621955363]]""",
    """Paalala kay [[TITLE:Bb.]] [[PERSON:Kristine Joy Mercado]]: ang iyong dental appointment sa [[ADDRESS:Unit 302, Medical Arts Bldg., 88 Kalayaan Avenue]], [[LOCATION:Diliman]], [[LOCATION:Quezon City]] ay sa [[DATE_TIME:Sabado, Abril 12, 10:30 AM]]. Ang downpayment na ₱1,500 ay kinaltas sa card na [[CREDIT_CARD:4988 2310 6652 7192]] (exp 07/27, CVV 604). Kung kailangang i-reschedule, i-text si [[TITLE:Dra.]] [[PERSON:Liza Tiangco]] sa [[PHONE_NUMBER:0928 555 6710]].""",
    """KASUNDUAN SA PAGPAPAUTANG
Ang kasunduang ito ay ginawa ngayong [[DATE_TIME:ika-3 ng Pebrero, 2025]] sa [[LOCATION:Lungsod ng Batangas]] sa pagitan nina:
[[PERSON:Rodel P. Macaraeg]], nasa hustong gulang, [[NRP:Pilipino]], may asawa, at naninirahan sa [[ADDRESS:27 Rizal Avenue Extension]], [[LOCATION:Brgy. Kumintang Ibaba]], [[LOCATION:Lungsod ng Batangas]], na tatawaging NANGHIHIRAM; at
[[PERSON:Erlinda S. Panganiban]], nasa hustong gulang, [[NRP:Pilipino]], balo, na tatawaging NAGPAPAUTANG.
Halaga ng utang: ₱150,000.00, babayaran sa loob ng labindalawang (12) buwan.
ID ng nanghihiram: Driver's License [[ID_NUMBER:D04-19-118274]]""",
    """Ticket #PH-55213 | Kategorya: Account Access
Nag-report si [[PERSON:Jomar Villareal]] ([[USERNAME:jomar_v93]]) na hindi siya makapag-login mula kahapon. Huling matagumpay na login: [[DATE_TIME:2025-03-10 21:14]] mula sa [[IP_ADDRESS:112.198.77.40]]. Na-verify ang kanyang numero [[PHONE_NUMBER:+63 918 555 3302]] at email [[EMAIL_ADDRESS:jomarvillareal93@yahoo.com]]. Ni-reset ni agent [[USERNAME:cs_mtorres]] ang password at pinayuhan siyang i-on ang 2FA.""",
    """IMPORMASYON NG EMPLEYADO
Pangalan: [[PERSON:Rosario Mae Ilagan]]
Petsa ng kapanganakan: [[DATE_TIME:Agosto 14, 1996]]    Edad: [[AGE:28]]
Tirahan: [[ADDRESS:Blk 12 Lot 5, Camella Homes]], [[LOCATION:Brgy. Molino III]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]] [[ZIP_CODE:4102]]
SSS: [[ID_NUMBER:34-5912047-3]]    PhilHealth: [[ID_NUMBER:03-025517893-4]]
Pag-IBIG MID: [[ID_NUMBER:1211-4780-2293]]    TIN: [[ID_NUMBER:302-118-645-000]]
Tatawagan kung may emergency: [[PERSON:Arnel Ilagan]] (asawa), [[PHONE_NUMBER:0995 555 1047]]""",
]

TABLE = [
    """claim_ref,policyholder,date_of_loss,loss_type,phone,reserve_usd
CLM-10441,[[PERSON:Harriet Quinlan]],[[DATE_TIME:2025-01-12]],water,[[PHONE_NUMBER:(207) 555-0131]],8200
CLM-10442,[[PERSON:Obinna Nwachukwu]],[[DATE_TIME:2025-01-13]],auto collision,[[PHONE_NUMBER:(207) 555-0188]],4150
CLM-10447,[[PERSON:Sadie Pelletier]],[[DATE_TIME:2025-01-15]],theft,[[PHONE_NUMBER:(207) 555-0102]],1900
CLM-10450,[[PERSON:Wen-Hsin Lo]],[[DATE_TIME:2025-01-15]],hail,[[PHONE_NUMBER:(207) 555-0176]],12500""",
    """emp_id\tname\tni_number\ttax_code\tgross_mar\tnet_mar
E1031\t[[PERSON:Joanna Wilkes]]\t[[ID_NUMBER:JK 63 91 02 A]]\t1257L\t3,412.50\t2,701.18
E1044\t[[PERSON:Mohammed Rafiq]]\t[[ID_NUMBER:NP 20 77 48 D]]\t1257L\t2,980.00\t2,399.62
E1052\t[[PERSON:Siân Griffiths]]\t[[ID_NUMBER:WL 38 05 16 B]]\tBR\t1,120.00\t896.00""",
    """| Candidate | Role | Stage | Email | Phone |
|---|---|---|---|---|
| [[PERSON:Isabella Moretti]] | Claims Handler | Offer | [[EMAIL_ADDRESS:isabella.moretti@gmail.com]] | [[PHONE_NUMBER:07700 900213]] |
| [[PERSON:Kojo Amponsah]] | Claims Handler | Panel | [[EMAIL_ADDRESS:kojo.amponsah@hotmail.com]] | [[PHONE_NUMBER:07700 900584]] |
| [[PERSON:Dana Whitfield]] | Team Lead, FNOL | Phone screen | [[EMAIL_ADDRESS:dana.whitfield@outlook.com]] | [[PHONE_NUMBER:07700 900947]] |
| [[PERSON:Arjun Pillai]] | Fraud Analyst | Rejected | [[EMAIL_ADDRESS:arjun.pillai.work@gmail.com]] | [[PHONE_NUMBER:07700 900330]] |""",
    """EMPNO  NAME                    DEPT        HIRED        MOBILE
00417  [[PERSON:Bronwyn Aitchison]]       Payroll     [[DATE_TIME:03-FEB-2014]]  [[PHONE_NUMBER:021 555 7730]]
00582  [[PERSON:Rangi Parata]]            Warehouse   [[DATE_TIME:17-AUG-2019]]  [[PHONE_NUMBER:027 555 1184]]
00611  [[PERSON:Mei Fong Chua]]           Finance     [[DATE_TIME:09-JAN-2023]]  [[PHONE_NUMBER:022 555 9046]]""",
    """{"username": "[[USERNAME:vikram.b]]", "email": "[[EMAIL_ADDRESS:vikram.bhatt@rediffmail.com]]", "plan": "pro", "last_login": "[[DATE_TIME:2025-03-02T18:44:10Z]]", "last_ip": "[[IP_ADDRESS:117.211.94.30]]"}
{"username": "[[USERNAME:solveig_h]]", "email": "[[EMAIL_ADDRESS:solveig.haugen@online.no]]", "plan": "free", "last_login": "[[DATE_TIME:2025-02-27T07:15:52Z]]", "last_ip": "[[IP_ADDRESS:84.208.31.6]]"}
{"username": "[[USERNAME:dreadpirate_rob]]", "email": "[[EMAIL_ADDRESS:rob.mcallister77@gmail.com]]", "plan": "pro", "last_login": "[[DATE_TIME:2025-03-04T23:59:01Z]]", "last_ip": "[[IP_ADDRESS:2a01:4b00:8512:d600:91c2:77e1:4f0a:2b19]]"}""",
    """emergency_contacts:
  - employee: [[PERSON:Kateryna Shevchuk]]
    contact: [[PERSON:Andriy Shevchuk]]
    relation: spouse
    phone: "[[PHONE_NUMBER:+1 416 555 0119]]"
  - employee: [[PERSON:Daniel Osei]]
    contact: [[PERSON:Abena Osei]]
    relation: mother
    phone: "[[PHONE_NUMBER:+1 416 555 0167]]"
  - employee: [[PERSON:Maeve Gallagher]]
    contact: [[PERSON:Ruairí Gallagher]]
    relation: brother
    phone: "[[PHONE_NUMBER:+353 85 555 3019]]\"""",
    """Name: [[PERSON:Tomasz Wróblewski]]
Employee no: [[ID_NUMBER:PL-2207]]
Start date: [[DATE_TIME:6 January 2025]]
Department: Claims
Home address: [[ADDRESS:14 Birch Lane]], [[LOCATION:Slough]] [[ZIP_CODE:SL1 6BQ]]

Name: [[PERSON:Precious Adu]]
Employee no: [[ID_NUMBER:PL-2211]]
Start date: [[DATE_TIME:13 January 2025]]
Department: Underwriting
Home address: [[ADDRESS:Flat 4, 2 Windsor Road]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 5HF]]""",
    """appt_datetime,patient,dob,nhs_no,clinic,clinician
[[DATE_TIME:2025-04-02 09:00]],[[PERSON:Eleanor Brightwater]],[[DATE_TIME:1949-11-23]],[[ID_NUMBER:602 318 8745]],Diabetes,[[PERSON:Dr. Sanjay Kulkarni]]
[[DATE_TIME:2025-04-02 09:20]],[[PERSON:Patrick Nwankwo]],[[DATE_TIME:1971-06-08]],[[ID_NUMBER:450 219 3372]],Diabetes,[[PERSON:Dr. Sanjay Kulkarni]]
[[DATE_TIME:2025-04-02 09:40]],[[PERSON:Gülşen Aydın]],[[DATE_TIME:1983-02-14]],[[ID_NUMBER:738 405 1266]],Podiatry,[[PERSON:Nurse Helen Cartwright]]""",
    """| Payee | IBAN | BIC | Last paid |
|-------|------|-----|-----------|
| [[PERSON:Carmen Solís Vidal]] | [[IBAN_CODE:ES92 2100 0418 4645 0261 1783]] | CAIXESBBXXX | [[DATE_TIME:2025-02-28]] |
| [[PERSON:Jordi Puig i Ferrer]] | [[IBAN_CODE:ES95 0049 1500 0927 1028 3841]] | BSCHESMMXXX | [[DATE_TIME:2025-02-28]] |
| [[PERSON:Alan McBride]] | [[IBAN_CODE:GB07 BARC 2003 5347 1582 66]] | BARCGB22 | [[DATE_TIME:2025-01-31]] |
| [[PERSON:Lucía Ortega Manzano]] | [[IBAN_CODE:ES28 0182 4572 4202 0881 6534]] | BBVAESMMXXX | [[DATE_TIME:2025-02-28]] |""",
    """txn_id,cardholder,card_number,merchant,amount,status
T-88120,[[PERSON:Georgina Platt]],[[CREDIT_CARD:4917 6003 4412 8757]],FRESHMART 118,42.17,settled
T-88121,[[PERSON:Hamza Qureshi]],[[CREDIT_CARD:2223 0048 1176 5527]],CITYPARK GARAGE,12.00,settled
T-88125,[[PERSON:Yoon-ji Baek]],[[CREDIT_CARD:3799 021188 34555]],AIRLINE TKT 0163,688.40,pending
T-88129,[[PERSON:Marcel Dubois]],[[CREDIT_CARD:6011 5534 8820 9174]],PHARMACY 22,9.85,declined""",
    """student_id\tname\tdob\tyear\tguardian\tguardian_phone
2025-0113\t[[PERSON:Noah Kiplagat]]\t[[DATE_TIME:14/05/2014]]\t5\t[[PERSON:Faith Kiplagat]]\t[[PHONE_NUMBER:0721 555 306]]
2025-0118\t[[PERSON:Zuri Wambui]]\t[[DATE_TIME:02/11/2013]]\t6\t[[PERSON:Peter Kamau]]\t[[PHONE_NUMBER:0733 555 819]]
2025-0124\t[[PERSON:Imran Hassan]]\t[[DATE_TIME:29/07/2014]]\t5\t[[PERSON:Amina Hassan]]\t[[PHONE_NUMBER:0710 555 442]]""",
    """| Unit | Tenant | Lease start | Rent | Arrears |
|:--|:--|:--|--:|--:|
| [[ADDRESS:Flat 1, 22 Dalkeith Road]] | [[PERSON:Callum Imrie]] | [[DATE_TIME:01/09/2023]] | £875 | £0 |
| [[ADDRESS:Flat 2, 22 Dalkeith Road]] | [[PERSON:Ines Carvalho]] | [[DATE_TIME:15/01/2024]] | £910 | £455 |
| [[ADDRESS:Flat 3, 22 Dalkeith Road]] | [[PERSON:Wojciech Nowak]] | [[DATE_TIME:01/06/2022]] | £840 | £0 |""",
    """POLICY     INSURED                 SSN           DOB         STATE
LF-004411  [[PERSON:Clarence Dupree]]         [[US_SSN:433-19-7724]]   [[DATE_TIME:1958-03-02]]  [[LOCATION:LA]]
LF-004418  [[PERSON:Mary Ellen Kowalczyk]]    [[US_SSN:186-42-5530]]   [[DATE_TIME:1964-12-19]]  [[LOCATION:PA]]
LF-004423  [[PERSON:Hung Tran]]               [[US_SSN:627-08-1145]]   [[DATE_TIME:1979-07-30]]  [[LOCATION:TX]]""",
    """{"claim": "HC-7712", "claimant": "[[PERSON:Bethany Okoro]]", "member_id": "[[ID_NUMBER:QHX220918443]]", "service_date": "[[DATE_TIME:2025-02-06]]", "adjuster": "[[PERSON:Luis Carrasco]]", "status": "pended"}
{"claim": "HC-7715", "claimant": "[[PERSON:Ravi Subramanian]]", "member_id": "[[ID_NUMBER:QHX118204775]]", "service_date": "[[DATE_TIME:2025-02-07]]", "adjuster": "[[PERSON:Luis Carrasco]]", "status": "paid"}
{"claim": "HC-7719", "claimant": "[[PERSON:Ginny Albright]]", "member_id": "[[ID_NUMBER:QHX330671902]]", "service_date": "[[DATE_TIME:2025-02-07]]", "adjuster": "[[PERSON:Tasha Monroe]]", "status": "denied"}""",
    """applicant,location,years_exp,linkedin,source
[[PERSON:Chinonso Ibe]],[[LOCATION:Abuja]],6,[[URL:linkedin.com/in/chinonso-ibe]],referral
[[PERSON:Paulina Rzepka]],[[LOCATION:Wrocław]],9,[[URL:linkedin.com/in/paulinarzepka]],job board
[[PERSON:Thomas Ng]],[[LOCATION:Vancouver]],3,[[URL:linkedin.com/in/thomas-ng-bc]],careers page
[[PERSON:Esi Mensah]],[[LOCATION:Accra]],11,[[URL:linkedin.com/in/esimensah-cpa]],agency""",
    """employee,age,gender,nationality,country,grade
[[PERSON:Ahmed El-Sayed]],[[AGE:34]],M,[[NRP:Egyptian]],[[LOCATION:UAE]],G7
[[PERSON:Olga Ivanenko]],[[AGE:41]],F,[[NRP:Ukrainian]],[[LOCATION:Poland]],G9
[[PERSON:Rohan D'Souza]],[[AGE:27]],M,[[NRP:Indian]],[[LOCATION:UAE]],G5
[[PERSON:Fernanda Lima]],[[AGE:38]],F,[[NRP:Brazilian]],[[LOCATION:Portugal]],G8""",
    """Employee\tTFN\tSuper fund\tMember no.\tBSB\tAccount
[[PERSON:Lachlan Dunstan]]\t[[ID_NUMBER:328 705 192]]\tHostPlus\t[[ID_NUMBER:118822406]]\t033-172\t[[ID_NUMBER:442918]]
[[PERSON:Ngoc Lan Pham]]\t[[ID_NUMBER:876 134 025]]\tAustralianSuper\t[[ID_NUMBER:704519933]]\t062-000\t[[ID_NUMBER:10482277]]""",
    """| Patient | DOB | Last visit | Recall | Mobile |
| --- | --- | --- | --- | --- |
| [[PERSON:Lottie Fairbairn]] | [[DATE_TIME:12 Mar 1990]] | [[DATE_TIME:04 Sep 2024]] | 6 mo | [[PHONE_NUMBER:0412 555 601]] |
| [[PERSON:Anh Khoa Vo]] | [[DATE_TIME:30 Oct 1985]] | [[DATE_TIME:18 Nov 2024]] | 12 mo | [[PHONE_NUMBER:0433 555 278]] |
| [[PERSON:Zeynep Arslan]] | [[DATE_TIME:07 Jan 2001]] | [[DATE_TIME:22 Jan 2025]] | 6 mo | [[PHONE_NUMBER:0401 555 915]] |""",
    """staff:
  - name: [[PERSON:Beatrix Holloway]]
    title: VP People
    slack: [[USERNAME:bholloway]]
    location: [[LOCATION:Denver]]
  - name: [[PERSON:Kwame Asiedu]]
    title: Payroll Specialist
    slack: [[USERNAME:kasiedu]]
    location: [[LOCATION:Denver]]
  - name: [[PERSON:Lin Yu-Ting]]
    title: Recruiter
    slack: [[USERNAME:yuting.lin]]
    location: [[LOCATION:Taipei]]""",
    """DRIVER 1
Name: [[PERSON:Connor Beaumont]]
Licence no.: [[ID_NUMBER:BEAUM803150CB9KL]]
Date of birth: [[DATE_TIME:15/03/1980]]
Vehicle reg: [[ID_NUMBER:YR68 KFD]]

DRIVER 2
Name: [[PERSON:Nkechi Obi]]
Licence no.: [[ID_NUMBER:OBI99812255N99HT]]
Date of birth: [[DATE_TIME:25/07/1985]]
Vehicle reg: [[ID_NUMBER:BD21 XMO]]""",
    """Personalnr;Name;Ort;IBAN;Eintritt
4471;[[PERSON:Jonas Reinholt]];[[LOCATION:Köln]];[[IBAN_CODE:DE10 2004 0000 0628 4011 00]];[[DATE_TIME:01.03.2019]]
4480;[[PERSON:Aylin Demir]];[[LOCATION:Karlsruhe]];[[IBAN_CODE:DE74 7601 0085 0129 3847 00]];[[DATE_TIME:15.08.2021]]
4493;[[PERSON:Friederike Lang]];[[LOCATION:Essen]];[[IBAN_CODE:DE16 4306 0967 1044 8273 00]];[[DATE_TIME:02.01.2024]]""",
    """SIN          LAST NAME        FIRST NAME   PROV  HIRE DATE
[[ID_NUMBER:463 710 285]]  [[PERSON:Beaulieu]]         [[PERSON:Mathieu]]      [[LOCATION:QC]]    [[DATE_TIME:2022-05-16]]
[[ID_NUMBER:277 409 538]]  [[PERSON:MacInnis]]         [[PERSON:Shelby]]       [[LOCATION:NS]]    [[DATE_TIME:2020-11-02]]
[[ID_NUMBER:619 928 047]]  [[PERSON:Grewal]]           [[PERSON:Jaspreet]]     [[LOCATION:AB]]    [[DATE_TIME:2023-09-25]]""",
    """{"user": "[[USERNAME:hoang.minh]]", "event": "login_success", "src_ip": "[[IP_ADDRESS:113.161.72.19]]", "country": "[[LOCATION:Vietnam]]"}
{"user": "[[USERNAME:hoang.minh]]", "event": "mfa_reset", "src_ip": "[[IP_ADDRESS:2405:4802:1c3:9a0::2f]]", "country": "[[LOCATION:Vietnam]]"}
{"user": "[[USERNAME:clara.b]]", "event": "login_failed", "src_ip": "[[IP_ADDRESS:91.64.120.8]]", "country": "[[LOCATION:Germany]]"}""",
    """Guest,Plus one,Address,Dietary,RSVP
Auntie [[PERSON:Comfort Boateng]],yes,"[[ADDRESS:12 Cedar Grove]], [[LOCATION:Peckham]], [[ZIP_CODE:SE15 4RT]]",halal,yes
[[PERSON:Rory Devlin]],no,"[[ADDRESS:3/1, 40 Hyndland Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 5PS]]",vegetarian,yes
[[PERSON:Priya]] and [[PERSON:Sam Holt]],n/a,"[[ADDRESS:The Old Forge, Mill Street]], [[LOCATION:Ludlow]] [[ZIP_CODE:SY8 1BE]]",none,no""",
    """| Driver | Plate | Licence | Depot |
|---|---|---|---|
| [[PERSON:Gideon Mwangi]] | [[ID_NUMBER:KDG 418M]] | [[ID_NUMBER:DL-0049218]] | [[LOCATION:Mombasa]] |
| [[PERSON:Halima Abdi]] | [[ID_NUMBER:KCX 027T]] | [[ID_NUMBER:DL-0102773]] | [[LOCATION:Nairobi]] |
| [[PERSON:Otieno Ouma]] | [[ID_NUMBER:KBZ 915Q]] | [[ID_NUMBER:DL-0088410]] | [[LOCATION:Kisumu]] |""",
    """emp_code,full_name,aadhaar,pan,uan,city
IN0192,[[PERSON:Sneha Kulkarni]],[[ID_NUMBER:7194 0382 2667]],[[ID_NUMBER:CDLPK7720M]],[[ID_NUMBER:100917744210]],[[LOCATION:Nagpur]]
IN0207,[[PERSON:Mohammed Irfan Shaikh]],[[ID_NUMBER:3660 5127 8949]],[[ID_NUMBER:BXWPS1184Q]],[[ID_NUMBER:101244087736]],[[LOCATION:Hyderabad]]
IN0213,[[PERSON:Anitha Raghavan]],[[ID_NUMBER:5291 8830 4172]],[[ID_NUMBER:AJRPR6093F]],[[ID_NUMBER:100672215048]],[[LOCATION:Coimbatore]]""",
    """NRIC\tName\tPostal code\tUnit\tScheme
[[ID_NUMBER:S9023418H]]\t[[PERSON:Muhammad Faizal bin Rahman]]\t[[ZIP_CODE:560215]]\t[[ADDRESS:#12-88]]\tSilver
[[ID_NUMBER:T0182273F]]\t[[PERSON:Chloe Lim Xin Yi]]\t[[ZIP_CODE:650441]]\t[[ADDRESS:#05-121]]\tBasic
[[ID_NUMBER:S8471065B]]\t[[PERSON:Rajendran s/o Muthu]]\t[[ZIP_CODE:310098]]\t[[ADDRESS:#03-17]]\tBasic""",
    """| Volunteer | Age | Shift | Phone |
|---|---|---|---|
| [[PERSON:Eunice Adjei]] | [[AGE:67]] | Sat AM | [[PHONE_NUMBER:(614) 555-0108]] |
| [[PERSON:Tyler Brandt]] | [[AGE:17]] | Sat PM | [[PHONE_NUMBER:(614) 555-0152]] |
| [[PERSON:Rosa Jiménez]] | [[AGE:45]] | Sun AM | [[PHONE_NUMBER:(614) 555-0193]] |
| [[PERSON:Ike Nwachukwu]] | [[AGE:52]] | Sun PM | [[PHONE_NUMBER:(614) 555-0139]] |""",
    """candidate,interviewer,when,room,format
[[PERSON:Leah Goldfarb]],[[PERSON:Victor Osei]],[[DATE_TIME:Mon 7 Apr 10:00]],Birch,technical
[[PERSON:Juan Pablo Restrepo]],[[PERSON:Anna Kowalski]],[[DATE_TIME:Mon 7 Apr 14:30]],Oak,behavioural
[[PERSON:Femi Adeyinka]],[[PERSON:Victor Osei]],[[DATE_TIME:Tue 8 Apr 09:15]],Birch,technical""",
    """policy: LI-0088213
insured: [[PERSON:Gerald Fairweather]]
beneficiaries:
  - name: [[PERSON:Joan Fairweather]]
    relationship: spouse
    share: 50
    dob: [[DATE_TIME:1961-04-09]]
  - name: [[PERSON:Simon Fairweather]]
    relationship: son
    share: 25
    dob: [[DATE_TIME:1990-08-17]]
  - name: [[PERSON:Harriet Fairweather-Cole]]
    relationship: daughter
    share: 25
    dob: [[DATE_TIME:1993-02-28]]""",
    """{"employee": "[[PERSON:Marisa Coelho]]", "emp_no": "[[ID_NUMBER:7731]]", "type": "annual", "from": "[[DATE_TIME:2025-04-14]]", "to": "[[DATE_TIME:2025-04-25]]", "approved_by": "[[PERSON:Greg Tamaki]]"}
{"employee": "[[PERSON:Devontae Harris]]", "emp_no": "[[ID_NUMBER:7748]]", "type": "sick", "from": "[[DATE_TIME:2025-03-03]]", "to": "[[DATE_TIME:2025-03-05]]", "approved_by": "[[PERSON:Greg Tamaki]]"}
{"employee": "[[PERSON:Yuki Morimoto]]", "emp_no": "[[ID_NUMBER:7752]]", "type": "parental", "from": "[[DATE_TIME:2025-05-01]]", "to": "[[DATE_TIME:2025-10-31]]", "approved_by": "[[PERSON:Sara Lindgren]]"}""",
    """num_empleado,nombre,rfc,nss,clabe,puesto,sueldo_mensual
1042,[[PERSON:Jorge Luis Méndez Salinas]],[[ID_NUMBER:MESJ851103K22]],[[ID_NUMBER:32188764024]],[[ID_NUMBER:072320010488721531]],Ajustador de siniestros,28500
1057,[[PERSON:Guadalupe Herrera Soto]],[[ID_NUMBER:HESG900512T4A]],[[ID_NUMBER:75158802365]],[[ID_NUMBER:002180704621955363]],Analista de nómina,24300
1063,[[PERSON:Alejandro Pérez Villanueva]],[[ID_NUMBER:PEVA880301RWA]],[[ID_NUMBER:12087655192]],[[ID_NUMBER:012180001183590276]],Reclutador,21900""",
    """| Legajo | Apellido y nombre | CUIL | Ingreso | Correo |
|---|---|---|---|---|
| 3301 | [[PERSON:Bianchi, Martina]] | [[ID_NUMBER:27-40218836-2]] | [[DATE_TIME:02/05/2022]] | [[EMAIL_ADDRESS:martubianchi@gmail.com]] |
| 3318 | [[PERSON:Quiroga, Nicolás]] | [[ID_NUMBER:20-35770912-2]] | [[DATE_TIME:15/11/2023]] | [[EMAIL_ADDRESS:nico.quiroga@yahoo.com.ar]] |
| 3324 | [[PERSON:Sosa, Valeria]] | [[ID_NUMBER:27-31456098-7]] | [[DATE_TIME:01/02/2025]] | [[EMAIL_ADDRESS:vsosa.rrhh@gmail.com]] |""",
    """Pangalan\tEdad\tBarangay\tCellphone\tAyuda
[[PERSON:Lorna Bacani]]\t[[AGE:58]]\t[[LOCATION:Brgy. Poblacion]]\t[[PHONE_NUMBER:0917 555 3381]]\tbigas
[[PERSON:Renato Dumlao]]\t[[AGE:71]]\t[[LOCATION:Brgy. Santo Niño]]\t[[PHONE_NUMBER:0998 555 2106]]\tgamot
[[PERSON:Jenelyn Ramos]]\t[[AGE:34]]\t[[LOCATION:Brgy. Poblacion]]\t[[PHONE_NUMBER:0926 555 7754]]\tbigas""",
    """member_id,name,relationship,dob,plan
[[ID_NUMBER:HBK5581230-01]],[[PERSON:Terrence Abernathy]],subscriber,[[DATE_TIME:04/11/1977]],PPO Gold
[[ID_NUMBER:HBK5581230-02]],[[PERSON:Gloria Abernathy]],spouse,[[DATE_TIME:09/23/1979]],PPO Gold
[[ID_NUMBER:HBK5581230-03]],[[PERSON:Malik Abernathy]],child,[[DATE_TIME:12/02/2008]],PPO Gold
[[ID_NUMBER:HBK5581230-04]],[[PERSON:Nia Abernathy]],child,[[DATE_TIME:06/15/2012]],PPO Gold""",
]

CHAT = [
    """[09:41] Harbourline Bot: Welcome to Harbourline Insurance chat. Please enter your policy number.
[09:41] Customer: HL-MTR-5512093
[09:42] Agent [[PERSON:Priya]]: Thanks! Hi, I'm [[PERSON:Priya]] from the claims team. Can I confirm your full name and date of birth?
[09:42] Customer: [[PERSON:Desmond Kerrigan]], [[DATE_TIME:3rd June 1974]]
[09:43] Agent [[PERSON:Priya]]: Thank you, [[PERSON:Desmond]]. How can I help today?
[09:44] Customer: a stone cracked my windscreen on the M6 on [[DATE_TIME:Tuesday 11 March]], can someone come to the house to fix it
[09:45] Agent [[PERSON:Priya]]: Of course. Is the car kept at [[ADDRESS:58 Hollins Road]], [[LOCATION:Oldham]] [[ZIP_CODE:OL8 4JX]]?
[09:45] Customer: yes, and my mobile is [[PHONE_NUMBER:07700 900785]] if the fitter needs to call
[09:46] Agent [[PERSON:Priya]]: Lovely. I've logged claim WS-220194; the glass partner will text you a slot within 24 hours.""",
    """Mum: [[PERSON:Tobi]] did you send the form for my pension yet
Mum: they want my NI number again, it's [[ID_NUMBER:YH 72 40 19 B]]
[[PERSON:Tobi]]: yes mum I'm doing it now. what's your date of birth on the form, the [[DATE_TIME:14th of February 1958]]?
Mum: yes. and put [[PERSON:Kemi]]'s number as the second contact, [[PHONE_NUMBER:07956 555 402]]
[[PERSON:Kemi]]: why my number 😂
Mum: because you answer your phone
[[PERSON:Tobi]]: address is still [[ADDRESS:112 Cavendish Road]], [[LOCATION:Balham]] [[ZIP_CODE:SW12 0BN]] yeah?
Mum: yes. God bless you""",
    """#payroll-ops
[[PERSON:Gemma Rowntree]]  10:14 AM
@[[USERNAME:dev.patel]] can you check why [[PERSON:Luca Ferraro]]'s overtime for week 9 didn't go through? he's emp [[ID_NUMBER:30871]] and he's pretty upset
[[PERSON:Dev Patel]]  10:17 AM
looking. his timesheet was approved by [[PERSON:Shona]] after the cutoff so it rolled into next run
[[PERSON:Gemma Rowntree]]  10:18 AM
can we do an off-cycle? he said rent is due on the 1st
[[PERSON:Dev Patel]]  10:21 AM
yep, off-cycle on [[DATE_TIME:Thursday 6 March]]. paying to the account on file, NatWest ending 0418. I'll DM him
[[PERSON:Gemma Rowntree]]  10:22 AM
legend, thanks 🙏""",
    """[[PERSON:Samira Haddad]] · 2:14 PM
Hi [[PERSON:Owen]], I'm recruiting for a Senior Underwriter role (hybrid, [[LOCATION:Leeds]]). Saw your profile and thought it could be a fit. Open to a chat?
[[PERSON:Owen Pritchard]] · 3:02 PM
Hi [[PERSON:Samira]], thanks for reaching out. Happy to hear more. I'm free [[DATE_TIME:Thursday 20th after 4pm]] or any time [[DATE_TIME:Friday 21st]].
[[PERSON:Samira Haddad]] · 3:05 PM
Perfect, let's say [[DATE_TIME:Thursday 20th at 4:30]]. What's the best number?
[[PERSON:Owen Pritchard]] · 3:06 PM
[[PHONE_NUMBER:07700 900348]]. Or email [[EMAIL_ADDRESS:owen.pritchard.uw@gmail.com]] if easier
[[PERSON:Samira Haddad]] · 3:07 PM
Great, calendar invite sent from [[EMAIL_ADDRESS:samira.haddad@lintonsearch.co.uk]]. Speak Thursday!""",
    """Chat started 18:02
[[PERSON:Lerato]] (Support): Good evening, you're chatting with [[PERSON:Lerato]]. How can I help?
You: my card was swallowed by the ATM at the garage on Main Road, I need it blocked
[[PERSON:Lerato]] (Support): I'm sorry to hear that. For security, please confirm your ID number and the last four digits of the card.
You: [[ID_NUMBER:9308150174082]], card ends 6873
[[PERSON:Lerato]] (Support): Thank you, [[PERSON:Ms Nkosi]]. The card is now blocked. Would you like a replacement sent to [[ADDRESS:19 Protea Street]], [[LOCATION:Kempton Park]], [[ZIP_CODE:1619]]?
You: no I'll collect at the branch, I'm moving next week
[[PERSON:Lerato]] (Support): No problem. We'll SMS [[PHONE_NUMBER:071 555 2290]] when it's ready.""",
    """[[PERSON:Kylie]] (landlord): Hi [[PERSON:Josh]], plumber can come [[DATE_TIME:Mon 10th between 8 and 10]] for the hot water, is that ok?
[[PERSON:Josh]]: Yep that works. I'll leave the side gate open. Unit is [[ADDRESS:2/47 Arthur Street]], [[LOCATION:Fitzroy North]], not the front one
[[PERSON:Kylie]] (landlord): No worries. His name's [[PERSON:Stavros]], number is [[PHONE_NUMBER:0415 555 860]] if he's late
[[PERSON:Josh]]: Cheers. Also rent for March went in yesterday from [[PERSON:Mai]]'s account not mine, just so you know
[[PERSON:Kylie]] (landlord): All good 👍""",
    """[[PERSON:Florencia]] (RRHH): Hola [[PERSON:Tomi]]! Bienvenido 🙌 Para darte de alta necesito tu CUIL y el CBU de la cuenta sueldo
[[PERSON:Tomás Ledesma]]: Hola [[PERSON:Flor]]! CUIL [[ID_NUMBER:20-43108827-5]] y CBU [[ID_NUMBER:2850590940090418930165]]
[[PERSON:Florencia]] (RRHH): Genial. ¿Tu domicilio sigue siendo [[ADDRESS:Pasaje Bollini 2271]], [[LOCATION:Palermo]]?
[[PERSON:Tomás Ledesma]]: No, me mudé, ahora es [[ADDRESS:Av. Rivadavia 6520, 4° B]], [[LOCATION:Flores]], [[ZIP_CODE:C1406GLP]]
[[PERSON:Florencia]] (RRHH): Anotado. El [[DATE_TIME:lunes 17 a las 9]] tenés la inducción con [[PERSON:Gastón]], traé el DNI
[[PERSON:Tomás Ledesma]]: Dale, gracias!""",
    """[[PERSON:Ana Reyes]] (HR): Hi po [[TITLE:Ma'am]] [[PERSON:Grace]]! Si [[PERSON:Ana]] po ito from HR. Pasado po kayo sa final interview 🎉
[[PERSON:Grace Tolentino]]: Wow salamat po! Ano pong kailangan ko dalhin?
[[PERSON:Ana Reyes]] (HR): NBI clearance, PSA birth certificate, at yung TIN niyo po. Pakisend na rin po yung SSS number niyo dito
[[PERSON:Grace Tolentino]]: SSS ko po ay [[ID_NUMBER:33-8820417-1]], TIN [[ID_NUMBER:281-774-096-000]]
[[PERSON:Ana Reyes]] (HR): Salamat po. Contract signing po sa [[DATE_TIME:Huwebes, Marso 20, 2:00 PM]] sa opisina namin sa [[ADDRESS:8th Floor, 6750 Ayala Avenue]], [[LOCATION:Makati]]
[[PERSON:Grace Tolentino]]: Sige po, pupunta ako. Ito po number ko kung sakali, [[PHONE_NUMBER:0917 555 6238]]""",
]

LOOKALIKE = [
    """Thanks for your order, [[PERSON:Harriet]]!
Order no. 114-7730291-5582016 | Invoice INV-2025-004417
Items: 2 x USB-C cable 2 m (SKU CBL-USBC-2M-BLK), 1 x power bank 20000 mAh (SKU PB-20K-GRY-03)
Shipping: Tracked 48, tracking number JV 4412 8830 1GB
Questions? Call our customer team on 0345 600 4417 (Mon-Fri 8-6) or write to orders@brightbasket.co.uk. Returns go through returns@brightbasket.co.uk; your RMA will start with R-.
VAT reg. GB 291 4478 06""",
    """Release notes, build 4.12.0.318
- Bumped libcurl to 8.6.0 and OpenSSL to 3.0.13.
- Fixed a crash when the config path contained dotted tokens such as 10.4.2.1 (issue #4471).
- The default listener port moved from 8080 to 8443.
- Schema migration 2025_03_01_000417 adds index idx_claims_created_at.
- Known issue: builds 4.11.9.2 and 4.11.10.0 report version 4.11.9.20 on the About page.
- Artifact checksum (sha256): 9b1f0e3c7a2d5e6f48a1c0b9d7e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0
- Thanks to everyone who filed JIRA-8812, JIRA-8820 and JIRA-8833.""",
    """Reading list for the Year 2 pathology module (PATH2041), available at the campus bookshop on Florence Nightingale Walk:
- Clinical Pathology Essentials, 3rd ed., ISBN 978-0-06-231500-7
- Haematology at a Glance, ISBN 978-1-5132-9204-5
Topics this term: Hodgkin lymphoma, Crohn's disease, Parkinson's disease, Graves' disease, Down syndrome and the Glasgow Coma Scale.
Labs are in the Rosalind Franklin Building, room 2.14, Tuesdays 14:00-16:00. Module leader: [[PERSON:Dr. Imogen Latchford]]. General queries go to pathology-office@uni-north.ac.uk or the library desk on 0161 306 6000.""",
    """ASSET     HOSTNAME       SERIAL       MAC                FIRMWARE   ASSIGNED TO
LT-04417  CLM-LT-0417    5CG2418XKQ   a8:7e:ea:41:09:3c  1.22.0.4   [[PERSON:Nadia Osei-Bonsu]]
LT-04418  CLM-LT-0418    5CG2418XKR   a8:7e:ea:41:09:4f  1.22.0.4   spare
PH-00912  -              RF8T40AB12M  -                  UP1A.231005.007  [[PERSON:Colm Doherty]]
DK-00155  PAY-DOCK-155   D0CK-77120   3c:18:a0:5b:22:e1  2.0.11.3   loaner pool
Notes: PH-00912 IMEI 490154203237518; device UUID 0e7c9f1a-5b2d-4c11-8f3e-92ad4b6c7d01. Tickets to it-servicedesk@ only; [[PERSON:Colm]] prefers [[EMAIL_ADDRESS:colm.doherty@eircom.net]] while on leave.""",
    """MOTOR POLICY SCHEDULE
Policy number: MTR/2291/0048817    Previous claim ref: CLM-77120-B
Policyholder: [[PERSON:Mr. Rajesh Venkatraman]]
Vehicle: 2021 Ford F-150, VIN 1FTFW1E58MFA31907
Premium paid by card ending 4417; direct debit mandate DDI-558120.
Claims line: 0800 328 1190 (24/7). Email: claims@northwallinsurance.co.uk
Windscreen helpline: 0345 070 9112. Policy wording PW-MTR-2024 v3.2.1.
Underwriter: Northwall Insurance plc, company no. 04417730, FCA firm reference 311220.""",
    """FACTURA ELECTRÓNICA (CFDI 4.0)
Emisor: Distribuidora Ferretera del Bajío, S.A. de C.V., RFC DFB120418KL3, régimen 601
Folio fiscal (UUID): 6F1C2A9B-0E44-4B18-9C31-7D20A5E8F117    Serie y folio: A-004417
Receptor: [[PERSON:Verónica Ibarra Quezada]], RFC XAXX010101000 (público en general), uso G03
Conceptos: 200 pzas tornillo 3/8 inoxidable (SKU TRP-38-INOX), 4 cajas taquete 1/4 (SKU TAQ-14-100)
Guía Estafeta 8055 4417 0213 2291; pedido WEB-77120.
Atención a clientes: 800 263 7788, facturacion@ferrebajio.mx. Certificado SAT 00001000000504465028.""",
    """Claims & Payroll Tech Summit 2025, Day 2
Registration opens at 08:00 in the Lovelace Foyer; Wi-Fi DSC25-Guest, password claims2025!
09:00 Keynote, Turing Hall: [[PERSON:Dr. Folasade Adebanjo]] on automating first notice of loss
10:30 Track A, Hopper Room: From 1099 to W-2, payroll edge cases (session PAY-201)
10:30 Track B, Babbage Room: Fraud rings and Benford's law (session CLM-314)
12:00 Lunch on the Kepler Street terrace; vegetarian boxes from the Mandela Way kitchen
Lost property: front desk, ext. 4417. Venue helpline 0113 496 0555.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind55", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind86.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind86.py

Blind: written without any knowledge of the detector. The only things read
were lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines) and its tail from
`STYLES = {` to the end (the scaffolding copied here), gold_sets.py in full,
and lines 1-64 of make_handwritten.py (conventions, the MARK and
TITLE_IN_NAME regexes, `parse()`). Not read: minimize/, recognizers/, any
test, bench/, the README, any *.jsonl (this set's output included), any other
make_*.py, and git history, log or status. The detector, the bench and the
tests were never run. Do not tune the detector against this set: once it has
been used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with their country's length (the Polish bank routing digit, the
French RIB key, the Spanish control digits and the Belgian check inside the
IBANs are right too); `gold_sets.check` re-checks cards and IBANs. National
ids with a public check digit got a valid one: PESEL, Polish NIP and
identity-card numbers, Romanian CNP (agreeing with sex, birth date and
county where they show), NHS number, SIN, Aadhaar, Singapore NRIC/FIN, South
African ID (agreeing with sex and birth date where they show), TFN, Irish
PPSN, NZ IRD number, Swedish personal number, HKID, Spanish DNI; the ISBN-13
and EAN-13 look-alikes carry valid ones as well. All of these were worked out
with hand-run throwaway code while writing, not generated here. UK NI and
driving-licence numbers, US SSNs, PAN, UAN, KRA PINs, Kenyan, NHIF and NSSF
numbers, Nigerian BVN and NIN, Philippine SSS, PhilHealth and TIN, passports,
US licences, Romanian identity-card series, plates, bank account, staff,
student, member, patient, juror and loyalty numbers were not checked.

Styles (ids `blind86-<style>-NNN`; 240 records):
- `bench` (95): records in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd mixed sentences with job titles, Faker-like streets with building
  numbers and secondary addresses, IPv4/IPv6, MACs, user agents, cards with
  CVV and expiry, IBAN with BIC), gretel-pii-masking-en-v1 (claims, contracts,
  intake, discharge and lab forms, loan and default notices, leases, court
  certifications and complaints, letters) and Nemotron-PII (JSON, log lines,
  SQL, XML, YAML and .env config, Python/Java/JS snippets, HL7, vCard, commit
  headers, raw email headers, tickets and forms).
- `gen` (94): one to four LLM-style sentences with personal data woven in;
  extra weight on HR and recruiting, payroll, and legal proceedings and court
  documents (about two thirds of them), the rest spread over banking,
  health, pharmacy, schools, telecoms, travel, hotels, deliveries, gaming,
  social media, tech support, lettings, insurance, vets and government
  letters. Names at the start, middle and end, lowercase and possessive.
- `table` (36): one small labeled table per record (CSV, semicolon CSV, TSV,
  pipes and Markdown, fixed-width, JSON lines, YAML, key: value blocks) with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, a family messaging thread, team chat (Slack and
  Teams style), an SMS thread, a game-server moderation chat and a Polish
  HR messenger thread; speakers' names are labeled wherever they appear.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  invoice, tracking and claim references, SKUs, ISBNs, EAN, IP-shaped
  versions, hashes, serials, UUIDs, company numbers and phones, role
  mailboxes, eponyms, streets named after people with no number), with the
  few real PII values labeled; one (the release notes) has no PII at all.

Languages: about nine records in ten in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, Hong Kong, the Philippines,
Nigeria, Kenya, South Africa and Gulf contexts, names from the many cultures
living there); the rest (27 records) in Polish and Romanian.

Labeling conventions: the same as make_blind22.py's, in short:
- PERSON: any part of a name, lowercase or not, initials, nicknames and
  inflected forms; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words ("Mum", "Uncle") stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  building names and secondary address fields; city, district, county,
  state / province (also abbreviated) and country are LOCATION; postcodes of
  every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, hearing, start or end of
  a job, move, pay date, signature, letter ...) with a day or month, in any
  shape; a weekday or clock time said with the date is inside the span, a
  time or weekday alone is not; not bare years, durations, or dates not tied
  to a person (invoice or release dates, procedural deadlines).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer, member and juror numbers, bank and loan account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers and companies, user
  agents, MACs, BIC/SWIFT, sort codes, BSB, IFSC and routing numbers, CVVs
  and expiries, order / ticket / claim / policy / case / docket references,
  company phones, extensions and role mailboxes, versions, hashes, serials,
  partial numbers ("ending 1626", "xxx-xx-4471"), pets, eponyms, header rows.
- Calls made while writing this set: the place name in a court's
  designation ("Sąd Rejonowy w Gdańsku", "Judecătoria Sibiu", "Superior
  Court of New Jersey", "State of Minnesota" as a party) is LOCATION, while
  place names inside company and brand names are not; "Judge", "Chief",
  "PC", "Miss", "Smt.", Polish "pan / pani / mec." and Romanian "doamnă /
  dna" before a name are TITLE; a Romanian "sector 6" is LOCATION; Romanian
  identity-card series and number ("RX nr. 774102") form one ID_NUMBER; a
  sole trader's Polish NIP is ID_NUMBER, a company's NIP, REGON, KRS, VAT and
  company numbers are not; IP addresses are labeled wherever they appear
  (servers and config hosts too), IP-shaped versions are not; timestamps of
  a person's own actions (login, password reset, card transaction, commit,
  email sent, ticket opened) are DATE_TIME, machine event stamps (DHCP, HL7
  message header) are not; VINs, crypto wallet addresses, asset tags and
  hostnames are unlabeled like serials; case names of cited precedents
  ("Donoghue v Stevenson") are eponyms and unlabeled, while the parties of
  the case at hand are PERSON; a pay period ("payslip for period 11") is not
  a date; an @mention in team chat is USERNAME.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind86.jsonl")

GEN = [
    # --- HR, recruiting and payroll ---
    """Following the panel interview on [[DATE_TIME:Thursday 6 February 2025]], we are pleased to offer [[PERSON:Tomasz Wierzbicki]] the role of Senior Data Engineer, with a start date of [[DATE_TIME:3 March 2025]]. Please return the signed contract to [[PERSON:Kwame Osei]] at [[EMAIL_ADDRESS:k.osei@brightwellgroup.co.uk]] or call him on [[PHONE_NUMBER:020 7946 0321]].""",
    """[[PERSON:marisol vega]]'s last paycheck was short by 14 hours. Her employee ID is [[ID_NUMBER:E-204417]] and she covered the double shift on [[DATE_TIME:11/22/2024]]. Can payroll reissue to the account ending 0093 before Friday?""",
    """Candidate [[PERSON:Aisling Brennan]] ([[AGE:29]]) withdrew from the shortlist on [[DATE_TIME:2 Dec]], citing a counter-offer. Her referee, [[PERSON:Dr. Fergal Mac Aodha]], can still be reached on [[PHONE_NUMBER:+353 87 412 6620]] if we reopen the req.""",
    """Please note that the disciplinary meeting for [[PERSON:Gareth Pryce]] (payroll no. [[ID_NUMBER:77120458]]) will take place on [[DATE_TIME:Monday 17th March at 2pm]] in meeting room 4B. He may be accompanied by his union rep, [[PERSON:Bethan]].""",
    """Hey, this is [[PERSON:DeShawn Carter]] from the warehouse night crew. My W-2 still shows my old address, [[ADDRESS:4418 Belmont Ave Apt 2C]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93701]], but I moved to [[ADDRESS:207 N Fulton St]] back on [[DATE_TIME:August 1]]. SSN is [[US_SSN:561-48-2093]] if you need it.""",
    """Hi [[PERSON:Jess]], can you update [[PERSON:Liam O'Donoghue]]'s super fund details? His TFN is [[ID_NUMBER:465 192 036]] and he moves to fortnightly pay from [[DATE_TIME:1 July 2025]]. Mobile [[PHONE_NUMBER:0412 887 301]].""",
    """Shortlisted: [[PERSON:Karthik Subramaniam]], [[AGE:31]], currently serving notice at an IT services firm in [[LOCATION:Chennai]]; expected CTC 28 LPA. Reach him on [[PHONE_NUMBER:+91 98401 22739]] or [[EMAIL_ADDRESS:karthik.subra@gmail.com]]. PAN [[ID_NUMBER:BQRPS4471K]] for the background check.""",
    """Welcome aboard, [[PERSON:Rajveer Sandhu]]! To set up direct deposit we have your SIN as [[ID_NUMBER:527 183 057]]; please confirm it on the TD1 form and bring a void cheque. Your first day is [[DATE_TIME:Monday, April 7]] at the [[LOCATION:Brampton]] site.""",
    """Per the income withholding order dated [[DATE_TIME:February 18, 2025]], we will deduct $312.50 per pay period from [[PERSON:Travis Lee Holcomb]]'s wages (employee #[[ID_NUMBER:TX-88142]]) and remit it to the State Disbursement Unit for case 0012458971.""",
    """To whom it may concern: [[PERSON:Wanjiru Kamau]] worked with us as a payroll officer from [[DATE_TIME:1st June 2019]] to [[DATE_TIME:30th September 2024]]. Her KRA PIN is [[ID_NUMBER:A004418273K]] and she may be contacted on [[PHONE_NUMBER:0722 418 903]].""",
    """We're sponsoring [[PERSON:Hiroshi Tanaka]] ([[NRP:Japanese]] national, passport [[ID_NUMBER:TZ1048827]]) for a Skilled Worker visa; his CoS was assigned on [[DATE_TIME:19 Jan 2025]] and he plans to relocate to [[LOCATION:Manchester]] with his wife [[PERSON:Yuki]].""",
    """Kia ora [[PERSON:Aroha]], your IRD number [[ID_NUMBER:113-627-141]] was keyed in wrong on the February payslip, so your KiwiSaver contributions bounced. It's fixed now and the back-pay will land in [[ID_NUMBER:12-3140-0511978-00]] on the next run.""",
    """exit interview notes: [[PERSON:tanvir ahmed]] leaving [[DATE_TIME:28/02]], reasons given were the commute from [[LOCATION:Luton]] and pay below market. Forwarding address for the P45 is [[ADDRESS:19 Marsh Road]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 2QF]].""",
    """Background check authorization: I, [[PERSON:Kimberly Nguyen-Baptiste]], authorize the release of my records. DOB: [[DATE_TIME:7-14-1990]]. Driver's license: [[US_DRIVER_LICENSE:N420-771-90-352-0]] (issued in [[LOCATION:Florida]]). Signed [[DATE_TIME:3/2/25]].""",
    """Your salary was credited on [[DATE_TIME:31-03-2025]], [[PERSON:Sneha Kulkarni]] (Emp Code [[ID_NUMBER:INF-20931]]), to A/c No. [[ID_NUMBER:50100387412290]], IFSC HDFC0001234. Your UAN is [[ID_NUMBER:100938471265]].""",
    """[[PERSON:Sophie]] flagged that [[PERSON:Ravi Chandran]]'s probation review, originally due on [[DATE_TIME:10 April]], was never held; he has asked for it to be rescheduled before his leave starts on [[DATE_TIME:April 28]].""",
    """My name is [[PERSON:Kevin Doyle]] and my payslip for period 11 has the wrong tax code. My PPS number is [[ID_NUMBER:8765432S]], I started with you on [[DATE_TIME:18 November 2024]], and I'm on [[PHONE_NUMBER:087 335 1908]].""",
    """Hi [[PERSON:Nadia]], I came across your profile ([[URL:linkedin.com/in/nadia-rahman-hrbp]]) and think you'd be a great fit for an HR Business Partner role in [[LOCATION:Toronto]]. Free for a call on [[DATE_TIME:Thursday the 10th at 3pm]]? [[PERSON:Ethan Brooks]], [[PHONE_NUMBER:416-555-0182]]""",
    """Heads up: someone emailed pretending to be [[PERSON:Allison Brandt]] asking to move her direct deposit to routing 061000104, account [[ID_NUMBER:4418820937]]. The real [[PERSON:Allison]] says she never sent it; her personal address is [[EMAIL_ADDRESS:allie.brandt77@yahoo.com]].""",
    """New hire [[PERSON:Jonalyn Santos]] still needs to submit her SSS number ([[ID_NUMBER:34-5528190-7]]), PhilHealth no. ([[ID_NUMBER:12-050338719-4]]) and TIN [[ID_NUMBER:412-883-096-000]] before her first payday on [[DATE_TIME:March 15]].""",
    """[[PERSON:Connor]], reminder that [[PERSON:Leilani Kahale]]'s maternity leave starts [[DATE_TIME:May 19]] and she's asked that payroll send all correspondence to her home address, [[ADDRESS:47-312 Kamehameha Hwy]], [[LOCATION:Kaneohe]], [[LOCATION:HI]] [[ZIP_CODE:96744]].""",
    """[[PERSON:Sipho Ndlovu]] (emp no. [[ID_NUMBER:004471]]) says he worked the public holiday on [[DATE_TIME:21 March]] but the biometric clock shows no entry for him. His ID [[ID_NUMBER:8804125112083]] is on the attached UIF form.""",
    """I want to formally report that on [[DATE_TIME:December 19th]], at the holiday party, my supervisor [[PERSON:Greg Lindholm]] made remarks about my faith (I am [[NRP:Sikh]]) in front of [[PERSON:Maya]] and [[PERSON:Carlos Benítez]]. Signed, [[PERSON:Harpreet Kaur Gill]]""",
    """Contractor [[PERSON:Ayodele Bankole-Williams]], NI number [[ID_NUMBER:JT 44 81 27 C]], started the engagement on [[DATE_TIME:8 April 2024]], but none of his umbrella payslips are showing in the portal; tax code 1257L.""",
    """Congratulations [[PERSON:Funmilayo]]! Your starting salary is ₦650,000 monthly, payable into your GTBank account [[ID_NUMBER:0174418290]]. Please bring your BVN ([[ID_NUMBER:22318840516]]) and NIN [[ID_NUMBER:71928430065]] on resumption, [[DATE_TIME:Monday 5th May 2025]].""",
    """This is to certify that [[PERSON:Mr. Lwazi Dube]], identity number [[ID_NUMBER:7509155823084]], has been employed by us as a driver since [[DATE_TIME:1 September 2016]] and currently earns R18 200 gross per month.""",
    """Grievance lodged by [[PERSON:Bronwyn Teague]] ([[AGE:52]]) on [[DATE_TIME:20 Feb 2025]] alleging she was passed over for promotion because of her age; a supporting statement from her colleague [[PERSON:Hemi Walker]] is attached.""",
    """Hi [[PERSON:Magda]], just confirming your referees: [[PERSON:Aleksandra Nowak]] (previous line manager) on [[PHONE_NUMBER:+48 601 448 213]] and [[PERSON:Stephen Kiely]] on [[PHONE_NUMBER:(01) 873 4410]]. Start date is pencilled in for the [[DATE_TIME:12th of May]].""",
    """The recruiter [[PERSON:Olivia Marchetti]] forwarded [[PERSON:Darnell Hughes]]'s CV, which lists his date of birth as [[DATE_TIME:March 4, 1996]] and his address as [[ADDRESS:1720 Parkwood Dr, Unit B]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43219]]; she asked us to strip both before it goes to the hiring panel.""",
    """Payroll query from [[PERSON:Ngozi]]: the holiday pay for the week she was off sick ([[DATE_TIME:3 to 7 March]]) was docked twice. She is staff no. [[ID_NUMBER:HR-31187]] and wants it refunded to [[IBAN_CODE:GB75LOYD30996174881027]].""",
    """Offer withdrawn: after the reference from [[PERSON:Mr. Terrence Boateng]] came back, we told [[PERSON:Jamal]] on [[DATE_TIME:Tuesday 11 March]] that the Operations Lead offer would not go ahead. He's [[AGE:38]] and has asked for the feedback in writing at [[EMAIL_ADDRESS:jamal.idris@protonmail.com]].""",
    # --- legal proceedings and court documents ---
    """The hearing in [[PERSON:Okonkwo]] v Harrowgate Lettings Ltd (claim no. K00LS412) has been relisted for [[DATE_TIME:Wednesday 14 May 2025 at 10:00]] at the county court in [[LOCATION:Leeds]]. [[PERSON:Mr. Chidi Okonkwo]] should bring the original tenancy agreement and photo ID.""",
    """In the Family Court sitting at [[LOCATION:Bristol]]. Applicant: [[PERSON:Sarah Louise Penhaligon]], date of birth [[DATE_TIME:23/09/1984]]. Respondent: [[PERSON:Mark Penhaligon]], of [[ADDRESS:Flat 3, 41 Whiteladies Road]], [[LOCATION:Clifton]], [[ZIP_CODE:BS8 2LS]].""",
    """NOTICE: [[PERSON:Jerome A. Whitfield]], born [[DATE_TIME:04/19/1971]], is ordered to appear in Courtroom 302 of the criminal courthouse in [[LOCATION:Chicago]], [[LOCATION:Illinois]], on [[DATE_TIME:June 3, 2025, at 9:00 a.m.]] Failure to appear may result in a warrant for arrest. Case No. 2025-CR-004417.""",
    """Complainant [[PERSON:Ma. Cristina Dela Cruz]], of legal age, [[NRP:Filipino]], residing at [[ADDRESS:Blk 7 Lot 22 Phase 2, Villa Consuelo Subd.]], [[LOCATION:Barangay San Isidro]], [[LOCATION:Antipolo City]], [[LOCATION:Rizal]], after having been duly sworn, hereby deposes and states.""",
    """On [[DATE_TIME:March 12, 2025]], the landlord served a 3-day notice to pay rent or quit on tenant [[PERSON:Yolanda Ruiz-Ortega]] at [[ADDRESS:1512 E. 14th Street, Unit 6]], [[LOCATION:Oakland]], [[LOCATION:California]] [[ZIP_CODE:94606]].""",
    """I, [[PERSON:Declan Murphy]], of [[ADDRESS:27 Glasnevin Avenue]], [[LOCATION:Dublin 11]], make this statement believing it to be true. At about [[DATE_TIME:7.15pm on Friday 29 November 2024]] I saw a silver hatchback reverse into [[PERSON:Mrs. Nolan]]'s car outside the pharmacy.""",
    """IN THE HIGH COURT OF [[LOCATION:LAGOS STATE]], SUIT NO: LD/4417/GCM/2024. BETWEEN [[TITLE:CHIEF]] [[PERSON:EMEKA NWANKWO]] (Claimant) AND [[PERSON:ADAOBI OKAFOR]] (Defendant). I, [[PERSON:Adaobi Okafor]], female, [[NRP:Christian]], [[NRP:Nigerian]] citizen, trader, of [[ADDRESS:No. 14 Adeniyi Jones Avenue]], [[LOCATION:Ikeja]], [[LOCATION:Lagos]], make oath and state as follows.""",
    """PLAINTIFF'S FIRST SET OF INTERROGATORIES TO DEFENDANT [[PERSON:BRIAN K. MATSUMOTO]]. Interrogatory No. 3: Identify every person who resided with you at [[ADDRESS:2290 Kalakaua Ave, Apt 1407]], [[LOCATION:Honolulu]], after you signed the lease on [[DATE_TIME:June 15, 2021]].""",
    """Our client, [[PERSON:Mrs. Fatima Zahra El Amrani]], a [[NRP:Moroccan]] citizen born on [[DATE_TIME:5 October 1987]] in [[LOCATION:Fès]], has her appeal hearing before the First-tier Tribunal on [[DATE_TIME:24 June 2025]]. Home Office ref: E1128847/3.""",
    """The Magistrate's Complaint filed by [[PERSON:Tan Mei Ling]] (NRIC [[ID_NUMBER:S8714302C]]) against her former landlord will be mentioned on [[DATE_TIME:9 May 2025 at 9.30am]]. She now stays at [[ADDRESS:Blk 412 Ang Mo Kio Ave 10, #07-1121]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]].""",
    """In re: [[PERSON:Marcus D. Oyelaran]] and [[PERSON:Tiffany R. Oyelaran]], Debtors. Chapter 7 Case No. 24-31188. The meeting of creditors under 11 U.S.C. § 341 is set for [[DATE_TIME:April 22, 2025 at 1:30 PM]]. Debtors' SSN (last four): xxx-xx-4471.""",
    """Probate notice: the estate of the late [[PERSON:Eileen Margaret Doherty]] (died [[DATE_TIME:14 January 2025]]), formerly of [[ADDRESS:3 Kilmore Close]], [[LOCATION:Artane]], [[LOCATION:Dublin 5]]. Executor: [[PERSON:Seamus Doherty]]. Claims against the estate are to reach Byrne & Co. Solicitors by 30 April.""",
    """Claimant [[PERSON:Ms. Abena Mensah]] alleges unfair dismissal and race discrimination (she is of [[NRP:Ghanaian]] heritage) following her dismissal on [[DATE_TIME:8 November 2024]]; ACAS early conciliation certificate R118447/24/93. The preliminary hearing is listed for [[DATE_TIME:2 July 2025]].""",
    """[[LOCATION:ONTARIO]] SUPERIOR COURT OF JUSTICE (Family). Between [[PERSON:Jean-Philippe Tremblay]], Applicant, and [[PERSON:Amélie Gagnon]], Respondent. The child, [[PERSON:Chloé Tremblay]], born [[DATE_TIME:2016-04-11]], shall reside primarily with the Respondent in [[LOCATION:Ottawa]].""",
    """The deposition of [[PERSON:Dr. Lorraine Feldman]] is noticed for [[DATE_TIME:Tuesday, May 6, 2025, at 9:30 a.m.]], at the offices of plaintiff's counsel, and will be recorded stenographically and by video.""",
    """TEMPORARY RESTRAINING ORDER. Protected person: [[PERSON:Rosa Delgado]], age [[AGE:36]]. Restrained person: [[PERSON:Victor Manuel Delgado]], DOB [[DATE_TIME:09/02/1985]], height 5'10", last known address [[ADDRESS:3307 W. Roosevelt St]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85009]]. This order expires on [[DATE_TIME:April 30, 2025]].""",
    """[[PERSON:Amit]] and [[PERSON:Deepa Varghese]], trading as Spice Route Catering, were served a county court claim form on [[DATE_TIME:2 April]]; the papers went to their home at [[ADDRESS:22 Ash Tree Lane]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 9PW]], and they have 14 days to respond.""",
    """JURY SUMMONS. [[PERSON:Priscilla M. Owusu]], [[ADDRESS:1140 Boylston Street, Apt 5]], [[LOCATION:Boston]], [[LOCATION:MA]] [[ZIP_CODE:02215]]: you are summoned to report for juror service on [[DATE_TIME:Monday, June 9, 2025 at 8:00 AM]]. Juror ID [[ID_NUMBER:4471-8820]].""",
    """my brother [[PERSON:kofi asante]] was arrested on [[DATE_TIME:saturday 22 march]] and is still being held at the station on Brixton Road. his solicitor is [[PERSON:Ms Grace Adjei]], [[PHONE_NUMBER:07956 218 440]], please call her not me.""",
    """The sentencing of [[PERSON:Dylan Roy Pickett]], [[AGE:24]], of [[ADDRESS:16 Coronation Street]], [[LOCATION:Merthyr Tydfil]], was adjourned to [[DATE_TIME:7 April]] so that a pre-sentence report can be prepared.""",
    """Case management order: the witness statements of [[PERSON:Leticia Moreno]] and [[PERSON:Paul Vickery]] are to be exchanged by 4pm on 16 May, and the trial is fixed for [[DATE_TIME:1 September]]. Counsel for the claimant is [[PERSON:Ms Harriet Osei-Bonsu]].""",
    # --- everything else ---
    """I'm [[PERSON:Nguyen Thi Lan]] and I'd like to dispute a charge of $412.80 on my Visa [[CREDIT_CARD:4556 7300 9214 5616]]; it went through on [[DATE_TIME:January 9th]] while I was in [[LOCATION:Da Nang]] visiting family.""",
    """my mum [[PERSON:Rukhsana Begum]], who is [[AGE:78]], has a follow-up at the diabetic eye clinic on the [[DATE_TIME:21st of May]]; her NHS number is [[ID_NUMBER:485 777 3015]] and she lives at [[ADDRESS:12 Cedar Grove]], [[LOCATION:Bradford]] [[ZIP_CODE:BD8 7QT]].""",
    """The SIM swap on [[PERSON:Olumide Adeyemi]]'s line [[PHONE_NUMBER:0803 441 2290]] was requested from a shop in [[LOCATION:Ikeja]] on [[DATE_TIME:14/02/2025 at 16:42]]; he says he never authorised it.""",
    """Policyholder [[PERSON:Hannah Liebermann]], [[AGE:42]], reported that her car was broken into outside [[ADDRESS:88 Rosedale Crescent]], [[LOCATION:Hamilton]], on the night of [[DATE_TIME:March 2]]. Her licence number is [[ID_NUMBER:L4412-78093-50823]].""",
    """Could [[PERSON:zainab hussain]]'s mum please call the school office? [[PERSON:Zainab]] was collected early by an adult who is not on her list, a man who gave his name as [[PERSON:Imran]]. We tried her mum on [[PHONE_NUMBER:07700 914 388]] but got no answer.""",
    """Booking for two: [[PERSON:Ms. Chen Wei]] and [[PERSON:Lucas Ferreira]], arriving [[DATE_TIME:Fri 11 Apr]] late (the flight lands 23:40). Passport for [[PERSON:Ms Chen]]: [[ID_NUMBER:EA7719204]]. Ref HTL-55201.""",
    """Membership for [[PERSON:brody mcallister]] was frozen on [[DATE_TIME:Oct 3]] after the card [[CREDIT_CARD:5522 0486 1093 3779]] was declined twice; he's [[AGE:17]], so we'll need a parent's signature to reactivate.""",
    """[[PERSON:Dr. Amara Nwosu]] will see Biscuit (the beagle) on [[DATE_TIME:Saturday the 8th at 11]]; the owner is [[PERSON:Colm Fitzgerald]], [[PHONE_NUMBER:086 219 4470]].""",
    """The tenancy application from [[PERSON:Priyanka]] and [[PERSON:Rohan Mehta]] lists a previous address of [[ADDRESS:Unit 14/233 Parramatta Road]], [[LOCATION:Annandale]] [[LOCATION:NSW]] [[ZIP_CODE:2038]]; the references from their old agent came back fine.""",
    """[[USERNAME:skaterkat_99]] keeps DMing my daughter [[PERSON:Lily]] (she's [[AGE:13]]) asking where she lives in [[LOCATION:Ballarat]]; the account's profile is [[URL:https://www.instagram.com/skaterkat_99]].""",
    """Prescription for [[PERSON:Mr. Adebayo Ogunleye]] (DOB [[DATE_TIME:02.11.1958]]): metformin 500 mg, ready for collection. We texted [[PHONE_NUMBER:07911 304 662]] but the number seems to be out of service.""",
    """The courier couldn't find [[ADDRESS:Flat 9B, Hollybrook Court, 61 Peel Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 5LP]], so the parcel went back to the depot. [[PERSON:Fiona MacLeod]] asked us to try again on [[DATE_TIME:Tuesday 15th]] after 5.""",
    """Account [[USERNAME:xXn0sc0peXx]] (registered to [[EMAIL_ADDRESS:jordan.p.ellis@outlook.com]]) logged in from [[IP_ADDRESS:86.143.22.190]] at 03:12 and bought 4,000 gems; his mother, [[PERSON:Claire Ellis]], says [[PERSON:Jordan]] is only [[AGE:11]].""",
    """Hi, it's [[PERSON:Björn Lindqvist]]. My laptop won't join the VPN since the update. Staff number [[ID_NUMBER:S-55812]], the machine shows [[IP_ADDRESS:10.44.18.207]]; call me back on ext. 4471 or on my mobile [[PHONE_NUMBER:+46 70 318 22 45]].""",
    """[[PERSON:Joanna]] and [[PERSON:Piotr Kaczmarek]] moved out of [[ADDRESS:56 Stanley Road]], [[LOCATION:Southampton]] on [[DATE_TIME:31st January]] and are still waiting for their £1,150 deposit. [[PERSON:Piotr]]'s email is [[EMAIL_ADDRESS:piotr.kaczmarek84@wp.pl]].""",
    """Student [[PERSON:Oluwaseun Bakare]] (ID [[ID_NUMBER:2304117]]) requested an extension for his dissertation, originally due on [[DATE_TIME:5 May]], because of his father's surgery in [[LOCATION:Abeokuta]].""",
    """Loan applicant [[PERSON:Thandiwe Mokoena]], ID number [[ID_NUMBER:9307260141080]], born [[DATE_TIME:26 July 1993]], earns R34,500 a month and lives at [[ADDRESS:45 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2196]].""",
    """[[PERSON:Mr Ahmed Al-Farsi]], [[AGE:67]], was admitted through A&E on [[DATE_TIME:Sunday 2 March at 04:20]] with chest pain; next of kin is his son [[PERSON:Khalid]] on [[PHONE_NUMBER:07823 556 014]].""",
    """Refund approved for [[PERSON:Siobhan Kelly]]: £89.99 back to the Mastercard ending 1626. The original order shipped to [[ADDRESS:7 Ardmore Terrace]], [[LOCATION:Derry]], [[ZIP_CODE:BT48 7HJ]].""",
    """Our insured, [[PERSON:Mitchell Travers]] ([[AGE:24]]), was rear-ended near [[LOCATION:Caboolture]] on [[DATE_TIME:12/01/2025]]. Third party: [[PERSON:Leanne Hodge]], rego [[ID_NUMBER:742 KPW]], phone [[PHONE_NUMBER:0438 210 776]].""",
    """[[PERSON:Achieng Otieno]], ID [[ID_NUMBER:28471093]], NHIF no. [[ID_NUMBER:R0041827]], delivered a baby girl in the maternity wing on [[DATE_TIME:6th Feb 2025]]; her husband [[PERSON:Brian Ouma]] can be reached on [[PHONE_NUMBER:+254 711 403 928]].""",
    """Just closed on [[ADDRESS:918 Magnolia Bend Dr]] in [[LOCATION:Sugar Land]], [[LOCATION:TX]]. Congrats to [[PERSON:Ifeoma]] and [[PERSON:Daniel Whitaker]]! Closing was [[DATE_TIME:Friday 3/14]].""",
    """Passenger [[PERSON:Rafael Gutiérrez Morales]], DOB [[DATE_TIME:1979-08-30]], passport [[ID_NUMBER:G31882719]] ([[NRP:Mexican]]), missed his connection in [[LOCATION:Dallas]] and was rebooked for [[DATE_TIME:Nov 5]].""",
    """Patient: [[PERSON:Eleanor Vance-Whitmore]], [[AGE:81]] y/o, MRN [[ID_NUMBER:00844712]]. Seen on [[DATE_TIME:2/27/2025]] by [[PERSON:Dr. Patel]] after a fall at home ([[ADDRESS:55 Orchard Hill Rd]], [[LOCATION:Concord]], [[LOCATION:NH]]).""",
    """Guest [[PERSON:Oksana Melnyk]] ([[NRP:Ukrainian]]) left her passport [[ID_NUMBER:FE418273]] at reception after checking out of room 512 on [[DATE_TIME:Sunday 23 February]]; we've tried her on [[PHONE_NUMBER:+380 67 451 2208]].""",
    """[[PERSON:Mrs. Okafor]], [[PERSON:Chidera]]'s Year 9 report is attached. He missed eleven days between [[DATE_TIME:6 January]] and [[DATE_TIME:14 February]], so please book a meeting with his head of year, [[PERSON:Mr. Halloran]].""",
    """Hi, I'm [[PERSON:Muhammad Hafiz bin Rahman]]; my postpaid line [[PHONE_NUMBER:9176 4430]] got suspended even though I paid on [[DATE_TIME:28 Feb]]. NRIC is [[ID_NUMBER:T0238817G]].""",
    """Dear [[PERSON:Mr. Graham Whitely]], our records show that your photocard driving licence [[ID_NUMBER:WHITE710281G99KL]] expired on [[DATE_TIME:28 October 2024]]. Please renew online or post form D1 to DVLA, [[LOCATION:Swansea]].""",
    """matched with someone called [[PERSON:ellie]] who wanted to move to whatsapp, gave me [[PHONE_NUMBER:+44 7458 302 119]], then asked for £200 for a train ticket to [[LOCATION:Cardiff]]. her photos are lifted from [[URL:https://www.facebook.com/ellie.marsden.5030]]""",
    """[[PERSON:Dr. Sunita Rao]]'s clinic in [[LOCATION:Koramangala]] confirmed [[PERSON:Vikram]]'s vaccination for [[DATE_TIME:Saturday, 19/04 at 10:15]]; the reminder goes to [[PHONE_NUMBER:98450 33127]].""",
    """Mortgage pre-approval for [[PERSON:Ji-hoon Park]] and [[PERSON:Soo-ah Park]] (both [[NRP:Korean]] nationals on work permits): combined income $184k, current address [[ADDRESS:6011 Willingdon Ave, Suite 1203]], [[LOCATION:Burnaby]], [[LOCATION:BC]] [[ZIP_CODE:V5H 2T5]].""",
    # --- Polish and Romanian ---
    """Sąd Rejonowy w [[LOCATION:Gdańsku]] wyznaczył termin rozprawy w sprawie z powództwa [[PERSON:Agnieszki Malinowskiej]] przeciwko byłemu pracodawcy na [[DATE_TIME:22 kwietnia 2025 r., godz. 9:30]]. Pełnomocnikiem powódki jest [[TITLE:mec.]] [[PERSON:Paweł Zieliński]], tel. [[PHONE_NUMBER:+48 58 341 27 90]].""",
    """Pozwana [[PERSON:Katarzyna Lewandowska]], zam. [[ADDRESS:ul. Słowackiego 14/3]], [[ZIP_CODE:31-159]] [[LOCATION:Kraków]], PESEL [[ID_NUMBER:92110207345]], wnosi o oddalenie powództwa w całości.""",
    """Informujemy, że [[TITLE:pan]] [[PERSON:Marek Dąbrowski]] został zatrudniony na stanowisku kierownika magazynu od [[DATE_TIME:2 czerwca 2025]]. Wynagrodzenie będzie przelewane na rachunek [[IBAN_CODE:PL28 1020 1026 6000 4122 8841 7562]].""",
    """W związku z zajęciem komorniczym wynagrodzenia [[PERSON:Roberta Nowickiego]] (PESEL [[ID_NUMBER:79062730114]]) potrącamy co miesiąc 1 250 zł; pierwsze potrącenie nastąpi przy wypłacie [[DATE_TIME:10 czerwca 2025]].""",
    """[[TITLE:Pani]] [[PERSON:Joanna Wiśniewska]] zakwalifikowała się do drugiego etapu rekrutacji. Rozmowa odbędzie się w [[DATE_TIME:czwartek, 17 kwietnia, o godz. 10:00]] online; link wyślemy na adres [[EMAIL_ADDRESS:j.wisniewska@onet.pl]].""",
    """Wyrokiem z [[DATE_TIME:18 marca 2025 r.]] Sąd Rejonowy w [[LOCATION:Poznaniu]] zasądził od pozwanej spółki na rzecz powoda [[PERSON:Jakuba Szymańskiego]] kwotę 14 300 zł tytułem zaległego wynagrodzenia za pracę. Sygn. akt IV P 112/24.""",
    """Subsemnata [[PERSON:Ioana-Maria Dumitrescu]], CNP [[ID_NUMBER:2911003120841]], domiciliată în [[LOCATION:Cluj-Napoca]], [[ADDRESS:str. Observatorului nr. 27, ap. 9]], declar pe propria răspundere că datele din dosarul de angajare sunt corecte. Data: [[DATE_TIME:12.03.2025]].""",
    """Bună ziua, sunt [[PERSON:Andrei Popescu]] de la salarizare. Vă rog să-mi confirmați contul [[IBAN_CODE:RO55RNCB0082004517930001]] pentru virarea salariului lui [[PERSON:Mihai Stoica]] începând cu [[DATE_TIME:1 aprilie 2025]].""",
    """Judecătoria [[LOCATION:Sibiu]] a fixat termen de judecată pentru [[DATE_TIME:15 mai 2025, ora 10:00]], în dosarul în care reclamantul [[PERSON:Gheorghe Ionescu]] îl cheamă în judecată pe [[PERSON:Vasile Munteanu]] pentru plata sumei de 18.000 lei.""",
    """[[PERSON:Elena Vasilescu]], în vârstă de [[AGE:34]] de ani, a depus cererea de demisie pe [[DATE_TIME:3 martie 2025]]; ultima zi de lucru va fi [[DATE_TIME:2 aprilie 2025]]. Telefon de contact: [[PHONE_NUMBER:0744 512 307]].""",
    """Clientul [[PERSON:Cristian Radu]] solicită închiderea contului [[IBAN_CODE:RO09 RZBR 0000 0600 1987 2233]]; are domiciliul în [[LOCATION:Craiova]], [[ADDRESS:Bd. Decebal nr. 12, bl. S4, sc. B, ap. 31]], județul [[LOCATION:Dolj]].""",
]

BENCH = [
    # --- in the manner of ai4privacy pii-masking-200k/300k/400k ---
    """Attention [[PERSON:Kendra]]: the onboarding packet for your Regional Assurance Coordinator role was posted to [[ADDRESS:8812 Runolfsdottir Fork]], [[ADDRESS:Suite 604]], [[LOCATION:East Marisa]], [[ZIP_CODE:60312-4471]]. If you did not request it, call [[PHONE_NUMBER:+1-312-884-0921]] and quote IBAN [[IBAN_CODE:DE32100500000924113822]].""",
    """[[PERSON:Dr. Imogen Fairweather-Lyle]], [[AGE:58]], female, Principal Markets Specialist. Card on file: [[CREDIT_CARD:5451 2007 3388 1626]], exp 09/27, CVV 318. Last seen from [[IP_ADDRESS:203.118.44.97]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15.""",
    """Device 3c:97:0e:41:b8:22 with IPv6 [[IP_ADDRESS:2a02:c7c:5e21:8f00:9c2e:11ff:fe48:7a03]] is registered to [[USERNAME:gwen.okafor88]]; a password reset was requested for that account on [[DATE_TIME:2024-11-03T22:41:09Z]] and the temporary password was set to Tq7!vR2#pL.""",
    """To finalise the relocation of our Lead Identity Agent, [[PERSON:Ernesto Quigley]], please close account [[IBAN_CODE:GB10BARC20325343017219]] (BIC BARCGB22) and deregister the laptop with MAC a4:5e:60:d2:19:3f. His new home is [[ADDRESS:4 Larkspur Mews]], [[LOCATION:Cheltenham]], [[ZIP_CODE:GL52 6QA]].""",
    """Hi [[PERSON:Marguerite]], we noticed a login to your account [[USERNAME:mdelacroix_77]] from [[IP_ADDRESS:91.204.17.3]] on [[DATE_TIME:03/08/2024 at 04:51]]. If this wasn't you, reset your password and contact our Dynamic Accounts Supervisor [[PERSON:Teodoro Blick]] at [[EMAIL_ADDRESS:teodoro.blick@hotmail.com]].""",
    """Patient [[PERSON:Kofi Mensah-Larbi]], male, born [[DATE_TIME:February 29th, 1988]], height 180cm, eye colour brown, was referred by [[PERSON:Dr. Oyelaran]] for an MRI. Contact number [[PHONE_NUMBER:(0161) 496 0732]]; emergency contact [[PERSON:Akosua]].""",
    """Your monthly statement for account [[ID_NUMBER:71839204]] is ready. Payments from card [[CREDIT_CARD:4929-1503-2718-8648]] (exp 11/26) were sent to BIC DEUTDEFF500 and IBAN [[IBAN_CODE:DE44500105175407324931]]. Questions? Write to [[PERSON:Lorena Castellanos]], [[ADDRESS:Via Emilia 77]], [[ZIP_CODE:40121]] [[LOCATION:Bologna]].""",
    """The vehicle with VIN SAJWA1CZ4H8W08431 and plate [[ID_NUMBER:KX19 WLD]] is insured in [[PERSON:Mx. Rowan Achterberg]]'s name; the driver's licence on the policy is [[ID_NUMBER:ACHTE802143R99TK]] and renewal reminders go to [[EMAIL_ADDRESS:r.achterberg@btinternet.com]].""",
    """Greetings [[PERSON:Faustina Oyelowo-Grant]]! Your Investor Creative Officer application has been received. For payroll we need your SSN [[US_SSN:412-73-8806]], your date of birth ([[DATE_TIME:10/11/1979]]) and a voided check for account [[ID_NUMBER:00918374562]].""",
    """[[USERNAME:J0rd4n_V]] reported that the wallet bc1q9h6tq8x2lkz7v3w5eyr0dn4ms8fja2cuq7ph5t linked to [[EMAIL_ADDRESS:jordan.vukovic@gmail.com]] was emptied after a session from [[IP_ADDRESS:185.220.101.44]] with user agent Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0.""",
    """In accordance with our records, [[PERSON:Mrs. Hadley Ó Súilleabháin]] of [[ADDRESS:Apartment 12, The Maltings, 3 Bridge Street]], [[LOCATION:Kilkenny]], [[ZIP_CODE:R95 X2F7]] is due a refund of €214.60 to [[IBAN_CODE:IE89BOFI90001760332109]].""",
    """Chief Tactics Engineer [[PERSON:Bartholomew Kihn]], [[AGE:44]], asked for the bonus to be paid to card [[CREDIT_CARD:2223 0041 8877 6156]] instead of his usual account. He can be reached at [[PHONE_NUMBER:(587) 334-9021]] or at [[ADDRESS:5561 Kovacek Trail]], [[LOCATION:Red Deer]], [[LOCATION:Alberta]].""",
    """User [[USERNAME:priya.s.iyer]] (employee [[ID_NUMBER:EMP-004812]]) connected to the VPN from [[IP_ADDRESS:49.207.61.188]] with MAC 00:1b:63:84:45:e6. Her badge was last scanned on [[DATE_TIME:14 Aug 2024 08:02]] at the [[LOCATION:Bengaluru]] campus.""",
    """Please send the updated will of [[PERSON:Horatio Vandermeer]] to his nephew [[PERSON:Caspar]] at [[ADDRESS:PO Box 4471]], [[LOCATION:Stellenbosch]], [[ZIP_CODE:7599]]. [[PERSON:Horatio]] turned [[AGE:91]] on [[DATE_TIME:9 September]].""",
    """The [[NRP:Buddhist]] meditation retreat for [[PERSON:Sunisa Chaiyaporn]] ([[AGE:33]]) is booked for [[DATE_TIME:12/06/2025]]. The deposit was paid with [[CREDIT_CARD:4761 7301 0098 2340]], CVV 772.""",
    """Application for account opening. Name: [[PERSON:Wojciech Grabowski]] | DOB: [[DATE_TIME:1987/03/14]] | PESEL: [[ID_NUMBER:87031451274]] | Address: [[ADDRESS:ul. Piotrkowska 118 m. 5]], [[ZIP_CODE:90-006]] [[LOCATION:Łódź]] | Phone: [[PHONE_NUMBER:+48 509 331 274]] | Preferred currency: PLN""",
    """[[PERSON:Leopold Schuppe]] (he/him), Direct Optimization Designer, asked us to change his mailing address to [[ADDRESS:419 Nienow Centers]], [[ADDRESS:Apt. 553]], [[LOCATION:Lake Tremaineborough]], [[LOCATION:Vermont]] [[ZIP_CODE:05401]]. His old number, [[PHONE_NUMBER:802.448.1190]], is disconnected.""",
    """Dear [[PERSON:Yasmin]], your tuition instalment of £1,450 was declined on card [[CREDIT_CARD:5318 7490 2216 6431]] (expiry 04/25). Please update it before your exam on [[DATE_TIME:June 12th, 2025]] or contact the bursar, [[PERSON:Alistair Crombie]].""",
    """Transfer request: from [[IBAN_CODE:FR7630004008230001044721359]] (BIC BNPAFRPPXXX) to [[IBAN_CODE:ES8200491500002710284419]], beneficiary [[PERSON:Inés Carvajal Ortiz]], amount €3,200, reference RENT-MAR. Requested by [[PERSON:Gaspard Lefèvre]] from [[IP_ADDRESS:78.193.40.12]].""",
    """Emergency contact update for [[PERSON:Tanisha]]: mother [[PERSON:Gloria Washington-Reid]], [[PHONE_NUMBER:+1 (404) 882-7713]], [[ADDRESS:2781 Candler Rd]], [[LOCATION:Decatur]], [[LOCATION:GA]] [[ZIP_CODE:30034]]. [[PERSON:Tanisha]]'s blood type is O+ and she is [[AGE:27]].""",
    """[[PERSON:Chiamaka Eze]] paid the invoice with Amex [[CREDIT_CARD:3491 027746 33055]]; the billing address is [[ADDRESS:19 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]] and the card expires 08/28.""",
    """We are writing to [[PERSON:Mr. Sven Gunnarsson]], Senior Response Liaison, about his pension. Our records list his date of birth as [[DATE_TIME:19.06.1961]], his personal identity number as [[ID_NUMBER:610619-4472]] and his account as [[IBAN_CODE:CH6304835118420771000]].""",
    """[[PERSON:Dominika]]'s flight to [[LOCATION:Warsaw]] was paid with [[CREDIT_CARD:4118 7350 2290 5642]]. She's [[AGE:26]], [[NRP:Polish]], and travels on passport [[ID_NUMBER:EK4471028]].""",
    """The gift registry for [[PERSON:Maximilian]] and [[PERSON:Aurelia Hartmann-Diaz]] ships to [[ADDRESS:3319 Zieme Stravenue]], [[ADDRESS:Floor 2]], [[LOCATION:Port Ezekielbury]], [[ZIP_CODE:84061]]. Guests can reach [[PERSON:Aurelia]] at [[PHONE_NUMBER:+1-801-558-2017]].""",
    """Interview notes: candidate [[PERSON:Zhou Jiahui]], [[AGE:35]], female, Corporate Implementation Manager, lives at [[ADDRESS:Room 1806, Block C, 88 Tai Po Road]], [[LOCATION:Sham Shui Po]], [[LOCATION:Kowloon]]. HKID [[ID_NUMBER:Y418227(6)]].""",
    """For the payout to [[PERSON:Maëlys Bonnard]] use [[IBAN_CODE:FR7620041010050500187700160]]; her phone is [[PHONE_NUMBER:06 48 22 17 90]] and she lives at [[ADDRESS:14 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]].""",
    """Order shipped! Hi [[PERSON:Tevita]], your parcel is on its way to [[ADDRESS:27B Mahoe Street]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]. Tracking NZ7730418826. Paid by [[CREDIT_CARD:5167 3298 0014 2755]].""",
    """[[PERSON:Prof. Ingrid Solberg-Mwangi]] will chair the panel on [[DATE_TIME:Wednesday 21 May 2025, 14:00 CET]]. Her assistant [[PERSON:Jomo]] can be reached at [[EMAIL_ADDRESS:jomo.kariuki@uonbi.ac.ke]] or [[PHONE_NUMBER:+254 20 491 8820]].""",
    """Customer [[PERSON:Aleksander Kowalczyk]] with IP [[IP_ADDRESS:83.27.144.201]] ordered 3x SKU HX-2209 using card [[CREDIT_CARD:4539 8700 6621 4311]] exp 02/27 cvv 044, delivery to [[ADDRESS:ul. Długa 7/12]], [[ZIP_CODE:80-831]] [[LOCATION:Gdańsk]].""",
    """Reminder: [[PERSON:Eamon]] hasn't completed the Global Usability Strategist training. His manager [[PERSON:Nkechi Obiora]] ([[EMAIL_ADDRESS:n.obiora@fastmail.com]]) wants it done before his review on [[DATE_TIME:March 31]].""",
    """Gender: Female. Age: [[AGE:62]]. Name: [[PERSON:Margit Halvorsen]]. Street: [[ADDRESS:Thorvald Meyers gate 41]]. City: [[LOCATION:Oslo]]. Postcode: [[ZIP_CODE:0555]]. Phone: [[PHONE_NUMBER:+47 928 44 130]]. Eye color: grey. Height: 168 cm.""",
    """The smart thermostat at [[ADDRESS:12 Beech Hollow]] reported IPv6 [[IP_ADDRESS:fe80::a8bb:ccff:fe01:2234]] and MAC a8:bb:cc:01:22:34; the homeowner, [[PERSON:Kwabena Asiedu]], wants it tied to [[EMAIL_ADDRESS:kasiedu@icloud.com]].""",
    """To [[PERSON:Mrs. Perpetua Ngcobo]]: we've debited R1,240 from account [[ID_NUMBER:62418830917]] for your funeral cover, effective [[DATE_TIME:1 March 2025]]. The ID number we hold for you is [[ID_NUMBER:6405170322080]].""",
    """Social media audit: [[USERNAME:maria.helena.sousa]] posted her home address ([[ADDRESS:Rua da Prata 212, 3.º Esq.]], [[ZIP_CODE:1100-420]] [[LOCATION:Lisboa]]) and her birthday ([[DATE_TIME:17/07]]) publicly; the profile is [[URL:https://twitter.com/mhsousa_pt]].""",
    """Dear Principal Web Manager [[PERSON:Ottilie Rempel]], your expense claim of £312.40 was approved and will be paid to sort code 40-11-27, account [[ID_NUMBER:62003381]], on [[DATE_TIME:27/03/2025]].""",
    """Szanowny [[TITLE:Panie]] [[PERSON:Zbigniewie]], Pana karta [[CREDIT_CARD:5353 1044 2871 9068]] została zablokowana [[DATE_TIME:12.02.2025 o 14:07]] po logowaniu z adresu [[IP_ADDRESS:31.0.118.42]]. Nowa karta zostanie wysłana na adres [[ADDRESS:ul. Kościuszki 45/8]], [[ZIP_CODE:40-048]] [[LOCATION:Katowice]].""",
    """Stimată [[TITLE:doamnă]] [[PERSON:Alexandra Georgescu]], plata de 450 lei cu cardul [[CREDIT_CARD:4485 2011 7736 0922]] a fost respinsă. Ultima autentificare în contul [[USERNAME:alex.georgescu91]] a avut loc pe [[DATE_TIME:07.03.2025, ora 21:14]], de pe IP-ul [[IP_ADDRESS:86.124.77.5]].""",
    """Angajat: [[PERSON:Bogdan-Ștefan Mocanu]], CNP [[ID_NUMBER:1940414267754]], născut la [[DATE_TIME:14.04.1994]] în [[LOCATION:Târgu Mureș]], posesor al CI [[ID_NUMBER:MS 418227]], cont salariu [[IBAN_CODE:RO65INGB0000999901184402]], funcția: operator CNC.""",
    # --- in the manner of gretel-pii-masking-en-v1 ---
    """CLAIM FORM (Homeowners). Insured: [[PERSON:Beatrice L. Armitage]]. Policy No.: HO-4471-220193. Property address: [[ADDRESS:604 Quail Run Road]], [[LOCATION:Edmond]], [[LOCATION:OK]] [[ZIP_CODE:73034]]. Date of loss: [[DATE_TIME:04/27/2024]]. Cause: hail damage to roof and skylights. Contact phone: [[PHONE_NUMBER:405-219-8834]]. Adjuster assigned: [[PERSON:Raymond Tsosie]].""",
    """EMPLOYMENT AGREEMENT. This Agreement is made on [[DATE_TIME:January 6, 2025]] between Corvane Analytics LLC ("Employer") and [[PERSON:Priya Venkataraman]], residing at [[ADDRESS:88 Hawthorne Lane]], [[LOCATION:Edison]], [[LOCATION:NJ]] [[ZIP_CODE:08817]] ("Employee"). 1. Position. Employee shall serve as Senior Payroll Analyst. 2. Compensation. Base salary of $96,000 per annum, paid bi-weekly by direct deposit to account no. [[ID_NUMBER:3301847726]].""",
    """PATIENT INTAKE. Name: [[PERSON:Gideon Achterberg]]  DOB: [[DATE_TIME:11/30/1962]]  Sex: M  MRN: [[ID_NUMBER:MR-0093318]]. Insurance: BlueShield PPO, Member ID [[ID_NUMBER:XEH448120937]]. Primary physician: [[PERSON:Dr. Naomi Estrada]]. Allergies: penicillin. Reason for visit: follow-up of hypertension. Emergency contact: [[PERSON:Ruth Achterberg]] (wife), [[PHONE_NUMBER:(503) 771-2094]].""",
    """LOAN APPLICATION SUMMARY. Applicant: [[PERSON:Emmanuel Kwarteng]]. Co-applicant: [[PERSON:Abigail Kwarteng]]. SSN (applicant): [[US_SSN:078-44-2291]]. Current residence: [[ADDRESS:1127 Sycamore St]], [[LOCATION:Silver Spring]], [[LOCATION:MD]] [[ZIP_CODE:20910]], since [[DATE_TIME:08/2019]]. Employer: Hartwell Federal Credit Union. Annual income: $88,400. Requested amount: $35,000. Purpose: debt consolidation.""",
    """NOTICE OF RENT INCREASE. Tenants: [[PERSON:Harold]] and [[PERSON:Joan Pettigrew]], [[ADDRESS:45 Elmwood Terrace, Apt 3]], [[LOCATION:Burlington]], [[LOCATION:VT]] [[ZIP_CODE:05401]]. Please take notice that effective [[DATE_TIME:June 1, 2025]], your monthly rent will increase from $1,480 to $1,560. Landlord: [[PERSON:Cedric Ames]], [[PHONE_NUMBER:802-660-3147]].""",
    """SUPERIOR COURT OF [[LOCATION:NEW JERSEY]], CHANCERY DIVISION, FAMILY PART, [[LOCATION:BERGEN COUNTY]]. Docket No. FM-02-1184-24. [[PERSON:ELENA MARIA KOSTOPOULOS]], Plaintiff, v. [[PERSON:NICHOLAS KOSTOPOULOS]], Defendant. CERTIFICATION OF PLAINTIFF. I, [[PERSON:Elena Maria Kostopoulos]], of full age, certify: 1. I reside at [[ADDRESS:17 Linwood Avenue]], [[LOCATION:Ridgewood]], [[LOCATION:New Jersey]]. 2. The parties were married on [[DATE_TIME:September 12, 2009]] and separated on or about [[DATE_TIME:March 1, 2024]].""",
    """EARNINGS STATEMENT. Employee: [[PERSON:Luis Alberto Fonseca]]  Employee ID: [[ID_NUMBER:004812]]  SSN: XXX-XX-6618. Pay date: [[DATE_TIME:03/14/2025]]. Gross pay $2,315.38; Federal withholding $214.12; Social Security $143.55; Medicare $33.57; CA SDI $25.47. Net pay deposited to checking ****4471. Address: [[ADDRESS:2241 Fruitvale Ave]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94601]].""",
    """DISCHARGE SUMMARY. Patient: [[PERSON:Mrs. Winifred Oduya]], [[AGE:74]]F. Admitted: [[DATE_TIME:02/03/2025]]. Discharged: [[DATE_TIME:02/09/2025]]. Diagnosis: community-acquired pneumonia. Follow-up with [[PERSON:Dr. Kieran Boyle]] in 2 weeks. Home address: [[ADDRESS:9 Primrose Hill Court]], [[LOCATION:Cork]], [[ZIP_CODE:T12 W8K4]].""",
    """RESIDENTIAL LEASE AGREEMENT. Landlord: Pinecrest Holdings LLC. Tenant: [[PERSON:Oluwadamilare Akinola]], DL# [[US_DRIVER_LICENSE:41882073]] ([[LOCATION:Texas]]). Premises: [[ADDRESS:5120 Cedar Springs Rd, Unit 1418]], [[LOCATION:Dallas]], [[LOCATION:TX]] [[ZIP_CODE:75235]]. Term: 12 months commencing [[DATE_TIME:April 1, 2025]]. Security deposit: $1,850.""",
    """MOTOR CLAIM NOTIFICATION. Policyholder: [[PERSON:Mr. Dilip Raval]], DOB [[DATE_TIME:14/05/1969]]. Vehicle reg: [[ID_NUMBER:LR68 XKT]]. Incident: [[DATE_TIME:11/03/2025 at approx. 17:45]] at the junction of Harrow Road and Kilburn Lane, [[LOCATION:London]]. Third party driver: [[PERSON:Ms. Chantelle Brooks]], tel. [[PHONE_NUMBER:07384 229 016]]. Policy ref MTR/88412/K.""",
    """[[DATE_TIME:14 March 2025]]

Private & Confidential
[[PERSON:Ms. Rhiannon Price]]
[[ADDRESS:8 Heol y Coed]]
[[LOCATION:Cardiff]]
[[ZIP_CODE:CF14 6HR]]

Dear [[PERSON:Rhiannon]],

Notice of redundancy. Further to our consultation meetings on [[DATE_TIME:24 February]] and [[DATE_TIME:7 March]], I regret to confirm that your employment will end on [[DATE_TIME:11 April 2025]]. Your statutory redundancy payment of £4,270 will be paid with your final salary.

[[PERSON:Owen Gwilliam]], HR Manager""",
    """STATE OF [[LOCATION:MINNESOTA]], COUNTY OF [[LOCATION:HENNEPIN]]. CRIMINAL COMPLAINT. State of [[LOCATION:Minnesota]], Plaintiff, vs. [[PERSON:TYLER JAMES BRANDVOLD]], DOB [[DATE_TIME:05/22/1998]], [[ADDRESS:3814 Bloomington Ave S]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55407]], Defendant. Charge: Theft (Minn. Stat. 609.52). On or about [[DATE_TIME:January 18, 2025]], the defendant removed a catalytic converter from a vehicle parked in a lot he did not own.""",
    """REFERRAL LETTER. Patient: [[TITLE:Smt.]] [[PERSON:Lakshmi Narayanan]]. Age/Sex: [[AGE:56]]/F. UHID: [[ID_NUMBER:UH2231809]]. Address: [[ADDRESS:Flat 4C, Sri Sai Residency, 12 Eldams Road]], [[LOCATION:Teynampet]], [[LOCATION:Chennai]] - [[ZIP_CODE:600018]]. Referred to: [[PERSON:Dr. R. Balasubramanian]], Cardiology. Mobile: [[PHONE_NUMBER:94440 18827]].""",
    """NOTICE OF LISTING. Federal Circuit and Family Court of [[LOCATION:Australia]]. File number: SYC4471/2024. Applicant: [[PERSON:Brendan Shaw]]. Respondent: [[PERSON:Kylie Anne Shaw]]. The matter is listed for a directions hearing on [[DATE_TIME:Thursday 29 May 2025 at 9.30am]] before [[TITLE:Judge]] [[PERSON:Hartigan]] at the [[LOCATION:Parramatta]] registry.""",
    """NOTICE OF DEFAULT. Borrower: [[PERSON:Samuel Oduro-Mensah]]. Loan account: [[ID_NUMBER:LN-2209-44718]]. Property: [[ADDRESS:32 Willow Bend]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Y 4R2]]. You failed to make the payments due on [[DATE_TIME:January 1, 2025]] and [[DATE_TIME:February 1, 2025]]. Arrears: $6,412.90. Contact your account manager [[PERSON:Lena Fischer]] at [[PHONE_NUMBER:905-455-0931]].""",
    """BENEFICIARY CLAIM STATEMENT. Deceased insured: [[PERSON:Rolando Bautista]], date of death [[DATE_TIME:12 December 2024]], place of death [[LOCATION:Quezon City]]. Claimant: [[PERSON:Marites Bautista]], relationship: spouse, TIN [[ID_NUMBER:227-418-903-000]], address [[ADDRESS:15 Sampaguita St.]], [[LOCATION:Brgy. Teachers Village East]], [[LOCATION:Quezon City]] [[ZIP_CODE:1101]]. Payout to BPI savings account [[ID_NUMBER:3189-0447-21]].""",
    """INVESTIGATION REPORT (CONFIDENTIAL). Complainant: [[PERSON:Aaliyah Brooks-Tennant]], Customer Service Lead, employee no. [[ID_NUMBER:70331]]. Respondent: [[PERSON:Derek Mulvaney]], Shift Manager. Interviews held [[DATE_TIME:03/04/2025]] and [[DATE_TIME:03/06/2025]]. Witnesses: [[PERSON:Jun Ho Lee]], [[PERSON:Patricia Okeke]]. Finding: allegation substantiated in part.""",
    """LAB REPORT. Patient: [[PERSON:FERREIRA, Ana Paula]]  DOB: [[DATE_TIME:1990-01-17]]  Collected: [[DATE_TIME:2025-03-08 07:42]]  Ordering: [[PERSON:Dr. Moses Adeyinka]]. Test: HbA1c 6.1% (ref 4.0-5.6). Comments: fasting sample, haemolysis none.""",
    """FINAL NOTICE. Account holder: [[PERSON:Mr. Callum Reid]], [[ADDRESS:Flat 2/1, 118 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6NX]]. Council tax account [[ID_NUMBER:40018273]]. Amount outstanding: £612.00. If this is not paid within 7 days we will apply to the court for a liability order.""",
    """MUTUAL NON-DISCLOSURE AGREEMENT dated the [[DATE_TIME:3rd day of February, 2025]] between [[PERSON:Anjali Deshmukh]], an individual residing at [[ADDRESS:204 Beacon Street]], [[LOCATION:Somerville]], [[LOCATION:MA]] [[ZIP_CODE:02143]], and Lumenfield Robotics Inc. Signed: [[PERSON:A. Deshmukh]]""",
    """ŚWIADECTWO PRACY. 1. Stwierdza się, że [[TITLE:Pan]] [[PERSON:Krzysztof Wójcik]], urodzony [[DATE_TIME:5 stycznia 1984 r.]], PESEL [[ID_NUMBER:84010523036]], był zatrudniony w Hydrotech Sp. z o.o. w okresie od [[DATE_TIME:1 lutego 2019 r.]] do [[DATE_TIME:31 stycznia 2025 r.]] w pełnym wymiarze czasu pracy. 2. Stosunek pracy ustał w wyniku rozwiązania umowy za porozumieniem stron.""",
    """POZEW O ZAPŁATĘ. Powódka: [[PERSON:Anna Kamińska]], zam. [[ADDRESS:ul. Ogrodowa 3 m. 21]], [[ZIP_CODE:00-896]] [[LOCATION:Warszawa]], PESEL [[ID_NUMBER:90082166428]]. Pozwany: [[PERSON:Tomasz Zając]], zam. [[ADDRESS:ul. Lipowa 17]], [[ZIP_CODE:05-500]] [[LOCATION:Piaseczno]], dowód osobisty [[ID_NUMBER:CAY842817]]. Wartość przedmiotu sporu: 8 400 zł. Uzasadnienie: w dniu [[DATE_TIME:14 sierpnia 2024 r.]] strony zawarły umowę pożyczki, której pozwany nie spłacił.""",
    """CONTRACT INDIVIDUAL DE MUNCĂ. Salariat: [[TITLE:dna]] [[PERSON:Raluca Ene]], domiciliată în [[LOCATION:București]], [[ADDRESS:Str. Fabricii nr. 46, bl. 12, sc. A, et. 3, ap. 14]], [[LOCATION:sector 6]], posesoare a C.I. seria [[ID_NUMBER:RX nr. 774102]], CNP [[ID_NUMBER:2880730411229]]. Data începerii activității: [[DATE_TIME:01.04.2025]]. Salariul de bază lunar brut: 6.500 lei.""",
    """[[LOCATION:ROMÂNIA]]. TRIBUNALUL [[LOCATION:IAȘI]], SECȚIA I CIVILĂ. Dosar nr. 4471/99/2024. CITAȚIE. Numitul [[PERSON:Florin Apostol]], CNP [[ID_NUMBER:1780224225178]], cu domiciliul în [[LOCATION:Iași]], [[ADDRESS:Str. Păcurari nr. 108, bl. 560, sc. B, ap. 7]], este chemat la această instanță pe [[DATE_TIME:12 iunie 2025, ora 9:00]], în calitate de pârât.""",
    # --- in the manner of Nemotron-PII ---
    """{"employee_id": "[[ID_NUMBER:EMP-20417]]", "full_name": "[[PERSON:Renata Oyelaran-Brooks]]", "dob": "[[DATE_TIME:1986-09-03]]", "email": "[[EMAIL_ADDRESS:renata.ob@gmail.com]]", "phone": "[[PHONE_NUMBER:+1 646 555 0148]]", "department": "Payroll", "salary": 84500, "ssn": "[[US_SSN:219-44-0917]]", "hire_date": "[[DATE_TIME:2021-06-14]]"}""",
    """[[DATE_TIME:2025-03-11T08:14:22.481Z]] INFO auth-service login_success user=[[USERNAME:mkowalczyk]] email=[[EMAIL_ADDRESS:m.kowalczyk@interia.pl]] src_ip=[[IP_ADDRESS:83.4.201.17]] ua="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36" session=9f2c1e7a""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, phone, address, postcode) VALUES ('[[ID_NUMBER:P-008812]]', '[[PERSON:Hamza]]', '[[PERSON:Qureshi]]', '[[DATE_TIME:1979-12-02]]', '[[PHONE_NUMBER:07712 448 390]]', '[[ADDRESS:41 Granby Street]]', '[[ZIP_CODE:LE1 6EJ]]');""",
    """<customer><name>[[PERSON:Ayesha Siddiqui]]</name><dob>[[DATE_TIME:1992-05-30]]</dob><card type="visa">[[CREDIT_CARD:4921803377451260]]</card><cvv>551</cvv><exp>07/28</exp><billing><street>[[ADDRESS:2207 Lakeshore Blvd W, Unit 905]]</street><city>[[LOCATION:Toronto]]</city><province>[[LOCATION:ON]]</province><postal>[[ZIP_CODE:M8V 4E9]]</postal></billing></customer>""",
    """# payroll-export.yaml
owner:
  name: [[PERSON:Lindiwe Mthembu]]
  email: [[EMAIL_ADDRESS:lindiwe.mthembu@kestrelpay.co.za]]
  phone: "[[PHONE_NUMBER:+27 82 447 1093]]"
sftp:
  host: [[IP_ADDRESS:10.20.4.15]]
  port: 22
  username: svc_payroll
  password: "Wint3r!2025"
schedule: "0 2 * * 1"
retention_days: 90""",
    """def test_send_payslip():
    employee = Employee(
        name="[[PERSON:Farida Haidari]]",
        email="[[EMAIL_ADDRESS:farida.haidari@outlook.com]]",
        iban="[[IBAN_CODE:NL83INGB0006723051]]",
        start_date="[[DATE_TIME:2023-09-01]]",
    )
    assert send_payslip(employee, period="2025-02") is True""",
    """Ticket #INC-448210 | Priority: High | Opened by: [[PERSON:Marcus Villanueva]] ([[EMAIL_ADDRESS:mvillanueva@ridgeline-hr.com]]) | Subject: Can't access payroll portal | Description: Since this morning I get "account locked" when logging in as [[USERNAME:mvillanueva]]. My employee number is [[ID_NUMBER:RL-07719]] and I'm working from home today ([[IP_ADDRESS:73.158.201.44]]). Call me at [[PHONE_NUMBER:(919) 448-2077]].""",
    """Form W-4 worksheet. Employee's first name and middle initial: [[PERSON:Shauna M.]] Last name: [[PERSON:Kettleborough]] SSN: [[US_SSN:529-61-0348]] Address: [[ADDRESS:870 W Center St]] City: [[LOCATION:Orem]] State: [[LOCATION:UT]] ZIP: [[ZIP_CODE:84057]] Filing status: Married filing jointly. Signature date: [[DATE_TIME:01/13/2025]]""",
    """[[IP_ADDRESS:102.89.44.17]] - [[USERNAME:adaeze.n]] [[[DATE_TIME:21/Mar/2025:10:42:07 +0100]]] "GET /hr/payslips/2025-02.pdf HTTP/1.1" 200 48211 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1" rt=0.041""",
    """UPDATE employees SET bank_iban = '[[IBAN_CODE:GB89HBUK40112762003381]]', updated_by = 'payroll_admin' WHERE employee_no = '[[ID_NUMBER:004513]]' AND surname = '[[PERSON:Okoro-Williams]]';""",
    """{"applicant": {"name": {"first": "[[PERSON:Tomás]]", "last": "[[PERSON:Ó Briain]]"}, "dob": "[[DATE_TIME:14/02/1993]]", "ppsn": "[[ID_NUMBER:1234509F]]", "contact": {"mobile": "[[PHONE_NUMBER:085 774 2019]]", "email": "[[EMAIL_ADDRESS:tomas.obriain93@gmail.com]]"}, "address": {"line1": "[[ADDRESS:Apt 7, Riverside Quay]]", "town": "[[LOCATION:Limerick]]", "eircode": "[[ZIP_CODE:V94 K2T3]]"}}, "position_applied": "Payroll Administrator", "source": "referral"}""",
    """// TODO remove hardcoded test user before release
User u = new User("[[PERSON:Priyanka Deshpande]]", "[[EMAIL_ADDRESS:priyanka.d@rediffmail.com]]");
u.setPhone("[[PHONE_NUMBER:+91-9820144173]]");
u.setAadhaar("[[ID_NUMBER:5230 9187 4468]]");
u.setDob(LocalDate.parse("[[DATE_TIME:1991-08-24]]"));
userRepository.save(u);""",
    """MSH|^~&|LAB|MERCY|EHR|MERCY|202503140822||ORU^R01|MSG00471|P|2.5
PID|1||[[ID_NUMBER:MRN448190]]^^^MERCY||[[PERSON:GALLAGHER]]^[[PERSON:MAUREEN]]^[[PERSON:T]]||[[DATE_TIME:19570612]]|F|||[[ADDRESS:118 W MAIN ST]]^^[[LOCATION:ARDMORE]]^[[LOCATION:OK]]^[[ZIP_CODE:73401]]||[[PHONE_NUMBER:(580)223-4417]]""",
    """Name of claimant: [[PERSON:Kelechi Nwachukwu]]
Date of birth: [[DATE_TIME:03-Aug-1989]]
National Insurance no.: [[ID_NUMBER:SZ 71 04 38 B]]
Address: [[ADDRESS:Flat 11, Mercer House, 40 Clapham Road]], [[LOCATION:London]] [[ZIP_CODE:SW9 0JQ]]
Employer: Tillbrook Logistics Ltd
Last day of work: [[DATE_TIME:28-Feb-2025]]
Reason for claim: redundancy
Bank account: sort code 20-45-77, account no. [[ID_NUMBER:53017219]]""",
    """# .env.production (do not commit)
DB_HOST=[[IP_ADDRESS:10.0.12.44]]
DB_USER=app_rw
DB_PASS=9vX!q2Lr#77
ADMIN_CONTACT=[[EMAIL_ADDRESS:oleksandr.petrenko@gmail.com]]
ONCALL_PHONE=[[PHONE_NUMBER:+380 93 118 4470]]
LOG_LEVEL=warn""",
    """{"txn_id": "TX-20250307-00418", "timestamp": "[[DATE_TIME:2025-03-07T19:22:41+01:00]]", "cardholder": "[[PERSON:Ewa Zielińska]]", "pan": "[[CREDIT_CARD:5588124066371508]]", "exp": "11/27", "merchant": "Biedronka 4471", "amount": 182.35, "currency": "PLN", "ip": "[[IP_ADDRESS:188.146.3.209]]", "device_mac": "5c:cf:7f:1a:09:e2"}""",
    """commit 7f3a9c2e41b8d0f6a5e2c1b9d8f7e6a5b4c3d2e1
Author: [[PERSON:Siddharth Menon]] <[[EMAIL_ADDRESS:sid.menon@protonmail.com]]>
Date:   [[DATE_TIME:Tue Mar 4 16:21:09 2025 +0530]]

    payroll: fix rounding of ESI deduction for part-month joiners""",
    """HRSD-2291 Update bank details
Reporter: [[PERSON:Chinonso Eze]]
Created: [[DATE_TIME:12/Mar/25 9:14 AM]]
Description: Please update my salary account. New IBAN [[IBAN_CODE:GB86MIDL40051571203418]], account name [[PERSON:C. Eze]]. The old account can be closed from the April payroll. Thanks, [[PERSON:Chi]]""",
    """INSERT INTO payroll_runs (emp_no, name, pay_date, gross, net, account) VALUES
 ('[[ID_NUMBER:10482]]', '[[PERSON:Halima Yusuf]]', '[[DATE_TIME:2025-02-28]]', 3120.00, 2488.17, '[[IBAN_CODE:DE87120300001027734519]]'),
 ('[[ID_NUMBER:10519]]', '[[PERSON:Jonas Becker]]', '[[DATE_TIME:2025-02-28]]', 2875.50, 2302.66, '[[IBAN_CODE:AT611904300234573201]]');""",
    """<Candidate><PersonName><GivenName>[[PERSON:Olamide]]</GivenName><FamilyName>[[PERSON:Adebisi]]</FamilyName></PersonName><Email>[[EMAIL_ADDRESS:olamide.adebisi@yahoo.co.uk]]</Email><Mobile>[[PHONE_NUMBER:07401 338 925]]</Mobile><PostalAddress><Line>[[ADDRESS:14 Kestrel Close]]</Line><Town>[[LOCATION:Milton Keynes]]</Town><Postcode>[[ZIP_CODE:MK4 2JP]]</Postcode></PostalAddress><RightToWork>Settled status</RightToWork><AvailableFrom>[[DATE_TIME:2025-05-01]]</AvailableFrom></Candidate>""",
    """Mar 18 07:55:02 fw01 dhcpd[2211]: DHCPACK on [[IP_ADDRESS:192.168.10.57]] to 9c:b6:d0:4f:22:a1 (LAPTOP-0417) via eth1; lease bound to user [[USERNAME:jboateng]] ([[PERSON:Joseph Boateng]])""",
    """{"kyc": {"case_ref": "KYC-2025-118204", "name": "[[PERSON:Nokuthula Dlamini]]", "id_type": "SA_ID", "id_number": "[[ID_NUMBER:0102030983088]]", "dob": "[[DATE_TIME:2001-02-03]]", "address": "[[ADDRESS:12 Protea Street]], [[LOCATION:Bloemfontein]], [[ZIP_CODE:9301]]", "phone": "[[PHONE_NUMBER:+27 71 904 3382]]", "risk": "low", "pep": false}}""",
    """const applicant = {
  firstName: '[[PERSON:Sofía]]',
  lastName: '[[PERSON:Valderrama]]',
  nationalId: '[[ID_NUMBER:48271935H]]',
  iban: '[[IBAN_CODE:ES8120858231120331804472]]',
  birthDate: '[[DATE_TIME:1994-11-07]]',
  city: '[[LOCATION:Zaragoza]]',
  consent: true,
};""",
    """From: "[[PERSON:Gráinne Nic Aodha]]" <[[EMAIL_ADDRESS:grainne.nicaodha@eircom.net]]>
To: payroll@tullamorefoods.ie
Date: [[DATE_TIME:Mon, 10 Mar 2025 08:47:13 +0000]]
Subject: Change of address
Received: from [[IP_ADDRESS:89.101.44.220]]

Hi, please note my new address is [[ADDRESS:4 Church View]], [[LOCATION:Tullamore]], [[LOCATION:Co. Offaly]], [[ZIP_CODE:R35 YX28]] from [[DATE_TIME:1 April]]. Staff no. [[ID_NUMBER:2281]].""",
    """{"ts":"[[DATE_TIME:2025-02-14T23:01:55Z]]","event":"password_reset_requested","user":"[[USERNAME:lena.k]]","email":"[[EMAIL_ADDRESS:lena.kowalski@web.de]]","ip":"[[IP_ADDRESS:2003:e4:7f12:3c00:15d1:8a2f:44b0:9e1c]]"}
{"ts":"[[DATE_TIME:2025-02-14T23:03:12Z]]","event":"password_reset_completed","user":"[[USERNAME:lena.k]]","ip":"[[IP_ADDRESS:2003:e4:7f12:3c00:15d1:8a2f:44b0:9e1c]]"}""",
    """<claim><claimNumber>CLM-77120-B</claimNumber><insured><fullName>[[PERSON:Rutendo Chikwanha]]</fullName><dateOfBirth>[[DATE_TIME:1983-10-21]]</dateOfBirth><phone>[[PHONE_NUMBER:+44 7912 880 417]]</phone></insured><incident><date>[[DATE_TIME:2025-01-30]]</date><location>[[LOCATION:Reading]]</location><description>Water leak from upstairs flat</description></incident></claim>""",
    """{"case_number": "3:24-cv-01187-JD", "court": "US District Court", "parties": [{"role": "plaintiff", "name": "[[PERSON:Esperanza Maldonado]]", "counsel": "[[PERSON:Jeffrey Tanaka-Reyes]]"}, {"role": "defendant", "name": "Brightline Staffing, Inc."}], "filed": "[[DATE_TIME:2024-03-05]]", "next_hearing": "[[DATE_TIME:2025-05-15T10:00:00-07:00]]", "nature_of_suit": "FLSA wage and hour"}""",
    """logger.info("payslip emailed", extra={"emp": "[[PERSON:Rhys Llewellyn]]", "to": "[[EMAIL_ADDRESS:rhys.llew@gmail.com]]", "ni": "[[ID_NUMBER:NH 58 22 07 A]]", "period": "2025-03"})""",
    """-- requested by [[PERSON:Adeola]] (HR) on [[DATE_TIME:2025-03-19]]
SELECT emp_id, full_name, dob FROM staff WHERE full_name LIKE '[[PERSON:Nkem]]%' OR email = '[[EMAIL_ADDRESS:nkem.obi@ptcl.ng]]';""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Haddad]];[[PERSON:Rania]];;;
FN:[[PERSON:Rania Haddad]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+971 50 418 2276]]
EMAIL:[[EMAIL_ADDRESS:rania.haddad@gmail.com]]
ADR;TYPE=HOME:;;[[ADDRESS:Villa 14, Street 22b]];[[LOCATION:Al Barsha]];[[LOCATION:Dubai]];;[[LOCATION:UAE]]
BDAY:[[DATE_TIME:1990-12-09]]
END:VCARD""",
    """{"pracownik": {"imie": "[[PERSON:Magdalena]]", "nazwisko": "[[PERSON:Kwiatkowska]]", "pesel": "[[ID_NUMBER:01240945809]]", "data_urodzenia": "[[DATE_TIME:2001-04-09]]", "adres": "[[ADDRESS:ul. Mickiewicza 22/4]], [[ZIP_CODE:60-834]] [[LOCATION:Poznań]]", "telefon": "[[PHONE_NUMBER:+48 662 018 447]]", "rachunek": "[[IBAN_CODE:PL46 1140 2004 4004 3198 7600 2211]]", "stanowisko": "specjalista ds. płac"}}""",
    """Tichet #RO-55120 | Deschis de: [[PERSON:Cosmin Dragomir]] | Email: [[EMAIL_ADDRESS:cosmin.dragomir@yahoo.ro]] | Telefon: [[PHONE_NUMBER:+40 722 418 093]] | Descriere: Nu pot descărca fluturașul de salariu pentru luna februarie. Marca mea este [[ID_NUMBER:4471]], iar IP-ul de acasă este [[IP_ADDRESS:5.12.190.44]].""",
    """INSERT INTO klienci (imie_nazwisko, nip, telefon, email, miasto) VALUES ('[[PERSON:Grzegorz Pawlak]]', '[[ID_NUMBER:526-104-83-79]]', '[[PHONE_NUMBER:22 628 41 90]]', '[[EMAIL_ADDRESS:g.pawlak@o2.pl]]', '[[LOCATION:Warszawa]]');""",
]

TABLE = [
    """emp_id,name,dept,pay_date,gross,net,iban
[[ID_NUMBER:E1042]],[[PERSON:Aoife Gallagher]],Finance,[[DATE_TIME:2025-03-28]],4120.00,3018.55,[[IBAN_CODE:IE23AIBK93352104418826]]
[[ID_NUMBER:E1057]],[[PERSON:Marcin Lis]],Warehouse,[[DATE_TIME:2025-03-28]],2650.00,2104.10,[[IBAN_CODE:PL51109010144000071219812874]]
[[ID_NUMBER:E1063]],[[PERSON:Grace Oduya]],Sales,[[DATE_TIME:2025-03-28]],3890.00,2877.40,[[IBAN_CODE:NL95RABO0318476214]]""",
    """Daily cause list, [[DATE_TIME:Monday 12 May 2025]]

| Time  | Claim no. | Claimant | Defendant | Court |
|-------|-----------|----------|-----------|-------|
| 10:00 | K41CL772 | [[PERSON:Harjit Dhaliwal]] | [[PERSON:Stephen Marsh]] | 3 |
| 10:30 | K38YJ104 | [[PERSON:Ms Olga Petrenko]] | Ashdown Motors Ltd | 3 |
| 11:15 | K40MA551 | [[PERSON:Leroy Campbell]] | [[PERSON:Natasha Fenwick]] | 5 |
| 14:00 | K29BW009 | Greenhill Housing Assoc. | [[PERSON:Aiden Kearney]] | 1 |""",
    """candidate\temail\tphone\tstage\tapplied
[[PERSON:Yusuf Adeyemi]]\t[[EMAIL_ADDRESS:yusuf.adeyemi@gmail.com]]\t[[PHONE_NUMBER:+44 7700 900 318]]\tPhone screen\t[[DATE_TIME:03/03/2025]]
[[PERSON:Clara Jiménez]]\t[[EMAIL_ADDRESS:clara.jimenez.r@hotmail.es]]\t[[PHONE_NUMBER:+34 612 447 093]]\tOffer\t[[DATE_TIME:19/02/2025]]
[[PERSON:Wei Ling Koh]]\t[[EMAIL_ADDRESS:weiling.koh@outlook.sg]]\t[[PHONE_NUMBER:+65 8123 4470]]\tRejected\t[[DATE_TIME:27/02/2025]]
[[PERSON:Tobias Engel]]\t[[EMAIL_ADDRESS:t.engel@posteo.de]]\t[[PHONE_NUMBER:+49 151 2284 4107]]\tOnsite\t[[DATE_TIME:05/03/2025]]""",
    """NAME                      EXT   MOBILE              OFFICE
[[PERSON:Okafor, Ngozi]]             2214  [[PHONE_NUMBER:0803 114 7720]]       [[LOCATION:Abuja]]
[[PERSON:Bello, Ibrahim]]            2230  [[PHONE_NUMBER:0809 552 0183]]       [[LOCATION:Kano]]
[[PERSON:Eze-Nwosu, Chioma]]         2251  [[PHONE_NUMBER:0706 338 9014]]       [[LOCATION:Port Harcourt]]
[[PERSON:Adeyemi, Tunde]]            2267  [[PHONE_NUMBER:0812 440 7761]]       [[LOCATION:Lagos]]""",
    """{"row": 1, "name": "[[PERSON:Mateo Rossi]]", "age": [[AGE:27]], "city": "[[LOCATION:Turin]]", "nationality": "[[NRP:Italian]]", "score": 82, "shortlisted": true}
{"row": 2, "name": "[[PERSON:Amaka Obi]]", "age": [[AGE:31]], "city": "[[LOCATION:Enugu]]", "nationality": "[[NRP:Nigerian]]", "score": 77, "shortlisted": true}
{"row": 3, "name": "[[PERSON:Lars Nilsson]]", "age": [[AGE:45]], "city": "[[LOCATION:Malmö]]", "nationality": "[[NRP:Swedish]]", "score": 64, "shortlisted": false}""",
    """emergency_contacts:
  - employee: [[PERSON:Hemi Tamihana]]
    contact: [[PERSON:Mere Tamihana]]
    relation: sister
    phone: "[[PHONE_NUMBER:021 448 3907]]"
  - employee: [[PERSON:Sarah O'Connell]]
    contact: [[PERSON:Brendan O'Connell]]
    relation: husband
    phone: "[[PHONE_NUMBER:027 301 8842]]"
  - employee: [[PERSON:Anil Prasad]]
    contact: [[PERSON:Kavita Prasad]]
    relation: mother
    phone: "[[PHONE_NUMBER:+679 992 4410]]\"""",
    """NEW STARTER FORM
Surname:            [[PERSON:Achterberg-Lowe]]
Forename(s):        [[PERSON:Philippa Jane]]
Date of birth:      [[DATE_TIME:02/12/1991]]
NI number:          [[ID_NUMBER:PW 33 58 14 D]]
Home address:       [[ADDRESS:31 Cranbrook Road]], [[LOCATION:Ilford]], [[ZIP_CODE:IG1 4PT]]
Start date:         [[DATE_TIME:07/04/2025]]
Student loan:       Plan 2
Job title:          Payroll Assistant""",
    """case_no,defendant,dob,offense,fine_usd,disposition
CR-24-11873,[[PERSON:Dustin Wayne Carlisle]],[[DATE_TIME:1994-07-02]],Speeding 21+ over,285,Paid
CR-24-11902,[[PERSON:Maria Guadalupe Ortiz]],[[DATE_TIME:1988-03-19]],Expired registration,120,Dismissed
CR-24-12015,[[PERSON:Kevin T. Ashworth]],[[DATE_TIME:1979-11-30]],Disorderly conduct,450,Payment plan
CR-24-12040,[[PERSON:Lamar Johnson Jr.]],[[DATE_TIME:2001-05-14]],Trespass,200,Warrant issued""",
    """| Employee | Date | Site | Hours | OT |
| --- | --- | --- | --- | --- |
| [[PERSON:Bongani Zulu]] | [[DATE_TIME:Mon 03/03]] | Durban North | 9.5 | 1.5 |
| [[PERSON:Bongani Zulu]] | [[DATE_TIME:Tue 04/03]] | Durban North | 8.0 | 0 |
| [[PERSON:Precious Naidoo]] | [[DATE_TIME:Mon 03/03]] | Umhlanga | 10.0 | 2.0 |
| [[PERSON:Precious Naidoo]] | [[DATE_TIME:Wed 05/03]] | Umhlanga | 7.5 | 0 |""",
    """customer_email,first_name,last_name,zip,card_last4,orders,lifetime_value
[[EMAIL_ADDRESS:jamie.lynn.foster@gmail.com]],[[PERSON:Jamie]],[[PERSON:Foster]],[[ZIP_CODE:29464]],4471,12,1184.20
[[EMAIL_ADDRESS:rkhanna1987@yahoo.com]],[[PERSON:Rohit]],[[PERSON:Khanna]],[[ZIP_CODE:08540]],0093,3,241.75
[[EMAIL_ADDRESS:mo.haddad@icloud.com]],[[PERSON:Mohammed]],[[PERSON:Haddad]],[[ZIP_CODE:48126]],7719,27,3902.10""",
    """| Patient | NHS no. | Clinic | Appointment |
|:--|:--|:--|:--|
| [[PERSON:Mrs Doreen Whitcombe]] | [[ID_NUMBER:943 476 5919]] | Rheumatology | [[DATE_TIME:Tue 15 Apr 2025 09:40]] |
| [[PERSON:Mr Tariq Mahmood]] | [[ID_NUMBER:401 023 2188]] | Diabetes | [[DATE_TIME:Tue 15 Apr 2025 10:00]] |
| [[TITLE:Miss]] [[PERSON:Keeley Rowe]] | [[ID_NUMBER:719 305 8266]] | Dermatology | [[DATE_TIME:Wed 16 Apr 2025 14:20]] |""",
    """student_id\tname\tdob\tyear\tguardian\tguardian_phone
[[ID_NUMBER:S24-0173]]\t[[PERSON:Ella-Rose Whitfield]]\t[[DATE_TIME:2014-09-22]]\t6\t[[PERSON:Nicola Whitfield]]\t[[PHONE_NUMBER:07832 115 904]]
[[ID_NUMBER:S24-0188]]\t[[PERSON:Ibrahim Diallo]]\t[[DATE_TIME:2015-01-08]]\t5\t[[PERSON:Aminata Diallo]]\t[[PHONE_NUMBER:07451 662 018]]
[[ID_NUMBER:S24-0201]]\t[[PERSON:Finn Gallagher]]\t[[DATE_TIME:2014-06-30]]\t6\t[[PERSON:Shane Gallagher]]\t[[PHONE_NUMBER:07960 338 271]]""",
    """{"ts": "[[DATE_TIME:2025-03-02T06:58:11Z]]", "user": "[[USERNAME:nsibanda]]", "ip": "[[IP_ADDRESS:41.76.108.22]]", "result": "success", "mfa": "push"}
{"ts": "[[DATE_TIME:2025-03-02T07:03:40Z]]", "user": "[[USERNAME:k.moyo]]", "ip": "[[IP_ADDRESS:196.44.19.201]]", "result": "fail", "mfa": "none"}
{"ts": "[[DATE_TIME:2025-03-02T07:04:02Z]]", "user": "[[USERNAME:k.moyo]]", "ip": "[[IP_ADDRESS:196.44.19.201]]", "result": "success", "mfa": "sms"}""",
    """EMP CODE  NAME                  PAN         UAN           PF (INR)
[[ID_NUMBER:MUM0412]]   [[PERSON:Rahul Deshpande]]       [[ID_NUMBER:AKFPD3381Q]]  [[ID_NUMBER:101447820936]]  1,800
[[ID_NUMBER:MUM0419]]   [[PERSON:Fatima Shaikh]]         [[ID_NUMBER:CQZPS7702M]]  [[ID_NUMBER:101882304417]]  1,800
[[ID_NUMBER:MUM0433]]   [[PERSON:Joseph D'Souza]]        [[ID_NUMBER:BHJPD1190K]]  [[ID_NUMBER:100391847725]]  1,650""",
    """unit,tenant,phone,lease_start,rent_gbp,arrears
1A,[[PERSON:Kamala Devi Persaud]],[[PHONE_NUMBER:07588 204 611]],[[DATE_TIME:01/09/2023]],925,0
1B,[[PERSON:Jakub Nowak]],[[PHONE_NUMBER:07723 918 450]],[[DATE_TIME:15/03/2024]],950,475
2A,vacant,,,975,0
2B,[[PERSON:Efua Asante]],[[PHONE_NUMBER:07404 771 298]],[[DATE_TIME:01/06/2022]],890,0""",
    """oncall:
  team: payroll-platform
  rota:
    - name: [[PERSON:Aarav Malhotra]]
      week_of: [[DATE_TIME:2025-03-10]]
      phone: "[[PHONE_NUMBER:+91 99871 40223]]"
      email: [[EMAIL_ADDRESS:aarav.m@veltrix.in]]
    - name: [[PERSON:Chloe Dubois]]
      week_of: [[DATE_TIME:2025-03-17]]
      phone: "[[PHONE_NUMBER:+33 6 71 48 22 09]]"
      email: [[EMAIL_ADDRESS:chloe.dubois@veltrix.fr]]
  escalation: payroll-leads""",
    """WITNESS 1
Name: [[PERSON:Desmond Achebe]]
Address: [[ADDRESS:52 Larch Avenue]], [[LOCATION:Wolverhampton]] [[ZIP_CODE:WV3 9JX]]
Phone: [[PHONE_NUMBER:07871 330 215]]
Statement signed: [[DATE_TIME:19/02/2025]]

WITNESS 2
Name: [[TITLE:PC]] [[PERSON:Laura Simms]] (collar no. [[ID_NUMBER:4471]])
Address: c/o the station
Phone: not given
Statement signed: [[DATE_TIME:20/02/2025]]""",
    """| Employee | SIN | Province | Start |
|----------|-----|----------|-------|
| [[PERSON:Marie-Ève Lapointe]] | [[ID_NUMBER:719 442 063]] | [[LOCATION:QC]] | [[DATE_TIME:2024-11-04]] |
| [[PERSON:Gurpreet Dhillon]] | [[ID_NUMBER:130 588 213]] | [[LOCATION:BC]] | [[DATE_TIME:2025-01-13]] |
| [[PERSON:Tomasz Kowal]] | [[ID_NUMBER:902 173 640]] | [[LOCATION:AB]] | [[DATE_TIME:2025-02-03]] |""",
    """beneficiary,iban,bic,country,amount_eur
[[PERSON:Lotte Vermeulen]],[[IBAN_CODE:BE05068204917375]],GKCCBEBB,[[LOCATION:Belgium]],1250.00
[[PERSON:Omar Al-Mansouri]],[[IBAN_CODE:AE680330000010193847562]],BOMLAEAD,[[LOCATION:United Arab Emirates]],3400.00
[[PERSON:Nourah Al-Qahtani]],[[IBAN_CODE:SA0380000000608010167519]],RJHISARI,[[LOCATION:Saudi Arabia]],980.00
[[PERSON:Callum Fraser]],[[IBAN_CODE:GB42NWBK56003861447203]],NWBKGB2L,[[LOCATION:United Kingdom]],2100.00""",
    """Name | NRIC | Mobile | Postal code | Dept
[[PERSON:Lim Jun Hao]] | [[ID_NUMBER:S7625194J]] | [[PHONE_NUMBER:9182 4407]] | [[ZIP_CODE:310205]] | Finance
[[PERSON:Priya d/o Ramasamy]] | [[ID_NUMBER:S9041776B]] | [[PHONE_NUMBER:8733 0192]] | [[ZIP_CODE:650184]] | HR
[[PERSON:Nguyen Van Duc]] | [[ID_NUMBER:G5510283Q]] | [[PHONE_NUMBER:8450 2261]] | [[ZIP_CODE:529508]] | Ops""",
    """claim_no\tclaimant\tdob\tincident_date\tpostcode\tstatus
CLM-44018\t[[PERSON:Ruth Abernethy]]\t[[DATE_TIME:12.04.1956]]\t[[DATE_TIME:03.01.2025]]\t[[ZIP_CODE:EH10 5QR]]\tOpen
CLM-44021\t[[PERSON:Kiran Bhatt]]\t[[DATE_TIME:30.09.1990]]\t[[DATE_TIME:05.01.2025]]\t[[ZIP_CODE:LS6 2AB]]\tSettled
CLM-44039\t[[PERSON:Owain Hughes]]\t[[DATE_TIME:07.07.1972]]\t[[DATE_TIME:11.01.2025]]\t[[ZIP_CODE:SA1 8EP]]\tReferred""",
    """{"guest": "[[PERSON:Henrik Sørensen]]", "passport": "[[ID_NUMBER:LF7204418]]", "nationality": "[[NRP:Danish]]", "room": 304, "check_in": "[[DATE_TIME:2025-04-11]]", "nights": 3}
{"guest": "[[PERSON:Akiko Mori]]", "passport": "[[ID_NUMBER:TR5518203]]", "nationality": "[[NRP:Japanese]]", "room": 411, "check_in": "[[DATE_TIME:2025-04-11]]", "nights": 5}
{"guest": "[[PERSON:Diego Alarcón]]", "passport": "[[ID_NUMBER:PAC402918]]", "nationality": "[[NRP:Chilean]]", "room": 212, "check_in": "[[DATE_TIME:2025-04-12]]", "nights": 2}""",
    """Name,TFN,BSB,Account,Super fund,Member no.
[[PERSON:Kayla Nguyen]],[[ID_NUMBER:812 736 400]],062-000,[[ID_NUMBER:1044 8271]],AustralianSuper,[[ID_NUMBER:50318842]]
[[PERSON:Jarrah Williams]],[[ID_NUMBER:329 047 185]],033-157,[[ID_NUMBER:4418 2093]],Rest,[[ID_NUMBER:7719204]]
[[PERSON:Sione Fifita]],[[ID_NUMBER:577 301 948]],082-401,[[ID_NUMBER:6620 1187]],Hostplus,[[ID_NUMBER:1182044]]""",
    """JUROR NO  NAME                      ADDRESS                     CITY          ZIP
[[ID_NUMBER:24-0871]]   [[PERSON:Delores J. Whitaker]]       [[ADDRESS:4102 Maple Ridge Dr]]         [[LOCATION:Tulsa]]         [[ZIP_CODE:74105]]
[[ID_NUMBER:24-0872]]   [[PERSON:Nguyen Minh Chau]]          [[ADDRESS:771 E 51st St Apt 12]]        [[LOCATION:Tulsa]]         [[ZIP_CODE:74105]]
[[ID_NUMBER:24-0879]]   [[PERSON:Robert Two Bulls]]          [[ADDRESS:18 Cherokee Trl]]             [[LOCATION:Broken Arrow]]  [[ZIP_CODE:74012]]""",
    """| Candidate | Referee | Referee phone | Relationship | Received |
|---|---|---|---|---|
| [[PERSON:Sadia Rahman]] | [[PERSON:Dr. Alan Pritchard]] | [[PHONE_NUMBER:01632 960 418]] | Former manager | Yes |
| [[PERSON:Marcus Lindgren]] | [[PERSON:Helen Cho]] | [[PHONE_NUMBER:+1 206 555 0177]] | Team lead | Chasing |
| [[PERSON:Oyinda Bakare]] | [[PERSON:Femi Alade]] | [[PHONE_NUMBER:0802 771 3304]] | Professor | Yes |""",
    """member_no,name,age,gender,phone,plan
[[ID_NUMBER:FT-00918]],[[PERSON:Brianna Castillo]],[[AGE:23]],F,[[PHONE_NUMBER:(210) 448-1903]],Monthly
[[ID_NUMBER:FT-00931]],[[PERSON:Samir Haddad]],[[AGE:41]],M,[[PHONE_NUMBER:(210) 771-0284]],Annual
[[ID_NUMBER:FT-00957]],[[PERSON:Evelyn Park]],[[AGE:67]],F,[[PHONE_NUMBER:(830) 225-4417]],Senior""",
    """staff:
  - id_number: "[[ID_NUMBER:8502125841087]]"
    name: [[PERSON:Thabo Molefe]]
    branch: [[LOCATION:Pretoria]]
    start: [[DATE_TIME:2019-03-01]]
  - id_number: "[[ID_NUMBER:9209040112086]]"
    name: [[PERSON:Lerato Khumalo]]
    branch: [[LOCATION:Soweto]]
    start: [[DATE_TIME:2022-08-15]]
  - id_number: "[[ID_NUMBER:7801236132084]]"
    name: [[PERSON:Johan van der Merwe]]
    branch: [[LOCATION:Paarl]]
    start: [[DATE_TIME:2011-01-10]]""",
    """Employee name:      [[PERSON:Dolores Whitehorse]]
SSN:                [[US_SSN:648-20-5513]]
Employer EIN:       84-1932207
Address:            [[ADDRESS:1409 Aspen Way]], [[LOCATION:Grand Junction]], [[LOCATION:CO]] [[ZIP_CODE:81501]]
Wages (box 1):      52,418.66
Federal tax (box 2): 5,102.30
State:              [[LOCATION:CO]]""",
    """Name,National ID,KRA PIN,NHIF,NSSF,Phone
[[PERSON:Kipchoge Rotich]],[[ID_NUMBER:31188204]],[[ID_NUMBER:A009184472P]],[[ID_NUMBER:R4418203]],[[ID_NUMBER:2004418832]],[[PHONE_NUMBER:0712 330 418]]
[[PERSON:Faith Wambui Njoroge]],[[ID_NUMBER:27440193]],[[ID_NUMBER:A005520917M]],[[ID_NUMBER:R1183377]],[[ID_NUMBER:2011874406]],[[PHONE_NUMBER:0733 902 114]]
[[PERSON:Hassan Abdi Farah]],[[ID_NUMBER:35502217]],[[ID_NUMBER:A012277408Z]],[[ID_NUMBER:R9052281]],[[ID_NUMBER:2019920357]],[[PHONE_NUMBER:0799 118 447]]""",
    """| Applicant | Birthdate | Address | Purpose |
|---|---|---|---|
| [[PERSON:Reynaldo P. Mercado]] | [[DATE_TIME:March 3, 1985]] | [[ADDRESS:Purok 4]], [[LOCATION:Brgy. Malanday]] | Employment |
| [[PERSON:Jennilyn A. Soriano]] | [[DATE_TIME:Nov. 21, 1998]] | [[ADDRESS:123 Rizal St.]], [[LOCATION:Brgy. Santo Niño]] | Scholarship |
| [[PERSON:Arnel Gatchalian]] | [[DATE_TIME:July 9, 1979]] | [[ADDRESS:Blk 9 Lot 3]], [[LOCATION:Brgy. Malanday]] | Bank requirement |""",
    """{"username": "[[USERNAME:kiri_waititi]]", "email": "[[EMAIL_ADDRESS:kiri.w@xtra.co.nz]]", "profile": "[[URL:https://github.com/kiriwaititi]]", "last_ip": "[[IP_ADDRESS:122.57.204.9]]", "last_login": "[[DATE_TIME:2025-03-20T21:14:08+13:00]]", "plan": "free"}
{"username": "[[USERNAME:dev_oyelaran]]", "email": "[[EMAIL_ADDRESS:tolu.oyelaran@gmail.com]]", "profile": "[[URL:https://gitlab.com/dev_oyelaran]]", "last_ip": "[[IP_ADDRESS:105.112.40.77]]", "last_login": "[[DATE_TIME:2025-03-21T08:02:51+01:00]]", "plan": "pro"}""",
    """imię i nazwisko;PESEL;stanowisko;wynagrodzenie brutto;rachunek
[[PERSON:Stanisław Kubiak]];[[ID_NUMBER:65123011975]];kierowca;6 200,00;[[IBAN_CODE:PL74124060033111000010446729]]
[[PERSON:Beata Sikorska]];[[ID_NUMBER:73091884723]];księgowa;8 450,00;[[IBAN_CODE:PL11105010411000009027733415]]
[[PERSON:Dawid Mazur]];[[ID_NUMBER:96022990591]];magazynier;5 100,00;[[IBAN_CODE:PL15116022022000000311874456]]""",
    """DANE STRONY POSTĘPOWANIA
Imię i nazwisko:      [[PERSON:Kacper Jankowski]]
PESEL:                [[ID_NUMBER:03271103652]]
Data urodzenia:       [[DATE_TIME:11.07.2003]]
Adres zamieszkania:   [[ADDRESS:os. Kalinowe 8/41]], [[ZIP_CODE:31-812]] [[LOCATION:Kraków]]
Dowód osobisty:       [[ID_NUMBER:AXD110358]]
Telefon:              [[PHONE_NUMBER:512 904 318]]
Rola w sprawie:       świadek""",
    """Nume | CNP | Funcție | Telefon | Data angajării
[[PERSON:Adrian Constantinescu]] | [[ID_NUMBER:1850517402316]] | inginer proces | [[PHONE_NUMBER:0721 304 118]] | [[DATE_TIME:15.09.2018]]
[[PERSON:Ana-Maria Pop]] | [[ID_NUMBER:6020908320465]] | operator date | [[PHONE_NUMBER:0745 882 019]] | [[DATE_TIME:01.02.2024]]
[[PERSON:Ion Bălan]] | [[ID_NUMBER:1691201353094]] | paznic | [[PHONE_NUMBER:0766 410 273]] | [[DATE_TIME:03.05.2010]]""",
    """nume\tcalitate\tCNP\tdomiciliu\ttermen
[[PERSON:Daniela Marinescu]]\treclamantă\t[[ID_NUMBER:2821119164036]]\t[[LOCATION:Craiova]]\t[[DATE_TIME:20.05.2025]]
[[PERSON:Petru Lungu]]\tpârât\t[[ID_NUMBER:1760309221189]]\t[[LOCATION:Iași]]\t[[DATE_TIME:20.05.2025]]
[[PERSON:Oana Lungu]]\tmartor\t[[ID_NUMBER:2990625226049]]\t[[LOCATION:Iași]]\t[[DATE_TIME:20.05.2025]]""",
    """first,last,dob,mobile,email,city
[[PERSON:Precious]],[[PERSON:Mahlangu]],[[DATE_TIME:1996/08/14]],[[PHONE_NUMBER:083 552 4018]],[[EMAIL_ADDRESS:precious.mahlangu@gmail.com]],[[LOCATION:Polokwane]]
[[PERSON:Ravi]],[[PERSON:Pillay]],[[DATE_TIME:1989/02/27]],[[PHONE_NUMBER:082 914 3307]],[[EMAIL_ADDRESS:ravi.pillay@mweb.co.za]],[[LOCATION:Durban]]
[[PERSON:Annelie]],[[PERSON:Botha]],[[DATE_TIME:1975/12/03]],[[PHONE_NUMBER:072 401 8893]],[[EMAIL_ADDRESS:annelie.botha@telkomsa.net]],[[LOCATION:George]]""",
]

CHAT = [
    """[09:14] Agent [[PERSON:Priya]]: Thanks for contacting Northgate Bank. Who am I speaking with today?
[09:14] Customer: hi its [[PERSON:dwayne mitchell]]
[09:15] Agent [[PERSON:Priya]]: Hi [[PERSON:Dwayne]], can you confirm your date of birth and the postcode on the account?
[09:15] Customer: [[DATE_TIME:14/08/1983]], [[ZIP_CODE:NG7 2QP]]
[09:16] Agent [[PERSON:Priya]]: Thank you. I can see the card ending 8823 was blocked this morning. Is [[PHONE_NUMBER:07946 381 220]] still the best number for you?
[09:17] Customer: no new one is [[PHONE_NUMBER:07455 209 377]]
[09:17] Agent [[PERSON:Priya]]: Updated. The replacement card will go to [[ADDRESS:17 Lenton Boulevard]], [[LOCATION:Nottingham]] within 3 to 5 working days.""",
    """Mum: [[PERSON:Aroha]] can u send me [[PERSON:Nikau]]'s passport number for the booking
[[PERSON:Aroha]]: [[ID_NUMBER:LA882041]] expires next year tho
Mum: and his birthday is [[DATE_TIME:3 June 2016]] right?
[[PERSON:Aroha]]: yep [[DATE_TIME:03/06/2016]]. flight lands [[LOCATION:Wellington]] 7.40pm
Uncle [[PERSON:Rawiri]]: I'll pick you all up, my new number is [[PHONE_NUMBER:022 418 3390]]""",
    """#payroll-ops
[[PERSON:Hannah Kirby]]  9:02 AM
@[[USERNAME:marcus.chen]] new starter [[PERSON:Oluwatobi Adewale]] starts [[DATE_TIME:Monday 14 April]], can you set him up? NI is [[ID_NUMBER:SP 40 72 19 C]]
[[PERSON:Marcus Chen]]  9:05 AM
on it. bank details?
[[PERSON:Hannah Kirby]]  9:06 AM
sort 30-94-57, acct [[ID_NUMBER:41187720]], and he wants payslips sent to [[EMAIL_ADDRESS:tobi.adewale@gmail.com]]
[[PERSON:Marcus Chen]]  9:11 AM
done, payroll no. [[ID_NUMBER:20931]]. fyi the contract has his address as [[ADDRESS:9 Orchard Way]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 5NU]], is that current?
[[PERSON:Hannah Kirby]]  9:12 AM
yep""",
    """Bot: Welcome to Skyline Mobile. Please enter your account number.
User: [[ID_NUMBER:88214097]]
Bot: Thanks! Connecting you to an agent...
Agent ([[PERSON:Rhea]]): Hi, [[PERSON:Rhea]] here. Am I chatting with [[PERSON:Mr. Faisal Qadri]]?
User: yes
Agent ([[PERSON:Rhea]]): For security, what's the email on file?
User: [[EMAIL_ADDRESS:f.qadri@gmail.com]]
Agent ([[PERSON:Rhea]]): Perfect. Your number [[PHONE_NUMBER:0412 553 098]] will be ported to the new SIM by 5pm today.""",
    """[10:41] [[PERSON:Siobhan Gallagher]]: Tribunal has moved [[PERSON:Mr Eze]]'s hearing to [[DATE_TIME:3 June 2025 at 10am]]
[10:42] [[PERSON:Raj Patel]]: ok. do we have a current address for the witness, [[PERSON:Mrs Leanne Dawes]]?
[10:44] [[PERSON:Siobhan Gallagher]]: [[ADDRESS:22 Fernhill Road]], [[LOCATION:Farnborough]] [[ZIP_CODE:GU14 9RP]], mobile [[PHONE_NUMBER:07700 953 118]]
[10:45] [[PERSON:Raj Patel]]: and his DOB for the bundle? I have [[DATE_TIME:1978-11-02]]
[10:46] [[PERSON:Siobhan Gallagher]]: that's right. case no 3301447/2024 fwiw""",
    """Landlord ([[PERSON:Gary]]): Hi [[PERSON:Precious]], rent for April not received yet
Me: Hi [[PERSON:Gary]], I paid it on [[DATE_TIME:2 April]] from my account, ref [[ADDRESS:114 Kingsway flat 3]]
Landlord ([[PERSON:Gary]]): Can you send proof? Or pay again to HSBC 40-47-84 [[ID_NUMBER:12993004]] and I'll refund
Me: sent the screenshot to [[EMAIL_ADDRESS:gary.holt58@gmail.com]]""",
    """[mod] [[USERNAME:vexxy]]: @[[USERNAME:Tr1ckShot_Mia]] you've been reported for doxxing
[[USERNAME:Tr1ckShot_Mia]]: i only posted his ip lol [[IP_ADDRESS:81.102.14.233]]
[[USERNAME:vexxy]]: and his real name and school. "[[PERSON:Callum Birch]], St Bede's" is not ok, 24h mute
[[USERNAME:Tr1ckShot_Mia]]: fine deleted it""",
    """[[PERSON:Karolina Wrona]]: Cześć [[PERSON:Piotrek]], potrzebuję jeszcze Twojego numeru konta do wypłaty
[[PERSON:Piotr Sadowski]]: [[IBAN_CODE:PL37 1750 0126 0000 0000 4188 2207]]
[[PERSON:Karolina Wrona]]: Dzięki. Adres do korespondencji bez zmian? [[ADDRESS:ul. Zielona 5/2]], [[ZIP_CODE:87-100]] [[LOCATION:Toruń]]?
[[PERSON:Piotr Sadowski]]: nie, od [[DATE_TIME:1 marca]] mieszkam na [[ADDRESS:ul. Bydgoskiej 40/7]], też w [[LOCATION:Toruniu]]. I nowy telefon [[PHONE_NUMBER:698 224 017]]
[[PERSON:Karolina Wrona]]: Ok, zmienione. Umowa wygasa [[DATE_TIME:30.06.2025]], odezwę się w czerwcu""",
]

LOOKALIKE = [
    """Order ORD-2025-448190 confirmed. Invoice INV-77120-B will follow by email. Items: SKU KT-4471-BLK x2, "The Body Keeps the Score" (ISBN 978-0-14-310755-2) x1. Your parcel ships with UPS, tracking 1Z 4A7 180 03 9921 4470. Questions? Call customer service on 0800 028 4471 or write to support@harrowmart.co.uk. Delivering to [[PERSON:Ms. Joy Amadi]].""",
    """Release 10.4.22.1 (build 3f9a2c7e) is now available. Changes: upgraded OpenSSL to 3.0.13; the scheduler now binds to all interfaces on port 8080 by default; the Dijkstra route planner falls back to the Haversine distance when tiles are missing; fixed a crash in the Fourier export (issue #4471). Checksums: SHA-256 9b74c9897bac770ffc029102a200c5de25b1d1ee1f2b8c14e4a6e0b1c1c7d8a2. Hardware serial format changes from SN-88201-XK to SN2-88201XK. Report vulnerabilities to security@fenwick-labs.io.""",
    """Neurology module reading list: "Parkinson's Disease: A Guide for Carers" (ISBN 978-83-08-15127-3), "Living with Alzheimer's" (ISBN 978-1-84794-031-5) and the Guillain-Barré and Tourette chapters of the Oxford handbook, 5th ed. Seminars run in the Florence Nightingale Wing of the Darwin Building, off Mandela Way. The module lead this term is [[PERSON:Dr. Tamsin Ochieng]] ([[EMAIL_ADDRESS:t.ochieng@kingsmead.ac.uk]]).""",
    """Contact Kestrel Pay: our switchboard is +44 20 7946 0999 (press 2 for payroll, 3 for pensions), open 8am-6pm. General questions go to hello@kestrelpay.co.uk, payslip queries to payroll@kestrelpay.co.uk, and job applications to careers@kestrelpay.co.uk. Company no. 08841127, VAT GB 294 4471 80, ICO registration ZA118204. Our data protection officer is [[PERSON:Imelda Roche]].""",
    """The claimant relies on Donoghue v Stevenson [1932] AC 562 and Caparo Industries plc v Dickman [1990] 2 AC 605, and on s. 94 of the Employment Rights Act 1996. Bundle pages 1-412, index ref EB/2025/0418, hearing room 7, listing code CVP-3. Claim no. 2204471/2024 is stayed pending the appeal in 1301882/2023. Claimant: [[PERSON:Tendai Mupfumi]].""",
    """Faktura VAT nr FV/2025/03/0418 z dnia 14.03.2025. Sprzedawca: Hydrotech Sp. z o.o., NIP 951-482-73-61, REGON 380441275, KRS 0000718824. Kod produktu (EAN) 5904418077324, numer przesyłki InPost 602559004418820317447210, wersja oprogramowania sterownika 2.4.10.3, infolinia 801 300 400, reklamacje@hydrotech.com.pl. Siedziba przy ul. Jana Pawła II w [[LOCATION:Gdyni]]. Odbiorca: [[PERSON:Jan Wróbel]].""",
    """Asset register export, row 118: asset tag IT-04471, model MBP-14-M3, serial C02XK1ABJGH5, MAC 3c:22:fb:91:7e:04, UUID 6f1c2a9e-4b7d-4e21-9a3c-0b8e7d5f2c11, firmware 4.2.0.118, part no. 805-2231-01, warranty code WX-2027-09, cost centre 4400-118. Assigned to [[USERNAME:t.mahlaba]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind86", STYLES, OUT)


if __name__ == "__main__":
    main()

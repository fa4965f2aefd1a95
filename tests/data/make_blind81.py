"""Build tests/data/blind81.jsonl: an eighty-first *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind81.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of any other gold set
(no *.jsonl was opened, and no record list inside another make_*.py script).
Only three things were read, to keep the conventions and the file format:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and styles, and its import lines) and its closing scaffolding from
`STYLES = {` to the end (copied below); gold_sets.py in full; and lines
1-64 of make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME
regexes and `parse()`). No git command was run and no history was looked
at. The detector, the bench and the tests were never run on this file. Do
not tune the detector against it: once it has been used to tune, it no
longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
French (RIB key), Spanish, Italian (CIN), Belgian, Portuguese and Norwegian
IBANs are right too. National ids with a public check digit were given a
valid one: NHS numbers, Canadian SINs, Aadhaar (Verhoeff), Dutch BSN,
Brazilian CPF, Singapore NRIC, South African ids (agreeing with the sex and
birth date where they show), Australian TFN and Medicare numbers, Irish
PPSN, New Zealand IRD numbers, Polish PESEL, Portuguese NIF, New Zealand NHI numbers, Japanese My
Numbers and Korean resident registration numbers (agreeing with birth date
and sex), and the ISBN-13 look-alikes. All were worked out by hand-run
throwaway code while writing (random digits, then the check digit), not
generated here; `gold_sets.check` re-checks cards and IBANs. US SSNs,
UK NI numbers, PAN, BVN, NIN, Kenyan ids and KRA PINs, Ghana Card numbers,
Philippine TIN and SSS numbers, working-with-children check numbers,
passports, licences, plates, bank accounts and staff, student, member,
patient and participant numbers carry no checked digit.

Styles (ids `blind81-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Ireland, Canada, Australia, New Zealand, India, Singapore,
the Philippines, Nigeria, Ghana, Kenya and South Africa contexts, with
names from the many cultures living there); 25 are in Japanese or Korean,
in their own scripts (10 gen, 9 bench, 4 table, 1 chat, 1 lookalike):
- `bench` (100): records in the manner of the public benchmarks: odd,
  dense ai4privacy pii-masking-200k/300k/400k sentences (names, job
  titles, streets with building numbers, secondary addresses, IPv4/IPv6,
  MACs, user agents, card + CVV + expiry, IBAN + BIC), gretel-pii-masking-
  en-v1 domain documents (claims, contracts, medical, loan and tax forms,
  notices, wills, letters) and Nemotron-PII structured text (JSON, log
  lines, SQL, XML, YAML / env config, HL7, FHIR, vCard, code, tickets and
  forms).
- `gen` (90): one to four LLM-style sentences with personal data woven
  into prose; clinical trials, genetics labs and research participants
  carry extra weight (33 records), the rest spread over banking,
  insurance, pharmacy, legal, schools and universities, HR and payroll,
  retail, travel, telecoms, government, real estate, gaming, social
  media, tech support, deliveries, gyms, vets, weddings, churches,
  utilities, car hire, immigration, dating, charity, childcare, care
  homes, funerals, tax, loans, police, libraries, sport clubs. Names at
  the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small table per record as text (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks), with varied
  column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads, team chat, with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and PO refs, SKUs, ISBNs, IP-shaped versions, hashes,
  UUIDs, serials, company phones, role mailboxes, eponyms, streets named
  after people with no number), the few real PII values labeled; one has
  no PII at all.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not
  TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, rural
  routes, house and building names; city, district, county, state /
  province (also abbreviated) and country are LOCATION; postcodes of every
  shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, move, start of a
  job, hearing, signature, letter ...) with a day or month, in any shape,
  a weekday or a clock time said with the date inside the span; not bare
  years, weekdays or times alone, durations, or dates tied to no person.
- AGE: the number only (also in words). USERNAME: handle without "@". URL:
  personal pages and profiles only. NRP: nationality, religion or
  political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member and participant numbers, bank account and
  loan account numbers, non-US passports and licences, plates; US_SSN,
  US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, PINs, genders, pronouns, job titles, employers,
  user agents, MACs, sort codes, BSB, IFSC, routing numbers and BIC /
  SWIFT codes, CVVs and expiries, order / ticket / claim / policy /
  booking / tracking refs, company phones and role mailboxes, versions,
  hashes, serials, partial numbers ("ending 4417"), pets, eponyms and
  brands, header rows.
- Calls made while writing this set: trial subject, screening and
  participant numbers are ID_NUMBER, while protocol and NCT numbers, drug
  lot numbers, DNA kit and sample barcodes, plate wells and gene variant
  names are not; every real IP address is IP_ADDRESS (infrastructure ones
  in config too), version strings shaped like IPs are not; the timestamp
  of a named person's own action (login, call, sent mail, commit,
  request, payment) is DATE_TIME, document and ticket metadata with no
  person is not; work emails and direct mobiles of named staff are
  labeled, switchboards and role mailboxes are not; an airline-style
  "SURNAME/GIVEN" is one PERSON span and the "MR" after it TITLE; titles
  outside TITLE_IN_NAME ("Fr.") are marked TITLE by hand, while "RN" after
  a name and "coach" before it stay unlabeled; a mother's maiden name and
  "the Abernathy family" are PERSON; a "state" field in code is LOCATION;
  Japanese and Korean name suffixes (さん, 様, 先生, 씨, 님, 고객님) stay
  outside the PERSON span and unlabeled, a furigana reading of a name is
  PERSON; in Japanese addresses the prefecture, city and ward are
  LOCATION and the town with its chōme-banchi numbers, building and room
  is ADDRESS (the 〒 mark outside the ZIP_CODE); in Korean ones the
  province / city and district are LOCATION and the road name with its
  building number (and 동 / 호) is ADDRESS; Japanese era dates (令和6年4月1日)
  are DATE_TIME. In tables, a "site", "clinic", "suburb" or "city"
  column is LOCATION, a "country" column (also as a two-letter code in
  a session log) is LOCATION and a "nationality" column NRP; polling
  district / elector numbers, VINs, company and VAT registration numbers,
  group numbers and RX BIN / PCN stay unlabeled; working-with-children
  check numbers, Philippine TIN and SSS numbers and NZ NHI numbers are
  ID_NUMBER; an "Anon" donor is not a name, but the donation date still
  is that person's date; "Surname, Given" cells are two PERSON spans;
  chat contacts named by a family word ("Mum") stay unlabeled, bots'
  handles too.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind81.jsonl")

GEN = [
    # clinical trials, genetics labs, research participants
    """Participant [[PERSON:Marisol Ocampo-Reyes]] ([[AGE:58]]) was randomised to the 40 mg arm of the HELIOS-3 study on [[DATE_TIME:11 March 2024]]; her screening number is [[ID_NUMBER:HEL3-0142-017]] and her daughter [[PERSON:Lucia]] is listed as emergency contact at [[PHONE_NUMBER:+1 (602) 718-4093]].""",
    """Hi, I'm [[PERSON:Tendai Mukamuri]] - I posted my saliva kit back on [[DATE_TIME:2 February]] and the portal still says "awaiting sample". The kit barcode is GX-7H4K-2291, my customer number is [[ID_NUMBER:C-5590217]] and the account email is [[EMAIL_ADDRESS:tendai.mukamuri@outlook.com]].""",
    """Thank you for taking part in the Sleep and Shift Work Study, [[PERSON:connor]]! Your next overnight session in the lab is booked for [[DATE_TIME:Thursday 9 May at 8:30 pm]]; if you need to reschedule, text [[PERSON:Aoife]] on [[PHONE_NUMBER:087 412 6630]].""",
    """[[PERSON:Dr. Oluwaseun Adeyemi-Clarke]] confirmed that the subject enrolled under [[ID_NUMBER:SUBJ-04-0093]] developed a grade 2 rash on [[DATE_TIME:17/06/2023]], four days after the second infusion.""",
    """Dear [[PERSON:Mr. Haddad]], your hereditary cancer panel (BRCA2 c.5946delT detected) was reviewed by our genetic counsellor [[PERSON:Rachel Feinstein]] on [[DATE_TIME:3 October 2023]]. Please bring your NHS number, [[ID_NUMBER:210 231 6637]], to the family clinic on [[DATE_TIME:24 October at 2.15pm]].""",
    """Each of the 212 volunteers, including [[PERSON:Ngozi Eze]] from [[LOCATION:Enugu]], was paid N15,000 per visit; [[PERSON:Ngozi]]'s payments go to account [[ID_NUMBER:0123984471]] at GTBank.""",
    """治験参加者の[[PERSON:佐藤美咲]]さん（[[AGE:34]]歳）は、[[DATE_TIME:2024年2月15日]]に第2相試験の2回目の投与を受けました。緊急連絡先は[[PHONE_NUMBER:090-4412-7385]]です。""",
    """[[PERSON:김지훈]] 님의 유전자 검사 결과는 [[DATE_TIME:2023년 11월 8일]]에 발송되었습니다. 결과지는 등록하신 이메일 [[EMAIL_ADDRESS:jihoon.kim87@naver.com]]에서 확인하실 수 있습니다.""",
    """Can you update the CRF? [[PERSON:Paul-Émile Gagnon]], DOB [[DATE_TIME:1961-08-30]], moved from [[LOCATION:Sherbrooke]] to [[ADDRESS:4410 rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] [[LOCATION:QC]] [[ZIP_CODE:H2J 2L1]], and the site needs the new address before his week-12 visit.""",
    """The interview with participant [[ID_NUMBER:P-17]], a [[AGE:71]]-year-old retired bus driver from [[LOCATION:Dunedin]], was transcribed by [[PERSON:hemi walker]] and filed with the other rural-transport interviews.""",
    """Sample from [[PERSON:Anjali Deshmukh]] (MRN [[ID_NUMBER:00458823]]) failed QC on plate 14, well C7 - please ask the ward to redraw her before [[DATE_TIME:Friday 12 April]].""",
    """We're recruiting adults aged 18 to 65 with type 2 diabetes for a 24-week study. If you have questions, the study nurse, [[PERSON:Nurse Bronwyn Tait]], can be reached directly on [[PHONE_NUMBER:021 448 917]].""",
    """I, [[PERSON:Siosaia Fifita]], born [[DATE_TIME:14.02.1990]], agree that my anonymised blood samples may be kept in the biobank for up to 15 years.""",
    """The sponsor was told on [[DATE_TIME:5 January 2024]] that [[PERSON:Ms. Leilani Kahananui]], [[AGE:46]], of [[LOCATION:Hilo]], [[LOCATION:Hawaii]], had been admitted with acute pancreatitis.""",
    """lol my dad's DNA results came back 38% Irish, which checks out because grandpa [[PERSON:Declan Foley]] was born in [[LOCATION:Ballina]] on [[DATE_TIME:3 May 1931]] - his login is [[USERNAME:dfoley_1958]] if you want to see the tree.""",
    """Travel expenses for the [[LOCATION:Leeds]] site will be paid into [[PERSON:Imran Qureshi]]'s account, IBAN [[IBAN_CODE:GB33 HBUK 2663 8685 9338 70]], within 10 working days of each visit.""",
    """Participant [[ID_NUMBER:RP-2281]] ([[PERSON:Thandiwe Nkosi]], ID no. [[ID_NUMBER:8804123634088]]) withdrew consent by email on [[DATE_TIME:22 August 2023]] and asked that her data be destroyed.""",
    """[[PERSON:Priyanka]] and [[PERSON:Arjun Menon]] are booked for carrier screening on [[DATE_TIME:Monday, 4 March, 10:00]] at the [[LOCATION:Kochi]] clinic; please send the preparation leaflet to [[EMAIL_ADDRESS:priyanka.menon@gmail.com]].""",
    """Dispensed 28 capsules of IMP lot 22B114 to [[PERSON:Gareth Pryce-Jones]] on [[DATE_TIME:8/11/23]]; next dispensing visit due [[DATE_TIME:6/12/23]].""",
    """Winners of the survey prize draw are [[PERSON:kiri]] from [[LOCATION:Rotorua]] and [[PERSON:Jasper Okonkwo-Li]] - we'll send your $50 vouchers to [[EMAIL_ADDRESS:kiri.t@xtra.co.nz]] and [[EMAIL_ADDRESS:jasper.ol@aucklanduni.ac.nz]].""",
    """The lab charged [[PERSON:Carmen Villalobos]] $249 for whole-exome sequencing on card [[CREDIT_CARD:4263 2715 5182 3454]]; she is disputing it because her insurer (policy HX-55192) was meant to cover it.""",
    """Monitoring visit at Site 107 ([[LOCATION:Cape Town]]): source documents for [[PERSON:Sipho Dlamini]], screening no. [[ID_NUMBER:107-0045]], give his birth date as [[DATE_TIME:25 July 1993]] in one place and [[DATE_TIME:27 July 1993]] in another.""",
    """Parental consent for [[PERSON:Mateo Fernández]] ([[AGE:9]]) was signed by his mother, [[PERSON:Ana Lucía Fernández]], on [[DATE_TIME:March 2nd, 2024]] at our [[LOCATION:San Antonio]] office.""",
    """Hey [[PERSON:Bilal]], the genotyping core says [[PERSON:Farah Siddiqui]]'s participant ID is [[ID_NUMBER:UKB-4471203]] - can you link it to her questionnaire before the data freeze on the 30th?""",
    """研究参加者の[[PERSON:中村 健太]]様へ。次回の面接調査は[[DATE_TIME:3月12日（火）午後2時]]から、[[LOCATION:京都市]][[LOCATION:左京区]]の研究室で行います。ご不明な点は担当の[[PERSON:山本]]（[[EMAIL_ADDRESS:yamamoto.r@kyoto-u.ac.jp]]）までご連絡ください。""",
    """임상시험 대상자 [[PERSON:박서연]](만 [[AGE:29]]세)은 [[DATE_TIME:2024년 1월 22일 오전 9시]]에 스크리닝 방문을 마쳤습니다.""",
    """Reminder for [[PERSON:Delroy Campbell]]: your fasting blood draw for the CARDIO-7 trial is on [[DATE_TIME:Wed 15 May 07:45]]. We have your mobile as [[PHONE_NUMBER:07700 913 554]] - reply C to confirm.""",
    """Paternity case for [[PERSON:Kwame Boateng]] and the child [[PERSON:Ama]]: swabs were collected on [[DATE_TIME:10 Jan 2024]] in [[LOCATION:Kumasi]] and the results released to their solicitor, [[PERSON:Efua Mensah]], at [[EMAIL_ADDRESS:emensah@mensahlegal.com.gh]].""",
    """Focus group 3 included [[PERSON:Rosa]] (a [[AGE:62]]-year-old carer from [[LOCATION:Swansea]]), [[PERSON:Tomasz Wiśniewski]] and [[PERSON:Huda Al-Rawi]], who asked that her quotes not be attributed.""",
    """Under the trial insurance, [[PERSON:Gustavo Pereira]] (CPF [[ID_NUMBER:446.178.233-60]]) can claim for his hospital stay of [[DATE_TIME:3 to 6 September 2023]].""",
    """The newborn screening card for baby [[PERSON:Nguyen]], born [[DATE_TIME:04/02/2024 03:17]] at [[LOCATION:Westmead]], was repeated because the first spot was too small; mum [[PERSON:Thi Lan Nguyen]]'s Medicare number is [[ID_NUMBER:2953 41062 1]].""",
    """遺伝カウンセリングのご予約：[[PERSON:高橋 由美子]]様、[[DATE_TIME:2024年4月8日（月）10時30分]]、[[LOCATION:大阪府]][[LOCATION:吹田市]]の外来にて。お薬手帳をご持参ください。""",
    """설문 참여자 사례비는 [[PERSON:이수민]] 님 계좌(신한은행 [[ID_NUMBER:110-482-917365]])로 [[DATE_TIME:5월 20일]]에 입금됩니다.""",
    # everything else
    """[[PERSON:Oksana Hrytsenko]] rang on [[DATE_TIME:19 February]] to say an ATM in [[LOCATION:Fortitude Valley]] swallowed her debit card ending 4417; the replacement is going to [[ADDRESS:14/88 Hawthorne Road]], [[LOCATION:Bulimba]] [[LOCATION:QLD]] [[ZIP_CODE:4171]].""",
    """Claimant [[PERSON:Jean-Baptiste Louis]], a [[AGE:39]] y/o from [[LOCATION:Miami Gardens]], [[LOCATION:FL]], says the water heater burst at [[ADDRESS:18320 NW 27th Ave, Unit 4]] on the night of [[DATE_TIME:6/14]].""",
    """Prescription for [[PERSON:sunita rao]] is ready for pick-up; DOB on file [[DATE_TIME:09-12-1975]], phone [[PHONE_NUMBER:732.618.2094]].""",
    """The tenant, [[PERSON:Mr. Chukwuemeka Obi]], was served at [[ADDRESS:Flat 6, 27 Coldharbour Lane]], [[LOCATION:London]] [[ZIP_CODE:SE5 9NR]] on [[DATE_TIME:1 November 2023]], and the hearing at Lambeth County Court is listed for [[DATE_TIME:14 February 2024 at 10am]].""",
    """[[PERSON:Ms. Okafor]] asked me to remind parents that [[PERSON:Zainab]] and [[PERSON:Tyrese]] still haven't returned their trip forms; [[PERSON:Zainab]]'s student number is [[ID_NUMBER:S2209416]].""",
    """Your place at the [[LOCATION:Nairobi]] campus is confirmed, [[PERSON:Wanjiru Kamau]]. Your registration number is [[ID_NUMBER:C027-01-0923/2024]] and your classes begin on [[DATE_TIME:8 January]].""",
    """Please set up payroll for our new hire [[PERSON:Rhys Llewellyn]] (NI [[ID_NUMBER:JK 47 82 19 C]]), starting [[DATE_TIME:1st April 2024]] on £31,500; he banks with Monzo, sort code 04-00-04, account [[ID_NUMBER:71248390]].""",
    """Return approved for order #W114-882-03: the $84.99 refund goes back to the Mastercard ending 2979 held by [[PERSON:Alyssa Tran-Morales]], and the label was emailed to [[EMAIL_ADDRESS:alyssatm@icloud.com]].""",
    """Guest [[PERSON:Hiroshi Tanaka]] (passport [[ID_NUMBER:TR4817290]]) checked into room 1412 on [[DATE_TIME:12 Aug 2023, 23:40]] and asked for a late checkout.""",
    """The SIM swap for [[PHONE_NUMBER:+63 917 842 3361]] was requested in-store by someone claiming to be [[PERSON:Maria Cristina Dela Cruz]], but the signature didn't match the one on her file.""",
    """Your Centrelink appointment is at [[DATE_TIME:11:20am on Tuesday 23 July]], [[PERSON:Mr. Aziz]]; bring your tax file number ([[ID_NUMBER:254 237 628]]) and a proof of address.""",
    """We'd like to offer [[PERSON:Rohan]] and [[PERSON:Meera Kapoor]] the three-bed at [[ADDRESS:41 Elmhurst Drive]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Z 3K9]], with possession on [[DATE_TIME:June 30]].""",
    """banned [[USERNAME:xXShadowReaperXx]] for chargebacks - the real name on the account is [[PERSON:Dmitri Volkov]], last login from [[IP_ADDRESS:91.203.44.172]] at [[DATE_TIME:2024-03-09 02:14 UTC]].""",
    """Follow my baking at [[URL:https://www.instagram.com/bakeswithbisi]] - I'm [[PERSON:Bisi]], a nurse from [[LOCATION:Peckham]] who bakes at 3am after night shifts.""",
    """User [[PERSON:Gloria Baptiste]] can't reach the VPN from [[IP_ADDRESS:10.44.17.203]]; her laptop's MAC is 3C:22:FB:91:0A:4E and her AD login is [[USERNAME:gbaptiste]].""",
    """Driver note: if [[PERSON:Mrs. Ferreira]] isn't in, leave the parcel with the neighbour at no. 17. Address: [[ADDRESS:15 Brackenbury Close]], [[LOCATION:Swindon]] [[ZIP_CODE:SN2 7HT]].""",
    """[[PERSON:Kofi]]'s personal training block starts [[DATE_TIME:Monday 6 May at 6:30am]] with coach [[PERSON:Danielle]], and the direct debit comes out of his account [[ID_NUMBER:33018462]].""",
    """Bella the labrador belongs to [[PERSON:Fiona MacLeod]] of [[ADDRESS:Rowan Cottage, Braeside Road]], [[LOCATION:Aviemore]] [[ZIP_CODE:PH22 1QD]]; [[PERSON:Fiona]]'s mobile is [[PHONE_NUMBER:07812 440 219]].""",
    """The RSVP from [[PERSON:Tomás]] and [[PERSON:Siobhán Ó Briain]] came in: two adults, one vegetarian, staying at the hotel from [[DATE_TIME:14 June]] to [[DATE_TIME:16 June]].""",
    """[[TITLE:Fr.]] [[PERSON:Augustine Mwangi]] will baptise [[PERSON:Grace Njeri Otieno]] at St Joseph's, [[LOCATION:Kisumu]], on [[DATE_TIME:Sunday 28 April]]; both parents are practising [[NRP:Catholics]].""",
    """Account holder: [[PERSON:Deepak Sharma]]. Supply address: [[ADDRESS:Flat 2B, 9 Carrington Street]], [[LOCATION:Nottingham]] [[ZIP_CODE:NG1 7FF]]. Moved in: [[DATE_TIME:02/01/2024]]. Opening read: 48213.""",
    """Renter [[PERSON:Jordan Whitfield]] showed Texas driver's license [[US_DRIVER_LICENSE:40271833]] and paid the deposit on Amex [[CREDIT_CARD:3762 661344 11845]].""",
    """[[PERSON:Ahmad Karimi]], an [[NRP:Afghan]] national born [[DATE_TIME:1 January 1988]], holds passport [[ID_NUMBER:P01934772]] and has lived in [[LOCATION:Wolverhampton]] since 2021.""",
    """omg [[PERSON:jess]] matched with a guy called [[PERSON:marcus]] whose bio says he's [[AGE:34]] and lives in [[LOCATION:Shoreditch]] but his insta is [[USERNAME:marcus.lifts.91]] lmao""",
    """Thank you, [[PERSON:Harpreet Kaur Sandhu]], for your monthly gift of £15 by direct debit from account [[ID_NUMBER:40918823]]; your Gift Aid declaration of [[DATE_TIME:12/03/2022]] is on file.""",
    """Pick-up authorisation: [[PERSON:Leah Goldberg]] may collect [[PERSON:Noa]] ([[AGE:4]]) from Little Acorns. [[PERSON:Leah]]'s number is [[PHONE_NUMBER:(917) 304-8812]].""",
    """[[PERSON:Mrs. Evangeline Sutherland]], [[AGE:89]], of [[ADDRESS:Room 14, Kowhai House, 3 Marine Parade]], [[LOCATION:Napier]], had a fall on [[DATE_TIME:7 March at about 4 pm]]; her son [[PERSON:Graham]] was phoned on [[PHONE_NUMBER:06-835 2217]].""",
    """The service for the late [[PERSON:Bongani Zulu]] (born [[DATE_TIME:12 July 1946]]) will be held in [[LOCATION:Pietermaritzburg]] on [[DATE_TIME:Saturday, 16 March]].""",
    """The IRS letter for [[PERSON:Guadalupe Ortega]], SSN [[US_SSN:521-48-3376]], says the 2022 return she filed on [[DATE_TIME:April 12, 2023]] under-reported her income.""",
    """Loan applicant [[PERSON:Adebayo Ogunleye]] earns about N450,000 a month; BVN [[ID_NUMBER:22184639051]], phone [[PHONE_NUMBER:0803 447 1290]], address [[ADDRESS:12 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]].""",
    """Witness [[PERSON:Ravi Subramaniam]], [[AGE:35]], NRIC [[ID_NUMBER:S8975989G]], told officers he saw a silver hatchback, plate [[ID_NUMBER:SJK 4471 T]], leave the car park in [[LOCATION:Bedok]] around 9pm.""",
    """Stayed three nights in [[LOCATION:Cebu]] and the front desk handed my room key to a stranger. Never again. - [[PERSON:Janelle R.]], [[LOCATION:Quezon City]]""",
    """A transfer of €2,300 from [[PERSON:Aisling Brennan]]'s account [[IBAN_CODE:IE51AIBK64667368969384]] to a new payee was flagged on [[DATE_TIME:27/11/2023 at 14:52]]; her PPSN, [[ID_NUMBER:6111471M]], had been used to pass verification.""",
    """refill for metformin 500mg - patient [[PERSON:lokelani akana]], dob [[DATE_TIME:3/3/58]], member id [[ID_NUMBER:XQJ884719203]], deliver to [[ADDRESS:98-1005 Moanalua Rd Apt 2210]], [[LOCATION:Aiea]] [[LOCATION:HI]] [[ZIP_CODE:96701]]""",
    """Junior registration: [[PERSON:Aarav Patel]] (U12), date of birth [[DATE_TIME:18.05.2013]]; parent [[PERSON:Nisha Patel]], [[EMAIL_ADDRESS:nisha.patel@btinternet.com]], [[PHONE_NUMBER:07445 219 806]].""",
    """The overdue notice for library card [[ID_NUMBER:21982004417326]] went to [[PERSON:Bronwen Hughes]] at [[ADDRESS:PO Box 412]], [[LOCATION:Alice Springs]] [[LOCATION:NT]] [[ZIP_CODE:0871]].""",
    """To file your T4, [[PERSON:Yusuf Abdi]], we need your SIN - I have it as [[ID_NUMBER:542 900 592]] and your address as [[ADDRESS:1203-55 Erskine Ave]], [[LOCATION:Toronto]].""",
    """KYC done for [[PERSON:Lakshmi Venkataraman]]: Aadhaar [[ID_NUMBER:3872 3125 5815]], PAN [[ID_NUMBER:AKLPV4821M]], mobile [[PHONE_NUMBER:+91 98450 33127]], DOB [[DATE_TIME:14 Aug 1969]].""",
    """[[PERSON:Daan de Vries]]'s BSN is [[ID_NUMBER:516362550]]; he moved to [[ADDRESS:Prinsengracht 263-2]], [[ZIP_CODE:1016 GV]] [[LOCATION:Amsterdam]] on [[DATE_TIME:1 Feb 2024]].""",
    """Hi [[PERSON:Wei Ling]], your HDB appointment is confirmed for [[DATE_TIME:15/04/2024, 3.30pm]] at the [[LOCATION:Toa Payoh]] hub. Please bring your NRIC ([[ID_NUMBER:T6285225E]]).""",
    """i think it was [[PERSON:mohammed]]'s idea to post everyone's addresses in the group chat, which is how [[PERSON:ellie]] ended up with mine ([[ADDRESS:7 Orchard Way]], [[LOCATION:Didcot]]).""",
    """The parcel was signed for at 12:06 by [[PERSON:T. Mahlangu]].""",
    """At [[AGE:seventy-three]], [[PERSON:Agnes Whitmore]] became the oldest graduate in the university's history, collecting her degree on [[DATE_TIME:July 19]] with her grandchildren watching.""",
    """Thanks for applying, [[PERSON:Kemal]]. Your interview for the data analyst role is on [[DATE_TIME:Thu, 11 Jul 2024 14:00 BST]] with [[PERSON:Sarah O'Neill]] and [[PERSON:Raj]].""",
    """[[PERSON:Dr. Mwale]] can see [[PERSON:Chisomo Banda]] on [[DATE_TIME:the 3rd of June]]; the surgery's number is 01632 960 118 if she needs to cancel.""",
    """Security questions passed: mother's maiden name [[PERSON:Kowalczyk]], first school St Mary's. Caller [[PERSON:Patrick Doyle]], card [[CREDIT_CARD:5112525548080480]], verified at 10:42.""",
    """Passenger [[PERSON:AKINOLA/OLUWATOBI]] [[TITLE:MR]], seat 32A, LOS-LHR on [[DATE_TIME:18 DEC 2023]], passport [[ID_NUMBER:A07712459]], booking ref QX7LMB.""",
    """[[PERSON:渡辺 彩]]様、ご登録の携帯番号[[PHONE_NUMBER:080-3927-1146]]宛に確認コードを送信しました。ログイン日時：[[DATE_TIME:2024年6月1日 22:41]]、IPアドレス：[[IP_ADDRESS:126.72.19.240]]。お心当たりがない場合はパスワードを変更してください。""",
    """お届け先：〒[[ZIP_CODE:220-0012]] [[LOCATION:神奈川県]][[LOCATION:横浜市]][[LOCATION:西区]][[ADDRESS:みなとみらい3-5-1 パークタワー1204号室]] [[PERSON:小林 直樹]] 様。お問い合わせ番号 4471-2290-8831 で配送状況を確認できます。""",
    """[[PERSON:최영호]] 씨는 [[DATE_TIME:2024년 3월 15일]]에 [[LOCATION:서울특별시]] [[LOCATION:마포구]] [[ADDRESS:월드컵북로 396, 102동 1503호]]로 전입신고를 했습니다.""",
    """신입사원 [[PERSON:정하늘]]의 주민등록번호는 [[ID_NUMBER:010719-3833294]]이고 입사일은 [[DATE_TIME:2024년 7월 1일]]입니다.""",
    """The other driver, [[PERSON:Kelechi Nwosu]], gave his number as [[PHONE_NUMBER:+234 809 112 4478]] and his policy as AXA-NG-0093312, and said he lives in [[LOCATION:Victoria Island]].""",
    """[[PERSON:Maddie]]'s EpiPen is in the front pocket - she's [[AGE:11]], allergic to peanuts, and her mum [[PERSON:Claire Whitaker]] is on [[PHONE_NUMBER:0412 883 205]].""",
    """Has anyone seen a grey cat near [[ADDRESS:22 Riverside Crescent]]? It belongs to the [[PERSON:Abernathy]] family and answers to Smudge.""",
    """[[PERSON:Marguerite Lalonde]] joined as a [[NRP:Liberal]] party member on [[DATE_TIME:22 September 2019]], giving her address as [[ADDRESS:88 Rideau Terrace]], [[LOCATION:Ottawa]].""",
    """Please cancel my subscription effective immediately and stop charging my Visa [[CREDIT_CARD:4976-0818-1303-3984]]. Regards, [[PERSON:Callum Fitzgerald-Rowe]]""",
    """[[PERSON:Harriet Ashworth]]'s driving licence number is [[ID_NUMBER:ASHWO857214H99LK]] and it expires on 14/05/2031.""",
]

BENCH = [
    # ai4privacy-like
    """Dear [[PERSON:Ms. Imogen Achterberg]], as our new Senior Mobility Architect you will collect your equipment at [[ADDRESS:7781 Kuhlman Springs, Suite 604]], [[LOCATION:East Lavernechester]]. Please confirm your login [[USERNAME:imogen.achterberg88]] from IP [[IP_ADDRESS:143.91.22.7]] before [[DATE_TIME:09/14/2023]].""",
    """The [[AGE:57]]-year-old Lead Factors Analyst [[PERSON:Rosalind Oyelaran]] reported that her Visa [[CREDIT_CARD:4232816863262037]] (exp 08/27, CVV 391) was used at a kiosk in [[LOCATION:North Shaniyaberg]] from a browser identifying as Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36.""",
    """Transfer instructions for [[PERSON:Gaspard Lemaire-Okoye]]: IBAN [[IBAN_CODE:FR7605870650425314182086406]], BIC BNPAFRPPXXX, reference INV-88213. Beneficiary address: [[ADDRESS:14 Rue des Acacias]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]].""",
    """Hey [[PERSON:Zeke]], the MAC 00:1B:44:11:3A:B7 on your workstation at [[ADDRESS:4410 Rath Parkway]] keeps dropping off, so I pinned it to [[IP_ADDRESS:fe80::1c2b:9aff:fe44:7d10]]. - [[PERSON:Marisela]], Dynamic Web Liaison""",
    """[[PERSON:Kaito Reinholt]], male, born [[DATE_TIME:April 3rd, 1979]], height 5 ft 11, is requesting a duplicate of his Wisconsin driver's licence [[US_DRIVER_LICENSE:R163-4172-9041-05]] to be sent to [[ADDRESS:902 Langdon St, Apt 3]], [[LOCATION:Madison]], [[LOCATION:WI]] [[ZIP_CODE:53703]].""",
    """Invoice 3321 for the kinesiology session at [[ADDRESS:62915 Zora Manor, Suite 530]] has been charged to [[PERSON:Prudence Wainaina]]'s Discover [[CREDIT_CARD:6011158749083283]]; the receipt went to [[EMAIL_ADDRESS:Prudence_Wainaina32@yahoo.com]].""",
    """Account [[ID_NUMBER:88410273]] (Home Loan Account) held by [[PERSON:Mrs. Beatrix Koenig-Ampofo]] shows a payment of GHS 4,510.22 from [[PHONE_NUMBER:+233 24 418 7702]] on [[DATE_TIME:2023-02-11T08:45:10Z]].""",
    """Reminder for [[PERSON:Ignatius]]: your pronouns (they/them) have been saved. Your security PIN 8841 and password Qx7!rTm2pL are needed to open your profile at [[URL:https://members.rivetcollective.org/u/ignatius-obi]].""",
    """Our Chief Directives Officer, [[PERSON:Dr. Yevgenia Marchetti]], will lead the audit at [[ADDRESS:9 Lowther Gardens, Floor 3]], [[LOCATION:Aberdeenshire]]; she can be reached on [[PHONE_NUMBER:+44 1224 775 310]] or at [[EMAIL_ADDRESS:y.marchetti@greenhollow.co.uk]].""",
    """Subject: overdue loan. [[PERSON:Ms. Aroha Ngata]], account [[ID_NUMBER:02-0500-0894213-00]], owes NZ$1,204.50; write to [[EMAIL_ADDRESS:aroha_ngata@hotmail.co.nz]] or visit us with the notice at [[ADDRESS:318 Great South Road]], [[LOCATION:Papatoetoe]], [[LOCATION:Auckland]] [[ZIP_CODE:2025]].""",
    """Please reimburse [[PERSON:Kalinda Birrell]] (employee no. [[ID_NUMBER:E-204-7713]]), a [[AGE:33]] y.o. District Optimization Planner, to Amex [[CREDIT_CARD:345803765345534]] exp 11/26.""",
    """[[PERSON:Fenella]] from the [[LOCATION:Lower Hutt]] branch reset the password for [[USERNAME:fenella_w]] at 03:12 after a login attempt from [[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]] using Opera/9.80 (Android 2.3.4; Linux; Opera Mobi/ADR-1111101157; U; es-ES) Presto/2.9.201 Version/11.50.""",
    """Medical note: [[PERSON:Mr. Chinedu Okwuosa]], [[AGE:64]], eye colour brown, weight 82 kg, DOB [[DATE_TIME:02/28/1959]], attended the clinic at [[ADDRESS:552 Schinner Ferry]] on [[DATE_TIME:March 5, 2023]] for a hypertension review.""",
    """Your virtual card [[CREDIT_CARD:5394 6466 9670 2979]] linked to IBAN [[IBAN_CODE:DE73064882506600685153]] has been frozen, [[PERSON:Hannelore]]. To unfreeze it, bring ID to our branch or confirm your home address, [[ADDRESS:Kastanienallee 45]], [[ZIP_CODE:10435]] [[LOCATION:Berlin]], in the app.""",
    """The Regional Branding Engineer [[PERSON:Sandeep Gill]] (he/him), residing at [[ADDRESS:16 Harcourt Mews, Apt 3]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3T 2W1]], submitted his SIN [[ID_NUMBER:637 039 892]] for the payroll change.""",
    """Greetings [[PERSON:Ayodele]], your data ethics webinar is at [[DATE_TIME:16:00 on 12/07/2024]]. Join from [[IP_ADDRESS:102.89.33.14]] only; your meeting PIN is 4472.""",
    """Transaction alert for [[PERSON:Ramesh Iyer]]: INR 18,400 debited on [[DATE_TIME:14-03-2024 19:22]] from account [[ID_NUMBER:50100238841927]] (IFSC HDFC0001234) at a merchant in [[LOCATION:Pune]]. Not you? Call 1800 202 6161.""",
    """[[PERSON:Saoirse]], your onboarding as Internal Assurance Facilitator starts with a badge photo at [[ADDRESS:Block C, 2 Grand Canal Square]], [[LOCATION:Dublin 2]], [[ZIP_CODE:D02 A342]]. Your PPS number [[ID_NUMBER:6731622BA]] and IBAN [[IBAN_CODE:IE37 BOFI 5516 9826 6710 69]] are on record.""",
    """In the 2023 survey, respondent [[PERSON:Mitra Farahani]], [[AGE:41]], [[NRP:Iranian-Canadian]], female, gave her employer as Hoppe - Kihn and her personal site as [[URL:https://mitrafarahani.ca]].""",
    """Send the replacement router to [[PERSON:Tavita Leiataua]], [[ADDRESS:4/17 Selwyn Street]], [[LOCATION:Onehunga]] [[ZIP_CODE:1061]]. Old device MAC b8:27:eb:4f:12:9c, serial RTX-99021-B; new static IP [[IP_ADDRESS:121.98.140.55]].""",
    """[[PERSON:Eleni Papadakis]] paid the £9,250 tuition with card [[CREDIT_CARD:2223 9611 3968 5978]], expiry 03/28, CVC 044, billing postcode [[ZIP_CODE:N8 7QB]].""",
    """Hi [[PERSON:Obinna]]! The crew for your move on [[DATE_TIME:Saturday, 20 July 2024]] will load at [[ADDRESS:Apartment 12B, 33 Ozumba Mbadiwe Avenue]], [[LOCATION:Victoria Island]], and unload at [[ADDRESS:7 Kofo Abayomi Close]], [[LOCATION:Ikoyi]].""",
    """Log: user [[USERNAME:amira.haddad]] (Investor Usability Agent) changed her recovery email to [[EMAIL_ADDRESS:amira.h.1990@proton.me]] on [[DATE_TIME:2023-11-30 17:05:44]] from [[IP_ADDRESS:185.220.101.42]].""",
    """Grant payout: [[PERSON:Jarrah Wilson]], BSB 062-000, account [[ID_NUMBER:1044 8723]], TFN [[ID_NUMBER:447 053 167]], [[ADDRESS:Unit 5, 21 Cavenagh Street]], [[LOCATION:Darwin]] [[LOCATION:NT]] [[ZIP_CODE:0800]].""",
    """Heads up [[PERSON:Tanvir]], the car with plate [[ID_NUMBER:LK19 XWP]] registered to you got a PCN on [[DATE_TIME:03/10/2023]] outside [[ADDRESS:118 Stamford Hill]], [[LOCATION:Hackney]].""",
    """Confidential: [[PERSON:Mr. Ishaan Malhotra]]'s new US passport [[US_PASSPORT:A04481927]] was mailed on [[DATE_TIME:Jan 8, 2024]] to [[ADDRESS:2219 Lakeview Ter, Apt 6C]], [[LOCATION:Edison]], [[LOCATION:NJ]] [[ZIP_CODE:08817]].""",
    """New account: [[PERSON:Sizwe Mahlangu]] / [[USERNAME:sizwe_m_za]] / [[EMAIL_ADDRESS:smahlangu@webmail.co.za]] / ID [[ID_NUMBER:9307257284083]] / DOB [[DATE_TIME:25/07/1993]] / tier: silver""",
    """[[PERSON:Jacqueline]] (Legacy Interactions Producer) asks that her salary go to [[IBAN_CODE:ES67 9845 4747 1242 4529 9297]] instead of her old account; she now lives at [[ADDRESS:Calle de Alcalá 148, 4º B]], [[ZIP_CODE:28009]] [[LOCATION:Madrid]].""",
    """Device fingerprint for [[PERSON:Luca Bianchi]]: IPv4 [[IP_ADDRESS:79.31.204.118]], IPv6 [[IP_ADDRESS:2a01:4f8:c17:3e5a::1]], MAC 4C:ED:FB:A2:61:07, UA Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1.""",
    """We regret to inform [[PERSON:Mx. Rowan Ellery]] that the refund to Mastercard [[CREDIT_CARD:5152-9323-9275-6358]] failed; their account PIN 0931 was locked at 14:02.""",
    """Appointment for [[PERSON:Mrs. Fatuma Hassan]], [[AGE:70]], at [[ADDRESS:Bldg 4, 1200 Pine Ridge Blvd]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55407]]: [[DATE_TIME:Tue 02/13/2024 9:15 AM]]. Interpreter requested (Somali).""",
    """Hi [[PERSON:Rafe Albrecht]], you received €640.00 from [[PERSON:Marit Janssen]] (IBAN [[IBAN_CODE:NL39 INGB 8442 5458 32]]) with the reference "bike + helmet".""",
    """Update for [[PERSON:Ms. Tupou]]: [[LOCATION:Bedfordshire]] approved the permit for [[ADDRESS:Flat 1, 3 Alma Street]], [[LOCATION:Luton]] [[ZIP_CODE:LU1 2PL]]; reference BDF/2024/0417.""",
    """[[PERSON:Khadija Benali]] (she/her), Forward Metrics Orchestrator, was issued company card [[CREDIT_CARD:4497914333301954]] and laptop serial C02XG2JHJGH5; her building access ID is [[ID_NUMBER:BA-771204]].""",
    """Dear [[PERSON:Bartholomew]], your visit to our vintage fair was recorded on [[DATE_TIME:19th October 2023]]; confirm your age ([[AGE:27]]) and zip code ([[ZIP_CODE:30318]]) to claim the raffle prize.""",
    """Please ship the braille display to [[PERSON:Rangi Parata]], [[ADDRESS:RD 2]], [[LOCATION:Whakatane]] [[ZIP_CODE:3192]]; contact [[PHONE_NUMBER:027 614 0932]].""",
    """Security log: failed 2FA for [[EMAIL_ADDRESS:nikhil.bhattacharya@gmail.com]] at [[DATE_TIME:2024-01-17 03:41:09 IST]] from [[IP_ADDRESS:49.36.88.201]]; the account owner, [[PERSON:Nikhil Bhattacharya]], was notified on [[PHONE_NUMBER:+91-99300-48172]].""",
    """[[PERSON:Yolanda Castillo-Brooks]], DOB [[DATE_TIME:1984/11/07]], SSN [[US_SSN:612-40-8817]], requests that her W-2 be mailed to [[ADDRESS:PO Box 1187]], [[LOCATION:Las Cruces]], [[LOCATION:NM]] [[ZIP_CODE:88004]].""",
    """Attention: the 3D printing lab at [[ADDRESS:40 Tinakori Road]] is booked by [[PERSON:Ngaio Te Rangi]] and [[PERSON:Felix Ambrose]] [[DATE_TIME:from 10:00 to 14:00 on 5 June]]; bill Visa [[CREDIT_CARD:4287 3479 4183 8931]].""",
    """[[PERSON:Gwendolyn Asante]] signed the NDA on [[DATE_TIME:06.09.2023]] at the [[LOCATION:Accra]] office; witness [[PERSON:Kojo Addo]], Ghana Card [[ID_NUMBER:GHA-718204993-4]].""",
    """[[PERSON:森 拓也]]様（[[AGE:45]]歳・男性）、ご登録のクレジットカード[[CREDIT_CARD:3530 5416 2400 1323]]（有効期限 09/27）で決済が完了しました。ご利用端末のIP：[[IP_ADDRESS:153.142.8.77]]。""",
    """[[PERSON:윤다은]] 고객님, [[DATE_TIME:2024-02-06 14:31]]에 새 기기(Mozilla/5.0 (Linux; Android 14; SM-S918N))에서 로그인이 확인되었습니다. 등록된 휴대폰 [[PHONE_NUMBER:010-7731-2048]]로 인증번호를 보냈습니다.""",
    # gretel-like domain documents
    """CLAIM FORM - Homeowners
Claim No.: HO-2024-118372
Policyholder: [[PERSON:Marcus Delacroix]]
Date of Birth: [[DATE_TIME:03/22/1971]]
Property Address: [[ADDRESS:2847 Willow Bend Road]], [[LOCATION:Baton Rouge]], [[LOCATION:LA]] [[ZIP_CODE:70808]]
Date of Loss: [[DATE_TIME:August 29, 2023]]
Description: Roof and gutter damage from a fallen oak during the storm. Adjuster [[PERSON:Kimberly Thibodeaux]] inspected on [[DATE_TIME:September 5, 2023]].
Contact: [[PHONE_NUMBER:(225) 381-4720]] / [[EMAIL_ADDRESS:mdelacroix71@gmail.com]]""",
    """THIS EMPLOYMENT AGREEMENT is made on [[DATE_TIME:15 January 2024]] between Kestrel Analytics Pty Ltd ("the Employer") and [[PERSON:Anh Thu Pham]] of [[ADDRESS:12 Boronia Avenue]], [[LOCATION:Cabramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2166]] ("the Employee"). The Employee will commence employment on [[DATE_TIME:5 February 2024]] as a Data Engineer, reporting to [[PERSON:Gregory Lim]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Eileen Mary O'Sullivan]]   MRN: [[ID_NUMBER:4471-0923]]   DOB: [[DATE_TIME:19/04/1948]] ([[AGE:75]] y)
Admitted: [[DATE_TIME:02/12/2023]]   Discharged: [[DATE_TIME:09/12/2023]]
Consultant: [[PERSON:Dr. Niamh Gallagher]]
Diagnosis: community-acquired pneumonia, resolved. Follow-up with GP ([[PERSON:Dr. Farouk]], [[LOCATION:Ballyfermot]]) within 2 weeks.
Next of kin: [[PERSON:Declan O'Sullivan]] (son), [[PHONE_NUMBER:086 223 4198]]""",
    """PERSONAL LOAN APPLICATION
Applicant name: [[PERSON:Joseph Kiprotich Langat]]
National ID: [[ID_NUMBER:28741196]]   KRA PIN: [[ID_NUMBER:A004418273Z]]
Mobile: [[PHONE_NUMBER:0722 418 903]]   Email: [[EMAIL_ADDRESS:jklangat@yahoo.com]]
Residential address: [[ADDRESS:House 14, Ngong Road Estate]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]]
Employer: Safaricom PLC   Monthly income: KES 185,000
Amount requested: KES 600,000 over 36 months""",
    """NOTICE TO PAY RENT OR QUIT
To: [[PERSON:Tamika Rollins]] and all other occupants
Premises: [[ADDRESS:3390 Crenshaw Blvd, Unit 207]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90016]]
The rent of $2,150.00 that fell due on [[DATE_TIME:March 1, 2024]] remains unpaid. Within three (3) days after service of this notice you must pay it in full or deliver up possession of the premises.
Served by: [[PERSON:Hector Salinas]], agent for owner, on [[DATE_TIME:March 6, 2024]]""",
    """PRIOR AUTHORIZATION REQUEST
Member: [[PERSON:Raymond Two Bulls]]   Member ID: [[ID_NUMBER:W448120937]]   Group: 00819
DOB: [[DATE_TIME:11-02-1966]]   Phone: [[PHONE_NUMBER:605-867-2231]]
Address: [[ADDRESS:PO Box 227]], [[LOCATION:Pine Ridge]], [[LOCATION:SD]] [[ZIP_CODE:57770]]
Prescriber: [[PERSON:Dr. Alicia Whitehorse]]
Medication: adalimumab 40 mg/0.4 mL every other week; prior methotrexate failure documented.""",
    """MOTOR VEHICLE ACCIDENT REPORT
Date/time of accident: [[DATE_TIME:14/11/2023 08:20]]
Place: Hosur Road near Silk Board junction, [[LOCATION:Bengaluru]]
Driver 1: [[PERSON:Siddharth Rao]], licence [[ID_NUMBER:KA05 20110048753]], vehicle reg [[ID_NUMBER:KA 05 MN 4471]]
Driver 2: [[PERSON:Fathima Beevi]], licence [[ID_NUMBER:KL07 20150021984]], vehicle reg [[ID_NUMBER:KL 07 BZ 9902]]
Statement: Driver 2 braked suddenly; Driver 1 could not stop in time. No injuries.""",
    """[[PERSON:Mr. Olumide Bankole]]
[[ADDRESS:Flat 9, Sovereign Court]]
[[ADDRESS:44 Whitworth Street]]
[[LOCATION:Manchester]]
[[ZIP_CODE:M1 3NR]]

Dear [[PERSON:Mr Bankole]],
We are writing to confirm that the direct debit from your account [[IBAN_CODE:GB39 BARC 2559 1147 0843 78]] to Northline Gym was cancelled on [[DATE_TIME:9 January 2024]] at your request. No further payments will be taken.""",
    """BENEFICIARY DESIGNATION
Insured: [[PERSON:Chen Wei-Ming]], born [[DATE_TIME:1980-06-17]], NRIC [[ID_NUMBER:S8050984G]]
Primary beneficiary: [[PERSON:Chen Li Hua]] (spouse), 60%
Contingent beneficiary: [[PERSON:Chen Jia Hui]] (daughter), 40%
Signed at [[LOCATION:Singapore]] on [[DATE_TIME:3 March 2022]]""",
    """Form W-9 (excerpt)
1 Name: [[PERSON:Dorothea Vance-Ibekwe]]
2 Business name: Vance Ceramics LLC
5 Address: [[ADDRESS:615 Magnolia St]]
6 City, state, ZIP: [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31401]]
Part I Social security number: [[US_SSN:258-61-4093]]
Signature date: [[DATE_TIME:01/19/2024]]""",
    """Re: [[PERSON:Alhassan Musa]], DOB [[DATE_TIME:07.09.1985]], NHS No. [[ID_NUMBER:850 120 2193]]
Dear [[PERSON:Dr. Whitfield]], I would be grateful if you could see this [[AGE:38]]-year-old man with persistent microscopic haematuria. He lives at [[ADDRESS:27 Clifton Terrace]], [[LOCATION:Brighton]] [[ZIP_CODE:BN1 3HA]] and can be reached on [[PHONE_NUMBER:07923 118 447]].
Yours sincerely, [[PERSON:Dr. Anjali Bose]]""",
    """NOTICE OF DEFAULT
Loan No. [[ID_NUMBER:0048817263]]
Borrowers: [[PERSON:Wesley Okonjo]] and [[PERSON:Priscilla Okonjo]]
Property: [[ADDRESS:1142 Fairmount Ave]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19123]]
You are now 90 days past due. To cure the default you must pay $7,884.16 within 30 days of this notice.""",
    """INCIDENT REPORT #IR-2291
Employee: [[PERSON:Lucía Ramírez Ortega]] (Staff ID [[ID_NUMBER:0071843]])
Supervisor: [[PERSON:Grant Holloway]]
Date and time of incident: [[DATE_TIME:Feb 27, 2024, approx. 3:40 p.m.]]
Location: Warehouse B, loading dock 3
Summary: Employee slipped on a wet floor and reported pain in her left wrist. First aid was given by [[PERSON:Desmond Achebe]].""",
    """I, [[PERSON:Margaret Anne Pellegrino]], of [[ADDRESS:9 Thornbury Rise]], [[LOCATION:Harrogate]], [[LOCATION:North Yorkshire]] [[ZIP_CODE:HG2 0BN]], declare this to be my last will and revoke all earlier wills. I appoint my nephew [[PERSON:Stefano Pellegrino]] of [[LOCATION:Leeds]] as my executor. Signed on [[DATE_TIME:the 4th day of July 2019]] in the presence of [[PERSON:Joan Bickerstaff]] and [[PERSON:Amrit Dhillon]].""",
    """FINAL NOTICE
Service address: [[ADDRESS:77 Hollis Street, Apt 3]], [[LOCATION:Framingham]], [[LOCATION:MA]] [[ZIP_CODE:01702]]
Account holder: [[PERSON:Benedict Osei]]
Account number: [[ID_NUMBER:5521 8840 19]]
Amount past due: $412.37
Your gas service will be disconnected on or after [[DATE_TIME:April 22, 2024]] unless payment is received. Customer service: 1-800-592-2000.""",
    """Study: A Phase III Randomized Trial of Zavolitinib in Adults with Moderate Asthma (Protocol ZAV-301, NCT05518842)
Participant name (print): [[PERSON:Roberto Esposito]]
Participant ID: [[ID_NUMBER:ZAV301-118-004]]
Participant signature date: [[DATE_TIME:10/05/2023]]
Person obtaining consent: [[PERSON:Keisha Morgan]], RN""",
    """[[DATE_TIME:March 18, 2024]]
To: Dispute Department, First Horizon Card Services
From: [[PERSON:Abigail Nkemelu]], [[ADDRESS:405 Peachtree Lane]], [[LOCATION:Marietta]], [[LOCATION:GA]] [[ZIP_CODE:30060]]
Card number: [[CREDIT_CARD:4825 1567 4833 8378]]
I am disputing a charge of $1,289.00 from TECHZONE ONLINE that I did not authorize. Please reverse it and issue a new card.""",
    """OFFICIAL TRANSCRIPT
Student: [[PERSON:Kavya Reddy]]   Student ID: [[ID_NUMBER:900418276]]   DOB: [[DATE_TIME:12/30/2001]]
Program: BS Biochemistry   Degree conferred: [[DATE_TIME:May 18, 2023]]
Cumulative GPA: 3.78   Honors: cum laude""",
    """To the Visa Officer,
I, [[PERSON:Emmanuel Tshabalala]], a [[NRP:South African]] citizen residing at [[ADDRESS:31 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2193]], confirm that I will support my sister [[PERSON:Nomvula Tshabalala]] (passport [[ID_NUMBER:A08812745]]) during her visit from [[DATE_TIME:1 to 21 December 2024]].""",
    """Adjuster notes - Claim AU-558201. Insured [[PERSON:Mélanie Bouchard]] called on [[DATE_TIME:2024-01-09]] about a collision at Boul. Laurier and Route de l'Église, [[LOCATION:Québec]]. Other party: [[PERSON:Kevin Tremblay]], [[PHONE_NUMBER:418-647-2210]]. Insured's plate [[ID_NUMBER:F45 GHX]]; rental authorised until 01/19.""",
    """Patient: [[PERSON:Manaia Tuilagi]]   Chart #: [[ID_NUMBER:D-20931]]   Age: [[AGE:12]]
Guardian: [[PERSON:Losa Tuilagi]], [[PHONE_NUMBER:(808) 671-2204]]
Visit: [[DATE_TIME:6/18/2024]] - sealants placed on #3, #14, #19, #30; next recall in 6 months.""",
    """CLIENT PROFILE
Name: [[PERSON:Harold Fitzwilliam III]]
Citizenship: [[NRP:British]]   Tax residence: [[LOCATION:Jersey]]
DOB: [[DATE_TIME:30 Nov 1952]]
Risk profile: balanced   Investable assets: GBP 2.4m
Custody account: [[ID_NUMBER:JSY-88173-02]]
Email: [[EMAIL_ADDRESS:h.fitzwilliam@jerseymail.je]]""",
    """Case No. 2023-D-004417 (Domestic Relations, [[LOCATION:Chicago]]). In re the Marriage of [[PERSON:Daniel J. Kowalski]], Petitioner, and [[PERSON:Renata Kowalski]], Respondent. ORDER: The Respondent shall have parenting time with the minor child, [[PERSON:E.K.]], on alternate weekends beginning [[DATE_TIME:Friday, June 7, 2024]]. Entered by Judge [[PERSON:Maria L. Gonzales]].""",
    """AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION
I, [[PERSON:Tran Van Minh]], DOB [[DATE_TIME:04/15/1962]], authorize Mercy Regional Medical Center to release my records from [[DATE_TIME:01/01/2022]] to [[DATE_TIME:12/31/2023]] to [[PERSON:Linh Tran]] (daughter), [[ADDRESS:8821 Bellaire Blvd, Apt 14]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77036]].
Signature: ____________   Date: [[DATE_TIME:02/20/2024]]""",
    """[[DATE_TIME:12 June 2024]]
Dear [[PERSON:Ms. Shreya Chatterjee]],
We are pleased to award you the Mehta Foundation Scholarship for 2024-25. The amount of Rs 75,000 will be credited to your account [[ID_NUMBER:30218844719]] (SBI, IFSC SBIN0004417). Please confirm receipt to scholarships@mehtafoundation.org or from [[EMAIL_ADDRESS:shreya.c2004@gmail.com]] if that is easier.""",
    """TRAVEL INSURANCE CLAIM
Traveller: [[PERSON:Nathan Kourakis]]   Policy: TI-7710293
Medicare card: [[ID_NUMBER:4187 09252 2]]
Incident: luggage lost on arrival in [[LOCATION:Denpasar]] on [[DATE_TIME:22/09/2023]]
Refund to: BSB 083-004, account [[ID_NUMBER:618 204 993]]
Home address: [[ADDRESS:6 Lygon Court]], [[LOCATION:Brunswick East]] [[LOCATION:VIC]] [[ZIP_CODE:3057]]""",
    """診療情報提供書
患者氏名：[[PERSON:石井 春香]]（[[AGE:67]]歳）
生年月日：[[DATE_TIME:昭和31年5月20日]]
住所：[[LOCATION:千葉県]][[LOCATION:船橋市]][[ADDRESS:本町4-12-8]]
電話：[[PHONE_NUMBER:047-431-8826]]
紹介先：[[PERSON:松本]]先生
傷病名：2型糖尿病、高血圧症。HbA1cの推移をご確認ください。""",
    """보험금 청구서
청구인: [[PERSON:한지민]]
주민등록번호: [[ID_NUMBER:921102-2121675]]
연락처: [[PHONE_NUMBER:010-2298-4417]]
사고일시: [[DATE_TIME:2024년 4월 3일 18시 20분]]
사고장소: [[LOCATION:부산광역시]] [[LOCATION:해운대구]] [[ADDRESS:해운대해변로 264]]
입금계좌: 국민은행 [[ID_NUMBER:204-21-0488-127]]""",
    """賃貸借契約書（抜粋）
借主：[[PERSON:鈴木 大輔]]
物件所在地：[[LOCATION:東京都]][[LOCATION:世田谷区]][[ADDRESS:三軒茶屋2-14-7 コーポ三軒茶屋302号室]]
契約開始日：[[DATE_TIME:令和6年4月1日]]
借主連絡先：[[PHONE_NUMBER:070-5582-3309]]
連帯保証人：[[PERSON:鈴木 正志]]（父）""",
    # Nemotron-like structured text
    """{"customer_id": "[[ID_NUMBER:CUS-0048213]]", "full_name": "[[PERSON:Olga Petrenko]]", "email": "[[EMAIL_ADDRESS:olga.petrenko@ukr.net]]", "phone": "[[PHONE_NUMBER:+380 67 412 8830]]", "dob": "[[DATE_TIME:1983-02-19]]", "shipping": {"street": "[[ADDRESS:19 Pembroke Road]]", "city": "[[LOCATION:Bristol]]", "postcode": "[[ZIP_CODE:BS8 3BA]]"}, "marketing_opt_in": false, "loyalty_tier": "gold"}""",
    """[[DATE_TIME:2024-03-11T09:14:22.481Z]] INFO  auth.login success user=[[USERNAME:jdiaz]] ip=[[IP_ADDRESS:172.16.40.18]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 13_5) AppleWebKit/605.1.15"
[[DATE_TIME:2024-03-11T09:15:03.007Z]] WARN  profile.update user=[[USERNAME:jdiaz]] field=email old=[[EMAIL_ADDRESS:jorge.diaz@fastmail.com]] new=[[EMAIL_ADDRESS:jdiaz.work@fastmail.com]]
2024-03-11T09:15:03.112Z DEBUG cache.flush keys=42 took=3ms""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, sex, phone, address, postcode) VALUES
('[[ID_NUMBER:P-0092381]]', '[[PERSON:Rukhsana]]', '[[PERSON:Begum]]', '[[DATE_TIME:1977-10-03]]', 'F', '[[PHONE_NUMBER:020 7946 0831]]', '[[ADDRESS:112 Whitechapel Road]]', '[[ZIP_CODE:E1 1JE]]'),
('[[ID_NUMBER:P-0092382]]', '[[PERSON:Liam]]', '[[PERSON:Gallagher]]', '[[DATE_TIME:1990-06-25]]', 'M', '[[PHONE_NUMBER:07700 900 412]]', '[[ADDRESS:Flat 3, 8 Brick Lane]]', '[[ZIP_CODE:E1 6RF]]');""",
    """<employee empNo="[[ID_NUMBER:E004471]]">
  <name><first>[[PERSON:Ama]]</first><last>[[PERSON:Owusu-Ansah]]</last></name>
  <ssn>[[US_SSN:318-44-9027]]</ssn>
  <hireDate>[[DATE_TIME:2019-09-16]]</hireDate>
  <title>Payroll Specialist</title>
  <homeAddress><line1>[[ADDRESS:5120 Cedar Ridge Ct]]</line1><city>[[LOCATION:Columbus]]</city><state>[[LOCATION:OH]]</state><zip>[[ZIP_CODE:43230]]</zip></homeAddress>
  <bank routing="044000037" account="[[ID_NUMBER:7781203349]]"/>
</employee>""",
    """# deploy/config/notify.yaml
smtp:
  host: smtp.mailgun.org
  port: 587
  user: postmaster@mg.brightpath.io
  password: "Tg8#kq2LmZ"
oncall:
  - name: [[PERSON:Priya Natarajan]]
    phone: "[[PHONE_NUMBER:+1 646 555 0172]]"
    email: [[EMAIL_ADDRESS:priya.n@brightpath.io]]
  - name: [[PERSON:Tom Hendricks]]
    phone: "[[PHONE_NUMBER:+1 646 555 0139]]"
    email: [[EMAIL_ADDRESS:tom.h@brightpath.io]]
alert_channel: ops-pager""",
    """# TODO(remove before merge): fixture copied from a real support case
customer = Customer(
    name="[[PERSON:Grace Adebayo-Lewis]]",
    email="[[EMAIL_ADDRESS:grace.al@me.com]]",
    card_number="[[CREDIT_CARD:4363584485549493]]",
    cvv="118",
    exp="04/26",
    billing_zip="[[ZIP_CODE:94110]]",
)
assert charge(customer, amount_cents=4999).ok""",
    """Ticket #58213 | Priority: High | Queue: Billing
Requester: [[PERSON:Sven Lindqvist]] <[[EMAIL_ADDRESS:sven.lindqvist@telia.se]]>
Subject: Double charge on invoice INV-2024-0419
Body: Hi, I was charged twice (2 x 149 SEK) on my card ending 5512. My customer number is [[ID_NUMBER:SE-221873]] and my IBAN for the refund is [[IBAN_CODE:SE14 6595 3810 5545 1668 8306]]. Thanks, [[PERSON:Sven]]
Assignee: billing-team@streamly.se""",
    """POST /api/v2/signup 201 12ms client=[[IP_ADDRESS:83.24.150.9]] body={"first_name":"[[PERSON:Aleksandra]]","last_name":"[[PERSON:Nowak]]","email":"[[EMAIL_ADDRESS:ola.nowak@wp.pl]]","birthdate":"[[DATE_TIME:1995-12-08]]","pesel":"[[ID_NUMBER:95120804827]]","newsletter":true}""",
    """EMPLOYEE ONBOARDING FORM
Legal name: [[PERSON:Moana Faleolo]]        Preferred name: [[PERSON:Mo]]
Personal email: [[EMAIL_ADDRESS:moana.faleolo@gmail.com]]
Emergency contact: [[PERSON:Sefo Faleolo]] - [[PHONE_NUMBER:+64 22 518 4470]]
IRD number: [[ID_NUMBER:049-091-850]]
Bank account: [[ID_NUMBER:12-3140-0487732-00]]
Start date: [[DATE_TIME:Monday 3 June 2024]]
Laptop asset tag: NZ-LT-0931""",
    """[[IP_ADDRESS:196.25.14.77]] - [[USERNAME:mkhumalo]] [[[DATE_TIME:14/Feb/2024:22:41:09 +0200]]] "GET /account/statements?id=88231 HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0"
[[IP_ADDRESS:196.25.14.77]] - [[USERNAME:mkhumalo]] [[[DATE_TIME:14/Feb/2024:22:41:15 +0200]]] "GET /static/app.4f9c2e.js HTTP/1.1" 304 0 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0"
[[IP_ADDRESS:41.13.200.6]] - - [14/Feb/2024:22:43:02 +0200] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.28\"""",
    """[{"id": 1021, "username": "[[USERNAME:kaleo.k]]", "display_name": "[[PERSON:Kaleo Kahale]]", "last_login": "[[DATE_TIME:2024-04-02T19:22:10-10:00]]", "last_ip": "[[IP_ADDRESS:72.234.18.90]]", "plan": "pro"}, {"id": 1022, "username": "[[USERNAME:b_oyelowo]]", "display_name": "[[PERSON:Bukola Oyelowo]]", "last_login": "[[DATE_TIME:2024-04-03T07:01:55+01:00]]", "last_ip": "[[IP_ADDRESS:41.58.201.13]]", "plan": "free"}]""",
    """SELECT * FROM accounts WHERE email = '[[EMAIL_ADDRESS:d.nakamura@gmail.com]]' OR phone = '[[PHONE_NUMBER:+1-206-448-3017]]';
-- access request from [[PERSON:Daisuke Nakamura]] (GDPR art. 15) received [[DATE_TIME:2024-02-14]], ticket DSR-0912""",
    """APP_ENV=staging
DATABASE_URL=postgres://app:Xk29!pq@[[IP_ADDRESS:10.0.12.5]]:5432/crm
ADMIN_CONTACT="[[PERSON:Léon Marchand]] <[[EMAIL_ADDRESS:leon.marchand@orbitlabs.fr]]>"
ADMIN_PHONE=[[PHONE_NUMBER:+33 6 12 48 90 37]]
SENTRY_DSN=https://4f1c2e9a7b@o12345.ingest.sentry.io/678
FEATURE_FLAGS=checkout_v2,dark_mode""",
    r"""MSH|^~\&|LAB|MERCY|EHR|MERCY|202403121045||ORU^R01|MSG00017|P|2.5
PID|1||[[ID_NUMBER:MRN88412]]^^^MERCY^MR||[[PERSON:OKAFOR]]^[[PERSON:CHIDINMA]]^[[PERSON:N]]||[[DATE_TIME:19880614]]|F|||[[ADDRESS:42 ELM ST]]^^[[LOCATION:DAYTON]]^[[LOCATION:OH]]^[[ZIP_CODE:45402]]||[[PHONE_NUMBER:(937)555-0144]]
OBX|1|NM|2345-7^GLUCOSE^LN||112|mg/dL|70-99|H|||F""",
    """ACCESS REQUEST
Requester: [[PERSON:Chloé Martin-Diallo]] (employee #[[ID_NUMBER:40288]])
Manager: [[PERSON:Bernard Okeke]]
System: Finance SAP, role FI_AP_CLERK
Workstation IP: [[IP_ADDRESS:10.20.8.144]]   Hostname: FIN-LT-0217
Justification: covering for [[PERSON:Ines]] during her parental leave from [[DATE_TIME:1 July]] to [[DATE_TIME:30 September]].""",
    """const mockUser = {
  id: "usr_8f2k",
  name: "[[PERSON:Isabella Rossi]]",
  ssn: "[[US_SSN:537-21-4406]]",
  passport: "[[US_PASSPORT:562108339]]",
  dl: { state: "[[LOCATION:WA]]", number: "[[US_DRIVER_LICENSE:ROSSIIB472QC]]" },
  createdAt: "2023-08-01T00:00:00Z",
};""",
    """[[DATE_TIME:2024-06-01 14:02:11]] CALL inbound from=[[PHONE_NUMBER:+27 82 441 9087]] to=+27 21 480 1000 agent=[[PERSON:Zanele M.]] customer=[[PERSON:Pieter van der Merwe]] acct=[[ID_NUMBER:77120043]] duration=00:06:41 disposition=RESOLVED""",
    """{"resourceType":"Patient","id":"a81f3","identifier":[{"system":"urn:oid:2.16.840.1.113883.4.1","value":"[[US_SSN:604-83-2215]]"},{"system":"urn:mrn","value":"[[ID_NUMBER:00731942]]"}],"name":[{"family":"[[PERSON:Bergström]]","given":["[[PERSON:Ingrid]]","[[PERSON:Maja]]"]}],"gender":"female","birthDate":"[[DATE_TIME:1969-01-27]]","telecom":[{"system":"phone","value":"[[PHONE_NUMBER:612-555-0163]]"}],"address":[{"line":["[[ADDRESS:3308 Hennepin Ave S]]"],"city":"[[LOCATION:Minneapolis]]","state":"[[LOCATION:MN]]","postalCode":"[[ZIP_CODE:55408]]"}]}""",
    """commit 3f9a1c2e8b7d40e5a6c1f0b9d2e7a4c8b1f3e6d0
Author: [[PERSON:Rahul Verma]] <[[EMAIL_ADDRESS:rahul.verma.dev@gmail.com]]>
Date:   [[DATE_TIME:Tue Mar 5 18:22:47 2024 +0530]]

    fix(billing): stop logging full card numbers in retry handler

    Reported-by: [[PERSON:Meenakshi Pillai]] <[[EMAIL_ADDRESS:meenakshi.p@paykart.in]]>""",
    """HR-1182 - Address change for [[PERSON:Niamh Kavanagh]]
Old: [[ADDRESS:14 Seaview Park]], [[LOCATION:Bray]], [[LOCATION:Co. Wicklow]] [[ZIP_CODE:A98 K2T4]]
New: [[ADDRESS:Apt 21, The Maltings, Bow Lane]], [[LOCATION:Dublin 8]], [[ZIP_CODE:D08 X2Y6]]
Effective: [[DATE_TIME:15/03/2024]]
Reporter: [[PERSON:Gavin]]   Labels: payroll, address""",
    """From: [[PERSON:Beatriz Almeida]] <[[EMAIL_ADDRESS:bia.almeida@sapo.pt]]>
To: rh@lusotech.pt
Date: [[DATE_TIME:Mon, 22 Jan 2024 09:17:03 +0000]]
Subject: IBAN update

Olá, please use my new account [[IBAN_CODE:PT50 4676 6847 1095 2884 1597 3]] for the February salary. My NIF is [[ID_NUMBER:238 419 509]]. Obrigada, [[PERSON:Bia]]""",
    """logger.info("kyc_check", extra={"applicant": "[[PERSON:Oluwadamilare Bello]]", "bvn": "[[ID_NUMBER:22419083716]]", "nin": "[[ID_NUMBER:71829403561]]", "dob": "[[DATE_TIME:09-Sep-1994]]", "selfie_score": 0.93, "device_ip": "[[IP_ADDRESS:105.112.44.9]]"})""",
    """BEGIN:VCARD
VERSION:3.0
FN:[[PERSON:Aditi Krishnan]]
N:[[PERSON:Krishnan]];[[PERSON:Aditi]];;;
ORG:Sunbeam Labs
TITLE:Product Manager
TEL;TYPE=CELL:[[PHONE_NUMBER:+65 9123 4408]]
EMAIL:[[EMAIL_ADDRESS:aditi.k@sunbeamlabs.sg]]
ADR;TYPE=HOME:;;[[ADDRESS:Blk 412 Bedok North Ave 2, #07-115]];[[LOCATION:Singapore]];;[[ZIP_CODE:460412]];[[LOCATION:Singapore]]
BDAY:[[DATE_TIME:1991-03-08]]
END:VCARD""",
    """{"tracking": "1Z 999 AA1 01 2345 6784", "service": "express", "recipient": {"name": "[[PERSON:Hamza Yılmaz]]", "phone": "[[PHONE_NUMBER:+49 1512 3409887]]", "address": "[[ADDRESS:Hermannstraße 112]], [[ZIP_CODE:12051]] [[LOCATION:Berlin]]"}, "weight_kg": 2.4, "sku": "HX-4410-BLK"}""",
    """{"会員番号": "[[ID_NUMBER:M-00472913]]", "氏名": "[[PERSON:藤原 さくら]]", "フリガナ": "[[PERSON:フジワラ サクラ]]", "生年月日": "[[DATE_TIME:1996-09-14]]", "電話番号": "[[PHONE_NUMBER:03-6812-4470]]", "メール": "[[EMAIL_ADDRESS:sakura.f@docomo.ne.jp]]", "郵便番号": "[[ZIP_CODE:150-0041]]", "住所": "[[LOCATION:東京都]][[LOCATION:渋谷区]][[ADDRESS:神南1-19-11]]"}""",
    """[[DATE_TIME:2024-05-17 08:02:44]] [INFO] 로그인 성공 user_id=[[USERNAME:minji_park95]] 이름=[[PERSON:박민지]] ip=[[IP_ADDRESS:211.36.142.77]]
2024-05-17 08:02:45 [DEBUG] 세션 캐시 갱신 keys=12
[[DATE_TIME:2024-05-17 08:05:10]] [WARN] 결제 실패 user_id=[[USERNAME:minji_park95]] card=[[CREDIT_CARD:5568-3660-5256-9900]] 사유=한도초과""",
    """【お問い合わせ】No.20240611-0087
お名前：[[PERSON:岡田 翔]]
個人番号（マイナンバー）：[[ID_NUMBER:3332 7171 4440]]
ご用件：年末調整の書類に記入したマイナンバーに誤りがありました。正しい番号は上記の通りです。
ご連絡先：[[EMAIL_ADDRESS:sho.okada@gmail.com]] / [[PHONE_NUMBER:080-6614-2093]]""",
    """INSERT INTO members (name, rrn, phone, addr) VALUES ('[[PERSON:강도윤]]', '[[ID_NUMBER:870314-1896946]]', '[[PHONE_NUMBER:010-4418-2907]]', '[[LOCATION:경기도]] [[LOCATION:성남시]] [[LOCATION:분당구]] [[ADDRESS:판교역로 235]]');""",
    """### Data Subject Access Request
- **Name:** [[PERSON:Rebecca Oyelaran-Smith]]
- **Account email:** [[EMAIL_ADDRESS:becky.os@hotmail.co.uk]]
- **Postcode on file:** [[ZIP_CODE:LS6 2AJ]]
- **Date received:** [[DATE_TIME:04/03/2024]]
- **Verified by:** [[PERSON:Omar F.]] (last 4 of card: 7721)
- **Status:** awaiting export""",
]

TABLE = [
    """subject_id,site,initials,age,sex,randomised,arm,status
[[ID_NUMBER:101-004]],[[LOCATION:Leeds]],[[PERSON:J.M.]],[[AGE:54]],F,[[DATE_TIME:2024-01-16]],B,active
[[ID_NUMBER:101-005]],[[LOCATION:Leeds]],[[PERSON:A.K.O.]],[[AGE:61]],M,[[DATE_TIME:2024-01-18]],A,active
[[ID_NUMBER:104-001]],[[LOCATION:Cardiff]],[[PERSON:R.P.]],[[AGE:47]],M,[[DATE_TIME:2024-01-22]],A,withdrawn
[[ID_NUMBER:104-002]],[[LOCATION:Cardiff]],[[PERSON:S.L.-W.]],[[AGE:39]],F,[[DATE_TIME:2024-02-01]],B,active""",
    """| Name | Team | Ext. | Mobile | Email | Desk |
|---|---|---|---|---|---|
| [[PERSON:Adaeze Nwachukwu]] | Platform | 4417 | [[PHONE_NUMBER:07911 204 338]] | [[EMAIL_ADDRESS:adaeze.n@corvid.io]] | 3F-12 |
| [[PERSON:Tobias Grünewald]] | Data | 4420 | [[PHONE_NUMBER:07458 771 092]] | [[EMAIL_ADDRESS:tobias.g@corvid.io]] | 3F-14 |
| [[PERSON:Mei-Ling Cho]] | Security | 4431 | [[PHONE_NUMBER:07384 660 125]] | [[EMAIL_ADDRESS:meiling.c@corvid.io]] | 2F-03 |""",
    """sample_barcode\tpatient_name\tdob\tmrn\ttest\tplate_well
GL24-00318\t[[PERSON:Okonkwo]], [[PERSON:Chiamaka]]\t[[DATE_TIME:1989-03-02]]\t[[ID_NUMBER:M0458812]]\tCFTR panel\tP07-A01
GL24-00319\t[[PERSON:Lindqvist]], [[PERSON:Erik]]\t[[DATE_TIME:1955-11-23]]\t[[ID_NUMBER:M0391170]]\tLynch syndrome panel\tP07-A02
GL24-00320\t[[PERSON:Rahman]], [[PERSON:Nusrat]]\t[[DATE_TIME:2016-07-09]]\t[[ID_NUMBER:M0502264]]\tExome trio (proband)\tP07-A03
GL24-00321\t[[PERSON:Rahman]], [[PERSON:Farid]]\t[[DATE_TIME:1984-01-30]]\t[[ID_NUMBER:M0502265]]\tExome trio (father)\tP07-A04""",
    """NAME                  EMP#    NI NUMBER     SALARY   START
[[PERSON:Bethany Clough]]        [[ID_NUMBER:E10442]]  [[ID_NUMBER:PX 41 78 20 B]] 31,200   [[DATE_TIME:04/03/2024]]
[[PERSON:Tariq Mahmood-Ali]]     [[ID_NUMBER:E10449]]  [[ID_NUMBER:JT 90 22 61 A]] 28,750   [[DATE_TIME:15/04/2024]]
[[PERSON:Ewa Zielińska]]         [[ID_NUMBER:E10451]]  [[ID_NUMBER:NR 33 04 18 D]] 44,000   [[DATE_TIME:01/05/2024]]
[[PERSON:Kwabena Asamoah]]       [[ID_NUMBER:E10458]]  [[ID_NUMBER:SL 72 55 09 C]] 36,500   [[DATE_TIME:20/05/2024]]""",
    """{"name": "[[PERSON:Ifeoma Chukwu]]", "email": "[[EMAIL_ADDRESS:ifeoma.chukwu@yahoo.co.uk]]", "signup_ip": "[[IP_ADDRESS:86.14.203.77]]", "signed_up": "[[DATE_TIME:2024-02-03T10:11:04Z]]", "source": "footer"}
{"name": "[[PERSON:Callum Reid]]", "email": "[[EMAIL_ADDRESS:callumreid@gmail.com]]", "signup_ip": "[[IP_ADDRESS:2a00:23c7:9e14:b301:5d2:11ff:fe3a:8c40]]", "signed_up": "[[DATE_TIME:2024-02-03T11:47:52Z]]", "source": "checkout"}
{"name": "[[PERSON:Parisa Ghorbani]]", "email": "[[EMAIL_ADDRESS:parisa.gh@outlook.com]]", "signup_ip": "[[IP_ADDRESS:92.40.185.3]]", "signed_up": "[[DATE_TIME:2024-02-04T08:02:19Z]]", "source": "popup"}""",
    """study: NAPS-2 (Neighbourhood Air and Pulmonary Study)
participants:
  - pid: [[ID_NUMBER:NAPS-0117]]
    name: [[PERSON:Temitope Ajayi]]
    age: [[AGE:43]]
    postcode: [[ZIP_CODE:SE15 4QR]]
    consented: [[DATE_TIME:2023-10-02]]
    spirometry: done
  - pid: [[ID_NUMBER:NAPS-0118]]
    name: [[PERSON:Gráinne Moloney]]
    age: [[AGE:67]]
    postcode: [[ZIP_CODE:SE22 8NB]]
    consented: [[DATE_TIME:2023-10-03]]
    spirometry: pending
  - pid: [[ID_NUMBER:NAPS-0121]]
    name: [[PERSON:Vikram Choudhary]]
    age: [[AGE:29]]
    postcode: [[ZIP_CODE:SE5 0HF]]
    consented: [[DATE_TIME:2023-10-05]]
    spirometry: done""",
    """Patient name: [[PERSON:Wiremu Horomona]]
NHI: [[ID_NUMBER:ZAC4411]]
Date of birth: [[DATE_TIME:08 Nov 1974]]
Age: [[AGE:49]]
Address: [[ADDRESS:21 Kereru Street]], [[LOCATION:Gisborne]] [[ZIP_CODE:4010]]
Home phone: [[PHONE_NUMBER:(06) 868 4412]]
GP: [[PERSON:Dr. Hana Parata]]
Allergies: penicillin (rash)
Blood group: O+""",
    """student,year,form_tutor,parent_or_carer,carer_phone,allergies
[[PERSON:Aisha Bello]],8,[[PERSON:Mr Hughes]],[[PERSON:Halima Bello]],[[PHONE_NUMBER:07723 415 860]],none
[[PERSON:Finn O'Rourke]],8,[[PERSON:Mr Hughes]],[[PERSON:Sinéad O'Rourke]],[[PHONE_NUMBER:07511 092 374]],tree nuts
[[PERSON:Jayden Thompson-Asare]],8,[[PERSON:Ms Patel]],[[PERSON:Marcia Thompson]],[[PHONE_NUMBER:07983 226 017]],none
[[PERSON:Zofia Kaminska]],8,[[PERSON:Ms Patel]],[[PERSON:Piotr Kaminski]],[[PHONE_NUMBER:07402 778 591]],lactose""",
    """guest | room | check_in | nationality | passport_no | nights
--- | --- | --- | --- | --- | ---
[[PERSON:Henrik Solberg]] | 508 | [[DATE_TIME:2024-07-02]] | [[NRP:Norwegian]] | [[ID_NUMBER:32914877]] | 3
[[PERSON:Camila Duarte]] | 511 | [[DATE_TIME:2024-07-02]] | [[NRP:Brazilian]] | [[ID_NUMBER:FZ301847]] | 5
[[PERSON:Yuto Shimizu]] | 602 | [[DATE_TIME:2024-07-03]] | [[NRP:Japanese]] | [[ID_NUMBER:TZ1180347]] | 2
[[PERSON:Oyelaran Adebisi]] | 603 | [[DATE_TIME:2024-07-03]] | [[NRP:Nigerian]] | [[ID_NUMBER:B50218843]] | 4""",
    """applicant,tin,sss_no,monthly_income_php,branch,status
[[PERSON:Ma. Theresa Villanueva]],[[ID_NUMBER:431-882-019-000]],[[ID_NUMBER:34-1928374-5]],42000,[[LOCATION:Makati]],approved
[[PERSON:Rodel Manalo]],[[ID_NUMBER:287-401-665-000]],[[ID_NUMBER:33-0412987-1]],28500,[[LOCATION:Pasig]],pending
[[PERSON:Jocelyn Bautista-Reyes]],[[ID_NUMBER:502-117-843-000]],[[ID_NUMBER:02-2281934-8]],61000,[[LOCATION:Cebu City]],approved""",
    """member_no\tname\tplan\tjoined\tmobile
[[ID_NUMBER:GF-20417]]\t[[PERSON:Shanelle Baptiste]]\tOff-peak\t[[DATE_TIME:2023-09-14]]\t[[PHONE_NUMBER:0431 276 904]]
[[ID_NUMBER:GF-20433]]\t[[PERSON:Lachlan McKenzie]]\tAnytime\t[[DATE_TIME:2023-09-18]]\t[[PHONE_NUMBER:0408 551 237]]
[[ID_NUMBER:GF-20451]]\t[[PERSON:Huong Dang]]\tStudent\t[[DATE_TIME:2023-10-02]]\t[[PHONE_NUMBER:0466 019 782]]""",
    """| Volunteer | Age | Suburb | Shifts/wk | WWCC |
|:--|--:|:--|--:|:--|
| [[PERSON:Eliza Nakamura-Hart]] | [[AGE:22]] | [[LOCATION:Marrickville]] | 2 | [[ID_NUMBER:WWC1184723E]] |
| [[PERSON:George Papadopoulos]] | [[AGE:68]] | [[LOCATION:Earlwood]] | 3 | [[ID_NUMBER:WWC0948210E]] |
| [[PERSON:Faisal Rahimi]] | [[AGE:35]] | [[LOCATION:Lakemba]] | 1 | [[ID_NUMBER:WWC1702388V]] |""",
    """SEQ  NAME                     SEAT  DOC NO       DOB
001  [[PERSON:OBI/CHIOMA]] [[TITLE:MS]]            14C   [[ID_NUMBER:A09912873]]    [[DATE_TIME:12MAR88]]
002  [[PERSON:FERREIRA/JOAO PEDRO]] [[TITLE:MR]]   14D   [[ID_NUMBER:CB482910]]     [[DATE_TIME:03JUL85]]
003  [[PERSON:NAKASHIMA/EMI]] [[TITLE:MRS]]        21A   [[ID_NUMBER:TK7719042]]    [[DATE_TIME:29JAN92]]
004  [[PERSON:VAN WYK/PIETER]] [[TITLE:MR]]        21B   [[ID_NUMBER:M00418827]]    [[DATE_TIME:17OCT79]]""",
    """{"user": "[[USERNAME:quietfox22]]", "ip": "[[IP_ADDRESS:174.89.12.201]]", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0", "last_seen": "[[DATE_TIME:2024-03-28 21:04:11]]", "country": "[[LOCATION:CA]]"}
{"user": "[[USERNAME:m.oduya]]", "ip": "[[IP_ADDRESS:197.248.6.90]]", "ua": "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36", "last_seen": "[[DATE_TIME:2024-03-29 06:47:58]]", "country": "[[LOCATION:KE]]"}
{"user": "[[USERNAME:tasha_b]]", "ip": "[[IP_ADDRESS:2600:1700:5ab0:4e20::3f]]", "ua": "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1", "last_seen": "[[DATE_TIME:2024-03-29 09:13:30]]", "country": "[[LOCATION:US]]"}""",
    """rota: platform-oncall
timezone: Europe/London
schedule:
  - week: 14
    primary: [[PERSON:Siddharth Menon]]
    primary_phone: "[[PHONE_NUMBER:+44 7700 284 551]]"
    secondary: [[PERSON:Oonagh Keane]]
    secondary_phone: "[[PHONE_NUMBER:+353 86 771 3029]]"
  - week: 15
    primary: [[PERSON:Oonagh Keane]]
    primary_phone: "[[PHONE_NUMBER:+353 86 771 3029]]"
    secondary: [[PERSON:Tunde Bakare]]
    secondary_phone: "[[PHONE_NUMBER:+44 7700 619 208]]"
escalation: sre-leads@hollowmere.io""",
    """Registered keeper: [[PERSON:Mrs. Philippa Onyango-Hart]]
Address: [[ADDRESS:Willow Barn, 3 Church Lane]], [[LOCATION:Much Hadham]], [[LOCATION:Hertfordshire]] [[ZIP_CODE:SG10 6DH]]
Registration mark: [[ID_NUMBER:WV71 KHB]]
Make/model: Toyota Yaris Hybrid
Colour: Blue
VIN: VNKKH3D30KA061487
Date of first registration: 14/09/2021
Keeper since: [[DATE_TIME:02/06/2022]]""",
    """donor,amount_gbp,method,card_last4,postcode,gift_aid,donated_on
[[PERSON:Margaret Oyediran]],25.00,card,4417,[[ZIP_CODE:CR0 2HT]],Y,[[DATE_TIME:2024-04-01]]
[[PERSON:Stuart Glencross]],100.00,card,0931,[[ZIP_CODE:EH10 5QL]],Y,[[DATE_TIME:2024-04-01]]
Anon,10.00,cash,,,N,[[DATE_TIME:2024-04-02]]
[[PERSON:Rajinder Bains]],50.00,bank transfer,,[[ZIP_CODE:UB1 3DB]],N,[[DATE_TIME:2024-04-03]]""",
    """| Patient | NHS No. | Referrer | Indication | Appointment |
|---|---|---|---|---|
| [[PERSON:Sophie Adair]] | [[ID_NUMBER:555 858 3223]] | [[PERSON:Dr. K. Lam]] | family history of breast cancer | [[DATE_TIME:Tue 7 May 2024, 09:30]] |
| [[PERSON:Joseph Mbeki-Ward]] | [[ID_NUMBER:859 666 0615]] | [[PERSON:Dr. R. Singh]] | suspected Marfan syndrome | [[DATE_TIME:Wed 8 May 2024, 14:00]] |
| [[PERSON:Niamh Carroll]] | [[ID_NUMBER:210 231 6637]] | [[PERSON:Dr. K. Lam]] | cascade testing, BRCA1 | [[DATE_TIME:Thu 9 May 2024, 11:15]] |""",
    """recipient,line1,line2,city,state,zip,phone,sku,qty
[[PERSON:Darnell Whitaker]],[[ADDRESS:4521 Greenmount Ave]],,[[LOCATION:Baltimore]],[[LOCATION:MD]],[[ZIP_CODE:21218]],[[PHONE_NUMBER:410-887-2290]],MUG-11-WHT,2
[[PERSON:Soo-ah Kang]],[[ADDRESS:88 Walnut St]],[[ADDRESS:Apt 5F]],[[LOCATION:Brookline]],[[LOCATION:MA]],[[ZIP_CODE:02445]],[[PHONE_NUMBER:617-301-4476]],TEE-L-NVY,1
[[PERSON:Reggie Fontenot]],[[ADDRESS:210 Bayou Bend Rd]],,[[LOCATION:Lafayette]],[[LOCATION:LA]],[[ZIP_CODE:70508]],[[PHONE_NUMBER:337-552-0918]],CAP-OS-RED,3""",
    """tenant\taddress\tlease_start\tmonthly_rent\tdeposit_held\tbank_ref
[[PERSON:Kiran Gill]] & [[PERSON:Harvey Stott]]\t[[ADDRESS:Flat 2, 19 Mill Road]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB1 2AD]]\t[[DATE_TIME:01/09/2023]]\t1450\tDPS\tMILLRD-F2
[[PERSON:Aurelia Bianchi]]\t[[ADDRESS:Flat 4, 19 Mill Road]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB1 2AD]]\t[[DATE_TIME:15/10/2023]]\t1300\tTDS\tMILLRD-F4
[[PERSON:Dr. Nkechi Ume]]\t[[ADDRESS:7 Gwydir Street]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB1 2LG]]\t[[DATE_TIME:01/01/2024]]\t2100\tDPS\tGWYDIR-7""",
    """{"subject": "[[ID_NUMBER:PRX-2204-011]]", "ae_term": "headache", "onset": "[[DATE_TIME:2024-02-19]]", "grade": 1, "serious": false, "reported_by": "[[PERSON:Joanne Pemberton]]"}
{"subject": "[[ID_NUMBER:PRX-2204-011]]", "ae_term": "nausea", "onset": "[[DATE_TIME:2024-02-21]]", "grade": 2, "serious": false, "reported_by": "[[PERSON:Joanne Pemberton]]"}
{"subject": "[[ID_NUMBER:PRX-2207-003]]", "ae_term": "syncope", "onset": "[[DATE_TIME:2024-03-02]]", "grade": 3, "serious": true, "reported_by": "[[PERSON:Dr. Femi Adeleke]]"}""",
    """| Name | Affiliation | Country | Email | Dietary |
|------|-------------|---------|-------|---------|
| [[PERSON:Prof. Ingrid Solheim]] | University of Bergen | [[LOCATION:Norway]] | [[EMAIL_ADDRESS:ingrid.solheim@uib.no]] | none |
| [[PERSON:Dr. Kwaku Ofori]] | KNUST | [[LOCATION:Ghana]] | [[EMAIL_ADDRESS:kofori@knust.edu.gh]] | halal |
| [[PERSON:Lucía Paredes]] | CONICET | [[LOCATION:Argentina]] | [[EMAIL_ADDRESS:lparedes@conicet.gov.ar]] | vegetarian |
| [[PERSON:Arjun Sethi]] | IISc | [[LOCATION:India]] | [[EMAIL_ADDRESS:arjun.sethi@iisc.ac.in]] | vegan |""",
    """payee_name,iban,bic,reference,amount_eur
[[PERSON:Matteo Ricci]],[[IBAN_CODE:IT89D3659130964881715533776]],BCITITMM,INV-3301,1250.00
[[PERSON:Lotte Peeters]],[[IBAN_CODE:BE25682054431582]],GEBABEBB,INV-3302,980.50
[[PERSON:Jonas Weber]],[[IBAN_CODE:DE25396582275565296982]],COBADEFFXXX,INV-3303,2200.00
[[PERSON:Ingvild Haugen]],[[IBAN_CODE:NO5020009277480]],DNBANOKK,INV-3304,415.75""",
    """PD/NO   NAME                    ADDRESS                        POSTCODE
KA1-204 [[PERSON:Achterberg]], [[PERSON:Willem J]]    [[ADDRESS:12 Rosebery Avenue]]             [[ZIP_CODE:KT6 7DQ]]
KA1-205 [[PERSON:Achterberg]], [[PERSON:Lotte]]       [[ADDRESS:12 Rosebery Avenue]]             [[ZIP_CODE:KT6 7DQ]]
KA1-219 [[PERSON:Balogun]], [[PERSON:Oluwaseyi]]      [[ADDRESS:Flat 4, 30 Rosebery Avenue]]     [[ZIP_CODE:KT6 7DR]]
KA1-220 [[PERSON:Bhatt]], [[PERSON:Kiran]]            [[ADDRESS:Flat 4, 30 Rosebery Avenue]]     [[ZIP_CODE:KT6 7DR]]""",
    """compensation_batch: 2024-Q1
currency: AUD
payments:
  - participant: [[ID_NUMBER:MIND-0042]]
    name: [[PERSON:Tayla Robinson]]
    visits: 3
    amount: 150
    method: bank transfer
    bsb: "062-692"
    account: "[[ID_NUMBER:1049 3382]]"
    paid: [[DATE_TIME:2024-03-28]]
  - participant: [[ID_NUMBER:MIND-0057]]
    name: [[PERSON:Hamid Nazari]]
    visits: 2
    amount: 100
    method: gift card
    paid: [[DATE_TIME:2024-03-28]]""",
    """MEMBER: [[PERSON:DESHAWN T MOORE]]
MEMBER ID: [[ID_NUMBER:YRH884410273]]
GROUP NO: 0047719
DOB: [[DATE_TIME:07/22/1990]]
PCP: [[TITLE:DR.]] [[PERSON:ELENA VASQUEZ]]   PCP PHONE: (512) 324-8800
RX BIN: 610014   RX PCN: MEDDPRIME
COPAY: OFFICE $25 / SPECIALIST $50 / ER $250""",
    """name,aadhaar,pan,mobile,city
[[PERSON:Suresh Kumar Yadav]],[[ID_NUMBER:6085 1918 2710]],[[ID_NUMBER:BQWPY7702K]],[[PHONE_NUMBER:9839012244]],[[LOCATION:Lucknow]]
[[PERSON:Fatima Sheikh]],[[ID_NUMBER:2964 5415 5366]],[[ID_NUMBER:DHNPS3318R]],[[PHONE_NUMBER:+91 70214 55893]],[[LOCATION:Hyderabad]]""",
    """card_no | borrower | isbn | title | borrowed
--- | --- | --- | --- | ---
[[ID_NUMBER:29110004417326]] | [[PERSON:Oisín Ó Dálaigh]] | 978-0-451-39341-8 | A Field Guide to Moths | [[DATE_TIME:2024-05-02]]
[[ID_NUMBER:29110004823155]] | [[PERSON:Mariam Yusuf]] | 978-3-423-18300-0 | Die Blechtrommel | [[DATE_TIME:2024-05-02]]
[[ID_NUMBER:29110005106642]] | [[PERSON:Ted Nakashima]] | 978-87-04-16110-4 | Nordic Baking | [[DATE_TIME:2024-05-03]]""",
    """name\tdob\tvaccine\tlot\tdose\tgiven_on\tclinic
[[PERSON:Aroha Whaanga]]\t[[DATE_TIME:2019-06-30]]\tMMR\tT22019\t2\t[[DATE_TIME:2023-07-04]]\t[[LOCATION:Kaitaia]]
[[PERSON:Noah Tavita]]\t[[DATE_TIME:2019-08-11]]\tMMR\tT22019\t2\t[[DATE_TIME:2023-08-15]]\t[[LOCATION:Kaitaia]]
[[PERSON:Isla Brown]]\t[[DATE_TIME:2018-12-02]]\tDTaP-IPV\tK81147\t4\t[[DATE_TIME:2023-08-15]]\t[[LOCATION:Kerikeri]]""",
    """{"trip": "T-88124", "rider": "[[PERSON:Nadia Haddad]]", "pickup": "[[ADDRESS:1500 Sheridan Rd]], [[LOCATION:Wilmette]]", "dropoff": "O'Hare Terminal 3", "fare_usd": 48.20, "driver": "[[PERSON:Emeka Obi]]"}
{"trip": "T-88125", "rider": "[[PERSON:Chris Lundgren]]", "pickup": "Union Station", "dropoff": "[[ADDRESS:2420 N Lincoln Ave, Unit 3]], [[LOCATION:Chicago]]", "fare_usd": 17.65, "driver": "[[PERSON:Alejandro Ruiz]]"}""",
    """Contact: [[PERSON:Grace Mutua]]
Company: Tembo Logistics
Role: Procurement lead
Direct line: [[PHONE_NUMBER:+254 711 402 889]]
Email: [[EMAIL_ADDRESS:grace.mutua@tembologistics.co.ke]]
Last contacted: [[DATE_TIME:2024-04-18]]

Contact: [[PERSON:Brian Otieno]]
Company: Tembo Logistics
Role: Finance
Direct line: [[PHONE_NUMBER:+254 722 118 604]]
Email: [[EMAIL_ADDRESS:b.otieno@tembologistics.co.ke]]
Last contacted: [[DATE_TIME:2024-03-02]]""",
    """氏名,フリガナ,年齢,携帯電話,メールアドレス,所属
[[PERSON:青木 陽菜]],[[PERSON:アオキ ヒナ]],[[AGE:26]],[[PHONE_NUMBER:090-3318-2741]],[[EMAIL_ADDRESS:hina.aoki@tokai-shoji.co.jp]],営業部
[[PERSON:村上 蓮]],[[PERSON:ムラカミ レン]],[[AGE:31]],[[PHONE_NUMBER:080-2290-6614]],[[EMAIL_ADDRESS:ren.murakami@tokai-shoji.co.jp]],経理部
[[PERSON:林 美穂]],[[PERSON:ハヤシ ミホ]],[[AGE:44]],[[PHONE_NUMBER:070-4451-9038]],[[EMAIL_ADDRESS:miho.hayashi@tokai-shoji.co.jp]],人事部""",
    """| 이름 | 생년월일 | 연락처 | 주소 | 비고 |
|---|---|---|---|---|
| [[PERSON:임채원]] | [[DATE_TIME:1995.04.12]] | [[PHONE_NUMBER:010-5521-8830]] | [[LOCATION:대전광역시]] [[LOCATION:유성구]] [[ADDRESS:대학로 99]] | 신규 |
| [[PERSON:서준호]] | [[DATE_TIME:1988.10.03]] | [[PHONE_NUMBER:010-3307-1246]] | [[LOCATION:인천광역시]] [[LOCATION:연수구]] [[ADDRESS:컨벤시아대로 165, 1204호]] | 재등록 |
| [[PERSON:노은비]] | [[DATE_TIME:2001.01.27]] | [[PHONE_NUMBER:010-8842-0571]] | [[LOCATION:광주광역시]] [[LOCATION:북구]] [[ADDRESS:용봉로 77]] | 신규 |""",
    """試験名: 睡眠と認知機能に関する観察研究
被験者:
  - 被験者ID: [[ID_NUMBER:SLP-J-0031]]
    氏名: [[PERSON:木村 拓海]]
    年齢: [[AGE:52]]
    同意取得日: [[DATE_TIME:2024-03-04]]
    施設: [[LOCATION:名古屋市]]
  - 被験者ID: [[ID_NUMBER:SLP-J-0032]]
    氏名: [[PERSON:井上 花子]]
    年齢: [[AGE:68]]
    同意取得日: [[DATE_TIME:2024-03-06]]
    施設: [[LOCATION:名古屋市]]""",
    """회원번호\t이름\t이메일\t가입일시\t접속IP
[[ID_NUMBER:KR-100482]]\t[[PERSON:문하린]]\t[[EMAIL_ADDRESS:harin.moon@daum.net]]\t[[DATE_TIME:2023-12-01 21:14]]\t[[IP_ADDRESS:175.223.10.48]]
[[ID_NUMBER:KR-100497]]\t[[PERSON:배지호]]\t[[EMAIL_ADDRESS:jiho.bae@gmail.com]]\t[[DATE_TIME:2023-12-02 09:03]]\t[[IP_ADDRESS:118.235.7.201]]
[[ID_NUMBER:KR-100503]]\t[[PERSON:송유나]]\t[[EMAIL_ADDRESS:yuna_song@naver.com]]\t[[DATE_TIME:2023-12-02 13:47]]\t[[IP_ADDRESS:223.38.91.156]]""",
]

CHAT = [
    """[[PERSON:Amina]] (Harbour Bank): Hi, thanks for getting in touch. Can I take your full name and date of birth?
Customer: sure, [[PERSON:Desmond Kwarteng]], [[DATE_TIME:9th of January 1982]]
[[PERSON:Amina]] (Harbour Bank): Thanks [[PERSON:Desmond]]. And the first line of your address and postcode?
Customer: [[ADDRESS:58 Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4PG]]
[[PERSON:Amina]] (Harbour Bank): Lovely, you're verified. The payment on the card ending 0612 was declined because of the new daily limit.
Customer: can you raise it? also my new mobile is [[PHONE_NUMBER:07956 330 814]]
[[PERSON:Amina]] (Harbour Bank): Done - limit raised to £2,000 and your number is updated.""",
    """[09:12] Mum: Has everyone got Nana's new address? It's [[ADDRESS:Flat 12, Elmwood Court, 4 Station Road]], [[LOCATION:Harrow]] [[ZIP_CODE:HA1 2TU]]
[09:13] [[PERSON:Kemi]]: thanks mum. is her landline the same?
[09:15] Mum: No, the new one is [[PHONE_NUMBER:020 8427 5519]]. Her party is on [[DATE_TIME:Sunday 14 July]] at 2, don't be late
[09:16] [[PERSON:Tunde]]: I'll drive. can someone send me Auntie [[PERSON:Bisi]]'s number
[09:18] [[PERSON:Kemi]]: [[PHONE_NUMBER:07404 118 263]]
[09:18] [[PERSON:Tunde]]: 👍""",
    """[[PERSON:Jordan Lee]]  10:02 AM
can someone check why the payroll export failed for [[PERSON:Aleksander Petrov]]? employee id [[ID_NUMBER:100482]]
[[PERSON:Rhiannon Price]]  10:05 AM
his bank details are wrong, the IBAN [[IBAN_CODE:GB04 NWBK 5145 2905 2591 20]] is for a closed account. I've emailed him at [[EMAIL_ADDRESS:a.petrov.home@gmail.com]]
[[PERSON:Jordan Lee]]  10:06 AM
pls don't paste IBANs in here lol
[[PERSON:Rhiannon Price]]  10:06 AM
fair, deleting in 5""",
    """Chat started 18:41
Bot: Welcome to Kiwi Mobile! What's your name?
Visitor: [[PERSON:Hemi Te Aho]]
Bot: Thanks [[PERSON:Hemi]]. You're now chatting with [[PERSON:Jess]].
[[PERSON:Jess]]: Kia ora [[PERSON:Hemi]], how can I help?
[[PERSON:Hemi Te Aho]]: want to port my number [[PHONE_NUMBER:021 774 3920]] over from my old provider. account pin is 4471
[[PERSON:Jess]]: No worries. I'll need your date of birth and email please
[[PERSON:Hemi Te Aho]]: [[DATE_TIME:30/06/1997]], [[EMAIL_ADDRESS:hemi.teaho@gmail.com]]
[[PERSON:Jess]]: Thanks! Port request PR-228104 is in and should complete by 10am tomorrow.""",
    """[[PERSON:Dr. Kavita Rao]] 08:55: Morning all - [[ID_NUMBER:GLO-3-0412]] ([[PERSON:Mr. Feeney]]) rang to say he can't make Thursday's 9am visit, can we move him to [[DATE_TIME:Mon 17 June, 9:00]]?
[[PERSON:Seán Whelan]] 08:58: yes that slot's free, I'll text him on [[PHONE_NUMBER:085 220 4417]]
[[PERSON:Dr. Kavita Rao]] 09:01: thanks. Also [[ID_NUMBER:GLO-3-0415]] had her SAE follow-up - she's [[AGE:72]], doing fine, discharged on [[DATE_TIME:10 June]].
[[PERSON:Priti]] 09:03: I'll update the eCRF and tell the sponsor. Kit K-22871 was dispensed to 0412 at the last visit btw.""",
    """[[PERSON:Gary]]: Hi [[PERSON:Precious]], just a reminder the gas safety check is [[DATE_TIME:Tues 4th June between 8-12]]. Can the engineer get the key from you?
[[PERSON:Precious]]: hi gary yes thats fine, if im at work ill leave it with my neighbour at number 14
[[PERSON:Gary]]: Great. The engineer is [[PERSON:Mick]], his mobile is [[PHONE_NUMBER:07831 442 907]]
[[PERSON:Precious]]: ok. also the rent this month will come from my partner [[PERSON:Dan Mensah]]'s account so the reference will look different
[[PERSON:Gary]]: No problem, thanks for letting me know""",
    """[[PERSON:민수]]: 택배 주소 다시 알려줄래?
[[PERSON:지은]]: [[LOCATION:서울]] [[LOCATION:송파구]] [[ADDRESS:올림픽로 300, 1802호]]
[[PERSON:지은]]: 받는 사람은 [[PERSON:김지은]], 번호는 [[PHONE_NUMBER:010-6632-1957]]
[[PERSON:민수]]: ㅇㅋ 주문했어. 송장번호 6841-2290-7731 이고 금요일 도착 예정이래
[[PERSON:지은]]: 고마워!!""",
    """[[USERNAME:NightOwl_77]]: who's up for raids tonight
[[USERNAME:pixelmancer]]: me after 9. btw [[USERNAME:NightOwl_77]] ur real name is [[PERSON:Tom Burrows]] right? saw it on the tournament sheet lol
[[USERNAME:NightOwl_77]]: bruh don't dox me
[[USERNAME:grimsbyGhost]]: lmao he lives in [[LOCATION:Cleethorpes]], 10 min from me
[[USERNAME:pixelmancer]]: also someone posted an ip in #general, [[IP_ADDRESS:86.142.77.19]], mods pls delete
ModBot: Message removed. Please don't share personal information.""",
]

LOOKALIKE = [
    """Order confirmation #112-4470381-9920184
Thanks for your order, [[PERSON:Harriet]]!
2 x USB-C cable 2m (SKU UC2M-BLK-02, ASIN B09X7R4KQ1) - £15.98
1 x A5 dotted notebook (SKU NB-A5-DOT-118) - £12.50
Shipping: Tracked 48, tracking number JV 4417 2290 3GB, dispatched from our Dartford warehouse.
Invoice INV-UK-2024-118203 will follow by email. Questions? Call 0800 496 0781 or write to help@peregrine-stores.co.uk, quoting case 00731942.
Delivering to: [[ADDRESS:27 Hollybush Lane]], [[LOCATION:Sevenoaks]] [[ZIP_CODE:TN13 3TH]]""",
    """Release 10.4.2.1 (build 20240311.7)
- Upgraded OpenSSL to 3.0.13 (CVE-2024-0727).
- Agent version strings now follow the 4.12.0.188 scheme; older agents (3.9.1.2 and below) must be updated.
- Firmware image sha256: 9f2b4c71e0a83d5566b1f4e2c9087a3d1e6b5f40c2d7a9e8b3f1c6d4a2e7b905
- Supported controllers: serial SN-7741-0092 onward, model RX-2200/B.
- Schema migration 7f3e9a1c-4b2d-4e8f-9a06-3c5d1e7b2f40 adds the Dijkstra-based route planner and a Bloom filter cache.
- Fixed ticket PLAT-20417: Gantt export ignored the 1900-01-01 placeholder date.
Support: release-eng@northwind-labs.com, +1 888 555 0100 (24/7).""",
    """This month at Kettle & Quill Books: our new branch opens on Nelson Mandela Boulevard, next to the Darwin Room at the old library, and the Shakespeare reading group moves to Tuesdays. Staff picks: Living Well with Parkinson's (ISBN 978-0-451-39341-8), Understanding Alzheimer's Care (978-3-423-18300-0) and Euler's Numbers for Beginners (978-87-04-16110-4). Gift card codes KQ-7741-2290 and event pass EV24-0093 are not transferable. Local author [[PERSON:Maeve Doherty]] will sign copies on [[DATE_TIME:Saturday 8 June]]; shop line 01632 960 441.""",
    """GOODS-IN LOG - DOCK 3
Pallet PAL-0048821 | GTIN 05060147329412 | lot L2404-118 | best before 2025-03-31 | 48 cases
Pallet PAL-0048822 | GTIN 05060147329429 | lot L2404-119 | best before 2025-03-31 | 48 cases
Scanner serial HHT-99021-7741, firmware 2.14.0.7; temperature probe TP-4417 read 3.8C.
Carrier: Northline Haulage, depot phone 01604 555 210, trailer 7741-KX.
Bays A-12-03 to A-12-07 filled. Received and checked by [[PERSON:R. Osei]].""",
    """CHANGE REQUEST CR-2024-0912
Service: payments-gateway (prod-eu-west), hosts pgw-01 to pgw-06
Change: roll out 3.22.1.4 (commit a4f9c2e), replacing 3.21.7.0; config key retry.max=5, port 8443.
Rollback: redeploy image sha256:4be1f2...9c0d, tag release-2024-05-14.
Window: Saturday maintenance slot; comms to status@ and the #payments channel.
Change owner: [[PERSON:Ifeanyi Okafor]] ([[EMAIL_ADDRESS:ifeanyi.okafor@lumencard.eu]]); approver: CAB.
Risk: low. Related incidents INC-88213, INC-88240.""",
    """ご注文ありがとうございます。
ご注文番号：250611-0047821
伝票番号：4471-2290-8831（ヤマト運輸）
商品：ワイヤレスイヤホン 型番 WX-900BT（シリアル SN24E0917733）×1
ご請求書番号：INV-2406-00918
お届け先：[[PERSON:野村 千尋]] 様
お問い合わせ：お客様センター 0120-444-918（平日10時〜18時）、support@hoshizora-denki.jp""",
    """INVOICE No. 2024/0417          PO 4500118273
From: Halvorsen & Pike Ltd, VAT reg. GB 284 1193 07, company no. 08812204
To: Accounts Payable, Brightwater Foods plc (attn: [[PERSON:Ruth Adeyemi]])
Terms: 30 days net. Sort code 20-32-06, SWIFT BARCGB22.
Line 1: Pareto analysis workshop (2 days) - £3,400.00
Line 2: Gantt and Kanban templates, licence KEY-7H2Q-99XT - £450.00
Remittance to accounts@halvorsenpike.co.uk; queries 0161 496 0712.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind81", STYLES, OUT)


if __name__ == "__main__":
    main()

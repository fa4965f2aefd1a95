"""Build tests/data/blind52.jsonl: a fifty-second *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind52.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its closing scaffolding
from `STYLES = {` to the end of the file (copied below); gold_sets.py (the
whole file); and lines 1-64 of make_handwritten.py (its conventions, the
MARK and TITLE_IN_NAME regexes and `parse()`). Not read: minimize/,
recognizers/, the tests (other than those lines), bench/, the README, any
*.jsonl set, any other make_*.py script, git history, log or status. The
detector, the bench and the tests were never run, on this file or on
anything else. Do not tune the detector against this set: once it has been
used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check digits inside the
Portuguese (NIB), Hungarian, French (RIB), Spanish and Belgian-style BBANs
are right too (worked out by hand-run throwaway code while writing, not
generated here; `gold_sets.check` re-checks cards and IBANs and refuses a
bad one). National ids with a public check digit were given a valid one the
same way: NHS numbers, Canadian SINs, BC PHN, Ontario health number,
Aadhaar (Verhoeff), Australian TFNs and Medicare numbers, Irish PPSNs,
Singapore NRIC/FIN, South African ids (agreeing with sex and birth date
where they show), Dutch BSN, New Zealand IRD and NHI numbers, German
Steuer-IdNr, Portuguese NIF, NISS and Cartao de Cidadao, Hungarian TAJ and
adoazonosito jel (agreeing with the birth date where it shows), Greek AFM
and AMKA (AMKA agreeing with the birth date); the ISBN-13s in the
look-alikes carry a valid check digit too. UK NI numbers and UTRs, US SSNs
and ITINs, PAN, KRA PINs, Nigerian BVN and NIN, Philippine SSS and
PhilHealth numbers, Kenyan ids, Greek ADT, passports, licences, plates,
bank account numbers and staff, student, member, patient and loyalty
numbers were not checked.

Styles (ids `blind52-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Canada, Australia, India, Ireland, South Africa,
Nigeria, Kenya, Ghana, Singapore, the Philippines and New Zealand contexts,
with names from the many cultures living there); 28 are in German
(Germany), Portuguese (Portugal), Hungarian or Greek written in Latin
transliteration (gen 10, bench 12, table 4, chat 2):
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: 35 odd, dense mixed sentences like ai4privacy
  pii-masking-200k/300k/400k (names, job titles, streets with building
  numbers and secondary addresses, IPv4 / IPv6, MACs, user agents, card /
  CVV / expiry, IBAN / BIC, passwords, usernames, SSNs, passports,
  licences); 30 domain documents like gretel-pii-masking-en-v1 (claims,
  contracts, medical, loan and school forms, wills and probate papers,
  breach notices, affidavits); 35 structured snippets like Nemotron-PII
  (JSON, log lines, SQL, XML, YAML, .env, code, HL7, FHIR, vCard, email
  headers, git metadata, HTTP requests, tickets and web forms).
- `gen` (90): one to four LLM-style "realistic sentences with personal
  data", with extra weight on tax returns and accountants, physiotherapy,
  moving companies, sports club injuries, probate and wills, and
  cybersecurity incident notices (about nine each), the rest spread over
  banking, vets, schools, dentists, airlines, hotels, car hire, insurance,
  pharmacy, ride-hailing, childcare, immigration, volunteering, weddings,
  libraries, courts, utilities, charities, hospitals, recruitment, dating,
  gaming, real estate, telecoms, trades, churches, lettings, gyms,
  universities, police reports, care homes, blood donation, tutoring, pet
  adoption, social media, tech support and payroll. Names at the start,
  middle and end, lowercase and possessive; ages, dates, addresses, phones
  and ids in many shapes.
- `table` (35): one small table per record rendered as text (CSV, TSV,
  semicolon CSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value
  blocks) with three to four data rows,
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, a family messaging thread, a team incident
  channel, a club committee group chat, an accountant-client thread and an
  SMS booking thread, with the speakers' names and the data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, job and claim references, SKUs, versions and firmware
  shaped like IPs, hashes, UUIDs, serials, asset tags, company phone
  numbers, role mailboxes, VAT and company numbers, sort codes, eponyms,
  streets and venues named after people with no number), the few real PII
  values labeled; one of them (the release notes) has no PII at all.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  patronymics; a possessive "'s" is outside; nicknames are PERSON. TITLE:
  honorifics and ranks attached to a name (Mr, Dr, Prof, Herr, Frau, Sr.,
  kyrie, Shri, Brother, Officer), labeled apart from it; job titles (Coach,
  CA, Steuerberater) are not TITLE and family words (Auntie, Uncle,
  Grandpa, Familie) stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes and HC boxes, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, death, appointment, move, injury,
  hearing, visit, signature, letter, start of a job or lease ...) with a day
  or month, in any shape; a weekday or clock time said with such a date is
  inside the span; not bare years, weekdays or times alone, durations, or
  dates not tied to a person (invoice, pay-run, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security / health ids, patient,
  staff, student, customer, member, donor, library and loyalty numbers, bank
  account numbers, non-US passports and licences, plates; US_SSN,
  US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders and pronouns, job titles, employers and
  company names, user agents, MAC addresses, BIC / SWIFT, sort codes, BSB,
  branch and routing numbers, CVVs and expiries, PINs and gate codes,
  order / ticket / claim / policy / booking / tracking / invoice / case
  references, company phone numbers and role mailboxes, versions, hashes,
  serials, partial numbers ("ending 4417", "card_last4"), pets, eponyms and
  brands named after people, room numbers, a header row.
- Calls made while writing this set: the same table calls as
  make_blind22.py (a "sex", "gender", "role", "dept", "status" or
  "relationship" column stays unlabeled, an "age" column is AGE, a
  "country", "state" or "county" column is LOCATION, a "nationality" column
  is NRP, a unit column of a lettings table is ADDRESS like other secondary
  addresses); a "customer_no", "accountNo", "member_no", "staff #" or
  "employee_id" value is ID_NUMBER, a claim or invoice reference is not;
  every IP address is IP_ADDRESS (a server's, an attacker's or a private
  one alike), only IP-shaped versions are not; in logs and alerts the
  timestamp of a user's own action (a login, a sign-in, a password reset
  request, a commit, an email's Date header, a credential reset) is
  DATE_TIME, the timestamp of a system event (a cron run, a health probe,
  a scheduler tick) is not; chat lines carry clock times only, which stay
  unlabeled; a breach notice's dates of the access to the addressee's data
  are DATE_TIME; a VIN is unlabeled like other serials; an ITIN is
  ID_NUMBER, not US_SSN; a Hungarian "-né" married name is PERSON whole;
  the addresses of companies and charities are left out of the tables
  rather than labeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind52.jsonl")

BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    """Dear [[PERSON:Mx. Rowan Ellery-Tamsin]], your application for the Senior Integration Architect role has moved forward. Please confirm your residence at [[ADDRESS:4471 Quigley Parkway, Suite 908]], [[LOCATION:North Delmer]], [[LOCATION:VT]] [[ZIP_CODE:05730]] and authorise a $39 charge for the background check to card [[CREDIT_CARD:4111 1188 2045 6174]] (CVV 381, exp 09/27).""",
    """[[PERSON:Oluwaseun]] logged in from [[IP_ADDRESS:192.168.14.203]] with device MAC 3C:22:FB:9A:10:4E using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15 at [[DATE_TIME:03:17 on 11/02/2023]]; please verify that the session belongs to [[USERNAME:seun_adebayo84]].""",
    """The elderly patient, [[PERSON:Mrs. Henrietta Vossberg]], aged [[AGE:83]], female, residing at [[ADDRESS:88 Lindqvist Row]], [[LOCATION:Karlsfield]], was prescribed a new inhaler. Her secondary contact, her grandson [[PERSON:Eamon]], can be reached at [[PHONE_NUMBER:+44 7911 402876]].""",
    """Transfer of EUR 2,450.00 from [[IBAN_CODE:DE98500105176408812293]] (BIC INGDDEFFXXX) to [[PERSON:Milan Horvat]] was approved by Product Operations Specialist [[PERSON:Gwendolyn Price]] on [[DATE_TIME:2024-02-19T14:05:33Z]].""",
    """Hey [[PERSON:Zaid]], the reimbursement for your trip to [[LOCATION:East Brendanshire]] is ready. We'll send it to account [[ID_NUMBER:30417722]] under the name on file, [[PERSON:Zaid Haddad]]; your SSN [[US_SSN:214-80-6672]] stays masked in every export.""",
    """Our legal team, led by Chief Compliance Officer [[PERSON:Anneliese Strobel]], needs [[PERSON:Mr. Kwabena Darko]]'s (born [[DATE_TIME:1971-06-30]], [[AGE:53]] y/o) passport [[US_PASSPORT:583920174]] and driver's license [[US_DRIVER_LICENSE:S530-418-72-619-0]] for the [[LOCATION:Florida]] incorporation filing.""",
    """Please update the vehicle record: keeper [[PERSON:Delphine Auclair]], VRM [[ID_NUMBER:LN68 YHB]], VIN WVWZZZ1KZ8W221934, registered at [[ADDRESS:Apt. 12, 56 Rue des Lilas]], [[LOCATION:Lyon]] [[ZIP_CODE:69003]].""",
    """[[PERSON:Lysandra]] shared her new number, [[PHONE_NUMBER:(828) 401-7765 x212]], and her work email, [[EMAIL_ADDRESS:lysandra.okafor@brightwavelabs.io]], on the onboarding form; her pronouns are she/her and her desk is 4F-22.""",
    """Account recovery for [[USERNAME:Elmo.Gutkowski]]: the password hint was 'blue heron', the new password is Xq7!vR2p#, and the recovery email is [[EMAIL_ADDRESS:elmo_g91@yahoo.com]]. Last login from [[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]] on [[DATE_TIME:05/14/2024 21:48]].""",
    """Kindly remit the settlement to [[PERSON:Signe Kristiansen]], [[IBAN_CODE:GB52NWBK60161348210377]], reference CLM-8831-B. Her residence: [[ADDRESS:Flat 9, 212 Wandsworth Bridge Road]], [[LOCATION:London]] [[ZIP_CODE:SW6 2UE]].""",
    """In our session on [[DATE_TIME:April 4th]], [[PERSON:Kiran]], [[AGE:16]], a male student at Ridgeview High, talked about anxiety around exams; his guardian [[PERSON:Deepa Sharma]] ([[EMAIL_ADDRESS:deepa.sharma@gmail.com]]) consented to a follow-up.""",
    """Parishioner [[PERSON:Tomás Ferreira]], a practising [[NRP:Catholic]] of [[NRP:Portuguese]] descent, asked for his baptismal record to be sent to [[ADDRESS:PO Box 3381]], [[LOCATION:Fall River]], [[LOCATION:MA]] [[ZIP_CODE:02722]].""",
    """Shipping label: [[PERSON:Ms. Yuki Tanabe]], [[ADDRESS:2-14-7 Kichijoji Honcho, Room 305]], [[LOCATION:Musashino-shi]], [[LOCATION:Tokyo]] [[ZIP_CODE:180-0004]], [[LOCATION:Japan]]; tel [[PHONE_NUMBER:+81 90-4127-3368]]. Contents: 2x ceramic mugs, gift.""",
    """Hi, I'm [[PERSON:Bartholomew]], Lead Brand Strategist at Kuhn Group. My LinkedIn is [[URL:https://www.linkedin.com/in/bart-oyelowo-42a7]] and my portfolio lives at [[URL:bartoyelowo.design]]. Reach me at [[PHONE_NUMBER:001-417-882-3390]].""",
    """Card [[CREDIT_CARD:5200 8211 4753 9064]] (exp 11/26, CVV 904) belonging to [[PERSON:Ignatius Wolff]] was declined last night at a terminal in [[LOCATION:Reno]], [[LOCATION:Nevada]]; the cardholder's registered mobile is [[PHONE_NUMBER:775.309.4418]].""",
    """Subject: consultation for [[PERSON:Marisol]]. Patient [[PERSON:Marisol Quintero]], [[AGE:24]], DOB [[DATE_TIME:12/02/2000]], SSN [[US_SSN:602-19-4473]], lives at [[ADDRESS:1739 Elm Street, Apt 3R]], [[LOCATION:Santa Fe]], [[LOCATION:NM]] [[ZIP_CODE:87501]].""",
    """Sehr geehrter [[TITLE:Herr]] [[PERSON:Dietmar Vogelsang]], als Leiter Digitales Marketing erhalten Sie Zugang mit dem Benutzernamen [[USERNAME:dvogelsang]] und dem Passwort Hx9#lmQ2. Ihre Adresse [[ADDRESS:Königsallee 92, 3. OG]], [[ZIP_CODE:40212]] [[LOCATION:Düsseldorf]] wurde am [[DATE_TIME:12.03.2024]] geändert, angemeldet von IP [[IP_ADDRESS:84.172.33.190]].""",
    """Prezada [[PERSON:Beatriz Lacerda]], a sua conta com o IBAN [[IBAN_CODE:PT50 0033 0000 4538 7119 2058 2]] foi associada ao cartão [[CREDIT_CARD:5454 6900 7728 1317]]. Nasceu a [[DATE_TIME:28/05/1992]], tem [[AGE:32]] anos e reside na [[ADDRESS:Rua Gonçalo Cristóvão, 347, 4.º Esq.]], [[ZIP_CODE:4000-270]] [[LOCATION:Porto]].""",
    """Kedves [[PERSON:Farkas Bence]]! Az Ön [[USERNAME:farkasb_92]] felhasználónevű fiókjába [[DATE_TIME:2024. március 7-én 22:41-kor]] belépés történt a [[IP_ADDRESS:188.6.214.73]] IP-címről. Bankszámlája ([[IBAN_CODE:HU60 1177 3016 6200 1840 0000 0005]]) nem érintett, jelszavát azonban módosítsa.""",
    """O [[PERSON:Konstantinos Alexiou]], [[AGE:39]] eton, Ypeythynos Logistiriou, dilose dieythynsi [[ADDRESS:Leoforos Kifisias 124]], [[ZIP_CODE:115 26]] [[LOCATION:Athina]], kai IBAN [[IBAN_CODE:GR57 0110 1250 0000 1253 0047 719]]. AMKA: [[ID_NUMBER:23078504125]], imerominia gennisis [[DATE_TIME:23/07/1985]].""",
    """Neighbourhood watch note: [[PERSON:Gideon Achterberg]] (he/him) from [[ADDRESS:17 Birchmead]], [[LOCATION:Southside]], saw a grey van, plate [[ID_NUMBER:KR21 UXP]], idling outside [[PERSON:Mrs. Pauline Osei]]'s house at around 2 a.m.""",
    """Wire details for the [[LOCATION:Zürich]] flat deposit: beneficiary [[PERSON:Henrik Lindqvist]], IBAN [[IBAN_CODE:CH93 0076 2011 6238 5295 7]], BIC UBSWCHZH80A, amount CHF 18,000; contact [[EMAIL_ADDRESS:h.lindqvist@protonmail.ch]].""",
    """[[PERSON:Dr. Oyinkansola Bakare-Smith]] reviewed the MRI of [[PERSON:Teodoro]] ([[AGE:58]], male) on [[DATE_TIME:Jan 5, 2024]]; his follow-up is at [[ADDRESS:3300 Brookline Ave, 6th Floor]], [[LOCATION:Boston]].""",
    """The Discover card [[CREDIT_CARD:6011 0049 3382 7103]] with expiration 04/28 was added by [[USERNAME:quincy.a.forbes]] from Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 at IP [[IP_ADDRESS:73.152.9.211]].""",
    """Please mail the jury summons for [[PERSON:Ruthanne Delacroix-Bell]] to [[ADDRESS:Rural Route 2, Box 118]], [[LOCATION:Pawhuska]], [[LOCATION:Osage County]], [[LOCATION:Oklahoma]] [[ZIP_CODE:74056]]; she turns [[AGE:70]] on [[DATE_TIME:August 9]] and may claim the age exemption.""",
    """[[PERSON:Keanu Kahananui]]'s MAC address 00:1B:44:11:3A:B7 was whitelisted on the router at [[ADDRESS:91-1012 Kaimalie St]], [[LOCATION:Ewa Beach]], [[LOCATION:HI]] [[ZIP_CODE:96706]] and given the fixed IP [[IP_ADDRESS:10.0.0.58]].""",
    """Freelance contract: [[PERSON:Anjali Raghavan]] (Chief Creative Officer, Brightloom) will be paid to [[IBAN_CODE:NL61RABO0317742051]]. Her BSN, [[ID_NUMBER:173826040]], is on file, and her start date is [[DATE_TIME:1 September 2024]].""",
    """User [[USERNAME:m0rgan_le_fay]] ([[PERSON:Morgan Feeney]], non-binary, [[AGE:31]]) reported harassment from [[USERNAME:trollhunter_99]] on [[DATE_TIME:the evening of 3/22]]; the screenshots were forwarded to the trust and safety team.""",
    """Bitte überweisen Sie die Kaution an [[PERSON:Annika Schürmann]], [[IBAN_CODE:DE95 1002 0890 0027 7144 50]]. Ihre Telefonnummer lautet [[PHONE_NUMBER:+49 30 88714520]]; sie ist am [[DATE_TIME:4. Oktober 1988]] geboren und zieht zum [[DATE_TIME:1. Dezember]] ein.""",
    """Greetings [[PERSON:Prof. Ifeoma Nwachukwu]], your department's grant of NGN 12,400,000 will be credited to account [[ID_NUMBER:0123845596]] in [[LOCATION:Abuja]]; please confirm your BVN, [[ID_NUMBER:22184739051]], by [[DATE_TIME:Friday 28 June]].""",
    """[[PERSON:Saoirse]] (she/they), [[AGE:22]], Junior Data Analyst, requested remote access. Workstation WS-4471, MAC A4:83:E7:2C:91:0D, IPv6 [[IP_ADDRESS:fe80::a683:e7ff:fe2c:910d]]. Approved by [[PERSON:Declan Moriarty]].""",
    """Order placed by [[PERSON:Abimbola Fashola]] for delivery to [[ADDRESS:Block C, 4th Floor, 22 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]; paid with Mastercard [[CREDIT_CARD:5178 0554 1192 7345]], CVV 066.""",
    """Reminder for [[PERSON:Cormac Delaney]]: your American Express [[CREDIT_CARD:3782 821445 90138]] (CID 4417) will be billed $129 on renewal. You can update your billing address ([[ADDRESS:33 Oakwood Terrace]], [[LOCATION:Galway]], [[ZIP_CODE:H91 E2K7]]) at any time.""",
    """Date of birth [[DATE_TIME:14th of Feb 1963]], gender F, height 5'6", eye colour hazel: these are the details [[PERSON:Bernadine Kowalski-Huang]] gave when renewing her [[LOCATION:Illinois]] licence [[US_DRIVER_LICENSE:K425-6719-3058]].""",
    """Your JCB [[CREDIT_CARD:3530 1119 3330 4410]] was used to book a room for [[PERSON:Haruto Ishikawa]] and [[PERSON:Sakura Ishikawa]] arriving [[DATE_TIME:2024/10/02]]; guest phone [[PHONE_NUMBER:+81-80-3391-4472]].""",
    # in the manner of gretel-pii-masking-en-v1 (domain documents)
    """CLAIM FORM - HOMEOWNERS
Policy No.: HO-55128831
Claimant: [[PERSON:Reginald P. Ashworth]]
Address of loss: [[ADDRESS:2906 Willow Bend Court]], [[LOCATION:Tulsa]], [[LOCATION:OK]] [[ZIP_CODE:74133]]
Date of loss: [[DATE_TIME:07/18/2024]]
Description: Hail damage to roof and rear skylight; interior water staining in the den.
Contact: [[PHONE_NUMBER:918-555-7720]] / [[EMAIL_ADDRESS:rashworth@cox.net]]""",
    """Personal Loan Application
Applicant: [[PERSON:Aisha Bello]]    DOB: [[DATE_TIME:1988-09-12]]    SSN: [[US_SSN:318-44-2097]]
Employer: Meridian Health Systems    Position: Clinical Coordinator    Annual income: $74,500
Current address: [[ADDRESS:1550 Peachtree St NE, Unit 1107]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]] (since [[DATE_TIME:03/2019]])
Checking account: [[ID_NUMBER:004417823391]] (routing 061000104)""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Vusumuzi Dlamini]]    MRN: [[ID_NUMBER:JHB-0048217]]    Age: [[AGE:66]]
Admitted: [[DATE_TIME:03 Apr 2024]]    Discharged: [[DATE_TIME:09 Apr 2024]]
Attending: [[PERSON:Dr. Refilwe Motaung]]
Diagnosis: community-acquired pneumonia, resolved on IV co-amoxiclav. Follow up with GP in [[LOCATION:Randburg]] within 7 days; repeat chest X-ray in 6 weeks.""",
    """This Employment Agreement is entered into on [[DATE_TIME:January 6, 2025]] between Cascade Analytics LLC ("Company") and [[PERSON:Tobias Lindgren]], residing at [[ADDRESS:804 Cedar Hollow Rd]], [[LOCATION:Bend]], [[LOCATION:Oregon]] [[ZIP_CODE:97702]] ("Employee"). Employee's first day of employment shall be [[DATE_TIME:January 20, 2025]], and Employee shall report to [[PERSON:Miriam Achebe]], VP of Engineering.""",
    """NOTICE TO VACATE
To: [[PERSON:Ms. Candace Whitlow]], [[ADDRESS:Apt 4B, 218 Greenwood Avenue]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11218]]
You are hereby notified that your month-to-month tenancy will terminate on [[DATE_TIME:March 31, 2025]]. Please return all keys to the landlord, [[PERSON:Ephraim Goldstein]], who can be reached at [[PHONE_NUMBER:718-555-0462]].""",
    """WORKERS' COMPENSATION - FIRST REPORT OF INJURY
Employee: [[PERSON:Luis Alberto Cárdenas]]    SSN: [[US_SSN:587-20-3316]]    Age: [[AGE:44]]
Date/time of injury: [[DATE_TIME:05/02/2024 10:45 AM]]
Body part: right shoulder (rotator cuff)    Witness: [[PERSON:Dwayne Tillman]]
Treating physician: [[PERSON:Dr. Mei-Ling Chou]], [[LOCATION:Fresno]]; referred for 12 sessions of physical therapy.""",
    """LAST WILL AND TESTAMENT OF [[PERSON:AUGUSTINE KOFI BOATENG]]
I, [[PERSON:Augustine Kofi Boateng]], of [[ADDRESS:58 Cherry Orchard Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 6BA]], revoke all former wills and codicils. I appoint my wife [[PERSON:Comfort Boateng]] and my friend [[PERSON:Desmond Agyeman]] to be my executors and trustees.
Dated [[DATE_TIME:12 March 2021]].
Witness: [[PERSON:Linda Hargreaves]], [[ADDRESS:60 Cherry Orchard Road]], retired teacher.""",
    """ENGAGEMENT LETTER - 2024 INDIVIDUAL INCOME TAX RETURN
Clients: [[PERSON:Ryo Hashimoto]] and [[PERSON:Jennifer Hashimoto]]
Taxpayer SSNs: [[US_SSN:401-73-2285]] / [[US_SSN:455-18-6903]]
Address: [[ADDRESS:12 Sandpiper Lane]], [[LOCATION:Hilton Head Island]], [[LOCATION:SC]] [[ZIP_CODE:29928]]
Fee: $1,150, payable on delivery of the return. Prepared by [[PERSON:Gregory Fenn]], CPA, on [[DATE_TIME:February 3, 2025]].""",
    """PHYSIOTHERAPY INTAKE
Name: [[PERSON:Harriet Osborne-Kaye]]    DOB: [[DATE_TIME:21/06/1975]]    NHS No: [[ID_NUMBER:632 119 4808]]
GP: [[PERSON:Dr. P. Sandhu]], [[LOCATION:Harrogate]]
Presenting complaint: plantar fasciitis, left foot, onset [[DATE_TIME:mid-January]] after starting a couch-to-5k plan.
Next of kin: [[PERSON:Graham Kaye]] (husband), [[PHONE_NUMBER:07512 663 018]]""",
    """BILL OF LADING - HOUSEHOLD GOODS
Shipper: [[PERSON:Marguerite Delacourt]]
Origin: [[ADDRESS:77 Cobblestone Way]], [[LOCATION:Alexandria]], [[LOCATION:VA]] [[ZIP_CODE:22314]]
Destination: [[ADDRESS:5100 N Central Ave, Apt 902]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85012]]
Pickup: [[DATE_TIME:07/08/2024]]    Est. delivery: [[DATE_TIME:07/15/2024]]    Weight: 6,420 lbs
Order #: BOL-2024-118830    Driver: [[PERSON:Terrence Bowie]]    Shipper cell: [[PHONE_NUMBER:703-555-0119]]""",
    """INJURY REPORT FORM - RIVERSIDE RUGBY CLUB
Player: [[PERSON:Finley Armitage]]    Age: [[AGE:17]]    Team: U18 Colts
Date and time: [[DATE_TIME:Sat 19/10/2024, 15:20]]
Injury: suspected dislocated left shoulder in a tackle; ambulance not required.
First aider: [[PERSON:Carol Nightingale]]
Parent contacted: [[PERSON:Mrs. Joanne Armitage]] on [[PHONE_NUMBER:07723 419 660]]""",
    """NOTICE OF DATA BREACH
[[DATE_TIME:June 12, 2024]]
[[PERSON:Roberto Salgado]]
[[ADDRESS:2314 Vine Street]]
[[LOCATION:Cincinnati]], [[LOCATION:OH]] [[ZIP_CODE:45219]]
What happened? On [[DATE_TIME:May 20, 2024]], an unauthorized actor copied payroll files that included your name, home address and employee ID ([[ID_NUMBER:EMP-22941]]). What we are doing: we have reset all credentials and notified law enforcement.""",
    """CONTRATO DE CRÉDITO PESSOAL
Mutuário: [[PERSON:Tiago Miguel Ferreira da Silva]]
NIF: [[ID_NUMBER:192764306]]    Cartão de Cidadão: [[ID_NUMBER:13874052 6 ZX49]]
Data de nascimento: [[DATE_TIME:17/03/1985]]
Morada: [[ADDRESS:Rua Dr. António José de Almeida, 58, 1.º]], [[ZIP_CODE:3000-045]] [[LOCATION:Coimbra]]
IBAN para débito das prestações: [[IBAN_CODE:PT50 0007 0112 0019 3384 2711 1]]
Montante: 12.500,00 EUR, prazo de 60 meses.""",
    """MUNKASZERZŐDÉS
Munkavállaló: [[PERSON:Nagy Krisztina]]
Születési hely, idő: [[LOCATION:Debrecen]], [[DATE_TIME:1991. november 2.]]
Anyja neve: [[PERSON:Balogh Erzsébet]]
Lakcím: [[ZIP_CODE:4025]] [[LOCATION:Debrecen]], [[ADDRESS:Piac utca 31. 2/8.]]
Adóazonosító jel: [[ID_NUMBER:8455950870]]    TAJ szám: [[ID_NUMBER:117 205 938]]
Bankszámla: [[IBAN_CODE:HU05 1040 3019 6505 7489 0000 0002]]
Munkakör: könyvelő. A munkaviszony kezdete: [[DATE_TIME:2024. szeptember 1.]]""",
    """SYMVASI MISTHOSIS KATOIKIAS
Misthotria: [[PERSON:Eleni Karagianni]] tou [[PERSON:Dimitriou]], AFM [[ID_NUMBER:139025848]], ADT [[ID_NUMBER:AK 418273]], kinito [[PHONE_NUMBER:698 224 0371]].
Akinito: [[ADDRESS:Egnatias 88, 3os orofos]], [[ZIP_CODE:546 30]] [[LOCATION:Thessaloniki]].
Enarxi misthosis: [[DATE_TIME:1/2/2025]], diarkeia 3 eti, mniaio misthoma 520 evro.""",
    """REFERRAL
Patient: [[PERSON:Chayton Begay]]    DOB: [[DATE_TIME:08/30/1969]]    Sex: M
Insurance: IHS, member ID [[ID_NUMBER:IHS-04418827]]
Address: [[ADDRESS:HC 61 Box 940]], [[LOCATION:Chinle]], [[LOCATION:AZ]] [[ZIP_CODE:86503]]
Referred to: podiatry clinic in [[LOCATION:Gallup]]. Reason: non-healing diabetic foot ulcer, right heel.""",
    """APPLICATION FOR GRANT OF PROBATE
Deceased: [[PERSON:Colin James McPhee]], late of [[ADDRESS:19 Jacaranda Street]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]], retired grazier
Date of death: [[DATE_TIME:14 November 2023]]    Date of will: [[DATE_TIME:2 May 2016]]
Applicant: [[PERSON:Fiona Margaret McPhee]] (daughter and sole executor)
Solicitor: [[PERSON:Nathan Ioannou]], [[EMAIL_ADDRESS:nioannou@downslaw.com.au]]""",
    """Re: Dispute of card transaction
Cardholder: [[PERSON:Olusegun Adeyemi-Clarke]]
Card number: [[CREDIT_CARD:4917 6120 0034 5575]]
Amount: $612.40, merchant SkyFare Travel. I did not authorise this purchase and still hold the card.
Address: [[ADDRESS:400 Harbour Drive, Unit 12]], [[LOCATION:Stamford]], [[LOCATION:CT]] [[ZIP_CODE:06902]]
Signature: [[PERSON:O. Adeyemi-Clarke]]    Date: [[DATE_TIME:09/30/2024]]""",
    """STUDENT REGISTRATION
Student: [[PERSON:Amara Osei-Tutu]]    Birthdate: [[DATE_TIME:2016-04-09]]    OEN: [[ID_NUMBER:482 039 571]]
Parent/guardian: [[PERSON:Kwasi Osei-Tutu]], [[PHONE_NUMBER:647-555-3190]], [[EMAIL_ADDRESS:kwasi.ot@rogers.com]]
Home address: [[ADDRESS:36 Lawrence Ave W, Unit 5]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5M 1A3]]
Languages spoken at home: Twi, English""",
    """MOTOR CLAIM INTIMATION
Insured: [[PERSON:Rajesh Kumar Yadav]]    Mobile: [[PHONE_NUMBER:+91 99100 48277]]
Vehicle reg. no.: [[ID_NUMBER:DL 8C AF 4417]]    Policy no.: 3001/MC/88120457/00
Date and time of accident: [[DATE_TIME:14/01/2025 at 19:30]]    Place: NH-48 near [[LOCATION:Gurugram]]
Driving licence: [[ID_NUMBER:DL-1420110012345]]""",
    """VEHICLE FINANCE APPLICATION
Applicant: [[PERSON:Tshepo Khumalo]] (male)    ID number: [[ID_NUMBER:8706145127084]]
Residential address: [[ADDRESS:45 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]
Employer: Sasol, gross monthly income R48,200
Bank account: [[ID_NUMBER:62418337901]] (branch code 250655)    Cell: [[PHONE_NUMBER:071 403 8826]]""",
    """Dear [[PERSON:Mrs. Patel]],
We are writing to let you know that on [[DATE_TIME:28 August 2024]] a member of our reception team sent an email to an incorrect address. The email contained your name, date of birth ([[DATE_TIME:15/09/1958]]) and NHS number ([[ID_NUMBER:721 390 4523]]). The recipient has confirmed deletion, and we have reported the incident to the ICO.
Yours sincerely, [[PERSON:Dr. Alistair Greaves]], Data Protection Lead""",
    """REMOVAL QUOTATION - ACCEPTANCE
Customer: [[PERSON:Imogen Faulkner-Reyes]]
From: [[ADDRESS:Flat 14, Albion Court, 2 Queen Street]], [[LOCATION:Bath]] [[ZIP_CODE:BA1 1HE]]
To: [[ADDRESS:The Old Forge, Church Lane]], [[LOCATION:Castle Combe]] [[ZIP_CODE:SN14 7HU]]
Removal date: [[DATE_TIME:Thursday 3 April 2025]]    Deposit paid: GBP 300 (card ending 4410)
Signed: [[PERSON:I. Faulkner-Reyes]]""",
    """CONSENT FOR PROCEDURE
Patient: [[PERSON:Rajendran s/o Muthusamy]]    NRIC: [[ID_NUMBER:S7602318B]]    DOB: [[DATE_TIME:03/02/1976]]
Procedure: right knee arthroscopy, [[DATE_TIME:14 March 2025, 8:00 am]]
Surgeon: [[PERSON:Dr. Lee Kok Meng]]
Next of kin: [[PERSON:Kamala d/o Ramasamy]] (wife), [[PHONE_NUMBER:9672 1183]]""",
    """SCHOLARSHIP APPLICATION
Applicant: [[PERSON:Faith Chepkoech]] | National ID: [[ID_NUMBER:33817254]] | DOB: [[DATE_TIME:11/07/2003]]
County: [[LOCATION:Uasin Gishu]] | Phone: [[PHONE_NUMBER:+254 700 391 228]]
Institution: Moi University, Reg. No. [[ID_NUMBER:SBE/0428/21]]
Guardian: [[PERSON:Joseph Kiprotich]], farmer""",
    """Schadenmeldung Kfz-Haftpflicht
Versicherungsnehmerin: [[PERSON:Sabine Kröger]], geb. [[DATE_TIME:22.08.1979]]
Anschrift: [[ADDRESS:Eppendorfer Weg 211]], [[ZIP_CODE:20251]] [[LOCATION:Hamburg]]
Amtliches Kennzeichen: [[ID_NUMBER:HH-SK 4127]]    Versicherungsschein-Nr.: KV-88201934
Schadentag: [[DATE_TIME:05.11.2024, ca. 7:45 Uhr]]
Unfallgegner: [[PERSON:Marco Lindemann]], Tel. [[PHONE_NUMBER:0176 22938471]]""",
    """TENANCY APPLICATION
Applicant: [[PERSON:Wiremu Hēnare]]    Date of birth: [[DATE_TIME:02/12/1990]]
Current address: [[ADDRESS:27B Kauri Road]], [[LOCATION:Whangārei]] [[ZIP_CODE:0110]]
IRD number: [[ID_NUMBER:049-182-732]]    Occupation: electrician
Reference: [[PERSON:Hine Walker]] (previous landlord), [[PHONE_NUMBER:021 448 2093]]""",
    """AFFIDAVIT OF LOSS
I, [[PERSON:Maria Concepcion R. Villareal]], of legal age, [[NRP:Filipino]], married, and a resident of [[ADDRESS:Blk 12 Lot 7, Phase 2, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]], after having been duly sworn, depose and say that I lost my SSS ID No. [[ID_NUMBER:34-1928374-5]] on or about [[DATE_TIME:February 10, 2025]] while commuting to [[LOCATION:Makati]].""",
    """KYC REVIEW - RETAIL
Customer: [[PERSON:Ciarán Mulvihill]]    DOB: [[DATE_TIME:30/11/2001]]
PPSN: [[ID_NUMBER:6390214MA]]
IBAN: [[IBAN_CODE:IE20 AIBK 9311 5240 5833 16]]
Proof of address: utility bill for [[ADDRESS:5 Oaklands Drive]], [[LOCATION:Tralee]], [[LOCATION:Co. Kerry]]
Outcome: cleared by [[PERSON:Sinéad Hurley]] on [[DATE_TIME:04/03/2025]]""",
    """PRESCRIPTION
Prescriber: [[PERSON:Dr. Hamid Rezaei]]
Patient: [[PERSON:Leah Rosenberg]], [[AGE:29]], [[ADDRESS:12 Golders Way]], [[LOCATION:London]] [[ZIP_CODE:NW11 8JT]]
Rx: sertraline 50 mg, one tablet daily, 28 tablets. Review in four weeks.
Date: [[DATE_TIME:02/10/2024]]""",
    # in the manner of Nemotron-PII (JSON, logs, SQL, XML, config, code, tickets, forms)
    """{"customer_no": "[[ID_NUMBER:C-448120]]", "name": {"first": "[[PERSON:Olamide]]", "last": "[[PERSON:Adesanya]]"}, "dob": "[[DATE_TIME:1993-04-27]]", "email": "[[EMAIL_ADDRESS:olamide.adesanya@gmail.com]]", "phone": "[[PHONE_NUMBER:+1-646-555-0198]]", "address": {"street": "[[ADDRESS:771 Bergen Street, Apt 3]]", "city": "[[LOCATION:Brooklyn]]", "state": "[[LOCATION:NY]]", "zip": "[[ZIP_CODE:11238]]"}, "loyalty_tier": "gold", "marketing_opt_in": false}""",
    """[[DATE_TIME:2024-06-03T08:14:22Z]] INFO  auth.login user=[[USERNAME:k.fernandes]] src=[[IP_ADDRESS:10.42.7.19]] mfa=passed session=7f3a9c21
[[DATE_TIME:2024-06-03T08:14:25Z]] WARN  auth.login user=[[USERNAME:k.fernandes]] src=[[IP_ADDRESS:203.0.113.77]] geo=BR mfa=failed reason=push_denied
2024-06-03T08:15:00Z INFO  scheduler.tick jobs=14 queue_depth=0""",
    """INSERT INTO patients (full_name, dob, ssn, phone, city, primary_physio)
VALUES ('[[PERSON:Rosa Delgado]]', '[[DATE_TIME:1958-12-03]]', '[[US_SSN:531-66-2048]]', '[[PHONE_NUMBER:915-555-4410]]', '[[LOCATION:El Paso]]', '[[PERSON:Martin Okafor]]'),
       ('[[PERSON:Harold Kim]]', '[[DATE_TIME:1947-05-21]]', '[[US_SSN:468-02-7719]]', '[[PHONE_NUMBER:915-555-0872]]', '[[LOCATION:Las Cruces]]', '[[PERSON:Martin Okafor]]');""",
    """<employee>
  <staffNo>[[ID_NUMBER:E20-4471]]</staffNo>
  <name>[[PERSON:Mbali Zungu]]</name>
  <jobTitle>HR Business Partner</jobTitle>
  <idNumber>[[ID_NUMBER:8811210734085]]</idNumber>
  <mobile>[[PHONE_NUMBER:+27 83 412 7790]]</mobile>
  <email>[[EMAIL_ADDRESS:mbali.zungu@gmail.com]]</email>
  <startDate>[[DATE_TIME:2023-02-01]]</startDate>
  <costCentre>CC-310</costCentre>
</employee>""",
    """# alerting.yaml
alerting:
  owner: "[[PERSON:Gustavo Pereira]] <[[EMAIL_ADDRESS:gustavo.pereira@acme-logistics.com]]>"
  oncall_phone: "[[PHONE_NUMBER:+1 415 555 0176]]"
  escalation:
    - name: [[PERSON:Hye-jin Cho]]
      phone: "[[PHONE_NUMBER:+1 415 555 0133]]"
  smtp:
    host: smtp.internal.acme-logistics.com
    user: alerts
    password: "s3cr3t-Rotate-Me!"
""",
    """# TODO: scrub this fixture before merging (copied from a real ticket by [[PERSON:Hemi]])
customer = Customer(
    name="[[PERSON:Anahera Ngata]]",
    email="[[EMAIL_ADDRESS:anahera.ngata@xtra.co.nz]]",
    card="[[CREDIT_CARD:4000 5511 0932 8777]]",
    cvv="219",
    exp="07/26",
    city="[[LOCATION:Hamilton]]",
)""",
    """Ticket INC-0048213
Reporter: [[PERSON:Yolanda Mbeki-Harris]] ([[EMAIL_ADDRESS:ymbeki@clarionlaw.co.uk]])
Priority: P2    Category: Access
Description: Since this morning I can't log in as [[USERNAME:ymbeki]] from my home connection ([[IP_ADDRESS:86.14.220.5]]). VPN says certificate expired. Please call my mobile, [[PHONE_NUMBER:07954 338 112]], I'm in court until 2.""",
    """{"resourceType": "Patient", "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:5502817733]]"}], "name": [{"family": "[[PERSON:Okonjo]]", "given": ["[[PERSON:Chiamaka]]", "[[PERSON:Ada]]"]}], "gender": "female", "birthDate": "[[DATE_TIME:1984-07-19]]", "address": [{"line": ["[[ADDRESS:42 Moss Lane]]"], "city": "[[LOCATION:Altrincham]]", "postalCode": "[[ZIP_CODE:WA15 8AZ]]"}], "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:0161 928 4417]]"}]}""",
    """UPDATE users
SET email = '[[EMAIL_ADDRESS:d.rosales.mx@gmail.com]]',
    phone = '[[PHONE_NUMBER:+52 55 4127 8830]]',
    last_login = '[[DATE_TIME:2024-11-02 19:44:10]]'
WHERE username = '[[USERNAME:drosales]]';
-- requested by [[PERSON:Daniela Rosales]] via support chat""",
    """[[IP_ADDRESS:81.102.47.230]] - [[USERNAME:nadia.haddad]] [[[DATE_TIME:12/Mar/2024:10:15:32 +0000]]] "GET /account/statements?year=2023 HTTP/1.1" 200 18422 "-" "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36"
[[IP_ADDRESS:10.0.3.4]] - - [12/Mar/2024:10:15:33 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29\"""",
    """From: [[PERSON:Novák László]] <[[EMAIL_ADDRESS:laszlo.novak@freemail.hu]]>
To: hr@kovacs-es-tarsa.hu
Date: [[DATE_TIME:Mon, 4 Mar 2024 09:12:44 +0100]]
X-Originating-IP: [[IP_ADDRESS:89.135.21.160]]
Subject: Szabadság igénylése

Tisztelt HR! [[DATE_TIME:Március 18-tól 22-ig]] szabadságot szeretnék kivenni. Helyettesítésemet [[PERSON:Molnár Anita]] vállalta. Telefonon a [[PHONE_NUMBER:06 20 318 4402]] számon érhető el. Üdvözlettel: [[PERSON:Novák László]]""",
    """# .env.production
APP_NAME=ledgerly
ADMIN_EMAIL=[[EMAIL_ADDRESS:priya.natarajan@ledgerly.io]]
ALERT_SMS=[[PHONE_NUMBER:+447700183942]]
DB_HOST=[[IP_ADDRESS:10.20.0.15]]
DB_PASSWORD=Winter2024!!
SENTRY_DSN=https://3fa1c9@o44812.ingest.sentry.io/551
""",
    """{"ts":"[[DATE_TIME:2024-09-14T02:11:09.331Z]]","level":"warn","event":"password_reset_requested","email":"[[EMAIL_ADDRESS:marcus.oyelaran@hotmail.com]]","ip":"[[IP_ADDRESS:102.89.34.17]]","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1","trace_id":"a9c0e7d24f1b4c33"}""",
    """{"onoma": "[[PERSON:Maria]]", "eponymo": "[[PERSON:Papadopoulou]]", "patronymo": "[[PERSON:Ioannis]]", "imerominia_gennisis": "[[DATE_TIME:09/03/1962]]", "afm": "[[ID_NUMBER:073519263]]", "amka": "[[ID_NUMBER:09036211879]]", "dieythynsi": "[[ADDRESS:Agiou Dimitriou 15]]", "poli": "[[LOCATION:Patra]]", "tk": "[[ZIP_CODE:262 21]]", "kinito": "[[PHONE_NUMBER:6944 218 330]]", "epaggelma": "syntaxiouxos"}""",
    """<cliente>
  <nome>[[PERSON:Helena Sofia Moreira]]</nome>
  <nif>[[ID_NUMBER:250389177]]</nif>
  <niss>[[ID_NUMBER:12047382917]]</niss>
  <telemovel>[[PHONE_NUMBER:+351 913 558 204]]</telemovel>
  <morada>[[ADDRESS:Avenida Fernão de Magalhães, 1120, 5.º B]]</morada>
  <codigoPostal>[[ZIP_CODE:4350-151]]</codigoPostal>
  <localidade>[[LOCATION:Porto]]</localidade>
  <dataNascimento>[[DATE_TIME:1979-10-05]]</dataNascimento>
</cliente>""",
    """Mar  3 04:12:55 bastion-01 sshd[22114]: Accepted publickey for [[USERNAME:rhiggins]] from [[IP_ADDRESS:172.16.4.22]] port 51522 ssh2: ED25519 SHA256:Qm3xT9aR1bVv0kLw
Mar  3 04:13:40 bastion-01 sudo: [[USERNAME:rhiggins]] : TTY=pts/0 ; PWD=/srv/www ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
Mar  3 04:20:01 bastion-01 CRON[22301]: (root) CMD (run-parts /etc/cron.hourly)""",
    """employee_id: [[ID_NUMBER:100482]]
full_name: [[PERSON:Thi Bich Ngoc Tran]]
preferred_name: [[PERSON:Ngoc]]
job_title: Payroll Administrator
department: Finance
hire_date: [[DATE_TIME:2019-08-12]]
home_address: [[ADDRESS:5820 Kingsway, Suite 1403]], [[LOCATION:Burnaby]], [[LOCATION:BC]] [[ZIP_CODE:V5H 2E7]]
sin: [[ID_NUMBER:719 382 640]]
emergency_contact: [[PERSON:Quang Tran]] [[PHONE_NUMBER:604-555-3308]]""",
    """{"claim_ref": "CLM-2024-77812", "claimant": {"name": "[[PERSON:Yaw Owusu-Ansah]]", "member_no": "[[ID_NUMBER:SPX-091127]]", "dob": "[[DATE_TIME:2002-01-30]]"}, "club": "Southwark Strikers FC", "incident": {"date": "[[DATE_TIME:2024-09-21]]", "type": "fractured fibula", "venue": "training pitch 3"}, "contact": {"phone": "[[PHONE_NUMBER:07446 219 870]]", "email": "[[EMAIL_ADDRESS:yaw.oa@gmail.com]]"}}""",
    """type TestUser struct {
	Name  string
	Email string
	Phone string
	IP    string
}

var fixture = TestUser{
	Name:  "[[PERSON:Rafael Quispe]]",
	Email: "[[EMAIL_ADDRESS:rafa.quispe@gmail.com]]",
	Phone: "[[PHONE_NUMBER:+51 987 441 203]]",
	IP:    "[[IP_ADDRESS:190.42.18.77]]",
}""",
    """mysql> SELECT client, tfn, lodged_on, agent FROM returns WHERE fy = '2023-24' LIMIT 3;
+------------------+-------------+------------+---------------+
| client           | tfn         | lodged_on  | agent         |
+------------------+-------------+------------+---------------+
| [[PERSON:Olivia Papadakis]] | [[ID_NUMBER:328 076 146]] | [[DATE_TIME:2024-08-19]] | [[PERSON:Sam Whitfield]] |
| [[PERSON:Tariq Hussain]]    | [[ID_NUMBER:871 234 509]] | [[DATE_TIME:2024-09-02]] | [[PERSON:Sam Whitfield]] |
| [[PERSON:Mei Chen]]         | [[ID_NUMBER:602 847 190]] | [[DATE_TIME:2024-10-30]] | [[PERSON:Ruby Anand]]    |
+------------------+-------------+------------+---------------+
3 rows in set (0.01 sec)""",
    """Help desk ticket #77120 | opened by [[PERSON:Ama Boakye]] | channel: phone
Caller says she moved from [[ADDRESS:14 Ashgrove Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1HT]] to [[ADDRESS:Flat 7, 301 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 2AF]] on [[DATE_TIME:1 Nov]] and still gets post at the old address. Verified with DOB [[DATE_TIME:19/04/1996]] and mobile [[PHONE_NUMBER:07380 514 229]].""",
    """<Invoice number="INV-2024-00931" date="2024-05-31">
  <Customer accountNo="[[ID_NUMBER:CUST-30917]]">
    <Name>[[PERSON:Dorothea Whitcombe]]</Name>
    <Street>[[ADDRESS:3 Kingfisher Mews]]</Street>
    <Town>[[LOCATION:Cheltenham]]</Town>
    <Postcode>[[ZIP_CODE:GL52 3QR]]</Postcode>
  </Customer>
  <Line sku="MV-BOX-LG" qty="40" unitPrice="2.10"/>
  <Line sku="MV-TAPE-50" qty="6" unitPrice="3.40"/>
</Invoice>""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Hartono]];[[PERSON:Amelia]];;[[TITLE:Dr.]];
FN:[[PERSON:Dr. Amelia Hartono]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+62 812 3391 4470]]
EMAIL;TYPE=HOME:[[EMAIL_ADDRESS:amelia.hartono@yahoo.co.id]]
ADR;TYPE=HOME:;;[[ADDRESS:Jl. Kemang Raya No. 18]];[[LOCATION:Jakarta Selatan]];;[[ZIP_CODE:12730]];[[LOCATION:Indonesia]]
BDAY:[[DATE_TIME:1982-05-06]]
END:VCARD""",
    """commit 9e41c07b2d6f8a3e1c5b0d7f2a4e6c8b1d3f5a70
Author: [[PERSON:Rafael Quispe]] <[[EMAIL_ADDRESS:rafa.quispe@gmail.com]]>
Date:   [[DATE_TIME:Tue Aug 13 22:41:07 2024 -0500]]

    Remove hardcoded test card and [[PERSON:Anahera]]'s address from fixtures""",
    """MSH|^~\\&|EPIC|MERCYHOSP|LAB|MERCYHOSP|202403120815||ADT^A04|MSG00412|P|2.5
PID|1||[[ID_NUMBER:MRN448201]]^^^MERCY^MR||[[PERSON:WASHINGTON]]^[[PERSON:DENISE]]^[[PERSON:L]]||[[DATE_TIME:19670312]]|F|||[[ADDRESS:2217 OAK ST]]^^[[LOCATION:DAYTON]]^[[LOCATION:OH]]^[[ZIP_CODE:45409]]||[[PHONE_NUMBER:(937)555-2281]]|||||||[[US_SSN:277-50-1934]]""",
    """{"alert": "impossible_travel", "severity": "high", "user": "[[EMAIL_ADDRESS:j.okoro@fernhill-accountants.co.uk]]", "display_name": "[[PERSON:Joseph Okoro]]", "src_ips": ["[[IP_ADDRESS:31.94.18.201]]", "[[IP_ADDRESS:5.12.144.87]]"], "countries": ["[[LOCATION:United Kingdom]]", "[[LOCATION:Romania]]"], "first_seen": "[[DATE_TIME:2025-01-09T07:02:11Z]]", "last_seen": "[[DATE_TIME:2025-01-09T07:31:48Z]]", "action": "session_revoked"}""",
    """Moving quote request (web form)
Full name: [[PERSON:Graham Lytton]]
Email: [[EMAIL_ADDRESS:g.lytton@btopenworld.com]]
Phone: [[PHONE_NUMBER:01225 448 903]]
Moving from: [[ADDRESS:9 Sion Hill]], [[LOCATION:Bath]]
Moving to: [[LOCATION:Truro]], [[LOCATION:Cornwall]]
Preferred date: [[DATE_TIME:w/c 16 June]]
Rooms: 4 bed house, piano, garden shed
How did you hear about us? Neighbour""",
    """POST /api/v2/bookings HTTP/1.1
Host: book.flexphysio.com.au
Content-Type: application/json

{"clinician": "[[PERSON:Ellie Nakamura]]", "patient": {"name": "[[PERSON:Brodie Tait]]", "dob": "[[DATE_TIME:1999-03-14]]", "mobile": "[[PHONE_NUMBER:0400 712 448]]", "medicare": "[[ID_NUMBER:4120837522]]"}, "slot": "[[DATE_TIME:2024-07-02T16:30:00+10:00]]", "reason": "grade 2 calf strain, footy"}""",
    """case_id,deceased,date_of_death,executor,executor_email,status
PRB-24-0117,[[PERSON:Winifred Ashdown]],[[DATE_TIME:2024-01-22]],[[PERSON:Laurence Ashdown]],[[EMAIL_ADDRESS:laurence.ashdown@icloud.com]],grant issued
PRB-24-0131,[[PERSON:Emrys Llewellyn]],[[DATE_TIME:2024-02-05]],[[PERSON:Carys Llewellyn-Jones]],[[EMAIL_ADDRESS:carysllj@gmail.com]],awaiting IHT400""",
    """2025-02-18 09:41:07,112 ERROR payments.sepa Mandate rejected for [[PERSON:Ana Beatriz Costa]] iban=[[IBAN_CODE:ES9121000418450200051332]] reason=AC04 (account closed)
2025-02-18 09:41:07,113 INFO  payments.sepa Retrying with fallback method card=**** **** **** 4021
2025-02-18 09:41:08,550 INFO  notify.email sent to=[[EMAIL_ADDRESS:anabcosta@gmail.com]] template=mandate_failed""",
    """Subject: [Action needed] Unusual sign-in to your account
Hi [[PERSON:Fernando]],
We noticed a sign-in to [[EMAIL_ADDRESS:fernando.villalobos@outlook.com]] from a new device:
  Time: [[DATE_TIME:Sunday, 16 February 2025 11:52 PM (UTC-05:00)]]
  Location: [[LOCATION:Lagos]], [[LOCATION:Nigeria]]
  IP address: [[IP_ADDRESS:197.210.54.118]]
  Browser: Chrome on Windows
If this was you, you can ignore this message.""",
    """const applicant = {
  firstName: '[[PERSON:Siosaia]]',
  lastName: '[[PERSON:Tupou]]',
  dateOfBirth: '[[DATE_TIME:1995-11-28]]',
  passportNo: '[[ID_NUMBER:N1048273]]',
  nationality: '[[NRP:Tongan]]',
  address: { line1: '[[ADDRESS:14 Rata Street]]', suburb: '[[LOCATION:Otahuhu]]', city: '[[LOCATION:Auckland]]', postcode: '[[ZIP_CODE:1062]]' },
};""",
    """<record>
  <rep>[[PERSON:Melissa Tran]]</rep>
  <caller>[[PERSON:Abdullahi Yusuf]]</caller>
  <callback>[[PHONE_NUMBER:(612) 555-0734]]</callback>
  <address>[[ADDRESS:2840 Cedar Ave S, Apt 207]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55407]]</address>
  <notes>Caller requested Somali interpreter. Asked about a refund on the tax return filed [[DATE_TIME:March 4]]; ITIN [[ID_NUMBER:912-78-4431]] verified.</notes>
</record>""",
    """[security-incident-2025-004]
reported_by = [[PERSON:Keith Adebayo-Morris]]
reporter_email = [[EMAIL_ADDRESS:keith.am@brightpath-movers.com]]
affected_user = [[USERNAME:lfairweather]]
affected_name = [[PERSON:Lorna Fairweather]]
phishing_sender_ip = [[IP_ADDRESS:45.95.147.236]]
victim_workstation_ip = [[IP_ADDRESS:192.168.50.41]]
victim_mac = 98:FA:9B:12:7C:E4
credential_reset = [[DATE_TIME:2025-03-11 14:20]]""",
    """Form W-9 (excerpt)
1 Name: [[PERSON:Natalia Wiśniewska-Ortiz]]
3 Federal tax classification: Individual/sole proprietor
5 Address: [[ADDRESS:1208 S Ashland Ave, Unit 3F]]
6 City, state, and ZIP code: [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60608]]
Part I Taxpayer Identification Number - Social security number: [[US_SSN:356-81-0427]]
Signature of U.S. person: [[PERSON:N. Wiśniewska-Ortiz]]    Date: [[DATE_TIME:01/15/2025]]""",
]

GEN = [
    # tax returns and accountants
    """Hi [[PERSON:Marcus]], it's [[PERSON:Dolores Whitfield]] from the accounting office. I've finished the draft of your joint return, but I still need [[PERSON:Renée]]'s Social Security number: the one on file, [[US_SSN:412-68-3097]], was rejected by the IRS as not matching her name. Can you double-check and call me back at [[PHONE_NUMBER:614-555-0187]]?""",
    """Self-assessment reminder for [[PERSON:Mr. Gurpreet Singh Bains]] (UTR [[ID_NUMBER:73918 40265]], NI number [[ID_NUMBER:JT 62 48 91 B]]): we've booked your review call for [[DATE_TIME:Thursday 14 November at 11am]], and we'll need your P60 and the rental statements for [[ADDRESS:Flat 3, 19 Soho Road]], [[LOCATION:Handsworth]], [[ZIP_CODE:B21 9SN]] before then.""",
    """[[PERSON:chantal bouchard-lee]] dropped off her T4 slips and RRSP receipts on [[DATE_TIME:March 18]]; her SIN is [[ID_NUMBER:046 239 711]] and she wants the refund deposited to the same account as last year. Her new mailing address is [[ADDRESS:88 Rue Saint-Paul Ouest, Apt 402]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2Y 1Z5]].""",
    """Accountant [[PERSON:Priyanka Desai]] lodged the return for [[PERSON:Liam Nguyen]] (TFN [[ID_NUMBER:459 182 737]]) on [[DATE_TIME:29/10/2024]], claiming work-from-home expenses for the study in his unit at [[ADDRESS:7/42 Beach Road]], [[LOCATION:Bondi]] [[LOCATION:NSW]] [[ZIP_CODE:2026]].""",
    """Dear [[PERSON:Mr. Venkatesh Iyer]], your ITR-2 for AY 2024-25 has been filed and the acknowledgement has been sent to [[EMAIL_ADDRESS:venky.iyer71@gmail.com]]. Please link your PAN [[ID_NUMBER:AKPPI4827R]] with Aadhaar [[ID_NUMBER:5829 3017 4621]] so the refund is not held up. Regards, CA [[PERSON:Meenakshi Raman]], [[PHONE_NUMBER:+91 98401 22736]]""",
    """[[PERSON:Chinedu Okafor]], a freelance designer based in [[LOCATION:Lekki]], [[LOCATION:Lagos]], has asked his accountant, [[PERSON:Mrs. Folasade Adeyemi]], to prepare his personal income tax return. His TIN is [[ID_NUMBER:21847390-0001]], and she prefers to be called on [[PHONE_NUMBER:0803 418 2297]] rather than emailed.""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Brandt]], für Ihre Einkommensteuererklärung 2023 fehlen uns noch Ihre Steuer-Identifikationsnummer ([[ID_NUMBER:65 720 841 633]]) und die Lohnsteuerbescheinigung. Ihr Termin bei uns ist am [[DATE_TIME:Dienstag, 14. Mai, um 10 Uhr]]; Rückfragen gern an [[EMAIL_ADDRESS:j.kessler@steuerbuero-kessler.de]] oder unter [[PHONE_NUMBER:0221 4877 3190]]. Mit freundlichen Grüßen, [[PERSON:Jörg Kessler]], Steuerberater""",
    """[[PERSON:Aoife Brennan]] asked her accountant to claim the rent tax credit for her flat at [[ADDRESS:22 Harbour Row]], [[LOCATION:Cobh]], [[LOCATION:Co. Cork]], [[ZIP_CODE:P24 K2N6]]. Her PPSN is [[ID_NUMBER:1753908P]] and she was born on [[DATE_TIME:14 July 1997]], so she only started renting after college.""",
    """Hi [[PERSON:Mr. Otieno]], this is [[PERSON:Njeri]] from the tax desk. Kindly send your P9 form and your KRA PIN ([[ID_NUMBER:A004812937K]]) on WhatsApp to [[PHONE_NUMBER:+254 711 402 883]] so that we can file your return this week.""",
    # physiotherapy
    """[[PERSON:Siobhán Kearney]] has been seeing our physio [[PERSON:Tomasz Wróbel]] twice a week since her ACL reconstruction on [[DATE_TIME:3 June]]. Her next session is [[DATE_TIME:Friday 12 July at 9.15am]]; if she needs to move it, she can text [[PERSON:Tomasz]] on [[PHONE_NUMBER:07700 918 442]].""",
    """[[PERSON:Darnell Hughes]], a [[AGE:47]]-year-old warehouse supervisor, was referred to us by [[PERSON:Dr. Ana Ruiz]] for low back pain after lifting a pallet at work on [[DATE_TIME:February 14]]. His insurance member ID is [[ID_NUMBER:XJH882017345]] and the best number to reach him is [[PHONE_NUMBER:(312) 774-0923]].""",
    """Hey [[PERSON:Mia]], just confirming your hydrotherapy block with [[PERSON:Hamish]] starts [[DATE_TIME:Monday 5 August, 7:30am]] at the [[LOCATION:Fremantle]] pool. Bring your Medicare card (we have [[ID_NUMBER:2957 18367 1]] on file) and the referral from [[PERSON:Dr. Farouk]].""",
    """A [[PERSON:Inês Carvalho]], de [[AGE:34]] anos, começou fisioterapia na clínica da [[ADDRESS:Avenida da República, 1840]], em [[LOCATION:Vila Nova de Gaia]], depois de uma entorse no tornozelo a [[DATE_TIME:2 de março]]. A próxima sessão ficou marcada para [[DATE_TIME:quinta-feira, 21 de março, às 18h30]] e o contacto dela é o [[PHONE_NUMBER:912 407 386]].""",
    """[[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S8437120C]]) has her post-op shoulder physio at our [[LOCATION:Tampines]] branch on [[DATE_TIME:23 Sep, 4.45pm]]. Please send her an SMS reminder at [[PHONE_NUMBER:+65 9184 3307]] the day before.""",
    """my physiotherapist, [[PERSON:raj]], thinks i tore part of my hamstring at the rec league game on [[DATE_TIME:saturday may 11]] so i'm off work until he reassesses me. sorry for the short notice. [[PERSON:connor macisaac]], [[LOCATION:halifax]]""",
    """[[PERSON:Szabó Eszter]] a [[ADDRESS:Váci út 47.]] alatti rendelőbe jár gyógytornára, miután [[DATE_TIME:január 9-én]] elesett a jégen. TAJ-száma [[ID_NUMBER:038 417 263]], telefonszáma [[PHONE_NUMBER:+36 30 412 7785]]; a következő kezelés [[DATE_TIME:február 2-án, pénteken 8 órakor]] lesz.""",
    """[[PERSON:Mrs. Ngozi Eze]], [[AGE:61]], attends physiotherapy in [[LOCATION:Enugu]] every Monday and Thursday following her stroke in [[DATE_TIME:October 2023]]. Her son [[PERSON:Ikenna]] drives her in from [[ADDRESS:15 Zik Avenue]], [[LOCATION:Uwani]], and waits with her.""",
    """Thanks for booking with us, [[PERSON:Hana Kobayashi-Reyes]]! Your initial rotator cuff assessment is on [[DATE_TIME:Wed, Oct 16 @ 2:15 PM]] with [[PERSON:Marco]]. We've sent the intake forms to [[EMAIL_ADDRESS:hana.kreyes@outlook.com]]; please bring your insurance card (member ID [[ID_NUMBER:W48820173601]]).""",
    # moving companies
    """Hi [[PERSON:Mrs. Castellanos]], this is [[PERSON:Trevor]] from Big Oak Movers. Our crew will arrive at [[ADDRESS:2210 Larkspur Drive]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75023]] on [[DATE_TIME:Saturday, June 28 at 8 a.m.]] and deliver to [[ADDRESS:415 W. Alabama St, Unit 6]] in [[LOCATION:Houston]] the next day. Text me at [[PHONE_NUMBER:972-555-0143]] if the elevator booking changes.""",
    """Removal confirmed for [[PERSON:Callum]] and [[PERSON:Fiona Reid]]: collection from [[ADDRESS:27 Braid Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH10 6AX]] on [[DATE_TIME:14/08]], delivery to [[ADDRESS:Rose Cottage, 3 Mill Wynd]], [[LOCATION:Crieff]] [[ZIP_CODE:PH7 3AQ]]. The £450 deposit was paid by card ending 9921.""",
    """Der Umzug von [[PERSON:Mehmet]] und [[PERSON:Ayşe Yılmaz]] aus der [[ADDRESS:Schönhauser Allee 118]], [[ZIP_CODE:10437]] [[LOCATION:Berlin]], in die [[ADDRESS:Hauptstraße 7a]], [[ZIP_CODE:69117]] [[LOCATION:Heidelberg]], ist für [[DATE_TIME:Freitag, den 26. Juli, ab 7 Uhr]] geplant. Ansprechpartner vor Ort ist [[TITLE:Herr]] [[PERSON:Wagner]], mobil erreichbar unter [[PHONE_NUMBER:0160 9382 4471]].""",
    """G'day [[PERSON:Bec]], heads up that the truck's running late. [[PERSON:Ngaio]] and the crew should be at [[ADDRESS:12 Wattle Street]] around 11 instead of 9. Any dramas, call [[PERSON:Ngaio]] direct on [[PHONE_NUMBER:0412 883 106]].""",
    """[[PERSON:Thandiwe Mokoena]] is relocating from [[LOCATION:Soweto]] to [[ADDRESS:Unit 14, Marina Views, 9 Beach Road]], [[LOCATION:Strand]], [[ZIP_CODE:7140]] on [[DATE_TIME:1 March 2025]], and the movers asked for a copy of her ID ([[ID_NUMBER:9203030418082]]) for the goods-in-transit insurance.""",
    """Bom dia, [[TITLE:Sr.]] [[PERSON:Rui Antunes]]. Confirmamos a mudança da [[ADDRESS:Rua do Almada, 215, 2.º Dto.]], [[ZIP_CODE:4050-038]] [[LOCATION:Porto]], para a [[ADDRESS:Travessa do Carvalho, 12]], [[ZIP_CODE:1200-097]] [[LOCATION:Lisboa]], no dia [[DATE_TIME:9 de setembro]]. O motorista, [[PERSON:Nelson]], vai ligar para o [[PHONE_NUMBER:+351 936 218 074]] meia hora antes de chegar.""",
    """Note from dispatch: client [[PERSON:Oksana Hrytsenko]] needs an upright piano moved from [[ADDRESS:1150 Portage Ave, Suite 210]] to her new place in [[LOCATION:St. Vital]]. She's only free [[DATE_TIME:Sept 3 after 5pm]] and asked us to email the quote to [[EMAIL_ADDRESS:oksana.h@shaw.ca]].""",
    """Driver [[PERSON:Kiprono Langat]] (ID No. [[ID_NUMBER:28471936]]) will collect [[PERSON:Wanjiru]]'s household items in [[LOCATION:Kileleshwa]] and deliver them to [[LOCATION:Nakuru]] on [[DATE_TIME:12th April]]. She will pay the balance by M-Pesa from [[PHONE_NUMBER:0722 418 906]].""",
    """[[PERSON:Niamh]] rang to say the keys for [[ADDRESS:Apartment 5, The Maltings]], [[LOCATION:Smithfield]] won't be handed over until [[DATE_TIME:Friday the 30th]], so her move has to be pushed back. Her Eircode there is [[ZIP_CODE:D07 X2F8]].""",
    # sports club injuries
    """Incident report: under-14 winger [[PERSON:Kayden O'Rourke]] ([[AGE:13]]) collided with a goalpost at training on [[DATE_TIME:Tuesday 8 October at about 6:40pm]] and was taken to hospital in [[LOCATION:Geelong]] by his mum, [[PERSON:Leanne]]. Coach [[PERSON:Dale Kitching]] filled in the club's injury form.""",
    """The club secretary, [[PERSON:Bernadette Oyelaran]], has lodged a claim with the league's insurer for [[PERSON:jamie fenwick]]'s broken collarbone from the match against [[LOCATION:Hexham]] on [[DATE_TIME:16th March]]. His membership number is [[ID_NUMBER:NRFC-20417]] and his date of birth is [[DATE_TIME:02.11.2008]].""",
    """Coach [[PERSON:Ramírez]] called [[PERSON:Aaliyah Brooks]]'s parents after she took a hard fall at the [[DATE_TIME:Nov. 2]] volleyball tournament. The athletic trainer, [[PERSON:Jordan Pike]], cleared her to return on [[DATE_TIME:November 20]] once she finished the concussion protocol; her dad's cell is [[PHONE_NUMBER:502.618.3390]].""",
    """[[PERSON:Oisín Mac Giolla Bhríde]], [[AGE:19]], of [[ADDRESS:4 Cnoc na Gréine]], [[LOCATION:Letterkenny]], injured his knee in the county final on [[DATE_TIME:27 July]]. The club's injury fund claim lists his PPS number as [[ID_NUMBER:4827163B]].""",
    """Kia ora [[PERSON:Tamati]], sorry to hear about [[PERSON:Aroha]]'s ankle at netball on [[DATE_TIME:Saturday 15 June]]. The ACC claim is lodged under her NHI number [[ID_NUMBER:ZKT4821]], and her first physio appointment is with [[PERSON:Sophie Tuhiwai]] in [[LOCATION:Rotorua]] on [[DATE_TIME:Wednesday the 19th at 3:30]].""",
    """O [[PERSON:Giorgos Papadakis]], [[AGE:16]] eton, traumatistike sto gonato stin proponisi tis akadimias podosfairou stis [[DATE_TIME:12 Noemvriou]]. O pateras tou, o [[PERSON:Nikos]], zitise na tou steiloun tin anafora sto [[EMAIL_ADDRESS:npapadakis@yahoo.gr]]; to kinito tou einai [[PHONE_NUMBER:694 712 3380]].""",
    """[[PERSON:Jerome dela Cruz]] of the [[LOCATION:Quezon City]] barangay basketball league sprained his wrist on [[DATE_TIME:August 3]]. His PhilHealth number, [[ID_NUMBER:19-025748391-6]], was used for the clinic visit, and his mom [[PERSON:Marites]] can be reached at [[PHONE_NUMBER:0917 842 3016]].""",
    """Dear parents, [[PERSON:Ethan Kowalczyk]] (U15 AA) suffered a suspected concussion during the [[DATE_TIME:January 21]] game in [[LOCATION:Red Deer]] and must complete every return-to-play step before he is back on the ice. Questions go to our trainer, [[PERSON:Gail Running Rabbit]], at [[PHONE_NUMBER:403-555-2291]].""",
    # probate and wills
    """The will of the late [[PERSON:Harold Ernest Pickering]], of [[ADDRESS:14 Quarry Lane]], [[LOCATION:Matlock]], [[ZIP_CODE:DE4 3LT]], who died on [[DATE_TIME:2 February 2024]], names his niece [[PERSON:Joanne Pickering-Wells]] as sole executor; the grant of probate was issued to her on [[DATE_TIME:19 June 2024]].""",
    """I, [[PERSON:Rosalind Mae Tibbetts]], of [[LOCATION:Cumberland County]], [[LOCATION:Maine]], being of sound mind, leave my house at [[ADDRESS:61 Shore Road]], [[LOCATION:Cape Elizabeth]] to my grandson [[PERSON:Eli Tibbetts]], and my grandmother's garnet ring to [[PERSON:Hannah Oduya]]. Signed this [[DATE_TIME:9th day of October, 2019]].""",
    """After [[TITLE:Shri]] [[PERSON:Ramesh Chandra Agarwal]] passed away on [[DATE_TIME:17-08-2023]], his sons [[PERSON:Anil]] and [[PERSON:Sunil]] applied to the district court in [[LOCATION:Jaipur]] for a succession certificate. The deceased's Aadhaar ([[ID_NUMBER:7364 1908 2354]]) and savings account no. [[ID_NUMBER:31245678901]] are listed in the petition.""",
    """[[PERSON:Giuseppina Lombardo]], [[AGE:88]], of [[LOCATION:Leichhardt]], made a new will on [[DATE_TIME:4 April 2022]] appointing her daughter [[PERSON:Carla]] and her solicitor, [[PERSON:Stephen Ha]], as joint executors.""",
    """Laut Testament vom [[DATE_TIME:3. März 2017]] erbt [[PERSON:Lukas Hoffmann]] das Haus in der [[ADDRESS:Gartenstraße 22]], [[ZIP_CODE:70563]] [[LOCATION:Stuttgart]]; seine Schwester [[PERSON:Katrin Hoffmann-Ebert]] erhält das Guthaben auf dem Konto [[IBAN_CODE:DE31 7605 0101 0011 4832 09]]. Der Erblasser, [[PERSON:Walter Hoffmann]], ist am [[DATE_TIME:11.01.2024]] verstorben.""",
    """The Master of the High Court in [[LOCATION:Pietermaritzburg]] has appointed [[PERSON:Sipho Ndlovu]] as executor of the estate of his late father, [[PERSON:Bongani Ndlovu]] (ID [[ID_NUMBER:7509216093081]]), who died on [[DATE_TIME:22 May 2024]].""",
    """hi, i'm the executor for my aunt [[PERSON:margaret o'neill]]'s estate (she passed on [[DATE_TIME:dec 2]]) and the bank says they need her SIN, [[ID_NUMBER:527-148-308]], plus a notarized copy of the will before they'll release anything. you can reach me, [[PERSON:kevin o'neill]], at [[PHONE_NUMBER:709-738-4412]].""",
    """[[PERSON:Dr. Kiss Péter]] közjegyző értesítette [[PERSON:Tóth Gáborné]] örököst, hogy a hagyatéki tárgyalás [[DATE_TIME:2024. április 18-án 10 órakor]] lesz a [[ZIP_CODE:6720]] [[LOCATION:Szeged]], [[ADDRESS:Kárász utca 6.]] szám alatti irodában. Az elhunyt, [[PERSON:Tóth Gábor]] adóazonosító jele [[ID_NUMBER:8410714124]].""",
    # cybersecurity incident notices
    """Dear [[PERSON:Ms. Adaeze Okonkwo]]: We are writing to tell you about a data security incident. On [[DATE_TIME:November 14, 2023]], an unauthorized party accessed a file server that held your name, date of birth ([[DATE_TIME:04/22/1986]]) and Social Security number. We are offering you 24 months of free credit monitoring; your enrollment code is R7KX-22QM.""",
    """We're contacting you, [[PERSON:Mr. Hollis]], because your email address ([[EMAIL_ADDRESS:d.hollis1962@btinternet.com]]) and a hashed copy of your password were among the records taken from our loyalty platform on [[DATE_TIME:7 February]]. Your loyalty card number [[ID_NUMBER:6337 0021 8840 5519]] has been cancelled and reissued.""",
    """On [[DATE_TIME:2 May 2024, 03:14 SGT]], repeated login attempts from [[IP_ADDRESS:185.220.101.47]] succeeded against the account of [[PERSON:Lim Jia Hui]] ([[USERNAME:jiahui.lim88]]). Her NRIC [[ID_NUMBER:T0281945C]] and mobile number [[PHONE_NUMBER:8227 4190]] may have been viewed, and the incident has been reported to the PDPC.""",
    """Your account [[USERNAME:bazza_mcgee]] was signed into from a new device in [[LOCATION:Manila]] on [[DATE_TIME:Sun 9 Mar 2025 at 2:07am AEDT]]. If this wasn't you, [[PERSON:Barry]], reset your password straight away. The driver licence number we hold for you ([[ID_NUMBER:18427390]], [[LOCATION:NSW]]) was not exposed.""",
    """Caro [[PERSON:João Pedro Mendes]], informamos que, em [[DATE_TIME:14 de janeiro de 2025]], um terceiro não autorizado acedeu à sua conta ([[EMAIL_ADDRESS:jpmendes@sapo.pt]]) a partir do endereço IP [[IP_ADDRESS:45.137.21.9]]. Os dados expostos incluem o seu NIF ([[ID_NUMBER:238170454]]) e o IBAN [[IBAN_CODE:PT50 0035 0651 0002 8041 9304 3]].""",
    """Security alert for [[PERSON:Kavya Menon]]: a net banking login from [[IP_ADDRESS:103.21.58.194]] ([[LOCATION:Noida]]) on [[DATE_TIME:12-Jun-2024 23:41 IST]] was blocked. An OTP will be sent to your registered mobile, [[PHONE_NUMBER:+91 94470 31826]], to unblock the account.""",
    """Notice of privacy breach: [[PERSON:Jean-Baptiste Ouellet]], on [[DATE_TIME:March 30]] a clinic employee emailed a spreadsheet containing your health card number ([[ID_NUMBER:4820-371-500-KT]]) and home address ([[ADDRESS:72 Rideau Terrace]], [[LOCATION:Ottawa]]) to the wrong recipient. The recipient has confirmed the file was deleted.""",
    """Heads up [[PERSON:Tyler]], Okta flagged a push-bombing attempt on your account ([[USERNAME:tmarchetti]]) from [[IP_ADDRESS:2a02:4780:11:c0de::1f]] around 1 a.m. Don't approve any prompt you didn't start yourself. [[PERSON:Priya]], IT Security""",
    """Agapite [[TITLE:kyrie]] [[PERSON:Stavrou]], sas enimeronoume oti stis [[DATE_TIME:3 Martiou 2024]] egine mi eksousiodotimeni prosvasi ston logariasmo sas [[USERNAME:d.stavrou]] apo ti dieythynsi IP [[IP_ADDRESS:91.132.147.22]]. Ta stoixeia pou ektethikan perilamvanoun to AFM sas ([[ID_NUMBER:047183626]]) kai to kinito [[PHONE_NUMBER:697 405 1128]].""",
    # everyday situations, spread widely
    """[[PERSON:Jacqueline Baptiste]] called from [[LOCATION:Miami Gardens]] to dispute a $1,280 charge on her Visa [[CREDIT_CARD:4532 0177 8812 0346]]. She verified her identity with her date of birth, [[DATE_TIME:7/19/1979]], and the last four of her SSN.""",
    """Buster the beagle is booked in for his boosters on [[DATE_TIME:Tuesday 22nd at 10:20]]. Owner: [[PERSON:Rhiannon Pryce]], [[ADDRESS:8 Heol y Felin]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4BT]], mobile [[PHONE_NUMBER:07831 246 905]].""",
    """Please note that [[PERSON:Mateo Villanueva]] (student ID [[ID_NUMBER:20418837]], grade 4) will be picked up early on [[DATE_TIME:Thursday, March 6]] by his grandmother, [[PERSON:Consuelo Arreola]], who can be reached at [[PHONE_NUMBER:(559) 412-7730]].""",
    """[[PERSON:Dr. Sunita Bhatt]]'s office called to move [[PERSON:Wen Zhao]]'s cleaning to [[DATE_TIME:April 2nd at 3:40]]. Her dental coverage is through her husband, [[PERSON:Brian Zhao]], plan member [[ID_NUMBER:GWL-7739012]].""",
    """Passenger [[PERSON:Rowena Bautista Santos]], a [[NRP:Filipino]] national born [[DATE_TIME:22 JAN 1990]], holds passport [[ID_NUMBER:P4821937A]] and is flying [[LOCATION:Manila]] to [[LOCATION:Dubai]] on [[DATE_TIME:14 Feb]]. She has requested wheelchair assistance at the gate.""",
    """Guest [[PERSON:Mr. Abebe Tesfaye]] checks in [[DATE_TIME:Friday 10/11]] for three nights. The card on file is an Amex ending 0138, his contact email is [[EMAIL_ADDRESS:abebe.tesfaye@gmail.com]], and he asked for a quiet room away from the lift.""",
    """[[PERSON:Declan Ó Súilleabháin]] is collecting a hire car in [[LOCATION:Ennis]] on [[DATE_TIME:5 June at 08:30]] and returning it on [[DATE_TIME:12 June]]. His licence number is [[ID_NUMBER:184729365]], and his partner [[PERSON:Maeve]] will be added as a second driver.""",
    """[[PERSON:Abdirahman Warsame]], a [[AGE:29]]-year-old delivery driver from [[LOCATION:Bristol]], reported that his Vauxhall, registration [[ID_NUMBER:WF19 KXT]], was hit while parked outside [[ADDRESS:41 Stapleton Road]] on the night of [[DATE_TIME:18 December]].""",
    """Refill ready for [[PERSON:Gloria Washington]] (DOB [[DATE_TIME:03-11-1952]]): lisinopril 10 mg, 90 tablets. She asked that her daughter [[PERSON:Keisha]] collect it, so please check [[PERSON:Keisha]]'s photo ID at the counter.""",
    """Your driver [[PERSON:Tunde]] is arriving in a silver Corolla, plate [[ID_NUMBER:KJA 482 XE]]. Do you want to share your trip with [[PERSON:Amaka]] at [[PHONE_NUMBER:+234 809 331 2074]]?""",
    """[[PERSON:Isla-Rose Fa'amausili]] turns [[AGE:4]] on [[DATE_TIME:8 November]] and her mum [[PERSON:Lupe]] is bringing cupcakes. Reminder to all staff: [[PERSON:Isla-Rose]] has a severe peanut allergy, and her NHI number ([[ID_NUMBER:PRK6317]]) is on the medical sheet in the office.""",
    """[[PERSON:Nguyễn Thị Lan]] received her green card on [[DATE_TIME:September 9, 2022]]. Her A-number is [[ID_NUMBER:A204 817 339]] and she now lives at [[ADDRESS:3317 Bellaire Blvd, Apt 12C]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77036]].""",
    """Thanks to [[PERSON:Achieng Odhiambo]] and [[PERSON:Brian Mutua]] for volunteering at the [[LOCATION:Kibera]] clinic drive on [[DATE_TIME:Saturday 20th]]! [[PERSON:Achieng]], your certificate will be emailed to [[EMAIL_ADDRESS:achieng.o@students.uonbi.ac.ke]].""",
    """The nikah of [[PERSON:Zainab Qureshi]] and [[PERSON:Imran Chaudhry]] will take place on [[DATE_TIME:Sunday 1st September]] at the mosque on Wilmslow Road in [[LOCATION:Manchester]], with the walima the following evening.""",
    """Library card [[ID_NUMBER:21489003742816]] belongs to [[PERSON:Evelyn Sato]], [[ADDRESS:902 NE Alberta St]], [[LOCATION:Portland]], [[LOCATION:OR]] [[ZIP_CODE:97211]]. She has three overdue items and a hold waiting on The Overstory.""",
    """[[PERSON:Mr. Kwame Asante]] is due to appear at the magistrates' court in [[LOCATION:Croydon]] on [[DATE_TIME:Monday 13 January at 10am]]; his solicitor, [[PERSON:Ms. Harriet Lomax]], has asked for the hearing to be adjourned.""",
    """[[PERSON:Mohammed Al-Khatib]] is moving into [[ADDRESS:3/115 Sydney Road]], [[LOCATION:Brunswick]] [[LOCATION:VIC]] [[ZIP_CODE:3056]] and wants the power connected from [[DATE_TIME:Monday 2 December]]. Contact number [[PHONE_NUMBER:0433 917 250]], pensioner concession card [[ID_NUMBER:308 447 912K]].""",
    """Gift Aid declaration: I, [[PERSON:Margaret Ogunleye]], of [[ADDRESS:9 Bramble Close]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 2PG]], want every donation I have made to the hospice since [[DATE_TIME:6 April 2021]] to be treated as Gift Aid.""",
    """[[PERSON:Lakshmi Narayanan]], [[AGE:32]], was admitted to the maternity ward in [[LOCATION:Coimbatore]] at [[DATE_TIME:4:20 am on 11 Feb 2025]]. UHID [[ID_NUMBER:CBE-2025-004417]]; husband [[PERSON:Karthik]], [[PHONE_NUMBER:98430 17562]].""",
    """Hi [[PERSON:Muhammad Hafiz bin Rahman]], thanks for applying for the data analyst role. Could you confirm you're free for a video interview on [[DATE_TIME:Thu 18 Jul, 2.30pm SGT]]? We'll send the link to [[EMAIL_ADDRESS:hafiz.rahman@gmail.com]]. Best, [[PERSON:Clarissa Goh]], Talent Acquisition""",
    """[[PERSON:jess]], [[AGE:27]], from [[LOCATION:brooklyn]] just matched with you! She says hi and left her insta, [[USERNAME:jessruns.nyc]], in her bio.""",
    """Ban appeal from [[USERNAME:xXD4rkReap3rXx]] (real name [[PERSON:Owen Pritchard]], [[AGE:15]]): his mum emailed from [[EMAIL_ADDRESS:sian.pritchard@hotmail.co.uk]] to say his little brother was the one using the account on [[DATE_TIME:the 4th of May]].""",
    """[[PERSON:Harpreet]] and [[PERSON:Navdeep Gill]] closed on [[ADDRESS:14 Crestwood Crescent]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Z 4J8]] on [[DATE_TIME:June 30, 2023]], and their lawyer, [[PERSON:Alisha Mehta]], registered the mortgage the same afternoon.""",
    """[[PERSON:Pieter van der Merwe]] ported his number [[PHONE_NUMBER:082 417 3390]] to a new contract on [[DATE_TIME:2024-05-02]] and asked for the invoices to go to [[EMAIL_ADDRESS:pvdmerwe@telkomsa.net]] from now on.""",
    """Tech note: [[PERSON:Lucia]] at [[ADDRESS:1824 Camino del Sol]] says the water heater is leaking again, the third visit since [[DATE_TIME:January 8]]. Gate code is 4471#; call her cell, [[PHONE_NUMBER:505-239-8816]], when you pull up.""",
    """Please keep [[TITLE:Brother]] [[PERSON:Samuel Okoro]] in your prayers as he recovers from heart surgery. Cards can be sent to him at [[ADDRESS:7609 Flower Ave]], [[LOCATION:Takoma Park]], [[LOCATION:MD]] [[ZIP_CODE:20912]].""",
    """hi [[PERSON:dev]], it's [[PERSON:sharon]] your landlady. the gas safety man is coming [[DATE_TIME:wed 14th between 1-3]] so can you make sure someone's in at [[ADDRESS:flat 2b]]? ta""",
    """[[PERSON:Lachlan Pearce]] froze his membership (no. [[ID_NUMBER:FF-3302918]]) from [[DATE_TIME:1 July]] to [[DATE_TIME:31 August]] after he broke his wrist; the direct debit from BSB 062-000, account [[ID_NUMBER:1048 2293]], will resume in September.""",
    """[[PERSON:Fatima Zahra El Idrissi]], a [[NRP:Moroccan]] student (ID [[ID_NUMBER:2204871]]), has asked for an extension on her dissertation, and her supervisor, [[PERSON:Prof. Alan Whitcombe]], has approved it until [[DATE_TIME:2 September]].""",
    """On [[DATE_TIME:10/05/2024 at approximately 2215 hours]], [[TITLE:Officer]] [[PERSON:D. Kowalski]] responded to [[ADDRESS:1420 Maple Ave]], where the complainant, [[PERSON:Tanisha Greene]] ([[AGE:34]]), reported that her ex-partner [[PERSON:Roderick Vance]] ([[LOCATION:CA]] DL [[US_DRIVER_LICENSE:D4829173]]) had kicked in the door.""",
    """[[PERSON:Mrs. Eleanor Fitzgerald]], [[AGE:92]], moved into room 114 at Maple Grove on [[DATE_TIME:February 3]]. Her power of attorney is her nephew [[PERSON:Daniel Fitzgerald]], [[PHONE_NUMBER:250-881-4402]], and her personal health number is [[ID_NUMBER:9307 182 641]].""",
    """Thank you, [[PERSON:Kofi Mensah-Bonsu]]! Your donation on [[DATE_TIME:17 October]] at the [[LOCATION:Kumasi]] centre was your tenth. Your donor number is [[ID_NUMBER:GH-DN-448172]].""",
    """[[PERSON:Mrs. Park]] asked if [[PERSON:Daniel]]'s SAT tutoring could switch to Sunday afternoons. She paid for the $600 package with the card ending 7731, and her number is [[PHONE_NUMBER:201-947-3358]].""",
    """We're thrilled that [[PERSON:Siddharth Rao]] and his partner [[PERSON:Elena Petrova]] of [[LOCATION:Cambridge]], [[LOCATION:MA]] adopted Pickles on [[DATE_TIME:March 9]]! Their home check was done by our volunteer [[PERSON:Bev Dunn]].""",
    """Just found out my ex [[PERSON:Lewis]] set up a fake account, [[USERNAME:kerry_h_official]], using my photos. My real one is [[USERNAME:kerryhaywood]]. Please report it. [[PERSON:Kerry Haywood]], [[LOCATION:Stoke-on-Trent]]""",
    """Customer [[PERSON:Bill Thornton]] says his laptop was stolen from his truck in [[LOCATION:Boise]] on [[DATE_TIME:4/3]]. He wants the device wiped remotely and the Mastercard [[CREDIT_CARD:5499 2103 3874 1020]] removed from his account.""",
    """HR, please update [[PERSON:Yesenia Morales]]'s direct deposit: new routing number 121000358, account [[ID_NUMBER:4417920653]], effective [[DATE_TIME:the 15th]]. Her employee ID is [[ID_NUMBER:E-008841]] and her SSN, [[US_SSN:529-37-1184]], is unchanged.""",
    """[[PERSON:Arjun Malhotra]] lost his passport ([[ID_NUMBER:Z4817263]]) in [[LOCATION:Barcelona]] on [[DATE_TIME:23rd May]] and has filed a claim on his travel insurance; the consulate issued him an emergency certificate the next morning.""",
]

TABLE = [
    """patient,dob,physio,appointment,area,notes
[[PERSON:Grace Addo]],[[DATE_TIME:1987-02-11]],[[PERSON:Tom Reddy]],[[DATE_TIME:2024-05-06 09:00]],lumbar,new patient
[[PERSON:Wojciech Nowak]],[[DATE_TIME:1962-09-30]],[[PERSON:Tom Reddy]],[[DATE_TIME:2024-05-06 09:45]],knee,post-TKR wk 6
[[PERSON:Shreya Pillai]],[[DATE_TIME:2001-12-17]],[[PERSON:Amy Lau]],[[DATE_TIME:2024-05-06 10:30]],ankle,netball sprain
[[PERSON:Desmond Hale]],[[DATE_TIME:1955-04-04]],[[PERSON:Amy Lau]],[[DATE_TIME:2024-05-06 11:15]],shoulder,DNA last week""",
    """| Client | UTR | NI number | Mobile | Return status |
|---|---|---|---|---|
| [[PERSON:Sunil Varma]] | [[ID_NUMBER:41829 30571]] | [[ID_NUMBER:NH 41 77 20 D]] | [[PHONE_NUMBER:07911 204 558]] | filed |
| [[PERSON:Bronwen Evans]] | [[ID_NUMBER:88120 47396]] | [[ID_NUMBER:PX 63 01 88 A]] | [[PHONE_NUMBER:07584 330 912]] | awaiting P60 |
| [[PERSON:Chidi Nwosu]] | [[ID_NUMBER:20576 18843]] | [[ID_NUMBER:ZR 29 55 14 B]] | [[PHONE_NUMBER:07402 817 663]] | draft sent |""",
    """job\tcustomer\tfrom_postcode\tto_postcode\tmove_date\tcrew\tvans
MV-1042\t[[PERSON:Helen Marsh]]\t[[ZIP_CODE:NG7 2QP]]\t[[ZIP_CODE:DE1 3GA]]\t[[DATE_TIME:03/06/2024]]\tA\t2
MV-1043\t[[PERSON:Arash Karimi]]\t[[ZIP_CODE:LE2 1XB]]\t[[ZIP_CODE:LE2 7HP]]\t[[DATE_TIME:04/06/2024]]\tB\t1
MV-1047\t[[PERSON:Patrice Mbemba]]\t[[ZIP_CODE:NG5 9LL]]\t[[ZIP_CODE:S10 2TN]]\t[[DATE_TIME:07/06/2024]]\tA\t3""",
    """{"player": "[[PERSON:Noah Fitzgerald]]", "age": [[AGE:14]], "team": "U15 Blue", "injury": "wrist fracture", "date": "[[DATE_TIME:2024-03-09]]", "guardian_phone": "[[PHONE_NUMBER:087 331 4409]]"}
{"player": "[[PERSON:Zara Malik]]", "age": [[AGE:13]], "team": "U14 Girls", "injury": "concussion (suspected)", "date": "[[DATE_TIME:2024-03-16]]", "guardian_phone": "[[PHONE_NUMBER:086 902 1174]]"}
{"player": "[[PERSON:Cian Doherty]]", "age": [[AGE:15]], "team": "U15 Blue", "injury": "hamstring strain", "date": "[[DATE_TIME:2024-03-23]]", "guardian_phone": "[[PHONE_NUMBER:085 448 2036]]"}""",
    """estate: PRB-2024-0388
deceased: [[PERSON:Dorothy Ann Keating]]
date_of_death: [[DATE_TIME:2024-04-17]]
executors:
  - name: [[PERSON:Michael Keating]]
    relationship: son
    phone: "[[PHONE_NUMBER:+61 417 220 903]]"
  - name: [[PERSON:Rachel Keating-Moss]]
    relationship: daughter
    phone: "[[PHONE_NUMBER:+61 438 551 207]]"
beneficiaries: 4
estimated_value_aud: 1180000""",
    """Name: [[PERSON:Gabriel Moreau-Diallo]]
Member no.: [[ID_NUMBER:LSC-7731]]
Date of birth: [[DATE_TIME:06/08/2009]]
Sport: judo
Emergency contact: [[PERSON:Aminata Diallo]], [[PHONE_NUMBER:0412 776 308]]

Name: [[PERSON:Lily-Mae Turner]]
Member no.: [[ID_NUMBER:LSC-7745]]
Date of birth: [[DATE_TIME:22/01/2011]]
Sport: swimming
Emergency contact: [[PERSON:Kristy Turner]], [[PHONE_NUMBER:0423 119 584]]""",
    """STAFF_NO  NAME                    DEPT        EXT   START_DATE
[[ID_NUMBER:004412]]    [[PERSON:Beatriz Oliveira]]        Accounts    2210  [[DATE_TIME:2018-03-05]]
[[ID_NUMBER:004519]]    [[PERSON:Kenji Watanabe]]          IT          2304  [[DATE_TIME:2019-11-18]]
[[ID_NUMBER:004622]]    [[PERSON:Precious Mahlangu]]       Payroll     2118  [[DATE_TIME:2021-06-01]]
[[ID_NUMBER:004707]]    [[PERSON:Leopold Fischer]]         Facilities  2099  [[DATE_TIME:2023-01-09]]""",
    """affected_email,source_ip,last_login,country,records_exposed
[[EMAIL_ADDRESS:tomasz.lewandowski@wp.pl]],[[IP_ADDRESS:83.24.113.9]],[[DATE_TIME:2024-12-02T21:15:40Z]],[[LOCATION:Poland]],address;phone
[[EMAIL_ADDRESS:claire.dubois77@orange.fr]],[[IP_ADDRESS:90.12.201.64]],[[DATE_TIME:2024-12-03T06:02:11Z]],[[LOCATION:France]],address
[[EMAIL_ADDRESS:marco.bianchi@libero.it]],[[IP_ADDRESS:151.38.77.120]],[[DATE_TIME:2024-12-03T07:48:55Z]],[[LOCATION:Italy]],address;phone;dob""",
    """| member_no | name | plan | card_last4 | joined | home_club |
|-----------|------|------|------------|--------|-----------|
| [[ID_NUMBER:GYM-558102]] | [[PERSON:Tayo Ogunbiyi]] | Off-peak | 4417 | [[DATE_TIME:Jan 2023]] | [[LOCATION:Peckham]] |
| [[ID_NUMBER:GYM-558377]] | [[PERSON:Freya Lindholm]] | Anytime | 0925 | [[DATE_TIME:Mar 2024]] | [[LOCATION:Camden]] |
| [[ID_NUMBER:GYM-559004]] | [[PERSON:Rohan Batra]] | Student | 8812 | [[DATE_TIME:Sep 2024]] | [[LOCATION:Stratford]] |""",
    """Name;Geburtsdatum;Straße;PLZ;Ort;Telefon;Steuer-ID
[[PERSON:Frieda Schulte]];[[DATE_TIME:14.02.1958]];[[ADDRESS:Lindenweg 3]];[[ZIP_CODE:48143]];[[LOCATION:Münster]];[[PHONE_NUMBER:0251 398122]];[[ID_NUMBER:41307926380]]
[[PERSON:Emre Aydın]];[[DATE_TIME:30.09.1984]];[[ADDRESS:Bergmannstraße 61]];[[ZIP_CODE:10961]];[[LOCATION:Berlin]];[[PHONE_NUMBER:0157 32280914]];[[ID_NUMBER:86904132856]]
[[PERSON:Jana Novotná]];[[DATE_TIME:07.07.1996]];[[ADDRESS:Am Rosenhang 12a]];[[ZIP_CODE:01309]];[[LOCATION:Dresden]];[[PHONE_NUMBER:0351 4472690]];[[ID_NUMBER:27405183647]]""",
    """| Nome | NIF | Telemóvel | Localidade | Consulta |
|------|-----|-----------|------------|----------|
| [[PERSON:Rita Gonçalves]] | [[ID_NUMBER:507192834]] | [[PHONE_NUMBER:926 114 870]] | [[LOCATION:Braga]] | [[DATE_TIME:12/04, 09h30]] |
| [[PERSON:Duarte Pimentel]] | [[ID_NUMBER:130496588]] | [[PHONE_NUMBER:963 702 415]] | [[LOCATION:Guimarães]] | [[DATE_TIME:12/04, 10h15]] |
| [[PERSON:Filipa Sousa Lobo]] | [[ID_NUMBER:247183059]] | [[PHONE_NUMBER:914 388 021]] | [[LOCATION:Barcelos]] | [[DATE_TIME:13/04, 17h00]] |""",
    """Név\tSzületési dátum\tTAJ szám\tTelepülés\tTelefon
[[PERSON:Horváth Levente]]\t[[DATE_TIME:1979.06.14]]\t[[ID_NUMBER:062 951 876]]\t[[LOCATION:Győr]]\t[[PHONE_NUMBER:+36 70 229 4183]]
[[PERSON:Kovácsné Varga Ildikó]]\t[[DATE_TIME:1964.03.28]]\t[[ID_NUMBER:129 384 076]]\t[[LOCATION:Pécs]]\t[[PHONE_NUMBER:06 30 557 1029]]
[[PERSON:Lakatos Márk]]\t[[DATE_TIME:2002.10.05]]\t[[ID_NUMBER:077 305 147]]\t[[LOCATION:Miskolc]]\t[[PHONE_NUMBER:+36 20 664 7710]]""",
    """| Onoma | Eponymo | AFM | Poli | Kinito |
|-------|---------|-----|------|--------|
| [[PERSON:Vasiliki]] | [[PERSON:Nikolaidou]] | [[ID_NUMBER:162048378]] | [[LOCATION:Larisa]] | [[PHONE_NUMBER:693 118 2704]] |
| [[PERSON:Spyros]] | [[PERSON:Chatzigeorgiou]] | [[ID_NUMBER:118305728]] | [[LOCATION:Irakleio]] | [[PHONE_NUMBER:697 540 3319]] |
| [[PERSON:Athina]] | [[PERSON:Lamprou]] | [[ID_NUMBER:064928177]] | [[LOCATION:Volos]] | [[PHONE_NUMBER:690 771 2048]] |""",
    """account_holder,iban,bic,currency,balance
[[PERSON:Maximilian Graf]],[[IBAN_CODE:AT611904300234573201]],BKAUATWW,EUR,4210.55
[[PERSON:Elodie Marchand]],[[IBAN_CODE:FR7630004008170001047391665]],BNPAFRPP,EUR,982.10
[[PERSON:Joost van Dijk]],[[IBAN_CODE:NL14INGB0006582091]],INGBNL2A,EUR,15300.00
[[PERSON:Agnieszka Zielińska]],[[IBAN_CODE:PL61109010140000071219812874]],WBKPPLPP,PLN,7421.90""",
    """| Student | Year | Parent / carer | Phone | Email |
| --- | --- | --- | --- | --- |
| [[PERSON:Isaac Mensah]] | 3 | [[PERSON:Abena Mensah]] | [[PHONE_NUMBER:(02) 9557 4130]] | [[EMAIL_ADDRESS:abena.mensah@bigpond.com]] |
| [[PERSON:Ruby Chen-Walsh]] | 3 | [[PERSON:David Walsh]] | [[PHONE_NUMBER:0409 338 271]] | [[EMAIL_ADDRESS:dwalsh.family@gmail.com]] |
| [[PERSON:Hamza Siddiqui]] | 4 | [[PERSON:Nadia Siddiqui]] | [[PHONE_NUMBER:0433 602 915]] | [[EMAIL_ADDRESS:nadia.s@outlook.com.au]] |""",
    """{"guest": "[[PERSON:Omar Farouk Haddad]]", "room": 512, "check_in": "[[DATE_TIME:2024-08-14]]", "nights": 3, "phone": "[[PHONE_NUMBER:+971 50 418 2273]]", "loyalty_id": "[[ID_NUMBER:HH-88120477]]"}
{"guest": "[[PERSON:Ingrid Solberg]]", "room": 514, "check_in": "[[DATE_TIME:2024-08-14]]", "nights": 1, "phone": "[[PHONE_NUMBER:+47 912 44 087]]", "loyalty_id": null}
{"guest": "[[PERSON:Kelechi Nwankwo]]", "room": 601, "check_in": "[[DATE_TIME:2024-08-15]]", "nights": 5, "phone": "[[PHONE_NUMBER:+234 803 771 4190]]", "loyalty_id": "[[ID_NUMBER:HH-90317752]]"}""",
    """EMPLOYEE              SSN           STATE  GROSS      PAY_DATE
[[PERSON:Rivera, Carmen L.]]     [[US_SSN:419-27-8835]]   [[LOCATION:AZ]]     2,841.60   2024-11-15
[[PERSON:Tsosie, Marcus]]        [[US_SSN:526-90-1147]]   [[LOCATION:NM]]     3,112.00   2024-11-15
[[PERSON:O'Malley, Bridget]]     [[US_SSN:047-61-5523]]   [[LOCATION:CO]]     2,390.45   2024-11-15""",
    """oncall:
  week: 2024-W37
  primary:
    name: [[PERSON:Ifeanyi Obi]]
    phone: "[[PHONE_NUMBER:+44 7700 248 119]]"
    slack: "[[USERNAME:ifeanyi.obi]]"
  secondary:
    name: [[PERSON:Marta Kowalczyk]]
    phone: "[[PHONE_NUMBER:+48 601 228 437]]"
    slack: "[[USERNAME:marta.k]]"
  escalation_manager: [[PERSON:Paul Devereux]]""",
    """Registration: [[ID_NUMBER:YK70 RFO]]
Keeper: [[PERSON:Samir Belkacem]]
Address: [[ADDRESS:22 Prospect Street]], [[LOCATION:Hull]] [[ZIP_CODE:HU2 8PX]]
Make/model: Ford Transit Custom
MOT expiry: 14/02/2025

Registration: [[ID_NUMBER:BD19 WZK]]
Keeper: [[PERSON:Eileen Sutcliffe]]
Address: [[ADDRESS:5 Moorside Cottages]], [[LOCATION:Hebden Bridge]] [[ZIP_CODE:HX7 6AB]]
Make/model: Toyota Yaris
MOT expiry: 02/09/2025""",
    """owner,phone,pet,species,next_vaccination,vet
[[PERSON:Aurelia Santangelo]],[[PHONE_NUMBER:0401 227 693]],Biscuit,dog,[[DATE_TIME:2024-10-03]],[[PERSON:Dr. Priest]]
[[PERSON:Jun Takahashi]],[[PHONE_NUMBER:0438 915 006]],Mochi,cat,[[DATE_TIME:2024-10-11]],[[PERSON:Dr. Priest]]
[[PERSON:Bethany Cole]],[[PHONE_NUMBER:0422 180 557]],Captain,rabbit,[[DATE_TIME:2024-10-19]],[[PERSON:Dr. Mahmoud]]""",
    """SEQ\tSURNAME\tGIVEN NAMES\tNATIONALITY\tPASSPORT\tDOB\tSEAT
1\t[[PERSON:ABUBAKAR]]\t[[PERSON:FATIMA HAUWA]]\t[[NRP:NIGERIAN]]\t[[ID_NUMBER:A09827134]]\t[[DATE_TIME:12MAR1991]]\t14C
2\t[[PERSON:LINDQVIST]]\t[[PERSON:ERIK JOHAN]]\t[[NRP:SWEDISH]]\t[[ID_NUMBER:91827364]]\t[[DATE_TIME:03NOV1978]]\t14D
3\t[[PERSON:DE SOUZA]]\t[[PERSON:MARIANA]]\t[[NRP:BRAZILIAN]]\t[[ID_NUMBER:FX482917]]\t[[DATE_TIME:29JUL2000]]\t22A
4\t[[PERSON:MILLER]]\t[[PERSON:JAMES ROBERT]]\t[[NRP:AMERICAN]]\t[[US_PASSPORT:546201837]]\t[[DATE_TIME:17JAN1969]]\t31F""",
    """| Guest | Party size | Dietary | RSVP by |
|:------|:----------:|:--------|:--------|
| Auntie [[PERSON:Funmi]] | 2 | halal | email |
| [[PERSON:Kieran]] & [[PERSON:Beth Doyle]] | 2 | one vegetarian | text |
| Grandpa [[PERSON:Joe]] | 1 | soft food | phone, [[PHONE_NUMBER:028 9066 1482]] |
| [[PERSON:Prakash]] + guest | 2 | jain | [[EMAIL_ADDRESS:prakash.m@gmail.com]] |""",
    """customer_name,pan,aadhaar,mobile,city,kyc_date
[[PERSON:Sneha Kulkarni]],[[ID_NUMBER:BQWPK7731F]],[[ID_NUMBER:4287 0516 3092]],[[PHONE_NUMBER:+91 98220 41375]],[[LOCATION:Pune]],[[DATE_TIME:2024-07-01]]
[[PERSON:Mohammed Irfan Shaikh]],[[ID_NUMBER:CJRPS2290K]],[[ID_NUMBER:6194 0283 7153]],[[PHONE_NUMBER:+91 90043 11862]],[[LOCATION:Mumbai]],[[DATE_TIME:2024-07-03]]
[[PERSON:Gurleen Kaur]],[[ID_NUMBER:AHZPK0418D]],[[ID_NUMBER:8302 7719 4623]],[[PHONE_NUMBER:+91 98140 22579]],[[LOCATION:Ludhiana]],[[DATE_TIME:2024-07-04]]""",
    """| Employee | ID number | Gender | Branch | Cell |
|---|---|---|---|---|
| [[PERSON:Nomvula Sithole]] | [[ID_NUMBER:8305140812087]] | F | [[LOCATION:Durban]] | [[PHONE_NUMBER:083 227 4419]] |
| [[PERSON:Johan Pretorius]] | [[ID_NUMBER:6904125291085]] | M | [[LOCATION:Bloemfontein]] | [[PHONE_NUMBER:082 551 0937]] |
| [[PERSON:Kagiso Molefe]] | [[ID_NUMBER:0109175803088]] | M | [[LOCATION:Polokwane]] | [[PHONE_NUMBER:072 318 6640]] |""",
    """{"username": "[[USERNAME:pixelpanda]]", "ip": "[[IP_ADDRESS:24.114.67.203]]", "last_login": "[[DATE_TIME:2025-01-14 08:22]]", "plan": "free", "country": "[[LOCATION:Canada]]"}
{"username": "[[USERNAME:l.moreno_88]]", "ip": "[[IP_ADDRESS:2806:10be:7:2ae1::4]]", "last_login": "[[DATE_TIME:2025-01-14 09:03]]", "plan": "pro", "country": "[[LOCATION:Mexico]]"}
{"username": "[[USERNAME:kaito.dev]]", "ip": "[[IP_ADDRESS:126.45.200.18]]", "last_login": "[[DATE_TIME:2025-01-13 23:57]]", "plan": "pro", "country": "[[LOCATION:Japan]]"}""",
    """BORROWER                 CARD NO          ITEM                         DUE
[[PERSON:Agnes Whitaker]]           [[ID_NUMBER:29088001476520]]   The Salt Path                [[DATE_TIME:02 Dec]]
[[PERSON:Luca Romano]]              [[ID_NUMBER:29088001533118]]   Atomic Habits                [[DATE_TIME:05 Dec]]
[[PERSON:Yasmin Abdelrahman]]       [[ID_NUMBER:29088001610942]]   Lessons in Chemistry         [[DATE_TIME:05 Dec]]""",
    """patient_name,nric,age,visit,doctor,diagnosis
[[PERSON:Goh Mei Xuan]],[[ID_NUMBER:S8419263E]],[[AGE:40]],[[DATE_TIME:2024-06-11]],[[PERSON:Dr. Ng]],URTI
[[PERSON:Siti Nurhaliza binte Osman]],[[ID_NUMBER:S7630815B]],[[AGE:48]],[[DATE_TIME:2024-06-11]],[[PERSON:Dr. Ng]],hypertension review
[[PERSON:Aravind Krishnan]],[[ID_NUMBER:F2749013K]],[[AGE:33]],[[DATE_TIME:2024-06-12]],[[PERSON:Dr. Tay]],sprained ankle""",
    """customer: [[PERSON:Adebayo Ogunleye]]
bvn: [[ID_NUMBER:22418309175]]
nin: [[ID_NUMBER:71029384615]]
phone: [[PHONE_NUMBER:0806 551 9023]]
branch_code: 0441
---
customer: [[PERSON:Halima Bello]]
bvn: [[ID_NUMBER:22390174862]]
nin: [[ID_NUMBER:48120937564]]
phone: [[PHONE_NUMBER:0703 884 1275]]
branch_code: 0917""",
    """| Unit | Tenant | Lease start | Rent (CAD) | Phone |
|------|--------|-------------|-----------|-------|
| [[ADDRESS:Apt 101]] | [[PERSON:Mariam Abdi]] | [[DATE_TIME:2023-09-01]] | 1,650 | [[PHONE_NUMBER:780-555-0192]] |
| [[ADDRESS:Apt 204]] | [[PERSON:Trent Labrecque]] | [[DATE_TIME:2024-02-01]] | 1,720 | [[PHONE_NUMBER:780-555-0148]] |
| [[ADDRESS:Apt 305]] | [[PERSON:Bao Tran]] | [[DATE_TIME:2022-06-15]] | 1,595 | [[PHONE_NUMBER:587-555-0173]] |""",
    """cardholder,card_number,exp,cvv,billing_zip
[[PERSON:Leon Achterberg]],[[CREDIT_CARD:4024007164128]],03/27,514,[[ZIP_CODE:98103]]
[[PERSON:Priscilla Nakato]],[[CREDIT_CARD:3056 930902 5904]],10/25,088,[[ZIP_CODE:30318]]
[[PERSON:Dmitri Volkov]],[[CREDIT_CARD:2223 0041 7765 1899]],01/28,731,[[ZIP_CODE:11235]]
[[PERSON:Harriet Lamb]],[[CREDIT_CARD:340123668700122]],06/26,4410,[[ZIP_CODE:02139]]""",
    """client\ttfn\tmedicare\tsuburb\tstate\tappointment
[[PERSON:Jack Thornbury]]\t[[ID_NUMBER:382 719 045]]\t[[ID_NUMBER:3301 84728 1]]\t[[LOCATION:Carlton]]\t[[LOCATION:VIC]]\t[[DATE_TIME:Tue 9 Jul 10:00]]
[[PERSON:Anh Thu Pham]]\t[[ID_NUMBER:519 302 677]]\t[[ID_NUMBER:2550 73910 3]]\t[[LOCATION:Footscray]]\t[[LOCATION:VIC]]\t[[DATE_TIME:Tue 9 Jul 11:30]]
[[PERSON:Sione Fifita]]\t[[ID_NUMBER:720 461 832]]\t[[ID_NUMBER:6182 40371 1]]\t[[LOCATION:Logan]]\t[[LOCATION:QLD]]\t[[DATE_TIME:Wed 10 Jul 14:00]]""",
    """coaches:
  - name: [[PERSON:Darren Whitlock]]
    team: U10 Hawks
    wwcc: "[[ID_NUMBER:WWC0418273E]]"
    mobile: "[[PHONE_NUMBER:0414 880 315]]"
  - name: [[PERSON:Leilani Fonoti]]
    team: U12 Hawks
    wwcc: "[[ID_NUMBER:WWC1930475E]]"
    mobile: "[[PHONE_NUMBER:0432 071 968]]"
  - name: [[PERSON:Raj Chandrasekhar]]
    team: U14 Hawks
    wwcc: "[[ID_NUMBER:WWC0772610V]]"
    mobile: "[[PHONE_NUMBER:0488 263 540]]\"""",
    """beneficiary,relationship,share_pct,address,postcode
[[PERSON:Thomas Albright]],son,40,[[ADDRESS:8 Vicarage Lane]],[[ZIP_CODE:TN12 6DF]]
[[PERSON:Eleanor Albright-Shaw]],daughter,40,[[ADDRESS:Flat 2, 17 Portland Place]],[[ZIP_CODE:BN2 1QG]]
St Wilfrid's Hospice,charity,10,-,-
[[PERSON:Ruth Okafor]],carer,10,[[ADDRESS:31 Hurst Road]],[[ZIP_CODE:TN12 6EE]]""",
    """| Staff # | Name | Role | Clinic | Work mobile |
|--------:|------|------|--------|-------------|
| [[ID_NUMBER:1183]] | [[PERSON:Kirsty McLeod]] | Physiotherapist | [[LOCATION:Leith]] | [[PHONE_NUMBER:07712 388 104]] |
| [[ID_NUMBER:1207]] | [[PERSON:Dominik Sauer]] | Sports therapist | [[LOCATION:Morningside]] | [[PHONE_NUMBER:07835 611 290]] |
| [[ID_NUMBER:1219]] | [[PERSON:Ayesha Raza]] | Physio assistant | [[LOCATION:Leith]] | [[PHONE_NUMBER:07493 027 556]] |""",
    """{"name": "[[PERSON:Sorcha Ní Bhriain]]", "ppsn": "[[ID_NUMBER:3918205M]]", "eircode": "[[ZIP_CODE:H91 T2X5]]", "county": "[[LOCATION:Galway]]", "dob": "[[DATE_TIME:1993-05-02]]"}
{"name": "[[PERSON:Pádraig Ó Ceallaigh]]", "ppsn": "[[ID_NUMBER:5027461H]]", "eircode": "[[ZIP_CODE:V94 E8K2]]", "county": "[[LOCATION:Limerick]]", "dob": "[[DATE_TIME:1988-11-19]]"}
{"name": "[[PERSON:Olena Shevchenko]]", "ppsn": "[[ID_NUMBER:8264039IA]]", "eircode": "[[ZIP_CODE:D08 YK29]]", "county": "[[LOCATION:Dublin]]", "dob": "[[DATE_TIME:2000-08-30]]"}""",
]

CHAT = [
    """[14:02] Agent ([[PERSON:Sam]]): Hi, thanks for contacting Swift Removals, how can I help today?
[14:02] [[PERSON:Priya Chandrasekaran]]: Hi [[PERSON:Sam]], I've got a move booked for [[DATE_TIME:Saturday 21st]] from [[ADDRESS:48 Hollybush Lane]], [[LOCATION:St Albans]] and I need to change the delivery address
[14:03] Agent ([[PERSON:Sam]]): No problem. Can I take your booking reference and a contact number?
[14:03] [[PERSON:Priya Chandrasekaran]]: SR-204417, mobile is [[PHONE_NUMBER:07957 113 482]]
[14:04] [[PERSON:Priya Chandrasekaran]]: new address is [[ADDRESS:Flat 6, Kestrel House, 90 Station Road]], [[LOCATION:Harpenden]] [[ZIP_CODE:AL5 4TL]]
[14:05] Agent ([[PERSON:Sam]]): All updated. Your crew leader on the day will be [[PERSON:Marek]], and he'll call you about 30 minutes before arrival.
[14:05] [[PERSON:Priya Chandrasekaran]]: perfect, thanks!""",
    """[[PERSON:Tolu]] (08:14): Morning all. Solicitor says she needs Dad's death certificate and the original will before she can apply for probate
[[PERSON:Kemi Adeyemi]] (08:16): The will is in the fireproof box at mine. Dad signed it on [[DATE_TIME:3 June 2019]], witnessed by Uncle [[PERSON:Bayo]] and [[PERSON:Mrs. Hardcastle]] from next door
[[PERSON:Tolu]] (08:17): ok. She also asked for his NI number, anyone?
[[PERSON:Femi]] (08:21): [[ID_NUMBER:JB 84 27 61 C]], it's on his pension letters
[[PERSON:Kemi Adeyemi]] (08:22): And the house is still in his name only, [[ADDRESS:27 Elmstead Avenue]], [[LOCATION:Chislehurst]] [[ZIP_CODE:BR7 6EF]]
[[PERSON:Tolu]] (08:25): Thanks. I'll email it all to [[PERSON:Ms. Okwuosa]] at [[EMAIL_ADDRESS:c.okwuosa@okwuosa-law.co.uk]] today""",
    """#inc-phish-harborview
[[PERSON:Keisha Ramsey]]  10:42 AM
confirmed: [[PERSON:Lorenzo]]'s mailbox ([[EMAIL_ADDRESS:lorenzo.bianchi@harborview-cpa.com]]) had an inbox rule forwarding everything to an outside gmail. rule was created from [[IP_ADDRESS:185.234.72.19]]
[[PERSON:Dev Patel]]  10:44 AM
ugh, that mailbox has client 1040s in it. @[[USERNAME:lorenzo.b]] did you get a DocuSign email on Monday?
[[PERSON:Lorenzo Bianchi]]  10:47 AM
yes, from what looked like [[PERSON:Gail Hendricks]] at the Ridgeway account. I clicked it on my phone
[[PERSON:Keisha Ramsey]]  10:49 AM
ok. resetting your password + revoking sessions now. [[PERSON:Dev]], can you pull the list of clients whose returns were in that mailbox? we may owe notices""",
    """Assistente virtual: Olá! Em que posso ajudar?
Cliente: bom dia, perdi o meu cartão ontem à noite no [[LOCATION:Chiado]]
Assistente virtual: Lamentamos! Para sua segurança, indique o seu nome completo e a data de nascimento.
Cliente: [[PERSON:Margarida Lopes Neves]], [[DATE_TIME:03/11/1990]]
Assistente virtual: Obrigado, [[PERSON:Margarida]]. O cartão terminado em 7719 foi cancelado. Quer receber o novo cartão na morada registada, [[ADDRESS:Rua Garrett, 74, 3.º]], [[ZIP_CODE:1200-204]] [[LOCATION:Lisboa]]?
Cliente: sim. e mudei de número, agora é o [[PHONE_NUMBER:965 318 207]]
Assistente virtual: Número atualizado. Vai receber um SMS de confirmação dentro de minutos.""",
    """[[PERSON:Dimitra]]: Kalispera, eimai i [[PERSON:Dimitra Konstantinou]], thelo na kleiso rantevou gia fysikotherapeia ston omo
Kentro Kinisi: Kalispera sas! Exoume diathesimo [[DATE_TIME:Triti 14/5 stis 18:00]]. Mporeite na mas steilete to AMKA sas?
[[PERSON:Dimitra]]: Nai, [[ID_NUMBER:14119902733]]. To kinito mou einai [[PHONE_NUMBER:6983 441 207]]
Kentro Kinisi: Efcharistoume! Tha sas dei o fysikotherapeftis [[PERSON:Alexandros Raptis]]. Fernte kai tin parapompi tou giatrou sas.
[[PERSON:Dimitra]]: Entaxei, ta leme tin Triti""",
    """[[PERSON:Rohit Bansal]]: sir, Form 16 from my employer came today, sending pic
CA [[PERSON:Suresh Goyal]]: ok. also send your wife's PAN, she has rental income from the [[LOCATION:Dwarka]] flat na
[[PERSON:Rohit Bansal]]: her PAN is [[ID_NUMBER:BNZPB4471C]], name [[PERSON:Neha Bansal]]
CA [[PERSON:Suresh Goyal]]: and her date of birth?
[[PERSON:Rohit Bansal]]: [[DATE_TIME:21-09-1989]]
CA [[PERSON:Suresh Goyal]]: done. will file both returns by Friday and send the ITR-V to [[EMAIL_ADDRESS:rohit.bansal84@gmail.com]]""",
    """[[PERSON:Shane]] (pres): heads up, [[PERSON:Tyler Moana]] did his ACL at training last night. ambos took him to [[LOCATION:Dandenong]]
[[PERSON:Kylie]] (sec): oh no. I'll lodge the insurance claim today. rego system has his DOB as [[DATE_TIME:04/02/2004]], can someone confirm?
[[PERSON:Shane]] (pres): yep that's right. his mum [[PERSON:Lani]] is on [[PHONE_NUMBER:0449 213 877]]
[[PERSON:Marty]]: I'll drop the injury form at theirs after work, still [[ADDRESS:3/16 Heatherton Rd]]?
[[PERSON:Kylie]] (sec): yes. and can someone check who was on first aid? the form needs their name
[[PERSON:Marty]]: [[PERSON:Bec Lawler]] was, she's got the notes""",
    """Agent [[PERSON:Melody]]: Hi! You're chatting with [[PERSON:Melody]]. How can I help?
You: hi, I'm moving and want to transfer my internet service
Agent [[PERSON:Melody]]: Happy to help! Can I get the account holder's name and account number?
You: [[PERSON:Gabriel Tremblay-Singh]], account [[ID_NUMBER:8120 4471 903]]
Agent [[PERSON:Melody]]: Thanks, [[PERSON:Gabriel]]. For security, what's your date of birth?
You: [[DATE_TIME:Jan 30 1987]]
Agent [[PERSON:Melody]]: Verified. What's the new address and your move date?
You: [[ADDRESS:1802-155 Yorkville Ave]], [[LOCATION:Toronto]] [[ZIP_CODE:M5R 0B4]], moving [[DATE_TIME:Aug 15]]
Agent [[PERSON:Melody]]: Got it. A technician can come [[DATE_TIME:Aug 16 between 8 and 12]]. Confirmation will go to [[EMAIL_ADDRESS:gtremblaysingh@gmail.com]].""",
]

LOOKALIKE = [
    """Your order #408-7731920-4417205 has shipped! Tracking: 1Z 999 AA1 01 2345 6784 (UPS Ground), est. delivery Thu. Items: SKU HB-2210-BLK x1, SKU CR-0091-WHT x2. Invoice INV-2024-118204 is attached. Questions? Call 1-800-555-0199 (Mon-Fri 8-6 ET) or email orders@northpeak-outfitters.com. Thanks for shopping with us, [[PERSON:Dana]]!""",
    """Release notes, build 10.4.2.1 (2024-11-18)
- Bumped libssl to 3.0.13; firmware image 192.168.0.7-rc2 retired.
- Fixed crash in exporter when UUID 3f2b9c1e-7a44-4d0b-9e61-55c0a8f2d913 was missing.
- Commit a94f0c3e1b27d8e6f5a0c4b9d3e2f1a0b9c8d7e6 reverts the 2.3.10.4 schema change.
- Known issue: serial SN-4471-0092-KX devices report version 1.1.1.1 after OTA.
Docs: https://docs.example-tools.dev/releases/10.4""",
    """This month's clinic newsletter: our new falls-prevention class on Nelson Mandela Boulevard starts in spring, and we've added extra hydrotherapy hours at the Florence Nightingale Wing. Dr. Seuss Week at the children's ward runs again, and our Parkinson's and Alzheimer's support groups now meet on Wednesdays. The Baker's cyst leaflet and the Osgood-Schlatter guide are at reception. Questions about the class? Contact our falls coordinator, [[PERSON:Imelda Ocampo]], at [[EMAIL_ADDRESS:imelda.ocampo@nhs.net]]; general enquiries go to 0300 123 4567.""",
    """INVOICE No. 2024/0417    VAT Reg. GB 284 7731 09    Company No. 08812204
Fernhill Accountants LLP, tel 0117 496 0182, accounts@fernhill-accountants.co.uk
Bill to: [[PERSON:Mr. Jonathan Akintola]], [[ADDRESS:17 Redland Grove]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 6PR]]
Preparation of 2023-24 self-assessment return: GBP 450.00; bookkeeping review: GBP 120.00
Payment: sort code 30-94-57, account 00417752 (Fernhill Accountants LLP client account), reference FA-AKIN-2404. Payment terms 30 days.""",
    """ASSET REGISTER EXTRACT
Tag IT-00917 | Dell Latitude 7440 | S/N 7XKQ2R3 | BIOS 1.14.2.0 | MAC F4:8E:38:1A:92:C7 | assigned: [[PERSON:Bukola Ajayi]]
Tag IT-00918 | Dell Latitude 7440 | S/N 9MZT8P1 | BIOS 1.14.2.0 | MAC F4:8E:38:1A:93:0D | assigned: spare pool
Tag IT-01022 | Cisco IP Phone 8851 | S/N FCH2231L0QK | firmware sip88xx.14-2-1-0001-14 | ext 2204 | assigned: reception desk
Tag IT-01108 | Yubikey 5C NFC | S/N 21884417 | assigned: [[PERSON:Tomás Reyes]]""",
    """Moving with us: claims for damage must be lodged within 7 days quoting your job number (e.g. JOB-2024-00831) and the inventory sheet reference on your copy (INV-SHT-4471). Our depots are on King William Street and Queen Victoria Road; the customer line is 1300 668 283 and claims@swiftmove.com.au handles claims. Our crew leader for the [[LOCATION:Adelaide]] region is [[PERSON:Paulo Tuilagi]]. Crate sizes: XL-2200, L-1600, M-1100; insurance policy MV-PL-0092114 covers transit only.""",
    """Weekend fixtures, round 7
Match ID 2024-R7-014: Baxter Park Rovers v St Columba's, Smith Cup, kick-off 10:30, Lawson Oval pitch 2
Match ID 2024-R7-015: Kingsley Hawks v Ronaldo Academy U12, friendly, 12:00, Ellis Reserve
Ground enquiries: 03 9555 0147. Referee allocations are on the league site (ref code RF-77-B).
Team manager for the U12s this week is [[PERSON:Nadia Haddad]], mobile [[PHONE_NUMBER:0411 902 338]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind52", STYLES, OUT)


if __name__ == "__main__":
    main()

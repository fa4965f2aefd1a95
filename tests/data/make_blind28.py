"""Build tests/data/blind28.jsonl: a twenty-eighth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind28.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts (bench/), or the records of any other gold set.
Exactly three files of the repository were read, and only these parts of
them: lines 1-121 of make_blind22.py (its module docstring, with the
labeling conventions and the style descriptions, and its import lines) and
its closing scaffolding from the line `STYLES = {` to the end of the file
(the STYLES dict and main(), copied here); the whole of gold_sets.py (the
checks and `write_set`); and lines 1-64 of make_handwritten.py (its
conventions docstring, MARK, TITLE_IN_NAME and `parse()`). Not read: the
record lists of make_blind22.py, any other make_*.py (make_blind24.py to
make_blind27.py included), any *.jsonl file, anything under minimize/,
recognizers/ or bench/, any other file under tests/, anything under /tmp,
and the git history (no git command was run). The detector and the bench
were never run on this file. Do not tune the detector against it: once it
has been used to tune, it no longer measures anything; write a new set
instead.

Every record below is written out by hand, one by one, in the voice of an
outside evaluator: no Faker, no word lists, no templates filled by code, no
loops. Only the offsets are computed, by `parse()` from make_handwritten.py,
which strips the inline `[[TYPE:value]]` marks (the summary printed at the
end only counts them). Card numbers pass Luhn and IBANs pass mod-97 with
the right length for their country; the national check digits inside the
French, Spanish, Italian, Belgian, Portuguese and Polish IBANs are right
too. They were worked out with hand-run throwaway code while writing and
pasted in as literal strings (`gold_sets.check` re-checks cards and
IBANs and refuses a bad one). National ids with a public check digit (NHS number, SIN,
Aadhaar, BSN, DNI, NIF, PESEL, French NIR, South African ID, TFN, Irish
PPSN, Singapore NRIC, HKID, Brazilian CPF, Mexican CURP, Italian codice
fiscale, Australian Medicare number, Emirates ID) were given a valid one
the same way, agreeing with the person's sex and birth date where those
show, and so were the look-alikes that carry one (ISBN-13, EAN-13); UK NI
numbers, US SSNs, PAN, CNIC, Nigerian NIN and BVN, Kenyan ids and KRA
PINs, Philippine SSS and PhilHealth numbers, the other national ids,
passports, licences, plates, bank account numbers and staff, student,
member, patient and customer numbers were not checked.

Styles (ids `blind28-<style>-NNN`; 240 records), imitating what an outside
evaluator would feed the tool. About nine records in ten are in English
(US, UK, Canada, Australia, Ireland, New Zealand, India, Pakistan,
Bangladesh, South Africa, Nigeria, Kenya, Uganda, Jamaica, Trinidad, the
Philippines, Singapore and Hong Kong contexts, names from the many
cultures living there); the rest are in French, German, Spanish,
Portuguese, Italian, Dutch and Polish:
- `gen` (100): one to three sentences as a third-party LLM writes them
  when asked for "realistic text with personal data", across customer
  service, medicine, education, travel, law, HR, finance, housing, social
  media, government forms, insurance, telecoms, charities, sport, religion
  and retail: names at the start, middle and end, possessives, lists of
  people, relatives, nicknames, lowercase names, honorifics and ranks,
  ages said many ways, dates in many formats, addresses of eighteen
  countries.
- `bench` (80): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k, gretel-pii-masking-en-v1 and Nemotron-PII: single sentences,
  forms, emails, log lines, SQL and JSON events, support tickets, with many
  entity kinds per record (and passwords, user agents, MACs, IMEIs, CVVs,
  sort codes and routing numbers left unlabeled).
- `table` (35): one labeled table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks, HTML,
  psql and DataFrame prints), with header rows, abbreviated, camelCase and
  non-English column names, and non-PII columns.
- `chat` (15): chat and SMS threads, support transcripts and forum posts
  (nicknames, lowercase, typos, emoji).
- `lookalike` (10): texts full of things shaped like PII that are not
  (order, tracking, invoice and case references, SKUs, ISBNs, versions,
  hashes, UUIDs, serials, company lines, eponyms, streets named after
  people without a number), with the few real PII values labeled; some
  have none.

Labeling conventions: those of make_handwritten.py and make_blind22.py.
- PERSON: any part of a name, lowercase or not, initials, nicknames; a
  possessive "'s" is outside; "Surname, Given" is two spans. TITLE:
  honorifics and ranks attached to a name (Mr, Dr, Nurse, Sir, Rev.,
  Chief, Judge, Fr., Herr, Frau, Mme, Madame, Sr., Sig.ra, Miss, Lady,
  heer), labeled apart from the name; job titles are not TITLE and family words (mum, auntie, ate) stay
  outside.
- ADDRESS: number + street (+ unit / flat / floor), PO boxes, house and
  building names, a house number given alone; city, named neighbourhood,
  district, sector, barangay, county, state / province (also abbreviated)
  and country are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates with a day or a month, in any shape, a time
  written with them included, and the timestamps of a person's logins and
  events; not bare years, clock times alone, durations, or dates not tied
  to a person (release, invoice, expiry of a product).
- AGE: the number only, in digits or words; vague ages are unlabeled.
- NRP: nationality, religion or political group, also when it qualifies
  a person's passport or id card ("Indian passport").
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member, voter and loyalty numbers, bank account
  numbers, non-US passports and licences, plates, professional
  registration numbers; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say; URL only for personal pages and profiles; USERNAME without
  the "@".
- Not labeled: passwords, genders, job titles, employers, user agents,
  MACs, IMEIs, sort codes, BIC, IFSC and routing numbers, CVVs and card
  expiries, PINs, order / ticket / claim / policy / booking / tracking /
  invoice / prescription references, group numbers, company phone numbers
  and role mailboxes, room and bed numbers, amounts, versions, hashes,
  serials, partial numbers ("ending 4417"), pets, eponyms and names of
  companies, churches and schools, a header row.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind28.jsonl")

GEN = [
    "Hi, this is [[PERSON:Priya Raghunathan]] calling about the broadband bill. The account is in my husband's name, [[PERSON:Arjun Raghunathan]], and the service address is [[ADDRESS:48 Carrington Road]], [[LOCATION:Slough]] [[ZIP_CODE:SL1 3RN]]. You can reach me on [[PHONE_NUMBER:07700 900318]] after six.",
    "[[PERSON:Mr. Tomasz Wiśniewski]], a [[AGE:67]]-year-old retired bus driver, was admitted on [[DATE_TIME:3 February 2025]] with central chest pain. His NHS number is [[ID_NUMBER:943 476 5919]] and his daughter, [[PERSON:Kasia]], is recorded as next of kin.",
    "Congratulations to [[PERSON:Aaliyah Brooks]] (student ID [[ID_NUMBER:S20481736]]) of [[LOCATION:Decatur]], [[LOCATION:Georgia]], who will receive the Hollis Memorial Scholarship at the awards evening on [[DATE_TIME:May 17, 2025]].",
    "Passenger [[PERSON:Rahul Mehta]], travelling on [[NRP:Indian]] passport [[ID_NUMBER:Z4829173]], has requested wheelchair assistance at Terminal 3 for his flight on [[DATE_TIME:12/08/2025]]. Booking reference: QX7T2M.",
    "The tenant, [[PERSON:Siobhán Ní Bhriain]], of [[ADDRESS:Apartment 6, 22 Harcourt Street]], [[LOCATION:Dublin]] [[ZIP_CODE:D02 HX65]], states that the landlord, [[PERSON:Declan Furlong]], let himself into the flat without notice on [[DATE_TIME:9 January]] and again two days later.",
    "Please update the payroll record for [[PERSON:Oluwaseun Adeyemi]] (staff no. [[ID_NUMBER:EMP-20417]]). His salary should now go to GTBank account [[ID_NUMBER:0452318876]], and his confirmed start date is [[DATE_TIME:1 September 2025]].",
    "My card ending 4417 kept getting declined, so I paid with my other Visa, [[CREDIT_CARD:4539 1488 0343 6574]], exp 09/27. Please don't charge both. Thanks, [[PERSON:Hannah Lindqvist]]",
    "Lease applicants: [[PERSON:Marcus Chen]] ([[AGE:29]]) and [[PERSON:Li Na Chen]] ([[AGE:27]]), currently renting at [[ADDRESS:1520 Pine Street, Apt 4B]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94109]]. Requested move-in: [[DATE_TIME:June 1st]].",
    "shoutout to my cousin [[PERSON:deshawn]] for finishing his first marathon at [[AGE:41]] 🏃🏾‍♂️ go follow him @[[USERNAME:dshawn_runs]], so proud of this man",
    "Form DS-82 was submitted for [[PERSON:Carmen Elena Vásquez]], date of birth [[DATE_TIME:04/22/1979]], most recent U.S. passport number [[US_PASSPORT:548192037]], mailing address [[ADDRESS:PO Box 2281]], [[LOCATION:Las Cruces]], [[LOCATION:NM]] [[ZIP_CODE:88004]].",
    "Claim 77-4410-B concerns the Ford Fiesta registered to [[PERSON:Gareth Powell]], registration [[ID_NUMBER:CU19 XKV]], which was hit from behind near [[LOCATION:Merthyr Tydfil]] on [[DATE_TIME:Tuesday 14 October]].",
    "We've moved [[PHONE_NUMBER:+61 412 738 055]] across to your new plan, [[PERSON:Ms. Nguyen]]. Your customer number is [[ID_NUMBER:C-88130427]]; keep it handy if you ring us on 13 22 00.",
    "Thank you, [[PERSON:Eleanor]] and [[PERSON:Frank Whitcombe]], for your generous gift in memory of [[PERSON:Frank]]'s sister, [[PERSON:Dorothy]]. Your Gift Aid declaration has been saved against supporter number [[ID_NUMBER:SUP0093142]].",
    "Striker [[PERSON:Kwame Asante-Boateng]], [[AGE:19]], signed his first professional contract on [[DATE_TIME:30 August 2024]]. His agent, [[PERSON:Lena Fischer]], confirmed the deal by email from [[EMAIL_ADDRESS:lena.fischer@fischer-sportmgmt.de]].",
    "[[TITLE:Rev.]] [[PERSON:Jonathan Okello]] will officiate at the wedding of [[PERSON:Grace Nakato]] and [[PERSON:Samuel Mugisha]] at St. Andrew's Cathedral in [[LOCATION:Kampala]] on [[DATE_TIME:Saturday, 6 December]].",
    "Return authorised for [[PERSON:Chidi Okafor]]'s order #A11-4481902. The refund of £64.99 goes back to the original Mastercard, and a courier will collect the parcel from [[ADDRESS:Flat 3, 91 Gloucester Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS7 8AS]] on [[DATE_TIME:Thursday 6 March]].",
    "[[PERSON:Dr. Imani Wallace]] reviewed the labs for [[PERSON:Robert J. Kowalczyk]] (MRN [[ID_NUMBER:00482917]], DOB [[DATE_TIME:11-30-1958]]) and asked the front desk to call him at [[PHONE_NUMBER:(412) 555-0187]] about his potassium.",
    "M-Pesa reversal request: I sent KSh 4,500 to the wrong number, [[PHONE_NUMBER:0722 418 903]], instead of my brother [[PERSON:Kipchoge]]'s line. My name is [[PERSON:Wanjiru Kamau]], ID [[ID_NUMBER:28475910]], of [[ADDRESS:P.O. Box 40122]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]].",
    "Good day po! I'm [[PERSON:Maria Cristina Dela Cruz]], [[AGE:34]], SSS no. [[ID_NUMBER:34-2917460-8]], residing at [[ADDRESS:Blk 9 Lot 21, Camia Street]], [[LOCATION:Brgy. Pasong Tamo]], [[LOCATION:Quezon City]] [[ZIP_CODE:1107]]. I would like to apply for a salary loan.",
    "Delivery for [[PERSON:Tan Wei Ling]] to [[ADDRESS:Blk 412 Ang Mo Kio Avenue 10, #08-1123]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]]. The recipient must show NRIC [[ID_NUMBER:S8734162C]] on collection.",
    "[[PERSON:Chan Ka-ho]] (HKID [[ID_NUMBER:K384621(0)]]) moved out of [[ADDRESS:Flat B, 12/F, Wing Fat Mansion, 88 Nathan Road]], [[LOCATION:Tsim Sha Tsui]], and into his parents' flat in [[LOCATION:Sha Tin]] on [[DATE_TIME:2 March 2024]].",
    "[[PERSON:Thandiwe Mokoena]]'s ID number, [[ID_NUMBER:9307250174083]], doesn't match the one on the lease for [[ADDRESS:17 Jacaranda Street]], [[LOCATION:Menlo Park]], [[LOCATION:Pretoria]], [[ZIP_CODE:0081]]. Can you check with her before the keys are handed over?",
    "[[TITLE:Chief]] [[PERSON:Emeka Obi]], [[AGE:72]], of [[ADDRESS:14 Awolowo Road]], [[LOCATION:Ikoyi]], [[LOCATION:Lagos]], has named his niece, [[PERSON:Adaeze Obi-Nwosu]], as the beneficiary; her BVN is [[ID_NUMBER:22184736590]].",
    "Hi [[TITLE:Miss]] [[PERSON:Campbell]], your TRN [[ID_NUMBER:118-402-775]] is now linked to the water account for [[ADDRESS:4 Caledonia Road]], [[LOCATION:Mandeville]], [[LOCATION:Manchester]], [[LOCATION:Jamaica]]. We will text updates to [[PHONE_NUMBER:876-555-0142]].",
    "[[PERSON:Ravi]] and [[PERSON:Shanti Ramdial]] of [[ADDRESS:LP 45 Saddle Road]], [[LOCATION:Maraval]], [[LOCATION:Trinidad]], would like a certified copy of their [[NRP:Hindu]] marriage certificate, registered on [[DATE_TIME:18th November 1996]].",
    "[[PERSON:Ayesha Siddiqui]], CNIC [[ID_NUMBER:35202-4817263-8]], lives at [[ADDRESS:House 27, Street 9]], [[LOCATION:F-7/2]], [[LOCATION:Islamabad]] [[ZIP_CODE:44000]]. Her mobile is [[PHONE_NUMBER:+92 300 5127741]] and she prefers calls after Asr.",
    "The bKash wallet registered to [[PERSON:Md. Rafiqul Islam]] ([[PHONE_NUMBER:01711-234567]]) shows a login from [[IP_ADDRESS:103.48.16.201]] on [[DATE_TIME:14 Jan 2025 at 02:14]], which he says wasn't him; he was asleep at home in [[LOCATION:Mirpur]], [[LOCATION:Dhaka]].",
    "[[PERSON:Geneviève Tremblay]] is moving from [[ADDRESS:3410 rue Saint-Denis]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 3L1]] to [[LOCATION:Halifax]] on [[DATE_TIME:July 1]]. Please forward her mail and make sure her SIN, [[ID_NUMBER:046 329 819]], is right on the T4 slips.",
    "[[PERSON:Jack O'Sullivan]], who turns [[AGE:18]] on [[DATE_TIME:21 April]], has enrolled to vote at [[ADDRESS:Unit 4/18 Banksia Crescent]], [[LOCATION:Toowong]] [[LOCATION:QLD]] [[ZIP_CODE:4066]].",
    "Kia ora [[PERSON:Aroha]], the physio appointment for your son [[PERSON:Nikau Te Rangi]] is confirmed for [[DATE_TIME:Thursday 9 October at 3.45pm]]. If anything changes we'll text you on [[PHONE_NUMBER:021 455 0912]].",
    "[[PERSON:Sunita Deshpande]] (Aadhaar [[ID_NUMBER:7392 6418 5025]]) has applied for a new ration card at [[ADDRESS:Flat 302, Sai Krupa Apartments, 14th Cross]], [[LOCATION:Malleswaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]]. Her PAN, [[ID_NUMBER:AKQPD4827F]], was verified on [[DATE_TIME:2 June]].",
    "Reference request: [[PERSON:Callum Fraser]] worked at our [[LOCATION:Aberdeen]] warehouse from [[DATE_TIME:March 2019]] until [[DATE_TIME:November 2023]]. For your records, his National Insurance number is [[ID_NUMBER:JT 48 21 96 C]].",
    "[[PERSON:Luis Ortega]] and his wife, [[PERSON:Marisol]], are filing jointly. His SSN is [[US_SSN:512-48-7730]] and hers is [[US_SSN:529-61-0384]]; the refund should go to checking account [[ID_NUMBER:004718823361]], routing 322271627.",
    "Named drivers on the policy: [[PERSON:Fiona McAllister]] (licence no. [[ID_NUMBER:MCALL757215FJ9XK]]) and her son [[PERSON:Hamish]], [[AGE:17]], who holds a provisional licence only.",
    "As discussed, I've added a line for [[PERSON:Brianna]] ([[PHONE_NUMBER:+1 (704) 555-0163]]) to the family plan of [[PERSON:Tyrone Jackson]], [[ADDRESS:2208 Beatties Ford Rd]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28216]].",
    "pt is a [[AGE:31]] yo G2P1, accompanied by partner [[PERSON:josé]]. EDD [[DATE_TIME:18/11/2025]]. Contact [[PHONE_NUMBER:0412 883 190]]. GP: [[PERSON:Dr Farah Qureshi]].",
    "[[PERSON:Mrs. Adebayo]] has asked that [[PERSON:Tobi]] be collected early on [[DATE_TIME:Wednesday 19th March]] for a hospital appointment; his grandmother, [[PERSON:Mrs. Folake Adebayo]], will sign him out.",
    "Guest [[TITLE:Herr]] [[PERSON:Klaus Dietrich]] checked in on [[DATE_TIME:2025-08-03]] and left his [[NRP:German]] identity card, no. [[ID_NUMBER:L01X00T47]], at reception. He can be reached at [[EMAIL_ADDRESS:k.dietrich@posteo.de]].",
    "[[PERSON:Darnell Whitfield]], also known as \"[[PERSON:Dee]]\", [[AGE:24]], was arraigned on [[DATE_TIME:October 3, 2024]] at the [[LOCATION:Cook County]] courthouse, where [[TITLE:Judge]] [[PERSON:Marianne Kowalski]] set bail at $50,000.",
    "Please send the deposit to [[PERSON:Giulia Romano]], IBAN [[IBAN_CODE:IT03 K050 3411 7010 0000 0052 743]], and copy her on [[EMAIL_ADDRESS:giulia.romano84@libero.it]] so she knows it's on its way.",
    "LOST DOG in [[LOCATION:Leytonstone]]!! Small brown terrier, answers to Biscuit. If you see him please call or text [[PHONE_NUMBER:07700 900772]]. [[PERSON:Jess]] x",
    "[[PERSON:Niamh Gallagher]] and [[PERSON:Ciarán Doyle]] have been approved for the two-bed at [[ADDRESS:14 Ashgrove Park]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]], [[ZIP_CODE:P31 K2Y8]]. [[PERSON:Niamh]]'s PPSN, [[ID_NUMBER:6419827R]], is already on file.",
    "Your [[LOCATION:Texas]] driver license [[US_DRIVER_LICENSE:34827190]] expires on [[DATE_TIME:08/14/2026]], [[PERSON:Mr. Villarreal]]. You can renew online or at the office nearest [[ZIP_CODE:78501]].",
    "Member: [[PERSON:Beatriz Santos]], member ID [[ID_NUMBER:XGH902341877]], group 0048213. Dependent: [[PERSON:Lucas Santos]], born [[DATE_TIME:Feb 2, 2016]].",
    "Sponsor update: [[PERSON:Faith Achieng]], now [[AGE:12]], has moved up to Class 7 at her school in [[LOCATION:Kisumu]]. Her sponsor, [[PERSON:Margaret Ellison]] of [[LOCATION:Harrogate]], has sent a card for her birthday on [[DATE_TIME:19 June]].",
    "Membership frozen for [[PERSON:Dimitri Papadopoulos]] (member #[[ID_NUMBER:004812]]) from [[DATE_TIME:1 Dec]] to [[DATE_TIME:31 Jan]] following his knee surgery.",
    "[[PERSON:Kavya]], you've earned 1,200 points! Your Nectar card [[ID_NUMBER:98263017445218]] now has £12 to spend, and there's a treat waiting for your birthday on [[DATE_TIME:28 May]].",
    "Security alert: a SIM swap for [[PHONE_NUMBER:+234 803 412 7789]] was requested from [[IP_ADDRESS:41.203.72.18]] on [[DATE_TIME:2025-03-09 22:41 WAT]]. If this wasn't you, [[PERSON:Ifeoma]], reply NO.",
    "[[PERSON:Nurse Adeleke]] documented that [[PERSON:Mr Bell]], [[AGE:58]], is a [[NRP:Jehovah's Witness]] and declines blood products; his wife, [[PERSON:Patricia]], holds lasting power of attorney.",
    "[[PERSON:Prof. Yusuf Al-Amin]] has agreed to supervise [[PERSON:Chloe Baptiste]]'s thesis. Her university email is [[EMAIL_ADDRESS:cbaptiste3@gatech.edu]], and the defense is pencilled in for [[DATE_TIME:April 28]].",
    "Visa applicant: [[PERSON:Nadia Rahman]], [[NRP:Bangladeshi]], passport [[ID_NUMBER:EB0482713]], home address [[ADDRESS:House 14, Road 7]], [[LOCATION:Dhanmondi]], [[LOCATION:Dhaka]] [[ZIP_CODE:1205]]; intended date of arrival [[DATE_TIME:15 September 2025]].",
    "I, [[PERSON:Harold Ernest Pemberton]], of [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Snoring]], [[LOCATION:Norfolk]] [[ZIP_CODE:NR21 0HR]], leave my stamp collection to my grandson [[PERSON:Oliver]] and the remainder of my estate to my daughter [[PERSON:Judith Pemberton-Hale]].",
    "Welcome aboard, [[PERSON:Mei]]! Your laptop will be shipped to [[ADDRESS:77 Dundas St W, Unit 1204]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5G 2C3]], and your employee number is [[ID_NUMBER:104-3381]]. [[PERSON:Ravi Subramanian]], your manager, will meet you on [[DATE_TIME:Monday, Jan 6]].",
    "The cardholder, [[PERSON:Aoife Brennan]], disputes three charges on [[CREDIT_CARD:5425 2334 3010 9101]] made in [[LOCATION:Lisbon]] on [[DATE_TIME:22 May]], when she says she was at home in [[LOCATION:Galway]].",
    "Notice to quit served on [[PERSON:Terrence Dupree]] at [[ADDRESS:915 N. Claiborne Ave., Apt. C]], [[LOCATION:New Orleans]], [[LOCATION:LA]] [[ZIP_CODE:70116]] on [[DATE_TIME:8/2/24]].",
    "👋 i'm [[PERSON:tasha]] | [[AGE:26]] | [[LOCATION:Manchester]] | nurse by day, baker by night 🍰 | recipes at [[URL:https://tashabakes.blog]]",
    "Centrelink has updated the address of [[PERSON:Bronwyn Kelly]] (CRN [[ID_NUMBER:204 817 395K]]) to [[ADDRESS:3 Wattle Grove]], [[LOCATION:Ballarat]] [[LOCATION:VIC]] [[ZIP_CODE:3350]], effective [[DATE_TIME:10 November 2024]].",
    "The beneficiaries are [[PERSON:Anjali]], [[PERSON:Rohan]] and [[PERSON:Meera Kapoor]], in equal shares. The life insured, [[PERSON:Vikram Kapoor]], [[AGE:fifty-six]], was born on [[DATE_TIME:5th Aug 1969]] and has never smoked.",
    "I've been with you 11 years and this is the third outage this month. Account holder: [[PERSON:Deborah Ann Fitzgerald]], [[ADDRESS:62 Ridgeway Avenue]], [[LOCATION:Worcester]], [[LOCATION:MA]] [[ZIP_CODE:01606]]. Best number to reach me: [[PHONE_NUMBER:508.555.0119]].",
    "Seating for table 4: [[PERSON:Sir Tunde Ayeni]], [[TITLE:Lady]] [[PERSON:Ayeni]], [[PERSON:Dr. Hui Min Teo]] and her guest, [[PERSON:Marco]].",
    "[[PERSON:Saoirse]] (U14, DOB [[DATE_TIME:2011-06-13]]) went over on her ankle at training. Her mum, [[PERSON:Deirdre Kavanagh]], was called on [[PHONE_NUMBER:087 214 5598]] and collected her at 19:40.",
    "Please keep [[TITLE:Fr.]] [[PERSON:Ignatius Mwangi]] in your prayers. He returns home to [[LOCATION:Nyeri]] on [[DATE_TIME:4 April]] after his surgery; cards can be left at the parish office.",
    "We couldn't deliver your parcel to [[ADDRESS:23B Karangahape Road]], [[LOCATION:Auckland]] [[ZIP_CODE:1010]] today. We'll try again tomorrow, or you can collect it from the depot with photo ID. Tracking: NZ448120937.",
    "Reminder: [[PERSON:Kofi]]'s check-up with [[PERSON:Dr. Mensah]] is on [[DATE_TIME:Mon 3 Nov at 10:15]]. Reply C to confirm or R to reschedule.",
    "Parental leave approved for [[PERSON:Bartholomew]] \"[[PERSON:Bart]]\" [[PERSON:Nguyen]] from [[DATE_TIME:3/3/2025]] through [[DATE_TIME:5/26/2025]].",
    "Applicant [[PERSON:Shirin Farahani]], [[AGE:38]], a self-employed architect in [[LOCATION:Vancouver]], declared an annual income of $142,000 and gave her SIN as [[ID_NUMBER:527-190-466]].",
    "HDB resale: the sellers are [[PERSON:Muhammad Faizal bin Rahmat]] and [[PERSON:Nurul Huda binte Ismail]]; the buyer is [[PERSON:Lim Jun Jie]] (NRIC [[ID_NUMBER:T0258391C]]). Completion is scheduled for [[DATE_TIME:17 Oct 2025]].",
    "shoutout to [[PERSON:mo]], [[PERSON:jaz]], [[PERSON:big kev]] and auntie [[PERSON:pat]] for the best birthday ever 🎂🥳 love u all",
    "Emergency contact for [[PERSON:Hiroshi Tanaka]] while he is in [[LOCATION:Peru]]: his sister [[PERSON:Yumi]], [[PHONE_NUMBER:+81 90-4821-3357]], [[EMAIL_ADDRESS:yumi.tanaka.0412@gmail.com]].",
    "MTN: Dear [[PERSON:Okello Patrick]], your SIM [[PHONE_NUMBER:0772 331540]] has been registered with NIN [[ID_NUMBER:CM92034102XKLP]]. Registered address: [[ADDRESS:Plot 23, Kira Road]], [[LOCATION:Kamwokya]], [[LOCATION:Kampala]].",
    "Prescription for [[PERSON:Wilhelmina de Vries]], born [[DATE_TIME:1948-12-09]], BSN [[ID_NUMBER:236451789]]: metformin 500 mg twice daily, review in three months.",
    "Admission confirmed: [[PERSON:Harpreet Kaur Sandhu]], roll no. [[ID_NUMBER:2412038]], daughter of [[PERSON:Gurmeet Singh Sandhu]], [[ADDRESS:House No. 1142]], [[LOCATION:Sector 21-B]], [[LOCATION:Chandigarh]] [[ZIP_CODE:160022]].",
    "Renter [[PERSON:Emily Watanabe-Ross]], [[LOCATION:California]] DL [[US_DRIVER_LICENSE:D4821937]], picked the car up at the airport on [[DATE_TIME:11/21]] and dropped it off in [[LOCATION:Portland]] on [[DATE_TIME:11/25]].",
    "[[PERSON:Abebe Girma]], an [[NRP:Ethiopian]] national, was granted asylum on [[DATE_TIME:6 June 2023]]; his A-number is [[ID_NUMBER:A204-817-395]].",
    "Interview panel for the charge nurse post: [[PERSON:Olusegun Bakare]], [[PERSON:Fatima Zahra El Idrissi]], [[PERSON:Gwen Pritchard]] and, as lay member, [[PERSON:Mr Ioan Rhys-Davies]].",
    "Hi, please close my savings account [[ID_NUMBER:31926819]] (sort code 40-11-62) and move the balance to [[IBAN_CODE:GB56 HBUK 4011 2734 9622 18]]. Thanks, [[PERSON:Lewis Carmichael]]",
    "Reference for [[PERSON:Ngaire Walker]]'s rental application: her previous property manager, [[PERSON:Craig Dunstan]], on [[PHONE_NUMBER:(08) 9381 4472]]. She rented [[ADDRESS:12/40 Stirling Highway]], [[LOCATION:Nedlands]] [[LOCATION:WA]] [[ZIP_CODE:6009]] from [[DATE_TIME:Feb 2021]] to [[DATE_TIME:Jan 2025]].",
    "Reporting @[[USERNAME:n1ghtowl_88]] for posting my home address ([[ADDRESS:41 Larkspur Lane]], [[LOCATION:Boise]]) and a photo of my daughter. My account is @[[USERNAME:rachel.m.h]].",
    "[[PERSON:Hauwa Abdullahi Bello]], NIN [[ID_NUMBER:48217390156]], a [[NRP:Muslim]] woman from [[LOCATION:Kano]], has applied for a Hajj seat through the state pilgrims' welfare board.",
    "Baby girl of [[PERSON:Chidinma Eze]], born [[DATE_TIME:March twelfth at 04:52]], weight 3.1 kg, Apgar 9/10. Father, [[PERSON:Uchenna Eze]], present at delivery.",
    "I ordered the sofa in [[DATE_TIME:January]] and it still hasn't arrived (order 20398-44). Contact me at [[EMAIL_ADDRESS:b.adekunle-ross@outlook.com]] or [[PHONE_NUMBER:+44 161 496 0734]]. – [[PERSON:Bola Adekunle-Ross]]",
    "Policyholder [[PERSON:Inês Carvalho]] is claiming for her cat, Mostarda, who was treated at a vet in [[LOCATION:Porto]] on [[DATE_TIME:2/9/2025]].",
    "Hello, this is [[PERSON:Jun-jun]], ate [[PERSON:Liza]]'s brother. Her Globe number [[PHONE_NUMBER:0917 555 0283]] got blocked while she's working in [[LOCATION:Dubai]]. Her PhilHealth no. is [[ID_NUMBER:01-025374819-6]] if you need it.",
    "Results: 1st [[PERSON:Brigid Kiptum]] ([[LOCATION:Kenya]]) 2:21:14; 2nd [[PERSON:Almaz Tesfaye]] ([[LOCATION:Ethiopia]]) 2:22:03; 3rd [[PERSON:Rosa María Quispe]] ([[LOCATION:Peru]]) 2:22:40.",
    "We're delighted to invite you to the bar mitzvah of our son [[PERSON:Eli]] on [[DATE_TIME:Shabbat, 14 February]] at Beth Shalom, [[LOCATION:Cape Town]]. RSVP to [[PERSON:Naomi]] and [[PERSON:David Levitan]] at [[EMAIL_ADDRESS:levitanfamily@mweb.co.za]].",
    "[[PERSON:María del Carmen Ruiz-Ortega]], registered [[NRP:Democrat]], precinct 14, [[ADDRESS:3902 W Glendale Ave]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85051]], voter ID [[ID_NUMBER:AZ0049281736]].",
    "Dear [[PERSON:Dr. Sutherland]], I would be grateful if you could see [[TITLE:Miss]] [[PERSON:Chloe Parkinson]], DOB [[DATE_TIME:07.03.2002]], NHS [[ID_NUMBER:485 777 3457]], who has had recurrent migraines since the spring. Kind regards, [[PERSON:Dr. Anil Varma]]",
    "The FPS transfer of HK$8,000 from [[PERSON:Wong Siu Ming]] to [[PERSON:Ho Ka Yan]] ([[PHONE_NUMBER:+852 9187 3342]]) failed on [[DATE_TIME:5 Sep]]; [[PERSON:Ms Ho]] has been asked to check the proxy ID linked to her number.",
    "Grandpa [[PERSON:Joe]] ([[AGE:81]]), mom [[PERSON:Latoya]] (mid-forties), the twins [[PERSON:Jayden]] and [[PERSON:Jada]], both aged [[AGE:nine]], and baby [[PERSON:Malik]] all live at [[ADDRESS:6120 S. Wabash Avenue]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60637]], per the housing assistance form.",
    "Login issue: user [[EMAIL_ADDRESS:r.ferreira@pontoverde.com.br]] ([[PERSON:Rodrigo Ferreira]]) is locked out after entering his password; the attempts came from [[IP_ADDRESS:2804:14c:65a1:4012::1b]], last successful login [[DATE_TIME:2025-04-02 08:13 BRT]].",
    "Bonjour, je suis [[TITLE:Mme]] [[PERSON:Sandrine Lefèvre]] et j'habite au [[ADDRESS:12 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]]. Mon numéro de sécurité sociale est le [[ID_NUMBER:2 87 06 75 114 273 06]] et je suis née le [[DATE_TIME:14 juin 1987]].",
    "Sehr geehrte [[TITLE:Frau]] [[PERSON:Yılmaz]], wir bestätigen Ihren Arbeitsbeginn am [[DATE_TIME:1. Oktober 2025]]. Bitte schicken Sie uns Ihre Steuer-ID [[ID_NUMBER:57 482 913 604]] sowie Ihre IBAN [[IBAN_CODE:DE53 1203 0000 0529 1837 46]] für die Gehaltsabrechnung.",
    "La paciente [[PERSON:Lucía Fernández Ortega]], de [[AGE:45]] años, con DNI [[ID_NUMBER:48271936L]], acudió a urgencias el [[DATE_TIME:3 de marzo]] acompañada de su marido, [[PERSON:Javier]]. Domicilio: [[ADDRESS:Calle de Alcalá 214, 3º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]].",
    "O cliente [[PERSON:João Pedro Magalhães]], NIF [[ID_NUMBER:236158945]], pediu a transferência do saldo para o IBAN [[IBAN_CODE:PT50 0007 0114 0048 2913 7061 9]]. Contacto: [[PHONE_NUMBER:+351 912 483 776]].",
    "Gentile [[TITLE:Sig.ra]] [[PERSON:Bianchi]], Le comunichiamo che [[PERSON:Matteo]] (classe 3B) parteciperà alla gita a [[LOCATION:Firenze]] il [[DATE_TIME:12 novembre]]. Per urgenze contatteremo il papà, [[PERSON:Stefano Bianchi]], al [[PHONE_NUMBER:347 218 9054]].",
    "Huurder [[PERSON:Sven van den Berg]], geboren op [[DATE_TIME:22-04-1991]], woont sinds [[DATE_TIME:1 mei 2020]] op [[ADDRESS:Prinsengracht 412-II]], [[ZIP_CODE:1016 JK]] [[LOCATION:Amsterdam]] en betaalt de huur vanaf rekening [[IBAN_CODE:NL74 RABO 0312 4587 12]].",
    "[[PERSON:Anna Kowalczyk]], PESEL [[ID_NUMBER:85071402362]], zamieszkała przy [[ADDRESS:ul. Mickiewicza 15/7]], [[ZIP_CODE:30-059]] [[LOCATION:Kraków]], złożyła wniosek o nowy dowód osobisty w dniu [[DATE_TIME:4 marca 2025]].",
    "Chère [[TITLE:Madame]] [[PERSON:Peeters]], nous avons bien reçu votre demande d'allocations familiales pour [[PERSON:Lucas]], né le [[DATE_TIME:3 avril 2019]]. Les versements se feront sur le compte [[IBAN_CODE:BE04 0016 4839 2031]].",
    "[[PERSON:Maximilian Huber]] aus [[LOCATION:Graz]] ist am [[DATE_TIME:12. Mai]] [[AGE:40]] Jahre alt geworden. Glückwünsche bitte an [[ADDRESS:Annenstraße 47/3]], [[ZIP_CODE:8020]] [[LOCATION:Graz]].",
    "Se solicita el traslado del expediente de [[PERSON:Guadalupe Hernández Ríos]], CURP [[ID_NUMBER:HERG850312MJCRSD04]], de la clínica de [[LOCATION:Guadalajara]] a la de [[LOCATION:Zapopan]]. Teléfono de contacto: [[PHONE_NUMBER:33 1482 9076]].",
]

BENCH = [
    "Dear [[PERSON:Ms. Yolanda Ferreira]], your transfer of $1,248.50 from account [[ID_NUMBER:84729133]] to IBAN [[IBAN_CODE:DE49100500000190435877]] has been flagged for review. Please confirm it from your registered device ([[IP_ADDRESS:172.58.14.203]]) within 24 hours.",
    "Patient [[PERSON:Tobias Gruber]], male, [[AGE:52]], DOB [[DATE_TIME:1973/02/17]], resides at [[ADDRESS:2214 Marlowe Street]], [[LOCATION:Evanston]], [[LOCATION:IL]] [[ZIP_CODE:60201]]. Insurance member number [[ID_NUMBER:UHC-558102934]]. Contact: [[PHONE_NUMBER:847-555-0129]].",
    "username: [[USERNAME:kwame.ofori_91]] | email: [[EMAIL_ADDRESS:kwame.ofori91@yahoo.com]] | password: Gh@na2019! | last_login_ip: [[IP_ADDRESS:154.160.3.77]] | user_agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
    "Hi [[PERSON:Desmond]], to finish the mortgage pre-approval for [[ADDRESS:87 Larch Hill Drive]], [[LOCATION:Sandyford]], [[LOCATION:Dublin]] [[ZIP_CODE:D18 W6R4]] we still need a copy of your passport ([[ID_NUMBER:PX4829173]]) and three months of statements for [[IBAN_CODE:IE74 AIBK 9320 8619 4573 02]].",
    "[[DATE_TIME:2025-02-11T09:14:52Z]] INFO auth: login ok user=[[USERNAME:mfernandes]] ip=[[IP_ADDRESS:10.24.8.117]] session=7f3a9c1e-22b4-4d0e-9a61-5be0c2f81d93 mfa=totp",
    "Employee: [[PERSON:Rosalind Achterberg]] | Job title: Senior Compliance Analyst | Employer: Veridian Mutual | SSN: [[US_SSN:437-82-1095]] | Hire date: [[DATE_TIME:2019-08-26]] | Home: [[ADDRESS:5510 Harbor View Rd, Apt 12]], [[LOCATION:Tampa]], [[LOCATION:FL]] [[ZIP_CODE:33611]]",
    "Card on file: [[CREDIT_CARD:3787 344936 71000]] (AMEX), CVV 4412, exp 11/28, cardholder [[PERSON:Jeremiah T. Blackwood]], billing ZIP [[ZIP_CODE:30309]].",
    "Dear [[PERSON:Mr. Adebayo Ogunleye]], your application for the position of Logistics Coordinator has been received. We have recorded your date of birth as [[DATE_TIME:14-Nov-1990]], your gender as male and your phone as [[PHONE_NUMBER:+234 809 771 3320]].",
    "Meeting notes, [[DATE_TIME:March 4th, 2025 3:00 PM]]. Present: [[PERSON:Harriet Okonkwo-Smith]] (HR), [[PERSON:Yusuf Demir]], [[PERSON:Priscilla Mwangi]]. Action: [[PERSON:Yusuf]] to re-send the corrected payslips to [[EMAIL_ADDRESS:p.mwangi@kazi-logistics.co.ke]] by Friday.",
    "The vehicle with registration [[ID_NUMBER:KDA 482Q]], owned by [[PERSON:Brian Otieno]] (KRA PIN [[ID_NUMBER:A012847361Z]]), was recorded speeding on Thika Road on [[DATE_TIME:2024-12-19]].",
    "Account holder: [[PERSON:Siddharth Iyer]]; IFSC: HDFC0001234; Account No: [[ID_NUMBER:50100274839125]]; Registered mobile: [[PHONE_NUMBER:+91 98450 12763]]; Branch: [[LOCATION:Koramangala]].",
    "From: [[EMAIL_ADDRESS:leah.goldstein@protonmail.com]]\nTo: support@brightlease.com\nSubject: deposit\n\nHi, I moved out of [[ADDRESS:33 Elm Court, Unit 2]], [[LOCATION:Stamford]], [[LOCATION:CT]] [[ZIP_CODE:06902]] on [[DATE_TIME:9/30]] and still haven't received my deposit.\n[[PERSON:Leah Goldstein]]\n[[PHONE_NUMBER:203-555-0171]]",
    "Ticket #48213 | Priority: High | Reporter: [[PERSON:Fernando Alves]] <[[EMAIL_ADDRESS:fernando.alves@techbridge.pt]]> | Device MAC 3C:22:FB:91:0A:7E | IP [[IP_ADDRESS:192.168.1.44]] | Issue: VPN drops every 10 minutes since [[DATE_TIME:Monday 7 April]].",
    "[[PERSON:Evangeline]], as a [[AGE:63]]-year-old retired teacher from [[LOCATION:Shropshire]], you may be able to claim Pension Credit. Have your National Insurance number ([[ID_NUMBER:PW 62 19 47 B]]) ready when you call.",
    "Passport No: [[US_PASSPORT:A09482716]] | Surname: [[PERSON:Castellanos]] | Given names: [[PERSON:Diego Armando]] | Nationality: [[NRP:American]] | Date of birth: [[DATE_TIME:03 JUL 1986]] | Place of birth: [[LOCATION:El Paso]], [[LOCATION:Texas]] | Date of issue: [[DATE_TIME:12 FEB 2021]]",
    "[[PERSON:Kiri Mahuika]] ([[EMAIL_ADDRESS:kiri.m@xtra.co.nz]]) booked a double room from [[DATE_TIME:Dec 20]] to [[DATE_TIME:Dec 23]], paying with [[CREDIT_CARD:4716-2205-9914-3303]]. Special request: ground floor, as her mother uses a wheelchair.",
    "Chief complaint: shortness of breath. [[PERSON:Mrs. Ruth Abernathy]] is an [[AGE:88]] y/o female with CHF, brought in by her son [[PERSON:Gerald]] from [[ADDRESS:1402 Old Mill Road]], [[LOCATION:Lancaster]], [[LOCATION:PA]] [[ZIP_CODE:17601]]. Medicare MBI [[ID_NUMBER:1EG4-TE5-MK73]]. Attending: [[PERSON:Dr. Kenji Morimoto]].",
    "Customer ID: [[ID_NUMBER:CUST-0048127]]\nName: [[PERSON:Ama Serwaa Boateng]]\nDOB: [[DATE_TIME:1995.08.03]]\nMobile: [[PHONE_NUMBER:+233 24 481 7730]]\nAddress: [[ADDRESS:House No. 12, Osu Badu Street]], [[LOCATION:Airport West]], [[LOCATION:Accra]]\nGhana Card: [[ID_NUMBER:GHA-728194036-5]]",
    "This Employment Agreement is made on [[DATE_TIME:January 15, 2025]] between Northwind Analytics LLC and [[PERSON:Samantha R. Delgado]], residing at [[ADDRESS:718 Cypress Lane]], [[LOCATION:Austin]], [[LOCATION:Texas]] [[ZIP_CODE:78704]] (the \"Employee\"). The Employee's Social Security Number is [[US_SSN:624-19-8830]].",
    "The customer, [[PERSON:Lorenzo Gallo]], called from [[PHONE_NUMBER:+39 333 481 2290]] to dispute a charge of €89.00 on his card [[CREDIT_CARD:5191 8820 4473 0611]]. Last login IP on the account: [[IP_ADDRESS:93.41.207.15]].",
    "Name: [[PERSON:Hemi Parata]]; Sex: F; Age: [[AGE:34]]; Occupation: Civil Engineer; Driver licence: [[ID_NUMBER:DL482913]], version 215; Address: [[ADDRESS:9 Kowhai Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]]",
    "[[DATE_TIME:Feb 03 14:22:10]] web-02 sshd[2231]: Accepted publickey for [[USERNAME:jkowalski]] from [[IP_ADDRESS:85.221.140.9]] port 51122 ssh2: ED25519 SHA256:q8Zr4kV1mXo2dPp9Lw0sT7yUe3aB6cN5fH1gJ4iK2lM",
    "Hi, I'm [[PERSON:Beatrice]] from [[LOCATION:Leeds]], born [[DATE_TIME:2nd of June 1999]], looking for a flatmate for a two-bed near the university. Message me on [[PHONE_NUMBER:07700 900145]] or insta @[[USERNAME:bea.makes.things]].",
    "Statement for [[PERSON:Mr. Olumide Fashola]], [[ADDRESS:Flat 7, Kingfisher House, 18 Peckham Road]], [[LOCATION:London]] [[ZIP_CODE:SE5 8UB]]. Account number [[ID_NUMBER:41902266]], sort code 20-32-06. Statement no. 47. Opening balance £2,310.44.",
    "Estimado [[TITLE:Sr.]] [[PERSON:Álvaro Méndez]]: su tarjeta [[CREDIT_CARD:4485 0319 6672 9106]] ha sido bloqueada tras tres intentos fallidos desde la IP [[IP_ADDRESS:88.27.140.9]]. Para desbloquearla, llame desde el teléfono registrado, [[PHONE_NUMBER:612 48 90 73]].",
    "Kunde: [[PERSON:Jürgen Hoffmann]], geb. [[DATE_TIME:07.11.1964]], [[ADDRESS:Lindenstraße 23a]], [[ZIP_CODE:50674]] [[LOCATION:Köln]], Tel. [[PHONE_NUMBER:0221 4829173]], IBAN [[IBAN_CODE:DE24 2004 1111 0287 3496 02]], Kundennummer [[ID_NUMBER:K-7718204]].",
    "Password reset link sent to [[EMAIL_ADDRESS:anhthu.pham@gmail.com]] for the account @[[USERNAME:anhthu_p]]. Request origin: [[IP_ADDRESS:2001:ee0:4d1b:9a30:8c1:2fe:7b4:19]] ([[LOCATION:Ho Chi Minh City]]).",
    "[[TITLE:Rev.]] [[PERSON:Dr. Martin Achebe]], senior pastor of Grace Fellowship, lives at [[ADDRESS:4410 Kessler Blvd, Apt 2]], [[LOCATION:Indianapolis]], [[LOCATION:IN]] [[ZIP_CODE:46220]]; write to him at [[EMAIL_ADDRESS:pastor.martin@gracefellowshipindy.org]].",
    "Form W-9. Name: [[PERSON:Chinedu Okafor]]. Business name: Blue Kettle Design. TIN (SSN): [[US_SSN:581-30-2947]]. Address: [[ADDRESS:90 Remsen St, Apt 5F]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11201]]. Date signed: [[DATE_TIME:02/14/2025]].",
    "Support chat log. Agent [[PERSON:Maya]]: How can I help? Customer: My name is [[PERSON:Rashid Al-Mansoori]], my Emirates ID is [[ID_NUMBER:784-1987-4829163-4]] and I can't log in since I changed my number to [[PHONE_NUMBER:+971 50 418 2273]].",
    "TO: [[PERSON:Ngozi Eze]], [[ADDRESS:Plot 1142, Ademola Adetokunbo Crescent]], [[LOCATION:Wuse II]], [[LOCATION:Abuja]], [[LOCATION:FCT]]. TEL: [[PHONE_NUMBER:0803 221 7764]]. FROM: Fulfilment Centre, [[LOCATION:Ikeja]]. WEIGHT: 2.4 KG. AWB: 7702184453.",
    "Loan application LA-20931: borrower [[PERSON:Patrick Nolan]], [[AGE:45]], married, two dependants, employed by St. Vincent's University Hospital, gross salary €68,400, PPSN [[ID_NUMBER:3078152N]], salary account [[IBAN_CODE:IE06 BOFI 9058 3812 7654 01]].",
    "Attendees: 1. [[PERSON:Dr. Farida Haidari]] <[[EMAIL_ADDRESS:f.haidari@kabulmed.af]]>; 2. [[PERSON:Prof. Étienne Marchand]] <[[EMAIL_ADDRESS:etienne.marchand@univ-lyon1.fr]]>; 3. [[PERSON:Mr. Tevita Fifita]], [[PHONE_NUMBER:+676 771 2480]].",
    "Incident report: on [[DATE_TIME:23 Nov 2024, 21:40]] security guard [[PERSON:Vusi Dlamini]] found [[PERSON:Lerato Khumalo]], [[AGE:16]], alone in a parking garage in [[LOCATION:Sandton]]. Her mother, [[PERSON:Nomvula]], was called on [[PHONE_NUMBER:082 555 0198]].",
    "Patient Name: [[PERSON:HERNANDEZ]], [[PERSON:MIGUEL A]] | MRN: [[ID_NUMBER:7712094]] | DOB: [[DATE_TIME:1961-09-05]] | Sex: M | Medicaid ID: [[ID_NUMBER:TX48291736]] | PCP: [[PERSON:Dr. Lisa Tran]]",
    "Dear Valued Customer [[PERSON:Oksana Petrenko]], we detected unusual activity on the account linked to [[EMAIL_ADDRESS:oksana.petrenko@ukr.net]]. Last access: [[DATE_TIME:11/03/2025 07:55]] from [[IP_ADDRESS:46.211.88.12]] ([[LOCATION:Lviv]], [[LOCATION:Ukraine]]).",
    "Subscriber: [[PERSON:Ji-woo Park]] | Plan: Unlimited Plus | MSISDN: [[PHONE_NUMBER:+1 213 555 0194]] | IMEI: 356938035643809 | Billing address: [[ADDRESS:3250 Wilshire Blvd, Apt 1710]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90010]]",
    "Booking for [[PERSON:Mr. Ahmed Raza]] and [[PERSON:Mrs. Sana Raza]], check-in [[DATE_TIME:2025-07-14]], check-out [[DATE_TIME:2025-07-21]]; [[NRP:Pakistani]] passports [[ID_NUMBER:AB4829173]] and [[ID_NUMBER:AC7710482]]; guaranteed on [[CREDIT_CARD:5286 4410 9032 7784]].",
    "INSERT INTO users (id, full_name, email, phone, dob) VALUES (4417, '[[PERSON:Camille Dubois]]', '[[EMAIL_ADDRESS:camille.dubois@orange.fr]]', '[[PHONE_NUMBER:+33 6 12 48 90 37]]', '[[DATE_TIME:1992-05-27]]');",
    "Referral bonus: [[PERSON:Ms. Ebony Richards]] ([[EMAIL_ADDRESS:ebony.r@icloud.com]]) referred her coworker [[PERSON:Tariq]], and a $50 credit was applied to her account on [[DATE_TIME:Jan 9]].",
    "Policy No.: HOM-2291-4470; Policyholder: [[PERSON:Margarethe Lindholm]]; Insured property: [[ADDRESS:216 Birchwood Terrace]], [[LOCATION:Duluth]], [[LOCATION:MN]] [[ZIP_CODE:55803]]; Date of loss: [[DATE_TIME:February 2, 2025]]; Cause: frozen pipe; Adjuster: [[PERSON:Kevin Tran]], [[PHONE_NUMBER:218-555-0147]].",
    "AUDIT: user [[EMAIL_ADDRESS:j.smythe@harcourt-legal.co.uk]] exported 412 client records at 03:12 from [[IP_ADDRESS:81.2.69.160]] using Excel 16.0.17928.20114; retention policy RP-7 applied.",
    "Hola [[PERSON:Valentina]], tu pedido llegará a [[ADDRESS:Av. Corrientes 1847, piso 6, depto. B]], [[LOCATION:Buenos Aires]] ([[ZIP_CODE:C1045AAC]]) el [[DATE_TIME:jueves 12 de junio]]. Si no estás, se lo dejamos al encargado del edificio.",
    "Alumni record: [[PERSON:Tunde Bakare]] (class of 2008), now a process engineer in [[LOCATION:Houston]]; LinkedIn [[URL:https://www.linkedin.com/in/tundebakare-eng]]; mobile [[PHONE_NUMBER:+1 832 555 0116]].",
    "Locum booking: [[PERSON:Dr. Priyanka Chaudhary]], GMC [[ID_NUMBER:7429183]], shifts on [[DATE_TIME:4 May]], [[DATE_TIME:5 May]] and [[DATE_TIME:11 May]] at the [[LOCATION:Swindon]] site; pay to account [[ID_NUMBER:60481927]], sort code 30-94-57.",
    "[[PERSON:Elwyn]], your new sign-in PIN is 4471. We've sent a copy to [[PHONE_NUMBER:+44 7700 900611]] and to [[EMAIL_ADDRESS:elwyn.pryce@btinternet.com]]. If you didn't ask for it, write to us from the address we hold, [[ADDRESS:5 Heol y Parc]], [[LOCATION:Aberystwyth]] [[ZIP_CODE:SY23 1PB]].",
    "Visa application. Surname: [[PERSON:Mwale]]; First name: [[PERSON:Chikondi]]; Sex: M; Date of birth: [[DATE_TIME:19/04/1988]]; Nationality: [[NRP:Malawian]]; Passport No.: [[ID_NUMBER:MA0482719]]; Occupation: teacher; Home address: [[ADDRESS:House 112]], [[LOCATION:Area 47]], [[LOCATION:Lilongwe]].",
    "Subject: Re: Invoice INV-20931\n\nHi [[PERSON:Anja]], I paid that invoice with my personal card ending 0611, so please send the receipt to my private address, [[EMAIL_ADDRESS:lukas.brandt.privat@gmx.de]], not the office one.\nDanke, [[PERSON:Lukas Brandt]]",
    "USER PROFILE\nHandle: [[USERNAME:xX_SniperWolf_Xx]]\nReal name: [[PERSON:Connor Mulligan]]\nAge: [[AGE:15]]\nCountry: [[LOCATION:Ireland]]\nLinked email: [[EMAIL_ADDRESS:connor.mulligan08@gmail.com]]\nLast IP: [[IP_ADDRESS:86.41.19.202]]",
    "Appointment confirmed: [[PERSON:Ms Aditi Bhattacharya]], [[DATE_TIME:Thu 24/07/2025, 11:30]], Room 4, [[PERSON:Dr Hall]]'s clinic. Your hospital number is [[ID_NUMBER:RX4482193]].",
    "The property at [[ADDRESS:Unit 12, 301 Anzac Parade]], [[LOCATION:Kingsford]] [[LOCATION:NSW]] [[ZIP_CODE:2032]] is leased to [[PERSON:Mohammed Al-Hassan]] (TFN [[ID_NUMBER:459 371 825]]) and [[PERSON:Leila Al-Hassan]]; bond lodged on [[DATE_TIME:03/03/2025]].",
    "Driver: [[PERSON:Francisco Javier Morales]], DL# [[US_DRIVER_LICENSE:F255-482-91-736-0]] ([[LOCATION:Florida]]), DOB [[DATE_TIME:09/27/1991]], vehicle tag [[ID_NUMBER:QJX-B41]].",
    "[[PERSON:Lwazi Ndlovu]] | SA ID [[ID_NUMBER:8804125123080]] | DOB [[DATE_TIME:12 Apr 1988]] | M | [[ADDRESS:44 Voortrekker Road]], [[LOCATION:Bellville]], [[LOCATION:Cape Town]], [[ZIP_CODE:7530]] | Cell [[PHONE_NUMBER:+27 71 555 0183]]",
    "Bonjour [[PERSON:Théo]], votre rendez-vous chez la dermatologue est fixé au [[DATE_TIME:mardi 16 septembre à 9h45]]. Munissez-vous de votre carte Vitale (n° de sécurité sociale [[ID_NUMBER:1 92 04 69 123 041 97]]). Un rappel vous sera envoyé au [[PHONE_NUMBER:06 48 21 93 77]].",
    "Hi support, my daughter [[PERSON:Isla]] ([[AGE:8]]) set up an account with my card [[CREDIT_CARD:4556 7302 1198 4424]] without asking. Her username is [[USERNAME:islaunicorn2017]]. Please refund the three purchases. [[PERSON:Kirsty Maclean]]",
    "Call transcript. Caller identified as [[PERSON:Rajesh Kumar Pillai]], date of birth [[DATE_TIME:fifth of January 1975]], policy LIC-48201937, nominee [[PERSON:Lakshmi Pillai]] (wife), Aadhaar [[ID_NUMBER:4810 5736 2914]], address [[ADDRESS:TC 14/1122, Pattom Palace Road]], [[LOCATION:Thiruvananthapuram]], [[LOCATION:Kerala]] [[ZIP_CODE:695004]].",
    "{\"event\":\"signup\",\"ts\":\"[[DATE_TIME:2025-05-18T16:02:44+02:00]]\",\"email\":\"[[EMAIL_ADDRESS:m.jansen@ziggo.nl]]\",\"ip\":\"[[IP_ADDRESS:84.104.213.7]]\",\"name\":\"[[PERSON:Marloes Jansen]]\",\"plan\":\"pro\",\"referrer\":\"newsletter\"}",
    "To whom it may concern: I confirm that [[PERSON:Ms. Grace Mutesi]], holder of [[NRP:Ugandan]] passport [[ID_NUMBER:B0948271]], has been employed as a research assistant at our institute since [[DATE_TIME:1 February 2022]]. Signed, [[PERSON:Prof. Henry Ssewanyana]]",
    "DM from @[[USERNAME:fitwithfaisal]]: bro the coaching link isn't working, can u send it to [[EMAIL_ADDRESS:faisal.qureshi.pk@gmail.com]] or whatsapp [[PHONE_NUMBER:+92 321 4482190]]",
    "Dane klienta: [[PERSON:Piotr Zieliński]], PESEL [[ID_NUMBER:92112835199]], nr dowodu [[ID_NUMBER:AYK482913]], tel. [[PHONE_NUMBER:+48 601 229 384]], rachunek [[IBAN_CODE:PL31 1140 2004 4000 3302 0157 2947]].",
    "Geachte [[TITLE:heer]] [[PERSON:Bakker]], uw afspraak bij de huisarts is verzet naar [[DATE_TIME:woensdag 9 juli om 14.20 uur]]. Neem uw identiteitsbewijs mee; uw BSN is [[ID_NUMBER:418029581]].",
    "Patient: [[PERSON:O'Connor]], [[PERSON:Bridget]] | Ward 7B | Bed 12 | NOK: [[PERSON:Sean O'Connor]] (son), [[PHONE_NUMBER:+353 86 771 2043]] | Allergies: penicillin | Religion: [[NRP:Roman Catholic]]",
    "Dear [[PERSON:Dr. Adeyemi]], attached is the lab report for patient ID [[ID_NUMBER:PT-00918273]], [[PERSON:Fatoumata Diallo]], collected [[DATE_TIME:06/18/2025 08:40]]. It was uploaded from the portal account [[USERNAME:lab_tech_rmorris]].",
    "Invoice to: [[PERSON:Sebastián Rojas]], [[ADDRESS:Carrera 7 # 72-41, Apto 502]], [[LOCATION:Bogotá]], [[LOCATION:Colombia]]. Invoice No. F-2025-0041. Amount due: COP 1.250.000. Paid by card [[CREDIT_CARD:4916 5524 7810 2838]].",
    "ALERT brute-force: 14 failed logins for [[EMAIL_ADDRESS:kelly.admin@riverbendschool.org]] from [[IP_ADDRESS:45.134.26.91]] between 02:10 and 02:14 UTC; account locked, rule BF-03.",
    "Olá, sou o [[PERSON:Mateus Oliveira]], CPF [[ID_NUMBER:384.729.165-37]], e quero atualizar meu endereço para [[ADDRESS:Rua Augusta, 1520, apto 84]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:01304-001]].",
    "Adjuster notes: claimant [[PERSON:Darius Washington]], [[AGE:33]], was rear-ended at Main St and 5th Ave in [[LOCATION:Columbus]], [[LOCATION:Ohio]] on [[DATE_TIME:4/11/2025]]. [[LOCATION:Ohio]] DL [[US_DRIVER_LICENSE:SP482917]].",
    "Pharmacy refill: [[PERSON:Eleni Georgiou]], Rx #4418203, DOB [[DATE_TIME:Oct 30 1957]], phone on file [[PHONE_NUMBER:(718) 555-0172]], pick-up at the pharmacy counter after 2 pm.",
    "Volunteer registration: [[PERSON:Hamza Yusuf Abdi]], [[AGE:22]], [[NRP:Somali]]-[[NRP:Canadian]], languages Somali, Arabic and English, available weekends. Emergency contact: [[PERSON:Hodan Abdi]] (mother), [[PHONE_NUMBER:613-555-0138]].",
    "On [[DATE_TIME:2024-10-02]], [[PERSON:Ms. Keisha Thompson]] (employee #[[ID_NUMBER:30418]]) reported that her manager, [[PERSON:Brent Kowalski]], had made remarks about her [[NRP:Rastafarian]] faith.",
    "Exchange KYC: [[PERSON:Daniel Mizrahi]], [[NRP:Israeli]] passport [[ID_NUMBER:32948175]], address [[ADDRESS:Dizengoff Street 118, apt 9]], [[LOCATION:Tel Aviv]]; selfie uploaded from [[IP_ADDRESS:79.177.5.62]].",
    "Reservation: [[PERSON:Kenji]] & [[PERSON:Aiko Watanabe]], party of 2, [[DATE_TIME:Sat 8 Mar 19:30]], contact [[PHONE_NUMBER:+81 3-5412-8876]], note: anniversary, window table.",
    "Registrant Name: [[PERSON:Olga Nowak]] | Registrant Street: [[ADDRESS:ul. Długa 44/12]] | Registrant City: [[LOCATION:Gdańsk]] | Registrant Postal Code: [[ZIP_CODE:80-827]] | Registrant Country: [[LOCATION:Poland]] | Registrant Phone: [[PHONE_NUMBER:+48.583012944]] | Registrant Email: [[EMAIL_ADDRESS:olga.nowak@wp.pl]]",
    "Trip with [[PERSON:Abdullah]] on [[DATE_TIME:Friday, 14 March 2025]]: pickup [[ADDRESS:22 Lakeshore Road East]], [[LOCATION:Mississauga]]; drop-off Terminal 1. Charged to Visa ending 3303. Rider: [[PERSON:Megan Liu]] ([[EMAIL_ADDRESS:megan.liu@rogers.com]]).",
    "The court appointed [[PERSON:Mr. Ashok Venkataraman]], advocate, as guardian ad litem for the minor [[PERSON:Kavitha R.]], aged [[AGE:11]], who resides with her maternal grandmother at [[ADDRESS:No. 7, 3rd Main Road]], [[LOCATION:Jayanagar]], [[LOCATION:Bengaluru]].",
    "Cadastro de motorista. Nome: [[PERSON:Mariana Costa]]; CNH: [[ID_NUMBER:04827193650]]; Placa: [[ID_NUMBER:RIO2A18]]; Chave PIX: [[EMAIL_ADDRESS:mariana.costa.rj@gmail.com]]; Cidade: [[LOCATION:Rio de Janeiro]].",
    "RSVP. Guest: [[PERSON:Antoine Mercier]] +1 ([[PERSON:Hélène]]) | Dietary: halal | Send the invitation to [[ADDRESS:1820 Avenue Road, Unit 3]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5M 3Z5]]",
    "Background check request: subject [[PERSON:Tyler James Hutchins]], SSN [[US_SSN:219-44-6180]], DOB [[DATE_TIME:1988-03-09]]; previous addresses [[ADDRESS:77 Pine Ridge Ct]], [[LOCATION:Knoxville]], [[LOCATION:TN]] [[ZIP_CODE:37922]] and [[ADDRESS:1201 Magnolia Ave, #4]], [[LOCATION:Chattanooga]], [[LOCATION:TN]] [[ZIP_CODE:37403]].",
    "Loyalty sign-up: [[PERSON:Zanele Mthembu]], [[EMAIL_ADDRESS:zanele.m@vodamail.co.za]], cell [[PHONE_NUMBER:072 555 0161]], birthday [[DATE_TIME:21 Sept]], preferred store: Rosebank Mall.",
    "[[DATE_TIME:2025-01-27 18:03:11]] POST /api/v2/payments 200 412ms card=[[CREDIT_CARD:6011556723901182]] email=[[EMAIL_ADDRESS:harjit.gill@shaw.ca]] ip=[[IP_ADDRESS:24.86.191.40]] ua=\"okhttp/4.12.0\"",
]

TABLE = [
    "id,first_name,last_name,email,signup_date,plan\n1041,[[PERSON:Ifeanyi]],[[PERSON:Nwachukwu]],[[EMAIL_ADDRESS:ifeanyi.nwachukwu@gmail.com]],[[DATE_TIME:2024-11-03]],basic\n1042,[[PERSON:Sofie]],[[PERSON:Andersen]],[[EMAIL_ADDRESS:sofie.andersen@live.dk]],[[DATE_TIME:2024-11-04]],pro\n1043,[[PERSON:Rubén]],[[PERSON:Castillo]],[[EMAIL_ADDRESS:rcastillo77@hotmail.com]],[[DATE_TIME:2024-11-04]],basic\n1044,[[PERSON:Aiyana]],[[PERSON:Redcloud]],[[EMAIL_ADDRESS:aiyana.redcloud@outlook.com]],[[DATE_TIME:2024-11-06]],team",
    "| Name | Age | City | Phone |\n|---|---|---|---|\n| [[PERSON:Aarav Shah]] | [[AGE:34]] | [[LOCATION:Pune]] | [[PHONE_NUMBER:+91 98220 41733]] |\n| [[PERSON:Nandini Rao]] | [[AGE:29]] | [[LOCATION:Hyderabad]] | [[PHONE_NUMBER:+91 90000 51248]] |\n| [[PERSON:Kabir Malhotra]] | [[AGE:41]] | [[LOCATION:Gurugram]] | [[PHONE_NUMBER:+91 99100 37265]] |",
    "custId\tfullName\tdob\tzip\tbalance\tstatus\n[[ID_NUMBER:C-20931]]\t[[PERSON:Maeve O'Donnell]]\t[[DATE_TIME:1983-02-14]]\t[[ZIP_CODE:02134]]\t1204.55\tactive\n[[ID_NUMBER:C-20932]]\t[[PERSON:Kwabena Owusu]]\t[[DATE_TIME:1990-07-30]]\t[[ZIP_CODE:10027]]\t88.00\tactive\n[[ID_NUMBER:C-20935]]\t[[PERSON:Esperanza Salas]]\t[[DATE_TIME:1976-12-01]]\t[[ZIP_CODE:60608]]\t0.00\tclosed",
    "EMPNO  SURNAME      FORENAME  NI_NUMBER      SALARY\n[[ID_NUMBER:00412]]  [[PERSON:Walters]]      [[PERSON:Diane]]     [[ID_NUMBER:NP 41 72 39 D]]  41,500\n[[ID_NUMBER:00418]]  [[PERSON:Oyelaran]]     [[PERSON:Femi]]      [[ID_NUMBER:SK 20 58 71 A]]  38,200\n[[ID_NUMBER:00423]]  [[PERSON:Grzybowski]]   [[PERSON:Marek]]     [[ID_NUMBER:JH 93 04 66 B]]  52,750\n[[ID_NUMBER:00431]]  [[PERSON:Rahman]]       [[PERSON:Shabnam]]   [[ID_NUMBER:WR 55 10 83 C]]  36,900",
    '{"handle": "[[USERNAME:pixelpanda_ph]]", "display_name": "[[PERSON:Kristine Mae Santos]]", "country": "[[LOCATION:Philippines]]", "followers": 12034, "verified": false}\n{"handle": "[[USERNAME:kuyajeff.vlogs]]", "display_name": "[[PERSON:Jeffrey Manalo]]", "country": "[[LOCATION:Philippines]]", "followers": 88410, "verified": true}\n{"handle": "[[USERNAME:thecebuanocook]]", "display_name": "[[PERSON:Lorna Abellana]]", "country": "[[LOCATION:Singapore]]", "followers": 4302, "verified": false}',
    "patients:\n  - name: [[PERSON:Edith Marsh]]\n    nhs_no: \"[[ID_NUMBER:612 903 8488]]\"\n    dob: [[DATE_TIME:1939-04-02]]\n    ward: 9\n    diet: soft\n  - name: [[PERSON:Gurdeep Bains]]\n    nhs_no: \"[[ID_NUMBER:550 182 7344]]\"\n    dob: [[DATE_TIME:1951-10-17]]\n    ward: 9\n    diet: diabetic\n  - name: [[PERSON:Kenneth Oduya]]\n    nhs_no: \"[[ID_NUMBER:721 904 3856]]\"\n    dob: [[DATE_TIME:1944-01-28]]\n    ward: 11\n    diet: normal",
    "GUEST REGISTRATION CARD\nRoom: 1207\nSurname: [[PERSON:Okonkwo]]\nFirst name: [[PERSON:Chiamaka]]\nNationality: [[NRP:Nigerian]]\nPassport no.: [[ID_NUMBER:A09137742]]\nArrival: [[DATE_TIME:14/02/2025]]\nDeparture: [[DATE_TIME:18/02/2025]]\nHome address: [[ADDRESS:23 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]\nMobile: [[PHONE_NUMBER:+234 818 204 5531]]\nRate code: CORP2",
    "<table>\n<tr><th>Student</th><th>Student No.</th><th>Form</th><th>Guardian</th><th>Guardian phone</th></tr>\n<tr><td>[[PERSON:Amelia Kowalski]]</td><td>[[ID_NUMBER:20190347]]</td><td>9R</td><td>[[PERSON:Renata Kowalski]]</td><td>[[PHONE_NUMBER:07700 900213]]</td></tr>\n<tr><td>[[PERSON:Zain Chaudhry]]</td><td>[[ID_NUMBER:20190412]]</td><td>9R</td><td>[[PERSON:Imran Chaudhry]]</td><td>[[PHONE_NUMBER:07700 900587]]</td></tr>\n<tr><td>[[PERSON:Ellie-Mae Turner]]</td><td>[[ID_NUMBER:20190455]]</td><td>9T</td><td>[[PERSON:Shaun Turner]]</td><td>[[PHONE_NUMBER:07700 900936]]</td></tr>\n</table>",
    "Name;Vorname;Geburtsdatum;Straße;PLZ;Ort;Telefon;Tarif\n[[PERSON:Schneider]];[[PERSON:Ursula]];[[DATE_TIME:03.05.1958]];[[ADDRESS:Goethestraße 14]];[[ZIP_CODE:60313]];[[LOCATION:Frankfurt am Main]];[[PHONE_NUMBER:069 2841 7730]];Basis\n[[PERSON:Demir]];[[PERSON:Kemal]];[[DATE_TIME:21.09.1983]];[[ADDRESS:Kastanienallee 8]];[[ZIP_CODE:10435]];[[LOCATION:Berlin]];[[PHONE_NUMBER:0176 48213390]];Plus\n[[PERSON:Nowak]];[[PERSON:Joanna]];[[DATE_TIME:11.12.1990]];[[ADDRESS:Hafenstraße 102b]];[[ZIP_CODE:20359]];[[LOCATION:Hamburg]];[[PHONE_NUMBER:040 3197 4402]];Basis",
    "Nom | Prénom | Date de naissance | N° de sécu | Ville | Mutuelle\n[[PERSON:MARTIN]] | [[PERSON:Élodie]] | [[DATE_TIME:12/09/1984]] | [[ID_NUMBER:2 84 09 13 055 112 23]] | [[LOCATION:Marseille]] | oui\n[[PERSON:GARNIER]] | [[PERSON:Yannick]] | [[DATE_TIME:27/06/1975]] | [[ID_NUMBER:1 75 06 31 555 084 43]] | [[LOCATION:Toulouse]] | non\n[[PERSON:BENALI]] | [[PERSON:Inès]] | [[DATE_TIME:08/02/2001]] | [[ID_NUMBER:2 01 02 59 350 241 62]] | [[LOCATION:Lille]] | oui",
    "nombre,apellidos,dni,teléfono,provincia,cuota\n[[PERSON:Alejandro]],[[PERSON:Gómez Pardo]],[[ID_NUMBER:53102847X]],[[PHONE_NUMBER:654 212 870]],[[LOCATION:Valencia]],45\n[[PERSON:Nerea]],[[PERSON:Etxeberria Goñi]],[[ID_NUMBER:20947361L]],[[PHONE_NUMBER:688 401 593]],[[LOCATION:Gipuzkoa]],45\n[[PERSON:Fátima]],[[PERSON:El Amrani]],[[ID_NUMBER:X4827193E]],[[PHONE_NUMBER:631 770 248]],[[LOCATION:Almería]],30",
    "cognome\tnome\tcodice_fiscale\tcomune\tiscrizione\tquota\n[[PERSON:Rossi]]\t[[PERSON:Chiara]]\t[[ID_NUMBER:RSSCHR90M55F205Y]]\t[[LOCATION:Milano]]\t[[DATE_TIME:2023-09-12]]\t120\n[[PERSON:Esposito]]\t[[PERSON:Gennaro]]\t[[ID_NUMBER:SPSGNR78C02F839J]]\t[[LOCATION:Napoli]]\t[[DATE_TIME:2024-01-08]]\t120\n[[PERSON:Ferri]]\t[[PERSON:Giulia]]\t[[ID_NUMBER:FRRGLI01S63A944N]]\t[[LOCATION:Bologna]]\t[[DATE_TIME:2024-02-19]]\t60",
    "| txn_id | cardholder | card_number | merchant | amount | status |\n|---|---|---|---|---|---|\n| T-88120 | [[PERSON:Graham Whitlock]] | [[CREDIT_CARD:4024 0071 5520 8639]] | Tesco Extra | £54.20 | settled |\n| T-88121 | [[PERSON:Noor Jahan Begum]] | [[CREDIT_CARD:5555 3412 7789 0261]] | Boots | £12.99 | settled |\n| T-88122 | [[PERSON:Callum Reid]] | [[CREDIT_CARD:3528 4491 0027 6431]] | Trainline | £87.00 | disputed |",
    "timestamp,user,src_ip,action,bytes\n[[DATE_TIME:2025-03-02T08:01:17Z]],[[USERNAME:a.nkemelu]],[[IP_ADDRESS:102.89.33.210]],LOGIN,0\n[[DATE_TIME:2025-03-02T08:04:55Z]],[[USERNAME:a.nkemelu]],[[IP_ADDRESS:102.89.33.210]],DOWNLOAD,48213\n[[DATE_TIME:2025-03-02T09:12:40Z]],[[USERNAME:tkoh]],[[IP_ADDRESS:2406:3003:2077:1e60::5]],LOGIN_FAILED,0\n[[DATE_TIME:2025-03-02T09:13:02Z]],[[USERNAME:tkoh]],[[IP_ADDRESS:2406:3003:2077:1e60::5]],LOGIN,0",
    "No. | Player | Pos | Age | Nationality\n1 | [[PERSON:Tomás Ibarra]] | GK | [[AGE:27]] | [[NRP:Chilean]]\n4 | [[PERSON:Kofi Mensah-Bonsu]] | CB | [[AGE:23]] | [[NRP:Ghanaian]]\n8 | [[PERSON:Ryo Nakamura]] | CM | [[AGE:30]] | [[NRP:Japanese]]\n10 | [[PERSON:Liam Ó Briain]] | FW | [[AGE:19]] | [[NRP:Irish]]",
    "plate,owner,make_model,colour,engine_cc\n[[ID_NUMBER:YD21 KHP]],[[PERSON:Sandra Pilkington]],Vauxhall Corsa,silver,1199\n[[ID_NUMBER:BF68 ZRT]],[[PERSON:Arjun Sehgal]],Toyota Prius,white,1798\n[[ID_NUMBER:SN17 WOE]],[[PERSON:Morag Currie]],Skoda Octavia,blue,1968",
    "name | title | ext | email | office\n[[PERSON:Joanna Ferreira-Lynch]] | Finance Director | x2201 | [[EMAIL_ADDRESS:joanna.ferreira-lynch@harbourline.co.uk]] | [[LOCATION:Southampton]]\n[[PERSON:Mehmet Arslan]] | Payroll Officer | x2214 | [[EMAIL_ADDRESS:mehmet.arslan@harbourline.co.uk]] | [[LOCATION:Southampton]]\n[[PERSON:Precious Ndlovu]] | Account Manager | x3107 | [[EMAIL_ADDRESS:precious.ndlovu@harbourline.co.uk]] | [[LOCATION:Leeds]]\nFinance team | shared inbox | x2200 | finance@harbourline.co.uk | [[LOCATION:Southampton]]",
    "address\tsuburb\ttenant\tmobile\tlease_start\trent_pw\n[[ADDRESS:1/22 Mitchell Street]]\t[[LOCATION:Brunswick]]\t[[PERSON:Tahlia Nguyen]]\t[[PHONE_NUMBER:0421 558 903]]\t[[DATE_TIME:2024-02-01]]\t520\n[[ADDRESS:2/22 Mitchell Street]]\t[[LOCATION:Brunswick]]\t[[PERSON:Benjamin Kaur-Hill]]\t[[PHONE_NUMBER:0433 117 246]]\t[[DATE_TIME:2023-07-15]]\t495\n[[ADDRESS:3/22 Mitchell Street]]\t[[LOCATION:Brunswick]]\t[[PERSON:Grace Tuilagi]]\t[[PHONE_NUMBER:0468 920 371]]\t[[DATE_TIME:2024-11-01]]\t540",
    "Donor: [[PERSON:Agnes Mwangi-Hart]]\nGift: £250 (Gift Aid: yes)\nPostcode: [[ZIP_CODE:OX4 1AH]]\nEmail: [[EMAIL_ADDRESS:agnes.mh@btinternet.com]]\n---\nDonor: [[PERSON:Rupert Cholmondeley]]\nGift: £1,000 (Gift Aid: yes)\nPostcode: [[ZIP_CODE:GL7 5QX]]\nEmail: [[EMAIL_ADDRESS:rupert@cholmondeley-family.org.uk]]\n---\nDonor: anonymous\nGift: £40 (Gift Aid: no)\nPostcode: withheld\nEmail: none",
    '{"member_no": "[[ID_NUMBER:GM-30418]]", "name": "[[PERSON:Dwayne Alleyne]]", "dob": "[[DATE_TIME:1992-06-30]]", "mobile": "[[PHONE_NUMBER:868-555-0176]]", "tier": "gold"}\n{"member_no": "[[ID_NUMBER:GM-30422]]", "name": "[[PERSON:Anisha Maharaj]]", "dob": "[[DATE_TIME:1998-01-19]]", "mobile": "[[PHONE_NUMBER:868-555-0129]]", "tier": "silver"}\n{"member_no": "[[ID_NUMBER:GM-30437]]", "name": "[[PERSON:Jean-Marc Charles]]", "dob": "[[DATE_TIME:1985-11-04]]", "mobile": "[[PHONE_NUMBER:868-555-0193]]", "tier": "gold"}',
    " id  |    full_name     |     ssn     | state |     dl_number\n-----+------------------+-------------+-------+-------------------\n 101 | [[PERSON:Kayla Brennan]]    | [[US_SSN:318-40-2271]] | [[LOCATION:IL]]    | [[US_DRIVER_LICENSE:B655-4021-7719]]\n 102 | [[PERSON:Omar Haddad]]      | [[US_SSN:372-91-5508]] | [[LOCATION:MI]]    | [[US_DRIVER_LICENSE:H 312 554 880 193]]\n 103 | [[PERSON:Bethany Saunders]] | [[US_SSN:449-06-3187]] | [[LOCATION:TX]]    | [[US_DRIVER_LICENSE:40918273]]\n(3 rows)",
    "             name        city  age  member_since\n0     [[PERSON:Wiremu Tane]]    [[LOCATION:Hamilton]]   [[AGE:52]]          2011\n1   [[PERSON:Olivia Fonoti]]    [[LOCATION:Auckland]]   [[AGE:37]]          2016\n2  [[PERSON:Harrison Blake]]     [[LOCATION:Nelson]]   [[AGE:64]]          2009\n3     [[PERSON:Anahera Rua]]     [[LOCATION:Napier]]   [[AGE:45]]          2019",
    "full_name,bvn,nin,phone,state_of_origin\n[[PERSON:Adeola Bankole]],[[ID_NUMBER:22309184756]],[[ID_NUMBER:71830492615]],[[PHONE_NUMBER:08034417260]],[[LOCATION:Ogun]]\n[[PERSON:Musa Danjuma]],[[ID_NUMBER:22417730981]],[[ID_NUMBER:50293817466]],[[PHONE_NUMBER:07069182233]],[[LOCATION:Kaduna]]\n[[PERSON:Chioma Nwankwo]],[[ID_NUMBER:22158843027]],[[ID_NUMBER:63841209577]],[[PHONE_NUMBER:09051273384]],[[LOCATION:Anambra]]",
    "| Adm No | Pupil | Class | Parent/Guardian | Contact | Village |\n|---|---|---|---|---|---|\n| [[ID_NUMBER:KPS/2021/114]] | [[PERSON:Nakato Sharon]] | P5 | [[PERSON:Mr. Ssekandi Joseph]] | [[PHONE_NUMBER:0701 228415]] | [[LOCATION:Kireka]] |\n| [[ID_NUMBER:KPS/2022/037]] | [[PERSON:Mugabe Ivan]] | P4 | [[PERSON:Mrs. Kyomuhendo Ruth]] | [[PHONE_NUMBER:0782 904113]] | [[LOCATION:Namugongo]] |\n| [[ID_NUMBER:KPS/2020/208]] | [[PERSON:Atim Grace]] | P6 | [[PERSON:Ojok Denis]] | [[PHONE_NUMBER:0759 330672]] | [[LOCATION:Bweyogerere]] |",
    "\"Patient\",\"MRN\",\"Appointment\",\"Clinician\",\"Reason\"\n\"[[PERSON:Yeo]], [[PERSON:Hui Shan]]\",\"[[ID_NUMBER:M2291047]]\",\"[[DATE_TIME:2025-06-03 09:15]]\",\"[[PERSON:Dr. Rajaratnam]]\",\"follow-up\"\n\"[[PERSON:Abdullah]], [[PERSON:Siti Aisyah]]\",\"[[ID_NUMBER:M2291102]]\",\"[[DATE_TIME:2025-06-03 09:40]]\",\"[[PERSON:Dr. Rajaratnam]]\",\"new referral\"\n\"[[PERSON:Fernandez]], [[PERSON:Gabriel]]\",\"[[ID_NUMBER:M2290876]]\",\"[[DATE_TIME:2025-06-03 10:05]]\",\"[[PERSON:Dr. Low]]\",\"wound check\"",
    "Last\tFirst\tPassport\tDOB\tRoom\n[[PERSON:Hollister]]\t[[PERSON:Craig]]\t[[US_PASSPORT:567120394]]\t[[DATE_TIME:1966-02-11]]\t212\n[[PERSON:Hollister]]\t[[PERSON:Debra]]\t[[US_PASSPORT:A12840593]]\t[[DATE_TIME:1968-09-23]]\t212\n[[PERSON:Oyelowo]]\t[[PERSON:Tayo]]\t[[US_PASSPORT:671904382]]\t[[DATE_TIME:1990-12-02]]\t214\n[[PERSON:Schuster]]\t[[PERSON:Lynn]]\t[[US_PASSPORT:B07362915]]\t[[DATE_TIME:1955-05-30]]\t215",
    "parcel_id | recipient | address | postcode | phone | kg\nP-774120 | [[PERSON:Caoimhe Walsh]] | [[ADDRESS:8 Mount Eagle Rise]], [[LOCATION:Leopardstown]], [[LOCATION:Dublin]] | [[ZIP_CODE:D18 K7W2]] | [[PHONE_NUMBER:085 119 4420]] | 1.2\nP-774121 | [[PERSON:Iain McLeod]] | [[ADDRESS:Flat 2/1, 47 Dumbarton Road]], [[LOCATION:Glasgow]] | [[ZIP_CODE:G11 6PA]] | [[PHONE_NUMBER:07700 900384]] | 0.4\nP-774122 | [[PERSON:Seren Hughes]] | [[ADDRESS:Tŷ Gwyn, 3 Ffordd y Llan]], [[LOCATION:Llanrwst]] | [[ZIP_CODE:LL26 0DR]] | [[PHONE_NUMBER:01492 640 117]] | 3.0",
    "payees:\n  - name: [[PERSON:Émilie Girard]]\n    iban: [[IBAN_CODE:FR76 3000 3027 5400 0501 7296 443]]\n    bic: SOGEFRPP\n    reference: loyer\n  - name: [[PERSON:Iñaki Zubizarreta]]\n    iban: [[IBAN_CODE:ES61 0182 5322 2102 0150 3887]]\n    bic: BBVAESMM\n    reference: fianza\n  - name: [[PERSON:Reto Ammann]]\n    iban: [[IBAN_CODE:CH05 0483 5012 8736 5400 1]]\n    bic: CRESCHZZ80A\n    reference: deposit",
    "member,baptism_date,denomination,phone,district\n[[PERSON:Winston Alleyne]],[[DATE_TIME:1958-04-06]],[[NRP:Anglican]],[[PHONE_NUMBER:876-555-0107]],[[LOCATION:Half Way Tree]]\n[[PERSON:Marcia Facey-Brown]],[[DATE_TIME:1972-08-20]],[[NRP:Anglican]],[[PHONE_NUMBER:876-555-0164]],[[LOCATION:Constant Spring]]\n[[PERSON:Delroy McKenzie]],[[DATE_TIME:1981-12-25]],[[NRP:Methodist]],[[PHONE_NUMBER:876-555-0138]],[[LOCATION:Papine]]",
    "Name | Medicare No. | IRN | DOB | Postcode\n[[PERSON:Lachlan Moore]] | [[ID_NUMBER:2953 41877 1]] | 1 | [[DATE_TIME:14/05/1987]] | [[ZIP_CODE:2093]]\n[[PERSON:Priya Venkatesan]] | [[ID_NUMBER:4281 60931 1]] | 2 | [[DATE_TIME:02/11/1992]] | [[ZIP_CODE:3162]]\n[[PERSON:Jarrah Williams]] | [[ID_NUMBER:3507 29189 1]] | 1 | [[DATE_TIME:30/07/2003]] | [[ZIP_CODE:0810]]",
    "name\tsin\tprovince\tpostal_code\tplan\n[[PERSON:Marie-Claude Bouchard]]\t[[ID_NUMBER:130 472 988]]\t[[LOCATION:QC]]\t[[ZIP_CODE:G1R 4P5]]\tRRSP\n[[PERSON:Harjit Dhillon]]\t[[ID_NUMBER:908 217 359]]\t[[LOCATION:BC]]\t[[ZIP_CODE:V3W 2M7]]\tTFSA\n[[PERSON:Ethan Whitehorse]]\t[[ID_NUMBER:718 392 053]]\t[[LOCATION:AB]]\t[[ZIP_CODE:T2E 6K9]]\tRESP",
    "| Name | ID No. | Cell | Suburb | Plan |\n|------|--------|------|--------|------|\n| [[PERSON:Nomsa Zulu]] | [[ID_NUMBER:9503110841081]] | [[PHONE_NUMBER:083 555 0147]] | [[LOCATION:Soweto]] | Prepaid |\n| [[PERSON:Pieter van der Merwe]] | [[ID_NUMBER:6908225712080]] | [[PHONE_NUMBER:082 555 0112]] | [[LOCATION:Stellenbosch]] | Contract |\n| [[PERSON:Sipho Mahlangu]] | [[ID_NUMBER:0109185847083]] | [[PHONE_NUMBER:076 555 0139]] | [[LOCATION:Mamelodi]] | Prepaid |\n| [[PERSON:Fatima Ebrahim]] | [[ID_NUMBER:7602030061085]] | [[PHONE_NUMBER:084 555 0170]] | [[LOCATION:Durban North]] | Contract |",
    "naam;bsn;geboortedatum;woonplaats;iban;status\n[[PERSON:Daan de Jong]];[[ID_NUMBER:175392651]];[[DATE_TIME:14-03-1979]];[[LOCATION:Utrecht]];[[IBAN_CODE:NL65INGB0004827316]];actief\n[[PERSON:Fenna Visser]];[[ID_NUMBER:304827162]];[[DATE_TIME:02-08-1995]];[[LOCATION:Groningen]];[[IBAN_CODE:NL45SNSB0917364820]];actief\n[[PERSON:Youssef El Khatib]];[[ID_NUMBER:529173840]];[[DATE_TIME:29-11-1988]];[[LOCATION:Rotterdam]];[[IBAN_CODE:NL70TRIO0391827465]];opgezegd",
    '[\n  {"staffName": "[[PERSON:Goh Mei Xin]]", "nric": "[[ID_NUMBER:S9182736J]]", "email": "[[EMAIL_ADDRESS:meixin.goh@lionrock-logistics.sg]]", "dept": "Ops", "grade": "E3"},\n  {"staffName": "[[PERSON:Arvind Nair]]", "nric": "[[ID_NUMBER:G5813204M]]", "email": "[[EMAIL_ADDRESS:arvind.nair@lionrock-logistics.sg]]", "dept": "Finance", "grade": "M1"},\n  {"staffName": "[[PERSON:Nur Aisyah binte Salleh]]", "nric": "[[ID_NUMBER:S7912043Z]]", "email": "[[EMAIL_ADDRESS:aisyah.salleh@lionrock-logistics.sg]]", "dept": "HR", "grade": "E2"}\n]',
    "Row\tEmployee\tSSN\tStart date\tHome ZIP\tFT/PT\n2\t[[PERSON:Grady]], [[PERSON:Lucille M.]]\t[[US_SSN:403-58-1276]]\t[[DATE_TIME:3/18/2019]]\t[[ZIP_CODE:40502]]\tFT\n3\t[[PERSON:Osei]], [[PERSON:Nana Yaw]]\t[[US_SSN:267-30-9914]]\t[[DATE_TIME:11/2/2021]]\t[[ZIP_CODE:33012-4410]]\tPT\n4\t[[PERSON:Ybarra]], [[PERSON:Joaquin]]\t[[US_SSN:538-71-0452]]\t[[DATE_TIME:6/30/2023]]\t[[ZIP_CODE:98402]]\tFT",
]

CHAT = [
    "[18:02] Mum: has anyone heard from [[PERSON:Tolu]]?? her phone is off 😩\n[18:05] [[PERSON:Dami]]: she's at [[PERSON:Kemi]]'s, fell asleep lol\n[18:06] Mum: tell her to call me. aunty [[PERSON:Bisi]] lands [[DATE_TIME:sat 14 june]], someone needs to pick her up from the airport\n[18:09] [[PERSON:Dami]]: i can't, work. ask [[PERSON:seun]]\n[18:10] Mum: [[PERSON:Seun]] is your number still [[PHONE_NUMBER:07700 900264]]?? i'll send aunty your details\n[18:24] [[PERSON:Seun]]: ye same number 👍",
    "Landlord: Hi [[PERSON:Priyanka]], the plumber ([[PERSON:Gary]], [[PHONE_NUMBER:07700 900851]]) will come round tomorrow between 9 and 12 to look at the boiler. OK?\nMe: yes thats fine, ill leave the key with [[PERSON:Mrs Thornton]] next door if im out\nLandlord: Perfect. Also from now on the rent goes to the new account, [[ID_NUMBER:83920144]], sort code 09-01-28. Thanks!",
    "Agent ([[PERSON:Shanelle]]): Thanks for calling, can I take your full name?\nCustomer: [[PERSON:Marcus Oyelaran-Bright]]\nAgent ([[PERSON:Shanelle]]): And the first line of the address and the postcode?\nCustomer: [[ADDRESS:19 Kingsdown Parade]], [[ZIP_CODE:BS6 5UF]]\nAgent ([[PERSON:Shanelle]]): Thank you. For security, your date of birth?\nCustomer: [[DATE_TIME:23rd April '89]]\nAgent ([[PERSON:Shanelle]]): Lovely. I can see a fault logged on [[PHONE_NUMBER:0117 496 0382]]; an engineer can come out on [[DATE_TIME:Tuesday the 8th]], morning slot.",
    "r/UKPersonalFinance · Posted by u/[[USERNAME:throwaway_tax_help22]]\n\nHMRC letter says my NI numbr is wrong??\n\nso i got a letter adressed to [[PERSON:Jaspreet Kaur]] (thats me) saying the NI number on my P60 ([[ID_NUMBER:SE 72 41 09 A]]) doesnt match there records. i only started the job in [[DATE_TIME:april]] and my payslips show a diffrent one. has anyone had this?? 😭",
    "[[USERNAME:Zephyrr]]: gg everyone\n[[USERNAME:toastedbagel]]: gg. [[USERNAME:Zephyrr]] add me on steam its [[USERNAME:bagel_toaster_99]]\n[[USERNAME:Zephyrr]]: ok. btw whats ur real name for the tourney signup\n[[USERNAME:toastedbagel]]: [[PERSON:Nathaniel Kwok]], and im [[AGE:17]] so my mum has to sign lol\n[[USERNAME:mod_kat]]: pls dont post personal info in general chat, DM it to me or email [[EMAIL_ADDRESS:kat.rios.esports@gmail.com]]",
    "[[PERSON:Rhys]] ([[AGE:29]]): no way, I grew up in [[LOCATION:Swansea]] too 😂\n[[PERSON:Anjali]] ([[AGE:27]]): small world!! which bit?\n[[PERSON:Rhys]] ([[AGE:29]]): [[LOCATION:Sketty]], near the park. drink on saturday? here's my number [[PHONE_NUMBER:07700 900519]]\n[[PERSON:Anjali]] ([[AGE:27]]): go on then 🍷 I'll text you. I'm on insta too, @[[USERNAME:anjali.draws]]",
    "#people-ops\n[[PERSON:Hannah K.]] 10:14 AM: heads up, [[PERSON:Darius]]'s last day is [[DATE_TIME:Fri 28 Feb]], can someone kill his VPN access after 5pm?\n[[PERSON:Tom Ellery]] 10:16 AM: on it. laptop asset tag is LT-20931, courier pickup from [[ADDRESS:41 Ferndale Road]], [[LOCATION:Brixton]] is booked\n[[PERSON:Hannah K.]] 10:17 AM: ty 🙏 and pls don't pass his personal email ([[EMAIL_ADDRESS:darius.farahmand@gmail.com]]) to the vendor",
    "You: hi my flight got cancelled, booking ref 7HQZPL\nAgent [[PERSON:Luis]]: I'm sorry to hear that. Can you confirm the lead passenger's name and date of birth?\nYou: [[PERSON:Nkechi Obiora]], [[DATE_TIME:02/09/1986]]\nAgent [[PERSON:Luis]]: Thank you, [[PERSON:Nkechi]]. I can move you to the [[DATE_TIME:17 Aug]] flight. Is that for you and the two children, [[PERSON:Ada]] and [[PERSON:Chukwudi]]?\nYou: yes all 3 of us. send it to [[EMAIL_ADDRESS:nkechi.obiora@yahoo.co.uk]] pls",
    "hi its [[PERSON:Marek]] ur parcel driver, im outside [[ADDRESS:27 Belmont Avenue]] but no answer 🚚 ok to leave it in the green bin? or call me on [[PHONE_NUMBER:07700 900448]]",
    "[[PERSON:Carla]]: tía, me pasas el número del fontanero?\n[[PERSON:Bea]]: claro, se llama [[PERSON:Rafa]], [[PHONE_NUMBER:678 34 12 90]] 🔧\n[[PERSON:Carla]]: gracias!! y tu dirección nueva para el cumple de [[PERSON:Lucas]] el [[DATE_TIME:sábado 22]]?\n[[PERSON:Bea]]: [[ADDRESS:calle Sagasta 17, 2ºA]], [[LOCATION:Zaragoza]] 😘 ven a las 6",
    "Cliente: oi, meu pix não caiu\nAtendente [[PERSON:Juliana]]: Olá! Pode me informar seu nome completo e CPF?\nCliente: [[PERSON:thiago ramos de souza]], [[ID_NUMBER:713.406.285-62]]\nAtendente [[PERSON:Juliana]]: Obrigada, [[PERSON:Thiago]]. O pix de R$ 350,00 para a chave [[PHONE_NUMBER:+55 21 98844-7310]] ficou agendado para [[DATE_TIME:segunda, 10/03]]. Quer cancelar o agendamento?",
    "Found a wallet on the 42 bus this morning near [[LOCATION:Clontarf]]. Inside: a driving licence for [[PERSON:Eoin Kehoe]], a Leap card and a gym card. Not posting anything else obviously, but if you know him tell him to DM me here (u/[[USERNAME:northside_nora]]). Mods remove if not allowed 🙏",
    "[[PERSON:Sunil Rao]]  2:41 PM\nhey can you book the hotel for the offsite on my corporate card? [[CREDIT_CARD:5412 7501 3398 6415]], exp 04/27, cvv 318\n[[PERSON:Becky Adair]]  2:43 PM\nsure! name on the card is [[PERSON:Sunil K Rao]]? and confirmation to [[EMAIL_ADDRESS:sunil.rao@meridianhealth.com]]?\n[[PERSON:Sunil Rao]]  2:44 PM\nyes and yes 👍 pls delete this msg after lol",
    "Bot: Welcome. Please type your registered mobile number.\nUser: [[PHONE_NUMBER:0733 902118]]\nBot: Thank you. Please enter your date of birth (DD/MM/YYYY).\nUser: [[DATE_TIME:07/10/1993]]\nBot: Verified. Hello [[PERSON:AKINYI]], how can we help today?\nUser: i want to change my next of kin to my sister [[PERSON:Atieno Odhiambo]], her ID is [[ID_NUMBER:31844902]]",
    "Class 4B parents 🏫\n[[PERSON:Sarah]] ([[PERSON:Maisie]]'s mum): is the farm trip still on [[DATE_TIME:Thursday 15th]]?\n[[PERSON:Jide]]: yes still on! [[PERSON:Mrs. Patel]] emailed yesterday\n[[PERSON:Sarah]] ([[PERSON:Maisie]]'s mum): thanks! also whoever took [[PERSON:Maisie]]'s lunchbox home by mistake, it has her name on 😅\n[[PERSON:Kerry-Ann]]: omg that's us, [[PERSON:Reggie]] brought it home, I'll drop it round to [[ADDRESS:12 Orchard Close]] later x",
]

LOOKALIKE = [
    "Order #UK-20250314-88412 confirmed. Items: 2 x EAN 5060412871037 (A4 ruled notebook), 1 x SKU HX-2291-BLK. Subtotal £23.97, VAT £4.79. Tracking number 1Z 4E8 W71 03 9148 2275. Questions? Call our customer service team on 0345 600 2211 (Mon-Fri, 8am-6pm) or email help@papercraft-supplies.co.uk quoting invoice INV-0048213.",
    "Release 10.4.12.7 (build 20250211.3). Fixes: memory leak in the parser (#4417), TLS handshake timeout raised to 30 s, default port moved from 8080 to 8443. Image digest sha256:4c1e9b07d2a35f8861e0cf27ab94d3c5e71f0a68b2d9c413e5f78a0b6d21c9e4; default tenant id 3f2b8c1e-7d4a-4e0b-9c61-2a5f0d8e7b14. Supported on Ubuntu 22.04 and 24.04, schema version 2024.11.",
    "Differential includes Crohn's disease, Hodgkin lymphoma and Addison's disease; Parkinson's was ruled out. Assess with the Glasgow Coma Scale and the Wells score. ICD-10: K50.9, C81.9, E27.1. Bay 14, bed 3. Contrast agent lot 2291-4470-B, expiry 2026-08, 100 mL at 2 mL/s.",
    "Year 10 reading list: Animal Farm (ISBN 978-0-14-311753-7), a poetry anthology (ISBN 978-1-84195-401-1) and a graphic novel edition (ISBN 978-0-241-95172-9). Shelf marks 823.912 ORW and 821.008 POE. Loans are 21 days; renewals at the desk, ext. 2214, or library@stmarkscollege.ac.uk.",
    "From the station walk up Nelson Mandela Boulevard, turn left at the Churchill statue onto Martin Luther King Jr. Drive, then take the second right into Queen Victoria Street. The venue is opposite the Florence Nightingale Wing. If you get lost ring [[PERSON:Bronagh]] on [[PHONE_NUMBER:07700 900672]].",
    "Remittance advice. Payer: Acme Fasteners Ltd, company no. 08412293, VAT reg. GB 284 7713 92. Invoice 2025/0318 for £4,812.50 paid by BACS from sort code 40-47-84. PO 4500218841, customer ref ACF-77120, D-U-N-S 21-883-4410. Terms 30 days net.",
    "Reagent: sodium chloride, CAS 7647-14-5, lot 0000291184, catalogue no. S9888-500G. Store at 2-8 °C. Calibrate pipettes P-1041 to P-1047 before use. Samples S-2025-0411 to S-2025-0419 were centrifuged at 4,000 rpm for 10 minutes at 14:30, rotor JA-25.50.",
    "Switch SW-CORE-02 (serial FOC2231X0QZ, firmware 17.9.4a): uplink on Gi1/0/48, VLAN 220, MAC 00:1B:44:11:3A:B7, spare PSU PWR-C1-715WAC-P. Change CHG0031177 is scheduled in the 02:00-04:00 window. Ticket INC0048213 is assigned to [[PERSON:Marta Sokołowska]] ([[EMAIL_ADDRESS:marta.sokolowska@northgate-it.pl]]).",
    "Ihre Bestellung Nr. 302-4471829-5520341 wurde versandt. Sendungsnummer: 00340434161094215732. Artikelnummer 4260412870011, Menge 2. Rechnungsnummer RE-2025-04417, Betrag 89,90 €. Bei Fragen erreichen Sie unseren Kundenservice unter 0800 330 2211 (kostenfrei) oder per E-Mail an service@haushalt-direkt.de.",
    "Flight BA 2491 boards at Gate 22 at 07:45, seat 14C, arriving 10:20. Train 1A47 leaves platform 9 at 11:05, coach D, seat 42. Hotel confirmation 88412093, room 1207, check-in from 15:00. Conference badge C-2025-7741. Traveller: [[PERSON:Ms. Adaeze Nwosu]].",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind28", STYLES, OUT)


if __name__ == "__main__":
    main()

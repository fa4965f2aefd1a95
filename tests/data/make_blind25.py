"""Build tests/data/blind25.jsonl: a twenty-fifth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind25.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of any other gold set (no *.jsonl
file, nothing under blind_table/, no record list inside any make_*.py
script, make_blind22.py, make_blind24.py and make_blind26.py included).
Exactly this was read, to keep the conventions and the file format:
lines 1-121 of make_blind22.py (its module docstring with the labeling
conventions and its import lines) and its closing scaffolding from
`STYLES = {` to the end of the file (copied below); the whole of
gold_sets.py (the checks and `write_set`); and lines 1-64 of
make_handwritten.py (its conventions docstring, MARK, TITLE_IN_NAME and
`parse()`). No git history was looked at, nothing under /tmp was read, and
neither the detector nor the bench was run on this file. Do not tune the
detector against it: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand, one by one: no Faker, no word
lists, no templates filled by code, no loops. Only the offsets are
computed, by `parse()` from make_handwritten.py, which strips the inline
`[[TYPE:value]]` marks (the summary printed at the end only counts them).
Card numbers pass Luhn and IBANs pass mod-97 with the right length for
their country (the French, Spanish and Belgian IBANs carry right national
check digits too); they were worked out with throwaway code while writing
and pasted in as literal strings; `gold_sets.check` re-checks cards and
IBANs and refuses a bad one. NHS numbers, Canadian SINs, Aadhaar numbers,
South African ids (which agree with the sex and birth date where shown),
Singapore NRICs, Irish PPSNs, Australian TFNs and Medicare numbers,
Spanish DNI / NIE, the Dutch BSN and the New Zealand IRD number were given
a valid check digit the same way. SSNs, passports, licences, plates, bank
account numbers and the other ids were not checked.

Styles (ids `blind25-<style>-NNN`; 240 records). The set imitates above all
third-party LLM-generated "realistic sentences with personal data":
- `gen` (150): one to four narrative sentences about a person (customer,
  patient, employee, tenant, student, traveller, claimant, suspect, donor,
  ...), the PII woven into prose: openings with the name, a date, a place
  or a pronoun; passive voice; reported speech; names at the end,
  possessive, lowercase, nicknames; two or three people, relatives;
  honorifics and ranks; ages said many ways; US, UK, Canadian,
  Australian, Indian, Irish, South African, Nigerian, Kenyan, Philippine,
  Singapore and New Zealand addresses and ids, and a few in French, German
  and Spanish.
- `bench` (40): single sentences and short forms in the manner of the
  public PII-masking benchmarks (ai4privacy pii-masking-200k/300k/400k,
  gretel-pii-masking-en-v1, Nemotron-PII), some of them odd or
  synthetic-sounding (made-up street and town names).
- `table` (25): tables rendered as text (CSV, TSV, pipes / Markdown,
  key: value blocks, JSON lines) with non-PII columns too (order id, sku,
  amount, status, record id).
- `doc` (15): letters, incident reports, discharge summaries, CVs, HR
  memos, court and police summaries of 600-1500 characters.
- `lookalike` (10): texts full of things that look like PII and are not
  (versions, SKUs, order ids, amounts, clock times, product names,
  companies named after people, room numbers, streets used as landmarks),
  with little or no real PII.

Labeling conventions: those of make_handwritten.py and make_blind22.py; in
short:
- PERSON: any part of a name, lowercase or not, nicknames, maiden names,
  fake names given by a suspect; a possessive "'s" is outside. TITLE:
  honorifics and ranks attached to a name (Mr, Mrs, Ms, Mx, Dr, Prof.,
  Nurse, Rev., Canon, Sgt., Det. Sgt., Trooper, Captain, Judge, Sister, Sheikh,
  Mdm, Miss, Herr, Mme), labeled apart from the name; job titles ("a nurse",
  "chef", "adjuster") and family words ("her son", "Abuela") stay outside.
- ADDRESS: number + street (+ flat / unit / apartment / suite, house or
  building name); city, suburb, named neighbourhood, district, county,
  state / province (also abbreviated) and country are LOCATION; postcodes
  of every shape are ZIP_CODE. A street named without a number, used as a
  landmark, is not labeled.
- DATE_TIME: a person's dates (birth, death, appointment, visit, move,
  hearing, start, release, letter, login, transaction) with a day or a
  month, a time attached to the date inside the span; a leading "the" is
  outside. Not bare years, weekdays alone, clock times alone, durations, or
  dates of products and invoices.
- AGE: the number only, also in "her 90th birthday" and in words.
- ID_NUMBER: national / tax / social-security ids, non-US passports and
  licences, plates, patient, member, customer, student, staff, library,
  loyalty and inmate numbers, bank account numbers. Not order, ticket,
  claim, policy, invoice, tracking or bag-tag references, SKUs, amounts,
  passwords, PINs, sort codes, partial numbers ("ending 4417"), company
  phone numbers, room and seat numbers, a header row.
- USERNAME: the handle without "@". URL: personal pages and profiles only.
  NRP: a person's nationality, religion or political group.
- In a table a "status", "dept", "plan" or "gender" column stays
  unlabeled, an "age" column is AGE, "nationality" is NRP, "city",
  "suburb", "state" and "province" are LOCATION.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind25.jsonl")

GEN = [
    "[[PERSON:Teresa Alvarado]], a [[AGE:52]]-year-old school bus driver from [[LOCATION:Tucson]], phoned the claims line on [[DATE_TIME:February 11th]] from [[PHONE_NUMBER:(520) 555-0147]] to say her new mailing address is [[ADDRESS:3907 E Pima St, Unit 14]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85716]].",
    "On [[DATE_TIME:14 March 2023]] the [[LOCATION:Leeds]] branch received a complaint from [[PERSON:Mr Oluwaseun Adebayo]], who said his debit card ending 4417 had been cloned. He asked that all letters go to [[ADDRESS:Flat 3, 22 Harehills Lane]], [[LOCATION:Leeds]] [[ZIP_CODE:LS8 5HS]] rather than to his old flat.",
    "Her son [[PERSON:Dylan]], [[AGE:9]], was seen at the walk-in clinic on [[DATE_TIME:06/21/2024]] for an ear infection; the mother, [[PERSON:Kayla Brennan]], asked that the visit summary be sent to [[EMAIL_ADDRESS:kayla.brennan88@gmail.com]].",
    "A refund of $212.40 was issued to [[PERSON:Priya Raghunathan]]'s Visa [[CREDIT_CARD:4427 2803 8071 5156]] on [[DATE_TIME:2 May]] after she returned the blender to our [[LOCATION:Edison]], [[LOCATION:NJ]] store.",
    "[[TITLE:Sgt.]] [[PERSON:Paul Kowalczyk]] told the court that the defendant, [[PERSON:Marcus Lee Whitfield]], [[AGE:27]], had given his address as [[ADDRESS:88 Carrow Road, Apartment 5]], [[LOCATION:Hartford]], [[LOCATION:Connecticut]] [[ZIP_CODE:06106]], and his date of birth as [[DATE_TIME:9 November 1996]].",
    "spoke to [[PERSON:jenny o'callaghan]] this morning, she said her ppsn is [[ID_NUMBER:2464692Q]] and the eircode for the new house in [[LOCATION:ballincollig]] is [[ZIP_CODE:P31 FX28]], so can you update the file before friday",
    "The flat at [[ADDRESS:Blk 17B Jalan Bukit Merah, #09-214]], [[LOCATION:Singapore]] [[ZIP_CODE:150017]] has been let since [[DATE_TIME:1 August 2022]] to a tenant named [[PERSON:Lim Wei Ling]].",
    "[[PERSON:Wanjiru Kamau]], aged [[AGE:31]], a primary school teacher in [[LOCATION:Nakuru]], gave her national ID as [[ID_NUMBER:29784513]] and her M-Pesa number as [[PHONE_NUMBER:0722 418 905]] when she applied for the school-fees loan on [[DATE_TIME:3rd April]].",
    "[[PERSON:Chukwuemeka Obi]] (BVN [[ID_NUMBER:22318745690]]) has relocated from [[LOCATION:Enugu]] to [[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]; his new line is [[PHONE_NUMBER:+234 803 412 7781]].",
    "On [[DATE_TIME:12-01-2024]], [[PERSON:Mr. Harish Venkataraman]], [[AGE:63]], of [[ADDRESS:No. 41, 3rd Cross]], [[LOCATION:Malleswaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]], submitted his Aadhaar ([[ID_NUMBER:2862 5702 9290]]) and PAN [[ID_NUMBER:ABKPV4821M]] for re-KYC at the branch.",
    "[[PERSON:Maricel dela Cruz]], who turned [[AGE:45]] on [[DATE_TIME:June 30]], lives at [[ADDRESS:1127 Batangas Street]], [[LOCATION:Barangay San Isidro]], [[LOCATION:Makati City]] [[ZIP_CODE:1234]] and has asked that her SSS number [[ID_NUMBER:34-2198765-1]] be corrected in our records.",
    "[[PERSON:Thandiwe Nkosi]]'s ID number, [[ID_NUMBER:8804123271089]], matches the birth date on her application ([[DATE_TIME:12 April 1988]]). She currently lives at [[ADDRESS:45 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]].",
    "[[PERSON:Nurse Aroha Te Whatu]] rang [[PERSON:Mr Hemi Parata]] on [[PHONE_NUMBER:021 884 3370]] to confirm his appointment on [[DATE_TIME:Thursday 7 March at 10.15 am]]; his NHI is [[ID_NUMBER:ZKH4821]].",
    "Born [[DATE_TIME:03/09/1979]] in [[LOCATION:Wagga Wagga]], [[PERSON:Lachlan Pham]] now lives at [[ADDRESS:12/48 Beach Road]], [[LOCATION:Bondi]] [[LOCATION:NSW]] [[ZIP_CODE:2026]] and holds Medicare card [[ID_NUMBER:2832 86038 1]].",
    "[[PERSON:Geneviève Tremblay]], [[AGE:38]], moved from [[LOCATION:Québec City]] to [[ADDRESS:2207 Rue Sherbrooke Est, app. 4]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2K 1E4]] in [[DATE_TIME:September 2021]]; the SIN we hold for her is [[ID_NUMBER:179 282 017]].",
    "[[PERSON:Mrs Doreen Whitlock]] (DOB [[DATE_TIME:22.11.1941]], NHS no. [[ID_NUMBER:663 923 3215]]) was discharged from ward 7 on [[DATE_TIME:5 January]] to her daughter's home at [[ADDRESS:9 Orchard Close]], [[LOCATION:Kidderminster]], [[ZIP_CODE:DY10 2QT]].",
    "The account [[USERNAME:xXDarkPhoenix99Xx]] was banned on [[DATE_TIME:2024-07-19]] after a login from [[IP_ADDRESS:185.220.101.47]]; its owner, [[PERSON:Tyler Nguyen]] of [[LOCATION:Sacramento]], insists his little brother was the one playing.",
    "La paciente [[PERSON:Lucía Fernández Ortega]], de [[AGE:29]] años, ingresó en urgencias el [[DATE_TIME:4 de marzo]]; su DNI es [[ID_NUMBER:29356279E]] y vive en la [[ADDRESS:calle de Alcalá 214, 3.º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]].",
    "[[TITLE:Herr]] [[PERSON:Jonas Becker]], geboren am [[DATE_TIME:17.08.1990]] in [[LOCATION:Dresden]], hat uns seine neue Anschrift – [[ADDRESS:Königsbrücker Straße 58]], [[ZIP_CODE:01099]] [[LOCATION:Dresden]] – telefonisch unter [[PHONE_NUMBER:0351 4827719]] mitgeteilt.",
    "[[TITLE:Mme]] [[PERSON:Camille Lefèvre]], [[AGE:44]] ans, a signalé le [[DATE_TIME:9 octobre]] que sa carte [[CREDIT_CARD:5132 0404 0562 6769]] avait été débitée à [[LOCATION:Lyon]] alors qu'elle se trouvait chez elle, [[ADDRESS:12 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]].",
    "On [[DATE_TIME:August 28]], two days after the storm, adjuster [[PERSON:Ray Delgado]] inspected the roof at [[ADDRESS:5120 Magnolia Bend Dr]], [[LOCATION:Baton Rouge]], [[LOCATION:LA]] [[ZIP_CODE:70817]], which belongs to [[TITLE:Rev.]] [[PERSON:Clarence Boudreaux]] and his wife [[PERSON:Annette]].",
    "[[PERSON:Aiyana Redcloud]], a second-year nursing student (student ID [[ID_NUMBER:20231187]]), wrote to the registrar from [[EMAIL_ADDRESS:aredcloud@unm.edu]] on [[DATE_TIME:Oct. 2]] asking to sit her pharmacology exam later. She is [[AGE:20]] and commutes from [[LOCATION:Gallup]], [[LOCATION:New Mexico]].",
    "Payroll will deposit [[PERSON:Sanjay Mehta]]'s final paycheck into checking account [[ID_NUMBER:004817263]], and his employee number [[ID_NUMBER:E-55821]] will be deactivated on [[DATE_TIME:31 January 2025]].",
    "Passenger [[PERSON:Olga Petrenko]], a [[NRP:Ukrainian]] national travelling on passport [[ID_NUMBER:FX419273]], missed her connection in [[LOCATION:Frankfurt]] on [[DATE_TIME:18 December]] and was rebooked to [[LOCATION:Toronto]] the next morning.",
    "We've ported [[PHONE_NUMBER:0412 557 890]] to your new SIM, [[PERSON:Mr Brodie Callaghan]]. Bills will now go to [[EMAIL_ADDRESS:brodie.c@bigpond.com]] and your service address stays [[ADDRESS:7 Kookaburra Crescent]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]].",
    "The pharmacy on Halsted called [[PERSON:Dolores Ruiz-Pérez]] at [[PHONE_NUMBER:773-555-0182]] to say her metformin refill was ready; the label shows her birth date, [[DATE_TIME:4/17/1958]], and her Medicare number [[ID_NUMBER:1EG4-TE5-MK72]].",
    "Biscuit, a 7-year-old beagle, belongs to [[PERSON:Hannah Okonkwo-Reid]] of [[ADDRESS:31 Marlowe Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS7 8EL]]; she has asked us to text vaccination reminders to [[PHONE_NUMBER:07700 914 382]].",
    "The lease for [[ADDRESS:Unit 1204, 88 Harbour Street]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5J 0C3]] begins on [[DATE_TIME:1 November 2024]] and is signed by the tenants, [[PERSON:Mehmet Yilmaz]] and [[PERSON:Zeynep Arslan]], both [[AGE:26]].",
    "A user going by @[[USERNAME:brooklynbakes_jess]] posted [[PERSON:Jessica Moreno]]'s home address ([[ADDRESS:219 Wyckoff Ave]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11237]]) in a reply on [[DATE_TIME:3/2]], and trust & safety took it down within the hour.",
    "Ticket #88213: [[PERSON:Mr. Gareth Pryce]] ([[EMAIL_ADDRESS:gpryce@pryce-joinery.co.uk]]) has not been able to reach the VPN from [[IP_ADDRESS:81.132.47.209]] since Monday; his laptop asset tag is LT-0442.",
    "Your parcel for [[PERSON:Ngozi Eze]] will be left with the neighbour at [[ADDRESS:16 Palm Grove Estate]], [[LOCATION:Ikeja]], [[LOCATION:Lagos State]] [[ZIP_CODE:100271]] if nobody answers; tracking NG7781200341.",
    "[[PERSON:Kev]] -- [[PERSON:Kevin Mulligan]] -- froze his gym membership (member no. [[ID_NUMBER:0047219]]) on [[DATE_TIME:5th of June]] because he's having knee surgery. He's [[AGE:58]] and reckons he'll be back lifting by the end of the summer.",
    "[[TITLE:Judge]] [[PERSON:Miriam Feldstein]] set bail at $50,000 for [[PERSON:Darnell Hughes]], [[AGE:34]], of [[ADDRESS:1442 N Keeler Ave]], [[LOCATION:Chicago]], and scheduled his next hearing for [[DATE_TIME:Jan. 22, 2025 at 9:30 a.m.]]",
    "Many thanks to [[PERSON:Eleanor]] and [[PERSON:Robert Fairbanks]] of [[LOCATION:Bar Harbor]], [[LOCATION:Maine]], whose year-end gift on [[DATE_TIME:12/14]] was charged to their Amex [[CREDIT_CARD:3494 984285 23241]].",
    "[[PERSON:Mohammed Al-Rashidi]], a [[NRP:Syrian]] refugee resettled in [[LOCATION:Winnipeg]], received his permanent resident card on [[DATE_TIME:19 May 2023]]; his UCI is [[ID_NUMBER:89-4471-2036]].",
    "Bag tag AA 482917 belongs to [[PERSON:Mx. Robin Castellanos]], flying home to [[LOCATION:Denver]] from [[LOCATION:Lisbon]] on [[DATE_TIME:21 Sept.]]; please deliver it to [[ADDRESS:650 Grant St, Apt 1102]], [[LOCATION:Denver]] [[LOCATION:CO]] [[ZIP_CODE:80203]] and call [[PHONE_NUMBER:303-555-0126]] first.",
    "The renter, [[PERSON:Ayesha Siddiqui]] ([[LOCATION:Texas]] DL [[US_DRIVER_LICENSE:40918273]]), returned the Corolla with plate [[ID_NUMBER:KTB-4417]] on [[DATE_TIME:11/08/2024 at 6:40 pm]], and the damage charge went to her Mastercard [[CREDIT_CARD:5283 7778 0790 8587]].",
    "Police believe the man who called himself '[[TITLE:Captain]] [[PERSON:James Harlow]]' on the dating app was really [[PERSON:Obinna Nwosu]], [[AGE:41]], who logged in from [[IP_ADDRESS:102.89.34.116]], an address registered in [[LOCATION:Lagos]].",
    "In her letter dated [[DATE_TIME:2 February]], tenant [[PERSON:Siobhan Gallagher]] says her landlord, one [[PERSON:Declan Moriarty]], has refused to return the €1,400 deposit for [[ADDRESS:14 Griffith Avenue]], [[LOCATION:Drumcondra]], [[LOCATION:Dublin 9]], [[ZIP_CODE:D09 K2F7]].",
    "Account holder [[PERSON:Ruth Abernathy-Cole]] (customer no. [[ID_NUMBER:7720 4418 9]]) has set up a direct debit from [[IBAN_CODE:GB74 BARC 1301 8952 8691 53]], and her meter readings will be emailed to [[EMAIL_ADDRESS:ruthac@btinternet.com]] from now on.",
    "[[PERSON:Rahul]] and [[PERSON:Sneha Kapoor]], both salaried, applied for a ₹45 lakh home loan on [[DATE_TIME:15/07/2024]] for a flat at [[ADDRESS:B-702, Lodha Paradise]], [[LOCATION:Majiwada]], [[LOCATION:Thane]] [[ZIP_CODE:400601]]; [[PERSON:Rahul]]'s PAN is [[ID_NUMBER:BXLPK6620Q]].",
    "This year's Hargreaves Scholarship goes to [[PERSON:Fatima Zahra Benali]], [[AGE:18]], a [[NRP:British-Moroccan]] student from [[LOCATION:Leicester]] who graduates on [[DATE_TIME:12 July]].",
    "[[PERSON:Mateo Silva]], born [[DATE_TIME:3 Feb 2013]], has been signed up for the under-12s by his mum, [[PERSON:Ana Paula Silva]], who can be reached on [[PHONE_NUMBER:0417 902 331]] or at home at [[ADDRESS:28 Wattle Street]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]].",
    "A copy of The Hobbit borrowed on library card [[ID_NUMBER:21904002118843]] by [[PERSON:Ms. Imogen Clarke-Baptiste]] is now six weeks overdue; reminder notices are going to [[ADDRESS:4 Ferndale Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF23 6LP]].",
    "Driver [[PERSON:Abdi Hassan]], [[AGE:46]], picked up [[PERSON:Courtney Lemaire]] at [[ADDRESS:1600 Nicollet Mall]], [[LOCATION:Minneapolis]] at [[DATE_TIME:11:52 pm on 9 March]]. She later reported that she had left her phone, number [[PHONE_NUMBER:612-555-0173]], in his car (plate [[ID_NUMBER:ADH 927]]).",
    "hey it's [[PERSON:tomás]], the food keeps going to my old place -- please deliver to [[ADDRESS:305 Calle Loíza, Apt 3]], [[LOCATION:San Juan]], [[LOCATION:PR]] [[ZIP_CODE:00911]] and call [[PHONE_NUMBER:787-555-0148]] when you're outside",
    "Save the date! [[PERSON:Chidinma Okafor]] and [[PERSON:Luke Brennan-Hayes]] will marry on [[DATE_TIME:Saturday 14 June 2025]] at St. Mary's, [[LOCATION:Killarney]]; please send RSVPs to [[EMAIL_ADDRESS:chidi.luke.wedding@gmail.com]].",
    "[[PERSON:Bernard]] '[[PERSON:Bernie]]' [[PERSON:Kaczmarek]], [[AGE:88]], of [[LOCATION:Hamtramck]], passed away peacefully on [[DATE_TIME:October 30, 2024]]. He is survived by his daughters [[PERSON:Lorraine]] and [[PERSON:Patricia]] and his grandson [[PERSON:Kyle]].",
    "I'm writing to apply for the warehouse supervisor role. My name is [[PERSON:Dwayne Prescott]], I'm [[AGE:35]], and you can reach me at [[EMAIL_ADDRESS:dwayne.prescott@outlook.com]] or on [[PHONE_NUMBER:(904) 555-0116]]. My LinkedIn is [[URL:linkedin.com/in/dwayne-prescott-04a1b9]].",
    "The background check on [[PERSON:Elena Vasquez-Moore]] (SSN [[US_SSN:412-67-3390]], DOB [[DATE_TIME:08/02/1986]]) came back clear, although an older address of hers at [[ADDRESS:77 Ridgeview Ln]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28806]] could not be verified.",
    "[[PERSON:Bui Thi Thu Ha]], a [[NRP:Vietnamese]] national born on [[DATE_TIME:25 December 1994]] in [[LOCATION:Hai Phong]], applied on [[DATE_TIME:7 Oct]] for a student visa to study in [[LOCATION:Melbourne]]; her passport number is [[ID_NUMBER:C4418207]].",
    "The crew will arrive at the [[PERSON:Johansson]] house, [[ADDRESS:1912 Larkspur Lane]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83704]], on [[DATE_TIME:22 May at 8 am]] to pack everything for [[PERSON:Lars]] and [[PERSON:Ingrid]]'s move to [[LOCATION:Spokane]].",
    "[[PERSON:Dr. Anjali Rao]]'s notes say that [[PERSON:Kenji Watanabe]], a [[AGE:12]]-year-old patient (chart [[ID_NUMBER:00-48172]]), needs a filling on the lower left molar; his father, [[PERSON:Hiroshi]], prefers calls on [[PHONE_NUMBER:604-555-0139]] after 5.",
    "The prescription for [[PERSON:Margaret Ogunleye]] was issued on [[DATE_TIME:19/09/2024]]. She's [[AGE:67]], lives alone at [[ADDRESS:3 Kelso Court]], [[LOCATION:Livingston]] [[ZIP_CODE:EH54 6QA]], and will need the new lenses posted.",
    "Little [[PERSON:Amara Mensah]] (age [[AGE:3]]) will be collected on Fridays by her grandmother, [[PERSON:Comfort Asante]], whose number is [[PHONE_NUMBER:0244 518 992]]. [[PERSON:Amara]]'s dad, [[PERSON:Kwabena]], has asked that nobody else be allowed to take her home.",
    "[[PERSON:Liam O'Shea]], a self-employed plasterer in [[LOCATION:Galway]], filed his Form 11 on [[DATE_TIME:30 October]]; Revenue has his PPSN as [[ID_NUMBER:4699736O]] and will pay any refund to [[IBAN_CODE:IE19 BOFI 3976 0824 7964 89]].",
    "[[PERSON:Mrs Gwendolyn Price]], who retired from the county council on [[DATE_TIME:31 March]] aged [[AGE:66]], will have her pension paid monthly; her National Insurance number is [[ID_NUMBER:JT 48 21 90 B]].",
    "A jury summons was mailed on [[DATE_TIME:2/3]] to [[PERSON:Thomas Nakamura-Bell]], [[ADDRESS:5531 Kalanianaole Hwy]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96821]], ordering him to report for service on [[DATE_TIME:March 17]].",
    "[[TITLE:Det. Sgt.]] [[PERSON:Fiona MacLeod]] arrested [[PERSON:Craig Duncan]], [[AGE:29]], outside [[ADDRESS:114 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6NX]] in the early hours of Sunday. He first gave his name as '[[PERSON:Ian Ross]]' before his driving licence ([[ID_NUMBER:DUNCA902146C99XK]]) was found in his jacket.",
    "[[PERSON:Ms. Rosalind Achterberg]], the Year 4 teacher, wrote to the parents of [[PERSON:Noah Fitzgerald]] on [[DATE_TIME:11 November]] about the playground incident, and his mum replied from [[EMAIL_ADDRESS:noahsmum.fitz@icloud.com]] the same evening.",
    "Guest [[PERSON:Jean-Baptiste Mukendi]] checked into room 412 on [[DATE_TIME:05/03/2025]] and out on [[DATE_TIME:05/06/2025]]; the folio was charged to card [[CREDIT_CARD:2221 2103 2286 1232]] and the stay was booked under loyalty number [[ID_NUMBER:8834 1127 09]].",
    "Claimant [[PERSON:Rosa Maria Iannucci]] says she was rear-ended on Route 9 near [[LOCATION:Marlborough]] on the morning of [[DATE_TIME:April 2nd]]; the other driver, a [[PERSON:Mr. Kevin Doyle]] of [[ADDRESS:23 Baker Hill Rd]], [[LOCATION:Hudson]], [[LOCATION:MA]] [[ZIP_CODE:01749]], admitted fault at the scene.",
    "Someone used [[PERSON:Ms. Yolanda Brooks]]'s details -- her SSN, [[US_SSN:538-41-7726]], and her date of birth, [[DATE_TIME:July 4, 1972]] -- to open a new line on [[DATE_TIME:8/29]]; the SIM was activated from [[IP_ADDRESS:2600:1700:3ec0:88a0::1f]].",
    "[[PERSON:Aoife Brennan]] renewed her passport ([[ID_NUMBER:PX4471902]]) online on [[DATE_TIME:14/02/2025]] and asked for it to be posted to her current address in [[LOCATION:Cork]], [[ADDRESS:6 Barrack Street]], [[ZIP_CODE:T12 YX89]].",
    "On the afternoon of [[DATE_TIME:3 June]], [[PERSON:Mr Tunde Bakare]] (GTBank account [[ID_NUMBER:0123847561]]) reported that ₦850,000 had left his account for an unknown recipient. He was calling from [[PHONE_NUMBER:0803 117 4420]].",
    "[[PERSON:Otieno Ochieng]], [[AGE:24]], a boda boda rider in [[LOCATION:Kisumu]], was issued driving licence number [[ID_NUMBER:DL-0472819]] and KRA PIN [[ID_NUMBER:A009472816Z]] on [[DATE_TIME:13 January 2025]].",
    "[[PERSON:Jericho Villanueva]], [[AGE:33]], who works as a welder in [[LOCATION:Dubai]] and comes from [[LOCATION:Iloilo City]], flies home on [[DATE_TIME:2 January]]; he has asked that his PhilHealth number [[ID_NUMBER:12-050418779-3]] be linked to his wife [[PERSON:Rowena]]'s account.",
    "[[TITLE:Mdm]] [[PERSON:Siti Aminah binte Rahmat]], [[AGE:44]], of [[ADDRESS:Blk 512 Ang Mo Kio Ave 8, #11-2409]], [[LOCATION:Singapore]] [[ZIP_CODE:560512]], showed her NRIC [[ID_NUMBER:S8120567A]] at the polyclinic on [[DATE_TIME:8 April]].",
    "Centrelink has been paying [[PERSON:Jacqueline]] '[[PERSON:Jacqui]]' [[PERSON:Morrison]], [[AGE:54]], of [[ADDRESS:9 Banksia Drive]], [[LOCATION:Mandurah]] [[LOCATION:WA]] [[ZIP_CODE:6210]], since [[DATE_TIME:14/10/2023]]; her CRN is [[ID_NUMBER:204 118 573K]] and her tax file number is [[ID_NUMBER:883 084 287]].",
    "[[PERSON:Tamati Walker]]'s IRD number, [[ID_NUMBER:128-409-734]], was used to file a return on [[DATE_TIME:7 July]], even though he had left [[LOCATION:Rotorua]] for [[LOCATION:Brisbane]] months earlier.",
    "[[PERSON:Prof. Helen Achebe]] confirmed that PhD candidate [[PERSON:Suresh Balakrishnan]], student number [[ID_NUMBER:s4418273]], will defend his thesis on [[DATE_TIME:26 May at 2 pm]] in Room G.14.",
    "Moderator note: the player '[[USERNAME:NightOwl_Rashida]]' (real name [[PERSON:Rashida Campbell]], [[AGE:19]]) reported that '[[USERNAME:Gr1mR3aper]]' posted her home IP, [[IP_ADDRESS:73.158.22.91]], in the Discord on [[DATE_TIME:March 12]].",
    "According to the onboarding file, [[PERSON:Dr. Evangeline Moss]], an orthopaedic surgeon born on [[DATE_TIME:2nd of September 1969]], banks with us through [[IBAN_CODE:DE56 0478 8334 3771 4921 29]] and lives in [[LOCATION:Munich]]'s [[LOCATION:Schwabing]] district.",
    "[[PERSON:Raymond Tsosie]]'s Blue Cross member ID is [[ID_NUMBER:XHJ884120377]]; he's [[AGE:61]] and was admitted to hospital in [[LOCATION:Flagstaff]] on [[DATE_TIME:09/14/24]] with chest pain.",
    "Just so you know, [[PERSON:Bea]]'s new email is [[EMAIL_ADDRESS:beatrice.holloway@protonmail.com]] and she's moved to [[ADDRESS:27 Rue Saint-Denis, Apt 6]], [[LOCATION:Montreal]] -- same phone, though, [[PHONE_NUMBER:514-555-0192]].",
    "According to the incident log, an unidentified man approached [[PERSON:Chelsea Worthington]], a [[AGE:22]]-year-old barista, at the corner of 5th and Pine in [[LOCATION:Seattle]] on the night of [[DATE_TIME:17 February]].",
    "Three siblings -- [[PERSON:Ifeoma]], [[PERSON:Chiamaka]] and [[PERSON:Obiora Eze]] -- inherited the house at [[ADDRESS:Plot 27, 3rd Avenue]], [[LOCATION:Gwarinpa]], [[LOCATION:Abuja]] after their father died on [[DATE_TIME:21 November 2022]].",
    "Kindly note that the pension cheque for [[PERSON:Mrs. Lakshmi Subramaniam]], [[AGE:79]], has been sent by speed post to [[ADDRESS:14/2, Lloyds Road]], [[LOCATION:Gopalapuram]], [[LOCATION:Chennai]] – [[ZIP_CODE:600086]]. Please call her son [[PERSON:Arvind]] on [[PHONE_NUMBER:98410 22371]] if it does not arrive.",
    "Born in [[LOCATION:Cape Town]] on [[DATE_TIME:30 January 1995]], [[PERSON:Nomvula Dlamini]] (ID [[ID_NUMBER:9501303392086]]) now rents a room at [[ADDRESS:12 Long Street]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]] and works night shifts at a call centre.",
    "[[PERSON:Sean]]'s out of hospital! The address for cards is [[ADDRESS:3 Chapel Row]], [[LOCATION:Ennis]], [[LOCATION:Co. Clare]], [[ZIP_CODE:V95 E2R4]], and his new mobile is [[PHONE_NUMBER:087 231 9904]].",
    "The customer, who gave her name only as '[[PERSON:Bree]]', said she was [[AGE:17]] and used the email [[EMAIL_ADDRESS:breezy.bree07@yahoo.com]] to buy the cartridges; the card, [[CREDIT_CARD:4236 5015 6090 3929]], turned out to belong to her father, [[PERSON:Martin Ashworth]].",
    "It was [[PERSON:Amit]] -- not his cousin [[PERSON:Rohan]] -- who logged in from [[IP_ADDRESS:49.207.51.183]] at [[DATE_TIME:03:12 IST on 6 Aug]] and moved the money out of the joint account.",
    "In a voicemail left at 4:47 pm, [[TITLE:Sister]] [[PERSON:Mary Bernadette Foley]], [[AGE:82]], of the convent at [[ADDRESS:41 Convent Hill]], [[LOCATION:Waterford]], asked to change her monthly donation to €20.",
    "DMV records show that [[PERSON:Brandon Kealoha]], date of birth [[DATE_TIME:11-03-1999]], holds [[LOCATION:Hawaii]] driver license [[US_DRIVER_LICENSE:H00481726]] and has two vehicles registered at [[ADDRESS:2250 Kalakaua Avenue #1408]], [[LOCATION:Honolulu]] [[ZIP_CODE:96815]].",
    "A formal warning was issued on [[DATE_TIME:20 August 2024]] to the tenant of [[ADDRESS:Flat 12, Beaumont Court, 40 Mile End Road]], [[LOCATION:London]] [[ZIP_CODE:E1 4UT]], [[PERSON:Mr Rizwan Chaudhry]].",
    "Mi hermana [[PERSON:Sofía]] acaba de cumplir [[AGE:30]] años y quiere que le manden el regalo a [[LOCATION:Medellín]]: [[ADDRESS:Carrera 43A #12-35, Apto 801]], [[LOCATION:El Poblado]].",
    "The passport issued to [[PERSON:Katherine Oduya]], number [[US_PASSPORT:548127730]], was reported stolen from her hotel in [[LOCATION:Rome]] on [[DATE_TIME:6/22]], and the U.S. embassy has since given her an emergency one.",
    "[[PERSON:Ms Patience Mwangi]], aged [[AGE:38]], told investigators she had never set foot in the branch on Moi Avenue in [[LOCATION:Mombasa]] and that the signature on the [[DATE_TIME:12 April]] withdrawal slip was not hers. Her ID number is [[ID_NUMBER:31187402]].",
    "Grandpa [[PERSON:Walt]] ([[AGE:81]]), Mum ([[PERSON:Deborah]], [[AGE:55]]) and me ([[PERSON:Callum]], [[AGE:24]]) are all booked on QF1 to [[LOCATION:London]] on [[DATE_TIME:3 January]], seats 42A to 42C.",
    "An email from [[EMAIL_ADDRESS:r.hendricks@capetownlegal.co.za]] on [[DATE_TIME:15 March]] told [[PERSON:Mr Johan van der Merwe]] that his late mother's estate, including the house at [[ADDRESS:8 Protea Street]], [[LOCATION:Stellenbosch]] [[ZIP_CODE:7600]], would go to auction.",
    "[[PERSON:Mehwish Tariq]], a [[NRP:Pakistani]]-born pharmacist, became a [[NRP:British]] citizen at a ceremony in [[LOCATION:Bradford]] on [[DATE_TIME:9 May 2024]] and later changed her name by deed poll to [[PERSON:Mehwish Tariq-Holt]].",
    "Evacuation list, Ward 3B: [[PERSON:Ethel Morgan]], [[AGE:94]], needs a wheelchair; her next of kin, grandson [[PERSON:Jamie Morgan]], is on [[PHONE_NUMBER:07521 338 104]].",
    "For the record, [[PERSON:Mx. Jordan Ellis-Kaur]] (they/them) was the only witness; they live at [[ADDRESS:401 Queen Street West, Suite 3]], [[LOCATION:Toronto]] and gave their number as [[PHONE_NUMBER:416-555-0162]].",
    "I, [[PERSON:Oluwadamilare Fashola]], born on [[DATE_TIME:18/06/1990]] at [[LOCATION:Ibadan]], hereby declare that my NIN is [[ID_NUMBER:48127730916]] and that I reside at [[ADDRESS:22 Ring Road]], [[LOCATION:Challenge]], [[LOCATION:Ibadan]], [[LOCATION:Oyo State]].",
    "The kid who found the wallet, a [[AGE:14]]-year-old named [[PERSON:Tyrese]], walked it all the way to [[PERSON:Mrs. Evelyn Park]]'s house on Sycamore Street, because the driver's license inside ([[LOCATION:Georgia]], [[US_DRIVER_LICENSE:054823317]]) showed her address.",
    "Once [[PERSON:Dr Nikhil Bose]] has reviewed the MRI from [[DATE_TIME:1 December]], [[PERSON:Ms. Gabriela Santos]] (MRN [[ID_NUMBER:4471208]], DOB [[DATE_TIME:1983-07-29]]) will be contacted at [[EMAIL_ADDRESS:gabi.santos83@gmail.com]].",
    "[[PERSON:Yusuf Demir]] floh 2019 als [[AGE:16]]-Jähriger mit seiner Familie nach [[LOCATION:Deutschland]]; heute wohnt er in [[LOCATION:Berlin-Neukölln]] und ist an der Universität unter der Matrikelnummer [[ID_NUMBER:587193]] eingeschrieben.",
    "We have received [[PERSON:Ms Harriet Lowe-Barnes]]'s request, dated [[DATE_TIME:01.04.2025]], to erase all personal data linked to her username [[USERNAME:hlb_gardens]] and the email [[EMAIL_ADDRESS:harriet@lowe-barnes.me.uk]].",
    "During the traffic stop on I-95, [[TITLE:Trooper]] [[PERSON:Dana Whitaker]] ran [[LOCATION:Florida]] license [[US_DRIVER_LICENSE:W362-541-85-298-0]] for the driver, [[PERSON:Luis Fernando Ortega]], whose registration lists [[ADDRESS:7740 SW 104th St]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33156]].",
    "nana's phone is [[PHONE_NUMBER:0433 190 745]] and she's at [[ADDRESS:15 Seaview Tce]], [[LOCATION:Victor Harbor]] [[LOCATION:SA]] [[ZIP_CODE:5211]] if anyone wants to send flowers for her [[AGE:90]]th on [[DATE_TIME:19th of Jan]]",
    "[[PERSON:Ananya Krishnan]] (she/her), [[AGE:27]], a software engineer in [[LOCATION:Hyderabad]], posts as @[[USERNAME:ananya_codes]] and keeps a portfolio at [[URL:https://ananyakrishnan.dev]].",
    "[[PERSON:Kofi Boateng-Ampofo]] paid the council tax for [[ADDRESS:14 Elmhurst Gardens]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 5HT]] by card on [[DATE_TIME:2 Feb]]; the payment reference is CT-88103 and his council tax account number is [[ID_NUMBER:30447781]].",
    "[[PERSON:Mary-Kate]], who is in her early seventies, told the carer that her pension goes into account [[ID_NUMBER:41093387]] at AIB and that her late husband, [[PERSON:Frank]], looked after all the paperwork until 2020.",
    "It is alleged that between [[DATE_TIME:1 March]] and [[DATE_TIME:14 March 2024]] the accused, [[PERSON:Ricardo Mendes da Silva]], used a card in the name of [[PERSON:Ms. Beatriz Costa]], [[CREDIT_CARD:5458 9105 0649 4067]], at shops in [[LOCATION:Newark]], [[LOCATION:NJ]].",
    "[[TITLE:Rev.]] [[TITLE:Canon]] [[PERSON:Alistair Grey]] will officiate at the funeral of [[PERSON:Winifred Hale]] (née [[PERSON:Dunmore]]), [[AGE:96]], at St Cuthbert's, [[LOCATION:Durham]], on [[DATE_TIME:Tuesday 4 February at 11 am]].",
    "My husband [[PERSON:Graham]] and I ([[PERSON:Lorna Fitzpatrick]]) would like our joint account moved to the [[LOCATION:Inverness]] branch. Our address is [[ADDRESS:Birchwood, 3 Culduthel Road]], [[LOCATION:Inverness]] [[ZIP_CODE:IV2 4AB]].",
    "Thanks for contacting support, [[PERSON:Ahmed]]! I can see your order shipped to [[ADDRESS:1209 Bloor St W]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M6H 1M7]]. The number we have on file for you is [[PHONE_NUMBER:(647) 555-0104]] -- is that still right?",
    "Records show that [[PERSON:Zanele Khumalo]], a mother of two from [[LOCATION:Durban]], was [[AGE:32]] when she opened the account on [[DATE_TIME:01/06/2019]] using the cellphone number [[PHONE_NUMBER:082 447 1903]].",
    "Our new treasurer, [[PERSON:Harjit Singh Bains]], has been part of the [[NRP:Sikh]] community in [[LOCATION:Southall]] for twenty years and can be emailed at [[EMAIL_ADDRESS:harjit.bains@gmail.com]].",
    "A [[NRP:Democrat]], [[PERSON:Tamika Jefferson]], [[AGE:49]], beat [[NRP:Republican]] [[PERSON:Glen Hostetler]] by 312 votes in the Ward 5 race in [[LOCATION:Dayton]].",
    "Hi [[PERSON:Dr. Shah]], this is [[PERSON:Lucy Tran]], [[PERSON:Ethan]]'s mum. He's [[AGE:6]] now and his NHS number is [[ID_NUMBER:468 819 7365]]. Could we move his appointment from the [[DATE_TIME:3rd]] to the [[DATE_TIME:10th of April]]?",
    "Gardaí in [[LOCATION:Limerick]] are appealing for information about [[PERSON:Ciarán Daly]], [[AGE:17]], who was last seen on O'Connell Street on the evening of [[DATE_TIME:Friday 21 June]] wearing a grey hoodie.",
    "The bank stopped the transfer to [[IBAN_CODE:NL89 INGB 2400 3254 98]] after [[PERSON:Mrs. Helga Sørensen]], [[AGE:77]], explained that a man calling himself '[[PERSON:Tom]] from Microsoft' had told her to send the money.",
    "When [[PERSON:Aarav Malhotra]] booked the flight on [[DATE_TIME:10/02]] he used his old address, [[EMAIL_ADDRESS:aarav.m1998@rediffmail.com]], so the e-ticket never reached him; his current one is [[EMAIL_ADDRESS:aarav@malhotra.in]].",
    "[[PERSON:Kim Soo-jin]], a [[NRP:Korean]] exchange student, reported her bike stolen from outside her residence at [[ADDRESS:5960 Student Union Blvd]], [[LOCATION:Vancouver]] on [[DATE_TIME:Oct. 8]].",
    "[[TITLE:Mr.]] & [[TITLE:Mrs.]] [[PERSON:Abernethy]] ([[PERSON:Colin]] and [[PERSON:Shona]]) have closed their joint account; please send the remaining balance by cheque to [[ADDRESS:2 Loch Road]], [[LOCATION:Stornoway]] [[ZIP_CODE:HS1 2QA]].",
    "Because she is a minor (she's only [[AGE:15]]), [[PERSON:Ximena Flores]]'s parents must sign the form; her father, [[PERSON:Arturo Flores]], gave his phone as [[PHONE_NUMBER:+52 55 4127 8830]] and his address in [[LOCATION:Mexico City]].",
    "Chef [[PERSON:Marco Bellini]], [[AGE:43]], opened his second trattoria on [[DATE_TIME:1 September]], and anyone wanting a table for a big group can ring him directly on [[PHONE_NUMBER:0412 776 093]].",
    "After the audit, [[PERSON:Ruth Adeyemi-Cole]] (staff no. [[ID_NUMBER:008812]]) was reinstated on [[DATE_TIME:17 February]] and her back pay went to sort code 20-45-77, account [[ID_NUMBER:53812946]].",
    "Abuela [[PERSON:Carmen]], who is [[AGE:87]] and lives with my uncle [[PERSON:Felipe]] at [[ADDRESS:4521 Calle Real]], [[LOCATION:Santa Barbara]], [[LOCATION:CA]] [[ZIP_CODE:93110]], needs a ride to the cardiologist on [[DATE_TIME:3/14]].",
    "Following complaints about noise, the strata manager wrote on [[DATE_TIME:22 July]] to [[ADDRESS:Unit 7, 15 Tennyson Road]], [[LOCATION:Mortlake]] [[LOCATION:NSW]] [[ZIP_CODE:2137]], occupied by [[PERSON:Mr Devesh Patel]] and [[PERSON:Ms Jasmine Zhou]].",
    "The passport found on the train belonged to one [[PERSON:Florin Constantinescu]], a [[NRP:Romanian]] national aged [[AGE:52]], born in [[LOCATION:Cluj-Napoca]] on [[DATE_TIME:2 March 1972]]; passport number [[ID_NUMBER:05491827]].",
    "Please update the record: [[PERSON:Moana Faleolo]]'s new mobile is [[PHONE_NUMBER:022 418 7736]], her email is now [[EMAIL_ADDRESS:moana.faleolo@xtra.co.nz]], and she has moved to [[ADDRESS:6 Tui Street]], [[LOCATION:Otara]], [[LOCATION:Auckland]] [[ZIP_CODE:2023]].",
    "[[PERSON:Anders]], the tall one, is [[AGE:thirty-four]]; his girlfriend [[PERSON:Maja]] is [[AGE:29]]. Both flew in from [[LOCATION:Copenhagen]] on [[DATE_TIME:28/12]] and are staying at [[PERSON:Maja]]'s aunt's place, [[ADDRESS:18 Harbour Road]], [[LOCATION:Howth]].",
    "The complainant, a [[AGE:45]]-year-old [[NRP:Muslim]] woman named [[PERSON:Rukhsana Begum]], alleges that she was refused service at a [[LOCATION:Birmingham]] café on [[DATE_TIME:13 May]] because she wore a hijab.",
    "Yesterday at 3:05 pm card number [[CREDIT_CARD:5557 7680 3294 3688]], issued to [[PERSON:Mr Graeme Walsh]], was used to buy a £1,299 laptop online -- but he has been in hospital in [[LOCATION:Belfast]] since [[DATE_TIME:1 October]].",
    "[[PERSON:Efua Mensah-Bonsu]] and her twin brother [[PERSON:Kwesi]] were born on [[DATE_TIME:9/9/2001]] in [[LOCATION:Kumasi]]; both now live in [[LOCATION:Silver Spring]], [[LOCATION:MD]] and share the email [[EMAIL_ADDRESS:mensahtwins@gmail.com]].",
    "Could you send the contract to [[PERSON:Ravi]] at [[EMAIL_ADDRESS:ravi.iyer@iyerarchitects.com]]? He's the architect for our flat at [[ADDRESS:No. 7, 1st Main Road]], [[LOCATION:Koramangala]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560095]].",
    "After the crash on the M50, gardaí identified the driver as [[PERSON:Stephen Kinsella]], [[AGE:38]], of [[LOCATION:Lucan]], [[LOCATION:Co. Dublin]], from his licence number, [[ID_NUMBER:190048172]].",
    "The new nanny, a [[AGE:24]]-year-old [[NRP:Filipina]] named [[PERSON:Joy Bautista]], starts on [[DATE_TIME:Monday the 6th]]; her employer, [[PERSON:Mrs. Farah Al-Mansoori]], has already applied for her residence visa.",
    "She was [[AGE:19]] when she opened her first account with us, and on [[DATE_TIME:30 September 2024]] [[PERSON:Ngaire Thompson]] closed it, moving the balance to account [[ID_NUMBER:12-3140-0567812-00]].",
    "Inmate [[PERSON:Dwight Carrow]], DOC #[[ID_NUMBER:A418827]], is due for release on [[DATE_TIME:15 April]]; he plans to stay with his sister [[PERSON:Lorraine]] at [[ADDRESS:311 Pecan St]], [[LOCATION:Texarkana]], [[LOCATION:AR]] [[ZIP_CODE:71854]].",
    "[[PERSON:Jamal]] and I met at the market in [[LOCATION:Brixton]] on [[DATE_TIME:2 March]], and he's texted me from [[PHONE_NUMBER:07911 238 006]] every single day since.",
    "[[LOCATION:Ho Chi Minh City]]-born [[PERSON:Tran Van Minh]], now [[AGE:58]], has run the Pho 99 shop at [[ADDRESS:1422 S Jackson St]], [[LOCATION:Seattle]] for twenty years; his business partner is his nephew [[PERSON:Bao]].",
    "Could whoever took the blue Ford Focus, reg [[ID_NUMBER:YK68 PLN]], from outside [[ADDRESS:40 Beech Grove]], [[LOCATION:Harrogate]] on Sunday night please bring it back? It belongs to my dad, [[PERSON:Phil Summers]], who's [[AGE:79]] and needs it for his hospital visits.",
    "[[PERSON:Kaveh Rostami]] wrote from [[EMAIL_ADDRESS:kaveh.rostami@shaw.ca]] to say he is a [[NRP:Persian-Canadian]] photographer based in [[LOCATION:Calgary]]; his portfolio is at [[URL:kavehrostami.com]] and his Instagram is @[[USERNAME:kaveh.shoots]].",
    "Please be advised that the $18,400 wire for the closing on [[ADDRESS:412 Sawgrass Ct]], [[LOCATION:Naples]], [[LOCATION:FL]] [[ZIP_CODE:34110]] should be sent only after speaking to [[PERSON:Ms. Dana Whitfield-Ruiz]] directly at [[PHONE_NUMBER:239-555-0135]].",
    "[[PERSON:Esperanza Quispe]], [[AGE:61]], a [[NRP:Peruvian]] cleaner living in [[LOCATION:Jersey City]], says her employer held on to her passport (number [[ID_NUMBER:118473920]]) from 2019 until last week.",
    "According to her son, [[PERSON:Mrs. Ivy Pemberton-Smythe]], [[AGE:101]], still answers her own landline, [[PHONE_NUMBER:01243 771 209]], and collects her pension from the post office in [[LOCATION:Bognor Regis]] every Thursday.",
    "i think the guy's name was [[PERSON:aleksandr]] or [[PERSON:sasha]] something, he drove a white van with plate [[ID_NUMBER:BC 7731 KA]] and said he lived on lesi ukrainky street in [[LOCATION:lviv]]",
    "Deux jours après ses [[AGE:50]] ans (elle est née le [[DATE_TIME:11 juin 1974]]), [[PERSON:Rebecca Stein-Adler]] a reçu au [[ADDRESS:65 rue Sainte-Catherine]], à [[LOCATION:Bordeaux]], une lettre lui annonçant que son titre de séjour n° [[ID_NUMBER:7501234567]] avait expiré.",
    "[[PERSON:Connor]], [[PERSON:Aisling]] and little [[PERSON:Fionn Ó Briain]] (aged [[AGE:12]], [[AGE:9]] and [[AGE:4]]) will all need PPS numbers once their mother, [[PERSON:Gráinne]], registers them in [[LOCATION:Sligo]].",
    "At 7:30 this morning a shopper, [[PERSON:Inês Carvalho]], [[AGE:36]], slipped on a wet floor in our [[LOCATION:Parramatta]] store; her husband, [[PERSON:Tiago]], gave his number, [[PHONE_NUMBER:0401 663 218]], and their home address, [[ADDRESS:44 Marsden St]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]].",
    "[[PERSON:Sipho Ndlovu]], whose passport number is [[ID_NUMBER:A04918273]], is travelling with his wife [[PERSON:Lindiwe]] and their daughter [[PERSON:Naledi]], aged [[AGE:5]], to [[LOCATION:Nairobi]] on [[DATE_TIME:12 December]].",
    "The memorial bench by the pier is dedicated to [[PERSON:Gerald]] '[[PERSON:Gerry]]' [[PERSON:Fenwick]] ([[DATE_TIME:14.02.1938]] – [[DATE_TIME:03.08.2021]]) of [[LOCATION:Southwold]], who 'loved this view'.",
    "The parking ticket went to a grey Honda Civic, registration [[ID_NUMBER:8ABC123]] ([[LOCATION:California]]), left outside [[ADDRESS:2901 Telegraph Ave]], [[LOCATION:Berkeley]] at 10:14 am; the registered owner is [[PERSON:Chen Jia Hui]].",
    "We would like to thank [[TITLE:Sheikh]] [[PERSON:Abdullah Al-Harthy]] for his generous donation, which reached us from his account [[IBAN_CODE:AE62 0330 7162 0218 3220 023]] on [[DATE_TIME:4 Ramadan]] ([[DATE_TIME:15 March]]).",
    "sorry for the late reply!! my new addy is [[ADDRESS:17 Kent Rd]], [[LOCATION:Woodstock]], [[LOCATION:Cape Town]] [[ZIP_CODE:7925]] and my cell is [[PHONE_NUMBER:072 338 4419]] xx -- [[PERSON:Lerato]]",
    "A [[AGE:9]]-year-old boy, [[PERSON:Ayaan Qureshi]], was treated at the scene after his school bus collided with a truck on Highway 7 near [[LOCATION:Markham]], [[LOCATION:Ontario]], on the afternoon of [[DATE_TIME:May 16]].",
    "Asked for identification, the man produced a passport, [[ID_NUMBER:B02847163]], in the name of [[PERSON:Emeka Uzor]], and an [[LOCATION:Illinois]] driver's license, [[US_DRIVER_LICENSE:U418-3207-6991]], with an address in [[LOCATION:Cicero]].",
]

BENCH = [
    "Hi [[PERSON:Kamren]], we've processed the refund of 633.27 to your credit card [[CREDIT_CARD:6011 0969 8774 3137]]; the paper receipt will be mailed to [[ADDRESS:34 Haag Crossroad]], [[LOCATION:Lake Jamal]].",
    "Customer '[[USERNAME:Delphine_Kuhic]]' (IP [[IP_ADDRESS:117.48.223.9]]) made 5 failed logins on [[DATE_TIME:11/23/2022]] with password 'Xq8#pLm2!'.",
    "Your appointment with [[PERSON:Dr. Ondricka]] on [[DATE_TIME:Nov 7th]] is confirmed. Please bring your SSN [[US_SSN:521-83-0964]] and your insurance card.",
    "[[PERSON:Jaylen]], aged [[AGE:45]], Male, resides at [[ADDRESS:9921 Runolfsdottir Wells, Suite 412]], [[LOCATION:West Verlaport]], zip [[ZIP_CODE:29401-7731]].",
    "Please transfer the outstanding 1,250 EUR to IBAN [[IBAN_CODE:FR76 3685 5674 6315 9338 3378 027]] before [[DATE_TIME:14/05/2024]], quoting the name [[PERSON:Margot Lemaire]].",
    "The MAC address 3C:22:FB:7A:19:0E and the IPv6 [[IP_ADDRESS:fe80::1c4a:22ff:fe7a:190e]] belong to the laptop of user [[USERNAME:tbernhard77]].",
    "Kindly update the emergency contact for employee #[[ID_NUMBER:48213]], [[PERSON:Mrs. Ophelia Windler]], to her partner [[PERSON:Rex]] at [[PHONE_NUMBER:+1-447-555-0187]].",
    "A [[AGE:62]]-year-old Transgender Female from [[LOCATION:Kenosha County]], [[LOCATION:Wisconsin]] was enrolled on [[DATE_TIME:2023-02-08]] under member ID [[ID_NUMBER:WMX-4471-0029]].",
    "Driver's license number [[US_DRIVER_LICENSE:F255-921-50-094-0]] for [[PERSON:Yesenia Kutch]], DOB [[DATE_TIME:02/29/1988]], expired on her last birthday.",
    "[[PERSON:Ms. Zboncak]]'s hatchback, plate [[ID_NUMBER:7TRR812]], was towed from [[ADDRESS:4490 Schaefer Ports]] on [[DATE_TIME:19 Aug 2023]].",
    "name: [[PERSON:Aurelio Mraz]] | dob: [[DATE_TIME:1961-12-03]] | ssn: [[US_SSN:048-22-7719]] | phone: [[PHONE_NUMBER:555.208.6641]]",
    "Account [[ID_NUMBER:91847720]] belonging to [[PERSON:Oralia Hackett]] was charged on MasterCard [[CREDIT_CARD:2720 7122 5457 1115]] on [[DATE_TIME:January 9]] for order #XK-22815.",
    "Greetings [[PERSON:Lavina]], your Community Outreach seminar in [[LOCATION:Port Alfonzo]] is booked for [[DATE_TIME:30th of June]]. We will send the joining link to [[EMAIL_ADDRESS:lavina.rau@hotmail.com]].",
    "Hey [[PERSON:Dr. Bechtelar]], patient [[ID_NUMBER:88172]] (Female, [[AGE:73]]) from [[LOCATION:Harrisonburg]] reported chest pain at 04:15.",
    "Our records indicate that [[PERSON:Mr. Keven Dach]], a [[NRP:Buddhist]] from [[LOCATION:East Brianneborough]], connects to the VPN from [[IP_ADDRESS:203.118.47.2]].",
    "Pay slip -- [[PERSON:Amara Oyelaran-Blake]], Employee ID [[ID_NUMBER:EMP-20931]], net pay £2,418.66, NI number [[ID_NUMBER:PZ 61 44 08 D]], tax code 1257L.",
    "USER: What's the status of my passport application? I'm [[PERSON:Devontae Harris]], passport number [[US_PASSPORT:571204836]]. AGENT: Thanks, [[PERSON:Devontae]]. It was mailed on [[DATE_TIME:03/18]].",
    "Credit card: [[CREDIT_CARD:3761 474063 80852]], exp 09/27, CVV 418, cardholder [[PERSON:LUCIA BERNAL]].",
    "[[PERSON:Nicolás Ibarra]] ([[EMAIL_ADDRESS:nibarra@correo.es]]) nació el [[DATE_TIME:12/10/1992]] y vive en [[ADDRESS:Avenida de la Constitución 18]], [[ZIP_CODE:41004]] [[LOCATION:Sevilla]].",
    "[[ADDRESS:Apt 3C, 771 Grand Concourse]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10451]] is leased to [[PERSON:Desmond Okeke]], SSN ending 4471.",
    "Hello, I'm [[PERSON:Greta]] from Vandervort-Schmeler; my handle on the forum is [[USERNAME:greta.vdv]] and my staff number is [[ID_NUMBER:44-1902]].",
    "Jurisdiction: [[LOCATION:Queensland]]. Licence no: [[ID_NUMBER:084 712 339]]. Holder: [[PERSON:Brett McAllister]], born [[DATE_TIME:29 October 1984]].",
    "Subject: [[PERSON:Marvin Kertzmann]] (he/him), [[AGE:39]] y/o, last known IP [[IP_ADDRESS:2a02:c7f:5e1a:8400:9d4:1bb0:11f3:7c2a]], address [[ADDRESS:55 Larch St, Flat 2]], [[LOCATION:Newcastle upon Tyne]] [[ZIP_CODE:NE4 6TB]].",
    "Transaction at [[DATE_TIME:2024-06-11T14:32:09Z]] on card [[CREDIT_CARD:3516 3742 3154 4461]] (JCB) for customer [[PERSON:Haruto Sasaki]], [[LOCATION:Tokyo]].",
    "Female, [[AGE:28]], [[NRP:Catholic]], resident of [[LOCATION:Bakersfield]], [[LOCATION:CA]]; phone [[PHONE_NUMBER:661-555-0124]].",
    "Send the W-2 for [[PERSON:Rosalind Achebe-Grant]] (SSN [[US_SSN:231-90-4478]]) to her new address, [[ADDRESS:18 Bayview Terrace, Apt 4]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04101]].",
    "Dear [[PERSON:Dr. Halvorsen]], your BSN [[ID_NUMBER:809416104]] has been verified and your new IBAN is [[IBAN_CODE:NL39 ABNA 5455 2307 76]].",
    "User [[USERNAME:Leopold.Schamberger58]] logged in from [[IP_ADDRESS:10.4.88.213]] at [[DATE_TIME:2023-09-14 08:02:11]] using Firefox 117 on Windows 10.",
    "In [[LOCATION:Port Alenaview]], [[AGE:34]]-year-old [[PERSON:Ruthie Okuneva]], a Senior Intranet Strategist, updated her [[LOCATION:Rhode Island]] driver's license to [[US_DRIVER_LICENSE:3918274]] on [[DATE_TIME:07/07/2021]].",
    "Contact: [[PERSON:Sinead O'Connell]], Lettings Officer | Tel: [[PHONE_NUMBER:+44 (0)161 496 0734]] | Email: [[EMAIL_ADDRESS:s.oconnell@manchesterhomes.org]]",
    "[[PERSON:Marisol Vega]] (@[[USERNAME:marisolv_nyc]]) checked in at a café in [[LOCATION:Williamsburg]], [[LOCATION:Brooklyn]] on [[DATE_TIME:4 July]].",
    "Height 5 ft 7 in, weight 142 lbs, eye color hazel -- [[PERSON:Tiffany Brakus]], DOB [[DATE_TIME:3/30/1979]], medical record [[ID_NUMBER:000-44-71-23]].",
    "To: [[EMAIL_ADDRESS:mbauch@example.net]]; Re: [[PERSON:Odessa Bauch]]'s vacation request, [[DATE_TIME:12/22]]–[[DATE_TIME:12/31]].",
    "Le client [[PERSON:Théo Marchand]], né le [[DATE_TIME:04/02/1987]] à [[LOCATION:Nantes]], a donné l'adresse [[ADDRESS:5 allée des Cerisiers]], [[ZIP_CODE:44300]] [[LOCATION:Nantes]] et le numéro [[PHONE_NUMBER:06 12 48 77 30]].",
    "Applicant: [[PERSON:Priyanka Deshmukh]]; Aadhaar [[ID_NUMBER:5611 1242 2627]]; PAN [[ID_NUMBER:CVHPD4471K]]; mobile [[PHONE_NUMBER:+91 98201 44736]]; [[LOCATION:Pune]], [[LOCATION:Maharashtra]] [[ZIP_CODE:411038]].",
    "The [[TITLE:Rev.]] [[PERSON:Ezekiel Ward]] left his sermon notes at [[ADDRESS:12 Church Ln]]; he can be reached at [[PHONE_NUMBER:(555) 014-2213]].",
    "[[PERSON:Karim]]'s gamertag is [[USERNAME:K4R1M_the_Dream]], his Xbox email is [[EMAIL_ADDRESS:karim.haddad@live.com]] and he's [[AGE:16]] going by his birth date, [[DATE_TIME:2008-05-19]].",
    "Phone [[PHONE_NUMBER:0809 221 4478]] is registered to [[PERSON:Adaeze Chukwu]], [[ADDRESS:5 Awolowo Road]], [[LOCATION:Ikoyi]], [[LOCATION:Lagos]]; BVN [[ID_NUMBER:22418077395]].",
    "ID: [[ID_NUMBER:9840 9053 6658]] | Name: [[PERSON:Gurpreet Kaur Sandhu]] | Gender: F | Town: [[LOCATION:Khanna]], [[LOCATION:Ludhiana]], [[LOCATION:Punjab]] - [[ZIP_CODE:141401]]",
    "[[PERSON:Ferne]], your PIN 4471 must not be shared. The account ending 9903 registered at [[ADDRESS:77 Kozey Path]] will be closed on [[DATE_TIME:2024-12-01]] unless you call 1-800-555-0199.",
]

TABLE = [
    """order_id,customer,email,sku,amount,status
ORD-10482,[[PERSON:Rebecca Liu]],[[EMAIL_ADDRESS:rliu@fastmail.com]],SKU-88-BLK,49.99,shipped
ORD-10483,[[PERSON:Tomasz Nowak]],[[EMAIL_ADDRESS:t.nowak@wp.pl]],SKU-12-RED,120.00,pending
ORD-10484,[[PERSON:Aaliyah Brooks]],[[EMAIL_ADDRESS:aaliyahb@gmail.com]],SKU-40-WHT,15.50,refunded""",
    """| record_id | patient | dob | mrn | ward |
|---|---|---|---|---|
| R-001 | [[PERSON:Harold Pennington]] | [[DATE_TIME:1950-04-12]] | [[ID_NUMBER:MRN-772190]] | 4B |
| R-002 | [[PERSON:Sunita Rao]] | [[DATE_TIME:1988-11-30]] | [[ID_NUMBER:MRN-772204]] | 2A |
| R-003 | [[PERSON:Kwame Asare]] | [[DATE_TIME:2001-06-05]] | [[ID_NUMBER:MRN-772231]] | ICU |""",
    """Name: [[PERSON:Oyelaran]], [[PERSON:Bisi]]
Date of birth: [[DATE_TIME:07/11/1982]]
Phone: [[PHONE_NUMBER:0802 551 3390]]
Address: [[ADDRESS:19 Allen Avenue]], [[LOCATION:Ikeja]], [[LOCATION:Lagos]]
Order ref: PL-55302
Amount: ₦24,500
Status: delivered""",
    """emp_id\tname\tdept\thire_date\tsalary
[[ID_NUMBER:E1043]]\t[[PERSON:Nadia Haddad]]\tFinance\t[[DATE_TIME:2019-03-04]]\t68000
[[ID_NUMBER:E1044]]\t[[PERSON:Owen Gallagher]]\tIT\t[[DATE_TIME:2021-10-18]]\t72500
[[ID_NUMBER:E1051]]\t[[PERSON:Mei Ling Tan]]\tHR\t[[DATE_TIME:2023-01-09]]\t59000""",
    """{"user": "[[USERNAME:kiwi_dan]]", "ip": "[[IP_ADDRESS:203.86.201.14]]", "last_login": "[[DATE_TIME:2025-01-03T22:41:07+13:00]]", "plan": "pro", "seats": 3}
{"user": "[[USERNAME:moana.r]]", "ip": "[[IP_ADDRESS:122.56.18.240]]", "last_login": "[[DATE_TIME:2025-01-04T08:15:55+13:00]]", "plan": "free", "seats": 1}
{"user": "[[USERNAME:tekapo_trev]]", "ip": "[[IP_ADDRESS:2404:4408:63a1:7d00::12]]", "last_login": "[[DATE_TIME:2024-12-30T19:02:41+13:00]]", "plan": "team", "seats": 12}""",
    """payout_id,payee,iban,amount_eur,invoice,status
PO-7781,[[PERSON:Lukas Hofmann]],[[IBAN_CODE:DE68 6108 1627 4524 3175 35]],1250.00,INV-2024-0912,paid
PO-7782,[[PERSON:Carmen Ruiz Delgado]],[[IBAN_CODE:ES91 5745 1642 1408 0561 2044]],980.50,INV-2024-0913,paid
PO-7783,[[PERSON:Pieter Janssens]],[[IBAN_CODE:BE44 3405 2618 6945]],415.00,INV-2024-0915,held""",
    """student_id | name               | age | year | gpa
-----------+--------------------+-----+------+----
[[ID_NUMBER:S-20417]]    | [[PERSON:Tyler Brooks-Okafor]] | [[AGE:19]]  | 2    | 3.4
[[ID_NUMBER:S-20588]]    | [[PERSON:Nguyen Thi Lan]]     | [[AGE:21]]  | 3    | 3.9
[[ID_NUMBER:S-21102]]    | [[PERSON:Ravi Chandran]]      | [[AGE:18]]  | 1    | 2.8
[[ID_NUMBER:S-19873]]    | [[PERSON:Grace O'Donnell]]    | [[AGE:23]]  | 4    | 3.6""",
    """name,mobile,suburb,state,postcode,segment
[[PERSON:Jack Nguyen]],[[PHONE_NUMBER:0421 338 970]],[[LOCATION:Cabramatta]],[[LOCATION:NSW]],[[ZIP_CODE:2166]],gold
[[PERSON:Emily Tran-Walsh]],[[PHONE_NUMBER:0438 102 664]],[[LOCATION:Sunnybank]],[[LOCATION:QLD]],[[ZIP_CODE:4109]],silver
[[PERSON:Hamid Rezaei]],[[PHONE_NUMBER:0402 977 315]],[[LOCATION:Dandenong]],[[LOCATION:VIC]],[[ZIP_CODE:3175]],bronze""",
    """| room | guest | nationality | passport | check_in | nights |
|------|-------|-------------|----------|----------|--------|
| 1108 | [[PERSON:Søren Kristiansen]] | [[NRP:Danish]] | [[ID_NUMBER:208715634]] | [[DATE_TIME:2024-09-02]] | 3 |
| 1112 | [[PERSON:Aiko Tanabe]] | [[NRP:Japanese]] | [[ID_NUMBER:TR4418273]] | [[DATE_TIME:2024-09-02]] | 5 |
| 1204 | [[PERSON:Olumide Bankole]] | [[NRP:Nigerian]] | [[ID_NUMBER:A07718294]] | [[DATE_TIME:2024-09-03]] | 2 |""",
    """member_no,first_name,last_name,age,plan,joined,monthly_fee
[[ID_NUMBER:GYM-004471]],[[PERSON:Chloe]],[[PERSON:Marchetti]],[[AGE:31]],off-peak,[[DATE_TIME:2023-05-14]],29.99
[[ID_NUMBER:GYM-004472]],[[PERSON:Dimitri]],[[PERSON:Papadakis]],[[AGE:47]],full,[[DATE_TIME:2023-05-15]],44.99
[[ID_NUMBER:GYM-004480]],[[PERSON:Blessing]],[[PERSON:Eze-Williams]],[[AGE:26]],student,[[DATE_TIME:2023-06-01]],19.99""",
    """record_id\temployee\tssn\tstate\twages_2024
W2-0091\t[[PERSON:Kenneth Oduya]]\t[[US_SSN:318-52-0964]]\t[[LOCATION:IL]]\t58,220.00
W2-0092\t[[PERSON:Lorena Castillo]]\t[[US_SSN:602-19-4437]]\t[[LOCATION:TX]]\t61,905.50
W2-0093\t[[PERSON:Bradley Yoon]]\t[[US_SSN:147-83-2290]]\t[[LOCATION:NJ]]\t74,010.00""",
    """txn_id | cardholder | card | merchant | amount | time
T-55201 | [[PERSON:Helen Carstairs]] | [[CREDIT_CARD:4788 9002 9923 0491]] | Boots #1142 | £18.40 | 09:12
T-55202 | [[PERSON:Rajesh Pillai]] | [[CREDIT_CARD:5384 5979 7937 2638]] | Tesco Express | £6.95 | 09:14
T-55203 | [[PERSON:Fiona Gallacher]] | [[CREDIT_CARD:6599 2217 7635 4777]] | Costa Coffee | £3.60 | 09:15
T-55204 | [[PERSON:Marek Zielinski]] | [[CREDIT_CARD:4923 6822 5168 9601]] | Argos | £74.99 | 09:21""",
    """unidad\tinquilino\tteléfono\tinicio_contrato\talquiler
1A\t[[PERSON:Alejandro Gómez Ruiz]]\t[[PHONE_NUMBER:612 448 903]]\t[[DATE_TIME:01/09/2023]]\t850 €
2B\t[[PERSON:Lucía Navarro]]\t[[PHONE_NUMBER:655 201 774]]\t[[DATE_TIME:15/01/2024]]\t920 €
3C\t[[PERSON:Ibrahim Diallo]]\t[[PHONE_NUMBER:699 318 042]]\t[[DATE_TIME:01/03/2024]]\t780 €""",
    """| incident | reporter | contact | location | status |
|----------|----------|---------|----------|--------|
| INC-2291 | [[PERSON:Tom Whitaker]] | [[EMAIL_ADDRESS:tom.whitaker@outlook.com]] | [[LOCATION:Swindon]] | closed |
| INC-2292 | [[PERSON:Anjali Mehra]] | [[PHONE_NUMBER:07812 440 913]] | [[LOCATION:Slough]] | open |
| INC-2293 | [[PERSON:Gavin O'Rourke]] | [[EMAIL_ADDRESS:gorourke77@hotmail.co.uk]] | [[LOCATION:Reading]] | open |""",
    """staff_no,name,id_no,kra_pin,mpesa,net_pay_kes
[[ID_NUMBER:KE-0331]],[[PERSON:Achieng Odhiambo]],[[ID_NUMBER:27718402]],[[ID_NUMBER:A008812743K]],[[PHONE_NUMBER:0712 448 301]],48200
[[ID_NUMBER:KE-0332]],[[PERSON:Kipchoge Rotich]],[[ID_NUMBER:30419877]],[[ID_NUMBER:A011847290M]],[[PHONE_NUMBER:0723 105 662]],52750
[[ID_NUMBER:KE-0340]],[[PERSON:Fatuma Abdallah]],[[ID_NUMBER:25560193]],[[ID_NUMBER:A006319842Q]],[[PHONE_NUMBER:0798 662 017]],39900""",
    """cust_id,name,pan,aadhaar_last4,city,risk
[[ID_NUMBER:C000918]],[[PERSON:Meenakshi Iyer]],[[ID_NUMBER:AKRPI7310H]],4471,[[LOCATION:Coimbatore]],low
[[ID_NUMBER:C000921]],[[PERSON:Sandeep Gill]],[[ID_NUMBER:BQWPG2284M]],0931,[[LOCATION:Amritsar]],medium
[[ID_NUMBER:C000935]],[[PERSON:Farhan Qureshi]],[[ID_NUMBER:DTXPQ5519C]],7702,[[LOCATION:Lucknow]],low""",
    """Kundennr;Name;Straße;PLZ;Ort;IBAN
[[ID_NUMBER:K-204417]];[[PERSON:Anna Schröder]];[[ADDRESS:Hauptstraße 12]];[[ZIP_CODE:69117]];[[LOCATION:Heidelberg]];[[IBAN_CODE:DE79 6593 3369 8002 5232 60]]
[[ID_NUMBER:K-204418]];[[PERSON:Mehmet Kaya]];[[ADDRESS:Weserstraße 88]];[[ZIP_CODE:12047]];[[LOCATION:Berlin]];[[IBAN_CODE:DE79 1873 3653 5370 4545 96]]
[[ID_NUMBER:K-204431]];[[PERSON:Julia Hartmann]];[[ADDRESS:Am Markt 3]];[[ZIP_CODE:28195]];[[LOCATION:Bremen]];[[IBAN_CODE:AT49 8220 0910 8263 0734]]""",
    """nhs_no | name | dob | postcode | clinic | slot
[[ID_NUMBER:993 563 2725]] | [[PERSON:Arthur Pennywell]] | [[DATE_TIME:03/05/1939]] | [[ZIP_CODE:NR2 4TE]] | diabetes | 09:40
[[ID_NUMBER:951 817 5608]] | [[PERSON:Shabnam Akhtar]] | [[DATE_TIME:17/12/1976]] | [[ZIP_CODE:NR3 1HG]] | eye screening | 10:00
[[ID_NUMBER:480 635 8177]] | [[PERSON:Callum Reid]] | [[DATE_TIME:29/08/2004]] | [[ZIP_CODE:NR5 8QP]] | asthma | 10:20""",
    """order,recipient,address,postal,contact,slot
SG-88120,[[PERSON:Tan Mei Xuan]],[[ADDRESS:Blk 308 Tampines Ave 5 #04-122]],[[ZIP_CODE:520308]],[[PHONE_NUMBER:9731 4408]],AM
SG-88121,[[PERSON:Muhammad Faizal bin Osman]],[[ADDRESS:12 Jalan Kembangan]],[[ZIP_CODE:419120]],[[PHONE_NUMBER:8124 5590]],PM
SG-88127,[[PERSON:Priya Ramasamy]],[[ADDRESS:88 Holland Road #11-03]],[[ZIP_CODE:278533]],[[PHONE_NUMBER:9055 2716]],AM""",
    """[
  {"name": "[[PERSON:Lindiwe Zulu]]", "passport": "[[ID_NUMBER:A05521849]]", "nationality": "[[NRP:South African]]", "dob": "[[DATE_TIME:1986-04-23]]", "seat": "14C"},
  {"name": "[[PERSON:Owen Pritchard]]", "passport": "[[ID_NUMBER:533918204]]", "nationality": "[[NRP:British]]", "dob": "[[DATE_TIME:1979-11-02]]", "seat": "14D"},
  {"name": "[[PERSON:Mariam Haddad]]", "passport": "[[ID_NUMBER:RL0294117]]", "nationality": "[[NRP:Lebanese]]", "dob": "[[DATE_TIME:1992-07-15]]", "seat": "15A"}
]""",
    """client,sin,province,phone,balance_cad
[[PERSON:Étienne Gagnon]],[[ID_NUMBER:724 906 524]],[[LOCATION:QC]],[[PHONE_NUMBER:418-555-0133]],1204.55
[[PERSON:Harpreet Dhillon]],[[ID_NUMBER:486 303 746]],[[LOCATION:BC]],[[PHONE_NUMBER:604-555-0188]],88.10
[[PERSON:Sarah Two Feathers]],[[ID_NUMBER:202 761 615]],[[LOCATION:AB]],[[PHONE_NUMBER:403-555-0121]],0.00""",
    """ts                   ip              user          path              status
[[DATE_TIME:2025-02-11 07:58:02]]  [[IP_ADDRESS:86.42.117.203]]   [[USERNAME:siobhan_k]]     /account/login    200
[[DATE_TIME:2025-02-11 07:58:40]]  [[IP_ADDRESS:86.42.117.203]]   [[USERNAME:siobhan_k]]     /account/settings 200
[[DATE_TIME:2025-02-11 08:03:17]]  [[IP_ADDRESS:37.228.204.9]]    [[USERNAME:ruairi.mc]]     /account/login    401""",
    """plate | owner | make | year | city
[[ID_NUMBER:KA 05 MN 4471]] | [[PERSON:Vikram Shetty]] | Maruti Swift | 2019 | [[LOCATION:Bengaluru]]
[[ID_NUMBER:MH 12 QW 8830]] | [[PERSON:Snehal Joshi]] | Hyundai Creta | 2021 | [[LOCATION:Pune]]
[[ID_NUMBER:DL 3C BT 2290]] | [[PERSON:Gaurav Malhotra]] | Honda City | 2017 | [[LOCATION:New Delhi]]""",
    """donor,email,amount,gift_date,campaign
[[PERSON:Margaret]] & [[PERSON:Don Hewitt]],[[EMAIL_ADDRESS:hewittfamily@shaw.ca]],$250.00,[[DATE_TIME:2024-11-28]],Giving Tuesday
Anonymous,,$50.00,[[DATE_TIME:2024-11-28]],Giving Tuesday
[[PERSON:Dr. Samuel Osei]],[[EMAIL_ADDRESS:sam.osei@rogers.com]],$1,000.00,[[DATE_TIME:2024-12-03]],Winter Appeal""",
    """employee: [[PERSON:Rowena Santos]]
sss: [[ID_NUMBER:33-4419872-5]]
philhealth: [[ID_NUMBER:19-025511873-4]]
tin: [[ID_NUMBER:412-883-106-000]]
city: [[LOCATION:Quezon City]]
cost_center: CC-410
status: regular""",
]

DOC = [
    """[[PERSON:Margaret Holloway]]
[[ADDRESS:Flat 2, 57 Grosvenor Road]]
[[LOCATION:Sheffield]]
[[ZIP_CODE:S7 1RB]]

[[DATE_TIME:18 November 2024]]

Dear [[PERSON:Mr Adeyemi]],

Re: [[ADDRESS:Flat 4, 57 Grosvenor Road]] -- notice of entry

I am writing to let you know that the annual gas safety inspection for your flat has been booked for [[DATE_TIME:Wednesday 27 November]], between 9 am and 1 pm. The engineer, [[PERSON:Dave Hirst]] of Hirst Heating Ltd, will need access to the boiler and the hob, and the visit should take about forty minutes. If that morning is not convenient, please ring me on [[PHONE_NUMBER:07834 225 619]] or email [[EMAIL_ADDRESS:m.holloway.lettings@gmail.com]] and I will rearrange it.

I also note that the October rent (£725) reached my account late, on [[DATE_TIME:9 October]]; I appreciate that you warned me in advance. Your deposit remains protected with the DPS under certificate DPS-4471-2290, and your tenancy, which began on [[DATE_TIME:1 March 2023]], now continues on a periodic basis.

Kind regards,

[[PERSON:Margaret Holloway]]
Landlord""",
    """INCIDENT REPORT -- Riverside Distribution Center, [[LOCATION:Fresno]], [[LOCATION:CA]]
Report no.: IR-2024-0318
Date of incident: [[DATE_TIME:March 18, 2024]], approx. 2:40 p.m.
Injured employee: [[PERSON:Miguel Ángel Contreras]], forklift operator, employee ID [[ID_NUMBER:RDC-40127]], age [[AGE:41]]
Home address: [[ADDRESS:2318 E Clinton Ave]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93703]]
Phone: [[PHONE_NUMBER:(559) 555-0178]]

Description: While reversing out of aisle 14, [[PERSON:Mr. Contreras]]'s forklift struck an upright of pallet rack 14-C. A carton of canned goods fell from the third level and hit his left shoulder. He was wearing a hard hat and hi-vis vest. Witness [[PERSON:Jasmine Holt]] (loader, ext. 2214) called for the first-aider, and shift supervisor [[PERSON:Derek Lindqvist]] drove him to urgent care, where an X-ray showed no fracture. He was given light duties until [[DATE_TIME:March 25]].

Root cause: the rear-view mirror on truck FL-07 was missing; the unit has been tagged out of service. A workers' comp claim (WC-88120) was opened for [[PERSON:Miguel]] on [[DATE_TIME:March 19]].

Prepared by: [[PERSON:Tanya Reyes-Whitman]], EHS Coordinator""",
    """DISCHARGE SUMMARY -- Ward 6 North
Patient: [[PERSON:Beverley Anne Costa]]    DOB: [[DATE_TIME:14/08/1947]] ([[AGE:77]] y)
MRN: [[ID_NUMBER:0048812]]    Medicare: [[ID_NUMBER:3429 16090 1]]
Address: [[ADDRESS:21 Jacaranda Street]], [[LOCATION:Chermside]] [[LOCATION:QLD]] [[ZIP_CODE:4032]]
Admitted: [[DATE_TIME:02/03/2025]]    Discharged: [[DATE_TIME:09/03/2025]]
Consultant: [[PERSON:Dr Rahul Menon]] (Geriatrics)

Presenting problem: fall at home on [[DATE_TIME:1 March]] with left hip pain; unable to weight-bear.
Diagnosis: undisplaced fracture of the left greater trochanter. Managed non-operatively with analgesia and physiotherapy.
Medications on discharge: paracetamol 1 g QID, oxycodone 5 mg PRN (3 days), cholecalciferol 1000 IU daily.

Social: [[PERSON:Mrs Costa]] lives with her husband, [[PERSON:Frank]] ([[AGE:80]]), in a single-storey house with two steps at the entrance. Home care assessment arranged.
Follow-up: fracture clinic on [[DATE_TIME:23/03/2025 at 10:30]]; GP review within one week.
GP: [[PERSON:Dr Fiona Baxter]], fax (07) 3350 1122.
Next of kin: daughter [[PERSON:Linda Costa-Webb]], [[PHONE_NUMBER:0407 118 553]].""",
    """CURRICULUM VITAE

[[PERSON:Aishwarya Narayanan]]
[[ADDRESS:Flat 3B, Sai Krupa Apartments, 12 Gandhi Nagar 2nd Street]], [[LOCATION:Adyar]], [[LOCATION:Chennai]] [[ZIP_CODE:600020]]
Mobile: [[PHONE_NUMBER:+91 94440 17263]] | Email: [[EMAIL_ADDRESS:aishwarya.narayanan@gmail.com]]
LinkedIn: [[URL:https://www.linkedin.com/in/aishwarya-narayanan-ca]] | GitHub: [[URL:github.com/aishnarayanan]]
Date of birth: [[DATE_TIME:21 July 1996]] | Nationality: [[NRP:Indian]]

PROFILE
Chartered accountant with six years of statutory audit and IFRS reporting experience across manufacturing and fintech clients.

EXPERIENCE
Audit Manager, Deloitte Haskins & Sells LLP, [[LOCATION:Chennai]] ([[DATE_TIME:Apr 2021]] -- present)
- Led audits of 11 listed entities; managed teams of up to 8.
Audit Associate, Brahmayya & Co., [[LOCATION:Chennai]] ([[DATE_TIME:Jul 2018]] -- [[DATE_TIME:Mar 2021]])

EDUCATION
CA (ICAI), 2018 -- national rank 37
B.Com, Loyola College, 2014-2017

REFERENCES
[[PERSON:Mr. K. Srinivasan]], Partner -- [[PHONE_NUMBER:+91 98400 55127]]
[[PERSON:Ms. Deepa Raghavan]], Senior Manager -- [[EMAIL_ADDRESS:deepa.raghavan@yahoo.co.in]]""",
    """MEMO
To: All staff, [[LOCATION:Halifax]] office
From: [[PERSON:Caroline Boudreau]], HR Manager
Date: [[DATE_TIME:January 6, 2025]]
Re: New starter, parental leave and T4 slips

Please join me in welcoming [[PERSON:Arjun Sethi]], who starts as our payroll coordinator on [[DATE_TIME:Monday, January 13]]. [[PERSON:Arjun]] (employee no. [[ID_NUMBER:HFX-0392]]) joins us from [[LOCATION:Moncton]], where he spent five years at a credit union. His SIN ([[ID_NUMBER:127 048 239]]) and banking details are already on file, so his first pay will run on schedule.

[[PERSON:Melissa MacDonald]] begins parental leave on [[DATE_TIME:February 1]] and expects to return in early 2026. While she is away, questions for her team should go to [[PERSON:Kwame Osei]] at [[EMAIL_ADDRESS:kosei@harbourlinelogistics.ca]] or ext. 4410.

T4 slips will be mailed to the home address we hold for each of you. [[PERSON:Dan Fougère]], your new address ([[ADDRESS:88 Pleasant St]], [[LOCATION:Dartmouth]], [[LOCATION:NS]] [[ZIP_CODE:B2Y 3P5]]) has been recorded; anyone else who has moved since last spring, please update your profile in the HR portal.

Thank you,
[[PERSON:Caroline]]""",
    """SOUTH AFRICAN POLICE SERVICE -- CASE SUMMARY
Station: [[LOCATION:Mowbray]]    CAS 214/06/2024    Charge: robbery with aggravating circumstances

Complainant: [[PERSON:Ms Ayanda Mthembu]] ([[AGE:34]]), ID [[ID_NUMBER:9003180417086]]
Residential address: [[ADDRESS:14 Durban Road]], [[LOCATION:Mowbray]], [[LOCATION:Cape Town]], [[ZIP_CODE:7700]]
Contact: [[PHONE_NUMBER:083 512 7740]]

On [[DATE_TIME:12 June 2024 at approximately 19:30]] the complainant was walking home from the station along Main Road when two men approached her. One produced a knife and demanded her handbag, which contained her cellphone, R600 in cash and her bank card. The men fled towards the railway line.

On [[DATE_TIME:15 June 2024]] the cellphone was tracked to a house in [[LOCATION:Observatory]], where [[PERSON:Lwazi Dube]] ([[AGE:38]]), ID [[ID_NUMBER:8507226184089]], known on the street as '[[PERSON:Skhumba]]', was arrested. He appeared in the magistrate's court on [[DATE_TIME:17 June 2024]] and was remanded in custody. The second suspect has not been identified.

Investigating officer: [[TITLE:Sgt]] [[PERSON:P. van Wyk]], [[PHONE_NUMBER:021 680 9713]]""",
    """SUPERIOR COURT OF [[LOCATION:ARIZONA]], [[LOCATION:MARICOPA COUNTY]]
State of [[LOCATION:Arizona]] v. [[PERSON:Travis Dean Holcomb]], Case No. CR2024-118273

Defendant: [[PERSON:Travis Dean Holcomb]], DOB [[DATE_TIME:04/19/1991]] (age [[AGE:33]])
Last known address: [[ADDRESS:6120 W Thomas Rd, Lot 44]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85033]]
[[LOCATION:Arizona]] driver license: [[US_DRIVER_LICENSE:D08421937]]

Summary of proceedings: On [[DATE_TIME:July 3, 2024]], the defendant was stopped on Interstate 17 after a caller reported a pickup truck weaving across lanes. Officers found the victim, identified in the record only as [[PERSON:R.M.]] (a minor, age [[AGE:16]]), in the passenger seat with injuries consistent with a struggle. The defendant was charged with kidnapping and aggravated assault. On [[DATE_TIME:November 12, 2024]], he pleaded guilty to aggravated assault under a plea agreement; the kidnapping count was dismissed.

Sentencing is set for [[DATE_TIME:January 17, 2025, at 10:00 a.m.]] before [[TITLE:Judge]] [[PERSON:Alicia Romero-Banks]]. Defense counsel: [[PERSON:Mark Feingold]]. The victim's mother, [[PERSON:Dana Morales]], has asked to give a statement and may be reached through the victim advocate.""",
    """Ref: HOME-IE-558201

[[DATE_TIME:4 March 2025]]

[[PERSON:Ms Niamh Kavanagh]]
[[ADDRESS:27 Seafield Crescent]]
[[LOCATION:Salthill]]
[[LOCATION:Galway]]
[[ZIP_CODE:H91 T2K7]]

Dear [[PERSON:Ms Kavanagh]],

Claim for escape of water -- policy HP-2290441

Thank you for your call of [[DATE_TIME:26 February]] reporting the burst pipe in your kitchen. I have appointed our loss adjuster, [[PERSON:Conor Tierney]], who will visit the property on [[DATE_TIME:11 March at 2 pm]]. Please keep any damaged items and receipts until he has seen them.

Once the claim is agreed, the settlement will be paid by EFT to [[IBAN_CODE:IE82 AIBK 8720 7297 9227 65]], the account you gave us on the phone. If you would prefer a different account, or if the contractor, [[PERSON:Paddy Brennan]], is to be paid directly, please let us know in writing.

Please quote your customer number, [[ID_NUMBER:CN-4418207]], in any correspondence. You can reach me directly at [[EMAIL_ADDRESS:aoibheann.ryan@clearwaterinsurance.ie]].

Yours sincerely,

[[PERSON:Aoibheann Ryan]]
Claims Handler""",
    """[[DATE_TIME:10th January 2025]]

The Admissions Office
School of Public Health

Dear Sir/Madam,

LETTER OF RECOMMENDATION: [[TITLE:MISS]] [[PERSON:CHIOMA ADAEZE NWANKWO]]

I am pleased to recommend [[PERSON:Chioma Nwankwo]] for admission to your MSc in Epidemiology. I have known her since [[DATE_TIME:September 2019]], when she joined our laboratory in [[LOCATION:Enugu]] as an intern, and I supervised her throughout her National Youth Service year (NYSC call-up number [[ID_NUMBER:EN/22B/4471]]).

[[PERSON:Chioma]] is meticulous and curious. She redesigned our malaria slide-tracking log, which cut reporting delays by almost half, and she co-authored a poster on antimicrobial resistance presented in [[LOCATION:Abuja]]. She works well with patients and colleagues alike, and is respected by the junior staff she trains.

Should you need further information, I can be reached on [[PHONE_NUMBER:0803 776 2145]] or at [[EMAIL_ADDRESS:eokonkwo.mlsci@gmail.com]].

Yours faithfully,

[[PERSON:Dr. Emmanuel Okonkwo]]
Chief Medical Laboratory Scientist
[[ADDRESS:12 Ogui Road]], [[LOCATION:Enugu]]""",
    """Kia ora [[PERSON:Mere]] and [[PERSON:Hamish]],

Just a quick note ahead of [[PERSON:Tāne]]'s parent-teacher interview on [[DATE_TIME:Thursday 15 May at 3.40pm]]. He has had a great term -- his writing has come on heaps and he was a real leader on the Year 7 camp.

Two admin things while I have you. First, the office still has his old address for the bus pass; the form you sent lists [[ADDRESS:42 Kōwhai Road]], [[LOCATION:Kelburn]], [[LOCATION:Wellington]] [[ZIP_CODE:6012]], so I've passed that on. Second, because he has turned [[AGE:11]] he now needs to sign his own device agreement. His login is [[USERNAME:tane.k2014]] and his NSN is [[ID_NUMBER:0138824719]] if the form asks for it.

If the [[DATE_TIME:15th]] doesn't suit, text me on [[PHONE_NUMBER:027 554 1902]] and we'll find another time.

Ngā mihi,
[[PERSON:Ruth Pōmare]]
Room 9""",
    """Case note -- Fraud Operations

Customer [[PERSON:Mr Goh Kian Seng]] ([[AGE:68]]), NRIC [[ID_NUMBER:S3647176Z]], called from his registered mobile [[PHONE_NUMBER:9123 4478]] to report that he had received an SMS claiming his account was locked. He clicked the link and entered his card number, [[CREDIT_CARD:4686 1878 1199 5834]], and the OTP on a page that looked like our login.

Between 21:04 and 21:11 three online purchases (S$1,280, S$960 and S$2,450) were authorised from [[IP_ADDRESS:45.133.172.90]]. The card has been blocked and a replacement ordered to his mailing address, [[ADDRESS:Blk 221 Bishan Street 23, #07-115]], [[LOCATION:Singapore]] [[ZIP_CODE:570221]].

The customer's daughter, [[PERSON:Goh Hui Min]] ([[PHONE_NUMBER:8765 2210]]), was on the line and asked to be added as a trusted contact; she will bring a signed authorisation to the branch. [[PERSON:Mr Goh]] was born on [[DATE_TIME:3 September 1956]]; identity verified by date of birth and the last transaction amount.

Next steps: chargeback forms sent to his email, [[EMAIL_ADDRESS:goh.kianseng@singnet.com.sg]]; police report to be lodged by the customer.""",
    """DEPARTMENT OF IMMIGRATION SERVICES -- INTERVIEW RECORD

Applicant: [[PERSON:Abdirahman Farah Hussein]], [[AGE:29]], [[NRP:Somali]] national
Date of interview: [[DATE_TIME:6 November 2024]], [[LOCATION:Nairobi]]
Passport: [[ID_NUMBER:P01847263]]    Alien ID: [[ID_NUMBER:1082441]]
Residence: [[ADDRESS:House 12, 6th Street]], [[LOCATION:Eastleigh]], [[LOCATION:Nairobi]]
Phone: [[PHONE_NUMBER:+254 722 904 118]]

The applicant states that he arrived in [[LOCATION:Kenya]] on [[DATE_TIME:14 March 2021]] and has since worked as a shop assistant in his uncle's electronics business on First Avenue. He is applying for a dependant's pass sponsored by the uncle, [[PERSON:Mohamed Ali Warsame]], a [[NRP:Kenyan]] citizen, ID [[ID_NUMBER:22748013]], KRA PIN [[ID_NUMBER:A004718293X]].

The applicant's wife, [[PERSON:Hodan Yusuf]], and their son, [[PERSON:Bilal]] ([[AGE:3]]), live with him. He presented a tenancy agreement and M-Pesa statements for [[PHONE_NUMBER:0722 904 118]] as proof of residence.

Officer's remarks: documents appear genuine; refer to the sponsor interview on [[DATE_TIME:20 November 2024]].""",
    """[09:14] Agent [[PERSON:Kristine]]: Good morning! Thank you for contacting support. How can I help you today?
[09:14] Customer: hi this is [[PERSON:Mark Anthony Reyes]], my number [[PHONE_NUMBER:0917 552 8841]] has had no signal since yesterday
[09:15] Agent [[PERSON:Kristine]]: Sorry to hear that, [[PERSON:Mark]]! For verification, may I have your birthdate and your registered address?
[09:16] Customer: [[DATE_TIME:March 22, 1990]], [[ADDRESS:Block 5 Lot 12, Mabini St]], [[LOCATION:Brgy. Maybunga]], [[LOCATION:Pasig City]]
[09:17] Agent [[PERSON:Kristine]]: Thank you. I also see an alternate email, [[EMAIL_ADDRESS:markanthony.reyes22@yahoo.com]] -- is that still active?
[09:17] Customer: yes. my SIM registration used my UMID [[ID_NUMBER:0111-2847193-6]] if you need it
[09:18] Agent [[PERSON:Kristine]]: Not needed, thanks. There is a tower outage in your area. I've raised ticket 7741-0932 and a technician will check the line on [[DATE_TIME:Saturday, Oct 19]] between 1 and 5 pm.
[09:19] Customer: ok. can you credit my load? i lost 2 days
[09:19] Agent [[PERSON:Kristine]]: I've added a 2-day rebate to your account. Is there anything else?
[09:20] Customer: none, salamat""",
    """[[PERSON:Sabine Krüger]]
[[ADDRESS:Lindenstraße 14]]
[[ZIP_CODE:50674]] [[LOCATION:Köln]]

An: RheinEnergie, Kundenservice

[[LOCATION:Köln]], den [[DATE_TIME:3. März 2025]]

Kündigung meines Stromliefervertrags, Kundennummer [[ID_NUMBER:4401872913]], Zählernummer 1ESY1160542817

Sehr geehrte Damen und Herren,

hiermit kündige ich meinen Stromliefervertrag fristgerecht zum [[DATE_TIME:30. April 2025]], da ich zu meinem Partner [[PERSON:Thomas Weber]] nach [[LOCATION:Bonn]] ziehe. Meine neue Anschrift ab dem [[DATE_TIME:1. Mai]] lautet: [[ADDRESS:Poppelsdorfer Allee 72]], [[ZIP_CODE:53115]] [[LOCATION:Bonn]].

Bitte senden Sie mir die Schlussrechnung an die neue Adresse und überweisen Sie ein eventuelles Guthaben auf mein Konto [[IBAN_CODE:DE28 1692 5703 5225 3186 17]]. Den Zählerstand werde ich am Auszugstag fotografieren und Ihnen zusenden.

Für Rückfragen erreichen Sie mich unter [[PHONE_NUMBER:0176 48219037]] oder per E-Mail an [[EMAIL_ADDRESS:sabine.krueger@web.de]].

Mit freundlichen Grüßen

[[PERSON:Sabine Krüger]]""",
    """Rental application summary -- [[ADDRESS:Unit 3B, 415 Maple Ridge Dr]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43215]]

Primary applicant [[PERSON:Brianna Nicole Kessler]], [[AGE:28]], currently rents at [[ADDRESS:1180 Summit St, Apt 2]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43201]]. She provided SSN [[US_SSN:287-44-1906]] and [[LOCATION:Ohio]] driver's license [[US_DRIVER_LICENSE:TR482917]]. She has worked as a pediatric nurse since [[DATE_TIME:June 2020]]; pay stubs show about $6,100 a month.

Co-applicant: her fiancé, [[PERSON:Marcus Oyelowo]], [[AGE:30]], SSN [[US_SSN:394-20-7718]], a self-employed electrician; two years of tax returns attached.

Previous landlord [[PERSON:Gary Stumpf]] ([[PHONE_NUMBER:614-555-0107]]) confirms on-time rent for three years and no damage beyond normal wear. One cat (Pickles, spayed).

Requested move-in: [[DATE_TIME:August 1]]. The $55 application fee was paid on card [[CREDIT_CARD:4329 2921 6441 3204]]. Contact: [[EMAIL_ADDRESS:bri.kessler@gmail.com]], [[PHONE_NUMBER:(614) 555-0163]].

Recommendation: approve, subject to a deposit of one month's rent.""",
]

LOOKALIKE = [
    """Release 4.12.0 (build 4.12.0.1187) -- changes since 4.11.3

- Fixed a crash when importing archives larger than 2.5 GB (issue #10482).
- The default port moved from 8080 to 8443; the legacy endpoint /api/v1.2.3/status is deprecated and will be removed in 5.0.
- Bumped the bundled libxml2 to 2.12.7 and OpenSSL to 3.0.13; the agent now requires runtime 2.4.10.1 or later.
- Checksums (SHA-256): 9f2c4e1b07a3d5c8e61f4a2b93d07c55e1a8b6f4c2d9e0a7b3c5d8e1f2a4b6c9
- Known issue: on hosts with more than 64 cores the scheduler may log a spurious warning at 00:00 UTC; see KB-2291.""",
    """PO 44817-B: 24 cases of Ben & Jerry's Cherry Garcia (UPC 076840100354), 12 cases of Dr Pepper Zero (UPC 078000082401) and 6 pallets of Johnson's Baby Shampoo 500 ml (SKU JBS-500-06). Delivery window 06:00-08:30 at Dock 4, door 12. Total $8,412.60 incl. tax; invoice INV-2025-00318 dated 03/14/2025, terms net 30. Driver to call the receiving desk on arrival; reference seal no. 4417729.""",
    """Directions: take the Martin Luther King Jr. Blvd exit, then turn left at the Wendy's on Lincoln Ave and follow signs for Lot C. The meeting is in Room 1204 of the Marshall Building at 14:30 -- use the east lifts, as floors 11-13 are closed for works. Guest Wi-Fi: GUEST-5G. Ask for [[PERSON:Priya]] at the front desk (extension 2210) and she will print your badge.""",
    """Facture n° F-2025-00418 -- date d'émission : 12/02/2025
Commande CMD-771203, expédiée par Colissimo, suivi 6A21984471229.
3 × ampoule Philips Hue E27 (réf. PH-9290012) -- 59,97 €
1 × aspirateur Dyson V15 (réf. DY-447-1) -- 699,00 €
1 × cafetière Bialetti Moka 6 tasses (réf. BI-0006) -- 34,90 €
Total TTC : 793,87 € -- TVA 20 % incluse.
Service client : 09 69 32 44 71 (lun.-ven. 9 h-17 h 30).""",
    """Earl Grey shortbread (makes 24): 225 g butter, 110 g caster sugar, 2 tsp Earl Grey leaves, 300 g plain flour, a pinch of salt. Chill for 30 minutes, bake at 160 °C (fan 140) for 18-20 minutes, turning the tray at 10. Lovely alongside Eggs Benedict for brunch, or after a Caesar salad and a Beef Wellington if you are feeding a crowd. Keeps 5 days in a tin.""",
    """Route 42 to Victoria Station leaves Stop 11427 (Queen Street) at 07:15, 07:45 and 08:20 on weekdays; from 2 June the 08:20 journey becomes the X42 express and will not call at Albert Road or Kingsway. Fares: £1.75 single, £4.50 day ticket, £16.00 weekly. For lost property call 0343 222 1234 and quote the route, the time and the fleet number shown inside the bus (for example 36210).""",
    """Pick list PL-20250314-07 (picker: [[PERSON:Dariusz Wójcik]])
Bin A-12-04  SKU 4417-220-BLK  qty 6
Bin C-03-11  SKU 8812-015-RED  qty 2  lot 24-1187  best before 11/2026
Bin F-01-02  SKU 2290-441-WHT  qty 12
Tote 0047 -- start 06:12, finish 06:49 -- weight 18.4 kg -- packing station 3""",
    """Maintenance window: Saturday 02:00-04:00 UTC. The core switches go from firmware 9.3.10 to 10.2.5.4, and the Catalyst 9300 in rack B-07 (serial FOC2331X0Q7, asset tag 004471) will be swapped. VLAN 120 gets renumbered and its DHCP scope grows from /24 to /23. Change ticket CHG0041872, approved by CAB on the Thursday call; rollback plan in section 4.2.1.""",
    """Compare: Miele W1 vs Bosch Serie 6 vs Siemens iQ500. The Miele (model WWD 120, serial 188/40012217) costs $1,449 and the Bosch WAU28PH9GB is $899 after the $100 Black Friday rebate. Warranty registration code: 7741-2290-1187. Orders placed before 3 pm ship the same day from our Ford Road warehouse; call 1-800-555-0142 for delivery slots.""",
    """Day 2 -- Hall B: 09:00 keynote; 10:30 workshop in Room 214 (capacity 40); 12:15 lunch in the Wellington Suite; 14:00 panel 'Scaling Kafka to 3.2M msgs/s'; 16:45 closing remarks. Wi-Fi: CONF2025, password Tesla#2025. Badge pickup closes at 17:45. Questions to the organiser, [[PERSON:Hannah Leclerc]], at [[EMAIL_ADDRESS:hannah.leclerc@gmail.com]].""",
]


STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "doc": DOC,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind25", STYLES, OUT)


if __name__ == "__main__":
    main()

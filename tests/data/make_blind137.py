"""Build tests/data/blind137.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind137.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its closing scaffolding
from `STYLES = {` to the end (copied here), the whole of gold_sets.py, and
lines 1-64 of make_handwritten.py (conventions, the MARK and TITLE_IN_NAME
regexes, `parse()`). Not read: minimize/, recognizers/, any other test, the
bench scripts, the README, any *.jsonl set (this set's own output
included), the records of make_blind22.py or of any other make_*.py, and
no git history, log or status (git was not run at all). The detector, the
bench and the tests were never run on this file. Do not tune the detector
against it: once it has been used to tune, it no longer measures anything;
write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py.
Card numbers pass Luhn and IBANs pass mod-97 with the right length for
their country (AE, SA, QA, KW, BH, GB, DE, NL, IE, CH, AT); the check
digits were worked out with hand-run throwaway code while writing, not
generated here, and `gold_sets.check` re-checks cards and IBANs. National
ids with a public check digit got a valid one the same way: NHS number,
SIN, Aadhaar (Verhoeff), Singapore NRIC/FIN, Australian TFN and Medicare,
South African ID (agreeing with the sex and birth date shown), Irish PPSN,
Ontario health card, Hong Kong HKID, New Zealand IRD and NHI, Spanish DNI,
Greek AFM, Saudi iqama (Luhn); the ISBN-13 look-alike too. Philippine ids
(SSS, TIN, PhilHealth, Pag-IBIG, UMID CRN, PhilSys PSN, RSBSA, LRN, PRC,
passports, driver's licences, plates), US SSNs, UK NI numbers, Kenyan ids
and KRA PINs, PAN, passports, licences, plates, bank account, member,
patient, staff and student numbers were not checked.

Styles (ids `blind137-<style>-NNN`; 240 records):
- `bench` (100): in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd mixed sentences dense with names, job titles, streets with building
  numbers, secondary addresses, IPv4/IPv6, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), gretel-pii-masking-en-v1 (contracts, claims,
  medical, loan and enrolment forms, notices, affidavits, minutes) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML / .env / k8s config,
  Python / JS / Java / PHP snippets, tickets and forms).
- `gen` (90): one to four LLM-style sentences with personal data in prose;
  names at the start, middle and end, lowercase and possessive; ages,
  dates, addresses, phones and ids in many shapes.
- `table` (35): one small table per record (CSV, semicolon CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks),
  varied and abbreviated column names, non-PII columns; header rows
  unlabeled.
- `chat` (8): support chats, a family messaging thread, WhatsApp and
  Slack-style team chat, an agency staff chat.
- `lookalike` (7): order / tracking / invoice / job-order references,
  SKUs, ISBN, IP-shaped versions, hashes, UUIDs, serials, company phones,
  role mailboxes, eponyms and streets named after people with no number;
  the few real PII values labeled; one record has no PII at all.
Extra weight (about a third of `gen` and `bench`): overseas worker
deployment (OFW contracts, DMW / OEC / PDOS, remittances, seafarers,
complaints and repatriation), typhoon relief (evacuees, DAFAC cards, food
packs, damage assessments, cash-for-work, SMS blasts) and rice
cooperatives (members, palay deliveries, crop loans, RSBSA, leases,
minutes). The rest spread over banking, health, pharmacy, insurance,
legal, schools, HR and payroll, retail, travel, telecoms, housing,
government, gaming, social media, security logs, gyms and vets.
Languages: about nine records in ten in English (the Philippines, US, UK,
Ireland, Canada, Australia, New Zealand, India, Singapore, Hong Kong,
South Africa, Nigeria, Kenya, the Gulf and Europe, names from the many
cultures living there); the rest (29 records, spread over all styles) in
Cebuano, Ilocano, and the English and Tagalog-mixed English of the
Visayas, Mindanao and northern Luzon.

Labeling conventions, as in make_blind22.py (and the sets before it), in
short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart; job titles are not TITLE and family
  words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any shape,
  a clock time or weekday said with the date inside the span; not bare
  years, weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as named.
- Not labeled: passwords, API keys, OTPs, genders, job titles, employers,
  user agents, MACs, BIC / sort / routing codes, CVVs and expiries, order /
  ticket / claim / policy / booking / tracking references, company phones
  and role mailboxes, versions, hashes, serials, partial numbers ("ending
  0093"), pets, eponyms and brands, header rows.

Calls made while writing this set:
- Philippine addresses: a purok or zone ("Purok 6", "Purok Rosas", "Zone
  3") and a block / lot / phase are ADDRESS; a sitio, a barangay ("Brgy.
  San Jose", "Barangay Tisa"), a subdivision or village name, a
  municipality, city and province are LOCATION; the word "Barangay" /
  "Brgy." / "Sitio" written before the name is inside the span.
- Kinship and respect words (Lola, Lolo, Nong, Manong, Ate, Tita, Lakay,
  Ma'am, Mama, Mum) stay outside PERSON; Atty., Engr., Barr., Fr., Sr.
  (sister), Gng., Alhaji, police ranks (SPO2) and a PNR "MS" are TITLE;
  Mayor, Kagawad, chairman and other positions are job titles. "Jr." is
  part of the name. A surname in "the Ballesteros family" is PERSON.
- OFW documents: passports, SIRB, iqama, HKID, OWWA / DMW e-Registration
  ids, SSS, Pag-IBIG, PhilHealth, UMID, PhilSys, PRC licences and plates are
  ID_NUMBER; OEC numbers, job orders, accreditation and agency licence
  numbers, remittance control numbers are references, unlabeled.
- Relief and cooperatives: DAFAC serial numbers, 4Ps household ids,
  RSBSA ids, coop member numbers and share capital or savings account
  numbers are ID_NUMBER; land title (TCT) numbers, lot and batch codes,
  purchase orders and receipts are unlabeled. Typhoon names (Odette,
  Kristine) are not PERSON; the date a typhoon hit a town is not labeled,
  but a person's registration, receipt of aid, date of loss, delivery or
  deployment date is DATE_TIME.
- Names of organisations containing a place (a cooperative, a school) are
  left whole and unlabeled; airports named as places (Mactan, NAIA) are
  LOCATION.
- Logs and records: the timestamp at the head of a log line or an event
  record ("ts", "created", chat message times) is unlabeled; fields that
  state a person's own date (dob, hire_date, last_login, received,
  appointment) are DATE_TIME; server IPs in config are IP_ADDRESS; Slack
  handles are USERNAME. Roll / serial numbers in a table are unlabeled.
- In a table a "sex", "role", "relation", "status" or "dept" column stays
  unlabeled, an "age" column is AGE, a "state" or "jobsite" country is
  LOCATION and a "nationality" column is NRP; a building number given with
  its street is one ADDRESS span.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind137.jsonl")

GEN = [
    """[[PERSON:Marites Dalisay]] is flying out of [[LOCATION:Mactan]] on [[DATE_TIME:Thursday, 9 October 2025]] to start her contract as a caregiver in [[LOCATION:Taichung]]; the agency reminded her to bring her passport [[ID_NUMBER:P4827361B]], her OWWA card and two copies of her medical certificate.""",
    """After Typhoon Kristine flooded their house in [[LOCATION:Barangay Sabang]], [[LOCATION:Naga City]], the [[PERSON:Ballesteros]] family were registered at the evacuation center under DAFAC number [[ID_NUMBER:0528-1174]]. The head of the family, [[PERSON:Romeo Ballesteros]], [[AGE:61]], can be reached on [[PHONE_NUMBER:0919 552 4087]].""",
    """Can you update the delivery address for [[PERSON:aoife mcgrath]]? It should now go to [[ADDRESS:Flat 2, 17 Harolds Cross Road]], [[LOCATION:Dublin 6W]], [[ZIP_CODE:D6W Y218]], and her mobile is [[PHONE_NUMBER:087 341 2290]].""",
    """The rice cooperative in [[LOCATION:Muñoz]], [[LOCATION:Nueva Ecija]] approved a production loan of ₱45,000 for member [[PERSON:Crisanto Bautista]] (member no. [[ID_NUMBER:SMPC-2019-0442]]) on [[DATE_TIME:March 3, 2025]], payable after the dry-season harvest.""",
    """My son [[PERSON:Thabo]] turns [[AGE:7]] on [[DATE_TIME:the 22nd of July]] and I'd like to book the party room for that Saturday. Please call me, [[PERSON:Nomvula Dlamini]], on [[PHONE_NUMBER:082 614 3390]].""",
    """The pharmacy in [[LOCATION:Brampton]] filled [[PERSON:Harjit Sandhu]]'s metformin prescription on [[DATE_TIME:2025-01-14]]; his health card number, [[ID_NUMBER:5584-203-912-KT]], was already on file.""",
    """Maayong hapon. Ako si [[PERSON:Junrey Abellana]], [[AGE:34]] anyos, taga [[ADDRESS:Purok 6]], [[LOCATION:Barangay Tisa]], [[LOCATION:Cebu City]]. Naguba ang among atop tungod sa bagyong Odette, palihug ko i-apil sa listahan sa relief. Ang akong numero: [[PHONE_NUMBER:0927 418 3365]].""",
    """[[PERSON:Jennifer Okafor-Hale]] called on [[DATE_TIME:June 2 at 3:40 pm]] to report that her Visa [[CREDIT_CARD:4539 1488 0343 6772]] had been used at a gas station in [[LOCATION:Tulsa]] she has never been to. We blocked it and mailed a replacement to [[ADDRESS:2210 W Britton Rd, Apt 14B]], [[LOCATION:Oklahoma City]], [[LOCATION:OK]] [[ZIP_CODE:73120]].""",
    """Please note that [[PERSON:Liam Te Huia]] ([[AGE:9]]) will be picked up by his aunty, [[PERSON:Mereana Walker]], on [[DATE_TIME:Friday 14 March]]. Her number is [[PHONE_NUMBER:021 448 902]] if anything comes up.""",
    """Hello po, si [[PERSON:Jessa Mae Lumapas]] po ito, taga [[LOCATION:Dipolog]]. Na-deploy po ako sa [[LOCATION:Riyadh]] last [[DATE_TIME:August 18, 2024]] pero hanggang ngayon wala pa rin po yung first salary ko. Employer ko po si [[PERSON:Mr. Faisal Al-Harbi]], contact number ko dito [[PHONE_NUMBER:+966 55 318 7420]].""",
    """[[PERSON:Mrs. Beverley Ashworth]], DOB [[DATE_TIME:03/11/1948]], NHS number [[ID_NUMBER:401 283 7656]], has been referred to the falls clinic at [[LOCATION:Wythenshawe]]. Her daughter [[PERSON:Claire]] will bring her in.""",
    """[[PERSON:Ramesh Kumar Yadav]], aged [[AGE:46]], from [[LOCATION:Gorakhpur]], linked his Aadhaar [[ID_NUMBER:4739 1820 5611]] to his bank account on [[DATE_TIME:12-04-2024]] so that the next PM-KISAN instalment could reach him.""",
    """During the general assembly the treasurer read out the members with unpaid fertilizer loans, among them [[PERSON:Eduardo Pascua]] of [[LOCATION:Sitio Bantog]] and [[PERSON:Nenita Galang]], whose share capital account [[ID_NUMBER:SC-00871]] was frozen on [[DATE_TIME:15 January 2025]].""",
    """The player [[USERNAME:xXkuyaBoyXx]] (real name [[PERSON:Bryan Dela Paz]], registered with [[EMAIL_ADDRESS:bryandelapaz.99@gmail.com]]) was banned on [[DATE_TIME:2024-11-30 21:14]] after three chargebacks.""",
    """[[PERSON:Wanjiru Kamau]] sent KSh 3,500 by M-Pesa from [[PHONE_NUMBER:0722 581 904]] to her brother [[PERSON:Otieno]] in [[LOCATION:Kisumu]] on [[DATE_TIME:5th May]]. Her ID number is [[ID_NUMBER:28471903]].""",
    """The tenants at [[ADDRESS:48 Kembla Street]], [[LOCATION:Wollongong]] [[LOCATION:NSW]] [[ZIP_CODE:2500]], [[PERSON:Duc Nguyen]] and [[PERSON:Mai Tran]], moved in on [[DATE_TIME:1 February 2025]] and their bond was lodged the same week.""",
    """Good evening ma'am, I'm [[PERSON:Rhea Jumawan]] from [[LOCATION:Barangay Lumbia]], [[LOCATION:Cagayan de Oro]]. Our house in [[ADDRESS:Purok 2]] was washed out by the flood and my mother, [[PERSON:Felicidad Jumawan]], [[AGE:78]], has no maintenance meds na. Pwede ba mag-request of food packs? My number is [[PHONE_NUMBER:0956 210 7784]].""",
    """[[PERSON:Lukas Brenner]] asked us to refund the deposit to [[IBAN_CODE:DE93 3704 0044 0532 0844 17]] rather than to the card he paid with, since he moved to [[LOCATION:Leipzig]] on [[DATE_TIME:1 March]].""",
    """Welcome aboard, [[PERSON:Aaliyah Brooks]]! Your start date is [[DATE_TIME:Monday, April 7, 2025]], your employee ID is [[ID_NUMBER:E-204781]], and badge photos are taken at 9:00 in Building C.""",
    """Naimbag a bigatmo, apo. Siak ni [[PERSON:Rodel Agbayani]], taga-[[LOCATION:Batac]], [[LOCATION:Ilocos Norte]]. Ti asawak a ni [[PERSON:Marivic]] ket agtrabaho idiay [[LOCATION:Hong Kong]] ket nagawid idi [[DATE_TIME:Disiembre 20]]. Ti numerok ket [[PHONE_NUMBER:0918 763 2041]].""",
    """The hearing in [[PERSON:Okonkwo]] v. Lagos State Transport Authority is adjourned to [[DATE_TIME:21 October 2025]]; counsel for the claimant, [[TITLE:Barr.]] [[PERSON:Funmilayo Adeyemi-Cole]], can be reached at [[EMAIL_ADDRESS:f.adeyemicole@lexchambers.ng]].""",
    """Bella the beagle is due for her booster. Her owner, [[PERSON:Mrs. Siobhan Doyle]] of [[ADDRESS:12 Castle Avenue]], [[LOCATION:Clontarf]], booked her in for [[DATE_TIME:Tuesday the 3rd at 10:15]].""",
    """Seafarer [[PERSON:Arnel C. Villanueva]], [[AGE:39]], of [[LOCATION:Iloilo City]], signed on the bulk carrier MV Ocean Harmony in [[LOCATION:Rotterdam]] on [[DATE_TIME:14 Feb 2025]]. His SIRB number is [[ID_NUMBER:C0418273]] and his allotment goes to his wife [[PERSON:Grace]] every 15th of the month.""",
    """[[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S8734125I]]) collected the keys to her new flat at [[ADDRESS:Blk 318C Punggol Walk, #12-447]], [[LOCATION:Singapore]] [[ZIP_CODE:823318]] on [[DATE_TIME:2 Dec 2024]].""",
    """The SIM swap request for [[PHONE_NUMBER:(512) 660-2934]] was made by someone claiming to be [[PERSON:Marcus Delgado]], who gave SSN [[US_SSN:521-48-7730]] and date of birth [[DATE_TIME:07/19/1986]].""",
    """Relief goods for [[LOCATION:Barangay Bagacay]] were signed for by the barangay secretary, [[PERSON:Josephine Lagrimas]], on [[DATE_TIME:November 3]], two days after the typhoon went through [[LOCATION:Guinobatan]].""",
    """hi its [[PERSON:kayla]] again, i sent the boots back on [[DATE_TIME:the 4th]] (order #A-77120) and still no refund?? my email is [[EMAIL_ADDRESS:kayla.m.rossi@outlook.com]]""",
    """Si Nong [[PERSON:Berto Cañete]], [[AGE:67]] anyos, miyembro sa kooperatiba sukad pa niadtong [[DATE_TIME:Hunyo 1998]], nagbaligya og 40 ka sako nga humay sa bodega sa [[LOCATION:Ubay]], [[LOCATION:Bohol]] niadtong [[DATE_TIME:Abril 12]].""",
    """[[PERSON:Chiamaka Eze]] (student no. [[ID_NUMBER:2318845]]) has been granted an extension on her dissertation until [[DATE_TIME:30 August 2025]]. Any questions should go to her supervisor, [[PERSON:Dr. Ian Pritchard]], at [[EMAIL_ADDRESS:i.pritchard@leeds.ac.uk]].""",
    """Booking confirmed for [[PERSON:Mr. Anand Krishnamurthy]] and [[PERSON:Mrs. Lakshmi Krishnamurthy]]: check-in [[DATE_TIME:18 Dec 2025]], check-out [[DATE_TIME:22 Dec 2025]], passports [[ID_NUMBER:Z4829163]] and [[ID_NUMBER:Z4829170]].""",
    """can't believe [[PERSON:jordan]]'s ex posted his address ([[ADDRESS:77 Orchard Lane]], [[LOCATION:Bexley]]) on her story. reported it, her handle is [[USERNAME:tay.loves.pilates]]""",
    """The Department of Migrant Workers has cleared [[PERSON:Lovely Joy Ramirez]], [[AGE:27]], of [[LOCATION:Tabaco City]], [[LOCATION:Albay]], for deployment to [[LOCATION:Kuwait]] as a household service worker. Her flight leaves [[LOCATION:NAIA]] on [[DATE_TIME:28 May 2025 at 23:55]].""",
    """Claim handler's note: spoke with [[PERSON:Gareth Pryce-Jones]] on [[PHONE_NUMBER:07700 914 332]] about the water damage at [[ADDRESS:3 Heol y Nant]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4LN]]. Loss adjuster to visit next week.""",
    """The rural health unit of [[LOCATION:Marawi City]] vaccinated [[PERSON:Aisha Mangondato]], [[AGE:2]], on [[DATE_TIME:9 September 2024]]; her mother, [[PERSON:Sittie Norhaya Mangondato]], had asked that a female nurse attend to them.""",
    """[[PERSON:Tomás Ferreira]]'s membership at the Parramatta gym was frozen from [[DATE_TIME:3 March]] to [[DATE_TIME:3 May]] for his knee surgery. His member number is [[ID_NUMBER:PF-118204]].""",
    """[[PERSON:Olivia Chen]], TFN [[ID_NUMBER:318 504 767]], lodged her return on [[DATE_TIME:28 October 2024]] from [[ADDRESS:Unit 5, 22 Rosalind Street]], [[LOCATION:Cammeray]] [[LOCATION:NSW]] [[ZIP_CODE:2062]].""",
    """Dagiti agnaed iti [[LOCATION:Barangay Nalasin]], [[LOCATION:Aparri]], nadadael ti balayda gapu iti bagyo. Ni [[PERSON:Lolita Pagulayan]], [[AGE:55]], ket nagpalista idi [[DATE_TIME:Oktubre 22]] tapno makaala iti tulong. Ti numero ti teleponona ket [[PHONE_NUMBER:0936 027 5513]].""",
    """Officers attended a disturbance at [[ADDRESS:14 Marlborough Road]], [[LOCATION:Luton]] at 02:15. The occupant, [[PERSON:Imran Hussain]] ([[AGE:31]]), gave his date of birth as [[DATE_TIME:9th September 1993]].""",
    """The transfer of €2,300 from [[PERSON:Sanne de Vries]] ([[IBAN_CODE:NL19RABO0318274561]]) to her landlord, [[PERSON:Pieter Hoogland]], came back on [[DATE_TIME:17-02-2025]] because the beneficiary name did not match.""",
    """Sir, paki-check naman po kung na-release na yung ₱30,000 na crop loan ni [[PERSON:Mario Dizon]]. Member po siya since [[DATE_TIME:2016-06-05]], RSBSA number [[ID_NUMBER:03-49-17-012-00045]], taga [[LOCATION:Talavera]] po.""",
    """Reminder: [[PERSON:Grace Liu]] has a cleaning with [[PERSON:Dr. Amrit Gill]] on [[DATE_TIME:Wed, Nov 12 at 4:30 PM]] at our [[LOCATION:Richmond]] clinic. Reply C to confirm or call (604) 273-1180 to reschedule.""",
    """[[PERSON:Ma. Cristina Soriano]] sends 1,200 dirhams from [[LOCATION:Abu Dhabi]] to her mother in [[LOCATION:Cabanatuan]] every payday, from her account [[IBAN_CODE:AE96 0260 0010 1553 9871 201]] to a GCash wallet registered under [[PHONE_NUMBER:0917 843 2206]].""",
    """The silver Hilux with plate [[ID_NUMBER:NBC 4821]] belongs to [[TITLE:Engr.]] [[PERSON:Ramon Tejada]] of [[LOCATION:Davao City]]; it was towed from Roxas Avenue on [[DATE_TIME:June 10]].""",
    """Ang akong manghod nga si [[PERSON:Kimberly Ytang]] mobiya na padulong [[LOCATION:Doha]] sa [[DATE_TIME:Sabado, Hulyo 5]]. Nurse siya didto sa usa ka ospital. Kung naa moy pangutana, tawag lang sa [[PHONE_NUMBER:0995 318 0472]].""",
    """Patient [[PERSON:Dwayne Harris]], MRN [[ID_NUMBER:00482917]], [[AGE:58]]-year-old male, admitted [[DATE_TIME:3/14/2025]] with chest pain. Emergency contact is his wife, [[PERSON:LaToya Harris]], at [[PHONE_NUMBER:(901) 834-2276]].""",
    """Volunteer [[PERSON:Ken Abarquez]] ([[EMAIL_ADDRESS:ken.abarquez@yahoo.com]]) ran the repacking at the provincial gym in [[LOCATION:Tagbilaran]] and drove the last packs himself to Lola [[PERSON:Pacita Manlangit]] in [[LOCATION:Loboc]].""",
    """[[PERSON:Geneviève Tremblay]] applied to renew her passport at the [[LOCATION:Laval]] office on [[DATE_TIME:January 8]]; her SIN, [[ID_NUMBER:728 154 303]], was not needed but the clerk wrote it on the form anyway.""",
    """Property transfer: [[PERSON:Pieter van der Merwe]] (ID [[ID_NUMBER:7809055735085]]) sold [[ADDRESS:26 Jacaranda Crescent]], [[LOCATION:Waterkloof]], [[LOCATION:Pretoria]] to [[PERSON:Lerato Mokoena]] (ID [[ID_NUMBER:9107220182087]]); the transfer was registered on [[DATE_TIME:11 April 2025]].""",
    """Manong [[PERSON:Pablo Ramones]], president of the farmers' cooperative in [[LOCATION:San Nicolas]], [[LOCATION:Ilocos Norte]], sold 60 sacks of his own palay to the NFA buying station on [[DATE_TIME:March 8]] because private traders were offering only ₱16 a kilo.""",
    """User [[PERSON:Hiroshi Tanaka]] reports he can't sign in since the update. Last successful login [[DATE_TIME:2025-05-02 08:41 UTC]] from [[IP_ADDRESS:203.177.48.22]], username [[USERNAME:htanaka]].""",
    """[[PERSON:Randy Pacheco]]'s employer in [[LOCATION:Taipei]] kept his passport, [[ID_NUMBER:P7720418C]]. His sister [[PERSON:Joanne]] filed a complaint with the Migrant Workers Office on [[DATE_TIME:January 27]] and left her own number, [[PHONE_NUMBER:+63 998 214 0663]].""",
    """[[PERSON:Mrs. Ngozi Nwosu]] paid the second-term fees for [[PERSON:Chukwuemeka]] and [[PERSON:Adaeze]] from her GTBank account [[ID_NUMBER:0123849571]] on [[DATE_TIME:9 January 2025]]; her BVN ends in 7731.""",
    """We are sorry to hear that [[PERSON:Mr. Henry Osei]] passed away on [[DATE_TIME:4 March]]. His executor, [[PERSON:Abena Osei-Bonsu]], has asked that all letters now go to her at [[ADDRESS:9 Selhurst Road]], [[LOCATION:London]] [[ZIP_CODE:SE25 5QF]].""",
    """Ma'am [[PERSON:Donna]], pa-include po sa list ng evacuees si [[PERSON:Teodoro Lacson]], [[AGE:72]] y.o., PWD po siya. Yung bahay niya is sa [[ADDRESS:Blk 9 Lot 14]], [[LOCATION:Villa Angela Subdivision]], [[LOCATION:Bacolod]]. Contact person is his daughter [[PERSON:Mylene]], [[PHONE_NUMBER:0908 447 1902]].""",
    """Met [[PERSON:Sebastián]] on Hinge; he says he's [[AGE:29]] and works in [[LOCATION:Shoreditch]]. His Instagram is [[URL:instagram.com/seb.moralesph]] if you want to stalk.""",
    """Policyholder [[PERSON:Sunita Deshpande]], PAN [[ID_NUMBER:AKRPD4417M]], nominee [[PERSON:Arjun Deshpande]] (son, [[AGE:24]]), address [[ADDRESS:Flat 302, Sai Krupa Apartments, 14th Cross]], [[LOCATION:Malleshwaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]].""",
    """After the typhoon flattened the standing crop in [[LOCATION:Barangay Baybayog]], the cooperative listed [[PERSON:Alma Bersamin]] and her husband [[PERSON:Rogelio]] among the 118 farmer-members due a crop insurance payout; their claim was filed on [[DATE_TIME:30 October 2024]].""",
    """[[PERSON:Shreya]] and [[PERSON:Ben Whitaker]] are moving from [[ADDRESS:56 Beaconsfield Parade]], [[LOCATION:Albert Park]] to [[LOCATION:Hobart]] on [[DATE_TIME:the 30th of June]]. Please forward their mail to [[ADDRESS:PO Box 218]], [[LOCATION:Sandy Bay]] [[LOCATION:TAS]] [[ZIP_CODE:7005]].""",
    """Nangutang si [[PERSON:Ailyn Dumdum]] og ₱15,000 sa kooperatiba niadtong [[DATE_TIME:Enero 20, 2025]]. Ang iyang savings account kay [[ID_NUMBER:0014-2287-03]] ug nagpuyo siya sa [[LOCATION:Sitio Kamansi]], [[LOCATION:Barangay Pangdan]], [[LOCATION:Naga]], [[LOCATION:Cebu]].""",
    """Our SOC saw repeated failed logins for [[EMAIL_ADDRESS:p.oduya@greenlinelogistics.co.ke]] from [[IP_ADDRESS:41.90.64.211]] and [[IP_ADDRESS:2c0f:fe38:2118:9a00::4f]] overnight, so we reset [[PERSON:Peter Oduya]]'s password and enabled MFA.""",
    """[[PERSON:Evangeline Sabado]], [[AGE:41]], a [[NRP:Filipino]] domestic helper in [[LOCATION:Tai Po]], renewed her contract with her employer, [[PERSON:Mrs. Cheung Mei-ling]], on [[DATE_TIME:2 April 2025]]. Her HKID is [[ID_NUMBER:R482917(3)]].""",
    """Passenger [[PERSON:KOWALSKI]]/[[PERSON:ANNA]] [[TITLE:MS]], frequent flyer [[ID_NUMBER:992 041 8837]], has been rebooked onto LH 403 departing [[DATE_TIME:19MAR 14:05]].""",
    """Overdue notice: [[PERSON:Declan Murphy]], library card [[ID_NUMBER:21983004471562]], three items were due back on [[DATE_TIME:12/05/2025]].""",
    """Among those rescued from rooftops in [[LOCATION:Marikina]] was [[PERSON:Nestor Villaflor]], [[AGE:83]], who had refused to leave his home in [[LOCATION:Barangay Tumana]] until his grandson [[PERSON:JM]] waded in to get him.""",
    """[[PERSON:Jomar Tabios]], [[AGE:32]], an able seaman, joined his ship in [[LOCATION:Manila]] on [[DATE_TIME:May 3, 2025]] for a nine-month contract. His wife, [[PERSON:Cherry]], stays in [[LOCATION:Vigan]] and can be reached at [[PHONE_NUMBER:09175126630]].""",
    """[[PERSON:Karim Haddad]]'s final pay will be deposited to account [[ID_NUMBER:004-812-7730-12]] at his branch in [[LOCATION:Dearborn]], [[LOCATION:MI]]; his last day was [[DATE_TIME:Friday, February 28]].""",
    """teleconsult notes: pt [[PERSON:lyka mae fernandez]], [[AGE:19]], from [[LOCATION:Surigao City]], fever x3 days, no cough. f/u on [[DATE_TIME:10/22]]. philhealth [[ID_NUMBER:12-050418827-3]].""",
    """Your parcel for [[PERSON:Ngaio Parata]] could not be delivered to [[ADDRESS:3/41 Hinemoa Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]]. We left a card and will try again on [[DATE_TIME:Thursday 20 March]].""",
    """Nakadawat ang pamilya ni [[PERSON:Ernesto Lim]] og duha ka sako nga bugas ug tubig gikan sa parokya niadtong [[DATE_TIME:Disyembre 19]]. Salamat kaayo kang [[TITLE:Sr.]] [[PERSON:Marilou Baguio]] nga mihatod sa among balay sa [[LOCATION:Barangay Ibabao]], [[LOCATION:Mandaue]].""",
    """Under-14 netball registration: [[PERSON:Amara Osei]], born [[DATE_TIME:14.06.2011]], guardian [[PERSON:Kofi Osei]], [[PHONE_NUMBER:07412 558 019]], [[EMAIL_ADDRESS:kofi.osei@btinternet.com]].""",
    """[[PERSON:Mohammed Al-Rashid]], a [[NRP:Syrian]] national, was granted refugee protection in [[LOCATION:Canada]] on [[DATE_TIME:July 15, 2019]]; his UCI is [[ID_NUMBER:1104-8827]].""",
    """The remains of [[PERSON:Marivel Asuncion]], [[AGE:44]], an OFW who died in [[LOCATION:Jeddah]] on [[DATE_TIME:3 March 2025]], arrived at [[LOCATION:Mactan-Cebu International Airport]] and were received by her husband, [[PERSON:Roel]], and their three children.""",
    """[[PERSON:Kevin O'Shaughnessy]] was pulled over on I-90 outside [[LOCATION:Buffalo]]; his New York license, [[US_DRIVER_LICENSE:418 927 306]], had lapsed and the car was registered to his sister.""",
    """[[PERSON:Virgilio Mendoza]], chairman of the Kalinga Rice Farmers Multi-Purpose Cooperative, handed the keys of the new combine harvester to operator [[PERSON:Jun-jun Dawagan]] at the warehouse in [[LOCATION:Tabuk City]].""",
    """[[PERSON:Sipho Ndlovu]] says someone opened a store account with his ID number, [[ID_NUMBER:8503145127085]], on [[DATE_TIME:2025/02/09]]. He lives at [[ADDRESS:1143 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]].""",
    """Good pm po! Ask ko lang if okay na yung PDOS schedule ni [[PERSON:Kristine Joy Malabanan]], taga [[LOCATION:Ormoc]] po siya. [[DATE_TIME:June 12]] po kasi yung flight niya papuntang [[LOCATION:Dubai]]. Email po niya: [[EMAIL_ADDRESS:kjmalabanan02@gmail.com]].""",
    """[[PERSON:Freya]] ([[AGE:16]]) told the school counsellor on [[DATE_TIME:5 Nov]] that she had been self-harming; her mum, [[PERSON:Rachel Hughes]], was called on [[PHONE_NUMBER:07981 446 217]] the same afternoon.""",
    """Your driver [[PERSON:Ayodele]] is arriving in a white Corolla, plate [[ID_NUMBER:KJA 482 GH]], to pick you up at [[ADDRESS:15 Admiralty Way]], [[LOCATION:Lekki Phase 1]].""",
    """[[TITLE:Engr.]] [[PERSON:Rosalinda Tumulak]] inspected the house of [[PERSON:Cipriano Dagohoy]] at [[ADDRESS:Purok 4]], [[LOCATION:Barangay Calindagan]], [[LOCATION:Dumaguete]] on [[DATE_TIME:December 18]] and classified it as totally damaged.""",
    """The parish will celebrate the wedding of [[PERSON:Paolo Santiago]] and [[PERSON:Jonalyn Cruz]] on [[DATE_TIME:Saturday, 14 February 2026, at 2:00 p.m.]]; the groom is [[NRP:Catholic]] and the bride belongs to the [[NRP:Iglesia ni Cristo]], so a dispensation was requested.""",
    """Lola [[PERSON:Feliza Ramos]], born in [[LOCATION:Sarrat]] on [[DATE_TIME:August 9, 1936]], is [[AGE:88]] now, and the town's senior citizens' office has approved her request for a wheelchair.""",
    """[[PERSON:Élodie Marchand]] (she/her) will present at the Lyon meetup; contact her at [[EMAIL_ADDRESS:elodie.marchand@free.fr]] or [[PHONE_NUMBER:+33 6 12 48 90 37]].""",
    """Landlord [[PERSON:Hamid Karimi]] says his tenant, [[PERSON:Chloe Barnes]], hasn't paid rent since [[DATE_TIME:1 September]] for [[ADDRESS:Apartment 4, 210 Smith Street]], [[LOCATION:Fitzroy]].""",
    """Beware of a recruiter calling herself Ma'am [[PERSON:Lani Ocampo]] who asks applicants for Canada farm jobs to deposit ₱85,000 to account [[ID_NUMBER:1098-4471-26]] under the name [[PERSON:Lanie B. Ocampo]]. Her number is [[PHONE_NUMBER:0966 701 3348]].""",
    """The foster placement of [[PERSON:Kaden]] ([[AGE:4]]) with [[PERSON:Mark]] and [[PERSON:Denise Ruffalo]] began on [[DATE_TIME:8/1/2024]], and the caseworker, [[PERSON:Ms. Yolanda Pierce]], visits monthly.""",
    """[[PERSON:rosario gabisan]], [[AGE:52]] y/o F, seen at the [[LOCATION:Carcar]] health center on [[DATE_TIME:Tuesday, Sept 16]] for a BP of 170/100; started on amlodipine, return in two weeks.""",
    """Renter [[PERSON:Fatima Zahra Benali]], licence [[ID_NUMBER:BENAL852147FZ9AB]], collected the car at Heathrow on [[DATE_TIME:03 June 2025, 09:20]] and brought it back two days late.""",
    """[[PERSON:Rizalina Obenza]] of [[LOCATION:Guiuan]], [[LOCATION:Eastern Samar]], received the ₱5,000 emergency cash transfer on her GCash number, [[PHONE_NUMBER:0915 662 0381]], on [[DATE_TIME:11/20/2024]].""",
    """Reach out to [[PERSON:Oluwaseun Bakare]] on LinkedIn ([[URL:https://www.linkedin.com/in/oluwaseun-bakare-7721]]); he led data engineering at a fintech in [[LOCATION:Lagos]] before relocating to [[LOCATION:Toronto]] in [[DATE_TIME:May 2023]].""",
    """Apo, ni [[PERSON:Danilo Cabading]] daytoy. Member ak ti Sarrat Rice Coop, member number [[ID_NUMBER:SRC-0718]]. Kayat ko koma nga ammuen no kaano ti release ti fertilizer subsidy. Awagannak laeng iti [[PHONE_NUMBER:0949 225 8816]].""",
]

BENCH = [
    """Dear [[PERSON:Ms. Odessa Fairweather]], as the newly appointed Regional Logistics Coordinator for the [[LOCATION:North Somerset]] office, please confirm your payroll details: IBAN [[IBAN_CODE:GB95BARC20031746205118]], BIC BARCGB22, and home address [[ADDRESS:Flat 6, 88 Walliscote Road]], [[LOCATION:Weston-super-Mare]] [[ZIP_CODE:BS23 1EE]].""",
    """Hey [[PERSON:Theodoric]], the login from [[IP_ADDRESS:172.58.14.203]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 on MAC 3c:22:fb:91:0e:47 wasn't you? Reset the password for [[USERNAME:theo_hollingsworth88]] now.""",
    """Transaction alert for [[PERSON:Mrs. Priyanka Venkataraman]]: card [[CREDIT_CARD:5425 2334 3010 9101]], CVV 318, exp 09/27, was charged $1,240.55 at an electronics store near [[ADDRESS:7720 Westheimer Rd]], [[LOCATION:Houston]]. If this wasn't you, call the number on the back of your card.""",
    """[[PERSON:Zoltan Kertesz-Abara]], [[AGE:52]], a Principal Actuary living at [[ADDRESS:410 Larkspur Court, Suite 3]] in [[LOCATION:Boise]], [[LOCATION:Idaho]] [[ZIP_CODE:83706]], was born on [[DATE_TIME:November 30th, 1972]]; the SSN on file for him is [[US_SSN:604-22-1938]].""",
    """Hi [[PERSON:Maricel]], your OFW e-Registration has been approved. Account: [[USERNAME:maricel.tolentino84]] / temporary password: Gx7!pqL2z. Log in from your registered device (IP [[IP_ADDRESS:112.198.77.14]]) before [[DATE_TIME:15/07/2025]] to print your OEC.""",
    """The Chief Harvest Officer of the [[LOCATION:Santa Rosa]] rice cooperative, [[PERSON:Leonardo Salonga]], asked that the [[DATE_TIME:12/03/2025]] palay delivery of member [[PERSON:Imelda Gatchalian]] (phone [[PHONE_NUMBER:+63 917 204 8851]]) be paid into her Landbank account [[ID_NUMBER:3281-0472-19]].""",
    """[[PERSON:Ayesha Qureshi]] (she/her), Senior Paediatric Nurse, [[AGE:38]], DOB [[DATE_TIME:1987-01-09]], lives at [[ADDRESS:29 Clarendon Drive]], [[LOCATION:Bradford]], [[LOCATION:West Yorkshire]] [[ZIP_CODE:BD9 4QR]]; her car, VRM [[ID_NUMBER:YK19 FXP]], is registered for the staff car park.""",
    """Please send the wire of €8,400 to [[PERSON:Baptiste Lemaire]]'s Swiss account [[IBAN_CODE:CH77 0023 5117 4806 2930 1]] (BIC UBSWCHZH80A) before he relocates to [[LOCATION:Lausanne]] on [[DATE_TIME:1st September]].""",
    """Employee [[PERSON:Kwame Asante-Boateng]] (employee no. [[ID_NUMBER:GH-44817]]), Head of Treasury, connected from [[IP_ADDRESS:fe80::1c4a:9bff:fe21:7d03]] with MAC 00:1b:63:84:45:e6 and user agent Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15 at [[DATE_TIME:08:02 on 22/04/2025]].""",
    """Application ID 2025-HSW-0041: [[PERSON:Rowena Dimaculangan]], female, [[AGE:35]], civil status married, passport [[ID_NUMBER:P3390174A]], destination [[LOCATION:Saudi Arabia]], employer [[PERSON:Nasser bin Abdullah Al-Qahtani]], [[LOCATION:Dammam]], departure [[DATE_TIME:2025-08-04]].""",
    """[[PERSON:Gideon Abernathy-Lowe]]: your statement for Amex [[CREDIT_CARD:3714 496353 98431]] is ready, minimum payment due on the 15th. Autopay from checking account [[ID_NUMBER:004471882903]] will run unless you call us to cancel it.""",
    """Reminder for [[PERSON:Daisuke]]: your virtual session with [[PERSON:Dr. Folasade Ogunleye]] is on [[DATE_TIME:2025-06-19T15:30:00+01:00]]. Join from any browser; your patient ID is [[ID_NUMBER:PT-77301-K]].""",
    """Relief beneficiary: [[PERSON:Crisostomo Palad Jr.]], [[AGE:69]], household of 6, address [[ADDRESS:Purok 3]], [[LOCATION:Brgy. San Jose]], [[LOCATION:Tacloban City]], [[LOCATION:Leyte]] [[ZIP_CODE:6500]]; received 1 family food pack and 1 hygiene kit on [[DATE_TIME:17 November 2024]]; 4Ps household ID [[ID_NUMBER:083747001-00218]].""",
    """EMPLOYMENT CONTRACT. This Agreement is made on [[DATE_TIME:10 March 2025]] between Al Noor Facilities Management LLC of [[LOCATION:Dubai]] (the Employer) and [[PERSON:Jerome Bacalso Tiu]], [[NRP:Filipino]] national, holder of passport [[ID_NUMBER:P6618302B]], residing at [[ADDRESS:214 M. J. Cuenco Avenue]], [[LOCATION:Cebu City]] (the Employee). The Employee shall work as Electrician for two (2) years at a basic monthly salary of AED 2,200, paid into [[IBAN_CODE:AE76 0330 0000 1987 2045 601]].""",
    """Patient Intake Form. Name: [[PERSON:Agnes Ruiz Panganiban]]; Date of Birth: [[DATE_TIME:April 2, 1961]]; Sex: F; Address: [[ADDRESS:88 Rizal Street]], [[LOCATION:Tuguegarao City]], [[LOCATION:Cagayan]] [[ZIP_CODE:3500]]; PhilHealth No.: [[ID_NUMBER:01-025561730-8]]; Emergency Contact: [[PERSON:Leo Panganiban]] (son), [[PHONE_NUMBER:0917 665 2019]]; Chief complaint: cough for 3 weeks; Allergies: penicillin.""",
    """LOAN APPLICATION. Applicant: [[PERSON:Rafael Montemayor]]; SSN: [[US_SSN:386-41-9027]]; DOB: [[DATE_TIME:12/08/1979]]; Employer: Meridian Freight; Annual income: $84,500; Residence: [[ADDRESS:5512 Sycamore Ridge Dr]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28269]]; Requested amount: $22,000; Disbursement account: [[ID_NUMBER:2290148836]], routing 053000196.""",
    """Claim CLM-88-203114. Insured: [[PERSON:Lydia Harrowgate]]; Policy: HM-5521870; Date of loss: [[DATE_TIME:14 January 2025]]; Loss location: [[ADDRESS:17 Fernbank Close]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 9LT]]; Description: burst pipe in the loft flooded two bedrooms; Contact: [[PHONE_NUMBER:01423 556 871]]; Adjuster assigned: [[PERSON:Tom Gilchrist]].""",
    """NOTICE OF ASSISTANCE. The Municipal Social Welfare and Development Office of [[LOCATION:Basey]], [[LOCATION:Samar]] confirms that [[PERSON:Merlinda Quiambao]], born [[DATE_TIME:February 11, 1974]], of [[LOCATION:Barangay Guirang]], is a validated beneficiary of the Emergency Shelter Assistance for families whose houses were totally damaged. Release schedule: [[DATE_TIME:December 6, 2024, 9:00 AM]] at the municipal gymnasium. Please bring a valid ID and your DAFAC card no. [[ID_NUMBER:08-2605-0193]].""",
    """{"customer_id": "[[ID_NUMBER:CUST-0093817]]", "first_name": "[[PERSON:Imogen]]", "last_name": "[[PERSON:Blackwood]]", "email": "[[EMAIL_ADDRESS:imogen.blackwood@protonmail.com]]", "phone": "[[PHONE_NUMBER:+44 7723 118 604]]", "dob": "[[DATE_TIME:1991-05-27]]", "address": {"street": "[[ADDRESS:4 Quarry Hill Lane]]", "city": "[[LOCATION:Sevenoaks]]", "postcode": "[[ZIP_CODE:TN15 0HG]]"}, "loyalty_tier": "gold"}""",
    """2025-03-14T09:12:44Z INFO auth user=[[USERNAME:mbalagtas]] ip=[[IP_ADDRESS:10.24.8.117]] msg="login ok"
2025-03-14T09:13:02Z WARN payroll user=[[USERNAME:mbalagtas]] action=update_bank acct=[[ID_NUMBER:0081-2249-7716]] name="[[PERSON:Marlon Balagtas]]"
2025-03-14T09:13:05Z INFO mailer to=[[EMAIL_ADDRESS:marlon.balagtas@northwindph.com]] template=bank_change_notice""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, phone, insurer_member_id) VALUES ('[[ID_NUMBER:MRN-5530981]]', '[[PERSON:Tevita]]', '[[PERSON:Fifita]]', '[[DATE_TIME:1983-10-02]]', '[[PHONE_NUMBER:(801) 467-3392]]', '[[ID_NUMBER:XQH804417723]]');""",
    """<beneficiary><name>[[PERSON:Analiza T. Dumalagan]]</name><dafacNo>[[ID_NUMBER:07-2211-0456]]</dafacNo><barangay>[[LOCATION:Looc]]</barangay><municipality>[[LOCATION:Lapu-Lapu City]]</municipality><mobile>[[PHONE_NUMBER:09453317208]]</mobile><householdSize>5</householdSize><received>[[DATE_TIME:2021-12-23]]</received></beneficiary>""",
    """# deploy/notify.yaml
oncall:
  primary:
    name: [[PERSON:Siddharth Menon]]
    phone: "[[PHONE_NUMBER:+91 98450 61327]]"
    email: [[EMAIL_ADDRESS:sid.menon@corvidlabs.io]]
  secondary:
    name: [[PERSON:Hannah Leitner]]
    phone: "[[PHONE_NUMBER:+49 151 2704 8813]]"
smtp:
  user: alerts@corvidlabs.io
  password: "hunter2-Q9x!"
  host: [[IP_ADDRESS:10.0.4.22]]""",
    """# test fixture, replace before release
user = User(
    username="[[USERNAME:rgatdula]]",
    full_name="[[PERSON:Rosemarie Gatdula]]",
    email="[[EMAIL_ADDRESS:rose.gatdula@gmail.com]]",
    birth_date="[[DATE_TIME:1990-04-17]]",
    sss_no="[[ID_NUMBER:34-1928473-6]]",
)""",
    """Ticket #HD-20931 | Priority: High | Requester: [[PERSON:Nkechi Obi]] <[[EMAIL_ADDRESS:nkechi.obi@fcmb-staff.ng]]> | Phone: [[PHONE_NUMBER:+234 803 442 1907]]
Subject: Locked out after password reset
Body: Hi IT, since yesterday I can't get into my account ([[USERNAME:nobi]]). I'm working from home at [[ADDRESS:22 Bode Thomas Street]], [[LOCATION:Surulere]]; laptop asset tag LT-00482, IP [[IP_ADDRESS:105.112.36.91]].""",
    """OVERSEAS EMPLOYMENT - WORKER INFORMATION SHEET
Surname: [[PERSON:ESPINOSA]]   Given name: [[PERSON:MARK ANTHONY]]   Middle name: [[PERSON:LAGUMBAY]]
Date of birth: [[DATE_TIME:21-NOV-1992]]   Place of birth: [[LOCATION:Kidapawan City]]
Sex: M   Civil status: Single
Passport no.: [[ID_NUMBER:P5092847B]]
Address: [[ADDRESS:Purok 7]], [[LOCATION:Brgy. Poblacion]], [[LOCATION:Kidapawan City]], [[LOCATION:Cotabato]]
Mobile: [[PHONE_NUMBER:0948-221-7730]]   Email: [[EMAIL_ADDRESS:markanthony.espinosa92@gmail.com]]
Position: Welder   Principal: Hyundai Heavy Industries
Next of kin: [[PERSON:Evelyn Espinosa]] (mother)   Contact: [[PHONE_NUMBER:0910-338-4126]]""",
    """PAHIBALO: Gipahibalo ang tanang miyembro sa Bugas Kooperatiba sa [[LOCATION:Bayawan]] nga si [[TITLE:Gng.]] [[PERSON:Teresita Cabahug]], miyembro numero [[ID_NUMBER:BK-0331]], mao na ang bag-ong tesorero sukad [[DATE_TIME:Marso 1, 2025]]. Para sa mga pangutana bahin sa loan, kontaka siya sa [[PHONE_NUMBER:0926 583 1140]] o [[EMAIL_ADDRESS:tcabahug.bkoop@gmail.com]].""",
    """In the quiet town of [[LOCATION:Lower Hutt]], [[PERSON:Winifred Tāmaki-Ross]], a Direct Usability Strategist aged [[AGE:44]], submitted her tax code declaration listing IRD number [[ID_NUMBER:092-715-485]] and her phone [[PHONE_NUMBER:+64 27 558 3012]].""",
    """{"event":"signup","ts":"2025-01-08T11:42:10Z","user":{"handle":"[[USERNAME:quietmango]]","name":"[[PERSON:Paulo Ngata]]","email":"[[EMAIL_ADDRESS:paulo.ngata@xtra.co.nz]]","ip":"[[IP_ADDRESS:121.98.12.207]]","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"}}""",
    """UPDATE coop_members SET mobile = '[[PHONE_NUMBER:0919 004 7265]]', address = '[[ADDRESS:Purok Masagana]]', barangay = '[[LOCATION:San Dionisio]]' WHERE member_no = '[[ID_NUMBER:QRFC-00412]]' AND last_name = '[[PERSON:Bumanglag]]';""",
    """FARM LEASE AGREEMENT. This lease is entered into on [[DATE_TIME:5 June 2024]] by [[PERSON:Honorata Villamor]], of legal age, widow, residing in [[LOCATION:Barangay Pinili]], [[LOCATION:San Jose City]], [[LOCATION:Nueva Ecija]], as LESSOR, and [[PERSON:Efren Dumlao]], of legal age, married, with TIN [[ID_NUMBER:417-228-931-000]], as LESSEE, over a 2.5-hectare riceland covered by TCT No. T-118472, for three cropping seasons at 25 cavans of palay per hectare per season.""",
    """PRE-EMPLOYMENT MEDICAL EXAMINATION | Examinee: [[PERSON:Cherrylyn Macapagal Ong]] | Age: [[AGE:29]] | DOB: [[DATE_TIME:1996-02-14]] | Passport: [[ID_NUMBER:P8104662A]] | Country of destination: [[LOCATION:Canada]] | Exam date: [[DATE_TIME:2025-04-22]] | Result: FIT TO WORK | Physician: [[PERSON:Dr. Ronaldo Yap]], PRC Lic. [[ID_NUMBER:0084417]]""",
    """To: [[EMAIL_ADDRESS:z.mahlangu@brightbay.co.za]]
Hi [[PERSON:Zanele]], your signing bonus will be paid into your Standard Bank account [[ID_NUMBER:10 1247 889 03]] on [[DATE_TIME:the 25th]]. Please confirm that your ID number is [[ID_NUMBER:0206114911087]] and that you still live at [[ADDRESS:18 Bree Street]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]].""",
    """<Patient id="[[ID_NUMBER:HN-2290471]]"><Name given="[[PERSON:Wiremu]]" family="[[PERSON:Hēnare]]"/><BirthDate>[[DATE_TIME:1958-12-03]]</BirthDate><Gender>male</Gender><NHI>[[ID_NUMBER:ZAB4416]]</NHI><Address><Line>[[ADDRESS:19 Kauri Road]]</Line><City>[[LOCATION:Whangārei]]</City><Postcode>[[ZIP_CODE:0110]]</Postcode></Address></Patient>""",
    """const testUsers = {
  admin: { name: "[[PERSON:Oksana Melnyk]]", email: "[[EMAIL_ADDRESS:oksana.melnyk@ukr.net]]", ip: "[[IP_ADDRESS:91.204.77.130]]" },
  viewer: { name: "[[PERSON:Arturo Benítez]]", email: "[[EMAIL_ADDRESS:abenitez.mx@gmail.com]]", phone: "[[PHONE_NUMBER:+52 55 4128 9907]]" },
};""",
    """INCIDENT REPORT. Evacuation center: Central School gym, [[LOCATION:Catbalogan City]]. Reporting officer: [[TITLE:SPO2]] [[PERSON:Arnaldo Yu]]. Details: at around 2300H evacuee [[PERSON:Benjamin Tizon]], [[AGE:45]], of [[LOCATION:Barangay Mercedes]], reported that his wallet with his UMID card (CRN [[ID_NUMBER:0111-4827719-3]]) and ₱3,200 cash was missing from his family's classroom. Witness: [[PERSON:Lorna Abayon]], [[PHONE_NUMBER:0935 402 1188]].""",
    """Our Senior Web Developer [[PERSON:Anneliese Vogt]] wants her reimbursement of 412.80 EUR sent to [[IBAN_CODE:DE06 5001 0517 5483 2771 00]]. Ship her new badge to [[ADDRESS:Gartenstraße 14, 3. OG links]], [[ZIP_CODE:60594]] [[LOCATION:Frankfurt am Main]].""",
    """Subject: Follow up OEC - [[PERSON:Jonathan Sumampong]]
Hi po DMW Helpdesk, follow up lang po sa appeal ko. Balik-manggagawa po ako sa [[LOCATION:Taiwan]], same employer, pero ayaw pa rin i-generate yung OEC ko sa portal. Username ko po is [[USERNAME:jsumampong87]], passport no. [[ID_NUMBER:P4471902B]], birthday [[DATE_TIME:July 30, 1987]]. Flight ko na po sa [[DATE_TIME:Sept 2]]. Salamat po.
- [[PERSON:Jonathan]] [[PHONE_NUMBER:0977 118 2450]]""",
    """NOTICE OF EVICTION. To: [[PERSON:Darnell Whitfield]], [[ADDRESS:3310 Peachtree Rd NE, Unit 812]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30326]]. You are hereby notified that your tenancy will terminate on [[DATE_TIME:May 31, 2025]] due to non-payment of rent totaling $4,860. Issued by property manager [[PERSON:Colleen Brandt]].""",
    """member:
  health_plan_beneficiary_number: [[ID_NUMBER:W284710553]]
  first_name: [[PERSON:Guadalupe]]
  last_name: [[PERSON:Arriaga-Soto]]
  date_of_birth: [[DATE_TIME:1969-07-11]]
  medical_record_number: [[ID_NUMBER:SJ-00918273]]
  phone: [[PHONE_NUMBER:408-293-7391]]
  address: [[ADDRESS:1840 Story Rd]], [[LOCATION:San Jose]], [[LOCATION:CA]] [[ZIP_CODE:95122]]""",
    """[[PERSON:Lavinia]], we noticed a payment of 89.99 USD on your Discover [[CREDIT_CARD:6011499032883413]] (exp. 11/26, CVC 772) for the renewal on [[USERNAME:lavinia_fonoti]]. The request came from [[IP_ADDRESS:98.37.201.164]] near [[LOCATION:Sacramento]].""",
    """Hi Ate [[PERSON:Lorna]], nakuha ko na yung padala mo, 18,000 pesos. Received [[DATE_TIME:March 16, 2025 2:14 PM]] sa branch sa [[LOCATION:Tuguegarao]]. Sender: [[PERSON:Lorna Baccay]], [[LOCATION:Kuwait City]]; receiver: [[PERSON:Maybelle Baccay]], valid ID: Postal ID [[ID_NUMBER:PRN 100141287303 P]].""",
    """MINUTES OF THE BOARD MEETING, Bukidnon Rice Growers Cooperative, [[LOCATION:Valencia City]]. Present: [[PERSON:Alfredo Lagunday]] (Chair), [[PERSON:Ma. Luisa Tagalog]] (Secretary), [[PERSON:Ruben Sumagaysay]], [[PERSON:Norma Pabualan]]. Resolution 2025-07: approving the membership of [[PERSON:Jesrel Apao]], [[AGE:26]], of [[LOCATION:Barangay Lurogan]], effective [[DATE_TIME:April 1, 2025]], upon payment of ₱2,000 share capital. Resolution 2025-08: restructuring the loan of [[PERSON:Teofilo Gumanao]], whose farm was flooded last season.""",
    """PORMA TI PANNAKAIREHISTRO TI BIKTIMA TI BAGYO
Nagan: [[PERSON:Virginia Agustin Cabalse]]
Edad: [[AGE:63]]
Petsa ti pannakaiyanak: [[DATE_TIME:Enero 15, 1962]]
Pagnaedan: [[LOCATION:Barangay Centro Norte]], [[LOCATION:Sanchez-Mira]], [[LOCATION:Cagayan]]
Numero ti telepono: [[PHONE_NUMBER:0927 330 5821]]
Bilang ti kameng ti pamilia: 4
Kasasaad ti balay: naan-anay a nadadael
Nagpirma: [[PERSON:V. A. Cabalse]]   [[DATE_TIME:Nobiembre 16, 2024]]""",
    """Dear [[PERSON:Mx. Rowan Achterberg]], your JCB card [[CREDIT_CARD:3569 9900 1229 0119]] was declined in [[LOCATION:Osaka]] because the billing postcode did not match [[ZIP_CODE:1016 DK]], the one for your registered address, [[ADDRESS:Herengracht 274-II]], [[LOCATION:Amsterdam]]. Please call us back from [[PHONE_NUMBER:+31 6 4418 2093]].""",
    """[[IP_ADDRESS:180.190.22.71]] - [[USERNAME:jlopez_ilo]] [14/Apr/2025:10:22:05 +0800] "POST /account/profile HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36" phone=[[PHONE_NUMBER:09171829034]] email=[[EMAIL_ADDRESS:jlopez.ilo@gmail.com]]""",
    """AFFIDAVIT OF LOSS. I, [[PERSON:Herminio Dalangin Pacis]], of legal age, [[NRP:Filipino]], married, and residing at [[ADDRESS:45 Gen. Luna Street]], [[LOCATION:Laoag City]], after having been sworn in accordance with law, depose and say: that I am the registered owner of a motorcycle with plate no. [[ID_NUMBER:7821 AK]]; that on [[DATE_TIME:February 3, 2025]] I lost its Certificate of Registration while travelling to [[LOCATION:Batac]]. IN WITNESS WHEREOF, I have signed this on [[DATE_TIME:February 10, 2025]] at [[LOCATION:Laoag City]].""",
    """Network audit for the Madrid branch: the device of [[PERSON:Inmaculada Berrocal]] (Chief Markets Officer) reported [[IP_ADDRESS:2a0c:5a80:3f12:0:8d4e:ac1:67b2:19f0]], MAC b8:27:eb:4c:2a:91; her backup contact is [[PHONE_NUMBER:+34 612 48 93 07]].""",
    """SWORN COMPLAINT. Complainant [[PERSON:Mylene Casiño Abad]], [[AGE:31]], formerly deployed as a domestic worker to [[LOCATION:Riyadh]] through Golden Path Manpower Services, states that her foreign employer, [[PERSON:Hessa Al-Mutairi]], did not pay her salary from [[DATE_TIME:June 2024]] to [[DATE_TIME:January 2025]] and kept her iqama no. [[ID_NUMBER:2438817096]]. She was repatriated on [[DATE_TIME:February 19, 2025]] and now lives at [[ADDRESS:Zone 3]], [[LOCATION:Barangay Tablon]], [[LOCATION:Cagayan de Oro City]].""",
    """-- results of: SELECT name, ssn, dl_number, state FROM drivers WHERE flagged = 1;
[[PERSON:Tyrone Blackwell]] | [[US_SSN:219-64-3380]] | [[US_DRIVER_LICENSE:B412-7730-9981]] | [[LOCATION:IL]]
[[PERSON:Mei-Hua Lin]] | [[US_SSN:457-19-6642]] | [[US_DRIVER_LICENSE:L5501928]] | [[LOCATION:CA]]""",
    """[[PERSON:Bartholomew Igwe]] (he/him), [[AGE:61]], Lead Intranet Designer, has asked that all mail go to [[ADDRESS:Apartment 1204, 300 Front Street West]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5V 0E9]]. His SIN is [[ID_NUMBER:513 902 643]].""",
    """{"evac_center":"Sta. Rita Elementary School","created":"2024-11-16T19:05:00+08:00","household_head":{"name":"[[PERSON:Dionisio Lagman]]","age":[[AGE:58]],"mobile":"[[PHONE_NUMBER:+639193046621]]"},"members":3,"origin":{"purok":"[[ADDRESS:Purok 5]]","barangay":"[[LOCATION:Sta. Rita]]","municipality":"[[LOCATION:Santa Ana]]","province":"[[LOCATION:Cagayan]]"},"needs":"milk, diapers, tarpaulin"}""",
    """ACCOUNT STATEMENT. Account holder: [[PERSON:Ms. Farida Begum Chowdhury]]; Account no.: [[ID_NUMBER:81074493]]; Sort code: 30-96-25; IBAN: [[IBAN_CODE:GB88 LOYD 3096 2581 0744 93]]; Address: [[ADDRESS:61 Brick Lane]], [[LOCATION:London]] [[ZIP_CODE:E1 6PU]]. Statement period: 1-31 March 2025. Closing balance: £2,114.06.""",
    """{"employee_id":"[[ID_NUMBER:EMP-30391]]","name":"[[PERSON:Mehmet Yıldırım]]","hire_date":"[[DATE_TIME:2019-09-02]]","ssn_last4":"6620","bank":{"iban":"[[IBAN_CODE:AT23 2011 1829 3147 0502]]","bic":"GIBAATWWXXX"},"home_phone":"[[PHONE_NUMBER:+43 660 1938 472]]","manager":"[[PERSON:Katharina Moser]]"}""",
    """The Agricultural Credit Officer, [[PERSON:Leah Marie Cuaresma]], verified farmer [[PERSON:Apolinario Gamboa]]'s RSBSA ID [[ID_NUMBER:02-31-05-019-00187]] at the Ilagan field office on [[DATE_TIME:2025-02-17 at 10:40]], then texted him at [[PHONE_NUMBER:0998 551 0274]] that his ₱25,000 SURE Aid loan had been approved.""",
    """<ofw><name>[[PERSON:Reynaldo Macaraeg]]</name><birthdate>[[DATE_TIME:1984-05-09]]</birthdate><passport>[[ID_NUMBER:P2093318C]]</passport><sss>[[ID_NUMBER:33-4418920-7]]</sss><pagibig>[[ID_NUMBER:1210-7734-8812]]</pagibig><jobsite>[[LOCATION:Qatar]]</jobsite><position>Heavy Equipment Operator</position><salary_iban>[[IBAN_CODE:QA77QNBA000000000918273645012]]</salary_iban></ofw>""",
    """DISCHARGE SUMMARY. Patient: [[PERSON:Huang Zhiwei]], [[AGE:74]] y/o M. Admitted [[DATE_TIME:02/03/2025]], discharged [[DATE_TIME:09/03/2025]]. Diagnosis: community-acquired pneumonia. Follow-up with [[PERSON:Dr. Meera Pillai]] in respiratory clinic in 2 weeks. GP: [[PERSON:Dr. S. Okafor]], [[LOCATION:Parramatta]]. Medicare no. [[ID_NUMBER:2951 48737 1]].""",
    """SMS LOG - Hotline sa Relief Operations
[[PHONE_NUMBER:09271845502]]: Maayong gabii, si [[PERSON:Genalyn Pepito]] ni taga [[ADDRESS:Purok Rosas]], [[LOCATION:Barangay Poblacion]], [[LOCATION:Medellin]]. Wala pa mi nakadawat og food pack, 6 mi kabuok sa balay.
[[PHONE_NUMBER:09177720013]]: Si [[PERSON:Ramil Cañete]] ni, [[AGE:45]]. Ang akong inahan nga si [[PERSON:Cresencia]] naa sa evacuation center sa [[LOCATION:Bogo]], palihug tan-awa kung OK ra siya.""",
    """Dear [[PERSON:Horatio Vanterpool]], your Diners Club card [[CREDIT_CARD:3622 760413 9144]] has been linked to [[USERNAME:hvanterpool]]. If you did not request this from [[IP_ADDRESS:66.249.83.12]], contact our Legacy Security Technician, [[PERSON:Brenna Quill]], at [[EMAIL_ADDRESS:brenna.quill@cardservices-help.com]].""",
    """STUDENT ENROLMENT FORM. Learner: [[PERSON:Kyle Matthew Dagondon]]; LRN: [[ID_NUMBER:119384050217]]; Birthdate: [[DATE_TIME:October 4, 2014]]; Age: [[AGE:10]]; Address: [[ADDRESS:Blk 4 Lot 22, Phase 2]], [[LOCATION:Deca Homes]], [[LOCATION:Talisay City]]; Parent/Guardian: [[PERSON:Mary Grace Dagondon]]; Contact: [[PHONE_NUMBER:0995 771 2043]]; Previous school: Tabunok Elementary School.""",
    """cursor.execute(
    "SELECT * FROM claims WHERE claimant_ssn = %s AND dob = %s",
    ("[[US_SSN:342-87-1105]]", "[[DATE_TIME:1975-03-22]]"),
)
# reported by [[PERSON:Priya Natarajan]] <[[EMAIL_ADDRESS:pnatarajan@claimsbridge.com]]>, see CLM-3318""",
    """[[PERSON:Marjorie]], your interview with the Norwegian principal is on [[DATE_TIME:Friday, 11 July 2025 at 14:00 PHT]] by video call. Have your PRC licence [[ID_NUMBER:0741192]] and NCLEX result ready. Questions? Email your recruiter, [[PERSON:Ella Tolentino]], at [[EMAIL_ADDRESS:ella.t@nordicplacement.ph]].""",
    """Ticket 4471 | Category: Relief request | Channel: FB Messenger
From: [[PERSON:Jovelyn Amper]] ([[USERNAME:jove.amper]])
Message: Hello po, from [[LOCATION:Carigara]] po kami, [[LOCATION:Brgy. Baruguhay]]. Lubog pa rin po bahay namin, may 2 senior citizens po kami, si Lolo [[PERSON:Tiburcio]] ([[AGE:81]]) at Lola [[PERSON:Paz]] ([[AGE:79]]). Pa-rescue po sana. Ito po number ko [[PHONE_NUMBER:0919-882-3305]].""",
    """DEED OF ABSOLUTE SALE. KNOW ALL MEN BY THESE PRESENTS: That I, [[PERSON:Conrado Lim Sy]], of legal age, [[NRP:Filipino]], with TIN [[ID_NUMBER:102-338-770-000]], residing at [[ADDRESS:12 Acacia Street]], [[LOCATION:Ayala Alabang]], [[LOCATION:Muntinlupa]], for and in consideration of ₱1,800,000.00 paid by the spouses [[PERSON:Juanito]] and [[PERSON:Rosalie Magbanua]] of [[LOCATION:Bacolod City]], do hereby SELL a parcel of agricultural land in [[LOCATION:Hinigaran]], [[LOCATION:Negros Occidental]]. Signed on [[DATE_TIME:14 August 2024]].""",
    """Please refund [[PERSON:Ms. Lucía Etxeberria]] the 230 EUR deposit; she paid with card [[CREDIT_CARD:4916 3385 0617 2245]] (expiry 03/28) and lives at [[ADDRESS:Calle Mayor 17, 2º B]], [[ZIP_CODE:31001]] [[LOCATION:Pamplona]]. Her DNI is [[ID_NUMBER:44173928J]].""",
    """# .env.staging - DO NOT SHARE
DB_HOST=[[IP_ADDRESS:172.16.40.12]]
DB_USER=svc_reporting
DB_PASS=Tg8#2mWq!vZ
ADMIN_CONTACT=[[PERSON:Ifeanyi Okeke]] <[[EMAIL_ADDRESS:ifeanyi.okeke@kobopay.ng]]>
ADMIN_MOBILE=[[PHONE_NUMBER:+2348124479031]]
PAYMENT_API_KEY=pk_stg_7f3a91c0d2""",
    """Farmer [[PERSON:Lucresia Dangiwan]], [[AGE:57]], of [[LOCATION:Banaue]], [[LOCATION:Ifugao]], delivered 22 sacks of tinawon rice to the cooperative warehouse on [[DATE_TIME:5/14/2025]]; the ₱26,400 payment went to her account [[ID_NUMBER:0572-3318-44]] and was confirmed by SMS to [[PHONE_NUMBER:0906 112 8831]].""",
    """NOTICE TO APPEAR. [[PERSON:Ms. Rosalie Gumapac]] is hereby directed to appear before the Adjudication Office, Migrant Workers Office, [[LOCATION:Hong Kong]], on [[DATE_TIME:28 August 2025 at 10:00 a.m.]] regarding her claim for unpaid wages against her employer, [[PERSON:Mr. Lau Chi-keung]], HKID [[ID_NUMBER:K730215(0)]]. Bring your own HKID and employment contract.""",
    """{"booking_ref":"QX7R2M","passengers":[{"name":"[[PERSON:Adebayo Ogunlesi]]","dob":"[[DATE_TIME:1980-08-14]]","passport":"[[ID_NUMBER:A09371842]]","nationality":"[[NRP:Nigerian]]"},{"name":"[[PERSON:Folake Ogunlesi]]","dob":"[[DATE_TIME:1983-02-26]]","passport":"[[ID_NUMBER:A10448207]]","nationality":"[[NRP:Nigerian]]"}],"contact_email":"[[EMAIL_ADDRESS:bayo.ogunlesi@yahoo.co.uk]]"}""",
    """[[PERSON:Marguerite Delacroix-Boone]], a Forward Division Consultant, presented US passport [[US_PASSPORT:584920173]] at the [[LOCATION:Vancouver]] border crossing on [[DATE_TIME:23/06/2025]]; her phone [[PHONE_NUMBER:+1-206-418-7302]] is billed to [[ADDRESS:9920 NE 8th St, Apt 401]], [[LOCATION:Bellevue]], [[LOCATION:WA]] [[ZIP_CODE:98004]].""",
    """POST-DISASTER NEEDS ASSESSMENT. [[LOCATION:Barangay Cabalawan]], [[LOCATION:Tacloban City]]. Enumerator: [[PERSON:Ma. Theresa Cinco]]. Household 014: head [[PERSON:Danilo Robredo]], [[AGE:50]]; house totally damaged; 2 children below 5. Household 015: head [[PERSON:Wilma Sabenecio]], [[AGE:36]], solo parent; house partially damaged; mobile [[PHONE_NUMBER:0905 448 2210]]. Household 016: head [[PERSON:Pedro Balbin Jr.]], [[AGE:71]], PWD; house totally damaged.""",
    """public static final Customer SAMPLE = new Customer(
    "[[PERSON:Ingrid]]", "[[PERSON:Solberg]]",
    "[[EMAIL_ADDRESS:ingrid.solberg@online.no]]",
    "[[PHONE_NUMBER:+47 412 88 305]]",
    LocalDate.parse("[[DATE_TIME:1994-11-08]]"));""",
    """[[PERSON:Eulalia]] (username [[USERNAME:eula.santos77]]) changed the account email to [[EMAIL_ADDRESS:eulalia.santos.1977@icloud.com]] from an iPad (Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1), IP [[IP_ADDRESS:49.145.201.66]], which geolocates to [[LOCATION:Iloilo City]].""",
    """PORMA SA PAGPAREHISTRO SA OFW. Ngalan: [[PERSON:Arlene Boholst Tampus]]; Petsa sa pagkatawo: [[DATE_TIME:Oktubre 30, 1989]]; Edad: [[AGE:35]]; Adres: [[ADDRESS:Purok 1]], [[LOCATION:Barangay Guinsay]], [[LOCATION:Danao City]], [[LOCATION:Cebu]]; Pasaporte: [[ID_NUMBER:P9917304A]]; Nasud nga padulngan: [[LOCATION:Singapore]]; Trabaho: caregiver; Kontak sa pamilya: [[PERSON:Nilo Tampus]] (bana), [[PHONE_NUMBER:0932 604 1158]].""",
    """PRIOR AUTHORIZATION REQUEST. Member: [[PERSON:Yolanda Castellanos]]; Member ID: [[ID_NUMBER:BCX9903127406]]; DOB: [[DATE_TIME:09/30/1958]]; Prescriber: [[PERSON:Dr. Neil Bhattacharya]], [[LOCATION:Albuquerque]]; Drug: adalimumab 40 mg; Diagnosis: rheumatoid arthritis; Pharmacy phone: (505) 884-2210.""",
    """Jun 03 22:14:09 vpn-gw01 sshd[1882]: Failed password for [[USERNAME:asoriano]] from [[IP_ADDRESS:112.204.18.93]] port 51122 ssh2
Jun 03 22:14:15 vpn-gw01 sshd[1882]: Accepted password for [[USERNAME:asoriano]] from [[IP_ADDRESS:112.204.18.93]] port 51122 ssh2
Jun 03 22:14:15 vpn-gw01 systemd-logind[611]: New session 48 of user [[USERNAME:asoriano]].
Jun 03 22:20:41 vpn-gw01 sudo: [[USERNAME:asoriano]] : TTY=pts/2 ; PWD=/srv/vpn ; USER=root ; COMMAND=/usr/bin/systemctl restart openvpn""",
    """CERTIFICATE OF MEMBERSHIP. This certifies that [[PERSON:Rodrigo B. Pagaduan]], born on [[DATE_TIME:12 May 1970]], resident of [[LOCATION:Barangay Madamba]], [[LOCATION:Dingras]], [[LOCATION:Ilocos Norte]], is a regular member in good standing of the Dingras Palay Growers Cooperative since [[DATE_TIME:March 19, 2008]], with Membership No. [[ID_NUMBER:DPGC-R-0197]] and paid-up share capital of ₱18,500.00. Issued this 2nd day of June 2025.""",
    """Following the site visit, Internal Data Engineer [[PERSON:Kamalei Akana]] asked that her new laptop (MAC 9c:b6:d0:1f:3e:82) be shipped to [[ADDRESS:46-112 Kamehameha Hwy, Unit B]], [[LOCATION:Kaneohe]], [[LOCATION:HI]] [[ZIP_CODE:96744]]; contact [[PHONE_NUMBER:(808) 247-5531]].""",
    """Nagan ti OFW: [[PERSON:Rolando Tumaneng]]
Pagtrabahuan: [[LOCATION:Saudi Arabia]]
Petsa ti pannakaipan: [[DATE_TIME:Hunio 14, 2023]]
Nagan ti asawa: [[PERSON:Evelyn Tumaneng]]
Pagnaedan: [[LOCATION:Barangay Lioen]], [[LOCATION:Sinait]], [[LOCATION:Ilocos Sur]]
Telepono: [[PHONE_NUMBER:0919 673 2254]]
Problema: Saan a makaawag ti asawak manipud idi [[DATE_TIME:Abril]]. Kasapulan mi ti tulong ti OWWA.""",
    """<Invoice number="INV-2025-08812" date="2025-06-30"><Customer><Name>[[PERSON:Aroha Ngata]]</Name><Email>[[EMAIL_ADDRESS:aroha.ngata@gmail.com]]</Email><Phone>[[PHONE_NUMBER:022 318 4470]]</Phone><ShipTo>[[ADDRESS:7 Tōtara Place]], [[LOCATION:Taupō]] [[ZIP_CODE:3330]]</ShipTo></Customer><Total currency="NZD">149.00</Total></Invoice>""",
    """Payment instruction from [[PERSON:Desmond Achebe-Clarke]], Investor Paradigm Liaison: pay £3,400 from [[IBAN_CODE:GB08 HBUK 4012 7683 3251 07]] to his sister [[PERSON:Chidinma]] at [[ADDRESS:Flat 12, Riverside Court, 3 Wharf Road]], [[LOCATION:Salford]] [[ZIP_CODE:M5 3SA]] before her birthday on [[DATE_TIME:9/10]].""",
    """[2024-10-25 06:00:12] BLAST id=TY-KRISTINE-04 to=[[PHONE_NUMBER:+639178830041]] name="[[PERSON:Rommel Dy]]" role=kagawad status=DELIVERED
[2024-10-25 06:00:13] BLAST id=TY-KRISTINE-04 to=[[PHONE_NUMBER:+639284417650]] name="[[PERSON:Analyn Serrano]]" role=BHW status=DELIVERED
[2024-10-25 06:00:13] BLAST id=TY-KRISTINE-04 to=[[PHONE_NUMBER:+639056612903]] name="[[TITLE:Fr.]] [[PERSON:Eric Belmonte]]" role=parish status=FAILED""",
    """MOTOR CLAIM FORM. Driver: [[PERSON:Oisín Ó Briain]]; Licence no.: [[ID_NUMBER:041283765]]; PPSN: [[ID_NUMBER:7318462W]]; Vehicle reg.: [[ID_NUMBER:221-G-4817]]; Accident date/time: [[DATE_TIME:17/01/2025 17:45]]; Location: N17 near [[LOCATION:Tuam]], [[LOCATION:Co. Galway]]; Third party: [[PERSON:Breda Kilkenny]], [[PHONE_NUMBER:086 220 4419]].""",
    """{"order":{"id":"ORD-448120","placed":"2025-04-02T18:44:09Z"},"billing":{"name":"[[PERSON:Beatriz Valadares]]","card_number":"[[CREDIT_CARD:5178059266041137]]","card_exp":"08/28","cvv":"451","address":"[[ADDRESS:Rua das Flores 112, apto 31]]","city":"[[LOCATION:Porto]]","postal_code":"[[ZIP_CODE:4050-265]]"},"ip":"[[IP_ADDRESS:89.114.52.209]]"}""",
    """As Regional Agricultural Program Facilitator, [[PERSON:Maximo Ladia]] logged farmer [[PERSON:Petronila Galvez]]'s complaint from [[IP_ADDRESS:202.90.141.33]]: her 1.2-hectare farm in [[LOCATION:Barangay Carosucan Norte]], [[LOCATION:Asingan]], [[LOCATION:Pangasinan]] [[ZIP_CODE:2439]] was left off the list for free certified seeds although she registered on [[DATE_TIME:08.01.2025]].""",
    """[[DATE_TIME:March 28, 2025]]
[[PERSON:Mr. Quentin Albright]]
[[ADDRESS:640 Maple Ave, Apt 3C]]
[[LOCATION:Evanston]], [[LOCATION:IL]] [[ZIP_CODE:60201]]
Dear [[PERSON:Mr. Albright]],
This letter confirms that your employment with Lakeshore Analytics ends on [[DATE_TIME:April 11, 2025]]. Your final paycheck, including accrued PTO, will be deposited to the account ending 0093. Please return your laptop and badge (ID [[ID_NUMBER:LSA-07712]]) to [[PERSON:Renee Cho]] in HR.
Sincerely,
[[PERSON:Marcus Feld]]""",
    """INSERT INTO remittances (sender_name, sender_mobile, receiver_name, receiver_mobile, amount_php, receiver_id_no) VALUES
('[[PERSON:Gemma Tolosa]]', '[[PHONE_NUMBER:+852 6148 2290]]', '[[PERSON:Ramon Tolosa]]', '[[PHONE_NUMBER:0917 330 8164]]', 15000.00, '[[ID_NUMBER:N03-98-441827]]'),
('[[PERSON:Jocelyn Bangayan]]', '[[PHONE_NUMBER:+852 9027 4415]]', '[[PERSON:Lina Bangayan]]', '[[PHONE_NUMBER:0928 114 6603]]', 8000.00, 'PSN [[ID_NUMBER:4821-7730-1196-2045]]');""",
    """[[PERSON:Ignatius Mbeki-Lewis]], [[AGE:27]], Product Directives Orchestrator, reset the password for [[EMAIL_ADDRESS:ignatius.ml@fastmail.com]] from [[IP_ADDRESS:197.87.14.250]] in [[LOCATION:Stellenbosch]]; backup code 884-201 was used.""",
    """PROPERTY DAMAGE CLAIM. Insured: [[PERSON:Alberto Ong Sy]]; Policy No.: FP-2013-004418; Risk address: [[ADDRESS:88 Magallanes Street]], [[LOCATION:Tacloban City]] [[ZIP_CODE:6500]]; Peril: typhoon and storm surge; Date of loss: [[DATE_TIME:08 November 2013]]; Contact: [[PHONE_NUMBER:(053) 321-4470]]; Email: [[EMAIL_ADDRESS:albertosy.tac@gmail.com]]; Surveyor: [[PERSON:Ruel Catalan]].""",
    """{"ticket": "SUP-22918", "channel": "chat", "customer": {"name": "[[PERSON:Samuel Kiptoo]]", "msisdn": "[[PHONE_NUMBER:254711309284]]", "national_id": "[[ID_NUMBER:30187524]]", "kra_pin": "[[ID_NUMBER:A012849375K]]"}, "issue": "M-Pesa reversal not received", "agent": "[[PERSON:Faith Wambui]]"}""",
    """[[PERSON:Ottoline Featherstonehaugh]] asked that the Amex [[CREDIT_CARD:3792 408183 42102]] be removed from her profile, [[USERNAME:ofeatherstone]]; she now pays by direct debit from [[IBAN_CODE:IE52 BOFI 9001 2148 8306 27]] and has moved to [[LOCATION:Kinsale]].""",
    """LABORATORY REPORT. Name: [[PERSON:Nasrin Haidari]]; Sex: F; Age: [[AGE:33]]; Patient No.: [[ID_NUMBER:LBR-441902]]; Referring physician: [[PERSON:Dr. Emeka Nnadi]]; Collected: [[DATE_TIME:04-Jun-2025 07:50]]; Test: HbA1c 6.1% (ref 4.0-5.6); Comment: prediabetic range, repeat in 3 months.""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: payroll-export
  annotations:
    owner: "[[PERSON:Lakshmi Iyer]]"
    owner-email: "[[EMAIL_ADDRESS:lakshmi.iyer@finlane.in]]"
data:
  TEST_EMPLOYEE_PAN: "[[ID_NUMBER:BXTPI7720K]]"
  TEST_EMPLOYEE_AADHAAR: "[[ID_NUMBER:8362 0194 7353]]"
  SFTP_HOST: [[IP_ADDRESS:103.21.58.140]]""",
    """[[PERSON:Gerlie Manatad]]'s visa appointment at the embassy in [[LOCATION:Makati]] has been moved to [[DATE_TIME:2025-09-03 08:30]]; she must bring passport [[ID_NUMBER:P1184730A]], her NBI clearance and the letter from her employer, [[PERSON:Mrs. Jennifer Kwok]], of [[ADDRESS:Flat 18C, Tower 2, Laguna Verde]], [[LOCATION:Hung Hom]].""",
    """CASH-FOR-WORK PAYROLL. [[LOCATION:Barangay Sogod]], [[LOCATION:Southern Leyte]]. Period: Dec 2-13, 2024.
1. [[PERSON:Bonifacio Ebcas]] - 10 days - ₱4,350 - signature
2. [[PERSON:Merlyn Salvaleon]] - 10 days - ₱4,350 - signature
3. [[PERSON:Junel Ocular]] - 8 days - ₱3,480 - thumbmark
Certified correct: [[PERSON:Ana Liza Gomez]], MSWDO""",
    """<?php
// seed data for QA
$user = [
  'name' => '[[PERSON:Dimitra Papadopoulou]]',
  'email' => '[[EMAIL_ADDRESS:d.papadopoulou@otenet.gr]]',
  'tax_id' => '[[ID_NUMBER:128449375]]',
  'phone' => '[[PHONE_NUMBER:+30 694 418 2270]]',
];""",
    """{"farmer_id":"[[ID_NUMBER:RSBSA-01-28-11-004-00391]]","name":"[[PERSON:Estrella Madarang]]","sex":"F","birthdate":"[[DATE_TIME:1966-08-21]]","municipality":"[[LOCATION:Dingras]]","province":"[[LOCATION:Ilocos Norte]]","area_ha":0.85,"crop":"rice","coop":"Dingras Palay Growers Coop","mobile":"[[PHONE_NUMBER:09394418827]]"}""",
    """Greetings [[PERSON:Evander]], the Forward Metrics Producer role in [[LOCATION:Tralee]] is yours from [[DATE_TIME:05/08/2025]]. We will post the contract to [[ADDRESS:28 Ballyard Park]], [[LOCATION:Tralee]], [[LOCATION:Co. Kerry]] [[ZIP_CODE:V92 X4K2]]; your PPSN [[ID_NUMBER:1945027B]] is needed for payroll.""",
    """CHILD PROTECTION REFERRAL. Child: [[PERSON:Jayden Mwale]], [[AGE:11]], DOB [[DATE_TIME:2013-12-02]]; School: Kabulonga Boys; Concern raised by: [[PERSON:Mrs. Chanda Phiri]] (class teacher) on [[DATE_TIME:14 May 2025]]; Guardian: [[PERSON:Grace Mwale]], [[PHONE_NUMBER:+260 977 418 220]], [[ADDRESS:Plot 1142]], [[LOCATION:Chalala]], [[LOCATION:Lusaka]].""",
    """2025-07-01 13:05:44,219 INFO  [oec-portal] applicant_login ok id=[[ID_NUMBER:OFW-2019-8830412]] name="[[PERSON:Rachelle Ann Go Ledesma]]" ip=[[IP_ADDRESS:131.226.93.18]]
2025-07-01 13:06:10,008 INFO  [oec-portal] bm_exemption check passed employer="[[PERSON:Chen Jian-hong]]" jobsite=[[LOCATION:Kaohsiung]]
2025-07-01 13:06:12,551 INFO  [oec-portal] notify email=[[EMAIL_ADDRESS:rachelleann.ledesma@gmail.com]] sms=[[PHONE_NUMBER:+639062278814]]""",
]

TABLE = [
    """worker_name,passport_no,destination,position,departure,contact
[[PERSON:Glenda Rosales]],[[ID_NUMBER:P7301948A]],[[LOCATION:Hong Kong]],domestic helper,[[DATE_TIME:2025-07-03]],[[PHONE_NUMBER:0917 552 0148]]
[[PERSON:Ariel Magbanua]],[[ID_NUMBER:P4028813B]],[[LOCATION:Qatar]],driver,[[DATE_TIME:2025-07-05]],[[PHONE_NUMBER:0928 771 3046]]
[[PERSON:Rosemarie Lumantas]],[[ID_NUMBER:P9912045A]],[[LOCATION:Japan]],caregiver,[[DATE_TIME:2025-07-11]],[[PHONE_NUMBER:0995 204 6617]]""",
    """| # | Name | Age | Sex | Barangay | Needs |
|---|------|-----|-----|----------|-------|
| 1 | [[PERSON:Lucia Bacalso]] | [[AGE:74]] | F | [[LOCATION:Ermita]] | maintenance meds |
| 2 | [[PERSON:Jerico Sanchez]] | [[AGE:3]] | M | [[LOCATION:Ermita]] | milk, diapers |
| 3 | [[PERSON:Tomas Villacorta]] | [[AGE:66]] | M | [[LOCATION:Pasil]] | wheelchair |
| 4 | [[PERSON:Jenny Rose Alcoseba]] | [[AGE:22]] | F | [[LOCATION:Pasil]] | prenatal check-up |""",
    """Member No.\tName\tBarangay\tArea (ha)\tShare capital (PHP)\tMobile
[[ID_NUMBER:NRC-0112]]\t[[PERSON:Alejandro Ferrer]]\t[[LOCATION:Bantug]]\t1.50\t12,000\t[[PHONE_NUMBER:0918 440 2271]]
[[ID_NUMBER:NRC-0118]]\t[[PERSON:Corazon Mananquil]]\t[[LOCATION:Sibut]]\t0.75\t6,500\t[[PHONE_NUMBER:0927 118 3392]]
[[ID_NUMBER:NRC-0131]]\t[[PERSON:Wilfredo Sagun]]\t[[LOCATION:Bantug]]\t2.10\t15,000\t[[PHONE_NUMBER:0906 882 5510]]
[[ID_NUMBER:NRC-0140]]\t[[PERSON:Jocelyn Dela Cruz]]\t[[LOCATION:Agcano]]\t1.00\t8,000\tn/a""",
    """EMP_ID   NAME                 SSN          DEPT      HIRED
[[ID_NUMBER:100482]]   [[PERSON:Carla Mendez]]         [[US_SSN:512-30-8874]]  Finance   [[DATE_TIME:03/15/2018]]
[[ID_NUMBER:100517]]   [[PERSON:Devon Whitaker]]       [[US_SSN:233-71-4409]]  Ops       [[DATE_TIME:11/02/2020]]
[[ID_NUMBER:100603]]   [[PERSON:Nguyen Thi Hoa]]       [[US_SSN:618-04-2297]]  Finance   [[DATE_TIME:06/21/2022]]""",
    """{"name": "[[PERSON:Harriet Okonedo]]", "email": "[[EMAIL_ADDRESS:h.okonedo@gmail.com]]", "postcode": "[[ZIP_CODE:NG7 2QL]]", "newsletter": true, "orders": 4}
{"name": "[[PERSON:Callum Fraser]]", "email": "[[EMAIL_ADDRESS:callumfraser81@hotmail.co.uk]]", "postcode": "[[ZIP_CODE:EH6 5JR]]", "newsletter": false, "orders": 1}
{"name": "[[PERSON:Bronwen Lloyd]]", "email": "[[EMAIL_ADDRESS:bronwen.lloyd@sky.com]]", "postcode": "[[ZIP_CODE:LL57 2DG]]", "newsletter": true, "orders": 12}""",
    """emergency_contacts:
  - employee: [[PERSON:Farah Siddiqui]]
    contact_name: [[PERSON:Imran Siddiqui]]
    relationship: spouse
    phone: [[PHONE_NUMBER:+971 50 662 1840]]
  - employee: [[PERSON:Jomel Pacquiao]]
    contact_name: [[PERSON:Lilibeth Pacquiao]]
    relationship: mother
    phone: [[PHONE_NUMBER:+63 935 118 2046]]
  - employee: [[PERSON:Anil Thapa]]
    contact_name: [[PERSON:Sita Thapa]]
    relationship: sister
    phone: [[PHONE_NUMBER:+977 984 112 7730]]""",
    """Patient name: [[PERSON:Consuelo Arnaiz]]
Hospital no.: [[ID_NUMBER:VSMMC-2025-118402]]
Date of birth: [[DATE_TIME:14 Aug 1957]]
Age: [[AGE:67]]
Sex: Female
Ward: Medicine 3
Attending: [[PERSON:Dr. Raul Abellanosa]]
Address: [[ADDRESS:Purok Kalubihan]], [[LOCATION:Barangay Pardo]], [[LOCATION:Cebu City]]
PhilHealth: [[ID_NUMBER:19-000482217-5]]""",
    """order_id,sku,qty,customer,ship_to,postcode,phone
SO-99120,BK-0041-PB,2,[[PERSON:Mandla Khumalo]],"[[ADDRESS:14 Protea Road]], [[LOCATION:Durban North]]",[[ZIP_CODE:4051]],[[PHONE_NUMBER:083 447 2190]]
SO-99121,MUG-BLU-12,1,[[PERSON:Ruth Abrahams]],"[[ADDRESS:Unit 9, Sea Point Mews, 21 Regent Rd]], [[LOCATION:Sea Point]]",[[ZIP_CODE:8005]],[[PHONE_NUMBER:072 118 6654]]
SO-99122,TSH-L-GRN,3,[[PERSON:Pieter Joubert]],"[[ADDRESS:3 Kerk Street]], [[LOCATION:Stellenbosch]]",[[ZIP_CODE:7600]],[[PHONE_NUMBER:082 903 1147]]""",
    """Ngalan,Edad,Purok,Barangay,Numero sa cellphone,Nadawat
[[PERSON:Teofila Ybañez]],[[AGE:70]],[[ADDRESS:Purok 2]],[[LOCATION:Calero]],[[PHONE_NUMBER:0936 552 1184]],"bugas 5 kilos, de lata"
[[PERSON:Rogelio Ybañez]],[[AGE:73]],[[ADDRESS:Purok 2]],[[LOCATION:Calero]],wala,bugas 5 kilos
[[PERSON:Maricar Lapiz]],[[AGE:29]],[[ADDRESS:Purok 5]],[[LOCATION:Calero]],[[PHONE_NUMBER:0995 640 3318]],"hygiene kit, gatas sa bata"
[[PERSON:Ernie Tabotabo]],[[AGE:48]],[[ADDRESS:Purok 1]],[[LOCATION:Sabang]],[[PHONE_NUMBER:0920 778 0146]],trapal""",
    """| Numero ti kameng | Nagan | Edad | Barangay | Pagay a nailako (sako) |
|---|---|---|---|---|
| [[ID_NUMBER:BAT-0452]] | [[PERSON:Ernesto Agcaoili]] | [[AGE:61]] | [[LOCATION:Palpalicong]] | 48 |
| [[ID_NUMBER:BAT-0466]] | [[PERSON:Flordeliza Ranada]] | [[AGE:44]] | [[LOCATION:Baay]] | 35 |
| [[ID_NUMBER:BAT-0471]] | [[PERSON:Marcelino Garvida]] | [[AGE:70]] | [[LOCATION:Quiling Sur]] | 52 |""",
    """Pangalan\tJobsite\tPosition\tStatus\tRemarks
[[PERSON:Cristy Mae Obejas]]\t[[LOCATION:Kuwait]]\tHSW\tFor PDOS\tKulang pa NBI clearance, babalik daw siya sa [[DATE_TIME:June 20]]
[[PERSON:Noel Ampoloquio]]\t[[LOCATION:Japan]]\tWelder\tVisa stamped\tFlight niya [[DATE_TIME:July 2]], pakisabihan si Ma'am [[PERSON:Tess]]
[[PERSON:Janice Cabrera]]\t[[LOCATION:Taiwan]]\tFactory worker\tMedical\tUnfit muna, repeat x-ray sa [[DATE_TIME:6/25]], cp [[PHONE_NUMBER:0915 284 7730]]""",
    """| Patient | OP No. | Phone | Appointment | Clinic |
|---|---|---|---|---|
| [[PERSON:Achieng Odhiambo]] | [[ID_NUMBER:KNH-448201]] | [[PHONE_NUMBER:0712 448 390]] | [[DATE_TIME:12/06/2025 09:00]] | Diabetes |
| [[PERSON:Kiprop Rotich]] | [[ID_NUMBER:KNH-451077]] | [[PHONE_NUMBER:0733 902 118]] | [[DATE_TIME:12/06/2025 10:30]] | Eye |
| [[PERSON:Halima Abdi]] | [[ID_NUMBER:KNH-452310]] | [[PHONE_NUMBER:0798 204 661]] | [[DATE_TIME:13/06/2025 08:15]] | ANC |""",
    """S.No.,Student Name,DOB,Father's Name,Guardian Mobile,Section
1,[[PERSON:Aditi Sharma]],[[DATE_TIME:05-02-2012]],[[PERSON:Vikram Sharma]],[[PHONE_NUMBER:98110 47723]],7B
2,[[PERSON:Mohd. Faizan]],[[DATE_TIME:19-09-2011]],[[PERSON:Mohd. Irfan]],[[PHONE_NUMBER:99583 20176]],7B
3,[[PERSON:Simranjeet Kaur]],[[DATE_TIME:30-11-2011]],[[PERSON:Gurpreet Singh]],[[PHONE_NUMBER:+91 78380 91456]],7B""",
    """Address\tTenant\tPhone\tEmail\tLease start\tRent (CAD)
[[ADDRESS:1204-88 Harbour St]]\t[[PERSON:Yusuf Demir]]\t[[PHONE_NUMBER:604-812-3390]]\t[[EMAIL_ADDRESS:yusuf.demir@shaw.ca]]\t[[DATE_TIME:2024-09-01]]\t2,450
[[ADDRESS:807-88 Harbour St]]\t[[PERSON:Camille Fortin]]\t[[PHONE_NUMBER:778-229-0415]]\t[[EMAIL_ADDRESS:cfortin@videotron.ca]]\t[[DATE_TIME:2025-01-15]]\t2,190
[[ADDRESS:305-88 Harbour St]]\t[[PERSON:Jasleen Bains]]\t[[PHONE_NUMBER:236-410-7782]]\t[[EMAIL_ADDRESS:jas.bains@gmail.com]]\t[[DATE_TIME:2023-06-01]]\t1,980""",
    """{"username": "[[USERNAME:mcastillo]]", "full_name": "[[PERSON:Miguel Castillo]]", "last_login": "[[DATE_TIME:2025-06-02T07:58:31Z]]", "last_ip": "[[IP_ADDRESS:190.85.44.12]]", "mfa": true}
{"username": "[[USERNAME:ysato]]", "full_name": "[[PERSON:Yuki Sato]]", "last_login": "[[DATE_TIME:2025-05-29T23:10:04Z]]", "last_ip": "[[IP_ADDRESS:126.74.201.9]]", "mfa": false}
{"username": "[[USERNAME:obrien.t]]", "full_name": "[[PERSON:Tadhg O'Brien]]", "last_login": "[[DATE_TIME:2025-06-01T12:44:50Z]]", "last_ip": "[[IP_ADDRESS:2001:bb6:4f12:7a00:d1e2:3b9c:aa41:5e07]]", "mfa": true}""",
    """speakers:
  - name: [[PERSON:Adaeze Okoro]]
    talk: Scaling payments in West Africa
    email: [[EMAIL_ADDRESS:adaeze@okoro.dev]]
    city: [[LOCATION:Abuja]]
  - name: [[PERSON:Rafael Quintero]]
    talk: Rust at the edge
    email: [[EMAIL_ADDRESS:rquintero@fastmail.com]]
    github: [[USERNAME:rquintero-dev]]
    city: [[LOCATION:Medellín]]
  - name: [[PERSON:Hana Kobayashi]]
    talk: Accessible design systems
    site: [[URL:https://hanakobayashi.design]]
    city: [[LOCATION:Osaka]]""",
    """Applicant: [[PERSON:Bongani Sithole]]
ID number: [[ID_NUMBER:9004175831083]]
Date of birth: [[DATE_TIME:17 April 1990]]
Cell: [[PHONE_NUMBER:071 338 2049]]
Email: [[EMAIL_ADDRESS:bongani.sithole90@gmail.com]]
Home address: [[ADDRESS:2231 Mbuyisa Street]], [[LOCATION:KwaThema]], [[LOCATION:Springs]], [[ZIP_CODE:1575]]
Position applied for: Warehouse supervisor
Criminal record: none declared""",
    """| Name | NRIC/FIN | DOB | Contact | Visit |
| --- | --- | --- | --- | --- |
| [[PERSON:Lim Boon Keng]] | [[ID_NUMBER:S7702961C]] | [[DATE_TIME:12/03/1977]] | [[PHONE_NUMBER:9123 4408]] | [[DATE_TIME:04/06/2025]] |
| [[PERSON:Priya d/o Subramaniam]] | [[ID_NUMBER:T0291847H]] | [[DATE_TIME:21/09/2002]] | [[PHONE_NUMBER:8455 2017]] | [[DATE_TIME:04/06/2025]] |
| [[PERSON:Maria Clara Santos]] | [[ID_NUMBER:G5128374R]] | [[DATE_TIME:02/11/1988]] | [[PHONE_NUMBER:8730 6612]] | [[DATE_TIME:05/06/2025]] |""",
    """beneficiary,relationship,iban,bank,mobile
[[PERSON:Hamid Reza Nouri]],brother,[[IBAN_CODE:AE46 0350 0000 6231 8840 072]],ENBD,[[PHONE_NUMBER:+971 56 418 2203]]
[[PERSON:Leonora Quiñones]],self,[[IBAN_CODE:SA59 4500 0000 2170 9338 0014]],SABB,[[PHONE_NUMBER:+966 50 771 4092]]
[[PERSON:Thomas Varghese]],father,[[IBAN_CODE:BH40NBOB00001287340561]],NBB,[[PHONE_NUMBER:+973 3644 1820]]""",
    """[[LOCATION:Barangay Taytay]], [[LOCATION:Danao City]] - rapid damage assessment
HH#  HEAD OF FAMILY          AGE  PUROK    DAMAGE
001  [[PERSON:Celestino Abapo]]         [[AGE:64]]   [[ADDRESS:Purok 1]]  TOTAL
002  [[PERSON:Marilyn Go Tiongco]]      [[AGE:41]]   [[ADDRESS:Purok 1]]  PARTIAL
003  [[PERSON:Reynante Ubas]]           [[AGE:38]]   [[ADDRESS:Purok 3]]  TOTAL
004  [[PERSON:Perla Sumalinog]]         [[AGE:57]]   [[ADDRESS:Purok 4]]  PARTIAL""",
    """first,last,email,skills,shirt
[[PERSON:Noor]],[[PERSON:Haddad]],[[EMAIL_ADDRESS:noor.haddad@outlook.com]],first aid;arabic,M
[[PERSON:Kenji]],[[PERSON:Watanabe]],[[EMAIL_ADDRESS:kwatanabe77@gmail.com]],logistics,L
[[PERSON:Precious]],[[PERSON:Banda]],[[EMAIL_ADDRESS:precious.banda@yahoo.com]],counselling;chichewa,S
[[PERSON:Ruairí]],[[PERSON:Mac Giolla]],[[EMAIL_ADDRESS:ruairi.macgiolla@gmail.com]],driving,XL""",
    """| Member # | Name | Mobile | Joined | Plan |
|---|---|---|---|---|
| [[ID_NUMBER:CH-20441]] | [[PERSON:Tama Rangihuna]] | [[PHONE_NUMBER:027 412 8830]] | [[DATE_TIME:3 Feb 2024]] | Off-peak |
| [[ID_NUMBER:CH-20458]] | [[PERSON:Georgia Baxter]] | [[PHONE_NUMBER:021 066 4417]] | [[DATE_TIME:19 Feb 2024]] | Full |
| [[ID_NUMBER:CH-20502]] | [[PERSON:Vikash Prasad]] | [[PHONE_NUMBER:022 318 9025]] | [[DATE_TIME:1 Mar 2024]] | Student |""",
    """Item\tFound at\tDate\tOwner\tOwner phone\tStatus
Black wallet (licence inside)\tGate 12\t05/05\t[[PERSON:Ahmad Farouk]]\t[[PHONE_NUMBER:0412 774 018]]\tcollected
Blue umbrella\tFood court\t05/05\tunknown\t-\tunclaimed
iPhone 13, pink case\tCarpark B\t06/05\t[[PERSON:Tiarne Collins]]\t[[PHONE_NUMBER:0433 190 552]]\towner notified""",
    """{"txn":"T-000918","cardholder":"[[PERSON:Beatrice Ong]]","pan":"[[CREDIT_CARD:4556730219864453]]","merchant":"Grab*Ride","amount":"18.40 SGD"}
{"txn":"T-000919","cardholder":"[[PERSON:Rahul Menon]]","pan":"[[CREDIT_CARD:5218934607712095]]","merchant":"NTUC FairPrice","amount":"76.15 SGD"}
{"txn":"T-000920","cardholder":"[[PERSON:Sophie Lambert]]","pan":"[[CREDIT_CARD:2223003122003008]]","merchant":"Changi Airport T3","amount":"42.00 SGD"}""",
    """Employee: [[PERSON:Kofi Mensah-Bright]]
Staff no: [[ID_NUMBER:004471]]
NI number: [[ID_NUMBER:JT 48 22 91 C]]
Date joined: [[DATE_TIME:12 September 2022]]
Department: Warehouse
Home: [[ADDRESS:33 Grange Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 7QF]]
Bank: sort code 20-45-77, account [[ID_NUMBER:60338821]]""",
    """fn,ln,dob,st,zip,dl_no
[[PERSON:Brittany]],[[PERSON:Kowalczyk]],[[DATE_TIME:1995-04-30]],[[LOCATION:WI]],[[ZIP_CODE:53207]],[[US_DRIVER_LICENSE:K423-1189-5530-04]]
[[PERSON:DeShawn]],[[PERSON:Carter]],[[DATE_TIME:1988-12-11]],[[LOCATION:MD]],[[ZIP_CODE:21215]],[[US_DRIVER_LICENSE:C-630-418-227-905]]
[[PERSON:Linh]],[[PERSON:Pham]],[[DATE_TIME:2001-07-19]],[[LOCATION:TX]],[[ZIP_CODE:77072]],[[US_DRIVER_LICENSE:40917735]]""",
    """| Date delivered | Member | Sacks | Moisture % | Amount paid (PHP) |
|---|---|---|---|---|
| [[DATE_TIME:2025-04-08]] | [[PERSON:Gregorio Tumamao]] | 36 | 14.2 | 41,760 |
| [[DATE_TIME:2025-04-08]] | [[PERSON:Lydia Agustin]] | 18 | 15.0 | 20,160 |
| [[DATE_TIME:2025-04-09]] | [[PERSON:Samuel Pagdilao]] | 51 | 13.8 | 59,670 |
| [[DATE_TIME:2025-04-10]] | [[PERSON:Rosita Bulusan]] | 27 | 14.6 | 31,050 |""",
    """worker: [[PERSON:Dennis Baguio Alcantara]]
oec_no: 2025-0418-77219
jobsite: [[LOCATION:Al Khobar]], [[LOCATION:Saudi Arabia]]
beneficiaries:
  - name: [[PERSON:Mercy Alcantara]]
    relation: wife
    mobile: [[PHONE_NUMBER:0917 448 0921]]
    address: [[ADDRESS:Purok 3]], [[LOCATION:Barangay Maslog]], [[LOCATION:Sibonga]], [[LOCATION:Cebu]]
  - name: [[PERSON:Dennise Joy Alcantara]]
    relation: daughter
    age: [[AGE:12]]""",
    """| Pupil | Class | Parent | Phone | Email |
|---|---|---|---|---|
| [[PERSON:Ifeoluwa Adeyemi]] | Primary 4 | [[PERSON:Mrs. Bisi Adeyemi]] | [[PHONE_NUMBER:0803 221 4490]] | [[EMAIL_ADDRESS:bisiadeyemi@gmail.com]] |
| [[PERSON:Chisom Okafor]] | Primary 4 | [[PERSON:Mr. Emeka Okafor]] | [[PHONE_NUMBER:0706 448 1123]] | [[EMAIL_ADDRESS:emeka.okafor@yahoo.com]] |
| [[PERSON:Abdullahi Musa]] | Primary 5 | [[TITLE:Alhaji]] [[PERSON:Musa Danjuma]] | [[PHONE_NUMBER:0813 907 3302]] | - |""",
    """seq,surname,first_name,birthdate,jobsite,agency
1,[[PERSON:Bacus]],[[PERSON:Rhea]],[[DATE_TIME:1993-03-12]],[[LOCATION:Hong Kong]],Maxicare Manpower
2,[[PERSON:Dalisay]],[[PERSON:Kenneth]],[[DATE_TIME:1990-10-27]],[[LOCATION:Kuwait]],Golden Sun Intl
3,[[PERSON:Tan-Ungco]],[[PERSON:Ma. Fe]],[[DATE_TIME:1985-06-01]],[[LOCATION:Singapore]],Star Recruitment
4,[[PERSON:Macalindong]],[[PERSON:Jerome]],[[DATE_TIME:1998-01-19]],[[LOCATION:Japan]],Nippon Link Corp""",
    """LICENSE#            NAME                  DOB         ST
[[US_DRIVER_LICENSE:E4471092]]            [[PERSON:Frank DeLuca]]          [[DATE_TIME:1972-08-14]]  [[LOCATION:CA]]
[[US_DRIVER_LICENSE:WDLK7Q8R2914]]        [[PERSON:Sharon Whitcomb]]       [[DATE_TIME:1990-02-28]]  [[LOCATION:WA]]
[[US_DRIVER_LICENSE:D4127 30554 07921]]   [[PERSON:Ramón Esquivel]]        [[DATE_TIME:1983-11-05]]  [[LOCATION:NJ]]""",
    """Owner\tPet\tSpecies\tPhone\tEircode\tBalance (EUR)
[[PERSON:Niamh Gallagher]]\tBiscuit\tdog\t[[PHONE_NUMBER:087 204 5581]]\t[[ZIP_CODE:F91 K2T8]]\t0.00
[[PERSON:Seán Ó Dálaigh]]\tMittens\tcat\t[[PHONE_NUMBER:085 771 3309]]\t[[ZIP_CODE:F91 X8E4]]\t45.00
[[PERSON:Agnieszka Nowak]]\tRex\tdog\t[[PHONE_NUMBER:089 440 1127]]\t[[ZIP_CODE:F91 HW31]]\t120.50""",
    """DISASTER ASSISTANCE FAMILY ACCESS CARD
Serial No.: [[ID_NUMBER:0722-031-0884]]
Head of family: [[PERSON:Lorenzo Abellana Cuizon]]
Birthdate: [[DATE_TIME:06/17/1969]]
Age: [[AGE:55]]
Sex: M
Occupation: fisherman
Address: [[LOCATION:Sitio Tabok]], [[LOCATION:Barangay Mactan]], [[LOCATION:Lapu-Lapu City]]
Contact no.: [[PHONE_NUMBER:0943 118 2207]]
Family members: 5
Date registered: [[DATE_TIME:12/17/2021]]""",
    """{"uid": "[[USERNAME:ahmed_k92]]", "age": [[AGE:32]], "nationality": "[[NRP:Egyptian]]", "city": "[[LOCATION:Alexandria]]", "premium": false}
{"uid": "[[USERNAME:lenka.novak]]", "age": [[AGE:27]], "nationality": "[[NRP:Czech]]", "city": "[[LOCATION:Brno]]", "premium": true}
{"uid": "[[USERNAME:baguio_hiker]]", "age": [[AGE:41]], "nationality": "[[NRP:Filipino]]", "city": "[[LOCATION:Baguio]]", "premium": true}""",
    """tenant;flat;iban;rent_eur;since
[[PERSON:Jana Kowalski]];[[ADDRESS:Lindenstraße 8, WE 3]];[[IBAN_CODE:DE75100500000190448213]];780,00;[[DATE_TIME:01.04.2021]]
[[PERSON:Emre Aydın]];[[ADDRESS:Lindenstraße 8, WE 5]];[[IBAN_CODE:DE46430609670882140300]];805,00;[[DATE_TIME:15.09.2023]]
[[PERSON:Marie-Luise Hartmann]];[[ADDRESS:Lindenstraße 10, WE 1]];[[IBAN_CODE:DE54760100850271937715]];690,00;[[DATE_TIME:01.01.2019]]""",
]

CHAT = [
    """[10:02] Agent [[PERSON:Kim]]: Thanks for contacting FirstBridge Bank, who am I chatting with today?
[10:02] Customer: [[PERSON:Luis Ortega-Pineda]]. My debit card got eaten by the ATM on 5th Ave.
[10:03] Agent [[PERSON:Kim]]: Sorry about that, [[PERSON:Luis]]. Can you confirm your date of birth and the last 4 of your SSN?
[10:03] Customer: [[DATE_TIME:02/17/1990]], 4471
[10:04] Agent [[PERSON:Kim]]: Thanks. I've cancelled the card and will send a new one to [[ADDRESS:1180 Amsterdam Ave, Apt 5F]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10027]]. Is that still current?
[10:05] Customer: yes. can you also text me at [[PHONE_NUMBER:646-219-8804]] when it ships
[10:05] Agent [[PERSON:Kim]]: Done! Anything else I can help with?""",
    """[[PERSON:Jocelyn]] ([[LOCATION:Dubai]]): Ma, gipadala na nako ang ₱12,000 pinaagi sa Cebuana, control number 4471-0092-18, sa pangalan nimo nga [[PERSON:Linda Abarquez]].
[[PERSON:Linda]]: Salamat kaayo 'Day! Kuhaon nako ugma sa [[LOCATION:Carbon]].
[[PERSON:Rey]]: Ate, kanus-a man ka mouli?
[[PERSON:Jocelyn]] ([[LOCATION:Dubai]]): Sa [[DATE_TIME:Disyembre 18]] akong flight, abot ko sa [[LOCATION:Mactan]] alas sais sa buntag.
[[PERSON:Linda]]: Ayaw kalimti imong pasaporte ug OEC, 'nak. Ug tawagi si Tita [[PERSON:Nena]] sa [[PHONE_NUMBER:0917 225 6041]], siya ang mosugat nimo sa airport.""",
    """#oncall-payments
[[USERNAME:priya.raman]]  9:14 AM
anyone know who owns the refund for [[PERSON:Dariusz Kowalczyk]]? he's emailed twice from [[EMAIL_ADDRESS:d.kowalczyk@wp.pl]], card [[CREDIT_CARD:4895 0422 2076 3918]]
[[USERNAME:tom.hughes]]  9:16 AM
that's [[PERSON:Femi]]'s queue but he's out today. I can take it, what's the txn?
[[USERNAME:priya.raman]]  9:17 AM
TXN-88213-ZK, 249.00 PLN, he says he was charged twice on [[DATE_TIME:28 May]]
[[USERNAME:tom.hughes]]  9:25 AM
refunded. also his shipping address is wrong in the CRM, he moved to [[ADDRESS:ul. Długa 44/12]], [[ZIP_CODE:80-827]] [[LOCATION:Gdańsk]]""",
    """Relief Desk: Good afternoon! Paano po kami makakatulong?
[[PERSON:Marvin Lagahit]]: Hi po, from [[LOCATION:Barangay San Roque]], [[LOCATION:Bogo City]] po ako. Yung lola ko po si [[PERSON:Eufemia Lagahit]], [[AGE:84]], bedridden po, wala pa po kaming nakuha na food pack since [[DATE_TIME:Sept 30]].
Relief Desk: Noted po. Pakibigay po ng exact address at contact number.
[[PERSON:Marvin Lagahit]]: [[ADDRESS:Purok Mangga]], near the chapel po. [[PHONE_NUMBER:0929 117 4402]]
Relief Desk: Salamat po, [[PERSON:Marvin]]. Isasama po namin kayo sa list for delivery bukas.""",
    """[[PERSON:Rosita Agdeppa]]: Naimbag nga aldaw! Ania nga oras ti miting ti kooperatiba?
[[PERSON:Jun Ramos]]: Alas nuebe iti bigat, idiay bodega iti [[LOCATION:Barangay Bimmanga]]. Iyegyo ti ID ti kooperatiba.
[[PERSON:Rosita Agdeppa]]: Wen. Ania manen ti member number ko?
[[PERSON:Jun Ramos]]: [[ID_NUMBER:PGC-0884]]. Ken ni Lakay [[PERSON:Andres]], saanna pay a nabayadan ti loanna.
[[PERSON:Rosita Agdeppa]]: Awagak isuna. Ti numerona ket [[PHONE_NUMBER:0916 338 2271]], saan kadi?
[[PERSON:Jun Ramos]]: Wen, dayta.""",
    """[06/04/2025, 19:02] Mum: Has anyone got Grandad's new address for the card?
[06/04/2025, 19:05] [[PERSON:Hollie]]: It's [[ADDRESS:Room 14, Oakwood Lodge, 22 Station Road]], [[LOCATION:Keswick]] [[ZIP_CODE:CA12 4NB]]
[06/04/2025, 19:06] [[PERSON:Dan Pearce]]: his birthday's [[DATE_TIME:the 19th]] btw, he'll be [[AGE:90]]!!
[06/04/2025, 19:07] Mum: I know when my own dad's birthday is [[PERSON:Daniel]] 🙄
[06/04/2025, 19:10] [[PERSON:Hollie]]: care home number is 017687 72000 if you want to ring him""",
    """Bot: Welcome to support. Please enter your registered mobile number.
User: [[PHONE_NUMBER:98450 22719]]
Bot: An OTP has been sent to your number. Please type it here.
User: 448192
Agent: Hi, this is [[PERSON:Sneha]]. Am I speaking with [[PERSON:Mr. Venkatesh Iyengar]]?
User: yes. my SIM stopped working after the KYC update, I gave my Aadhaar [[ID_NUMBER:2671 8350 9428]] at the store on [[DATE_TIME:3rd June]]
Agent: I can see the request. For re-verification please share an alternate number and your email.
User: [[PHONE_NUMBER:080 2345 1198]], [[EMAIL_ADDRESS:venky.iyengar@rediffmail.com]]""",
    """[[PERSON:Tess]]: Guys, sino may hawak sa file ni [[PERSON:Ruby Ann Macasero]]? Naka-sched siya for PDOS sa [[DATE_TIME:Thursday, June 19]].
[[PERSON:Arvin]]: Ako po Ma'am. Complete na docs niya except birth cert, taga [[LOCATION:Bayugan]] pa kasi siya kaya matagal.
[[PERSON:Tess]]: Sige, pa-text mo siya sa [[PHONE_NUMBER:0927 881 0354]]. Yung employer niya sa [[LOCATION:Kowloon Tong]], si [[PERSON:Mrs. Wong Siu-fan]], nagtatanong na kung kailan siya darating.
[[PERSON:Arvin]]: Noted po. Target arrival [[DATE_TIME:June 28]]. Passport niya [[ID_NUMBER:P5530219B]], valid until 2034.""",
]

LOOKALIKE = [
    """Order #112-4471920-8834102 has shipped. Tracking: 1Z 4W8 E71 03 9182 4407 (UPS Ground). Items: SKU HX-220-BLK x1, ISBN 978-0-14-312755-0 x2. Invoice INV-2025-004417 is attached. Questions? Call our customer care line at 1-800-431-7726 or write to support@shopwise-store.com. Your router can be updated to firmware 10.2.0.114 from the settings menu.""",
    """The Parkinson's clinic on Elizabeth Street has moved next to the Florence Nightingale Building, just past the Marie Curie charity shop on Victoria Road. Patients attending for Crohn's disease or Hodgkin lymphoma should use the Alexander Fleming entrance. To change an appointment, contact the clinic coordinator, [[PERSON:Deborah Mwangi]], on [[PHONE_NUMBER:07833 412 906]]; the hospital switchboard is 020 7188 7188.""",
    """PAHIBALO SA KOOPERATIBA: Ang bag-ong presyo sa humay kay ₱21.50 kada kilo sukad sa Lot No. 2025-WS-014. Ang resibo OR No. 0048817 ug ang Purchase Order PO-RC-2025-0331 anaa sa opisina. Tawag sa opisina: (032) 346-1180 o mag-email sa info@bugaskoop.ph. Ang mga sako nga may batch code RC-160-7721 i-deliver sa Bodega 3 sa Rizal Street. Para sa reklamo, kontaka si [[PERSON:Gemma Lumapas]] sa [[PHONE_NUMBER:0917 664 2039]].""",
    """Release notes, client v10.4.22.130 (commit 9f3b2c1e8a7d4f60b2c19e0d3a5f7b8c9d0e1f2a): fixed a crash on units with serial SN-A7X-55120-Q; bumped libssl to 3.0.13; request IDs are now UUIDs (e.g. 3f1c9a7e-2b4d-4e8a-9c61-0d5f2e8b7a14); sample checksum sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855. Build 2025.06.14-rc2 is signed with key 0x4A7F19C2. Thanks to [[USERNAME:mhollis-dev]] for the patch.""",
    """INVOICE 2025-0917. Bill to: Harrow & Finch Solicitors LLP, accounts@harrowfinch.co.uk, VAT reg. GB 412 7730 81, company no. 08812045. Terms: 30 days; pay by BACS quoting INV-2025-0917. PO ref 4500118273. Line 1: annual licence, product code LIC-ENT-250, qty 25. Queries to our finance desk on 020 3321 4400. Prepared by [[PERSON:Arjun Malhotra]].""",
    """DROMIC Report #14 on Typhoon Kristine, as of 06:00 today: 2,418 Family Food Packs (lot FFP-2024-RO5-00412) released from the regional warehouse; PO 2024-11-0087 for 5,000 more packs awarded. Hotline 8931-8101 loc. 117, email dromic.ro5@dswd.gov.ph. Evacuation center EC-0512-03 remains open. For data corrections, contact Disaster Response Officer [[PERSON:Ferdinand Caballes]] at [[EMAIL_ADDRESS:fcaballes@dswd.gov.ph]].""",
    """HIRING: Job Order JO-2025-KSA-00418 (accreditation no. ACC-44-1192), License No. DMW-097-LB-112317-R. Positions: 7212-WLD welders (40), 9111-HSW household workers (25). Salary USD 400-650, free board and lodging. No placement fee. Verify this job order at the DMW hotline 1348 or email jobs@goldenpath.ph. Applicants may send their CVs to our recruitment officer, [[PERSON:Charmaine Dy]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind137", STYLES, OUT)


if __name__ == "__main__":
    main()

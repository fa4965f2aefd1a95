"""Build tests/data/blind90.jsonl: a *blind*, hand-written labeled PII set (table-heavy variant).

    .venv/bin/python tests/data/make_blind90.py

Blind: written without any knowledge of the detector. Read, and nothing else:
lines 1-121 of make_blind22.py (its module docstring with the labeling
conventions and style descriptions, and its import lines) and its tail from
`STYLES = {` to the end of the file (the scaffolding copied below);
gold_sets.py in full; lines 1-64 of make_handwritten.py (conventions, the
MARK and TITLE_IN_NAME regexes, `parse()`). Not read: minimize/,
recognizers/, the tests (other than those lines), bench/, the README, any
*.jsonl (this script's own output included), any other make_*.py (nor the
record lists of make_blind22.py), git history, log or status. The detector,
the bench and the tests were never run; git was not run at all. Do not tune
the detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Check digits were worked out with
hand-run throwaway code while writing (not generated here): card numbers
pass Luhn; IBANs pass mod-97 with their country's length, and the national
check digits inside the French (RIB key), Spanish and Belgian IBANs are
right too (`gold_sets.check` re-checks cards and IBANs and refuses a bad
one). National ids with a public check digit got a valid one: Chinese
resident ids (ISO 7064 MOD 11-2, agreeing with the holder's sex and birth
date), Thai national ids, Singapore NRIC / FIN, NHS numbers, SIN, Aadhaar
(Verhoeff), South African ids (Luhn, agreeing with sex and birth date), TFN,
Irish PPSN, BSN, CPF, CURP, Portuguese NIF, Australian Medicare, NZ NHI and
the Spanish DNI; so did the North American and Chinese VINs (position 9),
the Singapore car plate and the ISBN-13 look-alikes. Not checked (no public
check digit or none used): UK NI numbers, US SSNs, PAN, BVN, Nigerian NIN,
Kenyan ids and KRA PINs, Philippine SSS / PhilHealth / TIN, UCI, passports,
licences, other plates and bank account numbers, staff, student, member,
patient and customer numbers.

Styles (ids `blind90-<style>-NNN`; 240 records):
- `gen` (80): one to four sentences with personal data woven into prose, as
  a third-party LLM writes "realistic sentences with personal data". Extra
  weight on immigration and visas (13), car rental and vehicle registration
  (12) and utilities and energy bills (12); the rest spread over banking,
  insurance, health, pharmacy, courts, schools, universities, payroll,
  retail, hotels, airlines, telecoms, tax, lettings, gaming, social media,
  tech support, deliveries, gyms, vets, weddings, church, charity, dating,
  libraries, police, jobs, dentists, opticians, pensions, restaurants,
  tickets, removals, obituaries, politics, genealogy and sports clubs. Names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `bench` (85): in the manner of ai4privacy pii-masking-200k/300k/400k (33:
  odd dense sentences with job titles, streets with building numbers and
  secondary addresses, IPv4 / IPv6, MACs, user agents, cards with CVV and
  expiry, IBAN and BIC), gretel-pii-masking-en-v1 (24 domain documents:
  claims, contracts, discharge and lab reports, loan, rental and KYC forms,
  notices, letters, a will, W-4, background check) and Nemotron-PII (21:
  JSON, log lines, SQL, XML, YAML and .env config, code, tickets, e-mail
  headers, access logs, git config, HL7, an Ansible inventory, forms).
- `table` (60): one small labeled table per record (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks, vCard), three
  to five rows, varied column names with non-PII columns; header rows
  unlabeled.
- `chat` (8): support chats, a family messaging thread, team chat, SMS and
  marketplace threads, a WeChat-style group and a LINE-style chat.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and case references, SKUs, ISBNs, versions shaped like
  IPs, hashes, UUIDs, serials, MACs, routing and SWIFT codes, company phones,
  role mailboxes, eponyms, streets named after people with no number), the
  few real PII values labeled; the first has no PII at all.

Languages: about nine records in ten in English (US, UK, Canada, Australia,
New Zealand, Ireland, India, Singapore, the Philippines, Nigeria, Ghana,
Kenya, South Africa and others, with names from the many cultures living
there); 24 records (10%) are in Simplified Chinese (mainland China and
Singapore: 4 gen, 4 bench, 3 table, 1 chat, 1 lookalike) and Thai (4 gen,
3 bench, 3 table, 1 chat).

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE, and
  family words ("uncle", "Auntie", "Mum") stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  building names in an address; city, district, county, state / province
  (also abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter, travel, document expiry ...) with a day
  or a month, in any shape; a weekday or a clock time said with such a date
  is inside the span, a time or weekday alone is not; not bare years,
  durations, or dates not tied to a person (statement, invoice, payment-due
  dates, message timestamps of a chat).
- AGE: the number only. USERNAME: the handle without "@". URL: personal
  pages only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BIC / SWIFT, IFSC and routing numbers, CVVs and
  card expiries, PINs, order / ticket / claim / policy / booking / tracking
  / invoice / case references, company phone numbers and role mailboxes,
  versions, hashes, serials, partial numbers ("ending 3368"), pets, eponyms
  and brands named after people, streets without a number, header rows.
- Table calls (as in make_blind22.py): a "sex", "gender", "role", "dept",
  "status" column stays unlabeled; an "age" column is AGE; a "country",
  "state" or "province" column is LOCATION; a "nationality" column is NRP.

Calls made while writing this set:
- Immigration: A-Numbers, UCI numbers, BRP and FIN numbers are ID_NUMBER;
  visa application and case references (USCIS receipt numbers, GWF and
  DS-160 numbers, transaction references) are references and unlabeled; a
  visa or permit expiry, a priority date and an appointment at a consulate
  are the person's dates.
- Vehicles: plates and VINs of a person's vehicle are ID_NUMBER (the VIN
  like the plate); rental agreement numbers are references; pick-up and
  return times of a rental are DATE_TIME.
- Utilities: customer account numbers (including a Chinese 户号 and a Thai
  หมายเลขผู้ใช้ไฟฟ้า) are ID_NUMBER; meter numbers and supply-point numbers
  (NMI, MPRN) are serials and unlabeled, as are meter readings.
- Logs: the timestamp of a log line recording a person's own action (a
  login, failed logins, a password reset, a request) is DATE_TIME, like a
  "last login" field; timestamps of system lines (jobs, health checks, HL7
  message headers) are not. An e-mail's Date header is the letter's date.
- A police badge number is a staff number (ID_NUMBER); an engineer's Gas
  Safe number is a licence (ID_NUMBER).
- Chinese honorifics after a surname (先生, 女士, 医生 used as "Dr") and Thai
  prefixes (นาย, นาง, นางสาว, คุณ) are TITLE, labeled apart from the name;
  Chinese and Thai province, city, district (区, แขวง, เขต, ตำบล, อำเภอ,
  จังหวัด) names are LOCATION with their suffix or prefix; the street,
  number, building and unit part is ADDRESS. Thai Buddhist-era dates are
  DATE_TIME. A Thai plate's province is LOCATION, apart from the plate.
- A Chinese UnionPay card number is CREDIT_CARD (it is a card number and
  passes Luhn). A US passport in a Thai record is still US_PASSPORT.
- Place names inside the name of an organisation or facility (a university,
  a hospital, a high commission, an airport) are not labeled; a city named
  on its own next to a branch or office ("our Croydon office") is LOCATION.
- Speaker labels that are not names ("Bot", "Customer", "You", "Clinic",
  "Mum", ลูกค้า) are unlabeled; speakers' names are PERSON at every
  occurrence.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind90.jsonl")

GEN = [
    # immigration and visas
    """My sister [[PERSON:Lucía Ferreira-Mendes]] finally got her green card interview: it is set for [[DATE_TIME:Tuesday, June 11, 2024 at 8:45 AM]] at the USCIS field office in [[LOCATION:Newark]]. Her A-Number is [[ID_NUMBER:A-214-887-301]] and the receipt number on the I-485 notice is IOE0921847733, in case anyone at the window asks.""",
    """[[PERSON:Oluwaseun Adeyemi]], a [[NRP:Nigerian]] national born on [[DATE_TIME:02/09/1993]], applied for a Skilled Worker visa on [[DATE_TIME:14 January 2024]]. His BRP number is [[ID_NUMBER:ZU8402167]] and he currently lives at [[ADDRESS:Flat 6, 27 Brunswick Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS3 1JR]].""",
    """hi, i'm filling out the IMM 5257 for my dad [[PERSON:rajinder singh gill]], he's [[AGE:67]] and his indian passport number is [[ID_NUMBER:Z4418273]]. should i put his address in [[LOCATION:Ludhiana]] or mine at [[ADDRESS:2215 Dundas St W, Unit 1104]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M6R 1X3]]??""",
    """The visa grant letter for [[PERSON:Nguyen Thi Thu Ha]] (date of birth [[DATE_TIME:21.03.1998]]) was emailed to [[EMAIL_ADDRESS:thuha.nguyen98@gmail.com]] this morning. Her student visa lets her stay until [[DATE_TIME:30 November 2026]], and the transaction reference printed at the top is EGO7Y2K4QF.""",
    """We hired an attorney, [[PERSON:Dana Whitcombe]], to handle [[PERSON:mehmet]]'s H-1B transfer. She asked for his I-94 printout, his [[NRP:Turkish]] passport ([[ID_NUMBER:U21847730]]) and his Social Security number, [[US_SSN:538-41-2096]].""",
    """Good afternoon! I am [[PERSON:Maria Cristina Dela Paz]] from [[LOCATION:Quezon City]] and I would like to move my Schengen visa appointment from [[DATE_TIME:March 5]] to [[DATE_TIME:March 19]] if a slot is open. You may reach me at [[PHONE_NUMBER:+63 917 552 4098]]. Thank you po.""",
    """Immigration New Zealand wrote to [[PERSON:Aroha Te Rangi]] about her partner [[PERSON:Samuel Okafor]]'s work visa. The letter went to [[ADDRESS:14B Kowhai Street]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]] and asks for his police certificate by [[DATE_TIME:8 August 2024]].""",
    """[[PERSON:Arjun Menon]]'s Employment Pass came through and his FIN is [[ID_NUMBER:G5123478U]]. He still has to do his fingerprints and photo at the MOM Services Centre before [[DATE_TIME:12 Sep 2024]], so ping him on [[PHONE_NUMBER:8123 4476]] to remind him.""",
    """Dear [[PERSON:Ms. Wanjiru Kamau]], your UK Standard Visitor visa application (GWF071448265) has been received. Please bring passport [[ID_NUMBER:AK0912374]] to the visa application centre in [[LOCATION:Nairobi]] on [[DATE_TIME:Thursday 16 May 2024, 09:30]].""",
    """[[PERSON:Sneha Kulkarni]] has her F-1 visa interview at the consulate in [[LOCATION:Mumbai]] on [[DATE_TIME:2024-07-02 10:15]] (DS-160 confirmation AA00D4KX72). Her father, [[PERSON:Vivek Kulkarni]], [[AGE:52]], is driving down with her from [[LOCATION:Pune]] the night before.""",
    """[[PERSON:Fatima Zahra Benali]] became a permanent resident on [[DATE_TIME:19 April 2019]] and her PR card ran out on [[DATE_TIME:2024-04-18]]. Her UCI is [[ID_NUMBER:11-0488-2735]]; she now lives at [[ADDRESS:4500 Rue Sherbrooke O, app. 12]], [[LOCATION:Westmount]], [[LOCATION:QC]] [[ZIP_CODE:H3Z 1E6]].""",
    # car rental and vehicle registration
    """Rental agreement 88314207 is under [[PERSON:Brandon Kowalczyk]], pickup at the airport counter on [[DATE_TIME:Friday, April 19 at 4 PM]]. He showed an [[LOCATION:Illinois]] driver's license, [[US_DRIVER_LICENSE:K163-5528-0417]], and paid with a Visa ending 3368.""",
    """Hi, I'm [[PERSON:Siobhan Gallagher]] and I've a Fiesta booked from your airport desk in [[LOCATION:Dublin]] on [[DATE_TIME:22/06/2024]]. My licence number is [[ID_NUMBER:183947215]] and you can text me on [[PHONE_NUMBER:087 219 4406]] if the car isn't ready.""",
    """The DMV mailed the new registration for the 2019 CR-V, plate [[ID_NUMBER:8KTR417]], VIN [[ID_NUMBER:5J6RW2H86KL004271]], to [[PERSON:Teresa Villanueva]] at [[ADDRESS:1840 Alvarado St, Apt 3]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90026]].""",
    """[[PERSON:gareth pritchard]] sold his van to [[PERSON:Imran Qureshi]] on [[DATE_TIME:3rd March 2024]] and sent the green slip off to the DVLA. The registration is [[ID_NUMBER:CV19 KXR]] and the new keeper lives at [[ADDRESS:52 Albert Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF5 1RD]].""",
    """The rental company charged [[PERSON:Chloe Papadopoulos]] a $450 excess after the Corolla (rego [[ID_NUMBER:1XQ-4KD]]) came back with a dented bumper on [[DATE_TIME:9th of February]]. Her NSW licence is [[ID_NUMBER:14839207]] and she is disputing it from [[EMAIL_ADDRESS:chloe.papa@outlook.com.au]].""",
    """[[PERSON:Mr Chukwuemeka Obi]] renewed the vehicle licence for his Camry, plate number [[ID_NUMBER:LND 482 GK]], at the licensing office in [[LOCATION:Ikeja]] on [[DATE_TIME:11/04/2024]], and the receipt was sent by SMS to [[PHONE_NUMBER:0803 445 9127]].""",
    """can someone at the rental counter call [[PERSON:jean-philippe tremblay]] back at [[PHONE_NUMBER:514-277-8830]]? the one-way from [[LOCATION:Montréal]] to [[LOCATION:Québec City]] was booked with his licence [[ID_NUMBER:T6523-140285-08]] but the quote shows a young driver fee and he's [[AGE:41]].""",
    """[[PERSON:Kevin O'Rourke]] signed the title over to [[PERSON:Aaliyah Johnson]] on [[DATE_TIME:3/22/2024]], and she took it to the tax office in [[LOCATION:Harris County]] with her [[LOCATION:Texas]] driver license [[US_DRIVER_LICENSE:41982275]] to register the truck under plate [[ID_NUMBER:RKV-7731]].""",
    """[[PERSON:Jericho Manalastas]] rented a Vios in [[LOCATION:Cebu City]] for five days starting [[DATE_TIME:Dec 27]]. The shop kept a photocopy of his driver's license, [[ID_NUMBER:N03-14-229817]], and now he keeps getting calls on [[PHONE_NUMBER:0998 312 4470]] about a parking ticket.""",
    # utilities and energy bills
    """[[PERSON:Margaret Holloway]] has been on the Priority Services Register since her hip operation. Her gas account number is [[ID_NUMBER:850041227361]] and the smart meter at [[ADDRESS:7 Cedar Close]], [[LOCATION:Stockport]] [[ZIP_CODE:SK4 3HW]] was fitted on [[DATE_TIME:28 Feb 2024]].""",
    """Hi, this is [[PERSON:Darnell Whitaker]] at [[ADDRESS:4417 Greenmount Ave]], [[LOCATION:Baltimore]], [[LOCATION:MD]] [[ZIP_CODE:21218]]. Your letter says my electric account [[ID_NUMBER:2204 918 533]] is past due, but I paid $212.40 over the phone on [[DATE_TIME:May 3rd]].""",
    """The electricity transfer for [[PERSON:Harpreet Kaur]] goes through on [[DATE_TIME:1 July 2024]]. The NMI for [[ADDRESS:Unit 12, 88 Bourke Street]], [[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]] is 6305741188, and she wants the bills sent to [[EMAIL_ADDRESS:harpreet.k.kaur@gmail.com]].""",
    """[[PERSON:Thandiwe Nkosi]] bought R300 of prepaid electricity for her flat in [[LOCATION:Soweto]] but the token never loaded. Her meter number is 04291837662 and her ID number is [[ID_NUMBER:8806140129083]].""",
    """Your supplier moved [[PERSON:Pádraig Ó Súilleabháin]] onto the night-saver tariff from [[DATE_TIME:15/01/2024]]. His MPRN is 10008724519 and the bill goes to [[ADDRESS:Apartment 4, Clontarf Court, 112 Howth Road]], [[LOCATION:Dublin 3]], [[ZIP_CODE:D03 X2K7]].""",
    """Please transfer the water connection at [[ADDRESS:Flat 302, Sai Residency, Plot 18, Sector 5]], [[LOCATION:Kharghar]], [[LOCATION:Navi Mumbai]] [[ZIP_CODE:410210]] to the name of [[PERSON:Anitha Ramaswamy]]. The consumer number is [[ID_NUMBER:KHG-0048127]] and her Aadhaar is [[ID_NUMBER:4871 9023 5611]].""",
    """A gas technician will come to [[PERSON:Farah Siddiqui]]'s house at [[ADDRESS:96 Maple Grove Cres]], [[LOCATION:Brampton]] on [[DATE_TIME:Wednesday, November 13 at 8 a.m.]] to check the furnace; she can be reached at [[PHONE_NUMBER:(905) 451-0922]].""",
    """Token complaint: [[PERSON:Otieno Brian Ouma]], meter 37188204519, paid KSh 1,500 by M-Pesa from [[PHONE_NUMBER:0722 614 803]] on [[DATE_TIME:12/03/2024 at 19:42]] but no token was received.""",
    """[[PERSON:Rosa Delgado]], [[AGE:73]], applied for heating assistance in [[LOCATION:Albuquerque]]. The caseworker needs her SSN ([[US_SSN:585-22-7194]]), her utility account [[ID_NUMBER:41199-83620]] and proof of income by [[DATE_TIME:December 6]].""",
    # everything else
    """Good morning, my name is [[PERSON:Ifeoma Chukwu]] and I noticed a debit of N45,000 on my account [[ID_NUMBER:0153928476]] that I did not authorise. My BVN is [[ID_NUMBER:22184093751]] and my phone number is [[PHONE_NUMBER:+234 809 221 7734]].""",
    """Claim CLM-2024-118842 was opened after [[PERSON:Gregory Haines]] reported hail damage to his roof on [[DATE_TIME:May 28]] at [[ADDRESS:3307 Prairie View Dr]], [[LOCATION:Amarillo]], [[LOCATION:TX]] [[ZIP_CODE:79109]]. The adjuster, [[PERSON:Lorna Beck]], will come out on [[DATE_TIME:June 4 at 1:30 pm]].""",
    """[[PERSON:Mr. Tomasz Wiśniewski]], NHS number [[ID_NUMBER:485 777 3023]], is booked for a colonoscopy on [[DATE_TIME:Monday 8th July, 11:20]]. Please ring him on [[PHONE_NUMBER:07700 914 362]] if the bowel prep leaflet hasn't arrived.""",
    """The prescription for [[PERSON:Eleanor Voss]], DOB [[DATE_TIME:08/17/1951]], is ready, but the pharmacist, [[PERSON:Raj Patel]], says the Medicare number on file ([[ID_NUMBER:3QW7-HN2-KP48]]) doesn't match her new card.""",
    """The hearing in [[PERSON:Hollis]] v [[PERSON:Okonkwo]] has been relisted for [[DATE_TIME:10 October 2024 at 10am]] at the county court in [[LOCATION:Manchester]]. The claimant, [[PERSON:Beverley Hollis]], lives at [[ADDRESS:18 Ashworth Lane]], [[LOCATION:Bolton]] [[ZIP_CODE:BL1 8RU]].""",
    """[[PERSON:Jayden]]'s mom, [[PERSON:Keisha Thompson]], called to say he'll be out from [[DATE_TIME:Monday, Feb 12]] through [[DATE_TIME:Wednesday, Feb 14]] for his grandfather's funeral in [[LOCATION:Savannah]]. Student ID [[ID_NUMBER:2031847]].""",
    """Admission confirmed for [[PERSON:Aditya Narayan Iyer]], roll no. [[ID_NUMBER:23BCE1187]], hostel room B-214. Fees were paid on [[DATE_TIME:12-07-2023]] by his father [[PERSON:S. Narayan Iyer]], phone [[PHONE_NUMBER:98401 22764]].""",
    """[[PERSON:Mei-Ling Zhou]] starts as a payroll analyst on [[DATE_TIME:September 3, 2024]], and HR still needs her SIN ([[ID_NUMBER:527 891 345]]) and a void cheque before the first pay run.""",
    """I ordered a wool coat (order #UK-55120934) and it arrived with a torn lining, can I take it back to a shop instead of posting it? Name's [[PERSON:Harriet Bloom]], email [[EMAIL_ADDRESS:hbloom.art@btinternet.com]], postcode [[ZIP_CODE:BN2 9QE]].""",
    """Reservation for [[PERSON:Mr Khalid Al-Mansouri]] and [[PERSON:Mrs Noura Al-Mansouri]], arriving late on [[DATE_TIME:18 Dec 2024]]. Guest passport [[ID_NUMBER:P7734102]], contact [[PHONE_NUMBER:+971 50 418 2297]], booking ref HX7Q2M, sea-view room requested.""",
    """Passengers [[PERSON:ANANYA BOSE]] and [[PERSON:RUDRA BOSE]] (infant, [[AGE:11]] months), PNR 6KZT4R, are flying [[LOCATION:Kolkata]] to [[LOCATION:London]] on [[DATE_TIME:03APR]]; frequent flyer number [[ID_NUMBER:BA 41872265]] should be added to both.""",
    """The network cut [[PERSON:Rhea Mae Santos]]'s postpaid line [[PHONE_NUMBER:0917 803 2246]] even though she paid at a 7-Eleven on [[DATE_TIME:Aug 2]]. Her account number is [[ID_NUMBER:8841 2207 31]] and her billing address is [[ADDRESS:Blk 4 Lot 12, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]].""",
    """[[PERSON:Liam Fitzgerald-Ngata]] lodged his tax return online on [[DATE_TIME:14 Aug 2023]]. The letter from the ATO quotes his TFN as [[ID_NUMBER:459 087 126]] and asks him to confirm the bank account for the refund.""",
    """The tenancy for [[ADDRESS:Flat 2, 41 Holloway Road]], [[LOCATION:London]] [[ZIP_CODE:N7 8JB]] starts on [[DATE_TIME:1st September]]. Tenants are [[PERSON:Inês Carvalho]] and [[PERSON:Bartosz Nowak]]; the deposit of £1,950 is protected, and the landlord, [[PERSON:Derek Ashby]], is on [[PHONE_NUMBER:020 7946 0318]].""",
    """yo it's [[USERNAME:xXdarkrai_77Xx]] (real name [[PERSON:Marcus Lindqvist]] lol), my account got banned after someone logged in from [[IP_ADDRESS:185.44.213.90]] on [[DATE_TIME:Jan 7 around 3am]]. the email on it is [[EMAIL_ADDRESS:marcus.lindqvist04@hotmail.se]], pls help""",
    """just found out [[PERSON:kayla]] from my spin class posted my address ([[ADDRESS:228 Birchwood Ave]]) on her story from @[[USERNAME:kaylafitlife]]. reported it, but she also has my number, [[PHONE_NUMBER:617-555-0143]], so idk what else to do""",
    """Ticket from [[PERSON:Yusuf Demir]]: since the update his laptop ([[IP_ADDRESS:10.14.22.187]]) keeps dropping off the VPN. He is working from home at [[ADDRESS:Kirchstraße 14]], [[ZIP_CODE:50667]] [[LOCATION:Köln]] and can be reached on [[PHONE_NUMBER:+49 176 4418 2093]].""",
    """Parcel for [[PERSON:Grace Achieng]], [[ADDRESS:House No. 14, Riverside Gardens]], [[LOCATION:Kileleshwa]], [[LOCATION:Nairobi]]. Please call [[PHONE_NUMBER:0711 408 552]] before delivery, the gate is locked after six. Tracking SNDY-7730142.""",
    """Member [[PERSON:Connor McAllister]] ([[ID_NUMBER:PG-7718042]]) has frozen his membership from [[DATE_TIME:1 March]] to [[DATE_TIME:31 May]] after knee surgery; the direct debit comes out of [[IBAN_CODE:GB41 BUKB 2020 1555 8661 02]].""",
    """[[PERSON:Fiona MacLeod]] of [[ADDRESS:12 Bayhead Street]], [[LOCATION:Stornoway]] [[ZIP_CODE:HS1 2DU]] has booked Bella's booster for [[DATE_TIME:15/11/2024]]; she asked for the vet who saw the dog last time, [[PERSON:Ruaridh]].""",
    """Planner note for [[PERSON:Priya]] and [[PERSON:Tomás]]'s wedding on [[DATE_TIME:Saturday 14 September 2024]]: Auntie [[PERSON:Grace]] is vegan, Uncle [[PERSON:Femi]] ([[PHONE_NUMBER:07958 301 442]]) is collecting the cake from [[ADDRESS:9 Station Parade]], and the bride's grandmother is [[AGE:94]], so seat her near the door.""",
    """The baptism of [[PERSON:Gabriel Anthony Mensah]], born [[DATE_TIME:2 April 2024]], will be on [[DATE_TIME:Sunday 23 June]] with [[TITLE:Fr.]] [[PERSON:Dominic Osei]]. The parents, [[PERSON:Kwame]] and [[PERSON:Abena Mensah]], are both [[NRP:Ghanaian]] [[NRP:Catholics]] who moved here last year.""",
    """Thank you, [[PERSON:Mrs. Elsie Trunfio]], for your gift of $250 on [[DATE_TIME:11/28/2023]]. Your donor ID is [[ID_NUMBER:DN-440918]] and a tax receipt has been mailed to [[ADDRESS:71 Woodlawn Terrace]], [[LOCATION:Providence]], [[LOCATION:RI]] [[ZIP_CODE:02906]].""",
    """matched with a guy called [[PERSON:Theo]] who says he's [[AGE:34]] and a nurse in [[LOCATION:Wellington]], but his insta (@[[USERNAME:theo.kwm]]) says [[LOCATION:Auckland]]?? and i already gave him my number, [[PHONE_NUMBER:021 448 7302]]""",
    """[[PERSON:deborah o'neill]] has three overdue items and her library card, [[ID_NUMBER:21187004419263]], was blocked on [[DATE_TIME:5/14]]; she says she returned the books through the night slot.""",
    """A case was opened at the police station in [[LOCATION:Sandton]] by [[PERSON:Sipho Dlamini]] ([[AGE:38]]) after his white Polo, registration [[ID_NUMBER:JH 42 KP GP]], was stolen from outside [[ADDRESS:14 Rivonia Road]] on the night of [[DATE_TIME:3 June]].""",
    """Application for the Finance Officer post: [[PERSON:Kiprono Langat]], [[AGE:29]], ID No. [[ID_NUMBER:31408872]], KRA PIN [[ID_NUMBER:A012984765K]], [[ADDRESS:P.O. Box 2104]]-[[ZIP_CODE:30100]], [[LOCATION:Eldoret]].""",
    """Reminder: [[PERSON:Olivia]] ([[AGE:7]]) has a dental check at the school clinic on [[DATE_TIME:Thu 21 March at 2.15pm]]. Parent contact is [[PERSON:Hemi Walker]], [[PHONE_NUMBER:027 334 9081]].""",
    """[[PERSON:Aoife Brennan]], PPSN [[ID_NUMBER:6473102C]], is entitled to a free eye test and has booked one for [[DATE_TIME:Saturday 12 October at 10.40]] in [[LOCATION:Galway]].""",
    """Discharged on [[DATE_TIME:17/05/2024]]: [[PERSON:Mohammed Rafiq Sheikh]], [[AGE:61]] yrs, male, UHID [[ID_NUMBER:KMH-2207781]], to follow up with [[PERSON:Dr. Lakshmi Venkatesan]] after two weeks. Attendant [[PERSON:Imtiaz]] ([[PHONE_NUMBER:+91 99001 43827]]).""",
    """[[PERSON:Mr. Reginald Achterberg]] turned [[AGE:66]] on [[DATE_TIME:2 February 2024]] and still hasn't received his State Pension. His National Insurance number is [[ID_NUMBER:JM 48 21 73 B]] and the payments should go to [[IBAN_CODE:GB07 NAIA 0701 1622 9385 71]].""",
    """Table for six under [[PERSON:Okeke]] on Friday at 7:30, please. One guest, [[PERSON:Zainab]], has a severe peanut allergy; call [[PHONE_NUMBER:07412 558 903]] if anything changes.""",
    """The two tickets for the concert in [[LOCATION:Lagos]] were transferred from [[EMAIL_ADDRESS:tunde.bakare@yahoo.com]] to [[PERSON:Adaeze]]'s account ([[USERNAME:adaeze_n]]) on [[DATE_TIME:20/12/2023]].""",
    """The move for [[PERSON:Ricardo]] and [[PERSON:Elena Castellanos]] is booked for [[DATE_TIME:Saturday, August 10, 7 a.m.]], from [[ADDRESS:5520 W Devon Ave, Apt 2B]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60646]] to [[ADDRESS:812 Linden Ct]], [[LOCATION:Evanston]]. The crew lead, [[PERSON:Dmitri]], will call from [[PHONE_NUMBER:(312) 555-0187]].""",
    """I've been renting [[ADDRESS:3/47 Glebe Point Rd]], [[LOCATION:Glebe]] [[LOCATION:NSW]] [[ZIP_CODE:2037]] since [[DATE_TIME:March 2021]] and the agent, [[PERSON:Brooke Tanner]], keeps coming in without notice. What are my options? - [[PERSON:Sam Iwasaki]]""",
    """[[PERSON:Dorothy Mae Jenkins]], [[AGE:88]], of [[LOCATION:Macon]], passed away peacefully on [[DATE_TIME:January 9, 2024]]. Born [[DATE_TIME:March 3, 1935]] to [[PERSON:Lewis]] and [[PERSON:Clara Pettiford]], she taught second grade for forty years.""",
    """[[PERSON:Hamish Gordon]], a lifelong [[NRP:Labour]] member, is canvassing in [[LOCATION:Dundee]] this weekend; volunteers can reach him at [[EMAIL_ADDRESS:hamish.gordon58@gmail.com]].""",
    """HR note: [[PERSON:Tan Wei Jie]] (NRIC [[ID_NUMBER:S8836172E]]), warehouse supervisor, was absent without leave on [[DATE_TIME:4 March]] and [[DATE_TIME:5 March]]. His HP is [[PHONE_NUMBER:9735 1208]] but he has not picked up.""",
    """Looking for descendants of [[PERSON:Giuseppe Lombardi]], born [[DATE_TIME:14 May 1902]] in [[LOCATION:Calabria]], who went to [[LOCATION:Buenos Aires]] and later [[LOCATION:Toronto]]. Please contact his great-granddaughter [[PERSON:Annamaria Lombardi-Price]] at [[EMAIL_ADDRESS:annamaria.lp@rogers.com]].""",
    """Under-12 registration: [[PERSON:Cian Ó Briain]], DOB [[DATE_TIME:2012-11-03]], parent [[PERSON:Niamh Ó Briain]] ([[PHONE_NUMBER:086 441 9027]]), [[ADDRESS:22 Castle Park]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]].""",
    """Please send the €800 deposit to [[PERSON:Jonas Weber]], IBAN [[IBAN_CODE:DE69 1203 0000 0061 7493 82]], with the reference "Kaution Whg 3". He will hand over the keys to [[ADDRESS:Lindenstraße 22]], [[ZIP_CODE:10969]] [[LOCATION:Berlin]] on [[DATE_TIME:1 November]].""",
    """[[PERSON:Kimberly Nguyen]]'s member ID with her health plan is [[ID_NUMBER:XKJ904418827]], group 77120. She is [[AGE:29]], due on [[DATE_TIME:October 30]], and wants to know if the birthing center is in network.""",
    """forwarding this from [[PERSON:abdi]]: he moved to [[ADDRESS:1420 Lake St, Apt 308]], [[LOCATION:Minneapolis]], his new cell is [[PHONE_NUMBER:612.555.0199]], and his [[NRP:Somali]] passport expires [[DATE_TIME:09 AUG 2025]].""",
    # Simplified Chinese (mainland, Singapore)
    """您好，我是[[PERSON:陈晓雯]]，身份证号[[ID_NUMBER:330106199107230481]]，护照号[[ID_NUMBER:E73920418]]。我打算[[DATE_TIME:2024年9月2日]]去日本旅游，想问一下单次签证需要准备哪些材料？我的手机是[[PHONE_NUMBER:138 5712 4406]]。""",
    """[[LOCATION:北京市]][[LOCATION:朝阳区]][[ADDRESS:望京西园三区312号楼2单元1801室]]的住户[[PERSON:刘建国]]反映，户号[[ID_NUMBER:0102839475]]本月的电费比上月多了四百多元。他已于[[DATE_TIME:4月8日]]拨打95598报修，联系电话[[PHONE_NUMBER:13911827460]]。""",
    """[[PERSON:林美华]][[TITLE:女士]]在[[LOCATION:新加坡]]租了一辆车，租期从[[DATE_TIME:2024年11月15日]]到[[DATE_TIME:11月18日]]，车牌号[[ID_NUMBER:SKL4821C]]。她的身份证号码是[[ID_NUMBER:S7621093D]]，手机[[PHONE_NUMBER:+65 9182 3307]]。""",
    """SP账户[[ID_NUMBER:8812 0374 55]]的户主[[PERSON:黄志强]]住在[[ADDRESS:宏茂桥3道第123座 #05-118]]，[[LOCATION:新加坡]][[ZIP_CODE:560123]]。他说[[DATE_TIME:10月20日]]搬走，请那天截表，并把最后一期账单发到他的邮箱[[EMAIL_ADDRESS:wong.zq88@gmail.com]]。""",
    # Thai
    """[[PERSON:John Matthews]] ชาว[[NRP:อังกฤษ]] อายุ [[AGE:68]] ปี ยื่นขอต่อวีซ่าเกษียณที่สำนักงานตรวจคนเข้าเมือง[[LOCATION:จังหวัดเชียงใหม่]] เมื่อวันที่ [[DATE_TIME:12 มีนาคม 2567]] หนังสือเดินทางเลขที่ [[ID_NUMBER:548201937]] ติดต่อได้ที่ [[PHONE_NUMBER:089-614-2270]]""",
    """[[TITLE:นาง]][[PERSON:สมศรี แก้วมณี]] แจ้งว่าค่าไฟเดือนนี้สูงผิดปกติ บ้านเลขที่ [[ADDRESS:45/12 ซอยลาดพร้าว 71]] [[LOCATION:แขวงสะพานสอง]] [[LOCATION:เขตวังทองหลาง]] [[LOCATION:กรุงเทพฯ]] [[ZIP_CODE:10310]] หมายเลขผู้ใช้ไฟฟ้า [[ID_NUMBER:010388247]] โทร [[PHONE_NUMBER:081-337-4592]]""",
    """ลูกค้าชื่อ [[PERSON:ธนวัฒน์ ศรีสุข]] เช่ารถ Yaris ที่สนามบิน รับรถวันที่ [[DATE_TIME:5 ม.ค. 2567 เวลา 14:00 น.]] คืนรถวันที่ [[DATE_TIME:8 ม.ค. 2567]] ใบขับขี่เลขที่ [[ID_NUMBER:59012847]] รถทะเบียน [[ID_NUMBER:2กท 7415]] [[LOCATION:กรุงเทพมหานคร]]""",
    """[[TITLE:นางสาว]][[PERSON:พิมพ์ชนก วงศ์ใหญ่]] เลขประจำตัวประชาชน [[ID_NUMBER:1-1037-00452-16-8]] ต่อภาษีรถยนต์ทะเบียน [[ID_NUMBER:7กก 3391]] [[LOCATION:นนทบุรี]] เมื่อวันที่ [[DATE_TIME:20 กุมภาพันธ์ 2567]] และขอให้ส่งใบเสร็จไปที่อีเมล [[EMAIL_ADDRESS:pimchanok.w@hotmail.com]]""",
]

BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    """Hello [[PERSON:Giovanna Ferreira]], as our Senior Integration Specialist in [[LOCATION:Lisbon]] you were signed in from [[IP_ADDRESS:172.58.203.14]] with Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.5993.90 Safari/537.36. If this was not you, confirm your card [[CREDIT_CARD:4539 8712 0655 3022]] (CVV 418, exp 09/27) and change the password Gv!92kLq at once.""",
    """[[PERSON:Mr. Desmond Achebe-Hart]], [[AGE:46]], Chief Paradigm Officer, lives at [[ADDRESS:731 Kozey Crossing]], [[ADDRESS:Apt. 219]], [[LOCATION:North Ruthiefurt]], [[LOCATION:WI]] [[ZIP_CODE:53708-2214]]. His device 3c:22:fb:9a:41:07 joined the guest network on [[DATE_TIME:2023-11-18T14:22:05Z]]; contact him at [[EMAIL_ADDRESS:d.achebehart@protonmail.com]].""",
    """Our records show [[PERSON:Zofia Kamińska]] (username [[USERNAME:zkaminska_88]]) paid for the pottery workshop with [[CREDIT_CARD:5391-4880-2017-3368]], expiring 04/26, from [[IP_ADDRESS:2a02:a311:4142:9e80:1d4f:6b2:aa10:7c3e]]. Please post the certificate to [[ADDRESS:ul. Długa 41/7]], [[ZIP_CODE:80-827]] [[LOCATION:Gdańsk]].""",
    """Kindly transfer the refund of £1,240.50 to [[PERSON:Abimbola Johnson-Okafor]] at [[IBAN_CODE:GB18SCBL60920147339024]] (BIC SCBLGB2L). She is the Regional Accountability Executive at our [[LOCATION:Croydon]] office, born [[DATE_TIME:19th June 1987]], phone [[PHONE_NUMBER:+44 7911 402 687]].""",
    """Patient [[PERSON:Hiroshi Tanaka]], [[AGE:72]], male, of [[ADDRESS:4410 Lakeshore Blvd]], [[ADDRESS:Suite 300]], [[LOCATION:Oakland]], [[LOCATION:California]] [[ZIP_CODE:94610]], was seen on [[DATE_TIME:04/02/2024]]. Insurance ID [[ID_NUMBER:MCB8841290477]]; the balance will be charged to [[CREDIT_CARD:3784 512098 33168]].""",
    """Your wallet top-up of $75 from [[PERSON:Ximena Ruiz Carrillo]] is pending. Card: [[CREDIT_CARD:6011 0048 6301 2759]], CVV 802. Billing: [[ADDRESS:2219 Calle Loma Linda]], [[LOCATION:San Antonio]], [[LOCATION:TX]] [[ZIP_CODE:78207]]. Device: Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1, IP [[IP_ADDRESS:99.203.14.77]].""",
    """[[PERSON:Dr. Ngozi Eze]], our District Optimization Manager, asked that her new badge be couriered to [[ADDRESS:Plot 27, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. Her staff number is [[ID_NUMBER:EMP-004187]] and she joined on [[DATE_TIME:07/03/2019]].""",
    """Dear [[PERSON:Kaelen]], the laptop assigned to you (MAC 00:1B:44:11:3A:B7, hostname FIN-LT-0442) last checked in from [[IP_ADDRESS:71.187.44.203]] on [[DATE_TIME:Sunday, 12 May 2024 23:41]]. Please return it to [[ADDRESS:18 Wexford Lane]], [[ADDRESS:Floor 3]], [[LOCATION:Hartford]], [[LOCATION:CT]] [[ZIP_CODE:06103]] before your exit interview.""",
    """Student [[PERSON:Amara Nwosu]] (ID [[ID_NUMBER:STU-2291047]]), [[AGE:15]], of [[ADDRESS:9 Hawthorn Mews]], [[LOCATION:Peckham]], [[LOCATION:London]] [[ZIP_CODE:SE15 4RT]], has been picked for the robotics exchange; her guardian [[PERSON:Chidi Nwosu]] can be reached at [[EMAIL_ADDRESS:chidi.nwosu@gmail.com]] or [[PHONE_NUMBER:020 8693 4412]].""",
    """Notice: the account [[USERNAME:ellie.mbeki]] ([[EMAIL_ADDRESS:ellie.mbeki@webmail.co.za]]) changed its password from [[IP_ADDRESS:41.13.220.8]] on [[DATE_TIME:2024/01/29 06:14]]. Linked card [[CREDIT_CARD:4716045598021162]], exp 11/25, CVV 331. If you did not do this, call us.""",
    """Please update the payroll file: [[PERSON:Tobias Reinholt]], Lead Quality Designer, SSN [[US_SSN:412-76-9038]], new address [[ADDRESS:5071 Huels Ports]], [[ADDRESS:Unit 8]], [[LOCATION:Lake Dorian]], [[LOCATION:Oregon]] [[ZIP_CODE:97035]], effective [[DATE_TIME:March 1st, 2024]]. Direct deposit stays the same.""",
    """The restroom signage proposal from [[PERSON:Rowan Castellanos-Yee]] ([[EMAIL_ADDRESS:rcy@fastmail.com]]), who is [[AGE:27]] and non-binary, will be discussed on [[DATE_TIME:June 3]]. [[PERSON:Rowan]]'s phone: [[PHONE_NUMBER:(503) 555-0132]].""",
    """Invoice dispute from [[PERSON:Léa Fontaine]], [[ADDRESS:14 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]]: she was charged twice on card [[CREDIT_CARD:5224 8011 7736 0955]] and wants the second amount returned to [[IBAN_CODE:FR76 3000 3017 6200 0519 2384 780]] (BIC SOGEFRPP). Her phone: [[PHONE_NUMBER:+33 6 71 44 02 98]].""",
    """Vehicle [[ID_NUMBER:WP0ZZZ99ZTS392124]], plate [[ID_NUMBER:MLT 48K]], belongs to [[PERSON:Annika Strömberg]], born [[DATE_TIME:1979-08-12]], of [[ADDRESS:Storgatan 17B]], [[ZIP_CODE:411 38]] [[LOCATION:Göteborg]]. Insurance renewal reminders go to [[EMAIL_ADDRESS:annika.stromberg@telia.se]].""",
    """Hi [[PERSON:Parisa]], your Corporate Directives Agent badge was reset. Log in as [[USERNAME:p.rahimzadeh]] with the temporary password Tmp#5531; the last failed attempt came from [[IP_ADDRESS:188.121.45.9]]. Call the desk on ext. 4410 if you are locked out.""",
    """[[PERSON:Sergio Mancini]] (SSN [[US_SSN:219-48-5507]]) reported his Mastercard [[CREDIT_CARD:2223 0048 1559 2174]] stolen near [[ADDRESS:300 Kearny St]], [[LOCATION:San Francisco]], on [[DATE_TIME:March 16 at around 11pm]]. A replacement will ship to [[ADDRESS:88 Dolores Terrace]], [[ZIP_CODE:94114]].""",
    """Greetings [[PERSON:Svetlana Morozova]], your Interactive Response Coordinator onboarding is set for [[DATE_TIME:8/19/2024 9:00 AM]] at [[ADDRESS:2770 Gleason Hills]], [[ADDRESS:Building C]], [[LOCATION:Port Zachery]], [[LOCATION:Nebraska]]. Bring your [[NRP:Russian]] passport ([[ID_NUMBER:75 4418230]]) and work permit.""",
    """[[PERSON:Mrs. Priyanka Deshmukh]] (PAN [[ID_NUMBER:BQRPD4821K]], Aadhaar [[ID_NUMBER:7301 5588 2944]]) requested a new debit card; deliver to [[ADDRESS:B-704, Lodha Aurum, LBS Marg]], [[LOCATION:Kanjurmarg West]], [[LOCATION:Mumbai]] [[ZIP_CODE:400078]]; registered mobile [[PHONE_NUMBER:+91 98192 44075]].""",
    """Username: [[USERNAME:brightstar_ola]] | Email: [[EMAIL_ADDRESS:ola.brightstar@gmail.com]] | Last login: [[DATE_TIME:2024-02-11 21:07:44]] from [[IP_ADDRESS:102.89.33.147]] | Agent: Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 Mobile Safari/537.36 | Name on card: [[PERSON:Olamide Adebayo]] | Card: [[CREDIT_CARD:5188 6742 0039 6112]]""",
    """We need to confirm the identity of [[PERSON:Hannah Goldberg]], who is [[NRP:Jewish]] and asked for kosher meals on her [[DATE_TIME:4 Sept]] flight. Her date of birth is [[DATE_TIME:11.12.1990]] and her U.S. passport is [[US_PASSPORT:583104926]].""",
    """Flight crew update: [[TITLE:Capt.]] [[PERSON:Renata Oyelaran]] and co-pilot [[PERSON:Li Jun]] will operate the [[DATE_TIME:22 July]] rotation; [[PERSON:Renata]]'s licence is [[ID_NUMBER:UK.FCL.ATPL.118472]] and her contact is [[PHONE_NUMBER:+44 7520 661 384]].""",
    """Shipping label: [[PERSON:Kwabena Asante]], [[ADDRESS:House 12, Osu Badu Street]], [[LOCATION:Dzorwulu]], [[LOCATION:Accra]], [[LOCATION:Ghana]]. Tel [[PHONE_NUMBER:+233 24 418 7720]]. Ghana Card [[ID_NUMBER:GHA-718204463-5]]. Paid with [[CREDIT_CARD:4895370022146630]].""",
    """The bug bounty payout for [[USERNAME:n0xious]] ([[PERSON:Farid Haddad]], [[LOCATION:Beirut]]) goes to [[IBAN_CODE:AE48 0260 0010 1553 3847 201]]; he reported the flaw from [[IP_ADDRESS:94.187.12.66]] on [[DATE_TIME:Feb 2, 2024, 14:05 UTC]].""",
    """[[PERSON:Alejandro Gómez]], age [[AGE:33]], Customer Division Associate, needs his uniform shipped to [[ADDRESS:Av. Insurgentes Sur 1602]], [[ADDRESS:Depto. 504]], [[LOCATION:Benito Juárez]], [[ZIP_CODE:03940]] [[LOCATION:Ciudad de México]]. CURP [[ID_NUMBER:GOMA910214HDFMRL06]].""",
    """Reminder for [[PERSON:Olga Petrenko]]: the Customer Intranet Analyst exam is on [[DATE_TIME:Thursday, 5 December 2024]]. The €120 fee was received from [[IBAN_CODE:PL43 2111 4020 0400 0035 0283 0477]]; bring passport [[ID_NUMBER:FT418273]] and arrive by 8:30.""",
    """Shipment to [[PERSON:Mateus Albuquerque]], CPF [[ID_NUMBER:318.402.765-17]], [[ADDRESS:Rua Augusta, 1508, apto 92]], [[LOCATION:Consolação]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], [[ZIP_CODE:01304-001]]; celular [[PHONE_NUMBER:+55 11 98742-3106]]. Paid with [[CREDIT_CARD:5453 0162 7719 8435]].""",
    """[[PERSON:Emily-Rose Hartigan]] ([[DATE_TIME:09/30/2001]]) logged a complaint from [[IP_ADDRESS:2600:1700:3e80:71a0:5d2c:19ff:fe44:b08a]] about her Future Identity Strategist application; reply to [[EMAIL_ADDRESS:emilyrose.h@icloud.com]].""",
    """Title: [[TITLE:Mx.]] | Name: [[PERSON:Jordan Blackfeather]] | Job: Dynamic Web Facilitator | Street: [[ADDRESS:4980 Bechtelar Highway]] | Secondary: [[ADDRESS:Suite 622]] | City: [[LOCATION:Fort Cierraview]] | State: [[LOCATION:Montana]] | Zip: [[ZIP_CODE:59102]] | Phone: [[PHONE_NUMBER:406-555-0177]] | IBAN: [[IBAN_CODE:NL28ABNA0593317822]]""",
    """Dear [[PERSON:Siddharth Rao]], we could not verify the IFSC HDFC0001294 for your account [[ID_NUMBER:50100328874105]]. Please also confirm your date of birth ([[DATE_TIME:27/11/1985]]) and the address on file, [[ADDRESS:No. 45, 2nd Cross, 5th Main]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]].""",
    """Account holder: [[PERSON:Yaw Boateng]]. Sort code 20-45-77, account [[ID_NUMBER:63018824]]. Card [[CREDIT_CARD:4266 8411 3920 7755]], valid thru 02/28. Registered at [[ADDRESS:Flat 11, Kestrel House, 3 Mill Lane]], [[LOCATION:Luton]] [[ZIP_CODE:LU1 2QH]].""",
    """Reset request: user [[USERNAME:wkimura]] (employee [[ID_NUMBER:E-55102]]) from [[IP_ADDRESS:126.77.201.3]], MAC 7c:04:d0:3e:19:aa, agent Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15. Verified by security question: mother's maiden name [[PERSON:Hayashi]].""",
    """[[PERSON:Bongani Mthembu]], ID [[ID_NUMBER:7501305817082]], [[AGE:49]], Senior Branding Consultant, [[ADDRESS:17 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2193]], cell [[PHONE_NUMBER:082 417 6630]].""",
    # in the manner of gretel-pii-masking-en-v1 (domain documents)
    """CLAIM NOTIFICATION - Homeowners
Policy No: HO-4471-2290-07
Insured: [[PERSON:Patricia Leung]]
Date of birth: [[DATE_TIME:1968-05-22]]
Property: [[ADDRESS:619 Sycamore Hollow Rd]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28803]]
Date of loss: [[DATE_TIME:2024-01-16]]
Description: frozen pipe burst in the upstairs bathroom; water damage to ceiling and hallway.
Contact: [[PHONE_NUMBER:828-555-0164]] / [[EMAIL_ADDRESS:pleung.home@gmail.com]]
Adjuster assigned: [[PERSON:Marcus Brandt]]""",
    """This Employment Agreement is made on [[DATE_TIME:15 April 2024]] between Harrowgate Logistics Ltd (company no. 08812437) and [[PERSON:Samira Haddad]] of [[ADDRESS:33 Fernbank Road]], [[LOCATION:Sheffield]] [[ZIP_CODE:S6 2TQ]] ("the Employee"). The Employee's National Insurance number is [[ID_NUMBER:NH 62 05 19 D]]. Employment begins on [[DATE_TIME:1 May 2024]] and the first three months are a probationary period.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Javier Morales Ortega]]    MRN: [[ID_NUMBER:00731845]]
DOB: [[DATE_TIME:04/11/1957]] ([[AGE:66]] y)
Admitted: [[DATE_TIME:03/02/2024]]   Discharged: [[DATE_TIME:03/06/2024]]
Attending: [[PERSON:Dr. Hannah Lindqvist]]
Diagnosis: NSTEMI; two drug-eluting stents to the LAD.
Follow-up: cardiology clinic in 2 weeks; call [[PHONE_NUMBER:(602) 555-0148]] (patient's daughter, [[PERSON:Carmen]]).""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Chinedu Okonkwo]]   Date of birth: [[DATE_TIME:17 Oct 1984]]
Residential address: [[ADDRESS:14B Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]
BVN: [[ID_NUMBER:22309418876]]   NIN: [[ID_NUMBER:48120937715]]
Employer: Zenith Marine Services   Monthly income: NGN 1,450,000
Amount requested: NGN 6,000,000 over 36 months
Salary account: [[ID_NUMBER:2093318456]]
Phone: [[PHONE_NUMBER:0812 339 4017]]""",
    """NOTICE OF HEARING
In the matter of the tenancy at [[ADDRESS:Apartment 12, 88 Parnell Street]], [[LOCATION:Dublin 1]]
Landlord: [[PERSON:Gerard Fennelly]]
Tenant: [[PERSON:Adriana Popescu]]
Take notice that the dispute will be heard on [[DATE_TIME:Tuesday 9 July 2024 at 2.00 p.m.]] by telephone. The tenant may be contacted at [[PHONE_NUMBER:+353 85 771 2046]]. Case reference: TR0624-98812.""",
    """Leave application - [[PERSON:Nur Aisyah binte Rahman]] (NRIC [[ID_NUMBER:S9012457I]]), Accounts Executive. Childcare leave from [[DATE_TIME:23 Dec 2024]] to [[DATE_TIME:27 Dec 2024]]. Child: [[PERSON:Muhammad Irfan]], born [[DATE_TIME:3 Jan 2019]]. Contact while away: [[PHONE_NUMBER:9046 1182]]. Approved by [[PERSON:Ong Siew Ling]].""",
    """RENTAL APPLICATION - [[ADDRESS:2211 E Cactus Rd, Unit 14]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85022]]
Applicant: [[PERSON:Tyrone Gaines]]   SSN: [[US_SSN:527-30-8841]]   DOB: [[DATE_TIME:1992-06-08]]
Driver license: [[LOCATION:AZ]] [[US_DRIVER_LICENSE:D08817342]]
Current landlord: [[PERSON:Sharon Pike]], [[PHONE_NUMBER:480-555-0126]]
Monthly income: $4,850   Pets: one cat
Co-applicant: [[PERSON:Lanae Gaines]], age [[AGE:30]]""",
    """Enrolment form - Year 8 intake
Student: [[PERSON:Mia Tupou]]   Date of birth: [[DATE_TIME:30/09/2011]]
Address: [[ADDRESS:14 Ipswich Road]], [[LOCATION:Annerley]] [[LOCATION:QLD]] [[ZIP_CODE:4103]]
Parent/guardian: [[PERSON:Sione Tupou]], [[PHONE_NUMBER:0412 883 107]], [[EMAIL_ADDRESS:sione.tupou@bigpond.com]]
Medicare card: [[ID_NUMBER:2953 10862 1]]
Languages spoken at home: Tongan, English""",
    """Dear [[PERSON:Dr Okafor]],
Re: [[PERSON:Mrs Beatrice Owusu-Ansah]], DOB [[DATE_TIME:14/02/1949]], NHS no. [[ID_NUMBER:604 118 2737]]
[[ADDRESS:27 Ladywell Road]], [[LOCATION:Lewisham]], [[ZIP_CODE:SE13 7UW]]
I would be grateful if you could see this [[AGE:75]]-year-old lady with a three-month history of breathlessness on exertion and ankle swelling. Her echo last year was unremarkable.
Yours sincerely,
[[PERSON:Dr Rachel Summers]]""",
    """LETTER OF INVITATION
[[DATE_TIME:2 May 2024]]
To the Visa Section, British High Commission, [[LOCATION:Abuja]]
I, [[PERSON:Folake Adewale-Smith]], a [[NRP:British]] citizen living at [[ADDRESS:19 Chestnut Grove]], [[LOCATION:Reading]] [[ZIP_CODE:RG4 8LT]], invite my mother, [[PERSON:Mrs. Comfort Adewale]] (passport no. [[ID_NUMBER:B01928375]], date of birth [[DATE_TIME:11/08/1958]]), to stay with me from [[DATE_TIME:20 July 2024]] to [[DATE_TIME:31 August 2024]]. I will cover all costs of her visit. My passport number is [[ID_NUMBER:548117302]] and I can be reached on [[PHONE_NUMBER:07851 229 406]].
Signed, [[PERSON:Folake Adewale-Smith]]""",
    """MOTOR CLAIM FORM
Policyholder: [[PERSON:Aisha Mahmoud]]   Policy: MTR-88-1274410
Driver at time of accident: [[PERSON:Yasin Mahmoud]] (son, [[AGE:19]])
Licence no.: [[ID_NUMBER:MAHMO005204Y99JT]]
Vehicle: 2017 Golf, reg [[ID_NUMBER:LB17 OXW]]
Date/time of accident: [[DATE_TIME:14/03/2024 17:50]]
Place: junction of Harrow Road and Kilburn Lane, [[LOCATION:London]]
Third party: [[PERSON:Declan Moyles]], reg [[ID_NUMBER:YH21 FEX]], tel. [[PHONE_NUMBER:07823 550 914]]""",
    """VEHICLE RENTAL AGREEMENT  No. RA-2024-771902
Renter: [[PERSON:Liu Yang]]   Date of birth: [[DATE_TIME:1987-11-24]]
Address: [[ADDRESS:1550 Robson Street, Suite 904]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6G 1C3]]
Driver's licence: [[ID_NUMBER:7714028]] ([[LOCATION:BC]])
Additional driver: [[PERSON:Zhang Wei]]
Vehicle: RAV4 Hybrid, plate [[ID_NUMBER:SV3 82K]], odometer out 21,440 km
Pick-up: [[DATE_TIME:Jun 28, 2024 10:00]]   Return: [[DATE_TIME:Jul 5, 2024 10:00]]
Payment: [[CREDIT_CARD:3530 1187 4420 9639]] (pre-authorisation CAD 500)""",
    """FINAL NOTICE - DISCONNECTION OF SERVICE
Account holder: [[PERSON:Latoya Brooks]]
Account number: [[ID_NUMBER:0047-228190-3]]
Service address: [[ADDRESS:915 Pecan St]], [[LOCATION:Shreveport]], [[LOCATION:LA]] [[ZIP_CODE:71101]]
Amount past due: $386.17
Your electric service will be disconnected on or after [[DATE_TIME:April 22, 2024]] unless payment is received. If someone in your household depends on life-support equipment, call 1-800-555-0100 today.""",
    """CUSTOMER DUE DILIGENCE FORM
Full name: [[PERSON:Rukhsana Begum Chowdhury]]
Nationality: [[NRP:Bangladeshi]]
Passport: [[ID_NUMBER:EB0419277]]   Expiry: [[DATE_TIME:05/09/2029]]
UK address: [[ADDRESS:Flat 3, 61 Brick Lane]], [[LOCATION:London]] [[ZIP_CODE:E1 6QL]]
Occupation: Pharmacist
Source of funds: salary; inheritance from her father, [[PERSON:Abdul Karim Chowdhury]] (d. [[DATE_TIME:2021-11-02]])
Account to be linked: [[IBAN_CODE:GB75LOYD30964417702215]]""",
    """Rx  [[DATE_TIME:03/11/2024]]
Patient: [[PERSON:Walter Pruitt]]   DOB: [[DATE_TIME:12/01/1946]]   Age: [[AGE:77]]
Address: [[ADDRESS:PO Box 118]], [[LOCATION:Ely]], [[LOCATION:NV]] [[ZIP_CODE:89301]]
Metformin 500 mg tab, 1 tab PO BID with meals, #60, refills 3
Prescriber: [[PERSON:Dr. Anjali Mehta]], MD
Pharmacy: please call [[PHONE_NUMBER:775-555-0136]] (patient's wife, [[PERSON:Doris]]) when ready""",
    """INCIDENT REPORT #24-009187
Reporting officer: [[TITLE:Sgt.]] [[PERSON:Maria Hoyos]], badge [[ID_NUMBER:4471]]
Date/time reported: [[DATE_TIME:02/17/2024 22:15]]
Complainant: [[PERSON:Dwayne Ellison]], [[AGE:44]], [[ADDRESS:6120 Ridgeway Dr]], [[LOCATION:Dayton]], [[LOCATION:OH]] [[ZIP_CODE:45459]], cell [[PHONE_NUMBER:937-555-0172]]
Narrative: complainant states that an unknown male entered his detached garage and removed two mountain bikes and a pressure washer. Neighbor [[PERSON:Gloria Tate]] saw a gray pickup, partial plate "KJT", leave at about 21:30.""",
    """LAST WILL AND TESTAMENT
I, [[PERSON:Harold James Whitmore]], of [[ADDRESS:4 Orchard Rise]], [[LOCATION:Tunbridge Wells]], [[LOCATION:Kent]] [[ZIP_CODE:TN2 5HA]], born on [[DATE_TIME:30 June 1941]], declare this to be my last will. I appoint my daughter [[PERSON:Susan Whitmore-Kaye]] and my solicitor [[PERSON:Neil Barraclough]] as executors. I give my house to my grandson [[PERSON:Oliver Kaye]] and five thousand pounds to the lifeboat charity.
Signed on the [[DATE_TIME:12th day of March 2019]].""",
    """To whom it may concern,
I confirm that [[PERSON:Thabo Khumalo]] (ID [[ID_NUMBER:9102225731087]]) was employed by us as a Senior Data Engineer from [[DATE_TIME:1 March 2018]] to [[DATE_TIME:29 February 2024]]. He was reliable and well liked, and he left of his own accord. He may be contacted at [[EMAIL_ADDRESS:thabo.khumalo91@gmail.com]].
Yours faithfully,
[[PERSON:Ilse van der Merwe]], HR Manager""",
    """MORTGAGE STATEMENT - Statement date: 05/01/2024
Borrower(s): [[PERSON:Anthony Russo]] & [[PERSON:Giulia Russo]]
Property: [[ADDRESS:47 Bayview Ave]], [[LOCATION:Staten Island]], [[LOCATION:NY]] [[ZIP_CODE:10309]]
Loan number: [[ID_NUMBER:0018842719]]
Payment due: 06/01/2024   Amount due: $2,918.44
Autopay from checking account [[ID_NUMBER:483920117]] (routing 021000021)""",
    """LABORATORY REPORT
Patient: [[PERSON:Tane Parata]]   NHI: [[ID_NUMBER:ZKT4473]]   DOB: [[DATE_TIME:07-Aug-1972]]
Collected: [[DATE_TIME:19-Feb-2024 08:05]]
Requesting GP: [[PERSON:Dr Sarah Whitfield]], [[LOCATION:Rotorua]]
HbA1c 62 mmol/mol (H)
eGFR 71 mL/min/1.73m2
Copy to patient: [[ADDRESS:23 Ranolf Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]]""",
    """Form W-4 (2024) Employee's Withholding Certificate
Step 1 (a) First name and middle initial: [[PERSON:Keanu K.]]   Last name: [[PERSON:Akana]]
Address: [[ADDRESS:98-1021 Kaahumanu St, Apt 5]]
City or town, state, and ZIP code: [[LOCATION:Aiea]], [[LOCATION:HI]] [[ZIP_CODE:96701]]
(b) Social security number: [[US_SSN:576-41-0839]]
(c) [x] Single or Married filing separately
Employee's signature: [[PERSON:Keanu Akana]]   Date: [[DATE_TIME:01/08/2024]]""",
    """AUTHORIZATION FOR BACKGROUND CHECK
Full name: [[PERSON:Rowena Bautista Cruz]]   Other names used: [[PERSON:Rowena B. Lim]]
Date of birth: [[DATE_TIME:June 2, 1990]]   Place of birth: [[LOCATION:Iloilo City]]
SSS No.: [[ID_NUMBER:34-5518204-7]]   TIN: [[ID_NUMBER:412-908-337-000]]
Present address: [[ADDRESS:Unit 1207, Avida Towers, 34th Street]], [[LOCATION:Bonifacio Global City]], [[LOCATION:Taguig]]
I authorize the company to verify my records with the NBI and my former employers.
Signature: [[PERSON:Rowena B. Cruz]]   Date: [[DATE_TIME:15 March 2024]]""",
    """Homeowners' association - complaint log
[[ADDRESS:Unit 14C]], [[PERSON:Mr. Theodore Nakamura]] ([[PHONE_NUMBER:808-555-0191]]), reports that the owner of [[ADDRESS:unit 12A]], [[PERSON:Ms. Valerie Crane]], has kept a boat trailer (plate [[ID_NUMBER:HTG 551]]) in the guest bays since [[DATE_TIME:March 2]]. Board to send a first warning letter.""",
    """[[DATE_TIME:14th February 2024]]
[[TITLE:Miss]] [[PERSON:Faith Chebet]]
[[ADDRESS:P.O. Box 411]]-[[ZIP_CODE:20200]]
[[LOCATION:Kericho]]
Dear [[PERSON:Faith]],
RE: AWARD OF BURSARY - ADM. NO. [[ID_NUMBER:ENG-0412/2023]]
We are pleased to inform you that you have been awarded a bursary of KSh 45,000 for this academic year. Please present your national ID ([[ID_NUMBER:38810427]]) at the finance office by [[DATE_TIME:1st March 2024]].
[[PERSON:Prof. Daniel Kiprop]], Dean of Students""",
    # in the manner of Nemotron-PII (structured and semi-structured)
    """{"customer_id": "[[ID_NUMBER:CUST-00918274]]", "first_name": "[[PERSON:Haruto]]", "last_name": "[[PERSON:Sato]]", "dob": "[[DATE_TIME:1990-04-17]]", "email": "[[EMAIL_ADDRESS:haruto.sato@docomo.ne.jp]]", "phone": "[[PHONE_NUMBER:+81 90-4418-2736]]", "address": {"street": "[[ADDRESS:2-14-7 Kichijoji Honcho]]", "city": "[[LOCATION:Musashino]]", "prefecture": "[[LOCATION:Tokyo]]", "postal_code": "[[ZIP_CODE:180-0004]]"}, "loyalty_tier": "gold", "marketing_opt_in": false}""",
    """[[DATE_TIME:2024-03-14 08:22:41,118]] INFO  [auth] login succeeded for user=[[USERNAME:jkowalski]] from [[IP_ADDRESS:81.2.69.160]]
2024-03-14 08:23:10,004 INFO  [scheduler] nightly export finished in 412s
[[DATE_TIME:2024-03-14 08:24:57,631]] WARN  [auth] 5 failed attempts for user=[[USERNAME:a.mazur]] from [[IP_ADDRESS:195.150.23.7]], account locked
[[DATE_TIME:2024-03-14 08:25:02,377]] INFO  [mfa] user=[[USERNAME:a.mazur]] requested an unlock code to [[PHONE_NUMBER:+48 601 274 319]]""",
    """INSERT INTO patients (mrn, full_name, dob, phone, email) VALUES
('[[ID_NUMBER:MRN-448120]]', '[[PERSON:Ana Lucía Quispe]]', '[[DATE_TIME:1984-02-29]]', '[[PHONE_NUMBER:+51 984 220 173]]', '[[EMAIL_ADDRESS:alquispe@gmail.com]]'),
('[[ID_NUMBER:MRN-448121]]', '[[PERSON:Wilfredo Huamán]]', '[[DATE_TIME:1961-07-05]]', '[[PHONE_NUMBER:+51 955 031 882]]', NULL);""",
    """<reservation id="R-88213">
  <guest>
    <title>[[TITLE:Dr]]</title>
    <givenName>[[PERSON:Ingrid]]</givenName>
    <surname>[[PERSON:Solberg]]</surname>
    <passport country="NO">[[ID_NUMBER:FN7731024]]</passport>
    <phone>[[PHONE_NUMBER:+47 412 83 906]]</phone>
    <email>[[EMAIL_ADDRESS:ingrid.solberg@online.no]]</email>
  </guest>
  <stay checkIn="[[DATE_TIME:2024-08-14]]" checkOut="[[DATE_TIME:2024-08-18]]" room="DLX-K"/>
  <payment type="card" last4="0445"/>
</reservation>""",
    """# billing-worker deploy config
smtp:
  host: smtp.mailgun.org
  port: 587
  user: postmaster@mg.acme-billing.io
alerts:
  oncall_name: [[PERSON:Priscilla Obeng]]
  oncall_phone: "[[PHONE_NUMBER:+1 646 555 0119]]"
  escalation_email: [[EMAIL_ADDRESS:p.obeng@acme-billing.io]]
db:
  host: [[IP_ADDRESS:10.0.4.17]]
  user: billing_rw
  password: "s3cr3t-Pa55"
""",
    """def notify_owner(build):
    # TODO: remove the hardcoded contact before merging (ask [[PERSON:Kofi]])
    owner = {"name": "[[PERSON:Kofi Mensah-Bonsu]]", "email": "[[EMAIL_ADDRESS:kofi.mb@gmail.com]]"}
    send_sms(to="[[PHONE_NUMBER:+233 20 771 4580]]", body=f"Build {build.id} failed for {owner['name']}")""",
    """HR-2231 | Update bank details | Reporter: [[PERSON:Lauren Mitchell]] | Assignee: [[PERSON:Deepak Raman]]
Description: [[PERSON:Lauren]] has moved banks. New account for payroll: [[IBAN_CODE:IE57 BOFI 9004 9217 7655 30]]. The old one (ending 0712) can be closed after this month's run. Her employee number is [[ID_NUMBER:004518]].""",
    """curl -X POST https://api.crm-example.pt/v2/contacts \\
  -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.kd8Qm" \\
  -d '{"name":"[[PERSON:Beatriz Nunes]]","phone":"[[PHONE_NUMBER:+351 912 448 306]]","nif":"[[ID_NUMBER:218473028]]","city":"[[LOCATION:Braga]]"}'""",
    """APP_ENV=production
ADMIN_NAME=[[PERSON:Tomasz Zieliński]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:tomasz.zielinski@gmail.com]]
SUPPORT_PHONE=+48 22 100 20 30
STRIPE_KEY=sk_live_51Hx9aQ2eZvKYlo2C0f3d
ALLOWED_ADMIN_IP=[[IP_ADDRESS:89.64.17.221]]
LOG_LEVEL=info""",
    """From: [[PERSON:Rachel Adeyemi]] <[[EMAIL_ADDRESS:rachel.adeyemi@outlook.com]]>
To: bookings@lakeviewlodge.co.nz
Date: [[DATE_TIME:Mon, 8 Apr 2024 09:12:44 +1200]]
Subject: Two nights for two
X-Originating-IP: [[IP_ADDRESS:49.224.86.130]]

Hi there, could you hold a lake-view room for me and [[PERSON:Tunde]] from [[DATE_TIME:19 April]]? Best number is [[PHONE_NUMBER:022 419 8831]]. Thanks, [[PERSON:Rachel]]""",
    """{"ts":"[[DATE_TIME:2024-05-02T17:44:09.221Z]]","level":"info","event":"password_reset_requested","user":{"id":88213,"username":"[[USERNAME:mariam.k]]","email":"[[EMAIL_ADDRESS:mariam.khoury@gmail.com]]"},"client_ip":"[[IP_ADDRESS:176.29.140.18]]","ua":"Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0"}""",
    """const testUser = {
  fullName: '[[PERSON:Aarav Malhotra]]',
  pan: '[[ID_NUMBER:AKXPM7712Q]]',
  mobile: '[[PHONE_NUMBER:9820417365]]',
  dob: new Date('[[DATE_TIME:1996-10-04]]'),
  kycStatus: 'VERIFIED',
};""",
    """UPDATE drivers SET license_no = '[[ID_NUMBER:MH12 20110149646]]', plate = '[[ID_NUMBER:MH 12 KQ 4471]]', updated_by = 'ops-bot' WHERE driver_name = '[[PERSON:Sachin Pawar]]' AND phone = '[[PHONE_NUMBER:+91 90221 54830]]';""",
    """[[IP_ADDRESS:73.162.44.210]] - [[USERNAME:emartin]] [[[DATE_TIME:12/Mar/2024:14:02:17 +0000]]] "GET /account/settings HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:73.162.44.210]] - [[USERNAME:emartin]] [[[DATE_TIME:12/Mar/2024:14:02:31 +0000]]] "POST /account/email HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"
10.0.0.5 - - [12/Mar/2024:14:02:40 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28\"""",
    """[user]
    name = [[PERSON:Nikolai Vasquez]]
    email = [[EMAIL_ADDRESS:nikolai.vasquez@protonmail.com]]
[github]
    user = [[USERNAME:nvasquez-dev]]
[core]
    editor = vim
    autocrlf = input""",
    r"""MSH|^~\&|LABSYS|NORTHGEN|EHR|NORTHGEN|20240304101522||ORU^R01|MSG00418|P|2.5
PID|1||[[ID_NUMBER:MRN7720419]]^^^NORTHGEN^MR||[[PERSON:OKAFOR]]^[[PERSON:CHIAMAKA]]^N||[[DATE_TIME:19880912]]|F|||[[ADDRESS:42 ELM ST]]^^[[LOCATION:ALBANY]]^[[LOCATION:NY]]^[[ZIP_CODE:12203]]||[[PHONE_NUMBER:(518)555-0161]]
OBX|1|NM|2345-7^GLUCOSE^LN||98|mg/dL|70-99|N|||F""",
    """Ticket #552190 | Requester: [[PERSON:Helga Baumann]] <[[EMAIL_ADDRESS:h.baumann@web.de]]> | Priority: high
My parcel went to my old address, [[ADDRESS:Goethestraße 8]], [[ZIP_CODE:80336]] [[LOCATION:München]], instead of the new one, [[ADDRESS:Rosenheimer Str. 145, 3. OG]], [[ZIP_CODE:81671]] [[LOCATION:München]]. I changed it in my profile weeks ago! Phone: [[PHONE_NUMBER:+49 89 4412 7730]].""",
    """{"payment": {"holder": "[[PERSON:MAYA GOLDSTEIN]]", "pan": "[[CREDIT_CARD:4136008822453710]]", "exp": "07/29", "cvc": "271", "billing_zip": "[[ZIP_CODE:11215]]"}, "ip": "[[IP_ADDRESS:24.90.151.38]]", "device_mac": "a4:83:e7:5c:12:0f", "risk_score": 12}""",
    """<T4Slip year="2023">
  <Employee>
    <Name>[[PERSON:Gurpreet Sandhu]]</Name>
    <SIN>[[ID_NUMBER:046 622 189]]</SIN>
    <Address>[[ADDRESS:77 Queen St E, Unit 402]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6W 2A9]]</Address>
  </Employee>
  <Box14>68420.55</Box14>
  <Box22>11873.10</Box22>
</T4Slip>""",
    """[webservers]
web01 ansible_host=[[IP_ADDRESS:10.20.1.11]]
web02 ansible_host=[[IP_ADDRESS:10.20.1.12]]

[all:vars]
ansible_user=deploy
# owner: [[PERSON:Rhys Llewellyn]] ([[EMAIL_ADDRESS:rhys.llewellyn@gmail.com]]), on call [[PHONE_NUMBER:07700 983 215]]""",
    """Form MV-14: change of address for a registered vehicle
Registered owner: [[PERSON:Dolores Figueroa]]
Date of birth: [[DATE_TIME:1963-02-19]]
Driver license: [[LOCATION:NJ]] [[US_DRIVER_LICENSE:F6142 81937 02631]]
Plate: [[ID_NUMBER:Y41-KMR]]   VIN: [[ID_NUMBER:1HGCV1F31LA018822]]
Old address: [[ADDRESS:214 Harrison Ave]], [[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07304]]
New address: [[ADDRESS:9 Birch Hollow Ct]], [[LOCATION:Toms River]], [[LOCATION:NJ]] [[ZIP_CODE:08753]]
Date moved: [[DATE_TIME:04/27/2024]]
Daytime phone: [[PHONE_NUMBER:732-555-0114]]""",
    """Transfer of EUR 2,300 from [[PERSON:Maximilian Hofer]] ([[IBAN_CODE:AT62 2011 1827 3306 5418]], BIC GIBAATWWXXX) to [[PERSON:Sofie Jensen]] ([[IBAN_CODE:DK91 3000 0012 7765 48]]), reference "Ferienwohnung Juli", initiated from [[IP_ADDRESS:83.164.199.20]] on [[DATE_TIME:2024-06-03 19:22]]; confirmation sent to [[EMAIL_ADDRESS:max.hofer@gmx.at]].""",
    # Simplified Chinese and Thai
    """{"用户ID": 20931, "姓名": "[[PERSON:王思远]]", "性别": "男", "出生日期": "[[DATE_TIME:1995-03-14]]", "身份证号": "[[ID_NUMBER:310115199503142718]]", "手机": "[[PHONE_NUMBER:186-2104-7735]]", "邮箱": "[[EMAIL_ADDRESS:wangsiyuan95@163.com]]", "地址": {"省市": "[[LOCATION:上海市]]", "区": "[[LOCATION:浦东新区]]", "详细地址": "[[ADDRESS:张杨路1688弄12号601室]]", "邮编": "[[ZIP_CODE:200122]]"}, "银行卡": "[[CREDIT_CARD:6217000498277363]]"}""",
    """门诊病历
姓名：[[PERSON:赵丽娟]]  性别：女  年龄：[[AGE:37]]岁
身份证号：[[ID_NUMBER:510107198609301265]]
就诊时间：[[DATE_TIME:2024年3月18日 上午9:40]]
住址：[[LOCATION:四川省]][[LOCATION:成都市]][[LOCATION:武侯区]][[ADDRESS:人民南路四段27号3栋2单元502]]
联系电话：[[PHONE_NUMBER:139 8176 2054]]
主诉：反复咳嗽两周，夜间加重。
接诊：[[PERSON:杨]][[TITLE:医生]]""",
    """个人贷款申请表
申请人：[[PERSON:周凯]]    出生日期：[[DATE_TIME:1989年5月27日]]
证件号码：[[ID_NUMBER:420106198905274558]]
职务：项目经理    月收入：18,000元
现住址：[[LOCATION:湖北省]][[LOCATION:武汉市]][[LOCATION:洪山区]][[ADDRESS:珞喻路1037号华中小区8栋1502室]]
手机：[[PHONE_NUMBER:+86 135 0718 4429]]
还款卡号：[[CREDIT_CARD:6228 4803 0051 4798]]
配偶：[[PERSON:孙梅]]    联系电话：[[PHONE_NUMBER:15927741083]]""",
    """租约摘要
房东：[[PERSON:吴建华]]（身份证 [[ID_NUMBER:S6904418B]]）
租客：[[PERSON:郑浩然]]（护照 [[ID_NUMBER:EH2047716]]，[[NRP:中国]]籍）
物业地址：[[ADDRESS:后港1道第412座 #08-233]]，[[LOCATION:新加坡]] [[ZIP_CODE:530412]]
租期：[[DATE_TIME:2024年6月1日]]至[[DATE_TIME:2025年5月31日]]
月租：新币2,800元，押金两个月
租客电话：[[PHONE_NUMBER:+65 8412 6603]]    邮箱：[[EMAIL_ADDRESS:zhenghaoran93@qq.com]]""",
    """ใบสมัครงาน
ชื่อ-นามสกุล: [[TITLE:นาย]][[PERSON:กิตติพงษ์ บุญมา]]
วันเกิด: [[DATE_TIME:14 สิงหาคม 2538]]   อายุ: [[AGE:28]] ปี
เลขประจำตัวประชาชน: [[ID_NUMBER:1-5099-00133-72-6]]
ที่อยู่: [[ADDRESS:88/3 หมู่ 4]] [[LOCATION:ตำบลสุเทพ]] [[LOCATION:อำเภอเมืองเชียงใหม่]] [[LOCATION:จังหวัดเชียงใหม่]] [[ZIP_CODE:50200]]
โทรศัพท์: [[PHONE_NUMBER:086-442-1937]]
อีเมล: [[EMAIL_ADDRESS:kittipong.b@gmail.com]]
ตำแหน่งที่สมัคร: เจ้าหน้าที่บัญชี   เงินเดือนที่ต้องการ: 25,000 บาท""",
    """{"order_id": "TH-20240311-88412", "ผู้รับ": "[[PERSON:วราภรณ์ สุขเจริญ]]", "เบอร์โทร": "[[PHONE_NUMBER:0918437265]]", "ที่อยู่จัดส่ง": "[[ADDRESS:199/45 หมู่บ้านพฤกษา 12 ถนนบางนา-ตราด กม. 10]] [[LOCATION:ตำบลบางพลีใหญ่]] [[LOCATION:อำเภอบางพลี]] [[LOCATION:สมุทรปราการ]] [[ZIP_CODE:10540]]", "ชำระเงิน": "บัตรเครดิต", "บัตร": "[[CREDIT_CARD:4400 6627 1930 5885]]", "ip": "[[IP_ADDRESS:184.22.147.9]]"}""",
    """สัญญาเช่าห้องพัก
ทำที่ [[LOCATION:กรุงเทพมหานคร]] วันที่ [[DATE_TIME:1 เมษายน 2567]]
ระหว่าง [[TITLE:นาย]][[PERSON:ประเสริฐ ทองดี]] ผู้ให้เช่า เลขประจำตัวประชาชน [[ID_NUMBER:3101001288479]]
กับ [[TITLE:นางสาว]][[PERSON:อรอุมา ศรีวงศ์]] ผู้เช่า เลขประจำตัวประชาชน [[ID_NUMBER:1101402119671]] ที่อยู่ตามทะเบียนบ้าน [[ADDRESS:12/7 ถนนมิตรภาพ]] [[LOCATION:อำเภอเมืองขอนแก่น]] [[LOCATION:จังหวัดขอนแก่น]] [[ZIP_CODE:40000]]
ห้องที่เช่า: [[ADDRESS:ห้อง 504 อาคารสุขสันต์แมนชั่น เลขที่ 77 ซอยรัชดาภิเษก 36]] [[LOCATION:เขตจตุจักร]] ค่าเช่าเดือนละ 6,500 บาท
โทรศัพท์ผู้เช่า [[PHONE_NUMBER:095-718-2046]]""",
]

TABLE = [
    """booking_ref,driver_name,licence_no,licence_issued_in,pickup,return,car_class,total_gbp
RB-40412,[[PERSON:Oksana Hrytsenko]],[[ID_NUMBER:HRYTS862143O99KL]],[[LOCATION:United Kingdom]],[[DATE_TIME:2024-05-03 09:00]],[[DATE_TIME:2024-05-07 09:00]],Compact,214.60
RB-40413,[[PERSON:Kwame Boateng]],[[ID_NUMBER:BOATE701089KA9XY]],[[LOCATION:United Kingdom]],[[DATE_TIME:2024-05-03 11:30]],[[DATE_TIME:2024-05-04 11:30]],Economy,61.00
RB-40414,[[PERSON:Lucía Marín]],[[ID_NUMBER:48203917B]],[[LOCATION:Spain]],[[DATE_TIME:2024-05-04 08:15]],[[DATE_TIME:2024-05-11 08:15]],SUV,498.90
RB-40415,[[PERSON:Ahmed Farouk]],[[ID_NUMBER:EG-2291847]],[[LOCATION:Egypt]],[[DATE_TIME:2024-05-04 14:00]],[[DATE_TIME:2024-05-06 14:00]],Compact,107.30""",
    """applicant\tnationality\tpassport_no\tvisa_type\tsubmitted\tdecision
[[PERSON:Hoang Minh Tuan]]\t[[NRP:Vietnamese]]\t[[ID_NUMBER:C4821937]]\tStudent\t[[DATE_TIME:2024-02-12]]\tApproved
[[PERSON:Aigerim Sadykova]]\t[[NRP:Kazakh]]\t[[ID_NUMBER:N14408273]]\tVisitor\t[[DATE_TIME:2024-02-15]]\tRefused
[[PERSON:Esteban Quintero]]\t[[NRP:Colombian]]\t[[ID_NUMBER:AY718204]]\tSkilled Worker\t[[DATE_TIME:2024-02-19]]\tPending
[[PERSON:Bilal Chaudhry]]\t[[NRP:Pakistani]]\t[[ID_NUMBER:BQ4410927]]\tFamily\t[[DATE_TIME:2024-02-20]]\tApproved""",
    """| Account | Customer | Supply address | Tariff | Last bill (£) | Direct debit |
|---|---|---|---|---|---|
| [[ID_NUMBER:8840221976]] | [[PERSON:Eileen Prescott]] | [[ADDRESS:12 Marsh Lane]], [[LOCATION:Crewe]] [[ZIP_CODE:CW2 8PA]] | Economy 7 | 148.20 | Yes |
| [[ID_NUMBER:8840231044]] | [[PERSON:Nasreen Begum]] | [[ADDRESS:Flat 9, Kingsway House, 40 Kingsway]], [[LOCATION:Manchester]] [[ZIP_CODE:M19 2LL]] | Standard variable | 96.75 | No |
| [[ID_NUMBER:8840239310]] | [[PERSON:Callum Fraser]] | [[ADDRESS:3 Glebe Cottages]], [[LOCATION:Kirkcaldy]] [[ZIP_CODE:KY1 2RB]] | Fixed 12m | 211.04 | Yes |""",
    """EMP_ID  NAME               NI_NUMBER      DEPT        ANNUAL_SALARY
[[ID_NUMBER:E10442]]  [[PERSON:Rebecca Thorne]]     [[ID_NUMBER:SK 30 41 82 A]]  Finance     41,500
[[ID_NUMBER:E10457]]  [[PERSON:Olumide Bankole]]    [[ID_NUMBER:PR 77 15 63 C]]  Logistics   33,200
[[ID_NUMBER:E10463]]  [[PERSON:Gintarė Kazlauskė]]  [[ID_NUMBER:JT 52 09 48 D]]  IT          52,750
[[ID_NUMBER:E10471]]  [[PERSON:Wu Xiaoming]]        [[ID_NUMBER:AB 91 36 07 B]]  Finance     38,900""",
    """{"member_no": "[[ID_NUMBER:GM-20817]]", "name": "[[PERSON:Tatiana Vieira]]", "age": [[AGE:31]], "plan": "off-peak", "phone": "[[PHONE_NUMBER:0412 557 093]]", "joined": "[[DATE_TIME:2023-08-14]]"}
{"member_no": "[[ID_NUMBER:GM-20822]]", "name": "[[PERSON:Brendan Quill]]", "age": [[AGE:58]], "plan": "anytime", "phone": "[[PHONE_NUMBER:0433 901 276]]", "joined": "[[DATE_TIME:2023-08-19]]"}
{"member_no": "[[ID_NUMBER:GM-20840]]", "name": "[[PERSON:Anh Thu Pham]]", "age": [[AGE:24]], "plan": "student", "phone": "[[PHONE_NUMBER:0478 116 530]]", "joined": "[[DATE_TIME:2023-09-02]]"}""",
    """- employee: [[PERSON:Daniel Osei]]
  staff_id: "[[ID_NUMBER:4410-22]]"
  emergency_contact:
    name: [[PERSON:Efua Osei]]
    relationship: spouse
    phone: "[[PHONE_NUMBER:+233 27 550 1184]]"
- employee: [[PERSON:Marta Lindgren]]
  staff_id: "[[ID_NUMBER:4410-37]]"
  emergency_contact:
    name: [[PERSON:Per Lindgren]]
    relationship: father
    phone: "[[PHONE_NUMBER:+46 70 812 44 19]]"
- employee: [[PERSON:Joseph Kamara]]
  staff_id: "[[ID_NUMBER:4410-41]]"
  emergency_contact:
    name: [[PERSON:Mariama Kamara]]
    relationship: sister
    phone: "[[PHONE_NUMBER:+232 76 330 918]]\"""",
    """Registration No: [[ID_NUMBER:KA 05 MN 8821]]
Owner: [[PERSON:Ramesh Gowda]]
Address: [[ADDRESS:No. 14, 3rd Main, 2nd Block]], [[LOCATION:Jayanagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560011]]
Class: LMV (car)   Fuel: Petrol

Registration No: [[ID_NUMBER:KA 51 ER 3307]]
Owner: [[PERSON:Shabnam Khatoon]]
Address: [[ADDRESS:Flat 3B, Prestige Lakeside, Whitefield Main Road]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560066]]
Class: MCWG (two-wheeler)   Fuel: Electric

Registration No: [[ID_NUMBER:KA 03 HB 1190]]
Owner: [[PERSON:Joseph D'Souza]]
Address: [[ADDRESS:221 St. Mark's Road]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560001]]
Class: LMV (car)   Fuel: Diesel""",
    """patient_id,patient,dob,appointment,clinician,room,reason
[[ID_NUMBER:P-30918]],[[PERSON:Ayesha Karim]],[[DATE_TIME:1979-03-22]],[[DATE_TIME:2024-04-09 09:15]],[[PERSON:Dr. M. Achebe]],3,BP review
[[ID_NUMBER:P-30922]],[[PERSON:Graham Ellery]],[[DATE_TIME:1950-11-04]],[[DATE_TIME:2024-04-09 09:30]],[[PERSON:Dr. M. Achebe]],3,Diabetes annual
[[ID_NUMBER:P-31007]],[[PERSON:Sofía Benítez]],[[DATE_TIME:2016-07-30]],[[DATE_TIME:2024-04-09 10:00]],[[PERSON:Nurse Kowalski]],1,Immunisations""",
    """| Room | Guest | Nationality | Passport | Check-in | Nights |
|-----:|-------|-------------|----------|----------|-------:|
| 301 | [[PERSON:Matteo Bernardi]] | [[NRP:Italian]] | [[ID_NUMBER:YA4418203]] | [[DATE_TIME:12 Jun 2024]] | 3 |
| 302 | [[PERSON:Yuki Morimoto]] | [[NRP:Japanese]] | [[ID_NUMBER:TR2290417]] | [[DATE_TIME:12 Jun 2024]] | 5 |
| 305 | [[PERSON:Olumide Ajayi]] | [[NRP:Nigerian]] | [[ID_NUMBER:A11047732]] | [[DATE_TIME:13 Jun 2024]] | 2 |
| 310 | [[PERSON:Sarah Lévesque]] | [[NRP:Canadian]] | [[ID_NUMBER:HK772014]] | [[DATE_TIME:13 Jun 2024]] | 4 |""",
    """student\tyear\tguardian\trelationship\tmobile\temail
[[PERSON:Noah Fenwick]]\t5\t[[PERSON:Clare Fenwick]]\tmother\t[[PHONE_NUMBER:07700 931 442]]\t[[EMAIL_ADDRESS:clare.fenwick@gmail.com]]
[[PERSON:Zara Iqbal]]\t5\t[[PERSON:Tariq Iqbal]]\tfather\t[[PHONE_NUMBER:07459 220 184]]\t[[EMAIL_ADDRESS:t.iqbal@outlook.com]]
[[PERSON:Leo Nakashima-Brown]]\t6\t[[PERSON:Aiko Nakashima]]\tmother\t[[PHONE_NUMBER:07911 664 013]]\t[[EMAIL_ADDRESS:aiko.nb@icloud.com]]
[[PERSON:Ruby O'Connell]]\t6\t[[PERSON:Pat O'Connell]]\tgrandparent\t[[PHONE_NUMBER:01632 960 418]]\tn/a""",
    """applicant,ssn,dob,state,annual_income,requested,score_band
[[PERSON:Marcus Greenberg]],[[US_SSN:318-52-7740]],[[DATE_TIME:04/16/1988]],[[LOCATION:OH]],78000,25000,B
[[PERSON:Yesenia Morales]],[[US_SSN:601-29-4418]],[[DATE_TIME:11/02/1995]],[[LOCATION:AZ]],52500,12000,C
[[PERSON:DeShawn Carter]],[[US_SSN:247-80-1193]],[[DATE_TIME:07/21/1979]],[[LOCATION:GA]],96400,40000,A""",
    """{"parcel": "JD014482917GB", "recipient": "[[PERSON:Imogen Hartley]]", "address": "[[ADDRESS:44 Chapel Street]], [[LOCATION:Penzance]]", "postcode": "[[ZIP_CODE:TR18 4AQ]]", "phone": "[[PHONE_NUMBER:07812 330 615]]", "service": "tracked48"}
{"parcel": "JD014482918GB", "recipient": "[[PERSON:Rhodri Price]]", "address": "[[ADDRESS:2 Tan-y-Bryn Terrace]], [[LOCATION:Bangor]]", "postcode": "[[ZIP_CODE:LL57 1PA]]", "phone": "[[PHONE_NUMBER:07388 214 590]]", "service": "tracked24"}
{"parcel": "JD014482921GB", "recipient": "[[PERSON:Funmilayo Adeyinka]]", "address": "[[ADDRESS:Flat 22, Harbour Court, 9 Dock Road]], [[LOCATION:Liverpool]]", "postcode": "[[ZIP_CODE:L19 2JW]]", "phone": "[[PHONE_NUMBER:07504 661 027]]", "service": "signed"}""",
    """NMI          CUSTOMER             SUPPLY ADDRESS                              TARIFF   KWH
4103928817   [[PERSON:Bronwyn Castles]]      [[ADDRESS:22 Wattle St]], [[LOCATION:Ballarat]] [[LOCATION:VIC]] [[ZIP_CODE:3350]]              TOU      1,482
4103931172   [[PERSON:Giorgos Antoniou]]     [[ADDRESS:5/118 Sydney Rd]], [[LOCATION:Brunswick]] [[LOCATION:VIC]] [[ZIP_CODE:3056]]          FLAT       611
4103940058   [[PERSON:Mandeep Sandhu]]       [[ADDRESS:9 Kurrajong Cres]], [[LOCATION:Shepparton]] [[LOCATION:VIC]] [[ZIP_CODE:3630]]        TOU      2,097""",
    """oncall:
  - week: 14
    primary: [[PERSON:Anders Holm]]
    phone: "[[PHONE_NUMBER:+45 28 71 40 93]]"
    backup: [[PERSON:Mirela Popa]]
    backup_phone: "[[PHONE_NUMBER:+40 744 518 207]]"
  - week: 15
    primary: [[PERSON:Mirela Popa]]
    phone: "[[PHONE_NUMBER:+40 744 518 207]]"
    backup: [[PERSON:Joaquín Sosa]]
    backup_phone: "[[PHONE_NUMBER:+598 94 310 827]]"
escalation: incidents@ops.example.net""",
    """Beneficiary: [[PERSON:Marisol Cabrera Ruiz]]
A-Number: [[ID_NUMBER:A-208-113-947]]
Receipt number: MSC2390418822
Form: I-130
Petitioner: [[PERSON:Luis Cabrera]]
Priority date: [[DATE_TIME:03/14/2023]]
Country of birth: [[LOCATION:Dominican Republic]]
Mailing address: [[ADDRESS:1123 Walton Ave, Apt 4F]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10452]]

Beneficiary: [[PERSON:Tran Van Long]]
A-Number: [[ID_NUMBER:A-219-004-562]]
Receipt number: IOE0918827403
Form: I-765
Petitioner: self
Priority date: [[DATE_TIME:09/02/2023]]
Country of birth: [[LOCATION:Vietnam]]
Mailing address: [[ADDRESS:8841 Bolsa Ave, Unit 12]], [[LOCATION:Westminster]], [[LOCATION:CA]] [[ZIP_CODE:92683]]""",
    """| Volunteer | Shift | Mobile | DBS checked | Emergency contact |
|---|---|---|---|---|
| [[PERSON:Gloria Mensah]] | Sat AM | [[PHONE_NUMBER:07933 118 402]] | yes | [[PERSON:Kofi Mensah]], [[PHONE_NUMBER:07933 118 477]] |
| [[PERSON:Ted Halvorsen]] | Sat PM | [[PHONE_NUMBER:07700 129 556]] | yes | [[PERSON:Ingrid Halvorsen]], [[PHONE_NUMBER:01865 442 018]] |
| [[PERSON:Priti Shah]] | Sun AM | [[PHONE_NUMBER:07825 600 931]] | pending | [[PERSON:Nilesh Shah]], [[PHONE_NUMBER:07825 600 988]] |""",
    """customer,email,card_number,exp,cvv,billing_zip
[[PERSON:Harper Lindgren]],[[EMAIL_ADDRESS:harper.lindgren@gmail.com]],[[CREDIT_CARD:4929137704812254]],08/27,902,[[ZIP_CODE:55408]]
[[PERSON:Tomás Echeverría]],[[EMAIL_ADDRESS:techeverria@yahoo.com]],[[CREDIT_CARD:5301256647800930]],01/26,117,[[ZIP_CODE:33135]]
[[PERSON:Grace Kim]],[[EMAIL_ADDRESS:gracekim.design@gmail.com]],[[CREDIT_CARD:340128766450025]],11/28,4471,[[ZIP_CODE:90006]]
[[PERSON:Oren Shapiro]],[[EMAIL_ADDRESS:oren.s@fastmail.fm]],[[CREDIT_CARD:6011559023884108]],05/25,368,[[ZIP_CODE:11230]]""",
    """address\ttenant\tphone\tlease_start\trent_usd\tnotes
[[ADDRESS:410 Harmon St, Apt 1A]]\t[[PERSON:Jamal Wright]]\t[[PHONE_NUMBER:(718) 555-0147]]\t[[DATE_TIME:2023-09-01]]\t2150\tpays by check
[[ADDRESS:410 Harmon St, Apt 2B]]\t[[PERSON:Svetlana Ivanova]]\t[[PHONE_NUMBER:(347) 555-0192]]\t[[DATE_TIME:2022-06-15]]\t2400\t-
[[ADDRESS:410 Harmon St, Apt 3C]]\t[[PERSON:Kenji Ito]] & [[PERSON:Mai Ito]]\t[[PHONE_NUMBER:(917) 555-0116]]\t[[DATE_TIME:2024-01-01]]\t2650\tdog""",
    """{"username": "[[USERNAME:pixel_pilgrim]]", "display_name": "[[PERSON:Inês Duarte]]", "email": "[[EMAIL_ADDRESS:ines.duarte@sapo.pt]]", "last_login": "[[DATE_TIME:2024-06-01T22:14:09Z]]", "last_ip": "[[IP_ADDRESS:85.243.17.201]]", "followers": 1832}
{"username": "[[USERNAME:kofi_codes]]", "display_name": "[[PERSON:Kofi Amankwah]]", "email": "[[EMAIL_ADDRESS:kofi.amankwah@gmail.com]]", "last_login": "[[DATE_TIME:2024-06-02T06:51:40Z]]", "last_ip": "[[IP_ADDRESS:154.160.3.88]]", "followers": 407}
{"username": "[[USERNAME:lunaverde]]", "display_name": "[[PERSON:Luna V.]]", "email": "[[EMAIL_ADDRESS:luna.verde.art@gmail.com]]", "last_login": "[[DATE_TIME:2024-05-28T17:03:22Z]]", "last_ip": "[[IP_ADDRESS:2806:104e:1f:4a2::3c]]", "followers": 12950}""",
    """SEAT  NAME                        DOB         PASSPORT    NATIONALITY
12A   [[PERSON:OYELARAN/ADEBOLA]] [[TITLE:MRS]]       [[DATE_TIME:1984-09-17]]  [[ID_NUMBER:A08813374]]   [[NRP:Nigerian]]
12B   [[PERSON:OYELARAN/TEMI]] [[TITLE:MISS]]         [[DATE_TIME:2015-03-02]]  [[ID_NUMBER:A11920466]]   [[NRP:Nigerian]]
14C   [[PERSON:PETERSEN/LARS]] [[TITLE:MR]]           [[DATE_TIME:1969-12-01]]  [[ID_NUMBER:208841173]]   [[NRP:Danish]]
21F   [[PERSON:DA SILVA/JOAO PEDRO]] [[TITLE:MR]]     [[DATE_TIME:1992-05-28]]  [[ID_NUMBER:FZ482017]]    [[NRP:Brazilian]]""",
    """| Name | SIN | Start date | Title | Province |
|------|-----|------------|-------|----------|
| [[PERSON:Amélie Gagnon]] | [[ID_NUMBER:130 466 279]] | [[DATE_TIME:2024-07-08]] | Data Analyst | [[LOCATION:QC]] |
| [[PERSON:Harjit Dhillon]] | [[ID_NUMBER:712 039 858]] | [[DATE_TIME:2024-07-15]] | Warehouse Lead | [[LOCATION:BC]] |
| [[PERSON:Connor MacIsaac]] | [[ID_NUMBER:620 455 196]] | [[DATE_TIME:2024-07-15]] | Field Technician | [[LOCATION:MB]] |
| [[PERSON:Ana Sofia Reyes]] | [[ID_NUMBER:918 273 640]] | [[DATE_TIME:2024-08-01]] | Line Cook | [[LOCATION:AB]] |""",
    """account_no,customer,plot,estate,phone,arrears_kes
[[ID_NUMBER:NCW-0448213]],[[PERSON:Wambui Njoroge]],[[ADDRESS:Plot 117, Mugumo Road]],[[LOCATION:Lavington]],[[PHONE_NUMBER:0722 481 905]],3420
[[ID_NUMBER:NCW-0448260]],[[PERSON:Hassan Abdullahi]],[[ADDRESS:Plot 9, 4th Avenue]],[[LOCATION:Eastleigh]],[[PHONE_NUMBER:0733 208 614]],0
[[ID_NUMBER:NCW-0451187]],[[PERSON:Mercy Atieno Odhiambo]],[[ADDRESS:House 56, Kenol Estate]],[[LOCATION:Embakasi]],[[PHONE_NUMBER:0110 447 392]],11850""",
    """Agreement: RA-77120
Renter: [[PERSON:Björn Eklund]]
Licence: [[ID_NUMBER:B072RRE2I55]]
Vehicle plate: [[ID_NUMBER:WN 4471 K]]
Returned: [[DATE_TIME:2024-08-19 18:40]]
Damage: scratch on rear bumper, 14 cm
Renter phone: [[PHONE_NUMBER:+46 73 402 18 55]]
---
Agreement: RA-77133
Renter: [[PERSON:Precious Moyo]]
Licence: [[ID_NUMBER:ZW 118204-K]]
Vehicle plate: [[ID_NUMBER:WN 9023 A]]
Returned: [[DATE_TIME:2024-08-20 09:05]]
Damage: cracked windscreen (stone chip)
Renter phone: [[PHONE_NUMBER:+263 77 219 4408]]""",
    """customers:
  - name: [[PERSON:Aisha Bello]]
    bvn: "[[ID_NUMBER:22471093385]]"
    nuban: "[[ID_NUMBER:0039184726]]"
    phone: "[[PHONE_NUMBER:+234 703 118 4420]]"
    address: [[ADDRESS:No. 8 Ahmadu Bello Way]], [[LOCATION:Kaduna]]
    dob: [[DATE_TIME:1991-01-30]]
    kyc_tier: 3
  - name: [[PERSON:Obinna Eze]]
    bvn: "[[ID_NUMBER:22530817746]]"
    nuban: "[[ID_NUMBER:2114408390]]"
    phone: "[[PHONE_NUMBER:+234 815 662 0917]]"
    address: [[ADDRESS:41 Ogui Road]], [[LOCATION:Enugu]]
    dob: [[DATE_TIME:1986-07-12]]
    kyc_tier: 2""",
    """sample\tpatient\tnhs_no\tcollected\ttest\tstatus
S-88120\t[[PERSON:Keith Armitage]]\t[[ID_NUMBER:398 402 1577]]\t[[DATE_TIME:2024-03-04 08:12]]\tFBC\treported
S-88121\t[[PERSON:Niamh Doherty]]\t[[ID_NUMBER:457 201 3365]]\t[[DATE_TIME:2024-03-04 08:20]]\tU&E\tpending
S-88124\t[[PERSON:Adewale Ogunleye]]\t[[ID_NUMBER:512 048 8331]]\t[[DATE_TIME:2024-03-04 08:41]]\tHbA1c\treported
S-88130\t[[PERSON:Sunita Verma]]\t[[ID_NUMBER:633 901 2744]]\t[[DATE_TIME:2024-03-04 09:02]]\tLFT\trepeat""",
    """permit,resident,address,plate,zone,type
PP-2291,[[PERSON:Hugh Pemberton]],[[ADDRESS:17 Clifton Terrace]],[[ID_NUMBER:WR68 TZK]],C,resident
PP-2292,[[PERSON:Nkechi Obi]],[[ADDRESS:Flat 4, 21 Clifton Terrace]],[[ID_NUMBER:FD21 MXO]],C,resident
PP-2310,[[PERSON:Robert Hale]],[[ADDRESS:3 Montpelier Row]],[[ID_NUMBER:KX70 BLU]],D,carer
PP-2315,[[PERSON:Yolanda Vance]],[[ADDRESS:3 Montpelier Row]],[[ID_NUMBER:HF19 CYA]],D,visitor""",
    """| Speaker | Affiliation | Email | Country | Session |
|---|---|---|---|---|
| [[PERSON:Prof. Amina Diallo]] | Université Cheikh Anta Diop | [[EMAIL_ADDRESS:amina.diallo@ucad.edu.sn]] | [[LOCATION:Senegal]] | Keynote |
| [[PERSON:Dr. Tomasz Nowicki]] | Gdańsk University of Technology | [[EMAIL_ADDRESS:tomasz.nowicki@pg.edu.pl]] | [[LOCATION:Poland]] | Panel 1 |
| [[PERSON:Meera Pillai]] | independent | [[EMAIL_ADDRESS:meera@meerapillai.in]] | [[LOCATION:India]] | Workshop B |
| [[PERSON:Gabriel Ortiz]] | Lumen Labs | [[EMAIL_ADDRESS:gabriel.ortiz@lumenlabs.io]] | [[LOCATION:Chile]] | Panel 2 |""",
    """{"payee": "[[PERSON:Sanne de Vries]]", "iban": "[[IBAN_CODE:NL16TRIO0212678943]]", "amount_eur": 1450.00, "country": "[[LOCATION:Netherlands]]", "invoice": "INV-2024-0611"}
{"payee": "[[PERSON:Mikko Laine]]", "iban": "[[IBAN_CODE:FI7240055010298864]]", "amount_eur": 980.50, "country": "[[LOCATION:Finland]]", "invoice": "INV-2024-0612"}
{"payee": "[[PERSON:Chloé Lambert]]", "iban": "[[IBAN_CODE:BE72363021987516]]", "amount_eur": 2200.00, "country": "[[LOCATION:Belgium]]", "invoice": "INV-2024-0615"}
{"payee": "[[PERSON:Jordi Puig]]", "iban": "[[IBAN_CODE:ES9401825941480201505746]]", "amount_eur": 640.00, "country": "[[LOCATION:Spain]]", "invoice": "INV-2024-0617"}
{"payee": "[[PERSON:Lea Brunner]]", "iban": "[[IBAN_CODE:CH0904835081192746503]]", "amount_eur": 1875.25, "country": "[[LOCATION:Switzerland]]", "invoice": "INV-2024-0618"}""",
    """NRIC        NAME                        DOB          PLAN
[[ID_NUMBER:T0161092E]]   [[PERSON:Arvind Rajaratnam]]           [[DATE_TIME:2001-09-14]]   Shield A
[[ID_NUMBER:T0318864C]]   [[PERSON:Chua Jia Hui]]                [[DATE_TIME:2003-06-21]]   Shield B
[[ID_NUMBER:T0527719H]]   [[PERSON:Nurul Huda binte Salleh]]     [[DATE_TIME:2005-02-08]]   Basic
[[ID_NUMBER:F2287615P]]   [[PERSON:Maximilian Brandt]]           [[DATE_TIME:1986-10-30]]   Expat Plus""",
    """Name: [[PERSON:Josephine Abara]]
DOB: [[DATE_TIME:12/09/1983]]
Sex: F
Phone: [[PHONE_NUMBER:(404) 555-0138]]
Address: [[ADDRESS:2290 Peachtree Rd NW, Apt 1207]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]]
Insurance member ID: [[ID_NUMBER:W281940775]]
Emergency contact: [[PERSON:Ike Abara]] (husband), [[PHONE_NUMBER:(404) 555-0171]]
---
Name: [[PERSON:Carl Lindqvist]]
DOB: [[DATE_TIME:03/28/1961]]
Sex: M
Phone: [[PHONE_NUMBER:(770) 555-0104]]
Address: [[ADDRESS:415 Oak Hollow Ln]], [[LOCATION:Marietta]], [[LOCATION:GA]] [[ZIP_CODE:30064]]
Insurance member ID: [[ID_NUMBER:MCR1E44TK07]]
Emergency contact: [[PERSON:Judy Lindqvist]] (wife), [[PHONE_NUMBER:(770) 555-0163]]""",
    """uci,surname,given_names,dob,country_of_citizenship,program,start
[[ID_NUMBER:1108823341]],[[PERSON:Adebayo]],[[PERSON:Temitope Grace]],[[DATE_TIME:2002-04-11]],[[LOCATION:Nigeria]],Business Admin,[[DATE_TIME:2024-09-03]]
[[ID_NUMBER:1109471206]],[[PERSON:Patel]],[[PERSON:Krish]],[[DATE_TIME:2003-12-19]],[[LOCATION:India]],Computer Programming,[[DATE_TIME:2024-09-03]]
[[ID_NUMBER:1110305587]],[[PERSON:Nguyen]],[[PERSON:Bao Chau]],[[DATE_TIME:2001-08-02]],[[LOCATION:Vietnam]],Early Childhood Ed.,[[DATE_TIME:2025-01-06]]
[[ID_NUMBER:1107762018]],[[PERSON:Rojas Peña]],[[PERSON:Valentina]],[[DATE_TIME:1999-10-25]],[[LOCATION:Colombia]],Culinary Arts,[[DATE_TIME:2024-09-03]]""",
    """name\tflat\tmobile\temail\tnewsletter
[[PERSON:Beryl Tomkins]]\t[[ADDRESS:Flat 1]]\t[[PHONE_NUMBER:07700 402 118]]\t[[EMAIL_ADDRESS:beryl.tomkins@talktalk.net]]\tpost
[[PERSON:Ade Okonjo]]\t[[ADDRESS:Flat 4]]\t[[PHONE_NUMBER:07946 772 031]]\t[[EMAIL_ADDRESS:ade.okonjo@gmail.com]]\temail
[[PERSON:Magdalena Nowak]]\t[[ADDRESS:Flat 7]]\t[[PHONE_NUMBER:07384 119 625]]\t[[EMAIL_ADDRESS:magda.nowak@wp.pl]]\temail
[[PERSON:Sid Khanna]]\t[[ADDRESS:Flat 9]]\t[[PHONE_NUMBER:07520 884 203]]\t-\tnone""",
    """| Property | Tenant | Inspection | Engineer | Gas Safe no. | Result |
|---|---|---|---|---|---|
| [[ADDRESS:8 Mafeking Road]], [[ZIP_CODE:LS11 6DN]] | [[PERSON:Kasia Wróbel]] | [[DATE_TIME:2024-05-14]] | [[PERSON:Steve Dunmore]] | [[ID_NUMBER:541207]] | Pass |
| [[ADDRESS:23 Beeston Hill]], [[ZIP_CODE:LS11 8BH]] | [[PERSON:Marcus Oyelowo]] | [[DATE_TIME:2024-05-15]] | [[PERSON:Steve Dunmore]] | [[ID_NUMBER:541207]] | Fail (boiler flue) |
| [[ADDRESS:Flat 2, 61 Tempest Road]], [[ZIP_CODE:LS11 7DE]] | [[PERSON:Leanne Firth]] | [[DATE_TIME:2024-05-21]] | [[PERSON:Amir Haddadi]] | [[ID_NUMBER:603318]] | Pass |""",
    """employees:
  - name: [[PERSON:Hina Takahashi]]
    title: Product Designer
    email: [[EMAIL_ADDRESS:hina.takahashi@kumo.jp]]
    ext: 2214
    mobile: "[[PHONE_NUMBER:+81 80-3391-4702]]"
    slack: "@[[USERNAME:hina.t]]"
  - name: [[PERSON:Ravi Subramanian]]
    title: Staff Engineer
    email: [[EMAIL_ADDRESS:ravi.subramanian@kumo.jp]]
    ext: 2230
    mobile: "[[PHONE_NUMBER:+81 90-7720-1158]]"
    slack: "@[[USERNAME:ravi.s]]"
  - name: [[PERSON:Claire Dubois]]
    title: Office Manager
    email: [[EMAIL_ADDRESS:claire.dubois@kumo.jp]]
    ext: 2001
    mobile: "[[PHONE_NUMBER:+81 70-4418-0926]]"
    slack: "@[[USERNAME:claire]]\"""",
    """{"session": 771204, "driver": "[[PERSON:Pieter Janssens]]", "plate": "[[ID_NUMBER:2-GKT-518]]", "start": "[[DATE_TIME:2024-04-02T07:41]]", "kwh": 38.2, "station": "DC-04"}
{"session": 771219, "driver": "[[PERSON:Nadia El Amrani]]", "plate": "[[ID_NUMBER:1-VXR-007]]", "start": "[[DATE_TIME:2024-04-02T08:03]]", "kwh": 21.7, "station": "AC-11"}
{"session": 771230, "driver": "[[PERSON:Wouter Claes]]", "plate": "[[ID_NUMBER:2-BNM-664]]", "start": "[[DATE_TIME:2024-04-02T08:17]]", "kwh": 44.9, "station": "DC-02"}""",
    """name,tfn,dob,suburb,state,postcode,lodged
[[PERSON:Jack O'Sullivan]],[[ID_NUMBER:327 640 195]],[[DATE_TIME:14/06/1990]],[[LOCATION:Fremantle]],[[LOCATION:WA]],[[ZIP_CODE:6160]],Y
[[PERSON:Mai Tran]],[[ID_NUMBER:871 204 564]],[[DATE_TIME:02/02/1987]],[[LOCATION:Cabramatta]],[[LOCATION:NSW]],[[ZIP_CODE:2166]],N
[[PERSON:Rohan Pillay]],[[ID_NUMBER:512 390 875]],[[DATE_TIME:23/11/1995]],[[LOCATION:Box Hill]],[[LOCATION:VIC]],[[ZIP_CODE:3128]],Y""",
    """CAND_NO  NAME                AGE  MATHS  ENGLISH  SCIENCE
[[ID_NUMBER:40211]]    [[PERSON:Ibrahim Sesay]]       [[AGE:16]]   7      6        8
[[ID_NUMBER:40212]]    [[PERSON:Chloe Marsh]]         [[AGE:15]]   9      8        9
[[ID_NUMBER:40219]]    [[PERSON:Dev Sharma]]          [[AGE:16]]   5      7        6
[[ID_NUMBER:40224]]    [[PERSON:Ffion Hughes]]        [[AGE:16]]   6      9        7""",
    """| Account | Owner | ID number | Property | Balance (R) |
|---|---|---|---|---|
| [[ID_NUMBER:5502113847]] | [[PERSON:Anna-Marie Venter]] | [[ID_NUMBER:6409050924080]] | [[ADDRESS:14 Kerk Street]], [[LOCATION:Stellenbosch]] | 1,204.55 |
| [[ID_NUMBER:5502120093]] | [[PERSON:Lungile Zulu]] | [[ID_NUMBER:8304115305086]] | [[ADDRESS:7 Bird Street]], [[LOCATION:Stellenbosch]] | 0.00 |
| [[ID_NUMBER:5502139918]] | [[PERSON:Fatima Davids]] | [[ID_NUMBER:5907210142080]] | [[ADDRESS:Erf 3301, 22 Lang Street]], [[LOCATION:Kayamandi]] | 3,877.10 |""",
    """BEGIN:VCARD
VERSION:3.0
FN:[[PERSON:Ravi Iyer]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+91 98450 31277]]
EMAIL:[[EMAIL_ADDRESS:ravi.iyer@rediffmail.com]]
ADR;TYPE=HOME:;;[[ADDRESS:12 Temple Street]];[[LOCATION:Chennai]];[[LOCATION:TN]];[[ZIP_CODE:600004]];[[LOCATION:India]]
BDAY:[[DATE_TIME:1978-04-02]]
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:[[PERSON:Lakshmi Iyer]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+91 98401 55803]]
EMAIL:[[EMAIL_ADDRESS:lakshmi.iyer78@gmail.com]]
BDAY:[[DATE_TIME:1980-11-19]]
END:VCARD""",
    """rx\tpatient\tdob\tdrug\tprescriber\trefill_due
RX7730192\t[[PERSON:Loretta Simms]]\t[[DATE_TIME:1944-08-30]]\tlisinopril 10 mg\t[[PERSON:Dr. Feldman]]\t[[DATE_TIME:2024-05-02]]
RX7730240\t[[PERSON:Hector Alvarado]]\t[[DATE_TIME:1958-01-17]]\tatorvastatin 40 mg\t[[PERSON:Dr. Nwachukwu]]\t[[DATE_TIME:2024-05-03]]
RX7730311\t[[PERSON:Mindy Cho]]\t[[DATE_TIME:1990-06-05]]\tsertraline 50 mg\t[[PERSON:Dr. Feldman]]\t[[DATE_TIME:2024-05-06]]""",
    """claimant,ppsn,address,eircode,scheme,weekly_eur
[[PERSON:Seán Kavanagh]],[[ID_NUMBER:2918455E]],"[[ADDRESS:14 Oliver Plunkett Street]], [[LOCATION:Mallow]]",[[ZIP_CODE:P51 W2K8]],Jobseeker's Allowance,232.00
[[PERSON:Bríd Ní Mhaoláin]],[[ID_NUMBER:8130447P]],"[[ADDRESS:Teach na Coille, Bóthar na Trá]], [[LOCATION:Spiddal]]",[[ZIP_CODE:H91 C4R2]],State Pension,277.30
[[PERSON:Andrzej Lewandowski]],[[ID_NUMBER:3394120N]],"[[ADDRESS:Apt 6, 2 Parnell Square]], [[LOCATION:Dublin 1]]",[[ZIP_CODE:D01 F5P2]],Illness Benefit,232.00""",
    """{"trip": "TR-99120", "rider": "[[PERSON:Lerato Molefe]]", "phone": "[[PHONE_NUMBER:+27 71 448 2093]]", "pickup": "[[ADDRESS:33 Bree Street]], [[LOCATION:Cape Town]]", "dropoff": "airport (CPT)", "requested": "[[DATE_TIME:2024-07-12 05:10]]", "fare_zar": 312}
{"trip": "TR-99131", "rider": "[[PERSON:Jan-Hendrik Pretorius]]", "phone": "[[PHONE_NUMBER:+27 82 903 1176]]", "pickup": "[[ADDRESS:12 Kloof Nek Road]], [[LOCATION:Tamboerskloof]]", "dropoff": "[[ADDRESS:4 Beach Road]], [[LOCATION:Sea Point]]", "requested": "[[DATE_TIME:2024-07-12 05:32]]", "fare_zar": 88}
{"trip": "TR-99140", "rider": "[[PERSON:Ayanda]]", "phone": "[[PHONE_NUMBER:+27 63 117 4025]]", "pickup": "V&A Waterfront", "dropoff": "[[ADDRESS:19 Main Road]], [[LOCATION:Observatory]]", "requested": "[[DATE_TIME:2024-07-12 06:01]]", "fare_zar": 104}""",
    """| Name | Passport | Visa expiry | Role | City |
|---|---|---|---|---|
| [[PERSON:Josefa Vuniwaqa]] | [[ID_NUMBER:FJ0441827]] | [[DATE_TIME:2025-11-30]] | Dairy farm assistant | [[LOCATION:Ashburton]] |
| [[PERSON:Carlos Mendoza]] | [[ID_NUMBER:P33018822]] | [[DATE_TIME:2025-03-14]] | Orchard supervisor | [[LOCATION:Hastings]] |
| [[PERSON:Aleksandra Wójcik]] | [[ID_NUMBER:EY4471920]] | [[DATE_TIME:2026-01-09]] | Registered nurse | [[LOCATION:Dunedin]] |""",
    """maintainers:
  - name: [[PERSON:Wojciech Nowak]]
    github: [[USERNAME:wnowak]]
    email: [[EMAIL_ADDRESS:wojtek.nowak@gmail.com]]
  - name: [[PERSON:Efe Okoro]]
    github: [[USERNAME:efe-okoro]]
    email: [[EMAIL_ADDRESS:efe.okoro@proton.me]]
  - name: [[PERSON:Lin Qiu]]
    github: [[USERNAME:qiulin]]
    email: [[EMAIL_ADDRESS:lin.qiu.dev@gmail.com]]
release:
  signing_key: 0x4A7F1C2D99E3B610
  channel: stable""",
    """PAYEE                 SORT CODE  ACCOUNT     REF              AMOUNT
[[PERSON:M. Okonjo]]             40-11-62   [[ID_NUMBER:71829034]]    RENT JUNE        850.00
[[PERSON:K. Sutherland]]         30-94-57   [[ID_NUMBER:02218870]]    CLEANING MAY      96.00
[[PERSON:Aditi Joshi]]           20-00-00   [[ID_NUMBER:55190371]]    TUTORING          60.00
[[PERSON:R & J Whitfield]]       07-01-16   [[ID_NUMBER:31887204]]    DEPOSIT RETURN   1,200.00""",
    """buyer,phone,plate,vin,model,price_ngn
[[PERSON:Emeka Nwachukwu]],[[PHONE_NUMBER:0806 771 3390]],[[ID_NUMBER:ABJ 771 QR]],[[ID_NUMBER:4T1BF1FK9CU611482]],Camry 2012,9800000
[[PERSON:Halima Yusuf]],[[PHONE_NUMBER:0703 884 1265]],[[ID_NUMBER:KAN 204 TF]],[[ID_NUMBER:JTDKN3DU1A0211847]],Prius 2010,7450000
[[PERSON:Babatunde Ogunbiyi]],[[PHONE_NUMBER:0902 116 4480]],[[ID_NUMBER:LSD 118 XA]],[[ID_NUMBER:5TDZA23C45S300912]],Sienna 2005,6200000""",
    """Tenant: [[PERSON:Femke Bakker]]
BSN: [[ID_NUMBER:264738196]]
IBAN: [[IBAN_CODE:NL27 INGB 0004 4173 02]]
Address: [[ADDRESS:Oudegracht 214-B]], [[ZIP_CODE:3511 NV]] [[LOCATION:Utrecht]]
Move-in: [[DATE_TIME:1 september 2024]]

Tenant: [[PERSON:Youssef Amrani]]
BSN: [[ID_NUMBER:172055635]]
IBAN: [[IBAN_CODE:NL81 RABO 0327 7419 06]]
Address: [[ADDRESS:Kanaalweg 9]], [[ZIP_CODE:3526 KL]] [[LOCATION:Utrecht]]
Move-in: [[DATE_TIME:15 september 2024]]""",
    """employee\tsss_no\tphilhealth_no\ttin\tbirthday
[[PERSON:Mark Anthony Villanueva]]\t[[ID_NUMBER:33-8821047-2]]\t[[ID_NUMBER:19-050418823-7]]\t[[ID_NUMBER:318-442-907-000]]\t[[DATE_TIME:1994-01-15]]
[[PERSON:Kristine Joy Ramos]]\t[[ID_NUMBER:34-1197302-5]]\t[[ID_NUMBER:02-251773048-1]]\t[[ID_NUMBER:407-118-522-000]]\t[[DATE_TIME:1997-08-09]]
[[PERSON:Ronaldo Dizon]]\t[[ID_NUMBER:03-9914826-0]]\t[[ID_NUMBER:19-201883407-4]]\t[[ID_NUMBER:226-904-311-000]]\t[[DATE_TIME:1988-11-27]]""",
    """| Time (UTC) | Username | Source IP | Country | Action |
|---|---|---|---|---|
| 02:14:07 | [[USERNAME:l.moreau]] | [[IP_ADDRESS:45.155.205.233]] | [[LOCATION:Netherlands]] | blocked |
| 02:14:09 | [[USERNAME:l.moreau]] | [[IP_ADDRESS:45.155.205.233]] | [[LOCATION:Netherlands]] | blocked |
| 07:52:31 | [[USERNAME:ssato]] | [[IP_ADDRESS:126.94.18.207]] | [[LOCATION:Japan]] | allowed |
| 09:03:55 | [[USERNAME:b.okafor]] | [[IP_ADDRESS:2c0f:f4c0:1183:7a00::19]] | [[LOCATION:Nigeria]] | mfa challenge |""",
    """{"donor": "[[PERSON:Gerald Fairbanks]]", "city": "[[LOCATION:Tulsa]]", "state": "[[LOCATION:OK]]", "party": "[[NRP:Republican]]", "amount_usd": 500, "date": "[[DATE_TIME:2024-03-18]]"}
{"donor": "[[PERSON:Maribel Ocasio]]", "city": "[[LOCATION:Orlando]]", "state": "[[LOCATION:FL]]", "party": "[[NRP:Democratic]]", "amount_usd": 50, "date": "[[DATE_TIME:2024-03-19]]"}
{"donor": "[[PERSON:Howard Tsai]]", "city": "[[LOCATION:Sacramento]]", "state": "[[LOCATION:CA]]", "party": "[[NRP:Libertarian]]", "amount_usd": 100, "date": "[[DATE_TIME:2024-03-21]]"}""",
    """patient_no,name,dob,phone,last_checkup,band
[[ID_NUMBER:D-10044]],[[PERSON:Glenys Probert]],[[DATE_TIME:12/04/1956]],[[PHONE_NUMBER:01792 448 120]],[[DATE_TIME:03/10/2023]],1
[[ID_NUMBER:D-10067]],[[PERSON:Kieran Doyle]],[[DATE_TIME:30/01/1989]],[[PHONE_NUMBER:07823 119 604]],[[DATE_TIME:17/01/2024]],2
[[ID_NUMBER:D-10102]],[[PERSON:Parveen Akhtar]],[[DATE_TIME:08/08/1972]],[[PHONE_NUMBER:07402 557 389]],[[DATE_TIME:22/02/2024]],3""",
    """SNO  NAME              AADHAAR          PAN          MOBILE
1    [[PERSON:Kavya Reddy]]       [[ID_NUMBER:2993 1427 6501]]   [[ID_NUMBER:CKRPR4410M]]   [[PHONE_NUMBER:98490 12377]]
2    [[PERSON:Imran Shaikh]]      [[ID_NUMBER:6120 7734 8194]]   [[ID_NUMBER:DPLPS8821A]]   [[PHONE_NUMBER:99204 71563]]
3    [[PERSON:Gurleen Bedi]]      [[ID_NUMBER:8553 0291 7464]]   [[ID_NUMBER:AQWPB3097K]]   [[PHONE_NUMBER:98159 40226]]""",
    """tenancies:
  - property: [[ADDRESS:Unit 3, 12 Hereford Street]]
    suburb: [[LOCATION:Glebe]]
    tenants: [[[PERSON:Maddison Clarke]], [[PERSON:Harrison Leigh]]]
    bond_aud: 2600
    start: [[DATE_TIME:2024-02-10]]
  - property: [[ADDRESS:41 Darling Street]]
    suburb: [[LOCATION:Balmain]]
    tenants: [[[PERSON:Tevita Fifita]]]
    bond_aud: 3400
    start: [[DATE_TIME:2024-03-01]]""",
    """Report no: LP-24-0193
Name: [[PERSON:Chioma Okeke]]
Nationality: [[NRP:Nigerian]]
Passport lost: [[ID_NUMBER:A09915527]]
Date of loss: [[DATE_TIME:21 April 2024]]
Contact: [[PHONE_NUMBER:+44 7405 118 239]]
---
Report no: LP-24-0197
Name: [[PERSON:Arash Karimi]]
Nationality: [[NRP:Iranian]]
Passport lost: [[ID_NUMBER:Y44817203]]
Date of loss: [[DATE_TIME:25 April 2024]]
Contact: [[PHONE_NUMBER:+44 7862 440 915]]""",
    # Simplified Chinese and Thai
    """工号,姓名,部门,手机,身份证号,入职日期
[[ID_NUMBER:A0098]],[[PERSON:黄志明]],行政部,[[PHONE_NUMBER:13602481157]],[[ID_NUMBER:440106196904080334]],[[DATE_TIME:2008-09-01]]
[[ID_NUMBER:A0172]],[[PERSON:吴静]],财务部,[[PHONE_NUMBER:13862047719]],[[ID_NUMBER:320582198201035123]],[[DATE_TIME:2015-03-16]]
[[ID_NUMBER:A0245]],[[PERSON:何俊杰]],技术部,[[PHONE_NUMBER:15919843062]],[[ID_NUMBER:440305199308161494]],[[DATE_TIME:2019-07-08]]
[[ID_NUMBER:A0311]],[[PERSON:林佳怡]],市场部,[[PHONE_NUMBER:18650271846]],[[ID_NUMBER:350203200112190627]],[[DATE_TIME:2023-07-03]]""",
    """| 户主 | 账户号码 | 地址 | 邮区 | 本期金额（新元） |
|---|---|---|---|---|
| [[PERSON:陈国强]] | [[ID_NUMBER:9301 4482 17]] | [[ADDRESS:淡滨尼北4道第826座 #11-207]] | [[ZIP_CODE:520826]] | 142.35 |
| [[PERSON:李淑芬]] | [[ID_NUMBER:9301 5570 02]] | [[ADDRESS:裕廊西91道第912座 #03-41]] | [[ZIP_CODE:640912]] | 88.90 |
| [[PERSON:张伟明]] | [[ID_NUMBER:9302 0018 63]] | [[ADDRESS:碧山11道第158座 #07-12]] | [[ZIP_CODE:570158]] | 203.10 |""",
    """车牌号：[[ID_NUMBER:鲁B·7K2L9]]
车主：[[PERSON:孙梅]]
身份证号：[[ID_NUMBER:370202197402112080]]
住址：[[LOCATION:山东省]][[LOCATION:青岛市]][[LOCATION:市南区]][[ADDRESS:香港中路76号颐和国际A座1203室]]
联系电话：[[PHONE_NUMBER:0532-8591 2046]]
车辆识别代号：[[ID_NUMBER:LSVAU2185N2184417]]

车牌号：[[ID_NUMBER:京N·5R338]]
车主：[[PERSON:刘建国]]
身份证号：[[ID_NUMBER:110105197811023172]]
住址：[[LOCATION:北京市]][[LOCATION:朝阳区]][[ADDRESS:望京西园三区312号楼2单元1801室]]
联系电话：[[PHONE_NUMBER:139 1182 7460]]
车辆识别代号：[[ID_NUMBER:LFV3A23C0K3091275]]""",
    """ชื่อผู้ใช้ไฟ\tหมายเลขผู้ใช้ไฟฟ้า\tที่อยู่\tหน่วย\tยอดเงิน (บาท)
[[PERSON:สุนทร มีสุข]]\t[[ID_NUMBER:020018834]]\t[[ADDRESS:55/8 ถนนพหลโยธิน]] [[LOCATION:เขตพญาไท]]\t412\t1,874.50
[[PERSON:มาลี จันทร์เพ็ญ]]\t[[ID_NUMBER:020041127]]\t[[ADDRESS:102 ซอยอารีย์ 4]] [[LOCATION:เขตพญาไท]]\t268\t1,143.20
[[PERSON:วิชัย ปัญญาดี]]\t[[ID_NUMBER:020057306]]\t[[ADDRESS:9/21 ถนนประดิพัทธ์]] [[LOCATION:เขตพญาไท]]\t731\t3,402.75""",
    """| ชื่อผู้เช่า | สัญชาติ | เลขหนังสือเดินทาง | วันรับรถ | ทะเบียนรถ |
|---|---|---|---|---|
| [[PERSON:Emma Schulz]] | [[NRP:เยอรมัน]] | [[ID_NUMBER:C4J8R2L71]] | [[DATE_TIME:3 ธ.ค. 2567]] | [[ID_NUMBER:กข 4821]] [[LOCATION:ภูเก็ต]] |
| [[PERSON:Liam O'Brien]] | [[NRP:ไอริช]] | [[ID_NUMBER:PX1184072]] | [[DATE_TIME:4 ธ.ค. 2567]] | [[ID_NUMBER:กค 1930]] [[LOCATION:ภูเก็ต]] |
| [[PERSON:Natalia Kowalczyk]] | [[NRP:โปแลนด์]] | [[ID_NUMBER:EM7720418]] | [[DATE_TIME:4 ธ.ค. 2567]] | [[ID_NUMBER:ขง 5502]] [[LOCATION:ภูเก็ต]] |
| [[PERSON:สมชาย รักไทย]] | [[NRP:ไทย]] | - (บัตรประชาชน [[ID_NUMBER:1-2011-00678-34-1]]) | [[DATE_TIME:5 ธ.ค. 2567]] | [[ID_NUMBER:กข 7719]] [[LOCATION:ภูเก็ต]] |""",
    """{"ชื่อ": "[[PERSON:David Chen]]", "สัญชาติ": "[[NRP:อเมริกัน]]", "หนังสือเดินทาง": "[[US_PASSPORT:A21408835]]", "กำหนดรายงานตัว": "[[DATE_TIME:15 ก.ค. 2567]]", "โทร": "[[PHONE_NUMBER:061-284-3307]]"}
{"ชื่อ": "[[PERSON:Sakura Inoue]]", "สัญชาติ": "[[NRP:ญี่ปุ่น]]", "หนังสือเดินทาง": "[[ID_NUMBER:TZ1049822]]", "กำหนดรายงานตัว": "[[DATE_TIME:22 ก.ค. 2567]]", "โทร": "[[PHONE_NUMBER:062-918-4470]]"}
{"ชื่อ": "[[PERSON:Rahul Verma]]", "สัญชาติ": "[[NRP:อินเดีย]]", "หนังสือเดินทาง": "[[ID_NUMBER:W4418207]]", "กำหนดรายงานตัว": "[[DATE_TIME:2 ส.ค. 2567]]", "โทร": "[[PHONE_NUMBER:098-330-1124]]"}""",
]

CHAT = [
    """[14:03] Bot: Hi! Please enter your booking reference.
[14:03] Customer: KX-448120
[14:04] Bot: Thanks. Connecting you to an agent.
[14:05] [[PERSON:Marisa]] (agent): Hi, I'm [[PERSON:Marisa]]. I see a booking under [[PERSON:Thomas Ekwueme]], pick-up at the downtown branch tomorrow. How can I help?
[14:06] Customer: yes thats me. my license expired last month, can my wife [[PERSON:Ngozi]] drive instead? her license is [[US_DRIVER_LICENSE:E220-5718-4092]]
[14:08] [[PERSON:Marisa]] (agent): Sure, we just need her date of birth and a card in her name.
[14:09] Customer: DOB [[DATE_TIME:05/30/1986]], she'll pay with her amex [[CREDIT_CARD:375987654312003]]
[14:10] [[PERSON:Marisa]] (agent): Got it, but please don't post full card numbers in chat. I've added [[PERSON:Ngozi Ekwueme]] as main driver and sent the confirmation to [[EMAIL_ADDRESS:t.ekwueme@gmail.com]].""",
    """[21:14] Mum: did you send the bank statements for [[PERSON:Ravi]]'s visa yet
[21:15] [[PERSON:Anjali]]: yes uploaded them yesterday. the VFS appointment is [[DATE_TIME:Thursday the 14th at 10:30]]
[21:15] [[PERSON:Anjali]]: he needs his passport, the old one too, and the photos
[21:17] Mum: his passport number is [[ID_NUMBER:T8823104]] right? the form is asking
[21:18] [[PERSON:Ravi]]: thats the old one, new is [[ID_NUMBER:W1407726]]
[21:18] [[PERSON:Ravi]]: and put my UK address as [[ADDRESS:38 Carlton Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 1FP]]
[21:20] Mum: ok beta. call uncle [[PERSON:Suresh]] on [[PHONE_NUMBER:+91 98250 44731]] for the sponsor letter""",
    """#it-helpdesk
[[PERSON:Jess Wu]]  9:41 AM
anyone know why [[PERSON:Tomasz]]'s account is locked? he's at the [[LOCATION:Leeds]] office today
[[PERSON:Ola Adeyemi]]  9:43 AM
@[[USERNAME:tomasz.k]] had 5 bad logins from [[IP_ADDRESS:10.32.8.114]], that's the [[LOCATION:Leeds]] VPN pool. unlocked now
[[PERSON:Jess Wu]]  9:44 AM
thanks! HR also asked me to change his mobile to [[PHONE_NUMBER:07700 918 264]]
[[PERSON:Ola Adeyemi]]  9:45 AM
done. emergency contact stays [[PERSON:Agnieszka Kowalska]]""",
    """You are now chatting with [[PERSON:Callum]] from the billing team.
[[PERSON:Callum]]: Hi there, can I take your name and account number?
You: [[PERSON:Deborah Ansah]], account [[ID_NUMBER:A-4417 2290]]
[[PERSON:Callum]]: Thanks [[PERSON:Deborah]]. And the first line of the address?
You: [[ADDRESS:Flat 5, 19 Sefton Park Road]]
[[PERSON:Callum]]: Perfect. I can see your last bill used an estimated reading.
You: Yes, the real reading was 18442 on the day I moved in, [[DATE_TIME:2 March]]. The bills are still in the previous tenant's name, [[PERSON:Mr Hollis]].
[[PERSON:Callum]]: I'll fix both. Can you confirm a contact number?
You: [[PHONE_NUMBER:07788 402 175]]""",
    """[[PERSON:Sione]]: hi is the Mazda still available? whats the rego
[[PERSON:Karen Whitlock]]: yes! rego is [[ID_NUMBER:BKT512]], warrant and rego both current
[[PERSON:Sione]]: can I come see it Saturday morning?
[[PERSON:Karen Whitlock]]: sure, I'm at [[ADDRESS:27 Kauri Road]], [[LOCATION:Whangārei]]. text me on [[PHONE_NUMBER:021 0448 7733]] when you're close
[[PERSON:Sione]]: sweet. if it's all good I'll transfer the deposit to [[ID_NUMBER:12-3140-0718823-00]]?
[[PERSON:Karen Whitlock]]: that's the one, name on the account is [[PERSON:K M Whitlock]]""",
    """Clinic: Hi [[PERSON:Jorge]], reminder of your physio appointment with [[PERSON:Hannah]] on [[DATE_TIME:Tue 7 May at 4:15pm]]. Reply Y to confirm.
[[PERSON:Jorge]]: Y. can you also update my address, it's [[ADDRESS:6/22 Kingsford Ave]], [[LOCATION:Adamstown]] now
Clinic: Done! Please bring your Medicare card, ours still shows [[ID_NUMBER:4182 66306 2]].
[[PERSON:Jorge]]: thats right. my partner [[PERSON:Lucy Tran]] will drop me off, her number is [[PHONE_NUMBER:0423 771 908]] if I'm late""",
    """[[LOCATION:杭州]]某小区业主群
[[PERSON:李明]]：各位邻居，5栋这个月的电费怎么这么高？我家户号[[ID_NUMBER:3301 0944 8126]]，居然扣了680块
[[PERSON:陈晓雯]]：我家也是，已经打过供电所电话了
物业-[[PERSON:小周]]：大家好，供电公司上周换了智能电表，读数可能有误差。请把户号和电话私信给我，我统一报上去。
[[PERSON:李明]]：好的，我电话[[PHONE_NUMBER:158 6721 0934]]，住[[ADDRESS:5栋1单元302]]
[[PERSON:陈晓雯]]：[[ADDRESS:5栋2单元1101]]，[[PHONE_NUMBER:138 5712 4406]]，谢谢[[PERSON:小周]]""",
    """[[PERSON:ก้อย]] (ร้านรถเช่า): สวัสดีค่ะ ยืนยันการจองรถ Honda City วันที่ [[DATE_TIME:20 มี.ค. 2567]] นะคะ ขอชื่อและเบอร์โทรด้วยค่ะ
ลูกค้า: [[PERSON:ณัฐพล อินทร์แก้ว]] ครับ เบอร์ [[PHONE_NUMBER:083-551-2907]]
[[PERSON:ก้อย]] (ร้านรถเช่า): ขอเลขบัตรประชาชนกับใบขับขี่ด้วยนะคะ
ลูกค้า: เลขบัตร [[ID_NUMBER:3-4012-00891-25-3]] ใบขับขี่ [[ID_NUMBER:62004418]] ครับ ส่งรถที่ [[ADDRESS:คอนโดลุมพินี ซอยสุขุมวิท 77]] ได้ไหมครับ
[[PERSON:ก้อย]] (ร้านรถเช่า): ได้ค่ะ [[TITLE:คุณ]][[PERSON:ณัฐพล]] ส่งรถให้ตอน 9 โมงเช้านะคะ""",
]

LOOKALIKE = [
    """Release 10.4.2.118 notes: fixes the crash when importing ISBN 978-0-14-311756-8 batches; SKU KT-4471-BLK and KT-4471-WHT are restocked at the Harrison Street warehouse; firmware 192.168.4.20-rc1 is withdrawn. Support: support@shelfwise.io or +1 800 555 0199. Build hash 9f2c7e1a44b0d3e8.""",
    """Order #112-4093817-2204471 has shipped! Tracking: 1Z 4E7 0W9 03 1184 2270. Invoice INV-00482211. Items: USB-C cable 2 m (SKU 88-2201-C), Tesla coil desk toy, Darwin pocket notebook (ISBN 978-0-19-881402-3). Delivering to [[PERSON:Aarti Bhasin]]. Questions? Call 1-888-280-4331 or write to orders@gizmohub.com.""",
    """Asset tag IT-004417, serial C02XK1JHJG5H, MAC f0:18:98:4a:21:c7, firmware 3.1.4.1592, image SHA-256 4f9a0c2b7d1e88a3c6b5f0e21d9a7c3b44e8f1026d5a9b3c7e0f18a2b6c4d9e1, now assigned to [[PERSON:Deepa Natarajan]] (staff no. [[ID_NUMBER:S-20417]]). Warranty case 7718-2093-44; helpdesk ext. 5500.""",
    """The Kaplan-Meier curves and a Mann-Whitney U test showed no difference between arms; patients with Parkinson's disease or Hodgkin lymphoma were excluded, as were those treated at St Thomas' Hospital. Protocol v2.0.1.7, trial ref. KM-2024-0087; write to trials@oncology-unit.example.org. Data analyst: [[PERSON:Dr. Yewande Balogun]].""",
    """Our new store is on the corner of Martin Luther King Jr Blvd and Nelson Mandela Drive, opposite the Churchill Shopping Centre. Opening hours 9-6, branch phone (02) 9514 2200, job applications to careers@harbourhardware.com.au. Store manager: [[PERSON:Lachlan Pryce]], [[EMAIL_ADDRESS:lachlan.pryce@harbourhardware.com.au]].""",
    """订单号：2024031588412037，快递单号：SF1402873916624，发票代码：044031900111，发票号码：08812734。商品：智能手环（型号M2239B1），序列号 38122A1B2C3D4，固件版本 2.3.1.45。客服热线：400-886-1357，客服邮箱 service@mall.example.cn。收货人：[[PERSON:周]][[TITLE:女士]]。""",
    """Statement ref ST-0424-7781; routing 026009593; SWIFT BOFAUS3N; card ending 4417; transaction IDs 7f3e9a2c-41b8-4d0e-9a61-2c8f5b7d3e10 and TXN-88210447; merchant phone 1-800-555-0133. Outgoing wire of USD 4,200.00 to [[PERSON:Oluwadamilare Ogundipe]], [[IBAN_CODE:DE52 8605 5592 0004 4177 20]].""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind90", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind124.jsonl: a *blind*, hand-written labeled PII set (number 124).

    .venv/bin/python tests/data/make_blind124.py

Blind: written without any knowledge of the detector. Read while writing it,
and nothing else: lines 1-121 of tests/data/make_blind22.py (its docstring
with the labeling conventions and style descriptions, and its import lines)
and its tail from `STYLES = {` to the end (the scaffolding copied below),
tests/data/gold_sets.py (whole), and lines 1-64 of
tests/data/make_handwritten.py (conventions, the MARK and TITLE_IN_NAME
regexes, `parse()`). Not read: minimize/, recognizers/, any other test, the
bench scripts, the README, any *.jsonl set (this script's own output
included), any other make_*.py, git history, log or status. The detector,
the bench and the tests were never run on this file. Do not tune the
detector against it: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with their country's length (the Norwegian account numbers
inside the NO IBANs pass their own mod-11 too); Swedish personal and
coordination numbers (Luhn, the sex digit matching the person where it
shows), Israeli teudat zehut numbers, the NHS number, the Canadian SIN, the
Aadhaar number (Verhoeff), the Dutch BSN (11-test), the South African ID
(Luhn, sex and birth date), the Saudi iqama number (Luhn), the Australian
Medicare number and the DEA number got a valid check digit, worked out with
hand-run throwaway code while writing (not generated here), and so did the
look-alike ISBN-13s. US SSNs, UK NI numbers, passports, licences, plates,
A-numbers, Migration Agency dossier numbers, UNHCR / ARRA refugee numbers,
Ethiopian Fayda, TIN and kebele ids, Eritrean ids, Kenyan, Nigerian and
Philippine ids and bank account numbers were not checked.

Styles (ids `blind124-<style>-NNN`; 240 records), table-heavy:
- `gen` (80): one to four sentences with personal data woven into prose,
  as a third-party LLM writes "realistic sentences with personal data";
  names at the start, middle and end, lowercase and possessive; ages,
  dates (Gregorian, Ethiopian, Hebrew calendar), addresses, phones and ids
  in many shapes. About two records in five are in the weighted domains
  (asylum interviews and appointments, churches and burial societies
  (mahber, idir, chevra kadisha), coffee exporters), the rest spread over
  banking, pharmacy, health, HR, schools, lettings, telecoms, gaming,
  insurance, travel, courts, vets and more.
- `bench` (85): 35 in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd dense sentences and field lists with job titles, streets with
  building numbers, secondary addresses, IPv4 / IPv6, MACs, user agents,
  card / CVV / expiry, IBAN / BIC, passwords, PINs), 28 in the manner of
  gretel-pii-masking-en-v1 (claims, contracts, notices, medical, loan,
  school and membership forms, certificates, court and HR letters) and 22
  in the manner of Nemotron-PII (JSON, log lines, SQL, XML, YAML, .env,
  HL7, vCard, iCal, code, tickets, e-mail headers, SEPA XML, sshd logs).
  About a third are in the weighted domains.
- `table` (60): one small labeled table per record rendered as text (CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks),
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat; speakers'
  names are labeled wherever they appear, like the data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (ICO marks,
  lot, container, booking, order, tracking, invoice and RMA references,
  SKUs, ISBNs, IP-shaped versions, hashes, UUIDs, serials, asset tags,
  company org. / VAT / bankgiro numbers, company phones, role mailboxes,
  eponyms, saints' names, streets named after people without a number),
  with the few real PII values labeled; one has no PII at all.
Languages: about nine records in ten in English (Eritrean, Ethiopian,
Swedish, Israeli and US diaspora contexts weighted, and also the UK,
Ireland, Canada, Australia, New Zealand, India, Nigeria, Ghana, Kenya, South
Africa, Singapore, the Philippines, the Netherlands, Germany, Poland, Italy,
Japan, Saudi Arabia and others, with names from the many cultures living
there); the rest (24 records, spread over all styles but lookalike) in
Tigrinya, in Ge'ez script or romanized, sometimes mixed with English.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  baptismal names; a possessive "'s" is outside; nicknames are PERSON.
  TITLE: honorifics and ranks attached to a name (Mr, Mrs, Dr, Prof, Rev.,
  Fr., Adv., Sgt., Officer, Judge, IJ, Deacon, Abba, Kes, Qeshi, Ato, W/ro,
  Obbo and their Ge'ez forms), labeled apart from it; job titles are not
  TITLE and family words (also "Mama", "auntie", "Abo") stay outside.
- ADDRESS: number + street (+ unit / flat / lgh / apt / suite / floor), PO
  boxes, house numbers ("House No. 1187"); city, district, sub-city,
  woreda, kebele, county, state / province (also abbreviated) and country
  are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, death, appointment, interview,
  hearing, move, start of a job, signature, letter, visit, payment, loss
  or accident) with a day or month, in any shape and calendar; a weekday or
  a clock time said with such a date is inside the span, a time or weekday
  alone is not; not bare years, durations, or dates not tied to a person
  (invoice, release, calibration, ETA, due dates of library loans).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group of a
  person (not ethnic groups or languages).
- ID_NUMBER: national / tax / social-security ids, A-numbers, dossier and
  refugee registration numbers, patient, staff, student, customer, member
  and library card numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, BIC / SWIFT codes, sort codes, branch and routing numbers,
  CVVs and expiries, PINs, order / ticket / claim / policy / booking /
  receipt / tracking references, company phones, company registration,
  VAT and bankgiro numbers and role mailboxes, versions, hashes, serials,
  VINs, partial numbers ("ending 4417"), pets, eponyms and churches named
  after saints, a header row.
- Calls made while writing this set: as in make_blind22.py, a "sex",
  "gender", "role", "dept" or "status" column stays unlabeled, an "age"
  column is AGE, a "country", "state", "region" or "kebele" column is
  LOCATION and a "nationality" or "religion" column is NRP; a building
  number or a flat given in its own field is ADDRESS; every IP address is
  labeled, private and loopback-range ones too; a timestamp is DATE_TIME
  when it records a named person's own action (a login, a password change,
  a request or payment, an account's creation or last login, an e-mail's
  Date header), not when it records a system event or a role account
  ("admin", "svc-backup", "readonly") or an anonymous donor; an e-mail
  address written URL-encoded in a query string is still EMAIL_ADDRESS; a
  "Surname, Given" name written in one cell is one PERSON span, and two
  names joined by "&" or "and" are two spans; the date of loss in a claim
  is the claimant's date and is DATE_TIME.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind124.jsonl")

GEN = [
    """Hi, I'm [[PERSON:Senait Tesfay]] and my asylum interview at Migrationsverket in [[LOCATION:Solna]] was moved to [[DATE_TIME:Thursday 6 June at 09:15]]. My dossier number is [[ID_NUMBER:23-418872]] and the Tigrinya interpreter can call me on [[PHONE_NUMBER:073-641 28 90]].""",
    """[[PERSON:yonas berhane]] was born on [[DATE_TIME:3 February 1996]] in [[LOCATION:Keren]] and crossed into [[LOCATION:Sudan]] when he was [[AGE:19]]; his UNHCR individual number is [[ID_NUMBER:345-00187263]] and he now sleeps at a friend's place in [[LOCATION:Khartoum]].""",
    """The Guji samples were sent by [[PERSON:Meron Alemayehu]], export manager at Hambela Star Coffee PLC. Please confirm receipt to [[EMAIL_ADDRESS:meron.alemayehu@hambelastar.et]] or on her mobile, [[PHONE_NUMBER:+251 911 46 83 20]], before the container is booked.""",
    """Our mahber in [[LOCATION:Seattle]] collected $40 from every household after [[PERSON:Abrehet Woldu]] passed away on [[DATE_TIME:March 9, 2024]]. The money was wired to her son [[PERSON:Mehari]] in [[LOCATION:Asmara]] so the burial could happen within two days.""",
    """My lawyer, [[PERSON:Rachel Sommers]], says the hearing for me and my daughter [[PERSON:Luwam]] is set for [[DATE_TIME:Monday, November 18, 2024 at 8:30 a.m.]] in [[LOCATION:San Francisco]]. My A-number is [[ID_NUMBER:A213-556-810]] and hers is [[ID_NUMBER:A213-556-811]].""",
    """ሰላም፡ ስመይ [[PERSON:ሩታ ገብረመድህን]] እዩ። ኣብ [[DATE_TIME:15 ሚያዝያ 1994]] ኣብ [[LOCATION:ደቀምሓረ]] ተወሊደ። ሕጂ ኣብ [[LOCATION:ስቶክሆልም]] እነብር፡ ቁጽሪ ተሌፎነይ [[PHONE_NUMBER:076-218 44 07]] እዩ።""",
    """The Sigd prayers in [[LOCATION:Kiryat Gat]] will be led this year by [[TITLE:Kes]] [[PERSON:Yitzhak Desalegn]]. Families who want a blessing read for a bar mitzvah can register with [[PERSON:Orly Tadesse]] at [[PHONE_NUMBER:052-734-1906]].""",
    """[[PERSON:Oluwaseun Adeyemi]], [[AGE:27]], moved into [[ADDRESS:Flat 4, 19 Coldharbour Lane]], [[LOCATION:Brixton]], [[ZIP_CODE:SW9 8PR]] on [[DATE_TIME:1st August]] and still hasn't received a council tax bill from Lambeth.""",
    """Prescription ready for pickup for [[PERSON:Jean-Luc Tremblay]] (DOB [[DATE_TIME:1961-08-30]]). He asked that we text [[PHONE_NUMBER:514-555-0187]] instead of calling the house, since his wife [[PERSON:Monique]] works nights.""",
    """Dear [[PERSON:Ananya Krishnamurthy]], the debit card linked to savings account [[ID_NUMBER:50100274831166]] has been blocked at your request. A replacement will reach [[ADDRESS:No. 14, 2nd Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]] within seven working days.""",
    """Our washing station manager in [[LOCATION:Yirgacheffe]], [[TITLE:Ato]] [[PERSON:Getachew Bekele]], signed the ECX delivery note on [[DATE_TIME:Tir 3, 2016 E.C.]]; his TIN is [[ID_NUMBER:0041872539]] if the auditors ask.""",
    """[[TITLE:Abba]] [[PERSON:Tesfamichael Gebru]] will baptize baby [[PERSON:Naomi]], daughter of [[PERSON:Filmon]] and [[PERSON:Winta Habte]], at St. Michael's in [[LOCATION:Oakland]] on [[DATE_TIME:Saturday, May 11]]. Bring white netela and candles.""",
    """ስድራ [[PERSON:ክብሮም ሓጎስ]] ሬሳኡ ናብ [[LOCATION:መንደፈራ]] ንምልኣኽ ካብ ማሕበር ሓዘን ኤርትራውያን ኣብ [[LOCATION:ዮተቦሪ]] ሓገዝ ሓቲቶም። ኣብ [[DATE_TIME:2 ጥሪ 2025]] ኣብ ዕድመ [[AGE:58]] ዓሪፉ።""",
    """[[PERSON:Habtom Zerai]], an [[NRP:Eritrean]] asylum seeker renting a room on [[ADDRESS:22 Neve Sha'anan Street]] in south [[LOCATION:Tel Aviv]], renewed his 2(A)(5) visa on [[DATE_TIME:14.03.2024]] and was given only sixty days again.""",
    """hey it's [[PERSON:Marcus]] - can you send the lease to [[EMAIL_ADDRESS:marcus.delgado88@gmail.com]]? I'll sign it as soon as I'm back from [[LOCATION:Phoenix]] on the [[DATE_TIME:14th]].""",
    """New starter: [[PERSON:Siobhan O'Rourke]] joins the Parramatta office on [[DATE_TIME:Mon 3 March 2025]] with employee ID [[ID_NUMBER:E-77312]]. Her manager [[PERSON:Raj]] will meet her at reception at 8:45.""",
    """[[PERSON:Aroha Ngata]] brought her dog Pīwakawaka to the clinic in [[LOCATION:Rotorua]] on [[DATE_TIME:12/02/2025]] with a limp. Please call her back on [[PHONE_NUMBER:021 448 3097]] once the X-ray is read.""",
    """Selam, ane [[PERSON:Awet Tekle]] iye, edmey [[AGE:31]] iyu. Qotsera nay interview ab Migrationsverket [[DATE_TIME:21 May sa'at 13:00]] iyu, kemey gere kedli'e? Kutsri telefoney [[PHONE_NUMBER:0739 12 58 04]].""",
    """Hi [[PERSON:Dawit]], this is [[PERSON:Claire Whitfield]] from the roastery in [[LOCATION:Portland]]. Could you forward the Sidama lot contract to my personal address, [[EMAIL_ADDRESS:cwhitfield.roasts@proton.me]]? Our office line 503-555-0100 has been down since Friday.""",
    """[[PERSON:Mrs. Gwendolyn Price]] reported that her Corsa, registration [[ID_NUMBER:KX19 ZPT]], was hit while parked outside [[ADDRESS:42 Kingsway]], [[LOCATION:Cardiff]] on the evening of [[DATE_TIME:5 November]].""",
    """[[PERSON:Tan Wei Ling]]'s son [[PERSON:Jun Hao]] (Primary 4) will be away from [[DATE_TIME:9 to 13 September]] for his grandmother's funeral in [[LOCATION:Ipoh]]; the mother can be reached at [[PHONE_NUMBER:9123 8457]].""",
    """ቆጸራ ቃለ መሕትት ናይ [[PERSON:ሄለን ግርማይ]] ኣብ [[DATE_TIME:ረቡዕ 12 ሰነ 2024 ሰዓት 10:00]] ኣብ [[LOCATION:ማልመ]] እዩ። ቁጽሪ ዶሲየ [[ID_NUMBER:24-108357]] ምስ ፓስፖርትኪ ሒዝኪ ምጽኢ።""",
    """Good day, my name is [[PERSON:Chukwuemeka Obi]] and the SIM registered to my NIN [[ID_NUMBER:48213906751]] was swapped without my consent yesterday. My line is [[PHONE_NUMBER:0803 412 7765]] and I live in [[LOCATION:Enugu]].""",
    """Viewing confirmed for [[PERSON:Aoife Brennan]] at [[ADDRESS:Apartment 12, The Granary, 7 Grand Canal Quay]], [[LOCATION:Dublin]] [[ZIP_CODE:D02 XK82]] on [[DATE_TIME:Friday 17th at 6pm]]. The agent, [[PERSON:Cathal]], will meet her at the gate.""",
    """Player [[USERNAME:xX_ruta_Xx]] (real name [[PERSON:Ruta Kahsay]], [[AGE:16]]) was banned for a week after posting her home IP [[IP_ADDRESS:83.251.17.204]] in global chat during a dispute.""",
    """The fortieth-day memorial for [[TITLE:W/ro]] [[PERSON:Almaz Desta]] will be held at Medhane Alem on [[DATE_TIME:Sunday, Megabit 15]]. For transport from [[LOCATION:Kotebe]], contact her nephew [[PERSON:Yared]] on [[PHONE_NUMBER:0912 63 0048]].""",
    """[[PERSON:darnell washington]] (MRN [[ID_NUMBER:00938122]]) is booked for a colonoscopy on [[DATE_TIME:10/14/2024 at 7:45 AM]]. He's [[AGE:52]], on warfarin, and his daughter [[PERSON:Keisha]] will drive him home.""",
    """[[PERSON:Saba Okbay]], [[AGE:22]], reached Adi Harush camp near [[LOCATION:Mai Tsebri]] on [[DATE_TIME:8 October 2019]] together with her younger brother [[PERSON:Robel]]; her ARRA registration number is [[ID_NUMBER:ETH-0081547]].""",
    """Return authorised for [[PERSON:Priyanka Sandhu]]: the refund goes back to the Visa ending 4417 and a prepaid label has been mailed to [[ADDRESS:88 Queen St E, Unit 1207]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6V 1A9]]. Order CA-55812-Q.""",
    """My uncle [[PERSON:Tewolde Asmerom]] roasts coffee from [[LOCATION:Harar]] in a garage in [[LOCATION:Uppsala]]. The company number is on the invoice, but the bank wanted his personnummer, [[ID_NUMBER:680915-0292]], before opening the account.""",
    """Selam n'kulkhum, kflit nay mahber n'[[PERSON:Tsegereda Haile]] 300 kronor iyu. Ab Swish [[PHONE_NUMBER:070-382 19 56]] leiku, sm'kum ms tsihafu. Yekenyeley!""",
    """[[PERSON:Thandiwe Nkosi]] (ID [[ID_NUMBER:9207020211084]]) signed the lease for [[ADDRESS:Unit 5, 17 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]] on [[DATE_TIME:28 June 2024]] and paid two months' deposit.""",
    """[[PERSON:Chaltu Gemechu]] left [[LOCATION:Ambo]] in 2021 and filed her I-589 on [[DATE_TIME:January 4, 2022]]. Her interview at the Arlington asylum office was on [[DATE_TIME:Tuesday, March 12 at 1 p.m.]], and she brought her cousin [[PERSON:Lemi]] as a witness.""",
    """[[PERSON:Noa Levi-Haimov]]'s teudat zehut, [[ID_NUMBER:318452075]], is missing from her Form 101. She started on [[DATE_TIME:1.9.2024]] at the [[LOCATION:Haifa]] branch and payroll can't run until it's in.""",
    """Customer [[PERSON:Merhawi Kidane]], personnummer [[ID_NUMBER:840617-7371]], wants his broadband moved to [[ADDRESS:Rinkebysvängen 70, lgh 1203]], [[ZIP_CODE:163 74]] [[LOCATION:Spånga]] from [[DATE_TIME:1 October]].""",
    """[[PERSON:Wanjiru Kamau]], admission number [[ID_NUMBER:SCT211-0457/2021]], please collect your transcript from the registrar's office. A scanned copy was emailed to [[EMAIL_ADDRESS:wanjiru.kamau@students.jkuat.ac.ke]].""",
    """Passenger [[PERSON:Liang Chen]], passport [[ID_NUMBER:EJ4821937]], seat 32A, is travelling with an infant born [[DATE_TIME:2024-05-19]] and has requested a bassinet.""",
    """[[TITLE:Deacon]] [[PERSON:Natnael Fessehaye]] is collecting names for the Saturday Ge'ez class at St Gabriel's in [[LOCATION:Leicester]]. Email him at [[EMAIL_ADDRESS:natnael.f@outlook.com]] or text [[PHONE_NUMBER:07412 508 263]].""",
    """Driver note: if [[PERSON:Mr. Kowalski]] at [[ADDRESS:9 Orchard Close]] isn't home, leave the parcel with [[PERSON:Mrs. Begum]] at [[ADDRESS:11 Orchard Close]]. Tracking 1Z 88F 4W2 03 5512 7730.""",
    """[[TITLE:ኣቶ]] [[PERSON:ዮውሃንስ ተኽለ]] ካብ [[LOCATION:ጂማ]] 40 ኩንታል ቡን ገዚኡ። ክፍሊት ናብ ቁጽሪ ሕሳብ [[ID_NUMBER:1000187342561]] ኣብ ንግዳዊ ባንክ ኢትዮጵያ ክኣቱ እዩ።""",
    """Follow my baking page! I'm [[PERSON:Bethlehem]] ([[URL:instagram.com/bethbakes.dc]]) and I take orders for injera cakes around [[LOCATION:Silver Spring]] - DM or text [[PHONE_NUMBER:240-555-0142]].""",
    """[[PERSON:Kevin O'Malley]] disputed a $612.40 charge on card [[CREDIT_CARD:4532 0177 9148 3020]]; the SSN on his file ends in 7781 and he wants the new card sent to his mother's house in [[LOCATION:Scranton]].""",
    """I, [[PERSON:Yordanos Mebrahtu]], born [[DATE_TIME:20 May 1999]] in [[LOCATION:Barentu]], ask that my interview be held with a female interpreter. I am [[NRP:Pentecostal]] and was held at [[LOCATION:Wi'a]] for eleven months because of my faith.""",
    """The chevra kadisha in [[LOCATION:Netanya]] needs the teudat zehut of the deceased, [[PERSON:Zehava Worku]] ([[ID_NUMBER:204793160]]), and the date of death, [[DATE_TIME:27 Tevet 5784]]. Her granddaughter [[PERSON:Tal]] can be reached at [[PHONE_NUMBER:054-812-3367]].""",
    """Membership for [[PERSON:harriet lowe]] is frozen from [[DATE_TIME:1 Dec]] to [[DATE_TIME:31 Jan]] while she recovers from knee surgery; member no. [[ID_NUMBER:PG-2210473]].""",
    """[[PERSON:Ma. Cristina Dela Cruz]], [[AGE:38]], of [[ADDRESS:Blk 7 Lot 22, Phase 2]], [[LOCATION:Bagong Silang]], [[LOCATION:Caloocan City]], applied for a salary loan using SSS no. [[ID_NUMBER:34-5517820-6]].""",
    """Buyer [[PERSON:Lachlan Reid]] lands at Bole on [[DATE_TIME:Tuesday 19 November]] and wants to see [[PERSON:Tigist Worku]]'s farm in [[LOCATION:Bensa]] before the harvest ends. Her phone is [[PHONE_NUMBER:+251 926 115 704]].""",
    """ጥምቀት ወዲ [[PERSON:ኣማኑኤል]]ን [[PERSON:ሰምሃር]]ን ኣብ ቤተ ክርስቲያን ቅድስቲ ማርያም [[DATE_TIME:ቀዳም 20 ሓምለ]] እዩ። ንዝያዳ ሓበሬታ ን[[TITLE:ቀሺ]] [[PERSON:ተስፋጽዮን]] ብ [[PHONE_NUMBER:+46 73 520 18 64]] ደውሉ።""",
    """User [[PERSON:Ingrid Sørensen]] ([[USERNAME:isorensen]]) was locked out after five attempts from [[IP_ADDRESS:10.44.3.187]]. A reset link went to her backup address, [[EMAIL_ADDRESS:ingrid.sorensen@hotmail.no]].""",
    """At the [[DATE_TIME:February 26]] master calendar hearing, the judge asked [[PERSON:Tsion Mekonnen]] to file her kebele ID ([[ID_NUMBER:08/4417]]) and a letter from her pastor, [[TITLE:Rev.]] [[PERSON:Abel Tadesse]], within thirty days.""",
    """Guest [[PERSON:Hiroshi Tanaka]] checked in on [[DATE_TIME:14 Oct 2024, 23:10]] and asked for a late checkout; his mobile is [[PHONE_NUMBER:+81 90-4417-2281]].""",
    """[[PERSON:Bronwen Hughes]], NHS number [[ID_NUMBER:485 777 3457]], missed her smear test on [[DATE_TIME:3 April]]. Could reception rebook her at the [[LOCATION:Aberystwyth]] surgery?""",
    """Selam [[PERSON:Mulugeta]], qotsera nay visa hdsa ab [[LOCATION:Bnei Brak]] [[DATE_TIME:Sunday 11/8 sa'at 8]] iyu. Passportka ms teudatka ab ijka hze kid, ane [[PERSON:Kahsay]] ab dege ktsenhaka iye.""",
    """[[PERSON:Hirut Lemma]] ab equb nay [[LOCATION:Alexandria]], [[LOCATION:VA]] atya; werhawi $500 tkefl. Tera'a nay mewsad ab [[DATE_TIME:30 June]] iyu, shewit awrhi dma [[PERSON:Yonas]] ywesd.""",
    """[[PERSON:Amir Hosseini]], SIN [[ID_NUMBER:046 728 193]], has been approved for OSAP. Funds will go to the account he registered on [[DATE_TIME:Aug 12, 2024]].""",
    """Tenant [[PERSON:Lina Andersson]] of [[ADDRESS:Fyrverkarbacken 14, lgh 1001]], [[ZIP_CODE:112 60]] [[LOCATION:Stockholm]] has given notice ending [[DATE_TIME:31 March 2025]].""",
    """[[TITLE:Fr.]] [[PERSON:Ghebremeskel Tesfazion]] of the Ge'ez-rite Catholic community in [[LOCATION:Denver]] has confirmed the wedding of [[PERSON:Aman Weldeab]] and [[PERSON:Milen Ghebrehiwet]] for [[DATE_TIME:Sept. 14th]].""",
    """The Migration Court in [[LOCATION:Malmö]] rejected [[PERSON:Biniam Okbamichael]]'s appeal on [[DATE_TIME:8 February 2023]]. He turned [[AGE:18]] two weeks later, so the child-specific grounds no longer applied.""",
    """Claimant [[PERSON:Rosa María Jiménez]] of [[ADDRESS:2215 W Cermak Rd, Apt 3F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60608]] says her basement flooded on [[DATE_TIME:7/16/2024]] after the storm.""",
    """[[PERSON:Abdulkadir Hussein]], who exports washed Harar from [[LOCATION:Dire Dawa]], gave his Fayda number [[ID_NUMBER:6135 2081 4497]] and mobile [[PHONE_NUMBER:0915 74 2210]] to the clerk renewing his export licence.""",
    """[[PERSON:Isla McKenzie]], aged [[AGE:4]], Medicare number [[ID_NUMBER:2953 71083 1]], is due for her booster; her dad [[PERSON:Callum]] prefers Saturday mornings.""",
    """my cousin [[PERSON:selam]]'s wedding in [[LOCATION:Minneapolis]] is on [[DATE_TIME:8/17]] and auntie [[PERSON:Letebrhan]] is flying in from [[LOCATION:Tel Aviv]] for it!!""",
    """Payroll note: from [[DATE_TIME:1 October]], [[PERSON:Jonas Becker]]'s salary is paid into [[IBAN_CODE:DE68 3704 0044 0532 0133 78]] instead of his old Sparkasse account.""",
    """[[TITLE:Judge]] [[PERSON:Amelia Hart]] granted [[PERSON:Mr. Dlamini]] bail on [[DATE_TIME:21 June]] on condition that he reports to the [[LOCATION:Hillbrow]] police station every Monday.""",
    """ኣነ [[PERSON:መሓሪ ዘርኡ]]፡ ዕድመይ [[AGE:26]]፡ ኣብ [[DATE_TIME:2 ጥቅምቲ 2023]] ናብ [[LOCATION:ሽወደን]] ኣትየ። ሕቶ ዑቕባ ድማ ኣብ [[DATE_TIME:5 ጥቅምቲ 2023]] ኣብ [[LOCATION:ማርስታ]] ኣእትየ።""",
    """The Ethiopian community association in [[LOCATION:Columbus]] paid $10,000 toward the burial of [[PERSON:Worku Tefera]], who died on [[DATE_TIME:December 2, 2023]]; his widow [[PERSON:Genet]] signed for the check.""",
    """Patient [[PERSON:Rahul Verma]], Aadhaar [[ID_NUMBER:7391 5208 4616]], has a teleconsult with [[PERSON:Dr. Meenakshi Iyer]] on [[DATE_TIME:Wednesday 5th March, 11:30]].""",
    """[[PERSON:abebe]] called at 3 - he said his new number is [[PHONE_NUMBER:+1 (612) 555-0931]] and the old one is disconnected.""",
    """[[TITLE:Officer]] [[PERSON:Daniel Cho]] took a statement from [[PERSON:Semhar Yemane]], [[AGE:29]], who said her wallet with her Virginia license, [[US_DRIVER_LICENSE:T61-44-8823]], was taken on the Orange Line.""",
    """[[PERSON:Robel Asfaha]] needs his U.S. passport, [[US_PASSPORT:567209184]], renewed before he flies to [[LOCATION:Asmara]] on [[DATE_TIME:June 5]] for his father's memorial.""",
    """Per the IEP notes, [[PERSON:Jayden Brooks]] (student ID [[ID_NUMBER:2039144]]) gets speech therapy on Tuesdays; his grandmother [[PERSON:Loretta Brooks]] is the contact.""",
    """Counsel [[PERSON:Karin Holm]] asks that [[PERSON:Feven Tesfamariam]] (born [[DATE_TIME:2002-02-28]], personnummer [[ID_NUMBER:020228-3743]]) be interviewed in [[LOCATION:Norrköping]] rather than [[LOCATION:Göteborg]].""",
    """Thank you, [[PERSON:Yasmin Al-Rashid]]! Your gift of £50 to the refugee legal aid appeal was charged to [[CREDIT_CARD:5528 4100 6631 9479]].""",
    """Reminder: [[PERSON:Sanne de Vries]] (BSN [[ID_NUMBER:111254693]]) has a dental check-up on [[DATE_TIME:Tuesday 8 October at 14:15]] in [[LOCATION:Utrecht]].""",
    """[[PERSON:Senayt Ghebreyesus]] | [[EMAIL_ADDRESS:senayt.gh@gmail.com]] | [[PHONE_NUMBER:+972 53-418-2095]] | [[URL:linkedin.com/in/senayt-ghebreyesus]] - barista, six years' experience, looking for work in [[LOCATION:Jerusalem]].""",
    """Our green coffee buyer [[PERSON:Erik Lindqvist]] flew to [[LOCATION:Addis Ababa]] on [[DATE_TIME:2 December]] to meet [[PERSON:Mekdes Tadesse]] of a Sidama cooperative; her WhatsApp is [[PHONE_NUMBER:+251 930 47 82 11]].""",
    """[[PERSON:Lensa Tolosa]], resident of [[LOCATION:Bole Sub-City]], [[LOCATION:Woreda 03]], [[ADDRESS:House No. 1187]], requested a birth certificate for her son [[PERSON:Nahom]], born [[DATE_TIME:Ginbot 7, 2015 E.C.]]""",
    """ኢመይል [[PERSON:ሳባ]] [[EMAIL_ADDRESS:saba.kahsay92@gmail.com]] እዩ፡ ኣድራሻኣ ድማ [[ADDRESS:Hagalundsgatan 8]]፡ [[ZIP_CODE:169 64]] [[LOCATION:ሶልና]] እዩ።""",
    """coach [[PERSON:otieno]] says [[PERSON:brian mwangi]]'s registration for the under-17 squad is missing his birth certificate number [[ID_NUMBER:1023345671]] and date of birth ([[DATE_TIME:03.11.2008]]).""",
    """Hi, this is [[PERSON:Grace Mensah]] about my son [[PERSON:Kwame]]'s allergy test. The lab in [[LOCATION:Worcester]] has him born on [[DATE_TIME:04/09/2015]] but it's [[DATE_TIME:09/04/2015]] - please fix it and call me on [[PHONE_NUMBER:508-555-0199]].""",
]

BENCH = [
    # ai4privacy-like
    """[[PERSON:Mr. Okbazghi Tesfalidet]], our Lead Paradigm Coordinator, asked for 4,312.55 SEK to be reimbursed to [[IBAN_CODE:SE54 5000 0000 0583 9104 6712]] (BIC ESSESESS). His login [[USERNAME:okba.tesfa77]] was last used from [[IP_ADDRESS:194.18.226.40]] on [[DATE_TIME:2024-02-19 07:41]].""",
    """Hello [[PERSON:Abrham]], your card [[CREDIT_CARD:5355871024663092]] (exp 08/27, CVV 419) was declined at a merchant on [[ADDRESS:1845 Georgia Avenue NW]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20001]]. If this wasn't you, call [[PHONE_NUMBER:202.555.0178]] from your registered device.""",
    """Device registration for [[PERSON:Liya Gebremariam]] ([[USERNAME:liya_gm]]): MAC 3C:22:FB:91:0A:7E, UA Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1, IPv6 [[IP_ADDRESS:2001:6b0:1e:2::4a7]]. Account created [[DATE_TIME:2023-11-08T14:22:05Z]].""",
    """Job posting assisted by [[PERSON:Yael Mizrahi]], Chief Marketing Architect, [[AGE:44]], female, at [[ADDRESS:132 Menachem Begin Road, floor 27]], [[LOCATION:Tel Aviv-Yafo]] [[ZIP_CODE:6701101]]. Candidates should write to [[EMAIL_ADDRESS:yael.mizrahi@gmail.com]] with the subject "Q3 hire".""",
    """Case worker [[PERSON:Jenny Åkesson]] has scheduled the interview of [[PERSON:Tedros Woldegiorgis]] ([[DATE_TIME:04/11/1997]], male, [[NRP:Eritrean]]) for [[DATE_TIME:2024-09-17 09:00]] in room 4B; reminders go to [[EMAIL_ADDRESS:tedros.wg@yahoo.com]] and [[PHONE_NUMBER:072-555 81 40]].""",
    """Transaction alert: [[PERSON:Kalkidan Assefa]], Principal Accounts Executive at a coffee exporter in [[LOCATION:Addis Ababa]], moved 1,240,000 ETB from account [[ID_NUMBER:1000412793306]] to the telebirr wallet registered to [[PHONE_NUMBER:0911 28 7740]] at [[DATE_TIME:9:12 PM on 03/21/2024]].""",
    """[[PERSON:Ms. Hana Yohannes]] from [[LOCATION:Rinkeby]], [[ZIP_CODE:163 71]]: your 2FA code has been sent to [[PHONE_NUMBER:+46 76 014 52 90]]. Never share your password (E3r!tr3a_2024) with anyone, including our staff.""",
    """Gender: Female. Prefix: [[TITLE:Mrs.]] First name: [[PERSON:Mebrat]]. Middle name: [[PERSON:Gebrekidan]]. Last name: [[PERSON:Hailu]]. Street: [[ADDRESS:Lemmon Ave]]. Building number: [[ADDRESS:3904]]. Secondary address: [[ADDRESS:Apt. 211]]. City: [[LOCATION:Dallas]]. State: [[LOCATION:TX]]. Zip: [[ZIP_CODE:75219]]. Job area: Accounts.""",
    """Reminder for [[PERSON:Avital Ben-Shimon]]: the car with plate [[ID_NUMBER:624-18-371]] registered to you was recorded on Route 6 on [[DATE_TIME:7 Jan 2024, 22:48]]. Pay the fine online using your ID number [[ID_NUMBER:339165821]].""",
    """Account security: [[USERNAME:dawit.haile_dc]] signed in from [[IP_ADDRESS:2600:1700:5a3e:9c10::1f]] with Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36. If that wasn't you, [[PERSON:Dawit]], reset your password in the help centre.""",
    """Dear [[PERSON:Kofi Boateng]], the Senior Optimization Analyst role requires a background check. Please bring passport [[ID_NUMBER:G4817730]], your NI number [[ID_NUMBER:PX 41 88 20 C]] and proof of address for [[ADDRESS:27 Tennyson Road]], [[LOCATION:Luton]], [[ZIP_CODE:LU1 3RP]].""",
    """[[PERSON:Tsegay]], [[AGE:61]] ameta, nay funeral plan beneficiary n'gualu [[PERSON:Rahwa Tsegay]] (ab [[DATE_TIME:11 July 1988]] ztewelet) kqeyro yideli. Plan ref P-448-2291-ER.""",
    """Donation of 1,000 SEK to Kidane Mehret church in [[LOCATION:Stockholm]] from [[PERSON:Selamawit Ghebru]], card [[CREDIT_CARD:4916 8345 0021 7739]], expiry 11/26, CVV 082, billing address [[ADDRESS:Tensta allé 25]], [[ZIP_CODE:163 64]] [[LOCATION:Spånga]].""",
    """Our Global Directives Officer [[PERSON:Nnamdi Eze]] needs IP [[IP_ADDRESS:41.203.64.118]] and MAC 00:1B:44:11:3A:B7 whitelisted on the VPN; his contract ends on [[DATE_TIME:15/05/2024]] and access should lapse then.""",
    """Hi [[PERSON:Luwam]]! Your username [[USERNAME:lghebrezgi]] is now linked to [[EMAIL_ADDRESS:luwam.ghebrezgiabher@gmail.com]]. Your temporary PIN is 4471 and expires in ten minutes.""",
    """Wire instructions from [[PERSON:Moshe Abergel]]: beneficiary account [[IBAN_CODE:IL73 0108 0000 0099 9900 714]], SWIFT LUMIILIT, reference "rent Herzl 14". Questions to [[PHONE_NUMBER:+972-50-771-2386]].""",
    """[[PERSON:Abeba]]'s vehicle, VIN 1HGCM82633A004352, plate [[ID_NUMBER:ZBT 4471]], was towed from [[ADDRESS:600 N Kenmore St]] in [[LOCATION:Arlington]] on [[DATE_TIME:Tuesday 10/01]]. Release requires photo ID and $185.""",
    """[[TITLE:ወ/ሮ]] [[PERSON:ኣብርሀት ስዩም]]፡ ብካርድ ቁጽሪ [[CREDIT_CARD:4024 0071 8935 2148]] ካብ [[IP_ADDRESS:196.200.114.27]] ክፍሊት ተፈጺሙ ኣሎ። እዚ ንስኺ እንተዘይኮንኪ ብቕልጡፍ ናብ [[PHONE_NUMBER:+291 7 214 553]] ደውሊ።""",
    """In the event of a breach, [[PERSON:Graham Whitaker]], our Dynamic Quality Planner, will notify affected clients from [[EMAIL_ADDRESS:g.whitaker@nortonfield-legal.co.uk]]; his direct line is [[PHONE_NUMBER:+44 20 7946 0832]].""",
    """Height 5'7", eyes brown: [[PERSON:Eden Berhe]] ([[AGE:33]]) is listed as emergency contact for [[PERSON:Samuel Berhe]], SSN [[US_SSN:521-74-3308]], DOB [[DATE_TIME:1985/12/02]].""",
    """Attention [[PERSON:Dr. Zewditu Ayele]]: the renewal of DEA registration [[ID_NUMBER:BA4418275]] for your practice at [[ADDRESS:8719 Colesville Rd, Suite 200]], [[LOCATION:Silver Spring]], [[LOCATION:MD]] [[ZIP_CODE:20910]] is pending payment.""",
    """[[PERSON:Ahmed Saleh Idris]] from [[LOCATION:Massawa]], now living at [[ADDRESS:Hammarbyvägen 31]] in [[LOCATION:Västerås]], asked the bank to accept his [[NRP:Eritrean]] passport [[ID_NUMBER:P01542288]] as identification.""",
    """Subject: Benefits enrolment - [[PERSON:Priya Nair]], [[AGE:36]], Dynamic Infrastructure Liaison. Spouse: [[PERSON:Arjun Nair]]. Dependants: [[PERSON:Meera]] ([[DATE_TIME:2016-03-22]]), [[PERSON:Vikram]] ([[DATE_TIME:2019-10-05]]). Payroll account [[IBAN_CODE:GB48 LOYD 3096 2514 6088 73]].""",
    """[[PERSON:Jonathan Reyes-Whitmore]] paid the invoice with American Express [[CREDIT_CARD:3782 946115 07206]] (CID 6612) and asked for receipts at [[EMAIL_ADDRESS:jrw@reyeswhitmore.family]]. Billing ZIP [[ZIP_CODE:10025]].""",
    """Dear [[PERSON:Ms. Almaz Tekeste]], your resident parking permit for [[ADDRESS:Skarpnäcksallén 48]], [[ZIP_CODE:128 33]] [[LOCATION:Skarpnäck]] is tied to your husband [[PERSON:Yemane]]'s personal number, [[ID_NUMBER:791102-4912]]. To move it to your own name, log in with BankID.""",
    """[[PERSON:Fatuma Mohamed Ali]], female, [[AGE:47]], of [[ADDRESS:Plot 221, Kebele 05]], [[LOCATION:Jigjiga]], was registered for the food voucher programme on [[DATE_TIME:2024/04/23]]; phone [[PHONE_NUMBER:+251 915 330 271]].""",
    """Card on file for [[PERSON:Eyob Tsegai]]: [[CREDIT_CARD:6011 0048 2213 7655]], exp 02/28. Shipping to [[ADDRESS:4521 Martin Luther King Jr Way, Apt 9]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94609]].""",
    """The Customer Mobility Producer, [[PERSON:Noam Friedman]], logged in from [[IP_ADDRESS:147.235.12.96]] and changed the payout account to [[IBAN_CODE:IL97 0126 1000 0000 4883 022]] at [[DATE_TIME:03:14 on 12.02.2024]]. Flagged for review.""",
    """Please update the records of [[PERSON:Berhane Asfaw]]: new address [[ADDRESS:1402 S Jackson St, #3]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98144]]; new phone [[PHONE_NUMBER:(206) 555-0113]]; church membership no. [[ID_NUMBER:KMS-0417]].""",
    """[[PERSON:Eleni Kahsay]] (née [[PERSON:Gebreslassie]]) asked the funeral society to pay the 18,000 SEK grant to [[IBAN_CODE:SE27 8000 0832 7900 0145 8826]] after her mother's death on [[DATE_TIME:2024-12-03]].""",
    """MT103 remittance: ordering customer [[PERSON:Johan Ekdahl]] (sole trader, Ekdahl Kafferosteri), [[LOCATION:Malmö]], IBAN [[IBAN_CODE:SE77 6000 0000 0004 0256 1183]]; beneficiary Yirga Highland Coffee Export PLC, attention [[PERSON:Kebede Alemu]], mobile [[PHONE_NUMBER:+251 911 70 24 38]]; details: contract YCE-2024-117, 2 x 20' Grade 1 washed Yirgacheffe.""",
    """Selam [[PERSON:Filmon Gebreab]], akawntka [[USERNAME:filmon_asm]] ab [[DATE_TIME:12/03/2024 sa'at 22:10]] kab [[IP_ADDRESS:213.89.44.150]] tekifitu. Nsika ente zeykonka, password qeyro ms [[EMAIL_ADDRESS:filmon.gebreab@gmail.com]] rgtsi.""",
    """[[PERSON:Tirhas Abraha]], [[AGE:52]], Principal Directives Designer, lives at [[ADDRESS:Via Padova 118, scala B, int. 7]], [[ZIP_CODE:20127]] [[LOCATION:Milano]]; she prefers calls on [[PHONE_NUMBER:+39 347 218 6604]] after 18:00.""",
    """Verification for [[PERSON:Sophie Lambert]]: date of birth [[DATE_TIME:June 3rd, 1979]], last four of SSN 3308, mother's maiden name [[PERSON:Dubois]], favourite teacher's name withheld.""",
    """[[PERSON:Mulu Gebreyohannes]] in [[LOCATION:Bergen]] pays her idir dues from [[IBAN_CODE:NO16 1503 2741 980]]; the last payment was made on [[DATE_TIME:02.05.2024]] from a phone with MAC 9C:B6:D0:3F:22:81.""",
    # gretel-like domain documents
    """PROPERTY LOSS NOTICE
Insured: St. Mary Eritrean Orthodox Tewahdo Church, [[ADDRESS:4120 Rhode Island Ave]], [[LOCATION:Brentwood]], [[LOCATION:MD]] [[ZIP_CODE:20722]]
Reported by: [[TITLE:Qeshi]] [[PERSON:Yemane Gebreselassie]] (parish priest), cell [[PHONE_NUMBER:(301) 555-0166]], email [[EMAIL_ADDRESS:yemane.gs@gmail.com]]
Date of loss: [[DATE_TIME:01/28/2024]]   Date reported: [[DATE_TIME:01/29/2024]]
Description: A frozen pipe burst above the fellowship hall. Parishioner [[PERSON:Tekle Mesfin]] discovered the water at about 6 a.m. and shut the valve. Estimated damage $38,000. Policy CPP-7713042.""",
    """U.S. Citizenship and Immigration Services
ASC APPOINTMENT NOTICE (Form I-797C)
Applicant: [[PERSON:TESFAMARIAM, Merhawit]]   A#: [[ID_NUMBER:A 219 447 083]]
Date of birth: [[DATE_TIME:09/14/1990]]
Mailing address: [[ADDRESS:1150 Old Bayshore Hwy, Apt 204]], [[LOCATION:Burlingame]], [[LOCATION:CA]] [[ZIP_CODE:94010]]
You are scheduled to appear for biometrics on [[DATE_TIME:Tuesday, April 23, 2024 at 10:00 AM]]. Bring this notice and photo identification. Receipt number IOE0918273645.""",
    """EXPORT SALES CONTRACT No. SEC/2024/031
Seller: Tepi Ridge Coffee Export PLC, represented by its General Manager [[TITLE:Ato]] [[PERSON:Solomon Gebre-Egziabher]] (passport [[ID_NUMBER:EP6614820]]).
Buyer: Norrland Rosteri AB, represented by [[PERSON:Maja Holmgren]], [[EMAIL_ADDRESS:maja.holmgren@telia.com]].
Quality: Ethiopia Sidama Grade 2, washed, crop 2023/24. Quantity: 320 bags x 60 kg.
Signed in [[LOCATION:Addis Ababa]] on [[DATE_TIME:14 February 2024]] by both parties. Witness: [[PERSON:Hanna Girma]], [[PHONE_NUMBER:+251 911 502 377]].""",
    """MEMBERSHIP APPLICATION - Eritrean Mutual Burial Association, Stockholm
Name: [[PERSON:Ghebremedhin Tekeste Woldu]]
Personal number: [[ID_NUMBER:750109-1537]]
Address: [[ADDRESS:Hjulstagatan 12, lgh 1404]], [[ZIP_CODE:163 70]] [[LOCATION:Spånga]]
Phone: [[PHONE_NUMBER:073-344 02 19]]
Spouse: [[PERSON:Lemlem Kidane]] (personal number [[ID_NUMBER:880412-2383]])
Children under 18: [[PERSON:Yafet]] ([[AGE:12]]), [[PERSON:Hermon]] ([[AGE:9]])
Place of burial requested: [[LOCATION:Eritrea]] (family village near [[LOCATION:Segeneiti]])
Monthly dues: 200 SEK, autogiro from [[IBAN_CODE:SE48 3000 0000 0812 2749 3305]].
Signed: [[DATE_TIME:2024-03-17]]""",
    """Swedish Migration Agency - SUMMONS TO ASYLUM INVESTIGATION (unofficial translation)
Dossier number: [[ID_NUMBER:21-774516]]
To: [[PERSON:Sennait Habtemariam]], born [[DATE_TIME:1993-06-01]], citizen of [[LOCATION:Eritrea]]
You are summoned to an asylum investigation on [[DATE_TIME:Tuesday 14 January 2025 at 09:00]] at the Migration Agency, [[ADDRESS:Sturegatan 50]], [[LOCATION:Sundbyberg]]. An interpreter in Tigrinya will be present. Your public counsel is [[PERSON:Anders Wikström]], tel. [[PHONE_NUMBER:08-555 019 42]].""",
    """Population and Immigration Authority - Request for Asylum (summary)
Name: [[PERSON:Yonatan Tsehaye]]; father's name: [[PERSON:Tsehaye]]
Date of birth: [[DATE_TIME:01/01/1991]] (estimated)
Nationality: [[NRP:Eritrean]]   Religion: [[NRP:Orthodox Christian]]
Entered [[LOCATION:Israel]] via [[LOCATION:Egypt]] on [[DATE_TIME:11/2011]]
Current address: [[ADDRESS:HaGdud HaIvri 31]], [[LOCATION:Tel Aviv]]
Phone: [[PHONE_NUMBER:058-612-9944]]
Interview held on [[DATE_TIME:19/06/2023]] at the Bnei Brak office; decision pending.""",
    """NEW PATIENT INTAKE - Capitol Family Medicine
Patient: [[PERSON:Mekonnen, Haregewoin]]   DOB: [[DATE_TIME:02-17-1958]]   Age: [[AGE:66]]
Preferred language: Amharic (interpreter requested)
Address: [[ADDRESS:3303 Connecticut Ave NW, Apt 512]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20008]]
Insurance: DC Medicaid, member ID [[ID_NUMBER:71844302]]
Emergency contact: [[PERSON:Selam Mekonnen]] (daughter), [[PHONE_NUMBER:202-555-0124]]
Chief complaint: dizziness since [[DATE_TIME:March 2]]; hypertension, type 2 diabetes.""",
    """SMALL BUSINESS LOAN APPLICATION
Business: Buna Corner LLC (coffee shop), EIN 84-3391027
Owner: [[PERSON:Tigist Haile-Mariam]], SSN [[US_SSN:433-18-9062]], DOB [[DATE_TIME:August 9, 1982]]
Home address: [[ADDRESS:6017 Arlington Blvd, Unit 12]], [[LOCATION:Falls Church]], [[LOCATION:VA]] [[ZIP_CODE:22044]]
Personal checking: [[ID_NUMBER:4410 2287 6631]] at Burke & Herbert Bank
Requested amount: $65,000   Purpose: espresso equipment and roaster
Co-signer: [[PERSON:Dereje Haile-Mariam]], [[PHONE_NUMBER:571-555-0170]]""",
    """EMPLOYMENT AGREEMENT
This agreement is made on [[DATE_TIME:1 March 2024]] between Galil Logistics Ltd. and [[PERSON:Rivka Almog]] (ID [[ID_NUMBER:307221549]]), residing at [[ADDRESS:Rehov HaNassi 58, apt 12]], [[LOCATION:Haifa]] [[ZIP_CODE:3463401]].
The Employee shall serve as Warehouse Shift Supervisor starting on [[DATE_TIME:10 March 2024]]. Salary will be paid to account [[IBAN_CODE:IL52 0204 7000 0000 3164 559]].
Signed: [[PERSON:R. Almog]]""",
    """MOTOR VEHICLE CLAIM FORM
Policyholder: [[PERSON:Mr. Liam O'Callaghan]]   DOB: [[DATE_TIME:23/08/1977]]
Address: [[ADDRESS:14 Banksia Crescent]], [[LOCATION:Ringwood]], [[LOCATION:VIC]] [[ZIP_CODE:3134]]
Vehicle: 2019 Toyota Corolla, registration [[ID_NUMBER:1XY 9QZ]]
Driver's licence: [[ID_NUMBER:048 517 226]]
Date and time of accident: [[DATE_TIME:17/03/2024, approx. 4:40 pm]]
Third party: [[PERSON:Mei Lin Zhou]], [[PHONE_NUMBER:0412 889 310]], registration [[ID_NUMBER:ABC12D]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Mrs. Elsa Tewolde]]   NHS No: [[ID_NUMBER:943 476 5919]]   Hospital No: [[ID_NUMBER:RXH4471820]]
Admitted: [[DATE_TIME:04/02/2025]]   Discharged: [[DATE_TIME:09/02/2025]]
GP: [[PERSON:Dr. Imran Qureshi]], Brookfield Surgery
Address on file: [[ADDRESS:Flat 2, 61 Stroud Green Road]], [[LOCATION:London]] [[ZIP_CODE:N4 3EG]]
Summary: [[AGE:71]]-year-old woman admitted with community-acquired pneumonia. Next of kin: son [[PERSON:Samuel]], [[PHONE_NUMBER:07700 918 442]].""",
    """NOTICE OF RENT INCREASE (Form N1)
To: [[PERSON:Gurpreet Dhillon]] and [[PERSON:Harjit Dhillon]]
Rental unit: [[ADDRESS:2407-55 Elm Drive West]], [[LOCATION:Mississauga]], [[LOCATION:ON]] [[ZIP_CODE:L5B 4M9]]
From: [[PERSON:Olena Kovalenko]], landlord, [[PHONE_NUMBER:416-555-0163]]
The rent will increase to $2,310 per month on [[DATE_TIME:July 1, 2025]].
Date given: [[DATE_TIME:March 28, 2025]]""",
    """GOODS AND SERVICES STATEMENT - Abune Teklehaimanot Funeral Services
Family: [[PERSON:Bekele Woldemariam]] (deceased), date of death [[DATE_TIME:Nov 30, 2024]], age [[AGE:79]]
Responsible party: [[PERSON:Meseret Bekele]], [[ADDRESS:915 Pierce St]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55413]], [[PHONE_NUMBER:(612) 555-0182]]
Service: [[DATE_TIME:Friday, December 6, 2024, 10:00 AM]] at Debre Selam Medhanealem, followed by burial at Sunset Memorial.
Payment: $4,200 by the Ethiopian community idir (check no. 1187) and balance by card ending 5124.""",
    """ECX SUPPLIER REGISTRATION - Primary Coffee Collector
Name: [[TITLE:Obbo]] [[PERSON:Gemechu Tolosa Dida]]
Kebele: [[LOCATION:Hambela Wamena]], Woreda [[LOCATION:Hambela]], Zone [[LOCATION:West Guji]]
Fayda ID: [[ID_NUMBER:4910 3382 1765]]   TIN: [[ID_NUMBER:0067241183]]
Phone: [[PHONE_NUMBER:0916 841 220]]
Warehouse: Dilla ECX, site code DL-04
Registered: [[DATE_TIME:Hamle 2, 2016 E.C.]] (by clerk [[PERSON:Tsehay Abebe]])""",
    """SCHOOL ENROLMENT FORM - Rinkeby compulsory school
Pupil: [[PERSON:Nahom Tesfay Berhe]]   Personal number: [[ID_NUMBER:140318-2536]]
Home address: [[ADDRESS:Kuddbygränd 6, lgh 1102]], [[ZIP_CODE:163 73]] [[LOCATION:Spånga]]
Mother tongue: Tigrinya (mother-tongue tuition requested)
Guardian 1: [[PERSON:Tesfay Berhe]], [[PHONE_NUMBER:070-219 48 63]], [[EMAIL_ADDRESS:tesfay.berhe@live.se]]
Guardian 2: [[PERSON:Rahel Yemane]], [[PHONE_NUMBER:072-881 06 27]]
Start date: [[DATE_TIME:19 August 2024]]   Class: 4B""",
    """SPECIAL POWER OF ATTORNEY
I, [[PERSON:Asmeret Ghebrezgiabher]], born [[DATE_TIME:5 May 1971]] in [[LOCATION:Adi Quala]], holder of Eritrean national ID card [[ID_NUMBER:0718842]], residing at [[ADDRESS:2210 Parkway Dr, Apt 6]], [[LOCATION:Hyattsville]], [[LOCATION:MD]] [[ZIP_CODE:20782]], hereby appoint my brother [[PERSON:Ghirmay Ghebrezgiabher]], residing at [[ADDRESS:Street 171-5, House No. 14]], [[LOCATION:Asmara]], to sell on my behalf my share of the family house in [[LOCATION:Godaif]].
Subscribed and sworn before me on [[DATE_TIME:October 3, 2024]]. [[PERSON:Patricia Lindgren]], Notary Public, Prince George's County.""",
    """VALIDATION NOTICE
[[DATE_TIME:May 6, 2024]]
[[PERSON:Marisol Gutierrez]]
[[ADDRESS:781 E 149th St, Apt 5C]]
[[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10455]]
Re: your account [[ID_NUMBER:60144-88231]], originally with Empire Mobile
Amount of the debt: $1,284.17. Unless you dispute this debt within 30 days, we will assume it is valid. Call us at 1-800-555-0199, Mon-Fri 8-8.""",
    """EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Member: [[PERSON:Samira Haddad]]   Member ID: [[ID_NUMBER:XWK884120937]]   Group: 0071932
Patient: [[PERSON:Yousef Haddad]] (dependent), DOB [[DATE_TIME:07/22/2011]]
Provider: [[PERSON:Dr. Karen Liu]], Pediatrics of Dearborn
Date of service: [[DATE_TIME:02/14/2025]]   Claim 2025045A771
Billed $240.00   Allowed $162.10   Plan paid $129.68   You owe $32.42""",
    """CERTIFICATE OF MARRIAGE
Debre Genet Medhanie Alem Eritrean Orthodox Tewahdo Church, Stockholm
This certifies that [[PERSON:Robel Ghebremichael Asfaha]] (born [[DATE_TIME:1997-05-14]], personal number [[ID_NUMBER:970514-2199]]) and [[PERSON:Helen Tsegay Berhe]] (born [[DATE_TIME:1991-12-31]], personal number [[ID_NUMBER:911231-5065]]) were united in holy matrimony on [[DATE_TIME:Sunday, 25 August 2024]] by [[TITLE:Abba]] [[PERSON:Kidane-Mariam Tekle]].
Witnesses: [[PERSON:Samuel Okbu]], [[PERSON:Mehret Ghebru]]""",
    """ASYLUM LEGAL AID - CLIENT INTAKE
Client: [[PERSON:Abdelaziz Yahya Osman]]   Sex: M   Year of birth: 1988
Country of origin: [[LOCATION:Sudan]] ([[LOCATION:Darfur]])
Visa: 2(A)(5), no. [[ID_NUMBER:2A5-1173094]], renewed [[DATE_TIME:02/07/2024]]
Phone: [[PHONE_NUMBER:053-331-4729]]   Address: [[ADDRESS:Rehov Levinsky 40]], [[LOCATION:Tel Aviv]]
Next RSD interview: [[DATE_TIME:5/9/2024 09:30]]
Assigned lawyer: [[TITLE:Adv.]] [[PERSON:Michal Rosen]]
Notes: client works nights at a hotel in [[LOCATION:Eilat]]; prefers WhatsApp.""",
    """ቅጥዒ ምዝገባ ኣባል - ማሕበር ረድኤት ሓዘን ኤርትራውያን ኣብ ኦስሎ
ሽም: [[PERSON:ተኽለ ሃብተማርያም ገብሩ]]
ዕለት ትውልዲ: [[DATE_TIME:12 ለካቲት 1969]]
ቦታ ትውልዲ: [[LOCATION:ዓዲ ቐይሕ]]
ኣድራሻ: [[ADDRESS:Trondheimsveien 210 B]], [[ZIP_CODE:0570]] [[LOCATION:ኦስሎ]]
ተሌፎን: [[PHONE_NUMBER:+47 912 34 587]]
ሰበይቲ: [[PERSON:ኣብረኸት ዮውሃንስ]]
ወርሓዊ ክፍሊት: 150 ክሮነር ካብ [[IBAN_CODE:NO91 9710 5216 339]]
ዕለት: [[DATE_TIME:3 መጋቢት 2024]]""",
    """INVOICE RB-20931
Bill to: [[PERSON:Daniel Haile]], [[ADDRESS:88 Larkspur Ln]], [[LOCATION:Decatur]], [[LOCATION:GA]] [[ZIP_CODE:30030]]
Email: [[EMAIL_ADDRESS:dhaile.decatur@gmail.com]]   Customer no. [[ID_NUMBER:C-004218]]
Subscription: Ethiopia Guji Natural, 2 x 340 g every two weeks, $38.00
Paid with Visa ending 1418. Invoice date 2024-10-02. Thank you for roasting with us!""",
    """POLICE ACCIDENT REPORT - Ikeja Division
Reporting officer: [[TITLE:Sgt.]] [[PERSON:Adebayo Ogunleye]]
Driver 1: [[PERSON:Chinedu Okafor]], [[AGE:34]], licence [[ID_NUMBER:LAG44817AA71]], vehicle [[ID_NUMBER:KJA 552 XE]]
Driver 2: [[PERSON:Funmilayo Adesina]], [[AGE:41]], phone [[PHONE_NUMBER:0806 221 9473]]
Place: Obafemi Awolowo Way by Allen junction, [[LOCATION:Ikeja]]
Date/time: [[DATE_TIME:22/06/2024 at 18:20]]
Both drivers were taken to LASUTH; no fatalities.""",
    """REPUBLIC OF KENYA
IN THE CHIEF MAGISTRATE'S COURT AT ELDORET - SUCCESSION CAUSE NO. E412 OF 2024
In the matter of the estate of [[PERSON:JOSEPH KIPCHUMBA KEMBOI]] (deceased), who died on [[DATE_TIME:14th March 2024]] at [[LOCATION:Eldoret]].
Petitioner: [[PERSON:Mercy Jeptoo Kemboi]], ID No. [[ID_NUMBER:28841907]], of [[ADDRESS:P.O. Box 1172]]-[[ZIP_CODE:30100]], [[LOCATION:Eldoret]], widow of the deceased.
Any objection to be lodged within thirty days of this notice.""",
    """[[DATE_TIME:12 August 2024]]
To [[PERSON:Mr. Sandeep Kulkarni]], Employee Code [[ID_NUMBER:TX10448]]
[[ADDRESS:B-703, Lodha Aqua]], [[LOCATION:Mira Road East]], [[LOCATION:Thane]] [[ZIP_CODE:401107]]
Subject: Relieving letter
This is to confirm that you were employed with us as Senior QA Engineer from [[DATE_TIME:3 January 2019]] to [[DATE_TIME:9 August 2024]]. Your PF will be transferred under UAN [[ID_NUMBER:100918273645]]; Form 16 will be issued against PAN [[ID_NUMBER:AKLPK4471C]].
For HR, [[PERSON:Neha Bhatt]]""",
    """HOME OFFICE - INVITATION TO SUBSTANTIVE ASYLUM INTERVIEW
Name: [[PERSON:Mr. Ermias Woldemichael]]   HO reference: [[ID_NUMBER:W1188432]]
Date of birth: [[DATE_TIME:30/10/2001]]   Nationality: [[NRP:Eritrean]]
Current accommodation: [[ADDRESS:Room 14, 225 Station Road]], [[LOCATION:Wakefield]] [[ZIP_CODE:WF1 4SP]]
Your interview is on [[DATE_TIME:Thursday 6 March 2025 at 10:30]]. A Tigrinya interpreter has been booked. Bring your ARC card ([[ID_NUMBER:UKA-04417829]]) and any documents supporting your claim. Travel warrant enclosed.""",
    """SHIPPING ADVICE - ICO mark 010/2041/0188
Shipper: Guji Highlands Trading PLC, [[LOCATION:Addis Ababa]]; contact [[PERSON:Mr. Biruk Deressa]], [[EMAIL_ADDRESS:biruk.deressa@gmail.com]], [[PHONE_NUMBER:+251 944 10 22 87]]
Consignee: Kaffa Import BV, [[LOCATION:Rotterdam]]; notify [[PERSON:Femke Jansen]], [[PHONE_NUMBER:+31 6 4182 2077]]
B/L MEDUDJ418822, container MSKU 771942-3, 320 bags Ethiopia Guji Grade 1 natural, ETA Rotterdam 2024-05-30.""",
    """CONTRIBUTION STATEMENT 2024 - St. Gabriel Ethiopian Orthodox Tewahedo Church
Donors: [[PERSON:Alemseged Worku]] and [[PERSON:Tsehay Kassa]]   Envelope no. 212
Address: [[ADDRESS:11810 Bissonnet St, Apt 1208]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77099]]
Total contributions for the year: $3,640.00. No goods or services were provided in exchange.
Treasurer: [[PERSON:Dagnachew Molla]], [[EMAIL_ADDRESS:dagnachew.molla@yahoo.com]]""",
    # Nemotron-PII-like structured snippets
    """{"user_id": 88213, "first_name": "[[PERSON:Yohana]]", "last_name": "[[PERSON:Mesfin]]", "email": "[[EMAIL_ADDRESS:yohana.mesfin@icloud.com]]", "phone": "[[PHONE_NUMBER:+1-206-555-0148]]", "dob": "[[DATE_TIME:1994-07-03]]", "favorite_origin": "Ethiopia Kochere", "address": {"street": "[[ADDRESS:2318 E Union St]]", "city": "[[LOCATION:Seattle]]", "state": "[[LOCATION:WA]]", "zip": "[[ZIP_CODE:98122]]"}, "loyalty_tier": "gold", "created_at": "[[DATE_TIME:2022-01-11T18:04:55Z]]"}""",
    """[[DATE_TIME:2024-06-03T07:58:12Z]] INFO  auth  login ok user=[[USERNAME:selam.g]] ip=[[IP_ADDRESS:81.229.140.17]] mfa=totp
[[DATE_TIME:2024-06-03T07:58:40Z]] WARN  auth  password change requested user=[[USERNAME:selam.g]] email=[[EMAIL_ADDRESS:selam.ghebremedhin@bredband2.se]]
2024-06-03T08:02:09Z ERROR auth  login failed user=admin ip=[[IP_ADDRESS:185.220.101.4]] reason=bad_password
2024-06-03T08:02:11Z INFO  svc   healthcheck ok build=7.3.1 node=web-02""",
    """INSERT INTO members (member_no, full_name, baptismal_name, phone, email, joined) VALUES
  ('[[ID_NUMBER:DG-0311]]', '[[PERSON:Tsega Woldemariam]]', '[[PERSON:Wolde Giorgis]]', '[[PHONE_NUMBER:+1 240 555 0136]]', '[[EMAIL_ADDRESS:tsega.wm@gmail.com]]', '[[DATE_TIME:2019-09-11]]'),
  ('[[ID_NUMBER:DG-0312]]', '[[PERSON:Mahlet Assefa]]', '[[PERSON:Wolete Mariam]]', '[[PHONE_NUMBER:+1 301 555 0109]]', NULL, '[[DATE_TIME:2019-09-11]]'),
  ('[[ID_NUMBER:DG-0347]]', '[[PERSON:Fikre Tolossa]]', NULL, '[[PHONE_NUMBER:+1 202 555 0190]]', '[[EMAIL_ADDRESS:fikret@outlook.com]]', '[[DATE_TIME:2021-01-19]]');""",
    """<patient>
  <mrn>[[ID_NUMBER:MRN-5510374]]</mrn>
  <name><given>[[PERSON:Abdirahman]]</given><family>[[PERSON:Warsame]]</family></name>
  <birthDate>[[DATE_TIME:1979-02-14]]</birthDate>
  <gender>male</gender>
  <telecom system="phone">[[PHONE_NUMBER:612-555-0157]]</telecom>
  <address><line>[[ADDRESS:1424 Riverside Ave, Apt 707]]</line><city>[[LOCATION:Minneapolis]]</city><state>[[LOCATION:MN]]</state><postalCode>[[ZIP_CODE:55454]]</postalCode></address>
  <religion>[[NRP:Muslim]]</religion>
  <bloodType>O+</bloodType>
</patient>""",
    """# config/notify.yaml
smtp:
  host: smtp.mailgun.org
  port: 587
  user: postmaster@mg.asylumhelp.se
  password: "k3yR0t4te!"
alerts:
  on_call:
    name: "[[PERSON:Daniel Tesfagiorgis]]"
    phone: "[[PHONE_NUMBER:+46 70 611 29 84]]"
    email: "[[EMAIL_ADDRESS:daniel.tesfagiorgis@gmail.com]]"
  backup:
    name: "[[PERSON:Linnea Hedlund]]"
    phone: "[[PHONE_NUMBER:+46 73 402 77 15]]"
retry_seconds: 30""",
    """def test_create_customer(client):
    payload = {
        "name": "[[PERSON:Giulia Romano]]",
        "email": "[[EMAIL_ADDRESS:giulia.romano@libero.it]]",
        "iban": "[[IBAN_CODE:CH18 0023 5077 4120 9841 0]]",
        "card": "[[CREDIT_CARD:4001158763029482]]",
        "cvv": "318",
        "birth_date": "[[DATE_TIME:1990-11-27]]",
    }
    r = client.post("/api/v2/customers", json=payload)
    assert r.status_code == 201""",
    """Ticket #48213 - Priority: High - Channel: email
Requester: [[PERSON:Tamar Avraham]] <[[EMAIL_ADDRESS:tamar.avraham@walla.co.il]]>
Phone: [[PHONE_NUMBER:054-338-1207]]
Subject: charged twice for annual plan
Body: Hi, I'm [[PERSON:Tamar]]. My card [[CREDIT_CARD:5424 1866 7003 5124]] was charged twice on the renewal. My account is registered under ID number [[ID_NUMBER:325719045]]. Please refund one of the charges.
Assignee: [[PERSON:Oren K.]] (Tier 2)""",
    """[[IP_ADDRESS:10.0.3.4]] - - [12/Mar/2024:10:14:01 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001
[[IP_ADDRESS:89.160.22.71]] - - [[[DATE_TIME:12/Mar/2024:10:14:02 +0100]]] "GET /api/appointments?email=[[EMAIL_ADDRESS:filmon.kidane%40gmail.com]]&dossier=[[ID_NUMBER:22-905113]] HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Mobile Safari/537.36" rt=0.041""",
    """{
  "case": {
    "id": "c7f1e2a0-55b3-4d0e-9a61-0b2f8f3e1d44",
    "type": "asylum",
    "status": "awaiting_interview",
    "applicant": {
      "name": "[[PERSON:Mussie Gebrezgi Tesfu]]",
      "a_number": "[[ID_NUMBER:A218-330-415]]",
      "dob": "[[DATE_TIME:1989-04-30]]",
      "country_of_birth": "[[LOCATION:Eritrea]]",
      "religion": "[[NRP:Jehovah's Witness]]",
      "phone": "[[PHONE_NUMBER:(510) 555-0172]]",
      "address": "[[ADDRESS:3011 International Blvd, Apt 4]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94601]]"
    },
    "interview": {"office": "[[LOCATION:San Francisco]]", "scheduled_for": "[[DATE_TIME:2024-12-03T09:30:00-08:00]]"},
    "attorney": {"name": "[[PERSON:Elena Vasquez]]", "bar_no": "[[ID_NUMBER:CA 301774]]"}
  }
}""",
    """# .env.production - DO NOT COMMIT
DATABASE_URL=postgres://app:Xq9!v2Lm@[[IP_ADDRESS:10.20.0.15]]:5432/buna
ADMIN_CONTACT_NAME="[[PERSON:Henok Abraha]]"
ADMIN_CONTACT_EMAIL=[[EMAIL_ADDRESS:henok.abraha@protonmail.com]]
ADMIN_CONTACT_PHONE=[[PHONE_NUMBER:+251-911-630-482]]
SENTRY_DSN=https://4f1c8e2b9d@o44812.ingest.sentry.io/551023
FEATURE_EXPORT_QUOTA=true""",
    """{"event": "payment.succeeded", "ts": "[[DATE_TIME:2024-08-27T14:03:59Z]]", "data": {"payer_name": "[[PERSON:Saron Tadesse]]", "payer_email": "[[EMAIL_ADDRESS:saron.t@gmail.com]]", "card": {"brand": "visa", "last4": "2148", "exp": "04/27"}, "billing": {"line1": "[[ADDRESS:77 Mission Hill Dr]]", "city": "[[LOCATION:Brookline]]", "postal_code": "[[ZIP_CODE:02445]]", "country": "US"}, "amount": 12000, "currency": "usd", "description": "Idir annual dues - [[PERSON:Tadesse]] family"}}""",
    """MSH|^~\\&|EPIC|KAROLINSKA|LAB|KS|202403120815||ADT^A04|MSG00417|P|2.5
PID|1||[[ID_NUMBER:19860509-3460]]^^^SE-PNR||[[PERSON:GHEBREYESUS]]^[[PERSON:SELAMAWIT]]||[[DATE_TIME:19860509]]|F|||[[ADDRESS:Bredängsvägen 212]]^^[[LOCATION:SKÄRHOLMEN]]^^[[ZIP_CODE:12732]]^SWE||[[PHONE_NUMBER:0707-441893]]
PV1|1|O|AKM^12^1|||||||||||||||V0019944""",
    """From: [[PERSON:Ruth Abebe]] <[[EMAIL_ADDRESS:ruth.abebe@gmail.com]]>
To: intake@refugeelegal.org
Date: [[DATE_TIME:Mon, 15 Apr 2024 09:41:17 -0400]]
Subject: Re: documents for my brother's case
X-Originating-IP: [[[IP_ADDRESS:73.163.44.201]]]

Hello, attached are the birth certificate and baptism certificate for my brother [[PERSON:Kaleab Abebe]] (DOB [[DATE_TIME:Meskerem 10, 1992 E.C.]]). His phone in [[LOCATION:Nairobi]] is [[PHONE_NUMBER:+254 712 448 093]]. Thank you, [[PERSON:Ruth]]""",
    """const seedUsers = [
  { id: 1, name: "[[PERSON:Ayelet Shemesh]]", username: "[[USERNAME:ayeletsh]]", email: "[[EMAIL_ADDRESS:ayelet.shemesh@gmail.com]]", role: "admin" },
  { id: 2, name: "[[PERSON:Solomon Fikru]]", username: "[[USERNAME:sfikru]]", email: "[[EMAIL_ADDRESS:solomon.fikru@yahoo.com]]", role: "editor" },
  { id: 3, name: "Test User", username: "test", email: "test@example.com", role: "viewer" },
];""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Gebreegziabher]];[[PERSON:Aster]];;[[TITLE:Mrs.]];
FN:[[PERSON:Aster Gebreegziabher]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+46 72 318 50 06]]
EMAIL:[[EMAIL_ADDRESS:aster.gebreegziabher@gmail.com]]
ADR;TYPE=HOME:;;[[ADDRESS:Gyllenstiernas väg 9]];[[LOCATION:Västerås]];;[[ZIP_CODE:723 41]];[[LOCATION:Sweden]]
BDAY:[[DATE_TIME:1967-09-21]]
NOTE:Treasurer, Eritrean burial society Västerås
END:VCARD""",
    """BEGIN:VEVENT
UID:20250218T0900-4471@legalclinic.se
DTSTART:[[DATE_TIME:20250218T090000]]
DTEND:[[DATE_TIME:20250218T100000]]
SUMMARY:Prep meeting - [[PERSON:Tesfalem Kahsay]] (asylum interview [[DATE_TIME:20 Feb]])
DESCRIPTION:Client [[PERSON:Tesfalem Kahsay]], dossier [[ID_NUMBER:23-660481]], phone [[PHONE_NUMBER:076-903 15 72]]. Interpreter: [[PERSON:Aida Mehari]].
LOCATION:[[ADDRESS:Kungsgatan 37, 3 tr]], [[LOCATION:Stockholm]]
END:VEVENT""",
    """### Bug: export shows other customer's data
**Reported by:** [[PERSON:Priscilla Owusu]] ([[USERNAME:powusu]])
**Steps:** log in as [[EMAIL_ADDRESS:priscilla.owusu@gmail.com]], open Orders > Export, pick March.
**Expected:** my orders only.
**Actual:** the CSV includes a row for [[PERSON:Daniel Mensah]], [[ADDRESS:14 Ring Road East]], [[LOCATION:Accra]], phone [[PHONE_NUMBER:+233 24 418 7720]].
Env: v4.12.0, Chrome 123, macOS 14.3""",
    """2024-09-02 11:20:44,318 INFO  gateway.charge  merchant=buna-express order=BX-77120 card=************9479 amount=4500 ETB status=approved
[[DATE_TIME:2024-09-02 11:21:03,902]] ERROR gateway.charge  merchant=buna-express order=BX-77121 pan=[[CREDIT_CARD:4795128336004718]] name="[[PERSON:WELDE MICHAEL HAILU]]" reason=do_not_honor
2024-09-02 11:21:04,001 WARN  gateway.audit   raw PAN logged by legacy module, ticket SEC-2281""",
    """{"idir_member": {"no": "[[ID_NUMBER:IDR-1093]]", "head": "[[PERSON:Yitbarek Demissie]]", "spouse": "[[PERSON:Etenesh Gebru]]", "dependents": [{"name": "[[PERSON:Kidist]]", "age": [[AGE:14]]}, {"name": "[[PERSON:Abel]]", "age": [[AGE:10]]}], "phone": "[[PHONE_NUMBER:+1 303 555 0118]]", "address": "[[ADDRESS:1501 S Havana St, Apt 220]], [[LOCATION:Aurora]], [[LOCATION:CO]] [[ZIP_CODE:80012]]", "monthly_dues_usd": 25, "joined": "[[DATE_TIME:2015-06-07]]"}}""",
    """{"ሽም": "[[PERSON:ሚሊዮን ገብረስላሰ]]", "ዕድመ": [[AGE:45]], "ስራሕ": "ነጋዳይ ቡን", "ከተማ": "[[LOCATION:ኣስመራ]]", "ተሌፎን": "[[PHONE_NUMBER:+291 7 118 240]]", "ኢመይል": "[[EMAIL_ADDRESS:million.gs@gmail.com]]", "ዕለት_ምዝገባ": "[[DATE_TIME:2024-01-15]]"}""",
    """<CdtTrfTxInf>
  <PmtId><EndToEndId>E2E-20240611-0042</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">850.00</InstdAmt></Amt>
  <Cdtr><Nm>[[PERSON:Hagos Weldeab]]</Nm><PstlAdr><StrtNm>[[ADDRESS:Bahnhofstrasse]]</StrtNm><BldgNb>[[ADDRESS:41]]</BldgNb><PstCd>[[ZIP_CODE:60329]]</PstCd><TwnNm>[[LOCATION:Frankfurt am Main]]</TwnNm></PstlAdr></Cdtr>
  <CdtrAcct><Id><IBAN>[[IBAN_CODE:DE27100100100951835264]]</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Burial contribution for [[PERSON:Weldeab Tesfai]]</Ustrd></RmtInf>
</CdtTrfTxInf>""",
    """Mar 14 02:17:33 bastion-01 sshd[44182]: Failed password for invalid user oracle from [[IP_ADDRESS:203.0.113.77]] port 51922 ssh2
[[DATE_TIME:Mar 14 02:17:41]] bastion-01 sshd[44190]: Accepted publickey for [[USERNAME:mtesfamariam]] from [[IP_ADDRESS:91.198.44.12]] port 60214 ssh2: ED25519 SHA256:q2v8Lx0kR3uJ7sTnYwPz4aE6bC1dF9gH0iJ2kL5mN8o
[[DATE_TIME:Mar 14 02:17:41]] bastion-01 systemd-logind[812]: New session 3317 of user [[USERNAME:mtesfamariam]].""",
]

TABLE = [
    """name,phone,email,interview_date,interpreter,status
[[PERSON:Mewael Tesfahun]],[[PHONE_NUMBER:073-218 90 44]],[[EMAIL_ADDRESS:mewael.t@gmail.com]],[[DATE_TIME:2024-10-02]],Tigrinya,booked
[[PERSON:Sara Idris]],[[PHONE_NUMBER:070-441 82 17]],,[[DATE_TIME:2024-10-02]],Tigre,booked
[[PERSON:Dawit Kiflom]],[[PHONE_NUMBER:076-590 13 38]],[[EMAIL_ADDRESS:dkiflom@hotmail.com]],[[DATE_TIME:2024-10-03]],Tigrinya,moved
[[PERSON:Ariam Negassi]],,[[EMAIL_ADDRESS:ariam.negassi@yahoo.com]],[[DATE_TIME:2024-10-04]],Tigrinya,no-show""",
    """| Member | Baptismal name | Phone | Monthly ($) | Last paid |
|---|---|---|---|---|
| [[PERSON:Girmay Woldu]] | [[PERSON:Gebre Mariam]] | [[PHONE_NUMBER:(206) 555-0161]] | 30 | [[DATE_TIME:Jan 5]] |
| [[PERSON:Tsega Berhane]] | [[PERSON:Wolete Gabriel]] | [[PHONE_NUMBER:(206) 555-0127]] | 30 | [[DATE_TIME:Jan 9]] |
| [[PERSON:Solomon Ghebre]] | - | [[PHONE_NUMBER:(425) 555-0193]] | 50 | [[DATE_TIME:Dec 28]] |""",
    """exporter\tcontact\tmobile\temail\tregion\tbags_2024
Hambela Star PLC\t[[PERSON:Meron Alemayehu]]\t[[PHONE_NUMBER:+251 911 46 83 20]]\t[[EMAIL_ADDRESS:meron.alemayehu@hambelastar.et]]\t[[LOCATION:Guji]]\t1840
Sidama Bensa Union\t[[PERSON:Tamirat Dukale]]\t[[PHONE_NUMBER:+251 916 02 77 41]]\t-\t[[LOCATION:Sidama]]\t2210
Kochere Coffee Trading\t[[PERSON:Rahel Tsegaye]]\t[[PHONE_NUMBER:+251 920 38 15 06]]\t[[EMAIL_ADDRESS:rahel.kochere@gmail.com]]\t[[LOCATION:Gedeo]]\t960""",
    """emp_id  last_name        first_name  dept        start_date  ext
[[ID_NUMBER:E10442]]  [[PERSON:Okonkwo]]          [[PERSON:Adaeze]]      Finance     [[DATE_TIME:2021-04-12]]  4410
[[ID_NUMBER:E10587]]  [[PERSON:Haddad]]           [[PERSON:Rami]]        IT          [[DATE_TIME:2022-11-01]]  4472
[[ID_NUMBER:E10613]]  [[PERSON:Lindqvist]]        [[PERSON:Ebba]]        Legal       [[DATE_TIME:2023-02-20]]  4498
[[ID_NUMBER:E10650]]  [[PERSON:Gebremichael]]     [[PERSON:Yosef]]       Warehouse   [[DATE_TIME:2023-08-07]]  4503""",
    """{"patient": "[[PERSON:Hailu Gebeyehu]]", "dob": "[[DATE_TIME:1951-03-08]]", "test": "HbA1c", "result": 7.9, "unit": "%", "collected": "[[DATE_TIME:2024-05-14 08:10]]"}
{"patient": "[[PERSON:Marta Lemma]]", "dob": "[[DATE_TIME:1977-10-30]]", "test": "TSH", "result": 2.1, "unit": "mIU/L", "collected": "[[DATE_TIME:2024-05-14 08:25]]"}
{"patient": "[[PERSON:Yusuf Abdi]]", "dob": "[[DATE_TIME:2003-06-19]]", "test": "CBC", "result": null, "unit": null, "collected": "[[DATE_TIME:2024-05-14 09:02]]"}""",
    """- name: [[PERSON:Kidane Habte]]
  role: chair
  phone: "[[PHONE_NUMBER:+46 70 225 18 93]]"
  email: [[EMAIL_ADDRESS:kidane.habte@gmail.com]]
- name: [[PERSON:Almaz Tesfu]]
  role: treasurer
  phone: "[[PHONE_NUMBER:+46 76 843 02 51]]"
  iban: [[IBAN_CODE:SE63 9500 0099 6042 2619 7310]]
- name: [[PERSON:Efrem Yohannes]]
  role: secretary
  phone: "[[PHONE_NUMBER:+46 73 118 64 70]]\"""",
    """Guest            | Room | Check-in          | Nights | Passport / ID   | Mobile
[[PERSON:Hiroko Sato]]      | 512  | [[DATE_TIME:2024-11-02 15:40]]  | 3      | [[ID_NUMBER:TR5518204]]       | [[PHONE_NUMBER:+81 80-3312-9047]]
[[PERSON:Mateus Oliveira]]  | 514  | [[DATE_TIME:2024-11-02 18:05]]  | 2      | [[ID_NUMBER:FX882041]]        | [[PHONE_NUMBER:+55 11 98441-2630]]
[[PERSON:Gelila Worku]]     | 601  | [[DATE_TIME:2024-11-03 01:12]]  | 5      | [[ID_NUMBER:EP7730915]]       | [[PHONE_NUMBER:+251 913 22 40 86]]""",
    """ID,Name,Age,Sex,Nationality,Arrival,Camp section
[[ID_NUMBER:ETH-0094412]],[[PERSON:Filmon Haile]],[[AGE:17]],M,[[NRP:Eritrean]],[[DATE_TIME:12/01/2023]],Zone B
[[ID_NUMBER:ETH-0094413]],[[PERSON:Segen Haile]],[[AGE:15]],F,[[NRP:Eritrean]],[[DATE_TIME:12/01/2023]],Zone B
[[ID_NUMBER:ETH-0094471]],[[PERSON:Adam Mohammed Nur]],[[AGE:24]],M,[[NRP:Sudanese]],[[DATE_TIME:19/01/2023]],Zone D
[[ID_NUMBER:ETH-0094502]],[[PERSON:Hiwet Gebreselassie]],[[AGE:31]],F,[[NRP:Eritrean]],[[DATE_TIME:02/02/2023]],Zone A""",
    """customer_no: [[ID_NUMBER:KN-558120]]
name: [[PERSON:Ikram Belhadj]]
date_of_birth: [[DATE_TIME:14.06.1988]]
street: [[ADDRESS:Keizersgracht 421-III]]
postcode: [[ZIP_CODE:1016 DV]]
city: [[LOCATION:Amsterdam]]
bsn: [[ID_NUMBER:237188508]]
iban: [[IBAN_CODE:NL42 ABNA 0417 6382 51]]
newsletter: no""",
    """| # | Student | Student ID | Guardian | Guardian phone | Grade |
|:-:|---------|-----------|----------|----------------|-------|
| 1 | [[PERSON:Amani Njoroge]] | [[ID_NUMBER:S-22-0418]] | [[PERSON:Grace Njoroge]] | [[PHONE_NUMBER:0722 415 908]] | B+ |
| 2 | [[PERSON:Kevin Otieno]] | [[ID_NUMBER:S-22-0431]] | [[PERSON:Pamela Achieng]] | [[PHONE_NUMBER:0733 601 224]] | A- |
| 3 | [[PERSON:Zawadi Mwangi]] | [[ID_NUMBER:S-22-0456]] | [[PERSON:Peter Mwangi]] | [[PHONE_NUMBER:0711 902 348]] | B |""",
    """date\tdescription\tamount_sek\tpayer\tswish_number
[[DATE_TIME:2024-02-03]]\tmembership fee feb\t200\t[[PERSON:Yemane Araya]]\t[[PHONE_NUMBER:0704418823]]
[[DATE_TIME:2024-02-04]]\tmembership fee feb\t200\t[[PERSON:Letebrhan Gebru]]\t[[PHONE_NUMBER:0762201947]]
[[DATE_TIME:2024-02-04]]\tburial contribution Asmara\t500\t[[PERSON:Ghidey Zerai]]\t[[PHONE_NUMBER:0735580316]]
[[DATE_TIME:2024-02-06]]\tmembership fee feb+mar\t400\t[[PERSON:Semret Asghedom]]\t[[PHONE_NUMBER:0739904412]]""",
    """{"username": "[[USERNAME:ytekle]]", "full_name": "[[PERSON:Yordanos Tekle]]", "last_login": "[[DATE_TIME:2024-04-02T09:14:33Z]]", "last_ip": "[[IP_ADDRESS:78.72.191.40]]", "mfa": true, "groups": ["staff"]}
{"username": "[[USERNAME:jnyberg]]", "full_name": "[[PERSON:Johan Nyberg]]", "last_login": "[[DATE_TIME:2024-04-01T16:52:08Z]]", "last_ip": "[[IP_ADDRESS:2a02:aa1:1016:7c2f::3]]", "mfa": false, "groups": ["staff", "admins"]}
{"username": "svc-backup", "full_name": null, "last_login": "2024-04-02T02:00:00Z", "last_ip": "[[IP_ADDRESS:10.1.0.8]]", "mfa": false, "groups": ["service"]}""",
    """Policy holder         DOB         SSN          Plan    Premium
[[PERSON:Brenda K. Holloway]]    [[DATE_TIME:06/30/1964]]  [[US_SSN:214-66-0913]]  Silver  $412.00
[[PERSON:Luis A. Ferreira]]      [[DATE_TIME:01/15/1990]]  [[US_SSN:559-02-4471]]  Bronze  $288.50
[[PERSON:Tewodros Mulatu]]       [[DATE_TIME:11/02/1972]]  [[US_SSN:318-80-2265]]  Gold    $604.75""",
    """ሽም,ዕድመ,ተሌፎን,ከተማ,ዕለት ምምጻእ
[[PERSON:ሃብቶም ገብረሂወት]],[[AGE:34]],[[PHONE_NUMBER:+46 73 640 21 58]],[[LOCATION:ኡፕሳላ]],[[DATE_TIME:14/09/2022]]
[[PERSON:ለተሚካኤል ሰሎሞን]],[[AGE:29]],[[PHONE_NUMBER:+46 70 915 33 02]],[[LOCATION:ቦሮስ]],[[DATE_TIME:02/03/2023]]
[[PERSON:ኣኽሊሉ ተወልደ]],[[AGE:51]],[[PHONE_NUMBER:+46 76 204 88 19]],[[LOCATION:ስቶክሆልም]],[[DATE_TIME:21/11/2021]]""",
    """shipment_id,recipient,street,city,postcode,phone,weight_kg
SHP-44120,[[PERSON:Agnieszka Wójcik]],[[ADDRESS:ul. Marszałkowska 84/92 m. 17]],[[LOCATION:Warszawa]],[[ZIP_CODE:00-514]],[[PHONE_NUMBER:+48 601 448 217]],2.4
SHP-44121,[[PERSON:Tomasz Zieliński]],[[ADDRESS:ul. Długa 12]],[[LOCATION:Gdańsk]],[[ZIP_CODE:80-827]],[[PHONE_NUMBER:+48 512 903 664]],0.8
SHP-44122,[[PERSON:Helena Bauer]],[[ADDRESS:Lindenstraße 5]],[[LOCATION:Leipzig]],[[ZIP_CODE:04109]],,5.1""",
    """ሽም: [[PERSON:ብርሃነ ገብረኪዳን]]
ዕለት ትውልዲ: [[DATE_TIME:17 መጋቢት 1962]]
ዕለት ሞት: [[DATE_TIME:9 ጥቅምቲ 2024]]
ቦታ ሞት: [[LOCATION:ኡፕሳላ]]
ቀብሪ: [[LOCATION:ዓዲ ቐይሕ]]፡ [[LOCATION:ኤርትራ]]
ቀረባ ቤተሰብ: [[PERSON:ምሕረት ብርሃነ]] (ጓሉ)፡ [[PHONE_NUMBER:+46 72 550 41 09]]
ቁጽሪ ኣባልነት: [[ID_NUMBER:EMS-0228]]
ዝተኸፍለ ሓገዝ: 20 000 SEK""",
    """| Speaker | Affiliation | Session | Email |
|---|---|---|---|
| [[PERSON:Prof. Amina Diallo]] | Université Cheikh Anta Diop | Keynote | [[EMAIL_ADDRESS:amina.diallo@ucad.edu.sn]] |
| [[PERSON:Dr. Henrik Sjöberg]] | Lund University | Panel 2 | [[EMAIL_ADDRESS:henrik.sjoberg@lu.se]] |
| [[PERSON:Mulugeta Asrat]] | Addis Ababa University | Panel 2 | [[EMAIL_ADDRESS:mulugeta.asrat@aau.edu.et]] |
| [[PERSON:Dr. Naomi Katz]] | Hebrew University | Closing | [[EMAIL_ADDRESS:naomi.katz@mail.huji.ac.il]] |""",
    """txn_time            | cardholder        | card_number          | amount  | merchant
[[DATE_TIME:2024-07-19 13:02]]    | [[PERSON:Anna Bergström]]    | [[CREDIT_CARD:5167 3200 9817 4451]]  | 349.00  | ICA Kvantum
[[DATE_TIME:2024-07-19 13:47]]    | [[PERSON:Ali Hassan Omar]]   | [[CREDIT_CARD:4556 9011 4821 7366]]  | 1290.00 | Elgiganten
[[DATE_TIME:2024-07-19 14:15]]    | [[PERSON:Chen Jing]]         | [[CREDIT_CARD:3530 1129 4460 1885]]  | 89.90   | Pressbyrån""",
    """volunteer:
  name: [[PERSON:Feruza Karimova]]
  age: [[AGE:23]]
  languages: [uz, ru, en]
  phone: "[[PHONE_NUMBER:+1 718 555 0147]]"
  availability: weekends
volunteer:
  name: [[PERSON:Tesfaye Gudeta]]
  age: [[AGE:58]]
  languages: [am, om, en]
  phone: "[[PHONE_NUMBER:+1 347 555 0129]]"
  availability: Tue/Thu evenings""",
    """Tenant\tUnit\tLease start\tRent\tEmergency contact
[[PERSON:Oksana Melnyk]]\t[[ADDRESS:3B]]\t[[DATE_TIME:2023-09-01]]\t$1,650\t[[PERSON:Taras Melnyk]] [[PHONE_NUMBER:(267) 555-0185]]
[[PERSON:DeShawn Carter]]\t[[ADDRESS:4A]]\t[[DATE_TIME:2024-01-15]]\t$1,725\t[[PERSON:Gloria Carter]] [[PHONE_NUMBER:(215) 555-0106]]
[[PERSON:Nguyen Thi Lan]]\t[[ADDRESS:5C]]\t[[DATE_TIME:2024-06-01]]\t$1,590\t-""",
    """{"donor": "[[PERSON:Ruth Tsegaye]]", "email": "[[EMAIL_ADDRESS:ruthtsegaye@gmail.com]]", "amount": 250, "fund": "Building", "date": "[[DATE_TIME:2024-12-24]]"}
{"donor": "[[PERSON:Abraham]] & [[PERSON:Eden Kahsay]]", "email": "[[EMAIL_ADDRESS:kahsayfamily@outlook.com]]", "amount": 1000, "fund": "Timket", "date": "[[DATE_TIME:2025-01-18]]"}
{"donor": "Anonymous", "email": null, "amount": 40, "fund": "General", "date": "2025-01-19"}""",
    """Customer: [[PERSON:Yohannes Mebrahtu]]
Personal identity number: [[ID_NUMBER:670224-1875]]
Address: [[ADDRESS:Bergsgatan 17, lgh 1302]], [[ZIP_CODE:702 10]] [[LOCATION:Örebro]]
Phone (home): [[PHONE_NUMBER:019-55 41 29]]
Mobile: [[PHONE_NUMBER:070-614 88 20]]
Customer number: [[ID_NUMBER:440918-22]]
Subscription: Broadband 250/250""",
    """| Plate | Owner | Permit zone | Valid to | Phone |
|-------|-------|-------------|----------|-------|
| [[ID_NUMBER:RKT 217]] | [[PERSON:Kerstin Dahl]] | Zone K | 2025-06-30 | [[PHONE_NUMBER:070-333 18 42]] |
| [[ID_NUMBER:MLK 48F]] | [[PERSON:Samuel Tekie]] | Zone K | 2025-03-31 | [[PHONE_NUMBER:073-904 27 15]] |
| [[ID_NUMBER:GTR 902]] | [[PERSON:Ines Kovač]] | Zone B | 2024-12-31 | - |""",
    """Rank  Runner                 Age  Club                Time
1     [[PERSON:Abebe Tola]]             [[AGE:28]]   Hammarby IF         2:14:52
2     [[PERSON:Kalkidan Fentie]]        [[AGE:24]]   Spårvägen FK        2:16:07
3     [[PERSON:Oscar Lundgren]]         [[AGE:31]]   Hässelby SK         2:18:40
4     [[PERSON:Yonas Kifle]]            [[AGE:35]]   IFK Växjö           2:19:03""",
    """- {name: "[[PERSON:Olga Petrova]]", room: 12, diet: vegetarian, arrival: "[[DATE_TIME:Fri 14 Jun]]"}
- {name: "[[PERSON:Ahmed El-Sayed]]", room: 14, diet: halal, arrival: "[[DATE_TIME:Sat 15 Jun]]"}
- {name: "[[PERSON:Birtukan Mekonnen]]", room: 14, diet: fasting (no meat, no dairy), arrival: "[[DATE_TIME:Sat 15 Jun]]"}
- {name: "[[PERSON:Liam Doyle]]", room: 15, diet: none, arrival: "[[DATE_TIME:Fri 14 Jun]]"}""",
    """sku,product,qty,unit_price,buyer_email
ETH-YIR-G1-60,Yirgacheffe G1 washed 60kg,12,512.00,[[EMAIL_ADDRESS:anders.roast@gmail.com]]
ETH-SID-G2-60,Sidama G2 natural 60kg,4,468.00,[[EMAIL_ADDRESS:kaffe.maria.sundin@telia.com]]
ETH-LIM-G2-60,Limu G2 washed 60kg,8,455.50,purchasing@northbeans.se
ETH-GUJ-G1-30,Guji G1 natural 30kg,20,279.00,[[EMAIL_ADDRESS:j.okafor.coffee@gmail.com]]""",
    """patient_id\tname\tdob\tappointment\tclinician\troom
[[ID_NUMBER:P-300871]]\t[[PERSON:Ng, Wing Yan]]\t[[DATE_TIME:1983-12-05]]\t[[DATE_TIME:2025-02-11 09:00]]\t[[PERSON:Dr. Patel]]\t3
[[ID_NUMBER:P-300902]]\t[[PERSON:Haile, Mebrahtom]]\t[[DATE_TIME:1969-07-21]]\t[[DATE_TIME:2025-02-11 09:20]]\t[[PERSON:Dr. Patel]]\t3
[[ID_NUMBER:P-301115]]\t[[PERSON:O'Brien, Sinead]]\t[[DATE_TIME:1995-01-30]]\t[[DATE_TIME:2025-02-11 09:40]]\t[[PERSON:Dr. Osei]]\t5""",
    """{"name":"[[PERSON:Tekeste Ghebray]]","a_number":"[[ID_NUMBER:A 207 118 452]]","court":"[[LOCATION:Arlington]]","next_hearing":"[[DATE_TIME:2025-04-08 08:30]]","judge":"[[TITLE:IJ]] [[PERSON:Morrow]]","relief":"asylum, withholding, CAT"}
{"name":"[[PERSON:Hadas Yemane]]","a_number":"[[ID_NUMBER:A 207 118 453]]","court":"[[LOCATION:Arlington]]","next_hearing":"[[DATE_TIME:2025-04-08 08:30]]","judge":"[[TITLE:IJ]] [[PERSON:Morrow]]","relief":"derivative"}
{"name":"[[PERSON:Abdu Mahmoud]]","a_number":"[[ID_NUMBER:A 212 004 781]]","court":"[[LOCATION:Baltimore]]","next_hearing":"[[DATE_TIME:2025-05-20 13:00]]","judge":"[[TITLE:IJ]] [[PERSON:Castellanos]]","relief":"asylum"}""",
    """Name                 NI number       Tax code  Pay date    Net pay
[[PERSON:Olivia Bennett]]       [[ID_NUMBER:JT 44 71 82 B]]  1257L     [[DATE_TIME:28/03/2025]]  £2,184.66
[[PERSON:Kwabena Asante]]       [[ID_NUMBER:NW 10 93 55 D]]  1257L     [[DATE_TIME:28/03/2025]]  £1,902.10
[[PERSON:Yerusalem Haile]]      [[ID_NUMBER:SK 62 08 14 A]]  BR        [[DATE_TIME:28/03/2025]]  £1,240.00""",
    """| Name | Date of birth | Phone | City |
|------|---------------|----------|------------|
| [[PERSON:Daan Visser]] | [[DATE_TIME:03-02-1992]] | [[PHONE_NUMBER:06 4418 2073]] | [[LOCATION:Utrecht]] |
| [[PERSON:Fatima Zahra El Amrani]] | [[DATE_TIME:21-09-1987]] | [[PHONE_NUMBER:06 2391 5508]] | [[LOCATION:Rotterdam]] |
| [[PERSON:Yonas Tewelde]] | [[DATE_TIME:11-11-1999]] | [[PHONE_NUMBER:06 5172 0946]] | [[LOCATION:Den Haag]] |""",
    """account_holder,iban,bic,mandate_date,amount_eur
[[PERSON:Siobhán Kelly]],[[IBAN_CODE:IE67 BOFI 9014 9346 8122 05]],BOFIIE2D,[[DATE_TIME:2024-01-10]],15.00
[[PERSON:Matthias Gruber]],[[IBAN_CODE:AT71 2011 1829 7435 1107]],GIBAATWWXXX,[[DATE_TIME:2024-02-02]],15.00
[[PERSON:Pieter de Boer]],[[IBAN_CODE:NL29 RABO 0319 4577 81]],RABONL2U,[[DATE_TIME:2024-02-19]],25.00
[[PERSON:Mette Kjær]],[[IBAN_CODE:DK60 3000 4060 1397 42]],DABADKKK,[[DATE_TIME:2024-03-05]],15.00""",
    """ሽም,ቁጽሪ ኣባል,ተሌፎን,ወርሓዊ,ዝኸፈለሉ
[[PERSON:Tsegai Woldegiorgis]],[[ID_NUMBER:M-041]],[[PHONE_NUMBER:+972 52-611-3094]],₪50,[[DATE_TIME:05/01/2025]]
[[PERSON:Mebrat Kahsay]],[[ID_NUMBER:M-042]],[[PHONE_NUMBER:+972 54-207-8815]],₪50,[[DATE_TIME:07/01/2025]]
[[PERSON:Yosief Tesfamichael]],[[ID_NUMBER:M-057]],[[PHONE_NUMBER:+972 53-902-4470]],₪100,[[DATE_TIME:03/01/2025]]""",
    """host: db-replica-3
users:
  - login: [[USERNAME:amorales]]
    name: [[PERSON:Ana Morales]]
    source_ip: [[IP_ADDRESS:172.16.40.23]]
  - login: [[USERNAME:kwame.b]]
    name: [[PERSON:Kwame Boateng]]
    source_ip: [[IP_ADDRESS:172.16.40.57]]
  - login: readonly
    name: null
    source_ip: [[IP_ADDRESS:10.8.0.2]]""",
    """ሽም: [[PERSON:ፍረወይኒ ተስፋማርያም]]
ጾታ: ኣንስተይቲ
ዕለት ትውልዲ: [[DATE_TIME:22 ሕዳር 1985]]
ቦታ ትውልዲ: [[LOCATION:ከረን]]
ቁጽሪ ፓስፖርት: [[ID_NUMBER:P00917734]]
ኣድራሻ: [[ADDRESS:Rue de la Servette 67]], [[ZIP_CODE:1202]] [[LOCATION:ጀኔቫ]]
ተሌፎን: [[PHONE_NUMBER:+41 78 604 21 37]]
ሃይማኖት: [[NRP:ካቶሊክ]]""",
    """Name | Phone | Neighbourhood | Shift
[[PERSON:Abdulahi Farah]] | [[PHONE_NUMBER:+1 612-555-0138]] | [[LOCATION:Cedar-Riverside]] | Sat AM
[[PERSON:Hodan Warsame]] | [[PHONE_NUMBER:+1 612-555-0175]] | [[LOCATION:Phillips]] | Sat PM
[[PERSON:Mark Lindahl]] | [[PHONE_NUMBER:+1 651-555-0102]] | [[LOCATION:Frogtown]] | Sun AM""",
    """order_ref   customer                 delivery_address                                  postcode  slot
ORD-88213   [[PERSON:Priya Shah]]               [[ADDRESS:Flat 9, Maple Court, 3 Hanover Street]]         [[ZIP_CODE:M1 1FN]]    18-20
ORD-88214   [[PERSON:Tomás Ó Briain]]           [[ADDRESS:27 Ladysmith Road]]                             [[ZIP_CODE:BT6 9HP]]   08-10
ORD-88219   [[PERSON:Keren Ashkenazi]]          [[ADDRESS:110 Brondesbury Park]]                          [[ZIP_CODE:NW2 5JR]]   12-14""",
    """{"name": "[[PERSON:Ayana Tesfaye]]", "grade": 7, "dob": "[[DATE_TIME:2012-04-18]]", "allergies": ["peanut"], "pickup": ["[[PERSON:Tesfaye Lemma]]", "[[PERSON:Zenebech Asfaw]]"]}
{"name": "[[PERSON:Liam Novak]]", "grade": 7, "dob": "[[DATE_TIME:2012-09-02]]", "allergies": [], "pickup": ["[[PERSON:Petra Novak]]"]}
{"name": "[[PERSON:Sofia Haddad]]", "grade": 6, "dob": "[[DATE_TIME:2013-01-27]]", "allergies": ["egg", "sesame"], "pickup": ["[[PERSON:Nadia Haddad]]", "[[PERSON:Karim Haddad]]"]}""",
    """interpreter\tlanguages\tmobile\temail\tcleared_on
[[PERSON:Aida Mehari]]\tTigrinya, Amharic\t[[PHONE_NUMBER:076-118 40 92]]\t[[EMAIL_ADDRESS:aida.mehari@tolkformedling.se]]\t[[DATE_TIME:2022-05-16]]
[[PERSON:Osman Idris Saleh]]\tTigre, Arabic\t[[PHONE_NUMBER:073-520 66 14]]\t[[EMAIL_ADDRESS:osman.saleh@gmail.com]]\t[[DATE_TIME:2021-11-30]]
[[PERSON:Luwam Asmelash]]\tTigrinya\t[[PHONE_NUMBER:070-947 21 05]]\t-\t[[DATE_TIME:2023-09-04]]""",
    """| Claim | Claimant | Incident date | Adjuster | Claimant phone |
|-------|----------|---------------|----------|----------------|
| CL-24-01183 | [[PERSON:Renee Dubois]] | [[DATE_TIME:2024-02-09]] | [[PERSON:J. Park]] | [[PHONE_NUMBER:504-555-0191]] |
| CL-24-01190 | [[PERSON:Marcus Bell]] | [[DATE_TIME:2024-02-11]] | [[PERSON:J. Park]] | [[PHONE_NUMBER:504-555-0116]] |
| CL-24-01204 | [[PERSON:Thi Hoa Tran]] | [[DATE_TIME:2024-02-12]] | [[PERSON:A. Romero]] | [[PHONE_NUMBER:985-555-0143]] |""",
    """Name: [[PERSON:Mohammed Al-Harbi]]
Iqama no.: [[ID_NUMBER:2417730955]]
Employer: Al-Nakheel Contracting
IBAN: [[IBAN_CODE:SA34 1000 0000 1586 2734 9051]]
Mobile: [[PHONE_NUMBER:+966 55 418 2290]]
Contract start: [[DATE_TIME:1 Muharram 1445]]
Nationality: [[NRP:Yemeni]]""",
    """last,first,dob,sin,province,phone
[[PERSON:Tremblay]],[[PERSON:Marie-Ève]],[[DATE_TIME:1979-05-11]],[[ID_NUMBER:528 917 039]],[[LOCATION:QC]],[[PHONE_NUMBER:418-555-0133]]
[[PERSON:Singh]],[[PERSON:Harpreet]],[[DATE_TIME:1991-08-23]],,[[LOCATION:BC]],[[PHONE_NUMBER:604-555-0172]]
[[PERSON:Abdi]],[[PERSON:Hamza]],[[DATE_TIME:2000-02-02]],,[[LOCATION:AB]],[[PHONE_NUMBER:780-555-0115]]""",
    """family:
  head: [[PERSON:Gebrehiwet Tesfamariam]]
  personal_number: "[[ID_NUMBER:780315-4512]]"
  address: [[ADDRESS:Skolgatan 44 A]], [[ZIP_CODE:903 27]] [[LOCATION:Umeå]]
  members:
    - [[PERSON:Elsa Gebrehiwet]] ([[AGE:16]])
    - [[PERSON:Henok Gebrehiwet]] ([[AGE:12]])
    - [[PERSON:Senait Gebrehiwet]] ([[AGE:8]])
  idir_since: [[DATE_TIME:2014-10-05]]""",
    """Vendor: Sidama Coffee Farmers' Union
| Farmer | Kebele | Plot (ha) | Cherry kg | Phone |
|---|---|---|---|---|
| [[PERSON:Abebech Dukamo]] | [[LOCATION:Bensa Daye]] | 0.8 | 1,420 | [[PHONE_NUMBER:0916 33 02 71]] |
| [[PERSON:Tekle Shanko]] | [[LOCATION:Bombe]] | 1.5 | 2,980 | [[PHONE_NUMBER:0926 48 17 05]] |
| [[PERSON:Genet Hirbaye]] | [[LOCATION:Shantawene]] | 0.5 | 860 | - |""",
    """ts,user,action,src_ip,user_agent
[[DATE_TIME:2024-10-14T06:31:02Z]],[[USERNAME:n.alemu]],login,[[IP_ADDRESS:102.218.50.14]],Mozilla/5.0 (Linux; Android 12) Mobile
[[DATE_TIME:2024-10-14T06:33:47Z]],[[USERNAME:n.alemu]],download_report,[[IP_ADDRESS:102.218.50.14]],Mozilla/5.0 (Linux; Android 12) Mobile
[[DATE_TIME:2024-10-14T07:05:19Z]],[[USERNAME:r.tesfaye]],login_failed,[[IP_ADDRESS:196.188.120.77]],curl/8.4.0""",
    """Wedding RSVP
Guest                      Party  Meal      Phone
[[PERSON:Yohannes]] & [[PERSON:Ruta Kidane]]     2      beef      [[PHONE_NUMBER:301-555-0164]]
[[PERSON:Abeba Gebre]]              1      fish      [[PHONE_NUMBER:240-555-0152]]
[[PERSON:Tim]] and [[PERSON:Sarah O'Neill]]     2      veg       [[PHONE_NUMBER:703-555-0128]]""",

    """Appointment list - Tigrinya clinic, [[DATE_TIME:Thu 6 Feb 2025]]
time   patient                 pnr              reason
08:30  [[PERSON:Kiros Hailemariam]]       [[ID_NUMBER:19720418-3318]]    BP follow-up
09:00  [[PERSON:Mana Tesfagaber]]         [[ID_NUMBER:19990301-5825]]    prenatal
09:30  [[PERSON:Sultan Abubeker]]         -                unregistered, interpreter""",
    """Customer,Email,Card,Exp,Country
[[PERSON:Yuki Nakamura]],[[EMAIL_ADDRESS:yuki.nakamura@docomo.ne.jp]],[[CREDIT_CARD:3530-1129-4460-1885]],09/26,[[LOCATION:Japan]]
[[PERSON:Carlos Mendoza]],[[EMAIL_ADDRESS:cmendoza@gmail.com]],[[CREDIT_CARD:2223-0081-5477-2164]],01/27,[[LOCATION:Mexico]]
[[PERSON:Fatou Ndiaye]],[[EMAIL_ADDRESS:fatou.ndiaye@orange.sn]],[[CREDIT_CARD:6011-5572-0093-3185]],12/25,[[LOCATION:Senegal]]""",
    """# rota.yaml - Sunday school teachers
- teacher: [[TITLE:Deacon]] [[PERSON:Mikias]]
  class: ages 5-7
  phone: [[PHONE_NUMBER:0722 104 883]]
- teacher: [[PERSON:Mahlet Girma]]
  class: ages 8-11
  phone: [[PHONE_NUMBER:0741 559 207]]
- teacher: [[PERSON:Yared Solomon]]
  class: youth
  email: [[EMAIL_ADDRESS:yared.solomon@gmail.com]]""",
    """name\temail\tgithub\trole\tcountry
[[PERSON:Nadia Rahman]]\t[[EMAIL_ADDRESS:nadia.rahman@fastmail.com]]\t[[USERNAME:nadiarahman]]\tmaintainer\t[[LOCATION:Bangladesh]]
[[PERSON:Elias Berhe]]\t[[EMAIL_ADDRESS:elias.berhe@posteo.de]]\t[[USERNAME:eberhe]]\tcontributor\t[[LOCATION:Germany]]
[[PERSON:Ji-woo Park]]\t[[EMAIL_ADDRESS:jiwoo.park@naver.com]]\t[[USERNAME:jwpark-dev]]\tcontributor\t[[LOCATION:South Korea]]""",
    """| Field | Value |
|---|---|
| Applicant | [[PERSON:Rahwa Ghebremeskel]] |
| Date of birth | [[DATE_TIME:7 September 1996]] |
| Place of birth | [[LOCATION:Asmara]] |
| Alien number | [[ID_NUMBER:A-220-915-306]] |
| Address | [[ADDRESS:4410 N 27th St, Apt 112]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85016]] |
| Interview | [[DATE_TIME:2025-01-22 at 8:00]] |
| Religion | [[NRP:Eritrean Orthodox]] |""",
    """{"member_id": "[[ID_NUMBER:GYM-204418]]", "name": "[[PERSON:Connor Walsh]]", "plan": "off-peak", "joined": "[[DATE_TIME:2023-03-01]]", "frozen": false, "phone": "[[PHONE_NUMBER:+353 87 418 2276]]"}
{"member_id": "[[ID_NUMBER:GYM-204431]]", "name": "[[PERSON:Aisling Byrne]]", "plan": "anytime", "joined": "[[DATE_TIME:2023-03-04]]", "frozen": true, "phone": "[[PHONE_NUMBER:+353 86 220 9154]]"}
{"member_id": "[[ID_NUMBER:GYM-204502]]", "name": "[[PERSON:Babajide Oyelaran]]", "plan": "anytime", "joined": "[[DATE_TIME:2023-03-09]]", "frozen": false, "phone": "[[PHONE_NUMBER:+353 89 601 3370]]"}""",
    """Surname     Given names         Sex  DOB          Passport     Nationality
[[PERSON:ASFAHA]]      [[PERSON:SELAM TESFAI]]        F    [[DATE_TIME:12 MAR 1990]]  [[ID_NUMBER:P02173348]]    [[NRP:ERITREAN]]
[[PERSON:MEKONNEN]]    [[PERSON:DAWIT ALEMU]]         M    [[DATE_TIME:04 JUL 1985]]  [[ID_NUMBER:EP4418207]]    [[NRP:ETHIOPIAN]]
[[PERSON:COHEN]]       [[PERSON:AVIGAIL]]             F    [[DATE_TIME:30 JAN 1993]]  [[ID_NUMBER:34108822]]     [[NRP:ISRAELI]]""",
    """Reading list - borrowed books
Title,ISBN,Borrower,Card no.,Due
Beyond the Horizon,978-0-9992451-0-1,[[PERSON:Hanna Lind]],[[ID_NUMBER:LIB-0044128]],2025-03-02
Sweetness in the Belly,978-1-85109-493-6,[[PERSON:Meklit Abera]],[[ID_NUMBER:LIB-0044371]],2025-03-05
En man som heter Ove,978-91-7343-528-4,[[PERSON:Gustav Ek]],[[ID_NUMBER:LIB-0045106]],2025-03-09""",
    """kebele_id: [[ID_NUMBER:AA/B14/0921]]
full_name: [[PERSON:Tigist Alemayehu Bekele]]
sub_city: [[LOCATION:Bole]]
woreda: [[LOCATION:Woreda 14]]
house_no: [[ADDRESS:521]]
date_of_birth: [[DATE_TIME:Tikimt 12, 1990 E.C.]]
phone: "[[PHONE_NUMBER:+251 911 82 04 39]]"
emergency_contact: [[PERSON:Alemayehu Bekele]]""",
    """ኣስማት ኣባላት ኮሚቴ ቤተ ክርስቲያን
ሽም | ሓላፍነት | ተሌፎን
[[PERSON:ተስፋይ ገብረሚካኤል]] | ኣቦ መንበር | [[PHONE_NUMBER:+1 206 555 0180]]
[[PERSON:ሰላማዊት ሃይለ]] | ተሓዚት ገንዘብ | [[PHONE_NUMBER:+1 425 555 0121]]
[[PERSON:ዳኒኤል ክፍለ]] | ጸሓፊ | [[PHONE_NUMBER:+1 253 555 0177]]""",
    """employee_id,full_name,teudat_zehut,bank_iban,start
[[ID_NUMBER:7781]],[[PERSON:Yossi Peretz]],[[ID_NUMBER:043812973]],[[IBAN_CODE:IL52 0317 7200 0000 0516 873]],[[DATE_TIME:2019-05-01]]
[[ID_NUMBER:7794]],[[PERSON:Mazal Dessie]],[[ID_NUMBER:312660483]],,[[DATE_TIME:2020-08-16]]
[[ID_NUMBER:7802]],[[PERSON:Ahmad Khatib]],[[ID_NUMBER:219633781]],,[[DATE_TIME:2021-02-01]]""",
    """Name:        [[PERSON:Sipho Mahlangu]]
ID number:   [[ID_NUMBER:8503145802083]]
Address:     [[ADDRESS:43 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]
Cell:        [[PHONE_NUMBER:072 418 3306]]
Employer:    City Power
Account:     [[ID_NUMBER:62 4418 0937 1]] (FNB, branch 250655)
Next of kin: [[PERSON:Thandeka Mahlangu]] (wife)""",
    """DMV RECORD
Name ......... [[PERSON:HAILE, SAMUEL T]]
DL number .... [[US_DRIVER_LICENSE:D4418207]]
Class ........ C
DOB .......... [[DATE_TIME:08/21/1987]]
Address ...... [[ADDRESS:2219 Cedar Ave S, Apt 3]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55404]]
Restrictions . corrective lenses
Status ....... VALID""",
    """rx_no,patient,dob,drug,prescriber,phone
RX7741082,[[PERSON:Gladys Mwangi]],[[DATE_TIME:1948-12-01]],amlodipine 5 mg,[[PERSON:Dr. S. Banerjee]],[[PHONE_NUMBER:(972) 555-0110]]
RX7741095,[[PERSON:Eyerusalem Tadesse]],[[DATE_TIME:1990-07-14]],ferrous sulfate 325 mg,[[PERSON:Dr. L. Moreno]],[[PHONE_NUMBER:(469) 555-0187]]
RX7741103,[[PERSON:Rick Jansen]],[[DATE_TIME:1973-03-29]],metformin 500 mg,[[PERSON:Dr. S. Banerjee]],""",
    """| Resident | Block | Flat | Mobile | Moved in |
|---|---|---|---|---|
| [[PERSON:Shira Goldberg]] | [[ADDRESS:Rehov Ha'Atzmaut 18]] | [[ADDRESS:6]] | [[PHONE_NUMBER:050-412-7788]] | [[DATE_TIME:03/2021]] |
| [[PERSON:Tesfaye Admasu]] | [[ADDRESS:Rehov Ha'Atzmaut 18]] | [[ADDRESS:9]] | [[PHONE_NUMBER:052-308-4416]] | [[DATE_TIME:11/2019]] |
| [[PERSON:Lior Ben-Ami]] | [[ADDRESS:Rehov Ha'Atzmaut 20]] | [[ADDRESS:2]] | [[PHONE_NUMBER:054-770-1932]] | [[DATE_TIME:07/2023]] |""",
]

CHAT = [
    """[10:02] Agent [[PERSON:Maria]] (Refugee Advice Line): Hi, you're chatting with [[PERSON:Maria]]. How can I help?
[10:03] [[PERSON:Yemane Ghebrehiwet]]: hello. my interview letter says [[DATE_TIME:14 november 9:00]] but I have work that day
[10:03] [[PERSON:Yemane Ghebrehiwet]]: dossier [[ID_NUMBER:23-551907]]
[10:05] Agent [[PERSON:Maria]]: Thanks. I can't move it myself, but you can ask your counsel. Who is your public counsel?
[10:06] [[PERSON:Yemane Ghebrehiwet]]: [[PERSON:Lars Engström]], his number [[PHONE_NUMBER:08-555 204 17]]
[10:07] Agent [[PERSON:Maria]]: Please call him today and tell him your employer's name. You can also email me a copy of the letter at advice@refugeeline.se.
[10:07] [[PERSON:Yemane Ghebrehiwet]]: ok thank you. my mail is [[EMAIL_ADDRESS:yemane.gh@hotmail.com]] if he need""",
    """Mahber Stockholm 🕊️
[[PERSON:Ghirmay]]: Selam kulkhum. Abo [[PERSON:Tedros Haile]] ab [[DATE_TIME:Sunday 3/11]] ab [[LOCATION:Asmara]] arifu. Nfsu yimhar.
[[PERSON:Rahel T]]: Amen. Hazen ab geza wedu [[PERSON:Natnael]] iyu, [[ADDRESS:Vårbergsvägen 51]], [[LOCATION:Vårberg]].
[[PERSON:Ghirmay]]: kflit 200 kr ab Swish nay [[PERSON:Almaz]] [[PHONE_NUMBER:073 611 48 20]] leiku
[[PERSON:Samuel K]]: ane 500 leikeye. [[PERSON:Natnael]] number wede? 
[[PERSON:Rahel T]]: [[PHONE_NUMBER:070 288 19 64]]""",
    """#export-ops
[[PERSON:Hanna Girma]] 9:14 AM: @[[USERNAME:biruk.d]] the buyer in [[LOCATION:Oslo]] still hasn't received the pre-shipment samples
[[PERSON:Biruk Deressa]] 9:16 AM: sent via DHL last week, waybill 4418 2271 06. who is the contact there?
[[PERSON:Hanna Girma]] 9:17 AM: [[PERSON:Ingvild Haugen]], [[PHONE_NUMBER:+47 934 18 220]], [[EMAIL_ADDRESS:ingvild.haugen@gmail.com]]
[[PERSON:Biruk Deressa]] 9:20 AM: ok calling her. also [[PERSON:Tamirat]] from Bensa wants his payment to the new CBE account [[ID_NUMBER:1000503318442]]
[[PERSON:Hanna Girma]] 9:21 AM: need his signed letter first, finance won't change it on a chat message""",
    """ማማ: [[PERSON:ሊድያ]]፡ መርዓ ናይ [[PERSON:ሄኖክ]] ኣብ ቤተ ክርስቲያን መድሃኔ ኣለም [[DATE_TIME:ቀዳም 14 ሰነ]] ድዩ?
[[PERSON:ሊድያ]]: እወ ማማ፡ ሰዓት 2 ድሕሪ ቀትሪ።
ማማ: ቁጽሪ ተሌፎን [[PERSON:ፍሬወይኒ]] ሃብኒ
[[PERSON:ሊድያ]]: [[PHONE_NUMBER:+46 76 330 52 18]]
ማማ: የቐንየለይ ጓለይ""",
    """Chat with Coastline Credit Union
You: hi I need to report my card stolen
Agent [[PERSON:Terrence]]: I'm sorry to hear that. Can you confirm your full name and date of birth?
You: [[PERSON:Amanuel Berhe]], [[DATE_TIME:2/9/1991]]
Agent [[PERSON:Terrence]]: Thank you [[PERSON:Amanuel]]. Which card?
You: [[CREDIT_CARD:4175 0009 2358 1418]]
Agent [[PERSON:Terrence]]: Please don't share the full number here next time! I've blocked it. A new card will go to [[ADDRESS:7650 Greenback Ln, Apt 88]], [[LOCATION:Citrus Heights]], [[LOCATION:CA]] [[ZIP_CODE:95610]]. Correct?
You: yes""",
    """Eritrean Community Tel Aviv (Telegram)
[[PERSON:Awet]]: Guys, the visa office in [[LOCATION:Bnei Brak]] is closed tomorrow
[[PERSON:Semere Tekle]]: which day do they open? my visa ends [[DATE_TIME:Thursday 22/2]]
[[PERSON:Awet]]: Sunday. go early, 5am line
[[PERSON:Hiwet]]: [[PERSON:Semere]] call lawyer [[PERSON:Noa]] from the clinic [[PHONE_NUMBER:054-606-1187]], she helped my husband [[PERSON:Filmon]]
[[PERSON:Semere Tekle]]: yekenyeley hawatey""",
    """Support chat - SkyWays Airlines
[[PERSON:Grace Okafor]]: Hi, my name on the booking is misspelled as [[PERSON:Grace Okafur]]
Agent [[PERSON:Priya]]: Hi [[PERSON:Grace]]! Could I have the booking reference and your passport number?
[[PERSON:Grace Okafor]]: ref QX7T2M, passport [[ID_NUMBER:533018274]]
Agent [[PERSON:Priya]]: Thanks. And your date of birth as on the passport?
[[PERSON:Grace Okafor]]: [[DATE_TIME:19 April 1986]]
Agent [[PERSON:Priya]]: Done - you'll get a new e-ticket at [[EMAIL_ADDRESS:grace.okafor@btinternet.com]].""",
    """[[PERSON:Meron]]: hawey interview kemey neyru?
[[PERSON:Kidane]]: tsbuq iyu neyru. ab [[DATE_TIME:28 March]] ms lawyer [[PERSON:Sofia Lindberg]] kratekebena iyu
[[PERSON:Meron]]: ah ok. LMA kartka tsnihu'do?
[[PERSON:Kidane]]: eweh, kutsri LMA [[ID_NUMBER:2315 4478 09]]
[[PERSON:Meron]]: hrui. nay [[PERSON:Senait]] number [[PHONE_NUMBER:+46 70 512 88 34]] iyu, ntsa dewwl""",
]

LOOKALIKE = [
    """Loading instructions, crop 2024/25. Lots 010/2041/0188 to 010/2041/0192 (ICO marks) leave the ECX warehouse DL-04 in Dilla on the morning truck. Containers MSKU 771942-3 and TGHU 508817-0, seals 004418207 and 004418211, booking DJI2409-3311, B/L MEDUDJ418822. Grade certificate GC-24-17730, moisture 10.8%, screen 14+. The forwarder's office is on Haile Gebrselassie Avenue, near the Menelik II statue; call the front desk on +251 11 661 2200 or write to ops@selamforwarding.et. The lab results portal is at version 3.2.10.4 and the scale firmware at 1.0.4.18. No changes to the Djibouti cut-off.""",
    """Release 2.14.0.3 (build 88f1c2e, sha256 3b7e4f0a9c1d2e8f5a6b7c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f)
- Fixed crash when parsing ISO dates like 2024-02-30 in import files
- The server now binds to all interfaces by default; the test fixture uses localhost:8080
- Request IDs are UUIDs (e.g. 7c9e6679-7425-40de-944b-e07fc1f90ae7)
- Thanks to [[PERSON:Mehret Yohannes]] ([[EMAIL_ADDRESS:mehret.yohannes@posteo.net]]) for the patch to the Tigrinya locale files
Known issue: CVE-2024-31497 mitigation pending in 2.14.1.""",
    """Parish bulletin - Kidist Selassie Church
This Sunday we celebrate the feast of Abune Tekle Haimanot and read from the Book of Enoch. Choir practice follows in the Abune Aregawi hall. The St. George youth group meets in Room 2. Tickets for the Timket bus (route 4471) are sold at the kiosk, and donations can be made to bankgiro 5381-2207 or Swish 123 441 87 09. For baptisms contact the church office, 08-556 120 00. Our treasurer [[PERSON:Saba Kidane]] asks members to renew by the end of the month; she is reachable at [[PHONE_NUMBER:076-402 18 55]].""",
    """Thank you for your order!
Order no. 114-7730125-4418820 | Invoice INV-2025-004418 | Tracking 1Z999AA10123456784
Items: "Sweetness in the Belly" (ISBN 978-1-85109-493-6) x1, SKU CER-ETH-JEB-03 jebena clay pot x1, gift card GC-7741-2209-3318 (balance $25.00)
Ship to: [[PERSON:Liya Haile]]
Questions? Call 1-888-555-0142 or email orders@habeshamarket.com, Mon-Fri. Your reference for returns is RMA-20250211-07.""",
    """Checklist before your asylum interview
Bring Form I-589 (edition 01/20/25), your I-797C notice (receipt numbers look like ZAR2490123456) and two passport photos. The Arlington office is near the Metro on the Orange Line; parking on George Mason Drive is limited. Interpreters must bring a government ID. Case status: call 800-375-5283 or check online with your receipt number. Our volunteer [[PERSON:Filmon]] will meet first-time clients at the door at 7:30.""",
    """Asset register - Radiology, floor 3
CT scanner SN 44817-CT-0925, asset tag HX-004418, MAC 00:0C:29:4F:8E:1A, firmware 7.1.0.22
Ultrasound unit SN US20-118734, asset tag HX-004427
Protocol binders: Parkinson's screening, Alzheimer's MRI, Apgar reference card, Glasgow coma scale poster
Calibration due 2025-06-30 (vendor hotline +46 8 555 120 00). Responsible physicist: [[PERSON:Dr. Karin Nilsson]].""",
    """Invoice details for Adulis Trading AB (org.nr 556812-4471, VAT SE556812447101), bankgiro 881-4410, plusgiro 44 18 20-7. Israeli partner: Kesem Import Ltd., company no. 51-441820-7. Payment terms 30 days net; reference OCR 44182073315. Goods: 40 boxes of berbere (lot B-2209), 12 mitmita jars. Warehouse: Industrigatan (gate 4). Signed for the company by the managing director; questions about this delivery to [[PERSON:Yosief Tekeste]], [[PHONE_NUMBER:070-918 44 21]].""",
]


STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind124", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind118.jsonl: a *blind*, hand-written labeled PII set (number 118).

    .venv/bin/python tests/data/make_blind118.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of tests/data/make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines) and its tail from
`STYLES = {` to the end (the scaffolding copied below), tests/data/gold_sets.py
(whole), and lines 1-64 of tests/data/make_handwritten.py (conventions, the
MARK and TITLE_IN_NAME regexes and `parse()`). Not read: minimize/,
recognizers/, any other test, bench/, the README, any *.jsonl (this script's
own output included), any other make_*.py or the record lists of make_blind22.py,
and no git history, log or status. The detector, the bench and the tests were
never run. Do not tune the detector against this set: once it has been used
to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Check digits were worked out with
throwaway hand-run code while writing (nothing here generates values):
cards pass Luhn, IBANs pass mod-97 with their country's length (GB, DE, NL,
AT, IE, NO, PL, TR, KZ, GE, AE, SA, and AZ at 28 characters);
`gold_sets.check` re-checks cards and IBANs. National ids with a public
check digit got a valid one: NHS number, Canadian SIN, Aadhaar (Verhoeff),
BSN, South African ID (agreeing with sex and birth date), TFN, Irish PPSN,
Singapore NRIC, Turkish T.C. Kimlik No, Kazakh IIN (agreeing with birth
date and sex), Uzbek PINFL / JShShIR (weights 7-3-1, first digit and
DDMMYY agreeing with sex and birth date), Australian Medicare, NZ IRD and
NHI, Brazilian CPF, Emirates ID (Luhn); the ISBN-13 look-alikes and the RF
creditor reference carry valid check digits too. Not checked (no public
check digit, or none used): UK NI numbers, US SSNs, passports, licences,
plates, Azerbaijani FIN codes and ID card numbers, Turkmen passports, Kenyan
ids and KRA PINs, Nigerian BVN and NIN, Ghana Card, Philippine SSS, PAN,
UAN, RAMQ, Alberta health numbers, bank account numbers and staff,
student, member, patient, badge and certificate numbers.

Styles (ids `blind118-<style>-NNN`; 240 records):
- `bench` (88): records in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd mixed sentences dense with names, job titles, streets with building
  numbers, secondary addresses, IPs, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts, medical
  and loan forms, notices, wills, summonses, certificates) and Nemotron-PII
  (JSON, log lines, SQL, XML, YAML / .env config, code, HL7, tickets,
  e-mail headers, forms).
- `gen` (80): one to four LLM-style sentences with personal data woven into
  prose (banking, health, pharmacy, legal, schools, HR, retail, travel,
  telecoms, government, lettings, social media, gaming, deliveries, gyms,
  vets ...), names at the start, middle and end, lowercase and possessive.
- `table` (57): one small labeled table per record rendered as text (CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines and arrays, YAML, key:
  value blocks), varied column names and non-PII columns; header rows are
  unlabeled.
- `chat` (8): support chats, messaging threads, team chat and a radio log,
  with the speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice references, SKUs, ISBNs, IP-shaped versions, hashes,
  UUIDs, serials, MACs, company phones and role mailboxes, sort code /
  SWIFT / routing numbers, eponyms, streets named after people with no
  number), the few real PII values labeled; one has no PII at all.
About a third of the `gen` and `bench` records (somewhat more) come from
oil and gas, pipelines, rotation / FIFO shift work and camp medics; the
rest spread widely.

Languages: about nine records in ten in English (UK, US, Canada, Ireland,
Australia, New Zealand, South Africa, Nigeria, Ghana, Kenya, India,
Singapore, the Philippines, Kazakhstan, the Caspian and Gulf contexts, with
names from the many cultures living there); the rest (27 records spread
over every style) in Azerbaijani, Uzbek and Turkmen, in Latin script and in
Cyrillic (Uzbek Cyrillic, one Turkmen Cyrillic and one Azerbaijani Cyrillic
record).

Labeling conventions: the same as make_blind22.py (and the sets before it);
in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  patronymics; a possessive "'s" (or a case suffix glued to the name) is
  outside. TITLE: honorifics and ranks attached to a name (Mr, Dr, Nurse,
  Rev., Chief, Pastor, Councillor, Eng.), labeled apart; job titles are not
  TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  county, region, state / province (also abbreviated) and country are
  LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, shift, crew change,
  flight, move, start of a job, hearing, visit, signature, letter ...) with
  a day or a month; a weekday or a clock time said with the date is inside
  the span; not bare years, weekdays or times alone, durations, or dates
  not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer, member and badge numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BIC / SWIFT, routing numbers, CVVs and expiries,
  order / ticket / claim / policy / booking / tracking references, company
  phone numbers and role mailboxes, versions, hashes, serials, VINs, partial
  numbers ("ending 5521"), pets, eponyms and brands, header rows.
- Calls made while writing this set: names of oil and gas fields,
  platforms, rigs, camps, lodges, terminals and pipelines are not LOCATION,
  but a town or city named before a facility ("the Aberdeen heliport", "the
  Türkmenbaşy refinery camp", a merchant "Engen Secunda") is; a "country",
  "state" or "province" column or field is LOCATION even as a code, and
  "nationality" is NRP; a worker's personal training certificate number
  (BOSIET, H2S, GWO), TWIC card, Vantage / POB number and site badge are
  ID_NUMBER like a licence or staff number; a street or building number or
  secondary address in its own field is ADDRESS; every real IP address is
  IP_ADDRESS (servers and consoles too), while IP-shaped versions are not;
  the timestamp heading a log line or a chat message is unlabeled, but a
  login time given as a field of a login record, in a login audit table or
  in prose is DATE_TIME; an internal numeric row / user id in a JSON event
  is a record id, unlabeled, while customer_id and emp_no values are
  ID_NUMBER; pay-period and statement dates are not a person's dates; an
  e-mail "Date:" header is the writer's date (like a letter's) and is
  DATE_TIME.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind118.jsonl")

GEN = [
    """Hi, this is [[PERSON:Rustam Nazarov]], a roustabout on the 14/14 rotation out of [[LOCATION:Aktau]]. My crew change got moved to [[DATE_TIME:Thursday 9 October]] and nobody told the camp office, so please update my bed booking and text me on [[PHONE_NUMBER:+7 701 448 2093]].""",
    """The camp medic, [[PERSON:Siobhan Keane]], logged that [[PERSON:tomasz wrobel]] (age [[AGE:37]]) walked into the clinic at 02:40 with a crushed finger from the pipe rack. She strapped it, gave him paracetamol and cleared him to fly out on the next chopper.""",
    """[[PERSON:Okonkwo]]'s pre-mobilisation medical at the [[LOCATION:Port Harcourt]] clinic is booked for [[DATE_TIME:14/11/2024 at 09:15]]. Please bring your OGSP certificate and your staff ID, [[ID_NUMBER:SPDC-44817]], or the nurse will not see you.""",
    """My daughter [[PERSON:Aaliyah]] opened her first checking account at the branch on [[ADDRESS:2210 Mission Street]] last week. The account number printed on the welcome letter is [[ID_NUMBER:004417829361]], but the debit card ending 5521 still hasn't arrived.""",
    """Landowner [[PERSON:Harold J. Pruitt]] of [[ADDRESS:4417 County Road 1150]], [[LOCATION:Midland]], [[LOCATION:TX]] [[ZIP_CODE:79706]] signed the pipeline right-of-way easement on [[DATE_TIME:March 3, 2023]]. His number is [[PHONE_NUMBER:432-555-0187]] and he asks that crews call after 6 pm, never before.""",
    """[[PERSON:Mrs. Gwen Pritchard]], [[AGE:81]], went home from Glan Clwyd on [[DATE_TIME:2 Feb]] with NHS number [[ID_NUMBER:485 777 3457]] printed on the discharge letter. Her son [[PERSON:Dafydd]] collects her prescriptions on Fridays.""",
    """Salam, mən [[PERSON:Elvin Quliyev]], [[LOCATION:Qaradağ]] rayonundakı terminalda operator işləyirəm. Növbəm [[DATE_TIME:15 noyabr]] tarixində başlayır; əlaqə nömrəm [[PHONE_NUMBER:+994 55 207 41 86]], FİN kodum [[ID_NUMBER:6JR2K9P]].""",
    """I returned the blender (order 88-2041-77) on Monday, so the refund should go back to the Amex [[CREDIT_CARD:3770 144889 20360]]. The name on the card is [[PERSON:Marisol Ortega-Frye]], not [[PERSON:Marisol Frye]] as on your email.""",
    """Please note that [[PERSON:Kwame]]'s emergency contact has changed to his aunt, [[PERSON:Efua Mensah]], on [[PHONE_NUMBER:020 7946 0381]]. His pupil number stays [[ID_NUMBER:K-20917]].""",
    """FIFO roster for [[PERSON:Brodie McAllister]]: flies [[LOCATION:Perth]] to [[LOCATION:Karratha]] on [[DATE_TIME:Wed 22 May, 05:50]], eight days on and six off, camp room allocated on arrival. His TFN, [[ID_NUMBER:458 932 105]], is already with payroll.""",
    """[[PERSON:rohit s]] here, my Airtel number [[PHONE_NUMBER:98450 31276]] was ported without my consent on [[DATE_TIME:17-08-2024]] and someone used my Aadhaar [[ID_NUMBER:4387 1920 5639]] to get the new SIM. Please block it.""",
    """Camp medic note, Wapasu lodge, room C-214. Patient [[PERSON:Jean-Philippe Ouellet]], DOB [[DATE_TIME:1989-06-30]], AHCIP [[ID_NUMBER:70341-8826]], presented with a heat rash and dehydration after a double shift at the upgrader; fluids given, back on the next day shift.""",
    """The booking is under [[PERSON:Ngozi Adeyemi-Clarke]]. She lands at Heathrow on [[DATE_TIME:the 4th of July at 6.20am]] and asked for a late check-out; her passport, [[ID_NUMBER:A08735521]], is [[NRP:Nigerian]].""",
    """Ҳурматли [[PERSON:Гулнора Саидова]], [[CREDIT_CARD:8600 4912 0077 3156]] рақамли UzCard картангиз [[DATE_TIME:12.09.2024]] куни хавфсизлик сабабли блокланди. Картани қайта очиш учун филиалга паспортингиз билан келинг.""",
    """Pipeline patrol pilot [[PERSON:Dale Whitcomb]] reported a sheen near milepost 212 of the crude line and circled twice before heading back to [[LOCATION:Pierre]]. He can be reached at [[EMAIL_ADDRESS:dwhitcomb.air@outlook.com]] or on his cell, [[PHONE_NUMBER:(605) 555-0142]].""",
    """just found out my ex [[PERSON:kayden]] made a new insta, [[USERNAME:kayden.r_2003]], and posted my address ([[ADDRESS:56 Larkspur Ct]], [[LOCATION:Boise]]) in his story. how do i report that""",
    """The possession claim against [[PERSON:Mr. Anand Pillai]] will be heard at the county court in [[LOCATION:Leicester]] on [[DATE_TIME:Monday 10 February 2025 at 10:00]]; bring the tenancy agreement and every rent receipt you have.""",
    """[[PERSON:Callum Reid]] (BOSIET cert [[ID_NUMBER:OP-2219-884731]]) is down for the Clair Ridge flight from [[LOCATION:Sumburgh]] on [[DATE_TIME:19/03]]; the heli desk will confirm his seat and bag weight the night before.""",
    """Men [[PERSON:Merdan Annaýew]], [[LOCATION:Balkanabat]] şäherinde ýaşaýaryn. [[DATE_TIME:03.03.2024]]-de buraw brigadasyna kömekçi bolup işe başladym; telefonym [[PHONE_NUMBER:+993 65 41 22 87]].""",
    """Bella the spaniel is registered to [[PERSON:Imogen Thwaite]], [[ADDRESS:Flat 3, 18 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1HU]]. Her microchip reads 956000012345678 and her booster is due in spring.""",
    """Claim CLM-77120: the driver, [[PERSON:Teodora Vasquez]], [[AGE:29]], rear-ended a Tacoma on I-35 on [[DATE_TIME:11/02/2024]]. Her Texas licence is [[US_DRIVER_LICENSE:41827765]] and she was not cited.""",
    """Welcome aboard, [[PERSON:Farida]]! Your first day is [[DATE_TIME:1 September]], your employee number is [[ID_NUMBER:E-0093318]] and your network login will be [[USERNAME:fkhalilova]]. Your manager, [[PERSON:Graham Osei]], will meet you in reception.""",
    """[[LOCATION:Deadhorse]] camp clinic: [[PERSON:Ray Attungana]] came in on [[DATE_TIME:Jan 6 at 23:10]] with frostnip on both cheeks after a pad check at minus forty-one. Released to quarters, follow-up with the PA, [[PERSON:Moreno]], in the morning.""",
    """The account [[USERNAME:xX_ShadowMara_Xx]] is linked to [[EMAIL_ADDRESS:mara.lindqvist07@gmail.com]] and last logged in from [[IP_ADDRESS:81.227.14.96]] on [[DATE_TIME:2024-12-28 21:44]], two days after the password change.""",
    """Xəstə [[PERSON:Günay Rzayeva]], [[AGE:34]] yaşında, [[DATE_TIME:21.03.2025]] tarixində kardioloqun qəbuluna yazılıb. Ünvan: [[LOCATION:Sumqayıt]], [[ADDRESS:Sülh küçəsi 17, mənzil 42]]; telefon [[PHONE_NUMBER:050 614 29 73]].""",
    """[[PERSON:Aoife Ní Bhriain]] is viewing the two-bed at [[ADDRESS:14 Shandon Crescent]], [[LOCATION:Phibsborough]], [[LOCATION:Dublin]] [[ZIP_CODE:D07 KX62]] on Saturday. Her PPSN, [[ID_NUMBER:6314287C]], went on the HAP form.""",
    """Control room operator [[PERSON:Sabine Köhler]] acknowledged the pressure alarm on the compressor discharge at 03:12. Her console at [[IP_ADDRESS:10.40.2.17]] was logged in as [[USERNAME:skoehler]] for the whole shift.""",
    """Ndugu [[PERSON:Wanjiru Kamau]] paid KES 4,500 through M-Pesa from [[PHONE_NUMBER:0722 481 906]] on [[DATE_TIME:5/6/2024]] for the land rates; her KRA PIN is [[ID_NUMBER:A004819263K]].""",
    """Crew list change: [[PERSON:Eirik Solberg]] swaps his two-four rotation with [[PERSON:Marius Hagen]], so [[PERSON:Eirik]] goes offshore from [[LOCATION:Florø]] on [[DATE_TIME:the 12th]] and [[PERSON:Marius]] on [[DATE_TIME:the 26th]]. Both cabins stay the same.""",
    """Hurmatli [[PERSON:Jasur Toshmatov]], siz [[LOCATION:Muborak]] gazni qayta ishlash zavodiga smena operatori lavozimiga [[DATE_TIME:01.04.2025]] dan qabul qilindingiz. Tabel raqamingiz: [[ID_NUMBER:MGQZ-07716]], pasport: [[ID_NUMBER:AC 4471920]].""",
    """Seafarer [[PERSON:Rodel Bautista]] of [[LOCATION:Iloilo City]], SSS no. [[ID_NUMBER:34-1857293-6]], joined the FPSO crew on [[DATE_TIME:August 14]] and has a nine-month contract. His wife, [[PERSON:Joy]], is the allottee.""",
    """Pharmacist note: [[PERSON:Mr. Li Wei]] ([[DATE_TIME:03/11/1952]]) picked up warfarin for his wife, [[PERSON:Zhang Min]]. Medicare number [[ID_NUMBER:2950 61836 1]], concession card sighted.""",
    """Ticket 55219: [[PERSON:Hamza Qureshi]] can't reach the VPN from home ([[IP_ADDRESS:2a02:c7f:9a04:1e00:5d1:33b2:8f0a:71c4]]). The laptop's MAC is 3C:22:FB:9A:11:07 and it's on build 22H2; reimaging tomorrow.""",
    """We'd love you to join [[PERSON:Tariq]] and [[PERSON:Samira]] on [[DATE_TIME:Saturday, 7 June 2025 at 3 pm]] at the Old Granary, [[ADDRESS:2 Mill Lane]], [[LOCATION:Ely]]. RSVP to [[PHONE_NUMBER:07831 226 904]].""",
    """[[PERSON:Thandiwe Dlamini]] applied for her smart ID at the Home Affairs office in [[LOCATION:Soweto]] on [[DATE_TIME:12 March]]. The number in her old green ID book is [[ID_NUMBER:9102270153088]].""",
    """The driver couldn't find [[ADDRESS:Unit 4B, 221 Grange Road]], so the parcel for [[PERSON:M. Fitzgerald-Oyelaran]] went back to the depot in [[LOCATION:Thurrock]]. Rebook online with reference QX-5502.""",
    """Community liaison officer [[PERSON:Ebiere Tonye-Harry]] logged a complaint from [[TITLE:Chief]] [[PERSON:Ayibakuro]] of [[LOCATION:Oloibiri]] about crude on his fish ponds after the flowline leak. His number is [[PHONE_NUMBER:0803 447 2915]].""",
    """Membership frozen for [[PERSON:Lucía Fernández]] from [[DATE_TIME:10 Jan]] to [[DATE_TIME:10 Mar]] because of her broken wrist; no fees will be taken in between.""",
    """Student [[PERSON:Thanh Huong Nguyen]] (ID [[ID_NUMBER:s3928714]]) asked for an extension on the thermodynamics assignment. Reply to [[EMAIL_ADDRESS:s3928714@student.rmit.edu.au]], not the course inbox.""",
    """[[PERSON:Aigerim Bekova]], born [[DATE_TIME:04.03.1992]], IIN [[ID_NUMBER:920304401673]], works 28/28 as a lab technician at the Tengiz camp. Her next flight out of [[LOCATION:Atyrau]] is on [[DATE_TIME:17 April]].""",
    """I, [[PERSON:Desmond Achterberg]], did not authorise the transfer of £2,400 from my account [[IBAN_CODE:GB19 MIDL 4005 1582 0366 14]] on [[DATE_TIME:the 3rd of December]], and I want it reversed.""",
    """can someone tell [[PERSON:priya]] the rota swap with [[PERSON:dev]] is fine, she's on nights from [[DATE_TIME:the 14th]] and he takes her earlies""",
    """Welder [[PERSON:Gustavo Reyes Ybarra]] passed his API 1104 qualification on [[DATE_TIME:Feb 20, 2024]] at the [[LOCATION:Odessa]] yard. His TWIC card, [[ID_NUMBER:4418 2207 9135]], expires next year.""",
    """[[PERSON:Gurpreet Sandhu]]'s T4 shows SIN [[ID_NUMBER:527 190 862]] and a home address of [[ADDRESS:88 Brisdale Dr]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L7A 2H4]].""",
    """Bemor [[PERSON:Akmal Rahimov]], [[AGE:36]] yosh, JShShIR [[ID_NUMBER:30511883021176]], qon bosimi baland bo'lgani uchun [[DATE_TIME:7-noyabr]] kuni smenadan chetlashtirildi. Lager shifokori: [[PERSON:Nodira Yusupova]].""",
    """Hormatly [[PERSON:Aýna Orazowa]], siziň [[LOCATION:Mary]] welaýatyndaky kompressor stansiýasyna iş saparyňyz [[DATE_TIME:12.05.2025]] senesine bellenildi. Soragyňyz bar bolsa, [[PHONE_NUMBER:+993 62 58 14 03]] belgä jaň ediň.""",
    """Tracking 1Z 999 AA1 0123 4567 84 shows it delivered to [[ADDRESS:1902 W Alabama St]], [[LOCATION:Houston]], and signed for by [[PERSON:R. Castellanos]].""",
    """Tenant reference for [[PERSON:Chidera Okafor]]: she lived at [[ADDRESS:Flat 12, Beaumont House, 40 Clarendon Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 9PJ]] from [[DATE_TIME:September 2021]] to [[DATE_TIME:August 2023]] and was never late with the rent.""",
    """Offshore medic report: [[PERSON:Tyler Boudreaux]], [[AGE:24]], a floorhand, was medevaced to [[LOCATION:Houma]] on [[DATE_TIME:10/14 at 16:30]] after a fall from the monkey board. Next of kin is his mother, [[PERSON:Renee Boudreaux]], [[PHONE_NUMBER:985-555-0119]].""",
    """[[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S8734512B]]) came by to collect her CPF statement and update her mobile to [[PHONE_NUMBER:9123 4478]].""",
    """Kia ora, [[PERSON:Hemi Te Rangi]] here. Can you update my postal address to [[ADDRESS:27 Kauri Street]], [[LOCATION:Whakatāne]] [[ZIP_CODE:3120]]? The old one on Pyne Street is gone.""",
    """[[PERSON:Sanne de Vries]], BSN [[ID_NUMBER:284619371]], joins the well-abandonment crew in [[LOCATION:Groningen]] from [[DATE_TIME:3 March]], working twelve on, nine off.""",
    """At the community iftar, [[PERSON:Yusuf Demir]], a [[NRP:Muslim]] chaplain originally from [[LOCATION:Konya]], thanked the volunteers from the food bank on Leeds Road.""",
    """Security guard [[PERSON:Ramil Aliyev]] found a hot-tap attempt on the export pipeline near [[LOCATION:Yevlakh]] on the night of [[DATE_TIME:2 October]] and called the control room from his own mobile, [[PHONE_NUMBER:+994 70 381 66 12]].""",
    """For the background check we'll need [[PERSON:Jordan Ellis-Baptiste]]'s SSN ([[US_SSN:512-44-8037]]) and date of birth ([[DATE_TIME:July 9, 1994]]) by end of day.""",
    """My U.S. passport [[US_PASSPORT:548120397]] expires in June and I'm flying to [[LOCATION:Lagos]] on [[DATE_TIME:May 30th]], can I still get the visa on it? Thanks, [[PERSON:Adaeze]]""",
    """Medic log, [[LOCATION:Barrow Island]]: [[PERSON:Kirra Walsh]] treated [[PERSON:Jayden Moss]] (DOB [[DATE_TIME:12.02.1998]]) for a bee sting on the neck; no anaphylaxis, observed for an hour, returned to the LNG train.""",
    """honestly [[PERSON:marcus]]'s mum still has his old number [[PHONE_NUMBER:0412 733 091]] saved as baby boy lol""",
    """[[PERSON:Шерзод Каримов]] вахта усулида [[LOCATION:Бухоро]] вилоятидаги газ конида ишлайди. Навбатдаги вахтаси [[DATE_TIME:15.10.2024]] да бошланади; телефони [[PHONE_NUMBER:+998 93 655 18 42]].""",
    """Hörmətli [[PERSON:Nərmin Abbasova]], əmək haqqınız [[IBAN_CODE:AZ51IBAZ40060019447310028815]] hesabınıza [[DATE_TIME:25 sentyabr]] tarixində köçürüləcək.""",
    """[[TITLE:Councillor]] [[PERSON:Bethan Rhys]], a [[NRP:Plaid Cymru]] member for the ward since 2017, will hold her surgery at the library on [[DATE_TIME:Friday 14 March]].""",
    """The silver Hilux with plate [[ID_NUMBER:1GHT 447]] belongs to [[PERSON:Ashok Menon]] of [[LOCATION:Geelong]]; it was clamped outside the site gate on [[DATE_TIME:Tue 8 Oct]].""",
    """Hi, I'm [[PERSON:Olusegun Adebayo-Coker]], a NEBOSH-certified HSE officer with nine years on rotation at [[LOCATION:Bonny Island]] and [[LOCATION:Escravos]]. You can reach me on [[PHONE_NUMBER:+234 803 118 4472]] or [[EMAIL_ADDRESS:segun.coker@yahoo.co.uk]].""",
    """Landowner [[PERSON:Marianne Teague]] asked that the integrity-dig crews use the gate at [[ADDRESS:RR 2, Box 118]], [[LOCATION:Estevan]], [[LOCATION:SK]] and call her on [[PHONE_NUMBER:306-555-0164]] before driving onto the quarter.""",
    """The clinic at the [[LOCATION:Türkmenbaşy]] refinery camp saw [[PERSON:Begench Hojamuradov]], [[AGE:52]], on [[DATE_TIME:8 August]] with chest pain; he was flown to [[LOCATION:Ashgabat]] the same evening.""",
    """Member [[PERSON:Consuelo Ibarra]], ID [[ID_NUMBER:XKU918427703]], group 004411, was seen at urgent care on [[DATE_TIME:2/19/25]] and the claim was denied as out of network.""",
    """I give permission for my son [[PERSON:Aarav Joshi]], [[AGE:11]], to go on the trip to [[LOCATION:Bath]] on [[DATE_TIME:16 May]]. Signed, [[PERSON:Meera Joshi]], [[PHONE_NUMBER:07402 118 365]].""",
    """[[PERSON:Mateusz Zieliński]] can't get into the benefits portal: his username is [[USERNAME:mzielinski.rot2]] and the reset link keeps going to [[EMAIL_ADDRESS:m.zielinski84@wp.pl]], which he no longer uses.""",
    """Guest [[PERSON:Huang Jiaxin]], passport [[ID_NUMBER:E48271936]], checked in on [[DATE_TIME:2024-10-01 22:15]] to room 1207 and asked for an airport car on [[DATE_TIME:the 4th]].""",
    """[[PERSON:Gülnara Berdiýewa]] [[DATE_TIME:1990-njy ýylyň 14-nji fewralynda]] [[LOCATION:Daşoguz]] şäherinde doglan. Pasport belgisi: [[ID_NUMBER:I-DZ 418275]].""",
    """Please pay the deposit back to [[PERSON:Ingrid Nygaard]], account [[IBAN_CODE:NO88 1503 6620 781]], as she moved out of the flat in [[LOCATION:Stavanger]] on [[DATE_TIME:31 January]].""",
    """The hydrotest report for the Spread 3 section was signed on [[DATE_TIME:21 June 2024]] by [[TITLE:Engr.]] [[PERSON:Kofi Asante-Boateng]]""",
    """[[PERSON:Zainab]] turns [[AGE:30]] on the [[DATE_TIME:twenty-third of November]], so we've booked the back room at Ravi's for the Saturday after.""",
    """Patient [[PERSON:Émilie Tremblay-Roy]], RAMQ [[ID_NUMBER:TREE 8862 1512]], is booked for a colposcopy on [[DATE_TIME:December 3]]; interpreter not needed.""",
    """[[PERSON:Madina Xolmatova]] yangi raqamini yubordi: [[PHONE_NUMBER:+998 97 712 40 55]]. Endi u [[LOCATION:Samarqand]] shahri, [[ADDRESS:Rudakiy ko'chasi 88-uy, 14-xonadon]]da yashaydi.""",
    """Bus manifest for the [[LOCATION:Fort McMurray]] shuttle, [[DATE_TIME:Sunday Feb 2, 04:30]]: [[PERSON:Dwayne Cardinal]] swaps in for [[PERSON:Lee Kwan-soo]] on the fourteen-and-seven rotation.""",
    """[[PERSON:Rivka Goldberg]], who is [[NRP:Orthodox Jewish]], asked the ward scheduler not to put her on Saturday shifts; her supervisor, [[PERSON:Alan Mbeki]], agreed.""",
    """Any questions about the compensation cheque for the road-widening land take, contact the land agent, [[PERSON:Moira Galbraith]], at [[EMAIL_ADDRESS:moira.galbraith@landreps.co.uk]].""",
    """Reminder for [[PERSON:Benedikt Auer]]: your dental cleaning is on [[DATE_TIME:Tuesday 4 March at 8:40]] at [[ADDRESS:Kärntner Straße 21, 2nd floor]], [[LOCATION:Vienna]]. If you need to move it, call the practice at least a day ahead.""",
    """Camp nurse [[PERSON:Marisa Tupou]] confirmed that [[PERSON:dylan o'brien-hale]]'s sick note covers [[DATE_TIME:3–9 March]], so he misses the whole hitch; his replacement flies in from [[LOCATION:Brisbane]] on [[DATE_TIME:the 4th]].""",
]

BENCH = [
    """Dear [[PERSON:Kacey Wunsch]], as Regional Integrity Officer for the [[LOCATION:Odessa]] field office you are asked to review the logins from [[IP_ADDRESS:172.91.204.18]] (MAC 6e:4a:1f:c2:90:3b). Your badge renewal was processed on [[DATE_TIME:05/09/2024]] under staff number [[ID_NUMBER:PBX-118304]].""",
    """[[PERSON:Mr. Emmanuel Kshlerin]], [[AGE:47]], Forward Solutions Engineer, please confirm the delivery address [[ADDRESS:Apt. 816]], [[ADDRESS:59274 Dickinson Corners]], [[LOCATION:North Juniusberg]] [[ZIP_CODE:88031-4471]] for the replacement office chairs before they ship.""",
    """Transaction alert: card [[CREDIT_CARD:4532-0177-4819-2260]] (CVV 482, exp 09/27) was used at a grocery store in [[LOCATION:Kern County]] for $1,204.55. Cardholder: [[PERSON:Yesenia Castro]], [[EMAIL_ADDRESS:ycastro.1986@hotmail.com]]. If this wasn't you, call the number on the back of your card.""",
    """The IBAN [[IBAN_CODE:DE44 5001 0517 5407 3249 31]] with BIC INGDDEFFXXX has been linked to the contractor payroll profile of [[PERSON:Lukas Brandstätter]] ([[USERNAME:lbrandstaetter_88]]); the first day-rate payment follows his mobilisation on [[DATE_TIME:02.06.2025]].""",
    """[[PERSON:Zephyrine]], our Lead Pipeline Coordinator in [[LOCATION:Lake Charles]], requested VPN access from Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/118.0 at [[IP_ADDRESS:2605:a601:ab2f:8c00:1d4e:90b2:6c11:e07a]]. Approve or deny within 24 hours.""",
    """Hi [[PERSON:Hattie]], last month's offshore allowance has been paid into account [[ID_NUMBER:71920384]] (sort code 20-45-77). If you have moved from [[ADDRESS:Flat 2/1, 118 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6NX]], update it on the portal.""",
    """Vehicle [[ID_NUMBER:KX19 OWF]] (VIN WF0XXXGCDX8R51234) is registered to [[PERSON:Dorothea Blankenship]], [[ADDRESS:7 Pinfold Close]], [[LOCATION:Wakefield]], [[LOCATION:West Yorkshire]] [[ZIP_CODE:WF2 0QT]]. Keeper since [[DATE_TIME:14/08/2019]].""",
    """Please process the refund of 340.12 EUR to [[PERSON:Jovan Petrović]]'s Mastercard [[CREDIT_CARD:5423 1889 0021 4579]] (expires 03/26, CVC 117) and send the receipt to [[EMAIL_ADDRESS:jovan.petrovic@gmx.net]].""",
    """Subject: Updated records. Dear [[PERSON:Eleni Papadaki]], born [[DATE_TIME:11th March 1979]], we have changed your address to [[ADDRESS:43 Ermou Street, 3rd floor]], [[LOCATION:Athens]] [[ZIP_CODE:105 63]] and your phone to [[PHONE_NUMBER:+30 694 718 2255]]. Your password Kal1mera!77 was reset.""",
    """[[PERSON:Dr. Obinna Eze]], Chief Medical Officer of the [[LOCATION:Warri]] base camp, [[AGE:58]] years, approved emergency leave for rig electrician [[PERSON:Chukwuemeka Nnaji]] from [[DATE_TIME:12/01/2025]] to [[DATE_TIME:26/01/2025]].""",
    """Account holder [[PERSON:Svetlana Morozova-Kent]], username [[USERNAME:svetmk]], logged in from [[IP_ADDRESS:185.44.219.7]] using Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15. Registered card: [[CREDIT_CARD:2221 0048 1736 5522]].""",
    """Consultant [[PERSON:Pietro]] [[PERSON:Lombardi-Hayes]] of [[ADDRESS:Suite 1400]], [[ADDRESS:909 Fannin St]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77010]] invoiced 38 hours for the gas-gathering study; pay to [[IBAN_CODE:GB27 LOYD 3096 2418 8306 75]].""",
    """Gender: male. Age: [[AGE:41]]. Job: well test operator. Home: [[ADDRESS:19 Bayview Terrace]], [[LOCATION:Lerwick]], [[LOCATION:Shetland]] [[ZIP_CODE:ZE1 0LS]]. Mobile [[PHONE_NUMBER:07700 914 582]]. NI number [[ID_NUMBER:JK 42 87 19 C]]. Next rotation [[DATE_TIME:03/05]].""",
    """Your ride with [[PERSON:Gideon Mwangi]] is confirmed for [[DATE_TIME:Friday 21 March at 05:15]]. Pickup: [[ADDRESS:Block C, Apt 7, Riverside Gardens]], [[LOCATION:Westlands]], [[LOCATION:Nairobi]]. Driver plate [[ID_NUMBER:KDG 418M]].""",
    """We noticed a new sign-in to [[EMAIL_ADDRESS:k.oyelowo@protonmail.com]] from [[IP_ADDRESS:102.89.33.140]] ([[LOCATION:Lagos]]) on [[DATE_TIME:2025-01-09T07:42:11Z]]. Device MAC a4:83:e7:1c:09:5d. If this was you, [[PERSON:Kehinde]], no action is needed.""",
    """Hello [[PERSON:Soraya]], this confirms your mineral-rights royalty deposit to routing 111000614, account [[ID_NUMBER:488120937716]]; statement mailed to [[ADDRESS:PO Box 2291]], [[LOCATION:Williston]], [[LOCATION:ND]] [[ZIP_CODE:58802]].""",
    """[[PERSON:Ms. Nomvula Khumalo]], Senior Process Technician, [[AGE:39]]: the certified ID copy you uploaded (ID [[ID_NUMBER:8507195743089]]) belongs to your husband, [[PERSON:Sipho]]; please upload your own by the end of the month.""",
    """Name: [[PERSON:Bahrom Yo'ldoshev]] / Manzil: [[LOCATION:Toshkent]] sh., [[LOCATION:Chilonzor]] tumani, [[ADDRESS:Bunyodkor ko'chasi, 12-uy, 45-xonadon]] / Tel: [[PHONE_NUMBER:+998 90 318 27 64]] / Karta: [[CREDIT_CARD:9860 1233 4509 8719]] / Amal qilish muddati: 11/27""",
    """Lead Field Engineer [[PERSON:Anneliese Van der Merwe]] will meet the valve supplier at [[ADDRESS:Building 4, 27 Voortrekker Rd]], [[LOCATION:Secunda]] [[ZIP_CODE:2302]] on [[DATE_TIME:Wednesday the 9th]]. Her visitor pass uses [[PHONE_NUMBER:082 447 9013]].""",
    """Dear [[PERSON:Mx. Rowan Achebe-Lindqvist]], your ticket for the safety stand-down has been sent to [[EMAIL_ADDRESS:rowan.al@fastmail.com]]. Seat 14C. Please bring photo ID; your licence [[ID_NUMBER:LINDQ 805214 RA9XY]] is on file.""",
    """INSURANCE CLAIM — Workers' Compensation
Claim No.: WC-2024-118873
Claimant: [[PERSON:Darnell Okafor-Briggs]]
Date of birth: [[DATE_TIME:04/17/1987]]
SSN: [[US_SSN:438-71-2096]]
Address: [[ADDRESS:2716 Sandpiper Ln]], [[LOCATION:Corpus Christi]], [[LOCATION:TX]] [[ZIP_CODE:78414]]
Employer: Gulf Coast Pipeline Services LLC
Date of injury: [[DATE_TIME:09/02/2024]]
Description: Claimant's left hand was caught between a pipe joint and the side boom while lowering in. Treated at Christus Spohn by [[PERSON:Dr. Priya Venkataraman]].
Contact: [[PHONE_NUMBER:(361) 555-0128]]""",
    """EMPLOYMENT AGREEMENT (ROTATIONAL)
This agreement is made on [[DATE_TIME:15 January 2025]] between Caspian Drilling Services Ltd and [[PERSON:Farhad Mammadli]], holder of FIN [[ID_NUMBER:5XK7R2P]], residing at [[ADDRESS:Ataturk prospekti 62, mənzil 11]], [[LOCATION:Baku]] [[ZIP_CODE:AZ1069]].
1. The Employee will work a 28/28 rotation as a derrickman on the semi-submersible rig.
2. Salary will be paid to [[IBAN_CODE:AZ83AIIB41020040018402110371]].
3. Travel to and from the heliport is arranged by the Company.
Signed: [[PERSON:F. Mammadli]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Marguerite Fontaine-Obi]]    MRN: [[ID_NUMBER:00918273]]
DOB: [[DATE_TIME:22-Sep-1958]]    Age: [[AGE:66]]
Admitted: [[DATE_TIME:03-Mar-2025]]    Discharged: [[DATE_TIME:08-Mar-2025]]
Diagnosis: community-acquired pneumonia, type 2 diabetes.
Follow-up: GP [[PERSON:Dr. Hollis]], [[ADDRESS:12 Market Square]], [[LOCATION:Bicester]], within two weeks.
Next of kin: [[PERSON:Amara Obi]] (daughter), [[PHONE_NUMBER:07521 660 412]].""",
    """LOAN APPLICATION — PERSONAL
Applicant: [[PERSON:Ravindra Kulasekara]]
Date of birth: [[DATE_TIME:1983-11-05]]
Home address: [[ADDRESS:Unit 9, 41 Leichhardt Street]], [[LOCATION:Glebe]] [[LOCATION:NSW]] [[ZIP_CODE:2037]]
Mobile: [[PHONE_NUMBER:0433 918 205]]
Occupation: Instrument technician, FIFO, 2 weeks on / 1 week off
Gross annual income: AUD 168,000
Tax file number: [[ID_NUMBER:876 210 433]]
Existing card: [[CREDIT_CARD:4916 8331 0942 2575]]
Purpose: Vehicle purchase""",
    """NOTICE OF ENTRY
To: [[PERSON:Eamon]] and [[PERSON:Bridget Costigan]], [[ADDRESS:Ballyhea Farm]], [[LOCATION:Charleville]], [[LOCATION:Co. Cork]] [[ZIP_CODE:P56 WK31]]
Pursuant to the wayleave granted, survey crews will enter the lands on [[DATE_TIME:Tuesday 18 March 2025]] to mark the route of the gas transmission pipeline. Contact the liaison officer, [[PERSON:Niamh Gallagher]], on [[PHONE_NUMBER:087 331 2094]] with any concerns.""",
    """MEDICAL FITNESS CERTIFICATE — OFFSHORE
Name: [[PERSON:Graeme Ross Buchanan]]
Date of birth: [[DATE_TIME:18/06/1976]]
Passport No.: [[ID_NUMBER:537218496]] (GBR)
Examination date: [[DATE_TIME:10/02/2025]]
Result: FIT — no restrictions. Valid for two years.
Examining physician: [[PERSON:Dr. Ingrid Solheim]], [[LOCATION:Aberdeen]]""",
    """LEASE AGREEMENT — RESIDENTIAL
Landlord: [[PERSON:Humberto Salgado]]
Tenant: [[PERSON:Keisha Abernathy]], driver's licence [[US_DRIVER_LICENSE:A165-420-91-437-0]] (FL)
Premises: [[ADDRESS:3300 NW 79th Ave, Apt 212]], [[LOCATION:Doral]], [[LOCATION:FL]] [[ZIP_CODE:33122]]
Term: 12 months commencing [[DATE_TIME:April 1, 2025]]
Rent: $2,150 per month, due on the 1st.
Tenant's emergency contact: [[PERSON:Curtis Abernathy]], [[PHONE_NUMBER:786-555-0163]]""",
    """SUMMONS — CIVIL
In the matter between Permian Midstream Partners (Plaintiff) and [[PERSON:Lorenzo Q. Albright]] (Defendant), residing at [[ADDRESS:1208 E Illinois Ave]], [[LOCATION:Midland]], [[LOCATION:Texas]] [[ZIP_CODE:79701]].
You are hereby summoned to appear on [[DATE_TIME:May 12, 2025 at 9:00 a.m.]] before the 238th District Court. Failure to appear may result in default judgment regarding the disputed pipeline easement.""",
    """INCIDENT REPORT — CAMP CLINIC
Site: accommodation camp, km 47 of the access road
Reported by: camp paramedic [[PERSON:Leilani Kahananui]]
Casualty: [[PERSON:Arturo Benítez Lugo]], [[AGE:33]], scaffolder, employee no. [[ID_NUMBER:SC-20458]]
Date/time: [[DATE_TIME:17 Nov 2024, 19:40]]
Nature: laceration to right forearm (6 cm), sutured on site.
Emergency contact: [[PERSON:Marisela Benítez]], [[PHONE_NUMBER:+52 871 204 5531]]""",
    """ROYALTY STATEMENT — OWNER COPY
Owner: [[PERSON:Velma Jean Tuttle]]
Owner No.: [[ID_NUMBER:OWN-0072314]]
Mailing address: [[ADDRESS:HC 61 Box 14]], [[LOCATION:Pecos]], [[LOCATION:TX]] [[ZIP_CODE:79772]]
Tax ID (SSN): [[US_SSN:459-08-3371]]
Property: [[LOCATION:Reeves County]] lease 4471, decimal interest 0.00390625""",
    """VISITOR LOG — COMPRESSOR STATION
Visitor: [[PERSON:Jin-ho Park]]
Company: Hanwha Engineering
Nationality: [[NRP:South Korean]]
Passport: [[ID_NUMBER:M17382649]]
Arrival: [[DATE_TIME:2025-03-11 08:05]]
Host: [[PERSON:Berik Dzhaksybekov]]
Induction completed: yes""",
    """PERSONNEL ON BOARD — CHANGE REQUEST
Off: [[PERSON:Hamish McLeod]] (core crew, bunk 2-14)
On: [[PERSON:Oluwaseun Bakare]] (relief), DOB [[DATE_TIME:1991-07-23]], passport [[ID_NUMBER:B02918376]]
Flight: [[DATE_TIME:Thursday 6 March, 11:20]] from [[LOCATION:Aberdeen]] heliport
Reason: family emergency
Approved by OIM [[PERSON:Kenneth Laird]]""",
    """MEMORANDUM OF UNDERSTANDING
Between: the landowner [[PERSON:Joseph Kipkemboi arap Ngeno]], ID No. [[ID_NUMBER:22847109]], of [[LOCATION:Kericho]], and the contractor for the products pipeline.
The parties agree that compensation for crops on plot no. KER/Kap/1147 shall be paid by M-Pesa to [[PHONE_NUMBER:0712 905 338]] within 30 days of signing on [[DATE_TIME:4th April 2024]].""",
    """STUDENT ENROLMENT FORM
Surname: [[PERSON:Oduya]]   Given names: [[PERSON:Faith Achieng]]
Date of birth: [[DATE_TIME:03 / 09 / 2006]]
Student no.: [[ID_NUMBER:2024-PET-0339]]
Programme: Diploma in Petroleum Engineering
Guardian: [[PERSON:Tom Oduya]], [[PHONE_NUMBER:+254 733 418 620]]
Home county: [[LOCATION:Turkana]]""",
    """ARIZA
[[LOCATION:Qashqadaryo]] viloyati, [[LOCATION:Qarshi]] shahri, [[ADDRESS:Nasaf ko'chasi 21-uy]]da yashovchi [[PERSON:Sardor Abdullayev]] (pasport [[ID_NUMBER:AD 6027134]], JShShIR [[ID_NUMBER:31407852670313]]) tomonidan.
Men [[DATE_TIME:2025-yil 10-fevral]]dan boshlab navbatdagi ta'tilimni berishingizni so'rayman. Vahta grafigi bo'yicha 15/15 ishlayman.
Imzo: [[PERSON:S. Abdullayev]]""",
    """ХАБАРНОМА
Ҳурматли [[PERSON:Дилфуза Қодирова]], сиз [[DATE_TIME:2025 йил 3 март куни соат 09:00]] да тиббий кўрикдан ўтишингиз керак. Манзил: [[LOCATION:Нукус]] шаҳри, [[ADDRESS:Бердақ кўчаси, 44-уй]]. Паспорт ва тиббий дафтарчангизни олиб келинг. Маълумот учун: [[PHONE_NUMBER:+998 61 222 47 19]].""",
    """ŞERTNAMA
Şu şertnama [[DATE_TIME:2025-nji ýylyň 20-nji ýanwarynda]] baglanyşyldy. Işgär: [[PERSON:Döwletgeldi Saparow]], pasport [[ID_NUMBER:I-AH 739204]], ýaşaýan ýeri: [[LOCATION:Aşgabat]] şäheri, [[ADDRESS:Atatürk köçesi, 82-nji jaý, 16-njy öý]]. Işgär [[LOCATION:Türkmenbaşy]] nebiti gaýtadan işleýän toplumynda 21/21 tertipde işlär.""",
    """АРАЈЫШ
Бу арајыш [[PERSON:Һәсәнов Тофиг Әли оғлу]]на верилир ки, о, [[DATE_TIME:12.05.1968]]-ҹи илдә анадан олуб, [[LOCATION:Бакы]] шәһәри, [[ADDRESS:Сәмәд Вурғун күчәси, ев 34, мәнзил 7]] үнванында јашајыр вә [[DATE_TIME:1 сентјабр 1994]]-ҹү илдән дәниз платформасында оператор ишләјир.
Телефон: [[PHONE_NUMBER:+994 12 493 18 07]]""",
    """{"event": "login_success", "user": {"id": 448120, "username": "[[USERNAME:akhmedova.z]]", "full_name": "[[PERSON:Zarina Akhmedova]]", "email": "[[EMAIL_ADDRESS:zarina.akhmedova@mail.ru]]"}, "ip": "[[IP_ADDRESS:89.236.221.54]]", "ts": "[[DATE_TIME:2025-02-14T06:03:51+05:00]]", "ua": "Mozilla/5.0 (Linux; Android 13; SM-A536B)"}""",
    """2025-03-02 14:22:07,118 INFO  auth.sso  - user=[[USERNAME:tbekmuradov]] ip=[[IP_ADDRESS:217.174.232.19]] mac=00:1b:63:84:45:e6 result=OK session=9f3c1a7e
2025-03-02 14:22:09,404 WARN  hr.api   - GET /employees/[[ID_NUMBER:TM-00731]] by [[USERNAME:tbekmuradov]] returned PII fields: phone=[[PHONE_NUMBER:+993 61 77 30 18]] dob=[[DATE_TIME:1985-08-29]]
2025-03-02 14:22:11,002 INFO  hr.api   - 200 OK (31 ms)""",
    """INSERT INTO crew_roster (emp_no, full_name, dob, phone, email, rotation_start, camp_room)
VALUES ('[[ID_NUMBER:NX-40917]]', '[[PERSON:Priscilla Mbah]]', '[[DATE_TIME:1990-02-11]]', '[[PHONE_NUMBER:+234 809 552 0187]]', '[[EMAIL_ADDRESS:priscilla.mbah@gmail.com]]', '[[DATE_TIME:2025-04-03]]', 'B-112'),
       ('[[ID_NUMBER:NX-40922]]', '[[PERSON:Ifeanyi Obiora]]', '[[DATE_TIME:1987-10-30]]', '[[PHONE_NUMBER:+234 703 118 4409]]', NULL, '[[DATE_TIME:2025-04-03]]', 'B-114');""",
    """<patient>
  <name>[[PERSON:Tuğba Yıldırım]]</name>
  <tckn>[[ID_NUMBER:52793061812]]</tckn>
  <birthDate>[[DATE_TIME:1993-06-07]]</birthDate>
  <address>
    <line>[[ADDRESS:Atatürk Bulvarı No: 118 D: 9]]</line>
    <city>[[LOCATION:Ceyhan]]</city>
    <province>[[LOCATION:Adana]]</province>
    <postalCode>[[ZIP_CODE:01960]]</postalCode>
  </address>
  <phone>[[PHONE_NUMBER:0532 418 77 90]]</phone>
  <encounter type="occupational" site="marine terminal clinic" date="[[DATE_TIME:2025-01-22]]"/>
</patient>""",
    """# crew-portal settings for the on-call medic
medic:
  name: [[PERSON:Olena Marchenko]]
  pager: "[[PHONE_NUMBER:+44 7700 931 448]]"
  email: [[EMAIL_ADDRESS:olena.marchenko.medic@outlook.com]]
  licence_no: GMC [[ID_NUMBER:7301944]]
  shift_start: "[[DATE_TIME:2025-05-01 07:00]]"
escalation:
  duty_manager: [[PERSON:Ross Dunbar]]
  phone: "[[PHONE_NUMBER:07700 918 330]]"
smtp_host: mail.internal.local
retry_seconds: 30""",
    """def test_payroll_export():
    emp = Employee(
        name="[[PERSON:Wilhelmina Osei-Bonsu]]",
        ni_number="[[ID_NUMBER:PR 55 91 03 B]]",
        iban="[[IBAN_CODE:GB50BARC20325367104412]]",
        dob="[[DATE_TIME:1979-04-02]]",
        start_date="[[DATE_TIME:2023-09-18]]",
    )
    assert export(emp).startswith("OSEI-BONSU")""",
    """Ticket #CS-908417 | Priority: High | Channel: web form
Customer: [[PERSON:Abdulrahman Al-Harthy]]
Email: [[EMAIL_ADDRESS:a.alharthy@outlook.sa]]
Phone: [[PHONE_NUMBER:+966 55 810 3327]]
Issue: duplicate charge on card ending 0044 for the gym subscription; please refund to [[IBAN_CODE:SA03 8000 0000 6080 1016 7519]].
Agent notes: verified identity by DOB ([[DATE_TIME:14/12/1984]]) and last four digits.""",
    """[2025-04-10 03:14:55] pig-tracking: receiver R7 passage detected, launched by [[PERSON:Cody Runningwater]] ([[PHONE_NUMBER:406-555-0177]])
[2025-04-10 03:15:02] scada: operator [[USERNAME:jfairbanks]] acknowledged alarm PT-4410 from host [[IP_ADDRESS:10.12.88.40]]
[2025-04-10 03:16:40] scada: setpoint change by [[USERNAME:jfairbanks]] approved by [[PERSON:Janet Fairbanks]]""",
    """{
  "applicant": {
    "first_name": "[[PERSON:Nilufar]]",
    "last_name": "[[PERSON:Hamidova]]",
    "birth_date": "[[DATE_TIME:17.06.2002]]",
    "pinfl": "[[ID_NUMBER:61706022660495]]",
    "passport": "[[ID_NUMBER:AB 8810374]]",
    "phone": "[[PHONE_NUMBER:+998 99 402 17 38]]",
    "address": {"region": "[[LOCATION:Farg'ona]]", "street": "[[ADDRESS:Mustaqillik ko'chasi 9-uy, 31-xonadon]]", "postcode": "[[ZIP_CODE:150100]]"}
  },
  "position": "laboratory assistant, 14/14",
  "status": "shortlisted"
}""",
    """<Employee id="[[ID_NUMBER:100744]]">
  <FirstName>[[PERSON:Nurlan]]</FirstName>
  <LastName>[[PERSON:Seitkali]]</LastName>
  <IIN>[[ID_NUMBER:870512300453]]</IIN>
  <BankAccount>[[IBAN_CODE:KZ899261800023180057]]</BankAccount>
  <Rotation start="[[DATE_TIME:2025-06-01]]" pattern="28/28" camp="K-2"/>
  <Mobile>[[PHONE_NUMBER:+7 777 318 40 26]]</Mobile>
</Employee>""",
    """UPDATE customers SET email = '[[EMAIL_ADDRESS:b.nakamura.home@icloud.com]]', phone = '[[PHONE_NUMBER:+81 90-4417-2286]]', updated_at = NOW() WHERE customer_id = [[ID_NUMBER:558102]] AND last_name = '[[PERSON:Nakamura]]';""",
    """From: [[PERSON:Colm Ó Súilleabháin]] <[[EMAIL_ADDRESS:colm.osullivan77@eircom.net]]>
To: hr@kinsaleenergy.ie
Date: [[DATE_TIME:Mon, 3 Mar 2025 08:41:17 +0000]]
Subject: Bank details change

Hi, please pay my wages from now on into [[IBAN_CODE:IE03 BOFI 9058 4427 1619 03]]. My PPS number is [[ID_NUMBER:8802935A]] in case you need it. Thanks, [[PERSON:Colm]]""",
    """Form 27B — Next of kin declaration (rotational staff)
Employee: [[PERSON:Tevita Fifita]]                Employee no: [[ID_NUMBER:EQ-77310]]
Home address: [[ADDRESS:42 Mahoe Road]], [[LOCATION:Manurewa]], [[LOCATION:Auckland]] [[ZIP_CODE:2102]]
Next of kin: [[PERSON:Sela Fifita]]              Relationship: wife
NOK phone: [[PHONE_NUMBER:021 448 9176]]
NOK email: [[EMAIL_ADDRESS:sela.fifita@xtra.co.nz]]
Signed [[DATE_TIME:07/04/2025]]""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: alerting
data:
  oncall_primary: "[[PERSON:Dmitri Volkov]] <[[EMAIL_ADDRESS:dvolkov@yandex.ru]]>"
  oncall_phone: "[[PHONE_NUMBER:+7 916 204 55 81]]"
  pager_webhook: https://hooks.example.com/T0001/B0002
  escalation_minutes: "15"
  timezone: Europe/Moscow""",
    """2024-11-18T22:10:03Z kernel: [UFW BLOCK] IN=eth0 SRC=[[IP_ADDRESS:46.101.77.212]] DST=[[IP_ADDRESS:10.0.0.4]] PROTO=TCP DPT=22
2024-11-18T22:10:04Z sshd[2211]: Failed password for [[USERNAME:rkaminski]] from [[IP_ADDRESS:46.101.77.212]] port 51123 ssh2
2024-11-18T22:10:09Z sshd[2211]: Accepted publickey for [[USERNAME:rkaminski]] from [[IP_ADDRESS:89.64.12.203]] port 40022 ssh2""",
    """{"ticket":"HD-22871","reporter":{"name":"[[PERSON:Gulbahar Nurmuhammedova]]","ext":"4410","mobile":"[[PHONE_NUMBER:+993 65 80 27 14]]"},"asset":"LT-5510","notes":"laptop stolen from the camp dining hall on [[DATE_TIME:2025-02-08]]; last seen online from [[IP_ADDRESS:95.85.112.41]]"}""",
    """CUSTOMER KYC FORM
Full name: [[PERSON:Mehmet Can Aydoğan]]
Nationality: [[NRP:Turkish]]
T.C. Kimlik No: [[ID_NUMBER:38471029510]]
Date of birth: [[DATE_TIME:02 Mar 1981]]
Address: [[ADDRESS:Cumhuriyet Mah. 1204. Sokak No:7 Daire:3]], [[LOCATION:Yumurtalık]], [[LOCATION:Adana]]
IBAN: [[IBAN_CODE:TR90 0001 2009 4567 0015 8203 47]]
Occupation: terminal operator
Source of funds: salary""",
    """Patient intake (telehealth, offshore)
Name ......... [[PERSON:Kwabena Ofori-Atta]]
Age .......... [[AGE:45]]
Vessel ....... FPSO, Jubilee field
Symptoms ..... fever 39.1, rigors since [[DATE_TIME:Sunday 2 Feb]]
Malaria RDT .. positive (P. falciparum)
Home number .. [[PHONE_NUMBER:+233 24 418 9902]]
Ghana Card .. [[ID_NUMBER:GHA-718204936-4]]""",
    """The following persons attended the pipeline public meeting held at the [[LOCATION:Brookings]] community hall: [[PERSON:Arlen Voss]] ([[ADDRESS:22104 468th Ave]]), [[PERSON:Dolores Hinz]] ([[ADDRESS:601 5th St S]]), and [[TITLE:Pastor]] [[PERSON:Eli Grunewald]]. Written comments may be sent to [[EMAIL_ADDRESS:arlen.voss@itctel.com]] for the landowner group.""",
    """Dear [[PERSON:Farrukh]], your shuttle seat from [[LOCATION:Navoiy]] to the [[LOCATION:Zarafshon]] mine camp on [[DATE_TIME:May 4 at 6:00]] is confirmed. Seat 12. Your badge [[ID_NUMBER:NKMK-30177]] must be shown at the gate. Questions: [[EMAIL_ADDRESS:farrukh.r.1993@gmail.com]].""",
    """Card number [[CREDIT_CARD:5178 0555 9201 3840]] | Expiry 08/28 | CVV 903 | Holder [[PERSON:ANTOINE DELACROIX-MBEKI]] | Billing [[ADDRESS:15 Rue des Tanneurs]], [[LOCATION:Port-Gentil]], [[LOCATION:Gabon]] | Phone [[PHONE_NUMBER:+241 66 31 28 44]]""",
    """Pay stub — period ending 31/01/2025
Employee: [[PERSON:Rachael Thompson-Wiri]]   Emp #: [[ID_NUMBER:4471-093]]
IRD number: [[ID_NUMBER:049-811-322]]
Bank a/c: [[ID_NUMBER:12-3144-0418822-00]]
Rotation: 14 days on / 14 days off, Pohokura production station
Gross: 9,870.00 NZD""",
    """Re: Reference request — [[PERSON:Ms Ebony Carrington]]
I confirm that [[PERSON:Ebony]] worked as a camp medic at our [[LOCATION:Gladstone]] LNG construction camp from [[DATE_TIME:2 July 2021]] to [[DATE_TIME:19 December 2023]]. She was reliable, calm in emergencies and well liked by the crews. Please call me on [[PHONE_NUMBER:0428 339 017]] if you need more.
[[PERSON:Trevor Galloway]], Site Health Manager""",
    """Accident notification, [[DATE_TIME:Mon 24/02/2025 at 14:05]]: [[PERSON:Nikolai Petrenko]] ([[AGE:50]]), tanker driver, overturned a water truck on the lease road north of [[LOCATION:Grande Prairie]]; Alberta licence [[ID_NUMBER:172849-055]], plate [[ID_NUMBER:CTN-4481]]. Minor injuries, assessed by camp EMR [[PERSON:Hailey Brightwater]].""",
    """Passenger: [[TITLE:MS]] [[PERSON:ADAOBI NWACHUKWU-REEVES]]
Booking ref: K7YQ2P    Frequent flyer: [[ID_NUMBER:BA 41902883]]
Date of birth: [[DATE_TIME:07MAR88]]
Passport: [[ID_NUMBER:A09124471]] (NGA), exp 2031
Route: ABV–LHR–ABZ, departing [[DATE_TIME:12APR 22:45]]
Contact: [[PHONE_NUMBER:+234 802 331 0962]]""",
    """Welcome, [[PERSON:Asel]]! Here is your account summary: username [[USERNAME:asel_tolegen]], registered email [[EMAIL_ADDRESS:asel.tolegen@inbox.kz]], linked IBAN [[IBAN_CODE:KZ72601A871002459930]], and your last login was on [[DATE_TIME:3 February at 18:27]] from [[IP_ADDRESS:2.133.94.8]].""",
    """Please find attached the visa invitation for [[PERSON:Jonas Eriksson Lindgren]] (passport [[ID_NUMBER:91840273]], born [[DATE_TIME:23.10.1979]]), who will join the pipeline commissioning team in [[LOCATION:Türkmenabat]] from [[DATE_TIME:15 June]].""",
    """MÜRACİƏT FORMASI
Ad, soyad: [[PERSON:Aysel Nəcəfova]]
Doğum tarixi: [[DATE_TIME:09.11.1995]]
Şəxsiyyət vəsiqəsi: [[ID_NUMBER:AZE 18473920]]
FİN: [[ID_NUMBER:7PL3M1T]]
Ünvan: [[LOCATION:Gəncə]] şəhəri, [[ADDRESS:Heydər Əliyev prospekti 118, mənzil 27]]
Mobil: [[PHONE_NUMBER:+994 51 307 82 44]]
E-poçt: [[EMAIL_ADDRESS:aysel.necefova95@gmail.com]]
Vəzifə: tibb bacısı (növbəli iş, yataqxana klinikası)""",
    """Offer letter
[[DATE_TIME:10 March 2025]]
[[PERSON:Mr. Ikenna Chukwu]]
[[ADDRESS:Plot 14, Rumuokoro Estate]]
[[LOCATION:Port Harcourt]], [[LOCATION:Rivers State]]
Dear [[PERSON:Ikenna]],
We are pleased to offer you the position of pipeline integrity technician on a 28/28 rotation. Your BVN ([[ID_NUMBER:22184073315]]) and NIN ([[ID_NUMBER:48190273641]]) will be used for payroll onboarding only. Please report on [[DATE_TIME:1 April]].""",
    """[[PERSON:Mrs. Georgina Pappas]], [[AGE:72]], wishes to update the beneficiary on her late husband's pension to her grandson [[PERSON:Nicholas Pappas-Reid]] (b. [[DATE_TIME:30/08/2001]]), who lives at [[ADDRESS:8/25 Chapel Street]], [[LOCATION:St Kilda]] [[LOCATION:VIC]] [[ZIP_CODE:3182]].""",
    """[[PERSON:Marguerite Delorme]] wrote to support from [[IP_ADDRESS:93.184.12.245]] with browser Mozilla/5.0 (Windows NT 10.0; Win64; x64) and email [[EMAIL_ADDRESS:marg.delorme@laposte.net]]; device MAC 5c:f9:38:a1:0b:7e. Her customer number is [[ID_NUMBER:FR-3391847]] and she asks why her loyalty card was charged twice.""",
    """Dear [[PERSON:Pham Thi Lan]], as the Principal Web Developer for the hotel booking system, you requested a password reset for [[USERNAME:lanpham.dev]] from [[IP_ADDRESS:113.161.88.204]]. The temporary password is Tx9!qv4W and expires in 30 minutes.""",
    """Crew medical declaration
I, [[PERSON:Dominic Farrugia]], born [[DATE_TIME:14 Aug 1984]] in [[LOCATION:Valletta]], holder of ID card [[ID_NUMBER:0417384M]], declare that I am fit for offshore work and take no regular medication. Signed on [[DATE_TIME:20/01/2025]].""",
    """SHIPPING LABEL
SHIP TO: [[PERSON:PRAKASH BHANDARI]]
[[ADDRESS:RM 3, SITE ACCOMMODATION BLOCK D]]
[[ADDRESS:KM 12 DUQM ROAD]]
[[LOCATION:DUQM]] [[ZIP_CODE:115]]
[[LOCATION:OMAN]]
TEL: [[PHONE_NUMBER:+968 9412 7730]]
REF: PO-55812 / 2 of 3""",
    """Customer [[PERSON:Ana Lúcia Ferreira]] requested a chargeback on her Visa [[CREDIT_CARD:4509 0356 1178 2347]] for a sofa order she never received; she lives at [[ADDRESS:Rua das Gaivotas 211, apto 32]], [[LOCATION:Macaé]], [[LOCATION:RJ]] [[ZIP_CODE:27920-110]] and her CPF is [[ID_NUMBER:418.207.935-32]].""",
    """<log ts="2025-01-30T09:00:12Z" level="info">badge swipe: holder=[[PERSON:Sunita Rai]] badge=[[ID_NUMBER:RGD-22918]] gate=North-2</log>
<log ts="2025-01-30T09:00:40Z" level="warn">badge swipe: holder=[[PERSON:Bikash Gurung]] badge=[[ID_NUMBER:RGD-22107]] gate=North-2 result=expired (H2S card)</log>""",
    """ORDER OF THE MAGISTRATE
The accused, [[PERSON:Shadrack Mutua Kilonzo]], [[AGE:27]] years, of [[LOCATION:Mariakani]], is charged with tampering with the Line 1 products pipeline on [[DATE_TIME:the 19th day of January 2025]]. Bond is set at KES 200,000. Next mention: [[DATE_TIME:3rd March 2025]].""",
    """var patient = {
  name: '[[PERSON:Kalinda Murray]]',
  medicare: '[[ID_NUMBER:4317 20591 2]]',
  dob: '[[DATE_TIME:1996-01-28]]',
  phone: '[[PHONE_NUMBER:0491 570 006]]',
  community: '[[LOCATION:Roebourne]]',
  allergies: ['penicillin'],
};""",
    """DRIVER QUALIFICATION FILE
Driver: [[PERSON:Bobby Ray Cantrell]]    DOB: [[DATE_TIME:11/30/1969]]
CDL: [[US_DRIVER_LICENSE:C041829007]] (OK), Class A, Hazmat endorsement
Medical card expires 06/2026
Home: [[ADDRESS:Rt 3 Box 77A]], [[LOCATION:Seminole]], [[LOCATION:OK]] [[ZIP_CODE:74868]]
Hired [[DATE_TIME:Oct 7, 2019]] — crude hauler, night loads""",
    """Hello [[PERSON:Viliami]], we saw a sign-in from a new device: Samsung Galaxy S23, IP [[IP_ADDRESS:2407:7000:9b3e:4c00:a1b2:77fe:1c90:3d01]], on [[DATE_TIME:Thu, 13 Feb 2025 05:52]]. Your password was not changed. Security code ****118.""",
    """Title: [[TITLE:Eng.]] | First name: [[PERSON:Murad]] | Last name: [[PERSON:Hüseynov]] | Sex: M | Age: [[AGE:38]] | Job area: Subsea | Job type: Inspection | Street: [[ADDRESS:Səməd Vurğun küçəsi]] | Building number: [[ADDRESS:57]] | Secondary: [[ADDRESS:mənzil 19]] | City: [[LOCATION:Bakı]] | Zip: [[ZIP_CODE:AZ1014]] | Phone: [[PHONE_NUMBER:(+994) 50 228 91 07]]""",
    """Pipeline crossing agreement signed by [[TITLE:Rev.]] [[PERSON:Obadiah Fenwick]] on behalf of Mount Zion [[NRP:Baptist]] congregation, [[ADDRESS:4400 Old Spanish Trail]], [[LOCATION:Beaumont]], [[LOCATION:TX]]; witness [[PERSON:Lorraine Fenwick]], [[DATE_TIME:August 2, 2024]].""",
    """Subject: rotation payslip query
Hi, I'm [[PERSON:Agnieszka Wójcik-Bell]] (payroll no. [[ID_NUMBER:70814]]), I worked 16 extra days at the compressor station in [[DATE_TIME:December]] but only 12 were paid. My bank is [[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]]. Phone [[PHONE_NUMBER:+48 601 447 390]].""",
    """PID|1||[[ID_NUMBER:MRN44718203]]^^^CAMPCLINIC||[[PERSON:Oyelaran]]^[[PERSON:Babatunde]]^[[PERSON:A]]||[[DATE_TIME:19800914]]|M|||[[ADDRESS:17 Adeola Odeku St]]^^[[LOCATION:Lagos]]^^[[ZIP_CODE:101241]]^[[LOCATION:NGA]]||[[PHONE_NUMBER:+2348031172290]]
PV1|1|O|SITECLINIC^BAY2||||[[PERSON:Ekanem]]^[[PERSON:Idara]]^^^[[TITLE:DR]]|||||||||||V20931""",
    """# .env for the leak-detection dashboard (do not commit)
DB_HOST=[[IP_ADDRESS:10.8.4.21]]
DB_USER=[[USERNAME:ops_kmurzakhmetov]]
DB_PASS=Qz7!pipeline
ALERT_SMS=[[PHONE_NUMBER:+77015530912]]
OWNER_EMAIL=[[EMAIL_ADDRESS:k.murzakhmetov@qazaqgaz.kz]]
MAP_TILE_KEY=pk.eyJ1IjoiZGVtbyIsImEiOiJjbGV4In0
LOG_LEVEL=debug""",
    """NOTICE OF CANCELLATION — COMMERCIAL AUTO
Policyholder: [[PERSON:Wendell T. Haskins]] d/b/a Haskins Hotshot Service
Mailing address: [[ADDRESS:PO Box 1187]], [[LOCATION:Watford City]], [[LOCATION:ND]] [[ZIP_CODE:58854]]
Policy number: CA-4471-2209-03
Scheduled vehicle: 2019 Ram 5500, plate [[ID_NUMBER:ND 39-4417]]
Reason: non-payment of premium. Coverage ends at 12:01 a.m. on the date shown on the enclosed schedule unless payment is received.
Agent: [[PERSON:Lacey Borstad]], [[PHONE_NUMBER:701-555-0131]]""",
    """**Summary:** Student-hall Wi-Fi captive portal shows another worker's details
**Reporter:** [[PERSON:Sione Taufa]] ([[EMAIL_ADDRESS:sione.taufa@gmail.com]])
**Steps:** connect to HALL-GUEST from room D-07, open any page
**Actual:** portal greets me as [[PERSON:Mere Paewai]], room D-09, shows her mobile [[PHONE_NUMBER:027 551 8830]] and her DOB [[DATE_TIME:05/11/1990]]
**Expected:** my own profile
**Env:** iOS 17.3, AP mac 70:3a:cb:11:90:ee, client IP [[IP_ADDRESS:172.20.14.63]]""",
    """In the [[LOCATION:Nizhnevartovsk]] workshop, Principal Rotating Equipment Analyst [[PERSON:Ruslan Gainutdinov]] ([[USERNAME:r.gainutdinov]]) shared his card [[CREDIT_CARD:4024 0071 9266 3812]] for the team's hotel near [[ADDRESS:ulitsa Lenina 14, office 3]] — please remind him that his IP [[IP_ADDRESS:178.46.203.9]] is flagged.""",
    """LAST WILL AND TESTAMENT (extract)
I, [[PERSON:Ebenezer Quaye-Mensah]], of [[ADDRESS:House No. 23, Ring Road East]], [[LOCATION:Takoradi]], retired pipeline foreman, born on [[DATE_TIME:6th June 1949]], appoint my daughter [[PERSON:Abena Quaye-Mensah]] of [[ADDRESS:71 Holloway Road]], [[LOCATION:London]] [[ZIP_CODE:N7 8JG]] as sole executrix. Signed this [[DATE_TIME:12th day of October 2023]].""",
    """ХАБАРНАМА
Хорматлы [[PERSON:Ораз Гурбанов]], сиз [[DATE_TIME:2025-нҗи йылың 5-нҗи апрелинде сагат 10:00]]-да лукман барлагына гелмели. Салгы: [[LOCATION:Балканабат]] шәхери, [[ADDRESS:Магтымгулы шаёлы, 14-нҗи җай]]. Сизиң телефон белгиңиз: [[PHONE_NUMBER:+993 64 31 70 22]]. Паспортыңызы алып гелиң.""",
]

TABLE = [
    """emp_id,name,trade,rotation,next_crew_change,mobile
[[ID_NUMBER:RG-1041]],[[PERSON:Aidan Kerrigan]],scaffolder,14/14,[[DATE_TIME:2025-03-06]],[[PHONE_NUMBER:+44 7700 900 418]]
[[ID_NUMBER:RG-1057]],[[PERSON:Bartosz Nowak]],rigger,14/14,[[DATE_TIME:2025-03-06]],[[PHONE_NUMBER:+48 512 330 918]]
[[ID_NUMBER:RG-1102]],[[PERSON:Chinedu Eze]],welder,21/21,[[DATE_TIME:2025-03-13]],[[PHONE_NUMBER:+234 806 441 2093]]
[[ID_NUMBER:RG-1120]],[[PERSON:Dónal Fahy]],pipefitter,21/21,[[DATE_TIME:2025-03-13]],[[PHONE_NUMBER:+353 86 417 2290]]""",
    """| Date | Patient | Age | Complaint | Disposition |
|------|---------|-----|-----------|-------------|
| [[DATE_TIME:02 Feb]] | [[PERSON:Luis Arrieta]] | [[AGE:44]] | lower back strain | light duties 48 h |
| [[DATE_TIME:02 Feb]] | [[PERSON:Kenji Moriyama]] | [[AGE:29]] | foreign body, left eye | irrigated, RTW |
| [[DATE_TIME:03 Feb]] | [[PERSON:Tamsin Greaves]] | [[AGE:51]] | chest tightness | medevac to [[LOCATION:Kalgoorlie]] |
| [[DATE_TIME:04 Feb]] | [[PERSON:Mohammed Al-Sayegh]] | [[AGE:36]] | migraine | rest, RTW next shift |""",
    """customer_no\tfirst\tlast\temail\tcity\tloyalty_tier
[[ID_NUMBER:C-0088127]]\t[[PERSON:Harriet]]\t[[PERSON:Oyelowo]]\t[[EMAIL_ADDRESS:harriet.oye@gmail.com]]\t[[LOCATION:Croydon]]\tgold
[[ID_NUMBER:C-0088131]]\t[[PERSON:Benoît]]\t[[PERSON:Lemaire]]\t[[EMAIL_ADDRESS:blemaire@orange.fr]]\t[[LOCATION:Lille]]\tsilver
[[ID_NUMBER:C-0088140]]\t[[PERSON:Sunil]]\t[[PERSON:Varghese]]\t[[EMAIL_ADDRESS:sunil.v1972@rediffmail.com]]\t[[LOCATION:Kochi]]\tbronze""",
    """NAME                    DOB          ACCOUNT NO       BRANCH      STATUS
[[PERSON:KOWALCZYK, JOANNA]]       [[DATE_TIME:1978-02-14]]   [[ID_NUMBER:20417738196]]      Leeds       ACTIVE
[[PERSON:ADEBAYO, OLUWAFEMI]]      [[DATE_TIME:1990-09-30]]   [[ID_NUMBER:20418802233]]      Bradford    ACTIVE
[[PERSON:NAKASHIMA, RIE]]          [[DATE_TIME:1985-12-01]]   [[ID_NUMBER:20419044710]]      York        DORMANT""",
    """{"uid": "[[USERNAME:wildcat_welder]]", "email": "[[EMAIL_ADDRESS:jtrevino.weld@yahoo.com]]", "last_ip": "[[IP_ADDRESS:66.190.44.21]]", "plan": "pro", "seats": 1}
{"uid": "[[USERNAME:fracqueen]]", "email": "[[EMAIL_ADDRESS:shawna.r.pike@gmail.com]]", "last_ip": "[[IP_ADDRESS:24.117.208.93]]", "plan": "free", "seats": 1}
{"uid": "[[USERNAME:pumpjack_pete]]", "email": "[[EMAIL_ADDRESS:pete.lindgren@outlook.com]]", "last_ip": "[[IP_ADDRESS:2600:1700:5a10:8e0::41]]", "plan": "team", "seats": 5}""",
    """emergency_contacts:
  - worker: [[PERSON:Joaquín Herrera]]
    contact: [[PERSON:Paula Herrera]]
    relation: wife
    phone: "[[PHONE_NUMBER:+57 310 447 2281]]"
  - worker: [[PERSON:Tomás Quintero]]
    contact: [[PERSON:Elvira Quintero]]
    relation: mother
    phone: "[[PHONE_NUMBER:+57 315 208 9134]]"
  - worker: [[PERSON:Yeison Patiño]]
    contact: [[PERSON:Daniela Ríos]]
    relation: partner
    phone: "[[PHONE_NUMBER:+57 301 552 0716]]\"""",
    """Name:            [[PERSON:Oluwakemi Adeyinka-Price]]
Date of birth:   [[DATE_TIME:14 July 1988]]
NI number:       [[ID_NUMBER:SN 73 48 21 D]]
Address:         [[ADDRESS:27 Albemarle Road]], [[LOCATION:Beckenham]] [[ZIP_CODE:BR3 5HL]]
Mobile:          [[PHONE_NUMBER:07946 331 208]]
Department:      Finance
Start date:      [[DATE_TIME:02/09/2024]]
Contract:        permanent, full time""",
    """F.I.Sh.,Tug'ilgan sana,Pasport,Telefon,Lavozim,Smena
[[PERSON:Karimov Otabek Rustamovich]],[[DATE_TIME:12.04.1987]],[[ID_NUMBER:AA 3018472]],[[PHONE_NUMBER:+998 90 711 48 20]],burg'ulovchi,15/15
[[PERSON:Saidova Malika Akbarovna]],[[DATE_TIME:03.09.1993]],[[ID_NUMBER:AB 5527190]],[[PHONE_NUMBER:+998 93 402 66 13]],shifokor,15/15
[[PERSON:Xo'jayev Doniyor]],[[DATE_TIME:28.01.1990]],[[ID_NUMBER:AC 7741025]],[[PHONE_NUMBER:+998 97 318 05 49]],elektrik,28/28""",
    """| Ad | Soyad | Doğum tarixi | FİN | Telefon | Vəzifə |
|----|-------|--------------|-----|---------|--------|
| [[PERSON:Rauf]] | [[PERSON:Əsgərov]] | [[DATE_TIME:17.08.1984]] | [[ID_NUMBER:4TR8K2M]] | [[PHONE_NUMBER:+994 50 441 20 37]] | qaynaqçı |
| [[PERSON:Səbinə]] | [[PERSON:Kərimova]] | [[DATE_TIME:05.02.1991]] | [[ID_NUMBER:6QW1N7S]] | [[PHONE_NUMBER:+994 55 318 74 60]] | həkim |
| [[PERSON:Orxan]] | [[PERSON:Bağırov]] | [[DATE_TIME:22.11.1988]] | [[ID_NUMBER:5JD3X9B]] | [[PHONE_NUMBER:+994 70 220 15 83]] | operator |""",
    """Familiýasy ady\tDoglan senesi\tPasport\tTelefon\tWezipesi
[[PERSON:Annaýew Batyr]]\t[[DATE_TIME:11.06.1986]]\t[[ID_NUMBER:A 1842773]]\t[[PHONE_NUMBER:+993 65 12 44 80]]\tburawçy
[[PERSON:Orazowa Jeren]]\t[[DATE_TIME:02.03.1994]]\t[[ID_NUMBER:A 2017394]]\t[[PHONE_NUMBER:+993 62 70 33 19]]\tşepagat uýasy
[[PERSON:Hallyýew Maksat]]\t[[DATE_TIME:27.12.1989]]\t[[ID_NUMBER:A 1570228]]\t[[PHONE_NUMBER:+993 61 48 90 02]]\tsürüji""",
    """| № | Ф.И.Ш. | Туғилган сана | ЖШШИР | Манзил |
|---|--------|---------------|-------|--------|
| 1 | [[PERSON:Раҳимов Алишер]] | [[DATE_TIME:22.06.1979]] | [[ID_NUMBER:32206791800318]] | [[LOCATION:Қарши]] ш., [[ADDRESS:Мустақиллик кўчаси, 5-уй]] |
| 2 | [[PERSON:Исмоилова Зулфия]] | [[DATE_TIME:09.11.1993]] | [[ID_NUMBER:40911932610152]] | [[LOCATION:Шаҳрисабз]] ш., [[ADDRESS:Ипак йўли кўчаси, 31-уй]] |""",
    """student_id,surname,given_name,year,guardian_phone,allergies
[[ID_NUMBER:S21047]],[[PERSON:Whitlock]],[[PERSON:Ivy]],7,[[PHONE_NUMBER:0417 229 384]],none
[[ID_NUMBER:S21052]],[[PERSON:Nguyen]],[[PERSON:Bao Anh]],7,[[PHONE_NUMBER:0422 918 503]],peanuts
[[ID_NUMBER:S21060]],[[PERSON:Tuhiwai]],[[PERSON:Ari]],8,[[PHONE_NUMBER:0433 671 220]],none
[[ID_NUMBER:S21071]],[[PERSON:O'Rourke]],[[PERSON:Finn]],8,[[PHONE_NUMBER:0401 559 712]],bee stings""",
    """appt_time          patient                 mrn          clinician      room
[[DATE_TIME:2025-05-06 08:30]]   [[PERSON:Grace Achterberg]]        [[ID_NUMBER:MRN-771204]]   [[PERSON:Dr. Liu]]        3A
[[DATE_TIME:2025-05-06 09:10]]   [[PERSON:Enrique Soto Villar]]     [[ID_NUMBER:MRN-771299]]   [[PERSON:Dr. Liu]]        3A
[[DATE_TIME:2025-05-06 09:50]]   [[PERSON:Mbali Ndlovu]]            [[ID_NUMBER:MRN-770018]]   [[PERSON:Dr. Haddad]]     3C""",
    """Employee,Payroll ID,IBAN,Net pay (EUR),Cost centre
[[PERSON:Jens Albrecht]],[[ID_NUMBER:40017]],[[IBAN_CODE:DE02 1005 0000 0243 7911 85]],3412.50,OPS-NS
[[PERSON:Fenna Bakker]],[[ID_NUMBER:40022]],[[IBAN_CODE:NL36 INGB 0007 6193 04]],2988.10,OPS-NS
[[PERSON:Stefan Gruber]],[[ID_NUMBER:40031]],[[IBAN_CODE:AT13 2011 1829 3004 6625]],3720.00,HSE""",
    """Guest | Nationality | Passport | Arrival | Room
[[PERSON:Kaito Sugimoto]] | [[NRP:Japanese]] | [[ID_NUMBER:TR4819203]] | [[DATE_TIME:12/05 14:20]] | 508
[[PERSON:Hanna Virtanen]] | [[NRP:Finnish]] | [[ID_NUMBER:XP7710384]] | [[DATE_TIME:12/05 18:45]] | 612
[[PERSON:Ricardo Almeida]] | [[NRP:Brazilian]] | [[ID_NUMBER:FX392017]] | [[DATE_TIME:13/05 07:05]] | 417""",
    """member, joined, plan, phone, home gym
[[PERSON:Tasha Greenwood]], [[DATE_TIME:Jan 2023]], off-peak, [[PHONE_NUMBER:(503) 555-0194]], [[LOCATION:Beaverton]]
[[PERSON:Omar Haddad]], [[DATE_TIME:Aug 2024]], anytime, [[PHONE_NUMBER:(503) 555-0127]], [[LOCATION:Tigard]]
[[PERSON:Lupe Fa'alogo]], [[DATE_TIME:Mar 2022]], family, [[PHONE_NUMBER:(971) 555-0168]], [[LOCATION:Gresham]]""",
    """Owner\tPet\tSpecies\tLast visit\tOwner mobile\tPostcode
[[PERSON:Priyanka Deshmukh]]\tMango\tcat\t[[DATE_TIME:03/01/2025]]\t[[PHONE_NUMBER:07711 408 229]]\t[[ZIP_CODE:RG1 4QD]]
[[PERSON:Alastair Grieve]]\tBonnie\tdog\t[[DATE_TIME:11/01/2025]]\t[[PHONE_NUMBER:07830 115 672]]\t[[ZIP_CODE:RG4 7BN]]
[[PERSON:Yemi Coker]]\tPeanut\trabbit\t[[DATE_TIME:17/01/2025]]\t[[PHONE_NUMBER:07402 887 310]]\t[[ZIP_CODE:RG2 0HT]]""",
    """{"donor": "[[PERSON:Margaret O'Halloran]]", "amount": 50, "gift_aid": true, "postcode": "[[ZIP_CODE:BT9 6AZ]]", "email": "[[EMAIL_ADDRESS:maggie.oh@btinternet.com]]"}
{"donor": "[[PERSON:Ravi Chandrasekaran]]", "amount": 250, "gift_aid": true, "postcode": "[[ZIP_CODE:BT7 1JL]]", "email": "[[EMAIL_ADDRESS:ravi.chandra@gmail.com]]"}
{"donor": "anonymous", "amount": 20, "gift_aid": false, "postcode": null, "email": null}""",
    """Tract | Landowner | Mailing address | County | Phone | Offer status
TX-HAR-0412 | [[PERSON:Clarence]] & [[PERSON:Ida Mae Dupree]] | [[ADDRESS:18824 FM 1960 Rd]], [[LOCATION:Huffman]], [[LOCATION:TX]] [[ZIP_CODE:77336]] | [[LOCATION:Harris]] | [[PHONE_NUMBER:281-555-0143]] | signed
TX-LIB-0088 | [[PERSON:Ernesto Villarreal]] | [[ADDRESS:PO Box 331]], [[LOCATION:Dayton]], [[LOCATION:TX]] [[ZIP_CODE:77535]] | [[LOCATION:Liberty]] | [[PHONE_NUMBER:936-555-0112]] | negotiating
TX-LIB-0091 | [[PERSON:Bertha Mae Lyons]] (estate) | [[ADDRESS:402 W Clayton St]], [[LOCATION:Dayton]], [[LOCATION:TX]] [[ZIP_CODE:77535]] | [[LOCATION:Liberty]] | — | probate""",
    """plate,make_model,colour,keeper,permit_no,site
[[ID_NUMBER:YX68 KTN]],Ford Ranger,white,[[PERSON:Gareth Pugh]],P-2207,[[LOCATION:Milford Haven]]
[[ID_NUMBER:CU21 DWE]],Toyota Hilux,grey,[[PERSON:Anjali Mistry]],P-2214,[[LOCATION:Milford Haven]]
[[ID_NUMBER:WP17 LRX]],VW Amarok,black,[[PERSON:Rhodri Lewis]],P-2231,[[LOCATION:Pembroke]]""",
    """Name                 SSN            DOB          State  Hire date
[[PERSON:Tremaine Jackson]]     [[US_SSN:271-48-9903]]    [[DATE_TIME:05/22/1991]]   [[LOCATION:LA]]     [[DATE_TIME:03/04/2019]]
[[PERSON:Heather Lindqvist]]    [[US_SSN:508-13-7642]]    [[DATE_TIME:11/02/1984]]   [[LOCATION:ND]]     [[DATE_TIME:08/15/2016]]
[[PERSON:Raúl Domínguez]]       [[US_SSN:627-70-1185]]    [[DATE_TIME:07/09/1979]]   [[LOCATION:NM]]     [[DATE_TIME:01/10/2022]]""",
    """| Employee | PAN | Aadhaar | UAN | Location |
|---|---|---|---|---|
| [[PERSON:Sneha Kulkarni]] | [[ID_NUMBER:BQXPK4418L]] | [[ID_NUMBER:6210 4857 7395]] | [[ID_NUMBER:100948271633]] | [[LOCATION:Jamnagar]] |
| [[PERSON:Arvind Rathore]] | [[ID_NUMBER:ANRPR7730F]] | [[ID_NUMBER:8734 5102 9682]] | [[ID_NUMBER:100951183027]] | [[LOCATION:Vadodara]] |""",
    """id_number,first_names,surname,gender,age,municipality
[[ID_NUMBER:8804155124081]],[[PERSON:Lwazi Bonginkosi]],[[PERSON:Zulu]],M,[[AGE:36]],[[LOCATION:eThekwini]]
[[ID_NUMBER:7609035831081]],[[PERSON:Pieter]],[[PERSON:Steyn]],M,[[AGE:48]],[[LOCATION:Govan Mbeki]]
[[ID_NUMBER:0306124919086]],[[PERSON:Refilwe]],[[PERSON:Mokoena]],F,[[AGE:21]],[[LOCATION:Emalahleni]]""",
    """Last name, First name | SIN | Province | Phone | Site
[[PERSON:Bouchard]], [[PERSON:Mathieu]] | [[ID_NUMBER:713 402 980]] | [[LOCATION:QC]] | [[PHONE_NUMBER:418-555-0177]] | Kearl
[[PERSON:Whitehead]], [[PERSON:Corinne]] | [[ID_NUMBER:138 704 564]] | [[LOCATION:NL]] | [[PHONE_NUMBER:709-555-0139]] | Firebag""",
    """pob_manifest:
  flight: "[[DATE_TIME:2025-04-17 07:40]]"
  passengers:
    - {name: "[[PERSON:Lachlan Forbes]]", weight_kg: 92, bag_kg: 11, vantage_id: "[[ID_NUMBER:V-3320918]]"}
    - {name: "[[PERSON:Oksana Hryhorenko]]", weight_kg: 64, bag_kg: 9, vantage_id: "[[ID_NUMBER:V-3311270]]"}
    - {name: "[[PERSON:Ewan MacPhee]]", weight_kg: 101, bag_kg: 14, vantage_id: "[[ID_NUMBER:V-3298455]]"}
  aircraft: S-92""",
    """Worker                Course        Cert no.          Completed     Expires
[[PERSON:Sipho Ndaba]]           H2S Alive     [[ID_NUMBER:H2S-AB-5541827]]    [[DATE_TIME:2024-06-11]]    2027-06-11
[[PERSON:Gemma Fairclough]]      BOSIET        [[ID_NUMBER:OP-3381-227104]]    [[DATE_TIME:2023-11-29]]    2027-11-29
[[PERSON:Ahmad Zulkifli]]        GWO BST       [[ID_NUMBER:GWO-88219035]]      [[DATE_TIME:2024-02-05]]    2026-02-05""",
    """Room | Occupant (day shift) | Occupant (night shift) | Badge
A-101 | [[PERSON:Jaime Ocampo]] | [[PERSON:Ruel Dizon]] | [[ID_NUMBER:4471]] / [[ID_NUMBER:4478]]
A-102 | [[PERSON:Kwesi Appiah]] | [[PERSON:Darnell Pryce]] | [[ID_NUMBER:4490]] / [[ID_NUMBER:4503]]
A-103 | [[PERSON:Bjørn Haugland]] | vacant | [[ID_NUMBER:4512]] / —""",
    """date,time,casualty,age,from,to,escort
[[DATE_TIME:2024-12-02]],03:10,[[PERSON:Pavel Dvořák]],[[AGE:57]],drill floor,[[LOCATION:Stavanger]],[[PERSON:Nurse Ine Berg]]
[[DATE_TIME:2025-01-19]],14:55,[[PERSON:Craig Munro]],[[AGE:34]],galley,[[LOCATION:Aberdeen]],[[PERSON:Nurse Alison Reekie]]
[[DATE_TIME:2025-02-27]],22:30,[[PERSON:Festus Ogbonna]],[[AGE:41]],module M14,[[LOCATION:Bergen]],medic on board""",
    """donor_id\tcollected\tresult\tsupervisor
[[ID_NUMBER:D-448120]]\t[[DATE_TIME:2025-03-03 06:15]]\tnegative\t[[PERSON:Carla Mendes]]
[[ID_NUMBER:D-448137]]\t[[DATE_TIME:2025-03-03 06:22]]\tnegative\t[[PERSON:Carla Mendes]]
[[ID_NUMBER:D-448151]]\t[[DATE_TIME:2025-03-03 06:40]]\tnon-negative, sent to lab\t[[PERSON:Carla Mendes]]""",
    """## Tenant ledger — 14 Caledonian Road
| Flat | Tenant | Since | Rent | Deposit scheme ID | Contact |
|---|---|---|---|---|---|
| 1 | [[PERSON:Zofia Adamczyk]] | [[DATE_TIME:Sept 2022]] | £1,450 | DPS-29918734 | [[EMAIL_ADDRESS:zofia.adamczyk@wp.pl]] |
| 2 | [[PERSON:Kelechi Umeh]] | [[DATE_TIME:June 2023]] | £1,520 | DPS-30117025 | [[PHONE_NUMBER:07956 204 871]] |
| 3 | [[PERSON:Harriet]] & [[PERSON:Tom Vance]] | [[DATE_TIME:Feb 2021]] | £1,980 | DPS-27044518 | [[EMAIL_ADDRESS:vance.family@me.com]] |""",
    """attendee,affiliation,nationality,dietary,badge_email
[[PERSON:Yerlan Dzhumabayev]],KazMunayGas,[[NRP:Kazakh]],halal,[[EMAIL_ADDRESS:y.dzhumabayev@kmg.kz]]
[[PERSON:Chiara Bellandi]],Saipem,[[NRP:Italian]],vegetarian,[[EMAIL_ADDRESS:chiara.bellandi@saipem.com]]
[[PERSON:Tunde Bakare]],NNPC,[[NRP:Nigerian]],none,[[EMAIL_ADDRESS:tunde.bakare@nnpcgroup.com]]
[[PERSON:Leyla Mirzəyeva]],SOCAR,[[NRP:Azerbaijani]],none,[[EMAIL_ADDRESS:leyla.mirzayeva@socar.az]]""",
    """timestamp_utc        user            src_ip            result
[[DATE_TIME:2025-02-11 01:03:44]]  [[USERNAME:opatel]]          [[IP_ADDRESS:151.228.77.10]]     success
[[DATE_TIME:2025-02-11 01:07:02]]  [[USERNAME:hmcintyre]]       [[IP_ADDRESS:86.4.190.221]]      fail
[[DATE_TIME:2025-02-11 01:07:29]]  [[USERNAME:hmcintyre]]       [[IP_ADDRESS:86.4.190.221]]      success""",
    """Cardholder,Card,Exp,Amount,Merchant
[[PERSON:Lindiwe Mahlangu]],[[CREDIT_CARD:5204 7411 3390 8261]],04/27,R 1 249.00,Engen [[LOCATION:Secunda]]
[[PERSON:Craig van Wyk]],[[CREDIT_CARD:4543 9100 2876 6174]],12/26,R 870.50,Sasol [[LOCATION:Delmas]]
[[PERSON:Naledi Sithole]],[[CREDIT_CARD:5466 3221 7780 9153]],09/28,R 2 015.75,Shell [[LOCATION:Witbank]]""",
    """Patient: [[PERSON:Hinemoa Walker]]
NHI: [[ID_NUMBER:ZKT4473]]
DOB: [[DATE_TIME:19-Apr-2001]]
GP: [[PERSON:Dr. Sam Feng]]
Pharmacy: Unichem [[LOCATION:Taupō]]
Phone: [[PHONE_NUMBER:022 401 7763]]
Allergies: sulfa""",
    """NRIC       Name                       Unit                                  Contact
[[ID_NUMBER:S7621038A]]  [[PERSON:Goh Bee Leng]]               [[ADDRESS:#12-304, Blk 118 Jurong East St 13]]    [[PHONE_NUMBER:9688 1024]]
[[ID_NUMBER:T0381947C]]  [[PERSON:Muhammad Irfan bin Rosli]]   [[ADDRESS:#04-15, Blk 22 Marsiling Dr]]           [[PHONE_NUMBER:8123 6690]]""",
    """PPSN       Name                    Eircode    Scheme
[[ID_NUMBER:1947360V]]   [[PERSON:Máire Ní Dhomhnaill]]     [[ZIP_CODE:H91 E2K7]]   Fuel Allowance
[[ID_NUMBER:8802935A]]   [[PERSON:Seán Breathnach]]         [[ZIP_CODE:F94 XR60]]   Carer's Support""",
    """bsn;name;date_of_birth;town;role
[[ID_NUMBER:315728048]];[[PERSON:Kees van Dijk]];[[DATE_TIME:03-08-1972]];[[LOCATION:Delfzijl]];operator
[[ID_NUMBER:284619371]];[[PERSON:Sanne de Vries]];[[DATE_TIME:17-01-1990]];[[LOCATION:Groningen]];well supervisor""",
    """| Card holder | Card number | Valid thru | Bank |
|---|---|---|---|
| [[PERSON:Shahnoza Rasulova]] | [[CREDIT_CARD:8600 3177 2045 1280]] | 06/27 | Kapitalbank |
| [[PERSON:Bekzod Ergashev]] | [[CREDIT_CARD:9860 3510 0284 4675]] | 02/26 | Hamkorbank |""",
    """Medic on call | Phone | Camp | From | To
[[PERSON:Rhiannon Pryce]] | [[PHONE_NUMBER:+61 438 204 771]] | Gorgon North | [[DATE_TIME:1 Mar]] | [[DATE_TIME:14 Mar]]
[[PERSON:Jarrah Collins]] | [[PHONE_NUMBER:+61 429 018 336]] | Gorgon North | [[DATE_TIME:15 Mar]] | [[DATE_TIME:28 Mar]]
[[PERSON:Mei Tanaka-Brown]] | [[PHONE_NUMBER:+61 447 330 819]] | Wheatstone | [[DATE_TIME:1 Mar]] | [[DATE_TIME:21 Mar]]""",
    """[
  {"name": "[[PERSON:Ikaika Kahale]]", "ip": "[[IP_ADDRESS:72.234.10.118]]", "device": "iPad", "country": "[[LOCATION:US]]"},
  {"name": "[[PERSON:Mele Vainikolo]]", "ip": "[[IP_ADDRESS:203.118.145.62]]", "device": "Pixel 8", "country": "[[LOCATION:NZ]]"},
  {"name": "[[PERSON:Losa Tuilagi]]", "ip": "[[IP_ADDRESS:110.175.33.207]]", "device": "Galaxy A54", "country": "[[LOCATION:AU]]"}
]""",
    """Surname      Forename   DOB          NHS No.         Ward
[[PERSON:Abara]]        [[PERSON:Chioma]]     [[DATE_TIME:02.04.1967]]   [[ID_NUMBER:401 023 8720]]    Ward 7
[[PERSON:Rhys-Evans]]   [[PERSON:Bryn]]       [[DATE_TIME:19.10.1949]]   [[ID_NUMBER:738 194 0256]]    Ward 9
[[PERSON:Hussain]]      [[PERSON:Shabana]]    [[DATE_TIME:30.06.1982]]   [[ID_NUMBER:612 908 8345]]    Day unit""",
    """- name: [[PERSON:Callie Redcloud]]
  badge: [[ID_NUMBER:WL-2291]]
  licence: [[US_DRIVER_LICENSE:104293-377]]
  state: [[LOCATION:WY]]
  rotation: 10 on / 4 off
- name: [[PERSON:Trent Kowalski]]
  badge: [[ID_NUMBER:WL-2304]]
  licence: [[US_DRIVER_LICENSE:318204771]]
  state: [[LOCATION:MT]]
  rotation: 10 on / 4 off""",
    """IP address, first seen, last seen, account holder
[[IP_ADDRESS:41.58.220.17]], [[DATE_TIME:2024-12-30 19:02]], [[DATE_TIME:2025-01-04 07:48]], [[PERSON:Emeka Obi]]
[[IP_ADDRESS:197.210.54.93]], [[DATE_TIME:2025-01-02 22:15]], [[DATE_TIME:2025-01-02 22:41]], [[PERSON:Emeka Obi]]
[[IP_ADDRESS:105.112.18.240]], [[DATE_TIME:2025-01-03 11:30]], [[DATE_TIME:2025-01-05 16:09]], [[PERSON:Zainab Lawal]]""",
    """Policyholder\tPolicy\tVehicle reg\tDOB\tPostcode\tNo-claims yrs
[[PERSON:Declan Hughes]]\tMTR-448120\t[[ID_NUMBER:BD71 XKP]]\t[[DATE_TIME:22/03/1995]]\t[[ZIP_CODE:CF14 3NX]]\t4
[[PERSON:Shreya Anand]]\tMTR-448133\t[[ID_NUMBER:LV20 HNO]]\t[[DATE_TIME:08/07/1988]]\t[[ZIP_CODE:L18 2EP]]\t9
[[PERSON:Eilidh Mackay]]\tMTR-448139\t[[ID_NUMBER:SK66 TRW]]\t[[DATE_TIME:30/11/2000]]\t[[ZIP_CODE:IV2 4GJ]]\t1""",
    """Full name ............ [[PERSON:Khalid bin Saeed Al-Mansoori]]
Emirates ID .......... [[ID_NUMBER:784-1983-4417209-7]]
Nationality .......... [[NRP:Emirati]]
Mobile ............... [[PHONE_NUMBER:+971 50 718 2240]]
Salary account ....... [[IBAN_CODE:AE79 0330 0000 1029 8476 511]]
Site ................. [[LOCATION:Ruwais]], gas processing
Rotation ............. 5 on / 2 off""",
    """| Username | Email | Joined | Posts | Role |
|---|---|---|---|---|
| [[USERNAME:mudlogger_mo]] | [[EMAIL_ADDRESS:mo.abdi.logs@gmail.com]] | [[DATE_TIME:2019-08-14]] | 1,204 | moderator |
| [[USERNAME:CasingCrewCass]] | [[EMAIL_ADDRESS:cassandra.bell@hotmail.co.uk]] | [[DATE_TIME:2021-02-02]] | 318 | member |
| [[USERNAME:tooLpusher_77]] | [[EMAIL_ADDRESS:rbtoolpush@aol.com]] | [[DATE_TIME:2016-11-20]] | 4,877 | member |""",
    """reading_id,well,reading,unit,taken_by,taken_at
R-55091,WTX-14H,1240,psi,[[PERSON:J. Salcido]],[[DATE_TIME:2025-01-08 06:00]]
R-55092,WTX-14H,1236,psi,[[PERSON:J. Salcido]],[[DATE_TIME:2025-01-08 12:00]]
R-55093,WTX-15H,980,psi,[[PERSON:M. Okpara]],[[DATE_TIME:2025-01-08 06:05]]""",
    """Kontakt                    Telefon              E-poçt
[[PERSON:Nigar Səfərova]]             [[PHONE_NUMBER:+994 50 612 77 31]]    [[EMAIL_ADDRESS:nigar.seferova@mail.ru]]
[[PERSON:Tural Hacıyev]]              [[PHONE_NUMBER:+994 55 904 18 26]]    [[EMAIL_ADDRESS:tural.haciyev88@gmail.com]]
[[PERSON:Aynur Məmmədli]]             [[PHONE_NUMBER:+994 77 301 45 09]]    [[EMAIL_ADDRESS:aynur.m@box.az]]""",
    """applicant,dob,passport,visa_type,entry_point
[[PERSON:Daniel Okoye]],[[DATE_TIME:1986-03-12]],[[ID_NUMBER:A05529318]],work (rotation),[[LOCATION:Ashgabat]]
[[PERSON:Marco Ferraro]],[[DATE_TIME:1979-08-01]],[[ID_NUMBER:YA7730152]],work (rotation),[[LOCATION:Türkmenbaşy]]
[[PERSON:Ho Quang Minh]],[[DATE_TIME:1992-12-24]],[[ID_NUMBER:C4418207]],business,[[LOCATION:Ashgabat]]""",
    """Resident            Age  Flat  Next of kin          NOK phone
[[PERSON:Winifred Castle]]     [[AGE:88]]   2     [[PERSON:Joanne Castle]]        [[PHONE_NUMBER:01632 960 418]]
[[PERSON:Arthur Penhaligon]]   [[AGE:91]]   5     [[TITLE:Rev.]] [[PERSON:M. Penhaligon]]   [[PHONE_NUMBER:01632 960 772]]
[[PERSON:Gurbachan Kaur]]      [[AGE:79]]   8     [[PERSON:Harpreet Gill]]        [[PHONE_NUMBER:07700 900 315]]""",
    """order_id,customer,ship_to,zip,tracking
A-100447,[[PERSON:Elena Kostadinova]],[[ADDRESS:1550 N Lamar Blvd Apt 3108]],[[ZIP_CODE:78703]],9400 1118 9922 3344 5501 27
A-100452,[[PERSON:Marcus Oyelaran]],[[ADDRESS:77 Beacon St, Unit 5]],[[ZIP_CODE:02108]],9400 1118 9922 3344 5501 58
A-100458,[[PERSON:Bich Ngoc Tran]],[[ADDRESS:4420 Westheimer Rd]],[[ZIP_CODE:77027]],9400 1118 9922 3344 5502 10""",
    """Ishchi:        [[PERSON:Abdullayev Jamshid Olimovich]]
Tabel raqami:  [[ID_NUMBER:LUK-04418]]
Tug'ilgan:     [[DATE_TIME:05.05.1985]]
Pasport:       [[ID_NUMBER:AD 1274906]]
Manzil:        [[LOCATION:Buxoro]] sh., [[ADDRESS:Ibn Sino ko'chasi, 40-uy, 12-xonadon]]
Telefon:       [[PHONE_NUMBER:+998 91 445 20 73]]
Vahta:         Kandim GQIZ, 28/28
Bo'lim:        kompressor sexi""",
    """vendor_contact, company, mobile, email
[[PERSON:Ian Strachan]], Strachan Valves Ltd, [[PHONE_NUMBER:07700 921 553]], [[EMAIL_ADDRESS:ian@strachanvalves.co.uk]]
[[PERSON:Fatma Şahin]], Ceyhan Boru A.Ş., [[PHONE_NUMBER:+90 532 771 40 18]], [[EMAIL_ADDRESS:fatma.sahin@ceyhanboru.com.tr]]
Sales desk, PetroSeal GmbH, +49 40 3003 0, sales@petroseal.de""",
    """candidate | applied | stage | phone | linkedin
[[PERSON:Noor Al-Khatib]] | [[DATE_TIME:Feb 3]] | phone screen | [[PHONE_NUMBER:+962 79 553 1180]] | [[URL:linkedin.com/in/noor-alkhatib-pe]]
[[PERSON:Tobias Engström]] | [[DATE_TIME:Feb 5]] | onsite | [[PHONE_NUMBER:+46 70 318 22 04]] | [[URL:linkedin.com/in/tobiasengstrom]]
[[PERSON:Gabriela Nuñez]] | [[DATE_TIME:Feb 9]] | offer | [[PHONE_NUMBER:+52 55 4188 2093]] | —""",
    """Rotation swap requests (March)
Requester            Swap with            Original     New          Approved by
[[PERSON:Kurt Vollmer]]         [[PERSON:Andrés Cabrera]]       [[DATE_TIME:Mar 4]]        [[DATE_TIME:Mar 11]]       [[PERSON:R. Patterson]]
[[PERSON:Amaka Nwosu]]          [[PERSON:Claire Dunphy]]        [[DATE_TIME:Mar 18]]       [[DATE_TIME:Mar 25]]       pending""",
    """Işgär\tBellik belgisi\tDoglan ýeri\tÝaşy\tSmena
[[PERSON:Gurbanow Serdar]]\t[[ID_NUMBER:TNG-7704]]\t[[LOCATION:Türkmenabat]]\t[[AGE:42]]\tgijeki
[[PERSON:Nurýagdyýewa Ogulbike]]\t[[ID_NUMBER:TNG-7716]]\t[[LOCATION:Mary]]\t[[AGE:35]]\tgündizki
[[PERSON:Çaryýew Dowlet]]\t[[ID_NUMBER:TNG-7729]]\t[[LOCATION:Tejen]]\t[[AGE:29]]\tgijeki""",
    """{"patient_id":"[[ID_NUMBER:PT-0091822]]","name":"[[PERSON:Rosa Mbeki-Hartley]]","dob":"[[DATE_TIME:1958-07-30]]","phone":"[[PHONE_NUMBER:+27 82 551 0934]]","visit":"[[DATE_TIME:2025-02-18]]","dx":"hypertension"}
{"patient_id":"[[ID_NUMBER:PT-0091830]]","name":"[[PERSON:Themba Nkosi]]","dob":"[[DATE_TIME:1991-01-31]]","phone":"[[PHONE_NUMBER:+27 73 208 4417]]","visit":"[[DATE_TIME:2025-02-18]]","dx":"sprained ankle"}""",
]

CHAT = [
    """Agent ([[PERSON:Priya]]): Hi, you're through to card services, who am I speaking with?
Customer: hi its [[PERSON:Declan Moriarty]], my card got swallowed by the machine in [[LOCATION:Aberdeen]] airport on the way to the heliport
Agent ([[PERSON:Priya]]): Sorry to hear that, Declan. Can you confirm your date of birth and the long number on the card if you have it?
Customer: [[DATE_TIME:19/02/1983]], card was [[CREDIT_CARD:4917 6120 5533 0183]]
Agent ([[PERSON:Priya]]): Thanks. I've cancelled it and a new one goes to [[ADDRESS:12 Kirkhill Place]], [[LOCATION:Dyce]], [[ZIP_CODE:AB21 0GU]]. Is that still right?
Customer: yes but I'm offshore till [[DATE_TIME:the 28th]], can it go to my sister [[PERSON:Orla]] instead
Agent ([[PERSON:Priya]]): I can only send it to the address on file, sorry.""",
    """[07:02] [[PERSON:Dana Whitfield]]: morning all, who's got the pig receiver at station 6 today
[07:03] [[PERSON:Marco Inzunza]]: me. [[PERSON:Brent]] is off sick, his wife called at 5
[07:05] [[PERSON:Dana Whitfield]]: ok. [[PERSON:marco]] send me your new cell, the one in the callout list is dead
[07:05] [[PERSON:Marco Inzunza]]: [[PHONE_NUMBER:(432) 555-0196]]
[07:06] [[PERSON:Dana Whitfield]]: thx. also HR wants your emergency contact, they only have [[PERSON:Yolanda]] at the old address
[07:08] [[PERSON:Marco Inzunza]]: new one is [[ADDRESS:2209 W 42nd St]], [[LOCATION:Odessa]] [[ZIP_CODE:79764]], I'll fill the form tonight""",
    """Camp radio log → chat transcript
Security (Gate 2): medic to the laundry block, worker down
Medic [[PERSON:Inés Carvajal]]: copy, on my way. Name?
Security (Gate 2): [[PERSON:Ángel Mamani]], badge [[ID_NUMBER:YPF-30418]], says he's [[AGE:52]]
Medic [[PERSON:Inés Carvajal]]: ok, conscious, heat exhaustion. I need his wife's number for the report
Security (Gate 2): [[PERSON:Rosa Quispe]], [[PHONE_NUMBER:+54 9 299 418 2271]]
Medic [[PERSON:Inés Carvajal]]: thanks, moving him to the clinic, call [[LOCATION:Neuquén]] for the ambulance""",
    """[[PERSON:Sherzod]]: Salom [[PERSON:Bobur]] aka, vahtaga qachon chiqasiz?
[[PERSON:Bobur]]: [[DATE_TIME:20-mart]]da chiqaman, avtobus [[LOCATION:Qarshi]]dan ertalab jo'naydi
[[PERSON:Sherzod]]: menga ham joy olib qo'ying. Pasportim [[ID_NUMBER:AC 2207491]], telefonim [[PHONE_NUMBER:+998 95 310 44 27]]
[[PERSON:Bobur]]: xo'p. [[PERSON:Dilnoza]] opaga ham ayt, u lagerdagi tibbiyot punktida ishlaydi
[[PERSON:Sherzod]]: rahmat aka""",
    """Chat with Support — SIM & number
You: hi, my phone lost signal an hour ago and now my bank says someone logged in
Support ([[PERSON:Kevin]]): Hi! I can help. What's the number on the account?
You: [[PHONE_NUMBER:0803 552 1174]], name [[PERSON:Temitope Adewale-Briggs]]
Support ([[PERSON:Kevin]]): I can see a SIM replacement was done at the [[LOCATION:Ikeja]] store at 14:12 today. Did you request that?
You: NO. I'm on rotation in [[LOCATION:Bonny]], I haven't been to [[LOCATION:Lagos]] in two weeks
Support ([[PERSON:Kevin]]): Understood. I'm blocking the new SIM and raising a fraud case. Please visit any store with your NIN ([[ID_NUMBER:70218843906]]) to get a new SIM.""",
    """Mon, 17:42 — Landlord ([[PERSON:Graham Tuckett]]): Hi [[PERSON:Ayesha]], the plumber can come Thursday between 8 and 12, will someone be in?
Mon, 18:10 — [[PERSON:Ayesha Siddiqui]]: I'm away on my 2-week hitch, but my flatmate [[PERSON:Noémie]] is there. Her number is [[PHONE_NUMBER:07912 406 338]]
Mon, 18:12 — Landlord ([[PERSON:Graham Tuckett]]): great. Also the council asked for your new email for the HMO licence
Mon, 18:20 — [[PERSON:Ayesha Siddiqui]]: [[EMAIL_ADDRESS:ayesha.siddiqui.91@outlook.com]]""",
    """#ops-north-sea
[[PERSON:Fraser Mutch]]: anyone know why [[PERSON:Kirsty]]'s name is on tomorrow's flight and not mine?
[[PERSON:Kirsty Bain]]: i swapped with [[PERSON:Lewis]], he's got his daughter's christening on [[DATE_TIME:Saturday 15th]]
[[PERSON:Fraser Mutch]]: ah fair. [[PERSON:Lewis Grant]] can you confirm to logistics then
[[PERSON:Lewis Grant]]: done, emailed [[PERSON:Moira]] at 09:10. my Vantage number is [[ID_NUMBER:V-3374012]] if they need it
[[PERSON:Kirsty Bain]]: cheers. see you on the Clair in the morning""",
    """HR Helpdesk — live chat
Employee: Hello, this is [[PERSON:Wiremu Ngata]], employee no. [[ID_NUMBER:88213]]. My last payslip shows the wrong bank account.
HR ([[PERSON:Shona]]): Kia ora Wiremu. What account should it be?
Employee: [[ID_NUMBER:06-0817-0394412-00]], it's in my and my partner [[PERSON:Aroha]]'s names
HR ([[PERSON:Shona]]): Got it. For security can you confirm your date of birth and home address?
Employee: [[DATE_TIME:2 May 1987]], [[ADDRESS:14 Te Awa Street]], [[LOCATION:New Plymouth]] [[ZIP_CODE:4310]]
HR ([[PERSON:Shona]]): Thank you, updated. It will apply from the next pay run.""",
]

LOOKALIKE = [
    """Dispatch summary, week 11. Orders SO-2025-004417, SO-2025-004418 and SO-2025-004431 left the [[LOCATION:Rotterdam]] warehouse on pallets PL-88120 to PL-88126. Tracking: 1Z 4F7 9A3 04 1128 5530, JJD000390007745812. SKU list: VLV-2IN-CL600-RF, GSK-SPW-4IN-300, BLT-M20X110-B7. Invoice INV/24/11873 (VAT NL8041.27.339.B01). For delivery questions call our logistics desk on +31 10 800 4400 or write to logistics@flowline-supplies.example. Consignee contact on site: [[PERSON:Ruud Verhoeven]].""",
    """Release notes, flowsim 10.4.2.1 (build 20250311.7, commit 3f9c2e17a4b8d0c6e1f2a9b7c5d3e1f0a2b4c6d8). Fixed: Darcy-Weisbach friction factor near laminar transition; Joule-Thomson cooling now uses the Peng-Robinson EOS by default; the Colebrook solver no longer diverges at Re = 2300. Known issue: licence server 4.10.2.178 rejects keys with hash 9e107d9d372bb6826bd81d3542a419d6. Tested on 172 cases from the Hagen-Poiseuille suite and the Bernoulli regression set.""",
    """Datasheet PT-4410 / PT-4411: pressure transmitter, serial 21K-088413 and 21K-088419, range 0-250 bar, HART rev 7, firmware 2.10.1.44. Installed on the Christmas tree of well NK-17 next to the Kelly bushing spare rack. Site office: Nelson Mandela Boulevard, [[LOCATION:Secunda]] industrial zone; switchboard +27 17 610 4000; requests to instrumentation@example-site.co.za. Calibrated by technician [[PERSON:Lerato Molefe]], mobile [[PHONE_NUMBER:072 418 3305]].""",
    """Order confirmation 700-2291847. Items: The Prize: The Epic Quest for Oil, Money and Power (ISBN 978-1-85168-823-4) x1; Oxford World's Classics edition (ISBN 978-0-19-953556-9) x2; Turkish phrasebook (ISBN 978-605-4411-78-8) x1. Subtotal 61.40, shipping 4.99, voucher SPRING25 applied. Gift message for [[PERSON:Hattie Greenhalgh]]; receipt sent to [[EMAIL_ADDRESS:hgreenhalgh@btinternet.com]]. Questions: orders@bookbarn.example, 0800 123 4567.""",
    """Faktura № AZ-2025-000417, tarix 14.02.2025. Satıcı: "Xəzər Boru Servis" MMC, VÖEN 1402871553, Nizami küçəsi, [[LOCATION:Bakı]]. Alıcı: "Abşeron Enerji" ASC, VÖEN 1700412288. Məhsul: flans DN150 PN40 (kod FL-150-40-RF), 24 ədəd; boru tutacağı (kod BT-219), 60 ədəd. Ödəniş: müqavilə № 88/24 üzrə, 30 gün ərzində. Əlaqə: +994 12 404 40 40, satis@xezerboru.example. Qəbul etdi: [[PERSON:Elnur Şıxəliyev]].""",
    """Asset register export. Laptop LT-5510, serial PF3K9A2X, MAC 3c:52:82:1a:9e:04, UUID 4f8d2c1e-7b3a-4e19-9c05-2a6d8e1f0b73, BIOS 1.17.0, image v22.4.0.118; Laptop LT-5514, serial PF3K9B71, MAC 3c:52:82:1a:a0:58, UUID 9a1e5f3c-2d7b-48c0-b6e4-0f3a9c2d7e15, BIOS 1.17.0, image v22.4.0.118. Switch SW-CORE-02 in rack B3 (management VLAN 99), firmware 16.12.4. LT-5510 is in stock; LT-5514 is reserved for the new starter, [[PERSON:Oğuz Tekin]].""",
    """Payment instructions for suppliers: beneficiary Caspian Pipe Coating Ltd, sort code 40-11-62, account 00447120, SWIFT HBUKGB4B, creditor reference RF18 5390 0754 7034, ABA routing 026009593 for USD. Quote PO 4500188731 and invoice number on every remittance. Remittance advice to accounts.payable@cpc.example. Queries: treasury desk +44 20 7946 0000. Approved by the finance controller, [[PERSON:Aisling Dempsey]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind118", STYLES, OUT)


if __name__ == "__main__":
    main()

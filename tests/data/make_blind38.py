"""Build tests/data/blind38.jsonl: a thirty-eighth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind38.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of the other gold sets
(every *.jsonl set, and the record lists inside the make_*.py scripts). Only
these were read, to keep the conventions and the file format: lines 1-121 of
make_blind22.py (its module docstring with the labeling conventions and the
style descriptions, and its import lines) and its closing scaffolding (from
the line starting `STYLES = {` to the end of the file, copied here);
gold_sets.py in full; and lines 1-64 of make_handwritten.py (its
conventions, the two regexes MARK and TITLE_IN_NAME, and `parse()`). No git
history was looked at, and nothing under /tmp but the brief. The detector,
the bench and the tests were never run on this file. Do not tune the
detector against it: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, and the national check digits inside the
Spanish, French, Portuguese, Belgian and Italian IBANs are right too
(worked out by hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs and refuses a bad one).
National ids with a public check digit (NHS number, SIN, Aadhaar, CPF, DNI
and NIE, South African ID, TFN, Irish PPSN, Dutch BSN, Singapore NRIC,
PESEL, Chilean RUT, Argentine CUIL, Croatian OIB, Greek AFM, Italian codice
fiscale, HKID) were given a valid one the same way (the South African ids
agree with the person's sex and birth date, the Indonesian NIKs carry the
person's birth date and sex, and the Vietnamese CCCD numbers their province,
sex and birth year), and so were the look-alikes that carry one (ISBN-13). US SSNs, UK NI
numbers, PAN, BVN, NIN, Kenyan ids and KRA PINs, Philippine SSS, PhilHealth
and TIN numbers, CURP, RG, NPWP, passports, licences, plates, bank account
numbers and staff, partner, student, member, patient and customer numbers
were not checked.

Styles (ids `blind38-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Ireland, Canada, Australia, New Zealand, India, Nigeria,
Kenya, South Africa, Singapore, the Philippines and other contexts, with
names from the many cultures living there); the rest are in Spanish (Spain,
Mexico, Argentina), Brazilian Portuguese, Indonesian and Vietnamese:
- `gen` (90): one to four LLM-style sentences with the personal data woven
  into the prose, leaning on gig-economy platforms (drivers, couriers,
  taskers, hosts), utilities billing (moves, meter readings, disputes,
  connections), dental clinics, wedding planning, police incident reports
  and appeals, and IT account provisioning and offboarding, with banking,
  pharmacy, insurance, schools, lettings, vets, telecoms, charities and
  more in between; names at the start, middle and end, lowercase,
  possessive, with and without honorifics.
- `bench` (100): dense records in the manner of ai4privacy
  pii-masking-200k/300k/400k, gretel-pii-masking-en-v1 and Nemotron-PII:
  forms, intake sheets, emails, tickets, log lines, code snippets, PNRs,
  court and police records, KYC and payroll files, with many entity kinds
  (titles, names, ages, DOBs in odd shapes, streets with secondary units,
  PO boxes, cities, states, postcodes, phones, emails, usernames,
  passwords, IPv4 / IPv6, user agents, MACs, cards, IBANs, bank accounts,
  SSNs, passports, licences, plates, national and tax ids).
- `table` (35): one labeled table per record rendered as text: CSV (comma
  and semicolon), TSV, pipes / Markdown, fixed-width, JSON lines, a JSON
  array, YAML and key: value blocks, with varied and abbreviated column
  names and non-PII columns mixed in; header rows are not labeled.
- `chat` (8): support chats, messaging groups and team channels, with
  clock-time stamps.
- `lookalike` (7): texts full of things that look like PII but are not
  (order, tracking, invoice, case and build references, SKUs, ISBNs,
  versions shaped like IPs, hashes, UUIDs, serials, MACs, company phone
  numbers and role mailboxes, eponyms, streets named after people without
  a number, timetable dates), with the few real PII values labeled; two of
  them have no PII at all.

Labeling conventions: those of make_blind22.py's docstring (and the sets
before it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words ("Grandma", "Uncle") stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any
  shape, times attached to them included; not bare years, weekdays alone,
  durations, or dates not tied to a person (sale, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC and routing numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / booking / tracking references, company
  phone numbers and role mailboxes, versions, hashes, serials, partial
  numbers ("ending 4417"), pets, eponyms and brands named after people, a
  header row.
- Table calls as in blind22: "sex", "gender", "role", "dept" or "status"
  columns stay unlabeled, an "age" column is AGE, a "country" or "state"
  column is LOCATION and a "nationality" column is NRP; job titles,
  employer and company fields are unlabeled; a building number in its own
  field and a secondary address field are ADDRESS; a "county" field is
  LOCATION; a "last login" timestamp of a person's account is DATE_TIME.
- Calls made while writing this set, in the same spirit: a weekday or a
  clock time said with a person's date belongs to the date's span
  ("Thursday 6 March at 9:40am", "23:15 on 3 January 2025"); a time alone
  is not labeled. The timestamp of a user event in a log line (login,
  password change, sudo, web request, consent) is DATE_TIME like a last
  login. Bill periods, due dates and card transaction dates are not
  labeled; move-in and move-out dates, meter visits, appointments,
  weddings, incidents, arrests, hearings and sign-ups are. Utility account
  and customer numbers, gig-platform driver / courier / partner ids and
  officers' badge and collar numbers are ID_NUMBER; meter serials, asset
  tags, frame numbers, VINs, ICCIDs and incident, crime, case, loan, Rx
  and ticket references are not. Honorifics outside TITLE_IN_NAME's list
  (Officer, PC, DC, Sgt., Det., Deputy, Tpr., P.O., Judge, Chief, Fr.,
  Rev., Shri, Ma'am, Dra., Bu, Ông, and "MR" / "MRS" / "MS" after a PNR or
  manifest name) are written as their own TITLE marks; a bare "Pak" or
  "kak" used to address someone without a name is not labeled.
  Role and shared mailboxes (careers@, sre-oncall@, shared-finance@) stay
  unlabeled even in a column that otherwise holds personal addresses. Venue, clinic, shop and airport names
  are not labeled; a house or property name in an address line is
  ADDRESS. A username inside a home-directory path is USERNAME; a profile
  URL is URL even when it contains the username. Masked numbers
  ("XXXX XXXX 4471") are not labeled. Three-letter nationality codes inside
  a PNR DOCS line are not labeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind38.jsonl")

GEN = [
    """Hi, I drove for you guys until last spring and my final payout never came through. Driver ID [[ID_NUMBER:DRV-448120]], the name on the account is [[PERSON:Tomasz Wierzbicki]], and the money should have gone to [[IBAN_CODE:GB96 BARC 7537 3381 5258 18]]. Can someone call me on [[PHONE_NUMBER:07700 914 362]]?""",
    """[[PERSON:Marguerite O'Donnell]] moved out of [[ADDRESS:Flat 3, 27 Haddington Road]], [[LOCATION:Ballsbridge]], on [[DATE_TIME:14 February 2025]] and asked for a final meter reading; her closing bill should go to her new address at [[ADDRESS:9 Seafield Crescent]], [[LOCATION:Booterstown]], [[ZIP_CODE:A94 K2X7]].""",
    """Reminder: [[PERSON:Kwame Asante-Boateng]] has a crown fitting at Brightsmile Dental on [[DATE_TIME:Thursday 6 March at 9:40am]]. Please bring your insurance card (member no. [[ID_NUMBER:BUP 77120394]]) and arrive ten minutes early.""",
    """The bride, [[PERSON:Anjali Mehra]], and the groom, [[PERSON:Rohan Kapoor]], will take their pheras on [[DATE_TIME:22 November 2025]] at the family home, [[ADDRESS:14 Juhu Tara Road]], [[LOCATION:Mumbai]]. The planner's notes say the mehndi is two days earlier and that Anjali's aunt [[PERSON:Sunita Mehra]] ([[PHONE_NUMBER:+91 98201 44573]]) is handling the guest list.""",
    """Incident 25-004187: at [[DATE_TIME:23:15 on 3 January 2025]], [[TITLE:Officer]] [[PERSON:D. Alvarez]] (badge [[ID_NUMBER:4471]]) responded to a noise complaint at [[ADDRESS:1820 W Catalpa Ave]], [[LOCATION:Chicago]]. The caller, [[PERSON:Heather Lindqvist]] ([[AGE:34]]), said music had been playing in the unit below hers since about nine.""",
    """New starter request: please create an AD account for [[PERSON:Oluwaseun Adeyemi]] (employee no. [[ID_NUMBER:E-203318]]), start date [[DATE_TIME:Monday 2 June 2025]], username [[USERNAME:oadeyemi]], mailbox [[EMAIL_ADDRESS:oluwaseun.adeyemi@harwellfoods.co.uk]]. Line manager is [[PERSON:Fiona Galbraith]]; add him to the Finance-AP and VPN-Users groups.""",
    """My mum, [[PERSON:Rosalind Achterberg]], is [[AGE:81]] and has asked me to help her with online banking. Her account number is [[ID_NUMBER:41882093]], sort code 20-45-77, and she has banked at the [[LOCATION:Harrogate]] branch since the seventies.""",
    """Hola, soy [[PERSON:Lucía Ferrándiz]], repartidora en la app desde hace dos años. Ayer me desactivaron la cuenta sin ningún aviso. Mi DNI es [[ID_NUMBER:32790063K]] y mi teléfono el [[PHONE_NUMBER:612 48 90 37]]; trabajo sobre todo en [[LOCATION:Valencia]], en la zona de [[LOCATION:Ruzafa]].""",
    """Account [[ID_NUMBER:8830 2291 774]]: [[PERSON:Mr Desmond Achebe]] disputes the estimated reading on his gas bill. He says an engineer read the meter on [[DATE_TIME:19/11/2024]] and he has a photo of it. Contact him at [[EMAIL_ADDRESS:d.achebe58@btinternet.com]].""",
    """Patient [[PERSON:Sofía Castellanos]], DOB [[DATE_TIME:09-14-2011]], was seen for an emergency extraction of a fractured premolar. Her father, [[PERSON:Andrés Castellanos]], signed the consent form. Chart #[[ID_NUMBER:DC-55821]]; next visit [[DATE_TIME:Oct 2, 3:15 pm]].""",
    """Hey [[PERSON:Bree]]! Just confirming the florist for your big day on the [[DATE_TIME:14th of June]]: peonies and eucalyptus for twelve tables. The $850 deposit went on the card ending 4417. Could you send me [[PERSON:Marcus]]'s mom's number so we can sort out her corsage?""",
    """[[TITLE:PC]] [[PERSON:Gareth Pryce]] stopped a silver Vauxhall Corsa, registration [[ID_NUMBER:CF19 XKT]], on the A470 near [[LOCATION:Pontypridd]]. The driver gave her name as [[PERSON:Kerry-Ann Bowen]], date of birth [[DATE_TIME:30/07/1996]], of [[ADDRESS:12 Taff Street]], [[LOCATION:Treforest]], [[ZIP_CODE:CF37 1UA]].""",
    """Hi team, [[PERSON:Wei Jie Tan]] is leaving us on [[DATE_TIME:30 April]]. Please disable [[USERNAME:weijie.tan]] at close of business that day, convert the mailbox to shared and forward it to [[EMAIL_ADDRESS:grace.lim@sutherlandpartners.sg]]. His laptop (asset tag SP-LT-0917) comes back to IT.""",
    """Olá, [[PERSON:Camila]]! Sua consulta de limpeza na Clínica Sorriso Leve está confirmada para [[DATE_TIME:terça-feira, 11/03, às 14h30]]. Em caso de dúvida, responda esta mensagem ou ligue para (11) 3251-7788.""",
    """Rider [[PERSON:Jasmine Okafor]] reported leaving her phone in the car after a trip from [[ADDRESS:455 Peachtree Center Ave NE]] to [[LOCATION:Decatur]] on [[DATE_TIME:Saturday, March 8]]. Her driver was [[PERSON:Abdi]] in a grey Camry, plate [[ID_NUMBER:RKV 4812]]. Best contact for her is her work line, [[PHONE_NUMBER:404-881-2270]].""",
    """Hi, I'm moving into [[ADDRESS:Unit 6/41 Beach Road]], [[LOCATION:Christies Beach]] [[LOCATION:SA]] [[ZIP_CODE:5165]] on [[DATE_TIME:15 May]] and need the electricity connected. Name: [[PERSON:Harpreet Sandhu]]. DOB [[DATE_TIME:02/09/1989]]. Mobile [[PHONE_NUMBER:0412 557 093]]. No concession card.""",
    """The repeat prescription for [[PERSON:Agnieszka Nowak-Ferris]], NHS no. [[ID_NUMBER:448 063 5815]], is ready: amlodipine 5 mg and atorvastatin 20 mg. Her son [[PERSON:Kieran]] will collect it on [[DATE_TIME:Friday the 21st]].""",
    """Trân trọng kính mời quý khách đến dự lễ thành hôn của [[PERSON:Nguyễn Minh Khoa]] và [[PERSON:Trần Thị Bảo Ngọc]] vào lúc [[DATE_TIME:11 giờ 00, Chủ nhật, ngày 12 tháng 10 năm 2025]] tại tư gia, [[ADDRESS:số 48 đường Lê Văn Sỹ]], [[LOCATION:Phường 11]], [[LOCATION:Quận Phú Nhuận]], [[LOCATION:TP. Hồ Chí Minh]]. Liên hệ: [[PHONE_NUMBER:0903 418 276]] (chú rể).""",
    """Witness statement. I, [[PERSON:Mohammed Iqbal Chaudhry]], of [[ADDRESS:77 Whitechapel Road]], [[LOCATION:London]] [[ZIP_CODE:E1 1DU]], state that on the evening of [[DATE_TIME:17 August 2024]] I saw a man in a dark hoodie try the door of the shop next to mine. I am [[AGE:52]] years old and I run the phone repair shop at that address.""",
    """Please whitelist the home IP of our contractor [[PERSON:Lars Henrik Solberg]], [[IP_ADDRESS:84.212.47.139]], on the staging VPN until the end of the sprint. His contractor ID is [[ID_NUMBER:CTR-00872]] and he'd like the invite sent to his personal address, [[EMAIL_ADDRESS:lhsolberg@proton.me]].""",
    """Delivery partner [[PERSON:Ramesh Gowda]] (partner ID [[ID_NUMBER:BLR-DP-772913]]) has asked for his weekly earnings to be paid into his new bank account [[ID_NUMBER:50100384726611]], IFSC HDFC0001832. The PAN on file is [[ID_NUMBER:BQTPG4821K]].""",
    """Hello, this is [[PERSON:Carol Ann Whitfield]] at [[ADDRESS:2209 Oakmont Dr]], [[LOCATION:Lubbock]], [[LOCATION:TX]] [[ZIP_CODE:79414]]. My water bill jumped to $312 this month and I think there's a leak on the city side of the meter. Account #[[ID_NUMBER:0047-22918-03]]. Please call me back at [[PHONE_NUMBER:(806) 555-0143]].""",
    """[[PERSON:Dr. Mireille Gagnon]] referred [[PERSON:Ethan Choi]] ([[AGE:14]]) to an orthodontist to assess his crossbite. Parent contact: [[PERSON:Soo-jin Choi]], [[PHONE_NUMBER:514-276-3390]], [[EMAIL_ADDRESS:soojin.choi@videotron.ca]].""",
    """Halo kak, saya [[PERSON:Dimas Prasetyo]], mitra driver dengan ID [[ID_NUMBER:GJ-3174-55821]]. Saldo saya belum cair sejak [[DATE_TIME:Senin, 3 Februari]]. Rekening BCA saya [[ID_NUMBER:5270441893]] atas nama [[PERSON:Dimas Prasetyo]]. Mohon dibantu ya, WA saya [[PHONE_NUMBER:0812-8847-2930]].""",
    """Seating note from the planner: put Grandma [[PERSON:Dot]] ([[PERSON:Dorothy Pemberton]], [[AGE:91]]) at table 1 near the exit, and keep Uncle [[PERSON:Rick]] well away from the bar. [[PERSON:Tessa]] and [[PERSON:Jordan]] want the toasts to start at 8:15 sharp.""",
    """Police are appealing for witnesses after a [[AGE:19]]-year-old man was assaulted in [[LOCATION:Adelaide]]'s West End in the early hours of [[DATE_TIME:Sunday 9 February]]. A [[AGE:23]]-year-old man from [[LOCATION:Salisbury]] has been charged and will appear in court later this month. Anyone with dashcam footage should call Crime Stoppers on 1800 333 000.""",
    """Access review: [[PERSON:Beatriz Monteiro]] ([[EMAIL_ADDRESS:bmonteiro@lumenanalytics.io]]) still has admin rights on the production Postgres cluster even though she moved to marketing on [[DATE_TIME:1 March]]. Her last login came from [[IP_ADDRESS:2a02:8109:9d40:1a2f::7c3]] on [[DATE_TIME:2025-03-18 22:41 UTC]].""",
    """I'm following up on claim CLM-2025-118842 for the water damage in my kitchen. My name is [[PERSON:Gideon Mwangi]], I'm the policyholder, and the adjuster who came out on [[DATE_TIME:January 28th]] was [[PERSON:Ms. Patterson]]. Please reply to [[EMAIL_ADDRESS:gideon.mwangi@gmail.com]] rather than calling.""",
    """[[PERSON:Aroha Ngata]] (student number [[ID_NUMBER:20418873]]) will be away from [[DATE_TIME:Tuesday 4 November]] until the end of the week for a tangihanga in [[LOCATION:Rotorua]]. Ngā mihi, [[PERSON:Hemi Ngata]] (her dad).""",
    """Tenancy application. Primary applicant: [[PERSON:Chidinma Eze]], [[AGE:29]], currently renting at [[ADDRESS:Flat 12, Block C, 5 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]; NIN [[ID_NUMBER:71820394457]]. Guarantor: [[TITLE:Chief]] [[PERSON:Emeka Eze]], [[PHONE_NUMBER:0803 412 7765]].""",
    """Dear [[PERSON:Ms Haworth]], thank you for letting us know you've moved. We've closed account [[ID_NUMBER:620 118 4472]] at [[ADDRESS:4 Peel Terrace]], [[LOCATION:Burnley]], with a final reading of 18,442 kWh taken on [[DATE_TIME:7 April 2025]]. Any credit will be refunded to the account ending 0291 within ten working days.""",
    """Biscuit, a four-year-old beagle belonging to [[PERSON:Ines Vandermeulen]], is booked in for a scale and polish on [[DATE_TIME:12 June]]; no food after 8 the night before. Owner's mobile: [[PHONE_NUMBER:+32 471 28 90 14]].""",
    """Freelancer profile: [[PERSON:Valentina Ríos]], UX designer based in [[LOCATION:Medellín]], [[LOCATION:Colombia]]. Portfolio at [[URL:https://valentinarios.design]]; she invoices through the platform and gets paid to [[EMAIL_ADDRESS:vale.rios.ux@gmail.com]]. Hourly rate $45, available from mid-month.""",
    """According to the report, the suspect vehicle was a 2016 Honda Civic with [[LOCATION:California]] plate [[ID_NUMBER:8KJD274]], registered to [[PERSON:Trevor Nguyen]] of [[LOCATION:Garden Grove]]. [[PERSON:Nguyen]] told [[TITLE:Deputy]] [[PERSON:Salas]] he had lent the car to a cousin, [[PERSON:Danny]], on [[DATE_TIME:May 3]].""",
    """Hi [[PERSON:Mr. Papadopoulos]], it's been over a year since your last check-up with [[PERSON:Dr Hannah Lowe]]. Reply YES to book [[DATE_TIME:Wed 19 Nov, 10:30am]] or call the practice on 03 9387 4410.""",
    """Oi, [[PERSON:Juliana]]! Aqui é a [[PERSON:Renata]], a cerimonialista. Confirmei com o bufê o casamento de vocês no dia [[DATE_TIME:18 de outubro, às 16h]], no [[ADDRESS:Sítio Recanto das Águas, Estrada Municipal 220, km 4]], em [[LOCATION:Atibaia]]. Preciso do CPF do [[PERSON:Felipe]] para o contrato; o seu eu já tenho ([[ID_NUMBER:886.237.154-38]]).""",
    """Please revoke all access for [[PERSON:Karthik Subramanian]] (emp ID [[ID_NUMBER:INF-118204]]) effective [[DATE_TIME:31-Jan-2025 18:00 IST]]. Reassign his open Jira tickets to [[PERSON:Divya R.]] and archive [[EMAIL_ADDRESS:karthik.s@infovale.in]] for seven years.""",
    """I'd like to port my number, [[PHONE_NUMBER:082 447 9031]], over from my old network. Account holder: [[PERSON:Lindiwe Mahlangu]], ID [[ID_NUMBER:9102181035085]]. Please courier the SIM to [[ADDRESS:18 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]].""",
    """Payroll change for [[PERSON:Siobhán Ní Bhriain]]: her salary now goes to [[IBAN_CODE:IE22 AIBK 5228 7650 2619 89]] from the next pay run. PPSN [[ID_NUMBER:5411166U]] is unchanged and her tax credits carry over.""",
    """someone should really DM [[PERSON:kenji]] lol, his address ([[ADDRESS:3-14-7 Kichijoji Honcho]], [[LOCATION:Musashino]]) was on the parcel behind him for like ten minutes of the stream. [[USERNAME:kenji_makes_things]] if anyone has him on discord""",
    """Guest [[PERSON:Fatima Zahra El Idrissi]], [[NRP:Moroccan]] passport [[ID_NUMBER:UZ4718302]], checks in on [[DATE_TIME:12 Sept]] and expects to arrive late, around 23:00. She has asked for a cot for her [[AGE:2]]-year-old.""",
    """Hi [[PERSON:Sam]], your booking with [[PERSON:Ionut Dragomir]] for flat-pack assembly is confirmed for [[DATE_TIME:Sunday 16 March, 1-3pm]]. He'll meet you at [[ADDRESS:Flat 9, Larkspur House, 61 Rye Lane]], [[LOCATION:Peckham]], [[ZIP_CODE:SE15 5EY]]; please make sure there's parking nearby.""",
    """Kính gửi khách hàng [[PERSON:Phạm Văn Hùng]], mã khách hàng [[ID_NUMBER:PE0400028813]], địa chỉ [[ADDRESS:125/4 Nguyễn Trãi]], [[LOCATION:Phường 2]], [[LOCATION:Quận 5]]. Hóa đơn tiền điện tháng 02/2025 của quý khách là 1.284.500 đồng, hạn thanh toán 20/03/2025.""",
    """The Divisional Police Officer confirmed that [[PERSON:Mr. Ifeanyi Okonkwo]], [[AGE:45]], was robbed at gunpoint near his home in [[LOCATION:Surulere]], [[LOCATION:Lagos]], on [[DATE_TIME:Tuesday, 14 January]]. His black Toyota Highlander, registration [[ID_NUMBER:KJA 482 FT]], has not been recovered.""",
    """Your university IT account is ready. Student: [[PERSON:Ngozi Obi-Okafor]] / ID [[ID_NUMBER:s4402917]] / username [[USERNAME:nobiokafor]] / email [[EMAIL_ADDRESS:n.obi-okafor@student.kelvinside.ac.uk]] / temporary password Kelv!n-2025-xQ7. You will be asked to change it when you first sign in.""",
    """Pre-authorization request for [[PERSON:Luis Ángel Ortega]], DOB [[DATE_TIME:1978-04-22]], subscriber ID [[ID_NUMBER:DLT884129003]], group 00471: D2740 porcelain crown on tooth #19. Treating dentist: [[PERSON:Dr. Amy Rosenthal]].""",
    """Undangan pernikahan [[PERSON:Rizky Aditya Nugroho]] & [[PERSON:Putri Ayu Lestari]]. Akad nikah: [[DATE_TIME:Sabtu, 7 Juni 2025, pukul 08.00 WIB]], di [[ADDRESS:Jl. Kaliurang Km 5,6 No. 12]], [[LOCATION:Sleman]], [[LOCATION:Yogyakarta]]. Konfirmasi kehadiran ke [[TITLE:Bu]] [[PERSON:Sri]] ([[PHONE_NUMBER:0857-2931-4408]]).""",
    """Additional driver added to the hire: [[PERSON:Callum Fraser]], UK licence [[ID_NUMBER:FRASE806152C99LK]], DOB [[DATE_TIME:15/06/1982]]. Collection from the Edinburgh Airport desk on [[DATE_TIME:22 July at 09:00]].""",
    """Dear [[PERSON:Mr Okoro]], your tribunal hearing is listed for [[DATE_TIME:10am on 3 December 2025]] at [[ADDRESS:Victory House, 30-34 Kingsway]], [[LOCATION:London]] [[ZIP_CODE:WC2B 6EX]]. Your case number is 2204418/2024; please quote it on all correspondence.""",
    """Hi [[PERSON:Mele]]! I'm [[PERSON:Connor]], your walker this week. I'll pick Pepper up from [[ADDRESS:2281 Kalākaua Ave, Apt 1703]] at noon each day. My cell is [[PHONE_NUMBER:808-394-2217]] if anything changes.""",
    """Service transfer from [[PERSON:Jean-François Tremblay]] to [[PERSON:Aisha Mohamud]] at [[ADDRESS:310-1455 rue Saint-Marc]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H3H 2G1]], effective [[DATE_TIME:July 1]]. [[PERSON:Ms. Mohamud]]'s contact number is [[PHONE_NUMBER:438-812-5590]].""",
    """Police received a report from a [[AGE:63]]-year-old woman on [[DATE_TIME:5 Mar]] that she had transferred $48,000 to a man claiming to be a bank officer. A [[AGE:27]]-year-old man, [[PERSON:Lim Jun Hao]], was arrested at [[ADDRESS:Blk 412 Bedok North Ave 2, #09-118]] the next day.""",
    """Add [[USERNAME:pkowalczyk-dev]] to the GitHub org with write access to payments-api. That's [[PERSON:Paweł Kowalczyk]], our new backend contractor, who starts [[DATE_TIME:Mon 7 Apr]]. His laptop ships to [[ADDRESS:ul. Długa 44/12]], [[ZIP_CODE:00-238]] [[LOCATION:Warszawa]].""",
    """[[PERSON:Ms Farah Qureshi]] rang to cancel her hygienist appointment on [[DATE_TIME:Tuesday 8th April at 2.10pm]] because of a family emergency. She'd like something after 4pm the following week; mobile [[PHONE_NUMBER:07843 216 559]].""",
    """Querida [[PERSON:Ximena]]: te confirmo que la prueba de menú para tu boda con [[PERSON:Emiliano]] quedó para el [[DATE_TIME:viernes 21 de febrero a las 13:00]] en el salón de [[ADDRESS:Av. Vallarta 3233]], [[LOCATION:Guadalajara]]. Por favor confírmame el número de invitados antes del día 10. Un abrazo, [[PERSON:Paola Lizárraga]].""",
    """Someone just tried to use my card [[CREDIT_CARD:4219 6159 4015 0208]] at an electronics shop in [[LOCATION:Lisbon]] and I'm sitting at home in [[LOCATION:Manchester]]! Please block it now. [[PERSON:Olamide Bankole]], DOB [[DATE_TIME:3rd Oct 1990]].""",
    """O entregador [[PERSON:Wellington Souza]] (CPF [[ID_NUMBER:313.481.043-33]]) informa que deixou o pedido na portaria do prédio da [[ADDRESS:Rua Harmonia, 781, apto 52]], [[LOCATION:Vila Madalena]], [[LOCATION:São Paulo]], às 20h12, mas a cliente, [[PERSON:Beatriz]], diz que não recebeu nada.""",
    """Gardaí in [[LOCATION:Athlone]] are asking for the public's help in tracing [[PERSON:Shauna Kiely]] ([[AGE:16]]), who has been missing from her home since [[DATE_TIME:Wednesday 12 March]]. [[PERSON:Shauna]] is described as 5 ft 4, slim, with long red hair.""",
    """User [[PERSON:Marta Sokolova]] was locked out after too many failed attempts from [[IP_ADDRESS:91.203.144.76]]. I verified her with a callback to the mobile on file, [[PHONE_NUMBER:+372 5384 1197]], reset the password for [[USERNAME:msokolova]] and re-enrolled MFA.""",
    """Refill request: [[PERSON:Dolores Quintanilla]], DOB [[DATE_TIME:11/02/1951]], Medicare ID [[ID_NUMBER:4TE3-KU8-MK72]], would like her lisinopril sent to the Walgreens at [[ADDRESS:1401 S Congress Ave]] from now on.""",
    """Hey, my order from last night never arrived. The app says [[PERSON:Sione]] dropped it at [[ADDRESS:17 Fennell Street]], but I live at [[ADDRESS:71 Fennell Street]], [[LOCATION:Parramatta]]. My name's [[PERSON:Eliza Tran]] and my number is [[PHONE_NUMBER:0433 902 617]].""",
    """Re: account [[ID_NUMBER:3358-0917-42]]. Our solar panels were switched on on [[DATE_TIME:April 14]] but the last two bills still show no export credit, so [[PERSON:Rafael]] and I have attached the permission-to-operate letter. Property: [[ADDRESS:8842 E Desert Cove Ave]], [[LOCATION:Scottsdale]], [[LOCATION:AZ]] [[ZIP_CODE:85260]]. Thanks, [[PERSON:Lina Moreno]]""",
    """[[PERSON:Wanjiru Kamau]] (KCSE index [[ID_NUMBER:20418004012]]) has been awarded the county bursary of KES 40,000. Her national ID is [[ID_NUMBER:34188207]]; funds go straight to the school account. Contact her guardian, [[PERSON:Mr. Joseph Kamau]], on [[PHONE_NUMBER:0722 581 334]].""",
    """Good day [[TITLE:Ma'am]] [[PERSON:Kristine]]! Your braces adjustment has been moved to [[DATE_TIME:Saturday, Aug 9, 11AM]] because [[TITLE:Dra.]] [[PERSON:Villanueva]] will be at a seminar. Please reply CONFIRM to keep the slot.""",
    """Notice of marriage given at the [[LOCATION:Brighton]] register office by [[PERSON:Thomas Aldous Reed]], [[AGE:38]], divorced, of [[ADDRESS:22 Hanover Street]], [[LOCATION:Brighton]], [[ZIP_CODE:BN2 9SR]], and [[PERSON:Kemal Aydın]], [[AGE:35]], single, a [[NRP:Turkish]] national of the same address. Ceremony intended on or after [[DATE_TIME:28 August 2025]].""",
    """New locum: [[PERSON:Dr Yusuf Adebayo-Smith]], GMC [[ID_NUMBER:7312846]], needs EPR and PACS access from [[DATE_TIME:6 October]] for a three-month placement on ward 9. Smartcard details to follow; his NHSmail is [[EMAIL_ADDRESS:yusuf.adebayo-smith@nhs.net]].""",
    """At [[DATE_TIME:0214 hrs on 2024-12-26]], members attended [[ADDRESS:4417 50 Ave]], [[LOCATION:Red Deer]], for a disturbance. The complainant, [[PERSON:Brittany Loewen]] ([[AGE:31]]), stated that her ex-partner [[PERSON:Colt Harder]] had kicked in the back door and left before police arrived.""",
    """Estimado cliente [[PERSON:Jorge Benítez Salvatierra]]: le informamos de que el corte de suministro programado en [[ADDRESS:Calle Alcalá 214, 3º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]], ha quedado cancelado tras recibir su pago. Su número de cliente es [[ID_NUMBER:300184472915]].""",
    """Tasker [[PERSON:Demetrius Hall]] was reported by his client, [[PERSON:Karen Liu]], for arriving two hours late to a furniture move at [[ADDRESS:5120 Roosevelt Way NE, Unit 304]], [[LOCATION:Seattle]]. [[PERSON:Demetrius]] says she moved the time by texting his personal number, [[PHONE_NUMBER:206-719-4480]], on the morning of [[DATE_TIME:Jan 11]].""",
    """The applicant, [[PERSON:Thandiwe Nkosi]], was born on [[DATE_TIME:27 September 1993]] in [[LOCATION:Durban]] and holds [[NRP:South African]] passport [[ID_NUMBER:A09847213]] and ID number [[ID_NUMBER:9309274321088]]. She is applying for a Skilled Worker visa sponsored by a care home in [[LOCATION:Leicester]].""",
    """Nha khoa thông báo: khách hàng [[PERSON:Lê Thị Thu Hà]], số điện thoại [[PHONE_NUMBER:0938 215 764]], có lịch tái khám niềng răng vào [[DATE_TIME:9 giờ sáng thứ Bảy, 15/03]]. Vui lòng đến trước 10 phút để làm thủ tục.""",
    """Our [[NRP:Catholic]] parish is delighted to welcome [[TITLE:Fr.]] [[PERSON:Emmanuel Osei]], who arrives from [[LOCATION:Kumasi]] on [[DATE_TIME:1 September]]. Anyone who would like to host him for dinner can sign up with [[PERSON:Bernadette Nolan]] at [[EMAIL_ADDRESS:bernie.nolan52@eircom.net]].""",
    """Confidential: [[PERSON:Gavin Strachan]], warehouse operative, staff no. [[ID_NUMBER:004117]], was given a final written warning on [[DATE_TIME:19 Feb 2025]] following the forklift incident. His union rep, [[PERSON:Moira Baird]], attended the meeting.""",
    """Rider [[PERSON:Kevin Otieno]] ([[PHONE_NUMBER:0711 902 488]]) picked up the parcel in [[LOCATION:Westlands]] and handed it to [[PERSON:Achieng]] at [[ADDRESS:Ngong Lane Plaza, 2nd floor]], [[LOCATION:Kilimani]]. His earnings for the week are paid against KRA PIN [[ID_NUMBER:A013884217Z]].""",
    """Please give [[PERSON:Noor Haddad]] and [[PERSON:Ji-ho Park]] send-as rights on careers@meridianlabs.com before the graduate campaign opens. Their own accounts are [[EMAIL_ADDRESS:nhaddad@meridianlabs.com]] and [[EMAIL_ADDRESS:jpark2@meridianlabs.com]].""",
    """Dear [[TITLE:Shri]] [[PERSON:Venkatesh Iyer]], Consumer No. [[ID_NUMBER:110418872316]]: your electricity bill of Rs. 2,418 is now available. A smart meter will be installed at [[ADDRESS:Flat 402, Sai Krupa Apartments, 7th Cross]], [[LOCATION:Malleswaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]] on [[DATE_TIME:18-03-2025]]; please make sure someone is at home.""",
    """Citation issued to [[PERSON:Brandon K. Ellis]], [[LOCATION:OH]] DL [[US_DRIVER_LICENSE:SR482915]], for 58 in a 35 zone on [[DATE_TIME:06/22/2025]]. Vehicle: [[LOCATION:Ohio]] plate [[ID_NUMBER:JMN 4472]], registered owner same.""",
    """This agreement is between Lumen & Lace Photography and [[PERSON:Hyun-woo Kang]] and [[PERSON:Olivia Brandt]] ("the Clients") of [[ADDRESS:1190 Pine St, Apt 5C]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94109]], for eight hours of coverage of their wedding on [[DATE_TIME:September 27, 2025]].""",
    """Pak, saya penumpang yang tadi malam naik dari [[LOCATION:Kemang]] ke [[ADDRESS:Jl. Tebet Barat Dalam II No. 8]]. Tas laptop saya ketinggalan di jok belakang. Nama saya [[PERSON:Anindya Kusumawardani]], nomor [[PHONE_NUMBER:+62 813-1904-7726]]. Plat mobilnya [[ID_NUMBER:B 2917 KZT]].""",
    """Case note: home visit to [[PERSON:Mrs. Evelyn Bradshaw]] ([[AGE:88]]) at [[ADDRESS:6 Larch Close]], [[LOCATION:Kettering]], on [[DATE_TIME:24/01/2025]]. Her daughter [[PERSON:Joanne]] was present. [[PERSON:Mrs. Bradshaw]] reports two falls since Christmas and is not using her frame indoors.""",
    """Hi, I was billed $480 for a filling my insurance should have covered. Patient: [[PERSON:Tariq Haddad]]. Date of service [[DATE_TIME:Feb 4, 2025]]. My member ID is [[ID_NUMBER:983305172]]. I paid with my Amex [[CREDIT_CARD:3754 266764 72255]] and would like the refund to go back to it.""",
    """Hi, I can't log in any more and I think someone changed the email on my account. My username is [[USERNAME:dariusz_b1987]] and the original email was [[EMAIL_ADDRESS:dariusz.bielecki@wp.pl]]. The last time it worked was around [[DATE_TIME:March 2]], from home in [[LOCATION:Gdańsk]].""",
    """Crime reference 42/118803/25. The victim, [[PERSON:Imogen Hartley-Shaw]], reports her bicycle (frame no. WTU188C04417J) stolen from outside [[ADDRESS:Block B, Cavendish Court]] between [[DATE_TIME:18:00 on 9 May]] and [[DATE_TIME:07:30 on 10 May]]. Contact number [[PHONE_NUMBER:07912 448 021]].""",
    """The final balance for the [[PERSON:Goldberg]]-[[PERSON:Abdullah]] wedding ($6,240) is due two weeks before the event. [[PERSON:Naomi Goldberg]] paid the deposit with Visa [[CREDIT_CARD:4486 1031 7353 9617]], and [[PERSON:Yusuf Abdullah]] asked whether the rest can be split over two cards. Ceremony: [[DATE_TIME:Sunday, 19 October 2025]].""",
    """Good morning, my name is [[PERSON:Pieter van der Merwe]] and municipal account [[ID_NUMBER:552008714]] shows a water charge of R4,800 for [[ADDRESS:14 Kommandeur Street]], [[LOCATION:Welgemoed]], [[LOCATION:Bellville]]. Nobody has lived there since my mother passed away on [[DATE_TIME:3 November]], so this cannot be right.""",
    """Hi [[PERSON:Magnus]], thanks for booking! Check-in is from [[DATE_TIME:3pm on Friday 25 July]]. The lockbox code is 4471 and the flat is at [[ADDRESS:Skólavörðustígur 12, 2nd floor]], [[ZIP_CODE:101]] [[LOCATION:Reykjavík]]. If anything goes wrong, text me on [[PHONE_NUMBER:+354 861 2094]]. [[PERSON:Sigrún]]""",
    """My great-grandfather, [[PERSON:Giuseppe Abbatangelo]], left [[LOCATION:Calabria]] for [[LOCATION:Buenos Aires]] in 1911. His naturalisation papers say he was [[NRP:Italian]] by birth and give his date of birth as [[DATE_TIME:4 March 1889]], which doesn't match the parish register.""",
    """Membership freeze request: [[PERSON:Chloé Marchetti]], member #[[ID_NUMBER:77-40192]], is expecting a baby in [[DATE_TIME:mid-August]]. Please freeze her membership from [[DATE_TIME:1 June]] to [[DATE_TIME:30 November]] and pause the direct debit.""",
    """Interlibrary loan for [[PERSON:Prof. Adaeze Nwosu]] (staff ID [[ID_NUMBER:U0088143]], History): two volumes of colonial gazettes, to be held at the issue desk. Notify her at [[EMAIL_ADDRESS:a.nwosu@hartley-history.ac.uk]] when they arrive.""",
    """Thank you, [[PERSON:Harold]] and [[PERSON:June Whitcombe]], for your gift of £250. As you ticked Gift Aid, we've recorded your home address as [[ADDRESS:The Old Forge, Church Lane]], [[LOCATION:Little Wittenham]], [[ZIP_CODE:OX14 4RA]]. Your donor number is [[ID_NUMBER:D0091822]].""",
]

BENCH = [
    """Dear [[PERSON:Marisol]], your verification for the Operations Analyst role is still pending. Please confirm your date of birth ([[DATE_TIME:07/19/1991]]) and the mailing address we have on file: [[ADDRESS:4410 Greenbriar Lane, Suite 12]], [[LOCATION:Fort Collins]], [[LOCATION:CO]] [[ZIP_CODE:80525]].""",
    """PATIENT INTAKE
Name: [[PERSON:Kofi Mensah-Bonsu]]
Sex: M
DOB: [[DATE_TIME:1969-11-03]]
Age: [[AGE:55]]
Address: [[ADDRESS:88 Carrington Street]], [[LOCATION:Nottingham]] [[ZIP_CODE:NG1 7FG]]
Phone: [[PHONE_NUMBER:0115 946 2281]]
NHS No: [[ID_NUMBER:478 397 0521]]
GP: [[PERSON:Dr. R. Chaudhary]]
Allergies: penicillin""",
    """[[DATE_TIME:2025-02-11T08:14:52Z]] auth INFO login ok user=[[USERNAME:mkhumalo]] ip=[[IP_ADDRESS:41.76.108.22]] mfa=totp
[[DATE_TIME:2025-02-11T08:15:07Z]] auth WARN password_change user=[[USERNAME:mkhumalo]] ip=[[IP_ADDRESS:41.76.108.22]] new_pw_len=14
[[DATE_TIME:2025-02-11T08:15:09Z]] mailer INFO queued template=pw_changed to=[[EMAIL_ADDRESS:m.khumalo@outlook.co.za]]""",
    """Hey [[PERSON:Tobias]], the [[LOCATION:Bavaria]] payroll run failed for [[PERSON:Kreszentia Huber]]: her IBAN [[IBAN_CODE:DE72 7907 9270 3272 8070 84]] was rejected by the bank (BIC BYLADEM1001). Could you double-check it with her at [[EMAIL_ADDRESS:k.huber@gmx.de]] before Friday?""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Marcus T. Delacroix]]
SSN: [[US_SSN:512-48-9036]]
Date of Birth: [[DATE_TIME:March 3, 1984]]
Employer: Gulf Coast Marine Services
Annual Income: $86,400
Residence: [[ADDRESS:2719 Magazine St]], [[LOCATION:New Orleans]], [[LOCATION:LA]] [[ZIP_CODE:70130]]
Requested Amount: $24,000
Loan ID: LN-2025-004418""",
    """Your order for the ergonomic chair will be shipped to [[ADDRESS:Apartment 14, 233 Kingsway]], [[LOCATION:Hove]]. For payment we charged [[CREDIT_CARD:5381 1086 3437 0752]] (exp 09/27, CVV 418). Reach [[PERSON:Ophelia Grant-Ross]] on [[PHONE_NUMBER:+44 7700 318 204]] to arrange a delivery slot.""",
    """Claimant: [[PERSON:Rajesh Venkataraman]] | Policy: HLT-99218-B | DOB: [[DATE_TIME:14-Aug-1975]] | Aadhaar: [[ID_NUMBER:9632 5238 9780]] | Hospital: Apollo, [[LOCATION:Chennai]] | Admission: [[DATE_TIME:02-Jan-2025]] | Discharge: [[DATE_TIME:06-Jan-2025]] | Mobile: [[PHONE_NUMBER:+91 94440 18823]]""",
    """From: [[EMAIL_ADDRESS:ines.carvalho@sapo.pt]]
To: support@streamly.com
Subject: Charged after cancelling

Hello, I cancelled my plan on [[DATE_TIME:2 January]] but was charged EUR 12.99 again on my card [[CREDIT_CARD:4775 0481 7149 7039]]. Account name [[PERSON:Inês Carvalho]], username [[USERNAME:inescarv_88]]. Please refund it.""",
    """Employee: [[PERSON:Aiyana Redcloud]]
Employee ID: [[ID_NUMBER:HR-0092217]]
Title: Senior Data Engineer
Start date: [[DATE_TIME:2021-09-13]]
Manager: [[PERSON:Brent Kowalski]]
Work email: [[EMAIL_ADDRESS:aiyana.redcloud@northwind-analytics.com]]
Home: [[ADDRESS:311 Elm Ridge Rd]], [[LOCATION:Rapid City]], [[LOCATION:SD]] [[ZIP_CODE:57701]]
Emergency contact: [[PERSON:Lena Redcloud]] (sister) [[PHONE_NUMBER:605-394-7721]]""",
    """During the telehealth visit on [[DATE_TIME:April 2, 2025]], [[PERSON:Dr. Priscilla Osei]] spoke with [[PERSON:Hamza Al-Rashid]], a [[AGE:42]]-year-old software engineer from [[LOCATION:Dearborn]], [[LOCATION:Michigan]], about recurring migraines. His medical record number is [[ID_NUMBER:MRN 00481729]] and his insurer is Blue Lakes Health.""",
    """Taxpayer: [[PERSON:Geneviève Lapointe]] -- SIN [[ID_NUMBER:701 292 955]] -- Date of birth: [[DATE_TIME:1988-02-29]] -- Mailing address: [[ADDRESS:77 rue des Érables]], [[LOCATION:Gatineau]] [[LOCATION:QC]] [[ZIP_CODE:J8Y 3K2]] -- Marital status: common-law -- Notice of assessment: paper""",
    """Please update the records of [[PERSON:Zhou Xinyi]], currently working as Principal Branding Coordinator. Her new address is [[ADDRESS:Room 1802, 18/F, Tower 2, 33 Canton Road]], [[LOCATION:Tsim Sha Tsui]], [[LOCATION:Kowloon]], her HKID is [[ID_NUMBER:Y482915(6)]] and her mobile is [[PHONE_NUMBER:+852 9173 4420]].""",
    """Incident report #IR-77120
Reporting officer: [[TITLE:Sgt.]] [[PERSON:Leilani Kahale]], badge [[ID_NUMBER:2281]]
Date/time: [[DATE_TIME:03/15/2025 21:47]]
Location: [[ADDRESS:900 Ala Moana Blvd]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]]
Involved: [[PERSON:Kekoa Palakiko]] (M, [[AGE:24]]); [[PERSON:Trent Ashby]] (M, [[AGE:29]])
Narrative: verbal altercation in the parking structure, level 3. No injuries. Both parties advised and released.""",
    """Account holder: [[PERSON:Eleni Papadaki]]
IBAN: [[IBAN_CODE:GR53 0110 1255 2601 8159 0830 166]]
Tax ID (AFM): [[ID_NUMBER:276018954]]
Address: [[ADDRESS:Tsimiski 88]], [[ZIP_CODE:546 22]] [[LOCATION:Thessaloniki]]
Statement period: 01/02/2025 - 28/02/2025
Closing balance: EUR 3,412.77""",
    """[[PERSON:Jaylen]] ([[AGE:15]]) from [[LOCATION:Baltimore]] submitted the science fair entry form with his guardian's email [[EMAIL_ADDRESS:tanya.brooks79@yahoo.com]] from IP [[IP_ADDRESS:73.128.44.201]]. Supervising teacher: [[PERSON:Mr. Halvorsen]].""",
    """Vehicle registration renewal. Owner: [[PERSON:Abigail Stroud]]; plate [[ID_NUMBER:DK 84 LM]]; VIN 1HGCM82633A004352; NSW licence [[ID_NUMBER:14429087]]; DOB [[DATE_TIME:21 Jan 1972]]; address [[ADDRESS:3/16 Wattle Street]], [[LOCATION:Ultimo]] [[LOCATION:NSW]] [[ZIP_CODE:2007]]; term: 12 months.""",
    """# settings_local.py -- DO NOT COMMIT
DEBUG = True
ADMIN_EMAIL = "[[EMAIL_ADDRESS:pedro.albuquerque@fintrek.com.br]]"
TEST_CUSTOMER_NAME = "[[PERSON:Pedro Albuquerque]]"
TEST_CPF = "[[ID_NUMBER:949.756.995-59]]"
TEST_CARD = "[[CREDIT_CARD:5105 0774 1329 3243]]"
SECRET_KEY = "k3$9fj2-0x!!q8mz"
ALLOWED_HOSTS = ["127.0.0.1", "staging.fintrek.internal"]""",
    """Discharge summary for [[PERSON:Beatrix Holloway]], MRN [[ID_NUMBER:H-22918471]], admitted [[DATE_TIME:2024-10-02]] with community-acquired pneumonia and discharged [[DATE_TIME:2024-10-07]]. [[AGE:79]] y/o female with COPD. Follow-up with [[PERSON:Dr. Nakamura]] in two weeks; pharmacy CVS #4471.""",
    """Hi [[PERSON:Quinn]], kindly reset the password on the account tied to [[EMAIL_ADDRESS:quinn.oyelaran@protonmail.com]]. It was last accessed from [[IP_ADDRESS:2601:647:4d00:3e10:b5c2:91f4:6ad:1f22]] with Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15. Temporary password: 9vR#t2Lq!""",
    """Solicitud de alta. Nombre: [[PERSON:María José Etxeberria Olano]]; NIF: [[ID_NUMBER:72836425W]]; fecha de nacimiento: [[DATE_TIME:03/05/1986]]; domicilio: [[ADDRESS:Calle Urbieta 17, 4º izq.]], [[ZIP_CODE:20006]] [[LOCATION:Donostia-San Sebastián]]; teléfono: [[PHONE_NUMBER:+34 688 412 905]]; cuenta de cargo: [[IBAN_CODE:ES88 4498 7023 4228 6648 6630]].""",
    """Ficha cadastral | Nome: [[PERSON:Thiago Henrique Barbosa]] | CPF: [[ID_NUMBER:710.997.233-02]] | RG: [[ID_NUMBER:28.417.339-6]] | Nascimento: [[DATE_TIME:17/09/1993]] | Endereço: [[ADDRESS:Av. Sete de Setembro, 1842, ap. 301]], [[LOCATION:Salvador]] - [[LOCATION:BA]], CEP [[ZIP_CODE:40080-002]] | E-mail: [[EMAIL_ADDRESS:thiago.hbarbosa@hotmail.com]] | Celular: [[PHONE_NUMBER:(71) 98812-4470]]""",
    """Data nasabah. Nama: [[PERSON:Siti Nurhaliza Rahmawati]]; NIK: [[ID_NUMBER:3273046104920003]]; tempat/tanggal lahir: [[LOCATION:Bandung]], [[DATE_TIME:21 April 1992]]; alamat: [[ADDRESS:Jl. Dago Asri II No. 14, RT 03/RW 07]], [[LOCATION:Kel. Dago]], [[LOCATION:Kec. Coblong]], [[LOCATION:Kota Bandung]] [[ZIP_CODE:40135]]; No. HP: [[PHONE_NUMBER:0822-1873-4409]]; NPWP: [[ID_NUMBER:84.219.337.5-423.000]].""",
    """Hồ sơ khách hàng. Họ tên: [[PERSON:Đỗ Quang Vinh]]; ngày sinh: [[DATE_TIME:08/11/1987]]; số CCCD: [[ID_NUMBER:001087014532]]; địa chỉ thường trú: [[ADDRESS:số 27 ngõ 165 Cầu Giấy]], [[LOCATION:phường Dịch Vọng]], [[LOCATION:quận Cầu Giấy]], [[LOCATION:Hà Nội]]; điện thoại: [[PHONE_NUMBER:0912 447 803]]; email: [[EMAIL_ADDRESS:vinh.doquang87@gmail.com]].""",
    """Caller [[PERSON:Bernard Fitzgerald-Obi]] phoned about a broadband outage at [[ADDRESS:15 Marine Parade]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]], [[ZIP_CODE:A96 R8C4]]. He passed security with his date of birth, [[DATE_TIME:12/12/1964]], and account number [[ID_NUMBER:IE-BB-3310472]]. Engineer visit booked for [[DATE_TIME:Thu 20 Mar, 8am-1pm]].""",
    """[[PERSON:Everett Lindqvist]], the Lead Integration Strategist at Okuneva Group, needs his building pass reprogrammed. His staff number is [[ID_NUMBER:0048-LND]] and he will be based at [[ADDRESS:7th floor, 120 Bishopsgate]], [[LOCATION:London]] from [[DATE_TIME:Monday 5 May]].""",
    """MISSING: [[PERSON:Destiny Marie Crawford]], female, [[AGE:17]], 5'6", brown eyes, braids. Last seen [[DATE_TIME:Friday, Feb 28 around 4:30pm]] near her school in [[LOCATION:Florissant]], [[LOCATION:MO]]. Call [[TITLE:Det.]] [[PERSON:Ray Morrison]] at 314-615-5400 or her mother, [[PERSON:Crystal]], at [[PHONE_NUMBER:314-882-0917]].""",
    """Traveler profile -- [[PERSON:Nathaniel Brooks-Ibe]] -- US passport [[US_PASSPORT:583920147]], exp. 2031 -- Known Traveler Number [[ID_NUMBER:TT48Q2219]] -- DOB [[DATE_TIME:1990-06-08]] -- seat pref: aisle -- MileagePlus [[ID_NUMBER:KX471922]] -- meal: AVML""",
    """The insured, [[PERSON:Harriet Mbeki-Jones]] (DOB [[DATE_TIME:04/30/1958]]), filed claim #CLM-884102 after a rear-end collision on [[DATE_TIME:January 17, 2025]] on I-95 near [[LOCATION:Richmond]], [[LOCATION:VA]]. Her driver's license number is [[US_DRIVER_LICENSE:T41-88-2917]]; the other driver, [[PERSON:Kyle Pruitt]], holds [[LOCATION:North Carolina]] license [[US_DRIVER_LICENSE:000184227391]].""",
    """Student [[PERSON:Ayaan Chaudhry]], Year 8, ID [[ID_NUMBER:STU-2209-4471]], DOB [[DATE_TIME:2011-05-16]], lives with his grandmother [[PERSON:Rukhsana Begum]] at [[ADDRESS:44 Cheetham Hill Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M4 4EW]]. Religion: [[NRP:Muslim]] (halal meals). Free school meals: yes.""",
    """Tax file number [[ID_NUMBER:929 385 037]] | [[PERSON:Bronwyn Tait]] | [[ADDRESS:PO Box 2241]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]] | refund to BSB 064-412, account [[ID_NUMBER:1098 4472]] | lodged by agent""",
    """Device registration. Owner: [[PERSON:Fumiko Sasaki]] (employee [[ID_NUMBER:JP-77120]]). MAC 3C:22:FB:91:0A:7E, assigned IP [[IP_ADDRESS:10.42.18.77]], model MacBook Pro 14 (serial C02FK3Q8MD6T), OS 14.3.1. Last check-in [[DATE_TIME:2025-03-02 09:12 JST]].""",
    """Applicant: [[PERSON:Nur Aisyah binte Rahman]], NRIC [[ID_NUMBER:S9321468D]], age [[AGE:31]], [[NRP:Singaporean]]. Address: [[ADDRESS:Blk 221 Jurong East St 21, #12-344]], [[LOCATION:Singapore]] [[ZIP_CODE:600221]]. HP: [[PHONE_NUMBER:+65 9127 4830]]. Occupation: pre-school teacher.""",
    """TICKET #88213 | Priority: High | Reporter: [[PERSON:Obinna Chukwu]] <[[EMAIL_ADDRESS:obinna.chukwu@kestrelbank.ng]]> | Summary: BVN mismatch on customer profile | Details: customer [[PERSON:Adaora Nwachukwu]] says her BVN [[ID_NUMBER:22184937715]] shows date of birth [[DATE_TIME:11/06/1985]] instead of [[DATE_TIME:11/09/1985]].""",
    """Hello [[PERSON:Ms. Rutendo Moyo]], your tenancy deposit of USD 1,200 has been returned to account [[ID_NUMBER:0219884730112]] at CABS. We will post the final inspection report to your forwarding address, [[ADDRESS:12 Baines Avenue]], [[LOCATION:Avondale]], [[LOCATION:Harare]].""",
    """Progress note: [[PERSON:Leopold Grünwald]], [[AGE:71]], retired machinist, seen [[DATE_TIME:2025-01-14]]. Lives alone at [[ADDRESS:Hauptstraße 12]], [[ZIP_CODE:79098]] [[LOCATION:Freiburg]]. Insurance no. [[ID_NUMBER:K318294475]]. BP 148/92, on ramipril 5 mg; daughter [[PERSON:Katrin]] visits weekly.""",
    """HỢP ĐỒNG LAO ĐỘNG. Bên B: [[TITLE:Ông]] [[PERSON:Hoàng Đức Thắng]], sinh ngày [[DATE_TIME:22/04/1990]], số CCCD [[ID_NUMBER:079090003817]]; địa chỉ: [[ADDRESS:12/5A Lê Văn Việt]], [[LOCATION:phường Hiệp Phú]], [[LOCATION:TP. Thủ Đức]], [[LOCATION:TP. Hồ Chí Minh]]; số tài khoản: [[ID_NUMBER:0331000482917]] tại Vietcombank; chức danh: kỹ sư phần mềm.""",
    """Laporan kehilangan. Pelapor: [[PERSON:Yohanes Simanjuntak]], umur [[AGE:37]] tahun, pekerjaan wiraswasta, alamat [[ADDRESS:Jl. Sisingamangaraja No. 88]], [[LOCATION:Medan]]. Pada [[DATE_TIME:Kamis, 6 Maret 2025 sekitar pukul 19.30 WIB]] pelapor kehilangan dompet berisi KTP (NIK [[ID_NUMBER:1271050304870002]]), SIM, dan dua kartu ATM.""",
    """Registro de paciente -- Nombre: [[PERSON:Alejandra Gómez Martínez]] -- CURP: [[ID_NUMBER:GOMA850912MJCMRL04]] -- Fecha de nac.: [[DATE_TIME:12 de septiembre de 1985]] -- Domicilio: [[ADDRESS:Calle Morelos 1420, int. 6]], [[LOCATION:Col. Americana]], [[ZIP_CODE:44160]] [[LOCATION:Guadalajara]], [[LOCATION:Jal.]] -- Tel.: [[PHONE_NUMBER:33 3615 2290]] -- Alergias: ninguna""",
    """Boletim de ocorrência nº 2025/118.447. Vítima: [[PERSON:Ana Clara Figueiredo]], [[AGE:27]] anos, [[NRP:brasileira]], solteira, RG [[ID_NUMBER:MG-14.882.913]], residente na [[ADDRESS:Rua Padre Eustáquio, 1150, bloco B, apto 204]], [[LOCATION:Belo Horizonte]]/[[LOCATION:MG]]. Relata que em [[DATE_TIME:02/03/2025, por volta das 22h]], teve o celular roubado na saída do metrô.""",
    """[[PERSON:Hollis]], attached is the scan of the driver's license for [[PERSON:Marguerite Dupont-Kim]] ([[LOCATION:NJ]] DL [[US_DRIVER_LICENSE:D4471 29883 07214]]). Her current address is [[ADDRESS:58 Bergen Ave, Apt 3R]], [[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07305]].""",
    """On [[DATE_TIME:February 9th]], [[PERSON:Mr. Samuel Adjei]] called customer service to complain that his new mortgage account [[ID_NUMBER:7730019384]] showed the wrong escrow amount. He gave his SSN ([[US_SSN:418-22-7091]]) for verification and asked that all future correspondence go to [[EMAIL_ADDRESS:sam.adjei@comcast.net]].""",
    """Reminder: [[PERSON:Isabela Rocha]] ([[AGE:6]]) is booked at the vaccination clinic on [[DATE_TIME:April 11 at 9:20]]. Please bring her health card, [[ID_NUMBER:4471-882-019-KT]]. Parent: [[PERSON:Lucas Rocha]], [[PHONE_NUMBER:647-330-9182]].""",
    """EMERGENCY CONTACT FORM
Student: [[PERSON:Mia Kowalski-Obeng]]
Homeroom: 7B
Parent/Guardian 1: [[PERSON:Agata Kowalska]] - [[PHONE_NUMBER:(617) 555-0182]] - [[EMAIL_ADDRESS:agata.k@icloud.com]]
Parent/Guardian 2: [[PERSON:Daniel Obeng]] - [[PHONE_NUMBER:(617) 555-0139]]
Physician: [[PERSON:Dr. Lisa Cheng]], Cambridge Pediatrics, 617-498-1100
Medical notes: peanut allergy, EpiPen kept in the nurse's office""",
    """Wire instructions for [[PERSON:Henrik Lauritsen]]: beneficiary account [[IBAN_CODE:DK54 2056 9410 6479 06]], BIC DABADKKK, reference INV-22018. Beneficiary address: [[ADDRESS:Nørrebrogade 44, 3. th.]], [[ZIP_CODE:2200]] [[LOCATION:København N]].""",
    """[[IP_ADDRESS:203.0.113.47]] - [[USERNAME:ebaptiste]] [[[DATE_TIME:12/Mar/2025:14:02:19 +0000]]] "GET /account/settings HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:203.0.113.47]] - [[USERNAME:ebaptiste]] [[[DATE_TIME:12/Mar/2025:14:02:41 +0000]]] "POST /account/email HTTP/1.1" 302 0 "https://app.example.org/account/settings" "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0\"""",
    """Guest: [[PERSON:Signe Halvorsen]] | Room 1208 | Arrival [[DATE_TIME:14 Mar 2025]] | Departure [[DATE_TIME:17 Mar 2025]] | Passport [[ID_NUMBER:FK8834120]] ([[NRP:Norwegian]]) | Card on file [[CREDIT_CARD:5560 7253 7598 3064]] | Company: Statkraft | Rate: corporate""",
    """Our analysis of [[PERSON:Dwayne]]'s recent purchases shows most of them within a mile of [[ADDRESS:1432 Marigold Court]]. The account [[USERNAME:dwayne.pollard]] and its linked Discover card [[CREDIT_CARD:6011 3968 0624 4097]] have been flagged for review.""",
    """To whom it may concern: this letter confirms that [[PERSON:Ms. Farida Yusupova]] has been employed by Caspian Logistics LLC as a Customs Broker since [[DATE_TIME:August 15, 2019]]. Her current annual salary is $68,500. For further information, contact me at [[EMAIL_ADDRESS:d.harrington@caspianlogistics.com]]. Sincerely, [[PERSON:Diane Harrington]], HR Manager""",
    """Name: [[PERSON:Tevita Fifita]] / DOB: [[DATE_TIME:19th of Nov '88]] / Mobile: [[PHONE_NUMBER:021 448 2937]] / Address: [[ADDRESS:27B Great South Road]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]] / IRD: [[ID_NUMBER:118-402-377]] / Bank: [[ID_NUMBER:12-3045-0417781-00]]""",
    """As part of the compliance audit, please upload the scanned passport of [[PERSON:Lorenzo Bianchi]] to the secure portal. His [[NRP:Italian]] passport number is [[ID_NUMBER:YA4471928]], his codice fiscale is [[ID_NUMBER:BNCLNZ84C12F205B]], and for the US entity his SSN is [[US_SSN:233-61-9048]].""",
    """Customer: [[PERSON:Yolanda Pierce]]
Service address: [[ADDRESS:3307 Lakeshore Blvd, Apt 2]], [[LOCATION:Cleveland]], [[LOCATION:OH]] [[ZIP_CODE:44114]]
Account: [[ID_NUMBER:110 448 2291 7]]
Meter: E-4471902
Billing period: 02/01/2025 - 02/28/2025
Amount due: $184.22 by 03/21/2025
Autopay: Visa ending 3019""",
    """Driver onboarding. Full name: [[PERSON:Emmanuel Nkemelu]]; phone: [[PHONE_NUMBER:+1 (469) 228-4410]]; email: [[EMAIL_ADDRESS:enkemelu.drives@gmail.com]]; TX DL: [[US_DRIVER_LICENSE:42281937]], exp. 06/2029; vehicle: 2019 Toyota Prius, plate [[ID_NUMBER:NKX-4471]]; SSN for background check: [[US_SSN:457-83-1120]]; consent signed [[DATE_TIME:2025-03-04 16:22 CST]].""",
    """Dental chart | Patient: [[PERSON:Ayesha Siddiqui]] | Pt #: [[ID_NUMBER:00093318]] | DOB: [[DATE_TIME:Jul 7 1995]] | Last visit: [[DATE_TIME:Dec 12 2024]] | Provider: [[PERSON:Dr. Thomas Lindgren]] | Tx: MOD composite #30 | Insurance: MetLife, subscriber [[PERSON:Imran Siddiqui]] (spouse), ID [[ID_NUMBER:MET448291037]]""",
    """Event: wedding | Couple: [[PERSON:Aoife Brennan]] & [[PERSON:Liam Ó Súilleabháin]] | Date: [[DATE_TIME:Sat 23 Aug 2025]] | Venue: Tankardstown House, [[LOCATION:Slane]], [[LOCATION:Co. Meath]] | Guests: 140 | Contact: [[PHONE_NUMBER:087 441 2290]] / [[EMAIL_ADDRESS:aoifeandliam2025@gmail.com]] | Deposit: EUR 1,500 paid""",
    """ARREST RECORD
Name: [[PERSON:Travis Lee Dunmore]]
AKA: "[[PERSON:T-Bone]]"
DOB: [[DATE_TIME:10/02/1989]]
Race/Sex: W/M
Height/Weight: 6'1"/210
Address: [[ADDRESS:RR 2 Box 118]], [[LOCATION:Paintsville]], [[LOCATION:KY]] [[ZIP_CODE:41240]]
SSN: [[US_SSN:401-72-5583]]
Charge: KRS 189A.010 DUI 1st
Arresting officer: [[TITLE:Tpr.]] [[PERSON:J. Collier]] #[[ID_NUMBER:1187]]
Booked: [[DATE_TIME:03/22/2025 01:40]]""",
    """Provisioning request PRV-20418
Requested by: [[PERSON:Hannah Okwuosa]]
For: [[PERSON:Jakob Lindahl]] (new hire, Customer Success)
Start: [[DATE_TIME:2025-04-14]]
Employee #: [[ID_NUMBER:100447]]
UPN: [[EMAIL_ADDRESS:jakob.lindahl@tessellate.se]]
sAMAccountName: [[USERNAME:jlindahl]]
Groups: CS-All; Zendesk-Agents; VPN-Standard
Laptop: ThinkPad T14 (asset TSL-0922)
Ship to: [[ADDRESS:Sveavägen 98, lgh 1203]], [[ZIP_CODE:113 50]] [[LOCATION:Stockholm]]
Mobile: [[PHONE_NUMBER:+46 70 412 88 31]]""",
    """The thesis defence of [[PERSON:Chukwuemeka Ilo]], student number [[ID_NUMBER:2018-44712]], is scheduled for [[DATE_TIME:3 June 2025 at 14:00]] in the Senate Room. Committee: [[PERSON:Prof. Helena Varga]] (chair), [[PERSON:Dr. Ibrahim Sesay]], and an external examiner to be confirmed.""",
    """SIM swap request
Account holder: [[PERSON:Mthunzi Dlamini]]
ID no.: [[ID_NUMBER:8507037898083]]
MSISDN: [[PHONE_NUMBER:+27 72 448 1903]]
New ICCID: 8927000012345678901
Store: Sandton City
Requested: [[DATE_TIME:2025/03/11 10:47]]""",
    """Rx #6620418 | Patient: [[PERSON:Walter Ng]] | DOB [[DATE_TIME:02/17/1947]] | Addr: [[ADDRESS:1550 Geary Blvd #407]], [[LOCATION:San Francisco]] [[LOCATION:CA]] [[ZIP_CODE:94115]] | Prescriber: [[PERSON:Dr. Anita Bose]] | Drug: warfarin 5 mg | Qty 30 | Refills 2 | Medi-Cal ID [[ID_NUMBER:91827364A]]""",
    """KYC check: [[PERSON:Oksana Melnychuk]], [[NRP:Ukrainian]] citizen, residence card [[ID_NUMBER:RP0418823]] ([[LOCATION:Poland]]), PESEL [[ID_NUMBER:92071404829]], address [[ADDRESS:ul. Piotrkowska 112 m. 9]], [[ZIP_CODE:90-006]] [[LOCATION:Łódź]], IBAN [[IBAN_CODE:PL75 9800 1002 6229 4750 5979 6794]]. Result: PASS.""",
    """[[PERSON:Zainab]] has made a subject access request. We hold: name [[PERSON:Zainab Ahmadzai]], email [[EMAIL_ADDRESS:zainab.ahmadzai@web.de]], phone [[PHONE_NUMBER:+49 1522 3847710]], IP at sign-up [[IP_ADDRESS:95.91.228.14]], date of birth [[DATE_TIME:1997-03-30]], marketing preference: no.""",
    """A-Number: [[ID_NUMBER:A-214-887-390]]; Name: [[PERSON:Esperanza Villalobos Cruz]]; Country of birth: [[LOCATION:Honduras]]; Date of entry: [[DATE_TIME:08/14/2019]]; Current address: [[ADDRESS:612 N Vermont Ave, Apt 9]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90004]]; SSN: [[US_SSN:623-40-1187]]; Phone: [[PHONE_NUMBER:(213) 555-0176]].""",
    """Payout batch 2025-W10 | Courier: [[PERSON:Ahmet Yıldız]] | Courier ID: [[ID_NUMBER:C-88120]] | City: [[LOCATION:Rotterdam]] | Deliveries: 143 | Gross: EUR 1,212.40 | IBAN: [[IBAN_CODE:NL86 RABO 2728 6519 63]] | BSN: [[ID_NUMBER:969658618]] | KvK: 88412093""",
    """RSVP received [[DATE_TIME:3/2/2025]]: [[PERSON:Chiamaka Okoye]] + 1 ([[PERSON:Tobenna Okoye]]), attending. Meals: 1 beef, 1 vegetarian. Mailing address for the thank-you card: [[ADDRESS:4471 Meadowbrook Dr]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]]. Note from the bride: seat them away from [[PERSON:Emeka]].""",
    """Explanation of Benefits | Member: [[PERSON:Patricia Oyelowo-Hart]] | Member ID: [[ID_NUMBER:W448201937]] | Patient: [[PERSON:Jonah Hart]] (dependent, age [[AGE:9]]) | Provider: Bright Kids Dentistry | Service date: [[DATE_TIME:01/21/2025]] | D1120 prophylaxis, child: billed $98.00, allowed $72.00, plan paid $72.00""",
    """Hi [[PERSON:Colette]], could you set up maternity leave for [[PERSON:Anneliese Brandt]] (payroll no. [[ID_NUMBER:PRL-30918]])? Her due date is [[DATE_TIME:28/07/2025]] and the leave starts [[DATE_TIME:14/07/2025]]. Her tax ID is [[ID_NUMBER:47 036 892 815]].""",
    """Vehicle check 11:42. Reg [[ID_NUMBER:YT68 PLV]], keeper [[PERSON:Darren Mulholland]], [[ADDRESS:9 Ormeau Embankment]], [[LOCATION:Belfast]] [[ZIP_CODE:BT7 3GE]]. No insurance showing. Driver produced licence [[ID_NUMBER:14882093]]; vehicle seized, driver reported for summons.""",
    """Thanks for subscribing, [[PERSON:Priyanka]]! Our newsletter will go to [[EMAIL_ADDRESS:priyanka.venkat@rediffmail.com]], and we've noted your birthday as [[DATE_TIME:9 January]], so look out for a treat that week.""",
    """SHIP TO:
[[PERSON:Mariana Oyarzún]]
[[ADDRESS:Av. Providencia 1208, depto. 1504]]
[[LOCATION:Providencia]], [[LOCATION:Santiago]]
[[LOCATION:Chile]]
Tel: [[PHONE_NUMBER:+56 9 8412 3307]]
RUT: [[ID_NUMBER:16.482.913-8]]
Tracking: CX448291033CL""",
    """State v. [[PERSON:Kendrick Moss]], Case No. 2024-CF-004471. Defendant DOB [[DATE_TIME:05/29/2001]]. Arraignment held [[DATE_TIME:January 8, 2025]]; next hearing [[DATE_TIME:February 19, 2025 at 9:00 a.m.]] before [[TITLE:Judge]] [[PERSON:Marianne Teague]]. Assistant public defender: [[PERSON:Alan Ruiz]].""",
    """Q1 Your name? -> [[PERSON:jess w]]
Q2 Age? -> [[AGE:34]]
Q3 Where do you live? -> [[LOCATION:leeds]]
Q4 Email for the prize draw? -> [[EMAIL_ADDRESS:jesswalsh.91@hotmail.co.uk]]
Q5 Anything else? -> delivery guy was rude, name tag said [[PERSON:Gaz]]""",
    """Co-borrower: [[PERSON:Akua Boateng-Reyes]], SSN [[US_SSN:078-92-4410]], employed at Tri-County Health since [[DATE_TIME:June 2016]], monthly income $7,250. Current address: [[ADDRESS:19 Wexford Ct]], [[LOCATION:Hamilton]], [[LOCATION:NJ]] [[ZIP_CODE:08619]]; time at address: 6 years.""",
    """The Chief Response Officer, [[PERSON:Ms. Elowen Trethewey]], born [[DATE_TIME:1981/12/04]], asked that the encrypted backups be pushed to [[IP_ADDRESS:198.51.100.213]] and that her account [[USERNAME:etrethewey81]] be given sudo on the bastion host.""",
    """Rental agreement RA-77120. Renter: [[PERSON:Ivana Horvat]], licence [[ID_NUMBER:10482291]] ([[LOCATION:Croatia]]), OIB [[ID_NUMBER:55979711475]], address [[ADDRESS:Ilica 142]], [[ZIP_CODE:10000]] [[LOCATION:Zagreb]]. Pick-up [[DATE_TIME:18/04/2025 10:00]] at SPU airport; return [[DATE_TIME:25/04/2025 18:00]]. Card: [[CREDIT_CARD:5457 8435 1200 3559]].""",
    """Junior registration: [[PERSON:Mateo Fernández]], U12, DOB [[DATE_TIME:2014-02-19]], FA number [[ID_NUMBER:4471920]]. Parent: [[PERSON:Carolina Fernández]], [[PHONE_NUMBER:07538 220 914]]. Medical: asthma (inhaler in kit bag). Photo consent: yes.""",
    """[[DATE_TIME:Mar 19 03:12:44]] bastion sshd[2281]: Accepted publickey for [[USERNAME:rbhattacharya]] from [[IP_ADDRESS:172.16.40.19]] port 51122 ssh2: ED25519 SHA256:q9Xv2mB7pLk0RZc4
[[DATE_TIME:Mar 19 03:13:02]] bastion sudo: [[USERNAME:rbhattacharya]] : TTY=pts/2 ; PWD=/home/[[USERNAME:rbhattacharya]] ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""",
    """Could you send the 1099 for contractor [[PERSON:Ifeoma Eze-Lawson]] to [[ADDRESS:Suite 400, 1200 Smith Street]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77002]]? Her SSN on the W-9 is [[US_SSN:529-41-8836]] and she wants a copy at [[EMAIL_ADDRESS:ifeoma.ezelawson@gmail.com]].""",
    """Legajo del empleado: [[PERSON:Martín Ezequiel Sosa]]. DNI [[ID_NUMBER:33.482.917]], CUIL [[ID_NUMBER:20-33482917-1]]. Domicilio: [[ADDRESS:Av. Corrientes 3847, piso 5, depto. C]], [[LOCATION:CABA]], CP [[ZIP_CODE:C1194AAB]]. Fecha de ingreso: [[DATE_TIME:01/02/2022]]. CBU: [[ID_NUMBER:0170099220000067797370]]. Obra social: OSDE.""",
    """[[PERSON:Keanu]], your service appointment is booked for [[DATE_TIME:Thursday, April 10 at 8:30 AM]] at our [[LOCATION:Henderson]] center. Vehicle: 2019 Model 3 (VIN 5YJ3E1EA7KF317742), [[LOCATION:NV]] plate [[ID_NUMBER:448-KRT]]. We'll text updates to [[PHONE_NUMBER:(702) 555-0128]].""",
    """Beneficiary designation. Member: [[PERSON:Ruth Abernathy]] (member no. [[ID_NUMBER:RS-0048812]]). Primary: [[PERSON:Clarence Abernathy]], husband, DOB [[DATE_TIME:September 9, 1950]], 100%. Contingent: [[PERSON:Lydia Abernathy-Soto]], daughter, DOB [[DATE_TIME:April 1, 1979]]. Signed [[DATE_TIME:3/14/2025]].""",
    """Direct debit mandate
Account holder: [[PERSON:Ewan McAllister]]
Bank: Nationwide
Sort code: 07-04-36
Account number: [[ID_NUMBER:31926819]]
Supply address: [[ADDRESS:2/1, 48 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6RP]]
Customer no.: [[ID_NUMBER:EN-5540-2219]]
Collection day: 15th of each month""",
    """RP/LON1A0955/LON1A0955 AA/SU 04MAR25/1412Z Q7XK2L
  1.[[PERSON:MOHAMMADI/ARASH]] [[TITLE:MR]]   2.[[PERSON:MOHAMMADI/SHIRIN]] [[TITLE:MRS]]
  3  LH 901 Y [[DATE_TIME:12APR]] 6 FRALHR HK2  0950 1030
  4 AP [[PHONE_NUMBER:+447911448203]]
  5 APE [[EMAIL_ADDRESS:ARASH.MOHAMMADI@GMAIL.COM]]
  6 SSR DOCS LH HK1 P/IRN/[[ID_NUMBER:K48291033]]/IRN/[[DATE_TIME:04MAR82]]/M/18JUN28/[[PERSON:MOHAMMADI/ARASH]]/P1""",
    """LAST WILL AND TESTAMENT of [[PERSON:Cornelius J. Vandermolen]] of [[LOCATION:Grand Rapids]], [[LOCATION:Kent County]], [[LOCATION:Michigan]]. I give my residence at [[ADDRESS:2150 Lake Drive SE]] to my daughter, [[PERSON:Margaret Vandermolen-Price]], and my 1967 Mustang to my grandson, [[PERSON:Tyler Price]]. Signed this [[DATE_TIME:4th day of February, 2025]].""",
    """LAB REPORT | Pt: [[PERSON:Seo-yeon Park]] | Sex: F | Age: [[AGE:46]] | MRN: [[ID_NUMBER:SNU-0882193]] | Collected: [[DATE_TIME:2025-02-26 07:45]] | Ordering: [[PERSON:Dr. Kim Min-jun]] | HbA1c 6.9 % (H) | Fasting glucose 131 mg/dL (H) | eGFR 88""",
    """Hi [[PERSON:Deepa]], you've earned 2,400 points! Your loyalty number [[ID_NUMBER:7718 2209 4471]] is linked to [[EMAIL_ADDRESS:deepa.n.krishnan@gmail.com]] and [[PHONE_NUMBER:+61 423 901 558]]. Redeem in store at our [[LOCATION:Chatswood]] shop or online.""",
    """Applicant: [[PERSON:Faith Chepkoech Rotich]] | ID No. [[ID_NUMBER:29183047]] | KRA PIN [[ID_NUMBER:A009318847M]] | Postal address: [[ADDRESS:P.O. Box 1842]]-[[ZIP_CODE:30100]], [[LOCATION:Eldoret]] | Tel: [[PHONE_NUMBER:+254 722 918 403]] | DOB: [[DATE_TIME:12.06.1994]] | Course: Diploma in Nursing""",
    """Dear [[PERSON:Mr. Alistair Pennington-Howe]], a password reset was requested for your account [[USERNAME:apennhowe]] from IP [[IP_ADDRESS:82.132.219.4]] on [[DATE_TIME:19/03/2025 at 23:41]]. If this wasn't you, call us on 0345 600 1122.""",
    """Employee 201 file: [[PERSON:Ma. Luisa Dimaculangan]]. SSS [[ID_NUMBER:34-1882093-7]], PhilHealth [[ID_NUMBER:12-050448821-9]], TIN [[ID_NUMBER:418-229-037-000]], Pag-IBIG [[ID_NUMBER:1210-4488-2193]]. Address: [[ADDRESS:Blk 12 Lot 7, Phase 2, Camella Homes]], [[LOCATION:Brgy. Molino III]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]].""",
    """Session notes. Client [[PERSON:R.M.]], [[AGE:33]], [[NRP:Jewish]], referred by her rabbi. Discussed anxiety about her father's surgery on the [[DATE_TIME:22nd]] and sleep of four to five hours a night. Next session in two weeks.""",
    """Council Tax single person discount
Name: [[PERSON:Deborah Ann Fairclough]]
Address: [[ADDRESS:31 Worsley Road]], [[LOCATION:Eccles]], [[ZIP_CODE:M30 8BN]]
Council Tax account: [[ID_NUMBER:60044718]]
National Insurance number: [[ID_NUMBER:JT 48 29 11 C]]
Date you became the only adult: [[DATE_TIME:02/02/2025]]
Signature: [[PERSON:D. A. Fairclough]]""",
    """Service partner KYC | [[PERSON:Salma Khatun]] | Partner ID [[ID_NUMBER:UCP-KOL-40218]] | Aadhaar [[ID_NUMBER:5833 4880 5472]] | PAN [[ID_NUMBER:DJKPK7721M]] | Skill: beautician | Area: [[LOCATION:Salt Lake]], [[LOCATION:Kolkata]] | Bank a/c [[ID_NUMBER:30218847719]] | IFSC SBIN0011442 | Mobile [[PHONE_NUMBER:98310 47265]]""",
    """Web form submitted [[DATE_TIME:2025-03-21 19:02]] from [[IP_ADDRESS:2a00:23c7:8f1d:4e01:9c2a:51ff:fe3b:66a0]]: "My name is [[PERSON:Hayley Brooks]] and my ex keeps logging into my Instagram ([[USERNAME:hayleyb.ootd]]) and posting as me. The profile is [[URL:https://www.instagram.com/hayleyb.ootd/]]. Please help.\"""",
    """Risk assessment (DASH). Victim: [[PERSON:Kirsty Lamont]], DOB [[DATE_TIME:18/01/1993]], [[ADDRESS:Flat 4, 7 Brunswick Street]], [[LOCATION:Dundee]] [[ZIP_CODE:DD1 2QJ]]. Alleged perpetrator: [[PERSON:Scott Rennie]], DOB [[DATE_TIME:03/09/1990]]. Children: [[PERSON:Ava]] ([[AGE:4]]), [[PERSON:Jack]] ([[AGE:2]]). Risk: HIGH. Referred to MARAC on [[DATE_TIME:24/03/2025]].""",
    """Applicant: [[PERSON:Ángel Robledo]] | Email: [[EMAIL_ADDRESS:angel.robledo.dev@gmail.com]] | GitHub: [[URL:https://github.com/arobledo-dev]] | LinkedIn: [[URL:https://www.linkedin.com/in/angel-robledo]] | Location: [[LOCATION:Austin]], [[LOCATION:TX]] | Work authorization: permanent resident | Expected salary: $135k""",
    """Medicare card [[ID_NUMBER:2953 81047 1]]: [[PERSON:Lachlan Harvey]] (1), [[PERSON:Sienna Harvey]] (2). Appointment for [[PERSON:Sienna]] at [[ADDRESS:Level 2, 88 Chapel Street]], [[LOCATION:Windsor]] [[LOCATION:VIC]] [[ZIP_CODE:3181]] on [[DATE_TIME:Mon 31/3 at 4.15pm]] with the paediatric dietitian.""",
    """Guest registration card | Surname: [[PERSON:Haddad]] | Given names: [[PERSON:Layla Rania]] | Nationality: [[NRP:Lebanese]] | Passport: [[ID_NUMBER:LR3318402]] | DOB: [[DATE_TIME:29.11.1986]] | Home address: [[ADDRESS:Bldg 14, Rue Hamra]], [[LOCATION:Beirut]] | Arrival: [[DATE_TIME:08.03.2025]] | Departure: [[DATE_TIME:12.03.2025]]""",
    """I'm disputing a $1,249.00 charge on my Mastercard [[CREDIT_CARD:2221 8353 2792 9525]] from TechWorld Online dated Feb 27; the laptop never arrived. Cardholder: [[PERSON:Renée Dubois-Laurent]], billing ZIP [[ZIP_CODE:10025]], phone [[PHONE_NUMBER:917-330-4418]].""",
    """Hardship application. Customer: [[PERSON:Mereana Walker]]; account no. [[ID_NUMBER:4400 1829 337]]; Centrelink CRN [[ID_NUMBER:308 447 219K]]; household: 2 adults, 3 children; supply address: [[ADDRESS:14 Kurrajong Cres]], [[LOCATION:Dubbo]] [[LOCATION:NSW]] [[ZIP_CODE:2830]]; preferred contact: [[PHONE_NUMBER:0428 117 603]] after 3pm.""",
    """Marriage license application. Party A: [[PERSON:Jessica Marie Thibodeaux]], age [[AGE:29]], born [[DATE_TIME:October 12, 1995]] in [[LOCATION:Lafayette]], [[LOCATION:LA]]; father [[PERSON:Russell Thibodeaux]]; mother [[PERSON:Denise Guidry]]. Party B: [[PERSON:Andre Baptiste]], age [[AGE:31]], born [[DATE_TIME:June 2, 1993]] in [[LOCATION:Port-au-Prince]], [[LOCATION:Haiti]]. Intended ceremony: [[DATE_TIME:May 17, 2025]].""",
    """Form 1040 summary. Filing status: married filing jointly. Taxpayer: [[PERSON:Victor Ramírez]], SSN [[US_SSN:561-29-4407]]; spouse: [[PERSON:Alma Ramírez]], SSN [[US_SSN:561-33-8821]]; dependents: [[PERSON:Sofia]] ([[AGE:12]]), [[PERSON:Diego]] ([[AGE:8]]); address: [[ADDRESS:1208 Cedar Hollow Rd]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79912]]; refund by direct deposit to account [[ID_NUMBER:004471882019]], routing 111000025.""",
]

TABLE = [
    """rider_id,full_name,mobile,city,signup_date,rating,trips_30d,status
[[ID_NUMBER:R-10482]],[[PERSON:Adaeze Okonkwo]],[[PHONE_NUMBER:+2348031184720]],[[LOCATION:Abuja]],[[DATE_TIME:2023-04-11]],4.92,61,active
[[ID_NUMBER:R-10517]],[[PERSON:Babatunde Alabi]],[[PHONE_NUMBER:+2347062290315]],[[LOCATION:Lagos]],[[DATE_TIME:2023-05-02]],4.71,88,active
[[ID_NUMBER:R-11090]],[[PERSON:Hauwa Bello]],[[PHONE_NUMBER:+2348142207731]],[[LOCATION:Kano]],[[DATE_TIME:2024-01-19]],4.98,12,suspended
[[ID_NUMBER:R-11204]],[[PERSON:Chukwudi Nnaji]],[[PHONE_NUMBER:+2349018834402]],[[LOCATION:Port Harcourt]],[[DATE_TIME:2024-02-27]],4.55,37,active""",
    """| Patient | DOB | Appointment | Clinician | Procedure | Surgery |
|---|---|---|---|---|---|
| [[PERSON:Graham Whitelaw]] | [[DATE_TIME:30/08/1962]] | [[DATE_TIME:Mon 10 Mar 09:00]] | [[PERSON:Dr Okafor]] | Scale & polish | 2 |
| [[PERSON:Priya Balasubramaniam]] | [[DATE_TIME:14/02/1990]] | [[DATE_TIME:Mon 10 Mar 09:30]] | [[PERSON:Dr Okafor]] | Composite UL6 | 2 |
| [[PERSON:Ewa Zielinska]] | [[DATE_TIME:03/11/2015]] | [[DATE_TIME:Mon 10 Mar 10:15]] | Hygienist | Fissure sealants | 3 |
| [[PERSON:Callum Reid]] | [[DATE_TIME:21/06/1977]] | [[DATE_TIME:Mon 10 Mar 11:00]] | [[PERSON:Dr Stavrou]] | Extraction LR8 | 1 |""",
    """acct_no\tcustomer\tservice_address\tpostcode\ttariff\tpayment\tbalance_gbp
[[ID_NUMBER:7730118204]]\t[[PERSON:Bethan Llewellyn]]\t[[ADDRESS:14 Heol y Nant]], [[LOCATION:Cardiff]]\t[[ZIP_CODE:CF14 6QF]]\tFixed 12M\tDD\t-42.18
[[ID_NUMBER:7730118377]]\t[[PERSON:Mr R. Pugh]]\t[[ADDRESS:Ty Gwyn, Lon Cefn]], [[LOCATION:Aberystwyth]]\t[[ZIP_CODE:SY23 3JX]]\tStandard Variable\tCash/Cheque\t118.60
[[ID_NUMBER:7730119021]]\t[[PERSON:Aleksandra Wiśniewska]]\t[[ADDRESS:Flat 2, 9 Mansel Street]], [[LOCATION:Swansea]]\t[[ZIP_CODE:SA1 5SW]]\tPrepay\tKey\t0.00
[[ID_NUMBER:7730119456]]\t[[PERSON:Dafydd ap Rhys]]\t[[ADDRESS:3 Bryn Road]], [[LOCATION:Bangor]]\t[[ZIP_CODE:LL57 2BP]]\tEV Overnight\tDD\t-7.94""",
    """INC_NO     DATETIME          OFFICER         COLLAR  SUBJECT               AGE  OFFENCE
24-118402  [[DATE_TIME:2024-11-02 22:40]]  [[TITLE:PC]] [[PERSON:J. Akinola]]   [[ID_NUMBER:4471]]    [[PERSON:Ryan Tolley]]           [[AGE:27]]   Criminal damage
24-118517  [[DATE_TIME:2024-11-03 01:15]]  [[TITLE:PC]] [[PERSON:M. Szabo]]     [[ID_NUMBER:5120]]    [[PERSON:Leanne Marsh]]          [[AGE:34]]   Assault (s.39)
24-118733  [[DATE_TIME:2024-11-03 14:05]]  [[TITLE:DC]] [[PERSON:R. Sandhu]]    [[ID_NUMBER:3308]]    [[PERSON:Tyrese Campbell-Ford]]  [[AGE:19]]   Theft from shop
24-119002  [[DATE_TIME:2024-11-04 09:30]]  [[TITLE:PC]] [[PERSON:J. Akinola]]   [[ID_NUMBER:4471]]    [[PERSON:Piotr Wrona]]           [[AGE:41]]   Drink driving""",
    """{"employee_id": "[[ID_NUMBER:E10422]]", "display_name": "[[PERSON:Rahel Tesfaye]]", "upn": "[[EMAIL_ADDRESS:rahel.tesfaye@corvid-health.org]]", "dept": "Clinical Informatics", "start_date": "[[DATE_TIME:2025-05-05]]", "manager": "[[PERSON:Owen Maddox]]", "m365_license": "E3", "mfa": true}
{"employee_id": "[[ID_NUMBER:E10423]]", "display_name": "[[PERSON:Tomás Ó Briain]]", "upn": "[[EMAIL_ADDRESS:tomas.obriain@corvid-health.org]]", "dept": "Finance", "start_date": "[[DATE_TIME:2025-05-12]]", "manager": "[[PERSON:Gail Ferris]]", "m365_license": "E1", "mfa": true}
{"employee_id": "[[ID_NUMBER:E10431]]", "display_name": "[[PERSON:Nguyen Thi Lan]]", "upn": "[[EMAIL_ADDRESS:lan.nguyen@corvid-health.org]]", "dept": "Pharmacy", "start_date": "[[DATE_TIME:2025-05-12]]", "manager": null, "m365_license": "F3", "mfa": false}""",
    """wedding: [[PERSON:Okafor]]-[[PERSON:Lindgren]]
date: [[DATE_TIME:2025-09-13]]
guests:
  - name: [[PERSON:Catalina Herrera]]
    plus_one: [[PERSON:Mateus Lima]]
    email: [[EMAIL_ADDRESS:cata.herrera@outlook.com]]
    table: 4
    meal: vegan
  - name: [[PERSON:Björn Lindgren]]
    relation: father of the groom
    phone: "[[PHONE_NUMBER:+46 73 881 20 44]]"
    table: 1
    meal: fish
  - name: Auntie [[PERSON:Ngozi Okafor]]
    phone: "[[PHONE_NUMBER:+44 7956 204 118]]"
    table: 1
    meal: chicken
    notes: needs step-free access""",
    """Service request: START SERVICE
Customer name: [[PERSON:Dominic Ferraro]]
Co-applicant: [[PERSON:Shanice Ferraro]]
Service address: [[ADDRESS:1847 Birchwood Ln]]
City/State/ZIP: [[LOCATION:Naperville]], [[LOCATION:IL]] [[ZIP_CODE:60563]]
Move-in date: [[DATE_TIME:04/01/2025]]
Previous address: [[ADDRESS:22 W Jackson St, Unit 1102]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60604]]
SSN (last 4): 4471
Phone: [[PHONE_NUMBER:630-555-0119]]
Paperless billing: Y
Deposit required: N""",
    """stop,recipient,address,phone,parcels,notes
1,"[[PERSON:Okonkwo, Grace]]","[[ADDRESS:3120 Grand Ave, Apt 4B]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94610]]",[[PHONE_NUMBER:510-555-0147]],2,"leave with front desk"
2,"[[PERSON:Vasquez, Rolando]]","[[ADDRESS:418 Lenox Ave]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94610]]",[[PHONE_NUMBER:510-555-0162]],1,"dog in yard, text on arrival"
3,"[[PERSON:Thompson-Yeo, Mei]]","[[ADDRESS:55 Vernon St, #207]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94610]]",,1,"gate code 4471#"
4,"[[PERSON:Abernathy, Cole]]","[[ADDRESS:3345 Lakeshore Ave]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94610]]",[[PHONE_NUMBER:(510) 555-0193]],3,"business address - Cole's Bikes, rear door\"""",
    """SEQ | NAME | SEX | NATIONALITY | PASSPORT | DOB | SEAT
001 | [[PERSON:SANTOS, MARIA LUISA]] | F | [[NRP:FILIPINO]] | [[ID_NUMBER:P4471882A]] | [[DATE_TIME:14MAY1988]] | 23C
002 | [[PERSON:MENON, VIKRAM]] | M | [[NRP:INDIAN]] | [[ID_NUMBER:Z5520917]] | [[DATE_TIME:02FEB1975]] | 23D
003 | [[PERSON:HARGREAVES, PAUL]] | M | [[NRP:BRITISH]] | [[ID_NUMBER:548812093]] | [[DATE_TIME:30SEP1969]] | 31A
004 | [[PERSON:KIM, JI-WOO]] | F | [[NRP:SOUTH KOREAN]] | [[ID_NUMBER:M44718820]] | [[DATE_TIME:08DEC1996]] | 31B""",
    """mandate_ref;debtor_name;iban;bic;signed_on;amount_eur;frequency
MND-2025-0041;[[PERSON:Amélie Durand]];[[IBAN_CODE:FR7621956431734030041803410]];BNPAFRPP;[[DATE_TIME:03/01/2025]];45,00;monthly
MND-2025-0042;[[PERSON:Wouter Peeters]];[[IBAN_CODE:BE70480316803725]];GEBABEBB;[[DATE_TIME:07/01/2025]];45,00;monthly
MND-2025-0047;[[PERSON:Giulia Santangelo]];[[IBAN_CODE:IT20A5561476402314130370544]];UNCRITMM;[[DATE_TIME:15/01/2025]];120,00;quarterly
MND-2025-0051;[[PERSON:Rui Almeida]];[[IBAN_CODE:PT50289987000309459831958]];BCOMPTPL;[[DATE_TIME:22/01/2025]];45,00;monthly""",
    """[
  {"id": 4471, "username": "[[USERNAME:kchowdhury]]", "email": "[[EMAIL_ADDRESS:k.chowdhury@fastmail.com]]", "last_login": "[[DATE_TIME:2025-03-20T07:55:12Z]]", "last_ip": "[[IP_ADDRESS:103.84.159.22]]", "plan": "pro", "two_factor": true},
  {"id": 4472, "username": "[[USERNAME:lmoreau_]]", "email": "[[EMAIL_ADDRESS:lea.moreau@laposte.net]]", "last_login": "[[DATE_TIME:2025-03-19T21:03:47Z]]", "last_ip": "[[IP_ADDRESS:2a01:cb08:8a1:4e00:d4f1:2b7:90c3:11e]]", "plan": "free", "two_factor": false},
  {"id": 4480, "username": "[[USERNAME:okonjo.t]]", "email": "[[EMAIL_ADDRESS:tolu.okonjo@yahoo.co.uk]]", "last_login": null, "last_ip": null, "plan": "trial", "two_factor": false}
]""",
    """oncall:
  week: 2025-W12
  primary:
    name: [[PERSON:Sunil Rao]]
    mobile: "[[PHONE_NUMBER:+91 99001 23874]]"
    slack: [[USERNAME:sunil.rao]]
  secondary:
    name: [[PERSON:Megan O'Shea]]
    mobile: "[[PHONE_NUMBER:+353 86 441 9027]]"
    slack: [[USERNAME:meg.oshea]]
  escalation:
    name: [[PERSON:Tobi Adeyemi-Clarke]]
    mobile: "[[PHONE_NUMBER:+44 7700 900 412]]"
  pager_email: sre-oncall@quillpay.io
  bridge: https://meet.quillpay.io/sre-bridge""",
    """| Name | Role | Ext. | Mobile | Email | Office |
|------|------|------|--------|-------|--------|
| [[PERSON:Adwoa Mensah]] | Practice Manager | 201 | [[PHONE_NUMBER:07412 338 901]] | [[EMAIL_ADDRESS:adwoa.mensah@parkviewdental.co.uk]] | [[LOCATION:Reading]] |
| [[PERSON:Dr Hamish Crawford]] | Principal Dentist | 210 | [[PHONE_NUMBER:07825 119 460]] | [[EMAIL_ADDRESS:hamish.crawford@parkviewdental.co.uk]] | [[LOCATION:Reading]] |
| [[PERSON:Li Na Foster]] | Hygienist | 214 | - | [[EMAIL_ADDRESS:lina.foster@parkviewdental.co.uk]] | [[LOCATION:Wokingham]] |
| Reception | Front desk | 200 | - | reception@parkviewdental.co.uk | [[LOCATION:Reading]] |""",
    """emp_no\tsurname\tforename\tni_number\ttax_code\tperiod\tgross\tnet
[[ID_NUMBER:00412]]\t[[PERSON:Oyelaran]]\t[[PERSON:Temitope]]\t[[ID_NUMBER:PX 41 88 20 D]]\t1257L\tM11\t3,250.00\t2,561.40
[[ID_NUMBER:00415]]\t[[PERSON:McCready]]\t[[PERSON:Fionnuala]]\t[[ID_NUMBER:JH 20 93 17 A]]\t1257L\tM11\t2,875.00\t2,298.15
[[ID_NUMBER:00433]]\t[[PERSON:Baptiste]]\t[[PERSON:Jean-Luc]]\t[[ID_NUMBER:SN 77 41 02 C]]\tBR\tM11\t1,120.00\t896.00
[[ID_NUMBER:00440]]\t[[PERSON:Kaur]]\t[[PERSON:Simranjeet]]\t[[ID_NUMBER:NY 18 55 63 B]]\tK475\tM11\t4,410.00\t3,122.76""",
    """PT_NO   NAME                   LAST_VISIT  RECALL_DUE  MOBILE        FUND
[[ID_NUMBER:10482]]   [[PERSON:Lachlan O'Rourke]]       [[DATE_TIME:2024-09-03]]  [[DATE_TIME:2025-03-03]]  [[PHONE_NUMBER:0412 883 017]]  HCF
[[ID_NUMBER:10517]]   [[PERSON:Mai Nguyen]]             [[DATE_TIME:2024-08-19]]  [[DATE_TIME:2025-02-19]]  [[PHONE_NUMBER:0433 118 260]]  Bupa
[[ID_NUMBER:10623]]   [[PERSON:Harjit Kaur Dhillon]]    [[DATE_TIME:2024-10-07]]  [[DATE_TIME:2025-04-07]]  [[PHONE_NUMBER:0401 772 945]]  none
[[ID_NUMBER:10644]]   [[PERSON:Zoe Papadakis-Wright]]   [[DATE_TIME:2024-07-22]]  [[DATE_TIME:2025-01-22]]  [[PHONE_NUMBER:0422 590 338]]  Medibank""",
    """n_cliente,titular,nif,direccion_suministro,cp,municipio,fecha_alta,iban_domiciliacion
[[ID_NUMBER:CL-0088412]],[[PERSON:Rocío Navarro Gil]],[[ID_NUMBER:23993497N]],"[[ADDRESS:C/ San Vicente Mártir 112, 5º 9ª]]",[[ZIP_CODE:46007]],[[LOCATION:València]],[[DATE_TIME:12/01/2024]],[[IBAN_CODE:ES07 5086 7514 8336 2686 8892]]
[[ID_NUMBER:CL-0088519]],[[PERSON:Youssef El Amrani]],[[ID_NUMBER:Y3953110E]],"[[ADDRESS:Av. de la Constitución 8, bajo]]",[[ZIP_CODE:41001]],[[LOCATION:Sevilla]],[[DATE_TIME:03/03/2024]],[[IBAN_CODE:ES30 9162 1225 1319 2144 0361]]
[[ID_NUMBER:CL-0089077]],[[PERSON:Iker Zubizarreta]],[[ID_NUMBER:42110710X]],"[[ADDRESS:Kale Nagusia 4, 2º dcha.]]",[[ZIP_CODE:48005]],[[LOCATION:Bilbao]],[[DATE_TIME:28/06/2024]],""",
    """| Paciente | CPF | Nascimento | Convênio | Carteirinha | Próxima consulta | Dentista |
| --- | --- | --- | --- | --- | --- | --- |
| [[PERSON:Larissa Mendes Carvalho]] | [[ID_NUMBER:453.400.157-69]] | [[DATE_TIME:05/08/1994]] | Amil Dental | [[ID_NUMBER:0882 4471 2093 0011]] | [[DATE_TIME:17/03 às 10h]] | [[TITLE:Dra.]] [[PERSON:Patrícia Nunes]] |
| [[PERSON:João Victor Rezende]] | [[ID_NUMBER:293.288.476-05]] | [[DATE_TIME:22/11/2009]] | particular | - | [[DATE_TIME:17/03 às 11h30]] | [[PERSON:Dr. Marcelo Tavares]] |
| [[PERSON:Antônia Ferreira da Silva]] | [[ID_NUMBER:204.560.311-38]] | [[DATE_TIME:30/01/1951]] | OdontoPrev | [[ID_NUMBER:7712 0093 4418]] | [[DATE_TIME:18/03 às 8h]] | [[TITLE:Dra.]] [[PERSON:Patrícia Nunes]] |""",
    """id_mitra\tnama\tno_hp\tplat_nomor\tkota\ttgl_gabung\tbank\tno_rekening
[[ID_NUMBER:MTR-31740922]]\t[[PERSON:Agus Setiawan]]\t[[PHONE_NUMBER:0813-1772-4409]]\t[[ID_NUMBER:B 4471 TKV]]\t[[LOCATION:Jakarta Selatan]]\t[[DATE_TIME:14-02-2022]]\tBCA\t[[ID_NUMBER:2310448817]]
[[ID_NUMBER:MTR-35780118]]\t[[PERSON:Rina Wulandari]]\t[[PHONE_NUMBER:0857-3318-2290]]\t[[ID_NUMBER:L 2290 AF]]\t[[LOCATION:Surabaya]]\t[[DATE_TIME:03-09-2023]]\tMandiri\t[[ID_NUMBER:1420018842271]]
[[ID_NUMBER:MTR-32730551]]\t[[PERSON:Ujang Supriatna]]\t[[PHONE_NUMBER:0821-2004-7163]]\t[[ID_NUMBER:D 3318 ZQ]]\t[[LOCATION:Bandung]]\t[[DATE_TIME:21-11-2023]]\tBRI\t[[ID_NUMBER:0418-01-022917-50-3]]""",
    """{"ticket": "SUP-44120", "channel": "email", "customer": "[[PERSON:Olga Petrenko]]", "email": "[[EMAIL_ADDRESS:olga.petrenko@ukr.net]]", "subject": "Refund for duplicate charge", "priority": "normal"}
{"ticket": "SUP-44127", "channel": "phone", "customer": "[[PERSON:Desmond Ayittey]]", "phone": "[[PHONE_NUMBER:+233 24 418 2290]]", "subject": "Cannot verify identity", "priority": "high"}
{"ticket": "SUP-44131", "channel": "web", "customer": "[[PERSON:Inge Vermeulen]]", "email": "[[EMAIL_ADDRESS:inge.vermeulen@telenet.be]]", "subject": "Change of address to [[ADDRESS:Kerkstraat 41 bus 3]], [[ZIP_CODE:2000]] [[LOCATION:Antwerpen]]", "priority": "low"}
{"ticket": "SUP-44133", "channel": "chat", "customer": null, "email": null, "subject": "Pricing question (anonymous)", "priority": "low"}""",
    """Student: [[PERSON:Aarav Menon]]
DOB: [[DATE_TIME:2012-07-09]]
Emergency contact: [[PERSON:Lakshmi Menon]] (mother)
Phone: [[PHONE_NUMBER:+65 8122 4907]]
Medical: none

Student: [[PERSON:Chloe Tan Hui Min]]
DOB: [[DATE_TIME:2012-03-28]]
Emergency contact: [[PERSON:Tan Boon Huat]] (father)
Phone: [[PHONE_NUMBER:+65 9033 7118]]
Medical: asthma, carries inhaler

Student: [[PERSON:Muhammad Irfan bin Zulkifli]]
DOB: [[DATE_TIME:2011-11-15]]
Emergency contact: [[PERSON:Noraini binte Hashim]] (mother)
Phone: [[PHONE_NUMBER:+65 8740 2291]]
Medical: halal meals only""",
    """student_id,first,last,age,grade,guardian,guardian_phone,bus_route
[[ID_NUMBER:204418]],[[PERSON:Amara]],[[PERSON:Diallo]],[[AGE:10]],5,[[PERSON:Fatoumata Diallo]],[[PHONE_NUMBER:(614) 555-0121]],R7
[[ID_NUMBER:204452]],[[PERSON:Liam]],[[PERSON:Castellano]],[[AGE:11]],5,[[PERSON:Gina Castellano]],[[PHONE_NUMBER:(614) 555-0148]],R7
[[ID_NUMBER:205013]],[[PERSON:Hoang]],[[PERSON:Vu]],[[AGE:9]],4,[[PERSON:Vu Thi Hanh]],[[PHONE_NUMBER:(380) 555-0106]],walker
[[ID_NUMBER:205077]],[[PERSON:Zuri]],[[PERSON:Whitfield-Adams]],[[AGE:10]],4,[[PERSON:Marcus Adams]],[[PHONE_NUMBER:(614) 555-0170]],R12""",
    """| Conf # | Guest | Check-in | Nights | Card | Exp | Email |
|--------|-------|----------|--------|------|-----|-------|
| 88120 | [[PERSON:Yuki Matsumoto]] | [[DATE_TIME:2025-04-02]] | 3 | [[CREDIT_CARD:3528 7041 7806 2166]] | 11/27 | [[EMAIL_ADDRESS:yuki.matsumoto@docomo.ne.jp]] |
| 88134 | [[PERSON:Arjun Malhotra]] | [[DATE_TIME:2025-04-02]] | 1 | [[CREDIT_CARD:4381 5875 3116 3019]] | 03/26 | [[EMAIL_ADDRESS:arjun.malhotra@outlook.com]] |
| 88141 | [[PERSON:Charlotte Dubois]] | [[DATE_TIME:2025-04-03]] | 2 | [[CREDIT_CARD:3709 203288 91388]] | 08/26 | [[EMAIL_ADDRESS:c.dubois@orange.fr]] |
| 88157 | [[PERSON:Grzegorz Maj]] | [[DATE_TIME:2025-04-05]] | 4 | [[CREDIT_CARD:5292 9539 9945 1251]] | 01/28 | [[EMAIL_ADDRESS:gmaj@o2.pl]] |""",
    """fn,mi,ln,dob,ssn,addr1,addr2,city,st,zip,ph
[[PERSON:Darnell]],[[PERSON:J]],[[PERSON:Whitaker]],[[DATE_TIME:1979-02-14]],[[US_SSN:219-44-7810]],[[ADDRESS:4801 Harford Rd]],,[[LOCATION:Baltimore]],[[LOCATION:MD]],[[ZIP_CODE:21214]],[[PHONE_NUMBER:4105550138]]
[[PERSON:Rosa]],,[[PERSON:Echeverría]],[[DATE_TIME:1966-10-01]],[[US_SSN:587-20-3346]],[[ADDRESS:1200 S Main St]],[[ADDRESS:Apt 12]],[[LOCATION:McAllen]],[[LOCATION:TX]],[[ZIP_CODE:78501]],[[PHONE_NUMBER:9565550177]]
[[PERSON:Nhung]],[[PERSON:T]],[[PERSON:Pham]],[[DATE_TIME:1992-07-23]],[[US_SSN:614-82-0093]],[[ADDRESS:8830 Bolsa Ave]],[[ADDRESS:Unit 5]],[[LOCATION:Westminster]],[[LOCATION:CA]],[[ZIP_CODE:92683]],""",
    """incident: CAD-2025-031877
reported: "[[DATE_TIME:2025-03-09 23:52]]"
location:
  address: [[ADDRESS:1614 Sycamore St]]
  city: [[LOCATION:Cincinnati]]
  state: [[LOCATION:OH]]
persons:
  - role: victim
    name: [[PERSON:Latoya Simmons]]
    dob: [[DATE_TIME:1988-05-30]]
    phone: "[[PHONE_NUMBER:513-555-0164]]"
  - role: suspect
    name: [[PERSON:Marcus Dwayne Tillman]]
    aka: [[PERSON:Little Mark]]
    dob: [[DATE_TIME:1995-12-02]]
    description: "B/M, 5'10\\", 170 lb, red hoodie"
  - role: witness
    name: [[PERSON:Gene Kowalczyk]]
    age: [[AGE:67]]
officers:
  - "[[TITLE:P.O.]] [[PERSON:K. Brandt]] #[[ID_NUMBER:7719]]\"""",
    """KQ310 NBO-DXB [[DATE_TIME:18MAR25]] PAX MANIFEST (PARTIAL)
SEAT  PAX NAME                  DOB        DOC NO     FFP
03A   [[PERSON:MWANGI/GRACE WANJIKU]] [[TITLE:MS]]   [[DATE_TIME:12MAR1984]]  [[ID_NUMBER:AK0447182]]  [[ID_NUMBER:KQ11842093]]
03C   [[PERSON:OMONDI/PETER]] [[TITLE:MR]]           [[DATE_TIME:04JUL1979]]  [[ID_NUMBER:AK2290417]]  -
14F   [[PERSON:LINDQVIST/ERIK]] [[TITLE:MR]]         [[DATE_TIME:29JAN1991]]  [[ID_NUMBER:91448203]]   [[ID_NUMBER:SK40092281]]
21B   [[PERSON:CHAUDHARY/ANITA]] [[TITLE:MRS]]       [[DATE_TIME:17SEP1965]]  [[ID_NUMBER:Z4471920]]   -""",
    """{"ts": "[[DATE_TIME:2025-03-14T18:22:05Z]]", "event": "login", "user": "[[USERNAME:fatima.b]]", "ip": "[[IP_ADDRESS:196.200.131.47]]", "country": "[[LOCATION:Morocco]]", "ua": "Mozilla/5.0 (Linux; Android 14; SM-A546B)"}
{"ts": "[[DATE_TIME:2025-03-14T18:22:41Z]]", "event": "update_phone", "user": "[[USERNAME:fatima.b]]", "ip": "[[IP_ADDRESS:196.200.131.47]]", "country": "[[LOCATION:Morocco]]", "new_phone": "[[PHONE_NUMBER:+212 661-448203]]"}
{"ts": "[[DATE_TIME:2025-03-14T18:30:12Z]]", "event": "login_failed", "user": "[[USERNAME:d.ostrowski]]", "ip": "[[IP_ADDRESS:2a01:110:8012:1010::2b]]", "country": "[[LOCATION:Poland]]", "reason": "bad_password"}
{"ts": "2025-03-14T18:31:00Z", "event": "cron_cleanup", "user": null, "ip": null, "deleted_sessions": 412}""",
    """member_no,name,dob,phone,email,plan,join_date,emergency_contact,emergency_phone
[[ID_NUMBER:GYM-20418]],[[PERSON:Kerry-Lee Jansen]],[[DATE_TIME:1990-03-22]],[[PHONE_NUMBER:083 441 2097]],[[EMAIL_ADDRESS:kerrylee.j@gmail.com]],Premium,[[DATE_TIME:2024-01-08]],[[PERSON:Pieter Jansen]],[[PHONE_NUMBER:082 550 1934]]
[[ID_NUMBER:GYM-20433]],[[PERSON:Sibusiso Zulu]],[[DATE_TIME:1987-11-30]],[[PHONE_NUMBER:071 228 9045]],[[EMAIL_ADDRESS:sbu.zulu@webmail.co.za]],Off-peak,[[DATE_TIME:2024-02-14]],[[PERSON:Thandeka Zulu]],[[PHONE_NUMBER:072 904 3316]]
[[ID_NUMBER:GYM-20519]],[[PERSON:Riana Naidoo]],[[DATE_TIME:2001-06-15]],[[PHONE_NUMBER:060 331 7742]],[[EMAIL_ADDRESS:riana.naidoo01@gmail.com]],Student,[[DATE_TIME:2024-03-01]],,""",
    """| Vendor | Service | Contact person | Mobile | Office line | Email | Deposit |
|---|---|---|---|---|---|---|
| Petal & Stem | Florist | [[PERSON:Hana Kobayashi]] | [[PHONE_NUMBER:0421 337 902]] | (02) 9517 4400 | hello@petalandstem.com.au | $600 |
| Soundwave DJs | DJ | [[PERSON:Marcus]] "[[PERSON:Mojo]]" [[PERSON:Taufa]] | [[PHONE_NUMBER:0468 220 571]] | - | [[EMAIL_ADDRESS:mojo@soundwavedjs.com.au]] | $400 |
| Sugar & Spoon | Cake | [[PERSON:Eleni Georgiou]] | [[PHONE_NUMBER:0409 118 226]] | (02) 9560 1182 | [[EMAIL_ADDRESS:eleni@sugarandspoon.com.au]] | $250 |
| Celebrant | Ceremony | [[TITLE:Rev.]] [[PERSON:Grace Ah-Kuoi]] | [[PHONE_NUMBER:0432 880 615]] | - | [[EMAIL_ADDRESS:grace.ahkuoi@bigpond.com]] | $300 |""",
    """sample_id\tmrn\tpatient\tcollected\ttest\tresult\tunits\tflag
S-2025-04471\t[[ID_NUMBER:MRN7730912]]\t[[PERSON:HOLM, Ingrid]]\t[[DATE_TIME:2025-03-11 06:40]]\tK+\t5.8\tmmol/L\tH
S-2025-04472\t[[ID_NUMBER:MRN7730912]]\t[[PERSON:HOLM, Ingrid]]\t[[DATE_TIME:2025-03-11 06:40]]\tCreatinine\t141\tumol/L\tH
S-2025-04480\t[[ID_NUMBER:MRN8802217]]\t[[PERSON:OSEI-BONSU, Kwadwo]]\t[[DATE_TIME:2025-03-11 07:05]]\tHb\t128\tg/L\t
S-2025-04486\t[[ID_NUMBER:MRN6610348]]\t[[PERSON:ABDI, Hodan]]\t[[DATE_TIME:2025-03-11 07:20]]\tCRP\t3\tmg/L\t""",
    """volunteer,email,phone,shift,t_shirt,dbs_checked,first_aid
[[PERSON:Siddharth Rao]],[[EMAIL_ADDRESS:sid.rao@live.co.uk]],[[PHONE_NUMBER:07711 204 338]],Sat AM,L,yes,no
[[PERSON:Orla Nic Giolla]],[[EMAIL_ADDRESS:orla.nicgiolla@gmail.com]],[[PHONE_NUMBER:07882 410 957]],Sat PM,S,yes,yes
[[PERSON:Benedikt Auer]],[[EMAIL_ADDRESS:bene.auer@posteo.de]],,Sun AM,M,pending,no
[[PERSON:Precious Moyo]],[[EMAIL_ADDRESS:preciousmoyo@yahoo.com]],[[PHONE_NUMBER:07404 663 129]],Sun PM,M,yes,yes""",
    """Contractor: [[PERSON:Aleksander Nowicki]]
Agency: Bluepeak Talent
Contractor ID: [[ID_NUMBER:BPT-2291]]
Engagement: [[DATE_TIME:2025-04-01]] to [[DATE_TIME:2025-09-30]]
Personal email: [[EMAIL_ADDRESS:a.nowicki.dev@gmail.com]]
Corporate account: [[USERNAME:ext-anowicki]]
VPN source IP: [[IP_ADDRESS:89.64.17.203]]
Hardware: BYOD (MDM enrolled)
Approver: [[PERSON:Claire Duchesne]]""",
    """{"applicant": "[[PERSON:Thabo Molefe]]", "doc_type": "SA_ID", "doc_number": "[[ID_NUMBER:7601306709088]]", "dob": "[[DATE_TIME:1976-01-30]]", "liveness": 0.97, "result": "pass"}
{"applicant": "[[PERSON:Ng Wei Ling]]", "doc_type": "NRIC", "doc_number": "[[ID_NUMBER:S8663923H]]", "dob": "[[DATE_TIME:1986-10-04]]", "liveness": 0.91, "result": "pass"}
{"applicant": "[[PERSON:Connor MacPherson]]", "doc_type": "SIN", "doc_number": "[[ID_NUMBER:270 139 363]]", "dob": "[[DATE_TIME:1983-06-17]]", "liveness": 0.42, "result": "manual_review"}
{"applicant": "[[PERSON:Aoibheann Walsh]]", "doc_type": "PPSN", "doc_number": "[[ID_NUMBER:4259862N]]", "dob": "[[DATE_TIME:1999-12-01]]", "liveness": 0.95, "result": "pass"}""",
    """cust_id,name,mobile,aadhaar_masked,pan,city,pincode,kyc_date
[[ID_NUMBER:CUST00418822]],[[PERSON:Meenakshi Sundaram]],[[PHONE_NUMBER:+91 94432 18870]],XXXX XXXX 4549,[[ID_NUMBER:AMSPS4418K]],[[LOCATION:Madurai]],[[ZIP_CODE:625002]],[[DATE_TIME:2024-11-19]]
[[ID_NUMBER:CUST00419037]],[[PERSON:Gurpreet Singh Bedi]],[[PHONE_NUMBER:+91 98140 22761]],XXXX XXXX 1820,[[ID_NUMBER:BHQPB7203L]],[[LOCATION:Ludhiana]],[[ZIP_CODE:141001]],[[DATE_TIME:2024-12-02]]
[[ID_NUMBER:CUST00421150]],[[PERSON:Ananya Chatterjee]],[[PHONE_NUMBER:+91 90070 33148]],XXXX XXXX 5292,[[ID_NUMBER:CQWPC9915D]],[[LOCATION:Kolkata]],[[ZIP_CODE:700029]],[[DATE_TIME:2025-01-07]]""",
    """Rent roll: [[ADDRESS:220 Kingsbridge Rd]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10463]] (March 2025)

| Unit | Tenant | Lease start | Rent | Paid | Arrears | Phone |
|------|--------|-------------|------|------|---------|-------|
| [[ADDRESS:1A]] | [[PERSON:Marisol Peña]] | [[DATE_TIME:2022-06-01]] | $1,850 | $1,850 | $0 | [[PHONE_NUMBER:(718) 555-0102]] |
| [[ADDRESS:2C]] | [[PERSON:Kwabena Ofori]] | [[DATE_TIME:2023-09-15]] | $2,100 | $1,400 | $700 | [[PHONE_NUMBER:(347) 555-0188]] |
| [[ADDRESS:3B]] | vacant | - | - | - | - | - |
| [[ADDRESS:4D]] | [[PERSON:Svetlana Kuznetsova]], [[PERSON:Ilya Kuznetsov]] | [[DATE_TIME:2024-02-01]] | $2,350 | $2,350 | $0 | [[PHONE_NUMBER:(929) 555-0135]] |""",
    """deprovision:
  - user: [[USERNAME:hkaur]]
    name: [[PERSON:Harleen Kaur]]
    last_day: [[DATE_TIME:2025-03-28]]
    mailbox_forward: [[EMAIL_ADDRESS:ravi.menon@brightline.io]]
    devices: [MBP-2291, IPH-4471]
    keep_data_days: 90
  - user: [[USERNAME:jbrennan]]
    name: [[PERSON:Joe Brennan]]
    last_day: [[DATE_TIME:2025-03-31]]
    mailbox_forward: null
    devices: [WIN-0093]
    keep_data_days: 30
  - user: [[USERNAME:tadebayo]]
    name: [[PERSON:Titilayo Adebayo]]
    last_day: [[DATE_TIME:2025-04-04]]
    mailbox_forward: shared-finance@brightline.io
    devices: []
    keep_data_days: 365""",
]

CHAT = [
    """[09:41] Agent [[PERSON:Priya]]: Hi, you're through to Driver Support. Could I have your full name and driver ID, please?
[09:42] [[PERSON:Stelian Munteanu]]: [[PERSON:Stelian Munteanu]], [[ID_NUMBER:D-5501872]]
[09:42] Agent [[PERSON:Priya]]: Thanks, [[PERSON:Stelian]]. I can see your account was paused on [[DATE_TIME:12 March]] because your private hire licence had expired.
[09:44] [[PERSON:Stelian Munteanu]]: I renewed it!! new licence number is [[ID_NUMBER:PHD/088412]], council issued it last week
[09:45] Agent [[PERSON:Priya]]: Great, please upload a photo of it in the app. Is [[PHONE_NUMBER:07586 330 912]] still the best number for you?
[09:45] [[PERSON:Stelian Munteanu]]: yes. and my car reg changed too, it's [[ID_NUMBER:LK21 WFN]] now
[09:46] Agent [[PERSON:Priya]]: Noted. You'll get an email at [[EMAIL_ADDRESS:s.munteanu85@yahoo.com]] once it's approved, usually within 48 hours.""",
    """[19:02] [[PERSON:Amaka]]: ok so final headcount from mum's side is 86 😩
[19:03] [[PERSON:Tolu]]: 86?? the hall max is 150 and [[PERSON:Seyi]]'s side is already 70
[19:05] [[PERSON:Amaka]]: I know. also the planner needs everyone's dietary stuff by friday. Auntie [[PERSON:Bisi]] is diabetic, [[PERSON:Kunle]] is vegetarian now apparently
[19:06] [[PERSON:Seyi]]: lol since when
[19:08] [[PERSON:Tolu]]: pls someone send me the photographer [[PERSON:Dayo]]'s number, my phone died and I lost everything
[19:09] [[PERSON:Amaka]]: [[PHONE_NUMBER:07961 448 203]]. tell him the traditional is [[DATE_TIME:Saturday 10 May]] not the [[DATE_TIME:17th]]!!
[19:10] [[PERSON:Seyi]]: and church is [[DATE_TIME:Sat 24th at 1pm]], reception straight after at the hall on [[ADDRESS:212 Lordship Lane]]""",
    """#it-requests
[10:02] [[USERNAME:hannah.b]]: hey, [[PERSON:Rashid]] starts monday and still has no laptop or login 😬 can someone pick this up?
[10:05] [[USERNAME:marco.it]]: on it. what's his full name + personal email for the welcome pack?
[10:06] [[USERNAME:hannah.b]]: [[PERSON:Rashid Al-Mansoori]], [[EMAIL_ADDRESS:rashid.almansoori@gmail.com]]. employee number is [[ID_NUMBER:30771]]
[10:09] [[USERNAME:marco.it]]: done, account is [[USERNAME:ralmansoori]], temp pw went by SMS to [[PHONE_NUMBER:+971 50 448 2190]]. laptop LT-3391 will be at reception
[10:10] [[USERNAME:hannah.b]]: legend, ty""",
    """Harbourside Dental (10:14): Hi [[PERSON:Jerome]], this is Harbourside Dental confirming your root canal with [[PERSON:Dr. Ferreira]] on [[DATE_TIME:Thu 13 Mar at 8:30am]]. Reply C to confirm or R to reschedule.
Me (10:31): R pls, I've got a job interview that morning
Harbourside Dental (10:33): No problem! We have [[DATE_TIME:Fri 14 Mar 3:45pm]] or [[DATE_TIME:Mon 17 Mar 9:00am]]. Which suits?
Me (10:35): friday works. also my insurance changed, new member number is [[ID_NUMBER:NIB 40071882]]
Harbourside Dental (10:36): Thanks, updated. Can you confirm your date of birth for our records?
Me (10:40): [[DATE_TIME:4/9/87]]
Harbourside Dental (10:41): All set, see you Friday. Parking is behind the building off Bay St.""",
    """[15:20] You are now chatting with [[PERSON:Oisín]]
[15:20] [[PERSON:Oisín]]: Hi there, how can I help today?
[15:21] [[PERSON:Naledi Khumalo]]: hi, my electricity was cut off this morning but I paid the overdue amount yesterday
[15:21] [[PERSON:Oisín]]: I'm sorry to hear that. Can you give me the account number and the supply address?
[15:22] [[PERSON:Naledi Khumalo]]: [[ID_NUMBER:2204 7781 093]], [[ADDRESS:Apartment 6, Riverside Quay]], [[LOCATION:Cork]]
[15:24] [[PERSON:Oisín]]: Thanks, [[PERSON:Naledi]]. I can see the payment of EUR 214.60 from the card ending 7731. I've requested reconnection and an engineer will be out this evening.
[15:25] [[PERSON:Naledi Khumalo]]: the meter is inside, can the engineer ring me when he's outside? [[PHONE_NUMBER:083 190 4472]]
[15:25] [[PERSON:Oisín]]: Of course, I've added that to the job. Your Eircode is [[ZIP_CODE:T12 X4F8]], is that right?
[15:26] [[PERSON:Naledi Khumalo]]: yes, thanks""",
    """[13.05] Batik Sekar: Halo kak, pesanannya sudah kami terima 🙏 Mohon dikirim data pengirimannya ya.
[13.07] Pembeli: Nama: [[PERSON:Fransiska Lumban Tobing]]
Alamat: [[ADDRESS:Jl. Kenanga Raya No. 21, Perumahan Griya Asri Blok C3]], [[LOCATION:Kel. Sukajadi]], [[LOCATION:Kec. Sukarami]], [[LOCATION:Palembang]] [[ZIP_CODE:30151]]
No HP: [[PHONE_NUMBER:0812-7390-4418]]
[13.09] Batik Sekar: Siap kak. Totalnya Rp 487.000 sudah termasuk ongkir. Transfer ke BCA [[ID_NUMBER:8730441822]] a.n. [[PERSON:Sekar Ayuningtyas]] ya kak.
[13.15] Pembeli: Sudah transfer ya kak, bukti terlampir.
[13.16] Batik Sekar: Terima kasih kak [[PERSON:Fransiska]], nomor resi kami kirim besok pagi.""",
    """[22:14] You're chatting with [[PERSON:Jess]] from the police non-emergency service.
[22:15] Member of the public: hi, someone has been trying car door handles on our street for the last 20 mins. I've got a video
[22:15] [[PERSON:Jess]]: Thank you for reporting this. Can I take your name, address and a contact number?
[22:16] Member of the public: [[PERSON:Aileen Drummond]], [[ADDRESS:23 Glenlee Crescent]], [[LOCATION:Kilmarnock]], [[ZIP_CODE:KA1 3JF]]. mobile [[PHONE_NUMBER:07534 882 106]]
[22:17] [[PERSON:Jess]]: Thanks, [[PERSON:Aileen]]. Can you describe the person?
[22:18] [[PERSON:Aileen]]: male, maybe [[AGE:20]], grey tracksuit, black cap, on a bike. think he went towards the park
[22:19] [[PERSON:Jess]]: I've logged this under reference PS-20250318-2291 and passed it to officers on patrol. Please keep the video, an officer may ask for it.
[22:20] [[PERSON:Aileen]]: ok. my next door neighbour [[PERSON:Mr Hussain]] has a doorbell camera too""",
    """[21:02] [[USERNAME:xXn1ghtfangXx]]: gg ez
[21:03] [[USERNAME:lunar_moth]]: bro you got carried lmao
[21:03] [[USERNAME:xXn1ghtfangXx]]: say that to my face
[21:04] [[USERNAME:KRAKENsmash99]]: lol his name is literally [[PERSON:Tyler Brandt]] and he lives at [[ADDRESS:4420 Willow Bend Rd]] in [[LOCATION:Plano]], found it from his old youtube channel
[21:04] [[USERNAME:lunar_moth]]: dude wtf delete that
[21:05] [[USERNAME:mod_Sable]]: @[[USERNAME:KRAKENsmash99]] doxxing = instant ban. removed.
[21:05] [[USERNAME:xXn1ghtfangXx]]: reported
[21:06] [[USERNAME:mod_Sable]]: if anyone has screenshots send them to me in DMs, not here""",
]

LOOKALIKE = [
    """Release 10.4.2.1 (build 2025.03.118), changelog:
- Bumped libssl to 3.0.13; the X200 gateway firmware is now 4.12.0.7 (was 4.11.9.2).
- Fixed a crash when the config hash (sha256 9f2c1e0b7a3d44e8c1b05f6a2d9e7c3b) did not match.
- Device serial prefixes SN-4471- and SN-8820- are now recognised.
- The admin UI still listens on port 8443; default tenant UUID 3f6c2b1e-8a4d-4e77-9b0a-51c2d7e8f104.
- Known issues: JIRA-44718, JIRA-44731.
Support line 1-800-555-0199 (Mon-Fri), bugs@example.com, docs at https://docs.example.com/migrate/10.4""",
    """Warehouse pick list, wave 0318-B
Order SO-2025-118402 | SKU TX-4471-BLK-M | qty 2 | bin A-14-03
Order SO-2025-118417 | SKU HM-0093-WHT | qty 1 | bin C-02-11
Order SO-2025-118420 | SKU KT-7720-RED | qty 4 | bin B-09-01
Tracking: 1Z 999 AA1 01 2345 6784 (UPS), 9400 1118 9922 3344 5566 77 (USPS)
Carrier pickup hotline: 1-800-742-5877, dock 4 after 14:00.
Special handling: SO-2025-118417 is a gift, ship to [[PERSON:Rebecca Lindholm]], [[ADDRESS:77 Orchard Hill Rd]], [[LOCATION:Amherst]], [[LOCATION:MA]] [[ZIP_CODE:01002]]; leave out invoice INV-77120.""",
    """Walking tour notes: start at the corner of Martin Luther King Jr. Way and Harriet Tubman Avenue, then follow Lincoln Boulevard past the Florence Nightingale Wing and the Hodgkin Building, where the clinic treats Parkinson's disease, Crohn's disease and Alzheimer's. The planetarium's Halley's Comet show runs at 11:00 and 15:00, and the Einstein exhibit in room 3.12 closes at 17:00. Lunch is at Wendy's on Washington Street. This week's guide is [[PERSON:Marisa Oyelowo]]; the visitor centre is on 020 7946 0000.""",
    """Stock check, Harbour Books (shelf audit)
ISBN 9787139122438 | qty 3 | shelf FIC-B2 | GBP 8.99
ISBN 9784750609423 | qty 0 | on order PO-2291
ISBN 9789676946065 | qty 12 | shelf TRV-A1 | GBP 14.99
ISBN 9789884502343 | qty 1 | shelf CHI-D4 | reserved for [[PERSON:Mrs. Adeyinka]], ring [[PHONE_NUMBER:07700 352 118]] when it's in
Dewey ranges to reshelve: 641.5945, 914.2704. Gift card GC-4471-2290-8812 has GBP 15.00 left; till 2 float 150.00.""",
    """# inventory/host_vars/db-prim-02.yml
hostname: db-prim-02
ansible_host: [[IP_ADDRESS:10.20.4.17]]
mac: 00:1A:2B:3C:4D:5E
os_build: 10.0.19045.4170
pg_version: 15.6.2
serial: CZJ8420B7Q
asset_uuid: a8e1f4c2-7b3d-4f09-92aa-6d1e0c5b7f38
cert_sha1: 4f:9a:22:c1:08:7e:bb:53:10:de:9c:aa:71:35:e2:0f:64:c8:91:07
contact: dba-team@northwind-analytics.com
owner: [[EMAIL_ADDRESS:piotr.zielinski@northwind-analytics.com]]
backup_window: "02:00-04:00"
maintenance: first Sunday of the month""",
    """HÓA ĐƠN GIÁ TRỊ GIA TĂNG. Ký hiệu: 1C25TAA. Số: 00004471. Ngày lập: 18/03/2025.
Đơn vị bán: Công ty TNHH Thương mại Sao Việt, MST 0312448209, hotline 1900 6688.
Người mua hàng: [[PERSON:Trịnh Thị Mỹ Duyên]], SĐT [[PHONE_NUMBER:0977 204 481]].
Mã đơn: DH-250318-0093. Mã vận đơn: GHN8842901VN.
Mặt hàng: nồi chiên không dầu 5L, mã SP NCKD-5L-2291, SL 1, đơn giá 1.890.000 đ; bảo hành 12 tháng, số seri 8842AB0917.""",
    """Service changes on the weekend of 22-23 March: trains 1A42, 1A47 and 2K18 will not call at platform 4. Replacement buses leave from stop R3 every 12 minutes, last departure 23:48. Ticket codes: Anytime Day Return (SDR), Off-Peak Return (SVR). Customer Relations: 0345 600 7245 or travelsupport@railco.example. Delay Repay claims (reference format DR-2025-000000) must be made within 28 days. Lost property is open Monday to Saturday, 08:00-19:00.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind38", STYLES, OUT)


if __name__ == "__main__":
    main()

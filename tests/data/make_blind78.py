"""Build tests/data/blind78.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind78.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of the file (the scaffolding copied below); gold_sets.py (whole
file); and lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/, recognizers/, the
tests (beyond those lines), bench/, the README, any *.jsonl (this script's
own output included), any other make_*.py, git history, log or status. The
detector, the bench and the tests were never run; git was not run at all.
Do not tune the detector against this set: once it has been used to tune,
it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Check digits were worked out with
throwaway code piped to the interpreter while writing (no file kept, no
record generated): card numbers pass Luhn, IBANs pass mod-97 with their
country's length (`gold_sets.check` re-checks both and refuses a bad one).
National ids with a public check digit got a valid one: NHS numbers, SINs,
Aadhaar (Verhoeff), TFNs, Singapore NRIC/FIN, South African ids (agreeing
with sex and birth date where they show), Irish PPSNs, the NZ IRD number,
the Australian Medicare number, the Brazilian CPF, the Ontario health card
(Luhn) and the Indonesian NPWP (Luhn on its first eight digits). So did the
look-alikes that carry one (ISBN-13, UK and Irish VAT numbers, an ABN, a UPS
1Z tracking number, an RF creditor reference; the US routing numbers were
checked to pass ABA). Malaysian MyKad and Indonesian NIK numbers have no
check digit; they were made to agree with the birth date, the state or
region code and the sex (odd/even last digit; day + 40 for women in a NIK).
Not checked: US SSNs, UK NI numbers, PAN, BVN, NIN, Kenyan ids and KRA PINs,
PhilHealth and SSS numbers, BPJS cards, passports, licences, plates, bank
account numbers and staff, student, member, patient and athlete numbers.

Styles (ids `blind78-<style>-NNN`; 240 records):
- `bench` (100): 40 in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd mixed sentences dense with names, job titles, streets with building
  numbers and secondary addresses, IPv4/IPv6, MACs, user agents, card / CVV
  / expiry, IBAN / BIC), 30 in the manner of gretel-pii-masking-en-v1
  (claims, contracts, medical, loan, school and pension forms, notices,
  letters) and 30 in the manner of Nemotron-PII (JSON, log lines, SQL, XML,
  YAML / .env / ConfigMap, Python, Java and JS snippets, HL7, git commit,
  mail headers, curl, tickets and forms with many entity kinds).
- `gen` (90): one to four LLM-style sentences with personal data in prose;
  about 40 of them on sports clubs, gyms, fitness apps and marathons, the
  rest spread over banking, insurance, health, pharmacy, legal, schools,
  HR and payroll, tax, telecoms, travel and hotels, real estate, gaming,
  social media, dating, church, charity, utilities, libraries, childcare,
  immigration, deliveries, car hire, vets and tech support. Names at the
  start, middle and end, lowercase and possessive; ages, dates, addresses,
  phones and ids in many shapes.
- `table` (35): one small table per record (CSV, TSV, pipes / Markdown,
  fixed-width, JSON lines, YAML, key: value blocks), varied column names and
  non-PII columns; header rows unlabeled.
- `chat` (8): support chats, a running-club thread, team chat and a family
  thread, with the speakers' names and the data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice refs, SKUs, an ISBN, IP-shaped versions, hashes,
  serials, company phones, role mailboxes, VAT / company numbers, BIC,
  sort and routing codes, eponyms, streets named after people with no
  number) with the few real PII values labeled; one (the release notes)
  has no PII at all.
Languages: about nine records in ten in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, Malaysia, the Philippines, South
Africa, Nigeria, Kenya, Ghana and more, with names from the many cultures
living there); 27 records in Indonesian (15) and Malay (12): 14 gen, 7
bench, 3 table, 2 chat, 1 lookalike.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart; job titles are not TITLE and family
  words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, in any shape, with a
  weekday or clock time said with them inside the span; not bare years,
  weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE,
  IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys, genders, job titles, employers and
  company / club names, user agents, MACs, sort codes, BSB, routing numbers,
  BIC, CVVs and expiries, order / ticket / claim / policy / booking /
  tracking references, company phones and role mailboxes, versions, hashes,
  serials and VINs, partial numbers ("ending 4417"), pets, eponyms, header
  rows.
- Calls made for this set: Indonesian and Malay honorifics attached to a
  name (Bapak, Ibu, Sdr., Encik, Puan, Cik) are TITLE, and so are "Officer",
  "Constable", "Senior Constable", "MRS" after an airline name and the "DR"
  prefix of an HL7 name; "bin", "binti", "bte", "a/l", "a/p" and "s/o" stay
  inside the PERSON span; "Kel.", "Kec.", "Kota" and "Brgy." prefixes stay
  outside the LOCATION span, while "RT 03/RW 05" is part of the ADDRESS; a
  gym branch or home club named after a suburb is LOCATION; race bib
  numbers, timing-chip serials and finish times are unlabeled, while
  athlete ids, athletics licence numbers, league player ids, fitness-app
  user / athlete ids, badge numbers and a practitioner's registration
  number are ID_NUMBER; Strava, fundraising and link-in-bio pages are URL;
  the date of a person's race, class, session, check-in, sign-up, hearing or
  appointment is DATE_TIME, but the transaction dates of a bank statement
  are not (like invoice dates); a log line's timestamp is DATE_TIME when the
  line names the person (user or email) as the actor and unlabeled on
  system lines, and every IP address, private or server ones included, is
  IP_ADDRESS; chat speaker names are PERSON at every occurrence, chat clock
  times are unlabeled; a three-letter code in a nationality column is NRP;
  "Surname" and "Other names" fields, "DELA CRUZ, JEROME SANTOS" and
  "HOLLOWAY/JUNE" give one PERSON span per name part; "Mr. and Mrs. Sethi"
  is two TITLE spans and one PERSON; in a table an "age" column is AGE, a
  "country", "state", "province", "county" or "Negeri" column is LOCATION,
  and "sex", "dept", "plan", "status" columns stay unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind78.jsonl")

GEN = [
    """Hi, I'm [[PERSON:Callum Fraser]] and I froze my membership at the [[LOCATION:Leith]] gym on [[DATE_TIME:2 February]] because of a knee op, but I've still been charged £34.99 twice since. Member no. [[ID_NUMBER:EDN-220417]], mobile [[PHONE_NUMBER:07841 226 903]].""",
    """[[PERSON:Marisol Quintanilla]], [[AGE:34]], of [[LOCATION:San Antonio]], crossed the finish line of her first marathon in 4:12:08 and posted the photo from her account [[USERNAME:mari.runs.sa]] that evening.""",
    """my coach said to email the club secretary so here goes: name's [[PERSON:dev patel]], dob [[DATE_TIME:19/07/2009]], u16 squad, parent contact is my mum [[PERSON:Hema]] on [[PHONE_NUMBER:0412 883 190]]""",
    """The Strava profile at [[URL:https://www.strava.com/athletes/38815207]] belongs to [[PERSON:Tomasz Wierzbicki]], who logged a 21.1 km run along the river on [[DATE_TIME:Sunday 9 June]] before flying home to [[LOCATION:Kraków]].""",
    """Your FitPulse subscription renewal failed, [[PERSON:Jordan]]. The card ending 4417 on file for [[EMAIL_ADDRESS:jordan.okafor88@gmail.com]] was declined this morning; please update it before your plan lapses.""",
    """Atas nama panitia lomba, kami mengonfirmasi pendaftaran [[TITLE:Bapak]] [[PERSON:Rizky Pratama]] untuk kategori maraton penuh (42K) di [[LOCATION:Jakarta]]. NIK [[ID_NUMBER:3174051402900003]], tanggal lahir [[DATE_TIME:14 Februari 1990]], nomor HP [[PHONE_NUMBER:0812-8830-4416]].""",
    """Salam, saya [[PERSON:Nurul Aina binti Kamarudin]], ahli gim cawangan [[LOCATION:Bangsar]] dengan nombor keahlian [[ID_NUMBER:BGS-07731]]. Saya ingin membatalkan keahlian mulai [[DATE_TIME:1 Julai 2024]]; sila hubungi saya di [[PHONE_NUMBER:012-647 3390]].""",
    """Good afternoon, this is [[PERSON:Chidinma Eze]]. I transferred ₦85,000 from my account [[ID_NUMBER:0123987654]] to the wrong beneficiary this morning. My BVN is [[ID_NUMBER:22183940571]] and my line is [[PHONE_NUMBER:0803 412 7769]].""",
    """Policyholder [[PERSON:Étienne Gagnon]] reported hail damage to his car, plate [[ID_NUMBER:F47 KRD]], parked outside his home at [[ADDRESS:2214 rue Sherbrooke Est]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2K 1E4]]; claim CL-88-20931 was opened the same day.""",
    """Patient [[PERSON:Lakshmi Venkataraman]], aged [[AGE:67]], was admitted to the cardiac ward on [[DATE_TIME:12-08-2024 at 23:40]] after chest pain at home in [[LOCATION:Adyar]], [[LOCATION:Chennai]]. Her son [[PERSON:Karthik]] can be reached at [[PHONE_NUMBER:+91 98401 27735]]; her Aadhaar is [[ID_NUMBER:8362 0194 7353]].""",
    """[[PERSON:Faith Chepkoech]] from [[LOCATION:Iten]] signed her entry form for the [[LOCATION:Nairobi]] race on [[DATE_TIME:14 September]]; the organisers list her ID as [[ID_NUMBER:28719403]] and her M-Pesa number as [[PHONE_NUMBER:0722 418 093]].""",
    """Repeat prescription for [[TITLE:mrs]] [[PERSON:j. hollingsworth]] (NHS no. [[ID_NUMBER:943 476 5919]]) is ready at the [[LOCATION:Headingley]] branch; she has asked that her neighbour [[PERSON:Pat Doyle]] collect it on her behalf.""",
    """The GAA club registered [[PERSON:Aoife Ní Bhriain]] (U14 camogie) on [[DATE_TIME:3 March 2024]]; her father's email is [[EMAIL_ADDRESS:sean.obriain@eircom.net]] and the family live at [[ADDRESS:17 Ard na Gréine]], [[LOCATION:Ennis]], [[LOCATION:Co. Clare]], [[ZIP_CODE:V95 X2T4]].""",
    """hey [[PERSON:wei ling]] just saw your 10k PB on the app!! 🏃‍♀️ btw the running club is moving the sat session to [[LOCATION:East Coast Park]], meet at carpark C4, 6:30 sharp""",
    """Attorney [[PERSON:Rebecca Lindqvist]] filed the motion on behalf of her client [[PERSON:Darnell Whitaker]], whose hearing in [[LOCATION:Cook County]] is set for [[DATE_TIME:October 22, 2024, at 9:00 a.m.]]; [[PERSON:Mr. Whitaker]]'s SSN ([[US_SSN:412-67-9081]]) appears in Exhibit B and should be redacted.""",
    """Good day po! This is [[PERSON:Maricel Dizon-Reyes]], mother of [[PERSON:Angelo Reyes]] from Grade 5-Sampaguita. [[PERSON:Angelo]] will be absent on [[DATE_TIME:Aug 19]] because of a dental appointment. You may reach me at [[PHONE_NUMBER:0917 552 8013]]. Thank you po.""",
    """Front desk note: [[PERSON:Tyrese Holloway]]'s key fob (member [[ID_NUMBER:004-77129]]) stopped working after his address change to [[ADDRESS:88 Magnolia Ct, Apt 3B]], [[LOCATION:Decatur]], [[LOCATION:GA]] [[ZIP_CODE:30030]]. He asked for a callback at [[PHONE_NUMBER:404-917-2250]] before 6.""",
    """Welcome aboard, [[PERSON:Thandiwe Mokoena]]! Payroll still needs a copy of your ID ([[ID_NUMBER:9309271289080]]) and a bank letter for account [[ID_NUMBER:62819437710]]; we have your start date as [[DATE_TIME:1 October 2024]].""",
    """[[PERSON:Graham Aitken]], a [[AGE:58]]-year-old retired postman from [[LOCATION:Dundee]], ran the marathon in [[LOCATION:London]] on [[DATE_TIME:21 April]] in memory of his wife [[PERSON:Moira]], raising £6,240 through his page [[URL:https://www.justgiving.com/page/graham-aitken-runs]].""",
    """Hi [[PERSON:Bronwyn]], a SIM swap was requested for [[PHONE_NUMBER:0438 201 775]] on [[DATE_TIME:Tue 14 May at 2:17 pm]]. If this wasn't you, call us straight away on 13 22 00.""",
    """[[PERSON:Muhammad Hafiz bin Rosli]], [[AGE:28]] tahun, dari [[LOCATION:Kuantan]], [[LOCATION:Pahang]], menamatkan larian separuh maraton pertamanya pada [[DATE_TIME:3 Mac 2024]]. No. MyKad beliau, [[ID_NUMBER:950621-06-5131]], telah disahkan oleh pihak penganjur.""",
    """Tenancy application from [[PERSON:Hemi Walker]] and [[PERSON:Aroha Ngata]] for the flat at [[ADDRESS:3/41 Kent Terrace]], [[LOCATION:Mount Victoria]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]]; both want to move in on [[DATE_TIME:15 November]]. [[PERSON:Hemi]]'s IRD number is [[ID_NUMBER:49-182-732]].""",
    """The player [[USERNAME:xXShadowKoiXx]] (real name [[PERSON:Kevin Lâm]], account email [[EMAIL_ADDRESS:kevlam.vn@outlook.com]]) was banned on [[DATE_TIME:2024-05-30]] after logins from [[IP_ADDRESS:185.220.101.47]] and [[IP_ADDRESS:2a02:c207:2041:3387::1]].""",
    """Halo kak, saya [[PERSON:Dewi Anggraini]], member gym cabang [[LOCATION:Kemang]]. Kartu member saya [[ID_NUMBER:KMG-2023-01884]] hilang, mohon dibuatkan yang baru. Bisa hubungi WA [[PHONE_NUMBER:+62 813-1744-2290]] ya, terima kasih.""",
    """Luna, a three-year-old beagle, was seen on [[DATE_TIME:9 Jan]]; her owner [[PERSON:Sandeep Gill]] of [[ADDRESS:14 Elmwood Drive]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6S 2B8]] paid by card and asked for the invoice at [[EMAIL_ADDRESS:sgill.brampton@rogers.com]].""",
    """Coach asked me to send this: [[PERSON:Mateo Alvarez-Cruz]] (born [[DATE_TIME:2/11/2013]]) needs his player pass renewed before the spring season, league ID [[ID_NUMBER:CYS-13-44187]]. Parent/guardian: [[PERSON:Gabriela Cruz]], [[PHONE_NUMBER:(559) 304-7718]], [[LOCATION:Fresno]].""",
    """[[PERSON:Ananya]] synced her smartwatch to the app on [[DATE_TIME:5 Jan 2025]], and the data export lists her home PIN code [[ZIP_CODE:560038]] in [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]], her resting heart-rate trend and her registered number [[PHONE_NUMBER:+91-99860-41327]].""",
    """Per the IRS notice dated [[DATE_TIME:March 4, 2024]], the joint return of [[PERSON:Howard]] and [[PERSON:Denise Pruitt]] (SSNs [[US_SSN:287-40-1163]] and [[US_SSN:287-52-9904]]) is missing Schedule C; their preparer, [[PERSON:Alan Moy]], CPA, will reply from [[EMAIL_ADDRESS:alan@moytaxservices.com]].""",
    """Pacer [[PERSON:Oluwaseun Adebayo-Ogunleye]] will lead the 2:45 bus on [[DATE_TIME:Saturday, 8 February]]; runners who want to join him can WhatsApp [[PHONE_NUMBER:+234 809 551 3024]] or find him on Instagram as [[USERNAME:seun_paces]].""",
    """Booking 7HQ2-KP for [[PERSON:Ms. Yasmin Haddad]] and [[PERSON:Omar Haddad]]: arriving [[DATE_TIME:Friday 28 June]], departing [[DATE_TIME:1 July]]. Passport on file for the lead guest: [[ID_NUMBER:N04719338]], [[NRP:Jordanian]].""",
    """lmao [[USERNAME:kenzie.b_]] really posted her new address ([[ADDRESS:412 Cedar Hollow Rd]]) on her story, somebody tell her to take it down before her ex sees it""",
    """[[TITLE:Encik]] [[PERSON:Tan Wei Jie]], permohonan pinjaman peribadi anda telah diterima pada [[DATE_TIME:12/04/2024]]. Sila bawa salinan MyKad ([[ID_NUMBER:880915-14-5523]]) dan penyata bank bagi akaun [[ID_NUMBER:5642 1108 7391]] ke cawangan [[LOCATION:Petaling Jaya]].""",
    """[[PERSON:Priyanka Natarajan]] (student ID [[ID_NUMBER:U41877263]]) asked for her transcript to be mailed to [[ADDRESS:901 W. Franklin St, Unit 12]], [[LOCATION:Richmond]], [[LOCATION:VA]] [[ZIP_CODE:23220]]; the date of birth she gave, [[DATE_TIME:07/30/2001]], matched the registrar's record.""",
    """G'day, [[PERSON:Liam O'Sullivan-Tait]] here. I booked a PT session with [[PERSON:Jess]] for [[DATE_TIME:Thursday the 16th at 7am]] but I'm stuck at work in [[LOCATION:Parramatta]]. Can we push it back? Member [[ID_NUMBER:NSW-019283]].""",
    """Rider, please deliver to [[PERSON:Wanjiru Kamau]], [[ADDRESS:Kindaruma Road, Hse No. 14]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]]; call [[PHONE_NUMBER:0711 204 587]] at the gate. Order #NRB-7731920.""",
    """BQ! [[PERSON:Keisha Montgomery-Bell]] ran 3:28:41 in [[LOCATION:Chicago]] on [[DATE_TIME:Oct. 13]], eight days after turning [[AGE:40]], so she now races in the F40-44 bracket.""",
    """Peserta BPJS Kesehatan atas nama [[PERSON:Siti Rahmawati]], nomor kartu [[ID_NUMBER:0001283746519]], lahir [[DATE_TIME:23-08-1995]], tercatat berdomisili di [[ADDRESS:Jl. Raya Darmo No. 57]], [[LOCATION:Surabaya]] [[ZIP_CODE:60264]]. NIK: [[ID_NUMBER:3578126308950002]].""",
    """Thank you, [[PERSON:Margaret Oyelaran]], for your gift of £50 last week. We have claimed Gift Aid on it using the address you gave us: [[ADDRESS:Flat 2, 19 Albert Road]], [[LOCATION:Southsea]], [[ZIP_CODE:PO5 2SE]].""",
    """Data request: the user [[USERNAME:liftheavy_ari]] ([[PERSON:Ariel Ben-David]], [[EMAIL_ADDRESS:ariel.bd@protonmail.com]]) wants every workout log since signing up on [[DATE_TIME:2021-08-14]], including the GPS traces that start outside [[ADDRESS:230 Prospect Pl]], [[LOCATION:Brooklyn]].""",
    """[[PERSON:Sipho Ndlovu]] (ID [[ID_NUMBER:8804125734084]]) has been cleared to play for the club's second XV after his concussion on [[DATE_TIME:22 March]]; [[PERSON:Dr Anneke van der Merwe]] signed the return-to-play form.""",
    """Kelab badminton kami di [[LOCATION:Seremban]] mengesahkan [[PERSON:Lim Jia Hui]] (No. K/P [[ID_NUMBER:010812-05-0746]]) sebagai pemain bawah 25 tahun. Ibu bapa boleh menghubungi jurulatih, [[PERSON:Kamal]], di [[PHONE_NUMBER:019-338 2074]].""",
    """Your smart meter appointment is confirmed for [[DATE_TIME:Wednesday 10 July, 8am–12pm]], [[PERSON:Mr Adeyemi]]. Our engineer will visit [[ADDRESS:56 Ladywood Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B16 8SA]]; account number [[ID_NUMBER:8810 2274 316]].""",
    """[[PERSON:Bilal Chaudhry]], a [[NRP:Pakistani]] citizen, landed as a permanent resident at [[LOCATION:Vancouver]] airport on [[DATE_TIME:18 June 2023]]; his UCI is [[ID_NUMBER:11-2847-3096]] and his SIN is [[ID_NUMBER:527 301 840]].""",
    """Matched with [[PERSON:rosa m.]] on Hinge, she's [[AGE:31]], works as a nurse in [[LOCATION:Hoboken]], insta is [[USERNAME:rosamarie.rn]]. Meeting her [[DATE_TIME:Friday the 12th at 8]] at that wine bar on Washington St.""",
    """The parish office recorded the baptism of [[PERSON:Gabriel José Fernandes]] on [[DATE_TIME:14 April 2024]]; parents [[PERSON:Ricardo]] and [[PERSON:Lúcia Fernandes]], godmother [[PERSON:Inês Rocha]], all of [[ADDRESS:7 Marsh Lane]], [[LOCATION:Thetford]].""",
    """Driver [[PERSON:Niamh Cullinane]], licence no. [[ID_NUMBER:209874531]], collected the car at [[LOCATION:Shannon]] on [[DATE_TIME:5 August at 14:20]] and gave her PPSN, [[ID_NUMBER:6382941P]], for the toll account.""",
    """Reminder from Peak Fitness: [[PERSON:Harjit]], you've used 9 of your 12 classes, the last one on [[DATE_TIME:Jan 9]]. Questions? Reply to this text or email frontdesk@peakfit.ca.""",
    """The library account of [[PERSON:Ebere Nwosu]], [[ADDRESS:33 Harrow View]], [[LOCATION:Harrow]] [[ZIP_CODE:HA1 4SU]], card number [[ID_NUMBER:20481 77392]], has three overdue items and a £4.80 fine.""",
    """Enrolment form: child [[PERSON:Isla Nguyen]], DOB [[DATE_TIME:04/03/2021]], CRN [[ID_NUMBER:208 514 771K]]; emergency contact [[PERSON:Thi Hoa Nguyen]] (grandmother), [[PHONE_NUMBER:0402 917 338]].""",
    """[[PERSON:Muhammad Irfan]] (NRIC [[ID_NUMBER:S8734126G]]) collected his race pack at the expo on [[DATE_TIME:29 Nov]], signed the medical declaration, and put down [[PERSON:Nur Syahirah]] at [[PHONE_NUMBER:+65 9127 4406]] as his emergency contact.""",
    """Hi [[PERSON:Hannah]], we noticed a new sign-in to your running app account ([[EMAIL_ADDRESS:hannah.w.runs@icloud.com]]) on [[DATE_TIME:3 Oct at 21:14]] from [[IP_ADDRESS:81.174.230.19]] near [[LOCATION:Bristol]]. Not you? Reset your password now.""",
    """Offer letter: [[PERSON:Rohit Kulkarni]], PAN [[ID_NUMBER:BQKPK4471F]], joins as Senior Analyst on [[DATE_TIME:2nd September 2024]] at our [[LOCATION:Pune]] office; his UAN [[ID_NUMBER:100938471625]] will be carried over from his previous employer.""",
    """Rx for [[PERSON:Gloria Esparza]], DOB [[DATE_TIME:11/09/1948]], is on hold because insurance member ID [[ID_NUMBER:W217 448 309]] was rejected. The pharmacist called her daughter [[PERSON:Yolanda]] at [[PHONE_NUMBER:956-212-4480]].""",
    """Minutes: [[PERSON:Imran Qureshi]] proposed that [[PERSON:Tom Ashdown]] take over as fixtures secretary; seconded by [[PERSON:Ravi]]. [[PERSON:Tom]]'s details ([[EMAIL_ADDRESS:tashdown74@btinternet.com]], [[PHONE_NUMBER:01273 558 201]]) will go in the club handbook.""",
    """Aplikasi lari kami mencatat bahwa pengguna [[USERNAME:andi_lari88]] ([[PERSON:Andi Saputra]]) menyelesaikan 10 km di [[LOCATION:Bandung]] pada [[DATE_TIME:Minggu, 7 Juli 2024 pukul 06.15]]. Email terdaftar: [[EMAIL_ADDRESS:andi.saputra88@yahoo.co.id]].""",
    """[[PERSON:Jerome T. Kowalczyk]] renewed his [[LOCATION:Illinois]] driver's license [[US_DRIVER_LICENSE:K420-6618-2034]] online on [[DATE_TIME:5/17/2024]]; the new card ships to [[ADDRESS:1418 N. Paulina St., Apt. 2R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60622]].""",
    """[[PERSON:Mr. Desmond Achterberg]] asked us to pay his rent into his landlord's account, IBAN [[IBAN_CODE:GB43 MIDL 4005 1521 8946 30]], every month from [[DATE_TIME:1 September]]. The landlord is [[PERSON:Faisal Rahimi]].""",
    """Race results, F35: 1st [[PERSON:Chloe Papadopoulos]] ([[LOCATION:Geelong]]) 2:58:12; 2nd [[PERSON:Ngaire Tipene]] ([[LOCATION:Auckland]]) 3:01:40; 3rd [[PERSON:Sun-hee Park]] ([[LOCATION:Box Hill]]) 3:03:05.""",
    """Terima kasih kerana mendaftar, [[PERSON:Aisyah]]! Sesi percubaan percuma anda dijadualkan pada [[DATE_TIME:Sabtu, 20 April, jam 10 pagi]] di cawangan [[LOCATION:Shah Alam]]. E-mel pengesahan telah dihantar ke [[EMAIL_ADDRESS:aisyah.zulkifli@gmail.com]].""",
    """Ticket #48812: [[PERSON:Brendan Kealy]] ([[USERNAME:bkealy]]) can't connect to the VPN from home; his router shows WAN IP [[IP_ADDRESS:86.43.112.208]] and the laptop's MAC is 3C:22:FB:91:0A:7E. Callback on [[PHONE_NUMBER:087 224 6651]].""",
    """Open house sign-in: [[PERSON:Marcus]] & [[PERSON:Tiana Greer]], currently renting at [[ADDRESS:5521 Alcott Ave]], [[LOCATION:Dallas]]; pre-approved up to $420k; best number [[PHONE_NUMBER:214.608.3391]].""",
    """Good evening [[PERSON:Sir Paolo]], your gym membership (ID [[ID_NUMBER:MKT-11834]]) under the name [[PERSON:Paolo Mercado]] is due for renewal. Kindly settle through GCash or visit our [[LOCATION:Makati]] branch.""",
    """[[PERSON:Shanice Okoro]] rear-ended another vehicle on I-95 near [[LOCATION:Fort Lauderdale]] on [[DATE_TIME:June 2 at about 7:40 p.m.]]; her plate is [[ID_NUMBER:QRT-M41]] and the other driver, [[PERSON:Luis Abreu]], gave his number as [[PHONE_NUMBER:954-330-1782]].""",
    """Netball registrations close Friday. So far we have [[PERSON:Mereana]], [[PERSON:Jade Thompson]], [[PERSON:Kiri-Ana Heke]] and [[PERSON:Lucy]]; [[PERSON:Lucy]]'s mum still needs to pay the $85 fee.""",
    """Dengan hormat, [[TITLE:Ibu]] [[PERSON:Ratna Kusumawati]], pengajuan KPR Anda untuk rumah di [[ADDRESS:Perumahan Griya Asri Blok C3 No. 12]], [[LOCATION:Bekasi]] telah disetujui. Angsuran akan didebet dari rekening [[ID_NUMBER:1230014567890]]; akad kredit dijadwalkan pada [[DATE_TIME:25 Juni 2024 pukul 10.00]].""",
    """[[PERSON:Freddie Okonkwo-Lane]] (Year 4, Oak class) has a nut allergy and his EpiPen is kept in the office. If needed, call his dad, [[PERSON:Chinedu]], on [[PHONE_NUMBER:07903 448 120]] or his mum, [[PERSON:Sophie Lane]], on [[PHONE_NUMBER:07766 310 294]].""",
    """Your weekly summary, [[PERSON:mei]]: 42,118 steps and 3 workouts. Your birthday is coming up on [[DATE_TIME:March 9]], and we'll unlock a special badge when you turn [[AGE:30]]!""",
    """Volunteer roster for the [[LOCATION:Cork]] half: [[PERSON:Ciarán Murphy]] (water station 3, [[PHONE_NUMBER:086 771 0294]]), [[PERSON:Siobhán Kelleher]] (bag drop), [[PERSON:Darragh O'Leary]] (first aid, [[PHONE_NUMBER:085 130 6628]]).""",
    """[[PERSON:Goh Siew Ling]], NRIC [[ID_NUMBER:S7629034B]], applied for the resale flat at [[ADDRESS:Blk 512 Tampines Central 7, #08-114]], [[LOCATION:Singapore]] [[ZIP_CODE:520512]] on [[DATE_TIME:18 Jan 2024]].""",
    """Statement of [[PERSON:Bradley James Forsyth]], born [[DATE_TIME:9 May 1982]], of [[ADDRESS:Unit 7/22 Beach St]], [[LOCATION:Coogee]] [[LOCATION:NSW]] [[ZIP_CODE:2034]], taken by [[TITLE:Constable]] [[PERSON:R. Sandhu]] on [[DATE_TIME:13/06/2024 at 1545 hrs]].""",
    """Hi [[PERSON:Zanele]], your gym debit order bounced this month. Please update the bank details for account [[ID_NUMBER:1048 552 907]] in the app or pop into the [[LOCATION:Sandton]] club.""",
    """pretty sure [[PERSON:dan]]'s kid [[PERSON:owen]] left his glove at the field again, text [[PERSON:dan]] at [[PHONE_NUMBER:773 491 0026]] if you find it""",
    """Passenger [[PERSON:HOLLOWAY/JUNE]] [[TITLE:MRS]], PNR Q7KX3M, frequent flyer no. [[ID_NUMBER:BA 39471822]], has requested wheelchair assistance on arrival on [[DATE_TIME:22AUG]].""",
    """Makluman kepada ibu bapa: murid [[PERSON:Ahmad Danial bin Zainal]] dari kelas 4 Bestari tidak hadir ke sekolah pada [[DATE_TIME:8 Mei]]. Sila hubungi guru kelas, [[TITLE:Puan]] [[PERSON:Rohana]], di talian [[PHONE_NUMBER:013-772 1048]].""",
    """[[PERSON:Yohanes]] dari [[LOCATION:Kupang]] finis di posisi ketiga kelompok umur 40+ pada lomba lari di [[LOCATION:Magelang]] tanggal [[DATE_TIME:17 November]] lalu; usianya [[AGE:44]] tahun dan ini maraton ke-12 baginya.""",
    """SIM registration for [[PERSON:Abubakar Sadiq Musa]], NIN [[ID_NUMBER:48291736054]], was completed at the [[LOCATION:Kano]] office on [[DATE_TIME:11/03/2024]]; the new line is [[PHONE_NUMBER:0706 338 1942]].""",
    """Guest [[PERSON:Ong Boon Keat]] checked in to room 1208 on [[DATE_TIME:14 Feb]] with his wife [[PERSON:Chloe]]; billing address [[ADDRESS:23 Jalan SS 2/64]], [[ZIP_CODE:47300]] [[LOCATION:Petaling Jaya]], [[LOCATION:Selangor]].""",
    """Trainer notes: client [[PERSON:Deborah]] "[[PERSON:Deb]]" [[PERSON:Salazar]], [[AGE:52]], started [[DATE_TIME:Feb 6]]; goal is a 5K before her daughter's wedding in [[LOCATION:Sedona]]. Left shoulder impingement, so no overhead pressing.""",
    """[[PERSON:Otieno Odhiambo]] hired a Probox for three days from [[DATE_TIME:2 May]]; driving licence [[ID_NUMBER:DL-0847723]], KRA PIN [[ID_NUMBER:A004729183K]].""",
    """[[PERSON:Amélie Tremblay-Roy]]'s scholarship cheque was mailed on [[DATE_TIME:September 20]] to her old address, [[ADDRESS:45 Bank Street, Apt 810]], [[LOCATION:Ottawa]], although she now lives in [[LOCATION:Gatineau]].""",
    """The leaderboard for the [[LOCATION:Brisbane]] riverside loop this week is topped by [[PERSON:Marco Bellini]], followed closely by [[PERSON:Adaeze Ogbu]] and, in third, [[PERSON:Tran Minh Khoa]].""",
    """SSB kami masih membuka pendaftaran. Orang tua [[PERSON:Muhammad Fadli]] (lahir [[DATE_TIME:03-05-2013]]) sudah mendaftar lewat WA [[PHONE_NUMBER:0857-2231-9904]]; alamat rumah: [[ADDRESS:Jl. Kaliurang Km 7,5 Gg. Mawar No. 4]], [[LOCATION:Sleman]].""",
    """[[PERSON:Stephen Wojcik]] got a charity bib (no. 40771) for [[LOCATION:New York]] through St. Jude, and his fundraising page is [[URL:https://fundraising.stjude.org/stephenwojcik]].""",
    """[[PERSON:Dr. Fionnuala Brennan]] referred [[PERSON:Seán Ó Murchú]] ([[AGE:71]]) for an MRI on [[DATE_TIME:Thursday 7 March at 11.30]]; VHI member number [[ID_NUMBER:4017 2293 08]].""",
    """Driver [[PERSON:Kwame Asante]] picked the rider up at [[ADDRESS:1200 Bay Street]] in [[LOCATION:Toronto]]; the rider later reported leaving behind a wallet with a health card in the name of [[PERSON:J. MacPherson]].""",
    """Follow [[PERSON:Simran Kaur Bhatia]] on Instagram at [[USERNAME:simranlifts]]: she's a [[AGE:26]]-year-old powerlifter from [[LOCATION:Ludhiana]] who coaches online through [[URL:https://linktr.ee/simranlifts]].""",
    """RSVP from [[PERSON:Olusegun]] and [[PERSON:Bukola Adeniran]]: two adults, one child, halal meals please. Kindly post the invitation to [[ADDRESS:14 Chorley New Road]], [[LOCATION:Bolton]] [[ZIP_CODE:BL1 4AP]].""",
    """Hai [[PERSON:Farid]], anda telah melengkapkan cabaran 30 hari pada [[DATE_TIME:30 Jun 2024]]! Kongsi pencapaian anda dengan rakan-rakan: [[URL:https://app.fitkaki.my/u/farid.hamzah]]""",
    """St John Ambulance log: runner [[PERSON:Priya Shah]], approx. [[AGE:35]], collapsed at mile 22 at 13:05, was treated for hyponatraemia and transferred to hospital; next of kin [[PERSON:Nikhil Shah]], [[PHONE_NUMBER:07455 902 117]].""",
    """Please update the direct deposit for [[PERSON:Lorraine Bick]], employee [[ID_NUMBER:E-204471]], to account [[ID_NUMBER:000123884716]] (routing 021000021), effective [[DATE_TIME:7/1/2024]].""",
]

BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    """Attention [[PERSON:Ms. Kaitlyn Ferreira-Dunn]], Lead Tax Paralegal: the shared drive was accessed from [[IP_ADDRESS:10.48.203.17]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 on [[DATE_TIME:03/14/2024 02:41]]. If this wasn't you, reply to [[EMAIL_ADDRESS:k.ferreiradunn@halvorsenlaw.com]].""",
    """Hey [[PERSON:Obadiah]], the reimbursement for your conference trip will go to [[IBAN_CODE:DE71370400440781265009]] (BIC COBADEFFXXX) by Friday. Please double-check that the account holder name reads [[PERSON:Obadiah Strand-Villanueva]].""",
    """Card on file for [[PERSON:Marguerite Okonjo]]: [[CREDIT_CARD:4929 8045 5127 7317]], exp 09/27, CVV 318. Billing address: [[ADDRESS:4410 Kessler Rue, Suite 905]], [[LOCATION:East Marlon]], [[LOCATION:Vermont]] [[ZIP_CODE:05471]].""",
    """As the Regional Optimization Officer, [[PERSON:Dariusz]] needs the MAC 00:1B:44:11:3A:B7 and the IP [[IP_ADDRESS:172.16.254.88]] whitelisted before Thursday's audit.""",
    """[[PERSON:Ms. Veronika Halloran]], [[AGE:44]], Chief Web Developer, resides at [[ADDRESS:8734 Ernser Parkway, Apt. 233]], [[LOCATION:Lake Jovanny]], [[LOCATION:Oregon]]. Her phone is [[PHONE_NUMBER:+1-503-284-7719]] and her SSN is [[US_SSN:532-18-4407]].""",
    """Your subscription was renewed with the Amex [[CREDIT_CARD:3782 940153 88260]] registered to [[PERSON:Hollis Vandermeer]]. Login detected from Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15 at [[IP_ADDRESS:118.92.41.7]].""",
    """Dear [[PERSON:Eleftheria]], to process your mortgage please send scans of your passport and the statement for [[IBAN_CODE:GR16 0110 1250 0000 0001 2300 695]] to [[EMAIL_ADDRESS:eleftheria.kontou@yahoo.gr]] by [[DATE_TIME:29th of May]].""",
    """Male, [[AGE:61]], born [[DATE_TIME:02/27/1963]], [[PERSON:Cornelius Abernathy]] works as an Internal Usability Liaison. Contact: [[EMAIL_ADDRESS:cornelius.abernathy61@hotmail.com]], [[PHONE_NUMBER:(712) 404-8816]]. Residence: [[ADDRESS:75 Schaden Turnpike]], [[LOCATION:Sioux City]], [[LOCATION:IA]] [[ZIP_CODE:51104]].""",
    """The investment portfolio of [[PERSON:Ingrid Solberg]] is linked to [[IBAN_CODE:NO93 8601 1117 947]]; her advisor [[PERSON:Mr. Pieter Claes]] last reviewed it from [[IP_ADDRESS:2a01:4f8:c17:5e2a::12]].""",
    """[[PERSON:Jaxon]], a password reset for the account [[USERNAME:jaxon_ferrell07]] was requested from [[IP_ADDRESS:94.231.17.202]]. Temporary password: Gx7!pLq92#. If this wasn't you, secure your account at once.""",
    """In our records, [[PERSON:Mrs. Adaeze Nwachukwu-Hart]] (female, [[AGE:39]]) paid the tuition for her son [[PERSON:Chukwuemeka]] with [[CREDIT_CARD:5391 8824 0163 5179]] on [[DATE_TIME:September 1st, 2023]]; the receipt was sent to [[ADDRESS:Building 7, 220 Harborview Crescent]], [[LOCATION:Lekki]], [[LOCATION:Lagos]].""",
    """Vehicle [[ID_NUMBER:KX19 LMT]] registered to [[PERSON:Rhiannon Pugh]] of [[ADDRESS:2 Heol y Nant]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4HN]] was caught by the camera at 08:12; VIN WBA3A5C58DF351162, fine £100.""",
    """Hi [[PERSON:Tobias]]! Your new work laptop (serial C02XK1Q8JG5H, MAC a4:83:e7:2b:19:c0) is ready. Please collect it from [[PERSON:Ayumi Hoshino]], Senior Identity Coordinator, on floor 3 before your start date, [[DATE_TIME:June 10th]].""",
    """Transaction alert: [[CREDIT_CARD:6011382749005134]] charged $1,204.77 at 14:08 by [[PERSON:Quentin Delacroix-Boyd]]. Shipping to [[ADDRESS:561 Maple Bluff Road]], [[LOCATION:Madison]], [[LOCATION:WI]] [[ZIP_CODE:53704]]. Cardholder phone [[PHONE_NUMBER:608.771.3349]].""",
    """Please find attached the dental records of [[PERSON:Oksana Hrytsenko]], born [[DATE_TIME:1987-11-23]], of [[ADDRESS:91 Willow Crescent]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 3JF]]. Her [[NRP:Ukrainian]] passport number is [[ID_NUMBER:FE417382]].""",
    """Senior Brand Architect [[PERSON:Zheng Haoran]] asked that his salary be paid into [[IBAN_CODE:CH93 0076 2011 6238 5295 7]] from next month; his employee number is [[ID_NUMBER:EMP-448201]] and his mobile [[PHONE_NUMBER:+41 79 583 21 07]].""",
    """The survey respondent, a [[AGE:23]]-year-old [[NRP:Buddhist]] from [[LOCATION:Kandy]], gave [[EMAIL_ADDRESS:dilhani.w@gmail.com]] for the gift card draw; [[PERSON:Dilhani Wickramasinghe]] was drawn on [[DATE_TIME:July 12]].""",
    """User [[USERNAME:vstaniszewska]] signed into the HR portal at [[DATE_TIME:2024-02-11 07:58:13]] from [[IP_ADDRESS:192.168.14.203]], Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0. Her profile lists [[PERSON:Violetta Staniszewska]], Investor Metrics Agent, [[PHONE_NUMBER:+48 601 884 213]].""",
    """To: [[PERSON:Augustin]]. Re: your claim. We have received the MasterCard [[CREDIT_CARD:5224 0631 9857 7444]] details with CVV 071 and expiry 11/26. The refund will reach [[PERSON:Augustin Mbeki-Larsson]] at [[ADDRESS:Flat 12, 4 Riverside Walk]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 8DN]] within 5 working days.""",
    """Sponsorship details: runner [[PERSON:Esperanza Villalobos]], [[AGE:47]], bib 2216, sponsor payments to [[IBAN_CODE:LU11 2800 1940 0644 7500]], contact [[EMAIL_ADDRESS:e.villalobos@pt.lu]].""",
    """Reminder for [[PERSON:Benedikt Auerbach]]: the county court in [[LOCATION:Hampshire]] needs your signature by [[DATE_TIME:03/09/2024]]. Your reference code is 88-HX-2014. Please bring driving licence [[ID_NUMBER:AUERB807163B99LK]].""",
    """Greetings [[PERSON:Ottoline]], our new Executive Communications Designer! Your badge number [[ID_NUMBER:LIB-30917]] is active; connect to the staff WiFi with the MAC you registered (f0:18:98:4c:6e:21).""",
    """Account holder: [[PERSON:Mx. Rowan Achebe-Lind]]; DOB: [[DATE_TIME:April 30, 1995]]; card: [[CREDIT_CARD:4024-0071-8293-5469]] (exp 04/28, CVV 552); account: [[IBAN_CODE:IE85BOFI90001783045216]]; BIC: BOFIIE2D; phone: [[PHONE_NUMBER:+353 87 119 4420]].""",
    """The clinical trial volunteer [[PERSON:Haruto Sakamoto]], [[AGE:31]], weight 72 kg, blood group O+, lives at [[ADDRESS:Room 402, 1-14-7 Ebisu]], [[LOCATION:Shibuya]], [[LOCATION:Tokyo]] [[ZIP_CODE:150-0013]] and can be reached on [[PHONE_NUMBER:090-4418-2273]].""",
    """Hi team, [[PERSON:Cressida]] here from Tactics Integration. Please send the new hire forms to my personal email, [[EMAIL_ADDRESS:cressida.holmberg@gmx.net]], not the work one; my mobile is [[PHONE_NUMBER:0046 70 318 44 92]].""",
    """Invoice disputed by [[PERSON:Lamar Okafor-Whitfield]] (customer [[ID_NUMBER:CUST-00984412]]) from [[IP_ADDRESS:73.158.22.190]]; he says his card [[CREDIT_CARD:4175 0094 8273 6156]] was charged twice for the same order.""",
    """Kepada [[TITLE:Sdr.]] [[PERSON:Bagus Wicaksono]], Koordinator Integrasi Data: akses Anda dari IP [[IP_ADDRESS:36.72.218.105]] dengan perangkat Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Mobile Safari/537.36 telah diblokir pada [[DATE_TIME:12/03/2024 22:17]]. Nomor telepon terdaftar Anda: [[PHONE_NUMBER:0821-3347-5512]].""",
    """[[PERSON:Siti Hajar binti Osman]], Pegawai Pemasaran Kanan: kad kredit [[CREDIT_CARD:5456 1602 7719 0385]] (tamat 08/27, CVV 904) didaftarkan di alamat [[ADDRESS:No. 18, Jalan Melati 3/2]], [[LOCATION:Taman Melati]], [[ZIP_CODE:53100]] [[LOCATION:Kuala Lumpur]].""",
    """From [[PERSON:Ezinne Obi]]: my Barclays IBAN is [[IBAN_CODE:GB88 BARC 2032 5374 9102 88]] (sort code 20-32-53), please use that for the deposit refund on [[ADDRESS:Flat 6B, 119 Lordship Lane]], [[LOCATION:Dulwich]].""",
    """[[PERSON:Ignatius Fairweather]] was born on [[DATE_TIME:the 3rd of January 1975]] in [[LOCATION:Port Elizabeth]] and now works as a Forward Metrics Engineer; his username is [[USERNAME:ifairweather75]] and his SA ID is [[ID_NUMBER:7501036121085]].""",
    """Please ship the replacement smartwatch to [[PERSON:Valentina Russo]] at [[ADDRESS:Via Roma 48, int. 5]], [[ZIP_CODE:10121]] [[LOCATION:Torino]], [[LOCATION:Italy]]; she paid with [[CREDIT_CARD:5355 2277 1840 1630]] and her phone is [[PHONE_NUMBER:+39 347 210 8834]].""",
    """Our Dynamic Accounts Producer [[PERSON:Leilani Kahananui]] ([[AGE:29]]) moved to [[ADDRESS:45-210 Kamehameha Hwy, Unit 8]], [[LOCATION:Kaneohe]], [[LOCATION:HI]] [[ZIP_CODE:96744]] on [[DATE_TIME:1 March]]; please update payroll account [[ID_NUMBER:0093847712]].""",
    """The gym's CCTV shows the member, [[PERSON:Bartholomew Nkemelu]], entering at 05:42 with access card [[ID_NUMBER:GYM-77-00412]]; his registered phone had IP [[IP_ADDRESS:10.12.7.44]] and MAC 8c:85:90:1d:fe:03.""",
    """[[PERSON:Freya]], please confirm the transfer of €2,300 to [[IBAN_CODE:FI18 2122 1000 0033 45]] in the name of [[PERSON:Aleksi Virtanen]]. It was authorised from [[IP_ADDRESS:2a00:1d50:2:100::4b]].""",
    """Loyalty member [[PERSON:Consuela Marchetti-Obi]] (no. [[ID_NUMBER:88201937]]) redeemed 4,000 points; her alternate contact is her husband [[PERSON:Uchenna]] at [[PHONE_NUMBER:+44 7700 182 335]].""",
    """Appointment reminder: [[PERSON:Dr. Anjali Menon]] will see [[PERSON:Mr. Florin Dumitrescu]] on [[DATE_TIME:Mon, 17 June 2024 at 09:45]] at [[ADDRESS:12 Harley Street]], [[LOCATION:London]] [[ZIP_CODE:W1G 9PG]]. Please bring the card [[CREDIT_CARD:4485 9021 3376 4020]] for the deposit.""",
    """[[PERSON:Kwabena Owusu-Ansah]], [[AGE:55]], Principal Response Officer, [[NRP:Ghanaian]], passport [[ID_NUMBER:G2847193]], requested that his pension be paid to his wife, [[PERSON:Akosua]], at [[PHONE_NUMBER:+233 24 418 7720]] via mobile money.""",
    """The MAC address 3c:5a:b4:01:9e:7d and the user agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1 belong to the session of [[PERSON:Priscilla Adomako]], who paid with [[CREDIT_CARD:3530 1172 8849 0167]].""",
    """Pay stub for [[PERSON:Ximena Barrientos]], SSN [[US_SSN:601-38-2275]], account [[ID_NUMBER:4410028736]], routing 122000247. Home address: [[ADDRESS:3300 E. Thomas Rd, #1021]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85018]].""",
    """[[PERSON:Anneliese]] from Accounts: please reimburse [[PERSON:Marek Nowicki]] ([[EMAIL_ADDRESS:marek.nowicki@onet.pl]]) to [[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]] for the marathon travel costs.""",
    # in the manner of gretel-pii-masking-en-v1 (domain documents)
    """AUTO INSURANCE CLAIM FORM
Claim No.: AC-2024-118374
Policy No.: PL-77102983
Insured: [[PERSON:Harriet Okwuosa]]
Date of Birth: [[DATE_TIME:14/02/1979]]
Address: [[ADDRESS:27 Beechwood Avenue]], [[LOCATION:Solihull]], [[ZIP_CODE:B91 3HS]]
Phone: [[PHONE_NUMBER:07712 493 018]]
Driving Licence: [[ID_NUMBER:OKWUO752149H99KM]]
Vehicle Registration: [[ID_NUMBER:YR68 KDX]]
Date of Loss: [[DATE_TIME:02/05/2024]]
Description: Insured vehicle was struck from behind while stationary at traffic lights on the A34.""",
    """EMPLOYMENT AGREEMENT. This Agreement is entered into on [[DATE_TIME:July 1, 2024]] between Northgate Logistics LLC ("Employer") and [[PERSON:Samuel Adeyinka Bello]] ("Employee"), residing at [[ADDRESS:8120 Ridgeview Drive]], [[LOCATION:Plano]], [[LOCATION:Texas]] [[ZIP_CODE:75024]]. The Employee's Social Security Number is [[US_SSN:468-22-9315]]. The Employee shall commence employment as Warehouse Operations Manager on [[DATE_TIME:July 15, 2024]] at an annual salary of $78,500.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Rosalind Achterberg]]    MRN: [[ID_NUMBER:00482917]]
DOB: [[DATE_TIME:03/22/1956]]    Age: [[AGE:68]]    Sex: F
Admitted: [[DATE_TIME:05/02/2024]]    Discharged: [[DATE_TIME:05/07/2024]]
Attending: [[PERSON:Dr. Kenji Watanabe]]
Diagnosis: Community-acquired pneumonia, right lower lobe.
Plan: follow up with PCP [[PERSON:Dr. Lila Fenwick]] within 7 days; patient's daughter [[PERSON:Corinne]] ([[PHONE_NUMBER:(617) 731-4402]]) will arrange transport.""",
    """FORMULIR PENGAJUAN KREDIT
Nama Lengkap: [[PERSON:Hendra Gunawan]]
NIK: [[ID_NUMBER:3273200711870005]]
Tempat/Tgl Lahir: [[LOCATION:Bandung]], [[DATE_TIME:07-11-1987]]
Alamat: [[ADDRESS:Jl. Cihampelas No. 112, RT 03/RW 05]], Kel. [[LOCATION:Cipaganti]], Kec. [[LOCATION:Coblong]], Kota [[LOCATION:Bandung]] [[ZIP_CODE:40131]]
NPWP: [[ID_NUMBER:71.830.562.6-521.000]]
No. HP: [[PHONE_NUMBER:0811-2204-7719]]
Pekerjaan: Wiraswasta
Jumlah Pinjaman: Rp 250.000.000""",
    """NOTICE TO VACATE. To: [[PERSON:Jamal Whitfield]] and [[PERSON:Renee Whitfield]], tenants of [[ADDRESS:1407 Lindell Blvd, Apt 5C]], [[LOCATION:St. Louis]], [[LOCATION:MO]] [[ZIP_CODE:63108]]. You are hereby notified that your tenancy will terminate on [[DATE_TIME:August 31, 2024]]. Landlord: [[PERSON:Gerald Pemberton]], [[PHONE_NUMBER:314-502-8817]]. Served on [[DATE_TIME:June 28, 2024]] by hand delivery.""",
    """ASSUMPTION OF RISK AND RELEASE OF LIABILITY
Member name: [[PERSON:Alejandro Ibáñez]]
Date of birth: [[DATE_TIME:1992-09-04]]
Emergency contact: [[PERSON:Camila Ibáñez]] (spouse), [[PHONE_NUMBER:(786) 442-0913]]
Medical conditions disclosed: mild asthma (uses inhaler)
I, [[PERSON:Alejandro Ibáñez]], acknowledge that taking part in high-intensity classes carries inherent risks and release the gym, its owners and coaches from liability.
Signature: ____________    Date: [[DATE_TIME:03/18/2024]]""",
    """RACE ENTRY - PARTICIPANT DECLARATION
Participant: [[PERSON:Olivia Brennan-Shaw]]    Gender: F    Age on race day: [[AGE:33]]
Address: [[ADDRESS:5 Tolka Cottages]], [[LOCATION:Glasnevin]], [[LOCATION:Dublin]] [[ZIP_CODE:D09 K2W7]]
Athletics licence no.: [[ID_NUMBER:AI-2024-58213]]
Mobile: [[PHONE_NUMBER:+353 86 204 7731]]    Email: [[EMAIL_ADDRESS:olivia.bshaw@gmail.com]]
Estimated finish: 3:45    T-shirt: M
Declared on: [[DATE_TIME:12 July 2024]]""",
    """LOCAL COURT OF [[LOCATION:NEW SOUTH WALES]] - COURT ATTENDANCE NOTICE. Accused: [[PERSON:Jayden Michael Cooper]], born [[DATE_TIME:17.10.1998]], of [[ADDRESS:44 Railway Parade]], [[LOCATION:Kogarah]] [[LOCATION:NSW]] [[ZIP_CODE:2217]]. Offence: drive with prescribed concentration of alcohol. You must attend [[LOCATION:Sutherland]] Local Court on [[DATE_TIME:Tuesday 20 August 2024 at 9.30 am]]. Informant: [[TITLE:Senior Constable]] [[PERSON:M. Haddad]].""",
    """LASTING POWER OF ATTORNEY (summary). Donor: [[PERSON:Edith Margaret Collingwood]], born [[DATE_TIME:11 November 1938]], of [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Haddon]], [[LOCATION:Northamptonshire]] [[ZIP_CODE:NN6 8QT]]. Attorneys: [[PERSON:Richard Collingwood]] (son) and [[PERSON:Helen Tasker]] (solicitor). Signed and witnessed on [[DATE_TIME:4 March 2024]].""",
    """PRESCRIPTION
Patient: [[PERSON:Ravichandran a/l Subramaniam]]    IC No: [[ID_NUMBER:640305-08-5567]]
Age: [[AGE:60]]    Date: [[DATE_TIME:05/04/2024]]
Rx: Amlodipine 5 mg OD x 30 days; Metformin 500 mg BD x 30 days
Prescriber: [[PERSON:Dr. Noraini Yusof]] (MMC No. [[ID_NUMBER:41872]])
Clinic: Klinik Mediviron, tel. 05-254 1180""",
    """BORANG PEMBUKAAN AKAUN
Nama: [[PERSON:Mohd Azlan bin Ibrahim]]
No. Kad Pengenalan: [[ID_NUMBER:850117-12-5349]]
Tarikh Lahir: [[DATE_TIME:17 Januari 1985]]
Alamat: [[ADDRESS:Lot 27, Kampung Likas]], [[ZIP_CODE:88400]] [[LOCATION:Kota Kinabalu]], [[LOCATION:Sabah]]
No. Telefon: [[PHONE_NUMBER:+60 19-882 4107]]
E-mel: [[EMAIL_ADDRESS:azlan.ibrahim85@gmail.com]]
Pekerjaan: Juruteknik
No. Akaun: [[ID_NUMBER:1012 3004 5567 89]]""",
    """RESIDENTIAL TENANCY AGREEMENT. Landlord: [[PERSON:Theo Karagiannis]]. Tenant(s): [[PERSON:Ruby Nakamura]], [[PERSON:Finn O'Dwyer]]. Premises: [[ADDRESS:2/18 Smith Street]], [[LOCATION:Fitzroy]] [[LOCATION:VIC]] [[ZIP_CODE:3065]]. Term: 12 months commencing [[DATE_TIME:1 February 2025]]. Rent: $620 per week payable to BSB 063-182, account [[ID_NUMBER:1048 2271]].""",
    """PRIVATE AND CONFIDENTIAL
[[DATE_TIME:19 June 2024]]
[[PERSON:Mr Kieran Walsh]]
[[ADDRESS:61 Marlborough Road]]
[[LOCATION:Sheffield]] [[ZIP_CODE:S10 1DB]]
Employee number: [[ID_NUMBER:SH-00781]]
Dear [[PERSON:Kieran]],
I am writing to invite you to a disciplinary hearing on [[DATE_TIME:Wednesday 26 June 2024 at 2pm]] regarding the allegations set out below. You may be accompanied by a colleague or trade union representative.
Yours sincerely,
[[PERSON:Amrit Dhillon]], HR Business Partner""",
    """IMMUNIZATION RECORD
Name of child: [[PERSON:Princess Joy Manalo]]
Date of birth: [[DATE_TIME:January 8, 2023]]
Mother: [[PERSON:Rowena Manalo]]    Father: [[PERSON:Jun-Jun Manalo]]
Address: [[ADDRESS:Blk 7 Lot 12 Sampaguita St.]], Brgy. [[LOCATION:San Isidro]], [[LOCATION:Tanauan City]], [[LOCATION:Batangas]]
PhilHealth No.: [[ID_NUMBER:03-025114872-6]]
MMR 1st dose given: [[DATE_TIME:Oct 10, 2023]]""",
    """NOTICE TO CREDITORS. Estate of [[PERSON:Harold Eugene Lindgren]], deceased, late of [[ADDRESS:2204 Oak Knoll Lane]], [[LOCATION:Duluth]], [[LOCATION:Minnesota]], who died on [[DATE_TIME:March 3, 2024]]. Claims must be presented to the personal representative, [[PERSON:Karen L. Sorensen]], at [[ADDRESS:PO Box 1187]], [[LOCATION:Duluth]], [[LOCATION:MN]] [[ZIP_CODE:55816]], within four months.""",
    """ADMISSION FORM - CLASS XI
Student: [[PERSON:Aarav Malhotra]]    DOB: [[DATE_TIME:21.06.2008]]
Father: [[PERSON:Vikram Malhotra]]    Mother: [[PERSON:Neha Malhotra]]
Aadhaar (student): [[ID_NUMBER:5729 4618 3023]]
Address: [[ADDRESS:C-142, Sector 41]], [[LOCATION:Noida]], [[LOCATION:Uttar Pradesh]] - [[ZIP_CODE:201303]]
Contact: [[PHONE_NUMBER:98111 40276]]
Previous school: Delhi Public School    Stream: Science""",
    """[[DATE_TIME:May 14, 2024]]
[[PERSON:Priya]] and [[PERSON:Arjun Sethi]]
[[ADDRESS:77 Crescent Ridge Way]], [[LOCATION:Calgary]], [[LOCATION:AB]] [[ZIP_CODE:T3L 2K9]]
Re: Mortgage commitment, application 5500-18231
Dear [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Sethi]], we are pleased to confirm your mortgage of $512,000 on the terms below. The SINs on file end in 840 and 296. Funds will be advanced on your closing date, [[DATE_TIME:June 28, 2024]].""",
    """EMPLOYEE'S CLAIM FOR WORKERS' COMPENSATION
Employee: [[PERSON:Dolores Ybarra]]    SSN: [[US_SSN:553-71-0284]]
Home: [[ADDRESS:1630 S. Grand Ave]], [[LOCATION:Santa Ana]], [[LOCATION:CA]] [[ZIP_CODE:92705]]
Date of injury: [[DATE_TIME:04/09/2024]]    Time: 10:15 AM
Body part: lower back    Employer: Sunvalley Packing Co.
Supervisor notified: [[PERSON:Ray Trujillo]], on [[DATE_TIME:04/10/2024]]""",
    """TRAVEL INSURANCE CLAIM. Insured: [[PERSON:Njeri Wambui Gathoni]], passport [[ID_NUMBER:AK0482913]], of [[ADDRESS:Apt 4B, Riverside Gardens, Riverside Drive]], [[LOCATION:Nairobi]]. Trip: [[LOCATION:Nairobi]] to [[LOCATION:Dubai]], departed [[DATE_TIME:10 March 2024]]. Baggage delayed 48 hours. Please reimburse to [[IBAN_CODE:AE79 0330 0000 1048 5573 021]] (account of her sister, [[PERSON:Wairimu Gathoni]]).""",
    """MEMBERSHIP AGREEMENT No. 44120. This agreement dated [[DATE_TIME:6 January 2025]] is between IronWorks Fitness Pty Ltd (ABN 51 824 753 556) and [[PERSON:Declan Houlihan]] (the Member), of [[ADDRESS:9 Coral Sea Drive]], [[LOCATION:Mermaid Waters]] [[LOCATION:QLD]] [[ZIP_CODE:4218]], DOB [[DATE_TIME:30/12/1990]]. Fees of $21.95 per week will be direct debited from BSB 034-211, account [[ID_NUMBER:448 193 002]]. Member's Medicare number: [[ID_NUMBER:2951 48375 1]].""",
    """STUDENT FINANCE - CHANGE OF CIRCUMSTANCES
Customer reference number: [[ID_NUMBER:11882047315]]
Name: [[PERSON:Maya Oyelowo-Grant]]
National Insurance number: [[ID_NUMBER:PX 41 92 07 C]]
New term-time address: [[ADDRESS:Room 14, Block C, Marsh Hall]], [[LOCATION:Bangor]] [[ZIP_CODE:LL57 2EH]]
Date of change: [[DATE_TIME:23/09/2024]]""",
    """CONFIDENTIAL - Pre-employment screening. Subject: [[PERSON:Terrence A. Maddox]]; alias: "[[PERSON:T-Bone]]"; DOB [[DATE_TIME:08/14/1985]]; SSN [[US_SSN:239-84-5512]]; prior addresses: [[ADDRESS:512 Elm St]], [[LOCATION:Gastonia]], [[LOCATION:NC]] (2015-2019); [[ADDRESS:88 Ridge Rd, Lot 14]], [[LOCATION:Belmont]], [[LOCATION:NC]] (2019-present). Driver's license [[US_DRIVER_LICENSE:000041827736]] ([[LOCATION:NC]]), valid. No criminal records found.""",
    """PENSION BENEFIT STATEMENT as at 31 December 2023
Member: [[PERSON:Dermot Fitzgerald]]    PPSN: [[ID_NUMBER:1047236D]]
Date of birth: [[DATE_TIME:02/07/1966]]    Date joined scheme: [[DATE_TIME:01/09/1994]]
Normal retirement date: [[DATE_TIME:02/07/2031]]
Address: [[ADDRESS:14 Glenageary Park]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]] [[ZIP_CODE:A96 W5F2]]
Projected annual pension: EUR 18,420""",
    """UNIFORM TRAFFIC CITATION No. 7721403. Driver: [[PERSON:Brianna Kowalski]]; DL [[US_DRIVER_LICENSE:K245 819 074 410]] ([[LOCATION:MI]]); address [[ADDRESS:2290 Packard St]], [[LOCATION:Ann Arbor]], [[LOCATION:MI]] [[ZIP_CODE:48104]]. Plate [[ID_NUMBER:EKW 4471]]. Violation: 47 mph in a 30 zone on [[DATE_TIME:06/01/2024 at 16:52]]. Issued by [[TITLE:Officer]] [[PERSON:D. Rasmussen]], badge [[ID_NUMBER:1183]].""",
    """NEW PATIENT REGISTRATION
Hospital No.: [[ID_NUMBER:LUTH/24/081733]]
Surname: [[PERSON:Okonkwo]]    Other names: [[PERSON:Ifeoma Grace]]
Sex: Female    Age: [[AGE:42]]    Marital status: Married
Religion: [[NRP:Christian]]
Address: [[ADDRESS:12 Adeniran Ogunsanya Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]
Next of kin: [[PERSON:Emeka Okonkwo]] (husband), [[PHONE_NUMBER:0805 219 4470]]""",
    """SALARY LOAN APPLICATION
Member name: [[PERSON:DELA CRUZ]], [[PERSON:JEROME SANTOS]]
SS Number: [[ID_NUMBER:34-5128734-6]]
Date of birth: [[DATE_TIME:1991-03-15]]
Mobile: [[PHONE_NUMBER:0998 214 6630]]
Employer: Harbor Point Foods Corp. (ER No. 03-9281734-0)
Loan amount: PHP 40,000
Disbursement account: [[ID_NUMBER:0123-4567-89]]""",
    """Form W-9 (Rev. March 2024). Name: [[PERSON:Nathaniel Oduya]]. Business name: Oduya Creative LLC. Address: [[ADDRESS:1505 Peachtree St NE, Unit 2207]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]]. Taxpayer identification number (SSN): [[US_SSN:258-61-4430]]. Signature date: [[DATE_TIME:01/22/2024]].""",
    """INCIDENT REPORT - Riverside Harriers Athletic Club
Date/time of incident: [[DATE_TIME:Tue 4 June 2024, 19:20]]
Injured person: [[PERSON:Rebecca]] "[[PERSON:Becky]]" [[PERSON:Thorne]]    Age: [[AGE:16]]    Membership no.: [[ID_NUMBER:RH-1187]]
Injury: sprained right ankle during hurdles drill
First aid given by: [[PERSON:Colin Marsh]] (coach)
Parent informed: [[PERSON:Julie Thorne]], [[PHONE_NUMBER:07590 311 846]], at 19:35""",
    """FORMULIR KESEHATAN PESERTA LARI
Nama: [[PERSON:Agustina Wulandari]]
Tanggal lahir: [[DATE_TIME:02/06/1999]]
NIK: [[ID_NUMBER:3471034206990001]]
Golongan darah: B
Riwayat penyakit: tidak ada
Kontak darurat: [[PERSON:Bambang Sutrisno]] (ayah), [[PHONE_NUMBER:0274 512 883]]
Alamat: [[ADDRESS:Jl. Malioboro No. 21]], [[LOCATION:Yogyakarta]] [[ZIP_CODE:55271]]""",
    """ELECTORAL REGISTRATION - Invitation to Register. Household: [[ADDRESS:Flat 9, Harbour Court, 3 Quay Street]], [[LOCATION:Truro]] [[ZIP_CODE:TR1 2HE]]. Residents: [[PERSON:Ayesha Rahman]] (date of birth [[DATE_TIME:05/01/2006]], [[NRP:British]]); [[PERSON:Tariq Rahman]] ([[NRP:British]]); [[PERSON:Nasrin Begum]] ([[NRP:Bangladeshi]]). National Insurance number for [[PERSON:Ayesha]]: [[ID_NUMBER:JT 58 30 19 A]].""",
    # in the manner of Nemotron-PII (structured and semi-structured)
    """{"user_id": "[[ID_NUMBER:u_88129374]]", "full_name": "[[PERSON:Magdalena Wróbel]]", "email": "[[EMAIL_ADDRESS:m.wrobel@wp.pl]]", "phone": "[[PHONE_NUMBER:+48 512 330 918]]", "dob": "[[DATE_TIME:1990-04-17]]", "address": {"street": "[[ADDRESS:ul. Długa 44/7]]", "city": "[[LOCATION:Gdańsk]]", "postal_code": "[[ZIP_CODE:80-827]]", "country": "[[LOCATION:Poland]]"}, "plan": "premium", "last_login": "[[DATE_TIME:2024-06-02T19:44:10Z]]"}""",
    """[[DATE_TIME:2024-05-19 08:14:22,871]] INFO  auth.login user=[[USERNAME:kmurphy]] ip=[[IP_ADDRESS:89.101.44.17]] result=SUCCESS
2024-05-19 08:14:22,990 DEBUG pool.acquire conn=17 wait_ms=3
[[DATE_TIME:2024-05-19 08:14:23,004]] DEBUG session.create sid=9f2c1e7ab44d user=[[USERNAME:kmurphy]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
[[DATE_TIME:2024-05-19 08:16:40,552]] WARN  profile.update user=[[USERNAME:kmurphy]] field=phone old=*** new=[[PHONE_NUMBER:+353 85 772 1093]]""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, ssn, phone, zip) VALUES
  ('[[ID_NUMBER:P-0049217]]', '[[PERSON:Marcus]]', '[[PERSON:Delgado]]', '[[DATE_TIME:1977-12-03]]', '[[US_SSN:421-90-3376]]', '[[PHONE_NUMBER:210-684-0143]]', '[[ZIP_CODE:78207]]'),
  ('[[ID_NUMBER:P-0049218]]', '[[PERSON:Yesenia]]', '[[PERSON:Delgado-Ruiz]]', '[[DATE_TIME:2004-06-19]]', NULL, '[[PHONE_NUMBER:210-684-0177]]', '[[ZIP_CODE:78207]]');""",
    """<customer id="[[ID_NUMBER:C-22817]]">
  <name><first>[[PERSON:Aaliyah]]</first><last>[[PERSON:Rahimi-Stone]]</last></name>
  <email>[[EMAIL_ADDRESS:aaliyah.rs@outlook.com]]</email>
  <payment type="card"><number>[[CREDIT_CARD:4917610099218349]]</number><expiry>03/29</expiry><cvv>771</cvv></payment>
  <shipping><line1>[[ADDRESS:17 Pembroke Gardens]]</line1><line2>[[ADDRESS:Flat 4]]</line2><city>[[LOCATION:Cardiff]]</city><postcode>[[ZIP_CODE:CF11 9JA]]</postcode></shipping>
</customer>""",
    """service: payroll-sync
owner:
  name: [[PERSON:Deepa Raman]]
  email: [[EMAIL_ADDRESS:deepa.raman@corp-mail.io]]
  oncall_phone: "[[PHONE_NUMBER:+1 669 224 9081]]"
db:
  host: [[IP_ADDRESS:10.20.4.15]]
  port: 5432
  user: payroll_svc
  password: "Tr0ub4dor&3"
schedule: "0 2 * * *"
version: 4.11.0""",
    """def test_send_receipt(mailer):
    customer = Customer(
        name="[[PERSON:Felipe Andrade]]",
        email="[[EMAIL_ADDRESS:felipe.andrade@uol.com.br]]",
        card="[[CREDIT_CARD:5105103309281744]]",
        cpf="[[ID_NUMBER:483.920.175-79]]",
        city="[[LOCATION:Campinas]]",
    )
    send_receipt(customer, order_id="ORD-99812")
    assert mailer.outbox[0].to == ["[[EMAIL_ADDRESS:felipe.andrade@uol.com.br]]"]""",
    """Ticket: SUP-44871 | Priority: High | Channel: email
From: [[PERSON:Hyun-woo Choi]] <[[EMAIL_ADDRESS:hwchoi@naver.com]]>
Subject: Charged after cancelling
Body: I cancelled my fitness app plan on [[DATE_TIME:May 2]] but was still billed to my card [[CREDIT_CARD:3566 0041 2577 3905]]. My username is [[USERNAME:hyunwoo_runs]]. Please refund.
Assignee: [[PERSON:Carla Mendes]]
Status: Open""",
    r"""MSH|^~\&|EPIC|STMARYS|LABSYS|STMARYS|202406110832||ADT^A04|MSG00417|P|2.5
PID|1||[[ID_NUMBER:MRN00418827]]^^^STMARYS^MR||[[PERSON:NAKASHIMA]]^[[PERSON:EMIKO]]^[[PERSON:R]]||[[DATE_TIME:19620815]]|F|||[[ADDRESS:4419 KAHALA AVE]]^^[[LOCATION:HONOLULU]]^[[LOCATION:HI]]^[[ZIP_CODE:96816]]||[[PHONE_NUMBER:(808)737-2214]]|||||[[US_SSN:576-44-1092]]
PV1|1|O|CLINIC^^^STMARYS||||[[ID_NUMBER:1093827]]^[[PERSON:OKAFOR]]^[[PERSON:CHIDI]]^^^[[TITLE:DR]]""",
    """APP_ENV=production
ADMIN_NAME="[[PERSON:Yusuf Demir]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:yusuf.demir@gmail.com]]
SMTP_PASSWORD=Qw9$Lk2!vv
PAYOUT_IBAN=[[IBAN_CODE:TR330006100519786457841326]]
ALLOWED_IP=[[IP_ADDRESS:78.180.14.92]]
SENTRY_RELEASE=2.8.14""",
    """{"athlete": {"id": [[ID_NUMBER:5521093]], "username": "[[USERNAME:trailmum_kate]]", "firstname": "[[PERSON:Kate]]", "lastname": "[[PERSON:Hendry]]", "city": "[[LOCATION:Inverness]]", "sex": "F"}, "activity": {"type": "Run", "distance": 15230.4, "moving_time": 5422, "start_date_local": "[[DATE_TIME:2024-06-09T07:12:45]]", "average_heartrate": 151.2}}""",
    """KYC VERIFICATION
Full name: [[PERSON:Tendai Moyo]]
Nationality: [[NRP:Zimbabwean]]
Passport: [[ID_NUMBER:FN492017]]
Date of birth: [[DATE_TIME:1988-10-29]]
Residential address: [[ADDRESS:14 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]
Source of funds: salary
Device IP at submission: [[IP_ADDRESS:41.13.250.66]]
Risk score: 12 (low)""",
    """commit 4e1f9a2c7d0b3e58a1c6f7d2e9b0a4c3d5e6f7a8
Author: [[PERSON:Oluwadamilare Akinola]] <[[EMAIL_ADDRESS:dami.akinola@proton.me]]>
Date:   [[DATE_TIME:Thu Apr 11 22:03:17 2024 +0100]]

    fix: stop logging member phone numbers at checkout

    The test fixture was leaking [[PHONE_NUMBER:+44 7936 552 019]] into the debug log.""",
    """UPDATE members SET email = '[[EMAIL_ADDRESS:jo.ikeda@gmail.com]]', phone = '[[PHONE_NUMBER:+61 421 330 887]]', home_gym = '[[LOCATION:Fortitude Valley]]' WHERE member_no = '[[ID_NUMBER:BNE-55219]]' AND surname = '[[PERSON:Ikeda]]';""",
    """From: "[[PERSON:Ngozi Okafor-Bello]]" <[[EMAIL_ADDRESS:ngozi.ab@yahoo.com]]>
To: entries@lagoscityrun.ng
Date: [[DATE_TIME:Mon, 13 Jan 2025 06:41:09 +0100]]
Received: from mobile ([[IP_ADDRESS:102.89.33.140]])
Subject: Bib transfer to my sister

Please transfer my bib 10442 to my sister [[PERSON:Chiamaka Bello]], DOB [[DATE_TIME:22/09/1996]], phone [[PHONE_NUMBER:0813 772 0041]].""",
    """{"class": "Spin 45", "instructor": "[[PERSON:Rosa Delgado]]", "start": "[[DATE_TIME:2024-07-03T18:30:00]]", "room": "Studio 2", "attendees": [{"member": "[[PERSON:Ahmed El-Sayed]]", "member_no": "[[ID_NUMBER:M-20931]]"}, {"member": "[[PERSON:Bridget Nolan]]", "member_no": "[[ID_NUMBER:M-18442]]"}], "capacity": 24}""",
    """curl -X POST https://api.payflow.io/v2/payouts -H "Authorization: Bearer sk_live_51HxQ2vT9k" -d '{"recipient_name": "[[PERSON:Lindiwe Khumalo]]", "iban": "[[IBAN_CODE:NL55RABO0318256647]]", "email": "[[EMAIL_ADDRESS:lindiwe.k@icloud.com]]", "amount": 12500, "currency": "EUR"}'""",
    """Tiket #MY-22018
Pelanggan: [[PERSON:Nor Azizah binti Hamid]]
No. Telefon: [[PHONE_NUMBER:011-2734 8860]]
E-mel: [[EMAIL_ADDRESS:norazizah.hamid@yahoo.com.my]]
Alamat: [[ADDRESS:No. 7, Lorong Kenari 2]], [[LOCATION:Taman Sri Muda]], [[ZIP_CODE:40400]] [[LOCATION:Shah Alam]]
Isu: Jam tangan pintar tidak menyegerak dengan aplikasi sejak [[DATE_TIME:2 Ogos]].
Status: Dalam tindakan""",
    """{"nama": "[[PERSON:Putri Ayu Maharani]]", "email": "[[EMAIL_ADDRESS:putri.maharani@gmail.com]]", "no_hp": "[[PHONE_NUMBER:+6281234098871]]", "tgl_lahir": "[[DATE_TIME:1998-12-05]]", "kota": "[[LOCATION:Semarang]]", "paket": "Gold 12 bulan", "id_member": "[[ID_NUMBER:SMG-0098213]]", "ip_daftar": "[[IP_ADDRESS:114.124.205.37]]"}""",
    """[[IP_ADDRESS:73.92.140.18]] - [[USERNAME:mfairbanks]] [[[DATE_TIME:10/Jun/2024:06:02:11 -0700]]] "GET /api/v1/members/me HTTP/1.1" 200 1432 "-" "FitTrack/5.2.1 (iPhone; iOS 17.5)"
[[IP_ADDRESS:73.92.140.18]] - [[USERNAME:mfairbanks]] [[[DATE_TIME:10/Jun/2024:06:02:14 -0700]]] "PUT /api/v1/members/me/address HTTP/1.1" 204 0 "-" "FitTrack/5.2.1 (iPhone; iOS 17.5)"
[[IP_ADDRESS:10.0.3.7]] - - [10/Jun/2024:06:02:15 -0700] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29\"""",
    """Patient: [[PERSON:Graciela Montoya]]    MRN: [[ID_NUMBER:MR-7730194]]
Health plan ID: [[ID_NUMBER:HPB-229184730]]
DOB: [[DATE_TIME:09/12/1971]]    Age: [[AGE:52]]    Blood type: A-
Employer: Desert Sun Credit Union    Occupation: loan officer
Address: [[ADDRESS:7781 N Oracle Rd]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85704]]
Emergency contact: [[PERSON:Luis Montoya]], [[PHONE_NUMBER:(520) 318-4407]]""",
    """User u = new User();
u.setFullName("[[PERSON:Kofi Boateng]]");
u.setEmail("[[EMAIL_ADDRESS:kofi.boateng@gmail.com]]");
u.setDob("[[DATE_TIME:1994-03-08]]");
u.setPassportNo("[[ID_NUMBER:G3819204]]");
u.setLastIp("[[IP_ADDRESS:154.160.3.91]]");
userRepository.save(u);""",
    """{"club": "Harbourside Triathlon Club", "season": 2024, "captain": {"name": "[[PERSON:Mia Kowalczyk]]", "mobile": "[[PHONE_NUMBER:021 448 7302]]", "email": "[[EMAIL_ADDRESS:mia.k.tri@gmail.com]]"}, "treasurer": {"name": "[[PERSON:Rangi Parata]]", "bank_account": "[[ID_NUMBER:12-3140-0418822-00]]"}, "training_venue": "club pool, lanes 3-4"}""",
    """<claim ref="CLM-2024-0388">
  <claimant ssn="[[US_SSN:347-21-8806]]">
    <name>[[PERSON:Wendell Harper]]</name>
    <dob>[[DATE_TIME:1959-05-30]]</dob>
    <phone type="mobile">[[PHONE_NUMBER:+1 (919) 402-7731]]</phone>
  </claimant>
  <incident date="[[DATE_TIME:2024-03-17]]" city="[[LOCATION:Raleigh]]" state="[[LOCATION:NC]]"/>
  <vehicle plate="[[ID_NUMBER:TKR-4417]]" vin="1HGCM82633A004352"/>
  <payout account="[[ID_NUMBER:00028419375]]" routing="053000219"/>
</claim>""",
    """# maintainer: [[PERSON:Inês Carvalho]] <[[EMAIL_ADDRESS:ines.carvalho@sapo.pt]]>
apiVersion: v1
kind: ConfigMap
metadata:
  name: race-results-api
data:
  TIMING_VENDOR_URL: https://timing.example-racing.com/api
  SUPPORT_PHONE: "+351 21 000 4400"
  DB_HOST: "[[IP_ADDRESS:10.96.14.201]]"
  IMAGE_TAG: "1.22.3\"""",
    """STATEMENT OF ACCOUNT
Account holder: [[TITLE:MR]] [[PERSON:ADEBOLA T. ADEWALE]]
Account no.: [[ID_NUMBER:20417756]]    Sort code: 30-96-38    IBAN: [[IBAN_CODE:GB79 LOYD 3096 3820 4177 56]]
Address: [[ADDRESS:22 Granville Street]], [[LOCATION:Peckham]], [[LOCATION:London]] [[ZIP_CODE:SE15 6RG]]
04 JUN  CARD PAYMENT   PUREGYM LTD               24.99
06 JUN  FASTER PAYMENT FROM [[PERSON:O ADEWALE]]  150.00
07 JUN  DIRECT DEBIT   THAMES WATER              38.10""",
    """{"respondent": "[[PERSON:Farah Siddiqui]]", "age": [[AGE:38]], "religion": "[[NRP:Muslim]]", "political_affiliation": "[[NRP:Labour]]", "postcode": "[[ZIP_CODE:LS8 2QH]]", "email": "[[EMAIL_ADDRESS:farah.sidd@hotmail.co.uk]]", "q7_score": 4}""",
    """[sync] [[DATE_TIME:2024-08-02T05:31:09Z]] device=band-7 fw=3.12.0.4 user_id=[[ID_NUMBER:448812930]] email=[[EMAIL_ADDRESS:raj.iyer.runs@gmail.com]] ip=[[IP_ADDRESS:49.207.193.12]] steps=1820
[sync] 2024-08-02T05:31:10Z upload ok bytes=20481 retries=0""",
    """[HR-2291] Update emergency contact
Reporter: [[PERSON:Anita Borkowski]]
Description: Please change my emergency contact to [[PERSON:Michał Borkowski]] (husband), [[PHONE_NUMBER:+1 312 490 6612]], and my home address to [[ADDRESS:6020 N Sheridan Rd, Apt 1104]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60660]], effective [[DATE_TIME:August 1]]. Employee ID [[ID_NUMBER:004418]].
Labels: hris, personal-data""",
    """const testRunner = {
  name: '[[PERSON:Sophie Tremblay]]',
  bib: 2219,
  dob: '[[DATE_TIME:1989-02-14]]',
  emergency: { name: '[[PERSON:Luc Tremblay]]', phone: '[[PHONE_NUMBER:514-883-2047]]' },
  chip: 'E2003412-0154-7781',
  card: '[[CREDIT_CARD:4781 2291 6604 5379]]',
};""",
    """ORDER CONFIRMATION #W-118-44920
Customer: [[PERSON:Beatriz Oliveira Santos]]
Customer no.: [[ID_NUMBER:CN-7743091]]
Ship to: [[ADDRESS:412 W 46th St, Apt 21F]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10036]]
Paid with: [[CREDIT_CARD:4647 3812 0095 5123]]
Items: GPS running watch x1 ($349.99), HRM strap x1 ($79.99)
Questions? orders@strideshop.com""",
]

TABLE = [
    """member_id,first_name,last_name,dob,plan,home_club,joined
[[ID_NUMBER:GM-100482]],[[PERSON:Aisling]],[[PERSON:Carey]],[[DATE_TIME:1993-04-11]],Off-peak,[[LOCATION:Rathmines]],[[DATE_TIME:2023-01-09]]
[[ID_NUMBER:GM-100517]],[[PERSON:Tadhg]],[[PERSON:Moloney]],[[DATE_TIME:1988-12-30]],Anytime,[[LOCATION:Ranelagh]],[[DATE_TIME:2023-02-14]]
[[ID_NUMBER:GM-100533]],[[PERSON:Oyinkansola]],[[PERSON:Bamidele]],[[DATE_TIME:2001-07-22]],Student,[[LOCATION:Rathmines]],[[DATE_TIME:2023-03-01]]
[[ID_NUMBER:GM-100590]],[[PERSON:Grzegorz]],[[PERSON:Zając]],[[DATE_TIME:1979-05-06]],Anytime,[[LOCATION:Drumcondra]],[[DATE_TIME:2023-04-18]]""",
    """bib\tname\tsex\tage\tclub\tcity\tchip_time
112\t[[PERSON:Daniel Kibet Rono]]\tM\t[[AGE:29]]\tHigh Altitude AC\t[[LOCATION:Eldoret]]\t2:14:07
87\t[[PERSON:Hannah Lindström]]\tF\t[[AGE:34]]\tTeam Nordic\t[[LOCATION:Göteborg]]\t2:31:55
305\t[[PERSON:Tomás Aguirre]]\tM\t[[AGE:41]]\tunattached\t[[LOCATION:Rosario]]\t2:38:20
298\t[[PERSON:Keiko Matsumura]]\tF\t[[AGE:38]]\tHarbour City RC\t[[LOCATION:Osaka]]\t2:44:12""",
    """| Name | Dept | Ext. | Mobile | Email |
|---|---|---|---|---|
| [[PERSON:Shreya Iyer]] | Finance | 4412 | [[PHONE_NUMBER:+44 7841 903 227]] | [[EMAIL_ADDRESS:shreya.iyer@calderwoodgroup.co.uk]] |
| [[PERSON:Marcus O'Hare]] | IT | 4419 | [[PHONE_NUMBER:+44 7788 214 650]] | [[EMAIL_ADDRESS:marcus.ohare@calderwoodgroup.co.uk]] |
| [[PERSON:Beata Kowalska]] | HR | 4403 | - | [[EMAIL_ADDRESS:beata.kowalska@calderwoodgroup.co.uk]] |
| Reception | Facilities | 4400 | - | reception@calderwoodgroup.co.uk |""",
    """MRN       PATIENT               DOB         WARD  CONSULTANT
[[ID_NUMBER:4418203]]   [[PERSON:HUSSAIN]], [[PERSON:ZARA]]         [[DATE_TIME:12/03/1958]]  B4    [[TITLE:DR]] [[PERSON:PATEL]]
[[ID_NUMBER:4420917]]   [[PERSON:O'CONNELL]], [[PERSON:PADRAIG]]    [[DATE_TIME:02/11/1949]]  B4    [[TITLE:DR]] [[PERSON:PATEL]]
[[ID_NUMBER:4421355]]   [[PERSON:MENSAH]], [[PERSON:ABENA]]         [[DATE_TIME:27/06/1990]]  C1    [[TITLE:DR]] [[PERSON:LOWE]]
[[ID_NUMBER:4421802]]   [[PERSON:WOJCIK]], [[PERSON:ALINA]]         [[DATE_TIME:08/09/1975]]  C1    [[TITLE:DR]] [[PERSON:LOWE]]""",
    """{"uid": [[ID_NUMBER:30018821]], "handle": "[[USERNAME:runwithraf]]", "name": "[[PERSON:Rafael Souza]]", "email": "[[EMAIL_ADDRESS:rafa.souza@gmail.com]]", "country": "[[LOCATION:Brazil]]", "weekly_km": 42.5}
{"uid": [[ID_NUMBER:30018907]], "handle": "[[USERNAME:sunrise.sprints]]", "name": "[[PERSON:Léa Moreau]]", "email": "[[EMAIL_ADDRESS:lea.moreau@free.fr]]", "country": "[[LOCATION:France]]", "weekly_km": 31.0}
{"uid": [[ID_NUMBER:30019244]], "handle": "[[USERNAME:big_dave_lifts]]", "name": "[[PERSON:David Okoro]]", "email": "[[EMAIL_ADDRESS:dokoro.fit@gmail.com]]", "country": "[[LOCATION:Nigeria]]", "weekly_km": 8.2}
{"uid": [[ID_NUMBER:30019310]], "handle": "[[USERNAME:ks_on_trails]]", "name": "[[PERSON:Kristýna Svobodová]]", "email": "[[EMAIL_ADDRESS:k.svobodova@seznam.cz]]", "country": "[[LOCATION:Czechia]]", "weekly_km": 55.7}""",
    """team: U12 Girls - Saturday squad
players:
  - name: [[PERSON:Ella Marsden]]
    dob: [[DATE_TIME:2012-10-03]]
    guardian: [[PERSON:Joanne Marsden]]
    phone: "[[PHONE_NUMBER:07968 221 045]]"
  - name: [[PERSON:Amara Osei]]
    dob: [[DATE_TIME:2013-01-27]]
    guardian: [[PERSON:Kofi Osei]]
    phone: "[[PHONE_NUMBER:07521 660 318]]"
  - name: [[PERSON:Isabelle Carter]]
    dob: [[DATE_TIME:2012-09-15]]
    guardian: [[PERSON:Neil Carter]]
    phone: "[[PHONE_NUMBER:07399 014 772]]"
    notes: inhaler in kit bag""",
    """Name: [[PERSON:Kirra Anderson]]
Mobile: [[PHONE_NUMBER:0429 118 624]]
Account: [[ID_NUMBER:7731 0042 18]]
Suburb: [[LOCATION:Townsville]]
Plan: $45 Unlimited

Name: [[PERSON:Mohammed Al-Amin]]
Mobile: [[PHONE_NUMBER:0451 302 977]]
Account: [[ID_NUMBER:7731 0058 40]]
Suburb: [[LOCATION:Lakemba]]
Plan: $30 Starter

Name: [[PERSON:Jess Whitcombe]]
Mobile: [[PHONE_NUMBER:0408 665 213]]
Account: [[ID_NUMBER:7731 0061 07]]
Suburb: [[LOCATION:Glenelg]]
Plan: $65 Max""",
    """emp_no,name,ni_number,sort_code,account_no,gross_pay,tax_code
[[ID_NUMBER:10442]],[[PERSON:Adaobi Nnaji]],[[ID_NUMBER:SH 31 74 19 B]],40-11-62,[[ID_NUMBER:71829304]],2450.00,1257L
[[ID_NUMBER:10458]],[[PERSON:Gareth Llewellyn]],[[ID_NUMBER:JK 80 22 65 D]],20-45-77,[[ID_NUMBER:30418827]],3120.50,1257L
[[ID_NUMBER:10461]],[[PERSON:Mei-Lin Chow]],[[ID_NUMBER:PE 12 58 93 A]],09-01-28,[[ID_NUMBER:55017392]],2875.00,BR
[[ID_NUMBER:10477]],[[PERSON:Connor Blake]],[[ID_NUMBER:WL 64 03 71 C]],60-83-71,[[ID_NUMBER:19928406]],1980.25,1257L""",
    """Room | Tenant | Phone | Move-in | Deposit
---- | ------ | ----- | ------- | -------
2 | [[PERSON:Callum Reid]] | [[PHONE_NUMBER:07412 553 081]] | [[DATE_TIME:01/09/2023]] | £950
3 | [[PERSON:Amina Yusuf]] | [[PHONE_NUMBER:07583 220 419]] | [[DATE_TIME:15/09/2023]] | £950
5 | [[PERSON:Lukas Becker]] | [[PHONE_NUMBER:+49 151 2284 7730]] | [[DATE_TIME:01/10/2023]] | £1,050""",
    """txn_id,card_number,cardholder,amount,merchant,status
TX-88120,[[CREDIT_CARD:4055167712340895]],[[PERSON:Hugo Lambert]],64.20,Stride Running Co,APPROVED
TX-88121,[[CREDIT_CARD:5200823017784291]],[[PERSON:Siobhan Carr]],129.00,PulseFit Online,APPROVED
TX-88122,[[CREDIT_CARD:346715209371141]],[[PERSON:Ravi Menon]],18.50,Café Lumen,DECLINED
TX-88123,[[CREDIT_CARD:6504218377029687]],[[PERSON:Ana Lucía Paredes]],240.00,Summit Gear,APPROVED""",
    """student_id\tname\tgrade\tguardian\tguardian_phone
[[ID_NUMBER:S2024-0187]]\t[[PERSON:Jayden Thompson]]\t4\t[[PERSON:Keisha Thompson]]\t[[PHONE_NUMBER:(301) 448-2207]]
[[ID_NUMBER:S2024-0192]]\t[[PERSON:Sofia Hernández]]\t4\t[[PERSON:Marta Hernández]]\t[[PHONE_NUMBER:(301) 615-9034]]
[[ID_NUMBER:S2024-0203]]\t[[PERSON:Ethan Nguyen]]\t5\t[[PERSON:Linh Nguyen]]\t[[PHONE_NUMBER:(240) 377-1186]]""",
    """| Volunteer | Station | Mobile | T-shirt |
|-----------|---------|--------|---------|
| [[PERSON:Gemma Hartley]] | Mile 6 water | [[PHONE_NUMBER:07816 442 903]] | S |
| [[PERSON:Raj Bhandari]] | Baggage | [[PHONE_NUMBER:07957 118 264]] | L |
| [[PERSON:Fiona McAllister]] | Finish medals | [[PHONE_NUMBER:07704 390 551]] | M |
| [[PERSON:Tunde Bakare]] | Mile 20 gels | [[PHONE_NUMBER:07446 281 730]] | XL |""",
    """PAYEE               IBAN                                AMOUNT    REF
[[PERSON:Sander de Wit]]       [[IBAN_CODE:NL88 INGB 0004 8271 93]]              EUR 240   PRIZE-M40-1
[[PERSON:Jonas Keller]]        [[IBAN_CODE:AT61 1904 3002 3457 3201]]            EUR 160   PRIZE-M40-2
[[PERSON:Emma Lindqvist]]      [[IBAN_CODE:SE45 5000 0000 0583 9825 7466]]      EUR 240   PRIZE-F35-1
[[PERSON:Mads Kristensen]]     [[IBAN_CODE:DK50 0040 0440 1162 43]]             EUR 100   PRIZE-M50-3""",
    """{"ts": "[[DATE_TIME:2024-09-01T22:14:05Z]]", "user": "[[USERNAME:a.ferreira]]", "src_ip": "[[IP_ADDRESS:188.81.204.17]]", "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "result": "ok"}
{"ts": "[[DATE_TIME:2024-09-01T22:19:47Z]]", "user": "[[USERNAME:jbanda]]", "src_ip": "[[IP_ADDRESS:41.222.180.9]]", "ua": "okhttp/4.12.0", "result": "mfa_failed"}
{"ts": "[[DATE_TIME:2024-09-01T22:20:03Z]]", "user": "[[USERNAME:jbanda]]", "src_ip": "[[IP_ADDRESS:41.222.180.9]]", "ua": "okhttp/4.12.0", "result": "ok"}
{"ts": "[[DATE_TIME:2024-09-01T23:02:51Z]]", "user": "[[USERNAME:hwang.seo]]", "src_ip": "[[IP_ADDRESS:2001:e60:9142:7c0::3a]]", "ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)", "result": "ok"}""",
    """nama,no_hp,kota,tgl_lahir,ukuran_kaos
[[PERSON:Rina Marlina]],[[PHONE_NUMBER:0812-2047-3381]],[[LOCATION:Bogor]],[[DATE_TIME:12/04/1994]],M
[[PERSON:Teguh Santoso]],[[PHONE_NUMBER:0856-9113-2740]],[[LOCATION:Depok]],[[DATE_TIME:30/09/1989]],L
[[PERSON:Made Ariasa]],[[PHONE_NUMBER:0813-3870-1156]],[[LOCATION:Denpasar]],[[DATE_TIME:05/01/1991]],XL
[[PERSON:Nabila Putri]],[[PHONE_NUMBER:0878-4412-0937]],[[LOCATION:Tangerang Selatan]],[[DATE_TIME:18/07/2000]],S""",
    """| Nama | No. K/P | Umur | Negeri | Kategori |
|------|---------|------|--------|----------|
| [[PERSON:Ahmad Syafiq bin Roslan]] | [[ID_NUMBER:990214-01-5373]] | [[AGE:25]] | [[LOCATION:Johor]] | 21KM Lelaki |
| [[PERSON:Chong Mei Ling]] | [[ID_NUMBER:870930-07-5418]] | [[AGE:36]] | [[LOCATION:Pulau Pinang]] | 10KM Wanita |
| [[PERSON:Kavitha a/p Raman]] | [[ID_NUMBER:920511-10-6092]] | [[AGE:32]] | [[LOCATION:Selangor]] | 10KM Wanita |
| [[PERSON:Mohd Faizal bin Yusof]] | [[ID_NUMBER:780103-03-5221]] | [[AGE:46]] | [[LOCATION:Kelantan]] | 42KM Lelaki |""",
    """NIK\tNama\tJabatan\tNo. Rekening\tKota
[[ID_NUMBER:3171062509850004]]\t[[PERSON:Fajar Nugroho]]\tManajer Operasional\t[[ID_NUMBER:0451 0182 7733]]\t[[LOCATION:Jakarta Pusat]]
[[ID_NUMBER:1275045403920002]]\t[[PERSON:Ayu Lestari]]\tStaf Keuangan\t[[ID_NUMBER:0451 0203 1184]]\t[[LOCATION:Medan]]
[[ID_NUMBER:5171020112800001]]\t[[PERSON:I Wayan Sudarma]]\tSupervisor Gudang\t[[ID_NUMBER:0451 0199 5620]]\t[[LOCATION:Denpasar]]
[[ID_NUMBER:7371106806870003]]\t[[PERSON:Rosmawati]]\tAdmin HRD\t[[ID_NUMBER:0451 0210 4478]]\t[[LOCATION:Makassar]]""",
    """cust_id,name,street,city,state,zip,phone
[[ID_NUMBER:100233]],[[PERSON:Bernadette Kovacs]],[[ADDRESS:4417 Wabash Ave]],[[LOCATION:Terre Haute]],[[LOCATION:IN]],[[ZIP_CODE:47803]],[[PHONE_NUMBER:812-232-7719]]
[[ID_NUMBER:100248]],[[PERSON:Luis Ángel Rivera]],[[ADDRESS:29 Calle Loíza, Apt 3]],[[LOCATION:San Juan]],[[LOCATION:PR]],[[ZIP_CODE:00911]],[[PHONE_NUMBER:787-724-3310]]
[[ID_NUMBER:100251]],[[PERSON:Terrell Jackson]],[[ADDRESS:908 Dauphine St]],[[LOCATION:New Orleans]],[[LOCATION:LA]],[[ZIP_CODE:70116]],[[PHONE_NUMBER:504-388-0142]]
[[ID_NUMBER:100266]],[[PERSON:Anh Dao]],[[ADDRESS:15220 Bellevue-Redmond Rd]],[[LOCATION:Redmond]],[[LOCATION:WA]],[[ZIP_CODE:98052]],[[PHONE_NUMBER:425-861-2094]]""",
    """oncall:
  - week: 2024-W36
    primary: {name: "[[PERSON:Tomás Ferreira]]", phone: "[[PHONE_NUMBER:+351 912 448 301]]", slack: "[[USERNAME:tferreira]]"}
    secondary: {name: "[[PERSON:Priti Deshmukh]]", phone: "[[PHONE_NUMBER:+91 98220 71436]]", slack: "[[USERNAME:priti.d]]"}
  - week: 2024-W37
    primary: {name: "[[PERSON:Ewan Gallagher]]", phone: "[[PHONE_NUMBER:+44 7722 830 915]]", slack: "[[USERNAME:ewan]]"}
    secondary: {name: "[[PERSON:Tomás Ferreira]]", phone: "[[PHONE_NUMBER:+351 912 448 301]]", slack: "[[USERNAME:tferreira]]"}
escalation: sre-leads@corp-mail.io""",
    """| Patient | DOB | Appointment | Clinician | Reason |
|---|---|---|---|---|
| [[PERSON:Moana Tupou]] | [[DATE_TIME:14/08/1967]] | [[DATE_TIME:Mon 9 Sep, 09:15]] | [[PERSON:Dr Hollis]] | BP review |
| [[PERSON:Geoffrey Barnes]] | [[DATE_TIME:02/02/1951]] | [[DATE_TIME:Mon 9 Sep, 09:30]] | [[PERSON:Dr Hollis]] | Repeat meds |
| [[PERSON:Anjali Rao]] | [[DATE_TIME:21/11/1998]] | [[DATE_TIME:Mon 9 Sep, 10:00]] | [[PERSON:Nurse Kelly]] | Travel jabs |""",
    """rank,username,display_name,country,distance_km,elev_m
1,[[USERNAME:trailgoat_jordi]],[[PERSON:Jordi Puig]],[[LOCATION:Spain]],412.8,9120
2,[[USERNAME:ultra_aroha]],[[PERSON:Aroha Te Rangi]],[[LOCATION:New Zealand]],398.1,7455
3,[[USERNAME:miles4mom]],[[PERSON:Brittany Hale]],[[LOCATION:United States]],371.0,3380
4,[[USERNAME:kiprun_77]],[[PERSON:Geoffrey Kiprotich]],[[LOCATION:Kenya]],366.4,5210""",
    """GUEST: [[PERSON:Mr. Anders Holm]]
Arrival: [[DATE_TIME:12 Oct 2024]]   Departure: [[DATE_TIME:15 Oct 2024]]
Passport: [[ID_NUMBER:FB7724190]]   Nationality: [[NRP:Danish]]
Room: 614

GUEST: [[PERSON:Ms. Chiara Fontana]]
Arrival: [[DATE_TIME:12 Oct 2024]]   Departure: [[DATE_TIME:13 Oct 2024]]
Passport: [[ID_NUMBER:YA3018874]]   Nationality: [[NRP:Italian]]
Room: 615

GUEST: [[PERSON:Dr. Oluwaseyi Adebowale]]
Arrival: [[DATE_TIME:13 Oct 2024]]   Departure: [[DATE_TIME:17 Oct 2024]]
Passport: [[ID_NUMBER:B02281736]]   Nationality: [[NRP:Nigerian]]
Room: 702""",
    """policy_no\tinsured\tssn\tstate\tpremium_usd
HO-2281734\t[[PERSON:Carol Brennan]]\t[[US_SSN:049-62-8831]]\t[[LOCATION:CT]]\t1,842.00
HO-2281790\t[[PERSON:Dwayne Mitchell]]\t[[US_SSN:262-17-4409]]\t[[LOCATION:FL]]\t3,115.50
HO-2281802\t[[PERSON:Priya Chandrasekaran]]\t[[US_SSN:614-30-7752]]\t[[LOCATION:CA]]\t2,260.00""",
    """Pos  Parkrunner           Athlete ID  Age Cat   Age Grade  Time
1    [[PERSON:Joe Hennessy]]         [[ID_NUMBER:A4418203]]    SM25-29   78.41%     16:42
2    [[PERSON:Ruth Adeyemi]]         [[ID_NUMBER:A1190274]]    VW40-44   81.07%     18:55
3    [[PERSON:Stuart Bell]]          [[ID_NUMBER:A6023518]]    VM50-54   76.92%     19:03
4    [[PERSON:Lily-Mae Foster]]      [[ID_NUMBER:A7734091]]    JW11-14   72.30%     21:10""",
    """{"order": "DLV-40018", "recipient": "[[PERSON:Gift Mahlangu]]", "address": "[[ADDRESS:18 Rissik Street]], [[LOCATION:Pretoria]], [[ZIP_CODE:0002]]", "phone": "[[PHONE_NUMBER:072 418 3306]]", "window": "09:00-12:00"}
{"order": "DLV-40019", "recipient": "[[PERSON:Naledi Khoza]]", "address": "[[ADDRESS:Unit 12, 44 Long Street]], [[LOCATION:Cape Town]], [[ZIP_CODE:8001]]", "phone": "[[PHONE_NUMBER:083 702 5519]]", "window": "12:00-15:00"}
{"order": "DLV-40020", "recipient": "[[PERSON:Pieter Botha]]", "address": "[[ADDRESS:7 Disa Close]], [[LOCATION:Durbanville]], [[ZIP_CODE:7550]]", "phone": "[[PHONE_NUMBER:061 224 9083]]", "window": "15:00-18:00"}""",
    """employee,sin,province,start_date,dept
[[PERSON:Marie-Claude Bouchard]],[[ID_NUMBER:719-482-606]],[[LOCATION:QC]],[[DATE_TIME:2022-05-02]],Finance
[[PERSON:Gurpreet Sandhu]],[[ID_NUMBER:283-610-475]],[[LOCATION:BC]],[[DATE_TIME:2023-08-14]],Warehouse
[[PERSON:Owen MacLeod]],[[ID_NUMBER:630-185-296]],[[LOCATION:NS]],[[DATE_TIME:2024-01-08]],Sales""",
    """| Member | TFN | DOB | Fund option |
| --- | --- | --- | --- |
| [[PERSON:Sarah Whitlock]] | [[ID_NUMBER:429 173 057]] | [[DATE_TIME:11/05/1985]] | Balanced |
| [[PERSON:Dimitri Andreou]] | [[ID_NUMBER:315 706 285]] | [[DATE_TIME:29/01/1972]] | Growth |
| [[PERSON:Ngoc Anh Pham]] | [[ID_NUMBER:650 381 721]] | [[DATE_TIME:03/10/1996]] | High Growth |
| [[PERSON:Lachlan Brooks]] | [[ID_NUMBER:128 934 508]] | [[DATE_TIME:17/07/1990]] | Balanced |""",
    """name,pan,aadhaar,mobile,city,kyc_status
[[PERSON:Sunil Yadav]],[[ID_NUMBER:AQRPY6620K]],[[ID_NUMBER:4918 3027 5616]],[[PHONE_NUMBER:9876043218]],[[LOCATION:Lucknow]],VERIFIED
[[PERSON:Meenakshi Pillai]],[[ID_NUMBER:BHXPP1048M]],[[ID_NUMBER:3610 7285 9463]],[[PHONE_NUMBER:9447213085]],[[LOCATION:Kochi]],PENDING
[[PERSON:Harpreet Gill]],[[ID_NUMBER:CJTPG7731D]],[[ID_NUMBER:9284 0516 2736]],[[PHONE_NUMBER:9815502174]],[[LOCATION:Amritsar]],VERIFIED
[[PERSON:Arindam Ghosh]],[[ID_NUMBER:ADKPG3395H]],[[ID_NUMBER:7401 9362 8512]],[[PHONE_NUMBER:9830118642]],[[LOCATION:Kolkata]],REJECTED""",
    """| Resident | NRIC/FIN | Address | Postal |
|---|---|---|---|
| [[PERSON:Tan Jun Hao]] | [[ID_NUMBER:T0218457A]] | [[ADDRESS:Blk 221 Bishan St 22, #05-31]] | [[ZIP_CODE:570221]] |
| [[PERSON:Siti Khadijah bte Ahmad]] | [[ID_NUMBER:T1145872B]] | [[ADDRESS:Blk 84 Telok Blangah Hts, #12-402]] | [[ZIP_CODE:100084]] |
| [[PERSON:Rajesh Kumar s/o Muthu]] | [[ID_NUMBER:S9051738D]] | [[ADDRESS:Blk 305 Woodlands Ave 1, #03-118]] | [[ZIP_CODE:730305]] |
| [[PERSON:Maria Santos]] | [[ID_NUMBER:F2384719K]] | [[ADDRESS:18 Lorong 24 Geylang, #04-02]] | [[ZIP_CODE:398601]] |""",
    """id_number,name,age,province,membership,paid
[[ID_NUMBER:9506225812087]],[[PERSON:Lwazi Dlamini]],[[AGE:29]],[[LOCATION:KwaZulu-Natal]],Senior,yes
[[ID_NUMBER:7202090317087]],[[PERSON:Elsabé Venter]],[[AGE:52]],[[LOCATION:Western Cape]],Masters,yes
[[ID_NUMBER:0003187124080]],[[PERSON:Kagiso Molefe]],[[AGE:24]],[[LOCATION:Gauteng]],Senior,no
[[ID_NUMBER:0111150493083]],[[PERSON:Refilwe Sithole]],[[AGE:22]],[[LOCATION:Limpopo]],Senior,yes""",
    """name\tbvn\taccount_no\tphone\tstate
[[PERSON:Ifeanyi Okafor]]\t[[ID_NUMBER:22310498752]]\t[[ID_NUMBER:0049281736]]\t[[PHONE_NUMBER:08034417290]]\t[[LOCATION:Anambra]]
[[PERSON:Hauwa Bello]]\t[[ID_NUMBER:22471830594]]\t[[ID_NUMBER:2081937745]]\t[[PHONE_NUMBER:08122039481]]\t[[LOCATION:Kaduna]]
[[PERSON:Tolulope Adeyemi]]\t[[ID_NUMBER:22159027364]]\t[[ID_NUMBER:1003847712]]\t[[PHONE_NUMBER:07068811254]]\t[[LOCATION:Oyo]]""",
    """maintainers:
  - name: [[PERSON:Yuki Tanabe]]
    github: [[USERNAME:ytanabe]]
    site: [[URL:https://yukitanabe.dev]]
    tz: UTC+9
  - name: [[PERSON:Kemi Adeleke]]
    github: [[USERNAME:kemi-codes]]
    site: [[URL:https://kemiadeleke.com/about]]
    tz: UTC+1
  - name: [[PERSON:Lars Eriksen]]
    github: [[USERNAME:larse]]
    site: null
    tz: UTC+1""",
    """plate,owner,county,eircode,tax_expiry
[[ID_NUMBER:221-D-48193]],[[PERSON:Orla Kinsella]],[[LOCATION:Dublin]],[[ZIP_CODE:D06 F2X3]],2025-03
[[ID_NUMBER:191-G-2207]],[[PERSON:Pádraig Ó Flaithearta]],[[LOCATION:Galway]],[[ZIP_CODE:H91 YK40]],2024-11
[[ID_NUMBER:232-KY-1184]],[[PERSON:Eileen Sheehy]],[[LOCATION:Kerry]],[[ZIP_CODE:V92 P8C6]],2025-07""",
    """SURNAME       GIVEN NAMES        NAT  PASSPORT     DOB
[[PERSON:OYELARAN]]      [[PERSON:TEMITOPE ADE]]       [[NRP:NGA]]  [[ID_NUMBER:A07719283]]    [[DATE_TIME:04MAR88]]
[[PERSON:FITZPATRICK]]   [[PERSON:SEAN MICHAEL]]      [[NRP:IRL]]  [[ID_NUMBER:PX4471902]]    [[DATE_TIME:19NOV72]]
[[PERSON:NGUYEN]]        [[PERSON:THI THU HA]]        [[NRP:VNM]]  [[ID_NUMBER:C8830214]]     [[DATE_TIME:27JUL95]]
[[PERSON:SCHNEIDER]]     [[PERSON:JULIA]]             [[NRP:DEU]]  [[ID_NUMBER:C4J7RM2LT]]    [[DATE_TIME:08JAN81]]""",
    """{"member_no": "[[ID_NUMBER:CBD-20817]]", "name": "[[PERSON:Harriet Lowe]]", "checkin": "[[DATE_TIME:2024-10-07 06:02]]", "branch": "[[LOCATION:Clifton]]", "door": "main"}
{"member_no": "[[ID_NUMBER:CBD-19944]]", "name": "[[PERSON:Yusuf Karimi]]", "checkin": "[[DATE_TIME:2024-10-07 06:05]]", "branch": "[[LOCATION:Clifton]]", "door": "main"}
{"member_no": "[[ID_NUMBER:CBD-21203]]", "name": "[[PERSON:Anouk Visser]]", "checkin": "[[DATE_TIME:2024-10-07 06:11]]", "branch": "[[LOCATION:Bedminster]]", "door": "side"}""",
]

CHAT = [
    """[10:02] StrideUp Bot: Hi! Before I connect you, what's the name on the account?
[10:02] Customer: [[PERSON:Danielle Fortier]]
[10:03] StrideUp Bot: Thanks! And the email you signed up with?
[10:03] Customer: [[EMAIL_ADDRESS:dani.fortier@sympatico.ca]]
[10:05] Agent [[PERSON:Marcus]]: Hi [[PERSON:Danielle]], [[PERSON:Marcus]] here. I can see two Premium charges this month. Can you confirm your date of birth for security?
[10:05] [[PERSON:Danielle Fortier]]: [[DATE_TIME:June 4, 1986]]
[10:06] Agent [[PERSON:Marcus]]: Perfect, thanks. I've refunded the duplicate to the Visa ending 0921. Anything else?
[10:07] [[PERSON:Danielle Fortier]]: Yes, please change the phone on file to [[PHONE_NUMBER:(613) 290-4471]]
[10:07] Agent [[PERSON:Marcus]]: Done! Have a great run, [[PERSON:Danielle]].""",
    """[07:41] [[PERSON:Becky Lomas]]: Anyone fancy the long run Sunday? Meeting at the leisure centre car park, 8am, 18 miles
[07:45] [[PERSON:Dev]]: in! can someone give me a lift? I'm at [[ADDRESS:14 Harewood Close]] now, not the old place
[07:46] [[PERSON:Becky Lomas]]: I'll grab you [[PERSON:Dev]] 👍
[07:52] [[PERSON:Sharon K]]: Can't, it's [[PERSON:Ellie]]'s party, she's [[AGE:10]] 🎈 but I'm doing the parkrun Saturday if anyone's about
[07:58] [[PERSON:Mike Threlfall]]: New number btw, [[PHONE_NUMBER:07825 330 194]], old phone died in the canal 🙃
[08:01] [[PERSON:Dev]]: classic [[PERSON:Mike]]""",
    """#people-ops
[[PERSON:Nadia Karim]]  9:14 AM
@[[USERNAME:jon.w]] can you update [[PERSON:Oscar Lindgren]]'s bank details before payroll closes? New account is [[IBAN_CODE:GB36 HBUK 4012 7645 1800 32]]
[[PERSON:Jon Whitaker]]  9:16 AM
on it. his employee no. is [[ID_NUMBER:EMP-20418]] right? and he's still at [[ADDRESS:Flat 3, 27 Cromwell Road]]?
[[PERSON:Nadia Karim]]  9:17 AM
yes, but he's moving to [[ADDRESS:8 Albion Street]], [[LOCATION:Leeds]] [[ZIP_CODE:LS1 6AG]] on [[DATE_TIME:the 30th]], I'll send the form
[[PERSON:Jon Whitaker]]  9:18 AM
👍 done, updated in the HRIS""",
    """Agent ([[PERSON:Grace]]): Welcome to the bank's live chat. May I have your full name?
Customer: [[PERSON:Kevin Mwangi Njoroge]]
Agent ([[PERSON:Grace]]): Thank you [[PERSON:Kevin]]. Please confirm your ID number and phone.
Customer: ID [[ID_NUMBER:31048822]], phone [[PHONE_NUMBER:0733 910 264]]
Agent ([[PERSON:Grace]]): Verified. How can I help?
Customer: I sent 12,000 to [[PHONE_NUMBER:0721 445 803]] by mistake, it was meant for my brother [[PERSON:Peter Kamau]]. Can it be reversed?
Agent ([[PERSON:Grace]]): I've logged a reversal request, ref RV-558120. You'll get an SMS within 24 hours.""",
    """[[PERSON:Rudi]]: Siang kak, saya mau tanya soal member gym. Saya [[PERSON:Rudi Hartono]], member cabang [[LOCATION:Kelapa Gading]]
Admin [[PERSON:Sinta]]: Halo kak [[PERSON:Rudi]], boleh minta nomor member dan tanggal lahirnya?
[[PERSON:Rudi]]: [[ID_NUMBER:KG-0078412]], lahir [[DATE_TIME:9 Oktober 1990]]
Admin [[PERSON:Sinta]]: Terima kasih kak. Ada yang bisa dibantu?
[[PERSON:Rudi]]: Saya mau cuti member 2 bulan mulai [[DATE_TIME:1 Desember]], soalnya dinas ke [[LOCATION:Balikpapan]]. Tagihan ke kartu [[CREDIT_CARD:4165 9820 3345 7781]] tolong distop dulu
Admin [[PERSON:Sinta]]: Baik kak, sudah kami proses ya 🙏""",
    """Penganjur: Selamat petang! Ada apa-apa yang boleh kami bantu tentang pendaftaran larian?
Peserta: Saya [[PERSON:Nurul Izzati]], dah daftar 21KM tapi nama dalam e-mel salah eja
Penganjur: Boleh berikan no. K/P dan e-mel yang didaftarkan?
Peserta: [[ID_NUMBER:960722-14-5238]], [[EMAIL_ADDRESS:izzati.nurul96@gmail.com]]
Penganjur: Baik, [[TITLE:Cik]] [[PERSON:Nurul Izzati]]. Nama yang betul?
Peserta: [[PERSON:Nurul Izzati binti Mohd Zaki]]. Kawan saya [[PERSON:Hana]] pun nak tukar saiz baju, no. telefon dia [[PHONE_NUMBER:017-390 2261]]
Penganjur: Sudah dikemas kini. Terima kasih!""",
    """Live chat | Agent: [[PERSON:Bree]]
[[PERSON:Bree]]: Hi there, you're chatting with [[PERSON:Bree]]. Who do I have the pleasure of speaking with?
You: [[PERSON:Hamish Turnbull]]. I want to port my number over from another provider
[[PERSON:Bree]]: No worries [[PERSON:Hamish]]! What's the number, and your date of birth?
You: [[PHONE_NUMBER:0417 552 906]], born [[DATE_TIME:23/11/1979]]
[[PERSON:Bree]]: Thanks. I'll also need an ID; a driver licence is fine.
You: [[LOCATION:QLD]] licence [[ID_NUMBER:084 117 352]]
[[PERSON:Bree]]: Lovely, the port should finish within 3 hours. Your new SIM ships to [[ADDRESS:6 Tallowwood Court]], [[LOCATION:Maleny]] [[LOCATION:QLD]] [[ZIP_CODE:4552]].""",
    """[[PERSON:Linda]]: Reminder [[PERSON:Noah]] has hockey at 6, bring his mouthguard
[[PERSON:Rob]]: I'm taking him. Did the rink get his health card number?
[[PERSON:Linda]]: yes, [[ID_NUMBER:5584-302-912-KT]], they also wanted his birthdate, [[DATE_TIME:Feb 19 2014]]
[[PERSON:Noah]]: can [[PERSON:Liam P]] come? his mom says ok, her cell is [[PHONE_NUMBER:416-802-3357]]
[[PERSON:Rob]]: fine, we'll pick him up at [[ADDRESS:42 Oakmount Rd]] at 5:30""",
]

LOOKALIKE = [
    """Order WR-2024-118830 has shipped! Tracking: 1Z 9X4 W27 03 4418 2097 (UPS), estimated delivery 3-5 business days. Items: SKU RN-GTX-4410-BLK-10 (x1), SKU SOCK-CUSH-3PK-M (x2). Invoice INV-00918274 is attached; VAT reg. GB 284 4417 45. Questions? Call our support line on 1-800-432-7781 or email support@stridegear.com and quote case 00448213. Thanks for shopping with us, [[PERSON:Tamsin]]!""",
    """Release notes, PaceTrack 10.4.2.117 (build 20240611.3)
- Firmware for the HR strap moves from 2.0.0.1 to 2.0.1.14; the bootloader stays at 1.9.8.3.
- New "Achilles load" chart and a Parkinson's tremor filter for the cadence sensor.
- Fixed a crash on devices with serial prefix SN-TX9-0048 when the MAC table was empty.
- Checksum (sha256): 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
- Docs: "Training for Your First Marathon", ISBN 978-1-84794-312-5, chapter 7.
Support: 0800 028 4411 or help@pacetrack.io, Mon-Fri 9:00-17:30.""",
    """Knee pain in young athletes: Osgood-Schlatter disease and Sinding-Larsen-Johansson syndrome are common in growing runners, and a Baker's cyst can follow a meniscus tear. Unlike Parkinson's or Alzheimer's disease, these usually settle with rest. The sports injury clinic is on Nelson Mandela Boulevard, opposite the Florence Nightingale wing; bookings on 020 3299 4410 or physio.bookings@cityhealth.nhs.uk. Leaflet given to [[PERSON:Mr. Idris Kamara]] on [[DATE_TIME:4 July]] with a follow-up card for his son [[PERSON:Musa]].""",
    """Race-day logistics: Queen Victoria Street, King William Street and Churchill Way will close from 06:00 to 14:30. Bibs 10000-14999 start in wave B at 09:20; timing chips (serial range E200-3412-0150 to E200-3412-0199) must be returned at the finish. Lost property: call the event hotline 0300 123 7741 or write to info@cityrun.org.uk; results reference format is CR24-M40-00123. Race director [[PERSON:Hollie Stanbridge]] will brief marshals at the Lord Nelson pub car park.""",
    """Payment instructions for invoice 2024/0417: pay EUR 1,250.00 to Harbour Sports Events Ltd, company no. 08814427, VAT IE 3318402VH, BIC AIBKIE2D, quoting creditor reference RF18 5390 0754 7034. US customers may use routing 026009593 and account ending 7781; sort code 93-11-52 for UK transfers. Purchase order PO-55120, cost centre 4410-220. Bill-to contact: [[PERSON:Aidan Rourke]], Accounts.""",
    """Service visit report, Kingsway site
Treadmill TRX-7000, serial 7K4-0088213, MAC 00:1e:c0:4a:19:77, console firmware 6.3.0.12 upgraded to 6.3.1.4.
Rower C2-M, serial 430915, no fault found. Bike SB-22, serial SB22-118-0045, belt replaced (part 44-1190-B).
Next planned maintenance: Q3. Error codes logged: E-104, E-2207, 0x80070057.
Engineer on site: [[PERSON:Craig Dunmore]]. Site phone: 01632 960 4410.""",
    """Pesanan INV/20240618/MPL/3928847102 sudah dikirim dengan nomor resi JNE 0112 4418 2093 7741. SKU: SPT-LARI-42-HTM (1 pcs), KAOS-DRYFIT-L (2 pcs). Toko resmi kami berada di Jl. Jenderal Sudirman dan Jl. M.H. Thamrin, [[LOCATION:Jakarta]]; layanan pelanggan 1500-887 atau cs@larisport.co.id, kode promo MERDEKA17. Penerima: [[PERSON:Yoga Permana]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind78", STYLES, OUT)


if __name__ == "__main__":
    main()

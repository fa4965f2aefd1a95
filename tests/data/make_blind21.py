"""Build tests/data/blind21.jsonl: a twenty-first *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind21.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the git history, or the records of the other gold
sets (every *.jsonl set, blind_table/, and the record lists inside the
make_*.py scripts). Only these were read, to keep the conventions and the
file format: the module docstring of make_blind20.py (its labeling
conventions, styles and check-digit rules), gold_sets.py, and the `parse()`
helper of make_handwritten.py with its two regexes, MARK and TITLE_IN_NAME;
the closing scaffolding of make_blind20.py (its import lines, its STYLES
dict and main()) was copied. One slip to record: a grep for the docstring quotes run on
make_blind20.py to find the end of its docstring also printed the first
lines of seven of its `gen` records; nothing from them was reused (one bank
account number typed here by chance matched one of them and was replaced).
The detector was never run on this file. Do not tune the detector against
it: once it has been used to tune, it no longer measures anything; write a
new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country (IBAN countries limited to
gold_sets.IBAN_LENGTHS; the Belgian and Portuguese national check digits
inside the IBANs are right too; French, Spanish and Italian IBANs were not
used). National ids with a public check digit were given a valid one,
worked out by hand-run throwaway code in /tmp while writing, not generated
here: NHS number, SIN, Aadhaar, CPF, Chilean RUT, Argentine CUIT,
Portuguese NIF, Swiss AHV, Israeli id, Saudi national id, Emirates ID,
T.C. Kimlik, Thai id, Taiwanese id, Japanese My Number, Finnish
henkilötunnus, Norwegian fødselsnummer, Swedish personnummer, Belgian
national number, PESEL, Czech rodné číslo, Romanian CNP, Lithuanian
asmens kodas, ex-Yugoslav JMBG, Kazakh IIN, Ukrainian RNOKPP, Austrian
SV-Nummer, South African id, Mexican CURP, US NPI, Irish PPSN, Australian
TFN and Medicare number, New Zealand IRD number and NHI, Nigerian NUBAN
(and the ones that show a birth date or a sex agree with the person where
it shows); so were the look-alikes that carry one (ISBN-13, ISSN, EAN-13 and
NZBN, IMEI, IMO number, container numbers, ISIN, SEDOL, LEI). US SSNs,
passports, licences, plates, CNIC, Bangladeshi, Sri Lankan, Indonesian,
Vietnamese, Peruvian, Colombian, Moroccan, Albanian, Mongolian and Ghanaian
ids, Bahraini CPR, PAN, Jamaican TRN, RAMQ, Centrelink CRN, PhilSys
number, Mexican elector key, BVN, bank account numbers other than the
NUBAN, and staff, student, member, patient and client numbers were not
checked.

Styles (ids `blind21-<style>-NNN`; 240 records), the same six styles and
counts as make_blind20.py, chosen to look like what an outside evaluator
would feed the tool (public PII-masking benchmarks such as ai4privacy
pii-masking, gretel-pii-masking-en and Nemotron-PII, LLM-generated
"realistic sentences with personal data", and labeled exports from
business systems), steered towards domains, regions and shapes that
blind20's docstring does not list; about three quarters of the records are
in English, the rest in a spread of other languages:
- `gen` (75): one to three LLM-style sentences from agriculture co-ops,
  shipping and crew changes, sports squads and transfers, visa sponsorship,
  obituaries, telehealth, vets, refugee casework, music festivals, KYC,
  recruiting, gig couriers, research ethics, e-commerce fraud, pawnshops,
  alumni offices, bursaries, genealogy, smart homes, fleet telematics,
  dental labs, mental-health intake, land registries, aid distribution,
  clinical trials, aviation crews, remittances, call-detail records, NGO
  sponsorship, film crews, notaries and pensions; people and addresses from
  the Caribbean, the Pacific islands, Central Asia, the Maghreb, the Gulf,
  the Horn of Africa, West and East Africa, the Andes, the Balkans, the
  Caucasus, South-East, South and East Asia, Indigenous names, and the US,
  UK, Ireland, Canada, Australia and New Zealand. 57 in English, 18 in
  Spanish, Portuguese, French, German, Romanian, Ukrainian, Norwegian,
  Danish, Finnish, Japanese, Thai, Malay, Arabic, Swahili, Tagalog and
  Serbian.
- `bench` (70): dense form-like paragraphs in the manner of ai4privacy,
  gretel and Nemotron-PII records (member profiles, login alerts, KYC,
  wires, new hires, tenant screening, passenger and crew records, claims,
  bookings, fraud hits), from every continent. 49 in English, 21 in
  Spanish (Argentina, Peru), Portuguese (Portugal, Brazil), French
  (Belgium, Morocco), German (Austria), Italian (Switzerland), Dutch
  (Belgium), Polish, Czech, Romanian, Bosnian, Turkish, Indonesian,
  Vietnamese, Lithuanian, Swedish, Finnish, Hebrew and Ukrainian.
- `doc` (30): longer documents (a vet discharge, a trial SAE report, a
  port email thread, a crew roster, a mine incident report, a fisheries
  letter, an aid field report, a refugee referral, a transfer summary, an
  artist rider, a film call sheet, a telehealth note, a mental-health
  intake, a dental lab prescription, KYC review notes, a notarial
  certificate, genealogy notes, an obituary, an alumni record update, a
  scholarship letter, a CV, a smart-home log, a call-detail extract and a
  marketplace fraud review; a Mexican escritura, a Portuguese auto de
  notícia, a Moroccan attestation de travail, a Swiss Arbeitszeugnis, a
  Japanese 履歴書 and a Norwegian A&E note); 24 in English.
- `chat` (30): WhatsApp, SMS, iMessage, Slack, Discord, Teams, Telegram,
  Reddit and forum posts, a neighbourhood post, support, courier and gig
  chats, call-centre and voicemail transcripts; 23 in English (with
  Caribbean, Pacific and Spanglish voices), 7 in Spanish, Portuguese,
  Indonesian, Turkish, Gulf Arabic in Latin script, Vietnamese and French.
- `table` (20): one table per record (CSV, TSV, semicolon CSV, pipe and
  Markdown tables, fixed-width columns, JSON lines, a JSON array, YAML,
  XML, HTML rows, key=value lines, a flow-style YAML list) with a header
  and three or four data rows (co-op members, a crew list, trial subjects,
  youth players, festival volunteers, scholarship applicants, clinic
  appointments, gig drivers, refugee registrations, a land register, vet
  clients, a KYC queue, alumni, an access log, hotel guests); 15 with
  English headers, 5 in Spanish, Italian, Norwegian, German and Chinese.
  Every PII cell is labeled.
- `lookalike` (15): mostly non-PII text full of look-alikes (IMO, MMSI,
  container and seal numbers, METARs and aircraft registrations, part and
  serial numbers, firmware versions shaped like IPs, CVEs, hashes, MAC
  prefixes, assay sample ids, coordinates, DMX addresses and timecodes, NCT
  and EudraCT ids, ISBNs and an ISSN, EANs and ASINs, ISIN, SEDOL and LEI,
  IMEI and UUID, GST and company numbers, a company phone and mailbox,
  eponymous streets, stadiums, airports, dishes, teas and plant
  varieties), with the few real PII values labeled; 5 of the 15 records
  have no PII at all.

Labeling conventions: the same as in make_blind20.py (and make_blind16.py
back to make_blind6.py), followed as its docstring states them. Calls made
while writing this set, in the same spirit:
  "Aling" (Tagalog, before an older woman's name), the Swahili "Bi.", the
  Moroccan "Si", "Agente Principal" (a Portuguese police rank), "Capt."
  and "Captain" are TITLE; "Mama", "Abuelita", "Uncle", "Dek", "Chị" and
  "anh" are family words or forms of address and stay outside. A stage
  name is PERSON like a nickname; a PNR "SURNAME/GIVEN MR" is labeled part
  by part, "MR" as TITLE. An estancia, a Filipino block / lot, a Bahraini
  building / road / block and a Gulf "bldg 12 flat 504" are ADDRESS; a
  Japanese prefecture, city and ward written before the chōme address and
  the Taiwanese city and district before the road are LOCATION. A crew
  roster's duty dates, a trial subject's consent, dosing and event dates,
  a SIM activation date, a land title's registration date, a co-op
  member's join date, a Solar Hijri birth date and a last-menstrual-period
  date are DATE_TIME; a post date of a forum message and a marketplace
  payment date were rewritten out. Weeks of pregnancy are not AGE. A
  census (tribal enrolment) number, a ration card, a fisher id and a
  seafarer's book, a migration agent's MARN, a FIFA agent licence, a
  coach-club player id, a residence card (在留カード) and a Ghana Card are
  ID_NUMBER; a staff username on a record update is USERNAME. A company's
  GST, NZBN and company numbers, an observer-programme reference, assay
  sample ids and a vessel's matrícula stay unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind21.jsonl")

# ---- records ----

GEN = [
    """Co-op member [[PERSON:Wanjiru Kamau]] delivered 412 kg of cherry to the Othaya factory on [[DATE_TIME:18 November 2024]]; her payout goes to M-Pesa [[PHONE_NUMBER:0722 418 905]] and her grower number is [[ID_NUMBER:OTH-07731]].""",
    """Crew change at Rotterdam: 2nd Officer [[PERSON:Rolando Macapagal]] ([[NRP:Filipino]], [[AGE:34]]) signs off on [[DATE_TIME:03.02.2025]] and flies home to [[LOCATION:Manila]]; his SIRB is [[ID_NUMBER:C0419273]].""",
    """[[PERSON:Tavita Leota]] from [[LOCATION:Apia]] was confirmed for the under-20 sevens squad today. Date of birth [[DATE_TIME:22/09/2005]], passport [[ID_NUMBER:SA0281746]], contact via his mum on [[PHONE_NUMBER:+685 772 4019]].""",
    """Dear [[PERSON:Ms Aigerim Nurlanovna]], your visa sponsorship file has been moved to case officer [[PERSON:Dominic Hale]]. Please send your updated CV to [[EMAIL_ADDRESS:d.hale@brightpathmigration.co.uk]] before Friday [[DATE_TIME:7 March]].""",
    """The deceased, [[PERSON:Evangeline Marjorie Thwaites]], of [[ADDRESS:Rose Cottage, 3 Mill Lane]], [[LOCATION:Hawes]], died peacefully on [[DATE_TIME:2 January 2025]], aged [[AGE:94]]. Funeral at St Margaret's on the [[DATE_TIME:17th]].""",
    """Hey, this is [[PERSON:Jerome Bailey]] from [[LOCATION:Montego Bay]] — I need to change the delivery address on my order to [[ADDRESS:12 Church Street]], [[LOCATION:Falmouth]], [[LOCATION:Trelawny]]. You can reach me at [[PHONE_NUMBER:876-952-3318]].""",
    """Telehealth visit booked: patient [[PERSON:Harriet Osei-Bonsu]], DOB [[DATE_TIME:1979-04-30]], for [[DATE_TIME:14 Feb 2025]]. The link will go to [[EMAIL_ADDRESS:harriet.ob@gmail.com]]; Medicare number [[ID_NUMBER:2953 41725 1]].""",
    """Please note that the vet appointment for Biscuit is with [[PERSON:Dr. Olumide Fashola]] on Thursday [[DATE_TIME:6th]] at 4:15pm. Owner: [[PERSON:Kezia Marlow]], [[PHONE_NUMBER:07700 914 382]].""",
    """Refugee casework note: [[PERSON:Abdirahman Hussein Warsame]], [[AGE:41]], arrived in [[LOCATION:Kakuma]] from [[LOCATION:Baidoa]] with his wife [[PERSON:Hodan]] and three children. UNHCR individual number [[ID_NUMBER:KAK-19-0442871]].""",
    """The transfer of striker [[PERSON:Kwabena Owusu-Ansah]] (born [[DATE_TIME:11.06.2003]] in [[LOCATION:Kumasi]]) to FK Vojvodina was registered on [[DATE_TIME:31 January 2025]]; his agent is [[PERSON:Milan Radosavljević]], [[EMAIL_ADDRESS:m.radosavljevic@sportmgmt.rs]].""",
    """Artist liaison: [[PERSON:Ana Lucía Quispe Mamani]] will arrive in [[LOCATION:Cusco]] on [[DATE_TIME:July 28]] and needs pickup from the airport. WhatsApp [[PHONE_NUMBER:+51 984 227 150]].""",
    """I, [[PERSON:Daniyar Seitkali]], born [[DATE_TIME:5 October 1993]], IIN [[ID_NUMBER:931005339821]], authorise [[PERSON:Gulnara Abenova]] to collect my documents from the notary in [[LOCATION:Almaty]].""",
    """Recruiter note: candidate [[PERSON:Nguyen Thi Lan Anh]] is [[AGE:29]], currently in [[LOCATION:Da Nang]], open to relocating to [[LOCATION:Kuala Lumpur]]. LinkedIn [[URL:https://www.linkedin.com/in/lananh-nguyen-qa]].""",
    """Our driver [[PERSON:Siosaia Fifita]] (ID [[ID_NUMBER:DRV-558102]]) picked up the parcel from [[ADDRESS:Unit 4, 77 Great South Road]], [[LOCATION:Manurewa]], [[LOCATION:Auckland]] [[ZIP_CODE:2102]] at 11:02.""",
    """The research ethics board approved the interview protocol; participant [[PERSON:R.K.]] withdrew consent on [[DATE_TIME:9 May 2024]] and her recordings were destroyed.""",
    """Fraud review: order placed by "[[PERSON:Oksana Melnyk]]" from IP [[IP_ADDRESS:185.220.101.47]] with a card ending 7731, shipping to [[ADDRESS:2209 Peachtree Rd NE Apt 1412]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]]. Billing ZIP did not match.""",
    """Hi, I'm [[PERSON:Shreya Venkataraman]], [[AGE:32]], a software tester in [[LOCATION:Pune]]. My Aadhaar is [[ID_NUMBER:4174 2180 9677]] and PAN [[ID_NUMBER:BXVPV4418K]], for the KYC re-verification you asked for.""",
    """Pawn ticket 0098812 issued to [[PERSON:Delroy Campbell]], [[ADDRESS:45 Hagley Park Road]], [[LOCATION:Kingston 10]], on [[DATE_TIME:12/03/2025]] for one gold chain; TRN [[ID_NUMBER:108-552-390]].""",
    """Alumni office: [[PERSON:Mrs Farida Al-Harthy]] (class of 1998) has updated her mailing address to [[ADDRESS:Villa 22, Way 3013]], [[LOCATION:Shatti Al Qurum]], [[LOCATION:Muscat]], [[LOCATION:Oman]].""",
    """Bursary awarded to [[PERSON:Thandiwe Ncube]], student no. [[ID_NUMBER:2024117342]], for the 2025 academic year. Funds will be paid into her account [[ID_NUMBER:1042 5578 3319]] at CBZ.""",
    """My grandmother, [[PERSON:Tupou Vaipulu]], was born on [[LOCATION:Ha'apai]] on the [[DATE_TIME:3rd of August 1936]] and came to [[LOCATION:Sydney]] in 1968 — does anyone have records from that ship?""",
    """[[PERSON:Ikaika Kahananui]] reported the smart lock at [[ADDRESS:91-1025 Kaihuopalaai St]], [[LOCATION:Ewa Beach]], [[LOCATION:HI]] [[ZIP_CODE:96706]] stopped syncing after the firmware update; hub IP [[IP_ADDRESS:192.168.0.41]].""",
    """Fleet alert: vehicle [[ID_NUMBER:KDG 481T]] driven by [[PERSON:Brian Otieno]] exceeded 110 km/h on the [[LOCATION:Nakuru]] highway. Driver phone [[PHONE_NUMBER:+254 711 390 214]].""",
    """Dental lab docket: crown for [[PERSON:Mr. Hamza Qureshi]], age [[AGE:58]], shade A3, requested by [[PERSON:Dr. Imogen Pryce]]; patient DOB [[DATE_TIME:02-Aug-1966]].""",
    """Mental-health intake: [[PERSON:Caoimhe Gallagher]], [[AGE:nineteen]], self-referred on [[DATE_TIME:3 March]]. Lives with her mum in [[LOCATION:Letterkenny]], [[LOCATION:Co. Donegal]]. Prefers text on [[PHONE_NUMBER:087 442 1905]].""",
    """Land registry entry: parcel 14/227 transferred from [[PERSON:Jovan Petrović]] to [[PERSON:Ivana Petrović-Kostić]] on [[DATE_TIME:15.04.2023]]; JMBG of buyer [[ID_NUMBER:2307985716213]].""",
    """[[PERSON:Jasmine]] turns [[AGE:ten]] on Saturday and we're doing the party at the trampoline park! RSVP to [[PERSON:Keisha]] on [[PHONE_NUMBER:(868) 724-1950]].""",
    """Volunteer [[PERSON:Mahlet Tesfaye]] will run the food distribution in [[LOCATION:Dessie]] from [[DATE_TIME:12 to 19 April]]; her phone there is [[PHONE_NUMBER:+251 91 144 7720]].""",
    """Clinical trial screening: subject [[ID_NUMBER:203-017]], [[AGE:67]] y/o male, initials [[PERSON:J.M.T.]], consented [[DATE_TIME:2024-11-04]]. Randomisation pending.""",
    """Please welcome [[TITLE:Captain]] [[PERSON:Rahel Getachew]] to the A320 fleet — her first line flight out of [[LOCATION:Addis Ababa]] is on [[DATE_TIME:21 Jun]]. Roster queries to crew control, not to her personal email.""",
    """Yes, [[PERSON:Mr Tanaka]], the remittance of ¥120,000 to [[PERSON:Maria Santos]] in [[LOCATION:Iloilo]] was completed; her GCash number [[PHONE_NUMBER:0917 554 8821]] was credited.""",
    """Gig platform dispute: courier [[USERNAME:rider_amal88]] ([[PERSON:Amal Benyoussef]]) says the customer at [[ADDRESS:rue de la Loi 17]], [[ZIP_CODE:1040]] [[LOCATION:Bruxelles]] refused the order.""",
    """Call detail: [[PHONE_NUMBER:+880 1712 448 093]] called [[PHONE_NUMBER:+880 1819 027 364]] on [[DATE_TIME:2024-12-19]], 14 min; subscriber [[PERSON:Md. Rafiqul Islam]], NID [[ID_NUMBER:4617283950]].""",
    """Sponsored child [[PERSON:Aisha Mohammed Ali]], [[AGE:8]], lives in [[LOCATION:Hargeisa]] with her grandmother. Sponsor: [[PERSON:Colin Fairweather]], [[EMAIL_ADDRESS:colinfw@btinternet.com]].""",
    """Film crew call sheet change: [[PERSON:Pita Rangihuna]] (gaffer) now on [[PHONE_NUMBER:027 338 9104]]. Unit base moves to [[ADDRESS:58 Quay Street]], [[LOCATION:Whakatāne]].""",
    """[[PERSON:sunday okafor]] never picked up his prescription from the [[ADDRESS:220 Flatbush Ave]] pharmacy, so we voided Rx 8831207. His DOB is [[DATE_TIME:3/15/1971]].""",
    """Application for tenancy: [[PERSON:Bilal Chaudhry]], [[AGE:27]], currently at [[ADDRESS:House 14, Street 9, F-8/3]], [[LOCATION:Islamabad]]. CNIC [[ID_NUMBER:61101-4829375-3]].""",
    """[[PERSON:Mele]] and [[PERSON:Sione Taufa]] married at the Wesleyan church in [[LOCATION:Nuku'alofa]] on [[DATE_TIME:20 December 2014]] — happy 10th anniversary!""",
    """The horse passport for Gypsy Moon lists the owner as [[PERSON:Siobhán Keane]], [[LOCATION:Ballinasloe]], [[LOCATION:Co. Galway]], Eircode [[ZIP_CODE:H53 X2F4]].""",
    """Your replacement SIM has been activated for [[PERSON:Chaiyaphon Srisuk]], ID card [[ID_NUMBER:1 7421 80967 92 8]], number [[PHONE_NUMBER:081 447 2930]].""",
    """Nominee for the scholarship: [[PERSON:Yerlan Dzhaksybekov]], [[AGE:17]], [[LOCATION:Shymkent]]; reference letter signed by [[PERSON:Prof. Saule Mukhametova]] on [[DATE_TIME:14.01.2025]].""",
    """Hi team, [[PERSON:Ximena]] from the [[LOCATION:Bogotá]] office is out from [[DATE_TIME:Dec 23]] to [[DATE_TIME:Jan 6]]. Anything urgent to [[PERSON:Camilo Restrepo]], ext. 214.""",
    """The buyer, [[PERSON:Avraham Ben-David]], Israeli ID [[ID_NUMBER:410946685]], of [[ADDRESS:Rehov Herzl 44]], [[LOCATION:Haifa]], signed the purchase agreement on [[DATE_TIME:1.9.2024]].""",
    """Please update my email to [[EMAIL_ADDRESS:tuya.b@mongolnet.mn]] — [[PERSON:Tuya Batbayar]], member no. [[ID_NUMBER:MN-0029174]].""",
    """[[PERSON:Luka Kapanadze]] ([[AGE:31]]) and [[PERSON:Nino Beridze]] ([[AGE:29]]) were detained at the border crossing near [[LOCATION:Sarpi]] on the night of [[DATE_TIME:4 May]].""",
    """Reminder: [[PERSON:Marguerite Toussaint]]'s echo is on Mon [[DATE_TIME:24/02]] at the [[ADDRESS:1250 boul. René-Lévesque O.]] clinic, [[LOCATION:Montréal]]. RAMQ [[ID_NUMBER:TOUM 6752 1418]].""",
    """Need someone to cover my shift Sunday at the fish market, message me — [[TITLE:Ratu]] [[PERSON:Seru]] [[PHONE_NUMBER:927 4410]]""",
    """My son [[PERSON:Emeka]] is [[AGE:6]] and allergic to peanuts; his school is at [[ADDRESS:3 Adeola Odeku Street]], [[LOCATION:Victoria Island]]. Please call [[PHONE_NUMBER:0809 221 4473]] in an emergency.""",
    """Your appointment with the immigration lawyer [[PERSON:Sabina Rahimova]] is confirmed for [[DATE_TIME:March 11, 2025]]. Bring your Form I-797 and A-Number [[ID_NUMBER:A214-887-503]].""",
    """Subject: passenger [[PERSON:LIM]]/[[PERSON:WEI MING]] [[TITLE:MR]] missed connection in [[LOCATION:Taipei]] on [[DATE_TIME:09FEB]]; rebooked to [[LOCATION:Vancouver]] next day.""",
    """[[PERSON:Kalani]] said the band's van got towed outside [[ADDRESS:1400 Kapiolani Blvd]] lol, plate [[ID_NUMBER:RNS 418]], call [[PERSON:Mitch]] if you can give a ride""",
    """Donation received from [[PERSON:Fatou Diop]], [[ADDRESS:Villa 112, Sacré-Cœur 3]], [[LOCATION:Dakar]] — 50 000 FCFA via Wave [[PHONE_NUMBER:77 418 22 90]].""",
    """The Tongan-language hymn book was donated by [[TITLE:Rev.]] [[PERSON:Sione Havili]]'s family on [[DATE_TIME:5 November]].""",
    """Patient [[PERSON:Petra Nováková]], rodné číslo [[ID_NUMBER:825519/3980]], was admitted to the cardiology ward on [[DATE_TIME:3. 2. 2025]]; her husband [[PERSON:Tomáš]] is on [[PHONE_NUMBER:+420 602 418 337]].""",
    """"Hi, I'm [[PERSON:Bongani]], [[AGE:43]] this year, retired miner from [[LOCATION:Rustenburg]] — looking for a quiet lady for companionship." (profile [[USERNAME:bongz_rsa]])""",
    """Customs hold: parcel to [[PERSON:Nadia Haddad]], [[ADDRESS:Bldg 7, Flat 12, Al Maarad St]], [[LOCATION:Beirut]], needs her ID copy. Sender [[PERSON:Georges Haddad]], [[LOCATION:Montreal]].""",
    """Estimado [[TITLE:Sr.]] [[PERSON:Patricio Valenzuela]]: su solicitud de crédito quedó aprobada el [[DATE_TIME:3 de febrero de 2025]]. Le depositaremos en su CuentaRUT [[ID_NUMBER:15589669]] (RUT [[ID_NUMBER:15.589.669-8]]).""",
    """Hola, soy [[PERSON:Guadalupe Ríos]], vivo en [[ADDRESS:Av. Insurgentes Sur 1602, int. 804]], Col. [[LOCATION:Crédito Constructor]], [[LOCATION:Benito Juárez]], C.P. [[ZIP_CODE:03940]], [[LOCATION:CDMX]]. ¿Me pueden cambiar la cita al [[DATE_TIME:18 de marzo]]?""",
    """La [[TITLE:señora]] [[PERSON:Yolanda Mendoza Pacheco]], de [[AGE:72]] años, fue atendida en urgencias de [[LOCATION:Medellín]] el [[DATE_TIME:14/02/2025]]; cédula [[ID_NUMBER:43.128.775]].""",
    """Olá [[TITLE:Dona]] [[PERSON:Rosa]], confirmamos a sua consulta de fisioterapia para o dia [[DATE_TIME:9 de abril]], na [[ADDRESS:Rua de Santa Catarina, 312]], [[LOCATION:Porto]]. NIF [[ID_NUMBER:287789322]].""",
    """Chère [[TITLE:Madame]] [[PERSON:Khadija Benjelloun]], votre dossier de bourse (CIN [[ID_NUMBER:BE718204]]) a été transmis le [[DATE_TIME:12 janvier]] au service des affaires étudiantes de [[LOCATION:Rabat]].""",
    """Sehr geehrter [[TITLE:Herr]] [[TITLE:Mag.]] [[PERSON:Lukas Hofbauer]], Ihre Anmeldung für den Kurs am [[DATE_TIME:22.03.2025]] in [[LOCATION:Graz]] ist eingegangen. Rechnung folgt an [[EMAIL_ADDRESS:l.hofbauer@aon.at]].""",
    """[[PERSON:Bogdan Ionescu]], născut la [[DATE_TIME:2 noiembrie 1979]], CNP [[ID_NUMBER:1791102169822]], domiciliat în [[ADDRESS:Str. Avram Iancu nr. 14, ap. 3]], [[LOCATION:Cluj-Napoca]].""",
    """[[TITLE:Пані]] [[PERSON:Олена Шевчук]], [[AGE:54]] роки, евакуйована з [[LOCATION:Харкова]] [[DATE_TIME:12 березня 2022]], зараз мешкає у [[LOCATION:Львові]]. Телефон [[PHONE_NUMBER:+380 67 418 2290]].""",
    """Hei [[PERSON:Ingrid]], timen din hos tannlegen er flyttet til tirsdag [[DATE_TIME:11. mars]] kl. 09.30. Fødselsnummer [[ID_NUMBER:21069127867]] er registrert.""",
    """Kære [[PERSON:Mads Kristensen]], tak for din tilmelding til roklubben. Kontingentet trækkes fra [[IBAN_CODE:DK7373679267636984]] fra [[DATE_TIME:1. april]].""",
    """Hyvä [[PERSON:Aino Lehtonen]], henkilötunnus [[ID_NUMBER:140388-2463]], lähetteesi fysioterapiaan on voimassa [[DATE_TIME:14.3.2025]] alkaen.""",
    """[[PERSON:佐藤 美咲]][[TITLE:様]]、[[DATE_TIME:令和7年3月5日]]の健康診断のご予約を承りました。マイナンバー [[ID_NUMBER:7877 8932 8790]] はお持ちください。""",
    """[[TITLE:คุณ]] [[PERSON:สมศรี ทองดี]] อายุ [[AGE:61]] ปี เลขบัตรประชาชน [[ID_NUMBER:1 2997 22003 32 8]] ได้ลงทะเบียนรับวัคซีนวันที่ [[DATE_TIME:15 มีนาคม 2568]]""",
    """[[TITLE:Encik]] [[PERSON:Hafiz bin Rosli]], permohonan biasiswa anak anda [[PERSON:Nur Aisyah]] telah diterima pada [[DATE_TIME:8 Januari 2025]]. Sila hubungi [[PHONE_NUMBER:012-448 2917]] jika ada pertanyaan.""",
    """[[TITLE:السيد]] [[PERSON:عبد الله الكعبي]]، تم تسجيل موعدكم في عيادة الأسنان يوم [[DATE_TIME:20 فبراير 2025]]. رقم الهوية الإماراتية [[ID_NUMBER:784-1986-4418291-1]].""",
    """[[TITLE:Bi.]] [[PERSON:Zawadi Mwakyusa]], mwenye umri wa miaka [[AGE:38]], amesajiliwa katika kikundi cha wakulima wa [[LOCATION:Mbeya]]; namba ya simu [[PHONE_NUMBER:0754 228 190]].""",
    """Si [[TITLE:Aling]] [[PERSON:Nena Dimaculangan]] ay pumanaw noong ika-[[DATE_TIME:2 ng Pebrero]], sa edad na [[AGE:88]]. Ang lamay ay sa [[ADDRESS:Blk 4 Lot 17, Villa Esperanza Subd.]], [[LOCATION:Lipa City]].""",
    """[[PERSON:Jovana Marković]] iz [[LOCATION:Novog Sada]], rođena [[DATE_TIME:9. aprila 1991.]], prijavila je krađu bicikla. Kontakt: [[EMAIL_ADDRESS:jovana.markovic85@gmail.com]].""",
    """Pension claim: [[PERSON:Kumari Jayasuriya]], [[AGE:63]], retired teacher of [[ADDRESS:27/4 Temple Road]], [[LOCATION:Mount Lavinia]], NIC [[ID_NUMBER:617482913V]]. Her son [[PERSON:Dilan]] will sign on her behalf on Wednesday, [[DATE_TIME:5th March]].""",
]

BENCH = [
    """Member profile — Name: [[PERSON:Keoni Makoa Alapai]]; DOB: [[DATE_TIME:08/14/1987]]; Age: [[AGE:37]]; Gender: Male; Occupation: Harbor pilot; Employer: Pacific Maritime Pilots; Address: [[ADDRESS:47-390 Lulani St]], [[LOCATION:Kaneohe]], [[LOCATION:HI]] [[ZIP_CODE:96744]]; Phone: [[PHONE_NUMBER:(808) 239-4471]]; Email: [[EMAIL_ADDRESS:keoni.alapai@hawaiiantel.net]]; SSN: [[US_SSN:575-38-2219]]; Driver's License: [[US_DRIVER_LICENSE:H01482273]].""",
    """Dear [[PERSON:Ms. Adaeze Nwachukwu]], we noticed a login to your account [[USERNAME:adaeze_nw]] from [[IP_ADDRESS:102.89.34.117]] ([[LOCATION:Lagos]]) on [[DATE_TIME:March 2, 2025]]. If this wasn't you, reset your password and call us from the number on file, [[PHONE_NUMBER:+234 803 551 2048]].""",
    """Applicant: [[PERSON:Rangi Tūhoe Walker]] | Date of birth: [[DATE_TIME:1992-02-29]] | Passport: [[ID_NUMBER:LA418822]] | Address: [[ADDRESS:14 Kowhai Crescent]], [[LOCATION:Rotorua]] [[ZIP_CODE:3015]], [[LOCATION:New Zealand]] | Mobile: [[PHONE_NUMBER:021 447 9032]] | Email: [[EMAIL_ADDRESS:rangi.walker@xtra.co.nz]] | Sponsor: Harlow Street Vets Ltd""",
    """Shipping manifest contact: consignee [[PERSON:Chen Jiahui]], [[ADDRESS:Room 1203, 88 Nanjing West Road]], [[LOCATION:Jing'an District]], [[LOCATION:Shanghai]] [[ZIP_CODE:200041]], tel [[PHONE_NUMBER:+86 138 1742 5590]], email [[EMAIL_ADDRESS:chenjh@163.com]]. Notify party: [[PERSON:Oluwaseun Adeyemi]], [[PHONE_NUMBER:+234 809 112 3847]].""",
    """The wire of $18,400.00 to [[PERSON:Farhan Siddiqui]] has been scheduled. Beneficiary IBAN: [[IBAN_CODE:AE335612877588764091979]]; BIC: EBILAEAD; beneficiary address [[ADDRESS:Apt 1704, Marina Heights Tower]], [[LOCATION:Dubai Marina]], [[LOCATION:Dubai]]; purpose: family support. Sender: [[PERSON:Naveed Siddiqui]], [[ADDRESS:3320 W Belmont Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60618]].""",
    """Hi [[PERSON:Tariq]], your new card [[CREDIT_CARD:4204 6053 7103 0406]] (exp 09/28, CVV 417) was dispatched to [[ADDRESS:Flat 2, 19 Moss Side Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 4PT]]. Activate it via the app with username [[USERNAME:tariq.h.1990]].""",
    """Employee record: [[PERSON:Aroha Ngata]]; Employee ID [[ID_NUMBER:NZP-004418]]; IRD [[ID_NUMBER:104-418-279]]; Start date [[DATE_TIME:7 April 2025]]; Job title: Fisheries Observer; Bank account [[ID_NUMBER:12-3140-0518844-00]]; Emergency contact [[PERSON:Mereana Ngata]] [[PHONE_NUMBER:027 551 8340]].""",
    """Customer [[PERSON:Valentina Restrepo Gómez]] ([[AGE:45]]), residing at [[ADDRESS:Calle 10 Sur #43A-71, Apto 502]], [[LOCATION:El Poblado]], [[LOCATION:Medellín]], requested a statement for account [[ID_NUMBER:0071 2290 4418]]. Contact: [[EMAIL_ADDRESS:vrestrepo@une.net.co]], [[PHONE_NUMBER:+57 310 448 2917]].""",
    """KYC record | Full name: [[PERSON:Mohammed Al-Otaibi]] | Nationality: [[NRP:Saudi]] | National ID: [[ID_NUMBER:1620966547]] | DOB: [[DATE_TIME:14/07/1408 AH]] | City: [[LOCATION:Riyadh]] | IBAN: [[IBAN_CODE:SA0623960436955589574225]] | Mobile: [[PHONE_NUMBER:+966 55 418 2290]] | Occupation: petroleum engineer""",
    """Patient: [[PERSON:Mrs. Olga Vasquez-Huamán]], age [[AGE:71]], MRN [[ID_NUMBER:00481772]], admitted [[DATE_TIME:02/18/2025]] to 4 West. Attending: [[PERSON:Dr. Sanjay Bhatt]] (NPI [[ID_NUMBER:1945807307]]). Insurance: Medicare [[ID_NUMBER:1EG4-TE5-MK73]]. Home: [[ADDRESS:615 Oak Grove Ln]], [[LOCATION:Laredo]], [[LOCATION:TX]] [[ZIP_CODE:78041]].""",
    """Please verify: username [[USERNAME:fifita_t]], email [[EMAIL_ADDRESS:tevita.fifita@outlook.com]], phone [[PHONE_NUMBER:+676 771 4420]], last login IP [[IP_ADDRESS:202.43.9.118]], device MAC 3C:22:FB:90:1A:7E, user agent Mozilla/5.0 (Linux; Android 13; SM-A536B).""",
    """Loan application #LN-22817. Borrower: [[PERSON:Ravindu Perera]], [[AGE:38]], NIC [[ID_NUMBER:198632104417]], address [[ADDRESS:No. 55/2, Station Road]], [[LOCATION:Dehiwala]], [[LOCATION:Sri Lanka]]; co-borrower [[PERSON:Nadeesha Perera]], [[AGE:35]]; monthly income LKR 420,000; employer Dialog Axiata PLC.""",
    """Passenger: [[PERSON:Aliyu Garba Bello]], seat 14C, DOB [[DATE_TIME:19MAY1981]], passport [[ID_NUMBER:A09283714]] (Nigerian), frequent flyer [[ID_NUMBER:ET 418829301]], contact [[EMAIL_ADDRESS:aliyu.bello@yahoo.com]] / [[PHONE_NUMBER:+234 703 990 1182]].""",
    """Hello [[PERSON:Mr. Giorgi Tsiklauri]], your Bolt account ([[EMAIL_ADDRESS:gtsiklauri@gmail.com]]) was used to request a ride from [[ADDRESS:12 Rustaveli Avenue]], [[LOCATION:Tbilisi]] at 02:14. If you did not request it, contact support and quote your phone [[PHONE_NUMBER:+995 599 41 22 87]].""",
    """Tenant screening report — Subject: [[PERSON:Marisol Quintanilla]]; SSN: [[US_SSN:621-40-7783]]; DOB: [[DATE_TIME:Nov 3, 1990]]; Current address: [[ADDRESS:8812 Rainier Ave S, Unit 3]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98118]]; Previous: [[ADDRESS:402 Elm St]], [[LOCATION:Yakima]], [[LOCATION:WA]] [[ZIP_CODE:98901]]; Employer: King County Metro.""",
    """Order for [[PERSON:Shirin Karimova]], delivery to [[ADDRESS:Amir Temur ko'chasi 107B, kv. 24]], [[LOCATION:Tashkent]] [[ZIP_CODE:100084]], [[LOCATION:Uzbekistan]]. Paid with [[CREDIT_CARD:5162 1843 9401 5056]]. Phone [[PHONE_NUMBER:+998 90 418 22 71]].""",
    """Registration: [[PERSON:Emmanuel Kofi Asante]], Ghana Card [[ID_NUMBER:GHA-721849305-7]], digital address [[ADDRESS:GA-492-7718]], [[LOCATION:Accra]]; MoMo [[PHONE_NUMBER:024 418 9021]]; email [[EMAIL_ADDRESS:ekasante@gmail.com]]; date of birth [[DATE_TIME:12-06-1995]].""",
    """New hire: [[PERSON:Lucía Fernanda Ibarra]], title Data Analyst, start [[DATE_TIME:03/03/2025]], SSN [[US_SSN:512-83-6640]], DL [[US_DRIVER_LICENSE:B4418270]] (NV), address [[ADDRESS:7720 W Sahara Ave #118]], [[LOCATION:Las Vegas]], [[LOCATION:NV]] [[ZIP_CODE:89117]], personal email [[EMAIL_ADDRESS:lucia.ibarra@icloud.com]].""",
    """Your booking is confirmed, [[PERSON:Ms. Anjali Raghunathan]]. Guest email [[EMAIL_ADDRESS:anjali.r@rediffmail.com]], mobile [[PHONE_NUMBER:+91 98450 22817]], check-in [[DATE_TIME:21 Mar 2025]], check-out [[DATE_TIME:24 Mar 2025]]. Card on file ending 3321. Address: [[ADDRESS:No. 14, 3rd Cross, Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]].""",
    """[[PERSON:Mr. Jamal Abdi Farah]], [[AGE:52]], of [[ADDRESS:2245 Portland Ave S]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55404]] has a U.S. passport [[US_PASSPORT:591287446]] and Minnesota license [[US_DRIVER_LICENSE:F418-227-390-112]]; phone [[PHONE_NUMBER:612-870-4419]].""",
    """Survey respondent 0417: [[PERSON:Hiroshi Watanabe]], age [[AGE:44]], [[ADDRESS:2-14-8 Nishi-Shinjuku]], [[LOCATION:Shinjuku-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:160-0023]]; email [[EMAIL_ADDRESS:h.watanabe@nifty.com]]; religion: [[NRP:Buddhist]].""",
    """Account holder [[PERSON:Eilidh MacLeod]], sort code 83-44-17, account [[ID_NUMBER:20418837]], IBAN [[IBAN_CODE:GB72 BARC 1397 7810 0472 48]], address [[ADDRESS:6 Bayhead Street]], [[LOCATION:Stornoway]] [[ZIP_CODE:HS1 2DU]], telephone [[PHONE_NUMBER:01851 704 229]].""",
    """Athlete file — [[PERSON:Ana Paula Tuilagi]], DOB [[DATE_TIME:2001-07-09]], club Marist St Pat's, home [[ADDRESS:33 Awatea Road]], [[LOCATION:Porirua]] [[ZIP_CODE:5024]]; NHI [[ID_NUMBER:ZKC4188]]; guardian email [[EMAIL_ADDRESS:tuilagi.family@gmail.com]].""",
    """User [[USERNAME:mkabila_gh]] ([[PERSON:Mercy Kabila]]) changed her payout method to card [[CREDIT_CARD:5593935412719162]] on [[DATE_TIME:2025-01-22]] from IP [[IP_ADDRESS:41.66.208.14]]; previous IP [[IP_ADDRESS:2c0f:f8f0:4a1:900::1b]].""",
    """Dear [[PERSON:Mr. Bakhyt Omarov]], your request for a duplicate diploma has been processed. We will post it to [[ADDRESS:mkr. Samal-2, d. 58, kv. 12]], [[LOCATION:Almaty]] [[ZIP_CODE:050059]]. Reference: IIN [[ID_NUMBER:810217350520]].""",
    """Contractor onboarding: [[PERSON:Tevita Lolohea]] | ABN n/a | TFN [[ID_NUMBER:710 282 256]] | DOB [[DATE_TIME:30/06/1989]] | Address [[ADDRESS:12/88 Bourke Road]], [[LOCATION:Alexandria]] [[LOCATION:NSW]] [[ZIP_CODE:2015]] | Phone [[PHONE_NUMBER:0412 558 901]] | Super fund member no. [[ID_NUMBER:88412093]]""",
    """Ticket 55120: customer [[PERSON:Ngozi Eze]] ([[EMAIL_ADDRESS:ngozi.eze@gmail.com]]) reports that card [[CREDIT_CARD:2221 9556 1374 1580]] was charged twice. Her billing address is [[ADDRESS:77 Ewart Road]], [[LOCATION:London]] [[ZIP_CODE:SE23 1AF]].""",
    """Volunteer: [[PERSON:Hamid Nazari]] | Age: [[AGE:26]] | Languages: Dari, Pashto, English | Phone: [[PHONE_NUMBER:+43 660 418 2297]] | Address: [[ADDRESS:Favoritenstraße 88/14]], [[ZIP_CODE:1100]] [[LOCATION:Wien]] | Religion: [[NRP:Muslim]] | Available from [[DATE_TIME:1 May 2025]]""",
    """The insured, [[PERSON:Ingrid Solberg]], DOB [[DATE_TIME:09.09.1983]], policy HOM-22817, reports water damage at [[ADDRESS:Kirkegata 14]], [[ZIP_CODE:0153]] [[LOCATION:Oslo]] on [[DATE_TIME:2 February 2025]]. Pay-out account [[ID_NUMBER:1503.44.17286]]; phone [[PHONE_NUMBER:+47 918 44 207]].""",
    """[[PERSON:Siddharth Malhotra]] ([[USERNAME:sid_m_dev]]) pushed to the repo from [[IP_ADDRESS:49.36.112.205]]; commit email [[EMAIL_ADDRESS:sid.malhotra@protonmail.com]]. His profile is [[URL:https://github.com/sid-m-dev]].""",
    """Parent/guardian: [[PERSON:Luz Marina Torrico]]; student: [[PERSON:Joaquín Torrico]], [[AGE:11]]; address [[ADDRESS:Av. 6 de Agosto 2170]], [[LOCATION:Sopocachi]], [[LOCATION:La Paz]]; CI [[ID_NUMBER:4418203 LP]]; phone [[PHONE_NUMBER:+591 715 22 408]].""",
    """Dear [[PERSON:Mr Chinedu Obi]], Your Interswitch virtual card [[CREDIT_CARD:5268 3860 6994 4360]] has been linked to account [[ID_NUMBER:0733182045]]. BVN [[ID_NUMBER:22184409317]] verified on [[DATE_TIME:14th January 2025]].""",
    """Claimant: [[PERSON:Alinta Simpson]] | DOB [[DATE_TIME:21 Oct 1976]] | Centrelink CRN [[ID_NUMBER:214 558 907K]] | Address [[ADDRESS:4 Todd Street]], [[LOCATION:Alice Springs]] [[LOCATION:NT]] [[ZIP_CODE:0870]] | Mob [[PHONE_NUMBER:0437 220 419]]""",
    """Login alert for [[EMAIL_ADDRESS:priya.s.menon@gmail.com]]: new sign-in from [[IP_ADDRESS:2405:201:c00a:41b2::7]] ([[LOCATION:Kochi]], [[LOCATION:India]]) on [[DATE_TIME:Feb 11]]. Device: Chrome on Windows.""",
    """Buyer info — Name: [[PERSON:Rashid Hamdan]]; Username: [[USERNAME:rhamdan77]]; Shipping: [[ADDRESS:Building 14, Road 2803, Block 428]], [[LOCATION:Seef]], [[LOCATION:Bahrain]]; CPR [[ID_NUMBER:880412773]]; Card: [[CREDIT_CARD:347862964177385]]; Phone: [[PHONE_NUMBER:+973 3944 1182]].""",
    """Candidate profile: [[PERSON:Katarzyna Wiśniewska]], [[AGE:52]], PESEL [[ID_NUMBER:72071923326]], DOB [[DATE_TIME:19 July 1972]]; current city [[LOCATION:Gdańsk]]; email [[EMAIL_ADDRESS:k.wisniewska@wp.pl]]; mobile [[PHONE_NUMBER:+48 601 448 227]].""",
    """Your Airbnb host, [[PERSON:Marisela Okoro-Díaz]], has shared her number: [[PHONE_NUMBER:+1 (787) 418-2294]]. The listing is at [[ADDRESS:Calle Loíza 1911, Apt 3B]], [[LOCATION:San Juan]], [[LOCATION:PR]] [[ZIP_CODE:00911]].""",
    """Medical certificate: [[PERSON:Sipho Mthembu]], ID [[ID_NUMBER:8503095709080]], was examined on [[DATE_TIME:10/03/2025]] and is unfit for work until [[DATE_TIME:17/03/2025]]. [[PERSON:Dr. L. Pillay]], HPCSA [[ID_NUMBER:MP0418827]].""",
    """Scholarship disbursement: [[PERSON:Mariam Diallo]], student ID [[ID_NUMBER:UCAD-2022-44817]], [[LOCATION:Dakar]]; paid to her Orange Money [[PHONE_NUMBER:+221 77 441 82 09]].""",
    """[[PERSON:Mr. Tenzin Norbu]]'s residence permit [[ID_NUMBER:RC-4418209]] expires next month; his address is [[ADDRESS:Flat 7, 221 Jalan Ampang]], [[LOCATION:Kuala Lumpur]] [[ZIP_CODE:50450]], and his employer contact is hr@himalayantrek.my.""",
    """Account created: [[USERNAME:oyuna.b]] — [[PERSON:Oyunchimeg Batsaikhan]], email [[EMAIL_ADDRESS:oyuna.bats@gmail.com]], phone [[PHONE_NUMBER:+976 9911 4827]], register number [[ID_NUMBER:УБ92041718]], address [[ADDRESS:Building 41, Door 18, 3rd khoroo]], [[LOCATION:Bayanzürkh]], [[LOCATION:Ulaanbaatar]].""",
    """Reservation: [[PERSON:Maximilian Huber]] + 1, arrival [[DATE_TIME:14.08.2025]], departure [[DATE_TIME:17.08.2025]], Visa [[CREDIT_CARD:4317 8845 8300 5142]], address [[ADDRESS:Bahnhofstrasse 21]], [[ZIP_CODE:8001]] [[LOCATION:Zürich]], AHV [[ID_NUMBER:756.9458.0730.26]].""",
    """Hi [[PERSON:Lerato]], thanks for applying. We have your phone as [[PHONE_NUMBER:+27 72 418 8830]] and email [[EMAIL_ADDRESS:lerato.mokoena@webmail.co.za]]. Your SA ID [[ID_NUMBER:7711282057087]] indicates DOB [[DATE_TIME:28 November 1977]].""",
    """Fleet telematics | Driver: [[PERSON:Oscar Mendoza]] | Driver ID: [[ID_NUMBER:FT-22419]] | Vehicle plate: [[ID_NUMBER:LXR-4418]] (TX) | VIN 1FTFW1E82MFA41773 | Home base: [[LOCATION:El Paso]] | Phone: [[PHONE_NUMBER:(915) 440-2217]] | License: [[US_DRIVER_LICENSE:44182079]]""",
    """Crew roster — Flight Attendant [[PERSON:Pimchanok Rattanakul]], staff no. [[ID_NUMBER:TG41882]], base [[LOCATION:Bangkok]], passport [[ID_NUMBER:AA4418271]], date of birth [[DATE_TIME:1994-11-23]], phone [[PHONE_NUMBER:+66 89 441 8207]].""",
    """Dear [[PERSON:Mr. Dritan Hoxha]], your building permit application for [[ADDRESS:Rruga e Kavajës 118]], [[LOCATION:Tiranë]] [[ZIP_CODE:1001]] was received on [[DATE_TIME:5 February 2025]]. Personal number [[ID_NUMBER:I41108022K]].""",
    """Intake — client [[PERSON:Wiremu Tane]], [[AGE:23]], pronouns he/him, referred by [[PERSON:Kiri Parata]] (GP). Contact [[PHONE_NUMBER:022 418 7731]], [[EMAIL_ADDRESS:wiremu.tane99@gmail.com]]. NHI [[ID_NUMBER:ZJM7203]].""",
    """E-commerce fraud hit: order 88120-77 placed by [[EMAIL_ADDRESS:k.baptiste.shop@mail.com]], name on card [[PERSON:Kareem Baptiste]], card [[CREDIT_CARD:6011 1070 8261 9229]], ship-to [[ADDRESS:18 Frederick Street]], [[LOCATION:Port of Spain]], [[LOCATION:Trinidad]]; IP [[IP_ADDRESS:190.213.44.17]].""",
    """Our records show [[PERSON:Ashkii Begay]] (DOB [[DATE_TIME:04/02/1968]]), census number [[ID_NUMBER:NN-418229]], mailing address [[ADDRESS:PO Box 4417]], [[LOCATION:Chinle]], [[LOCATION:AZ]] [[ZIP_CODE:86503]], phone [[PHONE_NUMBER:928-674-2291]].""",
    # non-English
    """Ficha del cliente — Nombre: [[PERSON:Martina Soledad Ferreyra]]; CUIT: [[ID_NUMBER:27-33982558-6]]; Domicilio: [[ADDRESS:Av. Corrientes 4418, piso 3 B]], [[LOCATION:CABA]] ([[ZIP_CODE:C1195AAF]]); Tel.: [[PHONE_NUMBER:+54 9 11 4418-2290]]; Email: [[EMAIL_ADDRESS:msferreyra@fibertel.com.ar]]; Fecha de nacimiento: [[DATE_TIME:02/09/1988]].""",
    """Paciente: [[PERSON:Jorge Luis Huamaní Ccori]], [[AGE:63]] años, DNI [[ID_NUMBER:41827730]], domicilio [[ADDRESS:Jr. Ayacucho 455]], [[LOCATION:Huancayo]], [[LOCATION:Junín]]. Celular [[PHONE_NUMBER:964 418 220]]. Fecha de ingreso: [[DATE_TIME:11 de marzo de 2025]].""",
    """Cliente: [[PERSON:Maria do Rosário Antunes]], NIF [[ID_NUMBER:336560184]], morada [[ADDRESS:Rua Dom João V, 24, 3.º Esq.]], [[ZIP_CODE:1250-091]] [[LOCATION:Lisboa]]; IBAN [[IBAN_CODE:PT50 0035 0651 0001 2345 6785 2]]; telemóvel [[PHONE_NUMBER:912 418 207]]; data de nascimento [[DATE_TIME:14/05/1961]].""",
    """Nome: [[PERSON:Thiago Nascimento Albuquerque]] | CPF: [[ID_NUMBER:652.863.037-22]] | Nascimento: [[DATE_TIME:07/11/1993]] | Endereço: [[ADDRESS:Rua Padre Chagas, 415, apto 802]], [[LOCATION:Moinhos de Vento]], [[LOCATION:Porto Alegre]] - [[LOCATION:RS]], CEP [[ZIP_CODE:90570-080]] | Celular: [[PHONE_NUMBER:(51) 99418-2207]] | Pix: [[EMAIL_ADDRESS:thiago.albuq@gmail.com]]""",
    """[[TITLE:Madame]] [[PERSON:Sophie Vandenberghe]], née le [[DATE_TIME:12 avril 1991]], numéro national [[ID_NUMBER:91.04.12-044.80]], domiciliée [[ADDRESS:Avenue Louise 231 bte 4]], [[ZIP_CODE:1050]] [[LOCATION:Ixelles]]. Compte : [[IBAN_CODE:BE67 0634 4128 7387]]. GSM : [[PHONE_NUMBER:0478 41 82 29]].""",
    """Locataire : [[PERSON:Youssef El Amrani]], CIN [[ID_NUMBER:AB418227]], né le [[DATE_TIME:03/03/1990]] à [[LOCATION:Fès]]. Adresse : [[ADDRESS:12, rue Ibn Batouta, Appt 6]], [[LOCATION:Casablanca]] [[ZIP_CODE:20250]]. Tél. : [[PHONE_NUMBER:06 61 41 82 27]]. Courriel : [[EMAIL_ADDRESS:y.elamrani@menara.ma]].""",
    """Versicherte Person: [[PERSON:Katharina Brunner]], geb. [[DATE_TIME:22.01.1979]], SV-Nummer [[ID_NUMBER:4416 220179]], Adresse [[ADDRESS:Mariahilfer Straße 104/2/17]], [[ZIP_CODE:1060]] [[LOCATION:Wien]], Konto [[IBAN_CODE:AT55 0474 7134 7501 6361]], Tel. [[PHONE_NUMBER:+43 664 418 2290]].""",
    """Cognome: [[PERSON:Bernasconi]]; Nome: [[PERSON:Luca]]; Data di nascita: [[DATE_TIME:08.06.1985]]; Indirizzo: [[ADDRESS:Via Nassa 18]], [[ZIP_CODE:6900]] [[LOCATION:Lugano]]; Numero AVS: [[ID_NUMBER:756.1419.0064.56]]; IBAN: [[IBAN_CODE:CH55 4519 1893 1711 6747 4]]; E-mail: [[EMAIL_ADDRESS:luca.bernasconi@bluewin.ch]].""",
    """Naam: [[PERSON:Pieter Claes]] | Geboortedatum: [[DATE_TIME:30/09/1984]] | Rijksregisternummer: [[ID_NUMBER:84.09.30-607.29]] | Adres: [[ADDRESS:Meir 44 bus 3]], [[ZIP_CODE:2000]] [[LOCATION:Antwerpen]] | Rekening: [[IBAN_CODE:BE69 7601 2630 7078]] | Gsm: [[PHONE_NUMBER:0495 41 82 07]]""",
    """Dane klienta: [[PERSON:Tomasz Zieliński]], PESEL [[ID_NUMBER:88120266391]], ur. [[DATE_TIME:2 grudnia 1988]], adres [[ADDRESS:ul. Piotrkowska 118 m. 7]], [[ZIP_CODE:90-006]] [[LOCATION:Łódź]], rachunek [[IBAN_CODE:PL53 8831 3910 9541 1592 5873 6922]], tel. [[PHONE_NUMBER:+48 604 418 220]].""",
    """Pacient: [[PERSON:Jan Dvořák]], r. č. [[ID_NUMBER:751103/8172]], bydliště [[ADDRESS:Vinohradská 1418/22]], [[ZIP_CODE:120 00]] [[LOCATION:Praha 2]], telefon [[PHONE_NUMBER:+420 731 418 226]], pojišťovna VZP, datum přijetí [[DATE_TIME:4. 3. 2025]].""",
    """Solicitant: [[PERSON:Andreea Popescu]], CNP [[ID_NUMBER:2940225341756]], domiciliu [[ADDRESS:Bd. Unirii nr. 41, bl. 6B, sc. 2, ap. 38]], [[LOCATION:Sector 3]], [[LOCATION:București]]; cont [[IBAN_CODE:RO43 BTRL RONC RT04 1827 3650]]; telefon [[PHONE_NUMBER:0744 182 273]].""",
    """Kupac: [[PERSON:Marko Kovačević]], JMBG [[ID_NUMBER:1401978172855]], adresa [[ADDRESS:Ferhadija 14]], [[ZIP_CODE:71000]] [[LOCATION:Sarajevo]], telefon [[PHONE_NUMBER:+387 61 418 227]], e-mail [[EMAIL_ADDRESS:marko.kovacevic@bih.net.ba]].""",
    """Müşteri: [[PERSON:Elif Yıldırım]], T.C. Kimlik No: [[ID_NUMBER:93970523266]], doğum tarihi [[DATE_TIME:17.04.1992]], adres [[ADDRESS:Bağdat Cad. No: 214 D: 9]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]], IBAN [[IBAN_CODE:TR18 2222 6099 4562 6317 5186 92]], cep [[PHONE_NUMBER:0532 418 22 07]].""",
    """Nama: [[PERSON:Dewi Lestari Sitompul]]; NIK: [[ID_NUMBER:1271044107890003]]; Tempat/Tgl Lahir: [[LOCATION:Medan]], [[DATE_TIME:01-07-1989]]; Alamat: [[ADDRESS:Jl. Gatot Subroto No. 118]], [[LOCATION:Medan Petisah]], [[LOCATION:Sumatera Utara]] [[ZIP_CODE:20112]]; HP: [[PHONE_NUMBER:0812-6041-8822]]; Agama: [[NRP:Kristen Protestan]].""",
    """Họ và tên: [[PERSON:Trần Minh Khoa]]; Ngày sinh: [[DATE_TIME:15/08/1990]]; Số CCCD: [[ID_NUMBER:079090014418]]; Địa chỉ: [[ADDRESS:128 Nguyễn Đình Chiểu]], Phường [[LOCATION:Đa Kao]], [[LOCATION:Quận 1]], [[LOCATION:TP.HCM]]; Điện thoại: [[PHONE_NUMBER:0903 418 227]]; Email: [[EMAIL_ADDRESS:khoa.tranminh@gmail.com]].""",
    """Klientas: [[PERSON:Rūta Kazlauskienė]], asmens kodas [[ID_NUMBER:47906081977]], gimusi [[DATE_TIME:1979-06-08]], adresas [[ADDRESS:Gedimino pr. 41-12]], [[ZIP_CODE:LT-01109]] [[LOCATION:Vilnius]], tel. [[PHONE_NUMBER:+370 612 41822]].""",
    """Sökande: [[PERSON:Linnea Åberg]], personnummer [[ID_NUMBER:900417-6880]], adress [[ADDRESS:Storgatan 12 lgh 1104]], [[ZIP_CODE:903 26]] [[LOCATION:Umeå]], telefon [[PHONE_NUMBER:070-418 22 90]], konto [[IBAN_CODE:SE80 4890 7456 6602 2945 0161]].""",
    """Asiakas: [[PERSON:Mikko Heikkinen]], henkilötunnus [[ID_NUMBER:011066-735E]], osoite [[ADDRESS:Hämeenkatu 22 B 14]], [[ZIP_CODE:33200]] [[LOCATION:Tampere]], puhelin [[PHONE_NUMBER:040 418 2207]], tili [[IBAN_CODE:FI81 0804 5074 6177 53]].""",
    """שם: [[PERSON:נועה אברהמי]]; ת.ז. [[ID_NUMBER:259874717]]; תאריך לידה: [[DATE_TIME:12.05.1996]]; כתובת: [[ADDRESS:רחוב אלנבי 88, דירה 5]], [[LOCATION:תל אביב]]; טלפון: [[PHONE_NUMBER:052-418-2290]]; דוא"ל: [[EMAIL_ADDRESS:noa.avrahami@walla.co.il]].""",
    """Клієнт: [[PERSON:Андрій Коваленко]], РНОКПП [[ID_NUMBER:3286731973]], дата народження [[DATE_TIME:26.12.1989]], адреса [[ADDRESS:вул. Хрещатик, 22, кв. 41]], [[LOCATION:Київ]], [[ZIP_CODE:01001]], тел. [[PHONE_NUMBER:+380 50 418 2207]].""",
]

DOC = [
    """VETERINARY DISCHARGE SUMMARY
Harbourside Animal Hospital, [[ADDRESS:12 Wharf Road]], [[LOCATION:Fremantle]] [[LOCATION:WA]] [[ZIP_CODE:6160]]

Owner: [[PERSON:Mrs Leanne Kowalczyk]]
Address: [[ADDRESS:9 Attfield Street]], [[LOCATION:South Fremantle]] [[LOCATION:WA]] [[ZIP_CODE:6162]]
Phone: [[PHONE_NUMBER:0418 227 904]]   Email: [[EMAIL_ADDRESS:leanne.kowalczyk@iinet.net.au]]
Client no.: [[ID_NUMBER:C-044187]]

Patient: "Pippa", 7 y.o. female spayed Kelpie x, microchip 956000012418271
Admitted: [[DATE_TIME:11/02/2025]]   Discharged: [[DATE_TIME:13/02/2025]]
Attending vet: [[PERSON:Dr Jarrah Williams]] BVSc (VSB WA reg. [[ID_NUMBER:V4418]])

Diagnosis: acute gastroenteritis, suspected dietary indiscretion (bait ingestion ruled out).
Treatment: IV fluids (Hartmann's), maropitant, bland diet.
Recheck with [[PERSON:Dr Williams]] on Thursday [[DATE_TIME:20 February]] at 10:30.

If Pippa vomits again, call us on (08) 9335 1100. After hours: Perth Vet Emergency.
Signed: [[PERSON:J. Williams]]""",
    """SERIOUS ADVERSE EVENT REPORT — Protocol KX-2207-03 (Phase II)
Site: 014 ([[LOCATION:Leuven]])   Principal investigator: [[TITLE:Prof.]] [[TITLE:Dr.]] [[PERSON:Hilde Verstraete]]
Subject number: [[ID_NUMBER:014-0087]]   Initials: [[PERSON:M-V.D.]]   Sex: F   Age: [[AGE:64]]
Date of consent: [[DATE_TIME:2024-09-17]]   First dose: [[DATE_TIME:2024-10-01]]
Event: grade 3 neutropenic fever   Onset: [[DATE_TIME:2024-12-04]]   Hospitalised: [[DATE_TIME:2024-12-05]]
Outcome: recovered [[DATE_TIME:2024-12-11]]. Causality: possibly related. Study drug interrupted.
Reporter: [[PERSON:An Claeys]], study coordinator, [[EMAIL_ADDRESS:an.claeys@kuleuven-trials.be]], tel. +32 16 34 00 00
Sponsor safety desk notified within 24 h. CRF page 33 updated; MedDRA PT: Febrile neutropenia (10016288).""",
    """From: [[PERSON:Olusegun Bakare]] <[[EMAIL_ADDRESS:o.bakare@lagosportservices.ng]]>
To: [[TITLE:Capt.]] [[PERSON:Henrik Østergaard]] <[[EMAIL_ADDRESS:h.ostergaard@maerskline.com]]>
Subject: Re: Stowaway found on MV Nordic Tern — [[LOCATION:Apapa]] berth 7

Captain,

Immigration boarded at 06:40. The stowaway gave his name as [[PERSON:Ibrahim Konaté]], says he is [[AGE:17]] and from [[LOCATION:Abidjan]]; no documents. He has been handed to NIS officer [[PERSON:Blessing Nwosu]] (service no. [[ID_NUMBER:NIS/LG/44182]]). The agent's surveyor, [[PERSON:Mr. Femi Adeleke]], will attend at 10:00; his line is [[PHONE_NUMBER:+234 802 441 8270]].

Please send the crew list with AB [[PERSON:Tomás Quiroga]]'s statement, as he found the boy in the rope locker.

Regards,
[[PERSON:Olusegun Bakare]]
Operations Manager, Lagos Port Services Ltd

On [[DATE_TIME:14 Mar 2025]], at 05:58, [[PERSON:Henrik Østergaard]] wrote:
> Found a young male in the forward rope locker. Will keep him in the hospital cabin until the authorities arrive.""",
    """CREW ROSTER — WEEK 12 — Base [[LOCATION:Nairobi]] (NBO)
Prepared by crew control, not for onward distribution

Flight   Date     Position  Name                     Staff no.   Contact
KQ310    [[DATE_TIME:17MAR]]    CPT       [[PERSON:Wambui Kariuki]]           [[ID_NUMBER:KQ20418]]     [[PHONE_NUMBER:0722 418 301]]
KQ310    [[DATE_TIME:17MAR]]    FO        [[PERSON:Abdullahi Hassan Noor]]    [[ID_NUMBER:KQ31177]]     [[PHONE_NUMBER:0733 902 118]]
KQ310    [[DATE_TIME:17MAR]]    SCCM      [[PERSON:Grace Akinyi Odhiambo]]    [[ID_NUMBER:KQ52940]]     [[PHONE_NUMBER:0711 448 207]]
KQ311    [[DATE_TIME:18MAR]]    CC        [[PERSON:Pierre-Claver Habimana]]   [[ID_NUMBER:KQ60088]]     [[PHONE_NUMBER:0790 214 663]]

Standby: [[PERSON:Faith Chebet]] ([[ID_NUMBER:KQ58802]]). [[TITLE:Capt.]] [[PERSON:Kariuki]]'s annual sim check is on [[DATE_TIME:24 March]]; [[PERSON:Faith]] is on leave from [[DATE_TIME:26 March]] to [[DATE_TIME:2 April]].
Fatigue reports to ops.safety@ — do not reply-all.""",
    """MINE SITE INCIDENT REPORT  —  Ref. INC-2025-0419
Site: Superpit, ramp 3 (main haul road)
Date of incident: [[DATE_TIME:6 March 2025]]   Time: 02:35   Shift: night (C crew)

Injured person: [[PERSON:Dylan Marchetti]]   DOB: [[DATE_TIME:12/12/1991]]   Employee no.: [[ID_NUMBER:204418]]
Home address: [[ADDRESS:27 Boulder Road]], [[LOCATION:Kalgoorlie]] [[LOCATION:WA]] [[ZIP_CODE:6430]]
Occupation: haul truck operator (CAT 793F, fleet no. HT-41)

Description: while descending ramp 3 the operator reported brake fade. Truck stopped against the windrow. Operator complained of neck pain and was taken to Kalgoorlie Health Campus by site ambulance.
Witnesses: [[PERSON:Shane O'Riordan]] (dozer), [[PERSON:Nikita Sharma]] (dispatch).
Supervisor: [[PERSON:Kylie Bennett]], mob [[PHONE_NUMBER:0429 441 826]].
Next of kin informed: [[PERSON:Tegan Marchetti]] (partner) on [[PHONE_NUMBER:0401 227 915]].
Reported to DMIRS: yes. Investigator assigned: [[PERSON:R. Hoani]].""",
    """FISHERIES DIVISION — LICENCE RENEWAL NOTICE

[[PERSON:Mr. Clement Joseph]]
[[ADDRESS:Lot 14, Fisherman's Wharf Road]]
[[LOCATION:Gouyave]], [[LOCATION:St. John]]
[[LOCATION:Grenada]]

Date: [[DATE_TIME:3 February 2025]]

Dear [[PERSON:Mr. Joseph]],

Re: Fishing licence [[ID_NUMBER:GFL-0418/22]] — vessel "Miss Lorraine" (GND 227)

Our records show that your licence expires at the end of this month. To renew, please bring your fisher ID ([[ID_NUMBER:FID-44190]]), your NIS number ([[ID_NUMBER:NIS 418822]]) and proof of vessel inspection to the Melville Street office. If you have moved, please also bring proof of your new address.

Queries may be directed to the Licensing Officer, [[PERSON:Ms. Arlene Frederick]], at [[EMAIL_ADDRESS:arlene.frederick@gov.gd]].

Yours faithfully,
[[PERSON:Desmond Charles]]
Chief Fisheries Officer""",
    """AID DISTRIBUTION — FIELD REPORT
Location: [[LOCATION:Dollo Ado]], [[LOCATION:Somali Region]], [[LOCATION:Ethiopia]]
Distribution date: [[DATE_TIME:19 February 2025]]   Team lead: [[PERSON:Hiwot Alemayehu]]

Exceptions log:
1. Ration card [[ID_NUMBER:DA-22-04418]] presented by [[PERSON:Fadumo Ahmed Yusuf]], [[AGE:34]], on behalf of her mother [[PERSON:Halima Osman]] (bedridden). Proxy accepted, witnessed by block leader [[PERSON:Abdikadir Warsame]].
2. [[PERSON:Mohamed Sheikh Ali]] ([[ID_NUMBER:DA-22-07731]]) reported lost card. Biometric check OK; replacement issued.
3. Unaccompanied minor [[PERSON:Sagal]], about [[AGE:12]], referred to child protection focal point [[PERSON:Yonas Tekle]] ([[PHONE_NUMBER:+251 92 441 8270]]).

Totals: 2,418 households, 41.2 MT cereals, 3.1 MT pulses. No security incidents.
Report by: [[PERSON:H. Alemayehu]], [[EMAIL_ADDRESS:hiwot.alemayehu@aidpartners.org]]""",
    """REFERRAL — REFUGEE CASEWORK
To: Legal Aid Clinic, [[ADDRESS:221 Spadina Avenue]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5T 2C2]]
From: [[PERSON:Marisol Echeverría]], settlement worker

Client: [[PERSON:Yohannes Gebremedhin]]   DOB: [[DATE_TIME:1 January 1988]]   Country of origin: [[LOCATION:Eritrea]]
IRCC client ID: [[ID_NUMBER:1104-4182]]   UCI on file. Phone: [[PHONE_NUMBER:647-418-2290]]
Current address: [[ADDRESS:45 Dundas Street West, Apt 1207]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5G 2C2]]
Spouse: [[PERSON:Selam Tesfamariam]] (in [[LOCATION:Kampala]], [[LOCATION:Uganda]]), children [[PERSON:Mussie]] ([[AGE:9]]) and [[PERSON:Ruta]] ([[AGE:6]]).

Reason for referral: family reunification (one-year window). Client arrived [[DATE_TIME:23 May 2024]] and had his hearing on [[DATE_TIME:18 November 2024]]; he needs help with IMM 0008 for dependants abroad. He is [[NRP:Orthodox Christian]] and prefers a Tigrinya interpreter.

[[PERSON:M. Echeverría]] — [[EMAIL_ADDRESS:m.echeverria@welcomecentre.ca]]""",
    """PLAYER TRANSFER AGREEMENT (summary of terms)

Transferring club: Hafia FC, [[LOCATION:Conakry]]
Acquiring club: Raja Club Athletic, [[LOCATION:Casablanca]]
Player: [[PERSON:Mamadou Aliou Bah]], born [[DATE_TIME:27 August 2002]] in [[LOCATION:Labé]], [[NRP:Guinean]], passport [[ID_NUMBER:R0441827]]
Player's agent: [[PERSON:Karim Benali]], FIFA agent licence [[ID_NUMBER:202304-4418]], [[EMAIL_ADDRESS:karim.benali@benali-sports.com]]
Fee: USD 350,000 plus 10% sell-on.
Medical: passed at Clinique Al Madina on [[DATE_TIME:30 January 2025]] (examining doctor [[PERSON:Dr. Nadia Bensouda]]).
Registration: TMS instruction 2025-01-31-0044; the player's ITC requested the same day.

Signed for the player: [[PERSON:M. A. Bah]]   Witness: [[PERSON:Ousmane Diallo]]""",
    """ARTIST ENGAGEMENT CONTRACT — RIDER EXCERPT
Festival: Reggae Sumfest, Catherine Hall Entertainment Centre, [[LOCATION:Montego Bay]]
Artist: [[PERSON:Damion Reid]] (performing as [[PERSON:Blaze Dami]])
Performance date: [[DATE_TIME:19 July 2025]], set 23:15–00:15

Tour manager: [[PERSON:Shantelle Morrison]] · [[PHONE_NUMBER:+1 876 441 8207]] · [[EMAIL_ADDRESS:shantelle.m@yardvibesmgmt.com]]
Crew passports (for the work permit list):
- [[PERSON:Damion Reid]] — [[ID_NUMBER:A2418830]]
- [[PERSON:Kemar Lewis]] (keys) — [[ID_NUMBER:A3317742]]
- [[PERSON:Tricia-Ann Walters]] (backing vocals) — [[ID_NUMBER:A1204418]]
Fee paid to: [[PERSON:Damion Reid]], account [[ID_NUMBER:354-418-227]] (NCB, [[LOCATION:Half Way Tree]] branch).
Hospitality: ital meals, no pork, no alcohol in dressing room. Artist is [[NRP:Rastafarian]].""",
    """CALL SHEET — "SALT ROAD" — DAY 14 of 32 — Tuesday [[DATE_TIME:8 April]]
Unit base: [[ADDRESS:Estancia La Querencia, Ruta 40 km 3218]], [[LOCATION:Cafayate]], [[LOCATION:Salta]]
Crew call 06:00 · Sunrise 07:41 · Nearest hospital: Hospital Nuestra Señora del Rosario

Director: [[PERSON:Florencia Acuña]]            [[PHONE_NUMBER:+54 9 387 441-8200]]
1st AD: [[PERSON:Tomás Iriarte]]                [[PHONE_NUMBER:+54 9 387 522-1047]]
DoP: [[PERSON:Sebastián]] "[[PERSON:Seba]]" [[PERSON:Lanza]] [[PHONE_NUMBER:+54 9 11 6418-2290]]
Location manager: [[PERSON:Rocío Mamaní]]       [[PHONE_NUMBER:+54 9 387 590-2214]]
Cast: [[PERSON:Julieta Carranza]] (ROSA) pickup 05:15 from Hotel Patios de Cafayate; [[PERSON:Ignacio Funes]] (MARCOS) self-drive.
Birthday on set today: [[PERSON:Rocío]] turns [[AGE:30]] — cake at wrap!""",
    """TELEHEALTH CONSULTATION NOTE
Patient: [[PERSON:Kalea Nāone]]   DOB: [[DATE_TIME:05/09/1997]]   MRN: [[ID_NUMBER:QH-0441827]]
Location during visit: home, [[ADDRESS:1872 Kalakaua Ave, Apt 905]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96815]]
Visit date: [[DATE_TIME:02/27/2025]]   Clinician: [[PERSON:Dr. Benjamin Okafor]], MD (NPI [[ID_NUMBER:1471872071]])
Consent for video visit obtained verbally. Patient ID verified with HI driver's license [[US_DRIVER_LICENSE:H00441827]].

S: [[AGE:27]] yo F with 3 days dysuria, frequency. No fever, flank pain. LMP [[DATE_TIME:02/10/2025]]. Not pregnant per home test.
O: Afebrile per home thermometer (98.9 F). Appears well on video.
A: Uncomplicated cystitis.
P: Nitrofurantoin 100 mg BID x5 days sent to Longs Drugs, [[ADDRESS:2220 S King St]]. Return precautions given. Patient prefers contact by text at [[PHONE_NUMBER:(808) 445-0192]].""",
    """MENTAL HEALTH INTAKE — CONFIDENTIAL
Client: [[PERSON:Tomasi Vunibobo]]   Preferred name: [[PERSON:Tom]]   Age: [[AGE:24]]
DOB: [[DATE_TIME:14 August 2000]]   NHI: [[ID_NUMBER:ZKC4412]]
Address: [[ADDRESS:3/17 Tamaki Drive]], [[LOCATION:Mission Bay]], [[LOCATION:Auckland]] [[ZIP_CODE:1071]]
Referrer: [[PERSON:Dr Priya Narayan]], Ōrākei Medical Centre
Date of intake: [[DATE_TIME:4 March 2025]]   Clinician: [[PERSON:Hemi Walker]] (registered psychologist, NZPB [[ID_NUMBER:90-04418]])

Presenting concerns: low mood since leaving the rugby academy in [[LOCATION:Suva]]; poor sleep; drinking more on weekends. Denies current suicidal intent. Past attempt: none.
Supports: cousin [[PERSON:Litia]] (lives with him), church youth group ([[NRP:Methodist]]).
Safety plan agreed. Follow-up [[DATE_TIME:11 March]].
Emergency contact: [[PERSON:Litia Vunibobo]], [[PHONE_NUMBER:021 904 2217]].""",
    """DENTAL LABORATORY PRESCRIPTION
From: [[PERSON:Dr. Aylin Demir]], Bosphorus Dental Studio, [[LOCATION:Nişantaşı]], [[ADDRESS:Abdi İpekçi Cad. No: 41/3]], [[LOCATION:Şişli]], [[LOCATION:İstanbul]]
To: Ceramika Lab, attn. [[PERSON:Kerem Aksoy]], [[EMAIL_ADDRESS:kerem@ceramikalab.com.tr]]

Patient: [[PERSON:Mr. Omar Farouk Haddad]]   Age: [[AGE:46]]   Patient no.: [[ID_NUMBER:BDS-20418]]
Work: zirconia crowns 11, 21; e.max veneers 12, 22. Shade BL3 (patient request). Stump shade ND2.
Try-in appointment: [[DATE_TIME:17 March 2025]]. Patient flies back to [[LOCATION:Amman]] on [[DATE_TIME:21 March]], so please return by the 14th.
Notes: patient has a mild Class II; photos and scans uploaded to the portal (case 4418-OFH).
Signature: [[PERSON:A. Demir]]   Diploma reg. [[ID_NUMBER:TDB-44182]]""",
    """KNOW-YOUR-CUSTOMER ONBOARDING — REVIEW NOTES
Customer: [[PERSON:Rizwan Ahmed Chaudhry]]   Customer ID: [[ID_NUMBER:CUS-7704182]]
Date of birth: [[DATE_TIME:9 June 1983]]   Nationality: [[NRP:Pakistani]]   Residence: [[LOCATION:United Arab Emirates]]
Documents: passport [[ID_NUMBER:AB4418227]] (PAK); Emirates ID [[ID_NUMBER:784-1983-4418227-8]]; tenancy contract for [[ADDRESS:Apartment 2304, Al Fattan Tower]], [[LOCATION:Jumeirah Beach Residence]], [[LOCATION:Dubai]]
Occupation: procurement manager, Gulf Marine Services. Declared income AED 38,000/month.
Source of funds: salary; property sale in [[LOCATION:Lahore]] ([[ADDRESS:House 41-C, Block L, Gulberg III]]) in 2023.
PEP check: no match. Adverse media: one hit on a namesake ([[PERSON:Rizwan Chaudhry]], [[LOCATION:Bradford]]) — discounted, different DOB.
Onboarding approved by [[PERSON:Leila Haddad]] (compliance) on [[DATE_TIME:12/02/2025]].
Linked account IBAN: [[IBAN_CODE:AE81 0331 0441 8227 0036 518]].""",
    """NOTARIAL CERTIFICATE OF IDENTITY — LAND TRANSFER

I, [[PERSON:Graham Ellis Whitcombe]], Notary Public of [[LOCATION:Saint Helier]], [[LOCATION:Jersey]], certify that on the [[DATE_TIME:fourteenth day of February 2025]] there appeared before me:

(1) [[PERSON:Ana Beatriz Carvalho Mendes]], born [[DATE_TIME:3 November 1975]] in [[LOCATION:Funchal]], [[LOCATION:Madeira]], of [[ADDRESS:Le Clos des Pommiers, La Rue de la Vallée]], [[LOCATION:St Mary]], [[ZIP_CODE:JE3 3DL]], holder of Portuguese passport [[ID_NUMBER:N441827]]; and

(2) [[PERSON:Philippe Le Brocq]], born [[DATE_TIME:22 July 1949]], of [[ADDRESS:Maison Gosset, Rue du Moulin]], [[LOCATION:St Ouen]], [[ZIP_CODE:JE3 2HE]], holder of British passport [[ID_NUMBER:533418227]],

who signed in my presence the contract for the sale of the field known as "Le Petit Clos" (Field 441).

[[PERSON:G. E. Whitcombe]], Notary Public""",
    """FAMILY HISTORY NOTES — [[PERSON:Tapsell]] line (private research, not for publication)

[[PERSON:Mihi Rāwiri Tapsell]] b. c. [[DATE_TIME:March 1884]], [[LOCATION:Maketū]]; m. [[PERSON:Ellen Mary Hardcastle]] at St Thomas, [[LOCATION:Tauranga]], [[DATE_TIME:12 Dec 1906]].
Children:
  1. [[PERSON:Hēni Tapsell]] b. [[DATE_TIME:4 Oct 1907]] d. [[DATE_TIME:18 Jun 1918]] (influenza)
  2. [[PERSON:Arthur Rāwiri Tapsell]] b. [[DATE_TIME:30 Jan 1910]] — served 2NZEF, service no. [[ID_NUMBER:28441]]
  3. [[PERSON:Mere]] ([[PERSON:Mary]]) [[PERSON:Tapsell]] b. 1912? — check BDM
Source for 2: Auckland Museum Online Cenotaph. Ask Aunty [[PERSON:Ruth]] ([[EMAIL_ADDRESS:ruthtapsell@xtra.co.nz]]) about the photo of [[PERSON:Arthur]] at [[LOCATION:Rotorua]].""",
    """OBITUARY

[[PERSON:AKINYI]], [[PERSON:Rosemary Atieno]] ("[[PERSON:Mama Rose]]"). Passed away peacefully on Sunday, [[DATE_TIME:23rd February 2025]] at [[LOCATION:Kisumu]], aged [[AGE:79]]. Beloved wife of the late [[PERSON:Joseph Otieno Akinyi]]; mother of [[PERSON:Peter]], [[PERSON:Jane]] ([[LOCATION:Minneapolis]]), [[PERSON:Caroline]] and the late [[PERSON:Moses]]; grandmother of eleven.

Retired headteacher of Kisumu Girls' High School (1984–2006). A devoted member of the Anglican Church of Kenya, St Stephen's Cathedral.

Funeral service on Saturday [[DATE_TIME:8th March 2025]] at her home in [[LOCATION:Nyakach]], [[LOCATION:Kisumu County]]. Contributions via M-Pesa to [[PERSON:Peter Akinyi]], [[PHONE_NUMBER:0722 441 827]].""",
    """ALUMNI RELATIONS — RECORD UPDATE REQUEST

Alumna: [[PERSON:Dr. Folasade Adeyemi-Clarke]] (née [[PERSON:Adeyemi]]), MBChB 2004
Alumni ID: [[ID_NUMBER:A0441827]]
Previous address: [[ADDRESS:12 Hornsey Lane]], [[LOCATION:London]] [[ZIP_CODE:N6 5LY]]
New address (from [[DATE_TIME:1 March 2025]]): [[ADDRESS:88 Ocean Street]], [[LOCATION:Edgecliff]] [[LOCATION:NSW]] [[ZIP_CODE:2027]], [[LOCATION:Australia]]
Preferred email: [[EMAIL_ADDRESS:fola.adeyemiclarke@gmail.com]]
Mobile: [[PHONE_NUMBER:+61 412 441 827]]
Spouse (also alumnus): [[PERSON:Marcus Clarke]], BEng 2003, alumni ID [[ID_NUMBER:A0392218]]
Consent to appear in class notes: yes. Do not share her phone with the reunion committee.
Processed by: [[USERNAME:jbrennan]]""",
    """SCHOLARSHIP AWARD LETTER

[[DATE_TIME:20 January 2025]]

[[PERSON:Ms. Nilufar Yesmin]]
[[ADDRESS:House 27, Road 11, Block C]]
[[LOCATION:Mirpur-10]], [[LOCATION:Dhaka]] [[ZIP_CODE:1216]]
[[LOCATION:Bangladesh]]

Dear [[PERSON:Ms. Yesmin]],

I am delighted to confirm that you have been selected for the Commonwealth Shared Scholarship to study MSc Public Health at the University of Leeds, beginning in [[DATE_TIME:September 2025]]. Your scholar reference is [[ID_NUMBER:BDCS-2025-0418]].

Please complete the acceptance form by the deadline and upload a copy of your passport ([[ID_NUMBER:EF0441827]]) and your national ID ([[ID_NUMBER:1994 2695 4418 227]]).

Your designated contact is [[PERSON:Mr. Richard Holloway]], [[EMAIL_ADDRESS:r.holloway@leeds.ac.uk]].

Yours sincerely,
[[TITLE:Professor]] [[PERSON:Anne Whitfield]]
Dean of Medicine and Health""",
    """CURRICULUM VITAE
[[PERSON:JOSEPHINE NAKATO MUKASA]]
[[ADDRESS:Plot 41, Kira Road]], [[LOCATION:Kamwokya]], [[LOCATION:Kampala]], [[LOCATION:Uganda]]
[[PHONE_NUMBER:+256 772 441 827]] | [[EMAIL_ADDRESS:josephine.mukasa@gmail.com]] | [[URL:linkedin.com/in/josephine-nakato-mukasa]]
Date of birth: [[DATE_TIME:12th May 1990]] | Nationality: [[NRP:Ugandan]] | Marital status: Married

PROFILE
Logistics coordinator with 9 years in humanitarian supply chains (WFP, IRC).

EXPERIENCE
2019–present  Supply Chain Officer, International Rescue Committee, [[LOCATION:Arua]]
2015–2019  Warehouse Supervisor, World Food Programme, [[LOCATION:Gulu]]

REFEREES
[[PERSON:Mr. David Ochieng]], Country Logistics Manager, IRC — [[EMAIL_ADDRESS:david.ochieng@rescue.org]], [[PHONE_NUMBER:+256 701 227 918]]
[[PERSON:Ms. Beatrice Auma]], Head of Supply Chain, WFP Uganda — [[PHONE_NUMBER:+256 782 904 117]]""",
    """SMART HOME HUB — EVENT LOG (exported for support case 77120)
account: [[EMAIL_ADDRESS:m.desrosiers@videotron.ca]]   owner: [[PERSON:Mathieu Desrosiers]]
home: [[ADDRESS:4418 rue Saint-Denis]], [[LOCATION:Montréal]] [[LOCATION:QC]] [[ZIP_CODE:H2J 2L1]]
hub fw 3.14.2.7  lan [[IP_ADDRESS:192.168.1.20]]  wan [[IP_ADDRESS:24.201.77.148]]

07:02:11 front_door   unlocked  by keypad user 2 ([[PERSON:Chloé]])
07:02:40 front_door   locked    auto-lock
08:15:03 garage       opened    by app user [[USERNAME:mathieu_d]]
08:15:09 camera_drive motion    person detected
12:30:44 front_door   unlocked  by guest code "dog walker" ([[PERSON:Sunil]])
12:58:01 front_door   locked    by guest code "dog walker"
18:41:27 thermostat   set 21.5C by app user [[USERNAME:chloe.desro]]
22:10:55 all_lights   off       routine "Bonne nuit"
support note: customer says the 12:30 unlock was not the dog walker; guest codes reset by agent [[PERSON:Kevin]].""",
    """CALL DETAIL RECORD EXTRACT — lawful request ref. LR-2025-0219 (subscriber section)
Subscriber: [[PERSON:Aziz Karimov]]   MSISDN: [[PHONE_NUMBER:+992 93 441 8227]]
ID document: passport [[ID_NUMBER:401441827]]   Registered address: [[ADDRESS:ul. Rudaki 88, kv. 14]], [[LOCATION:Dushanbe]]
Activation date: [[DATE_TIME:07.11.2021]]   IMEI in use: 354418270044182

Seq  Time      Dir  Other party            Dur   Cell
001  08:14:02  MO   [[PHONE_NUMBER:+992 91 227 0418]]       00:02:41  DUS-0412
002  09:40:55  MT   [[PHONE_NUMBER:+7 916 441 82 07]]       00:11:03  DUS-0412
003  13:02:17  MO   [[PHONE_NUMBER:+992 93 500 1177]]       00:00:38  DUS-0588
004  19:26:40  SMS  [[PHONE_NUMBER:+992 90 418 2271]]       -         DUS-0412
Other-party subscriber for 002 (roaming partner data): [[PERSON:Karimova Dilnoza]], [[LOCATION:Moscow]].""",
    """FRAUD REVIEW — CASE FR-55120 — marketplace "BuyRight"
Account under review: [[USERNAME:gadgetking_ph]]  (display name "[[PERSON:Jomar Villanueva]]")
Registered email: [[EMAIL_ADDRESS:jomar.villanueva.21@gmail.com]]   Phone: [[PHONE_NUMBER:+63 917 441 8227]]
Payout: GCash [[PHONE_NUMBER:0917 441 8227]]; bank [[ID_NUMBER:0044-1827-2290]] (BPI)
KYC: PhilSys [[ID_NUMBER:4418-2271-9044-1827]]; address [[ADDRESS:Blk 12 Lot 7, Camella Homes Phase 2]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]]

Findings: 41 buyer complaints in 3 weeks (items never shipped). Logins from [[IP_ADDRESS:112.198.44.27]] and [[IP_ADDRESS:175.176.41.82]]; the same device fingerprint is linked to banned account [[USERNAME:techdeals_mnl]] ([[PERSON:Ronaldo Santos]]).
Buyer example: [[PERSON:Cristina Dela Paz]], order 77-4418, paid PHP 18,990.
Decision: permanent ban, funds held. Reviewer: [[PERSON:Angeli Ramos]].""",
    # non-English
    """ESCRITURA PÚBLICA NÚMERO 4,418 — TOMO 227
En la Ciudad de [[LOCATION:Oaxaca de Juárez]], [[LOCATION:Oaxaca]], a los [[DATE_TIME:catorce días del mes de marzo de dos mil veinticinco]], ante mí, [[TITLE:Lic.]] [[PERSON:Rodrigo Altamirano Cruz]], Notario Público número 41, comparecen:
el [[TITLE:señor]] [[PERSON:Eusebio Hernández López]], de [[AGE:67]] años de edad, [[NRP:mexicano]], campesino, con domicilio en [[ADDRESS:Calle Benito Juárez número 12]], [[LOCATION:San Pablo Villa de Mitla]], C.P. [[ZIP_CODE:70430]], quien se identifica con credencial para votar con clave de elector [[ID_NUMBER:HRLPEU57110220H400]] y CURP [[ID_NUMBER:HELE571102HOCRPS04]];
y la [[TITLE:señora]] [[PERSON:Margarita Ruiz Santiago]], de [[AGE:52]] años, con domicilio en el mismo lugar,
para otorgar el contrato de compraventa de la parcela ejidal número 418, con superficie de 2-27-00 hectáreas.""",
    """AUTO DE NOTÍCIA — Polícia de Segurança Pública, Esquadra de Alfama
Data: [[DATE_TIME:3 de março de 2025]], 22h40.
Queixoso: [[PERSON:Henrique Tavares Simões]], [[AGE:34]] anos, [[NRP:português]], NIF [[ID_NUMBER:340217618]], residente na [[ADDRESS:Rua dos Remédios, 41, 2.º Dto.]], [[ZIP_CODE:1100-441]] [[LOCATION:Lisboa]], telemóvel [[PHONE_NUMBER:936 441 827]].
Factos: o queixoso declara que, pelas 21h15, junto ao Largo do Chafariz de Dentro, lhe foi subtraído o telemóvel por dois indivíduos. Testemunha: [[PERSON:Mariana Lobo]], [[PHONE_NUMBER:912 227 044]].
O agente autuante, [[TITLE:Agente Principal]] [[PERSON:Rui Baptista]] (matrícula [[ID_NUMBER:PSP 144182]]).""",
    """ATTESTATION DE TRAVAIL

Nous soussignés, Société Atlas Agro SARL, sise [[ADDRESS:Km 7, Route de Marrakech]], [[LOCATION:Agadir]], attestons que [[TITLE:M.]] [[PERSON:Abdelilah Ouazzani]], titulaire de la CIN n° [[ID_NUMBER:JB441827]], né le [[DATE_TIME:12/04/1986]] à [[LOCATION:Taroudant]], demeurant [[ADDRESS:Hay Mohammadi, Rue 14, n° 27]], [[LOCATION:Agadir]], immatriculé à la CNSS sous le n° [[ID_NUMBER:144182271]], est employé au sein de notre société en qualité de chef d'équipe (serres) depuis le [[DATE_TIME:1er février 2017]].

La présente attestation lui est délivrée à sa demande pour servir et valoir ce que de droit.

Fait à [[LOCATION:Agadir]], le [[DATE_TIME:10 mars 2025]].
Pour la Direction : [[PERSON:Hicham Berrada]], DRH""",
    """ARBEITSZEUGNIS

[[TITLE:Frau]] [[PERSON:Selina Gashi]], geboren am [[DATE_TIME:14. Juni 1995]] in [[LOCATION:Prizren]], war vom [[DATE_TIME:1. August 2019]] bis zum [[DATE_TIME:28. Februar 2025]] in unserem Betrieb, der Landi Seeland AG, [[ADDRESS:Industriestrasse 12]], [[ZIP_CODE:3250]] [[LOCATION:Lyss]], als Detailhandelsfachfrau tätig.

[[TITLE:Frau]] [[PERSON:Gashi]] hat die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit erledigt. Ihr Verhalten gegenüber Vorgesetzten, Kolleginnen und Kunden war jederzeit einwandfrei.

Sie verlässt uns auf eigenen Wunsch. Wir danken ihr und wünschen ihr für die Zukunft alles Gute.

[[LOCATION:Lyss]], [[DATE_TIME:28. Februar 2025]]
[[PERSON:Beat Zürcher]], Filialleiter""",
    """履歴書　　　[[DATE_TIME:2025年3月1日]]現在
氏名：[[PERSON:グエン・ヴァン・ハイ]]（[[PERSON:Nguyen Van Hai]]）
生年月日：[[DATE_TIME:1998年7月22日]]生（満[[AGE:26]]歳）　男
国籍：[[NRP:ベトナム]]
現住所：〒[[ZIP_CODE:460-0008]] [[LOCATION:愛知県]][[LOCATION:名古屋市]][[LOCATION:中区]][[ADDRESS:栄3丁目14番8号 サンライズ栄402]]
電話：[[PHONE_NUMBER:080-4418-2270]]　メール：[[EMAIL_ADDRESS:nvhai.1998@gmail.com]]
在留カード番号：[[ID_NUMBER:AB44182270CD]]
学歴・職歴
[[DATE_TIME:2016年 9月]]　ハノイ工科大学 入学
[[DATE_TIME:2021年 4月]]　株式会社トヨタ部品 入社（技能実習）
資格：日本語能力試験N2""",
    """PASIENRAPPORT — legevakt
Pasient: [[PERSON:Sunniva Haugland]], fnr. [[ID_NUMBER:12037430089]], [[AGE:50]] år
Adresse: [[ADDRESS:Strandgaten 41]], [[ZIP_CODE:5013]] [[LOCATION:Bergen]]
Pårørende: ektemann [[PERSON:Øyvind Haugland]], tlf. [[PHONE_NUMBER:924 41 827]]
Innkomst: [[DATE_TIME:9. mars 2025]] kl. 03.20. Fastlege: [[PERSON:Dr. Kari Nygård]].
Funn: fall på glatt føre, smerter høyre håndledd, feilstilling. Rtg: distal radiusfraktur.
Tiltak: reponert i lokalbedøvelse, gips. Kontroll på ortopedisk poliklinikk [[DATE_TIME:16.03.2025]].
Signert: turnuslege [[PERSON:Magnus Eide]]""",
]

CHAT = [
    """[[PERSON:Shanice]]: yo u still coming to carnival fete sat??
[[PERSON:Dwayne]]: ya man. pick me up by my aunty house, [[ADDRESS:22 Pembroke St]], [[LOCATION:Port of Spain]]
[[PERSON:Shanice]]: kk. my new number is [[PHONE_NUMBER:868 491 2270]] btw old phone dead
[[PERSON:Dwayne]]: saved 👍 tell [[PERSON:Kerry-Ann]] to bring the cooler""",
    """#crew-ops (Slack)
[[USERNAME:tmakoa]]: who's covering the 0600 tug on Thursday? [[PERSON:Sefo]] called in sick
[[USERNAME:lrivera]]: I can. can someone send me the pilot's number
[[USERNAME:tmakoa]]: [[TITLE:Capt]] [[PERSON:Halvorsen]] — [[PHONE_NUMBER:907 441 8273]]. he's boarding at the fuel dock
[[USERNAME:lrivera]]: 👍""",
    """Agent ([[PERSON:Priyanka]]): Thank you for calling TeleHealth Plus, may I have your full name?
CALLER: It's [[PERSON:Mo]]... [[PERSON:Mohamed Abdullahi Jama]].
Agent ([[PERSON:Priyanka]]): And your date of birth?
CALLER: The [[DATE_TIME:fourth of January, eighty-nine]].
Agent ([[PERSON:Priyanka]]): Thank you. And the postcode?
CALLER: [[ZIP_CODE:L8 1TS]]... that's [[LOCATION:Liverpool]].
Agent ([[PERSON:Priyanka]]): Perfect, I can see your appointment with [[PERSON:Dr Okoye]] tomorrow at ten.""",
    """hey it's [[PERSON:luana]] from the swim club, can u send me [[PERSON:keala]]'s emergency contact form? her mum said to email it to [[EMAIL_ADDRESS:mahina.k808@gmail.com]] not the old one""",
    """r/legaladvice — Landlord kept my whole deposit (Ontario)
Posted by u/[[USERNAME:throwaway_rentwoes]]
My landlord ([[PERSON:Gary Tremblay]]) kept $2,400 for "cleaning". I moved out of [[ADDRESS:88 Bay St, unit 4]], [[LOCATION:Hamilton]] on [[DATE_TIME:Jan 31]]. I have photos. Do I go to the LTB? He won't answer at [[PHONE_NUMBER:905-441-8227]].
> top comment, u/[[USERNAME:paralegal_pete]]: File a T1 at the LTB. Keep your photos. Don't post his number here.""",
    """Abuelita [[PERSON:Carmen]]: mijo ya llegué a [[LOCATION:Miami]]??
[[PERSON:Jonathan]]: not yet abuela, landing 4:30
Abuelita [[PERSON:Carmen]]: ok tu tío [[PERSON:Rafa]] te busca, su cel es [[PHONE_NUMBER:305 418 2297]]
[[PERSON:Jonathan]]: ok love u""",
    """Discord — #lfg-raids
[[USERNAME:KaiserWolf#4418]]: need 2 more for the raid tonight, dm me
[[USERNAME:mikasa_uwu]]: me!! my steam is [[USERNAME:mikasa_uwu_88]]
[[USERNAME:KaiserWolf#4418]]: added. voice in 10
[[USERNAME:mikasa_uwu]]: lol my irl name is [[PERSON:Hana]] btw if u hear my mom yelling it""",
    """WhatsApp — Co-op Board
[[PERSON:Mr. Sserwadda]]: Members, the buyer from [[LOCATION:Kampala]] comes on Friday the [[DATE_TIME:14th]]. Weigh station opens 7am.
[[PERSON:Nakato]]: Noted. Who has the receipt book?
[[PERSON:Mr. Sserwadda]]: [[PERSON:Okello]] has it. His line [[PHONE_NUMBER:0772 441 827]].
[[PERSON:Nakato]]: ok. Also Mama [[PERSON:Achieng]] says her payment for Jan is missing, MoMo [[PHONE_NUMBER:0701 227 904]]""",
    """Me: hi is this the listing for the room on [[ADDRESS:Rua das Flores 41]]?
Landlord 🏠: yes still available. When do you want to view?
Me: Saturday [[DATE_TIME:15th]]? I'm [[PERSON:Aoife]], [[NRP:Irish]], [[AGE:26]], working at Google [[LOCATION:Lisbon]]
Landlord 🏠: ok Saturday 11h. Ask for [[TITLE:Sr.]] [[PERSON:Fernando]] at the door""",
    """Support chat — RideNow
You: my driver took a different route and charged me 2x
Support: Sorry about that! Can you confirm the email on your account?
You: [[EMAIL_ADDRESS:tash.gunawardena@hotmail.com]]
Support: Thanks [[PERSON:Natasha]]. I see the trip with [[PERSON:Ruwan]] (plate [[ID_NUMBER:CAB-4418]]) from [[LOCATION:Colombo 7]]. I've refunded LKR 1,150.""",
    """[[PERSON:Tasi]]: did u send the money to [[PERSON:Losa]] yet
[[PERSON:Ioane]]: yeah thru Digicel mobile money, [[PHONE_NUMBER:7741822]]
[[PERSON:Tasi]]: thx she needs it for the fa'alavelave on saturday the [[DATE_TIME:8th]]""",
    """Voicemail transcript (auto): "Hi, this is [[PERSON:Bernadette]] from the dental lab, calling for [[PERSON:Dr. Nakashima]]. The crowns for [[PERSON:Mr. Reyes]] are ready, the case is under [[PERSON:Eduardo Reyes]]. Call me back on [[PHONE_NUMBER:oh four one eight, two two seven, nine oh four]]. Thanks, bye." """,
    """Telegram — Almaty expats
[[USERNAME:dana_kz]]: anyone know a good notary near Abay ave?
[[USERNAME:mark_in_almaty]]: [[PERSON:Saltanat Ibraeva]], she speaks English. office at [[ADDRESS:Abay 44, office 12]]. +7 727 441 8200
[[USERNAME:dana_kz]]: thank you!!""",
    """[[PERSON:Kiri]]: bro the pig for the hangi is sorted. Uncle [[PERSON:Tama]] dropping it at [[ADDRESS:14 Rata St]] tomorrow
[[PERSON:Wiremu]]: chur. whats his number in case he gets lost
[[PERSON:Kiri]]: [[PHONE_NUMBER:027 441 8839]]
[[PERSON:Wiremu]]: sweet as""",
    """Teams — Recruiting
[[PERSON:Hannah Lowe]]: Candidate [[PERSON:Arjun Pillai]] accepted! Start [[DATE_TIME:April 7]].
[[PERSON:Marcus Feld]]: 🎉 Can you send me his personal email for the laptop shipping?
[[PERSON:Hannah Lowe]]: [[EMAIL_ADDRESS:arjun.pillai.93@gmail.com]], ship to [[ADDRESS:502 Brannan St, Apt 7]], [[LOCATION:San Francisco]] [[ZIP_CODE:94107]]""",
    """neighbourhood group post:
FOUND 🐕 brown staffy near the corner of Main & Fifth, no collar. Has a chip apparently. I'm [[PERSON:Deb]], text [[PHONE_NUMBER:0412 907 443]] if yours. also if anyone knows [[PERSON:Trevor]] who lives at number [[ADDRESS:9 Banksia Ct]] I think it's his""",
    """Courier: hi, parcel for [[PERSON:Ahmed Benali]] at [[ADDRESS:Avenue Hassan II 118, 4e étage]]? nobody answers
[[PERSON:Ahmed]]: sorry at work. leave it with the concierge [[TITLE:Si]] [[PERSON:Mustapha]]
Courier: ok, need a code. last 4 of your phone?
[[PERSON:Ahmed]]: 8207""",
    """Call centre transcript — bank
AGENT: Can you spell your surname please?
CUSTOMER: [[PERSON:O-K-O-N-J-O]].
AGENT: And the first line of your address?
CUSTOMER: [[ADDRESS:Forty-one Ridgeway Road]], [[LOCATION:Harrow]].
AGENT: Thank you, [[PERSON:Mrs Okonjo]]. I'll send a one-time code to the mobile ending 227.""",
    """iMessage
Mom: Did you call the alumni office about your transcript
[[PERSON:Jade]]: yes they need my student ID [[ID_NUMBER:900441827]] and a $15 fee
Mom: Use my card then
[[PERSON:Jade]]: ok send me a pic of it
Mom: [[CREDIT_CARD:4537 9610 1953 4079]] exp 11/27 don't share it!!""",
    """Forum: expat.ph › Visas
Post by [[USERNAME:BrisbaneBob]]
My wife [[PERSON:Marivic]] and I are applying for her partner visa. Our agent [[PERSON:Leonora Castillo]] (MARN [[ID_NUMBER:1744182]]) says we need police clearance from [[LOCATION:Cebu]]. Anyone done this recently?""",
    """SMS from 2FA: Your verification code is 441827. Do not share it.
SMS to [[PHONE_NUMBER:+61 431 227 904]]: hey [[PERSON:Jules]] it's [[PERSON:Bec]], code for the gym door is 2209#, I'll be there by 6""",
    """Live chat — GigHub
[[PERSON:Sam]] (agent): Hi! How can I help?
[[USERNAME:nkemdirim_designs]]: my payout of $420 hasn't arrived. account email [[EMAIL_ADDRESS:nkem.dirim@gmail.com]]
[[PERSON:Sam]] (agent): I see it went to the old bank acct ending 2209. Want to update to PayPal?
[[USERNAME:nkemdirim_designs]]: yes, paypal is [[EMAIL_ADDRESS:nkemdirim.payments@gmail.com]]""",
    """#general (Discord, "Harbour FC Supporters")
[[USERNAME:redscarf_91]]: anyone selling a ticket for saturday
[[USERNAME:old_tom_ashby]]: I've got one, row K. £35. Venmo not a thing here lol, bank transfer to [[PERSON:Thomas Ashby]]
[[USERNAME:redscarf_91]]: sorted mate ta""",
    # non-English
    """[[PERSON:Lupita]]: oye ya mandaste los papeles de la beca??
[[PERSON:Chuy]]: sii, con mi CURP y todo. me dijeron que llamara a la [[TITLE:lic.]] [[PERSON:Verónica]] al [[PHONE_NUMBER:55 4418 2270]]
[[PERSON:Lupita]]: ok yo voy el lunes [[DATE_TIME:10]] a dejarlos 😩""",
    """[[PERSON:Rafa]]: mano, o motoboy vai entregar na [[ADDRESS:Rua Augusta, 1418, ap 72]]? 
[[PERSON:Gui]]: isso, fala que é pro [[PERSON:Guilherme]]. se não atender liga [[PHONE_NUMBER:(11) 98441-8227]]
[[PERSON:Rafa]]: blz, manda o pix então: [[EMAIL_ADDRESS:gui.santana@gmail.com]]""",
    """[[TITLE:Bu]] [[PERSON:Sari]]: Mbak, besok jadi ke posyandu? Dek [[PERSON:Ayu]] umurnya udah [[AGE:9]] bulan kan
[[PERSON:Wulan]]: jadi Bu, jam 8. Alamat baru saya [[ADDRESS:Jl. Kaliurang Km 7, Gg. Melati No. 12]], [[LOCATION:Sleman]]
[[TITLE:Bu]] [[PERSON:Sari]]: oke, nanti saya jemput""",
    """[[PERSON:Emre]]: abi kargo hala gelmedi, takip no 4418227
[[PERSON:Serkan]]: adres doğru mu? [[ADDRESS:Atatürk Cad. No: 41 D: 3]], [[LOCATION:Bornova]]?
[[PERSON:Emre]]: evet, telefonum da [[PHONE_NUMBER:0533 441 82 27]]
[[PERSON:Serkan]]: tamam kuryeye söylerim""",
    """[[PERSON:Khalid]]: ya akhi wen sakin hal7een?
[[PERSON:Fahad]]: fi [[LOCATION:Al Nahda]], [[ADDRESS:bldg 12 flat 504]], [[LOCATION:Sharjah]]
[[PERSON:Khalid]]: tamam, raqmak el jadeed?
[[PERSON:Fahad]]: [[PHONE_NUMBER:050 441 8227]]""",
    """Chị [[PERSON:Hoa]]: em ơi, mai chị gửi hàng cho anh [[PERSON:Tuấn]] ở [[ADDRESS:45 Lê Lợi]], [[LOCATION:Huế]] nha
[[PERSON:Linh]]: dạ, số anh ấy là gì chị?
Chị [[PERSON:Hoa]]: [[PHONE_NUMBER:0905 441 827]]""",
    """[[PERSON:Élodie]] : coucou, t'as l'adresse de la sage-femme ?
[[PERSON:Manon]] : oui, [[TITLE:Mme]] [[PERSON:Peeters]], [[ADDRESS:Chaussée de Waterloo 412]], [[ZIP_CODE:1180]] [[LOCATION:Uccle]]. son gsm c'est le [[PHONE_NUMBER:0476 41 82 27]]
[[PERSON:Élodie]] : merci ! j'ai rdv le [[DATE_TIME:18]] alors, je suis à 32 semaines 😅""",
]

TABLE = [
    """member_no,first_name,last_name,village,phone,hectares,joined
[[ID_NUMBER:KCU-0412]],[[PERSON:Apolo]],[[PERSON:Nsubuga]],[[LOCATION:Kasese]],[[PHONE_NUMBER:0772 418 903]],2.5,[[DATE_TIME:2019-03-11]]
[[ID_NUMBER:KCU-0413]],[[PERSON:Harriet]],[[PERSON:Kabugo]],[[LOCATION:Bwera]],[[PHONE_NUMBER:0701 552 418]],1.2,[[DATE_TIME:2019-03-11]]
[[ID_NUMBER:KCU-0588]],[[PERSON:Moses]],[[PERSON:Bwambale]],[[LOCATION:Kasese]],[[PHONE_NUMBER:0782 904 227]],4.0,[[DATE_TIME:2021-07-02]]""",
    """Name\tRank\tNationality\tDOB\tPassport\tSeaman's book
[[PERSON:Arvind Rajaram]]\tMaster\t[[NRP:Indian]]\t[[DATE_TIME:12-Jan-1971]]\t[[ID_NUMBER:Z4418227]]\t[[ID_NUMBER:MUM 144182]]
[[PERSON:Ruel Dimaano]]\tChief Officer\t[[NRP:Filipino]]\t[[DATE_TIME:03-Sep-1982]]\t[[ID_NUMBER:P4418227B]]\t[[ID_NUMBER:C2044182]]
[[PERSON:Oleksii Bondar]]\t2nd Engineer\t[[NRP:Ukrainian]]\t[[DATE_TIME:27-Jun-1988]]\t[[ID_NUMBER:FA441827]]\t[[ID_NUMBER:AB 044182]]
[[PERSON:Samisoni Tuipulotu]]\tAB\t[[NRP:Tongan]]\t[[DATE_TIME:19-Nov-1995]]\t[[ID_NUMBER:T0441827]]\t[[ID_NUMBER:TON-2271]]""",
    """| Subject ID | Initials | Age | Sex | Site | Consent date | Randomised |
|---|---|---|---|---|---|---|
| [[ID_NUMBER:031-004]] | [[PERSON:K.L.]] | [[AGE:58]] | M | [[LOCATION:Cape Town]] | [[DATE_TIME:2024-06-03]] | Yes |
| [[ID_NUMBER:031-005]] | [[PERSON:N.D.M.]] | [[AGE:61]] | F | [[LOCATION:Cape Town]] | [[DATE_TIME:2024-06-10]] | Yes |
| [[ID_NUMBER:044-001]] | [[PERSON:A.vdM.]] | [[AGE:47]] | F | [[LOCATION:Bloemfontein]] | [[DATE_TIME:2024-07-22]] | No (screen fail) |""",
    """{"player": "[[PERSON:Joaquín Benítez]]", "dob": "[[DATE_TIME:2006-02-14]]", "nationality": "[[NRP:Paraguayan]]", "club_id": "[[ID_NUMBER:CP-44182]]", "guardian_phone": "[[PHONE_NUMBER:+595 981 441 827]]"}
{"player": "[[PERSON:Matías Giménez]]", "dob": "[[DATE_TIME:2005-11-30]]", "nationality": "[[NRP:Argentine]]", "club_id": "[[ID_NUMBER:CP-44190]]", "guardian_phone": "[[PHONE_NUMBER:+54 9 370 441-2271]]"}
{"player": "[[PERSON:Derlis Ayala]]", "dob": "[[DATE_TIME:2006-08-08]]", "nationality": "[[NRP:Paraguayan]]", "club_id": "[[ID_NUMBER:CP-44203]]", "guardian_phone": "[[PHONE_NUMBER:+595 971 220 418]]"}""",
    """volunteers:
  - name: [[PERSON:Freya Lindqvist]]
    email: [[EMAIL_ADDRESS:freya.lindqvist@gmail.com]]
    phone: "[[PHONE_NUMBER:+46 70 441 82 27]]"
    shift: gate B, Fri
    t_shirt: M
  - name: [[PERSON:Oskar Nieminen]]
    email: [[EMAIL_ADDRESS:oskar.n@elisanet.fi]]
    phone: "[[PHONE_NUMBER:+358 40 227 9041]]"
    shift: bar 2, Sat
    t_shirt: L
  - name: [[PERSON:Amira Haddou]]
    email: [[EMAIL_ADDRESS:amira.haddou@outlook.dk]]
    phone: "[[PHONE_NUMBER:+45 22 41 82 07]]"
    shift: campsite, Sun
    t_shirt: S""",
    """<applicants>
  <applicant id="[[ID_NUMBER:SCH-25-0041]]">
    <name>[[PERSON:Chipo Mutasa]]</name><dob>[[DATE_TIME:2006-05-17]]</dob>
    <school>Prince Edward School</school><city>[[LOCATION:Harare]]</city>
    <email>[[EMAIL_ADDRESS:chipo.mutasa06@gmail.com]]</email>
  </applicant>
  <applicant id="[[ID_NUMBER:SCH-25-0042]]">
    <name>[[PERSON:Tinashe Moyo]]</name><dob>[[DATE_TIME:2005-12-01]]</dob>
    <school>Milton High School</school><city>[[LOCATION:Bulawayo]]</city>
    <email>[[EMAIL_ADDRESS:tinashe.moyo@yahoo.com]]</email>
  </applicant>
  <applicant id="[[ID_NUMBER:SCH-25-0043]]">
    <name>[[PERSON:Rufaro Chikowore]]</name><dob>[[DATE_TIME:2006-09-23]]</dob>
    <school>Kriste Mambo High</school><city>[[LOCATION:Rusape]]</city>
    <email>[[EMAIL_ADDRESS:rufarochiko@gmail.com]]</email>
  </applicant>
</applicants>""",
    """APPT_DATE   TIME   PATIENT                 DOB         NHS_NO         CLINICIAN
[[DATE_TIME:03/03/2025]]  09:00  [[PERSON:Bronwen Pritchard]]       [[DATE_TIME:14/02/1958]]  [[ID_NUMBER:377 594 5806]]   [[PERSON:Dr A. Haque]]
[[DATE_TIME:03/03/2025]]  09:20  [[PERSON:Gethin Llewellyn]]        [[DATE_TIME:02/11/1990]]  [[ID_NUMBER:798 694 1111]]   [[PERSON:Dr A. Haque]]
[[DATE_TIME:03/03/2025]]  09:40  [[PERSON:Siân Morgan-Evans]]       [[DATE_TIME:30/07/2001]]  [[ID_NUMBER:510 954 9419]]   NP [[PERSON:R. Jenkins]]""",
    """driver_id=[[ID_NUMBER:DRV-20418]] name="[[PERSON:Kwame Boateng]]" phone=[[PHONE_NUMBER:+233244418227]] vehicle=[[ID_NUMBER:GR 4418-22]] rating=4.91 city=[[LOCATION:Accra]]
driver_id=[[ID_NUMBER:DRV-20433]] name="[[PERSON:Abena Owusu]]" phone=[[PHONE_NUMBER:+233201227904]] vehicle=[[ID_NUMBER:GT 2271-23]] rating=4.88 city=[[LOCATION:Accra]]
driver_id=[[ID_NUMBER:DRV-21007]] name="[[PERSON:Yaw Mensah]]" phone=[[PHONE_NUMBER:+233557904418]] vehicle=[[ID_NUMBER:AS 904-24]] rating=4.67 city=[[LOCATION:Kumasi]]""",
    """<tr><td>[[PERSON:Laila Haidari]]</td><td>[[ID_NUMBER:AFG-24-00418]]</td><td>[[DATE_TIME:4 Hamal 1368]]</td><td>[[LOCATION:Herat]]</td><td>[[PHONE_NUMBER:+49 1521 4418227]]</td></tr>
<tr><td>[[PERSON:Mohammad Nabi Rahimi]]</td><td>[[ID_NUMBER:AFG-24-00419]]</td><td>[[DATE_TIME:15 Saratan 1372]]</td><td>[[LOCATION:Mazar-i-Sharif]]</td><td>[[PHONE_NUMBER:+49 1577 2279041]]</td></tr>
<tr><td>[[PERSON:Zarghuna Sultani]]</td><td>[[ID_NUMBER:AFG-24-00420]]</td><td>[[DATE_TIME:9 Jawza 1380]]</td><td>[[LOCATION:Kabul]]</td><td>[[PHONE_NUMBER:+49 1515 9044182]]</td></tr>""",
    """Parcel;Owner;ID number;Address;Registered
LR-0441/7;[[PERSON:Kofi Agyeman]];[[ID_NUMBER:GHA-004418227-3]];[[ADDRESS:Plot 12, Block B]], [[LOCATION:East Legon]];[[DATE_TIME:12.08.2016]]
LR-0441/8;[[PERSON:Akosua Darko]];[[ID_NUMBER:GHA-712204418-9]];[[ADDRESS:Plot 14, Block B]], [[LOCATION:East Legon]];[[DATE_TIME:03.04.2018]]
LR-0902/1;[[PERSON:Nana Yaw Ofori]];[[ID_NUMBER:GHA-904418227-1]];[[ADDRESS:Hse No. 27, Oyarifa Road]], [[LOCATION:Adenta]];[[DATE_TIME:21.11.2020]]""",
    """client_id | owner                | phone           | pet     | species | last_visit
[[ID_NUMBER:V-1182]]    | [[PERSON:Gabriela Sánchez]]     | [[PHONE_NUMBER:+56 9 4418 2270]] | Luna    | dog     | [[DATE_TIME:2025-02-11]]
[[ID_NUMBER:V-1190]]    | [[PERSON:Ignacio Pérez Rojas]]  | [[PHONE_NUMBER:+56 9 2279 0441]] | Michi   | cat     | [[DATE_TIME:2025-02-19]]
[[ID_NUMBER:V-1207]]    | [[PERSON:Constanza Muñoz]]      | [[PHONE_NUMBER:+56 9 9041 8822]] | Rocky   | dog     | [[DATE_TIME:2025-03-01]]""",
    """# KYC queue export
- {customer: "[[PERSON:Aditi Bhattacharya]]", aadhaar: "[[ID_NUMBER:9151 6939 2191]]", pan: "[[ID_NUMBER:BKTPB4418M]]", mobile: "[[PHONE_NUMBER:+91 98310 44182]]", status: pending}
- {customer: "[[PERSON:Harpreet Singh Gill]]", aadhaar: "[[ID_NUMBER:6796 8600 3528]]", pan: "[[ID_NUMBER:AQZPG2271K]]", mobile: "[[PHONE_NUMBER:+91 98140 22790]]", status: verified}
- {customer: "[[PERSON:Fathima Rinshana]]", aadhaar: "[[ID_NUMBER:6109 4668 5232]]", pan: "[[ID_NUMBER:CWSPR9041L]]", mobile: "[[PHONE_NUMBER:+91 94470 41822]]", status: rejected}""",
    """| Name | Email | Grad year | Employer | City |
|------|-------|-----------|----------|------|
| [[PERSON:Takeshi Morimoto]] | [[EMAIL_ADDRESS:t.morimoto@alum.keio.jp]] | 2009 | Rakuten | [[LOCATION:Tokyo]] |
| [[PERSON:Yuna Kawaguchi]] | [[EMAIL_ADDRESS:yuna.kawaguchi@gmail.com]] | 2012 | Sony | [[LOCATION:Singapore]] |
| [[PERSON:Daichi Hoshino]] | [[EMAIL_ADDRESS:daichi.hoshino@outlook.jp]] | 2015 | freelance | [[LOCATION:Fukuoka]] |""",
    """timestamp,src_ip,user,action,country
09:14:02,[[IP_ADDRESS:88.119.44.182]],[[USERNAME:jonas.petraitis]],login_ok,[[LOCATION:LT]]
09:14:40,[[IP_ADDRESS:88.119.44.182]],[[USERNAME:jonas.petraitis]],export_csv,[[LOCATION:LT]]
11:02:17,[[IP_ADDRESS:213.197.160.27]],[[USERNAME:ieva.kalnina]],login_fail,[[LOCATION:LV]]
11:02:29,[[IP_ADDRESS:213.197.160.27]],[[USERNAME:ieva.kalnina]],login_ok,[[LOCATION:LV]]""",
    """[
  {"guest": "[[PERSON:Omar Al-Sabah]]", "passport": "[[ID_NUMBER:K0441827]]", "checkin": "[[DATE_TIME:2025-04-02]]", "checkout": "[[DATE_TIME:2025-04-05]]", "card": "[[CREDIT_CARD:5387 3332 1838 5984]]"},
  {"guest": "[[PERSON:Rania Mansour]]", "passport": "[[ID_NUMBER:A22790418]]", "checkin": "[[DATE_TIME:2025-04-02]]", "checkout": "[[DATE_TIME:2025-04-09]]", "card": "[[CREDIT_CARD:4195 2574 3922 3812]]"},
  {"guest": "[[PERSON:Tarek Benhaddou]]", "passport": "[[ID_NUMBER:18AV44182]]", "checkin": "[[DATE_TIME:2025-04-03]]", "checkout": "[[DATE_TIME:2025-04-04]]", "card": "[[CREDIT_CARD:3757 904114 36960]]"}
]""",
    # non-English headers
    """Nombre,Apellidos,DNI,Fecha de nacimiento,Teléfono,Distrito
[[PERSON:Rosa Elvira]],[[PERSON:Condori Apaza]],[[ID_NUMBER:44182270]],[[DATE_TIME:14/05/1987]],[[PHONE_NUMBER:951 441 827]],[[LOCATION:Juliaca]]
[[PERSON:Wilber]],[[PERSON:Mamani Quispe]],[[ID_NUMBER:70441822]],[[DATE_TIME:02/11/1994]],[[PHONE_NUMBER:984 227 904]],[[LOCATION:Ilave]]
[[PERSON:Yesenia]],[[PERSON:Huanca Ticona]],[[ID_NUMBER:46902271]],[[DATE_TIME:23/08/1990]],[[PHONE_NUMBER:973 904 418]],[[LOCATION:Puno]]""",
    """Nome;Cognome;Codice socio;Telefono;Comune;Iscrizione
[[PERSON:Giuseppe]];[[PERSON:Lo Cascio]];[[ID_NUMBER:CS-2241]];[[PHONE_NUMBER:333 441 8227]];[[LOCATION:Mazara del Vallo]];[[DATE_TIME:04/02/2011]]
[[PERSON:Rosaria]];[[PERSON:Giacalone]];[[ID_NUMBER:CS-2259]];[[PHONE_NUMBER:347 227 9041]];[[LOCATION:Marsala]];[[DATE_TIME:19/06/2015]]
[[PERSON:Salvatore]];[[PERSON:Asaro]];[[ID_NUMBER:CS-2307]];[[PHONE_NUMBER:320 904 4182]];[[LOCATION:Mazara del Vallo]];[[DATE_TIME:11/01/2019]]""",
    """Navn                  Fødselsnr.     Adresse                       Postnr  Sted
[[PERSON:Erlend Solheim]]        [[ID_NUMBER:23048642365]]    [[ADDRESS:Fjellveien 12]]                 [[ZIP_CODE:9008]]    [[LOCATION:Tromsø]]
[[PERSON:Arne Bakken]]           [[ID_NUMBER:08116208742]]    [[ADDRESS:Kalfarveien 57]]                [[ZIP_CODE:5018]]    [[LOCATION:Bergen]]
[[PERSON:Kari Nordvik]]          [[ID_NUMBER:21069106614]]    [[ADDRESS:Storgata 7B]]                   [[ZIP_CODE:8006]]    [[LOCATION:Bodø]]""",
    """Name,Geburtsdatum,SV-Nummer,Adresse,PLZ,Ort
[[PERSON:Johanna Pichler]],[[DATE_TIME:22.01.1979]],[[ID_NUMBER:4424 220179]],[[ADDRESS:Herrengasse 14]],[[ZIP_CODE:8010]],[[LOCATION:Graz]]
[[PERSON:Florian Gruber]],[[DATE_TIME:03.07.1985]],[[ID_NUMBER:2275 030785]],[[ADDRESS:Linzer Straße 88/3]],[[ZIP_CODE:4020]],[[LOCATION:Linz]]
[[PERSON:Selin Aydın]],[[DATE_TIME:15.10.1992]],[[ID_NUMBER:4187 151092]],[[ADDRESS:Getreidegasse 21]],[[ZIP_CODE:5020]],[[LOCATION:Salzburg]]""",
    """姓名,性別,出生日期,身分證字號,電話,地址
[[PERSON:陳怡君]],女,[[DATE_TIME:民國79年3月12日]],[[ID_NUMBER:F258073026]],[[PHONE_NUMBER:0912-441-827]],[[LOCATION:臺北市]][[LOCATION:大安區]][[ADDRESS:復興南路一段41號5樓]]
[[PERSON:林志明]],男,[[DATE_TIME:民國72年8月30日]],[[ID_NUMBER:A171620213]],[[PHONE_NUMBER:0933-227-904]],[[LOCATION:新北市]][[LOCATION:板橋區]][[ADDRESS:文化路二段88號]]
[[PERSON:黃美玲]],女,[[DATE_TIME:民國85年11月5日]],[[ID_NUMBER:B203642620]],[[PHONE_NUMBER:0955-904-418]],[[LOCATION:臺中市]][[LOCATION:西屯區]][[ADDRESS:台灣大道三段99號12樓之3]]""",
]

LOOKALIKE = [
    """PORT NOTICE 2025/044 — Berth allocation, Terminal 2
MV "Alexander von Humboldt" (IMO 9418274, MMSI 636091827) will shift from berth 7 to berth 11 at 14:00 LT. Containers MSKU4418226, TGHU9044183 and CMAU2270416 are on customs hold (seal nos. 0441827, 0441828). Reefer plug checks at 16:00. Pilot boarding ground 53°57.2'N 004°41.8'E. Enquiries: harbour master's office, +31 10 252 1010. Agent on duty tonight: [[PERSON:Pieter Verhoeven]] ([[PHONE_NUMBER:+31 6 4418 2270]]).""",
    """METAR EHAM 141125Z 24014KT 9999 FEW022 08/03 Q1018 NOSIG
Aircraft PH-BXE and PH-EXK are swapped on KL1001/KL1002; OO-SNA remains AOG at stand D7 (hydraulic pump, P/N 2D4418-227, S/N HYD044182). TAF amended at 1100Z. Crew scheduling will publish the revised pairing before 15:00; [[TITLE:Capt.]] [[PERSON:M. Kuipers]] has been informed.""",
    """Release notes — Gateway firmware 4.18.227.1 (build 20250214)
- Fixes CVE-2024-44182 (heap overflow in the DHCP client) and CVE-2025-0227.
- Default LAN subnet unchanged; the 10.0.0.x and 192.168.1.x ranges in the docs are examples only.
- Hash (SHA-256): 9f2c4e1a7b0d3c8e5f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a
- Known issue: units with MAC prefix 3C:22:FB may need a second reboot.
Thanks to [[PERSON:Tomasz Lewandowski]] for reporting the DHCP bug responsibly.""",
    """Assay batch AB-250311-07 ([[LOCATION:Kalgoorlie]] lab)
Sample ID        Au g/t   Cu %    Hole
KAL-25-04418     2.41     0.08    RC2211
KAL-25-04419     0.37     0.02    RC2211
KAL-25-04420    11.90     0.11    RC2212
QAQC: standard OREAS 232 within 2SD; blank BLK-044 below detection. Lab certificate ISO/IEC 17025 accreditation no. 4418. Results released to the site geologist, [[PERSON:Priya Raman]] ([[EMAIL_ADDRESS:priya.raman@goldfieldsexpl.com.au]]).""",
    """Catch log summary — Vessel "Nuestra Señora del Carmen" (matrícula CO-4-2271, licence class B)
Haul 1: 34°12'S 72°05'W, merluza 1,220 kg, jibia 340 kg.
Haul 2: 34°18'S 72°09'W, merluza 980 kg.
Observer programme ref. OBS-25-0418; landing at caleta Duao. Fuel used 418 L. Skipper: [[PERSON:Luis Alberto Vergara]], RUT [[ID_NUMBER:12.285.656-9]].""",
    """Festival tech rider — Stage 2 (Main tent)
FOH: DiGiCo SD12, show file v3.7.9.2; stage box on 192.168.0.x (default, do not change).
DMX universe 1 start address 001, fixtures Robe MegaPointe (addr 001–034), Martin MAC Aura (addr 101–198).
Timecode: LTC 25 fps, first cue at 01:00:00:00. Intercom: Clear-Com channel A/B.
Artist liaison for Stage 2 is [[PERSON:Femi Adeyinka]] ([[PHONE_NUMBER:07441 822 790]]).""",
    """ClinicalTrials.gov NCT05441822 — "Semaglutide in Adolescent Obesity (STEP-TEENS-2)". Sponsor: Novo Nordisk A/S. EudraCT 2024-004418-22. Status: recruiting. Primary outcome: change in BMI z-score at week 68. Contact the central study desk, not the sites.""",
    """Library new arrivals:
- "Tides of the Pacific" by [[PERSON:Epeli Hau'ofa]], ISBN 978-1-83797-745-1
- Journal of Pacific History, ISSN 7681-999X, vol. 60 no. 1
- "The Darwin Notebooks", ISBN 979-2-79104-860-6 (reference only)
Reading Room hours: Mon–Fri 9–5. Ask at the Turnbull desk.""",
    """Product listing: Organic Earl Grey tea, 100 g — EAN 5069978586119, SKU EG-100-ORG, ASIN B0D4418227. Also in stock: Eggs Benedict kit (EAN 4006493211981), Peach Melba sauce, Caesar dressing 250 ml (EAN 7501531897938). Batch L25044, best before 02/2027. Top review by [[USERNAME:teatime_tess]]: "smells like a proper cuppa".""",
    """Fund factsheet: Pacific Infrastructure Income Fund, ISIN GB00B4418240, LEI 549300K4Q8ZLT4182273, SEDOL B441824. Ongoing charge 0.72%. The fund does not hold shares in Rio Tinto or BHP as of the last rebalance. Manager commentary by [[PERSON:Harriet Fenwick]], CFA.""",
    """Directions to the venue: take Nelson Mandela Boulevard to Kwame Nkrumah Circle, turn left onto Haile Selassie Avenue and continue past the Abebe Bikila Stadium. Parking at the Queen Elizabeth II car park, levels 2–4. Shuttle buses every 15 minutes from Jomo Kenyatta International Airport.""",
    """Replacement part request: handset IMEI 354418279044180, model SM-A546E, serial R58W4418227. Device UUID 3f2a9c1e-7b44-4d18-a227-0c9e41f8b2d7. Warranty RMA-0441827. Ship to service centre; no customer data on the device.""",
    """Genealogy society meeting: talk on "The Mutiny on the Bounty and its Descendants" — the mutineers' descendants on Pitcairn and Norfolk Island, with DNA results from haplogroup R1b-L21 and the 1856 resettlement lists. Members only; free for under-18s.""",
    """Seed catalogue 2025: tomato 'Mortgage Lifter', 'Cherokee Purple' and 'Mr. Stripey'; apple trees 'Granny Smith', 'Cox's Orange Pippin' and 'Bramley's Seedling'; rose 'Gertrude Jekyll'. Order code TOM-441-82, lot 2271. Postage to Ireland and Northern Ireland flat €6.50.""",
    """VAT return filed for Kaimai Honey Ltd (GST 114-418-226, NZBN 9429044182250, company no. 4418227). Office: +64 7 441 8227, accounts@kaimaihoney.co.nz. Prepared by our accountant, [[PERSON:Aroha Tipene]], CA.""",
]


# ---- end of records ----

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "doc": DOC,
    "chat": CHAT,
    "table": TABLE,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind21", STYLES, OUT)


if __name__ == "__main__":
    main()

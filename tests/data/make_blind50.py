"""Build tests/data/blind50.jsonl: a fiftieth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind50.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of any other gold set
(no *.jsonl file, no other make_*.py script and no record list in one). The
only files read were: lines 1-121 of make_blind22.py (its docstring with the
labeling conventions and style descriptions, and its import lines) and its
tail from `STYLES = {` to the end of the file (the scaffolding copied here);
gold_sets.py in full; lines 1-64 of make_handwritten.py (its conventions,
the MARK and TITLE_IN_NAME regexes and `parse()`). No git history or log
was read; one `git status` was run by mistake with its output thrown away
unseen, and nothing was committed. The detector, the bench and the tests
were never run on this file. Do not tune the detector against it: once it
has been used to tune, it no longer measures anything; write a new set
instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country; the national check characters inside the
Italian (CIN), French (RIB key), Spanish and Belgian IBANs are right too.
National ids with a public check digit were given a valid one:
NHS numbers, Canadian SINs, Aadhaar (Verhoeff), Dutch BSN (11-test),
Italian codici fiscali (which also agree with the person's name, sex, birth
date and birthplace where they show), Singapore NRIC, Australian TFN, New
Zealand IRD and NHI numbers, Irish PPSNs, South African ids (agreeing with
sex and birth date) and US NPI numbers; so were the look-alikes that
carry one (ISBN-13). All of these were worked out by
hand-run throwaway code while writing, kept outside the project; none of
the records is generated here. Malaysian MyKad numbers agree with the birth
date and with the sex (odd last digit for men, even for women) but have no
public check digit; UK NI numbers, US SSNs, PAN, KRA PINs, Philippine SSS,
PhilHealth and TIN numbers, Qatar ids, passports, licences, plates, bank
account numbers and staff, student, member, patient and pass numbers were
not checked.

Styles (ids `blind50-<style>-NNN`; 240 records):
- `bench` (98): records in the manner of the public PII-masking benchmarks:
  ai4privacy pii-masking-200k/300k/400k (37: odd mixed sentences dense with
  names, job titles, streets with building numbers and secondary addresses,
  IPv4/IPv6, MACs, user agents, cards with CVV and expiry, IBAN with BIC,
  plates and VINs, PINs), gretel-pii-masking-en-v1 (30: claims, tenancy and
  sale contracts, discharge summaries, loan, KYC and credit-card forms,
  notices, summons, powers of attorney, lab and immunization records) and
  Nemotron-PII (31: JSON, web and ssh logs, SQL, XML, FHIR, YAML, .env and
  INI config, Python, Java and JavaScript code, HTTP dumps, tracebacks,
  email headers, commits, tickets and forms).
- `gen` (92): one to four LLM-style sentences with personal data woven into
  prose, with extra weight on bus and rail passes, credit bureau disputes,
  funeral arrangements, IT helpdesk password resets, maternity records and
  property auctions, and the rest spread over banking, insurance, pharmacy,
  schools and universities, HR and payroll, vets, gyms, deliveries, travel,
  telecoms, government services, lettings, gaming, social media, dating,
  charities, car hire, utilities, immigration, courts, police, sport,
  libraries, canvassing, churches, dentists, tax, pensions and moving; names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record rendered as text (CSV,
  semicolon CSV, TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key:
  value blocks), with varied column names and non-PII columns; header rows
  unlabeled.
- `chat` (8): support chats, a family messaging thread, a friends' group
  chat, team chat, an estate agents' thread, a game channel and a live-chat
  transcript, with the speakers' names labeled wherever they appear.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and change references, SKUs, ISBNs, versions shaped like
  IPs, hashes, serials, OIDs, company numbers, company phones, role
  mailboxes, eponyms, streets named after people with no number), the few
  real PII values labeled; one of them has no PII at all.
About nine records in ten are in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, Malaysia, the Philippines,
Nigeria, Ghana, Kenya, South Africa and elsewhere, with names from the many
cultures living there); the rest are in Italian, Dutch (Netherlands),
Tagalog mixed with English, and Malay.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, death, funeral, appointment, move,
  start of a job, hearing, visit, signature, letter ...) with a day or
  month, in any shape; a weekday or a clock time said with the date is
  inside the span; a time or weekday alone is not, nor bare years,
  durations, or dates not tied to a person (sale, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys and tokens, genders, job titles, user
  agents, MAC addresses, sort codes, BSB, IFSC and routing numbers, CVVs
  and expiries, PINs, order / ticket / claim / policy / booking / tracking /
  case references, company phone numbers and role mailboxes, versions,
  hashes, serials, partial numbers ("ending 4417", "last 4"), pets,
  eponyms and brands named after people, employers, a header row.
- Calls made while writing this set, in the same spirit: a BIC / SWIFT
  code is unlabeled like a sort code; a VIN and an IMEI are unlabeled like
  serials; a personal travel pass or photocard number is ID_NUMBER (like a
  member number), but a ticket, PNR or booking reference is not, and a
  pass's "valid until" date is unlabeled like a card expiry; an auction
  paddle or lot number is unlabeled, and an auction's own date is not a
  person's date (a buyer's completion date and a signing date are); a US
  NPI is ID_NUMBER (it names one clinician); a log, audit or commit
  timestamp on a line recording a named user's action is DATE_TIME (like a
  "last login"), and so is an email's Date header; a row id or record key
  in code is unlabeled, a customer id is ID_NUMBER, and a loan or debt
  account number is ID_NUMBER like a bank account number; a "prefix" honorific
  in capitals (MR, MRS) is TITLE; a "nationality" field holding a code
  (IND) is NRP; a staff-directory extension is unlabeled like a company
  phone; an email address of a named person at their own company is
  EMAIL_ADDRESS; an address is ADDRESS whoever lives or works there (an
  office's or a clinic's street address too), while a company's own phone
  number and mailbox stay unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind50.jsonl")

GEN = [
    # --- bus and rail passes ---
    """My 16-25 Railcard was renewed online but the photocard still shows my old surname. It's [[PERSON:Aoife Gallagher]] now, not [[PERSON:Aoife Brennan]]. Railcard number [[ID_NUMBER:R16-4471-0932]], date of birth [[DATE_TIME:03/02/2004]], and you can text me on [[PHONE_NUMBER:07823 416 905]].""",
    """[[PERSON:Hamish Drummond]], aged [[AGE:67]], of [[ADDRESS:14 Braeside Crescent]], [[LOCATION:Kilmarnock]] [[ZIP_CODE:KA3 7QT]], applied for his free bus travel card on [[DATE_TIME:9 September 2024]] and, seven weeks later, is still waiting for it to arrive.""",
    """hi this is [[PERSON:marisol quintero]], my reduced fare transit card stopped working after i moved to [[ADDRESS:2207 S Holgate St, Apt 3B]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98144]]. the number on the back is [[ID_NUMBER:3308 4412 9071 5560]] if that helps, my cell is [[PHONE_NUMBER:206-519-7732]]""",
    """The Opal concession for [[PERSON:Tran Thi Mai]] was approved once her student ID, [[ID_NUMBER:z5392117]], was verified; confirmation went to [[EMAIL_ADDRESS:mai.tran.syd@gmail.com]] and a text to [[PHONE_NUMBER:0412 558 031]].""",
    """Can you please refund the double tap on my transit card? It happened on [[DATE_TIME:Feb 14 at 8:12 a.m.]] at the Bramalea stop. Card number [[ID_NUMBER:3124 5810 0093 2176]], registered to [[PERSON:Gurpreet Sandhu]], [[ADDRESS:88 Queen Mary Dr]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6X 4K2]].""",
    """Beste klantenservice, mijn persoonlijke OV-chipkaart met kaartnummer [[ID_NUMBER:3528 0100 4417 2290]] is op [[DATE_TIME:12 maart]] gestolen. Ik ben [[PERSON:Sanne de Vries]], geboren [[DATE_TIME:04-08-1996]], en woon op de [[ADDRESS:Kruisstraat 27-II]] in [[LOCATION:Haarlem]]. Kunt u het saldo overzetten naar een nieuwe kaart? Mijn telefoonnummer is [[PHONE_NUMBER:06 41 87 22 90]].""",
    """Senior citizen concession was not applied to my father's ticket on PNR 4521873306 even though [[PERSON:K. Ramachandran]] is [[AGE:63]] and his date of birth, [[DATE_TIME:15-08-1961]], is on his profile. Please refund the difference to the account holder, [[PERSON:Vivek Ramachandran]], [[EMAIL_ADDRESS:vivek.ram1987@rediffmail.com]].""",
    """Abbonamento annuale: intestatario [[PERSON:Francesca Esposito]], nata a [[LOCATION:Napoli]] il [[DATE_TIME:22/02/1993]], codice fiscale [[ID_NUMBER:SPSFNC93B62F839T]], residente in [[ADDRESS:viale Monza 118]], [[ZIP_CODE:20127]] [[LOCATION:Milano]]. La tessera n. [[ID_NUMBER:0190 4427 3815]] è stata spedita il giorno stesso.""",
    """Saya [[PERSON:Tan Wei Liang]] ingin memohon kad konsesi bas bulanan untuk warga emas bagi pihak ibu saya, [[PERSON:Ooi Bee Hoon]], [[AGE:68]] tahun. No. MyKad ibu saya ialah [[ID_NUMBER:561030-07-5208]] dan alamat kami [[ADDRESS:No. 23, Lorong Kenari 4]], [[LOCATION:Bayan Lepas]], [[ZIP_CODE:11900]] [[LOCATION:Pulau Pinang]].""",
    """Lost my weekly pass on the 38 bus this morning, it's a personalised one with my photo and name on it ([[PERSON:Declan Mulcahy]]), card ending 0417. If anyone in [[LOCATION:Rathmines]] finds it, ring [[PHONE_NUMBER:087 226 4183]].""",
    # --- credit bureau disputes ---
    """I am writing to dispute an item on my credit report. My name is [[PERSON:Denise Okafor-Whitley]], SSN [[US_SSN:418-72-6093]], date of birth [[DATE_TIME:November 30, 1979]]. The collection account from a debt buyer (account ending 7731) does not belong to me, and I have never lived at [[ADDRESS:4410 Pecan Grove Ln]], [[LOCATION:Shreveport]], [[LOCATION:LA]] [[ZIP_CODE:71106]].""",
    """[[PERSON:Marcus Oyelaran]] has added a notice of correction to his credit file after a default from a mobile contract was registered on [[DATE_TIME:2 June 2023]]; he says the account was opened fraudulently using his old address, [[ADDRESS:Flat 6, 19 Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4PU]].""",
    """Hi, my credit report shows two hard inquiries I never authorized, dated [[DATE_TIME:January 8]] and [[DATE_TIME:January 11, 2025]]. For verification: [[PERSON:Élodie Tremblay]], SIN [[ID_NUMBER:527 318 042]], [[ADDRESS:1180 rue Beaubien Est, app. 4]], [[LOCATION:Montréal]] [[LOCATION:QC]] [[ZIP_CODE:H2S 1T6]].""",
    """my score dropped 80 points because the bureau has me listed with a default from a phone company i was never with. full name [[PERSON:Kieran Yusuf Patel]], dob [[DATE_TIME:17.04.1991]], NSW licence [[ID_NUMBER:14829307]]. pls fix this before my home loan settles""",
    """Dear Sir/Madam, a personal loan of Rs 3,50,000 shown against my PAN [[ID_NUMBER:BQKPS7421M]] was never taken by me. I am [[PERSON:Sunita Shrivastava]], residing at [[ADDRESS:Flat 302, Shanti Kunj Apartments, Sector 21]], [[LOCATION:Noida]] [[ZIP_CODE:201301]]; mobile [[PHONE_NUMBER:+91 98110 42765]].""",
    """if anyone from the credit bureau is reading this, [[PERSON:rob kowalczyk]] here, still waiting on dispute TU-88213-Q that I filed on [[DATE_TIME:March 3rd]]. 45 days and nothing.""",
    """Good morning po, nag-apply ako ng personal loan pero na-deny daw kasi may negative record ako sa credit bureau. Hindi ko po alam kung saan galing yun. Ako po si [[PERSON:Jerome Bautista]], born [[DATE_TIME:May 5, 1992]], TIN [[ID_NUMBER:412-908-337-000]], taga [[LOCATION:Las Piñas]]. Paki-check naman po, thank you!""",
    """Following our call, the bureau agreed to remove the late-payment marker for [[DATE_TIME:August 2022]] from [[PERSON:Tomasz Zieliński]]'s file; the lender confirmed the direct debit from account [[ID_NUMBER:41209937]] had been set up correctly by him on [[DATE_TIME:14/07/2022]].""",
    # --- funeral arrangements ---
    """The funeral of [[PERSON:Margaret Anne Holloway]], who died peacefully on [[DATE_TIME:21st October 2024]] aged [[AGE:88]], will take place at St Mary's Church, [[LOCATION:Bridport]], on [[DATE_TIME:Thursday 7th November at 11am]]. Family flowers only; donations to the lifeboats, please.""",
    """[[TITLE:Rev.]] [[PERSON:Okonkwo]], thank you for agreeing to lead the service for my father, [[PERSON:Chinedu Eze]], on [[DATE_TIME:Saturday, May 17 at 2:00 PM]]. Family will gather beforehand at the house, [[ADDRESS:3021 Bardstown Rd]], [[LOCATION:Louisville]]. Please call my cell, [[PHONE_NUMBER:502-338-7146]], if anything changes. [[PERSON:Ngozi]]""",
    """Magandang gabi po. Ang burol ni Lola [[PERSON:Remedios Santos Villanueva]] ay sa bahay namin sa [[ADDRESS:142 P. Burgos St.]], [[LOCATION:Brgy. San Roque]], [[LOCATION:Marikina City]] hanggang [[DATE_TIME:Sunday, Aug 10]]. Interment is on [[DATE_TIME:Monday, August 11, 9 AM]]. For inquiries please contact [[PERSON:Jojo]] at [[PHONE_NUMBER:0917 845 2216]]. Salamat po sa lahat ng nakiramay.""",
    """Innalillahi wa inna ilaihi raji'un. Telah kembali ke rahmatullah [[TITLE:Haji]] [[PERSON:Abdul Karim bin Yusof]], [[AGE:74]] tahun, pada [[DATE_TIME:14 Januari 2025, jam 3.20 pagi]]. Jenazah akan dikebumikan di tanah perkuburan Islam [[LOCATION:Seksyen 21]], [[LOCATION:Shah Alam]] selepas solat Zohor. Sebarang pertanyaan, sila hubungi anak beliau, [[PERSON:Faizal]], di talian [[PHONE_NUMBER:012-338 4571]].""",
    """Gentile [[TITLE:signora]] [[PERSON:Russo]], le confermiamo che il funerale di suo padre, [[PERSON:Salvatore Russo]], si terrà [[DATE_TIME:giovedì 20 febbraio alle ore 10:30]] presso la chiesa di San Domenico a [[LOCATION:Palermo]]. Per la pratica in Comune ci serve il codice fiscale del defunto ([[ID_NUMBER:RSSSVT48T17G273D]]) e una copia della sua carta d'identità.""",
    """The family of the late [[TITLE:Chief]] [[PERSON:Emmanuel Adebayo Olatunji]] announces his passing on [[DATE_TIME:3rd March 2025]] at the age of [[AGE:81]]. Service of songs holds at the family house, [[ADDRESS:27 Adeniyi Jones Avenue]], [[LOCATION:Ikeja]], [[LOCATION:Lagos]], on [[DATE_TIME:Thursday 27th March, 4pm]].""",
    """Just confirming the pre-paid funeral plan for Mum, [[PERSON:Doreen Wills]] (DOB [[DATE_TIME:02/09/1941]]), is under policy FP-220914 and that her wish is a cremation with no service. I'm her son, [[PERSON:Graham]]; best number is [[PHONE_NUMBER:0418 226 930]].""",
    """Met groot verdriet laten wij u weten dat is overleden mijn lieve man, onze vader en opa [[PERSON:Hendrik Johannes]] ([[PERSON:Henk]]) [[PERSON:Visser]], * [[LOCATION:Zwolle]], [[DATE_TIME:3 maart 1941]] † [[LOCATION:Kampen]], [[DATE_TIME:27 januari 2025]]. De afscheidsdienst is op [[DATE_TIME:zaterdag 1 februari om 11.00 uur]]. Correspondentieadres: [[ADDRESS:Burgwal 45]], [[ZIP_CODE:8261 EP]] [[LOCATION:Kampen]].""",
    """The coroner released [[PERSON:Liam Kearney-Doyle]]'s body on [[DATE_TIME:6 May]], so the undertakers can now collect him from [[LOCATION:Cork]] and the removal will be from his sister [[PERSON:Niamh]]'s home at [[ADDRESS:11 Sunday's Well Road]].""",
    # --- IT helpdesk password resets ---
    """Hi IT, I'm locked out after too many attempts. Username [[USERNAME:k.mensah]], employee ID [[ID_NUMBER:E-204471]]. I'm on the VPN from home, IP [[IP_ADDRESS:86.143.22.197]]. Can you reset it and text the temporary password to [[PHONE_NUMBER:07700 918 342]]? Thanks, [[PERSON:Kwame Mensah]]""",
    """Password reset completed for [[PERSON:Li Na Zhou]] ([[EMAIL_ADDRESS:lina.zhou@brightwater-logistics.com]]) at 09:14 after her identity was verified against staff number [[ID_NUMBER:004187]]. The temporary password expires in 24 hours.""",
    """can someone reset the MFA for [[USERNAME:jdelarosa]]? he got a new phone ([[PHONE_NUMBER:+1 956 412 0087]]) and the authenticator didn't transfer. it's [[PERSON:javier de la rosa]] in accounts payable, started [[DATE_TIME:Monday 6/2]].""",
    """[[PERSON:Ilse]] from the Rotterdam office can't log in since the password policy change. Her account is [[USERNAME:ijansen]], personnel number [[ID_NUMBER:118204]]; please call her back on [[PHONE_NUMBER:+31 6 2418 7733]] rather than email, since email is the thing that's broken.""",
    """Reset request from [[PERSON:Muthu Krishnan]]: verified with the last four characters of his NRIC (461H) and his date of birth, [[DATE_TIME:21 Sep 1988]]. New password sent to his personal mailbox, [[EMAIL_ADDRESS:muthu.k88@gmail.com]].""",
    """hi po, na-lock out ako sa timekeeping portal after changing my password. Username ko is [[USERNAME:mcdelosreyes]], employee no. [[ID_NUMBER:PH-00871]], site is [[LOCATION:Ortigas]]. Please text the reset link to [[PHONE_NUMBER:0928 551 7304]]. [[PERSON:Maria Cristina Delos Reyes]]""",
    """Ciao, sono [[PERSON:Martina De Luca]] (matricola [[ID_NUMBER:A0047291]]) e da lunedì non riesco più ad accedere alla posta. Ho provato il reset della password ma il codice arriva sul vecchio numero, [[PHONE_NUMBER:+39 328 771 0452]]: potete aggiornarlo con [[PHONE_NUMBER:+39 351 604 2287]]? Utente [[USERNAME:mdeluca]].""",
    """Quick one: [[PERSON:Kavitha Subramaniam]] in finance ([[USERNAME:kavitha.s]]) has been locked out twice today. Please unlock and send the reset to her personal address [[EMAIL_ADDRESS:kavitha.subra91@yahoo.com]] since she has no access to Outlook; her staff number is [[ID_NUMBER:KW-20931]].""",
    # --- maternity records ---
    """Booking appointment: [[PERSON:Chloe Ashworth]], [[AGE:29]], G2P1, NHS number [[ID_NUMBER:485 777 3023]], LMP [[DATE_TIME:14/01/2025]], EDD [[DATE_TIME:21/10/2025]]. Named midwife [[PERSON:Bernadette Quinn]]. Partner [[PERSON:Ryan]] present and supportive.""",
    """Baby girl [[PERSON:Amara Nwosu-Bell]] was born at [[DATE_TIME:4:52 a.m. on June 3, 2024]] to [[PERSON:Adaeze Nwosu]] and [[PERSON:Tyler Bell]], weighing 7 lb 2 oz. Mother's MRN [[ID_NUMBER:00814772]], infant MRN [[ID_NUMBER:00814790]].""",
    """[[TITLE:Mrs.]] [[PERSON:Lakshmi Venkatesan]], w/o [[PERSON:R. Venkatesan]], was admitted to the labour ward on [[DATE_TIME:12-08-2024 at 23:40]] at 39 weeks. Aadhaar [[ID_NUMBER:7392 0418 5620]], IP No. [[ID_NUMBER:IP2408-3317]], contact [[PHONE_NUMBER:94440 18276]].""",
    """Rekod antenatal: [[PERSON:Nurul Aisyah binti Hamzah]], No. KP [[ID_NUMBER:940318-14-5572]], umur [[AGE:31]] tahun, tarikh jangkaan bersalin [[DATE_TIME:2 Mei 2025]]. Alamat: [[ADDRESS:No. 18, Jalan Setiawangsa 9]], [[LOCATION:Taman Setiawangsa]], [[ZIP_CODE:54200]] [[LOCATION:Kuala Lumpur]]. Suami: [[PERSON:Mohd Firdaus bin Ismail]], tel. [[PHONE_NUMBER:019-772 4018]].""",
    """Cartella ostetrica: paziente [[PERSON:Giulia Ferraro]], nata il [[DATE_TIME:14/07/1988]] a [[LOCATION:Torino]], C.F. [[ID_NUMBER:FRRGLI88L54L219J]]. Parto spontaneo il [[DATE_TIME:3 marzo 2025 alle 06:15]], neonato maschio di 3.240 g. Ostetrica di turno: [[PERSON:Elena Marchi]].""",
    """Day-5 home visit for [[PERSON:Sinéad Ó Briain]] and baby [[PERSON:Fionn]] at [[ADDRESS:Apartment 12, The Sycamores]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]], [[ZIP_CODE:P31 XK72]]. Mother's PPSN [[ID_NUMBER:6183527T]] noted for the maternity benefit form.""",
    """[[PERSON:Aroha Ngata]]'s midwife is [[PERSON:Jess Whitcombe]]; her anatomy scan is booked for [[DATE_TIME:Tuesday 11 March at 10.45am]] in [[LOCATION:Hamilton]]. NHI [[ID_NUMBER:ZKT4414]].""",
    """Sis, pa-share naman ng requirements for maternity benefit. Ako si [[PERSON:Kristine Joy Mercado]], EDD ko is [[DATE_TIME:Oct 3]], PhilHealth no. ko [[ID_NUMBER:02-051447823-6]] and SSS [[ID_NUMBER:34-5829173-4]]. Sa [[LOCATION:Tondo]] lang kami nakatira.""",
    """Please send [[PERSON:Fatima El Amrani]]'s antenatal notes to the birth centre: due date [[DATE_TIME:18 September 2025]], BSN [[ID_NUMBER:204187357]], home address [[ADDRESS:Piet Heinstraat 9]], [[ZIP_CODE:3531 RG]] [[LOCATION:Utrecht]]. Her midwife is [[PERSON:Marloes Kuipers]].""",
    # --- property auctions ---
    """Lot 14, [[ADDRESS:37 Harcourt Terrace]], [[LOCATION:Salisbury]] [[ZIP_CODE:SP2 7RB]], sold under the hammer for £312,000 to [[TITLE:Mr]] [[PERSON:Oluwaseun Adeyemi]] of [[LOCATION:Reading]], whose solicitors must complete by [[DATE_TIME:4 April 2025]].""",
    """The deed of trust signed by [[PERSON:Darnell R. Whitfield]] and [[PERSON:Tamara L. Whitfield]] on [[DATE_TIME:June 9, 2017]] covers the property commonly known as [[ADDRESS:1836 Sycamore Ridge Dr]], [[LOCATION:Mesquite]], [[LOCATION:TX]] [[ZIP_CODE:75181]], which will be sold at public auction on the courthouse steps.""",
    """Auction this Saturday at 11am on site: [[ADDRESS:5/22 Elizabeth Bay Road]], [[LOCATION:Elizabeth Bay]] [[LOCATION:NSW]] [[ZIP_CODE:2011]]. To register as a bidder bring photo ID, or call the listing agent, [[PERSON:Tom Vukovic]], on [[PHONE_NUMBER:0433 190 286]].""",
    """De woning aan de [[ADDRESS:Van Speijkstraat 112]], [[ZIP_CODE:2518 GJ]] [[LOCATION:Den Haag]], eigendom van [[PERSON:J.P. van den Berg]], wordt volgende maand executoriaal geveild. Bezichtiging kan alleen na afspraak met de notaris.""",
    """Thanks for registering to bid online, [[PERSON:Priyanka]]. To finish the ID checks we still need a copy of your passport (number [[ID_NUMBER:Z4471902]]) and a utility bill showing [[ADDRESS:Flat 9, Marlowe Court, 41 Kenton Road]], [[LOCATION:Harrow]] [[ZIP_CODE:HA3 0AB]].""",
    """[[PERSON:gianluca]] won the repossessed flat at [[ADDRESS:Unit 4, 210 Lygon Street]], [[LOCATION:Carlton]] with a bid of $640,000 and paid the 10% deposit the same day from his own account (BSB 063-000, account [[ID_NUMBER:1288 4417]]).""",
    # --- everything else ---
    """[[PERSON:Oluwadamilare]]'s parcel was left at the wrong house: it went to [[ADDRESS:12 Kestrel Close]] instead of [[ADDRESS:21 Kestrel Close]], [[LOCATION:Bicester]] [[ZIP_CODE:OX26 2FJ]]. Tracking JD0002219847365. Contact: [[PHONE_NUMBER:07459 310 662]].""",
    """Bella the cat belongs to [[TITLE:Ms]] [[PERSON:Hannah Goldberg]] (client no. [[ID_NUMBER:C-55102]]) and is booked in for a dental on [[DATE_TIME:Wed 19 Feb, drop-off 8:15]]; the owner's number, [[PHONE_NUMBER:0161 496 0732]], is a landline, so call, don't text.""",
    """welcome to the club, [[PERSON:andre]]! your membership [[ID_NUMBER:FF-0918274]] starts [[DATE_TIME:1 Sept]] and your first session is with coach [[PERSON:Leila]]. questions? just reply to this email or ring the front desk.""",
    """Prescription for [[PERSON:Wojciech Nowak]], DOB [[DATE_TIME:1958-11-02]], is ready for pickup at the [[LOCATION:Elmhurst]] store; patient ID [[ID_NUMBER:RX-7741092]]. We tried calling [[PHONE_NUMBER:(718) 482-0143]] but the voicemail was full.""",
    """[[PERSON:Zainab]]'s mum, [[PERSON:Rukhsana Hussain]], has offered to run the cake stall again this year and can be reached on [[PHONE_NUMBER:07981 224 613]] for the rota.""",
    """Student [[PERSON:Nguyen Van Duc]] (student no. [[ID_NUMBER:s3981226]]) asked to push his thesis submission to [[DATE_TIME:30 May]]; the extension was approved by [[PERSON:Prof. Margaret Liddell]] the same afternoon.""",
    """We are pleased to offer [[PERSON:Fernando Ruiz Castillo]] the position of Warehouse Supervisor starting [[DATE_TIME:July 14, 2025]], at $24.50/hour. Please bring your Social Security card ([[US_SSN:531-08-4472]]) and your California driver license ([[US_DRIVER_LICENSE:F6204419]]) on your first day.""",
    """Payroll query: [[PERSON:Thandiwe Mokoena]], ID [[ID_NUMBER:9203140431082]], says this month's salary went into her old account [[ID_NUMBER:62841937705]] instead of the new one she gave HR on [[DATE_TIME:3 March]].""",
    """[[PERSON:Wanjiru Kamau]] of [[LOCATION:Nakuru]], ID No. [[ID_NUMBER:28871904]], KRA PIN [[ID_NUMBER:A009284716Z]], filed a motor claim after her car, reg. [[ID_NUMBER:KDG 418J]], was hit on [[DATE_TIME:5th Feb]] along the highway near [[LOCATION:Gilgil]].""",
    """[[TITLE:Mr.]] [[PERSON:Kenji Takahashi]] and his wife [[PERSON:Yumi]] arrive [[DATE_TIME:Friday 12 Dec]] and have asked for a quiet room away from the lift; passport [[ID_NUMBER:TR4419027]] was scanned at pre-check-in.""",
    """Port-in request: number [[PHONE_NUMBER:0412 770 395]] moving to us for account holder [[PERSON:Bronwyn McAllister]], DOB [[DATE_TIME:22 Aug 1983]], address [[ADDRESS:7 Kookaburra Pl]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]].""",
    """Your passport renewal application for [[PERSON:Abena Owusu-Ansah]] was received on [[DATE_TIME:10/03/2025]]. Your old passport, number [[ID_NUMBER:124583901]], has now been cancelled and will be returned to you separately.""",
    """The tenancy for [[ADDRESS:Flat 3, 88 Lothian Road]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH3 9BE]] begins on [[DATE_TIME:1st September 2025]]; tenants are [[PERSON:Callum Fraser]] and [[PERSON:Yasmin Haddad]], and the deposit is held with the approved scheme.""",
    """gg to [[USERNAME:xXRavenClawXx]] lol thats my brother [[PERSON:tommy]]. if u want to squad up add me, im [[USERNAME:lil_jaz_2009]] on discord""",
    """Follow my sourdough journey on [[URL:https://www.instagram.com/bukola.bakes.at.home]] or email me at [[EMAIL_ADDRESS:bukola.ade.bakes@gmail.com]]! [[PERSON:Bukola Adeyemi]], [[LOCATION:Peckham]]""",
    """[[PERSON:Rafael]], [[AGE:34]], recently moved from [[LOCATION:Lisbon]] to [[LOCATION:London]]. Into climbing, bad films and good coffee. Not big on the app, so message me on WhatsApp: [[PHONE_NUMBER:+44 7712 406 811]].""",
    """Thank you, [[TITLE:Mr]] [[PERSON:Gerald Fenwick]], for your Gift Aid declaration dated [[DATE_TIME:14/02/2025]]. We have recorded your home address as [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Snoring]], [[LOCATION:Norfolk]] [[ZIP_CODE:NR21 0JE]].""",
    """Renter [[PERSON:Keanu Kahale]] presented a Hawaii driver license, [[US_DRIVER_LICENSE:H01482276]], and the deposit was taken on card [[CREDIT_CARD:4532 0188 7412 0935]] exp 08/27. Return due [[DATE_TIME:Sunday 22 June, 6pm]] at the [[LOCATION:Kahului]] desk.""",
    """Final meter read for [[PERSON:Anjali Desai]], who moves out of [[ADDRESS:44B Wentworth Street]], [[LOCATION:Leicester]] on [[DATE_TIME:28 Feb]]; forwarding address [[ADDRESS:9 Peel Avenue]], [[LOCATION:Loughborough]] [[ZIP_CODE:LE11 2PR]]. Account no. [[ID_NUMBER:850032771]].""",
    """[[PERSON:Oksana Hrytsenko]], a [[NRP:Ukrainian]] national born on [[DATE_TIME:12 May 1990]] in [[LOCATION:Kharkiv]], landed in [[LOCATION:Winnipeg]] on [[DATE_TIME:2 October 2023]]; her UCI is [[ID_NUMBER:1109-4472-81]].""",
    """The small claim brought by [[PERSON:Baptiste Lefèvre]] against his former landlord is listed for [[DATE_TIME:9 June 2025 at 10:00]] at the County Court in [[LOCATION:Bristol]]; the claimant now lives at [[ADDRESS:22 Gloucester Road]], [[LOCATION:Bishopston]].""",
    """Witness [[PERSON:Darius Farahani]], [[AGE:42]], of [[ADDRESS:310 Dundas St W, Unit 1207]], [[LOCATION:Toronto]], saw a grey sedan with plate [[ID_NUMBER:CKRT 482]] leave the lot at about 22:40.""",
    """U14 squad: [[PERSON:Isla Mackenzie]] (DOB [[DATE_TIME:08/11/2011]]) and [[PERSON:Ava-Rose Ndlovu]] (DOB [[DATE_TIME:23/01/2012]]). The emergency contact for [[PERSON:Ava-Rose]] is her dad, [[PERSON:Sipho]], on [[PHONE_NUMBER:083 441 2079]].""",
    """A hold is ready for [[TITLE:mrs]] [[PERSON:dorothy pemberton]], library card [[ID_NUMBER:21982 00417 3386]]; she asked us to ring her daughter on [[PHONE_NUMBER:01632 960 418]] as she doesn't hear the phone.""",
    """Canvassing note: [[PERSON:Derek Hollis]] at [[ADDRESS:58 Mafeking Street]] says he has always voted [[NRP:Conservative]] but is leaning [[NRP:Reform]] this time; his wife [[PERSON:Pat]] is undecided and wants a leaflet on bins.""",
    """The baptism of [[PERSON:Gabriel Joseph Mensah]], born [[DATE_TIME:April 2, 2024]], son of [[PERSON:Kofi]] and [[PERSON:Efua Mensah]], will be celebrated on [[DATE_TIME:Sunday, June 8]]. Godparents are [[PERSON:Yaw Boateng]] and [[PERSON:Akosua Darko]], both [[NRP:Catholic]].""",
    """Reminder: [[PERSON:Eitan]], your hygiene appointment is [[DATE_TIME:Tue 4 Mar at 3:30pm]] with [[PERSON:Dr. Shapiro]]. Reply C to confirm or R to reschedule.""",
    """[[PERSON:Mitchell O'Rourke]]'s tax file number is [[ID_NUMBER:459 037 182]]; he lodged his return on [[DATE_TIME:31 October]] through his agent and is asking why the refund went to an old account.""",
    """State pension application received from [[PERSON:Bridget Ní Mhaoláin]], PPSN [[ID_NUMBER:3027461O]], born [[DATE_TIME:19/06/1959]], of [[LOCATION:Knockanore]], [[LOCATION:Co. Waterford]], [[ZIP_CODE:P36 E0D1]].""",
    """Loan file for [[PERSON:Harpreet Kaur Gill]] and [[PERSON:Jaskaran Singh Gill]], purchasing [[ADDRESS:9142 Amber Meadow Way]], [[LOCATION:Elk Grove]], [[LOCATION:CA]] [[ZIP_CODE:95624]]; co-borrower SSN [[US_SSN:612-44-0938]] still needs to be verified.""",
    """Pick-up authorisation: [[PERSON:Mei]] may be collected by her grandmother, [[PERSON:Wong Siu Ling]] ([[PHONE_NUMBER:9123 4408]]), on [[DATE_TIME:Friday 21 March]] only.""",
    """Movers confirmed for [[DATE_TIME:Sat 26 April, 8am]], from [[ADDRESS:3/17 Grey Street]], [[LOCATION:St Kilda]] to [[ADDRESS:64 Hotham Street]], [[LOCATION:Balaclava]] [[ZIP_CODE:3183]]. Contact on the day is [[PERSON:Lachie]], [[PHONE_NUMBER:0400 918 227]].""",
    """Kindly credit [[PERSON:Chukwuemeka Obi]]'s account [[ID_NUMBER:0123948876]] (BVN [[ID_NUMBER:22184736519]]) with the ₦450,000 refund approved on [[DATE_TIME:17/01/2025]].""",
    """Please send the deposit to my landlady, [[PERSON:Katarzyna Wiśniewska]], IBAN [[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]], with the reference FLAT-APR, before [[DATE_TIME:the 28th of March]].""",
    """RSVP from [[PERSON:Tariq]] and [[PERSON:Noor Al-Masri]]: both attending on [[DATE_TIME:14 June]], one vegetarian meal, and could the invite be re-sent to [[EMAIL_ADDRESS:noor.almasri@icloud.com]]?""",
    """Please update my records: I'm now [[PERSON:Rebecca Thornton-Achebe]] (previously [[PERSON:Rebecca Thornton]]), staff ID [[ID_NUMBER:771205]], following my marriage on [[DATE_TIME:19.04.2025]].""",
    """Deliver to [[PERSON:Arjun Mehta]], [[ADDRESS:B-214, Lodha Splendora, Ghodbunder Road]], [[LOCATION:Thane West]] [[ZIP_CODE:400615]]. Call before coming: [[PHONE_NUMBER:98200 71534]].""",
    """[[PERSON:Sione Taufa]] rang about dropouts every evening; modem MAC 3C:52:82:1A:9F:04, WAN IP [[IP_ADDRESS:110.174.52.9]], line tested fine from our side, tech visit offered for [[DATE_TIME:Thursday 13 March between 8 and 12]].""",
    """Return approved for [[TITLE:Ms.]] [[PERSON:Fatoumata Diallo]]; the refund goes back to the card ending 4471 within five working days and the store credit voucher was emailed to [[EMAIL_ADDRESS:fdiallo84@outlook.fr]].""",
    """[[PERSON:Raymond Castellano]], a [[AGE:72]]-year-old male, was discharged on [[DATE_TIME:3/14/2025]] following CABG and is to follow up with [[PERSON:Dr. Anita Rao]] in two weeks. Medicare number [[ID_NUMBER:1EG4-TE5-MK73]].""",
    """Buongiorno, sono [[PERSON:Davide Marchetti]] e vorrei segnalare un addebito che non riconosco sul mio conto [[IBAN_CODE:IT20 Y030 6901 6031 0000 0071 283]], datato [[DATE_TIME:7 aprile]]. Il mio cellulare è [[PHONE_NUMBER:347 218 9904]], mi richiamate voi?""",
    """after the flood, [[PERSON:lucy van der merwe]] and her kids stayed with [[PERSON:annemarie]] at [[ADDRESS:17 Protea Street]], [[LOCATION:Bloemfontein]] until [[DATE_TIME:30 January]]; the insurer needs that address on the temporary accommodation form.""",
]

BENCH = [
    # --- in the manner of ai4privacy pii-masking-200k/300k/400k ---
    """Dear [[TITLE:Mx.]] [[PERSON:Rowan Achterberg]], as Principal Data Strategist your expense claim for the [[LOCATION:Port Harlan]] offsite has been reimbursed to [[IBAN_CODE:GB15 BARC 2004 1583 9201 74]] (BIC BARCGB22). A confirmation text has gone to your registered mobile, [[PHONE_NUMBER:+44 7946 032 118]].""",
    """Vehicle [[ID_NUMBER:LK68 YFT]] (VIN WVWZZZ1KZ8W123456) was registered to [[PERSON:Ebony Castellanos-Reyes]] on [[DATE_TIME:11/06/2019]]; renewal reminders go to [[EMAIL_ADDRESS:ebony.cr@protonmail.com]] and the keeper's address is [[ADDRESS:Apt. 385, 90 Okuneva Lane]], [[LOCATION:East Marisolfurt]].""",
    """Hi [[PERSON:Dmitri]], a new sign-in to your account from IPv6 [[IP_ADDRESS:2a02:c7f:8e12:4400:9d1b:62ff:fe3a:10c7]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 was recorded. Device MAC 4e:9a:1c:07:b2:d5. If this wasn't you, change password gT7#wq!2Lm now.""",
    """[[PERSON:Augustine Wolff-Baptiste]], your payment of £822.10 from Mastercard [[CREDIT_CARD:5312 7449 0018 8231]] (CVV 614, exp 03/28) to [[PERSON:Kiera O'Donoghue]] has been held for review. Never share PIN 4471 with anyone claiming to be from the bank.""",
    """The Senior Identity Coordinator, [[PERSON:Marisol Ybarra]], asked that all correspondence for [[LOCATION:Hamilton County]] go to [[ADDRESS:Suite 713, 4471 Marquardt Stravenue]], [[LOCATION:North Lakeisha]], [[LOCATION:OH]] [[ZIP_CODE:45249-1130]], attention of her assistant [[PERSON:Devonte]].""",
    """Reminder: [[PERSON:Yusra Qureshi]] ([[USERNAME:yusra_q_92]]), [[AGE:33]], DOB [[DATE_TIME:29/02/1992]]; the HR system should send her birthday card on [[DATE_TIME:28 February]] in non-leap years.""",
    """Account holder: [[PERSON:Lorcan Fitzgerald]] | Sort code 90-14-73 | IBAN [[IBAN_CODE:IE71BOFI90001744820193]] | BIC BOFIIE2D | Amount 1,250.00 EUR | Reference: RENT-JAN | Contact [[EMAIL_ADDRESS:lorcan.fitz@eircom.net]]""",
    """Our Lead Response Engineer [[PERSON:Benedikt Schäfer]] will meet you at [[ADDRESS:Hausnummer 41, Lindenstraße]], [[ZIP_CODE:10969]] [[LOCATION:Berlin]]; payroll will wire the relocation bonus to [[IBAN_CODE:DE83 5001 0517 5407 3248 11]] on confirmation.""",
    """Please verify: SSN [[US_SSN:287-65-4310]], DOB [[DATE_TIME:1987-12-03]], height 5'9", eye color hazel, sex Male, phone [[PHONE_NUMBER:(612) 555-0199]] ext. 204, US passport [[US_PASSPORT:573920184]]. Applicant: [[PERSON:Tobias Lindqvist]].""",
    """[[PERSON:Ngaio]] [[PERSON:Te Rangi]], our new Chief Branding Officer, uses the handle [[USERNAME:ngaio.tr]] and can be reached on [[PHONE_NUMBER:+64 21 448 9073]]; her office is at [[ADDRESS:Level 3, 155 Featherston Street]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]].""",
    """Transaction alert: Amex [[CREDIT_CARD:3782 826447 10038]] was used at 14:07 for $1,904.55; cardholder [[PERSON:Priscilla Anand-Whitmore]], billing zip [[ZIP_CODE:30318]]. Reply STOP to opt out.""",
    """The order for 3 x ergonomic chairs will be delivered to [[PERSON:Oyelaran]] at [[ADDRESS:Unit 12B, 7 Harbour Exchange Square]], [[LOCATION:London]] [[ZIP_CODE:E14 9GE]]; the driver will call [[PHONE_NUMBER:+447911 203 488]] on arrival.""",
    """Gentile [[PERSON:Alessandro Bianchi]], il rimborso di 240,00 EUR sarà accreditato sull'IBAN [[IBAN_CODE:IT70K0200811702000105832261]] entro cinque giorni lavorativi. Codice fiscale registrato: [[ID_NUMBER:BNCLSN75S03F205O]]. Per assistenza scriva a [[EMAIL_ADDRESS:a.bianchi75@libero.it]].""",
    """Beste [[TITLE:mevrouw]] [[PERSON:Bakker-Smit]], uw nieuwe pas wordt verzonden naar [[ADDRESS:Oudegracht 211 bis]], [[ZIP_CODE:3511 NG]] [[LOCATION:Utrecht]]. Uw BSN [[ID_NUMBER:167390247]] en IBAN [[IBAN_CODE:NL38 INGB 0006 7934 10]] zijn gekoppeld aan klantnummer [[ID_NUMBER:KL-0048217]].""",
    """Reset code for [[USERNAME:hiroshi.w_77]] sent to [[EMAIL_ADDRESS:h.watanabe77@yahoo.co.jp]] from IP [[IP_ADDRESS:121.119.84.6]] at 03:12 UTC; user agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1.""",
    """Kindly note that [[TITLE:Dr.]] [[PERSON:Adaora Nnamdi-Fletcher]], [[AGE:51]], has requested her records be sent to [[ADDRESS:4 Rue de la Loge]], [[ZIP_CODE:L-1945]] [[LOCATION:Luxembourg]]; her bank details for the refund are on file under account [[ID_NUMBER:004718829301]].""",
    """Welcome aboard, [[PERSON:Tavita Faleolo]]! Your starter pack is going to [[ADDRESS:28 Tui Crescent]], [[LOCATION:Porirua]]; your staff number is [[ID_NUMBER:NZ-44081]] and your temporary password is Welcome2025!. Your manager, [[PERSON:Gemma Roskilly]], starts you on [[DATE_TIME:Monday 3 March]].""",
    """The Discover card [[CREDIT_CARD:6011 4882 0713 3951]], expiring 11/26, belongs to [[PERSON:Marcus T. Ellingsworth]], whose listed residence is [[ADDRESS:6620 Bluebonnet Trail, Apt 14]], [[LOCATION:Round Rock]], [[LOCATION:TX]] [[ZIP_CODE:78681]].""",
    """For the Regional Accounts Supervisor role, [[PERSON:Shreya Baliga]] ([[PHONE_NUMBER:+91-80-4126-7733]], [[EMAIL_ADDRESS:shreya.baliga@outlook.in]]) gave her current CTC as 18 LPA and her notice period as 60 days; PAN [[ID_NUMBER:AKLPB3302K]].""",
    """[[TITLE:Mrs]] [[PERSON:Ileana Popescu]] was born on [[DATE_TIME:7 Nov 1964]] and her account [[IBAN_CODE:AE07 0331 2345 6789 0123 456]] with the Dubai branch is dormant since her last visit on [[DATE_TIME:15/03/2021]].""",
    """Please ship the replacement router to [[PERSON:Kofi Boakye-Ansah]], [[ADDRESS:Flat 2, 14 Aberdeen Park]], [[LOCATION:Highbury]], [[LOCATION:London]] [[ZIP_CODE:N5 2AR]]; IMEI 356938035643809 is the old unit, the new one ships with MAC 9c:b6:d0:1f:e4:27.""",
    """Il tuo account [[USERNAME:vale.moretti]] è stato collegato alla carta [[CREDIT_CARD:4929 8135 0017 7643]] il [[DATE_TIME:3 marzo 2025]]; titolare [[PERSON:Valentina Moretti]], nata a [[LOCATION:Verona]], residente in [[ADDRESS:corso Porta Nuova 62, scala B]], [[ZIP_CODE:37122]] [[LOCATION:Verona]]. Se non sei stata tu, chiama subito il numero verde.""",
    """Audit trail: [[PERSON:Gareth]] [[PERSON:Pryce-Jones]] approved the payment from [[IBAN_CODE:GB59LOYD30963457102288]] to [[IBAN_CODE:FR76 3000 4017 3600 0418 2739 047]] at 16:48; second approver [[PERSON:Anjali Raman]] signed off from [[IP_ADDRESS:10.14.220.37]].""",
    """[[PERSON:Xochitl]], [[AGE:27]], a nonbinary Customer Quality Liaison in [[LOCATION:Albuquerque]], listed her secondary address as [[ADDRESS:PO Box 1182]], [[LOCATION:Corrales]], [[LOCATION:NM]] [[ZIP_CODE:87048]] and her mobile as [[PHONE_NUMBER:505.712.3390]].""",
    """Kepada [[TITLE:Encik]] [[PERSON:Ahmad Zulkifli bin Osman]], bayaran balik cukai sebanyak RM 1,280.00 akan dikreditkan ke akaun [[ID_NUMBER:1640 2291 8834]] pada [[DATE_TIME:15 April 2025]]. No. KP: [[ID_NUMBER:780226-10-5433]]. Sebarang pertanyaan, e-mel [[EMAIL_ADDRESS:ahmadzul78@gmail.com]].""",
    """The JCB card [[CREDIT_CARD:3530 1133 9486 2076]] was declined at 22:15 on a purchase by [[PERSON:Sakura Hayashi]] from [[IP_ADDRESS:153.246.17.201]]; her billing postcode [[ZIP_CODE:150-0002]] did not match.""",
    """Please update the records: [[PERSON:Olamide Bankole]] moved from [[ADDRESS:19 Allen Avenue]], [[LOCATION:Ikeja]] to [[ADDRESS:Block C, Flat 4, 2 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]] on [[DATE_TIME:1st February 2025]]. Phone unchanged: [[PHONE_NUMBER:0803 441 2298]].""",
    """[[PERSON:Mariana]] [[PERSON:Vasquez-Oduya]], your gym direct debit from [[IBAN_CODE:ES83 0049 1500 0127 1038 4456]] failed. Update it in the app or visit the front desk; your member number is [[ID_NUMBER:MBR-7719024]].""",
    """Attention [[PERSON:Fenella]]: the Dynamic Marketing Assistant account [[USERNAME:fenella.dm]] has had its MFA device changed from the phone ending 9021 to [[PHONE_NUMBER:+353 86 714 2290]]. Time of change: [[DATE_TIME:2025-04-07 09:41:12]].""",
    """Claim on the joint account of [[PERSON:Wiremu]] and [[PERSON:Hine Parata]]: IRD numbers [[ID_NUMBER:096-341-275]] and [[ID_NUMBER:113-488-271]], home at [[ADDRESS:42 Kauri Road]], [[LOCATION:Whangārei]] [[ZIP_CODE:0110]].""",
    """The UnionPay card [[CREDIT_CARD:6214 8390 0271 5543 025]] registered to [[PERSON:Zhang Wei]] ([[PHONE_NUMBER:+86 138 0013 4471]]) was used from [[IP_ADDRESS:114.88.201.15]] to pay for a room at [[LOCATION:Shanghai]] on [[DATE_TIME:9 May 2025]].""",
    """Your Swiss salary account [[IBAN_CODE:CH16 0023 5264 7018 3002 1]] has been opened, [[PERSON:Lea Brunner]]. Card PIN will follow by separate post to [[ADDRESS:Seestrasse 114]], [[ZIP_CODE:8002]] [[LOCATION:Zürich]].""",
    """Sa lahat ng participants: ang raffle winner ay si [[PERSON:Angelica Reyes Tolentino]] ng [[LOCATION:Quezon City]]! Please PM Ate [[PERSON:Joy]] with your GCash number and valid ID. Contact: [[PHONE_NUMBER:0995 412 7781]], [[EMAIL_ADDRESS:angelica.rt@yahoo.com]].""",
    """[[TITLE:Ms]] [[PERSON:Hollis Brandvold]], your Maestro [[CREDIT_CARD:6767 7002 1884 3113]] was renewed; the new card and PIN mailer will arrive separately at [[ADDRESS:23 Lowther Street]], [[LOCATION:Carlisle]] [[ZIP_CODE:CA3 8DP]].""",
    """Per your request, [[PERSON:Ruairí Mac Giolla]], the Diners card [[CREDIT_CARD:3056 9309 0259 04]] has been cancelled and the balance of €312.40 transferred to [[IBAN_CODE:IE48 AIBK 9338 1527 6044 31]].""",
    """Employee [[PERSON:Sadia Rahman Chowdhury]], [[AGE:38]], female, Investor Assurance Analyst at the [[LOCATION:Dhaka]] office, will relocate to [[LOCATION:Toronto]]; her travel insurance number is TI-882941 and passport [[ID_NUMBER:BC0471926]].""",
    """Welkom [[PERSON:Joost van den Berg]]! Uw proefrit staat gepland op [[DATE_TIME:woensdag 14 mei om 15.30 uur]]. Neem uw rijbewijs ([[ID_NUMBER:5482019377]]) mee. Vragen? Bel [[PHONE_NUMBER:06-12 98 44 71]].""",
    # --- in the manner of gretel-pii-masking-en-v1 (domain documents) ---
    """AUTOMOBILE LOSS NOTICE
Claim No.: CLM-2025-0047718
Policyholder: [[PERSON:Desmond A. Whitlock]]    Policy No.: PAP-88120934
Date of Loss: [[DATE_TIME:03/17/2025]]    Time: 7:45 PM
Location of Loss: intersection of Grand Ave and 9th St, [[LOCATION:Des Moines]], [[LOCATION:IA]]
Driver: [[PERSON:Kayla Whitlock]] (daughter), DOB [[DATE_TIME:05/22/2006]], Iowa DL [[US_DRIVER_LICENSE:482KW1190]]
Other party: [[PERSON:Rogelio Fuentes]], [[ADDRESS:1410 E Court Ave]], [[LOCATION:Des Moines]], [[LOCATION:IA]] [[ZIP_CODE:50316]], phone [[PHONE_NUMBER:515-880-2741]]
Description: Insured vehicle was struck on the passenger side while turning left. No injuries reported.""",
    """RESIDENTIAL TENANCY AGREEMENT

This Agreement is made on [[DATE_TIME:the 1st day of August, 2025]] between [[PERSON:Harriet Okoye-Blackwood]] ("Landlord"), of [[ADDRESS:12 Fernhill Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 2EB]], and [[PERSON:Ravi Shankar Iyer]] and [[PERSON:Meenakshi Iyer]] ("Tenants").
1. Premises: [[ADDRESS:Flat 2B, 47 Cathedral Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF11 9HB]].
2. Term: twelve months commencing [[DATE_TIME:15 August 2025]].
3. Rent: £1,150 per calendar month, payable to account [[ID_NUMBER:31926819]], sort code 60-16-13.
Signed: [[PERSON:H. Okoye-Blackwood]]    [[PERSON:R. S. Iyer]]    [[PERSON:M. Iyer]]""",
    """DISCHARGE SUMMARY
Patient Name: [[PERSON:Concepción Marquez de Villa]]    MRN: [[ID_NUMBER:7781-22-0945]]
DOB: [[DATE_TIME:09-Jan-1950]]    Age: [[AGE:75]]    Sex: F
Admission Date: [[DATE_TIME:02/08/2025]]    Discharge Date: [[DATE_TIME:02/13/2025]]
Attending: [[PERSON:Dr. Samuel Adeyinka]]
Diagnosis: Community-acquired pneumonia, resolved. Type 2 diabetes mellitus.
Follow-up: PCP [[PERSON:Dr. Linh Pham]] within 7 days.
Emergency contact: [[PERSON:Ramón Villa]] (son), [[PHONE_NUMBER:(602) 399-1028]].""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Tamika Renee Holloway]]
SSN: [[US_SSN:401-28-7763]]    Date of Birth: [[DATE_TIME:April 4, 1986]]
Home Address: [[ADDRESS:5530 Belmont Pike, Apt 210]], [[LOCATION:Nashville]], [[LOCATION:TN]] [[ZIP_CODE:37211]]
Time at address: 4 years    Housing: Rent ($1,340/mo)
Employer: Meridian Health Partners    Position: Billing Specialist    Annual income: $58,200
Bank: checking account [[ID_NUMBER:004417902283]], routing 064000017
Amount requested: $12,000    Purpose: Debt consolidation
Applicant signature: [[PERSON:Tamika R. Holloway]]    Date: [[DATE_TIME:06/02/2025]]""",
    """NOTICE OF TERMINATION OF EMPLOYMENT

To: [[PERSON:Brendan McCarthy]]
Employee No.: [[ID_NUMBER:HR-30917]]
Address: [[ADDRESS:88 Wattle Street]], [[LOCATION:Ultimo]] [[LOCATION:NSW]] [[ZIP_CODE:2007]]

Dear [[PERSON:Brendan]],
Further to our meeting on [[DATE_TIME:Tuesday 8 April 2025]], this letter confirms that your employment as Logistics Coordinator will end on [[DATE_TIME:9 May 2025]]. Your final pay, including accrued leave, will be paid to your nominated account (BSB 062-000, account [[ID_NUMBER:1049 2283]]). Your TFN [[ID_NUMBER:872 650 314]] will appear on your income statement.
Yours sincerely,
[[PERSON:Priya Natarajan]], People & Culture""",
    """WORKERS' COMPENSATION - EMPLOYER'S FIRST REPORT OF INJURY
Employee: [[PERSON:Luis Alberto Carrasco]]    SSN: [[US_SSN:623-09-4418]]
Home address: [[ADDRESS:318 W Adams Blvd]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90007]]
Date of birth: [[DATE_TIME:11/19/1979]]    Date of hire: [[DATE_TIME:03/02/2018]]
Date/time of injury: [[DATE_TIME:04/22/2025 10:15 AM]]
Occupation: Forklift operator    Body part: left wrist
Treating facility: Urgent care on Figueroa St. Supervisor notified: [[PERSON:Denise Park]]""",
    """BENEFICIARY DESIGNATION FORM
Policy Owner / Insured: [[PERSON:Graham Alistair Pettigrew]]    Date of birth: [[DATE_TIME:14 October 1961]]
National Insurance No.: [[ID_NUMBER:JK 41 72 09 C]]
Primary beneficiary (100%): [[PERSON:Fiona Pettigrew]], spouse, born [[DATE_TIME:3 June 1964]], of [[ADDRESS:Rowan Cottage, 2 Mill Brae]], [[LOCATION:Pitlochry]] [[ZIP_CODE:PH16 5BJ]]
Contingent beneficiaries (50% each): [[PERSON:Euan Pettigrew]] and [[PERSON:Isla Pettigrew-Moore]]
Signed at [[LOCATION:Perth]] on [[DATE_TIME:22/01/2025]]""",
    """Dear [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Abernathy]],

RE: Loan Modification - Loan No. [[ID_NUMBER:0048812290]]
Property Address: [[ADDRESS:7719 Cottonwood Ct]], [[LOCATION:Aurora]], [[LOCATION:CO]] [[ZIP_CODE:80016]]

We have reviewed your request received on [[DATE_TIME:February 27, 2025]]. To continue, please send two recent pay stubs for [[PERSON:Clifford Abernathy]] and the signed hardship letter from [[PERSON:Janelle Abernathy]] by [[DATE_TIME:March 31, 2025]]. You may fax documents to (800) 555-0148 or upload them through the portal.

Loss Mitigation Department""",
    """Dear [[PERSON:Dr. Okwuosa]],

Re: [[PERSON:Harold Brennan-Finch]], DOB [[DATE_TIME:27/05/1948]], NHS No. [[ID_NUMBER:601 283 5493]]
[[ADDRESS:31 Vicarage Lane]], [[LOCATION:Kettering]] [[ZIP_CODE:NN15 7HT]]

Thank you for seeing this [[AGE:76]]-year-old gentleman, who reports progressive breathlessness since Christmas. He is an ex-smoker (40 pack-years). Spirometry on [[DATE_TIME:3 February]] suggested moderate obstruction. His daughter, [[PERSON:Carol]], is his main carer and can be reached on [[PHONE_NUMBER:07954 318 220]].

Yours sincerely,
[[PERSON:Dr. Aisling Rourke]], GP""",
    """DENTAL CLAIM FORM
Subscriber: [[PERSON:Yvonne Castillo-Burke]]    Member ID: [[ID_NUMBER:DXK448120937]]    Group No.: 00771
Patient: [[PERSON:Mateo Burke]]    Relationship: child    DOB: [[DATE_TIME:08/30/2014]]
Procedure: D1351 sealant, teeth 3, 14, 19, 30    Date of service: [[DATE_TIME:01/14/2025]]
Billing dentist: [[PERSON:Dr. Neha Kulkarni]], NPI [[ID_NUMBER:1447382916]]
Patient address: [[ADDRESS:2904 Larkspur Dr]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]]""",
    """PRIOR AUTHORIZATION REQUEST
Member: [[PERSON:Ethan Goldfarb]]    Member ID: [[ID_NUMBER:W2281904431]]    DOB: [[DATE_TIME:1992-07-18]]
Medication: adalimumab 40 mg every other week
Diagnosis: Crohn's disease (K50.90)
Prescriber: [[PERSON:Dr. Maya Feldstein]], phone [[PHONE_NUMBER:(617) 732-4406]], fax [[PHONE_NUMBER:(617) 732-4499]]
Previous therapies tried: mesalamine (failed), budesonide (intolerant)
Urgency: standard    Signed by prescriber: [[DATE_TIME:05/09/2025]]""",
    """PRIVATE VEHICLE SALE AGREEMENT
Seller: [[PERSON:Sibusiso Khumalo]], ID No. [[ID_NUMBER:8506175123080]], of [[ADDRESS:14 Jacaranda Avenue]], [[LOCATION:Randburg]], [[ZIP_CODE:2194]]
Buyer: [[PERSON:Chantelle van Wyk]], ID No. [[ID_NUMBER:9508270219085]]
Vehicle: 2017 Toyota Corolla Quest, registration [[ID_NUMBER:JX 44 PL GP]], VIN AHTBB3JE300418871, odometer 141 220 km
Purchase price: R128 000, paid by EFT into the seller's account [[ID_NUMBER:62041178832]] on [[DATE_TIME:12 March 2025]].
The vehicle is sold voetstoots. Signed at [[LOCATION:Johannesburg]] on [[DATE_TIME:12 March 2025]].""",
    """MUTUAL NON-DISCLOSURE AGREEMENT
This Agreement is entered into as of [[DATE_TIME:January 6, 2025]] by and between Larkspur Robotics, Inc., a Delaware corporation, and [[PERSON:Adebola Ogunleye]], an individual residing at [[ADDRESS:450 Sutter St, Unit 1904]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94108]] ("Consultant").
Notices to Consultant shall be sent to [[EMAIL_ADDRESS:bola.ogunleye@fastmail.com]].
IN WITNESS WHEREOF: [[PERSON:Adebola Ogunleye]] /s/    [[PERSON:Marcus Feinberg]], CEO /s/""",
    """FINAL NOTICE BEFORE LEGAL ACTION
Reference: COL-55190-B
Debtor: [[PERSON:Shane Patrick Dunleavy]]
Last known address: [[ADDRESS:Apartment 4, 19 Clanbrassil Street Upper]], [[LOCATION:Dublin 8]], [[ZIP_CODE:D08 K2T1]]
Original creditor: a mobile network operator    Account no.: [[ID_NUMBER:7004418290]]
Balance outstanding: EUR 1,482.66
Dear [[PERSON:Mr Dunleavy]], despite our letters of [[DATE_TIME:3 February]] and [[DATE_TIME:4 March 2025]], the balance above remains unpaid. Unless payment is received within 14 days, we will instruct our solicitors.""",
    """IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
Case No. 2025-M1-104472
SUMMONS
To Defendant: [[PERSON:Kourtney L. Baptiste]], [[ADDRESS:6112 S Kenwood Ave, Apt 3]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60637]]
You are hereby summoned to appear at the Richard J. Daley Center, Courtroom 1402, on [[DATE_TIME:July 21, 2025 at 9:30 a.m.]], to answer the complaint of Plaintiff [[PERSON:Orlando Vasquez]].
Date of issue: June 2, 2025""",
    """STUDENT LOAN DEFERMENT REQUEST
Borrower: [[PERSON:Jasmine Oyelowo-Carter]]    SSN: [[US_SSN:219-47-8830]]    DOB: [[DATE_TIME:10/05/1998]]
Address: [[ADDRESS:77 Highland Ave, #2]], [[LOCATION:Somerville]], [[LOCATION:MA]] [[ZIP_CODE:02143]]
Phone: [[PHONE_NUMBER:617-555-0822]]    Email: [[EMAIL_ADDRESS:jas.oyelowo@gmail.com]]
Reason: enrolled at least half-time. School: Tufts University. Student ID: [[ID_NUMBER:1493307]]. Enrollment begin date: [[DATE_TIME:09/03/2025]].
Borrower signature: [[PERSON:Jasmine Oyelowo-Carter]]""",
    """HOME INSURANCE - ESCAPE OF WATER CLAIM
Policyholder: [[TITLE:Mrs]] [[PERSON:Gwendolyn Parry]]
Risk address: [[ADDRESS:9 Heol y Nant]], [[LOCATION:Llandeilo]], [[LOCATION:Carmarthenshire]] [[ZIP_CODE:SA19 6AH]]
Incident date: [[DATE_TIME:Sunday 19 January 2025]], discovered about 6 a.m.
Cause: burst pipe in loft after freeze. Damage to kitchen ceiling and two bedrooms.
Contact: [[PHONE_NUMBER:01558 824 117]] (home), [[PHONE_NUMBER:07812 664 093]] (son, [[PERSON:Rhys]])
Loss adjuster appointed: [[PERSON:Kevin Stroud]]""",
    """NOTICE TO END A TENANCY EARLY FOR NON-PAYMENT OF RENT (N4)
To: [[PERSON:Jean-Baptiste Mukendi]] and [[PERSON:Esther Mukendi]] (Tenants)
From: [[PERSON:Gurinder Dhaliwal]] (Landlord)
Rental unit: [[ADDRESS:1204-35 Finch Ave E]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M2N 6Z8]]
You owe $3,860.00. Termination date: [[DATE_TIME:May 14, 2025]].
Landlord's phone: [[PHONE_NUMBER:416-731-0945]]""",
    """LABORATORY REPORT
Patient: [[PERSON:Aarav Kulkarni]]    Age/Sex: [[AGE:8]] / M    UHID: [[ID_NUMBER:MH-PUN-2290471]]
Referred by: [[PERSON:Dr. Seema Joshi]]    Collected: [[DATE_TIME:21-Mar-2025 08:10]]
Haemoglobin 11.2 g/dL (L); WBC 9,400 /uL; Platelets 2.8 lakh /uL
Dengue NS1 antigen: Negative
Address: [[ADDRESS:C-12, Sai Prasad Society, Karve Road]], [[LOCATION:Kothrud]], [[LOCATION:Pune]] [[ZIP_CODE:411038]]""",
    """LASTING POWER OF ATTORNEY - PROPERTY AND FINANCIAL AFFAIRS
Donor: [[PERSON:Winifred Joan Ashdown]], born [[DATE_TIME:2 April 1937]], of [[ADDRESS:Flat 14, Beechwood Court, 60 London Road]], [[LOCATION:Horsham]] [[ZIP_CODE:RH12 1AY]]
Attorneys (jointly and severally): [[PERSON:Pauline Ashdown-Reid]], [[ADDRESS:3 Coppice Walk]], [[LOCATION:Crawley]]; [[PERSON:Michael Ashdown]], [[ADDRESS:47 Priory Road]], [[LOCATION:Hastings]]
Certificate provider: [[PERSON:Sunil Mistry]], solicitor
Signed by the donor on [[DATE_TIME:18 November 2024]]""",
    """CREDIT CARD APPLICATION - DECISION NOTICE
Applicant: [[PERSON:Nkechi Adaobi Eze]]    Date of birth: [[DATE_TIME:29/12/1990]]
Address: [[ADDRESS:51 Tollcross Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G31 4UR]]
Time at address: 2 years 3 months    Previous address: [[ADDRESS:8 Allison Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G42 8NN]]
Credit limit approved: £2,500    Card number: [[CREDIT_CARD:5520 9331 7748 6026]]
Your card will arrive within 7 working days. Your PIN will follow separately.""",
    """TO WHOM IT MAY CONCERN

This is to confirm that [[PERSON:Mohammed Faisal Siddiqui]], holder of Qatar ID [[ID_NUMBER:28735601442]], has been employed with our company as Senior Quantity Surveyor since [[DATE_TIME:1 September 2016]]. His current monthly salary is QAR 24,500, paid to account [[IBAN_CODE:SA03 8000 0000 6080 1016 7519]] in his home country.
This letter is issued at his request and carries no liability on the company.

[[PERSON:Reem Al-Kuwari]], HR Manager""",
    """TRAVEL INSURANCE CLAIM - MEDICAL EXPENSES ABROAD
Insured: [[PERSON:Siobhán Keane]]    Policy: TRV-ANN-449021    PPSN: [[ID_NUMBER:7491083L]]
Destination: [[LOCATION:Thailand]]    Trip dates: [[DATE_TIME:2 Feb 2025]] to [[DATE_TIME:23 Feb 2025]]
Incident: scooter accident on [[LOCATION:Koh Samui]], [[DATE_TIME:9 February 2025]]; treated at a private hospital, 3 nights.
Costs: THB 184,300. Reimbursement to [[IBAN_CODE:IE48AIBK93381527604431]], account name [[PERSON:Siobhan Keane]].""",
    """IMMUNIZATION RECORD
Name: [[PERSON:Léa-Marie Dubois]]    Date of birth: [[DATE_TIME:2019-06-14]]    Health card: [[ID_NUMBER:DUBL 1956 1421]]
Parent/guardian: [[PERSON:Julien Dubois]], [[PHONE_NUMBER:514-882-0317]]
DTaP-IPV-Hib: [[DATE_TIME:2019-08-15]], [[DATE_TIME:2019-10-17]], [[DATE_TIME:2019-12-16]]
MMR: [[DATE_TIME:2020-06-20]]    Varicella: [[DATE_TIME:2020-06-20]]
Next due: dTap-IPV booster at 4-6 years.""",
    """NOTICE TO CREDITORS - ESTATE OF [[PERSON:RAYMOND EUGENE TOLLIVER]], DECEASED
All persons having claims against [[PERSON:Raymond Eugene Tolliver]], late of [[ADDRESS:214 Old Mill Road]], [[LOCATION:Greenville]], [[LOCATION:SC]] [[ZIP_CODE:29607]], who died on [[DATE_TIME:December 29, 2024]], are required to present them to the Personal Representative, [[PERSON:Lorraine T. Bickford]], [[ADDRESS:PO Box 3318]], [[LOCATION:Greenville]], [[LOCATION:SC]] [[ZIP_CODE:29602]], within eight months of first publication.""",
    """MATERNITY LEAVE REQUEST (MATB1 ATTACHED)
Employee name: [[PERSON:Hannah Abubakar]]    Payroll no.: [[ID_NUMBER:PY-55830]]
Expected week of childbirth: week commencing [[DATE_TIME:Sunday 14 September 2025]]
Intended leave start date: [[DATE_TIME:1 September 2025]]    Intended return: [[DATE_TIME:1 June 2026]]
Line manager: [[PERSON:Oliver Strachan]]
National Insurance number: [[ID_NUMBER:PN 83 40 17 B]]
Emergency contact while on leave: [[PERSON:Idris Abubakar]], [[PHONE_NUMBER:07441 902 615]]""",
    """CUSTOMER ACCOUNT OPENING FORM (KYC)
Name: [[PERSON:Rajeshwari Deshpande]]    Father's/Spouse name: [[PERSON:Anand Deshpande]]
Date of birth: [[DATE_TIME:11/11/1983]]    Gender: Female    Marital status: Married
PAN: [[ID_NUMBER:AUWPD6614Q]]    Aadhaar: [[ID_NUMBER:4881 6230 9747]]
Mobile: [[PHONE_NUMBER:+91 99870 41123]]    Email: [[EMAIL_ADDRESS:rdeshpande83@gmail.com]]
Correspondence address: [[ADDRESS:402, Shivneri Heights, Plot 17, Sector 8]], [[LOCATION:Vashi]], [[LOCATION:Navi Mumbai]] [[ZIP_CODE:400703]]
Occupation: Salaried    Annual income: 10-25 lakh""",
    """INCIDENT REPORT - LOST LAPTOP
Reported by: [[PERSON:Ingrid Solheim]] ([[EMAIL_ADDRESS:ingrid.solheim@norvik-energy.no]]), employee [[ID_NUMBER:NV-11832]]
Date/time noticed: [[DATE_TIME:28.03.2025 kl. 17:40]]
Where: taxi between [[LOCATION:Stavanger]] airport and the office
Asset tag: NV-LT-0912; serial 5CD2471KQX; disk encrypted: yes
Data at risk: HR spreadsheet with names, personal numbers and salaries of the [[LOCATION:Bergen]] team
Actions: account [[USERNAME:isolheim]] disabled; password reset; device wipe queued.""",
    """Huurovereenkomst woonruimte
Ondergetekenden: [[PERSON:R.A. Visser]], wonende te [[ADDRESS:Dorpsstraat 8]], [[ZIP_CODE:1721 BC]] [[LOCATION:Broek op Langedijk]], hierna verhuurder, en [[PERSON:Mehmet Yilmaz]], geboren op [[DATE_TIME:21 juli 1993]], BSN [[ID_NUMBER:305822615]], hierna huurder.
Het gehuurde: [[ADDRESS:Tuinstraat 41-A]], [[ZIP_CODE:1015 NV]] [[LOCATION:Amsterdam]].
Ingangsdatum: [[DATE_TIME:1 juni 2025]]. Huurprijs EUR 1.475,00 per maand, te voldoen op [[IBAN_CODE:NL20 SNSB 0927 7160 43]].""",
    """ADVERSE EVENT REPORT (PATIENT-REPORTED)
Reporter: [[PERSON:Bethany Groves]]    Relationship to patient: self    Age: [[AGE:44]]
Contact: [[EMAIL_ADDRESS:beth.groves.80@hotmail.co.uk]], [[PHONE_NUMBER:07700 482 916]]
Suspect product: lamotrigine 100 mg; batch L4471X
Reaction: widespread rash starting [[DATE_TIME:16/02/2025]], stopped taking drug [[DATE_TIME:17/02/2025]], seen in A&E at [[LOCATION:Stoke-on-Trent]]
Outcome: recovering.""",
    # --- in the manner of Nemotron-PII (JSON, logs, SQL, XML, config, code, tickets) ---
    """{
  "customer_id": "[[ID_NUMBER:CUST-00918273]]",
  "first_name": "[[PERSON:Marguerite]]",
  "last_name": "[[PERSON:Oyelowo]]",
  "email": "[[EMAIL_ADDRESS:m.oyelowo@outlook.com]]",
  "phone": "[[PHONE_NUMBER:+1-312-555-0187]]",
  "date_of_birth": "[[DATE_TIME:1979-08-23]]",
  "address": {"street": "[[ADDRESS:2240 N Clybourn Ave, Apt 5F]]", "city": "[[LOCATION:Chicago]]", "state": "[[LOCATION:IL]]", "zip": "[[ZIP_CODE:60614]]"},
  "loyalty_tier": "gold",
  "marketing_opt_in": false
}""",
    """[[IP_ADDRESS:73.162.40.219]] - [[USERNAME:dkowalski]] [[[DATE_TIME:12/Mar/2025:08:14:52 -0500]]] "POST /account/password HTTP/1.1" 302 0 "https://portal.example.org/account" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"
[[IP_ADDRESS:73.162.40.219]] - [[USERNAME:dkowalski]] [[[DATE_TIME:12/Mar/2025:08:14:53 -0500]]] "GET /account HTTP/1.1" 200 5121 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15\"""",
    """INSERT INTO patients (mrn, given_name, family_name, dob, sex, phone, insurance_member_id, primary_physician)
VALUES ('[[ID_NUMBER:MRN-0047729]]', '[[PERSON:Esperanza]]', '[[PERSON:Villalobos]]', '[[DATE_TIME:1966-02-11]]', 'F', '[[PHONE_NUMBER:956-381-4420]]', '[[ID_NUMBER:BCX884102273]]', '[[PERSON:Dr. Howard Lin]]');""",
    """<Patient>
  <Identifier system="NHS">[[ID_NUMBER:7210394486]]</Identifier>
  <Name><Given>[[PERSON:Olufunmilayo]]</Given><Family>[[PERSON:Adesanya]]</Family></Name>
  <BirthDate>[[DATE_TIME:1971-05-30]]</BirthDate>
  <Address><Line>[[ADDRESS:17 Coldharbour Lane]]</Line><City>[[LOCATION:London]]</City><PostalCode>[[ZIP_CODE:SE5 9NR]]</PostalCode></Address>
  <Telecom use="mobile">[[PHONE_NUMBER:07788 301 554]]</Telecom>
  <GP>[[PERSON:Dr. Rupert Haines]]</GP>
</Patient>""",
    """# alerting.yaml
oncall:
  primary:
    name: [[PERSON:Svetlana Morozova]]
    phone: "[[PHONE_NUMBER:+49 151 2274 8891]]"
    email: [[EMAIL_ADDRESS:svetlana.morozova@orbitcloud.io]]
  secondary:
    name: [[PERSON:Kwabena Asante]]
    phone: "[[PHONE_NUMBER:+49 160 9918 3302]]"
escalation_after_minutes: 15
pagerduty_service_key: 8f2c1e9a7b7d4e0c9a61d3f2b5e8c417
smtp_password: Xq!7mPz#2025""",
    """def test_create_user(client):
    payload = {
        "username": "[[USERNAME:amelia.hartigan]]",
        "full_name": "[[PERSON:Amelia Hartigan]]",
        "email": "[[EMAIL_ADDRESS:amelia.hartigan@gmail.com]]",
        "ssn": "[[US_SSN:372-19-5048]]",
        "password": "correct-horse-battery-9",
    }
    resp = client.post("/api/users", json=payload)
    assert resp.status_code == 201""",
    """Ticket: SUP-48817 | Priority: High | Status: Open
Reporter: [[PERSON:Nomvula Zungu]] <[[EMAIL_ADDRESS:nomvula.zungu@capeharbour.co.za]]>
Subject: Cannot access payslips after password reset
Description: Since resetting my password on [[DATE_TIME:14 April]] I get "account locked". My employee number is [[ID_NUMBER:CH-7720]], login [[USERNAME:nzungu]]. Please call me on [[PHONE_NUMBER:082 554 1907]].
Assignee: [[PERSON:Pieter Botha]]""",
    """Mar 18 02:41:07 bastion-01 sshd[21904]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 51522 ssh2
[[DATE_TIME:Mar 18 02:43:19]] bastion-01 sshd[21911]: Accepted publickey for [[USERNAME:rfernandes]] from [[IP_ADDRESS:82.155.14.203]] port 60114 ssh2: ED25519 SHA256:q3Yb1x0Jf8KzT6uLr2vW9pN5sD4aC7eH0gM1iO2kQ8c
[[DATE_TIME:Mar 18 02:43:19]] bastion-01 systemd-logind[812]: New session 4471 of user [[USERNAME:rfernandes]].""",
    """{"event":"employee.updated","data":{"employee_id":"[[ID_NUMBER:E-0041187]]","name":"[[PERSON:Thabo Mahlangu]]","job_title":"Site Reliability Engineer","department":"Platform","manager":"[[PERSON:Lindiwe Ncube]]","work_email":"[[EMAIL_ADDRESS:thabo.mahlangu@kestrel.io]]","personal_phone":"[[PHONE_NUMBER:+27 71 448 2093]]","start_date":"[[DATE_TIME:2021-02-01]]","bank_account":"[[ID_NUMBER:1183429075]]","branch_code":"250655"}}""",
    """[[DATE_TIME:2025-04-02T11:07:44.812Z]] WARN  payment-svc  charge declined customer=[[ID_NUMBER:cus_8812044]] name="[[PERSON:Ioana Constantinescu]]" card=[[CREDIT_CARD:5456 1023 9987 1542]] reason=insufficient_funds amount=249.00 currency=EUR billing_zip=[[ZIP_CODE:010011]] ip=[[IP_ADDRESS:86.124.77.5]]""",
    """UPDATE members
SET email = '[[EMAIL_ADDRESS:chidi.okeke.ng@gmail.com]]',
    phone = '[[PHONE_NUMBER:+234 809 771 3046]]',
    address_line1 = '[[ADDRESS:14B Ajose Adeogun Street]]',
    city = '[[LOCATION:Victoria Island]]',
    updated_by = 'svc_crm'
WHERE member_no = '[[ID_NUMBER:LAG-221904]]' AND surname = '[[PERSON:Okeke]]';""",
    """# .env.local (do not commit)
DB_HOST=db-primary.internal
DB_USER=app_rw
DB_PASS=s3cr3t-Pa55
ADMIN_EMAIL=[[EMAIL_ADDRESS:farida.haidari@gmail.com]]
ADMIN_NAME="[[PERSON:Farida Haidari]]"
SUPPORT_MAILBOX=support@tallyhoapp.com
STRIPE_SECRET=sk_test_51Hx8Qk2eZvKYlo2C0aTq8PqR""",
    """POST /v1/signup HTTP/1.1
Host: api.roamly.travel
X-Forwarded-For: [[IP_ADDRESS:49.207.180.33]]
User-Agent: okhttp/4.12.0
Content-Type: application/json
Cookie: sid=7c1e0f44a9d2b8e6

{"fullName":"[[PERSON:Aditi Bhattacharya]]","email":"[[EMAIL_ADDRESS:aditi.b.1994@gmail.com]]","mobile":"[[PHONE_NUMBER:+919830455127]]","dob":"[[DATE_TIME:14/09/1994]]","passport":"[[ID_NUMBER:V5528431]]"}""",
    """Traceback (most recent call last):
  File "/srv/app/billing/invoice.py", line 212, in send_invoice
    mailer.send(to=customer.email, subject=subject)
  File "/srv/app/mail/smtp.py", line 88, in send
    raise RecipientRefused(to)
mail.errors.RecipientRefused: <[[EMAIL_ADDRESS:gustavo.albuquerque@uol.com.br]]> (customer [[PERSON:Gustavo Albuquerque]], id [[ID_NUMBER:BR-009217]])""",
    """From: [[PERSON:Yuki Tanaka-Moore]] <[[EMAIL_ADDRESS:yuki.tm@fastmail.jp]]>
To: HR Shared Services <hr@lumenfield.com>
Date: [[DATE_TIME:Tue, 11 Mar 2025 09:02:17 +0900]]
Subject: Change of bank details

Hello, please pay my salary from next month into [[IBAN_CODE:GB54 HBUK 4012 7661 4588 30]] instead of the old account. My staff number is [[ID_NUMBER:LF-3398]]. Thanks, [[PERSON:Yuki]]""",
    """{
  "type": "checkout.session.completed",
  "data": {
    "customer_details": {
      "name": "[[PERSON:Callum Stewart-Nakamura]]",
      "email": "[[EMAIL_ADDRESS:callum.sn@icloud.com]]",
      "phone": "[[PHONE_NUMBER:+61 423 118 907]]",
      "address": {"line1": "[[ADDRESS:3/41 Glen Huntly Road]]", "city": "[[LOCATION:Elwood]]", "state": "[[LOCATION:VIC]]", "postal_code": "[[ZIP_CODE:3184]]", "country": "AU"}
    },
    "payment_method_details": {"card": {"brand": "visa", "last4": "4412", "exp_month": 9, "exp_year": 2027}},
    "amount_total": 18900
  }
}""",
    """mutation {
  updateProfile(input: {
    clientMutationId: "upd-1"
    displayName: "[[PERSON:Rosa Delgado]]"
    handle: "[[USERNAME:rosadelgado.art]]"
    website: "[[URL:https://rosadelgado.art]]"
    phone: "[[PHONE_NUMBER:+52 55 1934 7702]]"
    city: "[[LOCATION:Ciudad de México]]"
  }) { ok }
}""",
    """Lead #00Q5g00000AbC12
Name: [[PERSON:Hyun-woo Park]]
Title: Procurement Manager
Company: Daehan Precision Co.
Email: [[EMAIL_ADDRESS:hw.park@daehanprec.co.kr]]
Mobile: [[PHONE_NUMBER:+82 10-4471-2290]]
LinkedIn: [[URL:linkedin.com/in/hyunwoo-park-7a1b22]]
Lead source: Trade show
Notes: met at booth on [[DATE_TIME:20 March]], wants a quote before [[DATE_TIME:April 15]].""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: payroll-export
data:
  SFTP_HOST: "sftp.payrollhub.net"
  SFTP_USER: "exp_payroll"
  REPORT_OWNER: "[[PERSON:Graciela Montes]]"
  REPORT_OWNER_EMAIL: "[[EMAIL_ADDRESS:graciela.montes@vistara.com]]"
  REPORT_OWNER_PHONE: "[[PHONE_NUMBER:+1 (415) 882-0743]]"
  SCHEDULE: "0 6 * * 1\"""",
    """const testUser = {
  id: 42,
  name: '[[PERSON:Soren Abildgaard]]',
  email: '[[EMAIL_ADDRESS:soren.abildgaard@proton.me]]',
  ip: '[[IP_ADDRESS:192.168.1.104]]',
  creditCard: '[[CREDIT_CARD:4716042399812071]]',
  cvv: '318',
  birthday: new Date('[[DATE_TIME:1990-01-27]]'),
};""",
    """name=[[PERSON:Precious+Chikwanha]]&email=[[EMAIL_ADDRESS:precious.chikwanha%40gmail.com]]&phone=[[PHONE_NUMBER:%2B263+77+441+9082]]&message=Please+call+me+back+about+my+order+ORD-55102&consent=on""",
    """{
  "resourceType": "Patient",
  "identifier": [{"system": "urn:oid:2.16.840.1.113883.2.4.6.3", "value": "[[ID_NUMBER:241973089]]"}],
  "name": [{"family": "[[PERSON:Kramer]]", "given": ["[[PERSON:Wilhelmina]]", "[[PERSON:J.]]"]}],
  "gender": "female",
  "birthDate": "[[DATE_TIME:1955-10-04]]",
  "address": [{"line": ["[[ADDRESS:Lange Voorhout 9]]"], "city": "[[LOCATION:Den Haag]]", "postalCode": "[[ZIP_CODE:2514 EA]]"}],
  "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:070 346 2281]]"}]
}""",
    """audit  [[DATE_TIME:2025-01-09 16:22:04]]  user=[[USERNAME:j.okafor]]  role=nurse  action=VIEW  patient=[[ID_NUMBER:PT-3390127]] ([[PERSON:Ramona Ellison]])  ward=4B  workstation=WS-WARD4B-02  result=ALLOWED
audit  [[DATE_TIME:2025-01-09 16:25:47]]  user=[[USERNAME:j.okafor]]  role=nurse  action=EXPORT  patient=[[ID_NUMBER:PT-3390127]] ([[PERSON:Ramona Ellison]])  ward=4B  workstation=WS-WARD4B-02  result=DENIED""",
    """@Test
void formatsAddressLabel() {
    Customer c = new Customer("[[PERSON:Bartholomew]]", "[[PERSON:Nwachukwu]]");
    c.setStreet("[[ADDRESS:1187 Peachtree St NE, Suite 400]]");
    c.setCity("[[LOCATION:Atlanta]]");
    c.setState("[[LOCATION:GA]]");
    c.setZip("[[ZIP_CODE:30309]]");
    assertEquals("BARTHOLOMEW NWACHUKWU", c.label().split("\\n")[0]);
}""",
    """[[DATE_TIME:2025-05-06 10:02:11,418]] INFO  [helpdesk] reset requested for [[USERNAME:lmbeki]] ([[PERSON:Lerato Mbeki]]) by agent [[USERNAME:kdlamini]]
[[DATE_TIME:2025-05-06 10:02:11,902]] INFO  [helpdesk] identity check: dob=[[DATE_TIME:1993-06-30]] employee_id=[[ID_NUMBER:ZA-88214]] -> PASS
[[DATE_TIME:2025-05-06 10:02:12,077]] INFO  [helpdesk] temporary password issued, delivered via SMS to [[PHONE_NUMBER:+27 83 118 4460]]""",
    """{"claim": {"claim_number": "HC-2025-118842", "member": {"name": "[[PERSON:Teodoro Alcántara]]", "member_id": "[[ID_NUMBER:UHC9912047731]]", "dob": "[[DATE_TIME:03/18/1958]]", "ssn_last4": "2290"}, "provider": {"name": "[[PERSON:Dr. Rebecca Stein]]", "npi": "[[ID_NUMBER:1598830218]]"}, "service_date": "[[DATE_TIME:2025-02-19]]", "diagnosis_codes": ["M17.11"], "billed": 1840.00}}""",
    """<PayrollRecord period="2025-03">
  <Employee id="[[ID_NUMBER:4471-MI]]">
    <Name>[[PERSON:Chiara Lombardi]]</Name>
    <TaxCode>[[ID_NUMBER:LMBCHR79E70D612P]]</TaxCode>
    <IBAN>[[IBAN_CODE:IT35J0103014200000003761902]]</IBAN>
    <HireDate>[[DATE_TIME:2015-09-14]]</HireDate>
    <Gross currency="EUR">3420.00</Gross>
  </Employee>
</PayrollRecord>""",
    """[account]
owner = [[PERSON:Magnus Henriksen]]
owner_email = [[EMAIL_ADDRESS:magnus.henriksen@online.no]]
backup_contact = [[PHONE_NUMBER:+47 412 88 031]]
home_ip_allowlist = [[IP_ADDRESS:84.212.19.166]]
api_token = ghp_8Jk2LmN4pQ6rS8tV0wX2yZ4aB6cD8eF0gH2i
region = eu-north-1""",
    """commit 9c4e1f07b2a8d63e51f0c9a7e2d4b8f1a3c5e7d9
Author: [[PERSON:Nadia Benali]] <[[EMAIL_ADDRESS:nadia.benali@gmail.com]]>
Date:   [[DATE_TIME:Thu Feb 20 18:04:33 2025 +0100]]

    Fix crash when profile phone is empty

    Reported by [[PERSON:Youssef]] ([[USERNAME:yelamrani]]), see issue 2291.""",
    """Contact form submission #88120
Name: [[PERSON:Bernadette Ong]]
Email: [[EMAIL_ADDRESS:bernadette.ong@singnet.com.sg]]
Phone: [[PHONE_NUMBER:+65 9771 2084]]
NRIC (last 4): 208J
Postal code: [[ZIP_CODE:560231]]
Message: My father, [[PERSON:Ong Kah Huat]], passed away on [[DATE_TIME:2 March]] and I need to close his account. His NRIC is [[ID_NUMBER:S7702914A]]. What documents do you need?""",
    """[[[DATE_TIME:2025-02-17 14:03:55]]] production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '[[EMAIL_ADDRESS:kemi.adeyinka@yahoo.com]]' for key 'users_email_unique' (SQL: insert into `users` (`name`, `email`, `phone`, `date_of_birth`, `postcode`) values ([[PERSON:Kemi Adeyinka]], [[EMAIL_ADDRESS:kemi.adeyinka@yahoo.com]], [[PHONE_NUMBER:+44 7398 220 174]], [[DATE_TIME:1996-08-12]], [[ZIP_CODE:SE15 4QF]]))""",
]

TABLE = [
    """pass_no,holder,date_of_birth,pass_type,zones,valid_until,photo_ok
[[ID_NUMBER:SP-204881]],[[PERSON:Ayesha Siddiqui]],[[DATE_TIME:2007-03-19]],16-17 Saver,1-4,2025-08-31,Y
[[ID_NUMBER:SP-204882]],[[PERSON:Ciaran Walsh]],[[DATE_TIME:2006-11-02]],16-17 Saver,1-2,2025-08-31,N
[[ID_NUMBER:SP-204887]],[[PERSON:Temperance Obi]],[[DATE_TIME:1957-06-25]],Freedom,1-6,2026-06-24,Y
[[ID_NUMBER:SP-204890]],[[PERSON:Marek Dvořák]],[[DATE_TIME:1990-01-08]],Annual,2-3,2026-01-31,Y""",
    """| Deceased | Date of death | Service | Venue | Next of kin | Contact |
|---|---|---|---|---|---|
| [[PERSON:Norman Eric Blyth]] | [[DATE_TIME:02/03/2025]] | [[DATE_TIME:Fri 14/03 11:30]] | Crematorium chapel | [[PERSON:Susan Blyth]] (daughter) | [[PHONE_NUMBER:07831 220 914]] |
| [[PERSON:Gladys Mwangi]] | [[DATE_TIME:04/03/2025]] | [[DATE_TIME:Wed 12/03 14:00]] | St Luke's | [[PERSON:Peter Mwangi]] (son) | [[PHONE_NUMBER:07402 118 337]] |
| [[PERSON:Ranjit Singh Bains]] | [[DATE_TIME:05/03/2025]] | [[DATE_TIME:Mon 10/03 10:00]] | Gurdwara, then crematorium | [[PERSON:Kuldip Bains]] (wife) | [[PHONE_NUMBER:0121 554 0372]] |""",
    """ticket\trequested_by\tusername\tverified_with\tagent\tresolved
INC0441871\t[[PERSON:Moana Tuilagi]]\t[[USERNAME:mtuilagi]]\temployee id [[ID_NUMBER:60214]]\t[[PERSON:Sam Okoro]]\tyes
INC0441877\t[[PERSON:Dmitrij Wolkow]]\t[[USERNAME:dwolkow]]\tcallback to [[PHONE_NUMBER:+49 170 884 2291]]\t[[PERSON:Sam Okoro]]\tyes
INC0441902\t[[PERSON:Elif Demir]]\t[[USERNAME:edemir2]]\tmanager approval ([[PERSON:Jon Hale]])\t[[PERSON:Grace Liu]]\tno""",
    """BED  PATIENT               HOSP NO     EDD/DELIVERED        MIDWIFE
 1   [[PERSON:Kirsty Lamont]]         [[ID_NUMBER:H4471902]]    EDD [[DATE_TIME:02/05/2025]]       [[PERSON:Jo Pritchard]]
 2   [[PERSON:Amira Haddad]]          [[ID_NUMBER:H4472018]]    del. [[DATE_TIME:28/04 03:12]]     [[PERSON:Jo Pritchard]]
 3   [[PERSON:Precious Nyathi]]       [[ID_NUMBER:H4470655]]    EDD [[DATE_TIME:09/05/2025]]       [[PERSON:Malia Fonoti]]
 4   [[PERSON:Sophie-Anne Clerc]]     [[ID_NUMBER:H4472101]]    del. [[DATE_TIME:29/04 21:48]]     [[PERSON:Malia Fonoti]]""",
    """{"case":"DSP-77120","consumer":"[[PERSON:Lamar Whitaker]]","ssn":"[[US_SSN:508-33-7190]]","bureau":"Experian","item":"medical collection $612","opened":"[[DATE_TIME:2025-02-11]]","status":"under review"}
{"case":"DSP-77124","consumer":"[[PERSON:Guadalupe Serrano]]","ssn":"[[US_SSN:611-20-4478]]","bureau":"TransUnion","item":"duplicate auto loan","opened":"[[DATE_TIME:2025-02-12]]","status":"resolved - deleted"}
{"case":"DSP-77131","consumer":"[[PERSON:Eun-ji Cho]]","ssn":"[[US_SSN:145-82-6093]]","bureau":"Equifax","item":"address not mine: [[ADDRESS:88 Mercer St]]","opened":"[[DATE_TIME:2025-02-14]]","status":"open"}""",
    """auction: 2025-06-12 online
registered_bidders:
  - paddle: 101
    name: [[PERSON:Hugo Delacroix-Brown]]
    email: [[EMAIL_ADDRESS:hugo.db@btinternet.com]]
    phone: "[[PHONE_NUMBER:07976 441 208]]"
    id_checked: passport
  - paddle: 102
    name: [[PERSON:Shirin Farahmand]]
    email: [[EMAIL_ADDRESS:shirin.farahmand@gmail.com]]
    phone: "[[PHONE_NUMBER:07555 930 612]]"
    id_checked: driving licence [[ID_NUMBER:FARAH752104S99LM]]
  - paddle: 103
    name: [[PERSON:Colm Devlin]]
    email: [[EMAIL_ADDRESS:colm@devlinbuilders.ie]]
    phone: "[[PHONE_NUMBER:+353 87 220 4419]]"
    id_checked: pending""",
    """Employee record
Name:            [[PERSON:Oluwatoyin Bello-Hart]]
Preferred name:  [[PERSON:Toyin]]
Employee ID:     [[ID_NUMBER:100482]]
Department:      Finance
Title:           Accounts Payable Lead
Start date:      [[DATE_TIME:12 June 2019]]
Date of birth:   [[DATE_TIME:30 Sep 1985]]
Home address:    [[ADDRESS:22 Larch Grove]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK10 9AF]]
Personal mobile: [[PHONE_NUMBER:07723 815 440]]
NI number:       [[ID_NUMBER:SN 42 71 93 D]]""",
    """member_id,first,last,age,plan,joined,club,phone
[[ID_NUMBER:GYM-55120]],[[PERSON:Kealoha]],[[PERSON:Akana]],[[AGE:31]],Premium,[[DATE_TIME:2024-01-15]],Central,[[PHONE_NUMBER:808-672-4410]]
[[ID_NUMBER:GYM-55134]],[[PERSON:Brittany]],[[PERSON:Nguyen]],[[AGE:26]],Basic,[[DATE_TIME:2024-02-03]],Central,[[PHONE_NUMBER:808-927-1183]]
[[ID_NUMBER:GYM-55201]],[[PERSON:Roberto]],[[PERSON:Salas]],[[AGE:58]],Silver,[[DATE_TIME:2024-03-22]],Westside,[[PHONE_NUMBER:808-455-0318]]""",
    """| Pupil | Class | Parent/carer | Phone | Email |
|-------|-------|--------------|-------|-------|
| [[PERSON:Leo Fitzpatrick]] | 3B | [[PERSON:Maeve Fitzpatrick]] | [[PHONE_NUMBER:07700 341 118]] | [[EMAIL_ADDRESS:maeve.fitz@gmail.com]] |
| [[PERSON:Zara Okonjo]] | 3B | [[PERSON:Ifeoma Okonjo]] | [[PHONE_NUMBER:07392 880 216]] | [[EMAIL_ADDRESS:ifeoma.okonjo@yahoo.co.uk]] |
| [[PERSON:Harvey Lim]] | 3C | [[PERSON:Jennifer Lim]] | [[PHONE_NUMBER:07418 004 673]] | [[EMAIL_ADDRESS:jen.lim.home@outlook.com]] |
| [[PERSON:Nour Saleh]] | 3C | [[PERSON:Rami Saleh]] | [[PHONE_NUMBER:07501 662 940]] | [[EMAIL_ADDRESS:rami.saleh@hotmail.com]] |""",
    """nome;cognome;codice_fiscale;data_nascita;telefono;comune;tessera
[[PERSON:Lorenzo]];[[PERSON:Gallo]];[[ID_NUMBER:GLLLNZ61P09A944E]];[[DATE_TIME:09/09/1961]];[[PHONE_NUMBER:051 644 2871]];[[LOCATION:Bologna]];ordinaria
[[PERSON:Chiara]];[[PERSON:Lombardi]];[[ID_NUMBER:LMBCHR79E70D612P]];[[DATE_TIME:30/05/1979]];[[PHONE_NUMBER:335 770 1249]];[[LOCATION:Firenze]];ridotta
[[PERSON:Giulia]];[[PERSON:Ferraro]];[[ID_NUMBER:FRRGLI88L54L219J]];[[DATE_TIME:14/07/1988]];[[PHONE_NUMBER:348 102 6637]];[[LOCATION:Torino]];ordinaria""",
    """Nama: [[PERSON:Lim Mei Ling]]
No. Kad Pengenalan: [[ID_NUMBER:650420-08-5312]]
Tarikh lahir: [[DATE_TIME:20 April 1965]]
Alamat: [[ADDRESS:No. 7, Jalan Kledang Raya 3]], [[LOCATION:Menglembu]], [[ZIP_CODE:31450]] [[LOCATION:Ipoh]], [[LOCATION:Perak]]
Telefon: [[PHONE_NUMBER:05-281 4470]]
Telefon bimbit: [[PHONE_NUMBER:016-552 0913]]
Waris terdekat: [[PERSON:Chong Kah Seng]] (suami)
Kategori: warga emas""",
    """| Employee | Staff no. | IBAN | Net pay (EUR) | Pay date |
|:--|:--|:--|--:|:--|
| [[PERSON:Pieter de Graaf]] | [[ID_NUMBER:0411]] | [[IBAN_CODE:NL08 ABNA 0417 2639 58]] | 3,212.40 | 25-04-2025 |
| [[PERSON:Anouk Meijer]] | [[ID_NUMBER:0419]] | [[IBAN_CODE:NL83 TRIO 0198 4376 52]] | 2,871.95 | 25-04-2025 |
| [[PERSON:Karim Bouzid]] | [[ID_NUMBER:0427]] | [[IBAN_CODE:NL90 ASNB 0708 8123 95]] | 2,640.10 | 25-04-2025 |
| [[PERSON:Emma Schouten]] | [[ID_NUMBER:0433]] | [[IBAN_CODE:BE05 0630 4817 4275]] | 3,005.00 | 25-04-2025 |""",
    """time\tpatient\tdob\treason\tclinician\tnotes
08:30\t[[PERSON:Haruto Sato]]\t[[DATE_TIME:04/11/1970]]\tBP review\t[[PERSON:Dr. Fenwick]]\t-
08:50\t[[PERSON:Mercy Appiah]]\t[[DATE_TIME:17/02/1988]]\tantenatal 28/40\t[[PERSON:Nurse Kavanagh]]\tbring urine sample
09:10\t[[PERSON:Bill Stenhouse]]\t[[DATE_TIME:29/08/1944]]\tflu jab\t[[PERSON:Nurse Kavanagh]]\tcarer [[PERSON:Ann]] to attend
09:30\t[[PERSON:Rosa Lindqvist]]\t[[DATE_TIME:12/12/2001]]\tpill check\t[[PERSON:Dr. Fenwick]]\tphone consult on [[PHONE_NUMBER:07451 332 008]]""",
    """{"ts":"[[DATE_TIME:2025-03-30T07:58:12Z]]","user":"[[USERNAME:adoyle]]","event":"login_success","src_ip":"[[IP_ADDRESS:91.141.5.77]]","mfa":"push"}
{"ts":"[[DATE_TIME:2025-03-30T08:03:40Z]]","user":"[[USERNAME:pmukherjee]]","event":"login_failed","src_ip":"[[IP_ADDRESS:2401:4900:1c5a:92e1::4b]]","mfa":null}
{"ts":"[[DATE_TIME:2025-03-30T08:03:59Z]]","user":"[[USERNAME:pmukherjee]]","event":"password_reset","src_ip":"[[IP_ADDRESS:2401:4900:1c5a:92e1::4b]]","mfa":"sms"}
{"ts":"[[DATE_TIME:2025-03-30T08:11:05Z]]","user":"[[USERNAME:adoyle]]","event":"logout","src_ip":"[[IP_ADDRESS:91.141.5.77]]","mfa":null}""",
    """LOT  PROPERTY                                    VENDOR                 BUYER               PRICE
 7   [[ADDRESS:18 Wharf Road]], [[LOCATION:Gravesend]]                    Estate of [[PERSON:A. Pollard]]   [[PERSON:N. Chaudhry]]         £186,500
 8   [[ADDRESS:Flat 5, 2 Marine Parade]], [[LOCATION:Margate]]            [[PERSON:D.]] & [[PERSON:L. Hensley]]        withdrawn           -
 9   Land adj. [[ADDRESS:41 Church Street]], [[LOCATION:Sittingbourne]]   Receivers              [[PERSON:Kemi Adebayo-Ross]]   £54,000""",
    """customer,card_number,exp,cvv,billing_postcode,last_purchase
[[PERSON:Isabella Fontaine]],[[CREDIT_CARD:4556730211488301]],05/27,882,[[ZIP_CODE:BS8 1TH]],[[DATE_TIME:2025-03-02]]
[[PERSON:Desmond Agyeman]],[[CREDIT_CARD:2221470055839165]],12/26,041,[[ZIP_CODE:M14 5RZ]],[[DATE_TIME:2025-03-04]]
[[PERSON:Ffion Rees]],[[CREDIT_CARD:371692005483115]],09/28,5520,[[ZIP_CODE:CF10 3AT]],[[DATE_TIME:2025-03-04]]""",
    """emergency_contacts:
  [[PERSON:Tomoko Ishikawa]]:
    relation: mother
    phone: [[PHONE_NUMBER:+81 90-4471-2083]]
  [[PERSON:Daniel Ishikawa-Reed]]:
    relation: brother
    phone: [[PHONE_NUMBER:+1 503 881 2264]]
    email: [[EMAIL_ADDRESS:dan.ishikawareed@gmail.com]]
  [[PERSON:Priya Menon]]:
    relation: flatmate
    phone: [[PHONE_NUMBER:+44 7832 119 460]]""",
    """| Unit | Tenant(s) | Lease start | Rent | Deposit scheme | Phone |
| --- | --- | --- | --- | --- | --- |
| [[ADDRESS:Flat 1]] | [[PERSON:Orla Byrne]] | [[DATE_TIME:01/09/2023]] | £950 | DPS | [[PHONE_NUMBER:07912 305 418]] |
| [[ADDRESS:Flat 2]] | [[PERSON:Tendai Moyo]], [[PERSON:Ruvimbo Moyo]] | [[DATE_TIME:15/01/2024]] | £1,100 | TDS | [[PHONE_NUMBER:07438 227 051]] |
| [[ADDRESS:Flat 3]] | vacant | - | £980 | - | - |""",
    """BOOKING REF: QX7K2L
Passenger 1: [[TITLE:MR]] [[PERSON:RAJESH KUMAR NAIR]]
  DOB: [[DATE_TIME:22MAY1976]]   Passport: [[ID_NUMBER:Z5521874]]   Nationality: [[NRP:IND]]
Passenger 2: [[TITLE:MRS]] [[PERSON:SREEJA NAIR]]
  DOB: [[DATE_TIME:03NOV1980]]   Passport: [[ID_NUMBER:Z5521902]]   Nationality: [[NRP:IND]]
Contact: [[PHONE_NUMBER:+971 50 448 2217]] / [[EMAIL_ADDRESS:rajesh.nair76@gmail.com]]
Fare basis: YLOWAE   Seats: 32A, 32B""",
    """respondent_id,age,gender,city,nationality,employment,q1_satisfaction
R-0001,[[AGE:34]],F,[[LOCATION:Auckland]],[[NRP:Samoan]],full-time,4
R-0002,[[AGE:61]],M,[[LOCATION:Christchurch]],[[NRP:New Zealander]],retired,5
R-0003,[[AGE:22]],F,[[LOCATION:Hamilton]],[[NRP:Chinese]],student,3
R-0004,[[AGE:45]],M,[[LOCATION:Wellington]],[[NRP:Fijian]],self-employed,2""",
    """| Shift | Volunteer | Mobile | Notes |
|-------|-----------|--------|-------|
| Sat 8-11 | [[PERSON:Bernard Achterberg]] | [[PHONE_NUMBER:0412 008 331]] | drives the van |
| Sat 11-2 | [[PERSON:Lupe Taufa]] | [[PHONE_NUMBER:0421 776 045]] | first aid |
| Sun 8-11 | [[PERSON:Ravi]] & [[PERSON:Shanti Prasad]] | [[PHONE_NUMBER:0433 118 207]] | - |
| Sun 11-2 | [[PERSON:Margo Kiely]] | [[PHONE_NUMBER:0402 559 680]] | keys holder |""",
    """client_no\towner\tpet\tspecies\tphone\tpostcode
[[ID_NUMBER:V10442]]\t[[PERSON:Hamid Karimi]]\tBiscuit\tdog\t[[PHONE_NUMBER:0131 447 2290]]\t[[ZIP_CODE:EH10 5QE]]
[[ID_NUMBER:V10451]]\t[[PERSON:Eilidh Munro]]\tSmudge\tcat\t[[PHONE_NUMBER:07866 214 903]]\t[[ZIP_CODE:EH12 7RN]]
[[ID_NUMBER:V10458]]\t[[PERSON:Tadeusz Wróbel]]\tPepper\trabbit\t[[PHONE_NUMBER:07712 560 188]]\t[[ZIP_CODE:EH6 4JW]]""",
    """{"stop":1,"recipient":"[[PERSON:Aigerim Nurlanova]]","address":"[[ADDRESS:1408 W Cermak Rd, Unit 2]]","city":"[[LOCATION:Chicago]]","zip":"[[ZIP_CODE:60608]]","phone":"[[PHONE_NUMBER:773-407-2291]]","parcels":2}
{"stop":2,"recipient":"[[PERSON:Theo Papadakis]]","address":"[[ADDRESS:2219 S Wentworth Ave]]","city":"[[LOCATION:Chicago]]","zip":"[[ZIP_CODE:60616]]","phone":"[[PHONE_NUMBER:312-883-4019]]","parcels":1}
{"stop":3,"recipient":"Front desk, Halsted Medical Clinic","address":"[[ADDRESS:2401 S Halsted St]]","city":"[[LOCATION:Chicago]]","zip":"[[ZIP_CODE:60608]]","phone":"312-555-0100","parcels":6}""",
    """student_id,surname,given_names,dob,programme,mode
[[ID_NUMBER:2025004417]],[[PERSON:Abubakar]],[[PERSON:Hauwa Zainab]],[[DATE_TIME:2006-04-11]],BSc Nursing,full-time
[[ID_NUMBER:2025004418]],[[PERSON:Kristiansen]],[[PERSON:Ole Martin]],[[DATE_TIME:2005-12-30]],BEng Civil,full-time
[[ID_NUMBER:2025004423]],[[PERSON:Mahlaba]],[[PERSON:Sizwe]],[[DATE_TIME:2006-07-07]],BA History,part-time
[[ID_NUMBER:2025004429]],[[PERSON:O'Sullivan]],[[PERSON:Róisín]],[[DATE_TIME:2006-02-19]],BSc Nursing,full-time""",
    """NAME                    EXT    MOBILE            DESK
[[PERSON:Abigail Thornbury]]       4410   [[PHONE_NUMBER:07700 118 204]]     3.14
[[PERSON:Kamal Hossain]]           4417   [[PHONE_NUMBER:07411 930 552]]     3.15
[[PERSON:Ludmila Petrenko]]        4421   -                 3.22
Reception               4400   -                 G.01""",
    """team: data-platform
members:
  - name: [[PERSON:Björn Halvorsen]]
    github: [[USERNAME:bhalvorsen]]
    slack: "@[[USERNAME:bjorn.h]]"
    timezone: Europe/Oslo
  - name: [[PERSON:Adaeze Okafor]]
    github: [[USERNAME:ada-okafor]]
    slack: "@[[USERNAME:adaeze]]"
    timezone: Europe/London
  - name: [[PERSON:Rahul Menon]]
    github: [[USERNAME:rmenon-dev]]
    slack: "@[[USERNAME:rahul.m]]"
    timezone: Asia/Kolkata""",
    """application_no,applicant,date_of_birth,concession,proof,address,postal_code,status
BP-25-01182,[[PERSON:Marie-Claude Gagnon]],[[DATE_TIME:1958-02-27]],senior,health card,[[ADDRESS:412 rue Saint-Jean]],[[ZIP_CODE:G1R 1P4]],approved
BP-25-01187,[[PERSON:Amadou Diallo]],[[DATE_TIME:2004-09-15]],student,student card [[ID_NUMBER:537201448]],[[ADDRESS:88 chemin Sainte-Foy, app. 12]],[[ZIP_CODE:G1R 1S9]],pending
BP-25-01190,[[PERSON:Pierre-Luc Bédard]],[[DATE_TIME:1949-06-03]],senior,birth certificate,[[ADDRESS:1250 avenue Cartier]],[[ZIP_CODE:G1R 2S8]],approved""",
    """| NHS number | Name | DOB | Postcode | Next appt |
|------------|------|-----|----------|-----------|
| [[ID_NUMBER:450 116 2872]] | [[PERSON:PATEL, Hemlata]] | [[DATE_TIME:12-Jan-1952]] | [[ZIP_CODE:LE4 6QA]] | [[DATE_TIME:14-May 09:40]] |
| [[ID_NUMBER:938 204 7166]] | [[PERSON:HUGHES, Terence]] | [[DATE_TIME:03-Aug-1949]] | [[ZIP_CODE:LE5 3NH]] | [[DATE_TIME:14-May 10:00]] |
| [[ID_NUMBER:634 019 2750]] | [[PERSON:ADEBAYO, Funke]] | [[DATE_TIME:21-Oct-1967]] | [[ZIP_CODE:LE2 7DP]] | [[DATE_TIME:14-May 10:20]] |""",
    """APPLICANT SUMMARY
applicant_name: [[PERSON:Cormac Ó Súilleabháin]]
co_applicant: [[PERSON:Danielle Kearns]]
dob_applicant: [[DATE_TIME:1989-04-02]]
dob_co_applicant: [[DATE_TIME:1991-11-23]]
ppsn_applicant: [[ID_NUMBER:5590214J]]
property: [[ADDRESS:6 Ashgrove Lawn]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]]
eircode: [[ZIP_CODE:P31 FX62]]
loan_amount: 365000
ltv: 0.85
decision: approved in principle""",
    """policyholder,sin,date_of_birth,province,policy,premium_monthly
[[PERSON:Gurleen Kaur Brar]],[[ID_NUMBER:139 822 761]],[[DATE_TIME:1987-05-14]],[[LOCATION:BC]],TL-20-778120,41.90
[[PERSON:Jean-François Roy]],[[ID_NUMBER:466 209 533]],[[DATE_TIME:1972-10-30]],[[LOCATION:QC]],TL-20-778133,88.15
[[PERSON:Nia Grant-Baptiste]],[[ID_NUMBER:718 340 250]],[[DATE_TIME:1995-01-09]],[[LOCATION:ON]],TL-20-778140,27.40""",
    """{"name":"[[PERSON:Evangeline Rose Mercer]]","born":"[[DATE_TIME:1931-07-19]]","died":"[[DATE_TIME:2025-04-26]]","age":[[AGE:93]],"town":"[[LOCATION:Truro]]","service":"[[DATE_TIME:2025-05-09 13:00]]","donations":"hospice"}
{"name":"[[PERSON:Walter Chibuike Nnaji]]","born":"[[DATE_TIME:1948-02-02]]","died":"[[DATE_TIME:2025-04-27]]","age":[[AGE:77]],"town":"[[LOCATION:Enfield]]","service":"[[DATE_TIME:2025-05-16 11:00]]","donations":"kidney research"}""",
    """asset_tag\tserial\tmodel\tassigned_to\tusername\temail
LT-0912\t5CD2471KQX\tEliteBook 840 G9\t[[PERSON:Ingrid Solheim]]\t[[USERNAME:isolheim]]\t[[EMAIL_ADDRESS:ingrid.solheim@norvik-energy.no]]
LT-0917\t5CD2471KRB\tEliteBook 840 G9\t[[PERSON:Arne Lie]]\t[[USERNAME:alie]]\t[[EMAIL_ADDRESS:arne.lie@norvik-energy.no]]
DT-0330\tCZC3318MLP\tEliteDesk 800\tmeeting room Fjord\t-\trooms@norvik-energy.no""",
    """Consumer: [[PERSON:Shanice Marie Dawkins]]   DOB: [[DATE_TIME:07/14/1993]]   SSN: XXX-XX-4417
Current address: [[ADDRESS:940 Ocean Pkwy, Apt 6C]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11230]]

| Creditor | Account # | Opened | Status | Disputed |
|---|---|---|---|---|
| Capital One | ****8812 | [[DATE_TIME:2018-06]] | Pays as agreed | no |
| Synchrony/Amazon | ****3390 | [[DATE_TIME:2020-11]] | 30 days late ([[DATE_TIME:2024-01]]) | yes |
| LVNV Funding | ****0071 | [[DATE_TIME:2023-04]] | Collection | yes |""",
    """guest,plus_one,table,dietary,rsvp_email
[[PERSON:Tariq Al-Masri]],[[PERSON:Noor Al-Masri]],4,halal,[[EMAIL_ADDRESS:noor.almasri@icloud.com]]
[[PERSON:Gemma Whitfield]],none,4,vegetarian,[[EMAIL_ADDRESS:gemwhitfield@live.co.uk]]
Auntie [[PERSON:Bisi]],Uncle [[PERSON:Femi]],2,none,[[EMAIL_ADDRESS:femi.bisi.ola@gmail.com]]
[[PERSON:Kwesi Mensah]],[[PERSON:Ama Mensah]],6,nut allergy,[[EMAIL_ADDRESS:kwesi.mensah@outlook.com]]""",
    """MEMBER NO  NAME                  RENEWED     PHONE             GRADE
0419       [[PERSON:Alasdair Crombie]]      [[DATE_TIME:03-01-2025]]  [[PHONE_NUMBER:01224 318 407]]     full
0422       [[PERSON:Morag Findlater]]       [[DATE_TIME:11-01-2025]]  [[PHONE_NUMBER:07771 509 832]]     junior
0431       [[PERSON:Ewan McGillivray]]      lapsed      [[PHONE_NUMBER:07412 220 965]]     full
0437       [[PERSON:Jun Hao Tan]]           [[DATE_TIME:28-01-2025]]  [[PHONE_NUMBER:07958 004 731]]     student""",
]

CHAT = [
    """[09:14] Agent [[PERSON:Liam]]: Thanks for waiting. Can I take the full name on the account?
[09:14] [[PERSON:Hyacinth Morrison-Cole]]: [[PERSON:Hyacinth Morrison-Cole]]
[09:15] Agent [[PERSON:Liam]]: And your date of birth and postcode, please?
[09:15] [[PERSON:Hyacinth Morrison-Cole]]: [[DATE_TIME:4th March 1962]], [[ZIP_CODE:B15 2QU]]
[09:16] Agent [[PERSON:Liam]]: Thank you, [[PERSON:Hyacinth]]. I can see the card ending 0935. Is that the one you lost?
[09:16] [[PERSON:Hyacinth Morrison-Cole]]: yes, lost it on the bus on [[DATE_TIME:Saturday the 8th]]. new one to [[ADDRESS:17 Calthorpe Road]] please, not the old flat
[09:17] Agent [[PERSON:Liam]]: Done. You'll get a text on [[PHONE_NUMBER:07814 552 390]] when it's dispatched.""",
    """[[PERSON:Marites]]: Guys, confirmed na. Cremation ni Tito [[PERSON:Boy]] sa Thursday, 2 PM, then misa sa chapel after.
[[PERSON:Jun-Jun Aquino]]: Noted ate. Sino mag-aasikaso ng death certificate?
[[PERSON:Marites]]: Ako na. Need ko lang PSA birth cert niya and yung SSS number niya, [[ID_NUMBER:03-4417289-5]].
[[PERSON:Carla Aquino-Reyes]]: Pinadala ko na sa email mo, [[EMAIL_ADDRESS:marites.aquino@gmail.com]] diba?
[[PERSON:Marites]]: Yes nareceive ko. Sa mga darating from abroad, si Kuya [[PERSON:Ben]] landing Wed 11:40 PM, paki-sundo sa NAIA T3. Number niya [[PHONE_NUMBER:+1 647 338 2091]] (Canada number pa rin).""",
    """#it-helpdesk
[[PERSON:Priya Venkataraman]] 10:02 AM
anyone around? [[USERNAME:o.adeleke]] is locked out again, third time this week
[[PERSON:Tom Brady-Walsh]] 10:03 AM
on it. [[PERSON:Priya]] can you confirm it's [[PERSON:Oluwafemi Adeleke]] in treasury, employee [[ID_NUMBER:221870]]?
[[PERSON:Priya Venkataraman]] 10:03 AM
yep. he's at his desk, ext 4471, or mobile [[PHONE_NUMBER:07956 201 883]]
[[PERSON:Tom Brady-Walsh]] 10:06 AM
reset done, temp pw sent by SMS. looks like an old phone of his at [[IP_ADDRESS:82.13.140.61]] keeps trying the old password, I've blocked it""",
    """[[PERSON:Nisha]] (buyer's agent): Hi [[PERSON:Craig]], my clients [[PERSON:Arvind]] and [[PERSON:Meera Chandrasekaran]] are registered for Saturday. Any chance the vendor accepts offers before auction?
[[PERSON:Craig Tolhurst]]: Hi [[PERSON:Nisha]], vendor wants to go to auction. Reserve is confidential.
[[PERSON:Nisha]] (buyer's agent): Understood. They'd like a second inspection of [[ADDRESS:16 Rosella Street]] on [[DATE_TIME:Thursday 5 June at 5.30pm]], is that ok?
[[PERSON:Craig Tolhurst]]: Yes, I'll meet them there. Ask them to call me on [[PHONE_NUMBER:0419 662 307]] if they're running late.""",
    """Support: Hello, you're chatting with [[PERSON:Amina]] from Customer Care. How can I help?
Customer: hi, i was charged for a monthly pass twice on my card
Support: Sorry about that! Can I have the name on the travel account and the email you registered with?
Customer: [[PERSON:Declan O'Hare]], [[EMAIL_ADDRESS:dec.ohare@gmail.com]]
Support: Thanks [[PERSON:Declan]]. I can see two charges on [[DATE_TIME:1 May]] for the zone 1-3 monthly. Your photocard number is [[ID_NUMBER:PC 0044 7712 8830]]?
Customer: yes thats it
Support: I've refunded the second charge. It can take 3-5 working days to show.""",
    """[[PERSON:Giada]]: Ragazze, è nata!! [[PERSON:Sofia]], 3,1 kg, stamattina alle 5:47 😭❤️
[[PERSON:Federica]]: Auguriiii!!! Come stai tu??
[[PERSON:Giada]]: Stanca morta ma bene. Siamo al Sant'Anna, stanza 214, visite dalle 16 alle 19
[[PERSON:Valentina Pace]]: Passo domani con [[PERSON:Marco]]. Mi mandi il numero di [[PERSON:Luca]] che non ce l'ho più?
[[PERSON:Giada]]: [[PHONE_NUMBER:340 991 2276]] 😘""",
    """[trade-channel]
<[[USERNAME:NightOwl_Kai]]> anyone selling the gold skin? paying via paypal
<[[USERNAME:shadowfern]]> i got one, send to [[EMAIL_ADDRESS:fern.okonkwo.2008@gmail.com]] and ill gift it
<[[USERNAME:NightOwl_Kai]]> bet. my real name on paypal is [[PERSON:Kai Huang]] so dont freak out
<[[USERNAME:mod_bristlecone]]> reminder: don't post emails or real names in chat, use DMs
<[[USERNAME:shadowfern]]> oops ok""",
    """Live chat transcript

Bot: Welcome to dispute support. What's your name?
You: [[PERSON:Latoya Jefferson-Burke]]
Bot: Thanks. Please enter the last 4 of your SSN.
You: 6093
Agent [[PERSON:Miguel]]: Hi [[PERSON:Latoya]], I see you opened a dispute on [[DATE_TIME:04/18/2025]] about an address on your report. Which address is incorrect?
You: [[ADDRESS:3314 Magnolia Blvd, Apt 2]], [[LOCATION:Burbank]]. never lived there. my address is [[ADDRESS:780 E Orange Grove Ave]], [[LOCATION:Burbank]], [[LOCATION:CA]] [[ZIP_CODE:91501]]
Agent [[PERSON:Miguel]]: Got it. I'll attach that. Results are usually within 30 days and we'll email you at the address on file.""",
]

LOOKALIKE = [
    """Order confirmation

Order no.: 114-8820417-3390216
Items: 1 x USB-C hub (SKU HB-7C-2290-BLK), 2 x HDMI cable 2 m (SKU CB-HD-200-02)
Dispatch: Parcel tracking 1Z 999 AA1 01 2345 6784, estimated delivery 3-5 working days.
Questions? Call us on 0800 028 4471 (Mon-Fri 9-5) or write to help@gadgetbarn.co.uk. Please quote the order number, not your card details.
Delivering to: [[PERSON:Callum Birkett]]""",
    """Release notes, build 2025.04.17

- Bumped the agent to 10.4.2.1 (was 10.4.1.9); minimum supported server is 4.2.0.12.
- Fixed the Hodgkin-Huxley solver crashing on Fourier transforms with odd lengths.
- Updated the reference list: ISBN 978-0-14-303943-3 and ISBN 978-1-86197-876-9 now link to the publisher pages.
- Checksums: sha256 3f1c0d9a9b7e44d2a1c0e6e8f2b7c9d41a6e2f0b8c7d5e3a1f9b0c2d4e6f8a1b; md5 0c9a61d3f2b5e8c4178f2c1e9a7b7d4e.
- The default bind address is now loopback only; the example config keeps its placeholder hosts.
- Thanks to the maintainers of the Levenshtein and Bloom filter packages. No customer data is included in this release.""",
    """INVOICE INV-2025-00418
Supplier: Harbourside Print & Design Ltd, Company No. 08812294, VAT GB 294 4417 82
Customer ref: PO-55120    Account: CUST-ACC-0091 (trade)
Due: 30 days from invoice date. Bank transfer only; our bank details are printed on the remittance slip.
Line items: 500 x A5 flyers (SKU FLY-A5-500), 2 x pull-up banners (SKU PUB-850)
Queries to accounts@harbourside-print.co.uk or 0117 496 0021.
Ordered by: [[PERSON:Delphine Osei]]""",
    """Ward round notes: teaching session

Topics: Parkinson's disease vs essential tremor; Graves' disease; Down syndrome screening; Crohn's vs ulcerative colitis; Cushing's triad; the Glasgow Coma Scale; Babinski sign. Reading: Harrison's chapter 426 and the Oxford Handbook, 10th ed.
Session led by [[PERSON:Dr. Imogen Castellanos]]. Room 3.14, Harley Street entrance. Bleep 4471 for late arrivals.""",
    """Beste klant,

Uw bestelling 2025-NL-0044182 is verzonden met PostNL, track & trace 3SXYZ0044718290. De verwachte levertijd is 1-2 werkdagen.
Retourneren kan binnen 30 dagen via het retourlabel (artikelnummer 8718699-44102).
Vragen? Bel onze klantenservice op 020 794 2210 of mail naar service@fietsonderdelen-direct.nl.
KvK 71044829, BTW NL862291047B01.

Met vriendelijke groet,
[[PERSON:Ruben Koster]], klantenservice""",
    """Network change CR-7712 (approved)
Upgrade core switches SW-CORE-01/02 from firmware 16.12.4 to 17.9.4a; rollback image 16.12.4.0.1.
Management VLAN 110, OID 1.3.6.1.4.1.9.9.46, chassis serial FOC2219X0LZ and FOC2219X0M7.
MAC table check on 00:1B:44:11:3A:B7 (uplink) before and after.
Change owner: [[PERSON:Hamza Rafiq]] ([[USERNAME:hrafiq]]); out-of-hours contact [[PHONE_NUMBER:07488 201 933]]. Service desk: 0161 555 0000 / servicedesk@northgrid.net.""",
    """New acquisitions, April

- Anna Karenina (Penguin Classics), ISBN 9780143035008, call no. 891.733 TOL
- Darwin's Dangerous Idea, ISBN 9780684824710, call no. 576.82 DEN
- A Walk along Abbey Road and Penny Lane: Liverpool streets, ISBN 9798213021172
- The Sherlock Holmes Handbook, 2nd ed., call no. 823.8 DOY
Shelf-ready by the 22nd. Suggestions for the next order go to acquisitions@cityreads.org or the box at the Queen Victoria Street entrance; the patron who suggested the Darwin title, [[PERSON:Oyinda Fashola]], asked to be told when it arrives.""",
]


STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind50", STYLES, OUT)


if __name__ == "__main__":
    main()

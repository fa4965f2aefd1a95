"""Build tests/data/blind44.jsonl: a forty-fourth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind44.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of the other gold sets
(every *.jsonl set and the record lists inside the make_*.py scripts,
make_blind22.py's included); only lines 1-121 of make_blind22.py (its
module docstring with the labeling conventions and the style descriptions,
and its import lines), the whole of gold_sets.py, and lines 1-64 of
make_handwritten.py (its conventions, the two regexes MARK and
TITLE_IN_NAME, and `parse()`) were read, to keep the conventions and the
file format, and the closing scaffolding of make_blind22.py (from its
`STYLES = {` line to the end of the file: the STYLES dict and main()) was
copied. The import lines below follow make_blind22.py. No git history was
looked at, nothing under /tmp but the brief was read. The detector, the
bench and the tests were never run on this file. Do not tune the detector
against it: once it has been used to tune, it no longer measures anything;
write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, and the national check digits inside the
French, Spanish, Belgian, Italian (CIN letter) and Portuguese IBANs are
right too (worked out by hand-run throwaway code while writing, not
generated here; `gold_sets.check` re-checks cards and IBANs and refuses a
bad one). National ids with a public check digit (NHS number, SIN,
Aadhaar, BSN, CPF, DNI, South African ID, TFN, Irish PPSN, Singapore NRIC
and FIN, Emirates ID, Saudi Iqama, Swedish personnummer, Icelandic
kennitala, German Steuer-ID and Rentenversicherungsnummer, Italian codice
fiscale, Portuguese NIF and NISS)
were given a valid one the same way (the South African ids, the codici
fiscali and the Rentenversicherungsnummer agree with the person's sex and
birth date where they show). UK NI numbers, US SSNs (no check digit), PAN,
CNIC, MyKad, Australian Medicare and Alberta PHN numbers, NPIs, Brazilian
RG, Nigerian NIN and BVN, Kenyan ids, Ghana Card numbers,
Philippine SSS, TIN, PhilHealth, PhilSys and UMID numbers, Vietnamese CCCD numbers (their
province, sex-and-century and year digits agree with the person),
passports, licences, plates, bank account numbers and staff, student,
member, patient, applicant and loyalty numbers were not checked.

Styles (ids `blind44-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Canada, Australia, India, Ireland, South Africa, Nigeria,
Kenya, Ghana, Singapore, Malaysia, Pakistan, the Philippines, the UAE,
Jamaica and New Zealand contexts, with names from the many cultures living
there), the rest in German, Portuguese (Brazil and Portugal), Italian and
Vietnamese:
- `gen` (90): one to four sentences with personal data woven into prose,
  as a third-party LLM writes them when asked for "realistic sentences with
  personal data", with weight on university admissions, energy utility
  complaints, veterinary records, construction site incidents, event
  ticketing and pension and retirement letters, and the rest spread over
  banking, insurance, health, pharmacy, legal, HR, retail, travel,
  telecoms, government, real estate, gaming, social media, tech support,
  deliveries, gyms, courts, immigration, church records, obituaries,
  charities, research, tax and classified ads.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd mixed sentences dense with names, job titles, streets
  with building numbers, secondary addresses, IPs, MACs, user agents,
  IMEIs, VINs, card, CVV and expiry, IBAN and BIC, crypto wallets),
  gretel-pii-masking-en-v1 (domain documents: claims, contracts, medical
  and loan forms, notices) and Nemotron-PII (JSON, log lines, SQL, XML,
  config and code snippets, tickets and forms with many entity kinds).
- `table` (35): one small labeled table per record rendered as text (CSV,
  TSV, pipes and Markdown, fixed-width, JSON lines, YAML, key: value
  blocks), with varied column names and non-PII columns; header rows are
  not labeled.
- `chat` (8): support chats, messaging threads and team chat with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of things that look like PII but are not
  (order, tracking, invoice and case references, SKUs, ISBNs, versions
  shaped like IPs, hashes, serials, company phone numbers and role
  mailboxes, eponyms, streets named after people without a number, dates
  not tied to a person), with the few real PII values labeled; one has no
  PII at all.

Labeling conventions: the same as in make_blind22.py (and the sets before
it), whose docstring lists them; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
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
- Calls made in make_blind22.py and kept here: a "sex", "gender", "role",
  "dept" or "status" column stays unlabeled, an "age" column is AGE, a
  "country" or "state" column is LOCATION and a "nationality" column is
  NRP; job titles, employers and companies are unlabeled; a building
  number in its own field is ADDRESS, and so is a secondary address field;
  a "county" field is LOCATION; a weekday or a clock time said with a
  person's date is inside the DATE_TIME span, a time or weekday alone is
  not; a "last login" timestamp of a person's account is DATE_TIME.
- Calls made while writing this set, in the same spirit: meter numbers,
  MPRNs, microchip numbers, IMEIs, VINs and asset tags are serials and
  stay unlabeled, and so are crypto wallet addresses, BICs and pet ages;
  energy, library, juror, applicant, candidate, participant and exam roll
  numbers of a person are ID_NUMBER like customer and student numbers,
  while incident, order, seat and ticket references are not; the date a
  person goes to an event, is booked, visited, injured, paid or moved is
  that person's date, and so is the month and year a student enters; in
  a log line about a person's own action (a login, a payment, a commit,
  an admin's change) the timestamp is DATE_TIME, in other log lines it is
  not; every IP address is IP_ADDRESS, a server's or a scanner's too,
  while versions shaped like IPs are not; a doctor's NPI and medical
  registration number are ID_NUMBER like a licence; a "country" column
  holding a two-letter code is LOCATION like a spelled-out one; honorifics
  of other languages and shapes (Frau, sig., sig.ra, Sr., Senhora, ông,
  Engr., Mzee, Rev., Fr., PC, Miss, and the upper-case MR / MRS / MS /
  MSTR of airline and bank records) are TITLE; Vietnamese wards and
  districts ("Phường 2", "quận Đống Đa") are LOCATION with their word for
  ward or district, as Irish counties keep "Co.".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind44.jsonl")

GEN = [
    # --- university admissions ---
    """Dear [[PERSON:Oluwaseun Adeyemi-Clarke]], thank you for applying to study Architecture with us. Your UCAS Personal ID is [[ID_NUMBER:172-884-3095]]; please quote it whenever you contact the admissions office. Your portfolio interview has been booked for [[DATE_TIME:Wednesday 11 December at 2.15pm]] in the Marjorie and Arnold Ziff Building.""",
    """Applicant [[PERSON:Mateo Quispe Huamán]] (date of birth [[DATE_TIME:06/29/2006]]) submitted his Common App on [[DATE_TIME:November 1]], but the counselor recommendation from [[PERSON:Ms. Deborah Finch]] at Roosevelt High School in [[LOCATION:Yakima]], [[LOCATION:WA]] still hasn't come through. His mother asked that we call the family at [[PHONE_NUMBER:509-248-7713]] rather than email.""",
    """[[PERSON:Ananya Krishnamurthy]], JEE Main application number [[ID_NUMBER:240310587214]], has been provisionally allotted B.Tech Chemical Engineering in the second round of counselling. She must report to the institute with her Aadhaar card ([[ID_NUMBER:7392 6418 3050]]), her Class 12 marksheet and the seat acceptance fee receipt by [[DATE_TIME:19 July, 5 pm]]; her father [[PERSON:R. Krishnamurthy]] will accompany her from [[LOCATION:Coimbatore]].""",
    """My daughter [[PERSON:Léa Tremblay-Nguyen]] accepted a conditional offer for the BScN program, but her applicant portal still lists our old address, [[ADDRESS:88 rue Saint-Paul Ouest, app. 4]], [[LOCATION:Montréal]]. We moved on [[DATE_TIME:August 2]] to [[ADDRESS:1407 Upper Wellington St]], [[LOCATION:Hamilton]], [[LOCATION:ON]] [[ZIP_CODE:L9A 3S7]]. Her student number is [[ID_NUMBER:400518273]]. Thank you, [[PERSON:Thi Hanh Nguyen]]""",
    """JAMB registration number [[ID_NUMBER:202458172935FD]] belongs to [[PERSON:Chukwuemeka Obi]], who scored 287 in the UTME and wants to know if the Post-UTME screening will still hold on [[DATE_TIME:3rd September]]. His guardian, [[PERSON:Mrs. Ngozi Obi]], can be reached on [[PHONE_NUMBER:0803 417 2259]] any time after 4pm.""",
    """Hi [[PERSON:Siddharth]], your application for the Master of Data Science (applicant ID [[ID_NUMBER:A24-0931577]]) is still missing a certified copy of your passport. We have your passport number recorded as [[ID_NUMBER:Z7128406]], issued in [[LOCATION:India]]; please confirm it matches the document you will travel on before the CoE can be issued.""",
    """CAO number [[ID_NUMBER:24718362]]: [[PERSON:Aoife Ní Bhriain]], born [[DATE_TIME:14/02/2006]], has applied through both HEAR and DARE. To verify household income with Revenue we need her parent's PPS number ([[ID_NUMBER:6381927Q]]) and a signed consent form, which her mother [[PERSON:Máire]] says she posted from [[LOCATION:Spiddal]] last week.""",
    """[[PERSON:Lwazi Mthembu]], thank you for applying for the BCom Honours in Accounting. Your student number is [[ID_NUMBER:221847306]]. Your file is incomplete: please upload a certified copy of your ID ([[ID_NUMBER:0105235822084]]) and your academic record before [[DATE_TIME:30 September]], or the selection committee will not be able to consider you.""",
    # --- energy utility complaints ---
    """I am making a formal complaint. You took £312.40 from my account on [[DATE_TIME:28 February]] even though I switched supplier on [[DATE_TIME:19 January]] and sent you a closing reading. Account holder: [[PERSON:Gareth Pryce-Jones]], [[ADDRESS:Flat 2, 47 Cathedral Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF11 9HB]]. Customer number [[ID_NUMBER:850 331 947 26]].""",
    """To whom it may concern: my name is [[PERSON:Rosa Delgado-Ferrer]] and my electric service at [[ADDRESS:2210 Alameda Ave]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93703]] was shut off on [[DATE_TIME:Tuesday, July 16]] in the middle of a heat advisory, even though we are enrolled in the Medical Baseline program for my husband [[PERSON:Ernesto]], who is [[AGE:81]] and uses an oxygen concentrator. The account ends in 4471. Please call me at [[PHONE_NUMBER:(559) 302-8846]].""",
    """Complaint lodged with the Energy & Water Ombudsman: [[PERSON:Kirra Watson]] of [[ADDRESS:14 Banksia Cres]], [[LOCATION:Dubbo]] [[LOCATION:NSW]] [[ZIP_CODE:2830]] has received estimated bills for three quarters in a row. Her meter (no. 7102448193) was last read on [[DATE_TIME:11/03/2023]], and the retailer has not responded to her calls from [[PHONE_NUMBER:0412 887 305]].""",
    """I bought R500 of prepaid electricity on [[DATE_TIME:5 May at 18:42]] but the 20-digit token never came through by SMS. Meter no 04211938475. My ID number is [[ID_NUMBER:8703145217080]] and my cell is [[PHONE_NUMBER:072 419 6630]]. Please sort this out, we have been sitting in the dark for two nights. [[PERSON:Sipho Mahlangu]], [[LOCATION:Protea Glen]], [[LOCATION:Soweto]]""",
    """Hi, it's [[PERSON:Niamh Costello]] again. My MPRN is 10 013 487 629 and you still have me down as living at [[ADDRESS:3 Mill Lane]], [[LOCATION:Ennis]], [[LOCATION:Co. Clare]] [[ZIP_CODE:V95 K2X4]]. I moved out on [[DATE_TIME:30th June]] and gave you a closing read that same day, so I shouldn't be getting any more bills.""",
    """Sehr geehrte Damen und Herren, seit dem [[DATE_TIME:1. März]] buchen Sie bei mir einen monatlichen Abschlag von 184 € statt der vereinbarten 96 € ab. Kundennummer [[ID_NUMBER:302 118 475]], Zählernummer 1ESY1160548721. Bitte erstatten Sie die Differenz auf mein Konto [[IBAN_CODE:DE43 1203 0000 1063 5248 19]]. Mit freundlichen Grüßen, [[PERSON:Jürgen Wendtland]], [[ADDRESS:Am Wiesengrund 7]], [[ZIP_CODE:34131]] [[LOCATION:Kassel]]""",
    """Respected Sir, my electricity bill for this cycle shows 1,840 units against my usual 260. Consumer account ID [[ID_NUMBER:7281094563]], name [[PERSON:Mohammed Irfan Pasha]], address [[ADDRESS:#42, 3rd Cross, 5th Main]], [[LOCATION:Jayanagar 4th Block]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560041]]. The lineman who visited on [[DATE_TIME:12-08-2024]] agreed the meter is faulty. Kindly revise the bill. Mob: [[PHONE_NUMBER:98450 31276]]""",
    """My landlord, [[PERSON:Vincent Marchetti]], put the gas account for [[ADDRESS:318 Euclid Ave, Unit 2]], [[LOCATION:Cleveland Heights]], [[LOCATION:OH]] [[ZIP_CODE:44106]] in my name without asking me. I only moved in on [[DATE_TIME:April 15]] but the bill covers the two months before that. My account number is [[ID_NUMBER:1104-88213-007]] and I want the charges before my move-in removed. [[PERSON:Aaliyah Brooks]]""",
    # --- veterinary records ---
    """Patient: Biscuit (Cocker Spaniel, 7y, MN). Owner: [[PERSON:Mrs Hazel Ambrose]], tel [[PHONE_NUMBER:01473 628 904]]. Presented [[DATE_TIME:12/01/2024]] with a three-day history of vomiting and lethargy; microchip 826098100347251 scanned and matched the record. Seen by [[PERSON:Tomasz Wiśniewski]] MRCVS, who admitted Biscuit for fluids.""",
    """Voicemail, [[DATE_TIME:Thu 3/7 at 8:12 AM]]: Hi, this is [[PERSON:Kayla Brunson]] calling for [[PERSON:Dr. Patel]] about Mochi, my two-year-old rabbit. He hasn't eaten since last night and I'm worried it's GI stasis again. Client ID is [[ID_NUMBER:C-100482]], best number is [[PHONE_NUMBER:314.276.0192]]. Thanks.""",
    """[[PERSON:Harriet Okonkwo-Reid]] is relocating to [[LOCATION:Wellington]] on [[DATE_TIME:22 October]] with her two cats, Pixel and Nori. Their export health certificates have to be signed by [[PERSON:Dr Lachlan Byrne]] no earlier than [[DATE_TIME:20 October]], and the rabies-free declaration must name her as importer at [[ADDRESS:6/31 Brougham Street]], [[LOCATION:Mount Victoria]].""",
    """The Friesian cow belonging to [[TITLE:Mzee]] [[PERSON:Kiprono arap Sang]] of [[LOCATION:Kapsoit]], [[LOCATION:Kericho County]], was treated for East Coast Fever on [[DATE_TIME:4/6/2024]] and a second dose of buparvaquone is due in 48 hours. Farmer's ID no. [[ID_NUMBER:23748110]]; pay via M-Pesa from [[PHONE_NUMBER:0722 918 340]].""",
    """Il cane Bruno, meticcio di nove anni, di proprietà della [[TITLE:sig.ra]] [[PERSON:Lucia Ferraris]] (C.F. [[ID_NUMBER:FRRLCU64H49F205C]]), è stato visitato il [[DATE_TIME:14 giugno 2024]] presso l'ambulatorio di [[ADDRESS:via Padova 118]], [[LOCATION:Milano]], per una zoppia all'arto posteriore sinistro. Recapito della proprietaria: [[PHONE_NUMBER:+39 347 218 9904]].""",
    """I, [[PERSON:Douglas McAllister]], of [[ADDRESS:55 Ravine Dr]], [[LOCATION:Moncton]], [[LOCATION:NB]] [[ZIP_CODE:E1A 6K2]], am the owner of Jasper (DSH, neutered male, 17 yrs) and authorize the humane euthanasia of this animal. I understand the procedure cannot be reversed. Signed [[DATE_TIME:2024-03-08]], witnessed by [[PERSON:K. Arsenault]], RVT.""",
    """Claim form received for [[PERSON:Farah Qureshi]]'s Labrador, Dexter, who was treated for a ruptured cruciate ligament at the [[LOCATION:Bolton]] branch from [[DATE_TIME:2 April]] to [[DATE_TIME:5 April]]. Policy 77-4120983. [[PERSON:Mrs Qureshi]] has asked that the settlement go straight to the practice rather than to her.""",
    # --- construction site incidents ---
    """Near miss: on [[DATE_TIME:Thursday 7 March at 10:40]] a scaffold board fell from the third lift on the Brabazon Road site and landed about a metre from groundworker [[PERSON:Dariusz Kowalczyk]] (CSCS [[ID_NUMBER:21849357]]). Nobody was hurt. Supervisor [[PERSON:Lee Grantham]] has stopped work on that elevation until the toe boards are refitted.""",
    """On [[DATE_TIME:06/14/2024]], laborer [[PERSON:Juan Carlos Mejía]], [[AGE:34]], fell approximately nine feet from an extension ladder at the jobsite at [[ADDRESS:4800 Westheimer Rd]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77027]]. He was taken by ambulance to Memorial Hermann with a suspected wrist fracture. Foreman [[PERSON:Travis Kettleman]] completed the OSHA 301 the same afternoon.""",
    """Notifiable incident: worker [[PERSON:Tevita Fifita]] suffered a crush injury to his left hand when a precast panel shifted during unloading at [[ADDRESS:95 Hezlett Road]], [[LOCATION:Kellyville]] [[LOCATION:NSW]] on [[DATE_TIME:18/09/2024]]. His general construction induction card number is [[ID_NUMBER:CGI-4418027]]; the site manager, [[PERSON:Bronwyn Achterberg]], rang the regulator at 2:10 pm.""",
    """Work permit holder [[PERSON:Md Rafiqul Islam]] (FIN [[ID_NUMBER:G5823417L]]), a [[NRP:Bangladeshi]] national employed as a formwork carpenter, fell into an unbarricaded lift opening at the condominium project along Jalan Kembangan on [[DATE_TIME:2 Feb 2024 at 3.15pm]]. He was conveyed to hospital and given 14 days' medical leave.""",
    """Unfallmeldung: Am [[DATE_TIME:Montag, 15. April 2024, um 9:20 Uhr]] ist der Polier [[PERSON:Mehmet Yıldırım]] auf der Baustelle [[ADDRESS:Kurfürstendamm 201]], [[ZIP_CODE:10719]] [[LOCATION:Berlin]] auf einer nassen Stahltreppe ausgerutscht und hat sich das rechte Knie verletzt. Zeuge des Unfalls war der Kranführer [[PERSON:Andreas Köhler]], erreichbar unter [[PHONE_NUMBER:0176 48213975]].""",
    """Form 7 summary: worker [[PERSON:Gurpreet Singh Dhillon]], SIN [[ID_NUMBER:521 398 404]], date of birth [[DATE_TIME:1989-11-23]], was injured on [[DATE_TIME:2024-05-02 at 14:05]] while guiding a load of trusses at [[ADDRESS:2250 Bovaird Dr E]], [[LOCATION:Brampton]]. He lost no time beyond the day of the accident and returned to modified duties the next morning.""",
    """Rebar worker [[PERSON:Rodel Dimaculangan]], [[AGE:41]], of [[LOCATION:Barangay San Isidro]], [[LOCATION:Antipolo City]], suffered a deep laceration on his forearm from an uncapped starter bar on [[DATE_TIME:March 21, 2024]]. His SSS number is [[ID_NUMBER:34-1827465-9]]. Safety officer [[TITLE:Engr.]] [[PERSON:Maricel Tolentino]] has ordered mushroom caps on all exposed bars.""",
    # --- event ticketing ---
    """Your two standing tickets for the show at the Barrowland Ballroom, [[LOCATION:Glasgow]], on [[DATE_TIME:Friday 22 November]] are attached to this email. Lead booker: [[PERSON:Ciara Mullan]]. Please bring photo ID matching that name, as the tickets are non-transferable. Order 18-77341-GL.""",
    """Hi, I bought four tickets to the [[LOCATION:Nashville]] show under [[EMAIL_ADDRESS:jwhitfield88@yahoo.com]] but only two are showing in the app, and the other two have apparently been "transferred" to someone I don't know. The card I used was a Visa ending 0931. Name on the account is [[PERSON:Jolene Whitfield]], phone [[PHONE_NUMBER:615-389-2240]].""",
    """Olá, meu nome é [[PERSON:Thiago Albuquerque]] e comprei meia-entrada para o show do dia [[DATE_TIME:15/03]], mas na portaria recusaram minha carteirinha de estudante, mesmo estando dentro da validade. Meu CPF é [[ID_NUMBER:284.751.903-32]] e o e-mail da compra é [[EMAIL_ADDRESS:thiago.albuq@gmail.com]]. Quero o reembolso da diferença.""",
    """[[PERSON:Ishaan Mehrotra]]'s three-day festival wristband was activated at Gate 4 on [[DATE_TIME:27 January at 1:52 pm]] and linked to the mobile number [[PHONE_NUMBER:+91 98201 44736]], so the cashless top-ups he is asking about should appear under that number.""",
    """We have refunded the $189.50 charged to [[PERSON:Bianca Russo]]'s Mastercard [[CREDIT_CARD:5405 9901 3378 2146]] because the seller's transfer to [[EMAIL_ADDRESS:b.russo@bigpond.com]] never completed before the gates opened in [[LOCATION:Melbourne]].""",
    """SGK41TR09X Confirmed. Ksh3,000.00 sent to TICKETSASA for account KOROGA on [[DATE_TIME:20/4/24 at 11:07 AM]]. New M-PESA balance is Ksh1,214.50. Sender [[PERSON:WANJIRU MUTHONI]] [[PHONE_NUMBER:254712664093]].""",
    """I have a wheelchair-space ticket for the match on [[DATE_TIME:Saturday the 8th]] and my carer, [[PERSON:Declan Furey]], needs a companion ticket beside me. My name is [[PERSON:Sinéad Walsh]] and my Access Card number is [[ID_NUMBER:AC1924417]]. Could you send the companion ticket to [[EMAIL_ADDRESS:sineadwalsh.cork@eircom.net]]?""",
    # --- pension and retirement letters ---
    """Dear [[PERSON:Mr Kenneth Albright]], we are writing to confirm that your State Pension will start on [[DATE_TIME:14 May 2025]], when you reach State Pension age. Your National Insurance number is [[ID_NUMBER:JT 48 21 90 C]]. You will get £230.25 a week, paid every four weeks into the account you have told us about.""",
    """Dear [[PERSON:Ms. Gloria Fuentes]]: This letter confirms your election of a 50% joint-and-survivor annuity, effective [[DATE_TIME:January 1, 2025]], naming your spouse [[PERSON:Raymond Fuentes]] (SSN [[US_SSN:412-68-3390]], born [[DATE_TIME:02/11/1957]]) as contingent annuitant. Your monthly benefit will be $2,318.44 before tax withholding.""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Lemke]], auf Ihren Antrag vom [[DATE_TIME:04.09.2024]] bewilligen wir Ihnen eine Regelaltersrente ab dem [[DATE_TIME:1. Dezember 2024]]. Versicherungsnummer: [[ID_NUMBER:65 170558 K 506]]. Name: [[PERSON:Karin Lemke]], geb. [[PERSON:Krüger]], geboren am [[DATE_TIME:17.05.1958]] in [[LOCATION:Bremerhaven]].""",
    """Gentile [[TITLE:sig.]] [[PERSON:Marco Tedeschi]], nato a [[LOCATION:Torino]] il [[DATE_TIME:03/03/1958]], codice fiscale [[ID_NUMBER:TDSMRC58C03L219S]], la informiamo che la sua domanda di pensione di vecchiaia è stata accolta con decorrenza dal [[DATE_TIME:1° aprile 2025]]. L'importo sarà accreditato sul conto [[IBAN_CODE:IT73D0306901612100000487213]].""",
    """Hi [[PERSON:Deb]], to process your condition of release we need your tax file number ([[ID_NUMBER:459 182 737]]) and proof that you turned [[AGE:65]] on [[DATE_TIME:3 August]]. Once we have both, the balance of member account [[ID_NUMBER:5029447188]] can be moved into an account-based pension.""",
    """Dear [[PERSON:Mrs. Rajinder Kaur Bains]], we are pleased to inform you that your application for the Canada Pension Plan retirement pension has been approved. Your first payment of $1,108.12 will be made in [[DATE_TIME:July 2025]]. SIN: [[ID_NUMBER:718 205 933]]. If you move from [[ADDRESS:77 Kingknoll Dr]], [[LOCATION:Brampton]], please let us know.""",
    """[[PERSON:Thandiwe Nkosi]] (ID [[ID_NUMBER:5908120417083]]) retired from the Department of Education on [[DATE_TIME:31 August 2024]] after 34 years of service. Her pension will be paid into her account [[ID_NUMBER:1048293716]] and her widow's benefit nomination names her sister, [[PERSON:Nomvula Dlamini]].""",
    """Exma. [[TITLE:Senhora]] [[PERSON:Maria da Conceição Fernandes]], informamos que a sua pensão de velhice foi deferida com efeitos a [[DATE_TIME:1 de junho de 2024]]. NISS [[ID_NUMBER:12048375615]], NIF [[ID_NUMBER:215904370]]. O pagamento será feito por transferência para o IBAN [[IBAN_CODE:PT50 0035 0651 0003 8475 9139 1]], em nome da titular.""",
    # --- other domains ---
    """Khách hàng [[PERSON:Nguyễn Thị Thu Hằng]], sinh ngày [[DATE_TIME:12/09/1991]], số CCCD [[ID_NUMBER:001191027845]], đã đăng ký chuyển mạng giữ số [[PHONE_NUMBER:0912 384 576]] vào ngày [[DATE_TIME:03/04/2024]]. Địa chỉ liên hệ: [[ADDRESS:số 18 ngõ 42 phố Thái Hà]], [[LOCATION:phường Trung Liệt]], [[LOCATION:quận Đống Đa]], [[LOCATION:Hà Nội]].""",
    """Thí sinh [[PERSON:Trần Minh Khôi]], số báo danh [[ID_NUMBER:02017384]], đã trúng tuyển ngành Kỹ thuật Phần mềm. Thí sinh cần xác nhận nhập học trước [[DATE_TIME:17h00 ngày 23/8/2024]] tại [[ADDRESS:số 1 Đại Cồ Việt]], [[LOCATION:quận Hai Bà Trưng]], [[LOCATION:Hà Nội]]. Phụ huynh liên hệ: [[TITLE:ông]] [[PERSON:Trần Văn Dũng]], [[PHONE_NUMBER:0983 117 420]].""",
    """Prezado [[TITLE:Sr.]] [[PERSON:Osvaldo Pimentel]], seu pedido de portabilidade do número [[PHONE_NUMBER:(11) 98734-2210]] foi concluído. O técnico fará a instalação da fibra no endereço [[ADDRESS:Rua Harmonia, 412, apto 31]], [[LOCATION:Vila Madalena]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:05435-000]], no dia [[DATE_TIME:22/10 entre 8h e 12h]].""",
    """[[PERSON:Tan Wei Ling]] called at 10.20pm to report two transactions she did not make on her card [[CREDIT_CARD:4556 7301 8827 4015]]: S$1,240 at an electronics shop in [[LOCATION:Johor Bahru]] and S$86 online. Identity was verified with NRIC [[ID_NUMBER:S8731924E]] and the card has been blocked.""",
    """Adjuster notes: insured [[PERSON:Brandon Tillery]] was rear-ended at Peachtree St and 10th St in [[LOCATION:Atlanta]] on [[DATE_TIME:3/22/24]]. The other driver, [[PERSON:Latoya Simmons]], gave Georgia DL [[US_DRIVER_LICENSE:058217734]] and her plate was [[ID_NUMBER:RBX4471]]. No injuries reported at the scene.""",
    """[[PERSON:Mrs Imelda Okafor]], NHS number [[ID_NUMBER:485 921 7365]], was discharged from Ward 12 on [[DATE_TIME:16/05/2024]] with a referral to the community falls team. Her daughter [[PERSON:Chiamaka]] will stay with her at [[ADDRESS:23 Dunstall Avenue]], [[LOCATION:Wolverhampton]] for the first week. GP: [[PERSON:Dr A. Sandhu]].""",
    """Your prescription is ready for pickup, [[PERSON:Mireille]]! Please bring your health card ([[ID_NUMBER:4827-331-906-KT]]) and confirm your date of birth, [[DATE_TIME:1972-08-30]], at the counter. We are open until 9 pm on weekdays.""",
    """We act for [[PERSON:Mr Desmond Achterberg]] of [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Shelford]], [[LOCATION:Cambridgeshire]] [[ZIP_CODE:CB22 5HG]], who disputes the boundary shown on your client's plan. Our client has owned the property since [[DATE_TIME:17 June 2009]] and the hedge has stood in its present line throughout.""",
    """Hi HR, employee [[PERSON:Jerome Villanueva]] (emp. no. [[ID_NUMBER:PH-20931]]) here. My TIN is [[ID_NUMBER:412-873-009-000]] and my PhilHealth number is [[ID_NUMBER:12-051873462-9]]; both were entered wrong on my payslip. Also, my Pag-IBIG loan deduction should start on the [[DATE_TIME:June 15]] payroll, not the [[DATE_TIME:May 31]] one.""",
    """Return processed for [[PERSON:Aroha Te Whata]]: one pair of running shoes, size 8, refunded to the Visa ending 7720. The courier will collect the box from [[ADDRESS:29 Kowhai Street]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]]; confirmation has gone to [[EMAIL_ADDRESS:aroha.tw@xtra.co.nz]].""",
    """Guest [[PERSON:Mr. Khalid Al-Mansoori]] checked in on [[DATE_TIME:11 Jan 2025, 23:40]] to room 1412. Emirates ID [[ID_NUMBER:784-1987-4418273-8]]. He asked for a late checkout and for his driver, [[PERSON:Ramesh]], to be given a parking pass for the Land Cruiser with plate [[ID_NUMBER:Dubai N 48213]].""",
    """Dear Customer, your NIN [[ID_NUMBER:70318294576]] has been successfully linked to your line [[PHONE_NUMBER:08035541927]]. Name on record: [[PERSON:ABUBAKAR SANI BELLO]]. If you did not request this, visit any of our service centres.""",
    """The agency received [[PERSON:Dolores Whitaker]]'s application for survivors benefits on [[DATE_TIME:Feb. 6]]. Her late husband, [[PERSON:Eugene Whitaker]] (SSN [[US_SSN:231-47-8802]]), died on [[DATE_TIME:January 19, 2024]] in [[LOCATION:Roanoke]], [[LOCATION:Virginia]], and she is [[AGE:74]], so she can claim the full survivor amount.""",
    """Lease application from [[PERSON:Mei Chen]] and [[PERSON:Josh Parata]] for [[ADDRESS:Unit 4/17 Ormond Esplanade]], [[LOCATION:Elwood]] [[LOCATION:VIC]] [[ZIP_CODE:3184]], with a move-in date of [[DATE_TIME:1 Nov]]. They currently rent at [[ADDRESS:3/88 Glen Huntly Rd]], [[LOCATION:Elsternwick]] and their referee is [[PERSON:Sandra Kourakis]] on [[PHONE_NUMBER:0433 219 807]].""",
    """Ban appeal: player [[USERNAME:xX_n1ghtOwl_Xx]] (account email [[EMAIL_ADDRESS:devon.ramsay02@outlook.com]]) says the login from [[IP_ADDRESS:91.204.18.77]] that triggered the anti-cheat flag wasn't him, because he was at his grandma's in [[LOCATION:Tulsa]] that weekend with no PC.""",
    """finally got the keys to my first apartment!!! 🏡 housewarming on the [[DATE_TIME:14th]] at [[ADDRESS:412 Maple Ave, Apt 3C]], [[LOCATION:Columbus]], bring snacks not gifts. DM [[USERNAME:kenzie.lowry]] if you need the buzzer code. ily [[PERSON:mads]] & [[PERSON:tay]] for helping me move 💕""",
    """User [[PERSON:Priyanka Bose]] ([[EMAIL_ADDRESS:p.bose@meridianlogistics.in]]) can't connect to the VPN from home; her public IP is showing as [[IP_ADDRESS:49.36.112.204]] and the client times out at the handshake. Laptop asset tag ML-LT-0442, Windows 11 23H2. Assigned to [[PERSON:Arjun]] on the network team.""",
    """Good news, [[PERSON:Callum]]! Your parcel will be delivered to [[ADDRESS:17 Brunswick Terrace]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 1HL]] on Thursday between 10:24 and 11:24. Not going to be in? Choose a neighbour or a pickup shop in the app.""",
    """Hi [[PERSON:Lerato]], your membership freeze from [[DATE_TIME:1 July]] to [[DATE_TIME:31 August]] is confirmed. Your debit order from account [[ID_NUMBER:62813379405]] will resume on [[DATE_TIME:1 September]]. See you back at the club!""",
    """I want to report [[USERNAME:marcus_k_1990]]. After I unmatched him he found my personal number, [[PHONE_NUMBER:+44 7700 912483]], and keeps texting me. My profile name is [[PERSON:Jess]], I'm [[AGE:27]] and based in [[LOCATION:Leeds]]. I've screenshotted everything.""",
    """[[PERSON:Terrence L. Maddox]], date of birth [[DATE_TIME:04/17/1986]], is ordered to appear in Courtroom 5B at [[ADDRESS:2650 S California Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] on [[DATE_TIME:August 12, 2024, at 9:30 a.m.]] Failure to appear may result in a warrant for your arrest.""",
    """Client [[PERSON:Achieng Otieno]], a [[NRP:Kenyan]] citizen, passport [[ID_NUMBER:AK0418273]], UCI [[ID_NUMBER:11-2847-3095]], has a biometrics appointment at the visa application centre in [[LOCATION:Nairobi]] on [[DATE_TIME:05 March 2025 at 10:00]]. Her spouse, [[PERSON:Brian Otieno]], will attend separately.""",
    """[[TITLE:PC]] [[PERSON:Rhys Allen]] took a statement from [[PERSON:Mrs Yvonne Baptiste]], [[AGE:72]], of [[ADDRESS:9 Rosebery Avenue]], [[LOCATION:Tottenham]], who says a man claiming to be from her bank called her landline on [[DATE_TIME:3 June]] and talked her into reading out a one-time passcode.""",
    """Field trip permission slip. Student: [[PERSON:Amani Jackson]], Grade 4, Room 12. Parent/guardian: [[PERSON:Keisha Jackson]], cell [[PHONE_NUMBER:(901) 744-2193]]. Allergies: tree nuts (EpiPen in backpack). Emergency contact if I can't be reached: her grandfather, [[PERSON:Otis]], at [[PHONE_NUMBER:(901) 388-0415]].""",
    """[[PERSON:Gabriel Santos Reyes]], born [[DATE_TIME:February 2, 2024]] to [[PERSON:Miguel Reyes]] and [[PERSON:Angelica Santos]] of [[LOCATION:Malate]], [[LOCATION:Manila]], was baptized in the [[NRP:Roman Catholic]] rite at St. Jude Parish on [[DATE_TIME:April 14, 2024]] by [[TITLE:Rev. Fr.]] [[PERSON:Ramon Dizon]]. Godparents: [[PERSON:Paolo Reyes]] and [[PERSON:Cristina Bautista]].""",
    """Renter [[PERSON:Henrik Lindqvist]], [[NRP:Swedish]], personnummer [[ID_NUMBER:780412-3359]], collected a Toyota Corolla at [[LOCATION:Dublin]] Airport on [[DATE_TIME:12/07 at 09:00]] and paid the excess with a card ending 2290. He added his partner, [[PERSON:Saga Berg]], as second driver.""",
    """Passenger [[PERSON:NWOSU/ADAEZE]] [[TITLE:MS]], frequent flyer [[ID_NUMBER:EK 418 227 934]], booking ref K7QW2L, requested a wheelchair at [[LOCATION:Lagos]] and a vegetarian meal. Contact on file: [[PHONE_NUMBER:+234 809 771 2045]].""",
    """Reminder: [[PERSON:Oscar]] has a cleaning with [[PERSON:Dr. Yuen]] on [[DATE_TIME:Tue, Oct 8 at 3:40 PM]]. Reply C to confirm or call us to reschedule.""",
    """The applicants, [[PERSON:Ravi Chandran]] ([[AGE:38]]) and [[PERSON:Sophie Chandran]] ([[AGE:36]]), are purchasing [[ADDRESS:22 Larkspur Close]], [[LOCATION:Bracknell]] [[ZIP_CODE:RG12 0XP]]. Both salaries are paid into their joint account, [[IBAN_CODE:GB22HBUK40127645820193]], and completion is targeted for [[DATE_TIME:28 March]].""",
    """KYC was rejected for [[PERSON:Emeka Nwachukwu]] because the selfie didn't match the photo on his driver's licence ([[ID_NUMBER:KTU48302AA61]]) and the address on his utility bill, [[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]], differs from the one he typed in. BVN on file: [[ID_NUMBER:22318470596]].""",
    """A note for the seating chart: Aunt [[PERSON:Marguerite]] must not be seated anywhere near Uncle [[PERSON:Ray]]. The ceremony is on [[DATE_TIME:June 21st at 4pm]] and the shuttle leaves from [[ADDRESS:1180 Lakeshore Blvd]] at 3:15. RSVPs to [[PERSON:Dana]] at [[EMAIL_ADDRESS:dana.and.theo.wed@gmail.com]].""",
    """[[PERSON:Winston Augustus Campbell]], [[AGE:88]], of [[LOCATION:Mandeville]], [[LOCATION:Jamaica]], and later of [[LOCATION:Flatbush]], [[LOCATION:Brooklyn]], passed peacefully on [[DATE_TIME:March 2, 2024]]. Born [[DATE_TIME:Nov. 30, 1935]], he was a deacon of the [[NRP:Seventh-day Adventist]] church for forty years. He is survived by his wife of 60 years, [[PERSON:Hyacinth]], and five children.""",
    """I'm looking for descendants of [[PERSON:Johann Heinrich Vogelsang]], who left [[LOCATION:Bremen]] for [[LOCATION:Texas]] and was naturalized in [[LOCATION:Comal County]] on [[DATE_TIME:14 Oct 1858]]. His daughter [[PERSON:Wilhelmina]] married a [[PERSON:Friedrich Ebeling]]. If this is your family, email me at [[EMAIL_ADDRESS:vogelsang.family.tree@gmail.com]].""",
    """Thank you, [[PERSON:Eleanor Whitmore-Hayes]], for your gift of £50 on [[DATE_TIME:2 December]]. As you ticked the Gift Aid box, we will claim an extra 25p for every £1 using your home address: [[ADDRESS:6 Pound Hill]], [[LOCATION:Alresford]], [[ZIP_CODE:SO24 9BW]]. Supporter number: [[ID_NUMBER:SN0087413]].""",
    """Participant [[ID_NUMBER:P-0417]], [[PERSON:Kwabena Asante]], [[AGE:59]], gave written consent on [[DATE_TIME:2024-02-27]] to join the hypertension study in [[LOCATION:Kumasi]]. His Ghana Card number, [[ID_NUMBER:GHA-718204936-3]], was recorded for the transport reimbursement.""",
    """Third noise complaint this month about [[ADDRESS:41B Tennyson Street]], [[LOCATION:Napier South]]: music until 3am on [[DATE_TIME:Saturday 16 March]]. Logged by [[PERSON:Graham Tuhiwai]] from the house next door, who can be reached on [[PHONE_NUMBER:027 448 2190]].""",
    """[[PERSON:Venkatesh Iyer]], PAN [[ID_NUMBER:AKLPI4827M]], filed his ITR-2 on [[DATE_TIME:31 July 2024]] and is now getting a notice for a mismatch in capital gains. His CA, [[PERSON:Sunita Rao]], has asked him to forward the AIS and the broker's statement to [[EMAIL_ADDRESS:sunita.rao.ca@gmail.com]].""",
    """[[PERSON:Marisol Ocampo]], you have been summoned for jury service at [[ADDRESS:191 N First St]], [[LOCATION:San Jose]], on [[DATE_TIME:Monday, September 9, 2024, at 8:00 a.m.]] Your juror ID is [[ID_NUMBER:0048217735]]. Call the night before to check if your group is needed.""",
    """Overdue notice: the item "The Overstory" on library card [[ID_NUMBER:21383004718822]] was due back on [[DATE_TIME:October 3]]. Hi [[PERSON:Amir]], you can renew it online or drop it at any branch.""",
    """[[PERSON:Faith Chebet]], [[AGE:26]], SHA member no. [[ID_NUMBER:R0471823]], was admitted to the maternity ward in [[LOCATION:Eldoret]] on [[DATE_TIME:7/2/2024]] and delivered a baby girl the same night. Next of kin: [[PERSON:Kevin Kiptoo]], [[PHONE_NUMBER:0711 304 862]].""",
    """To open the account, [[PERSON:Ayesha Siddiqui]] provided CNIC [[ID_NUMBER:35202-4817326-9]] and her address in [[LOCATION:DHA Phase 5]], [[LOCATION:Lahore]]. The branch manager, [[PERSON:Mr. Faisal Chaudhry]], verified her biometrics on [[DATE_TIME:14-01-2025]].""",
    """Takaful nomination: [[PERSON:Nurul Aisyah binti Rahman]] (MyKad [[ID_NUMBER:880412-14-5527]]) names her husband, [[PERSON:Mohd Hafiz bin Ismail]], as sole beneficiary. Correspondence address: [[ADDRESS:No. 23, Jalan SS 2/64]], [[ZIP_CODE:47300]] [[LOCATION:Petaling Jaya]], [[LOCATION:Selangor]].""",
    """Dear [[PERSON:Ms Drummond]], as a long-time [[NRP:Labour]] voter in your ward I was shocked by the closure of the library on Carnegie Drive. I've lived at [[ADDRESS:16 Pitreavie Court]], [[LOCATION:Dunfermline]] for 30 years. Yours, [[PERSON:Alasdair Munro]]""",
    """Welcome aboard, [[PERSON:Jae-won Park]]! Your first day is [[DATE_TIME:Monday, June 3]], and you'll report to [[PERSON:Lydia]] at the front desk at 9. Your employee ID is [[ID_NUMBER:E-448213]] and your network login is [[USERNAME:jpark3]]. For the I-9, please bring your U.S. passport ([[US_PASSPORT:A41729386]]).""",
    """Selling my 2014 Honda Jazz, reg [[ID_NUMBER:LV14 KXT]], 82k miles, full service history, new clutch last year. £4,200 ono. Call [[PERSON:Dave]] on [[PHONE_NUMBER:07843 229106]], [[LOCATION:Warrington]] area, no timewasters.""",
]

BENCH = [
    # --- in the manner of ai4privacy pii-masking ---
    """Dear [[PERSON:Ms. Halvorsen-Brandt]], your thesis defence in Computational Linguistics has been moved to [[DATE_TIME:14/06/2024 at 13:00]]. We also noticed a sign-in to your account [[USERNAME:shalvorsen]] from [[IP_ADDRESS:129.241.87.13]] using Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0. If this wasn't you, please reset your password.""",
    """[[PERSON:Constance Abernathy]], a [[AGE:52]]-year-old Senior Claims Adjuster at Harrow & Finch Mutual, has asked that her reimbursement of $1,284.90 be refunded to card [[CREDIT_CARD:4917612033584729]] (exp 09/27, CVV 318). She can be reached at [[PHONE_NUMBER:+1-604-788-2041]] between 9 and 5 Pacific.""",
    """Attention [[PERSON:Kofi Boateng]]: the vehicle with VIN 1HGCV1F34LA018273 and registration [[ID_NUMBER:GR 4418-22]], registered to [[ADDRESS:House No. 14, Ring Road East]], [[LOCATION:Accra]], has an unpaid toll of GHS 45.00 from [[DATE_TIME:09/03/2024]].""",
    """Please update payroll for [[PERSON:Mx. Rowan Ellery]] (they/them), Principal Solutions Architect, effective [[DATE_TIME:2024-09-01]]: new IBAN [[IBAN_CODE:IE44AIBK93115212909366]], BIC AIBKIE2D. Home address unchanged: [[ADDRESS:Apt 5, 12 Harcourt Terrace]], [[LOCATION:Dublin 2]], [[ZIP_CODE:D02 X285]].""",
    """Our records show that [[PERSON:Zainab Hussaini]] (DOB [[DATE_TIME:3rd of August, 1997]]) registered the handset with IMEI 35-209900-176148-1 and Wi-Fi MAC 3C:22:FB:9A:11:4E. The device was last seen online from [[IP_ADDRESS:2a02:c7f:8e21:4b00:9d3a:61ff:fe0e:7c12]].""",
    """Hello [[PERSON:Jovan]], please move 0.042 BTC from wallet bc1q9h7garjyc3e0x4ndkq5lzr8vq2tzm6ufk3a4p into your savings account [[ID_NUMBER:60129375]]. When you sign in, use your username [[USERNAME:jovan.petrovic77]] and the temporary password Tr!ckyW4ter#9, then change it straight away.""",
    """In the next mentorship session, [[PERSON:Dr. Ifeoma Chukwu]], Lead Intranet Strategist, will go over research ethics with [[PERSON:Cheyenne Wolfe]] at [[ADDRESS:4418 College Blvd, Suite 620]], [[LOCATION:Overland Park]], [[LOCATION:KS]] [[ZIP_CODE:66211]] on [[DATE_TIME:Friday, 19 April]].""",
    """Female, [[AGE:29]], 165 cm, brown eyes: [[PERSON:Akosua Mensah-Bonsu]] from [[LOCATION:Tema]] works as a Product Data Analyst. Her Ethereum wallet 0x7a2D91c4E08b3f5A1e96C0d4B2f87e13A5c9D04F received 0.8 ETH on [[DATE_TIME:22/02/2024]], which she wants reported for tax.""",
    """Patient [[PERSON:Lars Eriksen]] (DOB [[DATE_TIME:1961-07-19]]), blood type A+, was started on atorvastatin 20 mg by [[PERSON:Dr. Mirela Popescu]] at the clinic at [[ADDRESS:740 Brookline Ave, Building C, Floor 2]], [[LOCATION:Boston]], [[LOCATION:MA]] [[ZIP_CODE:02215]].""",
    """Hi [[PERSON:Tatsuya]], your Visa [[CREDIT_CARD:4532-0177-8812-9347]] expires 11/26. To renew it, please confirm the last login from [[IP_ADDRESS:126.18.204.93]] on [[DATE_TIME:2024-04-02 07:41 JST]] and your registered mobile, [[PHONE_NUMBER:+81 90-4721-8836]].""",
    """We need your approval, [[PERSON:Ms. Priscila Arantes]], for the bulk transfer of R$ 48.210,00 from account [[ID_NUMBER:0003418-7]], branch 1842, to the supplier. The request was submitted from [[IP_ADDRESS:177.92.40.118]] at 16:02.""",
    """Our Ethical Hacking bootcamp at the [[LOCATION:Leeds]] campus begins on [[DATE_TIME:9th October]]. Learner [[PERSON:Hamza Tariq]] (learner no. [[ID_NUMBER:LN-447812]]), your lab VM has been given the IP [[IP_ADDRESS:10.14.2.37]]; bring a laptop with an Ethernet port.""",
    """The wristband with serial WB-77120 was issued to [[PERSON:Eero Mäkinen]], [[AGE:63]], a participant in the sleep study at [[ADDRESS:Haartmaninkatu 4]], [[ZIP_CODE:00290]] [[LOCATION:Helsinki]]. Emergency contact: his son [[PERSON:Ville]], [[PHONE_NUMBER:+358 40 718 2290]].""",
    """I, [[PERSON:Ricardo Villalobos Ortega]], with DNI [[ID_NUMBER:48213976L]], authorize a one-off debit of €1,200 from [[IBAN_CODE:ES13 2100 0813 6302 0184 7362]] (BIC CAIXESBBXXX) on [[DATE_TIME:5 May 2024]] for the deposit on the flat at [[ADDRESS:Calle de Alcalá 214, 3º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]].""",
    """Your account [[USERNAME:mariana_qz]] was accessed with the user agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 from [[IP_ADDRESS:2806:10ae:17:4b12::a3]] in [[LOCATION:Guadalajara]]. If this was you, [[PERSON:Mariana Quezada]], you can ignore this message.""",
    """Important, [[PERSON:Obinna]]: the key for locker 18 at [[ADDRESS:3 Bourdillon Road]], [[LOCATION:Ikoyi]] is with reception. Your membership number [[ID_NUMBER:IKY-08832]] expires on [[DATE_TIME:31/12/2024]]; renew with the card on file, a Mastercard ending 0715.""",
    """Job offer. Position: Regional Compliance Officer. Candidate: [[PERSON:Shreya Venkataraman]]. Start date: [[DATE_TIME:1st Oct 2024]]. CTC: ₹24,00,000 p.a. Salary account: [[ID_NUMBER:50100418273650]], IFSC HDFC0001847. PAN: [[ID_NUMBER:BQRPV3918K]]. Reporting manager: [[PERSON:Anil Deshpande]].""",
    """Could [[PERSON:Mrs. Okonjo]] confirm delivery of 14 cartons to [[ADDRESS:Unit 7, 220 Industrial Road]], [[LOCATION:Germiston]], [[ZIP_CODE:1401]]? Tracking number TRK-55018231 shows that the driver, [[PERSON:Themba]], arrived at 11:20 but nobody signed.""",
    """To finish resetting 2FA for [[EMAIL_ADDRESS:k.oyelaran@protonmail.com]], enter the code we sent to [[PHONE_NUMBER:+234 803 448 2210]]. Last login: [[DATE_TIME:Sat, 17 Feb 2024 22:08:13 +0100]] from [[IP_ADDRESS:105.112.44.190]], Chrome on Android.""",
    """[[PERSON:Ingrid Solheim]] transferred NOK 12 500 to [[IBAN_CODE:NO3615035220843]] on [[DATE_TIME:03.05.2024]] as rent for the cabin at [[ADDRESS:Fjellveien 12]], [[ZIP_CODE:5019]] [[LOCATION:Bergen]]. Her phone: [[PHONE_NUMBER:+47 915 28 403]].""",
    """Hello [[PERSON:Yusuf]], library card [[ID_NUMBER:29087001843362]] is now linked to the email [[EMAIL_ADDRESS:yusuf.demirtas@web.de]]. Late fees of €2.40 can be paid at any branch in [[LOCATION:Köln]] or online.""",
    """As discussed, [[PERSON:Aleksandra Nowicka]] relocates from [[LOCATION:Kraków]] to [[LOCATION:Rotterdam]] on [[DATE_TIME:15-08-2024]]. Her BSN is [[ID_NUMBER:174293057]] and her salary goes to [[IBAN_CODE:NL05RABO0318245907]]. New address: [[ADDRESS:Witte de Withstraat 63-B]], [[ZIP_CODE:3012 BP]] [[LOCATION:Rotterdam]].""",
    """Bonjour [[PERSON:Camille Lefèvre-Dubois]], the remaining €340 for your orthodontic treatment will be debited from [[IBAN_CODE:FR76 3000 4018 5700 0123 4578 693]] on [[DATE_TIME:10/07/2024]]. Correspondence will go to [[ADDRESS:14 rue des Martyrs]], [[ZIP_CODE:75009]] [[LOCATION:Paris]].""",
    """Hey [[PERSON:Liam O'Sullivan-Park]], your Discover card [[CREDIT_CARD:6011 0093 8472 6159]] was used at a gas station in [[LOCATION:Reno]], [[LOCATION:NV]] on [[DATE_TIME:5/18 at 06:12]]. Reply YES if this was you. Your ZIP on file is [[ZIP_CODE:89502]].""",
    """The brand ambassador program welcomes [[PERSON:Sofía Arredondo]] ([[USERNAME:sofi.arredondo]] on Instagram, [[URL:https://www.tiktok.com/@sofiarredondo_]]), [[AGE:23]], based in [[LOCATION:Monterrey]]. Payouts will go to her PayPal, [[EMAIL_ADDRESS:sofia.arredondo.mx@gmail.com]].""",
    """Security notice for [[PERSON:Hye-jin Yoon]]: the router with MAC A4:91:B1:0C:7E:22 on your home network at [[ADDRESS:22-4 Seongsui-ro 7-gil]], [[LOCATION:Seongdong-gu]], [[LOCATION:Seoul]] is broadcasting from public IP [[IP_ADDRESS:211.36.142.57]] and has outdated firmware 3.1.0.22.""",
    """Grandpa [[PERSON:Joe Kowalski]], [[AGE:84]], has a cardiology follow-up on [[DATE_TIME:Wednesday 3 July at 11:15]]. Medicare number [[ID_NUMBER:2950 81736 1]]. His carer, [[PERSON:Linh]], will bring him from [[ADDRESS:8/14 Station Street]], [[LOCATION:Box Hill]] [[LOCATION:VIC]] [[ZIP_CODE:3128]].""",
    """Hi [[PERSON:Adebayo]], your Amex [[CREDIT_CARD:3714 492063 81725]] was declined at the airport hotel. Amount: $612.30. Billing ZIP on file: [[ZIP_CODE:30337]]. Please call the number on the back of your card.""",
    """[[PERSON:Baraka Mwangi]], male, [[AGE:37]], sales engineer, KRA PIN [[ID_NUMBER:A004871239P]], national ID [[ID_NUMBER:28847103]], lives at [[ADDRESS:Apartment 5C, Riverside Heights, Riverside Drive]], [[LOCATION:Westlands]], [[LOCATION:Nairobi]]; his postal address is [[ADDRESS:P.O. Box 48210]]-[[ZIP_CODE:00100]] [[LOCATION:Nairobi]].""",
    """[[PERSON:Chidinma Eze]] will present the Q3 numbers from the [[LOCATION:Abuja]] office on Thursday at 2pm. Dial-in for external guests: +234 9 290 4411, passcode 8812#. Her personal line, if the bridge fails, is [[PHONE_NUMBER:0806 215 7730]].""",
    """Your rideshare receipt, [[PERSON:Mohammed]]: pickup at [[ADDRESS:1101 Brickell Ave]], [[LOCATION:Miami]] at 7:42 PM, dropoff at [[ADDRESS:2980 NW 7th St]], 8:05 PM. Driver: [[PERSON:Yolanda]]. Vehicle: Toyota Camry, plate [[ID_NUMBER:QMN H41]]. Charged to Visa ending 3311.""",
    """Kindly note that [[PERSON:Ibrahim Al-Rashid]]'s IBAN [[IBAN_CODE:SA0380000000608010167519]] and Iqama number [[ID_NUMBER:2418837205]] have been verified. His end-of-service benefit will be paid on [[DATE_TIME:30/06/2024]]; questions to his mobile, [[PHONE_NUMBER:+966 55 482 1937]], or to the HR shared inbox.""",
    # --- in the manner of gretel-pii-masking-en-v1 ---
    """AUTOMOBILE LOSS NOTICE
Named insured: [[PERSON:Harold J. Pruitt]]
Policy no.: PAU-4471-0928
Insured's DOB: [[DATE_TIME:08/14/1959]]
Driver's license: [[US_DRIVER_LICENSE:P632-418-59-274-0]] (FL)
Address: [[ADDRESS:2217 Coral Way]], [[LOCATION:Sarasota]], [[LOCATION:FL]] [[ZIP_CODE:34231]]
Date of loss: [[DATE_TIME:04/02/2024, approx. 5:45 PM]]
Description: Insured's vehicle (VIN 2T1BURHE6KC214786) was struck while parked outside Publix. Third party [[PERSON:Kendra Mabry]], phone [[PHONE_NUMBER:941-806-2274]], admitted fault at scene.""",
    """EMPLOYMENT VERIFICATION

To whom it may concern,

This letter confirms that [[PERSON:Nkechi Adaora Okafor]] has been employed by Brightwater Analytics Ltd since [[DATE_TIME:March 4, 2019]] as a Senior Data Engineer on a permanent, full-time basis. Her employee ID is [[ID_NUMBER:BWA-00719]] and her current annual base salary is $128,500.

For further verification please contact HR at hr@brightwater-analytics.com.

[[PERSON:Gillian Croft]]
HR Business Partner""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Esperanza Villarreal]]   MRN: [[ID_NUMBER:00483921]]
DOB: [[DATE_TIME:11/02/1948]] ([[AGE:75]] y)   Admitted: [[DATE_TIME:01/08/2024]]   Discharged: [[DATE_TIME:01/13/2024]]
Health plan beneficiary no.: [[ID_NUMBER:1EG4-TE5-MK72]]
Attending: [[PERSON:Dr. Samuel Oduya]]
Diagnosis: community-acquired pneumonia, resolved. Follow up with PCP within 7 days. Daughter [[PERSON:Rosa]] ([[PHONE_NUMBER:956-312-4480]]) to assist with medications at [[ADDRESS:1408 W Hackberry Ave]], [[LOCATION:McAllen]], [[LOCATION:TX]].""",
    """Uniform Residential Loan Application, Section 1a. Borrower name: [[PERSON:Dwayne Everett Hollis]]. Social Security Number: [[US_SSN:527-41-8836]]. Date of birth: [[DATE_TIME:09/23/1981]]. Citizenship: U.S. citizen. Current address: [[ADDRESS:6610 Saddlebrook Ln]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]]; housing: own; 6 years 4 months. Home phone [[PHONE_NUMBER:(972) 618-4025]]. Email [[EMAIL_ADDRESS:dhollis81@att.net]].""",
    """ASSURED SHORTHOLD TENANCY AGREEMENT

This agreement is made on [[DATE_TIME:1 September 2024]] between [[PERSON:Mrs Patricia Henshaw]] of [[ADDRESS:The Coach House, 3 Elm Grove]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG1 2JS]] (the Landlord) and [[PERSON:Kwame Asiedu]] and [[PERSON:Tendai Moyo]] (the Tenants) for the property at [[ADDRESS:Flat 4, 19 Kings Road]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG1 5JX]]. The deposit of £1,150 will be protected with the DPS within 30 days.""",
    """NOTICE OF DATA SECURITY INCIDENT

Dear [[PERSON:Marguerite Tanaka-Bell]],

We are writing to let you know about an incident that may involve some of your information. On [[DATE_TIME:February 12, 2024]], we learned that an unauthorized party accessed a file server containing records of current and former patients. The affected file included your name, address ([[ADDRESS:84 Orchard Hill Rd]], [[LOCATION:Ithaca]], [[LOCATION:NY]] [[ZIP_CODE:14850]]), date of birth ([[DATE_TIME:05/30/1976]]), and patient account number [[ID_NUMBER:PA-3318470]]. Your Social Security number was not involved.""",
    """SUBPOENA DUCES TECUM. To: Custodian of Records, Lakeshore Federal Credit Union. You are commanded to produce all account statements for member [[PERSON:Gregory Alan Whitcombe]], member no. [[ID_NUMBER:0041877203]], SSN [[US_SSN:318-62-0947]], for the period January through June 2023, at the offices of Reed & Alvarado LLP, on [[DATE_TIME:October 28, 2024 at 10:00 a.m.]]""",
    """From: [[PERSON:Siobhán Gallagher]] <[[EMAIL_ADDRESS:siobhan.gallagher@outlook.ie]]>
Subject: Unauthorized charges

Hello, I noticed three charges on my Mastercard [[CREDIT_CARD:5105 1088 2047 3316]] that I did not make, all on [[DATE_TIME:22 March]], from a merchant in [[LOCATION:Vilnius]]. I have never been to Lithuania. My address is [[ADDRESS:27 Grattan Street]], [[LOCATION:Sligo]], [[ZIP_CODE:F91 E2W8]] and my mobile is [[PHONE_NUMBER:087 331 0482]].""",
    """PRIOR AUTHORIZATION REQUEST
Member: [[PERSON:Thomas Redcloud]]   Member ID: [[ID_NUMBER:XJH884120337]]   Group: 60418
DOB: [[DATE_TIME:1990-12-05]]
Prescriber: [[PERSON:Dr. Anjali Mehra]], NPI [[ID_NUMBER:1487720931]]
Medication requested: adalimumab 40 mg/0.4 mL every 14 days
Clinical notes: Crohn's disease, failed azathioprine. Patient resides in [[LOCATION:Rapid City]], [[LOCATION:SD]].""",
    """BENEFICIARY DESIGNATION. Insured: [[PERSON:Leonard Mbeki Adjei]], date of birth [[DATE_TIME:17 January 1972]]. Primary beneficiary (100%): [[PERSON:Abena Adjei]], spouse, born [[DATE_TIME:4 October 1975]]. Contingent beneficiaries: [[PERSON:Kojo Adjei]] and [[PERSON:Esi Adjei]], children, in equal shares. Signed at [[LOCATION:Toronto]] on [[DATE_TIME:June 3, 2024]].""",
    """Wire instructions confirmed by phone with the client on [[DATE_TIME:11/06/2024]]: beneficiary [[PERSON:Tobias Huber]], [[ADDRESS:Mariahilfer Straße 88]], [[ZIP_CODE:1070]] [[LOCATION:Wien]], [[LOCATION:Austria]]; account [[IBAN_CODE:AT28 2011 1829 3746 5012]], BIC GIBAATWWXXX; amount EUR 18,400.00; purpose: purchase of used vehicle.""",
    """NEW ACCOUNT FORM (INDIVIDUAL)
Full legal name: [[PERSON:Pooja Raghavan Nair]]
Date of birth: [[DATE_TIME:1988-06-11]]
SSN/TIN: [[US_SSN:612-09-4473]]
Employer: Northwind Biotech, Scientist II
Residential address: [[ADDRESS:440 Ocean Ave, Apt 12F]], [[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07305]]
Government ID: NJ driver license [[US_DRIVER_LICENSE:N4182 73905 06881]], exp 06/2028
Annual income: $150,000 - $200,000
Investment objective: growth""",
    """BILL OF SALE. Seller [[PERSON:Curtis Lemaire]], [[ADDRESS:1812 Prairie View Rd]], [[LOCATION:Bismarck]], [[LOCATION:ND]] [[ZIP_CODE:58501]], sells to buyer [[PERSON:Rafael Montoya]], [[ADDRESS:907 E Broadway Ave]], [[LOCATION:Bismarck]], one 2017 Ford F-150, VIN 1FTEW1EP4HFA51207, plate [[ID_NUMBER:ND 28-417]], odometer 96,214, for $21,500 on [[DATE_TIME:July 9, 2024]].""",
    """STUDENT ENROLLMENT FORM - Grade 9
Student: [[PERSON:Aarav Malhotra]]   Student ID: [[ID_NUMBER:S-2291047]]
Birthdate: [[DATE_TIME:2010-03-27]]   Age: [[AGE:14]]
Home language: Hindi, English
Parent/Guardian 1: [[PERSON:Neha Malhotra]], [[EMAIL_ADDRESS:neha.malhotra@rogers.com]], [[PHONE_NUMBER:905-481-2276]]
Parent/Guardian 2: [[PERSON:Vikram Malhotra]], [[PHONE_NUMBER:905-481-9930]]
Address: [[ADDRESS:33 Peacock Crescent]], [[LOCATION:Mississauga]], [[LOCATION:ON]] [[ZIP_CODE:L5N 7X4]]""",
    """BACKGROUND SCREENING REPORT
Subject: [[PERSON:Jerome Kwasi Ansah]]   Aliases: [[PERSON:J. K. Ansah]], [[PERSON:Jerry Ansah]]
SSN (verified): [[US_SSN:041-77-3926]]
Address history: [[ADDRESS:58 Chapel St]], [[LOCATION:New Haven]], [[LOCATION:CT]] [[ZIP_CODE:06513]] (2019-present); [[ADDRESS:12 Lindley Ave, Apt 3]], [[LOCATION:Bronx]], [[LOCATION:NY]] (2015-2019)
Criminal records: none found in searched jurisdictions.
Report completed [[DATE_TIME:08/21/2024]] for employer Harborline Logistics.""",
    """Petition for Alien Relative (summary). Petitioner: [[PERSON:Marisa Delacroix-Gomez]], U.S. citizen, born [[DATE_TIME:10/02/1984]] in [[LOCATION:San Antonio]], [[LOCATION:Texas]]. Beneficiary: [[PERSON:Julien Delacroix]], [[NRP:Haitian]] national, A-Number [[ID_NUMBER:A-218-473-906]], born [[DATE_TIME:06/15/1981]] in [[LOCATION:Jacmel]], [[LOCATION:Haiti]]. Relationship: spouse, married [[DATE_TIME:February 14, 2020]].""",
    """WORKERS' COMPENSATION - FIRST REPORT OF INJURY. Employee: [[PERSON:Lamar Devante Woods]]; SSN: [[US_SSN:254-38-1107]]; DOB: [[DATE_TIME:1995-02-08]]; Occupation: warehouse associate. Date/time of injury: [[DATE_TIME:2024-07-30 02:40]]. Employee strained lower back lifting a 60-lb carton at the [[LOCATION:Memphis]] distribution center. Supervisor notified: [[PERSON:Denise Harlan]].""",
    """DURABLE POWER OF ATTORNEY. I, [[PERSON:Evelyn Margaret Soames]], of [[ADDRESS:210 Birchwood Drive]], [[LOCATION:Asheville]], [[LOCATION:North Carolina]] [[ZIP_CODE:28804]], appoint my son, [[PERSON:Peter Soames]], of [[ADDRESS:5 Pell Street]], [[LOCATION:Charleston]], [[LOCATION:South Carolina]], as my attorney-in-fact. Signed this [[DATE_TIME:18th day of April, 2024]].""",
    """PRESCRIPTION
Patient: [[PERSON:Rahul Bhattacharya]], [[AGE:46]] M
Address: [[ADDRESS:Flat 302, Sunshine Apartments, Salt Lake Sector V]], [[LOCATION:Kolkata]] [[ZIP_CODE:700091]]
Date: [[DATE_TIME:21.06.2024]]
Rx: Tab. Metformin 500 mg BD x 30 days; Tab. Telmisartan 40 mg OD x 30 days
[[PERSON:Dr. S. Chatterjee]], MBBS, MD (Medicine), Reg. No. [[ID_NUMBER:WBMC 48271]]""",
    """MUTUAL NON-DISCLOSURE AGREEMENT between Quillfeather Labs Inc. and [[PERSON:Oren Ben-David]], an individual residing at [[ADDRESS:17 Rothschild Blvd, Apt 9]], [[LOCATION:Tel Aviv]], [[LOCATION:Israel]] (the "Consultant"), effective [[DATE_TIME:May 20, 2024]]. Notices to the Consultant shall be sent to [[EMAIL_ADDRESS:oren.bd@gmail.com]].""",
    """TELEHEALTH VISIT NOTE. Pt: [[PERSON:Kaylee Rose Anderson]], [[AGE:19]] F, DOB [[DATE_TIME:07/04/2005]]. Visit [[DATE_TIME:03/11/2024 16:30]] via video; pt located at [[ADDRESS:1901 University Ave, Room 314]], [[LOCATION:Madison]], [[LOCATION:WI]]. CC: sore throat x 3 days. Rapid strep positive at campus clinic. Plan: amoxicillin, e-Rx sent to pharmacy. Callback [[PHONE_NUMBER:608-771-3390]].""",
    """AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION. Patient name: [[PERSON:Bernard Okoro]]. Date of birth: [[DATE_TIME:12/19/1966]]. Medical record no.: [[ID_NUMBER:4401872]]. Release to: [[PERSON:Lisa Granger]], Esq., [[ADDRESS:300 N LaSalle St, Suite 4900]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60654]]. Purpose: litigation. Patient signature on file, dated [[DATE_TIME:04/09/2024]].""",
    """DIRECT DEPOSIT AUTHORIZATION. Employee: [[PERSON:Tran Bao Ngoc]], employee no. [[ID_NUMBER:40718]]. Bank: First Hawaiian Bank. Routing no. 121301028. Account no. [[ID_NUMBER:8841027739]] (checking). Deposit 100% of net pay. Home: [[ADDRESS:94-1040 Waipio Uka St]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]].""",
    """Re: Dispute of inaccurate information. My name is [[PERSON:Carlos Alberto Ruiz]], SSN [[US_SSN:582-17-0934]], date of birth [[DATE_TIME:March 3, 1979]]. Your report lists a collection account from a medical provider in [[LOCATION:Phoenix]] that I never used; I have lived at [[ADDRESS:7721 E Sahuaro Dr]], [[LOCATION:Scottsdale]], [[LOCATION:AZ]] [[ZIP_CODE:85260]] since 2012. Please remove it.""",
    """RENTAL APPLICATION. Applicant: [[PERSON:Mbali Zungu]]. Current address: [[ADDRESS:12 Florida Road]], [[LOCATION:Morningside]], [[LOCATION:Durban]] [[ZIP_CODE:4001]]. Employer: Coastal Freight (Pty) Ltd, 4 years. Monthly income: R38,500. Reference: previous landlord [[PERSON:Mr. Ashwin Pillay]], [[PHONE_NUMBER:031 303 8814]]. Desired move-in: [[DATE_TIME:1 December 2024]].""",
    """TRAVEL INSURANCE CLAIM. Claimant: [[PERSON:Fiona MacLeod]]. Date of birth: [[DATE_TIME:28/09/1990]]. Passport: [[ID_NUMBER:533804172]] (UK). Trip: [[LOCATION:Edinburgh]] to [[LOCATION:Bangkok]], departed [[DATE_TIME:03/01/2024]]. Incident: bag stolen at [[LOCATION:Chiang Mai]] bus station on [[DATE_TIME:11/01/2024]]; police report obtained. Refund to sort code 80-22-60, account [[ID_NUMBER:10482736]].""",
    """SCHOLARSHIP AWARD LETTER

[[DATE_TIME:April 30, 2024]]

Dear [[PERSON:Imani Okwuosa]],

Congratulations! You have been selected as a recipient of the Evelyn Hartwell Memorial Scholarship in the amount of $5,000 for the 2024-25 academic year. Funds will be credited to your student account ([[ID_NUMBER:U91844270]]) at the start of the fall semester. Please confirm acceptance by [[DATE_TIME:May 15]].""",
    """MEMBERSHIP AGREEMENT. Member: [[PERSON:Dominic Ferreira]]. Membership no.: [[ID_NUMBER:FF-2207183]]. Start date: [[DATE_TIME:01/08/2024]]. Plan: All-Club, 12 months, $49.99/mo billed to card [[CREDIT_CARD:4988 2460 1937 5507]]. Emergency contact: [[PERSON:Ana Ferreira]] [[PHONE_NUMBER:(401) 722-0148]]""",
    """LABORATORY REPORT
Patient: [[PERSON:Gwendolyn Price]]   Sex: F   Age: [[AGE:58]]
Patient ID: [[ID_NUMBER:LAB-88120457]]
Collected: [[DATE_TIME:2024-06-03 07:15]]   Reported: [[DATE_TIME:2024-06-03 13:40]]
Ordering physician: [[PERSON:Dr. Ahmed Farouk]]
HbA1c 7.4 % (H); LDL 3.1 mmol/L; eGFR 78 mL/min/1.73m2""",
    # --- in the manner of Nemotron-PII ---
    """{"customer_id": "[[ID_NUMBER:CUS-7718204]]", "full_name": "[[PERSON:Grace Ndlovu]]", "email": "[[EMAIL_ADDRESS:grace.ndlovu@shiftlabs.co.za]]", "phone": "[[PHONE_NUMBER:+27 82 417 3306]]", "date_of_birth": "[[DATE_TIME:1993-10-21]]", "address": {"street": "[[ADDRESS:44 Kloof Street]]", "city": "[[LOCATION:Cape Town]]", "postal_code": "[[ZIP_CODE:8001]]"}, "marketing_opt_in": false}""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, phone, email) VALUES ('[[ID_NUMBER:00918273]]', '[[PERSON:Hiroshi]]', '[[PERSON:Nakamura]]', '[[DATE_TIME:1955-02-28]]', '[[PHONE_NUMBER:808-934-2217]]', '[[EMAIL_ADDRESS:hnakamura55@hawaii.rr.com]]');""",
    """[[DATE_TIME:2024-05-14T08:22:31Z]] INFO auth.login success user_id=[[ID_NUMBER:u_88213047]] email=[[EMAIL_ADDRESS:marta.kowalczyk@poczta.onet.pl]] ip=[[IP_ADDRESS:83.24.171.9]] ts=[[DATE_TIME:2024-05-14T08:22:31Z]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)" session=9f2c1e0b""",
    """MSH|^~\\&|EPIC|STMARYS|LAB|STMARYS|202403110815||ADT^A04|MSG00417|P|2.5
PID|1||[[ID_NUMBER:7720418]]^^^STMARYS^MR||[[PERSON:OYELARAN]]^[[PERSON:FUNMILAYO]]^[[PERSON:A]]||[[DATE_TIME:19870612]]|F|||[[ADDRESS:2316 W PRATT BLVD]]^^[[LOCATION:CHICAGO]]^[[LOCATION:IL]]^[[ZIP_CODE:60645]]||[[PHONE_NUMBER:(773)508-0193]]""",
    """POST /api/v2/applications HTTP/1.1
Host: apply.example-university.edu
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:73.158.42.201]]

{"applicant": {"given_name": "[[PERSON:Nomvula]]", "family_name": "[[PERSON:Sithole]]", "dob": "[[DATE_TIME:2005-09-14]]", "email": "[[EMAIL_ADDRESS:nomvula.sithole05@gmail.com]]", "program": "BSc Nursing", "intake": "2025-S1"}}""",
    """Received: from mail-yw1-f172.google.com ([[IP_ADDRESS:209.85.128.172]])
From: "[[PERSON:Bartholomew Achebe]]" <[[EMAIL_ADDRESS:bart.achebe@gmail.com]]>
To: claims@harborview-insurance.com
Date: [[DATE_TIME:Mon, 8 Jul 2024 19:44:02 -0400]]
Subject: Claim follow-up, policy HV-20-881745

Hi, I still haven't heard back about the water damage at [[ADDRESS:61 Linden St]], [[LOCATION:Hartford]]. Please call me at [[PHONE_NUMBER:860-214-7783]].""",
    """# .env.staging  (do not commit!)
DB_HOST=[[IP_ADDRESS:10.0.4.17]]
DB_USER=svc_billing
DB_PASSWORD=K9#vq2!mPz
ADMIN_CONTACT=[[EMAIL_ADDRESS:ravi.subramanian@tallyhq.io]]
ONCALL_PHONE=[[PHONE_NUMBER:+91-99018-44273]]
STRIPE_KEY=sk_test_51Hx9QeL2kP0wZ7yA3mN
SEED_USER=[[USERNAME:rsubramanian]]""",
    """def test_invoice_address():
    customer = Customer(
        name="[[PERSON:Ólafur Gunnarsson]]",
        email="[[EMAIL_ADDRESS:olafur.g@simnet.is]]",
        kennitala="[[ID_NUMBER:120383-3109]]",
        address="[[ADDRESS:Laugavegur 58]], [[ZIP_CODE:101]] [[LOCATION:Reykjavík]]",
    )
    assert customer.vat_rate == 24""",
    '''[[IP_ADDRESS:86.143.22.190]] - [[USERNAME:hgreaves]] [[[DATE_TIME:12/Mar/2024:10:14:55 +0000]]] "GET /account/orders?page=2 HTTP/1.1" 200 5120 "https://shop.example.co.uk/account" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)"
[[IP_ADDRESS:86.143.22.190]] - [[USERNAME:hgreaves]] [[[DATE_TIME:12/Mar/2024:10:15:02 +0000]]] "POST /account/address HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)"
[[IP_ADDRESS:185.220.101.4]] - - [12/Mar/2024:10:15:09 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "python-requests/2.31.0"''',
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Okonkwo]];[[PERSON:Chibuzo]];;;
FN:[[PERSON:Chibuzo Okonkwo]]
TITLE:Deputy Director, Planning
TEL;TYPE=CELL:[[PHONE_NUMBER:+234 802 913 4471]]
EMAIL;TYPE=HOME:[[EMAIL_ADDRESS:chibuzo.okonkwo@yahoo.com]]
ADR;TYPE=HOME:;;[[ADDRESS:15 Awolowo Way]];[[LOCATION:Ikeja]];[[LOCATION:Lagos]];[[ZIP_CODE:100271]];[[LOCATION:Nigeria]]
BDAY:[[DATE_TIME:1984-05-19]]
END:VCARD""",
    """BEGIN:VEVENT
UID:appt-55810@physioplus.example
DTSTART;TZID=America/Edmonton:[[DATE_TIME:20240918T093000]]
DTEND;TZID=America/Edmonton:[[DATE_TIME:20240918T101500]]
SUMMARY:Initial assessment - [[PERSON:Aiyana Blackfeather]] (knee)
ATTENDEE;CN=[[PERSON:Aiyana Blackfeather]]:mailto:[[EMAIL_ADDRESS:aiyana.bf@shaw.ca]]
DESCRIPTION:Referred by [[PERSON:Dr. Kowalchuk]]. Alberta PHN [[ID_NUMBER:48217-3095]]. Call [[PHONE_NUMBER:403-870-2261]] if late.
END:VEVENT""",
    """{1:F01LOYDGB2LAXXX0000000000}{2:I103UBSWCHZH80AXXXN}{4:
:20:PAYREF240611-07
:23B:CRED
:32A:[[DATE_TIME:240611]]EUR18400,00
:50K:/[[IBAN_CODE:GB97LOYD30963817264059]]
[[PERSON:MARGARET ELSPETH DOYLE]]
[[ADDRESS:14 ABBEY ROAD]]
[[LOCATION:LONDON]] [[ZIP_CODE:NW8 9AH]]
:59:/[[IBAN_CODE:CH9204835173645201000]]
[[PERSON:LUCA BERNASCONI]]
[[ADDRESS:VIA NASSA 21]]
[[ZIP_CODE:6900]] [[LOCATION:LUGANO]]
:70:DEPOSIT APARTMENT
:71A:SHA
-}""",
    """SUP-4412 | Customer cannot update billing address
Reporter: [[PERSON:Helga Sørensen]] (Support L1)
Assignee: [[PERSON:Mihai Constantinescu]]
Priority: Medium
Description: Customer [[PERSON:Trevor Oduya]] ([[EMAIL_ADDRESS:trevor.oduya@btinternet.com]], customer #[[ID_NUMBER:1184527]]) gets a 500 when saving [[ADDRESS:Flat 9, Ashdown House, 41 Palmeira Avenue]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 3GE]]. Looks like the comma in the building name breaks the validator. Repro steps in comment below.""",
    """Ticket #208813 - "Refund not received"
Requester: [[PERSON:Amara Nwankwo-Lewis]] <[[EMAIL_ADDRESS:amara.nl@icloud.com]]>
Phone: [[PHONE_NUMBER:+1 (646) 403-8872]]
Organization: (none)
Custom fields: loyalty_id=[[ID_NUMBER:LY-00918272]]; order=WEB-7718-220; store=SoHo
Tags: refund, escalated, vip
Message: I returned the coat in store on [[DATE_TIME:June 2nd]] and was told 5-7 days. It's been three weeks.""",
    """POST /contact HTTP/1.1
Content-Type: application/x-www-form-urlencoded

name=[[PERSON:Aisha+Rahman]]&email=[[EMAIL_ADDRESS:aisha.rahman%40gmail.com]]&phone=[[PHONE_NUMBER:%2B44+7911+204+883]]&postcode=[[ZIP_CODE:B12+9QR]]&subject=Quote&message=Looking+for+a+quote+for+a+loft+conversion""",
    """Traceback (most recent call last):
  File "/srv/app/profile/service.py", line 212, in update_profile
    validate_postcode(payload["postcode"])
  File "/srv/app/profile/validators.py", line 48, in validate_postcode
    raise ValidationError(f"invalid postcode {value!r} for user {user_email}")
profile.validators.ValidationError: invalid postcode '[[ZIP_CODE:EH6 6JJ]]' for user [[EMAIL_ADDRESS:callum.fraser@ed-alumni.net]] (id=[[ID_NUMBER:557201]])""",
    """{"event": "payment.succeeded", "occurred_at": "[[DATE_TIME:2024-08-02T18:44:09+02:00]]", "user": {"id": "[[ID_NUMBER:usr_4HQ82K]]", "name": "[[PERSON:Jonas Wilhelmsen]]", "email": "[[EMAIL_ADDRESS:jonas.w@online.no]]"}, "card": {"brand": "visa", "last4": "4419", "exp": "08/27"}, "amount": 129900, "currency": "NOK", "ip": "[[IP_ADDRESS:84.212.93.16]]"}""",
    """{"data": {"me": {"handle": "[[USERNAME:quietcartographer]]", "displayName": "[[PERSON:Maya Castellanos]]", "birthday": "[[DATE_TIME:1999-04-09]]", "location": "[[LOCATION:Oaxaca]], [[LOCATION:Mexico]]", "website": "[[URL:https://mayacastellanos.art]]", "followers": 18204, "verified": false}}}""",
    """<Employee id="4471">
  <Name><Given>[[PERSON:Siddiq]]</Given><Family>[[PERSON:Rahimi]]</Family></Name>
  <NINumber>[[ID_NUMBER:PW 62 41 87 D]]</NINumber>
  <DateOfBirth>[[DATE_TIME:1987-01-30]]</DateOfBirth>
  <Nationality>[[NRP:Afghan]]</Nationality>
  <Address><Line1>[[ADDRESS:27 Kenilworth Road]]</Line1><Town>[[LOCATION:Luton]]</Town><Postcode>[[ZIP_CODE:LU1 1DQ]]</Postcode></Address>
  <Department>Logistics</Department>
</Employee>""",
    """commit 8e41c07b2d9f5a13e6c0f7d2a9b4e1c38d7f6a02
Author: [[PERSON:Wanjiku Kamau]] <[[EMAIL_ADDRESS:wanjiku.kamau@users.noreply.github.com]]>
Date:   [[DATE_TIME:Tue Mar 12 14:22:05 2024 +0300]]

    Fix off-by-one in invoice pagination

    Reported-by: [[PERSON:Thabo Molefe]] <[[EMAIL_ADDRESS:thabo.molefe@gmail.com]]>""",
    """Date    Description                                        Out        In    Balance
[[DATE_TIME:02/04]]   DD OCTOPUS ENERGY                                96.00             1,204.18
[[DATE_TIME:03/04]]   FASTER PAYMENT FROM [[PERSON:J OKAFOR]] REF RENT APRIL               650.00   1,854.18
[[DATE_TIME:05/04]]   CARD 5521 TESCO STORES 2291                      41.27             1,812.91
[[DATE_TIME:05/04]]   TFR TO [[TITLE:MRS]] [[PERSON:S KHAN]] 40-17-22 [[ID_NUMBER:71839204]]             200.00             1,612.91""",
    """M1[[PERSON:DIALLO/MAMADOU]] [[TITLE:MR]]      EK7Q2LA DXBCDGEK 0073 112Y031C0045 100
Passenger [[PERSON:Mamadou Diallo]], Skywards [[ID_NUMBER:EK 301 884 276]], seat 31C, gate closes 13:45.""",
    """SHIP TO:
[[PERSON:ROSALIND PEMBERTON]]
[[ADDRESS:APT 2B 3305 16TH ST NW]]
[[LOCATION:WASHINGTON]] [[LOCATION:DC]] [[ZIP_CODE:20010-3311]]
TEL [[PHONE_NUMBER:202-617-4470]]
USPS TRACKING # 9400 1118 9922 3847 5512 90
WT 2.4 LB  REF PO-55172""",
    """logger.info("new signup", extra={"email": "[[EMAIL_ADDRESS:d.ferreira.costa@sapo.pt]]", "ip": "[[IP_ADDRESS:2001:8a0:f2a1:9c00:1d4:7bff:fe21:3a9e]]", "referrer": "newsletter-0624", "plan": "pro", "country": "[[LOCATION:PT]]"})""",
    """[[[DATE_TIME:2024-06-01 09:12:44 UTC]]] admin [[USERNAME:ekarimi]] changed role of user [[USERNAME:mlopez]] ([[PERSON:María López Briceño]]) from viewer to editor
[[[DATE_TIME:2024-06-01 09:13:10 UTC]]] admin [[USERNAME:ekarimi]] reset MFA for [[USERNAME:tchowdhury]] ([[PERSON:Tanvir Chowdhury]])
[2024-06-01 09:15:52 UTC] system disabled 14 inactive accounts""",
    """{"resourceType": "Patient", "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:9438172068]]"}], "name": [{"family": "[[PERSON:Abernethy]]", "given": ["[[PERSON:Iona]]", "[[PERSON:Catriona]]"], "prefix": ["[[TITLE:Miss]]"]}], "gender": "female", "birthDate": "[[DATE_TIME:2001-11-17]]", "address": [{"line": ["[[ADDRESS:4 Marischal Gardens]]"], "city": "[[LOCATION:Aberdeen]]", "postalCode": "[[ZIP_CODE:AB10 1JN]]"}]}""",
    """mysql> SELECT id, username, email, created_at, last_login FROM users WHERE email LIKE '%kapoor%';
+------+--------------+---------------------------+---------------------+---------------------+
| id   | username     | email                     | created_at          | last_login          |
+------+--------------+---------------------------+---------------------+---------------------+
| [[ID_NUMBER:8812]] | [[USERNAME:nkapoor_91]]  | [[EMAIL_ADDRESS:neha.kapoor91@gmail.com]]   | [[DATE_TIME:2021-02-11 08:30:00]] | [[DATE_TIME:2024-07-19 22:41:17]] |
+------+--------------+---------------------------+---------------------+---------------------+
1 row in set (0.01 sec)""",
    """HR case notes - confidential
Case opened [[DATE_TIME:9 May 2024]] following a grievance raised by [[PERSON:Olamide Akinwale]] (staff no. [[ID_NUMBER:004418]]) against her line manager, [[PERSON:Craig Buchanan]]. [[PERSON:Olamide]] states that on [[DATE_TIME:2 May]] [[PERSON:Craig]] commented on her hijab and her [[NRP:Muslim]] faith in front of the team. Witness: [[PERSON:Priya Nair]]. Investigating officer: [[PERSON:Helen Stroud]].""",
    """VISITOR LOG - Site B reception
Name: [[PERSON:Kieran Doherty]]   Company: Apex Lifts Ltd   Vehicle reg: [[ID_NUMBER:KX19 FHD]]
Host: [[PERSON:Joanne Pike]]   In: 08:52   Out: 11:30   Badge: V-117
Date: [[DATE_TIME:14/08/2024]]
Mobile: [[PHONE_NUMBER:07912 448 301]]   Induction completed: Y""",
    """resource "aws_instance" "analytics_worker" {
  ami           = "ami-0c1a7f89451184c8b"
  instance_type = "t3.large"
  tags = {
    Name       = "analytics-worker-02"
    Owner      = "[[EMAIL_ADDRESS:nadia.haddad@corp-mail.example]]"
    CostCenter = "CC-4471"
    OnCall     = "[[PHONE_NUMBER:+971 50 318 2246]]"
  }
}""",
    """Quote request (web form)
first_name: [[PERSON:Tomasz]]
last_name: [[PERSON:Zieliński]]
date_of_birth: [[DATE_TIME:1979-12-02]]
postcode: [[ZIP_CODE:SO15 2PL]]
vehicle_reg: [[ID_NUMBER:HN68 WVR]]
licence_number: [[ID_NUMBER:ZIELI712029T99WK]]
years_no_claims: 9
occupation: Electrician
email: [[EMAIL_ADDRESS:t.zielinski@wp.pl]]""",
    """Dear Valued Customer [[PERSON:Ama Serwaa Owusu]], your mobile money wallet [[PHONE_NUMBER:024 418 9903]] received GHS 1,250.00 from [[PERSON:KWESI APPIAH]] on [[DATE_TIME:16/07/2024 at 14:09]]. Ghana Card on wallet: [[ID_NUMBER:GHA-004718263-5]]. Transaction ID 5528104773.""",
    # --- non-English ---
    """Personalstammdaten
Name: [[PERSON:Schäfer]]   Vorname: [[PERSON:Lena Marie]]
Geburtsdatum: [[DATE_TIME:23.08.1991]]   Geburtsort: [[LOCATION:Erfurt]]
Anschrift: [[ADDRESS:Lindenallee 14a]], [[ZIP_CODE:99084]] [[LOCATION:Erfurt]]
Steuer-ID: [[ID_NUMBER:81640273911]]   Steuerklasse: I   Konfession: [[NRP:ev]]
Sozialversicherungsnummer: [[ID_NUMBER:18 230891 S 522]]
IBAN: [[IBAN_CODE:DE31 4306 0967 2047 1193 00]]   Eintritt: [[DATE_TIME:01.10.2024]]
Tätigkeit: Sachbearbeiterin Kreditoren, Teilzeit 30 Std.""",
    """{"cliente": {"nome": "[[PERSON:Juliana Ribeiro Cavalcanti]]", "cpf": "[[ID_NUMBER:517.026.348-17]]", "rg": "[[ID_NUMBER:32.418.775-X]]", "data_nascimento": "[[DATE_TIME:1990-07-22]]", "celular": "[[PHONE_NUMBER:(81) 99142-3387]]", "email": "[[EMAIL_ADDRESS:ju.cavalcanti@hotmail.com]]", "endereco": {"logradouro": "[[ADDRESS:Rua da Aurora]]", "numero": "[[ADDRESS:1120]]", "complemento": "[[ADDRESS:Bloco B, apto 704]]", "bairro": "[[LOCATION:Boa Vista]]", "cidade": "[[LOCATION:Recife]]", "uf": "[[LOCATION:PE]]", "cep": "[[ZIP_CODE:50050-000]]"}}}""",
    """FICHA DE ADESÃO - Ginásio
Nome completo: [[PERSON:Rui Miguel Tavares Lopes]]
Data de nascimento: [[DATE_TIME:04/03/1986]]
NIF: [[ID_NUMBER:238471969]]
Morada: [[ADDRESS:Rua dos Fanqueiros 142, 3.º Esq.]], [[ZIP_CODE:1100-232]] [[LOCATION:Lisboa]]
Telemóvel: [[PHONE_NUMBER:+351 912 448 307]]
IBAN para débito direto: [[IBAN_CODE:PT50 0033 0000 4531 0297 8442 2]]
Data de início: [[DATE_TIME:1 de setembro de 2024]]   Plano: Livre-trânsito""",
    """MODULO DI CONSTATAZIONE AMICHEVOLE - Veicolo A
Conducente: [[PERSON:Gennaro Esposito]], nato a [[LOCATION:Napoli]] il [[DATE_TIME:27/11/1991]]
Codice fiscale: [[ID_NUMBER:SPSGNR91S27F839B]]
Residenza: [[ADDRESS:via Toledo 256]], [[ZIP_CODE:80134]] [[LOCATION:Napoli]]
Patente n. [[ID_NUMBER:NA5182734K]]   Targa: [[ID_NUMBER:FG 418 KT]]
Tel. [[PHONE_NUMBER:333 481 2267]]
Data e ora del sinistro: [[DATE_TIME:14/05/2024 ore 18:30]]
Luogo: incrocio via Caracciolo / via Partenope""",
    """2024-09-02 10:41:07 INFO  anagrafica.aggiorna dipendente matricola=[[ID_NUMBER:00871]] nome="[[PERSON:Chiara Bellandi]]" cf=[[ID_NUMBER:BLLCHR79M52D612Z]] nascita=[[DATE_TIME:1979-08-12]] comune=[[LOCATION:Firenze]] iban=[[IBAN_CODE:IT11P0200801664000104829173]] email=[[EMAIL_ADDRESS:c.bellandi@libero.it]] esito=OK""",
    """HỒ SƠ KHÁCH HÀNG VAY
Họ và tên: [[PERSON:Lê Hoàng Phúc]]   Giới tính: Nam
Ngày sinh: [[DATE_TIME:08/11/1995]]
Số CCCD: [[ID_NUMBER:079095012384]]
Địa chỉ thường trú: [[ADDRESS:123/4 Nguyễn Trãi]], [[LOCATION:Phường 2]], [[LOCATION:Quận 5]], [[LOCATION:TP. Hồ Chí Minh]]
Điện thoại: [[PHONE_NUMBER:0903 418 275]]   Email: [[EMAIL_ADDRESS:phuc.lehoang95@gmail.com]]
Nghề nghiệp: Kỹ sư phần mềm   Thu nhập: 35.000.000 VNĐ/tháng
Số tài khoản nhận lương: [[ID_NUMBER:0071000841927]]""",
    """{"ma_don": "SPX240618VN0042", "nguoi_nhan": "[[PERSON:Phạm Thị Mai Anh]]", "sdt": "[[PHONE_NUMBER:0378 226 914]]", "dia_chi": "[[ADDRESS:Số 7, ngách 12/3, ngõ 189 Giảng Võ]]", "phuong": "[[LOCATION:Cát Linh]]", "quan": "[[LOCATION:Đống Đa]]", "tinh": "[[LOCATION:Hà Nội]]", "cod": 459000, "ghi_chu": "Gọi trước khi giao, chỉ giao giờ hành chính"}""",
]

TABLE = [
    """applicant_id,first_name,last_name,dob,programme,entry_term,email,decision
[[ID_NUMBER:APP-2025-00417]],[[PERSON:Oyelowo]],[[PERSON:Adebisi-Hart]],[[DATE_TIME:2006-03-09]],BEng Civil Engineering,[[DATE_TIME:Sep 2025]],[[EMAIL_ADDRESS:oyelowo.ah@gmail.com]],Conditional
[[ID_NUMBER:APP-2025-00418]],[[PERSON:Freya]],[[PERSON:Lindgren]],[[DATE_TIME:2005-11-27]],BSc Psychology,[[DATE_TIME:Sep 2025]],[[EMAIL_ADDRESS:freya.lindgren@icloud.com]],Unconditional
[[ID_NUMBER:APP-2025-00421]],[[PERSON:Harpreet]],[[PERSON:Sandhu]],[[DATE_TIME:2006-07-14]],LLB Law,[[DATE_TIME:Sep 2025]],[[EMAIL_ADDRESS:harpreet.sandhu06@outlook.com]],Interview
[[ID_NUMBER:APP-2025-00430]],[[PERSON:Tomás]],[[PERSON:Ó Ceallaigh]],[[DATE_TIME:2006-01-02]],MEng Mechanical,[[DATE_TIME:Jan 2026]],[[EMAIL_ADDRESS:tomas.oceallaigh@gmail.com]],Rejected""",
    """| Ref | Customer | Account no. | Supply address | Postcode | Category | Opened |
|-----|----------|-------------|----------------|----------|----------|--------|
| CMP-88120 | [[PERSON:Beverley Osei]] | [[ID_NUMBER:40021877315]] | [[ADDRESS:12 Fernhill Road]], [[LOCATION:Sheffield]] | [[ZIP_CODE:S10 4AB]] | Back-billing | [[DATE_TIME:03/06/2024]] |
| CMP-88131 | [[PERSON:Mr D. Llewellyn]] | [[ID_NUMBER:40021990824]] | [[ADDRESS:Ty Gwyn, Heol y Llan]], [[LOCATION:Llandeilo]] | [[ZIP_CODE:SA19 6BP]] | Prepayment meter | [[DATE_TIME:04/06/2024]] |
| CMP-88140 | [[PERSON:Anjali Mistry]] | [[ID_NUMBER:40022013356]] | [[ADDRESS:Flat 11, 8 Canal Wharf]], [[LOCATION:Leicester]] | [[ZIP_CODE:LE1 5QH]] | Estimated bills | [[DATE_TIME:04/06/2024]] |
| CMP-88152 | [[PERSON:Stuart McInnes]] | [[ID_NUMBER:40021655403]] | [[ADDRESS:3 Braehead Cottages]], [[LOCATION:Dalkeith]] | [[ZIP_CODE:EH22 1QX]] | Switching | [[DATE_TIME:05/06/2024]] |""",
    """client_no\towner\tphone\tpet\tspecies\tlast_visit\tbalance_due
[[ID_NUMBER:VC-20418]]\t[[PERSON:Priscilla Nakamura-Hale]]\t[[PHONE_NUMBER:(503) 412-7730]]\tWaffles\tcanine\t[[DATE_TIME:2024-05-11]]\t0.00
[[ID_NUMBER:VC-20433]]\t[[PERSON:Desmond Agyeman]]\t[[PHONE_NUMBER:(503) 889-2104]]\tSergeant Pepper\tfeline\t[[DATE_TIME:2024-05-13]]\t148.20
[[ID_NUMBER:VC-20477]]\t[[PERSON:Rivka Adler]]\t[[PHONE_NUMBER:(971) 230-6418]]\tBiscotti\tguinea pig\t[[DATE_TIME:2024-05-13]]\t35.00
[[ID_NUMBER:VC-20502]]\t[[PERSON:Tyler Whitehorse]]\t[[PHONE_NUMBER:(503) 775-9912]]\tLuna\tcanine\t[[DATE_TIME:2024-05-14]]\t0.00""",
    """NAME                      CSCS NO    TRADE              EMPLOYER                INDUCTED    MOBILE
[[PERSON:Nowak, Krzysztof]]          [[ID_NUMBER:21904418]]   Groundworker       Hanley Civils Ltd       [[DATE_TIME:04/03/2024]]  [[PHONE_NUMBER:07723 418 905]]
[[PERSON:Adewale, Tunde]]            [[ID_NUMBER:30712284]]   Scaffolder         Skyline Access          [[DATE_TIME:04/03/2024]]  [[PHONE_NUMBER:07459 220 174]]
[[PERSON:O'Rourke, Shane]]           [[ID_NUMBER:18830471]]   Plant operator     Hanley Civils Ltd       [[DATE_TIME:05/03/2024]]  [[PHONE_NUMBER:07801 336 582]]
[[PERSON:Popa, Ionuț]]               [[ID_NUMBER:41206639]]   Steel fixer        Ferro-Tek UK            [[DATE_TIME:06/03/2024]]  [[PHONE_NUMBER:07388 604 117]]""",
    """{"order": "TM-55019382", "buyer": "[[PERSON:Destiny Okafor]]", "email": "[[EMAIL_ADDRESS:destiny.okafor@gmail.com]]", "event": "Arena Tour 2024", "event_date": "[[DATE_TIME:2024-10-19T19:30]]", "section": "112", "row": "K", "seats": "14-15", "card_last4": "8830"}
{"order": "TM-55019407", "buyer": "[[PERSON:Lucas Hoffmann]]", "email": "[[EMAIL_ADDRESS:lucas.hoffmann@gmx.de]]", "event": "Arena Tour 2024", "event_date": "[[DATE_TIME:2024-10-19T19:30]]", "section": "Floor B", "row": "-", "seats": "GA x2", "card_last4": "0127"}
{"order": "TM-55019422", "buyer": "[[PERSON:Nguyen Van An]]", "email": "[[EMAIL_ADDRESS:an.nguyen.van@yahoo.com]]", "event": "Arena Tour 2024", "event_date": "[[DATE_TIME:2024-10-20T19:30]]", "section": "224", "row": "C", "seats": "1-4", "card_last4": "6651"}""",
    """members:
  - member_no: "[[ID_NUMBER:PN-0048821]]"
    name: [[PERSON:Margaret Ellen Hoskins]]
    ni_number: [[ID_NUMBER:NE 71 40 29 B]]
    date_of_birth: [[DATE_TIME:1959-06-02]]
    normal_retirement_date: [[DATE_TIME:2024-06-02]]
    status: pensioner
    annual_pension_gbp: 14210.56
  - member_no: "[[ID_NUMBER:PN-0051307]]"
    name: [[PERSON:Abdul Karim Shaikh]]
    ni_number: [[ID_NUMBER:JK 30 88 14 A]]
    date_of_birth: [[DATE_TIME:1966-12-19]]
    normal_retirement_date: [[DATE_TIME:2031-12-19]]
    status: deferred
    annual_pension_gbp: 6032.00""",
    """Patient: [[PERSON:Yasmin El-Amin]]
DOB: [[DATE_TIME:19/09/1988]]
Phone: [[PHONE_NUMBER:0403 117 822]]
Medicare: [[ID_NUMBER:3381 44027 2]]
Next appointment: [[DATE_TIME:Mon 24 June, 8:30am]]
Notes: crown prep UR6

Patient: [[PERSON:Graham Tuckwell]]
DOB: [[DATE_TIME:02/01/1951]]
Phone: [[PHONE_NUMBER:(02) 6582 4471]]
Medicare: [[ID_NUMBER:2147 90318 1]]
Next appointment: [[DATE_TIME:Tue 25 June, 2:15pm]]
Notes: denture reline, DVA gold card""",
    """"Employee","SSN","Bank Routing","Account","Net Pay","Pay Date"
"[[PERSON:Hollis, Reginald T.]]","[[US_SSN:214-58-0372]]","061000104","[[ID_NUMBER:1000284417392]]","2,118.40","[[DATE_TIME:06/14/2024]]"
"[[PERSON:Vasquez, Elena M.]]","[[US_SSN:598-20-1146]]","063100277","[[ID_NUMBER:898071234426]]","1,904.77","[[DATE_TIME:06/14/2024]]"
"[[PERSON:Nguyen, Kevin]]","[[US_SSN:263-71-9980]]","111000025","[[ID_NUMBER:4471028839]]","2,466.05","[[DATE_TIME:06/14/2024]]\"""",
    """| Room | Guest | Nationality | Passport | Arrival | Departure | Rate |
|------|-------|-------------|----------|---------|-----------|------|
| 1207 | [[PERSON:Ms. Hanae Kobayashi]] | [[NRP:Japanese]] | [[ID_NUMBER:TZ1048826]] | [[DATE_TIME:2024-11-02]] | [[DATE_TIME:2024-11-06]] | BAR |
| 1211 | [[PERSON:Mr. Olusegun Bakare]] | [[NRP:Nigerian]] | [[ID_NUMBER:B50418827]] | [[DATE_TIME:2024-11-03]] | [[DATE_TIME:2024-11-05]] | CORP |
| 1304 | [[PERSON:Mrs. Svetlana Ivanova]] | [[NRP:Kazakh]] | [[ID_NUMBER:N13827765]] | [[DATE_TIME:2024-11-03]] | [[DATE_TIME:2024-11-10]] | BAR |
| 1310 | [[PERSON:Mr. Diego Alvarado]] | [[NRP:Chilean]] | [[ID_NUMBER:F22104837]] | [[DATE_TIME:2024-11-04]] | [[DATE_TIME:2024-11-05]] | AAA |""",
    """| Member # | Name | Age | Plan | Joined | Referred by |
|---|---|---|---|---|---|
| [[ID_NUMBER:100447]] | [[PERSON:Tiana Rangihuna]] | [[AGE:24]] | Off-peak | [[DATE_TIME:12 Jan 2024]] | - |
| [[ID_NUMBER:100452]] | [[PERSON:Bruce Hargreaves]] | [[AGE:61]] | Seniors | [[DATE_TIME:15 Jan 2024]] | [[PERSON:Tiana Rangihuna]] |
| [[ID_NUMBER:100460]] | [[PERSON:Mei-Ling Zhou]] | [[AGE:33]] | Anytime | [[DATE_TIME:2 Feb 2024]] | - |
| [[ID_NUMBER:100471]] | [[PERSON:Sione Taufa]] | [[AGE:19]] | Student | [[DATE_TIME:9 Feb 2024]] | [[PERSON:Mei-Ling Zhou]] |""",
    """sim_serial\tmsisdn\tfull_name\tbirthdate\tid_type\tid_number\taddress
8963010012044871552\t[[PHONE_NUMBER:09171234580]]\t[[PERSON:Maria Lourdes Dela Cruz]]\t[[DATE_TIME:1994-05-03]]\tPhilSys\t[[ID_NUMBER:4827-1930-5562-0918]]\t[[ADDRESS:Blk 12 Lot 8, Mabini St]], [[LOCATION:Brgy. Malinta]], [[LOCATION:Valenzuela City]]
8963010012044871560\t[[PHONE_NUMBER:09189935102]]\t[[PERSON:Jun-Jun Macaraeg]]\t[[DATE_TIME:2001-10-17]]\tUMID\t[[ID_NUMBER:0111-4827361-5]]\t[[ADDRESS:045 Rizal Ave]], [[LOCATION:Brgy. Poblacion]], [[LOCATION:Dagupan City]]
8963010012044871578\t[[PHONE_NUMBER:09275560431]]\t[[PERSON:Rowena Santiago-Uy]]\t[[DATE_TIME:1987-02-26]]\tDriver's License\t[[ID_NUMBER:N04-12-028374]]\t[[ADDRESS:2F Unit 5, 118 Banawe St]], [[LOCATION:Quezon City]]""",
    """customer_id,email,signup_ip,user_agent,country,newsletter
[[ID_NUMBER:100238]],[[EMAIL_ADDRESS:bea.sandoval@gmail.com]],[[IP_ADDRESS:190.104.17.233]],"Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36",[[LOCATION:Argentina]],true
[[ID_NUMBER:100239]],[[EMAIL_ADDRESS:h.watanabe@nifty.com]],[[IP_ADDRESS:153.203.44.19]],"Mozilla/5.0 (iPad; CPU OS 17_2 like Mac OS X)",[[LOCATION:Japan]],false
[[ID_NUMBER:100241]],[[EMAIL_ADDRESS:kelechi.u@gmail.com]],[[IP_ADDRESS:102.89.33.140]],"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0",[[LOCATION:Nigeria]],true
[[ID_NUMBER:100244]],[[EMAIL_ADDRESS:ana.ionescu@yahoo.ro]],[[IP_ADDRESS:2a02:2f0e:c10:4100:58e1:3ff:fe7a:9b10]],"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0)",[[LOCATION:Romania]],false""",
    """CUSTNO  NAME                      DOB       ACCTNO          BR   SEG
[[ID_NUMBER:0041827]] [[PERSON:MWANGI JOSEPH KAMAU]]       [[DATE_TIME:19780414]]  [[ID_NUMBER:1182047739201]]   014  RET
[[ID_NUMBER:0041839]] [[PERSON:ACHIENG BEATRICE A]]        [[DATE_TIME:19910922]]  [[ID_NUMBER:1182047740516]]   014  RET
[[ID_NUMBER:0041852]] [[PERSON:PATEL HIRAL N]]             [[DATE_TIME:19690305]]  [[ID_NUMBER:0150299183047]]   003  PRM
[[ID_NUMBER:0041860]] [[PERSON:OMONDI KEVIN O]]            [[DATE_TIME:20000118]]  [[ID_NUMBER:1182047741938]]   021  YTH""",
    """{"stop": 1, "recipient": "[[PERSON:Rhiannon Beddoes]]", "address": "[[ADDRESS:4 Maes y Coed]], [[LOCATION:Aberystwyth]]", "postcode": "[[ZIP_CODE:SY23 1LA]]", "phone": "[[PHONE_NUMBER:07966 213 480]]", "window": "09:00-10:00", "parcels": 2}
{"stop": 2, "recipient": "[[PERSON:Gwilym Parry]]", "address": "[[ADDRESS:Penrhyn Farm, Llanbadarn Fawr]]", "postcode": "[[ZIP_CODE:SY23 3QT]]", "phone": "[[PHONE_NUMBER:01970 612 448]]", "window": "10:00-11:00", "parcels": 1}
{"stop": 3, "recipient": "[[PERSON:Dr. Ayo Fashola]]", "address": "[[ADDRESS:Flat 3, 22 Marine Terrace]], [[LOCATION:Aberystwyth]]", "postcode": "[[ZIP_CODE:SY23 2AZ]]", "phone": "[[PHONE_NUMBER:07412 880 536]]", "window": "10:00-11:00", "parcels": 1}""",
    """oncall:
  week: 2024-W27
  primary:
    name: [[PERSON:Ngozi Emenike]]
    slack: "@[[USERNAME:ngozi.e]]"
    phone: "[[PHONE_NUMBER:+44 7458 301 229]]"
  secondary:
    name: [[PERSON:Bartosz Wróbel]]
    slack: "@[[USERNAME:bwrobel]]"
    phone: "[[PHONE_NUMBER:+48 601 284 773]]"
  escalation: sre-leads@company.example
  runbook: https://wiki.company.example/sre/oncall""",
    """RENTAL AGREEMENT RA-7718204
Renter: [[PERSON:Caoimhe Brennan]]
Date of birth: [[DATE_TIME:11/04/1992]]
Licence no.: [[ID_NUMBER:192447138]] (IE)
Address: [[ADDRESS:8 Sráid an Chéama]], [[LOCATION:Galway]], [[ZIP_CODE:H91 T2KX]]
Mobile: [[PHONE_NUMBER:+353 86 402 7713]]
Vehicle: VW Polo, reg [[ID_NUMBER:232-G-4471]]
Pick-up: [[DATE_TIME:16/08/2024 10:30]], [[LOCATION:Shannon]] Airport
Return: [[DATE_TIME:23/08/2024 09:00]], [[LOCATION:Shannon]] Airport
Card on file: Visa ending 4402""",
    """student_id,student_name,grade,homeroom,guardian_name,guardian_phone,allergies
[[ID_NUMBER:2291047]],[[PERSON:Zara Ahmed]],3,Rm 104,[[PERSON:Farhan Ahmed]],[[PHONE_NUMBER:(647) 381-2290]],none
[[ID_NUMBER:2291055]],[[PERSON:Elijah Boateng]],3,Rm 104,[[PERSON:Grace Boateng]],[[PHONE_NUMBER:(416) 702-8841]],peanuts
[[ID_NUMBER:2291061]],[[PERSON:Sofia Marchetti]],3,Rm 106,[[PERSON:Luca Marchetti]],[[PHONE_NUMBER:(647) 219-4407]],dairy
[[ID_NUMBER:2291078]],[[PERSON:Aiden Nakashima]],3,Rm 106,[[PERSON:Keiko Nakashima]],[[PHONE_NUMBER:(416) 993-1520]],none""",
    """claim_no | claimant | dob | incident_date | amount | adjuster
CLM-24-00871 | [[PERSON:Rashida Okonjo]] | [[DATE_TIME:1983-04-22]] | [[DATE_TIME:2024-02-17]] | 4,820.00 | [[PERSON:M. Quinlan]]
CLM-24-00874 | [[PERSON:Peter van der Berg]] | [[DATE_TIME:1958-09-30]] | [[DATE_TIME:2024-02-18]] | 612.50 | [[PERSON:M. Quinlan]]
CLM-24-00880 | [[PERSON:Lakshmi Subramaniam]] | [[DATE_TIME:1975-12-08]] | [[DATE_TIME:2024-02-20]] | 13,100.00 | [[PERSON:J. Ferris]]""",
    """| Name | Email | Shift | T-shirt | Dietary | Emergency contact |
|------|-------|-------|---------|---------|-------------------|
| [[PERSON:Moana Faleolo]] | [[EMAIL_ADDRESS:moana.faleolo@gmail.com]] | Sat AM | M | vegetarian | [[PERSON:Iosefa Faleolo]] [[PHONE_NUMBER:021 448 2091]] |
| [[PERSON:Hugh Pemberton]] | [[EMAIL_ADDRESS:hugh.pemberton@xtra.co.nz]] | Sat PM | XL | none | [[PERSON:Anne Pemberton]] [[PHONE_NUMBER:027 311 6058]] |
| [[PERSON:Priya Sharma]] | [[EMAIL_ADDRESS:priya.sharma.nz@outlook.com]] | Sun AM | S | halal | [[PERSON:Rohit Sharma]] [[PHONE_NUMBER:022 190 7734]] |""",
    """participant_id\tage\tsex\tsite\tenrolled\tarm\twithdrawn
[[ID_NUMBER:KSM-014]]\t[[AGE:47]]\tM\t[[LOCATION:Kisumu]]\t[[DATE_TIME:2023-11-06]]\tA\t
[[ID_NUMBER:KSM-015]]\t[[AGE:52]]\tF\t[[LOCATION:Kisumu]]\t[[DATE_TIME:2023-11-06]]\tB\t[[DATE_TIME:2024-01-19]]
[[ID_NUMBER:NBI-031]]\t[[AGE:39]]\tF\t[[LOCATION:Nairobi]]\t[[DATE_TIME:2023-11-08]]\tA\t
[[ID_NUMBER:NBI-032]]\t[[AGE:61]]\tM\t[[LOCATION:Nairobi]]\t[[DATE_TIME:2023-11-09]]\tB\t""",
    """Kundennr;Name;Straße;PLZ;Ort;IBAN;Tarif;Vertragsbeginn
[[ID_NUMBER:7004418273]];[[PERSON:Brigitte Hoffmann-Lorenz]];[[ADDRESS:Gartenstraße 12]];[[ZIP_CODE:70173]];[[LOCATION:Stuttgart]];[[IBAN_CODE:DE44500105175407324931]];Öko Strom 24;[[DATE_TIME:01.02.2024]]
[[ID_NUMBER:7004418290]];[[PERSON:Emre Aydın]];[[ADDRESS:Neckarstraße 187, 2. OG]];[[ZIP_CODE:70190]];[[LOCATION:Stuttgart]];[[IBAN_CODE:DE76100208900019283746]];Gas Basis;[[DATE_TIME:15.02.2024]]
[[ID_NUMBER:7004418315]];[[PERSON:Dr. Wolfgang Reiter]];[[ADDRESS:Am Kräherwald 40]];[[ZIP_CODE:70192]];[[LOCATION:Stuttgart]];[[IBAN_CODE:DE55760501010012845530]];Öko Strom 24;[[DATE_TIME:01.03.2024]]""",
    """Nome | CPF | Nascimento | Cidade/UF | Celular | Plano
[[PERSON:Larissa Gonçalves Prado]] | [[ID_NUMBER:736.105.284-35]] | [[DATE_TIME:14/09/1998]] | [[LOCATION:Belo Horizonte]]/[[LOCATION:MG]] | [[PHONE_NUMBER:(31) 98817-4402]] | Controle 25GB
[[PERSON:Edson Matos Filho]] | [[ID_NUMBER:093.418.572-79]] | [[DATE_TIME:02/02/1971]] | [[LOCATION:Salvador]]/[[LOCATION:BA]] | [[PHONE_NUMBER:(71) 99230-1158]] | Pós 50GB
[[PERSON:Yara Tenório]] | [[ID_NUMBER:842.190.376-40]] | [[DATE_TIME:30/11/2003]] | [[LOCATION:Manaus]]/[[LOCATION:AM]] | [[PHONE_NUMBER:(92) 98401-7735]] | Pré""",
    """Cognome,Nome,Codice fiscale,Data di nascita,Comune di nascita,Cellulare,Reparto
[[PERSON:Romano]],[[PERSON:Alessandro]],[[ID_NUMBER:RMNLSN85A15H501F]],[[DATE_TIME:15/01/1985]],[[LOCATION:Roma]],[[PHONE_NUMBER:340 218 7743]],Magazzino
[[PERSON:Greco]],[[PERSON:Francesca]],[[ID_NUMBER:GRCFNC92L62G273X]],[[DATE_TIME:22/07/1992]],[[LOCATION:Palermo]],[[PHONE_NUMBER:328 904 1126]],Amministrazione
[[PERSON:Conti]],[[PERSON:Davide]],[[ID_NUMBER:CNTDVD77R08A944D]],[[DATE_TIME:08/10/1977]],[[LOCATION:Bologna]],[[PHONE_NUMBER:347 661 0382]],Produzione
[[PERSON:Marchetti]],[[PERSON:Giulia]],[[ID_NUMBER:MRCGLI88D43L736T]],[[DATE_TIME:03/04/1988]],[[LOCATION:Venezia]],[[PHONE_NUMBER:335 720 4419]],Qualità""",
    """| STT | Họ và tên | Ngày sinh | Số CCCD | SĐT | Tỉnh/TP | Nguyện vọng 1 |
|-----|-----------|-----------|---------|-----|---------|---------------|
| 1 | [[PERSON:Đỗ Quang Huy]] | [[DATE_TIME:21/03/2006]] | [[ID_NUMBER:040206003817]] | [[PHONE_NUMBER:0866 204 371]] | [[LOCATION:Nghệ An]] | Công nghệ thông tin |
| 2 | [[PERSON:Vũ Ngọc Bảo Trâm]] | [[DATE_TIME:05/10/2006]] | [[ID_NUMBER:031306011542]] | [[PHONE_NUMBER:0912 730 448]] | [[LOCATION:Hải Phòng]] | Kinh tế quốc tế |
| 3 | [[PERSON:Hồ Thị Kim Ngân]] | [[DATE_TIME:17/08/2006]] | [[ID_NUMBER:048306007269]] | [[PHONE_NUMBER:0335 118 902]] | [[LOCATION:Đà Nẵng]] | Y đa khoa |
| 4 | [[PERSON:Nguyễn Đức Thịnh]] | [[DATE_TIME:30/12/2006]] | [[ID_NUMBER:001206024718]] | [[PHONE_NUMBER:0981 552 067]] | [[LOCATION:Hà Nội]] | Kỹ thuật điện |""",
    """[
  {"employee_id": "[[ID_NUMBER:E10482]]", "name": "[[PERSON:Rutendo Chikwanha]]", "title": "Finance Manager", "office": "[[LOCATION:Harare]]", "ext": "2214", "mobile": "[[PHONE_NUMBER:+263 77 318 4402]]"},
  {"employee_id": "[[ID_NUMBER:E10517]]", "name": "[[PERSON:Johan Pretorius]]", "title": "Fleet Supervisor", "office": "[[LOCATION:Bulawayo]]", "ext": "3106", "mobile": "[[PHONE_NUMBER:+263 71 904 2281]]"},
  {"employee_id": "[[ID_NUMBER:E10533]]", "name": "[[PERSON:Tsitsi Moyo]]", "title": "HR Officer", "office": "[[LOCATION:Harare]]", "ext": "2230", "mobile": null}
]""",
    """SEQ NAME                          SEAT  PASSPORT     NAT  DOB
001 [[PERSON:ABDULLAHI/FATIMA]] [[TITLE:MRS]]          12A   [[ID_NUMBER:A07718294]]    [[NRP:NGA]]  [[DATE_TIME:12MAR85]]
002 [[PERSON:ABDULLAHI/YUSUF]] [[TITLE:MSTR]]          12B   [[ID_NUMBER:A07718302]]    [[NRP:NGA]]  [[DATE_TIME:04SEP16]]
003 [[PERSON:KRISHNAN/MEERA]] [[TITLE:MS]]             14C   [[ID_NUMBER:W4419027]]     [[NRP:IND]]  [[DATE_TIME:27JUN93]]
004 [[PERSON:OCONNELL/PATRICK]] [[TITLE:MR]]           15D   [[ID_NUMBER:PE1128473]]    [[NRP:IRL]]  [[DATE_TIME:01JAN60]]""",

    """barcode,holder_name,ticket_type,gate,scanned_at,result
7701948823310047,[[PERSON:Kwame Mensah]],GA,North 2,[[DATE_TIME:2024-07-13 17:02:44]],OK
7701948823310055,[[PERSON:Kwame Mensah]],GA,North 2,[[DATE_TIME:2024-07-13 17:02:51]],DUPLICATE
7701948823311921,[[PERSON:Leila Haddad]],VIP,East 1,[[DATE_TIME:2024-07-13 17:05:09]],OK
7701948823312288,[[PERSON:Sam O'Connor-Reyes]],Accessible + carer,East 1,[[DATE_TIME:2024-07-13 17:06:30]],OK""",
    """| Customer | Address | Postcode | Install slot | Meter type | MPAN | Engineer |
|---|---|---|---|---|---|---|
| [[PERSON:Mrs J. Fairweather]] | [[ADDRESS:41 Holly Bank]], [[LOCATION:Huddersfield]] | [[ZIP_CODE:HD3 3LP]] | [[DATE_TIME:Tue 09/07, 08:00-12:00]] | SMETS2 elec+gas | 16 0000 8813 204 | [[PERSON:Imran Bashir]] |
| [[PERSON:Kieran Doyle]] | [[ADDRESS:2 Old Mill Yard]], [[LOCATION:Holmfirth]] | [[ZIP_CODE:HD9 7DW]] | [[DATE_TIME:Tue 09/07, 12:00-16:00]] | SMETS2 elec | 16 0000 4471 908 | [[PERSON:Imran Bashir]] |
| [[PERSON:Parveen Akhtar]] | [[ADDRESS:118 Manchester Road]], [[LOCATION:Huddersfield]] | [[ZIP_CODE:HD4 5QW]] | [[DATE_TIME:Wed 10/07, 08:00-12:00]] | SMETS2 elec+gas | 16 0000 2209 315 | [[PERSON:Lucy Garside]] |""",
    """patient:
  name: Bramble
  species: equine
  breed: Welsh Cob
  microchip: "826041000218873"
  passport_no: "826-0410-0218873"
owner:
  name: [[PERSON:Eirlys Morgan-Pugh]]
  phone: "[[PHONE_NUMBER:01558 824 117]]"
  email: [[EMAIL_ADDRESS:eirlys.mp@btinternet.com]]
  yard: [[ADDRESS:Cwm Farm, Llanfynydd]]
  postcode: [[ZIP_CODE:SA19 7TH]]
visits:
  - date: [[DATE_TIME:2024-04-03]]
    vet: [[PERSON:Sion Rees]]
    reason: dental rasp, vaccination (flu/tet)
  - date: [[DATE_TIME:2024-06-21]]
    vet: [[PERSON:Alys Bevan]]
    reason: lameness LF, nerve block""",
    """Incident ID: INC-2024-0113
Date/time: [[DATE_TIME:22/05/2024 07:55]]
Site: Riverside Quarter Phase 2, [[LOCATION:Salford]]
Injured person: [[PERSON:Florin Moldovan]]
Employer: Castlegate Drylining
Injury: cut to right palm from plasterboard blade
First aider: [[PERSON:Gemma Tulloch]]
RIDDOR reportable: No

Incident ID: INC-2024-0114
Date/time: [[DATE_TIME:22/05/2024 13:20]]
Site: Riverside Quarter Phase 2, [[LOCATION:Salford]]
Injured person: [[PERSON:Ade Olaniyan]]
Employer: Northway Groundworks
Injury: struck by reversing dumper, bruised hip
First aider: [[PERSON:Gemma Tulloch]]
RIDDOR reportable: Under review""",
    """member_no,name,ni_number,transfer_value_eur,receiving_scheme,destination_iban,requested
[[ID_NUMBER:RP-330187]],[[PERSON:Aurélie Dufresne]],[[ID_NUMBER:SX 40 18 27 C]],"48,210.77",Caisse de retraite (FR),[[IBAN_CODE:FR7620041010050500392122228]],[[DATE_TIME:2024-03-18]]
[[ID_NUMBER:RP-330215]],[[PERSON:Pieter Claes]],[[ID_NUMBER:PT 71 62 04 A]],"19,906.05",Pensioenfonds (BE),[[IBAN_CODE:BE86363071548250]],[[DATE_TIME:2024-03-20]]
[[ID_NUMBER:RP-330242]],[[PERSON:Katarzyna Wiśniewska]],[[ID_NUMBER:ZB 29 84 11 D]],"7,114.90",IKE (PL),[[IBAN_CODE:PL66249020004000000213874560]],[[DATE_TIME:2024-03-22]]
[[ID_NUMBER:RP-330260]],[[PERSON:Anders Holmqvist]],[[ID_NUMBER:JM 55 03 92 B]],"31,660.00",Tjänstepension (SE),[[IBAN_CODE:SE2780000832790000128374]],[[DATE_TIME:2024-03-25]]""",
    """candidate\tcandidate_no\tsubject\tinterviewer\tslot\troom
[[PERSON:Isabella Moreno-Whitfield]]\t[[ID_NUMBER:10482]]\tMedicine\t[[PERSON:Dr. H. Okafor]]\t[[DATE_TIME:Tue 10 Dec 09:00]]\tMB 2.07
[[PERSON:Arjun Pillai]]\t[[ID_NUMBER:10497]]\tMedicine\t[[PERSON:Dr. H. Okafor]]\t[[DATE_TIME:Tue 10 Dec 09:40]]\tMB 2.07
[[PERSON:Chloe Abernathy]]\t[[ID_NUMBER:10503]]\tMedicine\t[[PERSON:Prof. L. Brandt]]\t[[DATE_TIME:Tue 10 Dec 10:20]]\tMB 2.09
[[PERSON:Kaito Fujimura]]\t[[ID_NUMBER:10519]]\tBiomedical Sciences\t[[PERSON:Prof. L. Brandt]]\t[[DATE_TIME:Tue 10 Dec 11:00]]\tMB 2.09""",
    """email,first,city,country,signup_ip,source
[[EMAIL_ADDRESS:joaquin.ferraro@gmail.com]],[[PERSON:joaquin]],[[LOCATION:rosario]],[[LOCATION:ar]],[[IP_ADDRESS:181.47.210.6]],webinar
[[EMAIL_ADDRESS:siti.n@yahoo.com.my]],[[PERSON:siti]],[[LOCATION:ipoh]],[[LOCATION:my]],[[IP_ADDRESS:115.132.88.41]],ebook
[[EMAIL_ADDRESS:b.oduya@protonmail.com]],[[PERSON:ben]],[[LOCATION:kampala]],[[LOCATION:ug]],[[IP_ADDRESS:41.210.155.92]],webinar
[[EMAIL_ADDRESS:marta.lindholm@kolumbus.fi]],[[PERSON:marta]],[[LOCATION:turku]],[[LOCATION:fi]],[[IP_ADDRESS:85.76.131.202]],referral""",
    """| Cardholder | Card number | Merchant | Txn date | Amount | Reason |
|---|---|---|---|---|---|
| [[PERSON:Nathaniel Ebo-Quansah]] | [[CREDIT_CARD:6531 1209 3348 8703]] | STREAMFLIX*MONTHLY | [[DATE_TIME:2024-04-02]] | 15.99 | Cancelled subscription |
| [[PERSON:Yuki Tanabe]] | [[CREDIT_CARD:3530 1120 9485 7162]] | HOTEL SAKURA OSAKA | [[DATE_TIME:2024-04-05]] | 412.00 | Duplicate charge |
| [[PERSON:Ricardo Mendes]] | [[CREDIT_CARD:3622 708155 4930]] | AIR TKT 0164471823 | [[DATE_TIME:2024-04-07]] | 980.40 | Not received |
| [[PERSON:Olga Petrenko]] | [[CREDIT_CARD:2223 0048 1129 6549]] | ELECTRO MEGASTORE | [[DATE_TIME:2024-04-09]] | 1,249.00 | Goods defective |""",
    """{"ts": "[[DATE_TIME:2024-08-19T06:58:12Z]]", "user": "[[USERNAME:akinyi.o]]", "ip": "[[IP_ADDRESS:197.248.12.90]]", "result": "success", "mfa": "push"}
{"ts": "[[DATE_TIME:2024-08-19T07:03:40Z]]", "user": "[[USERNAME:dmitri.sokolov]]", "ip": "[[IP_ADDRESS:95.165.30.217]]", "result": "failure", "reason": "bad_password"}
{"ts": "[[DATE_TIME:2024-08-19T07:03:58Z]]", "user": "[[USERNAME:dmitri.sokolov]]", "ip": "[[IP_ADDRESS:95.165.30.217]]", "result": "success", "mfa": "totp"}
{"ts": "[[DATE_TIME:2024-08-19T07:10:05Z]]", "user": "[[USERNAME:hana.kimura]]", "ip": "[[IP_ADDRESS:2400:4050:a2c1:600:8d1:5ff:fe42:1e07]]", "result": "success", "mfa": "push"}""",
]

CHAT = [
    """[09:41] Bot: Hi, you're chatting with Lumen Energy. Can I take your name and account number?
[09:41] Customer: [[PERSON:Denise Okoro-Blake]], [[ID_NUMBER:7720 4418 93]]
[09:42] Agent ([[PERSON:Marcus]]): Thanks [[PERSON:Denise]], I'm [[PERSON:Marcus]]. For security can you confirm the first line of the address?
[09:42] Customer: [[ADDRESS:56 Wellesley Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2AD]]
[09:43] Customer: I've been on the phone twice already. You've put me on an estimated 410 kWh a month and I'm a single pensioner in a one-bed flat
[09:44] Agent ([[PERSON:Marcus]]): I can see that. Your last actual read was on [[DATE_TIME:14 January]]. If you send me a photo of the meter now I'll rebill from that date
[09:46] Customer: sent. also my number changed, it's [[PHONE_NUMBER:07381 229 640]] now
[09:47] Agent ([[PERSON:Marcus]]): Updated. I've raised complaint CMP-220917 and you'll get a callback from my team leader, [[PERSON:Joanne]], by [[DATE_TIME:Friday 12th]].""",
    """[[PERSON:Kev]] Site Team: lads who's got the key for the welfare cabin
[[PERSON:Dario]]: [[PERSON:tommo]] had it last
[[PERSON:Tommo]]: not me mate gave it to big [[PERSON:sam]] friday
[[PERSON:Kev]] Site Team: also heads up [[PERSON:pawel]] cut his hand on the rebar this morning, he's at A&E, his missus is [[PHONE_NUMBER:07552 318 774]] if anyone needs to ring her
[[PERSON:Dario]]: is he alright??
[[PERSON:Kev]] Site Team: few stitches. needs writing up in the accident book, date [[DATE_TIME:mon 22/7 at 8.40]]
[[PERSON:Sam]]: key's in my van, i'll be back at [[ADDRESS:14 Gorsey Lane]] in 20""",
    """#it-helpdesk
[[USERNAME:lwanjiru]]: anyone else locked out of SSO? getting "account disabled"
[[USERNAME:tomasz.k]]: @[[USERNAME:lwanjiru]] HR offboarded the wrong [[PERSON:Lucy]] 😬 your account and [[PERSON:Lucy Wainwright]]'s got swapped
[[USERNAME:hr-bot]]: Offboarding record: [[PERSON:Lucy Wainwright]], employee ID [[ID_NUMBER:004471]], last day [[DATE_TIME:2024-06-28]]
[[USERNAME:tomasz.k]]: re-enabled [[USERNAME:lwanjiru]], can you try again? your temp password is in your personal email ([[EMAIL_ADDRESS:lucy.wanjiru.k@gmail.com]])
[[USERNAME:lwanjiru]]: in! thank you 🙏""",
    """From Paws & Claws Vets: Hi [[PERSON:Jenna]], a reminder that Rolo is booked in for his booster with [[PERSON:Dr. Anand]] on [[DATE_TIME:Sat 6 July at 10:20]]. Reply YES to confirm.
YES. Also can you check if my new address is on file? [[ADDRESS:Flat 6, 3 Tern Close]], [[LOCATION:Poole]] [[ZIP_CODE:BH15 4SG]]
From Paws & Claws Vets: Thanks [[PERSON:Jenna]], updated. We still have [[PHONE_NUMBER:07940 117 305]] as your mobile, is that right?
yep that's me. it's [[PERSON:Jenna Hollis]] btw not [[PERSON:Jenna Hollins]] like on the last invoice lol
From Paws & Claws Vets: Oops, sorry! Fixed.""",
    """[[USERNAME:ticketswapper_mk]]: still got 2x standing for the [[LOCATION:Manchester]] date? face value?
[[USERNAME:beckyb_94]]: yeah £78 each, I'll transfer via the official app so it's safe
[[USERNAME:ticketswapper_mk]]: sound. what email do you need
[[USERNAME:beckyb_94]]: the one on your account. mine's [[EMAIL_ADDRESS:rebecca.brennan94@gmail.com]] if you need to check the name, [[PERSON:Rebecca Brennan]]
[[USERNAME:ticketswapper_mk]]: [[EMAIL_ADDRESS:mkhalid.tix@outlook.com]], name [[PERSON:Mohammed Khalid]]. paying by bank now
[[USERNAME:beckyb_94]]: great, transferred. enjoy 🎶""",
    """Live chat - Undergraduate Admissions
Visitor: hi, I applied for Nursing but my name is spelled wrong on the offer letter
Advisor ([[PERSON:Shauna]]): Sorry about that! Could I have your student ID and date of birth please?
Visitor: [[ID_NUMBER:2403318871]], [[DATE_TIME:9 February 2006]]
Advisor ([[PERSON:Shauna]]): Thanks. How should it read?
Visitor: [[PERSON:Nneoma Chidinma Eze]] not [[PERSON:Neoma C. Eze]]
Advisor ([[PERSON:Shauna]]): Got it. I've asked Registry to reissue the offer to [[EMAIL_ADDRESS:nneoma.eze06@gmail.com]] within 3 working days.""",
    """[18:02] Mama: Hast du schon den Rentenbescheid gesehen? Der kam heute
[18:05] [[PERSON:Jana]]: Nein, schick mal ein Foto
[18:07] Mama: Da steht Rentenbeginn [[DATE_TIME:1. Juli 2025]] und meine Versicherungsnummer [[ID_NUMBER:12 030961 B 049]], aber das ist doch Papas Nummer??
[18:09] [[PERSON:Jana]]: Stimmt, Papa ist am [[DATE_TIME:3.9.61]] geboren. Ruf morgen bei der Rentenversicherung an, Tel. steht oben rechts
[18:10] Mama: Und die wollen meine IBAN nochmal, die alte Sparkasse oder die neue?
[18:12] [[PERSON:Jana]]: Die neue: [[IBAN_CODE:DE14 3005 0000 0094 4182 65]]""",
    """[20:14] Khách: Shop ơi chị đặt 2 hộp sữa hạt óc chó nha, giao về [[ADDRESS:căn hộ 9.04, chung cư Sky Center, số 5B Phổ Quang]], [[LOCATION:Phường 2]], [[LOCATION:quận Tân Bình]]
[20:15] Shop Mẹ Bơ: Dạ chị cho shop xin tên và số điện thoại người nhận ạ
[20:16] Khách: [[PERSON:Trương Ngọc Diễm]], [[PHONE_NUMBER:0938 412 776]]
[20:17] Khách: chị chuyển khoản rồi nha, từ tài khoản [[ID_NUMBER:19034418227014]] tên [[PERSON:TRUONG NGOC DIEM]]
[20:18] Shop Mẹ Bơ: Dạ shop nhận được rồi ạ. Đơn sẽ giao vào [[DATE_TIME:sáng thứ Bảy 15/6]], shipper gọi trước khi lên ạ
[20:19] Khách: ok em, cảm ơn shop nhiều""",
]

LOOKALIKE = [
    """Release notes: FleetTrack Gateway 4.10.2.1 (build 20240611.3)

- Bumped the bundled OpenSSL to 3.0.13 and the Linux kernel to 6.1.92; images are now signed (SHA-256 3c1e9a0b7d54f2e81a6c09b4d7e3f215a8c60d94b2e7f1035c9a4d8e6b0f2a71).
- Fixed: units with serial prefix FTG-2210- stopped reporting during the 2038-01-19 rollover test.
- Fixed: the Windows agent crashed on 10.0.19045.4529 when the modem reported IMEI-style ids longer than 15 digits.
- The new job scheduler is code-named "Lovelace"; the old "Babbage" queue will be removed in 5.0.
- Known issue KB-20417: the web UI shows 1970-01-01 00:00 for devices that never synced.
Support: 1-800-318-4400 (24/7) or support@fleettrack.example. Licence key format: FTG-XXXX-XXXX-XXXX-XXXX.""",
    """Your order #112-4471902-8830215 is confirmed!

Ship to: [[PERSON:Hamid Karimi]], [[ADDRESS:2207 Bloor St W, Unit 1408]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M6S 1P1]]

1 x Noise-cancelling headphones, SKU B0C7XJ4L2Q ... CAD 189.99
2 x USB-C cable 2 m, SKU B09K4T8R1M ... CAD 23.98
Invoice: INV-CA-2024-0918812   Paid with: Visa ending 4417
Carrier: UPS, tracking 1Z 9X4 17E 03 4418 2271. Estimated delivery: 3-5 business days.
Questions? Call 1-888-280-4331 or write to help@shopnorth.example and quote your order number.""",
    """CMDB export - laptops due for refresh (warranty ends before 2025-03-31)

asset_tag   model                 serial       mac                 bios        uuid                                  assigned_to
LT-004417   ThinkPad T14 Gen 2    PF3A8K21     8C:8C:AA:41:0E:7B   1.18.0.4    4c4c4544-0052-3410-8048-b4c04f443832  pool
LT-004452   Latitude 7420         7QH2XL3      D8:BB:C1:9A:22:40   1.27.1.0    b1e7d0a2-9c3f-4e61-8a05-2f7d3c9b1e44  [[PERSON:Folasade Adeyemi]] ([[EMAIL_ADDRESS:f.adeyemi@hallmarkpartners.example]])
LT-004460   EliteBook 840 G8      5CG1372KWD   F4:A4:75:18:C3:09   01.14.00    7a90c3e1-5d2b-4f88-91c6-0e3b8d2f6a17  pool""",
    """New arrivals, branch 07 (shelf-ready, processed 12 Aug)
- ISBN 9781847239181, call no. 641.5945 ROS, barcode 31234005518273, 2nd ed.
- ISBN 9780765327109, call no. SF FIC, barcode 31234005518281, vol. 1 of 10
- ISBN 9791083219649, call no. 006.3 MAC, barcode 31234005518299, doi:10.1016/j.jbi.2023.104512 (companion article)
Hold queue: item 31234005518281 is on hold for patron [[PERSON:E. Varga]], card [[ID_NUMBER:21198004472813]]; notify by the usual channel.""",
    """FATTURA n. 2024/0871 del 12/03/2024
Elettroforniture Emiliane S.r.l. - P.IVA 02844170371 - Tel. 051 448 2210 - PEC amministrazione@pec.elettroforniture.example
Cliente: [[TITLE:sig.]] [[PERSON:Franco Bellini]], [[ADDRESS:via Emilia Ponente 88]], [[ZIP_CODE:40133]] [[LOCATION:Bologna]] - C.F. [[ID_NUMBER:BLLFNC69B11A944X]]
Cod. art. LED-GU10-5W-830 x 12 ... € 47,40
Cod. art. INT-BT-0417 (interruttore serie Volta) x 2 ... € 18,90
Imponibile € 66,30 - IVA 22% € 14,59 - Totale € 80,89
Pagamento: bonifico a 30 gg d.f., rif. ordine ORD-5512. Codice SDI: M5UXCR1""",
    """Patient information leaflet PIL-0417 (version 3.2, review due 01/2026)

Living with Parkinson's disease: what to expect in the first year
Many people are first seen because of a tremor, or after a fall that brings them to A&E, where the Glasgow Coma Scale may be recorded. Some also have Hashimoto's thyroiditis or Raynaud's phenomenon, which your GP can check with a simple blood test. If someone near you is choking, use the Heimlich manoeuvre and call 999.
The clinic moved from Harley Street to the new wing in 2022. Helpline: 0808 800 0303 (Mon-Fri). Leaflet written by [[PERSON:Dr Maryam Siddiqui]], consultant neurologist.""",
    """SHIPPING MANIFEST - Voyage 0417W
Vessel: CMA CGM Jacques Saadé (IMO 9384174)   POL: CNSHA   POD: NGAPP   ETD 14/06/2024   ETA 22/07/2024
Containers: MSKU4810279 (seal 004418273), TGHU7304189 (seal 004418274), CMAU5120934 (seal 004418275)
B/L no. SHA2406-88213; HS 8471.30 (laptops), 8517.13 (phones); gross 21,480 kg
Consignee: Lekki Digital Imports Ltd, RC 1448207
Notify party contact: [[PERSON:Ms. Adaeze Okafor]], [[PHONE_NUMBER:+234 803 771 2094]]""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind44", STYLES, OUT)


if __name__ == "__main__":
    main()

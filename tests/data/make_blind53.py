"""Build tests/data/blind53.jsonl: a fifty-third *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind53.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its module docstring with the labeling
conventions and style descriptions, its import lines, and, as the range
ends there, the opening line of its GEN list with one record), the tail of
make_blind22.py from `STYLES = {` to the end (its STYLES dict and main(),
whose scaffolding is copied below), gold_sets.py (whole file) and lines
1-64 of make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME
regexes and `parse()`). A plain listing of the file names in tests/data was
looked at to confirm that blind53 was free. Not read: minimize/,
recognizers/, any other test, bench/, the README, any *.jsonl set,
blind_table/, any other make_*.py script, git history, log or status. The
detector, the bench and the tests were never run. Do not tune the detector
against this set: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn; IBANs pass mod-97 with the right
length for their country, and the national check digits inside the
Spanish, Italian (CIN), French (RIB key), Belgian and Portuguese IBANs are
right too. National ids with a public check digit were given a valid one:
NHS numbers, Canadian SINs, Aadhaar (Verhoeff), Dutch BSN (11-check),
Spanish DNI / NIF and NIE letters, Italian codici fiscali (check letter,
and consistent with the person's name, sex, birth date and comune where
these show), South African ids (Luhn, agreeing with sex and birth date),
Australian TFN and Medicare numbers, Irish PPSNs, Singapore NRIC / FIN and
New Zealand NHI numbers; so were the look-alike ISBN-13s. All of these
were worked out with throwaway code run by hand while writing (kept
outside the repository), never generated here; `gold_sets.check`
re-checks cards and IBANs. Not checked (no public check digit, or none
used): UK NI numbers, US SSNs, PAN, Nigerian BVN and NIN, Kenyan ids and
KRA PINs, Philippine SSS / PhilHealth / Pag-IBIG / TIN, Ontario health
card and OEN numbers, passports, licences, plates, bank account numbers
and staff, student, member, patient and loyalty numbers. No package
registry or other outside service was queried while writing this set.

Styles (ids `blind53-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Canada, Australia, New Zealand, Ireland, India,
Nigeria, Ghana, Kenya, South Africa, Singapore and the Philippines, with
names from the many cultures living there, plus a few travellers and
expatriates from elsewhere); the rest are in Spanish (Spain), Dutch and
Italian:
- `gen` (80): one to four sentences with personal data woven into prose,
  as a third-party LLM writes "realistic sentences with personal data".
  Extra weight on payroll, pharmacies, estate agents and lettings, and
  airline bookings (ten each); the rest spread over banking, insurance,
  clinics, schools and universities, courts, telecoms, government
  services, returns, hotels, gaming, social media, IT support, deliveries,
  gyms, vets, utilities, car hire, dating-app safety, recruiting,
  charities, police statements, nurseries, care homes, visas, libraries,
  parking, marriage notices, KYC, removals and chaplaincy. Names at the
  start, middle and end, lowercase and possessive; ages, dates, addresses,
  phones and ids in many shapes.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd mixed sentences dense with names, job titles, streets
  with building numbers, secondary addresses, IPs, MACs, user agents,
  card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims,
  leases, discharge summaries, loan, mortgage and insurance forms,
  contracts, notices, consents) and Nemotron-PII (JSON, access, app and
  sshd logs, SQL, XML, HL7, YAML and .env config, code, form posts, mail
  headers, vCard, iCalendar, git commits, tickets).
- `table` (60): one labeled table per record rendered as text (CSV with
  commas or semicolons, TSV, pipes and Markdown, fixed-width, psql and
  mysql output, JSON lines, YAML, key: value blocks), wide and narrow,
  exported from CRMs, HR and payroll systems, clinics and pharmacies,
  schools, logistics, banks and insurers, estate and letting agents,
  airlines, hotels, gyms, charities and rosters; column names in
  snake_case, camelCase, Title Case, abbreviations, GDS codes, Spanish,
  Dutch and Italian; empty cells; names split into columns or joined
  ("SURNAME, Given", "SURNAME/GIVEN"); non-PII columns beside PII ones.
  Header rows and keys are never labeled.
- `chat` (8): a bank support chat, a family group, a team payroll channel,
  an airline live chat, a lettings thread, a Spanish neighbours' group,
  an IT helpdesk chat and a pharmacy SMS thread, with the speakers' names
  and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, change and incident references, SKUs, ISBNs, VAT and
  chamber-of-commerce numbers, versions and OIDs shaped like IPs, hashes,
  UUIDs, serials, company phones, role mailboxes, eponyms and brands,
  streets named after people without a number), with the few real PII
  values labeled; one has no PII at all.

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, travel ...) with a day or month, in any shape;
  a weekday or a clock time said with such a date is inside the span, a
  time or a weekday alone is not; not bare years, durations, or dates not
  tied to a person (sale, invoice, dispatch, statement, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC, transit and routing numbers, BICs, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / tracking /
  consignment / RMA references, company numbers, company phone numbers and
  role mailboxes, versions, hashes, serials, asset tags, partial numbers
  ("ending 4417", "card last 4"), pets, eponyms and brands named after
  people, header rows.
- Calls made while writing this set: in a table a "sex", "role", "dept",
  "rank", "status", "tier" or "grade" column stays unlabeled, an "age"
  column is AGE, a "country", "state", "province", "state of origin" or
  "LGA" column is LOCATION (two-letter codes included) and a "nationality"
  column is NRP (three-letter GDS codes included); a salutation column is
  TITLE; a name joined in one cell ("ADEBAYO, Folake", "OKAFOR/CHIDI") is
  one PERSON span, with a GDS title after it ("MR", "MRS") a TITLE of its
  own; a Dutch tussenvoegsel ("van der", "de") is PERSON; honorifics such
  as Sr., Sra., D., Dña., doña, dhr., mevr., mevrouw, Dott., Capt.,
  Chief, Pastor, Deacon, Sis. and Bro. are TITLE; "Aunty" / "Uncle" stay
  outside as family words; a building number or a street given in its own
  field, and a secondary address field ("Apt. 229", "Suite 440"), are
  ADDRESS; a person's travel, check-in, arrival, pick-up and collection
  dates, a crew member's report time, an insurance loss date, a lab
  sample's collection time and a vaccination time are DATE_TIME, while
  prescription fill dates, pay dates, card transaction dates and invoice
  dates are not; a "last_login" field, a prose "signed in / locked at"
  time and a login event's own timestamp are DATE_TIME, but the timestamps
  that open log, syslog, mail and commit lines, chat message clock times
  and record metadata (created_at, createdAt) are not; every IP address
  that belongs to a person's device or session is IP_ADDRESS (private and
  link-local ones too), and so is the source of a failed ssh login; a
  service account's username, mailbox and login time are not labeled;
  a professional licence number (mortgage broker) is ID_NUMBER; employer
  ids (EIN, ABN, KvK, VAT) are not labeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind53.jsonl")

GEN = [
    # --- payroll ---
    """Hi team, can someone check why [[PERSON:Callum Aitken]]'s March payslip still shows the emergency tax code? His NI number is [[ID_NUMBER:JT 48 21 96 B]] and he started with us on [[DATE_TIME:3 February 2025]], so the P45 should have been processed by now.""",
    """Per our conversation, I'm updating direct deposit for employee [[ID_NUMBER:E-20417]], [[PERSON:Marisol Vega-Ortiz]], effective the pay period beginning [[DATE_TIME:06/16/2025]]. New routing number 071000013 and checking account [[ID_NUMBER:4418830927]]; please confirm with her at [[EMAIL_ADDRESS:mvega.ortiz@gmail.com]] before Thursday's run.""",
    """[[PERSON:tran minh khoa]] was underpaid super for the March quarter. His TFN is [[ID_NUMBER:877 111 812]] and he's been on the night shift at the [[LOCATION:Footscray]] warehouse since [[DATE_TIME:14/08/2021]], so the back-pay has to cover every quarter since then.""",
    """Salary for [[PERSON:Ananya Krishnamurthy]] (emp code [[ID_NUMBER:TCSL-558120]]) went to her old account by mistake. Kindly reverse it and credit A/c no. [[ID_NUMBER:50100234871162]], IFSC HDFC0001207; her PAN [[ID_NUMBER:BKZPK4471M]] is already updated in the payroll master.""",
    """The Record of Employment for [[PERSON:Gabrielle Tremblay]], SIN [[ID_NUMBER:519 036 198]], should show her last day worked as [[DATE_TIME:Friday, May 30, 2025]]. Mail the paper copy to [[ADDRESS:2214 rue Beaubien Est]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2G 1M6]].""",
    """Dear [[PERSON:Mr. Adewale Ogunbiyi]], your salary arrears for January and February have now been paid into your Zenith Bank account [[ID_NUMBER:2087731945]]. If the amount looks wrong, please call [[PERSON:Funmi]] in HR on [[PHONE_NUMBER:0803 412 7769]] rather than the main switchboard.""",
    """We received a wage garnishment order for [[PERSON:Derek J. Halvorsen]] (SSN [[US_SSN:529-48-1176]]) from the [[LOCATION:Hennepin County]] district court. It applies starting with his [[DATE_TIME:July 11, 2025]] paycheck, 25% of disposable earnings, until further notice.""",
    """[[PERSON:aoife]] from accounts says the Revenue payroll notification for [[PERSON:Seán Ó Briain]] came through with somebody else's PPSN. His is [[ID_NUMBER:7904907E]], and until that's fixed he's on emergency tax again.""",
    """Hola [[PERSON:Nuria]], la nómina de junio de [[PERSON:Javier Castellanos Ruiz]] no incluye la paga extra. Su DNI es [[ID_NUMBER:13372529F]] y su número de afiliación a la Seguridad Social [[ID_NUMBER:28/10457836/41]]; el ingreso hay que hacerlo en [[IBAN_CODE:ES53 0128 8546 0994 1706 4276]], por favor.""",
    """Timesheet query: [[PERSON:Lwazi Dube]] clocked out at [[DATE_TIME:23:40 on Sat 12 April]] but the system recorded 03:40, so he's showing four hours short. He's staff no. [[ID_NUMBER:88213]] at the [[LOCATION:Pietermaritzburg]] depot.""",
    # --- pharmacies ---
    """Your prescription for [[PERSON:Mrs Eleanor Whitcombe]] is ready to collect from the pharmacy counter. Please bring photo ID; the NHS number we hold is [[ID_NUMBER:720 438 3125]] and the date of birth [[DATE_TIME:02/09/1941]].""",
    """The pharmacy left a voicemail on [[PERSON:jamal]]'s phone ([[PHONE_NUMBER:313-555-0186]]) saying his lisinopril refill is on hold until [[PERSON:Dr. Rina Patel]] sends a new script, which could take two business days.""",
    """Hi, this is [[PERSON:Kwame Asante]], date of birth [[DATE_TIME:19 Nov 1978]]. I'm picking up my mother's insulin at the Walgreens on [[ADDRESS:4120 N Broadway]] this afternoon — the prescription is under her name, [[PERSON:Abena Asante]].""",
    """Script for [[PERSON:O'Keeffe, Bridget]]: Medicare [[ID_NUMBER:4257 67661 6]], concession card holder, home delivery to [[ADDRESS:7/22 Coogee Bay Rd]], [[LOCATION:Randwick]] [[ZIP_CODE:2031]] on [[DATE_TIME:Thursday 20 March]] between 2 and 4.""",
    """Chemist bill no. 48812 — patient [[PERSON:R. Subramaniam]], age [[AGE:67]], as per [[PERSON:Dr. Mehta]]'s prescription: Metformin 500 x 60, Telma 40 x 30. Home delivery to [[ADDRESS:No. 14, 2nd Cross, Gandhi Nagar]], [[LOCATION:Vellore]] [[ZIP_CODE:632006]].""",
    """Beste [[TITLE:mevrouw]] [[PERSON:De Graaf]], wij hebben uw medicatiebeoordeling bij de apotheek ingepland op [[DATE_TIME:vrijdag 14 maart om 10.30 uur]]. Neemt u alstublieft al uw doosjes mee. Lukt het niet, bel ons dan terug; uw mobiele nummer bij ons is [[PHONE_NUMBER:06-41873925]].""",
    """I want to complain that the pharmacist at your [[LOCATION:Ballymena]] branch handed my son [[PERSON:Ruairí]], who is only [[AGE:9]], the adult-strength antihistamine. His repeat slip clearly says his date of birth, [[DATE_TIME:17/05/2016]].""",
    """Shoppers has [[PERSON:Mei-Ling Cho]] on file with Ontario health card [[ID_NUMBER:4532-281-907-AK]] and phone [[PHONE_NUMBER:416.555.0142]]; her husband [[PERSON:Victor]] is authorized to pick up her prescriptions.""",
    """Buongiorno, sono [[PERSON:Chiara Bonanno]], codice fiscale [[ID_NUMBER:BNNCHR92L67G273O]]. La ricetta elettronica di mia madre, [[PERSON:Rosalia Bonanno]], nata il [[DATE_TIME:11/02/1950]], risulta già utilizzata in un'altra farmacia di [[LOCATION:Bagheria]], ma noi non l'abbiamo mai ritirata.""",
    """Flu jab booked for [[PERSON:Gareth Pryce-Jones]] at [[DATE_TIME:9:20am on Wednesday 8 October]], Lloyds Pharmacy, [[LOCATION:Pontypridd]]. A confirmation has been sent to [[EMAIL_ADDRESS:gpryce.jones@btinternet.com]].""",
    # --- estate agents / lettings ---
    """Hi [[PERSON:Sophie]], following your viewing of [[ADDRESS:Flat 4, 27 Cavendish Road]], [[LOCATION:Clapham]], [[ZIP_CODE:SW4 9DW]] on [[DATE_TIME:Saturday 5 April]], the landlord has accepted your offer. Could you send three months of payslips for you and [[PERSON:Tom Adeyemi]] by Monday? Thanks, [[PERSON:Harriet Lowe]], Lettings Negotiator""",
    """[[PERSON:Brandon Kessler]] here, your agent: the sellers at [[ADDRESS:1187 Magnolia Ridge Dr]], [[LOCATION:Franklin]], [[LOCATION:TN]] [[ZIP_CODE:37064]] countered at $612,000 with a 30-day close. Call my cell, [[PHONE_NUMBER:(615) 430-2219]], tonight if you and [[PERSON:Kayla]] want to go back in.""",
    """The open inspection for [[ADDRESS:14 Wattle Grove]], [[LOCATION:Ringwood East]] [[LOCATION:VIC]] [[ZIP_CODE:3135]] has moved to [[DATE_TIME:Sat 22 March, 10:15–10:30am]]. Registered so far: [[PERSON:Priya Nandakumar]] and [[PERSON:Liam O'Sullivan]].""",
    """To whom it may concern, we confirm that [[PERSON:Olamide Bakare]] rented [[ADDRESS:2 Beechwood Mews]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 3AH]] through our office from [[DATE_TIME:1 September 2021]] to [[DATE_TIME:31 August 2024]], and that rent was always paid in full and on time.""",
    """Goedemiddag [[TITLE:dhr.]] [[PERSON:Visser]], de bezichtiging van het appartement aan de [[ADDRESS:Oudegracht 211-bis]] in [[LOCATION:Utrecht]] staat gepland op [[DATE_TIME:dinsdag 18 maart om 17:00]]. Uw contactpersoon bij ons kantoor is [[PERSON:Sanne Bakker]], bereikbaar op [[PHONE_NUMBER:06 2873 1146]].""",
    """Le escribo de la inmobiliaria por el piso de [[ADDRESS:Calle de Sueca 41, 3º B]], [[ZIP_CODE:46006]] [[LOCATION:Valencia]]. La propietaria, [[PERSON:Amparo Gisbert]], acepta la visita del [[DATE_TIME:jueves 27 a las 18:30]]; acompañará al [[TITLE:Sr.]] [[PERSON:Molina]] nuestro agente.""",
    """Tenant [[PERSON:Kasia Wróblewska]] is disputing £340 of the deductions from her deposit for [[ADDRESS:58B Granby Street]], [[LOCATION:Leicester]]. Her forwarding address is [[ADDRESS:12 Ashfield Close]], [[LOCATION:Loughborough]] [[ZIP_CODE:LE11 2QT]].""",
    """Listing agent [[PERSON:Harjit Sandhu]] ([[EMAIL_ADDRESS:harjit.sandhu.realtor@gmail.com]]) confirmed that [[PERSON:Daniel]] and [[PERSON:Thu Nguyen]] will take possession of [[ADDRESS:3308 Kingsway]], [[LOCATION:Burnaby]] on [[DATE_TIME:June 30th]] at noon.""",
    """Owner [[PERSON:Meenakshi Iyer]] is asking for a three-month deposit on the 2BHK at [[ADDRESS:Flat 702, Prestige Lakeside]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]]. If the tenants agree, they can call her directly on [[PHONE_NUMBER:+91 98450 31276]].""",
    """Sale agreed on [[ADDRESS:9 Rathgar Avenue]], [[LOCATION:Dublin 6]], [[ZIP_CODE:D06 X2K8]]. The buyers are [[PERSON:Ciarán]] and [[PERSON:Niamh Fitzgerald]], mortgage approval in principle attached; their solicitor is [[PERSON:Deirdre Nolan]] of Nolan & Co.""",
    # --- airline bookings ---
    """Booking confirmed for [[PERSON:Ms Yetunde Adebayo-Clarke]] on BA075 from [[LOCATION:London]] Heathrow to [[LOCATION:Lagos]], departing [[DATE_TIME:14 Dec 2025 at 22:15]]. Executive Club number [[ID_NUMBER:49302817]] has been added; booking reference XJ7K2P.""",
    """Hi, I need to change the name on my ticket. It says [[PERSON:KATHERINE MCBRIDE]] but my passport reads [[PERSON:Katharine Ann McBride]]. The confirmation code is HZQ4TW and my passport number is [[US_PASSPORT:A03841762]].""",
    """[[PERSON:Piotr Zieliński]] and his wife [[PERSON:Agnieszka]] were on FR2841 from [[LOCATION:Dublin]] to [[LOCATION:Kraków]] on [[DATE_TIME:2 August]], which landed four hours late. They'd like the €400 compensation paid to [[IBAN_CODE:PL81 7914 8516 8374 4812 1443 5136]].""",
    """Wheelchair assistance requested for [[PERSON:Mr Harbhajan Singh Gill]], aged [[AGE:83]], travelling [[LOCATION:Birmingham]]–[[LOCATION:Amritsar]] via [[LOCATION:Delhi]] on [[DATE_TIME:Tuesday 11 November]]. His son [[PERSON:Manpreet]] can be reached on [[PHONE_NUMBER:07723 418906]] at both ends.""",
    """can you add qantas frequent flyer [[ID_NUMBER:1928374650]] to booking 6YQ2LM? it's [[PERSON:jess whitfield]]'s, she's flying to [[LOCATION:Perth]] on [[DATE_TIME:the 19th of May]] and forgot to put it in.""",
    """Estimado [[TITLE:Sr.]] [[PERSON:Gutiérrez Lozano]]: su vuelo IB3166 de [[LOCATION:Madrid]] a [[LOCATION:Bruselas]] del [[DATE_TIME:lunes 3 de noviembre]] ha sido cancelado. Le hemos reubicado en el vuelo de las 07:05 del día siguiente, sin coste adicional.""",
    """Please update the APIS data for passenger 2 on the booking: [[PERSON:CHOWDHURY/NUSRAT]] [[TITLE:MS]], born [[DATE_TIME:07MAR89]], [[NRP:Bangladeshi]] passport [[ID_NUMBER:EF0391728]]. Passenger 1 is already complete.""",
    """[[PERSON:Fatima Al-Mansouri]] used 62,500 miles to upgrade her [[DATE_TIME:21 January]] flight from [[LOCATION:Dubai]] to [[LOCATION:Manchester]]; the miles came off membership number [[ID_NUMBER:EK 138 274 906]], which is her husband's account.""",
    """Delayed bag for [[PERSON:Thabo Mthembu]]: brown hard-shell case, tag JNB 40219. Courier it to [[ADDRESS:118 Jan Smuts Avenue]], [[LOCATION:Parktown North]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2193]] and phone him first on [[PHONE_NUMBER:+27 82 551 0347]].""",
    """Gentile [[PERSON:Lorenzo Galli]], la carta d'imbarco per il volo AZ1633 [[LOCATION:Milano]] Linate – [[LOCATION:Bari]] di [[DATE_TIME:venerdì 9 maggio]] è stata inviata all'indirizzo [[EMAIL_ADDRESS:l.galli83@libero.it]]. Le ricordiamo che il gate chiude 20 minuti prima della partenza.""",
    # --- everything else ---
    """Our records show that [[PERSON:Hyun-woo Park]]'s Visa ending 4417 was used at 02:13 in [[LOCATION:Las Vegas]] while he was at home in [[LOCATION:Fort Lee]], [[LOCATION:New Jersey]]. We've blocked the card, and the replacement will be mailed to [[ADDRESS:1500 Palisade Ave, Apt 12C]].""",
    """Claimant [[PERSON:Rebecca Thornbury]], [[AGE:34]], was rear-ended at the Mill Lane junction on [[DATE_TIME:16/01/2025 at around 8.45am]]. The other driver, [[PERSON:Mr K. Osei]], gave his registration as [[ID_NUMBER:LK19 VXF]] and his insurer as Admiral.""",
    """[[PERSON:mohammed al-rashid]] missed his physio appointment on [[DATE_TIME:Monday the 3rd]]. Could someone rebook him for the following week and text the new slot to [[PHONE_NUMBER:07912 330 481]]?""",
    """We've received [[PERSON:Oliver Nakamura-Reid]]'s in-year application for Year 7. Date of birth [[DATE_TIME:23.06.2013]], UPN [[ID_NUMBER:K821199304021]]; he is currently on roll at a primary school in [[LOCATION:Swindon]] and the family moves at half term.""",
    """The hearing in [[PERSON:Mwangi]] v. Tana Logistics Ltd is listed for [[DATE_TIME:10 a.m. on 4 December 2025]] at the [[LOCATION:Milimani]] Law Courts. The claimant, ID No. [[ID_NUMBER:28415573]], is represented by [[PERSON:Wanjiru Kamau]].""",
    """Port-in request: move [[PHONE_NUMBER:+64 21 884 3071]] from Spark to One NZ for [[PERSON:Aroha Ngata]], who has been the account holder since [[DATE_TIME:March 2019]]. The PUK she read out was 48219837.""",
    """[[PERSON:Nguyen Thi Lan]] renewed her driver licence at a Service NSW centre on [[DATE_TIME:12 February]]. Licence no. [[ID_NUMBER:14 823 907]], residential address [[ADDRESS:3/41 Woodville Rd]], [[LOCATION:Granville]] [[LOCATION:NSW]] [[ZIP_CODE:2142]].""",
    """Re order 114-2298173-5521904: the customer, [[PERSON:Derya Yilmaz]], says the courier left the parcel at [[ADDRESS:27 Hollybush Lane]] instead of number 72, and the neighbours are away. Please refund to the original card, [[CREDIT_CARD:5550 5416 9900 0861]].""",
    """Guest [[PERSON:Hiroshi Tanabe]] checked in on [[DATE_TIME:28 Feb at 23:50]], room 1207, [[NRP:Japanese]] passport [[ID_NUMBER:TR4829105]]. He asked for a late checkout and left his mobile, [[PHONE_NUMBER:+81 90-4418-2736]], with the night manager.""",
    """The banned account [[USERNAME:xX_n0sc0pe_Kev_Xx]] (name on the payment method: [[PERSON:Kevin Brannigan]]) kept logging in from [[IP_ADDRESS:86.41.203.77]] after the ban, so we've escalated it to a hardware ban.""",
    """if anyone knows [[PERSON:Tanisha Brooks]] from [[LOCATION:Decatur]], she did my braids on [[DATE_TIME:Sunday the 16th]] and left her charger at my place. her insta is [[USERNAME:tanishab.creates]] but she's not answering DMs""",
    """User [[PERSON:Ingrid Halvorsen]] ([[EMAIL_ADDRESS:ingrid.halvorsen@nordvik-shipping.no]]) can't reach the VPN from home. Her laptop gets [[IP_ADDRESS:192.168.1.44]] from the home router and the gateway rejects her certificate, which expired last week.""",
    """Hi [[PERSON:Jordan]], your driver [[PERSON:Marek]] will deliver your parcel between 13:05 and 14:05. If you're out, we'll leave it with your neighbour at [[ADDRESS:16 Fernhill Road]] and put a card through the door.""",
    """Member [[PERSON:Bethan Griffiths]] has frozen her membership at the [[LOCATION:Cardiff]] Central gym from [[DATE_TIME:1 June]] until [[DATE_TIME:31 August]] for maternity leave; her entry PIN was reset at the same time.""",
    """[[PERSON:Dr Anjali Mehra]] at Riverside Vets will ring [[TITLE:mrs]] [[PERSON:thompson]] on [[PHONE_NUMBER:01632 960415]] this afternoon about Biscuit's blood results.""",
    """Final meter reading for [[PERSON:Mr. Graham Booth]], leaving [[ADDRESS:44 Larch Crescent]], [[LOCATION:Peterborough]] [[ZIP_CODE:PE2 8RX]] on [[DATE_TIME:30/04/2025]]: 18220 kWh. The final bill goes to [[ADDRESS:Flat 9, Weston House, 3 Queen's Walk]], [[LOCATION:Stamford]].""",
    """Rental agreement for [[PERSON:Ricardo Alves]], driving licence [[ID_NUMBER:L-4829173 5]] issued in [[LOCATION:Portugal]], pick-up at [[LOCATION:Faro]] airport on [[DATE_TIME:03 Jul 2025 09:00]]. The deposit was pre-authorised on [[CREDIT_CARD:4020 5373 3225 8580]].""",
    """Reported profile: claims to be [[PERSON:Daniel Okoro]], [[AGE:38]], an offshore engineer from [[LOCATION:Aberdeen]]. He asked the user [[USERNAME:kerry_h_1986]] for a loan and moved the chat to WhatsApp on [[PHONE_NUMBER:+44 7451 229086]].""",
    """Shortlist for the Finance Analyst role: [[PERSON:Chukwuemeka Nwosu]] — interview [[DATE_TIME:Wed 24 Sept, 2:30pm]], CV via [[URL:linkedin.com/in/chukwuemeka-nwosu-cfa]]. He prefers [[EMAIL_ADDRESS:emeka.nwosu@outlook.com]] to phone.""",
    """Thank you, [[PERSON:Margaret]]! Your Gift Aid declaration dated [[DATE_TIME:5 March 2025]] means we can claim an extra 25p on every pound you give. We'll post your receipt to [[ADDRESS:The Old Forge, Church Lane]], [[LOCATION:Little Wittenham]], [[ZIP_CODE:OX14 4RA]].""",
    """Hoi [[PERSON:Daan]], kun je het huurcontract van [[PERSON:Fleur van den Berg]] nog even nalopen? Haar BSN is [[ID_NUMBER:257877393]] en ze staat nog ingeschreven op de [[ADDRESS:Zeeburgerdijk 88-2]], [[ZIP_CODE:1093 AC]] [[LOCATION:Amsterdam]].""",
    """Witness statement: I, [[PERSON:Adaeze Okonkwo]], of [[ADDRESS:31 Marlborough Road]], [[LOCATION:Luton]], saw a silver Ford Focus, registration [[ID_NUMBER:KN67 TWB]], reverse into the bollard at about 17:20 and drive off towards the ring road.""",
    """Pick-up authorisation: [[PERSON:Lily-Mae]]'s grandad, [[PERSON:Terry Hodgson]], will collect her from nursery on [[DATE_TIME:Friday 7th]]. His mobile is [[PHONE_NUMBER:07700 912338]] and the family password is pancakes.""",
    """[[PERSON:Mrs Dorothy Ekwueme]], [[AGE:91]], was admitted to the care home on [[DATE_TIME:11.11.2024]]. Her next of kin is her nephew [[PERSON:Obinna]], who asked to be contacted by email at [[EMAIL_ADDRESS:obinna.ekwueme@yahoo.co.uk]].""",
    """[[PERSON:Pham Quoc Bao]]'s student visa application lists his passport as [[ID_NUMBER:C4829137]], date of birth [[DATE_TIME:1 May 2004]], and a home address in [[LOCATION:Hanoi]] at [[ADDRESS:15 Ngõ 42 Trần Duy Hưng]].""",
    """Overdue notice sent to [[PERSON:Elif Demir]], library card [[ID_NUMBER:29340 00718 4421]], for three items. We've emailed [[EMAIL_ADDRESS:elif.demir@gmail.com]] twice with no reply.""",
    """PCN issued to vehicle [[ID_NUMBER:WR21 KZO]] on [[DATE_TIME:14/06/2025 at 11:42]] in the loading bay on Nelson Street. The registered keeper is [[PERSON:Ms. Sinéad Murphy]], [[ADDRESS:7 Orchard View]], [[LOCATION:Bristol]] [[ZIP_CODE:BS5 6QF]].""",
    """Student [[PERSON:Aiyana Redcloud]] (ID [[ID_NUMBER:300418827]]) has been granted an extension on her thesis until [[DATE_TIME:August 15]]; her supervisor, [[PERSON:Prof. Henrik Lindqvist]], signed off on it this morning.""",
    """Me llamo [[PERSON:Lucía Fernández Ortega]] y quiero darme de baja del gimnasio a partir del [[DATE_TIME:1 de julio]]. Mi número de socia es [[ID_NUMBER:004581]] y mi móvil, por si necesitan confirmarlo, el [[PHONE_NUMBER:612 48 93 07]].""",
    """Il sottoscritto [[PERSON:Alessandro Russo]], nato a [[LOCATION:Torino]] il [[DATE_TIME:18/10/1990]], residente in [[ADDRESS:Via Nizza 152]], [[ZIP_CODE:10126]] [[LOCATION:Torino]], codice fiscale [[ID_NUMBER:RSSLSN90R18L219F]], chiede la restituzione del deposito cauzionale versato per l'appartamento.""",
    """Sir, my name is [[PERSON:Ramesh Chandra Yadav]] and my Aadhaar [[ID_NUMBER:8394 7513 1266]] is still linked to an old mobile number. Kindly update it to [[PHONE_NUMBER:94150 27688]] so I can receive the OTP for my pension.""",
    """Please add my daughter [[PERSON:Lerato]] to my medical aid as an adult dependant. Her ID number is [[ID_NUMBER:0003170395085]]; she turned [[AGE:25]] in March but is still a full-time student, so she's eligible for the student rate.""",
    """Appointment for [[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S5072069A]]) on [[DATE_TIME:Thursday, 6 November, 3.15pm]] regarding the flat at [[ADDRESS:Blk 628 Jurong West St 65, #08-214]], [[LOCATION:Singapore]] [[ZIP_CODE:640628]].""",
    """[[PERSON:Maricel Dela Cruz]] from [[LOCATION:Cebu City]] applied for a salary loan online; SSS no. [[ID_NUMBER:06-3829174-5]], mobile [[PHONE_NUMBER:0917 582 4401]]. The approval will be sent by text.""",
    """Reminder: [[PERSON:Harvey]] has a check-up with [[PERSON:Dr Ferreira]] on [[DATE_TIME:Tue 4 Nov at 4:40pm]]. Reply Y to confirm or call the practice on 020 7946 0321.""",
    """Notice of marriage: [[PERSON:Declan Hughes]], [[AGE:31]], of [[LOCATION:Newry]], and [[PERSON:Róisín Kelly]], [[AGE:29]], of [[LOCATION:Dundalk]], intend to marry on [[DATE_TIME:20 June 2026]].""",
    """KYC review: [[PERSON:Aleksandr Volkov]] uploaded a selfie and a [[NRP:Latvian]] ID card, number [[ID_NUMBER:PA4718293]]; the session came from [[IP_ADDRESS:2a02:8109:9c40:1f00::5e3]], which doesn't match his stated address in [[LOCATION:Riga]].""",
    """[[PERSON:Chinwe Okonjo]] is moving from [[ADDRESS:22 Mapleton Road]], [[LOCATION:Reading]] to [[ADDRESS:5 Heol y Deri]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HB]] on [[DATE_TIME:the 28th of November]], two-person crew, no piano.""",
    """The chaplaincy has [[PERSON:Yusuf Haddad]] down as [[NRP:Muslim]] and [[PERSON:Rivka Stern]] as [[NRP:Jewish]] for the dietary list on the retreat, and [[PERSON:yusuf]] has asked for a quiet room for Friday prayers.""",
    """Someone called pretending to be [[PERSON:Luis Ybarra]] and asked for a SIM swap on [[PHONE_NUMBER:(210) 555-7734]]. They knew his date of birth, [[DATE_TIME:4/22/1986]], and the last four of his SSN, but they failed the account PIN, so nothing was changed.""",
]


BENCH = [
    # --- in the manner of ai4privacy pii-masking ---
    """Dear [[PERSON:Mx. Rowan Achterberg]], as Senior Brand Strategist your expense card [[CREDIT_CARD:4605421866732075]] (CVV 318, exp 09/27) was used from [[IP_ADDRESS:77.102.14.209]] with the agent Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15. Please confirm the purchase at [[EMAIL_ADDRESS:r.achterberg@hotmail.com]].""",
    """Female [[PERSON:Zuzana]], aged [[AGE:47]], resident of [[ADDRESS:5543 Kuhn Summit]], [[ADDRESS:Suite 802]], [[LOCATION:Port Dorian]], zip [[ZIP_CODE:02914-7719]], works as a Chief Intranet Facilitator. Her device with MAC 3c:22:fb:9a:10:7e was flagged for an outdated browser.""",
    """Transfer request: send 2,450 EUR from [[IBAN_CODE:DE97227496981941056252]] (BIC COBADEFFXXX) to [[PERSON:Ilse Vandenbroucke]], [[IBAN_CODE:BE63 9879 3415 6208]], memo "rent Q3". Authorised by [[USERNAME:ilse.vdb77]] from [[IP_ADDRESS:2a01:4f8:c17:8b2e::1]].""",
    """Hey [[PERSON:Kaylee]], your Legacy Solutions Associate onboarding kit will ship to [[ADDRESS:418 Bartell Causeway]], [[ADDRESS:Apt. 229]], [[LOCATION:North Elmorefort]], [[LOCATION:Vermont]] [[ZIP_CODE:05641]]. We charged [[CREDIT_CARD:6011 2016 1523 8928]], exp 11/26, CVV 047.""",
    """Patient [[PERSON:Desmond O'Hara-Kim]], [[AGE:62]] y/o male, DOB [[DATE_TIME:1963-04-18]], seen by [[PERSON:Dr. Imani Brewster]] for hypertension follow-up. Contact: [[PHONE_NUMBER:+1-608-555-0174]], [[EMAIL_ADDRESS:desmond.oharakim@protonmail.com]]. Insurance member ID [[ID_NUMBER:XGH482019377]].""",
    """Login alert for [[USERNAME:marguerite_b]]: a new device (MAC a4:83:e7:1c:02:bd, UA Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.0.0 Safari/537.36) signed in from [[IP_ADDRESS:203.0.113.58]] at [[DATE_TIME:03:12 on 2025-02-09]]. If this wasn't you, [[PERSON:Marguerite]], reset your password (current: Tr0ub4dor&3).""",
    """[[PERSON:Obadiah Rempel]], Regional Quality Officer, please settle invoice INV-20931 by wiring 1,280 GBP to [[IBAN_CODE:GB44 BARC 1141 9866 3612 59]] (BIC BARCGB22), i.e. sort code 11-41-98, account [[ID_NUMBER:66361259]], before the end of the month.""",
    """Estimada [[PERSON:Montserrat Vilalta]], como Coordinadora de Logística, su tarjeta corporativa [[CREDIT_CARD:5507 8258 1660 9066]] se ha usado desde la IP [[IP_ADDRESS:83.44.172.9]]. Verifique su identidad con su DNI [[ID_NUMBER:76441797D]] y su fecha de nacimiento ([[DATE_TIME:02/11/1979]]).""",
    """Geachte [[TITLE:mevr.]] [[PERSON:Yıldız]], uw account [[USERNAME:e.yildiz_rdam]] is op [[DATE_TIME:12-03-2025 om 14:07]] geopend vanaf [[IP_ADDRESS:145.53.88.201]]. Uw nieuwe pas wordt verzonden naar [[ADDRESS:Goudsesingel 114c]], [[ZIP_CODE:3031 EH]] [[LOCATION:Rotterdam]].""",
    """Gentile [[PERSON:Giulia Ferraresi]], nata il [[DATE_TIME:14/03/1988]], il bonifico di 850 EUR verso [[IBAN_CODE:IT17N0103010961585026191585]] (BIC PASCITMMXXX) è stato autorizzato dal dispositivo con IP [[IP_ADDRESS:151.38.204.17]]. Codice fiscale dell'ordinante: [[ID_NUMBER:FRRGLI88C54A944G]].""",
    """Our Principal Integration Engineer, [[PERSON:Tobias Weatherby-Ncube]], [[AGE:29]], relocates from [[LOCATION:Lake Anabelle]] to [[ADDRESS:7720 Gerhold Plains]], [[LOCATION:Schinnerborough]], [[LOCATION:Oregon]] on [[DATE_TIME:15th September]]. His driver's license [[US_DRIVER_LICENSE:7149832]] must be re-issued within 30 days.""",
    """Account holder [[PERSON:Precious Mabuza]] (ID [[ID_NUMBER:9108232652083]]) requests a replacement debit card, to be delivered to [[ADDRESS:44 Voortrekker Road]], [[LOCATION:Bellville]], [[ZIP_CODE:7530]]. Tel [[PHONE_NUMBER:021 948 3372]], gender F, preferred language isiXhosa.""",
    """Student [[PERSON:Kenji Abernathy]] ([[ID_NUMBER:STU-0092714]]), a [[AGE:19]]-year-old [[NRP:Canadian]] in the Applied Data program, submitted his transcript from [[IP_ADDRESS:99.231.47.180]]; emergency contact [[PERSON:Noriko Abernathy]], [[PHONE_NUMBER:+1 (647) 555-0198]].""",
    """[[PERSON:Ms. Ottilie Fairbanks]] changed her shipping address to [[ADDRESS:Unit 5, 190 Ribblesdale Place]], [[LOCATION:Preston]], [[LOCATION:Lancashire]], [[ZIP_CODE:PR1 3NA]] and her phone to [[PHONE_NUMBER:+44 1772 884216]]. Payment method: JCB [[CREDIT_CARD:3528 4925 7495 0248]], expiry 04/28.""",
    """Security notice for [[PERSON:Ambrose Kilbride]], Lead Branding Analyst: unusual activity from [[IP_ADDRESS:10.14.8.221]] on his workstation (MAC 00:1B:44:11:3A:B7). The account [[USERNAME:akilbride]] was locked at [[DATE_TIME:2025-05-06 22:41:07]]; a reset link went to [[EMAIL_ADDRESS:ambrose.kilbride@gmail.com]].""",
    """In the survey, [[AGE:71]]-year-old [[PERSON:Hollis]] from [[LOCATION:Dorset]] wrote that the National Insurance number on their pension letter, [[ID_NUMBER:ZP 71 40 83 A]], is correct but the surname is misspelt as [[PERSON:Holis]].""",
    """Surname: [[PERSON:Chukwu-Lawson]]; given name: [[PERSON:Ifeoma]]; sex: female; DOB: [[DATE_TIME:30 Sep 1990]]; passport [[ID_NUMBER:A09384712]] ([[NRP:Nigerian]]); BVN [[ID_NUMBER:22184093571]]; phone [[PHONE_NUMBER:+234 809 441 2087]]; occupation: Product Implementation Manager.""",
    """Kindly refund [[PERSON:Esperanza Quiñones]]'s Amex [[CREDIT_CARD:3769 231176 94256]] and email the receipt to [[EMAIL_ADDRESS:equinones@yahoo.com]]. Billing ZIP [[ZIP_CODE:78704]], building number [[ADDRESS:2209]], street [[ADDRESS:Kinney Ave]], secondary address [[ADDRESS:Unit 14]].""",
    """Recruiter note: [[PERSON:Anand Venkataraman]], Future Markets Executive, [[AGE:44]], [[NRP:Indian]] national living in [[LOCATION:Pune]], Aadhaar [[ID_NUMBER:7186 4737 6213]], alternate mobile [[PHONE_NUMBER:+91-98220-47133]], portfolio at [[URL:https://anandv.dev]].""",
    """Hi [[PERSON:Brielle]], it's [[PERSON:Torsten]] from IT. I've whitelisted your home IP [[IP_ADDRESS:82.132.219.64]] and the MAC of your Dell (f4:8e:38:a2:71:0c). Your temporary password is Welkom#2025; please change it before Friday 14:00.""",
    """[[PERSON:Iker Etxeberria]], de [[AGE:36]] años, DNI [[ID_NUMBER:74977658G]], vive en [[ADDRESS:Calle Urbieta 18, 2º izda.]], [[ZIP_CODE:20006]] [[LOCATION:Donostia]]. Su usuario en la plataforma es [[USERNAME:iker_etx]] y la domiciliación va a [[IBAN_CODE:ES73 2100 8037 4784 6123 5589]].""",
    """Dear [[PERSON:Prof. Gideon Ashworth]], your Dynamic Tactics Coordinator badge for [[DATE_TIME:October 14th, 2025]] has been mailed to [[ADDRESS:88155 Reilly Stream]], [[ADDRESS:Suite 440]], [[LOCATION:East Kendra]], [[LOCATION:KY]] [[ZIP_CODE:40502]]. Questions: [[PHONE_NUMBER:859.555.0117]] ext. 204.""",
    """[[PERSON:Dagny Solberg]], born [[DATE_TIME:08.12.1994]], height 172 cm, eye colour green, is registered with the clinic in [[LOCATION:Tromsø]]; her co-payments are charged to [[CREDIT_CARD:4426 3793 4339 7762]] and receipts go to [[EMAIL_ADDRESS:dagny.solberg@online.no]].""",
    """Pay stub dispute from [[PERSON:Cordell Washington III]], SSN [[US_SSN:412 73 9958]], Senior Assurance Liaison: his [[DATE_TIME:3/14/2025]] stub omits overtime. Employer EIN 84-1920733. Reply to [[EMAIL_ADDRESS:cordell.w3@icloud.com]] or [[PHONE_NUMBER:347-555-0163]].""",
    """Hello [[PERSON:Saoirse]], this is a reminder that the Customer Data Specialist assessment for [[USERNAME:sflanagan_92]] opens at 09:00. Use the laptop tagged with IP [[IP_ADDRESS:192.168.40.17]] and your badge [[ID_NUMBER:EMP-117203]]; your backup phone on file is [[PHONE_NUMBER:087 214 6630]].""",
    """[[PERSON:Mr. Bartholomew Ekstrand]], [[AGE:58]], Internal Response Executive, paid the conference fee with Diners Club [[CREDIT_CARD:3624 820660 3717]]. His home address is [[ADDRESS:3 Quai des Brumes]], [[LOCATION:Lyon]] [[ZIP_CODE:69002]], [[LOCATION:France]], and the refund IBAN [[IBAN_CODE:FR76 3000 3124 2471 9223 1465 894]].""",
    """Case note: [[PERSON:Leilani Kahale]], [[NRP:Native Hawaiian]], DOB [[DATE_TIME:1987/11/02]], driver license [[US_DRIVER_LICENSE:H03948172]], lives at [[ADDRESS:94-1021 Waipahu St]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]]. Phone [[PHONE_NUMBER:808-555-0129]].""",
    """Please unlock the payroll portal for [[USERNAME:vkrishnan]] ([[PERSON:Vidya Krishnan]], Investor Web Designer). Last successful login [[DATE_TIME:2025-06-02T07:58:41Z]] from [[IP_ADDRESS:49.207.193.8]]; salary account [[ID_NUMBER:918010044721563]], RuPay card [[CREDIT_CARD:6521 4764 6569 1755]].""",
    """[[PERSON:Eero Mäkinen]]'s gym contract (member no. [[ID_NUMBER:HEL-40912]]) renews on [[DATE_TIME:1.9.2025]]; the direct debit is taken from [[IBAN_CODE:DE63 4471 9563 3364 1330 75]] and his emergency contact is [[PERSON:Aino]], [[PHONE_NUMBER:+358 40 718 2296]].""",
    """Verify the following: name [[PERSON:Rosalind Achebe-Morgan]], DOB [[DATE_TIME:12-Jul-1972]], SSN [[US_SSN:318620447]], US passport [[US_PASSPORT:564019283]], card [[CREDIT_CARD:4875-2739-4161-6614]] CVV 902, billing address [[ADDRESS:61 Larkspur Ln]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28803]].""",
    """The Corporate Mobility Agent, [[PERSON:Hamza Qureshi]], uploaded his [[NRP:Pakistani]] CNIC [[ID_NUMBER:35202-4417839-5]] and the account for salary transfers, [[IBAN_CODE:GB65 MONZ 9860 1178 9659 41]], from [[IP_ADDRESS:39.52.141.206]] using Mozilla/5.0 (Linux; Android 14; SM-S918B).""",
    # --- in the manner of gretel-pii-masking-en-v1 (domain documents) ---
    """MOTOR CLAIM FORM — Section A: Policyholder
Name: [[PERSON:Gwendolyn Fairweather-Oyelaran]]    Policy No.: MTR-88-401223
Address: [[ADDRESS:12 Sandpiper Close]], [[LOCATION:Worthing]], [[ZIP_CODE:BN12 6TL]]
Date of birth: [[DATE_TIME:04/10/1969]]    Daytime tel.: [[PHONE_NUMBER:01903 776 215]]
Driving licence no.: [[ID_NUMBER:FAIRW710049G99JK]]
Section B: Incident
Date and time: [[DATE_TIME:22/02/2025, 18:40]]. Location: roundabout at the A259/A24 junction.
Third party: [[PERSON:Mr Stanislav Horak]], vehicle [[ID_NUMBER:GN22 HXU]], insurer Aviva, claim ref AV-3389120.""",
    """RESIDENTIAL LEASE AGREEMENT
This Lease is made on [[DATE_TIME:August 1, 2025]] between Pinecrest Property Management LLC ("Landlord") and [[PERSON:Marcus T. Abernathy-Reyes]] and [[PERSON:Shauna Reyes]] ("Tenants") for the premises at [[ADDRESS:4410 Alameda Blvd, Unit 3B]], [[LOCATION:Albuquerque]], [[LOCATION:New Mexico]] [[ZIP_CODE:87113]]. The term begins on [[DATE_TIME:August 15, 2025]] and ends on [[DATE_TIME:August 14, 2026]]. Monthly rent is $1,650, due on the 1st. Tenants' contact: [[EMAIL_ADDRESS:marcus.ar@gmail.com]], [[PHONE_NUMBER:(505) 555-0148]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Yusra Al-Amin]]   MRN: [[ID_NUMBER:004417823]]   DOB: [[DATE_TIME:17 Jan 1958]] ([[AGE:67]] y)
Admitted: [[DATE_TIME:03 Mar 2025]]   Discharged: [[DATE_TIME:09 Mar 2025]]
Attending: [[PERSON:Dr. Oluwaseun Bankole]], Cardiology
Diagnosis: NSTEMI; PCI to LAD on day 2. Follow-up with GP [[PERSON:Dr Helen Marsh]] within two weeks.
Next of kin: [[PERSON:Imran Al-Amin]] (son), [[PHONE_NUMBER:07842 665 031]].""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Thanh Huong Lê]]   Date of birth: [[DATE_TIME:21/06/1991]]
SIN: [[ID_NUMBER:929 808 277]]
Current address: [[ADDRESS:1185 Rue Saint-Denis, App. 6]], [[LOCATION:Montréal]] [[LOCATION:QC]] [[ZIP_CODE:H2X 3J2]] (since [[DATE_TIME:May 2020]])
Employer: Groupe Alvéole Inc., Project Coordinator, annual income $71,400
Requested amount: $18,000 over 60 months. Deposit account: transit 04521, institution 006, account [[ID_NUMBER:1938472]].
Signed [[PERSON:T. H. Lê]] on [[DATE_TIME:2025-04-11]].""",
    """EMPLOYMENT AGREEMENT
This agreement is entered into between Halden Analytics Pty Ltd (ABN 51 824 753 556) and [[PERSON:Siobhan Mary Kearney]] of [[ADDRESS:17 Ferntree Gully Road]], [[LOCATION:Oakleigh East]] [[LOCATION:VIC]] [[ZIP_CODE:3166]]. The Employee's employment commences on [[DATE_TIME:2 June 2025]] in the position of Senior Data Engineer. Remuneration is paid fortnightly to the account nominated by the Employee (BSB 063-182, account [[ID_NUMBER:1049 2273]]). Tax file number: [[ID_NUMBER:661 667 291]].""",
    """NOTICE OF DATA SECURITY INCIDENT
Dear [[PERSON:Ms. Priscilla Okafor]],
We are writing to let you know about an incident that may involve your information. On or about March 2, 2025, an unauthorized party accessed a file server containing records of former customers. The file included your name, your address at [[ADDRESS:602 Elm Hollow Rd]], [[LOCATION:Ridgewood]], [[LOCATION:NJ]] [[ZIP_CODE:07450]], your date of birth ([[DATE_TIME:11/30/1981]]) and your Social Security number ending in 2281. Your enrollment code for credit monitoring is Q7RT-88KD-P2.""",
    """BENEFICIARY DESIGNATION — Group Life Plan 7720
Member: [[PERSON:Rajiv Menon]], employee no. [[ID_NUMBER:A-30918]], SSN [[US_SSN:523-71-4406]]
Primary beneficiary: [[PERSON:Lakshmi Menon]], spouse, DOB [[DATE_TIME:02/14/1983]], 100%
Contingent beneficiaries: [[PERSON:Arjun Menon]] (son, DOB [[DATE_TIME:09/08/2012]]) and [[PERSON:Kavya Menon]] (daughter, DOB [[DATE_TIME:05/27/2015]]), equal shares
Signature: [[PERSON:R. Menon]]   Date: [[DATE_TIME:01/06/2025]]""",
    """IN THE MAGISTRATES' COURT
Summons to appear. To: [[PERSON:Darren Lee Whitlock]], born [[DATE_TIME:13/09/1995]], of [[ADDRESS:Flat 11, Harbour Court, 40 Dock Street]], [[LOCATION:Hull]] [[ZIP_CODE:HU1 3DL]].
You are summoned to appear before the court at [[DATE_TIME:10:00 on Tuesday 15 July 2025]] to answer the charge that on [[DATE_TIME:26 April 2025]] you drove a motor vehicle, registration [[ID_NUMBER:YX19 PLV]], without insurance.""",
    """Dear [[PERSON:Dr Mahmoud]],
Re: [[PERSON:Agnes Nwachukwu]], DOB [[DATE_TIME:08/03/1949]], NHS No [[ID_NUMBER:895 812 4083]], [[ADDRESS:27 Coniston Way]], [[LOCATION:Stevenage]] [[ZIP_CODE:SG1 5RB]].
Thank you for seeing this [[AGE:76]]-year-old lady with progressive memory loss over 18 months. She lives with her daughter [[PERSON:Chidinma]], who can be reached on [[PHONE_NUMBER:07956 201 447]]. I would be grateful for your assessment.
Yours sincerely, [[PERSON:Dr Laura Pennington]], GP""",
    """MORTGAGE PRE-APPROVAL
Borrowers: [[PERSON:Kwabena Mensah]] and [[PERSON:Abigail Mensah]]
Property: [[ADDRESS:29 Tamarack Crescent]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Z 4K8]]
Pre-approved amount: $684,000 at 4.89% fixed for 5 years, valid until 120 days from issue.
Primary borrower SIN: [[ID_NUMBER:718 868 862]]; co-borrower contact: [[EMAIL_ADDRESS:abigail.mensah@rogers.com]].
Broker: [[PERSON:Dev Malhotra]], licence [[ID_NUMBER:M08004127]].""",
    """BILL OF SALE — MOTOR VEHICLE
Seller: [[PERSON:Harold Q. Finch]], [[ADDRESS:1902 Sycamore Dr]], [[LOCATION:Tulsa]], [[LOCATION:OK]] [[ZIP_CODE:74105]], Oklahoma driver license [[US_DRIVER_LICENSE:D084719352]]
Buyer: [[PERSON:Lorena Castillo]], [[ADDRESS:77 W 21st St]], [[LOCATION:Tulsa]], [[LOCATION:OK]] [[ZIP_CODE:74107]]
Vehicle: 2016 Honda CR-V, plate [[ID_NUMBER:KLP-482]], odometer 118,204 miles. Sale price $11,900, paid in full on [[DATE_TIME:May 17, 2025]].""",
    """DURABLE POWER OF ATTORNEY
I, [[PERSON:Beatrice Ellen Collingwood]], of [[ADDRESS:8 Rosemary Lane]], [[LOCATION:Harrogate]], [[ZIP_CODE:HG2 0QB]], born on [[DATE_TIME:2 December 1940]], appoint my son [[PERSON:Nigel Collingwood]] and my niece [[PERSON:Fiona Grant]] jointly and severally to act as my attorneys for property and financial affairs. Signed and dated [[DATE_TIME:18 March 2025]] in the presence of [[PERSON:Rehana Aziz]], solicitor.""",
    """CONTRATO DE ARRENDAMIENTO DE VIVIENDA
En [[LOCATION:Sevilla]], a [[DATE_TIME:1 de septiembre de 2025]].
De una parte, [[TITLE:D.]] [[PERSON:Rafael Montero Ibáñez]], mayor de edad, con DNI [[ID_NUMBER:07918981N]], en calidad de arrendador. De otra, [[TITLE:Dña.]] [[PERSON:Ingrid Sørensen]], con NIE [[ID_NUMBER:Y9852223A]], en calidad de arrendataria.
El arrendador cede en alquiler la vivienda sita en [[ADDRESS:Calle Feria 73, 1º A]], [[ZIP_CODE:41003]] [[LOCATION:Sevilla]]. La renta mensual de 780 euros se abonará en la cuenta [[IBAN_CODE:ES50 0128 9304 7213 5089 4350]].""",
    """SCHADEMELDINGSFORMULIER — WA-verzekering
Verzekeringnemer: [[PERSON:Maarten de Jong]], geboren [[DATE_TIME:23-05-1984]]
Adres: [[ADDRESS:Prinsengracht 442]], [[ZIP_CODE:1017 KE]] [[LOCATION:Amsterdam]]
Telefoon: [[PHONE_NUMBER:+31 6 1849 2270]]   E-mail: [[EMAIL_ADDRESS:maarten.dejong@ziggo.nl]]
Kenteken: [[ID_NUMBER:K-482-NS]]   Polisnummer: WA-2209183
Datum schade: [[DATE_TIME:14 februari 2025, 08:15]]. Tegenpartij: [[PERSON:Ilse Wouters]], kenteken [[ID_NUMBER:XJ-307-R]].
Uitkering op rekening [[IBAN_CODE:NL55 ABNA 6157 1713 76]].""",
    """CONTRATTO DI LAVORO A TEMPO INDETERMINATO
Tra la società Officine Meccaniche Lariane S.r.l. e la [[TITLE:Sig.ra]] [[PERSON:Elena Marchetti]], nata a [[LOCATION:Firenze]] il [[DATE_TIME:04/02/1996]], codice fiscale [[ID_NUMBER:MRCLNE96B44D612J]], residente in [[ADDRESS:Viale dei Mille 18]], [[ZIP_CODE:50131]] [[LOCATION:Firenze]].
Data di assunzione: [[DATE_TIME:1° aprile 2025]]. Qualifica: impiegata tecnica, livello 5. La retribuzione sarà accreditata sul conto [[IBAN_CODE:IT15 W030 6223 5231 7492 0653 496]].""",
    """WORKERS' COMPENSATION — EMPLOYEE'S CLAIM
Employee: [[PERSON:Jerome Baptiste]]   SSN: [[US_SSN:087-42-6615]]   DOB: [[DATE_TIME:06/19/1979]]
Home address: [[ADDRESS:316 Pulaski St, Apt 2]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11206]]
Date of injury: [[DATE_TIME:04/02/2025 at approx. 7:30 AM]]. Part of body: lower back. Description: lifted pallet in Bay 4 while forklift was out of service.
Supervisor notified: [[PERSON:Angela Russo]], same day. Employee phone: [[PHONE_NUMBER:(718) 555-0107]].""",
    """TREATMENT PLAN & ESTIMATE
Patient: [[PERSON:Amelia Hargreaves-Tait]]   DOB: [[DATE_TIME:29.08.2010]]   Guardian: [[PERSON:Catriona Tait]]
Practice patient no.: [[ID_NUMBER:DP-019283]]
Proposed: orthodontic assessment, upper/lower fixed appliances, 18–24 months.
First appointment: [[DATE_TIME:Monday 9 June 2025, 3:50pm]] with [[PERSON:Dr. Farid Haddadi]].
Invoices to [[EMAIL_ADDRESS:catriona.tait@gmail.com]].""",
    """REQUEST FOR IN-SCHOOL DEFERMENT
Borrower: [[PERSON:Destiny A. Oyelowo]]   SSN: [[US_SSN:228-19-7740]]   DOB: [[DATE_TIME:10/03/1998]]
Address: [[ADDRESS:5021 N Sheridan Rd, Apt 914]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60640]]
School certification: enrolled at least half-time from [[DATE_TIME:08/25/2025]]; student ID [[ID_NUMBER:A20194837]].
Borrower signature: [[PERSON:Destiny Oyelowo]]   Date: [[DATE_TIME:07/30/2025]]""",
    """PRIOR AUTHORIZATION REQUEST — PHARMACY BENEFIT
Member: [[PERSON:Gloria Esteban-Whitaker]]   Member ID: [[ID_NUMBER:WPH992018374]]   DOB: [[DATE_TIME:1966-02-21]]
Prescriber: [[PERSON:Dr. Nathaniel Osei]], Rheumatology Associates of Pittsburgh (fax on file)
Drug: adalimumab 40 mg/0.4 mL, every 2 weeks. Diagnosis: moderate-to-severe RA, failed methotrexate.
Dispensing pharmacy: Allegheny Specialty Rx. Member phone: [[PHONE_NUMBER:(412) 555-0193]].""",
    """To: Card Services, Dispute Department
I am writing to dispute a charge of $1,249.00 to my card [[CREDIT_CARD:5271 9736 0864 2368]]. The charge, from "ELECTRO-HUB ONLINE", was not authorised by me. I was in [[LOCATION:Lisbon]] on holiday from [[DATE_TIME:May 3]] to [[DATE_TIME:May 11]] and still had the card with me.
Name: [[PERSON:Conor McAllister]]. Address: [[ADDRESS:4 Lisburn Road]], [[LOCATION:Belfast]] [[ZIP_CODE:BT9 6AA]]. Tel: [[PHONE_NUMBER:028 9066 1482]].""",
    """DEPOSIT PROTECTION CERTIFICATE
Deposit ID: DPC-7741-2208-19 | Amount protected: £1,425.00
Landlord: [[PERSON:Sukhwinder Bains]], [[ADDRESS:61 Hagley Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B16 8PE]]
Lead tenant: [[PERSON:Ebony-Rose Campbell]], [[EMAIL_ADDRESS:ebonyrose.c@hotmail.co.uk]], [[PHONE_NUMBER:07583 229 014]]
Joint tenant: [[PERSON:Kieran Doyle]]
Property: [[ADDRESS:Flat 2, 19 Selly Hill Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B29 7DL]]
Tenancy start date: [[DATE_TIME:15/09/2025]]""",
    """INFORMED CONSENT — STUDY HRT-204
Participant name: [[PERSON:Naledi Khumalo]]   Participant ID: [[ID_NUMBER:HRT204-0117]]
Date of birth: [[DATE_TIME:23 August 1991]]   Age: [[AGE:33]]
I confirm that I have read the information sheet dated 12 January 2025 and have had the opportunity to ask questions of [[PERSON:Dr. Pieter van der Merwe]].
Participant signature: [[PERSON:N. Khumalo]]   Date: [[DATE_TIME:4 April 2025]]
Witness: [[TITLE:Sr.]] [[PERSON:Thandiwe Zulu]], research nurse""",
    """ACCOUNT OPENING — INDIVIDUAL
Full name: [[PERSON:Oyelaran, Babajide Emmanuel]]   Title: [[TITLE:Chief]]
Date of birth: [[DATE_TIME:12 April 1966]]   Nationality: [[NRP:Nigerian]]   State of origin: [[LOCATION:Ogun]]
Residential address: [[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]
BVN: [[ID_NUMBER:22309847165]]   NIN: [[ID_NUMBER:70318842619]]
Phone: [[PHONE_NUMBER:0805 331 9042]]   Email: [[EMAIL_ADDRESS:bj.oyelaran@gmail.com]]""",
    """PAYROLL CHANGE AUTHORIZATION
Employee: [[PERSON:Fernandez, Alejandro M.]]   Employee ID: [[ID_NUMBER:100428]]   Dept: Facilities
Change: hourly rate $24.50 → $26.75, effective [[DATE_TIME:07/06/2025]]
Federal W-4 updated: married filing jointly. SSN on file: [[US_SSN:602-18-3349]]
Approved by: [[PERSON:Tamsin O'Rourke]], Payroll Manager, on [[DATE_TIME:06/27/2025]]""",
    """TRAVEL INSURANCE CLAIM — FLIGHT CANCELLATION
Insured: [[PERSON:Gurpreet Kaur Dhillon]]   Policy: TRV-5531902   DOB: [[DATE_TIME:15/11/1987]]
Booked flight: AC 849, [[LOCATION:Toronto]] to [[LOCATION:London]], departure [[DATE_TIME:20 Dec 2024, 21:30]]; cancelled by the airline.
Passport: [[ID_NUMBER:AB482917]] ([[NRP:Canadian]]). Additional hotel cost £212.40.
Reimburse to: [[PERSON:G. K. Dhillon]], [[IBAN_CODE:GB29 BARC 4916 1311 8267 73]].""",
    """HOME INSURANCE — PROPOSAL FORM
Proposer: [[PERSON:Alasdair Mackintosh]]   Joint proposer: [[PERSON:Morag Mackintosh]]
Risk address: [[ADDRESS:Tigh na Mara, Shore Road]], [[LOCATION:Plockton]], [[ZIP_CODE:IV52 8TU]]
Year built: 1890; walls: stone; roof: slate. Occupied since: [[DATE_TIME:June 2011]].
Previous claims: escape of water, 2019. Correspondence email: [[EMAIL_ADDRESS:alasdair.mackintosh@btopenworld.com]]
Payment by direct debit from account [[ID_NUMBER:30418226]], sort code 83-91-02.""",
    """NOTICE OF RENT INCREASE
To: [[PERSON:Kamala Devi Persaud]], [[ADDRESS:1420 Flatbush Ave, Apt 5F]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11210]]
Your lease renewal takes effect on [[DATE_TIME:October 1, 2025]]. The legal regulated rent increases from $1,402.17 to $1,443.18 (2.75%). Please return the signed renewal within 60 days.
Owner's agent: Flatlands Realty Management, (718) 555-0100.""",
    # --- in the manner of Nemotron-PII (structured and technical) ---
    """{"user": {"id": 58812, "first_name": "[[PERSON:Annika]]", "last_name": "[[PERSON:Lindqvist]]", "email": "[[EMAIL_ADDRESS:annika.lindqvist@telia.se]]", "phone": "[[PHONE_NUMBER:+46 70 482 19 33]]", "dob": "[[DATE_TIME:1989-07-04]]", "address": {"street": "[[ADDRESS:Götgatan 48]]", "city": "[[LOCATION:Stockholm]]", "postal_code": "[[ZIP_CODE:118 26]]", "country": "[[LOCATION:SE]]"}, "role": "editor", "created_at": "2021-03-11T09:14:02Z"}}""",
    """[[IP_ADDRESS:73.162.4.19]] - [[USERNAME:dkowalczyk]] [12/Mar/2025:08:14:33 +0000] "POST /account/profile HTTP/1.1" 200 512 "https://portal.example.com/account" "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0"
[[IP_ADDRESS:73.162.4.19]] - [[USERNAME:dkowalczyk]] [12/Mar/2025:08:14:35 +0000] "GET /account/cards HTTP/1.1" 200 2231 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0\"""",
    """INSERT INTO customers (customer_id, full_name, email, phone, street, city, state, zip, ssn_encrypted, created)
VALUES (20931, '[[PERSON:Latoya Jefferson]]', '[[EMAIL_ADDRESS:ljefferson77@aol.com]]', '[[PHONE_NUMBER:404-555-0181]]', '[[ADDRESS:2790 Peachtree Rd NE]]', '[[LOCATION:Atlanta]]', '[[LOCATION:GA]]', '[[ZIP_CODE:30305]]', 'a3f9c1e07b...', NOW()),
       (20932, '[[PERSON:Dmitri Sokolov]]', '[[EMAIL_ADDRESS:d.sokolov@fastmail.com]]', '[[PHONE_NUMBER:(212) 555-0136]]', '[[ADDRESS:340 E 64th St, Apt 7A]]', '[[LOCATION:New York]]', '[[LOCATION:NY]]', '[[ZIP_CODE:10065]]', '0c77d2e5aa...', NOW());""",
    """<Patient>
  <Identifier system="urn:hospital:mrn">[[ID_NUMBER:MRN-7720419]]</Identifier>
  <Name><Family>[[PERSON:Ramírez]]</Family><Given>[[PERSON:Consuelo]]</Given></Name>
  <BirthDate>[[DATE_TIME:1955-12-01]]</BirthDate>
  <Gender>female</Gender>
  <Telecom use="home">[[PHONE_NUMBER:+1 915 555 0172]]</Telecom>
  <Address><Line>[[ADDRESS:8812 Dyer St]]</Line><City>[[LOCATION:El Paso]]</City><State>[[LOCATION:TX]]</State><PostalCode>[[ZIP_CODE:79904]]</PostalCode></Address>
  <GeneralPractitioner>[[PERSON:Dr. Alan Whitford]]</GeneralPractitioner>
</Patient>""",
    """# config/notifications.yaml
alerts:
  on_call:
    primary:
      name: [[PERSON:Sanjay Rao]]
      phone: "[[PHONE_NUMBER:+1-415-555-0119]]"
      email: [[EMAIL_ADDRESS:sanjay.rao@gmail.com]]
    secondary:
      name: [[PERSON:Beatriz Mendes]]
      phone: "[[PHONE_NUMBER:+351 912 448 301]]"
  escalation_mailbox: sre-escalations@company.io
  pager_service_key: 7f3b9e2a41c84d0e9a1f""",
    """def test_create_member(client):
    payload = {
        "name": "[[PERSON:Olumide Fashola]]",
        "email": "[[EMAIL_ADDRESS:olumide.fashola@gmail.com]]",
        "date_of_birth": "[[DATE_TIME:1993-10-28]]",
        "card": "[[CREDIT_CARD:4323852247561034]]",
        "cvv": "551",
        "billing_zip": "[[ZIP_CODE:94110]]",
    }
    resp = client.post("/members", json=payload)
    assert resp.status_code == 201""",
    """PROJ-4821: Customer cannot update shipping address
Reporter: [[PERSON:Hannah Oduya]] (support)   Priority: P2   Status: In Progress
Description: Customer [[PERSON:Mr. Tomasz Nowicki]] ([[EMAIL_ADDRESS:tnowicki@wp.pl]], account [[ID_NUMBER:CUST-0093318]]) gets a 500 when saving [[ADDRESS:ul. Długa 17/4]], [[ZIP_CODE:80-827]] [[LOCATION:Gdańsk]]. Repro from his IP [[IP_ADDRESS:89.64.12.190]]; stack trace attached. Workaround: address set manually by [[PERSON:Hannah]].""",
    """POST /api/v2/apply HTTP/1.1
Content-Type: application/x-www-form-urlencoded

first_name=[[PERSON:Kateryna]]&last_name=[[PERSON:Bondarenko]]&dob=[[DATE_TIME:1996-05-09]]&email=[[EMAIL_ADDRESS:kateryna.bondarenko%40ukr.net]]&phone=[[PHONE_NUMBER:%2B380672194458]]&city=[[LOCATION:Kyiv]]&passport=[[ID_NUMBER:FE482193]]&consent=true""",
    """From: "[[PERSON:Bernadette Quaye]]" <[[EMAIL_ADDRESS:bernadette.quaye@gmail.com]]>
To: "Accounts Payable" <ap@hollowayfoods.co.uk>
Date: Tue, 8 Apr 2025 16:22:09 +0100
Subject: Bank details change for supplier 20481
Please pay all future invoices to [[IBAN_CODE:GB65 LOYD 8728 1703 0385 67]]. My mobile is [[PHONE_NUMBER:07401 338 912]] if you need to confirm.""",
    """MSH|^~\\&|EPIC|STJ|LAB|STJ|202504021133||ADT^A04|MSG00184|P|2.5
PID|1||[[ID_NUMBER:004829137]]^^^STJ^MR||[[PERSON:NAKASHIMA]]^[[PERSON:KEIKO]]^[[PERSON:A]]||[[DATE_TIME:19610722]]|F|||[[ADDRESS:2284 SW Canyon Ct]]^^[[LOCATION:Portland]]^[[LOCATION:OR]]^[[ZIP_CODE:97221]]||[[PHONE_NUMBER:(503)555-0137]]|||||ACC77120|[[US_SSN:541-22-8093]]
PV1|1|O|CLINIC3^^^STJ||||1134^[[PERSON:HUANG]]^[[PERSON:DAVID]]""",
    """# .env.production — do not commit
DATABASE_URL=postgres://app:S3cr3t!@db.internal:5432/app
ADMIN_NAME="[[PERSON:Magnus Thorvaldsen]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:magnus.thorvaldsen@proton.me]]
ADMIN_PHONE=[[PHONE_NUMBER:+47 412 88 093]]
STRIPE_TEST_CARD=[[CREDIT_CARD:5281587322451522]]
ALLOWED_ADMIN_IP=[[IP_ADDRESS:46.212.77.140]]
LOG_LEVEL=info""",
    """2025-06-14T21:07:55.118Z WARN auth-service login_failed user=[[USERNAME:r.obiang]] ip=[[IP_ADDRESS:41.202.219.66]] attempts=4
2025-06-14T21:08:02.441Z INFO auth-service login_ok user=[[USERNAME:r.obiang]] ip=[[IP_ADDRESS:41.202.219.66]] mfa=sms phone=[[PHONE_NUMBER:+240 222 418 730]]
2025-06-14T21:08:03.009Z INFO profile-service fetched profile user=[[USERNAME:r.obiang]] name="[[PERSON:Rosa Obiang Nsue]]\"""",
    """Ticket #88102 — Refund not received
Requester: [[PERSON:Alhassan Ibrahim]] <[[EMAIL_ADDRESS:alhassan.ibrahim@yahoo.com]]>
Phone: [[PHONE_NUMBER:+233 24 418 2297]]
Order: ORD-55120931   Amount: GHS 1,180.00
Message: "I returned the blender on [[DATE_TIME:May 2nd]] from [[LOCATION:Kumasi]] and still have no refund. My card is [[CREDIT_CARD:4918 6543 4997 5927]], please check."
Assignee: [[PERSON:Efua]] (Tier 1)""",
    """query { viewer { id } }
=> {"data": {"viewer": {"id": "VXNlcjo0NDE=", "login": "[[USERNAME:moana-tuilagi]]", "name": "[[PERSON:Moana Tuilagi]]", "email": "[[EMAIL_ADDRESS:moana.tuilagi@gmail.com]]", "location": "[[LOCATION:Auckland]]", "websiteUrl": "[[URL:https://moanatuilagi.co.nz]]", "company": "@kiwi-labs", "createdAt": "2019-02-17T03:11:48Z"}}}""",
    """const seedUsers = [
  { id: 1, name: "[[PERSON:Farah Siddiqui]]", email: "[[EMAIL_ADDRESS:farah.siddiqui@outlook.com]]", phone: "[[PHONE_NUMBER:+971 50 412 8836]]", city: "[[LOCATION:Sharjah]]" },
  { id: 2, name: "[[PERSON:Guillermo Ortega]]", email: "[[EMAIL_ADDRESS:gortega@icloud.com]]", phone: "[[PHONE_NUMBER:+1 786 555 0114]]", city: "[[LOCATION:Miami]]" },
];
export default seedUsers;""",
    """commit 9e2b41fd7a03c6b8e1d2f4a5b6c7d8e9f0a1b2c3
Author: [[PERSON:Yuki Tanaka-Holm]] <[[EMAIL_ADDRESS:yuki.tanakaholm@gmail.com]]>
Date:   Thu Feb 20 18:44:12 2025 +0900

    Fix null pointer in invoice export

    Co-authored-by: [[PERSON:Lars Holm]] <[[EMAIL_ADDRESS:lars.holm@posteo.de]]>""",
    """Jun 02 03:17:44 bastion sshd[22841]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.34]] port 51122 ssh2
Jun 02 03:18:09 bastion sshd[22850]: Accepted publickey for [[USERNAME:cnwachukwu]] from [[IP_ADDRESS:102.89.41.7]] port 60412 ssh2: ED25519 SHA256:Qm3x0a7Jk9fPz2
Jun 02 03:18:09 bastion sshd[22850]: pam_unix(sshd:session): session opened for user [[USERNAME:cnwachukwu]](uid=1004) by (uid=0)""",
    """mysql> SELECT id, name, email, last_login, last_ip FROM users WHERE id IN (118, 119);
+-----+-------------------+-----------------------------+---------------------+-----------------+
| id  | name              | email                       | last_login          | last_ip         |
+-----+-------------------+-----------------------------+---------------------+-----------------+
| 118 | [[PERSON:Ngozi Eze]]         | [[EMAIL_ADDRESS:ngozi.eze@gmail.com]]         | [[DATE_TIME:2025-05-30 19:02:11]] | [[IP_ADDRESS:105.112.18.44]]   |
| 119 | [[PERSON:Callum Fraser]]     | [[EMAIL_ADDRESS:c.fraser@btinternet.com]]     | [[DATE_TIME:2025-06-01 08:47:59]] | [[IP_ADDRESS:81.156.203.12]]   |
+-----+-------------------+-----------------------------+---------------------+-----------------+
mysql> UPDATE users SET email = '[[EMAIL_ADDRESS:ngozi.eze.work@gmail.com]]' WHERE id = 118;""",
    """<Contact>
  <Id>0035e00000Kx2ZQ</Id>
  <Salutation>[[TITLE:Mrs.]]</Salutation>
  <FirstName>[[PERSON:Parveen]]</FirstName>
  <LastName>[[PERSON:Akhtar]]</LastName>
  <MailingStreet>[[ADDRESS:91 Carlton Crescent]]</MailingStreet>
  <MailingCity>[[LOCATION:Southampton]]</MailingCity>
  <MailingPostalCode>[[ZIP_CODE:SO15 2EW]]</MailingPostalCode>
  <MobilePhone>[[PHONE_NUMBER:07700 154 882]]</MobilePhone>
  <Birthdate>[[DATE_TIME:1977-01-30]]</Birthdate>
  <LeadSource>Web</LeadSource>
</Contact>""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Okonkwo]];[[PERSON:Chiamaka]];;[[TITLE:Dr.]];
FN:[[PERSON:Dr. Chiamaka Okonkwo]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+44 7812 556 093]]
EMAIL;TYPE=HOME:[[EMAIL_ADDRESS:chiamaka.okonkwo@me.com]]
ADR;TYPE=HOME:;;[[ADDRESS:3 Cedar Row]];[[LOCATION:Cambridge]];;[[ZIP_CODE:CB4 1XP]];[[LOCATION:United Kingdom]]
BDAY:[[DATE_TIME:1985-09-12]]
END:VCARD""",
    """BEGIN:VEVENT
DTSTART:[[DATE_TIME:20250917T141500Z]]
DTEND:[[DATE_TIME:20250917T150000Z]]
SUMMARY:Mortgage review – [[PERSON:Ravi]] & [[PERSON:Meera Chandrasekaran]]
LOCATION:Branch 0412, meeting room 2
ORGANIZER;CN=[[PERSON:Joanne Pike]]:mailto:[[EMAIL_ADDRESS:joanne.pike@gmail.com]]
ATTENDEE;CN=[[PERSON:Ravi Chandrasekaran]]:mailto:[[EMAIL_ADDRESS:ravi.chandrasekaran@outlook.com]]
END:VEVENT""",
    """Customer c = new Customer(
    "[[PERSON:Henrike]]", "[[PERSON:Baumgartner]]",
    LocalDate.parse("[[DATE_TIME:1982-03-17]]"),
    "[[EMAIL_ADDRESS:henrike.baumgartner@gmx.at]]",
    "[[IBAN_CODE:AT52 2885 4977 2799 0371]]");
c.setPhone("[[PHONE_NUMBER:+43 664 3821907]]");
c.setAddress(new Address("[[ADDRESS:Mariahilfer Straße 117/12]]", "[[ZIP_CODE:1060]]", "[[LOCATION:Wien]]"));""",
    """{"solicitud": {"id": "SOL-2025-00871", "titular": {"nombre": "[[PERSON:Pilar]]", "apellidos": "[[PERSON:Sanz Olmedo]]", "dni": "[[ID_NUMBER:69551901Q]]", "fecha_nacimiento": "[[DATE_TIME:1974-08-30]]", "telefono": "[[PHONE_NUMBER:+34 655 218 409]]", "email": "[[EMAIL_ADDRESS:pilar.sanz.olmedo@gmail.com]]"}, "domicilio": {"via": "[[ADDRESS:Avenida de América 27, 5º D]]", "cp": "[[ZIP_CODE:28002]]", "municipio": "[[LOCATION:Madrid]]"}, "iban": "[[IBAN_CODE:ES4014659704590490397714]]", "estado": "pendiente"}}""",
    """<klant id="48213">
  <naam>
    <voornaam>[[PERSON:Joost]]</voornaam>
    <tussenvoegsel>[[PERSON:van 't]]</tussenvoegsel>
    <achternaam>[[PERSON:Hoff]]</achternaam>
  </naam>
  <geboortedatum>[[DATE_TIME:1968-11-02]]</geboortedatum>
  <bsn>[[ID_NUMBER:960913804]]</bsn>
  <adres>[[ADDRESS:Lange Nieuwstraat 9]]</adres>
  <postcode>[[ZIP_CODE:3512 PA]]</postcode>
  <plaats>[[LOCATION:Utrecht]]</plaats>
  <rekening>[[IBAN_CODE:NL78INGB2070512989]]</rekening>
</klant>""",
    """Ticket #5521 — Aanvraag wijziging gegevens
Aangemaakt door: [[PERSON:Femke Jansen]] ([[EMAIL_ADDRESS:femke.jansen@kpnmail.nl]])
Telefoon: [[PHONE_NUMBER:06-18273645]]
Bericht: "Ik ben op [[DATE_TIME:1 mei]] verhuisd naar [[ADDRESS:Kerkstraat 31]], [[ZIP_CODE:5211 KE]] [[LOCATION:'s-Hertogenbosch]]. Mijn klantnummer is [[ID_NUMBER:700231884]]. Graag ook mijn rekeningnummer aanpassen naar [[IBAN_CODE:NL12 SNSB 2433 0824 67]]."
Behandelaar: [[PERSON:Ruud]]""",
    """{"evento": "login", "utente": "[[USERNAME:marco.esposito75]]", "nome": "[[PERSON:Marco Esposito]]", "codice_fiscale": "[[ID_NUMBER:SPSMRC75S02F839S]]", "ip": "[[IP_ADDRESS:93.45.120.201]]", "ts": "[[DATE_TIME:2025-04-18T10:22:09+02:00]]", "esito": "ok", "cellulare": "[[PHONE_NUMBER:+39 333 918 4420]]"}""",
    """ORDER FORM (faxed, handwritten)
Ship to: [[PERSON:Wanjiru Mwangi-Otieno]]
[[ADDRESS:P.O. Box 48210]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]]
Tel: [[PHONE_NUMBER:0733 402 118]]   KRA PIN: [[ID_NUMBER:A004829173K]]   ID No.: [[ID_NUMBER:31842290]]
Items: 2 x solar lantern, 1 x inverter 1.5 kVA
Pay by M-Pesa to till 884120.""",
]


TABLE = [
    """Record ID,First Name,Last Name,Email,Phone Number,Lifecycle Stage,Company Name,City,State/Region
8812034511,[[PERSON:Brianna]],[[PERSON:Castellanos]],[[EMAIL_ADDRESS:brianna.c@gmail.com]],[[PHONE_NUMBER:(480) 555-0127]],Lead,Sonoran Dental Group,[[LOCATION:Tempe]],[[LOCATION:AZ]]
8812034598,[[PERSON:Trevor]],[[PERSON:Oakes]],,[[PHONE_NUMBER:+1 602 555 0193]],Marketing Qualified Lead,,[[LOCATION:Phoenix]],[[LOCATION:AZ]]
8812035102,[[PERSON:Nia]],[[PERSON:Okoye-Bennett]],[[EMAIL_ADDRESS:nia.okoyebennett@outlook.com]],,Customer,Desert Bloom Florists,[[LOCATION:Scottsdale]],[[LOCATION:AZ]]
8812035777,[[PERSON:Hector]],[[PERSON:Ybarra]],[[EMAIL_ADDRESS:hybarra@cox.net]],[[PHONE_NUMBER:480.555.0166]],Opportunity,Ybarra Tile & Stone,[[LOCATION:Mesa]],[[LOCATION:AZ]]""",
    """employee_id\tfull_name\tdepartment\tjob_title\thire_date\tmanager\twork_email\tlocation
[[ID_NUMBER:1042]]\t[[PERSON:Priyanka Sharma]]\tFinance\tPayroll Officer\t[[DATE_TIME:2019-04-01]]\t[[PERSON:Gareth Lewis]]\t[[EMAIL_ADDRESS:p.sharma@wexfordbuild.co.uk]]\t[[LOCATION:Bristol]]
[[ID_NUMBER:1057]]\t[[PERSON:Tomasz Wiśniewski]]\tOperations\tSite Supervisor\t[[DATE_TIME:2021-09-13]]\t[[PERSON:Gareth Lewis]]\t[[EMAIL_ADDRESS:t.wisniewski@wexfordbuild.co.uk]]\t[[LOCATION:Swindon]]
[[ID_NUMBER:1088]]\t[[PERSON:Abimbola Adeyemi]]\tPeople\tHR Advisor\t[[DATE_TIME:2023-01-09]]\t[[PERSON:Claire Donnelly]]\t[[EMAIL_ADDRESS:a.adeyemi@wexfordbuild.co.uk]]\t[[LOCATION:Bristol]]
[[ID_NUMBER:1093]]\t[[PERSON:Euan MacLeod]]\tOperations\tPlant Operator\t[[DATE_TIME:2024-06-24]]\t\t[[EMAIL_ADDRESS:e.macleod@wexfordbuild.co.uk]]\t[[LOCATION:Gloucester]]""",
    """| Patient | DOB | NHS No. | Clinician | Slot | Room |
|---|---|---|---|---|---|
| [[PERSON:Whitfield, Janet]] | [[DATE_TIME:14/02/1951]] | [[ID_NUMBER:131 689 3111]] | [[PERSON:Dr S. Rahman]] | 09:10 | 4 |
| [[PERSON:Osei, Kojo]] | [[DATE_TIME:03/07/1988]] | [[ID_NUMBER:992 474 3628]] | [[PERSON:Dr S. Rahman]] | 09:20 | 4 |
| [[PERSON:Ní Bhriain, Orla]] | [[DATE_TIME:22/11/2003]] | [[ID_NUMBER:210 545 8211]] | ANP [[PERSON:K. Lowry]] | 09:20 | 2 |
| [[PERSON:Kowalski, Adam]] | [[DATE_TIME:09/09/1976]] | [[ID_NUMBER:165 228 7590]] | ANP [[PERSON:K. Lowry]] | 09:40 | 2 |""",
    """{"studentId":"[[ID_NUMBER:S20418]]","firstName":"[[PERSON:Mia]]","lastName":"[[PERSON:Tuipulotu]]","yearGroup":4,"guardianName":"[[PERSON:Sela Tuipulotu]]","guardianMobile":"[[PHONE_NUMBER:0412 883 015]]","medicalAlert":"asthma"}
{"studentId":"[[ID_NUMBER:S20433]]","firstName":"[[PERSON:Oscar]]","lastName":"[[PERSON:Brennan]]","yearGroup":4,"guardianName":"[[PERSON:Declan Brennan]]","guardianMobile":"[[PHONE_NUMBER:0438 221 704]]","medicalAlert":null}
{"studentId":"[[ID_NUMBER:S20471]]","firstName":"[[PERSON:Anh]]","lastName":"[[PERSON:Pham]]","yearGroup":5,"guardianName":"[[PERSON:Pham Thi Thu]]","guardianMobile":"[[PHONE_NUMBER:+61 423 558 190]]","medicalAlert":"peanut (EpiPen in office)"}""",
    """CON NOTE     CONSIGNEE          ADDRESS                    SUBURB          PCODE  PH             PCS   KG
TNT7781204   [[PERSON:R. Kaur]]            [[ADDRESS:12 Boundary Rd]]             [[LOCATION:Laverton North]]  [[ZIP_CODE:3026]]   [[PHONE_NUMBER:0431 229 847]]   2    18.4
TNT7781205   [[PERSON:Dimitri Alexiou]]    [[ADDRESS:U3/88 Hume Hwy]]             [[LOCATION:Somerton]]        [[ZIP_CODE:3062]]   [[PHONE_NUMBER:03 9305 1172]]   1     4.0
TNT7781209   [[PERSON:Chloe Ashford]]      [[ADDRESS:4 Kestrel Ct]]               [[LOCATION:Werribee]]        [[ZIP_CODE:3030]]   [[PHONE_NUMBER:0402 618 390]]   6    71.2
TNT7781213   [[PERSON:B. Nguyen]]          [[ADDRESS:Lot 17 Ison Rd]]             [[LOCATION:Wyndham Vale]]    [[ZIP_CODE:3024]]                  1     2.6""",
    """team: Harbourside Hawks U15
coach: [[PERSON:Mereana Walker]]
coach_phone: "[[PHONE_NUMBER:021 448 390]]"
players:
  - name: [[PERSON:Ella Tipene]]
    dob: [[DATE_TIME:2010-03-08]]
    position: GA
    emergency_contact: [[PERSON:Hine Tipene]]
    phone: "[[PHONE_NUMBER:027 331 8842]]"
  - name: [[PERSON:Sophie Van Wyk]]
    dob: [[DATE_TIME:2010-11-21]]
    position: C
    emergency_contact: [[PERSON:Johan Van Wyk]]
    phone: "[[PHONE_NUMBER:022 610 4471]]"
  - name: [[PERSON:Lagi Faleolo]]
    dob: [[DATE_TIME:2011-01-30]]
    position: GK
    emergency_contact: [[PERSON:Tavita Faleolo]]
    phone: ""
""",
    """Customer Due Diligence — Individual
Customer name        : [[PERSON:LIM KAH HENG]]
Alias                : [[PERSON:Kevin Lim]]
NRIC                 : [[ID_NUMBER:T1605054C]]
Date of birth        : [[DATE_TIME:21-Apr-2001]]
Nationality          : [[NRP:Singaporean]]
Residential address  : [[ADDRESS:21 Simei Street 4, #12-07]], [[LOCATION:Singapore]] [[ZIP_CODE:529869]]
Mobile               : [[PHONE_NUMBER:+65 9128 4470]]
Occupation           : Software engineer
Source of funds      : Employment income
Risk rating          : Low""",
    """nombre;apellidos;DNI;fecha_nacimiento;teléfono;mutua;centro;observaciones
[[PERSON:Carmen]];[[PERSON:Navarro Pujol]];[[ID_NUMBER:23357047H]];[[DATE_TIME:12/04/1958]];[[PHONE_NUMBER:934 218 660]];Adeslas;CAP Gràcia;diabética tipo 2
[[PERSON:Jordi]];[[PERSON:Bosch i Ferrer]];[[ID_NUMBER:39174628Q]];[[DATE_TIME:03/09/1990]];[[PHONE_NUMBER:678 402 115]];Sanitas;CAP Gràcia;
[[PERSON:Fatima Zahra]];[[PERSON:El Idrissi]];[[ID_NUMBER:X3636632X]];[[DATE_TIME:27/01/1985]];[[PHONE_NUMBER:+34 631 774 029]];;CAP Sant Andreu;intérprete árabe
[[PERSON:Luis]];[[PERSON:Ortega Blanco]];[[ID_NUMBER:52883104D]];[[DATE_TIME:30/06/1972]];;DKV;CAP Sant Andreu;""",
    """Personeelsnr;Voornaam;Tussenvoegsel;Achternaam;Geboortedatum;BSN;IBAN;Afdeling;Contract
[[ID_NUMBER:30118]];[[PERSON:Lotte]];[[PERSON:van der]];[[PERSON:Linden]];[[DATE_TIME:14-06-1992]];[[ID_NUMBER:725568550]];[[IBAN_CODE:NL43ABNA1698592685]];Logistiek;vast
[[ID_NUMBER:30127]];[[PERSON:Mehmet]];;[[PERSON:Kaya]];[[DATE_TIME:02-12-1987]];[[ID_NUMBER:718317427]];[[IBAN_CODE:NL58KNAB6123358698]];Productie;tijdelijk
[[ID_NUMBER:30131]];[[PERSON:Anouk]];[[PERSON:de]];[[PERSON:Vries]];[[DATE_TIME:29-08-2000]];[[ID_NUMBER:335792261]];[[IBAN_CODE:NL78SNSB4239191985]];Klantenservice;oproep
[[ID_NUMBER:30140]];[[PERSON:Sven]];;[[PERSON:Hoekstra]];[[DATE_TIME:07-03-1979]];[[ID_NUMBER:175314196]];;Productie;vast""",
    """Cognome | Nome | Codice Fiscale | Classe | Data di nascita | Comune di residenza | Genitore | Cellulare genitore
[[PERSON:Russo]] | [[PERSON:Matteo]] | [[ID_NUMBER:RSSMTT12M04A944Q]] | 2B | [[DATE_TIME:04/08/2012]] | [[LOCATION:Bologna]] | [[PERSON:Sara Bertoni]] | [[PHONE_NUMBER:347 218 5590]]
[[PERSON:Conti]] | [[PERSON:Giorgia]] | [[ID_NUMBER:CNTGRG12C61A944V]] | 2B | [[DATE_TIME:21/03/2012]] | [[LOCATION:Casalecchio di Reno]] | [[PERSON:Paolo Conti]] | [[PHONE_NUMBER:+39 335 640 1127]]
[[PERSON:Adeyemi]] | [[PERSON:Tobi]] | [[ID_NUMBER:DYMTBO12T15A944Q]] | 2B | [[DATE_TIME:15/12/2012]] | [[LOCATION:Bologna]] | [[PERSON:Grace Adeyemi]] | 
[[PERSON:Ferri]] | [[PERSON:Nicolò]] | [[ID_NUMBER:FRRNCL12E09A944D]] | 2C | [[DATE_TIME:09/05/2012]] | [[LOCATION:San Lazzaro di Savena]] | [[PERSON:Marta Ferri]] | [[PHONE_NUMBER:328 771 0043]]""",
    """emp_no,name,ni_number,tax_code,period,gross_pay,paye,ni_ee,net_pay,sort_code,account_no
[[ID_NUMBER:00231]],"[[PERSON:ADEBAYO, Folake]]",[[ID_NUMBER:NZ 62 07 35 D]],1257L,M06,3125.00,415.20,163.44,2546.36,40-11-62,[[ID_NUMBER:71530284]]
[[ID_NUMBER:00237]],"[[PERSON:BRENNAN, Liam]]",[[ID_NUMBER:SK 30 71 94 A]],BR,M06,1480.00,296.00,0.00,1184.00,20-76-90,[[ID_NUMBER:03318847]]
[[ID_NUMBER:00242]],"[[PERSON:CHAUHAN, Ritesh]]",[[ID_NUMBER:PE 81 54 02 C]],1257L W1,M06,2200.00,219.40,72.96,1907.64,30-94-57,[[ID_NUMBER:44120977]]
[[ID_NUMBER:00251]],"[[PERSON:DRUMMOND, Isla]]",,0T,M06,950.00,190.00,0.00,760.00,83-20-14,[[ID_NUMBER:10294463]]""",
    """rx_no\tfill_date\tpatient\tdob\tdrug\tqty\tprescriber\tpicked_up_by\tpatient_phone
6104478\t06/03/2025\t[[PERSON:Delgado, Rosa]]\t[[DATE_TIME:11/21/1947]]\tATORVASTATIN 40MG TAB\t90\t[[PERSON:Dr. Kimberly Nash]]\t[[PERSON:Rosa Delgado]]\t[[PHONE_NUMBER:(559) 555-0147]]
6104482\t06/03/2025\t[[PERSON:Thompson, Isaiah]]\t[[DATE_TIME:02/05/2019]]\tAMOXICILLIN 400MG/5ML SUSP\t100ML\t[[PERSON:Dr. Ravi Kapoor]]\t[[PERSON:Keisha Thompson]] (mother)\t[[PHONE_NUMBER:(559) 555-0188]]
6104490\t06/03/2025\t[[PERSON:Vang, Pa Nhia]]\t[[DATE_TIME:08/14/1962]]\tMETFORMIN ER 500MG TAB\t180\t[[PERSON:Dr. Kimberly Nash]]\t\t[[PHONE_NUMBER:559-555-0102]]
6104493\t06/04/2025\t[[PERSON:Ochoa, Miguel Angel]]\t[[DATE_TIME:12/30/1984]]\tSERTRALINE 50MG TAB\t30\tNP [[PERSON:Laura Chen]]\t[[PERSON:Miguel Ochoa]]\t""",
    """FLT BA0117 LHR-JFK 14MAR25  PASSENGER LIST (CHECKED IN)
SEQ  NAME                      PNR     SEAT  FQTV           NAT  PPT NO
001  [[PERSON:OKAFOR/CHIDI]] [[TITLE:MR]]           X4KQ2L  03A   [[ID_NUMBER:BA 72019384]]    [[NRP:NGA]]  [[ID_NUMBER:B03392817]]
002  [[PERSON:OKAFOR/ADAEZE]] [[TITLE:MRS]]         X4KQ2L  03B                  [[NRP:NGA]]  [[ID_NUMBER:B03392818]]
003  [[PERSON:FITZGERALD/AOIFE]] [[TITLE:MS]]       J7RT9P  11K   [[ID_NUMBER:EI 3318820]]     [[NRP:IRL]]  [[ID_NUMBER:PX4418290]]
004  [[PERSON:HERNANDEZ/JOSE LUIS]] [[TITLE:MR]]    W2ZP8M  38C                  [[NRP:USA]]  [[US_PASSPORT:582201937]]""",
    """| Property | Viewing | Applicant | Mobile | Email | Negotiator | Feedback |
|---|---|---|---|---|---|---|
| [[ADDRESS:14 Alma Road]], [[LOCATION:Clifton]] | [[DATE_TIME:Sat 12 Apr 10:00]] | [[PERSON:Joseph Kariuki]] | [[PHONE_NUMBER:07412 889 204]] | [[EMAIL_ADDRESS:jkariuki@gmail.com]] | [[PERSON:Holly]] | liked garden, worried about parking |
| [[ADDRESS:14 Alma Road]], [[LOCATION:Clifton]] | [[DATE_TIME:Sat 12 Apr 10:30]] | [[TITLE:Mr]] & [[TITLE:Mrs]] [[PERSON:Blackwood]] | [[PHONE_NUMBER:07877 310 556]] | | [[PERSON:Holly]] | second viewing requested |
| [[ADDRESS:Flat 6, 2 Redland Grove]] | [[DATE_TIME:Sat 12 Apr 11:15]] | [[PERSON:Anjali Rao]] | [[PHONE_NUMBER:07300 918 447]] | [[EMAIL_ADDRESS:anjali.rao.uk@outlook.com]] | [[PERSON:Marcus]] | offer likely |
| [[ADDRESS:9 Cotham Vale]] | [[DATE_TIME:Mon 14 Apr 17:45]] | [[PERSON:Dr Tom Sheridan]] | [[PHONE_NUMBER:07955 402 118]] | [[EMAIL_ADDRESS:tom.sheridan@nhs.net]] | [[PERSON:Holly]] | |""",
    """{"contactId":"c_3f91a2","givenName":"[[PERSON:Ayesha]]","familyName":"[[PERSON:Rahimi]]","emailAddr":"[[EMAIL_ADDRESS:ayesha.rahimi@gmail.com]]","mobileNo":"[[PHONE_NUMBER:+1 617 555 0154]]","leadScore":72,"ownerId":"u_117","optIn":true}
{"contactId":"c_3f91b7","givenName":"[[PERSON:Connor]]","familyName":"[[PERSON:MacAuley]]","emailAddr":"[[EMAIL_ADDRESS:connor.macauley@yahoo.com]]","mobileNo":null,"leadScore":15,"ownerId":"u_117","optIn":false}
{"contactId":"c_3f91c0","givenName":"[[PERSON:Sun-hee]]","familyName":"[[PERSON:Jang]]","emailAddr":"[[EMAIL_ADDRESS:sunhee.jang@naver.com]]","mobileNo":"[[PHONE_NUMBER:+82 10-4418-2093]]","leadScore":88,"ownerId":"u_204","optIn":true}""",
    """MRN,Pt Name,Sex,Age,Test,Result,Units,Ref Range,Collected
[[ID_NUMBER:H0049182]],[[PERSON:BAKER Judith]],F,[[AGE:74]],HbA1c,58,mmol/mol,20-41,[[DATE_TIME:02/06/2025 08:41]]
[[ID_NUMBER:H0049182]],[[PERSON:BAKER Judith]],F,[[AGE:74]],eGFR,47,mL/min/1.73m2,>90,[[DATE_TIME:02/06/2025 08:41]]
[[ID_NUMBER:H0051977]],[[PERSON:MUTASA Tendai]],M,[[AGE:39]],Ferritin,12,ug/L,30-400,[[DATE_TIME:02/06/2025 09:05]]
[[ID_NUMBER:H0060213]],[[PERSON:LEWIS Cerys]],F,[[AGE:8]],CRP,<4,mg/L,0-5,[[DATE_TIME:02/06/2025 09:30]]""",
    """AWB,Recipient,Address Line 1,Address Line 2,City,State,ZIP,Phone,Exception
1Z84F2190341228719,[[PERSON:Darnell Hughes]],[[ADDRESS:4517 Greenmount Ave]],,[[LOCATION:Baltimore]],[[LOCATION:MD]],[[ZIP_CODE:21218]],[[PHONE_NUMBER:(443) 555-0171]],ADDRESS INCOMPLETE
1Z84F2190341228744,[[PERSON:Svetlana Morozova]],[[ADDRESS:1201 N Charles St]],[[ADDRESS:Apt 1406]],[[LOCATION:Baltimore]],[[LOCATION:MD]],[[ZIP_CODE:21201-5614]],,RECIPIENT UNAVAILABLE
1Z84F2190341228760,[[PERSON:Peter O'Malley]],[[ADDRESS:88 Main St]],[[ADDRESS:Ste 200]],[[LOCATION:Ellicott City]],[[LOCATION:MD]],[[ZIP_CODE:21043]],[[PHONE_NUMBER:410-555-0139]],BUSINESS CLOSED
1Z84F2190341228791,[[PERSON:Kim Thuy Tran]],[[ADDRESS:6 Cherry Hill Ct]],,[[LOCATION:Towson]],[[LOCATION:MD]],[[ZIP_CODE:21286]],[[PHONE_NUMBER:+1 410 555 0125]],DAMAGED - RETURN""",
    """cardholder\tcard_number\ttxn_amount\tmerchant\treason_code\tcase_status
[[PERSON:Anthony Russo]]\t[[CREDIT_CARD:4285 1086 6068 7723]]\t$389.99\tBESTDEALS*ELEC\t10.4 fraud card-absent\topen
[[PERSON:Mariam Haddad]]\t[[CREDIT_CARD:5563 8806 4432 8646]]\t$62.10\tUBER *TRIP\t13.1 not received\twon
[[PERSON:Graham Whitlock]]\t[[CREDIT_CARD:3720 211544 80020]]\t$1,204.00\tSKYFARE TRAVEL\t13.7 cancelled\tpending docs
[[PERSON:Yaa Boateng]]\t[[CREDIT_CARD:6011 5125 0551 3554]]\t$19.99\tSTREAMFLIX\t12.6 duplicate\tlost""",
    """# | Player | DOB | Pos | School | Parent/Guardian | Contact
7 | [[PERSON:Jayden Okoro]] | [[DATE_TIME:15.02.2013]] | CM | St Aidan's | [[PERSON:Ngozi Okoro]] | [[PHONE_NUMBER:07886 201 554]]
9 | [[PERSON:Finlay Burns]] | [[DATE_TIME:30.06.2013]] | ST | Hillpark Primary | [[PERSON:Craig Burns]] | [[EMAIL_ADDRESS:craig.burns77@gmail.com]]
1 | [[PERSON:Ibrahim Diallo]] | [[DATE_TIME:09.11.2012]] | GK | St Aidan's | [[PERSON:Aminata Diallo]] | [[PHONE_NUMBER:07402 557 903]]
14 | [[PERSON:Harris Qureshi]] | [[DATE_TIME:01.04.2013]] | RB | Hillpark Primary | | """,
    """EMP#    NAME                    DOJ          DOB          PAN          AADHAAR          MOB            GRADE
IN0412  [[PERSON:Suresh Babu K]]           [[DATE_TIME:01-Jul-2016]]  [[DATE_TIME:12-Mar-1984]]  [[ID_NUMBER:AKQPB4418L]]   [[ID_NUMBER:2064 9939 0899]]   [[PHONE_NUMBER:98451 20337]]    M2
IN0577  [[PERSON:Divya Nair]]              [[DATE_TIME:15-Jan-2021]]  [[DATE_TIME:28-Oct-1995]]  [[ID_NUMBER:BWTPN2207C]]   [[ID_NUMBER:9827 7379 6014]]   [[PHONE_NUMBER:94470 88215]]    E3
IN0603  [[PERSON:Mohd. Irfan Shaikh]]      [[DATE_TIME:03-Apr-2023]]  [[DATE_TIME:05-Jun-1998]]  [[ID_NUMBER:DHNPS9931Q]]   [[ID_NUMBER:8050 8996 2141]]   [[PHONE_NUMBER:90040 71128]]    E1""",
    """Ficha de inquilino
Nombre y apellidos: [[PERSON:Marta Iglesias Rovira]]
NIF: [[ID_NUMBER:48221905J]]
Fecha de nacimiento: [[DATE_TIME:9 de mayo de 1993]]
Domicilio actual: [[ADDRESS:Carrer de Balmes 204, 4º 2ª]], [[ZIP_CODE:08006]] [[LOCATION:Barcelona]]
Teléfono móvil: [[PHONE_NUMBER:+34 690 115 287]]
Correo: [[EMAIL_ADDRESS:marta.iglesias.r@gmail.com]]
Empresa: Laboratorios Ribera S.A. — antigüedad 4 años
Avalista: [[PERSON:Josep Iglesias]] (padre)
Cuenta para recibos: [[IBAN_CODE:ES78 3058 5731 5662 1720 2170]]""",
    """huurder:
  naam: [[PERSON:Bram Mulder]]
  geboortedatum: [[DATE_TIME:19-09-1990]]
  email: [[EMAIL_ADDRESS:bram.mulder@hotmail.nl]]
  telefoon: "[[PHONE_NUMBER:06 4419 2031]]"
medehuurder:
  naam: [[PERSON:Yasmina el Amrani]]
  geboortedatum: [[DATE_TIME:02-02-1992]]
  telefoon: ""
object:
  adres: [[ADDRESS:Vondelstraat 14-III]]
  postcode: [[ZIP_CODE:1054 GC]]
  plaats: [[LOCATION:Amsterdam]]
  ingangsdatum: [[DATE_TIME:01-10-2025]]
  kale_huur: 1875
rekening: [[IBAN_CODE:NL12SNSB2433082467]]
""",
    """paziente;codice_fiscale;farmaco;confezioni;medico_prescrittore;data_ritiro;note
[[PERSON:De Luca Francesca]];[[ID_NUMBER:DLCFNC69E70H501H]];Eutirox 75 mcg;2;[[TITLE:Dott.]] [[PERSON:Bianchi]];[[DATE_TIME:12/05/2025]];
[[PERSON:Esposito Marco]];[[ID_NUMBER:SPSMRC75S02F839S]];Cardioaspirina 100 mg;3;[[TITLE:Dott.ssa]] [[PERSON:Greco]];[[DATE_TIME:12/05/2025]];ritira la moglie
[[PERSON:Galli Lorenzo]];[[ID_NUMBER:GLLLNZ83A09F205X]];Ventolin spray;1;[[TITLE:Dott.ssa]] [[PERSON:Greco]];;da ordinare
[[PERSON:Marchetti Elena]];[[ID_NUMBER:MRCLNE96B44D612J]];Yaz 28 cpr;1;[[TITLE:Dott.]] [[PERSON:Rinaldi]];[[DATE_TIME:13/05/2025]];""",
    """Student_No,Legal_Surname,Legal_Given_Name,Preferred_Name,DOB,OEN,Grade,Parent_Email,Home_Phone,Postal_Code
[[ID_NUMBER:330918]],[[PERSON:Mukherjee]],[[PERSON:Ishaan]],[[PERSON:Ish]],[[DATE_TIME:2011-07-19]],[[ID_NUMBER:482-019-337]],08,[[EMAIL_ADDRESS:r.mukherjee@rogers.com]],[[PHONE_NUMBER:905-555-0176]],[[ZIP_CODE:L5M 6T2]]
[[ID_NUMBER:330925]],[[PERSON:Bouchard]],[[PERSON:Élodie]],,[[DATE_TIME:2012-02-03]],[[ID_NUMBER:519-774-208]],07,[[EMAIL_ADDRESS:mbouchard@sympatico.ca]],,[[ZIP_CODE:L5L 2X9]]
[[ID_NUMBER:330931]],[[PERSON:Abdi]],[[PERSON:Hodan]],,[[DATE_TIME:2011-10-28]],[[ID_NUMBER:337-120-961]],08,,[[PHONE_NUMBER:(905) 555-0109]],[[ZIP_CODE:L5B 3C4]]
[[ID_NUMBER:330944]],[[PERSON:Kowalczyk]],[[PERSON:Zofia]],[[PERSON:Zosia]],[[DATE_TIME:2012-05-14]],[[ID_NUMBER:290-448-713]],07,[[EMAIL_ADDRESS:akowalczyk@gmail.com]],[[PHONE_NUMBER:905-555-0133]],[[ZIP_CODE:L5M 1Y7]]""",
    """NHI      Name                     DOB          Phone          GP                  Priority  Referred
[[ID_NUMBER:ZKT4821]]  [[PERSON:Tamihana, Wiremu]]         [[DATE_TIME:12/08/1966]]   [[PHONE_NUMBER:021 557 2208]]   [[PERSON:Dr A. Chen]]          P2        [[DATE_TIME:03/02/2025]]
[[ID_NUMBER:PLM3014]]  [[PERSON:Hohaia, Ngaire]]           [[DATE_TIME:30/01/1958]]   [[PHONE_NUMBER:07 847 3391]]    [[PERSON:Dr R. Singh]]         P3        [[DATE_TIME:11/02/2025]]
[[ID_NUMBER:AXC9911]]  [[PERSON:Mitchell, Grace]]          [[DATE_TIME:05/05/1990]]   [[PHONE_NUMBER:027 402 8816]]   [[PERSON:Dr A. Chen]]          P1        [[DATE_TIME:17/02/2025]]""",
    """ id  |            email             |     signup_ip     | country |   plan
-----+------------------------------+-------------------+---------+----------
 412 | [[EMAIL_ADDRESS:olga.petrenko@ukr.net]]        | [[IP_ADDRESS:176.37.112.9]]      | [[LOCATION:UA]]      | pro
 413 | [[EMAIL_ADDRESS:m.dubois@laposte.net]]         | [[IP_ADDRESS:90.12.204.77]]      | [[LOCATION:FR]]      | free
 414 | [[EMAIL_ADDRESS:tiago.nunes@sapo.pt]]          | [[IP_ADDRESS:2001:8a0:7f2e::14]] | [[LOCATION:PT]]      | team
 415 | [[EMAIL_ADDRESS:kwasi.boateng@gmail.com]]      | [[IP_ADDRESS:154.160.3.118]]     | [[LOCATION:GH]]      | free
(4 rows)""",
    """member_no,tier,title,first,last,email,dob,home_airport,miles_balance
[[ID_NUMBER:310448271]],Gold,[[TITLE:Ms]],[[PERSON:Hannah]],[[PERSON:Schäfer]],[[EMAIL_ADDRESS:hannah.schaefer@web.de]],[[DATE_TIME:1983-09-02]],FRA,184220
[[ID_NUMBER:310448299]],Silver,[[TITLE:Dr]],[[PERSON:Emeka]],[[PERSON:Obi]],[[EMAIL_ADDRESS:emeka.obi@doctors.org.uk]],[[DATE_TIME:1976-12-11]],LHR,92310
[[ID_NUMBER:310448302]],Blue,[[TITLE:Mr]],[[PERSON:Arjun]],[[PERSON:Kapoor]],,[[DATE_TIME:2001-06-25]],BOM,4100
[[ID_NUMBER:310448317]],Blue,,[[PERSON:Li]],[[PERSON:Wen]],[[EMAIL_ADDRESS:liwen1990@163.com]],[[DATE_TIME:1990-01-08]],PVG,22780""",
    """Tenancy Ref\tProperty\tLead Tenant\tCo-Tenant\tStart\tRent pcm\tDeposit Scheme\tTenant Tel
LT-2291\t[[ADDRESS:Flat 3, 41 Hyde Park Road]], [[LOCATION:Leeds]]\t[[PERSON:Oluwatobi Ajayi]]\t[[PERSON:Femi Ajayi]]\t[[DATE_TIME:01/09/2024]]\t£1,050\tDPS\t[[PHONE_NUMBER:07944 118 302]]
LT-2304\t[[ADDRESS:22 Brudenell Mount]], [[LOCATION:Leeds]]\t[[PERSON:Ruby Hartley]]\t\t[[DATE_TIME:15/10/2024]]\t£875\tTDS\t[[PHONE_NUMBER:07508 663 491]]
LT-2310\t[[ADDRESS:7 Ash Grove]], [[LOCATION:Headingley]]\t[[PERSON:Zain Mahmood]]\t[[PERSON:Sana Mahmood]]\t[[DATE_TIME:01/11/2024]]\t£1,395\tmydeposits\t[[PHONE_NUMBER:07723 020 884]]""",
    """payslip:
  employer: Kestrel Logistics Ltd
  employee:
    name: [[PERSON:Natalia Kowalska]]
    employee_no: [[ID_NUMBER:KL-0884]]
    ni_number: [[ID_NUMBER:JC 55 18 72 D]]
    tax_code: 1257L
  period: 2025-05
  pay_date: 2025-05-30
  gross: 2318.75
  deductions:
    paye: 255.60
    ni: 105.50
    pension: 92.75
  net: 1864.90
  bank:
    sort_code: "09-01-29"
    account: "[[ID_NUMBER:28841730]]"
""",
    """Member No | Name | ID No | KRA PIN | Phone | Branch | Shares (KES)
[[ID_NUMBER:SAC-10422]] | [[PERSON:Njeri Kamau]] | [[ID_NUMBER:27831094]] | [[ID_NUMBER:A007318842Z]] | [[PHONE_NUMBER:0712 448 309]] | [[LOCATION:Thika]] | 45,000
[[ID_NUMBER:SAC-10438]] | [[PERSON:Otieno Ouma]] | [[ID_NUMBER:30119457]] | [[ID_NUMBER:A011927645M]] | [[PHONE_NUMBER:+254 733 210 884]] | [[LOCATION:Kisumu]] | 12,500
[[ID_NUMBER:SAC-10441]] | [[PERSON:Halima Abdi]] | [[ID_NUMBER:33408812]] | | [[PHONE_NUMBER:0722 905 117]] | [[LOCATION:Thika]] | 8,000""",
    """Staff ID,Surname,Other Names,Sex,State of Origin,LGA,BVN,NIN,Phone No
[[ID_NUMBER:NGS/0412]],[[PERSON:Adeleke]],[[PERSON:Oluwaseun Kemi]],F,[[LOCATION:Osun]],[[LOCATION:Osogbo]],[[ID_NUMBER:22471830956]],[[ID_NUMBER:48103927715]],[[PHONE_NUMBER:08034417720]]
[[ID_NUMBER:NGS/0419]],[[PERSON:Bello]],[[PERSON:Abdullahi]],M,[[LOCATION:Kano]],[[LOCATION:Nassarawa]],[[ID_NUMBER:22158804317]],[[ID_NUMBER:61930284457]],[[PHONE_NUMBER:0816 224 9031]]
[[ID_NUMBER:NGS/0433]],[[PERSON:Eze]],[[PERSON:Chinonso Pascal]],M,[[LOCATION:Enugu]],[[LOCATION:Nsukka]],[[ID_NUMBER:22390417762]],,[[PHONE_NUMBER:+234 703 118 4462]]
[[ID_NUMBER:NGS/0440]],[[PERSON:Okon]],[[PERSON:Imaobong]],F,[[LOCATION:Akwa Ibom]],[[LOCATION:Uyo]],,[[ID_NUMBER:70284419630]],[[PHONE_NUMBER:09021187735]]""",
    """| NRIC/FIN | Name | DOB | Contact | Address | Postal |
|---|---|---|---|---|---|
| [[ID_NUMBER:S0473986H]] | [[PERSON:Goh Siew Lan]] | [[DATE_TIME:03/10/1952]] | [[PHONE_NUMBER:6452 8817]] | [[ADDRESS:Blk 112 Bedok North Rd, #03-219]] | [[ZIP_CODE:460112]] |
| [[ID_NUMBER:S4288795A]] | [[PERSON:Muthu s/o Raman]] | [[DATE_TIME:17/06/1961]] | [[PHONE_NUMBER:9736 0214]] | [[ADDRESS:Blk 45 Telok Blangah Dr, #11-402]] | [[ZIP_CODE:100045]] |
| [[ID_NUMBER:F7800280T]] | [[PERSON:Reyes, Maria Lourdes]] | [[DATE_TIME:22/01/1989]] | [[PHONE_NUMBER:+65 8211 4093]] | [[ADDRESS:8 Jalan Kayu, #02-05]] | [[ZIP_CODE:799422]] |
| [[ID_NUMBER:G7222772M]] | [[PERSON:Arun Prakash]] | [[DATE_TIME:09/09/1993]] | [[PHONE_NUMBER:8644 1207]] | | |""",
    """Employee,SSS No.,PhilHealth No.,Pag-IBIG MID,TIN,Basic Pay,Net Pay
"[[PERSON:Santos, Jerome P.]]",[[ID_NUMBER:34-1820947-2]],[[ID_NUMBER:12-050418273-9]],[[ID_NUMBER:1210-4482-9931]],[[ID_NUMBER:412-883-209-000]],"28,000.00","24,311.50"
"[[PERSON:Villanueva, Kristine Joy]]",[[ID_NUMBER:02-4419370-8]],[[ID_NUMBER:03-251188407-1]],[[ID_NUMBER:1211-0937-4426]],[[ID_NUMBER:339-104-776-000]],"22,500.00","19,870.25"
"[[PERSON:Bautista, Rodel]]",[[ID_NUMBER:33-9002814-6]],,[[ID_NUMBER:1212-7715-0038]],,"18,000.00","16,102.00\"""",
    """ID Number     | Initials | Surname        | Cell          | Suburb        | Province      | Medical Aid No
[[ID_NUMBER:8402116235086]] | [[PERSON:S.]]       | [[PERSON:Ndlovu]]         | [[PHONE_NUMBER:072 418 3395]]  | [[LOCATION:Soweto]]        | [[LOCATION:Gauteng]]       | [[ID_NUMBER:DSC-408812237]]
[[ID_NUMBER:9506143309083]] | [[PERSON:N.P.]]     | [[PERSON:Mahlangu]]       | [[PHONE_NUMBER:083 551 0942]]  | [[LOCATION:Mamelodi]]      | [[LOCATION:Gauteng]]       | [[ID_NUMBER:BON-1193405]]
[[ID_NUMBER:7712058234082]] | [[PERSON:P.J.]]     | [[PERSON:van der Merwe]]  | [[PHONE_NUMBER:082 774 2016]]  | [[LOCATION:Durbanville]]   | [[LOCATION:Western Cape]]  | 
[[ID_NUMBER:6803028119080]] | [[PERSON:T.]]       | [[PERSON:Govender]]       | [[PHONE_NUMBER:031 462 8830]]  | [[LOCATION:Chatsworth]]    | [[LOCATION:KwaZulu-Natal]] | [[ID_NUMBER:DSC-311902574]]""",
    """PPSN,Surname,Forename,Address,Eircode,Phone,Medical Card,GP Visit Card
[[ID_NUMBER:3023772L]],[[PERSON:Ó Súilleabháin]],[[PERSON:Pádraig]],"[[ADDRESS:14 Bóthar na Trá]], [[LOCATION:Salthill]], [[LOCATION:Galway]]",[[ZIP_CODE:H91 T2C6]],[[PHONE_NUMBER:091 524 887]],Y,N
[[ID_NUMBER:1195162E]],[[PERSON:Kavanagh]],[[PERSON:Molly]],"[[ADDRESS:3 Millers Lane]], [[LOCATION:Oranmore]]",[[ZIP_CODE:H91 P4X2]],[[PHONE_NUMBER:087 330 2194]],N,Y
[[ID_NUMBER:3464434C]],[[PERSON:Nowak]],[[PERSON:Bartosz]],"[[ADDRESS:Apt 7, Eyre Square Court]], [[LOCATION:Galway]]",,[[PHONE_NUMBER:+353 89 441 0273]],N,N
[[ID_NUMBER:2727314FA]],[[PERSON:Kavanagh]],[[PERSON:Ella]],"[[ADDRESS:3 Millers Lane]], [[LOCATION:Oranmore]]",[[ZIP_CODE:H91 P4X2]],,N,Y""",
    """driver_id\tdriver_name\tlicence_no\tvehicle_reg\tdepot\tmobile\tshift
[[ID_NUMBER:D-118]]\t[[PERSON:Gary Morgan]]\t[[ID_NUMBER:MORGA605054G99IJ]]\t[[ID_NUMBER:LB71 KXA]]\tDaventry\t[[PHONE_NUMBER:07831 440 192]]\tearlies
[[ID_NUMBER:D-124]]\t[[PERSON:Ionut Popescu]]\t[[ID_NUMBER:POPES809183I99RT]]\t[[ID_NUMBER:LB71 KXC]]\tDaventry\t[[PHONE_NUMBER:07466 208 913]]\tnights
[[ID_NUMBER:D-131]]\t[[PERSON:Sharon Pike]]\t[[ID_NUMBER:PIKE9762219SA9PQ]]\t[[ID_NUMBER:YF22 HMU]]\tCoventry\t\tlates
[[ID_NUMBER:D-140]]\t[[PERSON:Rajinder Singh Bhogal]]\t[[ID_NUMBER:BHOGA704120RS9WX]]\t\tCoventry\t[[PHONE_NUMBER:07912 665 047]]\tearlies""",
    """beneficiary_name,iban,bic,amount,currency,reference
[[PERSON:Siobhán Gallagher]],[[IBAN_CODE:IE27BOFI92410625896522]],BOFIIE2DXXX,1450.00,EUR,EXPENSES MAY
[[PERSON:Jean-Baptiste Morel]],[[IBAN_CODE:FR7620041251209389384780603]],PSSTFRPPXXX,2310.50,EUR,CONSULTING INV 0447
[[PERSON:Katrin Hoffmann]],[[IBAN_CODE:DE38348828373234981010]],DEUTDEDBXXX,980.00,EUR,TRAVEL ADV
[[PERSON:Andrea Colombo]],[[IBAN_CODE:IT83R0200892806132485565468]],UNCRITMMXXX,3125.00,EUR,SALARY ADJ
[[PERSON:Beatriz Fonseca]],[[IBAN_CODE:PT50003336151561250111484]],BCOMPTPLXXX,640.00,EUR,REFUND 2291
[[PERSON:Lukas Gerber]],[[IBAN_CODE:CH4729359804940351139]],,1200.00,CHF,RELOCATION""",
    """last_name|first_name|mi|ssn|dob|street|apt|city|st|zip|hire_date
[[PERSON:Whitaker]]|[[PERSON:Brandon]]|[[PERSON:L]]|[[US_SSN:471-08-2296]]|[[DATE_TIME:1994-02-17]]|[[ADDRESS:1408 Cedar Bluff Rd]]||[[LOCATION:Knoxville]]|[[LOCATION:TN]]|[[ZIP_CODE:37923]]|[[DATE_TIME:2025-03-03]]
[[PERSON:Nguyen]]|[[PERSON:Thao]]||[[US_SSN:622-41-9087]]|[[DATE_TIME:1988-10-05]]|[[ADDRESS:220 Papermill Dr]]|[[ADDRESS:Apt 12]]|[[LOCATION:Knoxville]]|[[LOCATION:TN]]|[[ZIP_CODE:37919]]|[[DATE_TIME:2025-03-03]]
[[PERSON:Oyelaran]]|[[PERSON:Tunde]]|[[PERSON:A]]|[[US_SSN:301-77-5412]]|[[DATE_TIME:1979-06-30]]|[[ADDRESS:55 Sevier Ave]]||[[LOCATION:Maryville]]|[[LOCATION:TN]]|[[ZIP_CODE:37804]]|[[DATE_TIME:2025-03-10]]""",
    """"Salutation","First Name","Last Name","Title","Account Name","Mailing Street","Mailing City","Mailing State/Province","Mailing Zip/Postal Code","Phone","Email"
"[[TITLE:Ms.]]","[[PERSON:Renata]]","[[PERSON:Kowalczyk-Dunn]]","VP Operations","Lakeshore Freight Inc.","[[ADDRESS:2231 W Montrose Ave]]","[[LOCATION:Chicago]]","[[LOCATION:IL]]","[[ZIP_CODE:60618]]","[[PHONE_NUMBER:(773) 555-0112]]","[[EMAIL_ADDRESS:renata.kd@gmail.com]]"
"[[TITLE:Mr.]]","[[PERSON:Oladipo]]","[[PERSON:Sanusi]]","Procurement Lead","Sanusi & Partners","","","","","[[PHONE_NUMBER:+1 312 555 0170]]",""
"","[[PERSON:Jordan]]","[[PERSON:Lee]]","Owner","Lee's Auto Glass","[[ADDRESS:9 Industrial Pkwy, Unit 4]]","[[LOCATION:Joliet]]","[[LOCATION:IL]]","[[ZIP_CODE:60431]]","","[[EMAIL_ADDRESS:jordanlee.autoglass@yahoo.com]]"
"[[TITLE:Dr.]]","[[PERSON:Anita]]","[[PERSON:Raghavan]]","Medical Director","North Shore Pediatrics","[[ADDRESS:640 Green Bay Rd]]","[[LOCATION:Winnetka]]","[[LOCATION:IL]]","[[ZIP_CODE:60093]]","[[PHONE_NUMBER:847-555-0145]]","[[EMAIL_ADDRESS:a.raghavan@northshorepeds.com]]\"""",
    """| Student | Form | Parent/Carer | Relationship | Contact | Notes |
|---|---|---|---|---|---|
| [[PERSON:Amira Hassan]] | 9JT | [[PERSON:Nadia Hassan]] | Mother | [[PHONE_NUMBER:07946 113 280]] | prefers Arabic interpreter for parents' evening |
| [[PERSON:Kyle Donnelly]] | 9JT | [[PERSON:Shaun Donnelly]] | Father | [[EMAIL_ADDRESS:shaun.donnelly@live.co.uk]] | do not contact mother (court order on file) |
| [[PERSON:Priya Chaudhary]] | 9RM | [[PERSON:Anil Chaudhary]] | Father | [[PHONE_NUMBER:0121 496 0374]] | |
| [[PERSON:Tyrese Campbell-Smith]] | 9RM | [[PERSON:Mrs J. Campbell]] | Grandmother | [[PHONE_NUMBER:07700 482 915]] | kinship carer |""",
    """Member ID,Full Name,Membership,Join Date,Card (last 4),Mobile,Home Club
[[ID_NUMBER:PG0448120]],[[PERSON:Jade Whitmore]],Core,[[DATE_TIME:12/01/2024]],4417,[[PHONE_NUMBER:07814 220 915]],[[LOCATION:Leeds]] Kirkstall
[[ID_NUMBER:PG0448133]],[[PERSON:Marcus Bell]],Plus,[[DATE_TIME:02/02/2024]],0093,[[PHONE_NUMBER:07455 318 064]],[[LOCATION:Leeds]] City
[[ID_NUMBER:PG0448191]],[[PERSON:Fatou Jallow]],Off-Peak,[[DATE_TIME:19/03/2024]],,[[PHONE_NUMBER:07398 550 412]],[[LOCATION:Bradford]]
[[ID_NUMBER:PG0448207]],[[PERSON:Ollie Brannigan]],Core,[[DATE_TIME:01/04/2024]],7781,,[[LOCATION:Leeds]] Kirkstall""",
    """ARRIVALS 21-MAR-2025                                         The Grafton, Dublin
ARR        ROOM  GUEST NAME                 NTS  RATE    PHONE               CONF#
[[DATE_TIME:21-MAR-25]]  214   [[PERSON:Moreau, Camille]]            3    BAR     [[PHONE_NUMBER:+33 6 12 48 90 37]]   GR88102
[[DATE_TIME:21-MAR-25]]  305   [[PERSON:Bhattacharya, Sourav]]       1    CORP    [[PHONE_NUMBER:+91 98300 41286]]     GR88117
[[DATE_TIME:21-MAR-25]]  118   [[PERSON:Walsh, Eimear]] ([[TITLE:Dr]])         2    ADV     [[PHONE_NUMBER:086 227 4418]]        GR88120
[[DATE_TIME:21-MAR-25]]  407   [[PERSON:Okoro, Ifeanyi]]             4    BAR                         GR88131""",
    """{"patient_name": "[[PERSON:Ruth Abernethy]]", "dob": "[[DATE_TIME:1944-05-30]]", "nhs_no": "[[ID_NUMBER:870 722 9712]]", "vaccine": "COVID-19 (Comirnaty JN.1)", "lot": "HK4291", "administered": "[[DATE_TIME:2025-10-02T10:14]]", "by": "[[PERSON:Nurse Kayode]]"}
{"patient_name": "[[PERSON:Stanley Abernethy]]", "dob": "[[DATE_TIME:1941-11-12]]", "nhs_no": null, "vaccine": "Influenza (QIVc)", "lot": "FL2208", "administered": "[[DATE_TIME:2025-10-02T10:21]]", "by": "[[PERSON:Nurse Kayode]]"}
{"patient_name": "[[PERSON:Ayodele Martins]]", "dob": "[[DATE_TIME:1958-03-03]]", "nhs_no": "[[ID_NUMBER:937 045 0521]]", "vaccine": "RSV (Abrysvo)", "lot": "RS0177", "administered": "[[DATE_TIME:2025-10-02T10:40]]", "by": "[[PERSON:Rebecca Tan]]"}""",
    """attendee,company,role,twitter,linkedin,email,dietary
[[PERSON:Kemi Adeola]],Paystack,Staff Engineer,[[USERNAME:kemiadeola_dev]],[[URL:linkedin.com/in/kemiadeola]],[[EMAIL_ADDRESS:kemi.adeola@gmail.com]],vegan
[[PERSON:Tomás Echeverría]],Cabify,Data Lead,,[[URL:https://www.linkedin.com/in/tomas-echeverria-data/]],[[EMAIL_ADDRESS:techeverria@protonmail.com]],
[[PERSON:Grace Liu]],independent,Consultant,[[USERNAME:graceliu]],,[[EMAIL_ADDRESS:hello@graceliu.io]],gluten-free
[[PERSON:Rhys ap Gwilym]],Monzo,SRE,[[USERNAME:rhysapg]],[[URL:linkedin.com/in/rhys-ap-gwilym]],,""",
    """Name | Shift | Phone | Emergency contact
[[PERSON:Doreen Fletcher]] | Sat AM | [[PHONE_NUMBER:01274 612 330]] | [[PERSON:Alan Fletcher]] [[PHONE_NUMBER:07850 114 297]]
[[PERSON:Bilal Ahmed]] | Sat PM | [[PHONE_NUMBER:07533 980 126]] | 
[[PERSON:Chloe]] | Sun | [[PHONE_NUMBER:07922 417 508]] | mum [[PHONE_NUMBER:07922 417 509]]""",
    """asset_tag\tmodel\tserial\tmac\tip\tassigned_to\temail\tdept
AT-004471\tLatitude 5440\tHX92KQ3\tb4:45:06:1e:9a:22\t[[IP_ADDRESS:10.20.4.118]]\t[[PERSON:Sipho Khumalo]]\t[[EMAIL_ADDRESS:sipho.khumalo@gmail.com]]\tFinance
AT-004472\tLatitude 5440\tHX92KQ8\tb4:45:06:1e:9a:7f\t[[IP_ADDRESS:10.20.4.121]]\t[[PERSON:Lindiwe Mokoena]]\t[[EMAIL_ADDRESS:lindiwe.mokoena@outlook.com]]\tFinance
AT-004480\tMacBook Air M3\tC02ZK1Q7MD6T\t3a:1f:c0:88:41:0d\t[[IP_ADDRESS:10.20.6.37]]\t[[PERSON:Ahmed Patel]]\t\tMarketing
AT-004488\tThinkPad T14\tPF4R9W2X\t\t\t(spare)\t\tIT""",
    """claim_no,policyholder,policy_no,dob,loss_date,loss_type,postcode,phone,status
CLM-558102,[[PERSON:Arthur Pennington]],HH-40918273,[[DATE_TIME:1957-08-22]],[[DATE_TIME:2025-01-19]],escape of water,[[ZIP_CODE:NR2 3HT]],[[PHONE_NUMBER:01603 662 908]],settled
CLM-558117,[[PERSON:Zainab Chowdhury]],HH-40921551,[[DATE_TIME:1990-04-14]],[[DATE_TIME:2025-01-22]],theft,[[ZIP_CODE:E1 5JL]],[[PHONE_NUMBER:07487 330 115]],investigating
CLM-558130,[[PERSON:Gethin Rowlands]],HH-40933008,[[DATE_TIME:1972-12-01]],[[DATE_TIME:2025-01-25]],storm,[[ZIP_CODE:SA31 1PG]],,awaiting photos""",
    """| Applicant ID | Name | Nationality | DOB | Passport No | Programme | Email |
|---|---|---|---|---|---|---|
| [[ID_NUMBER:2504418]] | [[PERSON:Zhang Yutong]] | [[NRP:Chinese]] | [[DATE_TIME:2003-08-11]] | [[ID_NUMBER:EK4918273]] | MSc Data Science | [[EMAIL_ADDRESS:yutong.zhang03@qq.com]] |
| [[ID_NUMBER:2504431]] | [[PERSON:Oluwadamilare Ajibola]] | [[NRP:Nigerian]] | [[DATE_TIME:2000-01-27]] | [[ID_NUMBER:B08841273]] | MSc Public Health | [[EMAIL_ADDRESS:dami.ajibola@gmail.com]] |
| [[ID_NUMBER:2504456]] | [[PERSON:Ananya Ghosh]] | [[NRP:Indian]] | [[DATE_TIME:2002-05-19]] | [[ID_NUMBER:V3392018]] | MSc Finance | [[EMAIL_ADDRESS:ananya.ghosh19@yahoo.in]] |
| [[ID_NUMBER:2504470]] | [[PERSON:Mateo Álvarez]] | [[NRP:Colombian]] | [[DATE_TIME:1999-12-03]] | [[ID_NUMBER:AT218840]] | MBA | |""",
    """username,display_name,email,last_login,mfa,status
[[USERNAME:jpark]],[[PERSON:Jiwoo Park]],[[EMAIL_ADDRESS:jiwoo.park@gmail.com]],[[DATE_TIME:2025-06-11 09:14]],totp,active
[[USERNAME:m.oconnell]],[[PERSON:Maeve O'Connell]],[[EMAIL_ADDRESS:maeve.oconnell@eircom.net]],[[DATE_TIME:2025-05-02 17:40]],sms,active
svc-backup,Backup Service,backup-alerts@corp.example,2025-06-12 02:00,none,service
[[USERNAME:tkaraca]],[[PERSON:Tolga Karaca]],[[EMAIL_ADDRESS:tolga.karaca@gmx.de]],,totp,disabled""",
    """MRN        PATIENT NAME            DOB         INS MEMBER ID    PCP                 PHONE
[[ID_NUMBER:0084412]]    [[PERSON:GARCIA, LUPE M]]          [[DATE_TIME:03/14/1950]]  [[ID_NUMBER:MCR8827140A]]      [[TITLE:DR.]] [[PERSON:L. NGUYEN]]       [[PHONE_NUMBER:(915) 555-0121]]
[[ID_NUMBER:0091187]]    [[PERSON:HOLLOWAY, TREVOR]]        [[DATE_TIME:11/02/1969]]  [[ID_NUMBER:BCX449201883]]     [[TITLE:DR.]] [[PERSON:A. PATEL]]        [[PHONE_NUMBER:(915) 555-0186]]
[[ID_NUMBER:0102245]]    [[PERSON:NAVARRO, DANIELA]]        [[DATE_TIME:07/29/2001]]  [[ID_NUMBER:UHC90418277]]      [[TITLE:DR.]] [[PERSON:L. NGUYEN]]""",
    """RMA\tCustomer\tEmail\tCollection Address\tPostcode\tReason\tTracking
RMA-30418\t[[PERSON:Beatrix Holm]]\t[[EMAIL_ADDRESS:beatrix.holm@gmail.com]]\t[[ADDRESS:12 Orchard Rise]], [[LOCATION:Harpenden]]\t[[ZIP_CODE:AL5 2QW]]\twrong size\tJD0002213847719022
RMA-30421\t[[PERSON:Kofi Mensah]]\t[[EMAIL_ADDRESS:kmensah@outlook.com]]\t[[ADDRESS:Flat 8, Avon House, 33 Kings Road]], [[LOCATION:Reading]]\t[[ZIP_CODE:RG1 3AR]]\tfaulty\tJD0002213847719047
RMA-30433\t[[PERSON:Eilidh Ross]]\t\t[[ADDRESS:The Byre, Mains of Auchmacoy]], [[LOCATION:Ellon]]\t[[ZIP_CODE:AB41 8RB]]\tchanged mind\t""",
    """stop,patient,address,postcode,phone,items,fridge,notes
1,[[PERSON:Mrs P. Atwal]],[[ADDRESS:41 Sandringham Road]],[[ZIP_CODE:LE4 7DF]],[[PHONE_NUMBER:0116 266 0931]],3,N,
2,[[PERSON:Mr D. Hollis]],[[ADDRESS:Flat 2, 8 Melbourne Street]],[[ZIP_CODE:LE2 0AS]],,1,Y,key safe by door - code 4471
3,[[PERSON:Ivy Chambers]],[[ADDRESS:17 Fosse Road North]],[[ZIP_CODE:LE3 5EQ]],[[PHONE_NUMBER:07791 004 286]],5,N,ring daughter [[PERSON:Sharon]] on [[PHONE_NUMBER:07791 004 287]] if no answer
4,[[PERSON:Mr G. Nwosu]],[[ADDRESS:226 Narborough Road]],[[ZIP_CODE:LE3 2AP]],[[PHONE_NUMBER:0116 291 7733]],2,Y,""",
    """| Vendor | Property | Asking | Buyer | Buyer's Solicitor | Stage |
|---|---|---|---|---|---|
| [[TITLE:Mr]] & [[TITLE:Mrs]] [[PERSON:Okonjo]] | [[ADDRESS:18 Laburnum Avenue]], [[LOCATION:Didsbury]] | £525,000 | [[PERSON:Freya Lindgren]] | [[PERSON:Harriet Kaye]], Kaye Conveyancing | searches back |
| Estate of the late [[PERSON:Mr R. Bairstow]] | [[ADDRESS:3 Moss Bank Cottages]], [[LOCATION:Heaton Moor]] | £310,000 | [[PERSON:Daniel Achterberg]] | | mortgage valuation booked |
| [[PERSON:Sunita Mehra]] | [[ADDRESS:Apartment 12, The Chimney Works, 40 Ducie Street]], [[LOCATION:Manchester]] | £245,000 | | | on market, 2 viewings |
| [[PERSON:Conor Boyle]] | [[ADDRESS:77 Wilmslow Road]], [[LOCATION:Withington]] | £399,950 | [[PERSON:Tasnim Uddin]] & [[PERSON:Jacob Uddin]] | [[PERSON:Paul Greer]] | exchanged |""",
    """donor_id,donor_name,gift_aid,address_1,town,postcode,email,last_gift
[[ID_NUMBER:D0031827]],"[[PERSON:Pemberton, Hilary]]",Y,[[ADDRESS:The Old Rectory, Mill Lane]],[[LOCATION:Much Hadham]],[[ZIP_CODE:SG10 6AZ]],[[EMAIL_ADDRESS:hilary.pemberton@btinternet.com]],£250.00
[[ID_NUMBER:D0031905]],"[[PERSON:Osei-Tutu, Kwame]]",N,[[ADDRESS:88 Lordship Lane]],[[LOCATION:London]],[[ZIP_CODE:SE22 8HF]],,£10.00
[[ID_NUMBER:D0032110]],"[[PERSON:McKenna, Bríd]]",Y,[[ADDRESS:5 Glen Road]],[[LOCATION:Newcastle]],[[ZIP_CODE:BT33 0HG]],[[EMAIL_ADDRESS:brid.mckenna@gmail.com]],£35.00
[[ID_NUMBER:D0032254]],Anonymous,N,,,,,"£1,000.00\"""",
    """PNR\tPax Name\tOrig Flt\tOrig Date\tNew Flt\tNew Date\tContact\tEmail\tEU261
KQ7T2M\t[[PERSON:ROSSI/GIULIA]] [[TITLE:MS]]\tFR1093\t[[DATE_TIME:19JUL25]]\tFR1095\t[[DATE_TIME:20JUL25]]\t[[PHONE_NUMBER:+39 347 402 1188]]\t[[EMAIL_ADDRESS:giulia.rossi.88@gmail.com]]\tY
KQ7T2M\t[[PERSON:ROSSI/PAOLO]] [[TITLE:MR]]\tFR1093\t[[DATE_TIME:19JUL25]]\tFR1095\t[[DATE_TIME:20JUL25]]\t\t\tY
LM2P9X\t[[PERSON:OYELOWO/FEMI]] [[TITLE:MR]]\tFR1093\t[[DATE_TIME:19JUL25]]\tFR8820\t[[DATE_TIME:19JUL25]]\t[[PHONE_NUMBER:+44 7700 118 204]]\t[[EMAIL_ADDRESS:femi.oyelowo@hotmail.com]]\tN
PZ4R1K\t[[PERSON:KOWALCZYK/MARTA]] [[TITLE:MRS]]\tFR1093\t[[DATE_TIME:19JUL25]]\tREFUND\t\t[[PHONE_NUMBER:+48 601 338 927]]\t\tY""",
    """TENANT REFERENCE — SUMMARY
Applicant:            [[PERSON:Tobias Achebe]]
Date of birth:        [[DATE_TIME:06/11/1996]]
Current address:      [[ADDRESS:Flat 19, Marlowe Court, 2 Canal Street]], [[LOCATION:Nottingham]] [[ZIP_CODE:NG1 7EH]]
Time at address:      2 years 4 months
Current landlord:     [[PERSON:Mrs Gillian Royce]] ([[PHONE_NUMBER:0115 950 2281]])
Employer:             Boots UK, Pharmacy Technician, since [[DATE_TIME:March 2021]]
Annual income:        £27,400
Guarantor:            [[PERSON:Chinwe Achebe]] (mother), [[EMAIL_ADDRESS:chinwe.achebe@yahoo.co.uk]]
CCJs / adverse credit: none
Result:               ACCEPT WITH GUARANTOR""",
    """name,mobile
[[TITLE:Pastor]] [[PERSON:Emmanuel]],[[PHONE_NUMBER:07956 330 218]]
[[TITLE:Sis.]] [[PERSON:Grace Oduya]],[[PHONE_NUMBER:07412 008 771]]
[[TITLE:Bro.]] [[PERSON:Kelechi]],[[PHONE_NUMBER:07838 211 904]]
Auntie [[PERSON:Bisi]],[[PHONE_NUMBER:07507 462 119]]
[[TITLE:Deacon]] [[PERSON:Samuel Adjei]],[[PHONE_NUMBER:07983 115 640]]""",
    """EmpID,LastName,FirstName,SSN,DOB,HireDate,Dept,PayType,Rate,FedStatus,State,RoutingNo,AcctNo,AcctType
[[ID_NUMBER:40012]],[[PERSON:Castillo]],[[PERSON:Marisela]],[[US_SSN:612-40-8831]],[[DATE_TIME:04/09/1986]],[[DATE_TIME:01/15/2018]],Kitchen,H,18.75,S,[[LOCATION:CA]],122000247,[[ID_NUMBER:00419283377]],CHK
[[ID_NUMBER:40019]],[[PERSON:Duong]],[[PERSON:Kevin]],[[US_SSN:548-92-1170]],[[DATE_TIME:11/23/1999]],[[DATE_TIME:06/02/2023]],Front,H,17.50,S,[[LOCATION:CA]],121000358,[[ID_NUMBER:3381902244]],SAV
[[ID_NUMBER:40023]],[[PERSON:Abernathy]],[[PERSON:Rose]],[[US_SSN:567-31-0942]],[[DATE_TIME:02/28/1971]],[[DATE_TIME:09/09/2009]],Management,S,2692.31,MFJ,[[LOCATION:NV]],321081669,[[ID_NUMBER:7720418836]],CHK
[[ID_NUMBER:40031]],[[PERSON:Tuimavave]],[[PERSON:Sione]],,[[DATE_TIME:07/04/2004]],[[DATE_TIME:05/19/2025]],Kitchen,H,17.00,S,[[LOCATION:CA]],,,""",
    """Staff No,Crew Name,Rank,Base,Pairing,Report (local),Mobile
[[ID_NUMBER:418220]],[[TITLE:Capt.]] [[PERSON:Helena Vos]],CPT,AMS,P2291,[[DATE_TIME:18MAR 05:40]],[[PHONE_NUMBER:+31 6 2210 4478]]
[[ID_NUMBER:433109]],[[PERSON:Karim Benali]],FO,AMS,P2291,[[DATE_TIME:18MAR 05:40]],[[PHONE_NUMBER:+31 6 4418 0932]]
[[ID_NUMBER:451877]],[[PERSON:Saskia Dekker]],SP,AMS,P2291,[[DATE_TIME:18MAR 05:55]],
[[ID_NUMBER:460204]],[[PERSON:Joaquim Ferreira]],CC,AMS,P2291,[[DATE_TIME:18MAR 05:55]],[[PHONE_NUMBER:+351 916 220 418]]""",
    """Listing ID:        LST-77310
Property:          [[ADDRESS:42 Nightingale Road]], [[LOCATION:Guildford]], [[ZIP_CODE:GU1 1ER]]
Type:              3-bed semi-detached, EPC C
Asking price:      £575,000
Vendor:            [[PERSON:Dr Imogen Fairley]] & [[PERSON:Mr Sebastian Fairley]]
Vendor mobile:     [[PHONE_NUMBER:07968 223 014]]
Vendor email:      [[EMAIL_ADDRESS:imogen.fairley@gmail.com]]
Keys:              held in office (hook 14)
Viewings:          accompanied only; vendors work from home Tue/Thu
Negotiator:        [[PERSON:Callum Reid]]""",
]


CHAT = [
    """[09:02] Bot: Welcome to Northfield Bank chat. You're now connected to an agent.
[09:02] [[PERSON:Priya]] (Agent): Hi, I'm [[PERSON:Priya]]. Can I take your full name and date of birth to start with?
[09:03] Customer: [[PERSON:Desmond Achterberg]], [[DATE_TIME:4th of May 1979]]
[09:03] [[PERSON:Priya]] (Agent): Thanks [[PERSON:Desmond]]. And the first line of your address and postcode?
[09:04] Customer: [[ADDRESS:27 Kingfisher Way]], [[ZIP_CODE:NN4 8QT]]
[09:05] [[PERSON:Priya]] (Agent): You're through security. How can I help?
[09:05] Customer: a payment of £749 went out to someone called [[PERSON:L. Mbatha]] yesterday and I never set that up. it went to [[IBAN_CODE:GB57 LOYD 7805 2862 7057 46]]
[09:07] [[PERSON:Priya]] (Agent): I can see it. I've frozen your debit card ending 0093 and raised a fraud claim (FR-2209418). Is [[PHONE_NUMBER:07883 401 256]] still the best number for the fraud team?
[09:07] Customer: yes that's my mobile""",
    """Mum: Has anyone got Aunty [[PERSON:Ronke]]'s new address? I want to post the invitation
[[PERSON:Tolu]]: [[ADDRESS:Flat 6, 19 Brixton Water Lane]], [[ZIP_CODE:SW2 1PB]]
Mum: Thank you darling. And her number changed too?
[[PERSON:Tolu]]: [[PHONE_NUMBER:07459 220 817]]
[[PERSON:Bayo]]: also Uncle [[PERSON:Femi]] is flying in on [[DATE_TIME:the 14th of June]], BA075, somebody needs to pick him up from Heathrow
Mum: [[PERSON:Bayo]] you will go. He's staying at [[PERSON:Kunle]]'s place in [[LOCATION:Peckham]]
[[PERSON:Bayo]]: fine 🙄 send me his mobile
Mum: [[PHONE_NUMBER:+234 802 331 7490]], he has roaming""",
    """#payroll-ops
[[PERSON:Hannah Okafor]] 10:12
@[[USERNAME:dev.patel]] the BACS file rejected one line, [[PERSON:Joseph Mwale]] emp [[ID_NUMBER:00418]]. his account number has 7 digits in the system
[[PERSON:Dev Patel]] 10:14
he sent new details last week, should be [[ID_NUMBER:31884207]] sort 40-47-84. i'll fix it in the master
[[PERSON:Hannah Okafor]] 10:15
thanks. also [[PERSON:Joseph]]'s NI number is showing as TN, can you chase? he said it's [[ID_NUMBER:JR 40 77 15 C]]
[[PERSON:Dev Patel]] 10:21
done, both updated. re-run the file before 2pm cut-off 👍
[[PERSON:Hannah Okafor]] 10:22
ty. cc @[[USERNAME:lucy.barnes]] for the approval""",
    """SkyLink Airways live chat
Agent [[PERSON:Marco]]: Good afternoon! How can I help with your booking today?
You: hi, booking ref R8KT2W. I need to move my flight to [[LOCATION:Barcelona]] from [[DATE_TIME:the 9th]] to [[DATE_TIME:Sunday 11 May]] and add my partner
Agent [[PERSON:Marco]]: Of course. Could you confirm the lead passenger's name as on the passport?
You: [[PERSON:Aoife Brennan-Walsh]]
Agent [[PERSON:Marco]]: Thank you [[PERSON:Aoife]]. And your partner's full name and date of birth?
You: [[PERSON:Stephen Walsh]], [[DATE_TIME:02/12/1988]]. his passport is [[ID_NUMBER:PX7720418]]
Agent [[PERSON:Marco]]: Added. The fare difference is €84; I'll send a payment link to [[EMAIL_ADDRESS:aoife.bw@gmail.com]].""",
    """[[PERSON:Jess]] (Hallam Lettings): Hi [[PERSON:Marek]], just confirming the inventory check at [[ADDRESS:33 Abbeydale Road]] on [[DATE_TIME:Thursday 3rd July at 11am]]. Will you be in?
[[PERSON:Marek]]: Hi [[PERSON:Jess]], I'm at work but my flatmate [[PERSON:Dominika]] will be there
[[PERSON:Jess]] (Hallam Lettings): Perfect. Can you send me her number in case the gate's locked?
[[PERSON:Marek]]: [[PHONE_NUMBER:07380 916 224]]
[[PERSON:Jess]] (Hallam Lettings): Thanks. Also the landlord, [[PERSON:Mr Ashworth]], wants to replace the boiler later this month, I'll confirm times.
[[PERSON:Marek]]: ok no problem""",
    """[[PERSON:Merche]]: Buenas, vecinos. El lunes viene el técnico del ascensor a las 9
[[PERSON:Antonio]] (presidente): Gracias [[PERSON:Merche]]. Recordad que la derrama se paga a la cuenta de la comunidad
[[PERSON:Lucía]]: Alguien sabe de quién es el coche [[ID_NUMBER:4821 LMP]] aparcado en el vado?
[[PERSON:Paco]]: Es de mi cuñado [[PERSON:Rubén]], lo quita ahora
[[PERSON:Merche]]: Por cierto, la farmacia de abajo pregunta por [[TITLE:doña]] [[PERSON:Encarna]], tiene un encargo. Su hijo [[PERSON:Jorge]] dejó este móvil: [[PHONE_NUMBER:655 204 831]]
[[PERSON:Antonio]] (presidente): Yo se lo digo 👍""",
    """IT Helpdesk — Teams
[[PERSON:Olusegun Bakare]]: my laptop won't connect to the Wi-Fi since the update
[[PERSON:Tamsin Hughes]] (IT): Hi [[PERSON:Olusegun]], can you run ipconfig and paste the IPv4 line?
[[PERSON:Olusegun Bakare]]: IPv4 Address. . . : [[IP_ADDRESS:169.254.33.17]]
[[PERSON:Tamsin Hughes]] (IT): That's a self-assigned address. What's the asset tag on the bottom?
[[PERSON:Olusegun Bakare]]: AT-004502
[[PERSON:Tamsin Hughes]] (IT): Thanks. I've pushed the cert again; reboot and you should get a 10.20.x address. If not, call me on my mobile, [[PHONE_NUMBER:07852 330 471]], I'm WFH today.""",
    """Boots Pharmacy: Hi [[PERSON:Grace]], your prescription is ready to collect at our [[LOCATION:Kettering]] store. Reply STOP to opt out.
Me: Hi, can my husband collect it? His name is [[PERSON:Winston Clarke]]
Boots Pharmacy: Yes, he'll need to confirm your date of birth and address at the counter.
Me: ok that's [[DATE_TIME:19/02/1956]], [[ADDRESS:8 Rockingham Road]]. Will it be there till Saturday?
Boots Pharmacy: Prescriptions are held for 14 days. If you need home delivery call 0345 070 8090.
Me: Thank you love"""
]


LOOKALIKE = [
    """Order confirmation — Order No. 204-7718230-4419021
Thanks for shopping with Harrow & Finch. Your order has been packed at our Daventry fulfilment centre and handed to Royal Mail.
  SKU HF-20931-BLK-M   Merino crew, black, M      x1   £64.00
  SKU HF-11872-NAT-OS  Waxed canvas tote          x2   £78.00
Invoice INV-2025-004417 (VAT Reg. GB 284 7719 30). Tracking number: JV441820937GB.
Delivering to: [[PERSON:Ms. Hollie Dewhurst]] — Tracked 48, estimated Thursday.
Questions? Email customer.care@harrowandfinch.co.uk or call 0333 014 2207 (Mon–Fri, 9am–5pm). Returns within 30 days using code RTN-7H2K.""",
    """Release 4.18.2.1 (build 20250611.3)
- Upgraded OpenSSL to 3.0.13 (fixes CVE-2024-0727) and zlib to 1.3.1.
- Controller firmware 2.14.0.3 is now superseded by 2.14.1.0; devices on 2.13.x must step through 2.14.0.3 first.
- New SNMP counters under OID 1.3.6.1.4.1.2021.10.1.3.1.
- Route planner switched from Dijkstra's algorithm to A* with a Manhattan heuristic; fuzzy search now uses Levenshtein distance and a Bloom filter cache.
- Fixed a crash when importing device serials in the range SN-4471-0093 to SN-4471-0412.
Artifact: agent-4.18.2.1-linux-amd64.tar.gz, sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08, request id 3f2c9a1e-7b4d-4e0a-9c21-5d8e6f7a1b23.
Report problems to support@fleetgrid.io or +1 800 555 0199 (24/7).""",
    """Westbury Books — Invoice WB-118204 (pro forma)
Account: [[PERSON:Adaeze Nwankwo]], customer no. [[ID_NUMBER:C-004418]]
  ISBN 978-1-3233-3874-2   A Field Guide to British Lichens     1 x £24.99
  ISBN 978-0-4500-0753-8   Statistics Without Tears              1 x £12.99
  ISBN 978-1-9275-8835-2   The Euler Path: Puzzles in Graphs     2 x £9.50
Shipped via DPD, parcel 15501234567890, consignment ref WB/118204/2.
Click & collect is also available at our shop on Shakespeare Street, Nottingham (tel. 0115 948 3321, orders@westburybooks.co.uk). Prices include VAT at 0% (books).""",
    """Parkinson's Disease Nurse Clinic — information for patients
The clinic runs every Tuesday in Outpatients B at the Queen Elizabeth Hospital, Mindelsohn Way, Birmingham. Parking is in Car Park D off Vincent Drive.
We also see patients with Alzheimer's disease, Huntington's disease and Guillain–Barré syndrome on referral; please bring your referral form (RF-2291) and your clinic code (PDN-04).
Your named nurse is [[PERSON:Bernadette Kavanagh]]. For changes to appointments call the hospital switchboard on 0121 627 2000 and ask for extension 55120, or email pd.nurses@uhb.nhs.uk.
This leaflet (ref. PIL-0418, version 3.2, reviewed 2024) is also available in large print.""",
    """INC0048812 — Intermittent packet loss, Leeds office
Core switch core-sw-02 (serial FTX2209A4KQ, IOS-XE 17.9.4a) logged CRC errors on Gi1/0/24 between 08:10 and 08:55. Change CHG0012093 upgraded the access layer from 16.12.10 to 17.9.4a last night; rollback plan RB-2209 is attached.
Affected VLAN 410 (voice). Upstream provider circuit ID LDS/ETH/0047712, provider NOC 0800 389 0611.
Reported by [[PERSON:Yusuf Demir]], who also sees drops on VPN from home ([[IP_ADDRESS:81.214.77.19]]).
Next update at 13:00 from the network team (network-ops@ladbrook.co.uk).""",
    """Factuur 2025-004417
Bestelnummer: BST-88120-NL   Datum: 14-05-2025   KvK: 61829304   Btw-nr.: NL861829304B01
Klant: [[PERSON:Sanne de Wit]], klantnummer [[ID_NUMBER:1004829]]
Afleveradres: [[ADDRESS:Johan de Wittlaan 12]], [[ZIP_CODE:2517 JR]] [[LOCATION:Den Haag]]
  Art.nr. 8712345 — Philips stoomstrijkijzer — 1 x € 79,95
  Art.nr. 8719002 — Van Gogh puzzel 1000 st. — 1 x € 17,50
Verzonden met PostNL, Track & Trace 3SKAAA0041827. Ophalen kan ook bij het servicepunt in de Van Goghstraat.
Vragen? klantenservice@huisenhaard.nl of 020 201 3500 (ma–vr).""",
    """Statement — Current Account (page 2 of 3)
Account holder: [[PERSON:Mr Samuel Osei-Bonsu]]   Sort code 20-17-68   Account no. [[ID_NUMBER:43918820]]
02 MAY  CARD 4417  TESCO STORES 3291            £42.18
03 MAY  DD  BRITISH GAS  ref 850021944712        £96.00
05 MAY  CARD 4417  PAYPAL *STEAMGAMES 4029357733  £12.99
07 MAY  FPS  BRIGHTWELL PROPERTIES ref RENT-MAY  £1,150.00
09 MAY  CARD 4417  TFL TRAVEL CH                 £7.80
Interest rate 4.25% AER variable. Lost or stolen cards: call 0345 734 5345 or visit any branch, e.g. Wellington Street, Leeds. Reference for this statement: STM-2025-05-0093."""
]


STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind53", STYLES, OUT)


if __name__ == "__main__":
    main()

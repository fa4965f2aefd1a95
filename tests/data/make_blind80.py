"""Build tests/data/blind80.jsonl: a *blind*, hand-written labeled PII set (240 records).

    .venv/bin/python tests/data/make_blind80.py

Blind: written without any knowledge of the detector. Read, and nothing else:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end (the scaffolding copied below), the whole of gold_sets.py, and
lines 1-64 of make_handwritten.py (conventions, the MARK and TITLE_IN_NAME
regexes, `parse()`). Not read: minimize/, recognizers/, bench/, the README,
any test other than those lines, any *.jsonl (the output of this script
included), any other make_*.py, git history, log or status. The detector,
the bench and the tests were never run on this set. Do not tune the
detector against it: once used to tune, it no longer measures anything;
write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with their country's length (`gold_sets.check` refuses a bad
one); the national check digits inside the Spanish, French, Italian,
Portuguese and Belgian IBANs are right too. National ids with a public
check digit were given a valid one, worked out with hand-run throwaway code
while writing (nothing here is generated): NHS and CHI numbers, SIN,
Aadhaar, TFN, BSN, CPF, DNI and NIE, Spanish social-security numbers,
South African ids (agreeing with the sex and birth date shown), PPSN,
NRIC / FIN, codice fiscale, German tax id, NZ IRD and NHI numbers,
Australian Medicare numbers, a Norwegian birth number and a Swedish
personal number; the look-alike ISBN-13 and EAN-13 codes carry valid check
digits as well. UK NI numbers, US SSNs, PAN, BVN / NIN, Kenyan ids and KRA
PINs, CNIC, Ghana card, EORI, passports, licences, plates, bank account
numbers and staff, member, patient, student and loyalty numbers were not
checked.

Styles (ids `blind80-<style>-NNN`; 240 records):
- `gen` (80): one to four LLM-style "realistic sentences with personal
  data", with extra weight on logistics, shipping, customs declarations and
  couriers (about a third of them), the rest spread over banking,
  insurance, health, pharmacy, legal notices, schools, HR and payroll,
  lettings and property, telecoms, government, travel, gaming, social
  media, tech support, gyms, vets, charities, sport clubs and weddings;
  names at the start, middle and end, lowercase and possessive; ages,
  dates, addresses, phones and ids in many shapes.
- `bench` (85): in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd dense sentences with job titles, streets with building numbers and
  secondary addresses, IPs, MACs, user agents, card / CVV / expiry,
  IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts, leases,
  discharge summaries, loan forms, notices, letters, bills of lading,
  customs forms) and Nemotron-PII (JSON, log lines, SQL, XML, YAML, .env,
  Python / JS / Go snippets, tickets, forms, email headers).
- `table` (60): one small table per record as CSV, TSV, semicolon CSV,
  pipes / Markdown, fixed-width, JSON lines, YAML or key: value blocks, with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): courier and bank support chats, a family messaging thread, a
  team chat, a gaming channel, landlord texts and a ward team chat.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and MRN references, SKUs, ISBNs, EAN, IP-shaped
  versions and OIDs, hashes, UUIDs, serials, MACs, company phones, role
  mailboxes, eponyms, streets named after people without a number) with
  the few real values labeled; the release notes have no PII at all.
About nine records in ten are in English (UK, US, Canada, Australia, New
Zealand, Ireland, India, Pakistan, Singapore, the Philippines, South Africa,
Nigeria, Ghana, Kenya, Zimbabwe and others, with names from the many
cultures living there); the rest (29) are in Spanish (Spain, 18) and Catalan (11).

Labeling conventions: those of make_blind22.py (and the sets before it);
in short:
- PERSON: any part of a name, lowercase or not, initials; a possessive
  "'s" is outside. TITLE: honorifics and ranks attached to a name, apart
  from it; job titles are not TITLE, family words stay outside.
- ADDRESS: number + street (+ unit / flat / floor), PO boxes, house and
  building names; a secondary address on its own is ADDRESS. City,
  district, county, state / province and country are LOCATION; postcodes
  of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, move, start of a
  job, hearing, signature, letter ...) with a day or month, in any shape; a
  weekday or clock time said with such a date is inside the span, a time
  or weekday alone is not; not bare years, durations, or dates not tied to
  a person. AGE: the number only. USERNAME: handle without "@". URL:
  personal pages and profiles only. NRP: nationality, religion, political
  group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as named.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BIC, routing and IFSC codes, CVVs and expiries,
  order / ticket / claim / policy / booking / tracking / case references,
  company phones and role mailboxes, versions, hashes, serials, partial
  numbers, pets, eponyms and brands named after people, header rows.

Calls made while writing this set (judgement calls; no network or package
registry was used):
- The delivery, collection or pickup date of a named person's parcel is
  DATE_TIME like an appointment; dispatch dates, statement periods and the
  expiry of a locker code or a document are not.
- In logs and access tables the timestamp of a line recording a person's
  own action (login, request, profile update, card block) is DATE_TIME,
  like a last login; system events (health checks, mail relay stamps, a
  service account's login) are not. An account's creation time is
  DATE_TIME.
- A private importer's EORI is ID_NUMBER; company EORIs and NIFs, MRNs, HS
  codes, air waybills, bills of lading, container numbers and declaration
  numbers are not labeled.
- Every real IP address is IP_ADDRESS, private, loopback and server
  addresses in configs included; IP-shaped versions, firmware and OIDs are
  not.
- Driver, staff and employee ids, frequent-flyer, gym, loyalty and library
  card numbers, a doctor's registration number and customer numbers are
  ID_NUMBER; IMEI, ICCID, card tokens and database row ids are not.
- Titles outside the TITLE_IN_NAME list (D., Dña., Cst., HO, Sister,
  Barrister, airline-style MR / MRS / MSTR) are marked TITLE apart;
  "Auntie" stays outside. In "TAN/WEI MING" surname and given names are two
  PERSON spans.
- A named speaker label in a chat ("Rebecca (ParcelNow)", "Agente (Sergio)")
  is PERSON every time; bots and automoderators are not labeled; chat
  handles are USERNAME. A name inside a payment reference or a code TODO
  is PERSON.
- Country, state, province, county, suburb and comuna columns are
  LOCATION, and so are ports and a depot named after a suburb; a place name
  inside a company, university or vessel name is not. A Spanish
  nationality adjective ("nigeriana") is NRP.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind80.jsonl")

GEN = [
    """[[PERSON:Tomasz Wierzbicki]] rang the depot at 7:40 to say nobody would be home at [[ADDRESS:14 Larchfield Close]], [[LOCATION:Redditch]] [[ZIP_CODE:B98 7QT]] on [[DATE_TIME:Friday 9 May]], so the driver left the box with his neighbour. Tracking ref YD4471902GB now reads "delivered to neighbour".""",
    """Customs are holding the parcel [[PERSON:Adaeze Nwachukwu]] sent from [[LOCATION:Lagos]] to her brother in [[LOCATION:Leicester]] because the CN23 just said "gifts" with no value. She has to email a commercial invoice to the clearance team, quoting her phone number [[PHONE_NUMBER:+234 803 441 7290]] and waybill 7730 1842 5561.""",
    """El transportista intentó entregar el paquete de [[PERSON:Rocío Benavente Lozano]] el [[DATE_TIME:martes 11 de marzo]] en [[ADDRESS:Calle de Toledo 88, 4º izda.]], [[ZIP_CODE:28005]] [[LOCATION:Madrid]], pero no había nadie. Puede recogerlo en el punto de conveniencia de su barrio en un plazo de siete días presentando su DNI, [[ID_NUMBER:52339187L]].""",
    """Please update the delivery address for customer [[PERSON:Harpreet Kaur Sandhu]] (account [[ID_NUMBER:CU-00918274]]) to [[ADDRESS:Unit 5, 221 Dundas Street East]], [[LOCATION:Mississauga]], [[LOCATION:ON]] [[ZIP_CODE:L5A 1W7]]. Her mobile is [[PHONE_NUMBER:647-555-0193]] and she prefers texts to calls.""",
    """When [[PERSON:Mehmet Yıldırım]] signed the import declaration on [[DATE_TIME:3 February 2025]], he gave his address as [[ADDRESS:Flat 2, 67 Green Lanes]], [[LOCATION:London]] [[ZIP_CODE:N16 9BU]] and his EORI as [[ID_NUMBER:GB583219664000]], which is why the broker's invoice went there and not to the shop.""",
    """i noticed a payment of £412.60 i didn't make on my card [[CREDIT_CARD:4556 7329 1100 8454]], it's [[PERSON:callum o'hare]] and my date of birth is [[DATE_TIME:02/11/1989]], can you freeze it please""",
    """Patient [[PERSON:Lakshmi Venkataraman]], [[AGE:67]], was admitted to ward 4B on [[DATE_TIME:14-08-2024]] after a fall at her home in [[LOCATION:Mylapore]], [[LOCATION:Chennai]]. Her son [[PERSON:Arun]] can be reached on [[PHONE_NUMBER:+91 98401 22736]]; her Aadhaar number is [[ID_NUMBER:5291 8340 2673]].""",
    """Our driver [[PERSON:Sipho Dlamini]] will collect the two pallets from [[ADDRESS:12 Electron Avenue]], [[LOCATION:Isando]], [[LOCATION:Kempton Park]] at 10:00. If the gate is locked, phone the warehouse manager, [[PERSON:Thandeka]], on [[PHONE_NUMBER:082 417 3390]].""",
    """The prescription for [[PERSON:Dolores Ybarra]] (DOB [[DATE_TIME:7/23/1951]]) is ready at the drive-through window. We left a voicemail at [[PHONE_NUMBER:(520) 318-4471]] but she hasn't called back yet.""",
    """Bon dia, sóc en [[PERSON:Jordi Puigdomènech]]. El missatger va deixar el meu paquet a la consergeria de [[ADDRESS:Carrer de Sardenya 251, 5è 1a]], [[ZIP_CODE:08013]] [[LOCATION:Barcelona]], però a l'albarà hi surt el nom de la [[PERSON:Montse Vilaró]]. Em podeu trucar al [[PHONE_NUMBER:654 82 19 03]]?""",
    """Welcome aboard, [[PERSON:Kwabena]]! Payroll has your start date as [[DATE_TIME:Monday 2 June 2025]] and your National Insurance number as [[ID_NUMBER:QH 48 27 91 C]]. If either is wrong, let [[PERSON:Ruth Abernethy]] in HR know by the end of the week.""",
    """The container booked by [[PERSON:Nguyen Thi Thu Ha]] for her furniture from [[LOCATION:Ho Chi Minh City]] reaches [[LOCATION:Port Botany]] next week. The customs broker still needs her passport number, [[ID_NUMBER:C4418207]], and her address in [[LOCATION:Australia]], which is [[ADDRESS:3/18 Railway Parade]], [[LOCATION:Lakemba]] [[LOCATION:NSW]] [[ZIP_CODE:2195]].""",
    """Claimant [[PERSON:Rhys Pritchard]] says his van, registration [[ID_NUMBER:CY19 KXR]], was rear-ended on the A48 near [[LOCATION:Carmarthen]] on [[DATE_TIME:28 October 2024 at about 17:15]]. He can be contacted on [[PHONE_NUMBER:07700 918442]] after 6pm.""",
    """[[PERSON:mei ling tan]]'s application to the part-time MBA has been received. Her matriculation number will be [[ID_NUMBER:A0284417X]] and the admissions interview is on [[DATE_TIME:19 Sept, 2:30pm]].""",
    """Good afternoon po, I'm [[PERSON:Ma. Cristina Dela Peña]] and my balikbayan box to [[LOCATION:Cebu City]] was supposed to arrive on [[DATE_TIME:April 5]] but the tracking still says in transit. The receiver is my mother, [[PERSON:Remedios Dela Peña]], [[ADDRESS:Blk 7 Lot 22, Mabolo Heights]], contact no. [[PHONE_NUMBER:0917 882 4016]].""",
    """The lease on [[ADDRESS:Apartment 1204, 88 Queens Road]], [[LOCATION:Parramatta]] starts on [[DATE_TIME:1 March 2025]]. The tenants are [[PERSON:Faisal Haddad]] and [[PERSON:Leila Haddad]], and the bond was lodged under [[PERSON:Faisal]]'s email, [[EMAIL_ADDRESS:faisal.haddad84@outlook.com]].""",
    """Port-in request: number [[PHONE_NUMBER:0412 605 338]] is moving to us from the old carrier. Account holder [[PERSON:Brodie McAllister]], date of birth [[DATE_TIME:1993-06-30]], customer no. [[ID_NUMBER:77410293]].""",
    """CBP flagged the package addressed to [[PERSON:Olumide Adebayo]] at [[ADDRESS:4410 Greenmount Ave, Apt 3R]], [[LOCATION:Baltimore]], [[LOCATION:MD]] [[ZIP_CODE:21218]] because the declared value ($38) didn't match the seller's invoice. He can call the customs broker back at [[PHONE_NUMBER:443-902-1175]].""",
    """gg to [[USERNAME:xX_Kairo_Xx]] — if anyone knows him irl his name's [[PERSON:Kairo Mensah]] and he still owes me for that skin trade lol""",
    """To renew the passport of [[PERSON:Aoife Ní Bhriain]] (PPS number [[ID_NUMBER:8472916K]]), please bring the old passport, [[ID_NUMBER:PA7739214]], to the [[LOCATION:Cork]] office on [[DATE_TIME:Thursday 16 January at 11:20]].""",
    """Hello [[PERSON:Wanjiru]], your parcel from [[LOCATION:Mombasa]] is now at our [[LOCATION:Westlands]] branch. Bring your ID [[ID_NUMBER:28845107]] when you collect, or send someone with a copy of it and the M-Pesa number you paid with, [[PHONE_NUMBER:0722 318 904]].""",
    """Bella the golden retriever is due her booster on [[DATE_TIME:22/07]]. The owner, [[PERSON:Gareth Llewellyn]], asked for the reminder to be texted to [[PHONE_NUMBER:07841 302776]].""",
    """La declaración de aduana del envío de [[PERSON:Youssef El Amrani]] desde [[LOCATION:Tánger]] indica como destinataria a [[PERSON:Fátima Zahra Bennani]], con NIE [[ID_NUMBER:Y2390574Z]] y domicilio en [[ADDRESS:Avenida de Andalucía 17, 2º C]], [[ZIP_CODE:29006]] [[LOCATION:Málaga]].""",
    """Membership frozen for [[PERSON:Jae-won Park]] from [[DATE_TIME:10 Aug]] to [[DATE_TIME:10 Sep]] (knee surgery). The card on file ends 4417 and will not be charged during the freeze.""",
    """Route 14 tomorrow: [[PERSON:Marek Nowak]] drives the 7.5-tonner with [[PERSON:Ibrahim Sesay]] as second man. First drop is [[PERSON:Mrs. Pauline Greaves]] at [[ADDRESS:The Old Forge, Church Lane]], [[LOCATION:Much Hadham]] [[ZIP_CODE:SG10 6DH]], who wants a call on [[PHONE_NUMBER:01279 843226]] twenty minutes before.""",
    """Notice is hereby given that [[PERSON:Chukwuemeka Obi]], formerly of [[ADDRESS:22 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]], has changed his name to [[PERSON:Emeka Obi-Harrison]] by deed poll dated [[DATE_TIME:9 January 2025]].""",
    """The laptop assigned to [[PERSON:Sunita Rao]] ([[EMAIL_ADDRESS:sunita.rao@northfieldlabs.co.uk]]) keeps dropping off the VPN; it was last seen from [[IP_ADDRESS:81.149.22.207]] on [[DATE_TIME:12/03/2025 08:51]].""",
    """hey it's [[PERSON:dimitri]] from the courier, i'm outside [[ADDRESS:40 Harbour Street]] but the buzzer for [[ADDRESS:flat 9]] doesn't work. can you come down or text me on [[PHONE_NUMBER:07958 221604]]""",
    """Booking QX7T2P: [[PERSON:Mr. Anand Krishnamurthy]] and [[PERSON:Mrs. Deepa Krishnamurthy]], flying [[LOCATION:Bengaluru]] to [[LOCATION:Singapore]] on [[DATE_TIME:24 Dec 2024 23:55]], passports [[ID_NUMBER:T4418273]] and [[ID_NUMBER:T4418290]], one extra bag each.""",
    """Follow my baking on insta [[USERNAME:crumbs.by.chioma]] or on my site [[URL:https://chiomabakes.com.ng]] — [[PERSON:Chioma Eze]], [[LOCATION:Abuja]] 🎂""",
    """La [[PERSON:Núria Ferrer i Soler]], de [[AGE:54]] anys, té visita al seu CAP el [[DATE_TIME:dijous 6 de febrer a les 9.15]]. El codi de la seva targeta sanitària és [[ID_NUMBER:FESO 1701030003]].""",
    """Hola, soy [[PERSON:Álvaro Domínguez Prieto]]. Quiero que a partir del mes que viene la nómina se ingrese en la cuenta [[IBAN_CODE:ES82 1465 0100 9796 1900 4327]]; mi DNI es el [[ID_NUMBER:71650423H]].""",
    """The replacement kettle went to the wrong house again. It should go to [[ADDRESS:27 Mafeking Road]], [[LOCATION:Southsea]] [[ZIP_CODE:PO4 9BJ]], not 72. Please pass this on to the driver. Thanks, [[PERSON:Bernadette Quigley]]""",
    """The ABF letter says the goods imported by [[PERSON:Hemi Walker]] (client no. [[ID_NUMBER:C-2281447]]) were seized on [[DATE_TIME:2 October]] because the vape cartridges weren't declared. He has 30 days to lodge a claim, and all mail goes to [[ADDRESS:PO Box 1182]], [[LOCATION:Cairns]] [[LOCATION:QLD]] [[ZIP_CODE:4870]].""",
    """[[PERSON:Jaylen Brooks]]' transcript request went to the registrar. His student ID is [[ID_NUMBER:900417752]] and the transcript should be mailed to [[ADDRESS:1520 W Alabama St, Unit 12]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77006]].""",
    """Repeat prescription for [[PERSON:Mr Desmond Achterberg]], NHS number [[ID_NUMBER:721 436 0896]], to be collected by his carer on [[DATE_TIME:Wednesday 5th March]].""",
    """The courier tried to deliver to [[PERSON:Siti Nurhaliza binte Rahmat]] at [[ADDRESS:Blk 412 Bedok North Ave 2, #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]], but she was at work. Her husband [[PERSON:Faizal]] can receive it after 7pm; his number is [[PHONE_NUMBER:9127 4480]].""",
    """Save the date! [[PERSON:Ifeoma]] & [[PERSON:Tunde]] are getting married on [[DATE_TIME:Saturday, 14 June 2025]] in [[LOCATION:Lekki]]. Please RSVP to [[PERSON:Ngozi]] on [[PHONE_NUMBER:0805 662 1934]].""",
    """Sir, the courier shipment of [[PERSON:Rohit Malhotra]] is held at [[LOCATION:Delhi]] air cargo for KYC. Kindly upload his PAN [[ID_NUMBER:AKXPM4821L]] and Aadhaar [[ID_NUMBER:7316 0428 8592]] on the portal and confirm the address as [[ADDRESS:B-27, Ground Floor, Lajpat Nagar II]], [[LOCATION:New Delhi]] [[ZIP_CODE:110024]].""",
    """[[PERSON:Lucía Herrero]] se incorpora al almacén de [[LOCATION:Zaragoza]] el [[DATE_TIME:lunes 3 de marzo]]. Su número de afiliación a la Seguridad Social es [[ID_NUMBER:28 22981406 09]] y la nómina irá a la cuenta [[IBAN_CODE:ES5901280072160500123974]].""",
    """met this guy [[PERSON:ravi]] on hinge, says he's [[AGE:31]] and lives near [[LOCATION:Clapham Junction]]. his number's [[PHONE_NUMBER:07723 140958]] just in case anything happens lol""",
    """Return label for order 40-22918: collection from [[PERSON:Ms. Hanna Lindqvist]], [[ADDRESS:Apt 6, 302 Bloor St W]], [[LOCATION:Toronto]] [[ZIP_CODE:M5S 1W5]] on [[DATE_TIME:Tue Feb 18, 9:00-12:00]]. Print the label and tape it over the old one.""",
    """[[PERSON:Mrs Olga Petrenko]], a [[NRP:Ukrainian]] national aged [[AGE:72]], was taken to hospital in [[LOCATION:Alicante]] on [[DATE_TIME:4 April]]. Her policy number is TRV-5582019, and her daughter [[PERSON:Kateryna]] is handling the claim from [[LOCATION:Dublin]].""",
    """Dear [[PERSON:Mr. Hoffmann]], for the customs clearance of your household goods moving from [[LOCATION:Zürich]] to [[LOCATION:Hamburg]] we still need a copy of your registration at [[ADDRESS:Eppendorfer Weg 211]], [[ZIP_CODE:20253]] [[LOCATION:Hamburg]] and your tax ID, [[ID_NUMBER:47 036 892 816]].""",
    """[[PERSON:Ms. Tanisha Whitfield]] ([[AGE:38]]) was seen in the ER on [[DATE_TIME:11/02/2024 at 03:40]] for chest pain. MRN [[ID_NUMBER:00847312]], insurance member ID [[ID_NUMBER:XJH884120337]], emergency contact [[PERSON:Marcus Whitfield]] at [[PHONE_NUMBER:(404) 771-2093]].""",
    """Recollida de mobles per a la mudança de l'[[PERSON:Arnau Soler]]: dissabte a les 8 a [[ADDRESS:Carrer Major 12, 2n]], [[ZIP_CODE:17250]] [[LOCATION:Platja d'Aro]], i lliurament a [[LOCATION:Lleida]] el mateix dia. Mòbil de contacte: [[PHONE_NUMBER:+34 689 40 17 22]].""",
    """On [[DATE_TIME:21 January]] [[PERSON:Graham Pettigrew]] transferred £2,450 from his current account [[ID_NUMBER:40918327]] to an account in the name of "[[PERSON:J. Morrow]]" after a call from someone who claimed to be from the bank's fraud team.""",
    """Experienced multi-drop courier, [[AGE:45]], clean licence, own Transit, available weekends. Call [[PERSON:Vusi]] on [[PHONE_NUMBER:071 552 8093]] or email [[EMAIL_ADDRESS:vusi.khumalo71@gmail.com]].""",
    """[[PERSON:Hone Tipene]]'s IRD number, [[ID_NUMBER:094-218-330]], was keyed in wrong on his last payslip, so the tax code defaulted to ND. Please fix it before the next pay run.""",
    """CBSA charged $61.27 in duties on the parcel for [[PERSON:Marie-Ève Tremblay]], [[ADDRESS:1840 rue Saint-Denis, app. 4]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2X 3K7]]. She is disputing it because the sweater was made in [[LOCATION:Canada]] and was only coming back from repair.""",
    """Thank you, [[PERSON:Mrs. Evelyn Achebe-Ross]], for your monthly gift. Your Gift Aid declaration of [[DATE_TIME:8 May 2023]] covers all donations made from [[ADDRESS:5 Hawthorn Rise]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 8NP]].""",
    """Hey [[PERSON:Lachie]], the satchel for [[PERSON:Priyanka Iyer]] is stuck at the [[LOCATION:Alexandria]] depot. Her mobile is [[PHONE_NUMBER:0433 918 204]] and the pickup was booked for [[DATE_TIME:Wed 12 Mar]] — can you chase it?""",
    """The closing for [[ADDRESS:7741 Ridgecrest Dr]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]] is set for [[DATE_TIME:March 28th at 2 PM]]. The buyers, [[PERSON:Tyler]] and [[PERSON:Brianna Sorensen]], need to bring photo ID and the wire confirmation.""",
    """Inscripción confirmada: [[PERSON:Hugo Carrasco Vidal]], [[AGE:9]] años, grupo de natación de los martes. Tutora legal: [[PERSON:Inmaculada Vidal]], tel. [[PHONE_NUMBER:622 148 307]], correo [[EMAIL_ADDRESS:inmavidal.c@gmail.com]].""",
    """User [[USERNAME:k.osei]] reported the lockout at 09:12. AD shows five failed logins from [[IP_ADDRESS:10.14.62.118]] and one from [[IP_ADDRESS:2a02:c7f:8e31:5d00:4c1a:99ff:fe20:7b1e]]; password reset done for [[PERSON:Kofi Osei]], ext. 4471.""",
    """[[PERSON:Mariam Yusuf Abdi]], a [[NRP:Somali]] national born on [[DATE_TIME:1 January 1990]], has applied for a travel document. She lives at [[ADDRESS:Flat 31, Lansbury House, Chrisp Street]], [[LOCATION:Poplar]], [[LOCATION:London]] [[ZIP_CODE:E14 6BX]].""",
    """Hi [[PERSON:Mr Okafor]], your 20ft container left [[LOCATION:Felixstowe]] as planned. Our agent in [[LOCATION:Lagos]], [[PERSON:Mrs Bisi Adeyemi]], will call you on [[PHONE_NUMBER:+234 802 318 7745]] to book the customs examination, which you or someone you authorise must attend.""",
    """[[PERSON:Esperanza Gutierrez]] renewed her driver license [[US_DRIVER_LICENSE:G621-440-89-173-0]] online, and the new card will be mailed to [[ADDRESS:902 Calle Serena]], [[LOCATION:Kissimmee]], [[LOCATION:FL]] [[ZIP_CODE:34741]].""",
    """The text said: "Dear [[PERSON:OLUWASEUN AKINDELE]], import duty of GBP 23.40 is due on your parcel 1Z9W482E6844173017. Pay via the link before delivery." She was sure it was genuine because it had her full name on it.""",
    """Benvolguts pares de l'[[PERSON:Ona Roca Puig]]: la sortida a [[LOCATION:Montserrat]] serà el [[DATE_TIME:divendres 23 de maig]]. Si us plau, retorneu l'autorització signada per la [[PERSON:Laia Puig]] o pel [[PERSON:Marc Roca]] abans de dimarts.""",
    """Incident report: at [[DATE_TIME:14:05 on 7 November]], forklift operator [[PERSON:Piotr Zieliński]] (staff no. [[ID_NUMBER:W-20417]]) clipped the racking in aisle 12 at the [[LOCATION:Daventry]] DC. First aider [[PERSON:Janice Hurlock]] attended and no one was hurt.""",
    """Loan application LN-88213: applicant [[PERSON:Farhan Chowdhury]], [[AGE:29]], net monthly income £2,900, living at [[ADDRESS:118 Cheetham Hill Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M8 8PY]] since [[DATE_TIME:June 2021]].""",
    """Aduanas ha retenido el paquete que [[PERSON:Chen Wei]] envió desde [[LOCATION:Shenzhen]] a su hermana [[PERSON:Chen Xiaoyan]], que vive en [[ADDRESS:Carrer de la Riereta 9, 1r]], [[LOCATION:Barcelona]]. Para despacharlo piden el NIE de ella, [[ID_NUMBER:X9023417B]], y la factura de compra.""",
    """shoutout to my duo [[PERSON:aisha]] ([[USERNAME:aishaplaysfps]] on twitch) who carried me to diamond this season 💜""",
    """Meter reading for [[PERSON:Mr. Kowalczyk]] at [[ADDRESS:9 Thornbury Crescent]], [[LOCATION:Swindon]]: 48213 kWh, taken on [[DATE_TIME:02/04/25]]. Account [[ID_NUMBER:850 221 7734]].""",
    """Dispatch rider [[PERSON:Musa Garba]] picked up the documents from [[TITLE:Barrister]] [[PERSON:Funmilayo Ogunleye]]'s chambers at [[ADDRESS:15 Awolowo Road]], [[LOCATION:Ikoyi]] for delivery in [[LOCATION:Abuja]] by Friday noon.""",
    """Meeting notes, [[DATE_TIME:4 March 2025]]: [[PERSON:Sandeep Gill]] (shift lead, [[LOCATION:Coventry]] hub) went through the missed scans with driver [[PERSON:Leon Francis]]. [[PERSON:Leon]]'s union rep, [[PERSON:Marcia Bell]], was present.""",
    """Rental agreement RA-449021: driver [[PERSON:Giulia Bernardi]], [[NRP:Italian]], licence [[ID_NUMBER:BO5428173X]], pick-up [[LOCATION:Edinburgh]] Airport [[DATE_TIME:17 Apr 10:00]], drop-off [[LOCATION:Inverness]] [[DATE_TIME:24 Apr 10:00]].""",
    """overdue notice: [[PERSON:sean mcgrath]]'s library card [[ID_NUMBER:21847000392811]] has 3 items overdue since [[DATE_TIME:jan 30]]""",
    """I run a small online shop and post everything from home, so the return address on every label is [[ADDRESS:61 Ferncliffe Road]], [[LOCATION:Bingley]] [[ZIP_CODE:BD16 2LQ]]. That means [[PERSON:Hollie Sandford]]'s home address is on a few thousand parcels a year. Is that a GDPR problem?""",
    """[[PERSON:Bronwyn Kelly]]'s Medicare number is [[ID_NUMBER:2953 41877 1]], and her Ventolin script was filled on [[DATE_TIME:3/2/25]] at the [[LOCATION:Toowoomba]] store.""",
    """An Post is holding a parcel from [[LOCATION:Leeds]] for [[PERSON:Cathal Ó Súilleabháin]], [[ADDRESS:Apt 12, Dock Mill]], [[LOCATION:Grand Canal Dock]], [[LOCATION:Dublin]] [[ZIP_CODE:D02 YX88]], with €14.80 VAT and an €8 handling fee to pay. He emailed from [[EMAIL_ADDRESS:cathal.osullivan@eircom.net]] asking why a second-hand jacket is taxed at all.""",
    """[[PERSON:Tomás]] from the bike courier crew dropped the signed contract at reception at 16:20. It's addressed to [[PERSON:Ms Adebola Fashola]], so could someone let her know?""",
    """To open the account, [[PERSON:Achieng Otieno]] submitted ID no. [[ID_NUMBER:31207845]], KRA PIN [[ID_NUMBER:A009381472K]] and a water bill for [[ADDRESS:House 14, Kileleshwa Gardens, Othaya Road]], [[LOCATION:Nairobi]].""",
    """Buenas, me ha llegado un SMS de Correos pidiendo 4,15 € de aranceles por un pedido a nombre de [[PERSON:Marta Gil]], [[ADDRESS:Calle Mayor 33, bajo B]], [[ZIP_CODE:46440]] [[LOCATION:Almussafes]]. ¿Es normal? Mi número es el [[PHONE_NUMBER:611 903 274]].""",
    """appointment confirmed for Biscuit (cat, 4 yrs) on [[DATE_TIME:thursday march 6 at 4:45]] — owner: [[PERSON:ines barreto]]""",
    """U14 registration: [[PERSON:Tiago Mendes]], DOB [[DATE_TIME:2011.05.19]]; parent [[PERSON:Sandra Mendes]] ([[EMAIL_ADDRESS:smendes.family@hotmail.co.uk]]); medical notes: asthma, inhaler kept in kit bag.""",
    """For the export declaration our customs agent in [[LOCATION:Algeciras]] needs the shipper's details: [[PERSON:Karim Benjelloun]], NIE [[ID_NUMBER:Z1184936G]], [[ADDRESS:Calle Real 104, 3º A]], [[ZIP_CODE:11201]] [[LOCATION:Algeciras]], phone [[PHONE_NUMBER:+34 656 207 418]].""",
    """The proof-of-delivery photo shows the parcel on the doorstep of [[ADDRESS:19 Kingfisher Way]], but [[PERSON:Mr. Adewale]] lives at [[ADDRESS:91 Kingfisher Way]]. The driver, [[PERSON:Craig]], has been told to go back for it.""",
    """"Your SIM swap request was completed on [[DATE_TIME:03-03-2025 21:47]]. If you did not request this, call us now." That was the message [[PERSON:Revathi Subramaniam]] got on her old number, [[PHONE_NUMBER:+65 8214 6630]], the night her bank account was emptied.""",
]

BENCH = [
    """Attention [[PERSON:Marguerite Delacroix-Hale]]: your badge as Senior Logistics Coordinator has been posted to [[ADDRESS:Suite 402]], [[ADDRESS:1180 Pennine Way]], [[LOCATION:Sheffield]] [[ZIP_CODE:S8 0ZB]]. Confirm receipt from [[IP_ADDRESS:212.58.244.67]] using the temporary password Tr4ck!ng#22.""",
    """A payment of 2,417.90 was debited from [[IBAN_CODE:GB30SRLG60837112904455]] (BIC SRLGGB2L) in favour of [[PERSON:Kasimir Oyelowo]]; the card used for the deposit was [[CREDIT_CARD:5355-6201-9948-7211]], CVV 418, expiring 09/27.""",
    """Our Chief Accountability Officer, [[PERSON:Dr. Imani Castellanos]], will review the login from MAC 3c:22:fb:91:0e:7a, IP [[IP_ADDRESS:172.16.254.19]], agent Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15, recorded on [[DATE_TIME:2024-10-08T22:14:51Z]].""",
    """[[PERSON:Yevgenia Sokolova]], [[AGE:41]], female, Dynamic Branding Liaison, lives at [[ADDRESS:88b Longmoor Lane]], [[LOCATION:Liverpool]] [[ZIP_CODE:L9 0EN]]; her vehicle [[ID_NUMBER:WK67 TGZ]] is insured under policy MTR-20931-A and she can be reached at [[EMAIL_ADDRESS:y.sokolova@kindred-mail.net]].""",
    """Hi [[PERSON:Lorenzo Galli]], we're organizing a workshop on intellectual property for musicians in [[LOCATION:Bologna]] on [[DATE_TIME:15/11/2024]]. Please send your codice fiscale [[ID_NUMBER:GLLLNZ85T12A944I]] and your IBAN [[IBAN_CODE:IT67F0200801664000104823177]] so we can pay the speaker fee.""",
    """The invoice for the 3 pallets of ceramic tiles must be reissued to [[PERSON:Ms. Rahel Tesfaye]], Regional Procurement Strategist, [[ADDRESS:Floor 3]], [[ADDRESS:450 Collins Street]], [[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]], mobile [[PHONE_NUMBER:+61 412 018 447]].""",
    """Dear [[PERSON:Aurelio]], your account [[USERNAME:aurelio_mx88]] was accessed on [[DATE_TIME:March 3, 2024, 4:17 AM]] from [[IP_ADDRESS:189.203.47.112]] ([[LOCATION:Guadalajara]], [[LOCATION:Jalisco]]). If this wasn't you, reset your password and check the card ending in 0092.""",
    """Please transfer the relocation allowance of $7,800 to [[PERSON:Niamh Gallagher]]'s account [[IBAN_CODE:IE63 BOFI 9000 1731 8622 04]], BIC BOFIIE2D. She starts as Lead Customs Compliance Analyst on [[DATE_TIME:6 January 2025]] and her PPSN is [[ID_NUMBER:1093857W]].""",
    """In [[LOCATION:Nairobi]], the Principal Optimization Officer [[PERSON:Baraka Kiprono]] logged into the courier dashboard with [[EMAIL_ADDRESS:baraka.kiprono@swiftparcel.co.ke]] and phone [[PHONE_NUMBER:+254 711 408 296]]; the session began at 08:02 from [[IP_ADDRESS:41.90.64.155]].""",
    """[[PERSON:Horatio Vandermeer]], born [[DATE_TIME:1969-12-04]], male, 5'11", eye colour grey, holds account number [[ID_NUMBER:07731922]] with sort code 20-44-91 at the [[LOCATION:Cheltenham]] branch.""",
    """Reminder to [[PERSON:Sakura Hayashi]]: your Investor Relations Producer certification renews this month. Pay with [[CREDIT_CARD:3530 1113 3330 0364]] (exp. 04/26, CVV 771) and add the badge to [[URL:https://www.linkedin.com/in/sakura-hayashi-ir]] once it is issued.""",
    """Hey [[PERSON:Destiny]], the [[NRP:Christian]] youth retreat you signed up for is at [[ADDRESS:2207 Oakmont Blvd]], [[LOCATION:Fort Worth]], [[LOCATION:TX]] [[ZIP_CODE:76107]]. We have your mom's number as [[PHONE_NUMBER:817.555.0148]] and your age as [[AGE:16]].""",
    """[[PERSON:Rashida Kamau-Ellis]]'s credit card [[CREDIT_CARD:4929501377662041]] was declined at 19:44 for an order shipped to [[ADDRESS:Apt. 9C]], [[ADDRESS:611 Ocean Parkway]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11218]]; her SSN [[US_SSN:512-48-7306]] was provided for the credit check.""",
    """The refund by bank transfer was cancelled; instead [[PERSON:Mr. Tarquin Ashworth-Blythe]] will receive a cheque at [[ADDRESS:Rose Cottage, 3 Mill Lane]], [[LOCATION:Chipping Norton]], [[LOCATION:Oxfordshire]] [[ZIP_CODE:OX7 5JS]]. His date of birth on file, [[DATE_TIME:31st May 1958]], matches passport [[ID_NUMBER:548120937]].""",
    """Account [[USERNAME:mkovacs_91]] (password: Zagreb!1991) belongs to [[PERSON:Marija Kovačević]], [[AGE:33]], Forward Web Consultant; last login [[DATE_TIME:2025-01-19 13:02:44]] from [[IP_ADDRESS:2001:db8:4f2a::17]], device MAC 00:1B:44:11:3A:B7.""",
    """Attn [[PERSON:Kenji Watanabe-Moore]], Human Mobility Executive: your move from [[LOCATION:Osaka]] includes storage at [[ADDRESS:Unit 118]], [[ADDRESS:3380 Grandview Hwy]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V5M 2G3]] until [[DATE_TIME:30 April 2025]]. The SIN you gave us, [[ID_NUMBER:527 903 140]], has been recorded.""",
    """Dear [[PERSON:Chiamaka]], thank you for subscribing with [[EMAIL_ADDRESS:chiamaka.o@protonmail.com]]. Your 14-day trial started on [[DATE_TIME:08/02/2025]] and the first charge of £9.99 will be taken from the card ending 6022 unless you cancel.""",
    """Update the payroll record for [[PERSON:Bartholomew Quist]]: new address [[ADDRESS:41 Wattle Street]], [[LOCATION:Ultimo]] [[LOCATION:NSW]] [[ZIP_CODE:2007]], TFN [[ID_NUMBER:459 012 739]], super fund member number [[ID_NUMBER:10048827]], job title Direct Accounts Facilitator.""",
    """Loyalty card [[ID_NUMBER:6280 0417 3391 2]] of [[PERSON:Ngaire Te Awa]] was merged with her old account and the points will appear within 48 hours. We will text [[PHONE_NUMBER:021 448 9031]] once the balance is updated.""",
    """[[PERSON:Ainhoa Etxeberria]], Coordinadora de Tráfico Internacional, ha solicitado el reembolso de 312,40 € a la cuenta [[IBAN_CODE:ES4720805801181030047725]] (BIC CAZRES2Z). Dirección: [[ADDRESS:Calle Autonomía 26, 5º dcha.]], [[ZIP_CODE:48010]] [[LOCATION:Bilbao]]. Teléfono: [[PHONE_NUMBER:+34 944 21 87 03]].""",
    """L'[[PERSON:Oriol Casals Bertran]], de [[AGE:38]] anys, ha canviat la contrasenya del compte [[USERNAME:ocasals]] des de la IP [[IP_ADDRESS:83.44.217.9]] el [[DATE_TIME:12/02/2025 a les 23:41]]. El correu de recuperació és [[EMAIL_ADDRESS:oriol.casals.b@gmail.com]].""",
    """[[PERSON:Precious Mahlangu]], [[AGE:32]], ID [[ID_NUMBER:9207180241087]], applied for the Junior Freight Analyst post in [[LOCATION:Durban]]; she lives at [[ADDRESS:17 Umgeni Road]], [[LOCATION:Greyville]], [[ZIP_CODE:4001]] and banks with account [[ID_NUMBER:62948813307]].""",
    """This confirms that [[PERSON:Abdulrahman Al-Sayegh]] and [[PERSON:Hind Al-Sayegh]] checked in to the marina suite on [[DATE_TIME:Oct 2 2024, 15:30]], paying with [[CREDIT_CARD:4388 5760 4231 0972]]; their home address is [[ADDRESS:Villa 12, Street 27]], [[LOCATION:Al Barsha]], [[LOCATION:Dubai]].""",
    """Dear [[PERSON:Sigrún]], we have received the scan of your [[NRP:Icelandic]] passport ([[ID_NUMBER:A3917264]]) and the proof of address for [[ADDRESS:Laugavegur 52]], [[ZIP_CODE:101]] [[LOCATION:Reykjavík]]. Your IP at upload was [[IP_ADDRESS:157.157.33.201]].""",
    """The Regional Quality Orchestrator, [[PERSON:Osagie Iyamu]], gave his mobile as [[PHONE_NUMBER:0803-219-7744]], his BVN as [[ID_NUMBER:22184705913]] and his NIN as [[ID_NUMBER:40913825671]] when opening the escrow account.""",
    """Good news [[PERSON:Ms. Vo]], the reimbursement for your [[LOCATION:Da Nang]] trip is approved: ₫4,200,000 back to card [[CREDIT_CARD:4631-9027-8835-1068]]. Keep your employee ID [[ID_NUMBER:EMP-30417]] handy when you call.""",
    """Device registration: owner [[PERSON:Ifeanyi Chukwu]], email [[EMAIL_ADDRESS:ifeanyi.c@fastmail.com]], IPv6 [[IP_ADDRESS:2a01:4b00:8a1e:7700:b5c2:1d3:e9f0:44a1]], MAC A4:83:E7:2C:19:F0, browser Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/121.0.6167.101 Mobile, registered [[DATE_TIME:22 Feb 2025]].""",
    """Hello [[PERSON:Ruairí]], your property tax account [[ID_NUMBER:6004187720]] now shows the address [[ADDRESS:Apartment 3]], [[ADDRESS:12 Bridge Street]], [[LOCATION:Athlone]], [[LOCATION:Co. Westmeath]], [[ZIP_CODE:N37 X2F6]].""",
    """Employee [[PERSON:Oksana Melnyk]], gender female, [[AGE:52]], [[NRP:Ukrainian]], Customer Directives Associate, reports to [[PERSON:Terrence Boyle]]; her card [[CREDIT_CARD:5258 4407 3319 6022]] stays linked to the expense system until her contract ends.""",
    """Hi [[PERSON:Valentina Rinaldi]], the courier voucher for [[ADDRESS:Via Garibaldi 18, int. 4]], [[ZIP_CODE:10122]] [[LOCATION:Torino]] has been sent to [[EMAIL_ADDRESS:vale.rinaldi@libero.it]]. Please confirm your codice fiscale, [[ID_NUMBER:RNLVNT90A41L219T]], before the courier's first attempt.""",
    """Benvolgut [[PERSON:Xavier Font]], el càrrec de 89,90 € a la targeta [[CREDIT_CARD:4509 0311 8827 7340]] correspon a l'enviament urgent a [[LOCATION:Andorra la Vella]] del [[DATE_TIME:18 de gener]]. Si no el reconeix, escrigui'ns des de [[EMAIL_ADDRESS:xfont@telefonica.net]].""",
    """[[PERSON:Moana Pouono]], Dynamic Response Designer, gender non-binary, paid NZ$214.60 in customs duty with Amex [[CREDIT_CARD:3764 491200 87734]]; the goods will be released to [[ADDRESS:PO Box 33-418]], [[LOCATION:Takapuna]], [[LOCATION:Auckland]] [[ZIP_CODE:0740]].""",
    """Estimada [[PERSON:Yolanda]], su contraseña temporal es Yol#2025 y su usuario [[USERNAME:yolanda.pc]]. La sesión se inició desde la IP [[IP_ADDRESS:88.27.140.63]] con el navegador Mozilla/5.0 (Windows NT 10.0) Firefox/123.0. Su número de cliente es [[ID_NUMBER:CL-00882741]].""",
    """Following the audit, the Corporate Tactics Architect [[PERSON:Ezekiel Abernathy-Osei]] confirmed his home address as [[ADDRESS:Apt 1402]], [[ADDRESS:500 W Madison St]], [[LOCATION:Chicago]], [[LOCATION:Illinois]] [[ZIP_CODE:60661]], US passport [[US_PASSPORT:567829104]] and date of birth [[DATE_TIME:September 9, 1983]].""",
    """CLAIM FORM - Marine Cargo Insurance
Claimant: [[PERSON:Dariusz Kaczmarek]]
Address: [[ADDRESS:ul. Portowa 14/3]], [[ZIP_CODE:81-350]] [[LOCATION:Gdynia]], [[LOCATION:Poland]]
Date of loss: [[DATE_TIME:17 September 2024]]
Policy No.: MC-PL-77120
Description: Container MSKU 448201-7 arrived at [[LOCATION:Rotterdam]] with water damage to 40 cartons of household goods belonging to the claimant.
Account for settlement: [[IBAN_CODE:PL40109024020000000213487660]]
Signed: [[PERSON:D. Kaczmarek]], [[DATE_TIME:02.10.2024]]""",
    """EMPLOYMENT AGREEMENT. This Agreement is made on [[DATE_TIME:January 13, 2025]] between Ridgeline Freight LLC, a [[LOCATION:Delaware]] limited liability company ("Employer"), and [[PERSON:Marcus Delaney Oyelaran]], residing at [[ADDRESS:3117 N Halsted St, Apt 2F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60657]] ("Employee"). Employee's Social Security Number: [[US_SSN:331-72-9048]]. Employee shall serve as Dispatch Supervisor commencing [[DATE_TIME:February 3, 2025]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Gwendolyn Asante]]   DOB: [[DATE_TIME:04/19/1962]]   MRN: [[ID_NUMBER:MRN-5520917]]
Admitted: [[DATE_TIME:02/27/2025]]   Discharged: [[DATE_TIME:03/03/2025]]
Attending: [[PERSON:Dr. Farid Rahimi]]
Diagnosis: community-acquired pneumonia, improving on oral antibiotics.
Follow-up with PCP [[PERSON:Dr. Helen Osterberg]] within 7 days. Daughter [[PERSON:Abena]] ([[PHONE_NUMBER:216-555-0137]]) will drive the patient home to [[ADDRESS:1455 Lakewood Heights Blvd]], [[LOCATION:Cleveland]], [[LOCATION:OH]] [[ZIP_CODE:44107]].""",
    """Uniform Residential Loan Application - Borrower Information
Name: [[PERSON:Priscilla Nakamura-Obeng]]   Age: [[AGE:36]]   Marital status: Married
SSN: [[US_SSN:604-18-2297]]   Home phone: [[PHONE_NUMBER:(971) 555-0162]]
Present address: [[ADDRESS:2280 SE Division St]], [[LOCATION:Portland]], [[LOCATION:OR]] [[ZIP_CODE:97202]] (own, 6 yrs)
Employer: Cascade Parcel Systems; position: Operations Analyst; 4 yrs
Checking account [[ID_NUMBER:4417208836]] (routing 123006800)""",
    """NOTICE OF INTENDED PROSECUTION. To: [[PERSON:Mr Lewis Farquharson]], [[ADDRESS:16 Balgray Drive]], [[LOCATION:Kilmarnock]] [[ZIP_CODE:KA3 7NT]]. The vehicle with registration [[ID_NUMBER:SN21 VRO]] was detected travelling at 48 mph in a 30 mph limit on the A77 at [[DATE_TIME:21:36 on 11 January 2025]]. You are required to identify the driver within 28 days.""",
    """CUSTOMS PENALTY NOTICE. Ref. CPN/2025/00417. The Commissioners have found that [[PERSON:Emre Kaya]], of [[ADDRESS:55 Stamford Hill]], [[LOCATION:London]] [[ZIP_CODE:N16 5SR]], arriving at [[LOCATION:Stansted]] on [[DATE_TIME:19 December 2024]] from [[LOCATION:Istanbul]], failed to declare 3.2 kg of hand-rolling tobacco. Penalty: £250. Passport no.: [[ID_NUMBER:U28417736]].""",
    """RESIDENTIAL LEASE AGREEMENT. Landlord: [[PERSON:Hyun-woo Choi]]. Tenant: [[PERSON:Sadia Rahman]], phone [[PHONE_NUMBER:(718) 555-0129]], email [[EMAIL_ADDRESS:sadia.rahman.nyc@gmail.com]]. Premises: [[ADDRESS:87-14 Parsons Blvd, Apt 5D]], [[LOCATION:Jamaica]], [[LOCATION:NY]] [[ZIP_CODE:11432]]. Term: 12 months beginning [[DATE_TIME:April 1, 2025]]. Monthly rent: $2,150, due on the first of each month.""",
    """[[DATE_TIME:28 February 2025]]

[[PERSON:Ms. Charmaine Du Plessis]]
[[ADDRESS:44 Voortrekker Street]]
[[LOCATION:Bellville]]
[[ZIP_CODE:7530]]

Dear [[PERSON:Ms. Du Plessis]]

Re: Termination of employment - staff no. [[ID_NUMBER:CPT-1187]]

Following the disciplinary hearing held on [[DATE_TIME:20 February 2025]], your employment as warehouse supervisor will end on [[DATE_TIME:31 March 2025]]. Your final salary will be paid into account [[ID_NUMBER:1048 226 519]].

Yours sincerely
[[PERSON:Johan Pretorius]], HR Manager""",
    """Prescription record - Harbourside Pharmacy, [[LOCATION:Auckland]]
Patient: [[PERSON:Tevita Fifita]]   NHI: [[ID_NUMBER:ZXK4415]]
DOB: [[DATE_TIME:12-Oct-1977]]
Prescriber: [[PERSON:Dr Ana Lemalu]]
Item: metformin 500 mg, 1 tablet twice daily, 90 days
Dispensed: [[DATE_TIME:04-Mar-2025 10:12]] by [[PERSON:K. Shah]]""",
    """AUTO CLAIM - FIRST NOTICE OF LOSS
Insured: [[PERSON:Ramón Echeverría]], policy AUT-4471-0923
Driver at time of loss: [[PERSON:Lucía Echeverría]] (daughter, age [[AGE:19]]), DL [[US_DRIVER_LICENSE:E261-840-05-512-0]] ([[LOCATION:FL]])
Date/time of loss: [[DATE_TIME:01/14/2025 07:50 AM]]
Location: intersection of SW 8th St and SW 27th Ave, [[LOCATION:Miami]], [[LOCATION:FL]]
Other party: [[PERSON:Desmond Clarke]], ph. [[PHONE_NUMBER:305-555-0184]]""",
    """CÉDULA DE CITACIÓN. Juzgado de Primera Instancia n.º 4 de [[LOCATION:Valencia]]. Se cita a [[TITLE:D.]] [[PERSON:Vicente Ferrando Llorca]], con DNI [[ID_NUMBER:20567194L]] y domicilio en [[ADDRESS:Calle de Cuba 41, pta. 12]], [[ZIP_CODE:46006]] [[LOCATION:Valencia]], para que comparezca el [[DATE_TIME:día 14 de abril de 2025, a las 10:30 horas]], en calidad de demandado en el juicio verbal 218/2025.""",
    """PERSONAL EFFECTS DECLARATION (transfer of residence)
Name of importer: [[PERSON:Anjali Deshpande]]
Date of birth: [[DATE_TIME:23.06.1984]]
Nationality: [[NRP:Indian]]
Passport No.: [[ID_NUMBER:Z5529183]]
Previous address: [[ADDRESS:Flat 702, Lodha Aria]], [[LOCATION:Kanjurmarg]], [[LOCATION:Mumbai]] [[ZIP_CODE:400078]]
New address in the UK: [[ADDRESS:23 Beaumont Road]], [[LOCATION:Reading]] [[ZIP_CODE:RG30 2NP]]
Date of arrival: [[DATE_TIME:9 November 2024]]
Goods: used household effects, 142 cartons, container TGHU 881046 2""",
    """STUDENT ENROLMENT FORM 2025
Learner: [[PERSON:Zanele Mokoena]]   Grade: 8   Date of birth: [[DATE_TIME:2012/03/09]]
ID number: [[ID_NUMBER:1203090417089]]
Parent/guardian: [[PERSON:Thabo Mokoena]], cell [[PHONE_NUMBER:083 902 4418]], email [[EMAIL_ADDRESS:thabo.mokoena@webmail.co.za]]
Home address: [[ADDRESS:2291 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]""",
    """STATEMENT OF ACCOUNT - period 01/01/2025 to 31/01/2025
Account holder: [[PERSON:Mr Rajinder Singh Bhamra]]
Address: [[ADDRESS:7 Woodbridge Avenue]], [[LOCATION:Southall]], [[ZIP_CODE:UB1 2RT]]
Account no. [[ID_NUMBER:52871604]]   Sort code 30-96-36
IBAN [[IBAN_CODE:GB57 LOYD 3096 3652 8716 04]]
Opening balance £1,204.18   Closing balance £886.02""",
    """Dear [[PERSON:Dr. Okwuosa]],
Re: [[PERSON:Fiona MacLeod]], DOB [[DATE_TIME:17/08/1990]], CHI [[ID_NUMBER:1708902465]], [[ADDRESS:Flat 4/1, 219 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6AA]]
Thank you for seeing this [[AGE:34]]-year-old courier, who injured her left shoulder lifting a parcel on [[DATE_TIME:3 February]]. She has had six weeks of physiotherapy without improvement.
Yours sincerely,
[[PERSON:Dr. Alasdair Munro]]""",
    """INCIDENT REPORT 24-118803
Reporting officer: [[TITLE:Cst.]] [[PERSON:Aman Dhaliwal]]
Date/time reported: [[DATE_TIME:2024-12-22 19:35]]
Complainant: [[PERSON:Gloria Fontaine]], [[AGE:64]], [[ADDRESS:209-1450 Pembina Hwy]], [[LOCATION:Winnipeg]] [[LOCATION:MB]] [[ZIP_CODE:R3T 2C5]], tel. [[PHONE_NUMBER:204-555-0177]]
Summary: complainant reports that a parcel containing prescription medication was taken from her building's mailroom after the courier marked it delivered at 14:10.""",
    """BILL OF LADING (non-negotiable)
Shipper: [[PERSON:Feng Jiahui]], [[ADDRESS:Room 1706, Block B, 88 Tianhe Road]], [[LOCATION:Guangzhou]], [[LOCATION:China]], tel. [[PHONE_NUMBER:+86 138 2914 6607]]
Consignee: [[PERSON:Yusuf Okonkwo]], [[ADDRESS:12 Creek Road]], [[LOCATION:Apapa]], [[LOCATION:Lagos]], [[LOCATION:Nigeria]]
Notify party: same as consignee
Vessel / voyage: MAERSK KOLKATA / 451W   Port of loading: [[LOCATION:Nansha]]   Port of discharge: [[LOCATION:Apapa]]
Container: MRKU 772104 5, 1 x 40HC, 18 pkgs used personal effects""",
    """CONTRATO DE ARRENDAMIENTO DE VIVIENDA. En [[LOCATION:Sevilla]], a [[DATE_TIME:1 de febrero de 2025]]. REUNIDOS: de una parte, [[TITLE:Dña.]] [[PERSON:Rosario Montoya Reyes]], mayor de edad, con DNI [[ID_NUMBER:77114309R]], en calidad de arrendadora; y de otra, [[TITLE:D.]] [[PERSON:Samuel Okafor Eze]], de nacionalidad [[NRP:nigeriana]], con NIE [[ID_NUMBER:Y7751208S]], en calidad de arrendatario. La vivienda objeto del contrato está situada en [[ADDRESS:Calle Feria 62, 3º B]], [[ZIP_CODE:41003]] [[LOCATION:Sevilla]].""",
    """CERTIFICAT D'EMPADRONAMENT. L'Ajuntament de [[LOCATION:Girona]] certifica que [[PERSON:Mireia Bosch Vilanova]], amb DNI [[ID_NUMBER:40331578C]], nascuda el [[DATE_TIME:14 de novembre de 1986]], consta inscrita al padró municipal amb domicili a [[ADDRESS:Carrer de la Força 7, 3r 2a]], [[ZIP_CODE:17004]] [[LOCATION:Girona]], des del [[DATE_TIME:2 de setembre de 2019]].""",
    """HEALTH INSURANCE CLAIM - Outpatient
Member: [[PERSON:Kavya Raghavan]], member no. [[ID_NUMBER:HLT-00392817-02]]
Date of treatment: [[DATE_TIME:15 Jan 2025]]
Treating doctor: [[PERSON:Dr. Suresh Pillai]], Sunrise Clinic, [[LOCATION:Kochi]]
Amount claimed: Rs 8,450
Bank details: [[PERSON:Kavya Raghavan]], A/c [[ID_NUMBER:50100284419372]], IFSC HDFC0001274""",
    """[[ADDRESS:Flat 11, Marlowe Court]]
[[ADDRESS:2 Station Approach]]
[[LOCATION:Woking]] [[ZIP_CODE:GU22 7AP]]
[[DATE_TIME:10 March 2025]]

Customer Services, ParcelPoint Ltd

Dear Sir or Madam,

Consignment 3SPPT00418829 - not delivered

I am writing about a parcel your courier marked as delivered on [[DATE_TIME:4 March at 13:02]]. I was at home all afternoon and nothing arrived. Please call me on [[PHONE_NUMBER:07412 558013]] or write to [[EMAIL_ADDRESS:d.whitcombe@btinternet.com]].

Yours faithfully,
[[PERSON:Daniel Whitcombe]]""",
    """Visa application - summary
Applicant: [[PERSON:Rahul Banerjee]]; sex: M; date of birth: [[DATE_TIME:1988-02-11]]; place of birth: [[LOCATION:Kolkata]]
Passport: [[ID_NUMBER:M8841027]], valid to 2032-05-30
Purpose: visiting the TOC Europe logistics exhibition
Host: [[PERSON:Femke Jansen]], [[ADDRESS:Wilhelminakade 141]], [[ZIP_CODE:3072 AP]] [[LOCATION:Rotterdam]]""",
    """{"customer_id": "[[ID_NUMBER:C-7741093]]", "first_name": "[[PERSON:Olivia]]", "last_name": "[[PERSON:Brannigan]]", "email": "[[EMAIL_ADDRESS:olivia.brannigan@yahoo.ie]]", "phone": "[[PHONE_NUMBER:+353 87 214 6639]]", "shipping_address": {"line1": "[[ADDRESS:14 Seafield Crescent]]", "city": "[[LOCATION:Galway]]", "eircode": "[[ZIP_CODE:H91 T2W4]]"}, "marketing_opt_in": false, "created_at": "[[DATE_TIME:2023-07-14T09:22:10Z]]"}""",
    """2025-02-11T08:14:03.221Z INFO  auth-svc   login ok user=[[USERNAME:jmbeki]] ip=[[IP_ADDRESS:196.21.45.18]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
2025-02-11T08:14:09.870Z INFO  parcel-api GET /v2/shipments?owner=[[EMAIL_ADDRESS:jabu.mbeki@courierco.co.za]] 200 41ms
2025-02-11T08:15:44.002Z WARN  parcel-api address mismatch on shipment ZA88310274: "[[ADDRESS:17 Jan Smuts Avenue]], [[LOCATION:Parktown]]" vs "[[ADDRESS:71 Jan Smuts Avenue]], [[LOCATION:Parktown]]"
2025-02-11T08:15:44.010Z INFO  parcel-api shipment ZA88310274 held for manual review""",
    """INSERT INTO consignees (id, full_name, national_id, phone, street, city, postcode, created_by) VALUES
(4471, '[[PERSON:Bongani Zulu]]', '[[ID_NUMBER:8704125083088]]', '[[PHONE_NUMBER:+27 82 614 3307]]', '[[ADDRESS:9 Florida Road]]', '[[LOCATION:Durban]]', '[[ZIP_CODE:4001]]', 'etl_batch'),
(4472, '[[PERSON:Naledi Khumalo]]', '[[ID_NUMBER:0109260873087]]', '[[PHONE_NUMBER:+27 73 208 9915]]', '[[ADDRESS:48 Main Road]]', '[[LOCATION:Rondebosch]]', '[[ZIP_CODE:7700]]', 'etl_batch');""",
    """<Declaration version="2.1">
  <Declarant type="private">
    <Name>[[PERSON:Ingrid Solberg]]</Name>
    <BirthNumber>[[ID_NUMBER:12048524824]]</BirthNumber>
    <Address>
      <Street>[[ADDRESS:Storgata 17B]]</Street>
      <PostalCode>[[ZIP_CODE:0184]]</PostalCode>
      <City>[[LOCATION:Oslo]]</City>
    </Address>
  </Declarant>
  <Goods hsCode="6403.99" origin="IT" value="189.00" currency="EUR"/>
</Declaration>""",
    """# courier-sync config (staging)
owner: [[PERSON:Gabriel Ferreira]] <[[EMAIL_ADDRESS:gabriel.ferreira@lusologis.pt]]>
sftp:
  host: [[IP_ADDRESS:10.40.8.23]]
  user: [[USERNAME:gferreira]]
  password: "Ferr3ira!Sync"
notify:
  sms: "[[PHONE_NUMBER:+351 912 447 308]]"
retry: 3""",
    """def test_label_address():
    shipment = Shipment(
        recipient="[[PERSON:Aroha Ngata]]",
        street="[[ADDRESS:22 Tui Street]]",
        suburb="[[LOCATION:Ōtara]]",
        city="[[LOCATION:Auckland]]",
        postcode="[[ZIP_CODE:2023]]",
        phone="[[PHONE_NUMBER:022 617 4480]]",
    )
    assert render_label(shipment).startswith("[[PERSON:AROHA NGATA]]")""",
    """Ticket #58213 | Priority: High | Channel: email
From: [[PERSON:Bogdan Ionescu]] <[[EMAIL_ADDRESS:bogdan.ionescu@gmail.com]]>
Subject: Parcel returned to sender?!
Body: Hi, my parcel RR448120937RO came back to the sender even though I live at [[ADDRESS:Str. Avram Iancu 14, ap. 6]], [[LOCATION:Cluj-Napoca]] [[ZIP_CODE:400089]]. I was home on [[DATE_TIME:Monday 10 Feb]] all day. Phone: [[PHONE_NUMBER:0744 318 902]].
Assignee: [[PERSON:Camille Dupont]]""",
    """Form: Courier onboarding
full_name: [[PERSON:Jean-Baptiste Mukendi]]
date_of_birth: [[DATE_TIME:1991-09-27]]
nationality: [[NRP:Congolese]]
driving_licence_no: [[ID_NUMBER:MUKEN909271JB9XY]]
national_insurance: [[ID_NUMBER:SZ 30 14 82 D]]
vehicle_reg: [[ID_NUMBER:LB70 HKD]]
bank_account: [[ID_NUMBER:71443018]]
sort_code: 40-47-78
emergency_contact: [[PERSON:Grace Mukendi]] [[PHONE_NUMBER:07380 114229]]""",
    """{"event":"delivery_attempt","driver":{"id":"[[ID_NUMBER:DRV-0931]]","name":"[[PERSON:Sanjay Patel]]","mobile":"[[PHONE_NUMBER:+44 7700 900418]]"},"recipient":{"name":"[[PERSON:Eilidh Morrison]]","address":"[[ADDRESS:3F2, 18 Marchmont Road]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HZ]]"},"attempted_at":"[[DATE_TIME:2025-03-07T11:42:00+00:00]]","result":"no_access"}""",
    """mysql> SELECT user_id, username, email, last_login, last_ip FROM users WHERE user_id IN (1182, 1190);
+---------+-----------+---------------------------+---------------------+---------------+
| user_id | username  | email                     | last_login          | last_ip       |
+---------+-----------+---------------------------+---------------------+---------------+
|    1182 | [[USERNAME:tkoskinen]] | [[EMAIL_ADDRESS:tuomas.koskinen@elisa.fi]]  | [[DATE_TIME:2025-02-28 18:03:11]] | [[IP_ADDRESS:91.152.40.201]] |
|    1190 | [[USERNAME:priya_ops]] | [[EMAIL_ADDRESS:priya.nair@shipwise.io]]    | [[DATE_TIME:2025-03-01 07:55:40]] | [[IP_ADDRESS:103.21.58.77]]  |
+---------+-----------+---------------------------+---------------------+---------------+
2 rows in set (0.01 sec)""",
    """const testCustomer = {
  name: '[[PERSON:Tamar Ben-David]]',
  email: '[[EMAIL_ADDRESS:tamar.bendavid@walla.co.il]]',
  card: '[[CREDIT_CARD:4917482110933656]]',
  cvv: '302',
  expiry: '11/28',
  billing: { street: '[[ADDRESS:Rothschild Blvd 45]]', city: '[[LOCATION:Tel Aviv]]', zip: '[[ZIP_CODE:6578403]]' },
};
// TODO([[PERSON:yael]]): remove before merge""",
    """Return-Path: <[[EMAIL_ADDRESS:m.okonjo@freightlink.ng]]>
Received: from mail.freightlink.ng ([[IP_ADDRESS:102.89.34.16]]) by mx1.portagency.nl; Tue, 4 Mar 2025 09:41:12 +0100
From: "[[PERSON:Michael Okonjo]]" <[[EMAIL_ADDRESS:m.okonjo@freightlink.ng]]>
To: customs@portagency.nl
Subject: Re: clearance docs for B/L ONEYLOSE44718200

Please find attached the signed power of attorney. My direct line is [[PHONE_NUMBER:+234 809 441 2076]].""",
    """{"pedido": "PD-2025-118472", "cliente": {"nombre": "[[PERSON:Iker]]", "apellidos": "[[PERSON:Zubizarreta Olano]]", "nif": "[[ID_NUMBER:45781360K]]", "telefono": "[[PHONE_NUMBER:688 214 309]]", "email": "[[EMAIL_ADDRESS:iker.zubi@euskalnet.net]]"}, "envio": {"direccion": "[[ADDRESS:Paseo de Colón 12, 4º izda]]", "cp": "[[ZIP_CODE:20002]]", "ciudad": "[[LOCATION:Donostia]]", "franja": "09:00-14:00"}, "pago": {"tarjeta": "[[CREDIT_CARD:5189 0762 0033 4193]]", "caducidad": "08/27"}}""",
    """Incidència #3391 - Oficina de Correus de [[LOCATION:Sabadell]]
Usuari: [[PERSON:Pere Mas Ribas]] ([[EMAIL_ADDRESS:pmasribas@xtec.cat]])
Descripció: el certificat CD448120377ES no s'ha lliurat a [[ADDRESS:Rambla d'Ibèria 15, 4t 3a]], [[ZIP_CODE:08202]] [[LOCATION:Sabadell]]. L'usuari diu que era a casa el [[DATE_TIME:dimecres 5 de març]] i que ningú va trucar al timbre.
Telèfon de contacte: [[PHONE_NUMBER:937 25 44 18]]""",
    """<patient>
  <mrn>[[ID_NUMBER:AB-0048213]]</mrn>
  <name given="[[PERSON:Siosaia]]" family="[[PERSON:Taufa]]"/>
  <birthDate>[[DATE_TIME:1979-11-02]]</birthDate>
  <gender>male</gender>
  <telecom system="phone">[[PHONE_NUMBER:+64 27 883 1042]]</telecom>
  <address line="[[ADDRESS:7 Kowhai Place]]" city="[[LOCATION:Porirua]]" postalCode="[[ZIP_CODE:5022]]"/>
</patient>""",
    """# .env.local - do not commit
STRIPE_TEST_CUSTOMER_EMAIL=[[EMAIL_ADDRESS:lena.vogt@posteo.de]]
ADMIN_USER=[[USERNAME:lvogt]]
ADMIN_PASS=Pa55w0rd-Vogt
SUPPORT_WEBHOOK=https://hooks.example.com/T0001/B0002/xyz
DEV_PHONE=[[PHONE_NUMBER:+49 1522 3419087]]
DB_HOST=[[IP_ADDRESS:192.168.12.40]]""",
    """Case form - lost card and change of address
Customer: [[PERSON:Ms. Adaeze-Grace Uchenna]]
Customer no.: [[ID_NUMBER:00477219]]
DOB: [[DATE_TIME:5th Dec 1979]]
Lost card: [[CREDIT_CARD:5412 7500 3960 1274]] (blocked [[DATE_TIME:03/03/2025 14:22]])
New address: [[ADDRESS:Flat 6]], [[ADDRESS:Carlton House, 9 Mount Street]], [[LOCATION:Nottingham]] [[ZIP_CODE:NG1 6HQ]]
Verified via: security questions + passcode
Agent: [[PERSON:Ewan]] (team 4)""",
    """// seed data for the customs-broker demo
var seedImporters = []Importer{
	{Name: "[[PERSON:Xu Mingzhe]]", EORI: "[[ID_NUMBER:NL824419305]]", Phone: "[[PHONE_NUMBER:+31 6 4418 2095]]", City: "[[LOCATION:Eindhoven]]"},
	{Name: "[[PERSON:Amara Diallo]]", EORI: "[[ID_NUMBER:FR21407788311]]", Phone: "[[PHONE_NUMBER:+33 6 71 20 84 39]]", City: "[[LOCATION:Lyon]]"},
}""",
    """timestamp,event,user,src_ip,detail
[[DATE_TIME:2025-01-30 22:41:07]],LOGIN_FAIL,[[USERNAME:ana.m.reyes]],[[IP_ADDRESS:112.198.74.20]],bad password
[[DATE_TIME:2025-01-30 22:41:31]],LOGIN_OK,[[USERNAME:ana.m.reyes]],[[IP_ADDRESS:112.198.74.20]],mfa sms to [[PHONE_NUMBER:+63 917 552 0841]]
[[DATE_TIME:2025-01-30 22:44:02]],PROFILE_UPDATE,[[USERNAME:ana.m.reyes]],[[IP_ADDRESS:112.198.74.20]],"address -> [[ADDRESS:Unit 9B, 26 Jupiter St]], [[LOCATION:Bel-Air]], [[LOCATION:Makati]]\"""",
    """{"traveller":{"surname":"[[PERSON:OKONKWO-BELLO]]","given_names":"[[PERSON:CHIDERA ADAOBI]]","sex":"F","dob":"[[DATE_TIME:1995-08-14]]","nationality":"[[NRP:Nigerian]]","passport":{"number":"[[ID_NUMBER:B04418273]]","expiry":"2029-03-01"}},"contact":{"email":"[[EMAIL_ADDRESS:chidera.ob@gmail.com]]","phone":"[[PHONE_NUMBER:+44 7911 204583]]"},"booking_ref":"K7PX2Q"}""",
    """Subject: Urgent - wrong name on customs invoice
Hi team, I'm [[PERSON:Laura Fitzgerald-Nwosu]], the consignee for shipment 78120-GH. The commercial invoice lists me as "[[PERSON:Laura Fitzgerald]]" at my old address ([[ADDRESS:5 Quay Street]], [[LOCATION:Galway]]), but I now live at [[ADDRESS:Apt 3, 118 Douglas Road]], [[LOCATION:Cork]] [[ZIP_CODE:T12 KX2E]]. My PPSN is [[ID_NUMBER:6628041R]] if Revenue needs it.
Thanks, [[PERSON:Laura]] ([[PHONE_NUMBER:086 771 3024]])""",
    """UPDATE drivers SET phone = '[[PHONE_NUMBER:0421 773 908]]', licence_no = '[[ID_NUMBER:049277315]]', licence_state = '[[LOCATION:VIC]]', dob = '[[DATE_TIME:1986-04-03]]' WHERE driver_name = '[[PERSON:Dmitri Volkov]]' AND depot = '[[LOCATION:Dandenong]]';""",
    """[[IP_ADDRESS:73.158.201.44]] - [[USERNAME:rgutierrez]] [[[DATE_TIME:14/Feb/2025:19:22:31 -0800]]] "GET /account/orders HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
[[IP_ADDRESS:73.158.201.44]] - [[USERNAME:rgutierrez]] [[[DATE_TIME:14/Feb/2025:19:23:02 -0800]]] "POST /account/address HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
[[IP_ADDRESS:10.0.0.5]] - - [14/Feb/2025:19:23:05 -0800] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29\"""",
    """FORMULARIO DE RECLAMACIÓN - Envío internacional
Nombre y apellidos: [[PERSON:Josep Maria Vidal Rius]]
DNI/NIE: [[ID_NUMBER:39275018B]]
Fecha de nacimiento: [[DATE_TIME:22/09/1958]]
Dirección: [[ADDRESS:Avinguda Diagonal 640, 6è 2a]], [[ZIP_CODE:08017]] [[LOCATION:Barcelona]]
Teléfono: [[PHONE_NUMBER:+34 934 05 61 27]]
Número de seguimiento: UY889201445ES
Motivo: el paquete enviado a [[LOCATION:Montevideo]] fue devuelto sin explicación.
Cuenta para el reembolso: [[IBAN_CODE:ES17 2100 3046 8251 2200 4419]]""",
    """df = pd.DataFrame([
    {"name": "[[PERSON:Hamza Qureshi]]", "cnic": "[[ID_NUMBER:35202-4418273-1]]", "city": "[[LOCATION:Lahore]]", "mobile": "[[PHONE_NUMBER:0300 4418273]]"},
    {"name": "[[PERSON:Ayesha Siddiqui]]", "cnic": "[[ID_NUMBER:42101-9903512-6]]", "city": "[[LOCATION:Karachi]]", "mobile": "[[PHONE_NUMBER:0321 2290415]]"},
])
df.to_parquet("consignees_pk.parquet")""",
    """<envio id="ENV-0048213">
  <remitente>
    <nombre>[[PERSON:Carme Ribas Soler]]</nombre>
    <direccion>[[ADDRESS:Carrer del Carme 44, 1r 1a]]</direccion>
    <cp>[[ZIP_CODE:25007]]</cp>
    <poblacion>[[LOCATION:Lleida]]</poblacion>
    <telefono>[[PHONE_NUMBER:973 23 18 40]]</telefono>
  </remitente>
  <destinatario>
    <nombre>[[PERSON:Guillem Ribas]]</nombre>
    <direccion>[[ADDRESS:58 rue de la Roquette]]</direccion>
    <cp>[[ZIP_CODE:75011]]</cp>
    <poblacion>[[LOCATION:Paris]]</poblacion>
  </destinatario>
  <peso>2.4</peso>
</envio>""",
    """{"claim_id":"CLM-77310","member":{"name":"[[PERSON:Keisha Lawrence]]","member_id":"[[ID_NUMBER:WPN448120937]]","dob":"[[DATE_TIME:1987-02-19]]","ssn_last4":"7306"},"provider":{"name":"[[PERSON:Dr. Victor Okafor]]","specialty":"orthopedics"},"service_date":"[[DATE_TIME:2025-01-22]]","diagnosis_codes":["M54.5"],"billed":412.00}""",
    """[LOG-2291] Driver app crashes on signature capture
Reporter: [[PERSON:Wei Jie Lim]] ([[EMAIL_ADDRESS:weijie.lim@kargo.sg]])
Steps: log in as test driver [[USERNAME:drv_lim_test]], open the job for consignee [[PERSON:Tan Boon Huat]], [[ADDRESS:10 Anson Road, #22-05]], [[LOCATION:Singapore]] [[ZIP_CODE:079903]], tap "Sign".
Device: Samsung A54, Android 14, app 3.18.2 (build 4417), IP [[IP_ADDRESS:10.2.33.91]]""",
    """AUTHORISATION FOR DIRECT REPRESENTATION
I, [[PERSON:Björn Lindahl]], born [[DATE_TIME:3 May 1975]], personal identity number [[ID_NUMBER:750503-4178]], of [[ADDRESS:Kungsgatan 28, lgh 1102]], [[ZIP_CODE:111 35]] [[LOCATION:Stockholm]], authorise Nordic Freight Services AB to act as my direct representative in the customs clearance of my removal goods arriving from [[LOCATION:Singapore]].
Signed at [[LOCATION:Stockholm]] on [[DATE_TIME:14 February 2025]]
[[PERSON:B. Lindahl]]""",
]

TABLE = [
    """driver_id,name,mobile,depot,van_reg,start_date
[[ID_NUMBER:DRV-101]],[[PERSON:Kayode Adeyemi]],[[PHONE_NUMBER:07451 220918]],[[LOCATION:Croydon]],[[ID_NUMBER:LK72 XNB]],[[DATE_TIME:2023-04-17]]
[[ID_NUMBER:DRV-114]],[[PERSON:Agnieszka Wróbel]],[[PHONE_NUMBER:07502 881340]],[[LOCATION:Croydon]],[[ID_NUMBER:LN19 FHA]],[[DATE_TIME:2022-11-01]]
[[ID_NUMBER:DRV-127]],[[PERSON:Joel Mensah-Bonsu]],[[PHONE_NUMBER:07939 447105]],[[LOCATION:Wandsworth]],[[ID_NUMBER:LR68 PVO]],[[DATE_TIME:2024-08-05]]""",
    """decl_no\timporter\teori\tpostcode\tvalue_gbp\tcommodity
24GB7T001944\t[[PERSON:Amrit Sohal]]\t[[ID_NUMBER:GB741209338000]]\t[[ZIP_CODE:LE4 6AB]]\t1,240.00\t8471.30
24GB7T001951\t[[PERSON:Grace Onyango]]\t[[ID_NUMBER:GB102884617000]]\t[[ZIP_CODE:B10 0HJ]]\t385.50\t6204.42
24GB7T001963\t[[PERSON:Luca Moretti]]\t[[ID_NUMBER:GB559031472000]]\t[[ZIP_CODE:EH6 5QG]]\t2,010.00\t2204.21""",
    """| Patient | DOB | NHS No. | Ward | Consultant |
|---|---|---|---|---|
| [[PERSON:Gladys Okoro]] | [[DATE_TIME:03/05/1941]] | [[ID_NUMBER:609 317 2848]] | 7 | [[PERSON:Dr Hussain]] |
| [[PERSON:Trevor Pike]] | [[DATE_TIME:22/12/1955]] | [[ID_NUMBER:556 204 7187]] | 7 | [[PERSON:Dr Hussain]] |
| [[PERSON:Wai Ling Cheung]] | [[DATE_TIME:09/09/1938]] | [[ID_NUMBER:731 098 4250]] | CCU | [[PERSON:Dr O'Neill]] |""",
    """EMP#   NAME                 NI NUMBER       DEPT        STARTED
00412  [[PERSON:Harriet Oduya]]        [[ID_NUMBER:JT 62 41 07 B]]   Warehouse   [[DATE_TIME:03-Jan-2022]]
00418  [[PERSON:Kamil Jasiński]]       [[ID_NUMBER:SK 90 18 33 A]]   Transport   [[DATE_TIME:14-Mar-2022]]
00431  [[PERSON:Bethany Rourke]]       [[ID_NUMBER:PW 27 55 61 D]]   Customs     [[DATE_TIME:01-Sep-2023]]
00437  [[PERSON:Tariq Mahmood]]        [[ID_NUMBER:NE 14 70 92 C]]   Transport   [[DATE_TIME:20-Nov-2023]]""",
    """{"customer": "[[ID_NUMBER:100482]]", "name": "[[PERSON:Sophie Laurent]]", "email": "[[EMAIL_ADDRESS:sophie.laurent@orange.fr]]", "card": "[[CREDIT_CARD:4147 2093 8814 0272]]", "country": "[[LOCATION:France]]", "orders": 7}
{"customer": "[[ID_NUMBER:100517]]", "name": "[[PERSON:Mateus Carvalho]]", "email": "[[EMAIL_ADDRESS:mateus.carv@uol.com.br]]", "card": "[[CREDIT_CARD:5371 2044 8193 3065]]", "country": "[[LOCATION:Brazil]]", "orders": 2}
{"customer": "[[ID_NUMBER:100533]]", "name": "[[PERSON:Emily Zhang]]", "email": "[[EMAIL_ADDRESS:emzhang@icloud.com]]", "card": "[[CREDIT_CARD:3478 019552 03370]]", "country": "[[LOCATION:Canada]]", "orders": 12}""",
    """recipients:
  - name: [[PERSON:Obinna Eze]]
    phone: "[[PHONE_NUMBER:+234 813 552 0471]]"
    address: "[[ADDRESS:7 Allen Avenue]], [[LOCATION:Ikeja]]"
    parcels: 2
  - name: [[PERSON:Halima Bello]]
    phone: "[[PHONE_NUMBER:+234 706 118 3390]]"
    address: "[[ADDRESS:31B Ahmadu Bello Way]], [[LOCATION:Kaduna]]"
    parcels: 1
  - name: [[PERSON:Chinonso Okafor]]
    phone: "[[PHONE_NUMBER:+234 901 447 2285]]"
    address: "[[ADDRESS:Plot 18, Aminu Kano Crescent]], [[LOCATION:Wuse II]], [[LOCATION:Abuja]]"
    parcels: 4""",
    """Nombre:      [[PERSON:Tomás Ruiz Aranda]]
DNI:         [[ID_NUMBER:29184736J]]
Puesto:      Mozo de almacén
Centro:      [[LOCATION:Getafe]]
Alta:        [[DATE_TIME:07/10/2024]]
Teléfono:    [[PHONE_NUMBER:634 118 205]]

Nombre:      [[PERSON:Samira Haddou]]
DNI:         [[ID_NUMBER:Y5520419L]]
Puesto:      Carretillera
Centro:      [[LOCATION:Getafe]]
Alta:        [[DATE_TIME:14/10/2024]]
Teléfono:    [[PHONE_NUMBER:688 402 917]]""",
    """guest,room,check_in,nights,passport,nationality
[[PERSON:Henrik Dahl]],412,[[DATE_TIME:2025-03-14]],3,[[ID_NUMBER:FJ4418203]],[[NRP:Danish]]
[[PERSON:Ayumi Sato]],415,[[DATE_TIME:2025-03-14]],2,[[ID_NUMBER:TR8829104]],[[NRP:Japanese]]
[[PERSON:Carlos Mendoza]],508,[[DATE_TIME:2025-03-15]],5,[[ID_NUMBER:G41827736]],[[NRP:Mexican]]
[[PERSON:Oluwadamilare Ajayi]],510,[[DATE_TIME:2025-03-15]],1,[[ID_NUMBER:A09118274]],[[NRP:Nigerian]]""",
    """| ts (UTC)            | user          | source ip        | result  |
|---------------------|---------------|------------------|---------|
| [[DATE_TIME:2025-02-03 06:12:44]] | [[USERNAME:hnguyen]]       | [[IP_ADDRESS:118.69.201.14]]    | success |
| [[DATE_TIME:2025-02-03 06:40:09]] | [[USERNAME:m.abubakar]]    | [[IP_ADDRESS:197.210.53.88]]    | failed  |
| [[DATE_TIME:2025-02-03 06:40:31]] | [[USERNAME:m.abubakar]]    | [[IP_ADDRESS:197.210.53.88]]    | success |
| [[DATE_TIME:2025-02-03 07:02:17]] | [[USERNAME:ltorres]]       | [[IP_ADDRESS:2806:106e:19:4f1a::2]] | locked  |""",
    """Student\tYear\tDOB\tGuardian\tGuardian phone
[[PERSON:Aarav Mehta]]\t4\t[[DATE_TIME:12/06/2016]]\t[[PERSON:Pooja Mehta]]\t[[PHONE_NUMBER:0401 228 915]]
[[PERSON:Isla McKenzie]]\t4\t[[DATE_TIME:30/01/2016]]\t[[PERSON:Grant McKenzie]]\t[[PHONE_NUMBER:0418 330 472]]
[[PERSON:Kiri Parata]]\t4\t[[DATE_TIME:05/11/2015]]\t[[PERSON:Huia Parata]]\t[[PHONE_NUMBER:0422 907 163]]""",
    """AWB            SHIPPER                CONSIGNEE              CONSIGNEE TEL      PCS  KG
176-44182093   Shenzhen Brightway Co  [[PERSON:Daniela Costa]]         [[PHONE_NUMBER:+351 913 208 447]]   2    14.5
176-44182104   Shenzhen Brightway Co  [[PERSON:Rui Almeida]]           [[PHONE_NUMBER:+351 926 771 038]]   1    3.2
176-44182115   Dongguan Ketai Ltd     [[PERSON:Inês Figueiredo]]       [[PHONE_NUMBER:+351 965 014 882]]   6    48.0""",
    """member_no,first,last,dob,email,plan
[[ID_NUMBER:GYM-20931]],[[PERSON:Chanel]],[[PERSON:Brooks]],[[DATE_TIME:1994-10-02]],[[EMAIL_ADDRESS:chanelbrooks94@gmail.com]],off-peak
[[ID_NUMBER:GYM-20944]],[[PERSON:Femi]],[[PERSON:Adebayo]],[[DATE_TIME:1988-07-19]],[[EMAIL_ADDRESS:femi.adebayo@hotmail.com]],full
[[ID_NUMBER:GYM-20958]],[[PERSON:Roisin]],[[PERSON:Doyle]],[[DATE_TIME:2001-03-28]],[[EMAIL_ADDRESS:roisin.doyle01@gmail.com]],student""",
    """account_holder | iban | bic | amount_eur | purpose
[[PERSON:Jan de Vries]] | [[IBAN_CODE:NL67ABNA0521804937]] | ABNANL2A | 1450.00 | salary March
[[PERSON:Sanne Bakker]] | [[IBAN_CODE:NL56INGB0661204459]] | INGBNL2A | 1312.75 | salary March
[[PERSON:Mohamed El Idrissi]] | [[IBAN_CODE:NL22TRIO0212317704]] | TRIONL2U | 1620.40 | salary March
[[PERSON:Femke Visser]] | [[IBAN_CODE:BE97001912883749]] | GEBABEBB | 980.00 | expenses""",
    """- tenant: [[PERSON:Esi Owusu]]
  unit: [[ADDRESS:Flat 2A]]
  lease_start: [[DATE_TIME:2024-09-01]]
  phone: [[PHONE_NUMBER:07812 554 019]]
  rent_pcm: 1150
- tenant: [[PERSON:Callum Boyd]]
  unit: [[ADDRESS:Flat 3C]]
  lease_start: [[DATE_TIME:2023-06-15]]
  phone: [[PHONE_NUMBER:07700 148 362]]
  rent_pcm: 1095""",
    """pet_name,species,owner,owner_phone,postcode,next_vaccination
Mochi,cat,[[PERSON:Yuki Tanaka-Hill]],[[PHONE_NUMBER:07441 905 228]],[[ZIP_CODE:BS7 8NR]],[[DATE_TIME:2025-04-02]]
Rolo,dog,[[PERSON:Derek Ashby]],[[PHONE_NUMBER:0117 942 3318]],[[ZIP_CODE:BS6 6QA]],[[DATE_TIME:2025-04-09]]
Pepper,rabbit,[[PERSON:Anita Kowalski]],[[PHONE_NUMBER:07955 310 847]],[[ZIP_CODE:BS3 4LZ]],[[DATE_TIME:2025-05-21]]""",
    """ID      | Name                | Age | Sex | City         | Occupation
--------+---------------------+-----+-----+--------------+----------------
R-0101  | [[PERSON:Lindiwe Ndlovu]]      | [[AGE:29]]  | F   | [[LOCATION:Bulawayo]]     | nurse
R-0102  | [[PERSON:Tendai Moyo]]         | [[AGE:41]]  | M   | [[LOCATION:Harare]]       | truck driver
R-0103  | [[PERSON:Rutendo Chikwanha]]   | [[AGE:35]]  | F   | [[LOCATION:Mutare]]       | teacher
R-0104  | [[PERSON:Farai Mupfumi]]       | [[AGE:23]]  | M   | [[LOCATION:Harare]]       | student""",
    """{"tracking":"JD014600009871234567","recipient":"[[PERSON:Karen Whitlock]]","street":"[[ADDRESS:22 Acacia Avenue]]","town":"[[LOCATION:Slough]]","postcode":"[[ZIP_CODE:SL1 3RT]]","status":"out_for_delivery"}
{"tracking":"JD014600009871234581","recipient":"[[PERSON:Ravinder Gill]]","street":"[[ADDRESS:9 Elm Grove]]","town":"[[LOCATION:Hounslow]]","postcode":"[[ZIP_CODE:TW3 1PZ]]","status":"delivered"}
{"tracking":"JD014600009871234602","recipient":"[[PERSON:Nadia Ferreira]]","street":"[[ADDRESS:118a High Street]]","town":"[[LOCATION:Uxbridge]]","postcode":"[[ZIP_CODE:UB8 1JX]]","status":"exception"}""",
    """Nom\tCognoms\tDNI\tData naixement\tMunicipi
[[PERSON:Pol]]\t[[PERSON:Vilalta Serra]]\t[[ID_NUMBER:50673921E]]\t[[DATE_TIME:03/02/2009]]\t[[LOCATION:Vic]]
[[PERSON:Aina]]\t[[PERSON:Castells Pujol]]\t[[ID_NUMBER:12947038Q]]\t[[DATE_TIME:19/07/2008]]\t[[LOCATION:Manlleu]]
[[PERSON:Biel]]\t[[PERSON:Sala Domènech]]\t[[ID_NUMBER:73402815V]]\t[[DATE_TIME:28/11/2009]]\t[[LOCATION:Torelló]]""",
    """Policyholder          SSN            DOB         State  Premium
[[PERSON:Darnell Hughes]]        [[US_SSN:419-27-5583]]    [[DATE_TIME:08/14/1979]]  [[LOCATION:GA]]     $142.10
[[PERSON:Mercedes Alvarado]]     [[US_SSN:528-90-1146]]    [[DATE_TIME:01/30/1985]]  [[LOCATION:NV]]     $98.75
[[PERSON:Kyle Brandt]]           [[US_SSN:377-61-0429]]    [[DATE_TIME:11/02/1990]]  [[LOCATION:MI]]     $121.40""",
    """flight  seat  passenger                 dob          ff_number
SQ322   31A   [[PERSON:TAN]]/[[PERSON:WEI MING]] [[TITLE:MR]]        [[DATE_TIME:14MAR82]]      [[ID_NUMBER:8841207731]]
SQ322   31B   [[PERSON:TAN]]/[[PERSON:LI HUA]] [[TITLE:MRS]]        [[DATE_TIME:02SEP84]]      [[ID_NUMBER:8841207755]]
SQ322   31C   [[PERSON:TAN]]/[[PERSON:JUN KAI]] [[TITLE:MSTR]]        [[DATE_TIME:27JUN15]]      -""",
    """| Volunteer | Email | Phone | Shifts | T-shirt |
| --- | --- | --- | --- | --- |
| [[PERSON:Olamide]] | [[EMAIL_ADDRESS:olamide.k@yahoo.com]] | [[PHONE_NUMBER:(647) 302-1184]] | Sat AM | L |
| [[PERSON:Jiwoo]] | [[EMAIL_ADDRESS:jiwoo.han@gmail.com]] | [[PHONE_NUMBER:(416) 889-0275]] | Sat PM, Sun | S |
| [[PERSON:Beatriz]] | [[EMAIL_ADDRESS:bea.santos@live.ca]] | [[PHONE_NUMBER:(905) 441-6620]] | Sun | M |""",
    """exception_code,consignment,consignee,contact,attempts,notes
NA01,GB7731440921,[[PERSON:Mrs J Ferreira]],[[PHONE_NUMBER:07733 412 908]],2,no answer at door
AD03,GB7731441005,[[PERSON:P. Wiśniewski]],[[PHONE_NUMBER:07511 093 662]],1,address incomplete - flat number missing
RF02,GB7731441187,[[PERSON:Mr Chidi Nnamdi]],[[PHONE_NUMBER:01632 960 447]],1,refused - damaged outer box""",
    """name: [[PERSON:Leilani Kahale]]
employee_id: [[ID_NUMBER:E-55103]]
ssn: [[US_SSN:576-12-8834]]
home_address: [[ADDRESS:94-1030 Waipahu St, Apt 12]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]]
direct_deposit_account: [[ID_NUMBER:0031884920]]
routing: 121301028
hire_date: [[DATE_TIME:2021-05-10]]""",
    """card_token,card_number,holder,exp,last_used
tok_8HkQ2,[[CREDIT_CARD:4266-8401-7739-2156]],[[PERSON:Ingrid Halvorsen]],07/27,[[DATE_TIME:2025-02-27 09:14]]
tok_8HkQ7,[[CREDIT_CARD:5568-9302-1744-5189]],[[PERSON:Jabari Wells]],12/26,[[DATE_TIME:2025-02-27 11:51]]
tok_8HkR1,[[CREDIT_CARD:6011-6273-0418-8521]],[[PERSON:Claire Fontaine]],03/28,[[DATE_TIME:2025-02-28 16:03]]""",
    """Aadhaar            Name                    Mobile            District
[[ID_NUMBER:3671 0248 1954]]     [[PERSON:Suresh Yadav]]            [[PHONE_NUMBER:98390 44127]]       [[LOCATION:Varanasi]]
[[ID_NUMBER:6204 8819 3725]]     [[PERSON:Meena Kumari]]            [[PHONE_NUMBER:94150 28836]]       [[LOCATION:Prayagraj]]
[[ID_NUMBER:9412 7730 6589]]     [[PERSON:Imran Ansari]]            [[PHONE_NUMBER:70070 61592]]       [[LOCATION:Gorakhpur]]""",
    """{"locker":"BCN-0412","code":"884201","pickup_by":"[[PERSON:Berta Campins]]","mobile":"[[PHONE_NUMBER:+34 622 918 430]]","expires":"2025-03-09"}
{"locker":"BCN-0412","code":"190337","pickup_by":"[[PERSON:Eduard Rovira]]","mobile":"[[PHONE_NUMBER:+34 699 204 117]]","expires":"2025-03-10"}
{"locker":"BCN-0415","code":"550812","pickup_by":"[[PERSON:Noelia Paredes]]","mobile":"[[PHONE_NUMBER:+34 611 730 884]]","expires":"2025-03-10"}""",
    """speaker, affiliation, talk, twitter, website
[[PERSON:Dr. Amaka Obi]], University of Lagos, Port congestion in West Africa, [[USERNAME:amakaobi_ports]], [[URL:https://amakaobi.net]]
[[PERSON:Prof. Lars Eriksen]], Aarhus BSS, Green corridors, [[USERNAME:lars_eriksen]], -
[[PERSON:Priyanka Sethi]], freelance, Last-mile data ethics, [[USERNAME:psethi]], [[URL:https://priyankasethi.substack.com]]""",
    """SIN          SURNAME        GIVEN NAMES       PROV  DOB
[[ID_NUMBER:130 629 579]]  [[PERSON:LEBLANC]]        [[PERSON:Marc-André]]        [[LOCATION:NB]]    [[DATE_TIME:1972-06-09]]
[[ID_NUMBER:277 518 403]]  [[PERSON:GAGNON]]         [[PERSON:Élise]]             [[LOCATION:QC]]    [[DATE_TIME:1990-12-21]]
[[ID_NUMBER:488 120 932]]  [[PERSON:SINGH]]          [[PERSON:Gurpreet]]          [[LOCATION:ON]]    [[DATE_TIME:1984-03-03]]""",
    """| # | Name | Team | Jersey | Emergency contact |
|--:|------|------|-------:|-------------------|
| 1 | [[PERSON:Mateo Rossi]] | U12 Blue | 7 | [[PERSON:Giada Rossi]], [[PHONE_NUMBER:0432 118 906]] |
| 2 | [[PERSON:Noah Tuilagi]] | U12 Blue | 11 | [[PERSON:Sina Tuilagi]], [[PHONE_NUMBER:0421 550 371]] |
| 3 | [[PERSON:Zara Hussain]] | U12 Red | 4 | [[PERSON:Imran Hussain]], [[PHONE_NUMBER:0409 227 814]] |""",
    """seized_item\tqty\tpassenger\tflight\tdate\tofficer
cigarettes (cartons)\t12\t[[PERSON:Dorin Popescu]]\tW6 2217\t[[DATE_TIME:2025-01-12]]\t[[TITLE:HO]] [[PERSON:Kerr]]
cash (EUR)\t14,500\t[[PERSON:Yaw Asamoah]]\tKQ 100\t[[DATE_TIME:2025-01-14]]\t[[TITLE:HO]] [[PERSON:Begum]]
khat (kg)\t8\t[[PERSON:Abdirahman Farah]]\tET 700\t[[DATE_TIME:2025-01-14]]\t[[TITLE:HO]] [[PERSON:Kerr]]""",
    """tax_file_number,name,dob,super_fund
[[ID_NUMBER:712 048 699]],[[PERSON:Ashleigh Nguyen]],[[DATE_TIME:14/04/1996]],AustralianSuper
[[ID_NUMBER:539 182 749]],[[PERSON:Lachlan O'Connell]],[[DATE_TIME:02/09/1989]],Hostplus
[[ID_NUMBER:204 861 372]],[[PERSON:Mei Chen]],[[DATE_TIME:30/11/2000]],REST""",
    """Customer: [[PERSON:Alejandro Fuentes]]
Phone: [[PHONE_NUMBER:+1 (312) 555-0106]]
Email: [[EMAIL_ADDRESS:afuentes.chi@gmail.com]]
Billing ZIP: [[ZIP_CODE:60618]]
Plan: Unlimited Plus
Device IMEI: 356938035643809
SIM ICCID: 8901260882295641237""",
    """NRIC/FIN     Name                     Unit            Postal
[[ID_NUMBER:S9012744F]]    [[PERSON:Goh Mei Ling]]             [[ADDRESS:#11-204]]         [[ZIP_CODE:560123]]
[[ID_NUMBER:T0418829I]]    [[PERSON:Muhammad Hafiz]]           [[ADDRESS:#03-118]]         [[ZIP_CODE:560123]]
[[ID_NUMBER:G5530821M]]    [[PERSON:Arjun Pillai]]             [[ADDRESS:#07-09]]          [[ZIP_CODE:650287]]""",
    """order_id,ship_to,address,city,state,zip,sku,qty
A-55019,[[PERSON:Brianna Coleman]],[[ADDRESS:4417 Wisteria Ln]],[[LOCATION:Charlotte]],[[LOCATION:NC]],[[ZIP_CODE:28205]],MUG-BLU-12,2
A-55020,[[PERSON:Hector Villanueva]],[[ADDRESS:903 E 7th St Apt 2]],[[LOCATION:Austin]],[[LOCATION:TX]],[[ZIP_CODE:78702]],TEE-GRY-L,1
A-55024,[[PERSON:Mai Lor]],[[ADDRESS:1860 Arcade St]],[[LOCATION:St. Paul]],[[LOCATION:MN]],[[ZIP_CODE:55109]],CAP-RED-OS,3""",
    """- nombre: [[PERSON:Marina Salgado]]
  nif: [[ID_NUMBER:48215690P]]
  iban: [[IBAN_CODE:ES65 2100 1157 1103 0021 8874]]
  importe: 1.280,00
- nombre: [[PERSON:Rubén Castaño]]
  nif: [[ID_NUMBER:33190847F]]
  iban: [[IBAN_CODE:ES06 0049 6734 7129 1604 7735]]
  importe: 1.105,50
- nombre: [[PERSON:Khadija Amrani]]
  nif: [[ID_NUMBER:X3318274H]]
  iban: [[IBAN_CODE:ES49 0081 5070 5300 0127 6634]]
  importe: 990,00""",
    """Reg      Make/Model       Keeper                 Address
[[ID_NUMBER:FD21 OXK]]  Ford Transit     [[PERSON:Neil Armitage]]          [[ADDRESS:12 Mill Bank]], [[LOCATION:Halifax]]
[[ID_NUMBER:YH69 LBC]]  Vauxhall Vivaro  [[PERSON:Shazia Akhtar]]          [[ADDRESS:78 Leeds Road]], [[LOCATION:Bradford]]
[[ID_NUMBER:MX17 ZRT]]  Citroën Berlingo [[PERSON:Ollie Thwaite]]          [[ADDRESS:3 Canal Side]], [[LOCATION:Skipton]]""",
    """{"patient_id": "[[ID_NUMBER:P-00871]]", "name": "[[PERSON:Aiyana Redcloud]]", "age": [[AGE:58]], "allergies": ["penicillin"], "phone": "[[PHONE_NUMBER:605-555-0172]]"}
{"patient_id": "[[ID_NUMBER:P-00874]]", "name": "[[PERSON:Bao Tran]]", "age": [[AGE:7]], "allergies": [], "phone": "[[PHONE_NUMBER:605-555-0119]]"}
{"patient_id": "[[ID_NUMBER:P-00879]]", "name": "[[PERSON:Ruth Eagleheart]]", "age": [[AGE:81]], "allergies": ["latex", "sulfa"], "phone": "[[PHONE_NUMBER:605-555-0190]]"}""",
    """BSN        Name                    Born           Town
[[ID_NUMBER:231456785]]  [[PERSON:Daan Mulder]]             [[DATE_TIME:11-03-1983]]     [[LOCATION:Utrecht]]
[[ID_NUMBER:609182730]]  [[PERSON:Fatma Yılmaz]]            [[DATE_TIME:27-08-1991]]     [[LOCATION:Rotterdam]]
[[ID_NUMBER:482710391]]  [[PERSON:Joris van Leeuwen]]       [[DATE_TIME:04-12-1976]]     [[LOCATION:Zwolle]]""",
    """| Applicant | Unit applied | Income | Current address | Moved in |
|---|---|---|---|---|
| [[PERSON:Kemi Afolabi]] | 2B | £32,000 | [[ADDRESS:15 Peckham Rye]], [[LOCATION:London]] [[ZIP_CODE:SE15 4JR]] | [[DATE_TIME:Mar 2021]] |
| [[PERSON:Stefan Dumitrescu]] | 2B | £41,500 | [[ADDRESS:Flat 8, 200 Walworth Road]], [[LOCATION:London]] [[ZIP_CODE:SE17 1JL]] | [[DATE_TIME:Aug 2019]] |""",
    """ip_address,mac,hostname,assigned_to,location
[[IP_ADDRESS:10.8.0.21]],3C:52:82:1A:7F:40,LT-0441,[[PERSON:Owen Pryce]],[[LOCATION:Cardiff]] office
[[IP_ADDRESS:10.8.0.22]],3C:52:82:1A:80:11,LT-0442,[[PERSON:Seren Lloyd]],[[LOCATION:Cardiff]] office
[[IP_ADDRESS:10.8.0.37]],F0:2F:74:9C:12:AB,WS-0190,[[PERSON:Adnan Rashid]],remote""",
    """id_number        name                  gender  dob          province
[[ID_NUMBER:8509155127089]]    [[PERSON:Lwazi Ngcobo]]          M       [[DATE_TIME:1985-09-15]]   [[LOCATION:KwaZulu-Natal]]
[[ID_NUMBER:9411020318085]]    [[PERSON:Ayanda Sithole]]        F       [[DATE_TIME:1994-11-02]]   [[LOCATION:Gauteng]]
[[ID_NUMBER:6703284009084]]    [[PERSON:Elsabé Venter]]         F       [[DATE_TIME:1967-03-28]]   [[LOCATION:Free State]]""",
    """Date        Description                 Amount     Card
03/02/2025  SWIFTPOST COURIER           -24.90     [[CREDIT_CARD:4485 9071 3362 0452]]
04/02/2025  AMZN MKTP UK                -61.15     [[CREDIT_CARD:4485 9071 3362 0452]]
06/02/2025  REFUND EVRI                 +8.40      [[CREDIT_CARD:4485 9071 3362 0452]]
Cardholder: [[TITLE:MR]] [[PERSON:PRAKASH NAIR]]""",
    """Alumne               Curs   Correu del tutor                 Telèfon
[[PERSON:Jana Solé Ferrer]]       3r     [[EMAIL_ADDRESS:mferrer.casas@gmail.com]]          [[PHONE_NUMBER:639 04 71 28]]
[[PERSON:Martí Coll Bou]]         3r     [[EMAIL_ADDRESS:josep.coll.b@yahoo.es]]            [[PHONE_NUMBER:626 88 13 05]]
[[PERSON:Laia Prats Roig]]        3r     [[EMAIL_ADDRESS:anna.roig.prats@hotmail.com]]      [[PHONE_NUMBER:670 21 49 36]]""",
    """{"ticket": 90412, "reporter": "[[EMAIL_ADDRESS:ayo.balogun@gmail.com]]", "subject": "customs fee", "priority": "normal"}
{"ticket": 90418, "reporter": "[[EMAIL_ADDRESS:kwame.asante@outlook.com]]", "subject": "parcel damaged", "priority": "high"}
{"ticket": 90433, "reporter": "support-escalations@parcelhub.com", "subject": "duplicate of 90418", "priority": "low"}""",
    """Full name: [[PERSON:Dr. Meera Krishnan]]
Date of birth: [[DATE_TIME:19 Feb 1975]]
Medical registration: [[ID_NUMBER:TNMC 71804]]
Clinic: [[ADDRESS:No. 12, 3rd Cross Street]], [[LOCATION:Adyar]], [[LOCATION:Chennai]] [[ZIP_CODE:600020]]
Mobile: [[PHONE_NUMBER:+91 94440 18273]]
PAN: [[ID_NUMBER:BQKPK3318M]]""",
    """Surname     Forename   PPSN        Eircode    County
[[PERSON:Brennan]]     [[PERSON:Siobhán]]   [[ID_NUMBER:3318407F]]    [[ZIP_CODE:V94 K2T8]]   [[LOCATION:Limerick]]
[[PERSON:Kowalczyk]]   [[PERSON:Piotr]]     [[ID_NUMBER:7720194R]]    [[ZIP_CODE:D15 XR61]]   [[LOCATION:Dublin]]
[[PERSON:O'Driscoll]]  [[PERSON:Fionn]]     [[ID_NUMBER:4509182F]]    [[ZIP_CODE:P72 WF40]]   [[LOCATION:Cork]]""",
    """| Consignee | Country | Declared value | Duties paid by | Contact email |
|:--|:--|--:|:--|:--|
| [[PERSON:Hamid Rezaei]] | [[LOCATION:Germany]] | 420.00 EUR | receiver | [[EMAIL_ADDRESS:h.rezaei@gmx.de]] |
| [[PERSON:Olga Ivanova]] | [[LOCATION:Latvia]] | 95.00 EUR | sender | [[EMAIL_ADDRESS:olga.ivanova@inbox.lv]] |
| [[PERSON:Tiago Nunes]] | [[LOCATION:Portugal]] | 1,150.00 EUR | receiver | [[EMAIL_ADDRESS:tiago.nunes@sapo.pt]] |""",
    """username;display_name;email;created;country
[[USERNAME:nightowl_kat]];[[PERSON:Katarzyna L.]];[[EMAIL_ADDRESS:kat.lewandowska@wp.pl]];[[DATE_TIME:2022-12-02]];[[LOCATION:Poland]]
[[USERNAME:beatdrop99]];[[PERSON:Marcus]];[[EMAIL_ADDRESS:marcus.j.tate@gmail.com]];[[DATE_TIME:2023-05-18]];[[LOCATION:United States]]
[[USERNAME:sakuramochi]];[[PERSON:Haruka Ito]];[[EMAIL_ADDRESS:haruka.ito@docomo.ne.jp]];[[DATE_TIME:2024-01-07]];[[LOCATION:Japan]]""",
    """beneficiary_name    iban                           amount   ref
[[PERSON:Pierre Marchand]]     [[IBAN_CODE:FR76 3000 2005 5000 0015 7823 107]]  750.00   INV-2291
[[PERSON:Sabine Keller]]       [[IBAN_CODE:DE13 1005 0000 1064 2839 17]]      1,020.00 INV-2294
[[PERSON:Tomás Ó Briain]]      [[IBAN_CODE:IE72 AIBK 9320 8612 4477 30]]      315.60   INV-2297
[[PERSON:Ana Lúcia Prates]]    [[IBAN_CODE:PT50 0007 0000 0041 2873 9207 5]]  512.00   INV-2301""",
    """pickup_date: [[DATE_TIME:2025-03-18]]
slot: 08:00-12:00
contact: [[PERSON:Sunil Varghese]]
phone: [[PHONE_NUMBER:+971 50 441 8207]]
address: [[ADDRESS:Villa 7, Street 14]], [[LOCATION:Jumeirah 3]], [[LOCATION:Dubai]]
items: 4 cartons, 1 bicycle
destination: [[LOCATION:Kochi]]""",
    """#,Name,Age,Town,Condition,Visit
1,[[PERSON:Hilda Mwangi]],[[AGE:74]],[[LOCATION:Nyeri]],hypertension,[[DATE_TIME:12 Feb]]
2,[[PERSON:Peter Kamau]],[[AGE:66]],[[LOCATION:Karatina]],diabetes,[[DATE_TIME:12 Feb]]
3,[[PERSON:Esther Wairimu]],[[AGE:59]],[[LOCATION:Othaya]],asthma,[[DATE_TIME:13 Feb]]""",
    """USER               LAST LOGIN                 FROM
[[USERNAME:ogarcia]]            [[DATE_TIME:Mon Mar 10 08:41:02 2025]]   [[IP_ADDRESS:10.12.4.55]]
[[USERNAME:rbhattacharya]]      [[DATE_TIME:Mon Mar 10 08:37:19 2025]]   [[IP_ADDRESS:10.12.4.61]]
[[USERNAME:svc_backup]]         Sun Mar  9 02:00:01 2025   [[IP_ADDRESS:127.0.0.1]]""",
    """Passenger manifest - coach 2
Seat  Name                   DOB         Passport      Nationality
12    [[PERSON:Ana Luísa Ferraz]]       [[DATE_TIME:05.05.1990]]  [[ID_NUMBER:CB418273]]      [[NRP:Portuguese]]
13    [[PERSON:Miguel Ferraz]]          [[DATE_TIME:17.01.1988]]  [[ID_NUMBER:CB418299]]      [[NRP:Portuguese]]
14    [[PERSON:Zeynep Demir]]           [[DATE_TIME:30.09.1996]]  [[ID_NUMBER:U19283746]]     [[NRP:Turkish]]""",
    """cust_ref,contact_name,phone,email,preferred_drop
C-44817,[[PERSON:Lerato Molefe]],[[PHONE_NUMBER:+27 71 882 4410]],[[EMAIL_ADDRESS:lerato.molefe@gmail.com]],leave with security
C-44823,[[PERSON:Johan van Wyk]],[[PHONE_NUMBER:+27 82 310 5582]],[[EMAIL_ADDRESS:jvanwyk@telkomsa.net]],garage
C-44829,[[PERSON:Nomsa Dube]],[[PHONE_NUMBER:+27 60 447 1938]],[[EMAIL_ADDRESS:nomsa.d@icloud.com]],front door""",
    """| Name | Date of birth | CPF | City |
|------|---------------|-----|--------|
| [[PERSON:Larissa Monteiro]] | [[DATE_TIME:1993-04-21]] | [[ID_NUMBER:418.273.006-20]] | [[LOCATION:Campinas]] |
| [[PERSON:Thiago Barros]] | [[DATE_TIME:1987-10-08]] | [[ID_NUMBER:902.113.847-63]] | [[LOCATION:Recife]] |""",
    """- name: "[[PERSON:Kaveh Jafari]]"
  role: dispatcher
  shift: night
  phone: "[[PHONE_NUMBER:+1 604 555 0148]]"
- name: "[[PERSON:Maya Thompson]]"
  role: dispatcher
  shift: day
  phone: "[[PHONE_NUMBER:+1 604 555 0163]]"
- name: "Dispatch desk"
  role: shared
  shift: 24/7
  phone: "+1 800 555 0100\"""",
    """ACCOUNT NO   HOLDER                     OPENED       BRANCH
[[ID_NUMBER:0049218833]]   [[PERSON:Chiedza Mutasa]]             [[DATE_TIME:14/06/2018]]   [[LOCATION:Borrowdale]]
[[ID_NUMBER:0049220174]]   [[PERSON:Blessing Nyathi]]            [[DATE_TIME:02/02/2020]]   [[LOCATION:Bulawayo]]
[[ID_NUMBER:0049231590]]   [[PERSON:Kudakwashe Marufu]]          [[DATE_TIME:21/09/2023]]   [[LOCATION:Gweru]]""",
    """{"courier":"[[PERSON:Diego Paredes]]","courier_phone":"[[PHONE_NUMBER:+56 9 6221 4830]]","stops":[{"name":"[[PERSON:Francisca Soto]]","addr":"[[ADDRESS:Av. Providencia 1208, depto 504]]","comuna":"[[LOCATION:Providencia]]"},{"name":"[[PERSON:Ignacio Muñoz]]","addr":"[[ADDRESS:Los Leones 2291]]","comuna":"[[LOCATION:Ñuñoa]]"}]}""",
    """Medicare No.     Name                   DOB          Suburb
[[ID_NUMBER:4017 29650 1]]     [[PERSON:Jessica Tran]]           [[DATE_TIME:02/07/1992]]   [[LOCATION:Cabramatta]]
[[ID_NUMBER:5183 02645 2]]     [[PERSON:Wiremu Henare]]          [[DATE_TIME:18/12/1969]]   [[LOCATION:Penrith]]""",
    """| Remitente | DNI | Destino | Peso (kg) | Importe | Estado |
|---|---|---|---|---|---|
| [[PERSON:Begoña Arrieta]] | [[ID_NUMBER:25670413K]] | [[LOCATION:Buenos Aires]] | 4,2 | 58,90 € | en aduana |
| [[PERSON:Ernesto Quiroga]] | [[ID_NUMBER:Z0847712Y]] | [[LOCATION:Lima]] | 1,1 | 22,40 € | entregado |
| [[PERSON:Nerea Goikoetxea]] | [[ID_NUMBER:60138274J]] | [[LOCATION:Bogotá]] | 7,8 | 96,15 € | en tránsito |""",
]

CHAT = [
    """[10:02] ParcelNow bot: Hi! I'm Pip, your virtual assistant. What's your tracking number?
[10:02] You: PN448120937GB
[10:03] ParcelNow bot: Thanks! To check it's you, what's the delivery postcode?
[10:03] You: [[ZIP_CODE:M20 2LS]]
[10:04] [[PERSON:Rebecca]] (ParcelNow): Hi, [[PERSON:Rebecca]] here. I can see the driver left it in a safe place at 13:40 yesterday. Am I speaking with [[PERSON:Mr Aziz]]?
[10:05] You: yes [[PERSON:Khalid Aziz]]. it's not in the safe place, i've checked the bins and the shed at [[ADDRESS:41 Burton Road]]
[10:06] [[PERSON:Rebecca]] (ParcelNow): Sorry about that. I'll open an investigation and call you on the number on the order, [[PHONE_NUMBER:07908 334 120]]. Is that still right?
[10:06] You: yes that's fine
[10:07] [[PERSON:Rebecca]] (ParcelNow): Done, case ref INV-2203-8841. You'll hear back within 48 hours.""",
    """[18:22] [[PERSON:Adwoa]]: has anyone got [[PERSON:Kofi]]'s new address for the barrel? the shipper needs it by friday
[18:25] [[PERSON:Yaw Boakye]]: it's [[ADDRESS:House No. 14, Nii Odai Ayiku Road]], [[LOCATION:Dzorwulu]], [[LOCATION:Accra]]
[18:25] [[PERSON:Yaw Boakye]]: his number there is [[PHONE_NUMBER:+233 24 418 2071]]
[18:27] [[PERSON:Adwoa]]: thanks!! and whose name do we put as receiver, his or Auntie [[PERSON:Efua]]'s?
[18:30] [[PERSON:Maame Serwaa]]: put [[PERSON:Efua]], she's home more. her ghana card is [[ID_NUMBER:GHA-718294035-6]]
[18:31] [[PERSON:Adwoa]]: ok booked the collection for [[DATE_TIME:Saturday 15th]] from mine, [[ADDRESS:22 Coldharbour Lane]] 👍
[18:31] [[PERSON:Adwoa]]: £95 for the big barrel, send me your share pls""",
    """#customs-ops
[[PERSON:Hannah Lee]]  9:14 AM
@[[USERNAME:rafael.mendes]] the broker kicked back the entry for the [[PERSON:Oyelaran]] shipment, they want the importer's EORI not ours
[[PERSON:Rafael Mendes]]  9:16 AM
on it. [[PERSON:Tunde Oyelaran]] is importing privately so it's his own: [[ID_NUMBER:GB318847209000]]. i'll add his NI number [[ID_NUMBER:PZ 41 28 93 B]] too since HMRC asked for it last time
[[PERSON:Hannah Lee]]  9:17 AM
great. his mobile for the delivery booking is [[PHONE_NUMBER:07723 509114]], he wants [[DATE_TIME:Thursday 20 March]]
[[PERSON:Priya Raman]]  9:30 AM
fyi the customs@ourco.com mailbox is full again, please stop cc'ing it""",
    """Agente ([[PERSON:Sergio]]): Buenas tardes, le atiende [[PERSON:Sergio]]. ¿En qué puedo ayudarle?
Cliente: Hola, tengo un envío retenido en aduanas y me piden el DNI del destinatario
Agente ([[PERSON:Sergio]]): ¿Me indica el número de envío y el nombre del destinatario?
Cliente: 2291004417733, a nombre de [[PERSON:Francisco Javier Molina Cruz]]
Cliente: el DNI es [[ID_NUMBER:16483902D]]
Agente ([[PERSON:Sergio]]): Gracias. ¿La dirección de entrega sigue siendo [[ADDRESS:Calle Cervantes 5, 2º A]], [[ZIP_CODE:18010]] [[LOCATION:Granada]]?
Cliente: sí, y si no estoy que lo dejen con mi vecina [[PERSON:Encarni]], la del [[ADDRESS:2º B]]
Agente ([[PERSON:Sergio]]): Perfecto. Le enviamos el enlace de pago de los aranceles por SMS al [[PHONE_NUMBER:655 302 718]].""",
    """Chat transcript - Harbor Federal Credit Union
Member: Hi, I think someone used my debit card
Ava (virtual agent): I'm sorry to hear that. I'll connect you with a specialist.
[[PERSON:Jordan]] (Card Services): Hi, this is [[PERSON:Jordan]]. For verification, can you give me your full name and date of birth?
Member: [[PERSON:Latoya Simmons]], [[DATE_TIME:4/18/1986]]
[[PERSON:Jordan]] (Card Services): Thank you, [[PERSON:Ms. Simmons]]. Which card is it?
Member: the one ending 7392, full number [[CREDIT_CARD:4023 6001 8427 7392]]
[[PERSON:Jordan]] (Card Services): Please don't post the full number in chat, I've masked it now. I see two charges from an online retailer on [[DATE_TIME:March 2]]. The card is blocked and a new one will go to [[ADDRESS:2715 Beech St]], [[LOCATION:Norfolk]], [[LOCATION:VA]] [[ZIP_CODE:23509]].
Member: ok thank you""",
    """[[USERNAME:vortexqueen]]: anyone selling the cosmic bundle? can pay paypal
[[USERNAME:Skr1mz]]: got one, paypal me at [[EMAIL_ADDRESS:lukas.brenner07@gmx.at]]
[[USERNAME:vortexqueen]]: sent 15€, the name on my paypal is [[PERSON:Zoe Fairbanks]] btw
[[USERNAME:Skr1mz]]: got it ty, add me ingame same name
AutoMod: ⚠️ Reminder: don't share personal info in public channels.
[[USERNAME:pixel_pete]]: lmao [[PERSON:lukas]] just doxxed himself""",
    """[[PERSON:Gary]] (landlord): Hi [[PERSON:Megan]], the boiler engineer is booked for [[DATE_TIME:Monday 10th between 8 and 12]]. His name is [[PERSON:Pawel]] and he'll call from [[PHONE_NUMBER:07588 203119]].
Me: great thanks, I'll be in. can he ring the top bell, [[ADDRESS:flat 3]]?
[[PERSON:Gary]] (landlord): will tell him. Also the March rent came in £20 short?
Me: oh sorry!! just sent the £20 from my Monzo, reference "[[PERSON:MEGAN]] FLAT3"
[[PERSON:Gary]] (landlord): got it, cheers""",
    """[[TITLE:Sister]] [[PERSON:Ruth Adeyemi]]  07:41
Morning all. Bed 4 is [[PERSON:Mr. Seamus Halloran]], [[AGE:78]], transferred from [[LOCATION:Tallaght]] overnight, MRN [[ID_NUMBER:H0448213]]. His daughter [[PERSON:Orla]] wants a call on [[PHONE_NUMBER:087 220 4139]] after the ward round.
[[PERSON:Dr. Kenji Morimoto]]  07:55
Thanks, I'll see him first. Does anyone know who his GP is?
[[PERSON:Nurse Blessing Okoro]]  08:03
[[PERSON:Dr. Fitzpatrick]] in [[LOCATION:Clondalkin]], transfer letter dated [[DATE_TIME:11/03/2025]]
[[TITLE:Sister]] [[PERSON:Ruth Adeyemi]]  08:05
👍""",
]

LOOKALIKE = [
    """Your parcel is on its way!
Hi [[PERSON:Deepika]],
Order #112-4471023-8839102 has been dispatched with 48h Tracked.
Tracking number: H01KLA0004471982
Parcel ID: 8839102-01 | Weight: 1.42 kg
Items: PowerCore 10000 (SKU A1263-BLK-UK), USB-C cable 2 m (SKU CB-2M-441)
Questions? Call our support line on 0330 808 4471 (Mon-Fri 8am-8pm) or email help@shopwave.co.uk.
Invoice INV-2025-004471 is attached.""",
    """Release notes - routing-engine 4.12.0.3 (build 20250304.1)
- Bumped libgeo from 2.8.1.14 to 2.9.0.0.
- Faster Dijkstra search on the depot graph; Bellman-Ford kept as a fallback for negative tolls.
- Fixed a crash when a depot code such as LHR-4471 or DE-10115 appeared twice in one manifest.
- ZIP-like lane codes (e.g. 90210-X) are now treated as plain text.
- Installer sha256: 9f2c4e81a7d0b3f5c6e19a2b8d4f7c0e1a3b5d7f9e2c4a6b8d0f1e3a5c7b9d2f
- Migration id: 7c9e6679-7425-40de-944b-e07fc1f90ae7
- The sample config now ships with the placeholder support line 1-800-555-0199.""",
    """Importing goods for your business: a quick guide
1. Register for an EORI number (company EORIs look like GB123456789000).
2. Classify the goods with the tariff, e.g. 8471.30.00 00 for laptops or 6109.10.00 10 for cotton T-shirts.
3. Submit the declaration through your broker; you will get an MRN such as 25GB3C4F7A1B2D3E48.
4. For queries call the National Clearance Hub on 03000 322 7590 or write to enquiries.nch@customs.example.gov.uk.
Our [[LOCATION:Felixstowe]] office is on Walton Avenue.
Case officer for the pilot scheme: [[PERSON:Rosalind Pemberton-Ansah]], [[EMAIL_ADDRESS:rosalind.pemberton-ansah@customs.example.gov.uk]].""",
    """Order confirmation - Chapter & Verse Books
Order no. 2025-000418273 | Invoice 418273/A
1 x The Hound of the Baskervilles, ISBN 978-1-84353-721-2, £6.99
1 x El amor en los tiempos del cólera, ISBN 978-84-9750-321-1, £10.50
1 x On the Origin of Species (facsimile), ISBN 978-0-06-231609-7, £14.00
Collect from our branch on Charles Darwin Street, opposite the Gandhi statue, or call the shop on 020 7946 0821.
Gift message: "Happy birthday, [[PERSON:Noor]]! Love from [[PERSON:Idris]]."
Thank you for shopping with an independent bookshop.""",
    """Cycle count - aisle 14
Bay  SKU            Serial            Qty  MAC (smart locks)
14A  LCK-SMT-0042   SN-7731-0448-21   12   00:1A:2B:3C:4D:5E
14B  LCK-SMT-0043   SN-7731-0448-35   8    00:1A:2B:3C:4D:61
14C  PAL-EU-1200    PLT 384210077     40   -
Lock firmware: 3.10.4.22 (older units 2.9.17.1).
Send discrepancies to [[PERSON:Marcin Zając]] ([[EMAIL_ADDRESS:m.zajac@polwarehouse.pl]]); general queries to inventory@polwarehouse.pl or ext. 2210.""",
    """ALBARÀ DE LLIURAMENT núm. A-2025/004417
Transports Vallès Express, S.L. - NIF B65418273 - tel. 93 700 44 17 - comandes@vallesexpress.cat
Comanda: 4471-2291 · Palets: 3 (EUR) · Pes: 1.240 kg · Lot: L25-0304-B · EAN 8437004417299
Ruta: [[LOCATION:Sabadell]] > [[LOCATION:Terrassa]] > [[LOCATION:Rubí]]
Destinatària: [[PERSON:Gemma Planas]], Ferreteria Planas, carrer de Pau Claris (accés per la rambla)
Signatura del transportista: ____________""",
    """INC0048213 - VPN concentrator alarms
Between 02:10 and 02:40 the concentrator logged 4,471 handshake failures. Root cause: expired intermediate certificate (serial 4F:22:9A:10:7C:E3:01:88).
Sites affected: LHR2, MAN1, EDI1. Firmware moved from 17.3.4.1 to 17.6.1.0; OID 1.3.6.1.4.1.9.9.171 re-polled.
Commit a3f9c2e7b1d4 reverted.
Only one user reported it: [[PERSON:Callum Reid]], connecting from [[IP_ADDRESS:86.142.17.203]]. Service desk: 0800 028 4471.""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind80", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind142.jsonl: a blind, hand-written labeled PII set (240 records).

    .venv/bin/python tests/data/make_blind142.py

Blind: written by an outside evaluator without any knowledge of the detector.
Read, and only these: the first 121 lines of make_blind22.py (its docstring
with the labeling conventions and the style descriptions, and its import
lines) and its tail from `STYLES = {` to the end (the STYLES dict and
main(), copied as scaffolding); gold_sets.py in full (the checks and
write_and_report()); lines 1-64 of make_handwritten.py (its conventions, the
MARK and TITLE_IN_NAME regexes and parse()). Not read: the record lists of
make_blind22.py, anything under minimize/, recognizers/ or bench/, the
README, any other test, any other make_*.py, and any *.jsonl (this script's
own output included). Git was not run at all. The detector, the bench,
pytest and `minimize` were never run; the only things run were this script
(it prints counts) and throwaway code to work out check digits, not kept.
Do not tune the detector against this set: once it has been used to tune,
it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py; the
language tag next to each record is only counted. Card numbers pass Luhn;
the Spanish IBANs pass mod-97 with the Spanish length and carry the right
national check digits; the Guatemalan IBANs (GT, 28 characters) pass mod-97,
but GT is missing from gold_sets.IBAN_LENGTHS, so they are checked on mod-97
only (gold_sets.py was not edited). National ids with a public check digit
were given a valid one with hand-run throwaway code: Mexican CURP and the
RFC of a person (homoclave digit), the IMSS NSS, CLABE account numbers,
the Guatemalan CUI of the DPI (and its department and municipality codes)
and NIT, the Canadian SIN, the Ontario health card number, Spanish DNI and
NIE letters, and the ISBN-13 / EAN-13 look-alikes. Not checked: US SSNs
and ITINs, INE voter keys, Medicare MBIs, A-Numbers, passports, licences,
plates, other bank account numbers, and member, staff, worker, student,
patient and customer numbers.

Styles (ids `blind142-<style>-NNN`):
- `bench` (85): records in the manner of the public PII-masking benchmarks:
  ai4privacy pii-masking-200k/300k/400k (odd dense sentences with names, job
  titles, streets with building numbers, secondary addresses, IPv4 / IPv6,
  MACs, user agents, card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1
  (claims, contracts, loan, medical, rental and benefit forms, notices,
  letters, petitions) and Nemotron-PII (JSON, log lines, SQL, XML / FHIR,
  YAML, .env, HTTP requests, test code, tickets, form dumps, mail headers).
- `gen` (80): one to four "realistic sentences with personal data", names at
  the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (60): one small table each, rendered as text (CSV with commas and
  semicolons, quoted and not, TSV, pipes / Markdown / psql, fixed-width, JSON
  lines, YAML, key: value blocks); header rows unlabeled, non-PII columns
  mixed in.
- `chat` (8): a support chat, a family chat, a marketplace chat, team
  threads (Slack, helpdesk) and a weavers' group chat, with the speakers'
  names.
- `lookalike` (7): texts full of non-PII that looks like PII (invoice,
  order, tracking, booking, lot, container, customs and ICO references,
  SKUs, ISBN / EAN, IP-shaped versions, hashes, UUIDs, serials, company
  registration numbers and RFC, company phones, role mailboxes, eponyms,
  streets named after people without a number), with the few real PII values
  labeled; the first one has no PII at all.

Languages and places: 215 records in English (Mexico, Guatemala, the US,
Canada and Spain), 25 in the languages of the region: 13 in the Spanish of
Puebla, Veracruz, Guerrero and the Guatemalan highlands, 6 in Nahuatl (the
Sierra Norte de Puebla, Zongolica and Guerrero, written with k, s, w, j as
their communities write it) and 6 in K'iche' (the Guatemalan unified
alphabet); they are spread over every style. Names, address shapes (colonias,
"Privada 14 Poniente 1107", Guatemalan "2a. Calle 4-18, zona 3", cantones and
aldeas), phone shapes and date shapes are local. Domains: coffee
cooperatives, microfinance for women weavers, and migrants' consular and
remittance services carry extra weight (about 55 records together); the
rest are spread over banking, health, pharmacy, legal, schools, HR and
payroll, retail, travel and hotels, telecoms, government, housing, gaming,
social media, IT, deliveries, gyms, vets, insurance and charities.

Labeling conventions: those of make_blind22.py's docstring, in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart; job titles are not TITLE and family
  words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, rural
  routes with their box; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates with a day or a month, in any shape, with a
  time written with them; not bare years, weekdays alone, durations, or
  dates not tied to a person. AGE: the number only. USERNAME: without "@".
  URL: personal pages and profiles only. NRP: nationality, religion or
  political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MACs, routing
  numbers and BICs, CVVs and expiries, PINs, order / ticket / claim / policy
  / booking / tracking references, company phones and role mailboxes,
  versions, hashes, serials, partial numbers ("ending 4412"), pets,
  eponyms and brands named after people, header rows. As in make_blind22.py:
  "sex", "role", "dept", "status" columns stay unlabeled, an "age" column is
  AGE, a "country" or "state" column is LOCATION (two-letter codes there
  too), a "nationality" column is NRP, building number and secondary
  address fields are ADDRESS, and a "last_login" of a person's account is
  DATE_TIME.

Calls made while writing this set:
- TITLE also covers Spanish and other honorifics: don / doña, Lic., Dra.,
  Hon., Father (a priest), and MS / MSTR in an airline name field. Family
  words (abuela, Tía, Grandma, and K'iche' "Nan" for mother) stay outside.
- Colonias, barrios, Guatemalan zonas, cantones, parajes and aldeas are
  LOCATION, their designator included ("Col. Centro", "zona 1", "aldea
  Chuicotom"); a Guatemalan "7a. Avenida 12-30" is ADDRESS. A house on a
  street without a number ("Calle Benito Juárez s/n") given as someone's
  home address is ADDRESS; a street named alone, without a number, is not.
- A place that is part of the name of an institution (consulate, court,
  hospital, municipality, union, store, group) is not labeled; the city
  where an office is, said apart ("the consulate in Raleigh", "...OF
  GUATEMALA IN HOUSTON"), is LOCATION. An office's or shop's address with a
  number is ADDRESS like any other.
- ID_NUMBER also covers: CURP, a person's RFC, INE voter key, IMSS NSS, CLABE,
  DPI / CUI, a person's NIT, matrícula consular numbers, A-Numbers, ITINs
  (ID_NUMBER, not US_SSN), SINs, DNI / NIE, provincial health cards,
  Medicare MBIs, California CII numbers, frequent-flyer numbers, and printed
  worker, member and staff numbers (TT-0412, W-3301, EMP_NO). Not labeled:
  a company's registration number, RFC or NIT, remittance control numbers
  (MTCN, folio, "número de control"), loan numbers, coffee lot numbers and
  ICO marks, prescription numbers, IMEI / ICCID / VIN, and bare database
  row ids ("id = 77102").
- DATE_TIME also covers the day a named person sends or receives money,
  picks up a remittance, gets a loan paid out, signs, travels, moves,
  starts a job or joins a service (gym, sign-up), and the Date: header of a
  person's e-mail. Not labeled: timestamps stamped by a system on a log line
  or transaction (log-line times, "created_at", "ts", bank statement dates,
  ticket "opened" dates, invoice dates), expiry dates of documents and
  permits, and a time alone in its own table column.
- A person's work e-mail is EMAIL_ADDRESS; the IP of a person's own laptop
  is IP_ADDRESS even when private. URL-encoded e-mails and phones in request
  lines are labeled with their encoding. Names inside e-mails, usernames and
  URLs are not labeled again.
- Speakers' names in chats are PERSON, bot names are not; a misspelled name
  ("Veronica Cuaxilo") is still PERSON; a mother's maiden name is PERSON.
  Language names (K'iche', Nahuatl, Mixteco Bajo) are not NRP.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind142.jsonl")

# Each record is (language, markup); language is "en", "es" (Spanish of Puebla, Veracruz, Guerrero
# or the Guatemalan highlands), "nah" (Nahuatl) or "quc" (K'iche').

BENCH = [
    ("en", """Transfer request from [[PERSON:Wendy Yamileth Sicán]] (user [[USERNAME:wsican_87]], IP [[IP_ADDRESS:172.58.14.209]]): send USD 350.00 to her mother [[PERSON:Irma Sicán Tuy]] for cash pickup at the Banrural agency in [[LOCATION:San Pedro La Laguna]], [[LOCATION:Sololá]]. Sender address: [[ADDRESS:1187 W 36th Pl, Apt 4]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90007]]. Paid with card [[CREDIT_CARD:4539 8012 7734 6253]], exp 08/27, CVV 613."""),
    ("en", """The Senior Agronomy Technician, [[PERSON:Eulogio Castañeda]], asked for a password reset on account [[USERNAME:ecastaneda.coatepec]] from [[IP_ADDRESS:2806:2f0:9141:e1a3::4b]]. Device MAC 3C:22:FB:91:0E:7A, browser Mozilla/5.0 (Linux; Android 13; SM-A145M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 Mobile Safari/537.36. New password set to Cafetal#2291."""),
    ("en", """MICROLOAN APPLICATION - Solidarity group "Tejedoras Rub'eyal"
Applicant: [[PERSON:Marta Julajuj Cúmez]]
Date of birth: [[DATE_TIME:22/09/1983]]
DPI (CUI): [[ID_NUMBER:3017 26485 0901]]
Home: [[ADDRESS:2a. Calle 4-18]], [[LOCATION:zona 3]], [[LOCATION:Quetzaltenango]]
Mobile: [[PHONE_NUMBER:+502 4127 8830]]
Trade: backstrap loom weaver (huipiles, cortes)
Amount requested: Q 4,500.00 over 10 months
Purpose: thread and dyes for the November market
Guarantor: [[PERSON:Sebastiana Ajanel Quino]], DPI [[ID_NUMBER:2640 17536 0909]]
Signed in [[LOCATION:Quetzaltenango]] on [[DATE_TIME:4 March 2024]]"""),
    ("en", """{"event": "remittance.created", "sender": {"name": "[[PERSON:Aurelio Sánchez Tepoz]]", "phone": "[[PHONE_NUMBER:+1 404 613 2275]]", "email": "[[EMAIL_ADDRESS:aure.sanchez86@gmail.com]]", "address": "[[ADDRESS:3150 Buford Hwy NE, Apt 12B]]", "city": "[[LOCATION:Atlanta]]", "state": "[[LOCATION:GA]]", "zip": "[[ZIP_CODE:30329]]"}, "beneficiary": {"name": "[[PERSON:Lorena Tepoz Cabañas]]", "city": "[[LOCATION:Chilapa de Álvarez]]", "state": "[[LOCATION:Guerrero]]", "clabe": "[[ID_NUMBER:127650013019472855]]"}, "amount_usd": 420, "fx": 16.94, "mtcn": "8371 026 554", "created_at": "2024-05-10T18:22:04Z"}"""),
    ("en", """[[PERSON:Dr. Gabriela Huerta Solís]], [[AGE:47]], Cardiologist at Hospital Ángeles Puebla, lives at [[ADDRESS:Calle 21 Sur 3904, int. 2]], [[LOCATION:Col. Gabriel Pastor]], [[ZIP_CODE:72420]] [[LOCATION:Puebla]], [[LOCATION:Pue.]]. Reach her at [[EMAIL_ADDRESS:gaby.huerta.s@outlook.com]] or [[PHONE_NUMBER:222 241 8836]]. Her RFC, [[ID_NUMBER:LIBI740411HN8]], was entered in error and belongs to her husband [[PERSON:Ignacio Limón Barrientos]]."""),
    ("en", """Hi team, please update the payroll file for [[PERSON:Kimberly Ochoa]] (employee [[ID_NUMBER:EMP-22817]]): new checking account [[ID_NUMBER:4410027365]], routing 111000025, effective with her next pay date. SSN on file [[US_SSN:462-71-3089]]. She moved to [[ADDRESS:2209 Harwood Rd]], [[LOCATION:Bedford]], [[LOCATION:TX]] [[ZIP_CODE:76021]] on [[DATE_TIME:June 1]]."""),
    ("en", """Customer [[PERSON:Nayeli Coyotl]] bought a 2021 Nissan Versa; plate [[ID_NUMBER:TNS-482-B]] ([[LOCATION:Puebla]]), VIN 3N1CN8AE2ML814736. Buyer DOB [[DATE_TIME:1990-07-26]], gender Female, licence [[ID_NUMBER:PUE 0187 2294]]. Contact [[EMAIL_ADDRESS:nayeli.coyotl@yahoo.com.mx]], [[PHONE_NUMBER:+52 222 590 4417]]."""),
    ("en", """Prefix: [[TITLE:Mr.]]
FirstName: [[PERSON:Brandon]]
LastName: [[PERSON:Whitfield]]
JobTitle: Regional Logistics Coordinator
BuildingNumber: [[ADDRESS:5817]]
Street: [[ADDRESS:Cypress Creek Pkwy]]
SecondaryAddress: [[ADDRESS:Suite 330]]
City: [[LOCATION:Houston]]
State: [[LOCATION:Texas]]
ZipCode: [[ZIP_CODE:77069]]
IBAN: [[IBAN_CODE:ES19 3058 0771 5727 1029 4836]]
BIC: CCRIES2AXXX
Card: [[CREDIT_CARD:5424 1880 3617 2906]] (CVV 248, exp 11/26)"""),
    ("en", """HEALTH INSURANCE CLAIM FORM
Member name: [[PERSON:Luis Alberto Gutiérrez]]
Member ID: [[ID_NUMBER:XKM884120937]]
Date of birth: [[DATE_TIME:03/17/1972]]
Address: [[ADDRESS:418 Maple Ave]], [[LOCATION:Elgin]], [[LOCATION:IL]] [[ZIP_CODE:60120]]
Provider: Advocate Sherman Hospital
Date of service: [[DATE_TIME:02/08/2024]]
Diagnosis: Type 2 diabetes mellitus without complications (E11.9)
Claim number: CLM-2024-0418873
Patient signature: [[PERSON:L. A. Gutiérrez]]"""),
    ("en", """RESIDENTIAL TENANCY AGREEMENT (excerpt)
This agreement is made on [[DATE_TIME:15 January 2024]] between the landlord, [[PERSON:Harjit Sandhu]], and the tenants, [[PERSON:Rigoberto Ixcoy]] and [[PERSON:Candelaria Guarchaj]], for the rental unit at [[ADDRESS:44 Erie St N, Unit 2]], [[LOCATION:Leamington]], [[LOCATION:ON]] [[ZIP_CODE:N8H 2Z4]]. Rent of $1,350 is payable on the first day of each month. The tenancy begins on [[DATE_TIME:February 1, 2024]]. Tenant contact: [[PHONE_NUMBER:519-326-4471]]. Landlord e-mail: [[EMAIL_ADDRESS:hsandhu.rentals@gmail.com]]."""),
    ("en", """2024-03-11T14:02:55.118Z INFO  auth-svc      login ok user=[[USERNAME:mjimenez_rx]] ip=[[IP_ADDRESS:189.203.41.77]] ua="okhttp/4.11.0"
2024-03-11T14:03:10.402Z WARN  pharmacy-api  refill denied patient_id=[[ID_NUMBER:PX-0092731]] rx=RX88412907 reason="too_early"
2024-03-11T14:03:11.009Z INFO  notify        sms queued to=[[PHONE_NUMBER:+525544719302]] template=refill_denied_v2"""),
    ("en", """INSERT INTO members (id, full_name, curp, phone, community, birth_date, trees) VALUES
  (311, '[[PERSON:Felipa Xochicale Ramírez]]', '[[ID_NUMBER:XORF581225MPLCML02]]', '[[PHONE_NUMBER:233 104 6621]]', '[[LOCATION:Xiloxochico]]', '[[DATE_TIME:1958-12-25]]', 1800),
  (312, '[[PERSON:Daniela Ortiz Villegas]]', '[[ID_NUMBER:OIVD970312MVZRLN00]]', NULL, '[[LOCATION:Coatepec]]', '[[DATE_TIME:1997-03-12]]', 650);"""),
    ("en", """Gamer tag [[USERNAME:xXTlalocXx]] (real name [[PERSON:Emiliano Cuaxiloa]], age [[AGE:16]]) was banned after two chargebacks on card [[CREDIT_CARD:4556 7301 8842 9130]]. Parent contact: [[PERSON:Verónica Cuaxiloa]], [[EMAIL_ADDRESS:vero.cuaxiloa@hotmail.com]], [[ADDRESS:Av. Hidalgo 57]], [[LOCATION:Zacapoaxtla]], [[LOCATION:Puebla]] [[ZIP_CODE:73680]]. Last login [[DATE_TIME:2024-04-02 23:41]] from [[IP_ADDRESS:201.141.88.6]]."""),
    ("en", """PETITION TO THE CONSULATE GENERAL OF GUATEMALA IN [[LOCATION:HOUSTON]]
We, the undersigned members of the Totonicapán Migrants' Association, ask that a mobile consulate visit [[LOCATION:Pasadena]], [[LOCATION:Texas]] before the end of the year, so that our elders can renew their passports and DPI without travelling.
1. [[PERSON:Tomás Ixcoy Guarchaj]], DPI [[ID_NUMBER:1830 94271 0801]], tel. [[PHONE_NUMBER:(832) 419-5072]]
2. [[PERSON:Francisca Tambriz Baquiax]], passport [[ID_NUMBER:239508771]], tel. [[PHONE_NUMBER:(281) 734-0968]]
3. [[PERSON:Pedro Sapón Xon]], [[ADDRESS:906 Shaver St]], [[LOCATION:Pasadena]], [[LOCATION:TX]] [[ZIP_CODE:77506]]
Contact for the association: [[PERSON:Lidia Cux]], [[EMAIL_ADDRESS:lidiacux.migrantes@gmail.com]]"""),
    ("en", """<Patient xmlns="http://hl7.org/fhir">
  <identifier><system value="http://hl7.org/fhir/sid/us-ssn"/><value value="[[US_SSN:519-04-7736]]"/></identifier>
  <identifier><system value="https://wakemed.example.org/mrn"/><value value="[[ID_NUMBER:MRN00418276]]"/></identifier>
  <name><family value="[[PERSON:Batz]]"/><given value="[[PERSON:Rosa]]"/><given value="[[PERSON:Elena]]"/></name>
  <telecom><system value="phone"/><value value="[[PHONE_NUMBER:(919) 482-7160]]"/></telecom>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1988-10-09]]"/>
  <address><line value="[[ADDRESS:2714 Poole Rd]]"/><city value="[[LOCATION:Raleigh]]"/><state value="[[LOCATION:NC]]"/><postalCode value="[[ZIP_CODE:27610]]"/></address>
  <communication><language><text value="K'iche'"/></language><preferred value="true"/></communication>
</Patient>"""),
    ("en", """# onboarding/new_hires/nh-2024-0715.yaml - do not commit
employee:
  name: [[PERSON:Daniela Ortiz Villegas]]
  work_email: [[EMAIL_ADDRESS:dortiz@tecnosierra.mx]]
  personal_phone: "[[PHONE_NUMBER:+52 228 119 3350]]"
  curp: [[ID_NUMBER:OIVD970312MVZRLN00]]
  start_date: [[DATE_TIME:2024-07-15]]
  laptop_serial: PF3KX9A2
  vpn_user: [[USERNAME:dortizv]]
  temp_password: "Xalapa-2024!"
  team: field-sensors"""),
    ("en", """Booking YK7Q2M for [[PERSON:Ms. Itzel Mendoza Pacheco]], flying MEX-MAD on [[DATE_TIME:19/06/2024]]; passport [[ID_NUMBER:G47120938]] ([[LOCATION:Mexico]]), valid until 2031. Emergency contact: [[PERSON:Héctor Mendoza]], [[PHONE_NUMBER:+52 55 4871 2093]]. Paid with Amex [[CREDIT_CARD:3782 821049 66336]]; billing address [[ADDRESS:Calle Tonalá 214, depto. 5]], [[LOCATION:Col. Roma Norte]], [[LOCATION:Cuauhtémoc]], [[ZIP_CODE:06700]] [[LOCATION:CDMX]]."""),
    ("en", """Consulate of Mexico in [[LOCATION:Chicago]] - Appointment confirmation
Dear [[PERSON:Mr. Nicolás Temoxtle Hernández]],
your appointment for a matrícula consular is confirmed for [[DATE_TIME:Thursday, August 22, 2024 at 9:40 a.m.]] Please bring your birth certificate, your CURP ([[ID_NUMBER:TEHN940221HGRMRC02]]) and a proof of address in [[LOCATION:Illinois]], such as a utility bill for [[ADDRESS:3341 W 26th St]], [[LOCATION:Chicago]], [[ZIP_CODE:60623]].
Confirmation code: MXC-8Q4D1. Questions: citas@consulmex-chicago.example"""),
    ("en", """@[[USERNAME:cafe_de_olla_mom]] posted that her daughter [[PERSON:Ximena]] turns [[AGE:9]] on [[DATE_TIME:March 30]] and shared a photo geotagged at [[ADDRESS:1420 E Cesar E Chavez Ave]], [[LOCATION:Los Angeles]]. Her profile, [[URL:https://www.instagram.com/cafe_de_olla_mom]], gives her name as [[PERSON:Araceli Montiel]]."""),
    ("en", """# .env.production  (coop-portal)
DB_HOST=db.internal.masehualcafe.org.mx
DB_USER=coop_app
DB_PASS=Tzunun!2023
ADMIN_NAME="[[PERSON:Cristino Tecpoyotl]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:cristino.tecpoyotl@masehualcafe.org.mx]]
ADMIN_MOBILE=[[PHONE_NUMBER:+522331176204]]
SUPPORT_INBOX=soporte@masehualcafe.org.mx
SMTP_RELAY=smtp.masehualcafe.org.mx:587"""),
    ("en", """[[PERSON:Ashley]], your Chase checking account ending 7719 was linked to a new device on [[DATE_TIME:May 3]]. Sign-in came from [[IP_ADDRESS:98.207.113.54]] near [[LOCATION:San Jose]], [[LOCATION:California]]. If this wasn't you, call the number on the back of your card."""),
    ("nah", """TEIXMATILIS - Kafentekitinimej ipan [[LOCATION:Kuetsalan]]
Notokay: [[PERSON:Rosalía Tepetla Xochitiotzin]]
Nitlakat: [[DATE_TIME:14 de agosto 1979]]
CURP: [[ID_NUMBER:TEXR790814MPLPCS00]]
RFC: [[ID_NUMBER:TEXR790814K33]]
Nochan: [[LOCATION:Xiloxochico]], [[LOCATION:Kuetsalan]], [[LOCATION:Puebla]]
Noteléfono: [[PHONE_NUMBER:233 331 0487]]
Keski kafenkuouit nikpia: 1,200
Nitlajkuiloj ipan [[DATE_TIME:3 de marzo 2024]]"""),
    ("nah", """Tomin tlen kititlanki [[PERSON:Gerardo Tzompaxtle]] ompa [[LOCATION:Houston]]: 300 dólar. Kiselis [[PERSON:Juana Tlaseca Martínez]] ipan [[LOCATION:Zongolica]], [[LOCATION:Veracruz]]. Iteléfono: [[PHONE_NUMBER:278 102 5536]]. Ikuenta banco: [[ID_NUMBER:072905008273610491]]. Kiselis ipan tiankistli, ma kiwika ipapel INE."""),
    ("quc", """Saqarik. Ri nub'i' are [[PERSON:Juana Tzoc Ajpacajá]], in aj [[LOCATION:Santa Cruz del Quiché]]. Kinkem po't rachi'l ri wachalal. Ri nu DPI are [[ID_NUMBER:2417 60933 1401]] xuqe ri nu teléfono are [[PHONE_NUMBER:4790 3312]]. Kinwaj jun préstamo re kinloq' b'atz'. Xinalax pa [[DATE_TIME:9 de junio de 1986]]. Maltyox."""),
    ("quc", """RETAL PWAQ (remesa)
Ri kutaqo: [[PERSON:Diego Chacach Pu]], k'o pa [[LOCATION:Omaha]], [[LOCATION:Nebraska]]
Ri kuk'amo: [[PERSON:Catarina Pu Xicay]]
DPI: [[ID_NUMBER:2281 47093 0901]]
Teléfono: [[PHONE_NUMBER:5518 2047]]
Jampa' kuk'am ri pwaq: [[DATE_TIME:20 de mayo]], pa Banrural [[LOCATION:Xela]]
Número de control: 4471-0982-3316"""),
    ("es", """CONSTANCIA DE ENTREGA DE CAFÉ PERGAMINO
Sociedad Cooperativa de Productores de la Montaña
Productora: [[PERSON:Marisol Cuevas Tlacotempa]]
CURP: [[ID_NUMBER:CUTM911130MGRVLR01]]
Comunidad: [[LOCATION:Paraje Montero]], municipio de [[LOCATION:Malinaltepec]], [[LOCATION:Gro.]]
Cel.: [[PHONE_NUMBER:757 108 4429]]
Lote: MAL-24-0317 | Kilos: 460 | Humedad: 11.5 %
Recibió en bodega: [[PERSON:Aurelio Navarrete]]
Firma de la productora: [[PERSON:M. Cuevas T.]]"""),
    ("es", """HOJA DE ATENCIÓN - Unidad de Medicina Familiar No. 6
Derechohabiente: [[PERSON:Jesús Ángel Morales Xicoténcatl]]     Edad: [[AGE:21]] años
NSS: [[ID_NUMBER:41857950129]]     CURP: [[ID_NUMBER:MOXJ030507HPLRCSA4]]
Domicilio: [[ADDRESS:Privada 14 Poniente 1107]], [[LOCATION:Barrio de Santiago]], [[LOCATION:Puebla]], [[LOCATION:Pue.]], C.P. [[ZIP_CODE:72410]]
Motivo de consulta: dolor lumbar tras cargar costales en la central de abasto
Cita de seguimiento: [[DATE_TIME:lunes 17 de junio, 8:00 h]]
Médica tratante: [[TITLE:Dra.]] [[PERSON:Leticia Romero Balderas]]"""),
    ("es", """MUNICIPALIDAD DE MOMOSTENANGO, DEPARTAMENTO DE [[LOCATION:TOTONICAPÁN]]
CONSTANCIA DE RESIDENCIA
El infrascrito Secretario Municipal hace constar que [[PERSON:Petrona Xiloj Sic]], de [[AGE:38]] años de edad, con Documento Personal de Identificación CUI [[ID_NUMBER:2659 30146 0805]], reside desde hace doce años en [[LOCATION:paraje Chonimatux]], [[LOCATION:cantón Tierra Blanca]], de este municipio. Se extiende la presente a solicitud de la interesada, para trámites ante el Consulado de Guatemala en [[LOCATION:Los Ángeles]], en [[LOCATION:Momostenango]], a los [[DATE_TIME:doce días del mes de abril de dos mil veinticuatro]].
[[TITLE:Lic.]] [[PERSON:Edwin Osberto Batén]], Secretario Municipal"""),
    ("es", """La usuaria [[USERNAME:yesi.olmos95]] ([[PERSON:Yesenia Martínez Olmos]], RFC [[ID_NUMBER:MAOY9506037T6]]) cambió su domicilio fiscal a [[ADDRESS:Calle Zaragoza 33, int. B]], [[LOCATION:Col. Centro]], C.P. [[ZIP_CODE:94100]], [[LOCATION:Huatusco]], [[LOCATION:Ver.]]; la IP registrada fue [[IP_ADDRESS:187.190.52.144]] y la tarjeta con terminación 4473 quedó como método de pago. Cel. [[PHONE_NUMBER:273 734 1190]], nacida el [[DATE_TIME:3 de junio de 1995]]."""),
    ("en", """[[PERSON:Owen Tremblay]] brought his dog Biscuit in for a dental cleaning on [[DATE_TIME:12 April 2024]]. Owner phone [[PHONE_NUMBER:(604) 855-2093]], address [[ADDRESS:33180 Bevan Ave]], [[LOCATION:Abbotsford]], [[LOCATION:BC]] [[ZIP_CODE:V2S 0C9]]. Paid by Mastercard [[CREDIT_CARD:5178 0562 3190 8473]], expiry 03/28."""),
    ("en", """PORT-OUT REQUEST
Account holder: [[PERSON:Ms. Guadalupe Rivas]]
DOB: [[DATE_TIME:1964-11-02]]
Number to port: [[PHONE_NUMBER:(702) 391-6648]]
Account PIN: 4821
SSN (last 4): 7710
Service address: [[ADDRESS:5260 E Charleston Blvd, Unit 118]], [[LOCATION:Las Vegas]], [[LOCATION:NV]] [[ZIP_CODE:89142]]
Requested by: [[EMAIL_ADDRESS:lupita.rivas64@aol.com]]"""),
    ("en", """Employee [[PERSON:Keanu Patel-Ramírez]] (staff no. [[ID_NUMBER:HR-30917]]), Data Analyst II, requested parental leave starting [[DATE_TIME:September 9, 2024]]. SIN [[ID_NUMBER:527 182 646]]; home [[ADDRESS:1906-88 Harbord St]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5S 1G5]]. Emergency contact: his wife [[PERSON:Lucía]], [[PHONE_NUMBER:416-738-2261]]."""),
    ("en", """Tenant screening summary: [[PERSON:Wilmer Oswaldo Chávez Ixcot]], [[NRP:Guatemalan]], NIE [[ID_NUMBER:Y4829301M]], greenhouse foreman in [[LOCATION:El Ejido]] ([[LOCATION:Almería]]). Current address [[ADDRESS:Calle Lirio 12, 2º B]], [[ZIP_CODE:04700]] [[LOCATION:El Ejido]]. Phone [[PHONE_NUMBER:+34 634 218 907]]. Salary paid into [[IBAN_CODE:ES13 0049 6702 6127 1603 9482]]. References: previous landlord [[PERSON:Encarnación Fuentes]], [[PHONE_NUMBER:+34 950 48 21 77]]."""),
    ("en", """SEASONAL EMPLOYMENT CONTRACT - COFFEE HARVEST
Employer: Finca La Esperanza, S.A., [[LOCATION:La Libertad]], [[LOCATION:Huehuetenango]]
Worker: [[PERSON:Mateo Baltazar López]]
DPI: [[ID_NUMBER:2753 90411 1301]]
Age: [[AGE:27]]
Home village: [[LOCATION:aldea Tuiquinamble]], [[LOCATION:San Ildefonso Ixtahuacán]]
Start of work: [[DATE_TIME:1 December 2023]]
Piece rate: Q 40.00 per quintal of ripe cherry
Housing: shared galera, no charge
Worker's thumbprint and signature, witnessed by [[PERSON:Olga Recinos]] (field supervisor)"""),
    ("en", """LOAN AGREEMENT - Community Bank for Women Weavers, [[LOCATION:San Juan Comalapa]] chapter
Borrower: [[PERSON:Ana María Curruchiche Sotz]], CUI [[ID_NUMBER:3550 18276 0404]]
Address: [[ADDRESS:3a. Avenida 2-41]], [[LOCATION:zona 2]], [[LOCATION:Comalapa]], [[LOCATION:Chimaltenango]]
Principal: Q 3,000.00; flat interest 2% per month; 12 fortnightly payments
Loan no.: CB-CMP-0871
Repayments into the group account at Banrural: [[IBAN_CODE:GT48 BRRL 0101 0000 0030 1846 2752]]
Disbursement meeting: [[DATE_TIME:Saturday 6 July 2024, 10:00]]
Signed: [[PERSON:A. M. Curruchiche]]; group treasurer [[PERSON:Rosa Otzoy]]"""),
    ("en", """NOTICE OF IN-PERSON HEARING - Executive Office for Immigration Review
Respondent: [[PERSON:LÓPEZ CALEL]], [[PERSON:Marvin Eduardo]]
A-Number: [[ID_NUMBER:A 214-387-905]]
Address on file: [[ADDRESS:1518 Grand Concourse, Apt 6F]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10457]]
Your master calendar hearing is scheduled for [[DATE_TIME:October 15, 2024 at 8:30 AM]] at [[ADDRESS:26 Federal Plaza, 12th Floor]], [[LOCATION:New York]], [[LOCATION:NY]].
Failure to appear may result in an order of removal in your absence."""),
    ("en", """DISCHARGE SUMMARY
Patient: [[PERSON:Luis González Pérez]]  MRN: [[ID_NUMBER:00734912]]  DOB: [[DATE_TIME:15/04/1988]]
Admitted: [[DATE_TIME:02/05/2024]]  Discharged: [[DATE_TIME:06/05/2024]]
Admitting diagnosis: machete laceration, left forearm, with tendon involvement
Procedures: tendon repair under regional block
Follow-up: wound clinic, Hospital Regional de Coatepec, on [[DATE_TIME:13/05/2024]]
Next of kin: [[PERSON:Reyna Pérez]] (mother), [[PHONE_NUMBER:228 816 0342]]
Attending: [[PERSON:Dr. Abraham Lagunes]]"""),
    ("en", """WIC CERTIFICATION FORM - Household
Parent/guardian: [[PERSON:Yolanda Chox Tzunux]]
ITIN: [[ID_NUMBER:912-78-4406]]
Household size: 4 | Monthly income: $2,180
Child 1: [[PERSON:Brayan Tzunux]], DOB [[DATE_TIME:02/14/2021]]
Child 2: [[PERSON:Heidy Tzunux]], DOB [[DATE_TIME:11/29/2023]]
Address: [[ADDRESS:755 Lakeview Dr, Lot 31]], [[LOCATION:Gainesville]], [[LOCATION:GA]] [[ZIP_CODE:30501]]
Preferred language: K'iche'; interpreter requested
Next appointment: [[DATE_TIME:June 4, 2024, 1:15 PM]]"""),
    ("en", """POST /api/v2/beneficiaries HTTP/1.1
Host: api.envios-altiplano.example
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4ODQxMiJ9.l0qk3v9Q
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:73.162.48.201]]
User-Agent: EnviosApp/3.8.1 (iPhone; iOS 17.4)

{"sender_id": "[[ID_NUMBER:CUS-0088412]]", "first_name": "[[PERSON:Sandra]]", "last_name": "[[PERSON:Yat Calel]]", "dpi": "[[ID_NUMBER:2863 10449 0901]]", "phone": "[[PHONE_NUMBER:+50255190384]]", "payout": "bank_deposit", "iban": "[[IBAN_CODE:GT73 INDL 0102 0000 0012 9044 7831]]"}"""),
    ("en", """def test_masks_member_record():
    record = {
        "name": "[[PERSON:Tomasa Cuanenemi]]",
        "email": "[[EMAIL_ADDRESS:tomasa.cuanenemi@gmail.com]]",
        "phone": "[[PHONE_NUMBER:(222) 318-7724]]",
        "card": "[[CREDIT_CARD:4012 8887 0215 0638]]",
        "joined": "[[DATE_TIME:2019-02-11]]",
    }
    masked = mask(record)
    assert masked["name"] == "T. C."
    assert masked["card"].endswith("0638")"""),
    ("en", """JIRA SUP-4821 | Priority: High | Reporter: [[PERSON:Carla Benítez]]
Summary: Customer cannot verify identity in app
Description: [[PERSON:Mr. Santiago Ajtún]] (customer [[ID_NUMBER:CUS-2290174]]) says the selfie check keeps failing. He is calling from [[PHONE_NUMBER:+1 (615) 442-8093]] and his registered email is [[EMAIL_ADDRESS:santiago.ajtun@icloud.com]]. DOB on his matrícula is [[DATE_TIME:07/11/1979]] but the app shows [[DATE_TIME:11/07/1979]]. Assignee: [[USERNAME:r.okafor]]"""),
    ("en", """X-Originating-IP: [[IP_ADDRESS:189.148.72.30]]
From: [[PERSON:Guillermo Tlapanco]] <[[EMAIL_ADDRESS:memo.tlapanco@gmail.com]]>
To: Cooperativa Tlatoltsin <ventas@tlatoltsin.example>
Date: [[DATE_TIME:Tue, 9 Apr 2024 07:12:44 -0600]]
Subject: Re: precio del café para la cosecha 2024-25
Message-ID: <CAE8x2Lp0fQ1@mail.gmail.com>

Sorry for the delay, I was in [[LOCATION:Huehuetla]] all week. Call me at [[PHONE_NUMBER:233 762 0145]]."""),
    ("en", """Ahead of the audit, [[PERSON:Brent Halvorsen]], our Chief Compliance Officer, re-verified IBAN [[IBAN_CODE:ES30 0182 4571 1002 0159 3847]], which belongs to sole-trader payee [[PERSON:Inmaculada Roldán]] of [[ADDRESS:Calle de Embajadores 141, 3º izq.]], [[ZIP_CODE:28045]] [[LOCATION:Madrid]], DNI [[ID_NUMBER:48392017V]]; her BIC is BBVAESMMXXX."""),
    ("en", """[[PERSON:Zoe Lindqvist]] asked that her atorvastatin refill move from the [[LOCATION:Mississauga]] store to the one in [[LOCATION:Oakville]]. Health card [[ID_NUMBER:5827-461-939-KT]], DOB [[DATE_TIME:1959-06-21]], phone [[PHONE_NUMBER:905-271-8834]]. She will pick it up on [[DATE_TIME:May 17]]."""),
    ("en", """Membership freeze: [[PERSON:Darnell Okoye]], member [[ID_NUMBER:PF-7718203]], DOB [[DATE_TIME:Jan 30, 1992]], freezing from [[DATE_TIME:July 1]] to [[DATE_TIME:August 31]] after knee surgery. Card on file: Visa [[CREDIT_CARD:4916 8270 3155 0420]]. Email [[EMAIL_ADDRESS:d.okoye92@gmail.com]]."""),
    ("en", """STUDENT EMERGENCY CARD - Whitfield County Schools
Student: [[PERSON:Kevin Estuardo Tum]]   Grade: 7   Student ID: [[ID_NUMBER:20418837]]
DOB: [[DATE_TIME:05/02/2011]]
Parent 1: [[PERSON:Lucas Tum Batz]], cell [[PHONE_NUMBER:(706) 529-3381]] (speaks K'iche' and Spanish)
Parent 2: [[PERSON:Marta Guarchaj]], cell [[PHONE_NUMBER:(706) 618-0927]]
Address: [[ADDRESS:1207 Tibbs Rd]], [[LOCATION:Dalton]], [[LOCATION:GA]] [[ZIP_CODE:30720]]
Allergies: peanuts | Bus: 14"""),
    ("en", """FIRST NOTICE OF LOSS - PERSONAL AUTO
Insured: [[PERSON:Hannah Kowalczyk]]   Policy: PAP-88120491
Driver's license: [[US_DRIVER_LICENSE:K200-4518-7736]] (IL)
Date and time of loss: [[DATE_TIME:03/02/2024 7:45 AM]]
Location: intersection of Lake St and N Oak Park Ave, [[LOCATION:Oak Park]], [[LOCATION:IL]]
Other driver: [[PERSON:José Ramón Villeda]], plate [[ID_NUMBER:CV 71930]] (IL), phone [[PHONE_NUMBER:(708) 224-6619]]
Description: other vehicle ran the red light and struck the insured's passenger door."""),
    ("en", """LAST WILL AND TESTAMENT
I, [[PERSON:Eleanor Mae Whitaker]], residing at [[ADDRESS:88 Chestnut Hill Rd]], [[LOCATION:Bozrah]], [[LOCATION:Connecticut]], being of sound mind, declare this to be my last will. I appoint my nephew, [[PERSON:Daniel Whitaker-Ruiz]], as executor, and I leave my house and its contents to my caregiver, [[PERSON:Maribel Chicahual]], who has looked after me since [[DATE_TIME:March 2019]].
Signed this [[DATE_TIME:14th day of February, 2023]]."""),
    ("en", """Donor receipt #2024-11873
Donor: [[PERSON:Margaret Chen-Alvarado]] (donor ID [[ID_NUMBER:D-004821]])
Mailing address: [[ADDRESS:PO Box 2217]], [[LOCATION:Santa Fe]], [[LOCATION:NM]] [[ZIP_CODE:87504]]
Gift: $250.00, designated to the women weavers' scholarship fund
No goods or services were provided in exchange for this contribution.
Questions: donations@threadsofhope.example"""),
    ("en", """Your parcel 1Z9X4E760349217802 is out for delivery to [[PERSON:Rahul Venkataraman]] at [[ADDRESS:4410 Kingsway, Unit 1203]], [[LOCATION:Burnaby]], [[LOCATION:BC]] [[ZIP_CODE:V5H 4M3]]. The driver will call [[PHONE_NUMBER:604-781-3390]] on arrival; buzzer code 1203."""),
    ("en", """APPLICATION FOR CERTIFIED COPY OF BIRTH RECORD
Registrant: [[PERSON:Jazmín Alejandra Ortega]]
Date of birth: [[DATE_TIME:August 3, 2009]]
Place of birth: [[LOCATION:Santa Ana]], [[LOCATION:Orange County]], [[LOCATION:California]]
Father: [[PERSON:Raúl Ortega]]   Mother's maiden name: [[PERSON:Tecpoyotl]]
Requester: [[PERSON:Raúl Ortega]], relationship: parent
Requester's driver license: [[US_DRIVER_LICENSE:D4471923]] (CA)
Fee: $32.00"""),
    ("en", """Annual recertification - Housing Choice Voucher
Head of household: [[PERSON:Tyrone Jefferson]], SSN [[US_SSN:238-51-9074]], DOB [[DATE_TIME:9/19/1976]]
Co-head: [[PERSON:Keisha Jefferson]], SSN [[US_SSN:241-88-0316]]
Unit: [[ADDRESS:2150 Brookwood Dr, Apt 9]], [[LOCATION:Durham]], [[LOCATION:NC]] [[ZIP_CODE:27707]]
Interview: [[DATE_TIME:Tuesday, April 23 at 10:00 a.m.]]
Caseworker: [[PERSON:L. Ferreira]]"""),
    ("en", """apiVersion: v1
kind: ConfigMap
metadata:
  name: oncall-roster
  namespace: payments
data:
  primary_name: "[[PERSON:Priyanka Deshmukh]]"
  primary_phone: "[[PHONE_NUMBER:+1-647-382-0193]]"
  secondary_name: "[[PERSON:Julio César Tlacotempa]]"
  secondary_phone: "[[PHONE_NUMBER:+52 55 6120 7745]]"
  escalation_mailbox: "payments-oncall@finanzaspopulares.example" """),
    ("en", """User [[USERNAME:k.lopez_atx]] sent a DM to [[USERNAME:marisolcafe]]: "hey girl it's [[PERSON:Kassandra]], new place is [[ADDRESS:6904 Manchaca Rd #212]], [[LOCATION:Austin]] [[ZIP_CODE:78745]], come thru saturday, my # is [[PHONE_NUMBER:512-906-3381]]" """),
    ("en", """FRAUD ALERT: Card [[CREDIT_CARD:2223 0048 1127 3969]] (holder [[PERSON:Marcus Delgado]]) was used for three gift card purchases from [[IP_ADDRESS:45.132.91.18]] and [[IP_ADDRESS:2a02:6ea0:c03b::17]]. Device fingerprint: MAC 00:1B:44:11:3A:B7, UA Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/124.0. Cardholder verified by phone at [[PHONE_NUMBER:(305) 418-2260]]; his billing ZIP is [[ZIP_CODE:33135]]."""),
    ("en", """MEMBERSHIP CARD REQUEST - Coatepec Coffee Growers' Union
Member: [[PERSON:Ramiro Landa Bonilla]]
Member no.: [[ID_NUMBER:UCC-01472]]
CURP: [[ID_NUMBER:LABR720916HVZNNM00]]   RFC: [[ID_NUMBER:LABR720916P43]]
Farm: El Zapotal, [[LOCATION:Mahuixtlan]], [[LOCATION:Coatepec]], [[LOCATION:Veracruz]]
Hectares in coffee: 2.5 (Typica, Bourbon, Garnica)
Mobile: [[PHONE_NUMBER:228 107 3349]]
Organic certification since: 2017"""),
    ("en", """----- KYC FORM DUMP (agent 0412) -----
sender_full_name     : [[PERSON:Edgar Rolando Pérez Cifuentes]]
sender_dob           : [[DATE_TIME:1990-02-27]]
sender_id_type       : passport
sender_id_number     : [[ID_NUMBER:355190284]]
sender_address       : [[ADDRESS:4521 S Pulaski Rd]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60632]]
sender_occupation    : meat packer
receiver_full_name   : [[PERSON:Ana Lucía Coj Ixcot]]
receiver_dpi         : [[ID_NUMBER:3019 48224 0101]]
receiver_city        : [[LOCATION:Huehuetenango]]
purpose              : family support
source_of_funds      : salary
--------------------------------------"""),
    ("en", """Field officer visit notes - [[LOCATION:Sololá]] branch, women weavers' village bank
Visited [[TITLE:doña]] [[PERSON:Lucía Xicay]] at her home in [[LOCATION:Santa Catarina Palopó]] on [[DATE_TIME:14/08/2024]]. She has repaid 9 of 12 installments; the loom and thread bought with the loan are in use, and her daughter [[PERSON:Marleny]] ([[AGE:15]]) now weaves the table runners. Next visit [[DATE_TIME:late September]]. Her new number is [[PHONE_NUMBER:3381 7720]]."""),
    ("en", """<PassportRenewal office="Consulado General de Guatemala en [[LOCATION:Los Ángeles]]">
  <Applicant>
    <FullName>[[PERSON:Gloria Estefanía Quiej Tzul]]</FullName>
    <CUI>[[ID_NUMBER:2087 14367 0101]]</CUI>
    <PreviousPassport>[[ID_NUMBER:216408873]]</PreviousPassport>
    <BirthDate>[[DATE_TIME:1993-12-08]]</BirthDate>
    <Phone>[[PHONE_NUMBER:(323) 604-1187]]</Phone>
    <Email>[[EMAIL_ADDRESS:gloria.quiej@gmail.com]]</Email>
    <AppointmentSlot>[[DATE_TIME:2024-09-12T11:20]]</AppointmentSlot>
  </Applicant>
</PassportRenewal>"""),
    ("en", """Please ship the replacement router to [[PERSON:Aiyana Redcloud]], [[ADDRESS:RR 2, Site 9, Box 14]], [[LOCATION:Okotoks]], [[LOCATION:AB]] [[ZIP_CODE:T1S 1A2]]. Account [[ID_NUMBER:8801-44720-3]], callback [[PHONE_NUMBER:403-938-7712]]. Modem serial SN: TC8717T-9F20A4, firmware 3.12.0.4."""),
    ("en", """As a Forward Brand Facilitator, [[PERSON:Skyler Nakamura-Boyd]] must confirm that the [[AGE:34]]-year-old client living at [[ADDRESS:9921 Juniper Trail]], [[LOCATION:Flagstaff]] received the replacement debit card [[CREDIT_CARD:4716 2903 8845 1175]] before [[DATE_TIME:the 28th of May]]; the client's preferred pronoun is she/her and her account username is [[USERNAME:wildjuniper_91]]."""),
    ("en", """Our records show that [[PERSON:Jalen Brooks]], born [[DATE_TIME:04/11/2001]], eye color brown, height 6'1", applied for the Apprentice Electrician role from [[IP_ADDRESS:68.44.190.23]]. His listed address is [[ADDRESS:317 Greenmount Ave]], [[LOCATION:Baltimore]], [[LOCATION:MD]] [[ZIP_CODE:21202]]."""),
    ("en", """RENTAL APPLICATION - Piso en [[LOCATION:Valencia]]
Applicant: [[PERSON:Héctor Iván Tzul Quiacaín]]   Nationality: [[NRP:Guatemalan]]
NIE: [[ID_NUMBER:Z1038472G]]
Occupation: kitchen assistant, Restaurante El Racó (since 2021)
Current address: [[ADDRESS:Carrer de Sueca 58, pta. 9]], [[ZIP_CODE:46006]] [[LOCATION:València]]
Phone: [[PHONE_NUMBER:+34 611 902 475]]
Bank account for direct debit: [[IBAN_CODE:ES15 2100 5731 7502 0014 8263]]
Co-signer: [[PERSON:Concepción Marín Soler]], DNI [[ID_NUMBER:71284590T]]"""),
    ("en", """CHANGE OF BENEFICIARY - GROUP LIFE INSURANCE
Insured employee: [[PERSON:Douglas Fairweather]]   Employee ID: [[ID_NUMBER:00482219]]
Primary beneficiary (100%): [[PERSON:Renata Fairweather]], spouse, DOB [[DATE_TIME:12/06/1981]], SSN [[US_SSN:334-20-6158]]
Contingent beneficiary: [[PERSON:Eli Fairweather]], son, DOB [[DATE_TIME:07/22/2012]]
Employee signature date: [[DATE_TIME:01/09/2024]]"""),
    ("en", """SCHOOL ENROLMENT - Commission scolaire, [[LOCATION:Montréal]]
Student: [[PERSON:Sofía Ajanel Tremblay]]   Born: [[DATE_TIME:2016-10-03]]   Grade: 2
Address: [[ADDRESS:7425 rue Saint-Denis, app. 3]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2R 2E5]]
Mother: [[PERSON:Sebastiana Ajanel]], [[PHONE_NUMBER:514-276-0842]], [[EMAIL_ADDRESS:seba.ajanel@videotron.ca]]
Father: [[PERSON:Mathieu Tremblay]], [[PHONE_NUMBER:438-991-3065]]
Languages at home: French, Spanish, K'iche'"""),
    ("en", """EMPLOYMENT INSURANCE - claim notes (Seasonal Agricultural Worker Program)
Claimant: [[PERSON:Mario Alberto Tlacotempa Ruiz]]
SIN: [[ID_NUMBER:948 120 357]]
Farm employer: greenhouse operation, [[LOCATION:Kingsville]], [[LOCATION:ON]]
Date of injury: [[DATE_TIME:August 19, 2023]] (fall from harvesting cart)
Return to [[LOCATION:Mexico]]: [[DATE_TIME:November 2, 2023]]
Home address: [[ADDRESS:Calle Morelos 18]], [[LOCATION:Tlapa de Comonfort]], [[LOCATION:Guerrero]], [[ZIP_CODE:41304]]
Contact through the consulate in [[LOCATION:Leamington]] or at [[PHONE_NUMBER:+52 757 476 2218]]"""),
    ("en", """[[IP_ADDRESS:200.68.141.9]] - - [11/Mar/2024:09:14:27 -0600] "GET /cuenta/perfil?user=[[USERNAME:lupe_tejedora]]&lang=es HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Linux; Android 12; moto g(20))"
[[IP_ADDRESS:200.68.141.9]] - - [11/Mar/2024:09:15:02 -0600] "POST /cuenta/telefono HTTP/1.1" 302 0 "phone=[[PHONE_NUMBER:%2B50247719025]]" "Mozilla/5.0 (Linux; Android 12; moto g(20))\""""),
    ("en", """UPDATE customers
   SET email = '[[EMAIL_ADDRESS:jorge.coc.maldonado@gmail.com]]',
       phone = '[[PHONE_NUMBER:+1 971 330 5528]]',
       mailing_address = '[[ADDRESS:10650 SE Holgate Blvd, Apt 21]], [[LOCATION:Portland]], [[LOCATION:OR]] [[ZIP_CODE:97266]]'
 WHERE id = 77102  -- [[PERSON:Jorge Coc Maldonado]], requested by phone"""),
    ("en", """{"order_id": "A-100482113", "status": "shipped", "customer": {"first": "[[PERSON:Imani]]", "last": "[[PERSON:Okafor-Grant]]", "email": "[[EMAIL_ADDRESS:imani.og@protonmail.com]]", "birthday": "[[DATE_TIME:09-14]]"}, "ship_to": {"line1": "[[ADDRESS:55 Wellesley St E]]", "line2": "[[ADDRESS:Apt 1708]]", "city": "[[LOCATION:Toronto]]", "province": "[[LOCATION:ON]]", "postal": "[[ZIP_CODE:M4Y 0G1]]"}, "items": [{"sku": "HUIP-BLU-M", "qty": 1}, {"sku": "SCRF-RED-OS", "qty": 2}], "tracking": "CP 7045 2231 889"}"""),
    ("en", """describe('normalizeBeneficiary', () => {
  it('keeps the accents in names', () => {
    const input = { name: '[[PERSON:Aurelia Ixtos Ajtún]]', town: '[[LOCATION:Zunil]]', phone: '[[PHONE_NUMBER:5733 0186]]' };
    expect(normalizeBeneficiary(input).name).toBe('[[PERSON:Aurelia Ixtos Ajtún]]');
  });
});"""),
    ("en", """Zendesk #884120 - "Double charge on monthly plan"
Requester: [[PERSON:Bianca Moreau]] <[[EMAIL_ADDRESS:bianca.moreau@sympatico.ca]]>
Phone: [[PHONE_NUMBER:(819) 773-2140]]
Message: Hi, I was charged twice on my card ending 9921 for the family plan. My account is under my husband's name, [[PERSON:Jean-Philippe Moreau]], account number [[ID_NUMBER:6004 8821 77]]. Please refund one charge.
Agent note: refund issued, ref RF-33017."""),
    ("en", """SIM REGISTRATION (prepaid)
msisdn: [[PHONE_NUMBER:+502 3178 4402]]
iccid: 8950201000127734905
holder: [[PERSON:Lorenzo Tepaz Lux]]
id_type: DPI
id_no: [[ID_NUMBER:2970 51180 1406]]
birth: [[DATE_TIME:02/01/1971]]
address: [[LOCATION:cantón Chucam]], [[LOCATION:Chichicastenango]], [[LOCATION:Quiché]]
registered_at_store: Tienda Claro Chichicastenango"""),
    ("en", """# inventory/hosts.yml
all:
  vars:
    owner_name: "[[PERSON:Rubén Cortés Palafox]]"
    owner_email: "[[EMAIL_ADDRESS:ruben.cortes@telecomunidad.mx]]"
    owner_cell: "[[PHONE_NUMBER:+52 1 222 405 8816]]"
  children:
    webservers:
      hosts:
        web01.telecomunidad.mx:
        web02.telecomunidad.mx:"""),
    ("en", """GET /v1/lookup?email=[[EMAIL_ADDRESS:fernanda.tecuapacho%40gmail.com]]&phone=[[PHONE_NUMBER:%2B522224183307]]&dob=[[DATE_TIME:1999-05-30]] HTTP/2
Host: kyc.pagosya.example
X-Client-IP: [[IP_ADDRESS:177.228.35.61]]
Accept: application/json"""),
    ("en", """Refill request: [[PERSON:Mrs. Ofelia Tecuatl]], [[AGE:71]], DOB [[DATE_TIME:3-Feb-1953]], metformin 850 mg, 90 tablets; insurance member ID [[ID_NUMBER:W293847105]]; deliver to [[ADDRESS:4123 Pico Blvd]], [[LOCATION:Los Angeles]] [[ZIP_CODE:90019]]; call her daughter [[PERSON:Rocío]] at [[PHONE_NUMBER:(323) 939-4170]] before [[DATE_TIME:noon on Friday the 12th]]."""),
    ("en", """DOCKET ENTRY - Superior Court of California, County of Fresno
Case: People v. [[PERSON:Domínguez]], No. F24904117
Defendant: [[PERSON:Cristian Domínguez Olvera]], DOB [[DATE_TIME:01/25/1998]], CII [[ID_NUMBER:A41877290]]
Counsel: Deputy Public Defender [[PERSON:Amanda Sato]]
Interpreter: Mixteco Bajo requested; court interpreter [[PERSON:Felipe Santiago]] assigned
Next hearing: [[DATE_TIME:July 9, 2024, 8:30 a.m.]], Dept. 32"""),
    ("en", """THREE-DAY NOTICE TO PAY RENT OR QUIT
To: [[PERSON:Oscar Xol]] and [[PERSON:Reina Xol]], and all others in possession
Premises: [[ADDRESS:1733 E 4th St, Unit C]], [[LOCATION:Long Beach]], [[LOCATION:CA]] [[ZIP_CODE:90802]]
Rent due: $1,975.00 for the period beginning June 1.
Served by: [[PERSON:Gary Lindholm]], property manager, on [[DATE_TIME:June 6, 2024]]."""),
    ("en", """Dear [[PERSON:Dr. Villaseñor]],
I am referring [[PERSON:Ms. Ruth Cristina Baquiax]] (DOB [[DATE_TIME:22.07.1965]], chart [[ID_NUMBER:HC-402881]]) for evaluation of a thyroid nodule found on ultrasound on [[DATE_TIME:April 30]]. She lives in [[LOCATION:Salcajá]] and can travel to [[LOCATION:Quetzaltenango]] on weekdays; her son [[PERSON:Wilson]] can be reached at [[PHONE_NUMBER:4012 6693]].
Sincerely,
[[PERSON:Dr. Mynor Escobar]], family medicine"""),
    ("en", """Dear [[PERSON:Mr. Chukwuemeka Obi]],
Our records show that savings account [[ID_NUMBER:0023 4418 9072]] has been inactive since [[DATE_TIME:March 14, 2021]]. To keep it open, please visit a branch with photo ID or call us. If we do not hear from you by the end of the year, the balance will be reported as unclaimed property to the State of [[LOCATION:Maryland]].
Account holder address: [[ADDRESS:11 Parkside Ct]], [[LOCATION:Silver Spring]], [[LOCATION:MD]] [[ZIP_CODE:20910]]"""),
    ("en", """Check-in: guest [[PERSON:Lindiwe Mokoena]] arrived [[DATE_TIME:5 Oct 2024 22:10]], room 412, departure [[DATE_TIME:8 Oct]]; passport [[ID_NUMBER:A06218834]] ([[NRP:South African]]); card pre-auth on [[CREDIT_CARD:5453 0192 7764 0281]]; requested late checkout; mobile [[PHONE_NUMBER:+27 82 441 0937]]."""),
    ("en", """Producer contact sheet attached to export lot GT-HUE-24-118 (SHB, washed, 275 bags): cooperative manager [[PERSON:Aníbal Mérida Gómez]], mobile [[PHONE_NUMBER:+502 5730 2218]], email [[EMAIL_ADDRESS:anibal.merida.g@gmail.com]]; quality lead [[PERSON:Dina Ramírez Bámaca]]. Cooperative office: [[LOCATION:Cuilco]], [[LOCATION:Huehuetenango]]. ICO mark 13/1892/0118."""),
    ("en", """Complaint to CONDUSEF (translated): On [[DATE_TIME:January 22, 2024]] my brother [[PERSON:Abel Coyotl Tezoco]] sent me 8,500 pesos from [[LOCATION:Queens]], [[LOCATION:New York]], but the agent in [[LOCATION:Tehuacán]] said the transfer was cancelled. My name is [[PERSON:Eufemia Coyotl Tezoco]], INE key [[ID_NUMBER:CYTZEF81042121M700]], phone [[PHONE_NUMBER:238 112 0935]]. Folio of the transfer: 2024012240017733."""),
    ("en", """Invoice to individual: NIT [[ID_NUMBER:4812739-6]] - [[PERSON:Hilda Marisol Canil]] - [[ADDRESS:7a. Avenida 12-30]], [[LOCATION:zona 1]], [[LOCATION:Totonicapán]]. Description: 3 cortes jaspeados, Q 1,350.00. FEL authorization 7C1A9F02-88B4-4E31-9D0C-51F7A2E6B003."""),
    ("en", """To the Members of the Yakima City Council:
We, residents of the [[LOCATION:Fruitvale]] neighborhood, ask for a crosswalk at N 40th Ave and Fruitvale Blvd. Our children cross there to reach the bus stop.
- [[PERSON:Yesica Ortiz]], [[ADDRESS:4012 Fruitvale Blvd]]
- [[PERSON:Pedro Ajpop]], [[ADDRESS:316 N 41st Ave]]
- [[PERSON:Karen Lundgren]], [[ADDRESS:4105 Powerhouse Rd]]
Contact: [[PERSON:Yesica Ortiz]], [[PHONE_NUMBER:(509) 388-2049]]"""),
    ("en", """Member [[PERSON:Tomasa Cuanenemi]] (no. [[ID_NUMBER:SOC-2291]]) of the Masehual women's weaving savings group took a second loan of $6,000 MXN on [[DATE_TIME:20 de mayo]]; her husband [[PERSON:Cirilo]] is her co-signer and lives with her at [[ADDRESS:Calle Benito Juárez s/n]], [[LOCATION:San Miguel Tzinacapan]], [[LOCATION:Cuetzalan]]. She can be reached at [[PHONE_NUMBER:233 105 8872]]."""),
]

GEN = [
    ("en", """[[PERSON:Marisela Cuautle]] dropped off fourteen sacks of parchment coffee at the warehouse this morning. Her member number is [[ID_NUMBER:TT-0733]] and she asked us to text the weight ticket to [[PHONE_NUMBER:233 108 4451]]."""),
    ("en", """I send $200 to my mom [[PERSON:Felícitas]] in [[LOCATION:Chinautla]] every other Friday, and the agent there always asks for her DPI, which is [[ID_NUMBER:2510 36723 0901]]. Last time the pickup took almost two hours."""),
    ("en", """Grandma [[PERSON:Tere]]'s pension deposit didn't arrive this month, so we called the bank from her number, [[PHONE_NUMBER:(956) 412-7730]]. She was born on [[DATE_TIME:July 4, 1941]] and has banked with them for forty years."""),
    ("en", """hey it's [[PERSON:beto]], can you add me to the team chat? my email is [[EMAIL_ADDRESS:beto.xicale@gmail.com]] and i start on [[DATE_TIME:the 15th]]"""),
    ("en", """My son [[PERSON:Axel]] is [[AGE:12]] and needs a new passport before our trip to [[LOCATION:Oaxaca]] on [[DATE_TIME:December 18]]. His old one, [[US_PASSPORT:562831047]], expired in the spring."""),
    ("en", """The consulate in [[LOCATION:Raleigh]] confirmed [[PERSON:Gael Nava Tecolapa]]'s appointment for [[DATE_TIME:September 3 at 10:15]]. He has to bring his birth certificate and his CURP, [[ID_NUMBER:NATG000118HGRVCLA6]]."""),
    ("en", """Please update the shipping address for order 58821 to [[ADDRESS:219 Wyckoff Ave, Apt 3R]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11237]]. The parcel is for my sister, [[PERSON:Evelyn Chávez]]."""),
    ("en", """After the flood, [[PERSON:Olga Salazar Tecocoatzi]] applied for the state housing grant with her CURP [[ID_NUMBER:SATO820913MPLLCL09]] and listed her address as [[ADDRESS:Calle 3 Norte 412]], [[LOCATION:Tehuacán]]. The inspector visited on [[DATE_TIME:2 October]]."""),
    ("en", """We hired [[PERSON:Ravi Chandrasekaran]] as our new IT lead; his first day is [[DATE_TIME:Monday, January 8]], and his personal cell is [[PHONE_NUMBER:647-219-4408]] until his work phone arrives."""),
    ("en", """The loan officer visited [[PERSON:Sebastiana Cux]] at her loom in [[LOCATION:Nahualá]]. She is [[AGE:52]], weaves huipiles for the Thursday market and wants Q 2,000 for thread; her DPI is [[ID_NUMBER:3104 82674 0705]]."""),
    ("en", """Can you believe [[PERSON:kevin]] posted his whole address, [[ADDRESS:8840 Ridgeline Dr]], [[LOCATION:Colorado Springs]], on his public story? His handle is [[USERNAME:kev_rides_co]] if you want to tell him to delete it."""),
    ("en", """For the pharmacy refill, the patient is [[PERSON:Mr. Anselmo Tezoco]], [[AGE:68]], date of birth [[DATE_TIME:11/06/1955]], and the prescription should be sent to [[PHONE_NUMBER:(773) 521-0094]] when ready."""),
    ("en", """Our vet clinic has [[PERSON:Nadia Ferreira]] down as the owner of a cat called Tamal; she lives at [[ADDRESS:72 Rue Principale]], [[LOCATION:Gatineau]], [[LOCATION:QC]] [[ZIP_CODE:J9H 3K8]], and prefers email at [[EMAIL_ADDRESS:nadia.ferreira@gmail.com]]."""),
    ("en", """[[PERSON:Mrs. Wong]] asked me to transfer her gym membership to her granddaughter, [[PERSON:Chloe Wong-Martínez]], who turns [[AGE:18]] in [[DATE_TIME:June]]."""),
    ("en", """The coop paid [[PERSON:Efrén Tlaxcalteca]] for his 380 kg of cherry by transfer to CLABE [[ID_NUMBER:012650015482391074]]. He lives in [[LOCATION:Xochitlán de Vicente Suárez]] and signed the receipt on [[DATE_TIME:15 January]]."""),
    ("en", """Social security says [[PERSON:Dolores Hinojosa]]'s number, [[US_SSN:450-93-2817]], was used by someone else to file taxes. She lives at [[ADDRESS:1408 W Chapin St]], [[LOCATION:Edinburg]], [[LOCATION:TX]] [[ZIP_CODE:78539]]."""),
    ("en", """I'm [[PERSON:Santiago Batz]], [[AGE:29]], and I drive for a delivery app in [[LOCATION:Omaha]]. My license plate is [[ID_NUMBER:YCJ 492]], and the app account is under [[EMAIL_ADDRESS:santibatz.delivery@gmail.com]]."""),
    ("en", """When [[PERSON:Aisha]] called the clinic she gave her health card number, [[ID_NUMBER:6319-047-285]], and asked to move her physiotherapy session to [[DATE_TIME:Thursday the 21st]]."""),
    ("en", """[[PERSON:Brenda Cholotío]] and her cousin [[PERSON:Ixchel]] run a small textile shop in [[LOCATION:San Juan La Laguna]]; they sell online under the handle [[USERNAME:tejidos.ixchel]] and take orders at [[PHONE_NUMBER:+502 4410 2273]]."""),
    ("en", """The school nurse needs [[PERSON:Diego Alvarado]]'s vaccination card before [[DATE_TIME:August 26]]; his mom, [[PERSON:Karla]], can bring it or email it to the office."""),
    ("en", """Received with thanks from [[TITLE:Hon.]] [[PERSON:Patricia Mbeki-Lawson]] a donation of $500 for the shelter; her address for the tax receipt is [[ADDRESS:30 Kingsmere Blvd]], [[LOCATION:Ottawa]], [[LOCATION:ON]] [[ZIP_CODE:K2K 3G4]]."""),
    ("en", """The technician will come to [[ADDRESS:5519 N Kenmore Ave, Unit 2]] between 8 and 12 on [[DATE_TIME:March 5]] to install fiber for [[PERSON:Tamika Price]]; if the building is locked, call her at [[PHONE_NUMBER:872-301-6604]]."""),
    ("en", """My abuelo, [[PERSON:Cándido Popoca]], was born in [[LOCATION:Coatepec]] on [[DATE_TIME:10 de mayo de 1939]] and picked coffee there until he was [[AGE:70]]."""),
    ("en", """Our records list the account holder as [[PERSON:Nguyen Thi Lan]], card [[CREDIT_CARD:4532 1357 6642 0890]], billing ZIP [[ZIP_CODE:95122]]. She noticed the charge she disputes on [[DATE_TIME:the 3rd of June]]."""),
    ("en", """The cooperative's new treasurer, [[PERSON:Gregoria Tecpoyotl]], opened the savings account in her name; the account number is [[ID_NUMBER:0198 2274 4061]] and the bank branch is in [[LOCATION:Zacapoaxtla]]."""),
    ("en", """Hola, I'm calling about the matrícula for my husband [[PERSON:Rogelio]]; he lost it in [[LOCATION:Charlotte]], and the number was [[ID_NUMBER:MC-118430927]]. His date of birth is [[DATE_TIME:09/30/1984]]."""),
    ("en", """Last login for [[USERNAME:ajq_tzunun]] was [[DATE_TIME:2024-06-11 07:52]] from [[IP_ADDRESS:190.56.201.14]]; the owner, [[PERSON:Sergio Ajquijay]], says he was asleep at the time."""),
    ("en", """Please send the lease to [[PERSON:Morgan Bélanger]] at [[EMAIL_ADDRESS:morgan.belanger@hotmail.ca]]; the move-in date is [[DATE_TIME:July 1]] and the deposit came from her father, [[PERSON:Luc]]."""),
    ("en", """The weaver who made this table runner is [[PERSON:Juana Ixcoy]], [[AGE:61]], from [[LOCATION:Zunil]]; the tag also gives her phone, [[PHONE_NUMBER:5922 0418]], so buyers can order directly."""),
    ("en", """Coach said [[PERSON:Mateo]] and [[PERSON:Jayden]] both need their birth certificates for the league; [[PERSON:Mateo]] was born [[DATE_TIME:03/15/2014]] and [[PERSON:Jayden]] [[DATE_TIME:11/02/2013]]."""),
    ("en", """The Western Union agent asked [[PERSON:Florinda Tuy]] for her DPI [[ID_NUMBER:2741 88619 0401]] and the control number before paying the Q 3,100 her son [[PERSON:Wilder]] sent from [[LOCATION:Providence]]."""),
    ("en", """I'd like to report that [[PERSON:Jennifer O'Malley]]'s Visa ending 4412 was stolen along with her driver's license, [[US_DRIVER_LICENSE:S530-771-82-094-0]], at the [[LOCATION:Tampa]] airport."""),
    ("en", """From the intake desk: [[PERSON:Ernesto Tlacotempa]], [[AGE:45]], seasonal worker, arrived in [[LOCATION:Leamington]] on [[DATE_TIME:April 9]]; SIN [[ID_NUMBER:046 392 817]], mobile [[PHONE_NUMBER:226-340-8817]]."""),
    ("en", """The claim for [[PERSON:Ibrahim Haddad]]'s water damage was opened after he called from [[PHONE_NUMBER:(514) 606-2290]]; the adjuster will visit [[ADDRESS:2250 boul. Décarie, app. 14]] on [[DATE_TIME:Wednesday 12 June]]."""),
    ("en", """My landlord, [[PERSON:Mr. Petrakis]], wants my bank account for the autopay: it's [[ID_NUMBER:004 01542 8871263]] at TD, and I'm [[PERSON:Shanice Williams]] in unit 4."""),
    ("en", """The remittance for [[PERSON:Candelaria Ajpop]] is ready at the agency in [[LOCATION:Cantel]]; she should bring her DPI, [[ID_NUMBER:2266 40159 1401]], and the code her brother [[PERSON:Ramiro]] sent by WhatsApp."""),
    ("en", """Our new intern, [[PERSON:Lucía Hernández Popoca]], is [[AGE:19]] and studies accounting; you can reach her at [[EMAIL_ADDRESS:lucia.hpopoca@gmail.com]] or [[PHONE_NUMBER:228 184 7702]]."""),
    ("en", """[[PERSON:Dr. Kaur]] moved [[PERSON:Amanpreet Gill]]'s follow-up to [[DATE_TIME:April 2 at 3:30 pm]] because of the snowstorm; the clinic will call [[PHONE_NUMBER:(306) 791-4420]] to confirm."""),
    ("en", """He said his name was [[PERSON:Tony]], gave a PayPal email of [[EMAIL_ADDRESS:tonyshoes4u@yahoo.com]], and asked me to ship the sneakers to [[ADDRESS:PO Box 88104]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85071]]."""),
    ("en", """When the cooperative certified [[TITLE:don]] [[PERSON:Pascual Tepetla]]'s plot as organic, the inspector noted that he is [[AGE:74]] and has worked the same hillside in [[LOCATION:Cuetzalan]] since he was a boy."""),
    ("nah", """Nejwa notokay [[PERSON:Tomasa Ocotitla]] wan nichanti ipan [[LOCATION:Tzinacapan]]. Nikpia [[AGE:47]] xiwit. Nokoneuj [[PERSON:Alfredo]] tekiti ipan [[LOCATION:Nueva York]] wan kititlani tomin kada metsti."""),
    ("nah", """Na notoka [[PERSON:Herminio Tlacotempa]], nochan ipan [[LOCATION:Chilapa]]. Nimitstlajtlanilia xinechtitlanili in amatl ipan [[EMAIL_ADDRESS:herminio.tlaco@gmail.com]] noso xinechnotsa ipan [[PHONE_NUMBER:756 101 3370]]."""),
    ("quc", """Ri wachajil [[PERSON:Francisco Yat]] k'o pa [[LOCATION:Los Ángeles]]. Xutaq ri pwaq pa [[DATE_TIME:15 de julio]], are k'u ri nu teléfono are [[PHONE_NUMBER:4570 9921]]."""),
    ("quc", """Ri ali [[PERSON:Marleny Tzoc]] k'o [[AGE:17]] ujunab'. Kakem po't chi rech ri cooperativa pa [[LOCATION:Chichicastenango]], xuqe ri unan [[PERSON:Micaela Tzoc Lares]] kuya ri b'atz' chech."""),
    ("es", """Oiga, soy [[PERSON:Chayo]], la de la tiendita de [[LOCATION:San Andrés Cholula]]; mi número nuevo es el [[PHONE_NUMBER:222 731 6604]], apúntelo porfa, que el otro se me mojó."""),
    ("es", """Ahorita le paso los datos de mi cuñado: se llama [[PERSON:Rigoberto Landa Hernández]], vive en [[ADDRESS:Callejón Jiménez del Campillo 14]], [[LOCATION:Coatepec]], y su CURP es [[ID_NUMBER:LAHR790321HVZNRG02]]. Él fue el que entregó el café en la cooperativa."""),
    ("es", """Mi hija [[PERSON:Yuridia]] cumple [[AGE:15]] el [[DATE_TIME:12 de diciembre]] y le vamos a hacer su fiesta en [[LOCATION:Chilpancingo]]; la madrina de pastel es [[TITLE:doña]] [[PERSON:Chela Abarca]]."""),
    ("es", """Vaya pues, [[TITLE:doña]] [[PERSON:Irma Sapón]] dice que el préstamo de las tejedoras se lo depositan en su cuenta de Banrural, la [[ID_NUMBER:3-208-44172-5]], el [[DATE_TIME:martes 9]], y que ella le avisa a las demás del grupo de [[LOCATION:Totonicapán]]."""),
    ("en", """[[PERSON:Keisha]] said her driver, [[PERSON:Abdi]], found her phone on the back seat and dropped it at [[ADDRESS:1200 Nicollet Mall]], [[LOCATION:Minneapolis]] the same night."""),
    ("en", """[[PERSON:Mr. Alain Delacroix]] and his wife [[PERSON:Simone]] land in [[LOCATION:Cancún]] on [[DATE_TIME:Feb 14]]; their Canadian passports are [[ID_NUMBER:HK481902]] and [[ID_NUMBER:HK481903]], and the resort has his mobile, [[PHONE_NUMBER:+1 418 652 0371]]."""),
    ("en", """The moderators suspended [[USERNAME:NopalNinja]] after he posted another player's real name, [[PERSON:Camila Ruiz]], and her school in [[LOCATION:Pico Rivera]] in the lobby chat."""),
    ("en", """[[PERSON:Abigail Thornton]], [[AGE:36]], was seen at urgent care on [[DATE_TIME:February 27]] for a sprained ankle; her insurer's member ID is [[ID_NUMBER:BCX 4411902837]] and her email is [[EMAIL_ADDRESS:abby.thornton@gmail.com]]."""),
    ("en", """The W-2 for [[PERSON:Marco Antonio Reyes]] (SSN [[US_SSN:531-60-4482]]) went to his old address, [[ADDRESS:2718 S Ridgewood Ave]], [[LOCATION:Edgewater]], [[LOCATION:FL]] [[ZIP_CODE:32141]], so payroll will reissue it."""),
    ("en", """[[PERSON:Ms. Ndlovu]] wrote that [[PERSON:Thabo]] missed three days of school and asked his father to call her back at [[PHONE_NUMBER:780-463-1195]] before [[DATE_TIME:Friday the 10th]]."""),
    ("en", """I'm returning the blender I bought for my mother, [[PERSON:Rosa Elvira Maldonado]]; the receipt is under my loyalty number [[ID_NUMBER:7701 2298 3340]], and my name is [[PERSON:Javier Maldonado]]."""),
    ("en", """Your new SIM for [[PHONE_NUMBER:(415) 730-2286]] will ship to [[PERSON:Nikhil Bose]] at [[ADDRESS:1745 Page St]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94117]]; activate it with your account PIN."""),
    ("en", """[[PERSON:Lucía Marín Arroyo]], DNI [[ID_NUMBER:29481736Z]], asked the town hall in [[LOCATION:Lepe]] to register her partner [[PERSON:Wilson Ixtos]] at [[ADDRESS:Calle Cervantes 21]], [[ZIP_CODE:21440]], where they have lived since [[DATE_TIME:1 March]]."""),
    ("en", """Please reset the VPN password for [[USERNAME:mquisquina]]; [[PERSON:Mónica Quisquiná]] is locked out and can be reached on [[PHONE_NUMBER:+502 2208 4410]] or her personal mail, [[EMAIL_ADDRESS:moni.quisquina@yahoo.com]]."""),
    ("en", """My cousin [[PERSON:Dalia]] finally got her DPI renewed at the Guatemalan consulate in [[LOCATION:Phoenix]]: the new number is [[ID_NUMBER:3194 72051 0101]], the same as before, but the photo is better."""),
    ("en", """[[PERSON:Gustavo Pacheco]]'s coffee stall at the Saturday market in [[LOCATION:Xalapa]] takes card payments now; he registered the terminal with his RFC, [[ID_NUMBER:PAGG850704MX2]], and his cell, [[PHONE_NUMBER:228 311 7045]]."""),
    ("en", """The solidarity group in [[LOCATION:Santiago Atitlán]] chose [[PERSON:Magdalena Sosof]] as president and [[PERSON:Juliana Ajtzip]] as secretary; [[PERSON:Magdalena]] is [[AGE:58]] and has woven since she was nine."""),
    ("en", """I used the app to send 6,000 pesos to my dad, [[PERSON:Ignacio Tlaseca]], in [[LOCATION:Orizaba]], but it went to the wrong CLABE; the right one is [[ID_NUMBER:002180701245893367]]. My account on the app is [[EMAIL_ADDRESS:tlaseca.jr@outlook.com]]."""),
    ("en", """The Mexican consulate in [[LOCATION:Toronto]] will hold a mobile office in [[LOCATION:Simcoe]] on [[DATE_TIME:July 20]]; [[PERSON:Eusebio Xochihua]] already booked a slot and will bring his passport [[ID_NUMBER:G38104477]]."""),
    ("en", """For the bake sale, pay [[PERSON:Heather]] directly: she takes Discover [[CREDIT_CARD:6011 0084 7731 9021]] through her card reader or e-transfer to [[EMAIL_ADDRESS:heather.mcrae@shaw.ca]]."""),
    ("en", """The loan for the weavers' group in [[LOCATION:San Antonio Aguas Calientes]] will be paid into [[PERSON:Dominga Chicol]]'s account, [[IBAN_CODE:GT90 TRAJ 0101 0000 0004 0831 5296]], on [[DATE_TIME:Friday, 23 August]]."""),
    ("en", """Witness statement: I, [[PERSON:Darius Bell]], saw the collision at about 6 p.m.; I live at [[ADDRESS:914 Oak Hill Rd]], [[LOCATION:Evansville]], [[LOCATION:IN]] [[ZIP_CODE:47711]], and my number is [[PHONE_NUMBER:(812) 402-6637]]."""),
    ("en", """The adoption file lists Mittens as the cat and [[PERSON:Paloma Vega]] as the adopter; [[PERSON:Paloma]] was born [[DATE_TIME:1989-08-08]] and lives in [[LOCATION:Hamilton]]."""),
    ("en", """[[TITLE:Father]] [[PERSON:Tomás Guarchaj]] signed the baptism certificate for [[PERSON:Ángel Gabriel Coj]], born [[DATE_TIME:May 30, 2023]], in the parish of [[LOCATION:San Cristóbal Totonicapán]]."""),
    ("en", """The bank in [[LOCATION:Madrid]] refused [[PERSON:Yanira Cuxil]]'s transfer to her mother in [[LOCATION:Quetzaltenango]] because the IBAN she typed, [[IBAN_CODE:ES87 0049 1820 6729 1054 7736]], is her own account, not the recipient's."""),
    ("en", """[[PERSON:jorge]] from accounting says his new address is [[ADDRESS:41 Elm Grove Ln]], [[LOCATION:Framingham]] and that his son [[PERSON:Danny]] turns [[AGE:3]] next week."""),
    ("en", """Good morning, this is [[PERSON:Hortensia Coyotl]] calling for my father, [[PERSON:Leandro]]; his Medicare card number is [[ID_NUMBER:1EG4-TE5-MK72]] and he needs a ride to dialysis on [[DATE_TIME:the 8th]]."""),
    ("en", """The charity's volunteer list shows [[PERSON:Emeka Nwosu]] ([[PHONE_NUMBER:204-771-3092]]) on the [[DATE_TIME:Saturday, 16 November]] food drive and [[PERSON:Grace Lam]] on the Sunday one."""),
    ("en", """Congratulations to [[PERSON:Wendy Ajquí]], [[AGE:23]], whose family coffee from [[LOCATION:San Pedro Necta]] won this year's Cup of Excellence in the [[LOCATION:Huehuetenango]] region; follow her at [[URL:https://www.facebook.com/wendy.ajqui.cafe]]."""),
    ("en", """The insurance company needs [[PERSON:Lamar Hughes]]'s driver's license, [[US_DRIVER_LICENSE:H520-816-77-412-0]], and the police report from [[DATE_TIME:October 5]] before it can pay the claim."""),
    ("en", """The new tenant at [[ADDRESS:16 Cedar Lane, Apt 2B]] is [[PERSON:Samira Haddad]]; her Canadian SIN, [[ID_NUMBER:129 405 833]], is on the credit-check form she signed yesterday, [[DATE_TIME:June 3]]."""),
    ("en", """Remind [[PERSON:Olivia]] that [[PERSON:Dr. Brennan]]'s office moved her dental cleaning from [[DATE_TIME:Tuesday the 4th]] to [[DATE_TIME:Thursday the 6th]] at the same time."""),
    ("en", """My grandmother [[PERSON:Paula Ixcoy]] cannot read, so I fill in her remittance forms: she lives in [[LOCATION:aldea Chuicotom]], [[LOCATION:Totonicapán]], and her phone is [[PHONE_NUMBER:5018 3364]]."""),
    ("en", """The gym charged [[PERSON:Zhang Wei]] twice; his membership started [[DATE_TIME:January 2]] and the card on file is [[CREDIT_CARD:3795 612044 17731]]."""),
    ("en", """Our newest member, [[PERSON:Abril Tecuapacho]], is a barista in [[LOCATION:Puebla]] who roasts beans from her aunt [[PERSON:Reyna]]'s farm in [[LOCATION:Cuetzalan]]; she's [[AGE:26]]."""),
    ("en", """Send the signed lease back to [[PERSON:Connor Walsh]] at [[EMAIL_ADDRESS:c.walsh@gmail.com]] by [[DATE_TIME:March 1]], and keep a copy for [[PERSON:Siobhan]]."""),
]

TABLE = [
    ("en", """member_id,name,community,phone,kg_cherry,price_mxn_per_kg
[[ID_NUMBER:TT-0412]],[[PERSON:Aurora Cuanenemi Tlaseca]],[[LOCATION:Tzinacapan]],[[PHONE_NUMBER:233 104 2218]],312,9.50
[[ID_NUMBER:TT-0519]],[[PERSON:Bernardino Ocotitla Pérez]],[[LOCATION:Xiloxochico]],[[PHONE_NUMBER:233 117 6630]],486,9.50
[[ID_NUMBER:TT-0733]],[[PERSON:Marisela Cuautle]],[[LOCATION:Tzinacapan]],,205,9.75"""),
    ("en", """name;NIE;IBAN;start_date;farm;crew
[[PERSON:Wilmer Ajanel Tum]];[[ID_NUMBER:Y2047731D]];[[IBAN_CODE:ES42 3058 0130 1927 2041 8856]];[[DATE_TIME:04/02/2024]];Finca Los Pinos;B
[[PERSON:Elvia Tzunun Chox]];[[ID_NUMBER:X8813402D]];[[IBAN_CODE:ES88 3187 0412 3120 9488 1530]];[[DATE_TIME:04/02/2024]];Finca Los Pinos;B
[[PERSON:Rutilio Cocotle]];[[ID_NUMBER:Y6120589G]];[[IBAN_CODE:ES13 2100 7093 8402 0033 6614]];[[DATE_TIME:11/03/2024]];Cortijo El Palmar;D"""),
    ("en", """| # | Applicant | CURP | Service | Date | Time |
|---|-----------|------|---------|------|------|
| 1 | [[PERSON:Leticia Xochihua Tepole]] | [[ID_NUMBER:XOTL880114MVZCPT05]] | Passport renewal | [[DATE_TIME:2024-08-13]] | 09:00 |
| 2 | [[PERSON:Fidencio Tzompaxtle Cocotle]] | [[ID_NUMBER:TOCF570719HVZZCD06]] | Matrícula consular | [[DATE_TIME:2024-08-13]] | 09:20 |
| 3 | [[PERSON:Guadalupe Tecuapacho Sánchez]] | [[ID_NUMBER:TESG921212MPLCND09]] | Birth registration | [[DATE_TIME:2024-08-14]] | 11:40 |"""),
    ("en", """ id  |        sender         |       receiver        | amount_usd | receiver_phone  |     payout_city
-----+-----------------------+-----------------------+------------+-----------------+---------------------
 901 | [[PERSON:Crisóforo Nava Cuevas]]  | [[PERSON:Irene Tlacotempa Morales]] |     300.00 | [[PHONE_NUMBER:757 113 0482]]    | [[LOCATION:Tlapa de Comonfort]]
 902 | [[PERSON:Josué Abarca Salgado]]   | [[PERSON:Elodia Salgado]]         |     150.00 | [[PHONE_NUMBER:747 490 2261]]    | [[LOCATION:Chilpancingo]]
 903 | [[PERSON:Ricardo Tepoz]]          | [[PERSON:Lorena Tepoz Cabañas]]   |     500.00 |                 | [[LOCATION:Chilapa de Álvarez]]
(3 rows)"""),
    ("en", """EMP_NO  LAST_NAME        FIRST_NAME   DEPT       HIRE_DATE   SIN
[[ID_NUMBER:10442]]   [[PERSON:Okonkwo]]          [[PERSON:Chidi]]        Finance    [[DATE_TIME:2019-04-01]]  [[ID_NUMBER:527 093 413]]
[[ID_NUMBER:10517]]   [[PERSON:Lefebvre]]         [[PERSON:Annick]]       Payroll    [[DATE_TIME:2021-09-13]]  [[ID_NUMBER:130 692 577]]
[[ID_NUMBER:10588]]   [[PERSON:Sandoval Ixcot]]   [[PERSON:Brenda]]       IT         [[DATE_TIME:2023-01-16]]  [[ID_NUMBER:729 144 063]]"""),
    ("en", """{"member": "[[PERSON:Tanisha Greene]]", "email": "[[EMAIL_ADDRESS:tanisha.greene@gmail.com]]", "plan": "Premium", "card": "[[CREDIT_CARD:4556 8812 0374 5198]]", "joined": "[[DATE_TIME:2022-03-08]]"}
{"member": "[[PERSON:Owen Castillo]]", "email": "[[EMAIL_ADDRESS:owencastillo@icloud.com]]", "plan": "Basic", "card": "[[CREDIT_CARD:5301 2774 8812 0667]]", "joined": "[[DATE_TIME:2023-11-19]]"}
{"member": "[[PERSON:Priya Nair]]", "email": "[[EMAIL_ADDRESS:priya.nair.fit@outlook.com]]", "plan": "Premium", "card": null, "joined": "[[DATE_TIME:2024-01-02]]"}"""),
    ("en", """- student: [[PERSON:Camila Ortega]]
  grade: 4
  guardian: [[PERSON:Raúl Ortega]]
  phone: "[[PHONE_NUMBER:(714) 557-3018]]"
  pickup: bus
- student: [[PERSON:Noah Pham]]
  grade: 4
  guardian: [[PERSON:Linh Pham]]
  phone: "[[PHONE_NUMBER:(714) 662-0947]]"
  pickup: parent"""),
    ("en", """Name: [[PERSON:Dominga Chicol]]
Group: Rub'eyal Q'ij
Role: president
DPI: [[ID_NUMBER:2209 61476 0404]]
Loan (Q): 3,500
Phone: [[PHONE_NUMBER:4218 0936]]

Name: [[PERSON:Juliana Otzoy Sotz]]
Group: Rub'eyal Q'ij
Role: treasurer
DPI: [[ID_NUMBER:3051 12740 0801]]
Loan (Q): 2,000
Phone: [[PHONE_NUMBER:5307 4481]]"""),
    ("en", """patient\tdob\trx_number\tdrug\tpickup\tphone
[[PERSON:Hollis Brandt]]\t[[DATE_TIME:06/17/1948]]\t6628104\tlisinopril 10mg\tready\t[[PHONE_NUMBER:(608) 244-1375]]
[[PERSON:Maritza Coc]]\t[[DATE_TIME:12/01/1979]]\t6628119\tamoxicillin 500mg\tready\t[[PHONE_NUMBER:(608) 709-4412]]
[[PERSON:Gerald Pfeiffer]]\t[[DATE_TIME:03/30/1960]]\t6628122\tatorvastatin 20mg\ton hold\t"""),
    ("nah", """Tokay | Chanyot | Teléfono | Kafen (kilo)
[[PERSON:Valentín Xicale Tepoz]] | [[LOCATION:Tepetzintan]] | [[PHONE_NUMBER:233 109 4472]] | 410
[[PERSON:Dulce María Coyotl Ramos]] | [[LOCATION:Yohualichan]] | [[PHONE_NUMBER:233 118 0395]] | 175
[[PERSON:Cristino Tecpoyotl]] | [[LOCATION:Xiloxochico]] | [[PHONE_NUMBER:233 117 6204]] | 630"""),
    ("quc", """B'i'aj,Tinamit,DPI,Teléfono,Po't
[[PERSON:Micaela Ixcoy Baten]],[[LOCATION:Momostenango]],[[ID_NUMBER:2677 39028 0805]],[[PHONE_NUMBER:4823 1190]],3
[[PERSON:Juana Tzoc Guarchaj]],[[LOCATION:Chichicastenango]],[[ID_NUMBER:2573 01933 1406]],[[PHONE_NUMBER:5561 0274]],5
[[PERSON:Catarina Lux Tepaz]],[[LOCATION:Santa Cruz del Quiché]],[[ID_NUMBER:1902 73852 1401]],,2"""),
    ("es", """"Nombre","CURP","Comunidad","Celular","Parcela (ha)"
"[[PERSON:Crisóforo Nava Cuevas]]","[[ID_NUMBER:NACC810303HGRVVR01]]","[[LOCATION:Paraje Montero]]","[[PHONE_NUMBER:757 104 3390]]","1.5"
"[[PERSON:Irene Tlacotempa Morales]]","[[ID_NUMBER:TAMI990909MGRLRR08]]","[[LOCATION:Malinaltepec]]","[[PHONE_NUMBER:757 110 2837]]","0.75"
"[[PERSON:Josué Abarca Salgado]]","[[ID_NUMBER:AASJ020625HGRBLSA2]]","[[LOCATION:Iliatenco]]","","2.0\""""),
    ("es", """| Alumno | Edad | Tutor | Teléfono del tutor |
|---|---|---|---|
| [[PERSON:Kevin Yair Morales]] | [[AGE:11]] | [[PERSON:Sonia Morales]] | [[PHONE_NUMBER:744 281 3907]] |
| [[PERSON:Ximena Abarca Ríos]] | [[AGE:12]] | [[PERSON:Martín Abarca]] | [[PHONE_NUMBER:744 115 6620]] |
| [[PERSON:Dylan Cruz Navarrete]] | [[AGE:11]] | [[PERSON:Luz María Navarrete]] | [[PHONE_NUMBER:744 390 0418]] |"""),
    ("es", """socia;DPI;aldea;monto_Q;fecha_desembolso
[[PERSON:Sebastiana Ajanel Quino]];[[ID_NUMBER:2920 47185 0901]];[[LOCATION:Xecam]];2500;[[DATE_TIME:06/07/2024]]
[[PERSON:Tomasa Chacach Pu]];[[ID_NUMBER:3115 08642 0705]];[[LOCATION:Xejuyup]];1800;[[DATE_TIME:06/07/2024]]
[[PERSON:Rosario Sic Tambriz]];[[ID_NUMBER:2870 54314 1301]];[[LOCATION:Chiantla]];3000;[[DATE_TIME:13/07/2024]]"""),
    ("en", """ticket_id,customer,email,issue,opened
ZX-20931,[[PERSON:Marcus Lee]],[[EMAIL_ADDRESS:marcus.lee88@gmail.com]],router offline,2024-05-02
ZX-20944,[[PERSON:Aaliyah Bennett]],[[EMAIL_ADDRESS:aaliyah.b@yahoo.com]],billing,2024-05-02
ZX-20951,[[PERSON:Tomás Quiacaín]],[[EMAIL_ADDRESS:tquiacain@hotmail.com]],slow speeds,2024-05-03"""),
    ("en", """guest               room  check_in    check_out   passport        nationality
[[PERSON:Ingrid Halvorsen]]    204   [[DATE_TIME:2024-07-02]]  [[DATE_TIME:2024-07-06]]  [[ID_NUMBER:NO3318402]]       [[NRP:Norwegian]]
[[PERSON:Kofi Mensah]]         311   [[DATE_TIME:2024-07-03]]  [[DATE_TIME:2024-07-05]]  [[ID_NUMBER:G2218490]]        [[NRP:Ghanaian]]
[[PERSON:Ana Paula Ribeiro]]   118   [[DATE_TIME:2024-07-03]]  [[DATE_TIME:2024-07-10]]  [[ID_NUMBER:FX504771]]        [[NRP:Brazilian]]"""),
    ("en", """| owner | pet | species | phone | owner_appointment |
|-------|-----|---------|-------|--------------|
| [[PERSON:Denise Arbour]] | Noodle | dog | [[PHONE_NUMBER:506-855-2091]] | [[DATE_TIME:Sept 14]] |
| [[PERSON:Raj Malhotra]] | Ziggy | cat | [[PHONE_NUMBER:506-383-7740]] | [[DATE_TIME:Oct 2]] |"""),
    ("en", """sender_name,sender_state,receiver_name,receiver_dept,receiver_dpi,amount
"[[PERSON:Aroldo Tambriz]]","[[LOCATION:Rhode Island]]","[[PERSON:Feliciana Baquiax]]","[[LOCATION:Totonicapán]]","[[ID_NUMBER:2488 16306 1401]]",400
"[[PERSON:Héctor Chox]]","[[LOCATION:New Jersey]]","[[PERSON:Ana Chox Tzunux]]","[[LOCATION:Quiché]]","[[ID_NUMBER:3188 20560 0719]]",250"""),
    ("en", """{"user": "[[USERNAME:valeria.codes]]", "name": "[[PERSON:Valeria Méndez]]", "last_login": "[[DATE_TIME:2024-06-30T21:14:08Z]]", "ip": "[[IP_ADDRESS:187.144.20.93]]", "role": "admin"}
{"user": "[[USERNAME:thomas_k]]", "name": "[[PERSON:Thomas Keller]]", "last_login": "[[DATE_TIME:2024-06-29T08:02:51Z]]", "ip": "[[IP_ADDRESS:2600:1700:5a0:e120::2c]]", "role": "viewer"}"""),
    ("en", """policyholder: [[PERSON:Yvonne Baptiste]]
policy: HO-3 88120455
property: [[ADDRESS:27 Willow Bend]], [[LOCATION:Lafayette]], [[LOCATION:LA]] [[ZIP_CODE:70508]]
phone: [[PHONE_NUMBER:(337) 291-4408]]
---
policyholder: [[PERSON:Curtis Landry]]
policy: HO-3 88120461
property: [[ADDRESS:1104 Verot School Rd]], [[LOCATION:Youngsville]], [[LOCATION:LA]] [[ZIP_CODE:70592]]
phone: [[PHONE_NUMBER:(337) 856-0133]]"""),
    ("en", """Account\tHolder\tCLABE\tBranch\tOpened
Savings\t[[PERSON:Gregoria Tecpoyotl]]\t[[ID_NUMBER:012650009418277369]]\t[[LOCATION:Zacapoaxtla]]\t2021
Savings\t[[PERSON:Aurora Cuanenemi Tlaseca]]\t[[ID_NUMBER:072650011033669186]]\t[[LOCATION:Cuetzalan]]\t2022
Checking\t[[PERSON:Bernardino Ocotitla Pérez]]\t[[ID_NUMBER:137180002264011956]]\t[[LOCATION:Cuetzalan]]\t2023"""),
    ("en", """+----------------------+-----+--------+---------------------+
| name                 | age | sex    | city                |
+----------------------+-----+--------+---------------------+
| [[PERSON:Liam O'Connell]]       |  [[AGE:34]] | M      | [[LOCATION:Halifax]]             |
| [[PERSON:Farah Siddiqui]]       |  [[AGE:29]] | F      | [[LOCATION:Dartmouth]]           |
| [[PERSON:Esteban Coj]]          |  [[AGE:41]] | M      | [[LOCATION:Truro]]               |
+----------------------+-----+--------+---------------------+"""),
    ("en", """Order,Customer,Ship To,ZIP,Item,Qty
10231,[[PERSON:Hannah Schulz]],[[ADDRESS:88 Orchard St]],[[ZIP_CODE:10002]],Huipil (blue),1
10232,[[PERSON:Devon Marshall]],[[ADDRESS:4701 Locust St, Apt 3]],[[ZIP_CODE:19139]],Table runner,2
10233,[[PERSON:Grace Oyelaran]],[[ADDRESS:615 Hazel Ave]],[[ZIP_CODE:60091]],Coffee 340 g,3"""),
    ("en", """volunteer | shift | phone | emergency_contact
[[PERSON:Beatriz Alcántara]] | Sat AM | [[PHONE_NUMBER:(210) 433-7702]] | [[PERSON:Omar Alcántara]] [[PHONE_NUMBER:(210) 433-7781]]
[[PERSON:Nathan Cho]] | Sat PM | [[PHONE_NUMBER:(210) 867-2209]] | [[PERSON:Helen Cho]] [[PHONE_NUMBER:(210) 867-2200]]"""),
    ("en", """Employee: [[PERSON:Ricardo Ávila]]
SSN: [[US_SSN:613-40-2278]]
Filing status: Married
Allowances: 2
---
Employee: [[PERSON:Courtney Blake]]
SSN: [[US_SSN:295-71-8830]]
Filing status: Single
Allowances: 0"""),
    ("en", """dpi,name,appointment,consulate,phone
[[ID_NUMBER:2863 10449 0901]],[[PERSON:Sandra Yat Calel]],[[DATE_TIME:2024-10-01 08:30]],[[LOCATION:Houston]],[[PHONE_NUMBER:(713) 660-2947]]
[[ID_NUMBER:2741 88619 0401]],[[PERSON:Florinda Tuy]],[[DATE_TIME:2024-10-01 09:00]],[[LOCATION:Houston]],[[PHONE_NUMBER:(832) 201-7780]]"""),
    ("en", """ plate     | owner                 | make / model      | permit_expires
-----------+-----------------------+-------------------+----------------
 [[ID_NUMBER:BKR-4471]]  | [[PERSON:Stephanie Grant]]       | Honda Civic       | 2025-03-31
 [[ID_NUMBER:CPL-9023]]  | [[PERSON:Marwan Aziz]]           | Toyota RAV4       | 2024-12-31
 [[ID_NUMBER:AYT 208]]   | [[PERSON:Jacinto Chávez Ixcot]]  | Nissan Frontier   | 2025-06-30"""),
    ("en", """{"lot": "HUE-24-031", "producer": "[[PERSON:Mateo Baltazar López]]", "village": "[[LOCATION:Tuiquinamble]]", "quintales": 18, "cupping_score": 85.5}
{"lot": "HUE-24-032", "producer": "[[PERSON:Wendy Ajquí]]", "village": "[[LOCATION:San Pedro Necta]]", "quintales": 9, "cupping_score": 88.25}
{"lot": "HUE-24-033", "producer": "[[PERSON:Aníbal Mérida Gómez]]", "village": "[[LOCATION:Cuilco]]", "quintales": 22, "cupping_score": 84.0}"""),
    ("en", """Name                 Email                            Twitter
[[PERSON:Kai Nakoa]]            [[EMAIL_ADDRESS:kai.nakoa@gmail.com]]              @[[USERNAME:kainakoa]]
[[PERSON:Brianna Ellis]]        [[EMAIL_ADDRESS:bri.ellis@protonmail.com]]         @[[USERNAME:bri_writes]]
[[PERSON:Ezequiel Tzul]]        [[EMAIL_ADDRESS:ezequiel.tzul@gmail.com]]          @[[USERNAME:eze_tzul]]"""),
    ("en", """Date,Description,Amount,Balance
2024-05-01,Payroll deposit ACME LOGISTICS,2140.55,3321.07
2024-05-03,Zelle to [[PERSON:Maria Cardenas]],-150.00,3171.07
2024-05-06,Remitly transfer to [[PERSON:Jose Ixcoy]],-300.00,2871.07
2024-05-07,Check 1182 [[PERSON:Dr. Alan Fisk]] DDS,-95.00,2776.07"""),
    ("en", """| Patient | MRN | DOB | Ward | Attending |
|---|---|---|---|---|
| [[PERSON:Gwen Harlow]] | [[ID_NUMBER:00419920]] | [[DATE_TIME:1951-02-11]] | 4 West | [[PERSON:Dr. Osei]] |
| [[PERSON:Ramón Quiñónez]] | [[ID_NUMBER:00420117]] | [[DATE_TIME:1983-09-30]] | 4 West | [[PERSON:Dr. Osei]] |
| [[PERSON:Beatrix Vance]] | [[ID_NUMBER:00420244]] | [[DATE_TIME:1977-12-22]] | ICU | [[PERSON:Dr. Mbatha]] |"""),
    ("en", """student_id\tname\tgrade\tguardian_email
[[ID_NUMBER:S2207431]]\t[[PERSON:Isabella Cruz]]\t9\t[[EMAIL_ADDRESS:cruz.family@gmail.com]]
[[ID_NUMBER:S2207458]]\t[[PERSON:Ethan Ward]]\t9\t[[EMAIL_ADDRESS:melissa.ward@comcast.net]]
[[ID_NUMBER:S2207502]]\t[[PERSON:Yahir Tecuatl]]\t10\t[[EMAIL_ADDRESS:ofelia.tecuatl@yahoo.com]]"""),
    ("en", """name,title,department,work_phone,personal_phone
[[PERSON:Monica Albright]],VP Operations,Ops,(512) 555-0100 x204,[[PHONE_NUMBER:(512) 694-2281]]
[[PERSON:Terrence Yu]],Payroll Specialist,Finance,(512) 555-0100 x331,[[PHONE_NUMBER:(737) 210-8843]]
[[PERSON:Araceli Domínguez]],Warehouse Lead,Ops,(512) 555-0100 x118,"""),
    ("en", """order_no  customer            city          postcode  total
A-77120   [[PERSON:Carmen Villalobos]]   [[LOCATION:Sevilla]]       [[ZIP_CODE:41010]]     64.90
A-77121   [[PERSON:Jordi Puig]]          [[LOCATION:Girona]]        [[ZIP_CODE:17003]]     18.50
A-77122   [[PERSON:Haydée Tzoc]]         [[LOCATION:Madrid]]        [[ZIP_CODE:28019]]     41.00"""),
    ("en", """{"passenger": "[[PERSON:SOTO]]/[[PERSON:ALEJANDRA]] [[TITLE:MS]]", "pnr": "QX4T7B", "flight": "AM 0417", "date": "[[DATE_TIME:2024-12-19]]", "seat": "23C", "ff_number": "[[ID_NUMBER:AM 004418827]]"}
{"passenger": "[[PERSON:SOTO]]/[[PERSON:EMILIO]] [[TITLE:MSTR]]", "pnr": "QX4T7B", "flight": "AM 0417", "date": "[[DATE_TIME:2024-12-19]]", "seat": "23D", "ff_number": null}"""),
    ("en", """subscriber: [[PERSON:Leon Fitzgerald]]
msisdn: [[PHONE_NUMBER:+1 902 478 3310]]
plan: Unlimited 50
device_imei: 356938035643809
---
subscriber: [[PERSON:Naledi Khumalo]]
msisdn: [[PHONE_NUMBER:+1 902 405 7716]]
plan: Basic 10
device_imei: 353918102274550"""),
    ("en", """Applicant;Birth date;Passport;Visa type;Interview
[[PERSON:Wuilian Ixcoy Tzul]];[[DATE_TIME:14.03.1997]];[[ID_NUMBER:281547793]];H-2A;[[DATE_TIME:22.01.2025]]
[[PERSON:Hermelindo Coj Sapón]];[[DATE_TIME:02.11.1990]];[[ID_NUMBER:270833106]];H-2A;[[DATE_TIME:22.01.2025]]
[[PERSON:Eleazar Tum Xicay]];[[DATE_TIME:27.06.2001]];[[ID_NUMBER:294410552]];H-2B;[[DATE_TIME:23.01.2025]]"""),
    ("en", """| tenant | unit | lease_start | rent | phone |
|:--|:--|:--|--:|:--|
| [[PERSON:Jasmine Holloway]] | 2A | [[DATE_TIME:2023-08-01]] | 1,250 | [[PHONE_NUMBER:(414) 320-7719]] |
| [[PERSON:Pedro Ajpop]] | 2B | [[DATE_TIME:2024-02-01]] | 1,180 | [[PHONE_NUMBER:(414) 873-2045]] |
| [[PERSON:Ruth Kaminski]] | 3A | [[DATE_TIME:2019-06-15]] | 1,095 | |"""),
    ("en", """id,gamertag,email,country,banned
88120,[[USERNAME:ShadowMaya]],[[EMAIL_ADDRESS:maya.sandoval07@gmail.com]],[[LOCATION:MX]],no
88121,[[USERNAME:xX_QuetzalKing_Xx]],[[EMAIL_ADDRESS:kingq.gt@hotmail.com]],[[LOCATION:GT]],yes
88122,[[USERNAME:frostbyte_ca]],[[EMAIL_ADDRESS:liam.frost@icloud.com]],[[LOCATION:CA]],no"""),
    ("en", """handle\tfollowers\tprofile_url\tdisplay_name
[[USERNAME:tejidos_momos]]\t12.4k\t[[URL:https://www.instagram.com/tejidos_momos]]\t[[PERSON:Micaela Ixcoy]]
[[USERNAME:cafe.cuetzalan]]\t3,118\t[[URL:https://www.tiktok.com/@cafe.cuetzalan]]\t[[PERSON:Abril Tecuapacho]]"""),
    ("en", """hostname     owner              owner_email                      last_ip
lap-0412     [[PERSON:Grace Kimani]]       [[EMAIL_ADDRESS:gkimani@northlake.example]]       [[IP_ADDRESS:10.20.4.112]]
lap-0419     [[PERSON:Felipe Arriaga]]     [[EMAIL_ADDRESS:farriaga@northlake.example]]      [[IP_ADDRESS:10.20.4.87]]
lap-0433     [[PERSON:Sun-hee Park]]       [[EMAIL_ADDRESS:spark@northlake.example]]         [[IP_ADDRESS:10.20.5.19]]"""),
    ("en", """Tracking,Recipient,Address,City,Phone
1Z88A7W90312774411,[[PERSON:Colleen Murphy]],[[ADDRESS:19 Beacon Hill Rd]],[[LOCATION:Dartmouth]],[[PHONE_NUMBER:902-469-2210]]
1Z88A7W90312774428,[[PERSON:Arjun Mehta]],[[ADDRESS:2601 Kingston Rd, Unit 8]],[[LOCATION:Scarborough]],[[PHONE_NUMBER:416-261-7793]]"""),
    ("en", """member          card_no        visits_this_month  birthday
[[PERSON:Trevor Nakamura]]  [[ID_NUMBER:GYM-004417]]     12                 [[DATE_TIME:Mar 03]]
[[PERSON:Lupita Ortega]]    [[ID_NUMBER:GYM-004452]]     4                  [[DATE_TIME:Nov 21]]
[[PERSON:Darnell Okoye]]    [[ID_NUMBER:GYM-004461]]     0                  [[DATE_TIME:Jan 30]]"""),
    ("en", """claim_ref,claimant,policy,incident_date,adjuster
CL-55102,[[PERSON:Roberta Kessler]],AUTO-771204,[[DATE_TIME:2024-02-14]],[[PERSON:J. Morales]]
CL-55117,[[PERSON:Kwame Asante]],HOME-338120,[[DATE_TIME:2024-02-19]],[[PERSON:J. Morales]]
CL-55130,[[PERSON:Mireya Chávez]],AUTO-771388,[[DATE_TIME:2024-02-20]],[[PERSON:T. Nguyen]]"""),
    ("en", """| Donor | Email | Gift | Campaign |
|-------|-------|------|----------|
| [[PERSON:Eleanor Prescott]] | [[EMAIL_ADDRESS:eprescott@gmail.com]] | $1,000 | Weavers' looms |
| [[PERSON:Samuel Okafor]] | [[EMAIL_ADDRESS:s.okafor@live.com]] | $50 | Weavers' looms |
| Anonymous | | $250 | Coffee school |"""),
    ("en", """name,dob,ssn,relationship
[[PERSON:Carlos Mejía]],[[DATE_TIME:1979-04-18]],[[US_SSN:602-18-4473]],self
[[PERSON:Ana Mejía]],[[DATE_TIME:1982-10-02]],[[US_SSN:604-33-9015]],spouse
[[PERSON:Sofía Mejía]],[[DATE_TIME:2012-06-25]],[[US_SSN:766-20-1148]],child"""),
    ("en", """- name: [[PERSON:Tom Beaulieu]]
  license: [[US_DRIVER_LICENSE:B421-7730-5512]]
  state: [[LOCATION:IL]]
  vehicle: F-150, plate [[ID_NUMBER:DT 44190]]
- name: [[PERSON:Keisha Morgan]]
  license: [[US_DRIVER_LICENSE:M300-8841-2093]]
  state: [[LOCATION:IL]]
  vehicle: Transit van, plate [[ID_NUMBER:DT 44207]]"""),
    ("en", """card_holder,card_number,exp,cvv,billing_zip
[[PERSON:Diana Whitcomb]],[[CREDIT_CARD:4482 0773 1195 6020]],09/27,331,[[ZIP_CODE:02139]]
[[PERSON:Andre Baptiste]],[[CREDIT_CARD:5204 1883 6640 7134]],01/26,908,[[ZIP_CODE:33181]]
[[PERSON:Ximena Rojas]],[[CREDIT_CARD:3759 870044 12636]],05/28,4412,[[ZIP_CODE:78702]]"""),
    ("en", """Name: [[PERSON:Yolanda Chox Tzunux]]
Case: FS-2024-11873
Caseworker: [[PERSON:Megan Doyle]]
Language: K'iche'
Phone: [[PHONE_NUMBER:(770) 532-1186]]
Next visit: [[DATE_TIME:June 4, 2024]]"""),
    ("en", """ applicant            | program            | sin          | province
----------------------+--------------------+--------------+----------
 [[PERSON:Marie-Claude Gagnon]]  | Canada Child Benefit | [[ID_NUMBER:248 173 056]] | [[LOCATION:QC]]
 [[PERSON:Daniel Whitehorse]]    | GST/HST credit       | [[ID_NUMBER:627 419 302]] | [[LOCATION:SK]]"""),
    ("en", """"Name","Email","Signed up","Referred by"
"[[PERSON:Olivia Brennan]]","[[EMAIL_ADDRESS:olivia.brennan@gmail.com]]","[[DATE_TIME:2024-02-11]]","[[PERSON:Megan Brennan]]"
"[[PERSON:Raúl Tecuanhuey]]","[[EMAIL_ADDRESS:raul.tecuanhuey@outlook.com]]","[[DATE_TIME:2024-02-12]]","\""""),
    ("en", """Worker ID | Name | Crop | Hours | Bank account
[[ID_NUMBER:W-3301]] | [[PERSON:Ernesto Tlacotempa]] | tomatoes | 61 | [[ID_NUMBER:00102-004-5517290]]
[[ID_NUMBER:W-3302]] | [[PERSON:Mario Alberto Tlacotempa Ruiz]] | peppers | 58 | [[ID_NUMBER:00102-004-5517311]]
[[ID_NUMBER:W-3307]] | [[PERSON:Gael Nava Tecolapa]] | cucumbers | 64 | [[ID_NUMBER:00102-004-5519042]]"""),
    ("en", """name\tnationality\tdni_nie\tiban
[[PERSON:Fernando Gil Ibáñez]]\t[[NRP:Spanish]]\t[[ID_NUMBER:50218473C]]\t[[IBAN_CODE:ES76 2038 1142 0360 0073 1884]]
[[PERSON:Marta Sicán Julajuj]]\t[[NRP:Guatemalan]]\t[[ID_NUMBER:Z2740193R]]\t[[IBAN_CODE:ES83 0182 5925 8102 0177 4302]]"""),
    ("en", """{"ts": "2024-04-08T10:14:02Z", "user_email": "[[EMAIL_ADDRESS:d.kowalski@gmail.com]]", "client_ip": "[[IP_ADDRESS:24.114.60.212]]", "action": "password_change"}
{"ts": "2024-04-08T10:15:40Z", "user_email": "[[EMAIL_ADDRESS:rtzoc.gt@gmail.com]]", "client_ip": "[[IP_ADDRESS:190.106.219.4]]", "action": "login_failed"}"""),
    ("en", """beneficiary,dpi,phone,bank,account_iban
[[PERSON:Feliciana Baquiax]],[[ID_NUMBER:2488 16306 1401]],[[PHONE_NUMBER:4776 3021]],Banrural,[[IBAN_CODE:GT54 BRRL 0101 0000 0030 4491 7260]]
[[PERSON:Ana Chox Tzunux]],[[ID_NUMBER:3188 20560 0719]],[[PHONE_NUMBER:3019 8840]],Banrural,[[IBAN_CODE:GT56 BRRL 0101 0000 0033 1029 8845]]"""),
    ("en", """Household member   Age   Relationship   School
[[PERSON:Ofelia Tecuatl]]     [[AGE:71]]    grandmother    -
[[PERSON:Rocío Tecuatl]]      [[AGE:44]]    head           -
[[PERSON:Yahir Tecuatl]]      [[AGE:15]]    son            Dorsey High"""),
    ("en", """| Member | Phone | Parcel | Harvest delivered (kg) | Paid |
|---|---|---|---|---|
| [[PERSON:Ramiro Landa Bonilla]] | [[PHONE_NUMBER:228 107 3349]] | El Zapotal | 2,140 | yes |
| [[PERSON:Rigoberto Landa Hernández]] | [[PHONE_NUMBER:228 119 0482]] | Los Naranjos | 980 | no |
| [[PERSON:Eulogio Castañeda Popoca]] | [[PHONE_NUMBER:228 816 7730]] | La Cumbre | 1,460 | yes |"""),
    ("en", """username,full_name,nss,employer,start
[[USERNAME:jmorales03]],[[PERSON:Jesús Ángel Morales Xicoténcatl]],[[ID_NUMBER:41857950129]],Central de Abasto Puebla,[[DATE_TIME:2022-01-10]]
[[USERNAME:ltecuapacho]],[[PERSON:Guadalupe Tecuapacho Sánchez]],[[ID_NUMBER:37978423152]],Textiles del Valle,[[DATE_TIME:2019-08-05]]"""),
    ("en", """Client          Card             Since       Limit
[[PERSON:Imelda Ruiz]]     [[CREDIT_CARD:4917 0352 6618 8408]]  2021       $3,000
[[PERSON:Howard Tsai]]     [[CREDIT_CARD:6011 2094 8813 0577]]  2019       $8,500"""),
    ("en", """patient,phone,appointment,procedure,insurance_id
[[PERSON:Gloria Bustamante]],[[PHONE_NUMBER:(915) 590-2241]],[[DATE_TIME:2024-11-05 08:00]],cleaning,[[ID_NUMBER:DLT-88120744]]
[[PERSON:Isaac Feldman]],[[PHONE_NUMBER:(915) 833-7718]],[[DATE_TIME:2024-11-05 09:30]],crown prep,
[[PERSON:Nayeli Ajú]],[[PHONE_NUMBER:(915) 204-6650]],[[DATE_TIME:2024-11-05 11:00]],filling,[[ID_NUMBER:DLT-88131902]]"""),
]

CHAT = [
    ("en", """[10:02] [[PERSON:Kayla]] (EnvíosYa Support): Hi, thanks for reaching out! Who am I speaking with today?
[10:02] [[PERSON:Rodrigo Cuaxiloa]]: hi its [[PERSON:rodrigo cuaxiloa]], the money i sent my mom on saturday still says pending
[10:03] [[PERSON:Kayla]] (EnvíosYa Support): Sorry about that, [[PERSON:Rodrigo]]. Can you confirm the recipient's full name and the phone number on the transfer?
[10:04] [[PERSON:Rodrigo Cuaxiloa]]: [[PERSON:Verónica Cuaxiloa Nava]], [[PHONE_NUMBER:233 119 4408]]
[10:04] [[PERSON:Rodrigo Cuaxiloa]]: she went to the Elektra in [[LOCATION:Zacapoaxtla]] and they told her it wasnt there
[10:06] [[PERSON:Kayla]] (EnvíosYa Support): Thank you. I see the transfer, ref 7310-884-221. The name on it is spelled "[[PERSON:Veronica Cuaxilo]]", so the agent could not match her INE. I've corrected it; she can pick it up from 2 p.m.
[10:07] [[PERSON:Rodrigo Cuaxiloa]]: ok thank u. also can u update my email to [[EMAIL_ADDRESS:rodri.cuaxiloa@gmail.com]]
[10:08] [[PERSON:Kayla]] (EnvíosYa Support): Done! Anything else?"""),
    ("en", """Tía [[PERSON:Lupe]]: Who's bringing the cake for abuela's 80th?
[[PERSON:Marisol]]: me!! I ordered it from the bakery on Juárez, pick up saturday
[[PERSON:Daniel]]: party is at our place right? [[ADDRESS:2417 N Kedvale Ave]]
[[PERSON:Marisol]]: yes. Abuela [[PERSON:Cande]] turns [[AGE:80]] on [[DATE_TIME:the 14th]] but we do it on [[DATE_TIME:the 15th]]
Tía [[PERSON:Lupe]]: ok. [[PERSON:Danny]] send me the gate code again
[[PERSON:Daniel]]: 4471#. or call [[PERSON:Jess]] at [[PHONE_NUMBER:773-295-0814]] she'll be home all day"""),
    ("en", """Marketplace - "Handwoven huipil from [[LOCATION:Chichicastenango]], size M"
[[PERSON:Brooke Lindgren]]: Hi! Is this still available?
[[PERSON:Rosa Elena Batz]]: Yes it is. My mother [[PERSON:Catarina]] wove it, it took her three months.
[[PERSON:Brooke Lindgren]]: It's beautiful. Could you ship it? I'm at [[ADDRESS:6215 Greenwood Ave N, Apt 302]], [[LOCATION:Seattle]] [[ZIP_CODE:98103]]
[[PERSON:Rosa Elena Batz]]: Sure, shipping is $12. You can pay by Zelle to [[PHONE_NUMBER:(919) 482-7160]] under my name
[[PERSON:Brooke Lindgren]]: Sent! My number is [[PHONE_NUMBER:206-718-3342]] in case the carrier needs it."""),
    ("en", """#cupping-lab  (Slack)
[[PERSON:Aníbal Mérida]]  9:14 AM
Cupping for the [[LOCATION:Cuilco]] lots moved to Thursday. [[PERSON:Dina]], can you confirm with the producers?
[[PERSON:Dina Ramírez Bámaca]]  9:20 AM
Yes. [[PERSON:Wendy Ajquí]] can come, [[TITLE:don]] [[PERSON:Mateo]]'s phone is off, I'll try his daughter [[PERSON:Lesbia]] at [[PHONE_NUMBER:+502 3341 0926]]
[[PERSON:Aníbal Mérida]]  9:22 AM
Thanks. Also HR needs [[PERSON:Mateo]]'s DOB for the group insurance: it's [[DATE_TIME:3 May 1961]] according to his DPI
qc-bot  9:22 AM
Reminder: calibration set due Friday."""),
    ("en", """Chat transcript - Northline Mobile
Agent ([[PERSON:Priya]]): Thanks for waiting. For verification, please give me the account holder's name and date of birth.
Customer: [[PERSON:Marcus Delgado]], [[DATE_TIME:December 2, 1985]]
Agent ([[PERSON:Priya]]): Thank you, [[PERSON:Mr. Delgado]]. How can I help?
Customer: I want to add a line for my daughter [[PERSON:Alina]], she's [[AGE:13]]. Use my card ending 3969.
Agent ([[PERSON:Priya]]): Done. The new number is [[PHONE_NUMBER:(305) 771-2048]]; the SIM will arrive at [[ADDRESS:2840 SW 8th St, Apt 5]], [[LOCATION:Miami]] in 2-3 days."""),
    ("en", """#it-helpdesk
[[PERSON:Hannah Ng]]: new hire starting Monday, [[PERSON:Tomás Quiacaín]], needs a laptop + VPN
[[PERSON:Jorge Reyes]]: on it. username will be [[USERNAME:tquiacain]]. personal email for the welcome kit?
[[PERSON:Hannah Ng]]: [[EMAIL_ADDRESS:tquiacain@hotmail.com]], cell [[PHONE_NUMBER:(503) 662-0481]]
[[PERSON:Jorge Reyes]]: 👍 shipping to his home, [[ADDRESS:1830 NE Killingsworth St]], [[LOCATION:Portland]]?
[[PERSON:Hannah Ng]]: yes. his start date is [[DATE_TIME:June 17]]"""),
    ("quc", """Nan [[PERSON:Petrona]]: Saqarik wal. La xak'am ri pwaq?
[[PERSON:Wilder Xiloj]]: Saqarik nan. Xintaq iwir pa Banrural. Ri número are 5521-0087-4412.
Nan [[PERSON:Petrona]]: Maltyox. Ri a tat [[PERSON:Lucas]] xb'e pa [[LOCATION:Momostenango]] chuwe' pa [[DATE_TIME:jueves 18]].
[[PERSON:Wilder Xiloj]]: Utz. Ri nu k'ak' teléfono are [[PHONE_NUMBER:(401) 338-7025]], chi'ij chech ri [[PERSON:Lucas]]."""),
    ("es", """Grupo "Tejedoras de Comalapa" (WhatsApp)
[[PERSON:Ana María Curruchiche]]: Buenas tardes compañeras, el desembolso es el [[DATE_TIME:sábado 6]] a las 10 en el salón comunal
[[PERSON:Rosa Otzoy]]: Ahí estaremos. [[TITLE:Doña]] [[PERSON:Tere]] no tiene saldo, me pidió que le avisara
[[PERSON:Ana María Curruchiche]]: Gracias [[PERSON:Rosita]]. Lleven su DPI original, la que no lo tenga que traiga constancia del RENAP
[[PERSON:Juliana Otzoy Sotz]]: Yo cambié de número, ahora es el [[PHONE_NUMBER:4512 7793]]
[[PERSON:Rosa Otzoy]]: Anotado, [[PERSON:Juli]] 🙏"""),
]

LOOKALIKE = [
    ("en", """EXPORT PACKING LIST - Contract 24-0718-B
Invoice no.: FAC-2024-003317    Invoice date: 2024-07-18
Exporter registration (company): 7720415-K    Warehouse licence: BOD-0041-2019
Container: MSKU 704281-3    Seal: ML 0458821    Booking: 238847120    B/L: MAEU238847120
Marks: ICO 13/1892/0118 to 13/1892/0392    HS code: 0901.11.00
Lots: HUE-24-031, HUE-24-032, HUE-24-033 (SHB EP, 69 kg jute bags, GrainPro liners)
Varieties: Bourbon, Caturra, Pacamara, Geisha
Net weight: 18,975.00 kg    Gross weight: 19,310.40 kg
Moisture meter: serial MM-2209-4471, firmware 10.2.0.14; last calibration certificate 3f9c2a71-5be0-4e8d-9a63-0c41d7e2b118
Lab report checksum (SHA-256): 9b74c9897bac770ffc029102a200c5de1e8a0f2c3d4b5a6978877665544332211
Shipping desk: +502 2410 8800 ext. 14, exports@cafesdelaltiplano.example"""),
    ("en", """MONEY TRANSFER RECEIPT - CUSTOMER COPY
Receipt no. 00418-2291-7730    Agent location ID: AG-GT-14-0062    Terminal: T03
MTCN: 841 307 2265    Operator ID: 0771
Sender: [[PERSON:Diego Chacach Pu]]
Receiver: [[PERSON:Catarina Pu Xicay]]
Amount sent: USD 400.00    Exchange rate: 7.7415    Amount paid: GTQ 3,096.60
Fees: USD 7.99    Promo code: MAMAMAYO24
Agent hotline: 1-800-325-6000 | Complaints: quejas@remesas.example
Keep this receipt. The MTCN is your reference for any claim. Version 4.12.0.3 of the receipt template."""),
    ("en", """Release notes - FieldLedger 10.4.2.1 (build 20240611.3)
- Fixed a crash when importing lots with IDs like 2024-05-0017 or 0901.21.00.
- The Dijkstra routing for pickup trucks now skips closed roads; the Bayes filter for duplicate members is off by default.
- Config: set api_base to https://api.fieldledger.example/v2 and retry to 3; default port 8443.
- New UUIDs are v7 (e.g. 018f6c2a-9e3b-7c41-8b2d-5a1f0e7c9d33); old v4 IDs such as 6b1e2f40-77aa-4c3e-9f12-0d8e5b3a4c21 still resolve.
- Commits: a41c9e2, 77f0b13, e9d204c. Thanks to [[PERSON:Nadia Ferreira]] ([[USERNAME:nferreira-dev]]) for the offline sync patch.
- Known issue: version strings like 3.10.255.1 are flagged by the old validator."""),
    ("en", """Spring catalogue order #SO-55820-B
9786073168205  Cocina poblana de temporada (paperback)         1 x $18.95
9789586651325  Atlas of Mesoamerican textiles                    1 x $42.00
7501023845515  Café de olla, 340 g (SKU COF-OLLA-340)            2 x $11.50
7506490172836  Mole poblano paste, 235 g (SKU MOL-235)            1 x $6.75
Also ordered: Earl Grey tea tin, Darwin hybrid tulip bulbs (pack of 20), Graham crackers, a Ford Ranger toy truck, Bessemer steel skillet.
Ship to: [[PERSON:Lindsey Carver]], [[EMAIL_ADDRESS:lindsey.carver@gmail.com]]
Warehouse: aisle 14, bin 3-07-B. Customer service: 1-888-412-7700."""),
    ("en", """WARD 6 HANDOVER - bed 12
Patient: [[PERSON:Harold Beaumont]], DOB [[DATE_TIME:09/02/1944]]
Hx: Parkinson's disease, early Alzheimer's, Hodgkin lymphoma in remission (2009). Glasgow Coma Scale 15, Apgar n/a.
Meds: carbidopa-levodopa 25/100, NDC 0093-0294-01, lot 4B2271, exp 2026-03.
Orders: CPT 99223, ICD-10 G20, I10. Pager 4417 for the on-call team, extension 2290 for pharmacy.
Room 614-B, telemetry box 22, pump serial 8840-1173-0092."""),
    ("nah", """Kafen tlen tochan: lote CUE-24-117, certificado orgánico MX-BIO-118/2024, RFC de tlanechikolli CPT980615JA2.
Tlanechikolli tekiti ipan Calle Miguel Hidalgo wan Avenida Benito Juárez, kampa kinamakaj kafen wan amoxtli ISBN 978-968-429-110-2.
Teléfono de oficina: 233 331 0200; correo: ventas@tlanechikolli.example.
Akin kiyekana: [[PERSON:Bernardino Ocotitla Pérez]], iteléfono [[PHONE_NUMBER:233 117 6630]]."""),
    ("es", """FACTURA ELECTRÓNICA (CFDI 4.0)
Folio fiscal: 5D2A8C41-7E19-4B03-A6F2-9C0D1E3B4A57    Serie y folio: A-004418
Emisor: Cooperativa Puebla Textil, RFC CPT980615JA2, Régimen 601
Lugar de expedición: [[ZIP_CODE:72000]]    No. de certificado del SAT: 00001000000509846663
Receptor: [[PERSON:Irene Tlacotempa Morales]], RFC [[ID_NUMBER:TAMI9909093K8]], uso CFDI G03
Concepto: 40 madejas de hilo acrílico, clave SAT 11161800, $1,380.00 + IVA
Sello digital: kL0pQ2x9vR4mT7wZ1cB8nH3jF6sA5dG0eY2uI4oP7qW9==
Entregar en la bodega de la 5 de Mayo, frente al portal de Av. Reforma (sin número). Dudas: facturacion@pueblatextil.example"""),
]


LANGUAGES = {"en": "English", "es": "Spanish", "nah": "Nahuatl", "quc": "K'iche'"}
STYLES_WITH_LANGUAGE = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}
STYLES = {style: [markup for _, markup in records] for style, records in STYLES_WITH_LANGUAGE.items()}


def main() -> None:
    write_and_report("blind142", STYLES, OUT)
    languages: Counter[str] = Counter()
    for records in STYLES_WITH_LANGUAGE.values():
        languages.update(language for language, _ in records)
    print("records per language:")
    for language, n in languages.most_common():
        print(f"  {LANGUAGES[language]:10s} {n}")


if __name__ == "__main__":
    main()

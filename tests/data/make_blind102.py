"""Build tests/data/blind102.jsonl: a hundred-and-second *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind102.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of the file (the STYLES dict and main(), whose shape is copied
here); gold_sets.py (whole file); and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). Not read:
minimize/, recognizers/, the tests (beyond the lines above), bench/, the
README, any *.jsonl set, the record lists of make_blind22.py, any other
make_*.py, git history / log / status, and anything under /tmp. The detector,
the bench and the tests were never run, and git was not run at all. Do not
tune the detector against this set: once it has been used to tune, it no
longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end only
counts them). Card numbers pass Luhn, IBANs pass mod-97 with the right length
for their country, and the national check digits inside the Spanish and
Portuguese IBANs are right too (worked out with throwaway code run by hand
while writing, not generated here; `gold_sets.check` re-checks cards and
IBANs and refuses a bad one). National ids with a public check digit were
given a valid one the same way: Spanish DNI and NIE (letter), Spanish social
security numbers (mod 97), NHS numbers, Canadian SINs, Aadhaar (Verhoeff),
Dutch BSN, Brazilian CPF, South African ids (agreeing with sex and birth date),
Australian TFNs, Irish PPSNs, Singapore NRIC / FIN, New Zealand NHI numbers,
Chilean RUT, Mexican CURP and CLABE, and the Norwegian national id (both
digits; it agrees with the birth date and sex); the look-alikes that carry one
(ISBN-13, EAN-13) too. UK NI numbers (valid prefixes only), US SSNs,
passports, licences, plates, PAN, NIN, BVN, Kenyan ids and KRA PINs, SSS,
PhilHealth, TIN, UMID, ULN, UCI, UCAS and CAO numbers, USI, bank account
numbers and staff, student, candidate, applicant, member, patient and library
numbers were not checked.

Styles (ids `blind102-<style>-NNN`; 240 records):
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd mixed sentences dense with names, job titles, streets with building
  numbers, secondary addresses, IPv4 / IPv6, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts, tenancy,
  loan, medical, prescription, discharge, consent, power of attorney, offer
  and conduct letters, notices) and Nemotron-PII (JSON, log lines, an Apache
  access log, SQL, XML, YAML / .env / Kubernetes config, Python, Java,
  JavaScript and GraphQL snippets, e-mail headers, tickets and forms).
- `gen` (80): one to four sentences with personal data woven into prose, as
  a third-party LLM writes "realistic sentences with personal data"; names at
  the start, middle and end, lowercase and possessive; ages, dates, addresses,
  phones and ids in many shapes.
- `table` (60): one small labeled table per record rendered as text (CSV,
  semicolon CSV, TSV, pipes and Markdown, fixed-width, JSON lines, YAML,
  key: value blocks), varied column names and non-PII columns (grades,
  roles, status, amounts, seats, SKUs, tracking numbers); header rows are
  never labeled.
- `chat` (8): a bank support chat, a family messaging thread, a Slack
  channel, a university live chat, a student group chat, a marketplace
  group, an airline chat and a Teams thread, with the speakers' names and
  the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  invoice, tracking, PO and ticket references, SKUs, EANs, ISBNs, versions
  shaped like IPs, hashes, UUIDs, serials, IMEIs, MACs, company numbers and
  VAT ids, company phones and role mailboxes, eponyms, buildings named after
  people), with the few real PII values labeled; the first has no PII at all.
Domains: about a third or a bit more of the gen and bench records (roughly
30 and 35) are set in universities (admissions, UCAS / Common App / OUAC /
CAO / JAMB, student records and transcripts, exam boards, resits, appeals and
malpractice, scholarships and grants, student loans, accommodation, vivas,
graduation, alumni and donors); the rest spread widely (banking, insurance,
health, pharmacy, legal, HR and payroll, retail, travel and hotels, telecoms,
government services, lettings, gaming, social media, tech support,
deliveries, gyms, vets).
Languages: about nine records in ten are in English (US, UK, Canada,
Australia, New Zealand, Ireland, India, Singapore, the Philippines, South
Africa, Nigeria, Ghana and Kenya contexts, plus people from Mexico, Chile,
Brazil, Kazakhstan, Korea, Japan, Poland, Norway and elsewhere, with names
from the many cultures living there); 27 records are in Catalan (13) and
Galician (14), spread over gen (13), bench (7), table (6) and chat (1).

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (Mr, Mrs, Ms, Mx, Dr, Prof, Professor, Hon., Engr.,
  the Galician "don" / "dona", the "MR / MRS / MSTR" of an airline name),
  labeled apart from it; job titles are not TITLE and family words stay
  outside.
- ADDRESS: number + street (+ unit / flat / apartment / floor), PO boxes,
  house and building names, Philippine block / lot and purok lines; city,
  district, neighbourhood, county, state / province (also abbreviated) and
  country are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, exam sitting, interview, viva, signature, letter ...) with
  a day or a month, in any shape; a weekday or a clock time said with such
  a date is inside the span; a time or a weekday alone is not, and neither
  are bare years, durations or dates not tied to a person (sale, order,
  release dates).
- AGE: the number only. USERNAME: the handle without "@". URL: personal
  pages and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  candidate, applicant, customer, member and library card numbers, bank
  account numbers, non-US passports and licences, plates; US_SSN,
  US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BIC / SWIFT, CVVs and expiries, PINs, IMEIs, VINs,
  order / ticket / claim / policy / booking / tracking / application
  references, company phone numbers and role mailboxes, company numbers and
  VAT ids, versions, hashes, serials, partial numbers ("ending 4417"),
  grades, room and seat numbers, pets, eponyms and brands named after
  people, header rows.
- Calls made while writing this set, in the same spirit as make_blind22.py's
  (a "sex", "gender", "role", "dept" or "status" column unlabeled, an "age"
  column AGE, a "country", "state" or "province" column LOCATION, a
  "nationality" column NRP, "job_title", "occupation", "employer" and
  "company" fields unlabeled, a building number or a secondary address in a
  field of its own ADDRESS, a "county" field LOCATION, a "last login"
  timestamp DATE_TIME), plus: a log line's timestamp is DATE_TIME when the
  line records a named user's own action (login, upload, submission,
  proctoring event), and not on system lines; "submitted_at", "last_seen",
  "first_seen" and "checked in" of a person are DATE_TIME, while an order's
  "placed_at" is not; a "religion" column is NRP and a "party" column
  (ODM, UDA, Jubilee, Green Party) is NRP; an exam board's candidate number,
  UCI and ULN, a UCAS Personal ID, a CAO number, a study participant id, a
  CURP and a CLABE are ID_NUMBER, but a centre number, a course, module or
  paper code and a CAS-like application reference are not; a university
  role mailbox (admissions@, exams@, pgr-office@) is unlabeled while a
  student's or staff member's own university address is EMAIL_ADDRESS; a
  name written surname first ("LOWE, Tabitha Grace", "Fernández Rial,
  Uxía") is one PERSON span; the speaker names of a chat are PERSON and a
  Slack handle used as speaker is USERNAME."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind102.jsonl")

GEN = [
    """Hi, I'm [[PERSON:Tomasz Wiśniewski]], a second-year chemistry student (student ID [[ID_NUMBER:2231847]]). I missed my resit on [[DATE_TIME:Thursday 22 August at 9:30]] because I was admitted to hospital the night before, so could the exam board please reconsider my case? You can call me on [[PHONE_NUMBER:07700 914 362]].""",
    """Please update the mailing address for [[PERSON:adaeze okonkwo-bello]]: she moved to [[ADDRESS:Flat 3, 18 Kelvin Grove]], [[LOCATION:Glasgow]] [[ZIP_CODE:G3 7RX]] on [[DATE_TIME:1 September 2024]] and no longer receives post at her parents' house.""",
    """Congratulations to [[PERSON:Marisol Quispe]], [[AGE:21]], whose application for the Fulbright Foreign Student Program has been shortlisted! Her interview at the embassy in [[LOCATION:Lima]] is set for [[DATE_TIME:March 3rd, 2025 at 10:15 a.m.]]""",
    """My son [[PERSON:Arjun]] sat JEE Main in the January session with application number [[ID_NUMBER:240310148826]]. His date of birth on the admit card reads [[DATE_TIME:17/09/2006]] but it should be [[DATE_TIME:19/07/2006]] — please advise how to correct it. [[PERSON:Ramesh Tiwari]], [[PHONE_NUMBER:+91 98390 41257]]""",
    """Bon dia, sóc la [[PERSON:Núria Casals i Ferrer]] i us escric perquè encara no he rebut el resguard de la matrícula del màster. El meu NIU és el [[ID_NUMBER:1592043]] i el DNI, [[ID_NUMBER:47812365B]]; si cal, podeu trucar-me al [[PHONE_NUMBER:639 27 18 44]].""",
    """Chámome [[PERSON:Xoán Otero Piñeiro]], nacín o [[DATE_TIME:4 de febreiro de 2005]] en [[LOCATION:Lalín]] e solicito a bolsa de residencia para o curso 2025/26. O meu enderezo actual é [[ADDRESS:Rúa da Rosa, 27, 1º B]], [[ZIP_CODE:15704]] [[LOCATION:Santiago de Compostela]].""",
    """The pharmacist told [[PERSON:Glenda Marsh]] her refill wouldn't be ready until [[DATE_TIME:Friday, June 6]]. Her date of birth, [[DATE_TIME:02-11-1958]], matched the file, so the order was set to ship to [[ADDRESS:4410 Brookhaven Dr]], [[LOCATION:Tulsa]], [[LOCATION:OK]] [[ZIP_CODE:74135]].""",
    """Good afternoon, this is [[PERSON:Chukwuemeka Obi]]. I transferred ₦85,000 from my account [[ID_NUMBER:0123945871]] to my sister [[PERSON:Ifeoma]] two days ago and it still hasn't landed. My BVN is [[ID_NUMBER:22184730561]] and my line is [[PHONE_NUMBER:0803 412 7769]].""",
    """We're delighted to welcome back [[TITLE:dr.]] [[PERSON:helen achterberg]] (BSc Physics 1998) as guest speaker at this year's alumni dinner. She has asked that her invitation go to [[EMAIL_ADDRESS:h.achterberg@gmail.com]] rather than her old university account.""",
    """I can't log into the portal. Username [[USERNAME:kwame.asante94]], last successful login from [[IP_ADDRESS:102.176.44.19]] on [[DATE_TIME:14 Oct 2024, 22:41]]. My phone is [[PHONE_NUMBER:+233 24 481 9920]] if you need to verify it's me. — [[PERSON:Kwame]]""",
    """[[PERSON:Leilani Kahananui]]'s Common App ID is [[ID_NUMBER:38471920]], and her SAT registration lists her birthday as [[DATE_TIME:August 30, 2007]]. Her counselor, [[PERSON:Mr. Dale Fujimoto]], will send the mid-year report from [[LOCATION:Hilo]] next week.""",
    """A miña nai, [[PERSON:Carmen Vilas Souto]], de [[AGE:78]] anos, ten consulta no centro de saúde o [[DATE_TIME:martes 11 de marzo ás 12:40]]. O seu número da Seguridade Social é o [[ID_NUMBER:28/04516632/58]], por se o pide a recepción.""",
    """Hi, [[PERSON:Bronwyn]] here — I'm claiming for the cracked windscreen on my Hilux, rego [[ID_NUMBER:CK 87 LP]], policy MTR-55821903. Best to get me on [[PHONE_NUMBER:0412 558 903]], or post the forms to [[ADDRESS:22 Wattle Street]], [[LOCATION:Dubbo]] [[LOCATION:NSW]] [[ZIP_CODE:2830]].""",
    """Please set up direct deposit for [[PERSON:Mathieu Bérubé]] starting [[DATE_TIME:January 6, 2025]]. His SIN is [[ID_NUMBER:518 236 708]] and his employee number is [[ID_NUMBER:E-44719]]; the void cheque is in his file.""",
    """Transcript request for [[PERSON:Siobhán Ní Bhriain]], student number [[ID_NUMBER:19374625]], who graduated in [[DATE_TIME:June 2021]]. Please send a sealed copy to [[ADDRESS:Apartment 12, The Maltings, 7 Bridge Street]], [[LOCATION:Kilkenny]] [[ZIP_CODE:R95 X2P4]]. The old records system used her PPSN, [[ID_NUMBER:4417823G]], as the key, so search by that if the number fails.""",
    """I returned the blender (order #A77-20418) but the refund went to my old card ending 4417 instead of [[CREDIT_CARD:4539 6712 0488 3011]]. Could you sort it out? — [[PERSON:Farah Siddiqui]], [[EMAIL_ADDRESS:farah.sidd@outlook.com]]""",
    """[[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S8841275C]]) has booked her appointment at the HDB Hub in [[LOCATION:Toa Payoh]] for [[DATE_TIME:Wed, 9 April, 3.15pm]]; the reminder SMS will go to [[PHONE_NUMBER:9123 4876]].""",
    """NSFAS has confirmed that [[PERSON:Lerato Mokoena]], ID number [[ID_NUMBER:9307150141083]], qualifies for the accommodation allowance. She is a mature student living at [[ADDRESS:Unit 4B, 112 Jan Smuts Avenue]], [[LOCATION:Parktown North]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]].""",
    """Mum, my HELB loan finally came through!! They sent it to my Equity account [[ID_NUMBER:0180293847561]] and the reference is my ID, [[ID_NUMBER:31804572]]. Tell Auntie [[PERSON:Wanjiru]] I'll pay her back before the end of the month.""",
    """[[PERSON:Ma. Cristina Dizon]], [[AGE:34]], of [[ADDRESS:Blk 7 Lot 22, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]], filed her SSS salary loan on [[DATE_TIME:May 14]] using SS number [[ID_NUMBER:34-5127890-6]].""",
    """The IB coordinator flagged candidate [[PERSON:Yusuf Demir]] (session number [[ID_NUMBER:003918-0027]]) for a missing extended essay. His date of birth is recorded as [[DATE_TIME:2006-12-03]], which also needs checking.""",
    """hey its [[PERSON:jess]], can u port my number [[PHONE_NUMBER:021 448 6172]] to the new sim? the account is under [[PERSON:Jessica Ngata]], [[ADDRESS:9 Tui Crescent]], [[LOCATION:Rotorua]] [[ZIP_CODE:3015]]""",
    """El llogater, en [[PERSON:Pau Vidal Roca]], va signar el contracte el [[DATE_TIME:3 de març de 2025]] per al pis del [[ADDRESS:carrer de Sant Joan, 48, 2n 1a]], a [[LOCATION:Reus]]. La fiança se li retornarà al compte [[IBAN_CODE:ES16 2080 5012 2130 4021 8877]].""",
    """Biscuit's owner, [[PERSON:Mrs. Okafor]], rang to move his booster jabs to [[DATE_TIME:Saturday the 18th at 11]]. Her mobile is [[PHONE_NUMBER:07958 330 217]] if anything changes.""",
    """My UCAS Personal ID is [[ID_NUMBER:142-857-3916]] and I applied under my legal name, [[PERSON:Oluwaseun Adeyemi-Cole]], although everyone calls me [[PERSON:Seun]]. Could my offer letter be sent to [[EMAIL_ADDRESS:seun.adeyemicole@icloud.com]]?""",
    """The hearing for [[PERSON:Darnell Whitaker]] has been moved to [[DATE_TIME:November 19, 2024 at 1:30 PM]] in Courtroom 4B. His attorney, [[PERSON:Ms. Renata Alvarez]], can be reached at [[PHONE_NUMBER:(312) 555-0148]].""",
    """Player [[USERNAME:NightOwl_Kasia]] (real name [[PERSON:Katarzyna Zielińska]]) reported that her account was accessed from [[IP_ADDRESS:2a02:a311:4c1:8e00::1f]] while she was asleep, and two skins were traded away.""",
    """[[PERSON:Mei Lin Chua]] has been allocated [[ADDRESS:Flat 14, Block C, Kingsmead Court, 41 Selly Oak Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B29 6LY]], for the academic year; keys can be collected from [[DATE_TIME:Sunday 21 September]].""",
    """Membership for [[PERSON:Rahul Menon]] (member no. [[ID_NUMBER:PF-208817]]) is frozen from [[DATE_TIME:1 Feb]] to [[DATE_TIME:31 Mar]] while he recovers from knee surgery.""",
    """Bo día, son [[PERSON:Antía Lorenzo]] e quero cambiar a conta domiciliada para os recibos da residencia universitaria. A nova é [[IBAN_CODE:ES63 1465 0100 9698 1736 2540]]; podedes escribirme a [[EMAIL_ADDRESS:antia.lorenzo@rai.usc.es]].""",
    """The driver couldn't find [[ADDRESS:Unit 7, 3 Marram Way]], [[LOCATION:Papamoa]], so he took the parcel back to the depot. The customer, [[PERSON:Hemi Walker]], says next time just leave it with the neighbour.""",
    """Thank you, [[PERSON:Gareth]]! Your gift to the Class of 1987 bursary fund will be thanked in person at the donors' evening on [[DATE_TIME:12 December]], and your invitation has been posted to [[ADDRESS:Tŷ Gwyn, Heol y Llan]], [[LOCATION:Llandeilo]] [[ZIP_CODE:SA19 6HU]].""",
    """[[PERSON:Olusegun]]'s NHS number is [[ID_NUMBER:401 023 2137]]. He's [[AGE:67]] and was brought into A&E at [[DATE_TIME:02:15 on 8 January]] with chest pain.""",
    """The listing agent for [[ADDRESS:1187 Larkspur Lane]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]] is [[PERSON:Cody Ramsey]]; showings can be booked through [[EMAIL_ADDRESS:cody@ramseyhomes.net]].""",
    """Student [[PERSON:Fionnuala Keane]] ([[ID_NUMBER:C00284719]]) is entitled to 25% extra time and a separate room, so her exams on [[DATE_TIME:6 May]] and [[DATE_TIME:13 May]] should be scheduled accordingly.""",
    """La meva àvia, [[PERSON:Montserrat Pujol]], té [[AGE:84]] anys i viu sola al [[ADDRESS:carrer Major, 12]] de [[LOCATION:Vic]]. Si li passa qualsevol cosa, truqueu-me al [[PHONE_NUMBER:+34 651 220 947]]. Sóc l'[[PERSON:Arnau]], el seu nét.""",
    """Reservation for [[PERSON:Mr. Hiroshi Tanaka]] and [[PERSON:Mrs. Yuki Tanaka]], arriving [[DATE_TIME:23 Oct, approx. 18:00]]. Passport numbers [[ID_NUMBER:TR4418263]] and [[ID_NUMBER:TZ0927715]]; booking ref HX9QLM.""",
    """The viva voce for [[PERSON:Ananya Krishnamurthy]] will take place on [[DATE_TIME:Thursday 27 February 2025 at 2pm]]. The external examiner is [[PERSON:Prof. Liam O'Donoghue]] of University College Cork.""",
    """I need a replacement card. [[PERSON:Tyrell Jackson]], SSN [[US_SSN:431-77-2904]], born [[DATE_TIME:3/14/1991]] in [[LOCATION:Baton Rouge]].""",
    """Hi there, my OUAC reference number is [[ID_NUMBER:2024-418236]] and my OEN is [[ID_NUMBER:318 947 261]]. I'm [[PERSON:Priyanka Sandhu]] from [[LOCATION:Brampton]] and I'd like to add one more engineering program before the deadline.""",
    """The scholarship board has approved [[PERSON:Aisha Bello]]'s award. Her JAMB registration number is [[ID_NUMBER:202431847263FA]], and the stipend will be paid into her GTBank account, [[ID_NUMBER:0239847165]].""",
    """someone made a fake profile of me at [[URL:https://www.instagram.com/marcus.odell.official]] using pics from my real one, [[URL:instagram.com/marcusodell_]]. my name is [[PERSON:Marcus O'Dell]] and im [[AGE:17]], please take it down""",
    """O profesor [[PERSON:Brais Castro]] confirmou que a revisión do exame de [[PERSON:Iria]] será o [[DATE_TIME:xoves 19 de xuño ás 10:00]] no seu despacho da Facultade de Química.""",
    """My USI is [[ID_NUMBER:7KQ3VL9PXT]] and my TFN is [[ID_NUMBER:459 203 182]]. I'm [[PERSON:Declan Murphy]] and I want to defer my second semester and keep my HECS-HELP.""",
    """met with [[PERSON:daniela]] and [[PERSON:ravi]] today. [[PERSON:daniela]] starts [[DATE_TIME:mon 3 march]] and [[PERSON:ravi]] the week after, once his visa clears.""",
    """Please excuse [[PERSON:Noah Goldberg]] from PE on [[DATE_TIME:Wednesday, October 9]]; he is recovering from a sprained wrist. Thank you, [[PERSON:Rachel Goldberg]] ([[PHONE_NUMBER:917-555-0183]])""",
    """[[PERSON:Nguyen Thi Thu Trang]] will start as a nurse at the hospital on [[DATE_TIME:2 June 2025]]; her passport number [[ID_NUMBER:C4827193]] and date of birth [[DATE_TIME:05.11.1996]] must match the visa application exactly.""",
    """La [[PERSON:Laia Serra Bosch]] ha obtingut la beca Equitat per al curs 2024-2025. L'import se li ingressarà al compte [[IBAN_CODE:ES60 2100 0813 6061 0123 4567]] abans del [[DATE_TIME:15 de desembre]].""",
    """i think it was [[PERSON:o'brien]]'s car parked outside [[ADDRESS:62 Dunluce Avenue]] again, the silver one, right across the drive""",
    """A charge of $1,249.00 on card [[CREDIT_CARD:5222 0493 7718 4625]] was flagged; the cardholder, [[PERSON:Veronica Lindqvist]], confirmed by phone from [[PHONE_NUMBER:+1 (646) 704-2288]] that she did not make it.""",
    """Class notes: [[PERSON:Kofi Mensah-Bonsu]] (MBA ’09) married [[PERSON:Abena Osei]] on [[DATE_TIME:June 14]] in [[LOCATION:Kumasi]], and the couple now live in [[LOCATION:Toronto]].""",
    """[[PERSON:Manuel Rodríguez Pazos]], con DNI [[ID_NUMBER:36982014S]] e domicilio na [[ADDRESS:Avenida de Vigo, 112, 4º D]], [[ZIP_CODE:36003]] [[LOCATION:Pontevedra]], autoriza a súa filla [[PERSON:Noa]] a recoller o certificado no seu nome.""",
    """[[PERSON:Chloe Barraclough]], candidate number [[ID_NUMBER:4127]] at centre 58231, has requested a priority review of marking for A-level Biology Paper 2. Her ULN is [[ID_NUMBER:6729041835]].""",
    """Ticket from [[PERSON:Sven Åkesson]]: the VPN drops every time his laptop (MAC 3C:22:FB:91:0E:47) switches to the 5 GHz band. His home IP is [[IP_ADDRESS:83.249.17.206]].""",
    """Aadhaar [[ID_NUMBER:4820 1735 9615]], linked to PAN [[ID_NUMBER:BQRPK4471M]], belongs to [[PERSON:Kavitha Ramaswamy]], [[AGE:52]], of [[ADDRESS:No. 14, 3rd Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]].""",
    """Under FERPA, I authorize the release of my education records to my father, [[PERSON:Miguel Ángel Cárdenas]]. Student: [[PERSON:Valeria Cárdenas]], ID [[ID_NUMBER:A01847263]], DOB [[DATE_TIME:04/22/2004]].""",
    """Benvolgut [[PERSON:Dr. Ferran Soler]], li comunico que la defensa de la tesi de l'[[PERSON:Aina Mir]] queda fixada per al [[DATE_TIME:dijous 10 de juliol a les 11 h]] a la sala de graus de la Facultat de Biologia.""",
    """[[PERSON:Mr. Gerald Featherstone]], aged [[AGE:71]], of [[ADDRESS:Rose Cottage, Mill Lane]], [[LOCATION:Little Snoring]], [[LOCATION:Norfolk]] [[ZIP_CODE:NR21 0HZ]], has named his niece [[PERSON:Janet]] as sole beneficiary.""",
    """[[PERSON:Hamza Qureshi]] will cross the stage at the winter graduation on [[DATE_TIME:12 December 2024, 10:30am]]. His two guest tickets are for [[PERSON:Nadia Qureshi]] and [[PERSON:Imran Qureshi]].""",
    """Estimada [[PERSON:Sabela Docampo]]: recibimos a túa solicitude de recoñecemento de créditos. O teu número de expediente é o [[ID_NUMBER:0049271]] e a entrevista coa comisión será o [[DATE_TIME:15 de outubro ás 9:30]]. Calquera dúbida, escribe a [[EMAIL_ADDRESS:sabela.docampo@udc.es]].""",
    """[[PERSON:Otieno]] filed his KRA return late again. PIN [[ID_NUMBER:A012849376P]], ID [[ID_NUMBER:27519384]], phone [[PHONE_NUMBER:0722 418 093]].""",
    """[[PERSON:Zara Hussain-Reid]] owes £14.50 in overdue fines on library card [[ID_NUMBER:20718845512]]; her borrowing is suspended until they're paid.""",
    """babe it's me, my new number is [[PHONE_NUMBER:+44 7423 118 095]], delete the old one xx [[PERSON:Soph]]""",
    """[[PERSON:Dwayne Kowalczyk]] reported a rear-end collision on [[DATE_TIME:Saturday, March 8, around 4:45 pm]] on I-94 near [[LOCATION:Kalamazoo]]. His Michigan driver's license number is [[US_DRIVER_LICENSE:K 243 118 905 771]].""",
    """I wrote WAEC in 2022 with exam number [[ID_NUMBER:4251708034]], and the name on my certificate is spelt [[PERSON:Chidinma Eze]] instead of [[PERSON:Chidimma Eze]]. My date of birth is [[DATE_TIME:11th November 2005]].""",
    """Guest [[PERSON:Ingrid Solberg]] in 1412 asked for a late checkout on [[DATE_TIME:Sunday 2 June]]. The card on file is [[CREDIT_CARD:3530 1133 7714 0961]].""",
    """[[PERSON:Jerome Villanueva]] of [[LOCATION:Quezon City]], a fourth-year BS Nursing student (student no. [[ID_NUMBER:2021-04417]]), has applied for the CHED merit scholarship. His PhilHealth number is [[ID_NUMBER:12-025847391-6]].""",
    """Hola! Sóc la [[PERSON:Mireia]]. El paquet m'havia d'arribar [[DATE_TIME:dimecres 5 de febrer]] i encara no l'he rebut. L'adreça és [[ADDRESS:Avinguda Diagonal, 611, 5è 3a]], [[ZIP_CODE:08028]] [[LOCATION:Barcelona]].""",
    """[[PERSON:Aroha Tipene]]'s NSN is [[ID_NUMBER:141928374]], and her NCEA results were withheld pending the review she lodged on [[DATE_TIME:20 January]].""",
    """CAO number [[ID_NUMBER:24718390]], name [[PERSON:Cian Ó Murchú]], SUSI grant application submitted [[DATE_TIME:28/05/2024]]. Correspondence to [[ADDRESS:Cnoc na Gréine]], [[LOCATION:Baile an Fheirtéaraigh]], [[LOCATION:Co. Kerry]] [[ZIP_CODE:V92 T6K2]].""",
    """My flat is [[ADDRESS:2/1, 145 Dumbarton Road]], [[LOCATION:Partick]], and the only other key holder is my landlord, [[PERSON:Stavros Papadakis]].""",
    """Learner [[USERNAME:ibrahim_k_92]] ([[EMAIL_ADDRESS:ibrahim.kamara92@yahoo.co.uk]]) asks that the verified certificate be reissued in his full name, [[PERSON:Ibrahim Sorie Kamara]].""",
    """Non podo entrar no campus virtual desde onte. O meu usuario é [[USERNAME:martin.fraga]] e a IP da residencia é [[IP_ADDRESS:193.144.61.88]]. Grazas, [[PERSON:Martín Fraga Bouzas]]""",
    """I am pleased to recommend [[PERSON:Ms. Amara Nwosu]], who earned the top mark in my Organic Chemistry class two years running. She can be reached at [[PHONE_NUMBER:+234 809 557 1420]]. — [[PERSON:Prof. Ngozi Eze-Williams]]""",
    """Refill for [[PERSON:Gurpreet Kaur Dhillon]], DOB [[DATE_TIME:1979-05-30]], health card [[ID_NUMBER:4728-193-605-KT]], to be delivered to [[ADDRESS:88 Kingknoll Dr]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Y 4R7]].""",
    """[[PERSON:Dr. Aleksandra Nowak]] saw [[PERSON:Ben Hartley]], [[AGE:29]], on [[DATE_TIME:14/02/2025]] and advises that he is not fit for work until [[DATE_TIME:28/02/2025]].""",
    """Student Finance England customer reference number [[ID_NUMBER:11847295634]] ([[PERSON:Lucy Prendergast]]): her maintenance loan instalment due on [[DATE_TIME:27 January]] will be paid to account [[ID_NUMBER:41927736]], sort code 20-45-77.""",
    """Matched with [[PERSON:Tariq]] ([[AGE:29]]) from [[LOCATION:Leeds]] last night, he already sent his number [[PHONE_NUMBER:07837 442 916]] and his insta, [[USERNAME:tariq.runs]]""",
    """In this month's newsletter, [[PERSON:Harjot Grewal]], a [[NRP:Sikh]] volunteer from [[LOCATION:Surrey]], [[LOCATION:British Columbia]], writes about coaching the under-12s while wearing his patka.""",
    """[[PERSON:Luz María Echeverría]], [[AGE:63]], applied for SNAP at the [[LOCATION:Hidalgo County]] office on [[DATE_TIME:Tuesday, Feb. 4]]; her caseworker is [[PERSON:Mr. Ortiz]]. Mailing address: [[ADDRESS:PO Box 1187]], [[LOCATION:Edinburg]], [[LOCATION:TX]] [[ZIP_CODE:78540]].""",
]

BENCH = [
    """[[PERSON:Gwendolyn]], as Associate Dean of Admissions could you confirm that the paper transcript for applicant [[PERSON:Rosalind Okoye-Banks]] (DOB [[DATE_TIME:7/19/2006]]) was posted from [[ADDRESS:3318 Hollister Pike]], [[ADDRESS:Suite 410]], [[LOCATION:West Evansburg]], [[LOCATION:Ohio]] [[ZIP_CODE:43917]]? The portal upload came from [[IP_ADDRESS:172.58.204.17]] with Mozilla/5.0 (Macintosh; Intel Mac OS X 13_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15.""",
    """Hey [[PERSON:Marquise]], the tuition deposit for the Bioinformatics cohort was charged to [[CREDIT_CARD:6011 7883 4902 2677]] (CVV 418, exp 09/27). If the place is withdrawn, the refund goes to [[IBAN_CODE:GB87 BARC 2003 5344 1176 22]], BIC BARCGB22, account holder [[PERSON:Marquise Delacroix-Hume]].""",
    """Our Chief Mobility Strategist, [[PERSON:Thelonius Brekke]], needs his new laptop (MAC 7a:2c:91:e0:4b:d3) whitelisted for [[IP_ADDRESS:10.44.187.22]] before his start date, [[DATE_TIME:15/08/2024]]. Ship it to [[ADDRESS:871 Quarry Bank Road]], [[ADDRESS:Apt. 6]], [[LOCATION:Port Aurelia]], [[LOCATION:Maine]] [[ZIP_CODE:04111]].""",
    """HOMEOWNERS INSURANCE CLAIM — NOTICE OF LOSS
Policyholder: [[PERSON:Bernadette Quaye]]
Policy No.: HO-7718204-22
Property: [[ADDRESS:56 Ashcombe Gardens]], [[LOCATION:Reading]] [[ZIP_CODE:RG30 2BE]]
Date of loss: [[DATE_TIME:17 November 2024]]
Description: A burst pipe in the loft flooded the upstairs bathroom and landing. The policyholder was visiting her brother [[PERSON:Kwesi]] in [[LOCATION:Accra]] and found the damage when she returned on [[DATE_TIME:19 November]].
Contact: [[PHONE_NUMBER:0118 496 0723]] / [[EMAIL_ADDRESS:bquaye@btinternet.com]]""",
    """SCHOLARSHIP AWARD AGREEMENT

This Agreement is made on [[DATE_TIME:August 12, 2024]] between the Hollis Foundation (the "Foundation") and [[PERSON:Desmond Achebe-Reyes]] (the "Scholar"), student ID [[ID_NUMBER:900184273]], residing at [[ADDRESS:2291 Ridgeview Terrace]], [[LOCATION:Decatur]], [[LOCATION:GA]] [[ZIP_CODE:30030]]. The Foundation shall pay $12,500 per academic year directly to the bursar, provided the Scholar maintains a cumulative GPA of 3.0 and full-time enrollment. The Scholar's date of birth is [[DATE_TIME:January 2, 2006]]; notices shall be sent to [[EMAIL_ADDRESS:dachebereyes@students.emory.edu]].""",
    """{"applicant_id": "[[ID_NUMBER:APP-2025-004817]]", "first_name": "[[PERSON:Yerlan]]", "last_name": "[[PERSON:Abenov]]", "dob": "[[DATE_TIME:2006-03-28]]", "email": "[[EMAIL_ADDRESS:yerlan.abenov06@mail.ru]]", "phone": "[[PHONE_NUMBER:+7 701 448 2915]]", "nationality": "[[NRP:Kazakh]]", "program": "MSc Petroleum Engineering", "ielts_overall": 7.0, "passport_no": "[[ID_NUMBER:N12847390]]", "status": "conditional_offer"}""",
    """[[DATE_TIME:2024-11-02T07:14:09Z]] INFO  auth.sso  login ok user=[[USERNAME:pkaur]] ip=[[IP_ADDRESS:49.36.112.8]] ua="Mozilla/5.0 (Linux; Android 14; SM-A546E)"
[[DATE_TIME:2024-11-02T07:14:31Z]] WARN  grades.api  user=[[USERNAME:pkaur]] attempted GET /students/[[ID_NUMBER:21BCE1734]]/transcript (not owner)
[[DATE_TIME:2024-11-02T07:15:02Z]] INFO  auth.sso  logout user=[[USERNAME:pkaur]]""",
    """INSERT INTO students (student_no, full_name, dob, email, mobile, home_address, postcode)
VALUES ('[[ID_NUMBER:S2318847]]', '[[PERSON:Olamide Fashola]]', '[[DATE_TIME:2004-09-17]]', '[[EMAIL_ADDRESS:olamide.fashola@gmail.com]]', '[[PHONE_NUMBER:+44 7391 605 288]]', '[[ADDRESS:14 Peckham Hill Street]]', '[[ZIP_CODE:SE15 5JT]]');""",
    """<patient>
  <mrn>[[ID_NUMBER:MRN-00482917]]</mrn>
  <name><given>[[PERSON:Evangeline]]</given><family>[[PERSON:Tsosie]]</family></name>
  <birthDate>[[DATE_TIME:1967-10-04]]</birthDate>
  <gender>female</gender>
  <address><line>[[ADDRESS:1402 W Navajo Dr]]</line><city>[[LOCATION:Gallup]]</city><state>[[LOCATION:NM]]</state><postalCode>[[ZIP_CODE:87301]]</postalCode></address>
  <telecom system="phone">[[PHONE_NUMBER:505-863-2274]]</telecom>
  <encounter date="[[DATE_TIME:2025-01-21T09:40]]">Type 2 diabetes follow-up</encounter>
</patient>""",
    """# exam-board notifier config
smtp:
  host: smtp.office365.com
  port: 587
  user: [[EMAIL_ADDRESS:r.fairweather@northmoor-exams.org.uk]]
  password: "Summer2024!"
escalation:
  on_call_name: [[PERSON:Rhiannon Fairweather]]
  on_call_mobile: "[[PHONE_NUMBER:07812 559 034]]"
  backup: [[PERSON:Idris Pugh]]
  backup_mobile: "[[PHONE_NUMBER:07700 366 218]]"
  retries: 3""",
    """def seed_demo_user(db):
    # TODO remove before prod - this is my real data
    db.users.insert({
        "name": "[[PERSON:Karan Malhotra]]",
        "email": "[[EMAIL_ADDRESS:karan.malhotra.dev@gmail.com]]",
        "phone": "[[PHONE_NUMBER:+91 99104 27738]]",
        "card": "[[CREDIT_CARD:4716 0452 8831 9066]]",
        "dob": "[[DATE_TIME:1993-02-11]]",
    })""",
    """Ticket #48213 | Priority: High | Queue: Registry
Reporter: [[PERSON:Beatriz Monteiro]] <[[EMAIL_ADDRESS:b.monteiro@campus.ul.pt]]>
Subject: wrong date of birth on degree certificate
Body: My certificate says [[DATE_TIME:03/08/2001]] but I was born on [[DATE_TIME:8 March 2001]]. Student no. [[ID_NUMBER:52814]], graduated in [[DATE_TIME:July 2024]]. Please reissue and post to [[ADDRESS:Rua Morais Soares, 87, 3.º Esq.]], [[ZIP_CODE:1900-341]] [[LOCATION:Lisboa]].""",
    """Dear [[PERSON:Ms. Temitope Oyelaran]], your application for the Regional Compliance Analyst post has progressed to the final round. Please bring your NIN slip ([[ID_NUMBER:48291037562]]) and a utility bill showing [[ADDRESS:17B Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]] to the interview on [[DATE_TIME:Monday 24 March, 11:00]].""",
    """For the Data Ethics module, [[PERSON:Lysander Kowalski-Obi]] (username [[USERNAME:lkobi_07]], password Zq!8rT2p) submitted his coursework from [[IP_ADDRESS:2607:fb90:2c1e:8a4::3b]] on [[DATE_TIME:24/04/2024 at 23:58]], two minutes before the deadline. The similarity report went to his tutor [[PERSON:Hortense]] at [[EMAIL_ADDRESS:hortense.vidal@kelmscott.ac.uk]].""",
    """The transfer of 4,812.77 EUR from [[IBAN_CODE:DE29 1203 0000 1059 2837 46]] (BIC BYLADEM1001) to [[PERSON:Anneliese Vogt]] for the rent at [[ADDRESS:Hauptstraße 41]], [[ADDRESS:2. OG links]], [[ZIP_CODE:14467]] [[LOCATION:Potsdam]] was rejected; please call [[PHONE_NUMBER:+49 331 8820 4417]] to resolve it.""",
    """PATIENT INTAKE FORM
Name: [[PERSON:Rajesh Pillai]]
Date of Birth: [[DATE_TIME:22-Jun-1971]]    Age: [[AGE:53]]    Sex: M
Address: [[ADDRESS:7 Coolidge Avenue]], [[LOCATION:Somerville]], [[LOCATION:MA]] [[ZIP_CODE:02144]]
Phone: [[PHONE_NUMBER:(617) 555-0192]]
Insurance Member ID: [[ID_NUMBER:XJH884201937]]
Emergency Contact: [[PERSON:Lakshmi Pillai]] (wife), [[PHONE_NUMBER:(617) 555-0147]]
Reason for visit: persistent dry cough for three weeks, worse at night
Allergies: penicillin (rash)""",
    """LOAN APPLICATION — PERSONAL
Applicant: [[PERSON:Marguerite Okonjo]]
SSN: [[US_SSN:512-44-8093]]          DOB: [[DATE_TIME:09/30/1985]]
Driver's license: [[US_DRIVER_LICENSE:118274630]] (TN)
Current address: [[ADDRESS:8842 Cedar Bluff Rd, Apt 3C]], [[LOCATION:Knoxville]], [[LOCATION:TN]] [[ZIP_CODE:37923]], since [[DATE_TIME:04/2019]]
Employer: Halvorsen Logistics LLC      Annual income: $84,300
Requested amount: $15,000 over 48 months
Applicant signature: [[PERSON:M. Okonjo]]      Date: [[DATE_TIME:02/17/2025]]""",
    """NOTICE OF MALPRACTICE INVESTIGATION

Candidate: [[PERSON:Ellis Harcourt-Mensah]]
Candidate number: [[ID_NUMBER:0318]]
Centre: 61472 (Wrenfield Sixth Form College)
Component: Mathematics 9MA0/02, sat on [[DATE_TIME:12 June 2024]]

Dear [[PERSON:Ellis]],
The awarding body has received a report from the invigilator, [[PERSON:Mrs. Carol Denholm]], that a mobile phone was found in your possession during the above examination. You may submit a written statement by [[DATE_TIME:5 July 2024]] to exams@wrenfield.ac.uk. Your parent or guardian, [[PERSON:Mr. Kojo Mensah]], has been sent a copy of this notice.""",
    """{"alumni_id": "[[ID_NUMBER:AL-1998-30417]]", "name": {"first": "[[PERSON:Priscilla]]", "middle": "[[PERSON:Adwoa]]", "last": "[[PERSON:Boateng]]"}, "class_year": 1998, "degree": "BA Economics", "employer": "Standard Chartered", "job_title": "Head of Credit Risk", "email": "[[EMAIL_ADDRESS:pboateng98@alumni.ug.edu.gh]]", "mobile": "[[PHONE_NUMBER:+233 20 719 4482]]", "city": "[[LOCATION:Accra]]", "last_gift": {"amount_ghs": 500, "date": "[[DATE_TIME:2024-06-30]]"}, "opt_in_newsletter": false}""",
    """[[IP_ADDRESS:81.134.202.29]] - [[USERNAME:jmcallister]] [[[DATE_TIME:12/Mar/2025:14:22:07 +0000]]] "GET /portal/offers/view?pid=[[ID_NUMBER:1428573916]] HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
[[IP_ADDRESS:81.134.202.29]] - [[USERNAME:jmcallister]] [[[DATE_TIME:12/Mar/2025:14:22:41 +0000]]] "POST /portal/offers/accept HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36" rt=0.041""",
    """[[PERSON:Quentin]] from the Bursar's Office here: the student [[PERSON:Anouk van der Berg]], [[AGE:20]], still has an outstanding balance of €1,430. Her bank details on file are [[IBAN_CODE:NL89 RABO 0318 2746 59]] and her BSN is [[ID_NUMBER:173295046]]; she lives at [[ADDRESS:Oudegracht 212-bis]], [[ZIP_CODE:3511 NP]] [[LOCATION:Utrecht]].""",
    """{"nom": "[[PERSON:Oriol]]", "cognoms": "[[PERSON:Batlle Riera]]", "dni": "[[ID_NUMBER:39104572H]]", "data_naixement": "[[DATE_TIME:1999-11-23]]", "adreca": "[[ADDRESS:C/ de Pere III, 19, 4t 2a]]", "cp": "[[ZIP_CODE:08224]]", "municipi": "[[LOCATION:Terrassa]]", "telefon": "[[PHONE_NUMBER:+34 93 780 41 12]]", "correu": "[[EMAIL_ADDRESS:oriol.batlle@estudiantat.upc.edu]]", "titulacio": "Grau en Enginyeria Mecànica", "becari": true}""",
    """FORMULARIO DE MATRÍCULA — CURSO 2024/25
Apelidos e nome: [[PERSON:Fernández Rial, Uxía]]
DNI: [[ID_NUMBER:33657421A]]
Data de nacemento: [[DATE_TIME:12/04/2006]]
Enderezo: [[ADDRESS:Rúa Real, 58, 3º dta.]]
Código postal: [[ZIP_CODE:15003]]     Concello: [[LOCATION:A Coruña]]
Teléfono: [[PHONE_NUMBER:686 412 039]]
Correo electrónico: [[EMAIL_ADDRESS:uxia.fernandez.rial@udc.es]]
Titulación: Grao en Enfermaría
Familia numerosa: si (categoría xeral)""",
    """UPDATE exam_candidates
   SET surname = '[[PERSON:Mwangi]]', other_names = '[[PERSON:Grace Wairimu]]', dob = '[[DATE_TIME:2005-02-14]]', index_no = '[[ID_NUMBER:20412007143]]', guardian_phone = '[[PHONE_NUMBER:0711 284 590]]'
 WHERE candidate_id = 88213;""",
    """[[PERSON:Mx. Rowan Ellery]], a [[AGE:34]]-year-old Senior Accessibility Consultant and a paid-up [[NRP:Green Party]] member, updated their profile: new address [[ADDRESS:Flat 9, 31 Orchard Rise]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5QE]], new card [[CREDIT_CARD:5167 8109 3344 2709]] (exp 11/28, CVV 602), backup email [[EMAIL_ADDRESS:rowan.e@fastmail.com]].""",
    """ASSURED SHORTHOLD TENANCY AGREEMENT
This agreement is dated [[DATE_TIME:1st October 2024]] and is made between:
Landlord: [[PERSON:Mr. Niall Crossan]] of [[ADDRESS:12 Grosvenor Place]], [[LOCATION:Bath]] [[ZIP_CODE:BA1 6AX]]
Tenants: [[PERSON:Ms. Priya Venkatesan]] and [[PERSON:Mr. Tobias Lund]]
Property: [[ADDRESS:Flat 2, 44 Walcot Street]], [[LOCATION:Bath]] [[ZIP_CODE:BA1 5BG]]
Term: twelve months from the date above
Rent: £1,375 per calendar month, payable to account [[ID_NUMBER:60337194]], sort code 40-17-22
Deposit: £1,586, protected with the Deposit Protection Service""",
    """[[DATE_TIME:2025-03-14 02:11:45]],118 ERROR [password-reset] token expired for [[EMAIL_ADDRESS:hyunwoo.park@snu.ac.kr]] (client [[IP_ADDRESS:211.36.142.90]])
[[DATE_TIME:2025-03-14 02:12:03]],402 INFO  [password-reset] new token issued for [[EMAIL_ADDRESS:hyunwoo.park@snu.ac.kr]], SMS fallback to [[PHONE_NUMBER:+82 10-4417-2983]]
2025-03-14 02:12:03,417 DEBUG [mailer] queue depth=3""",
    """<transcript>
  <student id="[[ID_NUMBER:U1928374]]">
    <name>[[PERSON:Chiara Benedetti]]</name>
    <dob>[[DATE_TIME:14.09.2002]]</dob>
    <birthplace>[[LOCATION:Ferrara]]</birthplace>
    <programme>LM Data Science</programme>
  </student>
  <course code="DS501" credits="9" grade="28/30"/>
  <course code="DS514" credits="6" grade="30L/30"/>
  <degreeConferred>[[DATE_TIME:2024-10-22]]</degreeConferred>
</transcript>""",
    """Hello [[PERSON:Zebulon]], for onboarding as Forward Directives Coordinator we still need your SSN ([[US_SSN:624 19 0387]]) and a copy of your passport [[US_PASSPORT:A04817263]]. Please verify by calling [[PHONE_NUMBER:+1-727-448-0931]] before [[DATE_TIME:11th February]], from the number you gave us, not from [[PHONE_NUMBER:727.448.2210]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Hemi Te Whare]]    NHI: [[ID_NUMBER:ZAB4815]]    DOB: [[DATE_TIME:03/05/1958]] ([[AGE:66]] y)
Admitted: [[DATE_TIME:11/01/2025]]    Discharged: [[DATE_TIME:16/01/2025]]
Consultant: [[PERSON:Dr. Miriama Kereama]]
Diagnosis: community-acquired pneumonia, right lower lobe
Plan: complete 7 days of amoxicillin; follow up with GP [[PERSON:Dr. Alan Whitcombe]] in one week.
Next of kin: [[PERSON:Tania Te Whare]] (daughter), [[PHONE_NUMBER:027 339 4810]]""",
    """Scholarship Portal – Support Request
Name: [[PERSON:Alejandro Ruiz-Tagle]]
Student ID: [[ID_NUMBER:20-3317842]]
Email: [[EMAIL_ADDRESS:aruiztagle@uc.cl]]
Phone: [[PHONE_NUMBER:+56 9 8214 3370]]
Country: [[LOCATION:Chile]]
Issue: The portal keeps rejecting my bank details. Account [[ID_NUMBER:00-718-24459-03]] at Banco de Chile, RUT [[ID_NUMBER:18.447.219-8]]. I need the stipend before [[DATE_TIME:March 1]] or I lose my room.""",
    """Device record for [[PERSON:Svetlana Morozova-Keane]]: MAC b8:27:eb:4f:19:a2, IPv6 [[IP_ADDRESS:2a01:4b00:8e2c:9f00:ba27:ebff:fe4f:19a2]], user agent Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/118.0 Safari/537.36, registered to [[ADDRESS:5 Kilmainham Square]], [[LOCATION:Dublin]] [[ZIP_CODE:D08 K7P3]].""",
    """SOL·LICITUD D'AJUT AL TRANSPORT — CURS 2024-2025
Sol·licitant: [[PERSON:Jana Ferrer Oliveras]]
NIE: [[ID_NUMBER:Y2093861R]]
Data de naixement: [[DATE_TIME:07/06/2003]]
Domicili: [[ADDRESS:Plaça del Vi, 3, 1r]], [[ZIP_CODE:17004]] [[LOCATION:Girona]]
Telèfon mòbil: [[PHONE_NUMBER:722 41 88 30]]
Compte per al pagament: [[IBAN_CODE:ES67 0049 1802 0205 2001 7736]]
Estudis: Grau en Psicologia
Signatura: [[LOCATION:Girona]], [[DATE_TIME:30 de setembre de 2024]]""",
    """const testPayment = {
  holder: '[[PERSON:Ingrid Halvorsen]]',
  pan: '[[CREDIT_CARD:5351206640988132]]',
  exp: '08/26',
  cvc: '731',
  billing: { line1: '[[ADDRESS:Thereses gate 14B]]', city: '[[LOCATION:Oslo]]', zip: '[[ZIP_CODE:0168]]', country: '[[LOCATION:Norway]]' },
  phone: '[[PHONE_NUMBER:+47 412 88 305]]',
}; // copied from my own checkout, swap before committing""",
    """EMPLOYMENT CONTRACT
Employer: Brightwater Analytics Pty Ltd (ABN 41 624 118 903)
Employee: [[PERSON:Siddharth Rao]], of [[ADDRESS:3/17 Raglan Street]], [[LOCATION:Mosman]] [[LOCATION:NSW]] [[ZIP_CODE:2088]]
Position: Senior Data Engineer
Commencement date: [[DATE_TIME:3 March 2025]]
Tax File Number: [[ID_NUMBER:327 148 061]]
Superannuation member number: [[ID_NUMBER:100482716]]
Remuneration: AUD 165,000 per annum plus superannuation, paid fortnightly.""",
    """[[TITLE:Professor]] [[PERSON:Ignatius Follett]], chair of the Board of Examiners, upheld the appeal of [[PERSON:Wren Castellanos]] (registration no. [[ID_NUMBER:2101774]]) on [[DATE_TIME:July 9th]]. The revised classification was emailed to [[EMAIL_ADDRESS:wren.castellanos@proton.me]] and the hard copy posted to [[ADDRESS:27 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HG]].""",
    """{"order_id": "ORD-88124-ZX", "customer": {"id": "[[ID_NUMBER:CUST-0041927]]", "name": "[[PERSON:Thandiwe Ndlovu]]", "email": "[[EMAIL_ADDRESS:thandi.ndlovu@webmail.co.za]]", "phone": "[[PHONE_NUMBER:+27 82 441 9087]]"}, "shipping": {"street": "[[ADDRESS:19 Kloof Nek Road]]", "suburb": "[[LOCATION:Tamboerskloof]]", "city": "[[LOCATION:Cape Town]]", "postal_code": "[[ZIP_CODE:8001]]"}, "payment": {"method": "card", "last4": "2017"}, "placed_at": "2024-12-03T18:22:10+02:00"}""",
    """NOTICE OF HEARING
In the matter of [[PERSON:Ravindra Persaud]] v. Kestrel Property Management Inc.
Case No. 2024-CV-11873
To: [[PERSON:Ravindra Persaud]], [[ADDRESS:91-14 143rd Street]], [[LOCATION:Jamaica]], [[LOCATION:NY]] [[ZIP_CODE:11435]]
You are hereby notified that a hearing on your petition will be held on [[DATE_TIME:Tuesday, April 22, 2025 at 9:30 a.m.]] before the [[TITLE:Hon.]] [[PERSON:Marisa T. Lindgren]], Part 52, Queens County Civil Court. Failure to appear may result in dismissal.""",
    """<solicitude tipo="bolsa_colaboracion">
  <persoa>
    <nome>[[PERSON:Breixo]]</nome>
    <apelidos>[[PERSON:Lamas Carballo]]</apelidos>
    <dni>[[ID_NUMBER:53627190E]]</dni>
    <nacemento>[[DATE_TIME:2002-08-09]]</nacemento>
    <telefono>[[PHONE_NUMBER:+34 986 41 27 58]]</telefono>
    <correo>[[EMAIL_ADDRESS:blamas@alumnos.uvigo.es]]</correo>
  </persoa>
  <departamento>Enxeñaría Química</departamento>
  <conta>[[IBAN_CODE:ES12 0182 1650 9602 0150 8833]]</conta>
</solicitude>""",
    """Good morning [[PERSON:Prudence]], please update the graduate record of [[PERSON:Ivo Petrović]]: after his marriage his surname is [[PERSON:Petrović-Lang]], his new email is [[EMAIL_ADDRESS:ivo.petrovic.lang@gmx.at]], and the diploma should go to [[ADDRESS:Mariahilfer Straße 88a/12]], [[ZIP_CODE:1070]] [[LOCATION:Wien]]. The reissue fee was paid from [[IBAN_CODE:AT47 2011 1827 4930 2615]].""",
    """# .env.production
DB_HOST=db.internal
DB_USER=app_rw
DB_PASS=k3v!nR0cks
ADMIN_CONTACT=[[PERSON:Kevin Adebayo-Lund]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:kevin.al@hotmail.com]]
PAGER_PHONE=[[PHONE_NUMBER:+4915771843920]]
LOG_LEVEL=warn""",
    """Dear Sir or Madam,

I am writing to dispute a payment of £612.40 taken from my Visa debit card [[CREDIT_CARD:4929 1377 0258 0416]]. I did not authorise it: on [[DATE_TIME:3 February 2025]], when it was made, I was at work in [[LOCATION:Swindon]] all day. My account number is [[ID_NUMBER:31846027]] and my address is [[ADDRESS:Flat 5, Marlowe House, 9 Pennywell Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS5 0TN]].

Yours faithfully,
[[PERSON:Adebola Ransome-Kuti]]""",
    """[[PERSON:Ottilie]] — the Exams Office has booked your resit for STAT2040 on [[DATE_TIME:19/08/2025 09:00]] in the Rutherford Building, seat 88. Your candidate number is [[ID_NUMBER:C-771042]]; the access arrangements were signed off by [[PERSON:Dr. Femi Akande]].""",
    """{"employee_id": "[[ID_NUMBER:HR-55019]]", "full_name": "[[PERSON:Mariana Gutiérrez Solís]]", "curp": "[[ID_NUMBER:GUSM880412MDFTLR08]]", "birth_date": "[[DATE_TIME:1988-04-12]]", "hire_date": "[[DATE_TIME:2019-07-15]]", "position": "Payroll Coordinator", "salary_mxn": 48500, "bank_clabe": "[[ID_NUMBER:012180015478923612]]", "emergency_contact": {"name": "[[PERSON:Rodrigo Solís]]", "relation": "brother", "phone": "[[PHONE_NUMBER:+52 55 4418 2903]]"}}""",
    """The Lead Creative Liaison, [[PERSON:Fenella Ashdown]], born [[DATE_TIME:Feb 29, 1988]] in [[LOCATION:Shrewsbury]], has asked to have her company car (VIN WVWZZZAUZKW118273, plate [[ID_NUMBER:WX19 KHF]]) re-registered to [[ADDRESS:6 Pengwern Court]], [[ADDRESS:Flat B]], [[LOCATION:Shropshire]] [[ZIP_CODE:SY3 9EJ]]; her gender is listed as female and her username as [[USERNAME:fashdown88]].""",
    """AUTOMOBILE LOSS REPORT
Insured: [[PERSON:Tomás Villalobos]]          Policy: PAU-3391827-04
Driver's license: [[US_DRIVER_LICENSE:V412-7730-1958]] (IL)
Vehicle: 2019 Honda CR-V, VIN 2HKRW2H83KH604127, plate [[ID_NUMBER:CV 48213]]
Date/time of loss: [[DATE_TIME:01/27/2025 approx. 7:50 AM]]
Description: Insured was stopped at a red light when struck from behind by a delivery van. Insured reports neck pain and was seen at urgent care the same day.
Callback: [[PHONE_NUMBER:773-555-0126]]""",
    """ADMISSIONS INTERVIEW REPORT (confidential)
Candidate: [[PERSON:Nikhil Bhattacharya]]
UCAS Personal ID: [[ID_NUMBER:193-402-7781]]
Interview: [[DATE_TIME:9 December 2024, 14:20]], online
Interviewers: [[PERSON:Dr. Helen Sato]], [[PERSON:Dr. Matthew Okafor]]
School: Dr Challoner's Grammar School
Summary: Strong on mechanics and worked through the pendulum question with little help; hesitant on the calculus extension. Recommend conditional offer A*AA.""",
    """SELECT applicant_id, given_name, family_name, email FROM applicants WHERE email ILIKE '%[[PERSON:adeyinka]]%';
 applicant_id |  given_name  | family_name |            email
--------------+--------------+-------------+------------------------------
 [[ID_NUMBER:A25-118204]]   | [[PERSON:Adeyinka]]     | [[PERSON:Balogun]]     | [[EMAIL_ADDRESS:adeyinka.balogun@yahoo.com]]
(1 row)""",
    """try:
    refund(order)
except GatewayError:
    # customer [[PERSON:Ewa Kaczmarek]] ([[EMAIL_ADDRESS:ewa.kaczmarek@wp.pl]], tel [[PHONE_NUMBER:+48 601 284 937]]) asked for the refund to go to her account instead
    manual_transfer(iban="[[IBAN_CODE:PL36 1020 5558 1111 1928 3746 5012]]", amount=order.total)
    logger.warning("manual refund queued for order %s", order.id)""",
    """CONTRATO DE ARRENDAMENTO DE VIVENDA
En [[LOCATION:Lugo]], a [[DATE_TIME:2 de setembro de 2024]].
REUNIDOS
Dunha parte, [[TITLE:dona]] [[PERSON:Rosalía Vázquez Pombo]], maior de idade, con DNI [[ID_NUMBER:77215604G]] e domicilio na [[ADDRESS:Praza Maior, 9, 2º]], [[ZIP_CODE:27001]] [[LOCATION:Lugo]], en calidade de arrendadora.
Doutra parte, [[TITLE:don]] [[PERSON:Iago Pardo Seoane]], estudante, con DNI [[ID_NUMBER:44100287H]], en calidade de arrendatario.
A renda mensual de 420 € aboarase na conta [[IBAN_CODE:ES95 2038 9402 7160 0039 1452]] nos cinco primeiros días de cada mes.""",
    """Incidència #20931 — Campus Virtual
Usuari: [[USERNAME:mgarciavilalta]]
Nom: [[PERSON:Marta Garcia Vilalta]]
IP: [[IP_ADDRESS:84.88.57.201]]
Data: [[DATE_TIME:17/01/2025 08:46]]
Descripció: No puc veure la nota de l'examen final d'Estadística II. El meu NIUB és [[ID_NUMBER:20318874]] i el professor, el [[PERSON:Dr. Jaume Rovira]], diu que ja l'ha publicada. Podeu respondre'm al [[EMAIL_ADDRESS:mgarcivi12@alumnes.ub.edu]]?""",
    """[[PERSON:Benedikt]], the Chief Integration Officer at the Faculty of Law, asks that the exchange stipend for [[PERSON:Amira El-Sayed]] be wired to [[IBAN_CODE:FR76 3000 4008 2300 0102 9451 716]]. Her address in France is [[ADDRESS:14 rue des Écoles]], [[ZIP_CODE:75005]] [[LOCATION:Paris]], and her residence permit number is [[ID_NUMBER:7503184927]].""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: alerting-contacts
data:
  maintainer: "[[PERSON:Lucía Hernández]] <[[EMAIL_ADDRESS:lucia.hdz@protonmail.com]]>"
  oncall_phone: "[[PHONE_NUMBER:+52 1 33 1847 2290]]"
  escalation_after_minutes: "15\"""",
    """REPORT OF SEPARATION — SUMMARY COPY
Name: [[PERSON:KEALOHA, Makana J.]]
SSN: [[US_SSN:575-03-9126]]
Date of birth: [[DATE_TIME:1990 Aug 03]]
Date entered active duty: [[DATE_TIME:2008 Jun 17]]      Separation date: [[DATE_TIME:2016 Jun 16]]
Home of record: [[ADDRESS:94-1036 Kaneana St]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]]
Character of service: Honorable""",
    """STUDENT CONDUCT — OUTCOME LETTER
[[DATE_TIME:March 18, 2025]]

[[PERSON:Jaden Whitfield-Okoro]]
[[ADDRESS:512 College Ave, Apt 2R]]
[[LOCATION:Ithaca]], [[LOCATION:NY]] [[ZIP_CODE:14850]]
Student ID: [[ID_NUMBER:4471902]]

Dear [[PERSON:Mr. Whitfield-Okoro]]:
On [[DATE_TIME:March 11, 2025]], the Hearing Panel considered the allegation that you accessed another student's account without permission. The Panel found you responsible. You are placed on disciplinary probation through [[DATE_TIME:December 20, 2025]].""",
    """{"contacts": [{"n": "[[PERSON:Aigerim Sadykova]]", "tel": "[[PHONE_NUMBER:+7 777 214 8830]]", "tg": "[[USERNAME:aigerim_sd]]", "city": "[[LOCATION:Almaty]]"}, {"n": "[[PERSON:Daniyar]]", "tel": "[[PHONE_NUMBER:+7 705 991 0462]]", "tg": null, "city": "[[LOCATION:Astana]]"}], "exported_by": "[[USERNAME:asadykova]]", "v": 2}""",
    """[[PERSON:Colm Ó Súilleabháin]], [[AGE:58]], male, Senior Orchard Technician, resides at [[ADDRESS:77 Ballycastle Road]], [[LOCATION:Coleraine]], [[LOCATION:County Londonderry]] [[ZIP_CODE:BT52 2DY]]. He renewed his co-op membership with card [[CREDIT_CARD:4400 6621 3879 9049]], expiry 04/27, from IP [[IP_ADDRESS:86.143.77.210]], and set his security answer to his first dog's name.""",
    """WIRE TRANSFER REQUEST
Originator: [[PERSON:Heinrich Baumgartner]]
Originator IBAN: [[IBAN_CODE:CH57 0023 5184 7201 9361 8]]
Beneficiary: [[PERSON:Leonor Sampaio]]
Beneficiary IBAN: [[IBAN_CODE:PT50 0035 0651 0001 2345 6785 2]]     BIC: CGDIPTPL
Amount: CHF 18,000.00
Purpose: tuition and housing for [[PERSON:Leonor]], Universidade do Porto, 2024/25
Originator phone: [[PHONE_NUMBER:+41 79 418 22 07]]""",
    """{"submission": {"user": {"id": 88412, "login_id": "[[USERNAME:cokonkwo3]]", "sortable_name": "[[PERSON:Okonkwo, Chiamaka]]", "sis_user_id": "[[ID_NUMBER:903318842]]"}, "assignment": "HIST 2111 Essay 2", "score": 87.5, "late": false, "submitted_at": "[[DATE_TIME:2025-02-28T23:41:09-05:00]]"}}""",
    """Residence details for [[PERSON:Hollis Vandermeer]]: building number [[ADDRESS:4419]], street [[ADDRESS:Oakmont Passage]], secondary address [[ADDRESS:Unit 1207]], county [[LOCATION:Bexar County]], state [[LOCATION:TX]], zip [[ZIP_CODE:78249-3310]]. Preferred contact: [[EMAIL_ADDRESS:hvandermeer@icloud.com]].""",
    """CHANGE OF BENEFICIARY — GROUP LIFE PLAN
Member: [[PERSON:Leticia Amankwah-Grant]]      Member no.: [[ID_NUMBER:GL-7730214]]
Date of birth: [[DATE_TIME:5 Aug 1979]]
New primary beneficiary: [[PERSON:Isaac Amankwah-Grant]], son, born [[DATE_TIME:19 March 2008]]
Contingent beneficiary: [[PERSON:Comfort Amankwah]], mother
Address: [[ADDRESS:230 Wellesley St E, Unit 1604]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4X 1G1]]
Signed: [[PERSON:L. Amankwah-Grant]]      Date: [[DATE_TIME:2025-01-09]]""",
    """Customer Verification Form
Full name: [[PERSON:Raymond Agyekum-Sarpong]]
ID type: Passport        ID number: [[ID_NUMBER:G3318470]]
Date of birth: [[DATE_TIME:14 / 10 / 1982]]
Service address: [[ADDRESS:House No. 14, Nii Sai Road]], [[LOCATION:East Legon]], [[LOCATION:Accra]]
Alternative contact: [[PHONE_NUMBER:+233 55 640 1187]]
Account PIN: 4471 (verified)
Device IMEI: 356938035643809
Agent: [[PERSON:Efua]] (branch 112)""",
    """LETTER OF OFFER — POSTGRADUATE RESEARCH SCHOLARSHIP
[[DATE_TIME:28 May 2025]]

[[PERSON:Ms. Nomvula Dlamini]]
[[ADDRESS:33 Jorissen Street]], [[LOCATION:Braamfontein]], [[ZIP_CODE:2001]]

Dear [[PERSON:Ms. Dlamini]],
Application reference PGR-25-0932
We are pleased to offer you a doctoral scholarship of R180,000 per annum for three years, commencing [[DATE_TIME:1 July 2025]]. Your supervisor will be [[PERSON:Prof. Thabo Nkosi]]. Please confirm acceptance by return email to pgr-office@wits.ac.za.""",
    """[proctor] session=ex-44a1 candidate=[[ID_NUMBER:2210478]] name="[[PERSON:Farida Haidari]]" ip=[[IP_ADDRESS:103.217.84.6]] event=face_not_detected t=[[DATE_TIME:2025-05-12 10:41:07]]
[proctor] session=ex-44a1 candidate=[[ID_NUMBER:2210478]] event=second_person_suspected t=[[DATE_TIME:2025-05-12 10:43:55]] reviewer=[[USERNAME:m.lindqvist]]""",
    """Attention [[PERSON:Dr. Imogen Fairlie-Hsu]]: the Principal Quality Architect account [[USERNAME:ifairliehsu]] was signed into from [[IP_ADDRESS:185.220.101.44]] and [[IP_ADDRESS:2001:67c:2628:647:12::15]] within four minutes on [[DATE_TIME:6 January 2025]]. If this was not you, reset the password (currently set [[DATE_TIME:03/11/2024]]) and call [[PHONE_NUMBER:+44 20 7946 0321]].""",
    """{"centre": "48217", "series": "June", "candidate": {"number": "[[ID_NUMBER:5532]]", "uci": "[[ID_NUMBER:48217G5532A3X]]", "name": "[[PERSON:LOWE, Tabitha Grace]]", "dob": "[[DATE_TIME:21/11/2006]]"}, "results": [{"qual": "A-level", "subject": "History", "grade": "A*"}, {"qual": "A-level", "subject": "English Literature", "grade": "A"}]}""",
    """LASTING POWER OF ATTORNEY — FINANCIAL DECISIONS (extract)
Donor: [[PERSON:Margaret Eileen Cattermole]], born [[DATE_TIME:2 April 1941]], of [[ADDRESS:The Old Forge, Church Street]], [[LOCATION:Wickham Market]], [[LOCATION:Suffolk]] [[ZIP_CODE:IP13 0RF]]
Attorney: [[PERSON:Stephen Cattermole]], born [[DATE_TIME:30 June 1968]], of [[ADDRESS:41 Lower Brook Street]], [[LOCATION:Ipswich]] [[ZIP_CODE:IP4 1AQ]]
Certificate provider: [[PERSON:Dr. Rukhsana Iqbal]]
Signed by the donor on [[DATE_TIME:14 February 2025]]""",
    """INSERT INTO scholarship_recipients (award_code, student_id, name, email, amount_usd, award_date) VALUES
  ('MERIT-25', '[[ID_NUMBER:A20553187]]', '[[PERSON:Lindiwe Zungu]]', '[[EMAIL_ADDRESS:lzungu@hawk.iit.edu]]', 8000, '[[DATE_TIME:2025-04-15]]'),
  ('MERIT-25', '[[ID_NUMBER:A20561940]]', '[[PERSON:Bao Tran]]', '[[EMAIL_ADDRESS:btran14@hawk.iit.edu]]', 8000, '[[DATE_TIME:2025-04-15]]'),
  ('STEM-W', '[[ID_NUMBER:A20548822]]', '[[PERSON:Kiona Redcloud]]', '[[EMAIL_ADDRESS:kredcloud@hawk.iit.edu]]', 12500, '[[DATE_TIME:2025-04-18]]');""",
    """[[PERSON:Pooja Venkataraman]], Assistant Registrar (Examinations), confirms that [[PERSON:Sai Charan Reddy]], roll number [[ID_NUMBER:21B81A0547]], born [[DATE_TIME:08-03-2003]], appeared for the supplementary examinations held for him on [[DATE_TIME:17.07.2024]]. His Aadhaar [[ID_NUMBER:6391 7204 5880]] and mobile [[PHONE_NUMBER:+91 94406 18327]] are on the hall ticket.""",
    """PRESCRIPTION
Patient: [[PERSON:Dolores Aguilar-Reyes]]      DOB: [[DATE_TIME:11/02/1949]]
Address: [[ADDRESS:2207 S Bristol St, Apt 14]], [[LOCATION:Santa Ana]], [[LOCATION:CA]] [[ZIP_CODE:92704]]
Rx: Metformin ER 500 mg, 1 tab PO daily with evening meal, #90, refills 3
Prescriber: [[PERSON:Dr. Vikram Sood]], Harbor Family Medicine
Date written: [[DATE_TIME:02/24/2025]]""",
    """From: [[PERSON:Gráinne Mac Aodha]] <[[EMAIL_ADDRESS:grainne.macaodha@eircom.net]]>
To: admissions@tcd.ie
Date: [[DATE_TIME:Tue, 4 Mar 2025 09:12:44 +0000]]
X-Originating-IP: [[IP_ADDRESS:109.78.33.152]]
Subject: Mature student application – [[PERSON:Gráinne Mac Aodha]], CAO [[ID_NUMBER:25018847]]

Hello, I posted my supporting documents on Friday but the tracking shows they are stuck in [[LOCATION:Athlone]]. Could you confirm the deadline for mature applicants? Thanks, [[PERSON:Gráinne]]""",
    """mutation {
  updateProfile(input: {
    userId: "[[ID_NUMBER:usr_7Hq2Kp]]"
    displayName: "[[PERSON:Zoltán Kertész]]"
    phone: "[[PHONE_NUMBER:+36 30 418 2297]]"
    address: { line1: "[[ADDRESS:Király utca 54., 3. em. 2.]]", city: "[[LOCATION:Budapest]]", postcode: "[[ZIP_CODE:1068]]" }
    birthday: "[[DATE_TIME:1991-12-01]]"
  }) { ok }
}""",
    """In [[LOCATION:Davao City]], [[PERSON:Rosalinda]] "[[PERSON:Linda]]" [[PERSON:Macaraeg]], a [[AGE:47]]-year-old Barangay Health Worker, updated her GSIS record: new mobile [[PHONE_NUMBER:0917 842 3316]], new address [[ADDRESS:Purok 5, Brgy. Talomo Proper]], TIN [[ID_NUMBER:428-117-903-000]], and her UMID CRN [[ID_NUMBER:0111-4729308-2]]. Her husband [[PERSON:Ernesto]] is listed as beneficiary.""",
    """WORKPLACE INCIDENT REPORT
Employee: [[PERSON:Mthunzi Khumalo]]      Employee no.: [[ID_NUMBER:WS-20817]]
ID number: [[ID_NUMBER:8804125123080]]
Date and time of incident: [[DATE_TIME:Wednesday 12 February 2025, 06:35]]
Location: loading bay 3, Durban depot
Description: Employee slipped on a wet ramp while moving pallets and injured his left wrist. First aid was given by [[PERSON:Thulisile Mokoena]]; he was taken to hospital by his cousin [[PERSON:Sipho]].
Reported by: [[PERSON:Andrea van Wyk]], shift supervisor""",
    """account_update:
  holder: "[[PERSON:Oluwadamilare Ige]]"
  old_email: "[[EMAIL_ADDRESS:dami.ige@yahoo.com]]"
  new_email: "[[EMAIL_ADDRESS:damilare.ige@outlook.com]]"
  phone: "[[PHONE_NUMBER:+1 (469) 225-7813]]"
  address:
    street: "[[ADDRESS:6120 Preston Oaks Dr]]"
    unit: "[[ADDRESS:Apt 1138]]"
    city: "[[LOCATION:Dallas]]"
    state: "[[LOCATION:TX]]"
    zip: "[[ZIP_CODE:75254]]"
  verified_via: sms""",
    """Mortgage pre-approval: [[PERSON:Ahmed Farouk]] and [[PERSON:Samira Farouk]] of [[ADDRESS:15 Wexford Close]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 7QF]] are approved in principle for £285,000 as of [[DATE_TIME:10 January 2025]]. [[PERSON:Mr Farouk]]'s NI number is [[ID_NUMBER:SP 41 72 93 C]] and [[PERSON:Mrs Farouk]]'s is [[ID_NUMBER:JR 83 04 17 A]]; the agreement in principle expires after 90 days.""",
    """public static Student sample() {
    // real applicant used for the demo, anonymise!
    return new Student(
        "[[ID_NUMBER:2025-0184-77]]",
        "[[PERSON:Marie-Ève Tremblay]]",
        "[[EMAIL_ADDRESS:marieeve.tremblay@videotron.ca]]",
        "[[DATE_TIME:2006-05-17]]",
        "[[ADDRESS:3440 rue Durocher, app. 6]], [[LOCATION:Montréal]] [[ZIP_CODE:H2X 2E1]]");
}""",
    """Form: Change of address (student)
student_number: [[ID_NUMBER:s3871204]]
name: [[PERSON:Ruby Whitehorn]]
old_address: [[ADDRESS:11/204 Swanston Street]], [[LOCATION:Melbourne]] [[LOCATION:VIC]] [[ZIP_CODE:3000]]
new_address: [[ADDRESS:27 Blackwood Street]], [[LOCATION:Carlton]] [[LOCATION:VIC]] [[ZIP_CODE:3053]]
effective: [[DATE_TIME:01/03/2025]]
mobile: [[PHONE_NUMBER:0433 918 207]]
consent_to_share_with_sponsor: no""",
    """{"mentor": {"name": "[[PERSON:Dr. Yaw Darko]]", "grad_year": 2004, "employer": "Roche", "linkedin": "[[URL:https://www.linkedin.com/in/yaw-darko-phd]]", "email": "[[EMAIL_ADDRESS:yaw.darko@gmail.com]]"}, "mentee": {"name": "[[PERSON:Efe Ogbemudia]]", "student_no": "[[ID_NUMBER:UG21-0473]]", "year": 3, "email": "[[EMAIL_ADDRESS:e.ogbemudia@students.bham.ac.uk]]"}, "matched_on": "[[DATE_TIME:2025-02-03]]", "programme": "Alumni Mentoring 2025"}""",
    """INFORMED CONSENT — PARTICIPANT COPY
Study: Sleep and Academic Performance in First-Year Students (Protocol SL-2024-07)
Participant: [[PERSON:Hana Kobayashi]]      Participant ID: [[ID_NUMBER:P-0117]]
Age: [[AGE:19]]      Date of birth: [[DATE_TIME:23 September 2005]]
Contact: [[EMAIL_ADDRESS:hkobayashi@umail.ucsb.edu]] / [[PHONE_NUMBER:(805) 555-0174]]
I have read the information sheet and agree to wear an activity tracker for four weeks.
Signature: [[PERSON:H. Kobayashi]]      Date: [[DATE_TIME:10/7/2024]]
Researcher: [[PERSON:Dr. Aaron Feldstein]]""",
    """The Principal Factors Administrator [[PERSON:Caspian Rourke-Ngata]] (he/him, [[AGE:41]]) logged in with [[USERNAME:crourke]] from [[IP_ADDRESS:125.238.14.199]] using Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) and changed the payout account to [[IBAN_CODE:GB24 CITI 1850 0810 3928 47]]; his registered address is [[ADDRESS:18 Kauri Road]], [[LOCATION:Whangārei]] [[ZIP_CODE:0110]].""",
    """<alumne>
  <nom>[[PERSON:Pol Solé Camps]]</nom>
  <niu>[[ID_NUMBER:1634208]]</niu>
  <dataNaixement>[[DATE_TIME:02-10-2004]]</dataNaixement>
  <adreca>[[ADDRESS:Rambla de Ferran, 31, 2n]]</adreca>
  <cp>[[ZIP_CODE:25007]]</cp>
  <poblacio>[[LOCATION:Lleida]]</poblacio>
  <estudis>Grau en Dret</estudis>
  <dataDefensaTFG>[[DATE_TIME:2025-06-26T10:30]]</dataDefensaTFG>
</alumne>""",
    """Hi [[PERSON:Aurelio]], per our call: the vendor portal for [[PERSON:Sunniva Berg-Olsen]] (Norwegian national ID [[ID_NUMBER:24038714429]]) lists her as a [[NRP:Norwegian]] citizen living at [[ADDRESS:Storgata 112]], [[ZIP_CODE:9008]] [[LOCATION:Tromsø]]; she wants the invoice payments sent by SEPA to [[IBAN_CODE:SE54 8000 0832 7901 8473 6251]] rather than to her old card [[CREDIT_CARD:5425 2334 3010 9903]].""",
    """DENTAL VISIT NOTE
Pt: [[PERSON:Jonah Abernathy]], [[AGE:8]] y/o, accompanied by mother [[PERSON:Claire Abernathy]]
Visit: [[DATE_TIME:04/15/2025 3:40 PM]]
Findings: caries #S and #T, sealants intact on first molars
Plan: restore #S and #T next visit; fluoride varnish applied today
Next appt: [[DATE_TIME:05/06/2025 at 4:00 PM]]
Guarantor phone: [[PHONE_NUMBER:(503) 555-0139]]""",
    """# students_import.py
rows = [
    ("[[ID_NUMBER:24017789]]", "[[PERSON:Ngozi]]", "[[PERSON:Okafor-Lind]]", "[[EMAIL_ADDRESS:ngozi.okaforlind@gmail.com]]", "[[DATE_TIME:2005-07-30]]"),
    ("[[ID_NUMBER:24018102]]", "[[PERSON:Matteo]]", "[[PERSON:Ricci]]", "[[EMAIL_ADDRESS:matteo.ricci05@libero.it]]", "[[DATE_TIME:2005-01-09]]"),
]
for sid, first, last, email, dob in rows:
    enrol(sid, first, last, email, dob)""",
]

TABLE = [
    """student_id,first_name,last_name,email,programme,year
[[ID_NUMBER:2304417]],[[PERSON:Amelia]],[[PERSON:Hartigan]],[[EMAIL_ADDRESS:a.hartigan@student.lboro.ac.uk]],Sport Science,2
[[ID_NUMBER:2301985]],[[PERSON:Kwabena]],[[PERSON:Asamoah]],[[EMAIL_ADDRESS:k.asamoah@student.lboro.ac.uk]],Civil Engineering,2
[[ID_NUMBER:2209341]],[[PERSON:Isla]],[[PERSON:McCrindle]],[[EMAIL_ADDRESS:i.mccrindle@student.lboro.ac.uk]],Product Design,3
[[ID_NUMBER:2311072]],[[PERSON:Devansh]],[[PERSON:Agarwal]],[[EMAIL_ADDRESS:d.agarwal@student.lboro.ac.uk]],Computer Science,1""",
    """| Patient | DOB | Ward | Consultant | Next of kin phone |
|---|---|---|---|---|
| [[PERSON:Harold Pemberton]] | [[DATE_TIME:12/03/1938]] | Ward 7B | [[PERSON:Dr. Shah]] | [[PHONE_NUMBER:01632 960 441]] |
| [[PERSON:Agnieszka Lis]] | [[DATE_TIME:29/08/1951]] | Ward 7B | [[PERSON:Dr. Shah]] | [[PHONE_NUMBER:07911 204 873]] |
| [[PERSON:Winston Clarke]] | [[DATE_TIME:03/01/1946]] | CCU | [[PERSON:Dr. Oyelowo]] | [[PHONE_NUMBER:0121 496 0772]] |""",
    """emp_no\tname\tdept\tstart_date\tmobile
[[ID_NUMBER:10482]]\t[[PERSON:Sinead Gallagher]]\tFinance\t[[DATE_TIME:2021-04-12]]\t[[PHONE_NUMBER:087 219 4470]]
[[ID_NUMBER:10517]]\t[[PERSON:Tadhg Moloney]]\tWarehouse\t[[DATE_TIME:2022-09-05]]\t[[PHONE_NUMBER:086 338 1902]]
[[ID_NUMBER:10533]]\t[[PERSON:Oksana Bilyk]]\tQA\t[[DATE_TIME:2023-01-16]]\t[[PHONE_NUMBER:083 447 6015]]""",
    """NAME                  DOB         NHS NO        POSTCODE
[[PERSON:BRIGGS, Elsie May]]     [[DATE_TIME:07-05-1932]]  [[ID_NUMBER:612 480 9575]]  [[ZIP_CODE:LS6 2QE]]
[[PERSON:KHAN, Mohammed Arif]]   [[DATE_TIME:19-11-1960]]  [[ID_NUMBER:738 291 0466]]  [[ZIP_CODE:BD8 7HL]]""",
    """{"user": "[[USERNAME:t.nakamura]]", "name": "[[PERSON:Takeshi Nakamura]]", "last_login": "[[DATE_TIME:2025-02-11T08:02:51+09:00]]", "ip": "[[IP_ADDRESS:126.72.181.14]]", "mfa": true}
{"user": "[[USERNAME:r.bianchi]]", "name": "[[PERSON:Roberta Bianchi]]", "last_login": "[[DATE_TIME:2025-02-10T17:44:03+01:00]]", "ip": "[[IP_ADDRESS:151.38.207.92]]", "mfa": false}
{"user": "svc-backup", "name": null, "last_login": null, "ip": null, "mfa": false}""",
    """guests:
  - name: [[PERSON:Olivia Brandt]]
    rsvp: yes
    dietary: vegetarian
    plus_one: [[PERSON:Jonas Brandt]]
  - name: [[PERSON:Femi Adeyemi]]
    rsvp: yes
    dietary: none
    plus_one: null
  - name: [[PERSON:Rosa Lindqvist]]
    rsvp: maybe
    dietary: gluten-free
    plus_one: null""",
    """Full name:        [[PERSON:Deepika Nair]]
Date of birth:    [[DATE_TIME:18 August 1994]]
Nationality:      [[NRP:Indian]]
Passport no.:     [[ID_NUMBER:Z4821936]]
Visa category:    Skilled Worker
Address in UK:    [[ADDRESS:22 Fairfield Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 5LH]]
Employer:         Meridian Health Tech Ltd
Start date:       [[DATE_TIME:6 January 2025]]""",
    """"name","address","city","postcode","phone"
"[[PERSON:Gwyneth Pryce]]","[[ADDRESS:4 Heol Las, Pontprennau]]","[[LOCATION:Cardiff]]","[[ZIP_CODE:CF23 8AS]]","[[PHONE_NUMBER:029 2076 5518]]"
"[[PERSON:Mustafa Yıldız]]","[[ADDRESS:Flat 1, 87 Clifton Street]]","[[LOCATION:Cardiff]]","[[ZIP_CODE:CF24 1LU]]","[[PHONE_NUMBER:07868 417 290]]"
"[[PERSON:Caitlin O'Hare]]","[[ADDRESS:31 Bryn Road]]","[[LOCATION:Swansea]]","[[ZIP_CODE:SA2 0AR]]","[[PHONE_NUMBER:01792 644 031]]\"""",
    """Member | Joined | Plan | Card on file
[[PERSON:Jake Morrison]] | [[DATE_TIME:Mar 2, 2023]] | Premium | [[CREDIT_CARD:4532 0188 4730 1125]]
[[PERSON:Yolanda Pérez]] | [[DATE_TIME:Nov 18, 2024]] | Basic | [[CREDIT_CARD:5493 1882 0476 3011]]
[[PERSON:Chen Jun]] | [[DATE_TIME:Jan 7, 2025]] | Student | [[CREDIT_CARD:6011 0049 2736 5813]]""",
    """nom;cognoms;DNI;telèfon;municipi;curs
[[PERSON:Gerard]];[[PERSON:Puig Castells]];[[ID_NUMBER:46091833V]];[[PHONE_NUMBER:655 18 42 07]];[[LOCATION:Sabadell]];2n
[[PERSON:Clàudia]];[[PERSON:Roig Miralles]];[[ID_NUMBER:52789316S]];[[PHONE_NUMBER:688 30 12 95]];[[LOCATION:Manresa]];1r
[[PERSON:Biel]];[[PERSON:Ferrà Salom]];[[ID_NUMBER:78014592H]];[[PHONE_NUMBER:971 72 44 18]];[[LOCATION:Palma]];3r""",
    """| Alumno/a | DNI | Data de nacemento | Concello | Bolsa |
|---|---|---|---|---|
| [[PERSON:Antón Seoane Freire]] | [[ID_NUMBER:45278103G]] | [[DATE_TIME:03/02/2004]] | [[LOCATION:Ourense]] | si |
| [[PERSON:Lúa Rey Castiñeiras]] | [[ID_NUMBER:71190468V]] | [[DATE_TIME:21/09/2005]] | [[LOCATION:Ferrol]] | non |
| [[PERSON:Roi Méndez Taboada]] | [[ID_NUMBER:Z0582217T]] | [[DATE_TIME:14/12/2003]] | [[LOCATION:Vigo]] | si |""",
    """Candidate No.  Name                 UCI              Subject       Grade
[[ID_NUMBER:2041]]           [[PERSON:Adebayo, Tolulope]]   [[ID_NUMBER:52614Q2041017]]    Chemistry     A
[[ID_NUMBER:2042]]           [[PERSON:Ahmed, Sana]]         [[ID_NUMBER:52614Q2042013]]    Chemistry     B
[[ID_NUMBER:2057]]           [[PERSON:Baxter, Finlay]]      [[ID_NUMBER:52614Q2057019]]    Chemistry     A*""",
    """applicant,dob,country,nationality,programme,decision
[[PERSON:Zhang Yuxin]],[[DATE_TIME:2003-06-14]],[[LOCATION:China]],[[NRP:Chinese]],MSc Finance,Offer
[[PERSON:Obinna Nwachukwu]],[[DATE_TIME:2001-12-02]],[[LOCATION:Nigeria]],[[NRP:Nigerian]],MSc Finance,Waitlist
[[PERSON:María José Ibáñez]],[[DATE_TIME:2002-03-27]],[[LOCATION:Colombia]],[[NRP:Colombian]],MSc Finance,Offer
[[PERSON:Lukas Hofer]],[[DATE_TIME:2000-10-09]],[[LOCATION:Austria]],[[NRP:Austrian]],MSc Finance,Reject""",
    """- tenant: [[PERSON:Ji-woo Han]]
  unit: [[ADDRESS:Apt 3A, 410 W 118th St]]
  lease_start: [[DATE_TIME:2024-08-01]]
  rent: 2450
  emergency_contact: [[PHONE_NUMBER:+1 917 555 0102]]
- tenant: [[PERSON:Marcus Bell]]
  unit: [[ADDRESS:Apt 5C, 410 W 118th St]]
  lease_start: [[DATE_TIME:2023-06-15]]
  rent: 2390
  emergency_contact: [[PHONE_NUMBER:+1 646 555 0177]]""",
    """Payee name\tSort code\tAccount no.\tReference\tAmount
[[PERSON:Hollie Dunmore]]\t20-32-06\t[[ID_NUMBER:73194028]]\tMARCH EXPENSES\t142.60
[[PERSON:Rajan Patel]]\t40-11-62\t[[ID_NUMBER:51837720]]\tMILEAGE Q1\t88.20
[[PERSON:Bethany Cole]]\t09-01-28\t[[ID_NUMBER:00492157]]\tTRAINING\t310.00""",
    """| Username | Full name | Role | Status | Last seen |
|----------|-----------|------|--------|-----------|
| [[USERNAME:kmurphy]] | [[PERSON:Kieran Murphy]] | admin | active | [[DATE_TIME:2025-03-02 11:14]] |
| [[USERNAME:ayasmin]] | [[PERSON:Aaliyah Yasmin]] | editor | active | [[DATE_TIME:2025-03-01 16:52]] |
| [[USERNAME:jdoe_test]] | — | viewer | disabled | never |""",
    """scholar_id|name|school|award|bank_account
[[ID_NUMBER:SCH-24-0091]]|[[PERSON:Wanjiku Kamau]]|University of Nairobi|Full tuition|[[ID_NUMBER:1180274433]]
[[ID_NUMBER:SCH-24-0094]]|[[PERSON:Brian Otieno Ouma]]|Moi University|Partial|[[ID_NUMBER:0110398214]]
[[ID_NUMBER:SCH-24-0102]]|[[PERSON:Faith Chebet]]|Egerton University|Full tuition|[[ID_NUMBER:2047719305]]""",
    """Name              Age  Sex  Town           Vaccine    Dose date
[[PERSON:Tomasina Leota]]    [[AGE:72]]   F    [[LOCATION:Porirua]]        Influenza  [[DATE_TIME:14/04/2025]]
[[PERSON:Ropata Hemara]]     [[AGE:68]]   M    [[LOCATION:Porirua]]        Influenza  [[DATE_TIME:14/04/2025]]
[[PERSON:Grace Fa'amoe]]     [[AGE:81]]   F    [[LOCATION:Lower Hutt]]     Shingles   [[DATE_TIME:16/04/2025]]""",
    """{"passenger": "[[PERSON:ABDULLAH/OMAR]] [[TITLE:MR]]", "passport": "[[ID_NUMBER:P7731820]]", "dob": "[[DATE_TIME:1986-01-22]]", "seat": "14C", "pnr": "K7QX2M"}
{"passenger": "[[PERSON:ABDULLAH/LAYLA]] [[TITLE:MRS]]", "passport": "[[ID_NUMBER:P7731821]]", "dob": "[[DATE_TIME:1989-09-30]]", "seat": "14D", "pnr": "K7QX2M"}
{"passenger": "[[PERSON:ABDULLAH/ZAIN]] [[TITLE:MSTR]]", "passport": "[[ID_NUMBER:P8102236]]", "dob": "[[DATE_TIME:2017-04-05]]", "seat": "14E", "pnr": "K7QX2M"}""",
    """volunteer,phone,email,shift,t_shirt
[[PERSON:Priscila Santos]],[[PHONE_NUMBER:(416) 555-0123]],[[EMAIL_ADDRESS:priscila.santos@rogers.com]],Sat AM,M
[[PERSON:Hugh Lafferty]],[[PHONE_NUMBER:(416) 555-0168]],[[EMAIL_ADDRESS:hlafferty@bell.net]],Sat PM,XL
[[PERSON:Minh Anh Vo]],[[PHONE_NUMBER:(647) 555-0191]],[[EMAIL_ADDRESS:minhanh.vo@gmail.com]],Sun AM,S""",
    """Record 1
  surname: [[PERSON:Mokoena]]
  first names: [[PERSON:Kabelo Jacob]]
  ID number: [[ID_NUMBER:7602015800085]]
  date of birth: [[DATE_TIME:1976-02-01]]
  cell: [[PHONE_NUMBER:072 884 1930]]
  residential address: [[ADDRESS:8 Protea Street]], [[LOCATION:Lynnwood]], [[LOCATION:Pretoria]], [[ZIP_CODE:0081]]
  income bracket: R20k–R30k""",
    """| Donor | Email | Gift (USD) | Class |
|:--|:--|--:|:--|
| [[PERSON:Edward Vance III]] | [[EMAIL_ADDRESS:evance3@comcast.net]] | 25,000 | 1979 |
| [[PERSON:Latoya Richardson]] | [[EMAIL_ADDRESS:latoya.richardson@alumni.howard.edu]] | 1,000 | 2006 |
| [[PERSON:Samuel Oyelaran]] | [[EMAIL_ADDRESS:soyelaran@gmail.com]] | 250 | 2018 |""",
    """ip_address,first_seen,user,country
[[IP_ADDRESS:91.121.45.208]],[[DATE_TIME:2025-01-04 03:17]],[[USERNAME:marta_l]],[[LOCATION:France]]
[[IP_ADDRESS:2804:14c:65a1:4021::7]],[[DATE_TIME:2025-01-04 09:41]],[[USERNAME:rodrigo.f]],[[LOCATION:Brazil]]
[[IP_ADDRESS:41.90.66.12]],[[DATE_TIME:2025-01-05 21:08]],[[USERNAME:akinyi_w]],[[LOCATION:Kenya]]""",
    """PLAYER                 DOB          POSITION   GUARDIAN            GUARDIAN MOBILE
[[PERSON:Mateo Castillo]]         [[DATE_TIME:2013-05-11]]   GK         [[PERSON:Lucia Castillo]]      [[PHONE_NUMBER:0412 775 019]]
[[PERSON:Jayden Nguyen]]          [[DATE_TIME:2013-09-02]]   DEF        [[PERSON:Thanh Nguyen]]        [[PHONE_NUMBER:0421 908 336]]
[[PERSON:Oscar Whitlam-Reid]]     [[DATE_TIME:2014-01-27]]   MID        [[PERSON:Sophie Reid]]         [[PHONE_NUMBER:0403 116 842]]""",
    """customer_id\tname\tiban\tmandate_date
[[ID_NUMBER:C-88201]]\t[[PERSON:Sebastian Krüger]]\t[[IBAN_CODE:DE44 5001 0517 5407 3249 31]]\t[[DATE_TIME:2024-10-01]]
[[ID_NUMBER:C-88214]]\t[[PERSON:Jana Nováková]]\t[[IBAN_CODE:DE69 1001 0010 0012 4578 93]]\t[[DATE_TIME:2024-10-03]]
[[ID_NUMBER:C-88230]]\t[[PERSON:Pieter de Smet]]\t[[IBAN_CODE:BE51 3101 2856 1462]]\t[[DATE_TIME:2024-10-07]]""",
    """- claimant: [[PERSON:Femi Oduya]]
  claim_no: CLM-441902
  incident_date: [[DATE_TIME:2025-01-19]]
  vehicle_reg: [[ID_NUMBER:LD68 XKP]]
  injury: none
- claimant: [[PERSON:Harriet Stokes]]
  claim_no: CLM-441917
  incident_date: [[DATE_TIME:2025-01-22]]
  vehicle_reg: [[ID_NUMBER:YP21 FMO]]
  injury: whiplash""",
    """Student | Supervisor | Thesis title | Viva date
[[PERSON:Ayesha Siddique]] | [[PERSON:Prof. Martin Kessler]] | Graph neural networks for protein docking | [[DATE_TIME:14 March 2025, 10:00]]
[[PERSON:Thomas Ekwueme]] | [[PERSON:Dr. Ruth Abernethy]] | Urban heat islands in West African cities | [[DATE_TIME:21 March 2025, 14:00]]
[[PERSON:Laura Vennström]] | [[PERSON:Prof. Martin Kessler]] | Sparse attention for long documents | [[DATE_TIME:2 April 2025, 11:30]]""",
    """order,customer,ship_to,zip,tracking
SO-104482,[[PERSON:Brianna Keller]],"[[ADDRESS:1739 Maple Ridge Ct]], [[LOCATION:Naperville]], [[LOCATION:IL]]",[[ZIP_CODE:60565]],1Z999AA10123456784
SO-104483,[[PERSON:Esteban Mora]],"[[ADDRESS:402 E Palm Ln, Unit 9]], [[LOCATION:Phoenix]], [[LOCATION:AZ]]",[[ZIP_CODE:85004]],1Z999AA10123456791
SO-104490,[[PERSON:Grace Liu]],"[[ADDRESS:88 Sunset Blvd #12]], [[LOCATION:Daly City]], [[LOCATION:CA]]",[[ZIP_CODE:94015]],1Z999AA10123456808""",
    """Nom i cognoms        | Data d'alta  | Correu                           | Grup
[[PERSON:Aleix Soler Camps]]    | [[DATE_TIME:12/09/2024]]   | [[EMAIL_ADDRESS:aleix.soler@estudiants.urv.cat]]  | Química 1A
[[PERSON:Noa Bertran Giralt]]   | [[DATE_TIME:12/09/2024]]   | [[EMAIL_ADDRESS:noa.bertran@estudiants.urv.cat]]  | Química 1A
[[PERSON:Ilyas Benali]]         | [[DATE_TIME:16/09/2024]]   | [[EMAIL_ADDRESS:ilyas.benali@estudiants.urv.cat]] | Química 1B""",
    """first,last,sin,province,hire_date
[[PERSON:Amélie]],[[PERSON:Gagnon]],[[ID_NUMBER:046 541 314]],[[LOCATION:QC]],[[DATE_TIME:2023-03-20]]
[[PERSON:Darius]],[[PERSON:Fairbanks]],[[ID_NUMBER:293 847 125]],[[LOCATION:AB]],[[DATE_TIME:2022-11-07]]
[[PERSON:Harpreet]],[[PERSON:Gill]],[[ID_NUMBER:712 049 568]],[[LOCATION:BC]],[[DATE_TIME:2024-06-03]]""",
    """{"name": "[[PERSON:Kavya Iyer]]", "aadhaar": "[[ID_NUMBER:2745 0198 3161]]", "mobile": "[[PHONE_NUMBER:+91 90031 48862]]", "district": "[[LOCATION:Coimbatore]]", "scheme": "Pudhumai Penn", "amount_inr": 1000}
{"name": "[[PERSON:Divya Shree]]", "aadhaar": null, "mobile": "[[PHONE_NUMBER:+91 87540 21396]]", "district": "[[LOCATION:Salem]]", "scheme": "Pudhumai Penn", "amount_inr": 1000}""",
    """Cardholder            Card number            Exp    Billing ZIP
[[PERSON:R. Delgado]]            [[CREDIT_CARD:3456 712349 87701]]      06/27  [[ZIP_CODE:33142]]
[[PERSON:Tamsin Ng]]             [[CREDIT_CARD:3589 3026 7488 1274]]    11/26  [[ZIP_CODE:10013]]
[[PERSON:Arturo Benavides]]      [[CREDIT_CARD:2221 0048 4937 2017]]    02/28  [[ZIP_CODE:78205]]""",
    """| Name | Religion | Meal preference | Room |
|------|----------|-----------------|------|
| [[PERSON:Yosef Adler]] | [[NRP:Jewish]] | kosher | 204 |
| [[PERSON:Nur Aisyah binti Rahman]] | [[NRP:Muslim]] | halal | 205 |
| [[PERSON:Gurdeep Sohal]] | [[NRP:Sikh]] | vegetarian | 211 |
| [[PERSON:Hannah Price]] | none | standard | 212 |""",
    """reg_no,name,phone,constituency,party
[[ID_NUMBER:VR-0047731]],[[PERSON:Mercy Achieng]],[[PHONE_NUMBER:0733 504 118]],[[LOCATION:Kisumu Central]],[[NRP:ODM]]
[[ID_NUMBER:VR-0047802]],[[PERSON:Peter Kariuki]],[[PHONE_NUMBER:0720 661 947]],[[LOCATION:Nyeri Town]],[[NRP:UDA]]
[[ID_NUMBER:VR-0047915]],[[PERSON:Halima Abdi]],[[PHONE_NUMBER:0745 230 876]],[[LOCATION:Garissa Township]],[[NRP:Jubilee]]""",
    """borrower:      [[PERSON:Francesca Odell]]
card:          [[ID_NUMBER:21987004412356]]
email:         [[EMAIL_ADDRESS:fodell@sbcglobal.net]]
items out:     3
oldest due:    [[DATE_TIME:2025-02-14]]
home branch:   Eastside
address:       [[ADDRESS:2715 N Kedzie Blvd]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60647]]""",
    """Nome\tApelidos\tTeléfono\tEnderezo\tCP
[[PERSON:Xiana]]\t[[PERSON:Gómez Loureiro]]\t[[PHONE_NUMBER:981 58 20 44]]\t[[ADDRESS:Rúa San Pedro, 112, 1º]]\t[[ZIP_CODE:15703]]
[[PERSON:Fiz]]\t[[PERSON:Varela Couto]]\t[[PHONE_NUMBER:630 47 19 82]]\t[[ADDRESS:Avenida de Lugo, 41, baixo]]\t[[ZIP_CODE:15702]]
[[PERSON:Olalla]]\t[[PERSON:Bermúdez]]\t[[PHONE_NUMBER:604 11 38 27]]\t[[ADDRESS:Lugar de Figueiras, 6]]\t[[ZIP_CODE:15898]]""",
    """Employee       | TFN          | Super fund | Member no.
[[PERSON:Lachlan Pryor]]  | [[ID_NUMBER:459 203 182]]  | AustralianSuper | [[ID_NUMBER:400918273]]
[[PERSON:Mei Watanabe]]   | [[ID_NUMBER:327 148 061]]  | HESTA      | [[ID_NUMBER:882017346]]""",
    """date,student,visitor,relationship,visitor_phone
[[DATE_TIME:2025-03-08]],[[PERSON:Ellie Fairclough]],[[PERSON:Janine Fairclough]],mother,[[PHONE_NUMBER:07723 019 554]]
[[DATE_TIME:2025-03-08]],[[PERSON:Kojo Antwi]],[[PERSON:Akosua Antwi]],sister,[[PHONE_NUMBER:07412 880 361]]
[[DATE_TIME:2025-03-09]],[[PERSON:Ben Sutcliffe]],[[PERSON:Greg Sutcliffe]],father,[[PHONE_NUMBER:07956 447 208]]""",
    """ID       NAME                   NRIC         BLOCK/UNIT
E-0192   [[PERSON:Lim Boon Keng]]          [[ID_NUMBER:S7712048C]]    [[ADDRESS:Blk 208 Bishan St 23, #11-204]]
E-0193   [[PERSON:Siti Nurhaliza bte Osman]]  [[ID_NUMBER:T0327619D]]    [[ADDRESS:Blk 41 Telok Blangah Rise, #05-31]]
E-0207   [[PERSON:Rajendran s/o Muthu]]    [[ID_NUMBER:G5102734K]]    [[ADDRESS:Blk 115 Jurong East St 13, #08-112]]""",
    """{"employee": "[[PERSON:Beatriz Lima]]", "cpf": "[[ID_NUMBER:394.128.705-23]]", "birth": "[[DATE_TIME:15/06/1990]]", "city": "[[LOCATION:Campinas]]", "role": "HR analyst"}
{"employee": "[[PERSON:Rafael Tavares]]", "cpf": "[[ID_NUMBER:520.761.338-36]]", "birth": "[[DATE_TIME:02/11/1987]]", "city": "[[LOCATION:Sorocaba]]", "role": "driver"}""",
    """Applicant ID  Surname      Forename   Interview              Panel
[[ID_NUMBER:MED25-0413]]    [[PERSON:Okonjo]]       [[PERSON:Chisom]]     [[DATE_TIME:Tue 10 Dec 09:00]]       A
[[ID_NUMBER:MED25-0427]]    [[PERSON:Fitzgerald]]   [[PERSON:Aoife]]      [[DATE_TIME:Tue 10 Dec 09:40]]       B
[[ID_NUMBER:MED25-0455]]    [[PERSON:Rahman]]       [[PERSON:Tahmid]]     [[DATE_TIME:Wed 11 Dec 13:20]]       A""",
    """Contact,Company,Title,Mobile,Email
[[PERSON:Gideon Achterberg]],Vestra Freight BV,Head of Procurement,[[PHONE_NUMBER:+31 6 4218 7730]],[[EMAIL_ADDRESS:g.achterberg@vestrafreight.nl]]
[[PERSON:Marisa Conte]],Lumen Labs Srl,CTO,[[PHONE_NUMBER:+39 347 118 2096]],[[EMAIL_ADDRESS:marisa.conte@lumenlabs.it]]
[[PERSON:Olu Bankole]],Harbour Mills Ltd,Operations Manager,[[PHONE_NUMBER:+44 7700 138 452]],[[EMAIL_ADDRESS:olu.bankole@harbourmills.co.uk]]""",
    """patient_id: [[ID_NUMBER:ZKR2399]]
name: [[PERSON:Anahera Wikitoria Paki]]
dob: [[DATE_TIME:1999-07-13]]
gp: [[PERSON:Dr. Simon Tait]]
allergies: [latex]
phone: [[PHONE_NUMBER:021 552 8804]]
address: [[ADDRESS:44 Hinemoa Street]], [[LOCATION:Taupō]] [[ZIP_CODE:3330]]""",
    """| # | Name | Email | Ticket type | Checked in |
|---|------|-------|-------------|-----------|
| 1 | [[PERSON:priya k]] | [[EMAIL_ADDRESS:priyak.designs@gmail.com]] | Speaker | [[DATE_TIME:09:12, 15 May]] |
| 2 | [[PERSON:Tomás Ó Briain]] | [[EMAIL_ADDRESS:tobriain@tcd.ie]] | General | [[DATE_TIME:09:30, 15 May]] |
| 3 | [[PERSON:Hyun-jin Seo]] | [[EMAIL_ADDRESS:hjseo@kaist.ac.kr]] | Student | — |""",
    """account\tholder\tbic\tiban
savings\t[[PERSON:Ciarán Whelan]]\tBOFIIE2D\t[[IBAN_CODE:IE91 BOFI 9000 1722 9048 17]]
current\t[[PERSON:Ciarán Whelan]]\tAIBKIE2D\t[[IBAN_CODE:IE91 AIBK 9335 2718 4602 91]]
joint\t[[PERSON:Ciarán Whelan]] & [[PERSON:Orla Whelan]]\tIPBSIE2D\t[[IBAN_CODE:IE97 IPBS 9906 7012 8374 65]]""",
    """Surname, Forename     DOB          ULN          Course                  Start
[[PERSON:Hussain, Aleena]]       [[DATE_TIME:02/02/2007]]   [[ID_NUMBER:4417293810]]   BTEC Health & Social    [[DATE_TIME:09/09/2024]]
[[PERSON:Kowalski, Dawid]]       [[DATE_TIME:17/06/2006]]   [[ID_NUMBER:5193004726]]   T Level Digital         [[DATE_TIME:09/09/2024]]
[[PERSON:Osei, Nana Ama]]        [[DATE_TIME:30/11/2006]]   [[ID_NUMBER:6028813574]]   A Levels                [[DATE_TIME:10/09/2024]]""",
    """- host: lab-gpu-07
  owner: [[PERSON:Farhan Chowdhury]]
  owner_email: [[EMAIL_ADDRESS:farhan.chowdhury@ucl.ac.uk]]
  mac: a4:bb:6d:12:9e:01
  ip: [[IP_ADDRESS:128.40.192.77]]
- host: lab-gpu-08
  owner: [[PERSON:Elena Moretti]]
  owner_email: [[EMAIL_ADDRESS:e.moretti@ucl.ac.uk]]
  mac: a4:bb:6d:12:9e:3c
  ip: [[IP_ADDRESS:128.40.192.78]]""",
    """Name,Age,Gender,Occupation,Town
[[PERSON:Esi Ampofo]],[[AGE:34]],F,Teacher,[[LOCATION:Cape Coast]]
[[PERSON:Yaw Frimpong]],[[AGE:51]],M,Fisherman,[[LOCATION:Elmina]]
[[PERSON:Abena Sarpong]],[[AGE:27]],F,Nurse,[[LOCATION:Takoradi]]
[[PERSON:Kwesi Arthur]],[[AGE:45]],M,Trader,[[LOCATION:Cape Coast]]""",
    """MRN        Patient                 Appt                    Clinic        Phone
[[ID_NUMBER:00724418]]   [[PERSON:Juanita Esparza]]         [[DATE_TIME:Mon 3/17 8:30a]]           Cardiology    [[PHONE_NUMBER:(915) 555-0133]]
[[ID_NUMBER:00731902]]   [[PERSON:Wendell Okafor]]          [[DATE_TIME:Mon 3/17 9:15a]]           Cardiology    [[PHONE_NUMBER:(915) 555-0186]]
[[ID_NUMBER:00740077]]   [[PERSON:Rita Gonzales-Harper]]    [[DATE_TIME:Mon 3/17 10:00a]]          Cardiology    [[PHONE_NUMBER:(915) 555-0111]]""",
    """student_no,surname,given_names,ssn,enrollment_status,gpa
[[ID_NUMBER:U48820193]],[[PERSON:Whitaker]],[[PERSON:Savannah Rae]],[[US_SSN:218-66-4019]],full-time,3.71
[[ID_NUMBER:U48820647]],[[PERSON:Begay]],[[PERSON:Tyler]],[[US_SSN:526-90-1174]],part-time,3.02
[[ID_NUMBER:U48821015]],[[PERSON:Nakagawa]],[[PERSON:Emi]],[[US_SSN:602-31-8857]],full-time,3.94""",
    """Nom: [[PERSON:Marc Ribas Pons]]
Data de naixement: [[DATE_TIME:9 de maig de 1986]]
NSS: [[ID_NUMBER:08/12345678/69]]
Adreça: [[ADDRESS:Carrer de Balmes, 134, 6è 1a]]
Codi postal: [[ZIP_CODE:08008]]
Població: [[LOCATION:Barcelona]]
Mútua: Asepeyo
Baixa des de: [[DATE_TIME:03/02/2025]]""",
    """Name                     Username        Email                             Joined
[[PERSON:Ana Lúcia Ferreira]]       [[USERNAME:analu_f]]         [[EMAIL_ADDRESS:analucia.ferreira@sapo.pt]]       [[DATE_TIME:2023-11-02]]
[[PERSON:Jorge Miranda]]            [[USERNAME:jmiranda77]]      [[EMAIL_ADDRESS:jorge.miranda77@gmail.com]]       [[DATE_TIME:2024-01-19]]
[[PERSON:Inês Carvalho]]            [[USERNAME:ines.c]]          [[EMAIL_ADDRESS:ines.carvalho@outlook.pt]]        [[DATE_TIME:2024-05-30]]""",
    """| Guest | Room | Check-in | Check-out | Card |
|---|---|---|---|---|
| [[PERSON:Mr. Alistair Dunbar]] | 512 | [[DATE_TIME:2025-04-18]] | [[DATE_TIME:2025-04-21]] | [[CREDIT_CARD:4761 9820 0331 7625]] |
| [[PERSON:Ms. Kemi Adebanjo]] | 514 | [[DATE_TIME:2025-04-18]] | [[DATE_TIME:2025-04-20]] | [[CREDIT_CARD:2720 9914 0832 6689]] |
| [[PERSON:Dr. Lars Eriksen]] | 601 | [[DATE_TIME:2025-04-19]] | [[DATE_TIME:2025-04-22]] | [[CREDIT_CARD:6250 9410 0652 8144]] |""",
    """mentee,mentor,mentor_email,first_meeting
[[PERSON:Joy Uche]],[[PERSON:Dr. Adaora Nwankwo]],[[EMAIL_ADDRESS:adaora.nwankwo@unilag.edu.ng]],[[DATE_TIME:2025-01-20 15:00]]
[[PERSON:Samuel Effiong]],[[TITLE:Engr.]] [[PERSON:Bassey Okon]],[[EMAIL_ADDRESS:bassey.okon@yahoo.com]],[[DATE_TIME:2025-01-22 10:00]]
[[PERSON:Halima Garba]],[[PERSON:Mrs. Zainab Lawal]],[[EMAIL_ADDRESS:zlawal@abu.edu.ng]],[[DATE_TIME:2025-01-27 14:30]]""",
    """client:
  name: [[PERSON:Pieter-Jan Verhoeven]]
  bsn: "[[ID_NUMBER:610482737]]"
  birth_date: [[DATE_TIME:1984-10-30]]
  address: "[[ADDRESS:Lange Nieuwstraat 17]]"
  postcode: "[[ZIP_CODE:3512 PA]]"
  city: [[LOCATION:Utrecht]]
  iban: "[[IBAN_CODE:NL13 INGB 0008 2137 46]]"
  risk_class: low""",
    """Name\tRelationship\tPhone\tAddress
[[PERSON:Patricia Mulvaney]]\tSpouse\t[[PHONE_NUMBER:(02) 9418 3372]]\t[[ADDRESS:16 Gordon Crescent]], [[LOCATION:Lane Cove]] [[LOCATION:NSW]] [[ZIP_CODE:2066]]
[[PERSON:Conor Mulvaney]]\tSon\t[[PHONE_NUMBER:0438 220 915]]\t[[ADDRESS:5/22 Church Street]], [[LOCATION:Ryde]] [[LOCATION:NSW]] [[ZIP_CODE:2112]]""",
    """PPSN       Name                 Grant     Institution        Paid
[[ID_NUMBER:8203561DA]]  [[PERSON:Róisín Delaney]]       Full      University of Galway   [[DATE_TIME:25/10/2024]]
[[ID_NUMBER:6159027L]]   [[PERSON:Eoghan Fitzpatrick]]   Partial   ATU Sligo          [[DATE_TIME:25/10/2024]]""",
    """handle,display_name,followers,location,profile
@[[USERNAME:chef_tunde]],[[PERSON:Tunde Bakare]],48200,[[LOCATION:Lagos]],[[URL:https://x.com/chef_tunde]]
@[[USERNAME:mirela.paints]],[[PERSON:Mirela Dumitrescu]],3120,[[LOCATION:Cluj-Napoca]],[[URL:https://x.com/mirela.paints]]
@[[USERNAME:kai.surfs]],[[PERSON:Kai Makoa]],910,[[LOCATION:Honolulu]],[[URL:https://x.com/kai.surfs]]""",
    """DNI/NIE     | Nome completo             | Correo                          | Data da matrícula
[[ID_NUMBER:Y7741029W]]   | [[PERSON:Yasmina El Idrissi]]        | [[EMAIL_ADDRESS:yasmina.elidrissi@rai.usc.es]]    | [[DATE_TIME:15/07/2024]]
[[ID_NUMBER:X4718290R]]   | [[PERSON:Andrei Popescu]]            | [[EMAIL_ADDRESS:andrei.popescu@rai.usc.es]]       | [[DATE_TIME:18/07/2024]]""",
    """Reunion RSVP – Class of 2000
name: [[PERSON:Ngaire Thompson]] (née [[PERSON:Hapi]]) | phone: [[PHONE_NUMBER:+64 27 448 1190]] | guests: 1 | arriving: [[DATE_TIME:Fri 7 Nov, 6pm]]
name: [[PERSON:Rohan Deshpande]] | phone: [[PHONE_NUMBER:+61 411 093 552]] | guests: 0 | arriving: [[DATE_TIME:Sat 8 Nov, 10am]]
name: [[PERSON:Belinda Fuimaono]] | phone: [[PHONE_NUMBER:+64 21 339 207]] | guests: 2 | arriving: [[DATE_TIME:Fri 7 Nov, 7:30pm]]""",
]


CHAT = [
    """[14:02] Agent ([[PERSON:Priya]]): Hi, you're chatting with [[PERSON:Priya]] from Halden Bank. Can I take your full name and date of birth, please?
[14:02] Customer: [[PERSON:Malcolm Tierney]], [[DATE_TIME:3rd May 1977]]
[14:03] Agent ([[PERSON:Priya]]): Thanks [[PERSON:Malcolm]]. And the first line of your address and the postcode?
[14:03] Customer: [[ADDRESS:41 Honeysuckle Way]], [[ZIP_CODE:NN4 9TQ]]
[14:04] Customer: the machine in [[LOCATION:Northampton]] ate my card this morning, the number is [[CREDIT_CARD:4556 7300 9218 4573]]
[14:05] Agent ([[PERSON:Priya]]): I've cancelled that card and ordered a new one to your home address. Anything else I can help with?
[14:05] Customer: no that's all, cheers""",
    """Mum: [[PERSON:Kez]] did you send the halls form yet?? deadline's friday
[[PERSON:Kezia]]: yes!! sent it last night
Mum: did u put my number as emergency contact
[[PERSON:Kezia]]: yeah [[PHONE_NUMBER:07984 112 630]] right?
Mum: no that's dad's old one, mine is [[PHONE_NUMBER:07984 112 603]]
Dad: 🙄
[[PERSON:Kezia]]: omg ok I'll email accommodation, my student number is [[ID_NUMBER:K2418836]] so they can find it
Mum: and tell them ur allergic to nuts
[[PERSON:Kezia]]: already did x""",
    """#it-helpdesk
[[USERNAME:dmitri.k]]  9:41 AM
can someone reset MFA for [[PERSON:Laura Pietrangeli]]? she got a new phone, the number is [[PHONE_NUMBER:+1 415 555 0162]]
[[USERNAME:hana.w]]  9:43 AM
on it. @[[USERNAME:lpietrangeli]] you'll get an SMS in a sec
[[USERNAME:lpietrangeli]]  9:47 AM
got it, thanks [[PERSON:Hana]]! also my laptop shows [[IP_ADDRESS:10.12.4.188]] on the VPN and the printer on 3 can't see it
[[USERNAME:hana.w]]  9:49 AM
that's the guest VLAN, I'll move you over""",
    """Student Hub Live Chat
You are now connected with [[PERSON:Marcus]] (Student Records).
[[PERSON:Marcus]]: Hello! How can I help today?
[[PERSON:Adwoa Mensah]]: Hi, I need a council tax exemption certificate, my landlord at [[ADDRESS:19 Ashgrove Road]], [[ZIP_CODE:NE6 5QT]] keeps asking for it
[[PERSON:Marcus]]: No problem. Can you confirm your student ID and date of birth?
[[PERSON:Adwoa Mensah]]: [[ID_NUMBER:200418872]], [[DATE_TIME:14/01/2003]]
[[PERSON:Marcus]]: Thanks. The certificate will be emailed to your university address, [[EMAIL_ADDRESS:a.mensah3@newcastle.ac.uk]], within two working days.
[[PERSON:Adwoa Mensah]]: perfect, thank you!!""",
    """[[PERSON:Uxía]]: alguén ten o correo do profe de Estatística?
[[PERSON:Brais]]: [[EMAIL_ADDRESS:xose.outeiro@usc.gal]] creo
[[PERSON:Uxía]]: grazas! e o teléfono da [[PERSON:Carme]] para o traballo en grupo?
[[PERSON:Brais]]: [[PHONE_NUMBER:633 48 17 02]]
[[PERSON:Carme Iglesias]]: estou aquí, eh 😂 quedamos o venres na biblioteca?
[[PERSON:Brais]]: vale. por certo [[PERSON:Carme]], para a inscrición no congreso pídenme o teu DNI
[[PERSON:Carme Iglesias]]: [[ID_NUMBER:34891207T]], pero bórrao despois""",
    """[[PERSON:Brian K]]: Selling iPhone 13, 128GB, 65k. Call or text [[PHONE_NUMBER:0712 664 380]]
[[PERSON:Njeri]]: still available? can we meet at Sarit this evening?
[[PERSON:Brian K]]: yes. send me your M-Pesa name first so I know it's you
[[PERSON:Njeri]]: [[PERSON:Esther Njeri Gathoni]], number [[PHONE_NUMBER:0798 221 547]]
Group Admin: ⚠️ Reminder: share numbers in DM, not in the group. And never send anyone your ID number.""",
    """SkyLeaf Airways: Hi! How can we help you today?
[[PERSON:Renée Dubois-Tremblay]]: hi, my name on the booking is misspelled, it says [[PERSON:Renee Dubios]]
SkyLeaf Airways: Sorry about that! Could you share the booking reference and your passport number?
[[PERSON:Renée Dubois-Tremblay]]: ref QW7P2N, passport [[ID_NUMBER:HK482913]]
SkyLeaf Airways: Thanks. You're flying on [[DATE_TIME:June 12]] from [[LOCATION:Montréal]] to [[LOCATION:Lisbon]], correct?
[[PERSON:Renée Dubois-Tremblay]]: yes, and my date of birth is [[DATE_TIME:1992-08-19]] if you need it
SkyLeaf Airways: All fixed. A new e-ticket is on its way to [[EMAIL_ADDRESS:renee.dt@videotron.ca]].""",
    """[[PERSON:Grace Obi]]  10:02
New starter on Monday: [[PERSON:Liam Kovač]], first day [[DATE_TIME:Monday 7 April]], desk 3.14
[[PERSON:Grace Obi]]  10:03
his NI number is [[ID_NUMBER:NZ 38 46 12 B]] and he's on the emergency tax code for now
[[PERSON:Tom Ridley]]  10:05
ok, but please send personal stuff to me privately, not in here 🙈
[[PERSON:Grace Obi]]  10:06
sorry! his personal email is [[EMAIL_ADDRESS:liam.kovac@gmail.com]], I'll ask him to fill in the bank form himself
[[PERSON:Tom Ridley]]  10:06
👍 and tell [[PERSON:Sandeep]] he needs a laptop""",
]

LOOKALIKE = [
    """Release notes, build 4.18.2 (firmware 10.2.14.3, bootloader 2.0.0.17)
- Fixed a crash in the Dijkstra routing module when two links share the same cost.
- The Kalman filter now resets after 255 missed samples (ticket INC-0048291).
- Patched CVE-2024-3094 in the bundled xz package; image digest sha256:4c1e9a07b2d6f38e51a0c9d47e2b8f6a1d3c5e7f90b2a4c6d8e0f1a3b5c7d9e2.
- Devices with serial numbers FX7Q-2281-KL09 through FX7Q-2299-KL09 need the hotfix 4.18.2.1 first.
- Support: +1 800 555 0199 or support@nimbusrouters.com, quoting the device UUID (e.g. 3f2b8c1e-9d44-4e2a-b7a1-0c5e6d8f9a12).""",
    """Order confirmation
Order No. 114-8827361-4402917 · Invoice INV-2025-004417
Item: Morphy Richards kettle, SKU MR-108271-WH, EAN 5011832052148, qty 1
Tracking: JD0002249918833771 (estimated delivery 2–3 working days)
Deliver to: [[PERSON:Rhona Ferguson]], [[ADDRESS:12 Cairnhill Road]], [[LOCATION:Airdrie]] [[ZIP_CODE:ML6 9PR]]
Paid with Visa ending 4417
Questions? Call 0800 028 4417 (free, Mon–Fri 8–6) or email returns@homeware-direct.co.uk. Our warehouse on Tundry Way ships Monday to Saturday.""",
    """HIST2205 Victorian Britain – reading list (semester 2)
Core texts: The Age of Capital, ISBN 978-1-84792-034-8; Victorian Cities, ISBN 978-0-7139-9217-5; A Companion to Nineteenth-Century Britain, ISBN 978-1-138-48192-3.
Seminars meet in the Brunel Room, Parkinson Building, on Thursdays; the Gladstone collection is on level 3 of the Brotherton Library.
Essay 1 (submission code HIST2205-E1, 2,500 words) is due in week 7 via the VLE.
Module convenor: [[PERSON:Dr. Eleanor Haskins]] ([[EMAIL_ADDRESS:e.haskins@leeds.ac.uk]]). General enquiries: history-office@leeds.ac.uk, 0113 343 2600.""",
    """May/June exam timetable — School of Mathematics
MATH2301 Fourier Analysis, paper code 23-MA-0417, Turing Building LT2, seats 1–148
MATH2410 Bayesian Statistics, paper code 23-MA-0422, Newton Room, seats 1–96
MATH3050 Markov Chains, paper code 23-MA-0431, Sports Hall Block B, seats 201–340
Bring your campus card; candidate desk numbers are printed on the seating plan outside each room. Lost cards: security desk, ext. 4417.
Late change: [[PERSON:Oliver Brandauer]] (student ID [[ID_NUMBER:10493381]]) sits MATH2410 in the separate room under his access arrangements.""",
    """Asset register export – Lab 2.07
Asset tag UNI-IT-004417 · Dell OptiPlex 7010 · S/N 8HQ4LW3 · MAC 00:1B:44:11:3A:B7 · assigned to [[PERSON:Joanna Birch]]
Asset tag UNI-IT-004418 · Dell OptiPlex 7010 · S/N 8HQ4LW4 · MAC 00:1B:44:11:3A:B8 · pool
Asset tag UNI-IT-004502 · iPad Air (5th gen) · IMEI 356938035643809 · GTIN 0194252817643 · pool
Asset tag UNI-IT-004519 · Zebra ZD421 label printer · S/N D4J221503987 · lot 22-0419 · pool
Warranty reference WR-2023-88172-UK, expires with the framework contract.""",
    """Supplier payment memo
PO 4500219873 and PO 4500219874 (Kestrel Lab Supplies Ltd, company no. 08812345, VAT GB 294 1173 62) were approved for payment against invoices KLS-INV-77120 and KLS-INV-77133.
Remittance goes to the supplier's account on file via BACS (sort code 20-00-00); SWIFT BARCGB22 for the euro invoice.
Accounts payable: ap@university-finance.ac.uk, 020 7946 0000 ext. 2.
Supplier contact for queries: [[PERSON:Deborah Ashworth]], [[EMAIL_ADDRESS:deborah.ashworth@kestrellabs.co.uk]], [[PHONE_NUMBER:07700 151 948]].""",
    """Patient information – levodopa/carbidopa 100 mg/25 mg tablets (Lot 4B7721, exp 11/2026, NDC 0093-7146-56)
Used to treat the symptoms of Parkinson's disease. Do not take with MAO inhibitors. Tell your doctor if you have had Hodgkin lymphoma or if a family member has Huntington's disease. The Epley manoeuvre may help with the dizziness some people feel in the first weeks.
Pharmacy helpline: 0300 123 4417.
Label: [[PERSON:Arthur Penhaligon]], [[AGE:79]] — take ONE tablet three times a day with food.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind102", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind77.jsonl: a *blind*, hand-written labeled PII set (240 records).

    .venv/bin/python tests/data/make_blind77.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, its import lines and the first line of its first
record list) and its tail from `STYLES = {` to the end (the scaffolding,
copied here), gold_sets.py (whole file) and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`). Not read: minimize/, recognizers/, any other test, bench/, the
README, any *.jsonl set (this one's output included), any other make_*.py,
the rest of make_blind22.py and make_handwritten.py, and git history, log or
status (git was not run at all). The detector, the bench and the tests were
never run. Do not tune the detector against this set: once it has been used
to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with their country's length (`gold_sets.check` refuses a bad
one); the Italian CIN letter, the French RIB key, the Spanish control digits,
the Belgian and Norwegian national checks inside the IBANs are right too.
National ids with a public check digit got a valid one, worked out by
throwaway code run by hand while writing (not generated here): Swedish
personnummer and samordningsnummer (Luhn), Italian codice fiscale (derived
from the name, birth date, sex and birthplace code shown, with its check
letter), NHS number, Canadian SIN, Aadhaar (Verhoeff), Australian TFN and
Medicare number, New Zealand IRD and NHI numbers, Ontario health card
number, Irish PPSN, Singapore NRIC / FIN, South African ID and tax
reference, Dutch BSN, Spanish DNI / NIE, Finnish HETU, Norwegian
fodselsnummer, Polish PESEL, Brazilian CPF, German tax id and UK UTR; where
an id encodes sex or birth date it agrees with the person shown. The
look-alikes that carry a check digit (ISBN-13, EAN-13, Swedish
organisationsnummer, bankgiro and OCR number, UK VAT number, UPS tracking
numbers) are valid too. UK NI numbers, US SSNs and ITINs, PAN, Kenyan,
Nigerian and Philippine ids, passports, licences, plates, bank account
numbers and staff, student, member, patient and library-card numbers were
not checked.

Styles (ids `blind77-<style>-NNN`; 240 records), table-heavy:
- `gen` (80): one to four LLM-style "realistic sentences with personal
  data"; extra weight on government benefits, tax returns and pensions
  (Social Security, SNAP, Medicaid, VA, HMRC, DWP, Centrelink, ATO, CRA,
  SASSA, CPF, SSS, NSSF, INPS, Agenzia delle Entrate, Forsakringskassan,
  Skatteverket, Pensionsmyndigheten), the rest spread over banking, health,
  pharmacy, insurance, legal, schools, HR, retail, travel, telecoms,
  lettings, gaming, social media, tech support, deliveries, gyms, vets,
  courts, churches, clubs and more; names at the start, middle and end,
  lowercase and possessive; ages, dates, addresses, phones and ids in many
  shapes.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd dense sentences with names, job titles, streets with building
  numbers, secondary addresses, IPs, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts, medical
  and loan forms, notices) and Nemotron-PII (JSON, log lines, SQL, XML,
  YAML / config, code, tickets and forms).
- `table` (60): one small table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks), with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat; speakers'
  names are labeled wherever they appear.
- `lookalike` (7): texts full of non-PII that looks like PII, with the few
  real PII values labeled; one has no PII at all.
About nine records in ten are in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, the Philippines, South Africa,
Nigeria and Kenya contexts, with names from the many cultures living
there); the rest (24) are in Italian and Swedish.

Labeling conventions: those of make_blind22.py's docstring, in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (also "signora", "dott.", "Sig.", "Rev.", "Revd",
  "Fr.", "Rabbi", "Sgt.", "Esq."), labeled apart from it; job titles and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor, lgh, scala /
  interno), PO boxes, house and building names; city, district, county,
  state / province / region and country are LOCATION; postcodes of every
  shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start, filing,
  hearing, visit, signature, login ...) with a day or a month, in any
  shape; a weekday or a clock time said with such a date is inside the
  span, a time or a weekday alone is not; not bare years, durations or
  dates not tied to a person.
- AGE: the number only. USERNAME: the handle without "@". URL: personal
  pages and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security / pension ids, patient,
  staff, student, customer, member and library-card numbers, bank account
  numbers, non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, sex / gender, job titles, employers, user
  agents, MAC addresses, BIC / SWIFT, sort codes, BSB, IFSC, transit and
  routing numbers, clearing numbers, CVVs and expiries, PINs, order /
  ticket / claim / policy / booking / tracking / case references, company
  phone numbers and role mailboxes, versions, hashes, serials, partial
  numbers ("ending 4417"), pets, eponyms and brands named after people,
  header rows and keys.
- Calls made while writing this set: in a table a "sex", "gender",
  "role", "dept", "status", "plan", "language" or "tier" column stays
  unlabeled, an "age" column is AGE, a "country", "state", "county" or
  "region" column is LOCATION, and a "nationality", "faith" or "party"
  column is NRP; a building number or a secondary address in its own field
  is ADDRESS; a Swedish "c/o" keeps the c/o outside the PERSON span; a
  Swedish clearing number written together with the account number
  ("8327-9, 914 803 771-2") stays inside that ID_NUMBER (alone it would not
  be labeled); professional letters before a name ("RN") stay outside;
  a company's own social handle is not a USERNAME; a timestamp of a
  person's own action (login, filing, submission, upload, payment, commit,
  profile change, a message in an exported thread) is DATE_TIME, in a log
  line too, while a system or batch timestamp with no person behind it is
  not; a permit's or document's validity and expiry dates, and a bank's
  value or posting date, are not labeled, while the date a person pays,
  sends, gives or is written to (a letter's date) is.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind77.jsonl")

GEN = [
    # government benefits, tax returns, pensions (English)
    """[[PERSON:Doreen Walczak]] called the Social Security field office on [[DATE_TIME:Tuesday, March 4, 2025]] to ask why her survivor benefit dropped after her husband [[PERSON:Edmund]]'s death; her SSN is [[US_SSN:518-62-4097]] and the callback number she left was [[PHONE_NUMBER:(608) 271-4490]].""",
    """My dad turned [[AGE:66]] on [[DATE_TIME:August 9]] and we still haven't heard back about his retirement application. The confirmation letter was addressed to [[PERSON:Raymond T. Okafor]], [[ADDRESS:2290 Willow Bend Dr, Apt 14C]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]].""",
    """Filing jointly this year: [[PERSON:Marisol]] and [[PERSON:Diego Arellano]], SSNs [[US_SSN:611-08-3324]] and [[US_SSN:627-41-0958]]. Refund by direct deposit to checking account [[ID_NUMBER:4410038821667]], routing 122000661.""",
    """hi, i'm trying to claim Pension Credit for my mum [[PERSON:margaret o'dwyer]], she's [[AGE:81]] and lives at [[ADDRESS:7 Cleveland Terrace]], [[LOCATION:Darlington]] [[ZIP_CODE:DL3 7HB]]. her NI number is [[ID_NUMBER:JK 43 82 19 C]], can i ring on her behalf from [[PHONE_NUMBER:07831 552 904]]?""",
    """Service Canada mailed [[PERSON:Harjit Sandhu]]'s Old Age Security statement to the wrong unit; it should go to [[ADDRESS:1808-45 Kingsbridge Garden Cir]], [[LOCATION:Mississauga]], [[LOCATION:ON]] [[ZIP_CODE:L5R 3K4]]. SIN on file: [[ID_NUMBER:277 193 041]].""",
    """Your 2023-24 tax return for [[PERSON:Lachlan Pereira-Hughes]] (TFN [[ID_NUMBER:465 372 817]]) was lodged on [[DATE_TIME:31/10/2024]]. We'll send the notice of assessment to your myGov inbox and a copy to [[EMAIL_ADDRESS:lachie.ph@outlook.com.au]].""",
    """[[PERSON:Aroha Ngata]], a [[AGE:34]]-year-old single mum from [[LOCATION:Logan]], has her Centrelink appointment at [[DATE_TIME:10:15 am on Thursday 12 June]]; her CRN is [[ID_NUMBER:207 418 335K]] and she asked for an interpreter for her mother.""",
    """Pensioner [[PERSON:K. Venkataraman]] (PPO No. [[ID_NUMBER:MDS/CGA/112408]]) has to submit his life certificate by [[DATE_TIME:30 November]]. Aadhaar [[ID_NUMBER:7382 9104 6551]], registered mobile [[PHONE_NUMBER:+91 94440 17263]].""",
    """[[PERSON:Siobhán Kavanagh]] rang the Department of Social Protection about her Jobseeker's Benefit. PPSN [[ID_NUMBER:8826413C]], date of birth [[DATE_TIME:02/09/1991]], address [[ADDRESS:Apt 3, 14 Dock Road]], [[LOCATION:Limerick]], [[ZIP_CODE:V94 E2K7]].""",
    """SASSA has confirmed that the older persons grant for [[PERSON:Nomvula Dlamini]] (ID [[ID_NUMBER:6107270144089]]) will be paid into her own account from [[DATE_TIME:3 March 2025]]. She can be reached on [[PHONE_NUMBER:082 614 3390]] or through her neighbour [[PERSON:Thandi]].""",
    """Before we can e-file, [[PERSON:Mr. Takahashi]], please confirm your ITIN [[ID_NUMBER:912-78-4406]] and your wife [[PERSON:Emiko]]'s date of birth, which we have as [[DATE_TIME:1979-05-22]].""",
    """Hello [[PERSON:Gurpreet]], your State Pension forecast is ready. Based on your National Insurance record ([[ID_NUMBER:SN 71 24 08 D]]) you will reach State Pension age on [[DATE_TIME:14 February 2041]].""",
    """my grandma [[PERSON:Lucille Boudreaux]], born [[DATE_TIME:12/03/1940]], needs her Medicare card replaced. her MBI is [[ID_NUMBER:1EG4-TE5-MK73]] and she lives at [[ADDRESS:418 Rue Toulouse]] in [[LOCATION:Lafayette]], [[LOCATION:Louisiana]].""",
    """Veteran [[PERSON:Curtis Alvarado]], [[AGE:72]], asked the VA to mail his pension award letter to [[ADDRESS:PO Box 1187]], [[LOCATION:Sierra Vista]], [[LOCATION:AZ]] [[ZIP_CODE:85636]] instead of his daughter's house.""",
    """The SNAP recertification interview for [[PERSON:Latoya Brooks-Fenwick]] is set for [[DATE_TIME:Monday 4/14 at 2:30 PM]] and the caseworker will call [[PHONE_NUMBER:(314) 860-2217]]. Household: [[PERSON:Latoya]], her son [[PERSON:Jaylen]] ([[AGE:9]]) and her mother.""",
    """[[PERSON:Wanjiru Kamau]] retired on [[DATE_TIME:30 June 2024]] and has applied for her NSSF benefits. ID No. [[ID_NUMBER:28815603]], KRA PIN [[ID_NUMBER:A009318842P]], M-Pesa line [[PHONE_NUMBER:0722 418 905]].""",
    """The PFA updated the record of [[PERSON:Chukwuemeka Obi]] (RSA PIN [[ID_NUMBER:PEN100482917736]]), a retired civil servant from [[LOCATION:Enugu]], after he submitted his BVN [[ID_NUMBER:22184736609]] on [[DATE_TIME:12th May 2025]].""",
    """My SSS pension hasn't come in since [[DATE_TIME:January 15]]. [[PERSON:Teresita Manalo]], SSS No. [[ID_NUMBER:03-4418762-9]], [[ADDRESS:Blk 12 Lot 7 Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]].""",
    """[[PERSON:Hemi Parata]] applied for NZ Super on [[DATE_TIME:21 March 2025]], a month before turning [[AGE:65]]. IRD number [[ID_NUMBER:049-218-776]], mobile [[PHONE_NUMBER:021 448 9027]].""",
    """[[PERSON:Tan Boon Huat]] (NRIC [[ID_NUMBER:S8714326J]]) wants to know what he can take out of his CPF when he turns [[AGE:55]]; please post the forms to [[ADDRESS:Blk 412 Ang Mo Kio Ave 10, #08-1127]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]].""",
    """The IRS notice for [[PERSON:Aaliyah Mensah]] says she underreported $3,140 of 1099-K income. Her preparer, [[PERSON:Gideon Farkas]], EA, can be reached at [[EMAIL_ADDRESS:gfarkas@farkastax.com]] or on his cell [[PHONE_NUMBER:718-594-2260]].""",
    """[[PERSON:jose luis ramírez]] filed his weekly unemployment certification from [[IP_ADDRESS:73.162.48.209]] on [[DATE_TIME:Sunday, Feb 9, 2025 11:42 PM]]; claimant ID [[ID_NUMBER:UI-0077381152]].""",
    """[[PERSON:Dr. Anjali Menon]] completed the PIP questionnaire for her patient [[PERSON:Thomas Whitcombe]] (DOB [[DATE_TIME:7 Oct 1968]]), who now lives at [[ADDRESS:Flat 2, 56 Beechwood Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS4 3QN]].""",
    """[[PERSON:Agnieszka Nowak]] claims Child Benefit for [[PERSON:Zofia]] (born [[DATE_TIME:18.01.2023]]) and [[PERSON:Kuba]]. She moved from [[LOCATION:Kraków]] to [[LOCATION:Peterborough]] in [[DATE_TIME:March 2019]] and her NI number is [[ID_NUMBER:PZ 55 30 71 B]].""",
    """Please transfer my pension pot from my old workplace scheme to Nest. Name: [[PERSON:Oluwaseun Adeyemi-Clarke]]. DOB: [[DATE_TIME:29/02/1984]]. NINO: [[ID_NUMBER:TW 18 44 02 A]]. Email: [[EMAIL_ADDRESS:seun.adeyemiclarke@gmail.com]].""",
    """[[PERSON:Fergus MacLeod]] submitted his Self Assessment at [[DATE_TIME:23:58 on 30 January 2025]], two minutes before the deadline; his UTR is [[ID_NUMBER:11203 77590]] and HMRC still owes him £412.""",
    """[[PERSON:Mrs. Eileen Forsythe]], [[AGE:88]], of [[ADDRESS:Rose Cottage, Mill Lane]], [[LOCATION:Ludlow]], has asked for her teacher's pension to be paid into her new account, sort code 20-45-77, account number [[ID_NUMBER:41938827]].""",
    """[[PERSON:Wei Zhang]] needs a copy of last year's W-2 from his former employer. Please mail it to [[ADDRESS:3301 Spring Garden St, Unit 5R]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19104-2875]].""",
    """Medicaid ID [[ID_NUMBER:MA7734190022]] belongs to [[PERSON:Destiny Huerta]], [[AGE:27]], who is due on [[DATE_TIME:September 3]]; her caseworker is [[PERSON:Ms. Pruitt]] at the county office.""",
    """[[PERSON:Marie-Claude Tremblay]] applied for her CPP retirement pension to start on [[DATE_TIME:1 July 2025]]. Her SIN is [[ID_NUMBER:538 026 147]] and the deposits go to transit 00142, account [[ID_NUMBER:5021887]].""",
    """[[PERSON:Ramon dela Cruz]]'s TIN is [[ID_NUMBER:318-447-902-000]]; his BIR Form 1700 was filed with RDO 38 in [[LOCATION:Quezon City]] on [[DATE_TIME:April 14, 2025]].""",
    # government benefits, tax returns, pensions (Swedish)
    """[[PERSON:Birgitta Lindqvist]], född den [[DATE_TIME:11 juni 1947]], får sin allmänna pension insatt på kontot [[ID_NUMBER:8327-9, 914 803 771-2]]. Personnummer: [[ID_NUMBER:19470611-0329]].""",
    """Hej! Jag heter [[PERSON:Amir Hosseini]] och har sökt bostadsbidrag hos Försäkringskassan. Mitt personnummer är [[ID_NUMBER:870219-4153]] och jag bor på [[ADDRESS:Rosengårdsvägen 21 lgh 1103]], [[ZIP_CODE:214 35]] [[LOCATION:Malmö]]. Ring mig gärna på [[PHONE_NUMBER:073-618 22 40]].""",
    """Deklarationen för [[PERSON:Elin Sjöberg]] ([[ID_NUMBER:920130-7643]]) lämnades in digitalt den [[DATE_TIME:2 maj 2025 kl. 21.47]]; återbäringen på 4 312 kr betalas ut i juni till hennes konto hos Nordea.""",
    """[[PERSON:lars-erik]] har fått beslut om sjukersättning. Handläggaren nås via växeln 0771-524 524 och beslutet skickades till [[EMAIL_ADDRESS:le.nyberg@telia.com]] i förra veckan.""",
    # government benefits, tax returns, pensions (Italian)
    """La [[TITLE:signora]] [[PERSON:Rosaria Gallo]], nata a [[LOCATION:Genova]] il [[DATE_TIME:5 giugno 1944]], percepisce la pensione di reversibilità dall'INPS; codice fiscale [[ID_NUMBER:GLLRSR44H45D969S]], residente in [[ADDRESS:Via Cantore 118/4]], [[ZIP_CODE:16149]] [[LOCATION:Genova]].""",
    """Per il 730 precompilato di [[PERSON:Matteo Colombo]] ([[ID_NUMBER:CLMMTT85A09F205S]]) il rimborso sarà accreditato sull'IBAN [[IBAN_CODE:IT45J0200811710000104477052]]; per dubbi scrivete a [[EMAIL_ADDRESS:matteo.colombo85@libero.it]].""",
    """Buongiorno, sono [[PERSON:Chiara]], vorrei sapere a che punto è la domanda di assegno unico che ho presentato il [[DATE_TIME:14/02/2025]]. Il mio cellulare è [[PHONE_NUMBER:347 812 0936]].""",
    """Il [[TITLE:dott.]] [[PERSON:Lorenzo Marchetti]] ha accompagnato il padre al CAF di [[LOCATION:Firenze]], in [[ADDRESS:via dei Serragli 41]], per il modello RED: appuntamento [[DATE_TIME:giovedì 6 marzo alle 9:30]].""",
    # everything else
    """Hey, it's [[PERSON:Nadia Haddad]]. I lost my debit card at [[LOCATION:Heathrow]] this morning, the number was [[CREDIT_CARD:4532 0188 7716 0425]]. Please freeze it and text me on [[PHONE_NUMBER:+44 7480 331 295]].""",
    """Patient [[PERSON:Emmanuel Boateng]], [[AGE:58]], NHS number [[ID_NUMBER:943 476 5919]], was admitted to ward 7B at [[DATE_TIME:04:20 on 3rd Feb 2025]] with chest pain and is being seen by cardiology.""",
    """Prescription ready for pickup for [[PERSON:ingrid castellanos]] (DOB [[DATE_TIME:04-11-1976]]) at our Elm Street store. We'll text [[PHONE_NUMBER:786.204.3318]] once it's bagged.""",
    """Our insured, [[PERSON:Kwame Asante]], reported the collision on [[DATE_TIME:Friday 17 January 2025]]. The other driver, [[PERSON:Brianna Kowalczyk]], gave her licence number as [[ID_NUMBER:KOWAL857197B99NM]] and her registration as [[ID_NUMBER:BK19 XRT]].""",
    """The deposition of [[PERSON:Harold Q. Birnbaum]] is scheduled for [[DATE_TIME:June 10, 2025 at 9:00 a.m.]] at our offices. Opposing counsel [[PERSON:Renata Solís]] has asked that the witness bring his passport ([[US_PASSPORT:583920174]]).""",
    """[[PERSON:Priyanka]]'s mum here, she'll be off school from [[DATE_TIME:Wednesday 21 May]] for her grandmother's funeral in [[LOCATION:Ahmedabad]]. Student ID [[ID_NUMBER:S2281047]]. Thanks, [[PERSON:Hetal Joshi]]""",
    """Admissions flagged an application from [[PERSON:Chidinma Eze]], a [[NRP:Nigerian]] national born [[DATE_TIME:15 August 2006]], whose passport [[ID_NUMBER:A09182736]] runs out before the course ends.""",
    """Welcome aboard, [[PERSON:Sebastián Ortega]]! Your first day is [[DATE_TIME:Monday, 2 June]], your employee number is [[ID_NUMBER:E-104772]] and your laptop will be couriered to [[ADDRESS:77 Harbour Street, Unit 1204]], [[LOCATION:Toronto]] [[ZIP_CODE:M5J 0B1]].""",
    """Payroll note: [[PERSON:Tamsin Greaves]] changed her bank details on [[DATE_TIME:28/04/2025]]. New IBAN [[IBAN_CODE:GB17BARC20765873340127]]; the old account ending 7712 is closed.""",
    """Return request from [[PERSON:Mohammed Al-Farsi]] for the blender, order #A-448201-77. Refund to the Mastercard [[CREDIT_CARD:5412 7730 9184 5365]] and send the confirmation to [[EMAIL_ADDRESS:m.alfarsi@hotmail.co.uk]].""",
    """Booking for [[PERSON:Ms. Yuki Nakamura]] and [[PERSON:Daniel Frey]], check-in [[DATE_TIME:Thu 14 Aug 2025]], three nights, sea view. Passport numbers [[ID_NUMBER:TK4481920]] and [[ID_NUMBER:C8JT2L4P1]].""",
    """guest in 512, [[PERSON:Oleksandr Bondarenko]], says he left his charger behind. he gave [[EMAIL_ADDRESS:obondarenko@ukr.net]] and [[PHONE_NUMBER:+380 67 412 8830]] and wants it posted to him in [[LOCATION:Kyiv]].""",
    """To port [[PHONE_NUMBER:0412 776 031]] across to us, [[PERSON:Chloe]], we'll need your current account number with your old carrier ([[ID_NUMBER:3001 8847 221]]) and the date of birth on that account.""",
    """Tenant [[PERSON:Gabriel Mbeki]] and his partner [[PERSON:Lerato]] move into [[ADDRESS:14 Kloof Nek Road, Unit 3]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]] on [[DATE_TIME:1 September]]; his ID number is [[ID_NUMBER:0111056219087]].""",
    """Player report: [[USERNAME:xX_n1ghtowl_Xx]] (name on the account [[PERSON:Connor Fitzpatrick]], age [[AGE:16]]) logged in from [[IP_ADDRESS:2a02:c7c:5e41:9100:1d8:4fe2:a07b:33c1]] two days after his ban.""",
    """I found my old friend [[PERSON:Miguel Ángel Duarte]] on Instagram as [[USERNAME:migue.duarte.photo]]; his site [[URL:https://www.migueduartephoto.com]] still gives his studio as [[ADDRESS:2150 Mission St]], [[LOCATION:San Francisco]].""",
    """Hi, this is [[PERSON:Ruth Abernathy]] from accounting. My laptop (asset tag LT-20931) won't connect to the VPN; it shows [[IP_ADDRESS:10.44.18.203]] and my login is [[USERNAME:rabernathy]].""",
    """We couldn't deliver the parcel for [[PERSON:Kofi Mensah]] to [[ADDRESS:Flat 9, Ashdown House, 23 Peckham Road]], [[LOCATION:London]] [[ZIP_CODE:SE5 8UH]]. Rebook online with tracking number 1Z4E7W210377309186.""",
    """new member: [[PERSON:jade o'connell]], [[AGE:29]], emergency contact [[PERSON:Niamh O'Connell]] on [[PHONE_NUMBER:087 221 4409]] (sister), membership starts [[DATE_TIME:03/03/2025]].""",
    """[[PERSON:Mr. Adebayo]] brought Biscuit in for her boosters on [[DATE_TIME:8 March]]; please send the next reminder to [[EMAIL_ADDRESS:tunde.adebayo@yahoo.com]], not to his old number.""",
    """Safety report: [[USERNAME:sunnyside_sam]] posted a match's full name, [[PERSON:Olivia Brandt]], together with her address, [[ADDRESS:61 Hawthorne Ave]], [[LOCATION:Boise]]. Account suspended pending review.""",
    """RSVP from [[PERSON:Ananya]] & [[PERSON:Rohan Kapoor]]: two adults and one child ([[PERSON:Ishaan]], [[AGE:4]]), arriving [[DATE_TIME:Friday 12 September, 6 pm]]. No nuts for [[PERSON:Ishaan]], please!""",
    """Parish register: baptism of [[PERSON:Gabriela Sofia Pereira]], daughter of [[PERSON:Tiago]] and [[PERSON:Ana Pereira]], on [[DATE_TIME:Sunday 27 April 2025]] at St Anthony's; godmother [[PERSON:Luísa Matos]].""",
    """Driver [[PERSON:Fatima Zahra Benali]], Ontario licence [[ID_NUMBER:B4412-70981-50613]], picked up the Corolla at [[DATE_TIME:07:45 on 16/07/2025]] and paid with the Amex [[CREDIT_CARD:378284629105531]].""",
    """Account holder [[PERSON:Dmitri Volkov]] of [[ADDRESS:88 Larchmont Rd]], [[LOCATION:Buffalo]], [[LOCATION:NY]] [[ZIP_CODE:14214]] asked us to move the gas account into his wife [[PERSON:Svetlana]]'s name from [[DATE_TIME:May 1]].""",
    """overdue notice: [[PERSON:pham thi lan]], library card [[ID_NUMBER:21982004471936]], three items were due back on [[DATE_TIME:2025-03-18]].""",
    """[[PERSON:Rahim Uddin]], a [[NRP:Bangladeshi]] citizen, attended his biometrics appointment in [[LOCATION:Croydon]] on [[DATE_TIME:11 April 2025 at 14:10]]; his BRP number is [[ID_NUMBER:ZU4418273]].""",
    """The hearing in [[PERSON:Cole]] v. [[PERSON:Cole]] has been moved to [[DATE_TIME:Wednesday, July 9, 2025, 1:30 p.m.]] in Department 14; [[PERSON:Jessamyn Cole]] will appear by video from [[LOCATION:Reno]].""",
    """U12 registration: [[PERSON:Mateo Rossi-Kaur]], born [[DATE_TIME:2013-10-02]]; parent [[PERSON:Simran Kaur]], [[EMAIL_ADDRESS:simran.kaur.rk@gmail.com]], [[PHONE_NUMBER:+61 423 908 114]].""",
    """At the town hall [[PERSON:Yusuf Demir]], a [[NRP:Muslim]] father of three from [[LOCATION:Dearborn]], said his son [[PERSON:Emre]] had been turned away from the clinic on [[DATE_TIME:February 20]].""",
    """We noticed a sign-in to [[PERSON:Helena Sørensen]]'s online banking from [[IP_ADDRESS:185.220.101.47]] at 03:12. Her card [[CREDIT_CARD:4916 7115 0338 2977]] is blocked and a new one goes to [[ADDRESS:Nørrebrogade 54, 3. tv]], [[ZIP_CODE:2200]] [[LOCATION:København N]].""",
    """[[PERSON:Kayode]] and [[PERSON:Funmilayo Adeleke]], both [[AGE:38]], are applying for a joint mortgage of £310,000 from their current address at [[ADDRESS:41 Ravensworth Gardens]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK10 9FD]].""",
    """KYC pending: [[PERSON:Lin Xiaoyu]], DOB [[DATE_TIME:1995/03/08]], passport no. [[ID_NUMBER:E48291736]], selfie uploaded from [[IP_ADDRESS:113.88.214.6]].""",
    """Your driver [[PERSON:Abdi]] is on the way in a white Prius, plate [[ID_NUMBER:8KXV204]]. Pickup at [[ADDRESS:2719 N Sheffield Ave]] on [[DATE_TIME:Sat, Mar 22 at 7:05 AM]].""",
    """Reminder: [[PERSON:Beatriz]], your cleaning with [[PERSON:Dr. Okonkwo]] is on [[DATE_TIME:Tuesday the 8th at 3:40]]. Reply C to confirm or call the front desk.""",
    """Quote for [[PERSON:Declan Murphy]], [[AGE:19]], first car: 2014 Fiesta, reg [[ID_NUMBER:141-D-30772]], kept overnight at [[ADDRESS:12 Ard na Mara]], [[LOCATION:Salthill]], [[LOCATION:Co. Galway]].""",
    """Congratulations to [[PERSON:Amara Okoye]] of [[LOCATION:Lagos]], [[AGE:17]], this year's Ibeji Foundation scholar; she can be reached at [[EMAIL_ADDRESS:amara.okoye07@gmail.com]].""",
    """Thank you, [[TITLE:Rev.]] [[PERSON:Malcolm Achebe-Ward]], for your gift of $250 on [[DATE_TIME:12/24/2024]], charged to the card ending 1007.""",
    """SD41KX7T2Q Confirmed. Ksh2,500.00 sent to [[PERSON:JOSEPH OTIENO]] [[PHONE_NUMBER:0711204683]] on [[DATE_TIME:4/5/25 at 6:18 PM]]. New M-PESA balance is Ksh1,204.50.""",
    """Dear [[PERSON:Suresh Iyer]], your PAN [[ID_NUMBER:AJKPI4471M]] has been linked to Aadhaar [[ID_NUMBER:4127 6630 9185]]. For queries write to our helpdesk, do not reply to this SMS.""",
    """The movers arrive [[DATE_TIME:Saturday 5 July, 8 a.m.]] at [[ADDRESS:9 Kingfisher Close]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 8NP]]; on the day, call [[PERSON:Bart Nkemelu]] on [[PHONE_NUMBER:07912 448 301]].""",
]

BENCH = [
    # ai4privacy-like
    """[[PERSON:Ms. Ottilie Brandt-Nakashima]], as the newly appointed Regional Compliance Liaison you will receive a corporate card, [[CREDIT_CARD:5168 3200 4477 9121]] (exp 09/27, CVV 418), at [[ADDRESS:4471 Quarry Hollow Lane, Suite 300]], [[LOCATION:Bozeman]], [[LOCATION:Gallatin County]], [[LOCATION:MT]] [[ZIP_CODE:59715]].""",
    """Assessment results for [[PERSON:Kaito]] ([[AGE:42]], male) were uploaded from device 3C:52:82:A1:7F:0E using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 at [[IP_ADDRESS:192.168.14.77]]; forward them to [[EMAIL_ADDRESS:kaito.yamashiro@protonmail.com]].""",
    """Hi [[PERSON:Ximena]], the Lead Intranet Architect approved your reimbursement. Funds leave IBAN [[IBAN_CODE:DE44500105175407324931]] (BIC COBADEFFXXX) on 11/06/2024. Your username [[USERNAME:ximena.villalobos88]] and password Tq7!vZ2#pL must be reset before then.""",
    """Dear [[PERSON:Oyelaran]], the Senior Tax Analyst at our [[LOCATION:North Rhine-Westphalia]] office has scheduled your audit for [[DATE_TIME:2024-11-19T14:00]]. Bring identity card [[ID_NUMBER:C4F7R29K1]] and your tax identification number [[ID_NUMBER:65920731853]].""",
    """Invoice for [[PERSON:Amaru Quispe]], Global Identity Strategist, goes to [[EMAIL_ADDRESS:aquispe@wanderlust-andes.pe]]; payment on [[CREDIT_CARD:3566 0048 2913 3703]], CVV 902, billing address [[ADDRESS:Jr. Huallaga 338, Dpto. 5B]], [[LOCATION:Lima]], [[LOCATION:Peru]].""",
    """Our records show [[PERSON:Thaddeus Ikwuemesi]] accessed the portal as [[USERNAME:tikwuemesi_77]] from [[IP_ADDRESS:41.203.65.118]] (MAC 00:1B:44:11:3A:B7) on [[DATE_TIME:03/07/2023 at 22:16]]; browser Mozilla/5.0 (iPhone; CPU iPhone OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Mobile/15E148 Safari/604.1.""",
    """In the art therapy workshop at [[ADDRESS:905 Calle del Sol]], [[LOCATION:Santa Fe]], facilitator [[PERSON:Wren Adeyinka-Holt]] ([[AGE:51]]) will guide a group of veterans. Contact her at [[PHONE_NUMBER:+1-505-372-8841]] or [[EMAIL_ADDRESS:wren.ah@artheal.org]].""",
    """Employee [[PERSON:Leopold Vanterpool]], Dynamic Markets Officer, was born on [[DATE_TIME:September 30th, 1972]], holds passport [[US_PASSPORT:492017735]] and California driver's license [[US_DRIVER_LICENSE:V3318027]]; SSN [[US_SSN:289-40-1176]].""",
    """Attention [[PERSON:Mx. Rowan Ebbesen]]: your account at the [[LOCATION:Aalborg]] branch was debited 1.842 DKK on [[DATE_TIME:14.02.2024]]. IBAN [[IBAN_CODE:DK4830005287140391]], BIC DABADKKK. Questions: [[PHONE_NUMBER:+45 21 48 93 07]].""",
    """[[PERSON:Zainab]], the pediatric nutrition survey in [[LOCATION:Kano State]] measured heights (132 cm) and weights of [[AGE:11]]-year-olds; send the raw sheets to [[EMAIL_ADDRESS:z.bello@nutrisurvey.ng]] before your leave on [[DATE_TIME:May 2nd]].""",
    """Ship to: [[PERSON:Caspian Eldridge-Mwangi]], [[ADDRESS:48 Ngong Road, Block C, Apt 12]], [[LOCATION:Nairobi]] [[ZIP_CODE:00505]]. Contact [[PHONE_NUMBER:+254 733 812 406]]. Card [[CREDIT_CARD:4799 1230 5566 7817]], expires 03/28.""",
    """The vehicle registered to [[PERSON:Ignatius Pemberton]], plate [[ID_NUMBER:WX21 KPL]], was caught by camera at [[DATE_TIME:08:41 on 12/01/2025]] outside [[ADDRESS:212 Holloway Road]], [[LOCATION:Islington]], [[ZIP_CODE:N7 8DD]].""",
    """[[PERSON:Odalys]] requested the remote onboarding kit. Role: Senior Accounts Orchestrator. Laptop MAC 6C:4B:90:2E:D1:85, IPv6 [[IP_ADDRESS:fe80::9a3c:41ff:fe27:b06d]], preferred email [[EMAIL_ADDRESS:odalys.ferrer@fastmail.com]].""",
    """Regarding the lease at [[ADDRESS:Unit 7, 1190 Kapiolani Blvd]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]]: tenant [[PERSON:Keoni Kahananui]] paid the deposit with [[CREDIT_CARD:6011 3902 8471 6254]] on [[DATE_TIME:August 1, 2024]].""",
    """Hi [[PERSON:Bertrand]]! As Chief Brand Technician, can you approve the £2,300 transfer to [[PERSON:Priscilla Onyango]]'s account, IBAN [[IBAN_CODE:GB78LOYD30962218457730]]? Her number is [[PHONE_NUMBER:+44 7700 918 342]].""",
    """The webinar sign-up from [[PERSON:Anneliese Okoro-Lindahl]] (username [[USERNAME:aokoro.l]], password mZ9$pq!2Lw) came from [[IP_ADDRESS:86.142.77.19]] with Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15.""",
    """Re: counselling referral. [[PERSON:Jericho Abernethy-Sato]], [[AGE:15]], non-binary, lives with [[PERSON:Maren Sato]] at [[ADDRESS:3 Wattle Crescent]], [[LOCATION:Ballarat]] [[LOCATION:VIC]] [[ZIP_CODE:3350]]; school contact [[PHONE_NUMBER:(03) 5331 7720]].""",
    """Transfer of 4,750.00 EUR requested by [[PERSON:Florentyna Wiśniewska]] from [[IBAN_CODE:PL60102010260000042270201111]] to [[IBAN_CODE:AT192011182634091757]] (BIC GIBAATWWXXX), reference "kaucja mieszkanie", value date 2024-09-02.""",
    """[[PERSON:Dr. Ebere Nwachukwu-Lamb]], Principal Research Designer, verify your login from [[IP_ADDRESS:2001:db8:3c4d:15::1a2f]] at [[DATE_TIME:06:02 UTC on 5 March 2024]]. If this wasn't you, call [[PHONE_NUMBER:+234 803 441 2760]].""",
    """The tutoring agreement between [[PERSON:Solveig]] and the family of [[PERSON:Kiran Bhattacharya]] ([[AGE:8]]) starts [[DATE_TIME:Sep 3]]; lessons at [[ADDRESS:17B Canal Street, 2nd floor]], [[LOCATION:Manchester]] [[ZIP_CODE:M1 3HE]]. Payment from card [[CREDIT_CARD:2223 0047 1188 2646]].""",
    """Legacy account [[USERNAME:gfontaine1961]] belonging to [[PERSON:Gaston Fontaine]], born [[DATE_TIME:1961-07-04]], was reactivated from [[IP_ADDRESS:24.114.36.201]]; security question answer "Biscuit" and PIN 4471 were accepted.""",
    """[[PERSON:Isadora Quiñones]], Interactive Solutions Consultant, home: [[ADDRESS:6602 Bluebonnet Trail]], [[LOCATION:Austin]], [[LOCATION:Travis County]], [[LOCATION:Texas]] [[ZIP_CODE:78745]]; cell [[PHONE_NUMBER:512.608.2741]]; SSN [[US_SSN:451-77-2039]].""",
    """Tomorrow's genetics seminar by [[PERSON:Prof. Hamish Oduya]] will discuss the case of a [[AGE:63]]-year-old from [[LOCATION:Inverness]]. Slides go to [[EMAIL_ADDRESS:h.oduya@gen-lab.ac.uk]]; dial in from [[IP_ADDRESS:131.251.4.92]].""",
    """Hello [[PERSON:Mirela]], your ride on [[DATE_TIME:Friday 14/06 at 18:30]] from [[ADDRESS:Strada Lipscani 27, ap. 4]], [[LOCATION:București]] was charged to the Maestro [[CREDIT_CARD:6703 0455 0119 3678]]. Driver: [[PERSON:Cosmin]].""",
    """Hey [[PERSON:Anselm]], the Forward Mobility Manager flagged a gift card bought with [[CREDIT_CARD:3401 288763 41007]] (CVV 4412) shipped to [[ADDRESS:55 Birchmount Rd, Suite 1100]], [[LOCATION:Scarborough]], [[LOCATION:Ontario]] [[ZIP_CODE:M1N 3J7]].""",
    """Candidate [[PERSON:Taini Redcloud]], [[AGE:24]], applied for the Corporate Research Liaison role on [[DATE_TIME:January 8]]; portfolio at [[URL:https://tainiredcloud.design]], GitHub [[USERNAME:tredcloud]], phone [[PHONE_NUMBER:(406) 733-1928]].""",
    """[[PERSON:Ngozi]]'s biometric log: heart rate 71, SpO2 98%, taken [[DATE_TIME:2024-04-17 07:55]] on device SN-AX4472-19 paired with MAC F0:18:98:3E:C4:21 and synced from [[IP_ADDRESS:102.89.34.210]].""",
    """Please reimburse [[PERSON:Thorvald Nakamura-Pike]] for the conference in [[LOCATION:Lisbon]]: IBAN [[IBAN_CODE:NO4212074483915]], BIC DNBANOKKXXX, amount 6 420 NOK. His DOB for the travel insurance is [[DATE_TIME:22/11/1979]].""",
    """At [[ADDRESS:1402 Magnolia St, Apt 3]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31401]], [[PERSON:Dashiell Okafor]] ([[AGE:46]]) reported that his Visa [[CREDIT_CARD:4123 4500 9871 2368]] was skimmed at a gas pump.""",
    """Message for [[PERSON:Clementine Abara]]: your Interim Configuration Planner contract renews [[DATE_TIME:2025-01-31]]; payroll will use IBAN [[IBAN_CODE:IE54AIBK93115212909186]] and PPS number [[ID_NUMBER:5190274W]].""",
    # gretel-like documents
    """CLAIM FORM - PROPERTY DAMAGE
Policy holder: [[PERSON:Augustine Mbatha]]
Date of birth: [[DATE_TIME:14 May 1988]]
ID number: [[ID_NUMBER:8805145123083]]
Risk address: [[ADDRESS:22 Jacaranda Avenue]], [[LOCATION:Westville]], [[LOCATION:Durban]], [[ZIP_CODE:3629]]
Policy no.: HMP-7781204
Date of loss: [[DATE_TIME:2 February 2025]]
Description: Burst geyser flooded the main bedroom and passage. Plumber invoice 0417 attached.
Contact number: [[PHONE_NUMBER:083 402 7715]]""",
    """EMPLOYMENT AGREEMENT

This Employment Agreement is entered into on [[DATE_TIME:March 3, 2025]] between Harrowgate Analytics LLC and [[PERSON:Priyamvada Seshadri]] ("Employee"), residing at [[ADDRESS:819 Linden Street, Apt 2]], [[LOCATION:Somerville]], [[LOCATION:MA]] [[ZIP_CODE:02144]]. The Employee's start date is [[DATE_TIME:April 1, 2025]]. Base salary: $128,000 per year. Employee SSN: [[US_SSN:037-82-5514]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Bartholomew Achterberg]]    MRN: [[ID_NUMBER:00481277]]
DOB: [[DATE_TIME:06/19/1951]]    Age: [[AGE:73]]
Admitted: [[DATE_TIME:10/02/2024]]    Discharged: [[DATE_TIME:10/06/2024]]
Attending: [[PERSON:Dr. Leilani Park]]
Dx: community-acquired pneumonia. Follow up with PCP [[PERSON:Dr. Sandeep Rao]] within 7 days; call [[PHONE_NUMBER:(503) 416-7730]] to book.""",
    """LOAN APPLICATION - PERSONAL
Applicant: [[PERSON:Olamide Fashola]]    Co-applicant: [[PERSON:Ifeoluwa Fashola]]
Address: [[ADDRESS:16 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]
Phone: [[PHONE_NUMBER:0809 552 1734]]    Email: [[EMAIL_ADDRESS:olamide.fashola@yahoo.com]]
BVN: [[ID_NUMBER:22419037756]]    NIN: [[ID_NUMBER:71820446913]]
Employer: Zenith Logistics Ltd.    Monthly income: NGN 1,450,000
Loan amount: NGN 6,000,000    Tenor: 24 months""",
    """NOTICE OF RENT INCREASE

To: [[PERSON:Cormac Ó Briain]] and [[PERSON:Sadhbh Ní Bhriain]]
Premises: [[ADDRESS:Apartment 11, Riverbank House, 4 Merchants Quay]], [[LOCATION:Cork]] [[ZIP_CODE:T12 WK2P]]

Take notice that the rent will increase from EUR 1,650 to EUR 1,732 per month with effect from [[DATE_TIME:1 June 2025]]. Served by the landlord, [[PERSON:Fionnuala Deasy]], on [[DATE_TIME:24 February 2025]].""",
    """Workers' Compensation - First Report of Injury
Employee name: [[PERSON:Hector Villanueva-Ruiz]]
SSN: [[US_SSN:529-13-8870]]    Date of birth: [[DATE_TIME:11-23-1983]]
Home address: [[ADDRESS:2741 W Cactus Rd]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85029]]
Date/time of injury: [[DATE_TIME:01/14/2025 10:20 AM]]
Body part: left wrist. Witness: [[PERSON:Marcy Dunleavy]], shift lead.
Claim # WC-25-004417""",
    """PRESCRIPTION RECORD
Patient: [[PERSON:Yasmin Haddad-Lowe]]   DOB: [[DATE_TIME:1990-02-11]]
Medicare card: [[ID_NUMBER:2950 38719 1]]
Address: [[ADDRESS:5/22 Kembla Street]], [[LOCATION:Wollongong]] [[LOCATION:NSW]] [[ZIP_CODE:2500]]
Rx: sertraline 50 mg, 1 daily, 30 tablets, 2 repeats
Prescriber: [[PERSON:Dr. Cheng Wei-Lun]], prescriber no. 2418836""",
    """SETTLEMENT AGREEMENT AND RELEASE

[[PERSON:Ramona Espinoza-Teague]] ("Claimant") of [[ADDRESS:4120 Rainier Ave S]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98118]] and Pacific Crest Property Management agree that, in consideration of $18,500, Claimant releases all claims arising from the incident of [[DATE_TIME:July 22, 2023]]. Signed by Claimant on [[DATE_TIME:February 6, 2025]].""",
    """STUDENT ENROLMENT FORM
Student: [[PERSON:Arjun Nair-Whitfield]]   Student no.: [[ID_NUMBER:23118754]]
Date of birth: [[DATE_TIME:5 Jan 2005]]   Nationality: [[NRP:Indian]]
Term address: [[ADDRESS:Room 14, Cavendish Hall, 9 Park Lane]], [[LOCATION:Leeds]] [[ZIP_CODE:LS3 1EP]]
Emergency contact: [[PERSON:Lakshmi Nair]] (mother), [[PHONE_NUMBER:+91 98470 22631]]""",
    """NOTICE OF HEARING - SOCIAL SECURITY DISABILITY
Claimant: [[PERSON:Tobias Wetherell]]
SSN: [[US_SSN:402-66-1938]]
Hearing: [[DATE_TIME:Thursday, May 15, 2025 at 10:45 AM]], Office of Hearings Operations, [[LOCATION:Louisville]], [[LOCATION:KY]]
Representative: [[PERSON:Anita Ogunleye]], [[TITLE:Esq.]]
Please call [[PERSON:Ms. Ogunleye]] at [[PHONE_NUMBER:502-384-9017]] if you cannot attend.""",
    """MORTGAGE PRE-APPROVAL LETTER
Date: [[DATE_TIME:12 March 2025]]
Borrowers: [[PERSON:Emeka Nwosu]] and [[PERSON:Charlotte Nwosu]]
Property: [[ADDRESS:31 Ferndale Road]], [[LOCATION:Brighton]] [[ZIP_CODE:BN3 6FL]]
Loan: £385,000 over 30 years
Repayment account: [[IBAN_CODE:GB30HBUK40127644093158]]
This approval in principle is valid until 12 June 2025.""",
    """INCIDENT REPORT - SCHOOL
Pupil: [[PERSON:Leila Farouk]] (Year 6, age [[AGE:10]])
Date and time: [[DATE_TIME:Tue 25/03/2025 12:40]]
Location: playground, near the gate on Wellesley Road
Description: Fell from climbing frame, graze to right knee, first aid by [[PERSON:Mrs. Okello]].
Parent informed: [[PERSON:Samir Farouk]] by phone ([[PHONE_NUMBER:07403 117 652]])""",
    """HOME CARE ASSESSMENT
Client: [[PERSON:Dorothea Lindgren-Marsh]], [[AGE:91]]
Address: [[ADDRESS:Unit 4, 18 Pohutukawa Drive]], [[LOCATION:Tauranga]] [[ZIP_CODE:3110]]
NHI: [[ID_NUMBER:ZNA7821]]
Next of kin: [[PERSON:Graham Marsh]] (son), [[PHONE_NUMBER:027 551 0832]]
Assessment date: [[DATE_TIME:19 November 2024]]
Needs: personal care twice daily, meals on wheels.""",
    """CREDIT CARD DISPUTE
Cardholder: [[PERSON:Wilhelmina Osei-Bonsu]]
Card: [[CREDIT_CARD:5522 0716 6310 4882]]
Billing ZIP: [[ZIP_CODE:20011]]
Transaction: $642.19 at ELECTROMART ONLINE, posted 02/10/2025
Reason: item not received. Cardholder contacted merchant on [[DATE_TIME:02/18/2025]].
Contact: [[EMAIL_ADDRESS:wosei.bonsu@gmail.com]]""",
    """POWER OF ATTORNEY (excerpt)
I, [[PERSON:Reginald Ashworth-Bayliss]], of [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Great Missenden]], [[LOCATION:Buckinghamshire]] [[ZIP_CODE:HP16 0AZ]], born [[DATE_TIME:3 December 1938]], appoint my daughter [[PERSON:Philippa Bayliss]] of [[ADDRESS:27 Cromwell Road]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB1 3EB]] to be my attorney.""",
    """LAB REQUISITION
Patient name: [[PERSON:Nguyen Van Thanh]]
Health card: [[ID_NUMBER:4487-211-908-KT]]
DOB: [[DATE_TIME:1967/08/30]]   Sex: M
Ordering physician: [[PERSON:Dr. Ayesha Qureshi]]
Tests: HbA1c, lipid panel, eGFR
Collected: [[DATE_TIME:2025-02-27 08:15]]""",
    # Nemotron-like: JSON, logs, SQL, XML, config, code, tickets, forms
    """{"customer_id": "[[ID_NUMBER:C-00918244]]", "name": {"first": "[[PERSON:Marguerite]]", "last": "[[PERSON:Okonjo-Brandt]]"}, "dob": "[[DATE_TIME:1986-12-02]]", "email": "[[EMAIL_ADDRESS:m.okonjobrandt@gmail.com]]", "phone": "[[PHONE_NUMBER:+1 646 555 0143]]", "address": {"line1": "[[ADDRESS:350 W 42nd St, Apt 19F]]", "city": "[[LOCATION:New York]]", "state": "[[LOCATION:NY]]", "zip": "[[ZIP_CODE:10036]]"}, "loyalty_tier": "gold"}""",
    """[[DATE_TIME:2025-03-14T09:12:44.118Z]] INFO auth-service login ok user=[[USERNAME:dkaranja]] uid=48812 src=[[IP_ADDRESS:196.201.214.33]] ua="okhttp/4.12.0" session=7f3a9c21e0
2025-03-14T09:12:51.402Z WARN profile-service pii_in_payload field=email value=[[EMAIL_ADDRESS:david.karanja@safarimail.co.ke]]
[[DATE_TIME:2025-03-14T09:13:02.977Z]] INFO billing-service card_update last4=8402 holder="[[PERSON:David Karanja]]\"""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, phone, postcode) VALUES
  ('[[ID_NUMBER:MRN-2207743]]', '[[PERSON:Eilidh]]', '[[PERSON:Macaulay]]', '[[DATE_TIME:1979-04-08]]', '[[PHONE_NUMBER:01463 220 981]]', '[[ZIP_CODE:IV2 3UJ]]'),
  ('[[ID_NUMBER:MRN-2207744]]', '[[PERSON:Ravi]]', '[[PERSON:Chandrasekaran]]', '[[DATE_TIME:1992-10-27]]', '[[PHONE_NUMBER:07939 405 118]]', '[[ZIP_CODE:AB10 6RN]]');""",
    """<employee>
  <id>[[ID_NUMBER:EMP-30417]]</id>
  <fullName>[[PERSON:Ayodele Bankole-Smith]]</fullName>
  <title>Senior Quantity Surveyor</title>
  <ssn>[[US_SSN:318-59-2047]]</ssn>
  <hireDate>[[DATE_TIME:2019-08-12]]</hireDate>
  <homeAddress>
    <street>[[ADDRESS:1144 Peachtree Battle Ave NW]]</street>
    <city>[[LOCATION:Atlanta]]</city>
    <state>[[LOCATION:GA]]</state>
    <postal>[[ZIP_CODE:30327]]</postal>
  </homeAddress>
</employee>""",
    """# config/notify.yaml
smtp:
  host: smtp.mailgun.org
  port: 587
  from: noreply@tallyhome.io
escalation:
  owner: [[PERSON:Priscila Banerjee-Holm]]
  owner_email: [[EMAIL_ADDRESS:priscila.bh@tallyhome.io]]
  owner_mobile: "[[PHONE_NUMBER:+46 73 402 18 66]]"
  backup: [[PERSON:Jonas Wikström]]
retries: 3""",
    """def test_refund_flow():
    customer = Customer(
        name="[[PERSON:Hollis Fairweather]]",
        email="[[EMAIL_ADDRESS:hollis.fw@icloud.com]]",
        card="[[CREDIT_CARD:4929153028461173]]",
        cvv="331",
        billing_zip="[[ZIP_CODE:97214]]",
    )
    assert refund(customer, amount=49.99).status == "ok\"""",
    """Ticket #HD-88213 | Priority: High | Opened by: [[PERSON:Kalani Brightwater]] ([[EMAIL_ADDRESS:kbrightwater@pinecrestclinic.org]])
Subject: Can't access patient portal
Body: Since [[DATE_TIME:Monday 3/10 around 8am]] I get "account locked" for user [[USERNAME:kbrightwater]]. My desk phone is ext. 4410, cell [[PHONE_NUMBER:808-372-6619]]. Workstation IP [[IP_ADDRESS:10.20.7.118]].""",
    """{"event": "kyc.submitted", "ts": "[[DATE_TIME:2025-01-22T16:40:09Z]]", "applicant": {"full_name": "[[PERSON:Sipho Mahlangu]]", "id_number": "[[ID_NUMBER:9303025907089]]", "date_of_birth": "[[DATE_TIME:1993-03-02]]", "mobile": "[[PHONE_NUMBER:+27 71 508 2294]]", "residential_address": "[[ADDRESS:12 Protea Street]], [[LOCATION:Mamelodi]], [[LOCATION:Pretoria]], [[ZIP_CODE:0122]]"}, "ip": "[[IP_ADDRESS:41.13.88.250]]", "device": "SM-A546E"}""",
    """[[[DATE_TIME:2025-02-03 22:17:05]]] nginx access: [[IP_ADDRESS:172.58.41.99]] - [[USERNAME:jvelasquez]] "POST /api/v2/profile HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Mobile Safari/537.36"
[[[DATE_TIME:2025-02-03 22:17:05]]] app: profile updated for [[PERSON:Julián Velásquez]] phone=[[PHONE_NUMBER:+1 (787) 402-1176]] addr="[[ADDRESS:Calle Loíza 1820, Apt 5]], [[LOCATION:San Juan]], [[LOCATION:PR]] [[ZIP_CODE:00911]]\"""",
    """SELECT * FROM members WHERE surname = '[[PERSON:Oyelowo]]' AND member_no = '[[ID_NUMBER:GYM-447120]]';
-- result: 1 row
-- | member_no  | surname | given_name | joined     | mobile        |
-- | [[ID_NUMBER:GYM-447120]] | [[PERSON:Oyelowo]] | [[PERSON:Temitope]] | [[DATE_TIME:2023-06-14]] | [[PHONE_NUMBER:0413 882 507]] |""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Castellanos-Reid]];[[PERSON:Valentina]];;;
FN:[[PERSON:Valentina Castellanos-Reid]]
ORG:Northwind Dental Group
TITLE:Practice Manager
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-604-318-7725]]
EMAIL:[[EMAIL_ADDRESS:vcastellanosreid@gmail.com]]
ADR;TYPE=HOME:;;[[ADDRESS:2208 W 4th Ave]];[[LOCATION:Vancouver]];[[LOCATION:BC]];[[ZIP_CODE:V6K 1N8]];[[LOCATION:Canada]]
BDAY:[[DATE_TIME:1984-09-17]]
END:VCARD""",
    """const user = {
  id: 90412,
  handle: "[[USERNAME:kiri_tamatea]]",
  displayName: "[[PERSON:Kiri Tamatea]]",
  email: "[[EMAIL_ADDRESS:kiri.tamatea@xtra.co.nz]]",
  lastLoginIp: "[[IP_ADDRESS:122.56.203.17]]",
  lastLoginAt: "[[DATE_TIME:2025-04-02T20:31:07+13:00]]",
  theme: "dark",
};""",
    """Form W-4 (extract)
1a First name and middle initial: [[PERSON:Rosalind J.]]   Last name: [[PERSON:Achterberg]]
1b Social security number: [[US_SSN:552-19-0376]]
Address: [[ADDRESS:907 Maple Grove Ct]]
City or town, state, and ZIP code: [[LOCATION:Madison]], [[LOCATION:WI]] [[ZIP_CODE:53719]]
1c Filing status: Married filing jointly
Employee's signature date: [[DATE_TIME:01/06/2025]]""",
    """{"type":"payment_failed","customer":{"name":"[[PERSON:Aurelio Bianchetti]]","email":"[[EMAIL_ADDRESS:a.bianchetti@outlook.com]]"},"card":{"number":"[[CREDIT_CARD:6011008455702198]]","exp":"11/26","cvc":"078"},"billing":{"line1":"[[ADDRESS:72 Fenwick Street]]","city":"[[LOCATION:Geelong]]","state":"[[LOCATION:VIC]]","postcode":"[[ZIP_CODE:3220]]","country":"AU"},"attempted_at":"[[DATE_TIME:2025-02-19T03:14:55Z]]"}""",
    """support_ticket:
  id: SUP-2025-11872
  channel: email
  requester: [[PERSON:Hyun-woo Baek]]
  requester_email: [[EMAIL_ADDRESS:hw.baek@naver.com]]
  callback: "[[PHONE_NUMBER:+82 10-4417-2983]]"
  account_no: "[[ID_NUMBER:110-482-559031]]"
  issue: duplicate charge on subscription
  assignee: [[PERSON:Marta Ilunga]]""",
    """[[DATE_TIME:Aug 14 03:22:51]] bastion-2 sshd[21877]: Accepted publickey for [[USERNAME:okwabena]] from [[IP_ADDRESS:154.160.22.87]] port 51544 ssh2: ED25519 SHA256:Yk3q9fPz0aLw1uT4nV2rC8eJm6sHbD5gX7oQyRtUiA0
[[DATE_TIME:Aug 14 03:22:51]] bastion-2 sshd[21877]: pam_unix(sshd:session): session opened for user [[USERNAME:okwabena]](uid=1043) by (uid=0)""",
    """<Patient>
  <Identifier system="NHS">[[ID_NUMBER:401 023 7198]]</Identifier>
  <Name><Given>[[PERSON:Imogen]]</Given><Family>[[PERSON:Castellano-Hart]]</Family></Name>
  <BirthDate>[[DATE_TIME:2001-05-30]]</BirthDate>
  <Telecom use="mobile">[[PHONE_NUMBER:07715 392 084]]</Telecom>
  <Address><Line>[[ADDRESS:Flat 6, 40 Gloucester Road]]</Line><City>[[LOCATION:Bristol]]</City><PostalCode>[[ZIP_CODE:BS7 8AS]]</PostalCode></Address>
  <GP>[[PERSON:Dr. Emeka Harrison]]</GP>
</Patient>""",
    """[INFO] 2025-01-09 14:02:11 payroll.export: wrote 214 rows to /exports/jan.csv
[DEBUG] 2025-01-09 14:02:11 payroll.export: row 87 employee="[[PERSON:Mthunzi Khoza]]" tax_ref="[[ID_NUMBER:0418273652]]" account="[[ID_NUMBER:62044718912]]" branch_code=250655
[DEBUG] 2025-01-09 14:02:11 payroll.export: row 88 employee="[[PERSON:Carina Joubert]]" tax_ref="[[ID_NUMBER:2917734010]]" account="[[ID_NUMBER:1048227731]]" branch_code=470010""",
    """curl -X POST https://api.example-crm.com/v1/contacts \\
  -H "Authorization: Bearer sk_live_4f9a0c7e2b" \\
  -d '{"first_name":"[[PERSON:Eun-ji]]","last_name":"[[PERSON:Park]]","phone":"[[PHONE_NUMBER:+61 402 771 903]]","email":"[[EMAIL_ADDRESS:eunji.park@bigpond.com]]","birthday":"[[DATE_TIME:07-21]]"}'""",
    """APPLICATION FOR TENANCY
Full name: [[PERSON:Tevita Fifita]]    Date of birth: [[DATE_TIME:18/09/1990]]
Current address: [[ADDRESS:23A Mangere Road]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]
Driver licence: [[ID_NUMBER:DT448120]] version 412
Employer: Fonterra    Occupation: process operator
Referee: [[PERSON:Losana Vaipulu]] [[PHONE_NUMBER:022 418 7703]]
Pets: 1 dog (Mana)""",
    """{"level":"info","msg":"password reset requested","user":{"id":"u_7741","email":"[[EMAIL_ADDRESS:nikhil.bhandari@rediffmail.com]]","name":"[[PERSON:Nikhil Bhandari]]"},"request":{"ip":"[[IP_ADDRESS:49.36.112.205]]","ua":"Mozilla/5.0 (Linux; Android 13; RMX3630) AppleWebKit/537.36 Chrome/119.0 Mobile Safari/537.36"},"time":"[[DATE_TIME:2025-03-01T05:44:18+05:30]]"}""",
    """Form: Change of Address (Benefits)
Name: [[PERSON:Evangeline Moreau-Tshabalala]]
Reference / customer number: [[ID_NUMBER:CRN 441 902 618A]]
Old address: [[ADDRESS:9 Banksia Close]], [[LOCATION:Dubbo]] [[LOCATION:NSW]] [[ZIP_CODE:2830]]
New address: [[ADDRESS:Unit 2, 61 Macquarie Street]], [[LOCATION:Dubbo]] [[LOCATION:NSW]] [[ZIP_CODE:2830]]
Date of move: [[DATE_TIME:15 March 2025]]
Phone: [[PHONE_NUMBER:0428 337 910]]""",
    """UPDATE accounts SET iban = '[[IBAN_CODE:NL90INGB0007263118]]', holder = '[[PERSON:Joris van der Wal]]', bsn = '[[ID_NUMBER:174302988]]', updated_by = 'etl_nightly' WHERE account_id = 88104;""",
    """git log --format='%an <%ae> %ad' -3
[[PERSON:Tomasz Żółkiewski]] <[[EMAIL_ADDRESS:tomasz.zolkiewski@gmail.com]]> [[DATE_TIME:Tue Mar 11 18:02:44 2025 +0100]]
[[PERSON:Ifeoma Chukwu]] <[[EMAIL_ADDRESS:ifeoma.c@users.noreply.github.com]]> [[DATE_TIME:Mon Mar 10 09:17:30 2025 +0000]]
[[PERSON:Tomasz Żółkiewski]] <[[EMAIL_ADDRESS:tomasz.zolkiewski@gmail.com]]> [[DATE_TIME:Fri Mar 7 23:49:05 2025 +0100]]""",
    """Subject: Re: booking HX-40291
From: [[PERSON:Anouk Verbruggen]] <[[EMAIL_ADDRESS:anouk.verbruggen@telenet.be]]>

Hi, please change the second guest on our booking to [[PERSON:Pieter-Jan Claes]] (passport [[ID_NUMBER:EN4182273]]). We land at 21:40, so late check-in on [[DATE_TIME:Friday 18 April]] please. My mobile: [[PHONE_NUMBER:+32 478 21 06 93]]. Pay the balance from [[IBAN_CODE:BE91063278190476]].""",
    """Form I-9 Section 1 (extract)
Last name: [[PERSON:Abubakar]]   First name: [[PERSON:Halima]]   Middle initial: [[PERSON:S]]
Address: [[ADDRESS:4402 Elm Ave, Apt 7]]   City: [[LOCATION:Minneapolis]]   State: [[LOCATION:MN]]   ZIP: [[ZIP_CODE:55406]]
Date of birth: [[DATE_TIME:02/14/1995]]   U.S. Social Security Number: [[US_SSN:470-28-6613]]
Employee's e-mail: [[EMAIL_ADDRESS:halima.abubakar95@gmail.com]]   Telephone: [[PHONE_NUMBER:(612) 730-4482]]""",
    """ERROR 2025-04-11 11:03:27,551 [worker-3] IdentityVerifier - mismatch for applicant [[PERSON:Rhys Llewellyn]] (nino=[[ID_NUMBER:JG103759A]], dob=[[DATE_TIME:1976-12-09]]): address on file "[[ADDRESS:18 Heol y Deri]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HF]]" does not match bureau record""",
    """Dear [[PERSON:Percival Adjei-Whitlock]], our Human Response Coordinator received your request to update your profile. New address: [[ADDRESS:Apartment 2207, 88 Scotts Road]], [[LOCATION:Singapore]] [[ZIP_CODE:228241]]; FIN [[ID_NUMBER:G5527130K]]; mobile [[PHONE_NUMBER:+65 9127 4408]]; preferred name "[[PERSON:Percy]]".""",
    """NOTICE OF TERMINATION OF EMPLOYMENT
To: [[PERSON:Lwazi Ndlovu]], staff no. [[ID_NUMBER:ZA-22817]]
Address: [[ADDRESS:1457 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]
Your employment as Warehouse Supervisor ends on [[DATE_TIME:31 May 2025]], following the consultation meeting held with you on [[DATE_TIME:2 May 2025]]. Final pay and leave will be paid into account [[ID_NUMBER:62781104493]]; your UIF declaration (UI-19) will be posted to the address above.""",
    """# .env.local  (do not commit)
DATABASE_URL=postgres://app:app@db.internal:5432/app
ADMIN_NAME="[[PERSON:Farrukh Tashkentov]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:farrukh.tashkentov@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+998 90 417 22 36]]
ALLOWED_ADMIN_IP=[[IP_ADDRESS:213.230.92.14]]
SENTRY_DSN=https://3f9e2a@o44712.ingest.sentry.io/5512""",
    """POST /checkout HTTP/1.1
Host: shop.greenleafgoods.co.uk
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0
X-Forwarded-For: [[IP_ADDRESS:90.214.33.187]]
Content-Type: application/json

{"name":"[[PERSON:Rosheen Doherty]]","email":"[[EMAIL_ADDRESS:rosheen.doherty@btinternet.com]]","card":"[[CREDIT_CARD:4556 7302 0184 2939]]","cvv":"207","address":"[[ADDRESS:14 Glenshane Gardens]]","town":"[[LOCATION:Derry]]","postcode":"[[ZIP_CODE:BT48 8LP]]"}""",
    # Italian
    """Gentile [[PERSON:Giulia Bernardini]], nata il [[DATE_TIME:14/03/1958]], codice fiscale [[ID_NUMBER:BRNGLI58C54A944Z]], Le comunichiamo che l'addebito della carta [[CREDIT_CARD:4508 7532 0719 8402]] (scad. 05/27) è stato respinto. Per assistenza chiami il [[PHONE_NUMBER:+39 335 740 2218]] o scriva a [[EMAIL_ADDRESS:giulia.bernardini@tiscali.it]].""",
    """MODULO DI RICHIESTA RIMBORSO SANITARIO
Assistito: [[PERSON:Salvatore Esposito]]
Codice fiscale: [[ID_NUMBER:SPSSVT49S02F839N]]
Data di nascita: [[DATE_TIME:02/11/1949]]
Residenza: [[ADDRESS:Via Toledo 256, scala B, interno 9]], [[ZIP_CODE:80134]] [[LOCATION:Napoli]] ([[LOCATION:NA]])
IBAN per l'accredito: [[IBAN_CODE:IT71M0503401633000000031845]]
Data visita: [[DATE_TIME:17 gennaio 2025]]""",
    """{"cliente": {"nome": "[[PERSON:Chiara]]", "cognome": "[[PERSON:Lombardo]]", "codice_fiscale": "[[ID_NUMBER:LMBCHR90L67L219I]]", "data_nascita": "[[DATE_TIME:1990-07-27]]", "cellulare": "[[PHONE_NUMBER:+39 349 118 6072]]", "indirizzo": "[[ADDRESS:Corso Vittorio Emanuele II 64]]", "cap": "[[ZIP_CODE:10121]]", "citta": "[[LOCATION:Torino]]"}, "iban": "[[IBAN_CODE:IT04F0832703221000000063917]]", "canale": "app"}""",
    """Il [[TITLE:Sig.]] [[PERSON:Antonio Ferraro]], Responsabile Acquisti, nato a [[LOCATION:Bari]] il [[DATE_TIME:18/04/1953]], C.F. [[ID_NUMBER:FRRNTN53D18A662R]], ha effettuato l'accesso da [[IP_ADDRESS:151.38.204.116]] il [[DATE_TIME:3 marzo 2025 alle 08:52]] con l'utente [[USERNAME:aferraro53]] e la password Bari!1953.""",
    # Swedish
    """Hej [[PERSON:Maja Eklund]]! Din order skickas till [[ADDRESS:Storgatan 14 B, lgh 1202]], [[ZIP_CODE:903 26]] [[LOCATION:Umeå]]. Betalningen gjordes med kort [[CREDIT_CARD:4024 0071 5590 6810]] (giltigt t.o.m. 08/26). Frågor? Ring [[PHONE_NUMBER:070-482 19 63]].""",
    """ANSÖKAN OM BOSTADSTILLÄGG
Sökande: [[PERSON:Gunnar Holmberg]]
Personnummer: [[ID_NUMBER:19550312-1898]]
Adress: [[ADDRESS:Kyrkvägen 7]], [[ZIP_CODE:762 31]] [[LOCATION:Rimbo]]
Make/maka: [[PERSON:Ingrid Holmberg]], [[ID_NUMBER:19510126-2482]]
Hyra per månad: 7 850 kr
Telefon: [[PHONE_NUMBER:0175-710 42]]
Datum för inflyttning: [[DATE_TIME:1 oktober 2024]]""",
    """<kund>
  <namn>[[PERSON:Sara Lindholm Ahmadi]]</namn>
  <personnummer>[[ID_NUMBER:810417-5586]]</personnummer>
  <epost>[[EMAIL_ADDRESS:sara.la@bredband2.se]]</epost>
  <mobil>[[PHONE_NUMBER:+46 76 331 08 52]]</mobil>
  <utdelningsadress>c/o [[PERSON:Ahmadi]], [[ADDRESS:Hjalmar Brantingsgatan 33]]</utdelningsadress>
  <postnummer>[[ZIP_CODE:417 09]]</postnummer>
  <ort>[[LOCATION:Göteborg]]</ort>
  <iban>[[IBAN_CODE:SE4580000832790017764105]]</iban>
</kund>""",
    """[[DATE_TIME:2025-02-17 13:44:09]] INFO inloggning lyckades användare=[[USERNAME:pmattsson]] namn="[[PERSON:Per Mattsson]]" ip=[[IP_ADDRESS:83.251.17.204]] BankID personnummer=[[ID_NUMBER:640823-3234]]
[[DATE_TIME:2025-02-17 13:45:30]] INFO adressändring sparad: "[[ADDRESS:Fjällgatan 3 A]], [[ZIP_CODE:831 34]] [[LOCATION:Östersund]]\"""",
]

TABLE = [
    """case_no,claimant,dob,ssn,county,program,status
SN-24-00913,[[PERSON:Harriet Okonkwo]],[[DATE_TIME:1962-03-18]],[[US_SSN:431-55-0927]],[[LOCATION:Cuyahoga]],SNAP,active
SN-24-00914,[[PERSON:Luis Ángel Paredes]],[[DATE_TIME:1988-11-02]],[[US_SSN:286-71-4402]],[[LOCATION:Summit]],SNAP+WIC,pending
SN-24-00917,[[PERSON:Kimberly Two Bulls]],[[DATE_TIME:1995-06-29]],[[US_SSN:503-18-6634]],[[LOCATION:Lorain]],TANF,closed""",
    """| Pensioner | NINO | DOB | Scheme | Monthly £ | Paid to |
|---|---|---|---|---|---|
| [[PERSON:Winifred Ashby]] | [[ID_NUMBER:AB 12 73 40 C]] | [[DATE_TIME:03/08/1944]] | LGPS | 1,204.18 | [[IBAN_CODE:GB07MIDL40051572038846]] |
| [[PERSON:Desmond O'Hare]] | [[ID_NUMBER:WL 49 02 18 A]] | [[DATE_TIME:21/12/1950]] | NHS | 2,877.40 | acct [[ID_NUMBER:70214468]] |
| [[PERSON:Parveen Akhtar]] | [[ID_NUMBER:HR 80 16 55 D]] | [[DATE_TIME:09/05/1956]] | Teachers | 1,930.02 | acct [[ID_NUMBER:33801927]] |""",
    """submission_id\ttaxpayer\tssn\tfiled_at\trefund_usd\tdeposit_acct
EF-0041772\t[[PERSON:Caroline Mbeki-Dunn]]\t[[US_SSN:214-60-3391]]\t[[DATE_TIME:2025-04-10 18:22]]\t2140.00\t[[ID_NUMBER:000487221903]]
EF-0041773\t[[PERSON:Truong Minh Khoa]]\t[[US_SSN:602-47-1185]]\t[[DATE_TIME:2025-04-11 09:05]]\t0.00\t-
EF-0041779\t[[PERSON:Beverly Haskins]]\t[[US_SSN:377-12-9054]]\t[[DATE_TIME:2025-04-14 23:51]]\t618.50\t[[ID_NUMBER:7720419983]]""",
    """EMP_NO  NAME                 SIN          HIRED       PROV  GROSS
004127  [[PERSON:Anika Bhardwaj]]       [[ID_NUMBER:463 812 701]]  [[DATE_TIME:2021-03-15]]  [[LOCATION:ON]]    4,812.50
004131  [[PERSON:Jean-Luc Okemaw]]      [[ID_NUMBER:615 948 239]]  [[DATE_TIME:2022-09-06]]  [[LOCATION:MB]]    3,960.00
004140  [[PERSON:Grace Liu-Henderson]]  [[ID_NUMBER:712 305 986]]  [[DATE_TIME:2024-01-08]]  [[LOCATION:BC]]    5,205.75""",
    """{"guest": "[[PERSON:Ingeborg Halvorsen]]", "room": 412, "arrive": "[[DATE_TIME:2025-07-03]]", "nights": 2, "passport": "[[ID_NUMBER:FK0398217]]", "nationality": "[[NRP:Norwegian]]"}
{"guest": "[[PERSON:Rafael Quintero]]", "room": 415, "arrive": "[[DATE_TIME:2025-07-03]]", "nights": 5, "passport": "[[ID_NUMBER:PAB417729]]", "nationality": "[[NRP:Mexican]]"}
{"guest": "[[PERSON:Adaeze Nwankwo]]", "room": 508, "arrive": "[[DATE_TIME:2025-07-04]]", "nights": 1, "passport": "[[ID_NUMBER:B03316724]]", "nationality": "[[NRP:Nigerian]]"}
{"guest": "[[PERSON:Hamid Rezaei]]", "room": 511, "arrive": "[[DATE_TIME:2025-07-04]]", "nights": 3, "passport": "[[ID_NUMBER:T28840173]]", "nationality": "[[NRP:Iranian]]"}""",
    """oncall:
  - name: [[PERSON:Priya Venkatesan]]
    team: payments
    phone: "[[PHONE_NUMBER:+44 7823 660 412]]"
    email: [[EMAIL_ADDRESS:priya.venkatesan@gmail.com]]
    week: 14
  - name: [[PERSON:Callum Rennie]]
    team: payments
    phone: "[[PHONE_NUMBER:+44 7594 201 338]]"
    email: [[EMAIL_ADDRESS:callum.rennie@outlook.com]]
    week: 15
  - name: [[PERSON:Oksana Melnyk]]
    team: ledger
    phone: "[[PHONE_NUMBER:+44 7400 882 917]]"
    email: [[EMAIL_ADDRESS:oksana.melnyk@proton.me]]
    week: 16""",
    """Customer name:        [[PERSON:Jarrah Williams]]
CRN:                  [[ID_NUMBER:312 774 096T]]
Date of birth:        [[DATE_TIME:17/06/1998]]
Residential address:  [[ADDRESS:4/9 Sturt Street]], [[LOCATION:Mount Isa]] [[LOCATION:QLD]] [[ZIP_CODE:4825]]
Phone:                [[PHONE_NUMBER:0447 218 603]]
Payment:              JobSeeker
Next reporting date:  [[DATE_TIME:Tuesday 22 April 2025]]
Partner:              [[PERSON:Kyle Anderson]]""",
    """adm_no,pupil,class,dob,parent_guardian,parent_phone,fees_balance_kes
4471,[[PERSON:Baraka Otieno]],Grade 5,[[DATE_TIME:2014-02-11]],[[PERSON:Pamela Achieng]],[[PHONE_NUMBER:0712 554 390]],0
4472,[[PERSON:Wambui Njoroge]],Grade 5,[[DATE_TIME:2014-08-30]],[[PERSON:John Njoroge Kariuki]],[[PHONE_NUMBER:+254 722 101 846]],3500
4479,[[PERSON:Abdirahman Hussein]],Grade 6,[[DATE_TIME:2013-05-19]],[[PERSON:Fardowsa Ali]],[[PHONE_NUMBER:0733 908 217]],12000""",
    """| Token | Patient | Age | Aadhaar | Mobile | Doctor | Slot |
|------:|---------|----:|---------|--------|--------|------|
| 17 | [[PERSON:Meenakshi Sundaram]] | [[AGE:64]] | [[ID_NUMBER:6301 8827 4157]] | [[PHONE_NUMBER:98401 33627]] | [[PERSON:Dr. R. Balaji]] | 10:30 |
| 18 | [[PERSON:Mohd. Irfan]] | [[AGE:37]] | [[ID_NUMBER:2884 0176 0235]] | [[PHONE_NUMBER:+91 70123 88419]] | [[PERSON:Dr. R. Balaji]] | 10:45 |
| 19 | [[PERSON:Lakshmi Priya]] | [[AGE:8]] | - | [[PHONE_NUMBER:94433 20871]] | [[PERSON:Dr. S. Nandini]] | 11:00 |""",
    """member_no,full_name,date_of_birth,mobile,plan,joined
GYM-20418,[[PERSON:Tayla Nguyen]],[[DATE_TIME:02/02/1999]],[[PHONE_NUMBER:0431 776 290]],Off-peak,[[DATE_TIME:14/01/2025]]
GYM-20422,[[PERSON:Brodie McAllister]],[[DATE_TIME:19/10/1987]],[[PHONE_NUMBER:0400 218 557]],Premium,[[DATE_TIME:20/01/2025]]
GYM-20427,[[PERSON:Shirin Karimi]],[[DATE_TIME:07/07/1993]],[[PHONE_NUMBER:0468 003 412]],Student,[[DATE_TIME:03/02/2025]]""",
    """{"ts":"[[DATE_TIME:2025-03-02T07:41:19Z]]","user":"[[USERNAME:achatterjee]]","ip":"[[IP_ADDRESS:103.21.58.147]]","result":"success","mfa":"totp"}
{"ts":"[[DATE_TIME:2025-03-02T07:43:02Z]]","user":"[[USERNAME:mholloway]]","ip":"[[IP_ADDRESS:81.2.69.160]]","result":"fail","mfa":null}
{"ts":"[[DATE_TIME:2025-03-02T07:43:40Z]]","user":"[[USERNAME:mholloway]]","ip":"[[IP_ADDRESS:81.2.69.160]]","result":"success","mfa":"push"}
{"ts":"2025-03-02T08:02:57Z","user":"svc-backup","ip":"[[IP_ADDRESS:10.0.4.12]]","result":"success","mfa":"none"}""",
    """Agreement | Driver | Licence | Vehicle | Out | Card on file
RA-559102 | [[PERSON:Mehmet Yıldız]] | [[ID_NUMBER:YILDI704158M99LK]] | Polo, [[ID_NUMBER:LD23 FPX]] | [[DATE_TIME:12 May 09:10]] | [[CREDIT_CARD:5453 0188 2266 0976]]
RA-559117 | [[PERSON:Gwen Pritchard]] | [[ID_NUMBER:PRITC862304G99TW]] | Qashqai, [[ID_NUMBER:CN71 RZA]] | [[DATE_TIME:12 May 11:45]] | [[CREDIT_CARD:4920 4881 5572 3063]]
RA-559120 | [[PERSON:Adeel Rasheed]] | [[ID_NUMBER:RASHE811193A99JC]] | Fiesta, [[ID_NUMBER:WM19 KHE]] | [[DATE_TIME:12 May 13:30]] | [[CREDIT_CARD:347820155906277]]""",
    """donor\temail\tcity\tgift\tdate\tgift_aid
[[PERSON:Rosemary Tindall]]\t[[EMAIL_ADDRESS:rosie.tindall@btinternet.com]]\t[[LOCATION:Norwich]]\t£50.00\t[[DATE_TIME:03/11/2024]]\tY
[[PERSON:Imran Chaudhry]]\t[[EMAIL_ADDRESS:imran.chaudhry77@gmail.com]]\t[[LOCATION:Bradford]]\t£20.00\t[[DATE_TIME:05/11/2024]]\tY
the [[PERSON:Okafor]] family\t[[EMAIL_ADDRESS:okafors@yahoo.co.uk]]\t[[LOCATION:Luton]]\t£120.00\t[[DATE_TIME:05/11/2024]]\tN
anonymous\t-\t-\t£5.00\t06/11/2024\tN""",
    """| Beneficiary | IBAN | BIC | Amount | Reference |
|---|---|---|---|---|
| [[PERSON:Annika Jäger]] | [[IBAN_CODE:DE76100500000190837165]] | BELADEBEXXX | 1.250,00 EUR | Miete Mai |
| [[PERSON:Pierre-Antoine Lefèvre]] | [[IBAN_CODE:FR7630004028370001883642112]] | BNPAFRPPXXX | 880,00 EUR | Facture 2025-118 |
| [[PERSON:Lucía Herrero Gómez]] | [[IBAN_CODE:ES8400810216710004781193]] | BSABESBBXXX | 412,30 EUR | Reembolso viaje |
| [[PERSON:Bram Verhoeven]] | [[IBAN_CODE:NL18RABO0123459876]] | RABONL2U | 95,00 EUR | Contributie |""",
    """NHI,Name,DOB,Vaccine,Dose,Given,Vaccinator
[[ID_NUMBER:ZKM4411]],[[PERSON:Ruby Tahana]],[[DATE_TIME:2020-11-03]],MMR,2,[[DATE_TIME:2025-02-18]],RN [[PERSON:K. Soloa]]
[[ID_NUMBER:ZLB6201]],[[PERSON:Noah Fa'amausili]],[[DATE_TIME:2021-01-27]],MMR,1,[[DATE_TIME:2025-02-18]],RN [[PERSON:K. Soloa]]
[[ID_NUMBER:ZGH1395]],[[PERSON:Isla Whitaker]],[[DATE_TIME:2020-06-14]],DTaP-IPV,4,[[DATE_TIME:2025-02-19]],RN [[PERSON:M. Cheung]]""",
    """tenants:
  - unit: "3B"
    name: [[PERSON:Thabo Molefe]]
    id_no: "[[ID_NUMBER:9007125381083]]"
    cell: "[[PHONE_NUMBER:072 338 9041]]"
    lease_start: [[DATE_TIME:2024-03-01]]
  - unit: "4A"
    name: [[PERSON:Zanele Khumalo]]
    id_no: "[[ID_NUMBER:7509210331081]]"
    cell: "[[PHONE_NUMBER:+27 82 771 4056]]"
    lease_start: [[DATE_TIME:2023-11-15]]
  - unit: "4C"
    name: vacant""",
    """| Alert | Cardholder | Card | Merchant | IP | Score |
|---|---|---|---|---|---|
| FA-88120 | [[PERSON:Marcus Delacroix]] | [[CREDIT_CARD:4539 8012 0047 7316]] | STEAMGAMES.COM | [[IP_ADDRESS:45.133.172.9]] | 0.91 |
| FA-88121 | [[PERSON:Anjali Deshmukh]] | [[CREDIT_CARD:5281 1977 4300 5624]] | ALIEXPRESS | [[IP_ADDRESS:2a01:4f8:c17:9b2::1]] | 0.77 |
| FA-88125 | [[PERSON:Olusegun Bakare]] | [[CREDIT_CARD:6011 4417 0993 3212]] | WESTERNUNION-ONLINE | [[IP_ADDRESS:102.67.18.221]] | 0.95 |""",
    """msisdn,subscriber,nin,state,registered_on,agent
[[PHONE_NUMBER:08031477205]],[[PERSON:Aisha Bello]],[[ID_NUMBER:48210733591]],[[LOCATION:Kaduna]],[[DATE_TIME:2024-12-02]],AG-1147
[[PHONE_NUMBER:09062214830]],[[PERSON:Chinedu Okeke]],[[ID_NUMBER:30917462208]],[[LOCATION:Anambra]],[[DATE_TIME:2024-12-02]],AG-0098
[[PHONE_NUMBER:07018830462]],[[PERSON:Folake Adebanjo]],[[ID_NUMBER:67120094415]],[[LOCATION:Ogun]],[[DATE_TIME:2024-12-03]],AG-1147""",
    """Claimant:             [[TITLE:Sgt.]] [[PERSON:Raymond Lucero]] (ret.)
VA file number:       [[ID_NUMBER:C 28 417 903]]
SSN:                  [[US_SSN:585-20-7716]]
Date of birth:        [[DATE_TIME:04/11/1949]]
Branch / service:     US Army, 1968-1971
Mailing address:      [[ADDRESS:715 Camino del Rey]], [[LOCATION:Las Cruces]], [[LOCATION:NM]] [[ZIP_CODE:88001]]
Phone:                [[PHONE_NUMBER:575-526-0483]]
Benefit:              Veterans Pension with Aid & Attendance
Intent to file date:  [[DATE_TIME:09/23/2024]]""",
    """{"ss_number": "[[ID_NUMBER:34-7120458-3]]", "member": "[[PERSON:Jocelyn Bautista]]", "employer": "Mabuhay Foods Corp.", "period": "2025-01", "ee_share": 900, "er_share": 1900}
{"ss_number": "[[ID_NUMBER:33-9941827-6]]", "member": "[[PERSON:Rodel Macaraeg]]", "employer": "Mabuhay Foods Corp.", "period": "2025-01", "ee_share": 750, "er_share": 1585}
{"ss_number": "[[ID_NUMBER:02-1188430-1]]", "member": "[[PERSON:Ma. Cristina Villareal]]", "employer": "Mabuhay Foods Corp.", "period": "2025-01", "ee_share": 1125, "er_share": 2375}""",
    """card_no,patron,email,phone,branch,fines_cad
[[ID_NUMBER:29085001447261]],[[PERSON:Élodie Gagnon]],[[EMAIL_ADDRESS:elodie.gagnon@videotron.ca]],[[PHONE_NUMBER:514-228-4190]],Mile End,0.00
[[ID_NUMBER:29085001447279]],[[PERSON:Arash Tehrani]],[[EMAIL_ADDRESS:arash.t@gmail.com]],[[PHONE_NUMBER:438-771-0325]],Côte-des-Neiges,2.50
[[ID_NUMBER:29085001447295]],[[PERSON:Margaret Whitehorse]],,[[PHONE_NUMBER:(514) 932-6618]],Westmount,11.25""",
    """| Guest | Party of | Dietary | Table | RSVP received |
|:--|:-:|:--|:-:|:--|
| Auntie [[PERSON:Folasade]] & Uncle [[PERSON:Kunle Adeyemi]] | 2 | none | 3 | [[DATE_TIME:2 May]] |
| [[PERSON:Hannah]] + [[PERSON:Oisín Breathnach]] | 2 | vegetarian | 5 | [[DATE_TIME:28 April]] |
| [[PERSON:Dr. Teju Ogunlesi]] | 1 | gluten-free | 1 | [[DATE_TIME:6 May]] |
| [[PERSON:Becca]] (plus one TBC) | 2 | vegan | 7 | [[DATE_TIME:30 April]] |""",
    """awb\tconsignee\taddress\tpostcode\tphone\tpcs\tkg
7781 2290 4410\t[[PERSON:Dilnoza Rakhimova]]\t[[ADDRESS:Flat 31, Meridian Court, 8 Canal Walk]], [[LOCATION:Leicester]]\t[[ZIP_CODE:LE1 5AG]]\t[[PHONE_NUMBER:07562 119 840]]\t1\t2.4
7781 2290 4411\t[[PERSON:Callum Fraser]]\t[[ADDRESS:Braeside, 2 Station Brae]], [[LOCATION:Kingussie]]\t[[ZIP_CODE:PH21 1EP]]\t[[PHONE_NUMBER:01540 661 207]]\t3\t18.0
7781 2290 4412\t[[PERSON:Precious Mahlaba]]\t[[ADDRESS:114 Tulketh Road]], [[LOCATION:Preston]]\t[[ZIP_CODE:PR2 1ES]]\t[[PHONE_NUMBER:+44 7931 450 662]]\t1\t0.6""",
    """NHS No        Surname         Forename   DOB          Postcode
[[ID_NUMBER:485 777 3457]]  [[PERSON:Achebe]]          [[PERSON:Ngozi]]      [[DATE_TIME:12-Jan-1971]]  [[ZIP_CODE:SE15 4QH]]
[[ID_NUMBER:638 420 1178]]  [[PERSON:Fitzgerald]]      [[PERSON:Seamus]]     [[DATE_TIME:30-Jun-1939]]  [[ZIP_CODE:NW6 2DL]]
[[ID_NUMBER:721 904 4682]]  [[PERSON:Kaur-Bassi]]      [[PERSON:Jasleen]]    [[DATE_TIME:04-Sep-2012]]  [[ZIP_CODE:UB1 3EW]]
[[ID_NUMBER:550 218 8736]]  [[PERSON:Wojciechowski]]   [[PERSON:Pawel]]      [[DATE_TIME:19-Feb-1984]]  [[ZIP_CODE:E17 6HT]]""",
    """name,grad_year,email,city,employer
[[PERSON:Aoife Ní Mhurchú]],2009,[[EMAIL_ADDRESS:aoife.nimhurchu@gmail.com]],[[LOCATION:Galway]],Medtronic
[[PERSON:Tadhg O'Sullivan]],2011,[[EMAIL_ADDRESS:tadhg.osull@eircom.net]],[[LOCATION:Boston]],State Street
[[PERSON:Chiamaka Udeh]],2016,[[EMAIL_ADDRESS:chiamaka.udeh@outlook.ie]],[[LOCATION:Dublin]],Stripe
[[PERSON:Rory Breen]],2016,,[[LOCATION:Sydney]],self-employed""",
    """| Owner | Phone | Pet | Species | Balance |
|---|---|---|---|---|
| [[PERSON:Mrs. Gwendolyn Harcourt]] | [[PHONE_NUMBER:01962 844 310]] | Truffle | dog | £0.00 |
| [[PERSON:Abimbola Sowande]] | [[PHONE_NUMBER:07788 302 519]] | Mr Whiskers | cat | £64.50 |
| [[PERSON:Lewis]] & [[PERSON:Hamza Clarke-Iqbal]] | [[PHONE_NUMBER:07414 660 083]] | Pickle | rabbit | £12.00 |""",
    """{"rider": "[[PERSON:Zhou Mingyu]]", "phone": "[[PHONE_NUMBER:+61 414 902 337]]", "pickup": "[[ADDRESS:17 Rosalind Street]], [[LOCATION:Cammeray]]", "pickup_at": "[[DATE_TIME:2025-05-09 06:15]]", "dropoff": "Sydney Airport T1", "fare_aud": 58.4}
{"rider": "[[PERSON:Georgia Papadakis]]", "phone": "[[PHONE_NUMBER:0421 730 118]]", "pickup": "[[ADDRESS:Unit 12, 4 Belmore Street]], [[LOCATION:Burwood]]", "pickup_at": "[[DATE_TIME:2025-05-09 07:40]]", "dropoff": "Westfield Parramatta", "fare_aud": 31.0}
{"rider": "[[PERSON:Tipene Walker]]", "phone": "[[PHONE_NUMBER:0455 281 604]]", "pickup": "Central Station", "pickup_at": "[[DATE_TIME:2025-05-09 08:02]]", "dropoff": "[[ADDRESS:230 Oxford Street]], [[LOCATION:Bondi Junction]]", "fare_aud": 27.9}""",
    """unit,resident,nric_fin,contact,household_size
[[ADDRESS:Blk 218 Bedok North St 1, #05-112]],[[PERSON:Siti Nurhaliza bte Osman]],[[ID_NUMBER:S7632915Z]],[[PHONE_NUMBER:9347 2216]],4
[[ADDRESS:Blk 218 Bedok North St 1, #07-118]],[[PERSON:Ravi s/o Ramasamy]],[[ID_NUMBER:T0228419C]],[[PHONE_NUMBER:8122 0574]],2
[[ADDRESS:Blk 219 Bedok North St 1, #11-140]],[[PERSON:Nguyen Thi Hoa]],[[ID_NUMBER:F2290847L]],[[PHONE_NUMBER:+65 8805 1932]],3""",
    """maintainers:
  - github: [[USERNAME:ltorvaldsen]]
    name: [[PERSON:Lise Torvaldsen]]
    email: [[EMAIL_ADDRESS:lise@torvaldsen.dk]]
    area: parser
  - github: [[USERNAME:oba-dev]]
    name: [[PERSON:Obafemi Adewale]]
    email: [[EMAIL_ADDRESS:obafemi.adewale@gmail.com]]
    area: ci
  - github: [[USERNAME:mkowalski-pl]]
    name: [[PERSON:Michał Kowalski]]
    homepage: [[URL:https://mkowalski.dev]]
    area: docs""",
    """Patient:            [[PERSON:Bronwyn Stathakis]]
Medicare no.:       [[ID_NUMBER:4162 70943 2]]
IRN:                2
DVA card:           no
Date of birth:      [[DATE_TIME:03 Nov 1958]]
Address:            [[ADDRESS:88 Glenferrie Road]], [[LOCATION:Hawthorn]] [[LOCATION:VIC]] [[ZIP_CODE:3122]]
Mobile:             [[PHONE_NUMBER:0409 771 265]]
Usual GP:           [[PERSON:Dr. Hemant Kulkarni]]
Last visit:         [[DATE_TIME:Wed 12 Feb 2025, 4:20 pm]]""",
    """staff_id,employee,dept,emergency_contact,relationship,contact_phone
HR-0192,[[PERSON:Marisa Coutinho]],Finance,[[PERSON:Rui Coutinho]],spouse,[[PHONE_NUMBER:+1 (617) 502-3348]]
HR-0207,[[PERSON:Deshawn Pryor]],Warehouse,[[PERSON:Loretta Pryor]],mother,[[PHONE_NUMBER:617-288-0914]]
HR-0211,[[PERSON:Yui Hasegawa]],R&D,[[PERSON:Kenji Hasegawa]],father,[[PHONE_NUMBER:+81 90-4418-2207]]
HR-0230,[[PERSON:Tomás Ferreira]],Sales,none given,,""",
    """| Permit | Resident | Address | Plate | Zone |
|---|---|---|---|---|
| RP-4410 | [[PERSON:Eleanor Whitlock]] | [[ADDRESS:14 Arundel Square]] | [[ID_NUMBER:GF68 WLK]] | B |
| RP-4411 | [[PERSON:Babajide Ojo]] | [[ADDRESS:22A Liverpool Road]] | [[ID_NUMBER:LR21 OJO]] | B |
| RP-4415 | [[PERSON:Mei-Ling Chua]] | [[ADDRESS:Flat 3, 9 Offord Road]] | [[ID_NUMBER:YD70 TMC]] | C |""",
    """user\temail\tallowed_ip\tteam
[[USERNAME:fkhoury]]\t[[EMAIL_ADDRESS:fadi.khoury@gmail.com]]\t[[IP_ADDRESS:94.187.22.63]]\tdata
[[USERNAME:jpetrov]]\t[[EMAIL_ADDRESS:j.petrov@abv.bg]]\t[[IP_ADDRESS:78.83.140.201]]\tdata
[[USERNAME:amalik]]\t[[EMAIL_ADDRESS:aisha.malik@protonmail.com]]\t[[IP_ADDRESS:2406:3003:2007:1b4::5]]\tplatform""",
    """tfn,client,lodged,refund_aud,agent_ref
[[ID_NUMBER:128 930 462]],[[PERSON:Harrison Te Rangi]],[[DATE_TIME:2024-08-19]],1420.55,AG-77
[[ID_NUMBER:324 590 185]],[[PERSON:Ngoc Anh Tran]],[[DATE_TIME:2024-09-02]],310.00,AG-77
[[ID_NUMBER:716 255 399]],[[PERSON:Bridget Callaghan]],[[DATE_TIME:2024-10-28]],-86.20,AG-81
[[ID_NUMBER:552 180 470]],[[PERSON:Sandeep Gill]],not lodged,,AG-81""",
    """| Recipient | SIN | Benefit | Start | Province |
|---|---|---|---|---|
| [[PERSON:Yvonne Bellefeuille]] | [[ID_NUMBER:138 472 600]] | OAS + GIS | [[DATE_TIME:2024-12]] | [[LOCATION:NB]] |
| [[PERSON:Gurbachan Singh Dhillon]] | [[ID_NUMBER:526 719 349]] | CPP retirement | [[DATE_TIME:2025-02]] | [[LOCATION:AB]] |
| [[PERSON:Agnes Pelletier]] | [[ID_NUMBER:210 477 352]] | CPP survivor | [[DATE_TIME:2025-03]] | [[LOCATION:QC]] |""",
    """{"report_id": 55102, "reporter": "[[USERNAME:moonlit_marguerite]]", "reported": "[[USERNAME:chad.thunder88]]", "reason": "asked for money", "reported_profile": "[[URL:https://www.instagram.com/chad.thunder88]]"}
{"report_id": 55107, "reporter": "[[USERNAME:k.olamide]]", "reported": "[[USERNAME:yachtlife_james]]", "reason": "fake photos", "reported_profile": null}
{"report_id": 55110, "reporter": "[[USERNAME:bookworm_bea]]", "reported": "[[USERNAME:dr_harrison_md]]", "reason": "harassment", "reported_profile": "[[URL:https://www.facebook.com/harrison.whitford.792]]"}""",
    """Ward      Candidate                   Party                      Votes
Abbey     [[PERSON:Shabana Mahmood-Reilly]]      [[NRP:Labour]]                     1,842
Abbey     [[PERSON:Geoffrey Tranter]]            [[NRP:Conservative]]               1,106
Abbey     [[PERSON:Ellis Okonedo]]               [[NRP:Green Party]]                  977
Castle    [[PERSON:Rhiannon Pugh]]               [[NRP:Liberal Democrats]]          2,015""",
    """patient,ward,faith,visit,chaplain
[[PERSON:Samuel Adjei]],Ward 12,[[NRP:Methodist]],[[DATE_TIME:2025-01-06 14:00]],[[TITLE:Revd]] [[PERSON:Clare Hollis]]
[[PERSON:Farida Begum]],Ward 4,[[NRP:Muslim]],[[DATE_TIME:2025-01-06 15:30]],imam on call
[[PERSON:Isaac Rosenberg]],Ward 9,[[NRP:Jewish]],[[DATE_TIME:2025-01-07 10:15]],[[TITLE:Rabbi]] [[PERSON:Tovah Klein]]
[[PERSON:Paddy Moran]],Ward 12,[[NRP:Catholic]],[[DATE_TIME:2025-01-07 11:00]],[[TITLE:Fr.]] [[PERSON:Kevin Duggan]]""",
    """| Member | National ID | SHA No. | Phone | County |
|---|---|---|---|---|
| [[PERSON:Achieng' Odhiambo]] | [[ID_NUMBER:31208456]] | [[ID_NUMBER:CR4418720930-5]] | [[PHONE_NUMBER:0701 338 214]] | [[LOCATION:Kisumu]] |
| [[PERSON:Kiprono Langat]] | [[ID_NUMBER:27744019]] | [[ID_NUMBER:CR9902117463-1]] | [[PHONE_NUMBER:0722 905 661]] | [[LOCATION:Kericho]] |
| [[PERSON:Halima Abdi Noor]] | [[ID_NUMBER:35510882]] | [[ID_NUMBER:CR2038846115-8]] | [[PHONE_NUMBER:+254 110 447 902]] | [[LOCATION:Garissa]] |""",
    """rsa_pin,surname,first_name,dob,pfa,state_of_origin
[[ID_NUMBER:PEN200417738204]],[[PERSON:Abubakar]],[[PERSON:Musa]],[[DATE_TIME:12/04/1966]],Stanbic IBTC Pension,[[LOCATION:Sokoto]]
[[ID_NUMBER:PEN100981266043]],[[PERSON:Eze]],[[PERSON:Ngozika]],[[DATE_TIME:30/09/1971]],ARM Pension,[[LOCATION:Imo]]
[[ID_NUMBER:PEN100338902517]],[[PERSON:Adeyemi]],[[PERSON:Olusola]],[[DATE_TIME:02/01/1968]],Premium Pension,[[LOCATION:Oyo]]""",
    """Client:          [[PERSON:Mr. Nikolaos Georgiou]]
UTR:             [[ID_NUMBER:74481 20936]]
NI number:       [[ID_NUMBER:NE 84 21 07 B]]
Date of birth:   [[DATE_TIME:25 July 1972]]
Address:         [[ADDRESS:Flat 4, 31 Tollington Park]], [[LOCATION:London]] [[ZIP_CODE:N4 3QP]]
Email:           [[EMAIL_ADDRESS:nick.georgiou@me.com]]
Tax year:        2023-24
Return filed:    [[DATE_TIME:22/01/2025]]
Balance due:     £3,412.80 (by [[DATE_TIME:31/01/2025]])""",
    """{"ts": "[[DATE_TIME:2025-03-08T12:04:55Z]]", "cardholder": "[[PERSON:Leonie Abernathy]]", "card": "[[CREDIT_CARD:5167 4402 9831 1750]]", "amount": 84.20, "currency": "GBP", "status": "captured"}
{"ts": "[[DATE_TIME:2025-03-08T12:05:31Z]]", "cardholder": "[[PERSON:Kwabena Owusu]]", "card": "[[CREDIT_CARD:4041 2773 8815 9029]]", "amount": 15.00, "currency": "GBP", "status": "declined"}
{"ts": "[[DATE_TIME:2025-03-08T12:07:12Z]]", "cardholder": "[[PERSON:Sinéad Rafferty]]", "card": "[[CREDIT_CARD:2226 1834 0091 7249]]", "amount": 230.75, "currency": "GBP", "status": "captured"}""",
    """claim_no,policyholder,dob,incident_date,postcode,phone,reserve
CLM-118204,[[PERSON:Glenys Prothero]],[[DATE_TIME:14/02/1960]],[[DATE_TIME:03/01/2025]],[[ZIP_CODE:SA1 6PL]],[[PHONE_NUMBER:01792 460 118]],2500
CLM-118209,[[PERSON:Jamal Haddad]],[[DATE_TIME:27/11/1991]],[[DATE_TIME:05/01/2025]],[[ZIP_CODE:CF24 3DG]],[[PHONE_NUMBER:07855 203 447]],12000
CLM-118213,[[PERSON:Rhodri Evans]],[[DATE_TIME:08/08/1977]],[[DATE_TIME:06/01/2025]],[[ZIP_CODE:LL57 2DG]],[[PHONE_NUMBER:07377 019 884]],800""",
    """kyc_checks:
  - holder: [[PERSON:Lucía Fernández Ortega]]
    doc: DNI
    number: [[ID_NUMBER:48291736Q]]
    birth: [[DATE_TIME:1994-02-07]]
    result: pass
  - holder: [[PERSON:Youssef El Amrani]]
    doc: NIE
    number: [[ID_NUMBER:X4182907N]]
    birth: [[DATE_TIME:1986-10-21]]
    result: pass
  - holder: [[PERSON:Jordi Puigdemunt i Serra]]
    doc: DNI
    number: [[ID_NUMBER:71209465Q]]
    birth: [[DATE_TIME:2001-05-15]]
    result: manual_review""",
    """| Employee | BSN | DOB | Role | Contract |
|---|---|---|---|---|
| [[PERSON:Sanne de Boer]] | [[ID_NUMBER:209155462]] | [[DATE_TIME:11-03-1990]] | planner | permanent |
| [[PERSON:Mustafa Yılmaz]] | [[ID_NUMBER:452609173]] | [[DATE_TIME:24-08-1983]] | driver | fixed-term |
| [[PERSON:Joost Brinkman]] | [[ID_NUMBER:610773288]] | [[DATE_TIME:02-12-1975]] | warehouse | permanent |""",
    """patient_id\tname\thetu\tlanguage\tmunicipality
[[ID_NUMBER:P-30018]]\t[[PERSON:Mikael Lindroos]]\t[[ID_NUMBER:140379-2275]]\tSwedish\t[[LOCATION:Vaasa]]
[[ID_NUMBER:P-30022]]\t[[PERSON:Aino Heikkinen]]\t[[ID_NUMBER:021195-836M]]\tFinnish\t[[LOCATION:Tampere]]
[[ID_NUMBER:P-30025]]\t[[PERSON:Emma Nyström]]\t[[ID_NUMBER:300602A516B]]\tSwedish\t[[LOCATION:Porvoo]]""",

    """passenger,fodselsnummer,cabin,car_reg,embark
[[PERSON:Henrik Aasland]],[[ID_NUMBER:12058543703]],4112,[[ID_NUMBER:EL 48213]],[[LOCATION:Bergen]]
[[PERSON:Magnus Aasland]],[[ID_NUMBER:03079143706]],4112,,[[LOCATION:Bergen]]
[[PERSON:Kristine Solheim]],[[ID_NUMBER:25116425435]],4120,[[ID_NUMBER:SU 90377]],[[LOCATION:Stavanger]]""",
    """| Worker | PESEL | Agency | Site | Start date |
|---|---|---|---|---|
| [[PERSON:Katarzyna Lewandowska]] | [[ID_NUMBER:84071503622]] | StaffLink | Daventry DC | [[DATE_TIME:07/04/2025]] |
| [[PERSON:Piotr Zieliński]] | [[ID_NUMBER:92120347857]] | StaffLink | Daventry DC | [[DATE_TIME:07/04/2025]] |
| [[PERSON:Andrei Popescu]] | n/a (RO) | WorkForce+ | Corby | [[DATE_TIME:14/04/2025]] |""",
    """STATE  LICENSE NO          NAME                    DOB         RESULT
NY     [[US_DRIVER_LICENSE:482 117 390]]         [[PERSON:Theresa Kowalczyk]]       [[DATE_TIME:1979-08-14]]  VALID
FL     [[US_DRIVER_LICENSE:W426-545-30-761-0]]   [[PERSON:Darnell Whitfield]]       [[DATE_TIME:1990-03-01]]  SUSPENDED
TX     [[US_DRIVER_LICENSE:27719034]]            [[PERSON:Ana Lucía Benavides]]     [[DATE_TIME:2001-11-22]]  VALID
WA     [[US_DRIVER_LICENSE:WDL7Q8R2M4KJ]]        [[PERSON:Kenji Moriyama-Ross]]     [[DATE_TIME:1968-05-30]]  EXPIRED""",
    """last_name,first_name,passport_no,passport_exp,dob,room_share
[[PERSON:Castellanos]],[[PERSON:Ruth]],[[US_PASSPORT:A41872230]],2031-06-30,[[DATE_TIME:1957-09-12]],[[PERSON:Castellanos]], [[PERSON:D.]]
[[PERSON:Castellanos]],[[PERSON:Daniel]],[[US_PASSPORT:A41872231]],2031-06-30,[[DATE_TIME:1955-01-04]],[[PERSON:Castellanos]], [[PERSON:R.]]
[[PERSON:Oyelaran]],[[PERSON:Bisi]],[[US_PASSPORT:568204417]],2027-02-14,[[DATE_TIME:1962-12-25]],single
[[PERSON:Lindqvist]],[[PERSON:Carl]],[[US_PASSPORT:647739105]],2029-10-09,[[DATE_TIME:1960-07-18]],single""",
    """{"email": "[[EMAIL_ADDRESS:tamsin.kerr@gmail.com]]", "ip": "[[IP_ADDRESS:86.29.114.7]]", "consented_at": "[[DATE_TIME:2025-01-17T21:03:44Z]]", "lists": ["offers"], "source": "footer"}
{"email": "[[EMAIL_ADDRESS:v.rajagopal@yahoo.in]]", "ip": "[[IP_ADDRESS:117.201.66.38]]", "consented_at": "[[DATE_TIME:2025-01-18T04:12:09Z]]", "lists": ["offers", "news"], "source": "checkout"}
{"email": "hello@blueharbourcafe.com", "ip": null, "consented_at": "2025-01-18T08:30:00Z", "lists": ["b2b"], "source": "import"}
{"email": "[[EMAIL_ADDRESS:mwangi.grace@gmail.com]]", "ip": "[[IP_ADDRESS:197.232.61.4]]", "consented_at": "[[DATE_TIME:2025-01-18T11:47:31Z]]", "lists": ["news"], "source": "popup"}""",
    """CHILD
  Name:            [[PERSON:Ivy-Rose Mahoney]]
  Date of birth:   [[DATE_TIME:22/09/2021]]
  Start date:      [[DATE_TIME:Monday 1 September 2025]]
  Sessions:        Mon, Wed, Thu (full day)
PARENT / CARER 1
  Name:            [[PERSON:Kerry Mahoney]]
  Mobile:          [[PHONE_NUMBER:07956 330 281]]
  Email:           [[EMAIL_ADDRESS:kerry.mahoney84@hotmail.com]]
  Address:         [[ADDRESS:6 Foxglove Way]], [[LOCATION:Chelmsford]] [[ZIP_CODE:CM1 6YT]]
PARENT / CARER 2
  Name:            [[PERSON:Dean Ashworth]]
  Mobile:          [[PHONE_NUMBER:07845 119 062]]
Collection password: bluebell""",
    """sender,cpf,recipient,recipient_city,amount_brl,sent_on
[[PERSON:Marcos Vinícius Teixeira]],[[ID_NUMBER:318.406.775-03]],[[PERSON:Rosângela Teixeira]],[[LOCATION:Goiânia]],1500.00,[[DATE_TIME:2025-02-03]]
[[PERSON:Juliana Prado]],[[ID_NUMBER:204.718.935-79]],[[PERSON:Sebastião Prado]],[[LOCATION:Recife]],800.00,[[DATE_TIME:2025-02-05]]
[[PERSON:Thiago Okamoto]],[[ID_NUMBER:116.384.207-93]],[[PERSON:Hiroko Okamoto]],[[LOCATION:Londrina]],2200.00,[[DATE_TIME:2025-02-06]]""",
    """nominativo;codice_fiscale;data_nascita;comune_nascita;pensione_mensile;pagamento
[[PERSON:Giuseppina Russo]];[[ID_NUMBER:RSSGPP41B63G273G]];[[DATE_TIME:23/02/1941]];[[LOCATION:Palermo]];812,40;[[IBAN_CODE:IT79J0306909606100000104812]]
[[PERSON:Vincenzo Caruso]];[[ID_NUMBER:CRSVCN46R08C351Z]];[[DATE_TIME:08/10/1946]];[[LOCATION:Catania]];1.344,15;[[IBAN_CODE:IT29B0103014200000001877209]]
[[PERSON:Anna Maria Fontana]];[[ID_NUMBER:FNTNMR50E71F205K]];[[DATE_TIME:31/05/1950]];[[LOCATION:Milano]];1.902,77;ufficio postale
[[PERSON:Franco Greco]];[[ID_NUMBER:GRCFNC39T12H224T]];[[DATE_TIME:12/12/1939]];[[LOCATION:Reggio Calabria]];690,00;ufficio postale""",
    """| Dipendente | Matricola | Codice fiscale | Reparto | IBAN stipendio |
|---|---|---|---|---|
| [[PERSON:Davide Moretti]] | [[ID_NUMBER:M-00412]] | [[ID_NUMBER:MRTDVD88H19H501V]] | Logistica | [[IBAN_CODE:IT14K0306903210100000061522]] |
| [[PERSON:Elena Ricci]] | [[ID_NUMBER:M-00431]] | [[ID_NUMBER:RCCLNE93S42L781B]] | Amministrazione | [[IBAN_CODE:IT26U0200805021000105883419]] |
| [[PERSON:Marco Barbieri]] | [[ID_NUMBER:M-00458]] | [[ID_NUMBER:BRBMRC79C27G224H]] | Produzione | [[IBAN_CODE:IT97Z0558401604000000018877]] |""",
    """{"paziente": "[[PERSON:Sofia Conti]]", "tessera_sanitaria": "[[ID_NUMBER:CNTSFO01M54A944P]]", "telefono": "[[PHONE_NUMBER:333 490 1827]]", "visita": "[[DATE_TIME:2025-03-12 08:40]]", "reparto": "dermatologia"}
{"paziente": "[[PERSON:Luca Mancini]]", "tessera_sanitaria": "[[ID_NUMBER:MNCLCU70A05A271L]]", "telefono": "[[PHONE_NUMBER:071 220 4518]]", "visita": "[[DATE_TIME:2025-03-12 09:00]]", "reparto": "cardiologia"}
{"paziente": "[[PERSON:Francesca De Luca]]", "tessera_sanitaria": "[[ID_NUMBER:DLCFNC62P70G273Z]]", "telefono": "[[PHONE_NUMBER:+39 328 661 0094]]", "visita": "[[DATE_TIME:2025-03-12 09:20]]", "reparto": "cardiologia"}
{"paziente": "[[PERSON:Lorenzo Marchetti]]", "tessera_sanitaria": "[[ID_NUMBER:MRCLNZ78T21D612F]]", "telefono": null, "visita": "[[DATE_TIME:2025-03-13 11:15]]", "reparto": "ortopedia"}""",
    """namn;personnummer;adress;postnr;ort;telefon
[[PERSON:Karin Andersson]];[[ID_NUMBER:620415-1622]];[[ADDRESS:Västra Hamngatan 8]];[[ZIP_CODE:411 17]];[[LOCATION:Göteborg]];[[PHONE_NUMBER:031-711 48 20]]
[[PERSON:Mohammed Ali Yusuf]];[[ID_NUMBER:900930-4172]];[[ADDRESS:Rinkebysvängen 42, lgh 1304]];[[ZIP_CODE:163 74]];[[LOCATION:Spånga]];[[PHONE_NUMBER:072-880 41 17]]
[[PERSON:Olof Bergström]];[[ID_NUMBER:451201-3592]];[[ADDRESS:Bruksgatan 3]];[[ZIP_CODE:811 31]];[[LOCATION:Sandviken]];[[PHONE_NUMBER:026-25 10 93]]
[[PERSON:Linnea Ek]];[[ID_NUMBER:020719-2089]];c/o [[PERSON:Ek]], [[ADDRESS:Stationsvägen 11]];[[ZIP_CODE:952 31]];[[LOCATION:Kalix]];[[PHONE_NUMBER:+46 70 214 55 98]]""",
    """| Namn | Personnummer | Kommun | Pension/mån | Utbetalning |
|---|---|---|---|---|
| [[PERSON:Britt-Marie Sundqvist]] | [[ID_NUMBER:19490308-7262]] | [[LOCATION:Skellefteå]] | 14 220 kr | [[IBAN_CODE:SE0750000000058392017461]] |
| [[PERSON:Kjell Nordin]] | [[ID_NUMBER:19521127-0110]] | [[LOCATION:Borlänge]] | 18 905 kr | [[IBAN_CODE:SE6330000000081275540336]] |
| [[PERSON:Aino Korhonen]] | [[ID_NUMBER:19440622-4842]] | [[LOCATION:Haparanda]] | 11 470 kr | utbetalningskort |""",
    """{"hyresgast": "[[PERSON:Nora Lindgren]]", "personnummer": "[[ID_NUMBER:030905-2462]]", "lgh": "1101", "inflyttning": "[[DATE_TIME:2024-09-01]]", "telefon": "[[PHONE_NUMBER:076-552 30 19]]"}
{"hyresgast": "[[PERSON:Johan Petersson]]", "personnummer": "[[ID_NUMBER:781122-9017]]", "lgh": "1102", "inflyttning": "[[DATE_TIME:2019-04-01]]", "telefon": "[[PHONE_NUMBER:070-318 66 04]]"}
{"hyresgast": "[[PERSON:Fatima Haidari]]", "personnummer": "[[ID_NUMBER:990704-6800]]", "lgh": "1201", "inflyttning": "[[DATE_TIME:2023-12-15]]", "telefon": "[[PHONE_NUMBER:073-904 12 77]]"}
{"hyresgast": "[[PERSON:Olga Kuznetsova]]", "samordningsnummer": "[[ID_NUMBER:851276-3924]]", "lgh": "1203", "inflyttning": "[[DATE_TIME:2025-02-01]]", "telefon": "[[PHONE_NUMBER:+46 72 633 08 41]]"}""",
    """ticket,customer,callback_number,best_time,product,notes
T-99120,[[PERSON:Agatha Brennan-Lowe]],[[PHONE_NUMBER:(902) 455-7163]],after 5pm,router,keeps dropping
T-99124,[[PERSON:Hyacinth Morgan]],[[PHONE_NUMBER:876-927-4410]],mornings,modem,account holder is her son [[PERSON:Delroy]]
T-99131,[[PERSON:Sunil Wickramasinghe]],[[PHONE_NUMBER:+94 77 318 2264]],[[DATE_TIME:Thu 6 Mar 10:00]],mesh kit,
T-99132,[[PERSON:R. Pillay]],[[PHONE_NUMBER:031 207 4419]],any,router,wants a technician""",
]

CHAT = [
    """[09:14] Bot: Welcome to Northgate Energy live chat. What's your full name?
[09:14] Customer: [[PERSON:Alisha Grant-Moyo]]
[09:15] Agent [[PERSON:Tom]]: Hi [[PERSON:Alisha]], it's [[PERSON:Tom]]. Can you confirm the first line of the address and the postcode on the account?
[09:15] [[PERSON:Alisha Grant-Moyo]]: [[ADDRESS:27 Sycamore Rise]], [[ZIP_CODE:LS17 8QA]]
[09:16] Agent [[PERSON:Tom]]: Thanks. And your date of birth?
[09:16] [[PERSON:Alisha Grant-Moyo]]: [[DATE_TIME:9th April 1993]]
[09:17] Agent [[PERSON:Tom]]: Lovely. I can see last week's direct debit bounced, do you want to pay by card now?
[09:18] [[PERSON:Alisha Grant-Moyo]]: yes [[CREDIT_CARD:4117 7352 0961 0883]] exp 10/27
[09:18] Agent [[PERSON:Tom]]: Please don't type the security code here! I'll send a secure payment link to [[EMAIL_ADDRESS:alisha.gm@gmail.com]] instead.
[09:19] [[PERSON:Alisha Grant-Moyo]]: ok thanks [[PERSON:Tom]]""",
    """[[[DATE_TIME:12/03/2025, 19:02]]] [[PERSON:Tolu Bankole]]: [[PERSON:Ade]] did you send Mum's pension credit form?
[[[DATE_TIME:12/03/2025, 19:05]]] [[PERSON:Adeyinka Bankole]]: not yet, I need her NI number again
[[[DATE_TIME:12/03/2025, 19:06]]] [[PERSON:Tolu Bankole]]: [[ID_NUMBER:ZH 41 70 28 C]]
[[[DATE_TIME:12/03/2025, 19:06]]] [[PERSON:Tolu Bankole]]: and her DOB is [[DATE_TIME:17/10/1952]] in case they ask
[[[DATE_TIME:12/03/2025, 19:10]]] [[PERSON:Adeyinka Bankole]]: ok. letters go to hers, [[ADDRESS:Flat 5, 112 Lordship Lane]] right?
[[[DATE_TIME:12/03/2025, 19:11]]] [[PERSON:Tolu Bankole]]: yes [[ZIP_CODE:SE22 8HF]]. put my number as the backup, [[PHONE_NUMBER:07403 558 219]]
[[[DATE_TIME:12/03/2025, 19:12]]] [[PERSON:Adeyinka Bankole]]: 👍 will do it tomorrow at lunch""",
    """#payroll-ops

[[PERSON:Maria Santos]]  10:41 AM
@[[USERNAME:dwright]] can you fix [[PERSON:Obinna]]'s tax code before Friday's run? He started [[DATE_TIME:17 Feb]] and HMRC sent a new code for NI [[ID_NUMBER:OA 62 11 94 B]]

[[PERSON:Dan Wright]]  10:44 AM
on it. is his bank still the old Monzo account or the new one?

[[PERSON:Maria Santos]]  10:45 AM
new one: [[IBAN_CODE:GB35MONZ04000412837760]]

[[PERSON:Dan Wright]]  10:52 AM
done ✅ also [[PERSON:Priya K]] asked for her P60 to go to [[EMAIL_ADDRESS:priya.k.mehta@gmail.com]] not her work email""",
    """Chat with Airtel Care, 14 Jan
You: hi my sim got blocked after the KYC update
Care ([[PERSON:Ritika]]): Sorry for the trouble! Please share the blocked number and the name on the connection.
You: [[PHONE_NUMBER:98110 47263]], [[PERSON:Harpreet Kaur Sodhi]]
Care ([[PERSON:Ritika]]): Thank you ma'am. For re-verification I need the last 4 digits of your Aadhaar and your date of birth.
You: 3620, [[DATE_TIME:4 Aug 1989]]
Care ([[PERSON:Ritika]]): Verified. Your request SR-440192817 is raised, the SIM will be active within 4 hours. Alternate number for updates?
You: [[PHONE_NUMBER:+91 70420 11936]], or mail [[EMAIL_ADDRESS:harpreet.sodhi89@gmail.com]]""",
    """Operatore ([[PERSON:Valentina]]): Buongiorno, patronato ACLI di [[LOCATION:Verona]], come posso aiutarla?
Utente: Buongiorno, sono [[PERSON:Ernesto Zanella]], volevo sapere della domanda di pensione anticipata di mia moglie
Operatore ([[PERSON:Valentina]]): Certo. Mi dice il codice fiscale di sua moglie?
Utente: [[ID_NUMBER:BRTMRA38C42E512Z]]... no scusi quello è di mia suocera. Mia moglie è [[PERSON:Carla Bortolotti]]
Operatore ([[PERSON:Valentina]]): Nessun problema, mi basta il nome e la data di nascita.
Utente: nata il [[DATE_TIME:19 novembre 1962]] a [[LOCATION:Legnago]]
Operatore ([[PERSON:Valentina]]): Trovata. La pratica è in lavorazione, le mandiamo un SMS al [[PHONE_NUMBER:340 226 7719]] appena arriva la delibera.""",
    """#mod-log (Discord)
[21:07] [[USERNAME:RavenClaw_Mod]]: heads up, [[USERNAME:ttv_zeroping]] doxxed someone in #general
[21:08] [[USERNAME:RavenClaw_Mod]]: he posted "[[PERSON:Kyle Brandtner]] lives at [[ADDRESS:1187 Orchard Hill Dr]], [[LOCATION:Fort Wayne]], his number is [[PHONE_NUMBER:260-417-3382]]"
[21:08] [[USERNAME:sable.admin]]: deleted. banning. do we have his IP from the verification bot?
[21:09] [[USERNAME:RavenClaw_Mod]]: [[IP_ADDRESS:98.221.140.57]], same as his alt [[USERNAME:zeroping_2]]
[21:11] [[USERNAME:sable.admin]]: ban done. I'll DM [[PERSON:Kyle]] and tell him to report it""",
    """@FlySkyBlueAir my flight got cancelled and I need to rebook for two asap
FlySkyBlue Air: Hi there, sorry to hear that! Please DM us your booking reference and the names of the passengers.
DM from @[[USERNAME:jen_okoro]]: booking ZK4T9Q, passengers [[PERSON:Jennifer Okoro]] and [[PERSON:Chidi Okoro]]
FlySkyBlue Air: Thanks [[PERSON:Jennifer]]. We have seats on the 18:40 tomorrow. For the new ticket can you confirm [[PERSON:Chidi]]'s passport number and date of birth?
DM from @[[USERNAME:jen_okoro]]: [[ID_NUMBER:A10447182]], [[DATE_TIME:02/06/2016]]. he's [[AGE:8]] so please seat him with me
FlySkyBlue Air: Done, seats 14A and 14B. Confirmation is on its way to [[EMAIL_ADDRESS:jen.okoro@gmail.com]]. ^[[PERSON:MK]]""",
    """Team chat, Harbourview Tax & Accounting (internal)
[[PERSON:Leah]] 08:52: morning! [[PERSON:Mr. Delgado]] rang, wants to know if we filed his return
[[PERSON:Sam]] 08:55: which one, [[PERSON:Ruben]] or his dad [[PERSON:Arturo]]?
[[PERSON:Leah]] 08:55: [[PERSON:Ruben]]. SSN ends 4471, DOB [[DATE_TIME:3/19/1986]]
[[PERSON:Sam]] 08:58: yep, e-filed [[DATE_TIME:Mar 28 at 4:12pm]], accepted. refund $1,906 to acct [[ID_NUMBER:328801774]]
[[PERSON:Leah]] 09:00: great. his new address for the state letter is [[ADDRESS:5520 Kessler Blvd, Unit 9]], [[LOCATION:Indianapolis]] [[ZIP_CODE:46228]]
[[PERSON:Sam]] 09:01: updating now. and [[PERSON:Arturo]]'s extension is in, I'll call him on [[PHONE_NUMBER:(317) 604-2218]] after lunch""",
]

LOOKALIKE = [
    """Release notes, Helios Inventory Server 4.12.0 (build 2025.03.1187)
- Upgraded the embedded database driver from 10.2.4.1 to 10.4.0.3 and OpenSSL to 3.0.13.
- SKU import now accepts 14-character codes such as HX-4471-220-BLK and EAN-13 barcodes like 7350045012234.
- Fixed the ISBN validator rejecting 978-88-459-1226-9 (thanks to [[PERSON:Rukmini Iyer]] for the report).
- Default warehouse moved to Nelson Mandela Boulevard, Unit C; pickups now close at 17:30 on Fridays.
- Order ORD-2025-004471 and invoice INV-88120-B were used as fixtures; commit 9f3c2a7e41b0 adds the regression test.
- Support: +1 800 437 2291 (toll-free) or support@helios-inventory.com. Licence key format: HLX-7Q2K-99PA-31ZT.""",
    """Your order is on the way!
Hi [[PERSON:Bethany]], good news: order #WS-30018842 shipped on 4 March from our Leeds fulfilment centre.
Tracking: 1Z 84A 7F0 03 4417 2202 (UPS) - parcel 2 of 2: JD014600009372451183
Items: Parkinson Cordless Drill PKD-18V (SKU 500-4417-02), Dewey Decimal Bookends x2 (SKU 114-0098-11)
Invoice INV-2025-030417 is attached. Questions? Call 0333 014 2290 or email orders@woodshed-supplies.co.uk, quoting case CS-889120.
We'll email updates to [[EMAIL_ADDRESS:bethany.harrow@icloud.com]].""",
    """Change log for the data pipeline (ticket DATA-4471)
Reported by [[PERSON:Jana Horvat]]: checksums sha256:7d1e9a0c3b6f42e8a1d5c0b9e47f2a63 and 7d1e9a0c3b6f42e8a1d5c0b9e47f2a64 differ after the 2.17.3.9 upgrade.
Affected hosts: ingest-eu-07 and ingest-eu-08 (MAC 00:50:56:A4:12:7F, asset serial CZJ4410B7Q), job UUID 3f2b8c1e-9a7d-4e15-b6c2-71d04a8e5f90.
Rollback target: release 2.16.11.4. Config version 1.0.0.27.
Escalation via the on-call mailbox platform-oncall@northwind-data.io or the bridge line +44 20 3048 1100, PIN 449120.""",
    """FAKTURA 2025-0417
Säljare: Nordljus Belysning AB, org.nr 556734-2109, momsreg.nr SE556734210901
Adress: Kungsgatan 44, 111 35 Stockholm. Tel 08-410 227 00, kundtjanst@nordljus.se
Bankgiro 5512-8839. OCR-nummer 4471902283315.
Artiklar: Taklampa Alvar (art.nr 72-1190-08) 2 st, LED-list Greta (art.nr 72-4417-11) 5 st
Er referens: [[PERSON:Anna Holm]]. Vår referens: kundservice.
Förfallodatum 30 dagar netto. Leveransvillkor FCA Västerås.""",
    """Clinical trial notice, study NCT05517234 (protocol HZ-2231-04)
The study compares two regimens for Hodgkin lymphoma and Crohn's disease flares; centres in Sweden, Italy and the UK take part under EudraCT 2023-004471-19.
Lot numbers: B4471-23A and B4471-23C; NDC 0781-5184-10.
Site 14 enrolled a [[AGE:54]]-year-old participant this month; the Data Safety Monitoring Board meets at the Alan Turing Building, room 3.17.
Contact the trial office on +46 18 471 00 00 or trials@hz-research.eu (not a personal address).""",
    """Route 42 diversion notice
From 10 March buses on route 42 will run via Harriet Tubman Avenue and Martin Luther King Jr Way instead of Cesar Chavez Street while the water main is replaced.
Stops 40417 (Frederick Douglass Plaza) and 40418 (Rosa Parks Station) are closed; use temporary stop 40421 outside the Simón Bolívar Library.
Real-time info: text 40421 to 57911, or call 311. Fleet numbers 2231 to 2260 are affected. Customer service hours 07:00-19:00. Questions about this notice go to the duty planner, [[PERSON:Keisha Barnes]].""",
    """Bookshop reading list, spring term (no action needed)
1. The Penguin Guide to Roman Roads, ISBN 978-0-14-311755-1, £12.99, shelf mark HIST-220.4
2. Il nome della rosa (Bompiani), ISBN 978-88-459-1226-9, £15.50
3. Svensk historia i korthet, ISBN 978-91-7029-581-2, £18.00
4. Mapping the Mind, ISBN 978-1-86197-271-2, £9.99
Prices include VAT (reg. GB 302 4471 02). Order before 20 March on 01223 470 118 or readinglists@bookhouse.co.uk; our till receipts carry store code 0042 and terminal ID 77120438.""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind77", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind105.jsonl: a hundred-and-fifth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind105.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, its import lines, and at their very end the opening
line of its GEN list with that list's first record) and its closing
scaffolding from `STYLES = {` to the end of the file (copied here, with the
style names changed); gold_sets.py (whole); and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`). Not read: minimize/, recognizers/, any test other than those
lines, bench/, the README, any *.jsonl set (this script's own output
included), any other make_*.py, anything under /tmp; no git command was run
(no history, log or status). The detector, the bench and the tests were never
run. Do not tune the detector against this set: once it has been used to
tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks ("[[PERSON:Dr. Ana Ruiz]]" gives a
TITLE span and a PERSON span). Check digits were worked out while writing
with throwaway Python one-liners run in the shell (nothing saved, no record
generated): card numbers pass Luhn; IBANs pass mod-97 with their country's
length, and the national checks inside the French (RIB key), Belgian,
Spanish and Portuguese IBANs are right too; Canadian SINs (Luhn), Belgian
national register numbers (mod 97, sex digit agreeing with the first name),
Swiss AVS numbers (EAN-13), NHS numbers (mod 11), the Scottish CHI number
(mod 11, sex digit and birth date agreeing), Aadhaar (Verhoeff), Singapore
NRIC / FIN letters, Irish PPSNs, Australian TFNs and the Medicare number,
the Spanish DNI letter and South African ids (Luhn, agreeing with sex and
birth date) are valid, and so are the ISBN-13s among the look-alikes. The UK
driving licence numbers follow the surname / birth-date pattern (no check
computed). Not checked: US SSNs, UK NI numbers, PAN, Kenyan ids, Nigerian
BVNs and account numbers, Philippine SSS / PhilHealth / Pag-IBIG numbers,
Quebec RAMQ numbers, Senegalese and Ivorian CNI numbers and UEMOA account
numbers, Bangladeshi NID, Canadian UCI, passports, licences, plates, bank
account numbers and staff, student, member, patient and loyalty numbers.
`gold_sets.check` re-checks cards and IBANs and refuses a bad one. No
package registry, model or data set was queried.

Styles (ids `blind105-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Canada, Ireland, Australia, New Zealand, India,
South Africa, Nigeria, Ghana, Kenya, Singapore and the Philippines, with
names from the many cultures living there, plus travellers and hotel guests
from elsewhere); 24 are in French (Quebec, Belgium, Switzerland, Senegal and
Côte d'Ivoire), spread over the styles (gen 8, bench 8, table 5, chat 2,
lookalike 1). Airlines, travel bookings, hotel guest registers and lost
luggage get extra weight (about a third to two fifths of gen and bench);
the rest spread widely (banking, insurance, health, pharmacy, legal,
schools, HR and payroll, retail, telecoms, government, real estate, gaming,
social media, tech support, deliveries, gyms, vets, charities):
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd, dense sentences with job titles, streets with building numbers,
  secondary addresses, IPv4 / IPv6, MACs, user agents, cards with CVV and
  expiry, IBAN / BIC, passwords), gretel-pii-masking-en-v1 (claims,
  contracts, discharge summaries, loan and enrolment forms, notices, letters,
  a PIR, a guest card) and Nemotron-PII (JSON, log lines, SQL, XML, YAML,
  .env, Python / JS snippets, curl, e-mail headers, tickets, HTML forms).
- `gen` (80): one to four LLM-style sentences with personal data in prose;
  names at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (60): one small table per record as text: CSV (15), TSV (6),
  pipes / Markdown / psql (12), fixed-width (8), JSON lines (7), YAML (6),
  key: value blocks (6); varied column names, non-PII columns, header rows
  unlabeled.
- `chat` (8): a baggage support chat, a family group, a Slack channel, a
  hotel SMS thread, a Discord server, a bank chat, a Quebec telecom chat and
  a Senegalese travel-agency thread, speakers' names labeled.
- `lookalike` (7): texts full of PII-shaped non-PII (PO, tracking, invoice
  and work-order refs, SKUs, EANs, ISBNs, IP-shaped versions, hashes, UUIDs,
  serials, MACs, company phones, role mailboxes, eponyms, streets named after
  people without a number), with the few real PII values labeled; one has no
  PII at all.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, nicknames; a
  possessive "'s" is outside. TITLE: honorifics and ranks attached to a name
  (Mr, Mrs, Ms, Mx, Dr, Prof, Sir, Nurse, Capt., Sgt., Hon., M., Mme, MR /
  MRS in PNR names), apart from the name; job titles and family words
  (uncle, Aunty, grandma) stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), house and
  building names; city, district, county, state / province (abbreviated
  too) and country are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates with a day or a month, in any shape, with a
  weekday or clock time said with them inside the span; not bare years,
  weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer, client, member and loyalty numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MACs,
  sort codes, IFSC, BIC and branch codes, CVVs and expiries, order / ticket /
  claim / policy / booking / tracking references, company phones and role
  mailboxes, versions, hashes, serials, partial or masked numbers, pets,
  eponyms and brands, header rows.
- Calls made while writing this set: a passenger's flight dates and a
  guest's arrival / departure dates are the person's dates (DATE_TIME);
  PNRs, e-ticket numbers, bag tags, PIR file references, flight numbers,
  seats, room numbers and three-letter airport codes are not labeled, while
  an airport given by name (Changi, Gatwick, Heathrow) and the cities of a
  route are LOCATION; frequent-flyer, hotel loyalty and Known Traveler
  numbers are ID_NUMBER; in "OKORO/CHINEDU MR" surname and given name are
  two PERSON spans and MR is TITLE; a nationality adjective on a passport
  ("Indian passport", "passeport suisse") is NRP; the timestamp of a log
  line is DATE_TIME when the line records an identified person's own action
  (a login, a booking, a check-in, a payment), like a last login, and not
  on system lines; internal database keys (user_id=88213, pax_id, "u_7Hq2")
  are not labeled, a customer / client / member number is ID_NUMBER; every
  IP literal is IP_ADDRESS, private and server ones too, while IP-shaped
  versions are not; a unit given in its own column ("1A") is ADDRESS; a
  group or event named after a family ("Holloway family reunion") has its
  surname labeled PERSON; the Date header of a person's e-mail and the date
  of a letter are DATE_TIME, while found dates of lost property, sale dates
  on a receipt and dates of network works are not; a month and year of a
  person joining ("Mar 2019") is DATE_TIME; streets given without a number
  (an intersection, "Darwin Road", "Mandela Way") are not labeled; Senegalese
  "villa n° 2418" and Ivorian "lot 1182" are ADDRESS and the quartiers
  around them (Sicap Liberté 2, Riviera 3, Cocody) LOCATION; an age, sex or
  nationality column follows the table rule of make_blind22.py (age AGE,
  sex unlabeled, nationality NRP, country / state / county / province
  LOCATION).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind105.jsonl")

GEN = [
    """Hi, this is [[PERSON:Tomasz Wójcik]]. My suitcase never came off flight AC 871 from [[LOCATION:Frankfurt]] when I landed in [[LOCATION:Toronto]] on [[DATE_TIME:March 9]]. The file reference is YYZAC40417; please courier it to [[ADDRESS:58 Dunvegan Road]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4V 2P5]] or text me at [[PHONE_NUMBER:647-318-2290]].""",
    """Booking for two under the name [[PERSON:Adaeze Nwankwo-Bello]]: check-in [[DATE_TIME:Friday 12 July 2024]], check-out [[DATE_TIME:Monday 15 July 2024]], sea-view double. She expects to arrive around 23:00 and left her mobile, [[PHONE_NUMBER:+44 7700 918 442]], in case the desk needs her.""",
    """can you move [[PERSON:jake o'sullivan]]'s seat to an aisle? he's flying [[LOCATION:Dublin]] to [[LOCATION:Boston]] on [[DATE_TIME:the 22nd]] and his frequent flyer number is [[ID_NUMBER:EI 30482716]]. thanks!!""",
    """Passenger [[PERSON:Mei Ling Tan]], [[AGE:48]], has asked for wheelchair assistance at [[LOCATION:Changi]] for her departure on [[DATE_TIME:4 November]]. Her NRIC is [[ID_NUMBER:S7612048Z]] and she can be reached on [[PHONE_NUMBER:+65 9127 4480]].""",
    """We have found a navy hard-shell spinner tagged to [[PERSON:Rahul Menon]] (tag 0220 LH 442817). We can deliver it to [[ADDRESS:Flat 3, 19 Alder Grove]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 7JT]] on [[DATE_TIME:Thursday 18 April between 2 and 6pm]] unless he would rather collect it from the baggage office.""",
    """Guest [[PERSON:Ingrid Solberg]], a [[NRP:Norwegian]] national, checked into room 412 at [[DATE_TIME:14:20 on 2 August]]. Passport number [[ID_NUMBER:FK4471093]] was copied at the desk.""",
    """My name's [[PERSON:Kwame Asante]] and I booked a return ticket [[LOCATION:Accra]]–[[LOCATION:London]] for my mum, [[PERSON:Efua Asante]], who is [[AGE:72]]. Can you add a diabetic meal to booking QX7HP2? Her date of birth is [[DATE_TIME:03/02/1952]].""",
    """The rental agreement lists [[PERSON:Dmitri Volkov]] as the main driver, UK licence [[ID_NUMBER:VOLKO703158D99LX]], with pickup in [[LOCATION:Edinburgh]] on [[DATE_TIME:27.05.2024 at 09:00]] and return at the same desk a week later.""",
    """Could you please resend the e-ticket to [[EMAIL_ADDRESS:fatou.diallo88@gmail.com]]? Ticket 0572318850496 is for [[PERSON:Fatou Diallo]], flying on [[DATE_TIME:the 3rd of September]], and the confirmation never arrived.""",
    """Lost: grey laptop backpack left in coach C, seat 41, of the train I took on [[DATE_TIME:19 June]] from [[LOCATION:Leeds]]. Stickers on the front pocket. If found please call [[PERSON:Hamid]] on [[PHONE_NUMBER:07823 556 091]].""",
    """Reservation note: [[PERSON:Mr. Oluwaseun Adeyemi]] and [[PERSON:Mrs. Bisola Adeyemi]] arriving [[DATE_TIME:24/12/2024]] for three nights, wedding anniversary, please arrange flowers in the room. Card on file ending 7781.""",
    """I am writing for my father, [[PERSON:Giuseppe Romano]] ([[AGE:81]]), whose hearing aids were in the bag lost on the [[DATE_TIME:11 October]] flight from [[LOCATION:Naples]]. His home address is [[ADDRESS:27 Bellbird Crescent]], [[LOCATION:Marrickville]] [[LOCATION:NSW]] [[ZIP_CODE:2204]].""",
    """[[PERSON:Sunita]] from accounts confirmed that the refund for the cancelled [[LOCATION:Mumbai]] trip went back to card [[CREDIT_CARD:4485 9320 1176 8231]] on [[DATE_TIME:2 Feb]].""",
    """travel insurance claim for [[PERSON:chloe martin]]: trip cut short after she broke her wrist in [[LOCATION:Queenstown]] on [[DATE_TIME:jan 8]], policy TRV-558210. best to reach her on [[PHONE_NUMBER:021 448 9302]] after 5.""",
    """Please note the group leader's details: [[PERSON:Bongani Mthembu]], [[NRP:South African]] passport [[ID_NUMBER:A08833172]], ID number [[ID_NUMBER:8804125014081]], born [[DATE_TIME:12 April 1988]].""",
    """We'd love to welcome [[PERSON:Ayesha Siddiqui]] back. Her last stay was [[DATE_TIME:5–9 March 2023]] in room 208; she prefers hypoallergenic pillows and her loyalty number is [[ID_NUMBER:HH 771 804 2219]].""",
    """Hey it's [[PERSON:Luis]]. The flight got moved to [[DATE_TIME:Sunday the 14th at 7:40]], so could you grab me from the airport? My new number is [[PHONE_NUMBER:+1 (305) 417-2268]].""",
    """Unaccompanied minor form: [[PERSON:Noah Friedman]], age [[AGE:9]], travelling [[LOCATION:Newark]] to [[LOCATION:Tel Aviv]] on [[DATE_TIME:June 30, 2024]]. He will be met on arrival by his grandmother, [[PERSON:Ruth Friedman]], [[PHONE_NUMBER:+972 54 731 2086]].""",
    """Dear [[PERSON:Ms. Ferreira]], your delayed bag (reference LISTP61023) has been traced to [[LOCATION:Madrid]] and will be delivered tomorrow to [[ADDRESS:Rua da Boavista 112, 3.º Esq.]], [[ZIP_CODE:1200-066]] [[LOCATION:Lisboa]].""",
    """The guest in 1107, [[PERSON:Viktor Horváth]], is a [[NRP:Hungarian]] citizen staying until [[DATE_TIME:the 19th]]; his room service charges go to the company account, not to his personal card.""",
    """My husband [[PERSON:Arjun]] and I ([[PERSON:Kavya Reddy]]) would like extra legroom on both legs, PNR 6TQ2LM, travelling on [[DATE_TIME:19/08]] and [[DATE_TIME:02/09]]. For the domestic check-in, my Aadhaar is [[ID_NUMBER:7391 5028 8461]].""",
    """The hostel register shows [[PERSON:Sebastián Quispe]] ([[NRP:Peruvian]], [[AGE:24]]) checked in at [[DATE_TIME:21:15 on 2 March]] and paid cash for four nights in the mixed dorm.""",
    """[[PERSON:Olena Kovalenko]] reports that her pushchair was damaged on arrival at [[LOCATION:Gatwick]] on [[DATE_TIME:Saturday, 6 April]]. She lives at [[ADDRESS:4 Wren Close]], [[LOCATION:Crawley]] [[ZIP_CODE:RH10 6BU]] and asks that the £180 be paid to [[IBAN_CODE:GB41 LOYD 3096 2217 7045 12]].""",
    """Hi [[PERSON:Camille]], just confirming your cabin upgrade for the sailing on [[DATE_TIME:October 2]]. If anything changes, reply here or ring [[PERSON:Greg]] on his direct line, [[PHONE_NUMBER:(02) 9247 6630]].""",
    """airport pickup for [[PERSON:hiroshi tanaka]] and [[PERSON:yuki tanaka]], landing [[DATE_TIME:nov 3 around 5pm]]. driver to hold a sign with the surname, hotel is already paid.""",
    """Our records show [[PERSON:Abdullahi Musa]]'s checked bag weighed 31 kg; the excess fee of ₦42,000 was paid from his account [[ID_NUMBER:0123874561]] on [[DATE_TIME:14 January]].""",
    """For the visa letter: [[PERSON:Nguyen Thi Lan]], born [[DATE_TIME:1990-07-14]], [[NRP:Vietnamese]] passport [[ID_NUMBER:C4829173]], attending the conference in [[LOCATION:Vancouver]] from [[DATE_TIME:May 21]] to [[DATE_TIME:May 24]].""",
    """[[PERSON:Margaret Okonkwo]] called at 10:15 to report her debit card [[CREDIT_CARD:4929 0046 5512 7811]] stolen. The replacement will be posted to [[ADDRESS:9 Ellesmere Avenue]], [[LOCATION:Bolton]] [[ZIP_CODE:BL3 4HQ]].""",
    """Patient [[PERSON:Harold Jenkins]], [[AGE:78]], NHS number [[ID_NUMBER:943 476 5919]], was seen in the falls clinic on [[DATE_TIME:14/05/2024]] and has been referred for physiotherapy.""",
    """pls let [[PERSON:marisol]] know her refill is ready. dob on file is [[DATE_TIME:4-11-87]], insurance member id [[ID_NUMBER:W228140375]], copay is $15.""",
    """The hearing in [[PERSON:Delacroix]] v. [[PERSON:Whitmore]] has been moved to [[DATE_TIME:September 17, 2024, at 9:30 a.m.]]; counsel for the plaintiff, [[PERSON:Ananya Bose]], will appear remotely.""",
    """[[PERSON:Zainab Hussain]] in Year 4 will be away from [[DATE_TIME:Monday 3 June]] to [[DATE_TIME:Friday 7 June]] for a family wedding in [[LOCATION:Lahore]]. Her pupil number is [[ID_NUMBER:K914302558016]].""",
    """From [[DATE_TIME:1 July 2024]], [[PERSON:Liam Ó Briain]]'s salary will be paid into [[IBAN_CODE:IE09 BOFI 9000 1776 5432 19]]. His PPS number is [[ID_NUMBER:4418203E]].""",
    """Return authorised for order #558-2210497 placed by [[PERSON:Renee Kowalczyk]]; the refund goes back to the Amex ending 1009. Ship-to: [[ADDRESS:2207 Larkspur Ln, Apt 5B]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83706]].""",
    """Porting request: move [[PHONE_NUMBER:+27 82 554 1930]] from Vodacom to MTN for the account holder, [[PERSON:Thandiwe Nkosi]], ID [[ID_NUMBER:9107230261087]].""",
    """The tenancy at [[ADDRESS:Unit 12/45 Riverview Terrace]], [[LOCATION:Indooroopilly]] [[LOCATION:QLD]] [[ZIP_CODE:4068]] starts on [[DATE_TIME:15 August]]; the lease holders are [[PERSON:Jasmine Park]] and [[PERSON:Daniel Whitaker]].""",
    """User [[USERNAME:xX_ShadowFox_Xx]] (real name [[PERSON:Connor Blake]], registered with [[EMAIL_ADDRESS:c.blake2009@outlook.com]]) was banned on [[DATE_TIME:2024-02-11]] after three chargebacks, all from [[IP_ADDRESS:86.142.17.203]].""",
    """Follow my journey! I'm [[PERSON:Tayo]], [[AGE:26]], an ER nurse in [[LOCATION:Houston]]. Find me at [[URL:https://www.instagram.com/tayo.scrubs]] or on TikTok as [[USERNAME:tayoinscrubs]].""",
    """Ticket from [[PERSON:Prakash Iyer]]: his VPN drops every twenty minutes when he works from home, where the laptop gets [[IP_ADDRESS:192.168.4.57]]. Call him on extension 4471 or his mobile, [[PHONE_NUMBER:+91 99001 27364]].""",
    """The parcel for [[PERSON:Ewa Zielińska]] could not be delivered to [[ADDRESS:Flat 7B, 88 Cathcart Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G42 7BH]] and is waiting at the depot for seven days.""",
    """[[PERSON:ben o'connor]] froze his membership from [[DATE_TIME:12 may]] to [[DATE_TIME:12 june]], member no [[ID_NUMBER:PG-448120]], no fee charged.""",
    """[[PERSON:Mrs. Haddad]] brought Biscuit in for his boosters on [[DATE_TIME:March 3rd]]; please call her back on [[PHONE_NUMBER:617-934-2281]] about the dental quote.""",
    """Claimant [[PERSON:Roberto Esposito]] (DOB [[DATE_TIME:22 Jan 1969]]) says his car was hit while parked outside [[ADDRESS:1440 W Addison St]], [[LOCATION:Chicago]] on the night of [[DATE_TIME:6 April]].""",
    """For the W-4, [[PERSON:Keisha Robinson]]'s SSN is [[US_SSN:521-48-9067]] and her home address is [[ADDRESS:310 Magnolia Ave]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31401]].""",
    """[[PERSON:Shreya Kulkarni]] ([[AGE:31]]) from [[LOCATION:Pune]] has applied for a home loan. PAN [[ID_NUMBER:BKLPK4821M]], mobile [[PHONE_NUMBER:+91 98220 41736]].""",
    """An M-Pesa refund of KSh 3,500 was sent to [[PHONE_NUMBER:0722 318 640]] for [[PERSON:Wanjiru Kamau]], ID number [[ID_NUMBER:28415067]].""",
    """Please update [[PERSON:Maria Cristina Dela Cruz]]'s SSS number to [[ID_NUMBER:34-5678912-3]] and her address to [[ADDRESS:Blk 4 Lot 12, Sampaguita St.]], [[LOCATION:Barangay San Isidro]], [[LOCATION:Quezon City]].""",
    """[[PERSON:Lachlan McKenzie]] gave his TFN as [[ID_NUMBER:361 904 280]] and asked for the super to go to the fund he already has.""",
    """[[PERSON:Gurpreet Sandhu]], SIN [[ID_NUMBER:518 209 465]], started at the [[LOCATION:Brampton]] warehouse on [[DATE_TIME:Feb. 19]] on the night shift.""",
    """[[PERSON:Lim Wei Jie]] ([[ID_NUMBER:T0281593H]]) booked the flat viewing for [[DATE_TIME:Sat 9 Nov, 3pm]] and will bring his fiancée, [[PERSON:Nur Aisyah]].""",
    """The bank has linked Aadhaar [[ID_NUMBER:4820 7736 5128]] to [[PERSON:Ramesh Yadav]]'s savings account after his visit to the [[LOCATION:Kanpur]] branch on [[DATE_TIME:12-03-2024]].""",
    """[[PERSON:Prof. Helen Carter]] has approved [[PERSON:Jamal Idris]]'s extension to [[DATE_TIME:30 April]]; his student number is [[ID_NUMBER:2021184637]].""",
    """omg [[PERSON:priya]] just texted from her new number [[PHONE_NUMBER:07911 402 337]], she's moved to [[LOCATION:manchester]] lol""",
    """[[PERSON:Yusuf Demir]], a practising [[NRP:Muslim]], asked that his meals at the conference on [[DATE_TIME:18 and 19 October]] be halal.""",
    """Volunteers this weekend: [[PERSON:Sarah Bellamy]] (a [[NRP:Liberal Democrat]] member since the last election), [[PERSON:Tom Kettering]] and the spare key holder, [[PERSON:Anneke de Vries]].""",
    """[[PERSON:Dr. Kofi Mensah]] will see you at [[DATE_TIME:10:40 on 21 November]]. Please bring your repeat prescription slip.""",
    """[[PERSON:Doreen Walsh]], born on the [[DATE_TIME:7th of March 1948]], is [[AGE:76]] and her National Insurance number is [[ID_NUMBER:JK 48 22 91 C]].""",
    """Your gas account [[ID_NUMBER:8832 1047 5590]] for [[ADDRESS:22 Mill Lane]], [[LOCATION:Bristol]] [[ZIP_CODE:BS3 4DP]] is £46.12 in credit, [[PERSON:Mr Chaudhry]].""",
    """The defendant, [[PERSON:Darnell Price]], [[AGE:34]], of [[ADDRESS:118 Holloway Road]], [[LOCATION:London]] [[ZIP_CODE:N7 8JE]], pleaded not guilty on [[DATE_TIME:4 March 2024]].""",
    """The wallet owner, [[PERSON:Elif Yıldız]], says the withdrawal was not hers; the session came from [[IP_ADDRESS:2a02:c7f:9e31:4400:8d1:2bb3:19f0:6c2a]], which she does not recognise.""",
    """Your next dialysis session is on [[DATE_TIME:Tue 28 May, 07:30]], [[PERSON:Mrs. Harjit Kaur]]. Transport will collect you from [[ADDRESS:61 Soho Road]], [[LOCATION:Handsworth]].""",
    """Plate [[ID_NUMBER:KX19 TVO]] is registered to [[PERSON:Stuart Fenwick]] of [[LOCATION:Gateshead]], who says he sold the van in [[DATE_TIME:March]] but never sent the V5C.""",
    """[[PERSON:Alejandro Fuentes]], a [[NRP:Mexican]] citizen, has a biometrics appointment in [[LOCATION:Calgary]] on [[DATE_TIME:Wednesday, July 10 at 1:15 pm]]; his UCI is [[ID_NUMBER:1108-4472]].""",
    """Our winner this month is [[PERSON:Siobhán Gallagher]] from [[LOCATION:Galway]]. [[PERSON:Siobhán]], we'll email you at [[EMAIL_ADDRESS:siobhan.gall@eircom.net]] to arrange delivery!""",
    """I've added [[PERSON:Chidi]] and [[PERSON:Ngozi Eze]] to the family plan; [[PERSON:Ngozi]]'s number is [[PHONE_NUMBER:0803 441 2967]] and [[PERSON:Chidi]] keeps his old SIM.""",
    """Can someone check why [[PERSON:ravi shankar]]'s refund went to his old card [[CREDIT_CARD:5244-1822-9031-7768]] instead of the new one?""",
    """Coach [[PERSON:Tamsin Holt]] asked parents to send the kit money by [[DATE_TIME:Friday 13 September]]; [[PERSON:Leo]] ([[AGE:11]]) still owes for his shirt.""",
    """As discussed, the deposit for [[ADDRESS:Apartment 2204, 1 Marina Walk]], [[LOCATION:Dubai Marina]] will be returned to [[PERSON:Omar Farouk]]'s account [[IBAN_CODE:AE50 0330 0000 1928 3746 501]] once the keys are handed back.""",
    """Please register [[PERSON:Jonah Whitfield]] for the swim course starting [[DATE_TIME:8 January]]. He's [[AGE:6]], allergic to peanuts, and his dad's number is [[PHONE_NUMBER:0402 118 775]].""",
    """Bonjour, je m'appelle [[PERSON:Marie-Ève Tremblay]] et ma valise n'est pas arrivée à [[LOCATION:Montréal]] le [[DATE_TIME:12 juillet]] (vol AC 873 en provenance de [[LOCATION:Paris]]). Vous pouvez la livrer au [[ADDRESS:4521, rue Fabre, app. 3]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H2J 3V4]], ou m'appeler au [[PHONE_NUMBER:514 278-3391]].""",
    """[[PERSON:Jean-François Gagnon]], [[AGE:58]] ans, a rendez-vous au CLSC le [[DATE_TIME:mardi 3 septembre à 14 h 30]]. Son numéro d'assurance maladie est [[ID_NUMBER:GAGJ 6609 2114]].""",
    """Réservation au nom de [[TITLE:Mme]] [[PERSON:Sophie Dewulf]] : arrivée le [[DATE_TIME:vendredi 8 novembre]], départ le [[DATE_TIME:10/11]], chambre double côté jardin. Numéro national : [[ID_NUMBER:01.05.19-262.29]].""",
    """Le remboursement sera versé sur le compte [[IBAN_CODE:BE88 3100 9871 2441]] de [[TITLE:M.]] [[PERSON:Karim Benali]], domicilié [[ADDRESS:rue des Tanneurs 58, boîte 4]], [[ZIP_CODE:1000]] [[LOCATION:Bruxelles]].""",
    """Le passager [[PERSON:Nicolas Favre]], né le [[DATE_TIME:17.03.1979]], réclame le remboursement de son vol [[LOCATION:Genève]]–[[LOCATION:Lisbonne]] du [[DATE_TIME:2 juin]], annulé la veille. Passeport [[NRP:suisse]] [[ID_NUMBER:X4729163]], tél. [[PHONE_NUMBER:+41 79 348 22 61]].""",
    """[[PERSON:Aminata Ndiaye]], [[AGE:34]] ans, commerçante, habite [[ADDRESS:villa n° 2418]], [[LOCATION:Sicap Liberté 2]], à [[LOCATION:Dakar]]. Sa carte d'identité porte le numéro [[ID_NUMBER:2 751 1990 03417]] et son portable est le [[PHONE_NUMBER:77 645 21 08]].""",
    """Le client [[PERSON:Koffi Yao Serge]] occupera la chambre 305 du [[DATE_TIME:14 au 17 mars]]; il est joignable au [[PHONE_NUMBER:+225 07 58 34 12 90]] et souhaite une navette depuis l'aéroport d'[[LOCATION:Abidjan]].""",
    """La fille de [[PERSON:Nathalie Bouchard]], [[PERSON:Léa]], commence la maternelle le [[DATE_TIME:28 août]] à l'école du quartier [[LOCATION:Limoilou]]; on peut joindre sa mère au [[PHONE_NUMBER:418 529-0714]].""",
    """The night auditor noted that the guest registered as [[PERSON:Paolo Bianchi]] left without settling the minibar; his card [[CREDIT_CARD:5376 0441 8820 9954]] was declined when we ran it on [[DATE_TIME:21 September]], the morning he checked out.""",
    """[[PERSON:Peter Otieno]]'s KRA PIN is [[ID_NUMBER:A004587213K]] and his payslips should now go to [[EMAIL_ADDRESS:p.otieno.ke@gmail.com]] rather than the office address.""",
    """The lost-property desk at Terminal 2 is holding a knitted rabbit with a name tag that says it belongs to little [[PERSON:amara]]; the label also has a phone number, [[PHONE_NUMBER:+44 7412 663 018]].""",
]

BENCH = [
    """Attention [[PERSON:Mr. Alistair Penhaligon]], as newly appointed Chief Integration Officer you must verify the shipment to [[ADDRESS:4471 Brookfield Terrace, Suite 902]], [[LOCATION:North Emmaside]], before [[DATE_TIME:03/17/2025]]. The 4,203.11 deposit will be drawn from card [[CREDIT_CARD:5186001277344555]] (CVV 771, exp 08/27).""",
    """Passenger [[PERSON:Kalani Akana]] ([[AGE:37]], female) requested seat 14F on the [[DATE_TIME:14/09/2024 06:45]] departure; the booking was made from IP [[IP_ADDRESS:203.118.77.42]] with Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1 and the fare was paid with [[CREDIT_CARD:4546 1890 2273 3418]], expiry 11/26.""",
    """Hey [[PERSON:Zora]], can you check the login for [[USERNAME:zora.kettleworth77]] from [[IP_ADDRESS:45.77.201.9]]? Device MAC 3c:22:fb:91:0e:7d, and the password was reset to Qp!7vLx29# by someone claiming to be the Senior Markets Architect.""",
    """The IBAN [[IBAN_CODE:DE51 1007 0024 0938 1642 00]] with BIC DEUTDEDBBER belongs to [[PERSON:Hannelore Brückner]], [[AGE:63]], a retired Regional Directives Liaison living at [[ADDRESS:Schillerstraße 17]], [[ZIP_CODE:10625]] [[LOCATION:Berlin]].""",
    """Dear [[PERSON:Fenella Ashcombe-Nyqvist]], your locker rental at [[ADDRESS:88 Quarry Hill Road, Unit 4]], [[LOCATION:Hedgeford]], [[LOCATION:Hampshire]] [[ZIP_CODE:SO23 8RT]] renews on [[DATE_TIME:the 1st of June]]. Questions? Call [[PHONE_NUMBER:+44 1962 440 718]] and quote member reference [[ID_NUMBER:83029145]].""",
    """Lost item report: [[PERSON:Oyelaran Babatunde]], Logistics Coordinator, left a black Dell laptop (serial CN-0F9R2X-48220) in the departures lounge on [[DATE_TIME:2024-11-02]]. Contact: [[EMAIL_ADDRESS:b.oyelaran@protonmail.com]], [[PHONE_NUMBER:+234 809 441 7720]]. Home: [[ADDRESS:14B Admiralty Way]], [[LOCATION:Lekki]], [[LOCATION:Lagos]].""",
    """[[PERSON:Ms. Ruthanne Vickery]], DOB [[DATE_TIME:02/29/1984]], has changed her mailing address to [[ADDRESS:PO Box 7731]], [[LOCATION:Cheyenne]], [[LOCATION:WY]] [[ZIP_CODE:82003]] and her driver's license number to [[US_DRIVER_LICENSE:103-44-7821]]. Please confirm via [[EMAIL_ADDRESS:rvickery@fastmail.com]].""",
    """Our Lead Tactics Supervisor, [[PERSON:Ibrahima Sow]], reports that the transfer of 860.00 from account [[ID_NUMBER:44019273]] to [[IBAN_CODE:FR76 1027 8060 7600 0218 7340 114]] at [[DATE_TIME:10:12 PM, March 3rd]] was unauthorized. Originating IPv6: [[IP_ADDRESS:fe80::1c2d:9aff:fe3b:77e1]].""",
    """Flight change for [[PERSON:Magdalena Nowicka]]: [[LOCATION:Kraków]] on [[DATE_TIME:July 7th]], onward to [[LOCATION:Chicago]] on [[DATE_TIME:July 9th]]. Passport [[ID_NUMBER:EM7720184]], nationality [[NRP:Polish]], contact [[PHONE_NUMBER:+48 601 223 947]]. Change fee charged to [[CREDIT_CARD:5456-1007-9988-4123]].""",
    """Hello [[PERSON:Dario]], the quarterly dues of 310.50 for your apartment at [[ADDRESS:5602 Juniper Bend, Apt. 1180]], [[LOCATION:Lake Orla]], [[LOCATION:Vermont]] are overdue. Gas meter serial GM-77130-A. Please pay to [[IBAN_CODE:GB88 BARC 2045 1873 9204 67]] before [[DATE_TIME:Friday, 28 June]].""",
    """[[USERNAME:kwabena_a91]] posted from [[IP_ADDRESS:102.176.65.18]] that his SSN [[US_SSN:287-61-4059]] was leaked together with his old address, [[ADDRESS:901 Delancey Street]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19106]].""",
    """Boarding pass reissued: [[PERSON:SANTIAGO]]/[[PERSON:ELENA]] [[TITLE:MRS]], IB 6251 [[LOCATION:Madrid]]–[[LOCATION:New York]] on [[DATE_TIME:17OCT]], seat 32K, Iberia Plus [[ID_NUMBER:IB 84420173]]. Previous device: MAC 8c:85:90:1a:4f:c2, IP [[IP_ADDRESS:83.45.201.117]].""",
    """Congratulations [[PERSON:Tevita Fifita]]! As our new Dynamic Usability Agent you start on [[DATE_TIME:9 September 2024]] at the [[LOCATION:Auckland]] office. Payroll needs your bank account [[ID_NUMBER:12-3140-0567892-00]] and personal email, [[EMAIL_ADDRESS:tevita.fifita@xtra.co.nz]].""",
    """The medical alert bracelet registered to [[PERSON:Orla Breathnach]], [[AGE:29]], lists her blood type (A+), her PPSN [[ID_NUMBER:7730156P]] and an emergency contact, [[PERSON:Cillian Breathnach]], on [[PHONE_NUMBER:087 219 4408]].""",
    """Account holder [[PERSON:Jaroslav Dvořák]] updated his payout details: IBAN [[IBAN_CODE:NL86 RABO 0318 8264 49]], BIC RABONL2U, billing address [[ADDRESS:Veveří 221]], [[ZIP_CODE:602 00]] [[LOCATION:Brno]], [[LOCATION:Czech Republic]]. Change requested from [[IP_ADDRESS:89.24.130.6]] at 03:14.""",
    """Please send [[PERSON:Gwendolyn Pryce]] the revised lease for [[ADDRESS:Flat 12, 7 Harcourt Mews]], [[LOCATION:Cheltenham]] [[ZIP_CODE:GL50 3PR]]; she is [[AGE:52]], works as a Principal Branding Designer and prefers calls on [[PHONE_NUMBER:01242 558930]].""",
    """Guest folio for [[PERSON:Haruto Sato]]: arrival [[DATE_TIME:2024-04-03 15:40]], departure [[DATE_TIME:2024-04-07]], room 1603, rate code BAR2. Guaranteed with JCB [[CREDIT_CARD:3569 0411 7822 3518]], exp 05/28. Home address [[ADDRESS:2-14-9 Nishiazabu]], [[LOCATION:Minato-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:106-0031]].""",
    """[[PERSON:Mx. Rowan Achterberg]] requested deletion of all data tied to [[EMAIL_ADDRESS:rowan.a@posteo.de]] and the handle [[USERNAME:r_achterberg]], including sessions from [[IP_ADDRESS:2001:16b8:4c1e:8a00:d5f2:13ab:88c4:91e7]].""",
    """Vehicle claim: [[PERSON:Lerato Molefe]] ([[AGE:41]]), ID [[ID_NUMBER:8304120314081]], reports the rear of her Polo was damaged outside [[ADDRESS:233 Jan Smuts Avenue]], [[LOCATION:Craighall Park]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2196]] on [[DATE_TIME:3 May 2024 at 17:20]]. Registration [[ID_NUMBER:HX 44 BK GP]].""",
    """Your one-time code was sent to [[PHONE_NUMBER:+1-646-802-3317]]. If this wasn't you, [[PERSON:Benedikt]], lock the account [[USERNAME:bened1kt_h]] and review the sign-in from [[IP_ADDRESS:176.10.99.200]] (Chrome 124 on Windows 11).""",
    """Baggage claim: [[PERSON:Kavita Rao]], file ref DELAI51207, 1 bag (tag AI 098412), last seen [[LOCATION:Frankfurt]]. Deliver to [[ADDRESS:Flat 402, Orchid Heights, 18 Residency Road]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560025]]. Mob [[PHONE_NUMBER:+91 90080 33215]]. Interim expenses to [[IBAN_CODE:GB83 HBUK 4011 2756 3280 19]].""",
    """I, [[PERSON:Cornelius Oyelowo-Smith]], authorise the Dynamic Accounts Officer to debit [[CREDIT_CARD:340011223344553]] (CID 4412) monthly from [[DATE_TIME:01/08/2024]]. Signed in [[LOCATION:Cardiff]].""",
    """[[PERSON:Sigrún Halldórsdóttir]] changed her password from hunter2! and added the recovery number [[PHONE_NUMBER:+354 661 2048]]. Previous login: [[DATE_TIME:2024-06-11 22:04:51]] from [[IP_ADDRESS:157.157.44.12]].""",
    """Dear [[PERSON:Mr. Adebola Fashola]], your upgrade to Business on [[DATE_TIME:Aug 24]] ([[LOCATION:Lagos]] → [[LOCATION:Houston]]) is confirmed. USD 1,150.00 was charged to [[CREDIT_CARD:4911 0765 2238 0146]]. For the ESTA we hold passport [[ID_NUMBER:A11849203]].""",
    """Debt notice to [[PERSON:Inés Carrasco]], [[ADDRESS:Calle de Toledo 74, 2º B]], [[ZIP_CODE:28005]] [[LOCATION:Madrid]], DNI [[ID_NUMBER:51839276J]]: the balance of 1.240,00 € on account [[IBAN_CODE:ES08 0049 1500 0327 1008 3456]] is due by [[DATE_TIME:15/10/2024]].""",
    """Hi team, [[PERSON:Ananya]] here, the International Functionality Producer. Please wire my reimbursement to [[IBAN_CODE:PT50 0035 0127 0033 8492 1706 4]] and send the receipt to [[EMAIL_ADDRESS:ananya.p.iyer@gmail.com]]. Employee ID [[ID_NUMBER:E-204718]].""",
    """Gender: female. Height: 5'6". Eye colour: hazel. Name: [[PERSON:Priyanka Chaudhary]]. Age: [[AGE:38]]. Job: Senior Quality Technician. Street: [[ADDRESS:Ridgecrest Drive]]; Building: [[ADDRESS:1187]]; Unit: [[ADDRESS:Apt 3C]]; City: [[LOCATION:Plano]]; State: [[LOCATION:TX]]; Zip: [[ZIP_CODE:75024]].""",
    """Trip TRX-99120 for [[PERSON:Leilani Kahananui]] and [[PERSON:Makoa Kahananui]]: hotel check-in [[DATE_TIME:12/20]], check-out [[DATE_TIME:12/27]], rental car pickup at [[LOCATION:Kahului]]. Billing card [[CREDIT_CARD:6011 4730 0218 8368]], billing ZIP [[ZIP_CODE:96793]].""",
    """The Future Metrics Facilitator [[PERSON:Wojciech]] shared his screen from [[IP_ADDRESS:10.44.201.18]] and accidentally showed a spreadsheet with his wife's Social Security number, [[US_SSN:604 22 8135]], and her birthday, [[DATE_TIME:Nov 30 1987]].""",
    """Reminder: [[PERSON:Aaliyah Brooks-Montgomery]] ([[USERNAME:aaliyahbm]]) has a dentist appointment on [[DATE_TIME:Thursday 10/03 at 4:15PM]] at the practice on [[ADDRESS:2019 Peachtree Rd NE]], [[LOCATION:Atlanta]].""",
    """Kindly reissue the ticket for [[PERSON:Ngozi Adichie-Bello]], Regional Optimization Specialist, whose flight on [[DATE_TIME:20/11/2024]] was cancelled; she travels with her son [[PERSON:Chukwuemeka]] ([[AGE:14]]). Charge the fare difference to [[CREDIT_CARD:2221 0044 5678 2136]] and notify her at [[EMAIL_ADDRESS:ngozi.ab@yahoo.co.uk]] or [[PHONE_NUMBER:+44 7388 214 906]].""",
    """Profile sync for [[PERSON:Xavier Moreau-Diop]] (Investor Usability Consultant): LinkedIn [[URL:https://www.linkedin.com/in/xavier-moreau-diop]], GitHub [[USERNAME:xmdiop]], MAC d0:c6:37:5b:aa:14, last seen at [[IP_ADDRESS:5.51.102.230]] on [[DATE_TIME:2024-03-28 08:12]].""",
    """CLAIM SUMMARY - Homeowner Policy HO-4471902
Insured: [[PERSON:Gregory T. Halvorsen]]
Property: [[ADDRESS:6130 Whispering Pines Ct]], [[LOCATION:Eau Claire]], [[LOCATION:WI]] [[ZIP_CODE:54701]]
Date of loss: [[DATE_TIME:February 3, 2024]]
Cause: frozen pipe burst in basement utility room; water damage to drywall and flooring.
Adjuster notes: insured present at inspection on [[DATE_TIME:February 8, 2024]]. Contact number on file [[PHONE_NUMBER:(715) 832-4409]]. Mortgagee: Northcentral Savings Bank.""",
    """EMPLOYMENT AGREEMENT

This Agreement is entered into on [[DATE_TIME:April 2, 2024]] between Brightwater Analytics LLC (the "Company") and [[PERSON:Rosalind Mbeki-Carter]] (the "Employee"), residing at [[ADDRESS:77 Chauncy Street, Apt 4]], [[LOCATION:Boston]], [[LOCATION:MA]] [[ZIP_CODE:02111]].

1. Start Date. Employee shall commence employment on [[DATE_TIME:April 22, 2024]] as Data Governance Manager.
2. Compensation. Base salary of $142,000 per annum, paid bi-weekly by direct deposit.
Employee SSN (payroll use only): [[US_SSN:048-72-3316]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Eduardo Salazar]]   MRN: [[ID_NUMBER:00488217]]   DOB: [[DATE_TIME:09/14/1957]]
Admitted: [[DATE_TIME:06/02/2024]]   Discharged: [[DATE_TIME:06/06/2024]]
Attending: [[PERSON:Dr. Miriam Okafor]]
Diagnosis: community-acquired pneumonia, right lower lobe.
Follow up with PCP [[PERSON:Dr. Lee]] within 7 days. Patient lives with his daughter [[PERSON:Carolina]] at [[ADDRESS:412 Calle Luna]], [[LOCATION:Santa Fe]], [[LOCATION:NM]] [[ZIP_CODE:87501]]; daughter's phone [[PHONE_NUMBER:505-988-1273]].""",
    """LOAN APPLICATION - PERSONAL
Applicant name: [[PERSON:Thabo Khumalo]]
ID number: [[ID_NUMBER:7502155809088]]
Date of birth: [[DATE_TIME:1975/02/15]]
Residential address: [[ADDRESS:18 Protea Street]], [[LOCATION:Rondebosch]], [[LOCATION:Cape Town]], [[ZIP_CODE:7700]]
Employer: Cape Coastal Freight (Pty) Ltd - Fleet Supervisor, 11 years
Monthly gross income: R 38,500
Bank account no.: [[ID_NUMBER:62 1048 3377]], branch code 250655
Amount requested: R 120,000 over 48 months
Signature: ______   Date: [[DATE_TIME:2024-05-20]]""",
    """NOTICE OF RENT INCREASE

To: [[PERSON:Anh Pham]] and [[PERSON:Quoc Bao Pham]], Tenants
Premises: [[ADDRESS:Unit 3, 21 Victoria Street]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]]

Take notice that from [[DATE_TIME:1 October 2024]] the rent for the premises will increase from $480 to $515 per week. This notice is given at least 60 days before the increase takes effect.

Agent: Westgate Property Management, (03) 9689 4400""",
    """FLIGHT DELAY COMPENSATION REQUEST

Passenger: [[PERSON:Aoife Brennan]]
Booking reference: K7PZ3Q
Flight: FR 1442 [[LOCATION:Dublin]] - [[LOCATION:Lanzarote]], scheduled [[DATE_TIME:17 February 2024, 07:05]]
Arrival delay: 4 h 12 min
Address for correspondence: [[ADDRESS:9 Glenageary Park]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]], [[ZIP_CODE:A96 K2X8]]
Email: [[EMAIL_ADDRESS:aoife.brennan@icloud.com]]
Payment details: IBAN [[IBAN_CODE:IE84 AIBK 9320 8657 3012 84]]""",
    """INCIDENT REPORT - Harbourview Hotel
Date of incident: [[DATE_TIME:Saturday 8 June 2024, 02:30]] (approx.)
Guest: [[PERSON:Declan Moriarty]], room 517; home address [[ADDRESS:31 Pembroke Road]], [[LOCATION:Ballsbridge]], [[LOCATION:Dublin 4]]
Description: guest reported that his wallet, containing a Visa card and his driving licence (no. [[ID_NUMBER:190224517]]), was taken from the bar area. Night manager [[PERSON:Ruth Ellison]] reviewed CCTV. Gardaí notified, PULSE ref 24-118374.
Guest contact: [[PHONE_NUMBER:+353 86 412 7750]]""",
    """TRAVEL INSURANCE - CLAIM FORM PART A
Policyholder: [[PERSON:Nirmala Subramaniam]]   Policy no.: TI-2024-883102
Date of birth: [[DATE_TIME:22 Dec 1966]]   Age at departure: [[AGE:57]]
Trip dates: [[DATE_TIME:2 March 2024]] to [[DATE_TIME:30 March 2024]]; destination: [[LOCATION:Sri Lanka]]
Nature of claim: hospitalised in [[LOCATION:Kandy]] from [[DATE_TIME:14 March]] with dengue fever; extra accommodation for travelling companion [[PERSON:Mr. S. Subramaniam]].
Correspondence: [[ADDRESS:45 Hollybush Lane]], [[LOCATION:Harrow]] [[ZIP_CODE:HA2 9LT]]""",
    """PROPERTY IRREGULARITY REPORT
File reference: LHRBA88412
Passenger name: [[PERSON:OKORO]]/[[PERSON:CHINEDU]] [[TITLE:MR]]
Flight/date: BA 075 / [[DATE_TIME:06JUN24]]
Bag tag: BA 412773
Bag description: BK22, black, hard shell, four wheels, red ribbon on handle
Contents: clothing, laptop charger, two wrapped gifts
Permanent address: [[ADDRESS:22 Opebi Road]], [[LOCATION:Ikeja]], [[LOCATION:Lagos]]
Temporary address until [[DATE_TIME:20JUN]]: [[ADDRESS:Flat 9, 140 Old Kent Road]], [[LOCATION:London]] [[ZIP_CODE:SE1 5TY]]
Phone: [[PHONE_NUMBER:+44 7458 112 603]]""",
    """Dear [[PERSON:Dr. Abernethy]],

Re: [[PERSON:Fiona MacLeod]], DOB [[DATE_TIME:04.10.1993]], CHI [[ID_NUMBER:0410934267]]
[[ADDRESS:12/3 Leith Walk]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH6 8LN]]

I would be grateful if you could see this [[AGE:30]]-year-old woman with a six-month history of intermittent palpitations. An ECG on [[DATE_TIME:28 May]] showed sinus rhythm.

Yours sincerely,
[[PERSON:Dr. Imran Qureshi]], GP""",
    """NOTICE OF DATA SECURITY INCIDENT

[[PERSON:Marcus Delgado]]
[[ADDRESS:2718 N Kedzie Blvd]]
[[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60647]]

Dear [[PERSON:Marcus Delgado]]:

We are writing to tell you about an incident that may have involved your personal information. The information involved may have included your name, your Social Security number ending in 4471 and your date of birth. To enroll in two years of free credit monitoring, use enrollment code 8KQ2-PX7M. If you have questions, call our dedicated line at 1-833-480-2217.""",
    """Pre-Approval Letter
Date: [[DATE_TIME:March 11, 2024]]
Borrowers: [[PERSON:Samir Haddad]] and [[PERSON:Leila Haddad]]
Current address: [[ADDRESS:3304 Birchwood Ln]], [[LOCATION:Dearborn]], [[LOCATION:MI]] [[ZIP_CODE:48124]]
Loan program: 30-year fixed, conventional; loan number 7700418823

Dear [[PERSON:Samir]] and [[PERSON:Leila]],
Congratulations! Based on the information provided, you are pre-approved for a purchase price of up to $415,000. This letter expires 90 days from the date above.
[[PERSON:Danielle Ruiz]], Loan Officer""",
    """IN THE PROVINCIAL COURT OF BRITISH COLUMBIA - SMALL CLAIMS
Claimant: [[PERSON:Ji-woo Han]], [[ADDRESS:1402-1288 W Georgia St]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6E 4R3]]
Defendant: [[PERSON:Trevor Lindqvist]], carrying on business as Lindqvist Renovations
Claim: $8,400 for an unfinished bathroom renovation; deposit paid on [[DATE_TIME:September 5, 2023]].
Settlement conference: [[DATE_TIME:Monday, June 17, 2024 at 9:00 a.m.]].""",
    """PRIOR AUTHORIZATION REQUEST
Member: [[PERSON:Beatriz Moreno]]   Member ID: [[ID_NUMBER:XGH884102937]]   Group: 004471
DOB: [[DATE_TIME:1981-12-03]]   Phone: [[PHONE_NUMBER:(210) 734-0193]]
Requesting provider: [[PERSON:Dr. Nathan Feld]]
Service: MRI lumbar spine without contrast, CPT 72148
Clinical notes: [[AGE:42]] y/o F with radiating left leg pain for 8 weeks, failed 6 weeks of PT.""",
    """BILL OF SALE - MOTOR VEHICLE
Seller: [[PERSON:Dale Hutchins]], [[ADDRESS:4408 County Road 12]], [[LOCATION:Fergus Falls]], [[LOCATION:MN]] [[ZIP_CODE:56537]]
Buyer: [[PERSON:Ahmed Warsame]], [[ADDRESS:1720 Riverside Ave, Apt 311]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55454]]
Vehicle: 2016 Ford F-150, odometer 112,480 miles
Sale price: $17,250, paid by cashier's check on [[DATE_TIME:May 4, 2024]]
Buyer's driver's license: [[US_DRIVER_LICENSE:W263-518-447-902]]""",
    """GROUP ACCOMMODATION AGREEMENT
Hotel: The Lakeside Lodge, [[LOCATION:Queenstown]]
Group: [[PERSON:Whitcombe]]-[[PERSON:Tane]] wedding
Contact: [[PERSON:Hana Tane]], [[EMAIL_ADDRESS:hana.tane.nz@gmail.com]], [[PHONE_NUMBER:027 553 8190]]
Arrival: [[DATE_TIME:Thursday 13 February 2025]]   Departure: [[DATE_TIME:Sunday 16 February 2025]]
Rooms: 14 x Lake View King
Deposit: NZ$3,200 charged on signing to the card of [[PERSON:Michael Whitcombe]], [[CREDIT_CARD:5301 2784 6612 0935]].""",
    """DENIED BOARDING - PASSENGER STATEMENT
I, [[PERSON:Rohan Deshpande]], holder of [[NRP:Indian]] passport [[ID_NUMBER:Z6120447]], was denied boarding on flight EK 501 from [[LOCATION:Mumbai]] to [[LOCATION:Dubai]] on [[DATE_TIME:28 March 2024]] because of overbooking. I was rebooked on the next day's flight and spent the night at a hotel near the airport. I request compensation to my account at HDFC Bank, account number [[ID_NUMBER:50100231748865]], IFSC HDFC0000240.
Signed: [[PERSON:Rohan Deshpande]]   Date: [[DATE_TIME:30/03/2024]]""",
    """STUDENT ENROLMENT FORM 2024
Student surname: [[PERSON:Abubakar]]   Given names: [[PERSON:Hauwa Zainab]]
Date of birth: [[DATE_TIME:11/09/2012]]   Year level: 7
Home address: [[ADDRESS:5 Kurrajong Place]], [[LOCATION:Blacktown]] [[LOCATION:NSW]] [[ZIP_CODE:2148]]
Parent/guardian 1: [[PERSON:Musa Abubakar]], mobile [[PHONE_NUMBER:0433 902 617]]
Religion (optional): [[NRP:Islam]]
Medicare number: [[ID_NUMBER:2950 61872 1]]""",
    """NOTICE OF TERMINATION OF EMPLOYMENT
[[DATE_TIME:28 June 2024]]
[[PERSON:Gareth Pryce-Jones]]
[[ADDRESS:14 Heol y Felin]]
[[LOCATION:Pontypridd]]
[[ZIP_CODE:CF37 4EE]]

Dear [[PERSON:Gareth]],
Further to our meeting on [[DATE_TIME:25 June 2024]], I write to confirm that your employment as Warehouse Shift Lead will end on [[DATE_TIME:26 July 2024]]. Your final salary, including 6.5 days of accrued holiday, will be paid to your usual account, and your P45 will be sent to the address above.
Employee number: [[ID_NUMBER:WH-00913]]
[[PERSON:Lisa Carrow]], HR Business Partner""",
    """DAMAGE NOTIFICATION
Rental agreement: 884-201-776
Renter: [[PERSON:Fernanda Oliveira]]   Passport: [[ID_NUMBER:FX882104]]
Pick-up: [[LOCATION:Faro]] airport, [[DATE_TIME:05/08/2024 11:30]]   Return: [[DATE_TIME:12/08/2024 10:05]]
Damage found at return: 12 cm scratch on rear bumper, estimated EUR 290.
The amount will be charged to the card on file, [[CREDIT_CARD:4711 0568 2239 9410]], within 14 days unless disputed by writing to [[EMAIL_ADDRESS:fe.oliveira@uol.com.br]].""",
    """SUBJECT ACCESS REQUEST
From: [[PERSON:Katarzyna Lewandowska]]
Email: [[EMAIL_ADDRESS:k.lewandowska@wp.pl]]
Customer number: [[ID_NUMBER:CUS-7718-2045]]
Under Article 15 GDPR I request a copy of all personal data you hold about me, including recordings of my calls since [[DATE_TIME:March 2023]] and the records of my logins from [[IP_ADDRESS:31.61.140.77]].""",
    """BENEFICIARY DESIGNATION FORM
Plan participant: [[PERSON:Harriet L. Osei]]   Participant ID: [[ID_NUMBER:401K-883019]]
Primary beneficiary: [[PERSON:Kojo Osei]], relationship: spouse, DOB [[DATE_TIME:07/22/1961]], SSN [[US_SSN:219-40-6638]], share 100%
Contingent beneficiary: [[PERSON:Abena Osei-Tutu]], relationship: daughter, DOB [[DATE_TIME:03/15/1990]], share 100%
Participant signature date: [[DATE_TIME:10/02/2023]]""",
    """GUEST REGISTRATION CARD
Surname: [[PERSON:Abernathy-Cole]]   First name: [[PERSON:Imogen]]
Nationality: [[NRP:British]]
Arrival: [[DATE_TIME:03/05/24]]   Departure: [[DATE_TIME:06/05/24]]   Room: 221   Adults: 2
Home address: [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Shelford]], [[LOCATION:Cambridgeshire]] [[ZIP_CODE:CB22 5EW]]
Mobile: [[PHONE_NUMBER:07984 330 215]]   Email: [[EMAIL_ADDRESS:imogen.ac@btinternet.com]]
Car registration: [[ID_NUMBER:AV21 KZP]]
Guest signature: [[PERSON:I. Abernathy-Cole]]""",
    """MOTOR VEHICLE ACCIDENT REPORT (excerpt)
Report no. 24-009817   Reporting officer: [[TITLE:Sgt.]] [[PERSON:Daniel Osterhaus]], badge [[ID_NUMBER:4471]]
Date/time: [[DATE_TIME:11/14/2023 17:48]]   Location: Woodward Ave at E 8 Mile Rd, [[LOCATION:Detroit]]
Driver 1: [[PERSON:Monique Trudeau-Banks]], DOB [[DATE_TIME:08/19/1975]], MI license [[US_DRIVER_LICENSE:T632 441 890 125]]
Driver 2: [[PERSON:Hyun-woo Park]], [[ADDRESS:2290 Pinecrest Dr]], [[LOCATION:Ferndale]], [[LOCATION:MI]] [[ZIP_CODE:48220]], insurance policy 77-4418-220
Narrative: Vehicle 2 failed to yield while turning left; no injuries reported.""",
    """{"customer_id": "[[ID_NUMBER:C-1029384]]", "first_name": "[[PERSON:Isabela]]", "last_name": "[[PERSON:Rocha]]", "email": "[[EMAIL_ADDRESS:isabela.rocha@hotmail.com]]", "phone": "[[PHONE_NUMBER:+1 347-209-8816]]", "dob": "[[DATE_TIME:1992-08-27]]", "address": {"street": "[[ADDRESS:1455 Fulton St Apt 2F]]", "city": "[[LOCATION:Brooklyn]]", "state": "[[LOCATION:NY]]", "zip": "[[ZIP_CODE:11216]]"}, "loyalty_tier": "gold", "last_login": "[[DATE_TIME:2024-05-30T19:42:11Z]]"}""",
    """[[DATE_TIME:2024-03-14T08:21:55.118Z]] INFO auth-service login_success user_id=88213 username=[[USERNAME:m.okafor]] email=[[EMAIL_ADDRESS:miriam.okafor@northwell-staff.org]] src_ip=[[IP_ADDRESS:172.16.40.12]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
2024-03-14T08:22:03.406Z WARN auth-service mfa_sms_dispatch user_id=88213 phone=[[PHONE_NUMBER:+1-516-334-8802]] provider=twilio
2024-03-14T08:22:41.019Z DEBUG auth-service session_store_write user_id=88213 session=7f3c9a2e ttl=3600""",
    """INSERT INTO passengers (pax_id, surname, given_name, dob, passport_no, nationality, email, phone) VALUES
(50118, '[[PERSON:Haddad]]', '[[PERSON:Rania]]', '[[DATE_TIME:1988-01-23]]', '[[ID_NUMBER:RL2847731]]', '[[NRP:Lebanese]]', '[[EMAIL_ADDRESS:rania.haddad@outlook.com]]', '[[PHONE_NUMBER:+961 3 418 227]]'),
(50119, '[[PERSON:Kowalski]]', '[[PERSON:Piotr]]', '[[DATE_TIME:1979-06-02]]', '[[ID_NUMBER:EK4419308]]', '[[NRP:Polish]]', '[[EMAIL_ADDRESS:pkowalski79@onet.pl]]', '[[PHONE_NUMBER:+48 512 330 118]]');""",
    """# staging seed data - DO NOT SHIP
admin_user:
  name: "[[PERSON:Priscilla Oduya]]"
  email: [[EMAIL_ADDRESS:priscilla.oduya@gmail.com]]
  password: "Winter2024!!"
  phone: "[[PHONE_NUMBER:+254 711 902 384]]"
smtp:
  host: smtp.mailgun.org
  port: 587
  from: noreply@ledgerly.app
allowed_ips:
  - [[IP_ADDRESS:197.248.19.77]]
  - [[IP_ADDRESS:41.90.64.13]]""",
    """def test_refund_flow(client):
    payload = {
        "cardholder": "[[PERSON:Theo Marchetti]]",
        "card_number": "[[CREDIT_CARD:4207339182405568]]",
        "cvv": "318",
        "exp": "04/29",
        "billing_zip": "[[ZIP_CODE:94110]]",
        "email": "[[EMAIL_ADDRESS:theo.marchetti@fastmail.fm]]",
    }
    resp = client.post("/api/v2/refunds", json=payload)
    assert resp.status_code == 201""",
    """Ticket #INC-448120 | Priority: P2 | Opened by: [[PERSON:Yaw Boateng]] ([[EMAIL_ADDRESS:yaw.boateng@gmail.com]])
Subject: Can't get into my account after changing phone
Body: Hi, I got a new phone last week and now the 2FA codes still go to my old number [[PHONE_NUMBER:+233 24 418 9026]]. The new one is [[PHONE_NUMBER:+233 55 730 1184]]. My username is [[USERNAME:yboateng_gh]] and my date of birth is [[DATE_TIME:14 August 1990]] if you need to verify. Thanks.
Assigned to: [[PERSON:Ines Albrecht]] (Tier 2)""",
    """{
  "pnr": "ZK4QW8",
  "passengers": [
    {"name": {"first": "[[PERSON:Olumide]]", "last": "[[PERSON:Bankole]]"}, "type": "ADT", "dob": "[[DATE_TIME:1985-03-09]]", "passport": {"number": "[[ID_NUMBER:B50417728]]", "country": "NGA"}, "ff_number": "[[ID_NUMBER:KL 2204 1187 33]]"},
    {"name": {"first": "[[PERSON:Tolu]]", "last": "[[PERSON:Bankole]]"}, "type": "CHD", "dob": "[[DATE_TIME:2017-11-20]]", "passport": {"number": "[[ID_NUMBER:B50417729]]", "country": "NGA"}}
  ],
  "segments": [{"flight": "KL588", "from": "LOS", "to": "AMS", "date": "[[DATE_TIME:2024-12-19]]"}],
  "contact": {"email": "[[EMAIL_ADDRESS:olu.bankole@gmail.com]]", "phone": "[[PHONE_NUMBER:+2348034415092]]"}
}""",
    """[[[DATE_TIME:2024-07-02 14:05:31]]] PMS INFO checkin room=0812 guest="[[PERSON:Farah Naz Qureshi]]" arrival=[[DATE_TIME:2024-07-02]] departure=[[DATE_TIME:2024-07-05]] id_doc=passport:[[ID_NUMBER:AB4410923]] nationality=[[NRP:Pakistani]]
[[[DATE_TIME:2024-07-02 14:05:33]]] PMS INFO card_preauth guest="[[PERSON:Farah Naz Qureshi]]" amount=450.00 card=[[CREDIT_CARD:5167 3290 4418 2534]] result=APPROVED
[2024-07-02 14:05:40] PMS DEBUG keycard_issued room=0812 count=2""",
    """<Patient>
  <MRN>[[ID_NUMBER:MRN-20488173]]</MRN>
  <Name><Family>[[PERSON:Okwuosa]]</Family><Given>[[PERSON:Chiamaka]]</Given></Name>
  <BirthDate>[[DATE_TIME:1979-04-17]]</BirthDate>
  <Gender>F</Gender>
  <Address><Line>[[ADDRESS:9 Cranbrook Road]]</Line><City>[[LOCATION:Ilford]]</City><PostalCode>[[ZIP_CODE:IG1 4PG]]</PostalCode></Address>
  <Telecom system="phone">[[PHONE_NUMBER:020 8553 7164]]</Telecom>
  <NHSNumber>[[ID_NUMBER:612 098 8459]]</NHSNumber>
</Patient>""",
    """[[IP_ADDRESS:81.2.69.171]] - [[USERNAME:jmensah]] [[[DATE_TIME:14/Mar/2024:10:02:11 +0000]]] "GET /account/profile?email=[[EMAIL_ADDRESS:j.mensah@yahoo.com]] HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:81.2.69.171]] - [[USERNAME:jmensah]] [[[DATE_TIME:14/Mar/2024:10:02:19 +0000]]] "POST /account/phone HTTP/1.1" 302 0 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"
""",
    """# .env.local (do not commit)
DB_URL=postgres://app:s3cr3t@[[IP_ADDRESS:10.0.3.14]]:5432/orders
ADMIN_EMAIL=[[EMAIL_ADDRESS:kelechi.nwosu@gmail.com]]
ADMIN_NAME="[[PERSON:Kelechi Nwosu]]"
ALERT_SMS=[[PHONE_NUMBER:+447700184223]]
SUPPORT_EMAIL=support@orderly.io
LOG_LEVEL=debug""",
    """mysql> SELECT emp_no, full_name, email, ssn, hire_date FROM employees WHERE dept = 'FIN';
+--------+-----------------+--------------------------+-------------+------------+
| emp_no | full_name       | email                    | ssn         | hire_date  |
+--------+-----------------+--------------------------+-------------+------------+
| [[ID_NUMBER:10214]]  | [[PERSON:Dolores Ybarra]]  | [[EMAIL_ADDRESS:dybarra@quillfield.com]]   | [[US_SSN:331-09-7742]] | [[DATE_TIME:2021-03-08]] |
| [[ID_NUMBER:10388]]  | [[PERSON:Kenji Watanabe]]  | [[EMAIL_ADDRESS:kwatanabe@quillfield.com]] | [[US_SSN:482-71-0935]] | [[DATE_TIME:2022-11-14]] |
| [[ID_NUMBER:10402]]  | [[PERSON:Folake Adeyinka]] | [[EMAIL_ADDRESS:fadeyinka@quillfield.com]] | [[US_SSN:590-33-2186]] | [[DATE_TIME:2023-06-01]] |
+--------+-----------------+--------------------------+-------------+------------+
3 rows in set (0.00 sec)""",
    """From: "[[PERSON:Sunil Varghese]]" <[[EMAIL_ADDRESS:sunil.varghese@rediffmail.com]]>
To: reservations@coralbayresort.mv
Date: [[DATE_TIME:Tue, 9 Apr 2024 18:22:07 +0530]]
Subject: Honeymoon booking - [[PERSON:Varghese]]/[[PERSON:Thomas]]
X-Originating-IP: [[[IP_ADDRESS:117.213.44.90]]]

Hello, we'd like to confirm the water villa for [[DATE_TIME:12-18 May]] for myself and my wife, [[PERSON:Anju Thomas]]. Please charge the deposit to [[CREDIT_CARD:4147 0988 3301 2255]] and send the invoice to [[ADDRESS:TC 14/1182]], [[LOCATION:Kowdiar]], [[LOCATION:Thiruvananthapuram]] [[ZIP_CODE:695003]].""",
    """{"event":"checkout_completed","ts":"[[DATE_TIME:2024-02-17T21:08:44+01:00]]","user":{"id":"u_7Hq2","name":"[[PERSON:Margaux Lefèvre]]","email":"[[EMAIL_ADDRESS:margaux.lefevre@orange.fr]]"},"device":{"ip":"[[IP_ADDRESS:90.112.48.201]]","mac":"a4:83:e7:2c:19:0b","ua":"Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X)"},"shipping":{"line1":"[[ADDRESS:14 rue des Martyrs]]","city":"[[LOCATION:Paris]]","postcode":"[[ZIP_CODE:75009]]","country":"[[LOCATION:France]]"}}""",
    """Form: Delayed Baggage Online Claim
full_name=[[PERSON:Keanu Palakiko]]
email=[[EMAIL_ADDRESS:keanu.p@gmail.com]]
phone=[[PHONE_NUMBER:808-291-4470]]
flight_no=HA 27
flight_date=[[DATE_TIME:2024-08-03]]
file_ref=KOAHA10443
bag_tag=HA 448210
delivery_address=[[ADDRESS:75-5660 Kopiko St, Unit 204]]
delivery_city=[[LOCATION:Kailua-Kona]]
delivery_state=[[LOCATION:HI]]
delivery_zip=[[ZIP_CODE:96740]]
items_purchased=toiletries 23.40; swimwear 61.99
submitted_from=[[IP_ADDRESS:72.234.18.66]]""",
    """curl -X POST https://api.crmhub.io/v1/contacts -H 'Content-Type: application/json' -d '{"name": "[[PERSON:Rukhsana Begum]]", "phone": "[[PHONE_NUMBER:+880 1712 448 093]]", "email": "[[EMAIL_ADDRESS:rukhsana.begum@gmail.com]]", "city": "[[LOCATION:Sylhet]]", "nid": "[[ID_NUMBER:4628 1907 33]]"}'""",
    """const guest = {
  firstName: '[[PERSON:Anouk]]',
  lastName: '[[PERSON:Verbruggen]]',
  birthDate: new Date('[[DATE_TIME:1991-05-06]]'),
  passportNo: '[[ID_NUMBER:NXR4K81J2]]',
  nationality: '[[NRP:Dutch]]',
  roomPreference: 'high floor, quiet',
  loyaltyId: '[[ID_NUMBER:ACC-4410-9921]]',
};
// TODO: strip real guest data before release""",
    """<form id="checkin">
  <input name="guest_name" value="[[PERSON:Rafael Cunha]]">
  <input name="email" value="[[EMAIL_ADDRESS:rafael.cunha@gmail.com]]">
  <input name="arrival" type="date" value="[[DATE_TIME:2024-10-11]]">
  <input name="nights" value="3">
  <input name="doc_number" value="[[ID_NUMBER:FP219045]]">
  <input name="car_plate" value="[[ID_NUMBER:AT-47-PL]]">
</form>""",
    """{"data":{"member":{"memberNumber":"[[ID_NUMBER:AA 7K2 9104]]","tier":"Platinum","name":"[[PERSON:Shanice Okonjo-Reid]]","homeAirport":"ATL","email":"[[EMAIL_ADDRESS:shanice.or@gmail.com]]","phone":"[[PHONE_NUMBER:(404) 318-7702]]","dateOfBirth":"[[DATE_TIME:1987-10-05]]","knownTravelerNumber":"[[ID_NUMBER:TT41882K9]]","recentTrips":[{"date":"[[DATE_TIME:2024-04-12]]","route":"ATL-LHR"},{"date":"[[DATE_TIME:2024-04-20]]","route":"LHR-ATL"}]}}}""",
    """{
  "name": "trip-planner-widget",
  "version": "2.4.1",
  "author": "[[PERSON:Aleksander Nowak]] <[[EMAIL_ADDRESS:olek.nowak.dev@gmail.com]]> ([[URL:https://oleknowak.dev]])",
  "license": "MIT",
  "repository": "github:tripwidget/trip-planner-widget",
  "contributors": ["[[PERSON:Mia Sørensen]] <[[EMAIL_ADDRESS:mia.sorensen@live.dk]]>"]
}""",
    """BAIL DE LOGEMENT - extraits du formulaire
Locateur : [[PERSON:Gilles Lachance]], [[ADDRESS:1180, boul. René-Lévesque Ouest]], [[LOCATION:Québec]] ([[LOCATION:Québec]]) [[ZIP_CODE:G1S 1W2]]
Locataire : [[PERSON:Amélie Nadeau-Roy]], tél. [[PHONE_NUMBER:418 683-2207]], courriel [[EMAIL_ADDRESS:amelie.nadeauroy@videotron.ca]]
Logement : [[ADDRESS:2250, 4e Avenue, logement 6]], [[LOCATION:Québec]] [[ZIP_CODE:G1J 3B6]]
Durée : du [[DATE_TIME:1er juillet 2024]] au [[DATE_TIME:30 juin 2025]]
Loyer : 1 175 $ par mois, payable le premier jour de chaque mois.
Signé à [[LOCATION:Québec]] le [[DATE_TIME:14 mai 2024]].""",
    """ATTESTATION DE SOINS
Patient : [[PERSON:Lucas Vandenberghe]]
Numéro de registre national : [[ID_NUMBER:85.07.30-033.28]]
Adresse : [[ADDRESS:Chaussée de Louvain 412]], [[ZIP_CODE:1030]] [[LOCATION:Schaerbeek]]
Date de la consultation : [[DATE_TIME:12/03/2024]]
Prestataire : [[PERSON:Dr Anne-Sophie Lambert]], médecin généraliste
Montant payé : 30,00 EUR ; remboursement sur le compte [[IBAN_CODE:BE07 7320 4566 9166]]""",
    """Déclaration de sinistre - assurance ménage
Preneur d'assurance : [[PERSON:Valérie Rochat]], [[ADDRESS:chemin des Pâquerettes 9]], [[ZIP_CODE:1004]] [[LOCATION:Lausanne]]
Police n° 47.882.190
Date du sinistre : [[DATE_TIME:dimanche 21 avril 2024, vers 16 h]]
Description : vol d'un vélo électrique dans le local à vélos de l'immeuble. Plainte déposée au poste de police le [[DATE_TIME:22 avril 2024]].
N° AVS : [[ID_NUMBER:756.8872.0541.30]]
Versement : [[IBAN_CODE:CH25 0900 0000 3071 2449 1]], titulaire [[PERSON:Valérie Rochat]]""",
    """DEMANDE DE CRÉDIT - PARTICULIER
Nom : [[PERSON:FALL]]   Prénoms : [[PERSON:Moussa Ibrahima]]
Date et lieu de naissance : [[DATE_TIME:05/11/1982]] à [[LOCATION:Kaolack]]
N° CNI : [[ID_NUMBER:1 619 1982 02251]]
Adresse : [[ADDRESS:Cité Keur Gorgui, villa 47]], [[LOCATION:Dakar]]
Téléphone : [[PHONE_NUMBER:+221 78 402 33 19]]
Profession : enseignant ; employeur : Ministère de l'Éducation nationale
Compte n° [[ID_NUMBER:SN012 01201 036182000418 93]]
Montant demandé : 2 500 000 FCFA sur 36 mois""",
    """<reservation id="RSV-20240611-0042">
  <hotel>Hôtel Lagune Plateau</hotel>
  <client>
    <civilite>[[TITLE:Mme]]</civilite>
    <nom>[[PERSON:Kouassi]]</nom>
    <prenom>[[PERSON:Adjoua Estelle]]</prenom>
    <telephone>[[PHONE_NUMBER:+225 05 44 17 28 63]]</telephone>
    <courriel>[[EMAIL_ADDRESS:estelle.kouassi@yahoo.fr]]</courriel>
    <piece_identite type="CNI">[[ID_NUMBER:CI004418273]]</piece_identite>
    <adresse>[[ADDRESS:lot 1182]], [[LOCATION:Riviera 3]], [[LOCATION:Cocody]], [[LOCATION:Abidjan]]</adresse>
  </client>
  <sejour arrivee="[[DATE_TIME:2024-06-14]]" depart="[[DATE_TIME:2024-06-16]]" chambre="214"/>
  <paiement carte="[[CREDIT_CARD:4588 0291 3366 0713]]" exp="09/27"/>
</reservation>""",
    """{"dossier": "YULAC77120", "passager": {"nom": "[[PERSON:Bergeron]]", "prenom": "[[PERSON:Étienne]]", "telephone": "[[PHONE_NUMBER:+1 819 564-2270]]", "courriel": "[[EMAIL_ADDRESS:etienne.bergeron@cgocable.ca]]"}, "vol": "AC 1689", "date_vol": "[[DATE_TIME:2024-01-04]]", "etiquette": "AC 552118", "description": "sac de hockey noir, nom brodé sur la poignée", "adresse_livraison": "[[ADDRESS:355, rue King Ouest, app. 12]], [[LOCATION:Sherbrooke]] ([[LOCATION:Québec]]) [[ZIP_CODE:J1H 1R4]]", "langue": "fr"}""",
    """INSERT INTO clients (num_client, nom, prenom, date_naissance, niss, iban, gsm, commune) VALUES
('[[ID_NUMBER:BE-004471]]', '[[PERSON:Dubois]]', '[[PERSON:Hélène]]', '[[DATE_TIME:1968-03-22]]', '[[ID_NUMBER:68032211889]]', '[[IBAN_CODE:BE52088221345709]]', '[[PHONE_NUMBER:0475 21 88 46]]', '[[LOCATION:Namur]]'),
('[[ID_NUMBER:BE-004472]]', '[[PERSON:Mertens]]', '[[PERSON:Joris]]', '[[DATE_TIME:1977-09-11]]', '[[ID_NUMBER:77091104544]]', '[[IBAN_CODE:BE61063551278317]]', '[[PHONE_NUMBER:0498 30 12 77]]', '[[LOCATION:Liège]]');
-- import réalisé par [[PERSON:Jean-Marc Leroy]] (service clientèle), ne pas relancer""",
    """[[DATE_TIME:2024-09-02 07:41:12]] [booking-api] INFO réservation créée pnr=LX7KQ2 pax="[[PERSON:Mathieu Berset]]" dob=[[DATE_TIME:1983-12-01]] lang=fr tel=[[PHONE_NUMBER:+41 78 904 33 12]] email=[[EMAIL_ADDRESS:m.berset@bluewin.ch]]
2024-09-02 07:41:13 [booking-api] INFO segment ajouté LX 2806 GVA-LIS dep=[[DATE_TIME:2024-10-18T06:55]]
[[DATE_TIME:2024-09-02 07:41:15]] [payment] INFO autorisation OK titulaire="[[PERSON:Mathieu Berset]]" carte=[[CREDIT_CARD:5239 8810 4457 3629]] montant=CHF 412.00 adresse=[[ADDRESS:rue de Lausanne 64]], [[ZIP_CODE:1700]] [[LOCATION:Fribourg]]""",
    """Case note (call centre, baggage)
Caller: [[PERSON:Beatrix Sommerfeld]], calling from [[PHONE_NUMBER:+49 151 2233 8410]]
Verified with DOB [[DATE_TIME:19.02.1958]] and the last four digits of the card (0927).
Issue: bag from her flight on [[DATE_TIME:Monday 2 September]] was delivered to the wrong hotel; she is staying with her son [[PERSON:Jonas]] at [[ADDRESS:Lindenstraße 8, 3. OG]], [[ZIP_CODE:80331]] [[LOCATION:München]] until [[DATE_TIME:9 September]].
Action: courier rebooked, ref WRGDEL-4471; goodwill voucher of EUR 50 sent to [[EMAIL_ADDRESS:b.sommerfeld@t-online.de]].""",
]

TABLE = [
    """employee_id,first_name,last_name,dept,start_date,mobile,work_email
[[ID_NUMBER:E10442]],[[PERSON:Marguerite]],[[PERSON:Olsen]],Finance,[[DATE_TIME:2019-04-01]],[[PHONE_NUMBER:612-804-2271]],[[EMAIL_ADDRESS:m.olsen@corvalis.com]]
[[ID_NUMBER:E10517]],[[PERSON:Darius]],[[PERSON:Farahani]],IT,[[DATE_TIME:2021-09-13]],[[PHONE_NUMBER:651-339-0418]],[[EMAIL_ADDRESS:d.farahani@corvalis.com]]
[[ID_NUMBER:E10603]],[[PERSON:Tiana]],[[PERSON:Whitehorse]],Legal,[[DATE_TIME:2023-01-09]],[[PHONE_NUMBER:763-220-9157]],[[EMAIL_ADDRESS:t.whitehorse@corvalis.com]]""",
    """seq\tsurname\tgiven_names\tdob\tnationality\tdoc_no\tseat
1\t[[PERSON:ANDERSSON]]\t[[PERSON:KARIN ELISABET]]\t[[DATE_TIME:12MAR71]]\t[[NRP:Swedish]]\t[[ID_NUMBER:91834402]]\t3A
2\t[[PERSON:CASTILLO]]\t[[PERSON:DIEGO]]\t[[DATE_TIME:30AUG88]]\t[[NRP:Chilean]]\t[[ID_NUMBER:P14729385]]\t3B
3\t[[PERSON:RAHMAN]]\t[[PERSON:TASNIM]]\t[[DATE_TIME:05JAN96]]\t[[NRP:Bangladeshi]]\t[[ID_NUMBER:EB0418862]]\t3C""",
    """| Room | Guest | Arrival | Departure | Nationality | ID document | Phone |
|------|-------|---------|-----------|-------------|-------------|-------|
| 204 | [[PERSON:Fiona Gallagher]] | [[DATE_TIME:2024-08-01]] | [[DATE_TIME:2024-08-04]] | [[NRP:Irish]] | [[ID_NUMBER:PX4471930]] | [[PHONE_NUMBER:+353 87 114 2039]] |
| 205 | [[PERSON:Hamza Al-Amin]] | [[DATE_TIME:2024-08-01]] | [[DATE_TIME:2024-08-02]] | [[NRP:Jordanian]] | [[ID_NUMBER:R882104]] | [[PHONE_NUMBER:+962 79 552 0184]] |
| 311 | [[PERSON:Chen Jiahui]] | [[DATE_TIME:2024-08-02]] | [[DATE_TIME:2024-08-09]] | [[NRP:Chinese]] | [[ID_NUMBER:EA3382107]] | [[PHONE_NUMBER:+86 139 1027 4486]] |""",
    """FILE REF    PASSENGER             FLIGHT  DATE       PHONE             STATUS
MANBA20931  [[PERSON:Graham Hollis]]         BA1394  [[DATE_TIME:2024-05-18]] [[PHONE_NUMBER:+44 7700 341 982]]  traced
MANBA20944  [[PERSON:Priya Venkataraman]]    BA1388  [[DATE_TIME:2024-05-18]] [[PHONE_NUMBER:+91 98450 22107]]   open
MANBA20967  [[PERSON:Seán Ó Murchú]]         BA1402  [[DATE_TIME:2024-05-19]] [[PHONE_NUMBER:+353 85 770 4412]]  delivered""",
    """{"member_no": "[[ID_NUMBER:GM-20417]]", "name": "[[PERSON:Keon Ashby]]", "age": [[AGE:27]], "plan": "off-peak", "joined": "[[DATE_TIME:2023-11-02]]", "phone": "[[PHONE_NUMBER:07452 118 903]]"}
{"member_no": "[[ID_NUMBER:GM-20418]]", "name": "[[PERSON:Rosie Tremayne]]", "age": [[AGE:61]], "plan": "senior", "joined": "[[DATE_TIME:2023-11-02]]", "phone": "[[PHONE_NUMBER:01872 264 510]]"}
{"member_no": "[[ID_NUMBER:GM-20431]]", "name": "[[PERSON:Abdirahman Farah]]", "age": [[AGE:19]], "plan": "student", "joined": "[[DATE_TIME:2023-11-05]]", "phone": "[[PHONE_NUMBER:07931 550 276]]"}""",
    """attendees:
  - name: [[PERSON:Dr. Beatriz Lacerda]]
    affiliation: Universidade do Porto
    email: [[EMAIL_ADDRESS:blacerda@up.pt]]
    arrival: [[DATE_TIME:2024-06-10]]
    dietary: vegetarian
  - name: [[PERSON:Kwabena Osei-Mensah]]
    affiliation: KNUST
    email: [[EMAIL_ADDRESS:kosei-mensah@knust.edu.gh]]
    arrival: [[DATE_TIME:2024-06-11]]
    dietary: none
  - name: [[PERSON:Prof. Ingeborg Haugen]]
    affiliation: NTNU
    email: [[EMAIL_ADDRESS:ingeborg.haugen@ntnu.no]]
    arrival: [[DATE_TIME:2024-06-09]]
    dietary: gluten-free""",
    """Customer: [[PERSON:Olamide Adeyinka]]
Account no: [[ID_NUMBER:0038214477]]
BVN: [[ID_NUMBER:22184471093]]
Phone: [[PHONE_NUMBER:0802 334 9981]]
Address: [[ADDRESS:17 Allen Avenue]], [[LOCATION:Ikeja]], [[LOCATION:Lagos State]]
Risk rating: low

Customer: [[PERSON:Halima Bello]]
Account no: [[ID_NUMBER:0038219015]]
BVN: [[ID_NUMBER:22310048726]]
Phone: [[PHONE_NUMBER:0813 662 0457]]
Address: [[ADDRESS:Plot 22, Gana Street]], [[LOCATION:Maitama]], [[LOCATION:Abuja]]
Risk rating: medium""",
    """batch,payer,payee,payee_iban,amount_eur,reference
B-0412,[[PERSON:Johanna Becker]],[[PERSON:Luuk van Dijk]],[[IBAN_CODE:NL87 INGB 0006 7129 88]],250.00,rent share May
B-0412,[[PERSON:Johanna Becker]],[[PERSON:Sarah O'Neill]],[[IBAN_CODE:IE09 BOFI 9000 1776 5432 19]],74.50,concert tickets
B-0413,[[PERSON:Tiago Mendes]],[[PERSON:Johanna Becker]],[[IBAN_CODE:DE44 5001 0517 5407 3249 31]],1200.00,deposit refund""",
    """NHS No\tSurname\tForename\tDOB\tPostcode\tGP practice\tNext appt
[[ID_NUMBER:401 023 2137]]\t[[PERSON:Whitfield]]\t[[PERSON:Agnes]]\t[[DATE_TIME:17/02/1941]]\t[[ZIP_CODE:YO31 8HE]]\tHeworth Green\t[[DATE_TIME:22/07/2024 10:20]]
[[ID_NUMBER:738 204 9175]]\t[[PERSON:Mahmood]]\t[[PERSON:Tariq]]\t[[DATE_TIME:03/11/1958]]\t[[ZIP_CODE:YO10 3DN]]\tFulford Road\t[[DATE_TIME:23/07/2024 09:00]]
[[ID_NUMBER:520 117 6348]]\t[[PERSON:Kowalczyk]]\t[[PERSON:Irena]]\t[[DATE_TIME:29/05/1966]]\t[[ZIP_CODE:YO24 1AX]]\tAcomb\t[[DATE_TIME:25/07/2024 14:45]]""",
    """| Pupil | Class | Parent/carer | Contact number | Allergies |
|---|---|---|---|---|
| [[PERSON:Amelia Kowalski]] | 3B | [[PERSON:Dorota Kowalski]] | [[PHONE_NUMBER:07700 184 552]] | none |
| [[PERSON:Rayan Benali]] | 3B | [[PERSON:Samira Benali]] | [[PHONE_NUMBER:07482 330 917]] | nuts |
| [[PERSON:Oscar Lindqvist]] | 3B | [[PERSON:Erik Lindqvist]] | [[PHONE_NUMBER:07521 904 663]] | none |
| [[PERSON:Zuri Mwangi]] | 3B | [[PERSON:Grace Mwangi]] | [[PHONE_NUMBER:07388 216 045]] | dairy |""",
    """EMP#   NAME                SSN          DOB         STATE GROSS
[[ID_NUMBER:40112]]  [[PERSON:Rosa Delgado-Vance]]  [[US_SSN:412-88-3019]]  [[DATE_TIME:1986-07-30]]  [[LOCATION:AZ]]    4,812.50
[[ID_NUMBER:40127]]  [[PERSON:Terrence Ogunleye]]   [[US_SSN:278-40-1166]]  [[DATE_TIME:1979-12-04]]  [[LOCATION:NV]]    5,230.00
[[ID_NUMBER:40133]]  [[PERSON:Min-jun Cho]]         [[US_SSN:633-12-7408]]  [[DATE_TIME:1995-03-21]]  [[LOCATION:AZ]]    3,977.25""",
    """{"username": "[[USERNAME:pixelmonk]]", "email": "[[EMAIL_ADDRESS:dev.raghav@gmail.com]]", "last_ip": "[[IP_ADDRESS:49.207.18.233]]", "last_login": "[[DATE_TIME:2024-05-02T07:14:09Z]]", "plan": "pro", "2fa": true}
{"username": "[[USERNAME:lunar_moth]]", "email": "[[EMAIL_ADDRESS:clara.moth@posteo.net]]", "last_ip": "[[IP_ADDRESS:2a01:4f8:c17:3b2e::1]]", "last_login": "[[DATE_TIME:2024-05-01T22:48:51Z]]", "plan": "free", "2fa": false}
{"username": "[[USERNAME:bobbyt1971]]", "email": "[[EMAIL_ADDRESS:r.tallis71@aol.com]]", "last_ip": "[[IP_ADDRESS:73.162.40.8]]", "last_login": "[[DATE_TIME:2024-04-18T16:03:27Z]]", "plan": "pro", "2fa": false}""",
    """emergency_contacts:
  [[PERSON:Hemi Walker]]:
    relationship: partner
    name: [[PERSON:Ana Walker]]
    phone: "[[PHONE_NUMBER:021 774 3320]]"
  [[PERSON:Lucy Tran]]:
    relationship: father
    name: [[PERSON:Duc Tran]]
    phone: "[[PHONE_NUMBER:+61 412 850 117]]"
  [[PERSON:Noor Qasim]]:
    relationship: sister
    name: [[PERSON:Hiba Qasim]]
    phone: "[[PHONE_NUMBER:+64 27 448 9013]]"
    notes: hard of hearing, text first""",
    """txn_id,cardholder,card_number,exp,cvv,amount,merchant
TX-88101,[[PERSON:Ingrid Møller]],[[CREDIT_CARD:4532 7701 9948 1208]],07/26,412,89.90,Nordic Outdoor
TX-88102,[[PERSON:Paulo Henrique Souza]],[[CREDIT_CARD:5500 6612 3987 1406]],11/25,067,1240.00,TAP Air Portugal
TX-88103,[[PERSON:Grace Achieng]],[[CREDIT_CARD:378219460358716]],02/27,8841,45.00,Uber""",
    """Building: [[ADDRESS:410 Grand Street]], [[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07302]]

| Unit | Tenant(s) | Lease start | Phone | Email |
|---|---|---|---|---|
| [[ADDRESS:1A]] | [[PERSON:Marisol Ortega]] | [[DATE_TIME:2022-06-01]] | [[PHONE_NUMBER:(201) 448-7712]] | [[EMAIL_ADDRESS:marisol.ortega@gmail.com]] |
| [[ADDRESS:2C]] | [[PERSON:Eitan Shapiro]], [[PERSON:Noa Shapiro]] | [[DATE_TIME:2023-09-15]] | [[PHONE_NUMBER:(551) 207-3390]] | [[EMAIL_ADDRESS:eshapiro@me.com]] |""",
    """Registration: [[ID_NUMBER:CA 418-992]]
Owner: [[PERSON:Johan Pretorius]]
Owner ID: [[ID_NUMBER:7201306083087]]
Make/model: Toyota Hilux 2.8 GD-6
Colour: white
Address: [[ADDRESS:12 Kloof Street]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]]

Registration: [[ID_NUMBER:ND 774-201]]
Owner: [[PERSON:Sipho Dlamini]]
Owner ID: [[ID_NUMBER:9006025712082]]
Make/model: VW Polo Vivo
Colour: silver
Address: [[ADDRESS:55 Florida Road]], [[LOCATION:Morningside]], [[LOCATION:Durban]] [[ZIP_CODE:4001]]""",
    """donor,street,town,postcode,gift_aid,amount
[[PERSON:Mrs E. Hargreaves]],[[ADDRESS:3 Larch Way]],[[LOCATION:Harrogate]],[[ZIP_CODE:HG2 7QT]],yes,50.00
[[PERSON:Kieran Doyle]],"[[ADDRESS:Flat 2, 19 Canal Street]]",[[LOCATION:Nottingham]],[[ZIP_CODE:NG1 7EH]],no,15.00
"[[PERSON:Patel]], [[PERSON:Hemant]]",[[ADDRESS:44 Soar Valley Way]],[[LOCATION:Leicester]],[[ZIP_CODE:LE4 7RA]],yes,120.00""",
    """child\tage\tdob\tvaccine\tdate_given\tclinic
[[PERSON:Ifeoma Chukwu]]\t[[AGE:4]]\t[[DATE_TIME:2020-03-12]]\tMMR dose 2\t[[DATE_TIME:2024-04-08]]\tNorthside
[[PERSON:Mateo García]]\t[[AGE:1]]\t[[DATE_TIME:2023-02-27]]\tMenB booster\t[[DATE_TIME:2024-04-08]]\tNorthside
[[PERSON:Aroha Pōtae]]\t[[AGE:4]]\t[[DATE_TIME:2019-11-30]]\tDTaP/IPV\t[[DATE_TIME:2024-04-09]]\tRiverside""",
    """ customer_no | name             | email                      | city
-------------+------------------+----------------------------+-----------
 [[ID_NUMBER:CN-55102]]    | [[PERSON:Elodie Marchand]]  | [[EMAIL_ADDRESS:elodie.marchand@gmail.com]]  | [[LOCATION:Ottawa]]
 [[ID_NUMBER:CN-55119]]    | [[PERSON:Babajide Oke]]     | [[EMAIL_ADDRESS:b.oke@outlook.com]]          | [[LOCATION:Winnipeg]]
 [[ID_NUMBER:CN-55124]]    | [[PERSON:Yvonne Stewart]]   | [[EMAIL_ADDRESS:yvonne.s1954@shaw.ca]]       | [[LOCATION:Calgary]]
(3 rows)""",
    """{"ff_no": "[[ID_NUMBER:QF 1948 2207]]", "surname": "[[PERSON:O'Brien]]", "first": "[[PERSON:Siobhan]]", "tier": "Gold", "home_port": "SYD", "mobile": "[[PHONE_NUMBER:0414 552 870]]", "dob": "[[DATE_TIME:1979-09-18]]"}
{"ff_no": "[[ID_NUMBER:QF 2231 0048]]", "surname": "[[PERSON:Nguyen]]", "first": "[[PERSON:Minh Khoa]]", "tier": "Silver", "home_port": "MEL", "mobile": "[[PHONE_NUMBER:0433 118 264]]", "dob": "[[DATE_TIME:1992-02-07]]"}
{"ff_no": "[[ID_NUMBER:QF 3007 1195]]", "surname": "[[PERSON:Papadopoulos]]", "first": "[[PERSON:Eleni]]", "tier": "Bronze", "home_port": "ADL", "mobile": "[[PHONE_NUMBER:0407 996 321]]", "dob": "[[DATE_TIME:1965-12-24]]"}""",
    """CONF     GUEST                   ROOM  DEP     ETA    NOTE
H884102  [[PERSON:Byrne]], [[PERSON:Catriona]] ([[TITLE:Mrs]])   0412  [[DATE_TIME:16/09]]   15:30  anniversary
H884117  [[PERSON:Nakamura]], [[PERSON:Kenta]] ([[TITLE:Mr]])    0415  [[DATE_TIME:17/09]]   18:00  late check-out
H884120  [[PERSON:Adeyemi-Hart]], [[PERSON:Zoe]] ([[TITLE:Ms]])  0509  [[DATE_TIME:15/09]]   22:45  needs cot""",
    """applicant,email,linkedin,location,years_exp,stage
[[PERSON:Oluwadamilare Ige]],[[EMAIL_ADDRESS:dami.ige@gmail.com]],[[URL:linkedin.com/in/damilare-ige]],[[LOCATION:Leeds]],6,phone screen
[[PERSON:Hannah Kirchner]],[[EMAIL_ADDRESS:hkirchner@gmx.de]],[[URL:linkedin.com/in/hannahkirchner]],[[LOCATION:Berlin]],9,onsite
[[PERSON:Rafael Ortiz]],[[EMAIL_ADDRESS:rafa.ortiz.dev@proton.me]],,[[LOCATION:Valencia]],3,rejected""",
    """| Name | Role | Shift | Mobile |
|:-----|:-----|:------|:-------|
| [[PERSON:Beth Ainsworth]] | first aid | Sat AM | [[PHONE_NUMBER:07856 220 418]] |
| [[PERSON:Kofi Antwi]] | car park | Sat PM | [[PHONE_NUMBER:07411 903 552]] |
| [[PERSON:Lin Feng]] | registration | Sun AM | [[PHONE_NUMBER:07928 664 107]] |
| [[PERSON:Gary]] "[[PERSON:Gaz]]" [[PERSON:Whitlock]] | stewards lead | both days | [[PHONE_NUMBER:07730 118 294]] |""",
    """escalation:
  pager: ops-pager@syncline.io
  hours: "09:00-18:00 IST"
oncall:
  primary:
    name: [[PERSON:Siddharth Menon]]
    phone: "[[PHONE_NUMBER:+91 98860 41123]]"
    slack: "[[USERNAME:sid.menon]]"
  secondary:
    name: [[PERSON:Rebecca Oyelaran]]
    phone: "[[PHONE_NUMBER:+44 7533 401 872]]"
    slack: "[[USERNAME:becky.o]]"
  week_of: 2024-W37""",
    """stop\trecipient\taddress\tpostcode\tphone\tparcels
1\t[[PERSON:D. Kaur]]\t[[ADDRESS:88 Soho Road]]\t[[ZIP_CODE:B21 9BH]]\t[[PHONE_NUMBER:07402 553 118]]\t2
2\t[[PERSON:Mr T. Adeleke]]\t[[ADDRESS:Flat 14, Holyhead Court]]\t[[ZIP_CODE:B21 0LA]]\t[[PHONE_NUMBER:07961 207 334]]\t1
3\t[[PERSON:Ewan McLaughlin]]\t[[ADDRESS:5 Rookery Road]]\t[[ZIP_CODE:B21 9QS]]\t[[PHONE_NUMBER:0121 554 9081]]\t1""",
    """app_no,applicant,sin,dob,province,amount_cad
L-2291,[[PERSON:Ravinder Gill]],[[ID_NUMBER:451 209 738]],[[DATE_TIME:1984-10-02]],[[LOCATION:ON]],35000
L-2292,[[PERSON:Chantal Arsenault]],[[ID_NUMBER:138 064 274]],[[DATE_TIME:1990-05-27]],[[LOCATION:NB]],12000
L-2295,[[PERSON:Wei Zhang]],[[ID_NUMBER:722 504 180]],[[DATE_TIME:1977-01-15]],[[LOCATION:BC]],60000""",
    """Name: [[PERSON:Lakshmi Narayanan]]
Aadhaar: [[ID_NUMBER:2663 4109 7819]]
PAN: [[ID_NUMBER:AKRPN7712Q]]
DOB: [[DATE_TIME:14-08-1972]]
Mobile: [[PHONE_NUMBER:98410 27735]]
City: [[LOCATION:Chennai]]
KYC status: verified
---
Name: [[PERSON:Mohd. Arif Khan]]
Aadhaar: XXXX XXXX 4417
PAN: [[ID_NUMBER:BQZPK3308H]]
DOB: [[DATE_TIME:02-01-1989]]
Mobile: [[PHONE_NUMBER:+91 70112 84530]]
City: [[LOCATION:Lucknow]]
KYC status: pending""",
    """{"ticket": "SUP-30211", "customer": "[[PERSON:Alana Kealoha]]", "email": "[[EMAIL_ADDRESS:alana.kealoha@gmail.com]]", "channel": "email", "subject": "refund not received", "priority": "high"}
{"ticket": "SUP-30212", "customer": "[[PERSON:jordan p]]", "email": "[[EMAIL_ADDRESS:jpetrakis@yahoo.com]]", "channel": "chat", "subject": "can't reset password", "priority": "normal"}
{"ticket": "SUP-30215", "customer": "[[PERSON:Fatima Zahra El Idrissi]]", "email": "[[EMAIL_ADDRESS:fz.elidrissi@hotmail.fr]]", "channel": "phone", "subject": "wrong size delivered", "priority": "normal"}""",
    """| Item | Found | Where | Owner (if known) | Contact |
|---|---|---|---|---|
| blue umbrella | 02/05 | gate B12 | unknown | |
| Kindle (serial G090 0W03 2415 01B7) | 02/05 | lounge | [[PERSON:Neil Fairbrother]] | [[EMAIL_ADDRESS:neil.fairbrother@outlook.com]] |
| child's car seat | 03/05 | carousel 4 | [[PERSON:Mrs Akinyi Otieno]] | [[PHONE_NUMBER:+254 722 604 118]] |
| passport wallet | 03/05 | security | [[PERSON:Tomás Herrera]] | passport [[ID_NUMBER:PAB418203]] |""",
    """client_id,owner,pet,species,phone,postcode
[[ID_NUMBER:V-7710]],[[PERSON:Harriet Blackwood]],Mango,cat,[[PHONE_NUMBER:01392 448 221]],[[ZIP_CODE:EX4 6PX]]
[[ID_NUMBER:V-7733]],[[PERSON:Dev Malhotra]],Sir Barksalot,dog,[[PHONE_NUMBER:07544 913 006]],[[ZIP_CODE:EX2 5DL]]
[[ID_NUMBER:V-7740]],[[PERSON:Morwenna Penrose]],Pippin,rabbit,[[PHONE_NUMBER:07859 201 774]],[[ZIP_CODE:EX1 2QN]]""",
    """STAFF NO  SURNAME       INITIALS ID NUMBER      DEPT
[[ID_NUMBER:DBN-0412]]  [[PERSON:Naidoo]]        [[PERSON:K.R.]]     [[ID_NUMBER:8511192417085]]  Stores
[[ID_NUMBER:DBN-0419]]  [[PERSON:Dlamini]]       [[PERSON:S.]]       [[ID_NUMBER:9006025712082]]  Drivers
[[ID_NUMBER:DBN-0433]]  [[PERSON:Pretorius]]     [[PERSON:J.]]       [[ID_NUMBER:7201306083087]]  Workshop""",
    """name,tfn,super_fund,member_no,start
[[PERSON:Mitchell Evans]],[[ID_NUMBER:452 180 390]],AustralianSuper,[[ID_NUMBER:700418822]],[[DATE_TIME:08/07/2024]]
[[PERSON:Priya Natarajan]],[[ID_NUMBER:812 647 118]],Rest,[[ID_NUMBER:R4410927]],[[DATE_TIME:15/07/2024]]
[[PERSON:Jarrah Williams]],[[ID_NUMBER:522 178 406]],Hostplus,[[ID_NUMBER:1190448263]],[[DATE_TIME:15/07/2024]]""",
    """NAME                  NRIC/FIN   DOB         BLK/UNIT
[[PERSON:Tan Wei Ming]]          [[ID_NUMBER:S9023417Z]]  [[DATE_TIME:1990-04-11]]  [[ADDRESS:Blk 418 Tampines St 41 #08-112]]
[[PERSON:Nurul Ain bte Osman]]   [[ID_NUMBER:T0167734E]]  [[DATE_TIME:2001-09-02]]  [[ADDRESS:Blk 52 Marine Terrace #03-27]]
[[PERSON:Rajendran s/o Pillai]]  [[ID_NUMBER:S8512209F]]  [[DATE_TIME:1985-06-30]]  [[ADDRESS:Blk 7 Everton Park #12-04]]
[[PERSON:Maria Santos]]          [[ID_NUMBER:G5128736W]]  [[DATE_TIME:1988-12-14]]  [[ADDRESS:Blk 101 Yishun Ave 5 #05-331]]""",
    """Group: [[PERSON:Holloway]] family reunion, [[LOCATION:Kona]], [[LOCATION:Hawaii]]

| Room | Occupant 1 | Occupant 2 | In | Out | Notes |
|---|---|---|---|---|---|
| 1 | [[PERSON:Earl Holloway]] | [[PERSON:June Holloway]] | [[DATE_TIME:Jul 3]] | [[DATE_TIME:Jul 10]] | ground floor, walker |
| 2 | [[PERSON:Marcus Holloway]] | [[PERSON:Tasha Reed-Holloway]] | [[DATE_TIME:Jul 3]] | [[DATE_TIME:Jul 8]] | crib |
| 3 | [[PERSON:Keith Holloway]] | - | [[DATE_TIME:Jul 5]] | [[DATE_TIME:Jul 10]] | |""",
    """{"res": "EU-558102", "driver": "[[PERSON:Gabriel Lindqvist]]", "licence": "[[ID_NUMBER:910214-4471]]", "pickup": "[[LOCATION:Málaga]]", "from": "[[DATE_TIME:2024-07-12 10:00]]", "to": "[[DATE_TIME:2024-07-19 10:00]]", "card": "[[CREDIT_CARD:5133 0278 1466 8077]]"}
{"res": "EU-558117", "driver": "[[PERSON:Aisha Bello]]", "licence": "[[ID_NUMBER:BELLO852186A99EK]]", "pickup": "[[LOCATION:Faro]]", "from": "[[DATE_TIME:2024-08-02 14:30]]", "to": "[[DATE_TIME:2024-08-09 09:00]]", "card": "[[CREDIT_CARD:4556 7302 1198 7641]]"}
{"res": "EU-558130", "driver": "[[PERSON:Luca Ferraro]]", "licence": "[[ID_NUMBER:U1X48H220K]]", "pickup": "[[LOCATION:Palermo]]", "from": "[[DATE_TIME:2024-09-21 08:15]]", "to": "[[DATE_TIME:2024-09-24 08:15]]", "card": "[[CREDIT_CARD:345208733164027]]"}""",
    """vip_arrivals:
  - guest: "[[PERSON:Sir Clive Ashworth]]"
    room: Presidential Suite
    arrival: "[[DATE_TIME:2024-10-04 16:00]]"
    assistant: "[[PERSON:Penelope Marsh]]"
    assistant_phone: "[[PHONE_NUMBER:+44 7769 332 150]]"
  - guest: "[[PERSON:Ms. Yuna Matsuda]]"
    room: 1801
    arrival: "[[DATE_TIME:2024-10-05 11:30]]"
    preferences: [green tea, foam pillows]
    email: [[EMAIL_ADDRESS:yuna.matsuda@icloud.com]]""",
    """recipient,msisdn,id_no,amount_kes,county
[[PERSON:Achieng Odhiambo]],[[PHONE_NUMBER:254712448019]],[[ID_NUMBER:30418772]],2500,[[LOCATION:Kisumu]]
[[PERSON:Kipchoge Rono]],[[PHONE_NUMBER:254722906341]],[[ID_NUMBER:27751406]],1800,[[LOCATION:Uasin Gishu]]
[[PERSON:Mwanaisha Said]],[[PHONE_NUMBER:254701330287]],[[ID_NUMBER:33190558]],3200,[[LOCATION:Mombasa]]""",
    """Employee | SSS No. | PhilHealth | Pag-IBIG MID | Mobile
[[PERSON:Jose Rizalino Bautista]] | [[ID_NUMBER:33-4418207-6]] | [[ID_NUMBER:12-050418823-4]] | [[ID_NUMBER:1210-4418-8203]] | [[PHONE_NUMBER:0917 552 3084]]
[[PERSON:Ma. Teresa Villanueva]] | [[ID_NUMBER:34-0927715-2]] | [[ID_NUMBER:01-251147790-8]] | [[ID_NUMBER:1211-0093-4417]] | [[PHONE_NUMBER:0928 641 0075]]
[[PERSON:Ramil Dizon]] | [[ID_NUMBER:02-3316048-9]] | [[ID_NUMBER:19-088230146-1]] | [[ID_NUMBER:1040-2288-1130]] | [[PHONE_NUMBER:+63 998 214 6630]]""",
    """Applicant: [[PERSON:Chiara Benedetti]]
Current address: [[ADDRESS:Flat 5, 27 Stanmore Road]], [[LOCATION:London]] [[ZIP_CODE:N15 3PS]]
Time at address: 2 years 4 months
Employer: Harrow & Finch LLP
Salary: £41,000
Previous landlord: [[PERSON:Mr. Desmond Achebe]], [[PHONE_NUMBER:020 8802 4471]]
Nationality: [[NRP:Italian]]
DOB: [[DATE_TIME:9 May 1994]]
Reference outcome: pass""",
    """staff_no,name,ppsn,county,phone
[[ID_NUMBER:IE-3301]],[[PERSON:Niamh Kavanagh]],[[ID_NUMBER:1129384A]],[[LOCATION:Kildare]],[[PHONE_NUMBER:085 441 2037]]
[[ID_NUMBER:IE-3302]],[[PERSON:Pádraig Ó Súilleabháin]],[[ID_NUMBER:6650213V]],[[LOCATION:Kerry]],[[PHONE_NUMBER:087 902 1184]]
[[ID_NUMBER:IE-3307]],[[PERSON:Agata Nowak]],[[ID_NUMBER:3318470M]],[[LOCATION:Dublin]],[[PHONE_NUMBER:083 317 6620]]""",
    """student_id\tlast\tfirst\tdob\tgrade\tguardian_email
[[ID_NUMBER:S2024-0718]]\t[[PERSON:Hernández]]\t[[PERSON:Valeria]]\t[[DATE_TIME:2010-02-14]]\t8\t[[EMAIL_ADDRESS:lhernandez.fam@gmail.com]]
[[ID_NUMBER:S2024-0722]]\t[[PERSON:Jackson]]\t[[PERSON:Malik]]\t[[DATE_TIME:2009-11-03]]\t9\t[[EMAIL_ADDRESS:tjackson77@yahoo.com]]
[[ID_NUMBER:S2024-0731]]\t[[PERSON:Yazzie]]\t[[PERSON:Kaya]]\t[[DATE_TIME:2010-06-21]]\t8\t[[EMAIL_ADDRESS:r.yazzie.home@gmail.com]]""",
    """Docket for [[DATE_TIME:Tuesday, May 14, 2024]]

| Time | Case | Parties | Judge | Room |
|---|---|---|---|---|
| 09:00 | CV-24-0418 | [[PERSON:Okafor]] v. [[PERSON:Brandt]] | [[TITLE:Hon.]] [[PERSON:R. Castellano]] | 4B |
| 09:30 | CR-24-1102 | State v. [[PERSON:Dwayne Pickett]] | [[TITLE:Hon.]] [[PERSON:R. Castellano]] | 4B |
| 10:15 | FA-24-0077 | In re Marriage of [[PERSON:Lopez]] | [[TITLE:Hon.]] [[PERSON:A. Nwosu]] | 2A |""",
    """TIME   CALLER            NUMBER            DUR   AGENT
09:02  [[PERSON:Agnieszka Wróbel]]  [[PHONE_NUMBER:+48 600 412 775]]   4:12  [[PERSON:Maya]]
09:17  [[PERSON:Tunde Bakare]]      [[PHONE_NUMBER:+234 703 118 4420]] 11:40 [[PERSON:Ollie]]
09:31  unknown           [[PHONE_NUMBER:+44 20 8127 6630]]  0:38  [[PERSON:Maya]]
09:44  [[PERSON:Rosalind Achebe]]   [[PHONE_NUMBER:07391 884 210]]     7:05  [[PERSON:Ollie]]""",
    """{"device": "thermostat-2F", "owner": "[[PERSON:Henrik Aalto]]", "mac": "b8:27:eb:4a:91:0c", "ip": "[[IP_ADDRESS:192.168.1.42]]", "fw": "3.2.11"}
{"device": "doorbell", "owner": "[[PERSON:Henrik Aalto]]", "mac": "dc:a6:32:07:5e:88", "ip": "[[IP_ADDRESS:192.168.1.57]]", "fw": "1.9.0"}
{"device": "car-charger", "owner": "[[PERSON:Saara Aalto]]", "mac": "3c:71:bf:20:d4:19", "ip": "[[IP_ADDRESS:192.168.1.63]]", "fw": "2.0.4", "account_email": "[[EMAIL_ADDRESS:saara.aalto@elisanet.fi]]"}""",
    """resp_id,age,gender,zip,employment,satisfaction
R001,[[AGE:34]],F,[[ZIP_CODE:30318]],full-time,4
R002,[[AGE:57]],M,[[ZIP_CODE:30044]],self-employed,2
R003,[[AGE:23]],NB,[[ZIP_CODE:30310]],student,5
R004,[[AGE:68]],F,[[ZIP_CODE:30097]],retired,3""",
    """| Member | Membership # | Suburb | Phone | Joined |
|---|---|---|---|---|
| [[PERSON:Wiremu Parata]] | [[ID_NUMBER:WRC-1183]] | [[LOCATION:Ponsonby]] | [[PHONE_NUMBER:022 318 4471]] | [[DATE_TIME:Mar 2019]] |
| [[PERSON:Sophie Langford]] | [[ID_NUMBER:WRC-1207]] | [[LOCATION:Grey Lynn]] | [[PHONE_NUMBER:021 990 2146]] | [[DATE_TIME:Aug 2021]] |
| [[PERSON:Rajeev Sharma]] | [[ID_NUMBER:WRC-1250]] | [[LOCATION:Mt Eden]] | [[PHONE_NUMBER:027 604 8813]] | [[DATE_TIME:Jan 2024]] |""",
    """- patient: [[PERSON:Eilidh Fraser]]
  hospital_no: "[[ID_NUMBER:H0448127]]"
  slot: "[[DATE_TIME:2024-09-10 08:40]]"
  clinician: [[PERSON:Dr. Ahmed Rauf]]
  reason: asthma review
- patient: [[PERSON:Callum Reid]]
  hospital_no: "[[ID_NUMBER:H0451190]]"
  slot: "[[DATE_TIME:2024-09-10 09:00]]"
  clinician: [[PERSON:Nurse Jo Bramley]]
  reason: INR check""",
    """guest,plus_one,meal,rsvp,table,email
[[PERSON:Chloe Adebayo-Smith]],[[PERSON:Marcus Lee]],fish,yes,3,[[EMAIL_ADDRESS:chloe.as@gmail.com]]
Aunty [[PERSON:Bisi]],,jollof,yes,1,
[[PERSON:Tom]] & [[PERSON:Jess Hartley]],,veg,maybe,5,[[EMAIL_ADDRESS:hartleys@btinternet.com]]
[[PERSON:Dr. Femi Oladipo]],[[PERSON:Kemi Oladipo]],beef,no,,[[EMAIL_ADDRESS:femi.oladipo@nhs.net]]""",
    """STAFF ID NAME                RANK    BASE
[[ID_NUMBER:CR40118]]  [[TITLE:Capt.]] [[PERSON:Helga Brandt]]  CPT     FRA
[[ID_NUMBER:CR40377]]  [[PERSON:Samuel Kiprotich]]    FO      NBO
[[ID_NUMBER:CR51202]]  [[PERSON:Lucía Benítez]]       SCCM    MAD
[[ID_NUMBER:CR51288]]  [[PERSON:Ahmad Zaki]]          CCM     MAD""",
    """Policyholder: [[PERSON:Graciela Montoya]]
Policy: AUTO-TX-4471802
DOB: [[DATE_TIME:1972-04-30]]
Driver's license: [[US_DRIVER_LICENSE:31884027]]
Garaging address: [[ADDRESS:9021 Cypress Creek Pkwy]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77070]]
Vehicles: 2019 Honda CR-V

Policyholder: [[PERSON:Bao Nguyen]]
Policy: AUTO-TX-4471855
DOB: [[DATE_TIME:1988-09-09]]
Driver's license: [[US_DRIVER_LICENSE:40277195]]
Garaging address: [[ADDRESS:318 Bellaire Blvd, Unit 12]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77072]]
Vehicles: 2021 Toyota Camry""",
    """customer_no,name,iban,postcode,city
[[ID_NUMBER:K-20417]],[[PERSON:Friederike Schäfer]],[[IBAN_CODE:DE65 2004 1133 0418 8276 00]],[[ZIP_CODE:22087]],[[LOCATION:Hamburg]]
[[ID_NUMBER:K-20452]],[[PERSON:Mehmet Yılmaz]],[[IBAN_CODE:DE17 7601 0085 0217 7341 02]],[[ZIP_CODE:90443]],[[LOCATION:Nürnberg]]
[[ID_NUMBER:K-20460]],[[PERSON:Verena Gruber]],[[IBAN_CODE:AT28 2011 1829 0441 7306]],[[ZIP_CODE:1070]],[[LOCATION:Wien]]""",
    """| Payroll ID | Employee | NI number | Tax code | Start date |
|---|---|---|---|---|
| [[ID_NUMBER:PR-0091]] | [[PERSON:Callum Fraser]] | [[ID_NUMBER:NH 44 71 29 B]] | 1257L | [[DATE_TIME:02/01/2023]] |
| [[ID_NUMBER:PR-0104]] | [[PERSON:Adwoa Mensah]] | [[ID_NUMBER:SK402281D]] | BR | [[DATE_TIME:15/05/2023]] |
| [[ID_NUMBER:PR-0117]] | [[PERSON:Rhys Llewellyn]] | [[ID_NUMBER:JT 81 30 55 A]] | 1257L | [[DATE_TIME:04/09/2023]] |""",
    """{"order_id": "ORD-7741029", "ship_to": {"name": "[[PERSON:Deborah Fink]]", "line1": "[[ADDRESS:77 Maple Ridge Dr]]", "line2": "[[ADDRESS:Unit 4]]", "city": "[[LOCATION:Asheville]]", "state": "[[LOCATION:NC]]", "zip": "[[ZIP_CODE:28806]]"}, "items": 3, "total": 84.97}
{"order_id": "ORD-7741033", "ship_to": {"name": "[[PERSON:Raul Figueroa]]", "line1": "[[ADDRESS:1200 Calle del Sol]]", "line2": "", "city": "[[LOCATION:Laredo]]", "state": "[[LOCATION:TX]]", "zip": "[[ZIP_CODE:78040]]"}, "items": 1, "total": 19.99}""",
    """CARD NO     MEMBER              ISBN           BRANCH
[[ID_NUMBER:LIB-0044812]] [[PERSON:Eleanor Whitcombe]]   9780441018352  Central
[[ID_NUMBER:LIB-0051207]] [[PERSON:Rajesh Pillai]]       9782070364527  Eastside
[[ID_NUMBER:LIB-0060339]] [[PERSON:Maude Lavoie]]        9781861972712  Central""",
    """name,mobile,pan,city,pincode
[[PERSON:Harpreet Kaur Bains]],[[PHONE_NUMBER:+91-98140-22817]],[[ID_NUMBER:CMJPB4417K]],[[LOCATION:Ludhiana]],[[ZIP_CODE:141001]]
[[PERSON:Anirban Mukherjee]],[[PHONE_NUMBER:9830047712]],[[ID_NUMBER:AQWPM9021C]],[[LOCATION:Kolkata]],[[ZIP_CODE:700029]]
[[PERSON:Sneha Joshi]],[[PHONE_NUMBER:+91 90290 55318]],[[ID_NUMBER:BVSPJ6630R]],[[LOCATION:Nagpur]],[[ZIP_CODE:440010]]""",
    """Registre des clients - Auberge du Fjord, [[LOCATION:Saguenay]]
no_chambre,nom,prenom,arrivee,depart,telephone,courriel
112,[[PERSON:Pelletier]],[[PERSON:Josée]],[[DATE_TIME:2024-02-16]],[[DATE_TIME:2024-02-18]],[[PHONE_NUMBER:418 549-3027]],[[EMAIL_ADDRESS:josee.pelletier@globetrotter.net]]
114,[[PERSON:Côté]],[[PERSON:Marc-André]],[[DATE_TIME:2024-02-16]],[[DATE_TIME:2024-02-17]],[[PHONE_NUMBER:581 307-4412]],[[EMAIL_ADDRESS:macote77@hotmail.com]]
207,[[PERSON:Okoye]],[[PERSON:Ifeanyi]],[[DATE_TIME:2024-02-17]],[[DATE_TIME:2024-02-20]],[[PHONE_NUMBER:+1 613 291 5580]],[[EMAIL_ADDRESS:i.okoye@uottawa.ca]]""",
    """| Matricule | Nom | Prénom | NISS | Commune | Date d'entrée |
|---|---|---|---|---|---|
| [[ID_NUMBER:M-0418]] | [[PERSON:Lejeune]] | [[PERSON:Camille]] | [[ID_NUMBER:90.08.14-204.61]] | [[LOCATION:Wavre]] | [[DATE_TIME:01/03/2019]] |
| [[ID_NUMBER:M-0433]] | [[PERSON:El Amrani]] | [[PERSON:Youssef]] | [[ID_NUMBER:83.02.27-117.54]] | [[LOCATION:Molenbeek-Saint-Jean]] | [[DATE_TIME:15/09/2020]] |
| [[ID_NUMBER:M-0451]] | [[PERSON:Maes]] | [[PERSON:Océane]] | [[ID_NUMBER:95.12.03-056.90]] | [[LOCATION:Charleroi]] | [[DATE_TIME:02/05/2022]] |""",
    """membres:
  - nom: [[PERSON:Berthoud]]
    prenom: [[PERSON:Sylvie]]
    naissance: [[DATE_TIME:1975-06-18]]
    adresse: [[ADDRESS:rue du Simplon 21]]
    npa: "[[ZIP_CODE:1800]]"
    localite: [[LOCATION:Vevey]]
    avs: "[[ID_NUMBER:756.6620.1437.85]]"
    cotisation: payée
  - nom: [[PERSON:Krasniqi]]
    prenom: [[PERSON:Arben]]
    naissance: [[DATE_TIME:1991-11-02]]
    adresse: [[ADDRESS:avenue de Morges 108]]
    npa: "[[ZIP_CODE:1004]]"
    localite: [[LOCATION:Lausanne]]
    avs: "[[ID_NUMBER:756.2098.7315.54]]"
    cotisation: en attente""",
    """n°\tnom\tprénom\tâge\ttéléphone\tlocalité\tmontant (FCFA)
1\t[[PERSON:Diop]]\t[[PERSON:Mariama]]\t[[AGE:42]]\t[[PHONE_NUMBER:77 218 40 93]]\t[[LOCATION:Pikine]]\t50 000
2\t[[PERSON:Sarr]]\t[[PERSON:Cheikh Tidiane]]\t[[AGE:35]]\t[[PHONE_NUMBER:76 509 12 44]]\t[[LOCATION:Rufisque]]\t50 000
3\t[[PERSON:Faye]]\t[[PERSON:Ndèye Coumba]]\t[[AGE:58]]\t[[PHONE_NUMBER:70 334 81 06]]\t[[LOCATION:Thiès]]\t75 000""",
    """Passager : [[PERSON:Konan Aya Prisca]]
Pièce : CNI [[ID_NUMBER:C 0048 1172 09]]
Téléphone : [[PHONE_NUMBER:07 09 44 18 27]]
Trajet : [[LOCATION:Abidjan]] - [[LOCATION:Yamoussoukro]], départ le [[DATE_TIME:20/12/2024 à 06 h 30]]
Siège : 14

Passager : [[PERSON:Touré Ibrahim]]
Pièce : passeport [[ID_NUMBER:18AB44102]]
Téléphone : [[PHONE_NUMBER:+225 01 52 30 88 14]]
Trajet : [[LOCATION:Abidjan]] - [[LOCATION:Bouaké]], départ le [[DATE_TIME:20/12/2024 à 07 h 00]]
Siège : 3""",
]

CHAT = [
    """[14:02] SkyBridge Support ([[PERSON:Priscila]]): Hi, you're through to baggage services. Who am I speaking with?
[14:02] [[PERSON:Martin Hughes]]: hi it's [[PERSON:martin hughes]], my bag didn't come off the flight from [[LOCATION:lisbon]] this morning
[14:03] SkyBridge Support ([[PERSON:Priscila]]): Sorry to hear that, [[PERSON:Martin]]. Do you have the file reference from the airport desk?
[14:03] [[PERSON:Martin Hughes]]: LISSB20417
[14:04] SkyBridge Support ([[PERSON:Priscila]]): Thanks. The bag is still in [[LOCATION:Lisbon]] and will be on tonight's flight. Where should we deliver it?
[14:05] [[PERSON:Martin Hughes]]: [[ADDRESS:42 Ashgrove Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS7 9LF]]. mobile is [[PHONE_NUMBER:07717 302 884]]
[14:05] SkyBridge Support ([[PERSON:Priscila]]): Perfect. Delivery is booked for [[DATE_TIME:Thursday 6 June between 9am and 1pm]]; the courier will text you first.
[14:06] [[PERSON:Martin Hughes]]: great, thanks""",
    """[[PERSON:Bukola]]: has anyone got grandma's new address? she turns [[AGE:80]] on [[DATE_TIME:Saturday the 14th]] and I want to post a card
[[PERSON:Tolu]]: [[ADDRESS:Flat 6, Beaumont Court, 11 Wellesley Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2AG]]
[[PERSON:Bukola]]: thanks!! is her landline still [[PHONE_NUMBER:020 8681 4452]]?
[[PERSON:Femi]]: no she's mobile only now, [[PHONE_NUMBER:07983 116 240]]
[[PERSON:Tolu]]: also uncle [[PERSON:Dapo]] lands at [[LOCATION:Heathrow]] on [[DATE_TIME:the 12th]] from [[LOCATION:Lagos]], can someone get him?
[[PERSON:Femi]]: I'll go. send me his flight number""",
    """#it-helpdesk
[[USERNAME:dana.k]]  10:14 AM
hey, new starter [[PERSON:Oskar Lindgren]] begins [[DATE_TIME:Monday 2 Sept]], can we get his laptop set up? personal email for the welcome pack is [[EMAIL_ADDRESS:oskar.lindgren94@gmail.com]]
[[USERNAME:ravi.p]]  10:16 AM
sure. staff ID?
[[USERNAME:dana.k]]  10:17 AM
[[ID_NUMBER:E-22871]]. he'll sit with [[PERSON:Mandla]] on floor 3
[[USERNAME:ravi.p]]  10:19 AM
👍 need his mobile for MFA too
[[USERNAME:dana.k]]  10:20 AM
[[PHONE_NUMBER:+46 70 418 22 95]] (still his swedish number for now)""",
    """Front Desk, Casa Alameda: Hola [[PERSON:Ms. Dubrovski]]! Your room for [[DATE_TIME:Friday 19 July]] is confirmed. What time will you arrive?
[[PERSON:Natasha Dubrovski]]: Hi! Around 9pm, the flight lands in [[LOCATION:Málaga]] at 7. Can you book a taxi?
Front Desk, Casa Alameda: Of course. Our driver [[PERSON:Javier]] will wait with a sign. Could you confirm a mobile number for him?
[[PERSON:Natasha Dubrovski]]: [[PHONE_NUMBER:+1 416 907 3358]]. Also my sister [[PERSON:Irina]] joins me on [[DATE_TIME:the 21st]], can she check in without me?
Front Desk, Casa Alameda: Yes, just send us a copy of her passport please.
[[PERSON:Natasha Dubrovski]]: Her passport number is [[ID_NUMBER:AK441028]], she's [[NRP:Canadian]] too""",
    """[[USERNAME:NightOwl_77]]: anyone from [[LOCATION:Perth]] wanna LAN this weekend
[[USERNAME:kaiju.kira]]: me!! my place is [[ADDRESS:14 Banksia Cres]], [[LOCATION:Bassendean]]
[[USERNAME:NightOwl_77]]: bro don't post ur address in public lol
[[USERNAME:kaiju.kira]]: oops. dm me then, or text [[PHONE_NUMBER:0451 028 773]]. it's [[PERSON:Kira]] btw
[[USERNAME:mod_tessa]]: removed the address, please keep that stuff to DMs""",
    """Bot: Welcome to Nexa Bank chat. Please enter your registered mobile number.
User: [[PHONE_NUMBER:9820147736]]
Bot: Thank you. An agent will join shortly.
Agent [[PERSON:Farhan]]: Hello, this is [[PERSON:Farhan]]. How may I help you today?
User: hi [[PERSON:farhan]], my UPI payment of 2,400 failed but the money got debited. name is [[PERSON:Deepika Raghavan]], account [[ID_NUMBER:50200041877312]]
Agent [[PERSON:Farhan]]: I can see the debit on [[DATE_TIME:23 March at 18:42]]. The reversal should reach you within 48 hours. Can I confirm your email as [[EMAIL_ADDRESS:deepika.r@gmail.com]]?
User: yes thats right""",
    """[09:12] Télé-Boréal ([[PERSON:Mélanie]]) : Bonjour! Vous êtes en ligne avec [[PERSON:Mélanie]]. À qui ai-je le plaisir de parler?
[09:13] Client : [[PERSON:Guillaume Lavoie-Simard]]. Mon internet ne fonctionne plus depuis hier soir.
[09:13] Télé-Boréal ([[PERSON:Mélanie]]) : Désolée d'entendre ça, [[TITLE:M.]] [[PERSON:Lavoie-Simard]]. Pour vérifier votre identité, pouvez-vous me confirmer votre date de naissance et votre adresse?
[09:14] Client : [[DATE_TIME:3 février 1986]], [[ADDRESS:7430, avenue Christophe-Colomb, app. 2]], [[LOCATION:Montréal]] [[ZIP_CODE:H2R 2S7]]
[09:15] Télé-Boréal ([[PERSON:Mélanie]]) : Merci. Un technicien peut passer [[DATE_TIME:jeudi le 11 entre 8 h et midi]]. À quel numéro peut-on vous joindre?
[09:15] Client : [[PHONE_NUMBER:438 992-1067]], ou le cell de ma conjointe, [[PERSON:Karine]], au [[PHONE_NUMBER:514 633-8850]]""",
    """[[PERSON:Awa Sy]] : Bonjour [[PERSON:Moustapha]], j'ai bien reçu les billets. Le départ est toujours le [[DATE_TIME:2 juin]] depuis [[LOCATION:Dakar]] ?
[[PERSON:Moustapha]] (Teranga Voyages) : Oui, vol de 23 h 50. Il me manque encore le passeport de votre mari.
[[PERSON:Awa Sy]] : Le voici : [[PERSON:Ousmane Sy]], passeport [[ID_NUMBER:A02281734]], né le [[DATE_TIME:14/04/1961]]
[[PERSON:Moustapha]] (Teranga Voyages) : Merci. Et un numéro joignable sur place ?
[[PERSON:Awa Sy]] : Le mien, [[PHONE_NUMBER:+221 77 540 18 62]]. Celui d'[[PERSON:Ousmane]] ne marche pas à l'étranger.
[[PERSON:Moustapha]] (Teranga Voyages) : Parfait, je vous envoie la facture à [[EMAIL_ADDRESS:awa.sy61@gmail.com]].""",
]

LOOKALIKE = [
    """Shipment update for PO 4500218873: 14 cartons of SKU TX-2231-BLK and 6 of SKU TX-2231-NVY left the northern DC on 12/03. Tracking 1Z 4E8 172 03 4418 2209 (UPS), container MSKU 441882-3. Invoice INV-2024-000871 is due net 30. Questions go to logistics@brightloom.com or +1 (800) 552-0199 ext. 4. The handheld scanners were moved to firmware 10.4.2.118 (checksum 9f86d081884c7d659a2feaa0c55ad015).""",
    """This week at the Darwin Road shop, on the corner of Mandela Way: fresh copies of 'Ways of Seeing' (ISBN 978-1-86197-271-2) and a French import, ISBN 979-10-02734-18-5. The Parkinson's support group meets in the back room, the Alzheimer's café moves to the Nobel Room, and the kids' club is doing Euclid's Elements with paper and string. Congratulations to our raffle winner, [[PERSON:Ebony Castellanos]], who can collect her prize by calling [[PHONE_NUMBER:07842 119 306]].""",
    """Release 3.12.0.4 (build 20240611.2)
- Fixed a crash when parsing four-part versions such as 2.4.10.8 or 10.0.0.256 (they are not IP addresses).
- Dijkstra and Levenshtein helpers are now 30% faster; the Kalman filter gained a Gaussian fallback.
- Migration 3f2b8c1e-9d4a-4e7b-b5c6-1a2d3e4f5a6b adds the audit table; commit 4be1c0a9e7d2f3b81c6d5e0f7a9b2c4d6e8f0a1b.
- Licence server serial SN-4471-8820-A must be renewed by the admin team.
Thanks to [[PERSON:Yusra Haddad]] ([[USERNAME:yusrah]]) for the patch.""",
    """HARDY'S HARDWARE - Riverside Retail Park
Tel 0345 602 1180 | VAT GB 284 4471 92
Receipt 0041-22817   Till 3   14/06/2024 10:41
5012345678900  Masonry drill bits x2      8.98
5060114420173  Wall plugs (100)           3.49
TOTAL                                    12.47
VISA **** **** **** 4417   Auth 083312
Served by: [[PERSON:Megan]]
Rewards member: [[ID_NUMBER:HH-0092 4418 337]]
Returns within 28 days with this receipt. Order ref WEB-00917734.""",
    """Patient information: the Heimlich manoeuvre and Apgar scores are covered in the antenatal class, and leaflets on Crohn's disease, Hodgkin lymphoma and Down syndrome are available at reception. Clinics run in the Nightingale Wing (rooms 2.14 to 2.19); the switchboard is 020 3318 7700 and the booking line 0300 123 4410. Parking at Florence Way is pay-and-display. If you have questions after your scan, ask for [[PERSON:Nurse Olamide Fashanu]].""",
    """Avis de coupure programmée - intervention réseau
Les travaux sur la cabine n° 44-1187 (rue Émile Vandervelde, boulevard Léopold II) auront lieu le mardi 19 novembre entre 8 h et 16 h. Références : ordre de travail OT-2024-118830, compteurs EAN 541448820012345678 et suivants ; numéro d'urgence RéseauSud 078 35 35 00. Fichier technique v2.10.4.1, empreinte SHA-1 3a7bd3e2360a3d29eea436fcfb7e44c735d117c4.
Contact pour les riverains : [[PERSON:Françoise Delvaux]], déléguée du comité de quartier, [[PHONE_NUMBER:0472 58 11 03]].""",
    """Asset audit, 3rd floor
ASSET-00441 | ThinkPad T14 | S/N PF3KX82Q | MAC 8c:16:45:2a:b7:01 | BIOS 1.38.0.2 | assigned to [[PERSON:Harvey Okonkwo]] ([[USERNAME:hokonkwo]])
ASSET-00442 | Dell U2720Q | S/N CN-0D9T8K-74261-0B1-2VXL | - | FW M3T104 | spare pool
ASSET-00443 | Cisco IP Phone 8841 | S/N FCH2231A9KQ | MAC 00:eb:d5:1c:44:90 | load sip88xx.14-2-1-0201-10 | ext 4417, meeting room Turing
ASSET-00444 | Ubiquiti U6-Pro | S/N 7483C2A1B0F4 | MAC 74:83:c2:a1:b0:f4 | fw 6.6.55.15189 | ceiling, Hopper corridor""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind105", STYLES, OUT)


if __name__ == "__main__":
    main()

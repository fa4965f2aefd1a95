"""Build tests/data/blind132.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind132.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end (the scaffolding copied below); gold_sets.py (whole file); lines
1-64 of make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME
regexes and `parse()`). Not read: minimize/, recognizers/, any test other
than those lines, bench/, the README, any *.jsonl (this set's own output
included), any other make_*.py, git history / log / status (git was not
run at all). The detector, the bench and the tests were never run. Do not
tune the detector against this set: once used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with their country's length (`gold_sets.check` re-checks them
and refuses a bad one). National ids with a public check digit were given a
valid one with hand-run throwaway code while writing (not generated here):
NHS numbers, Canadian SIN, Aadhaar (Verhoeff), South African ids (agreeing
with sex and birth date), Australian TFN, Irish PPSN, Dutch BSN, Spanish
DNI, Polish PESEL, Argentine CUIL, Emirates ID, Kazakh IIN (agreeing with
sex and birth date), Russian INN (both check digits) and SNILS; the ISBN-13
look-alikes carry a right check digit too. US SSNs, UK NI numbers, Russian
passports, Nigerian BVN / NIN, passports, licences, plates, bank account,
staff, student, member and patient numbers were not checked.

Styles (ids `blind132-<style>-NNN`; 240 records):
- `bench` (86): in the manner of ai4privacy pii-masking-200k/300k/400k (odd
  mixed sentences dense with names, job titles, streets with building
  numbers, secondary addresses, IPv4 / IPv6, MACs, user agents, cards with
  CVV and expiry, IBAN and BIC), gretel-pii-masking-en-v1 (claims, tenancy
  and employment contracts, discharge summaries, loan and enrolment forms,
  notices, certificates, witness statements) and Nemotron-PII (JSON, log
  lines, SQL, XML, YAML config, HL7, code snippets, tickets, email headers,
  key: value dumps).
- `gen` (80): one to four LLM-style "realistic sentences with personal
  data", names at the start, middle and end, lowercase and possessive, ages,
  dates, addresses, phones and ids in many shapes.
- `table` (59): one small labeled table per record rendered as text (CSV,
  quoted CSV, semicolon CSV, TSV, pipes / Markdown, fixed-width, JSON
  lines, YAML, key: value blocks, an access log), varied column names and
  non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, batch and document references, SKUs, GTIN, ISBNs,
  IP-shaped versions, a CIDR range, hashes, UUIDs, serials, meter numbers,
  company phones, role mailboxes, eponyms, streets and squares named after
  people with no number), the few real PII values labeled; the first has no
  PII at all.
Domains with extra weight in gen and bench (a bit over a third of those
records): oil refineries, universities and student housing, veterinary
clinics; the rest spread widely (banking, insurance, health, pharmacy,
legal, HR, retail, travel, telecoms, lettings, dating, government, ...).

Languages: about nine records in ten in English (US, UK, Ireland, Canada,
Australia, New Zealand, South Africa, Nigeria, Kenya, Ghana, India,
Pakistan, the Gulf, Kazakhstan, East Asia, Argentina and much of Europe,
with names from the many cultures living there). The rest: Tatar in Cyrillic (9) and in its Latin form (4), Bashkir
in Cyrillic (4) and in a Latin form (3), spread over bench, gen, table and
chat; and Russian-influenced English from the Volga and Ural regions (8:
gen, bench, chat, lookalike).

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names and
  patronymics; a possessive "'s" is outside; nicknames are PERSON. TITLE:
  honorifics attached to a name, labeled apart from it; job titles are not
  TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any shape;
  a weekday or clock time said with such a date is inside the span, a time
  or weekday alone is not; not bare years, durations, or dates not tied to a
  person (sale, invoice, release, expiry dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BIC, routing numbers, CVVs and expiries, PINs, order / ticket
  / claim / policy / booking / tracking references, company phone numbers
  and role mailboxes, versions, hashes, serials, partial numbers ("ending
  4417"), pets, eponyms and brands named after people, header rows.
- Calls made while writing this set: a room or flat in a student residence
  ("Room 214, Maple Hall", a hall name, a bare room number in a "room" or
  "Bülmä" column) is ADDRESS; a "sex", "gender", "role", "dept", "status"
  or "unit" column stays unlabeled, an "age" column is AGE, a "country",
  "state" or "province" column is LOCATION and a "nationality" column is
  NRP; employer and company fields are unlabeled; a Russian passport's
  series and number are one ID_NUMBER span, and so are INN, SNILS, IIN,
  BVN, NIN, CUIL, Emirates ID, tabel (staff) numbers, frequent-flyer and
  loyalty numbers; pet microchip numbers, batch numbers and asset tags are
  serials and unlabeled; the timestamps of log lines recording a person's
  own action (login, logout, sudo, override, portal request) and a
  "last login", "requested at", "last contacted" or "logged" date of a
  person are DATE_TIME; speakers' names in chats are PERSON, generic
  speaker labels ("Customer", "Mum", "Operator") are not; degree and
  register suffixes ("DVM", "MRCVS") stay outside the name; "MS" and
  "MSTR" in an airline record are TITLE; a Tatar or Bashkir case ending
  glued to a name or city stays outside the span, while the case ending of
  a spelled-out Tatar / Bashkir date phrase is inside it; a townland or
  house name in a rural Irish address is ADDRESS; a person's local
  (private) IP in an email header is IP_ADDRESS, a network range is not."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind132.jsonl")

GEN = [
    """Hi, this is [[PERSON:Marisol Etxeberria]]. My beagle Pepper was seen at Riverside Animal Hospital on [[DATE_TIME:Thursday, 9 May at 4:40 pm]] and I still haven't received the invoice. Could you email it to [[EMAIL_ADDRESS:marisol.etx@gmail.com]]? My client number is [[ID_NUMBER:RAH-20931]].""",
    """[[PERSON:Darnell Okafor-Bryce]], [[AGE:38]], a process operator at the refinery in [[LOCATION:Baytown]], was taken to hospital after the flare incident on [[DATE_TIME:02/17/2024]]; his wife asked that all updates go to [[PHONE_NUMBER:(281) 427-0918]] rather than the plant switchboard.""",
    """Room allocation confirmed: [[PERSON:Siobhan Ní Bhriain]], student number [[ID_NUMBER:21348875]], will move into [[ADDRESS:Flat 6, Ashgrove House, 31 Kilmore Road]], [[LOCATION:Dublin]] [[ZIP_CODE:D05 K2X7]] on [[DATE_TIME:Sunday 8 September]]. Keys can be collected from the residence office between 10am and 6pm.""",
    """can someone help my mum, her name is [[PERSON:gladys whitcombe]], she's [[AGE:81]] and got locked out of her online banking. the account number is [[ID_NUMBER:40339817]] and her mobile is [[PHONE_NUMBER:07700 918442]], she'd rather you rang than texted""",
    """Хәерле көн! Минем исемем [[PERSON:Ләйсән Гарифуллина]]. Безнең эт Барсны прививкага [[DATE_TIME:15 март, сәгать 10:30]] вакытына яздырыгыз әле. Клиникага [[LOCATION:Казан]]ның [[ADDRESS:Чистай урамы, 62]] адресыннан киләчәкбез, телефоным [[PHONE_NUMBER:+7 917 284-55-19]].""",
    """Good afternoon. I am [[PERSON:Rinat Ildarovich Khabibullin]], senior technologist on refinery in [[LOCATION:Salavat]], unit ELOU-AVT-6. Please to send my certificate of training to [[EMAIL_ADDRESS:r.khabibullin@mail.ru]] and also paper copy to my home address — [[ADDRESS:ul. Kolkhoznaya, d. 23, kv. 41]], [[LOCATION:Salavat]], [[ZIP_CODE:453256]]. My date of birth is [[DATE_TIME:04.11.1979]], if form is asking.""",
    """When [[PERSON:Tomasz Wierzbicki]] called the pharmacy on [[DATE_TIME:March 3rd]], he gave his date of birth as [[DATE_TIME:14 July 1962]] and asked for his repeat prescription to be delivered to [[ADDRESS:88 Hollins Lane]], [[LOCATION:Stockport]] [[ZIP_CODE:SK6 4PR]].""",
    """The admissions team flagged that [[PERSON:Aaliyah Brathwaite]]'s transcript from [[LOCATION:Barbados]] lists her birthday as [[DATE_TIME:1/9/2006]], which could be the first of September or the ninth of January; please confirm with her at [[EMAIL_ADDRESS:aaliyah.brathwaite06@outlook.com]] before the offer letter goes out.""",
    """Our cat Miso needs her booster and the only slot the vet had was [[DATE_TIME:Tuesday 21st at 8.15am]], so [[PERSON:Jun]] will drop her off on the way to work. If anything comes up, ring me, [[PERSON:Haruka Sato]], on [[PHONE_NUMBER:0412 866 039]].""",
    """Please note that [[PERSON:Mr. Gbenga Adeyemi-Cole]], holder of staff ID [[ID_NUMBER:SR-44817]], completed his confined-space entry refresher at the [[LOCATION:Port Harcourt]] refinery training centre on [[DATE_TIME:11 June 2024]]. A copy of the certificate has been sent to [[EMAIL_ADDRESS:gbenga.adeyemicole@yahoo.com]].""",
    """I moved out of student housing on [[DATE_TIME:May 31]] but the deposit of $450 still hasn't come back. I was in [[ADDRESS:Room 214, Maple Hall]], my student ID is [[ID_NUMBER:A01957732]], and the refund can go to the card ending 4417. — [[PERSON:Devansh Kulkarni]]""",
    """It was [[PERSON:ngozi]]'s idea to take the dog to the emergency clinic on [[LOCATION:Ngong Road]] that night; the receipt is in my name, [[PERSON:Wanjiru Kamau]], and lists my phone as [[PHONE_NUMBER:+254 722 418 906]].""",
    """Dear [[PERSON:Ms. Oyelaran]], your appointment with [[PERSON:Dr. Henrietta Vos]] has been moved to [[DATE_TIME:Friday 14 February 2025, 09:20]]. Please bring your Medicare card and arrive ten minutes early.""",
    """Minem isemem [[PERSON:Älfiä Xäyrullina]], Qazan federal universitetı studentı. [[LOCATION:Qazan]]da tulay torakta, [[ADDRESS:Dekabristlar uramı, 2, 511 nçe bülmä]] adresı buyınça yäşim. Studentlıq biletım nomerı [[ID_NUMBER:22-0417385]], telefonım [[PHONE_NUMBER:+7 987 061 44 28]].""",
    """After the turnaround at the [[LOCATION:Whiting]] refinery, HR realised that [[PERSON:Kyle Mertens]] and [[PERSON:Kyla Mertens]] had been paid to the same bank account, [[ID_NUMBER:4471 0938 226]]; [[PERSON:Kyle]] confirmed by phone at [[PHONE_NUMBER:219-680-3354]] that the account is his sister's.""",
    """[[PERSON:Fatima-Zahra El Idrissi]] ([[AGE:24]]) opened her bank account using the address [[ADDRESS:Apartment 3, 17 Clonliffe Avenue]], [[LOCATION:Dublin 3]], and the Eircode [[ZIP_CODE:D03 W2N6]].""",
    """The graduate office will post your degree certificate to the address on file unless you tell us otherwise by [[DATE_TIME:30 November]]. Current address for [[PERSON:Liang Qiuyue]]: [[ADDRESS:Unit 1207, 88 Hay Street]], [[LOCATION:Haymarket]] [[LOCATION:NSW]] [[ZIP_CODE:2000]].""",
    """Hello, my son [[PERSON:Ruslan]] is starting at Ufa State Petroleum Technological University this year and I want to pay for dormitory from my card. The card is [[CREDIT_CARD:2200 1587 3064 2915]], holder [[PERSON:Gulshat Nurmukhametova]]. Please tell me when the money is arrived.""",
    """Minutes before the interview, [[PERSON:Eleanor Brightwater-Hughes]] emailed from [[EMAIL_ADDRESS:ebh.research@proton.me]] to say her train from [[LOCATION:York]] was cancelled and asked whether the panel could call her on [[PHONE_NUMBER:+44 7911 204 637]] instead.""",
    """hey it's [[PERSON:mateo]] from the lab, [[PERSON:Dr. Quintana]] says the rabbit study consent forms need your signature and date of birth, mine's [[DATE_TIME:22/08/1999]] if you want to copy the format lol""",
    """In the incident report, supervisor [[PERSON:Amarjit Sandhu]] noted that contractor [[PERSON:Lucas Ferreira da Silva]], badge [[ID_NUMBER:CTR-7720]], was not wearing an H2S monitor in the sulphur recovery unit at 03:10 on [[DATE_TIME:23 January]].""",
    """Your vaccination reminder: Biscuit (Labrador, 6 years) is due for her annual booster on or after [[DATE_TIME:04/12/2024]]. To rebook, reply to this text or call us; we have your number as [[PHONE_NUMBER:021 488 3170]] and your name as [[PERSON:Hemi Walker]].""",
    """Хөрмәтле [[PERSON:Айгөл Ғәлиәкбәрова]]! Һеҙ [[LOCATION:Өфө]] ҡалаһындағы студенттар ятағына урынлаштырылдығыҙ: [[ADDRESS:Мингажев урамы, 145, 3-сө бүлмә]]. Ятаҡҡа [[DATE_TIME:30 август, сәғәт 9:00]] килергә кәрәк. Һорауҙар буйынса [[PHONE_NUMBER:+7 347 229-61-08]] телефонына шылтыратығыҙ.""",
    """The claim was filed by [[PERSON:Marguerite Thibodeaux]] of [[LOCATION:Lake Charles]], [[LOCATION:Louisiana]], who says the refinery's release on [[DATE_TIME:August 21]] damaged the paint on her car parked at [[ADDRESS:1412 Ryan Street]].""",
    """I'm [[PERSON:Ishaan Mehra]], a second-year PhD student, and I'd like to update my emergency contact to my father, [[PERSON:Sunil Mehra]], whose number is [[PHONE_NUMBER:+91 98201 45517]]. My Aadhaar is [[ID_NUMBER:5821 3097 4625]] if that helps with verification.""",
    """We found a stray tabby outside [[ADDRESS:24 Wexford Crescent]] and the microchip came back registered to a [[PERSON:Colm Ó Sé]]; the vet couldn't share his number, so if anyone knows him, please send him my way at [[EMAIL_ADDRESS:aoife.b.lynch@gmail.com]].""",
    """[[TITLE:Professor]] [[PERSON:Dagny Halvorsen]] will be on sabbatical from [[DATE_TIME:1 January 2025]]; students supervised by her should contact [[PERSON:Dr Kwame Asante]] at [[EMAIL_ADDRESS:k.asante@ed.ac.uk]] with any questions about their theses.""",
    """Please update my records: I got married and my name is now [[PERSON:Priscilla Nakamura-Reyes]] (previously [[PERSON:Priscilla Reyes]]). My SSN is [[US_SSN:529-71-0846]] and my new address is [[ADDRESS:6650 W Flamingo Rd, Apt 1132]], [[LOCATION:Las Vegas]], [[LOCATION:NV]] [[ZIP_CODE:89103]].""",
    """The warehouse fire drill on Wednesday went fine, except that [[PERSON:Owen Pritchard]] from goods-in was logged at the wrong muster point; his line manager, [[PERSON:Bethan Rees]], will follow up with him.""",
    """A man who gave his name as [[PERSON:Viktor]] rang the front desk asking for [[PERSON:Dr. Amelia Fairbanks]]'s home address; he was told we do not give out staff details and he left the number [[PHONE_NUMBER:+1 604 555 0148]].""",
    """My daughter [[PERSON:Zanele Mokoena]] is [[AGE:19]] and lives in residence at [[ADDRESS:Room 12, Tugwell Hall]], [[LOCATION:Braamfontein]]. Her ID number is [[ID_NUMBER:0203140139080]]; could you add me, [[PERSON:Nomvula Mokoena]], as a second contact?""",
    """Happy birthday to big [[PERSON:Dave]]!! [[AGE:50]] today and still the loudest man on the site bus. Drinks at the Anchor from 7, tell [[PERSON:Shaz]] if you're coming.""",
    """My cocker spaniel was seen by [[PERSON:Dr. Imogen Blackwood]] on [[DATE_TIME:2 March]] and has been on the antibiotics since; could you ask her to call me back on [[PHONE_NUMBER:01632 960 418]]? It's [[PERSON:Rhys Penhaligon]], the account is under [[PERSON:Penhaligon, R.]]""",
    """Минем исемем [[PERSON:Илнур Сәлахетдинов]], [[AGE:29]] яшь. [[LOCATION:Түбән Кама]] нефть эшкәртү заводында оператор булып эшлим. [[DATE_TIME:2024 елның 3 июнендә]] хезмәт хакы картага килмәде, карта номеры [[CREDIT_CARD:2202 4011 8736 5053]].""",
    """[[PERSON:Yusuf Demir]] was born on [[DATE_TIME:the 5th of October 1987]] in [[LOCATION:Izmir]], moved to [[LOCATION:Rotterdam]] in 2009 and has run a bakery in [[LOCATION:Delfshaven]] ever since.""",
    """The lost property log shows a wallet handed in on Tuesday containing a driver's licence for [[PERSON:Brianna Kowalczyk]], DOB [[DATE_TIME:03-19-2001]], licence no. [[US_DRIVER_LICENSE:K240-7719-3381]], with an address in [[LOCATION:Milwaukee]].""",
    """Your booking is confirmed. Guest: [[PERSON:Olumide Bankole]]. Arrival [[DATE_TIME:Sat 12 Oct]], departure [[DATE_TIME:Mon 14 Oct]]. We'll send the door code to [[PHONE_NUMBER:+234 803 611 4729]] on the morning you arrive.""",
    """Residents of [[ADDRESS:Harbour View House]] are reminded that the fire alarm test is on Monday. [[PERSON:Magdalena]] in flat 9 has asked that anyone who finds a grey cat called Pixel ring her at [[PHONE_NUMBER:0161 496 0772]].""",
    """To whom it may concern, I confirm that [[PERSON:Chiamaka Eze]] worked as a veterinary nurse at our practice from [[DATE_TIME:April 2019]] to [[DATE_TIME:February 2024]] and left of her own accord. — [[PERSON:Dr. Roderick Hale]], Practice Principal""",
    """Ask auntie [[PERSON:Rosalind]] whether she still lives at [[ADDRESS:9 Kingfisher Way]]; the card I sent for her [[AGE:70]]th came back marked 'not known at this address'.""",
]
GEN += [
    """Hi there, I'm disputing a charge on my Visa [[CREDIT_CARD:4539 0277 1846 0137]] from a hotel in [[LOCATION:Lisbon]] I never stayed at. The cardholder is me, [[PERSON:Henrik Lindqvist]], and I was at home in [[LOCATION:Malmö]] the whole week of [[DATE_TIME:the 12th of August]].""",
    """[[PERSON:Consolata Achieng]] called to say the parcel for her late husband, [[PERSON:Peter Otieno Odhiambo]], should go to her instead at [[ADDRESS:House 14, Riverside Gardens, Off Riverside Drive]], [[LOCATION:Nairobi]].""",
    """Our new tenant, [[PERSON:Thandiwe Dlamini-Ross]], signed the lease on [[DATE_TIME:1 March 2024]] for [[ADDRESS:Unit 3/27 Pembroke Street]], [[LOCATION:Epping]] [[LOCATION:NSW]] [[ZIP_CODE:2121]]; the bond was lodged under her email [[EMAIL_ADDRESS:thandi.dr@icloud.com]].""",
    """The ticket says the customer, [[PERSON:jaylen price]], wants his gamertag changed from [[USERNAME:xXjaylenXx_07]] to something 'less embarrassing' before his [[AGE:16]]th birthday party on Saturday.""",
    """I, [[PERSON:Gurpreet Kaur Dhaliwal]], of [[ADDRESS:42 Cedar Ridge Crescent]], [[LOCATION:Brampton]], [[LOCATION:Ontario]] [[ZIP_CODE:L6Z 3M8]], declare that the information given in this application is true. Social Insurance Number: [[ID_NUMBER:046 182 739]].""",
    """Delivery update: driver couldn't reach [[PERSON:Mrs. Ferreira]] at [[ADDRESS:Rua das Flores 118, 2º Esq.]], so the parcel is at the pickup point on the corner. She can call us back on the number we have, [[PHONE_NUMBER:+351 912 448 073]].""",
    """It turns out [[PERSON:Sebastián]]'s passport, number [[ID_NUMBER:PAB781204]], expires in [[DATE_TIME:January]], so he can't board the cruise in [[DATE_TIME:March]] unless he renews it this month.""",
    """Congratulations to [[PERSON:Noor Al-Hashimi]], who joins the finance team as payroll lead on [[DATE_TIME:Monday, 6 January]]! [[PERSON:Noor]] comes to us from [[LOCATION:Dubai]] and can be reached on [[PHONE_NUMBER:+971 50 318 2296]] until her UK number is set up.""",
    """The court has listed the hearing in the matter of [[PERSON:Okonkwo]] v [[PERSON:Whitfield]] for [[DATE_TIME:10:00 on 17 April 2025]]. Counsel for the claimant, [[PERSON:Ms Adaeze Okonkwo]], is asked to file her skeleton argument seven days before.""",
    """please send my refund to my paypal, it's [[EMAIL_ADDRESS:bigmikeyt@hotmail.co.uk]]. order was for the size 10 trainers that came in the wrong colour. thanks, [[PERSON:mike tranter]]""",
    """My gym membership was frozen while I was in hospital from [[DATE_TIME:June 3]] to [[DATE_TIME:June 28]], but I was still charged. Member no. [[ID_NUMBER:PF-0093317]], name [[PERSON:Keisha Montgomery]], phone [[PHONE_NUMBER:404.772.1968]].""",
    """On the evening of [[DATE_TIME:23 December]], [[PERSON:Ricardo Almeida]] reported that his van, registration [[ID_NUMBER:AB12 CXR]], had been broken into outside [[ADDRESS:77 Paradise Street]], [[LOCATION:Liverpool]].""",
    """The phone contract is in [[PERSON:Ananya Bhattacharya]]'s name but her brother [[PERSON:Arnav]] is the one using the SIM; she's asked us to move the line to him and to send the paperwork to [[EMAIL_ADDRESS:arnav.bhatta@gmail.com]].""",
    """Could you check whether the tax refund for [[PERSON:Mai Thi Nguyen]] went through? Her TFN is [[ID_NUMBER:463 815 207]] and she says she lodged the return on [[DATE_TIME:2 August]] from her new place in [[LOCATION:Footscray]].""",
    """We regret to inform you that your application for the [[LOCATION:Wellington]] apartment was not successful. Thank you, [[PERSON:Tevita Fifita]], for your interest; we will keep your details on file for six months unless you ask us not to.""",
    """Bonjour from [[PERSON:Amadou Diallo]] — I'm flying into [[LOCATION:Montréal]] on [[DATE_TIME:the 28th]] for the conference and would like to be picked up at the airport. My cell while travelling is [[PHONE_NUMBER:+221 77 508 19 34]].""",
    """The church bulletin congratulates [[PERSON:Walter]] and [[PERSON:June Abernathy]], who celebrate their 60th wedding anniversary on [[DATE_TIME:November 19]]. Cards can be left at the office or sent to [[ADDRESS:318 Chestnut Street]].""",
    """Hi [[PERSON:Rohan]], your Uber driver [[PERSON:Faisal]] is arriving in a white Toyota Prius, plate [[ID_NUMBER:KGM 4471]]. Share your trip with [[PERSON:Meera]]?""",
    """Teacher's note: [[PERSON:Lily-Mae Thornton]] in Year 4 has a nut allergy; her EpiPen is in the office and her dad, [[PERSON:Craig Thornton]], should be called first on [[PHONE_NUMBER:07823 416 095]].""",
    """[[PERSON:Benedikt Auer]] from [[LOCATION:Graz]] asked us to wire his winnings to [[IBAN_CODE:AT80 2011 1827 4059 3361]] instead of the account he gave us in [[DATE_TIME:May]]; please verify by calling him before making any change.""",
    """The obituary for [[PERSON:Evelyn Mae Chisholm]], [[AGE:92]], of [[LOCATION:Truro]], [[LOCATION:Nova Scotia]], says she was born on [[DATE_TIME:February 11, 1932]] and died peacefully at home on [[DATE_TIME:March 4]].""",
    """Just a heads up that [[PERSON:Björn]] shared his login with half the office again; his username is [[USERNAME:bjorn.ekstrom]] and the password was on a sticky note. Please reset it before he's back on Thursday.""",
    """Hello, I am writing from [[LOCATION:Perm]]. My name is [[PERSON:Yekaterina Vasilyevna Shchukina]], I am retired teacher, [[AGE:67]] years. I have received letter that my pension is recalculated, but my SNILS [[ID_NUMBER:158-209-346 75]] is written with mistake in this letter. Please correct.""",
    """The photographer for the [[PERSON:Adeyemi]]–[[PERSON:Hoang]] wedding on [[DATE_TIME:7 June]] needs the final guest list by Friday; send it to [[PERSON:Linh]] at [[EMAIL_ADDRESS:linh.hoang.weds@gmail.com]].""",
    """Visa appointment confirmed for applicant [[PERSON:Ahmed Raza Chaudhry]], passport [[ID_NUMBER:BN4027716]], at the [[LOCATION:Islamabad]] centre on [[DATE_TIME:Wed 5 Mar 2025 at 11:45]]. Bring the original bank statements.""",
    """My grandfather, [[PERSON:Seamus O'Rourke]], was [[NRP:Irish]] and I'm applying for citizenship through descent; he was born on [[DATE_TIME:9 May 1931]] in [[LOCATION:County Mayo]].""",
    """Library notice: the book you borrowed is overdue. Borrower: [[PERSON:Xochitl Hernández]], card [[ID_NUMBER:21982004471385]]. Please return it to any branch or renew online.""",
    """Anyone know a good vet near [[LOCATION:Sheffield]]? Our rabbit needs his teeth done and the practice we used closed. DM me, [[USERNAME:hannah_b_sheff]] on here, or text [[PHONE_NUMBER:07451 208 336]].""",
    """I am [[PERSON:Salavat Yulayev]] — yes, like the hero — and I study at Bashkir State University, faculty of chemistry. In dormitory nr 7 on [[ADDRESS:Zaki Validi street 32]] the heating is not working from [[DATE_TIME:15 of October]]. Please to help, my phone [[PHONE_NUMBER:8-917-404-18-26]].""",
    """[[PERSON:Aroha Ngata]] adopted a border collie from the shelter on [[DATE_TIME:20 January]]; the microchip transfer form lists her address as [[ADDRESS:4 Te Awa Road]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]].""",
    """The new hire paperwork for [[PERSON:Jesús Manuel Paredes]] is missing his date of birth and I-9 documents. Can you ask him to email them to hr@ourcompany.com before [[DATE_TIME:Friday the 15th]]? His personal email is [[EMAIL_ADDRESS:jmparedes1989@gmail.com]].""",
    """Mineñ isemem [[PERSON:Zölfiä Yomağolova]], [[LOCATION:Öfö]] qalahında yäşäyem. Beźneñ pesäy awırıy, [[DATE_TIME:12 noyabr, säğät 17:00]] veterinar klinikahına yaźılırğa teläyem. Telefonım [[PHONE_NUMBER:+7 917 345 72 80]].""",
    """The refinery's housing office has a one-bedroom flat free at [[ADDRESS:Block 4, Flat 22, Al Hamra Street]], [[LOCATION:Ruwais]]; [[PERSON:Ravi Shankar Pillai]] is first on the waiting list and will be contacted on [[PHONE_NUMBER:+971 56 772 0418]].""",
    """When the dentist's receptionist asked for her date of birth, [[PERSON:Bridget]] said '[[DATE_TIME:the third of the third, eighty-five]]', and it still took them ten minutes to find her file.""",
    """Our records show the parking fine was issued to a vehicle registered to [[PERSON:Olaniyi Adebayo]] of [[ADDRESS:Flat 2, 56 Peckham Rye]], [[LOCATION:London]] [[ZIP_CODE:SE15 4JR]]. If someone else was driving, tell us their name and address within 28 days.""",
    """hi it's [[PERSON:Celeste]] again, the dog walker — I'll have Rufus back by 5. if the code to the side gate changed, text me on [[PHONE_NUMBER:(503) 716-2290]]""",
    """The scholarship committee selected [[PERSON:Emeka Nwachukwu]] ([[AGE:20]], [[LOCATION:Enugu]]) and [[PERSON:Farah Siddiqui]] ([[AGE:21]], [[LOCATION:Leicester]]) for this year's petroleum engineering award.""",
    """Can you move my physio session from [[DATE_TIME:Thursday 13 March at 10am]] to any time on Friday? It's [[PERSON:Declan Murphy]], DOB [[DATE_TIME:18/02/1990]].""",
    """The charity thanks [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Goldberg]] of [[LOCATION:Baltimore]] for their gift in memory of [[PERSON:Ruth Goldberg]], and Anonymous — you know who you are.""",
    """Before she left for [[LOCATION:Kazan]], [[PERSON:Dilyara]] asked me to forward her post to [[ADDRESS:ul. Bauman, 44/8, kv. 17]], [[LOCATION:Kazan]] [[ZIP_CODE:420111]], [[LOCATION:Russia]].""",
]

BENCH = [
    """Dear [[PERSON:Mrs. Leontyne Harber]], as Senior Optimization Planner you are required to update your emergency contact before the audit. Please log in from your registered device ([[IP_ADDRESS:172.16.40.219]]) with username [[USERNAME:Leontyne.Harber88]] and confirm your home address, [[ADDRESS:7719 Schowalter Causeway]], [[ADDRESS:Suite 402]], [[LOCATION:Texas City]], [[ZIP_CODE:77590]].""",
    """Hi [[PERSON:Jovany]], the letting agent's portal shows a payment of £1,240.50 from card [[CREDIT_CARD:4556 7330 0418 9268]] (CVV 381, exp 09/27) for your flat at [[ADDRESS:Flat 12, 48 Oxford Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M13 9PL]]. If this wasn't you, contact the Lettings Services Coordinator immediately.""",
    """Attention [[PERSON:Kaelyn Durgan-Okoro]], your streaming account has been accessed from [[IP_ADDRESS:2001:db8:4a1f:9c20::17]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15. If you did not log in on [[DATE_TIME:11/03/2023 at 21:47]], reset your password now.""",
    """The refund of $312.76 for [[PERSON:Mx. Rowan Feeney]] will be sent to IBAN [[IBAN_CODE:IE70BOFI90138274619305]] (BIC BOFIIE2D). [[PERSON:Rowan]], who is [[AGE:44]] and works as a Dynamic Branding Facilitator, can be reached at [[PHONE_NUMBER:+353 87 419 2265]].""",
    """Our campus security logged the MAC address 3c:22:fb:8e:10:a4 on the student Wi-Fi at [[DATE_TIME:02:13 on 14/02/2024]]; the device is registered to [[PERSON:Thaddeus Quigley]], student [[ID_NUMBER:U2291847]], resident of [[ADDRESS:Room 3.14, Brunswick Hall]], [[ADDRESS:221 Brunswick Street]].""",
    """Transaction alert for [[PERSON:Esperanza Villalobos Cruz]]: your Mastercard [[CREDIT_CARD:5167 3290 4487 1151]] was used at a pharmacy for 87.40 EUR. Your billing address on file is [[ADDRESS:Calle de Alcalá 211, 4º B]], [[LOCATION:Madrid]], [[ZIP_CODE:28028]].""",
    """In the [[LOCATION:Orange County]] office, [[PERSON:Dr. Benedict Oyelowo-Marsh]], Lead Process Strategist, reviewed the quarterly logs. His gender is male, his eye colour is hazel, and his direct line is [[PHONE_NUMBER:(714) 304-8821]]. He lives at [[ADDRESS:24 Corte Madera]], [[LOCATION:Irvine]].""",
    """Please verify your identity, [[PERSON:Anneliese]]. We need your date of birth ([[DATE_TIME:1986-02-07]]), your SSN [[US_SSN:412-58-3096]] and the last four digits of your account. Your PIN 4417 should never be shared with anyone.""",
    """[[PERSON:Ignatius Waweru]], [[AGE:33]], has been allocated to the catalytic cracker rota starting [[DATE_TIME:Monday 3 February]]. Payroll will deposit to [[IBAN_CODE:GB39 LOYD 3096 2817 4405 13]], sort code 30-96-28. Contact: [[EMAIL_ADDRESS:i.waweru@protonmail.com]].""",
    """User [[USERNAME:marguerite_vet_tech]] ([[PERSON:Marguerite Lavoie]]) requested access to the firm's payroll records from [[IP_ADDRESS:192.168.7.55]] with MAC 00:1B:44:11:3A:B7. Her vehicle [[ID_NUMBER:BX19 KPO]] is registered for the staff car park.""",
    """Assessment results for [[PERSON:Oluwaseun Adekunle]], student ID [[ID_NUMBER:S4418203]], module PETR3102 Refinery Engineering: 72/100. Please update the student's postal address to [[ADDRESS:31B Elmwood Terrace]], [[LOCATION:Aberdeen]] [[ZIP_CODE:AB24 3RT]].""",
    """Hello [[PERSON:Tatiana]], thank you for your order. Your shipping address is [[ADDRESS:5533 Beier Spurs]], [[ADDRESS:Apt. 901]], [[LOCATION:North Jeffry]], [[LOCATION:Wyoming]] [[ZIP_CODE:82001]]. Payment was taken from JCB [[CREDIT_CARD:3530 1147 2930 5682]] exp. 03/26.""",
    """The claimant, [[PERSON:Eustace Fairweather]], a [[AGE:58]]-year-old Chief Mobility Officer, reported that his bicycle was stolen from outside [[ADDRESS:Building 7]], [[ADDRESS:1180 Marsh Road]], [[LOCATION:Menlo Park]] on [[DATE_TIME:July 9, 2023]]. His Discover card [[CREDIT_CARD:6011 0983 7264 5182]] was in the saddlebag.""",
    """Minem isemem [[PERSON:Rezeda Ğäbdraxmanova]], [[LOCATION:Älmät]] neft' tehnikumında uqıtuçı. Xezmät xaqım [[IBAN_CODE:KZ85601A871004382915]] hisabına kilergä tieş ide, läkin kilmäde. Elektron poçtam: [[EMAIL_ADDRESS:rezeda.gabdrax@yandex.ru]], telefon [[PHONE_NUMBER:+7 917 261 09 44]].""",
    """[[PERSON:Quentin Abernathy-Lowe]] (he/him), Investor Accounts Liaison, IP [[IP_ADDRESS:84.19.203.66]], logged in at [[DATE_TIME:2023-07-28T14:05:11Z]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36 and changed the password to 'Qz!8mLp#2'.""",
    """Good morning. My name is [[PERSON:Artur Marselevich Gimadiev]], I am working as shift master on [[LOCATION:Nizhnekamsk]] refinery. For the visa I need reference with my passport data: series [[ID_NUMBER:92 16 583047]], issued [[DATE_TIME:18.05.2016]] by MVD of Tatarstan Republic. Registration address: [[ADDRESS:prospekt Khimikov, 31, apt. 112]], [[LOCATION:Nizhnekamsk]], [[ZIP_CODE:423570]].""",
    """Your pharmacy loyalty card [[ID_NUMBER:PAWS-00481927]] has 420 points. [[PERSON:Giacomo]], redeem them before 31/12 at our [[LOCATION:Bologna]] branch or online; we'll send reminders to [[EMAIL_ADDRESS:giacomo.ferri77@libero.it]].""",
    """[[PERSON:Ms. Priyanka Venkataraman]] of [[LOCATION:Kanpur]], [[LOCATION:Uttar Pradesh]] [[ZIP_CODE:208016]], has been admitted to the MTech (Petroleum Refining) programme. Hostel allotment: [[ADDRESS:Hall 5, Room C-217]]. Aadhaar [[ID_NUMBER:7394 0621 8855]] verified on [[DATE_TIME:12-07-2024]].""",
    """Ticket from [[PERSON:Hollis Grayson-Vance]]: 'My Amex [[CREDIT_CARD:3782 800456 17208]] got charged twice for the leisure centre. Card expires 11/26, the security code is 6112. I'm at [[ADDRESS:Flat 7, 20 Whiteladies Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS8 1TH]].'""",
    """The vehicle with VRM [[ID_NUMBER:YD63 LHX]], owned by [[PERSON:Sven Kristoffersen]], was seen entering the depot gate at [[DATE_TIME:06:42 on 19 March]]. [[PERSON:Mr. Kristoffersen]]'s badge records show IPv6 [[IP_ADDRESS:fe80::9a4b:e1ff:fe02:7c31]] for his laptop.""",
    """Notification for [[PERSON:Mrs. Oluwakemi Adesanya-Brooks]]: your pet insurance premium of £18.40 will be collected from [[IBAN_CODE:GB58MIDL40051873920164]] on the 1st. Policy PET-7718340 covers Nala (cat, 4). Call 020 7946 0311 with questions.""",
    """[[PERSON:Dashiell Moreau]] was born [[DATE_TIME:September 30, 1991]] and is [[AGE:32]]; he identifies as non-binary and works as Principal Accountability Consultant in [[LOCATION:Lake Elsinore]]. His handle on the company chat is [[USERNAME:dmoreau91]] and his work phone is 1-800-555-0100.""",
    """In [[LOCATION:Kirkwall]] the housing association received a complaint from [[PERSON:Fionnghuala MacAulay]] about damp in [[ADDRESS:Flat 3, Ness House]], [[ADDRESS:14 Junction Road]], [[ZIP_CODE:KW15 1AR]]; she can be emailed at [[EMAIL_ADDRESS:fmacaulay.ork@outlook.com]].""",
    """Customer [[PERSON:Zoltan Bereczki]] paid the hotel bill with card [[CREDIT_CARD:4917 6100 3847 2296]], then asked for the refund to go to [[IBAN_CODE:DE27 2004 1155 0873 1902 41]] instead. The card was issued by a bank in [[LOCATION:Hamburg]].""",
    """The meeting on [[DATE_TIME:Thursday 4/18 at 3 PM]] between [[PERSON:Adrienne Castellanos]] and [[PERSON:Dr. Felix Obuya]] was moved to Zoom; the link was sent to [[EMAIL_ADDRESS:acastellanos@utexas.edu]] and [[EMAIL_ADDRESS:fobuya@kemri.org]].""",
    """Hi, [[PERSON:Yerlan Abenov]] here, field chemist at the [[LOCATION:Atyrau]] refinery. The per diem should go to [[IBAN_CODE:KZ17998BTB0000376140]]. My IIN is [[ID_NUMBER:931219305662]] and my mobile is [[PHONE_NUMBER:+7 701 428 5519]].""",
    """Our system recorded that [[PERSON:Percival]] (username [[USERNAME:percy_the_vet]]) changed his email to [[EMAIL_ADDRESS:percival.okoye@gmx.com]] from [[IP_ADDRESS:41.203.72.18]], which geolocates to [[LOCATION:Lagos]].""",
    """[[PERSON:Hildegard Sørensen]] ([[AGE:71]]), a retired Corporate Integration Director, reported suspicious calls asking for her Visa number. The caller knew her address, [[ADDRESS:Nørrebrogade 148, 3. tv.]], [[ZIP_CODE:2200]] [[LOCATION:København N]].""",
    """Student loan statement for [[PERSON:Bartholomew Iwu]]: balance £27,410. Account [[ID_NUMBER:170398264]]. Repayments are taken via PAYE by your employer. Your National Insurance number is [[ID_NUMBER:JT 48 62 19 C]].""",
    """Hello [[PERSON:Kiri]], the Ruakura vet school confirms your internship from [[DATE_TIME:2 December 2024]] to [[DATE_TIME:28 February 2025]]. Your accommodation is [[ADDRESS:Unit 5, 12 Knighton Road]], [[LOCATION:Hillcrest]], [[LOCATION:Hamilton]] [[ZIP_CODE:3216]].""",
]
BENCH += [
    """PROPERTY DAMAGE CLAIM — Policyholder: [[PERSON:Reginald T. Ashworth]]. Date of birth: [[DATE_TIME:06/22/1958]]. Insured property: [[ADDRESS:2207 Refinery Road]], [[LOCATION:Port Arthur]], [[LOCATION:TX]] [[ZIP_CODE:77640]]. Date of loss: [[DATE_TIME:October 3, 2023]]. Description: soot deposits on siding and vehicles following the flaring event at the neighbouring plant. Claim no. PD-2023-118842. Contact phone: [[PHONE_NUMBER:409-962-7713]].""",
    """VETERINARY CONSENT FORM. Owner name: [[PERSON:Harriet Okonedo]]. Owner address: [[ADDRESS:15 Larkspur Close]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 7QS]]. Phone: [[PHONE_NUMBER:07889 314 560]]. Patient: Bramble, female spayed, 11 yrs, Springer Spaniel. Procedure: dental extraction under GA. I consent to the procedure described above. Signed: [[PERSON:H. Okonedo]] Date: [[DATE_TIME:09/04/2024]]""",
    """RESIDENTIAL TENANCY AGREEMENT (STUDENT). This agreement is made on [[DATE_TIME:15 August 2024]] between Unite Campus Living Ltd ('the Landlord') and [[PERSON:Kofi Mensah-Bonsu]] ('the Tenant'), born [[DATE_TIME:3 March 2005]], in respect of [[ADDRESS:Room 4, Flat 19, Cathays Court, 22 Senghennydd Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF24 4AG]]. Guarantor: [[PERSON:Abena Mensah-Bonsu]], [[ADDRESS:12 Asylum Down Road]], [[LOCATION:Accra]], [[LOCATION:Ghana]].""",
    """DISCHARGE SUMMARY. Patient: [[PERSON:Marcelo Augusto Figueiredo]]. MRN: [[ID_NUMBER:MRN 00734182]]. DOB: [[DATE_TIME:17-Jan-1971]]. Admitted: [[DATE_TIME:02-Jun-2024]]. Discharged: [[DATE_TIME:07-Jun-2024]]. Attending: [[PERSON:Dr. Leah Bernstein]]. Diagnosis: community-acquired pneumonia. Follow-up with GP in one week. Next of kin: [[PERSON:Vanessa Figueiredo]] (wife), [[PHONE_NUMBER:+1 617 555 2043]].""",
    """LOAN APPLICATION — PERSONAL DETAILS. Full name: [[PERSON:Candice Ntombizodwa Khumalo]]. ID number: [[ID_NUMBER:9405230845085]]. Date of birth: [[DATE_TIME:23 May 1994]]. Marital status: single. Residential address: [[ADDRESS:48 Jan Smuts Avenue]], [[LOCATION:Parktown North]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]. Employer: Discovery Health. Monthly gross income: R 46,200. Cell: [[PHONE_NUMBER:082 614 3397]]. Email: [[EMAIL_ADDRESS:candice.khumalo@webmail.co.za]].""",
    """NOTICE OF DISCIPLINARY HEARING. To: [[PERSON:Mr. Callum Strachan]], Employee No. [[ID_NUMBER:GRG-08817]], Process Technician, Grangemouth. You are required to attend a disciplinary hearing on [[DATE_TIME:Wednesday 22 January 2025 at 14:00]] regarding the alleged bypass of a safety interlock on Unit 2 on [[DATE_TIME:9 January 2025]]. You may be accompanied by a trade union representative or a colleague.""",
    """INCIDENT REPORT #IR-24-0931. Site: Lindsey Oil Refinery. Reported by: [[PERSON:Sandeep Gill]] (Shift Supervisor). Injured person: [[PERSON:Lewis Barraclough]], age [[AGE:27]], contractor (scaffolder). Date/time of incident: [[DATE_TIME:14/08/2024 10:35]]. Nature of injury: laceration to left forearm. First aid administered by [[PERSON:Karen Tollington]]. Casualty taken to Scunthorpe General Hospital.""",
    """EMPLOYMENT CONTRACT — Schedule 1. Employee: [[PERSON:Anastasia Grigoryevna Lebedeva]]. Address: [[ADDRESS:ul. Sovetskaya, d. 112, kv. 9]], [[LOCATION:Samara]], [[ZIP_CODE:443099]]. INN: [[ID_NUMBER:631682045760]]. SNILS: [[ID_NUMBER:112-734-650 31]]. Position: laboratory chemist, municipal water utility. Start date: [[DATE_TIME:1 April 2024]]. Salary account: [[ID_NUMBER:40817810054400127731]].""",
    """STUDENT ENROLMENT FORM. Surname: [[PERSON:ADEBAYO-WILLIAMS]]. Given names: [[PERSON:Temitope Grace]]. Date of birth: [[DATE_TIME:29/10/2003]]. Nationality: [[NRP:Nigerian]]. Passport no.: [[ID_NUMBER:A09182736]]. UK address: [[ADDRESS:Flat 2/1, 19 Gibson Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 8NU]]. Programme: MSc Veterinary Public Health. Emergency contact: [[PERSON:Olufemi Adebayo-Williams]], [[PHONE_NUMBER:+234 802 331 7840]].""",
    """HOME INSURANCE RENEWAL NOTICE. Dear [[PERSON:Mr Vikram Choudhary]], your policy HH-4481093 renews on 01/03/2025. The sum insured for contents is £45,000. Property: [[ADDRESS:36 Belgrave Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 6AR]]. Your annual premium of £312.18 will be collected by Direct Debit from the account ending 0917. Date of birth on file: [[DATE_TIME:04/11/1976]].""",
    """ҒАРИЗА. Башҡорт дәүләт университеты ректорына студент [[PERSON:Ғәйнетдинов Азат Рәмилевич]] тарафынан. Миңә [[DATE_TIME:2024 йылдың 1 сентябренән]] башлап 4-се ятаҡта урын биреүегеҙҙе һорайым. Даими теркәлгән адресым: [[LOCATION:Ишембай]] ҡалаһы, [[ADDRESS:Геологтар урамы, 14, 27-се фатир]], [[ZIP_CODE:453210]]. Телефон: [[PHONE_NUMBER:+7 937 158-04-92]]. [[DATE_TIME:20.08.2024]]. Ҡултамға.""",
    """MEDICAL CERTIFICATE OF FITNESS FOR WORK. This is to certify that [[PERSON:Rashid Hamdan Al-Mazrouei]], Emirates ID [[ID_NUMBER:784-1987-4410926-9]], born [[DATE_TIME:12 March 1987]], was examined by me on [[DATE_TIME:5 May 2024]] and is fit to work at height and in confined spaces at the Ruwais refinery. [[PERSON:Dr. Meenakshi Iyer]], Occupational Health Physician.""",
    """WITNESS STATEMENT. Name: [[PERSON:Dolores Pike]]. Age: over 18. Occupation: veterinary receptionist. Address: [[ADDRESS:3 Station Cottages]], [[LOCATION:Much Wenlock]], [[LOCATION:Shropshire]] [[ZIP_CODE:TF13 6AA]]. On [[DATE_TIME:Saturday 16th March 2024]] at about 11.30 I saw a man I now know to be [[PERSON:Gary Lomax]] kick a dog in the car park of the practice.""",
    """CERTIFICATE OF ATTENDANCE. This is to certify that [[PERSON:Nadia Zulkifli]], matric no. [[ID_NUMBER:A22EC0417]], has been a full-time student of the Faculty of Chemical Engineering since [[DATE_TIME:10 October 2022]] and resides at [[ADDRESS:Kolej Tun Dr. Ismail]], [[LOCATION:Skudai]], [[LOCATION:Johor]]. Issued at the request of the student.""",
    """SETTLEMENT AGREEMENT (excerpt). 2.1 The Company shall pay [[PERSON:Ms. Lorraine Kettering]] the sum of $85,000 within 14 days of the Effective Date. 2.2 Payment shall be made to the Employee's account at Chase, routing 021000021, account [[ID_NUMBER:483920017722]]. Employee address: [[ADDRESS:901 Bayou Bend Drive]], [[LOCATION:Baton Rouge]], [[LOCATION:LA]] [[ZIP_CODE:70808]]. Employee SSN: [[US_SSN:238-04-7715]].""",
    """PET ADOPTION APPLICATION. Applicant: [[PERSON:Ioana Dumitrescu]]. Co-applicant: [[PERSON:Radu Dumitrescu]]. Address: [[ADDRESS:Strada Vasile Lascăr 41, ap. 6]], [[LOCATION:Bucharest]], [[ZIP_CODE:020492]]. Home type: flat, 2nd floor, no garden. Animal requested: Sofi (mixed breed, approx. 2 yrs). Reference: [[PERSON:Dr. Mihai Stanciu]], vet, [[PHONE_NUMBER:+40 721 448 903]].""",
    """INSURANCE CLAIM – TRAVEL. Insured: [[PERSON:Chen Wei-Ling]] & [[PERSON:Hsu Ming-Jie]]. Trip dates: [[DATE_TIME:3 Apr 2024]] – [[DATE_TIME:17 Apr 2024]]. Incident: flight cancelled, extra hotel night in [[LOCATION:Istanbul]]. Amount claimed: 214 EUR. Payment to: [[IBAN_CODE:TR31 0001 0007 3826 4019 5577 32]]. Passport ([[PERSON:Chen]]): [[ID_NUMBER:312087745]]. Email: [[EMAIL_ADDRESS:weiling.chen.tw@gmail.com]].""",
    """Оператор технологических установок [[PERSON:Хәйруллин Данис Илдарович]]; туган көне: [[DATE_TIME:1988 елның 7 июле]]; яшәү урыны: [[LOCATION:Әлмәт]] шәһәре, [[ADDRESS:Ленин урамы, 118, 54 нче фатир]]; паспорт: [[ID_NUMBER:92 08 714296]]; ИНН: [[ID_NUMBER:164470921505]]. Медицина тикшерүе: [[DATE_TIME:2024 елның 14 феврале]], эшкә яраклы.""",
    """NOTICE TO QUIT. To: [[PERSON:Dwayne]] and [[PERSON:Shaniqua Ellison]], [[ADDRESS:4410 N. Greenview Ave, Unit 2R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60640]]. You are hereby notified that your tenancy will terminate on [[DATE_TIME:March 31, 2025]]. Served by: [[PERSON:Gerald Pankowski]], Landlord, on [[DATE_TIME:January 29, 2025]].""",
    """REFERRAL LETTER. Dear [[PERSON:Dr. Achterberg]], I would be grateful if you could see [[PERSON:Mr. Pieter-Jan de Groot]] (DOB [[DATE_TIME:02-11-1964]], BSN [[ID_NUMBER:183052742]]) regarding persistent dermatitis on both hands; he works as a lab technician at a paint factory and handles solvents daily. Address: [[ADDRESS:Vondelweg 77]], [[ZIP_CODE:3193 AJ]] [[LOCATION:Hoogvliet]].""",
    """VACCINATION CERTIFICATE (CANINE). Owner: [[PERSON:Abdirahman Yusuf Farah]]. Address: [[ADDRESS:Apt 7, 1901 Riverside Dr.]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43221]]. Dog: Simba, male neutered. Rabies vaccine given [[DATE_TIME:6/18/2024]] by [[PERSON:Jennifer Kwiatkowski]], DVM. Tag no. R-2024-55071. Next due 6/18/2027.""",
    """APPLICATION FOR HARDSHIP BURSARY. Student: [[PERSON:Liam O'Driscoll]]. Student no.: [[ID_NUMBER:119334582]]. PPSN: [[ID_NUMBER:8462031K]]. Term address: [[ADDRESS:Apt 14, Victoria Mills, Western Road]], [[LOCATION:Cork]] [[ZIP_CODE:T12 X2C8]]. Bank account for payment: [[IBAN_CODE:IE84 AIBK 9320 8617 4029 53]]. Declaration signed [[DATE_TIME:21/10/2024]].""",
]
BENCH += [
    """{"patient_id": "[[ID_NUMBER:VET-2024-08812]]", "species": "feline", "name": "Tofu", "owner": {"first_name": "[[PERSON:Camille]]", "last_name": "[[PERSON:Rousseau-Nkemelu]]", "phone": "[[PHONE_NUMBER:+33 6 71 48 20 93]]", "email": "[[EMAIL_ADDRESS:camille.rn@orange.fr]]", "address": "[[ADDRESS:14 rue des Tanneurs]]", "city": "[[LOCATION:Lyon]]", "postcode": "[[ZIP_CODE:69005]]"}, "last_visit": "[[DATE_TIME:2024-05-17]]", "weight_kg": 4.6}""",
    """[[DATE_TIME:2024-03-11 08:14:22,871]] INFO auth.login user=[[USERNAME:jfarouk]] name="[[PERSON:Jamal Farouk]]" src=[[IP_ADDRESS:10.88.14.203]] result=SUCCESS
[[DATE_TIME:2024-03-11 08:14:23,002]] INFO session.start sid=7f3a9c21e4 user=[[USERNAME:jfarouk]]
[[DATE_TIME:2024-03-11 08:31:47,560]] WARN dcs.override user=[[USERNAME:jfarouk]] unit=HCU-2 tag=FIC-2041 old=118.0 new=131.5
[[DATE_TIME:2024-03-11 09:02:10,115]] INFO auth.logout user=[[USERNAME:jfarouk]]""",
    """INSERT INTO students (student_id, first_name, last_name, dob, email, phone, dorm, room) VALUES ('[[ID_NUMBER:20231187]]', '[[PERSON:Mariana]]', '[[PERSON:Lopes Carvalho]]', '[[DATE_TIME:2004-12-02]]', '[[EMAIL_ADDRESS:mlcarvalho@student.uni.edu]]', '[[PHONE_NUMBER:555-0134]]', '[[ADDRESS:Hawthorne]]', '[[ADDRESS:318]]');""",
    """<employee>
  <id>[[ID_NUMBER:E-470019]]</id>
  <name>
    <given>[[PERSON:Siddharth]]</given>
    <family>[[PERSON:Raghavan]]</family>
  </name>
  <dateOfBirth>[[DATE_TIME:1983-08-25]]</dateOfBirth>
  <dept>Logistics</dept>
  <address>
    <line1>[[ADDRESS:B-402, Sunrise Residency, Pandit Nehru Marg]]</line1>
    <city>[[LOCATION:Jamnagar]]</city>
    <state>[[LOCATION:Gujarat]]</state>
    <pin>[[ZIP_CODE:361008]]</pin>
  </address>
  <mobile>[[PHONE_NUMBER:+91 94262 18830]]</mobile>
</employee>""",
    """# config/notify.yaml
smtp:
  host: smtp.clinic-internal.net
  port: 587
  user: noreply@pawsandclaws.vet
on_call_vet:
  name: [[PERSON:Dr. Ingrid Solberg]]
  mobile: "[[PHONE_NUMBER:+47 412 88 035]]"
  email: [[EMAIL_ADDRESS:ingrid.solberg@pawsandclaws.vet]]
backup:
  name: [[PERSON:Tobias Lunde]]
  mobile: "[[PHONE_NUMBER:+47 924 61 770]]\"""",
    """Ticket #58213 — Priority: High
Reporter: [[PERSON:Yolanda Bustamante]] <[[EMAIL_ADDRESS:ybustamante@brightline-contractors.com]]>
Subject: Cannot access training portal
Body: Hi, I started on [[DATE_TIME:Jan 6]] as a contract inspector and my login [[USERNAME:ybustamante2]] keeps saying locked. My employee ID is [[ID_NUMBER:C-118204]]. Please call me at [[PHONE_NUMBER:(361) 289-4470]], I'm on site in [[LOCATION:Corpus Christi]] most days.""",
    """customer = {
    "name": "[[PERSON:Aleksandra Wiśniewska]]",
    "pesel": "[[ID_NUMBER:89050412348]]",
    "iban": "[[IBAN_CODE:PL63102055581111148206374419]]",
    "card": {"number": "[[CREDIT_CARD:5358401277639206]]", "exp": "04/28", "cvc": "552"},
    "address": "[[ADDRESS:ul. Piotrkowska 104/12]], [[ZIP_CODE:90-006]] [[LOCATION:Łódź]]",
}""",
    """[[[DATE_TIME:2024-11-02 22:41:09]]] sshd[20117]: Accepted publickey for [[USERNAME:ohalloran]] from [[IP_ADDRESS:203.0.113.58]] port 52214 ssh2
[[[DATE_TIME:2024-11-02 22:41:09]]] sshd[20117]: pam_unix(sshd:session): session opened for user [[USERNAME:ohalloran]] by (uid=0)
[[[DATE_TIME:2024-11-02 22:43:55]]] sudo: [[USERNAME:ohalloran]] : TTY=pts/1 ; PWD=/home/ohalloran ; USER=root ; COMMAND=/usr/bin/systemctl restart lims""",
    """SELECT * FROM owners WHERE email = '[[EMAIL_ADDRESS:rkowalski.pets@gmail.com]]' OR phone = '[[PHONE_NUMBER:+1-312-448-0921]]';
-- returned 1 row: owner_id=88231, first='[[PERSON:Renata]]', last='[[PERSON:Kowalski]]', zip='[[ZIP_CODE:60614]]', pets=2""",
    """{
  "applicant": {
    "full_name": "[[PERSON:Gulnaz Rinatovna Sharipova]]",
    "birth_date": "[[DATE_TIME:2005-03-18]]",
    "snils": "[[ID_NUMBER:164-093-825 74]]",
    "phone": "[[PHONE_NUMBER:+79872546019]]",
    "email": "[[EMAIL_ADDRESS:gulnaz.sharipova05@mail.ru]]",
    "registration": "[[LOCATION:Respublika Bashkortostan]], [[LOCATION:Sterlitamak]], [[ADDRESS:ul. Artema, 96, kv. 33]]"
  },
  "program": "18.03.01 Chemical technology",
  "needs_dormitory": true
}""",
    """Form: Lost/Found Animal Report
Reporter name: [[PERSON:Tamsin Beauchamp]]
Reporter phone: [[PHONE_NUMBER:0117 496 0852]]
Date found: [[DATE_TIME:12 Sep]]
Location found: near the bins behind [[ADDRESS:4 Cotham Vale]]
Animal: black and white cat, no collar, microchip 985112004478123
Notes: scanned at Clifton Vets, chip registered to [[PERSON:Edwin Adjei]], [[ADDRESS:Flat 1, 22 Redland Road]]""",
    """from dataclasses import dataclass

@dataclass
class Contractor:
    name: str
    badge: str
    phone: str

# TODO remove before commit
test_user = Contractor(name="[[PERSON:Mohammed Al-Sayegh]]", badge="[[ID_NUMBER:BPC-30417]]", phone="[[PHONE_NUMBER:+973 3912 4408]]")""",
    """<Patient>
  <MRN>[[ID_NUMBER:4471-0093]]</MRN>
  <Name>[[PERSON:Bernadette O'Hagan]]</Name>
  <DOB>[[DATE_TIME:19520314]]</DOB>
  <NHSNumber>[[ID_NUMBER:485 772 3018]]</NHSNumber>
  <GP>[[PERSON:Dr. Anand Ramesh]]</GP>
  <Address>[[ADDRESS:11 Lisburn Road]], [[LOCATION:Belfast]], [[ZIP_CODE:BT9 7AA]]</Address>
</Patient>""",
    """[ERROR] PaymentService: card declined for order 771203-B
  customer_name=[[PERSON:Harper Lindgren-Oyelaran]]
  card=[[CREDIT_CARD:4546 1720 3948 1155]] exp=12/25
  billing_zip=[[ZIP_CODE:98103]]
  ip=[[IP_ADDRESS:73.221.18.140]]
  ua=Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148""",
    """Support chat export (JSON):
{"ticket": "HD-90412", "from": "[[EMAIL_ADDRESS:dnovak@tuni.fi]]", "name": "[[PERSON:Daniel Novák]]", "body": "Hi, my student housing contract at [[ADDRESS:Insinöörinkatu 60 B 24]] ends on [[DATE_TIME:31.7.2025]] but I want to extend. My Finnish bank is [[IBAN_CODE:FI35 8000 1405 7392 66]]."}""",
    """UPDATE staff SET home_phone = '[[PHONE_NUMBER:01224 559301]]', address = '[[ADDRESS:28 Great Western Road]]', postcode = '[[ZIP_CODE:AB10 6QE]]', ni_number = '[[ID_NUMBER:NE 22 71 84 D]]' WHERE staff_no = '[[ID_NUMBER:ABZ-00413]]'; -- requested by [[PERSON:Morag Cruickshank]] on [[DATE_TIME:2024-06-02]]""",
    """KEY: VALUE dump from intake kiosk
first_name: [[PERSON:Emmanuel]]
last_name: [[PERSON:Oduya]]
sex: M
dob: [[DATE_TIME:07/16/1979]]
ssn: [[US_SSN:601-33-2948]]
insurance_member_id: [[ID_NUMBER:XQH882940117]]
address: [[ADDRESS:1550 Coolidge Ave]], [[LOCATION:Pasadena]], [[LOCATION:CA]] [[ZIP_CODE:91104]]
reason_for_visit: annual physical
kiosk_ip: [[IP_ADDRESS:10.2.0.77]]""",
    """{"event": "password_reset", "user": {"id": 40912, "login": "[[USERNAME:t.akhmetshin]]", "name": "[[PERSON:Timur Akhmetshin]]", "email": "[[EMAIL_ADDRESS:t.akhmetshin@tanecopro.ru]]"}, "requested_at": "[[DATE_TIME:2024-09-30T06:12:58+03:00]]", "client_ip": "[[IP_ADDRESS:95.181.44.12]]", "site": "[[LOCATION:Nizhnekamsk]]"}""",
    """HL7 fragment:
PID|1||[[ID_NUMBER:00928374]]^^^MERCY^MR||[[PERSON:NAKASHIMA]]^[[PERSON:KENJI]]^[[PERSON:T]]||[[DATE_TIME:19690508]]|M|||[[ADDRESS:2150 KAPIOLANI BLVD APT 1804]]^^[[LOCATION:HONOLULU]]^[[LOCATION:HI]]^[[ZIP_CODE:96826]]||[[PHONE_NUMBER:(808)941-3327]]""",
    """// seed data for the housing app (DO NOT SHIP)
const residents = [
  { name: "[[PERSON:Olivia Zhang]]", room: "[[ADDRESS:W-214]]", moveIn: "[[DATE_TIME:2024-09-01]]", phone: "[[PHONE_NUMBER:+1 (647) 318-0442]]" },
  { name: "[[PERSON:Hamza Qureshi]]", room: "[[ADDRESS:W-215]]", moveIn: "[[DATE_TIME:2024-09-02]]", phone: "[[PHONE_NUMBER:+1 (416) 902-7718]]" },
];""",
    """Shift handover note (refinery control room) — [[DATE_TIME:19 Feb]] night shift. Outgoing: [[PERSON:Pavel Novotný]]. Incoming: [[PERSON:Ewa Kaczmarek]]. FCC stable, 41.2 kbbl/d. Called [[PERSON:Ewa]]'s mobile [[PHONE_NUMBER:+48 601 284 557]] at 05:40 because radio 14 was dead. Visitor log: [[PERSON:J. Hradecký]] (vendor, Honeywell) 22:10–23:55.""",
]
BENCH += [
    """From: [[PERSON:Ji-hoon Park]] <[[EMAIL_ADDRESS:jihoon.park82@naver.com]]>
To: claims@swiftlease.co.uk
Date: Mon, 4 Nov 2024 09:12:33 +0000
Subject: Damage on rental ref SL-448120
Received: from [[[IP_ADDRESS:192.168.1.14]]] ([[IP_ADDRESS:86.142.77.201]])

Hello, I returned the car in [[LOCATION:Edinburgh]] on [[DATE_TIME:2 November]]. The scratch was already there at pickup. My licence is [[ID_NUMBER:PARK9811083J99KH]] and my phone is [[PHONE_NUMBER:07520 661 903]].""",
    """KYC Verification — Customer [[PERSON:Obinna Chukwuemeka Eze]], BVN [[ID_NUMBER:22419038856]], NIN [[ID_NUMBER:71820394615]], DOB [[DATE_TIME:1990-04-27]], residential address [[ADDRESS:Plot 14, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. Status: approved by agent [[USERNAME:kyc_amaka]] from terminal [[IP_ADDRESS:102.89.33.147]].""",
    """PNR: X7KQ2L. Passenger 1: [[TITLE:MS]] [[PERSON:AMINA BELLO]] DOB [[DATE_TIME:12JUN88]] PASSPORT [[ID_NUMBER:A07714392]] NGA. Passenger 2: [[TITLE:MSTR]] [[PERSON:DAVID BELLO]] DOB [[DATE_TIME:03FEB17]]. Contact: [[PHONE_NUMBER:+2348036114729]] / [[EMAIL_ADDRESS:amina.bello@gmail.com]]. Frequent flyer: [[ID_NUMBER:EK 412 880 317]].""",
    """Dear [[PERSON:Mr. Hollingsworth]], thank you for upgrading to the Unlimited Plus plan. Your number [[PHONE_NUMBER:0412 390 557]] will move to the new plan on [[DATE_TIME:1 July]]. Your account PIN is 8830 and your account number is [[ID_NUMBER:300119284]]. The SIM is being sent to [[ADDRESS:17 Wattle Grove]], [[LOCATION:Toowong]] [[LOCATION:QLD]] [[ZIP_CODE:4066]].""",
    """Mineñ isemem [[PERSON:Rämil Ğäliev]], [[AGE:41]] yäştä, [[LOCATION:Salawat]] qalahında yäşäyem. Banktan kredit alırğa teläyem. Paspart: [[ID_NUMBER:80 11 529304]], INN: [[ID_NUMBER:024511837600]]. Adres: [[ADDRESS:Oktyabr prospektı, 41, 58-se fatir]]. Telefon: [[PHONE_NUMBER:+7 347 635 18 22]]. Karta: [[CREDIT_CARD:2200 7044 9812 3679]].""",
    """Dear sirs, I am writing about my mother [[PERSON:Nuriya Gabdulkhakovna Zaripova]], born [[DATE_TIME:11.02.1951]], pensioner. She is living alone in [[LOCATION:Chistopol]] on [[ADDRESS:Lenin street 57, flat 3]] and she cannot go herself to the bank. I am her son [[PERSON:Marat]], I have notarial power of attorney from [[DATE_TIME:05.09.2023]]. Please to call me on [[PHONE_NUMBER:+7 (903) 061-77-24]] to agree visit of your employee.""",
    """Court record — Case No. 2024-CV-01187. Plaintiff: [[PERSON:Esther Abramowitz]]. Defendant: [[PERSON:Leonard Pruitt]], d/b/a Pruitt Roofing. Plaintiff's address: [[ADDRESS:80 Wyckoff Ave, Apt 3F]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11237]]. Date of service: [[DATE_TIME:02/14/2024]]. Defendant's DL no. [[US_DRIVER_LICENSE:P418-339-120-917]]. Hearing set for [[DATE_TIME:April 2, 2024 at 9:30 a.m.]]""",
    """CRM export row 118: Contact=[[PERSON:Ludmila Horáková]] | Company=Brno Ceramics s.r.o. | Title=Purchasing Manager | Mobile=[[PHONE_NUMBER:+420 603 418 275]] | Email=[[EMAIL_ADDRESS:ludmila.horakova@seznam.cz]] | LinkedIn=[[URL:https://www.linkedin.com/in/ludmila-horakova-brno]] | Last contacted=[[DATE_TIME:2024-02-19]] | Owner=sales-cz""",
    """Onboarding checklist for [[PERSON:Matías Ezequiel Romero]] (start date [[DATE_TIME:2024-10-14]]):
- Tax ID (CUIL): [[ID_NUMBER:20-35418273-5]]
- Personal email: [[EMAIL_ADDRESS:mati.romero.ar@gmail.com]]
- Home: [[ADDRESS:Av. Corrientes 4120, piso 7, depto B]], [[LOCATION:CABA]] ([[ZIP_CODE:C1194AAR]])
- Laptop asset tag: LT-09371 (MAC 8c:85:90:1a:e4:2f)
- Emergency contact: [[PERSON:Florencia Romero]], [[PHONE_NUMBER:+54 9 11 4871-2230]]""",
    """Pension transfer request. Member: [[PERSON:Desmond Achterberg-Kealoha]], member no. [[ID_NUMBER:PS0041187]], DOB [[DATE_TIME:30 Sep 1961]], NI [[ID_NUMBER:WM 73 11 04 A]]. Transfer to receiving scheme bank account [[IBAN_CODE:GB87 BARC 2003 5347 1188 02]]. Member's address: [[ADDRESS:Rosemount, 2 Church Lane]], [[LOCATION:Little Shelford]], [[LOCATION:Cambridgeshire]] [[ZIP_CODE:CB22 5HA]].""",
    """Dating profile flagged for review: display name '[[PERSON:Soph]]', username [[USERNAME:sophie_runs_far]], age [[AGE:29]], city [[LOCATION:Leeds]]. Bio: 'marathon nerd, dog mum, message me on insta [[USERNAME:sophruns.leeds]] or WhatsApp [[PHONE_NUMBER:+44 7700 183 624]]'. Reason: contact details in bio.""",
    """Мин, [[PERSON:Фәттахова Гүзәл Илдаровна]], [[DATE_TIME:1979 елның 23 гыйнварында]] туганмын, паспорт [[ID_NUMBER:92 05 318826]]. Яшәү урыным: [[ZIP_CODE:423800]], [[LOCATION:Чаллы]], [[ADDRESS:Мира проспекты, 49, 212 нче фатир]]. Электрон почта: [[EMAIL_ADDRESS:guzel.fattakhova@bk.ru]]. СНИЛС: [[ID_NUMBER:139-527-604 85]].""",
    """Hi [[PERSON:Rosalind]], your Airbnb host [[PERSON:Kenji]] has shared the check-in details for [[DATE_TIME:Friday 21 March]]: the apartment is at [[ADDRESS:3-14-9 Nakameguro, Room 502]], [[LOCATION:Meguro-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:153-0061]]. Wi-Fi password: sakura2024. [[PERSON:Kenji]]'s number: [[PHONE_NUMBER:+81 90-4418-2073]].""",
]

TABLE = [
    """name,email,phone,plan,joined
[[PERSON:Harriet Quayle]],[[EMAIL_ADDRESS:hquayle@btinternet.com]],[[PHONE_NUMBER:01624 813 207]],Gold,[[DATE_TIME:2021-04-09]]
[[PERSON:Ossian Brett]],[[EMAIL_ADDRESS:ossian.brett@gmail.com]],[[PHONE_NUMBER:07624 490 118]],Basic,[[DATE_TIME:2022-11-30]]
[[PERSON:Niamh Kinvig]],[[EMAIL_ADDRESS:niamhk@manx.net]],[[PHONE_NUMBER:01624 677 045]],Gold,[[DATE_TIME:2023-01-17]]""",
    """| Owner | Pet | Species | Owner phone | Next appointment |
|---|---|---|---|---|
| [[PERSON:Beatriz Salgado]] | Churro | dog | [[PHONE_NUMBER:(210) 448-1930]] | [[DATE_TIME:Tue 3/12 9:15am]] |
| [[PERSON:Wendell Rhoades]] | Mittens | cat | [[PHONE_NUMBER:(210) 733-0826]] | [[DATE_TIME:Tue 3/12 10:00am]] |
| [[PERSON:Nguyen Van Long]] | Coco | rabbit | [[PHONE_NUMBER:(726) 201-5548]] | [[DATE_TIME:Wed 3/13 2:30pm]] |
| [[PERSON:Priya Sethuraman]] | Loki | dog | [[PHONE_NUMBER:(210) 916-3072]] | [[DATE_TIME:Thu 3/14 11:45am]] |""",
    """student_no\tsurname\tforename\thall\troom\tmove_in
[[ID_NUMBER:2319047]]\t[[PERSON:Osei]]\t[[PERSON:Kwabena]]\t[[ADDRESS:Ogden Court]]\t[[ADDRESS:B12]]\t[[DATE_TIME:21/09/2024]]
[[ID_NUMBER:2320115]]\t[[PERSON:Marchetti]]\t[[PERSON:Giulia]]\t[[ADDRESS:Ogden Court]]\t[[ADDRESS:B14]]\t[[DATE_TIME:21/09/2024]]
[[ID_NUMBER:2318872]]\t[[PERSON:Haddad]]\t[[PERSON:Yara]]\t[[ADDRESS:Whitworth Park]]\t[[ADDRESS:D3-07]]\t[[DATE_TIME:22/09/2024]]""",
    """EMP_ID    NAME                  UNIT      BADGE_EXP   MOBILE
[[ID_NUMBER:RF-10442]]  [[PERSON:Dominic Achebe]]        CDU-1     2025-06     [[PHONE_NUMBER:+44 7722 410 389]]
[[ID_NUMBER:RF-10518]]  [[PERSON:Shauna Gilhooly]]       HDS-2     2025-03     [[PHONE_NUMBER:+44 7391 006 254]]
[[ID_NUMBER:RF-11020]]  [[PERSON:Tariq Mahmood]]         FCC       2024-12     [[PHONE_NUMBER:+44 7468 913 770]]""",
    """{"id": 1, "full_name": "[[PERSON:Lucía Fernández Ortega]]", "dni": "[[ID_NUMBER:48291736Q]]", "city": "[[LOCATION:Sevilla]]", "age": [[AGE:34]]}
{"id": 2, "full_name": "[[PERSON:Jordi Puig i Vidal]]", "dni": "[[ID_NUMBER:39104528C]]", "city": "[[LOCATION:Girona]]", "age": [[AGE:51]]}
{"id": 3, "full_name": "[[PERSON:Ainhoa Etxeberria]]", "dni": "[[ID_NUMBER:72950413W]]", "city": "[[LOCATION:Donostia]]", "age": [[AGE:27]]}""",
    """- name: [[PERSON:Reuben Castellano]]
  role: on-call vet
  phone: "[[PHONE_NUMBER:0418 229 740]]"
  rota: weekends
- name: [[PERSON:Ishbel Mackintosh]]
  role: vet nurse
  phone: "[[PHONE_NUMBER:0422 671 038]]"
  rota: weeknights
- name: [[PERSON:Arjun Pillai]]
  role: locum
  phone: "[[PHONE_NUMBER:0400 913 562]]"
  rota: as needed""",
    """Cardholder | Card number | Exp | Amount
[[PERSON:Fenella Ashdown]] | [[CREDIT_CARD:5264 1887 3390 2475]] | 08/26 | £84.00
[[PERSON:Kieran Mulvaney]] | [[CREDIT_CARD:4024 0071 1864 0936]] | 02/25 | £12.50
[[PERSON:Ayesha Rahman]] | [[CREDIT_CARD:5423 9105 7718 3633]] | 11/27 | £230.99""",
    """Исем;Фамилия;Туган көне;Телефон;Тулай торак
[[PERSON:Азат]];[[PERSON:Хәбибуллин]];[[DATE_TIME:14.02.2005]];[[PHONE_NUMBER:+7 917 903-41-26]];[[ADDRESS:№ 7, 412 бүлмә]]
[[PERSON:Эльвира]];[[PERSON:Мөхәммәтҗанова]];[[DATE_TIME:03.09.2004]];[[PHONE_NUMBER:+7 987 215-66-08]];[[ADDRESS:№ 3, 118 бүлмә]]
[[PERSON:Данияр]];[[PERSON:Исмәгыйлев]];[[DATE_TIME:27.11.2005]];[[PHONE_NUMBER:+7 960 048-72-91]];[[ADDRESS:№ 7, 506 бүлмә]]""",
    """Patient name: [[PERSON:Gwendolyn Ashby-Price]]
NHS number: [[ID_NUMBER:603 918 4477]]
Date of birth: [[DATE_TIME:14/01/1948]]
Address: [[ADDRESS:Flat 5, Clarendon Court, 9 Victoria Road]], [[LOCATION:Worthing]] [[ZIP_CODE:BN11 1XB]]
Next of kin: [[PERSON:Stephen Ashby-Price]] (son)
Telephone: [[PHONE_NUMBER:01903 214 668]]
Allergies: penicillin""",
    """| # | Employee | Country | Nationality | IBAN |
|---|---|---|---|---|
| 1 | [[PERSON:Elif Yıldırım]] | [[LOCATION:Turkey]] | [[NRP:Turkish]] | [[IBAN_CODE:TR59 0006 7010 0000 0048 2071 63]] |
| 2 | [[PERSON:Maarten Visser]] | [[LOCATION:Netherlands]] | [[NRP:Dutch]] | [[IBAN_CODE:NL50 ABNA 0482 0173 95]] |
| 3 | [[PERSON:Kristina Vasiliauskienė]] | [[LOCATION:Lithuania]] | [[NRP:Lithuanian]] | [[IBAN_CODE:LT77 7300 0101 7459 3820]] |
| 4 | [[PERSON:Omar Al-Qahtani]] | [[LOCATION:Saudi Arabia]] | [[NRP:Saudi]] | [[IBAN_CODE:SA03 4515 0006 0812 7743 9200]] |""",
    """ip_address,username,last_login,country
[[IP_ADDRESS:81.2.69.160]],[[USERNAME:mkaddour]],[[DATE_TIME:2024-08-01 07:55]],[[LOCATION:UK]]
[[IP_ADDRESS:185.220.101.34]],[[USERNAME:p_lindahl]],[[DATE_TIME:2024-08-01 08:02]],[[LOCATION:Sweden]]
[[IP_ADDRESS:2a02:c7c:51e4:7300::2]],[[USERNAME:rosie.tan]],[[DATE_TIME:2024-07-31 23:48]],[[LOCATION:UK]]
[[IP_ADDRESS:49.36.112.9]],[[USERNAME:adi.verma]],[[DATE_TIME:2024-08-01 12:31]],[[LOCATION:India]]""",
    """Applicant            DOB          SSN           State
[[PERSON:Tremaine Holloway]]    [[DATE_TIME:1992-05-30]]   [[US_SSN:317-62-0581]]   [[LOCATION:GA]]
[[PERSON:Corinne Delacroix]]    [[DATE_TIME:1987-12-11]]   [[US_SSN:455-09-3317]]   [[LOCATION:LA]]
[[PERSON:Bao Tran]]             [[DATE_TIME:2001-03-22]]   [[US_SSN:622-48-1093]]   [[LOCATION:CA]]""",
    """clinic_id,owner_surname,owner_firstname,postcode,pet_name,species,chip_no
[[ID_NUMBER:C-55102]],[[PERSON:Featherstone]],[[PERSON:Imelda]],[[ZIP_CODE:YO31 8HT]],Dexter,dog,826097300418826
[[ID_NUMBER:C-55103]],[[PERSON:Oyinlola]],[[PERSON:Tunde]],[[ZIP_CODE:YO10 3JB]],Pip,cat,826097300422179
[[ID_NUMBER:C-55110]],[[PERSON:Sidebottom]],[[PERSON:Gareth]],[[ZIP_CODE:YO24 1DD]],Hazel,ferret,""",
    """Full Name: [[PERSON:Sipho Ndlovu]]
ID Number: [[ID_NUMBER:8811045293083]]
Gender: Male
Cell: [[PHONE_NUMBER:+27 83 417 2290]]
Residential Address: [[ADDRESS:22 Mbeki Street]], [[LOCATION:Secunda]], [[ZIP_CODE:2302]]
Employer: synfuels plant, Unit 14 operator
Start Date: [[DATE_TIME:1 February 2015]]""",
    """| Student | Student email | Course | Supervisor |
|:--|:--|:--|:--|
| [[PERSON:Hyun-woo Cho]] | [[EMAIL_ADDRESS:h.cho.22@ucl.ac.uk]] | MSc Chemical Engineering | [[PERSON:Prof. Ruth Adeyinka]] |
| [[PERSON:Élodie Marchand]] | [[EMAIL_ADDRESS:e.marchand.23@ucl.ac.uk]] | MRes Catalysis | [[PERSON:Dr. Tomas Ekberg]] |
| [[PERSON:Kwasi Owusu-Ansah]] | [[EMAIL_ADDRESS:k.owusu-ansah.22@ucl.ac.uk]] | PhD Process Systems | [[PERSON:Prof. Ruth Adeyinka]] |""",
    """Исеме\tФамилиясе\tЯше\tАвылы\tТелефоны
[[PERSON:Рәсимә]]\t[[PERSON:Вәлиева]]\t[[AGE:63]]\t[[LOCATION:Арча]]\t[[PHONE_NUMBER:8 843 663 12 07]]
[[PERSON:Фәнис]]\t[[PERSON:Закиров]]\t[[AGE:58]]\t[[LOCATION:Саба]]\t[[PHONE_NUMBER:8 843 622 40 19]]
[[PERSON:Гөлчәчәк]]\t[[PERSON:Сафиуллина]]\t[[AGE:71]]\t[[LOCATION:Биектау]]\t[[PHONE_NUMBER:8 843 652 33 81]]""",
    """{"name": "[[PERSON:Dmitri Volkov]]", "email": "[[EMAIL_ADDRESS:dvolkov@fastmail.com]]", "ip": "[[IP_ADDRESS:46.242.10.87]]", "card_last4": "1043", "status": "active"}
{"name": "[[PERSON:Chloé Bernier]]", "email": "[[EMAIL_ADDRESS:chloe.bernier@laposte.net]]", "ip": "[[IP_ADDRESS:90.66.211.4]]", "card_last4": "7755", "status": "suspended"}
{"name": "[[PERSON:Ayodele Fashola]]", "email": "[[EMAIL_ADDRESS:ayo.fashola@yahoo.com]]", "ip": "[[IP_ADDRESS:105.112.46.230]]", "card_last4": "2210", "status": "active"}""",
    """Tenant                Unit    Lease start   Lease end     Rent
[[PERSON:Marguerite Okafor]]     [[ADDRESS:4B]]      [[DATE_TIME:01/06/2023]]    [[DATE_TIME:31/05/2025]]    £1,150
[[PERSON:Hamish Dunbar]]         [[ADDRESS:2A]]      [[DATE_TIME:15/09/2022]]    [[DATE_TIME:14/09/2024]]    £980
[[PERSON:Lin Yuxuan]]            [[ADDRESS:5C]]      [[DATE_TIME:01/01/2024]]    [[DATE_TIME:31/12/2024]]    £1,320""",
    """Contractor,Company,Induction date,Permit,Emergency contact,Contact phone
[[PERSON:Rhys ap Gwilym]],Weldtech Ltd,[[DATE_TIME:03-Mar-2025]],HW-2211,[[PERSON:Carys ap Gwilym]],[[PHONE_NUMBER:07977 310 482]]
[[PERSON:Bogdan Marinescu]],Kestrel Scaffolding,[[DATE_TIME:03-Mar-2025]],CS-0918,[[PERSON:Ana Marinescu]],[[PHONE_NUMBER:+40 744 218 907]]
[[PERSON:Jerome Baptiste]],Weldtech Ltd,[[DATE_TIME:04-Mar-2025]],HW-2214,[[PERSON:Nadine Baptiste]],[[PHONE_NUMBER:07412 559 031]]""",
    """Donor: [[PERSON:Katarzyna Zielińska]]
Donor ID: [[ID_NUMBER:BD-774512]]
Blood group: O neg
Last donation: [[DATE_TIME:2024-04-02]]
Eligible from: [[DATE_TIME:2024-06-25]]
Mobile: [[PHONE_NUMBER:+48 512 730 418]]
Email: [[EMAIL_ADDRESS:kasia.zielinska@wp.pl]]""",
    """|Volunteer|Shift|Phone|Age|
|---|---|---|---|
|[[PERSON:Toby Nwankwo]]|Sat AM|[[PHONE_NUMBER:0161 832 4419]]|[[AGE:17]]|
|[[PERSON:Margaret 'Peggy' Ellison]]|Sat PM|[[PHONE_NUMBER:0161 445 0927]]|[[AGE:74]]|
|[[PERSON:Devon Laskaris]]|Sun AM|[[PHONE_NUMBER:07958 221 603]]|[[AGE:35]]|""",
    """account_holder\tsort_code\taccount_no\tpostcode
[[PERSON:Mr A J Featherby]]\t20-45-77\t[[ID_NUMBER:43918260]]\t[[ZIP_CODE:NR2 3QQ]]
[[PERSON:Mrs S Oduya]]\t40-11-62\t[[ID_NUMBER:71002938]]\t[[ZIP_CODE:E17 9LN]]
[[PERSON:Dr R Patel]]\t30-90-89\t[[ID_NUMBER:20857731]]\t[[ZIP_CODE:HA1 2TL]]""",
    """Guest list — [[PERSON:Ravi]] & [[PERSON:Imogen]]'s wedding
Name                     Table  Dietary      RSVP email
[[PERSON:Harjit Sohal]]             1      vegetarian   [[EMAIL_ADDRESS:harjit.sohal@gmail.com]]
[[PERSON:Gillian Prosser]]          2      none         [[EMAIL_ADDRESS:gill.prosser@icloud.com]]
[[PERSON:Manpreet Sohal-Grant]]     1      vegan        [[EMAIL_ADDRESS:manpreet.sg@outlook.com]]
[[PERSON:Colin Prosser]]            2      gluten-free  [[EMAIL_ADDRESS:colinprosser1958@aol.com]]""",
    """Operator;Smena;Qorılma;Telefon;Tabel nomerı
[[PERSON:Nurlan Ğaliev]];A;AVT-6;[[PHONE_NUMBER:+7 917 446 12 09]];[[ID_NUMBER:004417]]
[[PERSON:Ilsur Mingazov]];B;AVT-6;[[PHONE_NUMBER:+7 927 318 90 45]];[[ID_NUMBER:004532]]
[[PERSON:Alsu Yamaletdinova]];V;Kat-kreking;[[PHONE_NUMBER:+7 987 602 77 18]];[[ID_NUMBER:005108]]""",
    """Member ID | Name | DOB | Address | Zip
[[ID_NUMBER:HX-40019]] | [[PERSON:Beverly Okonjo]] | [[DATE_TIME:04/23/1955]] | [[ADDRESS:712 Magnolia Ave]] | [[ZIP_CODE:32804]]
[[ID_NUMBER:HX-40027]] | [[PERSON:Raymond Tsosie]] | [[DATE_TIME:11/02/1949]] | [[ADDRESS:PO Box 1183]] | [[ZIP_CODE:86515]]
[[ID_NUMBER:HX-40033]] | [[PERSON:Luz Marina Ocampo]] | [[DATE_TIME:07/30/1962]] | [[ADDRESS:5910 Bird Rd, Apt 204]] | [[ZIP_CODE:33155]]""",
    """# residents.yaml
residents:
  - room: "[[ADDRESS:3.07]]"
    name: [[PERSON:Ifeoluwa Bamidele]]
    course: BVetMed Year 2
    mobile: "[[PHONE_NUMBER:07440 912 385]]"
  - room: "[[ADDRESS:3.08]]"
    name: [[PERSON:Saoirse Keane]]
    course: BVetMed Year 1
    mobile: "[[PHONE_NUMBER:07873 006 214]]"
  - room: "[[ADDRESS:3.09]]"
    name: [[PERSON:Mehmet Aksoy]]
    course: MSc One Health
    mobile: "[[PHONE_NUMBER:07521 447 980]]\"""",
    """SIN,Last name,First name,Province,Phone
[[ID_NUMBER:527 301 949]],[[PERSON:Tremblay]],[[PERSON:Geneviève]],[[LOCATION:QC]],[[PHONE_NUMBER:418-529-3016]]
[[ID_NUMBER:719 482 069]],[[PERSON:Singh]],[[PERSON:Harpreet]],[[LOCATION:BC]],[[PHONE_NUMBER:604-418-7722]]""",
    """Клиент: [[PERSON:Ғилманов Айдар]]
Туған көнө: [[DATE_TIME:1996 йылдың 8 июле]]
Адресы: [[LOCATION:Нефтекама]], [[ADDRESS:Победа урамы, 12, 44-се фатир]]
Телефоны: [[PHONE_NUMBER:+7 917 472 09 35]]
Эш урыны: нефть сығарыу идаралығы
Карта: [[CREDIT_CARD:2200 2894 1730 6654]]""",
    """tail -3 access.log
[[IP_ADDRESS:88.97.14.210]] - [[USERNAME:hsaltmarsh]] [[[DATE_TIME:12/Jan/2025:10:14:07 +0000]]] "GET /portal/grades HTTP/1.1" 200 5120
[[IP_ADDRESS:88.97.14.210]] - [[USERNAME:hsaltmarsh]] [[[DATE_TIME:12/Jan/2025:10:14:31 +0000]]] "POST /portal/housing/apply HTTP/1.1" 302 0
[[IP_ADDRESS:147.188.3.52]] - [[USERNAME:okamara]] [[[DATE_TIME:12/Jan/2025:10:15:02 +0000]]] "GET /portal/grades HTTP/1.1" 200 4988""",
]
TABLE += [
    """"Customer","Street","City","State","ZIP","Phone"
"[[PERSON:Delphine Aucoin]]","[[ADDRESS:118 Rue Toulouse]]","[[LOCATION:New Orleans]]","[[LOCATION:LA]]","[[ZIP_CODE:70130]]","[[PHONE_NUMBER:504-581-2293]]"
"[[PERSON:Marcus Whitfield Jr.]]","[[ADDRESS:4471 Elm Creek Dr, Apt 12]]","[[LOCATION:Plano]]","[[LOCATION:TX]]","[[ZIP_CODE:75024]]","[[PHONE_NUMBER:972-318-0447]]"
"[[PERSON:Soo-ah Lim]]","[[ADDRESS:2901 S King St #1405]]","[[LOCATION:Honolulu]]","[[LOCATION:HI]]","[[ZIP_CODE:96826]]","[[PHONE_NUMBER:808-226-9140]]\"""",
    """| Ветеринар | Клиника | Телефон | Эш вакыты |
|---|---|---|---|
| [[PERSON:Рөстәм Габдуллин]] | «Айболит», [[LOCATION:Казан]] | [[PHONE_NUMBER:+7 843 238-19-02]] | дүш.–җом. |
| [[PERSON:Алинә Шәрипова]] | «Мияу», [[LOCATION:Яшел Үзән]] | [[PHONE_NUMBER:+7 843 715-40-66]] | ш., якш. |
| [[PERSON:Илдар Мостафин]] | «Дус», [[LOCATION:Алабуга]] | [[PHONE_NUMBER:+7 855 573-08-21]] | көн саен |""",
    """resident_id  name                      dob         nhs_no         gp
[[ID_NUMBER:R0113]]        [[PERSON:Albert Fenwick]]            [[DATE_TIME:1936-02-19]]  [[ID_NUMBER:944 120 5877]]   [[PERSON:Dr. S. Okafor]]
[[ID_NUMBER:R0118]]        [[PERSON:Winifred Lomas]]            [[DATE_TIME:1931-10-07]]  [[ID_NUMBER:721 036 4595]]   [[PERSON:Dr. S. Okafor]]
[[ID_NUMBER:R0124]]        [[PERSON:Krystyna Nowacka-Hill]]     [[DATE_TIME:1940-06-28]]  [[ID_NUMBER:389 204 7162]]   [[PERSON:Dr. J. Mistry]]""",
    """{"user": "[[USERNAME:elleneyre]]", "email": "[[EMAIL_ADDRESS:ellen.eyre@gmail.com]]", "signup": "[[DATE_TIME:2023-05-14]]", "followers": 1320}
{"user": "[[USERNAME:the_real_kofi]]", "email": "[[EMAIL_ADDRESS:kofi.asamoah@outlook.com]]", "signup": "[[DATE_TIME:2022-12-01]]", "followers": 88}
{"user": "[[USERNAME:marisa.travels]]", "email": "[[EMAIL_ADDRESS:marisa.lindqvist@hotmail.se]]", "signup": "[[DATE_TIME:2024-02-29]]", "followers": 40211}
{"user": "[[USERNAME:zhao_yun_88]]", "email": "[[EMAIL_ADDRESS:zhaoyun88@163.com]]", "signup": "[[DATE_TIME:2021-08-08]]", "followers": 5}""",
    """Name: [[PERSON:Mehwish Tariq]]
Student ID: [[ID_NUMBER:S-2291004]]
Hall: [[ADDRESS:Lumley Castle]]
Room: [[ADDRESS:17]]
Check-in: [[DATE_TIME:Sun 22 Sep 2024, 14:00]]
Phone: [[PHONE_NUMBER:07453 820 119]]
Guardian: [[PERSON:Tariq Mahmood Qureshi]], [[PHONE_NUMBER:+92 300 842 6610]]""",
    """Surname|Forename|Gender|Age|Ward|Admitted
[[PERSON:O'Callaghan]]|[[PERSON:Brendan]]|M|[[AGE:67]]|Ward 4|[[DATE_TIME:12/03/2025]]
[[PERSON:Mbeki]]|[[PERSON:Lindiwe]]|F|[[AGE:45]]|Ward 2|[[DATE_TIME:13/03/2025]]
[[PERSON:Castro]]|[[PERSON:Joaquim]]|M|[[AGE:82]]|Ward 4|[[DATE_TIME:13/03/2025]]
[[PERSON:Hirst]]|[[PERSON:Amelia]]|F|[[AGE:9]]|Paediatrics|[[DATE_TIME:14/03/2025]]""",
    """Payee                   IBAN                               BIC           Amount
[[PERSON:Henrik Strand]]           [[IBAN_CODE:SE45 5000 0000 0583 9825 7466]]   ESSESESS      SEK 4,200
[[PERSON:Lukas Brunner]]           [[IBAN_CODE:CH52 0483 5093 8172 6410 7]]      CRESCHZZ80A   CHF 310
[[PERSON:Nino Beridze]]            [[IBAN_CODE:GE86 TB73 6510 9822 6100 01]]     TBCBGE22      GEL 950
[[PERSON:Hannah Vogt]]             [[IBAN_CODE:DE56 7002 0270 0158 3926 64]]     HYVEDEMMXXX   EUR 120""",
    """Исем-шәрифе: [[PERSON:Мөхәммәтшин Ринат Фәнисович]]
Туган датасы: [[DATE_TIME:12.06.1974]]
Яшәү урыны: [[ZIP_CODE:423450]], [[LOCATION:Әлмәт]], [[ADDRESS:Шевченко урамы, 88, 17 нче фатир]]
Эш урыны: нефть эшкәртү заводы, компрессор цехы
ИНН: [[ID_NUMBER:166021783410]]
Телефон: [[PHONE_NUMBER:+7 917 871-05-26]]""",
    """# | Name | Plate | Permit expires | Bay
1 | [[PERSON:Jasmine Okereke]] | [[ID_NUMBER:LR71 XMT]] | 31/08/2025 | 14
2 | [[PERSON:Peter Haugland]] | [[ID_NUMBER:KF68 ZPA]] | 31/08/2025 | 15
3 | [[PERSON:Alessandro Rizzi]] | [[ID_NUMBER:WP22 OHN]] | 28/02/2025 | 22""",
    """country,name,passport_no,nationality,dob
[[LOCATION:Kenya]],[[PERSON:Wairimu Njoroge]],[[ID_NUMBER:AK0418872]],[[NRP:Kenyan]],[[DATE_TIME:1993-07-04]]
[[LOCATION:Philippines]],[[PERSON:Ma. Cristina Dela Cruz]],[[ID_NUMBER:P4418207B]],[[NRP:Filipino]],[[DATE_TIME:1989-01-16]]
[[LOCATION:Ghana]],[[PERSON:Kojo Asante-Darko]],[[ID_NUMBER:G2290147]],[[NRP:Ghanaian]],[[DATE_TIME:1998-10-22]]""",
    """Ownerʼs name: [[PERSON:Tuğba Kaya]]
Address: [[ADDRESS:27 Weston Park Road]], [[LOCATION:Plymouth]] [[ZIP_CODE:PL3 4NU]]
Mobile: [[PHONE_NUMBER:07826 401 533]]
Animal: Pamuk, cat, DSH, 3 y
Insurance: PetProtect, policy PP-0092217
Registered vet: [[PERSON:Mr. Callum Reid]] MRCVS""",
    """| Name | Date of birth | Aadhaar | City |
| --- | --- | --- | --- |
| [[PERSON:Lakshmi Narayanan]] | [[DATE_TIME:05-Aug-1979]] | [[ID_NUMBER:4201 8736 5092]] | [[LOCATION:Chennai]] |
| [[PERSON:Rohit Deshmukh]] | [[DATE_TIME:19-Mar-1991]] | [[ID_NUMBER:5821 3097 4625]] | [[LOCATION:Pune]] |""",
    """employee_no,first,last,hire_date,dept,work_email,home_email
[[ID_NUMBER:40117]],[[PERSON:Gideon]],[[PERSON:Abara]],[[DATE_TIME:2019-03-04]],HSE,[[EMAIL_ADDRESS:gabara@northrefining.com]],[[EMAIL_ADDRESS:gideon.abara@gmail.com]]
[[ID_NUMBER:40231]],[[PERSON:Svetlana]],[[PERSON:Ionescu]],[[DATE_TIME:2020-11-16]],Lab,[[EMAIL_ADDRESS:sionescu@northrefining.com]],[[EMAIL_ADDRESS:svetaionescu@yahoo.com]]
[[ID_NUMBER:40388]],[[PERSON:Paddy]],[[PERSON:Rourke]],[[DATE_TIME:2022-01-10]],Maintenance,[[EMAIL_ADDRESS:prourke@northrefining.com]],""",
    """İsem\tFamiliä\tTuğan kön\tBülmä
[[PERSON:Ämir]]\t[[PERSON:Xäsänov]]\t[[DATE_TIME:02.04.2006]]\t[[ADDRESS:214]]
[[PERSON:Liliä]]\t[[PERSON:Sadıyqova]]\t[[DATE_TIME:17.12.2005]]\t[[ADDRESS:215]]
[[PERSON:Timur]]\t[[PERSON:Ğaynullin]]\t[[DATE_TIME:30.06.2006]]\t[[ADDRESS:309]]""",
    """policy_holder: [[PERSON:Anneke van der Berg]]
bsn: "[[ID_NUMBER:206174937]]"
date_of_birth: [[DATE_TIME:1975-09-12]]
address:
  street: [[ADDRESS:Lindengracht 211]]
  postcode: "[[ZIP_CODE:1015 KH]]"
  city: [[LOCATION:Amsterdam]]
iban: [[IBAN_CODE:NL62INGB0006620415]]
co_insured:
  - name: [[PERSON:Joost van der Berg]]
    relation: spouse""",
    """Ref     Caller                 Callback         Time    Issue
T-4401  [[PERSON:Mrs. Eileen Crowther]]   [[PHONE_NUMBER:01484 530 917]]    09:12   boiler not firing
T-4402  [[PERSON:Jamal Haddad]]           [[PHONE_NUMBER:07700 410 228]]    09:40   leak under sink
T-4403  [[PERSON:Mrs. Pat Boothroyd]]     [[PHONE_NUMBER:01484 611 042]]    10:05   no hot water""",
    """name\temail\tcard\texp
[[PERSON:Theo Papadakis]]\t[[EMAIL_ADDRESS:theo.papadakis@gmail.com]]\t[[CREDIT_CARD:4984062275133801]]\t06/26
[[PERSON:Ines Carvalho]]\t[[EMAIL_ADDRESS:ines.carv@sapo.pt]]\t[[CREDIT_CARD:5417330988261043]]\t01/27
[[PERSON:Kenta Mori]]\t[[EMAIL_ADDRESS:kenta.mori@docomo.ne.jp]]\t[[CREDIT_CARD:3566001847329511]]\t09/25""",
    """| Owner | Address | Animal | Vaccinated on |
|---|---|---|---|
| [[PERSON:Jacinta Molloy]] | [[ADDRESS:Tullyvin]], [[LOCATION:Cootehill]], [[LOCATION:Co. Cavan]] | 2 collies | [[DATE_TIME:14 Feb]] |
| [[PERSON:Pádraig Mac Suibhne]] | [[ADDRESS:Knocknagree Upper]], [[LOCATION:Co. Cork]] | horse | [[DATE_TIME:2 Mar]] |
| [[PERSON:Eamon Duignan]] | [[ADDRESS:Rose Cottage, Main Street]], [[LOCATION:Ballinamore]], [[LOCATION:Co. Leitrim]] | cat | [[DATE_TIME:9 Mar]] |""",
    """Isem: [[PERSON:Ğäliä Yosopova]]
Tıwğan köne: [[DATE_TIME:1999 yıldıñ 21 fevrale]]
Studentlıq nomerı: [[ID_NUMBER:BDU-19-04412]]
Yataq: [[ADDRESS:№ 5, 318-se bülmä]], [[LOCATION:Öfö]]
Telefon: [[PHONE_NUMBER:+7 937 330 51 64]]
E-poçta: [[EMAIL_ADDRESS:galiya.yusupova@bk.ru]]""",
    """reg_no,name,phone,email,parent_name
[[ID_NUMBER:PUP-3309]],[[PERSON:Aisha Bello-Grant]],,,[[PERSON:Funmi Bello-Grant]]
[[ID_NUMBER:PUP-3310]],[[PERSON:Harvey Lister]],,,[[PERSON:Karen Lister]]
[[ID_NUMBER:PUP-3315]],[[PERSON:Oskar Nowicki]],[[PHONE_NUMBER:07412 339 018]],[[EMAIL_ADDRESS:nowicki.family@gmail.com]],[[PERSON:Marta Nowicki]]""",
    """FULL_NAME            | SSN         | DL_NUMBER     | DL_STATE
[[PERSON:Carl-Heinz Bauer]]     | [[US_SSN:508-41-2276]] | [[US_DRIVER_LICENSE:B4471920]]      | [[LOCATION:CA]]
[[PERSON:Rosario Quintanilla]]  | [[US_SSN:463-20-8815]] | [[US_DRIVER_LICENSE:Q120-551-87-442-0]] | [[LOCATION:FL]]
[[PERSON:Deshawn Mayfield]]     | [[US_SSN:271-93-0428]] | [[US_DRIVER_LICENSE:MP418893]]      | [[LOCATION:OH]]""",
    """{"staff": "[[PERSON:Larissa Ngata-Wilson]]", "role": "HR", "ext": 2241, "home": "[[ADDRESS:18 Kowhai Street]], [[LOCATION:Petone]]", "mobile": "[[PHONE_NUMBER:027 441 9083]]"}
{"staff": "[[PERSON:Sione Taufa]]", "role": "Ops", "ext": 2250, "home": "[[ADDRESS:3/77 Cuba Street]], [[LOCATION:Wellington]]", "mobile": "[[PHONE_NUMBER:022 318 7716]]"}""",
    """Dear team, the on-call list for next week:
Day   Engineer               Mobile
Mon   [[PERSON:Olamide Akinwale]]       [[PHONE_NUMBER:+1 780 441 2098]]
Tue   [[PERSON:Brett Kozlowski]]        [[PHONE_NUMBER:+1 780 903 1176]]
Wed   [[PERSON:Anjali Raman]]           [[PHONE_NUMBER:+1 587 220 4419]]
Thu   [[PERSON:Olamide Akinwale]]       [[PHONE_NUMBER:+1 780 441 2098]]""",
    """IIN,Name,Date of birth,City,Phone
[[ID_NUMBER:950812401839]],[[PERSON:Aigerim Seitkali]],[[DATE_TIME:12.08.1995]],[[LOCATION:Almaty]],[[PHONE_NUMBER:+7 707 514 2231]]
[[ID_NUMBER:010412610940]],[[PERSON:Dana Zhaksylykova]],[[DATE_TIME:12.04.2001]],[[LOCATION:Astana]],[[PHONE_NUMBER:+7 775 088 4163]]
[[ID_NUMBER:860721304170]],[[PERSON:Nurlan Bekmukhambetov]],[[DATE_TIME:21.07.1986]],[[LOCATION:Aktau]],[[PHONE_NUMBER:+7 702 913 0548]]""",
    """Landlord: [[PERSON:Gordon McPhail]]
Tenant 1: [[PERSON:Aditi Kapoor]]  — DOB [[DATE_TIME:1998-11-02]] — [[EMAIL_ADDRESS:aditi.kapoor98@gmail.com]]
Tenant 2: [[PERSON:Finn Albrecht]]  — DOB [[DATE_TIME:1999-04-19]] — [[EMAIL_ADDRESS:finn.albrecht@posteo.de]]
Property: [[ADDRESS:2F1, 14 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HN]]
Deposit scheme ref: SDS-0419773""",
    """Name,Team,Shirt size,Emergency phone
[[PERSON:Kealoha Kahananui]],U14 Girls,YM,[[PHONE_NUMBER:(808) 672-1104]]
[[PERSON:Mia Delgado-Park]],U14 Girls,YL,[[PHONE_NUMBER:(808) 395-8820]]
[[PERSON:Leilani Sato]],U14 Girls,AS,[[PHONE_NUMBER:(808) 218-4406]]
[[PERSON:Ava Kekumu]],U14 Girls,YL,[[PHONE_NUMBER:(808) 672-9031]]""",
    """| Фамилияһы, исеме | Табель һаны | Ҡоролма | Медицина ҡарауы |
|---|---|---|---|
| [[PERSON:Сагдиев Ильгиз Ринатович]] | [[ID_NUMBER:17-0442]] | ГФУ | [[DATE_TIME:14.03.2024]] |
| [[PERSON:Юмагулова Лилия Азатовна]] | [[ID_NUMBER:17-0518]] | ЛК-6У | [[DATE_TIME:14.03.2024]] |
| [[PERSON:Кутлуев Айрат Фаритович]] | [[ID_NUMBER:17-0603]] | ЭЛОУ-АВТ | [[DATE_TIME:15.03.2024]] |""",
    """Card	Name on card	Billing postcode
[[CREDIT_CARD:6228 4809 3117 6454]]	[[PERSON:WANG JIANHUA]]	[[ZIP_CODE:SW1V 2PF]]
[[CREDIT_CARD:4319 4056 8812 7439]]	[[PERSON:S R OKONKWO]]	[[ZIP_CODE:N16 7UX]]
[[CREDIT_CARD:5189 4630 0217 3856]]	[[PERSON:AMELIE DUBOIS-HART]]	[[ZIP_CODE:BS6 5QE]]""",
    """applicant:
  name: [[PERSON:Fernando Ruiz Calderón]]
  email: [[EMAIL_ADDRESS:fer.ruiz.c@gmail.com]]
  phone: "[[PHONE_NUMBER:+34 622 418 307]]"
  linkedin: [[URL:https://linkedin.com/in/fernando-ruiz-calderon]]
  portfolio: [[URL:https://fruizcalderon.dev]]
position: Senior Process Engineer
source: referral""",
]
TABLE += [
    """request_id,logged,resident,block/flat,contact,issue,priority
MR-2207,[[DATE_TIME:2024-10-02]],[[PERSON:Chidinma Obi]],[[ADDRESS:C/14]],[[EMAIL_ADDRESS:c.obi3@newcastle.ac.uk]],mould in shower,medium
MR-2208,[[DATE_TIME:2024-10-02]],[[PERSON:Ruairi Farrelly]],[[ADDRESS:A/03]],[[PHONE_NUMBER:07858 214 906]],broken window latch,high
MR-2211,[[DATE_TIME:2024-10-03]],[[PERSON:Wen Jing]],[[ADDRESS:C/22]],[[EMAIL_ADDRESS:w.jing2@newcastle.ac.uk]],heater not working,high""",
]

CHAT = [
    """[09:02] Support ([[PERSON:Aisling]]): Hi, thanks for contacting PetPlan Direct, who am I speaking to?
[09:02] Customer: hi its [[PERSON:Craig Donnelly]], policy for my dog Bailey
[09:03] Support ([[PERSON:Aisling]]): Thanks [[PERSON:Craig]]! Can I take the first line of your address and date of birth please?
[09:03] Customer: [[ADDRESS:41 Ardmore Park]], dob [[DATE_TIME:17/06/1984]]
[09:04] Support ([[PERSON:Aisling]]): Perfect. I can see the claim from the vet for [[DATE_TIME:the 2nd]], it's being reviewed now. We'll email [[EMAIL_ADDRESS:craigd84@hotmail.com]] once it's done.
[09:05] Customer: grand, cheers""",
    """[[PERSON:Sanjay Iyer]]: anyone got [[PERSON:Thabo]]'s number? the permit for the hot work on the crude column needs his signature
[[PERSON:Megan Foley]]: [[PHONE_NUMBER:+27 82 907 1143]]
[[PERSON:Sanjay Iyer]]: ta
[[PERSON:Thabo Mahlangu]]: got your missed call, I'm at the north gate, will sign at 14:00
[[PERSON:Megan Foley]]: also reminder [[PERSON:Gert]]'s farewell braai is [[DATE_TIME:Friday 28 June]] at his place, [[ADDRESS:9 Kiepersol Street]]""",
    """Mum: have you paid the rent for the flat yet
[[PERSON:Ola]]: yes mum, sent it to the landlord this morning
Mum: which account, the one ending 3391?
[[PERSON:Ola]]: no he changed it, it's [[IBAN_CODE:GB59 HBUK 4012 7639 1582 46]] now, [[PERSON:Mr Adeyemi]] texted me from [[PHONE_NUMBER:07946 552 018]]
Mum: hmm call him to check it's really him first
[[PERSON:Ola]]: ok ok 🙄""",
    """[[PERSON:Ләйсән]]: Сәлам! Мияубикә бүген врачта булды, прививка ясадылар
[[PERSON:Рамил]]: Яхшы. Клиника кайчан тагын чакыра?
[[PERSON:Ләйсән]]: [[DATE_TIME:12 апрель, сәгать 17:30]]. Врач [[PERSON:Гүзәлия Ринатовна]], аның телефоны [[PHONE_NUMBER:+7 917 265-08-43]]
[[PERSON:Рамил]]: Ярар, мин алып барам""",
    """#housing-helpdesk
[[PERSON:Priya]] (RA, Block D): heads up, fire alarm in D block was a kid making toast again
[[PERSON:Marcus Lee]]: which room?
[[PERSON:Priya]] (RA, Block D): [[ADDRESS:D-217]], [[PERSON:Jacob Hensley]]. third time this term
[[PERSON:Marcus Lee]]: ok I'll email him at [[EMAIL_ADDRESS:jhensley27@students.uvic.ca]] and cc his advisor
[[PERSON:Dana Whitecloud]]: fyi his mom called the front desk too, left [[PHONE_NUMBER:250-883-1047]]""",
    """Operator: Good morning, Volga Telecom support, my name is [[PERSON:Olga]]. How can I help?
Client: Hello, I am [[PERSON:Ravil Minnikhanov]], my internet is not working from yesterday evening.
Operator: I am sorry. Please tell me your contract number or phone.
Client: Phone is [[PHONE_NUMBER:+7 927 449 06 18]]. Address is [[LOCATION:Ulyanovsk]], [[ADDRESS:Goncharova street 38, flat 77]].
Operator: Thank you, [[PERSON:Mr. Minnikhanov]]. I see the outage in your district. Master can come on [[DATE_TIME:Thursday 14 March between 10 and 14]].
Client: Okay, it is fine. My wife [[PERSON:Elmira]] will be home.""",
    """Tue 19:41 — [[PERSON:Hannah Whitlock]]: [[PERSON:Dr Shah]], sorry to bother you out of hours, Biscuit's been sick three times since lunch
Tue 19:43 — [[PERSON:Dr. Nikhil Shah]]: No bother. Is she drinking? Any blood?
Tue 19:44 — [[PERSON:Hannah Whitlock]]: drinking yes, no blood
Tue 19:46 — [[PERSON:Dr. Nikhil Shah]]: Bring her to the emergency clinic at [[ADDRESS:220 Cowley Road]], I'll tell the night team. Ring [[PHONE_NUMBER:01865 712 390]] when you park.
Tue 19:47 — [[PERSON:Hannah Whitlock]]: thank you!!""",
    """Group: Flat 3 [[LOCATION:Marchmont]] 🏠
[[PERSON:Finn]]: who keeps taking my oat milk
[[PERSON:Aditi]]: not me, I'm in [[LOCATION:Leeds]] till [[DATE_TIME:Sunday 9th]]
[[PERSON:Kasia]]: guilty 🙈 will replace. also the landlord's new number is [[PHONE_NUMBER:07723 880 415]] btw, [[PERSON:Gordon]] says the boiler guy comes [[DATE_TIME:Monday 10th, 8-12]]
[[PERSON:Finn]]: can someone be in? I've got a lab
[[PERSON:Aditi]]: I'll be back, send me the code for the key safe""",
]

LOOKALIKE = [
    """EQUIPMENT DATASHEET — Centrifugal pump P-2104A (crude charge). Manufacturer serial HX-77310-B, controller firmware 3.2.10.4, seal kit SKU KSB-44871-09, purchase order PO-4500918273 dated 2023-11-07. Flow is measured with a Venturi meter and checked against a Pitot tube; design Reynolds number 1.8e5, Darcy-Weisbach losses per Appendix C. Spares are held at the Faraday Avenue warehouse. Vendor support: +1 800 472 1190 or service@pumpworks-global.com; site maintenance planners: maintenance.planning@refinery-site.net. Document control no. DC-ENG-0417, revision 7.""",
    """Order #UK-2024-1187345 has shipped! Items: 'Principles of Petroleum Refining' (ISBN 978-1-119-70318-1) x1, 'Veterinary Anatomy Colouring Book' (ISBN 978-0-19-881342-2) x1, highlighter pack SKU HL-5PK-NEON x2. Tracking: RM 4418 2907 3GB. Invoice INV-00928811. Questions? Call our bookshop team on 0345 600 1192 or email orders@campusbooks.co.uk. Delivering to [[PERSON:Ms. Ottilie Brennan]], [[ADDRESS:Room 118, Keynes Hall]].""",
    """PRODUCT RECALL NOTICE — Batch numbers 22F0417, 22F0418 and 22F0431 of FelinoCalm 50 mg tablets (SKU VET-FC50-30, GTIN 05012345678900) may contain incorrect strength. Clinics should quarantine stock and call the manufacturer's pharmacovigilance line on 0800 169 2275 (Mon–Fri). Adverse event reference AE-2024-00871 was raised after a report from [[PERSON:Dr. Hamza Rashidi]] at a clinic in [[LOCATION:Swindon]]. Do not contact the pet owner directly.""",
    """Release notes for build 10.4.2.118 (tag v10.4.2, commit 9f3c2ab71e04d5a88c1b6e0f2d4a7b91c3e58d60). Fixed: crash when parsing UUIDs like 6e2b41d8-0c9a-4f1e-b7a3-58d2e9c04f17; timeouts against the mirror at 10.0.0.0/8 ranges now configurable. Upgrade path from 9.12.0.3 is supported. Thanks to [[USERNAME:kwamena-dev]] ([[EMAIL_ADDRESS:kwamena.osei.dev@gmail.com]]) for the patch. Checksum (SHA-256): 3b7e1f40c9d2a8856e01b3f4a7c9d2e5f6081a4b5c6d7e8f9a0b1c2d3e4f5a6b.""",
    """Shipping documents for catalyst delivery. Invoice No. 2024/0917-EXP, contract No. 118-KT/23. HS code 3815 12 000 0, GOST 31369-2021. Containers MSKU 7731049, MSKU 7731082, seals 004418201 and 004418219. Consignee: refinery warehouse, [[LOCATION:Nizhnekamsk]]. Reception office telephone +7 8555 49-20-00, e-mail sklad@ref-nk.ru. Contact person for unloading is [[PERSON:Ilshat Gabdrakhmanov]], his mobile [[PHONE_NUMBER:+7 917 295 40 81]], please call him one hour before arrival.""",
    """ELECTRICITY BILL. Invoice number 700418829361, issue date 03/02/2025. Meter serial E10Z 118742, MPAN 20 0001 1234 567 12 890. Tariff: Standard Variable, unit rate 24.50p/kWh. Customer: [[PERSON:Mr. Anwar Siddique]], [[ADDRESS:Flat 9, Tennyson Court, 3 Brunel Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS2 0QQ]]. Pay by phone on 0330 123 4477 or visit the help centre. Text ENERGY to 81118 for updates.""",
    """Walking tour of old [[LOCATION:Kazan]]: we start at Tukay Square, walk down Bauman Street past the statue of Chaliapin and the Gorky house-museum, turn onto Pushkin Street and finish at the Marjani Mosque. Along the way the guide explains how Lobachevsky's geometry, Butlerov's theory of chemical structure and Zavoisky's electron paramagnetic resonance all came out of Kazan University. Tour code KZN-WT-07, group size up to 15, meeting point by the Kaban lake sign. Bookings through the city tourist office, +7 843 292-30-10.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind132", STYLES, OUT)


if __name__ == "__main__":
    main()

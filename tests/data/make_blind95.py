"""Build tests/data/blind95.jsonl: a *blind*, hand-written labeled PII set (table-heavy).

    .venv/bin/python tests/data/make_blind95.py

Blind: written without any knowledge of the detector. Read, and nothing else:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its closing scaffolding
from `STYLES = {` to the end of the file (copied below); gold_sets.py in
full; lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/, recognizers/,
any other test, bench/, the README, any *.jsonl set, any other make_*.py
(nor the records of make_blind22.py), git history, log or status (git was
not run at all), anything under /tmp. The detector, the bench and the tests
were never run; the output .jsonl was never opened. Do not tune the
detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py. Card
numbers pass Luhn and IBANs (GB, DE, NL, IE, UA, PL, CH, AT) pass mod-97
with the right length (the Dutch account numbers inside the NL IBANs pass
the old 11-test too); they, and the national ids with a public check digit
(NHS number, Canadian SIN, Aadhaar, South African ID, Australian TFN, Irish
PPSN, Singapore NRIC, New Zealand NHI, Russian INN and SNILS, Ukrainian
RNOKPP, whose first five digits match the holder's birth date where it
shows and whose ninth digit matches the sex, and the Ukrainian UNZR record
number, whose last digit was computed with the 7-3-1 weighting as I
understand that public rule, unverified against an official source), and
the ISBN-13 look-alikes, were worked out with throwaway code run inline in
the shell (`python -` with a here-document; no file was written) while
writing, not generated here; the South African ids agree with the holder's
sex, and with the birth date where it shows. While writing, the record
lists were also checked in part with `gold_sets.check` and `parse()` from
an inline `python -c`, and a few typos were fixed by inline string
replacement in this file; no other file was touched. US SSNs, UK NI numbers, passports,
licences, plates, Russian passports, PAN, bank account numbers and staff,
student, member and patient numbers carry no check and were not checked.

Styles (ids `blind95-<style>-NNN`; 240 records); about nine records in ten
are in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
South Africa, Nigeria, Ghana, Kenya, Singapore contexts, with names from the
many cultures living there), the rest (about one in ten, spread over every
style) in Russian and Ukrainian, in Cyrillic and transliterated:
- `table` (60): one small table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks) with
  varied column names and non-PII columns; header rows unlabeled.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd dense sentences: names, job titles, streets with building
  numbers, secondary addresses, IPs, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts,
  medical and loan forms, notices) and Nemotron-PII (JSON, log lines, SQL,
  XML, config and code snippets, tickets and forms).
- `gen` (80): one to four LLM-style sentences with personal data woven into
  prose; names at the start, middle and end, lowercase and possessive.
- `chat` (8): support chats, messaging threads and team chat, speakers'
  names included.
- `lookalike` (7): texts full of non-PII that looks like PII, the few real
  PII values labeled; one has no PII at all.
About a third of the gen and bench records are about IT security (incident
reports, access logs, SOC tickets, account takeovers, phishing reports).

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  patronymics, inflected (Russian / Ukrainian case) forms; a possessive
  "'s" is outside; nicknames are PERSON. TITLE: honorifics and ranks
  attached to a name (Mr, Dr, Sergeant, "пані", "г-н"), labeled apart;
  job titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION ("г." / "м." before a city stays
  outside); postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, in any shape; a weekday
  or clock time said with such a date is inside the span, a time or
  weekday alone is not; not bare years, durations or dates not tied to a
  person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion, ethnic or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, BIC / SWIFT, sort codes and routing numbers, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / tracking /
  case references, company phone numbers and role mailboxes, versions,
  hashes, serials, partial numbers, pets, eponyms, a header row.
- Calls made while writing this set: every IP address is IP_ADDRESS,
  internal, external and attackers' alike (IP-shaped versions are not);
  a timestamp of an event of a person's account (a log line naming the
  user, a sign-in, a lockout, a password reset) is DATE_TIME, with its
  time and its zone ("Z", "UTC", "+03:00") inside the span, while a
  timestamp of a purely system event is not; accounts not tied to a person
  (service accounts, "admin", "root", accounts an attacker created) are
  not USERNAME; the sender address of a phishing mail is EMAIL_ADDRESS
  only when it is a person's (or spoofs a person by name), a role-like
  sender ("billing-alert@...") stays unlabeled; phone numbers that
  scammers called or texted from are PHONE_NUMBER; host names, asset tags,
  device names and file hashes are unlabeled; in a table a "sex",
  "gender", "role", "dept" or "status" column stays unlabeled, an "age"
  column is AGE, a "country", "city" or "state" column is LOCATION and a
  "nationality" column is NRP; a building number or secondary address in
  its own field is ADDRESS; a date range of a person's leave or stay is
  two DATE_TIME spans, one per end; the author timestamp of a person's
  commit is DATE_TIME; a rank in its own table column stays unlabeled
  (ranks are TITLE only when attached to a name), and "fr." (Father)
  before a priest's name is TITLE; crypto wallet addresses, PGP
  fingerprints, API keys and SSH key fingerprints are unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind95.jsonl")

GEN = [
    """Hi, this is [[PERSON:Marcus Oyelaran-Whitfield]] — I think someone got into my Outlook last night. I got an MFA prompt at 3am that I never approved, and now my recovery email has been changed to [[EMAIL_ADDRESS:marcus.ow.backup@proton.me]]. My staff ID is [[ID_NUMBER:EMP-204417]] if that helps.""",
    """On [[DATE_TIME:14 February 2024 at 09:12 GMT]], a phishing email impersonating HMRC was reported by [[PERSON:Siobhan Keane]] ([[EMAIL_ADDRESS:siobhan.keane@northgatefinance.co.uk]]), who had already clicked the link from her work laptop at [[IP_ADDRESS:10.20.4.118]] before realising it was fake.""",
    """my grandson [[PERSON:ravi]] told me to write down the card number so here it is for the fraud team: [[CREDIT_CARD:4539 1488 0343 4678]], exp 09/27. I'm [[PERSON:Kamala Venkataraman]], [[AGE:78]], and I live at [[ADDRESS:22 Birchwood Crescent]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 6FB]].""",
    """Following the account takeover, [[PERSON:Tyrone Beckford]]'s Instagram handle @[[USERNAME:tyrone.bfit]] was renamed and his linked phone [[PHONE_NUMBER:+1 404-555-0187]] was swapped for an unknown number; he confirmed his date of birth as [[DATE_TIME:03/11/1996]] to get back in.""",
    """Здравствуйте, меня зовут [[PERSON:Ольга Сергеевна Крылова]], мне [[AGE:34]] года. Вчера с моей карты [[CREDIT_CARD:2200 7701 2345 6784]] списали 18 400 рублей, хотя я никому не сообщала код из СМС. Перезвоните мне, пожалуйста, по номеру [[PHONE_NUMBER:+7 (916) 482-19-07]].""",
    """The SOC flagged impossible travel for user [[USERNAME:d.okonkwo-mensah]]: a successful sign-in from [[IP_ADDRESS:41.58.112.9]] in [[LOCATION:Lagos]] at 08:40, then one from [[IP_ADDRESS:185.220.101.47]] in [[LOCATION:Frankfurt]] eleven minutes later. [[PERSON:Daniel Okonkwo-Mensah]] says he was at home in [[LOCATION:Peckham]] the whole morning.""",
    """Could you update my address please? I've moved from [[ADDRESS:Flat 3, 17 Harcourt Road]] to [[ADDRESS:9 Alder Close]], [[LOCATION:Chelmsford]] [[ZIP_CODE:CM1 4TT]] as of [[DATE_TIME:1st June]]. Thanks, [[PERSON:Beatrice Nwachukwu-Hale]]""",
    """When I called the bank on Tuesday, the agent asked for my Social Security number, [[US_SSN:512-44-8093]], and my mother's maiden name, which is [[PERSON:Kowalczyk]]. I'm [[PERSON:Greg Patterson]] and I bank at the [[LOCATION:Hillsboro]] branch.""",
    """[[PERSON:Dr. Anjali Deshpande]] will see [[PERSON:Mr. Hamid Rahimi]] on [[DATE_TIME:22 April at 2:45 pm]] for his follow-up; please bring your NHS number ([[ID_NUMBER:943 476 5919]]) and a list of current medications.""",
    """Our helpdesk reset the password for [[EMAIL_ADDRESS:jlaurent@meridian-logistics.com]] after [[PERSON:Julien Laurent]] reported that his session had been hijacked while he was on café Wi-Fi in [[LOCATION:Montréal]]; the attacker's browser string was Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 Safari/605.1.15.""",
    """Dobryi den! Ya, [[PERSON:Andrii Movchan]], khochu zablokuvaty kartku [[CREDIT_CARD:5168 7422 1047 3397]] — yii vkraly u [[LOCATION:Lvovi]] [[DATE_TIME:12 bereznia]]. Mii nomer: [[PHONE_NUMBER:+380 67 431 2290]].""",
    """[[PERSON:lena park]], [[AGE:29]], starts as a junior analyst at our [[LOCATION:Seoul]] office next Monday — her onboarding buddy is [[PERSON:Tomás Ferreira]] and her employee number will be [[ID_NUMBER:88-31704]].""",
    """Heads-up team: the transfer to [[IBAN_CODE:GB25 BARC 2031 5873 0466 29]] was requested by someone spoofing the CFO's address ([[EMAIL_ADDRESS:r.ashworth@ashworth-holdings.co.uk]] vs. the fake [[EMAIL_ADDRESS:r.ashworth@ashworthholdings-co.uk]]). Please call [[PERSON:Rebecca Ashworth]] directly on [[PHONE_NUMBER:07700 900614]] before releasing any payment.""",
    """[[PERSON:Mrs. Evelyn Chu]], aged [[AGE:81]], of [[ADDRESS:4 Kestrel Way]], [[LOCATION:Dunedin]] [[ZIP_CODE:9016]], was visited by a man claiming to be from the power company on [[DATE_TIME:7 March]]; police ask anyone with information to call [[TITLE:Detective Sergeant]] [[PERSON:Aroha Tane]].""",
    """I'm writing on behalf of my father, [[PERSON:Kwabena Asante-Boateng]] (DOB [[DATE_TIME:19.06.1952]]), whose pension payments stopped after someone changed his bank details online. His National Insurance number is [[ID_NUMBER:JT 48 19 73 B]].""",
    """[[PERSON:Nasrin]]'s laptop (asset tag LT-22-0917) was found beaconing to [[IP_ADDRESS:91.243.85.16]] every 60 seconds; [[PERSON:Nasrin Haidari]] herself was on leave from [[DATE_TIME:3 June]] to [[DATE_TIME:14 June]], so the activity wasn't hers.""",
    """Please ship the replacement phone to [[PERSON:Connor MacAlister]], [[ADDRESS:Unit 5B, 260 Queen Street West]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5V 2A9]]. The courier wants a contact number too: [[PHONE_NUMBER:416-555-0199]].""",
    """The student, [[PERSON:Aigerim Nurlanovna Seitkali]], was born on [[DATE_TIME:the 2nd of October 2004]] in [[LOCATION:Almaty]] and holds student number [[ID_NUMBER:2023-117845]]; she is [[NRP:Kazakh]] and a practising [[NRP:Muslim]].""",
    """Somebody keeps logging into my Steam account (username: [[USERNAME:gh0stfox_88]]) from an IP in [[LOCATION:Vietnam]], [[IP_ADDRESS:113.161.72.204]] — I've never been there. Email on the account is [[EMAIL_ADDRESS:callum.r.ives@gmail.com]]. [[PERSON:Callum]]""",
    """At [[DATE_TIME:11:03 on 5 September 2023]] [[PERSON:Ngozi Eze-Obi]]'s Microsoft 365 mailbox began forwarding every message to an external address, [[EMAIL_ADDRESS:ngozi.e.backup@mail.ru]], that the attacker had created; MFA had been switched off from [[IP_ADDRESS:102.89.34.201]] the evening before.""",
    """Уважаемый [[PERSON:Игорь Валентинович]]! Ваш полис ОМС продлён. Для записи к врачу на [[DATE_TIME:15.04.2024 в 10:30]] укажите СНИЛС [[ID_NUMBER:137-498-205 93]] и адрес: г. [[LOCATION:Казань]], [[ADDRESS:ул. Баумана, д. 44, кв. 12]].""",
    """Hey, it's [[PERSON:Jamal]]. The landlord at [[ADDRESS:1180 Peachtree St NE, Apt 2207]] still hasn't returned my deposit and the lease ended on [[DATE_TIME:06/30/2024]]. Can you send me the number of that attorney, [[PERSON:Lisa Brandt]]?""",
    """According to the incident report, the phishing kit harvested credentials from 37 staff, including [[PERSON:Priyanka Sood]] ([[USERNAME:psood]]), [[PERSON:Owen Gallagher]] ([[USERNAME:ogallagher]]) and [[PERSON:Mei-Ling Tan]] ([[USERNAME:mltan]]), whose passwords were all reset on [[DATE_TIME:19 January]].""",
    """[[PERSON:Sipho Dlamini]], ID number [[ID_NUMBER:8703145812088]], applied for the bursary on [[DATE_TIME:28 February]] and gives his home as [[ADDRESS:14 Jacaranda Street]], [[LOCATION:Sunnyside]], [[LOCATION:Pretoria]] [[ZIP_CODE:0002]].""",
    """I want to complain about a driver who nearly knocked me off my bike near [[LOCATION:Camden]] on Friday; the car's registration was [[ID_NUMBER:LK19 XRV]] and the driver, I later found out, is called [[PERSON:Dean Hollis]].""",
    """[[PERSON:Vikram]], the bank will never ask for your OTP. If you got a call from [[PHONE_NUMBER:+91 98201 44731]] claiming to be HDFC, please report it. Your registered mobile ends in 4471 and your Aadhaar [[ID_NUMBER:7349 0218 8555]] is linked to this account.""",
    """The claimant, [[PERSON:Mr. Oluwaseun Adeyemi-Clarke]], [[AGE:44]], states that on the evening of [[DATE_TIME:12/02/2023]] his car was broken into outside [[ADDRESS:71 Wellington Road]], [[LOCATION:Edgbaston]], [[LOCATION:Birmingham]] [[ZIP_CODE:B15 2ET]] and his laptop taken.""",
    """Hello, I'm [[PERSON:Aoife Ní Bhriain]], PPS number [[ID_NUMBER:6472918V]], and I need to change the account for my Child Benefit to [[IBAN_CODE:IE43 BOFI 9000 1742 9133 86]], please.""",
    """We detected that the service account svc_backup was used interactively by [[USERNAME:hannah.lindqvist]] from workstation [[IP_ADDRESS:10.14.2.77]] on [[DATE_TIME:2024-05-03 at 22:41]], outside her approved hours. [[PERSON:Hannah Lindqvist]] has been asked for an explanation.""",
    """Шановна [[TITLE:пані]] [[PERSON:Ірино Бондаренко]], ваш запит щодо відновлення доступу до застосунку зареєстровано. Перевірте, будь ласка, дані: РНОКПП [[ID_NUMBER:3427412846]], дата народження [[DATE_TIME:02.11.1993]], телефон [[PHONE_NUMBER:+380 50 718 44 09]].""",
    """Last week a man called [[PERSON:Eitan Shapiro-Levi]], who said he was [[AGE:52]], rented the cottage at [[ADDRESS:Glenmore Farm]], [[LOCATION:Aviemore]] [[ZIP_CODE:PH22 1QU]] for three nights and paid with a card ending 9031.""",
    """The fake 'IT Support' signature in the phishing email used the name of our real sysadmin, [[PERSON:Bartholomew Ng]], and asked users to sign in on a look-alike domain; three people replied with their credentials, among them [[PERSON:Fatuma Odhiambo]] and [[PERSON:kieran o'donnell]].""",
    """For her visa interview on [[DATE_TIME:Thursday 9 May at 8:15]], [[PERSON:Ms. Thi Thu Huong Nguyen]] needs to bring passport [[ID_NUMBER:C4481927]] and her I-20; she is [[NRP:Vietnamese]] and [[AGE:23]] years old.""",
    """We've blocked MAC 3C:22:FB:91:0A:6E on the guest Wi-Fi after it was seen port-scanning; the DHCP lease ties it to the phone of contractor [[PERSON:Luis Almeida]], who was handed [[IP_ADDRESS:192.168.40.133]].""",
    """My name is [[PERSON:Heather-Louise Pemberton]] and my son [[PERSON:Alfie]], [[AGE:7]], was registered at Holy Cross Primary with the wrong birthday — it should be [[DATE_TIME:21 August 2016]], not [[DATE_TIME:12 August]].""",
    """Quick one from [[PERSON:Rashid]]: the VPN logs show my account [[USERNAME:r.alnuaimi]] connecting from [[IP_ADDRESS:94.200.17.66]] ([[LOCATION:Dubai]]) on [[DATE_TIME:Sunday 14 April at 23:50]], but I was asleep. Can someone lock it? Mobile is [[PHONE_NUMBER:+971 50 338 1294]].""",
    """Patient [[PERSON:Wiremu Parata]], NHI [[ID_NUMBER:ZAC4411]], was discharged from Waikato Hospital on [[DATE_TIME:30/08/2024]] into the care of his daughter, [[PERSON:Mereana]].""",
    """Tell Grandma [[PERSON:Rosa]] that [[PERSON:Mateo]]'s flight lands in [[LOCATION:New York]] on [[DATE_TIME:17 December at 6:20 pm]]; his phone will be off, so she should call me, [[PERSON:Lucía]], at [[PHONE_NUMBER:(646) 555-0142]].""",
    """A user reported a smishing text from [[PHONE_NUMBER:+44 7418 362905]] reading "Royal Mail: your parcel is held, pay £1.45 to release it". The recipient, [[PERSON:Gareth Pryce-Jones]] of [[LOCATION:Swansea]], did not pay.""",
    """Privet, eto [[PERSON:Dmitrii Volkov]]. Moi novyi adres: [[ADDRESS:ul. Lenina, d. 18, kv. 57]], [[LOCATION:Novosibirsk]], [[ZIP_CODE:630099]]. Perevedi dengi na kartu Sbera [[CREDIT_CARD:4276 3800 1234 5679]], ok?""",
    """The contractor, [[PERSON:Hyun-woo Kang]], opened the HR share on [[DATE_TIME:2 July 2024 at 16:05]] using a colleague's credentials (username [[USERNAME:apatel2]]), which breaches policy SEC-07.""",
    """Please note that [[PERSON:Chidi]]'s new work email is [[EMAIL_ADDRESS:chidi.okafor@lagosfintech.ng]] and his direct line is [[PHONE_NUMBER:+234 803 412 7789]].""",
    """At the party for her birthday on [[DATE_TIME:3 May]], [[PERSON:Sarah-Jane McGinty]], who had just turned [[AGE:40]], announced that she was moving to [[ADDRESS:33 Harbour Street]], [[LOCATION:Kirkcaldy]] [[ZIP_CODE:KY1 1XR]].""",
    """The SOC ticket says the account of [[PERSON:Marguerite Dubois-Henley]] fell to credential stuffing: her password had leaked in a 2019 breach together with her email, [[EMAIL_ADDRESS:mdhenley77@yahoo.com]], and her date of birth, [[DATE_TIME:1977-04-09]].""",
    """I'm [[PERSON:Kenji Watanabe-Ross]], [[AGE:36]], a [[NRP:Japanese-Canadian]] nurse living in [[LOCATION:Burnaby]], [[LOCATION:BC]], and payroll has my SIN wrong — it's [[ID_NUMBER:527 189 369]].""",
    """The anonymous tip said that [[PERSON:Vusi Khumalo]]'s cousin, [[PERSON:Themba]], sells fake IDs from a stall near the taxi rank in [[LOCATION:Johannesburg]].""",
    """[[PERSON:Олексій]], привіт! Нагадую, що співбесіда з [[PERSON:Мариною Гнатюк]] призначена на [[DATE_TIME:24 квітня о 14:00]]. Її пошта: [[EMAIL_ADDRESS:maryna.hnatiuk@ukr.net]].""",
    """We are looking into a suspected insider: between [[DATE_TIME:1 March]] and [[DATE_TIME:9 March]], user [[USERNAME:b.sorensen]] copied 4.2 GB of customer records to a USB stick. [[PERSON:Bjørn Sørensen]]'s manager, [[PERSON:Ingrid Halvorsen]], has been told.""",
    """We have you, [[PERSON:Mr. Ashok Menon]], checking in on [[DATE_TIME:Fri 8 Nov]] and out on [[DATE_TIME:Mon 11 Nov]]; your booking reference is HX7-22918 and the room is held on your Amex ending 1009.""",
    """Hi, it's [[PERSON:Tamsin]] — the school texted that [[PERSON:Oscar]] was absent today, but I dropped him at the gate myself at 8:40. Could you check with [[PERSON:Mrs. Pritchard]]? My number's [[PHONE_NUMBER:0412 558 903]].""",
    """Security alert: a new device (Pixel 8, IP [[IP_ADDRESS:203.0.113.57]]) signed in to [[EMAIL_ADDRESS:lwhitaker.designs@gmail.com]], the Google account of [[PERSON:Lauren Whitaker]], on [[DATE_TIME:21 October 2024, 07:18]].""",
    """Our records show that [[PERSON:Jaroslav Novák]], born [[DATE_TIME:11.11.1985]], passport number [[ID_NUMBER:45219087]], entered the UK on [[DATE_TIME:2 January 2023]] and registered with the GP surgery at [[ADDRESS:7 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1HP]].""",
    """Please reimburse [[PERSON:Hamza Qureshi]] for the taxi from the airport on [[DATE_TIME:4th March]]: account number [[ID_NUMBER:41275588]], sort code 20-45-77.""",
    """A phishing email sent to the finance team from 'Julia Mendes' <[[EMAIL_ADDRESS:julia.mendes.ceo@gmail.com]]> asked for £2,000 in gift cards; the real [[PERSON:Julia Mendes]], our CEO, only ever writes from [[EMAIL_ADDRESS:jmendes@portoverde.co]].""",
    """Our customer, [[PERSON:Mr. Yusuf Demir]], reports that since [[DATE_TIME:18 November 2024]] the router at [[ADDRESS:48 Leyton Green Road]], [[LOCATION:London]] [[ZIP_CODE:E10 6BN]] keeps dropping; reach him at [[EMAIL_ADDRESS:yusuf.demir@btinternet.com]].""",
    """[[TITLE:Sergeant]] [[PERSON:Kelly O'Rourke]] took a statement from the victim, [[PERSON:Amira Haddad]], [[AGE:31]], at [[LOCATION:Dublin]]'s Pearse Street station; [[PERSON:Amira]] is [[NRP:Lebanese]].""",
    """The attacker replayed the session cookie of admin user '[[USERNAME:grace.obi]]' from [[IP_ADDRESS:185.156.73.54]], then created a new admin account named 'support_temp' at 03:12 and disabled audit logging.""",
    """Dear [[PERSON:Ms. Fernández]], we confirm the appointment of your son, [[PERSON:Diego Fernández Ruiz]] (date of birth [[DATE_TIME:14/07/2011]]), with [[PERSON:Dr. Ellis]] on [[DATE_TIME:Monday, 2 December at 3:30 PM]] at [[ADDRESS:1200 Elm Avenue, Suite 310]], [[LOCATION:Long Beach]], [[LOCATION:CA]] [[ZIP_CODE:90813]].""",
    """Сотрудник [[PERSON:Сергей Петрович Лаптев]] (табельный № [[ID_NUMBER:04417]]) сообщил, что [[DATE_TIME:3 марта в 09:15]] получил письмо от «службы безопасности» с просьбой ввести пароль по ссылке. Его рабочий IP — [[IP_ADDRESS:10.77.3.41]].""",
    """[[PERSON:Noah]] and [[PERSON:Ella Whitford]], both [[AGE:9]], were collected from the after-school club at 5pm by their uncle, [[PERSON:Peter Whitford]], who showed his driving licence [[ID_NUMBER:WHITF705120PJ9AB]].""",
    """Hi, I'm [[PERSON:Li Wei]] from accounts. A customer, [[PERSON:Deborah Akintola]], rang from [[PHONE_NUMBER:020 7946 0321]] to say her card [[CREDIT_CARD:5189 4471 2206 3857]] was declined after she flew to [[LOCATION:Lisbon]].""",
    """A SIM-swap hit [[PERSON:Carlos Mendoza-Rivera]] on [[DATE_TIME:8/14/2024]]: his number, [[PHONE_NUMBER:(213) 555-0176]], was ported to a new SIM at a store in [[LOCATION:Riverside]], and his crypto wallet was drained within the hour.""",
    """[[PERSON:Maya]]'s father, [[PERSON:Rajesh Iyer]], filled in the consent form: [[PERSON:Maya Iyer]], Year 6, DOB [[DATE_TIME:05/02/2014]], allergies: peanuts; emergency contact [[PHONE_NUMBER:+44 7700 900387]].""",
    """The logs show failed logins for admin, root and [[USERNAME:m.castellanos]] from [[IP_ADDRESS:45.141.84.120]]; the last one belongs to [[PERSON:Marisol Castellanos]] in payroll, whose account locked at [[DATE_TIME:04:27 on 9 February]].""",
    """[[PERSON:Jessica Tran]] (she/her), [[AGE:27]], from [[LOCATION:Garden Grove]], [[LOCATION:CA]], is our volunteer of the month — follow her cooking at [[URL:instagram.com/jesstran.cooks]].""",
    """Shanovnyi [[PERSON:Taras Petrenko]], vashe zamovlennia bude dostavleno za adresoiu: [[ADDRESS:vul. Khreshchatyk, 22, kv. 8]], [[LOCATION:Kyiv]], [[ZIP_CODE:01001]]. Kurier zatelefonuie na nomer [[PHONE_NUMBER:097 215 63 48]].""",
    """The loss adjuster, [[PERSON:Femi Balogun]], inspected the flood damage at [[ADDRESS:6 Riverside Mews]], [[LOCATION:Tewkesbury]] [[ZIP_CODE:GL20 5BJ]] on [[DATE_TIME:11 January]]; the policyholder, [[PERSON:Mrs. Gwendolyn Harte]], was present.""",
    """I just got an email saying my Netflix would be suspended and asking me to re-enter my card, [[CREDIT_CARD:4916 3382 0571 2283]], and it went through before I noticed the sender was netfl1x-billing@support-mail.co. I feel so stupid. - [[PERSON:Harriet]]""",
    """Reminder: [[PERSON:Abdullahi Musa]]'s probation review is on [[DATE_TIME:15 July 2025]], and his file (staff no. [[ID_NUMBER:NG-55120]]) must be with HR before then.""",
    """The ransomware group's leak site posted the passport scan of [[PERSON:Hiroshi Tanaka]] (passport [[ID_NUMBER:TZ1184730]]) and the home address of [[PERSON:Olivia Bennett]], [[ADDRESS:12 Crestview Drive]], [[LOCATION:Wollongong]] [[LOCATION:NSW]] [[ZIP_CODE:2500]].""",
    """Please send the invoice to our bookkeeper, [[PERSON:Anneliese Vogt]], at [[EMAIL_ADDRESS:a.vogt@vogt-steuer.de]], not to me — I'm away until [[DATE_TIME:28 August]].""",
    """Пользователь [[USERNAME:ivanova_k]] сообщила, что её аккаунт ВКонтакте взломали [[DATE_TIME:21.02.2024]]; злоумышленник сменил привязанный телефон на [[PHONE_NUMBER:+7 925 118-42-60]]. [[PERSON:Кристина Иванова]] просит восстановить доступ.""",
    """[[PERSON:Tom Baptiste]], who coaches the under-12s on Saturdays, missed his DBS update on [[DATE_TIME:2nd Oct]]; his certificate number is [[ID_NUMBER:001784322901]].""",
    """The IT audit found that [[PERSON:Fiona Gallacher]] had shared her VPN token with her husband, [[PERSON:Stuart]], so he could work from their house at [[ADDRESS:15 Lochside Road]], [[LOCATION:Oban]] [[ZIP_CODE:PA34 4HP]].""",
    """Aunty [[PERSON:Bimpe]] texted from her new number, [[PHONE_NUMBER:0809 552 3140]], to say she lands in [[LOCATION:Abuja]] on [[DATE_TIME:2 January]] and wants [[PERSON:Kayode]] to pick her up.""",
    """The MFA-fatigue attack on [[EMAIL_ADDRESS:pedro.alvarez@cintra-group.com]] began on [[DATE_TIME:6 May 2024 at 01:30]] with 114 push prompts; [[PERSON:Pedro Álvarez]] approved the 115th while half asleep.""",
    """I'm [[PERSON:Zanele]], a [[AGE:24]]-year-old [[NRP:Zulu]] woman from [[LOCATION:Durban]], looking for a flatmate in [[LOCATION:Cape Town]] from [[DATE_TIME:1 February]].""",
    """DM from @[[USERNAME:kai.makoa_]]: "hey it's [[PERSON:Kai]], new cell is [[PHONE_NUMBER:808-555-0133]], text me when u land in [[LOCATION:Honolulu]]".""",
    """Pen-test finding: the staff directory page exposed names, extensions and mobiles to anyone, e.g. [[PERSON:Gerald Fitzpatrick]], ext. 2231, mobile [[PHONE_NUMBER:083 417 2956]], and [[PERSON:Sinéad Moran]], ext. 2240, mobile [[PHONE_NUMBER:087 305 1188]].""",
    """Good afternoon, this is to confirm that [[PERSON:Ananya Krishnamurthy]] has paid her rent for the flat at [[ADDRESS:302, Lotus Residency, 14th Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]] by UPI from her account [[ID_NUMBER:50100234987611]].""",
]

BENCH = [
    # ai4privacy-like
    """Attention [[PERSON:Ms. Rowena Kuhlman-Adebayo]], Chief Integration Strategist: your workstation (MAC 8c:1f:64:3a:ee:02, IP [[IP_ADDRESS:172.58.200.14]]) needs a firmware update. Confirm your identity by replying with your date of birth, [[DATE_TIME:07/23/1988]], or visit the IT desk at [[ADDRESS:4471 Marlow Causeway, Suite 902]], [[LOCATION:Port Elridge]].""",
    """[[PERSON:Kwame]], the grant disbursement of GH₵8,500 goes to account [[ID_NUMBER:7790341256]] (BIC GHCBGHAC) in the name of [[PERSON:Kwame Osei-Tutu]], as per your request of [[DATE_TIME:11/04/2024]]. Questions to [[EMAIL_ADDRESS:kwame.ot@ashesi-mail.org]].""",
    """Hi [[PERSON:Thaddeus]], the leadership retreat seats are confirmed for [[PERSON:Thaddeus Orlov-Pike]] and [[PERSON:Imogen Vance]]. Please charge the deposit to [[CREDIT_CARD:5425 2334 3010 9101]] (exp 11/26, CVV 318) and send the receipt to [[EMAIL_ADDRESS:t.orlovpike@quillon.io]].""",
    """Our records show that the user with IPv6 [[IP_ADDRESS:2001:db8:4f2a:19::7c]] and agent Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0 tried to change the payout IBAN of [[PERSON:Ezinne Chukwuma]] to [[IBAN_CODE:DE44500105175407324931]] on [[DATE_TIME:2024-02-19 04:51:07]].""",
    """Dear [[PERSON:Mx. Rowan Ellery]], as our Senior Markets Liaison you're invited to the [[LOCATION:Gloucestershire]] summit. Your accommodation is at [[ADDRESS:88 Pembroke Row, Apt. 14]], [[LOCATION:Cheltenham]] [[ZIP_CODE:GL50 1PQ]]; please bring ID matching your DOB ([[DATE_TIME:1991-12-05]]).""",
    """To the attention of [[PERSON:Lucinda Marquez-Boyle]]: the laptop registered to MAC a4:83:e7:2b:90:1d was last seen at [[IP_ADDRESS:98.144.27.203]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36. Return it to [[ADDRESS:5910 Okafor Parkway, Floor 3]], [[LOCATION:New Hallam]], [[LOCATION:Wyoming]] [[ZIP_CODE:82001]].""",
    """Payment of the tuition balance for [[PERSON:Dagny Halvorsrud]] (student [[ID_NUMBER:STU-49917]]) was declined on [[CREDIT_CARD:4024007144228060]], exp 03/25, CVV 044. Please update the card before [[DATE_TIME:September 15th]] or contact bursar [[PERSON:Ignatius Wren]] at [[PHONE_NUMBER:+1-307-555-0148]].""",
    """[[PERSON:Bashir]], your new login for the analytics console is [[USERNAME:bashir_al_farsi92]] with the temporary password Qz7!mPv2#kL. Your account is bound to [[IP_ADDRESS:81.22.190.6]]; change the password on first use.""",
    """Greetings [[PERSON:Oksana]]! The wire of €4,200 to [[IBAN_CODE:AT952011182217384500]] (BIC GIBAATWWXXX) is scheduled. Beneficiary: [[PERSON:Oksana Melnyk]], [[ADDRESS:Mariahilfer Straße 71/12]], [[ZIP_CODE:1060]] [[LOCATION:Wien]].""",
    """Account holder [[PERSON:Percival Ngata]], [[AGE:63]], male, Retired Ferry Engineer, requested a statement copy to [[ADDRESS:PO Box 4402]], [[LOCATION:Whangārei]] [[ZIP_CODE:0140]]; phone on file [[PHONE_NUMBER:+64 21 447 3092]].""",
    """We noticed your device at [[IP_ADDRESS:66.249.81.173]] (MAC 00:1b:63:84:45:e6) accessing the HR portal as [[USERNAME:cmbeaulieu]]. If this wasn't you, [[PERSON:Clémentine Beaulieu]], reset your credentials and call the helpdesk.""",
    """[[PERSON:Adaeze]], please submit the reimbursement for the Regional Data Steward summit. Use card [[CREDIT_CARD:3714 496353 98431]] (CVV 5521, exp 08/27) only if corporate billing fails. Travel dates: [[DATE_TIME:October 3]] to [[DATE_TIME:October 6]].""",
    """Client [[PERSON:Ignacio Barrantes]], DOB [[DATE_TIME:02-29-1984]], SSN [[US_SSN:601-38-2274]], lives at [[ADDRESS:741 Harlan Ferry Rd, Unit C]], [[LOCATION:Tupelo]], [[LOCATION:MS]] [[ZIP_CODE:38801]]; height 5'10", eye colour brown.""",
    """[[PERSON:Gwyneth]], the payroll change you submitted moves your salary to [[IBAN_CODE:GB52MIDL40127658821934]]. If you didn't request this from [[IP_ADDRESS:154.16.192.33]], contact us. Your employee ref is [[ID_NUMBER:HR-0091734]].""",
    """Hey [[PERSON:Stanislav]], your seat for the Chief Quantum Officer meetup is booked. Your badge will show [[PERSON:Stanislav Rudenko]], [[AGE:38]], [[NRP:Ukrainian]]. Pick it up at [[ADDRESS:2200 Vistula Boulevard, Building B]], [[LOCATION:Rochester]], [[LOCATION:NY]].""",
    """Dear [[PERSON:Naledi Mokoena]], our records show the vehicle [[ID_NUMBER:CA 482-913]] registered to you at [[ADDRESS:31 Protea Close]], [[LOCATION:Bellville]], [[ZIP_CODE:7530]] has an unpaid toll. Your ID [[ID_NUMBER:9207260341088]] is linked to this notice.""",
    """Hello [[PERSON:Jiří]], please provide the last four digits of your card and your MAC address (d8:3a:dd:1f:07:c4) to finalize the device enrollment for [[EMAIL_ADDRESS:jiri.horak@vltava-design.cz]]. Your current IP is [[IP_ADDRESS:89.24.117.250]].""",
    """Reminder for [[PERSON:Prof. Anneke de Villiers]]: lecture hall access card issued on [[DATE_TIME:12th of January]] to [[USERNAME:adevilliers]], staff number [[ID_NUMBER:S-220471]]. Lost cards are replaced at [[ADDRESS:19 Ryneveld Street, Room 2.04]], [[LOCATION:Stellenbosch]].""",
    """Heads up [[PERSON:Lorcan]]: the Bitcoin address 1BoatSLRHtKNngkdXEeobR76b53LETtpyT that you whitelisted is now linked to [[PERSON:Lorcan Devereux]]'s profile, along with phone [[PHONE_NUMBER:+353 86 201 4477]] and [[IP_ADDRESS:37.228.241.90]].""",
    """Transaction from [[PERSON:Hemi Walker]] to [[PERSON:Tallulah Grieves]]: NZD 1,250. Card [[CREDIT_CARD:4485 2710 6639 0520]], expiry 01/28. Billing address [[ADDRESS:17B Kauri Lane]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]].""",
    """[[PERSON:Fenella]], your next session with our Lead Wellness Coordinator is on [[DATE_TIME:Wednesday, 4 June, 10:00]]. Arrive at [[ADDRESS:Unit 7, 412 Harbourside Drive]], [[LOCATION:Port Macquarie]] [[LOCATION:NSW]] [[ZIP_CODE:2444]]. TFN on file: [[ID_NUMBER:458 713 021]].""",
    """[[PERSON:Zhou Xinyi]], [[AGE:45]], Principal Tax Architect, [[NRP:Chinese]], passport [[ID_NUMBER:EJ4471290]], will arrive from [[LOCATION:Shenzhen]] on [[DATE_TIME:27/03/2025]]. Desk assigned: [[ADDRESS:Level 21, 1 Raffles Place]], [[LOCATION:Singapore]] [[ZIP_CODE:048616]].""",
    """Dear [[PERSON:Anatolii]], please confirm transfer to [[IBAN_CODE:UA373052990000026206851734402]] for [[PERSON:Anatolii Kravets]]. His RNOKPP [[ID_NUMBER:3191004173]], DOB [[DATE_TIME:14 May 1987]]. The request came from [[IP_ADDRESS:176.36.142.8]].""",
    """[[PERSON:Yevgenia Aksyonova]] (username [[USERNAME:yev.aks]]) reported that her browser with agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 keeps logging her out; her last seen IP was [[IP_ADDRESS:95.165.14.201]].""",
    """[[PERSON:Sir Humphrey Aldous]], your membership renewal for the Harrow Rowing Club is due on [[DATE_TIME:1 April]]. Direct debit from [[IBAN_CODE:GB95LOYD30963411852207]]; contact [[PHONE_NUMBER:07700 900128]] for queries.""",
    """Operator note: [[PERSON:Maximilian Oduya]] ([[USERNAME:mx.oduya]]) reset the BIOS password on asset SN-7F3K-22Q9, MAC 70:85:c2:44:1b:9e, at IP [[IP_ADDRESS:10.8.16.204]] without a change ticket.""",
    """Уважаемая [[PERSON:Алина Рашидовна Хасанова]], ведущий специалист по интеграции! Ваш ноутбук (MAC 4c:ed:fb:90:12:7a, IP [[IP_ADDRESS:83.220.236.14]]) заблокирован. Для разблокировки пришлите дату рождения ([[DATE_TIME:30.01.1992]]) на [[EMAIL_ADDRESS:a.khasanova@kamaprom-it.ru]] или приходите по адресу: [[ADDRESS:ул. Пушкина, д. 7, офис 410]], г. [[LOCATION:Набережные Челны]], [[ZIP_CODE:423800]].""",
    # gretel-like domain documents
    """Medychna kartka patsiienta
PIB: [[PERSON:Hrytsenko Viktoriia Serhiivna]]
Data narodzhennia: [[DATE_TIME:17.02.2001]]
UNZR: [[ID_NUMBER:20010217-06715]]
Adresa: [[ADDRESS:vul. Zelena, 112, kv. 44]], m. [[LOCATION:Lviv]], [[ZIP_CODE:79035]]
Tel.: [[PHONE_NUMBER:+380 93 441 06 27]]
Likar: [[PERSON:Dr. Oleh Matviichuk]]
Diahnoz: hostryi bronkhit. Nastupnyi vizyt: [[DATE_TIME:28.11.2024 o 09:40]]""",
    """INSURANCE CLAIM FORM — Claim No. CLM-2024-0088317
Policyholder: [[PERSON:Margaret Anne Lowry]]
Date of Birth: [[DATE_TIME:June 3, 1959]]
Address: [[ADDRESS:2716 Ridgecrest Lane]], [[LOCATION:Knoxville]], [[LOCATION:TN]] [[ZIP_CODE:37918]]
Phone: [[PHONE_NUMBER:(865) 555-0193]]
Date of Loss: [[DATE_TIME:March 28, 2024]]
Description: Hail damage to roof and rear windows. Adjuster [[PERSON:Curtis Mabry]] inspected the property on [[DATE_TIME:April 2, 2024]].
Policy No.: HO3-77120985""",
    """RESIDENTIAL LEASE AGREEMENT

This Lease is made on [[DATE_TIME:the 1st day of August, 2024]] between [[PERSON:Harold Finch-Morgan]] ("Landlord") and [[PERSON:Adaora Nnamdi]] and [[PERSON:Kelechi Nnamdi]] ("Tenants") for the premises at [[ADDRESS:58 Willowbrook Terrace, Apartment 4C]], [[LOCATION:Columbus]], [[LOCATION:Ohio]] [[ZIP_CODE:43215]]. Rent of $1,475 is due on the first of each month. Tenant contact: [[EMAIL_ADDRESS:adaora.nnamdi@outlook.com]].""",
    """PATIENT INTAKE — Riverside Family Clinic
Name: [[PERSON:Tobias Ekwueme]]   DOB: [[DATE_TIME:1990-10-17]]   Age: [[AGE:34]]
MRN: [[ID_NUMBER:RFC-0047721]]
Insurance member ID: [[ID_NUMBER:WXP884102337]]
Emergency contact: [[PERSON:Chiamaka Ekwueme]] (wife), [[PHONE_NUMBER:614-555-0116]]
Reason for visit: persistent cough, 3 weeks. Allergies: penicillin.""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Rajiv Malhotra]]; Co-applicant: [[PERSON:Sunita Malhotra]]
SSN (applicant): [[US_SSN:455-19-6620]]
Employer: Cedar Point Logistics, Operations Manager, 9 years
Annual income: $112,400
Current address: [[ADDRESS:1409 Brookhaven Dr]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]]
Requested amount: $35,000 for 60 months. Application received [[DATE_TIME:05/21/2024]].""",
    """NOTICE OF HEARING

To: [[PERSON:Desmond Achterberg]]
[[ADDRESS:402 Cypress Hollow Road]]
[[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31405]]

You are hereby notified that a hearing on your unemployment appeal (Docket 24-UI-11873) will be held by telephone on [[DATE_TIME:Tuesday, July 16, 2024 at 9:00 a.m.]] Administrative Law Judge [[PERSON:Patricia Oyelowo]] will call you at [[PHONE_NUMBER:912-555-0174]].""",
    """EMPLOYMENT CONTRACT (extract)
Employee: [[PERSON:Niamh Fitzgerald]], PPSN [[ID_NUMBER:3301856Q]]
Start date: [[DATE_TIME:2 September 2024]]
Position: Senior Data Engineer, Cork office
Salary: €78,000 paid monthly to [[IBAN_CODE:IE91AIBK93224407751139]]
Signed by [[PERSON:Declan Hurley]], Head of People, on [[DATE_TIME:12 August 2024]].""",
    """PRESCRIPTION
Patient: [[PERSON:Eleanor Whitcombe]]   NHS No. [[ID_NUMBER:485 777 3627]]
Address: [[ADDRESS:Flat 2, 9 Abbey Mews]], [[LOCATION:Bath]] [[ZIP_CODE:BA1 1LY]]
Rx: Amlodipine 5 mg, one daily, 28 tablets
Prescriber: [[PERSON:Dr. Kofi Mensah-Bonsu]], GMC 7045521
Date: [[DATE_TIME:09/10/2024]]""",
    """Dear [[PERSON:Mr. Lachlan Burke]],

Re: Notice of Rent Increase — [[ADDRESS:3/27 Station Street]], [[LOCATION:Fairfield]] [[LOCATION:VIC]] [[ZIP_CODE:3078]]

We write to advise that from [[DATE_TIME:1 November 2024]] the weekly rent will increase from $520 to $555. Please contact your property manager, [[PERSON:Sheree Paterson]], on [[PHONE_NUMBER:0400 118 274]] with any questions.""",
    """VETERAN BENEFITS VERIFICATION
Name: [[PERSON:Terrence L. Whitaker]]
Branch: US Army, 1998-2006
SSN: [[US_SSN:229-60-4418]]
DOB: [[DATE_TIME:11 Jan 1976]]
Mailing address: [[ADDRESS:PO Box 1187]], [[LOCATION:Fayetteville]], [[LOCATION:NC]] [[ZIP_CODE:28302]]
Disability rating: 40%""",
    """INCIDENT REPORT — Workplace Injury
Employee: [[PERSON:Rosalind Achebe]], badge [[ID_NUMBER:W-33817]]
Date/time of incident: [[DATE_TIME:18/06/2024 14:20]]
Location: loading bay 3, [[ADDRESS:Unit 12, Trident Business Park]], [[LOCATION:Warrington]] [[ZIP_CODE:WA2 8RB]]
Witness: [[PERSON:Gary Thwaites]]
Summary: slipped on spilled hydraulic fluid; first aid given by [[PERSON:Dawn]] (first aider).""",
    """CREDIT CARD DISPUTE
Cardholder: [[PERSON:Anjali Bhattacharya]]
Card number: [[CREDIT_CARD:5577 0441 3098 6219]]
Disputed charge: $842.19, "ELECTROHUB ONLINE", posted 08/03
Cardholder statement: I did not authorise this purchase; my card was in my possession. Contact me at [[EMAIL_ADDRESS:anjali.b@fastmail.com]] or [[PHONE_NUMBER:+1 (669) 555-0120]].""",
    """STUDENT DISCIPLINARY NOTICE
Student: [[PERSON:Brandon Okafor-Lee]] (ID [[ID_NUMBER:U20198845]])
Meeting: [[DATE_TIME:Friday 22 November, 11:00]], Dean's Office, Whitfield Hall
Allegation: unauthorised access to the shared drive of [[PERSON:Prof. Helen Marsh]] using credentials obtained by shoulder-surfing.
Outcome pending.""",
    """MORTGAGE PAYOFF REQUEST
Borrowers: [[PERSON:Gerald]] and [[PERSON:Maureen Tennyson]]
Property: [[ADDRESS:906 Orchard Hill Road]], [[LOCATION:Harrisburg]], [[LOCATION:PA]] [[ZIP_CODE:17110]]
Loan account: [[ID_NUMBER:0048817265]]
Payoff good-through date: 12/31/2024
Please fax to 717-555-0100 (our office) or email [[EMAIL_ADDRESS:mtennyson52@comcast.net]].""",
    """DATA BREACH NOTIFICATION
[[DATE_TIME:October 14, 2024]]
[[PERSON:Ms. Carmen Villalobos]]
[[ADDRESS:2210 Mesa Verde Ct]]
[[LOCATION:Albuquerque]], [[LOCATION:NM]] [[ZIP_CODE:87111]]
Dear [[PERSON:Ms. Villalobos]], we are writing to inform you that an unauthorized party accessed a file server between September 2 and September 6 that contained your name, Social Security number ending in 7731 and driver's license number [[US_DRIVER_LICENSE:503881672]]. We are offering 24 months of credit monitoring.""",
    """PHISHING REPORT (user-submitted)
Reporter: [[PERSON:Callum Ferreira-Dunn]], Finance, ext 4417
Received: [[DATE_TIME:2024-08-27 08:03 BST]]
From: "DocuSign" <dse_na4@docusign-notices.help>
Subject: Completed: Q3 remittance advice
Link target: hxxps://docusign-notices[.]help/view?id=88ac
Action taken: did not click. Attachments: none. Forwarded to [[PERSON:Harjit Sandhu]] (SOC).""",
    """ACCOUNT TAKEOVER — CASE SUMMARY
Victim: [[PERSON:Oluwadamilare Bankole]] ([[EMAIL_ADDRESS:dami.bankole@gmail.com]])
First malicious login: [[DATE_TIME:2024-06-11 02:17 UTC]] from [[IP_ADDRESS:196.251.69.144]]
Changes made: recovery phone set to [[PHONE_NUMBER:+1 786 555 0161]]; mail filter forwarding all "invoice" mail to [[EMAIL_ADDRESS:d.bankole.invoices@outlook.com]]
Root cause: password reused from a 2021 breach; no MFA.
Analyst: [[PERSON:Sunniva Aas]]""",
    """SOC TICKET #SOC-48221 (P2)
Summary: Brute force followed by successful VPN login
User: [[USERNAME:tkaczmarek]] ([[PERSON:Tomasz Kaczmarek]], Warehouse Ops)
Source IPs: [[IP_ADDRESS:45.155.205.233]], [[IP_ADDRESS:45.155.205.87]]
First failure: 01:02:44, success: [[DATE_TIME:2024-03-30 01:19:03]]
Containment: account disabled, token revoked, user called on [[PHONE_NUMBER:+48 601 224 937]].""",
    """ACCESS REVIEW — Q2
The following leavers still had active accounts on 30 June:
- [[PERSON:Dominic Achterberg]] ([[USERNAME:dachterberg]]), left [[DATE_TIME:14 April 2024]]
- [[PERSON:Saoirse Kinsella]] ([[USERNAME:skinsella]]), left [[DATE_TIME:3 May 2024]]
- [[PERSON:Ahmed El-Sayed]] ([[USERNAME:aelsayed]]), left [[DATE_TIME:28 May 2024]]
Owner: [[PERSON:Gillian Mercer]], IAM lead.""",
    """ЗАЯВЛЕНИЕ
Прошу заблокировать банковскую карту [[CREDIT_CARD:2202 2036 1947 5520]], утерянную [[DATE_TIME:7 октября 2024 г.]]
Заявитель: [[PERSON:Мельников Артём Игоревич]], [[DATE_TIME:12.03.1989]] г.р.
Паспорт: [[ID_NUMBER:45 17 604218]], ИНН [[ID_NUMBER:771204589397]]
Адрес регистрации: г. [[LOCATION:Москва]], [[ADDRESS:ул. Профсоюзная, д. 92, кв. 305]]
Телефон: [[PHONE_NUMBER:8 (903) 771-26-48]]""",
    """ДОГОВІР ОРЕНДИ КВАРТИРИ № 14/24
м. [[LOCATION:Київ]], [[DATE_TIME:1 вересня 2024 р.]]
Орендодавець: [[PERSON:Савчук Володимир Миколайович]], РНОКПП [[ID_NUMBER:2518021711]]
Орендар: [[PERSON:Коваль Дарина Олегівна]], РНОКПП [[ID_NUMBER:3693805585]]
Об'єкт: квартира за адресою [[ADDRESS:вул. Січових Стрільців, 37, кв. 19]], [[ZIP_CODE:04053]]
Оплата на рахунок [[IBAN_CODE:UA493220010000026201022984577]]""",
    """Spravka ob intsidente IB. [[DATE_TIME:18.09.2024 v 23:47 MSK]] s uchetnoi zapisi [[USERNAME:a.gromov]] ([[PERSON:Aleksei Gromov]], otdel zakupok) bylo otpravleno 312 pisem s vlozheniem invoice.zip. Vkhod vypolnen s [[IP_ADDRESS:5.188.206.14]]. Parol' sbroshen, polzovatel' uvedomlen po telefonu [[PHONE_NUMBER:+7 916 305 77 12]].""",
    # Nemotron-like structured snippets
    """{"event": "login_success", "user": "[[USERNAME:mfernandes]]", "full_name": "[[PERSON:Mariana Fernandes]]", "src_ip": "[[IP_ADDRESS:187.45.102.19]]", "ts": "[[DATE_TIME:2024-07-09T03:22:51Z]]", "geo": "[[LOCATION:Belo Horizonte]]", "mfa": false, "ua": "python-requests/2.31.0"}""",
    """2024-04-02 11:46:12,903 WARN  auth.AccountLockout - locking account uid=[[USERNAME:ochukwu]] after 10 failed attempts (last_ip=[[IP_ADDRESS:41.203.72.5]])
2024-04-02 11:46:12,911 INFO  notify.Mailer - lockout notice sent to [[EMAIL_ADDRESS:obinna.chukwu@zenithtrade.ng]]
2024-04-02 11:46:13,002 INFO  scheduler.Job - nightly-reindex queued""",
    """INSERT INTO customers (id, first_name, last_name, dob, email, phone, ssn, zip)
VALUES (40118, '[[PERSON:Bethany]]', '[[PERSON:Kowalski]]', '[[DATE_TIME:1985-08-30]]', '[[EMAIL_ADDRESS:bkowalski85@aol.com]]', '[[PHONE_NUMBER:317-555-0129]]', '[[US_SSN:308-72-1945]]', '[[ZIP_CODE:46220]]'),
       (40119, '[[PERSON:Dev]]', '[[PERSON:Raman]]', '[[DATE_TIME:1993-01-12]]', '[[EMAIL_ADDRESS:devraman@protonmail.com]]', '[[PHONE_NUMBER:317-555-0162]]', '[[US_SSN:317-40-8856]]', '[[ZIP_CODE:46032]]');""",
    """<employee id="E-7731">
  <name>[[PERSON:Siddharth Rao]]</name>
  <email>[[EMAIL_ADDRESS:s.rao@kestrelsoft.in]]</email>
  <mobile>[[PHONE_NUMBER:+91 99001 23874]]</mobile>
  <pan>[[ID_NUMBER:BQRPR4417K]]</pan>
  <aadhaar>[[ID_NUMBER:5281 7430 9625]]</aadhaar>
  <joined>[[DATE_TIME:2021-06-14]]</joined>
  <grade>L5</grade>
</employee>""",
    """# deploy/config/alerts.yaml
oncall:
  primary:
    name: [[PERSON:Aleksandra Wiśniewska]]
    phone: "[[PHONE_NUMBER:+48 512 880 341]]"
    email: [[EMAIL_ADDRESS:a.wisniewska@nordlink.pl]]
  secondary:
    name: [[PERSON:Ravi Subramaniam]]
    phone: "[[PHONE_NUMBER:+44 7911 204 637]]"
escalation_after_minutes: 15
pager_service: ops-critical""",
    """def test_create_user(client):
    payload = {
        "username": "[[USERNAME:hgreenberg]]",
        "name": "[[PERSON:Hannah Greenberg]]",
        "email": "[[EMAIL_ADDRESS:hannah.greenberg@example.org]]",
        "dob": "[[DATE_TIME:1979-03-22]]",
        "card": "[[CREDIT_CARD:4462917728510361]]",
    }
    resp = client.post("/api/v2/users", json=payload)
    assert resp.status_code == 201""",
    """Ticket HD-20931 | Priority: High | Channel: phone
Caller: [[PERSON:Precious Mahlangu]] | Callback: [[PHONE_NUMBER:082 447 1093]]
Issue: cannot log in to payroll portal; says someone changed her banking details. Account username [[USERNAME:pmahlangu]]; last successful login [[DATE_TIME:2024-09-02 18:44]] from [[IP_ADDRESS:105.233.18.77]] (not her usual ISP).
Assigned: [[PERSON:Ruan Steyn]]""",
    """Oct 12 04:13:55 bastion-01 sshd[28811]: Failed password for invalid user oracle from [[IP_ADDRESS:218.92.0.112]] port 41122 ssh2
Oct 12 04:14:02 bastion-01 sshd[28811]: Failed password for invalid user test from [[IP_ADDRESS:218.92.0.112]] port 41130 ssh2
[[DATE_TIME:Oct 12 04:19:40]] bastion-01 sshd[28904]: Accepted publickey for [[USERNAME:lmbeki]] from [[IP_ADDRESS:196.22.140.8]] port 55012 ssh2: ED25519 SHA256:Yt9q2vJk3mD8Lh1xQpR0a7eN4sWcZbFgU6oIiT5yHnE""",
    """{
  "ticket": "SEC-5512",
  "type": "phishing_report",
  "reporter": {"name": "[[PERSON:Imani Wanjiru]]", "email": "[[EMAIL_ADDRESS:i.wanjiru@safaricom-partners.co.ke]]", "phone": "[[PHONE_NUMBER:+254 722 509 183]]"},
  "reported_at": "[[DATE_TIME:2024-11-04T07:58:00+03:00]]",
  "sender": "m-pesa-support@mpesa-verify.online",
  "urls": ["hxxp://mpesa-verify.online/kyc"],
  "clicked": false
}""",
    """[2024-05-17 22:03:11] [[IP_ADDRESS:77.91.124.55]] - - "POST /wp-login.php HTTP/1.1" 200 4411 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
[[[DATE_TIME:2024-05-17 22:03:14]]] [[IP_ADDRESS:77.91.124.55]] - [[USERNAME:editor_janet]] "GET /wp-admin/ HTTP/1.1" 200 18233 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
# janet = [[PERSON:Janet Holloway]], site editor; account had weak password""",
    """-- support DB export (redacted poorly)
SELECT * FROM tickets WHERE id = 99812;
| 99812 | [[PERSON:Kieran Maguire]] | [[EMAIL_ADDRESS:kmaguire@eircom.net]] | [[PHONE_NUMBER:+353 1 496 0772]] | "card [[CREDIT_CARD:5311 9028 4476 0132]] charged twice" | open |""",
    """<?xml version="1.0"?>
<patient>
  <id>[[ID_NUMBER:PT-5590213]]</id>
  <name><given>[[PERSON:Marisol]]</given><family>[[PERSON:Ocampo]]</family></name>
  <birthDate>[[DATE_TIME:2002-09-18]]</birthDate>
  <address><line>[[ADDRESS:77 Calle Ocho, Apt 3]]</line><city>[[LOCATION:Miami]]</city><state>[[LOCATION:FL]]</state><postalCode>[[ZIP_CODE:33135]]</postalCode></address>
  <telecom>[[PHONE_NUMBER:305-555-0137]]</telecom>
</patient>""",
    """# .env.production  (committed by mistake — rotate!)
DB_HOST=[[IP_ADDRESS:10.0.12.44]]
ADMIN_CONTACT=[[EMAIL_ADDRESS:f.okoro@paylane.africa]]
ADMIN_NAME="[[PERSON:Folake Okoro]]"
STRIPE_KEY=sk_live_51Hx8kQ2eZvKYlo2C0a9b8c7d6e5f4
SUPPORT_PHONE=+234 1 631 0000""",
    """AWS CloudTrail excerpt:
{"eventTime": "[[DATE_TIME:2024-10-21T14:07:33Z]]", "eventName": "CreateAccessKey", "userIdentity": {"type": "IAMUser", "userName": "[[USERNAME:r.achterberg]]"}, "sourceIPAddress": "[[IP_ADDRESS:185.243.218.61]]", "userAgent": "aws-cli/2.15.0 Python/3.11.6 Linux/6.5.0"}
Note: [[PERSON:Ruben Achterberg]] confirms he did not create this key.""",
    """Form: New Starter IT Request
Full name: [[PERSON:Teodora Ilić]]
Preferred name: [[PERSON:Teo]]
Start date: [[DATE_TIME:Mon 6 January 2025]]
Manager: [[PERSON:Alasdair Crombie]]
Personal email (for day-one credentials): [[EMAIL_ADDRESS:teodora.ilic@gmx.net]]
Laptop: 14" standard; Software: Figma, Jira
Home address for delivery: [[ADDRESS:21 Mayfield Gardens]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 2BZ]]""",
    """mysql> SELECT name, passport_no, nationality, arrival FROM guests WHERE room = 612;
+-------------------+-------------+-------------+------------+
| name              | passport_no | nationality | arrival    |
+-------------------+-------------+-------------+------------+
| [[PERSON:Yerlan Abenov]]     | [[ID_NUMBER:N11893054]]   | [[NRP:Kazakh]]      | [[DATE_TIME:2024-12-02]] |
| [[PERSON:Saule Abenova]]     | [[ID_NUMBER:N11893061]]   | [[NRP:Kazakh]]      | [[DATE_TIME:2024-12-02]] |
+-------------------+-------------+-------------+------------+""",
    """git log --format='%an <%ae> %ad'
[[PERSON:Shreya Venkatesh]] <[[EMAIL_ADDRESS:shreya.v@hey.com]]> [[DATE_TIME:Tue Mar 5 18:22:10 2024 +0530]]
[[PERSON:Jonas Albrecht]] <[[EMAIL_ADDRESS:jonas.albrecht@posteo.de]]> [[DATE_TIME:Mon Mar 4 09:01:47 2024 +0100]]
dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> Sun Mar 3 02:14:00 2024 +0000""",
    """Okta System Log — user.session.start
actor.alternateId: [[EMAIL_ADDRESS:priya.nair@lumenhealth.com]]
actor.displayName: [[PERSON:Priya Nair]]
client.ipAddress: [[IP_ADDRESS:154.47.23.190]]
client.geographicalContext: [[LOCATION:Amsterdam]], [[LOCATION:Netherlands]]
published: [[DATE_TIME:2024-08-08T23:41:09.412Z]]
outcome.result: SUCCESS
debugContext.threatSuspected: true""",
    """{"customer_id": "[[ID_NUMBER:C-00917734]]", "name": "[[PERSON:Wanjiku Kamau]]", "msisdn": "[[PHONE_NUMBER:254711883402]]", "national_id": "[[ID_NUMBER:28471196]]", "kra_pin": "[[ID_NUMBER:A009571824Q]]", "branch": "Westlands", "loan_limit_kes": 45000}""",
    """Windows Security Event 4625 — An account failed to log on.
Account Name: [[USERNAME:jmcallister]]
Account Domain: CORP
Workstation Name: FIN-LT-0442
Source Network Address: [[IP_ADDRESS:10.40.7.19]]
Failure Reason: Unknown user name or bad password.
Logged: [[DATE_TIME:11/05/2024 2:13:55 AM]]
(Note from analyst: [[PERSON:Jamie McAllister]] was on a flight at this time.)""",
    """CSV attached to phishing report SEC-5620 (harvested by the kit, recovered from its drop box):
timestamp,email,password,ip
[[DATE_TIME:2024-09-14 10:02:11]],[[EMAIL_ADDRESS:l.osei@kumasi-agro.com]],Summer2024!,[[IP_ADDRESS:154.160.3.87]]
[[DATE_TIME:2024-09-14 10:09:45]],[[EMAIL_ADDRESS:efua.mensah@kumasi-agro.com]],Efua@1990,[[IP_ADDRESS:41.66.208.13]]""",
    """const seedUsers = [
  { id: 1, name: "[[PERSON:Ruth Abernathy]]", email: "[[EMAIL_ADDRESS:ruth.abernathy@gmail.com]]", phone: "[[PHONE_NUMBER:+1 503 555 0183]]", role: "admin" },
  { id: 2, name: "[[PERSON:Kofi Boateng]]", email: "[[EMAIL_ADDRESS:kofi.b@yahoo.co.uk]]", phone: "[[PHONE_NUMBER:+44 7700 900455]]", role: "viewer" },
];""",
    """Fail2ban report — jail: postfix-sasl
Banned [[IP_ADDRESS:193.32.162.74]] (12 failures) — tried sasl_username=[[EMAIL_ADDRESS:g.lombardi@trattoria-sole.co.uk]]
Banned [[IP_ADDRESS:80.94.95.226]] (9 failures) — tried sasl_username=info@trattoria-sole.co.uk
Mailbox owner [[PERSON:Gianluca Lombardi]] notified.""",
    """{"order": "ORD-88213", "shipping": {"recipient": "[[PERSON:Bartosz Zieliński]]", "line1": "[[ADDRESS:ul. Piękna 24/26 m. 8]]", "city": "[[LOCATION:Warszawa]]", "postcode": "[[ZIP_CODE:00-549]]", "phone": "[[PHONE_NUMBER:+48 605 117 392]]"}, "payment": {"iban": "[[IBAN_CODE:PL24114020040000350278116437]]"}, "sku": "KB-MX-BRN-01"}""",
    """Zendesk macro output:
Requester: [[PERSON:Harriet Oduya-Blake]] <[[EMAIL_ADDRESS:harriet.ob@icloud.com]]>
Order: #55210-B   Return label: 1Z 999 AA1 01 2345 6784
Refund to card ending 0520 within 5-7 business days.
Agent: [[PERSON:Mateus]]""",
    """{"level":"warn","ts":"[[DATE_TIME:2024-12-03T19:20:44.118+02:00]]","msg":"password reset requested","account":"[[USERNAME:oksana.lysenko]]","ip":"[[IP_ADDRESS:31.128.75.209]]","email":"[[EMAIL_ADDRESS:oksana.lysenko@meta.ua]]","geo":"[[LOCATION:Dnipro]], [[LOCATION:UA]]"}""",
    """<КлиентЗапись>
  <ФИО>[[PERSON:Тимошенко Юлия Андреевна]]</ФИО>
  <ДатаРождения>[[DATE_TIME:1995-07-08]]</ДатаРождения>
  <СНИЛС>[[ID_NUMBER:081-556-392 78]]</СНИЛС>
  <ИНН>[[ID_NUMBER:500317826495]]</ИНН>
  <Телефон>[[PHONE_NUMBER:+7 912 004-81-36]]</Телефон>
  <Email>[[EMAIL_ADDRESS:yu.timoshenko@yandex.ru]]</Email>
</КлиентЗапись>""",
    """Zayavka na dostup VPN
FIO: [[PERSON:Bondarchuk Mykola Petrovych]]
Posada: inzhener z merezhevoi bezpeky
Tel.: [[PHONE_NUMBER:+380 63 902 17 55]]
E-mail: [[EMAIL_ADDRESS:m.bondarchuk@energo-west.com.ua]]
Statychna IP: [[IP_ADDRESS:10.152.4.66]]
Data pochatku dostupu: [[DATE_TIME:04.11.2024]]""",
    """2024-10-01T06:12:09Z kernel: [UFW BLOCK] IN=eth0 SRC=[[IP_ADDRESS:162.216.150.31]] DST=[[IP_ADDRESS:172.31.4.12]] PROTO=TCP DPT=3389
2024-10-01T06:12:10Z kernel: [UFW BLOCK] IN=eth0 SRC=[[IP_ADDRESS:162.216.150.31]] DST=[[IP_ADDRESS:172.31.4.12]] PROTO=TCP DPT=5900
[[DATE_TIME:2024-10-01T06:15:48Z]] sudo: [[USERNAME:hkoh]] : TTY=pts/1 ; PWD=/home/hkoh ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""",
    """Customer profile (CRM export)
Name ............ [[PERSON:Dr. Margit Szabó-Lindqvist]]
Customer no. .... [[ID_NUMBER:CUS-300417]]
Date of birth ... [[DATE_TIME:1968-02-11]]
Phone ........... [[PHONE_NUMBER:+46 70 318 44 92]]
Address ......... [[ADDRESS:Storgatan 14B, lgh 1102]], [[ZIP_CODE:411 38]] [[LOCATION:Göteborg]]
IBAN ............ [[IBAN_CODE:CH8000235291046578401]]
Segment ......... Private Banking""",
    """curl -X POST https://api.internal.example/v1/kyc \\
  -H "Content-Type: application/json" \\
  -d '{"full_name":"[[PERSON:Emeka Nwosu]]","bvn":"[[ID_NUMBER:22184730915]]","dob":"[[DATE_TIME:1987-11-30]]","phone":"[[PHONE_NUMBER:+2348034417720]]","address":"[[ADDRESS:12 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]"}'""",
    """Email header analysis (reported by [[PERSON:Moana Fifita]]):
Return-Path: <bounce@mailer-3.fastsend.biz>
From: "Payroll Team" <payroll@hr-portal-update.com>
To: [[EMAIL_ADDRESS:moana.fifita@auckland-harbour.co.nz]]
Date: Wed, 6 Nov 2024 08:31:02 +1300
Received: from unknown ([[IP_ADDRESS:138.199.60.19]])
Verdict: credential-phishing; sender infrastructure blocked.""",
    """patient_id|name|dob|nhs_no|gp_postcode
[[ID_NUMBER:4471920]]|[[PERSON:Agnes Pritchard-Moyo]]|[[DATE_TIME:04/04/1941]]|[[ID_NUMBER:401 023 2137]]|[[ZIP_CODE:NG7 2UH]]
(row pulled from the misconfigured export job, incident INC-7781)""",
    """Splunk alert: Suspicious inbox rule
_time=[[DATE_TIME:2024-07-22 13:05:47]] user=[[EMAIL_ADDRESS:kavita.joshi@brightwell.co.uk]] rule_name=".." action=MoveToFolder folder=RSS Subscriptions condition="subject contains 'payment'" client_ip=[[IP_ADDRESS:45.86.202.17]]
Owner: [[PERSON:Kavita Joshi]], Accounts Payable — called at [[DATE_TIME:13:40 on 22 July]], confirmed she did not create the rule.""",
    """Dear valued customer [[PERSON:Rhys Llewellyn]], a login to your account was detected from a new location: [[LOCATION:Bucharest]], [[LOCATION:Romania]] (IP [[IP_ADDRESS:86.124.19.230]]) on [[DATE_TIME:Saturday 9 November 2024 at 03:14]]. If this was not you, call us on 0800 028 4040 (free) quoting customer number [[ID_NUMBER:77120458]].""",
    """KYC record
Name: [[PERSON:Lim Wei Jie]]
NRIC: [[ID_NUMBER:S8834127I]]
DOB: [[DATE_TIME:12 Aug 1988]]
Address: [[ADDRESS:Blk 214 Bishan Street 23, #07-118]], [[LOCATION:Singapore]] [[ZIP_CODE:570214]]
Mobile: [[PHONE_NUMBER:+65 9123 4870]]
Source of funds: salary""",
]

TABLE = [
    """emp_id,first_name,last_name,dept,start_date,direct_line
[[ID_NUMBER:E1042]],[[PERSON:Aaliyah]],[[PERSON:Bernstein]],Finance,[[DATE_TIME:2019-03-04]],[[PHONE_NUMBER:+1 617 555 0104]]
[[ID_NUMBER:E1187]],[[PERSON:Tariq]],[[PERSON:Mahmood]],Legal,[[DATE_TIME:2021-11-15]],[[PHONE_NUMBER:+1 617 555 0178]]
[[ID_NUMBER:E1203]],[[PERSON:Colm]],[[PERSON:Brennan]],IT,[[DATE_TIME:2022-06-01]],[[PHONE_NUMBER:+1 617 555 0122]]""",
    """| Patient | DOB | Clinic | Appointment | Room |
|---|---|---|---|---|
| [[PERSON:Gladys Okonjo]] | [[DATE_TIME:14/03/1950]] | Cardiology | [[DATE_TIME:02/12/2024 09:30]] | 4B |
| [[PERSON:Ibrahim Sesay]] | [[DATE_TIME:30/07/1972]] | Dermatology | [[DATE_TIME:02/12/2024 10:15]] | 2A |
| [[PERSON:Pauline Marchetti]] | [[DATE_TIME:09/01/1988]] | Cardiology | [[DATE_TIME:02/12/2024 11:00]] | 4B |""",
    "user\tsrc_ip\tcountry\tfirst_seen\tverdict\n[[USERNAME:a.moreau]]\t[[IP_ADDRESS:89.187.171.40]]\t[[LOCATION:Netherlands]]\t[[DATE_TIME:2024-10-02 03:11]]\tmalicious\n[[USERNAME:jpatel]]\t[[IP_ADDRESS:49.36.120.7]]\t[[LOCATION:India]]\t[[DATE_TIME:2024-10-02 09:45]]\tbenign (travel)\n[[USERNAME:t.ngata]]\t[[IP_ADDRESS:125.236.201.14]]\t[[LOCATION:New Zealand]]\t[[DATE_TIME:2024-10-03 21:02]]\tbenign\n[[USERNAME:s.achebe]]\t[[IP_ADDRESS:194.26.29.113]]\t[[LOCATION:Russia]]\t[[DATE_TIME:2024-10-04 00:57]]\tmalicious",
    """{"member_no": "[[ID_NUMBER:GYM-55012]]", "name": "[[PERSON:Lwazi Ndlovu]]", "plan": "Off-peak", "mobile": "[[PHONE_NUMBER:072 118 4490]]", "joined": "[[DATE_TIME:2023-01-09]]"}
{"member_no": "[[ID_NUMBER:GYM-55013]]", "name": "[[PERSON:Carla Botha]]", "plan": "Anytime", "mobile": "[[PHONE_NUMBER:083 552 1067]]", "joined": "[[DATE_TIME:2023-01-11]]"}
{"member_no": "[[ID_NUMBER:GYM-55019]]", "name": "[[PERSON:Yusuf Patel]]", "plan": "Student", "mobile": "[[PHONE_NUMBER:061 340 2285]]", "joined": "[[DATE_TIME:2023-01-20]]"}""",
    """emergency_contacts:
  - name: [[PERSON:Hollis Greenaway]]
    relation: father
    phone: "[[PHONE_NUMBER:(503) 555-0147]]"
  - name: [[PERSON:Marjorie Greenaway]]
    relation: mother
    phone: "[[PHONE_NUMBER:(503) 555-0191]]"
    email: [[EMAIL_ADDRESS:marj.greenaway@frontier.com]]
  - name: [[PERSON:Dr. Felix Amankwah]]
    relation: family doctor
    phone: 503-555-0100 (surgery line)""",
    """Name: [[PERSON:Rosalie Tremblay]]
SIN: [[ID_NUMBER:290 341 551]]
Date of birth: [[DATE_TIME:1983-05-27]]
Province: [[LOCATION:Quebec]]
Status: active

Name: [[PERSON:Owen Kapoor]]
SIN: [[ID_NUMBER:711 883 025]]
Date of birth: [[DATE_TIME:1996-10-08]]
Province: [[LOCATION:British Columbia]]
Status: on leave""",
    """EMP#   NAME                   GRADE  ACCOUNT        PAY DATE
[[ID_NUMBER:00412]]  [[PERSON:Harjeet Kaur Sandhu]]    B2     [[ID_NUMBER:31824077]]       28-Jun
[[ID_NUMBER:00418]]  [[PERSON:Morgan Ellis-Yates]]     C1     [[ID_NUMBER:60211593]]       28-Jun
[[ID_NUMBER:00433]]  [[PERSON:Samuel Adjei]]           B1     [[ID_NUMBER:44107862]]       28-Jun""",
    """ФИО;Дата рождения;Телефон;Город;Должность
[[PERSON:Соколова Анна Викторовна]];[[DATE_TIME:11.04.1990]];[[PHONE_NUMBER:+7 921 340-55-18]];[[LOCATION:Санкт-Петербург]];бухгалтер
[[PERSON:Ахмедов Рустам Ильдарович]];[[DATE_TIME:02.09.1985]];[[PHONE_NUMBER:+7 987 611-04-92]];[[LOCATION:Уфа]];инженер
[[PERSON:Ким Виктор Сергеевич]];[[DATE_TIME:23.12.1978]];[[PHONE_NUMBER:+7 914 275-30-67]];[[LOCATION:Владивосток]];начальник смены""",
    """| ПІБ | Email | Відділ | Дата прийому |
|-----|-------|--------|--------------|
| [[PERSON:Шевченко Оксана Іванівна]] | [[EMAIL_ADDRESS:o.shevchenko@agrosvit.ua]] | Маркетинг | [[DATE_TIME:03.02.2022]] |
| [[PERSON:Ткаченко Богдан Романович]] | [[EMAIL_ADDRESS:b.tkachenko@agrosvit.ua]] | ІТ | [[DATE_TIME:15.08.2023]] |
| [[PERSON:Лисенко Марія Петрівна]] | [[EMAIL_ADDRESS:m.lysenko@agrosvit.ua]] | Фінанси | [[DATE_TIME:01.04.2024]] |""",
    """tenant,unit,address,lease_start,rent_gbp,contact
[[PERSON:Hollie Dawes]],[[ADDRESS:Flat 1]],[[ADDRESS:44 Mill Lane]],[[DATE_TIME:01/09/2023]],950,[[PHONE_NUMBER:07700 900511]]
[[PERSON:Femi Adebayo]],[[ADDRESS:Flat 2]],[[ADDRESS:44 Mill Lane]],[[DATE_TIME:15/10/2023]],975,[[PHONE_NUMBER:07700 900233]]
[[PERSON:Agnieszka Nowak]],[[ADDRESS:Flat 3]],[[ADDRESS:44 Mill Lane]],[[DATE_TIME:01/02/2024]],1020,[[PHONE_NUMBER:07700 900764]]""",
    """attendee|company|email|dietary|badge
[[PERSON:Tomasz Wrona]]|Veritek|[[EMAIL_ADDRESS:tomasz.wrona@veritek.pl]]|vegetarian|SPEAKER
[[PERSON:Adwoa Boakye]]|Sankofa Labs|[[EMAIL_ADDRESS:adwoa@sankofalabs.com]]|none|ATTENDEE
[[PERSON:Ruairí Ó Súilleabháin]]|Cliste AI|[[EMAIL_ADDRESS:ruairi.os@cliste.ie]]|gluten-free|ATTENDEE
[[PERSON:Mei Tanaka]]|Kumo Systems|[[EMAIL_ADDRESS:m.tanaka@kumo.jp]]|halal|SPONSOR""",
    """name	age	sex	ward	admitted
[[PERSON:Reginald Okwu]]	[[AGE:67]]	M	Ward 7	[[DATE_TIME:2024-11-18]]
[[PERSON:Fatima Zahra Benali]]	[[AGE:41]]	F	Ward 3	[[DATE_TIME:2024-11-19]]
[[PERSON:Kenneth Lau]]	[[AGE:8]]	M	Paeds	[[DATE_TIME:2024-11-19]]""",
    """{"ts": "[[DATE_TIME:2024-06-03T08:14:22Z]]", "user": "[[EMAIL_ADDRESS:c.obrien@harbourfreight.ie]]", "action": "clicked_link", "campaign": "Q2-sim-07", "ip": "[[IP_ADDRESS:10.60.3.118]]"}
{"ts": "[[DATE_TIME:2024-06-03T08:15:40Z]]", "user": "[[EMAIL_ADDRESS:n.farouk@harbourfreight.ie]]", "action": "submitted_credentials", "campaign": "Q2-sim-07", "ip": "[[IP_ADDRESS:10.60.3.201]]"}
{"ts": "[[DATE_TIME:2024-06-03T08:21:09Z]]", "user": "[[EMAIL_ADDRESS:g.whelan@harbourfreight.ie]]", "action": "reported", "campaign": "Q2-sim-07", "ip": "[[IP_ADDRESS:10.60.4.17]]"}""",
    """plate,make,model,colour,owner,permit_expiry
[[ID_NUMBER:YK21 HVT]],Ford,Fiesta,blue,[[PERSON:Kirsty Blackwood]],2025-03-31
[[ID_NUMBER:BD68 PLX]],Toyota,Yaris,silver,[[PERSON:Imran Chaudhry]],2025-01-31
[[ID_NUMBER:MX19 WRF]],Kia,Niro,white,[[PERSON:Delroy Campbell]],2025-06-30""",
    """| Payee | IBAN | BIC | Reference |
|-------|------|-----|-----------|
| [[PERSON:Jan de Groot]] | [[IBAN_CODE:NL59 RABO 0312 8965 49]] | RABONL2U | Invoice 2024-117 |
| [[PERSON:Sanne Visser]] | [[IBAN_CODE:NL89 ABNA 0541 2098 76]] | ABNANL2A | Deposit refund |
| [[PERSON:Lukas Brandt]] | [[IBAN_CODE:DE75 1002 0500 0004 9137 00]] | BFSWDE33BER | Expenses Oct |""",
    """CARDHOLDER            CARD NUMBER            EXP    LAST USE
[[PERSON:Nadia Rahman]]          [[CREDIT_CARD:4571 7360 0291 8431]]    04/27  [[DATE_TIME:2024-11-02]]
[[PERSON:George Papadakis]]      [[CREDIT_CARD:5236 8871 0349 5524]]    12/25  [[DATE_TIME:2024-10-29]]
[[PERSON:Wendy Ocampo]]          [[CREDIT_CARD:6011 0009 9013 9424]]    07/26  [[DATE_TIME:2024-11-05]]""",
    """- username: [[USERNAME:kofi.asamoah]]
  vpn_ip: [[IP_ADDRESS:10.200.1.14]]
  mfa: totp
  enrolled: [[DATE_TIME:2024-02-11]]
- username: [[USERNAME:e.vasquez]]
  vpn_ip: [[IP_ADDRESS:10.200.1.15]]
  mfa: sms
  mfa_phone: "[[PHONE_NUMBER:+1 915 555 0132]]"
  enrolled: [[DATE_TIME:2024-02-12]]
- username: [[USERNAME:hwinter]]
  vpn_ip: [[IP_ADDRESS:10.200.1.22]]
  mfa: fido2
  enrolled: [[DATE_TIME:2024-03-01]]""",
    """Student ID | Name | Year | Guardian | Guardian phone
[[ID_NUMBER:S24-0118]] | [[PERSON:Arjun Menon]] | 7 | [[PERSON:Lakshmi Menon]] | [[PHONE_NUMBER:0421 337 802]]
[[ID_NUMBER:S24-0131]] | [[PERSON:Isla McKenzie]] | 7 | [[PERSON:Fraser McKenzie]] | [[PHONE_NUMBER:0438 115 690]]
[[ID_NUMBER:S24-0147]] | [[PERSON:Ngaio Rangi]] | 8 | [[PERSON:Hine Rangi]] | [[PHONE_NUMBER:0402 774 319]]""",
    """donor_name,amount_usd,method,donated_on,city,state
[[PERSON:Eleanor Voss]],250,check,[[DATE_TIME:11/02/2024]],[[LOCATION:Madison]],[[LOCATION:WI]]
[[PERSON:Marcus Delacroix]],1000,card,[[DATE_TIME:11/04/2024]],[[LOCATION:Baton Rouge]],[[LOCATION:LA]]
Anonymous,75,cash,,,
[[PERSON:Soo-ah Jeon]],120,ACH,[[DATE_TIME:11/09/2024]],[[LOCATION:Fort Lee]],[[LOCATION:NJ]]""",
    """guest_name       nationality   passport      room  check_in
[[PERSON:Matteo Ricci]]     [[NRP:Italian]]       [[ID_NUMBER:YA4417206]]     301   [[DATE_TIME:14 Oct]]
[[PERSON:Leila Farahani]]   [[NRP:Iranian]]       [[ID_NUMBER:Z38610452]]     302   [[DATE_TIME:14 Oct]]
[[PERSON:Ayesha Siddiqui]]  [[NRP:Pakistani]]     [[ID_NUMBER:BK9921774]]     305   [[DATE_TIME:15 Oct]]""",
    """{"id": 1, "full_name": "[[PERSON:Demetrius Hale]]", "ssn": "[[US_SSN:414-58-2093]]", "dob": "[[DATE_TIME:1969-12-01]]", "state": "[[LOCATION:SC]]"}
{"id": 2, "full_name": "[[PERSON:Rochelle Banks]]", "ssn": "[[US_SSN:248-11-7305]]", "dob": "[[DATE_TIME:1977-06-16]]", "state": "[[LOCATION:NC]]"}
{"id": 3, "full_name": "[[PERSON:Luis Ortega]]", "ssn": "[[US_SSN:523-90-4411]]", "dob": "[[DATE_TIME:1990-02-08]]", "state": "[[LOCATION:CO]]"}""",
    """Volunteer rota — Saturday food bank
Name              Shift        Mobile
[[PERSON:Bridget Hanlon]]    08:00-11:00  [[PHONE_NUMBER:085 112 4478]]
[[PERSON:Tunde Olawale]]     08:00-11:00  [[PHONE_NUMBER:089 460 2231]]
[[PERSON:Agata Kowal]]       11:00-14:00  [[PHONE_NUMBER:087 915 3306]]
[[TITLE:fr.]] [[PERSON:Liam]]          11:00-14:00  (parish office)""",
    """host,ip,owner,os,last_patch
fin-ws-011,[[IP_ADDRESS:10.12.4.11]],[[PERSON:Rachel Osei]],Win11 23H2,2024-10-08
fin-ws-014,[[IP_ADDRESS:10.12.4.14]],[[PERSON:Viktor Horváth]],Win11 23H2,2024-09-10
build-03,[[IP_ADDRESS:10.12.9.3]],(service),Ubuntu 22.04,2024-10-15
hr-ws-002,[[IP_ADDRESS:10.12.6.2]],[[PERSON:Amara Diallo]],Win10 22H2,2024-07-09""",
    """| Claimant | Policy | Incident date | Phone | Adjuster |
| :-- | :-- | :-- | :-- | :-- |
| [[PERSON:Ronan Keating-Walsh]] | MTR-4471209 | [[DATE_TIME:3 Sep 2024]] | [[PHONE_NUMBER:+353 87 221 6054]] | [[PERSON:Orla Dunne]] |
| [[PERSON:Zainab Yusuf]] | HSE-0093318 | [[DATE_TIME:11 Sep 2024]] | [[PHONE_NUMBER:+353 85 704 1192]] | [[PERSON:Orla Dunne]] |
| [[PERSON:Piotr Lewandowski]] | MTR-4480031 | [[DATE_TIME:19 Sep 2024]] | [[PHONE_NUMBER:+353 83 660 9017]] | [[PERSON:Cian Roche]] |""",
    """record: 1
  name: [[PERSON:Thandiwe Mthembu]]
  id_number: [[ID_NUMBER:6509112415082]]
  city: [[LOCATION:Durban]]
  employer: Umgeni Water
record: 2
  name: [[PERSON:Johan van Rensburg]]
  id_number: [[ID_NUMBER:8206046337080]]
  city: [[LOCATION:Bloemfontein]]
  employer: self-employed""",
    "Имя пользователя\tIP\tВремя входа\tРезультат\n[[USERNAME:petrov.ds]]\t[[IP_ADDRESS:92.63.197.48]]\t[[DATE_TIME:12.08.2024 02:41]]\tуспех\n[[USERNAME:zaitseva.e]]\t[[IP_ADDRESS:178.176.30.11]]\t[[DATE_TIME:12.08.2024 09:05]]\tуспех\n[[USERNAME:orlov.m]]\t[[IP_ADDRESS:92.63.197.48]]\t[[DATE_TIME:12.08.2024 02:44]]\tотказ",
    """PIB, Telefon, Misto, Vik
[[PERSON:Iryna Kovalchuk]], [[PHONE_NUMBER:+380 66 512 38 71]], [[LOCATION:Kharkiv]], [[AGE:37]]
[[PERSON:Serhii Melnyk]], [[PHONE_NUMBER:+380 97 004 22 16]], [[LOCATION:Odesa]], [[AGE:52]]
[[PERSON:Nazar Hrytsai]], [[PHONE_NUMBER:+380 68 731 90 45]], [[LOCATION:Ternopil]], [[AGE:24]]""",
    """customer: [[PERSON:Beatriz Coelho]]
email: [[EMAIL_ADDRESS:bia.coelho@sapo.pt]]
phone: "[[PHONE_NUMBER:+351 912 448 306]]"
loyalty_no: [[ID_NUMBER:LX-220914]]
tier: gold
---
customer: [[PERSON:Hamish Drummond]]
email: [[EMAIL_ADDRESS:hamish.drummond@btinternet.com]]
phone: "[[PHONE_NUMBER:+44 7700 900902]]"
loyalty_no: [[ID_NUMBER:LX-220977]]
tier: silver""",
    """Trial participant log (site 04)
PID        Initials  Age  Arm      Consented
[[ID_NUMBER:04-0031]]    [[PERSON:J.K.]]      [[AGE:58]]   placebo  [[DATE_TIME:2024-04-02]]
[[ID_NUMBER:04-0032]]    [[PERSON:M.O.]]      [[AGE:61]]   active   [[DATE_TIME:2024-04-02]]
[[ID_NUMBER:04-0033]]    [[PERSON:A.R.S.]]    [[AGE:49]]   active   [[DATE_TIME:2024-04-05]]""",
    """first,last,email,signup_ip,country
[[PERSON:Quentin]],[[PERSON:Abara]],[[EMAIL_ADDRESS:q.abara@gmail.com]],[[IP_ADDRESS:105.112.44.9]],[[LOCATION:Nigeria]]
[[PERSON:Elif]],[[PERSON:Yıldız]],[[EMAIL_ADDRESS:elifyildiz@hotmail.com]],[[IP_ADDRESS:88.230.17.101]],[[LOCATION:Turkey]]
[[PERSON:Mateo]],[[PERSON:Quispe]],[[EMAIL_ADDRESS:mquispe@outlook.com]],[[IP_ADDRESS:190.235.62.18]],[[LOCATION:Peru]]""",
    """| # | Pupil | DOB | Allergy | Parent email |
|---|-------|-----|---------|--------------|
| 1 | [[PERSON:Freya Lindgren]] | [[DATE_TIME:2017-08-14]] | nuts | [[EMAIL_ADDRESS:karin.lindgren@icloud.com]] |
| 2 | [[PERSON:Omar Haddad]] | [[DATE_TIME:2017-11-02]] | — | [[EMAIL_ADDRESS:r.haddad@yahoo.com]] |
| 3 | [[PERSON:Zoe Papadopoulos]] | [[DATE_TIME:2018-01-25]] | dairy | [[EMAIL_ADDRESS:nick.papadopoulos@gmail.com]] |
| 4 | [[PERSON:Tane Whaanga]] | [[DATE_TIME:2017-09-30]] | — | [[EMAIL_ADDRESS:whaanga.whanau@xtra.co.nz]] |""",
    """courier_manifest.tsv
tracking	recipient	address	postcode	phone
JD014477210GB	[[PERSON:Ellen Mowbray]]	[[ADDRESS:3 Orchard Close]]	[[ZIP_CODE:SN8 1QA]]	[[PHONE_NUMBER:07700 900340]]
JD014477211GB	[[PERSON:Ravi Chandran]]	[[ADDRESS:Flat 9, Carlton House, 12 Broad St]]	[[ZIP_CODE:RG1 2BH]]	[[PHONE_NUMBER:07700 900871]]
JD014477212GB	[[PERSON:Bronwen Hughes]]	[[ADDRESS:Ty Gwyn, Heol y Bryn]]	[[ZIP_CODE:SA44 6LT]]	[[PHONE_NUMBER:07700 900126]]""",
    """account_id,holder,opened,balance,branch
[[ID_NUMBER:0012 7734 5521]],[[PERSON:Kagiso Molefe]],[[DATE_TIME:2016-05-19]],R 14 220.00,Rosebank
[[ID_NUMBER:0012 7734 6098]],[[PERSON:Lerato Molefe]],[[DATE_TIME:2019-02-01]],R 3 105.50,Rosebank
[[ID_NUMBER:0012 8890 1147]],[[PERSON:Pieter Nel]],[[DATE_TIME:2021-08-23]],R 58 900.12,Sandton""",
    """{"alert_id": "A-7712", "user": "[[USERNAME:m.oyelaran]]", "name": "[[PERSON:Michael Oyelaran]]", "rule": "Impossible travel", "ips": "[[IP_ADDRESS:81.2.69.144]] / [[IP_ADDRESS:103.86.99.20]]", "when": "[[DATE_TIME:2024-09-28 06:40 UTC]]"}
{"alert_id": "A-7713", "user": "[[USERNAME:c.nakamura]]", "name": "[[PERSON:Chie Nakamura]]", "rule": "Mass download", "ips": "[[IP_ADDRESS:10.4.8.91]]", "when": "[[DATE_TIME:2024-09-28 07:02 UTC]]"}""",
    """Name                     Rank     Service No.   Unit
[[PERSON:Aroha Tuhiwai]]            Cpl      [[ID_NUMBER:R1047729]]      2/1 RNZIR
[[PERSON:Brendan Sheehy]]           LCpl     [[ID_NUMBER:R1051183]]      2/1 RNZIR
[[PERSON:Jasmine Ward]]             Pte      [[ID_NUMBER:R1063390]]      QAMR""",
    """Property owner register (extract)
Owner: [[PERSON:Cyril Ambrose Teague]] | Parcel: 07-114-22 | Address: [[ADDRESS:1600 Old Mill Road]], [[LOCATION:Lexington]], [[LOCATION:KY]] [[ZIP_CODE:40509]] | Acquired: [[DATE_TIME:12/19/2008]]
Owner: [[PERSON:Hye-jin Cho]] | Parcel: 07-114-23 | Address: [[ADDRESS:1604 Old Mill Road]], [[LOCATION:Lexington]], [[LOCATION:KY]] [[ZIP_CODE:40509]] | Acquired: [[DATE_TIME:03/02/2020]]
Owner: Teague Family Trust | Parcel: 07-114-24 | Address: vacant lot | Acquired: 1998""",
    """contact_name;role;mobile;email
[[PERSON:Oluwakemi Adisa]];Procurement lead;[[PHONE_NUMBER:+234 802 114 5530]];[[EMAIL_ADDRESS:kemi.adisa@lekkiports.com]]
[[PERSON:Musa Garba]];Site engineer;[[PHONE_NUMBER:+234 706 338 0912]];[[EMAIL_ADDRESS:m.garba@lekkiports.com]]
Reception;—;+234 1 270 4400;info@lekkiports.com""",
    """| Name | Aadhaar | PAN | Mobile | City |
|------|---------|-----|--------|------|
| [[PERSON:Meenakshi Sundaram]] | [[ID_NUMBER:4012 6657 3146]] | [[ID_NUMBER:AKTPS7712M]] | [[PHONE_NUMBER:94440 18263]] | [[LOCATION:Chennai]] |
| [[PERSON:Gurpreet Singh Bedi]] | [[ID_NUMBER:8601 5592 0731]] | [[ID_NUMBER:BFZPB0931Q]] | [[PHONE_NUMBER:98140 77205]] | [[LOCATION:Ludhiana]] |""",
    """- {user: [[USERNAME:zara.h]], email: [[EMAIL_ADDRESS:zara.hussain@tillerbank.co.uk]], last_login: "[[DATE_TIME:2024-11-10 08:02]]", locked: false}
- {user: [[USERNAME:d.mcgrath]], email: [[EMAIL_ADDRESS:declan.mcgrath@tillerbank.co.uk]], last_login: "[[DATE_TIME:2024-09-30 17:45]]", locked: true}
- {user: svc-reporting, email: reporting@tillerbank.co.uk, last_login: "2024-11-11 00:00", locked: false}""",
    """Surname, Given names, Sex, Date of birth, Place of birth, Nationality
[[PERSON:OKAFOR]], [[PERSON:CHINEDU EMMANUEL]], M, [[DATE_TIME:04 APR 1992]], [[LOCATION:ENUGU]], [[NRP:NIGERIAN]]
[[PERSON:MBEKI]], [[PERSON:NOMSA]], F, [[DATE_TIME:19 DEC 1987]], [[LOCATION:EAST LONDON]], [[NRP:SOUTH AFRICAN]]
[[PERSON:RAHMAN]], [[PERSON:TANVIR]], M, [[DATE_TIME:30 JUN 1979]], [[LOCATION:SYLHET]], [[NRP:BRITISH]]""",
    """ticket   opened       requester           issue                       callback
INC4410  2024-10-01   [[PERSON:Ashleigh Rowe]]       MFA phone lost              [[PHONE_NUMBER:0412 905 377]]
INC4413  2024-10-01   [[PERSON:Mohammed Al-Rashid]]  mailbox full                ext 3310
INC4420  2024-10-02   [[PERSON:Ngaire Tipene]]       suspicious login alert      [[PHONE_NUMBER:021 448 903]]
INC4427  2024-10-02   [[PERSON:Ben Cartwright]]      printer offline             ext 3122""",
    """Клієнт: [[PERSON:Гончаренко Андрій Васильович]]
Дата народження: [[DATE_TIME:23.08.1979]]
РНОКПП: [[ID_NUMBER:2908930630]]
Телефон: [[PHONE_NUMBER:+380 44 235 71 90]]
Картка: [[CREDIT_CARD:4149 6090 0182 7742]]
Рахунок: [[IBAN_CODE:UA663005280000026009517306418]]
Статус: VIP""",
    '''"Name","Email","Phone","Joined","Country"
"[[PERSON:Ana Lúcia Prado]]","[[EMAIL_ADDRESS:analucia.prado@uol.com.br]]","[[PHONE_NUMBER:+55 11 98472-3310]]","[[DATE_TIME:2022-07-04]]","[[LOCATION:Brazil]]"
"[[PERSON:Kwesi Appiah]]","[[EMAIL_ADDRESS:kwesi.appiah@gmail.com]]","[[PHONE_NUMBER:+233 24 418 7702]]","[[DATE_TIME:2022-07-05]]","[[LOCATION:Ghana]]"
"[[PERSON:Hannah Schmid]]","[[EMAIL_ADDRESS:hannah.schmid@bluewin.ch]]","[[PHONE_NUMBER:+41 79 552 18 04]]","[[DATE_TIME:2022-07-09]]","[[LOCATION:Switzerland]]"''',
    """| MAC | IP | Hostname | Assigned to | Seen |
|-----|----|----------|-------------|------|
| 58:6d:8f:11:a2:3c | [[IP_ADDRESS:192.168.10.21]] | iPhone-Sam | [[PERSON:Samantha Reyes]] | 09:14 |
| b4:2e:99:07:5d:e1 | [[IP_ADDRESS:192.168.10.34]] | DESKTOP-7QK2 | [[PERSON:Li Na]] | 09:20 |
| 3c:a6:f6:90:11:0b | [[IP_ADDRESS:192.168.10.57]] | unknown | — | 03:02 |""",
    """name: [[PERSON:Kaveh Rostami]]
title: Senior Security Engineer
phone: [[PHONE_NUMBER:+1 (206) 555-0166]]
pgp: 4E1F 9A20 7C33 B8D1 0F52  6A9E 2C77 D140 8B3A F095
github: [[URL:github.com/krostami]]

name: [[PERSON:Lucía Benítez]]
title: Threat Intel Analyst
phone: [[PHONE_NUMBER:+1 (206) 555-0129]]
github: [[URL:github.com/lbenitez-ti]]""",
    """Borrower           Loan No.     Amount     Disbursed    Phone
[[PERSON:Achieng Otieno]]     KE-LN-80031  KES 25,000 [[DATE_TIME:02/05/2024]]   [[PHONE_NUMBER:0712 448 019]]
[[PERSON:Kiprono Chebet]]     KE-LN-80034  KES 40,000 [[DATE_TIME:03/05/2024]]   [[PHONE_NUMBER:0722 903 551]]
[[PERSON:Wairimu Njoroge]]    KE-LN-80042  KES 12,500 [[DATE_TIME:06/05/2024]]   [[PHONE_NUMBER:0733 210 864]]""",
    """{"name":"[[PERSON:Isabelle Fournier-Kaya]]","tfn":"[[ID_NUMBER:326 190 579]]","super_fund":"AustralianSuper","member_no":"[[ID_NUMBER:700194822]]","dob":"[[DATE_TIME:1986-07-21]]"}
{"name":"[[PERSON:Duc Anh Pham]]","tfn":"[[ID_NUMBER:873 104 468]]","super_fund":"HESTA","member_no":"[[ID_NUMBER:912044183]]","dob":"[[DATE_TIME:1993-03-09]]"}""",
    """Surname | First name | NHS number | Postcode | Next appt
[[PERSON:Ashworth]] | [[PERSON:Dennis]] | [[ID_NUMBER:612 094 8376]] | [[ZIP_CODE:LS6 3HN]] | [[DATE_TIME:Tue 3 Dec 14:10]]
[[PERSON:Begum]] | [[PERSON:Rokeya]] | [[ID_NUMBER:738 201 5548]] | [[ZIP_CODE:BD8 7QP]] | [[DATE_TIME:Wed 4 Dec 09:00]]
[[PERSON:O'Neill]] | [[PERSON:Siobhán]] | [[ID_NUMBER:450 918 2635]] | [[ZIP_CODE:LS11 5DT]] | —""",
    """driver_license,state,name,dob,expires
[[US_DRIVER_LICENSE:D420-7713-9055]],[[LOCATION:FL]],[[PERSON:Tamika Rollins]],[[DATE_TIME:1991-04-12]],2029-04-12
[[US_DRIVER_LICENSE:S53018846]],[[LOCATION:CA]],[[PERSON:Ernesto Villanueva]],[[DATE_TIME:1966-09-30]],2027-09-30
[[US_DRIVER_LICENSE:147 889 302]],[[LOCATION:TX]],[[PERSON:Brooke Hensley]],[[DATE_TIME:2000-01-05]],2030-01-05""",
    """Обращения в службу безопасности (неделя 46)
№ | Сотрудник | Тип | Дата | Телефон
1 | [[PERSON:Романова Е. А.]] | фишинг | [[DATE_TIME:11.11.2024]] | доб. 2214
2 | [[PERSON:Гусев Павел]] | утеря пропуска | [[DATE_TIME:12.11.2024]] | [[PHONE_NUMBER:+7 903 118-66-20]]
3 | [[PERSON:Нуриев Тимур Ринатович]] | взлом почты | [[DATE_TIME:14.11.2024]] | [[PHONE_NUMBER:+7 917 442-09-31]]""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: oncall-roster
data:
  week45: "[[PERSON:Hugo Lindahl]] <[[EMAIL_ADDRESS:hugo.lindahl@stormgate.se]]>"
  week46: "[[PERSON:Aisha Bello]] <[[EMAIL_ADDRESS:aisha.bello@stormgate.se]]>"
  week47: "[[PERSON:Per Ekström]] <[[EMAIL_ADDRESS:per.ekstrom@stormgate.se]]>"
  escalation: soc@stormgate.se""",
    """ID,Name,Date of Birth,Age,Ethnicity,Religion
[[ID_NUMBER:P-1102]],[[PERSON:Noor Aziz]],[[DATE_TIME:2001-03-15]],[[AGE:23]],[[NRP:Pakistani]],[[NRP:Muslim]]
[[ID_NUMBER:P-1103]],[[PERSON:Eitan Cohen]],[[DATE_TIME:1998-11-20]],[[AGE:25]],[[NRP:Israeli]],[[NRP:Jewish]]
[[ID_NUMBER:P-1104]],[[PERSON:Grace Mensah]],[[DATE_TIME:2000-06-02]],[[AGE:24]],[[NRP:Ghanaian]],[[NRP:Christian]]""",
    """| Shopper | Card | Exp | Amount | Flag |
|---|---|---|---|---|
| [[PERSON:Lydia Fairbanks]] | [[CREDIT_CARD:4929 6031 7705 2843]] | 10/26 | $1,299.00 | velocity |
| [[PERSON:Ron Petrakis]] | [[CREDIT_CARD:3643 891027 5544]] | 02/27 | $89.99 | ok |
| [[PERSON:Ji-ho Baek]] | [[CREDIT_CARD:3566 0021 4873 9051]] | 06/25 | $2,410.50 | country mismatch |""",
    """ward_round_notes.txt
bed  patient               age  consultant         notes
12   [[PERSON:Harold Prentice]]       [[AGE:88]]   [[PERSON:Dr. Iqbal]]          fall at home [[DATE_TIME:29/10]], NOF #
14   [[PERSON:Maria Conceição Alves]] [[AGE:73]]   [[PERSON:Dr. O'Sullivan]]     CAP, improving
15   [[PERSON:Wei Zhang]]             [[AGE:59]]   [[PERSON:Dr. Iqbal]]          post-op day 2""",
    """login_audit.csv
timestamp_utc,account,source_ip,result,mfa
[[DATE_TIME:2024-08-19T22:14:03Z]],[[EMAIL_ADDRESS:nkosi.dube@ubuntu-logistics.co.za]],[[IP_ADDRESS:102.132.218.40]],success,push
[[DATE_TIME:2024-08-19T22:15:47Z]],[[EMAIL_ADDRESS:nkosi.dube@ubuntu-logistics.co.za]],[[IP_ADDRESS:23.106.249.35]],success,none
2024-08-19T22:16:02Z,svc-sync@ubuntu-logistics.co.za,[[IP_ADDRESS:10.1.1.9]],success,n/a""",
    """Nazva: spysok uchasnykiv treninhu z kiberhihiieny
PIB | Posada | E-mail | Data
[[PERSON:Dmytro Savchenko]] | administrator | [[EMAIL_ADDRESS:d.savchenko@poltava-gaz.ua]] | [[DATE_TIME:19.11.2024]]
[[PERSON:Olena Kravchuk]] | bukhhalter | [[EMAIL_ADDRESS:o.kravchuk@poltava-gaz.ua]] | [[DATE_TIME:19.11.2024]]
[[PERSON:Yurii Marchenko]] | dyspetcher | [[EMAIL_ADDRESS:y.marchenko@poltava-gaz.ua]] | [[DATE_TIME:20.11.2024]]""",
    """ParticipantID  Name                 Phone           Postcode  Consent
[[ID_NUMBER:NZ-0412]]        [[PERSON:Manaia Tuilagi]]       [[PHONE_NUMBER:022 815 3390]]    [[ZIP_CODE:1025]]      yes
[[ID_NUMBER:NZ-0417]]        [[PERSON:Sophie Van der Berg]]  [[PHONE_NUMBER:027 341 0098]]    [[ZIP_CODE:6011]]      yes
[[ID_NUMBER:NZ-0420]]        [[PERSON:Rajan Prasad]]         [[PHONE_NUMBER:021 600 7714]]    [[ZIP_CODE:8041]]      withdrawn""",
    """{"player": "[[USERNAME:xX_ShadowWolf_Xx]]", "real_name": "[[PERSON:Connor Whelan]]", "email": "[[EMAIL_ADDRESS:connorwhelan07@gmail.com]]", "last_ip": "[[IP_ADDRESS:86.41.172.99]]", "ban_reason": "chargeback"}
{"player": "[[USERNAME:mochi_gg]]", "real_name": "[[PERSON:Yui Hasegawa]]", "email": "[[EMAIL_ADDRESS:yui.hase@yahoo.co.jp]]", "last_ip": "[[IP_ADDRESS:126.33.208.14]]", "ban_reason": "account sharing"}""",
    """Customer | Address | City | State | ZIP | Phone
[[PERSON:Dolores Whitcomb]] | [[ADDRESS:88 Magnolia Ct, Apt 5]] | [[LOCATION:Mobile]] | [[LOCATION:AL]] | [[ZIP_CODE:36608]] | [[PHONE_NUMBER:251-555-0112]]
[[PERSON:Jerome Battle]] | [[ADDRESS:4021 E Colfax Ave]] | [[LOCATION:Denver]] | [[LOCATION:CO]] | [[ZIP_CODE:80220]] | [[PHONE_NUMBER:720-555-0185]]
[[PERSON:Priya Chatterjee]] | [[ADDRESS:19 Lakeview Terrace]] | [[LOCATION:Edison]] | [[LOCATION:NJ]] | [[ZIP_CODE:08817]] | [[PHONE_NUMBER:732-555-0148]]""",
    """Idx  Full name             Passport (US)   SSN           Travel date
1    [[PERSON:Marcus Tillman]]        [[US_PASSPORT:583019274]]       [[US_SSN:219-44-7810]]   [[DATE_TIME:2025-01-14]]
2    [[PERSON:Renée Tillman]]         [[US_PASSPORT:583019275]]       [[US_SSN:219-44-7826]]   [[DATE_TIME:2025-01-14]]
3    [[PERSON:Josiah Tillman]]        [[US_PASSPORT:A04417723]]       —             [[DATE_TIME:2025-01-14]]""",
]

CHAT = [
    """[10:02] Agent ([[PERSON:Priya]]): Hi, thanks for contacting Clearwater Bank. Who am I speaking with today?
[10:02] Customer: hi its [[PERSON:Danielle Okoro]]
[10:03] Agent ([[PERSON:Priya]]): Thanks [[PERSON:Danielle]]. Can you confirm your date of birth and the postcode on the account?
[10:03] Customer: [[DATE_TIME:14/09/1991]] and [[ZIP_CODE:M14 5RB]]
[10:04] Customer: theres a payment of £640 to someone called [[PERSON:J Hartley]] that i didnt make
[10:05] Agent ([[PERSON:Priya]]): I've frozen the card ending 2217. The new one will go to [[ADDRESS:61 Egerton Road]], [[LOCATION:Manchester]] — is that still right?
[10:05] Customer: yes thats me""",
    """Mum: has anyone got Nana's new address? the card needs posting today
[[PERSON:Jess]]: [[ADDRESS:12 Rosemary Court]], [[LOCATION:Bracknell]] [[ZIP_CODE:RG12 9PL]]
Mum: thanks love. and her landline?
[[PERSON:Tom]]: [[PHONE_NUMBER:01344 552 907]] but she never answers it lol
[[PERSON:Jess]]: just ring her mobile, [[PHONE_NUMBER:07700 900 218]]
Mum: 👍""",
    """#soc-triage
[[USERNAME:kwabena.m]]  09:41  anyone else seeing logins for the svc accounts from [[IP_ADDRESS:23.94.12.7]]?
[[USERNAME:sarah.lindqvist]]  09:42  yep, also one for [[USERNAME:ahmed.r]] at 09:31 — [[PERSON:Ahmed]]'s on leave till [[DATE_TIME:20 May]]
[[USERNAME:kwabena.m]]  09:43  I'll ring him, the number in the HR system is [[PHONE_NUMBER:+44 7700 900583]]
[[USERNAME:sarah.lindqvist]]  09:44  blocking [[IP_ADDRESS:23.94.12.7]] at the edge now, ticket is SOC-8812
[[USERNAME:kwabena.m]]  09:51  spoke to [[PERSON:Ahmed Rahimi]], not him. resetting creds""",
    """[[PERSON:Марина]]: Кать, скинь номер того мастера по ремонту ноутов
[[PERSON:Катя]]: [[PERSON:Лёша Смирнов]], [[PHONE_NUMBER:+7 926 310-44-85]]. Он сидит на [[ADDRESS:Бутырской, 15]]
[[PERSON:Марина]]: спасибо!! а почта у него есть?
[[PERSON:Катя]]: [[EMAIL_ADDRESS:smirnov.alex.fix@gmail.com]], но он редко отвечает, лучше звони""",
    """Bot: Please enter your order number.
User: 113-4478201-5532910
Bot: Thanks! I found an order for [[PERSON:Ms. Rebecca Lowenthal]]. Is that you?
User: yes but I moved, new address is [[ADDRESS:2250 Kalakaua Ave, Apt 1804]], [[LOCATION:Honolulu]] [[LOCATION:HI]] [[ZIP_CODE:96815]]
— Agent [[PERSON:Marco]] joined the chat —
[[PERSON:Marco]]: Hi [[PERSON:Rebecca]], I've updated the address. Shall I also update your phone to the one you're calling from, [[PHONE_NUMBER:808-555-0177]]?
User: yes please""",
    """[Teams] [[PERSON:Olumide Bakare]] 11:20: can you send me [[PERSON:Grace]]'s employee number? need it for the visa letter
[Teams] [[PERSON:Hannah Cho]] 11:21: [[PERSON:Grace Adeyemi]] — [[ID_NUMBER:0047713]], DOB [[DATE_TIME:22/01/1994]], passport [[ID_NUMBER:A11047238]]
[Teams] [[PERSON:Olumide Bakare]] 11:22: perfect thanks, and her home address for the letter?
[Teams] [[PERSON:Hannah Cho]] 11:24: [[ADDRESS:Flat 12, 5 Brook Lane]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2LW]]""",
    """[[USERNAME:jaz_m]]: hi is the bike still available?
Seller: yes! pick up from [[ADDRESS:47 Fenwick St]] in [[LOCATION:Geelong]], or I can meet you in town
[[USERNAME:jaz_m]]: can I pay by bank transfer?
Seller: sure, BSB 063-019, account [[ID_NUMBER:1048 3372]], name [[PERSON:Callum Reid]]
[[USERNAME:jaz_m]]: sent! my name's [[PERSON:Jasmine Moretti]] if you need it for the reference""",
    """Customer: Someone changed my Facebook email and now I can't log in
Agent ([[PERSON:Leon]]): I'm sorry to hear that. What's the name on the profile and the email you used?
Customer: [[PERSON:Tendai Moyo]], [[EMAIL_ADDRESS:tendai.moyo88@gmail.com]]. they changed it to something like [[EMAIL_ADDRESS:t.moyo.secure@outlook.com]]
Agent ([[PERSON:Leon]]): Thanks, [[PERSON:Tendai]]. When did you last log in yourself?
Customer: [[DATE_TIME:Saturday 12 October]], from [[LOCATION:Harare]]
Agent ([[PERSON:Leon]]): Okay. We'll send a secure link to the phone number on file ending 4471.""",
]

LOOKALIKE = [
    """Release notes — controller firmware 10.4.2.118 (build 2024.11.07-rc3)
- Fixes the watchdog reset seen on units SN-44A7-0912 to SN-44A7-1033.
- Bootloader bumped to 2.0.14.7; image checksum sha256 9f2c1e7a4b0d33e8c5a61f0b2e9d7c4a18b3f6e20d5c7a9b1e4f8032c6d5a7e1.
- Default NTP server in the sample config changed from pool.ntp.org to time.cloudflare.com.
- Known issue KB-30117: Dijkstra routing table may not rebuild after a Byzantine fault.
Order replacement boards as part no. 7720-0413-B (UPC 0 84521 30917 6). Support: support@kelvinpoint.com, +1 800 555 0199, Mon-Fri 8:00-18:00.""",
    """Order confirmation #BK-2024-118830 (invoice INV-55129-UK)
Ship to: [[PERSON:Harriet Pennington]], [[EMAIL_ADDRESS:h.pennington@tiscali.co.uk]]
1 x "East of Eden" — ISBN 978-0-14-311230-3
1 x Russian-language edition — ISBN 978-5-389-07435-4
1 x "The Pragmatic Craftsman" — ISBN 978-1-4028-9462-6
Tracking: JJD0002249137715, courier hotline 0344 800 4466. Returns: returns@leafandspine.co.uk, RMA prefix R-77.""",
    """Directions to the clinic: from the station take Nelson Mandela Boulevard north, turn right onto Martin Luther King Jr. Drive and continue past the Florence Nightingale wing of St. Bartholomew's. Parking is on Ada Lovelace Way (pay at machine 14, tariff code P-22). The Alzheimer's and Parkinson's day unit is on level 3; reception is on 0161 496 0000. On arrival, ask for [[PERSON:Nurse Olga Petrenko]], who will take you to the Doppler suite.""",
    """CHG-20931: upgrade edge routers to IOS-XE 17.9.4a (from 17.6.5.1) — requested by [[PERSON:Daniel Szymański]] ([[EMAIL_ADDRESS:d.szymanski@northwall.io]])
Affects: rtr-edge-01 (MAC 00:1a:2b:3c:4d:5e), rtr-edge-02 (MAC 00:1a:2b:3c:4d:5f)
Mitigates CVE-2023-20198 and CVE-2023-20273. Image MD5 5d41402abc4b2a76b9719d911017c592.
Maintenance window: Sat 02:00-04:00. Rollback image 16.12.10.0. Change UUID 3f9a1c2e-7b44-4d0e-9a61-2c8e5f7d1b30.
Approver: CAB (cab@northwall.io).""",
    """INVOICE 2024/1187  ·  PO 4500912277  ·  VAT GB 297 4418 20  ·  Company no. 09184472
Item SKU RX-200-BLK x 40 @ £12.50; SKU RX-200-GRY x 15 @ £12.50; freight code FX-2.
Remit to: Ravenscourt Supplies Ltd, Unit 4 Meridian Park (accounts@ravenscourt-supplies.co.uk, 0115 496 0123).
Payment terms 30 days from 14/11/2024. Your contact for this order: [[PERSON:Gemma Illingworth]], [[PHONE_NUMBER:07700 900672]].""",
    """Товарная накладная № 00-4471 от 12.03.2024
Поставщик: ООО «Северный ветер», ИНН 7708145623, КПП 770801001, ОГРН 1027700132195
Артикул 44-718-02, партия L2024-03-117, штрихкод 4607001771234
Трек-номер RA644000001RU, горячая линия 8 800 555-35-35, склад на ул. Гагарина (въезд с проспекта Королёва)
Получатель: [[PERSON:Зуева Н. В.]], тел. [[PHONE_NUMBER:+7 912 640-18-33]]""",
    """PRODUCT RECALL NOTICE — Model HX-220 space heaters, lots 22B-0418 through 22B-0611, serial numbers beginning 7HX220-. UPC 8 41163 09922 4. Affected units were sold between 1 March and 30 June at Home Depot and Lowe's. Call the manufacturer's recall line, 1-888-555-0143, or email recall@hearthwell.com. The defect was first reported by a customer, [[PERSON:Mrs. Doreen Hatch]] of [[LOCATION:Wichita]], [[LOCATION:Kansas]]; no injuries have been confirmed.""",
]

STYLES = {
    "table": TABLE,
    "bench": BENCH,
    "gen": GEN,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind95", STYLES, OUT)


if __name__ == "__main__":
    main()

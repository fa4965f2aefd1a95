"""Build tests/data/blind103.jsonl: a hundred-and-third *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind103.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of the other gold sets
(no *.jsonl set was opened, no other make_*.py script was read, and this
script's own output was not read either). Only these were read, to keep the
conventions and the file format: lines 1-121 of make_blind22.py (its module
docstring and import lines; line 121 is also the first record of its GEN
list), the closing scaffolding of make_blind22.py from `STYLES = {` to the
end of the file (copied below), gold_sets.py as a whole, and lines 1-64 of
make_handwritten.py (its docstring, the MARK and TITLE_IN_NAME regexes and
`parse()`). No git command was run and no git history was looked at. The
detector, the bench and the tests were never run on this file. Do not tune
the detector against it: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country (GB, DE, NL, IE, AT, SE, CH, and LT 20, LV
21, EE 20 characters; gold_sets.IBAN_LENGTHS has no entry for the three
Baltic countries, so their lengths were checked by hand); the Estonian
IBANs also carry a right 7-3-1 national check digit. All of it was worked
out by hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs and refuses a bad one. National
ids with a public check digit were given a valid one the same way:
Lithuanian asmens kodas and Estonian isikukood (both agree with the
person's sex and birth date where these show), Latvian personas kods of the
old DDMMYY-CNNNX form (the new 32xxxx form has no check digit), NHS number,
Canadian SIN, Aadhaar (Verhoeff), Singapore NRIC, Irish PPSN, South African
ID (agrees with sex and birth date where shown), Australian TFN and Medicare
number, Dutch BSN, Brazilian CPF, Hong Kong ID and Icelandic kennitala; the
look-alikes that carry one were given one too (ISBN-13; IMEI and ICCID pass
Luhn). UK NI numbers, US SSNs, Indian PAN (format only: fourth letter P,
fifth the surname's initial), Nigerian NIN, Kenyan ids and KRA PINs, Ghana
Card, PhilSys, UMID and Philippine TIN numbers, passports, licences, plates,
bank account numbers and staff, student, member, patient and customer
numbers were not checked.

Styles (ids `blind103-<style>-NNN`; 240 records), chosen to look like what
an outside evaluator would feed the tool. About a third of the `bench` and
`gen` records are about telecoms (SIM registration and KYC, SIM swaps,
number porting, roaming, billing disputes); the rest are spread widely.
About nine records in ten are in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, the Philippines, South Africa,
Nigeria, Ghana, Kenya and a few European contexts, with names from the many
cultures living there); 24 records (8 each) are in Lithuanian, Latvian and
Estonian, spread over every style:
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: odd, dense ai4privacy pii-masking-200k/300k/400k sentences
  (names, titles, job titles, streets with building numbers, secondary
  addresses, IPv4 / IPv6, MACs, user agents, cards with CVV and expiry,
  IBAN with BIC, usernames, passwords), gretel-pii-masking-en-v1 domain
  documents (claims, contracts, discharge summaries, loan and enrolment
  forms, notices, deeds, wills, letters of authority and of demand,
  ombudsman complaints) and Nemotron-PII structured text (JSON, log lines,
  SQL, XML, YAML, .env, Python code, tickets, CRM exports, call detail
  records). Nine are in the Baltic languages.
- `gen` (90): one to four sentences with personal data woven into prose,
  the way a third-party LLM writes "realistic sentences with personal
  data": names at the start, middle and end, lowercase and possessive;
  ages, dates, addresses, phones and ids in many shapes. Nine are in the
  Baltic languages.
- `table` (35): one small table per record rendered as text (CSV, TSV,
  semicolon CSV, pipes and Markdown, fixed-width, JSON lines, YAML, key:
  value blocks) with varied column names and non-PII columns; header rows
  are unlabeled. Four are in Lithuanian, Latvian or Estonian.
- `chat` (8): support chats, a family messaging thread, team chat and game
  chat, with the speakers' names and the personal data they trade. One is
  in Estonian.
- `lookalike` (7): text full of non-PII that looks like PII (order,
  tracking, invoice and lot references, SKUs, ISBNs, versions shaped like
  IPs, digests, serials, IMEIs, ICCIDs, PUK and short codes, company phones,
  role mailboxes, VAT numbers, eponyms, streets named after people with no
  number), the few real PII values labeled; one has no PII at all. One is in
  Latvian.

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  inflected forms; a possessive "'s" is outside; nicknames are PERSON.
  TITLE: honorifics and ranks attached to a name, labeled apart from it;
  job titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, trip, port, signature, letter ...) with a day or month,
  in any shape; a weekday or a clock time said with such a date is inside
  the span, a time or a weekday alone is not; not bare years, durations,
  or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank and carrier account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers and company
  names, user agents, MAC addresses, sort codes, BSB, routing numbers and
  BIC / SWIFT codes, CVVs and expiries, PINs, order / ticket / claim /
  policy / invoice / dispute / port-request references, company phone
  numbers and role mailboxes, versions, hashes, serials and VINs, partial
  numbers ("ending 0434"), pets, eponyms and brands named after people,
  header rows.
- Calls made while writing this set, in the same spirit: IMEI, ICCID and
  IMSI are serials and stay unlabeled, and so are PUK codes, porting codes
  (PAC, UPC, transfer PINs), APNs, tariff codes and USSD / short codes; the
  number of a SIM (MSISDN) is PHONE_NUMBER and a carrier account number is
  ID_NUMBER; every IP address is IP_ADDRESS, whoever's it is (servers,
  store terminals and private ranges included), only versions shaped like
  IPs are not; the timestamp heading a log line or an event record is not
  labeled, but a field holding a person's own date (dob, last_login,
  activated_at, registered_at, check-in, port date) is DATE_TIME, and so
  are an email's Date header and a notice's issue date, like a letter
  date; "tomorrow" stays outside a DATE_TIME span; a service account name
  is not USERNAME; a person's named work email is EMAIL_ADDRESS; a business
  name carrying a person's name is unlabeled; a country inside a bill line
  item is LOCATION like any country, and inflected Baltic place names
  ("Rīgā", "Soomes") are LOCATION; ranks and church or court titles before
  a name ("Insp.", "Ofc.", "Father", "District Judge") are TITLE; in chats a
  speaker's name is PERSON, "Mum", "Bot" and "Agent" are not; a hotel room
  given with a delivery address is inside ADDRESS; in tables a
  "nationality" column is NRP, "state" and "country" columns LOCATION, an
  "age" column AGE, and "plan", "dept", "branch", "clinic" and "status"
  columns stay unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind103.jsonl")

GEN = [
    # --- telecom: SIM registration, porting, roaming, billing ---
    """Good afternoon, I'm [[PERSON:Chinedu Okonkwo-Bello]] and I need to register my new MTN SIM on [[PHONE_NUMBER:0803 417 2290]] against my NIN [[ID_NUMBER:71820394415]]. My date of birth is [[DATE_TIME:14/09/1988]] and I live at [[ADDRESS:22 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]].""",
    """[[PERSON:Harriet Lowe]] asked to move her number [[PHONE_NUMBER:07846 332 190]] over to giffgaff, but the PAC she was given on [[DATE_TIME:Monday 8 April]] (PAC 482 ERT) expired before the switch went through, so she's now stuck paying two providers.""",
    """My husband [[PERSON:Dmitri]] and I were in [[LOCATION:Lisbon]] from [[DATE_TIME:June 2]] to [[DATE_TIME:June 11]] and Verizon billed $312 in roaming on his line, [[PHONE_NUMBER:(720) 418-3365]], even though TravelPass was switched on. The account holder is me, [[PERSON:Natalie Voronova]], account number [[ID_NUMBER:442190837-00001]].""",
    """hi this is [[PERSON:tama]] ([[PERSON:Tamati Herewini]] on the account) — my bill for [[PHONE_NUMBER:0423 118 906]] has a $49 charge for premium SMS subscriptions I never signed up for. customer ID [[ID_NUMBER:CN 5581 2294]]. can someone call me back after 5?""",
    """[[PERSON:Ananya Krishnamurthy]], [[AGE:27]], gave her Aadhaar [[ID_NUMBER:5271 9562 3628]] for e-KYC when she bought a Jio SIM at the outlet on [[ADDRESS:No. 417, 14th Cross, 2nd Main]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]; the new connection is [[PHONE_NUMBER:+91 70192 44831]].""",
    """can you check whether [[PERSON:kevin o'malley]]'s port-in from Three has gone through? his old number was [[PHONE_NUMBER:087 219 4406]] and he's had no service since [[DATE_TIME:Thursday the 14th]].""",
    """On [[DATE_TIME:January 19, 2024]], [[PERSON:Marie-Ève Tremblay]] of [[LOCATION:Trois-Rivières]], [[LOCATION:QC]] called Rogers to dispute $214.60 in long-distance charges on [[PHONE_NUMBER:819-376-0442]]. The agent asked her to confirm the last three digits of her SIN and her postal code, [[ZIP_CODE:G9A 5H7]], before opening the dispute.""",
    """Please RICA this SIM for me: [[PERSON:Thandeka Mokoena]], ID [[ID_NUMBER:9207300554088]], residential address [[ADDRESS:48 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]. Contact number [[PHONE_NUMBER:072 604 1183]].""",
    """[[PERSON:Wanjiru Kamau]] reported that her Safaricom line [[PHONE_NUMBER:0722 481 903]] was swapped to a new SIM without her consent on [[DATE_TIME:5th March 2024 at around 2 a.m.]], and that M-Pesa withdrawals followed within the hour. Her national ID number is [[ID_NUMBER:28841930]].""",
    """Hi [[PERSON:Mr Tan]], this is to confirm that the Singtel mobile line [[PHONE_NUMBER:9185 3320]] has been re-registered under NRIC [[ID_NUMBER:S8841794A]] following the transfer of ownership from your mother, [[PERSON:Tan Wei Ling]].""",
    """Under the SIM Registration Act, [[PERSON:Jose Emmanuel Dizon]], born [[DATE_TIME:February 28, 1995]], registered [[PHONE_NUMBER:0917 552 0843]] using his PhilSys ID [[ID_NUMBER:4572-8810-3369-1025]] and gave [[ADDRESS:Unit 12B, 88 Kalayaan Avenue]], [[LOCATION:Diliman]], [[LOCATION:Quezon City]] as his home address.""",
    """We're a family of four heading to [[LOCATION:Fiji]] — me ([[PERSON:Aroha]], [[AGE:41]]), my partner [[PERSON:Ben Clarke]], and two teenagers aged [[AGE:15]] and [[AGE:13]]. Can all four of us go on the One NZ roaming pack? My number's [[PHONE_NUMBER:021 847 3310]].""",
    """Dear Customer Care, I'm disputing invoice INV-2024-0412-778 on account [[ID_NUMBER:6002 1184 775]]. I cancelled the broadband on [[DATE_TIME:12 February]] at the [[LOCATION:Croydon]] store and the assistant, [[PERSON:Kwame]], confirmed it in writing. Regards, [[PERSON:Folasade Adeyemi]] ([[EMAIL_ADDRESS:fola.adeyemi@outlook.com]])""",
    """The eSIM QR code for [[PERSON:Lucía Fernández]] went to [[EMAIL_ADDRESS:lucia.fdz88@gmail.com]] instead of her work address, and now her number [[PHONE_NUMBER:+1 305 772 1840]] only shows "SOS". She's [[NRP:Colombian]] and is currently visiting family in [[LOCATION:Medellín]], so she can't go into a store.""",
    """Port request for [[PHONE_NUMBER:(503) 219-7786]]: losing carrier T-Mobile, account number [[ID_NUMBER:958443102]], number transfer PIN 771204, authorized by [[PERSON:Gregory Abernathy]], billing address [[ADDRESS:1408 SE Division St, Apt 3]], [[LOCATION:Portland]], [[LOCATION:OR]] [[ZIP_CODE:97202]].""",
    """Someone used my debit card [[CREDIT_CARD:4533 8854 5976 9115]] to top up a Lebara number, [[PHONE_NUMBER:07402 118 663]], that isn't mine. I'm [[PERSON:Yusuf Demir]] and I only noticed it on [[DATE_TIME:Sat 20 July]] when the bank texted me.""",
    """Our engineer [[PERSON:Callum]] will visit [[ADDRESS:Flat 2, 17 Ashgrove Road]], [[LOCATION:Paisley]] [[ZIP_CODE:PA2 6DU]] on [[DATE_TIME:Wednesday 17 July between 8am and 1pm]] to install the full-fibre line ordered by [[PERSON:Mrs. Isobel Fraser]].""",
    """[[PERSON:Niamh]] from [[LOCATION:Galway]] was billed €89.99 for a handset she returned within the cooling-off period. The return was logged on [[DATE_TIME:4/11/2023]] against her mobile, [[PHONE_NUMBER:086 337 1952]], and she wants the refund paid to [[IBAN_CODE:IE97 AIBK 5008 8641 9544 11]].""",
    """I'm writing on behalf of my late father, [[PERSON:Ramesh Patel]], who passed away on [[DATE_TIME:9 October 2023]]. Please close his BT landline [[PHONE_NUMBER:0116 274 3390]] at [[ADDRESS:31 Belgrave Gate]], [[LOCATION:Leicester]] [[ZIP_CODE:LE1 3HP]], without an early termination fee. — [[PERSON:Priti Patel-Shah]]""",
    """The handset with IMEI 358092428628817 was blacklisted after [[PERSON:Oluwaseun]] reported it stolen on [[DATE_TIME:the 2nd of May]]; it has since turned up, and he'd like it unblocked. He can be reached on [[PHONE_NUMBER:+234 809 552 1178]].""",
    """add my daughter [[PERSON:Mei]] ([[AGE:16]]) to the family plan please, her number will be [[PHONE_NUMBER:604-889-2317]]. I'm [[PERSON:Jian Li]], the account holder, date of birth [[DATE_TIME:1979-04-22]].""",
    """[[PERSON:Alejandro Ruiz]] came home from a Caribbean cruise to a $1,480 bill: the ship's maritime network picked up his phone, [[PHONE_NUMBER:+1 (915) 304-6672]], between [[DATE_TIME:Dec 26]] and [[DATE_TIME:Jan 2]]. He's asking AT&T for a goodwill credit under customer ID [[ID_NUMBER:AT-772901445]].""",
    """My mum, [[PERSON:Gladys Whitfield]], is [[AGE:82]] and should be getting the seniors' discount on her home phone, [[PHONE_NUMBER:(08) 9381 4462]]. Her Pensioner Concession Card number is [[ID_NUMBER:209 451 738K]] if you need it.""",
    """lost my phone in an uber last night, pls suspend [[PHONE_NUMBER:0412 933 507]] asap. name on the account is [[PERSON:Sophie Nguyen]], dob [[DATE_TIME:03/07/1996]], the last bill was paid with the card ending 0434""",
    """For safety reasons [[PERSON:Amina Yusuf]] asked for a new, unlisted number on [[DATE_TIME:11 March 2024]]. Her old number, [[PHONE_NUMBER:07958 440 218]], must not be forwarded, and the new one must not appear in any directory or on caller ID.""",
    """We're porting three lines from Telstra for [[PERSON:Dr. Harpreet Sandhu]]'s clinic: the practice number, 03 9555 0100, stays on the business account, and the two mobiles are hers, [[PHONE_NUMBER:0433 871 204]], and her receptionist [[PERSON:Jess Kowalczyk]]'s, [[PHONE_NUMBER:0459 302 186]].""",
    """Hi, it's [[PERSON:Mohammed Al-Rashid]] again. The router at [[ADDRESS:55 Harbour Square, Unit 1203]], [[LOCATION:Toronto]] [[ZIP_CODE:M5J 2L1]] still drops every evening, and my public IP keeps flipping between [[IP_ADDRESS:99.241.18.207]] and [[IP_ADDRESS:174.112.63.9]].""",
    """[[PERSON:Eilidh MacLeod]] moved her Virgin Media direct debit to account [[ID_NUMBER:41823907]], sort code 83-26-11, on [[DATE_TIME:28 Feb]], but the March bill was still taken from her old bank.""",
    """[[PERSON:Kofi Mensah]], a fabric trader in [[LOCATION:Accra]], uses MTN MoMo on [[PHONE_NUMBER:024 418 3307]]; his Ghana Card number [[ID_NUMBER:GHA-719204883-5]] was linked to the SIM on [[DATE_TIME:30 September 2023]].""",
    """Text from [[PERSON:Bongani]]: 'Vodacom cut me off again, the debit order bounced. Call me on my other number, [[PHONE_NUMBER:+27 83 551 7290]], not the work one.'""",
    """To open the postpaid account, [[PERSON:Tyrone Jackson]] provided his SSN [[US_SSN:412-58-9931]], date of birth [[DATE_TIME:October 3, 1990]], and current address [[ADDRESS:7720 Clearwater Dr]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77072]] for the credit check.""",
    # --- everyday situations ---
    """Please update the mailing address on [[PERSON:Abena Owusu-Ansah]]'s savings account, [[ID_NUMBER:0041 7729 3310]], to [[ADDRESS:PO Box 7718]], [[LOCATION:Kumasi]]; she no longer lives at the [[LOCATION:Asokwa]] house.""",
    """The claimant, [[PERSON:Benjamin Osei]], [[AGE:38]], was rear-ended near junction 26 on [[DATE_TIME:the evening of 14 November]]; his car, registration [[ID_NUMBER:YK19 TVO]], was towed to a garage in [[LOCATION:Bradford]].""",
    """pharmacy note — [[TITLE:mrs]] [[PERSON:bernadette o'connor]], dob [[DATE_TIME:2.2.51]], collecting her warfarin [[DATE_TIME:friday 9th]]. ring her on [[PHONE_NUMBER:01 834 2276]] if it hasn't come in""",
    """[[PERSON:Dr. Olamide Bankole]] saw [[PERSON:Aaron Fitzgerald]] (NHS no. [[ID_NUMBER:496 226 1363]]) on [[DATE_TIME:22/01/2024 at 09:40]] and referred him to the fracture clinic.""",
    """The Year 5 teacher, [[PERSON:Ms. Hollis]], has asked [[PERSON:Zainab]]'s mum, [[PERSON:Halima Hussain]], to call the school office on 020 8761 4400 to move [[PERSON:Zainab]]'s speech therapy assessment from [[DATE_TIME:Friday 21 June]].""",
    """Student [[PERSON:Nguyen Thi Thu Ha]] (ID [[ID_NUMBER:s4471902]]) has been granted an extension; her new submission date is [[DATE_TIME:30 August 2024]], as approved by her supervisor, [[PERSON:Prof. Gareth Llewellyn]].""",
    """We're delighted to offer [[PERSON:Rohan Mehta]] the role of Senior Data Engineer from [[DATE_TIME:1 September 2024]] at £78,000 a year. Please return the signed contract to careers@northlight.co.uk within two weeks.""",
    """[[PERSON:Aoife Brennan]]'s PPS number, [[ID_NUMBER:9609865L]], was keyed in wrong on the March payslip, so Revenue couldn't match her tax credits and she was put on emergency tax.""",
    """Return authorised for [[PERSON:Gemma Whitaker]]: order UK-5521093, parcel to be collected from [[ADDRESS:9 Millbrook Close]], [[LOCATION:Exeter]] [[ZIP_CODE:EX2 8QT]], tracking H01HYA0021889541.""",
    """Passenger [[PERSON:Sipho Ndlovu]], passport [[ID_NUMBER:M00481927]], is confirmed on SA234 to [[LOCATION:London]] departing [[DATE_TIME:18 Dec at 19:05]]; seat 42K, one checked bag.""",
    """Reservation confirmed for [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Holloway]], arriving [[DATE_TIME:Thursday 5 September]] for three nights; guaranteed on card [[CREDIT_CARD:5514 0593 3079 1637]], exp 08/27.""",
    """Your passport renewal application for [[PERSON:Ebony Carter]] was received on [[DATE_TIME:March 4, 2024]]. Your old passport, number [[US_PASSPORT:568104392]], will be returned in a separate mailing.""",
    """[[PERSON:Kayla Brooks]] renewed her California driver license [[US_DRIVER_LICENSE:B7719032]] online; the new card will be mailed to [[ADDRESS:2290 Fulton St, #4]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94118]].""",
    """[[PERSON:Farhan Chowdhury]] and [[PERSON:Nusrat Jahan]] exchanged contracts on [[ADDRESS:14 Lavender Hill]], [[LOCATION:Tonbridge]] today, with completion set for [[DATE_TIME:26 July]].""",
    """tenant [[PERSON:luke harrington]] has given notice on [[ADDRESS:Flat 3B, 112 Kingsway]], [[LOCATION:Hove]], moving out [[DATE_TIME:31/05]]. deposit to go back to his account [[ID_NUMBER:20456611]]""",
    """Player [[USERNAME:xX_ShadowMonk_Xx]] (real name [[PERSON:Tomasz Wiśniewski]], [[AGE:19]]) was banned at [[DATE_TIME:2024-02-11 22:47 UTC]] after logins from [[IP_ADDRESS:185.23.114.76]] and [[IP_ADDRESS:2a02:a311:4c3:1900::5]] within the same minute.""",
    """Follow my little baking page at [[URL:instagram.com/crumbs.by.chioma]]! Orders for birthday cakes open again next month x [[PERSON:Chioma]]""",
    """Hi [[PERSON:Raj]], your laptop repair (job 77120) is done. We reset the Windows password and kept your login as [[USERNAME:raj.k.2019]]; you can collect it from the [[LOCATION:Leicester]] store any day this week.""",
    """Driver note: if [[PERSON:Mrs Adebayo]] at [[ADDRESS:45 Rye Lane]], [[LOCATION:Peckham]] isn't home, leave it in the green bin by the gate. Her mobile is [[PHONE_NUMBER:07932 551 880]].""",
    """[[PERSON:Carlos Mendoza]] froze his gym membership from [[DATE_TIME:1 August]] to [[DATE_TIME:30 September]] for knee surgery; membership no. [[ID_NUMBER:PG-2210-4478]].""",
    """[[PERSON:Hannah Schultz]]'s cat, Biscuit, is booked in for a dental on [[DATE_TIME:Tuesday 9 July at 8:30]]. [[PERSON:Hannah]]'s number is [[PHONE_NUMBER:0403 119 274]].""",
    """Thank you, [[PERSON:Imran]], for your Gift Aid donation of £25. We'll claim the tax back using the address you gave us, [[ADDRESS:6 Heaton Grove]], [[LOCATION:Bradford]] [[ZIP_CODE:BD9 4DZ]].""",
    """In [[PERSON:Oyelaran]] v Home Retail Ltd, the claimant [[PERSON:Patricia Oyelaran]]'s hearing is listed for [[DATE_TIME:10:00 on 3 October 2024]] before [[TITLE:District Judge]] [[PERSON:Marsh]].""",
    """[[PERSON:Ahmed Hassan Ibrahim]], a [[NRP:Sudanese]] national born [[DATE_TIME:12 January 1992]], holds BRP number [[ID_NUMBER:ZX1044829]] and lives at [[ADDRESS:Flat 9, 3 Cobden Street]], [[LOCATION:Salford]].""",
    """Save the date! [[PERSON:Priyanka]] & [[PERSON:Dev]] are getting married on [[DATE_TIME:14.02.2025]] in [[LOCATION:Udaipur]]. RSVP to [[PERSON:Priyanka]]'s sister [[PERSON:Kavya]] on [[PHONE_NUMBER:+91 98450 21763]].""",
    """Emergency contact for [[PERSON:Noah Fairweather]] ([[AGE:4]]): his grandmother [[PERSON:Maureen Fairweather]], [[PHONE_NUMBER:(902) 431-8856]], who lives in [[LOCATION:Dartmouth]].""",
    """Library card [[ID_NUMBER:29081004471123]] belongs to [[PERSON:Eleanor Vance]]; three overdue notices have gone to [[EMAIL_ADDRESS:evance1962@yahoo.com]] with no reply.""",
    """[[TITLE:Father]] [[PERSON:Declan Murphy]] will baptise [[PERSON:Grace Okafor]] on [[DATE_TIME:Sunday 16 June]]. The family, who are [[NRP:Catholic]], asked for part of the service to be in Igbo.""",
    """[[PERSON:Mandla Zulu]], a [[NRP:Democratic Alliance]] councillor, will hold his constituency surgery at the [[LOCATION:Umlazi]] library; residents can book a slot by WhatsApp on [[PHONE_NUMBER:082 774 3016]].""",
    """Rental agreement: [[PERSON:Isabella Rossi]], UK licence [[ID_NUMBER:ROSSI852168IB9XY]], pick-up [[DATE_TIME:2 Aug 10:00]] at Heathrow T5, deposit on card [[CREDIT_CARD:3799 021943 99838]].""",
    """The gas meter at [[ADDRESS:27 Orchard Way]], [[LOCATION:Swindon]] was read on [[DATE_TIME:15 January]]; customer [[PERSON:Graham Pike]], account [[ID_NUMBER:850 221 4470]], says the estimate on his bill was double the actual reading.""",
    """Statement taken from [[PERSON:Lerato Dlamini]], [[AGE:29]], of [[ADDRESS:12 Vilakazi Street]], [[LOCATION:Soweto]], on [[DATE_TIME:04/03/2024]]: she saw a silver Polo, registration [[ID_NUMBER:HJ 44 TK GP]], leave the scene at speed.""",
    """hey i'm [[PERSON:jess]], [[AGE:26]], nurse in [[LOCATION:leeds]] 🌸 mostly on here for hikes and brunch, snap me at [[USERNAME:jess.r.leeds]]""",
    """Blood results for patient [[PERSON:Kiran Bhatt]], MRN [[ID_NUMBER:00739128]], collected [[DATE_TIME:08-Mar-2024 07:55]], were emailed in error to [[EMAIL_ADDRESS:k.bhatt@proton.me]] instead of his GP.""",
    """[[PERSON:Ngozi]] cancelled her cleaning for [[DATE_TIME:the 12th]] — rebook her any time after [[DATE_TIME:April 20]], she's on [[PHONE_NUMBER:469.302.7718]].""",
    """The IRS notice for [[PERSON:Miguel Ángel Torres]], SSN [[US_SSN:523-71-0488]], says his 2022 return was adjusted and that he must respond by [[DATE_TIME:May 15, 2024]] if he disagrees.""",
    """[[PERSON:Harjit Gill]]'s SIN is [[ID_NUMBER:284 759 313]] and he started at the [[LOCATION:Surrey]] warehouse on [[DATE_TIME:March 11]], so his first pay stub should be out by the end of the month.""",
    """On his TFN declaration [[PERSON:Liam O'Sullivan]] wrote [[ID_NUMBER:117 213 622]] and gave his address as [[ADDRESS:3/41 Beach Road]], [[LOCATION:Bondi]] [[LOCATION:NSW]] [[ZIP_CODE:2026]].""",
    """[[PERSON:Siti Nurhaliza binte Ahmad]], NRIC [[ID_NUMBER:T0360010B]], is [[AGE:21]] and joins the hospital's nursing programme on [[DATE_TIME:6 January]]; her hostel room is at [[ADDRESS:Blk 208 Bukit Batok Street 21, #07-114]], [[LOCATION:Singapore]] [[ZIP_CODE:650208]].""",
    """[[PERSON:Sanne de Vries]], BSN [[ID_NUMBER:787753646]], is a [[NRP:Dutch]] physiotherapist who moved to [[LOCATION:Dublin]] on [[DATE_TIME:1 March 2023]] and still receives letters at her old address in [[LOCATION:Utrecht]].""",
    """KYC for [[PERSON:Vikram Singh Rathore]]: PAN [[ID_NUMBER:BQRPR4417K]], Aadhaar [[ID_NUMBER:4000 9477 7329]], mobile [[PHONE_NUMBER:98290 61147]], residing in [[LOCATION:Jaipur]].""",
    """Best, [[PERSON:Ayesha Siddiqui]] | she/her | [[PHONE_NUMBER:+1 416 903 2281]] | [[URL:linkedin.com/in/ayeshasiddiqui]]""",
    """[[PERSON:Olivia]] is turning [[AGE:7]] on [[DATE_TIME:Saturday 13 July]]! Party at ours, [[ADDRESS:88 Kauri Street]], [[LOCATION:Hamilton]], 2–4pm. Text [[PERSON:Rachel]] on [[PHONE_NUMBER:027 553 0914]] to say if you're coming.""",
    """Delayed bag LHRBA41288 belongs to [[PERSON:Chukwuemeka Eze]]; please deliver it to [[ADDRESS:Room 412, 1 Westminster Bridge Road]], [[LOCATION:London]] [[ZIP_CODE:SE1 7PB]] and call him on [[PHONE_NUMBER:+44 7423 908 115]] on arrival.""",
    """[[PERSON:Margaret Anne Doyle]] (née [[PERSON:Keane]]), known to all as [[PERSON:Peggy]], died peacefully on [[DATE_TIME:7 January 2024]], aged [[AGE:91]], at her home in [[LOCATION:Ballina]], [[LOCATION:Co. Mayo]].""",
    """[[PERSON:Ji-woo Park]] says $2,300 left her chequing account on [[DATE_TIME:Feb 3]] for an account she doesn't recognise, [[IBAN_CODE:GB71 MONZ 2096 8265 9190 16]], and she never got a one-time passcode.""",
    """Loan applicant [[PERSON:Daniel Kipchoge]], [[AGE:33]], KRA PIN [[ID_NUMBER:A009381726Q]], net monthly income KES 145,000, lives in [[LOCATION:Eldoret]] and banks with Equity.""",
    """I have known [[PERSON:Fatima Zahra Benali]] since [[DATE_TIME:September 2019]], when she joined our lab as a doctoral student, and I recommend her without reservation.""",
    """Name badge: [[PERSON:Prof. Emeka Nwosu]] — University of Ibadan — [[EMAIL_ADDRESS:e.nwosu@ui.edu.ng]]""",
    """Season parking for [[PERSON:Chen Jia Hui]] has been renewed for her car, [[ID_NUMBER:SJK 4471 H]]; the receipt was sent to [[EMAIL_ADDRESS:jiahui.chen@singnet.com.sg]].""",
    # --- Lithuanian, Latvian, Estonian ---
    """Sveiki, esu [[PERSON:Rūta Kazlauskienė]] ir noriu perkelti savo numerį [[PHONE_NUMBER:+370 612 48 903]] iš Bitės į Telia. Asmens kodas [[ID_NUMBER:46706258710]], gimimo data [[DATE_TIME:1967-06-25]].""",
    """[[PERSON:Jonas Petrauskas]], [[AGE:40]] metų, gyvena adresu [[ADDRESS:Savanorių pr. 124-17]], [[ZIP_CODE:LT-44149]] [[LOCATION:Kaunas]]; jo el. paštas [[EMAIL_ADDRESS:jonas.petrauskas@gmail.com]].""",
    """Pacientė [[PERSON:Gintarė Žukauskaitė]] užregistruota pas gydytoją [[PERSON:Dainių Mockų]] [[DATE_TIME:gegužės 14 d. 10.30 val.]]; jei negalėtų atvykti, prašome skambinti [[PHONE_NUMBER:8 686 20 417]].""",
    """Labdien! Es, [[PERSON:Jānis Bērziņš]], vēlos pārnest savu numuru [[PHONE_NUMBER:29 184 736]] no Tele2 uz LMT. Mans personas kods ir [[ID_NUMBER:150786-19180]], dzīvoju [[ADDRESS:Brīvības ielā 88-14]], [[LOCATION:Rīgā]].""",
    """[[PERSON:Līga Ozola]] ([[AGE:34]]) pieteicās vakancei [[DATE_TIME:2024. gada 3. aprīlī]]; kontakti: [[EMAIL_ADDRESS:liga.ozola@inbox.lv]], [[PHONE_NUMBER:+371 26 553 019]].""",
    """Lūdzu pārskaitīt īres maksu uz [[PERSON:Kristapa Kalniņa]] kontu [[IBAN_CODE:LV69 HABA 6858 5083 0383 0]]; dzīvoklis atrodas [[ADDRESS:Raiņa ielā 7-3]], [[LOCATION:Liepājā]], [[ZIP_CODE:LV-3401]].""",
    """Tere! Minu nimi on [[PERSON:Kadri Saar]] ja mu Elisa number [[PHONE_NUMBER:+372 5342 1187]] ei tööta [[LOCATION:Soomes]] rändlusel alates [[DATE_TIME:12. juunist]]. Isikukood [[ID_NUMBER:48801309781]].""",
    """[[PERSON:Tõnu Kask]], sündinud [[DATE_TIME:14.08.1979]], elab aadressil [[ADDRESS:Pärnu mnt 22-5]], [[ZIP_CODE:10141]] [[LOCATION:Tallinn]]; tema isikukood on [[ID_NUMBER:37908145135]].""",
    """Arve vaidlustus: klient [[PERSON:Liis Mägi]] ([[EMAIL_ADDRESS:liis.magi@hot.ee]], tel [[PHONE_NUMBER:5608 2231]]) vaidlustab Telia arve nr 2024031877 summas 63,40 €, kuna lõpetas lepingu juba [[DATE_TIME:29. veebruaril]].""",
]

BENCH = [
    # --- ai4privacy-like: odd, dense sentences ---
    """Dear [[PERSON:Mx. Eliott Kessler]], as our new Regional Integration Liaison you will be based at [[ADDRESS:7712 Wintheiser Parkway]], [[ADDRESS:Suite 408]], [[LOCATION:North Bethany]], [[LOCATION:VT]] [[ZIP_CODE:05482]]. Please confirm your start date of [[DATE_TIME:09/14/2024]]; note that your first login came from [[IP_ADDRESS:203.118.44.19]].""",
    """Transfer of £4,270 from [[IBAN_CODE:GB12 NWBK 1850 6094 6917 73]] (BIC NWBKGB2L) to [[PERSON:Nadia Haddad]] was initiated from device MAC 3c:22:fb:9a:01:7e with Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15.""",
    """[[PERSON:Leopold]], your card [[CREDIT_CARD:6011771684170434]] (CVV 318, exp 11/26) was charged $640 for the mind-mapping workshop. If this wasn't you, reply from [[EMAIL_ADDRESS:leopold_rempel44@hotmail.com]] and sign in as [[USERNAME:lrempel_44]]; never share your password (Qv7!rT2#pLm) with anyone.""",
    """Attention [[PERSON:Ms. Giuliana Ferraro]]: the Customer Retention Officer approved a $120 roaming credit on line [[PHONE_NUMBER:+1-628-204-7719]] (IMEI 357824409660489). The device is registered to [[ADDRESS:4410 Schowalter Cove]], [[ADDRESS:Apt. 221]], [[LOCATION:South San Francisco]], [[ZIP_CODE:94080]].""",
    """Patient [[PERSON:Kaito Yamamoto]], [[AGE:58]], male, DOB [[DATE_TIME:1966/02/19]], height 172 cm, eye colour brown, was booked by the Senior Clinical Coordinator for an MRI at [[DATE_TIME:7:15 AM on March 3rd]]. Contact: [[PHONE_NUMBER:(206) 448-9012]], [[EMAIL_ADDRESS:kyamamoto66@icloud.com]].""",
    """Hi [[PERSON:Bartholomew]], the vehicle with VIN 1HGCM82633A004352 and plate [[ID_NUMBER:7XKP219]] is registered at [[ADDRESS:9021 Kuhic Landing]] in [[LOCATION:Orange County]], [[LOCATION:California]]. Your annual fee of $312.50 will be charged to [[CREDIT_CARD:4899 9612 2569 7100]].""",
    """Our Lead Paradigm Facilitator, [[PERSON:Ximena Castañeda-Ruiz]], requested access from [[IP_ADDRESS:2001:0db8:85a3:0000:0000:8a2e:0370:7334]] at [[DATE_TIME:04/22/2024 16:02]]; the account [[USERNAME:xcastaneda]] was locked after three failed PIN attempts (PIN 4471).""",
    """Please make sure [[PERSON:Abiodun Oyelaran]]'s payroll deposit goes to account [[ID_NUMBER:81103347]], routing number 026009593; his new address is [[ADDRESS:18 Bramble Court]], [[ADDRESS:Floor 2]], [[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07302]].""",
    """The ethics form for participant [[PERSON:Mirela Popescu]] ([[AGE:44]], female) was signed on [[DATE_TIME:2023-11-30]] by [[PERSON:Dr. Samuel Achterberg]]; it lists [[PHONE_NUMBER:+40 721 334 908]] and [[ADDRESS:Strada Lipscani 17]], [[LOCATION:Bucharest]] as her contact details.""",
    """Your vault for [[EMAIL_ADDRESS:d.omondi@fastmail.com]] was unlocked from [[IP_ADDRESS:41.90.66.212]] using Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36. If this wasn't you, [[PERSON:David Omondi]], reset your master password now.""",
    """Investor Relations Strategist [[PERSON:Wilhelmina Okonjo]] moved from [[ADDRESS:3320 Lakin Mews]] to [[ADDRESS:87 Harbour Row]], [[ADDRESS:Apartment 14C]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]]; her new card [[CREDIT_CARD:5343 2916 9153 6544]] expires 03/28 and the old one was cancelled.""",
    """[[PERSON:Rahul]], [[AGE:31]], genderqueer, born [[DATE_TIME:12th of August 1992]], wants the BIC DEUTDEFF and IBAN [[IBAN_CODE:DE35 3704 0044 6471 6414 53]] removed from his profile [[USERNAME:rahul_nair92]] before the account is closed.""",
    """The SIM swap on [[PHONE_NUMBER:+44 7700 183 552]] was requested by a caller claiming to be [[PERSON:Rosalind Achebe]], Chief Accountability Officer, from [[IP_ADDRESS:91.108.56.13]]; the real customer lives at [[ADDRESS:6 Tanner's Yard]], [[LOCATION:Bristol]] [[ZIP_CODE:BS1 6QE]] and was born [[DATE_TIME:19/06/1975]].""",
    """Reminder for [[PERSON:Florentyna Nowak]]: the dental implant consultation is on [[DATE_TIME:Friday, 11 October 2024, 14:30]]. Payment of €1,200 was taken from [[IBAN_CODE:AT92 1200 0399 7668 7475]]; contact us at [[EMAIL_ADDRESS:f.nowak@wp.pl]].""",
    """Our records show that [[PERSON:Hamid Karimi]] ([[NRP:Afghan]], [[AGE:36]]) accessed the payroll portal as [[USERNAME:hkarimi]] from MAC 00:1a:2b:3c:4d:5e and [[IP_ADDRESS:10.20.7.114]] on [[DATE_TIME:2024-05-06 at 08:12]].""",
    """To reissue the lost card, [[PERSON:Yolanda Pretorius]] confirmed her card number [[CREDIT_CARD:4759 0145 7178 5225]], the CVV 907, and her postal address [[ADDRESS:PO Box 1182]], [[LOCATION:Stellenbosch]], [[ZIP_CODE:7599]].""",
    """Customer [[PERSON:Aleksander Johansen]] switched his roaming add-on off at [[DATE_TIME:23:58 on 30 June]]; the next morning line [[PHONE_NUMBER:+47 412 90 337]] was charged for 2.1 GB in [[LOCATION:Switzerland]]. Refund to [[IBAN_CODE:CH48 0076 2405 8353 8282 1]] was approved.""",
    """[[PERSON:Miss Tallulah Brennan-Achike]] updated her billing address to [[ADDRESS:Flat 5]], [[ADDRESS:221 Kilburn High Road]], [[LOCATION:London]] [[ZIP_CODE:NW6 7JL]] and her landline to [[PHONE_NUMBER:020 7624 1183]]; the Dynamic Branding Agent noted the change on [[DATE_TIME:03.04.2024]].""",
    """Login alert: [[USERNAME:kwabena.asante]] signed in from [[IP_ADDRESS:154.160.2.77]] with Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1 at [[DATE_TIME:2024-03-19T21:44:10Z]]. Not you, [[PERSON:Kwabena]]? Call [[PHONE_NUMBER:+233 20 884 1172]].""",
    """Hello [[PERSON:Mr. Ignatius Fairbanks]], your port-out of [[PHONE_NUMBER:(347) 912-4408]] to Mint Mobile completed on [[DATE_TIME:Aug 9, 2024]]. The final bill of $63.18 will be charged to the card ending 2071, and device balance of $412 remains on account [[ID_NUMBER:7730-4412-09]].""",
    """[[PERSON:Dr. Annika Lindqvist]], Product Accounts Engineer, will relocate to [[ADDRESS:Sveavägen 44]], [[LOCATION:Stockholm]] [[ZIP_CODE:111 34]]. Her salary of SEK 62,000 will go to [[IBAN_CODE:SE48 5000 8376 1973 1235 1763]] from [[DATE_TIME:1 May]].""",
    """The dispute raised by [[PERSON:Chiamaka Nwachukwu]] concerns 14 premium-rate calls from [[PHONE_NUMBER:0810 227 9043]] on [[DATE_TIME:17/02/2024]]; she lives at [[ADDRESS:5 Ogunlana Drive]], [[LOCATION:Surulere]], [[LOCATION:Lagos State]] and works as a Customer Factors Administrator.""",
    # --- gretel-like domain documents ---
    """MOTOR INSURANCE CLAIM FORM
Claim ref: CLM-2024-118203
Policyholder: [[PERSON:Nicholas Papadopoulos]]
Date of birth: [[DATE_TIME:02/11/1983]]
Address: [[ADDRESS:41 Wellington Street]], [[LOCATION:Northcote]], [[LOCATION:VIC]] [[ZIP_CODE:3070]]
Licence no.: [[ID_NUMBER:048 331 927]]
Date and time of incident: [[DATE_TIME:18 April 2024, approx. 17:40]]
Third party: [[PERSON:Mei Ling Chua]], vehicle [[ID_NUMBER:1XY 4RK]], phone [[PHONE_NUMBER:0431 228 905]]
Description: Third party reversed out of a driveway on Separation Street and struck the rear passenger door.""",
    """EMPLOYMENT AGREEMENT

This Agreement is made on [[DATE_TIME:15 January 2024]] between Harrowgate Analytics Ltd ("the Company") and [[PERSON:Oluwadamilare Akinyemi]] of [[ADDRESS:Flat 11, Ravensbourne House, 2 Lewisham Road]], [[LOCATION:London]] [[ZIP_CODE:SE13 7QA]] ("the Employee"), National Insurance number [[ID_NUMBER:SX 44 81 27 C]].

1. The Employee's employment shall commence on [[DATE_TIME:1 February 2024]] in the role of Quantitative Analyst.
2. Salary shall be paid monthly into the account ending 3391.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Graciela Montoya]]    MRN: [[ID_NUMBER:MRN-00482217]]
DOB: [[DATE_TIME:07/23/1949]]    Age: [[AGE:74]]
Admitted: [[DATE_TIME:03/02/2024]]    Discharged: [[DATE_TIME:03/09/2024]]
Attending: [[PERSON:Dr. Kwame Asare-Boateng]]
Diagnosis: Community-acquired pneumonia, resolved.
Follow-up with PCP [[PERSON:Dr. Leah Goldstein]] within 7 days; call [[PHONE_NUMBER:(617) 732-4410]] to schedule. Patient lives with her daughter, [[PERSON:Rosa]], at [[ADDRESS:88 Centre St, Apt 2]], [[LOCATION:Jamaica Plain]], [[LOCATION:MA]] [[ZIP_CODE:02130]].""",
    """PERSONAL LOAN APPLICATION
Applicant name: [[PERSON:Sibusiso Khumalo]]
ID number: [[ID_NUMBER:7701199387081]]
Date of birth: [[DATE_TIME:19 January 1977]]
Marital status: Married
Employer: Transnet Freight Rail — Senior Planner
Monthly gross income: R 48 500
Residential address: [[ADDRESS:17 Jacaranda Crescent]], [[LOCATION:Pinetown]], [[ZIP_CODE:3610]]
Cell: [[PHONE_NUMBER:083 441 2905]]    Email: [[EMAIL_ADDRESS:sbu.khumalo@telkomsa.net]]
Bank account: [[ID_NUMBER:62 1847 3309]] (FNB, branch 250655)""",
    """NOTICE OF TERMINATION OF TENANCY

To: [[PERSON:Mr. Declan Hughes]], [[ADDRESS:Apartment 6, 14 Marlborough Road]], [[LOCATION:Donnybrook]], [[LOCATION:Dublin 4]]
From: [[PERSON:Siobhán Ní Bhriain]], Landlord
Date of service: [[DATE_TIME:2 April 2024]]

You are hereby given notice that your tenancy will terminate on [[DATE_TIME:30 September 2024]]. Your RTB registration number is 24781-PR. Please contact me on [[PHONE_NUMBER:+353 86 412 7790]] to arrange the final inspection.""",
    """PRESCRIPTION
Prescriber: [[PERSON:Dr. Anjali Deshmukh]], Reg. No. 88217
Patient: [[PERSON:Farouk Abdullahi]], M, [[AGE:52]]
Address: [[ADDRESS:House 12, Close 4, 3rd Avenue]], [[LOCATION:Gwarinpa]], [[LOCATION:Abuja]]
Date: [[DATE_TIME:11/06/2024]]
Rx: Amlodipine 5 mg, one tablet daily, 30 days. Review on [[DATE_TIME:11 July 2024]].""",
    """CERTIFICATE OF ATTENDANCE
This is to certify that [[PERSON:Marisol Quiñones]], student number [[ID_NUMBER:20231187]], attended the Advanced First Aid course held from [[DATE_TIME:6 May]] to [[DATE_TIME:10 May 2024]] at the [[LOCATION:San Juan]] training centre. Issued by [[PERSON:Hector Villanueva]], Course Director.""",
    """INCIDENT REPORT — Workplace injury
Employee: [[PERSON:Tevita Fifita]]   Staff ID: [[ID_NUMBER:E-30718]]
Date/time of injury: [[DATE_TIME:Monday 13 May 2024, 06:50]]
Location: loading dock B, [[LOCATION:Auckland]] distribution centre
Witness: [[PERSON:Grace Tuilagi]] (ext. 4417)
Injury: laceration to left hand; treated on site by first aider [[PERSON:Sam Whitcombe]], then at Middlemore ED.
Employee contact: [[PHONE_NUMBER:022 419 8836]]""",
    """PROMISSORY NOTE
For value received, the undersigned, [[PERSON:Jerome Baptiste]], residing at [[ADDRESS:2211 Magnolia Ave]], [[LOCATION:New Orleans]], [[LOCATION:Louisiana]] [[ZIP_CODE:70115]], promises to pay to [[PERSON:Celeste Fontenot]] the principal sum of $15,000, with interest at 6% per annum, in monthly installments beginning [[DATE_TIME:June 1, 2024]].
Borrower SSN: [[US_SSN:433-19-7720]]
Signed: [[PERSON:J. Baptiste]]    Date: [[DATE_TIME:May 10, 2024]]""",
    """SCHOOL ENROLMENT FORM
Child: [[PERSON:Arjun Venkataraman]]   DOB: [[DATE_TIME:28-02-2018]]   Year: 1
Parent/guardian 1: [[PERSON:Lakshmi Venkataraman]], [[PHONE_NUMBER:0421 660 317]], [[EMAIL_ADDRESS:lakshmi.v@bigpond.com]]
Parent/guardian 2: [[PERSON:Suresh Venkataraman]], [[PHONE_NUMBER:0438 102 774]]
Home address: [[ADDRESS:9 Wattle Grove]], [[LOCATION:Glen Waverley]] [[LOCATION:VIC]] [[ZIP_CODE:3150]]
Medicare number: [[ID_NUMBER:2951 44717 1]]
Allergies: peanuts (EpiPen in bag)""",
    """WILL AND TESTAMENT (extract)
I, [[PERSON:Eunice Wairimu Mwangi]], of [[ADDRESS:Plot 44, Kiambu Road]], [[LOCATION:Runda]], [[LOCATION:Nairobi]], ID No. [[ID_NUMBER:10773918]], being of sound mind, declare this to be my last will. I appoint my son [[PERSON:Peter Kariuki Mwangi]] as executor, and I leave my house in [[LOCATION:Nyeri]] to my granddaughter [[PERSON:Faith Njeri]].
Signed at [[LOCATION:Nairobi]] on [[DATE_TIME:14th February 2023]].""",
    """VETERINARY REFERRAL
Owner: [[PERSON:Callum Reid]], [[ADDRESS:Mains of Drum Farm]], [[LOCATION:Aberdeenshire]] [[ZIP_CODE:AB31 5AB]], tel [[PHONE_NUMBER:01330 811 240]]
Animal: Moss, Border Collie, 6 yrs
Referred to: Dick Vet Hospital for Small Animals, orthopaedics
Appointment: [[DATE_TIME:Tue 2 July 2024, 11:00]]
Referring vet: [[PERSON:Kirsty Ogilvie]] BVMS""",
    """PROPERTY TRANSFER DEED
Seller: [[PERSON:Rajesh Kumar Agarwal]], PAN [[ID_NUMBER:AHKPA7719F]], resident of [[ADDRESS:B-204, Shanti Apartments, Sector 14]], [[LOCATION:Gurugram]], [[LOCATION:Haryana]] [[ZIP_CODE:122001]]
Buyer: [[PERSON:Meenakshi Iyer]], Aadhaar [[ID_NUMBER:6740 1254 9830]]
Consideration: ₹ 1,12,00,000
Executed on [[DATE_TIME:22 March 2024]] before the Sub-Registrar, [[LOCATION:Gurugram]].""",
    """HR GRIEVANCE LOG
Complainant: [[PERSON:Abigail Mensah-Torto]] (payroll no. [[ID_NUMBER:004417]])
Respondent: [[PERSON:Trevor Hastings]], Team Lead
Meeting held: [[DATE_TIME:Wed 24 April, 10:00]], room 3.12
Notes taken by HR Business Partner [[PERSON:Ruth Adeleke]].
Outcome letter to be sent to [[EMAIL_ADDRESS:abigail.mt@gmail.com]] by the end of next week.""",
    """COURT SUMMONS
[[PERSON:Kelechi Obi]], of [[ADDRESS:31 Nnamdi Azikiwe Road]], [[LOCATION:Onitsha]], [[LOCATION:Anambra State]], is hereby summoned to appear before the Magistrate Court on [[DATE_TIME:the 9th day of September 2024 at 9 o'clock in the forenoon]] to answer a complaint filed by [[PERSON:Ifeoma Chukwu]].""",
    """GYM MEMBERSHIP AGREEMENT
Member: [[PERSON:Bianca Lombardi]]   Member no.: [[ID_NUMBER:FF-7704192]]
DOB: [[DATE_TIME:09/09/1999]]   Mobile: [[PHONE_NUMBER:0412 557 830]]
Direct debit: BSB 062-000, account [[ID_NUMBER:1042 7715]]
Membership start: [[DATE_TIME:1 June 2024]]   Minimum term: 12 months
Emergency contact: [[PERSON:Marco Lombardi]] (father), [[PHONE_NUMBER:0418 223 094]]""",
    """NOTICE OF ASSESSMENT (summary)
Taxpayer: [[PERSON:Olivia Chang-Mercer]]
SIN: [[ID_NUMBER:756 672 580]]
Mailing address: [[ADDRESS:1506-388 Drake Street]], [[LOCATION:Vancouver]] [[LOCATION:BC]] [[ZIP_CODE:V6B 6A8]]
Date issued: [[DATE_TIME:March 28, 2024]]
Balance owing: $0.00. Your refund of $1,842.07 was deposited to your account on [[DATE_TIME:April 2, 2024]].""",
    # --- Nemotron-like: structured data, logs, code, tickets ---
    """{"customer_id": "[[ID_NUMBER:C-0097731]]", "name": {"first": "[[PERSON:Mariana]]", "last": "[[PERSON:Costa e Silva]]"}, "cpf": "[[ID_NUMBER:429.136.937-92]]", "birth_date": "[[DATE_TIME:1990-12-08]]", "email": "[[EMAIL_ADDRESS:mariana.costasilva@uol.com.br]]", "phone": "[[PHONE_NUMBER:+55 21 98874-3310]]", "address": {"street": "[[ADDRESS:Rua Visconde de Pirajá 414, apto 902]]", "city": "[[LOCATION:Rio de Janeiro]]", "state": "[[LOCATION:RJ]]", "cep": "[[ZIP_CODE:22410-002]]"}, "tier": "gold", "marketing_opt_in": false}""",
    """2024-04-11 09:14:22,118 INFO  auth.login user=[[USERNAME:aisha.bello]] src=[[IP_ADDRESS:102.89.34.201]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)" result=SUCCESS mfa=sms to=[[PHONE_NUMBER:+2348031447720]]
2024-04-11 09:14:58,402 WARN  profile.update user=[[USERNAME:aisha.bello]] field=email old=[[EMAIL_ADDRESS:aisha.bello@yahoo.com]] new=[[EMAIL_ADDRESS:a.bello@protonmail.com]]
2024-04-11 09:15:03,991 INFO  session.end user=[[USERNAME:aisha.bello]] duration=41s""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, nhs_number, postcode, phone, gp_practice)
VALUES ('[[ID_NUMBER:P-228104]]', '[[PERSON:Bethany]]', '[[PERSON:Oduya]]', '[[DATE_TIME:1987-05-30]]', '[[ID_NUMBER:458 251 0531]]', '[[ZIP_CODE:M14 5RT]]', '[[PHONE_NUMBER:07711 402 938]]', 'Ladybarn Group Practice');""",
    """<employee>
  <id>[[ID_NUMBER:EMP-44812]]</id>
  <fullName>[[PERSON:Nomvula Sithole]]</fullName>
  <dateOfBirth>[[DATE_TIME:1991-03-14]]</dateOfBirth>
  <department>Finance</department>
  <workEmail>[[EMAIL_ADDRESS:nomvula.sithole@kgalema-holdings.co.za]]</workEmail>
  <homeAddress>[[ADDRESS:22 Protea Road]], [[LOCATION:Bryanston]], [[LOCATION:Sandton]], [[ZIP_CODE:2191]]</homeAddress>
  <bankAccount>[[ID_NUMBER:4071 339 281]]</bankAccount>
</employee>""",
    """# settings.yaml — staging
admin:
  name: [[PERSON:Tobias Eriksen]]
  email: [[EMAIL_ADDRESS:tobias.eriksen@gmail.com]]
  ssh_allow_from: [[IP_ADDRESS:88.95.212.40]]
database:
  host: [[IP_ADDRESS:10.0.4.12]]
  user: app_rw
  password: "Hx!82kdPq"
alerts:
  oncall_phone: "[[PHONE_NUMBER:+47 934 11 288]]"
  escalation: sre-team@company.example""",
    """def test_create_customer():
    c = Customer(
        name="[[PERSON:Priscilla Ampofo]]",
        email="[[EMAIL_ADDRESS:p.ampofo88@gmail.com]]",
        dob="[[DATE_TIME:1988-07-02]]",
        card="[[CREDIT_CARD:4161360711278742]]",
        address="[[ADDRESS:14 Adjiringanor Road]], [[LOCATION:East Legon]], [[LOCATION:Accra]]",
    )
    assert c.is_valid()""",
    """Ticket #HD-77124 | Priority: High | Queue: Payroll
Requester: [[PERSON:Gabriel Moreau]] <[[EMAIL_ADDRESS:gabriel.moreau@orange.fr]]>
Subject: Cannot access payslips
Body: Hi, since the password reset on [[DATE_TIME:31 May]] I get "account locked" when I log in as [[USERNAME:gmoreau]]. My employee number is [[ID_NUMBER:100482]] and I'm working from home ([[IP_ADDRESS:86.247.113.9]]). Please call me on [[PHONE_NUMBER:+33 6 12 48 77 03]].
Assignee: IT Service Desk L1""",
    """UPDATE users SET email = '[[EMAIL_ADDRESS:keanu.kahale@hawaii.rr.com]]', phone = '[[PHONE_NUMBER:808-395-2217]]', last_login = '[[DATE_TIME:2024-02-27 19:03:44]]', last_ip = '[[IP_ADDRESS:66.91.187.4]]' WHERE username = '[[USERNAME:kkahale]]';""",
    """[
  {"ts": "2024-05-14T10:02:11Z", "event": "checkout", "user": "[[USERNAME:miguel_sr]]", "card_last4": "6582", "ship_to": "[[ADDRESS:4419 W Armitage Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60639]]", "order": "ORD-88421"},
  {"ts": "2024-05-14T10:02:13Z", "event": "fraud_check", "user": "[[USERNAME:miguel_sr]]", "ip": "[[IP_ADDRESS:73.44.201.18]]", "score": 0.12}
]""",
    """From: [[PERSON:Eszter Horváth]] <[[EMAIL_ADDRESS:eszter.horvath@citromail.hu]]>
To: bookings@danube-apartments.example
Date: [[DATE_TIME:Tue, 9 Jan 2024 18:22:07 +0100]]
Subject: Booking for 3 guests

Hello, I'd like to book the two-bedroom flat from [[DATE_TIME:22 March]] to [[DATE_TIME:26 March]] for myself, my husband [[PERSON:Gábor]] and our son [[PERSON:Bence]] ([[AGE:9]]). You can call me on [[PHONE_NUMBER:+36 30 418 7725]].
Best regards, [[PERSON:Eszter]]""",
    """ACCESS_LOG
[[IP_ADDRESS:203.0.113.54]] - [[USERNAME:jpereira]] [12/Mar/2024:14:22:01 +0000] "GET /account/profile HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:203.0.113.54]] - [[USERNAME:jpereira]] [12/Mar/2024:14:22:09 +0000] "POST /account/address HTTP/1.1" 302 0 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"
[[IP_ADDRESS:198.51.100.7]] - - [12/Mar/2024:14:22:15 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28\"""",
    """customer = {
    "full_name": "[[PERSON:Hana Kobayashi]]",
    "passport_no": "[[ID_NUMBER:TZ1184520]]",
    "nationality": "[[NRP:Japanese]]",
    "dob": "[[DATE_TIME:19 Nov 1994]]",
    "hotel": "Shinjuku Granbell",
    "arrival": "[[DATE_TIME:2024-10-02]]",
    "emergency_contact": {"name": "[[PERSON:Ren Kobayashi]]", "phone": "[[PHONE_NUMBER:+81 90-4471-2286]]"},
}""",
    """Form W-9 (data entry)
Name: [[PERSON:Darnell Whitaker]]
Business name: Whitaker Mobile Detailing LLC
Address: [[ADDRESS:5812 Longleaf Pine Ct]]
City, state, ZIP: [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28269]]
SSN: [[US_SSN:247-60-1193]]
Signature date: [[DATE_TIME:01/16/2024]]""",
    """<Guest>
  <Name>[[PERSON:Ravi Shankar Pillai]]</Name>
  <Passport country="IN">[[ID_NUMBER:Z4471902]]</Passport>
  <CheckIn>[[DATE_TIME:2024-07-19T15:00]]</CheckIn>
  <CheckOut>[[DATE_TIME:2024-07-23T11:00]]</CheckOut>
  <Card type="VISA">[[CREDIT_CARD:4273842896263180]]</Card>
  <CardExpiry>09/27</CardExpiry>
  <Mobile>[[PHONE_NUMBER:+91 94470 33128]]</Mobile>
</Guest>""",
    """[audit] 2024-01-08 11:40:02 user=[[USERNAME:admin_ndlovu]] action=EXPORT table=members rows=1 filter="member_id='[[ID_NUMBER:M-55810]]'" requester=[[EMAIL_ADDRESS:t.ndlovu@gmail.com]] reason="subject access request from [[PERSON:Themba Ndlovu]]\"""",
    """FORM 27 — Change of address (driver licensing)
Licence holder: [[PERSON:Kaia Roberts]]
Licence no.: [[ID_NUMBER:DL551972]]
Old address: [[ADDRESS:22 Nikau Way]], [[LOCATION:Paraparaumu]] [[ZIP_CODE:5032]]
New address: [[ADDRESS:Unit 4, 118 Cuba Street]], [[LOCATION:Te Aro]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]]
Date of move: [[DATE_TIME:28/03/2024]]""",
    """Support ticket SR-20931
Customer: [[PERSON:Fernando Alcántara]]
Issue: double charge on card [[CREDIT_CARD:5593 4676 6709 7722]] for the annual plan
Customer says: "I was charged on the 3rd and again on the 4th, please refund one." Agent [[PERSON:Priya]] refunded $199 on [[DATE_TIME:5 Feb 2024]] and emailed [[EMAIL_ADDRESS:fer.alcantara@gmail.com]].""",
    """# conftest.py fixture
SAMPLE_USER = {
    "username": "[[USERNAME:lwong_hk]]",
    "email": "[[EMAIL_ADDRESS:lauren.wong@netvigator.com]]",
    "phone": "[[PHONE_NUMBER:+852 9134 2287]]",
    "address": "[[ADDRESS:Flat C, 12/F, 38 Conduit Road]], [[LOCATION:Mid-Levels]], [[LOCATION:Hong Kong]]",
    "hkid": "[[ID_NUMBER:K512388(7)]]",
}""",
    # --- telecom (SIM registration, porting, roaming, billing) in every shape ---
    """{
  "msisdn": "[[PHONE_NUMBER:+447700183904]]",
  "iccid": "8944040548266660456",
  "imsi": "234159021774310",
  "status": "ACTIVE",
  "subscriber": {
    "title": "[[TITLE:Ms]]",
    "first_name": "[[PERSON:Precious]]",
    "last_name": "[[PERSON:Okafor-Grant]]",
    "dob": "[[DATE_TIME:1993-08-21]]",
    "id_document": {"type": "passport", "number": "[[ID_NUMBER:553817204]]", "country": "GBR"},
    "address": {"line1": "[[ADDRESS:27 Sefton Park Road]]", "city": "[[LOCATION:Liverpool]]", "postcode": "[[ZIP_CODE:L8 3SL]]"}
  },
  "activated_at": "[[DATE_TIME:2024-01-04T10:17:55Z]]",
  "tariff": "SIMO-30GB"
}""",
    """2024-06-18T07:42:10Z porting-gw INFO  PORT_IN_REQUEST msisdn=[[PHONE_NUMBER:07911 204 553]] donor=VODA recipient=EE pac=VOD773921 account=[[ID_NUMBER:ACC-5520917]] requested_by=[[USERNAME:nkhanna]] ip=[[IP_ADDRESS:82.132.218.45]]
2024-06-18T07:42:11Z porting-gw WARN  NAME_MISMATCH msisdn=[[PHONE_NUMBER:07911 204 553]] donor_name="[[PERSON:N KHANNA]]" recipient_name="[[PERSON:Neha Khanna-Lobo]]"
2024-06-19T06:00:00Z porting-gw INFO  PORT_COMPLETE msisdn=[[PHONE_NUMBER:07911 204 553]]""",
    """INSERT INTO sim_registrations (reg_id, msisdn, full_name, nin, dob, state_of_origin, address, registered_at, agent_code)
VALUES (88120431, '[[PHONE_NUMBER:2349061183307]]', '[[PERSON:Hauwa Ibrahim Danjuma]]', '[[ID_NUMBER:38820517461]]', '[[DATE_TIME:1998-03-02]]', '[[LOCATION:Kano]]', '[[ADDRESS:No 14 Zoo Road]], [[LOCATION:Gyadi-Gyadi]], [[LOCATION:Kano]]', '[[DATE_TIME:2024-02-14 13:22:07]]', 'AGT-KN-0093');""",
    """<PortRequest version="2.1">
  <TelephoneNumber>[[PHONE_NUMBER:5124470134]]</TelephoneNumber>
  <OldServiceProvider>Spectrum Mobile</OldServiceProvider>
  <AccountNumber>[[ID_NUMBER:8260 1330 4417 992]]</AccountNumber>
  <TransferPIN>4471</TransferPIN>
  <AuthorizedName>[[PERSON:Consuelo Aranda-Whitfield]]</AuthorizedName>
  <ServiceAddress>[[ADDRESS:10911 Research Blvd, Apt 2207]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78759]]</ServiceAddress>
  <DueDate>[[DATE_TIME:2024-05-22]]</DueDate>
</PortRequest>""",
    """LETTER OF AUTHORITY — MOBILE NUMBER PORTING

I, [[PERSON:Graeme Thornton]], of [[ADDRESS:3 Kirkgate Mews]], [[LOCATION:Thirsk]], [[LOCATION:North Yorkshire]] [[ZIP_CODE:YO7 1PL]], being the account holder for the numbers listed below, authorise Dales Connect Ltd to port them from their current provider:

  [[PHONE_NUMBER:07824 551 093]] (my own mobile)
  [[PHONE_NUMBER:07824 551 094]] (used by my wife, [[PERSON:Alison Thornton]])
  01845 522 400 (farm shop — business line)

Current account number: [[ID_NUMBER:UK4417290]]
Signed: [[PERSON:G. Thornton]]      Date: [[DATE_TIME:11/03/2024]]""",
    """COMPLAINT TO THE TELECOMMUNICATIONS OMBUDSMAN

Complainant: [[PERSON:Ms. Adaeze Uzoma]]
Service number: [[PHONE_NUMBER:0402 771 358]]
Provider account: [[ID_NUMBER:9003 4478 1126]]
Contact email: [[EMAIL_ADDRESS:adaeze.uzoma@gmail.com]]

Summary: On [[DATE_TIME:14 December 2023]] I was told by a retail consultant named [[PERSON:Josh]] that my plan would include international calls to [[LOCATION:Nigeria]]. My January and February bills included $386.40 of international call charges. I raised this on [[DATE_TIME:6 February 2024]] (reference 77120934) and have had no resolution.
Outcome sought: refund of $386.40 and a written apology.""",
    """ROAMING CHARGES ADJUSTMENT NOTICE

Dear [[PERSON:Mr. Hiroshi Tanaka-Blake]],

Following your enquiry of [[DATE_TIME:2 September 2024]], we have reviewed roaming usage on mobile [[PHONE_NUMBER:+61 412 008 336]] during your stay in [[LOCATION:Japan]] between [[DATE_TIME:14 August]] and [[DATE_TIME:28 August 2024]]. Data sessions were billed at standard rates because the International Day Pass had not been activated.

As a one-off courtesy we have applied a credit of $210.00 to account [[ID_NUMBER:4410-228-917]]. This will appear on your next bill.

Billing Resolutions Team""",
    """Ticket #TCK-448120 | Channel: web form | Category: Roaming
Customer: [[PERSON:Sunita Raghavan]] ([[EMAIL_ADDRESS:sunita.r@rediffmail.com]])
Mobile: [[PHONE_NUMBER:+91 98100 47728]]   Plan: Postpaid 999
Message: Landed in [[LOCATION:Madrid]] on [[DATE_TIME:Sat 11 May]] and my phone shows "No service" even though IR pack was active. Tried restarting, manual network selection (Movistar, Orange). Please fix urgently, I travel to [[LOCATION:Barcelona]] on [[DATE_TIME:the 14th]].
Device: iPhone 13, IMEI 355581707603759""",
    """call_detail_records (excerpt) — subscriber [[PERSON:Benedikt Vogel]], account [[ID_NUMBER:DE-7710042]]
2024-03-02 18:04:11  MO  [[PHONE_NUMBER:+49 171 4420 937]] -> [[PHONE_NUMBER:+43 664 1182 530]]  00:12:41  roaming AT
2024-03-02 21:30:59  MT  [[PHONE_NUMBER:+49 30 7712 4486]] -> [[PHONE_NUMBER:+49 171 4420 937]]  00:03:05  roaming AT
2024-03-03 09:17:20  SMS [[PHONE_NUMBER:+49 171 4420 937]] -> 80888  premium  €4.99""",
    """SIM swap request for [[PERSON:Catalina Restrepo]] on [[PHONE_NUMBER:+1 786 413 9920]]. The Senior Mobility Consultant verified the last four of the SSN (…1187) and the billing ZIP [[ZIP_CODE:33130]]; new ICCID 8901283979751993431 was activated at [[DATE_TIME:10:41 AM on 04/02/2024]] from store IP [[IP_ADDRESS:172.16.40.12]].""",
    """Subscriber self-care log: [[USERNAME:ferdinand.mbeki]] changed the notification email to [[EMAIL_ADDRESS:f.mbeki@webmail.co.za]] and requested a porting code for [[PHONE_NUMBER:+27 82 309 4471]] from [[IP_ADDRESS:41.13.202.96]] using Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36.""",
    """PREPAID SIM REGISTRATION FORM
Surname: [[PERSON:Eze]]   Other names: [[PERSON:Chidinma Blessing]]
Gender: F   Date of birth: [[DATE_TIME:24-11-2001]]
NIN: [[ID_NUMBER:60219488305]]
Residential address: [[ADDRESS:Flat 3, Block C, Federal Housing Estate]], [[LOCATION:Enugu]]
Alternative phone: [[PHONE_NUMBER:0706 113 8842]]
MSISDN issued: [[PHONE_NUMBER:0913 447 0251]]
Agent: ETS-ENU-2217   Date: [[DATE_TIME:19/04/2024]]""",
    """POSTPAID SERVICE AGREEMENT — CUSTOMER DETAILS
Name: [[PERSON:Brandon Kowalski]]
SSN: [[US_SSN:318-44-7702]]
Driver license: [[US_DRIVER_LICENSE:K412-7730-9921]] (IL)
DOB: [[DATE_TIME:06/30/1987]]
Service address: [[ADDRESS:2130 N Halsted St, Unit 3F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60614]]
Lines: [[PHONE_NUMBER:(312) 404-8817]], [[PHONE_NUMBER:(312) 404-8862]]
AutoPay card: [[CREDIT_CARD:4346 4119 9637 7093]]
Agreement signed [[DATE_TIME:02/18/2024]] at store #1140.""",
    """class Subscriber:
    def __init__(self):
        self.msisdn = "[[PHONE_NUMBER:+639175520843]]"
        self.name = "[[PERSON:Ma. Cristina Villareal]]"
        self.birthdate = "[[DATE_TIME:1990-01-17]]"
        self.valid_id = ("UMID", "[[ID_NUMBER:0111-4428903-7]]")
        self.address = "[[ADDRESS:Lot 7 Blk 12, Sampaguita St.]], [[LOCATION:Las Piñas]]"
        self.registered = True""",
    """From: [[PERSON:Rhys Llewellyn-Price]] <[[EMAIL_ADDRESS:rhys.lp@btinternet.com]]>
Subject: Unauthorised port-out of my number

My number [[PHONE_NUMBER:07583 302 118]] was ported away from O2 without my permission on [[DATE_TIME:Thursday 25 April at about 3pm]]. I didn't request a PAC. My account number is [[ID_NUMBER:O2-11840937]] and my date of birth is [[DATE_TIME:8 October 1969]]. I've reported it to Action Fraud (ref NFRC240411877). Please reverse the port and call me on my landline, [[PHONE_NUMBER:029 2034 7761]].
[[PERSON:Rhys]]""",
    """eSIM activation for [[PERSON:Yuki Matsumoto]], Junior Usability Designer, completed from [[IP_ADDRESS:126.51.3.88]] on MAC a4:83:e7:2c:19:0b; confirmation sent to [[EMAIL_ADDRESS:yuki.matsumoto@docomo.ne.jp]], roaming profile EU+UK, billing to card [[CREDIT_CARD:3528 0707 7486 5935]] (exp 02/29, CVV 441).""",
    """FRAUD INVESTIGATION REPORT — SIM SWAP
Case: FIU/2024/0388
Victim: [[PERSON:Joseph Otieno Ouma]], ID [[ID_NUMBER:23190477]], line [[PHONE_NUMBER:0711 903 428]]
Date of swap: [[DATE_TIME:22/01/2024 at 14:05]], at the [[LOCATION:Kisumu]] Mega Plaza shop
Suspect presented a forged ID in the victim's name; CCTV shows a male aged about 30.
Loss: KES 212,000 withdrawn via mobile money to [[PHONE_NUMBER:0798 114 203]] (registered to [[PERSON:Kevin Mutua]]).
Investigating officer: [[TITLE:Insp.]] [[PERSON:Mercy Chebet]]""",
    """{"dispute_id": "BD-2024-11873", "status": "UNDER_REVIEW", "account": {"number": "[[ID_NUMBER:100-448-2210]]", "holder": "[[PERSON:Leilani Kahananui]]", "email": "[[EMAIL_ADDRESS:leilani.k@gmail.com]]"}, "line": "[[PHONE_NUMBER:(808) 721-4490]]", "disputed_items": [{"desc": "Intl roaming - [[LOCATION:Japan]]", "amount": 148.20}, {"desc": "Late fee", "amount": 10.00}], "customer_note": "Was told the Travel Pass covered [[LOCATION:Japan]] when I called on [[DATE_TIME:3/14]]"}""",
    """Apr 22 03:14:52 radius01 radiusd[2281]: Login OK: [[[USERNAME:olu.adebayo@fibrelink]]] (from client bras-lag-02 port 881 cli [[PHONE_NUMBER:+2348023317790]]) Framed-IP-Address=[[IP_ADDRESS:105.112.48.201]]
Apr 22 09:55:10 radius01 radiusd[2281]: Login incorrect: [[[USERNAME:olu.adebayo@fibrelink]]] (from client bras-lag-02 port 881)""",
    """LETTER OF DEMAND

To: [[PERSON:Mr. Thabo Molefe]]
[[ADDRESS:1180 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]
ID: [[ID_NUMBER:8504125501083]]
Date: [[DATE_TIME:15 March 2024]]

Re: Arrear account [[ID_NUMBER:VC-4410937721]] — cell number [[PHONE_NUMBER:082 774 1190]]

Our client, a mobile network operator, instructs us that the above account is in arrears in the amount of R 4 318,66. Kindly settle within 20 days of this letter, failing which legal action will be instituted.""",
    """CUSTOMER APPLICATION FORM — MOBILE NUMBER PORTABILITY
Name: [[PERSON:Mohammed Irfan Qureshi]]
Father's name: [[PERSON:Abdul Rasheed Qureshi]]
Mobile number to be ported: [[PHONE_NUMBER:98765 03412]]
UPC: HQ918372
Proof of identity: Aadhaar [[ID_NUMBER:4490 3251 8696]]
Proof of address: [[ADDRESS:H.No. 8-2-293/82, Road No. 14, Banjara Hills]], [[LOCATION:Hyderabad]] [[ZIP_CODE:500034]]
Date: [[DATE_TIME:06.05.2024]]""",
    """During [[PERSON:Ingrid Solberg]]'s trip to [[LOCATION:Morocco]] from [[DATE_TIME:03/07]] to [[DATE_TIME:17/07]], her line [[PHONE_NUMBER:+47 981 44 207]] ran up NOK 6,930 in data roaming; the Accounts Receivable Specialist has asked her to pay to [[IBAN_CODE:NL89 INGB 4670 0620 60]] or dispute via [[EMAIL_ADDRESS:ingrid.solberg@online.no]] within 14 days.""",
    """TIO DETERMINATION (extract)
Consumer: [[PERSON:Ahmad Nouri]]
Service: mobile [[PHONE_NUMBER:0449 180 226]], account [[ID_NUMBER:300 771 4482]]
The consumer says he moved to [[ADDRESS:14/62 Parramatta Road]], [[LOCATION:Homebush]] [[LOCATION:NSW]] [[ZIP_CODE:2140]] on [[DATE_TIME:1 July 2023]] and asked the provider to cancel his home internet service at his previous address. The provider continued to bill him until [[DATE_TIME:January 2024]].
Determination: the provider must waive $642.15 and remove the default listed with the credit reporting body.""",
    """UPDATE billing_disputes
SET status = 'RESOLVED', credit_amount = 35.00, resolved_by = 'agent_0431',
    customer_callback = '[[PHONE_NUMBER:+1 647 882 0193]]', customer_email = '[[EMAIL_ADDRESS:m.abdi@rogers.com]]'
WHERE dispute_ref = 'BD-77301' AND account_no = '[[ID_NUMBER:5520 4471 903]]';
-- customer: [[PERSON:Maryan Abdi]], complained about long-distance charges to [[LOCATION:Somalia]]""",
    """<crmExport>
  <contact id="CT-11802">
    <name>[[PERSON:Ólafur Gunnarsson]]</name>
    <msisdn>[[PHONE_NUMBER:+354 862 4471]]</msisdn>
    <email>[[EMAIL_ADDRESS:olafur.g@simnet.is]]</email>
    <kennitala>[[ID_NUMBER:120389-4409]]</kennitala>
    <lastContact>[[DATE_TIME:2024-04-02T16:45:00]]</lastContact>
    <note>Wants roaming cap raised before trip to [[LOCATION:Canada]]; do not call before 10:00.</note>
  </contact>
</crmExport>""",
    # --- Lithuanian, Latvian, Estonian ---
    """SIM KORTELĖS REGISTRACIJOS ANKETA
Vardas, pavardė: [[PERSON:Mantas Kavaliauskas]]
Asmens kodas: [[ID_NUMBER:38403174633]]
Gimimo data: [[DATE_TIME:1984-03-17]]
Adresas: [[ADDRESS:Taikos pr. 61-23]], [[ZIP_CODE:LT-91182]] [[LOCATION:Klaipėda]]
Kontaktinis tel.: [[PHONE_NUMBER:+370 655 18 204]]
El. paštas: [[EMAIL_ADDRESS:mantas.kavaliauskas@yahoo.com]]
Suteiktas numeris: [[PHONE_NUMBER:+370 620 77 431]]
Data: [[DATE_TIME:2024-02-08]]   Parašas: ________""",
    """NUMURA PĀRNESES PIETEIKUMS
Abonents: [[PERSON:Ilze Liepiņa]]
Personas kods: [[ID_NUMBER:030292-16547]]
Pārnesamais numurs: [[PHONE_NUMBER:+371 29 447 105]]
Pašreizējais operators: Tele2   Jaunais operators: Bite
Adrese: [[ADDRESS:Lāčplēša iela 41-8]], [[LOCATION:Rīga]], [[ZIP_CODE:LV-1011]]
E-pasts: [[EMAIL_ADDRESS:ilze.liepina@gmail.com]]
Vēlamais pārneses datums: [[DATE_TIME:15.05.2024]]
Paraksts: [[PERSON:I. Liepiņa]]""",
    """{"pöördumine": "RÄND-2024-0417", "klient": {"nimi": "[[PERSON:Kristjan Tamm]]", "isikukood": "[[ID_NUMBER:50304214891]]", "telefon": "[[PHONE_NUMBER:+372 5811 4720]]", "e_post": "[[EMAIL_ADDRESS:kristjan.tamm@gmail.com]]"}, "kirjeldus": "Arvel on 118,40 € andmesiderändlust [[LOCATION:Türgis]] ajavahemikul [[DATE_TIME:2.–9. juuli]], kuigi rändlus oli telefonis välja lülitatud.", "tagastus_konto": "[[IBAN_CODE:EE96 7700 5643 4220 2947]]"}""",
    """Sveiki, [[PERSON:Agne]], patvirtiname, kad [[DATE_TIME:2024 m. balandžio 3 d.]] iš Jūsų sąskaitos [[IBAN_CODE:LT87 7044 0281 5940 8935]] buvo nurašyta 420,00 EUR už butą adresu [[ADDRESS:Vilniaus g. 18-4]], [[LOCATION:Vilnius]]. Nuomotojas: [[PERSON:Vytautas Jankauskas]], tel. [[PHONE_NUMBER:8 699 41 203]].""",
    """DRAUDIMO IŠMOKOS PRAŠYMAS
Draudėjas: [[PERSON:Aušra Šimkienė]], a. k. [[ID_NUMBER:47309196939]]
Įvykio data ir laikas: [[DATE_TIME:2024-01-12, 18:40]]
Įvykio vieta: [[ADDRESS:Tilžės g. 112]], [[LOCATION:Šiauliai]]
Transporto priemonė: [[ID_NUMBER:KLM 318]]
Išmoką pervesti į sąskaitą: [[IBAN_CODE:LT55 7290 0914 6254 4028]]""",
    """DARBA LĪGUMS Nr. 24/117 (izraksts)
Darba devējs: SIA "Baltic Freight Solutions"
Darbinieks: [[PERSON:Artūrs Zariņš]], personas kods [[ID_NUMBER:324094-97457]], dzīvo [[ADDRESS:Ganību dambis 17-3]], [[LOCATION:Rīgā]], [[ZIP_CODE:LV-1045]]
Amats: loģistikas speciālists
Darba sākums: [[DATE_TIME:2024. gada 2. aprīlis]]
Alga tiek pārskaitīta uz kontu [[IBAN_CODE:LV38 PARX 6921 4399 8132 6]].""",
    """INSERT INTO klienti (id, vards, uzvards, dzimsanas_datums, talrunis, e_pasts, pilseta)
VALUES (4471, '[[PERSON:Marta]]', '[[PERSON:Krūmiņa]]', '[[DATE_TIME:1999-01-27]]', '[[PHONE_NUMBER:+371 20 118 445]]', '[[EMAIL_ADDRESS:marta.krumina@inbox.lv]]', '[[LOCATION:Jelgava]]');""",
    """ÜÜRILEPING (väljavõte)
Üürileandja: [[PERSON:Rein Sepp]], isikukood [[ID_NUMBER:35602032143]]
Üürnik: [[PERSON:Maria Ivanova]], sünniaeg [[DATE_TIME:05.12.1995]], isikukood [[ID_NUMBER:49512056242]]
Üüritav eluruum: [[ADDRESS:Riia 14-7]], [[LOCATION:Tartu]] [[ZIP_CODE:51010]]
Lepingu algus: [[DATE_TIME:1. september 2024]]
Üür tasutakse kontole [[IBAN_CODE:EE75 2200 1639 7619 7227]] iga kuu 5. kuupäevaks.""",
    """2024-03-28 14:02:17 INFO kasutaja [[USERNAME:piret.kuusk]] logis sisse IP-aadressilt [[IP_ADDRESS:90.191.44.207]]; muudeti telefoninumbrit: [[PHONE_NUMBER:+372 5123 9904]] -> [[PHONE_NUMBER:+372 5660 1187]]; kontaktisik [[PERSON:Piret Kuusk]], [[LOCATION:Pärnu]]""",
    # --- more domain documents and records ---
    """BENEFICIARY DESIGNATION
Policy number: LF-20417733
Insured: [[PERSON:Adebola Ogunleye]], DOB [[DATE_TIME:4 May 1972]], NI No. [[ID_NUMBER:JT 61 44 90 B]]
Primary beneficiary: [[PERSON:Temitope Ogunleye]] (spouse), 100%
Contingent beneficiaries: [[PERSON:Ayomide Ogunleye]] and [[PERSON:Ifeoluwa Ogunleye]] (children), in equal shares
Signed at [[LOCATION:Milton Keynes]] on [[DATE_TIME:19 June 2024]]""",
    """Greetings [[PERSON:Cormac]], the Forward Web Architect position requires you to submit your bank details: IBAN [[IBAN_CODE:IE05 BOFI 8882 1069 0274 84]], BIC BOFIIE2D. Your onboarding pack was sent to [[ADDRESS:Apartment 33]], [[ADDRESS:9 Grand Canal Quay]], [[LOCATION:Dublin 2]], [[ZIP_CODE:D02 KF98]].""",
    """{"data": {"user": {"id": "u_77f1a9", "displayName": "[[PERSON:Sofia Lindahl]]", "handle": "[[USERNAME:sofialindahl]]", "profileUrl": "[[URL:https://www.strava.com/athletes/sofialindahl]]", "homeCity": "[[LOCATION:Gothenburg]]", "birthday": "[[DATE_TIME:1996-06-11]]", "verifiedPhone": "[[PHONE_NUMBER:+46 70 441 28 90]]"}}}""",
    """CLINICAL TRIAL ENROLMENT — SITE 014
Participant initials: [[PERSON:R.M.]]   Participant ID: [[ID_NUMBER:014-0027]]
Date of consent: [[DATE_TIME:12 Feb 2024]]   Age at consent: [[AGE:63]]
Nationality: [[NRP:New Zealander]]
Consenting investigator: [[PERSON:Dr. Anahera Walker]]
Next visit: Week 4, [[DATE_TIME:11 March 2024, 09:00]]""",
    """Hi [[PERSON:Wei Jie]], we've updated your records: NRIC [[ID_NUMBER:S9428367A]], card [[CREDIT_CARD:5151 4356 7629 4147]] (exp 10/27), mailing address [[ADDRESS:Blk 415 Ang Mo Kio Avenue 10, #11-286]], [[LOCATION:Singapore]] [[ZIP_CODE:560415]]. The Chief Quality Officer will contact you at [[PHONE_NUMBER:+65 9735 4418]].""",
    """## Job application
**Name:** [[PERSON:Esperanza Dominguez]]
**Email:** [[EMAIL_ADDRESS:esperanza.dmz@gmail.com]]
**Phone:** [[PHONE_NUMBER:+1 (956) 221-7043]]
**Location:** [[LOCATION:McAllen]], [[LOCATION:Texas]]
**Portfolio:** [[URL:https://esperanzadominguez.design]]
**Available from:** [[DATE_TIME:July 15, 2024]]
**Years of experience:** 6""",
    """TRAFFIC COLLISION REPORT (summary)
Date/time: [[DATE_TIME:03/22/2024 07:55]]
Location: intersection of Broadway and 5th Ave, [[LOCATION:San Diego]]
Driver 1: [[PERSON:Trinh Van Long]], DL [[US_DRIVER_LICENSE:D4417209]], DOB [[DATE_TIME:05/14/1979]], [[ADDRESS:3871 El Cajon Blvd]], [[LOCATION:San Diego]], [[LOCATION:CA]] [[ZIP_CODE:92105]]
Driver 2: [[PERSON:Rebecca Stoltzfus]], DL [[US_DRIVER_LICENSE:Y3302871]], DOB [[DATE_TIME:11/02/1996]]
Officer: [[TITLE:Ofc.]] [[PERSON:R. Delgado]]""",
    """# .env.production
ADMIN_NAME="[[PERSON:Oskar Wieczorek]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:oskar.wieczorek@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+48 601 224 917]]
SUPPORT_EMAIL=support@parcelhub.example
DB_URL=postgres://app:Zx81kq@[[IP_ADDRESS:10.1.2.3]]:5432/prod
FEATURE_FLAGS=beta_checkout,new_labels""",
    """Student portal notice: [[PERSON:Mthunzi Cele]] (student no. [[ID_NUMBER:219044731]], [[AGE:22]]) logged in from [[IP_ADDRESS:196.21.45.130]] to change his residence to [[ADDRESS:Room 14, Block D, Howard College Residence]], [[LOCATION:Durban]] and his next of kin to [[PERSON:Nokuthula Cele]], [[PHONE_NUMBER:073 118 4406]].""",
]

TABLE = [
    """customer_id,name,email,phone,state,signup_channel
10231,[[PERSON:Brianna Castillo]],[[EMAIL_ADDRESS:bcastillo@gmail.com]],[[PHONE_NUMBER:(602) 881-4471]],[[LOCATION:AZ]],referral
10232,[[PERSON:Terrence Oduya]],[[EMAIL_ADDRESS:t.oduya@yahoo.com]],[[PHONE_NUMBER:404-219-7730]],[[LOCATION:GA]],paid_social
10233,[[PERSON:Hye-jin Cho]],[[EMAIL_ADDRESS:hyejin.cho@outlook.com]],[[PHONE_NUMBER:+1 213 447 0918]],[[LOCATION:CA]],organic""",
    """| Staff ID | Name | NI number | Dept | Start date |
|---|---|---|---|---|
| [[ID_NUMBER:S-1044]] | [[PERSON:Callum Hendry]] | [[ID_NUMBER:JH 33 71 04 D]] | Logistics | [[DATE_TIME:06/01/2020]] |
| [[ID_NUMBER:S-1187]] | [[PERSON:Parveen Akhtar]] | [[ID_NUMBER:NE 82 44 19 A]] | Finance | [[DATE_TIME:14/09/2021]] |
| [[ID_NUMBER:S-1203]] | [[PERSON:Olumide Balogun]] | [[ID_NUMBER:PR 60 28 95 C]] | IT | [[DATE_TIME:02/05/2023]] |""",
    """patient\tdob\tmedicare\tclinic\tappt\treason
[[PERSON:Joanne Papas]]\t[[DATE_TIME:12/04/1961]]\t[[ID_NUMBER:4417 30212 1]]\tRandwick\t[[DATE_TIME:3 Jun 09:15]]\tskin check
[[PERSON:Tuan Le]]\t[[DATE_TIME:30/11/1988]]\t[[ID_NUMBER:2630 11847 2]]\tCabramatta\t[[DATE_TIME:3 Jun 10:00]]\tflu shot
[[PERSON:Kylie Anderson]]\t[[DATE_TIME:07/07/1975]]\t[[ID_NUMBER:5502 91170 1]]\tRandwick\t[[DATE_TIME:4 Jun 14:30]]\treview""",
    """{"msisdn": "[[PHONE_NUMBER:+2348034417209]]", "name": "[[PERSON:Ngozi Eze]]", "nin": "[[ID_NUMBER:50193367214]]", "state": "[[LOCATION:Anambra]]", "plan": "prepaid", "kyc": "verified"}
{"msisdn": "[[PHONE_NUMBER:+2347061129984]]", "name": "[[PERSON:Musa Abdullahi]]", "nin": "[[ID_NUMBER:71284409352]]", "state": "[[LOCATION:Kaduna]]", "plan": "prepaid", "kyc": "pending"}
{"msisdn": "[[PHONE_NUMBER:+2348159930417]]", "name": "[[PERSON:Tolulope Adewale]]", "nin": "[[ID_NUMBER:29940183726]]", "state": "[[LOCATION:Oyo]]", "plan": "postpaid", "kyc": "verified"}""",
    """tenants:
  - name: [[PERSON:Fionnuala Breathnach]]
    unit: [[ADDRESS:Apt 2]]
    phone: "[[PHONE_NUMBER:087 440 1193]]"
    lease_start: [[DATE_TIME:2023-09-01]]
    rent_eur: 1650
  - name: [[PERSON:Tomasz Zieliński]]
    unit: [[ADDRESS:Apt 5]]
    phone: "[[PHONE_NUMBER:+353 83 118 2274]]"
    lease_start: [[DATE_TIME:2024-02-15]]
    rent_eur: 1720
building: [[ADDRESS:19 Castle Street]], [[LOCATION:Cork]], [[ZIP_CODE:T12 H2X8]]""",
    """EMP_NO  NAME                     PAN          BANK_AC            NET_PAY
E0412   [[PERSON:Deepa Raghunath]]          [[ID_NUMBER:AKLPR4471M]]   [[ID_NUMBER:50100331847720]]     62,400
E0419   [[PERSON:Sandeep Kulkarni]]         [[ID_NUMBER:BNRPK8830Q]]   [[ID_NUMBER:917010044318276]]    71,150
E0427   [[PERSON:Farida Sheikh]]            [[ID_NUMBER:CCSPS1029H]]   [[ID_NUMBER:00421000118433]]     58,900""",
    """name: [[PERSON:Grace Mwende]]
dob: [[DATE_TIME:1990-10-14]]
id_no: [[ID_NUMBER:27744190]]
phone: [[PHONE_NUMBER:0712 448 301]]
county: [[LOCATION:Machakos]]

name: [[PERSON:Brian Ochieng]]
dob: [[DATE_TIME:1986-02-03]]
id_no: [[ID_NUMBER:24410873]]
phone: [[PHONE_NUMBER:0733 910 227]]
county: [[LOCATION:Kisumu]]""",
    """request_id,msisdn,account_holder,donor,recipient,pac,requested_for
PR-9921,[[PHONE_NUMBER:07723 441 908]],[[PERSON:Ruth Ellison]],Vodafone,Three,VOD448120,[[DATE_TIME:2024-05-13]]
PR-9922,[[PHONE_NUMBER:07411 903 226]],[[PERSON:Arif Chaudhry]],EE,Vodafone,EEE771903,[[DATE_TIME:2024-05-13]]
PR-9923,[[PHONE_NUMBER:07956 118 443]],[[PERSON:Ellie-Mae Tranter]],O2,giffgaff,O2X330418,[[DATE_TIME:2024-05-14]]""",
    """subscriber           | msisdn            | country visited | MB used | charge
[[PERSON:Dominic Ferreira]]     | [[PHONE_NUMBER:+351 912 447 018]]   | [[LOCATION:Brazil]]          | 2,140   | €128.40
[[PERSON:Inês Carvalho]]        | [[PHONE_NUMBER:+351 936 220 915]]   | [[LOCATION:Morocco]]         | 880     | €52.80
[[PERSON:Rui Tavares]]          | [[PHONE_NUMBER:+351 917 003 442]]   | [[LOCATION:United States]]   | 3,905   | €234.30""",
    """employee,ssn,plan,dependents,effective_date
[[PERSON:Latoya Simmons]],[[US_SSN:219-44-8710]],PPO Family,3,[[DATE_TIME:01/01/2024]]
[[PERSON:Derek Olsen]],[[US_SSN:530-17-2296]],HDHP Single,0,[[DATE_TIME:01/01/2024]]
[[PERSON:Guadalupe Reyes]],[[US_SSN:461-90-3358]],PPO Employee+Spouse,1,[[DATE_TIME:03/15/2024]]""",
    """| Student | Age | Guardian | Guardian phone | Room |
| --- | --- | --- | --- | --- |
| [[PERSON:Mereana Tipene]] | [[AGE:9]] | [[PERSON:Hine Tipene]] | [[PHONE_NUMBER:021 044 7719]] | 7 |
| [[PERSON:Jack Sullivan]] | [[AGE:10]] | [[PERSON:Claire Sullivan]] | [[PHONE_NUMBER:027 331 9082]] | 7 |
| [[PERSON:Priya Nair]] | [[AGE:9]] | [[PERSON:Anil Nair]] | [[PHONE_NUMBER:022 180 4463]] | 8 |""",
    """guest\tpassport\tnationality\troom\tcheck_in\tcheck_out
[[PERSON:Lim Boon Keng]]\t[[ID_NUMBER:K3318204A]]\t[[NRP:Singaporean]]\t1204\t[[DATE_TIME:2024-08-02]]\t[[DATE_TIME:2024-08-05]]
[[PERSON:Ahmad Faizal bin Ismail]]\t[[ID_NUMBER:A44182093]]\t[[NRP:Malaysian]]\t1207\t[[DATE_TIME:2024-08-02]]\t[[DATE_TIME:2024-08-04]]
[[PERSON:Aiko Fujimori]]\t[[ID_NUMBER:TR4471902]]\t[[NRP:Japanese]]\t1511\t[[DATE_TIME:2024-08-03]]\t[[DATE_TIME:2024-08-06]]""",
    """{"user": "[[USERNAME:mkowalczyk]]", "last_login": "[[DATE_TIME:2024-06-01T08:14:22Z]]", "ip": "[[IP_ADDRESS:83.24.117.9]]", "country": "[[LOCATION:PL]]", "mfa": true}
{"user": "[[USERNAME:a.haddad]]", "last_login": "[[DATE_TIME:2024-06-01T09:02:57Z]]", "ip": "[[IP_ADDRESS:2.50.144.61]]", "country": "[[LOCATION:AE]]", "mfa": false}
{"user": "svc-backup", "last_login": "2024-06-01T00:00:03Z", "ip": "[[IP_ADDRESS:10.0.0.14]]", "country": null, "mfa": false}""",
    """Donor,Email,Postal code,Amount (CAD),Receipt
[[PERSON:Yvonne Beauchamp]],[[EMAIL_ADDRESS:yvonne.beauchamp@videotron.ca]],[[ZIP_CODE:H2J 3K5]],250.00,R-2024-0412
[[PERSON:Gurpreet Dhaliwal]],[[EMAIL_ADDRESS:gdhaliwal@shaw.ca]],[[ZIP_CODE:V3W 1L8]],100.00,R-2024-0413
[[PERSON:Colin MacIsaac]],[[EMAIL_ADDRESS:cmacisaac@eastlink.ca]],[[ZIP_CODE:B2G 2L2]],75.00,R-2024-0414""",
    """MSISDN          NAME                    ID NO       DATE REG     AGENT
[[PHONE_NUMBER:0722 118 904]]    [[PERSON:Achieng Atieno Odhiambo]]  [[ID_NUMBER:30177462]]    [[DATE_TIME:12/02/2024]]   NRB-0044
[[PHONE_NUMBER:0799 402 117]]    [[PERSON:Kiprotich Langat]]       [[ID_NUMBER:29841103]]    [[DATE_TIME:12/02/2024]]   ELD-0102
[[PHONE_NUMBER:0110 337 882]]    [[PERSON:Halima Abdi Noor]]       [[ID_NUMBER:33019284]]    [[DATE_TIME:13/02/2024]]   GSA-0017""",
    """speakers:
  - name: [[PERSON:Dr. Nkechi Amadi]]
    affiliation: University of Lagos
    email: [[EMAIL_ADDRESS:nkechi.amadi@gmail.com]]
    talk: "Federated learning for rural clinics"
  - name: [[PERSON:Mateus Oliveira]]
    affiliation: independent
    email: [[EMAIL_ADDRESS:mateus@mateusoliveira.dev]]
    talk: "Shipping on-device models"
    website: [[URL:https://mateusoliveira.dev]]""",
    """account,customer,service_no,disputed_amount,reason,logged
[[ID_NUMBER:3004471182]],[[PERSON:Bronwyn Kealy]],[[PHONE_NUMBER:0401 228 917]],$86.00,early termination fee,[[DATE_TIME:02/04/2024]]
[[ID_NUMBER:3004471390]],[[PERSON:Hamza Yilmaz]],[[PHONE_NUMBER:0422 903 118]],$214.55,roaming in [[LOCATION:Turkey]],[[DATE_TIME:05/04/2024]]
[[ID_NUMBER:3004471421]],[[PERSON:Mia Tuhiwai]],[[PHONE_NUMBER:0455 017 336]],$39.00,duplicate charge,[[DATE_TIME:05/04/2024]]""",
    """| Volunteer | Cell | Shift | Suburb |
|-----------|------|-------|--------|
| [[PERSON:Zanele Mbatha]] | [[PHONE_NUMBER:071 440 2281]] | Saturday AM | [[LOCATION:Khayelitsha]] |
| [[PERSON:Pieter van Wyk]] | [[PHONE_NUMBER:082 903 1174]] | Saturday PM | [[LOCATION:Bellville]] |
| [[PERSON:Ayesha Davids]] | [[PHONE_NUMBER:+27 61 118 4420]] | Sunday | [[LOCATION:Athlone]] |""",
    """Customer: [[PERSON:Rowena Bautista]]
Birthdate: [[DATE_TIME:March 9, 1985]]
TIN: [[ID_NUMBER:412-553-901-000]]
Mobile: [[PHONE_NUMBER:0918 220 4471]]
City: [[LOCATION:Cebu City]]
Risk: low

Customer: [[PERSON:Paolo Macaraeg]]
Birthdate: [[DATE_TIME:December 1, 1978]]
TIN: [[ID_NUMBER:227-904-118-000]]
Mobile: [[PHONE_NUMBER:0927 114 0392]]
City: [[LOCATION:Davao City]]
Risk: medium""",
    """refund_id;payee;iban;amount_eur;reason
RF-3301;[[PERSON:Katharina Brandt]];[[IBAN_CODE:DE47 1001 0010 8269 6461 45]];49,90;Rücksendung
RF-3302;[[PERSON:Joost van der Berg]];[[IBAN_CODE:NL34 RABO 5950 9605 98]];120,00;Stornierung
RF-3303;[[PERSON:Elif Şahin]];[[IBAN_CODE:DE20 5001 0517 0711 6792 32]];18,50;Teilerstattung""",
    """applicant\tphone\tdriver_license\tstate\tmonthly_income\tpets
[[PERSON:Marcus Bell]]\t[[PHONE_NUMBER:(614) 882-0913]]\t[[US_DRIVER_LICENSE:TX449021]]\t[[LOCATION:OH]]\t$5,200\tno
[[PERSON:Shanice Whitmore]]\t[[PHONE_NUMBER:(614) 330-4418]]\t[[US_DRIVER_LICENSE:RB118473]]\t[[LOCATION:OH]]\t$4,750\tcat
[[PERSON:Kenji Watanabe]]\t[[PHONE_NUMBER:(380) 224-7701]]\t[[US_DRIVER_LICENSE:SW903317]]\t[[LOCATION:OH]]\t$6,900\tno""",
    """{"rx": "RX-88120", "patient": "[[PERSON:Dorothy Marsh]]", "nhs_no": "[[ID_NUMBER:655 655 8419]]", "drug": "Levothyroxine 50mcg", "due": "[[DATE_TIME:2024-07-02]]"}
{"rx": "RX-88121", "patient": "[[PERSON:Samuel Idowu]]", "nhs_no": "[[ID_NUMBER:774 381 5676]]", "drug": "Metformin 500mg", "due": "[[DATE_TIME:2024-07-03]]"}""",
    """alumnus,city,grad_year,programme,linkedin
[[PERSON:Aditya Bhattacharya]],[[LOCATION:Kolkata]],2015,B.Tech ECE,[[URL:linkedin.com/in/adityabhattacharya]]
[[PERSON:Sneha Pillai]],[[LOCATION:Pune]],2016,MBA,[[URL:linkedin.com/in/sneha-pillai-16]]
[[PERSON:Karthik Subramanian]],[[LOCATION:Chennai]],2015,B.Tech Mech,[[URL:linkedin.com/in/karthiks]]""",
    """member_no | name | checked_in | branch
[[ID_NUMBER:77104]] | [[PERSON:Nathan Cho]] | [[DATE_TIME:2024-05-03 06:12]] | Fitzroy
[[ID_NUMBER:77391]] | [[PERSON:Grace O'Brien]] | [[DATE_TIME:2024-05-03 06:40]] | Fitzroy
[[ID_NUMBER:78022]] | [[PERSON:Ravi Menon]] | [[DATE_TIME:2024-05-03 07:05]] | Richmond""",
    """parcel_id,consignee,address,city,phone,kg
GH-440172,[[PERSON:Akosua Frimpong]],[[ADDRESS:House No. 12, Spintex Road]],[[LOCATION:Accra]],[[PHONE_NUMBER:024 771 3390]],2.4
GH-440173,[[PERSON:Yaw Boateng]],[[ADDRESS:Plot 7, Ahodwo Roundabout]],[[LOCATION:Kumasi]],[[PHONE_NUMBER:020 118 4472]],0.8
GH-440174,[[PERSON:Efua Quansah]],[[ADDRESS:14 Beach Road]],[[LOCATION:Takoradi]],[[PHONE_NUMBER:055 903 2218]],5.1""",
    """AGENT              EXT    TEAM        PERSONAL MOBILE
[[PERSON:Lisa Thompson]]      2201   Billing     [[PHONE_NUMBER:07700 114 290]]
[[PERSON:Kieran Doyle]]       2204   Porting     [[PHONE_NUMBER:07700 338 017]]
[[PERSON:Fatou Diallo]]       2210   Roaming     [[PHONE_NUMBER:07700 902 441]]""",
    """applicants:
  - full_name: [[PERSON:Hassan Mahmoud Ali]]
    relation: principal
    nationality: [[NRP:Egyptian]]
    passport: [[ID_NUMBER:A23918841]]
    date_of_birth: [[DATE_TIME:1984-06-12]]
  - full_name: [[PERSON:Nour Hassan]]
    relation: spouse
    nationality: [[NRP:Egyptian]]
    passport: [[ID_NUMBER:A24107736]]
    date_of_birth: [[DATE_TIME:1988-01-29]]
  - full_name: [[PERSON:Yousef Hassan]]
    relation: child
    age: [[AGE:6]]""",
    """| TN | Account # | Transfer PIN | Authorized user | Port date |
|----|-----------|--------------|-----------------|-----------|
| [[PHONE_NUMBER:(917) 440-2281]] | [[ID_NUMBER:220918834]] | 1187 | [[PERSON:Devon Richards]] | [[DATE_TIME:6/12]] |
| [[PHONE_NUMBER:(917) 440-2290]] | [[ID_NUMBER:220918834]] | 1187 | [[PERSON:Alicia Richards]] | [[DATE_TIME:6/12]] |""",
    """txn_id,card_number,cardholder,merchant,amount,status
T-0091,[[CREDIT_CARD:4048 9140 7541 3524]],[[PERSON:Stephanie Lau]],Uber Eats,23.40,approved
T-0092,[[CREDIT_CARD:5141574773254324]],[[PERSON:Omar Farouk]],Shell,61.02,approved
T-0093,[[CREDIT_CARD:3422 345422 44837]],[[PERSON:Jennifer Wu]],Apple.com/bill,0.99,declined
T-0094,[[CREDIT_CARD:6500 4446 1896 8582]],[[PERSON:Tariq Mahmood]],Netflix,15.49,approved""",
    """Emergency contact 1: [[PERSON:Leanne Pearce]] (sister) — [[PHONE_NUMBER:07891 224 003]] — [[LOCATION:Plymouth]]
Emergency contact 2: [[PERSON:Gordon Pearce]] (father) — [[PHONE_NUMBER:01752 440 918]] — [[LOCATION:Plymouth]]
Employee: [[PERSON:Joanna Pearce]], payroll [[ID_NUMBER:PL-44187]]""",
    """Vardas,Pavardė,Asmens kodas,Telefonas,Miestas,Planas
[[PERSON:Eglė]],[[PERSON:Balčiūnaitė]],[[ID_NUMBER:49111020168]],[[PHONE_NUMBER:+370 612 90 447]],[[LOCATION:Vilnius]],Neribotas 5G
[[PERSON:Tomas]],[[PERSON:Stankevičius]],[[ID_NUMBER:50109095024]],[[PHONE_NUMBER:8 645 11 203]],[[LOCATION:Panevėžys]],Išankstinis
[[PERSON:Dovilė]],[[PERSON:Urbonienė]],[[ID_NUMBER:48604111994]],[[PHONE_NUMBER:+370 687 33 019]],[[LOCATION:Kaunas]],Šeimos""",
    """| Vārds, uzvārds | Personas kods | Amats | Tālrunis | E-pasts |
|---|---|---|---|---|
| [[PERSON:Edgars Ozoliņš]] | [[ID_NUMBER:211158-19212]] | noliktavas vadītājs | [[PHONE_NUMBER:+371 29 118 044]] | [[EMAIL_ADDRESS:edgars.ozolins@inbox.lv]] |
| [[PERSON:Sanita Vītola]] | [[ID_NUMBER:326778-26105]] | grāmatvede | [[PHONE_NUMBER:26 440 917]] | [[EMAIL_ADDRESS:sanita.vitola@gmail.com]] |
| [[PERSON:Roberts Kalniņš]] | [[ID_NUMBER:090605-23809]] | praktikants | [[PHONE_NUMBER:+371 22 903 118]] | [[EMAIL_ADDRESS:roberts.kalnins05@gmail.com]] |""",
    """nimi\tisikukood\tnumber\tpakett\trändlus
[[PERSON:Anu Lepik]]\t[[ID_NUMBER:47702282513]]\t[[PHONE_NUMBER:+372 5330 1184]]\tPiiramatu\tEL
[[PERSON:Siim Rebane]]\t[[ID_NUMBER:39207238779]]\t[[PHONE_NUMBER:5841 2277]]\tMobiil S\tpuudub
[[PERSON:Jelena Smirnova]]\t[[ID_NUMBER:48309066368]]\t[[PHONE_NUMBER:+372 5609 4410]]\tPere\tmaailm""",
    """NUMERIS          ABONENTAS              PERKĖLIMO DATA   IŠ      Į
[[PHONE_NUMBER:+370 600 41 228]]  [[PERSON:Laura Grigaitė]]         [[DATE_TIME:2024-04-15]]       Tele2   Telia
[[PHONE_NUMBER:+370 611 03 957]]  [[PERSON:Paulius Vasiliauskas]]   [[DATE_TIME:2024-04-15]]       Bitė    Tele2
[[PHONE_NUMBER:+370 698 22 410]]  [[PERSON:Rasa Mikalauskienė]]     [[DATE_TIME:2024-04-16]]       Telia   Bitė""",
    """student_name,ppsn,course,year,home_county
[[PERSON:Ciara Nolan]],[[ID_NUMBER:5854159V]],BSc Nursing,2,[[LOCATION:Kilkenny]]
[[PERSON:Darragh Ó Súilleabháin]],[[ID_NUMBER:3707952KA]],BA Irish,3,[[LOCATION:Kerry]]""",
]

CHAT = [
    """[09:02] Agent [[PERSON:Sam]]: Hi, you're through to number transfers. Who am I speaking with?
[09:02] [[PERSON:Olivia Grant]]: hi [[PERSON:sam]], it's [[PERSON:Olivia Grant]]. I'm trying to move my number [[PHONE_NUMBER:07715 203 448]] over to you
[09:03] Agent [[PERSON:Sam]]: Thanks [[PERSON:Olivia]]. Can you confirm your date of birth and the first line of your address?
[09:04] [[PERSON:Olivia Grant]]: [[DATE_TIME:22/10/1991]], [[ADDRESS:14 Hollybush Lane]]
[09:04] [[PERSON:Olivia Grant]]: postcode [[ZIP_CODE:WF3 2LR]]
[09:05] Agent [[PERSON:Sam]]: Perfect. Do you have your PAC from the old network?
[09:05] [[PERSON:Olivia Grant]]: yes, VOD 812 337
[09:06] Agent [[PERSON:Sam]]: Great, I've booked the switch for tomorrow, [[DATE_TIME:Tuesday 11 June]]. You'll get a text on your new SIM when it's done.""",
    """Mum 💐: [[PERSON:Tendai]] what's the address for Sunday lunch again?
[[PERSON:Tendai Moyo]]: [[ADDRESS:42 Ridgeway Avenue]], [[LOCATION:Edgware]] [[ZIP_CODE:HA8 0TT]] 🙂
Mum 💐: thanks love. is [[PERSON:Rufaro]] coming?
[[PERSON:Rufaro Moyo]]: yes but I'll be late, my shift at the hospital ends at 1
[[PERSON:Tendai Moyo]]: no stress. [[PERSON:Farai]]'s flight lands [[DATE_TIME:Saturday the 8th at 6:40am]], can someone get him from Heathrow?
Mum 💐: Dad will. send me [[PERSON:Farai]]'s number, the new UK one
[[PERSON:Tendai Moyo]]: [[PHONE_NUMBER:07459 220 813]]""",
    """#cust-escalations
[[USERNAME:jordan.p]]: anyone know why [[PERSON:Mrs. Delaney]]'s account keeps getting the late fee? acct [[ID_NUMBER:77-4410-2290]]
[[USERNAME:amara.o]]: she moved to [[ADDRESS:9 Kestrel Close]] in [[DATE_TIME:March]] and the direct debit mandate didn't follow
[[USERNAME:amara.o]]: her mobile is [[PHONE_NUMBER:07800 442 119]] if you want to call her, she's lovely
[[USERNAME:jordan.p]]: thx! cc [[USERNAME:mehdi]] — can you waive the last two fees? she's been with us since [[DATE_TIME:2009-05-14]]
[[USERNAME:mehdi]]: done ✅ (reason code WAIVE-07)""",
    """Chat transcript — Card services
Bot: Hello! How can I help today?
Customer: lost my card in [[LOCATION:Barcelona]], need to block it now
Bot: I can help with that. Please give the full card number or the last 4 digits.
Customer: [[CREDIT_CARD:4697 9222 1390 1619]]
Bot: Thank you. For security, what is your date of birth?
Customer: [[DATE_TIME:4 Jan 1986]]
Bot: Your card ending 1619 is now blocked. A replacement will be sent to [[ADDRESS:Flat 12, 80 Albion Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G1 1NY]]. Is there anything else, [[PERSON:Mr. Fergusson]]?
Customer: no thanks""",
    """[[PERSON:Meera]] (10:14): Hi, I'm in [[LOCATION:Dubai]] since yesterday and my Airtel number [[PHONE_NUMBER:+91 99870 44213]] has no data even after recharging the IR pack
Airtel Care (10:15): Sorry to hear that, [[PERSON:Meera]] ji. Could you share the registered email ID?
[[PERSON:Meera]] (10:16): [[EMAIL_ADDRESS:meera.joshi.84@gmail.com]]
Airtel Care (10:18): Thanks. We can see the pack was activated on [[DATE_TIME:20 May at 22:41]]. Please turn on data roaming and select etisalat manually.
[[PERSON:Meera]] (10:25): working now, thank you!""",
    """Landlord – [[PERSON:Greg Petrakis]]: Hi [[PERSON:Hannah]], just confirming the plumber is coming Thursday 9am to look at the hot water
Tenant – [[PERSON:Hannah Lim]]: great thanks. I'll be at work, the spare key is with [[PERSON:Dave]] next door
Landlord – [[PERSON:Greg Petrakis]]: no worries. Also rent for July went to the wrong account, please use BSB 033-040 acct [[ID_NUMBER:4418 2290]]
Tenant – [[PERSON:Hannah Lim]]: oops sorry, will fix today 🙏""",
    """[[USERNAME:NightOwl_88]]: gg everyone
[[USERNAME:kaizen.irl]]: gg. [[USERNAME:NightOwl_88]] u coming to the lan on sat?
[[USERNAME:NightOwl_88]]: ye, whats the address
[[USERNAME:kaizen.irl]]: [[ADDRESS:Unit 3, 58 Gipps Street]], [[LOCATION:Collingwood]]. ask for [[PERSON:Marty]] at the door
[[USERNAME:NightOwl_88]]: sweet. my real name is [[PERSON:Ethan]] btw lol
[[USERNAME:kaizen.irl]]: haha ok [[PERSON:ethan]]. text me if lost [[PHONE_NUMBER:0447 021 338]]""",
    """Klienditugi ([[PERSON:Kertu]]): Tere! Kuidas saan aidata?
Klient: Tere, minu nimi on [[PERSON:Andres Pärn]]. Soovin oma numbri [[PHONE_NUMBER:5312 4470]] tuua Tele2-st Teliasse.
Klienditugi ([[PERSON:Kertu]]): Selge. Palun öelge oma isikukood.
Klient: [[ID_NUMBER:36811303242]]
Klienditugi ([[PERSON:Kertu]]): Aitäh, [[PERSON:Andres]]. Numbri üleviimine toimub [[DATE_TIME:reedel, 14. juunil]]. Leping saadetakse aadressile [[EMAIL_ADDRESS:andres.parn@gmail.com]].
Klient: Suurepärane, aitäh!""",
]

LOOKALIKE = [
    """Thanks for your order, [[PERSON:Rebecca]]! Order no. 112-4478210-9931107 has shipped. Tracking: 1Z 999 AA1 01 2345 6784 (UPS). Invoice INV-2024-004417, SKU HX-2210-BLK, qty 2. Questions? Call our support line on 1-800-441-2290 or write to help@northwind-outfitters.example. Returns are accepted at our Lincoln Road store until the date printed on your invoice.""",
    """Release notes — firmware 10.2.0.4 (build 20240611.3)
- Upgraded OpenSSL to 3.0.13 and the bundled kernel to 6.1.0.27.
- Fixed crash in the Dijkstra route planner when two nodes share an ID (bug 44172).
- Default NTP pool changed to pool.ntp.org.
- Image digest: sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
- Previous stable release: 10.1.7.2. Serial ranges affected: SN-A7-000000 to SN-A7-004999.
Support hours: Monday to Friday, 08:00–18:00 CET.""",
    """Reading list for the Alzheimer's and Parkinson's caregivers' group: "The 36-Hour Day" (ISBN 978-1-86197-285-9) and "Brain Storms" (ISBN 978-0-306-40198-5); both held at the Carnegie Library on Martin Luther King Jr. Way. The group meets at St Luke's Hall, Florence Nightingale Room, and uses the Mini-Mental State Examination handouts. Library card holder for the group loan: [[PERSON:Denise Okoro]], card [[ID_NUMBER:21044008812294]].""",
    """WAREHOUSE CYCLE COUNT — bay 14
Pallet LPN 00340123450004471209, lot L24-0611-B, 48 units of SKU PHN-A54-128-BLU.
Device serials: R58T90XK2LM, R58T90XK3QA. IMEIs 354668102141229 and 358447538573883 quarantined (failed QC).
Scanner MAC 00:0c:29:4f:8e:35, label printer on warehouse VLAN 44.
Count supervised by shift lead [[PERSON:Kavita Rao]]; if numbers don't match, ring her mobile [[PHONE_NUMBER:07425 118 903]], not the depot line 0121 496 0000.""",
    """Your SIM pack: ICCID 8937081310129113312, PUK1 44718203, PIN 0000 (change it!). Dial *100# for balance, *121*3# to buy a roaming bundle, or text STOP to 2210. APN: internet.tele.example. Tariff code T-EU-30, bundle ref RB-4471. Customer service: +370 700 55 000 (business hours). Prepared for [[PERSON:Mindaugas]] at the Akropolis store.""",
    """Guideline revision 4.2 (approved 12 March 2024): patients with suspected Guillain-Barré syndrome should be scored with the Hughes disability scale and the Glasgow Coma Scale on admission to the Charles Bell Ward. Escalate Cushing's triad to the on-call registrar via bleep 4471. Document the Apgar score for any neonate delivered on the unit. Form NHS-GBS-07, version 3.1.1, replaces 3.0.9. Lead author of this revision: [[PERSON:Dr. Siobhan Keane]], consultant neurologist.""",
    """Pasūtījuma apstiprinājums Nr. 2024-118430. Preces kods: LV-HX-4471-02, daudzums 3. Pavadzīme PZ-0094417, PVN maksātāja Nr. LV40003441872. Piegāde uz pakomātu Krišjāņa Barona ielā, [[LOCATION:Rīgā]]. Klientu serviss: +371 6700 4471, info@veikals.example. Saņēmējs: [[PERSON:Dace Kalniņa]], tālr. [[PHONE_NUMBER:+371 26 118 903]].""",
]


STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind103", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind110.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind110.py

Blind: written without any knowledge of the detector. Read while writing it,
and nothing else: lines 1-121 of make_blind22.py (its docstring with the
labeling conventions and style descriptions, and its import lines) and its
closing scaffolding from `STYLES = {` to the end (copied here), the whole of
gold_sets.py, and lines 1-64 of make_handwritten.py (its conventions, the
MARK and TITLE_IN_NAME regexes and `parse()`). Not read: minimize/,
recognizers/, any test other than those lines, bench/, the README, any
*.jsonl set, any other make_*.py, git history, log or status, and anything
under /tmp. The detector, the bench and the tests were never run. Do not
tune the detector against this set: once it has been used to tune, it no
longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end only
counts them). Card numbers pass Luhn and IBANs pass mod-97 with the right
length for their country; the national check digits inside the Spanish,
French, Belgian and Portuguese IBANs and the Italian CIN letter are right too
(worked out with throwaway code run by hand while writing, not generated
here; `gold_sets.check` re-checks cards and IBANs and refuses a bad one).
National ids with a public check digit were given a valid one the same way:
NHS number, Canadian SIN, Aadhaar (Verhoeff), South African ID (Luhn, and in
agreement with the sex and birth date it encodes where those show),
Australian TFN and Medicare number, Singapore NRIC/FIN, Irish PPSN, Dutch
BSN, Brazilian CPF, New Zealand NHI, Ontario health number, Nigerian NUBAN
account number, and the ISBN-13 look-alikes. Sri Lankan NIC numbers (old
9-digit+V and new 12-digit) agree with the holder's sex (day count + 500 for
women) and birth date where shown; Indian PAN letters agree with the holder
(P, initial of the surname); the UK driving licence agrees with the holder's
name and birth date. Not checked (no public check digit, or none applied): US
SSNs, UK NI numbers, KRA PINs, Kenyan, Ghanaian, Zimbabwean, Guatemalan and
Bangladeshi ids, Nigerian NIN and BVN, Nepali citizenship and national id
numbers, passports, licences, plates, bank accounts, and staff, student,
member, patient, donor, volunteer and beneficiary numbers.

Styles (ids `blind110-<style>-NNN`; 240 records). About one record in three
of `bench` and `gen` is about NGOs, charities, donors, volunteers or
disaster relief; the rest spread widely:
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences and key: value rows dense with names, job
  titles, streets with building numbers, secondary addresses, IPs, MACs,
  user agents, card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1
  (claims, contracts, medical, loan and tenancy forms, notices, letters) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML, .env, HL7, LDIF, vCard,
  GraphQL, Java and Python snippets, tickets and forms).
- `gen` (90): one to four LLM-style "realistic sentences with personal data",
  names at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record rendered as text (CSV,
  semicolon CSV, TSV, pipes / Markdown, fixed-width, JSON lines, YAML and
  key: value blocks) with varied column names and non-PII columns; header
  rows unlabeled.
- `chat` (8): a bank support chat, an airline live chat, a WhatsApp export
  of a relief volunteers' group, a Slack channel, an SMS thread, a gaming
  chat, and two volunteer threads in Nepali (romanized) and Sinhala.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and PO numbers, SKUs, ISBNs, IP-shaped versions, hashes,
  UUIDs, serials, MACs, company phones and role mailboxes, VAT and charity
  numbers, eponyms, streets named after people with no number), with the few
  real PII values labeled; one of them has no PII at all.
Languages: about nine records in ten are in English (US, UK, Ireland,
Canada, Australia, New Zealand, India, Singapore, South Africa, Nigeria,
Kenya, Ghana, the Philippines and others, with names from the many cultures
living there); 23 are in Nepali and Sinhala, each in native script
(Devanagari, with Devanagari digits and Bikram Sambat dates in some;
Sinhala script) and romanized, spread over all five styles.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" (or a fused case ending such as Nepali -ले / -को or
  Sinhala -ගේ) is outside; nicknames are PERSON. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, rural
  boxes, house and building names; city, district, county, state /
  province (also abbreviated) and country are LOCATION; postcodes of every
  shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any shape;
  a weekday or clock time said with such a date is inside the span; not bare
  years, weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC, transit and routing numbers, CVVs and expiries,
  PINs, order / ticket / claim / policy / booking / tracking references,
  company phone numbers and role mailboxes, versions, hashes, serials,
  partial numbers ("ending 4417", "**** 9021"), pets, eponyms and brands
  named after people, a header row.
- Calls made while writing this set, in the same spirit as blind22's (a
  "sex" / "dept" / "role" / "status" column unlabeled, an "age" column AGE,
  a "country" or "state" column LOCATION even as a two-letter code, a
  "nationality" column NRP and a "religion" column NRP; job title, employer
  and company fields unlabeled; a building number or secondary address in
  its own field is ADDRESS):
  * TITLE also covers Rev., Sgt., Pastor, Dame, Professor, Hna., the MRS /
    MSTR of an airline PNR, Nepali श्री / Shri and the suffix "ji", and
    Sinhala මහතා, මහත්මිය and මහත්තයා; "Late" and family words (didi, dai,
    akke, aiyya, gogo, abuela, mum, koro) stay outside.
  * The timestamp that heads a log line, a chat or WhatsApp message, a mail
    server's Received header or a transcript is not labeled; a field that
    names a person's date (dob, joined, signup, appointed, gift or donation
    date, start, service date, an e-mail's Date header) is DATE_TIME.
    Receipt issue dates, order placed times and card posting / charge dates
    are not.
  * Every IP address is IP_ADDRESS, a server's included; IP-shaped versions
    are not.
  * BIC / SWIFT codes, IMEIs, ICCIDs, organisations' NPI, charity, company
    and VAT numbers are unlabeled; an individual clinician's NPI or licence
    number and a police badge number are ID_NUMBER, and so are donor,
    supporter, constituent, volunteer, beneficiary and household ids,
    relief card numbers, A-Numbers and I-94 numbers.
  * A place name inside an organisation's or a building's name (a hospital,
    a court, a station, a dental surgery) is not LOCATION; "Anonymous" in a
    donor list is not PERSON.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind110.jsonl")

GEN = [
    """Hi, I'm [[PERSON:Fatuma Abdi]] and I'm booked on the Saturday pottery course, but I can only do mornings now. Could someone move me to the 10am group? Best number is [[PHONE_NUMBER:(612) 874-2290]].""",
    """[[PERSON:Rohan Deshpande]], [[AGE:29]], transferred ₹5,000 to the cyclone relief fund from his savings account [[ID_NUMBER:50100284719364]] on [[DATE_TIME:22 May 2024]], and quoted his PAN, [[ID_NUMBER:AHXPD4821K]], so the 80G receipt would come through.""",
    """please send the donation receipt to [[PERSON:siobhan o'sullivan]] at [[ADDRESS:12 Glenageary Park]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]] [[ZIP_CODE:A96 K2P8]] — she has rung twice asking where it is.""",
    """After the earthquake, [[PERSON:Bishnu Maya Shrestha]] registered her family of six at the distribution point in [[LOCATION:Bhaktapur]]. Her citizenship certificate number, [[ID_NUMBER:26-01-72-03318]], was written on the ration card by hand.""",
    """[[PERSON:Kofi Boateng]]'s physiotherapy appointment has been moved to [[DATE_TIME:Friday 7 March at 2:15 pm]] at the clinic in [[LOCATION:Brixton]]. He should bring the referral letter showing his patient number [[ID_NUMBER:D441-82093]].""",
    """My daughter [[PERSON:Ayesha]] is [[AGE:7]] and has a severe peanut allergy, so could you please add it to her file (NHS number [[ID_NUMBER:943 476 5919]]) before she comes in on [[DATE_TIME:the 14th]]?""",
    """I'm [[PERSON:Tomás Ó Briain]] and I'd like to close the joint account ending 4471 that I hold with my sister [[PERSON:Niamh]]. Please move the remaining balance to [[IBAN_CODE:IE13 BOFI 9058 3829 4706 15]].""",
    """[[PERSON:Chen Jiahui]] (matric no. [[ID_NUMBER:A0249183X]]) missed the chemistry practical on [[DATE_TIME:Monday, 3 February]]. Her guardian, [[PERSON:Mr. Chen Wei Ming]], can be reached on [[PHONE_NUMBER:8126 3397]] during office hours.""",
    """Payroll: please update the tax details for [[PERSON:Lindiwe Dlamini]]. Her ID number is [[ID_NUMBER:9309270147081]] and her salary should now go to account [[ID_NUMBER:62841937705]] at FNB, branch code 250655, from the March run.""",
    """Return authorised for [[PERSON:gareth pryce]], [[ADDRESS:7 Heol y Nant]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6LE]]. Refund of £64.99 goes back to the card he paid with once the boots arrive at the warehouse.""",
    """Passenger [[PERSON:Adaeze Nwankwo]], passport no. [[ID_NUMBER:A07743921]], is confirmed on the early flight from [[LOCATION:Abuja]] to [[LOCATION:Nairobi]] on [[DATE_TIME:5 June 2025]]; she asked for an aisle seat and a vegetarian meal.""",
    """This is [[PERSON:Marco Bellini]] — I ported my number [[PHONE_NUMBER:0412 887 230]] over to you last week and the phone still says "No Service". My account number is [[ID_NUMBER:7731 0094 22]] if that helps.""",
    """To renew her PR card, [[PERSON:Gurpreet Kaur Dhillon]] of [[ADDRESS:58 Sandalwood Pkwy E]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Z 1Y5]] will need her UCI, [[ID_NUMBER:1104-7729]], and her SIN, [[ID_NUMBER:523 190 742]].""",
    """The lease on [[ADDRESS:Unit 4/22 Kitchener Street]], [[LOCATION:Coogee]] [[LOCATION:NSW]] [[ZIP_CODE:2034]] starts on [[DATE_TIME:1 August]] for [[PERSON:Ha-eun Park]] and [[PERSON:Jonah Feld]], with the bond lodged in [[PERSON:Ha-eun]]'s name.""",
    """Player [[USERNAME:xXDarkLotusXx]] — real name [[PERSON:Kavya Iyer]], [[AGE:16]] — was suspended after three chargebacks on her father's card, [[CREDIT_CARD:6521 8743 0092 1181]].""",
    """found my old roommate on insta, she's [[USERNAME:lola.makes.bread]] now if anyone wants to say hi to [[PERSON:lola]] lol""",
    """Remote session opened for [[PERSON:Halvard Johansen]] from [[IP_ADDRESS:84.208.19.77]]; he says the VPN drops every time he joins a video call, and only since the update.""",
    """The driver couldn't find [[ADDRESS:Flat 1203, Tower B, Prestige Shantiniketan]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560048]], so please ring [[PERSON:Ananya]] on [[PHONE_NUMBER:+91 98450 61277]] before the next attempt.""",
    """Welcome to the club, [[PERSON:Tyrese]]! Your membership #[[ID_NUMBER:40071822]] is active from [[DATE_TIME:03/01/2025]], and your first session with coach [[PERSON:Bianca]] is on Wednesday at 6.""",
    """[[PERSON:Moana Tuilagi]] brought Biscuit in for his boosters on [[DATE_TIME:12 Feb]]. She lives at [[ADDRESS:31 Bader Drive]], [[LOCATION:Māngere]], [[LOCATION:Auckland]] and would rather get a text on [[PHONE_NUMBER:027 604 1183]] than a call.""",
    """We're thrilled to welcome [[PERSON:Ifeoma Chukwu]] as a weekend volunteer at the women's shelter from [[DATE_TIME:Saturday 11 January]]. Her police check, [[ID_NUMBER:NPC-2413-77820]], came back clear on [[DATE_TIME:6 January]].""",
    """Thank you, [[PERSON:Mr. Hiroshi Tanaka]], for your generous gift of $1,000 to the Wildfire Recovery Fund. Your tax receipt will be mailed to [[ADDRESS:2219 Kalakaua Ave, Apt 908]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96815]].""",
    """[[PERSON:Amina Yusuf Hassan]], a [[AGE:42]]-year-old mother of five from [[LOCATION:Baidoa]], received her third cash transfer of $70 on the mobile number [[PHONE_NUMBER:+252 61 548 2290]] on [[DATE_TIME:18 March 2024]].""",
    """In her will dated [[DATE_TIME:14 June 2011]], the late [[PERSON:Margaret Elspeth Dunbar]] of [[LOCATION:Perth]] left £20,000 to the lifeboat station at [[LOCATION:Arbroath]], where her brother had served as coxswain.""",
    """[[PERSON:Dev Malhotra]] is running the Berlin Marathon for the children's hospice this year — you can sponsor him at [[URL:https://www.justgiving.com/page/dev-malhotra-berlin24]] and every pound counts!""",
    """can [[PERSON:jess]] or [[PERSON:tobiah]] cover the soup kitchen shift on [[DATE_TIME:the 21st]]? [[PERSON:Jess]]'s number is [[PHONE_NUMBER:07956 221 804]] if you need to chase her.""",
    """Rescue boats finally reached the home of [[PERSON:Nguyễn Văn Hải]], [[AGE:71]], in [[LOCATION:Quảng Trị]] after his grandson [[PERSON:Minh]] posted their exact location in a Facebook group.""",
    """I, [[PERSON:Eleanor Rushworth]], of [[ADDRESS:3 Church View]], [[LOCATION:Hebden Bridge]] [[ZIP_CODE:HX7 8AQ]], want to Gift Aid my donation of £40 made on [[DATE_TIME:9/11/24]] and any donations I make in the future or have made in the past four years.""",
    """Referral for [[PERSON:Krystal Munroe]] ([[AGE:26]]) and her two children, aged [[AGE:3]] and [[AGE:5]], at [[ADDRESS:45 Lindsay Court]], [[LOCATION:Dundee]] [[ZIP_CODE:DD3 7QP]]: her Universal Credit payment has been delayed since [[DATE_TIME:20 October]].""",
    """Please reimburse the $500 conference fee I paid on my own card. Employee ID [[ID_NUMBER:E7734210]], [[PERSON:Patrice Mbeki-Adams]], [[EMAIL_ADDRESS:patrice.mbeki.adams@gmail.com]].""",
    """[[PERSON:Carlos Ybarra]] and his wife [[PERSON:Rosario]] will be handed the keys to their new Habitat home at [[ADDRESS:1406 Pecan Street]], [[LOCATION:San Antonio]], on [[DATE_TIME:June 14]], after putting in more than 300 hours of sweat equity.""",
    """The little girl our family sponsors, [[PERSON:Maria Clara Santos]], just turned [[AGE:9]] in [[LOCATION:Tacloban]], and in her latest letter she says she wants to be a teacher like her aunt.""",
    """[[PERSON:Sipho Ndlovu]] registered for flood relief at the community hall in [[LOCATION:Pinetown]] with ID [[ID_NUMBER:8804155213082]]; his cell is [[PHONE_NUMBER:072 418 5530]] and his shack by the river was washed away.""",
    """For the Kenya safari trip, [[PERSON:Hannah Lindqvist]]'s emergency contact is her partner [[PERSON:Oskar]] ([[PHONE_NUMBER:+46 70 284 19 55]]), and her yellow fever certificate was issued on [[DATE_TIME:2 April 2024]].""",
    """[[PERSON:Dr. Ama Owusu-Ansah]] has raised her monthly savings transfer to £25, paid by standing order from account [[ID_NUMBER:41803376]] (sort code 20-45-77), starting with the collection on [[DATE_TIME:1 December]].""",
    """Patient transport driver [[PERSON:Bernard Kowalski]], [[AGE:68]], will pick up [[PERSON:Mrs. Edith Lamb]] from [[ADDRESS:9 Rosemount Terrace]] at 9:40 for her chemotherapy appointment on [[DATE_TIME:Thursday 23 January at 10:30]].""",
    """The admissions office has offered a place in pharmacy to [[PERSON:Ngozi Eze]], [[AGE:19]], from [[LOCATION:Enugu]]; her registration number is [[ID_NUMBER:2023/243118]].""",
    """[[PERSON:Lucy Fairweather]], a [[AGE:23]]-year-old [[NRP:Canadian]] volunteer teaching English in [[LOCATION:Pokhara]], reported her passport [[ID_NUMBER:AK194422]] lost on [[DATE_TIME:3 October]].""",
    """Missing since the floods: [[PERSON:Abdul Karim Sheikh]], [[AGE:54]], last seen near the barrage in [[LOCATION:Sukkur]] on [[DATE_TIME:27 August]]. If you have seen him please call his son [[PERSON:Imran]] on [[PHONE_NUMBER:0301 7728410]].""",
    """As a practising [[NRP:Muslim]], [[PERSON:Farhan Siddiqui]] asked that his £1,200 go to the Zakat fund only; his supporter number is [[ID_NUMBER:00441729]].""",
    """[[TITLE:Pastor]] [[PERSON:Emmanuel Osei]] thanked the forty volunteers who packed hampers on Sunday, and especially [[PERSON:Abena]], who drove the van to [[LOCATION:Kumasi]] twice.""",
    """[[PERSON:Keanu Kahananui]]'s application for the disaster unemployment benefit lists his address as [[ADDRESS:PO Box 1182]], [[LOCATION:Lahaina]], [[LOCATION:HI]] [[ZIP_CODE:96767]] and his date of birth as [[DATE_TIME:11/02/1987]].""",
    """Hey, it's [[PERSON:Marguerite]] from the car hire desk. Your rental agreement still needs your licence number — is it [[ID_NUMBER:055 019 834]] or did it change when you moved to [[LOCATION:Geelong]]?""",
    """When the bushfire reached [[LOCATION:Mallacoota]], [[PERSON:Jarrah Wilson]] ferried eleven neighbours to the wharf; he's [[AGE:58]] and says he'd do it again.""",
    """Our tutoring service has matched [[PERSON:Tariq]] ([[AGE:15]]) with [[PERSON:Owen Pritchard]], a retired engineer from [[LOCATION:Swansea]]; their first meeting is [[DATE_TIME:Tues 4 March, 4pm]] at the library.""",
    """Kindly verify the bank details of [[PERSON:Emeka Obi]] before we disburse the relief grant: GTBank account [[ID_NUMBER:0148823760]], BVN [[ID_NUMBER:22184390571]].""",
    """The bakery asks suppliers to deliver flour to the back door of the shop, not to [[PERSON:Grace]]'s house on [[ADDRESS:71 Orchard Road]] — she is [[AGE:82]] and can't lift the sacks.""",
    """I'd like to cancel my monthly donation, please. Name: [[PERSON:Ruth Abramowitz]], email [[EMAIL_ADDRESS:ruthie.abram@yahoo.com]], card ending 3306.""",
    """Just a reminder that [[PERSON:Ahmed Al-Rashid]] and [[PERSON:Layla Al-Rashid]] need to complete their volunteer safeguarding training before [[DATE_TIME:31 May]], or they can't join the refugee welcome team at [[LOCATION:Stansted]].""",
    """On behalf of the board, congratulations to [[PERSON:Dr. Priyanka Ramaswamy]], who will join us as Chief Financial Officer on [[DATE_TIME:2 September 2025]]; she can be reached at [[EMAIL_ADDRESS:priyanka.ramaswamy@proton.me]] until then.""",
    """My name is [[PERSON:Li Na]] and I live in [[LOCATION:Richmond]], [[LOCATION:BC]]. I was charged $45 twice on [[DATE_TIME:Nov 18]] for the same gym class, once on my Visa and once on my debit card.""",
    """Abuela [[PERSON:Carmen]] — she's actually [[PERSON:Carmen Ruiz Delgado]], [[AGE:88]] — has lived at [[ADDRESS:2312 Marengo St]], [[LOCATION:Los Angeles]], since [[DATE_TIME:March 1961]].""",
    """The pharmacy has [[PERSON:Joseph Mwale]]'s repeat prescription ready; his Medicare number is [[ID_NUMBER:2953 41877 2]] and he'll collect it before 5.""",
    """Your claim has been received, [[PERSON:Thandiwe]]. We will contact you on [[PHONE_NUMBER:083 552 7719]] or at [[EMAIL_ADDRESS:thandi.mokoena@webmail.co.za]] within three business days.""",
    """The transcript for [[PERSON:Patrick Gallagher]], student number [[ID_NUMBER:21345907]], shows his graduation date as [[DATE_TIME:14 June 2024]] and a home address in [[LOCATION:Letterkenny]], [[LOCATION:Co. Donegal]].""",
    """Hotel guest [[PERSON:Sebastián Cárdenas]] checked in at [[DATE_TIME:23:40 on 2 May]] and asked for a late checkout; he left a copy of his passport, [[ID_NUMBER:PE4481920]], with reception.""",
    """New starter: [[PERSON:Olusegun Bakare]], [[AGE:31]], start date [[DATE_TIME:Monday 6 January]], staff no. [[ID_NUMBER:HR-20931]], NI number [[ID_NUMBER:SN 41 83 27 C]].""",
    """At [[AGE:95]], [[PERSON:Wiremu Paki]] is the oldest member of the bowling club, and he still turns up for the Saturday pennants every summer.""",
    """The funeral notice for [[PERSON:Mrs. Beatrice Adjei]], born [[DATE_TIME:4 April 1939]] in [[LOCATION:Cape Coast]], asks that mourners wear bright colours, as she wished.""",
    """If you find this phone please call [[PERSON:Saoirse]] on [[PHONE_NUMBER:087 334 1290]] — it has all my baby's photos on it!!""",
    """The insurance form for [[PERSON:Kwame Asare-Bediako]] shows a driving licence [[ID_NUMBER:ASARE807150KA9AB]] and a date of birth of [[DATE_TIME:15/07/1980]], which matches the licence.""",
    """[[PERSON:Rafael]] wants the crowdfunding money to go to his cousin [[PERSON:Beto]]'s surgery, but the page is still in [[PERSON:Rafael Moreno]]'s name at [[URL:https://www.gofundme.com/f/help-beto-walk-again]].""",
    """The school trip consent for [[PERSON:Isla MacLeod]], Year 5, was signed by her mum [[PERSON:Fiona]] on [[DATE_TIME:10.03.2025]], with [[PHONE_NUMBER:07812 664 019]] as the emergency number.""",
    """Hello, I think my account was hacked — someone logged in as [[USERNAME:b.ortiz_92]] from [[IP_ADDRESS:185.220.101.47]] at 3am and changed my email. My name is [[PERSON:Beatriz Ortiz]].""",
    """Congratulations to [[PERSON:Aisha Bello]] of [[LOCATION:Kano]], who has completed her nursing internship at the teaching hospital, which she began in [[DATE_TIME:January 2022]].""",
    """Please note that [[PERSON:Mr. Rajesh Pillai]], our finance manager, has a new mobile number: [[PHONE_NUMBER:+971 50 318 4427]]. The old one will be switched off at the end of the month.""",
    """Mum's new care home is [[ADDRESS:Rosewood House, 18 Whitley Road]], [[LOCATION:Whitley Bay]] [[ZIP_CODE:NE26 2NB]], and visiting is by appointment — I've booked [[DATE_TIME:Sunday 16 March, 2-3pm]].""",
    """The election leaflets for [[LOCATION:Tower Hamlets]] were delivered by [[PERSON:Yusuf]], [[PERSON:Malika]] and [[PERSON:ted o'brien]]; [[PERSON:ted]]'s van needs its MOT before next week.""",
    """I've been volunteering with the hurricane cleanup in [[LOCATION:Asheville]] since [[DATE_TIME:October 3rd]]. My name's [[PERSON:Dakota Sams]] and I'm [[AGE:27]], in case the county needs it for the volunteer log.""",
    """[[PERSON:Mr Ifechukwu Okonkwo]] would like his invoice re-issued to his business address at [[ADDRESS:Suite 1402, 100 King Street West]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5X 1C9]].""",
    """The registration for [[PERSON:Amara Nnadi]]'s 10K race bib came back with the wrong birthday — it should be [[DATE_TIME:29 February 1996]], not [[DATE_TIME:1 March]].""",
    """[[PERSON:Trần Thị Mai]] has sent $300 home to [[LOCATION:Huế]] every month since [[DATE_TIME:May 2019]]; this month she also paid her niece's school fees from her bank in [[LOCATION:Westminster]], [[LOCATION:California]].""",
    """[[PERSON:Bongani]] please note the new bank account for the cooperative is [[ID_NUMBER:1048 223 915]] at Capitec — [[PERSON:Zanele]] opened it on [[DATE_TIME:14 August]].""",
    """The council's rebuilding grant for [[PERSON:Ms. Mele Taufa]] at [[ADDRESS:7 Havelock Road]], [[LOCATION:Gisborne]] [[ZIP_CODE:4010]] was approved after the cyclone assessment on [[DATE_TIME:20 March 2023]].""",
    """I'm [[PERSON:Ravi Krishnan]] from [[LOCATION:Chennai]]; my Aadhaar is [[ID_NUMBER:7340 2618 8592]] and I need the insurance payout for my shop to be credited before [[DATE_TIME:the 30th]].""",
    """[[PERSON:Beth]], could you email the [[PERSON:Okonjo-Brights]] about their holiday booking? Their address is [[EMAIL_ADDRESS:okonjobright.family@gmail.com]] and they live on [[ADDRESS:22 Lavender Close]].""",
    """[[PERSON:Magdalena Wiśniewska]], [[AGE:37]], a [[NRP:Polish]] nurse working in [[LOCATION:Leicester]], was named employee of the year for setting up the hospital's weekend discharge clinic.""",
    """[[PERSON:रमेश थापा]]ले भूकम्प राहत कोषमा रु. ५,००० दान गर्नुभयो। रसिद पठाउन उहाँको मोबाइल नम्बर [[PHONE_NUMBER:९८४१२३७७६५]] मा सम्पर्क गर्नुहोला।""",
    """[[LOCATION:गोरखा]] जिल्ला [[LOCATION:बारपाक]] निवासी [[AGE:३४]] वर्षीया [[PERSON:सीता कुमारी मगर]]को नागरिकता प्रमाणपत्र नं. [[ID_NUMBER:३६-०२-७२-०४५१८]] हो। उहाँले [[DATE_TIME:२०८१ साउन १२ गते]] राहत सामग्री बुझ्नुभयो।""",
    """बिरामी [[PERSON:हरि प्रसाद अधिकारी]] (उमेर [[AGE:६७]]) लाई [[DATE_TIME:मंसिर ३ गते बिहान १० बजे]] फलोअपका लागि अस्पताल बोलाइएको छ। थप जानकारीका लागि उहाँकी छोरी [[PERSON:अनिता]] लाई [[PHONE_NUMBER:९८५१०४४२७३]] मा फोन गर्नुहोस्।""",
    """Namaste, ma [[PERSON:Pemba Dorje Sherpa]] ho. Flood relief ko form ma mero phone number [[PHONE_NUMBER:9803 456 712]] ra citizenship no. [[ID_NUMBER:11-01-76-02247]] lekheko chhu, tara ajha samma SMS aayena.""",
    """[[PERSON:Sunita]] didi ko birthday [[DATE_TIME:Magh 15]] ma ho, uhaa aba [[AGE:40]] pugnu bhayo. Invitation chai [[EMAIL_ADDRESS:sunita.karki77@gmail.com]] ma pathaunu hai.""",
    """[[PERSON:නිමල් පෙරේරා]] [[TITLE:මහතා]] ගංවතුර සහන අරමුදලට රුපියල් 10,000ක් පරිත්‍යාග කළේය. ලදුපත සඳහා ඔහුගේ දුරකථන අංකය [[PHONE_NUMBER:077 384 2291]] වේ.""",
    """[[PERSON:කුමාරි ජයසේකර]] [[TITLE:මහත්මිය]]ගේ ජාතික හැඳුනුම්පත් අංකය [[ID_NUMBER:198567301245]] වන අතර, ඇය [[ADDRESS:අංක 45, ගාලු පාර]], [[LOCATION:දෙහිවල]] පදිංචිව සිටී.""",
    """ස්වේච්ඡා සේවක ලියාපදිංචිය: [[PERSON:තරිඳු සමරවීර]], වයස [[AGE:23]], [[LOCATION:මහනුවර]]. විද්‍යුත් තැපෑල [[EMAIL_ADDRESS:tharindu.samaraweera@gmail.com]]. පළමු පුහුණුව [[DATE_TIME:මාර්තු 8 වන සෙනසුරාදා]] පැවැත්වේ.""",
    """Mage nama [[PERSON:Dilani Fernando]]. Mama [[DATE_TIME:april 2]] idan [[LOCATION:Galle]] relief camp eke volunteer karanawa, mage number eka [[PHONE_NUMBER:0714 562 839]].""",
    """Aiyo machan, [[PERSON:Kasun]] ge card eka block wela. Eyage NIC eka [[ID_NUMBER:932451837V]] kiyala bank ekata call karala kiyanna one, eya [[LOCATION:Kurunegala]] inne.""",
    """Our old landlord, [[PERSON:Mr. Stavros Papadopoulos]], insists the $2,400 deposit went back to [[PERSON:Leilani]]'s account on [[DATE_TIME:Aug. 30]], but she never saw it and he won't send a bank statement.""",
    """The tax preparer typed [[PERSON:DeShawn Carter]]'s SSN as [[US_SSN:431-87-2206]] instead of [[US_SSN:431-78-2206]], which is why the return he filed on [[DATE_TIME:April 12]] bounced.""",
    """The officer noted that the driver, [[PERSON:Luis Manuel Ortega]], [[AGE:45]], showed Texas licence [[US_DRIVER_LICENSE:31948207]] and gave his address as [[ADDRESS:905 Oak Hollow Dr]], [[LOCATION:Round Rock]], [[LOCATION:TX]] [[ZIP_CODE:78681]].""",
]

BENCH = [
    """Dear [[PERSON:Oluwaseun Adeyemi-Cole]], your deployment as Logistics Officer with the flood response team begins on [[DATE_TIME:14/08/2024]]. Please bring your passport ([[ID_NUMBER:B03918274]]) to the briefing and confirm that [[PHONE_NUMBER:+234 803 417 2956]] is still your active line. The bus leaves from [[ADDRESS:27 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] at 05:30 sharp.""",
    """[[PERSON:Marisol]]'s meal-kit subscription renewal of $250 was charged to card [[CREDIT_CARD:4532 0177 3840 5193]] (CVV 318, exp 11/27). The receipt went to [[EMAIL_ADDRESS:marisol.echeverria@protonmail.com]] and the billing address on file is [[ADDRESS:4410 SW 8th Street, Apt 3B]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33135]].""",
    """{"ts":"2024-06-02T09:14:55Z","level":"WARN","svc":"donor-api","msg":"duplicate tax relief declaration","donor":{"name":"[[PERSON:Siobhán Ní Bhriain]]","email":"[[EMAIL_ADDRESS:siobhan.nibhriain@eircom.net]]","eircode":"[[ZIP_CODE:D06 F2K7]]","ppsn":"[[ID_NUMBER:8472391JA]]"},"client_ip":"[[IP_ADDRESS:86.42.117.203]]","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"}""",
    """INSERT INTO volunteers (id, full_name, dob, mobile, email, suburb, wwcc_no, shirt_size) VALUES (4471, '[[PERSON:Thi Bich Ngoc Tran]]', '[[DATE_TIME:1991-02-23]]', '[[PHONE_NUMBER:0412 558 903]]', '[[EMAIL_ADDRESS:ngoc.tran91@bigpond.com]]', '[[LOCATION:Cabramatta]]', '[[ID_NUMBER:WWC1847302E]]', 'M');""",
    """CLAIM NOTIFICATION — Homeowners Policy HO-5 No. 88-2210-7741
Insured: [[PERSON:Gerald Whitcombe]] and [[PERSON:Lorraine Whitcombe]]
Loss location: [[ADDRESS:1187 Briar Hollow Lane]], [[LOCATION:Tuscaloosa]], [[LOCATION:AL]] [[ZIP_CODE:35405]]
Date/time of loss: [[DATE_TIME:04/27/2024 18:40]] (tornado)
Contact: [[PHONE_NUMBER:(205) 391-6608]]
Adjuster assigned: [[PERSON:Dana Kowalczyk]], ext. 4412
Narrative: Insured reports roof decking torn off the detached garage and a pecan tree down across the driveway. [[PERSON:Mrs. Whitcombe]] states that their neighbor, [[PERSON:Ray Duchene]], photographed the damage the following morning.""",
    """This Volunteer Agreement is made on [[DATE_TIME:the 3rd day of February 2025]] between Harbourlight Food Bank Trust (Registered Charity No. 1187342) and [[PERSON:Aleksander Nowicki]] of [[ADDRESS:Flat 2, 61 Portland Road]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 5DR]] (the "Volunteer"). The Volunteer's emergency contact is [[PERSON:Beata Nowicka]] on [[PHONE_NUMBER:07723 418 906]]. A basic DBS certificate, number [[ID_NUMBER:001784920355]], was presented on [[DATE_TIME:28 January 2025]].""",
    """Patient intake — Mercy Outreach Mobile Clinic
Name: [[PERSON:Esperanza Quispe Mamani]]    DOB: [[DATE_TIME:09/30/1958]]    Age: [[AGE:66]]
MRN: [[ID_NUMBER:MOC-0072318]]    Preferred language: Quechua / Spanish
Address: [[ADDRESS:2207 S. Alameda St, Unit 14]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90058]]
Chief complaint: swelling in both ankles x 2 weeks, BP 162/94 at triage.
Meds: amlodipine 5 mg daily (ran out [[DATE_TIME:10/02]]), metformin 500 mg BID.
Seen by: [[PERSON:Dr. Harpreet Sandhu]], [[DATE_TIME:10/14/2024 11:20]]""",
    """Microloan application — field partner ref. FP-2291
Borrower: [[PERSON:Wanjiru Kamau]], [[AGE:34]], tailor, [[LOCATION:Githurai]], [[LOCATION:Kiambu County]]
National ID: [[ID_NUMBER:28471930]]   KRA PIN: [[ID_NUMBER:A004718235K]]
M-Pesa line: [[PHONE_NUMBER:0722 614 380]]
Amount requested: KES 80,000 (two industrial sewing machines)
Guarantor: [[PERSON:Peter Njoroge Mwangi]], ID [[ID_NUMBER:22930418]], tel. [[PHONE_NUMBER:+254 733 902 117]]
Approved at the group meeting of [[DATE_TIME:Thursday 12 September 2024]].""",
    """<donation id="DN-2024-118274">
  <donor type="individual">
    <name>[[PERSON:Rahim Chowdhury]]</name>
    <address>
      <line1>[[ADDRESS:Flat 7]]</line1>
      <line2>[[ADDRESS:19 Whitechapel Road]]</line2>
      <city>[[LOCATION:London]]</city>
      <postcode>[[ZIP_CODE:E1 1DU]]</postcode>
    </address>
    <giftAid declared="true" date="[[DATE_TIME:2024-11-05]]"/>
  </donor>
  <payment method="direct_debit">
    <iban>[[IBAN_CODE:GB24LOYD30963712845067]]</iban>
    <mandateRef>HLF-DD-774120</mandateRef>
  </payment>
  <appeal>FLOOD-EMERGENCY-2024</appeal>
</donation>""",
    """2024-09-18 22:04:11,392 INFO  auth.login  user=[[USERNAME:ptamang_relief]] src=[[IP_ADDRESS:27.34.68.201]] mfa=sms to=[[PHONE_NUMBER:+977 9841 238 576]] result=OK
2024-09-18 22:04:13,008 INFO  field.sync  user=[[USERNAME:ptamang_relief]] device=a4:5e:60:c2:19:7b records=38 district=[[LOCATION:Sindhupalchok]]
2024-09-18 22:06:47,551 ERROR field.sync  user=[[USERNAME:ptamang_relief]] beneficiary_id=[[ID_NUMBER:BEN-NP-0041873]] photo upload failed (413 Payload Too Large)""",
    """Kindly note that [[PERSON:Tevita Fifita]], our Regional Optimization Associate, has relocated to [[ADDRESS:88 Favona Road]], [[LOCATION:Māngere]], [[LOCATION:Auckland]] [[ZIP_CODE:2022]]. His new laptop (MAC 3c:22:fb:91:0e:4d) must be whitelisted for [[IP_ADDRESS:203.97.14.166]] before he starts on [[DATE_TIME:9 July]].""",
    """Ticket #HD-55127 | Priority: High | Channel: Web form
Requester: [[PERSON:Ana Lucía Ferreyra]] <[[EMAIL_ADDRESS:alferreyra@fastmail.com]]>
Phone: [[PHONE_NUMBER:+1 (646) 552-0187]]
Subject: Can't update card for my subscription
Body: Hi, I pay monthly for the family streaming plan and my old card expired. The form keeps rejecting the new one, [[CREDIT_CARD:5473 0188 2964 0175]], exp 08/28. I'm on Chrome on a Chromebook and the page shows my IP as [[IP_ADDRESS:72.229.48.130]]. My customer ID is [[ID_NUMBER:FP-C-30882]]. Thanks, [[PERSON:Ana]]""",
    """NOTICE OF EVICTION HEARING
To: [[PERSON:Desmond Okafor]], Tenant
Premises: [[ADDRESS:3520 W. Lawrence Ave., Apt. 2F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60625]]
You are hereby notified that a hearing on the landlord's complaint will be held on [[DATE_TIME:Tuesday, November 19, 2024, at 9:30 a.m.]] in Courtroom 1402 of the Richard J. Daley Center. Tenants may contact the volunteer legal aid desk at (312) 603-1950 before that date. Case No. 2024-M1-708812.""",
    """# relief-sms-gateway/config/prod.yaml
gateway:
  provider: twilio
  sender_id: RELIEF-PH
  admin_contact:
    name: [[PERSON:Ma. Cristina Dela Paz]]
    mobile: "[[PHONE_NUMBER:+63 917 804 2215]]"
    email: [[EMAIL_ADDRESS:cdelapaz@bayanihanrelief.org.ph]]
  allowed_ips:
    - [[IP_ADDRESS:112.198.77.41]]
    - [[IP_ADDRESS:112.198.77.42]]
retry:
  max_attempts: 5
  backoff_seconds: 30""",
    """Vehicle [[ID_NUMBER:KX19 FHD]], registered keeper [[PERSON:Imogen Blackwood-Reyes]], crossed the Dartford Crossing on [[DATE_TIME:02/03/2025 at 07:52]] without payment. The penalty charge notice will be posted to [[ADDRESS:Orchard Cottage, 4 Mill Lane]], [[LOCATION:Sevenoaks]], [[LOCATION:Kent]] [[ZIP_CODE:TN14 6AR]].""",
    """Disaster Response Corps — Member Enrollment
Member: [[PERSON:Jaylen Marcus Whitfield]]
SSN: [[US_SSN:512-38-7094]]
DOB: [[DATE_TIME:June 4, 2001]]
Home of record: [[ADDRESS:612 Magnolia Ave]], [[LOCATION:Lake Charles]], [[LOCATION:LA]] [[ZIP_CODE:70601]]
Driver's license (LA): [[US_DRIVER_LICENSE:009428731]]
Term start: [[DATE_TIME:08/19/2024]]   Service site: [[LOCATION:Calcasieu Parish]] rebuild
Emergency contact: [[PERSON:Tanya Whitfield]] (mother) [[PHONE_NUMBER:337-288-4106]]""",
    """# TODO: remove the hard-coded test customer before merging
test_customer = Customer(
    first_name="[[PERSON:Mei Ling]]",
    last_name="[[PERSON:Koh]]",
    nric="[[ID_NUMBER:S8837214Z]]",
    mobile="[[PHONE_NUMBER:+65 9128 4470]]",
    email="[[EMAIL_ADDRESS:meiling.koh@singnet.com.sg]]",
    block_street="[[ADDRESS:Blk 431 Ang Mo Kio Ave 10 #08-1127]]",
    postal_code="[[ZIP_CODE:560431]]",
)
invoice = issue_invoice(test_customer, amount=Decimal("300.00"))""",
    """Hey [[PERSON:Noor]], the onboarding form for the graduate programme has your date of birth as [[DATE_TIME:17.05.1996]]. Our system logged the session from [[IP_ADDRESS:2a02:c7c:51e8:8a00:4d1f:9b20:e6a1:3c07]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0. Please confirm that [[EMAIL_ADDRESS:noor.haddad@outlook.com]] is still the best way to reach you.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Rangi Te Whatu]]   NHI: [[ID_NUMBER:ZLM8632]]   DOB: [[DATE_TIME:11-Mar-1949]]
Admitted: [[DATE_TIME:02-Oct-2024]]   Discharged: [[DATE_TIME:09-Oct-2024]]
Ward 7B, Waikato Hospital
Diagnosis: community-acquired pneumonia, right lower lobe; background of COPD.
Follow-up: GP [[PERSON:Dr. Mereana Hohaia]] ([[LOCATION:Ngāruawāhia]]) within 7 days. District nurse to visit [[ADDRESS:14 Galileo Street]], [[LOCATION:Ngāruawāhia]] [[ZIP_CODE:3720]] on [[DATE_TIME:11 October]].
Next of kin: [[PERSON:Aroha Te Whatu]] (daughter), [[PHONE_NUMBER:021 448 9073]].""",
    """[[PERSON:Wilhelmina]], as Lead Research Strategist, please send the revised field protocol to [[EMAIL_ADDRESS:w.achterberg@hotmail.nl]]. Your travel reimbursement of €412.60 will be paid to [[IBAN_CODE:NL41 INGB 0007 3194 84]] (BIC INGBNL2A) in the name of [[PERSON:W. Achterberg]].""",
    """{"claim_id":"CLM-77102934","member":{"first_name":"[[PERSON:Darnell]]","last_name":"[[PERSON:Hargrove]]","dob":"[[DATE_TIME:1972-08-14]]","member_id":"[[ID_NUMBER:XEH448291037]]","ssn_last4":"7731"},"provider":{"npi":"1902847716","name":"Lakeside Family Medicine"},"service_date":"[[DATE_TIME:2024-12-02]]","cpt":["99214","85025"],"billed":312.00,"status":"PENDED"}""",
    """PRE-APPROVAL LETTER
[[DATE_TIME:March 3, 2025]]
[[PERSON:Mr. Anthony Russo]] and [[PERSON:Ms. Keisha Russo]]
[[ADDRESS:77 Farragut Road]]
[[LOCATION:Staten Island]], [[LOCATION:NY]] [[ZIP_CODE:10305]]
Dear [[PERSON:Mr. Russo]] and [[PERSON:Ms. Russo]],
Based on the information you provided, you are pre-approved for a 30-year fixed mortgage of up to $540,000. Loan number 300-4471-82. This pre-approval is based on a credit review completed [[DATE_TIME:02/28/2025]] for the applicant with SSN ending 5512 and will expire in 90 days.""",
    """UPDATE patients SET phone = '[[PHONE_NUMBER:(503) 771-0294]]', email = '[[EMAIL_ADDRESS:j.nakamura.pdx@gmail.com]]', updated_at = NOW() WHERE mrn = '[[ID_NUMBER:000784213]]' AND last_name = '[[PERSON:Nakamura]]';""",
    """Network audit: the laptop assigned to [[PERSON:Kenji Watanabe-Lowe]] (MAC 9c:b6:d0:1f:77:ac) leased [[IP_ADDRESS:10.14.3.227]] at 08:02 and reported the user agent Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36. Ticket raised for the outdated browser.""",
    """EMPLOYMENT CONTRACT
This contract is entered into between Seabright Logistics Pte. Ltd. (UEN 201734512K) and [[PERSON:Nur Aisyah binti Rahman]], NRIC [[ID_NUMBER:T0158823G]], residing at [[ADDRESS:Blk 118 Rivervale Drive #05-221]], [[LOCATION:Singapore]] [[ZIP_CODE:540118]] (the "Employee").
1. Commencement: The Employee's employment commences on [[DATE_TIME:1 April 2025]].
2. Position: Customer Operations Executive, reporting to the Head of Operations.
3. Probation: three (3) months.""",
    """Ticket VOL-2291 — Background check stuck
From: [[PERSON:Rosalind Achebe]] ([[EMAIL_ADDRESS:ros.achebe@gmail.com]])
I applied to mentor with the youth programme on [[DATE_TIME:Jan 9]] and the screening page still says "awaiting consent". I've signed twice. My DOB is [[DATE_TIME:1984-06-30]] and the last four of my SSN are 0915 if you need to look me up. Cell: [[PHONE_NUMBER:404-519-7732]].""",
    """FAMILY ACCESS CARD — DISASTER ASSISTANCE
Head of family: [[PERSON:Rodelio B. Macaraeg]]   Age: [[AGE:47]]   Sex: M
Address: [[ADDRESS:Purok 3]], Brgy. [[LOCATION:San Jose]], [[LOCATION:Tacloban City]], [[LOCATION:Leyte]]
Contact no.: [[PHONE_NUMBER:0926 311 4580]]
Card no.: [[ID_NUMBER:DAFAC-08-3716-0442]]
Members: [[PERSON:Josefina Macaraeg]] ([[AGE:44]]), [[PERSON:Rhea Macaraeg]] ([[AGE:17]]), [[PERSON:Jun-jun Macaraeg]] ([[AGE:9]])
Date of registration: [[DATE_TIME:11/10/2024]]""",
    """{"export":"crm_gifts","rows":[{"constituent_id":"[[ID_NUMBER:0012884]]","name":"[[PERSON:Harold]] & [[PERSON:Bev Lindqvist]]","addr":"[[ADDRESS:5012 Aldrich Ave S]]","city":"[[LOCATION:Minneapolis]]","st":"[[LOCATION:MN]]","zip":"[[ZIP_CODE:55419]]","gift":2500.00,"fund":"Disaster Relief - Unrestricted","card":"[[CREDIT_CARD:4716290053814426]]","gift_date":"[[DATE_TIME:2024-12-31]]"}]}""",
    """09:12:44 checkin class=spin-am member=[[PERSON:Giulia Romano]] member_id=[[ID_NUMBER:V-30418]] phone=[[PHONE_NUMBER:+61 423 907 115]]
09:13:02 checkin class=spin-am member=[[PERSON:Bashir Rahimi]] member_id=[[ID_NUMBER:V-30922]] phone=[[PHONE_NUMBER:+61 401 552 086]]
12:58:30 checkout class=spin-am member=[[PERSON:Giulia Romano]] mins=52 note="towel not returned"
13:01:17 checkout class=spin-am member=[[PERSON:Bashir Rahimi]] mins=55""",
    """<beneficiary>
  <individualNo>[[ID_NUMBER:508-17C40219]]</individualNo>
  <name>[[PERSON:Nyakuoth Gatluak Deng]]</name>
  <dateOfBirth>[[DATE_TIME:2003-01-01]]</dateOfBirth>
  <nationality>[[NRP:South Sudanese]]</nationality>
  <camp>[[LOCATION:Kakuma]]</camp>
  <phone>[[PHONE_NUMBER:+254 791 208 344]]</phone>
  <householdSize>6</householdSize>
</beneficiary>""",
    """SELECT donor_id, first_name, last_name, lifetime_giving FROM donors WHERE lifetime_giving > 50000 ORDER BY lifetime_giving DESC;
-- donor_id | first_name | last_name | lifetime_giving
-- [[ID_NUMBER:D-000417]] | [[PERSON:Evelyn]] | [[PERSON:Castellanos-Whitby]] | 182500.00
-- [[ID_NUMBER:D-002913]] | [[PERSON:Arjun]] | [[PERSON:Mehta]] | 96000.00
-- [[ID_NUMBER:D-001188]] | [[PERSON:Moira]] | [[PERSON:Fitzgerald]] | 51250.00""",
    """Our Corporate Events Coordinator, [[PERSON:Mr. Lowell Ferreira]], will host the year-end gala at [[ADDRESS:1 Harborview Plaza, Suite 300]], [[LOCATION:Baltimore]], [[LOCATION:Maryland]] [[ZIP_CODE:21230]]. RSVPs to his direct line [[PHONE_NUMBER:410-662-0389]]. Tables paid by card [[CREDIT_CARD:5182 4469 0713 3254]] (exp. 02/26, CVC 771) have been confirmed.""",
    """Dear Sir or Madam,
Re: Estate of the late [[PERSON:Mr. Alfred James Penhaligon]] (died [[DATE_TIME:12 August 2024]])
We act as executors of the above estate. Under clause 6 of the will dated [[DATE_TIME:3 May 2016]], the deceased left a pecuniary legacy of £15,000 to your charity. Please confirm your bank details on headed paper. Any queries can be directed to [[PERSON:Ms. Helen Trevithick]] at this office or by email to [[EMAIL_ADDRESS:h.trevithick@penroselaw.co.uk]].
Yours faithfully""",
    """Helpline contact note — Line 2 — call received 21:47
Caller gave first name [[PERSON:Dylan]], says he is [[AGE:19]], living in a tent near the river in [[LOCATION:Shrewsbury]] since being evicted on [[DATE_TIME:the 2nd]]. Agreed follow-up call on [[PHONE_NUMBER:07491 338 206]] tomorrow. Referred to the outreach team (duty worker [[PERSON:Claire]]).""",
    """RESTORING FAMILY LINKS — TRACING REQUEST
Sought person: [[PERSON:Hamid Noorzai]], born around 1990 in [[LOCATION:Kunduz]], [[LOCATION:Afghanistan]]
Last contact: phone call on [[DATE_TIME:14 February 2022]] from [[LOCATION:Edirne]], [[LOCATION:Turkey]]
Enquirer: [[PERSON:Zarghuna Noorzai]] (sister), [[ADDRESS:Hohe Straße 28]], [[ZIP_CODE:44139]] [[LOCATION:Dortmund]]
Enquirer phone: [[PHONE_NUMBER:+49 176 4418 2093]]""",
    """Resettlement case file — [[PERSON:Khin Myat Noe]]
A-Number: [[ID_NUMBER:A219-448-307]]   I-94: [[ID_NUMBER:69104527381]]
Date of arrival: [[DATE_TIME:08/22/2024]] (arrived [[LOCATION:Boise]], [[LOCATION:ID]])
Housing: [[ADDRESS:2840 W Camas St, Apt 112]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83705]]
Case manager: [[PERSON:Julian Ferro]]   Interpreter needed: Burmese
Notes: Medicaid card received [[DATE_TIME:9/18]]; first ESL class [[DATE_TIME:Monday 9/23 at 6 pm]].""",
    """volunteer_firefighters:
  - name: [[PERSON:Callum Hughes]]
    brigade: [[LOCATION:Wangaratta]]
    member_no: "[[ID_NUMBER:CFA-118204]]"
    mobile: "[[PHONE_NUMBER:0438 221 907]]"
    joined: [[DATE_TIME:2016-11-05]]
  - name: [[PERSON:Ngaire Walters]]
    brigade: [[LOCATION:Milawa]]
    member_no: "[[ID_NUMBER:CFA-120577]]"
    mobile: "[[PHONE_NUMBER:0447 380 512]]"
    joined: [[DATE_TIME:2021-02-19]]""",
    """Official donation receipt for income tax purposes
Receipt no. 2024-009831   Date issued: 2025-01-15
Received from: [[PERSON:Jean-François Lachance]], [[ADDRESS:4417 rue Saint-Denis]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2J 2L1]]
Date donation received: [[DATE_TIME:December 29, 2024]]
Eligible amount of gift: $750.00
Charity BN/Registration: 11883 0412 RR0001 — Maison d'Hébergement Les Berges""",
    """fundraiser:
  page_owner: "[[PERSON:Aroha Ngata]]"
  page_url: "[[URL:https://fundraise.kidscan.org.nz/aroha-ngata-tough-mudder]]"
  target: 2000
  event: Tough Mudder Auckland
  owner_email: "[[EMAIL_ADDRESS:arohangata@xtra.co.nz]]"
  owner_birthday: "[[DATE_TIME:14 Nov]]"
  team: Whānau Warriors""",
    """SCHOLARSHIP APPLICATION — Udaan Girls' Education Trust
Applicant: [[PERSON:Pooja Kumari Yadav]]
Date of birth: [[DATE_TIME:12-08-2006]]   Age: [[AGE:18]]
Father's name: [[PERSON:Ramesh Prasad Yadav]]   Occupation: marginal farmer
Address: [[ADDRESS:House No. 214, Rampur Kalan Road]], [[LOCATION:Samastipur]], [[LOCATION:Bihar]] – [[ZIP_CODE:848101]]
Aadhaar: [[ID_NUMBER:5281 9034 7614]]
Bank: State Bank of India, A/c No. [[ID_NUMBER:38810427756]], IFSC SBIN0003371
Guardian's mobile: [[PHONE_NUMBER:+91 94311 82706]]""",
    """Flood claim lodgement — Home & Contents
Policyholder: [[PERSON:Stavroula]] "[[PERSON:Voula]]" [[PERSON:Georgiou]]   Policy: HCP-4410928
Risk address: [[ADDRESS:16 Riverview Terrace]], [[LOCATION:Lismore]] [[LOCATION:NSW]] [[ZIP_CODE:2480]]
Event: flood, [[DATE_TIME:28/02/2022]] — water reached 1.9 m inside the ground floor.
Contact: [[PHONE_NUMBER:0419 662 304]] / [[EMAIL_ADDRESS:voula.georgiou@optusnet.com.au]]
Emergency payment to: BSB 062-565, account [[ID_NUMBER:1048 2297]], account name [[PERSON:S Georgiou]]""",
    """{"manifest":"RELIEF-CHTR-0312","route":"NBO-JUB","passengers":[
 {"seq":1,"surname":"[[PERSON:OKELLO]]","given":"[[PERSON:DAVID OTIENO]]","nationality":"[[NRP:Kenyan]]","passport":"[[ID_NUMBER:AK0482215]]","dob":"[[DATE_TIME:1983-04-17]]"},
 {"seq":2,"surname":"[[PERSON:BERGSTRÖM]]","given":"[[PERSON:ELIN]]","nationality":"[[NRP:Swedish]]","passport":"[[ID_NUMBER:94417266]]","dob":"[[DATE_TIME:1990-10-02]]"},
 {"seq":3,"surname":"[[PERSON:FERNANDES]]","given":"[[PERSON:ANIL]]","nationality":"[[NRP:Indian]]","passport":"[[ID_NUMBER:Z5120934]]","dob":"[[DATE_TIME:1978-12-25]]"},
 {"seq":4,"surname":"[[PERSON:WHITAKER-HOLM]]","given":"[[PERSON:JAMES]]","nationality":"[[NRP:American]]","passport":"[[US_PASSPORT:A04418273]]","dob":"[[DATE_TIME:1988-05-30]]"}
]}""",
    """[2024-12-03 19:22:07] payments.ERROR charge failed donor_email=[[EMAIL_ADDRESS:fkhoury.78@gmail.com]] amount=120.00 currency=AUD pan=[[CREDIT_CARD:4556730211984358]] exp=0926 cvv=*** reason=do_not_honor ip=[[IP_ADDRESS:101.182.44.9]] campaign=winter-appeal
[2024-12-03 19:22:07] payments.WARN  PAN written to log in clear text, see SEC-118""",
    """Dear [[PERSON:Friederike]], thank you for subscribing to the weekend edition. Your subscription of €35 a month will be collected from [[IBAN_CODE:DE44 5001 0517 5407 3249 31]] (BIC INGDDEFFXXX) on the first working day of each month, starting [[DATE_TIME:1 February]]. The mandate is in the name of [[PERSON:Friederike Albers-Yıldız]], [[ADDRESS:Schanzenstraße 71]], [[ZIP_CODE:20357]] [[LOCATION:Hamburg]].""",
    """@Test
void rejectsUnderageAccountHolder() {
    AccountHolder v = AccountHolder.builder()
        .fullName("[[PERSON:Tomasz Zieliński]]")
        .dateOfBirth(LocalDate.parse("[[DATE_TIME:2009-05-21]]"))
        .email("[[EMAIL_ADDRESS:tomek.zielinski09@wp.pl]]")
        .phone("[[PHONE_NUMBER:+48 512 884 307]]")
        .build();
    assertThrows(EligibilityException.class, () -> service.open(v));
}""",
    """CONFIDENTIAL — Performance improvement plan
Employee: [[PERSON:Brandon Tsosie]]   Employee #: [[ID_NUMBER:004418]]   Manager: [[PERSON:Linda Chavarría]]
PIP start: [[DATE_TIME:01/13/2025]]   Review meetings: [[DATE_TIME:01/27]], [[DATE_TIME:02/10]], [[DATE_TIME:02/24]]
Concerns: repeated late arrivals (8 instances in Q4), two missed client deadlines.
Employee comment: he has been driving his grandmother to dialysis in [[LOCATION:Gallup]] three mornings a week and asks for a later start time.""",
    """INCIDENT REPORT #24-118273
Reporting officer: [[TITLE:Sgt.]] [[PERSON:M. Delacroix]], badge [[ID_NUMBER:4471]]
Date/time reported: [[DATE_TIME:10/05/2024 23:15]]
Complainant: [[PERSON:Yesenia Flores]], DOB [[DATE_TIME:03/22/1995]], [[ADDRESS:1340 E. Van Buren St, Apt 21]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85006]], ph. [[PHONE_NUMBER:602-448-1937]]
Suspect: [[PERSON:Travis Lee Kimbrough]], W/M, approx. [[AGE:30]], 6'1", DL [[US_DRIVER_LICENSE:D08812934]] (AZ)
Narrative: Complainant states the suspect, her former roommate, entered the apartment without permission and removed a laptop and $300 in cash.""",
    """SUBPOENA TO TESTIFY AT A DEPOSITION
To: [[PERSON:Marcus Bell]], [[ADDRESS:2716 Cherry Hill Lane]], [[LOCATION:Knoxville]], [[LOCATION:TN]] [[ZIP_CODE:37919]]
YOU ARE COMMANDED to appear at the offices of Halpern & Nye LLP in [[LOCATION:Knoxville]] on [[DATE_TIME:February 18, 2025 at 10:00 a.m.]] to testify at a deposition in the matter of [[PERSON:Okoro-Blake]] v. Northgate Credit Union, Case No. 3:24-cv-00418.""",
    """{"kyc_ref":"KYC/2025/004417","customer":{"name":"[[PERSON:Sreelakshmi Menon]]","dob":"[[DATE_TIME:1989-11-03]]","pan":"[[ID_NUMBER:BQMPM7731C]]","aadhaar_masked":"XXXX XXXX 4539","mobile":"[[PHONE_NUMBER:+919847012236]]","email":"[[EMAIL_ADDRESS:sreelakshmi.m@rediffmail.com]]","address":{"line1":"[[ADDRESS:TC 14/1182, Vazhuthacaud Road]]","city":"[[LOCATION:Thiruvananthapuram]]","state":"[[LOCATION:Kerala]]","pin":"[[ZIP_CODE:695014]]"}},"vkyc_completed_at":"[[DATE_TIME:2025-01-08T16:42:10+05:30]]","risk":"LOW"}""",
    """{"order_id":"112-4490217-3381025","placed":"2024-11-29T03:14:22Z","ship_to":{"name":"[[PERSON:Bartholomew Nkemelu]]","line1":"[[ADDRESS:2205 Ridgecrest Blvd]]","line2":"[[ADDRESS:Unit 9]]","city":"[[LOCATION:Boulder]]","state":"[[LOCATION:CO]]","postal":"[[ZIP_CODE:80302]]","phone":"[[PHONE_NUMBER:720-338-5140]]"},"items":[{"sku":"B0C7XK4Q2M","qty":2}],"gift_message":"Happy birthday, [[PERSON:Marty]]! Love, [[PERSON:Jo]]"}""",
    """<Reservation confirmation="HX4471920">
  <Guest>
    <GivenName>[[PERSON:Seo-yeon]]</GivenName>
    <Surname>[[PERSON:Choi]]</Surname>
    <Email>[[EMAIL_ADDRESS:seoyeon.choi@naver.com]]</Email>
    <Phone>[[PHONE_NUMBER:+82 10-4471-2093]]</Phone>
    <LoyaltyNo>[[ID_NUMBER:MR 884 210 337]]</LoyaltyNo>
  </Guest>
  <Stay arrive="[[DATE_TIME:2025-04-11]]" depart="[[DATE_TIME:2025-04-15]]" room="KNGV"/>
  <Guarantee type="CC" number="[[CREDIT_CARD:3572018499661720]]" expiry="07/27"/>
</Reservation>""",
    """RP/LON1A0980/
  1.[[PERSON:MWANGI]]/[[PERSON:GRACE WAIRIMU]] [[TITLE:MRS]]   2.[[PERSON:MWANGI]]/[[PERSON:BRIAN KIPRONO]] [[TITLE:MSTR]](CHD/[[DATE_TIME:12MAR15]])
  3  KQ 101 Y [[DATE_TIME:14JUN]] 6 LHRNBO HK2  1955 0650+1 *1A/E*
  4 APE [[EMAIL_ADDRESS:GRACE.MWANGI@OUTLOOK.COM]]
  5 APM [[PHONE_NUMBER:+44 7700 918244]]
  6 SSR DOCS KQ HK1 P/KEN/[[ID_NUMBER:AK2290417]]/KEN/[[DATE_TIME:04AUG82]]/F/15MAR29/[[PERSON:MWANGI]]/[[PERSON:GRACE WAIRIMU]]/P1
  7 TK OK10JUN/LON1A0980""",
    """FINAL NOTICE — DISCONNECTION OF SERVICE
Account holder: [[PERSON:Lorenzo Batista]]
Service address: [[ADDRESS:48 Hancock St, 2nd Floor]], [[LOCATION:Dorchester]], [[LOCATION:MA]] [[ZIP_CODE:02125]]
Account number: [[ID_NUMBER:7720-118-4406]]
Amount past due: $611.42
Your electric service is scheduled to be disconnected on or after [[DATE_TIME:December 9, 2024]]. If anyone in your household is seriously ill or is 65 or older, call us at 1-800-592-2000 to ask for protection from shut-off.""",
    """STUDENT ENROLLMENT FORM — 2025/26
Student legal name: [[PERSON:Amir Hossein Tehrani]]   Preferred name: [[PERSON:Amir]]
Grade entering: 3   DOB: [[DATE_TIME:7/19/2017]]   Student ID (if returning): [[ID_NUMBER:2041173]]
Parent/Guardian 1: [[PERSON:Shirin Tehrani]], cell [[PHONE_NUMBER:(818) 224-5903]], [[EMAIL_ADDRESS:shirin.tehrani@icloud.com]]
Parent/Guardian 2: [[PERSON:Dariush Tehrani]], cell [[PHONE_NUMBER:(818) 730-4412]]
Home address: [[ADDRESS:15421 Ventura Blvd, Apt 6]], [[LOCATION:Sherman Oaks]], [[LOCATION:CA]] [[ZIP_CODE:91403]]
Home language survey: Farsi""",
    """Rx #6620418   Filled: [[DATE_TIME:2025-02-11]]
Patient: [[PERSON:Marie-Claude Tremblay]]   DOB: [[DATE_TIME:1961/04/09]]
Health card: [[ID_NUMBER:4587-129-034-KT]]   Phone: [[PHONE_NUMBER:613-747-2210]]
Prescriber: [[PERSON:Dr. Oyelaran]], CPSO #[[ID_NUMBER:77310]]
Drug: Apixaban 5 mg tab, 1 tab BID, qty 60, refills 3
Counselled by [[PERSON:N. Haddad]], RPh""",
    """Dear [[PERSON:Ciarán]],
Our records show you are due your six-monthly check-up and clean. We have provisionally booked you in with [[PERSON:Dr. Aoife Brennan]] on [[DATE_TIME:Wednesday 2 April at 4.45pm]]. Under the PRSI dental scheme, please bring your PPS number ([[ID_NUMBER:6620184W]]) so we can confirm your eligibility.
To change the time, reply to this text or ring the surgery on 021 427 6600.
Ballincollig Family Dental""",
    """AUTOMOBILE LOSS REPORT
Insured driver: [[PERSON:Harjit Singh Grewal]]   Licence: [[ID_NUMBER:G6412-48830-70817]]
Vehicle: 2019 Honda CR-V, plate [[ID_NUMBER:CKRT 418]]
Accident: [[DATE_TIME:2025-01-17, approx. 17:50]] — Hwy 410 southbound near Steeles Ave, [[LOCATION:Brampton]]
Other driver: [[PERSON:Olena Kovalchuk]], tel. [[PHONE_NUMBER:(905) 812-6649]], insurer Wawanesa, policy 33-771-2048
Injuries: none reported at scene""",
    """TENANCY APPLICATION — Referencing
Applicant: [[PERSON:Oluwatobi Fashola]]   DOB: [[DATE_TIME:21 Sep 1993]]
Current address: [[ADDRESS:Flat 12, Caxton House, 8 Broad Street]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 2BH]] (since [[DATE_TIME:Nov 2021]])
Employer: Thames Valley Water — Data Analyst, salary £41,500
Previous landlord reference: [[PERSON:Mr. D. Hartley]], [[PHONE_NUMBER:0118 946 2207]]
Bank: account [[ID_NUMBER:30129947]], sort code 40-11-62""",
    """apiVersion: v1
kind: Secret
metadata:
  name: smtp-credentials
  annotations:
    owner: "[[PERSON:Priya Venkataraman]]"
    owner-email: "[[EMAIL_ADDRESS:priya.venkataraman@corvid-labs.io]]"
type: Opaque
stringData:
  SMTP_USER: noreply@corvid-labs.io
  SMTP_PASS: "Wq7#pL2v!xR9"
  ALERT_SMS: "[[PHONE_NUMBER:+1 408 663 2019]]"  # [[PERSON:Priya]]'s cell, on-call""",
    """# .env.staging — do not commit
DATABASE_URL=postgres://app:Zx81!kq@[[IP_ADDRESS:10.0.4.12]]:5432/shop_staging
ADMIN_EMAIL=[[EMAIL_ADDRESS:tunde.bakare@shopwave.io]]
ADMIN_NAME=[[PERSON:Tunde Bakare]]
SENTRY_DSN=https://4f1c8e2ab9d04e6a@o44172.ingest.sentry.io/611
TWILIO_FROM=+14155238886
TEST_RECIPIENT=[[PHONE_NUMBER:+234 809 552 1174]]""",
    """CREATE TABLE staff (emp_no INT PRIMARY KEY, name TEXT, tfn CHAR(9), super_member_no TEXT, start_date DATE);
INSERT INTO staff VALUES ([[ID_NUMBER:1021]], '[[PERSON:Georgia Papadakis]]', '[[ID_NUMBER:459021630]]', '[[ID_NUMBER:SM-00418827]]', '[[DATE_TIME:2023-07-03]]');
INSERT INTO staff VALUES ([[ID_NUMBER:1022]], '[[PERSON:Liam O''Connor]]', '[[ID_NUMBER:328710943]]', '[[ID_NUMBER:SM-00419160]]', '[[DATE_TIME:2024-01-15]]');""",
    """[[IP_ADDRESS:49.207.182.33]] - [[USERNAME:aditi.r]] [14/Feb/2025:10:22:41 +0530] "POST /api/v2/orders HTTP/1.1" 201 512 "https://shop.example.org/checkout" "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36"
[[IP_ADDRESS:157.45.9.201]] - - [14/Feb/2025:10:22:42 +0530] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
[[IP_ADDRESS:49.207.182.33]] - [[USERNAME:aditi.r]] [14/Feb/2025:10:22:43 +0530] "GET /api/v2/invoices/88120 HTTP/1.1" 200 2048 "-" "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Mobile Safari/537.36" rt=0.041""",
    """Return-Path: <[[EMAIL_ADDRESS:k.obrien.1974@eircom.net]]>
Received: from [[IP_ADDRESS:86.45.201.12]] by mx2.mailhost.ie with ESMTPS; Mon, 10 Mar 2025 08:41:19 +0000
From: "[[PERSON:Kathleen O'Brien]]" <[[EMAIL_ADDRESS:k.obrien.1974@eircom.net]]>
To: "Accounts" <accounts@murphyaccountancy.ie>
Subject: Tax return 2024 – documents attached
Date: [[DATE_TIME:Mon, 10 Mar 2025 08:41:15 +0000]]
X-Mailer: iPhone Mail (21D61)""",
    """[[PERSON:Ms. Yolanda Hane-Bartoletti]], the Forward Paradigm Designer at the [[LOCATION:North Carolina]] office, has asked for her payroll to go to account [[ID_NUMBER:40918827]] (routing 053101121). Her zodiac sign is Gemini, her eyes are hazel and she is 5'6" tall. Reach her on [[PHONE_NUMBER:+1-919-402-7718]].""",
    """buildingnumber: [[ADDRESS:41]]; street: [[ADDRESS:Kirchgasse]]; secondaryaddress: [[ADDRESS:Top 9]]; city: [[LOCATION:Graz]]; zipcode: [[ZIP_CODE:8010]]; firstname: [[PERSON:Valentina]]; lastname: [[PERSON:Hofbauer-Nikolić]]; jobtitle: Legacy Accounts Agent; iban: [[IBAN_CODE:AT611904300234573201]]; ip: [[IP_ADDRESS:91.115.42.208]]""",
    """The transfer of 2,380.00 CHF from [[PERSON:Lukas Brändli]]'s account [[IBAN_CODE:CH93 0076 2011 6238 5295 7]] (BIC BCVLCH2LXXX) to the notary's escrow account for the flat purchase was approved by the Senior Credit Manager on [[DATE_TIME:05.11.2024]].""",
    """Missing person appeal: [[PERSON:Tamsin Kerrigan-Oduya]], [[AGE:17]], 5ft 4in, slim build, brown eyes, shoulder-length braids, was last seen leaving [[ADDRESS:27 Gorsey Lane]], [[LOCATION:Widnes]] on [[DATE_TIME:Sunday 9 February at around 4pm]]. She may be using the Snapchat name [[USERNAME:tamz.k07]].""",
    """Verification log for [[PERSON:Guadalupe Arriaga]]: SSN [[US_SSN:608-12-4475]] matched; device IPv6 [[IP_ADDRESS:2600:1700:6e50:1a30::2c]], IMEI 35-209900-176148-1; account opened [[DATE_TIME:2024-08-30 14:07 CDT]].""",
    """IMMUNISATION RECORD
Child: [[PERSON:Kaiah Morgan-Pitt]]   DOB: [[DATE_TIME:03/05/2023]]   Medicare IRN: 2
Parent: [[PERSON:Shannon Pitt]]   Ph: [[PHONE_NUMBER:0408 173 662]]
12 months — MMR, MenACWY, PCV13 — given [[DATE_TIME:03/05/2024]] by RN [[PERSON:T. Bui]] at the community health centre, [[LOCATION:Alice Springs]]
18 months — DTPa, Hib, MMRV — due [[DATE_TIME:03/11/2024]]""",
    """EMPLOYER'S FIRST REPORT OF INJURY
Employee: [[PERSON:Rigoberto Salazar Peña]]   SSN: [[US_SSN:359-06-2218]]   DOB: [[DATE_TIME:11/30/1979]]
Home: [[ADDRESS:3117 Pruitt Rd]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93706]]   Phone: [[PHONE_NUMBER:(559) 281-0473]]
Occupation: Forklift operator   Date hired: [[DATE_TIME:04/02/2018]]
Date & time of injury: [[DATE_TIME:02/06/2025 7:15 AM]]
Description: Employee's left foot was pinned between the forklift and a pallet rack in aisle 14. Driven to Community Regional by co-worker [[PERSON:Arturo Mejía]].""",
    """MUTUAL NON-DISCLOSURE AGREEMENT
This Agreement is entered into as of [[DATE_TIME:October 7, 2024]] by and between Brightwater Analytics, Inc., a [[LOCATION:Delaware]] corporation, and [[PERSON:Dr. Sunita Raghavan]], an individual residing at [[ADDRESS:1902 Wildflower Court]], [[LOCATION:Cary]], [[LOCATION:North Carolina]] [[ZIP_CODE:27519]] ("Consultant").
Notices to Consultant shall be sent to [[EMAIL_ADDRESS:sraghavan.consulting@gmail.com]].""",
    """[[DATE_TIME:January 22, 2025]]
[[PERSON:Rebecca Halvorsen]]
[[ADDRESS:88 Larkspur Drive]]
[[LOCATION:Bozeman]], [[LOCATION:MT]] [[ZIP_CODE:59718]]
Re: Dispute of charge on account [[CREDIT_CARD:6011 5839 2074 6616]]
To whom it may concern,
I am writing to dispute a charge of $1,249.00 from "TRVL*SUNVISTA" posted on 12/30/2024. I cancelled this booking by phone on [[DATE_TIME:December 2]] and was given the cancellation code CXL-88210. Please credit my account and send any correspondence to the address above.
Sincerely,
[[PERSON:Rebecca Halvorsen]]""",
    r"""MSH|^~\&|EPIC|MERCYHOSP|LAB|MERCYLAB|202502111322||ADT^A04|MSG00418|P|2.5
PID|1||[[ID_NUMBER:00771924]]^^^MRN||[[PERSON:OKONKWO]]^[[PERSON:CHIDINMA]]^[[PERSON:A]]||[[DATE_TIME:19880704]]|F|||[[ADDRESS:4410 N BROADWAY ST APT 3]]^^[[LOCATION:CHICAGO]]^[[LOCATION:IL]]^[[ZIP_CODE:60640]]||[[PHONE_NUMBER:(773)561-0148]]|||||[[ID_NUMBER:00077192401]]|[[US_SSN:043-72-8815]]
PV1|1|O|ED^^^MERCY||||[[ID_NUMBER:1487263590]]^[[PERSON:SHAH]]^[[PERSON:NIRAV]]""",
    """{"id":"evt_3PqL2wKx9","type":"charge.succeeded","data":{"object":{"amount":5000,"currency":"gbp","billing_details":{"name":"[[PERSON:Eilidh Mackenzie]]","email":"[[EMAIL_ADDRESS:eilidh.mackenzie@btinternet.com]]","phone":"[[PHONE_NUMBER:+447834116092]]","address":{"line1":"[[ADDRESS:14 Keith Street]]","city":"[[LOCATION:Stornoway]]","postal_code":"[[ZIP_CODE:HS1 2JG]]","country":"[[LOCATION:GB]]"}},"payment_method_details":{"card":{"brand":"visa","last4":"4426","exp_month":9,"exp_year":2027}},"metadata":{"campaign":"spring-sale","channel":"web"}}}}""",
    """mutation {
  createVolunteer(input: {
    firstName: "[[PERSON:Xochitl]]"
    lastName: "[[PERSON:Mendoza-Ruiz]]"
    phone: "[[PHONE_NUMBER:+1 915 204 8837]]"
    languages: ["es", "en"]
    availability: WEEKENDS
    homeZip: "[[ZIP_CODE:79905]]"
  }) { id status }
}""",
    """dn: uid=[[USERNAME:mkowalczyk]],ou=people,dc=harbourfreight,dc=co,dc=uk
objectClass: inetOrgPerson
uid: [[USERNAME:mkowalczyk]]
cn: [[PERSON:Marta Kowalczyk]]
sn: [[PERSON:Kowalczyk]]
givenName: [[PERSON:Marta]]
mail: [[EMAIL_ADDRESS:m.kowalczyk@harbourfreight.co.uk]]
telephoneNumber: [[PHONE_NUMBER:+44 161 496 0732]]
employeeNumber: [[ID_NUMBER:HT-0419]]
title: Payroll Officer""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Oyelaran]];[[PERSON:Babatunde]];;[[TITLE:Dr.]];
FN:[[PERSON:Dr. Babatunde Oyelaran]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-416-902-3381]]
EMAIL;TYPE=HOME:[[EMAIL_ADDRESS:btoyelaran@rogers.com]]
ADR;TYPE=HOME:;;[[ADDRESS:77 Glenholme Ave]];[[LOCATION:Toronto]];[[LOCATION:ON]];[[ZIP_CODE:M6H 3B1]];[[LOCATION:Canada]]
BDAY:[[DATE_TIME:1969-02-14]]
END:VCARD""",
    """Mar  4 02:17:33 bastion-01 sshd[20931]: Failed password for invalid user admin from [[IP_ADDRESS:45.134.26.19]] port 50412 ssh2
Mar  4 02:17:41 bastion-01 sshd[20935]: Accepted publickey for [[USERNAME:jmokoena]] from [[IP_ADDRESS:196.21.45.118]] port 61022 ssh2: ED25519 SHA256:q4N1v8xK2mYfE0bZ9sLr7TpWc3HdJ6uA5gV2nQeRk1o
Mar  4 02:17:41 bastion-01 sshd[20935]: pam_unix(sshd:session): session opened for user [[USERNAME:jmokoena]] by (uid=0)""",
    """Case 00918273 — SIM swap request
Customer: [[PERSON:Ikechukwu Nwosu]]
MSISDN: [[PHONE_NUMBER:0803 118 4290]]
Alternate contact: [[PHONE_NUMBER:0906 772 0031]]
NIN provided: [[ID_NUMBER:71934028156]]
Agent note: customer came into the store in [[LOCATION:Ikeja]] on [[DATE_TIME:14/01/2025]]; old SIM reported lost. New ICCID 8923401000098812276 issued. Customer asked for SMS alerts to be copied to [[EMAIL_ADDRESS:ike.nwosu@yahoo.co.uk]].""",
    """[[DATE_TIME:15 April 2025]]
To the Visa Officer, British High Commission, [[LOCATION:Accra]]
LETTER OF INVITATION
I, [[PERSON:Kwesi Mensah-Bonsu]], a [[NRP:British]] citizen residing at [[ADDRESS:23 Elmhurst Road]], [[LOCATION:Leyton]], [[LOCATION:London]] [[ZIP_CODE:E10 6QS]], write to invite my mother, [[PERSON:Mrs. Comfort Mensah-Bonsu]] (passport no. [[ID_NUMBER:G2071844]], born [[DATE_TIME:02/11/1956]]), to stay with me from [[DATE_TIME:10 June]] to [[DATE_TIME:8 July 2025]] for my daughter's christening. I will meet all her expenses. My own passport number is [[ID_NUMBER:551902473]] and I can be reached on [[PHONE_NUMBER:07939 402 117]].""",
    """CONDITIONS OF BAIL
Accused: [[PERSON:Connor James Whelan]]   DOB: [[DATE_TIME:02.09.2001]]
1. To reside and sleep each night at [[ADDRESS:41 Carrowbeg Park]], [[LOCATION:Westport]], [[LOCATION:Co. Mayo]].
2. To sign on at Westport Garda Station every Monday, Wednesday and Friday between 9am and 9pm.
3. Not to contact, directly or indirectly, [[PERSON:Ms. Orla Kenny]].
4. To keep his mobile phone, [[PHONE_NUMBER:085 203 7741]], switched on and charged at all times.
Next court date: [[DATE_TIME:Thursday 27 March 2025 at 10.30am]], Castlebar District Court.""",
    """Payout verification — campaign "Rebuild Grandma [[PERSON:Esi]]'s Kitchen"
Beneficiary: [[PERSON:Esi Amoako]]   Date of birth: [[DATE_TIME:1949-03-02]]
Ghana Card: [[ID_NUMBER:GHA-718204931-6]]
Mobile money: MTN [[PHONE_NUMBER:024 488 1930]]
Organiser: [[PERSON:Kojo Amoako]] (grandson), [[EMAIL_ADDRESS:kojo.amoako@gmail.com]], IP at submission [[IP_ADDRESS:154.160.22.91]]""",
    """Volunteer abroad application — Summer 2025
Full name: [[PERSON:Amelia Rose Tupou]]
Date of birth: [[DATE_TIME:30 January 2003]]
Nationality: [[NRP:New Zealander]]
Passport: [[ID_NUMBER:LA918273]]   Issued: [[DATE_TIME:14 May 2022]]
Address: [[ADDRESS:5/17 Queens Drive]], [[LOCATION:Lyall Bay]], [[LOCATION:Wellington]] [[ZIP_CODE:6022]]
Placement preference: 1) community health, [[LOCATION:Fiji]]  2) turtle conservation, [[LOCATION:Sri Lanka]]
Dietary: vegetarian   Medical: asthma (reliever inhaler)
How did you hear about us? Instagram""",
    """Medical mission — [[LOCATION:San Juan La Laguna]], [[LOCATION:Sololá]] — patient registration
#27  [[PERSON:Tomasa Ixcoy Chavajay]], F, [[AGE:52]] — DPI [[ID_NUMBER:2291 48307 0719]] — headaches, blurry vision x 6 months
#28  [[PERSON:Diego Ixcoy]], M, [[AGE:6]] — no DPI — cough, fever since [[DATE_TIME:lunes 3 de marzo]]
#29  [[PERSON:Juana Quiacaín]], F, [[AGE:71]] — DPI [[ID_NUMBER:1837 66204 0719]] — knee pain; BP 148/90
Registered by [[TITLE:Hna.]] [[PERSON:Lucía]] and [[PERSON:Dr. Kevin O'Hara]]""",
    """From: [[PERSON:Gordon Blackwell]] <[[EMAIL_ADDRESS:gordon.blackwell47@talktalk.net]]>
Subject: Stop phoning me
I have now asked three times to be taken off your telephone appeals. Your fundraiser rang my landline, [[PHONE_NUMBER:01392 447 618]], at 8.45pm last night and would not take no for an answer. I am [[AGE:79]] years of age and have given to your charity since 1998, but this will be my last donation unless it stops.""",
    """Shelter 3 (fairgrounds) check-in, [[DATE_TIME:Nov 9]]
19:40  [[PERSON:Lupe Arellano]] + 3 kids ([[AGE:2]], [[AGE:6]], [[AGE:11]]), from [[LOCATION:Concow]], no pets, needs cots x4
19:52  [[PERSON:Walt Heinrich]], [[AGE:84]], from [[LOCATION:Paradise]], oxygen concentrator, daughter [[PERSON:Deb]] on [[PHONE_NUMBER:530-282-1947]]
20:15  [[PERSON:Kiran]] & [[PERSON:Harpreet Bains]], from [[LOCATION:Magalia]], 2 dogs → sent to the animal shelter tent""",
    """Bursary payment record
Recipient: [[PERSON:Tyler Whitehorse]]   SIN: [[ID_NUMBER:718 402 654]]
Address: [[ADDRESS:Box 118]], [[LOCATION:Cross Lake]], [[LOCATION:MB]] [[ZIP_CODE:R0B 0J0]]
Program: Northern Youth Apprenticeship Bursary
Amount: $2,500.00   Paid: [[DATE_TIME:2024-09-06]] by EFT to account [[ID_NUMBER:5082114]], transit 00417, institution 001
Phone: [[PHONE_NUMBER:204-676-3395]]""",
    """Disaster assistance — inspection report
Applicant: [[PERSON:Bobbie Jo Tackett]]   Registration ID: [[ID_NUMBER:4418-2093-77]]
Damaged dwelling: [[ADDRESS:1174 Troublesome Creek Rd]], [[LOCATION:Hindman]], [[LOCATION:KY]] [[ZIP_CODE:41822]]
Inspection: [[DATE_TIME:08/04/2022 at 1:30 pm]]; applicant present.
Water line 38 inches in the living area; furnace, water heater and refrigerator destroyed. Applicant's mother, [[PERSON:Opal Tackett]] ([[AGE:77]]), uses a wheelchair and the ramp washed out.
Contact: [[PHONE_NUMBER:606-785-2291]]""",
    """-- cash transfer batch CT-2024-07, [[LOCATION:Kurigram]]
INSERT INTO transfers (hh_id, recipient, nid, bkash_no, amount_bdt, paid_on) VALUES
 ('[[ID_NUMBER:KUR-0418]]', '[[PERSON:Rahima Khatun]]', '[[ID_NUMBER:7354188201]]', '[[PHONE_NUMBER:01712-448930]]', 4500, '[[DATE_TIME:2024-07-22]]'),
 ('[[ID_NUMBER:KUR-0419]]', '[[PERSON:Md. Abul Kalam]]', '[[ID_NUMBER:2861930475]]', '[[PHONE_NUMBER:01918-220417]]', 4500, '[[DATE_TIME:2024-07-22]]');""",
    """Expat onboarding checklist — [[PERSON:Rafael Oliveira Santos]]
BSN: [[ID_NUMBER:192837461]] (registered with the municipality of [[LOCATION:Eindhoven]] on [[DATE_TIME:12 February 2025]])
Address: [[ADDRESS:Stratumsedijk 118]], [[ZIP_CODE:5611 NE]] [[LOCATION:Eindhoven]]
Salary account: [[IBAN_CODE:NL08 ABNA 0417 2639 58]]
Brazilian CPF (home-country tax): [[ID_NUMBER:418.273.560-90]]
30% ruling application submitted [[DATE_TIME:20/02/2025]]; DigiD activation letter still pending.""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Nomvula Xaba]]   ID no.: [[ID_NUMBER:0106122931186]]
Cell: [[PHONE_NUMBER:076 903 4418]]   Email: [[EMAIL_ADDRESS:nomvulax@icloud.com]]
Residential: [[ADDRESS:1482 Ntlazane Street]], [[LOCATION:Khayelitsha]], [[LOCATION:Cape Town]], [[ZIP_CODE:7784]]
Employer: Shoprite Checkers (Pty) Ltd — cashier since [[DATE_TIME:March 2021]]
Net monthly income: R8,950
Next of kin: [[PERSON:Thembeka Xaba]] (mother), [[PHONE_NUMBER:082 661 0937]]""",
    """[[PERSON:Zephyrine Okoro]], the Chief Volunteer Facilitator of the [[LOCATION:Rivers State]] chapter, can be reached at [[ADDRESS:Plot 14, Aba Road]], [[LOCATION:Port Harcourt]]. Her card [[CREDIT_CARD:5529 8310 0476 3925]] was charged ₦45,000 for the flood kits on 2024-10-03, and she prefers WhatsApp on [[PHONE_NUMBER:+234 805 661 2093]].""",
    """Dear Colleague,
Re: [[PERSON:Mr Hamza Qureshi]], DOB [[DATE_TIME:19/12/1967]], NHS No. [[ID_NUMBER:601 223 8746]]
[[ADDRESS:42 Stoney Lane]], [[LOCATION:Sparkhill]], [[LOCATION:Birmingham]] [[ZIP_CODE:B11 4RL]]
I would be grateful if you could see this [[AGE:57]]-year-old gentleman with a three-month history of exertional chest tightness. An ECG on [[DATE_TIME:3 March]] showed T-wave inversion in V4-V6. He does not smoke, and he asks that appointments avoid the fasting month if possible.
Yours sincerely,
[[PERSON:Dr. Eleanor Whitlock]], GP""",
    """दान रसिद नं. २०८१/०४१७
दाताको नाम: [[TITLE:श्री]] [[PERSON:कृष्ण बहादुर कार्की]]
ठेगाना: [[ADDRESS:घर नं. ४१७, शान्तिनगर मार्ग]], [[LOCATION:नयाँ बानेश्वर]], [[LOCATION:काठमाडौं]]
मोबाइल: [[PHONE_NUMBER:९८४१५६७२३०]]
दान रकम: रु. २५,०००/- (अक्षरेपी पच्चीस हजार रुपैयाँ मात्र)
प्रयोजन: बाढी पहिरो पीडित राहत
दान प्राप्त मिति: [[DATE_TIME:२०८१/०६/२२]]""",
    """बिरामी दर्ता फारम — [[LOCATION:पोखरा]]
नाम: [[PERSON:लक्ष्मी गुरुङ]]    लिङ्ग: महिला    उमेर: [[AGE:४५]]
जन्म मिति (वि.सं.): [[DATE_TIME:२०३६/०२/१५]]
स्थायी ठेगाना: [[LOCATION:कास्की]] जिल्ला, [[LOCATION:लेखनाथ]]
सम्पर्क नं.: [[PHONE_NUMBER:९८५६०२३४१७]]
राष्ट्रिय परिचयपत्र नं.: [[ID_NUMBER:०४५-७७१-२०९-३]]
बिरामी दर्ता नं.: [[ID_NUMBER:PKR-2081-118204]]
अभिभावक: [[PERSON:टेक बहादुर गुरुङ]] (श्रीमान्)""",
    """{"form":"swayamsewak_darta","naam":"[[PERSON:Anjali Rai]]","umer":[[AGE:21]],"thegana":"[[LOCATION:Dharan]], [[LOCATION:Sunsari]]","phone":"[[PHONE_NUMBER:9842 031 558]]","email":"[[EMAIL_ADDRESS:anjali.rai.dharan@gmail.com]]","kaam":"pahiro pidit lai khana baadne","suru_miti":"[[DATE_TIME:2081 Asoj 5]]","tippani":"[[PERSON:Anjali]] le first aid training pani gareki chhin"}""",
    """ගංවතුර සහන බෙදාහැරීම — [[LOCATION:රත්නපුර]] දිස්ත්‍රික්කය
පවුලේ ප්‍රධානියා: [[PERSON:ඩබ්ලිව්. එම්. සුනිල් ප්‍රේමසිරි]]
ජා.හැ.අ.: [[ID_NUMBER:197214503362]]
ලිපිනය: [[ADDRESS:අංක 112/3, මුද්දුව පාර]], [[LOCATION:රත්නපුර]]
දුරකථන: [[PHONE_NUMBER:071 882 4015]]
පවුලේ සාමාජිකයින්: 5   භාණ්ඩ ලැබුණු දිනය: [[DATE_TIME:2024 ජූනි 06]]
භාරගත් අයගේ අත්සන: ............""",
    """ණය අයදුම්පත්‍රය
අයදුම්කරුගේ නම: [[PERSON:හෂිනි නිසංසලා ගුණවර්ධන]]
උපන් දිනය: [[DATE_TIME:1996.09.18]]
ජාතික හැඳුනුම්පත් අංකය: [[ID_NUMBER:199676201874]]
ලිපිනය: [[ADDRESS:අංක 27, පන්සල් පාර]], [[LOCATION:නුගේගොඩ]] [[ZIP_CODE:10250]]
ජංගම දුරකථනය: [[PHONE_NUMBER:+94 77 604 3318]]
විද්‍යුත් තැපෑල: [[EMAIL_ADDRESS:hashini.gunawardena@yahoo.com]]
ගිණුම් අංකය: [[ID_NUMBER:8001 4471 9023]]
ණය මුදල: රු. 750,000""",
    """Ticket #SL-44172 | Broadband support
Customer: [[PERSON:Ruwan Jayasuriya]]
Mobile: [[PHONE_NUMBER:077 219 4408]]
NIC: [[ID_NUMBER:881924507V]]
Message: Mage connection eka dawas 3k idan wada na. [[ADDRESS:No. 14/2, Temple Road]], [[LOCATION:Maharagama]] kiyana address ekata technician kenek ewanna puluwanda? Mama [[DATE_TIME:sikurada 14 wenida]] dawal gedara inne.""",
    """2024-10-01 07:15:02 SMS OUT to=[[PHONE_NUMBER:+9779818204417]] msg="Namaste [[PERSON:Gita]] [[TITLE:ji]], tapaiko rahat rakam Rs 10,000 [[DATE_TIME:Asoj 16 gate]] [[LOCATION:Sindhuli]] ko ward karyalaya ma baadina chha." status=DELIVERED
2024-10-01 07:15:03 SMS OUT to=[[PHONE_NUMBER:+9779807331265]] msg="Namaste [[PERSON:Hari Bahadur]] [[TITLE:ji]], tapaiko rahat rakam Rs 10,000 [[DATE_TIME:Asoj 16 gate]] [[LOCATION:Sindhuli]] ko ward karyalaya ma baadina chha." status=DELIVERED""",
]

TABLE = [
    """volunteer_id,first_name,last_name,phone,email,shift,dbs_checked
[[ID_NUMBER:V-1182]],[[PERSON:Harriet]],[[PERSON:Osei-Mensah]],[[PHONE_NUMBER:07700 182 443]],[[EMAIL_ADDRESS:harriet.om@gmail.com]],Sat AM,yes
[[ID_NUMBER:V-1183]],[[PERSON:Piotr]],[[PERSON:Wróbel]],[[PHONE_NUMBER:07411 903 216]],[[EMAIL_ADDRESS:p.wrobel@outlook.com]],Sun PM,yes
[[ID_NUMBER:V-1190]],[[PERSON:Fern]],[[PERSON:Ackroyd]],[[PHONE_NUMBER:07982 550 170]],,Sat PM,pending""",
    """| MRN | Patient | DOB | Ward | Consultant | Allergies |
|---|---|---|---|---|---|
| [[ID_NUMBER:RX4471209]] | [[PERSON:Evans]], [[PERSON:Glenys]] | [[DATE_TIME:03/08/1941]] | Cedar | [[PERSON:Dr. Patel]] | penicillin |
| [[ID_NUMBER:RX4471377]] | [[PERSON:Mahmood]], [[PERSON:Tariq]] | [[DATE_TIME:17/01/1958]] | Cedar | [[PERSON:Dr. Patel]] | none known |
| [[ID_NUMBER:RX4480012]] | [[PERSON:Ó Dálaigh]], [[PERSON:Róisín]] | [[DATE_TIME:29/11/1990]] | Maple | [[PERSON:Dr. Lindgren]] | latex |""",
    "employee\tni_number\ttax_code\tnet_pay\tsort_code\taccount\n[[PERSON:Adebayo]], [[PERSON:Funmilayo]]\t[[ID_NUMBER:JT 22 71 90 B]]\t1257L\t2,184.36\t30-94-57\t[[ID_NUMBER:11820473]]\n[[PERSON:Nguyen]], [[PERSON:Bao]]\t[[ID_NUMBER:PW 48 10 33 D]]\tBR\t1,402.10\t20-71-44\t[[ID_NUMBER:60391884]]\n[[PERSON:Sutherland]], [[PERSON:Iain]]\t[[ID_NUMBER:NE 05 63 18 A]]\tS1257L\t2,950.77\t83-51-00\t[[ID_NUMBER:00482219]]",
    """DONOR                    POSTCODE   GIFT     CHANNEL   GIFT AID
[[PERSON:Mrs P. Whitworth]]         [[ZIP_CODE:LS6 2QT]]    £50.00   cheque    Y
[[PERSON:Dr Kwame Asiedu]]          [[ZIP_CODE:M14 5RB]]    £250.00  online    Y
[[TITLE:Mr]] & [[PERSON:Mrs Haldane]]         [[ZIP_CODE:EH10 4BF]]   £20.00   cash      N
Anonymous                -          £5.00    bucket    N""",
    """{"user":"[[USERNAME:rkaur_88]]","email":"[[EMAIL_ADDRESS:rupinder.kaur88@gmail.com]]","signup":"[[DATE_TIME:2023-05-14]]","last_ip":"[[IP_ADDRESS:99.230.17.84]]","plan":"free"}
{"user":"[[USERNAME:t.okafor]]","email":"[[EMAIL_ADDRESS:tobi.okafor@hotmail.co.uk]]","signup":"[[DATE_TIME:2024-01-02]]","last_ip":"[[IP_ADDRESS:82.14.201.66]]","plan":"pro"}
{"user":"[[USERNAME:lunamoth]]","email":"[[EMAIL_ADDRESS:sage.whitfield@pm.me]]","signup":"[[DATE_TIME:2024-09-30]]","last_ip":"[[IP_ADDRESS:2001:569:7c4a:1f00:91e2:4b3d:a210:7e5c]]","plan":"free"}""",
    """contacts:
  - name: [[PERSON:Siaosi Leota]]
    role: site lead
    mobile: "[[PHONE_NUMBER:+64 21 338 4092]]"
    email: [[EMAIL_ADDRESS:siaosi.leota@gmail.com]]
  - name: [[PERSON:Hine Walker]]
    role: first aid
    mobile: "[[PHONE_NUMBER:+64 27 905 1186]]"
    email: null
  - name: [[PERSON:Dmitri Volkov]]
    role: logistics
    mobile: "[[PHONE_NUMBER:+64 22 410 7753]]"
    email: [[EMAIL_ADDRESS:dvolkov.nz@outlook.com]]""",
    """Name: [[PERSON:Abimbola Oyebanji]]
Relationship: sister
Phone: [[PHONE_NUMBER:+44 7852 113 904]]
Address: [[ADDRESS:18 Peckham Rye]], [[LOCATION:London]] [[ZIP_CODE:SE15 4JR]]

Name: [[PERSON:Daniel Ferreira]]
Relationship: friend
Phone: [[PHONE_NUMBER:+351 912 448 017]]
Address: [[ADDRESS:Rua de Cedofeita 221, 3.º Esq.]], [[ZIP_CODE:4050-179]] [[LOCATION:Porto]]""",
    """timestamp,account,source_ip,country,result,mfa
2025-02-03T07:14:09Z,[[USERNAME:j.lindqvist]],[[IP_ADDRESS:81.229.44.130]],[[LOCATION:SE]],success,push
2025-02-03T07:15:51Z,[[USERNAME:j.lindqvist]],[[IP_ADDRESS:41.203.72.19]],[[LOCATION:NG]],fail,none
2025-02-03T07:15:58Z,[[USERNAME:j.lindqvist]],[[IP_ADDRESS:41.203.72.19]],[[LOCATION:NG]],fail,none
2025-02-03T09:40:02Z,[[USERNAME:a.mbatha]],[[IP_ADDRESS:105.224.18.7]],[[LOCATION:ZA]],success,totp""",
    """| Refund # | Customer | Card | Amount | Reason |
|----------|----------|------|--------|--------|
| RF-20418 | [[PERSON:Kowalski]], [[PERSON:Jan]] | **** 4417 | $89.99 | damaged |
| RF-20419 | [[PERSON:Abernathy]], [[PERSON:Lisa]] | [[CREDIT_CARD:4005 5123 0967 2187]] | $15.00 | late |
| RF-20422 | [[PERSON:Ruiz]], [[PERSON:Marco]] | **** 9021 | $240.50 | duplicate |""",
    """Title,First,Last,Street,Town,County,Postcode
[[TITLE:Mr]],[[PERSON:Hywel]],[[PERSON:Pritchard]],[[ADDRESS:Bryn Awel, 3 Ffordd Glyder]],[[LOCATION:Bethesda]],[[LOCATION:Gwynedd]],[[ZIP_CODE:LL57 3AT]]
[[TITLE:Ms]],[[PERSON:Priya]],[[PERSON:Chauhan]],[[ADDRESS:56 Belgrave Road]],[[LOCATION:Leicester]],[[LOCATION:Leicestershire]],[[ZIP_CODE:LE4 5AT]]
[[TITLE:Rev.]],[[PERSON:Alistair]],[[PERSON:Munro]],[[ADDRESS:The Manse, Kirk Brae]],[[LOCATION:Cromarty]],[[LOCATION:Ross-shire]],[[ZIP_CODE:IV11 8XQ]]""",
    """| Student | ID | Maths | English | Science | Attendance |
|:--|:--|--:|--:|--:|--:|
| [[PERSON:Zara Ahmed]] | [[ID_NUMBER:S20391]] | 78 | 85 | 81 | 96% |
| [[PERSON:Liam Boateng]] | [[ID_NUMBER:S20407]] | 64 | 59 | 70 | 88% |
| [[PERSON:Chloé Martin]] | [[ID_NUMBER:S20412]] | 91 | 88 | 94 | 99% |
| [[PERSON:Arjun Nair]] | [[ID_NUMBER:S20419]] | 55 | 72 | 61 | 91% |""",
    "pax\tsurname\tgiven_names\tnationality\tpassport_no\tdob\tseat\n1\t[[PERSON:HAMADI]]\t[[PERSON:FATMA SAID]]\t[[NRP:Tanzanian]]\t[[ID_NUMBER:AB0917264]]\t[[DATE_TIME:1986-07-09]]\t12A\n2\t[[PERSON:LUNDGREN]]\t[[PERSON:NILS]]\t[[NRP:Norwegian]]\t[[ID_NUMBER:34120597]]\t[[DATE_TIME:1979-02-28]]\t12B\n3\t[[PERSON:OYELOWO]]\t[[PERSON:TEMITOPE]]\t[[NRP:Nigerian]]\t[[ID_NUMBER:A10448392]]\t[[DATE_TIME:1992-11-13]]\t12C",
    """DATE        PAYEE                    IBAN                               AMOUNT
2025-01-03  [[PERSON:Margarethe Eisele]]        [[IBAN_CODE:DE12 4305 0001 0081 7263 54]]       -450.00
2025-01-07  Stadtwerke Bochum        (direct debit)                     -87.20
2025-01-15  [[PERSON:Jules Vandenberghe]]       [[IBAN_CODE:BE57 0016 3829 4735]]               -120.00
2025-01-28  [[PERSON:Inês Carvalho]]            [[IBAN_CODE:PT50 0035 0729 0002 8374 6190 3]]    -75.00""",
    """{"handle":"[[USERNAME:kiwi_kaitiaki]]","name":"[[PERSON:Tama Rewiti]]","joined":"[[DATE_TIME:12 Mar 2021]]","posts":2231,"verified":false}
{"handle":"[[USERNAME:bakeoffbex]]","name":"[[PERSON:Rebecca Oyelaran]]","joined":"[[DATE_TIME:04 Aug 2019]]","posts":518,"verified":true}
{"handle":"[[USERNAME:hoang.dev]]","name":"[[PERSON:Hoàng Minh Tuấn]]","joined":"[[DATE_TIME:30 Nov 2022]]","posts":77,"verified":false}""",
    """beneficiary_name,father_or_husband,aadhaar,mobile,village,district,amount_inr
[[PERSON:Savitri Devi]],Late [[TITLE:Shri]] [[PERSON:Mohan Lal]],[[ID_NUMBER:3886 1720 4539]],[[PHONE_NUMBER:98161 20437]],[[LOCATION:Kullu]],[[LOCATION:Kullu]],10000
[[PERSON:Tenzin Dolma]],[[PERSON:Karma Dorje]],[[ID_NUMBER:9157 0243 3863]],[[PHONE_NUMBER:94180 55712]],[[LOCATION:Kaza]],[[LOCATION:Lahaul and Spiti]],10000
[[PERSON:Ramesh Thakur]],[[PERSON:Bhagat Ram]],[[ID_NUMBER:6448 0217 3957]],[[PHONE_NUMBER:70182 39904]],[[LOCATION:Nagar]],[[LOCATION:Kullu]],7500""",
    """| Name | NRIC/FIN | Dept | Mobile | Date joined |
| --- | --- | --- | --- | --- |
| [[PERSON:Lim Wei Jie]] | [[ID_NUMBER:S9204417C]] | Finance | [[PHONE_NUMBER:9774 2031]] | [[DATE_TIME:02-May-2016]] |
| [[PERSON:Siti Nurhaliza bte Ismail]] | [[ID_NUMBER:T0387712J]] | HR | [[PHONE_NUMBER:8388 1902]] | [[DATE_TIME:15-Jan-2024]] |
| [[PERSON:Kumaravel s/o Rajendran]] | [[ID_NUMBER:S8519036I]] | IT | [[PHONE_NUMBER:9123 6640]] | [[DATE_TIME:01-Sep-2019]] |
| [[PERSON:Joanna Reyes]] | [[ID_NUMBER:G5512048Q]] | IT | [[PHONE_NUMBER:8911 4075]] | [[DATE_TIME:11-Nov-2023]] |""",
    """Surname;Names;ID Number;Cell;Suburb;Grant type
[[PERSON:Mahlangu]];[[PERSON:Busisiwe Precious]];[[ID_NUMBER:8502240842085]];[[PHONE_NUMBER:071 455 2093]];[[LOCATION:Tembisa]];child support
[[PERSON:Van der Merwe]];[[PERSON:Johannes Petrus]];[[ID_NUMBER:6709300173085]];[[PHONE_NUMBER:082 339 1184]];[[LOCATION:Mitchells Plain]];older persons
[[PERSON:Mokoena]];[[PERSON:Tshepo]];[[ID_NUMBER:9205116127081]];[[PHONE_NUMBER:060 771 4028]];[[LOCATION:Soshanguve]];disability""",
    """student: [[PERSON:Mereana Tapsell]] (Year 9)
emergency_contact_1: [[PERSON:Huia Tapsell]] — mum — [[PHONE_NUMBER:027 448 1902]]
emergency_contact_2: [[PERSON:Rawiri Tapsell]] — koro — [[PHONE_NUMBER:07 345 6621]]
medical: eczema, no known drug allergies
student: [[PERSON:Finn O'Donnell]] (Year 9)
emergency_contact_1: [[PERSON:Claire O'Donnell]] — mum — [[PHONE_NUMBER:021 077 3318]]
emergency_contact_2: none given
medical: type 1 diabetes — insulin pen in office""",
    """oncall:
  rotation: 2025-W11
  primary:
    name: [[PERSON:Ayodele Ogunleye]]
    slack: "@[[USERNAME:ayo.ogunleye]]"
    phone: "[[PHONE_NUMBER:+1 (312) 884-0921]]"
  secondary:
    name: [[PERSON:Hyun-woo Kang]]
    slack: "@[[USERNAME:hwkang]]"
    phone: "[[PHONE_NUMBER:+1 (773) 402-5518]]"
  escalation: eng-managers@linkwell.io""",
    """cust_no,name,ssn,dl_state,dl_number,dob,zip
[[ID_NUMBER:C-880142]],[[PERSON:Jerome T. Washington]],[[US_SSN:219-44-8107]],[[LOCATION:MD]],[[US_DRIVER_LICENSE:W-254-118-937-402]],[[DATE_TIME:1977-03-19]],[[ZIP_CODE:21217]]
[[ID_NUMBER:C-880143]],[[PERSON:Kristin Haugland]],[[US_SSN:471-20-6693]],[[LOCATION:MN]],[[US_DRIVER_LICENSE:H421553097716]],[[DATE_TIME:1990-08-05]],[[ZIP_CODE:55806]]
[[ID_NUMBER:C-880147]],[[PERSON:Alejandro Ruiz-Tagle]],[[US_SSN:622-09-3318]],[[LOCATION:TX]],[[US_DRIVER_LICENSE:40918273]],[[DATE_TIME:1984-12-01]],[[ZIP_CODE:78229]]""",
    """| Room | Guest | Arrival | Nights | Loyalty # | Notes |
|------|-------|---------|--------|-----------|-------|
| 412 | [[PERSON:Ms. Ingrid Solberg]] | [[DATE_TIME:Mon 14 Apr]] | 3 | [[ID_NUMBER:HH 7720418831]] | late arrival ~23:00 |
| 415 | [[PERSON:Mr. Óscar Benítez]] | [[DATE_TIME:Mon 14 Apr]] | 1 | — | feather allergy |
| 508 | [[PERSON:Dr. Yemi Alade-Cole]] | [[DATE_TIME:Tue 15 Apr]] | 5 | [[ID_NUMBER:HH 7731094452]] | quiet room |""",
    """CHILD              CLASS  CONTACT NAME            RELATION  PHONE
[[PERSON:Aarav Sharma]]       2B     [[PERSON:Neha Sharma]]             mother    [[PHONE_NUMBER:0433 218 907]]
[[PERSON:Olivia Tran]]        2B     [[PERSON:Minh Tran]]               father    [[PHONE_NUMBER:0402 771 365]]
[[PERSON:Jack Papadopoulos]]  2C     [[PERSON:Eleni Papadopoulos]]      grandma   [[PHONE_NUMBER:(02) 9558 4110]]
[[PERSON:Mia Kennedy]]        2C     [[PERSON:Shane Kennedy]]           father    [[PHONE_NUMBER:0418 603 229]]""",
    "clinic_no\tname\tage\tsex\tdose\tbatch\tgiven_at\n0411\t[[PERSON:Fatima Zahra Benali]]\t[[AGE:67]]\tF\tbooster\tFL2291\t09:05\n0412\t[[PERSON:Gerhard Koenig]]\t[[AGE:81]]\tM\tbooster\tFL2291\t09:12\n0413\t[[PERSON:Precious Ndlovu]]\t[[AGE:34]]\tF\tdose 1\tFL2291\t09:20",
    """item,found_at,date_found,owner_name,owner_phone,status
black backpack,Platform 2,2025-03-01,[[PERSON:Callum Reid]],[[PHONE_NUMBER:07735 902 418]],collected
iPhone 13 (blue case),Bus 38,2025-03-02,unknown,,held
wedding ring,Waiting room,2025-03-02,[[PERSON:Mrs. Asha Patel]],[[PHONE_NUMBER:0116 266 0913]],awaiting ID
guide dog harness,Platform 4,2025-03-04,[[PERSON:Tom Ellery]],[[PHONE_NUMBER:07900 318 552]],collected""",
    """{"donation_id":"DON-55102","donor":"[[PERSON:Beatriz Nogueira]]","iban":"[[IBAN_CODE:ES53 2085 0871 6273 3021 4865]]","amount_eur":60,"frequency":"monthly","start":"[[DATE_TIME:2024-10-01]]"}
{"donation_id":"DON-55103","donor":"[[PERSON:Henrik Dalgaard]]","iban":"[[IBAN_CODE:DK50 0040 0440 1162 43]]","amount_eur":25,"frequency":"monthly","start":"[[DATE_TIME:2024-10-05]]"}
{"donation_id":"DON-55107","donor":"[[PERSON:Giovanni Ferraro]]","iban":"[[IBAN_CODE:IT65 B030 6911 8850 0000 4271 638]]","amount_eur":100,"frequency":"one-off","start":"[[DATE_TIME:2024-10-09]]"}""",
    """| Participant ID | Initials | Age | Arm | Visit 3 date | AE |
|---|---|---|---|---|---|
| [[ID_NUMBER:GLX-014-0031]] | [[PERSON:R.M.K.]] | [[AGE:58]] | B | [[DATE_TIME:2024-11-18]] | nausea (G1) |
| [[ID_NUMBER:GLX-014-0032]] | [[PERSON:T.A.]] | [[AGE:63]] | A | [[DATE_TIME:2024-11-19]] | none |
| [[ID_NUMBER:GLX-014-0035]] | [[PERSON:S.O.O.]] | [[AGE:49]] | B | [[DATE_TIME:2024-11-25]] | headache (G1) |""",
    """Name,Mpesa No,ID No,Ward,Amount (KES),Paid
[[PERSON:Achieng Atieno Odhiambo]],[[PHONE_NUMBER:0712 448 093]],[[ID_NUMBER:30184472]],[[LOCATION:Kondele]],3000,Yes
[[PERSON:Mohamed Abdirahman Noor]],[[PHONE_NUMBER:0798 221 504]],[[ID_NUMBER:27719305]],[[LOCATION:Eastleigh North]],3000,Yes
[[PERSON:Cheruiyot Kipkemboi]],[[PHONE_NUMBER:0721 903 118]],[[ID_NUMBER:12840377]],[[LOCATION:Kapsoya]],3000,No""",
    """trustees:
  - name: "[[TITLE:Dame]] [[PERSON:Evelyn Hartigan]]"
    appointed: [[DATE_TIME:2017-06-14]]
    term_ends: [[DATE_TIME:2026-06-13]]
    role: Chair
  - name: "[[TITLE:Professor]] [[PERSON:Idris Mahmoud]]"
    appointed: [[DATE_TIME:2021-09-22]]
    term_ends: [[DATE_TIME:2027-09-21]]
    role: Treasurer
  - name: "[[PERSON:Yasmin Achebe-Forde]]"
    appointed: [[DATE_TIME:2023-03-08]]
    term_ends: [[DATE_TIME:2029-03-07]]
    role: Trustee""",
    """id,name,age,nationality,religion,arrival_date,camp_section
[[ID_NUMBER:R-20418]],[[PERSON:Hussein Al-Khatib]],[[AGE:44]],[[NRP:Syrian]],[[NRP:Muslim]],[[DATE_TIME:2024-02-11]],C
[[ID_NUMBER:R-20419]],[[PERSON:Nour Al-Khatib]],[[AGE:39]],[[NRP:Syrian]],[[NRP:Muslim]],[[DATE_TIME:2024-02-11]],C
[[ID_NUMBER:R-20431]],[[PERSON:Mariam Yohannes]],[[AGE:27]],[[NRP:Eritrean]],[[NRP:Orthodox Christian]],[[DATE_TIME:2024-02-19]],D
[[ID_NUMBER:R-20440]],[[PERSON:Ali Reza Ahmadi]],[[AGE:16]],[[NRP:Afghan]],[[NRP:Shia Muslim]],[[DATE_TIME:2024-03-02]],E""",
    """| Family head | Barangay | Household size | Contact | Relief pack | Received |
|---|---|---|---|---|---|
| [[PERSON:Nestor Villanueva]] | [[LOCATION:Bagong Silang]] | 6 | [[PHONE_NUMBER:0917 221 4830]] | A | ✔ |
| [[PERSON:Lorna Dimaculangan]] | [[LOCATION:Bagong Silang]] | 4 | [[PHONE_NUMBER:0998 503 1172]] | A | ✔ |
| [[PERSON:Jericho Manalastas]] | [[LOCATION:Tumana]] | 3 | [[PHONE_NUMBER:0927 118 6049]] | B | pending |""",
    """Unit,Tenant,Email,Phone,Lease start,Rent,SIN (for T5007)
101,[[PERSON:Yuki Matsumoto]],[[EMAIL_ADDRESS:yuki.m@shaw.ca]],[[PHONE_NUMBER:604-338-2019]],[[DATE_TIME:2023-09-01]],1850,[[ID_NUMBER:273 918 466]]
204,[[PERSON:Baljinder Gill]],[[EMAIL_ADDRESS:bgill84@gmail.com]],[[PHONE_NUMBER:778-902-4417]],[[DATE_TIME:2024-02-15]],2100,[[ID_NUMBER:611 207 952]]
305,[[PERSON:Marc-André Gagnon]],,[[PHONE_NUMBER:604-551-0398]],[[DATE_TIME:2021-06-01]],1725,[[ID_NUMBER:458 033 172]]""",
    """क्र.सं. | नाम | उमेर | ठेगाना | मोबाइल | राहत प्याकेज
१ | [[PERSON:राम बहादुर तामाङ]] | [[AGE:५६]] | [[LOCATION:चौतारा]], [[LOCATION:सिन्धुपाल्चोक]] | [[PHONE_NUMBER:९८४४०२११७३]] | क
२ | [[PERSON:सानुमाया तामाङ]] | [[AGE:४९]] | [[LOCATION:चौतारा]], [[LOCATION:सिन्धुपाल्चोक]] | [[PHONE_NUMBER:९८६१३३०४२८]] | क
३ | [[PERSON:दावा लामा]] | [[AGE:३१]] | [[LOCATION:मेलम्ची]], [[LOCATION:सिन्धुपाल्चोक]] | [[PHONE_NUMBER:९८०८७७२०१४]] | ख""",
    """නම | ජා.හැ.අ. | දුරකථනය | ප්‍රදේශය | ලැබුණු දිනය
[[PERSON:එම්. ඒ. කමලාවතී]] | [[ID_NUMBER:196582104417]] | [[PHONE_NUMBER:070 331 8024]] | [[LOCATION:කළුතර]] | [[DATE_TIME:2024.06.04]]
[[PERSON:ආර්. පී. චමින්ද කුමාර]] | [[ID_NUMBER:802213549V]] | [[PHONE_NUMBER:076 442 9107]] | [[LOCATION:හොරණ]] | [[DATE_TIME:2024.06.04]]
[[PERSON:සිත්තී ෆාතිමා රිස්වාන්]] | [[ID_NUMBER:199173802281]] | [[PHONE_NUMBER:075 908 1136]] | [[LOCATION:බේරුවල]] | [[DATE_TIME:2024.06.05]]""",
    "naam\tphone\tjilla\tseva\tmiti\n[[PERSON:Bikash Gurung]]\t[[PHONE_NUMBER:9846 112 037]]\t[[LOCATION:Kaski]]\tkhana pakaune\t[[DATE_TIME:Kartik 3]]\n[[PERSON:Sarita Bhattarai]]\t[[PHONE_NUMBER:9851 208 774]]\t[[LOCATION:Lalitpur]]\tprathamik upachar\t[[DATE_TIME:Kartik 3]]\n[[PERSON:Nabin Shahi]]\t[[PHONE_NUMBER:9868 330 415]]\t[[LOCATION:Surkhet]]\tsaman dhuwani\t[[DATE_TIME:Kartik 4]]",
    """member_no,borrower,group,village,phone,loan_ugx,next_repayment
[[ID_NUMBER:MB-0217]],[[PERSON:Nakato Sarah]],Twekembe,[[LOCATION:Kasangati]],[[PHONE_NUMBER:0772 418 903]],800000,[[DATE_TIME:2025-03-14]]
[[ID_NUMBER:MB-0223]],[[PERSON:Ssemakula Joseph]],Twekembe,[[LOCATION:Kasangati]],[[PHONE_NUMBER:0701 220 587]],500000,[[DATE_TIME:2025-03-14]]
[[ID_NUMBER:MB-0241]],[[PERSON:Akello Grace]],Tukolerewamu,[[LOCATION:Gayaza]],[[PHONE_NUMBER:0758 903 316]],1200000,[[DATE_TIME:2025-03-21]]""",
]

CHAT = [
    """[10:02] Bot: Hi! I'm Penny, your virtual assistant. What can I help with today?
[10:02] [[PERSON:Samantha Greaves]]: my card got declined at the pharmacy and I don't know why
[10:03] Agent [[PERSON:Ravi]]: Hi [[PERSON:Samantha]], sorry to hear that. Can you confirm your date of birth and the postcode on the account?
[10:03] [[PERSON:Samantha Greaves]]: [[DATE_TIME:4th May 1988]], [[ZIP_CODE:BS5 6HX]]
[10:04] Agent [[PERSON:Ravi]]: Thanks. I can see a fraud block was placed last night after a payment attempt from abroad. Was that you?
[10:05] [[PERSON:Samantha Greaves]]: no!! I've been in [[LOCATION:Bristol]] all week
[10:05] Agent [[PERSON:Ravi]]: OK, I'll cancel the card ending 7702 and send a new one to [[ADDRESS:31 Stapleton Road]]. It should arrive in 3-5 working days.
[10:06] [[PERSON:Samantha Greaves]]: can you text me when it's sent? [[PHONE_NUMBER:07825 334 190]]""",
    """12/09/2024, 07:41 - [[PERSON:Tendai Moyo]]: Morning team, trucks leave the depot at 9. Need 2 more drivers for [[LOCATION:Chimanimani]]
12/09/2024, 07:44 - [[PERSON:Rudo]]: I can drive, my licence is in the group file already
12/09/2024, 07:45 - [[PHONE_NUMBER:+263 77 418 2093]]: count me in too, it's [[PERSON:Farai]] (new number)
12/09/2024, 07:52 - [[PERSON:Tendai Moyo]]: Thanks both. [[PERSON:Farai]] pls send a copy of your ID, the permit office wants it
12/09/2024, 07:58 - [[PHONE_NUMBER:+263 77 418 2093]]: [[ID_NUMBER:63-2291847 F 42]]
12/09/2024, 08:03 - [[PERSON:Chipo M.]]: Reminder, the family of [[PERSON:Mr Sibanda]] at [[ADDRESS:House 114]], [[LOCATION:Ngangu]] still hasn't received blankets. Gogo is [[AGE:92]] 🙏""",
    """#cs-escalations
[[PERSON:Megan Liu]]  9:14 AM
anyone know why [[PERSON:Mr. Oduya]]'s refund hasn't gone through? order 40018823, he's called 4 times
[[PERSON:Dario Benedetti]]  9:16 AM
looking. his email on file is [[EMAIL_ADDRESS:f.oduya@gmail.com]] but the refund went to an old card, the one ending 3308
[[PERSON:Megan Liu]]  9:17 AM
ugh. he gave me his new number too, [[PHONE_NUMBER:(917) 662-0418]], can you call him after standup?
[[PERSON:Dario Benedetti]]  9:17 AM
yep. @[[USERNAME:kpatel]] can you approve a manual refund?
[[PERSON:Kiran Patel]]  9:25 AM
approved 👍""",
    """[[PERSON:Graham]] (landlord): Hi [[PERSON:Aisha]], the plumber can come [[DATE_TIME:Thursday 13th between 8 and 10am]]. Will someone be home?
Me: Yes I'll be in. The flat buzzer is broken so tell him to ring me on this number
[[PERSON:Graham]] (landlord): Will do. His name is [[PERSON:Stuart]], he'll call from [[PHONE_NUMBER:07713 552 098]]
Me: Thanks. Also March rent came from my new account, in the name [[PERSON:Aisha Rahman]], just so you recognise it
[[PERSON:Graham]] (landlord): Noted, it arrived on [[DATE_TIME:the 1st]].""",
    """Chat transcript — SkyLink Airways — 2025-02-20
Agent ([[PERSON:Josie]]): Hello, you're chatting with [[PERSON:Josie]]. How can I help today?
Customer: my flight tomorrow got cancelled, booking ref QX7R2L
Agent ([[PERSON:Josie]]): I'm sorry about that. For security, can I have the lead passenger's full name and date of birth?
Customer: [[PERSON:Abdullahi Musa Garba]], [[DATE_TIME:22/06/1975]]
Agent ([[PERSON:Josie]]): Thank you, [[PERSON:Mr Garba]]. I can rebook you and [[PERSON:Hauwa Garba]] on [[DATE_TIME:Saturday 22 Feb at 14:35]] via [[LOCATION:Doha]]. Shall I send the new itinerary to [[EMAIL_ADDRESS:a.m.garba@yahoo.com]]?
Customer: yes please and also by SMS to [[PHONE_NUMBER:+234 802 331 7741]]""",
    """[[USERNAME:VoidWalker_77]]: gg everyone
[[USERNAME:pixelpanda]]: yo [[USERNAME:VoidWalker_77]] you still doing the charity stream for the children's hospital on saturday?
[[USERNAME:VoidWalker_77]]: yeah 8pm, link's on my twitch [[URL:https://twitch.tv/voidwalker_77]]
[[USERNAME:mossyrocks]]: my irl name is [[PERSON:Connor]] btw for the donor shoutouts lol
[[USERNAME:pixelpanda]]: lmao dont dox yourself [[PERSON:connor]]
[[USERNAME:mossyrocks]]: it's fine it's not like I said I live at [[ADDRESS:12 Birchwood Crescent]]
[[USERNAME:mossyrocks]]: ...
[[USERNAME:mossyrocks]]: pls delete""",
    """[[PERSON:Sushma Adhikari]]: Dai, bholi ko medical camp ma kati jana volunteer aauchhan?
[[PERSON:Prakash Bhandari]]: 12 jana confirm bhaisakyo. [[PERSON:Ramesh]] ko number chai [[PHONE_NUMBER:9841 773 205]] ho, uhaa driver ho
[[PERSON:Sushma Adhikari]]: Thik chha. [[LOCATION:Dolakha]] bata [[PERSON:Kamala]] didi pani [[DATE_TIME:Falgun 10 gate bihana 8 baje]] aaipugnu hunchha re, uhaa ko umer [[AGE:62]] bhayo tara ekdam active hunuhunchha 😄
[[PERSON:Prakash Bhandari]]: Camp chai [[LOCATION:Charikot]] ko school ma ho ni
[[PERSON:Sushma Adhikari]]: Ok, ma attendance sheet [[EMAIL_ADDRESS:sushma.adk@gmail.com]] bata pathaunchhu""",
    """[[PERSON:නදීෂා]]: අක්කේ, අද සහන බඩු බෙදන්න එන අයගේ ලිස්ට් එක එව්වද?
[[PERSON:චාමිලා පෙරේරා]]: ඔව්, [[PERSON:සුනිල්]] අයියාගේ නම්බර් එක [[PHONE_NUMBER:077 902 3341]]. එයා [[LOCATION:කොළොන්නාව]] පැත්තට යනවා.
[[PERSON:නදීෂා]]: හරි. [[PERSON:ලක්ෂ්මන් සිල්වා]] [[TITLE:මහත්තයා]]ගේ ගෙදර [[ADDRESS:අංක 56/1, ස්ටේෂන් පාර]] නේද?
[[PERSON:චාමිලා පෙරේරා]]: ඔව්, එයාට වයස [[AGE:74]]යි. [[DATE_TIME:බ්‍රහස්පතින්දා 19 වෙනිදා]] උදේ එයාගේ ගෙදර යන්න.""",
]

LOOKALIKE = [
    """Hi [[PERSON:Priyanka]],
Thanks for your order! Order #402-8817730-5521 has shipped.
Tracking: 1Z 4E8 73A 03 9182 2046 (UPS Ground)
Invoice: INV-2025-004417 · SKU: KTL-2200-BLK ×1, FLT-0091 ×2
Questions? Call us on 1-800-328-4417 or write to support@brewhaus.com — our returns centre is on Thomas Edison Drive, behind the Ford dealership.""",
    """Release 10.4.2.1 (build 20250211.3)
- Fixed a crash when the sync daemon received an empty bind address.
- Bumped libssl to 3.0.13 and protobuf to 25.2.1; the version string now reads 4.10.2.118.
- Docker image digest: sha256:7d8e1f0c44b2a9e3f6c5d1b8a7e0f9c2d4b6a8e1f3c5d7b9a0e2f4c6d8b1a3e5
- Migration 2024_11_03_120455 adds the column device_uuid (e.g. 3f2b8c1e-9d4a-4f7e-b6c2-0a1d5e8f9b37).
- Hardware revision HW-2.1.3-B; serial prefix SN-AX7-; test vector card 0000-0000-0000-0000 rejected as expected.
Thanks to everyone who reported #4417 and #4421.""",
    """New acquisitions — Health Sciences Library
• Alzheimer's Disease: A Clinical Handbook, 3rd ed. ISBN 978-1-85399-214-8. Call no. WT 155 .A4 2024
• The Odyssey (Penguin Classics). ISBN 978-0-14-044913-6
• Parkinson's and Huntington's: Movement Disorders Today. ISBN 978-1-952726-30-9
Items can be collected from the Florence Nightingale Reading Room, on the corner of Nelson Mandela Boulevard and Queen Victoria Street. Reading list compiled by [[PERSON:Dr. Faith Mutasa]] ([[EMAIL_ADDRESS:f.mutasa@medlib.ac.za]]).""",
    """ASSET REGISTER — Field Office 3 (updated Q1)
Tag        Device                   Serial             MAC                 Firmware   Assigned
FO3-0041   Dell Latitude 5440       5CG4128XYZ         3c:52:82:1f:9a:07   1.18.0     [[PERSON:J. Achieng]]
FO3-0042   Ubiquiti U6-Lite         F09FC2A17D44       f0:9f:c2:a1:7d:44   6.6.55     network closet
FO3-0043   HP LaserJet M404dn       PHBQB07731         a0:d3:c1:22:5e:90   2.11.0.1   shared
FO3-0044   Iridium 9555 sat phone   300434061558230    —                   HT11002    [[PERSON:Musa Lokiru]]
Helpdesk: ext. 2200 · it-support@fieldrelief.org""",
    """From the annual report: the Trust (Registered Charity No. 1098342, Company No. 04471290) answered 18,400 calls on its freephone helpline 0800 917 2211 and 6,200 emails to help@shelterline.org.uk. Our Martin Luther King Jr. Drive centre opened in June next to the Mary Seacole ward, and the Rosa Parks Community Fund made 212 small grants. Special thanks go to our volunteer of the year, [[PERSON:Abdul Wahid Karimi]], who gave more than 900 hours.""",
    """INVOICE INV-88120-B   Terms: net 30
Bill to: Accounts Payable, Harrow & Finch Ltd, VAT GB 284 7731 09
PO: 4500129983   Contract: MSA-2023-014
Line 1: SKU HX-4471-20, qty 12, unit £18.40
Line 2: Support plan SP-GOLD-24, qty 1, £1,200.00
Remit to: bank details on file (BIC BARCGB22), reference INV-88120-B
Enquiries: accounts@harrowfinch.co.uk · 020 7946 0018
Prepared by [[PERSON:Leanne Whitaker]]""",
    """දැන්වීම: උඩරට මැණිකේ දුම්රිය (අංක 1015) පෙ.ව. 5.55ට පිටත් වේ. ටිකට් අංක 0047731 සිට 0047980 දක්වා වලංගු නොවේ. විමසීම් සඳහා 1919 හෝ 011 243 4215 අමතන්න. ආනන්ද කුමාරස්වාමි මාවතේ මාර්ග අලුත්වැඩියාව නිසා බස් මාර්ග අංක 138 තාවකාලිකව වෙනස් වේ. ස්ථානාධිපති: [[PERSON:ඩී. එම්. ජයතිලක]]""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind110", STYLES, OUT)


if __name__ == "__main__":
    main()

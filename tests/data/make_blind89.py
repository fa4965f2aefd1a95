"""Build tests/data/blind89.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind89.py

Blind: written without any knowledge of the detector. Read, and nothing
else: lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines) and its tail from
`STYLES = {` to the end (the scaffolding copied below), gold_sets.py (whole
file), and lines 1-64 of make_handwritten.py (conventions, the MARK and
TITLE_IN_NAME regexes, `parse()`). Not read: minimize/, recognizers/, any
test other than those lines, bench/, the README, any *.jsonl (this set's own
output included), any other make_*.py, git history, log or status (git was
not run at all). The detector, the bench and the tests were never run. Do
not tune the detector against this set: once it has been used to tune, it
no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Check digits were worked out while
writing with throwaway code typed into the shell (never saved, never used
to produce records): card numbers pass Luhn; IBANs pass mod-97 with the
right length, and their national check digits are right too (French RIB
key, Spanish DC, Belgian, Portuguese NIB, Norwegian and Finnish account
checks, Dutch elfproef); `gold_sets.check` re-checks cards and IBANs. National
ids with a public check were given a valid one: Swedish personnummer (Luhn,
sex digit matching the person), Norwegian fødselsnummer (both mod-11 digits,
individual number in the range for the century and sex), Finnish
henkilötunnus (mod-31 letter, century sign), Danish CPR (old mod-11 test,
sex digit), NHS number, Canadian SIN, Aadhaar (Verhoeff), BSN (11-test),
Singapore NRIC, South African ID (Luhn, sex and birth date agreeing), TFN,
Irish PPSN, Spanish DNI, Brazilian CPF, New Zealand NHI and Australian
Medicare number; so were the look-alikes that carry one (ISBN-13, Finnish
Y-tunnus). UK DVLA licence numbers follow their layout (surname, birth date,
initials). Not checked: UK NI numbers, US SSNs, Medicare MBI (format only),
PAN, BVN, Kenyan ids and KRA PIN, passports, US licences, plates, bank
account numbers and staff, student, member, participant and patient numbers.

Styles (ids `blind89-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
South Africa, Nigeria, Kenya, Singapore, the Philippines and other
contexts, names from the many cultures living there); 25 are in Swedish,
Norwegian, Danish or Finnish (gen 10, bench 9, table 4, chat 1,
lookalike 1):
- `gen` (90): one to four LLM-style sentences with personal data woven in;
  extra weight on research studies and clinical trials, journalism and
  interviews, and nonprofit donors and volunteers (about a third of the
  records), the rest spread widely (banking, insurance, pharmacy, legal,
  schools, HR, retail, hotels, telecoms, government, lettings, gaming,
  social media, tech support, deliveries, gyms, vets, weddings, car hire,
  utilities, immigration, sports clubs, libraries, dating, nurseries,
  funerals, courts, police, churches, politics, tax, credit, admissions,
  rideshare, mortgages, fostering, pensions). Names at the start, middle
  and end, lowercase and possessive; ages, dates, addresses, phones and ids
  in many shapes.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences with job titles, streets with building numbers,
  secondary addresses, IPv4 / IPv6, MACs, user agents, card / CVV / expiry,
  IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts, medical,
  loan, enrolment and notice forms) and Nemotron-PII (JSON, log lines, SQL,
  XML, YAML config, code, tickets, forms).
- `table` (35): one small labeled table per record rendered as text (CSV,
  TSV, semicolon CSV, pipes / Markdown, fixed-width, JSON lines, YAML,
  key: value blocks), varied column names and non-PII columns; header rows
  unlabeled.
- `chat` (8): support chats, a family thread, team chat, a reporters'
  thread, a volunteers' group, a marketplace thread; speakers' names and the
  data they trade.
- `lookalike` (7): texts full of non-PII shaped like PII (order, tracking,
  invoice and case references, SKUs, GTIN, ISBNs, IP-shaped versions and a
  netmask, hashes, UUIDs, serials, company phones, role mailboxes, eponyms,
  brands, streets named after people with no number), the few real PII
  values labeled; one (the release notes) has no PII at all.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, rural
  delivery routes, house and building names; city, district, county, state
  / province (also abbreviated) and country are LOCATION; postcodes of every
  shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, death, appointment, visit, move,
  start of a job, hearing, signature, loss, interview ...) with a day or
  month, in any shape, a weekday or clock time said with the date included;
  not bare years, weekdays or times alone, durations, "yesterday", or dates
  not tied to a person (sale, invoice, publication, best-before dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer, participant and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords and hashes, API keys, genders, job titles,
  employers, user agents, MAC addresses, BIC, sort / branch / clearing
  codes, IFSC, CVVs and expiries, PINs, order / ticket / claim / policy /
  booking / tracking / police and Home Office case references, company
  phone numbers and role mailboxes, versions, serials, ICCIDs, asset tags,
  partial numbers ("ending 3318", "card_last4"), pets, eponyms and brands
  named after people, header rows.

Calls made while writing this set, in the same spirit:
- table columns: "age" is AGE, "country" / "state" / "province" / "ST" are
  LOCATION, "nationality" is NRP; "sex", "role", "dept", "plan", "status",
  "arm", "site" and "grade" stay unlabeled; a "unit" column ("2B") is
  ADDRESS like a secondary-address field; a donor's "gift_date" and a
  guest's "check_in" are the person's dates.
- log and event records: the timestamp of a person's action (login, MFA
  prompt, VPN session, profile update, checkout, transfer, last login) is
  DATE_TIME; a system line (scheduler tick) is not. Every IP address is
  IP_ADDRESS, private and server addresses in configs included; a netmask
  and IP-shaped version numbers are not. Seed-data keys like `id: 1` are
  record ids and stay unlabeled; a service login in a config ("user:
  trenner") is USERNAME.
- a country or city named in passing for a person (passport issuer "(Nigeria)",
  the city of a login "(Nairobi)", "arrived in the UK") is LOCATION.
- a spelled-out surname ("B-O-A-T-E-N-G") is PERSON; each party of a case
  name ("Kimani v. Otieno") is PERSON; an author in a reading list is
  PERSON; speakers' names in chats (agents too) are PERSON, while "Bot",
  "Customer" and "Mum" are not.
- ranks and clergy ("Constable", "Corporal", "Rev.", "Father") are TITLE;
  "Baby" and "gran" stay outside.
- a date range or time window said with a person's date ("Wednesday 12th
  June between 8am and 1pm", "2024-03-02, ca 22.30") is one DATE_TIME span;
  an impossible date of birth as written ("31/02/1970") is still DATE_TIME.
- an address served on a person at their lawyer's office is ADDRESS.
- frequent-flyer, library card, UCAS, A-number, gym and badge numbers are
  ID_NUMBER; Norwegian account numbers ("9516.75.72317") are ID_NUMBER.
- Nordic and Finnish records keep names and places in uninflected forms
  (no span cuts into a Finnish case ending).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind89.jsonl")

GEN = [
    """Participant [[PERSON:Halima Abdi]] (study ID [[ID_NUMBER:CT-0417-228]]), aged [[AGE:34]], was randomised to the placebo arm on [[DATE_TIME:12 February 2024]] and reported mild headaches at her week-four visit.""",
    """The study coordinator, [[PERSON:Dr. Owen Pritchard]], asked that any adverse events for subject [[ID_NUMBER:0193-BRX]] be phoned through to his mobile, [[PHONE_NUMBER:07823 416 590]], before the safety review on Friday.""",
    """i enrolled my son [[PERSON:mateo]] in the pediatric asthma trial last spring and the consent form still lists his birthday as [[DATE_TIME:3/14/2016]] instead of [[DATE_TIME:3/4/2016]]. can someone fix that before his next visit? thanks, [[PERSON:gabriela ortiz]]""",
    """We are recruiting healthy volunteers aged 18 to 45 for an overnight sleep study in the spring. If you are interested, text [[PERSON:Jun Park]] on [[PHONE_NUMBER:0412 883 107]] or email [[EMAIL_ADDRESS:jun.park@student.unimelb.edu.au]] and mention the code SLEEP-24.""",
    """Deltagaren [[PERSON:Elin Johansson]] ([[ID_NUMBER:870412-1220]]) kallas till uppföljningsbesök [[DATE_TIME:tisdag den 14 maj kl. 09.15]] på forskningsmottagningen i [[LOCATION:Uppsala]]. Om tiden inte passar kan hon ringa studiesköterskan eller svara på sms till [[PHONE_NUMBER:070-418 22 96]].""",
    """Tutkimukseen osallistunut [[PERSON:Jussi Heikkinen]] (henkilötunnus [[ID_NUMBER:250586-4872]]) peruutti suostumuksensa [[DATE_TIME:2.4.2024]], joten hänen verinäytteensä hävitetään eikä häneen oteta enää yhteyttä.""",
    """Per protocol, [[PERSON:Ngozi]]'s week-12 MRI has been moved to [[DATE_TIME:Thursday, 9 May 2024 at 7:45 am]] because the scanner in [[LOCATION:Ibadan]] was down; her enrolment number [[ID_NUMBER:NG-ONC-00318]] must be written on every sample tube.""",
    """The consent form signed by [[PERSON:Rahul Venkataraman]] on [[DATE_TIME:Jan 8, 2024]] gives his Aadhaar as [[ID_NUMBER:2445 6481 0392]] and his address as [[ADDRESS:Flat 12B, Prestige Shantiniketan]], [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560048]].""",
    """Mahalo for finishing the wellbeing survey, [[PERSON:Keanu]]! Your $25 gift card will be emailed to [[EMAIL_ADDRESS:keanu.kahale@gmail.com]] within ten business days. Keep your participant code, [[ID_NUMBER:WB-2291]], in case we invite you back for the follow-up.""",
    """At her screening visit on [[DATE_TIME:21 November]], [[PERSON:Mrs. Dorothy Fairweather]], [[AGE:79]], was found to be ineligible for the memory clinic trial; her daughter [[PERSON:Alison]] asked that the letter go to her own address, [[ADDRESS:6 Larkspur Close]], [[LOCATION:Kettering]] [[ZIP_CODE:NN15 7QD]].""",
    """Speaking from her flat in [[LOCATION:Peckham]], [[PERSON:Adaeze Okonkwo]], [[AGE:61]], told us she had lived at [[ADDRESS:14 Consort Road]] since [[DATE_TIME:June 1987]] and had never once been asked by the council what she thought of the redevelopment.""",
    """I spoke to [[PERSON:Marcus Delgado]] by phone on [[DATE_TIME:March 3rd]]. He asked that we not print his cell, [[PHONE_NUMBER:956-412-0873]], or the name of the packing plant in [[LOCATION:Brownsville]] where he worked for eleven years.""",
    """Reporter's note: source is [[PERSON:Aroha Ngata]] ([[AGE:47]]), a former ward nurse, lives at [[ADDRESS:8 Te Aroha Street]], [[LOCATION:Hamilton East]], reachable on [[PHONE_NUMBER:021 448 3092]]. Interviewed [[DATE_TIME:Sat 16 March, 2pm]]; recording on the shared drive.""",
    """Journalist [[PERSON:Ingrid Solberg]] intervjuet [[PERSON:Kjell Arne Dahl]] ([[AGE:63]]) hjemme i [[ADDRESS:Kirkeveien 118]], [[ZIP_CODE:0361]] [[LOCATION:Oslo]], [[DATE_TIME:onsdag 6. mars]]. Han ønsker ikke at mobilnummeret hans, [[PHONE_NUMBER:924 51 336]], skal stå på trykk.""",
    """On this week's episode, host [[PERSON:Bea Castellanos]] sits down with epidemiologist [[PERSON:Dr. Imran Qureshi]] to talk about measles outbreaks. Listeners with questions for [[PERSON:Imran]] can write to [[PERSON:Bea]] at [[EMAIL_ADDRESS:bea.castellanos@protonmail.com]].""",
    """The subject of our profile, [[AGE:34]]-year-old [[PERSON:Siobhán Ní Bhriain]] from [[LOCATION:Carraroe]], [[LOCATION:Co. Galway]], asked us to correct her date of birth, which we printed as [[DATE_TIME:4 October 1990]]; it is [[DATE_TIME:14 October 1989]].""",
    """Fact-check: the flood photograph credited to [[PERSON:leon marsh]] was actually taken by his sister [[PERSON:Rosie Marsh]], who posts as @[[USERNAME:rosiemarsh.photo]] and has confirmed she was standing on the bridge at the time.""",
    """Q: Can you state your name for the record? A: [[PERSON:Emmanuel Boateng]], [[PERSON:B-O-A-T-E-N-G]]. Q: And your age? A: [[AGE:52]]. I have lived at [[ADDRESS:41 Wyndham Crescent]] since I came over from [[LOCATION:Kumasi]] in [[DATE_TIME:August 1998]].""",
    """An article published on 12 June misidentified the councillor's husband as [[PERSON:Tom Greaves]]. His name is [[PERSON:Thomas Greave]], and he was not present at the planning meeting.""",
    """Toimittaja [[PERSON:Aino Lindqvist]] tapasi haastateltavan, eläkkeellä olevan rajavartijan [[PERSON:Mikko Rantanen]], tämän kotona [[DATE_TIME:12. helmikuuta]]. Haastateltavan toiveesta hänen osoitettaan tai puhelinnumeroaan ei julkaista.""",
    """When we reached [[PERSON:Yusuf Hassan]] at his home in [[LOCATION:Cedar-Riverside]], the retired bus driver said he had voted [[NRP:Democrat]] his whole life and would not be changing that in November.""",
    """Dear [[PERSON:Chidi]] and [[PERSON:Amaka Okafor]], thank you for your generous gift of $1,500 to the scholarship fund. A tax receipt has been mailed to [[ADDRESS:3318 Briar Hollow Lane]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77027]].""",
    """[[PERSON:Harold Finch-Whitley]] has pledged £50 a month by direct debit from account [[ID_NUMBER:41829930]] (sort code 20-45-77), starting [[DATE_TIME:1 April 2024]]; his Gift Aid declaration was signed on [[DATE_TIME:28/03/2024]].""",
    """Shift swap: [[PERSON:Deshawn]] is covering [[PERSON:Maribel Cruz]]'s Saturday morning at the food pantry. If anything changes, [[PERSON:Deshawn]]'s cell is [[PHONE_NUMBER:(313) 748-2210]] and [[PERSON:Maribel]] is on [[PHONE_NUMBER:313.902.4471]].""",
    """Tack för din gåva, [[PERSON:Gunnel Berg]]! Ditt givarnummer är [[ID_NUMBER:G-104882]] och vi skickar kvittot för skatteavdraget till [[ADDRESS:Vasagatan 7 lgh 1102]], [[ZIP_CODE:411 24]] [[LOCATION:Göteborg]].""",
    """Frivillig [[PERSON:Mette Kjær Rasmussen]] (CPR [[ID_NUMBER:120488-3536]]) fik sin børneattest godkendt [[DATE_TIME:4. marts 2024]] og kan begynde i lektiecaféen. Hun bor på [[ADDRESS:Blågårdsgade 23, 2. tv.]], [[ZIP_CODE:2200]] [[LOCATION:København N]].""",
    """Our volunteer of the month is [[PERSON:Grace Wanjiru]], [[AGE:19]], who has tutored maths every Tuesday since [[DATE_TIME:January 2023]]. [[PERSON:Grace]], we are sending a small thank-you to your hostel in [[LOCATION:Kahawa Sukari]]!""",
    """The estate of the late [[PERSON:Leonard Abernethy]] (died [[DATE_TIME:2 November 2023]]) has left £20,000 to the hospice. His executor, [[PERSON:Fiona Abernethy-Cole]], can be reached on [[PHONE_NUMBER:+44 7700 981 442]].""",
    """Please update the CRM: donor [[ID_NUMBER:D-0078123]], [[PERSON:Patricia Nwosu-Clarke]], has moved from [[ADDRESS:12 Elm Row]], [[LOCATION:Edinburgh]] to [[ADDRESS:Flat 3, 90 Marchmont Road]], [[ZIP_CODE:EH9 1HR]], and prefers email ([[EMAIL_ADDRESS:pnwosuclarke@btinternet.com]]) to post.""",
    """I'd like to give $100 in memory of my dad, [[PERSON:Walter Kowalczyk]]. Please charge my Visa [[CREDIT_CARD:4718 2515 6661 4008]], exp 09/27, and send the acknowledgement card to my mother, [[PERSON:Irene Kowalczyk]], at [[ADDRESS:2207 N Hoyne Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60647]].""",
    """Vapaaehtoinen [[PERSON:Pekka Mäkelä]] ajaa ruoka-avun kuljetuksen torstaisin reitillä [[LOCATION:Tampere]]–[[LOCATION:Nokia]]. Jos auto hajoaa, soittakaa suoraan hänelle numeroon [[PHONE_NUMBER:050 377 1820]].""",
    """Mentor background check for [[PERSON:Juan Pablo Restrepo]], DOB [[DATE_TIME:11-07-1979]], SSN [[US_SSN:521-44-7306]]: cleared on [[DATE_TIME:2/20/24]], no findings.""",
    """Hi, this is [[PERSON:Catherine Lam]]. Could you move £2,000 from my easy-access saver to my current account, [[IBAN_CODE:GB83 BARC 1672 7497 8732 19]]? My date of birth is [[DATE_TIME:09.02.1983]] if you need it for security.""",
    """Claim update: the insured, [[PERSON:Raymond Osei-Bonsu]], reported that his 2019 Corolla, plate [[ID_NUMBER:KD19 XRT]], was hit while parked outside [[ADDRESS:77 Cheetham Hill Road]], [[LOCATION:Manchester]] on the night of [[DATE_TIME:5 January]].""",
    """Prescription ready for [[PERSON:Anjali Mehta]] (DOB [[DATE_TIME:1991-06-30]]) — 30 tablets of sertraline 50mg. She asked us to text [[PHONE_NUMBER:+1 647 555 2938]] rather than call, since she works nights.""",
    """[[PERSON:Ms. Whitfield]]'s attorney, [[PERSON:Gregory Han]], filed the motion on [[DATE_TIME:April 2, 2024]] and asked that his client's new address — [[ADDRESS:1120 Pennsylvania Ave SE, Apt 4]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20003]] — be kept under seal.""",
    """Reminder for parents: [[PERSON:Zara]]'s class trip to the science museum is on [[DATE_TIME:Friday 17 May]]. If she needs her inhaler, please call her mum, [[PERSON:Samira Khalil]], on [[PHONE_NUMBER:07401 226 913]].""",
    """HR note: [[PERSON:Diego Fernández]] starts in the warehouse team on [[DATE_TIME:Monday 3 June]]; his employee number will be [[ID_NUMBER:E-20417]] and his NI number is [[ID_NUMBER:SK 48 27 19 C]].""",
    """I returned the jacket at the [[LOCATION:Eastgate]] store and the refund still hasn't shown up on my Mastercard [[CREDIT_CARD:5185 7023 2245 7729]]. Order #A-771920, name [[PERSON:Sunita Rao]], email [[EMAIL_ADDRESS:sunita.rao84@yahoo.co.in]].""",
    """Guest [[PERSON:Liam O'Connell]] checked in on [[DATE_TIME:14/08/2024 at 15:20]] with passport [[ID_NUMBER:PA8841902]]; he requested a late checkout and left his Irish mobile, [[PHONE_NUMBER:+353 87 412 6630]], for housekeeping.""",
    """hey so my sim got swapped without me asking?? the account is under [[PERSON:bongani dlamini]], the number is [[PHONE_NUMBER:082 614 3390]] and my ID number is [[ID_NUMBER:8507167842083]]. please block it now""",
    """Your application for a replacement birth certificate for [[PERSON:Aiyana Whitehorse]], born [[DATE_TIME:22 July 2001]] in [[LOCATION:Regina]], [[LOCATION:Saskatchewan]], has been received; please allow six weeks for delivery.""",
    """The landlord, [[PERSON:Mr. Kwame Asante]], confirmed that the deposit for [[ADDRESS:Unit 4/17 Ocean Street]], [[LOCATION:Bondi]] [[LOCATION:NSW]] [[ZIP_CODE:2026]] will be returned to [[PERSON:Chloe Baxter]] once the final inspection is done on [[DATE_TIME:28 June]].""",
    """gg wp everyone, if you want to run it back add me, my tag is [[USERNAME:NightOwl_Tunde]] on steam. [[PERSON:tunde]] out""",
    """Happy birthday to my amazing wife [[PERSON:Carmen]], [[AGE:40]] today! 🎂 Born [[DATE_TIME:May 9, 1984]] and still the first one up every morning. Follow her baking page at [[URL:https://www.instagram.com/carmenbakesla]] 💕""",
    """Ticket #88123: [[PERSON:Hiroshi Tanaka]] cannot log in to the VPN from home. His laptop reports the address [[IP_ADDRESS:192.168.1.47]] locally and [[IP_ADDRESS:73.162.44.209]] publicly; username [[USERNAME:htanaka]].""",
    """Your parcel for [[PERSON:Olumide Bakare]] was left with a neighbour at [[ADDRESS:No. 9, Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]. Call our delivery hub on 0700 225 5378 if you did not receive it.""",
    """Welcome to the club, [[PERSON:Priyanka]]! Your membership number is [[ID_NUMBER:FIT-3390-12]] and your first session with trainer [[PERSON:Caleb]] is booked for [[DATE_TIME:Wednesday 5 June at 6:30 pm]].""",
    """Biscuit, a four-year-old beagle belonging to [[PERSON:Marguerite Lévesque]] of [[ADDRESS:215 rue Saint-Paul]], [[LOCATION:Québec]], is due for her rabies booster; [[PERSON:Marguerite]] can be reached at [[PHONE_NUMBER:418-555-7713]].""",
    """Wedding RSVP: [[PERSON:Arjun]] and [[PERSON:Meera Kapoor]] will attend, plus their daughter [[PERSON:Diya]] (age [[AGE:6]]). [[PERSON:Meera]] is vegetarian and asked us to seat them away from the speakers.""",
    """The rental agreement lists [[PERSON:Sean Murphy]] as the main driver, licence number [[ID_NUMBER:MURPH804156SJ9AB]], with [[PERSON:Niamh Murphy]] added as a second driver for the trip from [[LOCATION:Dublin]] to [[LOCATION:Belfast]].""",
    """This is a final notice for the electricity account of [[PERSON:Lwazi Mthembu]] at [[ADDRESS:14 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2193]]. Please pay before the disconnection date to avoid a reconnection fee.""",
    """[[PERSON:Maria Clara Santos]], a [[NRP:Filipino]] national, holds passport [[ID_NUMBER:P4471928B]] and applied for her Canadian work permit on [[DATE_TIME:October 30, 2023]]; her biometrics appointment is in [[LOCATION:Manila]].""",
    """Under-12 team sheet: [[PERSON:Ollie Bright]] (#7), [[PERSON:Kofi Mensah]] (#9) and [[PERSON:Ravi Shah]] (#11). [[PERSON:Kofi]]'s dad [[PERSON:Kwabena]] is driving, so parents can drop the boys at his place, [[ADDRESS:33 Holly Lane]], by 8am.""",
    """Overdue items for card [[ID_NUMBER:2 9087 00412 6635]] ([[PERSON:Eleanor Vance]]): two novels and a cookbook. [[PERSON:Eleanor]], you can renew online or call the branch.""",
    """matched with [[PERSON:jordan]] on the app and he already knows my address?? i never gave him [[ADDRESS:412 W 48th St]], [[LOCATION:NYC]]. the only thing on my profile is my name [[PERSON:Kayla]] and that i'm [[AGE:27]]""",
    """Baby [[PERSON:Amara]] will start at the nursery on [[DATE_TIME:2 September]]. Her emergency contacts are her grandmother, [[PERSON:Mrs. Ebere Nnaji]] ([[PHONE_NUMBER:07956 302 118]]), and her father, [[PERSON:Obinna]].""",
    """The funeral of [[PERSON:Arthur James Pennington]], who died peacefully on [[DATE_TIME:18th February]] aged [[AGE:88]], will take place at St Mary's, [[LOCATION:Bampton]]. Donations in lieu of flowers to the RNLI.""",
    """Hearing notice: the matter of [[PERSON:Kimani]] v. [[PERSON:Otieno]] is listed for [[DATE_TIME:Tuesday 23 April 2024 at 9:00 a.m.]] at the Milimani Law Courts; the respondent's last known address is [[ADDRESS:P.O. Box 4410-00100]], [[LOCATION:Nairobi]].""",
    """On the evening of [[DATE_TIME:11 March]], [[TITLE:Constable]] [[PERSON:Teo]] took a statement from [[PERSON:Lim Wei Ling]] (NRIC [[ID_NUMBER:S8099631D]]), who said her bicycle was taken from outside [[ADDRESS:Blk 512 Ang Mo Kio Ave 8]], [[LOCATION:Singapore]] [[ZIP_CODE:560512]].""",
    """[[TITLE:Father]] [[PERSON:Tomasz]] asked that prayers be said this Sunday for [[PERSON:Halina Nowak]], who is recovering at home after surgery; the [[NRP:Catholic]] women's group is organising meals for her.""",
    """Hi [[PERSON:Nasrin]], your dental check-up is on [[DATE_TIME:Mon 8 July at 11:40]] with [[PERSON:Dr. Paul Ferreira]]. Reply C to confirm or call us to rebook.""",
    """Frequent flyer [[ID_NUMBER:KL 482 119 670]] ([[PERSON:Mr. Pieter de Vries]]) was rebooked onto the 18:05 flight after his connection was cancelled; his seat preference is aisle.""",
    """For the 2023 return, [[PERSON:Ashley Brooks]] (SSN [[US_SSN:478-20-9915]]) claims her son [[PERSON:Tyler]], born [[DATE_TIME:04/19/2012]], as a dependent; the refund should go to her checking account [[ID_NUMBER:004418829107]].""",
    """I was denied a credit card because my file says I live at [[ADDRESS:905 Magnolia St]], [[LOCATION:Pensacola]] — I moved out in 2019... that address belongs to my ex, [[PERSON:Derek Wynn]]. My name is [[PERSON:Tamika Wynn-Harris]].""",
    """Congratulations, [[PERSON:Amaru Quispe]]! You have been admitted to the MSc in Data Science. Your UCAS Personal ID is [[ID_NUMBER:184-402-9931]] and your offer letter has been sent to [[EMAIL_ADDRESS:amaru.quispe@pucp.edu.pe]].""",
    """Your driver [[PERSON:Gurpreet]] is arriving in a white Prius, plate [[ID_NUMBER:LXR 4417]]. Share your trip with [[PERSON:Hannah]] so she knows you're on the way.""",
    """Loan officer note: [[PERSON:Vikram]] and [[PERSON:Pooja Nair]] are buying [[ADDRESS:27 Wattle Grove]], [[LOCATION:Doncaster East]] [[LOCATION:VIC]] [[ZIP_CODE:3109]]; [[PERSON:Vikram]]'s TFN is [[ID_NUMBER:375 062 004]] and settlement is booked for [[DATE_TIME:30 August]].""",
    """Placement update: [[PERSON:Jayden]] ([[AGE:9]]) will stay with foster carers [[PERSON:Bronwyn]] and [[PERSON:Rhys Evans]] in [[LOCATION:Pontypridd]] until the review on [[DATE_TIME:15 July]].""",
    """Your State Pension will be paid into account ending 0937 from [[DATE_TIME:6 May]]. If this is wrong, [[PERSON:Mr. Albert Okoro]], please call the Pension Service quoting your National Insurance number, [[ID_NUMBER:JT 73 10 58 B]].""",
    """Hej [[PERSON:Lars]]! Bara en påminnelse om att [[PERSON:Signe]] fyller [[AGE:40]] på lördag – festen är hos [[PERSON:Annika]] på [[ADDRESS:Södra Förstadsgatan 41]] i [[LOCATION:Malmö]]. Swisha 200 kr till [[PHONE_NUMBER:073-552 80 14]] för presenten!""",
    """Hei [[PERSON:Silje]]! Legetimen til [[PERSON:Oskar]] er flyttet til [[DATE_TIME:fredag 12. april kl. 13.30]]. Ta med fødselsnummeret hans, [[ID_NUMBER:09050599040]] — nei vent, det er [[PERSON:Ella]] sitt. Spør [[PERSON:Trond]].""",
    """Hei! [[PERSON:Sanna Korhonen]] muutti [[DATE_TIME:1.3.2024]] uuteen osoitteeseen [[ADDRESS:Hämeentie 48 B 22]], [[ZIP_CODE:00500]] [[LOCATION:Helsinki]]. Päivitättekö tiedot myös kirjaston asiakasrekisteriin? Puhelin on edelleen [[PHONE_NUMBER:040 812 6634]].""",
    """My grandmother, [[PERSON:Rosa Esposito]], turns [[AGE:100]] on the [[DATE_TIME:3rd of August]]. Could the mayor's office send her a card at [[ADDRESS:88 Mulberry Street, 3rd floor]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10013]]?""",
    """Our condolences to [[PERSON:Anil]] on the loss of his father. Those wishing to send a card can post it to [[ADDRESS:B-402, Lodha Paradise]], [[LOCATION:Majiwada]], [[LOCATION:Thane]] [[ZIP_CODE:400601]].""",
    """The recruiter, [[PERSON:Kelechi Uzor]], sent the offer to [[EMAIL_ADDRESS:fatou.diallo@outlook.fr]] on Monday, but [[PERSON:Fatou Diallo]] says she only saw it yesterday in her spam folder.""",
    """The school nurse noted that [[PERSON:Ethan]]'s EpiPen expires next month; his parents, [[PERSON:Li Na]] and [[PERSON:David Chen]], have been asked to bring a new one. [[PERSON:Ethan]]'s student number is [[ID_NUMBER:S2031887]].""",
    """According to the police report, the driver of the second vehicle, [[PERSON:Jorge Alvarado]], [[AGE:42]], of [[LOCATION:El Paso]], gave a Texas licence number of [[US_DRIVER_LICENSE:28719403]] and said he had been driving for about six hours.""",
    """My phone was stolen on Saturday night — it's the work iPhone registered to [[PERSON:Nadia Popescu]]. Please wipe it remotely; the last IP it connected from was [[IP_ADDRESS:2a02:c7c:5e1a:8800:4d2b:91ff:fe33:12a0]].""",
    """Thanks for booking, [[PERSON:Ms. Ana Lima]]. Your sessions with physiotherapist [[PERSON:Joel]] start on [[DATE_TIME:18/06]]; your CPF [[ID_NUMBER:457.383.435-49]] is on file for the invoice.""",
    """[[PERSON:Tane]] messaged to say his new email is [[EMAIL_ADDRESS:tane.waititi.89@xtra.co.nz]] and his old one ([[EMAIL_ADDRESS:tanew@clear.net.nz]]) no longer works.""",
    """The volunteer fire brigade welcomes [[PERSON:Jacqueline Beaumont]] and [[PERSON:Abdirahman Warsame]], who completed their induction on [[DATE_TIME:9 March]]; [[PERSON:Abdirahman]] joins us from [[LOCATION:Minneapolis]] and speaks Somali and Arabic.""",
    """Ahead of the town hall, [[PERSON:Danielle Yazzie]] asked to be added to the speakers list; she can be reached at [[PHONE_NUMBER:928-871-4302]] and is a registered [[NRP:Republican]].""",
    """My sister [[PERSON:Ama]] and I share the Netflix account but I'm the one paying — card [[CREDIT_CARD:3783 282459 47139]]. Can you change the billing email from [[EMAIL_ADDRESS:ama.owusu@gmail.com]] to mine, [[EMAIL_ADDRESS:efua.owusu@gmail.com]]?""",
    """The trial's data manager, [[PERSON:Sophie Laurent]], flagged that participant [[ID_NUMBER:PT-1185]]'s date of birth ([[DATE_TIME:31/02/1970]]) is impossible and asked the site in [[LOCATION:Lyon]] to check the source documents.""",
    """Interviewing [[PERSON:Gloria]] for the oral history project, [[DATE_TIME:July 22]]: she was born in [[LOCATION:Port of Spain]], came to [[LOCATION:Toronto]] at [[AGE:17]], and worked thirty years at the same bakery in [[LOCATION:Little Jamaica]].""",
    """Embargoed press note: the trial's lead investigator, [[PERSON:Prof. Hannah Whitcombe]], is available for interviews on [[DATE_TIME:Tuesday 14 May]] between 10 and 12; book through her assistant, [[PERSON:Callum Reid]], on [[PHONE_NUMBER:+44 7384 220 915]].""",
    """Freelancer [[PERSON:Tomás Herrera]] has pitched us an interview with the whistle-blower [[PERSON:Leah Sutherland]]. [[PERSON:Leah]] will only talk over Signal, on [[PHONE_NUMBER:+1 604 771 0382]], and wants her street in [[LOCATION:Burnaby]] kept out of the story.""",
    """Major donor follow-up: [[PERSON:Rebecca Abramowitz]] gave $25,000 on [[DATE_TIME:12/11/2023]] and asked to stay anonymous in the annual report; her assistant [[PERSON:Terrell]] handles her calendar at [[EMAIL_ADDRESS:terrell.j.assist@gmail.com]].""",
    """Can I still stay in the diabetes study after moving? I'm [[PERSON:Nomvula Khumalo]], participant [[ID_NUMBER:DM2-0552]], and my new address is [[ADDRESS:21 Umgeni Road]], [[LOCATION:Durban]], [[ZIP_CODE:4001]]. My clinic visits used to be in [[LOCATION:Pietermaritzburg]].""",
]

BENCH = [
    """Dear [[PERSON:Ms. Rutherford]], a sign-in to your investment account [[ID_NUMBER:88103477]] was recorded from [[IP_ADDRESS:217.44.190.12]] (Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36) on [[DATE_TIME:03/11/2023 22:14]]. If this was not you, reset your password and reply from [[EMAIL_ADDRESS:g.rutherford@fastmail.co.uk]].""",
    """[[PERSON:Kendrick]], as Senior Integration Architect on the partner accounts team, please send the replacement router (MAC 3c:22:fb:91:0e:47) to [[ADDRESS:4410 Oakmont Drive, Suite 210]], [[LOCATION:Grand Rapids]], [[LOCATION:MI]] [[ZIP_CODE:49546]] before the audit.""",
    """Payment failed for [[PERSON:Mr. Dawit Bekele]]: card [[CREDIT_CARD:4977 9255 6047 9254]], CVV 381, exp 11/26, billing zip [[ZIP_CODE:20910]]. Please retry from the app.""",
    """Hey [[PERSON:Lorenzo]]! Your new login for the payroll portal is [[USERNAME:lorenzo.bianchi77]] / Tr!dent_2291. The IBAN we have on file is [[IBAN_CODE:DE96 5001 0517 8433 9861 86]] (BIC DEUTDEFFXXX) — let us know if that changed.""",
    """Patient [[PERSON:Eun-ji Seo]], [[AGE:46]], female, height 162 cm, eye colour brown, was referred by [[PERSON:Dr. Kaveh Rostami]] on [[DATE_TIME:July 14th, 2023]] for persistent migraines; insurance member no. [[ID_NUMBER:XKW884019203]].""",
    """The vehicle with registration [[ID_NUMBER:WN68 PKU]], registered to [[PERSON:Gareth Llewellyn]] of [[ADDRESS:9 Heol y Nant]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6JP]], was flagged for an unpaid crossing charge.""",
    """Att: Accounts Payable. Please wire the consulting fee to [[PERSON:Aurélie Marchand]], IBAN [[IBAN_CODE:FR76 3000 4008 2112 3540 6316 579]], BIC BNPAFRPPXXX. She can be reached on [[PHONE_NUMBER:+33 6 12 48 90 37]] for any question about the invoice.""",
    """Our records show that [[PERSON:Oluwaseun Adeyemi]] (DOB: [[DATE_TIME:17/03/1990]], BVN [[ID_NUMBER:22184019375]]) changed her phone number to [[PHONE_NUMBER:+234 803 412 7765]] from IP [[IP_ADDRESS:102.89.33.140]].""",
    """[[PERSON:Shirin Farahani]], Chief Markets Strategist, tried to log in as [[USERNAME:sfarahani_92]] from a device with MAC 00:1A:2B:9C:4D:7E and IPv6 [[IP_ADDRESS:2405:204:1301:8ac4:5d0e:1c2f:ab31:9e02]]; the session was blocked by policy.""",
    """Reminder for [[PERSON:Mx. Jordan Ellery]]: we will never ask for your full SSN by email. The number on your file, [[US_SSN:612-09-4478]], was entered by you on [[DATE_TIME:5/2/2022]].""",
    """Employee [[PERSON:Aisha Bello]] ([[ID_NUMBER:EMP-004417]]), Product Paradigm Officer, has relocated from [[LOCATION:Kaduna]] to [[ADDRESS:Plot 22, Aminu Kano Crescent]], [[LOCATION:Wuse II]], [[LOCATION:Abuja]]; please update her salary account [[ID_NUMBER:0123849571]] (GTBank).""",
    """Order shipped to [[PERSON:Beatriz Nogueira]] at [[ADDRESS:Rua Augusta 1204, apto 52]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], [[ZIP_CODE:01305-100]]. Tracking BR449028113SP. Contact: [[PHONE_NUMBER:+55 11 98847-2210]].""",
    """INSURANCE CLAIM FORM
Claim No.: CLM-2024-008812
Policyholder: [[PERSON:Matthew J. Caldwell]]
Date of birth: [[DATE_TIME:02/27/1975]]
Address: [[ADDRESS:1839 Sycamore Ridge Rd]], [[LOCATION:Lexington]], [[LOCATION:KY]] [[ZIP_CODE:40509]]
Phone: [[PHONE_NUMBER:(859) 410-2276]]
Policy No.: HO-4417-22019
Date of loss: [[DATE_TIME:January 14, 2024]]
Description: A frozen pipe burst in the upstairs bathroom while the insured was away. Adjuster [[PERSON:Renee Whitlock]] inspected the property on [[DATE_TIME:January 19, 2024]].""",
    """EMPLOYMENT AGREEMENT. This Agreement is made on [[DATE_TIME:March 1, 2024]] between Halvorsen Marine Ltd. ("the Company") and [[PERSON:Petra Lindgren]], residing at [[ADDRESS:52 Harbour View Terrace]], [[LOCATION:Halifax]], [[LOCATION:Nova Scotia]] [[ZIP_CODE:B3H 4R2]] ("the Employee"), Social Insurance Number [[ID_NUMBER:176 279 511]]. The Employee will commence employment on [[DATE_TIME:April 15, 2024]] as Fleet Logistics Manager at an annual salary of CAD 92,000.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Kowalski, Anna]]    MRN: [[ID_NUMBER:00482913]]    DOB: [[DATE_TIME:1962-11-05]]
Admitted: [[DATE_TIME:2024-02-11]]    Discharged: [[DATE_TIME:2024-02-16]]
Attending: [[PERSON:Dr. Samuel Okoye]]
Diagnosis: Community-acquired pneumonia, resolved on oral antibiotics.
Plan: Follow-up with PCP [[PERSON:Dr. Lena Hoffmann]] within 7 days. Patient lives with her husband, [[PERSON:Jerzy]], at [[ADDRESS:71 Pulaski St]], [[LOCATION:Bayonne]], [[LOCATION:NJ]] [[ZIP_CODE:07002]].""",
    """LOAN APPLICATION - PERSONAL
Applicant: [[PERSON:Thandiwe Mokoena]]    ID No.: [[ID_NUMBER:9203043971085]]
Date of birth: [[DATE_TIME:4 March 1992]]    Age: [[AGE:32]]
Residential address: [[ADDRESS:Unit 12, The Palms, 88 Beach Road]], [[LOCATION:Strand]], [[ZIP_CODE:7140]]
Employer: Cape Winelands District Municipality    Gross monthly income: R 38 400
Bank account: [[ID_NUMBER:62841907733]] (FNB, branch code 250655)
Cell: [[PHONE_NUMBER:072 418 6603]]    Email: [[EMAIL_ADDRESS:thandi.mokoena@webmail.co.za]]""",
    """NOTICE OF RENT INCREASE
To: [[PERSON:Mr. Hamza Saleem]] and [[PERSON:Mrs. Nadia Saleem]]
Premises: [[ADDRESS:Flat 7, Ashdown Court, 41 Grove Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 2AQ]]
Take notice that from [[DATE_TIME:1 June 2024]] the rent will rise from £925 to £990 per calendar month.
Signed: [[PERSON:Pauline Hargreaves]] (landlord), [[DATE_TIME:22 February 2024]]""",
    """{"customer_no": "[[ID_NUMBER:C-5583019]]", "name": "[[PERSON:Fernando Quiroga]]", "email": "[[EMAIL_ADDRESS:fquiroga@gmail.com]]", "phone": "[[PHONE_NUMBER:+54 9 11 4872-3390]]", "dob": "[[DATE_TIME:1987-08-19]]", "address": {"street": "[[ADDRESS:Av. Corrientes 3247, piso 5 B]]", "city": "[[LOCATION:Buenos Aires]]", "postal_code": "[[ZIP_CODE:C1193AAE]]"}, "plan": "premium", "last_login_ip": "[[IP_ADDRESS:181.47.220.9]]"}""",
    """[[DATE_TIME:2024-03-18T09:14:22Z]] INFO auth.login user=[[USERNAME:mpatel]] email=[[EMAIL_ADDRESS:meera.patel@lumenhealth.io]] src_ip=[[IP_ADDRESS:10.40.12.88]] status=success
[[DATE_TIME:2024-03-18T09:14:25Z]] WARN auth.mfa user=[[USERNAME:mpatel]] device=iPhone15,2 msg="push not acknowledged"
2024-03-18T09:15:00Z INFO scheduler.tick jobs=14 queue=default
[[DATE_TIME:2024-03-18T09:16:03Z]] INFO auth.login user=[[USERNAME:dokonkwo]] src_ip=[[IP_ADDRESS:10.40.14.201]] status=failure reason=bad_password""",
    """INSERT INTO customers (first_name, last_name, email, phone, ssn, dob) VALUES
('[[PERSON:Brenda]]', '[[PERSON:Okafor-Hughes]]', '[[EMAIL_ADDRESS:brenda.oh@comcast.net]]', '[[PHONE_NUMBER:610-448-2093]]', '[[US_SSN:219-67-4410]]', '[[DATE_TIME:1971-05-23]]'),
('[[PERSON:Long]]', '[[PERSON:Dinh]]', '[[EMAIL_ADDRESS:long.dinh.van@gmail.com]]', '[[PHONE_NUMBER:714-902-3318]]', '[[US_SSN:545-31-8827]]', '[[DATE_TIME:1990-12-01]]');""",
    """<Patient>
  <name><given>[[PERSON:Ifeoma]]</given><family>[[PERSON:Chukwu]]</family></name>
  <birthDate>[[DATE_TIME:1979-12-02]]</birthDate>
  <gender>female</gender>
  <telecom system="phone">[[PHONE_NUMBER:+44 20 8341 2290]]</telecom>
  <address><line>[[ADDRESS:19 Wendover Road]]</line><city>[[LOCATION:Aylesbury]]</city><postalCode>[[ZIP_CODE:HP21 9LB]]</postalCode></address>
  <identifier system="https://fhir.nhs.uk/Id/nhs-number">[[ID_NUMBER:414 553 9427]]</identifier>
</Patient>""",
    """# deploy/config/prod.yaml
app:
  name: billing-service
  version: 4.12.0
  admin_contact: [[PERSON:Tobias Renner]] <[[EMAIL_ADDRESS:tobias.renner@kestrelpay.de]]>
  oncall_phone: "[[PHONE_NUMBER:+49 151 2294 7731]]"
database:
  host: [[IP_ADDRESS:10.0.4.17]]
  port: 5432
  user: [[USERNAME:trenner]]
  password: "h7Q!m2vX9pLs"
smtp:
  relay: [[IP_ADDRESS:172.16.0.25]]""",
    """def test_send_invoice():
    customer = Customer(
        name="[[PERSON:Hannah Kowalczyk]]",
        email="[[EMAIL_ADDRESS:hkowalczyk@proton.me]]",
        card="[[CREDIT_CARD:4169302121774615]]",
        cvv="512",
        expiry="08/27",
    )
    assert send_invoice(customer, amount=149.00).ok""",
    """[SUP-4471] Refund not received
Reporter: [[PERSON:Camille Dubois]] <[[EMAIL_ADDRESS:camille.dubois@orange.fr]]>
Priority: Medium
Description: Customer paid with Amex [[CREDIT_CARD:3443 231043 57059]] on order 77-10294 and was charged twice. She called from [[PHONE_NUMBER:+33 7 81 22 40 96]]. Billing address: [[ADDRESS:18 rue des Lilas]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]].
Assignee: [[PERSON:Marc Vidal]]""",
    """New hire form — first name: [[PERSON:Rohan]]; last name: [[PERSON:Deshpande]]; date of birth: [[DATE_TIME:22-Jan-1996]]; PAN: [[ID_NUMBER:BQZPD4127K]]; Aadhaar: [[ID_NUMBER:5235 2878 5533]]; mobile: [[PHONE_NUMBER:+91 98450 12377]]; address: [[ADDRESS:#14, 3rd Cross, HAL 2nd Stage]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]; bank a/c [[ID_NUMBER:50100248193347]], IFSC HDFC0001234.""",
    """[[PERSON:Bridget]], your recent purchase of 3 Ergonomic Granite Chairs was charged to [[CREDIT_CARD:5366-1821-6832-4542]] and will ship to [[ADDRESS:27 Kilmore Close]], [[LOCATION:Artane]], [[LOCATION:Dublin 5]], [[ZIP_CODE:D05 K7P2]]. Your PPSN [[ID_NUMBER:7424036V]] was used for the tax-free receipt.""",
    """Account holder [[PERSON:Ms. Yuki Nakamura-Brown]] requests the transfer of her pension pot to [[IBAN_CODE:GB37 HBUK 1282 4077 4745 28]]. She confirmed her identity with DOB [[DATE_TIME:29/09/1968]] and the last four of her card. Call back on [[PHONE_NUMBER:07723 990 146]] after 6pm.""",
    """Login anomaly: [[USERNAME:k.wambui]] signed in from [[IP_ADDRESS:41.90.64.212]] ([[LOCATION:Nairobi]]) and [[IP_ADDRESS:185.220.101.34]] within four minutes. User agent on the second session: curl/8.4.0. Account owner [[PERSON:Kagure Wambui]], phone [[PHONE_NUMBER:+254 722 480 913]].""",
    """The Lead Directives Facilitator, [[PERSON:Dr. Ifeanyi Eze]], was born on [[DATE_TIME:11th April 1971]] and holds passport [[ID_NUMBER:A07742193]] ([[LOCATION:Nigeria]]). His registered address is [[ADDRESS:House 4, Road 7, Lekki Phase 1]], [[LOCATION:Lagos]].""",
    """Hi, [[PERSON:Mrs. Gwendolyn Pryce]] here. My husband [[PERSON:Idris]] and I need to cancel the standing order to [[IBAN_CODE:GB55 LOYD 9578 0001 6834 45]] from next month. Our joint account is [[ID_NUMBER:30947718]], sort code 30-94-77.""",
    """Verification request: the applicant [[PERSON:Carlos Mendoza Ruiz]] provided DNI [[ID_NUMBER:04671692R]], date of birth [[DATE_TIME:07/10/1984]] and address [[ADDRESS:Calle de Alcalá 148, 3º izq.]], [[ZIP_CODE:28009]] [[LOCATION:Madrid]]. Salary to be paid into [[IBAN_CODE:ES43 2100 0418 4309 1527 8593]].""",
    """Subscriber [[PERSON:Anneke Visser]] (BSN [[ID_NUMBER:197512884]]) moved to [[ADDRESS:Prinsengracht 263-2]], [[ZIP_CODE:1016 GV]] [[LOCATION:Amsterdam]] on [[DATE_TIME:1 februari 2024]]; direct debit from [[IBAN_CODE:NL39 INGB 9203 3299 27]].""",
    """User [[USERNAME:emeka_okoli]] (phone [[PHONE_NUMBER:0806 331 2209]]) reported that someone used his Verve card [[CREDIT_CARD:6304 7025 8502 9821]] at a POS terminal in [[LOCATION:Onitsha]] on [[DATE_TIME:14/02/2024 at 19:52]].""",
    """MEMBER ENROLLMENT
Member name: [[PERSON:DeAndre L. Washington]]
Member ID: [[ID_NUMBER:WXG492018837]]    Group no.: 770412
DOB: [[DATE_TIME:08/30/1988]]    Sex: M
Address: [[ADDRESS:6021 Gentilly Blvd, Apt 2C]], [[LOCATION:New Orleans]], [[LOCATION:LA]] [[ZIP_CODE:70122]]
Dependents: [[PERSON:Kiara Washington]] (spouse), [[PERSON:Malik Washington]] (child, DOB [[DATE_TIME:03/12/2017]])
Effective date: 01/01/2024""",
    """PROMISSORY NOTE. For value received, [[PERSON:Gerald T. Moffitt]] of [[ADDRESS:PO Box 219]], [[LOCATION:Livingston]], [[LOCATION:Montana]] [[ZIP_CODE:59047]] promises to pay to [[PERSON:Evelyn Sandoval]] the sum of $18,500, in monthly installments beginning [[DATE_TIME:May 1, 2024]]. Borrower's driver's license: MT [[US_DRIVER_LICENSE:0419827654301]].""",
    """Lab requisition — patient [[PERSON:Tariq Al-Mansouri]], [[AGE:58]] y/o male, MRN [[ID_NUMBER:A-33190027]]; collect HbA1c and lipid panel on [[DATE_TIME:Mon 15 Apr 2024 08:00]]; ordering provider [[PERSON:Dr. Nkechi Obi]]; results to the patient at [[EMAIL_ADDRESS:tariq.almansouri@hotmail.com]].""",
    """{"event":"checkout","ts":"[[DATE_TIME:2024-05-02T18:44:09Z]]","session":"9f2c1e77","customer":{"name":"[[PERSON:Imani Carter]]","email":"[[EMAIL_ADDRESS:imani.carter@icloud.com]]","ip":"[[IP_ADDRESS:98.207.14.63]]"},"payment":{"brand":"discover","pan":"[[CREDIT_CARD:6011608189252517]]","exp":"04/28"},"shipping":{"line1":"[[ADDRESS:915 Alder Creek Way]]","city":"[[LOCATION:Sacramento]]","state":"[[LOCATION:CA]]","zip":"[[ZIP_CODE:95831]]"}}""",
    """[[DATE_TIME:Mar 22 03:11:47]] vpn-gw01 openvpn[2291]: [[USERNAME:jsoto]]/[[IP_ADDRESS:24.118.67.201]]:51922 MULTI: Learn: [[IP_ADDRESS:10.8.0.6]] -> [[USERNAME:jsoto]]/[[IP_ADDRESS:24.118.67.201]]:51922
[[DATE_TIME:Mar 22 03:11:48]] vpn-gw01 openvpn[2291]: [[USERNAME:jsoto]]/[[IP_ADDRESS:24.118.67.201]]:51922 SENT CONTROL: PUSH_REPLY""",
    """UPDATE employees SET home_address = '[[ADDRESS:38 Whitmore Lane]]', city = '[[LOCATION:Sunningdale]]', postcode = '[[ZIP_CODE:SL5 0NS]]', mobile = '[[PHONE_NUMBER:07958 114 620]]' WHERE staff_no = '[[ID_NUMBER:HR-10238]]'; -- requested by [[PERSON:Priya Chaudhry]]""",
    """Ticket #55210 — Caller: [[PERSON:Rosalind Achterberg]]
Callback: [[PHONE_NUMBER:+31 6 4819 2207]]
Issue: Cannot access email on new laptop. Asset tag LT-08812, serial 5CG2147XQ4. Username [[USERNAME:rachterberg]]. Laptop obtained IP [[IP_ADDRESS:192.168.178.23]] from home router.
Resolution: Reset MFA; user confirmed access on [[DATE_TIME:9 April at 10:05]].""",
    """The Regional Implementation Liaison, [[PERSON:Ms. Folasade Ogunleye]], [[AGE:39]], lives at [[ADDRESS:Apartment 5B, 17 Awolowo Road]], [[LOCATION:Ikoyi]]. Her secondary contact is her brother [[PERSON:Tunde]] ([[PHONE_NUMBER:0809 224 1180]]). Vehicle plate: [[ID_NUMBER:LND 482 KJ]].""",
    """Policyholder [[PERSON:Marisol Vega]] disputes the denial of claim 2023-77-1942. She says the MRI on [[DATE_TIME:10/17/2023]] was pre-authorised by phone; her member ID is [[ID_NUMBER:UHC 904417723-01]] and her date of birth is [[DATE_TIME:6/8/1959]].""",
    """CERTIFICATE OF SERVICE. I, [[PERSON:Naomi Feld]], certify that on [[DATE_TIME:February 6, 2024]] I served a copy of the foregoing motion by first-class mail on [[PERSON:Richard A. Pham]], [[ADDRESS:2200 Ross Ave, Suite 3100]], [[LOCATION:Dallas]], [[LOCATION:TX]] [[ZIP_CODE:75201]].""",
    """Donation processed: donor [[PERSON:Gabriel Achebe]], card [[CREDIT_CARD:2223 7352 5060 2586]] (exp 02/29, CVC 733), amount $250.00, IP [[IP_ADDRESS:73.15.208.119]], browser Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15.""",
    """Please find attached the signed lease for [[ADDRESS:Unit 1204, 88 Harbour Street]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5J 0B1]]. Tenants: [[PERSON:Wei Zhang]] (SIN [[ID_NUMBER:403 447 667]]) and [[PERSON:Mei-Ling Zhang]]. Move-in: [[DATE_TIME:June 1]].""",
    """Security alert for [[USERNAME:gabby_mtz]]: your password was changed from a new device (Android 14; SM-S918B) at IP [[IP_ADDRESS:187.190.44.21]] on [[DATE_TIME:28 Feb 2024, 23:57 CST]]. If this wasn't you, [[PERSON:Gabriela]], secure your account now.""",
    """To the Registrar: [[TITLE:Rev.]] [[PERSON:Matthew Obuya]] officiated the marriage of [[PERSON:Brian Otieno Ochieng]] (ID [[ID_NUMBER:28814409]]) and [[PERSON:Faith Chebet]] (ID [[ID_NUMBER:31190772]]) on [[DATE_TIME:9th December 2023]] at [[LOCATION:Kisumu]].""",
    """Customer [[PERSON:Joaquín Herrera]] is a Staff Factors Coordinator at a fintech. His Discover card [[CREDIT_CARD:6011 6361 5629 5904]] expired 07/24, and he asked to mail the new one to [[ADDRESS:5540 N Kenmore Ave, Unit 3S]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60640]].""",
    """Medication reconciliation: [[PERSON:Mr. Arthur Bello]] (NHS No. [[ID_NUMBER:373 930 5398]], DOB [[DATE_TIME:14.08.1947]]) takes apixaban 5mg twice daily and atorvastatin 40mg at night. Next of kin: [[PERSON:Yvonne Bello]], [[PHONE_NUMBER:01632 771 208]].""",
    """{
  "ticket": "HD-20931",
  "requester": {
    "name": "[[PERSON:Samir Haddad]]",
    "email": "[[EMAIL_ADDRESS:samir.haddad@globaltech-eg.com]]",
    "mobile": "[[PHONE_NUMBER:+20 100 482 7716]]"
  },
  "device": {"hostname": "CAI-LT-0442", "mac": "a4:83:e7:1b:90:3c", "ip": "[[IP_ADDRESS:172.20.31.118]]"},
  "summary": "Outlook keeps asking for password"
}""",
    """Prior authorization: member [[PERSON:Olga Petrenko]], DOB [[DATE_TIME:1955/03/21]], Medicare ID [[ID_NUMBER:4TQ8-VH2-JK61]]; prescriber [[PERSON:Dr. Alan Greenberg]]; drug: adalimumab. Member phone [[PHONE_NUMBER:(718) 332-0918]], address [[ADDRESS:2940 Ocean Pkwy, Apt 6F]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11235]].""",
    """[[PERSON:Haruto]], the Dynamic Web Producer, wants his reimbursement sent via the Investment Account to [[IBAN_CODE:CH36 0076 2101 7571 1175 4]]. He can be reached at [[EMAIL_ADDRESS:haruto.sato@bluewin.ch]] or on [[PHONE_NUMBER:+41 79 418 22 90]].""",
    """Hello [[PERSON:Rafael]], your [[LOCATION:Lisbon]] apartment rental at [[ADDRESS:Rua da Rosa 112, 2º Esq.]], [[ZIP_CODE:1200-389]] is confirmed from [[DATE_TIME:12/07/2024]] to [[DATE_TIME:19/07/2024]]. Deposit refund will go to [[IBAN_CODE:PT50 0035 0651 9634 7662 8959 8]].""",
    """Dear Sir/Madam, I write to dispute the parking charge issued to my car, [[ID_NUMBER:YK21 ZHN]], on [[DATE_TIME:8 March 2024]]. I was at a hospital appointment at the time. Yours faithfully, [[PERSON:Beverley Ashworth]], [[ADDRESS:23 Moorland View]], [[LOCATION:Halifax]] [[ZIP_CODE:HX2 0QP]].""",
    """ssh login accepted for [[USERNAME:anand.k]] from [[IP_ADDRESS:49.36.118.204]] port 50514 — key fingerprint SHA256:Qm8x7Kp2+fL0rT9wE3vY1uH5nB6cA4dZ8sJ2gX0iR7o""",
    """Guarantor details: Name [[PERSON:Sipho Ndlovu]]; ID number [[ID_NUMBER:7802211033081]] — wait, that is his wife [[PERSON:Lindiwe]]'s; [[PERSON:Sipho]]'s is on the second page. Address [[ADDRESS:41 Rivonia Road]], [[LOCATION:Sandton]], [[ZIP_CODE:2196]]. Tel [[PHONE_NUMBER:011 883 4120]].""",
    """Re: background check — candidate [[PERSON:Alexei Morozov]], US passport [[US_PASSPORT:567104882]], DOB [[DATE_TIME:12/19/1986]], previous address [[ADDRESS:1400 SW 8th St, #502]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33135]]. Florida DL [[US_DRIVER_LICENSE:M626-421-86-499-0]].""",
    """Our Principal Intranet Associate [[PERSON:Noor]] ([[USERNAME:noor.jaber]]) has asked to have the monthly stipend paid by card instead; card on file: [[CREDIT_CARD:4315 4338 5659 4945]], exp 01/27. Her IP at submission: [[IP_ADDRESS:94.200.17.53]].""",
    """ACCIDENT REPORT
Reported by: [[TITLE:Corporal]] [[PERSON:Dylan Fraser]]
Date/time of incident: [[DATE_TIME:03/04/2024 16:40]]
Injured person: [[PERSON:Ahmed Yilmaz]], age [[AGE:27]], forklift operator
Home address: [[ADDRESS:12 Canal Street]], [[LOCATION:Bootle]], [[ZIP_CODE:L20 8AE]]
Witness: [[PERSON:Kerry-Ann Brown]], [[PHONE_NUMBER:07444 510 281]]
Injury: laceration to left forearm; first aid given, transported to hospital.""",
    """Hi [[PERSON:Nikhil]], the dev box you asked for is up: ssh [[USERNAME:nikhil]]@[[IP_ADDRESS:34.141.88.206]] (key already added). Please don't share the root password (Zk#44-aqua-Tern). — [[PERSON:Mei]]""",
    """const seedUsers = [
  { id: 1, fullName: "[[PERSON:Ayumi Kobayashi]]", email: "[[EMAIL_ADDRESS:ayumi.k@example-mail.jp]]", phone: "[[PHONE_NUMBER:090-4418-2237]]", role: "admin" },
  { id: 2, fullName: "[[PERSON:Tomasz Zieliński]]", email: "[[EMAIL_ADDRESS:t.zielinski@o2.pl]]", phone: "[[PHONE_NUMBER:+48 601 224 918]]", role: "viewer" },
];""",
    """VOLUNTEER APPLICATION
Name: [[PERSON:Esperanza Ruiz]]    Preferred name: [[PERSON:Espi]]
DOB: [[DATE_TIME:April 2, 1961]]
Address: [[ADDRESS:4120 Mission Blvd]], [[LOCATION:San Diego]], [[LOCATION:CA]] [[ZIP_CODE:92109]]
Phone: [[PHONE_NUMBER:619-271-0094]]    Email: [[EMAIL_ADDRESS:espi.ruiz61@aol.com]]
Languages: English, Spanish    Availability: weekends
Emergency contact: [[PERSON:Luis Ruiz]] (son), [[PHONE_NUMBER:619-801-3376]]""",
    """Dear [[PERSON:Mr. Odhiambo]], your KRA PIN [[ID_NUMBER:A004417829K]] has been linked to your M-Pesa line [[PHONE_NUMBER:0722 419 086]]. Returns for the year are due by 30 June.""",
    """The subject, [[PERSON:Lakshmi Narayanan]], [[AGE:71]], a retired schoolteacher, reported that an unknown caller claiming to be from her bank obtained her card number [[CREDIT_CARD:4503 9372 6103 3952]] and OTP on [[DATE_TIME:19 January 2024]]. She resides at [[ADDRESS:Door No. 7/22, Nungambakkam High Road]], [[LOCATION:Chennai]] [[ZIP_CODE:600034]].""",
    """RE: Invoice INV-2024-0091 — please remit to the contractor's personal account: [[PERSON:Mark Delaney]], [[IBAN_CODE:IE57 AIBK 5599 4840 3433 97]], BIC AIBKIE2D. [[PERSON:Mark]]'s phone is [[PHONE_NUMBER:087 221 4409]] if the bank needs to confirm.""",
    """SCHOOL ENROLMENT FORM
Student: [[PERSON:Aaliyah Mohamed]]    Year level: 7
Date of birth: [[DATE_TIME:23/11/2012]]
Student ID: [[ID_NUMBER:STU-2024-1187]]
Parent/guardian: [[PERSON:Hodan Ali]] — mobile [[PHONE_NUMBER:0431 762 095]]
Home address: [[ADDRESS:9/42 Racecourse Road]], [[LOCATION:Flemington]] [[LOCATION:VIC]] [[ZIP_CODE:3031]]
Medical: asthma (Ventolin kept at front office)""",
    """<user>
  <login>[[USERNAME:dfitzgerald]]</login>
  <fullname>[[PERSON:Declan Fitzgerald]]</fullname>
  <email>[[EMAIL_ADDRESS:declan.fitz@eircom.net]]</email>
  <lastLogin>[[DATE_TIME:2024-04-30 21:07:55]]</lastLogin>
  <lastIp>[[IP_ADDRESS:86.44.121.9]]</lastIp>
  <passwordHash>$2b$12$Kx9v1oQ3qE8rZpL0mN4yUe7tH2wS5cB6aD1fG3jK9lM0nP8qR4sT2</passwordHash>
</user>""",
    """Refund request from [[PERSON:Precious Mahlangu]]: she paid R4 200 with Mastercard [[CREDIT_CARD:5583 4429 2246 7384]] for a flight that was cancelled. Her booking ref is QK7ZP2; phone [[PHONE_NUMBER:+27 83 440 1927]].""",
    """Hi team, [[PERSON:Juliette]] here from Finance. Could you update the vendor record for our freelance translator [[PERSON:Kasia Nowicka]]? New IBAN [[IBAN_CODE:PL35 1090 1014 7641 7413 0492 2451]], new address [[ADDRESS:ul. Mokotowska 48 m. 12]], [[ZIP_CODE:00-543]] [[LOCATION:Warszawa]].""",
    """[[DATE_TIME:2024-01-07 14:22:19]] POST /api/v2/profile 200 uid=[[USERNAME:carlos_p]] ip=[[IP_ADDRESS:190.24.8.155]] ua="okhttp/4.12.0" body={"phone":"[[PHONE_NUMBER:+57 310 482 1190]]","city":"[[LOCATION:Medellín]]"}""",
    """Personal statement: I am [[PERSON:Hamid Rahimi]], an [[NRP:Afghan]] citizen, born on [[DATE_TIME:1 January 1994]] in [[LOCATION:Herat]]. I arrived in the [[LOCATION:UK]] on [[DATE_TIME:17 August 2021]] and currently live at [[ADDRESS:Room 4, 56 Stanley Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 3QE]]. My Home Office reference is H1204471.""",
    """Agent notes: spoke with [[PERSON:Ms. Tiwari]] re: her daughter [[PERSON:Ishita]]'s student loan. Co-signer SSN [[US_SSN:391-08-6652]]. [[PERSON:Ishita]]'s university email [[EMAIL_ADDRESS:ishita.tiwari@rutgers.edu]]. Callback scheduled [[DATE_TIME:Thursday 4/11 at 3:30pm]].""",
    """The Forward Tactics Agent [[PERSON:Kristóf Varga]] left the company on [[DATE_TIME:31.01.2024]]; final pay goes to [[IBAN_CODE:AT12 2011 1788 2813 2856]]. Forwarding address: [[ADDRESS:Mariahilfer Straße 88/14]], [[ZIP_CODE:1070]] [[LOCATION:Wien]].""",
    """[[PERSON:Jasmine Cole]] ([[EMAIL_ADDRESS:jaz.cole@gmail.com]]) bought 2 tickets with JCB [[CREDIT_CARD:3528 3077 9046 4727]]. Seats: Row K 14-15. Billing address [[ADDRESS:70 Queen's Road Central, Flat 22A]], [[LOCATION:Hong Kong]].""",
    """PATIENT INTAKE
Name: [[PERSON:Ngo Thi Thu]]    Preferred language: Vietnamese
DOB: [[DATE_TIME:02-05-1950]]    Age: [[AGE:74]]
Medicare: [[ID_NUMBER:2953 41877 1]]
Address: [[ADDRESS:15 Lonsdale Street]], [[LOCATION:Cabramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2166]]
Phone: [[PHONE_NUMBER:(02) 9724 3318]]
Interpreter required: yes    Referred by: [[PERSON:Dr. Minh Tran]]""",
    """curl -X POST https://api.example-crm.com/v1/contacts -H "Authorization: Bearer sk_live_51Hx9aQ2" -d '{"first_name":"[[PERSON:Owen]]","last_name":"[[PERSON:McAllister]]","email":"[[EMAIL_ADDRESS:owen.mcallister@btopenworld.com]]","phone":"[[PHONE_NUMBER:+44 28 9038 4471]]"}'""",
    """Greetings [[PERSON:Prof. Adebayo Ogundipe]], your conference reimbursement of €640 will be paid to [[IBAN_CODE:BE19 0687 8441 8112]] within 14 days. Please confirm your home address remains [[ADDRESS:Rue Haute 112]], [[ZIP_CODE:1000]] [[LOCATION:Bruxelles]].""",
    """Intake for legal aid: client [[PERSON:Rosa Amaya]], DOB [[DATE_TIME:9/23/1982]], A-number [[ID_NUMBER:A 214 887 031]], [[NRP:Salvadoran]] national, entered the [[LOCATION:US]] in [[DATE_TIME:March 2016]]. Current address [[ADDRESS:77 Brook Ave, Apt 3]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10454]]; phone [[PHONE_NUMBER:347-514-2093]].""",
    """The Human Research Consultant [[PERSON:Talia Ben-David]] reset her password from [[IP_ADDRESS:79.177.140.6]]. Device MAC 5c:f9:38:a1:04:d2. Her payroll card [[CREDIT_CARD:3056 073007 9230]] is due for renewal.""",
    """[[PERSON:Paulo]], the Diners card [[CREDIT_CARD:3652 585098 3200]] you registered with [[EMAIL_ADDRESS:paulo.teixeira@uol.com.br]] has been verified. CPF on file: [[ID_NUMBER:999.904.584-72]].""",
    """Dependent verification: employee [[PERSON:Maya Goldberg]] added [[PERSON:Noah Goldberg]] (son, DOB [[DATE_TIME:2015-10-03]]) and [[PERSON:Eli Goldberg]] (son, DOB [[DATE_TIME:2018-06-14]]) to her dental plan; her employee ID is [[ID_NUMBER:100482]].""",
    """Ship to: [[PERSON:Aroha Parata]], [[ADDRESS:RD 2]], [[LOCATION:Kaikohe]] [[ZIP_CODE:0472]], [[LOCATION:New Zealand]]. Phone [[PHONE_NUMBER:+64 27 441 9083]]. Paid with Maestro [[CREDIT_CARD:6759 6071 7909 1824]].""",
    """Subject: Change of bank details. [[PERSON:Emily Hartmann]] (personnel no. [[ID_NUMBER:71-0442]]) asks that from [[DATE_TIME:1 May]] her salary be paid to [[IBAN_CODE:DE13 2004 1010 1656 4366 11]] rather than her old account at Sparkasse.""",
    """Caller [[PERSON:Zhou Ming]] requests a new SIM for [[PHONE_NUMBER:+86 138 1042 7756]]; verified with passport [[ID_NUMBER:E48819202]] and DOB [[DATE_TIME:1989年3月12日]]. Old SIM ICCID 8986 0011 2233 4455 667 deactivated.""",
    """Visitor log — [[DATE_TIME:Fri 12 Jan 2024 09:02]] — [[PERSON:Mr. Themba Zulu]] — visiting [[PERSON:Ms. Angela Ross]] (Finance) — car reg [[ID_NUMBER:CA 447-812]] — badge V-118 — signed out 11:47.""",
    """[[PERSON:Sofía]], your UnionPay card [[CREDIT_CARD:6220 3601 1101 8817]] was added to the account [[USERNAME:sofia.lee.travels]]. If you didn't do this, contact us from [[EMAIL_ADDRESS:sofia.lee.1994@naver.com]] immediately.""",
    """FÖRSÄKRINGSANMÄLAN – STÖLD
Försäkringstagare: [[PERSON:Anders Lindholm]]
Personnummer: [[ID_NUMBER:830915-2539]]
Adress: [[ADDRESS:Götgatan 64, 3 tr]], [[ZIP_CODE:118 26]] [[LOCATION:Stockholm]]
Telefon: [[PHONE_NUMBER:070-662 18 45]]
Händelsedatum: [[DATE_TIME:2024-03-02, ca 22.30]]
Beskrivning: Cykeln stals från cykelrummet i källaren. Polisanmälan K-4471902-24.
Utbetalning till konto: [[IBAN_CODE:SE03 8000 6735 8690 1823 7884]]""",
    """{"kundnummer": "[[ID_NUMBER:448190]]", "namn": "[[PERSON:Sofia Bergqvist]]", "personnummer": "[[ID_NUMBER:960228-3641]]", "epost": "[[EMAIL_ADDRESS:sofia.bergqvist@telia.com]]", "mobil": "[[PHONE_NUMBER:+46 73 881 42 07]]", "adress": "[[ADDRESS:Kungsgatan 12B]]", "postnummer": "[[ZIP_CODE:753 21]]", "ort": "[[LOCATION:Uppsala]]", "medlemsnivå": "guld"}""",
    """Hej [[PERSON:Mats]], jag har lagt in den nya medarbetaren i lönesystemet: [[PERSON:Johanna Ek]], född [[DATE_TIME:15 juni 1991]], anställningsnummer [[ID_NUMBER:20331]], lönekonto [[IBAN_CODE:SE64 6000 9030 7763 0728 2232]]. Hon börjar [[DATE_TIME:måndag 2 september]]. /[[PERSON:Karin]]""",
    """SKADEMELDING – BIL
Forsikringstaker: [[PERSON:Eirik Haugland]]
Fødselsnummer: [[ID_NUMBER:23047236908]]
Adresse: [[ADDRESS:Øvre Slottsgate 7]], [[ZIP_CODE:0157]] [[LOCATION:Oslo]]
Mobil: [[PHONE_NUMBER:+47 416 88 230]]
Registreringsnummer: [[ID_NUMBER:EL 44871]]
Skadedato: [[DATE_TIME:19.02.2024]]
Motpart: [[PERSON:Marte Nygård]], tlf. [[PHONE_NUMBER:951 20 447]]
Utbetaling til konto [[ID_NUMBER:9516.75.72317]]""",
    """Lejekontrakt for [[ADDRESS:Jagtvej 155, 4. th.]], [[ZIP_CODE:2200]] [[LOCATION:København N]]. Lejer: [[PERSON:Frederik Holm Andersen]], født [[DATE_TIME:3. juli 1972]], tlf. [[PHONE_NUMBER:+45 28 41 90 63]]. Depositum på 42.000 kr. indbetales til udlejers konto [[IBAN_CODE:DK35 1551 1657 4698 80]] senest [[DATE_TIME:1. maj 2024]].""",
    """[[DATE_TIME:2024-02-14 08:31:06]] INFO innlogging bruker=[[USERNAME:ingvild.b]] navn="[[PERSON:Ingvild Bakken]]" ip=[[IP_ADDRESS:84.212.77.19]] klient="BankID mobil"
[[DATE_TIME:2024-02-14 08:33:41]] INFO overføring bruker=[[USERNAME:ingvild.b]] fra=[[ID_NUMBER:4848.06.19393]] til=[[ID_NUMBER:6498.15.62176]] beløp=2500.00""",
    """POTILASTIEDOT
Nimi: [[PERSON:Virtanen, Leena Maria]]
Henkilötunnus: [[ID_NUMBER:080668-7901]]
Osoite: [[ADDRESS:Puistokatu 14 A 9]], [[ZIP_CODE:33200]] [[LOCATION:Tampere]]
Puhelin: [[PHONE_NUMBER:044 519 2208]]
Omainen: [[PERSON:Matti Virtanen]] (puoliso), [[PHONE_NUMBER:040 771 3095]]
Käynti: [[DATE_TIME:12.3.2024 klo 14.15]], lääkäri [[PERSON:Antti Salo]]""",
    """{"asiakas": {"nimi": "[[PERSON:Otto Nieminen]]", "hetu": "[[ID_NUMBER:170392-727K]]", "sahkoposti": "[[EMAIL_ADDRESS:otto.nieminen@elisanet.fi]]", "puhelin": "[[PHONE_NUMBER:+358 50 338 1472]]", "tilinumero": "[[IBAN_CODE:FI65 5000 0131 3766 33]]"}, "osoite": {"katu": "[[ADDRESS:Kauppakatu 9 C 31]]", "postinumero": "[[ZIP_CODE:40100]]", "kaupunki": "[[LOCATION:Jyväskylä]]"}}""",
    """Tukipyyntö #71204: Asiakas [[PERSON:Riikka Laaksonen]] ei pääse kirjautumaan verkkopankkiin. Käyttäjätunnus [[USERNAME:rlaaksonen]], viimeisin kirjautumisyritys IP-osoitteesta [[IP_ADDRESS:91.152.204.66]]. Soittopyyntö numeroon [[PHONE_NUMBER:045 112 8830]] [[DATE_TIME:keskiviikkona 17.4. klo 10]].""",
    """Vehicle ownership transfer: seller [[PERSON:Craig Henderson]] ([[ADDRESS:14 Hollis Rd]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04103]]), buyer [[PERSON:Amina Yusuf]] ([[ADDRESS:301 Forest Ave, Apt 5]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04101]]); plate [[ID_NUMBER:4417 KT]]; sale date 03/29/2024; odometer 88,412.""",
    """Welcome aboard, [[PERSON:Ricardo]]! Your employee badge is [[ID_NUMBER:B-55012]]. Please bring your US passport ([[US_PASSPORT:A04417823]]) or your Illinois driver's license ([[US_DRIVER_LICENSE:S530-4127-8893]]) on your first day, [[DATE_TIME:June 10]], for the I-9.""",
    """Complaint received: [[PERSON:Mrs. Lucy Adjei]] ([[PHONE_NUMBER:020 8802 1146]]) says a courier left her parcel at [[ADDRESS:Flat 2, 14 Stamford Hill]], [[LOCATION:London]] [[ZIP_CODE:N16 5JR]] instead of her address, [[ADDRESS:Flat 12]]. Her Visa ending 9921 was charged for redelivery.""",
    """Credit check result for [[PERSON:Peter Van der Merwe]] (DOB [[DATE_TIME:1980-07-15]]): score 712. Open accounts: 2 credit cards, 1 vehicle finance. Address history: [[ADDRESS:3 Kloof Street]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]] (current); [[ADDRESS:18 Main Road]], [[LOCATION:Somerset West]] (previous).""",
    """## KYC form (retail account)
| Field | Value |
|---|---|
| Full name | [[PERSON:Tan Hui Min Rachel]] |
| NRIC | [[ID_NUMBER:T3377310I]] |
| Date of birth | [[DATE_TIME:08 Nov 2003]] |
| Nationality | [[NRP:Singaporean]] |
| Residential address | [[ADDRESS:Blk 203 Toa Payoh North, #11-1042]], [[LOCATION:Singapore]] [[ZIP_CODE:310203]] |
| Mobile | [[PHONE_NUMBER:+65 9183 4720]] |
| Email | [[EMAIL_ADDRESS:rachel.tan.hm@gmail.com]] |
| Occupation | Undergraduate |
| Source of funds | Allowance, part-time work |""",
]

TABLE = [
    """participant_id,first_name,last_name,dob,site,arm,phone
[[ID_NUMBER:HTN-0112]],[[PERSON:Gloria]],[[PERSON:Mbeki]],[[DATE_TIME:1961-04-17]],Site 03,A,[[PHONE_NUMBER:+27 82 447 1093]]
[[ID_NUMBER:HTN-0113]],[[PERSON:Ravi]],[[PERSON:Pillay]],[[DATE_TIME:1958-10-02]],Site 03,B,[[PHONE_NUMBER:+27 71 220 8834]]
[[ID_NUMBER:HTN-0118]],[[PERSON:Johanna]],[[PERSON:Botha]],[[DATE_TIME:1966-01-29]],Site 05,A,[[PHONE_NUMBER:+27 83 901 5526]]
[[ID_NUMBER:HTN-0121]],[[PERSON:Sizwe]],[[PERSON:Ngcobo]],[[DATE_TIME:1970-07-08]],Site 05,placebo,[[PHONE_NUMBER:+27 60 318 4471]]""",
    """donor_name	email	gift_usd	gift_date	campaign	receipt_sent
[[PERSON:Harriet Olsen]]	[[EMAIL_ADDRESS:holsen@sbcglobal.net]]	250.00	[[DATE_TIME:2023-12-29]]	Year-end appeal	Y
[[PERSON:Marcus]] & [[PERSON:Denise Whitaker]]	[[EMAIL_ADDRESS:whitakerfam@gmail.com]]	1000.00	[[DATE_TIME:2023-12-31]]	Year-end appeal	Y
Anonymous	—	50.00	[[DATE_TIME:2024-01-03]]	Winter coats	N
[[PERSON:Kenji Watanabe]]	[[EMAIL_ADDRESS:k.watanabe@me.com]]	75.00	[[DATE_TIME:2024-01-05]]	Winter coats	Y""",
    """| Volunteer | Mobile | Shift | Role |
|---|---|---|---|
| [[PERSON:Abena Owusu]] | [[PHONE_NUMBER:07488 219 036]] | Sat 9-12 | Sorting |
| [[PERSON:Fergus McBride]] | [[PHONE_NUMBER:07711 390 452]] | Sat 12-3 | Driver |
| [[PERSON:Parveen Akhtar]] | [[PHONE_NUMBER:07925 604 118]] | Sun 10-1 | Front desk |
| [[PERSON:Jude]] (surname not given) | [[PHONE_NUMBER:07380 552 907]] | Sun 1-4 | Sorting |""",
    """EMP_NO  NAME                    DEPT        IBAN
10231   [[PERSON:Hoffmann, Klaus]]         Logistics   [[IBAN_CODE:DE65 1007 0000 0063 1345 26]]
10232   [[PERSON:Yilmaz, Elif]]            Finance     [[IBAN_CODE:DE93 3704 0044 1388 2093 27]]
10240   [[PERSON:Nowak, Piotr]]            Logistics   [[IBAN_CODE:NL83 ABNA 9626 1357 00]]
10244   [[PERSON:Fontaine, Chloé]]         Sales       [[IBAN_CODE:FR76 2004 1010 0586 0938 1619 618]]""",
    """{"customer": "[[PERSON:Aaron Feldman]]", "email": "[[EMAIL_ADDRESS:afeldman@verizon.net]]", "card_last4": "2291", "ip": "[[IP_ADDRESS:71.58.190.44]]", "total": 84.97}
{"customer": "[[PERSON:Priscila Ramos]]", "email": "[[EMAIL_ADDRESS:priscila.ramos@hotmail.com]]", "card_last4": "0418", "ip": "[[IP_ADDRESS:189.121.7.30]]", "total": 12.50}
{"customer": "[[PERSON:Connor Walsh]]", "email": "[[EMAIL_ADDRESS:connorwalsh22@gmail.com]]", "card_last4": "7730", "ip": "[[IP_ADDRESS:2600:1700:3e51:9f0:a4d1:6c2b:17e0:5b38]]", "total": 230.00}""",
    """oncall:
  - name: [[PERSON:Sven Dahlberg]]
    phone: "[[PHONE_NUMBER:+46 70 331 92 84]]"
    slack: "@[[USERNAME:sven.d]]"
    week: 14
  - name: [[PERSON:Adwoa Mensah]]
    phone: "[[PHONE_NUMBER:+44 7520 118 603]]"
    slack: "@[[USERNAME:adwoa]]"
    week: 15
  - name: [[PERSON:Luis Ortega]]
    phone: "[[PHONE_NUMBER:+34 612 48 90 21]]"
    slack: "@[[USERNAME:lortega]]"
    week: 16""",
    """Patient: [[PERSON:Moana Tuilagi]]
NHI: [[ID_NUMBER:ZAC4411]]
DOB: [[DATE_TIME:19/06/1984]]
Ward: 7B

Patient: [[PERSON:Graham Whitby]]
NHI: [[ID_NUMBER:ZKM2095]]
DOB: [[DATE_TIME:02/11/1939]]
Ward: 7B

Patient: [[PERSON:Anjali Devi]]
NHI: [[ID_NUMBER:ZLP8803]]
DOB: [[DATE_TIME:27/03/1997]]
Ward: 9A""",
    """source,outlet,contact,interviewed_on,on_record
[[PERSON:Marguerite Ashby]],freelance,[[EMAIL_ADDRESS:m.ashby.writes@gmail.com]],[[DATE_TIME:2024-02-02]],yes
[[PERSON:Dele Alabi]],—,[[PHONE_NUMBER:+234 909 114 3382]],[[DATE_TIME:2024-02-05]],no
"[[PERSON:Hernández, Luz]]",—,[[PHONE_NUMBER:(505) 471-2290]],[[DATE_TIME:2024-02-09]],background only
[[PERSON:Sam Whitcombe]],The Courier,[[EMAIL_ADDRESS:sam.whitcombe@courier-news.co.uk]],[[DATE_TIME:2024-02-11]],yes""",
    """| Student ID | Student | Grade | Guardian phone |
|------------|---------|-------|----------------|
| [[ID_NUMBER:240113]] | [[PERSON:Chinonso Eze]] | B+ | [[PHONE_NUMBER:(404) 872-1190]] |
| [[ID_NUMBER:240117]] | [[PERSON:Lily-Mae Porter]] | A | [[PHONE_NUMBER:(404) 339-5521]] |
| [[ID_NUMBER:240125]] | [[PERSON:Mateo Silva]] | C | [[PHONE_NUMBER:(678) 410-0036]] |""",
    """guest,passport_no,nationality,room,check_in
[[PERSON:Henrik Strand]],[[ID_NUMBER:FJ4418230]],[[NRP:Norwegian]],412,[[DATE_TIME:2024-07-03]]
[[PERSON:Ayaka Mori]],[[ID_NUMBER:TR8821047]],[[NRP:Japanese]],415,[[DATE_TIME:2024-07-03]]
[[PERSON:Oluwadamilare Ojo]],[[ID_NUMBER:B50219384]],[[NRP:Nigerian]],508,[[DATE_TIME:2024-07-04]]
[[PERSON:Grace Kim]],[[US_PASSPORT:548812093]],[[NRP:American]],508,[[DATE_TIME:2024-07-04]]""",
    """consignee	address	postcode	phone	tracking	weight_kg
[[PERSON:R. Gallagher]]	[[ADDRESS:44 Connaught Avenue]], [[LOCATION:Frinton-on-Sea]]	[[ZIP_CODE:CO13 9PW]]	[[PHONE_NUMBER:07912 448 301]]	JD014600009871234522	2.4
[[PERSON:Aleksandra Wójcik]]	[[ADDRESS:Flat 5, 210 Cowley Road]], [[LOCATION:Oxford]]	[[ZIP_CODE:OX4 1UH]]	[[PHONE_NUMBER:07531 902 774]]	JD014600009871234539	0.8
[[PERSON:Imran Butt]]	[[ADDRESS:3 Ladybarn Lane]], [[LOCATION:Fallowfield]]	[[ZIP_CODE:M14 6NQ]]	[[PHONE_NUMBER:0161 224 9083]]	JD014600009871234546	11.0""",
    """| Unit | Tenant | Rent (USD) | Lease start | Contact |
| :--- | :--- | ---: | :--- | :--- |
| [[ADDRESS:2B]] | [[PERSON:Darnell Hughes]] | 1,450 | [[DATE_TIME:Mar 1, 2023]] | [[EMAIL_ADDRESS:dhughes.nyc@gmail.com]] |
| [[ADDRESS:3A]] | [[PERSON:Yelena Sokolova]] | 1,525 | [[DATE_TIME:Sep 15, 2022]] | [[PHONE_NUMBER:917-440-2218]] |
| [[ADDRESS:5A]] | [[PERSON:Kwesi Appiah]] & [[PERSON:Efua Appiah]] | 1,600 | [[DATE_TIME:Jan 1, 2024]] | [[PHONE_NUMBER:646-772-0931]] |""",
    """NAME                 SSN          ST  DL_NUMBER
[[PERSON:BRADLEY, KEVIN M]]     [[US_SSN:402-81-3307]]  [[LOCATION:KY]]  [[US_DRIVER_LICENSE:S12-448-903]]
[[PERSON:NGUYEN, THAO]]         [[US_SSN:627-44-1098]]  [[LOCATION:TX]]  [[US_DRIVER_LICENSE:41082277]]
[[PERSON:OKONJO, ADA]]          [[US_SSN:145-70-2261]]  [[LOCATION:NJ]]  [[US_DRIVER_LICENSE:O4127 60331 78502]]
[[PERSON:RIVERA, JOSE L]]       [[US_SSN:584-02-9917]]  [[LOCATION:CA]]  [[US_DRIVER_LICENSE:D7730184]]""",
    """{"user": "[[USERNAME:akhanna]]", "ip": "[[IP_ADDRESS:49.207.53.18]]", "ts": "[[DATE_TIME:2024-06-11T07:02:44+05:30]]", "result": "ok"}
{"user": "[[USERNAME:bvogel]]", "ip": "[[IP_ADDRESS:87.123.201.9]]", "ts": "[[DATE_TIME:2024-06-11T03:40:12+02:00]]", "result": "locked"}
{"user": "[[USERNAME:cmwangi]]", "ip": "[[IP_ADDRESS:197.248.16.120]]", "ts": "[[DATE_TIME:2024-06-11T04:15:57+03:00]]", "result": "ok"}""",
    """subject,age,sex,event,grade,onset
[[ID_NUMBER:S-014]],[[AGE:52]],F,nausea,1,[[DATE_TIME:2024-03-04]]
[[ID_NUMBER:S-022]],[[AGE:67]],M,dizziness,2,[[DATE_TIME:2024-03-09]]
[[ID_NUMBER:S-031]],[[AGE:45]],F,rash,1,[[DATE_TIME:2024-03-11]]
[[ID_NUMBER:S-031]],[[AGE:45]],F,headache,1,[[DATE_TIME:2024-03-12]]""",
    """namn;personnummer;telefon;ort;medlem_sedan
[[PERSON:Erik Sandberg]];[[ID_NUMBER:910923-0335]];[[PHONE_NUMBER:070-215 48 93]];[[LOCATION:Västerås]];2019
[[PERSON:Maja Holm]];[[ID_NUMBER:640130-4420]];[[PHONE_NUMBER:076-902 33 11]];[[LOCATION:Örebro]];2008
[[PERSON:Ali Hussein]];[[ID_NUMBER:751208-7672]];[[PHONE_NUMBER:072-448 19 07]];[[LOCATION:Södertälje]];2021""",
    """| navn | fødselsnummer | adresse | postnr | sted |
|------|---------------|---------|--------|------|
| [[PERSON:Kari Nordmo]] | [[ID_NUMBER:15038318001]] | [[ADDRESS:Storgata 41]] | [[ZIP_CODE:9008]] | [[LOCATION:Tromsø]] |
| [[PERSON:Håkon Vik]] | [[ID_NUMBER:02079421793]] | [[ADDRESS:Bryggen 9]] | [[ZIP_CODE:5003]] | [[LOCATION:Bergen]] |
| [[PERSON:Nora Aasen]] | [[ID_NUMBER:11079024041]] | [[ADDRESS:Munkegata 22, leil. H0302]] | [[ZIP_CODE:7011]] | [[LOCATION:Trondheim]] |""",
    """Navn	CPR-nr.	E-mail	Hold
[[PERSON:Louise Bech]]	[[ID_NUMBER:030772-0396]]	[[EMAIL_ADDRESS:louise.bech@mail.dk]]	Tirsdag
[[PERSON:Camilla Skov Jensen]]	[[ID_NUMBER:261195-4398]]	[[EMAIL_ADDRESS:camillaskov95@gmail.com]]	Torsdag""",
    """nimi: [[PERSON:Heikki Lahtinen]]
hetu: [[ID_NUMBER:311255-831N]]
osoite: [[ADDRESS:Rantakatu 5 as. 3]], [[ZIP_CODE:90100]] [[LOCATION:Oulu]]
puhelin: [[PHONE_NUMBER:0400 228 715]]

nimi: [[PERSON:Emilia Koskinen]]
hetu: [[ID_NUMBER:040201A252K]]
osoite: [[ADDRESS:Aleksanterinkatu 21 B 14]], [[ZIP_CODE:15110]] [[LOCATION:Lahti]]
puhelin: [[PHONE_NUMBER:050 612 0944]]""",
    """cardholder,card_number,exp,cvv,amount,status
[[PERSON:Trevor Ngata]],[[CREDIT_CARD:4448892281845166]],10/26,417,59.00,approved
[[PERSON:Yasmin El-Amin]],[[CREDIT_CARD:5280265587643817]],03/25,092,120.40,declined
[[PERSON:Gustavo Lima]],[[CREDIT_CARD:377296528603516]],12/27,8841,15.99,approved""",
    """speakers:
  - name: "[[PERSON:Dr. Chiamaka Nwankwo]]"
    talk: "Federated learning in rural clinics"
    x_handle: "[[USERNAME:chiamaka_codes]]"
    site: "[[URL:https://chiamakanwankwo.dev]]"
  - name: "[[PERSON:Rasmus Lund]]"
    talk: "Postgres at 3am"
    x_handle: "[[USERNAME:rasmuslund]]"
    site: "[[URL:https://github.com/rasmuslund]]"
  - name: "[[PERSON:Priya Balasubramanian]]"
    talk: "Accessible forms"
    x_handle: null
    site: "[[URL:https://www.linkedin.com/in/priya-bala-a11y]]\"""",
    """member_no,name,age,plan,joined
[[ID_NUMBER:M0041]],[[PERSON:Keisha Grant]],[[AGE:29]],off-peak,[[DATE_TIME:14/01/2024]]
[[ID_NUMBER:M0042]],[[PERSON:Dominic Rossi]],[[AGE:51]],full,[[DATE_TIME:15/01/2024]]
[[ID_NUMBER:M0047]],[[PERSON:Sade Adebayo]],[[AGE:33]],student,[[DATE_TIME:22/01/2024]]
[[ID_NUMBER:M0050]],[[PERSON:Will Thornton]],[[AGE:64]],senior,[[DATE_TIME:01/02/2024]]""",
    """| Child | Allergies | Contact 1 | Phone | Contact 2 | Phone |
|---|---|---|---|---|---|
| [[PERSON:Isla Murray]] | none | [[PERSON:Fiona Murray]] | [[PHONE_NUMBER:07818 220 431]] | [[PERSON:Iain Murray]] | [[PHONE_NUMBER:07700 145 982]] |
| [[PERSON:Zain Qureshi]] | peanuts | [[PERSON:Sana Qureshi]] | [[PHONE_NUMBER:07455 091 337]] | — | — |
| [[PERSON:Harper Doyle]] | penicillin | [[PERSON:Aoife Doyle]] | [[PHONE_NUMBER:+353 86 220 4417]] | [[PERSON:Mary Doyle]] (gran) | [[PHONE_NUMBER:01 845 2290]] |""",
    """owner,pet,species,phone,address
[[PERSON:Janet Moorcroft]],Pickle,cat,[[PHONE_NUMBER:01904 622 107]],"[[ADDRESS:8 Bishopthorpe Road]], [[LOCATION:York]]"
[[PERSON:Dev Anand Sharma]],Bruno,dog,[[PHONE_NUMBER:07866 330 219]],"[[ADDRESS:21 Heworth Green]], [[LOCATION:York]]"
[[PERSON:Alice Fenwick]],Captain,rabbit,[[PHONE_NUMBER:07400 881 526]],"[[ADDRESS:The Old Forge, Main Street]], [[LOCATION:Stamford Bridge]]\"""",
    """payee	iban	bic	reference	amount_eur
[[PERSON:Margit Szabó]]	[[IBAN_CODE:ES66 0049 1500 0561 9945 7300]]	BSCHESMMXXX	Translation Feb	640.00
[[PERSON:Tiago Moreira]]	[[IBAN_CODE:PT50 0033 0000 9410 3766 1275 6]]	BCOMPTPL	Illustration	1200.00
[[PERSON:Fenna de Boer]]	[[IBAN_CODE:NL75 RABO 2561 3057 24]]	RABONL2U	Voice-over	380.00
[[PERSON:Arnaud Lefebvre]]	[[IBAN_CODE:BE23 3102 8399 7191]]	BBRUBEBB	Subtitles	275.00""",
    """NHS No        SURNAME      FORENAME   DOB         POSTCODE
[[ID_NUMBER:188 453 5178]]  [[PERSON:PATEL]]        [[PERSON:KIRAN]]      [[DATE_TIME:03/05/1958]]  [[ZIP_CODE:LE4 6RB]]
[[ID_NUMBER:706 443 9395]]  [[PERSON:O'SULLIVAN]]   [[PERSON:MAUREEN]]    [[DATE_TIME:21/12/1944]]  [[ZIP_CODE:LE2 1TQ]]""",
    """{"respondent": "[[EMAIL_ADDRESS:tomasz.k@wp.pl]]", "age": [[AGE:38]], "country": "[[LOCATION:Poland]]", "nps": 9}
{"respondent": "[[EMAIL_ADDRESS:adaeze.n@yahoo.com]]", "age": [[AGE:24]], "country": "[[LOCATION:Nigeria]]", "nps": 6}
{"respondent": "[[EMAIL_ADDRESS:j.oconnor@eircom.net]]", "age": [[AGE:57]], "country": "[[LOCATION:Ireland]]", "nps": 10}
{"respondent": "anonymous", "age": null, "country": "[[LOCATION:Canada]]", "nps": 3}""",
    """Witness 1
  Name: [[PERSON:Gerald Pike]]
  Address: [[ADDRESS:16 Brunswick Street]], [[LOCATION:Fitzroy]] [[LOCATION:VIC]] [[ZIP_CODE:3065]]
  Phone: [[PHONE_NUMBER:0403 118 927]]
Witness 2
  Name: [[PERSON:Mai Nguyen]]
  Address: [[ADDRESS:Apt 9, 101 Smith Street]], [[LOCATION:Collingwood]] [[LOCATION:VIC]] [[ZIP_CODE:3066]]
  Phone: [[PHONE_NUMBER:0422 640 015]]""",
    """name,class_of,city,profile
[[PERSON:Olamide Fashola]],2009,[[LOCATION:Houston]],[[URL:https://www.linkedin.com/in/olamidefashola]]
[[PERSON:Beth Carrington]],2011,[[LOCATION:Denver]],
[[PERSON:Raj Malhotra]],2009,[[LOCATION:Seattle]],[[URL:https://rajmalhotra.me]]""",
    """| Employee | PAN | Aadhaar | Mobile |
|---|---|---|---|
| [[PERSON:Sneha Kulkarni]] | [[ID_NUMBER:CKLPK7782M]] | [[ID_NUMBER:7720 0550 5979]] | [[PHONE_NUMBER:98220 41357]] |
| [[PERSON:Mohammed Irfan]] | [[ID_NUMBER:AWQPI3104G]] | [[ID_NUMBER:9380 9533 6507]] | [[PHONE_NUMBER:+91 99001 83274]] |""",
    """customer_name,bvn,phone,state
[[PERSON:Chiamaka Obi]],[[ID_NUMBER:22410938872]],[[PHONE_NUMBER:08034127790]],[[LOCATION:Enugu]]
[[PERSON:Yakubu Danjuma]],[[ID_NUMBER:22193004418]],[[PHONE_NUMBER:07065521903]],[[LOCATION:Kano]]
[[PERSON:Funmilayo Adeyemi]],[[ID_NUMBER:22387716250]],[[PHONE_NUMBER:09012446830]],[[LOCATION:Oyo]]""",
    """Name               | SIN         | Province | Start date
-------------------|-------------|----------|-----------
[[PERSON:Marc-André Gagnon]]  | [[ID_NUMBER:504 785 486]] | [[LOCATION:QC]]       | [[DATE_TIME:2024-05-06]]
[[PERSON:Harpreet Gill]]      | [[ID_NUMBER:780 469 656]] | [[LOCATION:BC]]       | [[DATE_TIME:2024-05-13]]""",
    """name	mpesa_phone	national_id	amount_kes
[[PERSON:Wanjiku Kamau]]	[[PHONE_NUMBER:0712 448 390]]	[[ID_NUMBER:30418827]]	4,500
[[PERSON:Otieno Odhiambo]]	[[PHONE_NUMBER:0733 902 117]]	[[ID_NUMBER:27719034]]	2,000
[[PERSON:Halima Abdullahi]]	[[PHONE_NUMBER:0798 210 664]]	[[ID_NUMBER:35512790]]	7,250""",
    """press_list:
  - name: [[PERSON:Ruth Abernathy]]
    outlet: Regional Health Weekly
    email: [[EMAIL_ADDRESS:ruth.abernathy@rhweekly.com]]
    mobile: "[[PHONE_NUMBER:+1 612 880 4427]]"
  - name: [[PERSON:Kwame Darko]]
    outlet: freelance
    email: [[EMAIL_ADDRESS:kwamedarko.journo@gmail.com]]
    mobile: "[[PHONE_NUMBER:+233 24 418 9920]]"
  - name: newsdesk
    outlet: City Radio
    email: newsdesk@cityradio.fm""",
    """driver,licence_no,plate,pickup
[[PERSON:Fraser Kelly]],[[ID_NUMBER:KELLY702186FJ9LM]],[[ID_NUMBER:SG73 ZXP]],[[DATE_TIME:2024-08-02 09:00]]
[[PERSON:Anita Bose]],[[ID_NUMBER:BOSE9658104A99KT]],[[ID_NUMBER:SG73 ZXP]],[[DATE_TIME:2024-08-02 09:00]]
[[PERSON:Callum Reid-Dunn]],[[ID_NUMBER:REIDD803253CR8QW]],[[ID_NUMBER:LB22 HKE]],[[DATE_TIME:2024-08-05 17:30]]""",
]

CHAT = [
    """[14:02] Bot: Hi! You're chatting with Harbour Bank. What can we help with?
[14:02] [[PERSON:Tamsin Rowe]]: I lost my debit card on the train this morning
[14:03] [[PERSON:Olu]] (Agent): Sorry to hear that, [[PERSON:Tamsin]]. Can you confirm your date of birth and postcode?
[14:03] [[PERSON:Tamsin Rowe]]: [[DATE_TIME:22/09/1993]], [[ZIP_CODE:BS6 5QA]]
[14:04] [[PERSON:Olu]] (Agent): Thanks. I can see the card ending 3318. I've frozen it now. Shall we send the replacement to [[ADDRESS:41 Cotham Brow]]?
[14:04] [[PERSON:Tamsin Rowe]]: yes please. and can you text me on [[PHONE_NUMBER:07942 118 530]] when it's dispatched
[14:05] [[PERSON:Olu]] (Agent): Done. Reference for this chat is CH-99120.""",
    """Mum: [[PERSON:Kofi]] what's your new address again? I want to post the birthday parcel
[[PERSON:Kofi]]: [[ADDRESS:Flat 9, Belvedere House, 12 Commercial Road]], [[LOCATION:Southampton]] [[ZIP_CODE:SO15 1GD]]
Mum: and the flat buzzer?
[[PERSON:Kofi]]: just ring 9, or call me [[PHONE_NUMBER:07598 302 667]] when the courier's there
[[PERSON:Abena]]: mum he's turning [[AGE:30]] not 13, he doesn't need a parcel of sweets 😂
Mum: I will send what I like
[[PERSON:Kofi]]: send the sweets""",
    """#clinic-ops
[[PERSON:Dr. Yara Haddad]] 9:12 AM
Can someone call participant [[ID_NUMBER:RSV-2207]] ([[PERSON:Mr. Desmond Clarke]]) to move his Thursday visit? He's on [[PHONE_NUMBER:0121 496 3380]].
[[PERSON:Ben Okafor]] 9:15 AM
On it. Is [[DATE_TIME:Friday 19 April at 9:30]] OK with you?
[[PERSON:Dr. Yara Haddad]] 9:16 AM
Yes. Also his wife [[PERSON:Marjorie]] is the contact if he doesn't pick up, [[PHONE_NUMBER:07700 318 204]].
[[PERSON:Ben Okafor]] 9:41 AM
Rebooked ✅ He said to use the side door at [[ADDRESS:58 Wake Green Road]] if we do the home visit.""",
    """[[PERSON:Ebba]] (kundtjänst): Hej och välkommen! Vad kan jag hjälpa dig med?
[[PERSON:Oskar Lund]]: Hej, jag har flyttat och vill byta adress för elavtalet
[[PERSON:Ebba]] (kundtjänst): Absolut. Kan du bekräfta ditt personnummer?
[[PERSON:Oskar Lund]]: [[ID_NUMBER:020617-6935]]
[[PERSON:Ebba]] (kundtjänst): Tack [[PERSON:Oskar]]. Vilken är den nya adressen?
[[PERSON:Oskar Lund]]: [[ADDRESS:Nygatan 18 lgh 1203]], [[ZIP_CODE:602 34]] [[LOCATION:Norrköping]]. Jag flyttade in [[DATE_TIME:1 mars]]
[[PERSON:Ebba]] (kundtjänst): Perfekt, det är ändrat. Fakturan skickas till [[EMAIL_ADDRESS:oskar.lund02@hotmail.se]] som tidigare.""",
    """[[PERSON:Nadia K]]: got hold of the former warden. [[PERSON:Franklin Obi]], [[AGE:66]], lives in [[LOCATION:Peterborough]] now
[[PERSON:Nadia K]]: he'll talk [[DATE_TIME:Tue 7 May, 11am]] at his place
[[PERSON:Jack Tremlett]]: address?
[[PERSON:Nadia K]]: [[ADDRESS:27 Lincoln Road]], [[ZIP_CODE:PE1 2RP]]. landline [[PHONE_NUMBER:01733 562 094]], he doesn't do mobiles
[[PERSON:Jack Tremlett]]: great. I'll bring the recorder. on record?
[[PERSON:Nadia K]]: on record for the early years, off for anything after 2015""",
    """Food bank volunteers 🍞
[[PERSON:Carol]]: Who can do the Tuesday van run? [[PERSON:Dennis]] is off sick
[[PERSON:Rashid Begum]]: I can, but I need the van key code
[[PERSON:Carol]]: Sent by DM. Pick-ups are [[PERSON:Mrs. Patel]] at [[ADDRESS:4 Orchard Way]] and [[PERSON:Mr. Haines]] at [[ADDRESS:19a Mill Lane]]
[[PERSON:Rashid Begum]]: 👍 [[PERSON:Mr Haines]]' number still [[PHONE_NUMBER:01482 330 719]]?
[[PERSON:Carol]]: Yes. And [[PERSON:Dennis]] says get well cards to [[EMAIL_ADDRESS:dennis.fairclough@sky.com]] 😄""",
    """You are now chatting with [[PERSON:Marco]] from FibreNet support.
[[PERSON:Marco]]: Hi! Can I have the account holder's name and the account number?
Customer: [[PERSON:Priya Ramaswamy]], account [[ID_NUMBER:FN-30071842]]
[[PERSON:Marco]]: Thanks [[PERSON:Priya]]. I see your router at [[IP_ADDRESS:82.14.209.177]] dropped 14 times last night. Can you give me the MAC on the sticker?
Customer: B0:4E:26:71:AA:09
[[PERSON:Marco]]: Great. I'm sending an engineer to [[ADDRESS:62 Kingfisher Drive]], [[LOCATION:Reading]] on [[DATE_TIME:Wednesday 12th June between 8am and 1pm]]. Is [[PHONE_NUMBER:07402 998 117]] still the best number?
Customer: yes""",
    """Marketplace - Sofa, grey 3-seater - £120
[[PERSON:Jamal Rahman]]: Hi is this still available?
[[PERSON:Helen Forsyth]]: Yes! Collection only from [[ADDRESS:7 Tern Close]], [[LOCATION:Gorleston]]
[[PERSON:Jamal Rahman]]: Could I come Saturday? I can pay cash or bank transfer
[[PERSON:Helen Forsyth]]: Saturday's fine. Transfer to [[IBAN_CODE:GB26 MONZ 0907 6214 5739 75]] if easier, name [[PERSON:H Forsyth]]
[[PERSON:Jamal Rahman]]: Perfect. My number's [[PHONE_NUMBER:07733 401 585]] in case you need it""",
]

LOOKALIKE = [
    """Thanks for your order, [[PERSON:Nkosana]]! Order no. 4417-220918-77 has shipped in two parcels (tracking 1Z 9W4 872 03 4417 2209 and 1Z 9W4 872 03 4417 2216). Items: SKU TBL-OAK-180-NAT x1, SKU CHR-OAK-45-GRY x4. Invoice INV/2024/00912 is attached. Questions? Call customer care on 0800 044 1722 or write to orders@oakandhearth.co.za — please quote your order number, not your card details.""",
    """Release 10.2.1.4 (build 20240311.3) replaces 10.2.0.17. Checksums: sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 (installer), md5 9e107d9d372bb6826bd81d3542a419d6 (docs). Fixed: CVE-2024-21412 in the parser; a crash when the netmask field held 255.255.255.0 followed by a space; serial numbers longer than SN-0000-0000-0000 were truncated. Device firmware 4.4.18.2 is required.""",
    """Reading list for the neurology rotation: [[PERSON:Oliver Sacks]], The Man Who Mistook His Wife for a Hat (ISBN 978-0-14-206004-9 — no, that is the audiobook; the paperback is 978-1-84965-656-6); a review of Alzheimer's and Parkinson's disease staging; and the Guillain-Barré chapter in the ward handbook. Lectures are in the Florey Building on Martin Luther King Jr. Boulevard, room 2.14. Compiled by [[PERSON:Dr. Aarav Sinha]]; send corrections to [[EMAIL_ADDRESS:aarav.sinha@nhs.net]].""",
    """Yhteystiedot: Pohjolan Puutarha Oy, Y-tunnus 2060020-6, Mannerheimintie (katuosoite ilmoitetaan tilausvahvistuksessa), asiakaspalvelu 010 442 2900 (ark. 8–16), sähköposti asiakaspalvelu@pohjolanpuutarha.fi. Tilausnumero 58812-FI ja laskuviite 1102 40077 3. Kuljettajamme [[PERSON:Jari]] soittaa ennen toimitusta numerosta [[PHONE_NUMBER:040 551 2938]].""",
    """Goods received 14:20: pallet PLT-000418 (GTIN 05012345678900, lot L2403-118, best before 2025-09-30), pallet PLT-000419 (lot L2403-119). Purchase order PO-77120, supplier invoice 882-44719, carrier ref CRG/558/2024. Two cartons damaged; photos filed under case DMG-2024-0311. Checked in by [[PERSON:Wiktor Zając]].""",
    """CHG-8812: rotate TLS certs on app-prod-07 and app-prod-08 (asset IDs 7f3c2a9e-41d0-4b8e-9a2c-5d1e7b0f3c44 and 0b9d8e17-6c2a-4f51-8e03-29ab4c7d1e65). Current build v3.18.240, commit 4e1f9a7c2b; NIC MACs 00:50:56:9a:11:03 and 00:50:56:9a:11:04. Rollback plan: redeploy v3.18.239. Change window Saturday 02:00-04:00 UTC. Requested by [[PERSON:Ingrid Halvorsen]] ([[EMAIL_ADDRESS:ingrid.halvorsen@nordlys-it.no]]); approvals via cab@nordlys-it.no.""",
    """Walking tour meets at Nelson's Column, then heads up Charing Cross Road past the Dickens house plaques to the Sherlock Holmes pub on Northumberland Street. Stop for a Dr Pepper or a Ben & Jerry's near Victoria Embankment, then take the Elizabeth line from Tottenham Court Road. Tickets and group bookings: 020 3141 5900 or tours@citystrolls.co.uk. Your guide on the day is [[PERSON:Matilda]]; if you're running late, text her on [[PHONE_NUMBER:07481 332 906]].""",
]


STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind89", STYLES, OUT)


if __name__ == "__main__":
    main()

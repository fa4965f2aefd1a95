"""Build tests/data/blind129.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind129.py

Blind: written without any knowledge of the detector. Read, and nothing
else: lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines) and its tail from
`STYLES = {` to the end (the scaffolding copied below), gold_sets.py whole,
and lines 1-64 of make_handwritten.py (conventions, the MARK and
TITLE_IN_NAME regexes, `parse()`). Not read: minimize/, recognizers/, any
test other than those lines, bench/, the README, any *.jsonl (this set's
output included), any other make_*.py, git history, log or status. The
detector, the bench and the tests were never run. Do not tune the detector
against this set: once used to tune, it no longer measures anything; write
a new one instead.

Every record is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py.
Check digits were worked out with throwaway code while writing (nothing
here generates them): cards pass Luhn, IBANs pass mod-97 with their
country's length (`gold_sets.check` re-checks both; the national check
inside the Belgian IBAN is right too, the other national BBAN checks were
not looked at). Valid check digits were also given to the Australian TFNs
and Medicare numbers, New Zealand IRD numbers and (old-format) NHI
numbers, UK NHS numbers and UPNs, Canadian SINs, Aadhaar numbers,
Singapore NRICs, South African ids (agreeing with sex and birth date),
the Polish PESEL, and the look-alike ISBN-13s. Not checked (no public
check digit or none used): PNG NID numbers, Vanuatu and Solomon Islands
ids, passports, US SSNs, PAN, BVN, NIN, KRA PIN, Kenyan and Sri Lankan
ids, Philippine SSS, Argentine DNI, UK NI numbers, licences, plates, bank
accounts, and staff, student, observer, landowner and member numbers.

Styles (ids `blind129-<style>-NNN`; 240 records). About nine in ten are in
English (US, UK, Ireland, Canada, Australia, New Zealand, India, Nigeria,
Kenya, South Africa, Singapore, the Philippines and many more, and English
from Papua New Guinea, Vanuatu and the Solomon Islands, with names from the
many cultures living there); 24 are in Tok Pisin (14) or Bislama (10),
spread over the styles. Extra weight on fisheries and fisheries observers,
mining landowner and royalty payments, and seasonal workers in Australia
(PALM) and New Zealand (RSE): about 75 of the 190 bench and gen records.
- `bench` (100): records in the manner of ai4privacy pii-masking
  200k/300k/400k (odd mixed sentences dense with names, job titles,
  streets with building numbers, secondary addresses, IPs, MACs, user
  agents, card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1
  (claims, contracts, medical and loan forms, notices, deeds, minutes) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML config, code, HTTP
  requests, tickets and forms).
- `gen` (90): one to four LLM-style sentences with personal data woven
  into prose; names at the start, middle and end, lowercase and
  possessive; ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small table per record (CSV, TSV, pipes / Markdown,
  fixed-width, JSON lines, YAML, key: value blocks), varied column names
  and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, speakers'
  names and the personal data they trade.
- `lookalike` (7): text full of non-PII that looks like PII (order,
  tracking, invoice and accession refs, SKUs, ISBNs, IP-shaped versions,
  hashes, UUIDs, serials, tenement and ILG numbers, company phones, role
  mailboxes, eponyms, streets named after people with no number), with
  the few real PII values labeled; one has no PII at all.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials; a possessive
  "'s" is outside. TITLE: honorifics and ranks attached to a name, apart
  from it; job titles are not TITLE, family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names, PNG "Section / Lot / Allotment" addresses;
  city, district, province, state, island, village and country are
  LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, arrival, start, visit,
  signature, letter, payment to them ...) with a day or a month, any shape;
  a weekday or clock time said with such a date is inside the span, a time
  or weekday alone is not; no bare years, durations, or dates not tied to
  a person.
- AGE: the number only. USERNAME: handle without "@". NRP: nationality,
  religion or political group. ID_NUMBER: national, tax and social
  security ids, patient, staff, student, customer and member numbers, bank
  accounts, non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents,
  MACs, BSB / sort / routing codes, BIC, CVVs, expiries, PINs, order /
  ticket / claim / policy / booking / case / tracking references, company
  phones and role mailboxes, versions, hashes, serials, partial numbers,
  pets, eponyms, header rows.
- Calls made for this set: a timestamp heading a log line or in an event
  "ts" field is not labeled, while a person's field (dob, last_login of a
  person's account, arrival, appointment) is; every host IP address is
  IP_ADDRESS (servers too), a CIDR range is not; a service account name is
  not a USERNAME, chat handles are; clan, sub-clan and ILG names and ILG
  numbers, vessel names, call signs, mining lease and licence numbers are
  not labeled, while observer, seaman's book, landowner, beneficiary,
  worker, badge, provider and superannuation member numbers are ID_NUMBER;
  a New Zealand account written with its bank and branch prefix is one
  ID_NUMBER span; Tok Pisin "krismas" ages keep only the number as AGE;
  Tok Pisin and Bislama place names (Ostrelia, Niu Silan, Niu Ailan) are
  LOCATION; titles outside TITLE_IN_NAME (Hon., Capt., Constable, DC,
  Phra, and MS / MSTR after an airline-style name) are marked apart as
  TITLE; a month with a year of a person's event ("Disemba 2023") is
  DATE_TIME; a house or venue name before the street number is inside
  ADDRESS; "Ni-Vanuatu", "Solomon Islander", "Papua New Guinean",
  "Tongan", "Fijian", religions and a party name are NRP; a city is
  LOCATION even in a company context (lookalikes, branch columns).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind129.jsonl")

GEN = [
    """[[PERSON:Joel Tarilongi]], a [[AGE:27]]-year-old picker from [[LOCATION:Tanna]], arrived in [[LOCATION:Mildura]] on [[DATE_TIME:14 November 2023]] under the PALM scheme and is housed at [[ADDRESS:Unit 4, 18 Deakin Avenue]], [[LOCATION:Mildura]] [[LOCATION:VIC]] [[ZIP_CODE:3500]]. If there is a problem with his roster, text him on [[PHONE_NUMBER:0427 318 904]].""",
    """My daughter [[PERSON:Aroha]] turns [[AGE:7]] on [[DATE_TIME:3 March]] and the party is at our place, [[ADDRESS:42 Kowhai Street]], [[LOCATION:Te Puke]] — text [[PERSON:Hemi]] on [[PHONE_NUMBER:021 448 3107]] if you get lost.""",
    """Fisheries observer [[PERSON:Lucy Wambi]] (observer ID [[ID_NUMBER:PGOB-2231]]) boarded the purse seiner at [[LOCATION:Wewak]] on [[DATE_TIME:2 February 2024]] and came ashore in [[LOCATION:Madang]] thirty-eight days later. Her debrief with [[PERSON:Mr. Kila Vagi]] is set for [[DATE_TIME:Monday 11 March at 9:00]].""",
    """The royalty cheque for the [[PERSON:Ipara]] family was signed over to their agent, [[PERSON:Thomas Pundari]], whose BSP account [[ID_NUMBER:1001 4467 2298]] received K14,250 on [[DATE_TIME:19 April 2023]].""",
    """hey it's [[PERSON:marcus oyelaran]], my new address is [[ADDRESS:2281 W Belmont Ave Apt 3F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60618]] — please update it before my prescription refill ships""",
    """[[PERSON:Mrs. Eileen Gallagher]], NHS number [[ID_NUMBER:485 777 3023]], has been booked for a hip review at St James's on [[DATE_TIME:Thursday 6 June 2024, 14:15]]. Her daughter [[PERSON:Niamh]] will bring her.""",
    """Nem bilong mi [[PERSON:Kessy Yapu]], mi gat [[AGE:31]] krismas, na mi laik go wok long farm long [[LOCATION:Bundaberg]] long PALM skim. Pasport namba bilong mi em [[ID_NUMBER:P2045817]] na fon bilong mi [[PHONE_NUMBER:7194 3368]].""",
    """Please release the deposit to [[PERSON:Anjali Menon]]; her Aadhaar is [[ID_NUMBER:7392 4810 5626]] and she moved into [[ADDRESS:Flat B-704, Lodha Amara, Kolshet Road]], [[LOCATION:Thane]] [[ZIP_CODE:400607]] on [[DATE_TIME:1st August]].""",
    """[[PERSON:Siosaia Fifita]] from [[LOCATION:Vava'u]] has done four RSE seasons at the same orchard in [[LOCATION:Hawke's Bay]]. His IRD number is [[ID_NUMBER:107-364-528]] and his payslips go to [[EMAIL_ADDRESS:siosaia.fifita88@gmail.com]].""",
    """Our vet, [[PERSON:Dr. Nadia Farouk]], said Biscuit is due for his booster on the [[DATE_TIME:22nd of October]]; the reminder went to [[PERSON:tom]]'s phone, [[PHONE_NUMBER:07700 914 382]].""",
    """The observer report names [[PERSON:Daniel Ramoni]] of [[LOCATION:Gizo]], born [[DATE_TIME:09/05/1990]], as the crewman hurt on the longliner. His Solomon Islands passport number is [[ID_NUMBER:PA0193847]].""",
    """User [[USERNAME:xX_Kaimana_Xx]] says someone got into the account from [[IP_ADDRESS:103.14.226.91]] around 3am. The real owner, [[PERSON:Kaimana Alapa'i]], lives in [[LOCATION:Hilo]] and was asleep.""",
    """At the landowner meeting in [[LOCATION:Porgera]] on [[DATE_TIME:Saturday 9 September 2023]], clan agent [[PERSON:Nelson Yakai]] asked that his sub-clan's occupation fees be paid to his wife, [[PERSON:Regina Yakai]], while he is away in [[LOCATION:Port Moresby]].""",
    """[[PERSON:Geneviève Tremblay]]'s SIN, [[ID_NUMBER:527 190 466]], was keyed in wrong on her T4, so payroll will reissue it and mail it to [[ADDRESS:1450 rue Saint-Denis, app. 12]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2X 3J8]].""",
    """Could you let [[PERSON:Samson]] know his Medicare card number is [[ID_NUMBER:2951 70435 1]] and the clinic in [[LOCATION:Griffith]] has him down for [[DATE_TIME:Tuesday the 14th at 10:40]]? He doesn't read English well, so maybe ring rather than text.""",
    """[[PERSON:Chinedu Okafor]], [[AGE:42]], of [[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]], opened a domiciliary account on [[DATE_TIME:12/03/2024]]; his BVN is [[ID_NUMBER:22184637519]].""",
    """Mi [[PERSON:Rita Kalsakau]], mi bon long [[DATE_TIME:3 Mei 1994]] long [[LOCATION:Port Vila]]. Sapos yu wantem toktok wetem mi, ring long [[PHONE_NUMBER:774 5231]] o sendem imel long [[EMAIL_ADDRESS:rita.kalsakau@vanuatu.com.vu]].""",
    """Rental application from [[PERSON:Hamish McAllister]] and [[PERSON:Priya Nair]] for [[ADDRESS:3/27 Riversdale Road]], [[LOCATION:Hawthorn]]. Both currently rent at [[ADDRESS:11 Kent St]], [[LOCATION:Richmond]] [[ZIP_CODE:3121]]; [[PERSON:Hamish]]'s driver licence number is [[ID_NUMBER:049218773]].""",
    """tuna observer [[PERSON:peni naiqama]] from [[LOCATION:suva]] says his phone is dead, so reach him through his sister [[PERSON:Ana]] on [[PHONE_NUMBER:+679 927 4410]] until the boat docks in [[LOCATION:Honiara]]""",
    """Year 9 student [[PERSON:Liam O'Donoghue]] (student no. [[ID_NUMBER:S2019-4471]]) was absent on [[DATE_TIME:Friday 17 May]]; his mum, [[PERSON:Siobhán]], rang in from [[PHONE_NUMBER:087 224 9081]] to say he had a temperature.""",
    """Trustee [[PERSON:Peter Tozaka]] confirmed that [[PERSON:Mary Kwaiga]] ([[AGE:58]]) of [[LOCATION:Guadalcanal]] is listed as landowner beneficiary no. [[ID_NUMBER:GRL-B-00417]], and that her share of the gold royalty will be paid into her ANZ account [[ID_NUMBER:9083 1146 207]].""",
    """The SIM swap request came in for [[PHONE_NUMBER:(312) 608-4471]]. The caller said she was the account holder, [[PERSON:Denise Kowalczyk]], and gave the last four of her SSN, but the full number on file, [[US_SSN:318-62-9047]], did not match the date of birth she gave.""",
    """[[PERSON:Mele Taufa]]'s RSE visa runs until [[DATE_TIME:30 April 2025]]. Her employer in [[LOCATION:Blenheim]] has asked for a variation, and she will keep living at [[ADDRESS:7 Scott Street]] with three other [[NRP:Tongan]] women.""",
    """Hi po, I'm [[PERSON:Ma. Cristina Dela Cruz]], SSS no. [[ID_NUMBER:34-5678912-3]], and I need to update my address to [[ADDRESS:Blk 12 Lot 8, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]]. Thank you po.""",
    """Mi [[PERSON:Jacob Kewa]] bilong [[LOCATION:Tabubil]]. Ol i no bin putim mani bilong graun long akaun bilong mi, namba [[ID_NUMBER:1003 2871 5564]], long [[DATE_TIME:Disemba 2023]], na mi laik save watpo.""",
    """Witness statement of [[PERSON:Graham Peter Holt]], born [[DATE_TIME:4 July 1967]], of [[ADDRESS:Flat 2, 19 Marlborough Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5PL]], taken on [[DATE_TIME:12 February 2024]] by [[TITLE:DC]] [[PERSON:Amrit Sandhu]].""",
    """During the boarding at [[LOCATION:Noro]] on [[DATE_TIME:23 August]], observer [[PERSON:Esther Maelanga]] photographed the captain's seaman's book, no. [[ID_NUMBER:TW-SB-0087731]], and wrote his name down as [[PERSON:Chen Wei-Ming]].""",
    """Booking for [[PERSON:Hiroshi Tanaka]] and [[PERSON:Yuki Tanaka]], arriving [[DATE_TIME:Wed 2 Oct]], departing [[DATE_TIME:Sat 5 Oct]]. Card on file [[CREDIT_CARD:4539 1488 0343 6723]], contact [[EMAIL_ADDRESS:h.tanaka@outlook.jp]], late check-in requested.""",
    """Our PALM worker [[PERSON:Wilson Ruaia]] lost his wallet in [[LOCATION:Shepparton]] with his TFN letter in it. The number was [[ID_NUMBER:456 732 182]], so he has asked the tax office to put a flag on it.""",
    """coach [[PERSON:dave]] here — [[PERSON:isla]]'s jersey is the wrong size, can [[PERSON:Rebecca]] swap it at Saturday's training? my mobile's [[PHONE_NUMBER:0412 907 336]]""",
    """[[PERSON:Jimmy Bule]] hemi wan man blong [[LOCATION:Pentecost]] we i bin go wok long [[LOCATION:Niu Silan]] long RSE. Pasport namba blong hem [[ID_NUMBER:RV0418273]] mo hem i kambak long [[DATE_TIME:12 Novemba 2023]].""",
    """Rx for [[PERSON:Harold Bjornstad]], DOB [[DATE_TIME:02-11-1949]], [[ADDRESS:410 Lakeview Dr]], [[LOCATION:Duluth]] [[LOCATION:MN]] [[ZIP_CODE:55803]]; prescriber [[PERSON:Dr. Ruth Eze]]. Patient asks for easy-open caps.""",
    """The community relations officer wrote that [[PERSON:Abraham Kaiwi]] of [[LOCATION:Kiunga]] still disputes the compensation paid out on [[DATE_TIME:14 June 2022]]. He says the rightful payee was his late uncle, [[PERSON:Samuel Kaiwi]], NID [[ID_NUMBER:1011 4087 3325]].""",
    """follow my sister on insta, she's [[USERNAME:leilani.moves]] — her real name's [[PERSON:Leilani Fonoti]] and she just moved to [[LOCATION:Auckland]] from [[LOCATION:Apia]] lol""",
    """The claimant, [[PERSON:Thandiwe Mokoena]], ID [[ID_NUMBER:8811230412084]], born [[DATE_TIME:23 November 1988]], reports that her car was stolen outside [[ADDRESS:17 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2196]].""",
    """Fisheries obseva [[PERSON:Michael Tamur]] i tok olsem kepten i no givim em kaikai inap tripela de. Nau em i stap long [[LOCATION:Kavieng]], fon bilong em [[PHONE_NUMBER:7962 0514]].""",
    """Please set up a standing order from [[PERSON:Ciarán Ó Briain]]'s account [[IBAN_CODE:IE03 BOFI 9000 1723 4588 16]] to his landlord, [[PERSON:Patricia Dunne]], for €1,450 on the first of every month.""",
    """[[PERSON:Rose Houenipwela]] from [[LOCATION:Malaita]] landed in [[LOCATION:Brisbane]] on the [[DATE_TIME:8th of January]] and started at the meatworks in [[LOCATION:Dinmore]] the week after. Her super fund member number is [[ID_NUMBER:70218843]] and her Australian mobile is [[PHONE_NUMBER:0468 221 590]].""",
    """New hire: [[PERSON:Tan Wei Ling]], NRIC [[ID_NUMBER:S8734216F]], start date [[DATE_TIME:1 Aug 2024]], staff email [[EMAIL_ADDRESS:weiling.tan@corp-sg.com]]. Please issue a laptop before she starts.""",
    """In a letter dated [[DATE_TIME:2 May]], landowner [[PERSON:Agnes Tovue]] ([[AGE:64]]) of [[LOCATION:Lihir]] asked the company to stop paying her relocation allowance to [[PERSON:Bernard Tovue]] and to use her own Kina Bank account, [[ID_NUMBER:60 0291 4478]], instead.""",
    """Parcel for [[PERSON:Oluwaseun Adeyemi]] was left with the neighbour at [[ADDRESS:no. 36]]; his own address is [[ADDRESS:34 Kingsley Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS11 7AT]].""",
    """The FFA observer coordinator, [[PERSON:Ms. Leah Olisukulu]], asked that [[PERSON:Ben]] send his logbooks and a copy of his observer card ([[ID_NUMBER:SIOB-0562]]) to [[EMAIL_ADDRESS:l.olisukulu@fisheries.gov.sb]] before [[DATE_TIME:Friday 21 June]].""",
    """[[PERSON:Emeka]] and I land in [[LOCATION:Nadi]] on [[DATE_TIME:December 19th]]. My passport is [[ID_NUMBER:A09871234]] ([[NRP:Nigerian]]) and his is [[ID_NUMBER:A10445219]], in case the resort asks.""",
    """[[PERSON:Serah Napuat]] i wok long wan vinyad long [[LOCATION:Marlborough]]. Namba blong IRD blong hem [[ID_NUMBER:123-840-951]] mo bank akaun blong hem [[ID_NUMBER:12-3154-0672941-00]].""",
    """the laptop belongs to [[PERSON:priya sundaram]] (employee [[ID_NUMBER:E-20871]]); it was last seen on [[IP_ADDRESS:10.44.18.203]] with MAC 3C:52:82:9F:1A:07 before she reported it stolen on [[DATE_TIME:March 4]]""",
    """Membership for [[PERSON:Tomasz Wiśniewski]], [[AGE:35]], cancelled as of [[DATE_TIME:31/01/2024]]; the unused part of the annual fee goes back to card [[CREDIT_CARD:5240 1773 9061 5487]].""",
    """Ol papa graun long [[LOCATION:Hidden Valley]] i makim [[PERSON:Yali Kumbu]] olsem agen bilong ol. Em i gat [[AGE:49]] krismas na em i stap long [[LOCATION:Wau]], [[LOCATION:Morobe]].""",
    """Dear admissions, I am writing for my son [[PERSON:Arjun Patel]] (UCAS ID [[ID_NUMBER:172-493-8815]]), who sat his chemistry resit on [[DATE_TIME:14 June 2024]]. Please reply to me, [[PERSON:Meera Patel]], at [[EMAIL_ADDRESS:meera.patel71@btinternet.com]].""",
    """Seasonal worker [[PERSON:Alice Sikua]], [[AGE:24]], of [[LOCATION:Auki]] has been moved from the mango farm at [[LOCATION:Mareeba]] to the packing shed in [[LOCATION:Ayr]]; her new accommodation is [[ADDRESS:55 Queen Street]], [[LOCATION:Ayr]] [[LOCATION:QLD]] [[ZIP_CODE:4807]].""",
    """[[PERSON:Wanjiru Kamau]]'s KRA PIN [[ID_NUMBER:A004582917K]] and ID number [[ID_NUMBER:28471936]] were on the land transfer filed in [[LOCATION:Nakuru]] on [[DATE_TIME:9 October 2023]].""",
    """Crew list amendment: [[PERSON:Raymond Kaumi]] ([[NRP:Papua New Guinean]], DOB [[DATE_TIME:17-03-1985]]) replaces [[PERSON:Jonah Apelis]] from [[LOCATION:Lae]] onwards. The observer on board is still [[PERSON:Kila]].""",
    """[[PERSON:Kylie Nguyen]] ([[AGE:38]]) came into the emergency department in [[LOCATION:Cairns]] on [[DATE_TIME:2 Jan 2024, 22:40]] with a dog bite; her GP is [[PERSON:Dr. Sanjay Rao]] at [[ADDRESS:Shop 4, 112 Mulgrave Rd]], [[LOCATION:Westcourt]].""",
    """Plis sendem risit blong [[PERSON:Mathias Iauko]] long imel [[EMAIL_ADDRESS:m.iauko@gmail.com]]. Hem i stap long [[LOCATION:Seaside Tongoa]], [[LOCATION:Port Vila]], mo namba fon blong hem [[PHONE_NUMBER:557 8902]].""",
    """Deputy noted driver [[PERSON:Kevin Lindqvist]], CA license [[US_DRIVER_LICENSE:D4721936]], plate [[ID_NUMBER:8KRT402]], stopped on I-5 near [[LOCATION:Stockton]] on [[DATE_TIME:06/14/2024 at 23:10]].""",
    """Brata bilong mi [[PERSON:Pius Mek]] i go pinis long [[LOCATION:Ostrelia]] long [[DATE_TIME:Julai 2023]] long wok bilong pikim prut. Nau em i stap long [[LOCATION:Robinvale]] na namba fon bilong em long [[LOCATION:Ostrelia]] em [[PHONE_NUMBER:0451 338 207]].""",
    """Hi, this is [[PERSON:Sophie]] from the fraud team. We have blocked [[PERSON:Mr. Adebayo]]'s card ending 4417 after a payment attempt from [[IP_ADDRESS:2a02:c7f:8e21:4d00::1f3]] in [[LOCATION:Lagos]].""",
    """The observer, [[PERSON:Kiri Tekanene]] of [[LOCATION:Tarawa]], was [[AGE:29]] when she joined the programme. She flew home from [[LOCATION:Majuro]] on [[DATE_TIME:18 September 2023]] once the transshipment was done.""",
    """Lost cat! Call [[PERSON:Nour]] at [[PHONE_NUMBER:613-294-7720]]. We're at [[ADDRESS:88 Flora St]] in [[LOCATION:Ottawa]], near the [[LOCATION:Glebe]]. She's grey and very shy.""",
    """Compensation schedule, item 14: [[PERSON:Regina Pala]], widow of the registered landowner [[PERSON:Joseph Pala]], to receive K3,800 for garden damage, by cheque collected in person at [[LOCATION:Tari]] on [[DATE_TIME:23 November]].""",
    """[[PERSON:Ramesh Kumar Yadav]]'s mobile [[PHONE_NUMBER:+91 98450 21736]] was ported on [[DATE_TIME:12-Feb-2024]]; the KYC form carries PAN [[ID_NUMBER:AKPPY4721M]].""",
    """Hi, my name is [[PERSON:Taniela Vea]] and I'm an RSE worker at a kiwifruit packhouse in [[LOCATION:Te Puke]]. My accommodation provider took $180 out of my pay on [[DATE_TIME:5 May]] and I want it put back into my account [[ID_NUMBER:02-0316-0588123-000]].""",
    """[[PERSON:Jasmine Okoro-Williams]] (SID [[ID_NUMBER:904417823]]) wrote from [[EMAIL_ADDRESS:jokorowilliams@ucla.edu]] asking to move her thesis defense to [[DATE_TIME:April 22 at 2 pm]].""",
    """[[PERSON:John Wari]], [[AGE:44]], an NFA observer since 2011, said the vessel's agent in [[LOCATION:Port Moresby]], [[PERSON:Mr. Lim]], rang him twice on [[PHONE_NUMBER:+675 7330 1892]] to ask him to change his report.""",
    """Mum ([[PERSON:Dorothy Higgins]], [[AGE:86]]) moves into the Banksia wing at [[ADDRESS:2 Pacific Hwy]], [[LOCATION:Wyong]] on [[DATE_TIME:Monday 3 June]]; her Medicare number is [[ID_NUMBER:4182 03967 1]].""",
    """Plis salim kopi bilong berset setifiket bilong [[PERSON:Grace Kambu]] i go long [[EMAIL_ADDRESS:gkambu@gmail.com]]. Em i bon long [[DATE_TIME:14 Epril 2009]] long [[LOCATION:Goroka]].""",
    """[[PERSON:Edwin Taisia]] was sent home early from the [[LOCATION:Riverland]] after a workplace injury on [[DATE_TIME:20 February 2024]]. The insurer's reference for him is WC-448210 and his home address is [[ADDRESS:Lot 22, Kukum Highway]], [[LOCATION:Honiara]].""",
    """[[PERSON:Callum]] ([[USERNAME:cal_the_gunner]]) says he's [[AGE:16]] on his profile, but the account was paid for with [[PERSON:Lindsey Fraser]]'s card, [[CREDIT_CARD:4929 7710 5562 3108]].""",
    """[[PERSON:Ellison Haomae]] wrote from [[LOCATION:Kirakira]] to say his nephew [[PERSON:Fred]] has no provident fund number yet, so the royalty can go to his own SINPF number, [[ID_NUMBER:07148823]].""",
    """Save the date! [[PERSON:Aisha]] & [[PERSON:Daniel Whitfield]] are getting married on [[DATE_TIME:Saturday 14 September 2024]] at [[ADDRESS:Glenview Farm, 210 Old Coach Road]], [[LOCATION:Berry]] [[LOCATION:NSW]]. RSVP to [[EMAIL_ADDRESS:aishaanddan@gmail.com]].""",
    """Fisheries obsevar [[PERSON:Tom Kaltabang]] i kambak long [[LOCATION:Luganville]] long [[DATE_TIME:Sarede 6 Epril]] mo i putum ripot blong hem. Namba blong obsevar blong hem [[ID_NUMBER:VUOB-118]].""",
    """Patient [[PERSON:Luis Ángel Ortega]], MRN [[ID_NUMBER:00482917]], SSN [[US_SSN:529-41-8830]], was discharged on [[DATE_TIME:7/19/24]] to his daughter's house at [[ADDRESS:1927 E Hatcher Rd]], [[LOCATION:Phoenix]] [[LOCATION:AZ]] [[ZIP_CODE:85020]].""",
    """[[NRP:Ni-Vanuatu]] workers [[PERSON:Nolan Tari]] and [[PERSON:Lisa Molisa]] flew into [[LOCATION:Christchurch]] on the [[DATE_TIME:2nd of October]] and were driven straight to [[LOCATION:Cromwell]]. [[PERSON:Lisa]]'s passport, [[ID_NUMBER:RV0277591]], runs out next year.""",
    """School fees for [[PERSON:Junior Fono]] ([[AGE:13]]) at King George VI School were paid by his aunty, [[PERSON:Dorah Fono]] of [[LOCATION:Honiara]]; the receipt number is 0032891.""",
    """The payment register shows [[PERSON:Kaspar Ambuga]] (landowner ID [[ID_NUMBER:RLO-0938]]) was paid his nickel royalty on [[DATE_TIME:30/06/2023]] and then again, by mistake, on [[DATE_TIME:31/07/2023]].""",
    """[[PERSON:Ms. Olivia Brennan-Hughes]] (SSN [[US_SSN:221-70-4493]]) of [[ADDRESS:57 Maple Ridge Ct]], [[LOCATION:Cherry Hill]], [[LOCATION:NJ]] [[ZIP_CODE:08003]] filed for an extension on [[DATE_TIME:April 12, 2024]].""",
    """Observer [[PERSON:Gabriel Toraso]] says the fish master threatened him on the night of [[DATE_TIME:3 March]] and that he has kept the photos on his phone ([[PHONE_NUMBER:7201 4456]]) and in his Gmail, [[EMAIL_ADDRESS:gabtoraso@gmail.com]].""",
    """PALM payroll query: [[PERSON:Dominic Lilo]]'s pay on [[DATE_TIME:12 July]] had $412 taken for the flight loan and $150 for the house at [[ADDRESS:4 Jamieson Street]], [[LOCATION:Leeton]]. His TFN is [[ID_NUMBER:871 209 343]].""",
    """Mi laik senisim bank akaun bilong mi. Nem: [[PERSON:Ruth Yangen]]. Nupela akaun: Westpac BSB 032-511, akaun namba [[ID_NUMBER:402917]]. Mi wok long [[LOCATION:Gatton]].""",
    """[[PERSON:Lukas Brandt]] asked us to refund the €89 to his German account, [[IBAN_CODE:DE87200400000628471300]], rather than to the card he paid with on [[DATE_TIME:3 March]].""",
    """[[PERSON:Wendy Ipatas]], [[AGE:33]], told the inquiry in [[LOCATION:Wabag]] that her late mother, [[PERSON:Kalip Ipatas]] (born [[DATE_TIME:5 May 1958]]), never got the royalty share that was meant for her.""",
    """[[PERSON:Mr. Venkatesh Iyer]], [[AGE:71]], Aadhaar [[ID_NUMBER:4820 5716 6393]], is admitted in ward 6B; his son [[PERSON:Karthik]] can be reached on [[PHONE_NUMBER:044-2491 7735]].""",
    """[[PERSON:Walter Kenikau]], a [[NRP:Solomon Islander]], signed on as observer at [[LOCATION:Noro]] on [[DATE_TIME:1 November]] and left the boat in [[LOCATION:Pohnpei]]. His emergency contact is his wife, [[PERSON:Jennifer]], on [[PHONE_NUMBER:+677 749 2031]].""",
    """[[PERSON:Catherine Moka]], a [[NRP:Catholic]] and a longtime [[NRP:Pangu Pati]] member, is enrolled to vote in [[LOCATION:Hohola]] under roll number [[ID_NUMBER:NCD-0418832]].""",
    """Apple crew for [[LOCATION:Motueka]] this week: [[PERSON:Joseph Vatu]], [[PERSON:Simione Latu]] and [[PERSON:Luisa Havili]]. [[PERSON:Luisa]]'s [[AGE:19]] and it's her first season, so pair her with [[PERSON:Simione]].""",
    """The summons was served on [[PERSON:Bradley Kerr]] at [[ADDRESS:Unit 9/41 Church Street]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]] at [[DATE_TIME:6:15 pm on 28 May 2024]].""",
    """Pikinini blong [[PERSON:Annie Tabi]] i sik. Hem i gat [[AGE:4]] yia nomo. [[PERSON:Annie]] i stap long [[LOCATION:Lenakel]], [[LOCATION:Tanna]]; ring long [[PHONE_NUMBER:+678 592 1447]].""",
    """Mining warden hearing on [[DATE_TIME:7 March 2024 at 10am]] in [[LOCATION:Kokopo]]: applicant [[PERSON:Martha Toliman]], represented by [[PERSON:Mr. Nathan Kuman]], who asks to be called on [[PHONE_NUMBER:7688 2015]] if the time changes.""",
    """Return requested by [[PERSON:Fatima Zahra Benali]] for order #88213-B; refund to [[CREDIT_CARD:4147 0965 8013 3225]]. She will drop the parcel at the post office near her home in [[LOCATION:Lyon]].""",
    """[[NRP:Fijian]] aged-care worker [[PERSON:Kelera Ravuvu]], [[AGE:26]], joined the PALM long-term stream on [[DATE_TIME:15 January 2024]] and lives at [[ADDRESS:2/8 Bent Street]], [[LOCATION:Toowoomba]] [[ZIP_CODE:4350]].""",
    """If found, please return to [[PERSON:Benjamin Adeyinka-Ross]], [[ADDRESS:PO Box 1182]], [[LOCATION:Missoula]], [[LOCATION:MT]] [[ZIP_CODE:59806]] or call [[PHONE_NUMBER:406.728.3391]]. Reward offered.""",
]

BENCH = [
    """[[PERSON:Mr. Tobias Wren]], our Senior Integration Architect, needs the staging VPN opened for [[IP_ADDRESS:172.58.14.209]] and for the device with MAC 7a:21:c4:9e:03:bd, since he starts remote work on [[DATE_TIME:17/09/2024]]. Please confirm with him at [[EMAIL_ADDRESS:t.wren@halcyonworks.io]].""",
    """Dear [[PERSON:Kaufusi]], your scholarship disbursement of 4,300 AUD will be sent to [[IBAN_CODE:GB93 HBUK 4012 7638 0492 15]] (BIC HBUKGB4B). Please confirm your residence at [[ADDRESS:Suite 12, 880 Moorabool Street]], [[LOCATION:Geelong]] and your date of birth, [[DATE_TIME:1999-08-14]].""",
    """Transaction flagged: card [[CREDIT_CARD:5453012688477906]], CVV 412, exp 09/27, holder [[PERSON:Ingrid Solheim]], billing [[ADDRESS:Storgata 44B]], [[ZIP_CODE:0182]] [[LOCATION:Oslo]]; request came from [[IP_ADDRESS:2001:4860:7:60a::f2]] with Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0.""",
    """Attention [[PERSON:Marisol Quintanilla-Ruiz]], Regional Accountability Coordinator: the refund for your trip to [[LOCATION:Tegucigalpa]] went to card [[CREDIT_CARD:6011 0442 8897 2138]] (exp 11/26, CVV 093). Your login [[USERNAME:mquintanilla]] was last used on [[DATE_TIME:2024-05-02 18:41]] from [[IP_ADDRESS:186.2.141.77]].""",
    """OBSERVER TRIP DEBRIEF
Observer: [[PERSON:Lucy Tamur]]    Observer ID: [[ID_NUMBER:PGOB-3307]]    DOB: [[DATE_TIME:22.04.1992]]
Home address: [[ADDRESS:Section 21, Lot 14]], [[LOCATION:Gerehu]], [[LOCATION:NCD]]
Vessel: FV Ocean Harmony No. 7    Call sign: P2V4412    Gear: purse seine
Embarked: [[LOCATION:Wewak]], [[DATE_TIME:03.01.2024]]    Disembarked: [[LOCATION:Rabaul]], [[DATE_TIME:09.02.2024]]
Sets observed: 31    Transshipments: 0
Debriefer: [[PERSON:Peter Yama]]    Debrief held: [[DATE_TIME:14.02.2024]]""",
    """CLAIM NOTICE
Claimant: [[PERSON:Rosalind Achterberg]]
Policy No.: HMX-2231-009
Date of loss: [[DATE_TIME:February 11, 2024]]
Insured property: [[ADDRESS:612 Crestview Terrace]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83702]]
The claimant reports that a pipe burst in the upstairs bathroom while she was away, damaging the ceiling and hardwood floor below. Adjuster [[PERSON:Malik Harrington]] will inspect the property on [[DATE_TIME:February 15, 2024]]. Claimant contact: [[PHONE_NUMBER:208-371-0954]].""",
    """{"id": 88213, "full_name": "[[PERSON:Hannah Kowalski]]", "email": "[[EMAIL_ADDRESS:hkowalski@fastmail.com]]", "dob": "[[DATE_TIME:1986-02-27]]", "ssn": "[[US_SSN:412-09-3385]]", "address": {"street": "[[ADDRESS:77 Birch Hollow Ln]]", "city": "[[LOCATION:Ashland]]", "state": "[[LOCATION:OR]]", "zip": "[[ZIP_CODE:97520]]"}, "last_login_ip": "[[IP_ADDRESS:73.189.44.12]]", "plan": "premium", "marketing_opt_in": false}""",
    """2024-03-11T08:14:22Z INFO  auth.login ok user=[[USERNAME:mkaupa]] src=[[IP_ADDRESS:202.1.39.114]] ua="Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36"
2024-03-11T08:15:03Z INFO  profile.update user=[[USERNAME:mkaupa]] field=phone old="[[PHONE_NUMBER:+675 7012 3344]]" new="[[PHONE_NUMBER:+675 7288 9051]]"
2024-03-11T08:15:40Z WARN  payout.hold user=[[USERNAME:mkaupa]] acct=[[ID_NUMBER:1002881744]] reason="payee name mismatch: [[PERSON:Martin Kaupa]] vs [[PERSON:Martina Kaupa]]"
2024-03-11T08:16:02Z INFO  session.end user=[[USERNAME:mkaupa]] duration=100s""",
    """INSERT INTO customers (first_name, last_name, mobile, email, dob, postcode, tier)
VALUES ('[[PERSON:Aditi]]', '[[PERSON:Bhattacharya]]', '[[PHONE_NUMBER:+44 7911 238450]]', '[[EMAIL_ADDRESS:aditi.b@protonmail.com]]', '[[DATE_TIME:1990-11-05]]', '[[ZIP_CODE:M14 6HP]]', 'gold'),
       ('[[PERSON:Gareth]]', '[[PERSON:Llewellyn]]', '[[PHONE_NUMBER:07700 482 119]]', '[[EMAIL_ADDRESS:gaz.llewellyn@gmail.com]]', '[[DATE_TIME:1978-06-30]]', '[[ZIP_CODE:CF24 3AA]]', 'silver');""",
    """<worker>
  <workerNo>[[ID_NUMBER:PALM-VU-20417]]</workerNo>
  <givenName>[[PERSON:Sethy]]</givenName>
  <familyName>[[PERSON:Regenvanu]]</familyName>
  <dateOfBirth>[[DATE_TIME:1996-12-02]]</dateOfBirth>
  <nationality>[[NRP:Ni-Vanuatu]]</nationality>
  <passportNo>[[ID_NUMBER:RV0391184]]</passportNo>
  <tfn>[[ID_NUMBER:329184705]]</tfn>
  <employer>Murray Valley Citrus Pty Ltd</employer>
  <accommodation>[[ADDRESS:31 Lemon Avenue]], [[LOCATION:Mildura]] [[LOCATION:VIC]] [[ZIP_CODE:3500]]</accommodation>
  <mobile>[[PHONE_NUMBER:0439 660 218]]</mobile>
  <arrival>[[DATE_TIME:2024-02-19]]</arrival>
</worker>""",
    """SEASONAL EMPLOYMENT AGREEMENT (PALM SHORT-TERM)
This agreement is made on [[DATE_TIME:5 October 2023]] between Riverina Fresh Harvest Pty Ltd ("the Employer") and [[PERSON:Moses Kahu]], born [[DATE_TIME:11 June 1991]], holder of Vanuatu passport [[ID_NUMBER:RV0185526]], of [[LOCATION:Lakatoro]], [[LOCATION:Malekula]] ("the Worker").
1. The Worker will be employed as a Farm Hand at the Employer's orchards near [[LOCATION:Griffith]], [[LOCATION:NSW]], for a period of up to nine months from arrival.
2. Wages will be paid weekly into the Worker's account with BSB 062-692, account number [[ID_NUMBER:1048 2271]].
3. Deductions for accommodation at [[ADDRESS:19 Binya Street]], [[LOCATION:Griffith]], will not exceed $165 per week.
Signed: [[PERSON:M. Kahu]]    Witness: [[PERSON:Carol Dimitriou]]""",
    """Hi [[PERSON:Delphine]], as our new Lead Web Developer you'll get access to the build server at [[IP_ADDRESS:10.12.0.54]]; please send a copy of your passport ([[ID_NUMBER:19AV48217]]) and your home address, which HR has as [[ADDRESS:8 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]].""",
    """Patient [[PERSON:Bartholomew Osei-Tutu]], male, [[AGE:67]], was seen on [[DATE_TIME:3/28/2024]] by [[PERSON:Dr. Hannah Lindgren]]. MRN [[ID_NUMBER:77120543]]. Address on file: [[ADDRESS:4412 Greenmount Ave]], [[LOCATION:Baltimore]], [[LOCATION:MD]] [[ZIP_CODE:21218]]. Insurance member ID [[ID_NUMBER:XGH882140317]]. Next of kin: [[PERSON:Adwoa Osei-Tutu]], [[PHONE_NUMBER:(410) 662-1893]].""",
    """ROYALTY DISTRIBUTION NOTICE — QUARTER ENDING 30 SEPTEMBER 2023
ILG: Yuna Tangil Land Group Inc. (ILG No. 11872)
Agent: [[PERSON:Paul Kambao]]  NID [[ID_NUMBER:1004 5521 8870]]
Payee account: BSP [[LOCATION:Mount Hagen]] branch, account [[ID_NUMBER:1000 7723 8416]]
Beneficiaries paid through agent: [[PERSON:Elizabeth Kambao]], [[PERSON:John Kambao]], [[PERSON:Wesley Nonggorr]]
Amount: K 48,917.30
Queries to the Landowner Desk, Mineral Resources Authority, [[ADDRESS:PO Box 1906]], [[LOCATION:Port Moresby]].""",
    """We would like to welcome [[PERSON:Prof. Oyelaran Adébáyọ̀]] to the Board. Reimbursements will go to [[IBAN_CODE:GB70 BARC 2003 1853 7419 02]]. He prefers to be reached at [[PHONE_NUMBER:+44 20 7946 3318]] or through his assistant [[PERSON:Janelle]] at [[EMAIL_ADDRESS:janelle.frost@oxmoor-partners.co.uk]].""",
    """ticket #CS-448120 | priority: high | opened by [[PERSON:Rangi Parata]] <[[EMAIL_ADDRESS:rangi.parata@xtra.co.nz]]>
subject: RSE pay slip shows wrong IRD number
body: Kia ora, my payslip for the week of [[DATE_TIME:8 January]] shows IRD [[ID_NUMBER:86-290-413]] but that's my cousin [[PERSON:Hone]]'s number. Mine is [[ID_NUMBER:115-203-789]]. I live at [[ADDRESS:14 Te Mata Road]], [[LOCATION:Havelock North]] [[ZIP_CODE:4130]]. Phone [[PHONE_NUMBER:027 551 8840]].
assignee: payroll-team""",
    """Your order will be shipped to [[ADDRESS:Apt. 1207, 301 Mission Street]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94105]]. The Chief Brand Strategist, [[PERSON:Gwendolyn Ashby]], asked us to charge card [[CREDIT_CARD:3792 188045 56208]] (expires 04/28) and to send tracking to [[PHONE_NUMBER:415-902-6673]].""",
    """Name: [[PERSON:Ravindra Seneviratne]]
Gender: Male
Age: [[AGE:54]]
Occupation: Customs broker
Address: [[ADDRESS:27/3 Galle Road]], [[LOCATION:Colombo 03]]
NIC: [[ID_NUMBER:197012304417]]
Mobile: [[PHONE_NUMBER:+94 77 412 9035]]
Email: [[EMAIL_ADDRESS:ravi.seneviratne@sltnet.lk]]
Emergency contact: [[PERSON:Chamari Seneviratne]] (wife)""",
    """Observa ripot — [[PERSON:Samuel Kila]], obseva namba [[ID_NUMBER:PGOB-1190]]. Mi go antap long sip long [[LOCATION:Lae]] long [[DATE_TIME:12 Jun 2023]]. Long [[DATE_TIME:20 Jun]] kepten [[PERSON:Lee Sung-ho]] i tokim mi long no kisim piksa bilong ol sak. Mi raitim long logbuk na mi salim tekst long kodineta [[PERSON:Mrs. Agnes Bale]] long [[PHONE_NUMBER:7345 1208]].""",
    """[[PERSON:Dr. Kwabena Mensah-Bonsu]] ([[USERNAME:kmensah_md]]) updated his billing: new card [[CREDIT_CARD:2223 0041 7755 8623]], CVV 771, expiry 02/29. Shipping stays at [[ADDRESS:Suite 400, 1650 Bloor Street West]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M6P 1A6]]. Device: MAC 00:1b:63:84:45:e6, IPv4 [[IP_ADDRESS:99.230.17.84]].""",
    """LOAN APPLICATION — PERSONAL
Applicant: [[PERSON:Tanisha Renee Coleman]]
SSN: [[US_SSN:530-28-7716]]    DOB: [[DATE_TIME:08/19/1988]]
Current address: [[ADDRESS:2915 Fenwick Ct, Unit B]], [[LOCATION:Las Vegas]], [[LOCATION:NV]] [[ZIP_CODE:89108]] (since [[DATE_TIME:March 2019]])
Employer: Silver State Logistics    Position: Dispatch supervisor    Annual income: $61,200
Requested amount: $14,000    Purpose: debt consolidation
Co-applicant: none
Driver's license: [[US_DRIVER_LICENSE:1402887316]] (NV)""",
    """config:
  service: payroll-sync
  admin_contact: "[[EMAIL_ADDRESS:hinewai.tuhoe@orchardco.nz]]"
  admin_name: "[[PERSON:Hinewai Tuhoe]]"
  sftp_host: [[IP_ADDRESS:10.80.4.17]]
  allowed_ips:
    - [[IP_ADDRESS:121.98.44.203]]
    - 10.80.0.0/16
  log_level: debug""",
    """The Head of Procurement, [[PERSON:Ngozi Chukwuemeka]], authorised the wire of €12,400 to [[IBAN_CODE:NL27 INGB 0682 2594 13]] on behalf of her client [[PERSON:Pieter van der Berg]]; the request was made from [[IP_ADDRESS:145.53.88.201]] and signed off on [[DATE_TIME:Tuesday, 19 March 2024]].""",
    """LANDOWNER IDENTIFICATION AND PAYMENT FORM (for use at the Lihir payment day)
Full name: [[PERSON:Anton Zeriga]]
Village: [[LOCATION:Londolovit]]
Clan: Tonokai
Date of birth: est. 1971
NID No.: [[ID_NUMBER:1009 2284 0617]]
Mobile: [[PHONE_NUMBER:7102 5588]]
Bank: Kina Bank, account [[ID_NUMBER:6003 1187 205]]
Nominated next of kin: [[PERSON:Theresia Zeriga]]
Thumbprint / signature: ______    Date: [[DATE_TIME:21/08/2023]]""",
    """def test_export_contact():
    contact = Contact(
        name="[[PERSON:Oskar Lindqvist]]",
        email="[[EMAIL_ADDRESS:oskar.lindqvist@telia.se]]",
        phone="[[PHONE_NUMBER:+46 70 318 44 92]]",
        iban="[[IBAN_CODE:SE9580000832790148802251]]",
    )
    assert export(contact).startswith("BEGIN:VCARD")""",
    """Dear [[PERSON:Mx. Jordan Ellery]], we noticed a login to your account [[USERNAME:jellery_art]] from a new device (Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15) at [[IP_ADDRESS:82.132.219.6]] on [[DATE_TIME:24 April at 07:52]]. If this wasn't you, call us on 0800 015 4422.""",
    """VESSEL CREW MANIFEST — FV Kwong Hsing 38 — Port of [[LOCATION:Honiara]]
No. | Name | Nationality | Position | Seaman book
1 | [[PERSON:Lin Chia-Hao]] | [[NRP:Taiwanese]] | Master | [[ID_NUMBER:TW-SB-0071543]]
2 | [[PERSON:Budi Santoso]] | [[NRP:Indonesian]] | Bosun | [[ID_NUMBER:IDN-E 118442]]
3 | [[PERSON:Henry Fa'arodo]] | [[NRP:Solomon Islander]] | Deckhand | [[ID_NUMBER:SB-SB-00912]]
4 | [[PERSON:Clement Pitakaka]] | [[NRP:Solomon Islander]] | Deckhand | [[ID_NUMBER:SB-SB-01134]]
Observer on board: [[PERSON:Joy Saemala]] (SIOB-0478)""",
    """[[PERSON:Esperanza]] [[PERSON:Villanueva]], Dynamic Paradigm Liaison, lives at [[ADDRESS:909 Calle Luna]], building [[ADDRESS:14]], in [[LOCATION:Makati]]. Her account PIN is 4471 and her password is Kalabaw!2024. Contact: [[EMAIL_ADDRESS:esperanza.v@pldtdsl.net]], [[PHONE_NUMBER:+63 917 552 0183]].""",
    """NOTICE OF DEFAULT
To: [[PERSON:Mr. Desmond Achebe]]
[[ADDRESS:Flat 5, 22 Cranbrook Road]]
[[LOCATION:Ilford]] [[ZIP_CODE:IG1 4PJ]]
Date: [[DATE_TIME:2 April 2024]]
Agreement number: 0048-22716-01
Dear [[PERSON:Mr. Achebe]],
We wrote to you on [[DATE_TIME:4 March 2024]] about the arrears on your account. The arrears now stand at £1,284.50. Unless you pay this amount or contact us by [[DATE_TIME:23 April 2024]], we may end the agreement. Payments can be made by direct debit from your account, sort code 20-45-77, or by card over the phone.""",
    """{"event":"kyc_submitted","ts":"2024-06-03T04:11:52Z","applicant":{"name":"[[PERSON:Mereani Vakacegu]]","dob":"[[DATE_TIME:1993-03-21]]","nationality":"[[NRP:Fijian]]","passport":"[[ID_NUMBER:FJ2183774]]","address":"[[ADDRESS:Lot 9 Ratu Dovi Road]], [[LOCATION:Nasinu]]"},"device":{"ip":"[[IP_ADDRESS:144.120.33.15]]","mac":"b8:27:eb:4f:19:a2"},"status":"pending"}""",
    """A/c holder [[PERSON:Joseph Nakamura-Bell]], Acting Deputy Registrar, needs the following changed: phone to [[PHONE_NUMBER:808-941-2276]], street to [[ADDRESS:1350 Ala Moana Blvd]], suite [[ADDRESS:2101]], city [[LOCATION:Honolulu]], zip [[ZIP_CODE:96814]]. Verification: last 4 of SSN 3307, DOB [[DATE_TIME:11/02/1975]].""",
    """Mining Lease 159 — Occupation Fee Payment Schedule (extract)
Payee: [[PERSON:Kepas Wai]]  |  Share: 2.5%  |  Bank a/c [[ID_NUMBER:1001 3390 7752]]  |  Mobile [[PHONE_NUMBER:7309 8841]]
Payee: [[PERSON:Lucy Wai]] (widow of [[PERSON:Kepas Wai]] snr)  |  Share: 1.0%  |  Cash, collected at [[LOCATION:Kundiawa]]
Payee: [[PERSON:Francis Dua]]  |  Share: 1.5%  |  Bank a/c [[ID_NUMBER:1002 5148 3320]]  |  Mobile [[PHONE_NUMBER:7915 0036]]
Prepared by: [[PERSON:H. Bomai]], Landowner Liaison, [[DATE_TIME:12/12/2023]]""",
    """Account: [[USERNAME:bluefinkid07]] | Name: [[PERSON:Tevita Kupu]] | Age: [[AGE:15]] | Parent email: [[EMAIL_ADDRESS:losana.kupu@hotmail.com]] | Country: [[LOCATION:Tonga]] | Last login: [[DATE_TIME:2024-07-14 21:03]] | IP: [[IP_ADDRESS:202.134.25.18]]""",
    """MEDICAL CERTIFICATE
I, [[PERSON:Dr. Meenakshi Raman]], certify that I examined [[PERSON:Mr. Lautoa Faleolo]] on [[DATE_TIME:Wednesday 8 May 2024]] and that he is unfit for work until [[DATE_TIME:15 May 2024]] because of a back injury sustained at work. Patient DOB: [[DATE_TIME:30/10/1987]]. Medicare: [[ID_NUMBER:5334 87125 1]].
Practice: Sunraysia Family Clinic, [[LOCATION:Mildura]]. Provider no. [[ID_NUMBER:2418375T]].""",
    """Hello [[PERSON:Zainab]], your courier [[PERSON:Mehmet]] will arrive at [[ADDRESS:Block C, 7th floor, 18 Boulevard Mohammed V]], [[LOCATION:Casablanca]] [[ZIP_CODE:20250]] between 10:00 and 12:00. Reach him on [[PHONE_NUMBER:+212 661 48 29 03]]. Pay with card [[CREDIT_CARD:4182 8706 3352 9043]] or cash.""",
    """UPDATE employees SET iban = '[[IBAN_CODE:DE44500105175407324931]]', address_line1 = '[[ADDRESS:Hauptstraße 112]]', city = '[[LOCATION:Heidelberg]]', plz = '[[ZIP_CODE:69117]]' WHERE employee_no = '[[ID_NUMBER:DE-004471]]'; -- requested by [[PERSON:Katrin Vogelsang]] on [[DATE_TIME:2024-01-09]]""",
    """Form SI-FA-3: Observer Placement
Observer name: [[PERSON:Nelson Kwalea]]
Observer no.: [[ID_NUMBER:SIOB-0611]]
Date of birth: [[DATE_TIME:7 Aug 1989]]    Age: [[AGE:34]]
Home island: [[LOCATION:Malaita]]
Next of kin: [[PERSON:Mary Kwalea]], [[PHONE_NUMBER:+677 756 1180]]
Vessel: Solomon Blue (longline)    Port of departure: [[LOCATION:Noro]]
Departure date: [[DATE_TIME:2 January 2024]]
Coordinator: [[PERSON:R. Maesua]]""",
    """Per our discussion, [[PERSON:Kalinda]] will handle the Global Response Specialist role while [[PERSON:Tomasi]] is on leave until [[DATE_TIME:03/10]]. Payments to contractor [[PERSON:Anneke de Wit]] go to [[IBAN_CODE:NL50RABO0317263845]], BIC RABONL2U. Her home phone is [[PHONE_NUMBER:+31 20 771 4052]].""",
    """2024-08-19 02:13:44,117 ERROR [payments-worker-3] Charge failed for customer_id=[[ID_NUMBER:CUS-0098812]] name="[[PERSON:Amara Diallo]]" card=[[CREDIT_CARD:4775812203690188]] exp=12/25 cvv=*** amount=249.00 EUR
2024-08-19 02:13:44,118 DEBUG [payments-worker-3] billing_address="[[ADDRESS:14 Rue de la Pompe]], [[ZIP_CODE:75116]] [[LOCATION:Paris]]" ip=[[IP_ADDRESS:88.160.12.244]]""",
    """INCIDENT REPORT — WORKPLACE INJURY
Worker: [[PERSON:Ezekiel Rongo]]    Worker ID: [[ID_NUMBER:RSE-SB-0443]]    Nationality: [[NRP:Solomon Islander]]
Employer: Central Otago Cherries Ltd    Site: [[ADDRESS:1420 Luggate-Cromwell Road]], [[LOCATION:Cromwell]]
Date and time of incident: [[DATE_TIME:18 December 2023, 14:30]]
Description: Worker fell from a picking ladder and injured his left wrist. First aid given by supervisor [[PERSON:Ana Tuipulotu]]. Taken to Dunstan Hospital by [[PERSON:Graeme Wills]].
ACC claim number: 10045823901
Worker contact while recovering: [[PHONE_NUMBER:022 315 6649]]""",
    """[[TITLE:Ms.]] [[PERSON:Farida]] [[PERSON:Al-Mansouri]], Principal Creative Manager, please note your new parking bay is at [[ADDRESS:Level B2, 55 Collins Street]], [[LOCATION:Melbourne]]. Your vehicle [[ID_NUMBER:1XY 7KP]] has been registered and the monthly fee will be charged to [[CREDIT_CARD:5306 9188 4021 7452]].""",
    """<patient>
  <name>[[PERSON:Oduya Atieno]]</name>
  <sex>F</sex>
  <birthDate>[[DATE_TIME:1979-04-16]]</birthDate>
  <nationalId>[[ID_NUMBER:21847390]]</nationalId>
  <nhif>[[ID_NUMBER:NHIF-5502118]]</nhif>
  <address>[[ADDRESS:Plot 44, Ngong Road]], [[LOCATION:Nairobi]]</address>
  <phone>[[PHONE_NUMBER:+254 722 418 903]]</phone>
</patient>""",
    """Landowner grievance log, [[LOCATION:Bulolo]] district office
[[DATE_TIME:04/03/2024]] — [[PERSON:Kaupa Nime]] ([[LOCATION:Babuaf]] village) says his name was left off the seismic survey compensation list. Phone [[PHONE_NUMBER:7044 9012]]. Referred to [[PERSON:Ms. Regina Sil]].
[[DATE_TIME:06/03/2024]] — [[PERSON:Anna Gawi]] asks why her payment went to her brother [[PERSON:Luke Gawi]]'s account. Account on form: [[ID_NUMBER:1001 6620 9943]].
[[DATE_TIME:07/03/2024]] — Group of six landowners from [[LOCATION:Zifasing]] visited site office; no names taken.""",
    """Hey [[PERSON:Bronwyn]], I'm the new Investor Paradigm Engineer at the [[LOCATION:Perth]] office — my desk phone is 08 9211 4400 ext 218 and my mobile is [[PHONE_NUMBER:0401 552 873]]. I live in [[LOCATION:Fremantle]], [[ADDRESS:12 Attfield Street]]. My birthday is on the [[DATE_TIME:29th of February]], so I only get a cake every four years!""",
    """Dear Customer [[PERSON:Lars-Erik Haugland]], the following SEPA mandate was created: Creditor ID NO98ZZZ0172643, debtor IBAN [[IBAN_CODE:NO08 1503 6281 945]], signed on [[DATE_TIME:14.02.2024]] in [[LOCATION:Bergen]]. Debtor address: [[ADDRESS:Kalfarveien 31]], [[ZIP_CODE:5018]] [[LOCATION:Bergen]].""",
    """Name: [[PERSON:Leitu Iopu]] ; Kaupapa: RSE ; Whenua: [[LOCATION:Samoa]] ; DOB: [[DATE_TIME:21/09/1995]] ; Passport: [[ID_NUMBER:SP0471182]] ; Employer: Hawke's Bay Fruitgrowers ; NZ Address: [[ADDRESS:312 Pakowhai Road]], [[LOCATION:Hastings]] [[ZIP_CODE:4122]] ; Bank: [[ID_NUMBER:03-0658-0741102-00]] ; IRD: [[ID_NUMBER:033-067-143]]""",
    """POLICE STATEMENT
Statement of: [[PERSON:Marie-Louise Tabi]]
Age: [[AGE:38]]    Occupation: market vendor
Address: [[LOCATION:Freshwota]], [[LOCATION:Port Vila]]
Mi stap long maket long [[DATE_TIME:Fraede 12 Jenuari]] taem wan man i tekem bag blong mi. Long bag i gat fon blong mi ([[PHONE_NUMBER:532 8810]]) mo aedentiti kad blong mi, namba [[ID_NUMBER:VU-NID 0412887]]. Mi save nem blong man ia, hemi [[PERSON:Kalo]].
Signed before [[TITLE:Constable]] [[PERSON:Willie Bong]].""",
    """AIRLINE PNR: KV7LQ2 | PAX 1: [[PERSON:ORTIZ/MARIA JOSE]] [[TITLE:MS]] | PAX 2: [[PERSON:ORTIZ/LUCAS]] [[TITLE:MSTR]] | DOB PAX 2: [[DATE_TIME:04APR17]] | FOID: PP [[ID_NUMBER:PAD417722]] | CTC: [[PHONE_NUMBER:+34 612 774 309]] | EMAIL: [[EMAIL_ADDRESS:mariajose.ortiz@telefonica.net]] | FOP: CC [[CREDIT_CARD:4305921588744608]] exp 0826""",
    """Re: complaint from observer
Dear [[PERSON:Mr. Puka]],
I am writing about the complaint made by observer [[PERSON:Felix Tabe]] ([[ID_NUMBER:PGOB-2874]]) about his treatment on board the FV Sea Dragon 11 between [[DATE_TIME:5 May]] and [[DATE_TIME:9 June 2024]]. [[PERSON:Mr Tabe]] states that his cabin was locked from outside on the evening of [[DATE_TIME:28 May]] and that his satellite phone was taken. He can be contacted on [[PHONE_NUMBER:+675 7255 0413]] or at [[EMAIL_ADDRESS:felixtabe@digicelpacific.blackberry.com]].
Yours sincerely,
[[PERSON:Margaret Korowi]]
Observer Programme Manager""",
    """[[PERSON:Sven]] from [[LOCATION:Gävle]], [[AGE:23]] yrs old, works as Human Implementation Director; eye colour hazel; lives at [[ADDRESS:Norra Kopparslagargatan 17]], [[ZIP_CODE:803 20]]; phone [[PHONE_NUMBER:026-14 83 92]]; IBAN [[IBAN_CODE:SE95 8000 0832 7901 4880 2251]].""",
    """curl -X POST https://api.example-hr.io/v2/employees \\
  -H "Authorization: Bearer 9f8c2e7a11d54b0c" \\
  -d '{"first":"[[PERSON:Aleksander]]","last":"[[PERSON:Nowicki]]","pesel":"[[ID_NUMBER:85071204537]]","iban":"[[IBAN_CODE:PL16114020040000360281934452]]","start":"[[DATE_TIME:2024-09-01]]"}'""",
    """From the desk of [[PERSON:Dr. Cecilia Ombati]], Principal, Riverside Academy: Please be informed that [[PERSON:Brandon]] [[PERSON:Mwangi]] (Form 3, adm. no. [[ID_NUMBER:4471]]) is suspended until [[DATE_TIME:Monday 22nd January]]. Parent [[PERSON:Grace Mwangi]] is asked to call the school on 020 444 1190.""",
    """Kaunsil bilong ol papa graun — toksave
Long [[DATE_TIME:Fonde 14 Mas 2024]], ol bai givim pe bilong graun long ples [[LOCATION:Kavieng]]. Ol dispela man na meri i mas kam wantaim aidi kat:
1. [[PERSON:Joseph Lapan]] — aidi [[ID_NUMBER:1007 4418 2250]]
2. [[PERSON:Elizabeth Tamtam]] — aidi [[ID_NUMBER:1007 9935 0182]]
3. [[PERSON:Andrew Pukai]] — aidi [[ID_NUMBER:1008 2207 6641]]
Sapos yu gat askim, ring long [[PERSON:Bernard Sapak]], [[PHONE_NUMBER:7120 6693]].""",
    """[[PERSON:Mr. Ikechukwu Obi]] (Customer No. [[ID_NUMBER:NG-48812207]]) has requested to change his registered address from [[ADDRESS:7 Awolowo Road]], [[LOCATION:Ikoyi]] to [[ADDRESS:House 22, 3rd Avenue]], [[LOCATION:Gwarinpa]], [[LOCATION:Abuja]]. His NIN is [[ID_NUMBER:48291073655]]. Request received via [[EMAIL_ADDRESS:ike.obi@yahoo.com]] from [[IP_ADDRESS:105.112.40.19]].""",
    """apiVersion: v1
kind: Secret
metadata:
  name: smtp-relay
  annotations:
    owner: "[[PERSON:Priyanka Desai]]"
    owner-email: "[[EMAIL_ADDRESS:priyanka.desai@finlytics.in]]"
stringData:
  username: relay-bot
  password: Xq3!ttR9#pw""",
    """DISCHARGE SUMMARY. Name: [[PERSON:Aliya Nurlanovna Sadykova]]. DOB: [[DATE_TIME:12.09.1961]]. Admitted: [[DATE_TIME:02.03.2024]]. Discharged: [[DATE_TIME:11.03.2024]]. Diagnosis: community-acquired pneumonia. Attending: [[PERSON:Dr. Petrov]]. Follow-up with GP at [[ADDRESS:Flat 3, 14 Tottenham Lane]], [[LOCATION:London]] [[ZIP_CODE:N8 9DN]]; NHS no. [[ID_NUMBER:943 476 5927]].""",
    """[[PERSON:Tavita Leota]] — RSE worker profile
Country of origin: [[LOCATION:Samoa]] | Village: [[LOCATION:Falealupo]] | Age: [[AGE:32]]
Seasons worked: 2019, 2022, 2023 | Current employer: Kerikeri Citrus | Team leader: [[PERSON:Fa'amoana Leota]] (brother)
NZ phone: [[PHONE_NUMBER:+64 21 077 4519]] | Samoa phone: [[PHONE_NUMBER:+685 772 4410]]
Return flight: [[DATE_TIME:28 May 2024]], [[LOCATION:Auckland]]–[[LOCATION:Apia]]""",
    """The Accountant [[PERSON:Yaw Boateng]] (he/him), born [[DATE_TIME:March 3, 1992]], set up a recurring transfer from [[IBAN_CODE:GB14MIDL40051572983306]] to [[PERSON:Efua Boateng]]; his online banking handle is [[USERNAME:yboateng92]] and the last session came from [[IP_ADDRESS:2a00:23c6:9a1e:e801:4d5b:1c22:fe30:7a11]].""",
    """---
ticket: OPS-20931
reporter: [[PERSON:Ilse Fonteyne]] <[[EMAIL_ADDRESS:ilse.fonteyne@telenet.be]]>
summary: Refund to wrong account
details: |
  I paid the deposit on [[DATE_TIME:4 February]] but the refund was sent to an old account.
  Correct IBAN: [[IBAN_CODE:BE94 0631 8274 5914]]
  Address: [[ADDRESS:Kortrijksesteenweg 208]], [[ZIP_CODE:9000]] [[LOCATION:Gent]]
  Phone: [[PHONE_NUMBER:+32 477 21 84 90]]
---""",
    """MINUTES — Landowner Forum, Bougainville (extract)
Present: [[TITLE:Hon.]] [[PERSON:Joseph Watawi]] (chair), [[PERSON:Theonila Roka]], [[PERSON:Philip Miriori]], [[PERSON:Agnes Titus]]
[[PERSON:Ms. Roka]] asked that women landowners from [[LOCATION:Panguna]] be paid directly and not through male agents. [[PERSON:Mr. Miriori]] said records from before the crisis were lost and that his own file (landowner no. [[ID_NUMBER:PLA-0227]]) was rebuilt only in 2019. Next meeting: [[LOCATION:Arawa]].""",
    """Sent from [[EMAIL_ADDRESS:brianna.delgado@icloud.com]]: hi, my son [[PERSON:Mateo]] ([[AGE:9]]) needs his allergy action plan updated; his pediatrician [[PERSON:Dr. Priscilla Huang]] moved to [[ADDRESS:2200 Santa Monica Blvd, Suite 310]], [[LOCATION:Santa Monica]] [[ZIP_CODE:90404]]. Thanks, [[PERSON:Brianna]]""",
    """The Corporate Response Orchestrator, [[PERSON:Mahala]] [[PERSON:Begay]], needs a new laptop shipped to [[ADDRESS:Building 4, 1 Tribal Hill Drive]], [[LOCATION:Window Rock]], [[LOCATION:AZ]] [[ZIP_CODE:86515]]. Her account [[ID_NUMBER:84410327]] is billed to card [[CREDIT_CARD:6767 7041 8825 0317]]; user agent Opera/9.80 (Windows NT 6.1; U; en) Presto/2.9.168.""",
    """OBSERVER PRE-DEPLOYMENT MEDICAL
Name: [[PERSON:Roselyn Wenge]]    Sex: F    DOB: [[DATE_TIME:19/02/1994]] ([[AGE:30]] yrs)
Observer no.: [[ID_NUMBER:PGOB-3012]]
Home: [[ADDRESS:Section 118, Allotment 9]], [[LOCATION:Lae]], [[LOCATION:Morobe Province]]
Blood group: O+    Fit for sea duty: YES
Examined by: [[PERSON:Dr. Gilbert Mou]], Angau Hospital, on [[DATE_TIME:8 January 2024]]""",
    """Dear [[PERSON:Sina]], your Bambuu account now has 2FA. If you did not ask for this, reply to this email or call +1 888 240 3390. Device: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 Safari/605.1.15, IP [[IP_ADDRESS:24.17.201.88]], location [[LOCATION:Seattle]], time [[DATE_TIME:Jan 30, 2024 10:14 PM PST]].""",
    """RENTAL AGREEMENT — RESIDENTIAL
Landlord: [[PERSON:Augusto Fernandes Lima]], of [[ADDRESS:Rua das Flores 118, 2.º Esq.]], [[ZIP_CODE:4050-262]] [[LOCATION:Porto]]
Tenant: [[PERSON:Chloé Marchetti]], born [[DATE_TIME:9 August 1998]], Italian ID card [[ID_NUMBER:CA48201BE]]
Premises: [[ADDRESS:Rua de Cedofeita 402, 3.º Dto.]], [[LOCATION:Porto]]
Term: twelve months from [[DATE_TIME:1 October 2024]]. Rent: €950 per month, payable to the landlord's account.
Signed at [[LOCATION:Porto]] on [[DATE_TIME:18 September 2024]].""",
    """{"level":"info","msg":"observer location ping","observer":{"id":"[[ID_NUMBER:SIOB-0533]]","name":"[[PERSON:Patrick Teika]]","sat_phone":"[[PHONE_NUMBER:+870 773 118 442]]"},"vessel":"Pacific Venture","lat":-8.4172,"lon":159.8821,"ts":"2024-04-02T06:00:00Z"}""",
    """Hi [[PERSON:Ahmad]], our Dynamic Accounts Agent, please note the customer [[PERSON:Rukhsana Begum]] (DOB [[DATE_TIME:27/07/1969]]) lives at [[ADDRESS:44 Stoney Lane]], [[LOCATION:Sparkhill]], [[LOCATION:Birmingham]] [[ZIP_CODE:B12 8AG]] and her National Insurance number is [[ID_NUMBER:JT 48 21 93 C]]. Her IBAN is [[IBAN_CODE:GB27LOYD30963317425580]].""",
    """SETTLEMENT DEED
Parties: (1) Porgera Gold Joint Venture; (2) [[PERSON:Mathew Piawe]], landowner, of [[LOCATION:Alipis]] village; (3) [[PERSON:Janet Piawe]], spouse.
Recitals: On [[DATE_TIME:2 September 2019]], the house of [[PERSON:Mathew Piawe]] at [[LOCATION:Alipis]] was destroyed during the relocation exercise.
Terms: The company will pay K65,000 to account [[ID_NUMBER:1000 4412 7765]] held jointly by parties (2) and (3) within thirty days.
Signed by [[PERSON:Mathew Piawe]] on [[DATE_TIME:10 March 2024]] at [[LOCATION:Paiam]].""",
    """[[PERSON:Noa]] [[PERSON:Ben-David]], Lead Intranet Planner, will be travelling on passport [[US_PASSPORT:568214907]]. Per diem to card [[CREDIT_CARD:3566 0020 1945 7833]]. Home: [[ADDRESS:318 Greenwich Street, 5th Floor]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10013]].""",
    """ERROR 1062 (23000): Duplicate entry '[[EMAIL_ADDRESS:kojo.asante@gmail.com]]' for key 'users.email'
-- offending row: (NULL, '[[PERSON:Kojo Asante]]', '[[EMAIL_ADDRESS:kojo.asante@gmail.com]]', '[[PHONE_NUMBER:+233 24 418 7702]]', '[[DATE_TIME:1984-10-10]]', '[[LOCATION:Kumasi]]')""",
    """Application for Seasonal Worker Programme — Vanuatu Labour Department
Nem / Name: [[PERSON:Kenneth Natuman]]
Dei blong bon / Date of birth: [[DATE_TIME:02/07/1990]]
Aelan / Island: [[LOCATION:Ambae]]
Vilej / Village: [[LOCATION:Lolowai]]
Pasport namba: [[ID_NUMBER:RV0299341]]
Namba blong fon: [[PHONE_NUMBER:762 1155]]
Nem blong wan famli (nekst of kin): [[PERSON:Lina Natuman]]
Mi agri blong folem ol rul blong skim. Saen: ______ Dei: [[DATE_TIME:15/01/2024]]""",
    """Notification: [[PERSON:Svetlana]] changed her shipping address to [[ADDRESS:ul. Marszałkowska 84/92 m. 117]], [[ZIP_CODE:00-514]] [[LOCATION:Warszawa]]. Order 4471-PL-22 will be charged to [[CREDIT_CARD:5511 2976 0034 8117]]. She is [[AGE:41]] and works as a National Metrics Consultant.""",
    """Loan No. MF-2291-04 — Microfinance loan to market vendor
Borrower: [[PERSON:Rebecca Oa]], [[AGE:36]], of [[LOCATION:Auki]], [[LOCATION:Malaita Province]]
Guarantor: [[PERSON:Stephen Oa]] (husband), seasonal worker in [[LOCATION:Queensland]] under PALM
Repayments: SBD 250 fortnightly from [[DATE_TIME:1 March 2024]], from account [[ID_NUMBER:2001 3347 7790]]
Contact: [[PHONE_NUMBER:743 0921]]""",
    """[[PERSON:Ms. Khadija Osman]] ([[EMAIL_ADDRESS:kosman@shaw.ca]]) is our new Tenant Relations Officer. She'll work from [[ADDRESS:Unit 210, 10150 Jasper Avenue NW]], [[LOCATION:Edmonton]], [[LOCATION:AB]] [[ZIP_CODE:T5J 1W4]]. Her SIN [[ID_NUMBER:730 158 425]] is needed for payroll.""",
    """<?xml version="1.0"?>
<landownerPayment batch="2023-Q4">
  <payee>
    <name>[[PERSON:Jacklyn Onguglo]]</name>
    <village>[[LOCATION:Kiunga]]</village>
    <nid>[[ID_NUMBER:1012 0083 4459]]</nid>
    <account bank="BSP">[[ID_NUMBER:1003 0447 1298]]</account>
    <amountKina>2210.00</amountKina>
  </payee>
  <payee>
    <name>[[PERSON:Moses Yongi]]</name>
    <village>[[LOCATION:Ningerum]]</village>
    <nid>[[ID_NUMBER:1012 1174 0036]]</nid>
    <account bank="MiBank">[[ID_NUMBER:0210 7741 55]]</account>
    <amountKina>1875.50</amountKina>
  </payee>
</landownerPayment>""",
    """Dear [[PERSON:Sir Anthony Blackwood]], Your membership of the Carlton Club (member no. [[ID_NUMBER:C-11827]]) is due for renewal on [[DATE_TIME:1 January]]. The subscription of £1,850 will be collected from [[IBAN_CODE:GB93HBUK40127638049215]] unless you tell us otherwise by writing to the Secretary.""",
    """The user [[USERNAME:j.oyekunle]] ([[PERSON:Jumoke Oyekunle]], Legacy Group Technician) reported that MAC 4c:ed:fb:91:27:0a was blocked on [[IP_ADDRESS:192.168.14.77]]. Her DOB ([[DATE_TIME:11-Nov-1990]]) and employee no. [[ID_NUMBER:EMP-77104]] were verified by phone on [[PHONE_NUMBER:+234 803 411 2290]].""",
    """WORKERS' COMPENSATION CLAIM FORM (extract)
1. Worker's name: [[PERSON:Henry Tom]]
2. Date of birth: [[DATE_TIME:25/12/1986]]
3. Address in Australia: [[ADDRESS:8 Elizabeth Street]], [[LOCATION:Childers]] [[LOCATION:QLD]] [[ZIP_CODE:4660]]
4. Home country address: [[LOCATION:Buka]], [[LOCATION:Autonomous Region of Bougainville]], [[LOCATION:Papua New Guinea]]
5. Phone: [[PHONE_NUMBER:0475 219 604]]
6. Date of injury: [[DATE_TIME:9 October 2023]]
7. How did the injury happen? Cut to right hand while harvesting sweet potato.
8. TFN: [[ID_NUMBER:610 482 538]]""",
    """Thank you [[PERSON:Aarav]], your seat 14C on the [[DATE_TIME:6 June]] flight to [[LOCATION:Bengaluru]] is confirmed. We've saved card [[CREDIT_CARD:4916720881345068]] (exp 07/26) and your frequent flyer number [[ID_NUMBER:AI 7730 4128]]. Contact on file: [[PHONE_NUMBER:+91 99001 28437]].""",
    """SELECT name, phone, account_no FROM payees WHERE village = '[[LOCATION:Londolovit]]';
+-----------------+-----------+----------------+
| name            | phone     | account_no     |
+-----------------+-----------+----------------+
| [[PERSON:Timothy Kape]]    | [[PHONE_NUMBER:7231 0094]] | [[ID_NUMBER:6001 4418 330]]  |
| [[PERSON:Benedicta Ulau]]  | [[PHONE_NUMBER:7980 2216]] | [[ID_NUMBER:6002 9031 874]]  |
+-----------------+-----------+----------------+
2 rows in set (0.01 sec)""",
    """To: [[PERSON:Erik Johansson-Mbeki]], Direct Marketing Strategist
Your W-2 has been reissued to [[ADDRESS:8834 Bayou Crest Dr]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77064]]. SSN on file: [[US_SSN:643-18-2097]]. Direct deposit: routing 111000614, account [[ID_NUMBER:488201337]].""",
    """Observer safety check-in (SMS gateway export)
[[PHONE_NUMBER:+675 7290 4415]] -> FFA-OBS: "Obseva [[PERSON:Jerry Mondo]] i orait, sip i stap klostu long [[LOCATION:Manus]]. Olgeta i gutpela."
FFA-OBS -> [[PHONE_NUMBER:+675 7290 4415]]: "Tenkyu [[PERSON:Jerry]], neks check-in long 1800 UTC."
[[PHONE_NUMBER:+675 7033 8821]] -> FFA-OBS: "Mi [[PERSON:Ruth Mondo]], meri bilong [[PERSON:Jerry]]. Wanem taim em bai kam bek?"
""".strip(),
    """Reference letter: I have known [[PERSON:Folake Adesanya]] since [[DATE_TIME:September 2017]], when she joined our team as a Junior Analyst at the [[LOCATION:Lagos]] office. She can be reached at [[PHONE_NUMBER:+234 809 117 4430]] and [[EMAIL_ADDRESS:folake.adesanya@gmail.com]]. — [[PERSON:Tunde Bakare]], Head of Risk""",
    """export const seedUsers = {
  andre: { name: "[[PERSON:Andre Rautenbach]]", email: "[[EMAIL_ADDRESS:andre.rautenbach@mweb.co.za]]", idNumber: "[[ID_NUMBER:7506145829080]]" },
  admin: { name: "System Admin", email: "admin@example.org", idNumber: null },
};""",
    """CAPTAIN'S DECLARATION ON OBSERVER ACCESS — I, [[TITLE:Capt.]] [[PERSON:Kim Dong-hyun]], master of the FV Dongwon 628, passport [[ID_NUMBER:M40281175]], declare that observer [[PERSON:Linda Kwaimani]] was given full access to the catch and the logbooks during the trip from [[DATE_TIME:11 March]] to [[DATE_TIME:19 April 2024]]. Signed at [[LOCATION:Honiara]] on [[DATE_TIME:20 April 2024]].""",
    """Greetings [[PERSON:Ms. Oyinlola]], your Investor Markets Facilitator badge has been posted to [[ADDRESS:Apartment 4C, 19 Admiralty Way]], [[LOCATION:Lekki]]; the courier's tracking is 7740-3319-88. For questions write to [[EMAIL_ADDRESS:oyin.adebisi@zenithbank.com]].""",
    """PAYROLL EXPORT — PALM cohort 14 (CSV snippet in ticket body)
Please check these two lines, the super numbers look swapped:
[[PERSON:Tarcisius Wate]],[[ID_NUMBER:752 039 164]],AustralianSuper,[[ID_NUMBER:700184229]]
[[PERSON:Linnette Kaleb]],[[ID_NUMBER:128 744 037]],AustralianSuper,[[ID_NUMBER:700119930]]
— [[PERSON:Sandeep]], payroll""",
    """Hi [[PERSON:Ewan]], the Principal Solutions Officer wants your building access renewed. Details: DOB [[DATE_TIME:1983/05/29]], employee ID [[ID_NUMBER:GB-118407]], home [[ADDRESS:22 Braid Hills Road]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH10 6HY]], mobile [[PHONE_NUMBER:07845 320 178]], vehicle [[ID_NUMBER:SN19 XKW]].""",
    """Public notice — Lihir Mine Area Landowners Association: the following beneficiaries have not yet collected their 2023 royalty share and are asked to come to the [[LOCATION:Londolovit]] office with identification before [[DATE_TIME:29 March 2024]]: [[PERSON:Paul Niliyam]], [[PERSON:Cecilia Kasa]], [[PERSON:Tony Tuapak]], [[PERSON:Margret Yalam]].""",
    """{"patient_id":"[[ID_NUMBER:P-00911827]]","name":{"given":"[[PERSON:Ashkan]]","family":"[[PERSON:Rahimi]]"},"gender":"male","birthDate":"[[DATE_TIME:1958-01-30]]","telecom":[{"system":"phone","value":"[[PHONE_NUMBER:(604) 873-2291]]"},{"system":"email","value":"[[EMAIL_ADDRESS:a.rahimi@telus.net]]"}],"address":{"line":"[[ADDRESS:2215 W 41st Ave]]","city":"[[LOCATION:Vancouver]]","postalCode":"[[ZIP_CODE:V6M 2A3]]"}}""",
    """The [[NRP:Buddhist]] monk [[TITLE:Phra]] [[PERSON:Somchai]], [[AGE:61]], stayed with the [[PERSON:Sirikul]] family at [[ADDRESS:119/4 Soi Ari 4]], [[LOCATION:Bangkok]] [[ZIP_CODE:10400]]; the visa extension filed on [[DATE_TIME:15 Feb 2024]] lists his passport as [[ID_NUMBER:AA4418270]].""",
    """Observer fee claim
Claimant: [[PERSON:Wesley Bata]]   Obs no. [[ID_NUMBER:SIOB-0390]]
Trip: [[DATE_TIME:10 Oct 2023]] to [[DATE_TIME:24 Nov 2023]] (45 sea days x SBD 320)
Pay to: BSP Solomon Islands, account [[ID_NUMBER:2000 9981 4427]]
Signed: [[PERSON:W. Bata]]   Approved: [[PERSON:J. Ramo]]""",
    """Customer [[PERSON:Yusuf Al-Rashid]] wants to add his wife [[PERSON:Layla]] as authorised user. Her DOB [[DATE_TIME:19 Rajab 1410]] was given in Hijri; Gregorian date to be confirmed. Primary card [[CREDIT_CARD:3411 720985 64037]]. Address [[ADDRESS:Villa 22, Street 14]], [[LOCATION:Al Barsha]], [[LOCATION:Dubai]].""",
    """POST /api/v1/consents HTTP/1.1
Host: consent.healthbridge.co.nz
X-Forwarded-For: [[IP_ADDRESS:125.239.66.14]]
Content-Type: application/json

{"nhi":"[[ID_NUMBER:ZHK4489]]","name":"[[PERSON:Mere Rāwiri]]","dob":"[[DATE_TIME:1971-07-07]]","consent":"share_with_gp"}""",
    """I, [[PERSON:Grace Tini]], of [[LOCATION:Honiara]], a [[NRP:Solomon Islander]], swear that my husband [[PERSON:Dennis Tini]], who went to [[LOCATION:Australia]] as a seasonal worker on [[DATE_TIME:4 April 2022]], has not sent money home since [[DATE_TIME:August 2023]], and I ask that his employer, Sunny Ridge Farm, be contacted. His Australian number was [[PHONE_NUMBER:0423 884 105]].""",
    """[[PERSON:Linnea]] ([[USERNAME:linnea_k]]), Future Functionality Analyst, reported her wallet stolen; cards cancelled: [[CREDIT_CARD:4024007115385]] and [[CREDIT_CARD:2221 0448 8219 0363]]. New card will be posted to [[ADDRESS:Mannerheimintie 12 B 24]], [[ZIP_CODE:00100]] [[LOCATION:Helsinki]]. Her IBAN [[IBAN_CODE:FI57 4005 5020 3877 16]] remains unchanged.""",
    """Dispute form — Fisheries Licence Levy Refund
Licensee: [[PERSON:Mrs. Hilda Pomat]], sole trader, [[ADDRESS:Allotment 3, Section 42]], [[LOCATION:Wewak]], [[LOCATION:East Sepik]]
Contact: [[PHONE_NUMBER:7654 1129]], [[EMAIL_ADDRESS:hildapomat@gmail.com]]
Reason: levy paid twice on [[DATE_TIME:5 January 2024]] by her son [[PERSON:Paul]] on her behalf.""",
    """Dear [[PERSON:Mr. Rajiv Khatri]], the Deputy Implementation Producer, your request to update your Aadhaar-linked mobile to [[PHONE_NUMBER:+91 70219 84410]] was received on [[DATE_TIME:04/05/2024 11:20]] from IP [[IP_ADDRESS:49.36.128.77]]. If you need help, write to [[EMAIL_ADDRESS:rajiv.khatri@rediffmail.com]].""",
    """[[PERSON:Viliami Tonga]] (RSE worker, [[LOCATION:Tonga]]) — ID badge data
Badge #: [[ID_NUMBER:4471]] | Crew: B | Passport: [[ID_NUMBER:T0882134]] | DOB: [[DATE_TIME:14 Feb 1998]] | Emergency contact: [[PERSON:Salote Tonga]], [[PHONE_NUMBER:+676 775 4412]] | Bunk: [[ADDRESS:Block 2, Room 6, 40 Swamp Road]], [[LOCATION:Riwaka]]""",
    """Customer [[PERSON:Damián Etcheverry]] from [[LOCATION:Rosario]], [[LOCATION:Argentina]], aged [[AGE:45]], contacted support from [[EMAIL_ADDRESS:detcheverry@fibertel.com.ar]] about a charge to [[CREDIT_CARD:5105 1049 8317 7224]]. His DNI [[ID_NUMBER:24.881.305]] was verified; address [[ADDRESS:Bv. Oroño 1450, 4° B]].""",
]

TABLE = [
    """observer_id,name,home_port,mobile,last_trip_end,trips
[[ID_NUMBER:PGOB-2104]],[[PERSON:Jethro Kuri]],[[LOCATION:Wewak]],[[PHONE_NUMBER:7221 0487]],[[DATE_TIME:2024-01-18]],14
[[ID_NUMBER:PGOB-2231]],[[PERSON:Lucy Wambi]],[[LOCATION:Madang]],[[PHONE_NUMBER:7388 1902]],[[DATE_TIME:2024-03-09]],9
[[ID_NUMBER:PGOB-2650]],[[PERSON:Andrew Sapau]],[[LOCATION:Kavieng]],[[PHONE_NUMBER:7011 6634]],[[DATE_TIME:2023-12-22]],3
[[ID_NUMBER:PGOB-2877]],[[PERSON:Hellen Kumbu]],[[LOCATION:Lae]],[[PHONE_NUMBER:7459 2270]],[[DATE_TIME:2024-02-27]],21""",
    """| Worker | Country | Passport | House | Bed |
|---|---|---|---|---|
| [[PERSON:Jimmy Seule]] | [[LOCATION:Vanuatu]] | [[ID_NUMBER:RV0314429]] | [[ADDRESS:12 Ninth Street]], [[LOCATION:Renmark]] | 2 |
| [[PERSON:Obed Tangis]] | [[LOCATION:Vanuatu]] | [[ID_NUMBER:RV0288105]] | [[ADDRESS:12 Ninth Street]], [[LOCATION:Renmark]] | 3 |
| [[PERSON:Ruth Fataka]] | [[LOCATION:Solomon Islands]] | [[ID_NUMBER:PA0207716]] | [[ADDRESS:4 Renmark Avenue]], [[LOCATION:Renmark]] | 1 |
| [[PERSON:Lagi Soliai]] | [[LOCATION:Samoa]] | [[ID_NUMBER:SP0390027]] | [[ADDRESS:4 Renmark Avenue]], [[LOCATION:Renmark]] | 2 |""",
    """name\temail\tphone\tstate\tplan\tmonthly_usd
[[PERSON:Dana Whitcombe]]\t[[EMAIL_ADDRESS:dana.whitcombe@gmail.com]]\t[[PHONE_NUMBER:(503) 281-4470]]\t[[LOCATION:OR]]\tFamily\t84.00
[[PERSON:Luis Arroyo]]\t[[EMAIL_ADDRESS:larroyo77@yahoo.com]]\t[[PHONE_NUMBER:(915) 332-0918]]\t[[LOCATION:TX]]\tBasic\t29.99
[[PERSON:Keisha Monroe]]\t[[EMAIL_ADDRESS:keisha.m@outlook.com]]\t[[PHONE_NUMBER:(404) 719-2253]]\t[[LOCATION:GA]]\tPremium\t119.00""",
    """EMP NO   SURNAME        FIRST NAME   IRD NUMBER    BANK ACCOUNT            HOURS
[[ID_NUMBER:R-0412]]   [[PERSON:Fonua]]          [[PERSON:Sione]]        [[ID_NUMBER:49-182-732]]    [[ID_NUMBER:12-3140-0458127-00]]      52.5
[[ID_NUMBER:R-0413]]   [[PERSON:Taufa]]          [[PERSON:Mele]]         [[ID_NUMBER:107-364-528]]   [[ID_NUMBER:02-0500-0771830-02]]      48.0
[[ID_NUMBER:R-0419]]   [[PERSON:Tangitau]]       [[PERSON:Paula]]        [[ID_NUMBER:86-290-413]]    [[ID_NUMBER:06-0191-0322519-00]]      50.0""",
    """{"user": "[[USERNAME:kapa_haka_queen]]", "name": "[[PERSON:Tia Rewiti]]", "age": [[AGE:22]], "city": "[[LOCATION:Rotorua]]", "followers": 1840}
{"user": "[[USERNAME:dgoh_sg]]", "name": "[[PERSON:Daniel Goh]]", "age": [[AGE:31]], "city": "[[LOCATION:Singapore]]", "followers": 233}
{"user": "[[USERNAME:mwangaza.k]]", "name": "[[PERSON:Neema Kahindi]]", "age": [[AGE:27]], "city": "[[LOCATION:Mombasa]]", "followers": 9120}""",
    """emergency_contacts:
  - staff: "[[PERSON:Hemant Joshi]]"
    contact: "[[PERSON:Sunita Joshi]]"
    relation: spouse
    phone: "[[PHONE_NUMBER:+61 412 880 317]]"
  - staff: "[[PERSON:Claire Beaumont]]"
    contact: "[[PERSON:Michel Beaumont]]"
    relation: father
    phone: "[[PHONE_NUMBER:+33 6 12 48 90 37]]"
  - staff: "[[PERSON:Akosua Frimpong]]"
    contact: "[[PERSON:Kwame Frimpong]]"
    relation: brother
    phone: "[[PHONE_NUMBER:+233 20 771 5530]]\"""",
    """Full name:      [[PERSON:Shirley Anne Kapaona]]
Date of birth:  [[DATE_TIME:14/06/1982]]
Province:       [[LOCATION:Western Province]]
District:       [[LOCATION:North Fly]]
Village:        [[LOCATION:Kiunga]]
NID:            [[ID_NUMBER:1012 5530 8174]]
Phone:          [[PHONE_NUMBER:7120 4459]]
Bank account:   [[ID_NUMBER:1000 9182 6603]]
Category:       Landowner beneficiary (mine-affected village)
Status:         Verified""",
    """nhs_number,patient,dob,clinic,appt,postcode
[[ID_NUMBER:612 038 8478]],[[PERSON:Margaret Okonkwo]],[[DATE_TIME:03/11/1956]],Diabetes,[[DATE_TIME:12/06/2024 09:30]],[[ZIP_CODE:SE15 4QN]]
[[ID_NUMBER:700 415 2987]],[[PERSON:Dennis Whitlow]],[[DATE_TIME:21/04/1949]],Cardiology,[[DATE_TIME:12/06/2024 10:15]],[[ZIP_CODE:SE22 8HX]]
[[ID_NUMBER:943 476 5927]],[[PERSON:Aliya Sadykova]],[[DATE_TIME:12/09/1961]],Respiratory,[[DATE_TIME:13/06/2024 14:00]],[[ZIP_CODE:N8 9DN]]""",
    """| Payee | Clan | NID | Account | Amount (K) |
|-------|------|-----|---------|-----------:|
| [[PERSON:Rex Kambao]] | Yuna | [[ID_NUMBER:1004 5522 1093]] | [[ID_NUMBER:1000 7723 9150]] | 3,120.00 |
| [[PERSON:Elizabeth Kambao]] | Yuna | [[ID_NUMBER:1004 5521 9911]] | [[ID_NUMBER:1001 2284 7735]] | 3,120.00 |
| [[PERSON:Sakias Pim]] | Tangil | [[ID_NUMBER:1004 6603 0087]] | cash | 1,560.00 |""",
    """nem,ples,namba fon,mani (K),de
[[PERSON:Joseph Lapan]],[[LOCATION:Kavieng]],[[PHONE_NUMBER:7331 0952]],450.00,[[DATE_TIME:14/03/2024]]
[[PERSON:Elizabeth Tamtam]],[[LOCATION:Namatanai]],[[PHONE_NUMBER:7818 4420]],450.00,[[DATE_TIME:14/03/2024]]
[[PERSON:Andrew Pukai]],[[LOCATION:Kavieng]],[[PHONE_NUMBER:7055 1167]],300.00,[[DATE_TIME:15/03/2024]]""",
    """| Nem | Aelan | Namba fon | Dei blong bon |
| --- | --- | --- | --- |
| [[PERSON:Kenneth Natuman]] | [[LOCATION:Ambae]] | [[PHONE_NUMBER:762 1155]] | [[DATE_TIME:02/07/1990]] |
| [[PERSON:Mary Tari]] | [[LOCATION:Tanna]] | [[PHONE_NUMBER:548 0913]] | [[DATE_TIME:19/11/1997]] |
| [[PERSON:Charlie Bule]] | [[LOCATION:Pentecost]] | [[PHONE_NUMBER:771 3028]] | [[DATE_TIME:05/05/1985]] |""",
    """cardholder,card_number,amount,reason,opened
[[PERSON:Rebecca Lindholm]],[[CREDIT_CARD:4012 8881 4420 9372]],149.99,item not received,2024-04-02
[[PERSON:Omar Haddad]],[[CREDIT_CARD:5240177390615487]],62.50,duplicate charge,2024-04-03
[[PERSON:Seo-yeon Park]],[[CREDIT_CARD:3566-0020-1945-7833]],310.00,fraud,2024-04-03""",
    """freelancer\tcountry\tiban\trate_eur
[[PERSON:Matthias Keller]]\t[[LOCATION:Austria]]\t[[IBAN_CODE:AT28 2011 1827 3495 0061]]\t62
[[PERSON:Sofie Kjær]]\t[[LOCATION:Denmark]]\t[[IBAN_CODE:DK2630000718264053]]\t70
[[PERSON:Javier Ruiz Ortega]]\t[[LOCATION:Spain]]\t[[IBAN_CODE:ES33 0182 2370 4102 0184 9376]]\t48
[[PERSON:Nicole Ammann]]\t[[LOCATION:Switzerland]]\t[[IBAN_CODE:CH94 0048 3017 5296 4001 2]]\t85""",
    """NAME                 DEPT         EXT    MOBILE            EMAIL
[[PERSON:Oyelowo, Funmi]]       Finance      4471   [[PHONE_NUMBER:0803 112 7740]]     [[EMAIL_ADDRESS:f.oyelowo@kanoagri.ng]]
[[PERSON:Bello, Haruna]]        Logistics    4480   [[PHONE_NUMBER:0706 558 2031]]     [[EMAIL_ADDRESS:h.bello@kanoagri.ng]]
[[PERSON:Eze, Chiamaka]]        HR           4402   [[PHONE_NUMBER:0812 904 6618]]     [[EMAIL_ADDRESS:c.eze@kanoagri.ng]]""",
    """{"account": "[[USERNAME:rkumarasamy]]", "last_login": "[[DATE_TIME:2024-05-30T22:14:07+05:30]]", "ip": "[[IP_ADDRESS:117.217.44.90]]", "mfa": true}
{"account": "[[USERNAME:tessa.vdm]]", "last_login": "[[DATE_TIME:2024-05-31T08:02:51+02:00]]", "ip": "[[IP_ADDRESS:2a02:a44e:1b2:0:8c3:19ff:fe22:4e01]]", "mfa": false}
{"account": "svc-backup", "last_login": "2024-05-31T03:00:00Z", "ip": "[[IP_ADDRESS:10.0.4.8]]", "mfa": false}""",
    """class: 5B
teacher: "[[PERSON:Mrs. Ofa Vaipulu]]"
pupils:
  - name: "[[PERSON:Lesieli Mahe]]"
    age: [[AGE:10]]
    guardian_phone: "[[PHONE_NUMBER:+64 27 418 5520]]"
  - name: "[[PERSON:Kingi Tautahi]]"
    age: [[AGE:11]]
    guardian_phone: "[[PHONE_NUMBER:+64 21 930 4418]]"
  - name: "[[PERSON:Emma Liu]]"
    age: [[AGE:10]]
    guardian_phone: "[[PHONE_NUMBER:+64 22 017 6631]]\"""",
    """mrn,last,first,dob,ssn,zip,primary_dx
[[ID_NUMBER:00771204]],[[PERSON:Gutierrez]],[[PERSON:Ana Lucia]],[[DATE_TIME:1974-02-18]],[[US_SSN:455-31-2098]],[[ZIP_CODE:78207]],E11.9
[[ID_NUMBER:00771291]],[[PERSON:Pham]],[[PERSON:Bao]],[[DATE_TIME:1990-09-09]],[[US_SSN:587-20-4471]],[[ZIP_CODE:77036]],J45.40
[[ID_NUMBER:00771333]],[[PERSON:O'Malley]],[[PERSON:Brendan]],[[DATE_TIME:1962-12-01]],[[US_SSN:318-77-0452]],[[ZIP_CODE:78745]],I10""",
    """| Customer | PAN | Aadhaar | City | KYC |
|----------|-----|---------|------|-----|
| [[PERSON:Suresh Reddy]] | [[ID_NUMBER:BQXPR8832K]] | [[ID_NUMBER:7392 4810 5626]] | [[LOCATION:Hyderabad]] | done |
| [[PERSON:Farhana Qureshi]] | [[ID_NUMBER:AJMPQ1047F]] | [[ID_NUMBER:4820 5716 6393]] | [[LOCATION:Lucknow]] | pending |""",
    """Vessel:            Pacific Tuna 3
Observer:          [[PERSON:Wesley Bata]]
Observer no.:      [[ID_NUMBER:SIOB-0390]]
Observer phone:    [[PHONE_NUMBER:+677 748 5521]]
Master:            [[PERSON:Wu Jian-Guo]]
Master passport:   [[ID_NUMBER:E78204419]]
Agent:             Honiara Marine Services (tel 21455)
Embarkation:       [[LOCATION:Honiara]], [[DATE_TIME:10 Oct 2023]]
Disembarkation:    [[LOCATION:Noro]], [[DATE_TIME:24 Nov 2023]]""",
    """worker,tfn,super_member_no,gross,accom,transport,net
[[PERSON:Tarcisius Wate]],[[ID_NUMBER:752 039 164]],[[ID_NUMBER:700184229]],1104.50,165.00,35.00,904.50
[[PERSON:Linnette Kaleb]],[[ID_NUMBER:128 744 037]],[[ID_NUMBER:700119930]],1032.00,165.00,35.00,832.00
[[PERSON:Dominic Lilo]],[[ID_NUMBER:871 209 343]],[[ID_NUMBER:700203318]],1250.25,150.00,35.00,653.25""",
    """| Tenant(s) | Property | Lease start | Bond ref | Phone |
|:--|:--|:--|:--|:--|
| [[PERSON:Hamish McAllister]], [[PERSON:Priya Nair]] | [[ADDRESS:3/27 Riversdale Road]], [[LOCATION:Hawthorn]] | [[DATE_TIME:01/07/2024]] | B-5581203 | [[PHONE_NUMBER:0433 912 075]] |
| [[PERSON:Ngaio Hetaraka]] | [[ADDRESS:15 Nicholson St]], [[LOCATION:Abbotsford]] | [[DATE_TIME:15/07/2024]] | B-5581377 | [[PHONE_NUMBER:0421 660 814]] |
| [[PERSON:Bich Ngoc Tran]] | [[ADDRESS:Apt 1204, 8 Franklin St]], [[LOCATION:Melbourne]] | [[DATE_TIME:22/07/2024]] | B-5581402 | [[PHONE_NUMBER:0478 031 229]] |""",
    """matric_no\tsurname\tother_names\tstate_of_origin\tphone\tlevel
[[ID_NUMBER:UNN/2021/118427]]\t[[PERSON:Okeke]]\t[[PERSON:Chidera Blessing]]\t[[LOCATION:Anambra]]\t[[PHONE_NUMBER:08031187742]]\t300
[[ID_NUMBER:UNN/2021/118502]]\t[[PERSON:Abdullahi]]\t[[PERSON:Maryam]]\t[[LOCATION:Kano]]\t[[PHONE_NUMBER:07064429810]]\t300
[[ID_NUMBER:UNN/2022/120019]]\t[[PERSON:Adeyemi]]\t[[PERSON:Toluwani]]\t[[LOCATION:Oyo]]\t[[PHONE_NUMBER:09018830256]]\t200""",
    """CLIENT             SIN           DOB          PROV  POSTAL
[[PERSON:Gagnon, Mathieu]]    [[ID_NUMBER:462 719 303]]   [[DATE_TIME:1981-05-14]]   [[LOCATION:QC]]    [[ZIP_CODE:G1R 2L3]]
[[PERSON:Singh, Harpreet]]    [[ID_NUMBER:130 944 820]]   [[DATE_TIME:1994-10-02]]   [[LOCATION:BC]]    [[ZIP_CODE:V3W 1K9]]
[[PERSON:Whitehorse, Dana]]   [[ID_NUMBER:527 190 466]]   [[DATE_TIME:1977-03-28]]   [[LOCATION:MB]]    [[ZIP_CODE:R3B 0T6]]""",
    """{"sender": "[[PERSON:Stephen Oa]]", "sender_phone": "[[PHONE_NUMBER:0417 226 903]]", "receiver": "[[PERSON:Rebecca Oa]]", "receiver_phone": "[[PHONE_NUMBER:+677 743 0921]]", "amount_aud": 400, "corridor": "AU-SB"}
{"sender": "[[PERSON:Siaosi Lolohea]]", "sender_phone": "[[PHONE_NUMBER:+64 22 481 0075]]", "receiver": "[[PERSON:Lupe Lolohea]]", "receiver_phone": "[[PHONE_NUMBER:+676 884 2210]]", "amount_nzd": 650, "corridor": "NZ-TO"}
{"sender": "[[PERSON:Andrew Kalo]]", "sender_phone": "[[PHONE_NUMBER:0459 301 778]]", "receiver": "[[PERSON:Rina Kalo]]", "receiver_phone": "[[PHONE_NUMBER:+678 557 3390]]", "amount_aud": 300, "corridor": "AU-VU"}""",
    """first,last,company,email,dietary,ticket
[[PERSON:Ingrid]],[[PERSON:Halvorsen]],Nordlys Energy,[[EMAIL_ADDRESS:ingrid.halvorsen@nordlys.no]],vegetarian,speaker
[[PERSON:Kofi]],[[PERSON:Annan-Mensah]],Accra Fintech Hub,[[EMAIL_ADDRESS:kofi@accrafintech.com]],none,delegate
[[PERSON:Mei]],[[PERSON:Takahashi]],Osaka Robotics,[[EMAIL_ADDRESS:m.takahashi@osakarobotics.jp]],no shellfish,delegate
[[PERSON:Rhys]],[[PERSON:Pritchard]],Self-employed,[[EMAIL_ADDRESS:rhys.pritchard@hotmail.co.uk]],vegan,student""",
    """oncall:
  week_23:
    primary: {user: [[USERNAME:abanerjee]], name: "[[PERSON:Anirban Banerjee]]", phone: "[[PHONE_NUMBER:+1 646 208 3314]]"}
    secondary: {user: [[USERNAME:lmoreau]], name: "[[PERSON:Léa Moreau]]", phone: "[[PHONE_NUMBER:+1 514 880 2176]]"}
  week_24:
    primary: {user: [[USERNAME:tokafor]], name: "[[PERSON:Tobenna Okafor]]", phone: "[[PHONE_NUMBER:+1 713 402 9981]]"}
    secondary: {user: [[USERNAME:abanerjee]], name: "[[PERSON:Anirban Banerjee]]", phone: "[[PHONE_NUMBER:+1 646 208 3314]]"}""",
    """| Plate | Vehicle | Driver | Licence no. | Expires |
|---|---|---|---|---|
| [[ID_NUMBER:BGT 412]] | Toyota Hilux | [[PERSON:Kila Ravu]] | [[ID_NUMBER:PNG-DL 0448127]] | 2025-06 |
| [[ID_NUMBER:BFK 090]] | Land Cruiser | [[PERSON:Nancy Wari]] | [[ID_NUMBER:PNG-DL 0512904]] | 2024-11 |
| [[ID_NUMBER:BHA 775]] | Toyota Hilux | [[PERSON:Simon Yapu]] | [[ID_NUMBER:PNG-DL 0390416]] | 2026-02 |""",
    """claim_no,landowner,village,gardens_lost,betel_palms,coconut_palms,assessed_k
LC-0114,[[PERSON:Thomas Yowa]],[[LOCATION:Kuembu]],2,14,6,4820.00
LC-0115,[[PERSON:Grace Yowa]],[[LOCATION:Kuembu]],1,0,11,2275.00
LC-0118,[[PERSON:Peter Ruing]],[[LOCATION:Kaiapit]],3,22,0,6110.00
LC-0121,[[PERSON:Anna Sembe]],[[LOCATION:Wantoat]],1,5,3,1690.00""",
    """Nem:            [[PERSON:Michael Tamur]]
Namba obseva:   [[ID_NUMBER:PGOB-2418]]
De bilong bon:  [[DATE_TIME:30/08/1988]]
Ples:           [[LOCATION:Kavieng]], [[LOCATION:Niu Ailan]]
Fon:            [[PHONE_NUMBER:7962 0514]]
Imel:           [[EMAIL_ADDRESS:mtamur.nfa@gmail.com]]
Wanpela famili: [[PERSON:Susan Tamur]] (meri), [[PHONE_NUMBER:7100 3348]]""",
    """recipient_name,mpesa_number,amount_kes,purpose
[[PERSON:Achieng Otieno]],[[PHONE_NUMBER:0722 481 906]],4500,field allowance
[[PERSON:Kiprono Langat]],[[PHONE_NUMBER:+254 711 039 552]],4500,field allowance
[[PERSON:Fatuma Hassan]],[[PHONE_NUMBER:0798 224 310]],3000,transport refund""",
    """| Employee | ID number | Branch | Start date |
|---|---|---|---|
| [[PERSON:Lerato Dlamini]] | [[ID_NUMBER:9203040187081]] | [[LOCATION:Sandton]] | [[DATE_TIME:2019-02-01]] |
| [[PERSON:Johan Pretorius]] | [[ID_NUMBER:8509176341081]] | [[LOCATION:Pretoria]] | [[DATE_TIME:2015-08-17]] |
| [[PERSON:Sipho Ndlovu]] | [[ID_NUMBER:0108225119081]] | [[LOCATION:Durban]] | [[DATE_TIME:2023-11-06]] |""",
    """upn\tpupil\tyear\tparent_email\tmedical
[[ID_NUMBER:M801200314027]]\t[[PERSON:Amelia Kowalczyk]]\t4\t[[EMAIL_ADDRESS:kasia.kowalczyk@gmail.com]]\tasthma
[[ID_NUMBER:B801200315031]]\t[[PERSON:Zayn Hussain]]\t4\t[[EMAIL_ADDRESS:shazia.hussain84@hotmail.co.uk]]\tnone
[[ID_NUMBER:A801200316012]]\t[[PERSON:Ruby-Mae Clarke]]\t4\t[[EMAIL_ADDRESS:clarkefamily@sky.com]]\tnut allergy""",
    """STAFF      NAME                  NRIC/FIN     MOBILE          JOINED
[[ID_NUMBER:SG-00412]]   [[PERSON:Tan Wei Ling]]          [[ID_NUMBER:S8734216F]]    [[PHONE_NUMBER:+65 9123 4410]]  [[DATE_TIME:01-08-2024]]
[[ID_NUMBER:SG-00413]]   [[PERSON:Muhammad Hafiz]]        [[ID_NUMBER:T0219457G]]    [[PHONE_NUMBER:+65 8771 2035]]  [[DATE_TIME:15-08-2024]]""",
    """{"nhi": "[[ID_NUMBER:RTW1826]]", "name": "[[PERSON:Aperahama Ngata]]", "dob": "[[DATE_TIME:1966-11-23]]", "gp": "[[PERSON:Dr. Helen Marsh]]", "dhb": "Tairāwhiti"}
{"nhi": "[[ID_NUMBER:JBX9034]]", "name": "[[PERSON:Sela Tupou]]", "dob": "[[DATE_TIME:2001-04-09]]", "gp": "[[PERSON:Dr. Sunil Prasad]]", "dhb": "Counties Manukau"}""",
    """member,age,email,branch,membership,joined
[[PERSON:Callum Fraser]],[[AGE:29]],[[EMAIL_ADDRESS:callumfraser@live.co.uk]],[[LOCATION:Glasgow]],off-peak,[[DATE_TIME:2023-09-12]]
[[PERSON:Abimbola Ade]],[[AGE:34]],[[EMAIL_ADDRESS:bimbo.ade@gmail.com]],[[LOCATION:Glasgow]],anytime,[[DATE_TIME:2022-01-04]]
[[PERSON:Marta Sobczak]],[[AGE:41]],[[EMAIL_ADDRESS:marta.sobczak@wp.pl]],[[LOCATION:Paisley]],anytime,[[DATE_TIME:2024-03-30]]
[[PERSON:Jack Doherty]],[[AGE:19]],[[EMAIL_ADDRESS:jackd2005@icloud.com]],[[LOCATION:Paisley]],student,[[DATE_TIME:2024-04-02]]""",
]

CHAT = [
    """[09:12] Agent [[PERSON:Rhoda]]: Good morning, thank you for contacting customer care. Who am I speaking with?
[09:12] Customer: its [[PERSON:Ben Waiyu]], my number is [[PHONE_NUMBER:7290 1184]] and it was blocked yesterday
[09:13] Agent [[PERSON:Rhoda]]: Sorry about that, [[PERSON:Ben]]. For verification, may I have your date of birth and the name on your SIM registration?
[09:13] Customer: [[DATE_TIME:2 march 1993]], SIM is under my wife [[PERSON:Clara Waiyu]], NID [[ID_NUMBER:1006 8814 2230]]
[09:15] Agent [[PERSON:Rhoda]]: Thank you. The line was barred because it was flagged in a mobile money dispute. I have lifted the bar; please restart your phone.
[09:16] Customer: ok tenkyu
[09:16] Agent [[PERSON:Rhoda]]: You're welcome. Case reference CC-2024-118803.""",
    """PALM Tasmania boys 🍒 (WhatsApp)
[[PERSON:Nicky]]: Ol brata, bos i tok yumi mas givim nupela bank akaun long ofis long Mande
[[PERSON:Nicky]]: bilong mi em Commonwealth, BSB 067-167, akaun [[ID_NUMBER:1094 8821]]
[[PERSON:Joe Kuman]]: mi no gat kad yet. [[PERSON:Nicky]] yu ken salim namba bilong [[PERSON:Sharon]] long ofis?
[[PERSON:Nicky]]: em [[PHONE_NUMBER:0438 551 902]]. imel bilong em [[EMAIL_ADDRESS:sharon.b@huonvalleyfruit.com.au]]
[[PERSON:Eddie]]: haus bilong mipela senis, nupela adres em [[ADDRESS:23 Main Road]], [[LOCATION:Huonville]] [[ZIP_CODE:7109]]""",
    """#infra-oncall
[[USERNAME:priya.s]]: can someone check why the VPN keeps dropping for [[PERSON:Marcus]]? his home IP is [[IP_ADDRESS:98.207.114.36]]
[[USERNAME:dan.okafor]]: on it. [[PERSON:marcus]], what's your laptop asset tag?
[[USERNAME:marcus.lee]]: LT-20331, and my personal cell if you need to call is [[PHONE_NUMBER:650-447-2918]]
[[USERNAME:dan.okafor]]: ok, pushed a new profile. also fyi the IT portal still has your old address, [[ADDRESS:1180 Hamilton Ave]], [[LOCATION:Palo Alto]] — update it before the hardware refresh ships
[[USERNAME:marcus.lee]]: ah thanks, I moved to [[ADDRESS:75 Tehama St, #4]], [[LOCATION:San Francisco]] [[ZIP_CODE:94105]] on [[DATE_TIME:May 1]]""",
    """You: Hi, I think someone has used my card
Assistant (Lloyds): I'm sorry to hear that. Can you confirm your full name and postcode?
You: [[PERSON:Gemma Louise Hartley]], [[ZIP_CODE:LS6 2QB]]
Assistant (Lloyds): Thanks [[PERSON:Gemma]]. Which transactions don't you recognise?
You: two payments on [[DATE_TIME:Saturday 9th March]] to an online electronics shop, £349 each. I was at my mum's in [[LOCATION:Harrogate]] all day
Assistant (Lloyds): I've frozen the card. A new one will be posted to [[ADDRESS:41 Brudenell Grove]], [[LOCATION:Leeds]]. Is [[PHONE_NUMBER:07812 339 046]] still the best number?
You: yes
Assistant (Lloyds): Great. Your dispute reference is DSP-88120457.""",
    """Messenger — famili blong [[PERSON:Lina]]
[[PERSON:Lina Natuman]]: [[PERSON:Kenneth]], yu kasem mani we mi sendem long Fraede?
[[PERSON:Kenneth Natuman]]: Yes sista, tank yu tumas. Mi go tekem long Western Union long [[LOCATION:Lolowai]].
[[PERSON:Lina Natuman]]: Gud. Nekis taem bae mi sendem long akaun blong yu, wanem namba?
[[PERSON:Kenneth Natuman]]: NBV akaun [[ID_NUMBER:0011 482 901]]. Mo niu namba blong fon blong mi hemi [[PHONE_NUMBER:773 4490]].
[[PERSON:Lina Natuman]]: Oke. Mi stap gud long [[LOCATION:Bundaberg]], wok i hevi be i oraet.""",
    """Observer coordination — group chat
[[PERSON:R. Maesua]] (coordinator): [[PERSON:Nelson]], confirm you are on the Solomon Blue departing [[LOCATION:Noro]] on the [[DATE_TIME:2nd]]?
[[PERSON:Nelson Kwalea]]: Confirmed boss. My sat phone number for this trip is [[PHONE_NUMBER:+870 772 540 118]]
[[PERSON:R. Maesua]] (coordinator): Thanks. [[PERSON:Joy]], your debrief is [[DATE_TIME:Tuesday 9th at 10am]] at the ministry, bring your workbooks
[[PERSON:Joy Saemala]]: Ok. Can the trip allowance go to my new account, [[ID_NUMBER:2000 7318 2256]]? The old one was closed
[[PERSON:R. Maesua]] (coordinator): Send the bank letter to [[EMAIL_ADDRESS:r.maesua@fisheries.gov.sb]] and I'll update it""",
    """Chat with IndiGo support
Customer: Hello, I need to correct the name on my booking, PNR Q7XT2L
Agent [[PERSON:Kavya]]: Sure. Please share the passenger name as per ID.
Customer: It should be [[PERSON:Sreelakshmi Pillai]], not [[PERSON:Sreelakshmi Pilai]]. Passport [[ID_NUMBER:T4471902]]
Agent [[PERSON:Kavya]]: Thank you. Could you also confirm the date of birth?
Customer: [[DATE_TIME:17-08-1996]]
Agent [[PERSON:Kavya]]: Done. An updated itinerary has been sent to [[EMAIL_ADDRESS:sreelakshmi.p@gmail.com]] and an SMS to [[PHONE_NUMBER:+91 94470 33812]].""",
    """SMS thread
Landlord ([[PERSON:Gord]]): Hi [[PERSON:Aisha]], the plumber can come [[DATE_TIME:Thursday the 18th between 9 and 11]]. Will someone be home at [[ADDRESS:unit 3]]?
[[PERSON:Aisha]]: My brother [[PERSON:Omar]] will be there. His cell is [[PHONE_NUMBER:204-396-7751]]
Landlord ([[PERSON:Gord]]): Perfect. Also rent for July came in twice, I'll e-transfer it back to [[EMAIL_ADDRESS:aisha.warsame@gmail.com]]
[[PERSON:Aisha]]: thank you!!""",
]

LOOKALIKE = [
    """Shipment notice: order PO-4471-88213 (SKU KV-2210-BLK, qty 40) left the [[LOCATION:Lae]] warehouse on 3 May under tracking number 1Z 4E7 W19 03 8841 2207; invoice INV-2024-00917 is attached. The consignee is our depot on Sir Hubert Murray Highway, [[LOCATION:Port Moresby]]; questions to logistics@pngfreight.com.pg or the depot line 325 4400. Driver on this run: [[PERSON:Pius Wari]], mobile [[PHONE_NUMBER:7344 0921]].""",
    """Release 10.4.2.1 (build 2024.06.11-b7) replaces 10.4.1.9. Changes: the Dijkstra route planner now caches results keyed by SHA-256 (e.g. 9f2c4e1b7a0d...c31e); the Bayesian spam filter ships model 3.2.0.4; fixed CVE-2024-31882 in the TLS layer; device serials SN-7X44-21Q9 and SN-7X44-22A0 were used for testing. UUID of the default tenant: 3f1a9c2e-7b44-4d0e-9a61-2c8e55f01b77. Support: +1 800 555 0199, support@vendor.example.""",
    """Bookshop order 20-88417: 2 x ISBN 978-0-646-57119-5 (A Field Guide to Tuna of the Western Pacific), 1 x ISBN 978-1-74223-091-7 (Living with Parkinson's), 1 x ISBN 978-1-98-033482-8 (Hodgkin Lymphoma Explained). Dewey 597.783 and 616.833. Ship to [[PERSON:Annette Kiruma]], [[ADDRESS:PO Box 488]], [[LOCATION:Goroka]], receipt to [[EMAIL_ADDRESS:akiruma@gmail.com]].""",
    """Extract from the 2023 sustainability report: exploration licences EL 2313 and EL 2571 and mining lease ML 159 remain in good standing; royalties were paid to ILG Nos. 11872, 11873 and 12004 through the Mineral Resources Development Company. The Sir John Guise Stadium community event and the Kumul Highway road upgrade were funded under the benefit-sharing agreement. Landowner enquiries: landowner.desk@minerals.com.pg or (675) 321 7000. Our community liaison in the field, [[PERSON:Simon Kaupa]], can also be reached on his own mobile, [[PHONE_NUMBER:7088 2145]].""",
    """LAB REPORT — accession 24-HEM-0081127, specimen barcode 0098172245193, LOINC 4548-4 (HbA1c). Screening panel includes Down syndrome markers (not requested), Graves' disease antibodies and Alzheimer's biomarker assay ALZ-3. Reference range 4.0-5.6%. Analyser serial 7741-A-22, firmware 5.2.1.14. Patient: [[PERSON:Mereani Tuilagi]], DOB [[DATE_TIME:06/02/1979]].""",
    """Toksave long ol pasindia: sip Kumul Express voyage 2417 bai lusim [[LOCATION:Lae]] long 0800 long Mande, na kontena namba MSKU 448120-7 na TGHU 901227-3 i mas kam long wof long Sande. Ofis bilong kampani i stap long Champion Parade, fon 472 1188, imel bookings@kumulshipping.com.pg. Tiket namba i olsem KX-2417-0098. Sapos yu laik askim, toktok wantaim [[PERSON:Mrs. Dorcas Kepo]] long [[PHONE_NUMBER:7211 4093]].""",
    """Asset register, [[LOCATION:Kokopo]] site office: AST-00412 Dell Latitude 5440, serial 9HQ2XL3, MAC 58:6c:25:1f:09:bb, firmware 1.18.0.3, assigned to the front desk; AST-00413 HP LaserJet M404, serial PHBLT48812, at [[IP_ADDRESS:10.20.1.45]]; AST-00417 Cisco 2960 switch, serial FOC2244X1KZ, mgmt [[IP_ADDRESS:10.20.1.2]], IOS 15.2.7.E8. Warranty hotline 1800 812 300.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind129", STYLES, OUT)


if __name__ == "__main__":
    main()

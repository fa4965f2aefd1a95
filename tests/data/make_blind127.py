"""Build tests/data/blind127.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind127.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of any other gold set
(every *.jsonl set and the record lists inside the other make_*.py
scripts). Only these were read, to keep the conventions and the file
format: lines 1-121 of make_blind22.py (its docstring and import lines) and
its closing scaffolding (from `STYLES = {` to the end, copied here),
gold_sets.py in full, and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). No git
command was run and no git history was looked at. The detector, the bench
and the tests were never run on this file, and its output .jsonl was not
read back. Do not tune the detector against it: once it has been used to
tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn (Visa,
Mastercard, Amex, Discover, JCB, UnionPay, Mir, Humo, Elcart) and IBANs
pass mod-97 with the right length for their country (GB, DE, NL, PL, TR,
KZ, UA, GE, IE, AE, LT, CZ, AT, CH); no French, Spanish, Italian, Belgian
or Portuguese IBAN is used, so no inner national check digit is involved.
The check digits were worked out by hand-run throwaway code while writing,
not generated here; `gold_sets.check` re-checks cards and IBANs. National
ids with a public check digit were given a valid one the same way: NHS
numbers, Canadian SINs, Aadhaar (Verhoeff), Singapore NRIC, South African
ids (matching sex and birth date where shown), Australian TFN and Medicare
numbers, Dutch BSN, Irish PPSN, New Zealand NHI, Kazakh IIN, Turkish TC
kimlik, Emirates ID, Swiss AHV, Russian personal INN (12 digits, both
check digits) and SNILS, and the one company INN shown (10 digits). Kyrgyz
PINs (sex digit + birth date + serial), Tajik INNs, passports of every
country, Russian patents and migration cards, licences, plates, US SSNs,
UK NI numbers, PAN, Nigerian BVN and NIN, Kenyan KRA PINs, Philippine SSS
numbers, bank accounts and staff, student, member and patient numbers were
not checked.

Styles (ids `blind127-<style>-NNN`; 240 records):
- `gen` (90): one to four LLM-style sentences with personal data woven into
  prose; about a third on labour migration to Russia (patents, work
  permits, migration cards, registration), border crossings and bus routes
  and bazaars, the rest spread widely (banking, health, schools, HR,
  housing, travel, telecoms, government, retail, sport, vets, law).
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd dense sentences), gretel-pii-masking-en-v1 (claims,
  contracts, medical and loan forms, notices) and Nemotron-PII (JSON, log
  lines, SQL, XML, YAML / INI config, code, tickets and forms); about a
  third on the same migration / border / bazaar domains.
- `table` (35): one small labeled table per record (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks); header rows
  unlabeled, non-PII columns left alone.
- `chat` (8): support chats, messaging threads and team chat with
  speakers' names and the data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII, the few real
  values labeled; one has no PII at all.
Languages: about nine records in ten in English (US, UK, Canada,
Australia, India, Ireland, Nigeria, Kenya, South Africa, Singapore, the
Philippines, New Zealand, with names from the many cultures living there,
Central Asian migrants among them); the rest in Tajik (Cyrillic), Kyrgyz
(Cyrillic and romanized) and Russian as Tajik and Kyrgyz speakers use it.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, patronymics;
  possessive "'s" outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, apart from it; job titles are not TITLE;
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; Russian-style "ул. ..., д. 5, кв. 12" is one
  ADDRESS span. City, district, region, state and country are LOCATION
  (the abbreviation "г." / "city" before a city stays outside); postcodes
  of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, entry, registration, appointment,
  hearing, signature, move, start of a job, document issue / expiry) with
  a day or month, any shape; a weekday or a clock time said with such a
  date is inside the span; not a time or weekday alone, bare years,
  durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, ethnicity, religion, political
  group.
- ID_NUMBER: national / tax / social ids (INN, SNILS, PIN, NI), patents
  and work permits, migration cards, non-US passports and licences,
  plates, patient, staff, student, customer and member numbers, bank
  account numbers; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as named.
- Not labeled: passwords, genders, job titles, employers, user agents,
  MACs, BIC / SWIFT, sort codes, routing numbers, CVVs and card expiries,
  PINs, order / ticket / claim / policy / booking / tracking / receipt
  references, company phones and role mailboxes, versions, hashes,
  serials, partial numbers ("ending 4417"), pets, eponyms, brands, header
  rows.
- Calls made while writing this set: bazaar and market names (Dordoi,
  Sadovod, Korvon ...), bus stations, and bus route or flight numbers stay
  unlabeled like company names; a border crossing named after a settlement
  (Dostuk, Kyzyl-Bel, Sakharovo) is LOCATION; a Russian patent's series
  and number together are one ID_NUMBER; a seat number, a stall number at
  a bazaar and a container number are not ADDRESS and stay unlabeled; a
  work-permit issue or expiry date is the person's DATE_TIME; in a table a
  "sex", "role", "status" or "dept" column stays unlabeled, "age" is AGE,
  "country" / "region" is LOCATION and "nationality" / "citizenship" as a
  nationality word is NRP (a country name there is LOCATION); a building
  number in its own field is ADDRESS, and so is a secondary address field;
  every IP address is IP_ADDRESS, private and office ones included; a
  Maori iwi is NRP; family words used as a chat speaker ("Mom") stay
  unlabeled; the well-known fictional or test values of a lookalike
  (221B Baker Street, the 4111... test card, 555-01xx numbers, the
  192.0.2.0/24 documentation range) stay unlabeled; a weekday with a clock
  time but no date ("бейшембиде саат 10до") is not DATE_TIME.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind127.jsonl")

GEN = [
    """[[PERSON:Farrukh Saidov]], a [[AGE:29]]-year-old bricklayer from [[LOCATION:Kulob]], paid for his work patent at the [[LOCATION:Sakharovo]] migration centre on [[DATE_TIME:14 February 2024]]. The patent is numbered [[ID_NUMBER:77 2401583926]] and the foreman keeps his number, [[PHONE_NUMBER:+7 916 402-18-73]], on the site board.""",
    """my sister [[PERSON:aigerim]]'s bus from [[LOCATION:Bishkek]] to [[LOCATION:Almaty]] left without her bag, so if anyone finds a black backpack with a passport in the name [[PERSON:Aigerim Toktosunova]] (no. [[ID_NUMBER:AC2871946]]) please text [[PHONE_NUMBER:0555 73 41 18]].""",
    """At the [[LOCATION:Dostuk]] crossing the officer asked [[PERSON:Bakyt]] for his migration card, number [[ID_NUMBER:4619 0384752]], and wrote the entry date, [[DATE_TIME:3 March 2024]], on the back by hand.""",
    """Hi, I'm [[PERSON:Priyanka Deshmukh]] and I'd like to move my dental cleaning from [[DATE_TIME:Thursday, 11 July at 4:15 pm]] to any morning the week after. My patient ID is [[ID_NUMBER:DT-448102]].""",
    """The landlord, [[PERSON:Gerald Oduya]], confirmed that the deposit for [[ADDRESS:Flat 3, 27 Wellesley Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2AG]] will be returned to [[PERSON:Siobhan Keane]] by [[DATE_TIME:31 August]].""",
    """Please update the emergency contact on file for [[PERSON:Tomasz Wierzbicki]]: his wife [[PERSON:Ewa]] can be reached at [[PHONE_NUMBER:+44 7700 918 244]] or [[EMAIL_ADDRESS:ewa.wierzbicka@onet.pl]].""",
    """Our new hire, [[PERSON:Chidinma Eze-Alabi]], starts on [[DATE_TIME:Monday 2 September]] in the [[LOCATION:Lagos]] office; payroll needs her BVN ([[ID_NUMBER:22187430912]]) and her account number [[ID_NUMBER:0123948571]] with GTBank before the 25th.""",
    """Наш бригадир [[PERSON:Шерзод]] сказал, что патент надо оплачивать до 12 числа каждого месяца, иначе аннулируют. У меня патент серии [[ID_NUMBER:50 №2300418827]], выдан [[DATE_TIME:12.06.2023]] в [[LOCATION:Москве]].""",
    """The vet left a message for [[TITLE:mrs.]] [[PERSON:hollingsworth]] — Biscuit's stitches come out on [[DATE_TIME:the 19th at 10:40]] — and asked her to call back on [[PHONE_NUMBER:(503) 555-0187]] if that doesn't suit.""",
    """When [[PERSON:Daniyar]] tried to cross back into [[LOCATION:Kazakhstan]] at [[LOCATION:Korday]], the border guard said his entry ban ran until [[DATE_TIME:17.11.2025]] and turned the minibus around.""",
    """Can you send the signed lease to [[EMAIL_ADDRESS:kwame.asante.gh@gmail.com]]? I'm [[PERSON:Kwame Asante]], the tenant at [[ADDRESS:1402 Oakridge Ave, Apt 5B]], [[LOCATION:Silver Spring]], [[LOCATION:MD]] [[ZIP_CODE:20910]].""",
    """[[PERSON:Rahim]] and I sell dried apricots at stall 214 in the Dordoi bazaar; if the inspector asks, the stall is rented under [[PERSON:Rahim Jurayev]]'s name and his PIN is [[ID_NUMBER:21504198700612]].""",
    """Last week [[PERSON:Dr. Anjali Venkataraman]] referred [[PERSON:Mr. Oluwaseun Bakare]], aged [[AGE:58]], to cardiology; his NHS number is [[ID_NUMBER:485 927 3613]] and the appointment is on [[DATE_TIME:22/10/2024 at 09:30]].""",
    """I booked two seats on the [[LOCATION:Khujand]]–[[LOCATION:Samara]] bus for [[DATE_TIME:Friday the 6th]] in my brother's name, [[PERSON:Sukhrob Rahimov]], with passport [[ID_NUMBER:400638152]]; the driver wants cash only.""",
    """Hey, it's [[PERSON:Maya]] from the climbing gym — your membership ([[ID_NUMBER:CLB-20931]]) lapsed on [[DATE_TIME:April 3]], so drop by or call [[PHONE_NUMBER:604-555-0142]] to renew.""",
    """Following the hearing on [[DATE_TIME:5 March 2025]], counsel for [[PERSON:Ms. Nomvula Dlamini]] (ID [[ID_NUMBER:9307230184087]]) asked the [[LOCATION:Johannesburg]] court to stay the eviction from [[ADDRESS:18 Jacaranda Street]], [[LOCATION:Kensington]].""",
    """To claim the refund, forward the receipt to [[EMAIL_ADDRESS:hmcgettigan@eircom.net]] and include your PPS number; [[PERSON:Hugh McGettigan]] at the parish office will sort it out before [[DATE_TIME:Friday 14 June]].""",
    """Менин атым [[PERSON:Нурлан Абдыкалыков]], [[LOCATION:Ош]] шаарынанмын. [[DATE_TIME:2024-жылдын 9-апрелинде]] [[LOCATION:Москвага]] келдим, каттоо [[ADDRESS:Люблинская көчөсү, 151-үй, 44-батир]] дареги боюнча. Телефонум: [[PHONE_NUMBER:+7 968 211 54 09]].""",
    """[[PERSON:Lukas]] forgot his ticket again, so the coach company emailed a copy to [[EMAIL_ADDRESS:lukas.brandtner@gmx.at]]; the [[LOCATION:Vienna]]–[[LOCATION:Budapest]] departure is at 07:15 from [[LOCATION:Erdberg]].""",
    """If the parcel is returned, please redeliver to [[PERSON:Marisol Quintanilla]], [[ADDRESS:PO Box 4821]], [[LOCATION:Laredo]], [[LOCATION:TX]] [[ZIP_CODE:78042]], and not to the shop address.""",
    """The bank flagged a transfer from [[PERSON:Zhanar Bekova]]'s account [[IBAN_CODE:KZ84 998C TB00 0047 3821]] to an [[LOCATION:Istanbul]] jeweller; she confirmed it by phone from [[PHONE_NUMBER:+7 701 448 2093]] the same evening.""",
    """Dear parents, [[PERSON:Aroha Te Rangi]] ([[AGE:9]]) will represent Room 12 at the regional spelling bee on [[DATE_TIME:Saturday 17 August]]; please email [[EMAIL_ADDRESS:tania.terangi@xtra.co.nz]] if you can help with transport.""",
    """Apparently [[PERSON:Javlon]]'s work permit was printed with the wrong birth date — [[DATE_TIME:1996-05-21]] instead of [[DATE_TIME:1996-05-12]] — so the hostel won't register him until the FMS office fixes it.""",
    """The insurer asked [[PERSON:Hamza Qureshi]] to resend the photos of the dented bumper and his licence, [[ID_NUMBER:QURES812047HA9AB]], to [[EMAIL_ADDRESS:hamza.q@btinternet.com]] before the assessor visits on [[DATE_TIME:the 12th]].""",
    """Bus 137 from Dordoi to the Osh bazaar was packed, and somewhere between the stops [[PERSON:Gulnara]] lost a purse holding her ID card, [[ID_NUMBER:ID1748395]], and about four thousand som.""",
    """Per our call, [[PERSON:Anh Nguyen]] (DOB [[DATE_TIME:02/14/1988]], SSN [[US_SSN:529-41-7730]]) is approved for the hardship deferral; the next payment is due [[DATE_TIME:December 1]].""",
    """Ассалому алейкум! Ман [[PERSON:Шарифов Далер]], соли 1994 дар шаҳри [[LOCATION:Хуҷанд]] таваллуд шудаам. Аз [[DATE_TIME:15 майи 2023]] дар [[LOCATION:Екатеринбург]] кор мекунам, рақами телефонам [[PHONE_NUMBER:+7 912 604 33 18]].""",
    """Congratulations to [[PERSON:Felipe]] and [[PERSON:Ana Lucía Herrera]] on the birth of baby [[PERSON:Sofía]], born [[DATE_TIME:4 May at 3:12 am]] at St Vincent's — the grandparents are flying in from [[LOCATION:Medellín]].""",
    """The clerk at window 4 told [[PERSON:Oybek Tursunov]] to come back on [[DATE_TIME:the 28th]] with a translated passport, a medical certificate and the Russian-language test result, and only then would his patent be issued.""",
    """I'm trying to reset the password for [[USERNAME:nightowl_kez]]; the recovery email is [[EMAIL_ADDRESS:kezia.morgan93@outlook.com]] and I last logged in from [[IP_ADDRESS:81.142.67.203]].""",
    """[[PERSON:Mr. Obinna Nwachukwu]] of [[ADDRESS:12 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] has been appointed guardian of the minor [[PERSON:Chiamaka]], aged [[AGE:14]].""",
    """He's [[AGE:34]], [[NRP:Uzbek]], and has been driving the [[LOCATION:Tashkent]]–[[LOCATION:Moscow]] route for the same company since [[DATE_TIME:March 2019]]; his licence is [[ID_NUMBER:AF 3318274]].""",
    """Reminder: [[PERSON:Kavya]]'s orthodontist moved her review to [[DATE_TIME:Wed 9 Oct, 3.45pm]]. The clinic's number is on the card, and her Medicare number is [[ID_NUMBER:2953 81747 1]].""",
    """Our neighbour [[PERSON:Dmitri Volkonsky]] has a new number, [[PHONE_NUMBER:+1 (647) 555-0193]], and if the alarm goes off at [[ADDRESS:88 Linden Crescent]] again you can also try his daughter [[PERSON:Katya]].""",
    """The charity van collects from [[PERSON:Mrs Elspeth Grieve]] at [[ADDRESS:Rowanlea, 4 Kirk Wynd]], [[LOCATION:Crieff]] [[ZIP_CODE:PH7 3EJ]] every second Tuesday; she is [[AGE:87]] and hard of hearing, so knock loudly.""",
    """Men [[PERSON:Elnura]], [[LOCATION:Bishkek]]tegi Dordoi bazarynda [[PERSON:Baktygul]] ejenin dükönündö ishteym. Kimdir jooluk zakaz kylgysy kelse, [[PHONE_NUMBER:0700 58 21 94]] nomerine jazyngyzdar.""",
    """Following our review, [[PERSON:Samuel Adeyemi-Brooks]]'s visa application (GWF071738462) requires a biometrics appointment; the earliest slot in [[LOCATION:Abuja]] is [[DATE_TIME:18 November 2024, 11:00]].""",
    """[[PERSON:Rosa Lindqvist]] (née [[PERSON:Berggren]]) passed away peacefully on [[DATE_TIME:2 January]], aged [[AGE:91]]. Condolences may be sent to her son [[PERSON:Anders]] at [[EMAIL_ADDRESS:anders.lindqvist@telia.com]].""",
    """The manager of the Sadovod market pavilion says [[PERSON:Mavluda]] worked there from [[DATE_TIME:October 2021]] until her registration at [[ADDRESS:ул. Верхние Поля, д. 38, кв. 210]] expired, and she left for [[LOCATION:Dushanbe]] the next day.""",
    """Just got off the phone with [[PERSON:Tariq]] — he says his new Maybank account is [[ID_NUMBER:1140 2283 9917]] and the salary should go there from [[DATE_TIME:1 February]].""",
    """Booking confirmed for [[PERSON:Jun Hao Lim]] and [[PERSON:Mei Ling Tan]]: check-in [[DATE_TIME:Fri 20 Dec]], twin room, late arrival expected. NRIC on file [[ID_NUMBER:S8734521A]].""",
    """[[PERSON:tiago]] said to pay the plumber into his mate's account, [[IBAN_CODE:GB66 NWBK 5600 3061 8472 53]], but I'd rather wait until [[PERSON:Rhiannon]] checks the invoice.""",
    """The night bus from [[LOCATION:Osh]] to [[LOCATION:Bishkek]] stopped below the pass for two hours, and a passenger, [[PERSON:Kubanychbek Toktogulov]], [[AGE:63]], had to be taken to hospital in [[LOCATION:Kara-Balta]].""",
    """Your new SIN, [[ID_NUMBER:527 813 406]], is linked to the address [[ADDRESS:2290 Rue Sherbrooke Est, app. 4]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2K 1E3]]; keep this letter safe, [[TITLE:Mme]] [[PERSON:Lefebvre]].""",
    """Please note that [[PERSON:Dr. Imran Siddiqui]] is away until [[DATE_TIME:8 April]]; urgent queries for his patients should go to [[PERSON:Dr. Leah Abramowitz]] on extension 4417.""",
    """Миграционную карту [[PERSON:Улугбеку]] заполнили неправильно: в графе «цель визита» написали «туризм», а он приехал на работу. Номер карты [[ID_NUMBER:4623 1948307]], въезд [[DATE_TIME:21.02.2024]] через [[LOCATION:Внуково]].""",
    """It's official — [[PERSON:Kiri]] and [[PERSON:Hemi Walker]] have bought the villa at [[ADDRESS:7/15 Seaview Terrace]], [[LOCATION:Napier]], and the settlement date is [[DATE_TIME:28 March]]!""",
    """Student [[PERSON:Nguyen Thi Thu Trang]] (ID [[ID_NUMBER:s4071932]]) has requested an extension on her thesis until [[DATE_TIME:15 June 2025]] due to a family emergency in [[LOCATION:Hanoi]].""",
    """The man in seat 14 who said his name was [[PERSON:Akmal]] had no patent and no registration, only a Tajik passport, [[ID_NUMBER:500129384]], and a train ticket to [[LOCATION:Volgograd]].""",
    """I'm writing on behalf of my father, [[PERSON:Venkatesh Iyer]], who is [[AGE:79]] and cannot use email. His Aadhaar is [[ID_NUMBER:4837 6290 5112]] and the pension should be credited to his SBI account ending 0442.""",
    """Could whoever took [[PERSON:Bongani]]'s lunch from the staff fridge please replace it? He's in room 3.12 and his extension is 2291 — not that he'll answer before 10.""",
    """The police report lists the owner of the stolen Toyota, plate [[ID_NUMBER:01 KG 482 ABK]], as [[PERSON:Asel Murzakhmetova]], resident at [[ADDRESS:Manas Ave 64, apt 17]], [[LOCATION:Bishkek]] [[ZIP_CODE:720017]].""",
    """Hi [[PERSON:Declan]], it's [[PERSON:Aoife]]. Mam's surgery is now [[DATE_TIME:Tuesday 3 December at 8am]] in the Mater, so can you collect her from [[ADDRESS:41 St. Brigid's Park]], [[LOCATION:Cabra]] at half six?""",
    """For the family reunion, Auntie [[PERSON:Ngozi]] wants everyone to RSVP by WhatsApp to [[PHONE_NUMBER:+234 803 417 2208]] before [[DATE_TIME:30 November]].""",
    """Our driver [[PERSON:Ravshan]] was fined at the [[LOCATION:Kyzyl-Bel]] post because the bus's insurance had run out; the receipt is in the name of the company owner, [[PERSON:Ilhom Nazarov]], INN [[ID_NUMBER:771928456169]].""",
    """I recently moved from [[LOCATION:Cebu]] to [[ADDRESS:Unit 9C, 3120 Roxas Boulevard]], [[LOCATION:Pasay City]]; could you update my SSS record, [[ID_NUMBER:06-2873914-5]], and send the new card there?""",
    """Tenant [[PERSON:Marguerite Olamide Fashola]] vacated the unit on [[DATE_TIME:30/06/2024]] and left a forwarding address of [[ADDRESS:22 Rosebank Mews]], [[LOCATION:Leeds]] [[ZIP_CODE:LS3 1HH]].""",
    """The migrant centre in [[LOCATION:Yekaterinburg]] confirmed that [[PERSON:Zarina Kholova]], [[NRP:Tajik]], [[AGE:26]], passed her medical on [[DATE_TIME:7 August 2024]] and can collect her patent on Monday.""",
    """[[PERSON:jamal]] still owes me for the concert tickets, so I sent a request to [[EMAIL_ADDRESS:jamal.whitfield@icloud.com]] through PayPal — thirty bucks, nothing wild.""",
    """Our records show [[PERSON:Mrs. Fatima Al-Mansouri]] changed her phone to [[PHONE_NUMBER:+971 50 418 2276]] on [[DATE_TIME:3 September]]; please confirm before sending the one-time code.""",
    """Саламатсызбы! [[PERSON:Айбек]] экөөбүз [[DATE_TIME:20-июнда]] [[LOCATION:Бишкек]] – [[LOCATION:Новосибирск]] автобусуна билет алдык. Менин паспортум [[ID_NUMBER:AN 4418273]], [[PERSON:Айбек]]тики [[ID_NUMBER:AC 3718452]].""",
    """On [[DATE_TIME:11/28 at about 9pm]], [[PERSON:Kenji Watanabe]] reported his wallet stolen at the Caltrain station in [[LOCATION:Sunnyvale]], including a [[LOCATION:California]] licence, [[US_DRIVER_LICENSE:D4821937]].""",
    """We regret to inform [[PERSON:Ms Priscilla Wanjiru Kamau]] that her application for the [[LOCATION:Nairobi]] flat at [[ADDRESS:Block C, Apt 14, Ngong Road]] was unsuccessful; her KRA PIN [[ID_NUMBER:A004718293K]] will be removed from our list.""",
    """The broker said [[PERSON:Shakhnoza]] can get a work permit quicker through his cousin for forty thousand roubles, but [[PERSON:Feruza]] warned her it was a scam and gave her the real FMS number.""",
    """Thanks for coming in, [[PERSON:Mr. Delacroix]]. As discussed, the replacement card ending 7712 will arrive at [[ADDRESS:419 Bayou Lane]], [[LOCATION:Lafayette]], [[LOCATION:LA]] [[ZIP_CODE:70503]] within five working days.""",
    """[[PERSON:Siddharth]] ([[USERNAME:sid_kicks_99]] on Discord) is organising the five-a-side on [[DATE_TIME:Sunday 13 October]]; message him if you want in.""",
    """My grandmother, [[PERSON:Bibi Rahmatova]], was born on [[DATE_TIME:1 January 1941]] in a village near [[LOCATION:Garm]] — at least that's what the passport says, since nobody wrote births down then.""",
    """The teaching hospital in [[LOCATION:Cape Town]] admitted [[PERSON:Thabo Mokoena]] (ID [[ID_NUMBER:8804125123080]]) on [[DATE_TIME:12 April]] after a fall; his employer's details are on the form.""",
    """I need to change the delivery for order 88-21933: deliver to [[PERSON:Harpreet Sandhu]], [[ADDRESS:55 Kingfisher Drive]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6R 3K9]], phone [[PHONE_NUMBER:905-555-0177]].""",
    """Вчера на рынке в [[LOCATION:Люберцах]] задержали [[PERSON:Махмадали]], [[AGE:41]] год, — у него патент просрочен с [[DATE_TIME:10 января]]. Жена ищет адвоката, её телефон [[PHONE_NUMBER:8 (925) 316-40-27]].""",
    """Can someone tell [[PERSON:Lauren]] the bus for [[PERSON:Mia]]'s school trip leaves at 6:45 from the gym car park, not 7:30? Her mobile is [[PHONE_NUMBER:0412 558 903]].""",
    """Assessment for [[PERSON:Rohan Pillai]], [[AGE:45]]: [[NRP:Hindu]], vegetarian, allergic to penicillin; next review [[DATE_TIME:14 January 2025]]. PAN [[ID_NUMBER:AJKPP4127R]].""",
    """Every Friday [[PERSON:Gulchehra]] opa takes the 6 a.m. marshrutka from [[LOCATION:Kara-Suu]] to sell at the Jayma bazaar in [[LOCATION:Osh]], and she keeps her savings with her nephew [[PERSON:Bekzod]] in [[LOCATION:Tomsk]].""",
    """Congrats, @[[USERNAME:priya_codes]] — no wait, wrong tag. Congrats, [[PERSON:Priya Balakrishnan]], on the promotion to lead engineer, effective [[DATE_TIME:1 November]]!""",
    """A traveller named [[PERSON:Yusuf Demirci]] left his passport, [[ID_NUMBER:U18273645]], at our front desk on [[DATE_TIME:Sat 5 Oct]]; he gave [[PHONE_NUMBER:+90 532 418 77 06]] as a contact.""",
    """[[PERSON:Kamila Yusupova]] has been working as a cashier at a Pyaterochka in [[LOCATION:Podolsk]] since [[DATE_TIME:August 2022]], and her SNILS is [[ID_NUMBER:148-302-957 66]].""",
    """Parent-teacher night: [[PERSON:Mrs. Adebayo]] would like to meet [[PERSON:Tunde]]'s dad on Thursday at 6pm rather than Wednesday; his reading has really improved since [[DATE_TIME:September]].""",
    """Хабар: [[PERSON:Ҷамшед Раҳимов]] аз [[DATE_TIME:3 октябр]] бедарак аст. Охирин бор дар автовокзали [[LOCATION:Самара]] дида шудааст. Агар дидед, ба [[PHONE_NUMBER:+992 93 512 38 47]] занг занед.""",
    """Please remove [[PERSON:Caoimhe Ní Bhriain]] from the mailing list; she has asked that we no longer write to [[ADDRESS:3 Main Street]], [[LOCATION:Dingle]], [[LOCATION:Co. Kerry]].""",
    """[[PERSON:Aziz]], [[AGE:22]], was one of eleven workers found sleeping in a container behind the Korvon bazaar; none of them had a valid registration.""",
    """The adoption agency asked [[PERSON:Grace]] and [[PERSON:Emeka Obi]] to send marriage and birth certificates by [[DATE_TIME:20 January]], scanned to [[EMAIL_ADDRESS:obifamily2019@yahoo.com]] in one PDF.""",
    """My Wise transfer to [[PERSON:Oksana Hrytsenko]] bounced because I typed the IBAN wrong; the right one is [[IBAN_CODE:UA93 3220 0100 0002 6209 3018 4755 2]].""",
    """[[PERSON:Nodira]] runs the hostel reception on [[ADDRESS:ул. Ткацкая, 19]], and she registers each new arrival with the migration office within seven days, like the law says.""",
    """The referee's report on [[PERSON:Kofi Mensah-Bonsu]], who joined us on [[DATE_TIME:4 April 2016]], is glowing; he can be contacted at [[EMAIL_ADDRESS:kofi.mb@protonmail.com]] after [[DATE_TIME:the 15th]].""",
    """Weather permitting, the [[LOCATION:Khorog]] jeep leaves [[LOCATION:Dushanbe]] from the stand behind the Korvon bazaar at dawn; [[PERSON:Mirzo]]'s cousin drives it and takes bookings on [[PHONE_NUMBER:+992 91 880 42 15]].""",
    """Thank you for registering, [[PERSON:Jasmine Okafor-Reid]]. Your student number is [[ID_NUMBER:2024117384]] and your orientation session is [[DATE_TIME:Monday 9 September, 10:00]] in the Hub.""",
    """The funeral for [[PERSON:Sergei Pavlovich Morozov]] will be held on [[DATE_TIME:Saturday 25 January]] in [[LOCATION:Ivanovo]]; [[PERSON:Lyudmila]] asks that no flowers be sent.""",
    """Духтури мо, [[PERSON:Саидова Мунира]], гуфт, ки модарам бояд [[DATE_TIME:рӯзи сешанбе, 12 ноябр, соати 9:00]] ба беморхонаи шаҳри [[LOCATION:Бохтар]] биёяд. Рақами бемор: [[ID_NUMBER:BX-0047281]].""",
    """Hi team, [[PERSON:Marcus Oyelaran-Price]] has asked that his payslips go to [[EMAIL_ADDRESS:m.oyelaranprice@fastmail.com]] instead of his work inbox from [[DATE_TIME:1 March]]; his staff number is [[ID_NUMBER:E104732]].""",
    """The coach from [[LOCATION:Tashkent]] reached the [[LOCATION:Zhibek Zholy]] checkpoint at dawn, and a woman in the back row, [[PERSON:Dilfuza Ergasheva]], [[AGE:52]], showed a Kazakh residence permit, [[ID_NUMBER:N 05283147]], that had expired on [[DATE_TIME:30.09.2024]].""",
]

BENCH = [
    """Attention [[PERSON:Rustam]], the fee for your work patent was received from card [[CREDIT_CARD:2200 2204 8813 9070]] (exp 09/27) through IP [[IP_ADDRESS:94.25.171.8]]. If you did not make this payment, reply to [[EMAIL_ADDRESS:r.nazarov88@mail.ru]] within 24 hours.""",
    """Hi [[PERSON:Mireille Obuya-Kettering]], as Senior Integration Architect you are invited to the Q3 mobility workshop at [[ADDRESS:4418 Cedar Hollow Rd, Suite 1200]], [[LOCATION:Fort Wayne]], [[LOCATION:IN]] [[ZIP_CODE:46804]]. Please register the device with MAC 3C:22:FB:91:0A:7E before arrival.""",
    """The subscription for [[USERNAME:kaleb.strom_77]] was renewed with the Mastercard [[CREDIT_CARD:5512-0473-9182-0660]], CVV 512, from browser Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15.""",
    """Dear [[PERSON:Mr. Hartwell]], our Regional Compliance Officer for [[LOCATION:Buckinghamshire]] will visit building [[ADDRESS:72]] on [[ADDRESS:Pondside Lane]] on [[DATE_TIME:19/03/2025]]. Kindly confirm at [[PHONE_NUMBER:+44 1494 582 730]].""",
    """Transfer request: beneficiary [[PERSON:Gulbahor Nematova]], IBAN [[IBAN_CODE:TR16 0001 0002 4198 7305 5612 18]], BIC TCZBTR2AXXX, amount 38,500 TRY, reference "rent Oct". Initiated from [[IP_ADDRESS:2a02:2168:8a3:4c00::1f]].""",
    """Customer [[PERSON:Ifeoma]] ([[AGE:31]], female) reported that her Visa [[CREDIT_CARD:4539 7102 8846 3314]] was charged twice at the pharmacy on [[ADDRESS:9 Allen Avenue]], [[LOCATION:Ikeja]]. Contact: [[PHONE_NUMBER:+234 809 552 1147]].""",
    """Your password for the tenant portal has been reset to xR7#pq2!Lm. Username: [[USERNAME:fwanjiru_88]]. Last sign-in: [[DATE_TIME:2024-08-14 22:41]] from [[IP_ADDRESS:197.232.61.40]] ([[LOCATION:Nairobi]]).""",
    """The Principal Quality Engineer [[PERSON:Ekaterina Sokolova-Brandt]] relocated to [[ADDRESS:Flat 12]], [[ADDRESS:Harbour Court]], [[ADDRESS:33 Wapping Lane]], [[LOCATION:London]] [[ZIP_CODE:E1W 2RF]]; payroll will use [[IBAN_CODE:GB14 BARC 2071 4583 9264 10]] from next month.""",
    """[[PERSON:Shoira]], your bus ticket [[LOCATION:Dushanbe]] → [[LOCATION:Moscow]] (route 512, seat 23) is confirmed for [[DATE_TIME:17.09.2024 06:30]]. Passport on booking: [[ID_NUMBER:500238471]]. Questions: [[PHONE_NUMBER:+992 98 711 20 45]].""",
    """In the case of [[PERSON:Leilani Kahananui]], born [[DATE_TIME:June 2nd, 1979]], the account 4418-22 has been frozen pending review. Her last known address is [[ADDRESS:1188 Kapiolani Blvd, #2204]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]].""",
    """Please find enclosed the rental agreement for the stall at the Dordoi bazaar between landlord [[PERSON:Asylbek Sultanaliev]] (PIN [[ID_NUMBER:20811197600234]]) and tenant [[PERSON:Mirlan Usenov]] (PIN [[ID_NUMBER:22903198901157]]), signed on [[DATE_TIME:1 April 2024]].""",
    """Dear [[PERSON:Nikhil]], the Senior Data Steward role in our [[LOCATION:Pune]] office starts on [[DATE_TIME:5th Aug]]. Please bring your PAN card ([[ID_NUMBER:BQZPS7712K]]) and the cancelled cheque for account [[ID_NUMBER:50100238847612]].""",
    """Our records indicate that [[PERSON:Aliya]] from [[LOCATION:Karaganda]] accessed the portal from [[IP_ADDRESS:89.218.4.77]] with the user agent Mozilla/5.0 (Linux; Android 12; SM-A525F) and updated her IBAN to [[IBAN_CODE:KZ31 601A 8610 0457 2213]].""",
    """Hey [[PERSON:Bartholomew]], the Chief Branding Facilitator retreat is at [[ADDRESS:8841]] [[ADDRESS:Quigley Stravenue]], [[ADDRESS:Apt. 613]], [[LOCATION:East Lorenzo]], [[LOCATION:Lincolnshire]]. Your badge number is [[ID_NUMBER:88-4471-TX]]; bring a copy of your SSN card ([[US_SSN:412-66-0938]]).""",
    """Card [[CREDIT_CARD:3782 910445 51629]] belonging to [[PERSON:Dr. Conrad Feeney]] expires 11/26. CVV 3841. Billing zip [[ZIP_CODE:02139]]. Please update the clinic's records at [[ADDRESS:200 Binney Street]], [[LOCATION:Cambridge]].""",
    """[[PERSON:Mirzo]], [[AGE:44]], male, [[NRP:Tajik]], residing at [[ADDRESS:ул. Баумана, д. 7, кв. 31]], [[LOCATION:Казань]] [[ZIP_CODE:420111]], requested a duplicate work patent after losing the original at the central bus station on [[DATE_TIME:2 December 2023]].""",
    """The Lead Factors Designer, [[PERSON:Oluwadamilare Fashanu]], requested the MAC address of his workstation (B8:27:EB:4C:11:09) be whitelisted for IP [[IP_ADDRESS:10.44.201.17]]. He can be reached at [[EMAIL_ADDRESS:ofashanu@hotmail.co.uk]].""",
    """Payee [[PERSON:Friederike Ochs]], account IBAN [[IBAN_CODE:DE27 1001 0010 0847 5623 01]], BIC PBNKDEFFXXX, reason: deposit for [[ADDRESS:Kastanienallee 14]], [[LOCATION:Berlin]] [[ZIP_CODE:10435]].""",
    """Good morning [[PERSON:Thandeka]], your gym membership at the [[LOCATION:Sandton]] club is linked to card [[CREDIT_CARD:4172 8405 9133 6923]]. Your date of birth on file is [[DATE_TIME:1991/11/03]]; please confirm or update it via [[URL:https://members.fitcore.co.za/u/thandeka.nkosi]].""",
    """[[PERSON:Vaishnavi]] from [[LOCATION:Bengaluru]], Customer Solutions Planner, accessed the VPN from [[IP_ADDRESS:49.207.133.92]] at 03:12 with user agent Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.""",
    """Ticket ZX-88231: passenger [[PERSON:Abdulloh Qodirov]], [[NRP:Uzbek]], DOB [[DATE_TIME:08.08.1990]], travelling [[LOCATION:Samarkand]] → [[LOCATION:Kazan]] via [[LOCATION:Aktobe]]; emergency contact [[PHONE_NUMBER:+998 90 317 44 82]].""",
    """Remember to water the plants at [[ADDRESS:7 Ngaio Street]], [[LOCATION:Thorndon]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]] while [[PERSON:Ngaire]] is away; the alarm code is 4417 and the spare key is with [[PERSON:Mrs. Tuhoe]] at number 9.""",
    """Уважаемый [[PERSON:Каримов Фаррух Бахтиёрович]], Ваш патент [[ID_NUMBER:77 №2301947730]] действителен до [[DATE_TIME:14.03.2025]]. Для продления оплатите НДФЛ по ИНН [[ID_NUMBER:503217440670]]. Справки: [[EMAIL_ADDRESS:fkarimov.1992@yandex.ru]].""",
    """Hello [[PERSON:Jerome]], the Dynamic Markets Supervisor onboarding requires your passport number [[US_PASSPORT:562197043]], your driver's license [[US_DRIVER_LICENSE:F255-921-50-094-0]], and a voided check. Your start date is [[DATE_TIME:10/07/2024]].""",
    """Lost & found: a brown leather wallet containing a Mir card [[CREDIT_CARD:2200 7039 1265 5407]], a migration card in the name [[PERSON:Ergashev Sherali]] and a SNILS card [[ID_NUMBER:172-664-018 70]] was handed in at the Sadovod market security booth.""",
    """INSURANCE CLAIM FORM. Claimant: [[PERSON:Rosalind Achterberg]]. Policy No: HMX-2204-8817. Date of loss: [[DATE_TIME:03/02/2024]]. Address of loss: [[ADDRESS:56 Wheatfield Close]], [[LOCATION:Banbury]] [[ZIP_CODE:OX16 9TL]]. Description: burst pipe in loft flooded two bedrooms. Claimant's phone: [[PHONE_NUMBER:01295 744 182]]. Signed: [[PERSON:R. Achterberg]], [[DATE_TIME:05/02/2024]].""",
    """EMPLOYMENT CONTRACT (extract). This agreement is made on [[DATE_TIME:1 October 2024]] between Kestrel Logistics Ltd and [[PERSON:Temitope Adegoke]] (the "Employee"), of [[ADDRESS:14 Ogunlana Drive]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]. The Employee's NIN is [[ID_NUMBER:71028493316]]. Salary shall be paid monthly into account [[ID_NUMBER:0047712985]] (Access Bank).""",
    """DISCHARGE SUMMARY. Patient: [[PERSON:Harold J. Pemberton]], MRN [[ID_NUMBER:00482719]], DOB [[DATE_TIME:11/23/1946]], age [[AGE:77]]. Admitted [[DATE_TIME:04/09/2024]] with community-acquired pneumonia; discharged [[DATE_TIME:04/15/2024]] to his daughter, [[PERSON:Linda Pemberton-Ruiz]], at [[ADDRESS:3019 Mesa Verde Dr]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85711]].""",
    """NOTICE OF INTENT TO LEAVE. To: [[PERSON:Mr A. Kaur]], landlord. I, [[PERSON:Siddharth Menon]], tenant of [[ADDRESS:Flat 2B, 118 Bellgrove Street]], [[LOCATION:Glasgow]] [[ZIP_CODE:G31 1AA]], give notice that I will leave the property on [[DATE_TIME:31 January 2025]]. Forward my deposit to sort code 20-45-77, account [[ID_NUMBER:63018842]].""",
    """LOAN APPLICATION — Section B. Applicant name: [[PERSON:Marjorie Elaine Whitcombe]]. SSN: [[US_SSN:318-52-7096]]. Date of birth: [[DATE_TIME:September 9, 1968]]. Employer: Tri-County Feed & Grain. Years at current address ([[ADDRESS:RR 2 Box 118]], [[LOCATION:Lexington]], [[LOCATION:NE]] [[ZIP_CODE:68850]]): 14. Requested amount: $42,000.""",
    """ДОГОВОР ПОДРЯДА № 118/24. г. [[LOCATION:Москва]], [[DATE_TIME:«5» февраля 2024]] г. ООО «СтройМонтаж», с одной стороны, и гражданин Республики [[LOCATION:Таджикистан]] [[PERSON:Раҳимов Сухроб Давлатович]], паспорт [[ID_NUMBER:401827364]], патент [[ID_NUMBER:77 №2300587214]], именуемый «Подрядчик», с другой стороны, заключили настоящий договор.""",
    """CLINIC NOTE. [[PERSON:Mrs. Nanami Kurosawa]] ([[AGE:36]]) presented on [[DATE_TIME:Tuesday 14 May 2024]] with recurring migraines. She is a flight attendant and reports poor sleep. Referred to neurology; GP contact: [[PERSON:Dr. Whetu Parata]], [[PHONE_NUMBER:09 378 5521]]. NHI [[ID_NUMBER:ZHK7399]].""",
    """VEHICLE ACCIDENT REPORT. Driver 1: [[PERSON:Caleb Fontaine]], licence [[US_DRIVER_LICENSE:F531-772-84-311-0]] (FL), vehicle plate [[ID_NUMBER:QHT-4N7]]. Driver 2: [[PERSON:Yesenia Arroyo]], plate [[ID_NUMBER:BKR 9120]]. Location: intersection of [[ADDRESS:NW 7th Ave and NW 62nd St]], [[LOCATION:Miami]]. Time of collision: [[DATE_TIME:Feb 18, 2024 at 5:47 PM]].""",
    """WORK PERMIT RECORD. Holder: [[PERSON:Tolibjon Ismoilov]]. Citizenship: [[LOCATION:Uzbekistan]]. Permit no. [[ID_NUMBER:77 №2401038841]], region of validity: [[LOCATION:Moscow]]. Issued [[DATE_TIME:22.01.2024]], valid through [[DATE_TIME:21.01.2025]]. Employer INN 7704218831. Registered at [[ADDRESS:Varshavskoye sh., 118, bldg 2, room 14]].""",
    """CONSENT FORM. I, [[PERSON:Adaeze Nwosu]], parent of [[PERSON:Chisom Nwosu]] (date of birth [[DATE_TIME:12 March 2015]]), consent to my child's participation in the school trip to the Natural History Museum. Emergency contact: [[PHONE_NUMBER:07912 448 306]]. Signature: ____ Date: [[DATE_TIME:2 Oct 2024]].""",
    """NOTICE OF HEARING. In the matter of [[PERSON:Bryony Castellano]] v. Hillmark Property Management, the hearing is set for [[DATE_TIME:Wednesday, November 20, 2024, at 9:00 a.m.]] in Courtroom 4B. The tenant may be reached at [[EMAIL_ADDRESS:bcastellano@protonmail.com]].""",
    """LOAN AGREEMENT SUMMARY. Borrower: [[PERSON:Ruslan Abdrakhmanov]], IIN [[ID_NUMBER:870314300423]], residing at [[ADDRESS:Abay Ave 150, apt 43]], [[LOCATION:Almaty]] [[ZIP_CODE:050046]]. Disbursement account: [[IBAN_CODE:KZ84 998C TB00 0047 3821]]. First instalment due [[DATE_TIME:15.07.2024]].""",
    """PRESCRIPTION. Patient: [[PERSON:Ong Wei Jie]], NRIC [[ID_NUMBER:S9218463C]], [[AGE:62]] yrs. Metformin 500 mg twice daily. Prescriber: [[PERSON:Dr. Kavitha Raman]]. Date: [[DATE_TIME:03-06-2024]].""",
    """PROPERTY SALE NOTICE. The property at [[ADDRESS:42 Protea Crescent]], [[LOCATION:Durbanville]], [[ZIP_CODE:7550]], owned by [[PERSON:Pieter]] and [[PERSON:Annelie van der Westhuizen]], will be transferred to [[PERSON:Sipho Ndlovu]] (ID [[ID_NUMBER:7601305722082]]) on registration.""",
    """SCHOOL ENROLMENT. Student: [[PERSON:Nurai Toktogulova]], born [[DATE_TIME:30.04.2014]], grade 5. Parent: [[PERSON:Toktogulov Marat]], phone [[PHONE_NUMBER:+996 772 118 943]]. Address: [[ADDRESS:мкр. Джал-29, д. 14, кв. 8]], [[LOCATION:Бишкек]]. Previous school: №61.""",
    """WARRANTY CLAIM. Customer: [[PERSON:Declan Fitzsimons]]. Product: Lumo X2 dishwasher, serial LX2-0048821-B. Purchased [[DATE_TIME:02/11/2023]]. Address: [[ADDRESS:Apt 4, 19 Clontarf Road]], [[LOCATION:Dublin 3]], [[ZIP_CODE:D03 F6K2]]. Fault: door seal leaking.""",
    """CREDIT REPORT EXTRACT. Subject: [[PERSON:Lakshmi Narayanan]], DOB [[DATE_TIME:1985-07-19]], SIN [[ID_NUMBER:713 029 585]]. Current address since [[DATE_TIME:March 2021]]: [[ADDRESS:3305 Kingsway, Unit 1102]], [[LOCATION:Burnaby]], [[LOCATION:BC]] [[ZIP_CODE:V5R 5K6]].""",
    """TERMINATION LETTER. Dear [[PERSON:Mr. Otieno]], further to the disciplinary meeting held on [[DATE_TIME:12 September 2024]], your employment as Stores Clerk is terminated with effect from [[DATE_TIME:30 September 2024]]. Your final dues will be paid to M-Pesa number [[PHONE_NUMBER:0722 418 093]].""",
    """HOUSING BENEFIT REVIEW. Claimant [[PERSON:Krystyna Zielińska]], NI number [[ID_NUMBER:JT 48 21 93 C]], moved into [[ADDRESS:27 Ashgrove Terrace]], [[LOCATION:Peterborough]] [[ZIP_CODE:PE1 4QN]] on [[DATE_TIME:14/10/2024]]. Rent: £725 pcm. Landlord: [[PERSON:Ahmed Hussain]].""",
    """MEDICAL CERTIFICATE for foreign workers. Full name: [[PERSON:Yusupov Bekzod]]. Date of birth: [[DATE_TIME:19.11.1997]]. Citizenship: [[LOCATION:Kyrgyzstan]]. Passport: [[ID_NUMBER:AC 2019473]]. Tests: HIV negative, TB negative. Examination date: [[DATE_TIME:10.04.2024]]. Doctor: [[PERSON:Zhukova E.V.]]""",
    """MINUTES, tenants' association, [[DATE_TIME:14 November]]. Present: [[PERSON:Gloria Esposito]] (chair), [[PERSON:Raj Malhotra]], [[PERSON:Tomás Ó Ceallaigh]], [[PERSON:Bilal]]. [[PERSON:Gloria]] reported that the landlord's agent had entered flat 6 without notice. [[PERSON:Raj]] to draft a letter.""",
    """INVOICE DISPUTE. Customer [[PERSON:Cheng Xiaoling]] (account [[ID_NUMBER:CU-7718204]]) disputes charges on invoice INV-2024-00918. Contact phone [[PHONE_NUMBER:+61 2 9871 4402]]; email [[EMAIL_ADDRESS:xl.cheng@optusnet.com.au]].""",
    """BORDER INCIDENT REPORT. On [[DATE_TIME:23.08.2024 at 14:20]] at the [[LOCATION:Kyzyl-Bel]] checkpoint, bus [[ID_NUMBER:KG 07 312 AAR]] (route [[LOCATION:Batken]]–[[LOCATION:Isfara]]) was held for inspection. Passenger [[PERSON:Sharipov Odil]], passport [[ID_NUMBER:400918273]], was detained for carrying undeclared goods.""",
    """{"event":"patent_payment","ts":"2024-05-12T09:14:22Z","payer":{"name":"[[PERSON:Nazarov Ilhom]]","inn":"[[ID_NUMBER:771928456169]]","phone":"[[PHONE_NUMBER:+79164021873]]"},"amount":7800,"region":"77","card_mask":"220022******9070"}""",
    """2024-07-03 11:42:09 INFO  auth.login user=[[USERNAME:d.ayapova]] ip=[[IP_ADDRESS:212.42.104.18]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)" session=8f3a9c21e1 result=success""",
    """INSERT INTO customers (id, full_name, email, phone, dob) VALUES (10482, '[[PERSON:Reuben Oyelowo]]', '[[EMAIL_ADDRESS:reuben.oyelowo@gmail.com]]', '[[PHONE_NUMBER:+44 7911 508 337]]', '[[DATE_TIME:1983-02-27]]');""",
    """<patient><name>[[PERSON:Amara Okonjo]]</name><mrn>[[ID_NUMBER:MRN-558201]]</mrn><dob>[[DATE_TIME:1972-10-04]]</dob><address><street>[[ADDRESS:18 Riverside Way]]</street><city>[[LOCATION:Swindon]]</city><postcode>[[ZIP_CODE:SN1 5QP]]</postcode></address><gp>[[PERSON:Dr. Helen Marsh]]</gp></patient>""",
    """[database]
host = [[IP_ADDRESS:10.0.3.12]]
user = svc_reporting
password = Tr0ub4dor&3
[owner]
name = [[PERSON:Kelechi Anyanwu]]
email = [[EMAIL_ADDRESS:kelechi.anyanwu@brightpath.ng]]
phone = [[PHONE_NUMBER:+234 701 228 9043]]""",
    """Ticket #55812 — Priority: High
Reporter: [[PERSON:Saule Dzhaksybekova]] <[[EMAIL_ADDRESS:saule.dzh@mail.kz]]>
Subject: cannot upload work-permit scan
Body: Hi, when I upload the scan of permit [[ID_NUMBER:KZ-RP-0419283]] the page freezes. My browser is Firefox 127 on Windows 11. Please call me at [[PHONE_NUMBER:+7 777 302 18 44]].""",
    """def test_signup():
    payload = {
        "first_name": "[[PERSON:Odette]]",
        "last_name": "[[PERSON:Marchetti-Blanc]]",
        "email": "[[EMAIL_ADDRESS:odette.mb@orange.fr]]",
        "birthdate": "[[DATE_TIME:1994-12-08]]",
        "card": "[[CREDIT_CARD:4929055117388409]]",
    }
    assert client.post("/signup", json=payload).status_code == 201""",
    """{"passenger": "[[PERSON:Toshmatov Alisher]]", "doc_type": "passport", "doc_no": "[[ID_NUMBER:FA1827364]]", "citizenship": "[[LOCATION:Uzbekistan]]", "route": "[[LOCATION:Andijan]]-[[LOCATION:Moscow]]", "bus_no": "[[ID_NUMBER:A 417 MX 77]]", "seat": 31, "departure": "[[DATE_TIME:2024-09-18T05:40]]", "phone": "[[PHONE_NUMBER:+998 93 402 11 87]]"}""",
    """May 14 02:17:43 web01 sshd[3921]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 52144 ssh2
May 14 02:18:02 web01 sshd[3925]: Accepted publickey for [[USERNAME:mkowalczyk]] from [[IP_ADDRESS:83.24.190.6]] port 61022 ssh2""",
    """employee:
  id: [[ID_NUMBER:EMP-30418]]
  name: [[PERSON:Priya Subramaniam]]
  dob: [[DATE_TIME:1990-04-22]]
  nationality: [[NRP:Malaysian]]
  address: "[[ADDRESS:21 Jalan SS2/64]], [[LOCATION:Petaling Jaya]]"
  title: Payroll Analyst
  bank_account: "[[ID_NUMBER:5642 1830 2217]]\"""",
    """SELECT * FROM migrants WHERE patent_no = '[[ID_NUMBER:50 №2300731946]]' OR full_name LIKE '[[PERSON:Гафуров]]%';
-- requested by inspector [[PERSON:Лапина О.Н.]]""",
    """<order id="A-77120"><customer><name>[[PERSON:Lerato Mahlangu]]</name><email>[[EMAIL_ADDRESS:lerato.m@webmail.co.za]]</email><phone>[[PHONE_NUMBER:082 417 3390]]</phone></customer><ship_to>[[ADDRESS:14 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]</ship_to><sku>TS-RED-XL</sku></order>""",
    """[2024-10-02 08:01:55] payment.declined card=**** **** **** 4417 holder="[[PERSON:Meera Chatterjee]]" ip=[[IP_ADDRESS:103.211.54.8]] reason=insufficient_funds customer_id=[[ID_NUMBER:C-1009384]]""",
    """const contact = {
  name: '[[PERSON:Barnaby Quist]]',
  mobile: '[[PHONE_NUMBER:+61 412 886 031]]',
  address: '[[ADDRESS:9/44 Grey Street]], [[LOCATION:South Brisbane]] [[LOCATION:QLD]] [[ZIP_CODE:4101]]',
  tfn: '[[ID_NUMBER:459 182 737]]',
};""",
    """Support form
Full name: [[PERSON:Жылдыз Асанова]]
ИНН (ПИН): [[ID_NUMBER:11208198500933]]
Телефон: [[PHONE_NUMBER:+996 555 018 372]]
Email: [[EMAIL_ADDRESS:jyldyz.asanova@gmail.com]]
Суть обращения: не пришёл перевод из [[LOCATION:Москвы]] через Золотую Корону, номер перевода 0418-22-7713.""",
    """{"user_id": 7741, "username": "[[USERNAME:tawanda_moyo]]", "email": "[[EMAIL_ADDRESS:tmoyo@zol.co.zw]]", "last_login_ip": "[[IP_ADDRESS:41.190.33.121]]", "last_login": "[[DATE_TIME:2024-06-30 19:22:08]]", "mac": "F0:18:98:2A:7C:41", "plan": "pro"}""",
    """2024-02-11T16:40:12.558Z WARN kyc-service: document mismatch for applicant [[PERSON:Hoang Minh Duc]] (passport [[ID_NUMBER:C4827391]], dob [[DATE_TIME:1996-09-30]]); selfie score 0.41 < 0.60""",
    """UPDATE accounts SET iban = '[[IBAN_CODE:PL89 1240 1037 1111 0000 3391 7265]]', holder = '[[PERSON:Bartosz Wróblewski]]' WHERE account_id = 55120;""",
    """<form name="registration"><field name="fio">[[PERSON:Саидов Бахтиёр Шавкатович]]</field><field name="birth">[[DATE_TIME:07.02.1988]]</field><field name="citizenship">[[LOCATION:Таджикистан]]</field><field name="migration_card">[[ID_NUMBER:4620 8173049]]</field><field name="address">[[ADDRESS:г. Химки, ул. Московская, д. 21, кв. 66]]</field><field name="host">[[PERSON:Ершова Н.П.]]</field></form>""",
    """Ticket INC-20931 | opened by [[PERSON:Kaveh Rostami]] ([[EMAIL_ADDRESS:k.rostami@tehranmail.ir]])
Laptop serial 5CG2184XZQ stopped connecting to VPN after update 4.2.1.7.
Home IP [[IP_ADDRESS:5.160.22.94]], office IP [[IP_ADDRESS:10.12.0.44]]. Callback: [[PHONE_NUMBER:+98 912 418 7703]].""",
    """users.csv import error on line 18: "[[PERSON:Ngozi Adichie-Bello]]","[[EMAIL_ADDRESS:ngozi.ab@outlook]]",[[PHONE_NUMBER:08034412977]],"[[DATE_TIME:31/02/1990]]" -> invalid date""",
    """[profile]
display_name = [[PERSON:Ahanu Redcloud]]
handle = [[USERNAME:ahanu_rc]]
homepage = [[URL:https://ahanuredcloud.com]]
location = [[LOCATION:Rapid City]], [[LOCATION:SD]]
theme = dark""",
    """{"claim_id":"CLM-44120","insured":"[[PERSON:Graciela Benítez]]","dob":"[[DATE_TIME:1959-03-14]]","ssn":"[[US_SSN:601-28-4471]]","incident_date":"[[DATE_TIME:2024-01-22]]","address":"[[ADDRESS:2210 W Pico Blvd, Apt 3]]","city":"[[LOCATION:Los Angeles]]","zip":"[[ZIP_CODE:90006]]"}""",
    """Jul 22 14:03:11 bus-terminal-pos[884]: sale ok ticket=OSH-MSK-0722-118 passenger="[[PERSON:Mamatov Kanybek]]" doc=[[ID_NUMBER:ID2084715]] card=[[CREDIT_CARD:9417 0038 1562 0473]] amount=9800 KGS""",
    """# contacts.py - do not commit real data!!
OWNER = "[[PERSON:Ishaan Kapoor]]"
OWNER_EMAIL = "[[EMAIL_ADDRESS:ishaan.kapoor@proton.me]]"
OWNER_AADHAAR = "[[ID_NUMBER:7392 0418 8261]]"
SUPPORT_EMAIL = "support@ledgerly.in\"""",
    """<record><traveller>[[PERSON:Ali Soltani]]</traveller><nationality>[[NRP:Iranian]]</nationality><passport>[[ID_NUMBER:Z48201937]]</passport><entry_point>[[LOCATION:Sarakhs]]</entry_point><entry_date>[[DATE_TIME:2024-04-02]]</entry_date></record>""",
    """patient_id,visit,notes
[[ID_NUMBER:P-004417]],[[DATE_TIME:2024-03-11 10:15]],"[[PERSON:Mrs. Oyelaran]] reports knee pain after a fall at [[ADDRESS:22 Ashby Road]]; daughter [[PERSON:Funmi]] ([[PHONE_NUMBER:07700 900 418]]) to bring her back in 2 weeks\"""",
    """POST /api/v2/transfers HTTP/1.1
Host: api.remitly-clone.test
X-Forwarded-For: [[IP_ADDRESS:95.142.93.201]]
Content-Type: application/json

{"sender":"[[PERSON:Khurshed Davlatov]]","sender_phone":"[[PHONE_NUMBER:+7 926 883-14-02]]","receiver":"[[PERSON:Davlatova Malika]]","receiver_phone":"[[PHONE_NUMBER:+992 92 771 05 38]]","amount_rub":25000}""",
    """Hi [[PERSON:Kaveri]], you've been assigned as the Regional Metrics Consultant for [[LOCATION:Telangana]]. Your access card is tied to the MAC 00:1A:2B:3C:4D:5E and the IP [[IP_ADDRESS:172.16.48.211]]. Your new passcode is 09xy!fr.""",
    """Dear [[PERSON:Aleksandr]], your bazaar vendor licence for container C-18, row 7 of the Korvon bazaar, was renewed. Payment of 1,200 TJS was taken from card [[CREDIT_CARD:6228 4801 3759 2041]] on [[DATE_TIME:4/11/2024]].""",
    """[[PERSON:Jan-Willem de Groot]], who works as Chief Accountability Engineer, logged in from [[IP_ADDRESS:145.53.208.17]] and changed the salary IBAN to [[IBAN_CODE:NL52 INGB 0006 5188 42]]. BSN: [[ID_NUMBER:238491572]].""",
    """The Investor Metrics Officer at [[ADDRESS:301]] [[ADDRESS:Boyle Meadows]], [[LOCATION:North Kendra]], [[ZIP_CODE:60614-3312]], [[PERSON:Amadou Diallo]], requested that his ATM PIN 8821 be reset and that the Discover card [[CREDIT_CARD:6011 7382 0419 5571]] be reissued.""",
    """Dear [[PERSON:Sadia]], thank you for your order. Your account email [[EMAIL_ADDRESS:sadia.rahman77@yahoo.co.uk]] and the JCB card [[CREDIT_CARD:3566 0092 1437 0851]] were used to pay £84.50. Delivery to [[ADDRESS:Unit 4, 15 Brick Lane]], [[LOCATION:London]] [[ZIP_CODE:E1 6PU]].""",
    """[[PERSON:Margarethe]], the Future Tactics Agent for [[LOCATION:Bavaria]], moved from [[ADDRESS:Leopoldstraße 82]] to [[ADDRESS:Schellingstraße 4, 3. OG]], [[LOCATION:München]] [[ZIP_CODE:80799]], and her bank changed her IBAN to [[IBAN_CODE:DE92 4306 0967 1187 2456 00]].""",
    """Кимга: [[PERSON:Турдубаев Эркин]], [[ADDRESS:Чүй проспектиси, 215, 12-батир]], [[LOCATION:Бишкек]] [[ZIP_CODE:720044]]. Сиздин [[DATE_TIME:2024-жылдын 2-мартындагы]] арызыңыз каралды. Паспорт: [[ID_NUMBER:AN 2918374]]. Байланыш: [[PHONE_NUMBER:+996 707 314 228]].""",
    """Hi [[PERSON:Wiremu]], your IP [[IP_ADDRESS:2404:4408:63a1:9e00:5d12:7b3a:e2c4:91f0]] was used to access the account of [[USERNAME:kowhai_girl]] at 04:12. If this was you, ignore this message; your card ending 2231 was not charged.""",
    """Attention [[PERSON:Bolat]]: the wholesale fabric order at the Barakholka market was charged to [[CREDIT_CARD:4488 1209 3376 2055]] (exp 03/26, CVV 771). Goods will be held at stall 44 until [[DATE_TIME:14 June]] under your name.""",
    """Regarding the dispute, [[PERSON:Giorgi Beridze]] ([[AGE:39]]) supplied IBAN [[IBAN_CODE:GE29 BG00 0000 0538 4719 26]] and lives at [[ADDRESS:Chavchavadze Ave 37, apt 9]], [[LOCATION:Tbilisi]] [[ZIP_CODE:0179]].""",
    """The Human Research Coordinator [[PERSON:Rania Haddad]] of [[LOCATION:Dubai]] reimbursed AED 1,850 to [[IBAN_CODE:AE49 0260 0010 1582 0374 901]]; her Emirates ID [[ID_NUMBER:784-1988-4471029-7]] was verified on [[DATE_TIME:09/09/2024]].""",
    """Мы, жильцы дома [[ADDRESS:ул. Гагарина, 14]], жалуемся на хозяина квартиры [[ADDRESS:кв. 9]] — он прописал там 18 мигрантов. Старшая по дому [[PERSON:Полякова Вера Ивановна]], тел. [[PHONE_NUMBER:8-903-442-17-80]].""",
    """Hello [[PERSON:Ivana Horvat]], your Lithuanian card account [[IBAN_CODE:LT18 2170 0000 1046 8732]] is now linked to the e-shop. For security, we recorded the IP [[IP_ADDRESS:78.60.155.3]] and the Chrome/126.0 user agent.""",
    """[[PERSON:Gwendolyn]], aged [[AGE:27]], Intern Mobility Liaison, can be contacted at [[PHONE_NUMBER:(312) 555-0148]] or [[EMAIL_ADDRESS:gwen.tabb@icloud.com]]. Her secondary address is [[ADDRESS:Suite 802]] and the building number is [[ADDRESS:1120]].""",
    """Please verify your identity, [[PERSON:Tomáš Dvořák]]: IBAN [[IBAN_CODE:CZ17 0300 0000 0018 2469 7531]], date of birth [[DATE_TIME:14. 2. 1987]], address [[ADDRESS:Vinohradská 112]], [[LOCATION:Praha 3]] [[ZIP_CODE:130 00]].""",
    """The driver [[PERSON:Ulanbek]] on the [[LOCATION:Naryn]]–[[LOCATION:Kashgar]] freight route through [[LOCATION:Torugart]] asked us to wire his per diem to Elcart card [[CREDIT_CARD:9417 4401 9273 6151]]; his phone is [[PHONE_NUMBER:+996 700 418 553]].""",
    """Hi [[PERSON:Alejandro]], your Swiss account [[IBAN_CODE:CH44 0483 5088 1726 3540 1]] is scheduled to receive the royalty payment for "Night Trains" on [[DATE_TIME:15.12.2024]]. Please confirm your AHV number [[ID_NUMBER:756.4182.3390.11]].""",
    """Dear [[PERSON:Mrs. Rahel Tesfaye]], your appointment at the [[LOCATION:Vienna]] consulate is [[DATE_TIME:Monday, 3 February 2025, 10:20]]. Please bring the statement for [[IBAN_CODE:AT93 2011 1827 1604 3300]] and your passport [[ID_NUMBER:EP4172839]].""",
    """[[PERSON:Declan O'Rourke]] (Financial Configuration Director) notified us that his IBAN changed to [[IBAN_CODE:IE07 BOFI 9000 1728 3645 19]] and his phone to [[PHONE_NUMBER:+353 87 418 2290]]. His PPS number is [[ID_NUMBER:7364918MA]].""",
    """Ҳурматӣ [[PERSON:Раҳмонов Фирдавс]]! Патенти шумо [[ID_NUMBER:50 №2301776204]] аз [[DATE_TIME:20.05.2024]] беэътибор дониста шуд. Барои маълумот ба рақами [[PHONE_NUMBER:+7 495 118 44 20]] ё ба [[EMAIL_ADDRESS:f.rahmonov94@mail.ru]] нависед.""",
    """The cardholder [[PERSON:Wei Zhang]] used the Mastercard [[CREDIT_CARD:5356 2118 4079 0234]] at a wholesale stand in the International Trade City; shipping to [[ADDRESS:Room 1204, 88 Futian Road]], [[LOCATION:Yiwu]]. Second contact: [[PERSON:Lin Fang]], [[PHONE_NUMBER:+86 138 0579 4412]].""",
    """Эълон: дар бозори «Корвон» ба фурӯшанда ёрдамчӣ лозим аст. Ба [[PERSON:Назира Холова]] занг занед: [[PHONE_NUMBER:+992 90 114 27 83]]. Суроға: [[LOCATION:Душанбе]], [[ADDRESS:кӯчаи Фирдавсӣ 48]]. Вохӯрӣ бо ӯ [[DATE_TIME:рӯзи шанбе, 7 сентябр, соати 10]].""",
    """Anketa. Aty-jönü: [[PERSON:Sadyrbekov Adilet]]. Tuulgan künü: [[DATE_TIME:05.06.1999]]. Pasport: [[ID_NUMBER:AC 4827103]]. Jashagan daregi: [[LOCATION:Jalal-Abad]] oblusu, [[LOCATION:Bazar-Korgon]], [[ADDRESS:Lenin köchösü 22]]. Tel: [[PHONE_NUMBER:+996 553 40 18 27]]. Rossiyaga chykkan künü: [[DATE_TIME:12.03.2024]].""",
    """Payroll notice for [[PERSON:Mehmet Aydın]]: Turkish salary account [[IBAN_CODE:TR45 0006 4000 0017 2044 0918 36]], TC kimlik no [[ID_NUMBER:38140522724]], first payment on [[DATE_TIME:15 Ocak 2025]].""",
]

TABLE = [
    """name,dob,phone,shift,site
[[PERSON:Odina Safarova]],[[DATE_TIME:1993-03-08]],[[PHONE_NUMBER:+7 915 220 48 17]],night,Block C
[[PERSON:Jasur Ahmedov]],[[DATE_TIME:1988-11-21]],[[PHONE_NUMBER:+7 903 118 72 40]],day,Block A
[[PERSON:Timur Bekmurzaev]],[[DATE_TIME:2001-06-30]],[[PHONE_NUMBER:+7 926 771 03 95]],day,Warehouse 2""",
    """| Patient | MRN | Age | Ward | Admitted |
|---|---|---|---|---|
| [[PERSON:Ewan McAllister]] | [[ID_NUMBER:RX-201948]] | [[AGE:67]] | Cardio 3 | [[DATE_TIME:12 Mar]] |
| [[PERSON:Busisiwe Khumalo]] | [[ID_NUMBER:RX-201977]] | [[AGE:42]] | Ortho 1 | [[DATE_TIME:14 Mar]] |
| [[PERSON:Li Na]] | [[ID_NUMBER:RX-202003]] | [[AGE:29]] | Maternity | [[DATE_TIME:15 Mar]] |""",
    """emp_no\tfull_name\tdept\temail\tstart_date
[[ID_NUMBER:40118]]\t[[PERSON:Haruto Sato]]\tFinance\t[[EMAIL_ADDRESS:haruto.sato@kestrel.co]]\t[[DATE_TIME:2021-04-01]]
[[ID_NUMBER:40231]]\t[[PERSON:Adwoa Boateng]]\tLegal\t[[EMAIL_ADDRESS:adwoa.boateng@kestrel.co]]\t[[DATE_TIME:2022-09-12]]
[[ID_NUMBER:40307]]\t[[PERSON:Connor Byrne]]\tIT\t[[EMAIL_ADDRESS:connor.byrne@kestrel.co]]\t[[DATE_TIME:2023-01-16]]""",
    """ФИО                        Гражданство   Патент            Действует до
[[PERSON:Холов Манучехр]]             [[LOCATION:Таджикистан]]   [[ID_NUMBER:77 №2401128834]]   [[DATE_TIME:03.02.2025]]
[[PERSON:Эргашев Сардор]]             [[LOCATION:Узбекистан]]    [[ID_NUMBER:77 №2400917452]]   [[DATE_TIME:19.12.2024]]
[[PERSON:Абдрасулов Нурбек]]          [[LOCATION:Киргизия]]      —                 —""",
    """{"guest": "[[PERSON:Amelia Fairweather]]", "room": 412, "check_in": "[[DATE_TIME:2024-10-18]]", "card": "[[CREDIT_CARD:5200 8271 3364 9015]]", "loyalty": "[[ID_NUMBER:GLD-884120]]"}
{"guest": "[[PERSON:Rajesh Kannan]]", "room": 415, "check_in": "[[DATE_TIME:2024-10-18]]", "card": "[[CREDIT_CARD:4716 2390 0584 4171]]", "loyalty": null}
{"guest": "[[PERSON:Solveig Haugland]]", "room": 502, "check_in": "[[DATE_TIME:2024-10-19]]", "card": "[[CREDIT_CARD:3771 652099 38105]]", "loyalty": "[[ID_NUMBER:SLV-100293]]"}""",
    """- name: [[PERSON:Pita Faleolo]]
  role: prop
  dob: [[DATE_TIME:2002-07-14]]
  phone: "[[PHONE_NUMBER:021 448 9031]]"
- name: [[PERSON:Ihaia Ranginui]]
  role: flanker
  dob: [[DATE_TIME:2003-01-09]]
  phone: "[[PHONE_NUMBER:027 310 5582]]"
- name: [[PERSON:Sione Tupou]]
  role: wing
  dob: [[DATE_TIME:2001-11-27]]
  phone: "[[PHONE_NUMBER:022 601 7740]]\"""",
    """Name:        [[PERSON:Bakhrom Tursunov]]
Born:        [[DATE_TIME:14 Sep 1985]]
Nationality: [[NRP:Uzbek]]
Passport:    [[ID_NUMBER:FA 3419827]]
Phone:       [[PHONE_NUMBER:+7 977 402 11 65]]
Employer:    OOO Transstroy
Registered:  [[ADDRESS:ul. Lesnaya 8, kv. 14]], [[LOCATION:Tver]]""",
    """order_id,customer,email,postcode,total
A-10021,[[PERSON:Ruth Ellery]],[[EMAIL_ADDRESS:ruth.ellery@sky.com]],[[ZIP_CODE:BS7 8QR]],34.99
A-10022,[[PERSON:Kamal Haddad]],[[EMAIL_ADDRESS:khaddad@gmail.com]],[[ZIP_CODE:M14 5TP]],112.00
A-10023,[[PERSON:Niamh Gallagher]],[[EMAIL_ADDRESS:niamh.g@outlook.ie]],[[ZIP_CODE:BT9 6AD]],18.50
A-10024,[[PERSON:Oren Katz]],[[EMAIL_ADDRESS:oren.katz@proton.me]],[[ZIP_CODE:NW11 7HB]],61.25""",
    """| Stall | Vendor | Goods | Mobile | Rent paid |
|-------|--------|-------|--------|-----------|
| A-12 | [[PERSON:Saltanat Ibraeva]] | dried fruit | [[PHONE_NUMBER:0555 41 88 20]] | yes |
| A-13 | [[PERSON:Kanat]] | phone cases | [[PHONE_NUMBER:0700 12 64 39]] | no |
| B-04 | [[PERSON:Gulmira]] apa | spices | [[PHONE_NUMBER:0772 90 31 55]] | yes |""",
    """student_id  surname       given        grade  guardian_phone
[[ID_NUMBER:S1049281]]    [[PERSON:Abubakar]]      [[PERSON:Hauwa]]        7      [[PHONE_NUMBER:0803 114 2290]]
[[ID_NUMBER:S1049322]]    [[PERSON:Okoro]]         [[PERSON:Chukwuemeka]]  7      [[PHONE_NUMBER:0816 773 0184]]
[[ID_NUMBER:S1049377]]    [[PERSON:Balogun]]       [[PERSON:Tolani]]       8      [[PHONE_NUMBER:0905 228 4417]]""",
    """№;фамилия;имя;дата рождения;город регистрации;карта
118;[[PERSON:Исраилов]];[[PERSON:Данияр]];[[DATE_TIME:03.05.1998]];[[LOCATION:Новосибирск]];[[CREDIT_CARD:2200 1504 7792 6312]]
119;[[PERSON:Мирзоева]];[[PERSON:Гулрухсор]];[[DATE_TIME:21.12.1995]];[[LOCATION:Красноярск]];нет
120;[[PERSON:Сулайманов]];[[PERSON:Эрмек]];[[DATE_TIME:08.08.1979]];[[LOCATION:Омск]];[[CREDIT_CARD:4276 3810 0945 2783]]""",
    """passenger                 seat  doc_no        boarding
[[PERSON:Toirov Shahzod]]            12A   [[ID_NUMBER:400172938]]     [[LOCATION:Dushanbe]]
[[PERSON:Toirova Parvina]]           12B   [[ID_NUMBER:400172939]]     [[LOCATION:Dushanbe]]
[[PERSON:Qodirov Bahodur]]           14C   [[ID_NUMBER:500841273]]     [[LOCATION:Kurgan-Tyube]]
[[PERSON:Aminov Suhrob]]             15A   [[ID_NUMBER:401937285]]     [[LOCATION:Khujand]]""",
    """{"id":1,"user":"[[USERNAME:chai_and_code]]","ip":"[[IP_ADDRESS:106.51.72.14]]","country":"[[LOCATION:India]]","plan":"free"}
{"id":2,"user":"[[USERNAME:mx_rivera]]","ip":"[[IP_ADDRESS:187.190.43.211]]","country":"[[LOCATION:Mexico]]","plan":"pro"}
{"id":3,"user":"[[USERNAME:lagos_lens]]","ip":"[[IP_ADDRESS:102.89.33.7]]","country":"[[LOCATION:Nigeria]]","plan":"pro"}""",
    """Account holder\tIBAN\tCurrency\tOpened
[[PERSON:Mateusz Kaczmarek]]\t[[IBAN_CODE:PL89124010371111000033917265]]\tPLN\t[[DATE_TIME:2019-05-02]]
[[PERSON:Hana Nováková]]\t[[IBAN_CODE:CZ1703000000001824697531]]\tCZK\t[[DATE_TIME:2020-11-19]]
[[PERSON:Klaus Ritter]]\t[[IBAN_CODE:AT932011182716043300]]\tEUR\t[[DATE_TIME:2016-02-08]]""",
    """Member #   Name                 Joined       Plan
[[ID_NUMBER:M-0931]]     [[PERSON:Grace Liang]]          [[DATE_TIME:2023-02-11]]   Annual
[[ID_NUMBER:M-0932]]     [[PERSON:Tevita Fifita]]        [[DATE_TIME:2023-02-12]]   Monthly
[[ID_NUMBER:M-0940]]     [[PERSON:Marguerite Duval]]     [[DATE_TIME:2023-03-01]]   Student""",
    """| Driver | Licence | Plate | Route |
|:--|:--|:--|:--|
| [[PERSON:Kubat Sydykov]] | [[ID_NUMBER:KG 0418273]] | [[ID_NUMBER:01 KG 771 ACE]] | [[LOCATION:Bishkek]]–[[LOCATION:Naryn]] |
| [[PERSON:Ermek Alymkulov]] | [[ID_NUMBER:KG 0933412]] | [[ID_NUMBER:03 KG 118 ABB]] | [[LOCATION:Osh]]–[[LOCATION:Jalal-Abad]] |
| [[PERSON:Talant Joldoshev]] | [[ID_NUMBER:KG 1024875]] | [[ID_NUMBER:02 KG 430 AFX]] | [[LOCATION:Bishkek]]–[[LOCATION:Karakol]] |""",
    """first,last,ssn,state,dob
[[PERSON:Dwayne]],[[PERSON:Holloway]],[[US_SSN:432-18-5590]],[[LOCATION:GA]],[[DATE_TIME:04/17/1977]]
[[PERSON:Brianna]],[[PERSON:Kowalski]],[[US_SSN:281-64-0372]],[[LOCATION:OH]],[[DATE_TIME:10/02/1990]]
[[PERSON:Luis]],[[PERSON:Echeverría]],[[US_SSN:627-33-8814]],[[LOCATION:TX]],[[DATE_TIME:07/30/1984]]""",
    """customer_ref: [[ID_NUMBER:CR-558102]]
full_name: [[PERSON:Adebola Ogunleye]]
address_line1: [[ADDRESS:Flat 7]]
address_line2: [[ADDRESS:Kingsmead House]]
address_line3: [[ADDRESS:41 Wyndham Road]]
city: [[LOCATION:Coventry]]
postcode: [[ZIP_CODE:CV1 2NW]]
marketing_opt_in: false""",
    """Фамилия, аты       Туулган күнү   Телефон             Шаар
[[PERSON:Мамбетова Айпери]]    [[DATE_TIME:12.01.1996]]     [[PHONE_NUMBER:+996 555 71 40 28]]   [[LOCATION:Каракол]]
[[PERSON:Осмонов Жаныбек]]     [[DATE_TIME:03.09.1990]]     [[PHONE_NUMBER:+996 700 22 81 06]]   [[LOCATION:Токмок]]
[[PERSON:Сатыбалдиева Нургүл]] [[DATE_TIME:28.06.1999]]     [[PHONE_NUMBER:+996 777 48 33 91]]   [[LOCATION:Нарын]]""",
    """ts,src_ip,user,action
2024-05-02T10:11:04Z,[[IP_ADDRESS:203.0.113.45]],[[USERNAME:ops-jnakamura]],login
2024-05-02T10:11:37Z,[[IP_ADDRESS:203.0.113.45]],[[USERNAME:ops-jnakamura]],export_report
2024-05-02T10:14:55Z,[[IP_ADDRESS:198.51.100.201]],[[USERNAME:cfernandes]],login_failed""",
    """Tenant | Unit | Phone | Lease end
---|---|---|---
[[PERSON:Mohammed Al-Rashid]] | [[ADDRESS:Apt 2A]] | [[PHONE_NUMBER:(718) 555-0133]] | [[DATE_TIME:Aug 31, 2025]]
[[PERSON:Svetlana Orlova]] | [[ADDRESS:Apt 3C]] | [[PHONE_NUMBER:(718) 555-0160]] | [[DATE_TIME:Feb 28, 2025]]
[[PERSON:Desmond Achebe]] | [[ADDRESS:Apt 5F]] | [[PHONE_NUMBER:(718) 555-0119]] | [[DATE_TIME:Dec 31, 2024]]""",
    """name: [[PERSON:Rangi Parata]]
nhi: [[ID_NUMBER:PRT5128]]
age: [[AGE:54]]
iwi: [[NRP:Ngāti Porou]]
gp: [[PERSON:Dr. Susan Whitley]]
next_visit: [[DATE_TIME:2024-11-05 14:30]]""",
    """card_holder,card_number,expiry,cvv,limit
[[PERSON:Eliza Montgomery]],[[CREDIT_CARD:4509612738055193]],08/27,302,5000
[[PERSON:Farid Mammadov]],[[CREDIT_CARD:5467130299483164]],01/26,811,2500
[[PERSON:Yuki Tanabe]],[[CREDIT_CARD:4012888465723100]],11/28,054,8000""",
    """Volunteer            Mobile            Email                           Area
[[PERSON:Amira Haddad]]         [[PHONE_NUMBER:0412 883 027]]      [[EMAIL_ADDRESS:amira.haddad@bigpond.com]]        [[LOCATION:Parramatta]]
[[PERSON:Josh Whitford]]        [[PHONE_NUMBER:0431 225 918]]      [[EMAIL_ADDRESS:jwhitford@gmail.com]]             [[LOCATION:Penrith]]
[[PERSON:Thi Hoa Pham]]         [[PHONE_NUMBER:0400 771 340]]      [[EMAIL_ADDRESS:hoa.pham88@yahoo.com.au]]         [[LOCATION:Cabramatta]]""",
    """{"worker": "[[PERSON:Ravshan Kurbanov]]", "snils": "[[ID_NUMBER:203-518-446 31]]", "inn": "[[ID_NUMBER:772905331895]]", "hired": "[[DATE_TIME:2023-04-17]]", "position": "loader"}
{"worker": "[[PERSON:Shukhrat Aliev]]", "snils": "[[ID_NUMBER:161-927-305 69]]", "inn": "[[ID_NUMBER:780516629184]]", "hired": "[[DATE_TIME:2023-06-01]]", "position": "driver"}
{"worker": "[[PERSON:Dilshod Haitov]]", "snils": "[[ID_NUMBER:190-473-862 89]]", "inn": "[[ID_NUMBER:665830227403]]", "hired": "[[DATE_TIME:2024-01-22]]", "position": "welder"}""",
    """| Name | Aadhaar | Village | Phone |
| --- | --- | --- | --- |
| [[PERSON:Sunita Devi]] | [[ID_NUMBER:5287 1640 9373]] | [[LOCATION:Rampur]] | [[PHONE_NUMBER:98110 42273]] |
| [[PERSON:Ramesh Yadav]] | not linked | [[LOCATION:Khairabad]] | [[PHONE_NUMBER:94150 81736]] |""",
    """visitor_name,host,badge,arrival
[[PERSON:Oksana Petrenko]],[[PERSON:J. Hale]],V-221,[[DATE_TIME:2024-09-03 08:55]]
[[PERSON:Marcus Webb]],[[PERSON:J. Hale]],V-222,[[DATE_TIME:2024-09-03 09:02]]
[[PERSON:Aisha Bello]],[[PERSON:R. Singh]],V-223,[[DATE_TIME:2024-09-03 09:40]]""",
    """Вазифа: рӯйхати муҳоҷирон
Ному насаб           Синну сол   Шаҳр          Телефон
[[PERSON:Назаров Ҷамшед]]       [[AGE:27]]          [[LOCATION:Панҷакент]]     [[PHONE_NUMBER:+992 92 404 18 33]]
[[PERSON:Бобоев Фаридун]]       [[AGE:33]]          [[LOCATION:Истаравшан]]    [[PHONE_NUMBER:+992 93 777 02 14]]
[[PERSON:Қурбонова Зарина]]     [[AGE:24]]          [[LOCATION:Ваҳдат]]        [[PHONE_NUMBER:+992 90 518 63 40]]""",
    """sku,description,qty,unit_price,supplier_contact
TX-4412,"cotton scarf, red",40,3.20,[[PERSON:Ahmet Yılmaz]] [[PHONE_NUMBER:+90 541 518 44 71]]
TX-4413,"cotton scarf, blue",40,3.20,[[PERSON:Ahmet Yılmaz]] [[PHONE_NUMBER:+90 541 518 44 71]]
JW-0098,"silver ring, size 7",12,14.00,[[PERSON:Leyla Güneş]] [[PHONE_NUMBER:+90 532 771 20 18]]""",
    """policy_no\tinsured\tdob\tvehicle_reg\trenewal
MTR-55120\t[[PERSON:Callum Fraser]]\t[[DATE_TIME:1989-02-14]]\t[[ID_NUMBER:SG19 XKP]]\t2025-02-01
MTR-55121\t[[PERSON:Priti Shah]]\t[[DATE_TIME:1976-08-30]]\t[[ID_NUMBER:LK70 RZD]]\t2025-02-03
MTR-55122\t[[PERSON:Owain Pritchard]]\t[[DATE_TIME:1999-12-05]]\t[[ID_NUMBER:CU21 BNV]]\t2025-02-07""",
    """contact:
  primary:
    name: "[[PERSON:Nkechi Obiora]]"
    email: "[[EMAIL_ADDRESS:nkechi.obiora@gmail.com]]"
    phone: "[[PHONE_NUMBER:+1 416 555 0108]]"
  secondary:
    name: "[[PERSON:Femi Obiora]]"
    phone: "[[PHONE_NUMBER:+1 416 555 0164]]"
  address: "[[ADDRESS:77 Bloor St W, Suite 1500]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5S 1M2]]\"""",
    """Border log — post [[LOCATION:Dostuk]], shift 2
time   traveller                doc             direction
06:12  [[PERSON:Zhumabaev Iskender]]       [[ID_NUMBER:AC 3920184]]      out
06:20  [[PERSON:Mirzaeva Dildora]]        [[ID_NUMBER:FA 2817364]]      in
06:41  [[PERSON:Tashiev Urmat]]           [[ID_NUMBER:ID 1183726]]      out""",
    """| # | Name | Sex | Nationality | Religion |
|---|------|-----|-------------|----------|
| 1 | [[PERSON:Yerlan Nurlanov]] | M | [[NRP:Kazakh]] | [[NRP:Muslim]] |
| 2 | [[PERSON:Maria Kowalczyk]] | F | [[NRP:Polish]] | [[NRP:Catholic]] |
| 3 | [[PERSON:Arun Pillai]] | M | [[NRP:Indian]] | [[NRP:Hindu]] |""",
    """donor_id,name,blood_type,last_donation,phone
[[ID_NUMBER:D-88123]],[[PERSON:Kerry-Ann Campbell]],O+,[[DATE_TIME:2024-06-11]],[[PHONE_NUMBER:876-555-0192]]
[[ID_NUMBER:D-88124]],[[PERSON:Rohan Blake]],A-,[[DATE_TIME:2024-07-02]],[[PHONE_NUMBER:876-555-0147]]
[[ID_NUMBER:D-88130]],[[PERSON:Shanique Brown]],B+,[[DATE_TIME:2024-05-29]],[[PHONE_NUMBER:876-555-0175]]""",
    """Name                 SA ID            Suburb          Cell
[[PERSON:Lindiwe Zulu]]         [[ID_NUMBER:9502140318086]]    [[LOCATION:Umlazi]]          [[PHONE_NUMBER:071 448 2093]]
[[PERSON:Johan Pretorius]]      [[ID_NUMBER:7109255089080]]    [[LOCATION:Centurion]]       [[PHONE_NUMBER:082 771 0348]]
[[PERSON:Fatima Ebrahim]]       [[ID_NUMBER:8506190472082]]    [[LOCATION:Lenasia]]         [[PHONE_NUMBER:083 219 6604]]""",
]

CHAT = [
    """[09:14] Agent [[PERSON:Kirsty]]: Thanks for contacting Northline Energy, who am I speaking with?
[09:14] [[PERSON:Babajide Ogunbiyi]]: hi it's [[PERSON:babajide]], account [[ID_NUMBER:NL-20418833]]
[09:15] Agent [[PERSON:Kirsty]]: Thanks [[PERSON:Babajide]]. Can you confirm the first line of the address and your date of birth?
[09:15] [[PERSON:Babajide Ogunbiyi]]: [[ADDRESS:16 Marsh Lane]], dob [[DATE_TIME:3/9/86]]
[09:16] Agent [[PERSON:Kirsty]]: Lovely. I can see the meter reading from Friday. What's the best number to call you back on?
[09:16] [[PERSON:Babajide Ogunbiyi]]: [[PHONE_NUMBER:07883 412 095]], after 5 pls""",
    """[[PERSON:Dilnoza]]: Салом, [[PERSON:Фарход]]! Патентатро пардохт кардӣ?
[[PERSON:Farhod]]: ҳоло не, пул нарасид 😕
[[PERSON:Dilnoza]]: то [[DATE_TIME:15-ум]] пардохт кун, вагарна ҷарима мешавад. Рақами кортамро мефиристам: [[CREDIT_CARD:9860 0214 7736 5189]]
[[PERSON:Farhod]]: раҳмат апа, фардо мегузаронам
[[PERSON:Dilnoza]]: ба [[PERSON:Муҳаммадҷон]] ҳам гӯй, рақамаш ҳамон [[PHONE_NUMBER:+7 929 604 18 22]]-аст""",
    """#eng-oncall
[[USERNAME:rkapoor]]: anyone know why prod-db-2 is rejecting connections from [[IP_ADDRESS:10.8.14.201]]?
[[USERNAME:tbeaumont]]: that's [[PERSON:Mei]]'s laptop on the VPN, she's off until [[DATE_TIME:Thursday 14th]]
[[USERNAME:rkapoor]]: ok, I'll ping [[PERSON:Ade]] instead. [[PERSON:Ade]] your cell still [[PHONE_NUMBER:+1 415 555 0139]]?
[[USERNAME:aokafor]]: yep. looking now
[[USERNAME:aokafor]]: fixed, pg_hba had an old entry. incident INC-4471 closed""",
    """Mom: did you send the money to uncle [[PERSON:Rasul]]?
[[PERSON:Zebo]]: yes mama, via Korona to his number [[PHONE_NUMBER:+992 98 401 22 67]]
Mom: and the bus for [[PERSON:Bahodur]]? he needs to be in [[LOCATION:Novosibirsk]] by [[DATE_TIME:1 October]] for the job
[[PERSON:Zebo]]: booked, [[LOCATION:Dushanbe]] → [[LOCATION:Novosibirsk]], leaves [[DATE_TIME:Sept 26 at 4am]], seat 9. ticket in his passport name [[PERSON:Bahodur Rasulov]]
Mom: god bless you""",
    """Live chat transcript — ShopRight
Customer: Hi, I'm [[PERSON:Lena Fischer-Abara]], my order hasn't arrived
Bot: Please enter your order number.
Customer: SR-2024-884120
Agent [[PERSON:Tomás]]: Hi [[PERSON:Lena]], I see it went to [[ADDRESS:27 Gorse Hill Road]], not [[ADDRESS:72]]. Is [[EMAIL_ADDRESS:lena.fa@gmx.net]] still your email?
Customer: yes. and my phone is [[PHONE_NUMBER:+49 176 4418 2093]] if the courier needs it
Agent [[PERSON:Tomás]]: Perfect, I've raised a redelivery for tomorrow.""",
    """[[PERSON:Айбек]]: Саламатсыңбы [[PERSON:Бакыт]] байке, Дордойдон контейнер бошобу?
[[PERSON:Бакыт]]: бош, айына 400 доллар. Ээси [[PERSON:Алмаз]], номери [[PHONE_NUMBER:0555 90 14 73]]
[[PERSON:Айбек]]: рахмат. Паспортумдун көчүрмөсүн жиберем, [[ID_NUMBER:AC 3718452]]
[[PERSON:Бакыт]]: макул, бейшембиде саат 10до келип көр""",
    """WhatsApp group "Flat 4 @ Rosewood"
[[PERSON:Priya]]: rent's due, pls send to [[PERSON:Callum]]'s account
[[PERSON:Callum]]: [[IBAN_CODE:GB87 MIDL 4005 1772 0391 84]], ref "flat4-nov"
[[PERSON:Jide]]: sent 👍 also the landlord ([[PERSON:Mr Whitaker]]) says the boiler guy comes [[DATE_TIME:Tues 12 Nov between 8 and 12]]
[[PERSON:Priya]]: i'm on earlies, can someone be in?
[[PERSON:Sasha]]: i'll wfh""",
    """Customer support (Telegram)
[[PERSON:Zhanna]] (support): Здравствуйте! Чем помочь?
[[USERNAME:ulan_osh93]]: перевод на карту жены не дошёл. отправлял с [[LOCATION:Екатеринбурга]] в [[LOCATION:Ош]]
[[PERSON:Zhanna]] (support): Уточните ФИО получателя и номер карты
[[USERNAME:ulan_osh93]]: [[PERSON:Абдыразакова Мээрим]], [[CREDIT_CARD:4178 9203 6651 0482]]
[[PERSON:Zhanna]] (support): Спасибо. Перевод зачислен сегодня в 11:40.""",
]

LOOKALIKE = [
    """Release notes 4.12.0.7: fixed a crash when the invoice number (INV-2024-10-0417) contained a slash; the build hash is 9f2c4e1a7b3d and the Docker image tag is 10.4.22.1. Order confirmations now show the tracking number 1Z 999 AA1 01 2345 6784. Thanks to [[PERSON:Riya Menon]] for the report.""",
    """The Dordoi bazaar wholesale price list: SKU KG-TX-0045 (cotton thread, 100 m) 35 som; SKU KG-TX-0046 (nylon thread) 28 som; container rows 1–44 open 06:00–15:00; administration hotline 0 312 54 01 00; questions to info@dordoi-market.kg. Prices valid from 1 March.""",
    """Reading list: ISBN 978-0-14-044913-6 (Crime and Punishment), ISBN 978-5-17-090630-2, and Parkinson's law chapter 3. Meet at the Pushkin library on Dostoevsky Street — no house number on the door, just the big blue sign. Questions to the club secretary, [[PERSON:Margo Kettleby]], at [[EMAIL_ADDRESS:mkettleby@fastmail.fm]].""",
    """Серийный номер терминала: SN 2209-4471-00318, прошивка 3.1.0.12, IMEI-подобный код сборки 35-209900-176148-1. Заявка № 0418-224 принята, срок исполнения — 5 рабочих дней. Телефон горячей линии: 8 800 555-35-35, почта help@migrant-service.ru. Ответственный по заявке: [[PERSON:Исмоилов Т. Р.]], моб. [[PHONE_NUMBER:+7 917 402 55 18]].""",
    """Sample data note: the address 221B Baker Street is fictional, 555-0100 numbers are reserved for fiction, and 192.0.2.0/24 is documentation space. The Visa test card 4111 1111 1111 1111 must never be charged. Our ticket queue is at https://support.example.com/queue/88120 and the billing mailbox is billing@example.com. Report a real leak to [[PERSON:Hamish Tulloch]] directly at [[EMAIL_ADDRESS:hamish.tulloch@gmail.com]].""",
    """Shipment report: container MSKU 7731048, bill of lading MAEU 240918834, HS code 6117.10, seal 0044719. Consignee contact is the branch office, +7 495 221 40 00. Driver assigned: [[PERSON:Erlan Sadykov]], mobile [[PHONE_NUMBER:+7 701 552 19 84]]. Next stop [[LOCATION:Khorgos]] dry port, ETA 14:00.""",
    """Asset register: laptop DL-5540-0119 (MAC 00:1B:44:11:3A:B7), switch v2.3.18.4 at rack R12, UUID 3f9b2c8e-4d1a-4e77-9a3b-0c8d1e7f2a65, checksum sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12. Warranty ends 2026-04-30. Contact: it-assets@corp.example. Assigned to [[PERSON:Ngozi Eke]] (staff no. [[ID_NUMBER:ST-30981]]).""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind127", STYLES, OUT)


if __name__ == "__main__":
    main()

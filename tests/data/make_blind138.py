"""Build tests/data/blind138.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind138.py

Blind: written without any knowledge of the detector. Only these were read:
the first 121 lines of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines) and its tail from
`STYLES = {` to the end (the STYLES dict and main(), copied as scaffolding);
gold_sets.py (whole file); and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). Not read:
minimize/, recognizers/, any other test, bench/, the README, any *.jsonl
(this set's own output included), any other make_*.py. No git history, log
or status was looked at (git was not run at all). The detector, the bench
and the tests were never run. Do not tune the detector against this set:
once it has been used to tune, it no longer measures anything; write a new
set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length (FO and GL IBANs, 18 characters, are not in
gold_sets.IBAN_LENGTHS and so are checked on mod-97 only); the national check
digits inside the French (RIB key) and Spanish (CCC) IBANs and the Norwegian
account numbers (mod 11) are right too. National ids with a public check
digit were given a valid one, worked out with throwaway code run while
writing (nothing of it is kept here): Danish / Greenlandic CPR (mod 11, with
the sex digit matching the person and the century digit matching the birth
year), Norwegian fodselsnummer and D-number (both mod-11 digits, individual
number in the range for the century, sex digit matching), Swedish
personnummer (Luhn), Finnish HETU (mod-31 character), Icelandic kennitala,
Faroese P-tal (given a mod-11 digit with the kennitala weights
3-2-7-6-5-4-3-2; treat that rule as an assumption), Scottish CHI, NHS number,
Canadian SIN, Australian TFN, NZ IRD number, Irish PPSN, Aadhaar (Verhoeff),
South African ID (agreeing with sex and birth date), Singapore NRIC, Italian
codice fiscale, Spanish DNI and NIE and Brazilian CPF, and so were the
look-alikes that carry one (ISBN-13, EAN-13). UK driving licences are coded
to agree with the holder's surname, birth date and sex. US SSNs, UK NI
numbers, passports, seaman's books, fisher registrations, earmark numbers,
KRA PINs, Kenyan and Nigerian ids, bank accounts and staff, student, member,
patient and customer numbers were not checked.

Styles (ids `blind138-<style>-NNN`; 240 records):
- `bench` (85): records in the manner of the public PII-masking benchmarks:
  22 like ai4privacy pii-masking-200k/300k/400k (odd mixed sentences dense
  with names, job titles, streets with building numbers, secondary
  addresses, IPv4 / IPv6, MACs, user agents, card / CVV / expiry, IBAN /
  BIC), 34 like gretel-pii-masking-en-v1 (claims, contracts, loan, medical,
  rental and benefit forms, notices, letters, settlements, petitions) and
  29 like Nemotron-PII (JSON, log lines, SQL, XML / FHIR, YAML, .env,
  Kubernetes, HTTP requests, GraphQL, Python and Java test code, tickets,
  form dumps, mail headers, call records).
- `gen` (80): one to four sentences of "realistic sentences with personal
  data", names at the start, middle and end, lowercase and possessive; ages,
  dates, addresses, phones and ids in many shapes.
- `table` (60): one small table per record rendered as text: CSV (14, comma
  and semicolon, quoted and not), TSV (8), pipes / Markdown / psql / MySQL
  (10), fixed-width (8), JSON lines (8), YAML (6) and key: value blocks (6);
  header rows unlabeled, non-PII columns mixed in.
- `chat` (8): support chats, family and marketplace threads, team and
  herders' group chats, with the speakers' names.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN / EAN,
  IP-shaped versions, hashes, UUIDs, serials, container numbers, company
  registration numbers, company phones, role mailboxes, eponyms, streets
  named after people without a number), with the few real PII values
  labeled; one (release notes) has no PII at all.
Domains with extra weight: 59 of the 165 gen and bench records are about
fishing fleets and fish plants (24), reindeer herding (14) and municipal
social services (21); the rest spread widely (banking, health, pharmacy,
legal, schools, HR, retail, travel, telecoms, government, housing, gaming,
social media, IT, deliveries, gyms, vets, insurance, charities ...).

Languages: 215 records are in English (US, UK, Ireland, Canada and Nunavut,
Alaska, Australia, New Zealand, India, South Africa, Nigeria, Kenya,
Singapore, the Philippines, and the English of the Faroes, Greenland,
Iceland and Sapmi, with names from the many cultures living there); 25 are
in Faroese (6), Kalaallisut (4), Northern Sami (5), the Danish of Greenland
and the Faroes (6) and the Norwegian of Finnmark (4), spread over gen,
bench, table, chat and lookalike.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / floor), PO boxes, house and
  building names; city, district, county, state / region and country are
  LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any shape;
  a weekday or clock time said with such a date is inside the span, a time
  or weekday alone is not; not bare years, durations, or dates not tied to a
  person (sale, invoice, release).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, crew,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  BIC, sort codes, BSB and routing numbers, CVVs and expiries, PINs, order /
  ticket / claim / case / policy / booking / tracking references, company
  phone numbers and role mailboxes, versions, hashes, serials, partial
  numbers ("ending 4417"), pets, eponyms and brands named after people,
  header rows.
Calls made while writing this set, in the same spirit:
- Vessel names, call signs and fishery registration marks (KG 316, TG 771,
  CFV and CFR numbers), vessel landing dates, herding district and
  siida-share numbers and GPS collar ids are unlabeled (a boat or a device,
  not a person). A reindeer earmark number registered to a named owner is
  ID_NUMBER, like a plate; so are fisher registration numbers, crewmember
  licences, seaman's books and merchant mariner credentials.
- Faroese P-tal, Danish / Greenlandic CPR, Norwegian fodselsnummer and
  D-number, Swedish personnummer, Finnish HETU and Icelandic kennitala are
  ID_NUMBER.
- Timestamps written by a system (log lines, ticket or record creation,
  invoice issue dates, card purchase times, device last-seen) are not
  labeled; a field that names a person's date (dob, last_login, signup,
  joined, home_visit, submitted, the start of a person's call) is
  DATE_TIME. Document expiry dates and recurring contract seasons ("1 April
  to 15 June each year") are not labeled. A birth date given as code
  arguments (LocalDate.of(2009, 5, 21)) is DATE_TIME; a person's age in a
  test assertion is AGE.
- An internal record key (a database "id" column, a row number) is not
  labeled; a customer_no / client_no / crew_id / emp / student_no column is
  ID_NUMBER. Service accounts (root, app_rw, svc_backup) are not USERNAME.
- IP addresses of servers and devices are IP_ADDRESS like a person's;
  IP-shaped versions are not. Crypto wallet addresses and VIN / chassis
  numbers are unlabeled, like serials.
- Company, school, hospital and agency names stay unlabeled even when they
  hold a person's or a place's name; a city in a merchant line, an office
  column or a hometown column is LOCATION.
- "Rev.", "fru", "mrs", "Engr.", "Alhaji", "Father", "Sra." and the "MR /
  MRS / MS" after an airline SURNAME/FIRST name are TITLE; "skipper",
  "herder", "saksbehandler", "NP" and the like are not.
- In Kalaallisut a case ending after a hyphen ("Sisimiut-mi") is outside
  the span; inflected names and places written as one word (Faroese "Vagi",
  "Sunnevu") are labeled whole.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind138.jsonl")

GEN = [
    """Skipper [[PERSON:Rógvi Joensen]] radioed in from the grounds west of [[LOCATION:Suðuroy]] on [[DATE_TIME:Tuesday 4 March]] to say that deckhand [[PERSON:Pætur Hansen]], [[AGE:23]], had caught his hand in the net drum and would need an ambulance at the quay in [[LOCATION:Klaksvík]]. [[PERSON:Pætur]]'s mother can be reached on [[PHONE_NUMBER:+298 77 41 20]].""",
    """My name is [[PERSON:Bridget O'Keefe]] and I've been on the line at the crab plant in [[LOCATION:Bonavista]] since [[DATE_TIME:May 12]]. My EI claim keeps getting held up because my SIN, [[ID_NUMBER:527 518 237]], was keyed in wrong on the Record of Employment. Can someone call me back at [[PHONE_NUMBER:709-468-2291]]?""",
    """I'm a support worker with the adult social care team in [[LOCATION:Hull]], writing on behalf of [[TITLE:mr.]] [[PERSON:dennis whitcombe]], [[AGE:81]], who lives alone at [[ADDRESS:Flat 3, 27 Beverley Road]], [[ZIP_CODE:HU3 1XH]]. His daughter [[PERSON:Karen]] (mobile [[PHONE_NUMBER:07700 900418]]) would like to be at the care review on [[DATE_TIME:the 19th of June at 2pm]].""",
    """[[PERSON:Nils Mathis Sara]] has kept reindeer out of [[LOCATION:Kautokeino]] for thirty years, and when the district vet rang him on [[DATE_TIME:2 October]] about the calves that tested positive near [[LOCATION:Masi]], he asked for the written report to go to his son [[PERSON:Ánte]] at [[EMAIL_ADDRESS:ante.m.sara@online.no]] instead.""",
    """Can you update the billing address for [[PERSON:Marisol Echeverría]]? She moved on [[DATE_TIME:03/01/2024]] from [[ADDRESS:1184 Alvarado St Apt 2B]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90006]] to [[ADDRESS:77 Peachtree Pl NE]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]], and the card ending 4417 should stay active.""",
    """Discharge summary: [[PERSON:Tran Van Minh]] ([[AGE:67]]) went home to his daughter's place in [[LOCATION:Sunshine West]] on [[DATE_TIME:Thu 8/2]]. UR [[ID_NUMBER:0417729]]. Daughter [[PERSON:Linh]] will manage his insulin; she's on [[PHONE_NUMBER:0412 638 905]].""",
    """Socialrådgiver [[PERSON:Birthe Kleist]] har i dag talt med [[PERSON:Aviaaja Lennert]] (cpr-nr. [[ID_NUMBER:301288-0188]]), der bor med sine to børn på [[ADDRESS:Qeqertanut 14, lejl. 203]], [[ZIP_CODE:3900]] [[LOCATION:Nuuk]]. Hun søger hjælp til huslejen, efter at hun blev ledig [[DATE_TIME:den 15. januar]], og kan træffes på [[PHONE_NUMBER:52 41 87]].""",
    """Mu namma lea [[PERSON:Biret Máret Gaup]], ja mun lean [[AGE:34]] jagi boaris. Mun orun [[ADDRESS:Suohpanjárga 6]], [[ZIP_CODE:9730]] [[LOCATION:Kárášjohka]], ja min bohccot leat dálvit [[LOCATION:Ávjovárri]] guovllus. Sáhtát riŋget munnje [[PHONE_NUMBER:+47 918 44 271]] dahje čállit [[EMAIL_ADDRESS:biret.gaup@gmail.com]].""",
    """Eg eiti [[PERSON:Sjúrður Mikkelsen]] og havi arbeitt á flakavirkinum í [[LOCATION:Vági]] síðan [[DATE_TIME:1. august 2019]]. Lønin skal inn á kontu [[IBAN_CODE:FO13 6460 0429 6457 92]], og tit kunnu ringja til mín á [[PHONE_NUMBER:21 63 08]].""",
    """[[PERSON:Gunnvá í Líð]] er [[AGE:72]] ár og býr einsamøll á [[ADDRESS:Heygsvegi 9]], [[ZIP_CODE:FO-800]] [[LOCATION:Tvøroyri]]. Heimahjálpin kemur hvønn mánadag, men sonurin [[PERSON:Heðin]] hevur biðið um fund við kommununa [[DATE_TIME:týsdagin 14. mai kl. 10]].""",
    """[[PERSON:Malik Kreutzmann]]-imik ateqarpunga, [[LOCATION:Sisimiut]]-mi najugaqarpunga aalisartuullunga. Oqarasuaatikkut [[PHONE_NUMBER:+299 86 42 15]]-imut sianerfigisinnaavarma imaluunniit [[EMAIL_ADDRESS:malik.kreutzmann@greennet.gl]]-imut allaffigisinnaavarma.""",
    """Ullumi [[DATE_TIME:marsip 3-anni]] isumaginninnermut allaffimmi [[PERSON:Naja Olsen]] oqaloqatigaara. Ernera [[PERSON:Inuk]] [[AGE:8]]-inik ukioqarpoq, [[LOCATION:Qaqortoq]]-mi [[ADDRESS:B-1142]]-mi najugaqarpugut, cpr-normua [[ID_NUMBER:120317-5031]].""",
    """Jeg heter [[PERSON:Kjell-Ove Mikalsen]] og har vært mannskap på en sjark fra [[LOCATION:Båtsfjord]] siden [[DATE_TIME:mars 2021]]. Fødselsnummeret mitt er [[ID_NUMBER:190688 40158]], og hyra skal inn på konto [[ID_NUMBER:1918.78.24357]]. Ring [[PHONE_NUMBER:412 55 803]] hvis noe mangler.""",
    """[[PERSON:Ristin Anti]] bargá sosiálakantuvrras [[LOCATION:Deatnu]] gielddas, ja son bivdá ahte [[PERSON:Heaika Somby]] ([[AGE:19]]) boahtá čoahkkimii [[DATE_TIME:gaskavahku 12.3. dii. 13.00]]. [[PERSON:Heaika]] telefonnummar lea [[PHONE_NUMBER:936 20 514]].""",
    """After the F/V Cape Ornery tied up in [[LOCATION:Dutch Harbor]] on [[DATE_TIME:September 9]], processor [[PERSON:Jun-ho Park]] was told his final settlement check would be mailed to [[ADDRESS:PO Box 920417]], [[LOCATION:Unalaska]], [[LOCATION:AK]] [[ZIP_CODE:99692]]. His crewmember license is [[ID_NUMBER:C-2024-118306]] if payroll asks.""",
    """[[PERSON:Agnieszka Wróbel]] has worked the filleting line at the salmon plant in [[LOCATION:Lerwick]] since she was [[AGE:24]]. Her NI number is [[ID_NUMBER:PW 41 87 22 C]] and her new address is [[ADDRESS:14 Burgh Road]], [[LOCATION:Lerwick]] [[ZIP_CODE:ZE1 0LA]]; she moves in on [[DATE_TIME:the 2nd of February]].""",
    """Herder [[PERSON:Juhani Näkkäläjärvi]] from [[LOCATION:Enontekiö]] says fourteen of his animals were hit by a freight train near [[LOCATION:Kolari]] on the night of [[DATE_TIME:17 January]]. He wants the compensation paid to [[IBAN_CODE:FI93 1234 5686 8309 79]] and can be reached on [[PHONE_NUMBER:+358 40 718 2264]].""",
    """[[PERSON:sunná utsi]], [[AGE:27]], who herds with a sameby north of [[LOCATION:Kiruna]], wrote her personnummer as [[ID_NUMBER:970811-2488]] on the snowmobile grant form but forgot to sign it, so the county board posted it back to [[ADDRESS:Lassevägen 3]], [[ZIP_CODE:981 38]] [[LOCATION:Kiruna]].""",
    """Case note: [[PERSON:Deshawn Whitfield]] visited [[PERSON:Ms. Lorraine Bigelow]] at [[ADDRESS:4410 N. Kedzie Ave, Unit 3]], [[LOCATION:Chicago]], on [[DATE_TIME:4/11 at 9:15 a.m.]] Her SNAP recertification is overdue; SSN on file [[US_SSN:412-58-3307]], DOB [[DATE_TIME:02/14/1951]].""",
    """[[PERSON:Elisapee Kilabuk]]'s family asked the income support office in [[LOCATION:Iqaluit]] to send her letters care of her sister [[PERSON:Oopah]] at [[ADDRESS:Building 1089, Apt 4]], because [[PERSON:Elisapee]] is out on the land until [[DATE_TIME:mid-April]].""",
    """Good morning, I'm ringing from the community welfare service about [[PERSON:seán ó briain]]'s rent supplement. His PPS number is [[ID_NUMBER:6902283U]], he's at [[ADDRESS:22 Bishop Street]], [[LOCATION:Tuam]], [[LOCATION:Co. Galway]] [[ZIP_CODE:H54 WK31]], and the landlord's form still hasn't come in.""",
    """[[PERSON:Ngaire Tipene]], [[AGE:74]], of [[ADDRESS:16 Kowhai Street]], [[LOCATION:Kaitaia]] [[ZIP_CODE:0410]], has been put on the district council's pensioner housing list on her GP's referral. Her grandson [[PERSON:Rawiri]] helps with the paperwork and asked that calls go to [[PHONE_NUMBER:021 884 3306]].""",
    """[[PERSON:Thu Hà Nguyễn]] starts at the whitefish plant in [[LOCATION:Båtsfjord]] on [[DATE_TIME:6 January 2025]] together with [[PERSON:Grzegorz Kaczmarek]]. Payroll has her D-number, [[ID_NUMBER:520590 22830]], but still needs a copy of [[PERSON:Grzegorz]]'s passport, [[ID_NUMBER:EK4471902]].""",
    """Fisheries licence office, [[LOCATION:Ilulissat]]: [[PERSON:Kunuk Abelsen]] (born [[DATE_TIME:28.04.66]]) renewed his halibut longline licence on [[DATE_TIME:12 August]] and gave a new mobile number, [[PHONE_NUMBER:+299 54 17 93]]. Dinghy registration and quota share are unchanged.""",
    """Hi, this is [[PERSON:Ánte Logje]]. Can I book the vet for the whole herd on [[DATE_TIME:Friday 22 November]] at the corral by [[LOCATION:Šuoššjávri]]? Bill it to the siida account and send the confirmation to [[EMAIL_ADDRESS:antelogje@hotmail.no]].""",
    """[[PERSON:Guðrún Þórarinsdóttir]], kennitala [[ID_NUMBER:170584-2019]], runs the office at a small salt-fish plant in [[LOCATION:Grindavík]] and has asked that her personal number be taken off the export certificates before they go to the buyer in [[LOCATION:Porto]].""",
    """The social worker from the [[LOCATION:Mangaung]] office confirmed that [[PERSON:Mrs Nomvula Dlamini]] (ID [[ID_NUMBER:9304250669089]]) qualifies for the child support grant for her son [[PERSON:Lwazi]], born [[DATE_TIME:11 July 2019]]. Payments go to her account [[ID_NUMBER:1052 884 317]] from next month.""",
    """Reindeer herder [[PERSON:Clifford Weyiouanna]] of [[LOCATION:Shishmaref]] asked the extension agent to mail the new ear-tag order to [[ADDRESS:PO Box 72]], [[LOCATION:Shishmaref]], [[LOCATION:AK]] [[ZIP_CODE:99772]] and to call him at [[PHONE_NUMBER:(907) 649-3318]] before [[DATE_TIME:June 1]].""",
    """Referral from [[LOCATION:Inverness]] social work: [[PERSON:Callum McPhee]], [[AGE:16]], has been staying with his aunt [[PERSON:Morag Fraser]] at [[ADDRESS:3 Culduthel Mains Crescent]], [[ZIP_CODE:IV2 6RG]], since [[DATE_TIME:28 August]]. His CHI number is [[ID_NUMBER:110508 1230]].""",
    """hey so i ordered a mattress two weeks ago and it still hasnt arrived, name on the order is [[PERSON:kwame asante-boateng]] and the delivery address is [[ADDRESS:58 Ravenscroft Avenue]], [[LOCATION:Leeds]] [[ZIP_CODE:LS8 2HW]]. order #HM-220914""",
    """Please hold the refill for [[PERSON:Wanjiru Kamau]] until [[DATE_TIME:Saturday 14th]]; she will collect it from the [[LOCATION:Westlands]] branch herself, and her number is [[PHONE_NUMBER:0722 418 905]].""",
    """Dear Admissions, I, [[PERSON:Harpreet Kaur Sandhu]] (Aadhaar [[ID_NUMBER:6305 0947 0409]], roll no. [[ID_NUMBER:21BCE1187]]), request that my provisional certificate be couriered to [[ADDRESS:House No. 214, Sector 15-A]], [[LOCATION:Chandigarh]] [[ZIP_CODE:160015]], as I cannot travel before [[DATE_TIME:25 July]].""",
    """Starting [[DATE_TIME:November 18]], [[PERSON:Maria Lourdes Dizon]] will report to [[TITLE:Engr.]] [[PERSON:Rommel Catapang]] at the [[LOCATION:Cebu]] site. Please enroll her in payroll using SSS no. [[ID_NUMBER:06-3318742-9]] and TIN [[ID_NUMBER:412-883-107-000]].""",
    """Booking note: [[PERSON:Yusuf Demir]] and his wife [[PERSON:Elif]] arrive on [[DATE_TIME:Friday 12 September at 23:40]], so please keep the room. His passport is [[ID_NUMBER:U18840275]] and confirmations go to [[EMAIL_ADDRESS:ydemir77@yandex.com.tr]].""",
    """The player who keeps appealing the ban, [[USERNAME:xXFrostbiteXx_99]], says his real name is [[PERSON:Tobias Lindqvist]] and that someone logged into his account from [[IP_ADDRESS:91.214.66.203]] on [[DATE_TIME:2 March at 04:12]] while he was asleep.""",
    """Someone made a fake profile with my photos. The real me is [[URL:instagram.com/amaka.obi.eze]]; my name is [[PERSON:Amaka Obi-Eze]], I live in [[LOCATION:Enugu]], and I never opened a second account.""",
    """my laptop wont connect to the vpn since the update, staff id [[ID_NUMBER:E-40517]], name [[PERSON:Priyanka Menon]]. you can remote in, my ip is [[IP_ADDRESS:10.44.18.207]]""",
    """[[PERSON:Olumide Bankole]] brought Biscuit in for her boosters on [[DATE_TIME:14/05]]. Owner's mobile [[PHONE_NUMBER:07911 224 306]], address [[ADDRESS:9 Wren Close]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK5 8DL]].""",
    """Freeze request: member [[ID_NUMBER:0099281]] ([[PERSON:Aroha Ngata]]) is travelling from [[DATE_TIME:1 June]] to [[DATE_TIME:30 August]] and asked us not to charge her Visa [[CREDIT_CARD:4408 7758 2604 8818]] in that time.""",
    """The lease for [[ADDRESS:2207 Guadalupe St, Apt 412]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78705]] is in the names of [[PERSON:Camila Restrepo]] and [[PERSON:Jordan Whitaker]]; move-in is [[DATE_TIME:August 15]], and the guarantor, [[PERSON:Dr. Alejandro Restrepo]], can be reached at [[EMAIL_ADDRESS:a.restrepo@uniandes-alumni.co]].""",
    """I'm filing for the hail damage on my car: [[PERSON:Gurpreet Dhaliwal]], policy 88-204-1173, plate [[ID_NUMBER:CKRL 402]], and I live at [[ADDRESS:118 Saddlecrest Blvd NE]], [[LOCATION:Calgary]], [[LOCATION:AB]] [[ZIP_CODE:T3J 5K6]].""",
    """Counsel for the respondent, [[PERSON:Ms. Thandiwe Mokoena]], has asked that the hearing set for [[DATE_TIME:3 December 2024 at 10:00]] be moved, because her client, [[PERSON:Sipho Ndlovu]], will be in hospital in [[LOCATION:Durban]] that week.""",
    """Porting request: please move [[PHONE_NUMBER:+61 438 220 917]] over from my old provider. Account holder [[PERSON:Siobhan Kelleher]], DOB [[DATE_TIME:19/09/1988]], address [[ADDRESS:4/27 Carrington Road]], [[LOCATION:Randwick]] [[LOCATION:NSW]] [[ZIP_CODE:2031]].""",
    """[[PERSON:Kofi Mensah-Bonsu]], who lives at [[ADDRESS:6114 Georgia Ave NW]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20011]], needs his renewed passport before his flight to [[LOCATION:Accra]] on [[DATE_TIME:October 22]]; the old book number is [[US_PASSPORT:561204887]].""",
    """Driver, if nobody answers please leave the parcel with [[TITLE:mrs]] [[PERSON:okafor]] next door. I'm at [[ADDRESS:14 Ashgrove Terrace]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF24 3AU]]; text [[PHONE_NUMBER:07723 518 044]] when you're close. Thanks, [[PERSON:Dafydd]]""",
    """Please note that [[PERSON:Zainab Farouk]] in Year 4 will be picked up on [[DATE_TIME:Wednesday the 9th]] by her uncle, [[PERSON:Imran Farouk]], whose mobile is [[PHONE_NUMBER:07456 301 882]].""",
    """Return authorised for [[PERSON:Chen Wei-Ling]]. The refund of $189.99 goes back to the Amex ending 1009; if that card is closed we'll mail a cheque to [[ADDRESS:88 Dundas St W, Unit 1506]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5G 1C2]].""",
    """Before meeting anyone from the app I text a friend the details. Tonight it's a guy called [[PERSON:Marcus]], [[AGE:31]], handle [[USERNAME:marcus_bklyn]], at a bar on Atlantic Ave around eight.""",
    """I, [[PERSON:Chukwuemeka Nwosu]], authorise the bank to debit my account [[ID_NUMBER:0123948577]] (BVN [[ID_NUMBER:22184530917]]) each term for the school fees of my daughter [[PERSON:Adaeze]].""",
    """Rental agreement amended: additional driver [[PERSON:Rebecca Ashworth]], licence [[ID_NUMBER:ASHWO857128RA9XY]], collecting at [[LOCATION:Edinburgh]] Airport on [[DATE_TIME:21 July 07:30]].""",
    """hi its [[PERSON:tomasz]], the gas meter reading for [[ADDRESS:flat 6, 41 Morningside Road]] is 04417 and my account number is [[ID_NUMBER:8802 3317 56]], please stop estimating my bills""",
    """Please keep [[PERSON:Rosa Villanueva]] in your prayers; she had her operation on [[DATE_TIME:the 5th]] and [[TITLE:Father]] [[PERSON:Emeka Okonkwo]] will visit her at home. Cards can be dropped at [[ADDRESS:31 Elm Grove]].""",
    """The funeral of [[PERSON:Harold James Pemberton]] (born [[DATE_TIME:4 May 1938]]) will be held at St Aidan's on Thursday at 11. Flowers may be sent to [[ADDRESS:The Old Forge, Church Lane]], [[LOCATION:Alnwick]].""",
    """My name is [[PERSON:Abdirahman Warsame]], I came to [[LOCATION:Minneapolis]] from [[LOCATION:Mogadishu]] in 2009 and my A-number is [[ID_NUMBER:A 201-448-937]]. I am [[NRP:Somali]] and [[NRP:Muslim]], and I need help with my naturalization form before [[DATE_TIME:March 31]].""",
    """Parcel for [[PERSON:Lakshmi Venkataraman]] at [[ADDRESS:Flat 3C, Sri Sai Residency, 12th Cross]], [[LOCATION:Malleshwaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]]. Customer says call [[PHONE_NUMBER:+91 98450 22731]] before delivery, the bell doesn't work.""",
    """Reminder: [[PERSON:Fatima Zahra Benali]] has a cleaning with [[PERSON:Dr. Kowalczyk]] on [[DATE_TIME:Mon 17 Feb, 3:45pm]]. Reply C to confirm or R to reschedule.""",
    """For the joint return: [[PERSON:Hiroshi Tanaka]] (SSN [[US_SSN:538-41-2096]]) and [[PERSON:Emily Tanaka]] (SSN [[US_SSN:538-77-0412]]), dependents [[PERSON:Ken]], [[AGE:7]], and [[PERSON:Aiko]], [[AGE:4]]. Refund by direct deposit to account [[ID_NUMBER:004471829305]].""",
    """Hi everyone, I'm raising money for my brother [[PERSON:Jamal Haddad]], [[AGE:29]], who was badly hurt in [[LOCATION:Dearborn]] on [[DATE_TIME:January 6th]]. You can also send money by Zelle to [[EMAIL_ADDRESS:rana.haddad.fund@gmail.com]].""",
    """Lost bag report: passenger [[PERSON:Oluwaseun Adeyemi]], travelling [[LOCATION:Lagos]] to [[LOCATION:London]] on [[DATE_TIME:5 March]], tag BA 402187. Deliver to [[ADDRESS:Room 214, Premier Inn, 1 Bridge Street]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 2LU]].""",
    """i got a parking fine OUTSIDE MY OWN HOUSE. plate [[ID_NUMBER:WR19 KZP]], im at [[ADDRESS:43 Stanmore Gardens]], the permit is in my name [[PERSON:Ayesha Siddiqui]] and i can send a photo of it""",
    """Congratulations to [[PERSON:Chiamaka Eze]] of [[LOCATION:Owerri]], [[AGE:17]], who won this year's regional essay scholarship; the award letter went to [[EMAIL_ADDRESS:chiamaka.eze09@yahoo.com]] on her birthday, [[DATE_TIME:9 April]].""",
    """Overdue notice for borrower [[ID_NUMBER:21387004412906]]: [[PERSON:William Tshabalala]], three items are now 21 days late. Renew online or call the branch.""",
    """The seating plan has [[PERSON:Priya]] and [[PERSON:Arjun]]'s grandparents at table 1; the bride's aunt, [[PERSON:Mrs. Nirmala Iyer]], needs a wheelchair space and flies in from [[LOCATION:Chennai]] on [[DATE_TIME:the 12th]].""",
    """Hi, this is [[PERSON:Gloria Pérez-Santiago]]. Someone used my Mastercard [[CREDIT_CARD:5352 4648 5760 8294]] at a gas station in [[LOCATION:El Paso]] at 2am, but I was home in [[LOCATION:Las Cruces]]. My phone is [[PHONE_NUMBER:575-640-2193]].""",
    """New joiner: [[PERSON:Lim Jia Hui]], NRIC [[ID_NUMBER:S8234571Z]], starts [[DATE_TIME:2 Dec 2024]] as an analyst; home address [[ADDRESS:Blk 412 Ang Mo Kio Ave 10, #08-1123]], [[LOCATION:Singapore]] [[ZIP_CODE:560412]].""",
    """[[PERSON:Mitchell O'Donoghue]] never gave his TFN to the new employer, so they're withholding at the top rate. It's [[ID_NUMBER:871 902 852]], and he started there on [[DATE_TIME:the 8th of July]].""",
    """Can I move to a GP closer to home? I'm [[PERSON:Imogen Baptiste]], NHS number [[ID_NUMBER:623 196 0811]], born [[DATE_TIME:30/11/1979]], and I've moved to [[ADDRESS:Flat 2, 118 Coldharbour Lane]], [[LOCATION:London]] [[ZIP_CODE:SE5 9PR]].""",
    """[[PERSON:Marie-Ève Tremblay]] moved to [[LOCATION:Rimouski]] on [[DATE_TIME:July 1st]] and wants her T4 sent there; her SIN is [[ID_NUMBER:046 913 901]] and the new address is [[ADDRESS:212 rue Saint-Germain Est, app. 3]], [[ZIP_CODE:G5L 1B1]].""",
    """Fees for [[PERSON:Brian Otieno]], admission no. [[ID_NUMBER:ADM/2019/0418]], were paid via M-Pesa from [[PHONE_NUMBER:0711 302 558]] by his mother, [[PERSON:Pamela Akinyi]], on [[DATE_TIME:16 Jan]].""",
    """omg i left my wallet at [[PERSON:jess]]'s place, it's [[ADDRESS:2150 west 4th ave]] in [[LOCATION:kitsilano]], can anyone near there grab it for me before [[DATE_TIME:friday the 15th]]""",
    """[[PERSON:Rodrigo Bautista Jr.]] was admitted on [[DATE_TIME:Aug 3, 2024, 11:20 PM]] with chest pain. PhilHealth no. [[ID_NUMBER:12-025587319-4]]; contact his wife [[PERSON:Marites]] at [[PHONE_NUMBER:0917 552 8143]].""",
    """Thank you for your patience. Your refund has been approved and should reach the card ending 2208 within five working days; if anything looks wrong, just reply to this email. Kind regards, [[PERSON:Hannah Osei]]""",
    """My grandad [[PERSON:Bertie Lawson]] turns [[AGE:100]] on [[DATE_TIME:the 23rd of March]] and we'd love the King to send a card. He lives at [[ADDRESS:Rosewood Care Home, 5 Mill Lane]], [[LOCATION:Skipton]] [[ZIP_CODE:BD23 1NA]].""",
    """Room swap approved for [[PERSON:Nguyen Thi Lan]] (student no. [[ID_NUMBER:s4418270]]), effective [[DATE_TIME:Monday 3 March]]. Her parents in [[LOCATION:Hai Phong]] asked for the confirmation at [[EMAIL_ADDRESS:nguyenvanhung.hp@gmail.com]].""",
    """Please find my CV attached. [[PERSON:Oksana Kovalenko]], [[ADDRESS:27 rue Sainte-Catherine Est, apt 5]], [[LOCATION:Montréal]] [[LOCATION:QC]] [[ZIP_CODE:H2X 1K4]], [[PHONE_NUMBER:514-882-0613]], [[URL:linkedin.com/in/oksana-kovalenko-pm]]. I am a [[NRP:Ukrainian]] citizen with an open work permit.""",
    """Signed by [[PERSON:J. R. Mwangi]] on [[DATE_TIME:7th October 2024]] on behalf of the estate of the late [[PERSON:Joseph Mwangi Kariuki]], of [[LOCATION:Nyeri]].""",
    """[[PERSON:Kayla Redcloud]], [[AGE:22]], reported her bike stolen from outside [[ADDRESS:1420 Broadway]], [[LOCATION:Billings]], [[LOCATION:MT]] on [[DATE_TIME:June 3]]; she can be reached at [[PHONE_NUMBER:406.208.7741]].""",
    """I'm collecting my mum's prescription. She's [[PERSON:Doreen Fitzgerald]], date of birth [[DATE_TIME:2.8.1946]], at [[ADDRESS:7 Glenview Park]], [[LOCATION:Ballymena]] [[ZIP_CODE:BT42 2EL]].""",
    """[[PERSON:Bilal Chaudhry]]'s claim for the flooded kitchen at [[ADDRESS:19 Whitehall Road]], [[LOCATION:Bradford]], is under his wife [[PERSON:Sana]]'s policy, and the loss adjuster will visit on [[DATE_TIME:Thursday 30th at 10am]].""",
    """[[PERSON:Eilidh]] and [[PERSON:Ruaridh Macleod]] have the cottage at [[ADDRESS:Tigh na Mara, 4 Shore Street]], [[LOCATION:Ullapool]] from [[DATE_TIME:5 April]] to [[DATE_TIME:12 April]]; the key box code will be texted to [[PHONE_NUMBER:07834 661 209]] the day before.""",
]

BENCH = [
    """Dear [[PERSON:Mr. Jakub Zieliński]], your badge for the night shift in the pelagic freezing hall is ready. Bring photo ID to reception at [[ADDRESS:Skálavegur 18]], [[ZIP_CODE:FO-625]] [[LOCATION:Glyvrar]] between 14:00 and 16:00 on [[DATE_TIME:Monday 7 October]]. Your terminal login is [[USERNAME:jzielinski.night]] (temporary password Pelag!c2024) and your locker PIN is 4471.""",
    """Agent's update: crewman [[PERSON:Efren Dela Cruz Manalo]], [[AGE:41]], [[NRP:Filipino]], oiler on the factory trawler, signs off in [[LOCATION:Tromsø]] on [[DATE_TIME:14/11/2024]] and flies via [[LOCATION:Oslo]] to [[LOCATION:Manila]]. Seaman's book [[ID_NUMBER:C0918244]], passport [[ID_NUMBER:P4471208B]]. Next of kin: [[PERSON:Rowena Manalo]], [[PHONE_NUMBER:+63 917 804 3321]], [[ADDRESS:Blk 7 Lot 22 Sampaguita St.]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]].""",
    """The 3D printer in [[PERSON:Ragnhild Weihe]]'s workshop at [[ADDRESS:Niels Finsens gøta 22, 2. hædd]], [[LOCATION:Tórshavn]] is registered to MAC 3C:22:FB:91:0A:6E and IP [[IP_ADDRESS:185.19.154.77]]. As Lead Prototype Engineer she asks that the service invoice go to [[EMAIL_ADDRESS:ragnhild.weihe@olivant.fo]], for the attention of her assistant [[PERSON:Tóki Niclasen]].""",
    """Account update for [[PERSON:Madhuri Venkatesh]] ([[USERNAME:madhu_v88]]): card [[CREDIT_CARD:4119511410899278]], CVV 372, exp 09/27, billing at [[ADDRESS:4417 Bellaire Blvd, Suite 140]], [[LOCATION:Houston]], [[LOCATION:Texas]] [[ZIP_CODE:77401]]. Last login [[DATE_TIME:2024-06-02 21:14:09]] from [[IP_ADDRESS:2600:1700:3e40:9f10::2b]] with Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1.""",
    """INSURANCE CLAIM - CREW INJURY AT SEA
Claimant: [[PERSON:Eyðun Dalsgaard]]
Date of birth: [[DATE_TIME:06.07.1982]]
P-tal: [[ID_NUMBER:060782-563]]
Address: [[ADDRESS:Heiðavegur 41]], [[ZIP_CODE:FO-700]] [[LOCATION:Klaksvík]]
Vessel: Polarfisk KG 316 (registered owner Polarfisk P/F)
Date and time of incident: [[DATE_TIME:3 February 2025, approx. 04:30]]
Description: While hauling the longline in heavy swell north of [[LOCATION:Fugloy]], the claimant was struck on the left forearm by a hook. First aid was given on board; he was landed at [[LOCATION:Klaksvík]] on [[DATE_TIME:5 February]] and stitched at the hospital by [[PERSON:Dr. Súsanna Olsen]].
Off work until further notice.
Bank account for settlement: [[IBAN_CODE:FO02 9181 1163 9108 16]]""",
    """{
  "application": "reindeer_production_subsidy_2025",
  "applicant": {
    "name": "[[PERSON:Mihkkal Ánte Eira]]",
    "fnr": "[[ID_NUMBER:15047927177]]",
    "phone": "[[PHONE_NUMBER:+4797841206]]",
    "email": "[[EMAIL_ADDRESS:mihkkal.eira@gmail.com]]"
  },
  "address": {"street": "[[ADDRESS:Mázejohgeaidnu 12]]", "postcode": "[[ZIP_CODE:9525]]", "city": "[[LOCATION:Maze]]"},
  "district": "30B",
  "herd_size_spring": 412,
  "earmark_no": "[[ID_NUMBER:GU-0418]]",
  "payout_account": "[[ID_NUMBER:77165087766]]",
  "submitted": "[[DATE_TIME:2025-04-30T16:02:11+02:00]]"
}""",
    """2025-02-11 09:14:22,481 INFO  [casework.api] user=[[USERNAME:kbrennan]] action=OPEN_CASE case=SS-24-18830 client="[[PERSON:Tamika Rhodes]]" client_dob=[[DATE_TIME:1990-08-17]] src=[[IP_ADDRESS:10.12.4.88]]
2025-02-11 09:15:03,117 INFO  [casework.api] user=[[USERNAME:kbrennan]] action=ADD_HOUSEHOLD case=SS-24-18830 member="[[PERSON:Jaylen Rhodes]]" age=[[AGE:6]] relation=child
2025-02-11 09:15:40,902 WARN  [casework.validate] case=SS-24-18830 field=ssn value=***-**-6620 reason=PARTIAL
2025-02-11 09:17:12,330 INFO  [casework.api] user=[[USERNAME:kbrennan]] action=SET_ADDRESS case=SS-24-18830 addr="[[ADDRESS:918 Vine St Apt 2]], [[LOCATION:Cincinnati]], [[LOCATION:OH]] [[ZIP_CODE:45202]]" phone=[[PHONE_NUMBER:513-379-0442]]
2025-02-11 09:20:55,004 INFO  [casework.sched] case=SS-24-18830 home_visit=[[DATE_TIME:2025-02-18T14:00]] worker=[[USERNAME:kbrennan]]""",
    """INSERT INTO plant_staff (emp_no, full_name, cpr, iban, mobile, hired, shift) VALUES
  ('[[ID_NUMBER:FP-0388]]', '[[PERSON:Arnaq Josefsen]]', '[[ID_NUMBER:140387-0346]]', '[[IBAN_CODE:GL3364719453958316]]', '[[PHONE_NUMBER:+299 48 21 07]]', '[[DATE_TIME:2023-05-02]]', 'B'),
  ('[[ID_NUMBER:FP-0391]]', '[[PERSON:Jens Peter Heilmann]]', '[[ID_NUMBER:020961-0213]]', '[[IBAN_CODE:GL4964719765591868]]', '[[PHONE_NUMBER:+299 55 70 12]]', '[[DATE_TIME:2023-05-15]]', 'A');
-- shrimp line, Sisimiut""",
    """<ansoegning type="boligsikring">
  <ansoeger>
    <navn>[[PERSON:Paninnguaq Zeeb]]</navn>
    <cpr>[[ID_NUMBER:070795-0056]]</cpr>
    <adresse>[[ADDRESS:Aqqusinersuaq 7, 1. th.]]</adresse>
    <postnr>[[ZIP_CODE:3900]]</postnr>
    <by>[[LOCATION:Nuuk]]</by>
    <telefon>[[PHONE_NUMBER:+299 34 88 61]]</telefon>
  </ansoeger>
  <husstand antal="3"/>
  <bemaerkning>Ansøger er alene med to børn, født [[DATE_TIME:12.02.2016]] og [[DATE_TIME:30.09.2019]]. Arbejder på fiskefabrikken, nedsat tid siden [[DATE_TIME:1. oktober]].</bemaerkning>
</ansoegning>""",
    """# telemetry.yaml - reindeer GPS collar relay, district 16
owner: [[PERSON:Inga Márjá Buljo]]
contact_email: [[EMAIL_ADDRESS:inga.buljo@reindrift-data.no]]
oncall_phone: "[[PHONE_NUMBER:+47 481 20 977]]"
server:
  bind: [[IP_ADDRESS:10.0.4.12]]
  port: 8443
  tls_cert: /etc/relay/certs/relay.pem
collars:
  - id: GX-20417
    firmware: 2.4.11
  - id: GX-20433
    firmware: 2.4.11
admin_user: [[USERNAME:ibuljo]]
admin_password: "Ráidu#2291"
""",
    """UMSÓKN UM HJÁLP TIL HÚSALEIGU
Umsøkjari: [[PERSON:Jónleif Niclasen]]
P-tal: [[ID_NUMBER:141155-539]]
Bústaður: [[ADDRESS:Skúlagøta 3, 1. hædd]], [[ZIP_CODE:100]] [[LOCATION:Tórshavn]]
Telefon: [[PHONE_NUMBER:+298 31 47 90]]
Teldupostur: [[EMAIL_ADDRESS:jonleif.n@post.olivant.fo]]
Hjúnafelagi: [[PERSON:Marjun Niclasen]], fødd [[DATE_TIME:23.08.1957]]
Grundgeving: Umsøkjarin fór frá sum maskinmeistari á línuskipi [[DATE_TIME:1. mars 2024]] og hevur nú bert fólkapensjón.
Kontonummar: [[IBAN_CODE:FO02 9865 6163 3326 69]]
Dagfest: [[DATE_TIME:12. apríl 2024]]""",
    """Mál #4471 - Atgongd til lønarskipanina
Frá: [[PERSON:Durita Djurhuus]] <[[EMAIL_ADDRESS:durita.djurhuus@nordhavid.fo]]>
Sent: [[DATE_TIME:mán 3. feb 2025 07:52]]
Hey, eg kann ikki rita inn í lønarskipanina heimanífrá. Brúkaranavnið er [[USERNAME:ddjurhuus]], og IP-adressan hjá mær sigst at vera [[IP_ADDRESS:46.29.203.118]]. Eg havi skift telefon, nýggja nummarið er [[PHONE_NUMBER:29 84 15]]. Starvsnummar [[ID_NUMBER:4218]].
Vh. [[PERSON:Durita]], pakkideildin, [[LOCATION:Runavík]]""",
    """Aalisarnermut akuersissummik qinnuteqaat
Ateq: [[PERSON:Aqqaluk Berthelsen]]
Inuup normua: [[ID_NUMBER:280466-0073]]
Najugaq: [[ADDRESS:Aqqusinersuaq 22]], [[ZIP_CODE:3953]] [[LOCATION:Qeqertarsuaq]]
Oqarasuaat: [[PHONE_NUMBER:+299 47 12 65]]
E-mail: [[EMAIL_ADDRESS:aqqaluk.b@greennet.gl]]
Umiatsiaq: GR 4-812, 5,8 m
Aalisakkat: qaleralik, saarullik
Atsiorneqarpoq: [[DATE_TIME:18.03.2025]]""",
    """Ohcan: buhtadus boraspiriid vahágiid ovddas
Ohcci: [[PERSON:Máret Ánne Hætta]]
Riegádanbeaivi: [[DATE_TIME:31.01.1971]]
Riegádannummar: [[ID_NUMBER:310171 15696]]
Čujuhus: [[ADDRESS:Bohkkoluoppal 14]], [[ZIP_CODE:9520]] [[LOCATION:Guovdageaidnu]]
Telefovdna: [[PHONE_NUMBER:+47 951 07 328]]
Orohat: 30C
Massimat: 37 miesi, guokte áldu
Kontonummar: [[ID_NUMBER:8104.19.69091]]
Beaivi ja vuolláičála: [[DATE_TIME:02.09.2024]], [[PERSON:M. Á. Hætta]]""",
    """Buorre beaivi [[PERSON:Inga Aikio]]! Mun lean [[PERSON:Issát]] áhčči, ja mii leat johtán [[LOCATION:Ohcejohka]] rájes [[LOCATION:Anár]] gildii [[DATE_TIME:borgemánu 1. beaivve]]. Ođđa čujuhus lea [[ADDRESS:Čeavetjávrrigeaidnu 8 B 4]], [[ZIP_CODE:99870]] [[LOCATION:Anár]]. Mu telefovdna lea [[PHONE_NUMBER:040 552 9013]] ja persovdnadovddaldat [[ID_NUMBER:120778-713H]]. Dearvvuođaiguin, [[PERSON:Jouni Näkkäläjärvi]]""",
    """ANSÆTTELSESKONTRAKT
Mellem Sermeq Seafood A/S og medarbejder [[PERSON:Kristian Olsvig]], cpr-nr. [[ID_NUMBER:230158-0331]], bopæl [[ADDRESS:Tuapannguit 38, st. tv.]], [[ZIP_CODE:3900]] [[LOCATION:Nuuk]].
Tiltrædelse: [[DATE_TIME:1. september 2024]]
Stilling: maskinpasser på rejefabrikken i [[LOCATION:Maniitsoq]]
Løn udbetales til konto [[IBAN_CODE:GL10 0640 7243 5155 09]].
Nærmeste pårørende: [[PERSON:Karen Olsvig]], tlf. [[PHONE_NUMBER:+299 32 71 04]]
Underskrevet i [[LOCATION:Nuuk]] [[DATE_TIME:den 20. august 2024]]""",
    """Kære [[TITLE:fru]] [[PERSON:Ivalo Fleischer]]. Din bestilling af ny MitID-app er registreret fra IP [[IP_ADDRESS:194.182.66.31]] og enheden med MAC 00:1A:2B:9C:4D:71. Som afdelingsleder i kommunen bedes du bekræfte din adresse, [[ADDRESS:Kussangasoq 11]], [[ZIP_CODE:3952]] [[LOCATION:Ilulissat]], og dit mobilnummer [[PHONE_NUMBER:+299 58 90 44]] inden [[DATE_TIME:fredag den 8. november kl. 12]]. Dit kort [[CREDIT_CARD:5019 0880 8685 2434]] udløber 11/26.""",
    """Vedtak om økonomisk sosialhjelp
Søker: [[PERSON:Hege Marit Isaksen]], f. [[DATE_TIME:24.11.1972]], fnr. [[ID_NUMBER:241172 26286]]
Adresse: [[ADDRESS:Storgata 41 H0203]], [[ZIP_CODE:9900]] [[LOCATION:Kirkenes]]
Saksbehandler: [[PERSON:Anders Ballo]]
Vi viser til søknaden din mottatt [[DATE_TIME:4. mars 2025]]. Du er alene om omsorgen for [[PERSON:Emil]] ([[AGE:11]]) og har hatt dagpenger siden du mistet jobben på fiskebruket i [[DATE_TIME:januar]]. Du får innvilget stønad til livsopphold, og pengene utbetales til konto [[ID_NUMBER:1186.79.03706]].""",
    """OCCUPATIONAL HEALTH ASSESSMENT - SEAFOOD PROCESSING
Employee: [[PERSON:Fernando Sagastume López]]
Employee No.: [[ID_NUMBER:KOD-11873]]
DOB: [[DATE_TIME:1986-03-22]]   Age: [[AGE:38]]
Home address: [[ADDRESS:1207 Mill Bay Rd, Trailer 14]], [[LOCATION:Kodiak]], [[LOCATION:AK]] [[ZIP_CODE:99615]]
Phone: [[PHONE_NUMBER:(907) 486-2214]]
Assessment date: [[DATE_TIME:05/14/2024]]
Findings: bilateral wrist pain consistent with repetitive strain on the slime line. Hearing within normal limits. Fit for duty, rotated off the header station for two weeks.
Examining clinician: [[PERSON:Hollis Ankerberg]], PA-C
Next review: [[DATE_TIME:05/28/2024]]""",
    """SMALL CRAFT LOAN APPLICATION - SECTION B: APPLICANT
Name: [[PERSON:Terrence Joseph Kavanagh]]
SIN: [[ID_NUMBER:713 902 468]]
Date of birth: [[DATE_TIME:March 3, 1979]]
Mailing address: [[ADDRESS:PO Box 118]], [[LOCATION:Petty Harbour]], [[LOCATION:NL]] [[ZIP_CODE:A0A 3H0]]
Home: [[PHONE_NUMBER:709-747-3021]]   Cell: [[PHONE_NUMBER:709-690-4418]]
Fisher registration no.: [[ID_NUMBER:FIN 102447]]
Vessel to be purchased: 34'11" fibreglass longliner, CFV 180233
Co-applicant: [[PERSON:Denise Kavanagh]] (spouse)
Existing account: transit 00362, institution 002, account [[ID_NUMBER:5518830]]""",
    """{"trip_no": "2024-117", "vessel": "Havbryn", "call_sign": "LCXK", "gear": "Danish seine",
 "crew": [
  {"name": "[[PERSON:Svein Arne Hansen]]", "role": "skipper", "fnr": "[[ID_NUMBER:22119544312]]"},
  {"name": "[[PERSON:Ida Kristine Berg]]", "role": "deckhand", "fnr": "[[ID_NUMBER:03086210435]]"},
  {"name": "[[PERSON:Marius Olsen Nango]]", "role": "cook", "fnr": "[[ID_NUMBER:08120351215]]",
   "next_of_kin": {"name": "[[PERSON:Elle Nango]]", "phone": "[[PHONE_NUMBER:+47 994 31 570]]"}}
 ],
 "landing_port": "[[LOCATION:Honningsvåg]]"}""",
    """[FACTORY-2291] Ammonia alarm, hall B
Reporter: [[PERSON:Sigrid Pedersen]] ([[EMAIL_ADDRESS:sigrid.pedersen@polarfangst.no]])
Assignee: [[USERNAME:oh.hansen]]
Created: 2024-11-19 02:41
Description: Sensor NH3-B4 tripped at 02:33. Night foreman [[PERSON:Oddvar Hansen]] evacuated 14 staff. [[PERSON:Vu Thi Mai]] (staff no. [[ID_NUMBER:A-2207]]) was checked by the ambulance crew and sent home; her emergency contact, [[PERSON:Nguyen Van Long]], was called on [[PHONE_NUMBER:+47 463 80 119]].
Environment: PLC firmware 4.2.17, HMI panel at [[IP_ADDRESS:192.168.40.11]]""",
    """GRAZING AGREEMENT
This agreement is made on [[DATE_TIME:15 May 2024]] between [[PERSON:Per-Anders Kuhmunen]] ("the Herder"), personal identity number [[ID_NUMBER:620930-3632]], of [[ADDRESS:Renvägen 7]], [[ZIP_CODE:982 60]] [[LOCATION:Porjus]], and [[PERSON:Ingrid Lindmark]] ("the Landowner"), of [[ADDRESS:Storbacken 12]], [[ZIP_CODE:960 30]] [[LOCATION:Vuollerim]].
1. The Landowner grants spring grazing on parcel 2:14 from 1 April to 15 June each year.
2. The Herder shall keep the herd off the fenced hayfields and repair any damage to fences within 14 days.
3. Compensation: SEK 6,500 per season, paid to [[IBAN_CODE:SE6150079520401257956483]].
Signed: [[PERSON:P-A Kuhmunen]] / [[PERSON:I. Lindmark]]""",
    """# fixtures for the herd registry tests
OWNER = {
    "name": "[[PERSON:Elle Márjá Skum]]",
    "fodselsnummer": "[[ID_NUMBER:01035747288]]",
    "mobile": "[[PHONE_NUMBER:+47 970 55 218]]",
    "postal": {"line1": "[[ADDRESS:Gironvárgeaidnu 4]]", "zip": "[[ZIP_CODE:9730]]", "town": "[[LOCATION:Karasjok]]"},
    "earmark": "[[ID_NUMBER:KA-1187]]",
}


def test_owner_age():
    assert registry.age_of(OWNER, on="2025-01-01") == [[AGE:67]]
""",
    """REINDEER COLLISION REPORT
Driver: [[PERSON:Markku Salmela]]   Tel. [[PHONE_NUMBER:+358 50 338 4102]]
Vehicle reg.: [[ID_NUMBER:KOZ-318]]
Date and time: [[DATE_TIME:9 Dec 2024, 16:45]]
Place: road 4 (E75), about 6 km south of [[LOCATION:Vuotso]]
Animals: 2 killed (1 marked bull, 1 unmarked calf)
Reported to the herding cooperative on [[DATE_TIME:10 Dec 2024]]; owner identified from the earmark as [[PERSON:Aslak Magga]] of [[LOCATION:Sodankylä]].
Insurance: policy LV-4418093""",
    """NOTICE OF HOUSING ASSESSMENT
To: [[PERSON:Ms Precious Mahlangu]]
[[ADDRESS:Flat 12, Larkspur House, 40 Gillett Road]]
[[LOCATION:Thornton Heath]]
[[ZIP_CODE:CR7 8RL]]
Date: [[DATE_TIME:14 October 2024]]
Our ref: HA/24/07712

Dear [[PERSON:Ms Mahlangu]],
Following your homelessness application of [[DATE_TIME:2 October 2024]], an officer will visit you on [[DATE_TIME:Tuesday 22 October 2024 between 10:00 and 12:00]]. Please have ready proof of income for yourself and for [[PERSON:Tendai Mahlangu]] ([[AGE:19]]), who lives with you, and your children's birth certificates.
Yours sincerely,
[[PERSON:Gareth Pryce]]
Housing Needs Officer""",
    """-- merge duplicate client records after the migration (ticket SS-5531)
UPDATE social_clients
   SET full_name = '[[PERSON:Teresa Nakamura-Bell]]',
       dob       = '[[DATE_TIME:1968-12-04]]',
       phone     = '[[PHONE_NUMBER:0438 117 602]]',
       street    = '[[ADDRESS:5/19 Hibiscus Court]]',
       suburb    = '[[LOCATION:Cairns North]]',
       postcode  = '[[ZIP_CODE:4870]]'
 WHERE client_no = '[[ID_NUMBER:CL-880417]]';
DELETE FROM social_clients WHERE client_no = '[[ID_NUMBER:CL-880912]]';  -- duplicate of [[ID_NUMBER:CL-880417]]""",
    """{"referral_id": "R-2024-33817", "created_at": "2024-08-19T15:22:08Z", "client": {"first_name": "[[PERSON:Luz]]", "last_name": "[[PERSON:Ocasio]]", "preferred_name": "[[PERSON:Lucy]]", "dob": "[[DATE_TIME:1997-04-30]]", "language": "es", "phone": "[[PHONE_NUMBER:860-724-3318]]", "address": {"line1": "[[ADDRESS:62 Park St]]", "line2": "[[ADDRESS:Fl 3]]", "city": "[[LOCATION:Hartford]]", "state": "[[LOCATION:CT]]", "zip": "[[ZIP_CODE:06106]]"}, "household_size": 4, "needs": ["food", "utilities"]}, "agency": "Northend Community Services", "notes": "Do not contact client's ex-partner ([[PERSON:Ramón Figueroa]])."}""",
    """Hi [[PERSON:Kunle]], as the new Quota Compliance Analyst for the North Atlantic desk, please verify the account of fisher [[PERSON:Birgitta Ólafsdóttir]] ([[USERNAME:b.olafsdottir]]), IBAN [[IBAN_CODE:IS410159263930171504783219]], BIC NBIIISRE, who moved to [[ADDRESS:Hafnargata 12]], [[ZIP_CODE:240]] [[LOCATION:Grindavík]] on [[DATE_TIME:04/09/2023]]. Her tablet (MAC 8C:85:90:1E:A2:3B) last connected from [[IP_ADDRESS:157.157.88.41]].""",
    """CREW SHARE SETTLEMENT - TRIP 7/2024
Vessel: Sjóborgin TG 771 (owner Sjóborgin P/F)
Crew member: [[PERSON:Hallur Vang]]
P-tal: [[ID_NUMBER:290399-173]]
Signed on: [[DATE_TIME:11 July 2024]]
Position: 2nd engineer, 1.25 shares
Trip: 14 days, landed at [[LOCATION:Fuglafjørður]]
Gross catch value: DKK 3,482,100
Crew share (1.25 x 1/19.5): DKK 57,640
Less tax, ALS and pension: DKK 24,115
Net paid to [[IBAN_CODE:FO76 7600 7216 3946 85]]
Questions: the office, tel. 44 20 00""",
    """<observerReport programme="NE-ATL-DEMERSAL" year="2024">
  <observer id="[[ID_NUMBER:OBS-0192]]">[[PERSON:Naomi Kettleborough]]</observer>
  <vessel name="Ocean Dawn" cfr="GBR000C19014"/>
  <embarked>[[DATE_TIME:2024-03-11]]</embarked>
  <disembarked>[[DATE_TIME:2024-03-19]]</disembarked>
  <port>[[LOCATION:Peterhead]]</port>
  <master>[[PERSON:Sandy Buchan]]</master>
  <incident type="injury"><crew>[[PERSON:Arnel Sarmiento]]</crew><desc>Laceration to right hand while gutting; treated on board.</desc></incident>
  <contact>[[EMAIL_ADDRESS:n.kettleborough@observers-uk.org]]</contact>
</observerReport>""",
    """POST /api/v2/herders/register HTTP/1.1
Host: api.boazu-gps.example
User-Agent: BoazuApp/3.8.1 (Android 14; SM-A546B)
X-Forwarded-For: [[IP_ADDRESS:88.91.204.17]]
Content-Type: application/json

{"full_name": "[[PERSON:Johan Mikkel Turi]]", "email": "[[EMAIL_ADDRESS:jm.turi@boazu.no]]", "phone": "[[PHONE_NUMBER:+4791120488]]", "birth_date": "[[DATE_TIME:1988-06-19]]", "siida_no": "16-4", "password": "Čuonjá88!"}""",
    """SLAUGHTER SETTLEMENT
Supplier: [[PERSON:Kirsten Oskal]]
Address: [[ADDRESS:Ávžžigeaidnu 19]], [[ZIP_CODE:9730]] [[LOCATION:Karasjok]]
Pers. no.: [[ID_NUMBER:131284 38038]]
Delivered at the slaughterhouse in [[LOCATION:Lakselv]] on [[DATE_TIME:18 October 2024]]: 46 calves, 8 adults
Average carcass weight: 17.3 kg (calves), 31.9 kg (adults)
Condemned: 1 carcass (abscess)
Amount: NOK 168,420 less levy
Paid to account [[ID_NUMBER:0142.14.32542]]""",
    """CONSENT TO SHARE INFORMATION
I, [[PERSON:Rebekah Yellowhorn]], of [[ADDRESS:Box 418]], [[LOCATION:Brocket]], [[LOCATION:Alberta]] [[ZIP_CODE:T0K 0H0]], parent of [[PERSON:Tyson Yellowhorn]] (born [[DATE_TIME:June 9, 2015]]) and [[PERSON:Kiona Yellowhorn]] (born [[DATE_TIME:February 27, 2018]]), agree that the school and the family support program may share attendance and health information for one year.
Signed: [[PERSON:R. Yellowhorn]]   Date: [[DATE_TIME:2024-09-04]]
Witness: [[PERSON:Colleen Many Guns]], Family Support Worker""",
    """--- Form submission: Council Tax Reduction (v3) ---
submitted_at: [[DATE_TIME:2024-12-02 19:47:31]]
applicant.title: [[TITLE:Mr]]
applicant.first_name: [[PERSON:Oluwadamilare]]
applicant.surname: [[PERSON:Akinola]]
applicant.dob: [[DATE_TIME:14/03/1984]]
applicant.ni_number: [[ID_NUMBER:JT 55 21 90 B]]
applicant.email: [[EMAIL_ADDRESS:dami.akinola@outlook.com]]
applicant.mobile: [[PHONE_NUMBER:07402 118 395]]
address.line1: [[ADDRESS:27 Meadowbank Close]]
address.town: [[LOCATION:Luton]]
address.postcode: [[ZIP_CODE:LU4 9HS]]
partner.name: [[PERSON:Folake Akinola]]
partner.ni_number: [[ID_NUMBER:JT 71 04 66 D]]
household.children: 3
income.employer: Arriva Buses
income.monthly_net: 1842.16
consent: true
client_ip: [[IP_ADDRESS:81.106.42.19]]""",
    """As our Community Outreach Coordinator, [[PERSON:Aleksander Nowicki]] will visit [[PERSON:Ms. Hine Rangihuna]] at [[ADDRESS:221B Kamo Road]], [[LOCATION:Whangārei]] [[ZIP_CODE:0112]] on [[DATE_TIME:03/06 at 11:00]]; she is [[AGE:68]], identifies as [[NRP:Māori]], and prefers calls to [[PHONE_NUMBER:+64 27 338 1094]]. Her council portal login is [[USERNAME:hine.r1956]] and the reset code was requested from [[IP_ADDRESS:203.97.14.212]].""",
    """Attention [[PERSON:Dr. Yevgenia Koval]]: the transfer of EUR 2,430.18 for the property at [[ADDRESS:82 Harbour Lane, Unit 5]], [[LOCATION:Wollongong]] could not be completed from [[IBAN_CODE:DE13370400444618971919]] (BIC COBADEFFXXX). Please confirm your date of birth, [[DATE_TIME:11/23/1971]], and your phone, [[PHONE_NUMBER:+49 1512 3394071]], to our Research Product Specialist, [[PERSON:Jasper Okoye]].""",
    """[[PERSON:Nakoa Kealoha]], our [[AGE:43]]-year-old Chief Interactions Officer, needs his laptop (MAC A4:83:E7:2B:19:C0) re-imaged before [[DATE_TIME:June 14th]]. He works from [[ADDRESS:1450 Ala Moana Blvd, Floor 22]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]]; personal email [[EMAIL_ADDRESS:nakoa.k@hawaiiantel.net]].""",
    """Transaction alert: [[CREDIT_CARD:3540 0270 4005 5927]] (JCB) was used for JPY 48,200 in [[LOCATION:Osaka]]. Cardholder [[PERSON:Haruka Mizuno]], [[ADDRESS:2-14-7 Tenjinbashi, Kita-ku]], [[ZIP_CODE:530-0041]]. If this wasn't you, call 0120-44-1180 or reply from [[EMAIL_ADDRESS:h.mizuno.0719@docomo.ne.jp]].""",
    """Hi [[PERSON:Arturo]], vendor list attached. Please ask [[PERSON:Ms. Leilani Fonoti]] ([[USERNAME:lfonoti_ops]]) to allow [[IP_ADDRESS:172.31.88.4]] and [[IP_ADDRESS:172.31.88.5]] for the payroll sync; her direct line is [[PHONE_NUMBER:+64 9 377 4102]] and she's in the office until [[DATE_TIME:Friday 21 March]].""",
    """Hello [[PERSON:Ifeoma]], a withdrawal of 0.0412 BTC was requested on your account [[USERNAME:ifeoma_okafor_ng]] from [[IP_ADDRESS:105.112.37.200]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36. If this was not you, lock the account now; we will also call your registered number, [[PHONE_NUMBER:+234 803 412 7750]].""",
    """Dear [[PERSON:Mrs. Gwendolyn Ashby-Rhodes]], your vehicle [[ID_NUMBER:LR68 TUV]] (VIN SALGA2BE7LA412298) entered the clean air zone on [[DATE_TIME:14 February 2025 at 08:12]]. Pay GBP 8 by midnight or the charge will rise. Registered keeper address: [[ADDRESS:The Coach House, 4 Priory Walk]], [[LOCATION:Bath]] [[ZIP_CODE:BA2 5AX]].""",
    """[[PERSON:Rafael Tupinambá]], Direct Branding Supervisor, male, 5'10", born [[DATE_TIME:22/05/1990]], CPF [[ID_NUMBER:471.844.646-56]], lives at [[ADDRESS:Rua Augusta 1508, apto 72]], [[LOCATION:São Paulo]] [[ZIP_CODE:01304-001]]; card [[CREDIT_CARD:5169514229775693]] exp 04/28 CVV 912, device IP [[IP_ADDRESS:177.92.14.206]].""",
    """Please send the replacement SIM for [[PHONE_NUMBER:+44 7700 900731]] to [[PERSON:Ffion Llewellyn-Hughes]] at [[ADDRESS:Penrhyn, 3 Ffordd Glyder]], [[LOCATION:Bangor]] [[ZIP_CODE:LL57 2EG]]. She passed security with her date of birth ([[DATE_TIME:05.10.2001]]) and the last four of her card, 6623.""",
    """User [[USERNAME:gq_8812]] ([[PERSON:Gulnara Qasimova]], [[EMAIL_ADDRESS:gulnara.qasimova@mail.ru]]) reset her password to Baku#1993! from [[IP_ADDRESS:5.191.44.120]] at 03:14, and the profile now lists ETH wallet 0x4f2A9c81D3e5B7a6F0c1E28d9B47aC3e61D5f902 for payouts.""",
    """[[PERSON:Tavita Leaupepe]] ([[AGE:36]]), a [[NRP:Samoan]] national, is our new District Intranet Orchestrator for [[LOCATION:Auckland]]. Please create [[USERNAME:tleaupepe]], assign extension 4417 and ship the laptop to [[ADDRESS:Level 4, 12 Queen Street]], [[LOCATION:Auckland CBD]] [[ZIP_CODE:1010]] before [[DATE_TIME:10 February]], his first day.""",
    """UNIFORM RESIDENTIAL LOAN APPLICATION - Borrower Information
Name: [[PERSON:Darnell Okonkwo-Reyes]]
SSN: [[US_SSN:214-66-8903]]
Date of birth: [[DATE_TIME:08/17/1985]]
Marital status: Married   Dependents: 2 (ages [[AGE:9]] and [[AGE:5]])
Current address: [[ADDRESS:3380 Pine Ridge Ct]], [[LOCATION:Raleigh]], [[LOCATION:NC]] [[ZIP_CODE:27613]] (own, 6 yrs)
Phone: [[PHONE_NUMBER:(919) 488-2071]]   Email: [[EMAIL_ADDRESS:dokonkworeyes@gmail.com]]
Employer: Triangle BioLogix Inc., Lab Operations Manager, since [[DATE_TIME:04/2017]]
Co-borrower: [[PERSON:Amara Okonkwo-Reyes]], SSN [[US_SSN:230-18-4475]]
Checking account: [[ID_NUMBER:4471028836]] (routing 053000196)""",
    """OUTPATIENT LETTER
Re: [[PERSON:Mr Tomás Ó Conaill]], DOB [[DATE_TIME:12/03/1962]], NHS No. [[ID_NUMBER:889 687 9817]]
[[ADDRESS:41 Priory Road]], [[LOCATION:Exeter]] [[ZIP_CODE:EX4 7AP]]
Seen in clinic: [[DATE_TIME:9 January 2025]]

Dear [[PERSON:Dr Patel]],
Thank you for referring this [[AGE:62]]-year-old gentleman with exertional chest tightness. Resting ECG and troponin were normal. Plan: CT coronary angiogram; I will see him again on [[DATE_TIME:20 March 2025]]. His wife, [[PERSON:Siobhán]], asked to be kept informed on [[PHONE_NUMBER:01392 884 216]].
Yours sincerely,
[[PERSON:Dr Kemi Adebayo-Hart]]
Consultant Cardiologist""",
    """CONTRACT OF EMPLOYMENT
This contract is made on [[DATE_TIME:2 September 2024]] between Brightwater Analytics Ltd ("the Employer") and [[PERSON:Aoife Ní Bhriain]] of [[ADDRESS:Apartment 14, The Maltings, Bridge Street]], [[LOCATION:Kilkenny]] [[ZIP_CODE:R95 X2F4]], PPSN [[ID_NUMBER:1988690C]] ("the Employee").
1. Commencement. The Employee's employment begins on [[DATE_TIME:30 September 2024]].
2. Salary. EUR 54,000 per annum, paid monthly in arrears into [[IBAN_CODE:IE14 AIBK 9311 5230 2183 92]].
3. Probation. Six months.
Signed: [[PERSON:A. Ní Bhriain]]   Witness: [[PERSON:Declan Furlong]]""",
    """MOTOR CLAIM FORM
Policyholder: [[PERSON:Njeri Wambui Mwangi]]
ID No.: [[ID_NUMBER:27418803]]   KRA PIN: [[ID_NUMBER:A008812457Q]]
Postal address: [[ADDRESS:P.O. Box 48211]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]]
Tel: [[PHONE_NUMBER:0733 815 402]]
Vehicle: Toyota Axio, reg. [[ID_NUMBER:KDC 418M]]
Date/time of accident: [[DATE_TIME:21/08/2024 18:30hrs]]
Place: Thika Road near [[LOCATION:Roysambu]]
Driver at the time: [[PERSON:Kevin Mwangi]] (son), licence [[ID_NUMBER:DL-0449218]]
Third party: [[PERSON:Hassan Abdi Noor]], vehicle [[ID_NUMBER:KCR 902Z]]""",
    """NOTICE TO VACATE
To: [[PERSON:Mr. Sibusiso Khumalo]] and [[PERSON:Ms. Lerato Khumalo]]
Premises: [[ADDRESS:Unit 9, Jacaranda Court, 112 Beyers Naudé Drive]], [[LOCATION:Northcliff]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2195]]
Date of notice: [[DATE_TIME:1 November 2024]]
You are hereby given one calendar month's notice to vacate the premises by [[DATE_TIME:30 November 2024]] on account of arrears of R 18,450.
Landlord: [[PERSON:Pieter van der Merwe]], ID [[ID_NUMBER:8709127194080]], cell [[PHONE_NUMBER:082 614 3390]]""",
    """Rx
[[PERSON:Dr. Meenakshi Sundaram]], MBBS MD, Reg. No. [[ID_NUMBER:TN 48812]]
Patient: [[PERSON:Ganesh Iyer]], [[AGE:58]]/M
Address: [[ADDRESS:Old No. 14, New No. 27, 2nd Main Road, Gandhi Nagar]], [[LOCATION:Adyar]], [[LOCATION:Chennai]] [[ZIP_CODE:600020]]
Mobile: [[PHONE_NUMBER:98410 27733]]
Date: [[DATE_TIME:18-06-2024]]
1. Tab. Metformin 500 mg 1-0-1 x 30 days
2. Tab. Telmisartan 40 mg 0-0-1 x 30 days
Review after one month with fasting sugar.""",
    """VEHICLE SALE AGREEMENT
Seller: [[TITLE:Alhaji]] [[PERSON:Musa Danjuma]], of [[ADDRESS:No. 7 Ahmadu Bello Way]], [[LOCATION:Kaduna]], NIN [[ID_NUMBER:40218836615]]
Buyer: [[PERSON:Blessing Oghenekaro Efe]], of [[ADDRESS:Plot 22, Airport Road]], [[LOCATION:Warri]], [[LOCATION:Delta State]], phone [[PHONE_NUMBER:0806 331 2049]]
Vehicle: 2016 Honda Accord, plate [[ID_NUMBER:KAD 417 AB]], chassis 1HGCR2F55GA114402
Price: NGN 7,800,000, paid by transfer to the seller's account [[ID_NUMBER:2033418765]]
Dated this [[DATE_TIME:5th day of April 2024]]""",
    """Subject Access Request
From: [[PERSON:Magdalena Nowak-Brennan]], [[ADDRESS:16 Sycamore Rise]], [[LOCATION:Galway]] [[ZIP_CODE:H91 E2C8]]
To: Data Protection Officer, Northgate Fitness
Date: [[DATE_TIME:8 March 2025]]

Under Article 15 GDPR I request copies of all personal data you hold about me, including CCTV footage from the [[LOCATION:Oranmore]] club on [[DATE_TIME:19 February 2025 between 18:00 and 19:30]], my membership record (member no. [[ID_NUMBER:NGF-204417]]) and any notes made about my complaint. Please reply to [[EMAIL_ADDRESS:m.nowakbrennan@eircom.net]].
[[PERSON:Magdalena Nowak-Brennan]]""",
    """ACCOUNT STATEMENT  01/10/2024 - 31/10/2024
Account name: [[PERSON:Kieran]] and [[PERSON:Talia Whitmore]]
BSB 062-000   Account [[ID_NUMBER:1048 2277]]
Postal: [[ADDRESS:PO Box 3312]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]]
02/10  Osko payment from [[PERSON:J NGUYEN]] ref rent share       +450.00
05/10  Woolworths 3318 [[LOCATION:Toowoomba]]                                  -182.44
11/10  Transfer to [[PERSON:T WHITMORE]] acct [[ID_NUMBER:1048 9916]]     -1,000.00
19/10  Direct debit Origin Energy                                 -214.70
Closing balance                                                  3,917.26""",
    """STUDENT ENROLLMENT RECORD 2024/25
Student: [[PERSON:Mateo Alejandro Guzmán]]   Student ID: [[ID_NUMBER:S-0048817]]
DOB: [[DATE_TIME:2012-11-03]]   Grade: 7   Home language: Spanish
Address: [[ADDRESS:2719 E Van Buren St, Apt 108]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85008]]
Parent/guardian 1: [[PERSON:Yesenia Guzmán]], [[PHONE_NUMBER:602-918-4470]], [[EMAIL_ADDRESS:yesi.guzman84@yahoo.com]]
Parent/guardian 2: [[PERSON:Oscar Guzmán]] (no contact, court order of [[DATE_TIME:3/14/2023]])
Allergies: peanuts
Enrolled: [[DATE_TIME:August 6, 2024]]""",
    """SECURITY INCIDENT REPORT
Site: Harbourside Shopping Centre, level 2
Officer: [[PERSON:Sanjay Ramlochan]], badge [[ID_NUMBER:2291]]
Date/time: [[DATE_TIME:Sat 16 Nov 2024, 15:20]]
Subject: male, approx. [[AGE:30]], identified from his driving licence as [[PERSON:Callum Reid Baxter]], licence [[ID_NUMBER:BAXTE912053CR8KT]], address [[ADDRESS:67 Marlborough Road]], [[LOCATION:Swindon]] [[ZIP_CODE:SN3 1PH]].
Details: subject was seen removing security tags from two jackets in store 2.14. Police (ref. CAD 4412) attended at 15:48. CCTV retained.""",
    """NOTICE OF REASSESSMENT - 2023 tax year
Name: [[PERSON:Anjali Bhattacharya]]
SIN: [[ID_NUMBER:130 259 666]]
Address: [[ADDRESS:1802-1288 W Georgia St]], [[LOCATION:Vancouver]] [[LOCATION:BC]] [[ZIP_CODE:V6E 4R3]]
Date of notice: [[DATE_TIME:June 27, 2024]]
We reviewed your return and changed line 21900 (moving expenses) from $3,860 to $0. Balance owing: $1,204.18.
Direct deposit on file: branch 00420, account [[ID_NUMBER:5012998]]""",
    """{"username": "[[USERNAME:kiwi_kate88]]", "name": {"first": "[[PERSON:Kate]]", "last": "[[PERSON:Henare-Wilson]]"}, "email": "[[EMAIL_ADDRESS:kate.hw@xtra.co.nz]]", "phone": "[[PHONE_NUMBER:+64 21 447 0916]]", "dob": "[[DATE_TIME:1988-02-29]]", "addresses": [{"type": "home", "line1": "[[ADDRESS:14 Te Aroha Street]]", "city": "[[LOCATION:Hamilton]]", "postcode": "[[ZIP_CODE:3216]]"}], "payment": {"card": "[[CREDIT_CARD:4202731010598751]]", "exp": "11/26"}, "last_ip": "[[IP_ADDRESS:121.74.190.3]]", "marketing_opt_in": false}""",
    '''[[IP_ADDRESS:78.133.42.19]] - [[USERNAME:mfarrugia]] [12/Mar/2025:10:04:17 +0000] "POST /account/update HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"
[[IP_ADDRESS:78.133.42.19]] - [[USERNAME:mfarrugia]] [12/Mar/2025:10:04:19 +0000] "GET /account/confirm?email=[[EMAIL_ADDRESS:marco.farrugia@gmail.com]]&phone=[[PHONE_NUMBER:+35679412288]] HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15"
[[IP_ADDRESS:2a01:4f8:c17:3b2::1]] - - [12/Mar/2025:10:05:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"''',
    """INSERT INTO customers (customer_no, first_name, last_name, email, phone, street, city, region, postal_code, country, card_last4) VALUES
('[[ID_NUMBER:C10441]]', '[[PERSON:Aleksandra]]', '[[PERSON:Wiśniewska]]', '[[EMAIL_ADDRESS:a.wisniewska@wp.pl]]', '[[PHONE_NUMBER:+48 601 228 417]]', '[[ADDRESS:ul. Długa 14/3]]', '[[LOCATION:Gdańsk]]', '[[LOCATION:pomorskie]]', '[[ZIP_CODE:80-827]]', '[[LOCATION:Poland]]', '4471'),
('[[ID_NUMBER:C10442]]', '[[PERSON:Mehmet Ali]]', '[[PERSON:Yıldırım]]', '[[EMAIL_ADDRESS:m.ali.yildirim@hotmail.de]]', '[[PHONE_NUMBER:+49 176 4410 2283]]', '[[ADDRESS:Keupstraße 61]]', '[[LOCATION:Köln]]', '[[LOCATION:NRW]]', '[[ZIP_CODE:51063]]', '[[LOCATION:Germany]]', '0932');""",
    """<Patient xmlns="http://hl7.org/fhir">
  <identifier><system value="https://fhir.nhs.uk/Id/nhs-number"/><value value="[[ID_NUMBER:4858408019]]"/></identifier>
  <name><family value="[[PERSON:Okonjo]]"/><given value="[[PERSON:Chidinma]]"/><given value="[[PERSON:Grace]]"/></name>
  <telecom><system value="phone"/><value value="[[PHONE_NUMBER:07983 412 660]]"/></telecom>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1994-07-08]]"/>
  <address><line value="[[ADDRESS:22 Clarendon Street]]"/><city value="[[LOCATION:Nottingham]]"/><postalCode value="[[ZIP_CODE:NG1 5JD]]"/></address>
</Patient>""",
    """# .env.production - do not commit
DB_HOST=[[IP_ADDRESS:10.20.3.41]]
DB_USER=app_rw
DB_PASSWORD=Kx!92mPq#
ADMIN_NAME="[[PERSON:Rohan Kapoor]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:rohan.kapoor@getsparrow.io]]
ALERT_SMS=[[PHONE_NUMBER:+919820441173]]
SENTRY_DSN=https://a1b2c3d4@o44712.ingest.sentry.io/55190
SUPPORT_INBOX=support@getsparrow.io
""",
    """def test_mask_customer():
    customer = Customer(
        name="[[PERSON:Sofía Castañeda Ruiz]]",
        dni="[[ID_NUMBER:48217365G]]",
        iban="[[IBAN_CODE:ES9121000418450200051332]]",
        email="[[EMAIL_ADDRESS:sofia.castaneda@telefonica.net]]",
        phone="[[PHONE_NUMBER:+34 655 281 904]]",
        address="[[ADDRESS:Calle de Toledo 87, 3º B]]",
        city="[[LOCATION:Madrid]]",
        cp="[[ZIP_CODE:28005]]",
    )
    masked = mask(customer)
    assert masked.iban.endswith("1332")
    assert "[[PERSON:Castañeda]]" not in masked.name
""",
    """PROJ-8812: Customer cannot update shipping address
Reporter: [[PERSON:Oyelaran Bamidele]]   Priority: P3
Customer: [[PERSON:Hanna Lindgren]] (cust. no. [[ID_NUMBER:C-7741920]])
Steps: customer logged in as [[USERNAME:hannalindgren]] from [[IP_ADDRESS:83.255.17.92]] and tried to change the address from [[ADDRESS:Kungsgatan 48, lgh 1102]], [[ZIP_CODE:411 19]] [[LOCATION:Göteborg]] to [[ADDRESS:Storgatan 3B]], [[ZIP_CODE:852 30]] [[LOCATION:Sundsvall]]. Error 422 "postal code invalid for region".
Phone on the account: [[PHONE_NUMBER:070-418 22 93]]""",
    """Return-Path: <[[EMAIL_ADDRESS:tariq.mahmood1979@gmail.com]]>
Received: from mail-ed1-f41.google.com ([[IP_ADDRESS:209.85.208.41]]) by mx.harbourhomes.co.uk
From: [[PERSON:Tariq Mahmood]] <[[EMAIL_ADDRESS:tariq.mahmood1979@gmail.com]]>
To: Lettings Team <lettings@harbourhomes.co.uk>
Date: [[DATE_TIME:Mon, 6 Jan 2025 21:43:10 +0000]]
Subject: Re: Viewing for [[ADDRESS:5 Albion Street]]
X-Originating-IP: [[IP_ADDRESS:92.40.185.17]]

Hi, yes [[DATE_TIME:Thursday 9th at 6pm]] works for me and my wife [[PERSON:Nadia]]. My number again is [[PHONE_NUMBER:07867 220 413]].
[[PERSON:Tariq]]""",
    """Your order has been dispatched to [[PERSON:Siddharth Rao]] at [[ADDRESS:31 Wharf Street, Apt 12]], [[LOCATION:Hobart]] [[LOCATION:TAS]] [[ZIP_CODE:7000]], tracking AU4418092271. Account [[USERNAME:sid.rao.tas]] was charged AUD 649.00 on [[CREDIT_CARD:373373597256999]]; the Senior Mobility Consultant who approved the upgrade was [[PERSON:Brianna Colquhoun]].""",
    """Please remit the deposit to account holder [[PERSON:Léa Fontaine-Moreau]], [[IBAN_CODE:FR76 3000 4015 2000 0104 4718 276]], BIC BNPAFRPPXXX, before [[DATE_TIME:le 15 mai]]. She is [[AGE:29]], resides at [[ADDRESS:14 rue des Carmes, bâtiment B]], [[ZIP_CODE:35000]] [[LOCATION:Rennes]], and can be reached on [[PHONE_NUMBER:06 42 18 77 30]] or at [[EMAIL_ADDRESS:lea.fm@laposte.net]].""",
    """IMMUNIZATION RECORD
Name: [[PERSON:Aputi Qamaniq]]   Health card no.: [[ID_NUMBER:NU 4418 2270 13]]
Date of birth: [[DATE_TIME:2021-01-17]]   Community: [[LOCATION:Igloolik]], [[LOCATION:Nunavut]]
Parent: [[PERSON:Leah Qamaniq]], tel. [[PHONE_NUMBER:867-934-8212]]
[[DATE_TIME:2022-01-20]]  MMR dose 1        nurse [[PERSON:J. Tootoo]]
[[DATE_TIME:2022-04-19]]  DTaP-IPV-Hib #4   nurse [[PERSON:M. Pelletier]]
Next due: [[DATE_TIME:2025-01-17]] (4-6 yr booster)""",
    """Dear [[PERSON:Ms. Ayodele Bankole-Price]], as our new Quantum Research Liaison (age [[AGE:52]], start date [[DATE_TIME:March 3rd, 2025]]), you will be issued a corporate Amex [[CREDIT_CARD:3735 866693 83488]] with CVV 4410. Please set up your VPN from your home network at [[ADDRESS:407 Willow Creek Dr]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]] using the IP we have on file, [[IP_ADDRESS:99.61.148.220]].""",
    """mutation {
  updateMember(input: {
    memberNo: "[[ID_NUMBER:M-220781]]"
    fullName: "[[PERSON:Ji-woo Han]]"
    email: "[[EMAIL_ADDRESS:jiwoo.han@kakao.com]]"
    phone: "[[PHONE_NUMBER:+82 10-4417-2290]]"
    birthday: "[[DATE_TIME:1996-10-09]]"
    address: {street: "[[ADDRESS:27 Seolleung-ro 93-gil]]", city: "[[LOCATION:Seoul]]", postalCode: "[[ZIP_CODE:06151]]"}
  }) { ok errors }
}""",
    """call_id,started_at,duration_s,agent,caller_number,caller_name,disposition
88120417,[[DATE_TIME:2025-03-04 09:02:11]],412,[[USERNAME:agent_pmoyo]],[[PHONE_NUMBER:+263 77 418 2203]],[[PERSON:Tinashe Chikwanha]],billing_dispute
88120418,2025-03-04 09:04:40,37,[[USERNAME:agent_pmoyo]],0800 22 4410,,ivr_abandon
88120421,[[DATE_TIME:2025-03-04 09:09:52]],1288,[[USERNAME:agent_rkhan]],[[PHONE_NUMBER:+27 72 904 1187]],[[PERSON:Zanele Mthembu]],card_blocked""",
    """GENERAL POWER OF ATTORNEY
I, [[PERSON:Margaret Ellen Fairweather]], born [[DATE_TIME:17 August 1941]], of [[ADDRESS:Unit 4, 22 Banksia Street]], [[LOCATION:Bendigo]] [[LOCATION:VIC]] [[ZIP_CODE:3550]], appoint my son [[PERSON:Graham Fairweather]] of [[ADDRESS:9 Castlemaine Road]], [[LOCATION:Kyneton]] [[LOCATION:VIC]] [[ZIP_CODE:3444]] as my attorney for financial matters, effective [[DATE_TIME:1 March 2025]].
Signed: [[PERSON:M. E. Fairweather]]
Witnessed by [[PERSON:Anh Dao]], authorised witness, on [[DATE_TIME:24 February 2025]]""",
    """REPUBLIC OF THE PHILIPPINES - REGIONAL TRIAL COURT, BRANCH 91, [[LOCATION:Quezon City]]
[[PERSON:MARICEL D. SANTOS-VILLAROMAN]], Petitioner,
- versus - Civil Case No. R-QZN-24-01183-CV
[[PERSON:JOSE ANTONIO VILLAROMAN]], Respondent.
PETITION
Petitioner, [[AGE:34]] years old, [[NRP:Filipino]], of legal age, residing at [[ADDRESS:Blk 12 Lot 4, Mahogany St., Brgy. Bagong Silangan]], [[LOCATION:Quezon City]], married the respondent on [[DATE_TIME:14 February 2015]] at [[LOCATION:Antipolo]]. They have one child, [[PERSON:Andrea Nicole]], born [[DATE_TIME:2 June 2016]].""",
    """RENTAL APPLICATION
Applicant: [[PERSON:Dmitri Volkov]]   Date of birth: [[DATE_TIME:03.12.1990]]
Current address: [[ADDRESS:1450 Burnhamthorpe Rd W, Apt 2208]], [[LOCATION:Mississauga]], [[LOCATION:ON]] [[ZIP_CODE:L5C 2S7]] (since [[DATE_TIME:Sept 2021]])
Phone: [[PHONE_NUMBER:(647) 318-0924]]   Email: [[EMAIL_ADDRESS:dvolkov.dev@proton.me]]
SIN (optional): [[ID_NUMBER:612 731 877]]
Employer: Lumenfield Software, backend developer, CAD 118,000/yr
Previous landlord: [[PERSON:Gail Hutchings]], [[PHONE_NUMBER:905-271-6640]]
Pets: one cat
Desired move-in: [[DATE_TIME:January 1, 2025]]""",
    """<Invoice>
  <ID>INV-2025-000418</ID>
  <IssueDate>2025-02-03</IssueDate>
  <Customer>
    <Name>[[PERSON:Mauro Bianchi]]</Name>
    <CodiceFiscale>[[ID_NUMBER:BNCMRA79C14F205Y]]</CodiceFiscale>
    <Street>[[ADDRESS:Via Solferino 22]]</Street>
    <PostalZone>[[ZIP_CODE:20121]]</PostalZone>
    <City>[[LOCATION:Milano]]</City>
    <Email>[[EMAIL_ADDRESS:mauro.bianchi79@libero.it]]</Email>
  </Customer>
  <Line><Item>Consulting, January</Item><Amount currency="EUR">2400.00</Amount></Line>
  <PaymentMeans><IBAN>[[IBAN_CODE:CH93 0076 2011 6238 5295 7]]</IBAN></PaymentMeans>
</Invoice>""",
    """Kia ora [[PERSON:Rangi]], the new hire [[PERSON:Mere Te Huia]] ([[AGE:24]], she/her) starts on [[DATE_TIME:Monday 14 April]] as Junior Infrastructure Associate. Her personal mobile is [[PHONE_NUMBER:022 418 7761]], home [[ADDRESS:3/88 Ponsonby Road]], [[LOCATION:Grey Lynn]], [[LOCATION:Auckland]] [[ZIP_CODE:1021]], and the IRD number for payroll is [[ID_NUMBER:118-442-903]].""",
    """{"ts":"2025-01-14T07:22:10Z","level":"warn","event":"login_failed","user":"[[USERNAME:pk.sharma]]","email":"[[EMAIL_ADDRESS:priyanka.sharma@iitb.ac.in]]","ip":"[[IP_ADDRESS:103.21.125.84]]","reason":"bad_password","attempt":3}
{"ts":"2025-01-14T07:22:41Z","level":"info","event":"password_reset_sent","user":"[[USERNAME:pk.sharma]]","sms_to":"[[PHONE_NUMBER:+91 98200 41736]]"}
{"ts":"2025-01-14T07:24:02Z","level":"info","event":"login_ok","user":"[[USERNAME:pk.sharma]]","ip":"[[IP_ADDRESS:103.21.125.84]]","mfa":"sms"}""",
    """PET INSURANCE CLAIM
Policyholder: [[PERSON:Oluwatoyin Bello-Hart]]
Address: [[ADDRESS:Flat 7, 19 Kelvin Drive]], [[LOCATION:Glasgow]] [[ZIP_CODE:G20 8QN]]
Phone: [[PHONE_NUMBER:0141 946 3308]]   Email: [[EMAIL_ADDRESS:toyin.bellohart@icloud.com]]
Pet: Mango, 4-year-old Staffordshire bull terrier
Vet: Kelvinside Vets, seen [[DATE_TIME:28/01/2025]] (lameness, cruciate)
Amount claimed: GBP 2,418.60
Pay to: sort code 82-11-07, account [[ID_NUMBER:40418822]]
Declaration signed [[DATE_TIME:03/02/2025]], [[PERSON:O. Bello-Hart]]""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: billing-notify
  namespace: payments
  annotations:
    owner: "[[PERSON:Benedikt Hofstätter]]"
    owner-email: "[[EMAIL_ADDRESS:benedikt.hofstaetter@posteo.at]]"
data:
  ESCALATION_PHONE: "[[PHONE_NUMBER:+43 664 812 3390]]"
  SMOKE_TEST_IBAN: "[[IBAN_CODE:AT092011182461930517]]"
  ALLOWLIST: "[[IP_ADDRESS:91.115.22.4]]/32"
""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Muhammad Faizal bin Rahmat]]   NRIC: [[ID_NUMBER:T0418836A]]
Age/Sex: [[AGE:20]]/M   Ward 64, bed 12
Admitted: [[DATE_TIME:02/09/2024 23:15]]   Discharged: [[DATE_TIME:06/09/2024]]
Diagnosis: dengue fever with warning signs, resolved
Address: [[ADDRESS:Blk 218 Jurong East St 21, #11-604]], [[LOCATION:Singapore]] [[ZIP_CODE:600218]]
NOK: [[PERSON:Rahmat bin Osman]] (father), [[PHONE_NUMBER:9638 4412]]
Follow-up: [[DATE_TIME:13/09/2024 10:30]], medical clinic B""",
    """Estimada [[TITLE:Sra.]] [[PERSON:Valentina Okafor Ríos]]: we have received your residence card renewal for NIE [[ID_NUMBER:Y4471902A]]. Your appointment is on [[DATE_TIME:martes 18 de marzo a las 9:40]] at the office in [[LOCATION:Málaga]]; bring proof of address ([[ADDRESS:Calle Cárcer 6, 2º izq.]], [[ZIP_CODE:29012]]) and your passport [[ID_NUMBER:A07744128]].""",
    """@Test
void rejectsMinorApplicant() {
    Applicant a = new Applicant("[[PERSON:Noah Fitzgerald-Obi]]", LocalDate.of([[DATE_TIME:2009, 5, 21]]), "[[EMAIL_ADDRESS:noah.fo@gmail.com]]");
    a.setPhone("[[PHONE_NUMBER:+353 87 204 1166]]");
    a.setPpsn("[[ID_NUMBER:4471205J]]");
    assertThrows(UnderageException.class, () -> service.submit(a));
}""",
    """SCHOLARSHIP APPLICATION FORM
1. Full name: [[PERSON:Wanjiku Njoroge Mbugua]]
2. Date of birth: [[DATE_TIME:14th February 2006]]   Age: [[AGE:18]]
3. National ID / Birth cert. no.: [[ID_NUMBER:39921847]]
4. Home address: [[ADDRESS:P.O. Box 1172]], [[LOCATION:Nyahururu]]
5. Phone: [[PHONE_NUMBER:+254 712 640 385]]   Email: [[EMAIL_ADDRESS:wanjikunjoroge06@gmail.com]]
6. Parent/guardian: [[PERSON:Grace Wairimu]] (mother), small-scale farmer
7. School: Nyandarua High School, KCSE index no. [[ID_NUMBER:31718101045]]""",
    """Ticket #553108 | Channel: web form | Tags: refund, chargeback
Name: [[PERSON:Hamid Rezaei]]
Email: [[EMAIL_ADDRESS:hamid.rezaei.uk@gmail.com]]
Phone: [[PHONE_NUMBER:+44 7911 402 218]]
Order: WB-1180472
Message: I was charged twice (GBP 74.99) on my Visa [[CREDIT_CARD:4812 8487 7165 8202]]. I live at [[ADDRESS:22 Lime Grove]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 6PL]], and only received one parcel. Please refund to [[IBAN_CODE:GB30BARC20321450902917]] if the card route doesn't work.
Browser: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0
IP: [[IP_ADDRESS:86.142.77.203]]""",
]

TABLE = [
    """crew_id,name,position,p_tal,home_village,mobile
[[ID_NUMBER:C-101]],[[PERSON:Bárður Hentze]],skipper,[[ID_NUMBER:011268-692]],[[LOCATION:Fuglafjørður]],[[PHONE_NUMBER:+298 22 41 70]]
[[ID_NUMBER:C-102]],[[PERSON:Jóannes Lamhauge]],mate,[[ID_NUMBER:230876-509]],[[LOCATION:Gøta]],[[PHONE_NUMBER:+298 58 16 02]]
[[ID_NUMBER:C-117]],[[PERSON:Arkadiusz Nowak]],deckhand,,[[LOCATION:Runavík]],[[PHONE_NUMBER:+48 512 604 118]]
[[ID_NUMBER:C-121]],[[PERSON:Rói Dam]],cook,,[[LOCATION:Leirvík]],[[PHONE_NUMBER:+298 21 90 55]]""",
    """ansattnr\tnavn\tavdeling\tskift\tmobil
[[ID_NUMBER:1041]]\t[[PERSON:Liv Randi Olsen]]\tfiletering\tdag\t[[PHONE_NUMBER:917 44 208]]
[[ID_NUMBER:1077]]\t[[PERSON:Pham Thi Hoa]]\tpakking\tkveld\t[[PHONE_NUMBER:463 19 027]]
[[ID_NUMBER:1102]]\t[[PERSON:Rasa Petrauskienė]]\tfryseri\tnatt\t[[PHONE_NUMBER:+370 612 48 830]]
[[ID_NUMBER:1108]]\t[[PERSON:Jon Arild Mathisen]]\tfiletering\tkveld\t[[PHONE_NUMBER:951 80 336]]""",
    """| Namma | Riegádanbeaivi | Orohat | Telefovdna | Mearka |
|---|---|---|---|---|
| [[PERSON:Ánte Mikkel Gaup]] | [[DATE_TIME:04.05.1983]] | 16 | [[PHONE_NUMBER:915 20 447]] | [[ID_NUMBER:GU-2210]] |
| [[PERSON:Sára Márjá Eira]] | [[DATE_TIME:19.11.1990]] | 16 | [[PHONE_NUMBER:472 81 905]] | [[ID_NUMBER:GU-2291]] |
| [[PERSON:Nils Johan Somby]] | [[DATE_TIME:27.02.1961]] | 30A | [[PHONE_NUMBER:908 33 164]] | [[ID_NUMBER:GU-0817]] |""",
    """Ateq: [[PERSON:Nivi Lyberth]]
Inunngorfia: [[DATE_TIME:05.07.1971]]
Cpr: [[ID_NUMBER:050771-0026]]
Najugaq: [[ADDRESS:Issortarfimmut 9, 2. sal]], [[ZIP_CODE:3900]] [[LOCATION:Nuuk]]
Oqarasuaat: [[PHONE_NUMBER:+299 32 80 15]]

Ateq: [[PERSON:Ivaana Lyberth]]
Inunngorfia: [[DATE_TIME:16.10.2010]]
Cpr: [[ID_NUMBER:161010-4424]]
Najugaq: [[ADDRESS:Issortarfimmut 9, 2. sal]], [[ZIP_CODE:3900]] [[LOCATION:Nuuk]]
Oqarasuaat: -""",
    """- navn: [[PERSON:Beinta Joensen]]
  p_tal: "[[ID_NUMBER:170104-471]]"
  aldur: [[AGE:20]]
  bústaður: [[ADDRESS:Vesturgøta 14]], [[ZIP_CODE:FO-370]] [[LOCATION:Miðvágur]]
  tænasta: ungdómsvegleiðing
- navn: [[PERSON:Símun Petersen]]
  p_tal: "[[ID_NUMBER:140899-410]]"
  aldur: [[AGE:25]]
  bústaður: [[ADDRESS:Gerðisvegur 2]], [[ZIP_CODE:FO-520]] [[LOCATION:Leirvík]]
  tænasta: arbeiðsvenjing
- navn: [[PERSON:Ása Thomsen]]
  p_tal: null
  aldur: [[AGE:16]]
  bústaður: [[LOCATION:Klaksvík]]
  tænasta: barnaverndarmál""",
    """licensnr;navn;cpr;by;fartøj;telefon
[[ID_NUMBER:GL-K-0412]];[[PERSON:Søren Kristiansen]];[[ID_NUMBER:041279-0138]];[[LOCATION:Aasiaat]];jolle 19 fod;[[PHONE_NUMBER:+299 52 60 18]]
[[ID_NUMBER:GL-K-0415]];[[PERSON:Hans Peter Nathanielsen]];[[ID_NUMBER:190893-0211]];[[LOCATION:Qasigiannguit]];kutter;[[PHONE_NUMBER:+299 49 33 07]]
[[ID_NUMBER:GL-K-0431]];[[PERSON:Ane Sofie Kuko]];[[ID_NUMBER:251174-0358]];[[LOCATION:Aasiaat]];jolle 22 fod;[[PHONE_NUMBER:+299 56 11 42]]""",
    """MANNSKAPSLISTE  M/S Nordkyn  tur 14/2024
Navn                    Stilling     Født        Bosted
[[PERSON:Stig-Roger Pedersen]]     Skipper      [[DATE_TIME:15.04.1979]]  [[LOCATION:Mehamn]]
[[PERSON:Ann-Kristin Nilsen]]      Maskinist    [[DATE_TIME:03.08.1962]]  [[LOCATION:Gamvik]]
[[PERSON:Tomasz Wiśniewski]]       Dekksmann    [[DATE_TIME:22.11.1995]]  [[LOCATION:Kjøllefjord]]
[[PERSON:Ole Mathis Hætta]]        Dekksmann    [[DATE_TIME:12.12.2003]]  [[LOCATION:Lebesby]]""",
    """patient_id,first_name,last_name,dob,appointment,clinician,reason
[[ID_NUMBER:P-30418]],[[PERSON:Olivia]],[[PERSON:Brennan-Saito]],[[DATE_TIME:1992-03-14]],[[DATE_TIME:2025-03-10 09:30]],[[PERSON:Dr. Habib]],follow-up
[[ID_NUMBER:P-30422]],[[PERSON:Kwabena]],[[PERSON:Asare]],[[DATE_TIME:1957-11-02]],[[DATE_TIME:2025-03-10 10:15]],[[PERSON:Dr. Habib]],BP review
[[ID_NUMBER:P-30431]],[[PERSON:Ruth]],[[PERSON:Abramowitz]],[[DATE_TIME:1940-06-27]],[[DATE_TIME:2025-03-10 11:00]],NP [[PERSON:Castillo]],flu jab""",
    """Name,Title,Department,Work email,Mobile,Office
[[PERSON:Chloe Anand]],Head of Payroll,Finance,[[EMAIL_ADDRESS:chloe.anand@meridianfoods.co.uk]],[[PHONE_NUMBER:07700 900 214]],[[LOCATION:Leeds]]
[[PERSON:Tobi Adewale]],Payroll Specialist,Finance,[[EMAIL_ADDRESS:tobi.adewale@meridianfoods.co.uk]],[[PHONE_NUMBER:07700 900 688]],[[LOCATION:Leeds]]
[[PERSON:Gwen Pritchard]],HR Business Partner,People,[[EMAIL_ADDRESS:gwen.pritchard@meridianfoods.co.uk]],,[[LOCATION:Cardiff]]""",
    """txn_ref,cardholder,card_number,exp,cvv,billing_zip,country
88A-114,[[PERSON:Lucas Ferreira]],[[CREDIT_CARD:4428896819090512]],08/27,311,[[ZIP_CODE:1200-195]],[[LOCATION:Portugal]]
88A-115,[[PERSON:Amelia Hartono]],[[CREDIT_CARD:5582279573816332]],12/26,904,[[ZIP_CODE:10310]],[[LOCATION:Indonesia]]
88A-119,[[PERSON:Noor Al-Khatib]],[[CREDIT_CARD:6011015604111643]],03/28,072,[[ZIP_CODE:11118]],[[LOCATION:Jordan]]""",
    """donor,email,amount_gbp,gift_aid,postcode
[[TITLE:Rev.]] [[PERSON:Alan Marsh]],[[EMAIL_ADDRESS:alan.marsh@btinternet.com]],50.00,Y,[[ZIP_CODE:YO31 7DN]]
[[PERSON:Priti Shah]],[[EMAIL_ADDRESS:pshah1971@gmail.com]],25.00,Y,[[ZIP_CODE:LE4 6FT]]
anonymous,,100.00,N,
The [[PERSON:Kowalski]] family,[[EMAIL_ADDRESS:kowalscy.home@gmail.com]],15.00,N,[[ZIP_CODE:PE1 5AA]]""",
    """student,year,parent_carer,relationship,phone,email
[[PERSON:Aarav Pillai]],3,[[PERSON:Deepa Pillai]],mother,[[PHONE_NUMBER:0400 182 907]],[[EMAIL_ADDRESS:deepa.pillai@outlook.com]]
[[PERSON:Isla McKenzie]],3,[[PERSON:Fiona McKenzie]],mother,[[PHONE_NUMBER:0418 226 030]],
[[PERSON:Isla McKenzie]],3,[[PERSON:Rob Tait]],stepfather,[[PHONE_NUMBER:0422 971 554]],[[EMAIL_ADDRESS:robtait.builds@gmail.com]]
[[PERSON:Mohammed Yusuf]],4,[[PERSON:Halima Yusuf]],grandmother,[[PHONE_NUMBER:(08) 9344 1187]],""",
    """reg_no,full_name,nationality,passport_no,dietary,session
1,[[PERSON:Aigerim Bekova]],[[NRP:Kazakh]],[[ID_NUMBER:N11847302]],halal,B2
2,[[PERSON:Jonas Vaitkus]],[[NRP:Lithuanian]],[[ID_NUMBER:23418807]],none,B2
3,[[PERSON:Pilar Quispe Mamani]],[[NRP:Peruvian]],[[ID_NUMBER:120448917]],vegetarian,C1
4,[[PERSON:Kenji Watanabe]],[[NRP:Japanese]],[[ID_NUMBER:TK4471820]],none,C1""",
    """date,herder,contact,animals_seen,vet,notes
[[DATE_TIME:2024-11-05]],[[PERSON:Per Mikkel Utsi]],[[PHONE_NUMBER:+46 70 418 22 61]],212,[[PERSON:H. Lindqvist]],2 lame calves
[[DATE_TIME:2024-11-06]],[[PERSON:Kristina Labba]],[[PHONE_NUMBER:+46 73 091 44 08]],148,[[PERSON:H. Lindqvist]],
[[DATE_TIME:2024-11-06]],[[PERSON:Lars-Nils Sparrok]],[[PHONE_NUMBER:+46 70 662 30 19]],305,[[PERSON:E. Blind]],eye infection x4""",
    """case_no,client,dob,address,worker,next_contact,risk
SS-4410,[[PERSON:Dwayne Marchetti]],[[DATE_TIME:1979-02-11]],"[[ADDRESS:211 Elm St, Apt 3]], [[LOCATION:Springfield]]",[[PERSON:K. Osei]],[[DATE_TIME:2025-03-12]],medium
SS-4418,[[PERSON:Brandy Holcomb]],[[DATE_TIME:1995-07-30]],"[[ADDRESS:48 Ridge Rd]], [[LOCATION:Chicopee]]",[[PERSON:K. Osei]],[[DATE_TIME:2025-03-07]],high
SS-4431,[[PERSON:Eduardo Ramos Pinto]],[[DATE_TIME:1961-12-19]],"[[ADDRESS:9 Carew St, Unit 1]], [[LOCATION:Springfield]]",[[PERSON:L. Duffy]],[[DATE_TIME:2025-04-01]],low""",
    """"Name","Address","City","Postcode","Phone"
"[[PERSON:Eleanor Whitby-Chase]]","[[ADDRESS:Flat 4, Marlowe Court, 27 Sutherland Avenue]]","[[LOCATION:London]]","[[ZIP_CODE:W9 2HE]]","[[PHONE_NUMBER:020 7286 4411]]"
"[[PERSON:Mr. Obinna Ilechukwu]]","[[ADDRESS:The Granary, 3 Mill Yard]]","[[LOCATION:Stamford]]","[[ZIP_CODE:PE9 2EE]]","[[PHONE_NUMBER:01780 764 209]]"
"[[PERSON:Zofia Lis]]","[[ADDRESS:112 Gorgie Road, 2F1]]","[[LOCATION:Edinburgh]]","[[ZIP_CODE:EH11 2NP]]","[[PHONE_NUMBER:07384 512 906]]\"""",
    """landing_date,fisher,fisher_reg,port,species,kg,price_per_kg
[[DATE_TIME:2024-07-02]],[[PERSON:Wayne Penney]],[[ID_NUMBER:FIN 088312]],[[LOCATION:Twillingate]],snow crab,1840,6.95
[[DATE_TIME:2024-07-02]],[[PERSON:Marlene Oldford]],[[ID_NUMBER:FIN 101774]],[[LOCATION:Twillingate]],snow crab,1212,6.95
[[DATE_TIME:2024-07-03]],[[PERSON:Gerald Burt]],[[ID_NUMBER:FIN 079450]],[[LOCATION:Herring Neck]],cod,640,1.10""",
    """member_no,name,plan,joined,birthday,phone
[[ID_NUMBER:G-000417]],[[PERSON:Sipho Zungu]],Off-peak,[[DATE_TIME:2022-01-09]],[[DATE_TIME:14 Mar]],[[PHONE_NUMBER:083 412 7720]]
[[ID_NUMBER:G-000988]],[[PERSON:Chantelle Adams]],Premium,[[DATE_TIME:2023-06-21]],[[DATE_TIME:02 Aug]],[[PHONE_NUMBER:072 608 1193]]
[[ID_NUMBER:G-001203]],[[PERSON:Ruan Botha]],Student,[[DATE_TIME:2024-02-01]],[[DATE_TIME:30 Nov]],[[PHONE_NUMBER:061 229 4458]]""",
    """room\tguest\tnationality\tpassport\tcheck_in\tcheck_out
204\t[[PERSON:Matteo Greco]]\t[[NRP:Italian]]\t[[ID_NUMBER:YA4471902]]\t[[DATE_TIME:2025-06-12]]\t[[DATE_TIME:2025-06-15]]
205\t[[PERSON:Farida Nazarova]]\t[[NRP:Uzbek]]\t[[ID_NUMBER:FA1180427]]\t[[DATE_TIME:2025-06-12]]\t[[DATE_TIME:2025-06-19]]
311\t[[PERSON:Bongani Sithole]]\t[[NRP:South African]]\t[[ID_NUMBER:A08841273]]\t[[DATE_TIME:2025-06-13]]\t[[DATE_TIME:2025-06-14]]""",
    """emp\tname\tiban\tgross_eur\ttax_class
[[ID_NUMBER:4410]]\t[[PERSON:Jannik Brückner]]\t[[IBAN_CODE:DE50500105176475253598]]\t4210.00\t1
[[ID_NUMBER:4417]]\t[[PERSON:Ayşe Kaplan]]\t[[IBAN_CODE:NL62RABO7774453103]]\t3875.50\t1
[[ID_NUMBER:4423]]\t[[PERSON:Krzysztof Mazur]]\t[[IBAN_CODE:PL45758146279214484712705027]]\t3120.00\t3""",
    """hostname\tip\tmac\tassigned_to\tos\tlast_seen
LT-0418\t[[IP_ADDRESS:10.8.14.22]]\t70:B5:E8:21:4C:9A\t[[USERNAME:r.achebe]]\tWindows 11 23H2\t2025-03-03
LT-0422\t[[IP_ADDRESS:10.8.14.37]]\tF4:5C:89:0B:77:E1\t[[USERNAME:s.lindholm]]\tmacOS 14.3\t2025-03-04
SRV-DB2\t[[IP_ADDRESS:10.8.1.5]]\t00:50:56:A1:3F:02\tsvc_backup\tUbuntu 22.04\t2025-03-04""",
    """driver\tlicence\tvehicle\tplate\tavailable
[[PERSON:Maureen O'Halloran]]\t[[ID_NUMBER:OHALL655218M99RT]]\tFord Tourneo\t[[ID_NUMBER:YD21 WKP]]\tMon, Wed
[[PERSON:Desmond Achterberg]]\t[[ID_NUMBER:ACHTE703150D99LK]]\tVW Caddy\t[[ID_NUMBER:YK70 LNO]]\tTue-Thu
[[PERSON:Samina Akhtar]]\t[[ID_NUMBER:AKHTA862274S99AB]]\town car\t[[ID_NUMBER:YJ19 PFA]]\tweekends""",
    """unit\ttenant\tlease_start\trent\tphone\temail
1A\t[[PERSON:Tomasz Górecki]]\t[[DATE_TIME:2023-09-01]]\t1450\t[[PHONE_NUMBER:(312) 448-0917]]\t[[EMAIL_ADDRESS:tgorecki@icloud.com]]
1B\tvacant\t\t1450\t\t
2A\t[[PERSON:Latoya Simmons]]\t[[DATE_TIME:2024-02-15]]\t1525\t[[PHONE_NUMBER:(773) 290-6641]]\t[[EMAIL_ADDRESS:latoya.simmons@gmail.com]]
2B\t[[PERSON:Hye-jin Cho]] & [[PERSON:Daniel Cho]]\t[[DATE_TIME:2021-06-01]]\t1495\t[[PHONE_NUMBER:(312) 877-2054]]\t""",
    """student_no\tname\tmodule\tmark\tgrade
[[ID_NUMBER:2304418]]\t[[PERSON:Adebayo, Tolulope]]\tSTAT2001\t71\tA
[[ID_NUMBER:2309922]]\t[[PERSON:Fitzpatrick, Niamh]]\tSTAT2001\t58\tC
[[ID_NUMBER:2311047]]\t[[PERSON:Raghunathan, Vikram]]\tSTAT2001\t64\tB""",
    """| Week | Primary on-call | Phone | Backup |
|------|-----------------|-------|--------|
| 10 | [[PERSON:Ines Carvalho]] | [[PHONE_NUMBER:+351 912 448 170]] | [[PERSON:Marek]] |
| 11 | [[PERSON:Marek Dvořák]] | [[PHONE_NUMBER:+420 731 208 554]] | [[PERSON:Ines]] |
| 12 | [[PERSON:Yaw Boateng]] | [[PHONE_NUMBER:+44 7700 900 305]] | [[PERSON:Ines]] |""",
    """| # | Pupil | DOB | Medical | Emergency contact |
|---|-------|-----|---------|-------------------|
| 1 | [[PERSON:Amelia Rangi]] | [[DATE_TIME:03/02/2017]] | asthma (inhaler in office) | [[PERSON:Hemi Rangi]] [[PHONE_NUMBER:027 480 1133]] |
| 2 | [[PERSON:Jack Sorensen]] | [[DATE_TIME:19/08/2016]] | none | [[PERSON:Kirsty Sorensen]] [[PHONE_NUMBER:021 662 908]] |
| 3 | [[PERSON:Lily Zhang]] | [[DATE_TIME:27/11/2016]] | peanut allergy | [[PERSON:Wei Zhang]] [[PHONE_NUMBER:022 301 4476]] |""",
    """| Carer(s) | Address | Approved | Places | Supervising SW |
|---|---|---|---|---|
| [[PERSON:Bernadette]] & [[PERSON:Tony Quinlan]] | [[ADDRESS:14 Larch Avenue]], [[LOCATION:Bolton]] | [[DATE_TIME:12/09/2019]] | 2 | [[PERSON:R. Chowdhury]] |
| [[PERSON:Adaora Nnaji]] | [[ADDRESS:Flat 6, 2 Chorley New Road]], [[LOCATION:Bolton]] | [[DATE_TIME:03/03/2022]] | 1 | [[PERSON:R. Chowdhury]] |
| [[PERSON:Martin Hale]] & [[PERSON:Colin Ward]] | [[ADDRESS:88 Bury Road]], [[LOCATION:Radcliffe]] | [[DATE_TIME:17/01/2024]] | 3 | [[PERSON:S. Evans]] |""",
    """| Beneficiary | ID number | Bank | Account | Monthly (KES) |
|---|---|---|---|---|
| [[PERSON:Akinyi Ochieng]] | [[ID_NUMBER:23418077]] | Equity | [[ID_NUMBER:0180194471202]] | 4,000 |
| [[PERSON:Mohamed Abdullahi Hussein]] | [[ID_NUMBER:31190824]] | KCB | [[ID_NUMBER:1204418836]] | 4,000 |
| [[PERSON:Chebet Kiprono]] | [[ID_NUMBER:28873305]] | M-Pesa | [[PHONE_NUMBER:0722 904 118]] | 2,000 |""",
    """| Name | Handle | Email | Time zone |
|:-----|:-------|:------|:---------|
| [[PERSON:Sven Eriksen]] | @[[USERNAME:sveneriksen]] | [[EMAIL_ADDRESS:sven@eriksen.dev]] | Europe/Oslo |
| [[PERSON:Adaeze Uchenna]] | @[[USERNAME:daze]] | [[EMAIL_ADDRESS:adaeze.u@protonmail.com]] | Africa/Lagos |
| [[PERSON:Paulo Salave'a]] | @[[USERNAME:psalavea]] | [[EMAIL_ADDRESS:paulo.salavea@gmail.com]] | Pacific/Auckland |""",
    """| Claim | Policyholder | Date of loss | Postcode | Status |
|---|---|---|---|---|
| CL-22-91804 | [[PERSON:Harjit Sohal]] | [[DATE_TIME:02/01/2025]] | [[ZIP_CODE:B21 9NH]] | open |
| CL-22-91811 | [[PERSON:Megan Lloyd-Price]] | [[DATE_TIME:29/12/2024]] | [[ZIP_CODE:CF5 1QE]] | paid |
| CL-22-91830 | [[PERSON:Callum Doherty]] | [[DATE_TIME:05/01/2025]] | [[ZIP_CODE:BT9 6AZ]] | referred |""",
    """| Seat | Passenger | DOB | Document | Nationality |
|---|---|---|---|---|
| 3A | [[PERSON:OKORIE/CHINEDU]] [[TITLE:MR]] | [[DATE_TIME:12APR81]] | [[ID_NUMBER:A10448173]] | [[NRP:Nigerian]] |
| 3C | [[PERSON:OKORIE/ADA]] [[TITLE:MRS]] | [[DATE_TIME:03SEP84]] | [[ID_NUMBER:A10448220]] | [[NRP:Nigerian]] |
| 14F | [[PERSON:LINDGREN/ELSA]] [[TITLE:MS]] | [[DATE_TIME:27JAN99]] | [[ID_NUMBER:94418027]] | [[NRP:Swedish]] |""",
    """ client_no |       name        |        email              |   city    | signup_source
-----------+-------------------+---------------------------+-----------+---------------
 [[ID_NUMBER:100234]]    | [[PERSON:Aditi Kulkarni]]    | [[EMAIL_ADDRESS:aditi.k@rediffmail.com]]    | [[LOCATION:Pune]]      | referral
 [[ID_NUMBER:100241]]    | [[PERSON:Marco Antonelli]]   | [[EMAIL_ADDRESS:m.antonelli@tiscali.it]]    | [[LOCATION:Bologna]]   | ads
 [[ID_NUMBER:100257]]    | [[PERSON:Grace Mutua]]       | [[EMAIL_ADDRESS:gracemutua@yahoo.com]]      | [[LOCATION:Mombasa]]   | organic
(3 rows)""",
    """+------+---------------------+-----------------+---------------------+
| id   | user                | ip              | last_login          |
+------+---------------------+-----------------+---------------------+
| 7781 | [[USERNAME:dmitri.k]]            | [[IP_ADDRESS:178.66.204.19]]   | [[DATE_TIME:2025-03-01 22:14:07]] |
| 7782 | [[USERNAME:ana_luiza]]           | [[IP_ADDRESS:189.4.77.130]]    | [[DATE_TIME:2025-03-02 08:41:55]] |
| 7790 | [[USERNAME:tk_shibuya]]          | [[IP_ADDRESS:2400:4050:a2c0::17]] | [[DATE_TIME:2025-02-27 13:02:10]] |
+------+---------------------+-----------------+---------------------+
3 rows in set (0.00 sec)""",
    """SSN          LAST NAME       FIRST NAME  MI  DOB         ZIP
[[US_SSN:401-22-8874]]  [[PERSON:HOLLOWAY]]        [[PERSON:JAMES]]       [[PERSON:R]]   [[DATE_TIME:1958-03-17]]  [[ZIP_CODE:40502]]
[[US_SSN:318-70-4416]]  [[PERSON:NGUYEN]]          [[PERSON:KIM LOAN]]    [[PERSON:T]]   [[DATE_TIME:1966-10-05]]  [[ZIP_CODE:46220]]
[[US_SSN:522-19-0308]]  [[PERSON:BEGAY]]           [[PERSON:MARLENE]]     [[PERSON:A]]   [[DATE_TIME:1971-01-29]]  [[ZIP_CODE:86515]]""",
    """BORROWER            CARD NO         ITEMS  OLDEST DUE
[[PERSON:Okafor, Chiamaka]]    [[ID_NUMBER:29021004418813]]  3      [[DATE_TIME:04-Mar-2025]]
[[PERSON:Lindqvist, Erik]]     [[ID_NUMBER:29021004502271]]  1      [[DATE_TIME:11-Mar-2025]]
[[PERSON:Tamihana, Aroha]]     [[ID_NUMBER:29021003990164]]  5      [[DATE_TIME:18-Feb-2025]]""",
    """ELECTOR NO  SURNAME          FORENAMES            ADDRESS
[[ID_NUMBER:KH1-0041]]    [[PERSON:ABERNETHY]]        [[PERSON:Isobel Grace]]         [[ADDRESS:2 Kirkhill Road]]
[[ID_NUMBER:KH1-0042]]    [[PERSON:ABERNETHY]]        [[PERSON:William]]              [[ADDRESS:2 Kirkhill Road]]
[[ID_NUMBER:KH1-0043]]    [[PERSON:BHATTI]]           [[PERSON:Nasreen]]              [[ADDRESS:4 Kirkhill Road]]
[[ID_NUMBER:KH1-0044]]    [[PERSON:BHATTI]]           [[PERSON:Tariq Mehmood]]        [[ADDRESS:4 Kirkhill Road]]""",
    """USER      TTY      FROM              LOGIN@   IDLE   WHAT
[[USERNAME:mhaddad]]   pts/0    [[IP_ADDRESS:41.228.19.74]]      09:12    0.00s  vim deploy.sh
[[USERNAME:jsorensen]] pts/1    [[IP_ADDRESS:85.166.40.201]]     08:47    22:10  -bash
[[USERNAME:root]]      tty1     -                 07:02    2:05m  -bash""",
    """RX#      PATIENT                  DOB         DRUG                 PICKUP BY
7741020  [[PERSON:Dominguez, Alma R.]]      [[DATE_TIME:06/22/1948]]  lisinopril 10mg      son ([[PERSON:Ricardo]])
7741033  [[PERSON:Whitehorse, Dale]]        [[DATE_TIME:01/09/1975]]  sertraline 50mg      self
7741051  [[PERSON:Park, Soo-ah]]            [[DATE_TIME:11/30/2001]]  amoxicillin 500mg    [[PERSON:Mina Park]]""",
    """{"signup": "[[DATE_TIME:2025-02-14T10:22:31Z]]", "name": "[[PERSON:Tevita Fifita]]", "email": "[[EMAIL_ADDRESS:tevita.fifita@gmail.com]]", "phone": "[[PHONE_NUMBER:+676 771 4418]]", "country": "[[LOCATION:Tonga]]"}
{"signup": "[[DATE_TIME:2025-02-14T10:25:09Z]]", "name": "[[PERSON:Ilse Verhoeven]]", "email": "[[EMAIL_ADDRESS:ilse.verhoeven@ziggo.nl]]", "phone": "[[PHONE_NUMBER:06 4418 2093]]", "country": "[[LOCATION:Netherlands]]"}
{"signup": "[[DATE_TIME:2025-02-14T10:31:47Z]]", "name": "[[PERSON:Kamal Hossain]]", "email": "[[EMAIL_ADDRESS:kamal.hossain.bd@gmail.com]]", "phone": "[[PHONE_NUMBER:+880 1711 204 418]]", "country": "[[LOCATION:Bangladesh]]"}""",
    """{"ticket": 90211, "contact": "[[PERSON:Beatriz Nkosi]]", "email": "[[EMAIL_ADDRESS:bea.nkosi@webmail.co.za]]", "preferred": "whatsapp", "whatsapp": "[[PHONE_NUMBER:+27 82 771 4093]]"}
{"ticket": 90214, "contact": "[[PERSON:Hamish Drummond]]", "email": "[[EMAIL_ADDRESS:hdrummond@bigpond.com]]", "preferred": "email", "whatsapp": null}
{"ticket": 90219, "contact": "[[PERSON:Ngozi]]", "email": "[[EMAIL_ADDRESS:ngozi.writes@gmail.com]]", "preferred": "phone", "whatsapp": "[[PHONE_NUMBER:+234 809 118 2047]]"}""",
    """{"owner": "[[PERSON:Marit Kristine Sara]]", "siida_share": "16-2", "collar_ids": ["GX-20501", "GX-20502"], "alert_sms": "[[PHONE_NUMBER:+47 482 17 560]]"}
{"owner": "[[PERSON:Jovnna Ánde Sokki]]", "siida_share": "16-3", "collar_ids": ["GX-20517"], "alert_sms": "[[PHONE_NUMBER:+47 917 08 334]]"}
{"owner": "[[PERSON:Berit Inga Logje]]", "siida_share": "30A-1", "collar_ids": [], "alert_sms": null}""",
    """{"position": 1, "applicant": "[[PERSON:Shanice Walcott]]", "dob": "[[DATE_TIME:1998-05-22]]", "household": 3, "current_address": "[[ADDRESS:Flat 9, 41 Stockwell Park Road]], [[ZIP_CODE:SW9 0DA]]", "priority_band": "A"}
{"position": 2, "applicant": "[[PERSON:Abdullahi Farah]]", "dob": "[[DATE_TIME:1983-09-14]]", "household": 6, "current_address": "temporary accommodation", "priority_band": "A"}
{"position": 3, "applicant": "[[PERSON:Janet Morrow]]", "dob": "[[DATE_TIME:1950-02-03]]", "household": 1, "current_address": "[[ADDRESS:22 Loughborough Road]], [[ZIP_CODE:SW9 7TB]]", "priority_band": "B"}""",
    """{"ts": "2025-03-09T18:02:11Z", "card": "[[CREDIT_CARD:4160 8134 3059 3552]]", "holder": "[[PERSON:R PATEL]]", "merchant": "TESCO STORES 2217", "amount": 42.18, "currency": "GBP"}
{"ts": "2025-03-09T18:40:55Z", "card": "[[CREDIT_CARD:5485 3705 9731 7031]]", "holder": "[[PERSON:M O'SULLIVAN]]", "merchant": "CIRCLE K DUBLIN 4", "amount": 60.00, "currency": "EUR"}
{"ts": "2025-03-09T19:12:03Z", "card": "[[CREDIT_CARD:2720 2602 9170 2590]]", "holder": "[[PERSON:A WOJCIK]]", "merchant": "ZABKA Z4417", "amount": 23.40, "currency": "PLN"}""",
    """{"lead_id": "L-5531", "name": "[[PERSON:Pooja Raman]]", "company": "Tessellate Labs", "title": "CTO", "email": "[[EMAIL_ADDRESS:pooja@tessellatelabs.in]]", "linkedin": "[[URL:https://www.linkedin.com/in/poojaraman]]"}
{"lead_id": "L-5532", "name": "[[PERSON:Gabriel Ocampo]]", "company": "Ocampo & Hijos", "title": "Owner", "email": "[[EMAIL_ADDRESS:gabriel@ocampoehijos.com.ar]]", "linkedin": null}
{"lead_id": "L-5540", "name": "[[PERSON:Freya Lindholm]]", "company": "Nordvik AS", "title": "Head of Procurement", "email": "[[EMAIL_ADDRESS:freya.lindholm@nordvik.no]]", "linkedin": "[[URL:linkedin.com/in/freya-lindholm-4418]]"}""",
    """team: platform
members:
  - name: [[PERSON:Oluwaseyi Adebanjo]]
    role: lead
    email: [[EMAIL_ADDRESS:seyi.adebanjo@fastmail.com]]
    phone: "[[PHONE_NUMBER:+44 7700 900 118]]"
  - name: [[PERSON:Katarzyna Zielińska]]
    role: sre
    email: [[EMAIL_ADDRESS:kasia.zielinska@fastmail.com]]
    phone: "[[PHONE_NUMBER:+48 698 204 117]]"
  - name: [[PERSON:Liam O'Rourke]]
    role: sre
    email: [[EMAIL_ADDRESS:liam.orourke@fastmail.com]]
""",
    """expedition: Svalbard traverse, April
emergency_contacts:
  [[PERSON:Helga Sørensen]]:
    relation: spouse of [[PERSON:Jens Sørensen]]
    phone: "[[PHONE_NUMBER:+45 22 81 47 09]]"
  [[PERSON:Ahmad Karimi]]:
    relation: brother of [[PERSON:Parisa Karimi]]
    phone: "[[PHONE_NUMBER:+98 912 418 2270]]"
  [[PERSON:Ruth Ellingsen]]:
    relation: mother of [[PERSON:Kari Ellingsen]]
    phone: "[[PHONE_NUMBER:+47 905 12 334]]"
""",
    """property: Rowan Court
tenants:
  - flat: "1"
    name: [[PERSON:Ifeanyi Okeke]]
    since: [[DATE_TIME:2019-04-01]]
    deposit_scheme_ref: DPS-4418200
  - flat: "2"
    name: [[PERSON:Mrs. Evelyn Baptiste]]
    since: [[DATE_TIME:2008-11-15]]
    deposit_scheme_ref: null
  - flat: "3"
    name: [[PERSON:Kacper Nowicki]]
    since: [[DATE_TIME:2024-08-20]]
    deposit_scheme_ref: DPS-5002187""",
    """ward: 7B
patients:
  - bed: 1
    name: [[PERSON:Arthur Bell]]
    age: [[AGE:88]]
    mrn: "[[ID_NUMBER:M0418822]]"
    admitted: [[DATE_TIME:2025-03-01]]
  - bed: 2
    name: [[PERSON:Parveen Begum]]
    age: [[AGE:71]]
    mrn: "[[ID_NUMBER:M0419150]]"
    admitted: [[DATE_TIME:2025-03-03]]
  - bed: 4
    name: [[PERSON:Dolores Fitzsimmons]]
    age: [[AGE:93]]
    mrn: "[[ID_NUMBER:M0401176]]"
    admitted: [[DATE_TIME:2025-02-26]]""",
    """Employee: [[PERSON:Rashida Mwakilema]]
Staff no.: [[ID_NUMBER:TZ-0418]]
Department: Field Operations
Job title: Senior Agronomist
Start date: [[DATE_TIME:15 January 2021]]
Mobile: [[PHONE_NUMBER:+255 754 418 221]]
Home: [[ADDRESS:Plot 44, Njiro Road]], [[LOCATION:Arusha]]

Employee: [[PERSON:Emmanuel Massawe]]
Staff no.: [[ID_NUMBER:TZ-0431]]
Department: Finance
Job title: Accountant
Start date: [[DATE_TIME:1 March 2023]]
Mobile: [[PHONE_NUMBER:+255 713 902 557]]
Home: [[LOCATION:Moshi]]""",
    """Route 4 (Tue)
  Driver ......... [[PERSON:Kevin Grady]]
  Licence ........ [[ID_NUMBER:GRADY703125K99QP]]
  Mobile ......... [[PHONE_NUMBER:07700 900 447]]
Route 7 (Thu)
  Driver ......... [[PERSON:Nasra Ali]]
  Licence ........ [[ID_NUMBER:ALI99852214N99TW]]
  Mobile ......... [[PHONE_NUMBER:07700 900 862]]""",
    """Student: [[PERSON:Ethan Kowalczyk]]
  ID: [[ID_NUMBER:20418833]]
  Email: [[EMAIL_ADDRESS:ekowalczyk@student.uwa.edu.au]]
  Programme: BSc (Marine Science), year 2
Student: [[PERSON:Mei Ling Tan]]
  ID: [[ID_NUMBER:20420176]]
  Email: [[EMAIL_ADDRESS:mtan42@student.uwa.edu.au]]
  Programme: BEng (Civil), year 3
Student: [[PERSON:Joshua Yarran]]
  ID: [[ID_NUMBER:20399201]]
  Email: [[EMAIL_ADDRESS:jyarran@student.uwa.edu.au]]
  Programme: BA (Aboriginal Studies), year 1""",
    """Crew member: [[PERSON:Rolando Magbanua]] | Rank: AB | Next of kin: [[PERSON:Lorna Magbanua]] (wife) | Tel: [[PHONE_NUMBER:+63 918 402 7731]]
Crew member: [[PERSON:Ivan Petrenko]] | Rank: 2/O | Next of kin: [[PERSON:Olena Petrenko]] (mother) | Tel: [[PHONE_NUMBER:+380 67 418 2290]]
Crew member: [[PERSON:Thor Jakobsen]] | Rank: Bosun | Next of kin: [[PERSON:Guðrun Jakobsen]] (sister) | Tel: [[PHONE_NUMBER:+298 28 14 06]]""",
    """name,phone,address,country
[[PERSON:Ngozi Adichie-Bello]],[[PHONE_NUMBER:+1 (202) 318-4420]],"[[ADDRESS:1401 Fairmont St NW, Apt 6]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20009]]",[[LOCATION:United States]]
[[PERSON:Rahul Dravid Menon]],[[PHONE_NUMBER:+91-80-4118-2276]],"[[ADDRESS:No. 12, 4th Cross, Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]",[[LOCATION:India]]
[[PERSON:Siân Pryce]],[[PHONE_NUMBER:+44 29 2041 8830]],"[[ADDRESS:7 Cathedral Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF11 9HA]]",[[LOCATION:UK]]""",
    """EMP#  NAME                      ID NUMBER      NET PAY ISK   ACCOUNT
0112  [[PERSON:Sigríður Á. Jónsdóttir]]    [[ID_NUMBER:280379-3449]]    412,880       [[ID_NUMBER:0159-26-004471]]
0127  [[PERSON:Dariusz Kowal]]             [[ID_NUMBER:041190-3379]]    388,104       [[ID_NUMBER:0133-26-018820]]
0131  [[PERSON:Ewa Kowal]]                 [[ID_NUMBER:220892-2719]]    351,660       [[ID_NUMBER:0133-26-018821]]
TOTAL                                                1,152,644""",
    """HOME CARE VISITS - WEEK 11 - ZONE NORTH
TIME   CLIENT                 ADDRESS                        CARER
07:30  [[PERSON:Mrs A. Kaur]]            [[ADDRESS:16 Oakfield Road]]               [[PERSON:Lynn]]
08:15  [[PERSON:Mr D. Whelan]]           [[ADDRESS:Flat 2, 90 Station Street]]      [[PERSON:Lynn]]
09:00  [[PERSON:Mrs M. Okwuosa]]         [[ADDRESS:3 Tennyson Close]]               [[PERSON:Precious]]
12:30  [[PERSON:Mrs A. Kaur]]            [[ADDRESS:16 Oakfield Road]]               [[PERSON:Precious]]""",
    """{"delivery_id": 5104, "owner": "[[PERSON:Tuomas Aikio]]", "hetu": "[[ID_NUMBER:021192-337S]]", "cooperative": "Paistunturi", "calves": 38, "adults": 6}
{"delivery_id": 5105, "owner": "[[PERSON:Anne-Maria Valle]]", "hetu": "[[ID_NUMBER:170389-4628]]", "cooperative": "Paistunturi", "calves": 21, "adults": 2}
{"delivery_id": 5109, "owner": "[[PERSON:Elli Näkkäläjärvi]]", "hetu": "[[ID_NUMBER:090466-2183]]", "cooperative": "Kaldoaivi", "calves": 54, "adults": 11}""",
    """{"file": "OW-22817", "applicant": "[[PERSON:Shawnee Littlechild]]", "dob": "[[DATE_TIME:1989-10-02]]", "sin": "[[ID_NUMBER:268 375 060]]", "reserve_or_town": "[[LOCATION:Maskwacis]]", "dependants": 3, "worker": "[[PERSON:P. Kowalchuk]]"}
{"file": "OW-22829", "applicant": "[[PERSON:Brent Okimaw]]", "dob": "[[DATE_TIME:1971-04-18]]", "sin": null, "reserve_or_town": "[[LOCATION:Wetaskiwin]]", "dependants": 0, "worker": "[[PERSON:P. Kowalchuk]]"}""",
    """vessel: F/V Northern Reliance
crew:
  - name: [[PERSON:Cody Halvorsen]]
    position: engineer
    cdl_or_mmc: "[[ID_NUMBER:MMC 000418827]]"
    stcw_expires: 2026-08-31
    home: [[LOCATION:Petersburg]], [[LOCATION:AK]]
  - name: [[PERSON:Rosalind Abalos]]
    position: processor
    cdl_or_mmc: null
    stcw_expires: null
    home: [[LOCATION:Seattle]], [[LOCATION:WA]]
  - name: [[PERSON:Eli Kookesh]]
    position: deckhand
    cdl_or_mmc: "[[ID_NUMBER:MMC 000502217]]"
    stcw_expires: 2025-12-15
    home: [[LOCATION:Angoon]], [[LOCATION:AK]]""",
    """Member: [[PERSON:Per-Olov Blind]]   Personnummer: [[ID_NUMBER:810603-4179]]   Reindeer mark: [[ID_NUMBER:R-1102]]   Phone: [[PHONE_NUMBER:070-441 82 06]]
Member: [[PERSON:Ellen Marja Kuoljok]]   Personnummer: [[ID_NUMBER:551109-9821]]   Reindeer mark: [[ID_NUMBER:R-0887]]   Phone: [[PHONE_NUMBER:0971-210 44]]
Member: [[PERSON:Jon-Erik Kuoljok]]   Personnummer: -   Reindeer mark: pending   Phone: [[PHONE_NUMBER:073-902 11 58]]""",
    """client\tage\tneeds\tvisits/wk\tnext_of_kin\tnok_phone
[[PERSON:Florence Adeyemi-Cole]]\t[[AGE:84]]\tmeds, meals\t14\t[[PERSON:Tunde Cole]]\t[[PHONE_NUMBER:07700 900 551]]
[[PERSON:Stanisław Kubiak]]\t[[AGE:79]]\tpersonal care\t7\t[[PERSON:Agata Kubiak]]\t[[PHONE_NUMBER:07700 900 962]]
[[PERSON:Irene Mountford]]\t[[AGE:91]]\tmeals\t7\tnone recorded\t""",
]

CHAT = [
    """[[PERSON:Marjun]]: Hey [[PERSON:Tróndur]], nær koma tit inn?
[[PERSON:Tróndur]]: Vit landa í [[LOCATION:Klaksvík]] [[DATE_TIME:hósdagin 13. mars um kl. 6]]
[[PERSON:Marjun]]: Gott. Mamma spurdi, um tú kundi ringt til [[PERSON:Sunnevu]] á [[PHONE_NUMBER:59 22 14]], hon fylti [[AGE:40]] í gjár
[[PERSON:Tróndur]]: Geri tað. Sig henni, at [[PERSON:Jógvan]] eisini sendir heilsan""",
    """[14:02] Agent ([[PERSON:Bianca]]): Thanks for contacting Harbour Credit Union, who am I speaking with?
[14:02] Customer: [[PERSON:Lorenzo Bellini]]
[14:03] Agent ([[PERSON:Bianca]]): Hi [[PERSON:Lorenzo]]! For security, can you confirm your date of birth and the postcode on the account?
[14:03] Customer: [[DATE_TIME:9 June 1987]], [[ZIP_CODE:3056]]
[14:04] Customer: my card got swallowed by the ATM on Sydney Rd, it's [[CREDIT_CARD:4571 1185 2264 5929]]
[14:05] Agent ([[PERSON:Bianca]]): Got it, I've blocked it. A new card will go to [[ADDRESS:22 Albion Street]], [[LOCATION:Brunswick]]. Is [[PHONE_NUMBER:0413 772 019]] still the best number?
[14:05] Customer: yes""",
    """#plant-ops
[[PERSON:Halla Dímun]] 06:41: night shift filleted 38 t, line 2 down 40 min
[[PERSON:Kristjan Oddsson]] 06:44: thanks. [[PERSON:Marek]] is off sick today, can someone cover packing?
[[PERSON:Marek Zając]] 06:50: sorry all, doctor's note to follow, appointment at 11:20
[[PERSON:Halla Dímun]] 06:52: @[[USERNAME:anita.s]] can you take packing? [[PERSON:Anita]] pls confirm
[[PERSON:Anita Sørensen]] 06:58: yes, I'll come in for 8""",
    """Family Group
[[PERSON:Ravi]] Chachu: Amma's cataract surgery is on [[DATE_TIME:Friday the 21st at 8:30]], Sankara Nethralaya, [[LOCATION:Chennai]]
[[PERSON:Meera]]: I'll take her. Send me her Aadhaar copy na, they asked for it
[[PERSON:Ravi]] Chachu: [[ID_NUMBER:4262 3876 8016]] - name is [[PERSON:Kamala Subramanian]], she's [[AGE:72]]
[[PERSON:Meera]]: ok and the hospital wants an alternate number
[[PERSON:Arun]]: give mine, [[PHONE_NUMBER:+91 94440 18273]]""",
    """Chat transcript, case 20250307-1184
Bot: Hi! To get started, what's the phone number on your account?
Visitor: [[PHONE_NUMBER:(210) 418-0937]]
Bot: Thanks. And the account holder's name?
Visitor: [[PERSON:Ximena Castillo-Ortega]]
Agent [[PERSON:Darnell]] joined the chat
Agent [[PERSON:Darnell]]: Hi [[PERSON:Ximena]], I can see the line. I need the last 4 of the SSN to make changes.
Visitor: 7719
Agent [[PERSON:Darnell]]: Thank you. I've moved your billing date and emailed the confirmation to [[EMAIL_ADDRESS:xcastillo.ortega@gmail.com]].""",
    """[[PERSON:Tone]] (saksbehandler): Has anyone heard from [[PERSON:Linda Mikkelsen]]? Her benefit was stopped on [[DATE_TIME:1 March]] because the address check failed
[[PERSON:Ibrahim]]: She called me yesterday. She moved to [[ADDRESS:Fjellveien 12]], [[ZIP_CODE:9990]] [[LOCATION:Båtsfjord]] for the fish plant job, started there [[DATE_TIME:17 February]]
[[PERSON:Tone]] (saksbehandler): OK, can you update Folkeregister then? fnr [[ID_NUMBER:220191-1268]]?
[[PERSON:Ibrahim]]: That's a Danish CPR, she's from [[LOCATION:Aalborg]]. She has a D-number too, I'll find it
[[PERSON:Tone]] (saksbehandler): thx, her phone is [[PHONE_NUMBER:+45 28 14 90 63]] if you need it""",
    """Boazu gruppa
[[PERSON:Niillas]]: GPS says 30 animals crossed the road by [[LOCATION:Šuoššjávri]] last night
[[PERSON:Ánte]]: those are mine and [[PERSON:Elle Sofe]]'s. I'm driving up now
[[PERSON:Elle Sofe Sara]]: I can't before [[DATE_TIME:Wednesday 6 November]], my son has surgery in [[LOCATION:Tromsø]]
[[PERSON:Niillas]]: no worries. [[PERSON:Ánte]], call the road office if any are hit, the fella there is [[PERSON:Geir]], [[PHONE_NUMBER:977 41 226]]""",
    """Marketplace messages - listing: kids' bike, 20"
[[PERSON:Jade Okoro]]: Hi, is this still available?
[[PERSON:Callum Ferris]]: Yes! Collection from [[ADDRESS:9 Hazel Grove]], [[LOCATION:Stockport]] [[ZIP_CODE:SK7 4JH]]
[[PERSON:Jade Okoro]]: Great, could I come [[DATE_TIME:Saturday 15th around 10]]?
[[PERSON:Callum Ferris]]: Perfect. Text me on [[PHONE_NUMBER:07821 440 396]] when you're outside, the doorbell's broken
[[PERSON:Jade Okoro]]: Will do, thanks [[PERSON:Callum]]""",
]

LOOKALIKE = [
    """Your parcel is on its way! Order #NX-4471-20931 was handed to the carrier on 3 March and tracking number 1Z 999 AA1 0123 4567 84 now shows it at the hub in [[LOCATION:Duisburg]]. Items: SKU HX-220-BLK x2, SKU HX-220-GRY x1. Invoice INV/2025/00418 and return label RMA-77120 are attached. Questions? Call 0800 048 2217 (Mon-Fri 8:00-18:00) or write to orders@nordex-home.co.uk. Delivering to: [[PERSON:Fiona Galbraith]].""",
    """Release notes, build 2025.03.1180
- Bumped the agent to 10.4.2.117 (was 10.4.1.96); firmware for the edge units is now 3.22.0.4.
- Fixed the Bessel filter coefficients and the Fourier window in the spectrum view.
- New default NTP pool: time.cloudflare.com; docs moved to /docs/v2.
- Checksums: sha256 9f2c1e7a44b0d83e5a61f9c07be2d4418e0c3a9b1d7f6e2058a4c3b9d1e7f062, md5 4d1f8e0a92b7c63e15fa0d8b7c2e4419.
- Known issue #4471: devices with serial numbers from SN-2204-00001 to SN-2204-00950 report uptime in Julian days.
- Package UUID 6f1c2a9e-44b0-4d8e-9a61-7be2d4418e0c, ISBN of the printed manual 978-0-19-815289-7.""",
    """Bookingbekræftelse BK-2025-018832
Container ARKU 441802-7 (20' reefer, -18 °C) med 22.400 kg rejer er booket fra [[LOCATION:Sisimiut]] til [[LOCATION:Aalborg]] med afgang uge 14. Afsender: Qeqqata Seafood ApS, CVR 41 18 22 07, Hans Egedes Vej. EAN-numre på pallerne: 5708410220319 og 5708410220487. Toldreference MRN 25DK4418020019437A. Spørgsmål rettes til booking@arktiskfragt.gl eller tlf. 70 44 18 20. Kontaktperson ved afsender: [[PERSON:Ole Kristian Berthelsen]], mobil [[PHONE_NUMBER:+299 55 18 42]].""",
    """Lab 2.14 equipment inventory
- Bunsen burners (6), Erlenmeyer flasks 250 ml (40), Petri dishes (1 case), Kjeldahl digestion unit KD-20 serial 88-220417.
- Centrifuge Eppendorf 5424R, asset tag UOL-004471, calibration cert CAL-2024-1187, next due 2025-09.
- Network analyser NA-7, firmware 10.2.44.180, MAC on the sticker 00:1B:44:11:3A:B7.
- Room phone 0113 343 2210 (front desk), safety officer mailbox labsafety@leeds-chem.ac.uk.
Stocktake done by [[PERSON:Priya Ramaswamy]]; questions to her at [[EMAIL_ADDRESS:priya.ramaswamy84@gmail.com]] while she is on leave.""",
    """LOT TRACEABILITY SHEET
Lot: 24-0917-COD-03   Product: cod loins, skin off, IQF, 4 x 5 kg
Vessel: Hav Viking (reg. M-114-HØ), catch area FAO 27.I.b, gear OTB
Landed: 17.09.2024, raw material receipt RM-118204, HACCP check CCP-2 ok
Barcode: 7310123456718   Pallet SSCC 3 7310123 000041802 7
Buyer PO: PO-44718, order confirmation OC-2024-09-0118
Plant approval no. N-2284 EU, quality hotline 77 60 11 00
Skipper on the trip: [[PERSON:Rune Isaksen]]""",
    """INVOICE 2025-0418
Bill to: Kowhai Outdoor Supplies Ltd, Kingsford Smith Drive, [[LOCATION:Brisbane]]
Attn: [[PERSON:Tamsin Greaves]] ([[EMAIL_ADDRESS:tamsin.greaves@gmail.com]])
Your PO: 55120-B   Our ref: Q-7718   ABN 51 824 753 556
2 x Lewis & Clark 3P tent, SKU LC-3P-OLV      AUD 598.00
6 x Darwin trekking pole, SKU DTP-120        AUD 270.00
Payment terms 30 days; pay by BPAY biller code 22047, ref 4418 2021 7. Enquiries: accounts@trailsupply.com.au, 1300 448 201.""",
    """Status page - incident INC-20250311-07 (resolved)
11 Mar 2025 02:14 UTC: elevated error rates on the EU-West API cluster (nodes api-eu-w-3 and api-eu-w-7, build 4.18.2.20).
02:31 UTC: traffic drained to the Ada Lovelace data hall; error rate back under 0.1%.
03:05 UTC: root cause identified as a Dijkstra routing table regression in the load balancer config (commit 4e7a1c9).
Customers on the Newton and Faraday plans saw up to 9 minutes of 502 responses. Credits will be applied automatically under SLA clause 7.2. Support: +44 20 3318 4470, status@cloudhaven.io.
Incident commander: [[PERSON:Nkechi Obi-Walsh]]""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind138", STYLES, OUT)


if __name__ == "__main__":
    main()

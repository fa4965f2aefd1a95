"""Build tests/data/blind134.jsonl: a *blind*, hand-written labeled PII set (table-heavy).

    .venv/bin/python tests/data/make_blind134.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of any other gold set
(every *.jsonl set and the record lists inside the other make_*.py scripts);
no git command was run and no git history looked at. Only these were read,
to keep the conventions and the file format: lines 1-121 of make_blind22.py
(its docstring with the labeling conventions and style descriptions, and its
import lines), the tail of make_blind22.py from `STYLES = {` to the end
(the scaffolding copied below), gold_sets.py (whole), and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`). The detector, the bench and the tests were never run on this
file. Do not tune the detector against it: once it has been used to tune,
it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with their country's length; the national check digits inside
the Norwegian, Belgian, French and Spanish IBANs are right too. National
ids with a public check digit were given a valid one: Chinese resident ids
(ISO 7064 MOD 11-2, agreeing with the birth date and sex where they show),
Aadhaar (Verhoeff), NHS numbers, Canadian SINs (first digit agreeing with
the province), Australian TFNs and Medicare numbers, Spanish DNI, Swiss AHV
numbers (EAN-13), South African ids (Luhn, agreeing with sex and birth
date), Irish PPSNs, Singapore NRIC, Dutch BSN and Norwegian national ids,
and the ISBN-13 look-alikes. All were worked out with throwaway code while
writing, not generated here. Bhutanese CIDs, Tibetan RC / IC / Green Book
numbers, Nepali citizenship certificate numbers, PAN, US SSNs, passports,
licences, plates, bank account numbers and staff, student, member and
patient numbers have no public check and were not checked.

Styles (ids `blind134-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Canada, Australia, New Zealand, Ireland, India,
Nepal, Bhutan, Tibet, the Tibetan exile settlements in India, Switzerland,
South Africa, Nigeria, Kenya, Singapore and the Philippines, with names from
the many cultures living there); about one in ten is in Tibetan or Dzongkha,
in Tibetan script (some with Tibetan numerals) or romanized (phonetic
spellings and Wylie). Extra weight, about a third of `gen` and `bench`,
goes to monasteries and schools, trekking and mountaineering permits, and
hydropower plants:
- `gen` (80): one to four LLM-style sentences with personal data woven into
  prose, names at the start, middle and end, lowercase and possessive, ages,
  dates (Gregorian, Bikram Sambat, Tibetan-numeral), addresses, phones and
  ids in many shapes.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd dense sentences with names, job titles, streets, secondary
  addresses, IPs, MACs, user agents, card / CVV / expiry, IBAN / BIC),
  gretel-pii-masking-en-v1 (claims, contracts, medical and loan forms,
  notices, incident reports) and Nemotron-PII (JSON, log lines, SQL, XML,
  YAML / config, code, tickets and forms).
- `table` (60): one small table per record (CSV, TSV, pipes / Markdown,
  fixed-width, JSON lines, YAML, key: value blocks), varied column names,
  non-PII columns, header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, with the
  speakers' names and the personal data they trade.
- `lookalike` (7): text full of non-PII that looks like PII (order,
  tracking, invoice and permit references, SKUs, ISBNs, IP-shaped versions,
  hashes, serials, company phones, role mailboxes, eponyms, streets named
  after people without a number), the few real PII values labeled; one has
  no PII at all.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province and
  country are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, move, start of a
  job, hearing, signature, entry ...) with a day or month, in any shape, a
  time or weekday said with such a date inside the span; not a time or
  weekday alone, bare years, durations, or dates not tied to a person
  (invoice, sale, release dates, expiries).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BIC, IFSC and routing numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / booking / tracking references, company
  phones and role mailboxes, versions, hashes, serials, API keys, partial
  numbers ("ending 4417"), pets, eponyms and brands named after people, a
  header row.

Calls made while writing this set, in the same spirit:
- Tibetan script: a span ends before the tsheg (་) or shad (།) that follows
  its last syllable; Tibetan numerals are labeled like Arabic ones; in a
  Tibetan date the leading "ཕྱི་ལོ་" ("western year") stays outside. The
  honorific "-la" / "ལགས" after a name stays outside the PERSON span.
- TITLE also covers Dasho, Lyonpo, Aum, Ap, Lopen, Lama (said as a title,
  not as the Tamang / Sherpa surname, which is PERSON), Geshe, Khenpo, Ani
  (a nun), Amchi, Rinpoche (after the name), Venerable, Chief, Pastor,
  Col., Mme, Mdm, Frau, Shri and Sr. (a nun); in a manifest "MR", "MS" and
  "MISS" after the name are TITLE.
- Dzongkhags, gewogs, Nepali districts, villages and wards' towns, Tibetan
  counties and prefectures, exile settlements and neighbourhoods are
  LOCATION; a Nepali ward number ("Ward No. 5") and a settlement camp number
  ("Camp No. 3") are ADDRESS. Monasteries, dzongs, schools, power plants,
  peaks, treks, national parks, airports and base camps are not LOCATION.
- Bhutanese CIDs, Tibetan RC, IC and Green Book numbers, Nepali citizenship
  certificate numbers, Chinese resident ids, employee / EID / contractor
  numbers, monk and student roll numbers and guide licences are ID_NUMBER;
  trekking, route, restricted-area, expedition and work permit numbers,
  thram (land record) and plot numbers are references and unlabeled.
- Bikram Sambat and Tibetan-calendar dates are DATE_TIME like Gregorian
  ones. A log timestamp of a person's action (login, export, badge swipe)
  is DATE_TIME, a system timestamp is not. Chat messages carry a clock
  time only, which stays unlabeled. The validity dates of a person's
  permit or pass (when they may travel or work) and a person's deadline
  ("collect it before 11 March") are DATE_TIME; card, policy and insurance
  expiries and bill due dates are not. A day alone ("on the 14th") said of
  a person's trip or talk is DATE_TIME, "the" outside.
- In a table a "sex", "gender", "role", "dept", "post" or "status" column
  stays unlabeled, an "age" column is AGE, a "country", "dzongkhag" or
  "district" column is LOCATION and a "nationality" or "religion" column is
  NRP; header rows are never labeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind134.jsonl")

GEN = [
    """Our agency in [[LOCATION:Thamel]] lodged the Manaslu restricted-area permit for [[PERSON:Ingrid Solberg]] on [[DATE_TIME:14 October 2024]]; her passport number is [[ID_NUMBER:FK2290147]] and she turns [[AGE:61]] on the trail, so her guide, [[PERSON:Mingma Tenzing Sherpa]], will carry the Diamox.""",
    """[[TITLE:Geshe]] [[PERSON:Lobsang]]'s office at Sera Jey asked that the sponsorship letter for the young monk [[PERSON:Tenzin Wangchuk]] (born [[DATE_TIME:3 February 2013]], monk roll no. [[ID_NUMBER:SJ-0048813]]) be sent to his sponsor in [[LOCATION:Zürich]], [[PERSON:Regula Hänni]], at [[EMAIL_ADDRESS:r.haenni@bluewin.ch]].""",
    """Shift engineer [[PERSON:Sonam Dendup]] (EID [[ID_NUMBER:DGPC-30418]]) signed the isolation permit at Tala powerhouse at 02:40 and handed over to [[PERSON:Ugyen Lhamo]]; if the penstock alarm comes back, call [[PERSON:Sonam]] on [[PHONE_NUMBER:17 61 04 28]].""",
    """I'm writing on behalf of my mother, [[PERSON:Margaret O'Rourke]], who is [[AGE:84]] and can no longer manage her online banking. Her account ending 2290 should now send paper statements to me at [[ADDRESS:27 Harehills Lane]], [[LOCATION:Leeds]] [[ZIP_CODE:LS8 4HW]].""",
    """Pharmacy note: refill for [[PERSON:DeShawn Whitaker]], DOB [[DATE_TIME:07/22/1979]], picked up by his sister [[PERSON:Keisha]] on [[DATE_TIME:Saturday, Aug 3 at 11:15 am]]; callback number [[PHONE_NUMBER:313-862-4471]].""",
    """My brother [[PERSON:Paolo Dimaculangan]] keeps logging into my account, [[USERNAME:kuyapao_ph]], from his own phone; the last login shows [[IP_ADDRESS:112.198.74.31]] in [[LOCATION:Batangas City]] on [[DATE_TIME:May 9, 2024 at 22:41]]. Can you reset it and send the link to [[EMAIL_ADDRESS:gina.dimaculangan@yahoo.com.ph]]?""",
    """The Department of Tourism issued the Everest spring permit for the team of [[PERSON:Kenji Morimoto]], [[AGE:47]], and his climbing partner [[PERSON:Aleksandra Wójcik]]. Their liaison officer, [[PERSON:Rajendra Prasad Adhikari]], can be reached at [[PHONE_NUMBER:+977 985-1047226]] until they fly to [[LOCATION:Lukla]] on [[DATE_TIME:April 2]].""",
    """Dear parents, [[PERSON:Kinley Wangmo]] of Class VIII B will represent Motithang Higher Secondary School at the dzongkhag quiz in [[LOCATION:Punakha]] on [[DATE_TIME:Friday, 19 July]]. Please send her consent slip with [[TITLE:Lopen]] [[PERSON:Tshering]] by Wednesday. [[PERSON:Kinley]]'s student code is [[ID_NUMBER:MHSS/2019/0412]].""",
    """G'day, this is [[PERSON:Bronwyn Tait]]. My car was rear-ended on the [[DATE_TIME:4th of March]] outside [[ADDRESS:112 Sydney Road]], [[LOCATION:Brunswick]] [[LOCATION:VIC]] [[ZIP_CODE:3056]]. The other driver, [[PERSON:Mr. Hamid Rezaei]], gave me his licence number, [[ID_NUMBER:048 217 963]], and his rego, [[ID_NUMBER:1XR 4KT]].""",
    """ངའི་མིང་ལ་[[PERSON:བསྟན་འཛིན་ཆོས་སྒྲོན]]་ཟེར། ངའི་ལོ་ན་ [[AGE:༢༣]] ཡིན། ངའི་ཁ་པར་ཨང་གྲངས་ནི་ [[PHONE_NUMBER:+91 98160 47213]] ཡིན། ང་[[LOCATION:རྡ་རམ་ས་ལ]]་ལ་སྡོད་ཀྱི་ཡོད།""",
    """ང་གི་མིང་ [[PERSON:ཀར་མ་ཚེ་རིང]]་ ཨིན། ང་ [[LOCATION:བུམ་ཐང]]་ རྫོང་ཁག་ལས་ཨིན། ང་གི་ཁ་པར་ [[PHONE_NUMBER:17623451]] དང་ ངོ་སྤྲོད་ལག་ཁྱེར་ཨང་ [[ID_NUMBER:11308002417]] ཨིན།""",
    """Nge ming la [[PERSON:Dawa Drolma]] zer. Nga [[LOCATION:Lhasa]] ne yin, da [[LOCATION:Chengdu]] la lobdra drö ki yö. Nge phone nambar [[PHONE_NUMBER:139 8900 2741]] re, email [[EMAIL_ADDRESS:dawadrolma87@163.com]] re.""",
    """Kuzuzangpo la! Nga gi ming [[PERSON:Pema Yangzom]] ing, [[LOCATION:Trashigang]] lä ing. Nga gi khapar [[PHONE_NUMBER:77 41 08 26]] ing, CID [[ID_NUMBER:10605001877]] ing.""",
    """Land compensation for the Punatsangchhu-II access road: [[TITLE:Ap]] [[PERSON:Dorji Wangdi]] of [[LOCATION:Kazhi]] gewog, [[LOCATION:Wangdue Phodrang]], thram no. 412, will receive Nu. 386,400 into his BNB account [[ID_NUMBER:200431187]] once his CID, [[ID_NUMBER:11202003689]], is verified.""",
    """At Upper Tamakoshi the night log lists operator [[PERSON:Bishnu Thapa Magar]] ([[AGE:38]]) as hurt on [[DATE_TIME:12 Poush 2080]] when a draft-tube door swung shut. He was taken to [[LOCATION:Charikot]], and his wife, [[PERSON:Sita]], can be reached on [[PHONE_NUMBER:9844 021 763]].""",
    """Donations for the butter-lamp fund at Tengboche Monastery go through [[PERSON:Lhakpa Gyaltsen]], who keeps the accounts; he asks foreign donors to email him at [[EMAIL_ADDRESS:lhakpa.gyaltsen@gmail.com]] rather than the old office address, and the receipt will be signed by [[TITLE:Lama]] [[PERSON:Ngawang Tenzin]].""",
    """My Jio number [[PHONE_NUMBER:70189 23356]] was ported without my consent. I'm [[PERSON:Dolma Tsering]], I live at [[ADDRESS:House No. 14, Jogiwara Road]], [[LOCATION:McLeod Ganj]], [[LOCATION:Himachal Pradesh]] [[ZIP_CODE:176219]], and my RC is [[ID_NUMBER:HP/KGR/4418/2016]].""",
    """Please update payroll: [[PERSON:Thupten Norbu]] moved from our [[LOCATION:Parkdale]] store to the [[LOCATION:Etobicoke]] warehouse effective [[DATE_TIME:June 17, 2024]]. His SIN is [[ID_NUMBER:529 831 042]] and his new address is [[ADDRESS:58 Jameson Ave, Apt 1203]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M6K 2X6]].""",
    """The tenancy of the two-bedroom flat at [[ADDRESS:Flat 3, 17 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] goes to [[PERSON:Chidinma Okafor]] from [[DATE_TIME:1 September 2024]]; her guarantor, [[TITLE:Chief]] [[PERSON:Emeka Okafor]], gave his NIN as [[ID_NUMBER:38472019563]].""",
    """Reminder from Kāpiti Vets: [[PERSON:Aroha]]'s cat Miro is due for his booster on [[DATE_TIME:Tuesday 8 October at 4.20pm]]. If that doesn't suit, text us back from [[PHONE_NUMBER:021 448 3107]] and we'll find another slot, [[PERSON:Aroha Ngata]].""",
    """note for file: [[PERSON:luis alberto ferreira]] came in to the [[LOCATION:Newark]] MVC on [[DATE_TIME:jan 12 around 9:40]] to renew. NJ license [[US_DRIVER_LICENSE:F4217 30582 07914]], new address [[ADDRESS:311 ferry st apt 2]], [[LOCATION:newark]] [[ZIP_CODE:07105]].""",
    """Guest [[TITLE:Mdm]] [[PERSON:Tan Siew Ling]] (NRIC [[ID_NUMBER:S8814372H]]) checks in on [[DATE_TIME:22/11/2024]] with her daughter [[PERSON:Chloe Lim]], [[AGE:4]]; please put a cot in room 1412 and call her on [[PHONE_NUMBER:9187 3320]] when the room is ready.""",
    """[[PERSON:Wanjiru Kamau]], [[AGE:29]], was seen at the antenatal clinic in [[LOCATION:Nakuru]] on [[DATE_TIME:3rd July 2024]]. Her next visit is [[DATE_TIME:31st July]] and reminders will go by SMS to [[PHONE_NUMBER:0722 418 906]]; NHIF no. [[ID_NUMBER:R0048217]].""",
    """Route permit for the Snowman trek: [[PERSON:Hannah Becker]] and [[PERSON:Jonas Becker]], both entering at [[LOCATION:Paro]] on [[DATE_TIME:2 October 2024]], guide [[PERSON:Namgay Dorji]] (guide licence [[ID_NUMBER:TCB/G/0877]]). [[PERSON:Hannah]]'s passport is [[ID_NUMBER:C4JX8R2T1]], [[PERSON:Jonas]]'s is still to come.""",
    """Tibetan Children's Village, [[LOCATION:Upper Dharamsala]]: the sponsorship of [[PERSON:Tsering Youdon]] (Class 4, roll no. [[ID_NUMBER:TCV-UD-21187]]) was renewed by [[PERSON:Mrs. Janet Holloway]] of [[LOCATION:Bath]] on [[DATE_TIME:15/01/2024]], and the yearly gift of £300 is taken from her card [[CREDIT_CARD:4539 1488 0343 6715]].""",
    """Hi, it's [[PERSON:Siobhán Ní Bhriain]]. I returned the hiking boots (order 448-219-77) to your [[LOCATION:Galway]] shop on the [[DATE_TIME:9th of May]] and still haven't seen the refund. Call me on [[PHONE_NUMBER:087 204 6618]] or email [[EMAIL_ADDRESS:siobhan.nibhriain@eircom.net]].""",
    """Someone made a fake Instagram page, [[URL:instagram.com/thandi.mokoena.official]], using my photos. I'm [[PERSON:Thandiwe Mokoena]], my real handle is [[USERNAME:thandi_mokoena]], and my ID number is [[ID_NUMBER:9203150286087]] if you need to verify me.""",
    """The deposition of [[PERSON:Rebecca Lindqvist]] is set for [[DATE_TIME:Thursday, October 10, 2024, at 10:00 a.m.]] at our office. Opposing counsel, [[PERSON:Marcus J. Oyelaran]], asked that she bring her passport ([[US_PASSPORT:A03718842]]) and the phone she used at the time, [[PHONE_NUMBER:(312) 774-0926]].""",
    """[[PERSON:Aarav Mehta]]'s appeal against the resit mark was received on [[DATE_TIME:28 August]]; his student number is [[ID_NUMBER:2031 8845]] and he has asked that replies go to [[EMAIL_ADDRESS:aarav.mehta.1999@outlook.com]], not to his university address.""",
    """Driver note: if [[TITLE:Mme]] [[PERSON:Geneviève Lafleur]] isn't home, leave the box with [[PERSON:Raj]] in [[ADDRESS:unit 4]] — buzz [[PHONE_NUMBER:514-276-0931]] from the lobby of [[ADDRESS:2250 rue Beaubien Est]], [[LOCATION:Montréal]].""",
    """hey this is [[PERSON:marcus]] from the front desk — [[PERSON:jaylen brooks]] froze his membership until [[DATE_TIME:nov 1]] and wants us to stop charging the card ending 0417. his cell is [[PHONE_NUMBER:(704) 318-2259]] if billing has questions""",
    """Contractor pass for the Karcham Wangtoo dam: [[PERSON:Mohan Lal Negi]], [[AGE:44]], of village [[LOCATION:Kalpa]], [[LOCATION:Kinnaur]], Aadhaar [[ID_NUMBER:8310 4572 9616]], valid from [[DATE_TIME:1 May 2024]] to [[DATE_TIME:31 October 2024]].""",
    """[[PERSON:Tashi Dhondup]], a [[AGE:37]]-year-old driver from [[LOCATION:Lhasa]], asked for a travel permit so he could take his mother, [[PERSON:Yangchen]], to a hospital in [[LOCATION:Chengdu]]; his resident ID is [[ID_NUMBER:540102198703142516]].""",
    """Trekker [[PERSON:Chloé Marchand]] ([[AGE:26]]) was reported overdue at [[LOCATION:Manang]] on [[DATE_TIME:Nov 3]]. Her ACAP permit shows an entry at [[LOCATION:Besisahar]] on [[DATE_TIME:28 October]]; emergency contact [[PERSON:Luc Marchand]], [[PHONE_NUMBER:+33 6 12 48 93 07]].""",
    """Please take my yearly contribution to the Tibetan community association from [[IBAN_CODE:CH87 0483 5198 2746 0010 0]]. I am [[PERSON:Kalsang Yeshi]], [[ADDRESS:Wiesenstrasse 12]], [[ZIP_CODE:8952]] [[LOCATION:Schlieren]], and my AHV number is [[ID_NUMBER:756.4820.1937.53]].""",
    """I met a man calling himself [[TITLE:Col.]] [[PERSON:James Whitford]] on a dating app in [[DATE_TIME:March]], and by May I had sent £4,200 to an account he said belonged to his agent, [[PERSON:Femi Adebayo]]: [[IBAN_CODE:GB34 LOYD 3096 3411 8274 06]]. My name is [[PERSON:Pauline Garside]] and I'm [[AGE:67]].""",
    """[[PERSON:Nguyen Thi Hoa]] wants the family plan split: her son [[PERSON:Minh]] keeps [[PHONE_NUMBER:0412 887 306]] and she moves [[PHONE_NUMBER:0433 190 552]] onto a new prepaid account from [[DATE_TIME:1/8/2024]].""",
    """Hi [[PERSON:Liam]], the ATO letter for [[PERSON:Georgia Papadopoulos]] gives her TFN as [[ID_NUMBER:816 273 047]]; she's in [[LOCATION:Adelaide]] all month and can sign the return at our [[LOCATION:Norwood]] office if you book her in.""",
    """The Zhung Dratshang office confirmed that the novice [[PERSON:Jigme Namgyel]], [[AGE:11]], from [[LOCATION:Lhuentse]] joined the lobdra at Punakha Dzong on [[DATE_TIME:3 March 2024]]; his father, [[PERSON:Sangay Tenzin]], left the number [[PHONE_NUMBER:17 38 92 06]].""",
    """Khumjung School's scholarship list for 2081: [[PERSON:Ang Dawa Sherpa]] (grade 9, born [[DATE_TIME:2067/04/12]] B.S.) and [[PERSON:Phurba Lhamu Sherpa]] (grade 7). Parents should collect the forms from the headmaster, [[PERSON:Tenzing Chhiri]], before Losar.""",
    """Support ticket #88213: user [[USERNAME:crypt0_kai]] ([[PERSON:Kai Nakamura-Reyes]]) says someone logged in from [[IP_ADDRESS:185.220.101.47]] on [[DATE_TIME:2024-06-02 03:14 UTC]] and changed the recovery email to [[EMAIL_ADDRESS:kai.nr.backup@protonmail.com]].""",
    """Passenger [[PERSON:Ms. Rinchen Dolkar]] on the [[LOCATION:Leh]]–[[LOCATION:Delhi]] flight of [[DATE_TIME:14 Sept]] needs wheelchair assistance; she is [[AGE:72]] and travels with her nephew, [[PERSON:Stanzin Jigmet]], mobile [[PHONE_NUMBER:+91 94191 77240]].""",
    """[[PERSON:Mr. Olumide Adeyemi]] (NHS [[ID_NUMBER:943 476 5919]], DOB [[DATE_TIME:02.11.1958]]) went home from ward 7B on [[DATE_TIME:Monday 12 August]]; his daughter [[PERSON:Funmi]] will collect the medication. GP: [[PERSON:Dr. Helen Marsh]], [[LOCATION:Croydon]].""",
    """The Drepung Loseling admissions clerk needs three things for [[PERSON:Ngawang Lhundup]]: his Green Book ([[ID_NUMBER:DL-084415]]), a photocopy of his IC, and the signature of his guardian, [[PERSON:Karma Gelek]], of [[ADDRESS:Camp No. 3]], [[LOCATION:Mundgod]].""",
    """Expedition file, Ama Dablam, autumn: climbing leader [[PERSON:Nima Nuru Sherpa]]; members [[PERSON:Tomasz Kowalczyk]] ([[AGE:39]], [[NRP:Polish]]), [[PERSON:Yuki Sato]] ([[AGE:33]], [[NRP:Japanese]]) and [[PERSON:Derek O'Neill]] ([[AGE:52]], [[NRP:Irish]]).""",
    """Your account is past due. Service address: [[ADDRESS:4417 W Camelback Rd, Unit 22]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85031]]. Account holder: [[PERSON:Guadalupe Estrada]]. To avoid disconnection on [[DATE_TIME:July 15]], call 1-800-253-9405.""",
    """Hi [[PERSON:Ellie]]! Your volunteer placement at the monastery school in [[LOCATION:Pharping]] starts on [[DATE_TIME:Sunday 6 April]]; [[PERSON:Karma Sonam]] will meet you at [[LOCATION:Kathmandu]] airport. His WhatsApp is [[PHONE_NUMBER:+977 9803 114 582]].""",
    """gg to [[USERNAME:xXshadowyakXx]] lol. btw my real name's [[PERSON:jun-ho park]] and im [[AGE:16]], add me on discord as [[USERNAME:junho.park]] not the old one""",
    """[[PERSON:Pa Nhia Vang]] and [[PERSON:Tou Lee]] are getting married on [[DATE_TIME:Saturday, May 17, 2025]] at the community hall at [[ADDRESS:1215 Payne Ave]], [[LOCATION:St. Paul]]. RSVP to [[PERSON:Pa Nhia]]'s cousin, [[PERSON:Mai Xiong]], at [[PHONE_NUMBER:651-447-2038]].""",
    """Sheriff court listing: [[PERSON:Craig McAllister]] ([[AGE:31]]), of [[ADDRESS:6/2 Dalry Road]], [[LOCATION:Edinburgh]], is to appear on [[DATE_TIME:21 November 2024 at 10am]].""",
    """Mangdechhu plant HR: the transfer of electrician [[PERSON:Tandin Wangchuk]] (EID [[ID_NUMBER:MHPA-1187]]) from [[LOCATION:Trongsa]] to the Nikachhu project takes effect on [[DATE_TIME:1st August 2024]], and his family quarters at [[ADDRESS:Block C, Flat 6, Colony 2]] must be vacated by then.""",
    """Grievance no. 77 from the Arun III affected families: [[PERSON:Dil Kumari Rai]], [[AGE:56]], of [[LOCATION:Num]], [[LOCATION:Sankhuwasabha]], says the blasting on [[DATE_TIME:Falgun 14]] cracked the wall of her house; her citizenship certificate number is [[ID_NUMBER:10-01-74-02318]].""",
    """For the Kailash kora we need each traveller's details for the Tibet permit: [[PERSON:Anand Krishnamurthy]], passport [[ID_NUMBER:Z4471820]], DOB [[DATE_TIME:11-12-1966]]; and [[PERSON:Lakshmi Krishnamurthy]], passport [[ID_NUMBER:Z4471936]], DOB [[DATE_TIME:02-06-1969]]. Our guide in [[LOCATION:Darchen]] will be [[PERSON:Lobsang Phuntsok]].""",
    """[[PERSON:Pema Choden Bhutia]] (Class XI, admission no. [[ID_NUMBER:4418/2023]]) was absent from [[DATE_TIME:22 July]] to [[DATE_TIME:26 July]]; her father, [[PERSON:Mr. Karma Bhutia]], rang the class teacher from [[LOCATION:Gangtok]] to explain.""",
    """The course office at Kopan Monastery has [[PERSON:Isabella Rossi]]'s registration for the November course. She arrives on [[DATE_TIME:Nov 8]] and wants a single room; her emergency contact is her partner, [[PERSON:Matteo]], [[PHONE_NUMBER:+39 347 512 0936]].""",
    """Helicopter evacuation from [[LOCATION:Gorak Shep]] on [[DATE_TIME:19 April 2024, 07:50]]: patient [[PERSON:Samuel Adjei]], [[AGE:41]], suspected HAPE, born [[DATE_TIME:30/09/1982]]; insurer reference WTX-220918-4 not yet confirmed. Contact at base camp: [[PERSON:Pasang Nuru]].""",
    """IMF permit application for Stok Kangri: leader [[PERSON:Rohan Deshpande]], [[AGE:29]], of [[ADDRESS:B-704, Sai Krupa Heights, Lokhandwala]], [[LOCATION:Andheri West]], [[LOCATION:Mumbai]] [[ZIP_CODE:400053]]; PAN [[ID_NUMBER:BQRPD4418K]].""",
    """Minutes of the Dagachhu community meeting: [[TITLE:Aum]] [[PERSON:Dechen Pelden]] of [[LOCATION:Tashiding]] gewog asked when her son, [[PERSON:Kencho]], will start his apprenticeship at the plant, and the plant manager, [[TITLE:Dasho]] [[PERSON:Phub Tshering]], promised her an answer by [[DATE_TIME:15 September]].""",
    """གྲྭ་པ་[[PERSON:བློ་བཟང་དོན་གྲུབ]]་ལོ་ན་ [[AGE:༡༩]] ཡིན། ཁོང་ཕྱི་ལོ་ [[DATE_TIME:༢༠༢༤ ཟླ་ ༦ ཚེས་ ༡༢]] ཉིན་[[LOCATION:བྱི་ལ་ཀུབ]]་ཀྱི་དགོན་པར་སླེབས་པ་རེད། ཁོང་གི་ཁ་པར་ནི་ [[PHONE_NUMBER:+91 94488 21760]] རེད།""",
    """ཆུ་གློག་ལས་འཆར་ནང་ ལཱ་འབད་མི་ [[PERSON:ཕུན་ཚོགས་རྡོ་རྗེ]]་ གི་ ངོ་སྤྲོད་ལག་ཁྱེར་ཨང་ [[ID_NUMBER:11514000932]] ཨིན། ཁོ་ [[LOCATION:ཀྲོང་གསར]]་ ལས་ཨིན་མས། ཁོ་གི་ཁ་པར་ [[PHONE_NUMBER:17 88 41 09]] ཨིན།""",
    """[[PERSON:ཚེ་རིང་དབང་མོ]]་ལགས། ཁྱེད་རང་གི་དངུལ་ཁང་བྱང་བུ་ [[CREDIT_CARD:6222 0212 0304 5880]] ལ་ [[DATE_TIME:༢༠༢༤ ཟླ་ ༩ ཚེས་ ༣]] ཉིན་དངུལ་བསྐུར་ཟིན། དྲི་བ་ཡོད་ན་ང་ལ་ [[PHONE_NUMBER:139 0899 4127]] ཐོག་ཁ་པར་གཏོང་རོགས། [[PERSON:ཀུན་དགའ]]།""",
    """My name is [[PERSON:Sunita Kulkarni]] and ₹48,000 was taken from my SBI account [[ID_NUMBER:30418827765]] on [[DATE_TIME:21-08-2024 at 14:32]] after a caller from [[PHONE_NUMBER:+91 70045 18263]] said my KYC had expired. I live in [[LOCATION:Kothrud]], [[LOCATION:Pune]].""",
    """Rental agreement for [[PERSON:Soo-ah Kim]], [[AGE:24]] (young-driver fee applies): California DL [[US_DRIVER_LICENSE:D5520871]], pickup at the airport desk on [[DATE_TIME:12/20/2024 at 6:30 PM]], return [[DATE_TIME:12/27/2024]]. Card on file [[CREDIT_CARD:4716 2290 5518 3026]], exp 09/27.""",
    """Our client, [[PERSON:Karma Yangchen]], a [[NRP:Tibetan]] born in [[LOCATION:Nepal]] on [[DATE_TIME:9 June 1990]], holds biometric residence permit [[ID_NUMBER:ZX4120883]] and wants us to apply for indefinite leave to remain before [[DATE_TIME:3 February 2025]].""",
    """[[TITLE:Pastor]] [[PERSON:Emmanuel Osei]] asks that get-well cards for [[PERSON:Grace Boateng]], a lifelong [[NRP:Methodist]] who had her surgery on [[DATE_TIME:Tuesday the 14th of May]], be sent to her daughter at [[EMAIL_ADDRESS:gboateng.family@yahoo.com]].""",
    """[[PERSON:Harpreet Kaur Sandhu]] applied for the night-shift supervisor job on [[DATE_TIME:Sept 30]]. References: [[PERSON:Gurinder Gill]] ([[PHONE_NUMBER:604-590-3318]]) and [[PERSON:Angela Rossi]] ([[EMAIL_ADDRESS:angela.rossi@shaw.ca]]). She lives in [[LOCATION:Surrey]], [[LOCATION:BC]].""",
    """[[PERSON:Declan Fitzgerald]], [[AGE:58]], attended the Mater emergency department on [[DATE_TIME:4/6/2024]] with chest pain; PPSN [[ID_NUMBER:6418203U]]. His wife, [[PERSON:Niamh]], is next of kin on [[PHONE_NUMBER:086 331 9027]].""",
    """Claim for Biscuit (cocker spaniel). Owner: [[PERSON:Amelia Hartley-Shaw]], [[ADDRESS:Rose Cottage, 3 Mill Lane]], [[LOCATION:Little Shelford]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB22 5EX]]; treated on [[DATE_TIME:11/03/2024]]. Please pay the claim to [[IBAN_CODE:GB54 BARC 2004 1573 8491 26]].""",
    """lol [[PERSON:hodan]] just posted her whole address in the group chat, [[ADDRESS:2800 cedar ave s apt 412]] [[LOCATION:minneapolis]], somebody tell her to delete it before [[PERSON:abdi]]'s cousins see""",
    """Your parcel from [[PERSON:Otieno Ouma]] is at the [[LOCATION:Kisumu]] depot. The recipient, [[PERSON:Akinyi Achieng]], must show ID [[ID_NUMBER:28417730]] at collection or call [[PHONE_NUMBER:0712 559 084]] to arrange delivery.""",
    """Registration confirmed for [[PERSON:Prof. Haruto Ishikawa]] ([[EMAIL_ADDRESS:ishikawa.haruto@gmail.com]]), arriving [[DATE_TIME:June 11]]. His co-author, [[PERSON:Dr. Meera Pillai]], will present on the [[DATE_TIME:13th]]; please seat them together at the dinner.""",
    """[[PERSON:Zofia]] will be picked up today by her grandmother, [[PERSON:Halina Nowak]], not by her mum. [[PERSON:Halina]]'s number is [[PHONE_NUMBER:07700 918 342]] and she'll show her passport, [[ID_NUMBER:EK5520391]].""",
    """Congratulations to [[PERSON:Rolando]] "[[PERSON:Lando]]" [[PERSON:Macaraeg]] of [[LOCATION:Dagupan City]], who claimed his prize on [[DATE_TIME:June 3]]; his SSS number, [[ID_NUMBER:34-1872560-9]], was used to verify him.""",
    """Tenancy Tribunal: [[PERSON:Sione Tupou]] v [[PERSON:Lisa Chen]], hearing [[DATE_TIME:Wednesday 16 October 2024, 2:15pm]], [[LOCATION:Manukau]]. The tenant's address for service is [[ADDRESS:14B Great South Road]], [[LOCATION:Papatoetoe]], [[LOCATION:Auckland]] [[ZIP_CODE:2025]].""",
    """[[PERSON:Lhamo Kyi]], [[AGE:63]], came to the Men-Tsee-Khang branch in [[LOCATION:Boudha]] on [[DATE_TIME:Tuesday, 2 July]] with joint pain. [[TITLE:Amchi]] [[PERSON:Tsewang Norbu]] prescribed a month of pills, and her son [[PERSON:Sonam]] left his number, [[PHONE_NUMBER:980 3312 560]].""",
    """Thanks, [[PERSON:Priya]]! Your monthly gift of $25 to the Himalayan schools appeal will be charged to [[CREDIT_CARD:5191 7780 2264 4834]] from [[DATE_TIME:15 August]], and the receipt goes to [[EMAIL_ADDRESS:priya.venkat@bigpond.com]].""",
    """My grandmother, [[PERSON:Tran Thi Lan]], got a call from someone claiming to be Medicare and she read them her SSN, [[US_SSN:531-48-2270]], before I took the phone. She's [[AGE:79]] and lives at [[ADDRESS:9832 Bolsa Ave]], [[LOCATION:Westminster]], [[LOCATION:CA]] [[ZIP_CODE:92683]].""",
    """Leave form: [[PERSON:Sipho Ndlovu]] (staff no. [[ID_NUMBER:ZA-00731]]) asks for family responsibility leave from [[DATE_TIME:12 August]] to [[DATE_TIME:14 August 2024]] for his father's funeral in [[LOCATION:Giyani]].""",
    """[[PERSON:Tenzin Dolma]] ([[AGE:45]]) has been nominated for the home-health aide award. She came from [[LOCATION:Kathmandu]] in 2011, lives in [[LOCATION:Jackson Heights]], and her supervisor, [[PERSON:Maria Delgado]], can be reached at [[EMAIL_ADDRESS:mdelgado@queenshomecare.org]].""",
    """Overdue notice: [[PERSON:Ifeoma Nwachukwu]], library card [[ID_NUMBER:21982 01448 3307]]; three items were due back on [[DATE_TIME:09/14/2024]].""",
]

BENCH = [
    """Dear [[PERSON:Ms. Pema Choki]], as Senior Hydrology Analyst for the Wangchhu basin please upload the flow data before the audit. Your new login is [[USERNAME:pchoki.dgpc]]; the VPN gateway saw your laptop at [[IP_ADDRESS:10.44.18.207]] (MAC 3C:52:82:1A:7F:04). Post the signed copy to [[ADDRESS:Flat 2B, Building 14, Norzin Lam]], [[LOCATION:Thimphu]] [[ZIP_CODE:11001]].""",
    """Transaction alert for [[PERSON:Gustavo Lindqvist-Mbeki]]: a charge of 412.90 on card [[CREDIT_CARD:5425233430109101]] (CVV 418, exp 11/26) was placed from [[IP_ADDRESS:2a02:c7f:5e31:9a00:4d1b:77ff:fe20:1c3e]] with Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15. Billing: [[ADDRESS:8841 Quail Hollow Drive, Suite 300]], [[LOCATION:Fort Collins]], [[LOCATION:Colorado]] [[ZIP_CODE:80525]].""",
    """Refund to [[PERSON:Yeshe Lhamo]] ([[USERNAME:yeshe_l88]]) for the cancelled Upper Mustang trek: IBAN [[IBAN_CODE:CH27 0023 5341 2098 3311 7]], BIC UBSWCHZH80A. She is [[AGE:36]], female, Flight Attendant, born [[DATE_TIME:August 3rd, 1988]], and the restricted-area permit RAP-MUS-24-0381 is void.""",
    """CLAIM NOTICE — Policy Holder: [[PERSON:Robert Achterberg]]. Date of Loss: [[DATE_TIME:March 2, 2024]]. Loss Location: [[ADDRESS:1927 Lakeshore Blvd]], [[LOCATION:Madison]], [[LOCATION:WI]] [[ZIP_CODE:53703]]. Description: water heater failure flooding the finished basement. Adjuster assigned: [[PERSON:Tamika Holloway]], direct line [[PHONE_NUMBER:(608) 441-2930]]. Claimant SSN on file: [[US_SSN:412-77-9035]].""",
    """EMPLOYMENT CONTRACT. This agreement, signed on [[DATE_TIME:4 March 2024]], is made between Druk Green Power Corporation Ltd ("the Employer") and [[PERSON:Karma Yeshey]], CID No. [[ID_NUMBER:10811001562]], of [[LOCATION:Gelephu]], [[LOCATION:Sarpang]] ("the Employee"), who shall serve as Junior Engineer (Electrical) at Basochhu Hydropower Plant from [[DATE_TIME:1 April 2024]]. Salary shall be credited to BoB account [[ID_NUMBER:100348227]].""",
    """{"employee_id": "[[ID_NUMBER:E-204418]]", "first_name": "[[PERSON:Lhakpa]]", "last_name": "[[PERSON:Doma]]", "dob": "[[DATE_TIME:1991-02-17]]", "email": "[[EMAIL_ADDRESS:lhakpa.doma@summitclimb.np]]", "mobile": "[[PHONE_NUMBER:+977-9841-556-210]]", "role": "base camp manager", "season": "spring 2024", "posting": "[[LOCATION:Gorak Shep]]", "emergency_contact": {"name": "[[PERSON:Mingma Doma]]", "relation": "sister"}}""",
    """[[DATE_TIME:2024-09-14T06:02:11Z]] INFO auth.login user=[[USERNAME:tshering.pelzom]] src=[[IP_ADDRESS:103.80.110.37]] mfa=sms to=[[PHONE_NUMBER:+97517448203]]
[[DATE_TIME:2024-09-14T06:02:49Z]] WARN payroll.export user=[[USERNAME:tshering.pelzom]] rows=212 file=payroll_2024_08.csv
2024-09-14T06:05:00Z INFO scheduler job=backup-nightly status=ok""",
    """INSERT INTO trekkers (permit_no, full_name, nationality, passport_no, dob, entry_date, agency) VALUES ('SNP-2024-118204', '[[PERSON:Fiona MacLeod]]', '[[NRP:British]]', '[[ID_NUMBER:548102277]]', '[[DATE_TIME:1985-07-09]]', '[[DATE_TIME:2024-10-21]]', 'Himalayan Footprints Pvt Ltd');""",
    """<patient><mrn>[[ID_NUMBER:MRN-0078123]]</mrn><name><given>[[PERSON:Chukwuemeka]]</given><family>[[PERSON:Obi]]</family></name><birthDate>[[DATE_TIME:1973-12-01]]</birthDate><telecom system="phone">[[PHONE_NUMBER:+44 7911 402 388]]</telecom><address><line>[[ADDRESS:Flat 9, 41 Coldharbour Lane]]</line><city>[[LOCATION:London]]</city><postalCode>[[ZIP_CODE:SE5 9NR]]</postalCode></address></patient>""",
    """# deploy.yaml for the monastery school fee portal
admin:
  name: [[PERSON:Tenzin Norbu Gyatso]]
  email: [[EMAIL_ADDRESS:tnorbu.gyatso@gmail.com]]
  ssh_allow: [[IP_ADDRESS:49.36.221.18]]
smtp:
  user: noreply@namgyalschool.org
  password: "Dr0lma!2024"
support_phone: +977-1-4375012
""",
    """def test_kyc_payload():
    payload = {
        "customer": "[[PERSON:Neha Bhattarai]]",
        "pan": "[[ID_NUMBER:AKLPB7721R]]",
        "mobile": "[[PHONE_NUMBER:9818453307]]",
        "card": "[[CREDIT_CARD:6521509901324464]]",
        "ifsc": "HDFC0001289",
    }
    assert validate(payload)""",
    """Ticket #TKT-55120 | Priority: High | Reporter: [[PERSON:Jesper Lund]] <[[EMAIL_ADDRESS:jesper.lund@post.tele.dk]]>
Subject: Cannot download statements
Body: Hi, since [[DATE_TIME:12 May]] I cannot open the statements for my account [[IBAN_CODE:DK82 3000 4018 6322 70]]. My customer no. is [[ID_NUMBER:880-114-529]] and I'm on [[PHONE_NUMBER:+45 28 71 40 93]] in the afternoons.""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Ngozi Eze-Williams]]
Date of Birth: [[DATE_TIME:14/02/1987]]
Residential Address: [[ADDRESS:22 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]
BVN: [[ID_NUMBER:22418830917]]
Employer: Stanbic IBTC (Relationship Manager)
Monthly Income: NGN 1,250,000
Requested Amount: NGN 8,000,000 over 36 months
Guarantor: [[PERSON:Babatunde Eze]], [[PHONE_NUMBER:0803 441 2291]]""",
    """Attention [[PERSON:Dorji Wangmo]], your route permit for the Jomolhari Loop has been approved. Coordinator [[PERSON:Kencho Tshering]] ([[EMAIL_ADDRESS:kencho.t@druktrails.bt]]) will meet you at [[ADDRESS:Building 7, Chang Lam]], [[LOCATION:Thimphu]] on [[DATE_TIME:5/10/2024 09:00]]. Bring your CID [[ID_NUMBER:11410002783]] and two photos.""",
    """Medical Examination Record — Novice Monks, Tashi Lhunpo Monastery, [[LOCATION:Bylakuppe]]
Name: [[PERSON:Jampa Choephel]]   Age: [[AGE:14]]   Room: 23
Examined on: [[DATE_TIME:18.06.2024]] by [[PERSON:Dr. Sonam Palmo]]
Findings: mild anaemia; deworming given.
Guardian: [[PERSON:Ngawang Tharchin]] (uncle), [[ADDRESS:Camp No. 4]], [[LOCATION:Bylakuppe]]""",
    """Hi [[PERSON:Ariana]], your session from [[IP_ADDRESS:fe80::9c1a:44ff:fe2b:810e]] with Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36 was flagged. As Regional Accounts Liaison you must re-verify with the code sent to [[PHONE_NUMBER:+1-917-604-2281]], then confirm your mailing address, [[ADDRESS:310 East 86th Street, Apt 5C]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10028]].""",
    """NOTICE TO QUIT
To: [[PERSON:Darnell Jefferson]] and all occupants
Premises: [[ADDRESS:5520 S. Halsted St., Unit 2R]], [[LOCATION:Chicago]], [[LOCATION:Illinois]] [[ZIP_CODE:60621]]
You are hereby notified that your tenancy will terminate on [[DATE_TIME:November 30, 2024]] for non-payment of rent in the amount of $2,340.00.
Landlord: [[PERSON:Evelyn Kowalski]], [[PHONE_NUMBER:773-918-2046]]
Served on: [[DATE_TIME:October 28, 2024]]""",
    """{"traveler": {"name": "[[PERSON:Marta Kovač]]", "passport": "[[ID_NUMBER:P01298847]]", "dob": "[[DATE_TIME:03.04.1979]]"}, "permits": ["TTB", "Aliens' Travel Permit", "Military Permit"], "route": ["[[LOCATION:Lhasa]]", "[[LOCATION:Shigatse]]", "[[LOCATION:Tingri]]", "Everest Base Camp"], "guide": {"name": "[[PERSON:Tenzin Kunga]]", "mobile": "[[PHONE_NUMBER:+86 135 0891 6624]]"}}""",
    """UPDATE green_book SET phone = '[[PHONE_NUMBER:+41 79 448 21 07]]', email = '[[EMAIL_ADDRESS:pasang.d@gmx.ch]]', settlement = '[[LOCATION:Rikon]]' WHERE book_no = '[[ID_NUMBER:CH-004417]]' AND holder = '[[PERSON:Pasang Dolkar]]';""",
    """[[PERSON:Kunzang]], as the Dynamic Solutions Strategist at our [[LOCATION:Bumthang]] office you are invited to the retreat. Please confirm your dietary needs and gender (Male) by replying from [[EMAIL_ADDRESS:kunzang.dorji89@yahoo.com]]; your entry badge [[ID_NUMBER:BT-77120]] will be posted to [[ADDRESS:House 22, Lane 3]], [[LOCATION:Chamkhar]].""",
    """Form: Change of Bank Details
Member ID: [[ID_NUMBER:SSF-118-4420]]
Full name: [[PERSON:Olivia Grant-Mensah]]
Date of birth: [[DATE_TIME:23 Jan 1990]]
New IBAN: [[IBAN_CODE:IE48 BOFI 9000 1754 3209 81]]
BIC: BOFIIE2D
Signature date: [[DATE_TIME:02/09/2024]]
Witness: [[PERSON:Ciarán Doyle]], Solicitor""",
    """Dear [[PERSON:Dr. Nwosu]], I am referring [[PERSON:Mrs. Rosa Maria Ventura]], aged [[AGE:71]], of [[ADDRESS:88 Almond Grove]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 6QF]], for assessment of progressive breathlessness. She was seen in clinic on [[DATE_TIME:9 September 2024]]. Her NHS number is [[ID_NUMBER:485 721 0398]]. Kind regards, [[PERSON:Dr. Farah Siddiqui]]""",
    """INCIDENT REPORT — Kali Gandaki 'A' Hydropower Station
Date/time of incident: [[DATE_TIME:2024-07-03 14:20]]
Injured person: [[PERSON:Hari Bahadur Gurung]], age [[AGE:42]], fitter
Address: [[ADDRESS:Ward No. 5]], [[LOCATION:Mirmi]], [[LOCATION:Syangja]]
Witnesses: [[PERSON:Kamal Poudel]], [[PERSON:Sunil Shrestha]]
First aid by: [[PERSON:Anita Pun]] (staff ID [[ID_NUMBER:KGA-0318]])
Description: fall from scaffold near turbine unit 2; fractured wrist.""",
    """Hospice Coordinator [[PERSON:Mireille Abernathy-Koh]] asked that her pension documents go to [[ADDRESS:Apt. 1407, 602 Quayside Crescent]], [[LOCATION:Vancouver]] [[ZIP_CODE:V6B 5Z1]]. Her SIN [[ID_NUMBER:718 405 624]] and her new surname, [[PERSON:Koh]], apply from [[DATE_TIME:10/04/2023]]; the office MAC whitelist entry 70:B3:D5:0C:11:8E can be removed.""",
    """མིང་: [[PERSON:ཚེ་དབང་ལྷ་མོ]]
ངོ་སྤྲོད་ལག་ཁྱེར་ཨང་: [[ID_NUMBER:10203004418]]
སྐྱེས་ཚེས: [[DATE_TIME:12/05/1996]]
ཁ་པར: [[PHONE_NUMBER:17 29 40 15]]
རྫོང་ཁག: [[LOCATION:སྤ་རོ]]
རྒེད་འོག: [[LOCATION:ལུང་ཉི]]
ལཱ་གཡོག: སློབ་དཔོན།""",
    """{"མིང་": "[[PERSON:ཡེ་ཤེས་སྒྲོལ་མ]]", "ལོ་": "[[AGE:༣༢]]", "སྐྱེས་ཡུལ་": "[[LOCATION:གཞིས་ཀ་རྩེ]]", "ཁ་པར་": "[[PHONE_NUMBER:+86 139 0895 2241]]", "ཐོབ་ཐང་ལག་ཁྱེར་": "[[ID_NUMBER:540202199208271062]]"}""",
    """ming: [[PERSON:blo bzang rnam rgyal]]; skyes tshes: [[DATE_TIME:1997-01-01]]; skyes yul: [[LOCATION:rta'u]]; dgon pa: rong phu; kha par: [[PHONE_NUMBER:+86 158 8902 3316]]; lag khyer: [[ID_NUMBER:51332619970101213X]]""",
    """# seed data for the Nikachhu contractor portal
CONTRACTORS = [
    {"id": "[[ID_NUMBER:NHPC-C-0192]]", "name": "[[PERSON:Rinzin Dorji]]", "cid": "[[ID_NUMBER:11807003315]]", "phone": "[[PHONE_NUMBER:+975 17 60 21 88]]"},
    {"id": "[[ID_NUMBER:NHPC-C-0193]]", "name": "[[PERSON:Bal Bahadur Tamang]]", "cid": "[[ID_NUMBER:12009001274]]", "phone": "[[PHONE_NUMBER:+975 77 31 92 40]]"},
]
API_TOKEN = "tk_live_8fa2c0d9e41b77"  # rotate quarterly""",
    """STUDENT ENROLMENT FORM — Namgyal Middle School, [[LOCATION:Kathmandu]]
Student: [[PERSON:Tsering Dolkar Lama]]   Date of birth: [[DATE_TIME:14 Mangsir 2068]]
Parent/Guardian: [[PERSON:Pemba Lama]] (father), citizenship no. [[ID_NUMBER:27-01-72-04512]]
Address: [[ADDRESS:Ward No. 6]], [[LOCATION:Boudha]], [[LOCATION:Kathmandu]]
Mobile: [[PHONE_NUMBER:9841-223-708]]   Email: [[EMAIL_ADDRESS:pemba.lama72@gmail.com]]
Previous school: Shree Jana Jyoti Primary
Admission date: [[DATE_TIME:2081-01-15]]""",
    """[[DATE_TIME:Oct 02 21:14:07]] hydro-scada-01 sshd[2231]: Accepted publickey for [[USERNAME:nkarki]] from [[IP_ADDRESS:202.70.88.19]] port 51822 ssh2
[[DATE_TIME:Oct 02 21:14:07]] hydro-scada-01 sshd[2231]: pam_unix(sshd:session): session opened for user [[USERNAME:nkarki]]
[[DATE_TIME:Oct 02 21:31:55]] hydro-scada-01 sudo: [[USERNAME:nkarki]] : TTY=pts/0 ; PWD=/srv/scada ; USER=root ; COMMAND=/usr/bin/systemctl restart opcua
Oct 02 21:40:00 hydro-scada-01 CRON[2410]: (root) CMD (/opt/backup/run.sh)""",
    """Car park registration: [[PERSON:Oluwaseun Adebisi-Clarke]], Procurement Lead, registered his car [[ID_NUMBER:LD71 XKP]] for bay 14 on [[DATE_TIME:12/02/2024 08:15]]. Home: [[ADDRESS:Unit 5, 90 Chalk Farm Road]], [[LOCATION:London]] [[ZIP_CODE:NW1 8AN]]. Contact: [[EMAIL_ADDRESS:seun.ac@protonmail.com]], [[PHONE_NUMBER:+44 7723 418 906]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Mrs. Imelda Santos-Cruz]] | MRN [[ID_NUMBER:00418827]] | DOB [[DATE_TIME:1949-05-27]] (age [[AGE:75]])
Admitted: [[DATE_TIME:2024-08-19]]   Discharged: [[DATE_TIME:2024-08-24]]
Attending: [[PERSON:Dr. Kwame Asante]]
Diagnosis: community-acquired pneumonia, resolved.
Follow-up with PCP [[PERSON:Dr. Linh Tran]] within 7 days; home health to call [[PHONE_NUMBER:(209) 614-3380]] (daughter, [[PERSON:Carmela]]).""",
    """INSERT INTO customers (first_name, last_name, email, phone, street, city, postcode, country, card_number, card_cvv) VALUES
  ('[[PERSON:Aisling]]', '[[PERSON:Brennan]]', '[[EMAIL_ADDRESS:aisling.brennan@gmail.com]]', '[[PHONE_NUMBER:+353 85 117 2043]]', '[[ADDRESS:14 Rathgar Avenue]]', '[[LOCATION:Dublin]]', '[[ZIP_CODE:D06 K2P3]]', '[[LOCATION:Ireland]]', '[[CREDIT_CARD:4024007133829167]]', '312');""",
    """<employee id="[[ID_NUMBER:NEA-77412]]">
  <name>[[PERSON:Ramesh Kumar Yadav]]</name>
  <post>Assistant Manager (Civil)</post>
  <station>Middle Marsyangdi</station>
  <dob calendar="BS">[[DATE_TIME:2038-09-21]]</dob>
  <citizenship>[[ID_NUMBER:34-02-71-00914]]</citizenship>
  <mobile>[[PHONE_NUMBER:9856 034 117]]</mobile>
  <home>[[LOCATION:Janakpur]], [[LOCATION:Dhanusha]]</home>
</employee>""",
    """Namaste [[PERSON:Björn]], your TIMS card for the Langtang Valley trek is ready at the Tourism Board counter; collect it before [[DATE_TIME:11 March 10:00]] with passport [[ID_NUMBER:84402296]]. The permit fee was charged to [[CREDIT_CARD:4485 6633 0917 2451]] (CVC 771). Your porter is [[PERSON:Dawa Tamang]], [[AGE:23]], and your guide [[PERSON:Ang Phurba]] is on [[PHONE_NUMBER:+977 9849 310 227]].""",
    """NOTICE OF DISCIPLINARY HEARING
Student: [[PERSON:Jordan Whitlock]] (ID [[ID_NUMBER:S-2217804]])
Parent/Guardian: [[PERSON:Ms. Renee Whitlock]]
Hearing: [[DATE_TIME:Wednesday, March 13, 2024 at 3:30 p.m.]], Room 114, Harborview Middle School
You may bring an advocate. Questions: Assistant Principal [[PERSON:Gerald Finch]], [[EMAIL_ADDRESS:gfinch@harborviewms.org]]""",
    """{"status": "ok", "data": {"user_id": "[[ID_NUMBER:u_88213047]]", "username": "[[USERNAME:mountain_goat_kj]]", "full_name": "[[PERSON:Kavya Jayaraman]]", "email": "[[EMAIL_ADDRESS:kavya.j@fastmail.com]]", "last_login": "[[DATE_TIME:2024-07-30T18:22:41+05:30]]", "last_ip": "[[IP_ADDRESS:106.51.77.204]]", "plan": "premium", "api_key": "sk_9f3a2b71c0e4d88a"}}""",
    """Gentle reminder, [[TITLE:Frau]] [[PERSON:Annegret Schulze-Boateng]]: your pledge to the monastery roof restoration, as Investor Relations Associate of the Freundeskreis, will be debited from [[IBAN_CODE:DE78 5001 0517 5419 8733 06]] (BIC INGDDEFFXXX). Your donor file lists [[ADDRESS:Hauptstraße 41a]], [[ZIP_CODE:69117]] [[LOCATION:Heidelberg]] and your birthday as [[DATE_TIME:17.09.1962]].""",
    """HOME LOAN SANCTION LETTER
To: [[PERSON:Mr. Prakash Thakur]] and [[PERSON:Mrs. Anjali Thakur]]
[[ADDRESS:Flat 302, Shivalik Apartments, Sector 21]], [[LOCATION:Chandigarh]] [[ZIP_CODE:160022]]
Loan account: [[ID_NUMBER:HL0044182207]]
Co-applicant Aadhaar: [[ID_NUMBER:5693 2807 1440]]
Sanctioned amount: ₹38,50,000 at 8.65% p.a. over 240 months""",
    """const testUser = {
  name: '[[PERSON:Meseret Tadesse]]',
  email: '[[EMAIL_ADDRESS:meseret.tadesse@outlook.com]]',
  phone: '[[PHONE_NUMBER:+1 (202) 618-4402]]',
  ssn: '[[US_SSN:219-44-8031]]',
  address: { line1: '[[ADDRESS:1400 Irving St NW Apt 611]]', city: '[[LOCATION:Washington]]', state: '[[LOCATION:DC]]', zip: '[[ZIP_CODE:20010]]' },
};
// TODO: move fixtures out of the repo""",
    """[[PERSON:Suman]], your role as Chief Dam Safety Officer starts [[DATE_TIME:2024-11-17]]. Badge [[ID_NUMBER:UTK-5521]] is bound to MAC 00:1B:44:11:3A:B7 and the IP [[IP_ADDRESS:172.16.40.12]]. Send the signed NDA from [[EMAIL_ADDRESS:suman.bhandari@outlook.com]]; the welcome kit goes to [[ADDRESS:House 44, Lamachaur Marg]], [[LOCATION:Pokhara]] [[ZIP_CODE:33700]].""",
    """TRAVEL INSURANCE CLAIM FORM
Insured: [[PERSON:Matthew O'Callaghan]]   DOB: [[DATE_TIME:05/01/1991]]
Policy no.: TRV-88-2209417
Trip: Annapurna Circuit, [[DATE_TIME:2 Nov 2024]] – [[DATE_TIME:24 Nov 2024]]
Incident: baggage lost between [[LOCATION:Jomsom]] and [[LOCATION:Pokhara]] on [[DATE_TIME:20 Nov 2024]]
Bank details for payment: [[IBAN_CODE:IE06 AIBK 9335 7261 0488 39]]
Email: [[EMAIL_ADDRESS:mattoc91@gmail.com]]   Phone: [[PHONE_NUMBER:+353 87 662 1408]]""",
    """employee:
  id: [[ID_NUMBER:HR-20931]]
  name: "[[PERSON:Andile Zungu]]"
  sa_id: "[[ID_NUMBER:8706115719084]]"
  start_date: [[DATE_TIME:2019-04-01]]
  emergency: "[[PERSON:Zanele Zungu]] [[PHONE_NUMBER:082 417 5530]]"
  bank:
    account: "[[ID_NUMBER:62014488130]]"
    branch_code: "250655"
  address: "[[ADDRESS:17 Umgeni Road]], [[LOCATION:Durban]], [[ZIP_CODE:4001]]"
  grade: C4""",
    """Hello [[PERSON:Precious Nkemelu]], the Legacy Metrics Producer role needs your National Insurance number, [[ID_NUMBER:JT 48 21 90 B]], and date of birth ([[DATE_TIME:1993-10-08]]). Payslips will go to [[EMAIL_ADDRESS:precious.nkem@hotmail.co.uk]] and your P45 to [[ADDRESS:Flat 11, Bramley House, 40 Kings Road]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 3AA]]. Sort code 40-47-84, account [[ID_NUMBER:71120348]].""",
    """སློབ་གྲྭར་ཞུགས་པའི་རེ་འདུན་ཞུ་ཡིག
སློབ་ཕྲུག་གི་མིང་། [[PERSON:བསོད་ནམས་ཆོས་འཛོམས]]
སྐྱེས་ཚེས། [[DATE_TIME:༢༠༡༦ ཟླ་ ༤ ཚེས་ ༢༢]]
ཕ་མའི་མིང་། [[PERSON:ཚེ་རིང་དོན་གྲུབ]]
ཁ་པར། [[PHONE_NUMBER:+91 98166 30482]]
གནས་ཡུལ། [[LOCATION:བདེ་སྐྱིད་གླིང]]་གཞིས་ཆགས།""",
    """Druk PNB transfer slip — Ming: [[PERSON:Sangay Choden]]; CID: [[ID_NUMBER:11605003042]]; Account: [[ID_NUMBER:110248873301]]; Khapar: [[PHONE_NUMBER:17 11 29 84]]; Dzongkhag: [[LOCATION:Tsirang]]; Gewog: [[LOCATION:Rangthangling]]; Kye-tse: [[DATE_TIME:04/11/1989]].""",
    """དགོན་པའི་ཞལ་འདེབས་ལག་ཁྱེར།
ཞལ་འདེབས་པ། [[PERSON:བཀྲ་ཤིས་ལྷ་མོ]]
ཁ་བྱང་། [[ADDRESS:Bahnhofstrasse 88]], [[ZIP_CODE:9000]] [[LOCATION:St. Gallen]]
དངུལ་ཁང་ཨང་། [[IBAN_CODE:CH11 0900 0000 8712 4453 9]]
ཞལ་འདེབས་ཀྱི་ཚད། CHF 500""",
    """[JIRA] HR-4471: Update records for new hire
Reporter: [[PERSON:Fatima Al-Sayed]] ([[EMAIL_ADDRESS:fatima.alsayed@contoso-hr.com]])
New hire: [[PERSON:Diego Hernández Ruiz]], DOB [[DATE_TIME:1996-03-02]], SSN [[US_SSN:604-38-1127]], personal email [[EMAIL_ADDRESS:diegohr96@gmail.com]], mobile [[PHONE_NUMBER:(956) 330-7712]]
Home: [[ADDRESS:2218 Nolana Loop]], [[LOCATION:McAllen]], [[LOCATION:TX]] [[ZIP_CODE:78504]]
Start date: [[DATE_TIME:2024-09-09]]; laptop asset tag LT-20417 (serial 5CG3340QXM)""",
    """Expedition Coordinator [[PERSON:Pemba Gyalje]] confirms that [[PERSON:Markus Hollerer]] (male, [[AGE:44]], passport [[ID_NUMBER:U4418207]]) and [[PERSON:Lisa Hollerer]] (female, [[AGE:41]]) start their summit push on Himlung around [[DATE_TIME:October 14]]. Their deposit of USD 3,200 came from [[IBAN_CODE:AT66 2011 1826 4530 1977]]; expedition permit EXP-HIM-2024-17 covers both.""",
    """LEASE AGREEMENT
This Lease is entered into on [[DATE_TIME:July 1, 2024]] by and between [[PERSON:Harold Jenkins]] ("Landlord") and [[PERSON:Mei-Ling Zhao]] and [[PERSON:Arjun Patel]] ("Tenants") for the premises at [[ADDRESS:3318 Pine Hollow Court, Apt 3]], [[LOCATION:Ann Arbor]], [[LOCATION:Michigan]] [[ZIP_CODE:48105]]. Monthly rent: $1,850, due on the first. Security deposit: $1,850. Landlord contact: [[PHONE_NUMBER:734-662-0195]].""",
    """Donor portal audit: [[PERSON:Karin Vestergaard]] ([[USERNAME:karinv_dk]]) updated her gift to the TCV school from [[IP_ADDRESS:87.61.203.14]] on [[DATE_TIME:2024-03-11 20:47]], browser Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0; new card [[CREDIT_CARD:5312 6604 8819 0276]], expiry 04/28, CVV 590.""",
    """<permitApplication ref="RP-2024-00912">
  <trek>Druk Path</trek>
  <applicant>
    <name>[[PERSON:Chen Jiahui]]</name>
    <passport>[[ID_NUMBER:E7731904J]]</passport>
    <nationality>[[NRP:Singaporean]]</nationality>
    <dob>[[DATE_TIME:1990-06-28]]</dob>
  </applicant>
  <entry point="[[LOCATION:Paro]]" date="[[DATE_TIME:2024-11-03]]"/>
  <guide licence="[[ID_NUMBER:TCB/G/1142]]">[[PERSON:Tshering Dorji]]</guide>
</permitApplication>""",
    """[[DATE_TIME:2024-02-05 07:58:12]] DOOR main_gate CARD=[[ID_NUMBER:ST-10472]] NAME=[[PERSON:Yangchen Dolma]] RESULT=granted
[[DATE_TIME:2024-02-05 08:03:40]] DOOR main_gate CARD=[[ID_NUMBER:ST-10519]] NAME=[[PERSON:Tenzin Rabgyal]] RESULT=granted
2024-02-05 08:04:02 DOOR hostel_b ALARM door held open
2024-02-05 23:00:00 SYSTEM nightly lock engaged""",
    """MICROFINANCE LOAN AGREEMENT (summary)
Borrower: [[PERSON:Maya Devi Tamang]], [[AGE:34]], of [[ADDRESS:Ward No. 3]], [[LOCATION:Melamchi]], [[LOCATION:Sindhupalchok]]
Citizenship no.: [[ID_NUMBER:23-01-75-01187]]
Loan: NPR 150,000 for a trekkers' lodge kitchen, 24 monthly instalments
Disbursed on: [[DATE_TIME:2081 Shrawan 5]]
Co-signer: [[PERSON:Nima Tamang]] (husband), mobile [[PHONE_NUMBER:9741-088-325]]""",
    """Hey [[PERSON:Zainab]]! As our newest Principal Usability Orchestrator please come to [[ADDRESS:4470 Mill Race Crossing, Suite 918]], [[LOCATION:Bozeman]], [[LOCATION:Montana]] on your first day. The system logged your device at [[IP_ADDRESS:58.174.92.6]] (MAC a4:83:e7:2d:19:c0); payroll has your card [[CREDIT_CARD:3741 529806 44170]] and your birthday as [[DATE_TIME:November 2nd]].""",
    """# .env.production — Tala telemetry uploader
DB_HOST=[[IP_ADDRESS:10.12.0.5]]
DB_NAME=tala_telemetry
DB_PASS=k9!Rv2#pq
ALERT_SMS=[[PHONE_NUMBER:+97517345620]]
ALERT_EMAIL=[[EMAIL_ADDRESS:jamyang.choden@gmail.com]]
ONCALL_NAME=[[PERSON:Jamyang Choden]]
SFTP_ALLOW=[[IP_ADDRESS:119.2.104.66]]
""",
    """Delek Hospital, [[LOCATION:Dharamsala]] — OPD slip
Name: [[TITLE:Ani]] [[PERSON:Tsering Lhamo]]   Age/Sex: [[AGE:52]]/F   Reg. no.: [[ID_NUMBER:DH-2024-118830]]
Nunnery: Dolma Ling, [[LOCATION:Sidhbari]]
Date: [[DATE_TIME:07/03/2024]]   Doctor: [[PERSON:Dr. Tsetan Dorji]]
Complaint: cough for three weeks; sputum for AFB sent.
Next visit: [[DATE_TIME:21/03/2024]]""",
    """[[PERSON:Sven]], the Himalayan Schools Trust reimbursed your travel to [[IBAN_CODE:NL36 ABNA 0563 0921 87]] (BIC ABNANL2A). As Lead Fundraising Officer your BSN [[ID_NUMBER:273519463]] must be on the form; born [[DATE_TIME:31-08-1977]] in [[LOCATION:Zwolle]], living at [[ADDRESS:Kerkstraat 12-II]], [[ZIP_CODE:1017 GB]] [[LOCATION:Amsterdam]].""",
    """CROP DAMAGE CLAIM — Punatsangchhu-I reservoir seepage
Claimant: [[PERSON:Rinchen Wangmo]]   CID: [[ID_NUMBER:11202001156]]
Village: [[LOCATION:Bajo]], [[LOCATION:Wangdue Phodrang]]
Thram no.: 1187   Plot: WP-BJ-2207
Date damage noticed: [[DATE_TIME:18 August 2024]]
Estimated loss: 1.2 acres paddy, Nu. 96,000
Verified by gewog official [[PERSON:Kuenga Tshering]] on [[DATE_TIME:26 August 2024]]""",
    """-- support escalation: find duplicate accounts for the same person
SELECT account_id, email, created_at FROM accounts
WHERE lower(full_name) = '[[PERSON:natasha oyelowo-grant]]'
   OR email IN ('[[EMAIL_ADDRESS:n.oyelowo@gmail.com]]', '[[EMAIL_ADDRESS:natasha.og@icloud.com]]')
   OR phone = '[[PHONE_NUMBER:+447700183204]]';""",
    """ཆུ་གློག་ལས་འཆར་གྱི་ས་ཞིང་གུན་གསབ་ཤོག་འཛིན།
མིང་: [[PERSON:སངས་རྒྱས་ཆོས་སྒྲོན]]
ངོ་སྤྲོད་ལག་ཁྱེར་ཨང་: [[ID_NUMBER:11202002871]]
གཡུས་: [[LOCATION:རིན་ཆེན་སྒང]]
ཁ་པར་: [[PHONE_NUMBER:77 62 10 93]]
ཐམ་ཨང་: ༣༤༢
སྤྲོད་ཚེས་: [[DATE_TIME:༢༠༢༤/༠༨/༡༤]]""",
    """Ming: [[PERSON:Lhakpa Tsamchoe]] | Kye-tse: [[DATE_TIME:1988 Dawa 3 Tse 14]] | Ne-sa: [[ADDRESS:Camp No. 1]], [[LOCATION:Lugsung Samdupling]] | Rangzen Lagdeb: [[ID_NUMBER:BL-017733]] | Kha-par: [[PHONE_NUMBER:94483 20916]]""",
    """Customer [[PERSON:Linnea Åkesson]] ([[USERNAME:linnea.a]]) asked to move her instalments to card [[CREDIT_CARD:4176 8820 5391 0247]]; the request came from [[IP_ADDRESS:213.89.41.172]] at [[DATE_TIME:2024-01-22 11:05]]. Home: [[ADDRESS:Storgatan 14B, lgh 1102]], [[ZIP_CODE:903 26]] [[LOCATION:Umeå]]; refunds to [[IBAN_CODE:SE91 5000 0000 0549 1826 3104]].""",
    """REPUBLIC OF KENYA — IN THE CHIEF MAGISTRATE'S COURT AT [[LOCATION:KIBERA]]
Civil Suit No. E2291 of 2024
[[PERSON:JOSEPH KIPROTICH LANGAT]] ........ PLAINTIFF
VERSUS
[[PERSON:MARY WAMBUI NJOROGE]] ........ DEFENDANT
TAKE NOTICE that this matter is fixed for hearing on [[DATE_TIME:18th November 2024 at 9.00 a.m.]] The defendant's address for service is [[ADDRESS:P.O. Box 48821]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]].""",
    """{"order_id": "ORD-7720-9913", "customer": {"name": "[[PERSON:Ama Owusu-Ansah]]", "email": "[[EMAIL_ADDRESS:ama.owusu@gmail.com]]", "phone": "[[PHONE_NUMBER:+233 24 418 7730]]"}, "ship_to": {"line1": "[[ADDRESS:House 12, Sakumono Estates]]", "city": "[[LOCATION:Tema]]", "country": "[[LOCATION:Ghana]]"}, "payment": {"card_last4": "2291", "method": "visa"}, "placed_at": "2024-05-04T10:12:00Z"}""",
    """[[PERSON:Marie-Ève Tremblay]], our Senior Paralegal, updated her OHIP number to [[ID_NUMBER:4718-204-337-KT]] and moved to [[ADDRESS:88 Rideau Terrace, Unit 5]], [[LOCATION:Ottawa]], [[LOCATION:ON]] [[ZIP_CODE:K1M 2A1]]. She is [[AGE:38]] and prefers to be reached at [[PHONE_NUMBER:613.774.2290]].""",
    """PRESCRIPTION
Patient: [[PERSON:Jarrah Collins]]   DOB: [[DATE_TIME:17/03/2002]]
Medicare No.: [[ID_NUMBER:2953 41877 1]]
Address: [[ADDRESS:6/45 Mitchell Street]], [[LOCATION:Alice Springs]] [[LOCATION:NT]] [[ZIP_CODE:0870]]
Rx: amoxicillin 500 mg tds x 5 days, no repeats
Prescriber: [[PERSON:Dr. Anh Vu]]""",
    """[[IP_ADDRESS:49.207.51.118]] - [[USERNAME:gwen.harlow]] time="[[DATE_TIME:10/Oct/2024:13:55:36 +0530]]" "POST /account/update HTTP/1.1" 200 512 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
[[IP_ADDRESS:49.207.51.118]] - [[USERNAME:gwen.harlow]] time="[[DATE_TIME:10/Oct/2024:13:55:38 +0530]]" "GET /account HTTP/1.1" 200 8841 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
[[IP_ADDRESS:10.0.0.7]] - - time="10/Oct/2024:13:56:00 +0530" "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""",
    """Respected [[TITLE:Shri]] [[PERSON:Venkatesh Iyengar]], your pension revision as Retired Section Officer is processed. Aadhaar [[ID_NUMBER:2847 6150 3908]] is seeded to account [[ID_NUMBER:00391140028733]] (IFSC CNRB0000391). Address on record: [[ADDRESS:No. 12, 4th Cross, Malleswaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]]. DOB [[DATE_TIME:15-06-1958]].""",
    """LETTER OF APPOINTMENT
Dear [[PERSON:Mr. Muhammad Hafiz bin Rahman]],
We are pleased to offer you the position of Logistics Executive commencing [[DATE_TIME:2 September 2024]]. Your NRIC ([[ID_NUMBER:T0263518B]]) and address ([[ADDRESS:Blk 418 Tampines Street 41, #08-112]], [[LOCATION:Singapore]] [[ZIP_CODE:520418]]) are as per our records. Please report to [[PERSON:Ms. Jasmine Teo]], HR Business Partner, at 9 a.m.""",
    """logger.info("password reset requested", extra={"user": "[[USERNAME:aleksei.v]]", "email": "[[EMAIL_ADDRESS:aleksei.volkov@yandex.ru]]", "ip": "[[IP_ADDRESS:95.165.12.208]]", "ua": "okhttp/4.12.0"})
# reset token 7d1e0b5f-2c44-4b19-9a0e-11a8e0c3d6f2 expires in 15 min""",
    """Hello [[PERSON:Corazon Villanueva]]! As Barangay Health Worker your PhilHealth no. [[ID_NUMBER:12-050418837-6]] and TIN [[ID_NUMBER:428-771-093-000]] were encoded. Your ID will be delivered to [[ADDRESS:Blk 7 Lot 22, Phase 2, Mabuhay Homes]], [[LOCATION:Brgy. San Isidro]], [[LOCATION:Antipolo]], [[LOCATION:Rizal]] [[ZIP_CODE:1870]]. Mobile: [[PHONE_NUMBER:0917 842 5531]].""",
    """COUNCIL TAX REMINDER NOTICE
Account reference: 6041-88-2207
[[PERSON:Mr. Kwabena Mensah]] & [[PERSON:Mrs. Abena Mensah]]
[[ADDRESS:19 Cranbrook Road]]
[[LOCATION:Ilford]]
[[ZIP_CODE:IG1 4PJ]]
Our records show that the instalment of £187.00 due on 1 October 2024 has not been paid. Please pay within 7 days to avoid a summons.""",
    """{"resourceType": "Patient", "id": "pt-5512", "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:4016382750]]"}], "name": [{"family": "[[PERSON:Okonkwo]]", "given": ["[[PERSON:Adaeze]]"]}], "gender": "female", "birthDate": "[[DATE_TIME:1984-02-29]]", "address": [{"line": ["[[ADDRESS:12 Wellington Street]]"], "city": "[[LOCATION:Bristol]]", "postalCode": "[[ZIP_CODE:BS2 9DT]]"}]}""",
    """Welcome aboard, [[PERSON:Mitchell]]! As Regional Wellbeing Advocate at the [[LOCATION:Geelong]] hub your pay goes to BSB 063-871, account [[ID_NUMBER:1042 7719]]. TFN [[ID_NUMBER:328 750 164]] received. Your site access PIN is 4471. Postal: [[ADDRESS:PO Box 318]], [[LOCATION:Torquay]] [[LOCATION:VIC]] [[ZIP_CODE:3228]].""",
    """LAST WILL AND TESTAMENT (extract)
I, [[PERSON:Winifred Agnes Pemberton]], of [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Much Wenlock]], [[LOCATION:Shropshire]] [[ZIP_CODE:TF13 6AJ]], born [[DATE_TIME:12 April 1938]], appoint my nephew [[PERSON:Graham Pemberton]] and my solicitor [[PERSON:Ruth Adebanjo]] to be my executors, and I leave £20,000 to the school programme of the Tibet Relief Fund.""",
    """VISA APPLICATION — Section A: Applicant
Surname: [[PERSON:RAHIMI]]
Given names: [[PERSON:FARZANA]]
Date of birth: [[DATE_TIME:03 NOV 1995]]
Place of birth: [[LOCATION:HERAT]], [[LOCATION:AFGHANISTAN]]
Nationality: [[NRP:AFGHAN]]
Passport no.: [[ID_NUMBER:P03318842]]
Address in UK: [[ADDRESS:Flat 4, 112 Stapleton Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS5 0PZ]]
Phone: [[PHONE_NUMBER:+44 7459 302 118]]
Religion (optional): [[NRP:Muslim]]""",
    """Account migration notice for [[PERSON:Eero Virtanen]]: username [[USERNAME:eero_v_1987]], temporary password Kx7#pL2q!, born [[DATE_TIME:1987-12-06]], registered from [[IP_ADDRESS:91.152.40.77]]. The hardware token will be delivered to [[ADDRESS:Hämeenkatu 22 B 14]], [[ZIP_CODE:33200]] [[LOCATION:Tampere]].""",
    """AUTO CLAIM REPORT
Claim no.: 24-ON-771820
Insured driver: [[PERSON:Gurpreet Singh Dhillon]], licence [[ID_NUMBER:D4417-20938-50712]]
Vehicle plate: [[ID_NUMBER:CLKT 482]]
Date/time of collision: [[DATE_TIME:2024-01-19 17:40]]
Location: Hwy 410 southbound near Steeles Ave, [[LOCATION:Brampton]]
Other party: [[PERSON:Olena Kravchenko]], [[PHONE_NUMBER:905-451-7728]]""",
    """{"event": "spring 10k", "registrant": {"first": "[[PERSON:Kofi]]", "last": "[[PERSON:Mensah-Bonsu]]", "dob": "[[DATE_TIME:1979-07-12]]", "age_group": "45-49", "tshirt": "L", "emergency": {"name": "[[PERSON:Akosua Mensah-Bonsu]]", "phone": "[[PHONE_NUMBER:(416) 902-3318]]"}}, "paid_with": "[[CREDIT_CARD:4546 1720 3398 5714]]"}""",
    """[[PERSON:Sigrid Haugland]], Chief Compliance Liaison: your fødselsnummer [[ID_NUMBER:05079126472]] (born [[DATE_TIME:05.07.1991]]) and salary account [[IBAN_CODE:NO87 1503 2647 194]] were confirmed. Access from [[IP_ADDRESS:84.208.17.93]] with Chrome 126 on Windows will be logged, and your desk moves to [[ADDRESS:Kirkegata 15, 4. etasje]], [[ZIP_CODE:0153]] [[LOCATION:Oslo]].""",
    """INSERT INTO patients (cid, name, sex, dob, dzongkhag, phone, visit_date) VALUES ('[[ID_NUMBER:11410003327]]', '[[PERSON:Kezang Choden]]', 'F', '[[DATE_TIME:1979-03-22]]', '[[LOCATION:Mongar]]', '[[PHONE_NUMBER:17 52 83 06]]', '[[DATE_TIME:2024-06-10]]'), ('[[ID_NUMBER:10101002284]]', '[[PERSON:Phurpa Wangdi]]', 'M', '[[DATE_TIME:1962-11-04]]', '[[LOCATION:Bumthang]]', '[[PHONE_NUMBER:77 20 41 95]]', '[[DATE_TIME:2024-06-10]]');""",
    """[[PERSON:Lucía Fernández Ortega]], the Customer Data Specialist invoice will be paid into [[IBAN_CODE:ES36 2100 0418 4202 0152 9876]]. We have her DNI as [[ID_NUMBER:51873402F]] and her address as [[ADDRESS:Calle de Toledo 84, 3º B]], [[ZIP_CODE:28005]] [[LOCATION:Madrid]]; gender: female; VAT status: exempt.""",
    """NOTICE TO ACCOUNT HOLDER
Dear [[PERSON:Binita Shrestha]],
Your account [[ID_NUMBER:01901700228453]] at our [[LOCATION:Lalitpur]] branch will be frozen unless updated KYC is submitted. Please bring your citizenship certificate ([[ID_NUMBER:25-01-73-06641]]) and one photo. Our records show your mobile as [[PHONE_NUMBER:9851-144-027]] and your address as [[ADDRESS:Ward No. 9]], [[LOCATION:Jawalakhel]].""",
    """### Bug: user export leaks personal data
Steps: log in as [[USERNAME:ops-tenzin]], open /admin/users, click Export.
Expected: masked fields. Actual: the CSV row for [[PERSON:Tenzin Kunsel]] contains [[EMAIL_ADDRESS:tenzin.kunsel@gmail.com]], [[PHONE_NUMBER:+1 647 881 2093]] and [[ADDRESS:155 Dunn Ave, Apt 1407]] in clear.
Env: v3.4.1, Chrome 126, build 2024.06.2""",
]

TABLE = [
    """permit_ref,trekker,nationality,passport_no,dob,entry_date,route
SNP-24-0771,[[PERSON:Ayesha Rahman]],[[NRP:Bangladeshi]],[[ID_NUMBER:EB0418273]],[[DATE_TIME:1992-05-14]],[[DATE_TIME:2024-10-02]],EBC
SNP-24-0772,[[PERSON:Thomas Brandt]],[[NRP:German]],[[ID_NUMBER:C7KF29L41]],[[DATE_TIME:1968-11-30]],[[DATE_TIME:2024-10-02]],Gokyo
SNP-24-0773,[[PERSON:Wei Ling Ong]],[[NRP:Malaysian]],[[ID_NUMBER:A55120874]],[[DATE_TIME:2001-01-09]],[[DATE_TIME:2024-10-03]],EBC + Three Passes""",
    """| EID | Name | Shift | Mobile | Home dzongkhag |
|-----|------|-------|--------|----------------|
| [[ID_NUMBER:DGPC-30112]] | [[PERSON:Pema Wangchuk]] | A (06-14) | [[PHONE_NUMBER:17 30 22 81]] | [[LOCATION:Chhukha]] |
| [[ID_NUMBER:DGPC-30147]] | [[PERSON:Deki Yangzom]] | B (14-22) | [[PHONE_NUMBER:77 18 40 66]] | [[LOCATION:Haa]] |
| [[ID_NUMBER:DGPC-30209]] | [[PERSON:Leki Dorji]] | C (22-06) | [[PHONE_NUMBER:17 92 05 13]] | [[LOCATION:Samtse]] |""",
    """roll\tname\tage\tclass\tsettlement\tsponsor_email
[[ID_NUMBER:NL-0412]]\t[[PERSON:Tenzin Choephel]]\t[[AGE:12]]\t6\t[[LOCATION:Bylakuppe]]\t[[EMAIL_ADDRESS:m.keller@sunrise.ch]]
[[ID_NUMBER:NL-0413]]\t[[PERSON:Lobsang Wangdu]]\t[[AGE:13]]\t7\t[[LOCATION:Hunsur]]\t[[EMAIL_ADDRESS:anne.devries@ziggo.nl]]
[[ID_NUMBER:NL-0419]]\t[[PERSON:Jigme Tsultrim]]\t[[AGE:11]]\t5\t[[LOCATION:Kollegal]]\t-""",
    """ACCT NO     CUSTOMER              SSN          ZIP    BALANCE
[[ID_NUMBER:004417823]]   [[PERSON:Raymond Okafor]]        [[US_SSN:287-65-0194]]  [[ZIP_CODE:30318]]  12,440.18
[[ID_NUMBER:004418107]]   [[PERSON:Lucía Ferreira-Santos]] [[US_SSN:512-40-7783]]  [[ZIP_CODE:60629]]  3,118.02
[[ID_NUMBER:004420551]]   [[PERSON:Nguyen Van Thanh]]      [[US_SSN:633-18-2046]]  [[ZIP_CODE:77072]]  881.47""",
    """{"member": "[[ID_NUMBER:GYM-88120]]", "name": "[[PERSON:Chloe Nguyen]]", "dob": "[[DATE_TIME:1997-08-21]]", "mobile": "[[PHONE_NUMBER:0421 553 018]]", "plan": "12m", "suburb": "[[LOCATION:Footscray]]"}
{"member": "[[ID_NUMBER:GYM-88134]]", "name": "[[PERSON:Tama Faleolo]]", "dob": "[[DATE_TIME:1989-02-03]]", "mobile": "[[PHONE_NUMBER:0438 201 774]]", "plan": "flex", "suburb": "[[LOCATION:Sunshine]]"}
{"member": "[[ID_NUMBER:GYM-88151]]", "name": "[[PERSON:Priyanka Das]]", "dob": "[[DATE_TIME:2003-12-11]]", "mobile": "[[PHONE_NUMBER:0402 917 360]]", "plan": "student", "suburb": "[[LOCATION:Maribyrnong]]"}""",
    """volunteers:
  - name: [[PERSON:Hannah Okoye]]
    age: [[AGE:22]]
    from: [[LOCATION:Manchester]]
    school: Shree Himalaya Secondary, [[LOCATION:Chaurikharka]]
    arrives: [[DATE_TIME:2024-09-05]]
    phone: "[[PHONE_NUMBER:+44 7810 229 417]]"
  - name: [[PERSON:Lukas Meier]]
    age: [[AGE:24]]
    from: [[LOCATION:Bern]]
    school: Khumjung School, [[LOCATION:Khumjung]]
    arrives: [[DATE_TIME:2024-09-12]]
    phone: "[[PHONE_NUMBER:+41 76 318 20 44]]"
  - name: [[PERSON:Grace Kim]]
    age: [[AGE:19]]
    from: [[LOCATION:Auckland]]
    school: Shree Himalaya Secondary, [[LOCATION:Chaurikharka]]
    arrives: [[DATE_TIME:2024-09-05]]
    phone: "[[PHONE_NUMBER:+64 21 904 331]]"
""",
    """Guest: [[PERSON:Rafael Mendonça]]
Nationality: [[NRP:Brazilian]]
Passport: [[ID_NUMBER:GA882104]]
Date of birth: [[DATE_TIME:22/09/1983]]
Arrival: [[DATE_TIME:14/04/2024]]
Room: 204
Tour operator: Bhutan Heritage Journeys
Visa ref: BTV-2024-55120
Email: [[EMAIL_ADDRESS:rafa.mendonca@uol.com.br]]""",
    """མིང་,ལོ་,ཁ་པར་,གནས་ཡུལ་
[[PERSON:བསྟན་འཛིན་ནོར་བུ]],[[AGE:༣༤]],[[PHONE_NUMBER:+91 94180 52716]],[[LOCATION:རྡ་རམ་ས་ལ]]
[[PERSON:ཚེ་རིང་སྒྲོལ་མ]],[[AGE:༢༩]],[[PHONE_NUMBER:+977 980 1122 437]],[[LOCATION:ཡེ་རང]]
[[PERSON:ཀུན་བཟང་དབང་མོ]],[[AGE:༤༧]],[[PHONE_NUMBER:+1 416 778 2093]],[[LOCATION:ཊོ་རོན་ཊོ]]""",
    """emp_no,surname,forename,ni_number,tax_code,dept,gross
[[ID_NUMBER:10442]],[[PERSON:Okonjo]],[[PERSON:Adaora]],[[ID_NUMBER:SK 21 77 40 C]],1257L,Finance,3120.00
[[ID_NUMBER:10458]],[[PERSON:Hughes]],[[PERSON:Rhys]],[[ID_NUMBER:PL 60 14 92 A]],1257L,Warehouse,2410.50
[[ID_NUMBER:10461]],[[PERSON:Kaur]],[[PERSON:Simran]],[[ID_NUMBER:NZ 03 58 81 D]],BR,Customer Services,1985.00
[[ID_NUMBER:10477]],[[PERSON:Murphy]],[[PERSON:Aoife]],[[ID_NUMBER:JH 44 09 17 B]],1257L,Finance,2890.75""",
    """| Patient | UHID | Age | Doctor | Slot | Phone |
|---|---|---|---|---|---|
| [[PERSON:Ramesh Iyer]] | [[ID_NUMBER:UH-2024-00731]] | [[AGE:66]] | [[PERSON:Dr. S. Menon]] | [[DATE_TIME:12-Aug 10:30]] | [[PHONE_NUMBER:98450 22713]] |
| [[PERSON:Fathima Beevi]] | [[ID_NUMBER:UH-2024-00918]] | [[AGE:54]] | [[PERSON:Dr. S. Menon]] | [[DATE_TIME:12-Aug 10:45]] | [[PHONE_NUMBER:94471 80362]] |
| [[PERSON:Joseph Kurian]] | [[ID_NUMBER:UH-2023-11207]] | [[AGE:71]] | [[PERSON:Dr. A. Rao]] | [[DATE_TIME:12-Aug 11:00]] | [[PHONE_NUMBER:0484 236 1190]] |""",
    """ward\tlandowner\tcitizenship_no\tland_lost_ropani\tcompensation_npr\tbank_ac
4\t[[PERSON:Purna Bahadur Khadka]]\t[[ID_NUMBER:22-01-69-00417]]\t3.5\t1,225,000\t[[ID_NUMBER:0450100021847]]
4\t[[PERSON:Kamala Dahal]]\t[[ID_NUMBER:22-01-71-01833]]\t1.2\t420,000\t[[ID_NUMBER:0450100023390]]
7\t[[PERSON:Tek Bahadur Sunuwar]]\t[[ID_NUMBER:22-03-68-00092]]\t6.0\t2,100,000\t[[ID_NUMBER:0450100019954]]""",
    """INDEX NO    STUDENT NAME          SCHOOL              DZO  ENG  MATH
[[ID_NUMBER:0412301087]]  [[PERSON:Sonam Choki Wangmo]]    Yangchenphug HSS    71   68   84
[[ID_NUMBER:0412301102]]  [[PERSON:Tshering Penjor]]       Yangchenphug HSS    65   77   59
[[ID_NUMBER:0412309445]]  [[PERSON:Karma Choden]]          Motithang HSS       80   82   91""",
    """{"uid": "[[ID_NUMBER:c-7741902]]", "handle": "[[USERNAME:maplesyrup_mo]]", "email": "[[EMAIL_ADDRESS:mo.tremblay@videotron.ca]]", "last_ip": "[[IP_ADDRESS:24.202.18.91]]", "last_login": "[[DATE_TIME:2024-08-02T21:14:09-04:00]]", "tier": "free"}
{"uid": "[[ID_NUMBER:c-7741955]]", "handle": "[[USERNAME:jas.dhaliwal]]", "email": "[[EMAIL_ADDRESS:jasdhaliwal@gmail.com]]", "last_ip": "[[IP_ADDRESS:2607:fea8:1f20:6a00::4c1]]", "last_login": "[[DATE_TIME:2024-08-03T07:40:51-07:00]]", "tier": "plus"}
{"uid": "[[ID_NUMBER:c-7742010]]", "handle": "[[USERNAME:north_of_60]]", "email": "[[EMAIL_ADDRESS:a.kusugak@northwestel.net]]", "last_ip": "[[IP_ADDRESS:142.68.233.7]]", "last_login": "[[DATE_TIME:2024-07-29T18:02:33-06:00]]", "tier": "free"}""",
    """expedition: Baruntse autumn 2024
members:
  - name: [[PERSON:Camille Dubois]]
    passport: [[ID_NUMBER:22FV41873]]
    blood_group: O+
    next_of_kin: [[PERSON:Jérôme Dubois]]
    nok_phone: "[[PHONE_NUMBER:+33 6 71 20 44 18]]"
  - name: [[PERSON:Anders Lindgren]]
    passport: [[ID_NUMBER:91034576]]
    blood_group: A-
    next_of_kin: [[PERSON:Maja Lindgren]]
    nok_phone: "[[PHONE_NUMBER:+46 70 441 28 93]]"
sirdar: [[PERSON:Lakpa Rita Sherpa]]
""",
    """Customer: [[PERSON:Grace Achieng Odhiambo]]
ID number: [[ID_NUMBER:30418827]]
M-Pesa line: [[PHONE_NUMBER:0712 884 301]]
Alt. line: [[PHONE_NUMBER:0733 019 442]]
Town: [[LOCATION:Kisii]]
Date of birth: [[DATE_TIME:5 March 1994]]
KYC status: verified
Agent till: 558210""",
    """| མིང་ | ངོ་སྤྲོད་ལག་ཁྱེར་ཨང་ | ལོ་ | རྫོང་ཁག | ལཱ་ |
|---|---|---|---|---|
| [[PERSON:དཔལ་ལྡན་རྡོ་རྗེ]] | [[ID_NUMBER:11401001229]] | [[AGE:41]] | [[LOCATION:ཀྲོང་གསར]] | འཕྲུལ་ཆས་པ |
| [[PERSON:ཀུན་ལེགས་ཆོས་སྒྲོན]] | [[ID_NUMBER:10902003871]] | [[AGE:28]] | [[LOCATION:ཀྲོང་གསར]] | རྩིས་པ |
| [[PERSON:ཡེ་ཤེས་ཕུན་ཚོགས]] | [[ID_NUMBER:11703000542]] | [[AGE:35]] | [[LOCATION:ཞེམ་སྒང]] | ཉེན་སྲུང་ |""",
    """tenant,property,bond_lodged,phone,move_in
[[PERSON:Losa Fifita]],"[[ADDRESS:22 Mahia Road]], [[LOCATION:Manurewa]]",$1,920,[[PHONE_NUMBER:022 418 3390]],[[DATE_TIME:3/02/2024]]
[[PERSON:Harrison Ngata-Reid]],"[[ADDRESS:5/118 Ponsonby Road]], [[LOCATION:Grey Lynn]]",$2,600,[[PHONE_NUMBER:027 903 1146]],[[DATE_TIME:17/02/2024]]
[[PERSON:Jiayi Zhou]],"[[ADDRESS:8 Tawa Drive]], [[LOCATION:Albany]]",$2,280,[[PHONE_NUMBER:021 660 472]],[[DATE_TIME:1/03/2024]]""",
    """| Reg. no. | Name | Age | Settlement | Medicine | Next review |
|---|---|---|---|---|---|
| [[ID_NUMBER:MTK-88412]] | [[PERSON:Dawa Tsering]] | [[AGE:68]] | [[LOCATION:Tashi Jong]] | Rinchen Ratna Samphel | [[DATE_TIME:3 Oct]] |
| [[ID_NUMBER:MTK-88430]] | [[PERSON:Pema Yangkyi]] | [[AGE:57]] | [[LOCATION:Bir]] | Agar-35 | [[DATE_TIME:10 Oct]] |
| [[ID_NUMBER:MTK-88471]] | [[PERSON:Norbu Gyaltsen]] | [[AGE:73]] | [[LOCATION:McLeod Ganj]] | Tsothel | [[DATE_TIME:3 Oct]] |""",
    """order\tship_to\taddress\tpostcode\tphone\titems
A-55120-7\t[[PERSON:Callum Fraser]]\t[[ADDRESS:7 Gairn Terrace]], [[LOCATION:Aberdeen]]\t[[ZIP_CODE:AB10 6AY]]\t[[PHONE_NUMBER:07402 115 830]]\t2
A-55121-3\t[[PERSON:Nadia Haq]]\t[[ADDRESS:Flat 1/2, 18 Kelvinhaugh Street]], [[LOCATION:Glasgow]]\t[[ZIP_CODE:G3 8NU]]\t[[PHONE_NUMBER:07951 338 204]]\t1
A-55124-0\t[[PERSON:Morag Sinclair]]\t[[ADDRESS:Tigh na Mara, Shore Road]], [[LOCATION:Ullapool]]\t[[ZIP_CODE:IV26 2UR]]\t[[PHONE_NUMBER:01854 612 447]]\t4""",
    """DRUKAIR KB 400  PBH-KTM  PASSENGER MANIFEST
SEQ  PASSENGER NAME          DOC NO         DOB
001  [[PERSON:WANGCHUK]]/[[PERSON:TSHERING]] [[TITLE:MR]]    [[ID_NUMBER:11509002841]]    [[DATE_TIME:14MAR86]]
002  [[PERSON:HOFFMANN]]/[[PERSON:KATRIN]] [[TITLE:MS]]      [[ID_NUMBER:C01XK7P92]]      [[DATE_TIME:02AUG71]]
003  [[PERSON:RAI]]/[[PERSON:ANISHA]] [[TITLE:MISS]]         [[ID_NUMBER:PA0447821]]      [[DATE_TIME:30DEC99]]
004  [[PERSON:ABERNATHY]]/[[PERSON:JAMES]] [[TITLE:MR]]      [[US_PASSPORT:548812093]]      [[DATE_TIME:09JUN64]]""",
    """{"ts": "[[DATE_TIME:2024-05-18T09:12:44Z]]", "user": "[[USERNAME:dolkar.t]]", "event": "login", "ip": "[[IP_ADDRESS:27.34.68.201]]", "ok": true}
{"ts": "[[DATE_TIME:2024-05-18T09:13:02Z]]", "user": "[[USERNAME:dolkar.t]]", "event": "download", "file": "grades_class9.xlsx", "ip": "[[IP_ADDRESS:27.34.68.201]]", "ok": true}
{"ts": "[[DATE_TIME:2024-05-18T09:20:37Z]]", "user": "[[USERNAME:ngodup_admin]]", "event": "login", "ip": "[[IP_ADDRESS:110.44.116.9]]", "ok": false}""",
    """learner,grade,id_number,guardian,guardian_cell,home_language
[[PERSON:Lerato Molefe]],10,[[ID_NUMBER:0805121044087]],[[PERSON:Nomsa Molefe]],[[PHONE_NUMBER:072 418 3306]],Setswana
[[PERSON:Ethan van Wyk]],10,[[ID_NUMBER:0803285117088]],[[PERSON:Charlene van Wyk]],[[PHONE_NUMBER:083 551 0924]],Afrikaans
[[PERSON:Ayanda Khumalo]],11,[[ID_NUMBER:0711046240083]],[[PERSON:Sibusiso Khumalo]],[[PHONE_NUMBER:061 203 7718]],isiZulu""",
    """| Mitglied | Name | AHV-Nr. | Wohnort | Beitrag |
|---|---|---|---|---|
| 0412 | [[PERSON:Sonam Dolma Tsang]] | [[ID_NUMBER:756.1309.4872.66]] | [[LOCATION:Winterthur]] | CHF 120 |
| 0418 | [[PERSON:Jampa Tenzin]] | [[ID_NUMBER:756.9042.1765.39]] | [[LOCATION:Rikon]] | CHF 120 |
| 0433 | [[PERSON:Tsering Lhamo Arya]] | [[ID_NUMBER:756.3718.4092.59]] | [[LOCATION:Horgen]] | CHF 60 |""",
    """contractors:
  - firm: Tashi Infra
    supervisor: [[PERSON:Ugyen Tshering]]
    cid: "[[ID_NUMBER:11102004417]]"
    mobile: "[[PHONE_NUMBER:17 77 40 21]]"
    site: adit 3
  - firm: Himal Tunnelling Pvt Ltd
    supervisor: [[PERSON:Bikash Rai]]
    passport: "[[ID_NUMBER:PA0983317]]"
    mobile: "[[PHONE_NUMBER:+977 984 2210 558]]"
    site: surge shaft
  - firm: Druk Electromech
    supervisor: [[PERSON:Sangay Wangmo]]
    cid: "[[ID_NUMBER:10705002913]]"
    mobile: "[[PHONE_NUMBER:77 60 13 88]]"
    site: powerhouse
""",
    """Climber: [[PERSON:Tsang Yin Hung]]
Peak: Lobuche East (6,119 m)
Summit date: [[DATE_TIME:27 April 2024, 06:40]]
Passport: [[ID_NUMBER:K40918327]]
Climbing guide: [[PERSON:Pemba Dorje Sherpa]]

Climber: [[PERSON:Olivia Brennan]]
Peak: Lobuche East (6,119 m)
Summit date: [[DATE_TIME:27 April 2024, 07:15]]
Passport: [[ID_NUMBER:PB4417028]]
Climbing guide: [[PERSON:Dawa Gyalzen Sherpa]]""",
    """case_id,cardholder,card_number,txn_date,amount,merchant,reason
DSP-20418,[[PERSON:Tiffany Boudreaux]],[[CREDIT_CARD:4929 0305 7781 1646]],2024-06-02,$412.00,GADGETHUB*ONLINE,not received
DSP-20422,[[PERSON:Marcus Whitfield]],[[CREDIT_CARD:2223 0031 2200 3388]],2024-06-04,$89.99,STREAMFLIX,cancelled
DSP-20431,[[PERSON:Rosa Delgado-Pierce]],[[CREDIT_CARD:3468 302751 99266]],2024-06-05,$1,250.00,AIRLINE 016,duplicate""",
    """Employee No\tName\tSSS No\tPhilHealth\tTIN\tBranch
[[ID_NUMBER:PH-3301]]\t[[PERSON:Maricel Bautista]]\t[[ID_NUMBER:33-4417820-1]]\t[[ID_NUMBER:01-025558813-2]]\t[[ID_NUMBER:311-902-448-000]]\t[[LOCATION:Quezon City]]
[[ID_NUMBER:PH-3318]]\t[[PERSON:Jerome Dela Cruz]]\t[[ID_NUMBER:34-0918273-5]]\t[[ID_NUMBER:01-050417721-8]]\t[[ID_NUMBER:298-117-503-000]]\t[[LOCATION:Makati]]
[[ID_NUMBER:PH-3342]]\t[[PERSON:Ana Liza Pangilinan]]\t[[ID_NUMBER:02-1188304-7]]\t[[ID_NUMBER:19-090311205-4]]\t[[ID_NUMBER:402-668-219-000]]\t[[LOCATION:Cebu City]]""",
    """| Family | Members | Religion | Address | Phone |
|---|---|---|---|---|
| [[PERSON:Abdi]] | [[PERSON:Farah]], [[PERSON:Hibo]], [[PERSON:Yusuf]] | [[NRP:Muslim]] | [[ADDRESS:1820 Riverside Ave, Apt 6]] | [[PHONE_NUMBER:612-339-0471]] |
| [[PERSON:Lindqvist]] | [[PERSON:Erik]], [[PERSON:Karen]] | [[NRP:Lutheran]] | [[ADDRESS:415 W 46th St]] | [[PHONE_NUMBER:612-822-5536]] |
| [[PERSON:Tsering]] | [[PERSON:Karma]], [[PERSON:Dolma]], [[PERSON:Tashi]] | [[NRP:Buddhist]] | [[ADDRESS:3049 Columbus Ave S]] | [[PHONE_NUMBER:612-208-7713]] |""",
    """Ming | Lo | Pha-yul | Rangzen Lagdeb | Kha-par
[[PERSON:Dhondup Gyal]] | [[AGE:58]] | [[LOCATION:Amdo]] | [[ID_NUMBER:DL-044127]] | [[PHONE_NUMBER:98829 31047]]
[[PERSON:Tsering Yudon]] | [[AGE:33]] | [[LOCATION:Kham]] | [[ID_NUMBER:DL-088311]] | [[PHONE_NUMBER:70184 22965]]
[[PERSON:Lobsang Dekyi]] | [[AGE:71]] | [[LOCATION:Utsang]] | [[ID_NUMBER:DL-017402]] | [[PHONE_NUMBER:94184 09317]]""",
    """household_head,id_card,sex,birth_date,township,mobile
[[PERSON:Tsering Phuntsok]],[[ID_NUMBER:540121197901050035]],M,[[DATE_TIME:1979-01-05]],[[LOCATION:Lhundrub]],[[PHONE_NUMBER:138 8901 4472]]
[[PERSON:Pasang Drolkar]],[[ID_NUMBER:540102199004183524]],F,[[DATE_TIME:1990-04-18]],[[LOCATION:Chengguan]],[[PHONE_NUMBER:139 0891 2208]]
[[PERSON:Gyaltsen Norbu]],[[ID_NUMBER:540103196502220810]],M,[[DATE_TIME:1965-02-22]],[[LOCATION:Doilungdêqên]],[[PHONE_NUMBER:0891-682 4417]]""",
    """UPPER TAMAKOSHI HEP — SALARY SHEET
EMP ID    NAME                    PAN         BANK A/C           NET (NPR)
[[ID_NUMBER:UT-0412]]   [[PERSON:Ram Prasad Shrestha]]     [[ID_NUMBER:301847226]]   [[ID_NUMBER:0012017500448213]]   48,200
[[ID_NUMBER:UT-0418]]   [[PERSON:Sabina Thapa]]            [[ID_NUMBER:602118734]]   [[ID_NUMBER:1650100004471202]]   39,750
[[ID_NUMBER:UT-0533]]   [[PERSON:Pasang Dawa Sherpa]]      [[ID_NUMBER:604472190]]   [[ID_NUMBER:00401050066318]]     41,900""",
    """{"donor": "[[PERSON:Hélène Vasseur]]", "iban": "[[IBAN_CODE:FR76 3000 4008 1900 0104 8726 355]]", "child": "[[PERSON:Tenzin Yangdon]]", "school": "TCV Suja", "monthly_eur": 30}
{"donor": "[[PERSON:Pieter Claes]]", "iban": "[[IBAN_CODE:BE33 0630 4182 7546]]", "child": "[[PERSON:Ngawang Dorjee]]", "school": "TCV Gopalpur", "monthly_eur": 25}
{"donor": "[[PERSON:Ingeborg Lie]]", "iban": "[[IBAN_CODE:NO03 9710 1188 349]]", "child": "[[PERSON:Choenyi Lhamo]]", "school": "TCV Selakui", "monthly_eur": 40}""",
    """stop,student,year,pickup_address,parent_mobile
1,[[PERSON:Mia Castellano]],4,[[ADDRESS:12 Banksia Crescent]],[[PHONE_NUMBER:0417 330 912]]
2,[[PERSON:Oliver Tran]],2,[[ADDRESS:88 Wattle Grove Road]],[[PHONE_NUMBER:0402 118 764]]
2,[[PERSON:Ava Tran]],5,[[ADDRESS:88 Wattle Grove Road]],[[PHONE_NUMBER:0402 118 764]]
3,[[PERSON:Noah Whitehead]],6,[[ADDRESS:3 Old Coach Lane]],[[PHONE_NUMBER:0438 905 221]]""",
    """| Client | Pet | Species | Phone | Postcode | Last visit |
|---|---|---|---|---|---|
| [[PERSON:Mrs. Doreen Blackwell]] | Pip | cat | [[PHONE_NUMBER:01392 447 120]] | [[ZIP_CODE:EX4 3LS]] | [[DATE_TIME:02/05/2024]] |
| [[PERSON:Kwame Asiedu]] | Bolt | dog | [[PHONE_NUMBER:07488 203 519]] | [[ZIP_CODE:EX2 8DZ]] | [[DATE_TIME:19/04/2024]] |
| [[PERSON:Harriet Lowe]] | Nutmeg | rabbit | [[PHONE_NUMBER:07712 660 348]] | [[ZIP_CODE:EX1 2QR]] | [[DATE_TIME:27/03/2024]] |""",
    """Policyholder: [[PERSON:Eoin Gallagher]]
PPSN: [[ID_NUMBER:3318570Q]]
Date of birth: [[DATE_TIME:30/11/1976]]
Address: [[ADDRESS:Apartment 12, Clanbrassil House, Clanbrassil Street]], [[LOCATION:Dundalk]], [[LOCATION:Co. Louth]] [[ZIP_CODE:A91 X2F7]]
Policy type: home and contents
Named driver: [[PERSON:Sinéad Gallagher]]
Contact: [[EMAIL_ADDRESS:eoin.gallagher76@gmail.com]]""",
    """applicant\tpermit\tid_type\tid_no\tvalid_from\tvalid_to
[[PERSON:Aditi Chauhan]]\tInner Line (Nubra, Pangong)\tAadhaar\t[[ID_NUMBER:4729 0318 6521]]\t[[DATE_TIME:15-07-2024]]\t[[DATE_TIME:29-07-2024]]
[[PERSON:Kunal Bhasin]]\tInner Line (Nubra, Pangong)\tDL\t[[ID_NUMBER:DL-0420110149646]]\t[[DATE_TIME:15-07-2024]]\t[[DATE_TIME:29-07-2024]]
[[PERSON:Tsewang Dolma]]\tInner Line (Dah Hanu)\tVoter ID\t[[ID_NUMBER:JKL2208814]]\t[[DATE_TIME:18-07-2024]]\t[[DATE_TIME:20-07-2024]]""",
    """staff:
  - name: [[PERSON:Oluwatoyin Bakare]]
    staff_no: [[ID_NUMBER:LAG-2291]]
    nin: "[[ID_NUMBER:71840229365]]"
    phone: "[[PHONE_NUMBER:0806 338 1942]]"
    unit: radiology
  - name: [[PERSON:Ibrahim Musa Danjuma]]
    staff_no: [[ID_NUMBER:LAG-2307]]
    nin: "[[ID_NUMBER:40918227710]]"
    phone: "[[PHONE_NUMBER:0703 118 4460]]"
    unit: pharmacy
""",
    """kunde;navn;iban;by
88120;[[PERSON:Mette Kjærgaard]];[[IBAN_CODE:DK82 3000 4018 6322 70]];[[LOCATION:Aarhus]]
88134;[[PERSON:Ole Bratlie]];[[IBAN_CODE:NO55 8601 3522 970]];[[LOCATION:Bergen]]
88177;[[PERSON:Sanne de Graaf]];[[IBAN_CODE:NL51 RABO 0318 8402 71]];[[LOCATION:Utrecht]]""",
    """ELECTOR NO  NAME                        ADDRESS                      POSTCODE
Polling district KA1, [[LOCATION:Pontypridd]]
[[ID_NUMBER:KA1-0412]]    [[PERSON:Gwendolyn Price-Ajayi]]       [[ADDRESS:14 Ferndale Road]]             [[ZIP_CODE:CF37 4LP]]
[[ID_NUMBER:KA1-0413]]    [[PERSON:Owain Price-Ajayi]]           [[ADDRESS:14 Ferndale Road]]             [[ZIP_CODE:CF37 4LP]]
[[ID_NUMBER:KA1-0420]]    [[PERSON:Bartosz Zielinski]]           [[ADDRESS:3 Ynysybwl Terrace]]           [[ZIP_CODE:CF37 3HB]]""",
    """{"trip": "GR-44812", "rider": "[[PERSON:Siti Nurhaliza binte Osman]]", "pickup": "[[ADDRESS:Blk 221 Jurong East Street 21]]", "dropoff": "Changi Airport T3", "rider_phone": "[[PHONE_NUMBER:+65 9721 4408]]", "fare_sgd": 28.4}
{"trip": "GR-44819", "rider": "[[PERSON:Rajesh Pillai]]", "pickup": "[[ADDRESS:17 Jalan Kembangan]]", "dropoff": "[[LOCATION:Raffles Place]]", "rider_phone": "[[PHONE_NUMBER:+65 8133 0926]]", "fare_sgd": 19.1}
{"trip": "GR-44827", "rider": "[[PERSON:Emily Goh]]", "pickup": "[[ADDRESS:3 Pasir Ris Drive 1, #05-22]]", "dropoff": "Tampines Mall", "rider_phone": "[[PHONE_NUMBER:+65 9008 1175]]", "fare_sgd": 8.6}""",
    """SIN,Name,Slip,Box 14 income,Province
[[ID_NUMBER:413 905 589]],[[PERSON:Karma Dhondup]],T4,"48,210.00",[[LOCATION:ON]]
[[ID_NUMBER:278 140 363]],[[PERSON:Amélie Gagnon]],RL-1,"39,880.50",[[LOCATION:QC]]
[[ID_NUMBER:611 279 845]],[[PERSON:Jessica Brar]],T4A,"12,000.00",[[LOCATION:AB]]""",
    """patient_no\tname\tsex\tage\ttest\tresult\tcollected
[[ID_NUMBER:KNH/24/118204]]\t[[PERSON:Kevin Mutua]]\tM\t[[AGE:34]]\tmalaria RDT\tnegative\t[[DATE_TIME:14/06/2024 08:20]]
[[ID_NUMBER:KNH/24/118233]]\t[[PERSON:Faith Chebet]]\tF\t[[AGE:27]]\tHb\t10.8 g/dL\t[[DATE_TIME:14/06/2024 08:41]]
[[ID_NUMBER:KNH/24/118260]]\t[[PERSON:Hassan Abdi Noor]]\tM\t[[AGE:61]]\tHbA1c\t8.2%\t[[DATE_TIME:14/06/2024 09:05]]""",
    """| Porter | Citizenship no. | Age | Home | Insured until | Load (kg) |
|---|---|---|---|---|---|
| [[PERSON:Ang Nima Tamang]] | [[ID_NUMBER:21-02-74-00318]] | [[AGE:26]] | [[LOCATION:Salleri]] | 2024-12-31 | 30 |
| [[PERSON:Chhiring Rai]] | [[ID_NUMBER:21-01-70-02291]] | [[AGE:31]] | [[LOCATION:Phaplu]] | 2024-12-31 | 30 |
| [[PERSON:Dorje Lama]] | [[ID_NUMBER:11-03-77-00846]] | [[AGE:19]] | [[LOCATION:Jiri]] | 2024-12-31 | 25 |""",
    """Ming: [[PERSON:Jamyang Lhendup]]
Lä-gyog: ngö-thong (operator)
Lä-khang: Dagachhu chu-lop
CID: [[ID_NUMBER:11603001927]]
Khapar: [[PHONE_NUMBER:17 41 92 30]]
Dzongkhag: [[LOCATION:Dagana]]
Kye-tse: [[DATE_TIME:08/08/1991]]""",
    """rank,username,email,country,score
1,[[USERNAME:yakbutter_tea]],[[EMAIL_ADDRESS:t.gyatso.games@gmail.com]],[[LOCATION:India]],98410
2,[[USERNAME:KiwiKrusher]],[[EMAIL_ADDRESS:liam.ngata@xtra.co.nz]],[[LOCATION:New Zealand]],97220
3,[[USERNAME:lagos_lightning]],[[EMAIL_ADDRESS:tobi.adeyemi@yahoo.com]],[[LOCATION:Nigeria]],95001
4,[[USERNAME:xx_sakura_xx]],[[EMAIL_ADDRESS:hana.moriyama@icloud.com]],[[LOCATION:Canada]],94870""",
    """class: PP-B
teacher: [[TITLE:Lopen]] [[PERSON:Kinzang Dema]]
parents:
  - child: [[PERSON:Dechen Wangmo]]
    parent: [[PERSON:Ugyen Penjor]]
    mobile: "[[PHONE_NUMBER:17 60 88 21]]"
  - child: [[PERSON:Tashi Namgyel]]
    parent: [[PERSON:Sonam Lhaden]]
    mobile: "[[PHONE_NUMBER:77 44 19 02]]"
  - child: [[PERSON:Yeshi Dorji]]
    parent: [[PERSON:Kelzang Tshomo]]
    mobile: "[[PHONE_NUMBER:17 12 95 67]]"
""",
    """| Viewing | Buyer | Cell | Property | Agent |
|---|---|---|---|---|
| [[DATE_TIME:Sat 8 June 10:00]] | [[PERSON:Thabo Sithole]] | [[PHONE_NUMBER:082 903 4412]] | [[ADDRESS:14 Jacaranda Street]], [[LOCATION:Menlo Park]] | [[PERSON:Riana Steyn]] |
| [[DATE_TIME:Sat 8 June 11:30]] | [[PERSON:Priya Govender]] | [[PHONE_NUMBER:071 558 2209]] | [[ADDRESS:Unit 7, Oakhurst, 30 Rose Avenue]], [[LOCATION:Lynnwood]] | [[PERSON:Riana Steyn]] |
| [[DATE_TIME:Sun 9 June 14:00]] | [[PERSON:Pieter]] and [[PERSON:Anel du Plessis]] | [[PHONE_NUMBER:083 227 6610]] | [[ADDRESS:14 Jacaranda Street]], [[LOCATION:Menlo Park]] | [[PERSON:Sizwe Mahlangu]] |""",
    """CARD        BORROWER               PHONE          OVERDUE
[[ID_NUMBER:21100448213]] [[PERSON:Mereana Tipene]]         [[PHONE_NUMBER:027 551 0932]]   2
[[ID_NUMBER:21100451877]] [[PERSON:Arjun Singh Bains]]      [[PHONE_NUMBER:021 338 4106]]   1
[[ID_NUMBER:21100460025]] [[PERSON:Sophie Tauroa-Williams]] [[PHONE_NUMBER:09 846 2217]]    4""",
    """{"visitor": "[[PERSON:Marguerite Lefebvre]]", "passport": "[[ID_NUMBER:19AB72044]]", "group": "TTB-2024-0871", "site": "Sera Monastery", "entry": "[[DATE_TIME:2024-08-14 10:05]]", "guide": "[[PERSON:Tenzin Jigme]]"}
{"visitor": "[[PERSON:Daniel Acheampong]]", "passport": "[[ID_NUMBER:G4471022]]", "group": "TTB-2024-0871", "site": "Sera Monastery", "entry": "[[DATE_TIME:2024-08-14 10:05]]", "guide": "[[PERSON:Tenzin Jigme]]"}
{"visitor": "[[PERSON:Rin Takahashi]]", "passport": "[[ID_NUMBER:TZ1183704]]", "group": "TTB-2024-0874", "site": "Drepung Monastery", "entry": "[[DATE_TIME:2024-08-15 09:40]]", "guide": "[[PERSON:Kelsang Dorje]]"}""",
    """sku,item,qty,bin,owner,owner_ext
HP-7741-BLK,headlamp 400lm,24,A3,[[PERSON:Wiremu Pōtae]],2214
HP-7741-RED,headlamp 400lm,11,A3,[[PERSON:Wiremu Pōtae]],2214
TS-0092-L,trekking pole pair,40,C1,[[PERSON:Fiona Gale]],2230
DB-5511-M,down jacket M,18,D4,[[PERSON:Fiona Gale]],2230""",
    """མིང་\tལོ་\tསྐྱེས་ཡུལ་\tདགོན་པར་ཞུགས་ཚེས་\tཁ་པར་
[[PERSON:བློ་བཟང་བསྟན་འཛིན]]\t[[AGE:༢༤]]\t[[LOCATION:ཉག་རོང]]\t[[DATE_TIME:༢༠༡༥/༠༣/༡༡]]\t[[PHONE_NUMBER:+91 94482 17730]]
[[PERSON:ངག་དབང་ཆོས་འཕེལ]]\t[[AGE:༡༨]]\t[[LOCATION:རྫ་དཀར]]\t[[DATE_TIME:༢༠༡༩/༠༧/༢༠]]\t[[PHONE_NUMBER:+91 70191 44826]]
[[PERSON:བསྟན་འཛིན་དགེ་ལེགས]]\t[[AGE:༣༡]]\t[[LOCATION:བྱི་ལ་ཀུབ]]\t[[DATE_TIME:༢༠༠༨/༡༡/༠༢]]\t—""",
    """| Badge | Visitor | Organisation | In | Out | Escort |
|---|---|---|---|---|---|
| V-014 | [[PERSON:Dr. Anil Joshi]] | NEA inspection | [[DATE_TIME:2024-03-04 09:12]] | 15:40 | [[PERSON:Gita Adhikari]] |
| V-015 | [[PERSON:Mei Tanaka]] | JICA | [[DATE_TIME:2024-03-04 09:12]] | 15:40 | [[PERSON:Gita Adhikari]] |
| V-016 | [[PERSON:Roshan Karki]] | Himal Insurance | [[DATE_TIME:2024-03-05 11:03]] | 12:20 | [[PERSON:Bimal Lamsal]] |""",
    """parrain,iban,ville,enfant,depuis
[[PERSON:Françoise Aubert]],[[IBAN_CODE:FR76 2004 1010 0505 6839 2112 253]],[[LOCATION:Lyon]],[[PERSON:Dolkar Tsomo]],[[DATE_TIME:03/2019]]
[[PERSON:Koen Maes]],[[IBAN_CODE:BE24 3100 7629 5438]],[[LOCATION:Gent]],[[PERSON:Tenzin Lhundup]],[[DATE_TIME:09/2021]]
[[PERSON:Nathalie Renard]],[[IBAN_CODE:FR76 1027 8060 4100 0205 8194 645]],[[LOCATION:Rennes]],[[PERSON:Kalsang Wangmo]],[[DATE_TIME:01/2023]]""",
    """Patient: [[PERSON:Dolores Whitcombe]]
DOB: [[DATE_TIME:04/19/1952]]
Rx #: 6618204
Drug: metformin ER 500 mg, #60
Prescriber: [[PERSON:Dr. Raj Malhotra]]
Insurance member ID: [[ID_NUMBER:WPX448120937]]
Phone: [[PHONE_NUMBER:(559) 271-0834]]
Address: [[ADDRESS:2704 N Blackstone Ave, Apt 9]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93703]]""",
    """མིང་: [[PERSON:ཚེ་བརྟན་དབང་འདུས]]
ལོ་: [[AGE:༦༢]]
ཐོབ་ཐང་ལག་ཁྱེར་: [[ID_NUMBER:542224199506124378]]
ཁ་པར་: [[PHONE_NUMBER:0893-782 2045]]
སྡོད་གནས་: [[LOCATION:རྩེ་ཐང]]
ཟུར་བརྗོད་: ཁོང་གི་བུ་[[PERSON:བསོད་ནམས]]་ཀྱི་ལག་ཁྱེར་ཨང་ཡིན།""",
    """BED  PATIENT                 MRN        DOB         CONSULTANT
12A  [[PERSON:Bridget Ní Chonaill]]     [[ID_NUMBER:M0044182]]   [[DATE_TIME:14/03/1941]]  [[PERSON:Dr. Fennelly]]
12B  [[PERSON:Tadhg O'Sullivan]]        [[ID_NUMBER:M0051907]]   [[DATE_TIME:02/11/1937]]  [[PERSON:Dr. Fennelly]]
14   [[PERSON:Amira Haddad]]            [[ID_NUMBER:M0062210]]   [[DATE_TIME:29/07/1988]]  [[PERSON:Ms. Quinlan]]""",
    """staff_code,name,designation,aadhaar,pan,mobile
[[ID_NUMBER:MSD-118]],[[PERSON:Nima Lhamu Bhutia]],PGT English,[[ID_NUMBER:6307 1925 8404]],[[ID_NUMBER:ADFPB4471K]],[[PHONE_NUMBER:+91 97330 41825]]
[[ID_NUMBER:MSD-124]],[[PERSON:Bijay Chhetri]],TGT Science,[[ID_NUMBER:3951 8804 2173]],[[ID_NUMBER:BKRPC0928M]],[[PHONE_NUMBER:+91 81015 22736]]
[[ID_NUMBER:MSD-131]],[[TITLE:Sr.]] [[PERSON:Mary Lepcha]],Principal,[[ID_NUMBER:7462 0183 3950]],[[ID_NUMBER:AHZPL5510Q]],[[PHONE_NUMBER:0354 225 4117]]""",
    """| Attendee | Affiliation | Email | Badge | Diet |
|---|---|---|---|---|
| [[PERSON:Dr. Yolanda Ruiz-Espinoza]] | UT Austin | [[EMAIL_ADDRESS:yruiz@utexas.edu]] | SPK-04 | vegan |
| [[PERSON:Tenzin Lekshay]] | Emory-Tibet Science Initiative | [[EMAIL_ADDRESS:tenzin.lekshay@gmail.com]] | SPK-11 | vegetarian |
| [[PERSON:Prof. Gregory Mbatha]] | Wits | [[EMAIL_ADDRESS:g.mbatha@outlook.com]] | ATT-220 | none |""",
    """{"callback_for": "[[PERSON:Hyun-woo Lee]]", "phone": "[[PHONE_NUMBER:(213) 480-7716]]", "when": "[[DATE_TIME:Tue 07/16 2:30 PM PT]]", "topic": "duplicate charge"}
{"callback_for": "[[PERSON:Beatriz Alvarado]]", "phone": "[[PHONE_NUMBER:(305) 662-0914]]", "when": "[[DATE_TIME:Tue 07/16 4:00 PM ET]]", "topic": "address change"}
{"callback_for": "[[PERSON:Keoni Kahananui]]", "phone": "[[PHONE_NUMBER:(808) 923-4418]]", "when": "[[DATE_TIME:Wed 07/17 9:15 AM HST]]", "topic": "card replacement"}""",
    """STUDENT_ID | STUDENT            | FORM | PAYER           | CARD                | AMOUNT
[[ID_NUMBER:KHS-2210]]   | [[PERSON:Ang Doma Sherpa]]    | 8    | [[PERSON:Ursula Graf]]     | [[CREDIT_CARD:5489 0113 7724 6505]] | EUR 240
[[ID_NUMBER:KHS-2214]]   | [[PERSON:Ngima Tenzing]]      | 6    | [[PERSON:Robert Haines]]   | [[CREDIT_CARD:4556 7312 0984 3317]] | USD 260
[[ID_NUMBER:KHS-2231]]   | [[PERSON:Lhakpa Futi Sherpa]] | 9    | [[PERSON:Mariko Endo]]     | [[CREDIT_CARD:3566 0020 4471 8399]] | JPY 36000""",
]

CHAT = [
    """[10:02] Agent ([[PERSON:Maya]]): Thanks for contacting Horizon Bank chat. Who am I speaking with today?
[10:02] Customer: [[PERSON:Derrick Osei-Bonsu]]
[10:03] Agent ([[PERSON:Maya]]): Hi [[PERSON:Derrick]], can you confirm your date of birth and the last four of your SSN?
[10:03] Customer: [[DATE_TIME:June 4, 1983]], and 4471
[10:04] Agent ([[PERSON:Maya]]): Thank you. How can I help?
[10:04] Customer: my card [[CREDIT_CARD:4266 9031 5728 8412]] got declined at a gas station in [[LOCATION:Dayton]] this morning
[10:05] Agent ([[PERSON:Maya]]): I see a fraud hold. I'll text a code to the number ending 0419.
[10:06] Customer: I changed numbers, it's [[PHONE_NUMBER:937-402-8815]] now
[10:07] Agent ([[PERSON:Maya]]): Updated. Code sent, and the hold is lifted once you enter it.""",
    """[[PERSON:Ngodup]]: Tashi delek la! Amala gi phone nambar sarpa [[PHONE_NUMBER:+1 416 902 7781]] re.
[[PERSON:Dolkar]]: La so. Amala gi address [[ADDRESS:88 Close Ave, Apt 1902]] re, [[LOCATION:Parkdale]].
[[PERSON:Ngodup]]: Pala gi doctor appointment [[DATE_TIME:Thursday 24 Oct 3:30]] re, nga dro gi yin.
[[PERSON:Dolkar]]: Thuk-je-che, [[PERSON:Ngodup]]-la. Health card nambar [[ID_NUMBER:5584-220-917-PK]] nga la yö.""",
    """#ops-tala-powerhouse
[[PERSON:Karma Dorji]]  08:14
unit 3 tripped on overspeed again. @[[USERNAME:sonam.w]] can you pull the governor logs?
[[PERSON:Sonam Wangchuk]]  08:16
on it. fyi the new contractor, [[PERSON:Bhim Bahadur Gurung]], starts today; HR has his CID as [[ID_NUMBER:12003004187]] and he's on [[PHONE_NUMBER:77 31 05 62]]
[[PERSON:Deki Choden]]  08:21
gate pass for him is ready. [[PERSON:Karma]], your leave from [[DATE_TIME:Monday 21 Oct]] is approved btw
[[PERSON:Karma Dorji]]  08:22
kadrinchey la 🙏""",
    """Ncell Support: Namaste! How can I help you today?
Guest: hi, I'm [[PERSON:Laura Pietersen]], I bought a tourist SIM in [[LOCATION:Thamel]] yesterday with my passport [[ID_NUMBER:NXF4B2K17]] but data doesn't work
Ncell Support: Sorry to hear that. What is the SIM number?
Guest: [[PHONE_NUMBER:980 4471 228]]
Ncell Support: Thank you [[PERSON:Laura]]. The data pack is active from tonight. Please restart the phone and dial *17123#.
Guest: ok. we fly to [[LOCATION:Lukla]] on the [[DATE_TIME:14th]] so I need it before then
Ncell Support: It will work before that. If not, visit our outlet in [[LOCATION:Lukla]] or call 9005 toll-free.""",
    """[[USERNAME:tsampa_warrior]]: anyone doing the raid tonight
[[USERNAME:lil_momo]]: ye after 9. btw my mum wants to know if ur coming to the losar party, she said text her on [[PHONE_NUMBER:0413 220 981]]
[[USERNAME:tsampa_warrior]]: lol ok tell aunty [[PERSON:Pema]] yes
[[USERNAME:gh0stfrog]]: wait ur real name is [[PERSON:Tenzin]]??
[[USERNAME:tsampa_warrior]]: bro everyone in our community is [[PERSON:tenzin]] 💀""",
    """[[PERSON:ཀེལ་བཟང]]: ཀུ་ཟུ་ཟང་པོ་ ལ། ནངས་པ་ ཁྲོམ་ལུ་ འོང་ནི་ཨིན་ན?
[[PERSON:ཚེ་རིང]]: ཨིན་ ལ། ང་གི་ཁ་པར་ [[PHONE_NUMBER:17 65 20 38]] ལུ་ འབོ་གནང་།
[[PERSON:ཀེལ་བཟང]]: ལགས་སོ། ང་ [[LOCATION:ཐིམ་ཕུག]]་ ལུ་ ཡོདཔ་ཨིན། ང་གི་ཁ་པར་གསརཔ་ [[PHONE_NUMBER:77 20 94 11]] ཨིན།""",
    """Host ([[PERSON:Bishal]]): Hi [[PERSON:Sarah]], welcome to [[LOCATION:Pokhara]]! For the police registration I need your full name as in the passport, the passport number and your date of arrival in [[LOCATION:Nepal]].
Guest ([[PERSON:Sarah]]): Hi! [[PERSON:Sarah Louise Whitaker]], [[ID_NUMBER:533018742]], arrived [[DATE_TIME:3 November]].
Host ([[PERSON:Bishal]]): Thanks. I'll keep a copy of your ACAP permit too (ACAP-24-118204). My number for anything: [[PHONE_NUMBER:+977 9856 021 447]].
Guest ([[PERSON:Sarah]]): Perfect. My partner [[PERSON:Dev]] arrives on the [[DATE_TIME:6th]], his passport is [[ID_NUMBER:Z5511803]].""",
    """[19:02] [[PERSON:Jess Carter]]: Reminder it's World Book Day on Thursday! 📚
[19:05] [[PERSON:Amira Yusuf]]: Thanks [[PERSON:Jess]]. Does anyone have a spare Gruffalo costume, age 6?
[19:11] [[PERSON:Dan O'Brien]]: [[PERSON:Amira]] we do, I'll drop it round, still [[ADDRESS:41 Hawthorn Close]]?
[19:12] [[PERSON:Amira Yusuf]]: yes! thank you 🙏 text me on [[PHONE_NUMBER:07956 210 443]] when you're outside
[19:20] [[PHONE_NUMBER:+44 7700 914 218]]: Hi all, this is [[PERSON:Kasia]], [[PERSON:Zofia]]'s mum, new number!""",
]

LOOKALIKE = [
    """Shipment notice — Order #HK-2024-558120
Tracking: 1Z9V847A0344192207 (UPS), consignment ref CN-20240611-0042
Items: SKU TRK-POLE-CF-135 x2, SKU HDL-400-BLK x1, ISBN 9788182347908 (A Trekking Guide to the Khumbu, 3rd ed.)
Invoice INV-00418827 dated 11/06/2024, VAT reg. GB 318 4420 17
Questions? Call our warehouse on 0345 602 1187 or write to orders@summitgear.co.uk.
Deliver to: [[PERSON:Imogen Rhys-Davies]], [[PHONE_NUMBER:07821 440 392]]""",
    """Release notes — SCADA gateway firmware 4.12.0.117 (previous 4.11.3.250)
- Modbus polling interval is now configurable (default 250 ms).
- Fixed: watchdog reset when the historian on port 5020 is unreachable.
- SHA-256 of the image: 3f9a1c0e77b24d51c8a6e0f2d9b1a7c4e5f60718293a4b5c6d7e8f9012a3b4c5
- Applies to serials GW-2207-00014 through GW-2207-00388, hardware rev C2; build 2024.06.18-r3.
- Known issue KI-0412: the Francis turbine speed tag may read 0 for one cycle after a restart.
Support desk: +975 2 336 410, support@drukautomation.bt (weekdays 09:00-17:00).""",
    """New arrivals at the library bookshop:
- Himalayan Hydropower: A Field Handbook, ISBN 978-1-55939-315-7, Rs 1,250
- Dzongkha Made Easy (2nd edition, 2019), ISBN 978-93-87602-41-0, Rs 380
- Monastic Debate for Beginners (out of print, photocopy only), Rs 150
Stock codes BK-DH-0418, BK-DH-0419, BK-DH-0422. Prices valid until 31 March. Shop phone 01892-222 467, books@libraryshop.org.
Orders held for: [[PERSON:Tenzin Pelkyi]] (call [[PHONE_NUMBER:98051 33720]])""",
    """NOTICE: From 1 April the TIMS and Sagarmatha National Park permit counter moves from the Bhrikuti Mandap complex to the ground floor of the Tourist Service Centre on Pradarshani Marg. Permit numbers now follow the pattern SNP-YY-NNNNNN, and restricted-area permits keep RAP-XXX-YY-NNNN. Fees: NPR 3,000 (SAARC nationals NPR 1,500). Flights to Tenzing-Hillary Airport remain subject to weather, and the Edmund Hillary school project desk stays on Durbar Marg. Enquiries: +977-1-4256909, permits@ntb.org.np. For lost permits call the duty officer, [[PERSON:Sarita Maharjan]], on [[PHONE_NUMBER:9851-076-334]].""",
    """Equipment register, Nikachhu HPP (extract)
Tag      Description            Make / model        Serial          FW
GEN-U1   generator, 59 MW       Andritz HG-59       AH-19-04471     n/a
GOV-U1   digital governor       Voith HyCon 5.2     VH52-220918     3.14.159.2
EXC-U1   static excitation      ABB Unitrol 6800    U68-0044182     6.20.0.11
RTU-07   remote terminal unit   SEL-3530            3530-1187-22    R148-V3
Commissioned by site engineer [[PERSON:Tshewang Rinzin]]; calibration due every 12 months, next lot PO-2024-0917.""",
    """གསལ་བསྒྲགས།
ཕྱི་ལོ་ ༢༠༢༤ ཟླ་ ༡༢ ཚེས་ ༡༠ ནས་ ༡༥ བར་དགོན་པར་སྨོན་ལམ་ཆེན་མོ་འཚོགས་རྒྱུ་ཡིན། ཞལ་འདེབས་ལག་འཁྱེར་ཨང་ DR-2024-0418 ནས་ DR-2024-0900 བར་ཡིན། དགོན་པའི་ཡིག་ཚང་གི་ཁ་པར་ 08301-222 447 ཡིན། འབྲེལ་གཏུག་བྱེད་མཁན། [[TITLE:དགེ་བཤེས]]་[[PERSON:བློ་བཟང་བསམ་གཏན]]།""",
    """Ticket CS-448120 — warranty claim
Customer: [[PERSON:Gareth Lewis-Morgan]] <[[EMAIL_ADDRESS:g.lewismorgan@btinternet.com]]>
Product: WH-1000XM5 headphones, serial 5044182, bought at Harrods, order 202-5581207-3349120, invoice INV-88-20417.
Notes: return label RL-GB-7781-2209 issued; the courier depot on Nelson Mandela Boulevard will scan it. Refund to the card ending 4471 within 5-7 working days. Escalations: 0800 028 4419 or escalations@soundcare.co.uk. Firmware on the unit reported as 2.0.4.1 (latest 2.0.6.3).""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind134", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind93.jsonl: a ninety-third *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind93.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of any other gold set
(no *.jsonl was opened, and no record list inside any make_*.py). Only these
were read, to keep the conventions and the file format: lines 1-121 of
make_blind22.py (its docstring and import lines) and its closing scaffolding
from `STYLES = {` to the end (copied below), the whole of gold_sets.py, and
lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). No git command was run and no git
history looked at; nothing under /tmp was listed or read. The detector, the
bench and the tests were never run on this file. Do not tune the detector
against it: once it has been used to tune, it no longer measures anything;
write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (the French RIB keys
inside the French IBANs are right too); national ids with a public check
digit were given a valid one: Japanese My Number (個人番号), Korean resident
registration numbers (agreeing with sex and birth date), NHS numbers and
the Scottish CHI number, Canadian SIN, New Zealand IRD numbers, Aadhaar (Verhoeff), BSN,
Singapore NRIC, Australian TFN, South African ids (agreeing with sex and
birth date), Irish PPSN, Spanish DNI and the German Steuer-ID, and so was the
ISBN-13 look-alike. All were worked out with hand-run throwaway code in the
shell while writing (no scratch file), not generated here;
`gold_sets.check` re-checks cards and IBANs. UK NI numbers, US SSNs,
passports, licences, plates, bank account numbers, Kenyan, Philippine and
Nigerian ids and staff, student, member, patient and player numbers were not
checked.

Styles (ids `blind93-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Canada, Australia, New Zealand, Ireland, India,
Singapore, the Philippines, South Africa, Nigeria, Ghana and Kenya contexts,
with names from the many cultures living there); the rest (24 records) are
in Japanese and Korean, spread over every style. Online gaming and esports,
streaming platforms, and concert and event ticketing get extra weight in
`gen` and `bench` (about two records in five there, a little over the third
asked for); the other domains are spread widely.
- `gen` (80): one to four LLM-style sentences with personal data woven
  into prose; names at the start, middle and end, lowercase and possessive;
  ages, dates, addresses, phones and ids in many shapes.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd, dense mixed sentences with names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents, cards with
  CVV and expiry, IBAN and BIC), gretel-pii-masking-en-v1 (claims,
  contracts, medical and loan forms, notices) and Nemotron-PII (JSON, log
  lines, SQL, XML, config and code snippets, tickets and forms).
- `table` (60): one small table per record rendered as text (CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks), with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice references, SKUs, an ISBN, IP-shaped versions,
  hashes, serials, company phones, role mailboxes, eponyms, streets named
  after people with no number), with the few real PII values labeled; one
  has no PII at all.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames and stage names; a possessive "'s" is outside, and so are
  Japanese and Korean honorific suffixes (さん, 様, 님, 씨, 선수).
  TITLE: honorifics attached to a name (Mr, Mrs, Ms, Dr, Prof), labeled
  apart from it; job titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names, a secondary address in its own field; city, district,
  county, state / province (also abbreviated), prefecture, 区/구 and
  country are LOCATION, named neighbourhoods too; postcodes of every shape
  are ZIP_CODE (without the 〒 sign).
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, registration, ban, visit, signature, last login ...) with a day
  or a month, in any shape; a weekday or clock time said with such a date
  is inside the span, a weekday or time alone is not; not bare years,
  durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@" (gamertags, channel
  names, in-game names). URL: personal pages, channels and profiles only.
  NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, player and member numbers, bank account numbers,
  non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, BIC / SWIFT, sort codes and routing numbers, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / tracking
  references, seat and section numbers, company phone numbers and role
  mailboxes, versions, hashes, serials, partial numbers ("ending 4417"),
  pets, eponyms and brands named after people, a header row.
- Calls made while writing this set: the date of a public event (a
  concert, a match day, a tour stop, an on-sale date) is not a person's
  date and stays unlabeled even when the person holds a ticket for it,
  while the date a person registered, was suspended, signed, travels,
  checks in or was seen is labeled; an event venue's name stays unlabeled
  but its city is LOCATION; a ticket order number, seat, row and section
  are unlabeled, a loyalty / fan-club member number is ID_NUMBER; a
  player id that is a person's account number ("player_id") is ID_NUMBER,
  a match, lobby or session id is not; a streaming channel URL is URL and
  the bare handle USERNAME; a Discord tag keeps its "#NNNN" inside the
  USERNAME span; in a table a "sex", "gender", "role", "tier", "plan" or
  "status" column stays unlabeled, an "age" column is AGE, a "country",
  "state" or "city" column is LOCATION and a "nationality" column is NRP;
  a building number in its own field is ADDRESS like a street; every real
  IP address is IP_ADDRESS, whether a person's device or a server, while
  IP-shaped versions and builds are not; the timestamp that opens a log
  line (and an HL7 or webhook message time) is a machine event time and
  stays unlabeled, while a "last_login" / "banned_at" / "signup" field or a
  letter's or e-mail's date is labeled; a flight manifest's trailing
  "MR" / "MRS" is TITLE; the person's part of a Japanese or Korean address
  after the prefecture / city / ward (丁目-番地, road name and number,
  building and room) is ADDRESS.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind93.jsonl")

GEN = [
    """Hey, this is [[PERSON:Marcus Obi]]. I bought two standing tickets for the [[LOCATION:Manchester]] show and the confirmation went to my old address, [[EMAIL_ADDRESS:marcus.obi88@hotmail.co.uk]]. Could you move the booking to [[EMAIL_ADDRESS:m.obi@protonmail.com]]? Best number for me is [[PHONE_NUMBER:07700 914382]].""",
    """[[PERSON:Dani Reyes]]'s account, [[USERNAME:xXdanirageXx]], was suspended on [[DATE_TIME:March 3, 2024]] after a chargeback; she says she never disputed anything and wants the ban reviewed. She can be reached at [[EMAIL_ADDRESS:danireyes.pr@gmail.com]].""",
    """My husband cancelled our StreamBox plan but they kept billing my card every month since. The account is under [[PERSON:Oluwaseun Adeyemi]], [[EMAIL_ADDRESS:seun.adeyemi@yahoo.com]], and the last charge went to the card ending 4417.""",
    """Team captain [[PERSON:Lee Ji-hoon]] (in-game name [[USERNAME:Faze_Jihoon]]), [[AGE:19]], needs his invitation letter for the [[LOCATION:Berlin]] qualifier posted to [[ADDRESS:88 Glenferrie Road, Unit 4]], [[LOCATION:Hawthorn]] [[LOCATION:VIC]] [[ZIP_CODE:3122]].""",
    """please reschedule [[PERSON:anita kowalczyk]]'s physio appointment from [[DATE_TIME:Tuesday 9 April at 2:15pm]] to any morning the following week. her mobile is [[PHONE_NUMBER:0412 558 903]] if you need to check.""",
    """Good afternoon, I am writing on behalf of my father, [[PERSON:Ramesh Iyer]], born [[DATE_TIME:02/11/1951]], whose savings account [[ID_NUMBER:50100234871126]] was frozen after a KYC review. His Aadhaar number is [[ID_NUMBER:5281 9047 3625]] and he lives at [[ADDRESS:14, 2nd Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]].""",
    """I'm trying to transfer my ticket to my friend [[PERSON:Keisha]] but the app keeps saying her email, [[EMAIL_ADDRESS:keisha.brathwaite@outlook.com]], isn't registered. Order TM-88213-KX, two seats in section 114, row F.""",
    """[[PERSON:Siobhán Ní Bhriain]] starts with us on [[DATE_TIME:1 July 2024]]. Her PPS number is [[ID_NUMBER:6382014W]] and her salary should be paid into [[IBAN_CODE:IE92BOFI90001710027952]].""",
    """the kid who keeps griefing our server goes by [[USERNAME:m4ttyb0i]] and his discord is [[USERNAME:mattyboi#2291]]. his mum [[PERSON:Claire Hutchins]] emailed us from [[EMAIL_ADDRESS:clairehutch72@btinternet.com]] saying he's only [[AGE:11]] and asking us to delete the account.""",
    """Streamer [[PERSON:Tomás Villanueva]], who broadcasts as [[USERNAME:tomasplaysmx]], says a viewer posted his home address, [[ADDRESS:4812 Culebra Rd, Apt 210]], [[LOCATION:San Antonio]], [[LOCATION:TX]] [[ZIP_CODE:78228]], in the chat during a live stream on [[DATE_TIME:January 18]].""",
    """For the over-18 wristband we need photo ID at the gate. [[PERSON:Ngozi Eze]], date of birth [[DATE_TIME:23-06-2005]], has sent a driving licence, number [[ID_NUMBER:EZE99056235N99AB]], which checks out.""",
    """[[PERSON:Grant McAllister]] reversed into a parked van outside [[ADDRESS:112 Dalry Road]], [[LOCATION:Edinburgh]], on [[DATE_TIME:the 4th of February]]. His policy number is HX-2281904 and he can be contacted on [[PHONE_NUMBER:+44 7911 203 648]].""",
    """Prescription ready for collection: [[PERSON:Mrs. Harjit Sandhu]], NHS number [[ID_NUMBER:943 476 5919]], DOB [[DATE_TIME:17.08.1963]]. Please bring photo ID if someone else is collecting.""",
    """Our daughter [[PERSON:Amara]] is [[AGE:7]] and will be moving with us from [[LOCATION:Lagos]] to join Year 3 at your school in [[DATE_TIME:September]]. Could you tell us what documents you need?""",
    """I would like to port my number [[PHONE_NUMBER:+63 917 845 2210]] to your network. The line is registered to [[PERSON:Maria Lourdes Dimaculangan]], [[ADDRESS:Blk 12 Lot 7, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]].""",
    """[[PERSON:Kwame Asante]], who plays under the tag [[USERNAME:KwameKills]], registered for the regional finals on [[DATE_TIME:11/02/2024]] and gave [[PHONE_NUMBER:+233 24 417 8830]] as his contact number.""",
    """The tenants at [[ADDRESS:Flat 3, 27 Albion Terrace]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 1NP]] are [[PERSON:Jakub Nowak]] and [[PERSON:Emily Thornbury]]; the tenancy began on [[DATE_TIME:15 May 2022]] and the deposit is protected under reference DPS-339201.""",
    """Bella the spaniel is booked in for her boosters with [[PERSON:Dr. Fitzgerald]] on [[DATE_TIME:Friday 12 April at 10:00]]. Owner: [[PERSON:Ruth Okafor]], [[PHONE_NUMBER:021 448 6612]].""",
    """I think someone got into my account, there are three V-Bucks purchases I didn't make, all paid with my card [[CREDIT_CARD:4798 1236 0045 8218]]. The account email is [[EMAIL_ADDRESS:jaydenw2009@gmail.com]] and my name is [[PERSON:Jayden Whitfield]]. The login history shows [[IP_ADDRESS:185.220.101.47]], which isn't me.""",
    """hi its [[PERSON:priyanka]] again, my kids profile on the streaming app keeps showing 18+ shows. account holder is [[PERSON:priyanka sharma-oduya]], phone [[PHONE_NUMBER:+1 647 555 0193]]""",
    """[[PERSON:Hamish Crawford]] uses a wheelchair and has booked the accessible platform for the [[LOCATION:Glasgow]] gig; his carer, [[PERSON:Fiona Reid]], will use the free companion ticket. Please send both e-tickets to [[EMAIL_ADDRESS:hamish.crawford@gmail.com]].""",
    """Applicant [[PERSON:Thandiwe Mokoena]], ID number [[ID_NUMBER:9302270341085]], born [[DATE_TIME:27 February 1993]], currently resides at [[ADDRESS:45 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2196]].""",
    """Membership frozen for [[PERSON:Liam O'Sullivan]] from [[DATE_TIME:1 March]] to [[DATE_TIME:31 May]] following his knee surgery; no fees will be taken during that period.""",
    """Prize money for [[PERSON:Ana Beatriz Costa]] ([[USERNAME:anabea]]) will be released once we receive her W-8BEN. She is a [[NRP:Brazilian]] national and gave [[EMAIL_ADDRESS:anabea.gg@gmail.com]] as her contact.""",
    """Parcel for [[PERSON:Tan Wei Ling]] at [[ADDRESS:Blk 418 Bedok North Avenue 2, #08-153]], [[LOCATION:Singapore]] [[ZIP_CODE:460418]]. Please call [[PHONE_NUMBER:9123 4876]] on arrival; tracking SPX-SG-0048812731.""",
    """Counsel for [[PERSON:Chidi Okonkwo]] confirms the hearing on [[DATE_TIME:7 November 2024 at 9:30 a.m.]] at the Ikeja High Court, and asks that any notice be sent to his client's mobile, [[PHONE_NUMBER:0803 514 2276]].""",
    """My son [[PERSON:Noah]] ([[AGE:13]]) set up a channel called [[USERNAME:noahbuildsstuff]] without asking us. Can you take down the video where he says our street and films the front of [[ADDRESS:19 Kereru Lane]]? We live in [[LOCATION:Tauranga]].""",
    """Student [[PERSON:Fatima Al-Hashimi]], ID [[ID_NUMBER:s4418832]], has requested a two-week extension for her dissertation; her supervisor, [[PERSON:Prof. Daniel Whitaker]], supports the request.""",
    """Selling 2x Saturday GA for Splendour, paid $389 each, will only transfer through the official app. DM me on insta [[USERNAME:jess.t.nguyen]] or text [[PHONE_NUMBER:0433 217 906]]. cheers, [[PERSON:Jess]]""",
    """[[PERSON:Rajiv Menon]] and [[PERSON:Lakshmi Menon]] check in on [[DATE_TIME:12 Dec]] and out on [[DATE_TIME:16 Dec]]; their passport numbers are [[ID_NUMBER:Z4829103]] and [[ID_NUMBER:Z5910284]].""",
    """[[PERSON:Elijah Brooks]], [[AGE:16]], from [[LOCATION:Dayton]], [[LOCATION:Ohio]], asked whether he can enter the Rocket League open without a parent's signature. His parent contact is [[PERSON:Tanya Brooks]] at [[PHONE_NUMBER:937-555-0148]].""",
    """Someone used my card [[CREDIT_CARD:5204-7391-6628-0145]] at a petrol station in [[LOCATION:Durban]] while I was at home in [[LOCATION:Cape Town]]. Please block it and send a new one. [[PERSON:Pieter van der Merwe]]""",
    """My name is [[PERSON:Aroha Ngata]] and my contents claim CL-77120 still hasn't been assessed. The burglary at [[ADDRESS:6/22 Ponsonby Road]], [[LOCATION:Auckland]] [[ZIP_CODE:1011]] was reported to police on [[DATE_TIME:2 August]].""",
    """Reminder that [[PERSON:Tunde]]'s last day is [[DATE_TIME:Friday 28 June]], so please disable [[EMAIL_ADDRESS:tunde.bakare@ridgeline-logistics.com]] and his VPN access after 6pm.""",
    """Payout details for creator [[PERSON:Hannah Schultz]] have been updated: IBAN [[IBAN_CODE:DE53 1203 0000 0482 9173 65]], tax ID [[ID_NUMBER:47 036 892 816]]. Payouts go out on the 15th.""",
    """Lost at the [[LOCATION:Leeds]] arena last night: a black wallet with a driving licence in the name of [[PERSON:Callum Hargreaves]] and a bank card. If found please ring [[PHONE_NUMBER:07845 220193]].""",
    """[[PERSON:Mr. Desmond Oyelaran]], [[AGE:67]], was admitted on [[DATE_TIME:14/03/2024]] with chest pain; hospital number [[ID_NUMBER:RX4481092]]. Next of kin is his daughter [[PERSON:Bisi]], on [[PHONE_NUMBER:07588 310 447]].""",
    """To recover the account we need the original email, the month it was created and the last IP you logged in from. [[PERSON:Dmitri]] gave [[EMAIL_ADDRESS:shadowfox_22@mail.ru]], [[DATE_TIME:June 2019]] and [[IP_ADDRESS:99.231.14.202]].""",
    """Hi [[PERSON:Sarah]], your TFN ([[ID_NUMBER:463 819 206]]) was entered incorrectly on the payroll form, so tax was withheld at the top rate. Could you re-submit the declaration?""",
    """Return authorised for [[PERSON:Gareth Pryce]], [[ADDRESS:3 Heol y Nant]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HS]]; refund to the original card, RMA 20931.""",
    """My ex keeps making new accounts to message me: [[USERNAME:kev_m_1990]], [[USERNAME:kevinmurph_]], and now [[USERNAME:k.murphy.real]]. His name is [[PERSON:Kevin Murphy]] and I have a protection order dated [[DATE_TIME:19 October 2023]].""",
    """This agreement is made on [[DATE_TIME:5 January 2025]] between Nightfall Esports LLC and [[PERSON:Jae-won Park]] ("the Player"), born [[DATE_TIME:12 March 2004]], residing at [[ADDRESS:2201 N Lamar Blvd, Apt 1408]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78705]].""",
    """Remote session opened for [[PERSON:Beatrice Mensah]] from [[IP_ADDRESS:41.66.201.19]]; she reports that Outlook crashes whenever she opens the shared calendar.""",
    """VIP upgrade confirmed for [[PERSON:Camille Bouchard]] and [[PERSON:Étienne Roy]]; the meet-and-greet lanyards will be mailed to [[ADDRESS:1450 rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2X 3J8]].""",
    """[[PERSON:Zainab]] will be picked up today by her uncle, [[PERSON:Yusuf Haruna]], who will show his ID at the gate. His number is [[PHONE_NUMBER:0806 772 1934]].""",
    """The family plan is shared between [[PERSON:Inês]], [[PERSON:Rui]] and grandma [[PERSON:Lúcia]]; the owner, [[PERSON:Rui Carvalho]], pays with [[CREDIT_CARD:4147 2059 3816 3723]], exp 09/27.""",
    """I have known [[PERSON:Ms. Adaeze Nwosu]] for six years, since she joined our [[LOCATION:Abuja]] office on [[DATE_TIME:3 April 2018]], and I recommend her without reservation.""",
    """Refill request: [[PERSON:Gloria Estrada]], DOB [[DATE_TIME:4/22/1958]], Rx #6628104, lisinopril 10 mg. Call back at [[PHONE_NUMBER:(210) 555-0177]].""",
    """ban appeal from [[USERNAME:toxic_tanuki]] (real name [[PERSON:Ryo Matsuda]], [[EMAIL_ADDRESS:ryo.matsuda@icloud.com]]): says he was mass-reported by the other team and only typed "gg ez".""",
    """We have cancelled order 7741-2290 because the card used, [[CREDIT_CARD:3568 1142 0387 5197]], was reported stolen by its holder, [[PERSON:Megan Li]].""",
    """Please set up a standing order from my account to my landlord, [[PERSON:Mr. Abdul Rahman Chowdhury]], IBAN [[IBAN_CODE:GB04 LOYD 3096 2178 4055 31]], for £950 on the 1st of every month.""",
    """[[PERSON:Wanjiru Kamau]], ID No. [[ID_NUMBER:28841937]], KRA PIN [[ID_NUMBER:A008812394Z]], has applied for a business permit for her salon in [[LOCATION:Kiambu]]. M-Pesa: [[PHONE_NUMBER:0722 418 930]].""",
    """Parental consent form received for [[PERSON:Arjun Patel]] ([[AGE:15]]), signed by [[PERSON:Nisha Patel]] on [[DATE_TIME:2024-02-17]]. He is cleared to play in the junior bracket.""",
    """A DMCA notice was filed against [[PERSON:Chloe Martin]]'s channel, [[URL:https://www.youtube.com/@chloemartinmakes]], on [[DATE_TIME:8 May]], and two of her videos were taken down.""",
    """[[PERSON:Gurpreet Dhillon]]'s SIN is [[ID_NUMBER:512 903 477]] and his EI claim started on [[DATE_TIME:January 8, 2024]].""",
    """The open home at [[ADDRESS:27 Wattle Street]], [[LOCATION:Fremantle]] has been moved to the afternoon; please confirm with the vendor, [[PERSON:Eleni Papadopoulos]], on [[PHONE_NUMBER:0401 992 317]].""",
    """Player [[USERNAME:LordBerry]] posted another player's phone number, [[PHONE_NUMBER:+44 7424 881 009]], in global chat; the victim, [[PERSON:Olivia Grant]], has asked us to remove the message.""",
    """[[PERSON:Diego Hernández]] requested a refund for the postponed [[LOCATION:Chicago]] date; he paid with [[CREDIT_CARD:6011 4582 0937 1644]] and asked that we reply to [[EMAIL_ADDRESS:dhernandez.chi@gmail.com]].""",
    """Kia ora, [[PERSON:Mere Tipene]] here, mum of [[PERSON:Ari]] in Room 9. [[PERSON:Ari]] will be away from [[DATE_TIME:Monday 3 June]] to [[DATE_TIME:Friday 7 June]] for his koro's tangi.""",
    """If [[PERSON:ahmed]] isn't answering, escalate to [[PERSON:rebecca lyons]] on [[PHONE_NUMBER:+353 87 442 1190]].""",
    """My sister [[PERSON:Aaliyah]] turns [[AGE:21]] on [[DATE_TIME:June 14]] and I bought her tickets to see SZA. Can I put her name, [[PERSON:Aaliyah Johnson]], on the second ticket instead of mine?""",
    """Vehicle registration [[ID_NUMBER:KT19 XHB]] is registered to [[PERSON:Priya Venkatesan]] of [[ADDRESS:88 Mill Lane]], [[LOCATION:Sevenoaks]], [[ZIP_CODE:TN14 5BY]].""",
    """New sign-in to your account [[EMAIL_ADDRESS:bongani.dlamini@gmail.com]] on a Smart TV near [[LOCATION:Pretoria]]. If this wasn't you, [[PERSON:Bongani]], change your password now.""",
    """Patient [[PERSON:Harold Jenkins]], SSN [[US_SSN:412-68-3307]], Medicare number [[ID_NUMBER:1EG4-TE5-MK73]], is due for his annual wellness visit.""",
    """Passenger [[PERSON:Nguyen Thi Mai]] (passport [[ID_NUMBER:C4418273]]) missed her connection in [[LOCATION:Doha]] and has been rebooked on [[DATE_TIME:22 March, 07:40]].""",
    """Congrats [[PERSON:Ollie]]! To receive your headset, just confirm the postal address we have on file: [[PERSON:Oliver Bennett-Shaw]], [[ADDRESS:12 Foxglove Close]], [[LOCATION:Swindon]], [[ZIP_CODE:SN25 2PL]].""",
    """[[PERSON:Shanice Porter]]'s Illinois driver's license, [[US_DRIVER_LICENSE:P636-4417-8892]], expires on her birthday, [[DATE_TIME:October 9]].""",
    """Participant [[PERSON:Muhammad Irfan bin Rosli]], NRIC [[ID_NUMBER:S9021573F]], [[AGE:33]], has asked for halal meals during the residential course.""",
    """Royalty statements for [[PERSON:Kofi Boateng]] (artist name [[PERSON:Kofi B]]) now go to [[ADDRESS:PO Box 4471]], [[LOCATION:Kumasi]], rather than to the label.""",
    """[[PERSON:Jose Emmanuel Santos]]'s SSS number is [[ID_NUMBER:34-1928374-5]] and his PhilHealth number is [[ID_NUMBER:12-050284739-1]]; he was born in [[LOCATION:Iloilo City]] on [[DATE_TIME:August 30, 1990]].""",
    """Viewers keep spamming slurs at [[PERSON:Imran]] because he mentioned he's [[NRP:Muslim]] on stream; his channel is [[URL:twitch.tv/imranplays]].""",
    """Campervan pass for [[PERSON:Seán]] and [[PERSON:Aoife Gallagher]], vehicle reg [[ID_NUMBER:191-D-24417]], arriving [[DATE_TIME:Thursday 25 July]] through the north gate.""",
    """【お問い合わせ】[[PERSON:佐藤美咲]]と申します。来週の東京ドーム公演のチケットを2枚購入しましたが、確認メールが届きません。登録メールアドレスは[[EMAIL_ADDRESS:misaki.sato0415@docomo.ne.jp]]、電話番号は[[PHONE_NUMBER:090-4821-7736]]です。""",
    """プレイヤー名「[[USERNAME:kuro_neko77]]」のアカウントが不正ログインされました。持ち主の[[PERSON:高橋健太]]さん（[[AGE:17]]歳）によると、[[DATE_TIME:2024年5月2日午後11時]]頃に見覚えのないIP [[IP_ADDRESS:126.77.140.22]] からログインがあったそうです。""",
    """[[PERSON:田中裕子]]様の個人番号は[[ID_NUMBER:4821 5093 7269]]、住所は〒[[ZIP_CODE:150-0001]] [[LOCATION:東京都]][[LOCATION:渋谷区]][[ADDRESS:神宮前3-14-2 メゾン神宮前402]]です。""",
    """配信者の[[PERSON:ゆきりん]]（本名[[PERSON:小林由紀]]、[[AGE:24]]歳）が、視聴者に自宅の最寄り駅を特定されたとして、[[LOCATION:大阪府]]内の警察署に相談した。""",
    """[[PERSON:김민준]] 선수(닉네임 [[USERNAME:MJ_Thunder]], [[AGE:20]]세)가 [[DATE_TIME:2024년 3월 9일]] 경기 중 부정행위 의혹으로 출전 정지 처분을 받았습니다.""",
    """콘서트 예매 취소 요청합니다. 예매자 [[PERSON:이서연]], 연락처 [[PHONE_NUMBER:010-3847-2291]], 예매번호 T2024-558172입니다. 환불은 결제한 카드로 부탁드립니다.""",
    """[[PERSON:박지훈]] 고객님의 주민등록번호 [[ID_NUMBER:920314-1028475]]로 조회된 계좌 [[ID_NUMBER:110-482-937151]]에서 이상 거래가 감지되었습니다.""",
    """배송지: [[LOCATION:서울특별시]] [[LOCATION:마포구]] [[ADDRESS:월드컵북로 396, 1203호]] ([[ZIP_CODE:03925]]), 받는 분 [[PERSON:최유나]], [[PHONE_NUMBER:010-5512-8830]]. 부재 시 경비실에 맡겨 주세요.""",
]

BENCH = [
    """Attention [[PERSON:Ms. Lavinia Kertzmann]], as Senior Implementation Officer please forward the Q3 compliance packet to [[ADDRESS:4418 Schowalter Crossing]], [[ADDRESS:Suite 712]], [[LOCATION:East Ramirochester]], [[ZIP_CODE:38221-4410]] before the audit closes.""",
    """Your outgoing transfer from [[IBAN_CODE:GB65MIDL40051573920184]] (BIC MIDLGB22XXX) for €4,210.55 was held for review. Contact [[PERSON:Dr. Kaylin Reichert]] at [[EMAIL_ADDRESS:kaylin_reichert91@yahoo.com]]; the request originated from [[IP_ADDRESS:212.58.244.71]].""",
    """Male, [[AGE:47]], born [[DATE_TIME:11/04/1977]], residing at [[ADDRESS:92 Haley Fork]], [[LOCATION:West Yorkshire]], is invited to the grief counselling workshop; device MAC 8c:3f:a1:04:e2:9b is registered under username [[USERNAME:dorian.hauck]].""",
    """Esports coach [[PERSON:Jamarcus Ullrich]] asked that the tournament stipend be sent to card [[CREDIT_CARD:5355910023677412]] (CVV 381, exp 04/28). His browser, Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36, connected from [[IP_ADDRESS:2001:db8:4f2a:11::7c]].""",
    """Hi [[PERSON:Ezekiel]], the choir scholarship applicant from [[LOCATION:Hampshire]], DOB [[DATE_TIME:March 29th, 2008]], aged [[AGE:16]], listed [[PHONE_NUMBER:+44 1632 960418]] as guardian contact. Please verify the National Insurance number [[ID_NUMBER:SJ 48 21 77 C]] before the interview.""",
    """Our Chief Branding Architect, [[PERSON:Osvaldo Kub]], will stream the keynote from [[ADDRESS:770 Brekke Mews]], [[ADDRESS:Apt. 58]], [[LOCATION:Lake Dedric]]; viewers can DM [[USERNAME:osvaldo_kub_live]] or call [[PHONE_NUMBER:001-418-662-9104x771]].""",
    """Concert promoter [[PERSON:Yesenia Hartmann-Lowe]] ([[AGE:38]]) requests settlement of 12,400 GBP into [[IBAN_CODE:GB85 BARC 2003 5847 1930 26]], BIC BARCGB22, before the [[LOCATION:Bristol]] tour stop; her secondary contact is [[EMAIL_ADDRESS:y.hartmannlowe@gigmail.io]].""",
    """Dear [[PERSON:Keagan]], loyalty account [[ID_NUMBER:88402917]] was merged with the account of [[PERSON:Mrs. Elna Schuster]] on [[DATE_TIME:2023-08-14T09:22:41Z]]. If you did not request this, reply from [[EMAIL_ADDRESS:keagan.w@fastmail.com]] within 14 days.""",
    """[[PERSON:Ibrahim]] from the Legal Tactics Associate team forgot his password (Qx7#vR2!pL) again; a reset link was sent to [[EMAIL_ADDRESS:ibrahim.sesay@kline-bauch.org]] for login [[USERNAME:isesay_92]], last seen [[DATE_TIME:02/09/2024 17:45]] from [[IP_ADDRESS:10.44.187.3]].""",
    """Gamer profile: [[USERNAME:NyxVortex]] | real name [[PERSON:Aurelia Nnamdi]] | [[AGE:22]] | [[LOCATION:Enugu]], [[LOCATION:Nigeria]] | headset MAC 3c:22:fb:91:0e:47 | payouts to [[CREDIT_CARD:5401 7264 9038 8125]] exp 11/26 CVV 044""",
    """The building at [[ADDRESS:5521 Emard Stravenue]] ([[ADDRESS:Floor 3]]) in [[LOCATION:Port Jaylin]] hosts the genetics counselling clinic where [[PERSON:Mx. Rowan Feeney]] works as Lead Quality Designer; book via [[PHONE_NUMBER:+1-202-555-0116]].""",
    """Transfer ticket holder: [[PERSON:Thaddeus Okoro-Lindqvist]], DOB [[DATE_TIME:July 7, 1996]], card [[CREDIT_CARD:2221 0048 3917 2658]] exp 02/29 CVV 902, billing [[ADDRESS:31 Kessler Rapids]], [[LOCATION:Montana]], [[ZIP_CODE:59801]]. Seats: Block C, Row 11, 14-15.""",
    """[[PERSON:Ms. Beatriz Quintero]] (Female, [[AGE:52]]) lodged a complaint about the [[LOCATION:Devon]] branch: her account [[ID_NUMBER:41923877]] and sort code 20-45-77 were shared by a clerk with an unknown party at [[IP_ADDRESS:81.2.69.160]].""",
    """Streaming royalties for [[PERSON:Kalani Akana]] ([[USERNAME:kalani_beats]]) are paid to [[IBAN_CODE:NL76RABO0312846579]], BIC RABONL2U; tax residency [[LOCATION:Netherlands]], nationality [[NRP:American]].""",
    """Identity confirmed: [[PERSON:Florin Constantinescu]], passport [[ID_NUMBER:058219374]], issued by [[LOCATION:Romania]], height 183 cm, eye colour brown, address [[ADDRESS:Strada Aviatorilor 12, ap. 4]], [[LOCATION:Bucharest]] [[ZIP_CODE:011853]].""",
    """[[PERSON:Caden Morrow]] ([[USERNAME:cadenm_07]]) hosts the team's Minecraft server at [[IP_ADDRESS:51.38.117.204]]:25565; his dad, [[PERSON:Rick Morrow]], pays for it with [[CREDIT_CARD:4532 0177 8423 9165]].""",
    """PROPERTY INSURANCE CLAIM - FIRST NOTICE OF LOSS
Insured: [[PERSON:Rosalind Achterberg]]
Policy number: HOM-5520183
Property address: [[ADDRESS:1187 Cedar Hollow Drive]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]]
Date of loss: [[DATE_TIME:02/14/2023]]
Description: Frozen pipe burst in the upstairs bathroom; water damage to the ceiling and to the hardwood floor of the living room below.
Contact phone: [[PHONE_NUMBER:(208) 555-0162]]
Adjuster assigned: [[PERSON:Kevin Tran]]""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Darnell Washington]]   SSN: [[US_SSN:531-74-2290]]   DOB: [[DATE_TIME:1985-09-30]]
Employer: Midwest Freight Co.   Position: Dispatcher   Annual income: $61,200
Current address: [[ADDRESS:4409 S Halsted St, Apt 2R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60609]] (since 2019)
Requested amount: $18,000   Term: 60 months   Purpose: debt consolidation""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Eilidh MacLeod]]   CHI: [[ID_NUMBER:1204857733]]   DOB: [[DATE_TIME:12/04/1985]]
Admitted: [[DATE_TIME:03/02/2024]]   Discharged: [[DATE_TIME:07/02/2024]]
Diagnosis: community-acquired pneumonia, right lower lobe.
Treatment: IV co-amoxiclav, then oral doxycycline; oxygen weaned on day 3.
Follow-up: GP review in 6 weeks with repeat chest X-ray. GP: [[PERSON:Dr. Angus Ferrie]], Rosemount Medical Practice.""",
    """EMPLOYMENT AGREEMENT
This Agreement is entered into on [[DATE_TIME:1 March 2024]] by and between Brightwave Media Pty Ltd (ABN 51 824 753 556) and [[PERSON:Mei Lin Zhou]] of [[ADDRESS:8/140 Anzac Parade]], [[LOCATION:Kensington]] [[LOCATION:NSW]] [[ZIP_CODE:2033]] (the "Employee").
1. The Employee will commence as Senior Video Editor on [[DATE_TIME:18 March 2024]].
2. Salary will be paid into BSB 062-000, account [[ID_NUMBER:1048 7723]].
3. Tax File Number: [[ID_NUMBER:129 384 757]].""",
    """NOTICE TO VACATE
To: [[PERSON:Jerome Baptiste]] and [[PERSON:Nadia Baptiste]]
Premises: [[ADDRESS:2B Wellington Court]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2PL]]
You are required to give up possession of the premises on or before [[DATE_TIME:31 August 2024]]. Rent arrears at the date of this notice: £2,340.
Signed: [[PERSON:Harold Pemberton]] (Landlord)   Date: [[DATE_TIME:30 April 2024]]""",
    """PLAYER TRANSFER NOTICE
Player: [[PERSON:Viktor Sandell]] (in-game: [[USERNAME:v1ktor]])
Date of birth: [[DATE_TIME:19 January 2003]]   Nationality: [[NRP:Swedish]]
From: Polar Wolves Esports   To: Crimson Tide Gaming
Effective: [[DATE_TIME:1 June 2024]]
Player agent: [[PERSON:Linnea Berg]], [[EMAIL_ADDRESS:linnea.berg@agentur-nord.se]], [[PHONE_NUMBER:+46 70 412 88 19]]""",
    """COUNTER-NOTIFICATION
I, [[PERSON:Marisol Ocampo]], swear under penalty of perjury that the material identified below was removed as a result of mistake or misidentification. Channel: [[URL:https://www.twitch.tv/marisolcooks]]. Video: "Tamales with Abuela, part 2".
My address is [[ADDRESS:7721 Vista Del Sol Dr]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79912]], and my phone number is [[PHONE_NUMBER:915-555-0139]]. I consent to the jurisdiction of the Federal District Court for the district in which my address is located.
Signature: /[[PERSON:Marisol Ocampo]]/   Date: [[DATE_TIME:04/11/2024]]""",
    """MEDIA ACCREDITATION - SUMMER SOUNDS FESTIVAL
Full name: [[PERSON:Adebayo Ogunleye]]
Outlet: Pulse Radio 98.4
Press card no.: [[ID_NUMBER:NUJ-228714]]
Mobile: [[PHONE_NUMBER:+44 7389 552 014]]   Email: [[EMAIL_ADDRESS:adebayo.o@pulseradio.co.uk]]
Days requested: Friday, Saturday
Emergency contact: [[PERSON:Funmi Ogunleye]] (spouse), [[PHONE_NUMBER:+44 7389 552 090]]""",
    """CONSENT FOR TREATMENT - [[LOCATION:Ontario]]
Patient name: [[PERSON:Jean-François Tremblay]]
Health card (OHIP): [[ID_NUMBER:4820-117-392-KT]]
Date of birth: [[DATE_TIME:1979/05/03]]
I consent to the procedure described to me (left knee arthroscopy) and understand its risks, including infection and bleeding.
Patient signature: on file   Witness: [[PERSON:Nurse Patel]]""",
    """IN THE CHIEF MAGISTRATE'S COURT AT [[LOCATION:MOMBASA]]
CIVIL CASE NO. E412 OF 2023
[[PERSON:HALIMA ABDALLA SALIM]] .............. PLAINTIFF
VERSUS
[[PERSON:GEORGE OTIENO OCHIENG]] .............. DEFENDANT
NOTICE is hereby given that judgment was entered against the Defendant on [[DATE_TIME:12th March 2024]] for KES 385,000 plus costs. The Defendant, ID No. [[ID_NUMBER:23991047]], of [[ADDRESS:P.O. Box 88210]]-[[ZIP_CODE:80100]], [[LOCATION:Mombasa]], is required to settle within 30 days.""",
    """ACCOUNT OPENING FORM (INDIVIDUAL)
Name: [[PERSON:Kavya Reddy]]   Father's name: [[PERSON:Srinivas Reddy]]
PAN: [[ID_NUMBER:BQKPR4821M]]   Aadhaar: [[ID_NUMBER:7403 6281 9451]]
Date of birth: [[DATE_TIME:14-11-1997]]
Address: [[ADDRESS:Flat 302, Sai Krupa Residency, Road No. 12]], [[LOCATION:Banjara Hills]], [[LOCATION:Hyderabad]] - [[ZIP_CODE:500034]]
Mobile: [[PHONE_NUMBER:+91 98490 27716]]   Occupation: Software Engineer   Nominee: mother""",
    """INCIDENT REPORT - Westfield Primary
Pupil: [[PERSON:Leo Marchetti]] (Year 4, age [[AGE:8]])
Date/time: [[DATE_TIME:14/05/2024, 12:40]]
Location: playground climbing frame
Description: [[PERSON:Leo]] slipped from the second rung and bumped his forehead. Ice pack applied, no loss of consciousness, monitored for the rest of the afternoon.
Parent informed: [[PERSON:Sofia Marchetti]] by phone ([[PHONE_NUMBER:07412 339 801]]) at 12:55.""",
    """BILL OF SALE
Seller: [[PERSON:Tama Rangihuna]], [[ADDRESS:41 Kowhai Street]], [[LOCATION:Gisborne]] [[ZIP_CODE:4010]]
Buyer: [[PERSON:Hemi Walker]], driver licence no. [[ID_NUMBER:DK482913]]
Vehicle: 2014 Toyota Hilux, plate [[ID_NUMBER:HWR552]], VIN JTFST22P900123456
Price: NZ$24,500, paid by bank transfer to [[ID_NUMBER:12-3140-0582931-00]]
Date: [[DATE_TIME:9 February 2024]]""",
    """Dear [[PERSON:Mr. Okeke]],
Further to the disciplinary meeting held on [[DATE_TIME:Tuesday 21 May 2024]], I write to confirm that you have been issued a first written warning for repeated lateness. This warning will remain on your file (employee number [[ID_NUMBER:E-20417]]) for twelve months.
Yours sincerely,
[[PERSON:Joanna Whitlock]]
HR Business Partner""",
    """REFUND CONFIRMATION
Dear [[PERSON:Priscilla Ampofo]],
Following the cancellation of the [[LOCATION:Birmingham]] performance, a refund of £142.50 has been issued to your Visa card ending 3391 (order BHX-55128-2). Please allow 5-10 working days. As you bought through the fan club presale, your member number [[ID_NUMBER:FC0091827]] stays active for the rescheduled tour.
Box Office Team""",
    """LASTING POWER OF ATTORNEY - DONOR DETAILS
Donor: [[PERSON:Margaret Ellen Hughes]], born [[DATE_TIME:2 June 1939]]
Address: [[ADDRESS:The Old Forge, 4 Church Lane]], [[LOCATION:Ludlow]], [[LOCATION:Shropshire]] [[ZIP_CODE:SY8 1AW]]
Attorney: her son, [[PERSON:David Hughes]], [[EMAIL_ADDRESS:d.hughes64@gmail.com]]
Certificate provider: [[PERSON:Dr. Ruth Albright]]""",
    """{"customer_id": "[[ID_NUMBER:CUST-0048213]]", "first_name": "[[PERSON:Deshawn]]", "last_name": "[[PERSON:Alvarez]]", "email": "[[EMAIL_ADDRESS:deshawn.alvarez@gmail.com]]", "phone": "[[PHONE_NUMBER:+1 (312) 555-0187]]", "shipping": {"street": "[[ADDRESS:2219 W Belmont Ave]]", "unit": "[[ADDRESS:Apt 3F]]", "city": "[[LOCATION:Chicago]]", "state": "[[LOCATION:IL]]", "zip": "[[ZIP_CODE:60618]]"}, "loyalty_tier": "gold", "last_order": "ORD-992817"}""",
    """2024-05-11T21:04:17.882Z INFO  auth.login user=[[USERNAME:shadowmancer99]] player_id=[[ID_NUMBER:PL-7712094]] ip=[[IP_ADDRESS:73.162.45.201]] region=NA-East result=success
2024-05-11T21:04:19.003Z WARN  anticheat.flag user=[[USERNAME:shadowmancer99]] match_id=M-88124-A reason=speed_anomaly score=0.93
2024-05-11T21:06:52.441Z INFO  billing.purchase user=[[USERNAME:shadowmancer99]] sku=GEM-PACK-1200 amount=19.99 currency=USD card_last4=8822""",
    """INSERT INTO patients (patient_id, full_name, dob, phone, email, insurance_no)
VALUES ('[[ID_NUMBER:P-00418]]', '[[PERSON:Lucía Fernández]]', '[[DATE_TIME:1988-02-19]]', '[[PHONE_NUMBER:+1-305-555-0124]]', '[[EMAIL_ADDRESS:lucia.fernandez@outlook.com]]', '[[ID_NUMBER:BCX928374610]]');""",
    """<employee>
  <id>[[ID_NUMBER:EMP-30871]]</id>
  <name><first>[[PERSON:Aditya]]</first><last>[[PERSON:Kulkarni]]</last></name>
  <dob>[[DATE_TIME:1990-12-05]]</dob>
  <address><line1>[[ADDRESS:17 Marine Parade]]</line1><city>[[LOCATION:Napier]]</city><postcode>[[ZIP_CODE:4110]]</postcode></address>
  <ird>[[ID_NUMBER:82-190-473]]</ird>
  <bank>[[ID_NUMBER:02-0500-0327281-00]]</bank>
  <department>Logistics</department>
</employee>""",
    """# deploy/config/staging.yaml
app:
  name: ticketing-api
  admin_contact: "[[PERSON:Noura Haddad]] <[[EMAIL_ADDRESS:noura.haddad@gigpass.io]]>"
  oncall_phone: "[[PHONE_NUMBER:+971 50 418 2290]]"
db:
  host: [[IP_ADDRESS:10.0.12.44]]
  port: 5432
  user: [[USERNAME:nhaddad]]
  password: "hT9!vQ2#mw"
smtp:
  from: no-reply@gigpass.io""",
    """def test_send_receipt(mailer):
    user = User(name="[[PERSON:Brendan O'Connor]]", email="[[EMAIL_ADDRESS:brendan.oconnor@eircom.net]]", phone="[[PHONE_NUMBER:087 331 4470]]")
    order = Order(id="A-55120", total=Decimal("49.00"))
    send_receipt(user, order)
    assert mailer.outbox[0].to == ["[[EMAIL_ADDRESS:brendan.oconnor@eircom.net]]"]""",
    """Ticket #48821 | Priority: High | Channel: email
Requester: [[PERSON:Sunita Rao]] <[[EMAIL_ADDRESS:sunita.rao@zohomail.in]]>
Subject: Charged twice for Premium annual
Body: Hi, I'm on the Premium annual plan (account [[USERNAME:sunita_r]]) and I was charged twice this month. Card: Mastercard ending 0913. Please refund one of them. You can call me on [[PHONE_NUMBER:+91 99001 22847]].
Assignee: [[PERSON:Marco]] (Billing L2)""",
    """{"user": {"handle": "[[USERNAME:lunarlofi]]", "display_name": "[[PERSON:Luna Okafor]]", "dob": "[[DATE_TIME:2001-07-22]]", "country": "[[LOCATION:United Kingdom]]", "email": "[[EMAIL_ADDRESS:luna.okafor@gmail.com]]", "payout": {"iban": "[[IBAN_CODE:GB19HBUK40127691835204]]", "account_name": "[[PERSON:Luna A Okafor]]"}}, "followers": 18204, "partner": true, "last_login": "[[DATE_TIME:2024-06-01T22:41:09Z]]", "last_ip": "[[IP_ADDRESS:86.14.201.77]]"}""",
    """[[IP_ADDRESS:86.14.201.77]] - [[USERNAME:lunarlofi]] [01/Jun/2024:22:41:09 +0000] "POST /api/v2/payout HTTP/1.1" 200 512 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
[[IP_ADDRESS:92.40.177.3]] - [[USERNAME:dj_kwesi]] [01/Jun/2024:22:41:15 +0000] "GET /api/v2/streams/live HTTP/1.1" 200 20481 "-" "OBS/30.1.2"
[[IP_ADDRESS:92.40.177.3]] - [[USERNAME:dj_kwesi]] [01/Jun/2024:22:43:02 +0000] "PUT /api/v2/profile HTTP/1.1" 403 88 "-" "OBS/30.1.2\"""",
    """const seedUsers = [
  { id: 1, name: '[[PERSON:Rangi Parata]]', email: '[[EMAIL_ADDRESS:rangi.parata@xtra.co.nz]]', dob: '[[DATE_TIME:1994-10-03]]', plan: 'family' },
  { id: 2, name: '[[PERSON:Chen Yu-Ting]]', email: '[[EMAIL_ADDRESS:yuting.chen@gmail.com]]', dob: '[[DATE_TIME:1999-01-27]]', plan: 'student' },
  { id: 3, name: '[[PERSON:Sipho Ndlovu]]', email: '[[EMAIL_ADDRESS:sipho.ndlovu@webmail.co.za]]', dob: '[[DATE_TIME:1987-06-15]]', plan: 'premium' },
];""",
    """<order id="GP-2024-118273">
  <event>Arctic Monkeys - [[LOCATION:Dublin]]</event>
  <buyer><name>[[PERSON:Ciara Doyle]]</name><email>[[EMAIL_ADDRESS:ciara.doyle@gmail.com]]</email><phone>[[PHONE_NUMBER:+353 86 220 4417]]</phone></buyer>
  <payment type="card"><pan>[[CREDIT_CARD:4921807319466021]]</pan><exp>08/27</exp></payment>
  <seats><seat>Block 104 Row K Seat 12</seat><seat>Block 104 Row K Seat 13</seat></seats>
</order>""",
    """POST /v1/kyc/verify HTTP/1.1
Host: api.paylane-ng.com
Content-Type: application/json

{"full_name":"[[PERSON:Olumide Bankole]]","bvn":"[[ID_NUMBER:22419837561]]","nin":"[[ID_NUMBER:73920184652]]","dob":"[[DATE_TIME:1992-03-11]]","phone":"[[PHONE_NUMBER:+2348031142290]]","address":"[[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]"}""",
    """# .env.production
OWNER_NAME="[[PERSON:Farid Rahimi]]"
OWNER_EMAIL=[[EMAIL_ADDRESS:farid.rahimi@posteo.de]]
ALERT_SMS=[[PHONE_NUMBER:+49 151 2348 8810]]
LOG_LEVEL=info
MAX_UPLOAD_MB=250
SUPPORT_INBOX=support@lumen-stream.de""",
    """[ESP-2291] Tournament payout not received
Reporter: [[PERSON:Hyun-woo Kang]] ([[USERNAME:hwkang]], player_id [[ID_NUMBER:55-10482]])
Description: Player says the prize for the Spring Split (EUR 1,500) has not arrived in [[IBAN_CODE:DE44 5001 0517 5407 3249 31]]. Finance confirms the batch ran; the beneficiary name on file is "[[PERSON:Kang Hyunwoo]]" and the bank may have rejected it.
Watchers: [[PERSON:Greta Vogel]], [[PERSON:Sam Adeyemi]]""",
    """For the hackathon grant, [[PERSON:Cormac Brennan]] (Principal Data Officer, [[AGE:29]]) submitted PPSN [[ID_NUMBER:4197352U]] and IBAN [[IBAN_CODE:IE55 AIBK 9320 8441 7582 03]]; his laptop's MAC is 00:1B:44:11:3A:B7 and its user agent Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0.""",
    """Emergency plan for [[PERSON:Hollis]]: shelter at [[ADDRESS:0931 Rempel Pines]], [[ADDRESS:Suite 004]], [[LOCATION:North Kendrafort]], [[LOCATION:Wiltshire]], [[ZIP_CODE:SN14 6QX]]; secondary contact [[PERSON:Marguerite Dach]] ([[PHONE_NUMBER:+44 20 7946 0321]]).""",
    """Dear [[PERSON:Ms. Oyelowo]], the vaccination records for your [[AGE:3]]-year-old, [[PERSON:Temi]], born [[DATE_TIME:17th October 2020]], are attached. The clinic at [[ADDRESS:221 Borer Shoals]] reopens next week.""",
    """Your order of 3 Blu-ray box sets was shipped to [[ADDRESS:650 Nienow Street]], [[LOCATION:Carolinaberg]] [[ZIP_CODE:44102]] and charged to [[CREDIT_CARD:6011-2094-7731-5882]] (CVV 317, exp 12/25) by [[PERSON:Abdirahman Warsame]], Direct Intranet Strategist.""",
    """[[PERSON:Gwendolyn Pfannerstill]] ([[USERNAME:gwen.pfann]]) reported that her PIN 4402 and password 'Sunflower88!' were phished through a fake login page; her IPv6 at the time was [[IP_ADDRESS:2a02:c7f:8e3a:5d00:9c4b:12ff:fe6e:31a4]].""",
    """Hey [[PERSON:Jonas]], the [[NRP:Lithuanian]] exchange student, [[AGE:20]], living at [[ADDRESS:Room 14, Block C, 9 Tollgate Road]], [[LOCATION:Colchester]], needs his BRP number [[ID_NUMBER:ZR8830147]] re-entered on the housing portal.""",
    """NEW CLIENT REGISTRATION - Harbourside Veterinary Clinic
Owner: [[PERSON:Duncan Fraser]]
Address: [[ADDRESS:22 Seaview Terrace]], [[LOCATION:Oban]], [[ZIP_CODE:PA34 5DB]]
Phone: [[PHONE_NUMBER:01631 562 748]]   Mobile: [[PHONE_NUMBER:07700 655 129]]
Pet: Mabel, border collie, female, 4 years, microchip 826098100234771
Preferred vet: [[PERSON:Dr. Iona Galbraith]]""",
    """FINAL NOTICE BEFORE DISCONNECTION
Account holder: [[PERSON:Maureen Kelly]]
Account number: [[ID_NUMBER:20044718392]]
Supply address: [[ADDRESS:Apartment 6, Riverside Quay]], [[LOCATION:Limerick]], [[ZIP_CODE:V94 X2T8]]
Amount overdue: EUR 412.86. If payment is not received within 10 days, supply may be interrupted. To arrange a payment plan call 1800 372 999.""",
    """To whom it may concern,
This letter confirms that [[PERSON:Aisha Mohammed Bello]] (passport no. [[ID_NUMBER:A09837261]]), a [[NRP:Nigerian]] citizen born on [[DATE_TIME:25 September 1996]], has been offered a place on our MSc Public Health programme starting in [[DATE_TIME:September 2024]]. She will reside at [[ADDRESS:Flat 9, 31 Oxford Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M13 9PL]].
Admissions Office""",
    """LOAN OFFER LETTER
Date: [[DATE_TIME:14 June 2024]]
[[PERSON:Chukwuemeka Nwankwo]]
[[ADDRESS:No. 7 Ogui Road]], [[LOCATION:Enugu]], [[LOCATION:Enugu State]]
Dear Sir,
We are pleased to offer you a personal loan of NGN 2,500,000 at 24% per annum, repayable over 18 months. Repayments will be debited from your account [[ID_NUMBER:0123847562]] (BVN [[ID_NUMBER:22190834715]]).
Credit Manager""",
    """CLINICAL TRIAL ENROLMENT - PROTOCOL CT-4471-B
Participant initials: [[PERSON:R.K.T.]]   Participant number: [[ID_NUMBER:044-017]]
Date of birth: [[DATE_TIME:08/1962]]   Age at consent: [[AGE:61]]
Consent obtained by: [[PERSON:Dr. Sunil Varghese]] on [[DATE_TIME:19 Feb 2024]]
Randomisation arm: B (placebo-controlled)   Site: 12""",
    """RESIDENTIAL TENANCY AGREEMENT (VIC)
Renter 1: [[PERSON:Thi Huong Pham]]   Date of birth: [[DATE_TIME:02/02/1991]]
Renter 2: [[PERSON:Minh Quan Le]]   Date of birth: [[DATE_TIME:19/07/1989]]
Rented premises: [[ADDRESS:Unit 12, 455 Racecourse Road]], [[LOCATION:Flemington]] [[LOCATION:VIC]] [[ZIP_CODE:3031]]
Rent: $1,920 per month, payable on the 5th.   Start date: [[DATE_TIME:5 August 2024]]
Rental provider's agent: Citywide Property, (03) 9372 1100""",
    """STUDENT ENROLMENT FORM
Name (as in NRIC): [[PERSON:Lim Jia Hui]]
NRIC: [[ID_NUMBER:T0152846C]]   Date of birth: [[DATE_TIME:04-03-2001]]
Home address: [[ADDRESS:Blk 56 Tiong Bahru Road, #03-21]], [[LOCATION:Singapore]] [[ZIP_CODE:160056]]
Contact: [[PHONE_NUMBER:+65 8211 4039]]   Email: [[EMAIL_ADDRESS:jiahui.lim01@gmail.com]]
Course: Diploma in Game Design (full-time)""",
    """EMPLOYMENT VERIFICATION
We confirm that [[PERSON:Sibusiso Mthembu]] (ID [[ID_NUMBER:8809135123087]]) has been employed by Karoo Freight (Pty) Ltd as a Fleet Controller since [[DATE_TIME:1 March 2016]]. His current gross monthly salary is R 38,400. He resides at [[ADDRESS:17 Protea Street]], [[LOCATION:Bloemfontein]], [[ZIP_CODE:9301]].
Human Resources""",
    """TICKET PROTECTION CLAIM
Claimant: [[PERSON:Rosa Delgado-Munro]]   Member ID: [[ID_NUMBER:TPX-33081945]]
Event: Coldplay, Wembley Stadium, [[LOCATION:London]]
Reason: hospital admission on [[DATE_TIME:27 August 2024]] (doctor's note attached)
Tickets: 2, face value £168.00 total, order WEM-77213
Refund to: card ending 5521
Contact: [[PHONE_NUMBER:07563 401 288]], [[EMAIL_ADDRESS:rosadm@icloud.com]]""",
    """Dear [[PERSON:Jordan]],
We're sorry to see you go. Your subscription (Premium, billed to the account [[EMAIL_ADDRESS:jordan.keller77@gmail.com]]) has been cancelled and will end at the close of your current billing period. Your watch history and profiles ("[[PERSON:Jordan]]", "[[PERSON:Maddie]]", "Kids") will be kept for 10 months in case you return.
The StreamNest Team""",
    """HOUSING ALLOWANCE REQUEST
Employee: [[PERSON:Sanne de Vries]]   Staff no.: [[ID_NUMBER:NL-40918]]
BSN: [[ID_NUMBER:182736453]]
New address: [[ADDRESS:Prinsengracht 263-2]], [[ZIP_CODE:1016 GV]] [[LOCATION:Amsterdam]]
Move date: [[DATE_TIME:01-09-2024]]
Bank: [[IBAN_CODE:NL32 INGB 0006 3829 17]]""",
    """NEW STARTER FORM
Name: [[PERSON:Alejandro Ruiz Ortega]]
DNI: [[ID_NUMBER:48291736Q]]   Date of birth: [[DATE_TIME:30/01/1994]]
Address: [[ADDRESS:Calle de Alcalá 214, 3º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]]
Start date: [[DATE_TIME:15 July 2024]]   Team: Live Events Production
Emergency contact: [[PERSON:Lucía Ortega]] (mother), [[PHONE_NUMBER:+34 612 448 930]]""",
    """{"event":"checkout.completed","ts":1717361204,"data":{"order":"TKT-5582019","buyer":{"name":"[[PERSON:Haruto Mori]]","email":"[[EMAIL_ADDRESS:haruto.mori.uk@gmail.com]]","phone":"[[PHONE_NUMBER:+44 7700 118 422]]"},"card":{"number":"[[CREDIT_CARD:3530118027466393]]","exp":"05/27","brand":"jcb"},"items":[{"sku":"GA-STAND-SAT","qty":2,"price":89.5}],"billing_postcode":"[[ZIP_CODE:E14 5HQ]]"}}""",
    """Jun 03 02:14:51 auth01 sshd[21877]: Failed password for invalid user admin from [[IP_ADDRESS:45.155.205.19]] port 51922 ssh2
Jun 03 02:14:58 auth01 sshd[21877]: Failed password for [[USERNAME:mwanjiku]] from [[IP_ADDRESS:45.155.205.19]] port 51940 ssh2
Jun 03 02:15:03 auth01 sshd[21902]: Accepted publickey for [[USERNAME:mwanjiku]] from [[IP_ADDRESS:197.248.10.84]] port 60211 ssh2
Jun 03 02:15:03 auth01 sshd[21902]: pam_unix(sshd:session): session opened for user [[USERNAME:mwanjiku]] by (uid=0)""",
    """CREATE TABLE fans (id SERIAL PRIMARY KEY, name TEXT, email TEXT, birthday DATE, city TEXT, club_no TEXT);
INSERT INTO fans (name, email, birthday, city, club_no) VALUES
  ('[[PERSON:Tyrone Mitchell]]', '[[EMAIL_ADDRESS:tyrone.m@aol.com]]', '[[DATE_TIME:1990-04-18]]', '[[LOCATION:Atlanta]]', '[[ID_NUMBER:FC-118204]]'),
  ('[[PERSON:Kim Soo-ah]]', '[[EMAIL_ADDRESS:sooah.kim@gmail.com]]', '[[DATE_TIME:2002-11-09]]', '[[LOCATION:Los Angeles]]', '[[ID_NUMBER:FC-118205]]');""",
    """class TestSignup(unittest.TestCase):
    def setUp(self):
        self.payload = {
            "username": "[[USERNAME:fenrir_main]]",
            "email": "[[EMAIL_ADDRESS:erik.johansen@live.no]]",
            "birthdate": "[[DATE_TIME:2006-02-28]]",
            "full_name": "[[PERSON:Erik Johansen]]",
            "password": "correct-horse-battery",
        }""",
    """MSH|^~\\&|ADT1|QUEENS|LABSYS|QUEENS|20240610083000||ADT^A01|MSG00417|P|2.5
PID|1||[[ID_NUMBER:MRN448172]]^^^QMC^MR||[[PERSON:Nakamura]]^[[PERSON:Kenji]]^[[PERSON:T]]||[[DATE_TIME:19670412]]|M|||[[ADDRESS:1220 Kapiolani Blvd]]^^[[LOCATION:Honolulu]]^[[LOCATION:HI]]^[[ZIP_CODE:96814]]||[[PHONE_NUMBER:(808)555-0193]]|||||[[US_SSN:481-22-9087]]
PV1|1|I|4W^412^B|||||||MED""",
    """Helpdesk #77104 - Laptop will not join Wi-Fi
User: [[PERSON:Precious Dube]] ([[EMAIL_ADDRESS:p.dube@tshwane-clinics.org.za]]), ext. 2214
Asset: LT-00871, MAC a4:83:e7:2c:19:f0, last DHCP lease [[IP_ADDRESS:172.16.40.118]]
Notes: reimaged on 2024-05-30, drivers updated; user says it drops every 10 minutes in the west wing.""",
    """EVENT VOLUNTEER REGISTRATION
First name: [[PERSON:Tevita]]   Last name: [[PERSON:Fifita]]
Date of birth: [[DATE_TIME:11 Nov 1998]]   Age: [[AGE:25]]
Suburb: [[LOCATION:Otara]], [[LOCATION:Auckland]]
Mobile: [[PHONE_NUMBER:021 338 4471]]
Shirt size: XL   Preferred role: crowd control   Police vetting no.: [[ID_NUMBER:PV-2024-118392]]""",
    """mutation {
  updateProfile(input: {
    userId: "u_48821"
    displayName: "[[PERSON:Farah Siddiqui]]"
    email: "[[EMAIL_ADDRESS:farah.siddiqui@hey.com]]"
    phone: "[[PHONE_NUMBER:+1 415 555 0172]]"
    gamertag: "[[USERNAME:FarahFlux]]"
  }) { ok }
}""",
    """Received: from mail-ej1-f49.google.com ([[IP_ADDRESS:209.85.218.49]])
From: "[[PERSON:Niamh Costello]]" <[[EMAIL_ADDRESS:niamh.costello@gmail.com]]>
To: bookings@thesoundhouse.ie
Subject: Re: Hen party booking for 14 people
Date: [[DATE_TIME:Mon, 10 Jun 2024 19:02:44 +0100]]

Hi, just confirming the deposit was paid from my account. My number is [[PHONE_NUMBER:085 771 2093]] if anything changes. [[PERSON:Niamh]]""",
    """curl -X POST https://api.tixflow.io/v2/transfers \\
  -H "Authorization: Bearer $TIXFLOW_TOKEN" \\
  -d '{"ticket_id":"TF-99281-B","to_name":"[[PERSON:Mateo Silva]]","to_email":"[[EMAIL_ADDRESS:mateo.silva.br@gmail.com]]","to_phone":"[[PHONE_NUMBER:+55 11 98412-3307]]"}'""",
    """[bot]
name = "QueueKeeper"
prefix = "!"
owner_name = "[[PERSON:Reuben Kaplan]]"
owner_email = "[[EMAIL_ADDRESS:reuben.kaplan@proton.me]]"
owner_handle = "[[USERNAME:rkaplan]]"
[limits]
max_queue = 250
cooldown_seconds = 30""",
    """The ticket resale listing by [[PERSON:Rosario Bautista]] (seller id [[ID_NUMBER:SL-440918]], [[EMAIL_ADDRESS:rosario.b@yahoo.com.ph]]) for two Lower Box seats was taken down after she shared a screenshot showing her card [[CREDIT_CARD:4376 0211 8845 9204]], exp 10/26, CVV 552, and her address, [[ADDRESS:23 Mabini Street]], [[LOCATION:Quezon City]].""",
    """Tournament referee [[PERSON:Anneliese Drummond]] ([[AGE:34]]) logged the lobby-code leak: player [[USERNAME:gh0stR1der]] streamed from [[IP_ADDRESS:109.150.33.212]] with user agent Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/126.0 and MAC 5e:91:0a:7d:c4:22, lobby LBY-7720.""",
    """REFERRAL LETTER
Re: [[PERSON:Mrs. Parveen Akhtar]], DOB [[DATE_TIME:06/05/1971]], NHS No. [[ID_NUMBER:612 044 8799]]
[[ADDRESS:58 Whitehall Road]], [[LOCATION:Bradford]], [[ZIP_CODE:BD11 2AB]]
Dear Colleague, I would be grateful if you could see this [[AGE:53]]-year-old lady with a six-month history of right shoulder pain limiting abduction. X-ray shows no fracture.
Yours sincerely, [[PERSON:Dr. Tom Ashworth]]""",
    """{"会員ID": "[[ID_NUMBER:M-2024-00871]]", "氏名": "[[PERSON:山本 翔太]]", "フリガナ": "[[PERSON:ヤマモト ショウタ]]", "生年月日": "[[DATE_TIME:1995年8月3日]]", "電話": "[[PHONE_NUMBER:080-3319-4472]]", "メール": "[[EMAIL_ADDRESS:shota.y.0803@gmail.com]]", "住所": "〒[[ZIP_CODE:530-0012]] [[LOCATION:大阪府]][[LOCATION:大阪市]][[LOCATION:北区]][[ADDRESS:芝田1-8-21]]", "会員ランク": "ゴールド"}""",
    """賃貸借契約書（抜粋）
賃借人：[[PERSON:中村 亜希子]]（[[DATE_TIME:昭和63年2月14日]]生）
現住所：[[LOCATION:神奈川県]][[LOCATION:横浜市]][[LOCATION:港北区]][[ADDRESS:日吉2-5-11 サンハイツ日吉203号室]]
連帯保証人：[[PERSON:中村 正雄]]（父）　電話 [[PHONE_NUMBER:045-562-3381]]
契約期間：[[DATE_TIME:令和6年4月1日]]から2年間""",
    """2024-06-03 19:22:10 [INFO] エントリー受付: チーム名=Kitsune Gaming, 代表者=[[PERSON:伊藤 蓮]] (ID: [[USERNAME:ren_ito_fps]]), 連絡先=[[EMAIL_ADDRESS:ren.ito@outlook.jp]], 電話=[[PHONE_NUMBER:070-2284-1190]]
2024-06-03 19:22:11 [INFO] メンバー登録: [[USERNAME:yuzu_shot]], [[USERNAME:hayate0921]], [[USERNAME:K4ITO]], [[USERNAME:mochi_tank]]
2024-06-03 19:22:11 [WARN] 未成年メンバーあり: [[USERNAME:hayate0921]]（[[AGE:16]]歳）保護者同意書未提出""",
    """問診票
氏名：[[PERSON:鈴木 花子]]　年齢：[[AGE:42]]歳　性別：女
生年月日：[[DATE_TIME:1982/01/19]]
個人番号（マイナンバー）：[[ID_NUMBER:7301 9462 8518]]
住所：[[LOCATION:福岡県]][[LOCATION:福岡市]][[LOCATION:中央区]][[ADDRESS:天神4-2-31]]
主訴：3日前からの咳と微熱""",
    """선수 계약서 (발췌)
선수: [[PERSON:정하준]] (생년월일 [[DATE_TIME:2001년 5월 22일]], 주민등록번호 [[ID_NUMBER:010522-3184069]])
주소: [[LOCATION:경기도]] [[LOCATION:성남시]] [[LOCATION:분당구]] [[ADDRESS:판교역로 235, 502동 1801호]]
계약 기간: [[DATE_TIME:2024년 1월 1일]]부터 [[DATE_TIME:2025년 12월 31일]]까지
연봉: 금 일억이천만원정 (₩120,000,000)""",
    """{"예매자": "[[PERSON:한지민]]", "휴대폰": "[[PHONE_NUMBER:010-9921-4470]]", "이메일": "[[EMAIL_ADDRESS:jimin.han@naver.com]]", "공연": "2024 여름 페스티벌 [[LOCATION:인천]]", "좌석": "R석 2층 B구역 7열 12번", "결제카드": "[[CREDIT_CARD:5187-2290-3846-1157]]", "팬클럽번호": "[[ID_NUMBER:FAN-0028814]]"}""",
    """보험금 청구서
청구인: [[PERSON:오세영]]   주민등록번호: [[ID_NUMBER:881107-2045139]]
주소: [[LOCATION:부산광역시]] [[LOCATION:해운대구]] [[ADDRESS:센텀중앙로 79, 101동 1502호]]
사고일시: [[DATE_TIME:2024년 1월 12일 오후 3시 20분]]
사고내용: 빙판길에서 미끄러져 오른쪽 손목 골절
연락처: [[PHONE_NUMBER:010-7734-2210]]""",
]

TABLE = [
    """member_id,first_name,last_name,dob,phone,plan,joined
[[ID_NUMBER:GYM-10482]],[[PERSON:Tariq]],[[PERSON:Hussain]],[[DATE_TIME:1992-03-14]],[[PHONE_NUMBER:07911 402 883]],Off-peak,2023
[[ID_NUMBER:GYM-10483]],[[PERSON:Holly]],[[PERSON:Ferguson]],[[DATE_TIME:1988-11-02]],[[PHONE_NUMBER:07388 190 447]],Anytime,2021
[[ID_NUMBER:GYM-10484]],[[PERSON:Kofi]],[[PERSON:Mensah-Bonsu]],[[DATE_TIME:2001-07-29]],[[PHONE_NUMBER:07456 718 302]],Student,2024""",
    """player_id\thandle\treal_name\tage\tcountry\trole
[[ID_NUMBER:P-30118]]\t[[USERNAME:zer0day]]\t[[PERSON:Mateus Oliveira]]\t[[AGE:21]]\t[[LOCATION:Brazil]]\tIGL
[[ID_NUMBER:P-30119]]\t[[USERNAME:kairos]]\t[[PERSON:Nikolaos Petridis]]\t[[AGE:19]]\t[[LOCATION:Greece]]\tentry
[[ID_NUMBER:P-30120]]\t[[USERNAME:mlem]]\t[[PERSON:Aino Virtanen]]\t[[AGE:23]]\t[[LOCATION:Finland]]\tsupport
[[ID_NUMBER:P-30121]]\t[[USERNAME:deadeye_dre]]\t[[PERSON:Andre Wallace]]\t[[AGE:20]]\t[[LOCATION:United States]]\tAWP""",
    """| order | from | to | recipient email | section |
|---|---|---|---|---|
| TX-40021 | [[PERSON:Ben Carter]] | [[PERSON:Lola Adeyinka]] | [[EMAIL_ADDRESS:lola.adeyinka@gmail.com]] | 112 |
| TX-40022 | [[PERSON:Ben Carter]] | [[PERSON:Sam Whitlow]] | [[EMAIL_ADDRESS:samwhitlow@icloud.com]] | 112 |
| TX-40031 | [[PERSON:Hye-jin Cho]] | [[PERSON:Marguerite Lacroix]] | [[EMAIL_ADDRESS:mlacroix@videotron.ca]] | Floor B |""",
    """EMP NO  NAME                 NI NUMBER      SORT CODE  ACCOUNT
004417  [[PERSON:Gemma Price]]          [[ID_NUMBER:JK 20 44 18 B]]  40-11-62   [[ID_NUMBER:71829304]]
004418  [[PERSON:Rashid Mahmood]]       [[ID_NUMBER:PW 73 01 92 D]]  20-32-06   [[ID_NUMBER:30918274]]
004421  [[PERSON:Ewa Zielinska]]        [[ID_NUMBER:NE 55 90 12 A]]  30-94-57   [[ID_NUMBER:02294718]]""",
    """{"user": "[[USERNAME:marcopolo_tv]]", "email": "[[EMAIL_ADDRESS:marco.bellini@libero.it]]", "plan": "Premium", "card_last4": "2231", "signup": "[[DATE_TIME:2022-05-09]]"}
{"user": "[[USERNAME:hannahreads]]", "email": "[[EMAIL_ADDRESS:hannah.kowalski@gmail.com]]", "plan": "Standard", "card_last4": "0904", "signup": "[[DATE_TIME:2023-12-24]]"}
{"user": "[[USERNAME:ozzie_k]]", "email": "[[EMAIL_ADDRESS:oscar.kealoha@hawaiiantel.net]]", "plan": "Basic with ads", "card_last4": "7710", "signup": "[[DATE_TIME:2024-02-01]]"}""",
    """trip: Year 10 Geography Field Trip
emergency_contacts:
  - student: [[PERSON:Mia Thompson]]
    guardian: [[PERSON:Karen Thompson]]
    phone: "[[PHONE_NUMBER:0411 203 887]]"
    allergies: peanuts
  - student: [[PERSON:Jayden Nguyen]]
    guardian: [[PERSON:Hoa Nguyen]]
    phone: "[[PHONE_NUMBER:0422 918 350]]"
    allergies: none
  - student: [[PERSON:Isla Mahoney]]
    guardian: [[PERSON:Declan Mahoney]]
    phone: "[[PHONE_NUMBER:0409 551 276]]"
    allergies: bee stings""",
    """Patient:        [[PERSON:Olamide Fashola]]
MRN:            [[ID_NUMBER:00938271]]
DOB:            [[DATE_TIME:09/30/1975]]
Sex:            F
Phone:          [[PHONE_NUMBER:(713) 555-0148]]
Address:        [[ADDRESS:10422 Bellaire Blvd, Apt 1207]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77072]]
Insurance:      Blue Cross PPO, member [[ID_NUMBER:XJH884120339]]
Allergies:      sulfa drugs""",
    """"Name","Street","Town","Postcode","Phone","Notes"
"[[PERSON:Agnieszka Wróbel]]","[[ADDRESS:14 Cranbrook Road]]","[[LOCATION:Ilford]]","[[ZIP_CODE:IG1 4PG]]","[[PHONE_NUMBER:020 8553 0917]]","leave by side gate"
"[[PERSON:Winston Clarke]]","[[ADDRESS:Flat 2, 88 Brixton Hill]]","[[LOCATION:London]]","[[ZIP_CODE:SW2 1QS]]","[[PHONE_NUMBER:07940 228 113]]",""
"[[PERSON:Fatou Jallow]]","[[ADDRESS:7 Oak Tree Avenue]]","[[LOCATION:Luton]]","[[ZIP_CODE:LU2 0HJ]]","[[PHONE_NUMBER:01582 729 404]]","dog in garden\"""",
    """| NHS No. | Patient | DOB | GP surgery | Appointment |
|---|---|---|---|---|
| [[ID_NUMBER:438 291 0757]] | [[PERSON:Brian Hollis]] | [[DATE_TIME:12/01/1948]] | Elm Grove | [[DATE_TIME:03/07/2024 09:10]] |
| [[ID_NUMBER:921 073 8462]] | [[PERSON:Nasreen Begum]] | [[DATE_TIME:28/06/1966]] | Elm Grove | [[DATE_TIME:03/07/2024 09:30]] |
| [[ID_NUMBER:654 128 9034]] | [[PERSON:Patrick Doherty]] | [[DATE_TIME:05/10/1990]] | Millbrook | [[DATE_TIME:04/07/2024 14:00]] |""",
    """employee\tSIN\tprovince\thourly_rate\tstart_date
[[PERSON:Manpreet Gill]]\t[[ID_NUMBER:462 190 836]]\t[[LOCATION:ON]]\t21.50\t[[DATE_TIME:2024-04-15]]
[[PERSON:Chloé Gagnon]]\t[[ID_NUMBER:273 904 185]]\t[[LOCATION:QC]]\t22.75\t[[DATE_TIME:2023-09-05]]
[[PERSON:Tyler Redcloud]]\t[[ID_NUMBER:618 045 272]]\t[[LOCATION:SK]]\t24.00\t[[DATE_TIME:2022-01-10]]
[[PERSON:Julia Wong]]\t[[ID_NUMBER:730 482 155]]\t[[LOCATION:BC]]\t26.10\t[[DATE_TIME:2024-06-03]]""",
    """beneficiary_name,aadhaar,mobile,city,scheme,amount_inr
[[PERSON:Lakshmi Devi]],[[ID_NUMBER:6291 0384 7256]],[[PHONE_NUMBER:98450 11372]],[[LOCATION:Mysuru]],PM-KISAN,2000
[[PERSON:Rafiq Ansari]],[[ID_NUMBER:9104 7736 2181]],[[PHONE_NUMBER:99860 42218]],[[LOCATION:Hubballi]],PM-KISAN,2000
[[PERSON:Gowri Shankar]],[[ID_NUMBER:4558 2013 9679]],[[PHONE_NUMBER:94481 73305]],[[LOCATION:Tumakuru]],PM-KISAN,2000""",
    """{"user": "[[USERNAME:a.karimi]]", "ip": "[[IP_ADDRESS:5.160.22.71]]", "last_login": "[[DATE_TIME:2024-06-02 08:14]]", "device": "Pixel 8", "mfa": true}
{"user": "[[USERNAME:j.obrien]]", "ip": "[[IP_ADDRESS:2a01:4b00:8412:ee00::31]]", "last_login": "[[DATE_TIME:2024-06-02 08:20]]", "device": "MacBook Air", "mfa": true}
{"user": "[[USERNAME:svenkat]]", "ip": "[[IP_ADDRESS:103.21.58.144]]", "last_login": "[[DATE_TIME:2024-05-28 23:57]]", "device": "Windows 11", "mfa": false}""",
    """| Speaker | Talk | Company | Email | Handle |
| --- | --- | --- | --- | --- |
| [[PERSON:Dr. Amina Yusuf]] | Latency in cloud gaming | Arcadia Labs | [[EMAIL_ADDRESS:amina.yusuf@arcadialabs.io]] | [[USERNAME:aminabuilds]] |
| [[PERSON:Connor Walsh]] | Anti-cheat at scale | Ironclad Games | [[EMAIL_ADDRESS:cwalsh@ironclad.gg]] | [[USERNAME:connorw]] |
| [[PERSON:Ritu Bhattacharya]] | Matchmaking fairness | independent | [[EMAIL_ADDRESS:ritu.b@fastmail.fm]] | [[USERNAME:ritu_b]] |""",
    """ROOM  GUEST                  NATIONALITY   PASSPORT     CHECK-IN
1204  [[PERSON:Henrik Lindqvist]]       [[NRP:Swedish]]       [[ID_NUMBER:91827364]]     [[DATE_TIME:2024-07-02]]
1205  [[PERSON:Chiara Esposito]]        [[NRP:Italian]]       [[ID_NUMBER:YA1928374]]    [[DATE_TIME:2024-07-02]]
1311  [[PERSON:Oren Ben-David]]         [[NRP:Israeli]]       [[ID_NUMBER:32918475]]     [[DATE_TIME:2024-07-03]]
1402  [[PERSON:Ayodele Coker]]          [[NRP:Nigerian]]      [[ID_NUMBER:B01928374]]    [[DATE_TIME:2024-07-04]]""",
    """donor_name,email,amount_usd,city,state,zip
[[PERSON:Linda Kowalski]],[[EMAIL_ADDRESS:lindak1957@comcast.net]],250,[[LOCATION:Milwaukee]],[[LOCATION:WI]],[[ZIP_CODE:53215]]
[[PERSON:Jamal Harris]],[[EMAIL_ADDRESS:jharris.atl@gmail.com]],50,[[LOCATION:Decatur]],[[LOCATION:GA]],[[ZIP_CODE:30030]]
[[PERSON:Esperanza Morales]],[[EMAIL_ADDRESS:esperanza.morales@sbcglobal.net]],100,[[LOCATION:Fresno]],[[LOCATION:CA]],[[ZIP_CODE:93722]]
[[PERSON:Robert Yazzie]],[[EMAIL_ADDRESS:ryazzie@navajo-tech.edu]],75,[[LOCATION:Gallup]],[[LOCATION:NM]],[[ZIP_CODE:87301]]""",
    """oncall:
  primary:
    name: [[PERSON:Kelechi Uzor]]
    phone: "[[PHONE_NUMBER:+234 809 441 2017]]"
    slack: "[[USERNAME:kelechi.u]]"
  secondary:
    name: [[PERSON:Maja Horvat]]
    phone: "[[PHONE_NUMBER:+385 91 552 0834]]"
    slack: "[[USERNAME:maja]]"
  escalation: platform-leads@streamcore.dev
  rotation: weekly""",
    """Rental agreement:   RA-2024-88172
Driver:             [[PERSON:Callum Fraser-Nkosi]]
Date of birth:      [[DATE_TIME:21 Jan 1986]]
Licence no.:        [[ID_NUMBER:FRASE801216C99LK]]
Home address:       [[ADDRESS:3 Quarry Road]], [[LOCATION:Inverness]], [[ZIP_CODE:IV2 4DP]]
Vehicle:            VW Polo, reg [[ID_NUMBER:SN24 KLO]]
Pick-up:            [[DATE_TIME:12 Jul 2024 10:00]], Inverness Airport
Card on file:       [[CREDIT_CARD:4556 7392 0184 4076]]""",
    """student\tdob\tguardian\tguardian_phone\tbus_route
[[PERSON:Ethan Osei]]\t[[DATE_TIME:2016-02-11]]\t[[PERSON:Abena Osei]]\t[[PHONE_NUMBER:(416) 555-0134]]\t12
[[PERSON:Sofia Russo]]\t[[DATE_TIME:2015-09-30]]\t[[PERSON:Marco Russo]]\t[[PHONE_NUMBER:(416) 555-0177]]\twalker
[[PERSON:Aarav Mehta]]\t[[DATE_TIME:2016-05-06]]\t[[PERSON:Pooja Mehta]]\t[[PHONE_NUMBER:(647) 555-0102]]\t7""",
    """| Beneficiary | IBAN | BIC | Country | Purpose |
|---|---|---|---|---|
| [[PERSON:Léa Moreau]] | [[IBAN_CODE:FR76 3000 4013 2800 0123 4567 810]] | BNPAFRPP | [[LOCATION:France]] | freelance design |
| [[PERSON:Lukas Brandt]] | [[IBAN_CODE:DE84 7604 0061 0228 3749 10]] | COBADEFFXXX | [[LOCATION:Germany]] | translation |
| [[PERSON:Anouk Jansen]] | [[IBAN_CODE:NL70 TRIO 0391 8274 65]] | TRIONL2U | [[LOCATION:Netherlands]] | voice-over |""",
    """guest,plus_one,email,phone,wristband
[[PERSON:Yemi Alade-Cole]],yes,[[EMAIL_ADDRESS:yemi.ac@gmail.com]],[[PHONE_NUMBER:+44 7700 210 447]],AAA
[[PERSON:Rory McIlroy-Finn]],no,[[EMAIL_ADDRESS:rory.finn@me.com]],[[PHONE_NUMBER:+44 7700 931 008]],VIP
[[PERSON:Sunny Takhar]],yes,[[EMAIL_ADDRESS:sunnytakhar@outlook.com]],[[PHONE_NUMBER:+44 7700 664 192]],VIP
[[PERSON:Freya Lindgren]],no,[[EMAIL_ADDRESS:freya@lindgrenmgmt.se]],[[PHONE_NUMBER:+46 73 518 22 04]],AAA""",
    """{"handle": "[[USERNAME:sakura_streams]]", "legal_name": "[[PERSON:Emily Sato]]", "payout_iban": "[[IBAN_CODE:GB82BUKB20198172630494]]", "country": "[[LOCATION:United Kingdom]]", "tier": "partner"}
{"handle": "[[USERNAME:vexx]]", "legal_name": "[[PERSON:Lukas Hoffmann]]", "payout_iban": "[[IBAN_CODE:DE66100100100682931744]]", "country": "[[LOCATION:Germany]]", "tier": "affiliate"}
{"handle": "[[USERNAME:bookishbram]]", "legal_name": "[[PERSON:Bram Claes]]", "payout_iban": "[[IBAN_CODE:NL97BUNQ2061938474]]", "country": "[[LOCATION:Netherlands]]", "tier": "affiliate"}""",
    """order_id,buyer,email,card_number,qty,total
GT-77120,[[PERSON:Maria Gonzalez]],[[EMAIL_ADDRESS:mgonzalez82@yahoo.com]],[[CREDIT_CARD:5243168092753319]],2,178.00
GT-77121,[[PERSON:Kevin O'Brien]],[[EMAIL_ADDRESS:kobrien@gmail.com]],[[CREDIT_CARD:340288177506128]],4,356.00
GT-77124,[[PERSON:Thuy Tran]],[[EMAIL_ADDRESS:thuy.tran.92@gmail.com]],[[CREDIT_CARD:4917612049388750]],1,89.00""",
    """| Unit | Tenant(s) | Phone | Lease start | Rent |
|------|-----------|-------|-------------|------|
| 1A | [[PERSON:Gabriel Dubois]] | [[PHONE_NUMBER:514-555-0161]] | [[DATE_TIME:2023-07-01]] | $1,350 |
| 2B | [[PERSON:Amira Saleh]], [[PERSON:Karim Saleh]] | [[PHONE_NUMBER:514-555-0188]] | [[DATE_TIME:2022-07-01]] | $1,620 |
| 3C | [[PERSON:Owen Taylor]] | [[PHONE_NUMBER:438-555-0119]] | [[DATE_TIME:2024-03-01]] | $1,480 |""",
    """SEAT  PASSENGER                 DOB         DOC NO       MEAL
04A   [[PERSON:MWANGI/PETER KARIUKI]] [[TITLE:MR]]  [[DATE_TIME:14MAR82]]     [[ID_NUMBER:AK0918273]]    AVML
04C   [[PERSON:MWANGI/GRACE WANJIKU]] [[TITLE:MRS]] [[DATE_TIME:02SEP85]]     [[ID_NUMBER:AK0918274]]    AVML
17F   [[PERSON:OKONJO/IFEANYI]] [[TITLE:MR]]         [[DATE_TIME:30JUN79]]     [[ID_NUMBER:A50291837]]    -""",
    """Patient name:   Pepper (cat, DSH, 9 yrs)
Owner:          [[PERSON:Greta Lindholm]]
Owner phone:    [[PHONE_NUMBER:+1 (503) 555-0129]]
Owner email:    [[EMAIL_ADDRESS:greta.lindholm@gmail.com]]
Address:        [[ADDRESS:2716 SE Clinton St]], [[LOCATION:Portland]], [[LOCATION:OR]] [[ZIP_CODE:97202]]
Last visit:     [[DATE_TIME:May 14, 2024]]
Vet:            [[PERSON:Dr. Raymond Cho]]""",
    """patient_id,initials,dob,test,result,units,flag
[[ID_NUMBER:LAB-220918]],[[PERSON:J.M.]],[[DATE_TIME:1970-08-21]],HbA1c,7.9,%,H
[[ID_NUMBER:LAB-220919]],[[PERSON:S.K.P.]],[[DATE_TIME:1958-02-03]],eGFR,48,mL/min,L
[[ID_NUMBER:LAB-220920]],[[PERSON:A.O.]],[[DATE_TIME:1995-12-17]],TSH,2.1,mIU/L,""",
    """nric\tname\tpostal_code\tmobile\tvaccination
[[ID_NUMBER:S7812093B]]\t[[PERSON:Goh Boon Keng]]\t[[ZIP_CODE:520148]]\t[[PHONE_NUMBER:9788 2041]]\tcompleted
[[ID_NUMBER:S8521467E]]\t[[PERSON:Nurul Huda binte Ismail]]\t[[ZIP_CODE:760312]]\t[[PHONE_NUMBER:8312 6690]]\tcompleted
[[ID_NUMBER:T0391582J]]\t[[PERSON:Rajesh s/o Murugan]]\t[[ZIP_CODE:310098]]\t[[PHONE_NUMBER:9170 3358]]\tbooster due
[[ID_NUMBER:S6904418B]]\t[[PERSON:Tan Ah Moi]]\t[[ZIP_CODE:150017]]\t[[PHONE_NUMBER:6472 9910]]\tcompleted""",
    """project: vidcast-transcoder
version: 3.14.0
maintainers:
  - name: [[PERSON:Ioana Popescu]]
    email: [[EMAIL_ADDRESS:ioana.popescu@gmail.com]]
    github: [[USERNAME:ioanapop]]
  - name: [[PERSON:Ahmad Zaki]]
    email: [[EMAIL_ADDRESS:azaki@fastmail.com]]
    github: [[USERNAME:zaki-dev]]
license: Apache-2.0""",
    """name,sss_no,tin,region,employment_type
[[PERSON:Rowena Macaraeg]],[[ID_NUMBER:33-4829103-7]],[[ID_NUMBER:412-883-901-000]],[[LOCATION:NCR]],regular
[[PERSON:Jomar Villanueva]],[[ID_NUMBER:34-9102837-2]],[[ID_NUMBER:298-117-452-000]],[[LOCATION:Region VII]],contractual
[[PERSON:Angelica Dela Cruz]],[[ID_NUMBER:02-3819274-5]],[[ID_NUMBER:507-220-918-000]],[[LOCATION:CALABARZON]],regular""",
    """| ID Number | Surname | First names | Branch | Grade |
|---|---|---|---|---|
| [[ID_NUMBER:8809135123087]] | [[PERSON:Mthembu]] | [[PERSON:Sibusiso Thabo]] | Bloemfontein | C2 |
| [[ID_NUMBER:9302270341085]] | [[PERSON:Mokoena]] | [[PERSON:Thandiwe]] | Sandton | C1 |""",
    """{"steamid64": "[[ID_NUMBER:76561198044187320]]", "name": "[[USERNAME:BigChungus420]]", "banned_at": "[[DATE_TIME:2024-04-19]]", "reason": "aimbot", "duration": "permanent"}
{"steamid64": "[[ID_NUMBER:76561198911273645]]", "name": "[[USERNAME:xX_Valk_Xx]]", "banned_at": "[[DATE_TIME:2024-04-21]]", "reason": "hate speech", "duration": "14d"}
{"steamid64": "[[ID_NUMBER:76561199230018472]]", "name": "[[USERNAME:sunny.d]]", "banned_at": "[[DATE_TIME:2024-05-02]]", "reason": "smurfing", "duration": "7d"}""",
    """Guest,Meal,Dietary,Plus one,Email
[[PERSON:Harriet Oyelaran]],Beef,,[[PERSON:Tom Oyelaran]],[[EMAIL_ADDRESS:harriet.oye@gmail.com]]
[[PERSON:Deepak Chandra]],Veg,Jain,,[[EMAIL_ADDRESS:dchandra@rediffmail.com]]
[[PERSON:Siobhan Kearney]],Fish,gluten-free,[[PERSON:Aidan]],[[EMAIL_ADDRESS:siobhan.kearney@eircom.net]]
Aunty [[PERSON:Ngozi]],Beef,,,""",
    """| # | Member | National ID | M-Pesa no. | Monthly contribution (KES) |
|---|--------|-------------|------------|------|
| 1 | [[PERSON:Esther Njeri]] | [[ID_NUMBER:30918274]] | [[PHONE_NUMBER:0712 448 203]] | 2,000 |
| 2 | [[PERSON:Mary Atieno]] | [[ID_NUMBER:27401938]] | [[PHONE_NUMBER:0723 190 554]] | 2,000 |
| 3 | [[PERSON:Joyce Chebet]] | [[ID_NUMBER:33820174]] | [[PHONE_NUMBER:0701 882 316]] | 1,500 |
| 4 | [[PERSON:Rose Wambui]] | [[ID_NUMBER:29910452]] | [[PHONE_NUMBER:0798 305 667]] | 2,000 |""",
    """NAME                  DL NUMBER        ST  DOB         CLASS
[[PERSON:GARCIA, LUIS A]]        [[US_DRIVER_LICENSE:D4821930]]         [[LOCATION:CA]]  [[DATE_TIME:03/17/1983]]  C
[[PERSON:WHITFIELD, ANNE M]]     [[US_DRIVER_LICENSE:W321-480-85-612-0]]  [[LOCATION:FL]]  [[DATE_TIME:11/02/1985]]  E
[[PERSON:OKAFOR, CHINEDU]]       [[US_DRIVER_LICENSE:O12948307]]        [[LOCATION:MD]]  [[DATE_TIME:07/22/1991]]  C""",
    """employee,tfn,super_fund,member_no,employment
[[PERSON:Bronwyn Hughes]],[[ID_NUMBER:871 203 942]],AustralianSuper,[[ID_NUMBER:502918374]],full-time
[[PERSON:Dimitri Kostas]],[[ID_NUMBER:563 092 181]],Hostplus,[[ID_NUMBER:1029384756]],casual
[[PERSON:Kylie Watson]],[[ID_NUMBER:319 284 740]],REST,[[ID_NUMBER:88102937]],part-time""",
    """ird_number\tname\ttax_code\tkiwisaver
[[ID_NUMBER:104-829-139]]\t[[PERSON:Anaru Te Rangi]]\tM\t3%
[[ID_NUMBER:092-740-188]]\t[[PERSON:Sione Taufa]]\tM SL\t4%
[[ID_NUMBER:82-190-473]]\t[[PERSON:Aditya Kulkarni]]\tM\topted out""",
    """PLAYER CARD
Handle:        [[USERNAME:Nightjar]]
Name:          [[PERSON:Precious Chikwanha]]
Born:          [[DATE_TIME:8 August 2004]]
Age:           [[AGE:19]]
Hometown:      [[LOCATION:Harare]], [[LOCATION:Zimbabwe]]
Team:          Savanna Five
Main:          Jett / Raze
Contact:       [[EMAIL_ADDRESS:nightjar.gg@gmail.com]]""",
    """{"ticket": "ST-8812-001", "holder": "[[PERSON:Ama Owusu]]", "gate": "North 3", "scan": "19:42:10", "status": "admitted"}
{"ticket": "ST-8812-002", "holder": "[[PERSON:Kojo Owusu]]", "gate": "North 3", "scan": "19:42:14", "status": "admitted"}
{"ticket": "ST-8812-117", "holder": "[[PERSON:Leila Haddad]]", "gate": "South 1", "scan": "19:55:02", "status": "duplicate"}""",
    """case,cardholder,card_number,amount,merchant,reason
DSP-1021,[[PERSON:Gregory Banks]],[[CREDIT_CARD:3566 0021 9843 1773]],£54.99,STEAMGAMES,not recognised
DSP-1022,[[PERSON:Imogen Clarke]],[[CREDIT_CARD:6011 0038 4456 2015]],£12.00,PRIMEVIDEO,duplicate
DSP-1023,[[PERSON:Hamza Qureshi]],[[CREDIT_CARD:4127 5018 3392 0470]],£210.00,TICKETHUB,event cancelled""",
    """policy: HH-2290184
policyholder:
  name: [[PERSON:Valentina Rossi-Kaur]]
  dob: [[DATE_TIME:1984-10-11]]
  phone: "[[PHONE_NUMBER:+61 430 118 552]]"
dependants:
  - name: [[PERSON:Arjun Rossi-Kaur]]
    dob: [[DATE_TIME:2015-03-02]]
    relationship: son
  - name: [[PERSON:Mila Rossi-Kaur]]
    dob: [[DATE_TIME:2018-09-19]]
    relationship: daughter
cover: hospital + extras""",
    """| PPSN | Name | Eircode | County | Payment |
|---|---|---|---|---|
| [[ID_NUMBER:6382014W]] | [[PERSON:Siobhán Ní Bhriain]] | [[ZIP_CODE:H91 E2K3]] | [[LOCATION:Galway]] | Jobseeker's |
| [[ID_NUMBER:4197352U]] | [[PERSON:Cormac Brennan]] | [[ZIP_CODE:R95 X7Y1]] | [[LOCATION:Kilkenny]] | Carer's |""",
    """matric_no,surname,other_names,state_of_origin,phone,level
[[ID_NUMBER:UNN/2021/248173]],[[PERSON:Eze]],[[PERSON:Chiamaka Blessing]],[[LOCATION:Anambra]],[[PHONE_NUMBER:08031447720]],300
[[ID_NUMBER:UNN/2021/248174]],[[PERSON:Abubakar]],[[PERSON:Sadiq]],[[LOCATION:Kano]],[[PHONE_NUMBER:08124093318]],300
[[ID_NUMBER:UNN/2022/301922]],[[PERSON:Oyebanji]],[[PERSON:Tolulope]],[[LOCATION:Ekiti]],[[PHONE_NUMBER:07069211845]],200""",
    """| Ep | Guest | Handle | Email | Published |
|----|-------|--------|-------|-----------|
| 41 | [[PERSON:Marisa Lopez]] | [[USERNAME:marisaplays]] | [[EMAIL_ADDRESS:marisa@marisaplays.com]] | 2024-03-04 |
| 42 | [[PERSON:DeShawn "Dee" Price]] | [[USERNAME:deeprice]] | [[EMAIL_ADDRESS:dee.price@gmail.com]] | 2024-03-11 |
| 43 | [[PERSON:Kenji Watanabe]] | [[USERNAME:kenjiw]] | [[EMAIL_ADDRESS:kenji.w@outlook.com]] | 2024-03-18 |""",
    """ssn\tname\thire_date\tdept\tstate
[[US_SSN:529-31-8804]]\t[[PERSON:Heather Lindqvist]]\t[[DATE_TIME:03/11/2019]]\tSales\t[[LOCATION:UT]]
[[US_SSN:268-90-1147]]\t[[PERSON:Marcus Bell]]\t[[DATE_TIME:08/26/2021]]\tOps\t[[LOCATION:OH]]
[[US_SSN:614-02-7735]]\t[[PERSON:Yolanda Cruz]]\t[[DATE_TIME:01/04/2023]]\tFinance\t[[LOCATION:CA]]""",
    """CARD NO     NAME                    ADDRESS                                  EXPIRES
[[ID_NUMBER:B00184772]]   [[PERSON:Alistair Grieve]]         [[ADDRESS:9 Bellfield Street]], [[LOCATION:Dundee]] [[ZIP_CODE:DD1 5HZ]]          2026
[[ID_NUMBER:B00184773]]   [[PERSON:Parminder Kaur]]          [[ADDRESS:41 Lochee Road]], [[LOCATION:Dundee]] [[ZIP_CODE:DD2 2NE]]              2025
[[ID_NUMBER:B00184790]]   [[PERSON:Oksana Melnyk]]           [[ADDRESS:Flat 1/2, 17 Peddie Street]], [[LOCATION:Dundee]] [[ZIP_CODE:DD1 5LS]]  2027""",
    """naam: [[PERSON:Pieter Bakker]]
bsn: [[ID_NUMBER:230198478]]
geboortedatum: [[DATE_TIME:17-04-1979]]
adres: [[ADDRESS:Oudegracht 112]]
postcode: [[ZIP_CODE:3511 AV]]
woonplaats: [[LOCATION:Utrecht]]
iban: [[IBAN_CODE:NL70TRIO0391827465]]
telefoon: [[PHONE_NUMBER:06 12 84 39 07]]""",
    """username,winner,ship_to,city,zip,prize
[[USERNAME:pixelpanda]],[[PERSON:Grace Kim]],[[ADDRESS:1809 Maple Ave, Apt 3]],[[LOCATION:Evanston]],[[ZIP_CODE:60201]],controller
[[USERNAME:r0b0tnik]],[[PERSON:Jorge Castillo]],[[ADDRESS:77 Pine Hollow Rd]],[[LOCATION:Asheville]],[[ZIP_CODE:28805]],headset
[[USERNAME:tealtide]],[[PERSON:Amelia Hart]],[[ADDRESS:PO Box 412]],[[LOCATION:Bozeman]],[[ZIP_CODE:59771]],mouse""",
    """{"call_id": "c-88120", "caller": "[[PHONE_NUMBER:+27 82 448 1930]]", "caller_name": "[[PERSON:Naledi Khumalo]]", "agent": "[[PERSON:Johan]]", "duration_s": 312, "queue": "billing"}
{"call_id": "c-88121", "caller": "[[PHONE_NUMBER:+27 71 203 5518]]", "caller_name": "[[PERSON:Ruan Botha]]", "agent": "[[PERSON:Lindiwe]]", "duration_s": 95, "queue": "tech"}
{"call_id": "c-88122", "caller": "[[PHONE_NUMBER:+27 83 910 2274]]", "caller_name": null, "agent": "[[PERSON:Johan]]", "duration_s": 41, "queue": "billing"}""",
    """badges:
  - name: "[[PERSON:Sina Mahmoudi]]"
    company: Pixelforge
    pronouns: he/him
    badge_type: speaker
  - name: "[[PERSON:Tamsin Lloyd]]"
    company: Lloyd Audio
    pronouns: she/her
    badge_type: exhibitor
  - name: "[[PERSON:Ngaio Marsh-Tuhoe]]"
    company: independent
    pronouns: they/them
    badge_type: attendee""",
    """client;iban;bic;ville;code_postal
[[PERSON:Camille Lefèvre]];[[IBAN_CODE:FR76 2004 1010 0500 5003 4190 262]];PSSTFRPPXXX;[[LOCATION:Lyon]];[[ZIP_CODE:69003]]
[[PERSON:Nicolas Girard]];[[IBAN_CODE:FR7630004013280001234567810]];BNPAFRPPXXX;[[LOCATION:Nantes]];[[ZIP_CODE:44000]]""",
    """| Member no. | Name | Birthday | City | Since |
|---|---|---|---|---|
| [[ID_NUMBER:SWIFTIE-004418]] | [[PERSON:Kayla Brennan]] | [[DATE_TIME:Dec 13]] | [[LOCATION:Nashville]] | 2014 |
| [[ID_NUMBER:SWIFTIE-009921]] | [[PERSON:Mariana Souza]] | [[DATE_TIME:Jul 2]] | [[LOCATION:São Paulo]] | 2016 |
| [[ID_NUMBER:SWIFTIE-010077]] | [[PERSON:Ji-woo Han]] | [[DATE_TIME:Mar 28]] | [[LOCATION:Seoul]] | 2019 |""",
    """bed,patient,age,consultant,admitted,diet
W4-01,[[PERSON:Edna Pritchard]],[[AGE:88]],[[PERSON:Dr. Malik]],[[DATE_TIME:02/06]],soft
W4-02,[[PERSON:Stanley Obuya]],[[AGE:71]],[[PERSON:Dr. Malik]],[[DATE_TIME:04/06]],diabetic
W4-05,[[PERSON:Joan Ferreira]],[[AGE:79]],[[PERSON:Dr. Hennessy]],[[DATE_TIME:05/06]],normal""",
    """Kunde\tSteuer-ID\tIBAN\tOrt
[[PERSON:Hannah Schultz]]\t[[ID_NUMBER:47036892816]]\t[[IBAN_CODE:DE53120300000482917365]]\t[[LOCATION:Leipzig]]
[[PERSON:Jonas Weber]]\t[[ID_NUMBER:65929970489]]\t[[IBAN_CODE:DE44500105175407324931]]\t[[LOCATION:Frankfurt am Main]]""",
    """| Discord | Name | Timezone | Role |
|---|---|---|---|
| [[USERNAME:quietstorm#0412]] | [[PERSON:Becca]] | GMT | head mod |
| [[USERNAME:lanternfish]] | [[PERSON:Tomasz]] | CET | mod |
| [[USERNAME:okay.kayode]] | [[PERSON:Kayode]] | WAT | mod |
| [[USERNAME:mossy_rock]] | [[PERSON:Juniper]] | PST | trial mod |""",
    """会員番号,氏名,フリガナ,生年月日,電話番号,会員種別
[[ID_NUMBER:FC-100234]],[[PERSON:松本 さくら]],[[PERSON:マツモト サクラ]],[[DATE_TIME:1999/04/01]],[[PHONE_NUMBER:090-1183-4420]],プレミアム
[[ID_NUMBER:FC-100235]],[[PERSON:井上 大輝]],[[PERSON:イノウエ ダイキ]],[[DATE_TIME:2003/11/23]],[[PHONE_NUMBER:080-7720-3319]],一般
[[ID_NUMBER:FC-100241]],[[PERSON:木村 愛]],[[PERSON:キムラ アイ]],[[DATE_TIME:1996/08/15]],[[PHONE_NUMBER:070-4491-2208]],プレミアム""",
    """社員番号：[[ID_NUMBER:E-004521]]
氏名：[[PERSON:渡辺 直樹]]
生年月日：[[DATE_TIME:1987年12月3日]]
個人番号：[[ID_NUMBER:5201 9384 7629]]
住所：〒[[ZIP_CODE:460-0008]] [[LOCATION:愛知県]][[LOCATION:名古屋市]][[LOCATION:中区]][[ADDRESS:栄3-15-27]]
入社日：[[DATE_TIME:2012年4月1日]]
所属：営業部""",
    """| 当選番号 | 氏名 | メールアドレス | 都道府県 | 券種 |
|---|---|---|---|---|
| L-0192 | [[PERSON:小川 陽菜]] | [[EMAIL_ADDRESS:hina.ogawa@ezweb.ne.jp]] | [[LOCATION:北海道]] | S席 |
| L-0207 | [[PERSON:森田 拓海]] | [[EMAIL_ADDRESS:takumi.morita@gmail.com]] | [[LOCATION:宮城県]] | A席 |
| L-0311 | [[PERSON:清水 優奈]] | [[EMAIL_ADDRESS:yuna.s1208@icloud.com]] | [[LOCATION:京都府]] | S席 |""",
    """고객명\t생년월일\t휴대폰\t주소\t등급
[[PERSON:윤서준]]\t[[DATE_TIME:1993-07-15]]\t[[PHONE_NUMBER:010-2284-7731]]\t[[LOCATION:대전광역시]] [[LOCATION:유성구]] [[ADDRESS:대학로 99]]\tVIP
[[PERSON:강민지]]\t[[DATE_TIME:1998-02-03]]\t[[PHONE_NUMBER:010-6630-1947]]\t[[LOCATION:광주광역시]] [[LOCATION:북구]] [[ADDRESS:첨단과기로 123]]\t일반
[[PERSON:임도윤]]\t[[DATE_TIME:1985-09-11]]\t[[PHONE_NUMBER:010-9182-0045]]\t[[LOCATION:서울특별시]] [[LOCATION:송파구]] [[ADDRESS:올림픽로 300, 2304호]]\tVIP""",
    """{"선수명": "[[PERSON:배준혁]]", "닉네임": "[[USERNAME:Bae_Jun]]", "나이": [[AGE:22]], "주민등록번호": "[[ID_NUMBER:020830-3201161]]", "포지션": "정글"}
{"선수명": "[[PERSON:신예린]]", "닉네임": "[[USERNAME:yerin_sup]]", "나이": [[AGE:26]], "주민등록번호": "[[ID_NUMBER:980203-2488357]]", "포지션": "서포터"}
{"선수명": "[[PERSON:조현우]]", "닉네임": "[[USERNAME:HyunWoo7]]", "나이": [[AGE:31]], "주민등록번호": "[[ID_NUMBER:930715-1048219]]", "포지션": "코치"}""",
    """배송목록:
  - 수령인: [[PERSON:문가은]]
    연락처: "[[PHONE_NUMBER:010-4471-2290]]"
    주소: "[[LOCATION:인천광역시]] [[LOCATION:연수구]] [[ADDRESS:송도과학로 32, 1102호]]"
    우편번호: "[[ZIP_CODE:21984]]"
    상품: 응원봉 2개
  - 수령인: [[PERSON:황태민]]
    연락처: "[[PHONE_NUMBER:010-8803-5512]]"
    주소: "[[LOCATION:대구광역시]] [[LOCATION:수성구]] [[ADDRESS:달구벌대로 2450]]"
    우편번호: "[[ZIP_CODE:42020]]"
    상품: 포토카드 세트""",
]

CHAT = [
    """[10:02] Agent ([[PERSON:Priya]]): Hi, thanks for contacting GigPass support! How can I help?
[10:03] Customer: hi, my name is [[PERSON:Tom Hadley]], I bought 2 tickets for the [[LOCATION:Leeds]] date but the app now shows someone else's name on them
[10:03] Agent ([[PERSON:Priya]]): Sorry about that, [[PERSON:Tom]]. Can you confirm the email on the account?
[10:04] Customer: [[EMAIL_ADDRESS:tom.hadley93@gmail.com]]
[10:04] Agent ([[PERSON:Priya]]): Thanks. And the mobile number we have for you?
[10:05] Customer: [[PHONE_NUMBER:07700 345912]]
[10:06] Agent ([[PERSON:Priya]]): I can see the tickets were transferred yesterday to a [[PERSON:Rebecca Stone]]. Was that you?
[10:06] Customer: no!! never heard of her
[10:07] Agent ([[PERSON:Priya]]): Understood. I've frozen the order (GP-55102-LD) and reset your password. The tickets will be reissued to you within 24 hours.""",
    """Mum: Did you get the tickets for Dad's birthday?
[[PERSON:Zara]]: yes!! 2 for the Elton tribute at the Palladium 🎹
Mum: How much do I owe you love
[[PERSON:Zara]]: £96 total, send it to my monzo, acc [[ID_NUMBER:41852097]] sort 04-00-04
Mum: Done. Shall I post his card to yours or will you pick it up
[[PERSON:Zara]]: post it, I'm at [[ADDRESS:Flat 5, 19 Clarendon Road]] now, [[LOCATION:Leeds]] [[ZIP_CODE:LS2 9NZ]]
Mum: Ok. Don't tell Dad!!
[[PERSON:Imran]]: what are we not telling me 👀""",
    """#team-ops
[[PERSON:Carla Mendes]] 09:14: visa apps for the [[LOCATION:Seoul]] event are due friday. still missing [[PERSON:Tobi]]'s passport scan
[[PERSON:Tobi Adeyemi]] 09:21: sorry! passport no is [[ID_NUMBER:B03928174]], issued [[LOCATION:Abuja]], expires 2031
[[PERSON:Carla Mendes]] 09:22: ty. and your DOB for the form?
[[PERSON:Tobi Adeyemi]] 09:22: [[DATE_TIME:4 feb 2002]]
[[PERSON:Carla Mendes]] 09:25: [[PERSON:Jonas]] do you still need the hotel address for the invitation letter?
[[PERSON:Jonas Eklund]] 09:31: yep, and everyone's emergency contact. mine is my partner [[PERSON:Alva]], [[PHONE_NUMBER:+46 70 228 91 04]]""",
    """[[USERNAME:mod_ellie]]: @everyone reminder, don't post personal info in #general
[[USERNAME:ratking]]: lol [[USERNAME:crispy_taco]] lives at [[ADDRESS:2211 Birchwood Dr]] [[LOCATION:Tulsa]], his name is [[PERSON:Tyler Pruitt]]
[[USERNAME:crispy_taco]]: dude what the hell delete that
[[USERNAME:mod_ellie]]: deleted. [[USERNAME:ratking]] you're banned for 30 days
[[USERNAME:mod_ellie]]: [[USERNAME:crispy_taco]] sorry man, DM me if you want us to report it to Discord trust & safety
[[USERNAME:crispy_taco]]: ty. my real email for the report is [[EMAIL_ADDRESS:tpruitt2007@gmail.com]]""",
    """Chat transcript - Ref CS-2024-118204
Bot: Welcome to Helix Bank. Please type your full name.
User: [[PERSON:Deborah Anyango Otieno]]
Bot: Thanks. Please enter your date of birth (DD/MM/YYYY).
User: [[DATE_TIME:17/09/1983]]
Bot: Which account is this about?
User: my euro account [[IBAN_CODE:IE68 BOFI 9013 8427 5510 93]]
Bot: Connecting you to an agent...
[[PERSON:Sean]] (Agent): Hi [[PERSON:Deborah]], I can see a returned payment of EUR 1,200. It looks like the beneficiary IBAN had a typo. Can you confirm the correct one?
User: [[IBAN_CODE:DE66100100100682931744]], name [[PERSON:Philipp Krause]]""",
    """Support chat - StreamNest
[[PERSON:Ayesha]] (agent): Hi there! Which email is the account under?
User: [[EMAIL_ADDRESS:gabe.rosenthal@outlook.com]] but my ex-wife changed it I think
[[PERSON:Ayesha]] (agent): I see a change on [[DATE_TIME:May 30 at 11:42 PM]] to [[EMAIL_ADDRESS:lisarosenthal.home@gmail.com]]. Last sign-in was from [[IP_ADDRESS:68.101.44.219]].
User: thats her. Im the one paying, card ends 6620. My name is [[PERSON:Gabriel Rosenthal]]
[[PERSON:Ayesha]] (agent): Thanks [[PERSON:Gabriel]]. I'll send a verification code to the phone on file, ending 4410.""",
    """[[PERSON:あかり]]：チケット当選したよ！！2枚とれた
[[PERSON:ゆい]]：えーすごい！ありがとう😭
[[PERSON:あかり]]：紙チケットだから送るね。住所おしえて
[[PERSON:ゆい]]：〒[[ZIP_CODE:812-0011]] [[LOCATION:福岡市]][[LOCATION:博多区]][[ADDRESS:博多駅前2-1-1 グランドハイツ805]] [[PERSON:藤井結衣]]です
[[PERSON:あかり]]：了解！念のため電話番号も
[[PERSON:ゆい]]：[[PHONE_NUMBER:080-5531-2097]]
[[PERSON:あかり]]：おけ、明日出すね""",
    """[[PERSON:지수]]: 오빠 PC방 대회 신청했어?
[[PERSON:민호]]: ㅇㅇ 팀 이름 Blue Fox로 했어. 근데 신청서에 생년월일 써야 돼
[[PERSON:지수]]: 내 거 [[DATE_TIME:2005년 8월 14일]]이고 게임 아이디는 [[USERNAME:jisoo_ez]]
[[PERSON:민호]]: 상금 받을 계좌도 필요하대
[[PERSON:지수]]: 카카오뱅크 [[ID_NUMBER:3333-08-4471920]] [[PERSON:이지수]]
[[PERSON:민호]]: ㅇㅋ 내 번호로 연락 온대 [[PHONE_NUMBER:010-3312-8847]]""",
]

LOOKALIKE = [
    """Your parcel is on its way! Tracking 1Z 999 AA1 01 2345 6784 via UPS, order #402-8817263-1190442, invoice INV-2024-00931. Items: SKU HDMI-2.1-3M (x2), SKU USB-C-100W-PD (x1). Questions? Call 0800 028 0055 (free, Mon-Fri 8am-6pm) or email orders@brightcable.co.uk. Delivering to: [[PERSON:S. Okoro]], [[ZIP_CODE:NW10 4RH]].""",
    """Release 4.12.0 (build 4.12.0.3817)
- Fixed crash on launch for clients still on 10.0.19045.4291.
- DNS fallback now uses the system resolver; config key net.dns.fallback.
- Controller firmware 2.4.10.1 is now the minimum supported.
- Bumped libwebp to 1.3.2 (CVE-2023-4863).
- Commit 9f2c4e71ab08d3c5e61f0b7a42d9e88c31b6a0f4, signed with key ID 4AEE18F83AFDEB23.
- Installer SHA-256: 3b8e1c0f7d9a2e54c6b17f08a3d95e21c4f6a0b8d7e3c2f19a5b4d6e8f0a1c2d
- Known issue: on Windows Server 2016 (6.3.9600) the tray icon may not refresh.""",
    """INVOICE NO. BK-77120-2024   Account: TRADE-0082
Qty  ISBN               Title                                   Price
2    9781492074731      Designing Data-Intensive Applications   £39.99
1    9784041026380      (JP import, paperback)                  £14.50
1    9791181203915      Korean Grammar in Use (Intermediate)   £22.00
VAT reg. GB 284 9175 36. Remittance to accounts@folio-books.co.uk, tel. 01865 790 210.
Ordered by [[PERSON:Gwen Arkwright]] for Haldane Library; please quote the invoice number on payment.""",
    """Getting to the arena: from the Martin Luther King Jr. Boulevard exit, follow Rosa Parks Way past the Dr. Martens outlet and park in Lot C (gate code not required after 5pm). Doors open at 6:30; box office 1-800-745-3000. Section 104, Row K, Seats 12-13 are on the Lincoln Avenue side. Lost property: lostandfound@arena-events.com. Your e-tickets were sent to [[EMAIL_ADDRESS:mpatterson.77@gmail.com]].""",
    """Ranked rules v7.35 (effective patch 7.35.1.2): matches use the Elo-based MMR from season 12; lobby codes look like LBY-7720-QX and are single use. Tournament servers run in region EU-West (tick rate 128). Disconnects over 120 s count as a loss unless the admin ([[USERNAME:ref_gabriela]]) grants a remake. Report cheaters with the match ID (e.g. M-88124-A) at integrity@ladderleague.gg, never with a player's personal details.""",
    """ASSET INVENTORY - 3rd floor
LT-00871  Dell Latitude 7440  S/N 8HX2K93  MAC a4:83:e7:2c:19:f0  UUID 4c4c4544-0048-5810-8032-b8c04f4b3933
LT-00872  Dell Latitude 7440  S/N 8HX2K94  MAC a4:83:e7:2c:19:f1  UUID 4c4c4544-0048-5810-8032-b8c04f4b3934
PR-0112   HP LaserJet M507    S/N PHBCL10293  IP [[IP_ADDRESS:10.20.3.15]] (print server)
Asset owner for the floor: [[PERSON:Leandro Pires]], ext. 3317. Warranty hotline 1-877-624-9301.""",
    """【商品のご案内】品番 KB-3092-JP（ワイヤレスキーボード）、JANコード 4549995291043、シリアル SN-22A0917734。ご注文番号 250612-004417 の出荷は6月14日予定です。お問い合わせはカスタマーセンター 0120-555-234（平日9時〜18時）または support@keyworks.co.jp まで。ご注文者：[[PERSON:岡本 健二]] 様""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind93", STYLES, OUT)


if __name__ == "__main__":
    main()

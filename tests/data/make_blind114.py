"""Build tests/data/blind114.jsonl: a *blind*, hand-written labeled PII set (set 114).

    .venv/bin/python tests/data/make_blind114.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of file (the scaffolding copied below), gold_sets.py (whole
file), and lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/, recognizers/,
bench/, the README, the tests (other than the lines above), any *.jsonl
set (this one's output included), any other make_*.py, and anything under
/tmp. No git command was run (no history, log or status). The detector, the
bench and the tests were never run. Do not tune the detector against this
set: once it has been used to tune, it no longer measures anything; write a
new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
(GB, IE, DE, NL, AT, BE, the Belgian national check too) pass mod-97 with
the right length; `gold_sets.check` re-checks both. National ids with a
public check digit were given a valid one: NZ NHI (old AAANNNC shape), NZ
IRD, Australian TFN and Medicare, Canadian SIN, Singapore NRIC, Aadhaar
(Verhoeff), Irish PPSN; so were the ISBN-13 look-alikes. The check digits
were worked out with throwaway Python run inline while writing (no file
kept, nothing generated into the records). Not checked (no public check
digit, or none used): NZ and Australian driver licences, passports, NZ
National Student Numbers, WWCC numbers, Fijian FNPF and TIN numbers,
Samoan and Tongan account or customer numbers, UK NI numbers, US SSNs,
PAN, plates, bank account numbers and staff, student, member, client and
library card numbers.

Styles (ids `blind114-<style>-NNN`; 240 records):
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, job titles, streets with
  building numbers, secondary addresses, IPv4/IPv6, MACs, user agents,
  card/CVV/expiry, IBAN/BIC), gretel-pii-masking-en-v1 (claims, contracts,
  discharge summaries, loan, enrolment and consent forms, notices) and
  Nemotron-PII (JSON, log lines, SQL, XML, HL7, YAML, .env, Python and JS
  snippets, tickets and forms).
- `gen` (80): one to four LLM-style sentences with personal data woven in;
  names at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (60): one small labeled table per record (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks), varied
  column names and non-PII columns; header rows and keys unlabeled.
- `chat` (8): support chats, an SMS thread, a family messaging thread, a
  team chat, a moderators' chat and a marketplace thread, speakers' names
  labeled with the data they trade.
- `lookalike` (7): text full of non-PII that looks like PII (order,
  tracking, invoice and campaign refs, SKUs, ISBNs, IP-shaped versions,
  hashes, UUIDs, serials, MACs, company phones, role mailboxes, eponyms,
  streets named after people without a number), the few real PII values
  labeled; one record (release notes) has no PII at all.
Domains with extra weight in gen and bench: dating apps, social media
moderation and crowdfunding (about two records in five of those two
styles); the rest spread widely (health, pharmacy, banking, tax, HR,
schools, tenancy, telecoms, travel, insurance, courts, delivery, gyms,
vets, churches, sport). Languages: about nine records in ten in English
(New Zealand and Australian contexts heavily, also the UK, Ireland, the US,
Canada, Singapore, India and Fiji, with Māori, Samoan, Tongan, Fijian,
Indo-Fijian, Chinese, Korean, Vietnamese, Indian, Filipino, Greek, Italian,
Lebanese, Iranian, African and European names); the rest (26 records) in
Samoan, Tongan and Fijian, spread over gen (12), bench (6), table (5),
chat (2, mixed with English) and lookalike (1).

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames and display names are PERSON.
  TITLE: honorifics and ranks attached to a name, labeled apart; job titles
  are not TITLE and family words (aunty, uncle, Nana) stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, rural
  delivery, lots; city, suburb, village, district, state / province (also
  abbreviated), island and country are LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, stay, payout ...) with a day or month, in any
  shape; a weekday or clock time said with the date is inside the span, a
  time or weekday alone is not; no bare years, durations, or dates not tied
  to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer, member and library card numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, API keys, genders, job titles, employers, user
  agents, MAC addresses, device ids, sort codes, BSB, BIC and routing
  numbers, CVVs and expiries, PINs, order / ticket / claim / policy /
  case / report / campaign / booking / tracking references, company phone
  numbers and role mailboxes, versions, hashes, serials, VINs, microchips,
  partial numbers ("ending 4417"), pets, eponyms, organisations and brands
  (also when they contain a place name), header rows and keys.
- Calls made while writing this set: in a table a "sex", "gender", "role",
  "dept" or "status" column stays unlabeled, an "age" column is AGE, a
  "country", "state" or "province" column is LOCATION, and "nationality",
  "ethnicity", "religion" (Samoan "Lotu") columns are NRP; a building
  number or secondary address in its own field is ADDRESS; a "last_login",
  "joined", "account created" or "matched_at" value of a person's account is
  DATE_TIME, but the timestamp that starts a log line (event time) is not;
  a country or state naming the issuer of a document ("NSW driver licence",
  "NZ passport", "Texas driver license", "Singapore NRIC") is not
  LOCATION; a name or place inside a free-text campaign title ("Help Tayo
  Walk Again", "Ambulance for Lomaloma") is labeled, but a slug is written
  without one; chat speakers and named agents are PERSON at every turn;
  chiefly and church titles (Ratu, Rev., Pastor, Sr., Councillor, Colonel)
  are TITLE; NZ bank account numbers in the 00-0000-0000000-00 shape and
  Fijian FNPF numbers are ID_NUMBER; a street named without a number is
  left unlabeled; Samoan, Tongan and Fijian month and weekday names are
  treated like English ones.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind114.jsonl")

GEN = [
    """[[PERSON:Losa Fa'alogo]] started a Givealittle page on [[DATE_TIME:3 February 2024]] to cover her son's funeral costs in [[LOCATION:Ōtara]], and people who would rather skip the platform fee can pay straight into her ASB account [[ID_NUMBER:12-3076-0458291-00]].""",
    """After matching on Hinge, [[PERSON:jake]] asked me to move the chat to WhatsApp on [[PHONE_NUMBER:0421 873 119]] before we'd even met, which the app's safety guide literally lists as a red flag.""",
    """The flagged post by [[USERNAME:tama_r_2009]] included a screenshot of [[PERSON:Hinewai Pōtae]]'s home address, [[ADDRESS:27 Kowhai Crescent]], [[LOCATION:Porirua]], so the moderator removed it under the doxxing policy and issued a 7-day suspension.""",
    """Patient [[PERSON:Mereana Kahu]], [[AGE:58]], NHI [[ID_NUMBER:ZKT4821]], has been booked for a cataract review at Waikato Hospital on [[DATE_TIME:Thursday 18 July at 9:40am]].""",
    """Hi there, I'm [[PERSON:Daniel Okafor]] and my debit card ending 4471 keeps getting declined at the Woolworths in [[LOCATION:Parramatta]]. My BSB is 062-118 and the account number is [[ID_NUMBER:1048 2275]] if that helps.""",
    """Talofa lava, o lo'u igoa o [[PERSON:Tavita Leaupepe]] ma ou te nofo i [[ADDRESS:14 Vaitele Street]], [[LOCATION:Apia]]. Fa'amolemole vala'au mai i le [[PHONE_NUMBER:+685 772 4019]] pe a sauni la'u pasipoti.""",
    """Our guest [[PERSON:Ms. Yuki Tanabe]] checks in on [[DATE_TIME:12/09/2024]] and has asked for the key to be left with the night porter, as her flight from [[LOCATION:Osaka]] doesn't land until after midnight.""",
    """Thanks heaps to everyone who chipped in — we've hit $4,320 for aunty [[PERSON:Vika]]'s dialysis trips from [[LOCATION:Māngere]] to Middlemore Hospital. Any questions, flick [[PERSON:Sela]] a text on [[PHONE_NUMBER:027 554 8102]].""",
    """The verification selfie submitted for the account registered to [[EMAIL_ADDRESS:priyanka.s.rao88@gmail.com]] did not match the profile photos, and the stated age of [[AGE:29]] conflicts with the date of birth on file, [[DATE_TIME:04/11/1979]].""",
    """Please note that [[PERSON:Callum McIntyre]] starts as warehouse supervisor on [[DATE_TIME:Monday 2 September]]; his IRD number is [[ID_NUMBER:115-283-065]] and he has elected the M tax code.""",
    """Mālō e lelei, ko hoku hingoa ko [[PERSON:Siosaia Fifita]]. Na'e fā'ele'i au 'i he 'aho [[DATE_TIME:3 'o Ma'asi 1990]] 'i [[LOCATION:Neiafu]], [[LOCATION:Vava'u]], pea ko 'eku fika telefoni ko [[PHONE_NUMBER:+676 771 2284]].""",
    """User report #88213: [[USERNAME:kiwi_gamer_nz]] keeps pasting [[PERSON:Jordan Whitcombe]]'s mobile number, [[PHONE_NUMBER:022 190 3378]], into the chat of every stream he joins.""",
    """[[PERSON:Amira Haddad]]'s Year 9 report was emailed to [[EMAIL_ADDRESS:r.haddad@bigpond.com]], the address her father gave when she enrolled at the [[LOCATION:Bankstown]] campus.""",
    """Script for [[PERSON:Mr Graham Toohey]], DOB [[DATE_TIME:22.06.1951]], Medicare [[ID_NUMBER:2951 40830 1]], is ready for collection at the front counter.""",
    """I'm [[AGE:34]], moved to [[LOCATION:Wellington]] from [[LOCATION:Manila]] last year, and if you fancy a flat white my Insta is [[USERNAME:bea.santos.travels]] — I'm [[PERSON:Bea]], by the way.""",
    """The tenancy agreement for [[ADDRESS:Unit 4, 112 Gladstone Road]], [[LOCATION:Gisborne]] [[ZIP_CODE:4010]] is in the names of [[PERSON:Rangi Te Kani]] and [[PERSON:Carla Mendes]], with the tenancy starting on [[DATE_TIME:1 October 2024]].""",
    """Bula vinaka, na yacaqu o [[PERSON:Mereoni Ravuvu]], au tiko e [[ADDRESS:Lot 22 Ratu Sukuna Road]], [[LOCATION:Nasese]], [[LOCATION:Suva]]. Na noqu naba ni talevoni o [[PHONE_NUMBER:+679 923 5517]].""",
    """The SIM swap on [[PHONE_NUMBER:+61 438 021 774]] was done in store by someone showing [[PERSON:Thi Lan Nguyen]]'s Victorian licence, number [[ID_NUMBER:042 918 335]], but she was at work in [[LOCATION:Footscray]] the whole afternoon.""",
    """Campaign organiser [[PERSON:Grace Olatunji]] confirmed that funds raised by 'Help [[PERSON:Tayo]] Walk Again' will be paid to the beneficiary, her brother [[PERSON:Tayo Olatunji]], whose account is [[IBAN_CODE:GB45BARC20473861529034]].""",
    """Bella the spoodle is overdue for her booster; her owner, [[PERSON:Sharon Keogh]], can be reached on [[PHONE_NUMBER:(08) 9381 4420]] any time after 3pm.""",
    """GG to [[USERNAME:xXMoanaWarriorXx]] — turns out it's my cousin [[PERSON:Leilani]] from [[LOCATION:Hamilton]] who's been carrying our squad all week 😂""",
    """Claim lodged by [[PERSON:Harpreet Singh Gill]] for hail damage to the roof at [[ADDRESS:9 Wattle Grove]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]] on [[DATE_TIME:14 Nov 2023]]; he prefers to be contacted at [[EMAIL_ADDRESS:hsgill.toowoomba@outlook.com]].""",
    """An appeal came in from [[PERSON:Aisha Rahimi]] ([[EMAIL_ADDRESS:aisha.rahimi@protonmail.com]]) about her suspended account [[USERNAME:aishaspeaks]]; she says the post about the local councillor was satire, not targeted harassment.""",
    """Her profile said [[PERSON:Chloé]], [[AGE:27]], nurse at the Royal Melbourne, but a reverse image search led to a model in [[LOCATION:Montreal]] called [[PERSON:Chloé Gagnon-Roy]].""",
    """Ua [[AGE:67]] tausaga o lo'u tinā o [[PERSON:Malia Sapolu]], ma e mana'omia lana tusi fa'amaonia mo lana tofiga i le falema'i i le aso [[DATE_TIME:15 Aokuso 2024]].""",
    """[[PERSON:Kwame Mensah]] lodged his citizenship application on [[DATE_TIME:8 March 2022]] and, against the advice on the form, wrote his TFN [[ID_NUMBER:453 291 872]] in the comments box.""",
    """Driver notes: leave the parcel for [[PERSON:Ngaire]] behind the gas bottle at [[ADDRESS:3/41 Rimu Street]], [[LOCATION:Riccarton]], and ring [[PHONE_NUMBER:021 044 7193]] if the side gate is locked.""",
    """[[PERSON:Mateo Fernández]], [[AGE:41]], who set up the fundraiser for families displaced by the [[LOCATION:Lismore]] floods, was asked by the platform to upload his passport ([[ID_NUMBER:PAF441827]]) and a utility bill before withdrawals could resume.""",
    """so [[PERSON:brendan]] from year 12 just posted my new address in the group chat lol, pls nobody rock up at [[ADDRESS:58 Harbour View Rd]] unannounced""",
    """The super rollover for [[PERSON:Eleni Papadopoulos]] (member no. [[ID_NUMBER:8810 4427 19]]) went through on [[DATE_TIME:30/06/2024]] and her statement was posted to [[ADDRESS:PO Box 1182]], [[LOCATION:Oakleigh]] [[LOCATION:VIC]] [[ZIP_CODE:3166]].""",
    """Kātaki 'o tokoni mai: ko 'eku 'imeili ko [[EMAIL_ADDRESS:ana.taufa67@yahoo.com]] pea 'oku ou nofo 'i [[LOCATION:Kolofo'ou]], [[LOCATION:Nuku'alofa]]. Ko hoku hingoa ko [[PERSON:'Ana Taufa]].""",
    """Please be aware the man calling himself [[PERSON:Ryan]] on Tinder is [[PERSON:Ryan Doherty]], [[AGE:45]], who has a protection order against him in [[LOCATION:Christchurch]] — he messages women from [[PHONE_NUMBER:+64 27 318 6605]].""",
    """Referral for [[PERSON:Jarrah Williams]], a [[AGE:16]]-year-old from [[LOCATION:Alice Springs]], to see [[PERSON:Dr. Priya Menon]] at the adolescent clinic on [[DATE_TIME:Wed 11 Sept, 2:30 pm]].""",
    """I returned the jacket on the [[DATE_TIME:5th of January]] and the refund still hasn't shown up; the receipt should be under [[EMAIL_ADDRESS:tomasz.wojcik@icloud.com]].""",
    """Big thanks to [[PERSON:Liam O'Sullivan]], [[PERSON:Fatima Zahra]] and [[PERSON:Hemi]] for matching donations on the school camp fundraiser this week — we're only $300 short now!""",
    """Moderator note: account [[USERNAME:truth_bomb_aus]] uploaded a photo of [[PERSON:Leanne Kirby]]'s NSW driver licence with the number [[ID_NUMBER:15730992]] clearly legible; post removed and the account escalated to Trust & Safety.""",
    """O yau o [[PERSON:Josaia Naivalu]], yabaki [[AGE:45]], mai [[LOCATION:Lautoka]]. Au a sucu ena [[DATE_TIME:14 ni Jiune 1979]] ka na noqu i-meli o [[EMAIL_ADDRESS:jnaivalu@connect.com.fj]].""",
    """The hearing in [[PERSON:Whitlock]] v [[PERSON:Brennan]] is listed for [[DATE_TIME:10:00 on 17 February 2025]] before the Federal Circuit Court in [[LOCATION:Brisbane]].""",
    """Account holder [[PERSON:Siddharth Iyer]] moved out of [[ADDRESS:Flat 9, 27 Cuba Street]], [[LOCATION:Te Aro]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]] on [[DATE_TIME:31/08/2024]] and asked for the final bill to be sent to [[EMAIL_ADDRESS:sid.iyer@xtra.co.nz]].""",
    """Super like from [[PERSON:Tevita]] ([[AGE:31]], [[LOCATION:Auckland]]): "Rugby on Saturdays, church on Sundays, looking for someone to share both with 🙏\"""",
    """[[PERSON:Zara Ahmed]] (@[[USERNAME:zara.bakes.syd]]) reported that her TikTok was cloned and the fake account is DMing her followers asking them to send money for a 'family emergency'.""",
    """Membership freeze approved for [[PERSON:Oliver Brandt]] from [[DATE_TIME:1 December]] to [[DATE_TIME:15 January]] while he recovers from his ACL reconstruction.""",
    """Hi, I'm [[PERSON:Ravinesh Prasad]] from [[LOCATION:Nadi]] and I'm raising money for my daughter [[PERSON:Anjali]]'s heart surgery in [[LOCATION:Auckland]]. You can reach our family on [[PHONE_NUMBER:+679 870 3341]] or at [[EMAIL_ADDRESS:ravi.prasad.nadi@gmail.com]].""",
    """The laptop issued to [[PERSON:Kirsty Macfarlane]] (staff ID [[ID_NUMBER:E40271]]) last checked in from [[IP_ADDRESS:203.97.14.221]] on [[DATE_TIME:Friday 7 June at 5:52 PM]], two days after she resigned.""",
    """Three separate users reported [[USERNAME:hemi_the_hammer]] for threatening to turn up at [[PERSON:Kahurangi Ruka]]'s workplace in [[LOCATION:Rotorua]].""",
    """Student [[PERSON:Nguyễn Minh Anh]], ID [[ID_NUMBER:s3984512]], has applied for special consideration for her exam on [[DATE_TIME:June 14]] because of her grandmother's funeral in [[LOCATION:Đà Nẵng]].""",
    """matched with [[PERSON:marcus]] last night, he's [[AGE:38]] and says he does FIFO up near [[LOCATION:Karratha]]. already gave me his number [[PHONE_NUMBER:0457 332 908]] which feels a bit quick??""",
    """Fa'afetai tele i le aiga o [[PERSON:Fa'amanu Tauiliili]] mai [[LOCATION:Salelologa]] mo le foa'i e $500 i le fa'aputugatupe mo le toe fausiaina o le falesa.""",
    """I'm writing on behalf of my father, [[PERSON:Desmond Achebe]], who was born on [[DATE_TIME:9 April 1947]] and banks with you under sort code 20-47-38, account number [[ID_NUMBER:61529034]].""",
    """[[PERSON:Wiremu Tāwhiri]] and [[PERSON:Aroha Tāwhiri]] are booked on NZ103 to [[LOCATION:Sydney]] on [[DATE_TIME:23 Dec]], returning [[DATE_TIME:6 Jan]]; their passport numbers are [[ID_NUMBER:LH482017]] and [[ID_NUMBER:LH482094]].""",
    """The Kickstarter payout went to [[PERSON:Declan Murphy]]'s account [[IBAN_CODE:IE85AIBK93208641973520]], and he has confirmed the reward shipping address as [[ADDRESS:14 Glenageary Park]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]] [[ZIP_CODE:A96 K2T8]].""",
    """[[PERSON:Tane Hohaia]], [[AGE:22]], of [[LOCATION:Flaxmere]], appeared in the Hastings District Court on [[DATE_TIME:Tuesday 9 April]] charged with unlawfully taking a motor vehicle.""",
    """We've banned the profile [[USERNAME:SurferDude_Bondi]] after [[PERSON:Emily Chen]] sent us screenshots of him pushing for her home address and a photo of her licence.""",
    """'Oku ou fiema'u ke liliu 'eku tu'asila ki he [[ADDRESS:45 Taufa'ahau Road]], [[LOCATION:Ma'ufanga]]. Ko 'eku fika kasitomaa ko [[ID_NUMBER:TCC-220871]]. Mālō, [[PERSON:Viliami Kioa]].""",
    """The performance review for [[PERSON:Ngozi Eze-Thompson]] is set for [[DATE_TIME:3 October, 11:00]], and her manager [[PERSON:Pete Rawlings]] will dial in from [[LOCATION:Perth]].""",
    """Happy [[AGE:60]]th to the absolute legend, uncle [[PERSON:Bob Tamatea]]! 🎂 Still the best hāngī in [[LOCATION:Ōpōtiki]].""",
    """Removed: the video showed a car with plate [[ID_NUMBER:KJT482]] and claimed its owner, [[PERSON:Marcus Lealaiauloto]], lives at [[ADDRESS:12 Savage Crescent]] in [[LOCATION:Ōtāhuhu]].""",
    """[[PERSON:Mrs Pauline Haddow]] rang to say her blister packs should now go to the rest home at [[ADDRESS:200 Main North Road]], [[LOCATION:Papanui]], not to her old house.""",
    """Bula! O [[PERSON:Asenaca]], yabaki [[AGE:26]], mai [[LOCATION:Labasa]] ia au sa tiko mai [[LOCATION:Suva]] ena gauna oqo. Vakasaqarai au ena Insta [[USERNAME:asenaca.t_fj]] 🌺""",
    """The vehicle with rego [[ID_NUMBER:1KX 9PQ]], registered to [[PERSON:Connor Bates]] of [[ADDRESS:7 Dorset St]], [[LOCATION:Ballarat]], was written off after the collision on [[DATE_TIME:19-02-2024]].""",
    """The campaign 'Rebuild the Taqueria After the Fire' is run by [[PERSON:Rosa Delgado]] of [[LOCATION:El Paso]], [[LOCATION:TX]]; the platform only needed the last four digits of her SSN, but she emailed the full number, [[US_SSN:521-48-7730]].""",
    """Safety check-in: [[PERSON:Hannah]] is meeting [[PERSON:Sam Te Rangi]] at the Botanic Gardens café at [[DATE_TIME:6pm on Sat 14/9]]; if she hasn't messaged by 8, call her flatmate on [[PHONE_NUMBER:0210 882 417]].""",
    """Port-in request for [[PHONE_NUMBER:029 447 1168]] from One NZ: account holder [[PERSON:Sione Vainikolo]], date of birth [[DATE_TIME:1988-07-21]].""",
    """Report from [[PERSON:Tom Albrecht]]: the Facebook group 'Brissie Bogans Unite' doxxed his partner, posting her full name, [[PERSON:Natalie Vu]], the pharmacy in [[LOCATION:Sunnybank]] where she works and her mobile, [[PHONE_NUMBER:0404 615 287]].""",
    """[[PERSON:Farhan Qureshi]], a [[NRP:Pakistani]] national on an Accredited Employer Work Visa, changed employer on [[DATE_TIME:12 May 2023]]; his passport number is [[ID_NUMBER:AB7743218]].""",
    """Inspection at [[ADDRESS:18 Mahoe Lane]], [[LOCATION:Whangārei]] confirmed for [[PERSON:Dylan]] and [[PERSON:Keri Watts]] on [[DATE_TIME:Sunday 20 October at 11:30]].""",
    """Anonymous donor? Not quite — the receipt shows the $250 came from [[PERSON:Beatrice Lowe]], [[EMAIL_ADDRESS:bea.lowe@fastmail.com.au]], paid with a card ending 0092.""",
    """[[PERSON:Mr. Faleolo]]'s Year 10 class at Aorere College raised $1,200 for the [[LOCATION:Samoa]] cyclone appeal with a sausage sizzle and a mufti day.""",
    """[[PERSON:Jasmine Kaur]], [[AGE:19]], was seen in ED on [[DATE_TIME:2 March]]; her emergency contact is her brother [[PERSON:Arjun]] on [[PHONE_NUMBER:0433 901 256]].""",
    """Between [[DATE_TIME:June 3]] and [[DATE_TIME:August 19]], [[PERSON:Margaret Ellison]], [[AGE:71]], transferred $38,000 to a man she met on a dating site who called himself [[TITLE:Colonel]] [[PERSON:David Hart]].""",
    """O le tama o [[PERSON:Iosefa Matagi]], e [[AGE:9]] ona tausaga, o lo'o iai lana tofiga ma le foma'i i le [[DATE_TIME:Aso Lulu 4 Setema]] i le Falema'i TTM i [[LOCATION:Moto'otua]].""",
    """[[PERSON:Kiri Parata]] updated her address with Work and Income to [[ADDRESS:6A Tui Street]], [[LOCATION:Taumarunui]] [[ZIP_CODE:3920]]; her client number is [[ID_NUMBER:308-441-927]].""",
    """MISSING: [[PERSON:Bronwyn Tait]], [[AGE:15]], last seen near [[LOCATION:Frankston]] station on [[DATE_TIME:Thursday 3 October around 4pm]]. Please call [[PHONE_NUMBER:0407 229 160]] with any info. Please share.""",
    """Na'e tuku 'e [[USERNAME:tonga_kakai_101]] 'a e fika telefoni 'a [[PERSON:Lusia Vea]] ([[PHONE_NUMBER:+676 845 0172]]) 'i he peesi Facebook 'o e kalasi, pea kuo 'ave ia ki he kau pule.""",
    """[[PERSON:Marie-Ève Tremblay]] moved from [[LOCATION:Québec]] to [[LOCATION:Brisbane]] and has asked us to close her chequing account; her SIN, [[ID_NUMBER:046 827 317]], is still on the old file.""",
    """The Givealittle payout for [[PERSON:Tui Ngata]]'s whānau was sent to [[ID_NUMBER:06-0817-0394521-00]] on [[DATE_TIME:5/4/24]].""",
    """My bio links to [[URL:https://linktr.ee/karanmehta_photo]] — I'm [[PERSON:Karan]], [[AGE:30]], wedding photographer based in [[LOCATION:Newtown]], and yes, I will ask about your dog first.""",
    """Na nomu gauna ni veisiko ena valenibula e na [[DATE_TIME:Vukelulu 9 Okotova]], [[PERSON:Sakiusa Rokotuiloma]]. Kerei iko mo kauta mai na nomu kadi FNPF [[ID_NUMBER:FN0583127]].""",
    """We received a takedown request from [[PERSON:Giulia Marchetti]]'s lawyer about a Reddit thread that listed her date of birth ([[DATE_TIME:17/03/1992]]) and her old flat in [[LOCATION:Glen Eden]].""",
    """[[PERSON:Jun-ho Park]] and his partner [[PERSON:Emma Reid]] crowdfunded $12k towards their second IVF round; updates are posted at [[URL:https://www.patreon.com/junhoandemma]].""",
]

BENCH = [
    """Dear [[PERSON:Ms. Tupou]], as Regional Integration Officer you will be relocated to [[ADDRESS:4417 Kauri Street, Suite 310]], [[LOCATION:Hamilton East]] from next month. Your new access badge is bound to the device MAC 3C:22:FB:91:0A:7E and the login IP [[IP_ADDRESS:114.23.187.62]].""",
    """The payment of 2,718.50 NZD from card [[CREDIT_CARD:4532018873429154]] (CVV 418, exp 09/27) was flagged because the billing name [[PERSON:Oriana Whitfield-Nakamura]] did not match the cardholder on file.""",
    """[[PERSON:Brycen Kaleolani]], [[AGE:37]] y/o, Direct Branding Liaison, connected from [[IP_ADDRESS:2404:4408:63a1:9f00:15c2:7e1b:aa04:3d19]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 to change his delivery address to [[ADDRESS:82 Tennyson Street]], [[LOCATION:Napier South]] [[ZIP_CODE:4110]].""",
    """Crowdfunding payout alert: campaign 'Ōtaki Surf Club New Roof' has disbursed to organiser [[PERSON:Hoani Rāwiri]], IBAN [[IBAN_CODE:GB79NWBK56003912745860]], BIC NWBKGB2LXXX. Contact on file: [[EMAIL_ADDRESS:hoani.rawiri@otakisurf.org.nz]], [[PHONE_NUMBER:+64 6 364 8827]].""",
    """Your match [[USERNAME:Leota.F_87]] ([[PERSON:Fetu Leota]], [[AGE:36]], Female, Lead Identity Developer) viewed your profile from [[LOCATION:Mount Roskill]] at 21:14. Say hi before the match expires in 24 hours!""",
    """Moderation queue item 30918: post by [[USERNAME:gr8dane_77]] contains what appears to be a full card number, [[CREDIT_CARD:5523 8401 9927 3612]], and the home address [[ADDRESS:1209 Lorimer Street, Apt 5B]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11222]]. Recommended action: redact and warn.""",
    """[[PERSON:Mx. Rowan Ellery]], your pronouns (they/them) and date of birth [[DATE_TIME:1996-11-03]] have been saved. We will text [[PHONE_NUMBER:+61 491 570 226]] once your Senior Factors Agent interview is booked.""",
    """Attention [[PERSON:Mr. Anand Venkataraman]]: the transfer of £1,450.00 to [[IBAN_CODE:GB29LOYD77914408263517]] is on hold. Verify the request from your usual device (MAC 00:1B:44:11:3A:B7) or from IP [[IP_ADDRESS:81.174.250.38]] to release it.""",
    """Property handover at building [[ADDRESS:7712]], [[ADDRESS:Ngaio Gorge Road]], [[ADDRESS:Floor 3]], [[LOCATION:Wellington]] [[ZIP_CODE:6035]], for [[PERSON:Theodora]] [[PERSON:Marangoni]], Investor Research Coordinator, aged [[AGE:52]], gender female, eye colour hazel.""",
    """[[PERSON:Kalani]] raised 8,400 AUD through the page '[[PERSON:Kalani]]'s Chemo Fund', but KYC flagged that her Visa [[CREDIT_CARD:4024 0071 8835 6025]] and her Medicare number [[ID_NUMBER:4182730611]] were visible in a photo in the public gallery.""",
    """Please find attached the timesheet for [[PERSON:Kamryn Oyelaran-Pike]], Chief Accountability Producer, for the week starting [[DATE_TIME:08/07/2024]]. Reimburse to account [[ID_NUMBER:31926819]], sort code 60-16-13, reference TS-2024-28.""",
    """Talofa [[PERSON:Falaniko Tuimavave]], o lau tupe e $1,250 tala ua lafo i lau teugatupe [[ID_NUMBER:2004518836]] i le aso [[DATE_TIME:12 Iuni 2024]]. Afai e iai ni fesili, imeli mai i le [[EMAIL_ADDRESS:f.tuimavave@samoa.ws]].""",
    """Your ride with [[PERSON:Amani]] (white Toyota Prius, plate [[ID_NUMBER:NZT774]]) picked you up at [[ADDRESS:300 Queen Street]] on [[DATE_TIME:2024-05-17 08:42]]. The receipt has been sent to [[EMAIL_ADDRESS:lucy.mbeki.work@gmail.com]].""",
    """Reminder to [[TITLE:Rev.]] [[PERSON:Malakai Vaipulu]]: the church hall booking at [[ADDRESS:61 Great South Road]], [[LOCATION:Papatoetoe]] [[ZIP_CODE:2025]] is confirmed for [[DATE_TIME:Saturday 26 October from 2pm]]; invoice INV-77120 will be emailed to [[EMAIL_ADDRESS:malakai.vaipulu@gmail.com]].""",
    """Age verification failed for [[USERNAME:daddyissues_syd]]: the uploaded licence (no. [[ID_NUMBER:19384402]]) belongs to [[PERSON:Kyle Brandon Moss]], born [[DATE_TIME:14/02/2008]], i.e. [[AGE:16]] years old. Account disabled pending review.""",
    """Transfer summary — Sender: [[PERSON:Adaeze Nwankwo]], [[ADDRESS:Flat 12, 89 Coldharbour Lane]], [[LOCATION:London]] [[ZIP_CODE:SE5 9NS]]; Beneficiary IBAN: [[IBAN_CODE:DE27760501010013429877]]; BIC: SSKNDE77XXX; Amount: €3,900; Card on file: [[CREDIT_CARD:3782 910455 37189]] (Amex, exp 11/26, CID 7312).""",
    """Case 55-B: the reported user [[USERNAME:nightowl.kt]] posted where [[PERSON:Tevita Mahe]] works (the Pak'nSave in [[LOCATION:Māngere]]), his plate [[ID_NUMBER:MHE808]] and his date of birth, [[DATE_TIME:2 June 1991]], with the caption 'find him'.""",
    """[[PERSON:Sergio]] logged in as [[USERNAME:sgarciamora]] from [[IP_ADDRESS:192.168.4.23]] and then from [[IP_ADDRESS:45.76.112.9]] within three minutes, password Qw!7zLp#20, and MFA was never triggered.""",
    """Mālō e lelei [[PERSON:Lupe Fakatava]], kuo tali ho'o kole mo'ua. Ko ho'o fika 'akauni fo'ou ko [[ID_NUMBER:0045127-301]]. Te mau fetu'utaki atu ki he [[PHONE_NUMBER:+676 770 3391]] 'i he [[DATE_TIME:Mōnite 14 'Okatopa]] ke fakamo'oni'i.""",
    """Full PAN [[CREDIT_CARD:6011 0073 8291 0452]] was pasted by [[PERSON:Evelyn Sato]] into the support chat at 03:12 and the agent copied it into ticket SR-44017; both copies must be purged under PCI DSS.""",
    """LOAN APPLICATION — Applicant: [[PERSON:Rhys Pemberton]]; Date of Birth: [[DATE_TIME:March 29, 1985]]; SSN: [[US_SSN:402-71-9936]]; Address: [[ADDRESS:1843 Willow Bend Dr]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]]; Employer: Halvorsen Logistics; Annual income: $96,400; Routing number: 111000614; Checking account: [[ID_NUMBER:4471908823]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Leota Seiuli]]    MRN: [[ID_NUMBER:MRN-00739184]]
Admitted: [[DATE_TIME:02/14/2024]]    Discharged: [[DATE_TIME:02/19/2024]]
Attending: [[PERSON:Dr. Helen Marsh]]
The [[AGE:63]]-year-old patient presented with shortness of breath and bilateral leg swelling. Follow-up with her GP, [[PERSON:Dr. Samuel Afamasaga]], within 7 days.""",
    """Claimant [[PERSON:Amelia Hart]] (policy HOME-884120) reports that on [[DATE_TIME:September 2, 2023]] storm water entered the basement of [[ADDRESS:77 Ridgeway Avenue]], [[LOCATION:Halifax]], [[LOCATION:NS]] [[ZIP_CODE:B3M 2K9]]. Adjuster [[PERSON:Norman Feltz]] inspected the property on [[DATE_TIME:September 6]].""",
    """This Employment Agreement is made on the [[DATE_TIME:1st day of July 2024]] between Tasman Freight Limited and [[PERSON:Inoke Vunipola]] of [[ADDRESS:16 Beach Road]], [[LOCATION:Onehunga]], [[LOCATION:Auckland]] [[ZIP_CODE:1061]] (the "Employee"). Employee number: [[ID_NUMBER:TFL-20931]]. IRD number: [[ID_NUMBER:49-182-732]].""",
    """NOTICE OF FUND RELEASE
Campaign organiser: [[PERSON:Priscilla Fonoti]]
Beneficiary: [[PERSON:Eti Fonoti]] (DOB [[DATE_TIME:07/07/2016]])
Funds of $18,240.00 will be released on [[DATE_TIME:15 October 2024]] to account [[ID_NUMBER:02-0248-0617734-000]], held by the beneficiary's legal guardian. Platform fees have been waived for medical campaigns.""",
    """DATA SUBJECT ACCESS REQUEST. Requester: [[PERSON:Lachlan Ferris]], email [[EMAIL_ADDRESS:lachie.ferris@hotmail.com]], phone [[PHONE_NUMBER:+61 400 318 552]]. The requester asks for every message exchanged with the member [[USERNAME:mel_in_manly]] between [[DATE_TIME:1 January 2024]] and [[DATE_TIME:30 April 2024]], and all login records including IP addresses.""",
    """I, [[PERSON:Sunita Devi Lal]], of [[ADDRESS:Lot 14, Waila Housing]], [[LOCATION:Nausori]], consent to the treatment of my son [[PERSON:Ashneel Lal]], aged [[AGE:11]], at the Colonial War Memorial Hospital. Signed [[DATE_TIME:22/01/2024]]. Witness: [[TITLE:Sr.]] [[PERSON:Litia Dau]], Ward 6.""",
    """NOTICE OF HEARING. In the matter of [[PERSON:Daniel Fitzgerald]] (Applicant) and [[PERSON:Sinéad Fitzgerald]] (Respondent), file FAM-2024-009-000882. The hearing will take place on [[DATE_TIME:Wednesday, 20 November 2024 at 10:00 a.m.]] at the Family Court, [[ADDRESS:282 Durham Street North]], [[LOCATION:Christchurch]].""",
    """Residential Tenancy Agreement. Landlord: [[PERSON:Graham Whitley]], [[PHONE_NUMBER:03 348 2291]]. Tenant: [[PERSON:Aditi Sharma]], [[PHONE_NUMBER:022 613 4478]], [[EMAIL_ADDRESS:aditi.sharma.nz@gmail.com]]. Premises: [[ADDRESS:2/15 Hoon Hay Road]], [[LOCATION:Hoon Hay]], [[LOCATION:Christchurch]] [[ZIP_CODE:8025]]. Bond: $2,160. Tenancy start: [[DATE_TIME:14 September 2024]].""",
    """Trust & Safety Incident Report
Reported account: [[USERNAME:realtalk_rangi]] (registered email [[EMAIL_ADDRESS:r.mcgregor1994@gmail.com]], account created [[DATE_TIME:2019-08-12]])
Affected user: [[PERSON:Paige Whitford]]
Summary: the reported account posted an intimate image of the affected user and tagged her employer.
Outcome: permanent ban; referral to Netsafe.""",
    """Private health claim: member [[PERSON:Dimitri Kostas]], membership number [[ID_NUMBER:41093872]], date of service [[DATE_TIME:04/03/2024]], treating practitioner [[PERSON:Dr Angela Rossi]] (physiotherapy). Benefit of $62.40 paid to BSB 082-401, account [[ID_NUMBER:51 993 4420]].""",
    """ENROLMENT FORM — Student: [[PERSON:Tavita Salave'a]]; Date of birth: [[DATE_TIME:11 Nov 2013]]; Age: [[AGE:10]]; National Student Number: [[ID_NUMBER:148772305]]; Parent/caregiver: [[PERSON:Mele Salave'a]], [[PHONE_NUMBER:027 663 1420]]; Home address: [[ADDRESS:9 Taniwha Street]], [[LOCATION:Glen Innes]], [[LOCATION:Auckland]] [[ZIP_CODE:1072]]; Ethnicity: [[NRP:Samoan]], [[NRP:Tongan]]; Religion: [[NRP:Methodist]].""",
    """Re: chargeback on donation. On [[DATE_TIME:12 August 2024]], [[PERSON:Gareth Nolan]] donated $500 to the campaign 'Justice for [[PERSON:Coby]]' with card [[CREDIT_CARD:5354 1720 9938 8066]]. Mr Nolan now disputes the charge, claiming the organiser, [[PERSON:Kristen Moore]], misrepresented how the funds would be used.""",
    """LEAVE REQUEST
Employee: [[PERSON:Anjali Ramaswamy]] (ID [[ID_NUMBER:E-11827]])
Type: Parental
From: [[DATE_TIME:2024-11-04]]  To: [[DATE_TIME:2025-05-02]]
Approving manager: [[PERSON:Brett Kowalczyk]]
Emergency contact: [[PERSON:Vikram Ramaswamy]], [[PHONE_NUMBER:+1 (647) 555-0198]]""",
    """VOLA NI KEREKERE
Yaca: [[PERSON:Akanisi Waqa]]
Siga ni sucu: [[DATE_TIME:19/04/1987]]
Naba ni FNPF: [[ID_NUMBER:1053829]]
Itikotiko: [[ADDRESS:12 Kaunikuila Street]], [[LOCATION:Samabula]], [[LOCATION:Suva]]
Naba ni talevoni: [[PHONE_NUMBER:927 4118]]""",
    """This Non-Disclosure Agreement is made on [[DATE_TIME:5 March 2024]] between Kōwhai Analytics Limited, a company registered in [[LOCATION:New Zealand]], and [[PERSON:Jonah Whitaker]] of [[ADDRESS:88 Tōtara Avenue]], [[LOCATION:New Lynn]], [[LOCATION:Auckland]] [[ZIP_CODE:0600]] (the "Recipient"), who may be contacted at [[EMAIL_ADDRESS:jonah@whitakerdesign.co.nz]].""",
    """NOTICE OF ACCOUNT TERMINATION. Dear [[PERSON:Callum]], following a review completed on [[DATE_TIME:18 March 2024]], your Kindred account ([[EMAIL_ADDRESS:callum.d.93@gmail.com]], linked phone [[PHONE_NUMBER:07 854 2019]]) has been terminated for soliciting money from other members. This decision is final.""",
    """FAKATOKANGA: Ko [[PERSON:Sione Havea]] 'o [[ADDRESS:22 Hala Vuna]], [[LOCATION:Nuku'alofa]], 'oku ui ke ne ha'u ki he Fakamaau'anga Polisi 'i he [[DATE_TIME:Tūsite 5 Nōvema 2024, 9:00 pongipongi]]. Kapau 'e 'ikai ke ha'u, 'e lava ke tu'utu'uni ke puke ia.""",
    """FAASILASILAGA: O le a faia le fonotaga a le komiti o le fa'aputugatupe mo le aoga i le [[DATE_TIME:Aso To'ona'i 16 Novema]] i le fale o [[PERSON:Sa'u Tuala]] i [[LOCATION:Vaitele]]. Mo nisi fa'amatalaga, fa'afeso'ota'i le [[PHONE_NUMBER:7521880]].""",
    """VAKADINADINA: [[PERSON:Semi Tabua]], sa ciqomi e na nomu akaude na i lavo $350.00 mai vei [[PERSON:Litia Cakau]] (ref MP-229104). Naba ni M-PAiSA: [[PHONE_NUMBER:+679 976 2231]]. Vinaka vakalevu.""",
    """{"customer_id": "[[ID_NUMBER:CUS-7741903]]", "display_name": "[[PERSON:Makerita Tuivaiti]]", "email": "[[EMAIL_ADDRESS:makerita.t@gmail.com]]", "dob": "[[DATE_TIME:1992-05-30]]", "phone": "[[PHONE_NUMBER:+64211847730]]", "last_login_ip": "[[IP_ADDRESS:121.98.44.17]]", "plan": "premium_monthly", "bio": "Island girl living in the [[LOCATION:Naki]] 🌴 church, netball, karaoke"}""",
    """2024-06-11T22:41:07Z INFO  auth.login ok user=[[USERNAME:fiaola.s]] ip=[[IP_ADDRESS:203.118.140.52]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
2024-06-11T22:43:19Z WARN  mod.flag post_id=889102 reporter=[[USERNAME:koru_mum]] reason=doxxing target="[[PERSON:Rēwi Tamihana]]" excerpt="he lives at [[ADDRESS:4 Pūriri Place]] [[LOCATION:Kaitaia]] go knock"
2024-06-11T22:43:20Z INFO  mod.queue enqueued post_id=889102 priority=P1""",
    """INSERT INTO donations (id, campaign_slug, donor_name, donor_email, donor_phone, amount_aud, card_last4, anonymous)
VALUES (48213, 'roof-for-the-marae', '[[PERSON:Harriet Oyelowo]]', '[[EMAIL_ADDRESS:h.oyelowo@outlook.com]]', '[[PHONE_NUMBER:0412 908 331]]', 150.00, '8821', false);""",
    """<patient>
  <name><given>[[PERSON:Moana]]</given><family>[[PERSON:Tapsell]]</family></name>
  <nhi>[[ID_NUMBER:HRW9039]]</nhi>
  <dob>[[DATE_TIME:1978-04-12]]</dob>
  <address>
    <street>[[ADDRESS:33 Fenton Street]]</street>
    <city>[[LOCATION:Rotorua]]</city>
    <postcode>[[ZIP_CODE:3010]]</postcode>
  </address>
  <gp>[[PERSON:Dr Aaron Whitiora]]</gp>
  <allergies>penicillin</allergies>
</patient>""",
    """# alerting.yml
oncall:
  primary:
    name: [[PERSON:Lisiate Tu'ipulotu]]
    mobile: "[[PHONE_NUMBER:+64 22 407 9153]]"
    email: [[EMAIL_ADDRESS:lisiate.tuipulotu@gmail.com]]
  secondary:
    name: [[PERSON:Bridget O'Neill]]
    mobile: "[[PHONE_NUMBER:+61 423 881 040]]"
escalation_after_minutes: 15
allowed_ssh_from:
  - [[IP_ADDRESS:122.57.201.88]]   # [[PERSON:Lisiate]] home
  - 10.20.0.0/16""",
    """def test_refund_flow():
    customer = Customer(
        name="[[PERSON:Tamsin Achterberg]]",
        email="[[EMAIL_ADDRESS:tamsin.achterberg@xtra.co.nz]]",
        card="[[CREDIT_CARD:4716043359201875]]",
        billing_postcode="[[ZIP_CODE:3204]]",
    )
    # TODO: stop using [[PERSON:Tamsin]]'s real details in fixtures!!
    assert refund(customer, amount=49.95).ok""",
    """Ticket #CS-20931 | Priority: High | Requester: [[PERSON:Ngaio Pēwhairangi]] <[[EMAIL_ADDRESS:ngaio.p@gmail.com]]>
Subject: Someone is using my photos on a dating profile
Body: Hi, a profile called '[[PERSON:Nina]], [[AGE:29]]' on your app is using my photos. The person behind it messaged my friend [[PERSON:Alana]] from [[PHONE_NUMBER:+64 21 772 0931]] asking for gift cards. Please take it down. My own profile is [[USERNAME:ngaio_p]]. Thanks.""",
    """{"event": "payout.completed", "campaign": {"id": "cmp_88412", "title": "Flights home for Nana [[PERSON:Sefo]]"}, "recipient": {"name": "[[PERSON:Fiaola Sefo]]", "bank_account": "[[ID_NUMBER:38-9012-0382716-01]]", "email": "[[EMAIL_ADDRESS:fiaola.sefo@gmail.com]]"}, "amount": 6120.00, "currency": "NZD"}""",
    """[[IP_ADDRESS:121.72.8.19]] - [[USERNAME:tfonua]] [11/Jun/2024:09:14:22 +1200] "GET /account/settings HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (X11; Linux x86_64)"
[[IP_ADDRESS:121.72.8.19]] - [[USERNAME:tfonua]] [11/Jun/2024:09:14:40 +1200] "POST /account/email HTTP/1.1" 302 0 "-" "Mozilla/5.0 (X11; Linux x86_64)\"""",
    """UPDATE members
SET email = '[[EMAIL_ADDRESS:shona.mcleod@icloud.com]]', phone = '[[PHONE_NUMBER:(03) 477 2618]]', address_line1 = '[[ADDRESS:14 Heriot Row]]', suburb = '[[LOCATION:Roslyn]]', postcode = '[[ZIP_CODE:9010]]'
WHERE member_no = '[[ID_NUMBER:M0088142]]';""",
    """{"profile": {"first_name": "[[PERSON:Tomasi]]", "age": [[AGE:33]], "city": "[[LOCATION:Lautoka]]", "job": "Marine engineer", "religion": "[[NRP:Catholic]]", "instagram": "[[USERNAME:tomasi.sails]]", "verified_phone": "[[PHONE_NUMBER:+6799214406]]", "prompts": ["Best travel story: missing the ferry to [[LOCATION:Taveuni]]", "I'm looking for: someone who can cook lovo"]}}""",
    """PATIENT INTAKE FORM
Name: [[PERSON:Hyun-woo Kang]]
DOB: [[DATE_TIME:1974-09-08]]
Sex: M   Blood type: A+
Address: [[ADDRESS:5/220 Pitt Street]], [[LOCATION:Sydney]] [[LOCATION:NSW]] [[ZIP_CODE:2000]]
Medicare: [[ID_NUMBER:5309 62715 1]]
Emergency contact: [[PERSON:Ji-yeon Kang]] (wife) [[PHONE_NUMBER:0415 228 764]]
Allergies: sulfa drugs""",
    """[moderation] ban_user(user="[[USERNAME:pacific.princess.x]]", reason="impersonation", evidence=["screenshot_1.png"], reporter_email="[[EMAIL_ADDRESS:salote.kaufana@gmail.com]]", notes="impersonating [[PERSON:Salote Kaufana]], using her photos and her number [[PHONE_NUMBER:+676 878 4410]]")""",
    """ADMIN_NAME=[[PERSON:Rachel Huang]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:rachel.huang.dev@gmail.com]]
ALERT_SMS=[[PHONE_NUMBER:+61412776301]]
DB_PASSWORD=hunter2-but-longer-9918
STRIPE_KEY=sk_live_51Hx9QwErTy7781ZZ
ALLOWED_ADMIN_IP=[[IP_ADDRESS:1.144.109.23]]""",
    """PID|1||[[ID_NUMBER:CDN3182]]^^^NZMOH^NHI||[[PERSON:Faleafa]]^[[PERSON:Losana]]^[[PERSON:M]]||[[DATE_TIME:19650302]]|F|||[[ADDRESS:41 Bader Drive]]^^[[LOCATION:Māngere]]^^[[ZIP_CODE:2022]]^NZL||[[PHONE_NUMBER:(09)2755104]]""",
    """const donor = {
  fullName: '[[PERSON:Yasmin El-Sayed]]',
  email: '[[EMAIL_ADDRESS:yasmin.elsayed@gmail.com]]',
  address: { line1: '[[ADDRESS:17 Marion Street]]', suburb: '[[LOCATION:Auburn]]', state: '[[LOCATION:NSW]]', postcode: '[[ZIP_CODE:2144]]' },
  giftAid: false,
  recurring: { amount: 25, day: 15 },
};""",
    """Hi team, flagging account [[USERNAME:aussie_angel_92]] on the dating side: the same photos are used by [[USERNAME:angel.from.perth]] and both ask matches to pay a 'verification fee' to [[PERSON:Jessica Moore]], BSB 633-000, account [[ID_NUMBER:152 448 901]]. Reported by [[PERSON:Anthony Russo]] ([[EMAIL_ADDRESS:tony.russo77@gmail.com]]).""",
    """Subject: Payment of your invoice / [[PERSON:Chidi Okeke]]
From: [[PERSON:Chidi Okeke]] <[[EMAIL_ADDRESS:chidi.okeke@yahoo.co.uk]]>
Please send the balance to my new account: [[IBAN_CODE:GB16HBUK40271893306152]]. My old account at Barclays is closed. You can ring me on [[PHONE_NUMBER:07700 918 342]] to confirm.""",
    """Applicant [[PERSON:Jordan Blake Whitmore]], U.S. passport [[US_PASSPORT:567341920]], Texas driver license [[US_DRIVER_LICENSE:41829377]], SSN [[US_SSN:624-30-1187]], DOB [[DATE_TIME:10/22/1990]], requests a working holiday visa for [[LOCATION:New Zealand]] and lists an arrival date of [[DATE_TIME:15 January 2025]].""",
    """The sender, [[PERSON:Harvey]], claims to be a "crowdfunding consultant" and wants $2,000 upfront. The email came from [[EMAIL_ADDRESS:harvey.campaigns@mail.ru]] via [[IP_ADDRESS:185.220.101.47]]; the victim, [[PERSON:Mereana Tipoki]], paid half before calling us.""",
    """Dear valued customer [[PERSON:Wen Jie Lim]], your Singapore NRIC [[ID_NUMBER:S8834127I]] and mobile [[PHONE_NUMBER:+65 9127 4483]] are now linked to your account. Your new card [[CREDIT_CARD:5401 9928 3761 0247]] (exp 03/29) will be couriered to [[ADDRESS:Blk 214 Bishan Street 23, #11-305]], [[LOCATION:Singapore]] [[ZIP_CODE:570214]].""",
    """Moderator escalation: the live stream by [[USERNAME:bigbruh_akl]] showed the face and school uniform of a minor, [[PERSON:Kaia]], [[AGE:13]], and he read out her address, [[ADDRESS:23 Hutton Street]], [[LOCATION:Ōtāhuhu]], on air. Stream ended; account locked; NZ Police notified.""",
    """Beneficiary details — Name: [[PERSON:Sefo Aumua]] | Village: [[LOCATION:Lufilufi]], [[LOCATION:Upolu]] | Phone: [[PHONE_NUMBER:+685 7265 031]] | Age: [[AGE:74]] | Relationship to organiser: grandfather | Campaign: Roof repairs after Cyclone Gita""",
    """Account recovery requested for [[USERNAME:jess.kavanagh]]. Verification answers given: DOB [[DATE_TIME:30.01.1988]], first school 'St Mary's', postcode [[ZIP_CODE:4870]]. Request came from [[IP_ADDRESS:49.183.7.210]] (Telstra, [[LOCATION:Cairns]]), device Samsung SM-S918B. Security question answer: 'Biscuit' (pet).""",
    """Kindly process the reimbursement to [[PERSON:Dr. Olumide Bankole]], Consultant Radiologist, [[ADDRESS:Level 2, 145 Macquarie Street]], [[LOCATION:Hobart]] [[LOCATION:TAS]] [[ZIP_CODE:7000]], TFN [[ID_NUMBER:319 048 268]], via BSB 067-167 and account [[ID_NUMBER:1029 4471]].""",
    """[[PERSON:Mrs. Eileen Brophy]] of [[ADDRESS:4 Carrigaline Road]], [[LOCATION:Douglas]], [[LOCATION:Cork]] [[ZIP_CODE:T12 X5F7]] wishes to change her direct debit for the parish fundraiser to [[IBAN_CODE:IE51BOFI90149238807164]], PPSN [[ID_NUMBER:6374829LA]].""",
    """Reported DM (in Tongan): "Ko [[PERSON:Manu]] eni, 'oku ou 'ilo'i 'a e feitu'u 'oku ke nofo ai, [[ADDRESS:9 Tupou Road]] [[LOCATION:Kolomotu'a]]" — the sender [[USERNAME:manu_4_life676]] has two prior warnings for threats.""",
    """Card verification for crowdfunding pledge: cardholder [[PERSON:Imogen Fairweather]], number [[CREDIT_CARD:2223 0046 1829 5736]], exp 08/28, CVC 551, billing address [[ADDRESS:12 Chaucer Road]], [[LOCATION:Bath]] [[ZIP_CODE:BA2 4QX]], IP [[IP_ADDRESS:86.142.19.204]]. 3-D Secure passed.""",
    """Mental health service referral. Client [[PERSON:Liam Tuhakaraina]], [[AGE:24]], NHI [[ID_NUMBER:TUV6247]], self-referred on [[DATE_TIME:17 June 2024]] after a post on his social media was reported to us by his sister [[PERSON:Tia]]. He can be reached on [[PHONE_NUMBER:021 338 4410]] between 4 and 6.""",
    """[INFO] 2024-09-02 11:03:55 webhook received: {"type": "identity.verified", "user": "[[USERNAME:aroha_k]]", "legal_name": "[[PERSON:Aroha Kereama]]", "document": "NZ passport", "document_number": "[[ID_NUMBER:LN905184]]", "dob": "[[DATE_TIME:1999-02-17]]", "selfie_match": 0.97}""",
    """Employee onboarding — [[PERSON:Priyanka Deshmukh]] (employee ID [[ID_NUMBER:DEL-40382]]) joins the [[LOCATION:Auckland]] office on [[DATE_TIME:2 December 2024]]. Aadhaar [[ID_NUMBER:7385 4190 6285]] and PAN [[ID_NUMBER:BQRPD4417K]] have been collected for payroll in [[LOCATION:India]].""",
    """Grievance received from [[PERSON:Abdirahman Hassan]], a [[NRP:Somali]]-born [[NRP:Muslim]] member of staff at the [[LOCATION:Flemington]] depot, alleging that a supervisor shared his home address, [[ADDRESS:3/88 Racecourse Road]], in a staff WhatsApp group on [[DATE_TIME:28 August]].""",
    """POLICE REPORT (excerpt) — Complainant [[PERSON:Shanelle Pohatu]], [[AGE:29]], reports that since [[DATE_TIME:1 May 2024]] her ex-partner [[PERSON:Daniel Roa]] has created fake dating profiles using her photos and her mobile number [[PHONE_NUMBER:027 448 1290]]. Occurrence 240519/8822.""",
    """On [[DATE_TIME:2023-11-20]], [[PERSON:Harold Fitch]] (customer ID [[ID_NUMBER:C-559201]]) called from [[PHONE_NUMBER:(512) 555-0173]] to report his card [[CREDIT_CARD:4556 0297 3318 0441]] stolen; the replacement was sent to [[ADDRESS:2201 Barton Springs Rd, Unit 14]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78704]].""",
    """<donor id="12">
  <name>[[PERSON:Lagi Fa'asavalu]]</name>
  <email>[[EMAIL_ADDRESS:lagi.fsavalu@hotmail.com]]</email>
  <pledge currency="WST">200</pledge>
  <village>[[LOCATION:Falealupo]]</village>
  <message>Fa'amanuia le Atua i le aoga</message>
</donor>""",
    """2024-10-03 08:17:45,112 ERROR payments.stripe charge_failed customer="[[PERSON:Nikolai Petrov]]" email=[[EMAIL_ADDRESS:n.petrov@mail.com]] card=[[CREDIT_CARD:4508 7531 1426 0907]] reason=insufficient_funds ip=[[IP_ADDRESS:103.21.44.190]]""",
    """Disclosure of interests: I, [[TITLE:Councillor]] [[PERSON:Anaru Wihongi]], declare that my partner, [[PERSON:Jade Wihongi]], is a trustee of the Te Aroha Community Crowdfund, and that we both reside at [[ADDRESS:71 Whitaker Street]], [[LOCATION:Te Aroha]] [[ZIP_CODE:3320]].""",
    """Matched pair for review (possible romance scam): sender [[USERNAME:dr.michael.oilrig]] claims to be [[PERSON:Michael Anders]], a surgeon on an offshore rig; recipient [[PERSON:Colleen Barry]], [[AGE:66]], [[LOCATION:Timaru]]. Messages request iTunes cards and her bank login. Sender IP [[IP_ADDRESS:197.210.54.12]] ([[LOCATION:Lagos]]).""",
    """PRESCRIPTION. Patient: [[PERSON:Lavinia Moala]], DOB [[DATE_TIME:12-Aug-1958]], NHI [[ID_NUMBER:JBX5578]]. Address: [[ADDRESS:Flat 2, 6 Clyde Road]], [[LOCATION:Browns Bay]]. Metformin 500 mg BD, 3 months. Prescriber: [[PERSON:Dr. Kevin Lau]].""",
    """Account summary for [[PERSON:Marguerite Dubois]]: IBAN [[IBAN_CODE:BE23063182947691]], card [[CREDIT_CARD:5167 3200 9841 5532]], mobile [[PHONE_NUMBER:+32 478 55 21 09]], address [[ADDRESS:Rue des Tanneurs 58, boîte 3]], [[ZIP_CODE:1000]] [[LOCATION:Bruxelles]]. Preferred language: French.""",
    """SUPPORT FORM — Full name: [[PERSON:Rahim Chowdhury]]; Username: [[USERNAME:rahim_c_bd]]; Email: [[EMAIL_ADDRESS:rahim.chowdhury@gmail.com]]; Issue: my crowdfunding campaign was frozen after I changed my payout bank; New account: [[IBAN_CODE:GB34MIDL40318855207493]]; Best time to call: after 6pm on [[PHONE_NUMBER:07412 663 019]].""",
    """Referee report for [[PERSON:Mr. Daniel Sefuiva]]: I have known [[PERSON:Daniel]] since [[DATE_TIME:March 2016]] when he joined our church youth group in [[LOCATION:Porirua]]. He is honest and reliable. — [[TITLE:Pastor]] [[PERSON:Iakopo Sele]], [[PHONE_NUMBER:04 237 5190]]""",
    """Vehicle sale agreement. Seller: [[PERSON:Heather Lindqvist]], licence [[ID_NUMBER:DL884201]]; Buyer: [[PERSON:Kaveh Rostami]], licence [[ID_NUMBER:EK209377]]; Vehicle: 2015 Mazda Demio, plate [[ID_NUMBER:HGT219]], VIN JM0DJ4W2A00115287; Price: $7,800; Date of sale: [[DATE_TIME:21/07/2024]].""",
    """User-submitted bug report: "When I open my profile at [[URL:https://social.example.nz/u/kahu.te.whare]] it shows someone else's email, [[EMAIL_ADDRESS:paul.geddes@outlook.co.nz]], instead of mine." Reporter: [[PERSON:Kahu Te Whare]], app version 5.12.3 (build 50312).""",
    """Notice of intention to sue: [[PERSON:Brian Kettle]] of [[ADDRESS:PO Box 1337]], [[LOCATION:Toowong]] [[LOCATION:QLD]] [[ZIP_CODE:4066]] alleges that the user [[USERNAME:qld_truthseeker]] defamed him in 14 posts between [[DATE_TIME:3 February]] and [[DATE_TIME:19 April 2024]].""",
]

TABLE = [
    """donor_name,donor_email,amount_nzd,anonymous,comment
[[PERSON:Moana Herewini]],[[EMAIL_ADDRESS:moana.herewini@gmail.com]],50,no,Kia kaha whānau
[[PERSON:Peter Zhang]],[[EMAIL_ADDRESS:pzhang88@hotmail.com]],200,no,
Anonymous,,25,yes,Thinking of you all
[[PERSON:Sela Mahe]],[[EMAIL_ADDRESS:sela.mahe@outlook.com]],100,no,'ofa atu 💕""",
    """emp_id\tfirst\tlast\tdept\tmobile\tstart_date
[[ID_NUMBER:10442]]\t[[PERSON:Kylie]]\t[[PERSON:Nguyen]]\tFinance\t[[PHONE_NUMBER:0412 554 019]]\t[[DATE_TIME:03/02/2021]]
[[ID_NUMBER:10458]]\t[[PERSON:Tariq]]\t[[PERSON:Hamdan]]\tWarehouse\t[[PHONE_NUMBER:0433 170 862]]\t[[DATE_TIME:17/05/2022]]
[[ID_NUMBER:10471]]\t[[PERSON:Georgia]]\t[[PERSON:Papadakis]]\tHR\t[[PHONE_NUMBER:0401 998 245]]\t[[DATE_TIME:09/01/2023]]""",
    """| report_id | reported_user | reporter | reason | status |
|-----------|---------------|----------|--------|--------|
| R-10021 | [[USERNAME:nz_chad_91]] | [[USERNAME:kiri.m]] | harassment | actioned |
| R-10022 | [[USERNAME:sunset_sione]] | [[USERNAME:leah_w]] | fake profile | open |
| R-10023 | [[USERNAME:mattyb_chch]] | [[USERNAME:anon_4471]] | suspected underage | escalated |
| R-10024 | [[USERNAME:gymrat_grant]] | [[USERNAME:ella.rose.x]] | unsolicited images | actioned |""",
    """NAME               DOB          NHI       APPOINTMENT
[[PERSON:Tamati Reweti]]      [[DATE_TIME:1961-03-14]]   [[ID_NUMBER:BKR4189]]   [[DATE_TIME:12 Aug 09:15]]
[[PERSON:Losaline Fusitu'a]]  [[DATE_TIME:1990-11-02]]   [[ID_NUMBER:FTW2079]]   [[DATE_TIME:12 Aug 09:30]]
[[PERSON:Ben Hollis]]         [[DATE_TIME:2002-06-27]]   [[ID_NUMBER:MRZ6642]]   [[DATE_TIME:12 Aug 10:00]]""",
    """{"handle": "[[USERNAME:koru.kicks]]", "name": "[[PERSON:Ariana Tūhiwai]]", "email": "[[EMAIL_ADDRESS:ariana.tuhiwai@gmail.com]]", "strikes": 2, "country": "[[LOCATION:New Zealand]]"}
{"handle": "[[USERNAME:melb.foodie.gal]]", "name": "[[PERSON:Sophie Karamanlis]]", "email": "[[EMAIL_ADDRESS:sophie.k@optusnet.com.au]]", "strikes": 0, "country": "[[LOCATION:Australia]]"}
{"handle": "[[USERNAME:suva_streetz]]", "name": "[[PERSON:Jone Cakau]]", "email": "[[EMAIL_ADDRESS:jonecakau@yahoo.com]]", "strikes": 3, "country": "[[LOCATION:Fiji]]"}""",
    """team: Ōtāhuhu U15 Girls Netball
season: 2024
players:
  - name: [[PERSON:Mele Tonga]]
    dob: [[DATE_TIME:2009-04-18]]
    guardian: [[PERSON:Losa Tonga]]
    guardian_phone: "[[PHONE_NUMBER:021 845 3302]]"
  - name: [[PERSON:Jayda Kingi]]
    dob: [[DATE_TIME:2009-12-01]]
    guardian: [[PERSON:Shontelle Kingi]]
    guardian_phone: "[[PHONE_NUMBER:027 219 6648]]"
  - name: [[PERSON:Hannah Li]]
    dob: [[DATE_TIME:2010-02-22]]
    guardian: [[PERSON:Wei Li]]
    guardian_phone: "[[PHONE_NUMBER:022 503 8871]]"
coach: Aunty [[PERSON:Rose Fuimaono]]""",
    """Customer: [[PERSON:Bernadette O'Halloran]]
Customer no.: [[ID_NUMBER:CN-3390127]]
Phone: [[PHONE_NUMBER:(07) 3848 1192]]
Email: [[EMAIL_ADDRESS:bern.ohalloran@gmail.com]]
Service address: [[ADDRESS:41 Dornoch Terrace]], [[LOCATION:Highgate Hill]] [[LOCATION:QLD]] [[ZIP_CODE:4101]]
Plan: NBN 100/20 Unlimited
Modem serial: TPL-AX1800-99120374
Notes: prefers calls after 5pm, hard of hearing""",
    """Employee,IRD,Bank Account,Tax Code,Hours,Gross
[[PERSON:Aperahama Tipene]],[[ID_NUMBER:108-473-622]],[[ID_NUMBER:12-3192-0044187-00]],M,40,1520.00
[[PERSON:Chen Xiaoyu]],[[ID_NUMBER:77-205-918]],[[ID_NUMBER:01-0102-0553129-02]],M SL,38,1444.00
[[PERSON:Rosie McAllister]],[[ID_NUMBER:125-930-484]],[[ID_NUMBER:06-0501-0819934-00]],SH,12,372.00""",
    """SEQ | SURNAME | GIVEN NAMES | NATIONALITY | PASSPORT | DOB | SEAT
001 | [[PERSON:TAUFA]] | [[PERSON:SIONE LATU]] | [[NRP:TONGAN]] | [[ID_NUMBER:T0482271]] | [[DATE_TIME:14MAR84]] | 23A
002 | [[PERSON:FIFITA]] | [[PERSON:MELE]] | [[NRP:NEW ZEALANDER]] | [[ID_NUMBER:LK302918]] | [[DATE_TIME:02NOV91]] | 23B
003 | [[PERSON:DRAKE]] | [[PERSON:OWEN JAMES]] | [[NRP:AUSTRALIAN]] | [[ID_NUMBER:PA7719024]] | [[DATE_TIME:30JUL77]] | 24C""",
    """NSN\tStudent\tDOB\tRoom\tCaregiver\tCaregiver phone
[[ID_NUMBER:131448207]]\t[[PERSON:Ihaia Pene]]\t[[DATE_TIME:8/03/2016]]\tRm 4\t[[PERSON:Tania Pene]]\t[[PHONE_NUMBER:027 301 7764]]
[[ID_NUMBER:131562940]]\t[[PERSON:Olivia Brown]]\t[[DATE_TIME:21/07/2016]]\tRm 4\t[[PERSON:Megan Brown]]\t[[PHONE_NUMBER:021 990 2215]]
[[ID_NUMBER:130997184]]\t[[PERSON:Dev Patel]]\t[[DATE_TIME:2/12/2015]]\tRm 4\t[[PERSON:Nisha Patel]]\t[[PHONE_NUMBER:022 417 0093]]""",
    """| Campaign | Organiser | Payout IBAN | Raised | Verified |
|:--|:--|:--|--:|:-:|
| Ambulance for [[LOCATION:Lomaloma]] | [[PERSON:Dr. Isireli Tuidraki]] | [[IBAN_CODE:GB50CITI18500897345216]] | £14,210 | ✔ |
| [[PERSON:Kayla]]'s IVF journey | [[PERSON:Kayla Brennan]] | [[IBAN_CODE:IE26AIBK93356284019277]] | €6,890 | ✔ |
| Rebuild the old bakery | [[PERSON:Lucia Ferraro]] | [[IBAN_CODE:DE09700202700015928834]] | €21,005 | ✖ |""",
    """Igoa,Tausaga,Nu'u,Telefoni,Foa'i (WST)
[[PERSON:Sina Leavasa]],[[AGE:42]],[[LOCATION:Siumu]],[[PHONE_NUMBER:7714208]],100
[[PERSON:Toleafoa Ioane]],[[AGE:58]],[[LOCATION:Lotofaga]],[[PHONE_NUMBER:7290361]],250
[[PERSON:Pele Aiono]],[[AGE:35]],[[LOCATION:Faleasi'u]],[[PHONE_NUMBER:7583312]],50""",
    """MEMBER#   NAME                   AGE  PLAN       PHONE
[[ID_NUMBER:GM20411]]   [[PERSON:Daniel Okoro]]           [[AGE:29]]   Off-peak   [[PHONE_NUMBER:0421 330 875]]
[[ID_NUMBER:GM20433]]   [[PERSON:Priya Venkatesh]]        [[AGE:41]]   Anytime    [[PHONE_NUMBER:0438 112 907]]
[[ID_NUMBER:GM20452]]   [[PERSON:Mikaere Hūata]]          [[AGE:33]]   Student    [[PHONE_NUMBER:0402 776 150]]""",
    """{"user": "[[EMAIL_ADDRESS:tui.ngarimu@healthnz.govt.nz]]", "last_login": "[[DATE_TIME:2024-08-30T07:58:12+12:00]]", "ip": "[[IP_ADDRESS:202.27.176.14]]", "mfa": true}
{"user": "[[EMAIL_ADDRESS:j.okwuosa@healthnz.govt.nz]]", "last_login": "[[DATE_TIME:2024-08-29T17:02:44+12:00]]", "ip": "[[IP_ADDRESS:202.27.176.31]]", "mfa": true}
{"user": "[[EMAIL_ADDRESS:contractor.k.lee@gmail.com]]", "last_login": "[[DATE_TIME:2024-08-12T23:41:09+12:00]]", "ip": "[[IP_ADDRESS:110.174.92.7]]", "mfa": false}""",
    """Display name: [[PERSON:Tali]]
Full name (verified): [[PERSON:Natalia Reyes-Ortega]]
Age: [[AGE:32]]
Location: [[LOCATION:Fremantle]], [[LOCATION:WA]]
Looking for: something long-term
Phone (hidden): [[PHONE_NUMBER:0466 091 782]]
Instagram: [[USERNAME:tali.reyes.o]]
Religion: [[NRP:Catholic]]
Height: 165 cm
Joined: [[DATE_TIME:14 Feb 2023]]""",
    """unit,tenant,phone,lease_start,rent_pw,arrears
"[[ADDRESS:1/22 Kent Street]]",[[PERSON:Hamid Karimi]],[[PHONE_NUMBER:0413 209 556]],[[DATE_TIME:2023-03-01]],520,0
"[[ADDRESS:2/22 Kent Street]]",[[PERSON:Jess]] & [[PERSON:Tom Walsh]],[[PHONE_NUMBER:0422 876 310]],[[DATE_TIME:2022-10-15]],540,0
"[[ADDRESS:3/22 Kent Street]]",[[PERSON:Lwazi Dlamini]],[[PHONE_NUMBER:0450 618 223]],[[DATE_TIME:2024-01-15]],540,1080""",
    """| Owner | Phone | Pet | Species / breed | Microchip |
|---|---|---|---|---|
| [[PERSON:Ruth Abernethy]] | [[PHONE_NUMBER:03 455 2819]] | Biscuit | Dog / Labrador | 956000012447301 |
| [[PERSON:Sanjay Reddy]] | [[PHONE_NUMBER:021 667 3042]] | Mochi | Cat / DSH | 982000411093557 |
| [[PERSON:Ana Vaifale]] | [[PHONE_NUMBER:022 198 6620]] | Chief | Dog / Bull Arab x | 900164001823994 |""",
    """post_id\tauthor\texcerpt\tpii_found\taction
771203\t[[USERNAME:west_akl_watch]]\t"this is [[PERSON:Dave Morunga]], he lives at [[ADDRESS:19 Tirimoana Road]]"\tname, address\tremoved
771219\t[[USERNAME:lilbit.bxx]]\t"dm me on [[PHONE_NUMBER:022 1345 987]] for deals"\tphone\tkept
771240\t[[USERNAME:nomad_frank]]\t"my email is [[EMAIL_ADDRESS:frank.gibbons@gmail.com]] if anyone finds my wallet"\temail\tkept""",
    """wedding: [[PERSON:Aroha]] & [[PERSON:Ben]], [[DATE_TIME:15 March 2025]]
guests:
  - name: Nana [[PERSON:Huia Tamati]]
    postal: [[ADDRESS:12 Kāinga Road]], [[LOCATION:Kaikohe]] [[ZIP_CODE:0405]]
    dietary: soft foods
    rsvp: yes
  - name: [[PERSON:Callum]] and [[PERSON:Tess Buchanan]]
    postal: [[ADDRESS:88 Ōwairaka Avenue]], [[LOCATION:Mount Albert]], [[LOCATION:Auckland]] [[ZIP_CODE:1025]]
    dietary: vegetarian (Tess)
    rsvp: yes
  - name: [[PERSON:Rajesh Naidu]]
    postal: [[ADDRESS:PO Box 442]], [[LOCATION:Lautoka]], [[LOCATION:Fiji]]
    dietary: no beef
    rsvp: pending""",
    """Hingoa,Fika telefoni,Pa'anga (TOP),Kolo
[[PERSON:Siaosi Lolohea]],[[PHONE_NUMBER:+676 875 2210]],500,[[LOCATION:Kolonga]]
[[PERSON:'Ofa Kata]],[[PHONE_NUMBER:+676 776 0938]],250,[[LOCATION:Houma]]
[[PERSON:Tēvita Pulu]],[[PHONE_NUMBER:+676 845 6613]],1000,[[LOCATION:Fua'amotu]]""",
    """| Volunteer | WWCC number | Expiry | Role | Mobile |
| --- | --- | --- | --- | --- |
| [[PERSON:Caitlin Morrow]] | [[ID_NUMBER:WWC1187342E]] | 04/2027 | Canteen | [[PHONE_NUMBER:0419 772 301]] |
| [[PERSON:Manuel Ortiz]] | [[ID_NUMBER:WWC0932281E]] | 11/2026 | U10 coach | [[PHONE_NUMBER:0403 555 918]] |
| [[PERSON:Deborah Yeo]] | [[ID_NUMBER:WWC2210947V]] | 02/2028 | First aid | [[PHONE_NUMBER:0478 020 664]] |""",
    """case,cardholder,card_number,amount,merchant,reason
DSP-5521,[[PERSON:Aiden Fraser]],[[CREDIT_CARD:4514 1600 9372 8460]],189.00,JB Hi-Fi Online,not received
DSP-5522,[[PERSON:Mai Thi Huong]],[[CREDIT_CARD:5188429076133549]],42.50,Uber Eats,duplicate charge
DSP-5523,[[PERSON:Robert Kahui]],[[CREDIT_CARD:3762 188409 15262]],1299.00,Flight Centre,cancelled booking""",
    """Yaca: [[PERSON:Maciu Raikadroka]]
Yabaki: [[AGE:39]]
Koro: [[LOCATION:Nakorovou]], [[LOCATION:Tailevu]]
Naba ni talevoni: [[PHONE_NUMBER:+679 836 4420]]
I-meli: [[EMAIL_ADDRESS:maciu.raikadroka@gmail.com]]
Cakacaka: dauvakatawa
Lotu: [[NRP:Wesele]]""",
    """SURNAME       GIVEN NAMES        ADDRESS                         OCCUPATION
[[PERSON:ADAMS]]         [[PERSON:Heather Joy]]        [[ADDRESS:7 Pohutukawa Avenue]], [[LOCATION:Ōhope]]      Teacher
[[PERSON:AHOMIRO]]       [[PERSON:Rawiri Tame]]        [[ADDRESS:22 Harbour Road]], [[LOCATION:Ōhope]]          Builder
[[PERSON:AITKEN]]        [[PERSON:Graeme Stuart]]      [[ADDRESS:3 Toroa Street]], [[LOCATION:Ōhope]]           Retired""",
    """{"payout_id": "po_4410", "campaign": "hospice-walk-2024", "recipient": "[[PERSON:Margaret Sione]]", "account": "[[ID_NUMBER:03-1702-0194386-00]]", "amount": 3120.50}
{"payout_id": "po_4411", "campaign": "kapa-haka-nationals", "recipient": "[[PERSON:Te Ariki Mōrehu]]", "account": "[[ID_NUMBER:12-3011-0733920-00]]", "amount": 8800.00}
{"payout_id": "po_4412", "campaign": "new-wheelchair-fund", "recipient": "[[PERSON:Grace Lemalu]]", "account": "[[ID_NUMBER:38-9004-0271853-00]]", "amount": 15240.00}""",
    """member_no,surname,first_name,dob,age,gender,grade
[[ID_NUMBER:2024-0117]],[[PERSON:Taufahema]],[[PERSON:Viliami]],[[DATE_TIME:04/05/2003]],[[AGE:21]],M,Premier
[[ID_NUMBER:2024-0118]],[[PERSON:O'Connor]],[[PERSON:Niamh]],[[DATE_TIME:19/10/1998]],[[AGE:26]],F,Women's Prem
[[ID_NUMBER:2024-0121]],[[PERSON:Sapolu]],[[PERSON:Junior]],[[DATE_TIME:30/01/2008]],[[AGE:16]],M,U18""",
    """Consignment\tRecipient\tAddress\tSuburb\tPostcode\tPhone\tInstructions
CP88120443NZ\t[[PERSON:Aotea Hāpai]]\t[[ADDRESS:16 Ngaio Street]]\t[[LOCATION:Ōrākei]]\t[[ZIP_CODE:1071]]\t[[PHONE_NUMBER:021 552 8040]]\tleave at door
CP88120451NZ\t[[PERSON:Gavin Sutherland]]\t[[ADDRESS:Unit 3, 9 Lake Road]]\t[[LOCATION:Devonport]]\t[[ZIP_CODE:0624]]\t[[PHONE_NUMBER:09 445 2071]]\tsignature req.
CP88120468NZ\t[[PERSON:Soo-ah Yoon]]\t[[ADDRESS:201/45 Nelson Street]]\t[[LOCATION:Auckland Central]]\t[[ZIP_CODE:1010]]\t[[PHONE_NUMBER:022 088 6152]]\tconcierge""",
    """Bed | Patient | NHI | Age | Consultant | Status
4A | [[PERSON:Hinemoa Rātana]] | [[ID_NUMBER:SGH1306]] | [[AGE:81]] | [[PERSON:Dr Patel]] | awaiting OT
4B | [[PERSON:Keith Gallagher]] | [[ID_NUMBER:YNP9856]] | [[AGE:67]] | [[PERSON:Dr Ng]] | discharge today
4C | [[PERSON:Fuatino Peni]] | [[ID_NUMBER:DVA3728]] | [[AGE:45]] | [[PERSON:Dr Patel]] | NBM from midnight""",
    """applicant,email,phone,position,years_exp,visa_status,nationality
[[PERSON:Oluwaseun Adeyemi]],[[EMAIL_ADDRESS:seun.adeyemi@gmail.com]],[[PHONE_NUMBER:+61 468 220 915]],Data Analyst,6,482 visa,[[NRP:Nigerian]]
[[PERSON:Thanh Pham]],[[EMAIL_ADDRESS:thanh.pham.work@outlook.com]],[[PHONE_NUMBER:0449 301 726]],Data Analyst,3,citizen,[[NRP:Australian]]
[[PERSON:Rohan Malhotra]],[[EMAIL_ADDRESS:rohanm.analytics@gmail.com]],[[PHONE_NUMBER:+91 98203 44718]],Senior Data Analyst,9,needs sponsorship,[[NRP:Indian]]""",
    """users:
  - login: [[USERNAME:pkapoor]]
    name: [[PERSON:Pooja Kapoor]]
    email: [[EMAIL_ADDRESS:pooja.kapoor.dev@gmail.com]]
    allow_from: [[IP_ADDRESS:115.188.40.2]]
    sudo: true
  - login: [[USERNAME:tmorgan]]
    name: [[PERSON:Tyler Morgan]]
    email: [[EMAIL_ADDRESS:tyler@morgan.id.au]]
    allow_from: [[IP_ADDRESS:2001:8003:4c1e:2200::1a]]
    sudo: false
groups: [deploy, readonly]""",
    """Applicant name: [[PERSON:Keisha Robinson-Tapu]]
Date of birth: [[DATE_TIME:02/09/1995]]
Current address: [[ADDRESS:14B Mihini Road]], [[LOCATION:Henderson]], [[LOCATION:Auckland]] [[ZIP_CODE:0612]]
Time at address: 3 years
Employer: Fonterra
Weekly income: $1,640
Driver licence: [[ID_NUMBER:EB715302]]
Landlord reference: [[PERSON:Gillian Marsh]], [[PHONE_NUMBER:09 836 2210]]
Pets: 1 cat (Pancake)""",
    """client,sin,province,dob,phone
[[PERSON:Marc-André Lévesque]],[[ID_NUMBER:278 341 060]],[[LOCATION:QC]],[[DATE_TIME:1983-02-11]],[[PHONE_NUMBER:514-555-0142]]
[[PERSON:Harjit Dhillon]],[[ID_NUMBER:627 184 039]],[[LOCATION:BC]],[[DATE_TIME:1990-07-30]],[[PHONE_NUMBER:604-555-0187]]
[[PERSON:Olena Kovalenko]],[[ID_NUMBER:449 610 278]],[[LOCATION:AB]],[[DATE_TIME:1977-12-04]],[[PHONE_NUMBER:403-555-0119]]""",
    """| Name | NI number | Sort code | Account | Postcode |
|------|-----------|-----------|---------|----------|
| [[PERSON:Gwen Pritchard]] | [[ID_NUMBER:JT 48 21 90 C]] | 30-94-57 | [[ID_NUMBER:22841093]] | [[ZIP_CODE:CF24 3AA]] |
| [[PERSON:Kofi Boateng]] | [[ID_NUMBER:PB 71 03 62 A]] | 20-32-06 | [[ID_NUMBER:70418825]] | [[ZIP_CODE:SE15 4RL]] |
| [[PERSON:Aleksandra Nowak]] | [[ID_NUMBER:SK 09 77 14 D]] | 09-01-28 | [[ID_NUMBER:55190362]] | [[ZIP_CODE:M14 5TQ]] |""",
    """REF       BENEFICIARY             IBAN                    AMOUNT
TX-88120  [[PERSON:Joost van der Berg]]      [[IBAN_CODE:NL93ABNA0529914736]]      EUR 1,250.00
TX-88121  [[PERSON:Katharina Bauer]]         [[IBAN_CODE:DE04430609674017729300]]  EUR 430.00
TX-88122  [[PERSON:Felix Huber]]             [[IBAN_CODE:AT566020000282917364]]    EUR 2,000.00""",
    """{"match_id": "m_90231", "user_a": "[[USERNAME:sam.tr]]", "user_b": "[[USERNAME:hannah_k_nz]]", "matched_at": "[[DATE_TIME:2024-09-12T19:44:01Z]]", "messages": 48}
{"match_id": "m_90232", "user_a": "[[USERNAME:fale.boy.27]]", "user_b": "[[USERNAME:mel_in_manly]]", "matched_at": "[[DATE_TIME:2024-09-12T20:02:17Z]]", "messages": 0}
{"match_id": "m_90233", "user_a": "[[USERNAME:doc_kav]]", "user_b": "[[USERNAME:priya.runs]]", "matched_at": "[[DATE_TIME:2024-09-13T06:15:40Z]]", "messages": 12}""",
    """Employee Name,SSN,State,Hire Date,Department
[[PERSON:Latoya Jenkins]],[[US_SSN:318-52-4409]],[[LOCATION:GA]],[[DATE_TIME:04/17/2019]],Claims
[[PERSON:Brandon Kealoha]],[[US_SSN:575-11-8302]],[[LOCATION:HI]],[[DATE_TIME:11/02/2021]],IT
[[PERSON:Maria Guadalupe Ortiz]],[[US_SSN:629-40-7715]],[[LOCATION:NV]],[[DATE_TIME:06/30/2022]],Customer Care""",
    """student_id\tname\tuni_email\tprogramme\tyear
[[ID_NUMBER:1029384]]\t[[PERSON:Ngāroimata Hēnare]]\t[[EMAIL_ADDRESS:nhen821@aucklanduni.ac.nz]]\tBHSc\t2
[[ID_NUMBER:1047712]]\t[[PERSON:Ethan Wu]]\t[[EMAIL_ADDRESS:ewu404@aucklanduni.ac.nz]]\tBE(Hons)\t3
[[ID_NUMBER:1051196]]\t[[PERSON:Salote Fonua]]\t[[EMAIL_ADDRESS:sfon337@aucklanduni.ac.nz]]\tBA\t1""",
    """| Handle | Real name | Followers | Manager email | Niche |
|---|---|---|---|---|
| @[[USERNAME:islandglowmua]] | [[PERSON:Lesieli Tonga]] | 182k | [[EMAIL_ADDRESS:bookings.lesieli@gmail.com]] | beauty |
| @[[USERNAME:dadbodbbq]] | [[PERSON:Craig Henshaw]] | 64k | [[EMAIL_ADDRESS:craig.henshaw@talentroom.com.au]] | food |
| @[[USERNAME:kaimoana.kid]] | [[PERSON:Rāwiri Paki]] | 311k | — | fishing |""",
    """client_no,name,tin,town,mobile,loan_fjd
[[ID_NUMBER:LC-00871]],[[PERSON:Ashneel Kumar]],[[ID_NUMBER:50-21833-0-4]],[[LOCATION:Ba]],[[PHONE_NUMBER:+679 992 7401]],2500
[[ID_NUMBER:LC-00872]],[[PERSON:Ana Lewatu]],[[ID_NUMBER:50-30419-0-7]],[[LOCATION:Sigatoka]],[[PHONE_NUMBER:+679 720 1583]],1800
[[ID_NUMBER:LC-00875]],[[PERSON:Mohammed Shameem Khan]],[[ID_NUMBER:50-11945-0-2]],[[LOCATION:Labasa]],[[PHONE_NUMBER:+679 938 6650]],5000""",
    """Licence number: [[ID_NUMBER:DK482019]]
Version: 371
Surname: [[PERSON:PENITANI]]
First names: [[PERSON:SAMUELA TEVITA]]
Date of birth: [[DATE_TIME:27/11/1986]]
Address: [[ADDRESS:5 Ruawai Road]], [[LOCATION:Mount Wellington]], [[LOCATION:Auckland]] [[ZIP_CODE:1060]]
Class: 1F 2F
Endorsements: P
Expiry: 27/11/2031""",
    """| # | Player | Position | DOB | Phone | Club |
|---|--------|----------|-----|-------|------|
| 1 | [[PERSON:Sione Taumalolo]] | Prop | [[DATE_TIME:3 Jan 1999]] | [[PHONE_NUMBER:021 448 1002]] | Marist |
| 9 | [[TITLE:Ratu]] [[PERSON:Jope Vunibaka]] | Halfback | [[DATE_TIME:17 Jul 2001]] | [[PHONE_NUMBER:027 903 5561]] | Ponsonby |
| 12 | [[PERSON:Falaniko Tanielu]] | Centre | [[DATE_TIME:25 Oct 2000]] | [[PHONE_NUMBER:022 317 4490]] | Manurewa |""",
    """order_no,sku,qty,unit_price,customer,ship_to,postcode
SO-2024-118832,TSHIRT-BLK-L,2,29.90,[[PERSON:Lena Hoffmann]],[[ADDRESS:34 Grey Street]] [[LOCATION:Onehunga]],[[ZIP_CODE:1061]]
SO-2024-118833,MUG-KIWI-01,4,14.50,[[PERSON:Jacob Tautahi]],[[ADDRESS:7 Kapiti Road]] [[LOCATION:Paraparaumu]],[[ZIP_CODE:5032]]
SO-2024-118834,HOODIE-GRY-M,1,79.00,[[PERSON:Ayesha Siddiqui]],[[ADDRESS:PO Box 6610]] [[LOCATION:Auckland]],[[ZIP_CODE:1141]]""",
    """{"ticket": "HD-30112", "requester": "[[PERSON:Ioana Popescu]]", "email": "[[EMAIL_ADDRESS:ioana.popescu@gmail.com]]", "subject": "Can't log in after changing phone", "priority": "normal"}
{"ticket": "HD-30113", "requester": "[[PERSON:Moses Kiprotich]]", "email": "[[EMAIL_ADDRESS:mkiprotich@iinet.net.au]]", "subject": "Refund for double charge", "priority": "high"}
{"ticket": "HD-30114", "requester": "[[PERSON:Aroha Nikora]]", "email": "[[EMAIL_ADDRESS:aroha.nikora@xtra.co.nz]]", "subject": "Update my address to [[ADDRESS:4 Kiwi Street]], [[LOCATION:Kawerau]]", "priority": "low"}""",
    """resident: [[PERSON:Dorothy Anne Pascoe]]
room: 14 (Rata wing)
date_of_birth: [[DATE_TIME:1936-05-09]]
age: [[AGE:88]]
nhi: [[ID_NUMBER:EJU5196]]
next_of_kin:
  - name: [[PERSON:Stephen Pascoe]]
    relationship: son
    phone: "[[PHONE_NUMBER:+61 408 332 716]]"
  - name: [[PERSON:Lynette Harcourt]]
    relationship: daughter
    phone: "[[PHONE_NUMBER:027 225 0914]]"
gp: [[PERSON:Dr. Fiona Cathcart]]
resus_status: not for resuscitation""",
    """staff_no\tname\tnric\tdept\tmobile
[[ID_NUMBER:SG-1182]]\t[[PERSON:Tan Wei Ming]]\t[[ID_NUMBER:S9027341H]]\tOps\t[[PHONE_NUMBER:+65 9012 4471]]
[[ID_NUMBER:SG-1190]]\t[[PERSON:Nur Aisyah binte Rahman]]\t[[ID_NUMBER:T0518826H]]\tHR\t[[PHONE_NUMBER:+65 8223 7106]]
[[ID_NUMBER:SG-1204]]\t[[PERSON:Arun s/o Krishnan]]\t[[ID_NUMBER:S8561093G]]\tIT\t[[PHONE_NUMBER:+65 9731 0258]]""",
    """Name,PPSN,Eircode,Mobile,Scheme
[[PERSON:Siobhán Ní Bhriain]],[[ID_NUMBER:8129046N]],[[ZIP_CODE:H91 E2K3]],[[PHONE_NUMBER:087 332 9104]],Carer's Allowance
[[PERSON:Tadhg Brennan]],[[ID_NUMBER:2917365HA]],[[ZIP_CODE:V94 T8P2]],[[PHONE_NUMBER:086 417 2290]],Jobseeker's Benefit
[[PERSON:Adebayo Ogunleye]],[[ID_NUMBER:5403318V]],[[ZIP_CODE:D15 YX42]],[[PHONE_NUMBER:089 605 1147]],Working Family Payment""",
    """TFN          NAME                    STATE  LODGED
[[ID_NUMBER:381 562 041]]  [[PERSON:Bianca Rossetti]]         [[LOCATION:VIC]]    yes
[[ID_NUMBER:640 277 195]]  [[PERSON:Kenji Watanabe]]          [[LOCATION:NSW]]    no
[[ID_NUMBER:577 401 289]]  [[PERSON:Amelia Okonjo-Brown]]     [[LOCATION:SA]]     yes
[[ID_NUMBER:462 195 738]]  [[PERSON:Tuan Anh Le]]             [[LOCATION:QLD]]    yes""",
    """| Appeal # | User | Original action | User's statement | Decision |
|---|---|---|---|---|
| AP-3391 | [[USERNAME:fijian.queen.89]] | post removed (doxxing) | "I only posted my own cousin [[PERSON:Litia]]'s number, she said it was fine" | upheld |
| AP-3392 | [[USERNAME:raw_politics_nz]] | 3-day mute | "Calling MP [[PERSON:Jenny Cartwright]] a liar is not harassment" | overturned |
| AP-3393 | [[USERNAME:saveourbeaches]] | fundraiser link removed | "The bank account [[ID_NUMBER:02-0316-0288143-00]] is our trust's, not a scam" | overturned |""",
    """Campaign ID: GFM-NZ-402218
Organiser legal name: [[PERSON:Karanama Ropata]]
Organiser DOB: [[DATE_TIME:11/06/1979]]
ID document: NZ driver licence [[ID_NUMBER:DF392107]]
Residential address: [[ADDRESS:42 Marino Street]], [[LOCATION:Kaiti]], [[LOCATION:Gisborne]] [[ZIP_CODE:4010]]
Payout account: [[ID_NUMBER:15-3947-0183620-00]]
Beneficiary: [[PERSON:Hine Ropata]] (daughter)
KYC status: verified""",
    """Igoa,Aso fanau,Tuatusi,Imeli
[[PERSON:Lemalu Faasalele]],[[DATE_TIME:12/05/1984]],[[ADDRESS:Fale 22]] [[LOCATION:Vaitele Uta]],[[EMAIL_ADDRESS:lemalu.f@gmail.com]]
[[PERSON:Ruta Tuiloma]],[[DATE_TIME:03/09/1992]],[[LOCATION:Fagali'i]],[[EMAIL_ADDRESS:ruta.tuiloma@yahoo.com]]
[[PERSON:Ioane Fuimaono]],[[DATE_TIME:28/02/1975]],[[LOCATION:Leulumoega]],[[EMAIL_ADDRESS:ioane.fuimaono@samoa.ws]]""",
    """Room | Guest | Arrive | Depart | Email | Notes
212 | [[PERSON:Mr. Hiroshi Kato]] | [[DATE_TIME:08 Nov]] | [[DATE_TIME:11 Nov]] | [[EMAIL_ADDRESS:h.kato@kato-lab.jp]] | late check-in
214 | [[PERSON:Ms. Aoife Daly]] | [[DATE_TIME:08 Nov]] | [[DATE_TIME:09 Nov]] | [[EMAIL_ADDRESS:aoife.daly@eircom.net]] | gluten free
301 | [[PERSON:Dr. Kwabena Asante]] | [[DATE_TIME:09 Nov]] | [[DATE_TIME:14 Nov]] | [[EMAIL_ADDRESS:kasante@uhn.ca]] | conference rate""",
    """{"ts": "2024-07-21T04:11:09Z", "device_id": "a8f3c2e1-77d0-4b1a-9a3e-2f61c0d84b17", "app": "4.18.2", "user_email": "[[EMAIL_ADDRESS:liam.mcgrath94@gmail.com]]", "ip": "[[IP_ADDRESS:27.252.140.77]]", "event": "screen_view"}
{"ts": "2024-07-21T04:11:36Z", "device_id": "a8f3c2e1-77d0-4b1a-9a3e-2f61c0d84b17", "app": "4.18.2", "user_email": "[[EMAIL_ADDRESS:liam.mcgrath94@gmail.com]]", "ip": "[[IP_ADDRESS:27.252.140.77]]", "event": "profile_edit"}
{"ts": "2024-07-21T04:12:02Z", "device_id": "0c91de44-5b2f-4f7e-8d11-93aa6e2f0b58", "app": "4.18.1", "user_email": "[[EMAIL_ADDRESS:n.fonoti@outlook.com]]", "ip": "[[IP_ADDRESS:203.86.201.19]]", "event": "login"}""",
    """first_name,last_name,company,job_title,email,dietary,badge_type
[[PERSON:Mereana]],[[PERSON:Selby]],Ngāi Tahu Holdings,Head of Data,[[EMAIL_ADDRESS:mereana.selby@ngaitahu.iwi.nz]],none,Speaker
[[PERSON:Arjun]],[[PERSON:Bhattacharya]],Xero,Staff Engineer,[[EMAIL_ADDRESS:arjun.b@xero.com]],vegan,Delegate
[[PERSON:Claire]],[[PERSON:Dufresne]],Atlassian,Product Manager,[[EMAIL_ADDRESS:cdufresne@atlassian.com]],halal,Delegate
[[PERSON:Sam]],[[PERSON:Tuilagi-Brown]],—,Student,[[EMAIL_ADDRESS:sam.tb@student.vuw.ac.nz]],none,Volunteer""",
    """Rx#\tPatient\tDOB\tDrug\tDirections\tPrescriber
88120\t[[PERSON:Florence Ng]]\t[[DATE_TIME:14/02/1949]]\tAtorvastatin 40mg\t1 nocte\t[[PERSON:Dr R Singh]]
88121\t[[PERSON:Tevita Lātū]]\t[[DATE_TIME:30/09/1966]]\tAllopurinol 300mg\t1 mane\t[[PERSON:Dr R Singh]]
88122\t[[PERSON:Kahu Moana]]\t[[DATE_TIME:05/05/2019]]\tAmoxicillin 250mg/5mL\t5mL TDS x 7d\t[[PERSON:Dr. A Whitehead]]""",
    """Claim number: CLM-7730184
Policyholder: [[PERSON:Stavros Georgiou]]
Date of birth: [[DATE_TIME:19 Apr 1971]]
Contact: [[PHONE_NUMBER:0418 226 903]] / [[EMAIL_ADDRESS:stavros.georgiou@bigpond.com]]
Incident date: [[DATE_TIME:2 Sep 2024, approx. 6:45 pm]]
Incident location: outside [[ADDRESS:412 Sydney Road]], [[LOCATION:Brunswick]] [[LOCATION:VIC]]
Other driver: [[PERSON:Megan Tully]], rego [[ID_NUMBER:1TY 4KM]]
Description: rear-ended while stationary at lights""",
    """emp_code,name,aadhaar,pan,city,joining_date
[[ID_NUMBER:IN-5521]],[[PERSON:Sneha Kulkarni]],[[ID_NUMBER:4629 1038 5747]],[[ID_NUMBER:CKMPK7720H]],[[LOCATION:Pune]],[[DATE_TIME:2023-06-12]]
[[ID_NUMBER:IN-5534]],[[PERSON:Mohammed Irfan Sheikh]],[[ID_NUMBER:8310 7265 9418]],[[ID_NUMBER:BWSPS1193Q]],[[LOCATION:Hyderabad]],[[DATE_TIME:2023-08-01]]
[[ID_NUMBER:IN-5547]],[[PERSON:Lalremruati Hmar]],[[ID_NUMBER:2957 4610 3825]],[[ID_NUMBER:AZHPH5068L]],[[LOCATION:Bengaluru]],[[DATE_TIME:2024-01-08]]""",
    """| Hingoa | Ta'u | Kolo | Fika fetu'utaki |
|---|---|---|---|
| [[PERSON:Sālote Vaipulu]] | [[AGE:34]] | [[LOCATION:Ha'apai]] | [[PHONE_NUMBER:+676 772 9018]] |
| [[PERSON:Viliami Tu'ipulotu]] | [[AGE:61]] | [[LOCATION:Nuku'alofa]] | [[PHONE_NUMBER:+676 884 2016]] |
| [[PERSON:Kalolaine Fonua]] | [[AGE:19]] | [[LOCATION:'Eua]] | [[PHONE_NUMBER:+676 775 4430]] |""",
    """client,phone,suburb,language,interpreter_needed
[[PERSON:Achol Deng]],[[PHONE_NUMBER:0431 228 917]],[[LOCATION:Sunshine]],Dinka,yes
[[PERSON:Wanjiru Kamau]],[[PHONE_NUMBER:0405 773 140]],[[LOCATION:Werribee]],English,no
[[PERSON:Abebe Tesfaye]],[[PHONE_NUMBER:0488 619 302]],[[LOCATION:Footscray]],Amharic,yes
[[PERSON:Halima Yusuf]],[[PHONE_NUMBER:0423 097 558]],[[LOCATION:Flemington]],Somali,yes""",
    """guests:
  - name: [[PERSON:Dr. Ngahuia Te Awekotuku-Reihana]]
    episode: 112
    twitter: "@[[USERNAME:ngahuia_tar]]"
    website: [[URL:https://ngahuiatar.co.nz]]
  - name: [[PERSON:Joel Fitzgerald]]
    episode: 113
    twitter: "@[[USERNAME:joelfitzcomedy]]"
    website: [[URL:https://joelfitzgerald.com.au]]
  - name: [[PERSON:Mele Lātū]]
    episode: 114
    twitter: null
    website: [[URL:https://www.linkedin.com/in/melelatu]]""",
    """Item,Found at,Date found,Claimed by,Contact
Black umbrella,Platform 2,03/10,—,—
Wallet (brown leather),Bus 18,04/10,[[PERSON:Arash Mohammadi]],[[PHONE_NUMBER:021 407 8813]]
School bag (Tawa Intermediate),Bus 18,04/10,—,—
iPhone 13 (blue case),Platform 1,05/10,[[PERSON:Kelsey Whaanga]],[[EMAIL_ADDRESS:kelsey.whaanga@gmail.com]]
Car keys (Toyota),Ticket office,06/10,—,—""",
]

CHAT = [
    """[09:58] Bot: Hi! What can we help with today?
[09:58] [[PERSON:Tavita Ioane]]: my fundraiser payout hasnt arrived, it was meant to go out friday
[09:59] Agent [[PERSON:Jess]]: Kia ora [[PERSON:Tavita]], I can look into that for you. Can you confirm the email on the campaign?
[09:59] [[PERSON:Tavita Ioane]]: [[EMAIL_ADDRESS:tavita.ioane@gmail.com]]
[10:00] Agent [[PERSON:Jess]]: Thanks. And the last 4 digits of the payout bank account?
[10:00] [[PERSON:Tavita Ioane]]: its [[ID_NUMBER:12-3140-0587712-00]] (the whole thing lol)
[10:01] Agent [[PERSON:Jess]]: No worries 🙂 The payout is on hold because the account name doesn't match the organiser. Could you upload a recent bank statement?
[10:02] [[PERSON:Tavita Ioane]]: ok my mum [[PERSON:Faith]] will send it from her phone [[PHONE_NUMBER:021 774 3092]]""",
    """[[PERSON:Mele]] 🌺: Mālō e lelei famili! Ko e 'aho fā'ele'i 'o Nana 'i he [[DATE_TIME:12 'o Sune]], ta'u [[AGE:80]] 🎉
[[PERSON:Sione]]: Mālō [[PERSON:Mele]]. Te tau fai 'i he fale 'o [[PERSON:Lavinia]], [[ADDRESS:17 Bader Drive]] [[LOCATION:Māngere]]?
[[PERSON:Lavinia T]]: 'Io. Kātaki 'o tuku mai ho'omou fika ke u fakahū ki he group, ko [[PERSON:Sione]] pē 'oku 'i ai.
[[PERSON:Tevita]]: [[PHONE_NUMBER:022 561 0073]] eni 'a'aku
[[PERSON:Mele]] 🌺: Mine is [[PHONE_NUMBER:+64 27 440 9182]] 🙏 and aunty [[PERSON:Seini]] is on [[PHONE_NUMBER:+676 774 2251]] in [[LOCATION:Tonga]]""",
    """#trust-safety
[[PERSON:Aleisha Brown]]  2:14 PM
heads up, the romance scam ring is back. new accounts @[[USERNAME:kevin_engineer_uk]] and @[[USERNAME:drjameswilson_un]], both asking women for Steam cards
[[PERSON:Mohammed Al-Amin]]  2:16 PM
seeing it too. one victim, [[PERSON:Patricia Lowe]] ([[AGE:61]], [[LOCATION:Invercargill]]), already sent $3k. her email is [[EMAIL_ADDRESS:trish.lowe@xtra.co.nz]] if we need to reach out
[[PERSON:Aleisha Brown]]  2:17 PM
I'll ping her. scammer is using [[PHONE_NUMBER:+44 7700 900412]] on WhatsApp
[[PERSON:Kenta Mori]]  2:20 PM
banning both + their device fingerprints, logging it as INC-4471""",
    """[[PHONE_NUMBER:+61 478 223 019]]: hey it's [[PERSON:Brodie]] from Tinder 😊
Me: oh hey! how'd you get my number?
[[PHONE_NUMBER:+61 478 223 019]]: you gave it to me on there lol. [[PERSON:Chantelle]] right?
Me: it's [[PERSON:Chantal]] actually haha
[[PHONE_NUMBER:+61 478 223 019]]: sorry!! still keen for drinks [[DATE_TIME:Friday the 18th at 7]]? I can pick you up, what's your address
Me: I'll just meet you there thanks, the place on James Street in [[LOCATION:Fortitude Valley]]?""",
    """Agent ([[PERSON:Mark]]): Thanks for holding. For security can I get your full name and date of birth?
Customer: [[PERSON:Nomvula Zungu]], [[DATE_TIME:23 September 1988]]
Agent ([[PERSON:Mark]]): Thanks [[PERSON:Nomvula]]. And the service address?
Customer: [[ADDRESS:Unit 7, 19 Cavendish Street]], [[LOCATION:Stanmore]] [[LOCATION:NSW]] [[ZIP_CODE:2048]]
Agent ([[PERSON:Mark]]): Perfect. I can see the account [[ID_NUMBER:5510 3392 817]]. What's the best number to call you back on?
Customer: my mobile, [[PHONE_NUMBER:0427 661 380]]. Not the landline, that's my flatmate [[PERSON:Priya]]'s""",
    """mod-chat · r/auckland
[[USERNAME:ponsonby_pete]]: someone just posted a "PSA" thread with a guy's full name, [[PERSON:Corey Waaka]], and his plate [[ID_NUMBER:LXR221]]
[[USERNAME:mod_kererū]]: yeah saw it, also the comments have his partner's insta @[[USERNAME:jas.waaka]] and their street in [[LOCATION:Glen Innes]]
[[USERNAME:ponsonby_pete]]: removing the lot. ban OP?
[[USERNAME:mod_kererū]]: 7 days, it's their first strike. I'll send the modmail to [[USERNAME:kiwi_vigilante_22]]""",
    """Customer: Talofa, e mafai ona fesoasoani mai? Ua loka la'u kata
Agent [[PERSON:Ruth]]: Talofa lava! Of course, can I please have your full name?
Customer: [[PERSON:Leilua Tauiliili]]
Agent [[PERSON:Ruth]]: Fa'afetai. What's your date of birth and the mobile number on the account?
Customer: [[DATE_TIME:5 Me 1979]], [[PHONE_NUMBER:+685 750 3318]]
Agent [[PERSON:Ruth]]: Thanks [[PERSON:Leilua]]. I've unlocked card ending 7702; a new PIN will be sent to your address in [[LOCATION:Lalomanu]]. Anything else?
Customer: Leai, fa'afetai tele""",
    """Marketplace · Bunk bed (solid pine) · $120
[[PERSON:Rebecca Tait]]: Hi, is this still available?
[[PERSON:Faisal Qadri]]: Yes! Pick up only from [[ADDRESS:62 Clifford Street]], [[LOCATION:Mosgiel]]
[[PERSON:Rebecca Tait]]: Great, could I come [[DATE_TIME:Saturday 10 August around 10am]]? My partner [[PERSON:Dean]] will bring the ute
[[PERSON:Faisal Qadri]]: Sure. Text me when you're close, [[PHONE_NUMBER:027 901 4482]]
[[PERSON:Rebecca Tait]]: Will do, mine's [[PHONE_NUMBER:021 663 207]] if anything changes""",
]

LOOKALIKE = [
    """Thanks for your order! Order #WEB-20240918-44172 · Invoice INV-0098812 · Tracking 00093300455218830714 (NZ Post). Items: KWM-550-BLK ×1, TRV-PIL-02 ×2. Paid with Visa ending 4417. Questions? Call our team on 0800 478 552 or email orders@kiwiwares.co.nz, quoting your order number. Ordered by [[PERSON:Shirin Mahdavi]].""",
    """Release 10.4.2.118 (build 2024.09.17-rc3). Fixes: crash on Android 14.0.0.1 when importing CSV; timeout talking to edge node cdn-syd-03. Commit 4f9a1c7e2b81d0f3a6c5e9b2d7f4a1c3e8b6d209, artifact sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855. Rollback target: 10.4.1.97. Device serial range SN-AX19-000100 to SN-AX19-004999 is affected. Contact release-eng@ for questions.""",
    """Hold ready for borrower [[PERSON:Eruera Mānuka]] (library card [[ID_NUMBER:21903004418273]]): 'Whakapapa and the Land' (ISBN 978-0-473-12893-7) and 'Pacific Voyaging Today' (ISBN 978-1-86941-572-3). Collect from the Sir Edmund Hillary Reading Room, Queen Street branch, level 2. Overdue item: 'Darwinian Ideas in Aotearoa', ISBN 978-1-99-245803-1, barcode 31160004418273. Enquiries: 09 377 0209.""",
    """VAKARAUTAKI: E na tabonaki na sala e Ratu Mara Road mai na Princes Road ki na Kaua Road mai na 7 na kaloko ena bogi me yacova na 5 na kaloko ena mataka, me vakarautaki kina na paipo ni wai (Project WSP-2024-118). Ni veitaratara ena 5720 se info@fra.gov.fj. Ke dua na leqa, veitaratara kei [[PERSON:Viliame Koroi]], Site Engineer.""",
    """Incident INC-20931 postmortem: the load balancer lb-akl-02 (MAC 00:50:56:9A:3C:11, serial CZJ92107LK) started rejecting TLS 1.3 handshakes after firmware 7.2.0.14 was applied. Requests with UUID 9b2e4c71-0d3f-4a8e-b6c1-5f7e2d9a0c84 show the Dijkstra routing module timing out; the Bloom filter cache was rebuilt at 03:40. On-call engineer: [[PERSON:Harriet Coates]]. Ticket CHG-55102 raised for the vendor.""",
    """Ward round, Nightingale Ward, bed 12: [[PERSON:Mrs. Ana Folau]], [[AGE:72]], NHI [[ID_NUMBER:QCX8468]]. Known Parkinson's disease, treated Hodgkin lymphoma (2009). GCS 14, Babinski negative, no Kernig's sign. Plan: Holter monitor, repeat Apgar-style falls score, refer to the Alzheimer's clinic. Lab ref LAB-228810, specimen barcode 8842 1109 3371 00.""",
    """Reward tiers for 'The Kōwhai Lamp' Kickstarter: Early Bird (SKU KL-EB-001, NZ$89), Standard (KL-STD-002), Maker Kit (KL-MK-003). Shipping from our Kate Sheppard Place workshop in [[LOCATION:Wellington]] from March; address checks run on Address Validator v2.3.1. Campaign ID 1887204412. Questions: hello@kowhailamp.co.nz or 04 801 5520 (weekdays). Thanks for backing us! — [[PERSON:Jonty Whitehead]], founder""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind114", STYLES, OUT)


if __name__ == "__main__":
    main()

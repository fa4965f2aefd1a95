"""Build tests/data/blind2.jsonl: a second *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind2.py

Blind: written without reading the detector (minimize/detection/, recognizers/)
or the records of the other gold sets (handwritten.jsonl, blind.jsonl,
blind_table/), so scores on it measure generalisation. Do not tune the detector
against this file; write a new set instead.

Every record below is written out by hand: no Faker, no word lists, no
templates filled by code. Only the offsets are computed, by `parse()` from
make_handwritten.py, which strips the inline `[[TYPE:value]]` marks. Card
numbers pass Luhn and IBANs pass mod-97 (checked by hand-run code while
writing, not generated here).

Styles (ids `blind2-<style>-NNN`):
- `chat`: SMS / WhatsApp / Slack / forum posts as people type them: lowercase,
  typos, abbreviations, emoji, nicknames, handles, Spanglish / Hinglish /
  Taglish and other mixed-language lines.
- `bench`: one or two formal sentences packed with many PII types, in the
  manner of generated benchmarks such as ai4privacy pii-masking.
- `doc`: longer documents: clinical notes, police reports, judgments, claims,
  HR records, tenancy agreements, school reports, CVs, call transcripts, email
  threads with quoted replies and signatures; names from many cultures, names
  that are also common words, possessives, initials, particles.
- `llm`: sentences in the voice of a model asked for "diverse PII examples":
  addresses from many countries, landmarks and neighbourhoods, many date
  shapes, ages in words, and look-alike numbers that are not PII.

Labeling conventions (as in make_handwritten.py / make_blind.py), plus the
judgement calls made for this set:
- PERSON: any part of a name, lowercase or not, nicknames ("jess", "big" in
  "big mike" is not part of it). A possessive "'s" is outside the span.
  TITLE: honorifics and ranks attached to a name (Dr., Mrs., dr, Sra., doña,
  Capt., Det. Sgt., Judge, Rev., Smt., Herr), labeled apart from the name.
  Job titles ("Senior Accountant") are not TITLE; Japanese "-san"/"-chan"
  suffixes are left outside the name and unlabeled.
- ADDRESS: building/street number + street (+ flat/unit/suite/floor), PO boxes,
  building names in an address. City, district, state, county, country,
  named neighbourhoods and landmarks where a person is or lives (parks,
  squares, stations' place names) are LOCATION. Company, shop, hospital and
  school names are not labeled. Postal codes (every country's shape, Eircodes)
  are ZIP_CODE.
- DATE_TIME: calendar dates of a person or their event (birth, appointment,
  admission, hearing, incident, move-in, travel), with a day or a month, in any
  shape ("5/6/22", "3rd of May", "2021-11-04T10:22" as one span); not bare
  years, weekdays, clock times, durations or relative words ("tmrw").
  A weekday in front of a date is outside the span.
- AGE: the number only, digits or words ("forty-two").
- USERNAME: handle without "@" or "u/". URL: personal pages and profiles only.
- NRP: a person's nationality, religion or political group.
- ID_NUMBER: national ids, tax ids, MRNs, insurance member ids, bank account
  numbers, employee / student / badge ids, non-US passport numbers, non-US
  driving licence numbers, vehicle plates and VINs, crypto wallet addresses,
  device MAC addresses and IMEIs tied to a person.
- Not labeled on purpose: BIC/SWIFT codes, sort codes and routing numbers
  (they name a bank branch), card CVV and expiry, order / invoice / ticket /
  claim / case / tracking / flight numbers, policy numbers of companies'
  products, prices, quantities, percentages, versions, years, clock times,
  room and bay numbers, product and model codes, gender, height, weight,
  role mailboxes and company websites.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_handwritten import MARK, parse

OUT = HERE / "blind2.jsonl"

TYPES = {
    "PERSON", "TITLE", "ADDRESS", "LOCATION", "ZIP_CODE", "DATE_TIME", "AGE", "PHONE_NUMBER",
    "EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "IP_ADDRESS", "US_PASSPORT",
    "US_DRIVER_LICENSE", "URL", "NRP", "USERNAME", "ID_NUMBER",
}

# -- a. chat: short messages as people type them ------------------------------------

CHAT = [
    "pls call [[PERSON:jess]] on [[PHONE_NUMBER:07700 900461]] b4 5 shes not answering slack",
    "omw!! tell [[PERSON:marco]] to save me a seat 🙏",
    "hey its [[PERSON:dani]] new number lol save it [[PHONE_NUMBER:+1 347 555 0192]]",
    "@[[USERNAME:kev_the_dev]] can u push the fix to staging? v2.3.1 is still broken on prod",
    "bro [[PERSON:rahul]] ka number kya hai? mujhe urgent chahiye, uska purana wala [[PHONE_NUMBER:98201 44736]] band hai",
    "oye [[PERSON:vero]] ya llegaste? im outside ur building, the one next to the farmacia lol",
    "my login is [[EMAIL_ADDRESS:tanyab1987@gmail.com]] but it keeps saying pw wrong. tried like 5 times 😩",
    "happy bday [[PERSON:rosie]]!!! 🎂 cant believe ur [[AGE:30]] 💀 drinks on me fri",
    "who left their blue hoodie in room 214? its been there since monday",
    "[[PERSON:will]] will you grab milk on the way home. and bread. and hope the shop is open lol",
    "dm me ur addy and ill send the package. mine is [[ADDRESS:14 Rosebery Ave]], [[LOCATION:Manchester]] "
    "[[ZIP_CODE:M14 6QB]] if u need to return it",
    "any1 know a good plumber in [[LOCATION:brixton]]? ours quoted £340 for a tap 😭",
    "[[PERSON:sunny]] said shes running late, start without her",
    "ngl [[PERSON:chase]] is the worst at chasing ppl, INV-20931 still unpaid and its been 3 weeks",
    "mi cumple es el [[DATE_TIME:12 de agosto]] so dont forget this time 😤 — [[PERSON:pao]]",
    "hi sir my name is [[PERSON:imran]] i order the blender 2 week ago order no 40-229183 still not came. "
    "my mob [[PHONE_NUMBER:0300 4417291]]",
    "lmaooo big [[PERSON:mike]] fell asleep on the train again and ended up in [[LOCATION:brighton]]",
    "can someone cover my shift sat 2-10? pls dm @[[USERNAME:lina.s]] or text [[PHONE_NUMBER:0412 883 207]]",
    "reminder: [[PERSON:mark]] is out til next wed. mark any urgent tix as P1 and ping [[PERSON:joy]] instead",
    "yo [[PERSON:tunde]] abeg send me ur account details make i pay you back. na [[ID_NUMBER:0123847561]] abi? "
    "gtbank",
    "[[PERSON:aiko]]-chan が来週[[LOCATION:大阪]]に行くって! we should do dinner before she leaves",
    "someone logged into my acct from [[IP_ADDRESS:89.187.162.44]] at 3am?? thats not me 😳",
    "sry cant make it, my kid [[PERSON:noah]] has a fever 39.2 😷 will wfh",
    "did [[TITLE:dr]] [[PERSON:okafor]] reply abt the extension?? deadline is fri and i havent started lol",
    "venmo me @[[USERNAME:Sam-Oduya]] for the pizza, $14 each",
    "[[PERSON:kaveh]] jan merci for the saffron rice!! my mom wants the recipe 😂",
    "fyi i moved, new addy: [[ADDRESS:Flat 2, 9 Dunmore Rd]] [[LOCATION:Belfast]] [[ZIP_CODE:BT15 3GH]]. "
    "mail still going to old one tho",
    "thx [[PERSON:hunter]] 🙌 the deck looks 🔥",
    "r u guys going to the fair this wknd? [[PERSON:summer]] and [[PERSON:june]] are coming. summer is so hot tho ☀️",
    "lost my wallet near [[LOCATION:union square]] 😭 if anyone finds a brown leather one w an ID for "
    "[[PERSON:R. Castellanos]] pls msg me",
    "[[PERSON:ahmed]] bhai kal meeting 11 baje hai, [[LOCATION:gulberg]] wale office mein. late mat hona",
    "hi is this still available? can pick up today, my number is [[PHONE_NUMBER:(503) 555-0178]] - [[PERSON:Trish]]",
    "idk who [[PERSON:bill]] is but he sent me a bill for $90 lmao",
    "lmk if [[EMAIL_ADDRESS:m.kowalczyk@wp.pl]] is the right email for the invite, [[PERSON:magda]] said it changed",
    "ok so the tracking is 1Z 999 AA1 01 2345 6784 and it says delivered but its NOT here",
    "[[PERSON:thanh]] ơi, em gửi anh số của chị [[PERSON:lan]] nha: [[PHONE_NUMBER:090 381 2274]]",
    "babe pick up [[PERSON:mia]] from practice at 6, im stuck at work ❤️",
    "my venmo got hacked?? they changed the email to [[EMAIL_ADDRESS:xx.darkrider.xx@proton.me]] wtf",
    "pls stop posting my address in the group chat [[PERSON:kyle]] 🙄",
    "anyone selling a ps5? budget 300, can meet in [[LOCATION:koreatown]] or [[LOCATION:silver lake]]",
    "[[PERSON:ngozi]] congrats on the new job!!! 🎉🎉 we need to celebrate",
    "guys [[PERSON:arjun]]'s flight AI 162 lands at 9:40 pm, who's picking him up?",
    "sorry wrong number, this is [[PERSON:pete]] not [[PERSON:steve]]",
    "heyy its [[PERSON:gabi]] from the gym 👋 this is my insta @[[USERNAME:gabi.lifts]]",
    "ugh my passport expires next month and i fly to [[LOCATION:lisbon]] on the [[DATE_TIME:22nd of june]]",
    "need a ride to the airport tmrw 5am from [[ADDRESS:221 E 7th St]], anyone?? will pay gas",
    "[[PERSON:stone]] from accounts says the reimbursement form is due eom, dont shoot the messenger",
    "plz help!! my son [[PERSON:ethan]] is missing, last seen near [[LOCATION:Kingsway Park]] wearing a red "
    "jacket, [[AGE:9]] yrs old. call [[PHONE_NUMBER:0161 496 0382]]",
    "@[[USERNAME:ravi_k]] @[[USERNAME:meg-o]] standup moved to 10:15 today",
    "ya le pagué la renta a [[TITLE:doña]] [[PERSON:carmen]], she said gracias mija",
    "[[PERSON:joy]] can u send me the notes from bio? i missed class again 😬",
    "lol [[PERSON:rich]] isnt even rich he just has a nice car",
    "new phone who dis 😂 jk its [[PERSON:keisha]]",
    "my cousin [[PERSON:farhan]] is looking for a room in [[LOCATION:east ham]], budget 700pcm, anyone?",
    "🚨 if you parked a grey civic reg [[ID_NUMBER:LB19 XKT]] in bay 12 pls move it 🚨",
    "[[PERSON:mariam]] dont forget ur appointment w [[TITLE:dr]] [[PERSON:haddad]] on thurs [[DATE_TIME:9/14]]",
    "kiddo turns [[AGE:five]] tomorrow and wants a dinosaur cake 🦕 any bakery recs in [[LOCATION:oakland]]?",
    "[[PERSON:josé]] can u check if the sftp is up? same creds as last time",
    "just saw [[PERSON:grant]] at the grant office lol small world",
    "delivery for [[PERSON:K. Mensah]]? driver here, cant find [[ADDRESS:7B Akosombo Rd]], is it behind the shell station?",
    "pls rt 🙏 my dog luna went missing in [[LOCATION:tallaght]] yesterday. black lab, very friendly. "
    "call [[PERSON:aoife]] [[PHONE_NUMBER:087 214 6639]]",
    "[[PERSON:ji-woo]] 언니 생일 [[DATE_TIME:5월 3일]] 맞지? gift card 살까?",
    "teams is down again 🙃 just email me at [[EMAIL_ADDRESS:d.oyelaran@outlook.com]]",
    "pls dont share this but [[PERSON:tom]] is [[AGE:52]] not 45 lmao",
    "lol [[PERSON:marcus king]] really thinks hes the king of fantasy football",
    "mañana no puedo, tengo cita con el dentista a las 10. dile a [[PERSON:chuy]] que lo veo el viernes",
    "the new hire is [[PERSON:Priyanka]], her slack is @[[USERNAME:pri.nair]] pls add her to #design",
    "acc no [[ID_NUMBER:41920573]] sort code 20-45-77 send £50 pls ill pay back fri promise",
    "hi [[PERSON:chioma]] its me, left my charger at urs. bring it sunday?",
    "cant believe [[PERSON:may]] may be moving to [[LOCATION:denver]] in may 😭",
    "admin pls ban @[[USERNAME:crypto_king_88]] hes spamming his wallet "
    "[[ID_NUMBER:0x3fA8c9e2B71d40A6e5c8D91f02b7E4a6C1d9F37b]] in every thread",
    "omg [[PERSON:sophie mcallister]] from year 10 is on love island???",
    "my new IG is @[[USERNAME:the.real.wade]] old one got hacked. – [[PERSON:wade]]",
    "call me pls [[PHONE_NUMBER:+91 99887 21034]] urgent - [[PERSON:deepak]]",
    "[[PERSON:oluwadamilare]] you're on for snacks next week dont forget 🍪",
    "anyone else get charged twice this month? $12.99 x2. support ticket #88231 and no reply",
    "pass the msg to [[PERSON:hope]], hope shes feeling better 💐",
    "who is [[PERSON:frank]]?? he's liking all my posts from 2016 😭",
    "meet at [[LOCATION:Shibuya]] station, hachiko exit, 7pm. [[PERSON:ken]] will be late as usual",
    "[[PERSON:jolo]] pa-load naman 200 sa [[PHONE_NUMBER:0917 552 8830]], babayaran kita bukas promise",
    "my steam is [[USERNAME:xXN1ghtOwlXx]] add me",
    "[[PERSON:dev]] can u review PR 4412? its the one that bumps numpy to 1.26",
    "Hi! Is the room still free? I'm [[PERSON:Eleni]], [[AGE:24]], [[NRP:Greek]], student at UCL. No pets, non-smoker 😊",
    "@channel [[PERSON:Anil]]'s leaving do is thurs at the Crown, 6ish. card is at reception",
    "[[TITLE:ms]] [[PERSON:rivera]] said we cant use phones in class so ttyl",
    "me: whats ur dob for the booking form\n[[PERSON:leo]]: [[DATE_TIME:04/11/96]]\nme: ty",
    "mom says she needs my ssn for fafsa?? its [[US_SSN:412-77-3019]] right. dont screenshot this lol",
    "we're [[NRP:muslim]] so no pork at the bbq pls 🙏 chicken is fine",
    "my uncle is a hardcore [[NRP:republican]] and my aunt is a [[NRP:democrat]] so thanksgiving will be fun 🙃",
    "Posted by u/[[USERNAME:throwaway_mum22]]: my ex keeps turning up at my work in [[LOCATION:Leeds]]. "
    "can i get a non-molestation order without a solicitor?",
    "[[PERSON:babajide]] my guy 🙌 landed in [[LOCATION:lagos]] safe, will call u when i reach [[LOCATION:lekki]]",
    "quick q - is hr@brightlane.co the right place to send my sick note or do i send to "
    "[[PERSON:fiona]] directly?",
    "txt frm [[PHONE_NUMBER:+44 7911 123 456]]: ur parcel is held, pay £1.99 at royalmail-redeliver.info — "
    "scam right??",
    "[[PERSON:sven]] tack för igår! next time im buying the fika ☕",
    "[[PERSON:abhi]] ne bola ki [[PERSON:neha]] ka [[DATE_TIME:15 march]] ko shaadi hai [[LOCATION:jaipur]] mein, "
    "tu aa raha hai?",
]

# -- b. bench: generated-benchmark style, many PII types packed in one or two sentences --

BENCH = [
    "[[TITLE:Mrs.]] [[PERSON:Delphine Aurore Marchetti]], our Regional Compliance Officer, can be reached at "
    "[[EMAIL_ADDRESS:delphine.marchetti@hollandsworth-partners.com]] or [[PHONE_NUMBER:+1-646-555-0117 ext. 4402]]; "
    "her employee ID [[ID_NUMBER:EMP-558204]] must appear on all audit forms.",
    "Please transfer the deposit of €2,450.00 from account [[ID_NUMBER:78401922]] to IBAN "
    "[[IBAN_CODE:DE89 3704 0044 0532 0130 00]] (BIC COBADEFFXXX) in the name of [[PERSON:Friedrich Anselm Voss]] "
    "before [[DATE_TIME:14/08/2024]].",
    "User [[USERNAME:quentin_h88]] logged in from [[IP_ADDRESS:203.0.113.76]] using a device with MAC address "
    "[[ID_NUMBER:3C:22:FB:9A:41:0E]] on [[DATE_TIME:2023-07-19]] at 02:14 UTC.",
    "The cardholder, [[PERSON:Imogen Pryce-Hathaway]], used card [[CREDIT_CARD:4539 1488 0343 6467]] (CVV 381, "
    "exp 09/27) to pay for order #OR-44197 shipped to [[ADDRESS:1182 Larkspur Lane, Suite 300]], "
    "[[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83702]].",
    "[[TITLE:Dr.]] [[PERSON:Raghunath Venkatesh Iyer]], aged [[AGE:58]], born [[DATE_TIME:March 2, 1966]], holds SSN "
    "[[US_SSN:531-62-8804]] and resides at [[ADDRESS:77 Orchard Hill Road]], [[LOCATION:Edison]], "
    "[[LOCATION:New Jersey]] [[ZIP_CODE:08820]].",
    "Please update the billing contact for account [[ID_NUMBER:ACCT-0093371152]]: new name [[PERSON:Tobias Wren]], "
    "phone [[PHONE_NUMBER:(415) 555-0163]], email [[EMAIL_ADDRESS:tobias.wren@fastmail.com]].",
    "Our records show that [[PERSON:Mariela Soledad Quispe]], a [[AGE:34]]-year-old female of height 162 cm, applied "
    "using passport number [[ID_NUMBER:PE4471093]] issued in [[LOCATION:Lima]].",
    "Transaction alert: your Mastercard [[CREDIT_CARD:5425-2334-3010-9101]] was charged $1,299.00 at 11:47 on "
    "[[DATE_TIME:10/03/2023]] from IP [[IP_ADDRESS:2001:db8:4f1a::7c2e:19]].",
    "As Chief Data Architect, [[PERSON:Hyun-woo Baek]] requested that all logs from [[IP_ADDRESS:172.16.254.3]] and "
    "[[IP_ADDRESS:fe80::a9c2:44ff:fe1b:d0e3]] be purged for user [[USERNAME:hbaek.admin]].",
    "The vehicle with VIN [[ID_NUMBER:1HGCM82633A004352]] and plate [[ID_NUMBER:7XKR219]] is registered to "
    "[[PERSON:Lorenzo Abbate]] of [[ADDRESS:45 Cypress Court]], [[LOCATION:Sacramento]], [[LOCATION:CA]] "
    "[[ZIP_CODE:95814]].",
    "Send the crypto refund to wallet [[ID_NUMBER:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq]] belonging to "
    "[[USERNAME:satoshi_fan_2011]]; the original payment came from [[ID_NUMBER:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2]].",
    "[[TITLE:Mr.]] [[PERSON:Ebenezer Kwame Asante]], [[NRP:Ghanaian]] national, date of birth [[DATE_TIME:1981-11-23]], "
    "Ghana Card [[ID_NUMBER:GHA-714402953-6]], phone [[PHONE_NUMBER:+233 24 418 9027]].",
    "Kindly confirm that [[PERSON:Annika Lindqvist]]'s personnummer [[ID_NUMBER:850612-4414]] and her address "
    "[[ADDRESS:Sveavägen 44, lgh 1102]], [[ZIP_CODE:111 34]] [[LOCATION:Stockholm]] are correct.",
    "The account holder [[PERSON:Chidinma Eze-Okafor]] (username [[USERNAME:chiddy_eze]], email "
    "[[EMAIL_ADDRESS:chidinma.eze@yahoo.co.uk]]) reported card [[CREDIT_CARD:4716228055194306]] stolen on "
    "[[DATE_TIME:4 January 2024]].",
    "Employee [[PERSON:Gareth Owain Pritchard]] (ID [[ID_NUMBER:WLS-20447]]), job title Senior Quantity Surveyor, "
    "lives at [[ADDRESS:3 Heol y Felin]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 2LP]] and his National Insurance "
    "number is [[ID_NUMBER:JT 48 21 76 C]].",
    "Please reset the password for [[USERNAME:ayesha.rahman92]]; the request came from [[IP_ADDRESS:101.53.88.214]] "
    "and the recovery phone is [[PHONE_NUMBER:+880 1712-449301]].",
    "Patient [[PERSON:Haruto Matsumoto]], male, [[AGE:71]], MRN [[ID_NUMBER:MRN-00482917]], was admitted on "
    "[[DATE_TIME:2022-02-08]] and lists his daughter [[PERSON:Yui]] at [[PHONE_NUMBER:080-4412-7789]] as emergency "
    "contact.",
    "The lease for [[ADDRESS:Apartment 5C, 2040 Lakeshore Blvd W]], [[LOCATION:Toronto]], [[LOCATION:ON]] "
    "[[ZIP_CODE:M8V 4A9]] is signed by [[PERSON:Keira Dumont]] (SIN [[ID_NUMBER:046 454 286]]).",
    "[[TITLE:Prof.]] [[PERSON:Władysław Zieliński]], PESEL [[ID_NUMBER:75112903488]], IBAN "
    "[[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]], tel. [[PHONE_NUMBER:+48 601 447 219]].",
    "Hi [[PERSON:Cody]], the Discover card [[CREDIT_CARD:6011 0009 9013 9424]] on file for your account "
    "[[USERNAME:cody.r.banks]] expires 11/26; please update it in your profile.",
    "Driver [[PERSON:Shaniqua Lorraine Tate]] presented [[LOCATION:Texas]] driver's license [[US_DRIVER_LICENSE:28475019]] and was "
    "cited in [[LOCATION:Lubbock]] on [[DATE_TIME:06/17/2023]].",
    "[[PERSON:Oksana Petrenko]], a [[AGE:29]]-year-old [[NRP:Ukrainian]] citizen, holds passport "
    "[[ID_NUMBER:FT 482913]] and lives at [[ADDRESS:ul. Marszałkowska 84/92 m. 17]], [[ZIP_CODE:00-514]] "
    "[[LOCATION:Warszawa]].",
    "The website [[URL:https://www.mateo-figueroa.dev]] and the GitHub profile [[URL:https://github.com/mfigueroa]] "
    "both belong to [[PERSON:Mateo Figueroa]], who lists his location as [[LOCATION:Guadalajara]], "
    "[[LOCATION:Jalisco]].",
    "Sender: [[PERSON:Nomvula Dlamini]], ID [[ID_NUMBER:8506125129088]], [[ADDRESS:12 Jan Smuts Avenue]], "
    "[[LOCATION:Parktown]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2193]]; receiver: [[PERSON:Themba Nkosi]], cell "
    "[[PHONE_NUMBER:082 614 3390]].",
    "Your appointment with [[TITLE:Dr.]] [[PERSON:Amara Nwachukwu]] is confirmed for Tuesday, "
    "[[DATE_TIME:12 March 2024]] at 9:15 AM in Room 4B.",
    "[[PERSON:Jean-Baptiste Moreau]], né le [[DATE_TIME:17/04/1979]] à [[LOCATION:Lyon]], IBAN "
    "[[IBAN_CODE:FR14 2004 1010 0505 0001 3M02 606]], numéro de sécurité sociale "
    "[[ID_NUMBER:1 79 04 69 123 456 78]].",
    "IT support ticket 5531: the laptop assigned to [[PERSON:Priscilla Onyango]] (asset tag LT-00912, MAC "
    "[[ID_NUMBER:A4-5E-60-C2-19-7B]]) last connected from [[IP_ADDRESS:41.90.64.115]].",
    "[[TITLE:Ms.]] [[PERSON:Xiomara Beltrán]] of [[ADDRESS:Calle de Alcalá 117, 3º izq.]], [[ZIP_CODE:28009]] "
    "[[LOCATION:Madrid]], DNI [[ID_NUMBER:48120573L]], can be contacted at [[PHONE_NUMBER:+34 612 48 09 31]].",
    "Our Growth Marketing Lead [[PERSON:Declan Farrelly]] ([[EMAIL_ADDRESS:declan@farrelly.ie]], "
    "[[PHONE_NUMBER:+353 86 291 4470]]) will ship the samples to [[ADDRESS:Unit 4, Ballymount Industrial Estate]], "
    "[[LOCATION:Dublin 12]], [[ZIP_CODE:D12 F6K2]].",
    "The claimant's US passport number is [[US_PASSPORT:548203917]] and her date of birth is "
    "[[DATE_TIME:02/29/1988]]; name on file: [[PERSON:Rebecca Ann Holloway]].",
    "Customer [[PERSON:Vusumuzi Mahlangu]] wants the refund of R3,400 paid to account [[ID_NUMBER:62847719035]], "
    "branch code 250655 (FNB), not to the card [[CREDIT_CARD:5178 0592 6644 3812]].",
    "[[PERSON:Saoirse Ní Bhriain]], DOB [[DATE_TIME:30 Nov 1994]], PPSN [[ID_NUMBER:8473621TA]], Eircode "
    "[[ZIP_CODE:H91 E2K3]], mobile [[PHONE_NUMBER:085 772 1934]].",
    "Access from [[IP_ADDRESS:2a02:c7f:5e4c:9d00:b4a1:3ff:fe9c:12d8]] was blocked for the account of "
    "[[PERSON:Florian Gruber]] ([[USERNAME:fgruber]]), whose IBAN is [[IBAN_CODE:AT61 1904 3002 3457 3201]].",
    "Regards, [[PERSON:Nguyễn Thị Mai Anh]], Accounts Payable Specialist, tel. [[PHONE_NUMBER:+84 28 3822 9176]], "
    "fax [[PHONE_NUMBER:+84 28 3822 9177]].",
    "The insured, [[PERSON:Grant Holloway-Byrne]], [[AGE:46]], drives a 2021 Hyundai Elantra with plate "
    "[[ID_NUMBER:KJN-4827]] and VIN [[ID_NUMBER:KMHD841C5MU172836]]; policy AUT-7720194.",
    "Log entry: user=[[USERNAME:mkhan_ops]] src=[[IP_ADDRESS:10.44.7.201]] action=sudo reason='rotate keys' "
    "ts=1700000000",
    "[[PERSON:Zeynep Arslan]], [[NRP:Turkish]], T.C. Kimlik No [[ID_NUMBER:10000000146]], resides at "
    "[[ADDRESS:Bağdat Caddesi No: 212 D: 7]], [[LOCATION:Kadıköy]], [[LOCATION:İstanbul]].",
    "Please ship the replacement SIM to [[PERSON:Kofi Boateng]], [[ADDRESS:PO Box 1184]], [[LOCATION:Kumasi]], "
    "[[LOCATION:Ghana]], and port the number [[PHONE_NUMBER:+233 20 771 5462]].",
    "[[TITLE:Sen.]] [[PERSON:Margaret O'Rourke-Delaney]] met with constituents; her scheduler "
    "[[PERSON:Bryce Tolliver]] can be reached at [[PHONE_NUMBER:202-555-0131]].",
    "Username [[USERNAME:lunaticpixel]] (real name [[PERSON:Astrid Halvorsen]], age [[AGE:19]]) uploaded from "
    "[[IP_ADDRESS:84.212.33.9]] in [[LOCATION:Bergen]], [[LOCATION:Norway]].",
    "Billing address: [[ADDRESS:8 Rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]]; card "
    "[[CREDIT_CARD:4024 0071 8823 9171]], cardholder [[PERSON:Élodie Schaeffer]].",
    "The applicant [[PERSON:Saif bin Rashid Al-Harthy]] supplied Emirates ID [[ID_NUMBER:784-1987-4421950-3]], IBAN "
    "[[IBAN_CODE:AE07 0331 2345 6789 0123 456]] and mobile [[PHONE_NUMBER:+971 50 318 2276]].",
    "[[PERSON:Inês Carvalho]], NIF [[ID_NUMBER:239 441 800]], morada [[ADDRESS:Rua Augusta 142, 2.º Esq.]], "
    "[[ZIP_CODE:1100-053]] [[LOCATION:Lisboa]], IBAN [[IBAN_CODE:PT50 0002 0123 1234 5678 9015 4]].",
    "We have updated the profile of [[PERSON:Dmitri Alexandrovich Sokolov]]: new email "
    "[[EMAIL_ADDRESS:d.sokolov@yandex.ru]], new phone [[PHONE_NUMBER:+7 916 284-51-07]], passport "
    "[[ID_NUMBER:45 07 318842]].",
    "Gift card order for [[PERSON:Bethany]] placed by [[USERNAME:bethsmom1962]], delivered to "
    "[[ADDRESS:5512 N Sheridan Rd, Apt 14F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60640]]; tracking "
    "9400 1118 9922 3571 0045 21.",
    "Amex [[CREDIT_CARD:3714 496353 98431]] belonging to [[PERSON:Walter P. Greenleaf III]] was used in "
    "[[LOCATION:Scottsdale]] on [[DATE_TIME:Feb 12, 2024]] for $4,120.58.",
    "The student [[PERSON:Aarav Kulkarni]] (roll no. [[ID_NUMBER:21BCE1047]]), [[AGE:20]], from [[LOCATION:Pune]], "
    "lists his guardian's mobile as [[PHONE_NUMBER:+91 94220 58716]].",
    "[[PERSON:Leilani Kahananui]] set her delivery instructions: 'Leave at side gate, "
    "[[ADDRESS:94-1021 Waipahu St]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]]'.",
    "IBAN [[IBAN_CODE:GB29NWBK60161331926819]], sort code 60-16-13, account name [[PERSON:Hamish Drummond]]; "
    "reference ROOF-REPAIR-22.",
    "[[TITLE:Mx.]] [[PERSON:River Okoye]], pronouns they/them, email [[EMAIL_ADDRESS:river.okoye@protonmail.com]], "
    "LinkedIn [[URL:linkedin.com/in/riverokoye]].",
    "Flight booking for [[PERSON:Pham Quoc Bao]], passport [[ID_NUMBER:C4418297]], DOB [[DATE_TIME:09-JUL-1990]], "
    "seat 23A, flight VN 54 departing [[LOCATION:Hanoi]].",
    "[[LOCATION:New York]] driver license [[US_DRIVER_LICENSE:493 882 017]] issued to [[PERSON:Thaddeus Kim]], "
    "[[ADDRESS:31-15 Broadway, Apt 2R]], [[LOCATION:Astoria]], [[LOCATION:NY]] [[ZIP_CODE:11106]].",
    "The payout of 0.75 ETH to [[ID_NUMBER:0x8fB21c4A9d3E6017c5b2aF9E40D7c3186b5E2a9D]] for user "
    "[[USERNAME:vitalik_wannabe]] failed; contact [[EMAIL_ADDRESS:payouts.vw@gmail.com]].",
    "[[PERSON:Camila Rocha Albuquerque]], CPF [[ID_NUMBER:529.982.247-25]], nascida em [[DATE_TIME:03/05/1992]], "
    "reside na [[ADDRESS:Rua Oscar Freire, 1290, apto 82]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP "
    "[[ZIP_CODE:01426-001]].",
    "Server audit: SSH key for [[USERNAME:deploy_tanaka]] added from [[IP_ADDRESS:133.242.19.87]]; owner "
    "[[PERSON:Kenji Tanaka]], phone [[PHONE_NUMBER:+81 90-3318-2046]].",
    "[[PERSON:Aaliyah Monroe]], [[AGE:27]], height 5'6\", eye color brown, listed "
    "[[ADDRESS:1600 Peachtree St NE, Unit 1208]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]] as her "
    "residence.",
    "Please wire CHF 12,000 to [[PERSON:Urs Brunner]], IBAN [[IBAN_CODE:CH93 0076 2011 6238 5295 7]], BIC "
    "UBSWCHZH80A, and note AHV number [[ID_NUMBER:756.1234.5678.97]] in the reference.",
    "[[PERSON:Fatemeh Karimi]], [[NRP:Iranian]], date of birth [[DATE_TIME:1370/06/15]] (Solar Hijri), national code "
    "[[ID_NUMBER:0084575948]], mobile [[PHONE_NUMBER:0912 418 7730]].",
    "The matter was assigned to [[TITLE:Hon. Justice]] [[PERSON:Adaeze Obi]]; the applicant "
    "[[PERSON:Chukwuemeka Nnamdi]], NIN [[ID_NUMBER:48291037755]], resides at [[ADDRESS:17 Adeola Odeku Street]], "
    "[[LOCATION:Victoria Island]], [[LOCATION:Lagos]].",
    "Username: [[USERNAME:hjonsdottir]] | Name: [[PERSON:Hildur Jónsdóttir]] | Kennitala: [[ID_NUMBER:120389-2389]] | "
    "Phone: [[PHONE_NUMBER:+354 694 2281]] | City: [[LOCATION:Reykjavík]]",
    "[[PERSON:Rosa María de la Cruz Villanueva]], a [[NRP:Catholic]] schoolteacher from [[LOCATION:Cebu City]], "
    "requested that her SSS number [[ID_NUMBER:34-1827364-5]] be corrected.",
    "Card [[CREDIT_CARD:3530 1113 3330 0000]] registered to [[PERSON:Yamada Hanako]] was declined at 14:03 JST; "
    "billing postcode [[ZIP_CODE:150-0002]].",
    "[[PERSON:Connor MacLeod]]'s CHI number is [[ID_NUMBER:1203856431]] and his GP practice is in "
    "[[LOCATION:Inverness]]; next of kin [[PERSON:Morag MacLeod]], [[PHONE_NUMBER:01463 715 204]].",
    "Mortgage applicant [[PERSON:Thomas Jefferson Pike]] (SSN [[US_SSN:372581094]]), co-applicant "
    "[[PERSON:Lacey Pike]] (SSN [[US_SSN:219-40-7736]]), property [[ADDRESS:402 Magnolia Bend]], "
    "[[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31405]].",
    "Geolocation for session 7f3c: [[IP_ADDRESS:185.220.101.42]] resolves near [[LOCATION:Frankfurt am Main]]; the "
    "account belongs to [[PERSON:Jana Hofmann]] ([[EMAIL_ADDRESS:jana.hofmann@gmx.de]]).",
    "Dear [[PERSON:Adebayo]] family, the school fees of ₦245,000 for [[PERSON:Tolu]] and [[PERSON:Seyi]] can be "
    "paid into account [[ID_NUMBER:2034417856]] (Zenith Bank) before the first day of term.",
    "[[PERSON:Anders Bjørn Kristensen]], CPR-nr. [[ID_NUMBER:120685-1235]], IBAN [[IBAN_CODE:DK50 0040 0440 1162 43]], "
    "adresse [[ADDRESS:Nørrebrogade 52, 3. th.]], [[ZIP_CODE:2200]] [[LOCATION:København N]].",
    "The [[LOCATION:Florida]] license [[US_DRIVER_LICENSE:W426-553-71-844-0]] belongs to [[PERSON:Wanda Wilcox]], born "
    "[[DATE_TIME:12/08/1971]], of [[ADDRESS:2210 Bayshore Dr]], [[LOCATION:Tampa]], [[LOCATION:FL]] "
    "[[ZIP_CODE:33606]].",
    "Order 55-1029 for [[USERNAME:gr33nthumb_li]] ([[PERSON:Li Xiaoming]]) ships to "
    "[[ADDRESS:Room 1503, Building 7, 88 Zhongshan Road]], [[LOCATION:Xuhui District]], [[LOCATION:Shanghai]] "
    "[[ZIP_CODE:200030]], tel [[PHONE_NUMBER:+86 138 1672 4459]].",
    "[[PERSON:Kavya Reddy]]'s PAN [[ID_NUMBER:BQRPR4417K]] and Aadhaar [[ID_NUMBER:4821 7730 1940]] were verified "
    "on [[DATE_TIME:2024-01-22]] by KYC officer [[PERSON:Suresh Babu]].",
    "[[TITLE:Mr]] [[PERSON:Brian Kelleher]] (b. [[DATE_TIME:14.03.1962]]) transferred €18,500 from "
    "[[IBAN_CODE:IE29 AIBK 9311 5212 3456 78]] to his daughter [[PERSON:Niamh]] at "
    "[[IBAN_CODE:NL91ABNA0417164300]].",
    "Employee badge [[ID_NUMBER:B-00731]] was used at 22:41 by [[PERSON:Teodora Ivanova]] to enter Lab 3; her "
    "manager [[PERSON:Rajesh Pillai]] was notified at [[EMAIL_ADDRESS:r.pillai@northfield-labs.com]].",
    "[[PERSON:Somchai Wongsuwan]], national ID [[ID_NUMBER:1-1037-02291-44-7]], phone [[PHONE_NUMBER:081 446 2917]], "
    "address [[ADDRESS:99/12 Soi Sukhumvit 31]], [[LOCATION:Khlong Toei Nuea]], [[LOCATION:Watthana]], "
    "[[LOCATION:Bangkok]] [[ZIP_CODE:10110]].",
    "Visitor log: [[PERSON:Chayton Redcloud]], [[AGE:62]], from [[LOCATION:Rapid City]], [[LOCATION:SD]], plate "
    "[[ID_NUMBER:2B 4471]], arrived 08:55.",
    "Payment of $89.99 via PayPal from [[EMAIL_ADDRESS:gwen.mabry77@aol.com]] (billing "
    "[[PERSON:Gwendolyn Mabry]], [[ADDRESS:PO Box 2207]], [[LOCATION:Juneau]], [[LOCATION:AK]] [[ZIP_CODE:99803]]).",
    "[[PERSON:Hassan Raza]], CNIC [[ID_NUMBER:35202-4417829-3]], resident of [[ADDRESS:House 27, Street 9, F-7/2]], "
    "[[LOCATION:Islamabad]], mobile [[PHONE_NUMBER:0321 5589140]].",
    "Security notice: new login to [[USERNAME:e.vasquez]] from [[IP_ADDRESS:2607:f8b0:4005:80a::200e]] "
    "([[LOCATION:Mountain View]], [[LOCATION:United States]]); if this wasn't you, call 1-800-555-0199.",
    "[[PERSON:Mehmet Öztürk]] (username [[USERNAME:m_ozturk34]]) changed his recovery email from "
    "[[EMAIL_ADDRESS:mehmet.ozturk@hotmail.com]] to [[EMAIL_ADDRESS:m.ozturk1985@gmail.com]] on "
    "[[DATE_TIME:2023-09-30T18:42:11Z]].",
    "[[PERSON:Giulia Bianchi Ferraro]], codice fiscale [[ID_NUMBER:BNCGLI88S52F205E]], IBAN "
    "[[IBAN_CODE:IT60 X054 2811 1010 0000 0123 456]], residente in [[ADDRESS:Via Solferino 11]], "
    "[[ZIP_CODE:20121]] [[LOCATION:Milano]] ([[LOCATION:MI]]).",
    "[[PERSON:Dolores Fuentes]] ('[[PERSON:Lola]]'), member no. [[ID_NUMBER:GYM-448201]], [[AGE:67]], paid the annual "
    "fee of $540 by Visa [[CREDIT_CARD:4929 8812 0476 5534]].",
    "The IPv4 [[IP_ADDRESS:78.46.211.130]] and MAC [[ID_NUMBER:00:1B:44:11:3A:B7]] were recorded when "
    "[[PERSON:Piet van der Berg]] ([[USERNAME:pvdberg]]) registered the smart meter at "
    "[[ADDRESS:Keizersgracht 318-II]], [[ZIP_CODE:1016 EZ]] [[LOCATION:Amsterdam]]; BSN [[ID_NUMBER:111222333]].",
    "[[TITLE:Capt.]] [[PERSON:Lars-Erik Nyström]], [[AGE:51]], crew ID [[ID_NUMBER:SK-PLT-0419]], a "
    "[[NRP:Swedish]] national holding passport [[ID_NUMBER:91427736]], flies the 06:10 out of "
    "[[LOCATION:Arlanda]] on [[DATE_TIME:1 June 2024]].",
    "[[PERSON:Beatriz Ochoa]] y [[PERSON:Iker Etxeberria]] firmaron el contrato el [[DATE_TIME:3 de marzo de 2022]]; "
    "cuenta [[IBAN_CODE:ES91 2100 0418 4502 0005 1332]].",
    "Insurance member ID [[ID_NUMBER:XWB884120377]] for [[PERSON:Dorothy Mae Jenkins]], group 0049-118, PCP "
    "[[TITLE:Dr.]] [[PERSON:Isaac Levinson]], phone [[PHONE_NUMBER:(919) 555-0144]].",
    "[[PERSON:Ananya Bhattacharya]] ([[EMAIL_ADDRESS:ananya.b@iitb.ac.in]]), a [[AGE:23]]-year-old [[NRP:Hindu]] "
    "graduate student, lives at [[ADDRESS:Flat 302, Sai Krupa Apartments, 14th Cross]], [[LOCATION:Malleswaram]], "
    "[[LOCATION:Bengaluru]] [[ZIP_CODE:560003]].",
    "Pay-out to [[PERSON:Rafael Domínguez]] via Visa [[CREDIT_CARD:4556 0107 4423 8717]]; IP at checkout "
    "[[IP_ADDRESS:189.203.44.17]], username [[USERNAME:rafa.dmz]], phone [[PHONE_NUMBER:+52 55 4418 2093]].",
    "[[PERSON:Kim Min-seo]], resident registration number [[ID_NUMBER:900214-2184417]], address "
    "[[ADDRESS:Teheran-ro 152, 12F]], [[LOCATION:Gangnam-gu]], [[LOCATION:Seoul]] [[ZIP_CODE:06236]], mobile "
    "[[PHONE_NUMBER:010-4417-2290]].",
    "The UK driving licence [[ID_NUMBER:MORGA756115SM9IJ]] of [[PERSON:Sarah Morgan]], DOB [[DATE_TIME:11/06/1975]], "
    "was checked against [[ADDRESS:27 Clarendon Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 9NZ]].",
]

# -- c. doc: longer documents ----------------------------------------------------------

DOCS = [
    # clinical note
    "[[PERSON:Hope Adeyinka]]\nDOB: [[DATE_TIME:07/02/1990]]    MRN: [[ID_NUMBER:448-21-907]]\n"
    "Date of visit: [[DATE_TIME:03/18/2024]]\n\n"
    "S: [[TITLE:Ms]] [[PERSON:Adeyinka]] reports 3 days of productive cough and fever to 38.9. No sick contacts except "
    "her son [[PERSON:Femi]] ([[AGE:6]]), who had a cold last week. Non-smoker. Works nights at a care home.\n"
    "O: BP 128/82, HR 96, SpO2 95% RA. Crackles R base.\n"
    "A: Community-acquired pneumonia, CURB-65 score 0.\n"
    "P: Amoxicillin 1 g TDS x 5 days. Safety-net advice given. Review in clinic on [[DATE_TIME:03/25/2024]] or sooner "
    "if worse. Patient prefers contact by text to [[PHONE_NUMBER:(267) 555-0148]].\n\n"
    "— [[PERSON:J. R. Martins]], PA-C",
    # police report
    "INCIDENT REPORT   Ref 24-018832\n"
    "Reporting officer: [[TITLE:PC]] [[PERSON:Siobhan Kearney]] (collar [[ID_NUMBER:4471]])\n"
    "Date of incident: [[DATE_TIME:17 February 2024]], approx. 23:40\n"
    "Location: outside [[ADDRESS:58 Stonegate]], [[LOCATION:York]] [[ZIP_CODE:YO1 8AS]]\n\n"
    "On arrival I spoke to the victim, [[PERSON:Marek Nowicki]] (DOB [[DATE_TIME:02/09/1987]]), a [[NRP:Polish]] "
    "national living at [[ADDRESS:Flat 3, 12 Lowther Street]], [[LOCATION:York]]. [[TITLE:Mr]] [[PERSON:Nowicki]] "
    "stated that two males approached him and demanded his phone. One male, described as white, about [[AGE:20]], "
    "5ft 10, wearing a grey North Face jacket, struck him once. The second male called the first "
    "'[[PERSON:Robbo]]'. Witness [[PERSON:Grace Oyelowo]] ([[PHONE_NUMBER:07700 900218]]) saw the pair run towards "
    "the [[LOCATION:Shambles]]. [[PERSON:Nowicki]] said he did not know either male. CCTV requested from the council.",
    # court judgment
    "IN THE HIGH COURT OF JUSTICE\nKING'S BENCH DIVISION\nClaim No. KB-2023-001487\n\n"
    "BETWEEN:\n[[PERSON:AMINA YUSUF AL-SAYED]]\nClaimant\n- and -\n[[PERSON:DESMOND KING]]\nDefendant\n\n"
    "JUDGMENT\n\n"
    "1. The Claimant, [[TITLE:Mrs]] [[PERSON:Al-Sayed]], brings a claim in nuisance against her neighbour, "
    "[[TITLE:Mr]] [[PERSON:King]], arising from building works at [[ADDRESS:14 Hartington Road]], "
    "[[LOCATION:Chiswick]], [[LOCATION:London]] [[ZIP_CODE:W4 3UA]] between [[DATE_TIME:April 2021]] and "
    "[[DATE_TIME:January 2022]].\n"
    "2. I heard evidence from the Claimant, from her husband [[PERSON:Tariq]], from the Defendant, and from the "
    "Defendant's contractor, [[PERSON:Mark Young]], whose evidence I found candid. [[TITLE:Mr]] [[PERSON:Young]] "
    "accepted that the skip was left on the shared drive for eleven weeks.\n"
    "3. For the reasons below the claim succeeds in part. Damages are assessed at £7,500, with costs to follow.\n\n"
    "[[TITLE:HHJ]] [[PERSON:Rowena Fitzpatrick]]\n[[DATE_TIME:9 November 2023]]",
    # insurance claim
    "HOME CONTENTS CLAIM FORM\nClaim no: HC-55218-B    Policy: HOM/8841022\n"
    "Policyholder: [[PERSON:Wade Fairbanks]]\nDate of birth: [[DATE_TIME:1968-05-30]]\n"
    "Address: [[ADDRESS:219 Ridgecrest Drive]], [[LOCATION:Bozeman]], [[LOCATION:MT]] [[ZIP_CODE:59715]]\n"
    "Daytime phone: [[PHONE_NUMBER:406-555-0127]]\nEmail: [[EMAIL_ADDRESS:wfairbanks@montana.net]]\n\n"
    "Description of loss: On [[DATE_TIME:12/23/2023]] a pipe burst in the upstairs bathroom while we were away "
    "visiting our daughter [[PERSON:Summer]] in [[LOCATION:Spokane]]. Water came through the kitchen ceiling. Items "
    "damaged: sofa ($1,850), rug ($420), Samsung TV model QN65Q80C ($1,099). Our neighbor [[PERSON:Bill Kowalski]] "
    "turned the water off at the main.\n"
    "Payment: direct deposit, routing 092900383, account [[ID_NUMBER:4471902286]].\n"
    "Signed: [[PERSON:W. Fairbanks]]",
    # HR file note
    "CONFIDENTIAL — PERSONNEL FILE NOTE\n"
    "Employee: [[PERSON:Nguyen Van Long]]    Known as: [[PERSON:Long]]\nEmployee no.: [[ID_NUMBER:E-104772]]\n"
    "Department: Logistics, Site 3\nManager: [[PERSON:Frank Delacroix]]\nStart date: [[DATE_TIME:1 September 2019]]\n\n"
    "[[DATE_TIME:14/03/2024]] — Return-to-work interview after 6 days' absence (back pain). [[PERSON:Long]] confirmed "
    "he is fit to resume normal duties, with no lifting over 20 kg for 2 weeks. Occupational health referral made. "
    "[[PERSON:Frank]] noted that [[PERSON:Long]]'s attendance is otherwise excellent (98.4% over 12 months).\n"
    "Next review: [[DATE_TIME:28/03/2024]].\n"
    "Emergency contact: wife, [[PERSON:Tran Thi Hoa]], [[PHONE_NUMBER:07412 558903]].",
    # tenancy agreement
    "ASSURED SHORTHOLD TENANCY AGREEMENT\n\n"
    "This agreement is made on [[DATE_TIME:25 July 2023]] between:\n"
    "Landlord: [[PERSON:Kwabena Owusu-Ansah]] of [[ADDRESS:41 Victoria Park Road]], [[LOCATION:Leicester]] "
    "[[ZIP_CODE:LE2 1XB]]\n"
    "Tenants: [[PERSON:Ciara O'Neill]] and [[PERSON:Pádraig O'Neill]]\n"
    "Property: [[ADDRESS:Flat 6, Hazelwood Court, 9 Welford Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 7AD]]\n"
    "Term: 12 months from [[DATE_TIME:1 August 2023]]\n"
    "Rent: £895 per calendar month, payable on the 1st of each month to account [[ID_NUMBER:30415528]] "
    "(sort code 30-94-57).\nDeposit: £1,032, protected with the DPS, certificate 77210-4.\n\n"
    "4.2 The Tenant shall not keep any pet at the Property without the Landlord's written consent, which shall not "
    "be unreasonably withheld.\n\n"
    "Signed by the Landlord: [[PERSON:K. Owusu-Ansah]]\nSigned by the Tenants: [[PERSON:C. O'Neill]], "
    "[[PERSON:P. O'Neill]]",
    # school report
    "Westbrook Primary School — End of Year Report 2023/24\n"
    "Pupil: [[PERSON:Yusuf Demir]]    Class: 4M    Teacher: [[TITLE:Mrs]] [[PERSON:Joy Marsh]]\n\n"
    "[[PERSON:Yusuf]] has had a fantastic year. His reading age is now 10 years 2 months and he has read 31 books for "
    "the reading challenge. In maths he is confident with times tables up to 12 and has begun long multiplication, "
    "though he sometimes needs reminding to show his working. He was a kind and patient buddy to [[PERSON:Mila]], "
    "who joined the class in the spring term.\n"
    "Attendance: 96.1% (7 sessions missed).\n\n"
    "Headteacher's comment: A lovely report, [[PERSON:Yusuf]] — well done!\n[[TITLE:Mr]] [[PERSON:A. Grant]], "
    "Headteacher",
    # CV
    "[[PERSON:SUNNY PARK]]\n[[LOCATION:Vancouver]], [[LOCATION:BC]] · [[PHONE_NUMBER:+1 604 555 0186]] · "
    "[[EMAIL_ADDRESS:sunny.park.dev@gmail.com]] · [[URL:github.com/sunnypark]]\n\n"
    "PROFILE\nBackend engineer with 7 years' experience building payment systems in Go and Python. Comfortable "
    "owning services end to end, from design to on-call.\n\n"
    "EXPERIENCE\nSenior Software Engineer, Maplewave Payments — [[LOCATION:Vancouver]] (2021–present)\n"
    "• Cut settlement latency by 43% by moving batch jobs to a streaming pipeline.\n• Led a team of 4; mentored 2 "
    "interns.\nSoftware Engineer, Kestrel Logistics — [[LOCATION:Seoul]] (2017–2021)\n"
    "• Built the route-pricing API serving 1.2M requests/day.\n\n"
    "EDUCATION\nB.Sc. Computer Science, Yonsei University, 2017\n\n"
    "REFERENCES\n[[PERSON:Dana Whitfield]], Engineering Manager — [[EMAIL_ADDRESS:dana.whitfield@maplewave.io]]",
    # call transcript
    "Agent: Thank you for calling Northstar Energy, my name is [[PERSON:Kelechi]], how can I help?\n"
    "Caller: Hi, yeah, I'm calling about my bill, it's way higher than normal.\n"
    "Agent: I'm sorry to hear that. Can I take your full name, please?\n"
    "Caller: It's [[PERSON:Marguerite Lebeau]]. [[PERSON:L-E-B-E-A-U]].\n"
    "Agent: Thank you, [[TITLE:Ms]] [[PERSON:Lebeau]]. And the first line of the address and postcode?\n"
    "Caller: [[ADDRESS:22 Brookfield Avenue]], [[ZIP_CODE:BS7 8QR]].\n"
    "Agent: And for security, your date of birth?\n"
    "Caller: [[DATE_TIME:Fourth of October, nineteen seventy-three]].\n"
    "Agent: Lovely, thank you. I can see the bill for £312.40 — that's based on an estimated reading. Do you have a "
    "current meter reading?\nCaller: Yeah, it's 0-4-8-8-1.\n"
    "Agent: Perfect, that's much lower than the estimate, so I'll rebill it now. Is [[PHONE_NUMBER:0117 496 0773]] "
    "still the best number for you?\n"
    "Caller: No, use my mobile, [[PHONE_NUMBER:oh-seven-nine-one-one, two-four-six, eight-eight-zero]].\n"
    "Agent: Got it. Anything else today?\nCaller: No, that's all, thanks [[PERSON:Kelechi]].",
    # email thread
    "From: [[PERSON:Tomasz Grabowski]] <[[EMAIL_ADDRESS:t.grabowski@kraftline.pl]]>\n"
    "To: [[PERSON:Rachel Stone]] <[[EMAIL_ADDRESS:rachel.stone@brightwater.co.uk]]>\n"
    "Subject: RE: pallet delivery next week\n\n"
    "Hi [[PERSON:Rachel]],\n\nConfirmed — 14 pallets, collection from our [[LOCATION:Poznań]] warehouse on Tuesday "
    "morning. Driver will be [[PERSON:Andrzej]], mobile [[PHONE_NUMBER:+48 512 388 140]], truck reg "
    "[[ID_NUMBER:PO 7H218]].\n\n"
    "Pozdrawiam / Regards,\n[[PERSON:Tomasz Grabowski]]\nExport Coordinator | Kraftline Sp. z o.o.\n"
    "[[PHONE_NUMBER:+48 61 852 44 07]]\n\n"
    "-----Original Message-----\nFrom: [[PERSON:Rachel Stone]]\n"
    "> Hi [[PERSON:Tomasz]],\n> Can you confirm the 14 pallets for next week? Our goods-in is at "
    "[[ADDRESS:Unit 9, Kingsway Business Park]], [[LOCATION:Rochdale]] [[ZIP_CODE:OL16 4NW]]. Ask for "
    "[[PERSON:Hunter]] on arrival.\n> Thanks,\n> [[PERSON:Rachel]]",
    # discharge summary
    "DISCHARGE SUMMARY\n"
    "Patient: [[PERSON:SATO Keiko]]    Sex: F    Age: [[AGE:82]]\nHospital no.: [[ID_NUMBER:K0093318]]\n"
    "Admitted: [[DATE_TIME:2024-01-05]]    Discharged: [[DATE_TIME:2024-01-19]]\n"
    "Consultant: [[TITLE:Dr]] [[PERSON:H. Oyama]]\n\n"
    "[[TITLE:Mrs]] [[PERSON:Sato]] was admitted after a fall at home with a left neck of femur fracture, treated "
    "with hemiarthroplasty on [[DATE_TIME:6 January]]. Post-operative delirium resolved by day 5. Mobilising with a "
    "frame and one assist.\n"
    "Medications on discharge: paracetamol 1 g QDS, enoxaparin 40 mg OD for 28 days, alendronic acid 70 mg weekly.\n"
    "Follow-up: fracture clinic in 6 weeks. District nurses to visit [[ADDRESS:3 Mulberry Close]], "
    "[[LOCATION:Reading]] [[ZIP_CODE:RG4 7PT]]. Daughter [[PERSON:Naomi Sato-Hughes]] is the main carer "
    "([[PHONE_NUMBER:07884 310 562]]).",
    # referral letter
    "[[TITLE:Dr]] [[PERSON:Meenakshi Sundaram]]\nThe Limes Surgery\n\n[[DATE_TIME:2 May 2024]]\n\n"
    "Dear Colleague,\n\n"
    "Re: [[TITLE:Mr]] [[PERSON:Rajinder Singh Gill]], DOB [[DATE_TIME:19/10/1958]], NHS no. "
    "[[ID_NUMBER:485 777 3457]]\n[[ADDRESS:66 Cranford Lane]], [[LOCATION:Hounslow]] [[ZIP_CODE:TW5 9ER]]\n\n"
    "Thank you for seeing this [[AGE:65]]-year-old gentleman with a 4-month history of exertional chest tightness. "
    "He is a practising [[NRP:Sikh]] and keeps a turban and kara, which he would prefer not to remove unless "
    "essential. ECG shows T-wave inversion in V4–V6. He is on atorvastatin 40 mg and ramipril 5 mg.\n"
    "His son [[PERSON:Harjeet]] usually attends appointments with him and can be reached on "
    "[[PHONE_NUMBER:07957 224 610]].\n\n"
    "Yours sincerely,\n[[PERSON:Meenakshi Sundaram]]",
    # visa support letter
    "To the Entry Clearance Officer,\n\n"
    "I am writing in support of the visit visa application of my sister, [[PERSON:Selamawit Tesfaye Gebremariam]], "
    "born [[DATE_TIME:12 September 1993]] in [[LOCATION:Addis Ababa]], holder of [[NRP:Ethiopian]] passport "
    "[[ID_NUMBER:EP4418072]]. She plans to stay with my family at [[ADDRESS:27 Chaucer Road]], "
    "[[LOCATION:Bedford]] [[ZIP_CODE:MK40 2AL]] from [[DATE_TIME:3 July 2024]] to [[DATE_TIME:24 July 2024]] to attend "
    "the christening of my daughter [[PERSON:Liya]].\n\n"
    "I am a [[NRP:British]] citizen and work as a pharmacist. I will cover all her costs during the visit; bank statements "
    "for account [[ID_NUMBER:71045932]] are enclosed.\n\n"
    "Yours faithfully,\n[[PERSON:Meron Tesfaye-Clarke]]\n[[PHONE_NUMBER:07723 480 915]]",
    # witness statement
    "WITNESS STATEMENT\n"
    "Statement of: [[PERSON:Callum Fraser]]\nAge if under 18: over 18    Occupation: joiner\n\n"
    "I live at [[ADDRESS:2F1, 17 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HL]] with my partner "
    "[[PERSON:Ailsa]]. On the evening of Saturday [[DATE_TIME:9th March 2024]] at about 10 pm I heard shouting from "
    "the flat below, which belongs to [[TITLE:Mrs]] [[PERSON:Irene Baird]]. I went downstairs and saw a man I know as "
    "'[[PERSON:Deek]]' leaving with a black holdall. He is about [[AGE:40]], heavy build, shaved head. I have seen "
    "him before with [[PERSON:Irene]]'s grandson [[PERSON:Ryan]]. I phoned 999 from my mobile, "
    "[[PHONE_NUMBER:07831 662 047]].\n\n"
    "Signed: [[PERSON:C. Fraser]]",
    # employment tribunal
    "EMPLOYMENT TRIBUNALS\n\nClaimant: [[TITLE:Mr]] [[PERSON:Bilal Chaudhry]]\nRespondent: Harrow Freight Ltd\n"
    "Heard at: [[LOCATION:Watford]]    On: [[DATE_TIME:11-13 December 2023]]\n"
    "Before: [[TITLE:Employment Judge]] [[PERSON:Okonkwo]]\n\n"
    "JUDGMENT\n1. The claim of unfair dismissal is well founded.\n2. The claim of direct discrimination because of "
    "religion fails and is dismissed.\n\n"
    "REASONS\n3. The claimant, who is [[NRP:Muslim]], was employed as a transport planner from "
    "[[DATE_TIME:4 June 2018]] until his dismissal on [[DATE_TIME:21 February 2023]]. His line manager, "
    "[[TITLE:Ms]] [[PERSON:Chase]], gave evidence that he was dismissed for repeated lateness. I did not accept "
    "that evidence: the rota showed that [[TITLE:Mr]] [[PERSON:Chaudhry]] had been allowed to leave early on Fridays "
    "for prayers by [[TITLE:Ms]] [[PERSON:Chase]]'s predecessor, [[PERSON:Will Ashdown]], and every recorded "
    "'lateness' fell on a Friday.\n\n[[TITLE:Employment Judge]] [[PERSON:Okonkwo]]",
]

DOCS += [
    # motor claim, Brazil
    "AVISO DE SINISTRO — AUTO\nSinistro nº 2024/118.553\n\n"
    "Segurado: [[PERSON:João Pedro Santos]]\nCPF: [[ID_NUMBER:384.012.776-98]]\n"
    "Endereço: [[ADDRESS:Rua Bocaiúva, 2125, apto 402]], [[LOCATION:Centro]], [[LOCATION:Florianópolis]] - "
    "[[LOCATION:SC]], [[ZIP_CODE:88015-530]]\nCelular: [[PHONE_NUMBER:(48) 99132-7740]]\n"
    "Veículo: VW Polo 2020, placa [[ID_NUMBER:QJK-4E21]]\n\n"
    "Relato: No dia [[DATE_TIME:14/02/2024]], por volta das 18h, eu estava parado no semáforo da [[LOCATION:Avenida Beira-Mar]] "
    "quando o carro de trás, placa [[ID_NUMBER:MIY-7730]], conduzido por [[PERSON:Luana Ferraz]], bateu na minha "
    "traseira. Ela admitiu a culpa e me passou o telefone [[PHONE_NUMBER:(48) 98817-2264]]. Orçamento da oficina: "
    "R$ 3.870,00.\n\n[[PERSON:João P. Santos]]",
    # HR disciplinary letter
    "PRIVATE & CONFIDENTIAL\n\n[[PERSON:Maricel Dizon]]\n[[ADDRESS:Flat 11, Beaumont House, 4 Kingsland Road]]\n"
    "[[LOCATION:London]] [[ZIP_CODE:E2 8DA]]\n\n[[DATE_TIME:19 April 2024]]\n\n"
    "Dear [[PERSON:Maricel]],\n\nInvitation to a disciplinary hearing\n\n"
    "I am writing to ask you to attend a disciplinary hearing on [[DATE_TIME:26 April 2024]] at 2 pm in Meeting "
    "Room 3. The allegation is that on [[DATE_TIME:10 April]] you administered medication to a resident without a "
    "second checker, contrary to policy MED-04 v3.2.\n\n"
    "The hearing will be chaired by [[PERSON:Grant Whitlock]], Home Manager. You have the right to be accompanied by "
    "a colleague or trade union representative. Your colleague [[PERSON:Rowena]] has already said she is willing.\n\n"
    "Yours sincerely,\n\n[[PERSON:Priya Raman]]\nHR Business Partner\nEmployee ref: [[ID_NUMBER:CH-22810]]",
    # US residential lease
    "RESIDENTIAL LEASE AGREEMENT\n\n"
    "This Lease is entered into on [[DATE_TIME:May 28, 2024]] by and between [[PERSON:Chase Whitaker]] "
    "(\"Landlord\") and [[PERSON:June Okafor-Bell]] (\"Tenant\").\n\n"
    "1. PREMISES. Landlord leases to Tenant the premises at [[ADDRESS:1427 Vinton Street, Unit B]], "
    "[[LOCATION:Omaha]], [[LOCATION:Nebraska]] [[ZIP_CODE:68108]].\n"
    "2. TERM. The term begins on [[DATE_TIME:June 1, 2024]] and ends on [[DATE_TIME:May 31, 2025]].\n"
    "3. RENT. Tenant shall pay $1,275 per month, due on the first day of each month, by Zelle to "
    "[[EMAIL_ADDRESS:chasewhitaker.rentals@gmail.com]].\n"
    "4. OCCUPANTS. The premises shall be occupied only by Tenant and Tenant's son, [[PERSON:Ezra Bell]], age "
    "[[AGE:11]].\n"
    "5. NOTICES. Notices to Tenant shall be sent to the premises; notices to Landlord to "
    "[[ADDRESS:PO Box 31190]], [[LOCATION:Omaha]], [[LOCATION:NE]] [[ZIP_CODE:68131]].\n\n"
    "LANDLORD: [[PERSON:Chase Whitaker]]    TENANT: [[PERSON:June Okafor-Bell]]",
    # school incident report
    "St. Brigid's National School — Incident Report\n\n"
    "Pupil(s) involved: [[PERSON:Oisín Byrne]] (5th class), [[PERSON:Tadhg Ó Súilleabháin]] (5th class)\n"
    "Date: [[DATE_TIME:07/03/2024]]    Time: 12:35 (yard)\nReported by: [[TITLE:Ms]] [[PERSON:Nic Giolla Phádraig]]\n\n"
    "During lunch break [[PERSON:Tadhg]] pushed [[PERSON:Oisín]] into the wall near the basketball court. "
    "[[PERSON:Oisín]] has a small cut above his left eyebrow, cleaned and dressed. Both boys said it started over a "
    "football. [[PERSON:Oisín]]'s mother, [[PERSON:Deirdre Byrne]], was phoned at 12:50 on "
    "[[PHONE_NUMBER:086 402 7715]] and collected him at 1:30. [[PERSON:Tadhg]] spent the rest of lunch with the "
    "principal.",
    # CV (Persian)
    "[[PERSON:Dariush Farahani]], PhD\n"
    "[[ADDRESS:88 Rue de la Roquette]], [[ZIP_CODE:75011]] [[LOCATION:Paris]] | [[PHONE_NUMBER:+33 6 71 28 40 93]] | "
    "[[EMAIL_ADDRESS:dariush.farahani@sciencespo.fr]]\n"
    "ORCID [[URL:https://orcid.org/0000-0002-7741-3106]]\n\n"
    "Born [[DATE_TIME:21 March 1986]], [[LOCATION:Shiraz]], [[LOCATION:Iran]]. Nationality: [[NRP:Iranian]] and "
    "[[NRP:French]].\n\n"
    "Research interests: labour migration, remittances, informal credit in the Gulf.\n\n"
    "Positions\n2021– Assistant Professor, Sciences Po, [[LOCATION:Paris]]\n"
    "2018–2021 Postdoctoral Fellow, University of [[LOCATION:Oxford]]\n\n"
    "Languages: Persian (native), French, English, Arabic (reading).",
    # bank fraud call
    "Agent: Fraud team, you're speaking with [[PERSON:Tom]]. Is that [[TITLE:Mrs]] [[PERSON:Papadopoulou]]?\n"
    "Caller: Yes, [[PERSON:Eleni Papadopoulou]]. I got a text saying my card was used in [[LOCATION:Manila]]?\n"
    "Agent: That's right. Before I go on, can you confirm your date of birth and postcode?\n"
    "Caller: [[DATE_TIME:3rd of June 1979]], and it's [[ZIP_CODE:N13 4RA]].\n"
    "Agent: Thank you. We saw three attempts this morning on the card ending 6622, totalling £1,940. Was that you?\n"
    "Caller: No! I'm at home in [[LOCATION:Palmers Green]], I haven't been anywhere.\n"
    "Agent: OK, I've blocked the card and a new one will be sent to [[ADDRESS:71 Fox Lane]] in 3 to 5 working days. "
    "Is [[PHONE_NUMBER:07947 203 318]] the best number to reach you on?\n"
    "Caller: Yes. Or my husband [[PERSON:Nikos]], [[PHONE_NUMBER:07947 203 319]].\n"
    "Agent: Noted. Your case reference is FR-2290417.",
    # recruitment email thread
    "From: [[PERSON:Jeroen de Vries]] <[[EMAIL_ADDRESS:jeroen.devries@tulpworks.nl]]>\n"
    "To: [[PERSON:Akosua Frimpong]] <[[EMAIL_ADDRESS:akosua.frimpong@gmail.com]]>\n"
    "Subject: Offer — Data Analyst (ref. TW-2024-031)\n\n"
    "Dear [[PERSON:Akosua]],\n\n"
    "Following your interviews with [[PERSON:Marieke]] and me, we are delighted to offer you the role of Data "
    "Analyst at a gross salary of €54,000 per year plus 8% holiday allowance, starting [[DATE_TIME:1 September 2024]] "
    "at our office in [[LOCATION:Utrecht]]. We will sponsor your highly skilled migrant permit; to start that we need "
    "a copy of your passport and your [[LOCATION:Ghana]] address.\n\n"
    "Met vriendelijke groet,\n[[PERSON:Jeroen de Vries]]\nHead of Analytics\n\n"
    "On Mon, [[PERSON:Akosua Frimpong]] wrote:\n"
    "> Dear [[TITLE:Mr]] [[PERSON:de Vries]], thank you for the conversation today. My current address is "
    "[[ADDRESS:House No. 14, Nii Odai Ayiku Street]], [[LOCATION:East Legon]], [[LOCATION:Accra]], and my passport "
    "number is [[ID_NUMBER:G2841197]]. Best regards, [[PERSON:Akosua]]",
    # psychiatric intake
    "MENTAL HEALTH INTAKE ASSESSMENT\n"
    "Name: [[PERSON:Lee Seo-yeon]] (prefers [[PERSON:Sarah]])    DOB: [[DATE_TIME:1999.08.14]]    Age: "
    "[[AGE:24]]\nReferred by: university counselling service\n\n"
    "[[PERSON:Sarah]] is a second-year master's student who moved from [[LOCATION:Busan]] in 2022. She reports low "
    "mood for about 5 months, early waking (4–5 am), and reduced appetite (weight down ~4 kg). She denies current "
    "suicidal intent but had passive thoughts in February. PHQ-9 = 17. No alcohol; drinks 4–5 coffees a day. "
    "Her mother [[PERSON:Kang Mi-kyung]] does not know she is seeking help and she asks that we do not contact her. "
    "Emergency contact: roommate [[PERSON:Priscilla Haynes]], [[PHONE_NUMBER:(608) 555-0193]].\n"
    "Plan: start sertraline 50 mg, CBT referral, review in 2 weeks.\nClinician: [[PERSON:R. Novak]], LCSW",
    # pharmacy record
    "Pharmacy dispensing note\n"
    "Patient: [[PERSON:Ploy Chaiyaporn]] (Thai name [[PERSON:พลอย ชัยพร]])\nDOB [[DATE_TIME:15 Jan 2001]]    "
    "Tel [[PHONE_NUMBER:+66 89 214 7733]]\n\n"
    "Dispensed 30 tabs levothyroxine 50 mcg, Rx from [[TITLE:Dr]] [[PERSON:Anucha]]. Patient asked whether she can "
    "take it with her morning soy milk — advised to wait 4 hours. Lot no. L2309-117, exp 2026-03. Price 180 THB.",
    # sentencing remarks
    "SENTENCING REMARKS\n[[TITLE:HHJ]] [[PERSON:Bradley-Stone]]\n\nR v [[PERSON:Ivan Sergeyevich Kuznetsov]]\n\n"
    "[[PERSON:Ivan Kuznetsov]], you are [[AGE:37]] years old and you have pleaded guilty to two counts of fraud by "
    "false representation. Between [[DATE_TIME:March 2022]] and [[DATE_TIME:August 2022]] you persuaded eleven "
    "elderly people, among them [[TITLE:Mrs]] [[PERSON:Winifred Love]], then aged [[AGE:91]], to hand over their "
    "bank cards at the door of their homes in [[LOCATION:Bromley]] and [[LOCATION:Beckenham]]. [[TITLE:Mrs]] "
    "[[PERSON:Love]] lost £6,200. Her son, [[PERSON:Clive]], told me that she no longer answers the door.\n"
    "The sentence is 4 years and 6 months' imprisonment.",
    # workers' comp
    "EMPLOYER'S FIRST REPORT OF INJURY\n"
    "Employee: [[PERSON:Guadalupe Hernández Ríos]] (\"[[PERSON:Lupe]]\")\nSSN: [[US_SSN:611-24-0857]]\n"
    "DOB: [[DATE_TIME:11/02/1979]]\nHome address: [[ADDRESS:3318 W Roosevelt St]], [[LOCATION:Phoenix]], "
    "[[LOCATION:AZ]] [[ZIP_CODE:85009]]\nPhone: [[PHONE_NUMBER:602-555-0162]]\n"
    "Date of injury: [[DATE_TIME:04/29/2024]]    Time: 7:15 AM\n\n"
    "Description: Employee slipped on wet floor in packing area (Line 2) and fell on right wrist. First aid given "
    "by supervisor [[PERSON:Dale Hunter]]. Taken to urgent care by coworker [[PERSON:Marisol]]. X-ray showed a "
    "distal radius fracture. Employee speaks Spanish; interpreter requested for follow-up.\n"
    "Employer: Sonoran Fresh Packing LLC, FEIN 86-1047729",
    # reference letter
    "To whom it may concern,\n\n"
    "I have known [[PERSON:Ingrid Solberg]] since she joined our team at the [[LOCATION:Tromsø]] research station "
    "in 2019. [[PERSON:Ingrid]] is a meticulous field technician: over four winters she maintained the magnetometer "
    "array without a single lost dataset, and she trained three new colleagues, including [[PERSON:Eirik]] and "
    "[[PERSON:Aslak]], who now run the station between them.\n\n"
    "She is leaving us only because her partner has taken a post in [[LOCATION:Tasmania]]. I recommend her "
    "without reservation.\n\n"
    "[[PERSON:Bjørn-Are Haugland]]\nStation Leader\n[[PHONE_NUMBER:+47 776 44 512]] · "
    "[[EMAIL_ADDRESS:bjorn-are.haugland@uit.no]]",
    # care home incident
    "Oakfield Care Home — Incident Log\n"
    "Resident: [[TITLE:Mr]] [[PERSON:Khalid Al-Mansouri]], Room 14    Age [[AGE:88]]\n"
    "Date: [[DATE_TIME:22/01/2024]]\n\n"
    "At 03:10 night carer [[PERSON:Joy]] found [[TITLE:Mr]] [[PERSON:Al-Mansouri]] on the floor beside his bed. "
    "No visible injury; obs normal. He said he was getting up to pray (Fajr). He is a devout [[NRP:Muslim]] and "
    "we have agreed with his son [[PERSON:Faisal]] ([[PHONE_NUMBER:07506 118 442]]) to fit a sensor mat and to move "
    "his prayer mat closer to the bed. GP informed. Falls risk reviewed by [[PERSON:Sunny Ofori]], RN.",
    # admission letter
    "[[DATE_TIME:March 15, 2024]]\n\n"
    "[[PERSON:Zhang Wei]]\n[[ADDRESS:Room 602, Unit 3, Building 12, 45 Wenyi West Road]]\n"
    "[[LOCATION:Xihu District]], [[LOCATION:Hangzhou]], [[LOCATION:Zhejiang]] [[ZIP_CODE:310012]]\n"
    "[[LOCATION:China]]\n\n"
    "Dear [[PERSON:Wei]],\n\n"
    "Congratulations! On behalf of the Graduate Admissions Committee, I am pleased to offer you admission to the "
    "MS program in Civil Engineering for Fall 2024, with a teaching assistantship of $2,300 per month. Your student "
    "ID will be [[ID_NUMBER:U91047726]].\n\n"
    "Please confirm by [[DATE_TIME:April 15]] using the portal. If you have questions, write to "
    "gradadmit@cee.example.edu.\n\n"
    "Sincerely,\n[[TITLE:Prof.]] [[PERSON:Linda Hartmann-Cole]]\nDirector of Graduate Studies",
    # meeting minutes
    "Riverside Allotment Society — Committee Minutes\n\n"
    "Present: [[PERSON:Rich Adebowale]] (chair), [[PERSON:Love Mensah]], [[PERSON:Will Thorne]], "
    "[[PERSON:Pat Kearns]], [[PERSON:Hyacinth Brown]]\nApologies: [[PERSON:Rose]]\n\n"
    "1. Plot 17: [[PERSON:Will]] will write to the tenant about the overgrown hedge. If there is no reply by the "
    "next meeting, the plot will be re-let.\n"
    "2. Water bill: £412 for the year, up 9%. [[PERSON:Love]] proposed raising the annual fee from £35 to £38; "
    "agreed.\n"
    "3. Open day: [[PERSON:Hyacinth]] to bake; [[PERSON:Pat]] to do the raffle. We hope for better weather than last "
    "year.\n\n"
    "Next meeting: Thursday, Hut 2, 7 pm.",
    # social services case note
    "Case note — Family Support\n"
    "Family: [[PERSON:Ferreira]]    Worker: [[PERSON:Mark Odhiambo]]\n\n"
    "Home visit to [[ADDRESS:34 Ivy Terrace]], [[LOCATION:Great Yarmouth]] [[ZIP_CODE:NR30 2HJ]]. Present: "
    "[[PERSON:Tiago Ferreira]] (father), [[PERSON:Ana Paula]] (mother), children [[PERSON:Rafael]] ([[AGE:8]]) and "
    "[[PERSON:Bia]] ([[AGE:3]]). Dad is [[NRP:Portuguese]] and works nights at the fish processing plant; mum's "
    "English is limited, so the visit was done with a telephone interpreter.\n"
    "Kitchen now has a working fridge. [[PERSON:Rafael]]'s school attendance has improved to 91%. [[PERSON:Bia]] "
    "starts nursery after Easter. Next visit in 4 weeks.",
    # complaint letter
    "[[PERSON:Dawit Bekele]]\n[[ADDRESS:1120 Eastern Parkway, Apt 3D]]\n[[LOCATION:Brooklyn]], [[LOCATION:NY]] "
    "[[ZIP_CODE:11213]]\n\n"
    "To the Customer Relations Department,\n\n"
    "On [[DATE_TIME:January 6]] I flew from [[LOCATION:Addis Ababa]] to [[LOCATION:New York]] on flight ET 512. My "
    "checked bag (tag ET 482117) did not arrive. I filed a report at [[LOCATION:JFK]] (file JFKET18233) and was told it would be "
    "delivered within 48 hours. It is now three weeks later. The bag contains clothes and gifts worth about $900, "
    "and my late father's watch.\n\n"
    "Please contact me at [[PHONE_NUMBER:(718) 555-0133]] or [[EMAIL_ADDRESS:dawit.bekele@gmail.com]].\n\n"
    "[[PERSON:Dawit Bekele]]",
    # dental record
    "DENTAL CHART — continuation\n"
    "Pt: [[PERSON:Le Thi Thu]]    DOB [[DATE_TIME:02/12/1984]]    Chart # [[ID_NUMBER:D-33019]]\n\n"
    "[[DATE_TIME:5/6/24]]: c/o sensitivity UR. #3 MOD composite, 2 carpules lido w/ epi. Pt tolerated well. "
    "Rec'd night guard for bruxism; lab case 88-193.\n"
    "[[DATE_TIME:5/20/24]]: night guard delivered, adjusted. Pt's husband [[PERSON:Minh]] asked to book a cleaning "
    "for himself. NV: 6 mo recall.\n— [[PERSON:A. Chowdhury]], DDS",
]

DOCS += [
    # probate letter
    "Our ref: EW/WAL/0412\n\n[[PERSON:Declan Walsh]]\n[[ADDRESS:Ballinacurra House, Ballinacurra Road]]\n"
    "[[LOCATION:Limerick]] [[ZIP_CODE:V94 X2T6]]\n\n"
    "Dear [[PERSON:Declan]],\n\n"
    "Estate of the late [[PERSON:Bridget Mary Walsh]], deceased\n\n"
    "Thank you for calling in on Friday. As discussed, your mother died on [[DATE_TIME:8 December 2023]] aged "
    "[[AGE:93]], and her will dated [[DATE_TIME:14 June 2011]] appoints you and your sister [[PERSON:Nuala Ní Bhriain]] "
    "as executors. The Grant of Probate issued on [[DATE_TIME:2 April 2024]]. Her PPS number "
    "([[ID_NUMBER:6104418KA]]) should be quoted on the final return to Revenue.\n\n"
    "The Credit Union account ([[ID_NUMBER:88120447]]) has been closed and €14,306.12 received into our client "
    "account.\n\nYours sincerely,\n[[PERSON:Eamon Whelan]]\nSolicitor",
    # GP letter to DVLA
    "Medical Group, [[LOCATION:Aberdeen]]\n\nDVLA Drivers Medical Group\n\n"
    "Patient: [[PERSON:Hamish Robert Buchanan]]\nDOB: [[DATE_TIME:23.04.1961]]\nDriver number: "
    "[[ID_NUMBER:BUCHA604231HR9TX]]\nAddress: [[ADDRESS:12 Rosemount Place]], [[LOCATION:Aberdeen]] "
    "[[ZIP_CODE:AB25 2XB]]\n\n"
    "[[TITLE:Mr]] [[PERSON:Buchanan]] had a first unprovoked seizure on [[DATE_TIME:30 January 2024]] while at work. "
    "MRI and EEG were normal. He has been advised not to drive for 6 months from that date, and he has agreed. He "
    "holds a Group 1 licence only.\n\n[[TITLE:Dr]] [[PERSON:Isla McKenzie]]\nGMC [[ID_NUMBER:7041128]]",
    # 911 call
    "DISPATCH: 911, what's the address of your emergency?\n"
    "CALLER: [[ADDRESS:4410 Chestnut Ridge Road]], it's in [[LOCATION:Amherst]], my dad collapsed!\n"
    "DISPATCH: OK ma'am, is he breathing?\nCALLER: I... I think so, he's making a snoring sound.\n"
    "DISPATCH: How old is he?\nCALLER: He's [[AGE:seventy-four]]. He had a stroke two years ago.\n"
    "DISPATCH: What's his name?\nCALLER: [[PERSON:Raymond]]. [[PERSON:Raymond Kowalczyk]].\n"
    "DISPATCH: And your name and callback number?\nCALLER: [[PERSON:Denise]], [[PHONE_NUMBER:716-555-0183]].\n"
    "DISPATCH: [[PERSON:Denise]], help is on the way. Stay on the line with me. Is the front door unlocked?\n"
    "CALLER: I'll unlock it. Please hurry.",
    # onboarding form
    "NEW JOINER FORM\n"
    "Full name: [[PERSON:Venkata Lakshmi Narasimhan]]\nPreferred name: [[PERSON:Lakshmi]]\n"
    "Date of birth: [[DATE_TIME:06-11-1995]]\nGender: F\n"
    "PAN: [[ID_NUMBER:AKLPN3306R]]    Aadhaar: [[ID_NUMBER:7390 5512 8468]]\n"
    "UAN (PF): [[ID_NUMBER:100947731285]]\n"
    "Current address: [[ADDRESS:Flat 4B, Sri Balaji Residency, 3rd Main Road]], [[LOCATION:Kodambakkam]], "
    "[[LOCATION:Chennai]] [[ZIP_CODE:600024]]\n"
    "Mobile: [[PHONE_NUMBER:+91 98400 17256]]    Personal email: [[EMAIL_ADDRESS:lakshmi.n95@yahoo.in]]\n"
    "Bank: HDFC Bank, A/c [[ID_NUMBER:50100218843317]], IFSC HDFC0001234\n"
    "Emergency contact: [[PERSON:S. Narasimhan]] (father), [[PHONE_NUMBER:044 2483 6610]]\n"
    "Joining date: [[DATE_TIME:01-07-2024]]    Grade: L3    Cost centre: 4410",
    # routine inspection, Australia
    "ROUTINE INSPECTION REPORT\n"
    "Property: [[ADDRESS:2/18 Kookaburra Street]], [[LOCATION:Marrickville]] [[LOCATION:NSW]] [[ZIP_CODE:2204]]\n"
    "Tenant: [[PERSON:Matilda Brennan]]    Inspection date: [[DATE_TIME:18/03/2024]]\n"
    "Property manager: [[PERSON:Jayden Nguyen]]\n\n"
    "Overall the unit is clean and well kept. Minor mould on the bathroom ceiling (ventilation — tenant advised to "
    "run the fan). Smoke alarm tested OK. Tenant reports the oven's back left element is not working; work order "
    "WO-5521 raised. [[PERSON:Matilda]] has a cat, approved per the pet agreement. Next inspection in 6 months.\n\n"
    "Contact: [[PHONE_NUMBER:0402 118 935]]",
    # academic transcript
    "UNIVERSITY OF [[LOCATION:NIGERIA]], [[LOCATION:NSUKKA]] — STUDENT RECORD (extract)\n\n"
    "Name: [[PERSON:EZE, Chiamaka Adaobi]]\nReg. No.: [[ID_NUMBER:2019/245118]]\nDate of birth: "
    "[[DATE_TIME:23rd August 2001]]\nState of origin: [[LOCATION:Anambra]]\nFaculty: Pharmaceutical Sciences\n\n"
    "Session 2022/2023: CGPA 4.62 / 5.00\nPCL 401 Pharmacology III — A\nPCT 403 Pharmaceutics IV — A\n"
    "PCH 405 Medicinal Chemistry — B\n\n"
    "Remarks: Student on Dean's list. Next of kin: [[TITLE:Chief]] [[PERSON:Emmanuel Eze]], "
    "[[PHONE_NUMBER:+234 803 418 2291]].",
    # arrest report
    "ARREST REPORT    Case # 24-CR-03317\n"
    "Arrestee: [[PERSON:Kyle Anthony Merritt]]    DOB: [[DATE_TIME:09/14/1996]]    Age: [[AGE:27]]\n"
    "Race/Sex: W/M    Hgt: 6'01\"    Wgt: 190\n"
    "Address: [[ADDRESS:802 Cedar Ave, Apt 3]], [[LOCATION:Duluth]], [[LOCATION:MN]] [[ZIP_CODE:55805]]\n"
    "DL: [[US_DRIVER_LICENSE:M625441977031]] ([[LOCATION:MN]])\n"
    "Arresting officer: [[TITLE:Ofc.]] [[PERSON:T. Lindahl]] #[[ID_NUMBER:2231]]\n\n"
    "Narrative: On [[DATE_TIME:05/04/2024]] at approx 0140 hrs I stopped a gray 2014 Chevy Malibu, [[LOCATION:MN]] plate "
    "[[ID_NUMBER:KTR 418]], for failing to maintain lane on [[LOCATION:London Rd]]. The driver, identified by his license as "
    "[[PERSON:Merritt]], had bloodshot eyes and an odor of alcohol. PBT 0.14. Passenger [[PERSON:Brianna Stone]] "
    "([[AGE:24]]) was released at the scene.",
    # CV Polish
    "CURRICULUM VITAE\n\n[[PERSON:Agnieszka Wójcik-Nowak]]\n"
    "ul. [[ADDRESS:Długa 17/4]], [[ZIP_CODE:31-147]] [[LOCATION:Kraków]]\n"
    "tel. [[PHONE_NUMBER:+48 698 204 117]] · [[EMAIL_ADDRESS:a.wojcik.nowak@onet.pl]] · "
    "[[URL:linkedin.com/in/agnieszka-wojcik-nowak]]\n\n"
    "DOŚWIADCZENIE\n2020 – obecnie: Senior UX Researcher, Allegro, [[LOCATION:Kraków]]\n"
    "2016 – 2020: UX Designer, Netguru, [[LOCATION:Poznań]]\n\n"
    "WYKSZTAŁCENIE\n2011 – 2016: Uniwersytet Jagielloński, kognitywistyka (mgr)\n\n"
    "JĘZYKI: polski (ojczysty), angielski (C2), niemiecki (B1)\n\n"
    "Wyrażam zgodę na przetwarzanie moich danych osobowych w celu rekrutacji.",
    # wedding vendor email
    "From: Saffron Events <hello@saffronevents.co.uk>\n"
    "To: [[EMAIL_ADDRESS:zara.qureshi@hotmail.co.uk]]\n"
    "Subject: Re: Mehndi + Walima package\n\n"
    "Hi [[PERSON:Zara]] and [[PERSON:Imran]],\n\n"
    "Lovely to speak today! Confirming we've pencilled in the mehndi on [[DATE_TIME:Friday 16 August]] and the "
    "walima on [[DATE_TIME:Sunday 18 August]] at the Grand Pavilion, [[LOCATION:Bradford]]. Package B is £8,400 "
    "for 250 guests (halal, no alcohol, separate seating available). A deposit of £1,000 secures the dates.\n\n"
    "Warm wishes,\n[[PERSON:Nadia]]\n\n"
    "On Tue, [[PERSON:Zara Qureshi]] wrote:\n"
    "> Salaam [[PERSON:Nadia]], my fiancé [[PERSON:Imran Baig]] and I would like a quote. My mum "
    "([[PERSON:Shazia]]) will be the main contact while we're away, her number is [[PHONE_NUMBER:07411 930 284]].",
    # SBAR handover
    "SBAR handover — Ward 7B, bed 12\n\n"
    "S: [[PERSON:Georgios Papadakis]], [[AGE:79]], day 2 post right hemicolectomy. Family says he's [[NRP:Greek "
    "Orthodox]]; priest visit requested.\n"
    "B: Admitted [[DATE_TIME:4/15]] via ED with obstructing caecal tumour. Hx: AF on apixaban (held), T2DM, "
    "CKD 3a.\n"
    "A: Afebrile, HR 98 irregular, BP 110/64, UO 25 ml/h last 4 h. Abdomen soft, appropriately tender. NG aspirates "
    "decreasing.\n"
    "R: Please chase U&E, consider fluid bolus if UO stays low. Son [[PERSON:Yiannis]] visiting at 6 — wants an "
    "update from the surgical team.\n\n"
    "Handed over by [[PERSON:Maricris Dela Cruz]], RN to [[PERSON:Ade]], RN.",
    # immigration decision
    "FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)\nAppeal Number: PA/05117/2023\n\n"
    "Between\n[[PERSON:YH]]\n(ANONYMITY ORDER MADE)\nAppellant\nand\nSECRETARY OF STATE FOR THE HOME DEPARTMENT\n\n"
    "DECISION AND REASONS\n"
    "1. The appellant is a national of [[LOCATION:Syria]], born on [[DATE_TIME:1 January 1998]]. He claims to fear "
    "persecution as a [[NRP:Druze]] man of military age who refused conscription.\n"
    "2. He left [[LOCATION:As-Suwayda]] in 2019 and travelled through [[LOCATION:Turkey]] and "
    "[[LOCATION:Greece]], arriving in the [[LOCATION:United Kingdom]] on [[DATE_TIME:9 March 2022]].\n"
    "3. I found the appellant's account consistent. The appeal is allowed on asylum grounds.\n\n"
    "Signed: [[TITLE:Judge]] [[PERSON:Haddad-Reeves]]",
    # travel claim
    "TRAVEL INSURANCE CLAIM — Medical expenses\n"
    "Policy holder: [[PERSON:Takeshi Mori]]    Date of birth: [[DATE_TIME:1977年4月2日]]\n"
    "Passport: [[ID_NUMBER:TR8841207]]    Address: [[ADDRESS:2-14-7 Kichijoji Honcho]], "
    "[[LOCATION:Musashino-shi]], [[LOCATION:Tokyo]] [[ZIP_CODE:180-0004]]\n\n"
    "While on holiday in [[LOCATION:Queenstown]], [[LOCATION:New Zealand]], I slipped on the [[LOCATION:Ben Lomond]] track on "
    "[[DATE_TIME:19 February 2024]] and broke my ankle. I was treated at Lakes District Hospital (invoice "
    "LDH-24-0918, NZ$4,310) and had to change my flight home (change fee NZ$640). My wife [[PERSON:Mori Yuka]] "
    "travelled with me.\n\nRefund to: 普通 [[ID_NUMBER:1284471]], MUFG Bank.",
    # family court judgment
    "IN THE FAMILY COURT AT [[LOCATION:MANCHESTER]]\nCase No: MA23P01188\n\n"
    "Re [[PERSON:J]] (A Child)\n\n"
    "1. This is an application by the father, [[TITLE:Mr]] [[PERSON:B]], for a child arrangements order in respect "
    "of [[PERSON:J]], who is [[AGE:7]]. The mother, [[TITLE:Ms]] [[PERSON:A]], opposes overnight contact.\n"
    "2. [[PERSON:J]] lives with his mother and maternal grandmother in [[LOCATION:Stockport]]. He attends a local "
    "primary school where, his teacher reports, he is doing well.\n"
    "3. I have read the Cafcass report of [[TITLE:Ms]] [[PERSON:Theodora Greenhalgh]] dated "
    "[[DATE_TIME:14 February 2024]]. She recommends alternate weekends, increasing to overnight stays after three "
    "months.\n\n[[TITLE:District Judge]] [[PERSON:Patel]]",
    # SEN report
    "SPECIAL EDUCATIONAL NEEDS — ANNUAL REVIEW\n"
    "Pupil: [[PERSON:Chen Jia-hui]] (known as [[PERSON:Jenny]])    DOB: [[DATE_TIME:30/06/2014]]    Year 5\n"
    "UPN: [[ID_NUMBER:H801200117042]]\nParents: [[TITLE:Mr]] [[PERSON:Chen Zhiqiang]] and [[TITLE:Mrs]] "
    "[[PERSON:Lin Mei]]\n\n"
    "[[PERSON:Jenny]] has a diagnosis of dyslexia (assessment [[DATE_TIME:March 2023]]). She now reads at a Year 3 "
    "level, up from Year 1 last year. She uses a reading ruler and coloured overlays and benefits from 20 minutes of "
    "daily precision teaching with [[TITLE:Mrs]] [[PERSON:Hope]], our TA.\n"
    "Targets for next year: spell 80% of Year 3/4 common exception words; write a paragraph of 5 sentences "
    "independently.",
    # landlord email
    "Hi [[PERSON:Summer]],\n\n"
    "Thanks for letting me know about the boiler. I've booked [[PERSON:Grant]] from HeatWise to come on "
    "[[DATE_TIME:Wednesday 6 March]] between 8 and 12 — can you or [[PERSON:May]] be in? If not, I can leave the "
    "spare key with [[TITLE:Mr]] [[PERSON:Patel]] at number 19.\n\n"
    "Also, a reminder that rent goes up to £1,150 from next month as agreed in the renewal. Please update your "
    "standing order.\n\n"
    "Best,\n[[PERSON:Hugh Ashworth]]\n[[PHONE_NUMBER:07814 556 209]]",
    # payroll change
    "PAYROLL CHANGE FORM\n"
    "Employee: [[PERSON:José Luis Ramírez Castillo]]    ID: [[ID_NUMBER:004417]]\n"
    "RFC: [[ID_NUMBER:RACJ880419QX3]]    CURP: [[ID_NUMBER:RACJ880419HJCMSS07]]    NSS: "
    "[[ID_NUMBER:04178812345]]\n"
    "Change requested: new bank account\nBank: BBVA México    CLABE: [[ID_NUMBER:012320001234567895]]\n"
    "Effective: [[DATE_TIME:15/05/2024]]\n"
    "Reason: salary was previously paid to a joint account with his ex-wife, [[PERSON:Mariana Ortega]]; employee "
    "asks that no further information be given to her.\n"
    "Approved by: [[PERSON:L. Gutiérrez]] (HR)",
    # telecom call, Hinglish
    "Agent: Good afternoon, welcome to SkyNet Fibre, main [[PERSON:Pooja]] baat kar rahi hoon. How may I help?\n"
    "Caller: Haan ji, mera internet teen din se band hai. Router pe red light aa rahi hai.\n"
    "Agent: Sorry for the trouble sir. Aapka registered mobile number bataiye?\n"
    "Caller: [[PHONE_NUMBER:98110 42273]].\n"
    "Agent: Thank you. Account [[PERSON:Rohit Khanna]] ke naam pe hai, address [[ADDRESS:C-142, Second Floor]], "
    "[[LOCATION:Lajpat Nagar]], [[LOCATION:New Delhi]]?\n"
    "Caller: Haan, sahi hai.\n"
    "Agent: Sir, aapke area mein fibre cut hua hai, technician kal 10 se 2 ke beech aayega. Complaint number "
    "SR7730192 note kar lijiye.\n"
    "Caller: Theek hai. Aur technician aaye toh meri wife [[PERSON:Ritu]] ko call karna, "
    "[[PHONE_NUMBER:99530 18824]].",
    # obituary
    "[[PERSON:Stanley Joseph Rich]], [[AGE:86]], of [[LOCATION:Dubuque]], died peacefully at home on "
    "[[DATE_TIME:April 9, 2024]], surrounded by family. Born [[DATE_TIME:August 30, 1937]] in [[LOCATION:Galena]], "
    "[[LOCATION:Illinois]], to [[PERSON:Harold]] and [[PERSON:Edna]] ([[PERSON:Frank]]) [[PERSON:Rich]], [[PERSON:Stan]] worked 38 years at the John "
    "Deere works and never missed a Hawkeyes game on the radio. He married [[PERSON:Joy Ellen Marsh]] on "
    "[[DATE_TIME:June 14, 1959]]; she preceded him in death in 2015. He is survived by his children [[PERSON:Mark]] "
    "([[PERSON:Linda]]) [[PERSON:Rich]] and [[PERSON:Carol Wade]], and seven grandchildren. A funeral Mass will be held at "
    "St. Raphael's on Saturday at 10 a.m.",
    # missing person
    "MISSING PERSON REPORT\n"
    "Name: [[PERSON:Freya Lindgren]]    Age: [[AGE:16]]    DOB: [[DATE_TIME:2007-10-02]]\n"
    "Last seen: [[DATE_TIME:2024-02-11]], 16:30, [[LOCATION:Södermalm]], [[LOCATION:Stockholm]]\n"
    "Description: 170 cm, slim, long blonde hair, black puffer jacket, white Nike trainers. Carries a green "
    "Fjällräven backpack.\n"
    "Phone: [[PHONE_NUMBER:073-418 22 61]] (switched off since 17:05)\n"
    "Reported by: mother, [[PERSON:Karin Lindgren]], [[ADDRESS:Hornsgatan 112]], [[ZIP_CODE:117 26]] "
    "[[LOCATION:Stockholm]]\n\n"
    "Notes: [[PERSON:Freya]] had argued with her boyfriend, [[PERSON:Elias]] (surname unknown, about [[AGE:18]]). "
    "Friends say she may go to her grandmother's summer house near [[LOCATION:Norrtälje]].",
    # lab report
    "LABORATUVAR SONUÇ RAPORU\n"
    "Hasta: [[PERSON:Emine Yıldız]]    TC: [[ID_NUMBER:18497226032]]    Doğum tarihi: [[DATE_TIME:12.09.1963]]\n"
    "Numune tarihi: [[DATE_TIME:08.04.2024]]    Protokol no: 2024-118340\n\n"
    "HbA1c: 8.1 % (ref. 4.0–6.0)\nGlukoz (açlık): 164 mg/dL\nLDL kolesterol: 142 mg/dL\nKreatinin: 0.9 mg/dL\n\n"
    "İsteyen hekim: [[TITLE:Uzm. Dr.]] [[PERSON:Serkan Aydın]]\nOnaylayan: [[PERSON:B. Kaya]], Biyokimya Uzmanı",
    # freelance contract
    "CONTRATO DE PRESTAÇÃO DE SERVIÇOS\n\n"
    "CONTRATANTE: Moinho Filmes Ltda., CNPJ 12.345.678/0001-95.\n"
    "CONTRATADA: [[PERSON:Luana Beatriz Moreira]], [[NRP:brasileira]], solteira, ilustradora, CPF "
    "[[ID_NUMBER:710.553.092-84]], residente na [[ADDRESS:Rua Fradique Coutinho, 840, casa 3]], "
    "[[LOCATION:Pinheiros]], [[LOCATION:São Paulo]]/[[LOCATION:SP]].\n\n"
    "Cláusula 1ª — A CONTRATADA produzirá 24 ilustrações para o curta \"A Casa de Vó\", entregues até "
    "[[DATE_TIME:30/09/2024]].\n"
    "Cláusula 2ª — Valor total de R$ 18.000,00, pago em 3 parcelas via PIX para a chave "
    "[[EMAIL_ADDRESS:luana.moreira.ilustra@gmail.com]].\n\n"
    "[[LOCATION:São Paulo]], [[DATE_TIME:2 de julho de 2024]].\n\n"
    "___________________\n[[PERSON:Luana B. Moreira]]",
    # IT email thread
    "From: [[PERSON:Yamamoto Daisuke]] <[[EMAIL_ADDRESS:d.yamamoto@kanto-denki.co.jp]]>\n"
    "To: [[PERSON:Brett Hollis]] <[[EMAIL_ADDRESS:bhollis@lakeside-pm.com]]>\n"
    "Subject: VPN access for [[LOCATION:Osaka]] plant\n\n"
    "Hi [[PERSON:Brett]]-san,\n\n"
    "Thank you for your quick reply. Our engineer [[PERSON:Fujita]] will connect from [[IP_ADDRESS:210.138.44.17]] "
    "next week. His account name is [[USERNAME:fujita_k]]. Please allow port 443 only.\n\n"
    "Best regards,\n[[PERSON:Daisuke Yamamoto]]\nIT Infrastructure Group\n\n"
    "> On Thu, [[PERSON:Brett Hollis]] wrote:\n"
    "> Hi [[PERSON:Yamamoto]]-san, happy to set this up. Can you send me the public IP and the username for the "
    "engineer who will connect? Our firewall change window is Tuesday 22:00–23:00 CST.",
    # CV Ghana
    "[[PERSON:KWAME MENSAH-BONSU]]\nChartered Accountant (ICAG)\n"
    "[[ADDRESS:Plot 22, Osu Badu Street]], [[LOCATION:Dzorwulu]], [[LOCATION:Accra]] | "
    "[[PHONE_NUMBER:+233 (0) 244 718 305]] | [[EMAIL_ADDRESS:kmensahbonsu@gmail.com]]\n\n"
    "Personal details: Date of birth [[DATE_TIME:17/05/1985]] · [[NRP:Ghanaian]] · Married\n\n"
    "Experience\nFinance Manager, Volta Agro Ltd, [[LOCATION:Tema]] — 2019 to date\n"
    "• Cut month-end close from 12 to 6 working days.\n"
    "Audit Senior, KPMG, [[LOCATION:Accra]] — 2012 to 2019\n\n"
    "Referees\n[[TITLE:Mrs]] [[PERSON:Abena Darko]], CFO, Volta Agro — [[PHONE_NUMBER:+233 20 811 4420]]\n"
    "[[TITLE:Rev. Fr.]] [[PERSON:Joseph Kuffour]] — available on request",
    # A&E discharge
    "Emergency Department — Discharge Letter\n\n"
    "Patient: [[PERSON:Liam O'Sullivan]]    DOB: [[DATE_TIME:02/11/2002]]    Hosp. no. [[ID_NUMBER:CUH7730214]]\n"
    "Attended: [[DATE_TIME:16/03/2024]] 01:42\n\n"
    "[[PERSON:Liam]], a [[AGE:21]]-year-old student, attended after being struck on the head with a bottle outside a "
    "bar on [[LOCATION:Oliver Plunkett Street]]. GCS 15 throughout. 3 cm scalp laceration closed with 4 staples. "
    "CT head not indicated. Accompanied by his friend [[PERSON:Cian]].\n"
    "Staples out at GP in 7 days. Head injury advice given.\n\n[[PERSON:S. Ahmed]], SHO",
    # child protection referral
    "MULTI-AGENCY REFERRAL FORM\n"
    "Child: [[PERSON:Aleena Javed]]    DOB: [[DATE_TIME:14/02/2016]]    Age: [[AGE:8]]\n"
    "School: Greenfield Primary    Address: [[ADDRESS:52 Belgrave Road]], [[LOCATION:Birmingham]] "
    "[[ZIP_CODE:B12 9NT]]\n"
    "Parents/carers: [[PERSON:Javed Iqbal]] (father), [[PERSON:Sadia Javed]] (mother)\n"
    "Referrer: [[PERSON:Rebecca Hope]], Designated Safeguarding Lead, [[PHONE_NUMBER:0121 496 0551]]\n\n"
    "Concern: On [[DATE_TIME:Monday 11 March]] [[PERSON:Aleena]] arrived with bruising to her upper arm. She said "
    "her uncle '[[PERSON:Chacha Tariq]]' grabbed her when she spilled tea. She appeared anxious about going home. "
    "Mum was spoken to at pick-up and said the uncle is visiting from [[LOCATION:Lahore]] until Easter.",
    # small claims judgment
    "SUPERIOR COURT OF [[LOCATION:CALIFORNIA]], COUNTY OF [[LOCATION:SAN DIEGO]]\nSMALL CLAIMS DIVISION\nCase No. 37-2024-00011823-SC-SC-CTL\n\n"
    "Plaintiff: [[PERSON:Marisol de la Cruz]]\nDefendant: [[PERSON:Derek Love]], dba Love's Auto Detailing\n\n"
    "JUDGMENT AFTER TRIAL\n"
    "Hearing held [[DATE_TIME:April 2, 2024]]. Plaintiff appeared. Defendant appeared.\n"
    "The Court finds that on [[DATE_TIME:December 9, 2023]] defendant's employee damaged plaintiff's 2019 Toyota "
    "Camry ([[LOCATION:CA]] lic. [[ID_NUMBER:8KDJ441]]) while detailing it at [[ADDRESS:2930 University Ave]], "
    "[[LOCATION:San Diego]].\n"
    "Judgment for plaintiff in the amount of $2,745.00 plus costs of $75.00.\n\n"
    "[[TITLE:Commissioner]] [[PERSON:R. Villaseñor]]",
    # hotel incident
    "HOTEL INCIDENT REPORT — Front Office\n"
    "Guest: [[TITLE:Ms]] [[PERSON:Siriporn Rattanakosin]]    Room 1417    Arr [[DATE_TIME:08 Apr]] / Dep "
    "[[DATE_TIME:12 Apr]]\nPassport: [[ID_NUMBER:AA4419027]] ([[NRP:Thai]])\n\n"
    "At 23:20 guest called to report that her room safe would not open and her passport and THB 40,000 cash were "
    "inside. Duty manager [[PERSON:Craig Summers]] and engineer [[PERSON:Paulo]] attended at 23:35 and opened the "
    "safe with the override key in the guest's presence. All contents present. Guest thanked staff. Safe model "
    "SF-2000 logged for maintenance.",
    # scholarship application
    "SCHOLARSHIP APPLICATION — Personal Statement\n\n"
    "My name is [[PERSON:Hanna Girma Alemu]] and I was born in [[LOCATION:Bahir Dar]], [[LOCATION:Ethiopia]], on "
    "[[DATE_TIME:7 Meskerem 1994]] (Ethiopian calendar). I am the first in my family to finish secondary school. My "
    "mother, [[PERSON:Tigist]], sells injera at the market; my father died when I was [[AGE:nine]].\n\n"
    "I study Water Resources Engineering at [[LOCATION:Arba Minch]] and I want to build small irrigation schemes "
    "around [[LOCATION:Lake Tana]]. I can be reached at [[EMAIL_ADDRESS:hanna.girma.a@gmail.com]] or [[PHONE_NUMBER:+251 91 842 "
    "3307]].",
    # recommendation letter
    "[[DATE_TIME:October 3, 2023]]\n\nTo the Admissions Committee:\n\n"
    "It is my pleasure to recommend [[PERSON:Choi Ji-hoon]] for your PhD program in Materials Science. "
    "[[PERSON:Ji-hoon]] worked in my lab at KAIST for two years, where he developed a low-temperature annealing "
    "process that improved perovskite film stability by 30%. [[TITLE:Mr]] [[PERSON:Choi]] is first author on one "
    "paper and second author on two others.\n\n"
    "He is the most careful experimentalist I have supervised in a decade.\n\n"
    "Sincerely,\n[[TITLE:Prof.]] [[PERSON:Han Seung-woo]]\nDepartment of Materials Science and Engineering\n"
    "[[EMAIL_ADDRESS:swhan@kaist.ac.kr]] · [[PHONE_NUMBER:+82 42 350 4127]]",
    # booking transcript
    "Receptionist: Good morning, Harley Dental, [[PERSON:Chloe]] speaking.\n"
    "Patient: Hello, I would like to book cleaning please. My name is [[PERSON:Olga Smirnova]].\n"
    "Receptionist: Of course. Have you been with us before, [[PERSON:Olga]]?\n"
    "Patient: Yes, last year with [[TITLE:Dr]] [[PERSON:Rich]].\n"
    "Receptionist: Lovely, I've found you — date of birth [[DATE_TIME:the 28th of November 1988]]?\n"
    "Patient: Yes, correct.\n"
    "Receptionist: I can do [[DATE_TIME:Thursday the 16th of May]] at 11:40 with our hygienist, [[PERSON:Will]].\n"
    "Patient: Perfect. Can you send reminder to new email? [[EMAIL_ADDRESS:olga.smirnova88@mail.ru]].\n"
    "Receptionist: Done. See you then!",
    # accident report form
    "SCHADEFORMULIER (Europees aanrijdingsformulier) — samenvatting\n\n"
    "Voertuig A: bestuurder [[PERSON:Sanne van Dijk]], geboren [[DATE_TIME:03-08-1990]], "
    "[[ADDRESS:Oudegracht 214]], [[ZIP_CODE:3511 NS]] [[LOCATION:Utrecht]], kenteken [[ID_NUMBER:K-218-ZT]], "
    "rijbewijs [[ID_NUMBER:5218844710]], tel. [[PHONE_NUMBER:06 41 72 88 03]]\n"
    "Voertuig B: bestuurder [[PERSON:Mehmet Kaya]], [[ADDRESS:Amsterdamsestraatweg 501]], "
    "[[ZIP_CODE:3553 EE]] [[LOCATION:Utrecht]], kenteken [[ID_NUMBER:GF-773-B]]\n\n"
    "Datum ongeval: [[DATE_TIME:22-02-2024]], 08:05, kruising [[LOCATION:Vleutenseweg]] / [[LOCATION:Thomas à Kempisweg]]. Voertuig B reed "
    "door rood en raakte de rechterzijde van voertuig A. Getuige: [[PERSON:Jan-Willem ter Horst]], "
    "[[PHONE_NUMBER:06 18 22 40 97]].",
    # email thread Persian + Greek
    "From: [[PERSON:Niloufar Rahimi]] <[[EMAIL_ADDRESS:niloufar.rahimi@uni-hamburg.de]]>\n"
    "To: [[PERSON:Kostas Antoniou]] <[[EMAIL_ADDRESS:k.antoniou@auth.gr]]>\n"
    "Subject: Re: [[LOCATION:Thessaloniki]] workshop — accommodation\n\n"
    "Dear [[PERSON:Kostas]],\n\n"
    "Thank you! I arrive on [[DATE_TIME:May 21]] and leave on [[DATE_TIME:May 24]]. [[PERSON:Babak]] (my "
    "co-author) can only join for the second day. For the hotel, my passport name is [[PERSON:RAHIMI, Niloufar]].\n\n"
    "Best,\n[[PERSON:Niloufar]]\n--\n[[TITLE:Dr.]] [[PERSON:Niloufar Rahimi]] | Institut für Geographie | "
    "[[PHONE_NUMBER:+49 40 42838 5512]]\n\n"
    "> Dear [[PERSON:Niloufar]], we have reserved rooms at the Hotel Egnatia for all speakers. Please send your "
    "arrival and departure dates. Kind regards, [[PERSON:Kostas]]",
    # care plan
    "PERSON-CENTRED CARE PLAN\n"
    "Name: [[PERSON:Morag Sinclair]]    Likes to be called: [[PERSON:Mo]]    Age: [[AGE:91]]\n"
    "Room: 6, Heather Wing\n\n"
    "About me: I was born on [[LOCATION:Lewis]] and spoke Gaelic before English. I was a primary teacher in "
    "[[LOCATION:Stornoway]] for 40 years. My late husband was [[PERSON:Angus]]. My nephew [[PERSON:Iain]] visits on "
    "Sundays ([[PHONE_NUMBER:07700 900 844]]). I am [[NRP:Free Church]] and like to hear the psalms on a Sunday "
    "morning.\n"
    "Mobility: walks with a rollator; needs one carer for the stairs.\n"
    "Nutrition: soft diet, no shellfish (allergy). Likes porridge with salt, not sugar.",
    # grievance outcome
    "[[PERSON:Oluwaseun Adebayo-Johnson]]\nBy email: [[EMAIL_ADDRESS:seun.aj@icloud.com]]\n\n"
    "[[DATE_TIME:3 June 2024]]\n\nDear [[PERSON:Seun]],\n\n"
    "Grievance outcome\n\n"
    "Thank you for meeting me on [[DATE_TIME:28 May]] with your companion, [[PERSON:Kemi Bankole]]. You raised "
    "concerns that your team leader, [[PERSON:Gavin Marsh]], had repeatedly mispronounced your name after being "
    "corrected, and had called you '[[PERSON:Sean]]' in front of clients.\n\n"
    "I have spoken to [[PERSON:Gavin]] and to two colleagues who witnessed the meetings. I uphold your grievance. "
    "[[PERSON:Gavin]] will attend training, and I have asked him to apologise to you in writing.\n\n"
    "You may appeal within 7 days by writing to [[PERSON:Helen Stroud]], Head of People.\n\n"
    "Yours sincerely,\n[[PERSON:Marcus Idowu]]\nOperations Director",
    # bank account opening
    "ĐƠN MỞ TÀI KHOẢN THANH TOÁN\n"
    "Họ và tên: [[PERSON:Trần Minh Khôi]]\nNgày sinh: [[DATE_TIME:24/12/1992]]\n"
    "Số CCCD: [[ID_NUMBER:079092018834]]    Ngày cấp: [[DATE_TIME:10/05/2021]]\n"
    "Địa chỉ: [[ADDRESS:Số 18, Hẻm 42 Nguyễn Thị Minh Khai]], [[LOCATION:Phường Đa Kao]], [[LOCATION:Quận 1]], "
    "[[LOCATION:TP. Hồ Chí Minh]]\n"
    "Điện thoại: [[PHONE_NUMBER:0903 447 218]]    Email: [[EMAIL_ADDRESS:khoi.tran92@gmail.com]]\n"
    "Nghề nghiệp: kỹ sư phần mềm\nSố tài khoản được cấp: [[ID_NUMBER:0071004418823]]",
    # bail decision
    "REPUBLIC OF THE [[LOCATION:PHILIPPINES]]\nREGIONAL TRIAL COURT, [[LOCATION:QUEZON CITY]], BRANCH 88\n\n"
    "PEOPLE OF THE [[LOCATION:PHILIPPINES]], Plaintiff,\n-versus-\n[[PERSON:RODEL MANALO Y SANTOS]], Accused.\n"
    "Crim. Case No. R-QZN-23-07741-CR\n\nORDER\n\n"
    "Acting on the Petition for Bail filed by accused [[PERSON:Manalo]], through counsel [[TITLE:Atty.]] "
    "[[PERSON:Kristine Joy Bautista]], and finding that the evidence of guilt is not strong, the Court grants bail "
    "at ₱120,000.00. Accused shall reside at [[ADDRESS:Blk 7 Lot 22, Sampaguita St.]], [[LOCATION:Brgy. Commonwealth]], "
    "[[LOCATION:Quezon City]], and report to this Court on the first Monday of every month.\n\n"
    "SO ORDERED. [[DATE_TIME:15 January 2024]].\n\n[[PERSON:MA. LOURDES C. REYES]]\nPresiding Judge",
    # parent letter, Spanish
    "Estimada [[TITLE:Sra.]] [[PERSON:Morales]]:\n\n"
    "Le escribo porque su hijo [[PERSON:Santiago]] ha faltado a clase 6 días este trimestre sin justificante. "
    "Entendemos que la familia ha tenido un mes difícil tras el accidente de su esposo, [[PERSON:Rubén]]. Nos "
    "gustaría reunirnos con usted el [[DATE_TIME:jueves 14 de marzo]] a las 16:30 para buscar la mejor forma de "
    "apoyar a [[PERSON:Santi]].\n\n"
    "Puede confirmar llamando al centro o a mi móvil, [[PHONE_NUMBER:634 218 907]].\n\n"
    "Un saludo cordial,\n[[PERSON:Alba Iturriaga]]\nTutora de 3.º B",
    # CV Japan (rirekisho)
    "履歴書  [[DATE_TIME:2024年5月1日]]現在\n"
    "氏名: [[PERSON:高橋 美咲]] ([[PERSON:Takahashi Misaki]])\n"
    "生年月日: [[DATE_TIME:1996年11月8日]] (満[[AGE:27]]歳)\n"
    "現住所: 〒[[ZIP_CODE:530-0012]] [[LOCATION:大阪府]][[LOCATION:大阪市北区]][[ADDRESS:芝田2-4-10 メゾン梅田605号]]\n"
    "電話: [[PHONE_NUMBER:080-2291-4473]]    メール: [[EMAIL_ADDRESS:misaki.t1108@docomo.ne.jp]]\n\n"
    "学歴\n[[DATE_TIME:2015年4月]] 関西大学 商学部 入学\n[[DATE_TIME:2019年3月]] 同 卒業\n\n"
    "職歴\n[[DATE_TIME:2019年4月]] 株式会社ミナト物流 入社 (経理部)\n現在に至る",
    # clinical note with initials
    "Ward round [[DATE_TIME:11/04]] — cons [[PERSON:JRM]]\n\n"
    "Pt [[PERSON:D.K.]] ([[AGE:44]]M) day 3 DKA, now eating & drinking, off FRII since 06:00. Ketones 0.4. "
    "Started back on basal-bolus. Diabetes nurse [[PERSON:Bronwyn]] to see re: sick day rules. Pt works as a long-"
    "distance lorry driver — DVLA discussion documented. Wife [[PERSON:Mandy]] updated by phone.\n"
    "Plan: TTO today if CBGs stable; DSN f/u 1/52.\n[[PERSON:kc]] (FY1)",
]

# -- d. llm: sentences a model writes when asked for "diverse PII examples" -------------

LLM = [
    "[[PERSON:Emily Carter]], a [[AGE:thirty-eight]]-year-old pediatric nurse, lives at [[ADDRESS:1524 Maple Grove Avenue]], "
    "[[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43215]], and can be reached at [[PHONE_NUMBER:(614) 555-0198]].",
    "On the [[DATE_TIME:3rd of May]], [[PERSON:Aoife Brennan]] moved into her new apartment at "
    "[[ADDRESS:Apartment 12, 7 Grand Canal Quay]], [[LOCATION:Dublin 2]], [[ZIP_CODE:D02 X285]], just a short walk "
    "from [[LOCATION:St Stephen's Green]].",
    "The package (tracking number 1Z84V3920377419021, weight 2.4 kg) was delivered to [[PERSON:Hiroshi Watanabe]] at "
    "[[ADDRESS:3-2-1 Roppongi]], [[LOCATION:Minato-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:106-0032]] on "
    "[[DATE_TIME:2021-11-04T10:22]].",
    "[[PERSON:Sofia Rossi]], born on [[DATE_TIME:14 February 1989]] in [[LOCATION:Florence]], [[LOCATION:Italy]], paid "
    "€1,250 for invoice INV-2023-0457 using her card [[CREDIT_CARD:5312 6604 8891 2737]].",
    "In [[LOCATION:Toronto]]'s [[LOCATION:Kensington Market]] neighbourhood, [[PERSON:Marcus Chen]] (age "
    "[[AGE:thirty-one]]) runs a small bookshop at [[ADDRESS:214 Augusta Avenue]], [[LOCATION:Toronto]], "
    "[[LOCATION:ON]] [[ZIP_CODE:M5T 2L6]]; the shop sells about 300 books a month.",
    "Order #A-77812 for three units of model XR-500 headphones (firmware v4.2.1) was placed by "
    "[[PERSON:Olivia Bennett]] of [[ADDRESS:18 Harbour Street]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]], "
    "[[LOCATION:New Zealand]], phone [[PHONE_NUMBER:+64 21 555 0147]].",
    "[[PERSON:Klaus Müller]], geboren am [[DATE_TIME:23.07.1975]], wohnt in der [[ADDRESS:Friedrichstraße 148]], "
    "[[ZIP_CODE:10117]] [[LOCATION:Berlin]], und ist unter [[PHONE_NUMBER:+49 30 4418 2760]] erreichbar.",
    "[[PERSON:Camille Dubois]], âgée de [[AGE:vingt-neuf]] ans, habite au [[ADDRESS:27 rue de la République]], "
    "[[ZIP_CODE:69002]] [[LOCATION:Lyon]], à deux pas de la [[LOCATION:place Bellecour]].",
    "Our customer, [[PERSON:Rajesh Kumar]], living at [[ADDRESS:42 MG Road]], [[LOCATION:Indiranagar]], "
    "[[LOCATION:Bengaluru]], [[LOCATION:Karnataka]] [[ZIP_CODE:560038]], ordered 12 packs of printer paper at ₹349 "
    "each on [[DATE_TIME:5/6/22]].",
    "[[PERSON:Ana Lucía Gómez]], de [[AGE:treinta y cinco]] años, vive en la [[ADDRESS:Calle de Serrano 48]], "
    "[[ZIP_CODE:28001]] [[LOCATION:Madrid]], cerca del [[LOCATION:Parque del Retiro]].",
    "Flight BA 287 from [[LOCATION:London Heathrow]] to [[LOCATION:San Francisco]] departed at 11:25 with 214 "
    "passengers, including [[PERSON:Thomas Whitfield]], whose seat was 32K.",
    "[[PERSON:Priya Sharma]] turned [[AGE:twenty-five]] on [[DATE_TIME:12 August 2023]] and celebrated at a café in "
    "[[LOCATION:Connaught Place]], [[LOCATION:New Delhi]].",
    "[[PERSON:Jakub Nowak]], lat [[AGE:34]], zamieszkały przy [[ADDRESS:ul. Piotrkowskiej 104/6]], "
    "[[ZIP_CODE:90-006]] [[LOCATION:Łódź]], tel. [[PHONE_NUMBER:601 382 947]].",
    "[[PERSON:Lucas Oliveira]] mora na [[ADDRESS:Avenida Paulista, 1842, conjunto 155]], [[LOCATION:Bela Vista]], "
    "[[LOCATION:São Paulo]] – [[LOCATION:SP]], [[ZIP_CODE:01310-200]], e trabalha perto do [[LOCATION:MASP]].",
    "[[PERSON:María Fernanda López]], de [[AGE:27]] años, vive en [[ADDRESS:Av. Insurgentes Sur 1602]], "
    "[[LOCATION:Col. Crédito Constructor]], [[ZIP_CODE:03940]] [[LOCATION:Ciudad de México]], y su teléfono es "
    "[[PHONE_NUMBER:+52 55 5662 0184]].",
    "[[PERSON:Tan Wei Ming]], NRIC [[ID_NUMBER:S8423917H]], lives at [[ADDRESS:Blk 414 Ang Mo Kio Avenue 10, "
    "#08-1162]], [[LOCATION:Singapore]] [[ZIP_CODE:560414]], near [[LOCATION:Ang Mo Kio]] MRT station.",
    "[[PERSON:Thabo Molefe]], aged [[AGE:fifty-one]], lives at [[ADDRESS:23 Vilakazi Street]], "
    "[[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]], a few doors down from the "
    "[[LOCATION:Mandela House]] museum.",
    "[[PERSON:Sarah Thompson]], [[AGE:42]], of [[ADDRESS:9 Elizabeth Street]], [[LOCATION:Hobart]] [[LOCATION:TAS]] "
    "[[ZIP_CODE:7000]], [[LOCATION:Australia]], booked a table for four at 7:30 pm; her reservation code is RSV-88213.",
    "[[PERSON:Jonas van den Broek]] (geboren [[DATE_TIME:12-03-1991]]) woont aan de [[ADDRESS:Prinsengracht 411]], "
    "[[ZIP_CODE:1016 HM]] [[LOCATION:Amsterdam]], vlak bij de [[LOCATION:Westerkerk]].",
    "[[PERSON:Giorgio Marchetti]], [[AGE:sessantadue]] anni, abita in [[ADDRESS:Via del Corso 212]], "
    "[[ZIP_CODE:00186]] [[LOCATION:Roma]], a cinque minuti dalla [[LOCATION:Fontana di Trevi]].",
    "[[PERSON:Oliver Hughes]], [[AGE:thirty-three]], lives at [[ADDRESS:Flat 4, 27 Albert Road]], "
    "[[LOCATION:Southsea]], [[LOCATION:Portsmouth]] [[ZIP_CODE:PO5 2SE]], and commutes to work on the 07:42 train.",
    "The keynote on [[DATE_TIME:March 14th, 2024]] at 9:00 AM in Hall B will be given by [[TITLE:Professor]] "
    "[[PERSON:Elena Vasquez]], whose slides (version 3.1, 48 pages) are on her site "
    "[[URL:https://elenavasquez.net/talks]].",
    "The 2023 Model Y Long Range costs $47,240 before incentives, has a range of 330 miles, and received software "
    "update 11.4.2 on 12 of its 15 test units.",
    "Next Tuesday, [[PERSON:Hannah Schmidt]] will fly to [[LOCATION:Vienna]] on flight OS 418, which leaves gate B22 "
    "at 14:05, to visit her grandmother [[PERSON:Liesl]] in [[LOCATION:Hietzing]].",
    "[[PERSON:Daniel Kim]], who will turn [[AGE:forty]] next spring, has uploaded version 2.7 of his portfolio to "
    "[[URL:https://danielkim.design]] and shares updates as @[[USERNAME:dkim_design]].",
    "[[PERSON:Maya Goldberg]], a [[AGE:29]]-year-old software engineer based in [[LOCATION:Austin]], "
    "[[LOCATION:Texas]], uses the email [[EMAIL_ADDRESS:maya.goldberg@techmail.com]] and the GitHub handle "
    "[[USERNAME:mgoldberg-dev]].",
    "[[PERSON:Chinedu Okeke]] was born on [[DATE_TIME:Jan. 5th, 1990]] in [[LOCATION:Enugu]], [[LOCATION:Nigeria]], "
    "and now lives at [[ADDRESS:14 Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]].",
    "The hotel confirmed that [[PERSON:Isabella Martínez]] will stay in Room 1208 from [[DATE_TIME:June 3]] to "
    "[[DATE_TIME:June 7, 2024]]; the total comes to $1,146.80 including 14.75% tax.",
    "[[PERSON:Ahmed Hassan]], [[AGE:sixty-seven]], a retired teacher from [[LOCATION:Alexandria]], "
    "[[LOCATION:Egypt]], visits the [[LOCATION:Corniche]] every morning at 6 a.m.",
    "[[PERSON:Emma Johansson]], personnummer [[ID_NUMBER:19920307-4423]], bor på [[ADDRESS:Linnégatan 18]], "
    "[[ZIP_CODE:413 04]] [[LOCATION:Göteborg]], i stadsdelen [[LOCATION:Linnéstaden]].",
    "Product code SKU-4471-BLK (a 1.5 L stainless steel kettle) is back in stock: 240 units at £34.99, a 15% "
    "discount on the 2022 price.",
    "[[PERSON:Noah Williams]] opened checking account [[ID_NUMBER:000123456789]] at a branch in "
    "[[LOCATION:Denver]], [[LOCATION:Colorado]], on [[DATE_TIME:2023-04-17]] and deposited $2,500.",
    "[[PERSON:Fatima Zahra El Amrani]], [[AGE:thirty]], works as a translator in [[LOCATION:Casablanca]] and lives on "
    "the third floor of [[ADDRESS:17 Rue Tahar Sebti]], near the [[LOCATION:Hassan II Mosque]].",
    "[[PERSON:William O'Connor]] of [[ADDRESS:3 Glenageary Road Upper]], [[LOCATION:Dún Laoghaire]], "
    "[[LOCATION:Co. Dublin]], [[ZIP_CODE:A96 T2X7]], was [[AGE:forty-two]] years old when he ran his first "
    "marathon on [[DATE_TIME:the 29th of October 2023]].",
    "[[PERSON:Yuki Tanaka]] (田中 由紀), [[AGE:23]], is a student in [[LOCATION:Kyoto]]; her student number is "
    "[[ID_NUMBER:2021-LT-0837]] and she lives near [[LOCATION:Kamogawa]].",
    "Meet [[PERSON:Carlos Mendoza]], a [[AGE:fifty-five]]-year-old chef from [[LOCATION:Oaxaca]], whose restaurant "
    "serves 180 covers a night and whose personal number is [[PHONE_NUMBER:+52 951 514 2287]].",
    "[[PERSON:Lena Fischer]] was admitted to the clinic on [[DATE_TIME:05.06.2022]] and discharged ten days later; "
    "her insurance number is [[ID_NUMBER:A123456780]] and she lives in [[LOCATION:München-Schwabing]].",
    "[[PERSON:Arjun Mehta]], a [[NRP:Hindu]] priest from [[LOCATION:Varanasi]], aged [[AGE:seventy]], was "
    "interviewed on [[DATE_TIME:20 Sept 2019]] about the ghats along the [[LOCATION:Ganges]].",
    "[[PERSON:Grace Wanjiru]] lives at [[ADDRESS:Ngong Road, Apartment 5B, Kilimani Heights]], "
    "[[LOCATION:Nairobi]], [[LOCATION:Kenya]], and her M-Pesa number is [[PHONE_NUMBER:+254 712 345 908]].",
    "[[PERSON:Jean-Luc Tremblay]], [[AGE:soixante-huit]] ans, habite au [[ADDRESS:1450 rue Sherbrooke Ouest, app. "
    "902]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H3G 1K4]].",
    "At 3:45 pm on [[DATE_TIME:July 22, 2022]], [[PERSON:Rebecca Lee]] reported her bicycle (a blue 2019 Trek, 21 gears) "
    "stolen from outside [[ADDRESS:88 Queen Street]], [[LOCATION:Auckland]] [[ZIP_CODE:1010]].",
    "The 2019 annual report shows revenue of $4.2 billion, 12,500 employees and a 7.3% increase in operating "
    "margin; the next report is due in Q2.",
    "[[PERSON:Mateusz Kowalski]], born [[DATE_TIME:the twenty-first of April, 1980]], holds ID card "
    "[[ID_NUMBER:ABA 300564]] and PESEL [[ID_NUMBER:88061412358]].",
    "[[PERSON:Olumide Bakare]] can be found on LinkedIn at [[URL:https://www.linkedin.com/in/olumide-bakare]] and "
    "on Twitter as @[[USERNAME:olubakare]]; he lives in [[LOCATION:Ikeja]].",
    "[[PERSON:Elif Şahin]], [[AGE:otuz iki]] yaşında, [[ADDRESS:İstiklal Caddesi No: 45 Daire 3]], "
    "[[LOCATION:Beyoğlu]], [[ZIP_CODE:34433]] [[LOCATION:İstanbul]] adresinde oturuyor.",
    "[[PERSON:Benjamin Taylor]]'s SSN is [[US_SSN:078-62-4419]], his passport number is [[US_PASSPORT:C03005988]], "
    "and his [[LOCATION:Illinois]] driver's license number is [[US_DRIVER_LICENSE:T460-5527-8813]].",
    "[[PERSON:Ravi Shankar Pillai]] booked train 12622 from [[LOCATION:Chennai Central]] to "
    "[[LOCATION:New Delhi]] for [[DATE_TIME:12-Dec-2023]]; PNR 4417298806, coach B3, berth 41.",
    "[[PERSON:Sophie Laurent]], [[AGE:19]], is an exchange student from [[LOCATION:Bordeaux]] living with a host "
    "family in [[LOCATION:Georgetown]], [[LOCATION:Washington, D.C.]], until [[DATE_TIME:May 2025]].",
    "[[PERSON:Mohammed Al-Farsi]] was born in [[LOCATION:Muscat]] on [[DATE_TIME:2 April 1990]] and now lives in "
    "[[LOCATION:Al Khuwair]] with his wife [[PERSON:Aisha]] and their three children.",
    "[[PERSON:Kaito Suzuki]], [[AGE:thirty-six]], installed version 5.0.3 of the app on his phone and logged in from "
    "[[IP_ADDRESS:126.77.201.14]] while staying in [[LOCATION:Sapporo]].",
    "The weather in [[LOCATION:Cape Town]] on Saturday will reach 27°C with 10% chance of rain, perfect for "
    "[[PERSON:Naledi Khumalo]]'s [[AGE:30]]th birthday picnic at [[LOCATION:Kirstenbosch]].",
    "[[PERSON:Hugo García]] paid his electricity bill of €84.17 (contract 0042-118-77) with IBAN "
    "[[IBAN_CODE:ES60 0049 1500 0512 3456 7892]] on [[DATE_TIME:2023/07/15]].",
    "[[PERSON:Isla Robertson]], a [[AGE:twenty-four]]-year-old veterinary student, lives at "
    "[[ADDRESS:45 Byres Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 5RG]], close to the [[LOCATION:Botanic Gardens]].",
    "[[PERSON:Nguyen Thi Lan]], [[AGE:ba mươi tám]] tuổi, sống tại [[ADDRESS:25 Hàng Bạc]], "
    "[[LOCATION:Hoàn Kiếm]], [[LOCATION:Hà Nội]], gần [[LOCATION:hồ Hoàn Kiếm]].",
    "[[PERSON:Ethan Brooks]] ordered a 65-inch TV (model QN65S90C) for $1,599.99 on Black Friday; order number "
    "112-4471829-3302918 will arrive in 3–5 business days at [[ADDRESS:771 Sycamore Lane]], [[LOCATION:Naperville]], "
    "[[LOCATION:IL]] [[ZIP_CODE:60540]].",
    "[[PERSON:Anjali Desai]] was diagnosed with type 1 diabetes at the age of [[AGE:twelve]] and now, at "
    "[[AGE:thirty-four]], runs a support group that meets on the first Monday of each month in [[LOCATION:Ahmedabad]].",
    "[[PERSON:Kofi Annan Mensah]] is a [[AGE:45]]-year-old [[NRP:Ghanaian]] engineer whose email is "
    "[[EMAIL_ADDRESS:kofi.mensah@engineering.gh]]; he was born on [[DATE_TIME:6th March 1979]], [[LOCATION:Ghana]]'s "
    "Independence Day.",
    "[[PERSON:Lucía Fernández]] left her phone, an iPhone 14 with IMEI [[ID_NUMBER:356938035643809]], in a taxi in "
    "[[LOCATION:Buenos Aires]] near the [[LOCATION:Obelisco]] on [[DATE_TIME:November 2nd]].",
    "[[PERSON:Dimitrios Papageorgiou]], [[AGE:58]], a [[NRP:Greek Orthodox]] deacon, lives at "
    "[[ADDRESS:Odos Ermou 56]], [[ZIP_CODE:105 63]] [[LOCATION:Athens]], [[LOCATION:Greece]].",
    "Flight QF 12 from [[LOCATION:Sydney]] to [[LOCATION:Los Angeles]] was delayed 2 hours 15 minutes; "
    "[[PERSON:Jack Mitchell]], seated in 47C, received a A$50 voucher.",
    "[[PERSON:Seo-yeon Park]] was born on [[DATE_TIME:1995년 3월 17일]] in [[LOCATION:Daegu]] and now lives in "
    "[[LOCATION:Mapo-gu]], [[LOCATION:Seoul]], near [[LOCATION:Hongdae]].",
    "[[PERSON:Amelia Clarke]], [[AGE:sixty]], of [[ADDRESS:Rose Cottage, Church Lane]], [[LOCATION:Little Shelford]], "
    "[[LOCATION:Cambridgeshire]] [[ZIP_CODE:CB22 5HG]], grows 40 varieties of roses.",
    "[[PERSON:Rafael Torres]] uses the crypto wallet [[ID_NUMBER:bc1q9h6ychmvkx8s7k3yq7w0n9hx2w4ndk3ll8m4lc]] and "
    "bought 0.05 BTC on [[DATE_TIME:January 19, 2024]] for $2,087.",
    "Room 402, Building C, is reserved from 10:00 to 11:30 for the quarterly budget review (agenda v2, 14 slides).",
    "[[PERSON:Aroha Ngata]], [[AGE:thirty-nine]], lives at [[ADDRESS:12 Tutanekai Street]], [[LOCATION:Rotorua]] "
    "[[ZIP_CODE:3010]], and works at the geothermal park near [[LOCATION:Whakarewarewa]].",
    "[[PERSON:Pieter de Wet]], ID number [[ID_NUMBER:7811155735080]], lives at [[ADDRESS:6 Kloof Nek Road]], "
    "[[LOCATION:Tamboerskloof]], [[LOCATION:Cape Town]], [[ZIP_CODE:8001]].",
    "[[PERSON:Aditi Rao]] enrolled her son [[PERSON:Vihaan]], [[AGE:four]], in a preschool in "
    "[[LOCATION:Powai]], [[LOCATION:Mumbai]], on [[DATE_TIME:the 1st of June]]; the annual fee is ₹1,80,000.",
    "[[PERSON:Henrik Nielsen]], født [[DATE_TIME:17. maj 1972]], bor på [[ADDRESS:Vesterbrogade 91, 2. tv.]], "
    "[[ZIP_CODE:1620]] [[LOCATION:København V]].",
    "[[PERSON:Juan Pablo Restrepo]], [[AGE:cuarenta y uno]] años, vive en [[ADDRESS:Carrera 43A # 1 Sur-50]], "
    "[[LOCATION:El Poblado]], [[LOCATION:Medellín]], y su cédula es [[ID_NUMBER:71.884.209]].",
    "[[PERSON:Victoria Adeleke-Smith]], a [[NRP:British-Nigerian]] barrister, was called to the Bar on "
    "[[DATE_TIME:14 October 2010]] and practises from chambers in [[LOCATION:Temple]], [[LOCATION:London]].",
    "The recipe serves 6, takes 45 minutes and uses 500 g of flour, 2 eggs and 250 ml of milk; bake at 180°C.",
    "[[PERSON:Marta Kowalczyk]] received a parking ticket (No. 4471-2290) on [[DATE_TIME:14/09/2023]] for her car, "
    "registration [[ID_NUMBER:WX 41827]], parked on [[LOCATION:ulica Nowy Świat]] in [[LOCATION:Warsaw]].",
    "[[PERSON:Samuel Okoro]], aged [[AGE:twenty-two]], a first-year nursing student from [[LOCATION:Port Harcourt]], "
    "lives in Room 17 of Block D at the university hostel.",
    "[[PERSON:Chloé Martin]] can be contacted at [[EMAIL_ADDRESS:chloe.martin@orange.fr]] or on "
    "[[PHONE_NUMBER:+33 6 48 27 19 55]]; she lives in the [[LOCATION:Marais]] district of [[LOCATION:Paris]].",
    "[[PERSON:Alejandro Ruiz]] and his wife [[PERSON:Carmen]] celebrated their 25th anniversary on "
    "[[DATE_TIME:September 9, 2023]] at a restaurant overlooking the [[LOCATION:Alhambra]] in [[LOCATION:Granada]].",
]

STYLES = {"chat": CHAT, "bench": BENCH, "doc": DOCS, "llm": LLM}

#: words that are titles, not names: a PERSON value must not start with one
_TITLE_WORDS = {"mr", "mrs", "ms", "mx", "dr", "prof", "sir", "rev", "fr", "capt", "sen", "judge", "hhj", "pc",
                "ofc", "sra", "sr", "doña", "don", "atty", "chief", "hon", "uzm", "commissioner"}


def check(markup: str, text: str, spans: list[dict], where: str) -> None:
    """Every mark typed, non-empty, trimmed, and apart from the others."""
    for match in MARK.finditer(markup):
        kind, value = match.group(1), match.group(2)
        if kind not in TYPES:
            raise ValueError(f"{where}: unknown type {kind}")
        if kind == "USERNAME" and value.startswith(("@", "u/")):
            raise ValueError(f"{where}: username with prefix {value!r}")
        if kind == "PERSON" and value.split()[0].rstrip(".").lower() in _TITLE_WORDS:
            raise ValueError(f"{where}: title inside PERSON {value!r}")
    last = 0
    for span in spans:
        value = text[span["start"] : span["end"]]
        if not value or value != value.strip():
            raise ValueError(f"{where}: empty or untrimmed {span['entity_type']} {value!r}")
        if span["start"] < last:
            raise ValueError(f"{where}: overlapping span at {span['start']}")
        last = span["end"]


def build() -> list[dict]:
    records = []
    for style, items in STYLES.items():
        for n, markup in enumerate(items, 1):
            record_id = f"blind2-{style}-{n:03d}"
            text, spans = parse(markup)
            check(markup, text, spans, record_id)
            records.append({"id": record_id, "text": text, "spans": spans})
    return records


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()

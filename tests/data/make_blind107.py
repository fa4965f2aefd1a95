"""Build tests/data/blind107.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind107.py

Blind: written without any knowledge of the detector. The only files read
were lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and the style descriptions, its import lines and the first
line of its record list) and its closing scaffolding from `STYLES = {` to
the end of the file (copied here), gold_sets.py (whole file), and lines
1-64 of make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME
regexes and `parse()`). Not read: minimize/, recognizers/, any test, bench/,
the README, any *.jsonl set (this set's own output included), any other
make_*.py, git history, log or status. The detector, the bench and the
tests were never run on this file. Do not tune the detector against it:
once it has been used to tune, it no longer measures anything; write a new
set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn, IBANs pass mod-97 with the right
length for their country, and the national check digits inside the French
(RIB key), Spanish, Belgian, Italian (CIN) and Portuguese IBANs are right
too; all were worked out with hand-run throwaway code while writing, not
generated here (`gold_sets.check` re-checks cards and IBANs and refuses a
bad one). National ids with a public check digit were given a valid one
the same way: NHS number, Canadian SIN, Aadhaar (Verhoeff), BSN, CPF, DNI,
South African ID (agreeing with the person's sex and birth date where they
show), Australian TFN and Medicare number, Irish PPSN, Singapore NRIC and
NZ IRD number; so were the ISBN-13 look-alikes. Not checked (no public
check digit, or none used): Nigerian NIN and BVN, bank and wallet account
numbers, voter's card VINs, Kenyan ids and KRA PINs, Ghana Card and
Ugandan NINs, Pakistani CNIC, Jamaican TRN, Philippine SSS, PhilHealth,
TIN, Pag-IBIG and LRN numbers, Indian PAN, UK NI numbers, US SSNs,
passports, licences, plates, and staff, student, member, patient, agent,
rider and loyalty numbers.
After writing, the marked-up records of this script were parsed in memory
(never the output file) to list e-mails, long digit runs and repeated
name words left outside marks; the slips found (a repeated first name,
account-opening dates, an Australian Medicare check digit) were fixed by
hand.

Styles (ids `blind107-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: 35 like ai4privacy pii-masking-200k/300k/400k (odd mixed
  sentences dense with names, invented job titles, streets with building
  numbers, secondary addresses, IPv4 / IPv6, MACs, user agents, card /
  CVV / expiry, IBAN / BIC), 34 like gretel-pii-masking-en-v1 (domain
  documents: loan and KYC forms, claims, contracts, medical and lab
  records, court and default notices, letters, certificates) and 31 like
  Nemotron-PII (JSON, log lines, SQL, XML, YAML, .env, git config, HTTP
  requests, curl, GraphQL, a stack trace, tickets and an issue).
- `gen` (90): one to four sentences with personal data woven into prose,
  the way a third-party LLM writes "realistic sentences with personal
  data"; names at the start, middle and end, lowercase and possessive;
  ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record rendered as text (CSV,
  semicolon CSV, TSV, pipes / Markdown, fixed-width, JSON lines, YAML,
  key: value blocks), varied column names and non-PII columns; header rows
  unlabeled.
- `chat` (8): support chats, a family messaging thread, team chat and a
  text thread, with the speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, PO and waybill refs, SKUs, ISBNs, versions shaped like
  IPs, hashes, serials, MACs, company phones and role mailboxes, company
  RC / TIN numbers, promo and referral codes, eponyms and eponymous
  diseases, streets and places named after people with no number), the few
  real PII values labeled; the first has no PII at all.
Domains: about a third of the gen and bench records (34 gen, 33 bench) are
about ride-hailing and food delivery, fintech wallets and agency banking
(POS agents, wallet KYC, transfers, reversals, payouts); the rest spread
over health, pharmacy, insurance, legal, HR and payroll, schools, travel,
lettings and mortgages, telecoms and SIM registration, government
services, gaming, social media, tech support, gyms, vets, weddings,
obituaries and events.
Languages: 216 records in English (Nigeria most of all, then the US, UK,
Canada, Australia, New Zealand, Ireland, India, Pakistan, South Africa,
Kenya, Uganda, Ghana, Singapore, the Philippines and Jamaica, with names
from the many cultures living there; Nigerian English with a little
Pidgin mixed in counts as English), 24 in Nigerian languages: Nigerian
Pidgin 8 (gen 4, bench 2, chat 1, lookalike 1), Yoruba 5 (gen 2, bench 2,
table 1), Igbo 5 (gen 2, bench 2, table 1) and Hausa 6 (gen 2, bench 2,
table 1, chat 1); per style: gen 10, bench 8, table 3, chat 2,
lookalike 1.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any shape,
  a weekday or a clock time said with the date included; not bare years,
  weekdays or times alone, "yesterday", durations, or dates not tied to a
  person (sale, invoice, release, expiry dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BIC, branch and routing codes, CVVs and expiries,
  PINs, order / ticket / claim / policy / booking / tracking / trip /
  transaction references, company phone numbers and role mailboxes,
  versions, hashes, serials, partial numbers ("ending 1004", "•••• 2070",
  masked PANs), pets, eponyms and brands named after people, header rows.

Calls made while writing this set, in the same spirit:
- Agent codes of human POS / banking agents, rider, driver, courier and
  delivery-partner ids, customer refs and codes, wallet numbers, badge and
  NMLS numbers, voter's card VINs, JAMB / matriculation / LRN numbers,
  NHIS, UHID and PNC ids are ID_NUMBER; POS terminal ids, RRNs, NIP
  session ids, IMEIs, SIM ICCIDs, vehicle VINs, polling-unit codes, bare
  database row ids (`id=88213`, `Patient/77120`) and company RC / TIN
  numbers are not labeled.
- A timestamp of a person's own action or event in a log, payload or
  ticket (login, password reset, trip request, payment, transfer,
  delivery to them, message sent, ticket raised, email sent, SIM swap) is
  DATE_TIME, like a "last login"; an account "opened", "joined",
  "move_in" or "start_date" column is DATE_TIME; chat message times alone
  are not; statement periods and "as at" dates are not.
- Dates written in Yoruba, Igbo or Hausa words ("ọjọ́ kejìlá oṣù kejì",
  "2 ga Janairu, 1988", "Talata 4 ga Maris") are DATE_TIME like English
  ones; Hausa "da karfe 09:14" (at 09:14) said with a date is inside it.
- Honorifics: Chief, Alhaji, Hajiya, Malam, Mazị, Olóyè, Imam, Pastor,
  Fr., Miss, Ma'am and a "(Mrs)" written after the name are TITLE; Mummy,
  Mama, Baba, Uncle, Nan and Oga are family or address words and stay
  outside.
- A "state of origin", "LGA", "province", "state" or "country" field
  (two-letter codes in a country field too) is LOCATION, and so is a
  licence's issuing state in brackets ("(TX)"); a "religion" field is NRP
  (also in Yoruba and Hausa, "Mùsùlùmí", "Musulmi"); a "nationality"
  column is NRP.
- Street name and building number given in separate fields (XML StrtNm /
  BldgNb) are both ADDRESS; a bare secondary address in chat ("Flat 4") or
  a unit column ("#12-08") is ADDRESS; a street named after a person is
  ADDRESS when it carries a house number and not labeled when it has none.
- "SURNAME/GIVEN" and quoted "Surname, Given" cells are one PERSON span;
  separate surname and first-name columns or XML elements are two.
- A sole trader's business email and a person's own work email or direct
  line are EMAIL_ADDRESS / PHONE_NUMBER; company switchboards, helplines,
  short codes, masked relay lines and role mailboxes are not labeled.
- "$" and "@" before a cashtag or a mention stay outside USERNAME; a
  GitHub profile is URL, a selfie or CDN link is not.
- GPS coordinates are not labeled; only a person's IP addresses appear
  outside the look-alikes, and they are labeled (IPv4 and IPv6).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind107.jsonl")

GEN = [
    """Hi, I booked a Bolt from [[ADDRESS:14 Admiralty Way]], [[LOCATION:Lekki Phase 1]] to the airport on [[DATE_TIME:Friday 7 March at 5:40am]] and the driver, [[PERSON:Sunday Adeyemi]], cancelled after I had waited 20 minutes. My number is [[PHONE_NUMBER:0803 417 2296]] if you need to call back.""",
    """my name is [[PERSON:ngozi okonkwo]], i ordered jollof and chicken on chowdeck to [[ADDRESS:Flat 4, 27 Ogunlana Drive]], [[LOCATION:Surulere]] and the rider brought someone else's bag. order was CHD-88213-LG, call me on [[PHONE_NUMBER:+2348124470913]]""",
    """[[PERSON:Tunde Bakare]]'s OPay wallet was debited ₦45,000 twice on [[DATE_TIME:12/02/2025]]; his wallet number is [[ID_NUMBER:8091452263]] and the BVN linked to it is [[ID_NUMBER:22184739016]].""",
    """As a Moniepoint agent in [[LOCATION:Kano]], [[PERSON:Hauwa Ibrahim]] processed a ₦50,000 withdrawal for [[TITLE:Malam]] [[PERSON:Sani Yakubu]], who later said he never got the cash. Her agent code is [[ID_NUMBER:MP-AG-0192274]] and the terminal serial is 2K410038871.""",
    """When [[PERSON:Esther Wanjiru]] sent KSh 3,500 via M-Pesa to [[PHONE_NUMBER:0722 618 094]] on [[DATE_TIME:3rd April 2024 at 8:12 PM]], the recipient's name showed as [[PERSON:JOSEPH K. MUTUA]] instead of her landlord's. The transaction code was SD34KQ9XP1.""",
    """Please update the delivery address on my Glovo account to [[ADDRESS:Apartment 9B, 31 Ring Road Central]], [[LOCATION:Accra]]; the old one was [[ADDRESS:House No. 12, 4th Lane]], [[LOCATION:Osu]]. Thanks, [[PERSON:Kwame Mensah]] ([[PHONE_NUMBER:+233 24 559 1780]])""",
    """I left my laptop in an Uber last night. The driver was [[PERSON:Marcus]] in a grey Camry, plate [[ID_NUMBER:8KXM214]]. Pickup was [[ADDRESS:2250 Mission St]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94110]]. You can reach me at [[EMAIL_ADDRESS:d.fairbanks88@gmail.com]]. – [[PERSON:Dana Fairbanks]]""",
    """Hello Kuda, I'm [[PERSON:Chiamaka Obi-Nwosu]], account [[ID_NUMBER:2013847725]]. Someone changed my transaction PIN on [[DATE_TIME:9 January 2025]] and I didn't request it. My registered email is [[EMAIL_ADDRESS:chiamaka.obinwosu@yahoo.com]].""",
    """Abeg make una help me, my name na [[PERSON:Emeka Udeh]]. I send ₦20,000 from my PalmPay to my sister [[PERSON:Adaeze]] account [[ID_NUMBER:0157729384]] since [[DATE_TIME:Monday 10th February]], e never land till now. My number na [[PHONE_NUMBER:08169023347]].""",
    """Ẹ káàsán o. Orúkọ mi ni [[PERSON:Adéwálé Ògúnlẹ́yẹ]], mo ń gbé ní [[ADDRESS:Nọ́mbà 8, Òpópónà Adéọlá Ọdẹ́kù]], [[LOCATION:Victoria Island]]. Awakọ̀ náà, [[PERSON:Ṣèyí]], kò dé ibi tí mo wà rárá. Ẹ pè mí lórí [[PHONE_NUMBER:0805 662 1904]].""",
    """Aha m bụ [[PERSON:Obiageli Nnamdi]]. Biko, zitere m ego ₦15,000 na akaụntụ m [[ID_NUMBER:3094418826]] dị na Access Bank. Nọmba ekwentị m bụ [[PHONE_NUMBER:0706 233 8471]].""",
    """Sunana [[PERSON:Abdullahi Musa Garba]], ina zaune a [[ADDRESS:Lamba 15, Titin Zariya]], [[LOCATION:Kano]]. Direban Bolt ya karɓi kuɗi fiye da kima ranar [[DATE_TIME:Talata 4 ga Maris]]. Lambar wayata: [[PHONE_NUMBER:0806 114 9023]].""",
    """Patient [[PERSON:Margaret O'Sullivan]], [[AGE:67]], was seen at the cardiology clinic on [[DATE_TIME:14 May 2024]]; her MRN is [[ID_NUMBER:MRN-0048217]] and her daughter [[PERSON:Siobhan]] can be reached on [[PHONE_NUMBER:087 214 6630]].""",
    """[[PERSON:Mr. Harjit Singh Dhillon]], NHS number [[ID_NUMBER:699 674 2684]], missed his physio appointment on [[DATE_TIME:Thursday 6 June at 2.15pm]]. Please rebook and send the letter to [[ADDRESS:57 Belgrave Gate]], [[LOCATION:Leicester]] [[ZIP_CODE:LE1 3HR]].""",
    """The claim was filed by [[PERSON:Roberto Alvarez]] (DOB [[DATE_TIME:03/22/1979]]) for water damage at [[ADDRESS:418 W. Olive Ave, Apt 2C]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93728]]. He says the pipe burst on [[DATE_TIME:January 14th]] while he was visiting his brother in [[LOCATION:Sacramento]].""",
    """[[PERSON:Ananya Krishnamurthy]] joined the [[LOCATION:Bengaluru]] office on [[DATE_TIME:1st July 2023]]; her PAN [[ID_NUMBER:BQKPK4821H]] and Aadhaar [[ID_NUMBER:2642 3391 9732]] are on file, and her salary goes to HDFC account [[ID_NUMBER:50100412387761]] (IFSC HDFC0001234).""",
    """Our son [[PERSON:Liam Tremblay]], student ID [[ID_NUMBER:S-20381744]], will be absent from [[DATE_TIME:March 18]] to [[DATE_TIME:March 22]] for a family trip to [[LOCATION:Quebec City]]. Thank you, [[PERSON:Nathalie Tremblay]], [[PHONE_NUMBER:(613) 555-0147]]""",
    """The bail hearing for [[PERSON:Thabo Mokoena]] (ID [[ID_NUMBER:8704128624086]]) has been set down for [[DATE_TIME:22 October 2024 at 09:30]]; his attorney asked that notices go to his mother's house at [[ADDRESS:1147 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]].""",
    """Tenant [[PERSON:Aroha Ngata]] moves into [[ADDRESS:Unit 3, 58 Ponsonby Road]], [[LOCATION:Grey Lynn]], [[LOCATION:Auckland]] [[ZIP_CODE:1021]] on [[DATE_TIME:1 February]]; the bond was lodged under reference BND-2291.""",
    """I'm trying to port my number [[PHONE_NUMBER:0917 482 6630]] from Smart to Globe. The account holder is [[PERSON:Maria Teresa Villanueva]], born [[DATE_TIME:August 9, 1990]], address [[ADDRESS:Blk 12 Lot 7, Camia St.]], [[LOCATION:Brgy. San Isidro]], [[LOCATION:Parañaque City]].""",
    """[[PERSON:Lim Wei Jie]] (NRIC [[ID_NUMBER:S8870281F]]) has applied for the resale flat at [[ADDRESS:Blk 418 Tampines Street 41, #08-112]], [[LOCATION:Singapore]] [[ZIP_CODE:520418]], with his wife [[PERSON:Tan Hui Min]].""",
    """User [[USERNAME:xX_ShadowKing_Xx]] (real name [[PERSON:Jordan Pike]], [[AGE:16]]) was banned for chargebacks; his mum emailed from [[EMAIL_ADDRESS:karen.pike74@outlook.com]] asking us to restore the account.""",
    """Can you take down the post where [[USERNAME:bisola.writes]] shared my home address ([[ADDRESS:5 Coker Road]], [[LOCATION:Ilupeju]]) and my number [[PHONE_NUMBER:0812 990 4471]]? I'm [[PERSON:Folake Adebanjo]] and I've already reported it twice.""",
    """[[PERSON:Janet Whitcombe]] brought in her labrador Biscuit on [[DATE_TIME:Tuesday 9 July]]; please ring her on [[PHONE_NUMBER:07700 900461]] with the blood results, not the landline.""",
    """hey it's [[PERSON:marcus o'neill]], membership no. [[ID_NUMBER:PG-448190]], can you freeze my account from [[DATE_TIME:june 1]]? i'm moving to [[LOCATION:cork]] for work""",
    """Prescription for [[PERSON:Doris Kimani]], [[AGE:58]]: metformin 500mg, to be collected at the Westlands branch. Her ID number is [[ID_NUMBER:24816730]] and her phone is [[PHONE_NUMBER:+254 711 930 482]].""",
    """Booking for [[PERSON:Mr. Olumide Fashola]] and [[PERSON:Mrs. Kemi Fashola]], passports [[ID_NUMBER:A08812947]] and [[ID_NUMBER:A09034481]], flying [[LOCATION:Lagos]] to [[LOCATION:London]] on [[DATE_TIME:18 Dec 2024]]; PNR K7QX2L.""",
    """Return requested by [[PERSON:Bree Callaghan]] for order #AU-204418. Courier pickup from [[ADDRESS:17 Wattle Crescent]], [[LOCATION:Blacktown]] [[LOCATION:NSW]] [[ZIP_CODE:2148]]; contact [[PHONE_NUMBER:0412 778 305]].""",
    """Hi, this is [[PERSON:Keisha Robinson]]. My SSN is [[US_SSN:529-41-7730]] and I need to dispute a charge on my card [[CREDIT_CARD:4858 9222 0429 1801]] from [[DATE_TIME:Feb 3]].""",
    """The VPN keeps dropping for [[PERSON:Rahul Menon]]; his laptop's IP is [[IP_ADDRESS:10.24.8.117]] and he works from home in [[LOCATION:Kochi]]. Email him at [[EMAIL_ADDRESS:rahul.menon@techvista.in]].""",
    """My Little Cab driver yesterday, [[PERSON:Peter Otieno]] (car [[ID_NUMBER:KDA 417M]]), dropped me in [[LOCATION:Kilimani]] instead of [[LOCATION:Hurlingham]] and still charged the full fare. Please refund to [[PERSON:Faith Njeri]], [[PHONE_NUMBER:0733 208 614]].""",
    """The Deliveroo rider left my order at the wrong door; I'm at [[ADDRESS:Flat 21, 40 Kingsland Road]], [[LOCATION:Dalston]], [[ZIP_CODE:E2 8DA]]. My name's [[PERSON:Chloe Barnes]], [[PHONE_NUMBER:07911 234580]].""",
    """Send the $50 to my Chipper tag [[USERNAME:temi_ade]], not [[USERNAME:temiade]], that one belongs to a stranger. – [[PERSON:Temitope Adeleke]]""",
    """POS agent [[PERSON:Ifeoma Chukwu]] at [[LOCATION:Ojota]] bus stop charged [[PERSON:Mr. Ayodele Johnson]] ₦500 to withdraw ₦10,000 on [[DATE_TIME:28/01/2025]]; he paid with his Verve card [[CREDIT_CARD:5061 0352 3218 8224 716]].""",
    """I sent ₱2,000 through GCash to [[PHONE_NUMBER:0917 882 0346]] thinking it was [[PERSON:Jericho Dizon]]'s number, but it went to someone else. My name is [[PERSON:Kristine Mae Bautista]].""",
    """The Zomato delivery partner, [[PERSON:Imran Shaikh]], called me from [[PHONE_NUMBER:+91 98201 44573]] and asked for an OTP. I'm [[PERSON:Sneha Kulkarni]], [[ADDRESS:B-704, Lodha Splendora]], [[LOCATION:Thane West]] [[ZIP_CODE:400615]].""",
    """The order for [[PERSON:Harpreet Gill]] at [[ADDRESS:3021 Cedar Hill Cross Rd]], [[LOCATION:Victoria]], [[LOCATION:BC]] [[ZIP_CODE:V8P 2N6]] was marked delivered at 7:48 pm but nothing arrived; she's asked for a callback on [[PHONE_NUMBER:250-384-9917]].""",
    """A loan app called my colleagues and told them that [[PERSON:Blessing Okoro]] owes ₦38,000. They got my contacts when I installed it on [[DATE_TIME:5th of November]], and my BVN [[ID_NUMBER:22351907748]] was used without my consent.""",
    """Our branch in [[LOCATION:Maiduguri]] onboarded [[PERSON:Fatima Bukar]] as a FirstMonie agent on [[DATE_TIME:2 September 2024]]; her NIN is [[ID_NUMBER:48210937564]] and she operates from [[ADDRESS:Shop 6, 19 Baga Road]].""",
    """inDrive driver [[PERSON:Yakubu Danladi]], plate [[ID_NUMBER:ABJ 204 KT]], picked me up at [[ADDRESS:23 Aminu Kano Crescent]], [[LOCATION:Wuse 2]] and took a longer route to [[LOCATION:Gwarinpa]]; I paid ₦6,800 instead of ₦3,500. [[PERSON:Oluchi Eze]], [[PHONE_NUMBER:+234 909 417 2280]]""",
    """The rider called from [[PHONE_NUMBER:07032219845]] saying he was at the gate of [[ADDRESS:Block C, Flat 6, 1004 Estate]], [[LOCATION:Victoria Island]], but nobody came up. Kindly refund or redeliver. Thanks, [[PERSON:Damilola]]""",
    """I'm [[PERSON:Oliver Hartley]]; I moved from [[ADDRESS:22 Brunswick Terrace]], [[LOCATION:Hove]] to [[ADDRESS:9 Castle Street]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH2 3AH]] on the [[DATE_TIME:3rd of March]], and my replacement card [[CREDIT_CARD:5388 4893 1185 6849]] went to the old address.""",
    """Please send the deposit to [[PERSON:Lukas Brenner]], IBAN [[IBAN_CODE:DE40 1001 0010 9033 4986 70]], with "Flat 2 deposit" as the reference; he's the landlord of [[ADDRESS:Karl-Marx-Allee 88, WE 14]], [[ZIP_CODE:10243]] [[LOCATION:Berlin]].""",
    """Someone pretending to be [[PERSON:Tyrell Jackson]] asked me to send $300 to $[[USERNAME:tyjack2]] on Cash App. The real [[PERSON:Tyrell]]'s number is [[PHONE_NUMBER:(404) 718-2290]], and he says his account was hacked on [[DATE_TIME:Sunday the 9th]].""",
    """Equity agent [[PERSON:Grace Achieng]] in [[LOCATION:Kisumu]] deposited KSh 12,000 into account [[ID_NUMBER:0450192773118]], which belongs to [[PERSON:Dennis Ouma]], on [[DATE_TIME:14/08/2024]].""",
    """Ola driver [[PERSON:Suresh Yadav]] ([[ID_NUMBER:KA 05 MJ 4412]]) was rude to my mother, [[PERSON:Lakshmi Iyer]], [[AGE:72]], on [[DATE_TIME:Sunday 16 March around 10 am]] and left her at [[LOCATION:Jayanagar 4th Block]].""",
    """[[PERSON:Kevin Tran]]'s DoorDash order went to [[ADDRESS:1187 Hollis Ave]] instead of [[ADDRESS:1187 Hollis Ct]] in [[LOCATION:Hayward]]; he wants the refund on the Amex ending 1004.""",
    """[[PERSON:Brian Kiptoo]], ID [[ID_NUMBER:31274805]], says Fuliza charged him twice on [[DATE_TIME:6 Jan]]; his line is [[PHONE_NUMBER:0790 223 118]].""",
    """POS woman for [[LOCATION:Ikotun]] junction collect my ATM card, she say machine hold am. Na Mama [[PERSON:Tobi]] dey run that stand. My name na [[PERSON:Kelechi Onyekachi]], account number [[ID_NUMBER:0094417283]], e happen [[DATE_TIME:Saturday 22 Feb around 4pm]].""",
    """Na yi odar abinci daga Chowdeck zuwa [[ADDRESS:Lamba 4, Titin Sokoto]], [[LOCATION:Kaduna]], amma ba a kawo ba. Sunana [[PERSON:Zainab Lawal]], lambar waya [[PHONE_NUMBER:08034471926]].""",
    """Ẹ jọ̀ọ́, ẹ bá mi wo àkọọ́lẹ̀ OPay mi. Orúkọ mi ni [[PERSON:Bọ́lánlé Akínyẹmí]], nọ́mbà àkọọ́lẹ̀ mi ni [[ID_NUMBER:8142290375]]. Wọ́n yọ ₦12,000 lára rẹ̀ ní [[DATE_TIME:ọjọ́ kejìlá oṣù kejì]] láìjẹ́ pé mo fọwọ́ sí i.""",
    """Onye na-anya ụgbọala Bolt, [[PERSON:Ikenna Obi]], ebughị m ruo [[ADDRESS:12 Zik Avenue]], [[LOCATION:Enugu]]. Ọ rịọrọ m ka m kwụọ ya ego ọzọ. Aha m bụ [[PERSON:Ngozi Okeke]], nọmba m bụ [[PHONE_NUMBER:0813 552 0719]].""",
    """Driver wey carry me from [[LOCATION:Ikeja]] go [[LOCATION:Yaba]] yesterday night forget my phone for him motor. Him name na [[PERSON:Segun]], plate [[ID_NUMBER:KJA 482 HG]]. Abeg make una call am for me, my other line na [[PHONE_NUMBER:0902 118 4403]].""",
    """Una app don block my account since [[DATE_TIME:3rd March]], una say make I update NIN. I don upload am: [[ID_NUMBER:70318842659]]. Name na [[PERSON:Aisha Bello]], email [[EMAIL_ADDRESS:aishabello.ng@gmail.com]]. Abeg run am quick, na my business account be dat.""",
    """[[PERSON:Nomvula Dlamini]] ([[AGE:32]]), ID [[ID_NUMBER:9209304645086]], was discharged on [[DATE_TIME:2024/11/08]] and referred to the clinic in [[LOCATION:Soweto]] for follow-up; her sister [[PERSON:Zanele]] will collect the medication.""",
    """We're thrilled to invite you to the wedding of [[PERSON:Adaobi]] & [[PERSON:Tobenna]] on [[DATE_TIME:Saturday, 26th April 2025]] at St. Mary's Catholic Church, [[LOCATION:Onitsha]]. RSVP to [[PERSON:Uju]] on [[PHONE_NUMBER:0803 771 2048]].""",
    """[[PERSON:Rodrigo Fernández]], a [[NRP:Mexican]] national born [[DATE_TIME:11 February 1988]], travels on passport [[ID_NUMBER:G28847163]]; his A-number is [[ID_NUMBER:A-214-887-301]] and his interview is on [[DATE_TIME:May 6 at 8:00 a.m.]] in [[LOCATION:San Antonio]].""",
    """The parish council thanked [[TITLE:Fr.]] [[PERSON:Declan Murphy]] for 25 years in [[LOCATION:Ballina]]; parishioners can send cards to [[ADDRESS:The Presbytery, Cathedral Road]], [[LOCATION:Ballina]], [[LOCATION:Co. Mayo]], [[ZIP_CODE:F26 X2V0]].""",
    """I'm writing to apply for the data analyst role. I'm [[PERSON:Kofi Boateng]], [[AGE:27]], currently living at [[ADDRESS:15 Dzorwulu Crescent]], [[LOCATION:Accra]], and you can see my work at [[URL:github.com/kofiboateng-data]].""",
    """Meter reading for [[PERSON:Mrs. Patricia Nwachukwu]] at [[ADDRESS:41 Elmhurst Road]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 5HY]], taken on [[DATE_TIME:01.04.2025]]: 48213 kWh.""",
    """The complainant, [[PERSON:Oluwaseun Adigun]], aged [[AGE:41]], reported that her handbag with her driver's licence ([[ID_NUMBER:LAG48213AA09]]) and phone ([[PHONE_NUMBER:0805 339 1170]]) was snatched near [[LOCATION:Obalende]] on [[DATE_TIME:Wednesday 19th February 2025 at about 7:30pm]].""",
    """congrats to [[PERSON:ayomide oladipo]] who got into medicine at [[LOCATION:ife]]!!! she only turns [[AGE:17]] next week and her jamb reg no [[ID_NUMBER:20235648201FH]] is already framed in her mum's shop lol""",
    """Guest [[PERSON:Ms. Ingrid Solberg]] checks in [[DATE_TIME:2025-06-14]] and leaves [[DATE_TIME:2025-06-17]]; [[NRP:Norwegian]] passport [[ID_NUMBER:FH8840273]], card on file [[CREDIT_CARD:3735 584515 27556]].""",
    """Met a guy called [[PERSON:Jason]] on Hinge, he says he's [[AGE:34]] and lives in [[LOCATION:Brixton]], his insta is [[USERNAME:jase.b_ldn]]. Sending this to you [[PERSON:Priya]] just in case!!""",
    """[[PERSON:Marie-Claude Gagnon]] reported that someone used her SIN, [[ID_NUMBER:633 288 170]], to open a line of credit; she lives at [[ADDRESS:4410 rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] ([[LOCATION:QC]]) [[ZIP_CODE:H2J 2L1]].""",
    """Renter [[PERSON:Samuel Okafor]], [[LOCATION:Texas]] DL [[US_DRIVER_LICENSE:41827539]], picked up the Corolla on [[DATE_TIME:4/12/25 9:15 AM]] and listed his home as [[ADDRESS:7710 Bellaire Blvd #214]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77036]].""",
    """[[PERSON:Ms. Alvarez]], [[PERSON:Mateo]]'s inhaler is in the front pocket of his bag. He is [[AGE:8]] and allergic to peanuts, so please call me on [[PHONE_NUMBER:(305) 555-0182]] if anything happens. – [[PERSON:Lucía Romero]]""",
    """The courier tried to deliver a parcel for [[PERSON:Hendrik van der Merwe]] at [[ADDRESS:7 Kloof Nek Road]], [[LOCATION:Tamboerskloof]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]]; tracking 4471 8820 331 is not his, so he refused it.""",
    """Nan ([[PERSON:Edna Pryce]], [[AGE:91]]) has a GP appointment on [[DATE_TIME:Mon 3/3 at 11:40]] with [[PERSON:Dr. Okonjo]] at the surgery on [[ADDRESS:12 High Street]], [[LOCATION:Abergavenny]]; can someone drive her?""",
    """Pay to: [[PERSON:Chidinma Eze]], GTBank account [[ID_NUMBER:0123984471]], or through Payoneer to [[EMAIL_ADDRESS:chidinma.designs@gmail.com]]. Invoice INV-2025-031 is due in 30 days.""",
    """Keynote speaker [[PERSON:Prof. Wangari Muthoni]] lands at JKIA on [[DATE_TIME:10 May, 14:20]]; the driver, [[PERSON:Kamau]], will meet her at arrivals and his line is [[PHONE_NUMBER:0720 441 985]].""",
    """[[PERSON:Manpreet Kaur]] and [[PERSON:Gurdeep Singh]] closed on [[ADDRESS:88 Sandalwood Pkwy E]], [[LOCATION:Brampton]], [[LOCATION:ON]] on [[DATE_TIME:June 28]]; their mortgage account is [[ID_NUMBER:7720-4418-09]].""",
    """The noise complaint concerns the tenant at [[ADDRESS:14/220 Beach Road]], [[LOCATION:Sandringham]] [[LOCATION:VIC]] [[ZIP_CODE:3191]]. Complainant: [[PERSON:Meredith Hughes]], [[PHONE_NUMBER:(03) 9598 4471]].""",
    """[[PERSON:Lachlan Murray]]'s TFN is [[ID_NUMBER:234 410 118]] and he was born on [[DATE_TIME:17/09/1994]], so he's [[AGE:30]] for this year's return.""",
    """To register [[PERSON:Aoife Brennan]] for Child Benefit we need her PPSN ([[ID_NUMBER:6565736I]]) and the baby's date of birth, [[DATE_TIME:2nd January 2025]].""",
    """[[PERSON:Sanne de Vries]] (BSN [[ID_NUMBER:544665983]]) starts at our [[LOCATION:Utrecht]] office on [[DATE_TIME:1 September]]; her salary goes to [[IBAN_CODE:NL32INGB6878681209]].""",
    """Our client [[PERSON:João Pedro Almeida]], CPF [[ID_NUMBER:826.589.067-22]], is relocating from [[LOCATION:São Paulo]] to [[LOCATION:Lisbon]] on [[DATE_TIME:July 15th]] with his partner [[PERSON:Renata]].""",
    """The tenant, [[PERSON:Lucía Martín Pérez]] (DNI [[ID_NUMBER:79706738P]]), pays the rent into [[IBAN_CODE:ES06 2100 0418 4565 3282 9685]] on the first of each month.""",
    """[[PERSON:Ayesha Siddiqui]]'s CNIC is [[ID_NUMBER:35202-4418237-6]] and she's [[AGE:29]]; she'll collect the parcel herself from [[ADDRESS:House 42, Street 7, F-10/3]], [[LOCATION:Islamabad]].""",
    """[[PERSON:Mr. Delroy Campbell]] of [[ADDRESS:22 Hope Road]], [[LOCATION:Kingston 6]], TRN [[ID_NUMBER:118-442-907]], called from [[PHONE_NUMBER:876-927-4410]] about his pension arrears.""",
    """[[PERSON:Akosua Asante]]'s Ghana Card number is [[ID_NUMBER:GHA-718244903-5]]; she was born [[DATE_TIME:23-08-1996]] in [[LOCATION:Kumasi]] and now lives in [[LOCATION:Tema]].""",
    """It's [[PERSON:Zara]]'s [[AGE:6]]th birthday on [[DATE_TIME:Sat 12 Oct]] at [[ADDRESS:31 Mill Lane]], [[LOCATION:Didsbury]], text [[PERSON:Hannah]] on [[PHONE_NUMBER:07700 900872]] to RSVP!""",
    """[[TITLE:Chief]] [[PERSON:Emmanuel Okwudili Nnaji]], aged [[AGE:84]], passed away peacefully on [[DATE_TIME:2nd February 2025]] at his residence, [[ADDRESS:5 Nnaji Close]], [[LOCATION:Independence Layout]], [[LOCATION:Enugu]].""",
    """yo its [[PERSON:dre]], new number is [[PHONE_NUMBER:347 555 0193]] save it. also venmo me the $40 for the tickets, [[USERNAME:andre-w-94]]""",
    """[[PERSON:Sarah Goldberg]], [[AGE:45]], DOB [[DATE_TIME:1979-06-02]], MRN [[ID_NUMBER:00482913]], presents with recurrent migraine; referred by [[PERSON:Dr. Anil Gupta]].""",
    """U-12 registration: [[PERSON:Kai Nakamura]] (born [[DATE_TIME:3 May 2013]]), parent [[PERSON:Yuki Nakamura]], [[EMAIL_ADDRESS:yuki.nakamura@icloud.com]], [[ADDRESS:6 Beaumont Street]], [[LOCATION:Fremantle]] [[LOCATION:WA]] [[ZIP_CODE:6160]].""",
    """[[TITLE:Imam]] [[PERSON:Abdulrahman Yusuf]] and [[TITLE:Pastor]] [[PERSON:Grace Adekunle]] will co-host the youth peace forum in [[LOCATION:Ilorin]]; the [[NRP:Muslim]] and [[NRP:Christian]] volunteers can register with [[PERSON:Habeeb]] on [[PHONE_NUMBER:0811 402 7735]].""",
    """Dear [[PERSON:Olamide]], we are pleased to offer you the role of Operations Analyst starting [[DATE_TIME:Monday, 2nd June 2025]]. Kindly bring your NIN slip ([[ID_NUMBER:31947726085]]) and a passport photograph to [[ADDRESS:3rd Floor, 17 Alfred Rewane Road]], [[LOCATION:Ikoyi]].""",
    """the hospital portal still shows my old email, please change it from [[EMAIL_ADDRESS:t.oyelaran@hotmail.com]] to [[EMAIL_ADDRESS:tayo.oyelaran@gmail.com]]. hospital no. [[ID_NUMBER:LUTH/2019/04471]], name is [[PERSON:tayo oyelaran]]""",
    """[[PERSON:Gareth Llewellyn]]'s car, reg [[ID_NUMBER:CF19 XKT]], was hit while parked outside [[ADDRESS:8 Heol y Deri]], [[LOCATION:Rhiwbina]], [[LOCATION:Cardiff]] on the night of [[DATE_TIME:11 November]]; for the claim he gave his NI number as [[ID_NUMBER:JT 48 22 91 C]].""",
]

BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    """Attention [[PERSON:Dr. Ifeanyi Okafor]], your Dynamic Integration Officer profile was accessed from [[IP_ADDRESS:102.89.34.117]] using Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.143 Mobile Safari/537.36 on [[DATE_TIME:07/03/2025 22:41]]. If this wasn't you, reset the password Xk9!pQ2m#v and write to [[EMAIL_ADDRESS:ifeanyi.okafor@protonmail.com]].""",
    """Driver [[PERSON:Abdul-Rasheed Oyewole]] ([[AGE:38]], male), vehicle [[ID_NUMBER:LSR 735 XA]], completed the trip to [[ADDRESS:45B Isaac John Street]], [[LOCATION:GRA Ikeja]], [[LOCATION:Lagos State]] [[ZIP_CODE:100271]]. Rider [[PERSON:Precious Etim]] paid with card [[CREDIT_CARD:5399532522794841]], exp 09/27, CVV 412. Device MAC 3C:22:FB:91:0A:7E, IP [[IP_ADDRESS:197.210.54.22]].""",
    """Dear [[PERSON:Kelechi]], your Legacy Response Strategist payout of ₦740,000 has been sent to account [[ID_NUMBER:2087744109]]. Your username [[USERNAME:kelechi_n84]] and PIN 4471 should never be shared with anyone. We may call you on [[PHONE_NUMBER:+234-802-551-0094]] to confirm.""",
    """[[PERSON:Siddharth Venkataraman]], a [[AGE:52]]-year-old Principal Paradigm Consultant from [[LOCATION:Chennai]], logged in from [[IP_ADDRESS:2401:4900:1c5a:8e2f::3b]] to change his delivery address to [[ADDRESS:No. 14, 3rd Cross Street]], [[LOCATION:Besant Nagar]], [[ZIP_CODE:600090]]. Payment: Mastercard [[CREDIT_CARD:5146-4629-0753-9346]], CVV 881, expiring 11/26.""",
    """In reference to the quarterly audit, [[PERSON:Gift Ebere Nwankwo]] must verify the transfer of £2,340.00 from [[IBAN_CODE:GB18BARC20041597367618]] (BIC BARCGB22) to her wallet. Her number [[PHONE_NUMBER:+44 7458 210336]] and email [[EMAIL_ADDRESS:gift.nwankwo@btinternet.com]] are on file, as is her date of birth, [[DATE_TIME:1991-02-17]].""",
    """Please ship the replacement card to [[PERSON:Mx. Rowan Ellery]] at [[ADDRESS:Apt. 512, 9980 Schaefer Mills]], [[LOCATION:Port Ayannaside]], [[LOCATION:Wyoming]] [[ZIP_CODE:82604]]. Their username is [[USERNAME:rellery_91]]; last seen on IP [[IP_ADDRESS:73.162.18.240]] with MAC a4:5e:60:d2:19:7b.""",
    """The account of [[PERSON:Mrs. Zainab Olawale]], Senior Operations Facilitator, at [[ADDRESS:Suite 402, 77 Broad Street]], [[LOCATION:Lagos Island]], was credited from [[IBAN_CODE:AE34 0338 4461 8702 5459 797]] on [[DATE_TIME:14th of January 2025]]; her BVN [[ID_NUMBER:22467013385]] matches the sender's records.""",
    """Hi [[PERSON:Rhys Pritchard]], the vehicle with VRM [[ID_NUMBER:WP68 HZL]] and VIN WVWZZZ1KZ8W123871 registered to [[ADDRESS:27 Clos yr Wenallt]], [[LOCATION:Pontypridd]], [[ZIP_CODE:CF37 4PL]] was flagged for an unpaid toll. Pay online with reference TL-88210 or call us back.""",
    """Hello, I'm your Glovo courier [[PERSON:Efosa Osaze]]. I'm at [[ADDRESS:House 3, 9 Adeyemo Alakija Street]], [[LOCATION:Victoria Island]] but the gateman says there's no [[PERSON:Oghenekaro]] here. Please call [[PHONE_NUMBER:0817 339 2054]] or the alternate number [[PHONE_NUMBER:0701 559 8833]].""",
    """Wallet KYC upgrade for [[PERSON:Terver Msughter Iorliam]], born [[DATE_TIME:04-Apr-1993]], NIN [[ID_NUMBER:59230148876]], from [[LOCATION:Makurdi]], [[LOCATION:Benue State]]. Selfie match score 0.93. Device IMEI 356938035643809, IP [[IP_ADDRESS:105.113.6.201]].""",
    """The Human Interactions Coordinator [[PERSON:Yolanda Mbeki]] wants her payslips sent to [[EMAIL_ADDRESS:yolanda.mbeki@webmail.co.za]] and her ID number [[ID_NUMBER:7903054119084]] corrected on the system; she turned [[AGE:46]] on [[DATE_TIME:5 March]].""",
    """Trip receipt for [[PERSON:Ebiere Tonye-Harry]]. Pickup: [[ADDRESS:12 Olu Obasanjo Road]], [[LOCATION:Port Harcourt]] [[ZIP_CODE:500272]] at 18:02; drop-off: [[ADDRESS:Plot 41, Trans-Amadi Layout]] at 18:37. Driver: [[PERSON:Ibinabo]] (4.9★), Toyota Corolla [[ID_NUMBER:PHC 118 EN]]. Paid with Visa •••• 2070.""",
    """Dear [[PERSON:Ms. Priyanka Deshmukh]], your Future Markets Planner contract is due for renewal. Kindly confirm your Aadhaar [[ID_NUMBER:5477 8875 0694]], PAN [[ID_NUMBER:AJRPD7714L]] and current address, [[ADDRESS:Flat 1203, Tower B, Lodha Amara, Kolshet Road]], [[LOCATION:Thane]] [[ZIP_CODE:400607]].""",
    """[[PERSON:Yusuf Demir]], [[AGE:24]], [[NRP:Turkish]], transferred 4,250 TRY from [[IBAN_CODE:TR03 0006 1067 6097 7599 3302 41]] to his landlord [[PERSON:Mehmet Aydın]] on [[DATE_TIME:2024-12-01 09:14]]. Login IP: [[IP_ADDRESS:88.241.17.63]].""",
    """Counselling notes for [[PERSON:Amaru Quispe]] ([[AGE:29]], [[NRP:Peruvian]]): next session [[DATE_TIME:Thursday 20 March 2025, 16:00]] at [[ADDRESS:Office 3, 221 Queen Street]], [[LOCATION:Brisbane City]] [[LOCATION:QLD]] [[ZIP_CODE:4000]]. Send the reminder to [[PHONE_NUMBER:0468 201 775]].""",
    """Agent [[PERSON:Chinonso Ezeh]] (agent ID [[ID_NUMBER:AGT-LAG-004418]]) at [[ADDRESS:Shop 22, 5 Ojuelegba Road]], [[LOCATION:Surulere]] did a ₦30,000 cash-out for [[PERSON:Rukayat Adisa]] on card [[CREDIT_CARD:5061103592029583407]], RRN 502814775910, terminal 2058LX93. Customer phone [[PHONE_NUMBER:0818 226 4419]].""",
    """[[PERSON:Mr. Jean-Baptiste Habimana]], our Central Accountability Analyst, flies [[LOCATION:Kigali]]–[[LOCATION:Nairobi]] on [[DATE_TIME:9/5/2025]]; his passport [[ID_NUMBER:PC1274493]] and card [[CREDIT_CARD:4660-1128-5596-2169]] (CVV 073, exp 02/28) are on the booking.""",
    """Delivery partner [[PERSON:Mohammed Rafiq]] (partner ID [[ID_NUMBER:SWG-DP-771204]]) reports that customer [[PERSON:Ishita Bose]] at [[ADDRESS:22/4 Ballygunge Place]], [[LOCATION:Kolkata]] [[ZIP_CODE:700019]] refused the order. Customer phone [[PHONE_NUMBER:98300 41172]], alternate [[PHONE_NUMBER:033 2461 0093]].""",
    """[[PERSON:Beatriz]], please confirm the Discover card [[CREDIT_CARD:6011 8520 2587 8578]] issued to [[PERSON:Beatriz Ocampo]], [[ADDRESS:3318 N Kedzie Ave, Unit 2]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60618]]. SSN on file: [[US_SSN:412 88 3091]]. Age: [[AGE:61]].""",
    """Our Regional Factors Associate [[PERSON:Aleksander Nowak]] asked for the refund to go to [[IBAN_CODE:PL88 7403 2024 7432 7920 1723 5334]]; his username [[USERNAME:anowak.krk]] and IPv4 [[IP_ADDRESS:31.61.198.7]] were logged on [[DATE_TIME:28.02.2025 13:05]].""",
    """M-Pesa statement request by [[PERSON:Wambui Kariuki]], ID [[ID_NUMBER:29840117]], phone [[PHONE_NUMBER:254712883104]], KRA PIN [[ID_NUMBER:A009128447K]], for 1 Jan – 31 Mar 2025. Email the statement to [[EMAIL_ADDRESS:wambuik@gmail.com]] with password protection.""",
    """[[PERSON:Hamish]] from IT here. Your workstation (MAC 00:1B:44:11:3A:B7) at desk 4.12 now has IP [[IP_ADDRESS:fe80::1c2b:3ff:fe4a:91d2]]. Ping me at [[EMAIL_ADDRESS:hamish.mcallister@glenlogistics.co.uk]] or on my direct line [[PHONE_NUMBER:0131 496 0812]].""",
    """Safety report: rider [[PERSON:Adaku Nwachukwu]], [[AGE:23]], female, trip from [[LOCATION:Yaba]] to [[ADDRESS:8 Akin Adesola Street]], [[LOCATION:Victoria Island]] on [[DATE_TIME:15/03/2025 23:10]]. Driver [[PERSON:Olalekan Badmus]], licence [[ID_NUMBER:LAG71120BB14]], vehicle [[ID_NUMBER:EKY 590 GF]]. Driver account suspended pending review.""",
    """Height 168 cm, eye colour hazel: [[PERSON:Caoimhe Ní Bhriain]], [[AGE:35]], of [[ADDRESS:Apartment 4, 17 Fitzwilliam Square]], [[LOCATION:Dublin 2]], [[ZIP_CODE:D02 W732]], PPSN [[ID_NUMBER:4968034D]], has asked to be added to the donor register.""",
    """Dear [[PERSON:Hadiza]], your Paga wallet linked to [[PHONE_NUMBER:0814 662 3390]] received ₦18,500 from [[PERSON:Bashir Lawan]] (account [[ID_NUMBER:0029918443]]) on [[DATE_TIME:Friday, 21 March 2025 at 10:17]].""",
    """Bill to: [[PERSON:Kwabena Owusu-Ansah]], [[ADDRESS:P.O. Box KN 4412]], [[LOCATION:Kaneshie]], [[LOCATION:Accra]]. Ghana Card [[ID_NUMBER:GHA-002918447-2]]. Card charged: [[CREDIT_CARD:4008231179062513]], amount GH₵ 1,240.00.""",
    """[[PERSON:Nguyen Thi Lan]], [[AGE:38]], a [[NRP:Vietnamese]] citizen residing at [[ADDRESS:Unit 9, 44 Hopkins Street]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]], Medicare [[ID_NUMBER:2953 71843 1]], mobile [[PHONE_NUMBER:0431 905 118]], requested an interpreter.""",
    """Attention driver-partner [[PERSON:Kunle Ajayi-Bamidele]]: your weekly earnings statement for vehicle [[ID_NUMBER:KSF 233 DK]] has been sent to [[EMAIL_ADDRESS:kunleajayi.b@gmail.com]]. Payouts go to account [[ID_NUMBER:0061728994]]; please update your home address, [[ADDRESS:19 Ajao Road]], [[LOCATION:Ikeja]], if it has changed.""",
    """Hey [[PERSON:Camille Dubois]], as Forward Group Manager at the [[LOCATION:Lyon]] site, your expenses of €412.60 will be paid to [[IBAN_CODE:FR76 3000 4008 2369 0368 8303 821]]. We have your phone as [[PHONE_NUMBER:+33 6 12 48 77 30]]; tell us if it changed.""",
    """[[PERSON:Tomás Herrera]] | DOB [[DATE_TIME:12/09/1987]] | SSN [[US_SSN:618-22-4517]] | DL [[US_DRIVER_LICENSE:D4471908]] ([[LOCATION:CA]]) | [[ADDRESS:1422 Fulton St, Apt 3]], [[LOCATION:Oakland]] [[ZIP_CODE:94612]] | Sex: M | Blood type O+""",
    """[[PERSON:Fatima-Zahra El Idrissi]] asked us to close her account; the balance goes to her IBAN [[IBAN_CODE:BE53 7194 8428 4253]]. Last login [[DATE_TIME:2025-01-19T07:44:03Z]] from [[IP_ADDRESS:81.244.102.56]], user agent Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) Safari/605.1.15.""",
    """Traveller [[PERSON:Jennifer Liu-Park]], US passport [[US_PASSPORT:A44918273]], DOB [[DATE_TIME:Oct 2, 1984]], frequent flyer [[ID_NUMBER:UA88213344]], seat 14C; emergency contact [[PERSON:Daniel Park]], [[PHONE_NUMBER:+1 (646) 201-7734]].""",
    """Your MTN MoMo wallet ([[PHONE_NUMBER:024 771 8032]]) was used to pay GH₵ 650 to [[PERSON:Ama Serwaa Boakye]] on [[DATE_TIME:03/02/2025 at 14:22]]. Transaction ID 44819205771. If you did not authorise this, dial 100.""",
    """Customer [[PERSON:Ifeanyichukwu Obi]] tipped rider [[PERSON:Kabiru Sule]] ₦1,000 on card [[CREDIT_CARD:5199-4985-9516-0256]] for order CD-77120 to [[ADDRESS:4 Ladipo Oluwole Street]], [[LOCATION:Ikeja]]; rider phone [[PHONE_NUMBER:0906 112 4478]].""",
    """Hi [[PERSON:Olumide]], the Investor Tactics Producer role needs a background check. Please send your NIN [[ID_NUMBER:63318094427]], your date of birth ([[DATE_TIME:30th June 1989]]) and the address [[ADDRESS:No. 7, Ola-Ayeni Street]], [[LOCATION:Ikeja]], [[ZIP_CODE:100281]], and make sure your browser (Opera/9.80 (Windows NT 6.1) Presto/2.12.388 Version/12.16) allows pop-ups.""",
    # in the manner of gretel-pii-masking-en-v1
    """LOAN APPLICATION – SUMMARY SHEET
Applicant: [[PERSON:Nkechi Grace Umeh]]
Date of birth: [[DATE_TIME:23 November 1986]]
Residential address: [[ADDRESS:22 Ezenei Avenue]], [[LOCATION:Asaba]], [[LOCATION:Delta State]]
BVN: [[ID_NUMBER:22190473358]]
Occupation: Accounts Officer, Delta Agro Ltd
Net monthly income: ₦480,000
Amount requested: ₦2,500,000 over 24 months
Guarantor: [[PERSON:Mr. Obinna Umeh]] (husband), [[PHONE_NUMBER:0803 440 2117]]
Officer's note: applicant has banked with us since 2016; salary account [[ID_NUMBER:0048812375]] shows regular inflows.""",
    """AUTO CLAIM NOTICE
Claim No.: CLM-2025-0418829
Insured: [[PERSON:Derek Swanson]]
Policy: PA-88213-TX
Date of loss: [[DATE_TIME:February 11, 2025, approx. 5:45 PM]]
Location of loss: [[ADDRESS:2901 S Lamar Blvd]], [[LOCATION:Austin]], [[LOCATION:TX]]
Insured's address: [[ADDRESS:4512 Avenue G]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78751]]
Driver's license: [[US_DRIVER_LICENSE:27718830]] ([[LOCATION:TX]])
Other party: [[PERSON:Alicia Moreno]], [[PHONE_NUMBER:512-555-0173]], plate [[ID_NUMBER:LMK-4471]]
Description: Insured was rear-ended while stopped at a red light. No injuries reported. Vehicle towed to Capitol Collision.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Mrs. Gwendolyn Ashby]]    NHS No: [[ID_NUMBER:444 904 5327]]    DOB: [[DATE_TIME:08/11/1941]] ([[AGE:83]])
Address: [[ADDRESS:Flat 2, Rosemount Court, 14 Lansdown Road]], [[LOCATION:Bath]] [[ZIP_CODE:BA1 5DY]]
Admitted: [[DATE_TIME:02/03/2025]]    Discharged: [[DATE_TIME:09/03/2025]]
Consultant: [[PERSON:Dr. R. Chaudhry]]
Diagnosis: community-acquired pneumonia, resolved.
Plan: GP review in 2 weeks; daughter ([[PERSON:Helen Ashby]], [[PHONE_NUMBER:07700 900318]]) to collect medication.""",
    """This Employment Agreement is made on [[DATE_TIME:15 January 2025]] between Northwind Analytics Pvt. Ltd. (the "Company") and [[PERSON:Mr. Arjun Raghavan]], son of [[PERSON:K. Raghavan]], aged [[AGE:31]] years, residing at [[ADDRESS:No. 48, 2nd Main, 5th Cross]], [[LOCATION:Malleshwaram]], [[LOCATION:Bengaluru]] – [[ZIP_CODE:560003]] (the "Employee"). The Employee's PAN is [[ID_NUMBER:AMRPR4410Q]] and his date of joining shall be [[DATE_TIME:3 February 2025]].""",
    """TENANCY AGREEMENT
Landlord: [[PERSON:Joseph Mwangi Kamau]], ID No. [[ID_NUMBER:11827406]], [[ADDRESS:P.O. Box 4471]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]]
Tenant: [[PERSON:Achieng Atieno Odhiambo]], ID No. [[ID_NUMBER:30118254]], tel. [[PHONE_NUMBER:0721 554 903]]
Premises: [[ADDRESS:Flat B4, Mirage Court, Ngong Road]], [[LOCATION:Kilimani]], [[LOCATION:Nairobi]]
Commencement: [[DATE_TIME:1st March 2025]]
Monthly rent: KSh 45,000, payable by M-Pesa to Paybill 522522, account [[ID_NUMBER:1180447729]]
Deposit: two months' rent, refundable on vacation of the premises.""",
    """NOTICE OF DEFAULT
To: [[PERSON:Mr. Chukwuebuka Nnadi]]
Address: [[ADDRESS:Flat 3, Block 14, Abesan Estate]], [[LOCATION:Ipaja]], [[LOCATION:Lagos]]
Phone: [[PHONE_NUMBER:0813 904 2276]]
Loan ID: QC-LN-0088213
Disbursed: ₦150,000 on [[DATE_TIME:10 December 2024]] to account [[ID_NUMBER:2210947736]] (BVN [[ID_NUMBER:22291084456]])
Outstanding: ₦187,500 as at 28 February 2025.
You are hereby notified that your loan is in default. Kindly repay within 7 days to avoid referral to the credit bureau. In line with FCCPC guidelines, we will not contact persons in your phonebook.""",
    """[[DATE_TIME:March 4, 2025]]

Dear [[PERSON:Dr. Leblanc]],

Thank you for seeing [[PERSON:Ms. Aiyana Whitehorse]] (DOB [[DATE_TIME:1998-07-30]], chart # [[ID_NUMBER:WH-0031872]]), a [[AGE:26]]-year-old woman from [[LOCATION:Maskwacis]] with a three-month history of joint pain and morning stiffness. She can be reached at [[PHONE_NUMBER:780-585-2291]]; please copy her family physician, [[PERSON:Dr. Samira Haddad]].

Sincerely,
[[PERSON:Dr. Paul Lindqvist]]""",
    """MEMBER ENROLLMENT – SUNRISE HEALTH PLAN
Subscriber: [[PERSON:Latoya Jenkins]]    Member ID: [[ID_NUMBER:SHP448821907]]    Group: 00412
DOB: [[DATE_TIME:04/19/1982]]    SSN: [[US_SSN:233-71-0948]]
Dependent: [[PERSON:Marcus Jenkins Jr.]] (son), DOB [[DATE_TIME:11/02/2011]]
Home: [[ADDRESS:2207 Peachtree Rd NE, Apt 1410]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]]
Plan: Silver PPO 2025, monthly premium $412.18""",
    """IN THE MAGISTRATE'S COURT FOR THE DISTRICT OF [[LOCATION:TSHWANE]]
Case No. 4471/2025
In the matter between ABSA BANK LIMITED (Plaintiff) and [[PERSON:SIPHO JOHANNES NDLOVU]] (Defendant), ID No. [[ID_NUMBER:9308229599087]], residing at [[ADDRESS:1204 Mahlangu Street]], [[LOCATION:Mamelodi East]], [[LOCATION:Pretoria]], [[ZIP_CODE:0122]].
The Defendant is summoned to appear on [[DATE_TIME:14 May 2025 at 09:00]] to answer the Plaintiff's claim for R48,210.55 in respect of arrear instalments.""",
    """VEHICLE INCIDENT REPORT
Reporting officer: [[PERSON:K. Draper]] (badge [[ID_NUMBER:4471]])
Time of incident: [[DATE_TIME:Sunday 9 March 2025, 7:20 pm]]
Driver 1: [[PERSON:Mitchell Doyle]], licence no. [[ID_NUMBER:18822741]] ([[LOCATION:NSW]]), DOB [[DATE_TIME:22/01/2001]], of [[ADDRESS:9 Kurrajong Avenue]], [[LOCATION:Penrith]] [[ZIP_CODE:2750]], rego [[ID_NUMBER:DQ-42-LM]]
Driver 2: [[PERSON:Grace Tupou]], licence no. [[ID_NUMBER:20418839]] ([[LOCATION:NSW]]), mobile [[PHONE_NUMBER:0422 118 047]], rego [[ID_NUMBER:CX 83 RT]]
Summary: low-speed collision at roundabout; no injuries; both vehicles driven from scene.""",
    """DISPENSING RECORD
Patient: [[PERSON:Yaw Darko]] | Age: [[AGE:54]] | NHIS No.: [[ID_NUMBER:0418827733]]
Phone: [[PHONE_NUMBER:020 884 1173]] | Address: [[ADDRESS:H/No. 12, Block 4]], [[LOCATION:Asokwa]], [[LOCATION:Kumasi]]
Prescriber: [[PERSON:Dr. Efua Quaye]]
Items: Amlodipine 10mg x30; Losartan 50mg x30
Dispensed on [[DATE_TIME:17/02/2025]] by pharmacist [[PERSON:N. Agyeman]]""",
    """LEARNER ENROLLMENT FORM (SY 2025–2026)
LRN: [[ID_NUMBER:136512140087]]
Learner: [[PERSON:DELA CRUZ, Angelica Mae S.]]
Birthdate: [[DATE_TIME:May 14, 2014]]   Age: [[AGE:11]]   Sex: F
Address: [[ADDRESS:Purok 3, 118 Rizal St.]], [[LOCATION:Brgy. Poblacion]], [[LOCATION:Tanauan City]], [[LOCATION:Batangas]] [[ZIP_CODE:4232]]
Mother: [[PERSON:Rowena S. Dela Cruz]], [[PHONE_NUMBER:0928 441 7702]]
Father: [[PERSON:Ramon P. Dela Cruz]] (OFW, [[LOCATION:Riyadh]])
Mother tongue: Tagalog   Religion: [[NRP:Roman Catholic]]""",
    """AGENT AGREEMENT – SCHEDULE A (AGENT PARTICULARS)
Agent name: [[PERSON:Mrs. Funmilayo Olabisi Adeyemo]]
Business name: Bisi Ventures
Business address: [[ADDRESS:Shop 4, 61 Iwo Road]], [[LOCATION:Ibadan]], [[LOCATION:Oyo State]]
Agent code: [[ID_NUMBER:MNP/OY/22871]]
BVN: [[ID_NUMBER:22518830417]]    NIN: [[ID_NUMBER:80417726395]]
Settlement account: [[ID_NUMBER:6022148830]] (Moniepoint MFB)
Phone: [[PHONE_NUMBER:0805 227 6614]]    Email: [[EMAIL_ADDRESS:bisiventures.oyo@gmail.com]]
Terminal serial: PAX-A920-91B2287
Date of agreement: [[DATE_TIME:3rd October 2024]]""",
    """DRIVER-PARTNER ONBOARDING CHECKLIST
Full name: [[PERSON:Mustapha Aliyu Bello]]
Phone: [[PHONE_NUMBER:+234 803 552 1190]]
Home address: [[ADDRESS:No. 22 Sultan Road]], [[LOCATION:Unguwan Rimi]], [[LOCATION:Kaduna]]
Date of birth: [[DATE_TIME:19/06/1985]]
Driver's licence: [[ID_NUMBER:KDU55218AA07]], expires 2027-06-18
Vehicle: 2014 Toyota Camry, plate [[ID_NUMBER:KAD 115 RG]], VIN 4T1BF1FK5EU812933
Guarantor: [[TITLE:Alhaji]] [[PERSON:Ibrahim Bello]], [[PHONE_NUMBER:0802 771 4402]]
Documents: licence ✓  LASDRI ✓  police report ✓  vehicle papers ✓""",
    """INCIDENT REPORT – RIDER ACCIDENT
Rider: [[PERSON:Chukwudi Anene]] (rider ID [[ID_NUMBER:RDR-LAG-20981]]), age [[AGE:26]]
Date/time: [[DATE_TIME:Tuesday 4 March 2025, 12:55]]
Location: outside [[ADDRESS:212 Ikorodu Road]], [[LOCATION:Palmgrove]], [[LOCATION:Lagos]]
Order: HD-44812 (customer [[PERSON:Ms. Tolu Adesanya]], [[ADDRESS:7 Morocco Road]], [[LOCATION:Shomolu]])
Description: the rider's motorcycle ([[ID_NUMBER:SMK 742 QA]]) was hit by a bus. He was taken to Gbagada General Hospital by a passer-by, [[PERSON:Mr. Idris Salami]] ([[PHONE_NUMBER:0708 331 2290]]).
Next of kin informed: [[PERSON:Ngozi Anene]] (mother), [[PHONE_NUMBER:0803 118 2047]]""",
    """[[DATE_TIME:17 March 2025]]

The Head, Customer Experience
PalmPay Limited

Dear Sir/Madam,

RE: UNAUTHORISED DEBIT ON WALLET [[ID_NUMBER:9034418827]]

I, [[PERSON:Olufunke Ajibola]], of [[ADDRESS:No. 14, Oyediran Estate, Ogudu Road]], [[LOCATION:Ojota]], write to dispute a debit of ₦96,000 made on [[DATE_TIME:14/03/2025 at 02:13am]] while I was asleep. I did not share my PIN or OTP with anyone. My BVN is [[ID_NUMBER:22701198843]] and my phone number is [[PHONE_NUMBER:0703 661 9082]].

Yours faithfully,
[[PERSON:Olufunke Ajibola]] ([[TITLE:Mrs]])""",
    """[[DATE_TIME:March 12, 2025]]

[[PERSON:Ryan]] and [[PERSON:Megan Kowalski]]
[[ADDRESS:610 Maple Ridge Dr]]
[[LOCATION:Naperville]], [[LOCATION:IL]] [[ZIP_CODE:60540]]

Dear [[PERSON:Ryan]] and [[PERSON:Megan]],

Congratulations! You have been pre-approved for a conventional loan of up to $485,000, subject to appraisal and final underwriting. Your loan officer, [[PERSON:Denise Alvarado]] (NMLS #[[ID_NUMBER:1122874]]), can be reached directly at [[PHONE_NUMBER:(630) 555-0142]].""",
    """REGISTER OF DEATHS – EXTRACT
Name of deceased: [[PERSON:Patrick Joseph Fitzgerald]]
Date of death: [[DATE_TIME:27 January 2025]]
Place of death: [[ADDRESS:14 Oakpark Drive]], [[LOCATION:Tralee]], [[LOCATION:Co. Kerry]]
Age: [[AGE:79]]   Occupation: retired postman
Informant: [[PERSON:Maura Fitzgerald]] (daughter), [[ADDRESS:3 Strand Road]], [[LOCATION:Tralee]], [[ZIP_CODE:V92 R2K4]]
PPSN of deceased: [[ID_NUMBER:5233844JA]]""",
    """To: The Visa Section, Embassy of Japan

This is to certify that [[PERSON:Ms. Nurul Aisyah binte Rahman]], NRIC [[ID_NUMBER:S7990136I]], has been employed with our company as a Senior Accountant since [[DATE_TIME:1 August 2016]]. She will travel to [[LOCATION:Osaka]] from [[DATE_TIME:5 April 2025]] to [[DATE_TIME:12 April 2025]] on annual leave and will resume duty thereafter. Her residential address is [[ADDRESS:Blk 203 Bedok North Street 1, #05-418]], [[LOCATION:Singapore]] [[ZIP_CODE:460203]].""",
    """SIM REGISTRATION / NIN LINKAGE
MSISDN: [[PHONE_NUMBER:0916 557 2081]]
Subscriber: [[PERSON:Onyekachi Precious Agbo]]
NIN: [[ID_NUMBER:26408817395]]
DOB: [[DATE_TIME:1999-10-05]]
Gender: Female
State of origin: [[LOCATION:Ebonyi]]   LGA: [[LOCATION:Abakaliki]]
Residential address: [[ADDRESS:11 Ogui Road]], [[LOCATION:Enugu]]
Linkage status: VERIFIED""",
    """PAYROLL CHANGE REQUEST
Employee no.: [[ID_NUMBER:EMP-20417]]
Employee: [[PERSON:Thandiwe Khumalo]]   ID: [[ID_NUMBER:8506142174083]]
New bank details: FNB, branch code 250655, cheque account [[ID_NUMBER:62844190337]]
New residential address: [[ADDRESS:17 Jacaranda Crescent]], [[LOCATION:Umhlanga]], [[ZIP_CODE:4319]]
Effective from the April payroll run.
Signed: [[PERSON:T. Khumalo]]   Date: [[DATE_TIME:2025/03/31]]""",
    """DIAGNOSTIC LABORATORY REPORT
Patient Name : [[PERSON:Mrs. Savitri Devi Agarwal]]     Age/Sex : [[AGE:63]] Y / F
UHID : [[ID_NUMBER:UHID-DEL-0071842]]          Ref. By : [[PERSON:Dr. Manoj Khanna]]
Sample collected : [[DATE_TIME:06-Mar-2025 08:40]]
Address : [[ADDRESS:C-41, Lajpat Nagar II]], [[LOCATION:New Delhi]] [[ZIP_CODE:110024]]
Mobile : [[PHONE_NUMBER:+91-98110-37729]]
HbA1c : 7.9 %  (Ref < 5.7)
Fasting glucose : 148 mg/dL""",
    """ENDURING POWER OF ATTORNEY (PROPERTY)
I, [[PERSON:Wiremu Tamihana Parata]], of [[ADDRESS:42 Te Awa Road]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]], born [[DATE_TIME:3 September 1948]], appoint my daughter [[PERSON:Mere Parata]], of [[ADDRESS:8/15 Ranfurly Road]], [[LOCATION:Epsom]], [[LOCATION:Auckland]], to be my attorney.
Signed at [[LOCATION:Rotorua]] on [[DATE_TIME:20 February 2025]].
Witness: [[PERSON:Sarah Mitchell]], solicitor""",
    """Your State Pension forecast

[[PERSON:Mr. Desmond Achebe]]
National Insurance number: [[ID_NUMBER:SK 71 04 39 B]]
Address we hold: [[ADDRESS:30 Harrowby Street]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF10 5GA]]

You can get your State Pension on [[DATE_TIME:14 August 2031]], when you reach [[AGE:67]]. Your forecast is £221.20 a week.""",
    """AGENT TRANSACTION DISPUTE FORM
Customer name: [[PERSON:Kiprono Langat]]
ID/Passport no.: [[ID_NUMBER:27718840]]
Mobile: [[PHONE_NUMBER:0711 448 290]]
Account no.: [[ID_NUMBER:0112948830451]]
Agent: [[PERSON:Mary Chebet]], agent no. [[ID_NUMBER:204418]], [[LOCATION:Eldoret]]
Transaction: cash withdrawal of KSh 8,000 on [[DATE_TIME:21/02/2025 at 16:40]]
Complaint: account debited twice; customer received cash once.
Customer signature: ________   Date: [[DATE_TIME:24/02/2025]]""",
    """GROUP LOAN CONTRACT – MEMBER PAGE
Group: Tukolere Wamu Women's Group, [[LOCATION:Mukono]]
Member: [[PERSON:Nakato Sarah Kintu]]   Member no.: [[ID_NUMBER:TW-0193]]
National ID (NIN): [[ID_NUMBER:CF88041102XK7P]]
Phone: [[PHONE_NUMBER:+256 772 418 903]]
Loan: UGX 1,500,000, 12 months, 2.5% per month
Next of kin: [[PERSON:Kintu Joseph]] (husband)
Signed on [[DATE_TIME:8th January 2025]]""",
    """PATIENT: [[PERSON:Olivia Brandt]]    DOB: [[DATE_TIME:2/28/2009]]    Acct: [[ID_NUMBER:88213-04]]
Guardian: [[PERSON:Karl Brandt]], [[PHONE_NUMBER:(952) 555-0166]]
Insurance: Delta Dental PPO, subscriber ID [[ID_NUMBER:DDM449188207]]
Visit [[DATE_TIME:03/11/2025 3:30 PM]]: prophy, bitewings x2, fluoride. Caries #30 occlusal, schedule restoration.
Next recall: 6 months. Provider: [[PERSON:Dr. Nina Castellanos]], DDS""",
    """PRE-SENTENCE REPORT (extract)
Offender: [[PERSON:Jamal Oyelowo-Reid]]   DOB: [[DATE_TIME:16.05.2002]]   PNC ID: [[ID_NUMBER:02/448193K]]
Address: [[ADDRESS:Flat 9, Kestrel House, 22 Peckham Hill Street]], [[LOCATION:London]] [[ZIP_CODE:SE15 5JT]]
[[PERSON:Mr Oyelowo-Reid]], now [[AGE:22]], lives with his mother, [[PERSON:Andrea Reid]], and is enrolled on a plumbing course in [[LOCATION:Lewisham]]. He has complied with his bail conditions and attended every appointment.""",
    """CERTIFICATE OF EMPLOYMENT

This is to certify that [[PERSON:Mr. Jerome C. Villareal]], with SSS No. [[ID_NUMBER:34-4417820-6]], was employed by BrightWave BPO Inc. as a Customer Service Representative from [[DATE_TIME:June 3, 2019]] to [[DATE_TIME:January 31, 2025]].

This certification is issued upon the request of [[PERSON:Mr. Villareal]] for whatever legal purpose it may serve. Issued this [[DATE_TIME:14th day of February 2025]] at [[LOCATION:Pasig City]].""",
    """[[DATE_TIME:6th January 2025]]

[[TITLE:Miss]] [[PERSON:Ekemini Udoh]]
[[ADDRESS:No. 9 Ikot Ekpene Road]]
[[LOCATION:Uyo]], [[LOCATION:Akwa Ibom State]]

Dear [[PERSON:Ekemini]],

AWARD OF UNDERGRADUATE SCHOLARSHIP
We are pleased to inform you that you have been selected for the 2024/2025 award. Quoting your matriculation number, [[ID_NUMBER:UU/21/EN/0447]], please confirm acceptance to scholarships@akwafoundation.org. The award of ₦350,000 per session will be paid into your UBA account [[ID_NUMBER:1022848391]].""",
    """FỌ́Ọ̀MÙ ÌFORÚKỌSÍLẸ̀ ONÍBÀRÀ (KYC)
Orúkọ: [[PERSON:Àdìgún Kẹ́hìndé Olúwaṣeun]]
Ọjọ́ ìbí: [[DATE_TIME:12/08/1979]]
Àdírẹ́sì: [[ADDRESS:Ilé 17, Òpópónà Ìwó]], [[LOCATION:Ìbàdàn]]
Nọ́mbà fóònù: [[PHONE_NUMBER:0806 448 1932]]
BVN: [[ID_NUMBER:22630914478]]
NIN: [[ID_NUMBER:44019827316]]
Iṣẹ́: Oníṣòwò (aṣọ)
Ẹ̀sìn: [[NRP:Mùsùlùmí]]
Orúkọ aṣojú (agent): [[PERSON:Bọ́sẹ̀ Ọláníyì]], kóòdù [[ID_NUMBER:AG-OY-3318]]""",
    """AKWỤKWỌ ARỊRỊỌ MGBAZINYE EGO
Aha: [[PERSON:Chinwe Adaeze Okafor]]
Ụbọchị ọmụmụ: [[DATE_TIME:14 Ọktoba 1990]]
Ebe obibi: [[ADDRESS:Nọmba 33, Okpara Avenue]], [[LOCATION:Enugu]]
Nọmba ekwentị: [[PHONE_NUMBER:0814 227 3390]]
Nọmba akaụntụ: [[ID_NUMBER:1018847723]]
BVN: [[ID_NUMBER:22840017736]]
Ego a chọrọ: ₦300,000 (ọnwa iri na abụọ)
Onye nkwado: [[TITLE:Mazị]] [[PERSON:Ifeanyi Okafor]], [[PHONE_NUMBER:0803 992 1148]]""",
    """FOM ƊIN RAJISTAR WAKILI (AGENT)
Suna: [[PERSON:Usman Abubakar Danjuma]]
Ranar haihuwa: [[DATE_TIME:2 ga Janairu, 1988]]
Adireshi: [[ADDRESS:Lamba 41, Titin Murtala Mohammed]], [[LOCATION:Kano]]
Lambar waya: [[PHONE_NUMBER:0803 618 2274]]
NIN: [[ID_NUMBER:93018846215]]
Lambar asusun banki: [[ID_NUMBER:0228841937]]
Wurin kasuwanci: [[ADDRESS:Shago na 12, Kasuwar Kantin Kwari]], [[LOCATION:Kano]]
Addini: [[NRP:Musulmi]]""",
    """ÌKÉDE FÚN ÀWỌN AYÁLÉGBÉ
Ẹ jọ̀ọ́, gbogbo ayálégbé ní [[ADDRESS:Ilé 5, Òpópónà Fákúnlé]], [[LOCATION:Òṣogbo]], ẹ san owó ilé yín kí oṣù yìí tó parí. Ẹ fi owó ránṣẹ́ sí àkọọ́lẹ̀ [[ID_NUMBER:0031847729]] (Wema Bank) ní orúkọ [[PERSON:Olúwọlé Fákúnlé]], tàbí kí ẹ pè é lórí [[PHONE_NUMBER:0803 227 9146]].
Ẹ ṣeun,
[[TITLE:Olóyè]] [[PERSON:Àjàyí Fákúnlé]] (onílé)""",
    # in the manner of Nemotron-PII (structured and semi-structured records)
    """{
  "event": "ride.requested",
  "ride_id": "b7e2c1f0-44aa-4c1e-9d0b-3f5e2a9c81d4",
  "rider": {"id": "[[ID_NUMBER:RD-0448213]]", "name": "[[PERSON:Chukwudi Anyanwu]]", "phone": "[[PHONE_NUMBER:+2348031149902]]"},
  "pickup": {"address": "[[ADDRESS:17 Adeniyi Jones Avenue]]", "area": "[[LOCATION:Ikeja]]", "lat": 6.6018, "lng": 3.3515},
  "dropoff": {"address": "[[ADDRESS:Plot 1415, Adetokunbo Ademola Street]]", "area": "[[LOCATION:Victoria Island]]"},
  "payment": {"method": "card", "brand": "verve", "last4": "4412"},
  "surge": 1.4,
  "requested_at": "[[DATE_TIME:2025-03-07T08:14:22+01:00]]"
}""",
    """[[DATE_TIME:2025-03-02T09:14:07Z]] INFO  auth.login ok user=[[USERNAME:amara.okeke]] ip=[[IP_ADDRESS:105.112.44.19]] ua="okhttp/4.9.2"
[[DATE_TIME:2025-03-02T09:15:51Z]] WARN  auth.login failed user=[[USERNAME:amara.okeke]] ip=[[IP_ADDRESS:185.220.101.47]] reason=bad_password attempts=3
[[DATE_TIME:2025-03-02T09:16:03Z]] INFO  auth.reset_requested user=[[USERNAME:amara.okeke]] email=[[EMAIL_ADDRESS:amara.okeke@gmail.com]] token=7f3a9c04e21b
[[DATE_TIME:2025-03-02T09:20:44Z]] INFO  profile.update user=[[USERNAME:amara.okeke]] field=phone old=[[PHONE_NUMBER:+2348051172093]] new=[[PHONE_NUMBER:+2348174420916]]""",
    """INSERT INTO customers (id, full_name, dob, email, phone, city, postcode) VALUES
  (10421, '[[PERSON:Harriet Osei-Bonsu]]', '[[DATE_TIME:1990-04-12]]', '[[EMAIL_ADDRESS:h.oseibonsu@gmail.com]]', '[[PHONE_NUMBER:+44 7723 118490]]', '[[LOCATION:Leeds]]', '[[ZIP_CODE:LS6 2QT]]'),
  (10422, '[[PERSON:Dmitri Volkov]]', '[[DATE_TIME:1978-11-30]]', '[[EMAIL_ADDRESS:dvolkov78@yandex.ru]]', '[[PHONE_NUMBER:+44 7911 503377]]', '[[LOCATION:Manchester]]', '[[ZIP_CODE:M14 5RS]]'),
  (10423, '[[PERSON:Aisling Byrne]]', '[[DATE_TIME:2001-01-05]]', '[[EMAIL_ADDRESS:aislingbyrne01@hotmail.co.uk]]', NULL, '[[LOCATION:Belfast]]', '[[ZIP_CODE:BT7 1NN]]');""",
    """<patient>
  <mrn>[[ID_NUMBER:KH-2210488]]</mrn>
  <name><given>[[PERSON:Nomsa]]</given><family>[[PERSON:Mahlangu]]</family></name>
  <birthDate>[[DATE_TIME:1967-02-14]]</birthDate>
  <telecom system="phone">[[PHONE_NUMBER:+27 82 448 1907]]</telecom>
  <address><line>[[ADDRESS:88 Jan Smuts Avenue]]</line><city>[[LOCATION:Johannesburg]]</city><postalCode>[[ZIP_CODE:2196]]</postalCode></address>
  <encounter date="[[DATE_TIME:2025-02-27T10:30:00+02:00]]" ward="4B" reason="hypertension review"/>
</patient>""",
    """# deploy/config/prod.yaml
service: payouts-api
version: 2.14.3
region: eu-west-1
alerts:
  oncall_primary:
    name: [[PERSON:Oluwatobi Fashanu]]
    phone: "[[PHONE_NUMBER:+44 7700 900215]]"
    email: [[EMAIL_ADDRESS:tobi.fashanu@finlytics.io]]
  oncall_secondary:
    name: [[PERSON:Greta Lindholm]]
    email: [[EMAIL_ADDRESS:greta.lindholm@finlytics.io]]
  escalation_mailbox: sre-escalations@finlytics.io
retries: 5""",
    """# tests/fixtures/users.py  -- TODO: scrub before open-sourcing
TEST_USERS = [
    {"username": "[[USERNAME:rkapoor]]", "name": "[[PERSON:Rohan Kapoor]]", "ssn": "[[US_SSN:541-20-7783]]", "card": "[[CREDIT_CARD:4285326246469743]]", "cvv": "318"},
    {"username": "[[USERNAME:lmbatha]]", "name": "[[PERSON:Lerato Mbatha]]", "ssn": None, "card": "[[CREDIT_CARD:2223709472825432]]", "cvv": "770"},
]
DEFAULT_PASSWORD = "Summer2024!"
""",
    """Ticket #88213 | Channel: in-app chat | Priority: High
Customer: [[PERSON:Temidayo Alabi]] | Wallet: [[ID_NUMBER:8130447726]] | Tier 2
Reported: [[DATE_TIME:2025-03-05 19:42]]
Summary: transfer of ₦65,000 to [[PERSON:Obinna Chukwu]] (Access, [[ID_NUMBER:0691148823]]) shows "successful" but the beneficiary says it has not arrived.
Agent notes: session ID 000013250305194211884400221 confirmed on NIP. Advised customer to wait 24h. Callback number [[PHONE_NUMBER:0813 044 7726]].
Status: Pending settlement""",
    """{"order_id":"CHD-20250308-7741","status":"delivered","customer":{"name":"[[PERSON:Fiyinfoluwa Ogunbiyi]]","phone":"[[PHONE_NUMBER:08139902214]]","address":{"line1":"[[ADDRESS:Flat 2B, 14 Akanbi Danmola Street]]","area":"[[LOCATION:Ikoyi]]","city":"[[LOCATION:Lagos]]"},"note":"call when at gate, ask for Mummy [[PERSON:Fiyin]]"},"rider":{"id":"[[ID_NUMBER:RID-33871]]","name":"[[PERSON:Kabiru Abdullahi]]","plate":"[[ID_NUMBER:LND 417 QK]]"},"items":[{"sku":"JR-RICE-L","qty":2},{"sku":"PLNT-FRY","qty":1}],"total":7850,"delivered_at":"[[DATE_TIME:2025-03-08T13:27:10+01:00]]"}""",
    """[[DATE_TIME:2025-02-28 14:03:11]] POS tid=2058LX93 agent=[[ID_NUMBER:AGT-OG-01177]] txn=WITHDRAWAL amt=20000.00 pan=539983******4417 rrn=502814003311 resp=00
[[DATE_TIME:2025-02-28 14:05:47]] POS tid=2058LX93 agent=[[ID_NUMBER:AGT-OG-01177]] txn=TRANSFER amt=15000.00 dest_acct=[[ID_NUMBER:0123449870]] dest_name="[[PERSON:ADEBISI KAFAYAT]]" resp=00
[[DATE_TIME:2025-02-28 14:09:02]] POS tid=2058LX93 agent=[[ID_NUMBER:AGT-OG-01177]] txn=AIRTIME biller=MTN msisdn=[[PHONE_NUMBER:08067731204]] amt=1000.00 resp=00
[[DATE_TIME:2025-02-28 14:11:30]] POS tid=2058LX93 eod_batch=closed count=41 total=1284500.00""",
    """[[IP_ADDRESS:41.190.12.88]] - - [[[DATE_TIME:12/Mar/2025:10:22:41 +0100]]] "GET /api/v1/users/lookup?email=[[EMAIL_ADDRESS:bukola.adesina@yahoo.com]]&phone=[[PHONE_NUMBER:2348023345512]] HTTP/1.1" 200 512 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15\"""",
    """POST /v2/kyc/tier3 HTTP/1.1
Host: api.walletco.ng
Content-Type: application/json

{
  "customer_ref": "[[ID_NUMBER:CUS-7721-0094]]",
  "first_name": "[[PERSON:Halima]]",
  "middle_name": "[[PERSON:Sa'adatu]]",
  "last_name": "[[PERSON:Abubakar]]",
  "dob": "[[DATE_TIME:1994-07-21]]",
  "bvn": "[[ID_NUMBER:22410938857]]",
  "nin": "[[ID_NUMBER:51982203746]]",
  "phone": "[[PHONE_NUMBER:+2347034418290]]",
  "address": {"street": "[[ADDRESS:8 Lafia Road]]", "city": "[[LOCATION:Jos]]", "state": "[[LOCATION:Plateau]]"},
  "id_document": {"type": "VOTERS_CARD", "number": "[[ID_NUMBER:90F5B04F29673452876]]"},
  "selfie_url": "https://cdn.walletco.ng/kyc/7f2e91.jpg"
}""",
    """-- ops fix for OPS-4471: driver changed phone and plate
UPDATE drivers
SET phone = '[[PHONE_NUMBER:+233 55 881 2047]]',
    plate_no = '[[ID_NUMBER:GR 4471-24]]',
    updated_by = '[[USERNAME:ops.efua]]'
WHERE driver_id = '[[ID_NUMBER:DRV-ACC-11802]]' AND full_name = '[[PERSON:Kojo Antwi Boafo]]';""",
    """HR-2217  Update emergency contact and bank details
Reporter: [[PERSON:Siobhán Kelleher]] ([[EMAIL_ADDRESS:s.kelleher@brightside.ie]])
Assignee: People Ops
Description:
Hi team, please update my records:
- Emergency contact: [[PERSON:Ciarán Kelleher]] (husband), [[PHONE_NUMBER:+353 86 447 2019]]
- New IBAN: [[IBAN_CODE:IE17 BOFI 9000 1748 5259 83]]
- Address from [[DATE_TIME:1 April]]: [[ADDRESS:22 Ashgrove Park]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]], [[ZIP_CODE:P31 X8K2]]
Thanks!
Labels: payroll, gdpr""",
    """# .env.local  (do not commit)
APP_ENV=development
DB_URL=postgres://app:devpass@localhost:5432/app
SMTP_USER=[[EMAIL_ADDRESS:rafa.quintero@gmail.com]]
SMTP_PASS=wq8!Zr2#pL
ADMIN_NAME="[[PERSON:Rafael Quintero]]"
ADMIN_PHONE=[[PHONE_NUMBER:+1-786-555-0134]]
SENTRY_DSN=https://3f9e1c0a@o44821.ingest.sentry.io/771204""",
    """{
  "event": "charge.success",
  "data": {
    "reference": "T448213907712",
    "amount": 1250000,
    "currency": "NGN",
    "paid_at": "[[DATE_TIME:2025-03-10T17:22:09.000Z]]",
    "ip_address": "[[IP_ADDRESS:102.88.36.214]]",
    "authorization": {"bin": "408408", "last4": "4081", "exp_month": "12", "exp_year": "2027", "card_type": "visa", "bank": "Zenith Bank"},
    "customer": {"first_name": "[[PERSON:Olamilekan]]", "last_name": "[[PERSON:Ashiru]]", "email": "[[EMAIL_ADDRESS:lekanashiru@gmail.com]]", "customer_code": "[[ID_NUMBER:CUS_x7k2p9q4m1z8]]", "phone": "[[PHONE_NUMBER:+2348096632218]]"}
  }
}""",
    """From: "[[PERSON:Anjali Raman]]" <[[EMAIL_ADDRESS:anjali.raman@outlook.com]]>
To: claims@sunshield-insure.com
Date: [[DATE_TIME:Mon, 10 Mar 2025 08:51:37 +0530]]
Subject: Claim CLM/88213 - hospital bills

Hello,
Attaching the bills for my father, [[PERSON:R. Venkatesh]], [[AGE:68]], admitted on [[DATE_TIME:2 March]] at Apollo, [[LOCATION:Chennai]]. Policy HS-2210-4471. His Aadhaar is [[ID_NUMBER:2761 8540 3684]].
Regards,
[[PERSON:Anjali]]
[[PHONE_NUMBER:+91 94440 18823]]""",
    """<CdtTrfTxInf>
  <PmtId><EndToEndId>RENT-MAR-2025</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">1150.00</InstdAmt></Amt>
  <CdtrAgt><FinInstnId><BIC>RABONL2U</BIC></FinInstnId></CdtrAgt>
  <Cdtr><Nm>[[PERSON:Pieter Jansen]]</Nm><PstlAdr><StrtNm>[[ADDRESS:Prinsengracht]]</StrtNm><BldgNb>[[ADDRESS:412]]</BldgNb><PstCd>[[ZIP_CODE:1016 HL]]</PstCd><TwnNm>[[LOCATION:Amsterdam]]</TwnNm></PstlAdr></Cdtr>
  <CdtrAcct><Id><IBAN>[[IBAN_CODE:NL94RABO9066138089]]</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Huur maart - [[PERSON:S. Meijer]]</Ustrd></RmtInf>
</CdtTrfTxInf>""",
    """mutation UpdateAddress {
  updateShippingAddress(customerNumber: "[[ID_NUMBER:CN-55120874]]", address: {
    recipient: "[[PERSON:Mele Fifita]]"
    line1: "[[ADDRESS:16 Tamaki Drive]]"
    suburb: "[[LOCATION:Kohimarama]]"
    city: "[[LOCATION:Auckland]]"
    postcode: "[[ZIP_CODE:1071]]"
    phone: "[[PHONE_NUMBER:021 448 9013]]"
  }) {
    ok
    errors { field message }
  }
}""",
    """[dispatch] [[DATE_TIME:2025-03-09 20:11:42]] order=GL-9921847 assigned courier=[[ID_NUMBER:CR-11820]] ([[PERSON:Tunde Olaleye]]) eta=18m
[dispatch] [[DATE_TIME:2025-03-09 20:12:05]] courier [[ID_NUMBER:CR-11820]] called customer [[PHONE_NUMBER:+234 816 220 4719]] via masked line 0700-GLOVO-NG
[dispatch] [[DATE_TIME:2025-03-09 20:31:57]] order=GL-9921847 delivered to [[ADDRESS:House 9, 3rd Avenue, Gwarinpa Estate]] recipient="[[PERSON:Hadiza Yusuf]]" photo_proof=true""",
    """ERROR [notif-worker-3] c.f.n.SmsSender - Failed to deliver OTP
java.lang.IllegalStateException: carrier rejected MSISDN for user{id=88213, email='[[EMAIL_ADDRESS:k.mensah-bonsu@gmail.com]]', msisdn='[[PHONE_NUMBER:+233208811470]]'}
    at com.finco.notif.SmsSender.send(SmsSender.java:142)
    at com.finco.notif.Worker.run(Worker.java:77)
    at java.base/java.lang.Thread.run(Thread.java:1583)""",
    """[user]
\tname = [[PERSON:Nneka Obiora]]
\temail = [[EMAIL_ADDRESS:nneka.obiora@gmail.com]]
[github]
\tuser = [[USERNAME:nnekao]]
[core]
\teditor = nvim
\tautocrlf = input""",
    """CASE 2025-031-77421 - SIM SWAP (fraud flag)
Subscriber: [[PERSON:Bernard Ochieng Were]]
MSISDN: [[PHONE_NUMBER:0722 905 114]]
ID: [[ID_NUMBER:22918407]]
Swap requested: Safaricom shop, [[LOCATION:Kisii]] town, [[DATE_TIME:08/03/2025 11:02]]
Notes: customer reports he was in [[LOCATION:Mombasa]] at the time and did not request a swap. New SIM ICCID 8925402100448213771 blocked. M-Pesa frozen pending verification.""",
    """{
  "resourceType": "Appointment",
  "status": "booked",
  "start": "[[DATE_TIME:2025-04-02T09:15:00+10:00]]",
  "participant": [
    {"actor": {"reference": "Patient/77120", "display": "[[PERSON:Tui Fonoti]]"}},
    {"actor": {"reference": "Practitioner/4471", "display": "[[PERSON:Dr. Hannah Liew]]"}}
  ],
  "patientInstruction": "Bring Medicare card [[ID_NUMBER:5190 44821 1]] and arrive 10 min early.",
  "contact": "[[PHONE_NUMBER:0407 552 118]]"
}""",
    r"""curl -X POST https://api.payrollhub.io/v1/employees \
  -H "Authorization: Bearer sk_live_51Hx...redacted" \
  -H "Content-Type: application/json" \
  -d '{"first_name":"[[PERSON:Marisol]]","last_name":"[[PERSON:Ortega]]","ssn":"[[US_SSN:601-44-2087]]","dob":"[[DATE_TIME:1992-08-19]]","email":"[[EMAIL_ADDRESS:marisol.ortega92@gmail.com]]","home_address":"[[ADDRESS:2215 E Camelback Rd, Apt 118]]","city":"[[LOCATION:Phoenix]]","state":"[[LOCATION:AZ]]","zip":"[[ZIP_CODE:85016]]"}'""",
    """[[IP_ADDRESS:197.210.77.14]] - [[USERNAME:yemi_b]] [[[DATE_TIME:10/Mar/2025:21:04:11 +0100]]] "POST /login HTTP/2.0" 302 0 "-" "Mozilla/5.0 (Linux; Android 12; TECNO KG5)"
[[IP_ADDRESS:2c0f:f5c0:4a1:9e00::1f]] - [[USERNAME:adaeze.n]] [[[DATE_TIME:10/Mar/2025:21:04:19 +0100]]] "GET /account/statements?month=2025-02 HTTP/2.0" 200 18231 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)\"""",
    """employee:
  id: [[ID_NUMBER:E-40912]]
  name: [[PERSON:Moana Tuilagi]]
  title: Warehouse Supervisor
  dob: [[DATE_TIME:1988-12-03]]
  ird_number: [[ID_NUMBER:194-580-738]]
  contact:
    mobile: "[[PHONE_NUMBER:027 418 2290]]"
    email: [[EMAIL_ADDRESS:moana.t@xtra.co.nz]]
  address:
    street: [[ADDRESS:41 Great South Road]]
    suburb: [[LOCATION:Papatoetoe]]
    city: [[LOCATION:Auckland]]
    postcode: "[[ZIP_CODE:2025]]"
  bank_account: [[ID_NUMBER:12-3011-0448219-00]]""",
    """### Bug: profile page shows another user's data

**Steps to reproduce**
1. Log in with my account `[[USERNAME:ochuko.dev]]`
2. Open `/profile/44821`
3. The page shows someone else's details:

> Name: [[PERSON:Efe Oghenekevwe]]
> Phone: [[PHONE_NUMBER:0703 118 4490]]
> Home: [[ADDRESS:21 Airport Road]], [[LOCATION:Warri]]
> Saved card: **** 1182

**Expected**: 403.
**Env**: app v4.12.0 (build 8821), Android 14""",
    """Ticket #20417 | Category: Failed transfer
Customer message: "Good evening. I transfer ₦50k from my Opay wallet go my brother [[PERSON:Ejike]] Moniepoint account [[ID_NUMBER:6510448290]] since [[DATE_TIME:Sunday 9 March, 7pm]] and e never reach am. Dem don debit me. My name na [[PERSON:Chioma Nwachukwu]], phone [[PHONE_NUMBER:0906 557 1823]]. Abeg una should reverse am sharp sharp."
Agent reply: "Sorry about this, [[PERSON:Chioma]]. We don escalate am; the reversal go reach within 24 hours.\"""",
    """{"trip_id":"TRP-77Q2-9X","from":"driver","driver_name":"[[PERSON:Ikechukwu]]","to":"rider","rider_phone":"[[PHONE_NUMBER:+2348148830172]]","text":"Oga I don reach [[ADDRESS:No 12 Allen Avenue]], I dey for front of the bank. Make you come out abeg, I no fit wait pass 5 minutes.","sent_at":"[[DATE_TIME:2025-03-11T18:42:05+01:00]]"}""",
    """Tiketi #55120 – Nnyefe nri
Onye ahịa: [[PERSON:Uchenna Eze]]
Ekwentị: [[PHONE_NUMBER:0810 339 4471]]
Adreesị: [[ADDRESS:Nọmba 6, Chime Avenue]], [[LOCATION:New Haven]], [[LOCATION:Enugu]]
Ozi: "Onye na-ebu nri, [[PERSON:Chibuike]], kpọrọ m ma o nyeghị m nri m. O kwuru na ya nọ n'ọnụ ụzọ, mana ọ dịghị onye nọ ebe ahụ. Biko, weghachitere m ego m na akaụntụ [[ID_NUMBER:2048813307]].\"""",
    """SMS daga 0700-WALLET:
Ya [[PERSON:Aminu Sani]], an tura ₦25,000 zuwa asusunka [[ID_NUMBER:7034419082]] daga [[PERSON:HAUWA MUSA]] ranar [[DATE_TIME:10/03/2025 da karfe 09:14]]. Ragowar kudi: ₦31,220.50. Idan ba kai ka yi wannan ba, kira mu.
---
Amsar abokin ciniki: "Ban san wannan [[PERSON:Hauwa]] ba. Lambata ita ce [[PHONE_NUMBER:0703 441 9082]], don Allah ku duba.\"""",
]

TABLE = [
    """name,phone,pickup_address,trips,rating
[[PERSON:Ayo Balogun]],[[PHONE_NUMBER:08031124478]],[[ADDRESS:3 Toyin Street]],42,4.8
[[PERSON:Chisom Ibe]],[[PHONE_NUMBER:08129904417]],[[ADDRESS:15B Bourdillon Road]],7,4.9
[[PERSON:Musa Idris]],[[PHONE_NUMBER:07015582230]],[[ADDRESS:Plot 9, Kubwa Expressway]],19,4.6
[[PERSON:Eno Bassey]],[[PHONE_NUMBER:09064417720]],[[ADDRESS:22 Marina Road]],1,5.0""",
    """emp_id\tfull_name\tni_number\tdept\tstart_date
[[ID_NUMBER:E10443]]\t[[PERSON:Rebecca Holloway]]\t[[ID_NUMBER:JM 44 81 02 A]]\tFinance\t[[DATE_TIME:04/11/2019]]
[[ID_NUMBER:E10517]]\t[[PERSON:Tariq Mahmood]]\t[[ID_NUMBER:PR 20 77 14 C]]\tWarehouse\t[[DATE_TIME:16/03/2021]]
[[ID_NUMBER:E10602]]\t[[PERSON:Olga Nowicka]]\t[[ID_NUMBER:NZ 91 33 48 D]]\tCustomer Care\t[[DATE_TIME:01/08/2023]]""",
    """| Patient | Age | Ward | Phone | Next visit |
|---|---|---|---|---|
| [[PERSON:Wanjiku Mwangi]] | [[AGE:34]] | Maternity | [[PHONE_NUMBER:0712 330 418]] | [[DATE_TIME:12 Apr 2025]] |
| [[PERSON:Otieno Omondi]] | [[AGE:61]] | Medical | [[PHONE_NUMBER:0733 902 117]] | [[DATE_TIME:15 Apr 2025]] |
| [[PERSON:Halima Abdi]] | [[AGE:27]] | Surgical | [[PHONE_NUMBER:0701 448 260]] | – |""",
    """ACCT NO      CUSTOMER NAME          SSN LAST4  OPENED      BRANCH
[[ID_NUMBER:4410028817]]   [[PERSON:Gloria Mendez]]          7731       [[DATE_TIME:2011-06-02]]  Midtown
[[ID_NUMBER:4410031905]]   [[PERSON:Harold Whitfield]]       0924       [[DATE_TIME:2015-09-18]]  Eastside
[[ID_NUMBER:4410047728]]   [[PERSON:Sung-min Cho]]           5518       [[DATE_TIME:2024-01-30]]  Midtown""",
    """{"wallet_id": "[[ID_NUMBER:GH-W-0091842]]", "holder": "[[PERSON:Efua Mensah]]", "msisdn": "[[PHONE_NUMBER:0244118203]]", "tier": 2, "balance_ghs": 312.40}
{"wallet_id": "[[ID_NUMBER:GH-W-0091907]]", "holder": "[[PERSON:Yaw Boakye]]", "msisdn": "[[PHONE_NUMBER:0554471192]]", "tier": 1, "balance_ghs": 18.00}
{"wallet_id": "[[ID_NUMBER:GH-W-0092210]]", "holder": "[[PERSON:Abena Owusu]]", "msisdn": "[[PHONE_NUMBER:0208840317]]", "tier": 3, "balance_ghs": 4120.75}""",
    """volunteers:
  - name: [[PERSON:Priscilla Nakamya]]
    email: [[EMAIL_ADDRESS:pnakamya@gmail.com]]
    shift: Saturday AM
    tshirt: M
  - name: [[PERSON:Brendan Toohey]]
    email: [[EMAIL_ADDRESS:btoohey@bigpond.com]]
    shift: Saturday PM
    tshirt: XL
  - name: [[PERSON:Lin Xiaoyu]]
    email: [[EMAIL_ADDRESS:xiaoyu.lin@uq.net.au]]
    shift: Sunday
    tshirt: S""",
    """Name: [[PERSON:Gabriel Osei]]
Mobile: [[PHONE_NUMBER:+233 20 118 4475]]
Email: [[EMAIL_ADDRESS:gabriel.osei@live.com]]
City: [[LOCATION:Takoradi]]

Name: [[PERSON:Serwaa Amponsah]]
Mobile: [[PHONE_NUMBER:+233 24 903 1188]]
Email: [[EMAIL_ADDRESS:serwaa.amp@gmail.com]]
City: [[LOCATION:Cape Coast]]

Name: [[PERSON:Kojo Frimpong]]
Mobile: [[PHONE_NUMBER:+233 50 227 4410]]
Email: —
City: [[LOCATION:Accra]]""",
    """roll_no,student_name,dob,guardian,guardian_mobile,section
[[ID_NUMBER:23CS1044]],[[PERSON:Aditya Verma]],[[DATE_TIME:14-02-2009]],[[PERSON:Sunil Verma]],[[PHONE_NUMBER:9812244710]],B
[[ID_NUMBER:23CS1045]],[[PERSON:Fathima Rizwana]],[[DATE_TIME:30-07-2009]],[[PERSON:Abdul Rasheed]],[[PHONE_NUMBER:9947801126]],B
[[ID_NUMBER:23CS1046]],[[PERSON:Harpreet Kaur Sandhu]],[[DATE_TIME:05-11-2008]],[[PERSON:Jaswinder Singh]],[[PHONE_NUMBER:9876043318]],A""",
    """order\tcustomer\tdeliver_to\tphone\tstatus
ORD-77120\t[[PERSON:Stacy-Ann Brown]]\t[[ADDRESS:14 Hagley Park Road]], [[LOCATION:Kingston 10]]\t[[PHONE_NUMBER:876-445-2091]]\tdelivered
ORD-77121\t[[PERSON:Devon Clarke]]\t[[ADDRESS:3 Barbican Heights]], [[LOCATION:Kingston 8]]\t[[PHONE_NUMBER:876-390-7714]]\tout for delivery
ORD-77122\t[[PERSON:Nadine Walters]]\t[[ADDRESS:Lot 22, Eltham Park]], [[LOCATION:Spanish Town]]\t[[PHONE_NUMBER:876-984-0362]]\tcancelled""",
    """| agent_code | agent_name | lga | phone | float (₦) |
|-----------|------------|-----|-------|-----------|
| [[ID_NUMBER:AG-KN-0412]] | [[PERSON:Hauwa Aliyu]] | [[LOCATION:Nassarawa]] | [[PHONE_NUMBER:0803 441 7720]] | 250,000 |
| [[ID_NUMBER:AG-KN-0419]] | [[PERSON:Garba Tijjani]] | [[LOCATION:Fagge]] | [[PHONE_NUMBER:0706 338 1294]] | 80,000 |
| [[ID_NUMBER:AG-KN-0433]] | [[PERSON:Maryam Sule]] | [[LOCATION:Tarauni]] | [[PHONE_NUMBER:0812 907 4416]] | 410,000 |
| [[ID_NUMBER:AG-KN-0440]] | [[PERSON:Bello Kabir]] | [[LOCATION:Gwale]] | [[PHONE_NUMBER:0902 557 3301]] | 35,500 |""",
    """beneficiary,iban,amount,currency,purpose
[[PERSON:Jonas Weber]],[[IBAN_CODE:DE42370400444550544784]],1250.00,EUR,consulting March
[[PERSON:Chiara Bianchi]],[[IBAN_CODE:IT72K0306909606655661085365]],980.00,EUR,translation
[[PERSON:Rui Carvalho]],[[IBAN_CODE:PT50003506830334793672877]],640.50,EUR,illustrations
[[PERSON:Anna Eriksson]],[[IBAN_CODE:SE7950008964358299164974]],7200.00,SEK,voice-over""",
    """| Attendee | Organisation | Email | Dietary |
|:--|:--|:--|:--|
| [[PERSON:Dr. Ngozi Eze-Williams]] | University of Lagos | [[EMAIL_ADDRESS:ngozi.ezewilliams@unilag.edu.ng]] | vegetarian |
| [[PERSON:Tomasz Zieliński]] | Allegro | [[EMAIL_ADDRESS:t.zielinski@allegro.pl]] | none |
| [[PERSON:Maya Goldstein]] | freelance | [[EMAIL_ADDRESS:maya.goldstein.design@gmail.com]] | kosher |
| [[PERSON:Ravi Pillai]] | Infosys | [[EMAIL_ADDRESS:ravi_pillai@infosys.com]] | none |""",
    """SURNAME/GIVEN          PASSPORT     NATIONALITY   SEAT
[[PERSON:OKONKWO/EMEKA]]          [[ID_NUMBER:A11044827]]    [[NRP:NIGERIAN]]      12A
[[PERSON:BERGSTROM/LINNEA]]       [[ID_NUMBER:91442087]]     [[NRP:SWEDISH]]       12B
[[PERSON:HAMID/YASMIN]]           [[ID_NUMBER:548813092]]    [[NRP:BRITISH]]       14F""",
    """{"user": "[[USERNAME:kemi_adebayo]]", "ip": "[[IP_ADDRESS:102.89.47.201]]", "ts": "[[DATE_TIME:2025-03-14T06:55:12Z]]", "country": "[[LOCATION:NG]]", "result": "ok"}
{"user": "[[USERNAME:jmorales]]", "ip": "[[IP_ADDRESS:189.203.14.77]]", "ts": "[[DATE_TIME:2025-03-14T07:02:40Z]]", "country": "[[LOCATION:MX]]", "result": "mfa_required"}
{"user": "[[USERNAME:h.kimura]]", "ip": "[[IP_ADDRESS:240d:1a:4e2:8b00:5c1:9e2f:41a:7b3]]", "ts": "[[DATE_TIME:2025-03-14T07:03:05Z]]", "country": "[[LOCATION:JP]]", "result": "ok"}""",
    """unit,tenant,move_in,rent_monthly,deposit_held
"[[ADDRESS:Flat 1, 28 Albert Road]]",[[PERSON:Kerry-Ann Thompson]],[[DATE_TIME:2023-09-01]],950,yes
"[[ADDRESS:Flat 2, 28 Albert Road]]",[[PERSON:Vikram Sethi]],[[DATE_TIME:2024-02-15]],975,yes
"[[ADDRESS:Flat 3, 28 Albert Road]]",,,0,n/a""",
    """member: [[PERSON:Dion Fairweather]]
member_no: [[ID_NUMBER:FF-220418]]
plan: Off-peak
joined: [[DATE_TIME:12 Jan 2024]]
---
member: [[PERSON:Aigerim Sadykova]]
member_no: [[ID_NUMBER:FF-220577]]
plan: Anytime
joined: [[DATE_TIME:3 Mar 2025]]
---
member: [[PERSON:Pedro Salgado]]
member_no: [[ID_NUMBER:FF-219903]]
plan: Student
joined: [[DATE_TIME:28 Sep 2023]]""",
    """cardholder\tcard_number\tmerchant\tamount_usd\tauth
[[PERSON:Grace Whitaker]]\t[[CREDIT_CARD:4984536339434230]]\tDelta Air Lines\t612.40\t08812A
[[PERSON:Luis Cárdenas]]\t[[CREDIT_CARD:5217029338306167]]\tWalgreens #4471\t23.18\t17730B
[[PERSON:Abimbola Fadahunsi]]\t[[CREDIT_CARD:349355243849724]]\tMarriott Atlanta\t1044.00\t99201C
[[PERSON:Henry Cho]]\t[[CREDIT_CARD:4415 4337 3923 7125]]\tShell 0921\t58.02\t40017D""",
    """| Name | ID number | Branch | Cell |
|------|-----------|--------|------|
| [[PERSON:Bongani Zulu]] | [[ID_NUMBER:6501176213081]] | Durban North | [[PHONE_NUMBER:083 441 2097]] |
| [[PERSON:Lerato Molefe]] | [[ID_NUMBER:0112053381086]] | Sandton | [[PHONE_NUMBER:072 118 5536]] |
| [[PERSON:Johan Pretorius]] | [[ID_NUMBER:7809216377082]] | Bellville | [[PHONE_NUMBER:082 907 3314]] |
| [[PERSON:Ayanda Nkosi]] | [[ID_NUMBER:9604033780081]] | Polokwane | [[PHONE_NUMBER:061 225 8840]] |""",
    """name;email;phone;postcode;city
[[PERSON:Daan Bakker]];[[EMAIL_ADDRESS:daan.bakker@ziggo.nl]];[[PHONE_NUMBER:06 4418 2270]];[[ZIP_CODE:3512 JC]];[[LOCATION:Utrecht]]
[[PERSON:Fleur Visser]];[[EMAIL_ADDRESS:fleurvisser@gmail.com]];[[PHONE_NUMBER:+31 6 2290 4471]];[[ZIP_CODE:2595 AA]];[[LOCATION:Den Haag]]
[[PERSON:Mehmet Yılmaz]];[[EMAIL_ADDRESS:m.yilmaz@kpnmail.nl]];[[PHONE_NUMBER:06-18834052]];[[ZIP_CODE:3072 AP]];[[LOCATION:Rotterdam]]""",
    """excursion: Year 9 Kosciuszko camp
students:
  - student: [[PERSON:Isla McKenzie]]
    medical: asthma (Ventolin)
    emergency_contact: [[PERSON:Fiona McKenzie]]
    emergency_phone: "[[PHONE_NUMBER:0417 229 801]]"
  - student: [[PERSON:Arjun Patel]]
    medical: none
    emergency_contact: [[PERSON:Nisha Patel]]
    emergency_phone: "[[PHONE_NUMBER:0400 118 446]]"
  - student: [[PERSON:Noah Tran]]
    medical: nut allergy (EpiPen)
    emergency_contact: [[PERSON:Linh Tran]]
    emergency_phone: "[[PHONE_NUMBER:0433 760 215]]\"""",
    """| Driver | Plate | Payout account | Trips | Net payout (₦) |
|---|---|---|---:|---:|
| [[PERSON:Segun Afolabi]] | [[ID_NUMBER:APP 318 KJ]] | [[ID_NUMBER:0218844732]] | 61 | 184,200 |
| [[PERSON:Chinedu Okeke]] | [[ID_NUMBER:KRD 774 AB]] | [[ID_NUMBER:3104418829]] | 48 | 139,750 |
| [[PERSON:Yusuf Ahmed]] | [[ID_NUMBER:ABC 902 XY]] | [[ID_NUMBER:2089914475]] | 12 | 31,400 |""",
    """VIN                    SURNAME       FIRST NAME   SEX  DOB          PU CODE
[[ID_NUMBER:90F5B04F19284413702]]    [[PERSON:ADEKUNLE]]      [[PERSON:BOLANLE]]      F    [[DATE_TIME:12/06/1975]]   24-09-11-004
[[ID_NUMBER:90F5B04F19284420159]]    [[PERSON:OGUNDIPE]]      [[PERSON:SAMUEL]]       M    [[DATE_TIME:03/01/1990]]   24-09-11-004
[[ID_NUMBER:90F5B04F19284427741]]    [[PERSON:ADEKUNLE]]      [[PERSON:TITILAYO]]     F    [[DATE_TIME:22/10/2003]]   24-09-11-004""",
    """client,sin,province,advisor,account_type
[[PERSON:Émilie Bouchard]],[[ID_NUMBER:407 655 661]],[[LOCATION:QC]],[[PERSON:J. Roy]],TFSA
[[PERSON:Gurpreet Dhaliwal]],[[ID_NUMBER:649 489 622]],[[LOCATION:BC]],[[PERSON:J. Roy]],RRSP
[[PERSON:Kyle MacDonald]],[[ID_NUMBER:333-437-192]],[[LOCATION:NS]],[[PERSON:A. Singh]],RESP""",
    """{"order": "HF-30918", "customer": "[[PERSON:Ruth Amadi]]", "phone": "[[PHONE_NUMBER:0809 221 4470]]", "address": "[[ADDRESS:6 Trans Amadi Road]]", "city": "[[LOCATION:Port Harcourt]]", "total": 9400}
{"order": "HF-30919", "customer": "[[PERSON:Tamuno Briggs]]", "phone": "[[PHONE_NUMBER:0703 884 1129]]", "address": "[[ADDRESS:27 Aba Road]]", "city": "[[LOCATION:Port Harcourt]]", "total": 5150}
{"order": "HF-30920", "customer": "[[PERSON:Ibiso]]", "phone": "[[PHONE_NUMBER:0816 339 0074]]", "address": "[[ADDRESS:Block 4, Flat 2, Elekahia Housing Estate]]", "city": "[[LOCATION:Port Harcourt]]", "total": 12300}""",
    """employee\tsss_no\tphilhealth_no\ttin\tpagibig_no
[[PERSON:Mariel Santos]]\t[[ID_NUMBER:33-4418207-1]]\t[[ID_NUMBER:12-050448821-7]]\t[[ID_NUMBER:418-220-977-000]]\t[[ID_NUMBER:1211-4470-8823]]
[[PERSON:Paolo Reyes]]\t[[ID_NUMBER:34-0918824-5]]\t[[ID_NUMBER:01-025577104-3]]\t[[ID_NUMBER:302-118-554-000]]\t[[ID_NUMBER:1210-9984-1127]]
[[PERSON:Jessa Mae Lim]]\t[[ID_NUMBER:04-2207719-8]]\t\t[[ID_NUMBER:771-404-218-000]]\t""",
    """| Tenant | NRIC | Unit | Postal code | Lease ends |
|---|---|---|---|---|
| [[PERSON:Goh Mei Ling]] | [[ID_NUMBER:S9124326A]] | [[ADDRESS:#12-08]] | [[ZIP_CODE:238874]] | 2026-01 |
| [[PERSON:Rajesh s/o Murugan]] | [[ID_NUMBER:S8487626G]] | [[ADDRESS:#04-15]] | [[ZIP_CODE:238874]] | 2025-09 |
| [[PERSON:Chua Jun Hao]] | [[ID_NUMBER:T0550215I]] | [[ADDRESS:#07-02]] | [[ZIP_CODE:238874]] | 2025-12 |""",
    """Sample: LAB-25-0418
Patient: [[PERSON:Deborah Ansah]]
MRN: [[ID_NUMBER:KBTH-0099127]]
Collected: [[DATE_TIME:11 Mar 2025 07:45]]
Test: Full blood count
Status: resulted

Sample: LAB-25-0419
Patient: [[PERSON:Emmanuel Tetteh]]
MRN: [[ID_NUMBER:KBTH-0101442]]
Collected: [[DATE_TIME:11 Mar 2025 08:10]]
Test: Malaria RDT
Status: pending""",
    """"name","address","phone","notes"
"[[PERSON:Harrison, Tobias]]","[[ADDRESS:41 Wellington Street, Apt 6]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5V 1E3]]","[[PHONE_NUMBER:416-555-0119]]","prefers email"
"[[PERSON:Nguyen, Bao]]","[[ADDRESS:880 Bloor St W]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M6G 1L9]]","[[PHONE_NUMBER:647-555-0183]]","speaks Vietnamese, French"
"[[PERSON:Oyelaran, Kemi]]","[[ADDRESS:12 Brimley Rd]], [[LOCATION:Scarborough]], [[LOCATION:ON]] [[ZIP_CODE:M1M 3W4]]","[[PHONE_NUMBER:437-555-0107]]","\"""",
    """| handle | name | email | country | commits |
|--------|------|-------|---------|--------:|
| [[USERNAME:tolu-dev]] | [[PERSON:Tolulope Ogunleye]] | [[EMAIL_ADDRESS:tolu.ogunleye@proton.me]] | [[LOCATION:Nigeria]] | 412 |
| [[USERNAME:mkowalczyk]] | [[PERSON:Marta Kowalczyk]] | [[EMAIL_ADDRESS:marta.kowalczyk@gmail.com]] | [[LOCATION:Poland]] | 87 |
| [[USERNAME:sbrathwaite]] | [[PERSON:Shane Brathwaite]] | [[EMAIL_ADDRESS:shaneb@outlook.com]] | [[LOCATION:Barbados]] | 15 |""",
    """ppsn,surname,forename,county,scheme
[[ID_NUMBER:9015535D]],[[PERSON:Ó Súilleabháin]],[[PERSON:Cathal]],[[LOCATION:Cork]],Jobseeker's Allowance
[[ID_NUMBER:0612334R]],[[PERSON:Kowalski]],[[PERSON:Anna]],[[LOCATION:Galway]],Child Benefit
[[ID_NUMBER:9042059A]],[[PERSON:Adeyemi]],[[PERSON:Folasade]],[[LOCATION:Dublin]],Carer's Allowance""",
    """NAME\tPHONE\tID NO\tAMOUNT (KES)\tREASON
[[PERSON:Mercy Wanjala]]\t[[PHONE_NUMBER:0711 209 448]]\t[[ID_NUMBER:28814407]]\t2,500\tcasual labour
[[PERSON:Kevin Mutiso]]\t[[PHONE_NUMBER:0729 118 034]]\t[[ID_NUMBER:33019842]]\t4,000\ttransport refund
[[PERSON:Abdirahman Hussein]]\t[[PHONE_NUMBER:0740 552 917]]\t[[ID_NUMBER:25577103]]\t1,200\tairtime""",
    """MEMBER ID     NAME                 DOB         STATE  DL NUMBER
[[ID_NUMBER:MX4418207]]     [[PERSON:Jessica Alvarado]]     [[DATE_TIME:07/14/1986]]  [[LOCATION:FL]]     [[US_DRIVER_LICENSE:A416-720-86-654-0]]
[[ID_NUMBER:MX4420193]]     [[PERSON:Terrence Boyd]]        [[DATE_TIME:01/03/1972]]  [[LOCATION:NY]]     [[US_DRIVER_LICENSE:118 447 209]]
[[ID_NUMBER:MX4421870]]     [[PERSON:Hana Yoshida]]         [[DATE_TIME:11/22/1999]]  [[LOCATION:WA]]     [[US_DRIVER_LICENSE:YOSHIHM224RZ]]""",
    """| Orúkọ | Nọ́mbà fóònù | Àdírẹ́sì | Ọjọ́ orí |
|---|---|---|---|
| [[PERSON:Adébáyọ̀ Ọlátúnjí]] | [[PHONE_NUMBER:0803 552 7718]] | [[ADDRESS:Ilé 4, Òpópónà Gbági]], [[LOCATION:Ìbàdàn]] | [[AGE:45]] |
| [[PERSON:Fúnmiláyọ̀ Àjàyí]] | [[PHONE_NUMBER:0816 220 4493]] | [[ADDRESS:Ilé 19, Òpópónà Ẹ̀rúwà]], [[LOCATION:Ìbàdàn]] | [[AGE:38]] |
| [[PERSON:Túndé Ògúnṣọlá]] | [[PHONE_NUMBER:0705 118 3362]] | [[ADDRESS:Ilé 2, Àdúgbò Mọ̀kọ́lá]], [[LOCATION:Ìbàdàn]] | [[AGE:52]] |""",
    """Suna,Lambar waya,Gari,Shekaru,Sana'a
[[PERSON:Aliyu Shehu]],[[PHONE_NUMBER:08036112947]],[[LOCATION:Sokoto]],[[AGE:41]],Manomi
[[PERSON:Rabi Usman]],[[PHONE_NUMBER:08120447718]],[[LOCATION:Katsina]],[[AGE:29]],Malama
[[PERSON:Ibrahim Maikudi]],[[PHONE_NUMBER:07039905521]],[[LOCATION:Zaria]],[[AGE:56]],Direba""",
    """Aha\tEkwentị\tAkaụntụ\tEgo (₦)\tỤbọchị
[[PERSON:Chukwuma Eze]]\t[[PHONE_NUMBER:0803 227 1146]]\t[[ID_NUMBER:0047718823]]\t50,000\tỌnwa Mbụ
[[PERSON:Amarachi Nwosu]]\t[[PHONE_NUMBER:0814 906 3371]]\t[[ID_NUMBER:2219904487]]\t35,000\tỌnwa Mbụ
[[PERSON:Obinna Uzor]]\t[[PHONE_NUMBER:0706 448 1902]]\t[[ID_NUMBER:1008823374]]\t20,000\tỌnwa Abụọ""",
]

CHAT = [
    """[21:04] Agent [[PERSON:Ada]]: Hello, you're chatting with Bolt Support. How can I help today?
[21:05] [[PERSON:Obafemi Adeleye]]: My driver ended the trip at [[LOCATION:Ojuelegba]] but I was going to [[ADDRESS:41 Bode Thomas Street]], [[LOCATION:Surulere]]. He still charged me ₦9,200.
[21:05] Agent [[PERSON:Ada]]: I'm sorry about that, [[PERSON:Obafemi]]. Can you confirm the phone number on the account?
[21:06] [[PERSON:Obafemi Adeleye]]: [[PHONE_NUMBER:0805 118 3320]]
[21:06] Agent [[PERSON:Ada]]: Thanks. I can see the trip with [[PERSON:Uchenna]] (Toyota Corolla, [[ID_NUMBER:LSD 552 EZ]]). I've refunded ₦4,600 to your Bolt balance and flagged the driver.
[21:07] [[PERSON:Obafemi Adeleye]]: ok thanks""",
    """08:12 - Mummy: [[PERSON:Tobi]] please send 30k to your sister for her school fees, her account is [[ID_NUMBER:0158823304]] GTB
08:15 - [[PERSON:Tobi]]: Ok ma, is it the one in her name [[PERSON:Adetola Ogunbanjo]]?
08:15 - Mummy: Yes. And tell [[PERSON:Dayo]] to bring the generator to [[ADDRESS:7 Adeola Hopewell Street]] on [[DATE_TIME:Saturday 22nd]]
08:31 - [[PERSON:Dayo]]: I dey come Saturday morning. Mummy what's Uncle [[PERSON:Femi]]'s new number?
08:32 - Mummy: [[PHONE_NUMBER:0812 443 9921]]
08:32 - Mummy: and greet your wife [[PERSON:Ronke]] for me""",
    """#payments-support
[[PERSON:Kelsey Marsh]]  10:02 AM
anyone seen a chargeback from [[PERSON:Ravi Shankar Iyer]]? email [[EMAIL_ADDRESS:ravi.s.iyer@gmail.com]], card ending 8841
[[PERSON:Diego Fuentes]]  10:04 AM
yeah he called in yesterday from [[PHONE_NUMBER:+1 408 555 0192]]. billing address is [[ADDRESS:1550 Tully Rd, Apt 22]], [[LOCATION:San Jose]] [[ZIP_CODE:95122]]
[[PERSON:Kelsey Marsh]]  10:05 AM
thx, i'll put a note on acct [[ID_NUMBER:C-0094418]]. cc @[[USERNAME:priya.n]] for the refund
[[PERSON:Priya Natarajan]]  10:11 AM
on it :thumbsup:""",
    """[13:02] [[PERSON:Kabiru]] (rider): Good afternoon ma, I don reach [[ADDRESS:12 Oduduwa Crescent]], [[LOCATION:Ikeja GRA]]. Gate dey locked o.
[13:03] [[PERSON:Blessing]]: Abeg wait small, I dey come down. Na [[ADDRESS:Flat 4]].
[13:06] [[PERSON:Kabiru]] (rider): Ma, I don wait 3 minutes. Make I call you? Na this number [[PHONE_NUMBER:0813 220 5547]]?
[13:06] [[PERSON:Blessing]]: No be that one, use [[PHONE_NUMBER:0907 441 2286]]. Or tell Baba [[PERSON:Sule]] for gate make him open for you.
[13:09] [[PERSON:Kabiru]] (rider): Okay ma, I don give am the food. Thank you.""",
    """[09:15] [[PERSON:Auwalu]]: Assalamu alaikum [[TITLE:Hajiya]] [[PERSON:Binta]], don Allah ki tura mini ₦40,000 zuwa asusuna [[ID_NUMBER:0119928847]] na First Bank.
[09:17] [[PERSON:Binta Abdullahi]]: Wa alaikum salam. Na ji. Sunan da ke kan asusun shine [[PERSON:Auwalu Haruna]]?
[09:17] [[PERSON:Auwalu]]: Eh, haka ne. Idan an tura, ki kira ni a [[PHONE_NUMBER:0806 227 4419]].
[09:24] [[PERSON:Binta Abdullahi]]: An tura ta wurin wakilin POS, [[TITLE:Malam]] [[PERSON:Isa Garba]], a [[LOCATION:Sabon Gari]]. Ka duba.
[09:26] [[PERSON:Auwalu]]: Na gani. Allah ya saka da alheri.""",
    """[[PERSON:Jess]]: babe the landlord needs your SSN for the application
[[PERSON:Marcus]]: ugh ok it's [[US_SSN:472-18-3306]]. don't screenshot lol
[[PERSON:Jess]]: and your DOB is [[DATE_TIME:9/14/93]] right
[[PERSON:Marcus]]: yep. current address is still [[ADDRESS:2210 N Clark St #3F]] for the form
[[PERSON:Jess]]: done, sent it to [[PERSON:Mrs. Delgado]] at [[EMAIL_ADDRESS:rdelgado.properties@gmail.com]]
[[PERSON:Marcus]]: 🙏""",
    """[[PERSON:Hannah]] (Support): Hi [[PERSON:Gbenga]], thanks for waiting. Your IBAN for euro payments is [[IBAN_CODE:GB85 MONZ 0400 0495 8554 74]] (BIC MONZGB2L).
[[PERSON:Gbenga Oyewumi]]: Great. The sender is my client [[PERSON:Katrin Vogel]], she'll pay from her account [[IBAN_CODE:DE96 5007 0010 2063 5140 80]].
[[PERSON:Hannah]] (Support): That's fine. Incoming SEPA payments usually arrive within 1 working day.
[[PERSON:Gbenga Oyewumi]]: Also can you update my address to [[ADDRESS:Flat 7, 19 Coldharbour Lane]], [[LOCATION:London]] [[ZIP_CODE:SE5 9NR]]?
[[PERSON:Hannah]] (Support): Done ✅ We'll send a confirmation to [[EMAIL_ADDRESS:gbenga.oyewumi@gmail.com]].""",
    """[7:58 AM] [[PERSON:Joy Dizon]]: Good morning team! Reminder: [[PERSON:Mr. Arnel Bautista]] ([[AGE:67]]) is scheduled for dialysis at 9, pls call his son [[PERSON:Mark]] at [[PHONE_NUMBER:0918 227 4410]] if he's late.
[8:03 AM] [[PERSON:Rica Tan]]: noted po. Also [[TITLE:Ma'am]] [[PERSON:Liza Cruz]] moved her session to [[DATE_TIME:Friday, March 21 at 2 PM]].
[8:05 AM] [[PERSON:Joy Dizon]]: ok. her PhilHealth no. is [[ID_NUMBER:19-025118844-2]] for the claim form
[8:06 AM] [[PERSON:Rica Tan]]: 👍""",
]

LOOKALIKE = [
    """Release 10.4.2.1 (build 2025.03.11) is now live on all agent POS terminals. Terminals with serial prefixes 2K41 and 2058LX must reboot before 06:00. Known issue INC-448213: settlement file SETL_20250310_0442.csv was delayed by 40 minutes; no action needed. Firmware checksum sha256 9f2c4e1a7b0d33e8c15a6f27b4e9d0a1c8f3e5b7d2a4c6e8f0b1d3a5c7e9f1a2. Agent helpdesk: 0700 225 5678 or partners-support@agentnet.ng.""",
    """Order #NG-2025-0448213 confirmed. Items: Things Fall Apart (ISBN 9780148819160, SKU TFA-PB-01) x1; Half of a Yellow Sun (ISBN 9789782440853, SKU HYS-PB-02) x2. Invoice INV/25/03/7714. Tracking GIG 4471 8830 2219. Deliver to: [[PERSON:Nnamdi Okwu]], [[ADDRESS:18 Adelabu Street]], [[LOCATION:Uwani]], [[LOCATION:Enugu]]. Questions? Call 0201 888 4400 (Mon–Fri) or email orders@booknook.ng.""",
    """From the airport, take the Murtala Muhammed Way exit, go past the Nnamdi Azikiwe Stadium sign and keep left onto Herbert Macaulay Way. The shuttle to the Obafemi Awolowo Hall leaves from the Ahmadu Bello Way stop every 30 minutes, and Mama Cass on Tafawa Balewa Square is the easiest place to eat. If you get lost, call our volunteer, [[PERSON:Temitope]], on [[PHONE_NUMBER:0813 442 7719]].""",
    """CI run #44821 failed on runner ci-runner-07 (image node:20.11.1-alpine, digest sha256:3b1f9e0c). Stage "migrate" exited with code 137 after applying 2024.12.01.3 and 2025.01.15.2. Offending commit 4f9a2c1e by [[PERSON:Adeola Bakare]] <[[EMAIL_ADDRESS:adeola.bakare@gmail.com]]>. Device under test: serial R58M41ZK2QF, MAC 00:1A:2B:3C:4D:5E, build 10.0.0.12. Reopen JIRA PAY-2291 once green.""",
    """INVOICE INV-2025-0311 | RC 1448213 | TIN 04418822-0001
Bill from: Lagoon Logistics Ltd, 0700 524 6664, accounts@lagoonlogistics.ng
Bill to: Harbour Foods Plc, attn. [[PERSON:Mrs. Ifeoma Agu]]
PO ref PO-88213; delivery note DN-2210-44; waybill WB 7730 4418 2291
Pallets: 14 x SKU HF-TOM-400G; 6 x SKU HF-PEP-1KG
Total: ₦4,418,220.00 incl. 7.5% VAT. Payment terms: 30 days.""",
    """Promo code BOLT50LAG dey work till end of this month for trips wey pass ₦3,000. Your referral code na RF-7741-QX, e no be your phone number o. Trip ID like TRP-20250311-8841 na wetin you go give support if wahala dey, or call 0201 330 4400. Winner of last week raffle na [[PERSON:Chidera Okafor]] from [[LOCATION:Ajah]], congrats!""",
    """Ward round, bed 12: Parkinson's disease, on levodopa/carbidopa 100/25 (lot LV2204418, exp 11/2026). Bed 14: Hodgkin lymphoma follow-up, Reed-Sternberg cells noted on the 2023 biopsy; next PET per protocol. Bed 15: Down syndrome, Hashimoto's thyroiditis, stable. Pharmacy ext. 4471; switchboard 01 280 4000. Doctor on call tonight: [[PERSON:Dr. Aoife Keane]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind107", STYLES, OUT)


if __name__ == "__main__":
    main()

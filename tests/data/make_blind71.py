"""Build tests/data/blind71.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind71.py

Blind: written without any knowledge of the detector. Read while writing:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, its import lines, and the first line of its first
record, which falls inside those lines), the tail of make_blind22.py from
`STYLES = {` to the end (the scaffolding copied below), gold_sets.py (whole
file), and lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes, and `parse()`). Not read: minimize/, recognizers/,
the tests (other than those lines), bench/, the README, any *.jsonl (the
output of this script included), any other make_*.py, git history, log or
status. The detector, the bench and the tests were never run. Do not tune
the detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (the French, Spanish,
Belgian and Portuguese national check digits inside them are right too);
`gold_sets.check` re-checks cards and IBANs. National ids with a public check
digit (Aadhaar / Verhoeff, NHS number, SIN, TFN, BSN, Singapore NRIC, Irish
PPSN, South African ID agreeing with sex and birth date, South African tax
number, NZ NHI and IRD, Icelandic kennitala, Ontario health card) and the
look-alike ISBN-13s and IMEIs were given valid check digits by hand-run
throwaway code while writing, not generated here (the PANs carry the
holder's surname initial in the fifth place). PAN, NIN, BVN, Kenyan ids and KRA PINs, Tanzanian NIDA
numbers, UK NI numbers, US SSNs, passports, licences, plates and account,
customer, member, patient and staff numbers carry no checked digit.

Styles (ids `blind71-<style>-NNN`; 240 records), table-heavy:
- `table` (60): one small labeled table per record rendered as text (CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks),
  varied column names, some abbreviated, with non-PII columns (amounts,
  plans, statuses, branches); header rows unlabeled.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents, card / CVV
  / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts,
  medical and loan forms, notices) and Nemotron-PII (JSON, log lines, SQL,
  XML, YAML / config and code snippets, tickets and forms).
- `gen` (80): one to four LLM-style sentences with personal data woven into
  prose; retail banking, telecom accounts and mobile money (M-Pesa, MoMo,
  Airtel Money, UPI wallets) get extra weight, the rest spread over health,
  pharmacy, insurance, legal, schools, HR, retail, travel, government,
  lettings, gaming, social media, deliveries, gyms, vets, libraries.
- `chat` (8): support chats, messaging threads and team chat with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and case refs, SKUs, ISBNs, IP-shaped versions, hashes,
  serials, IMEIs, company phones, role mailboxes, eponyms, streets named
  after people with no number), with the few real PII values labeled; one
  has no PII at all.
About nine records in ten are in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, the Philippines, Nigeria, Ghana,
Kenya, Uganda, Tanzania, Zambia and South Africa contexts, with names from
the many cultures living there); the rest are in Hindi (Devanagari and
romanized Hindi / Hinglish) and Swahili.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" stays outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it (also Captain, Bi., श्रीमती,
  डॉ., and MR / MRS / MS / MSTR in an airline name field); job titles
  ("Agent", "Attorney") are not TITLE, and family and kin words ("Papa",
  "didi", "bhai", the "Mama" of "Mama Wanjiku") stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names, plot numbers; a building number or secondary
  address given in its own field is ADDRESS. City, district, suburb,
  county, state / province (also abbreviated), region and country are
  LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start, hearing,
  visit, transfer, payment, login ...) with a day or a month, in any shape
  and language; a weekday or clock time said with the date is inside the
  span, a weekday or time alone is not; bare years, durations and dates not
  tied to a person (invoice, release, statement dates) are not labeled.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, subscriber and member numbers, bank and wallet account
  numbers, non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD (debit cards too), IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys, genders, job titles, employers, user
  agents, MAC addresses, BIC / SWIFT, sort codes, IFSC and routing numbers,
  CVVs and expiries, PINs and PUKs, order / ticket / claim / policy /
  booking / tracking / transaction references (M-Pesa and MoMo codes too),
  paybill, till and agent numbers, IMEIs, ICCIDs and other serials,
  company phone numbers and role mailboxes, versions, hashes, partial
  numbers ("ending 4417"), pets, eponyms and brands named after people,
  header rows.
- Calls made while writing this set: a UPI id (VPA, "name@okicici") is a
  person's payment address and is labeled ID_NUMBER as a whole, even when
  it contains a phone number; a mobile-money wallet is identified by its
  phone number, labeled PHONE_NUMBER; a crypto wallet address of a person
  is ID_NUMBER like a bank account number; the timestamp of a log line that
  records a person's own action (login, payment, SIM swap) is DATE_TIME,
  like the "last login" of blind22; a table's "sex", "gender", "plan",
  "status", "branch", "role" or "dept" column stays unlabeled, an "age"
  column is AGE, a "country", "county", "state" or "region" column is
  LOCATION and a "nationality" or "religion" column is NRP; in an airline
  name field ("ADEYEMI/FOLAKE MRS") surname and given name are two PERSON
  spans and the trailing title is TITLE, and a three-letter nationality
  code in a "nationality" field is NRP; IPs of people's devices and
  sessions are IP_ADDRESS wherever they show (an attacker's source IP in a
  log too), while infrastructure addresses in a config (a public DNS
  resolver, a database host) are not; masked phone numbers in an M-Pesa
  statement ("0722***418") are partial numbers and stay unlabeled; chat
  lines carry clock times only, which stay unlabeled; an ABHA health id and
  an Ontario health card number are ID_NUMBER.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind71.jsonl")

GEN = [
    """Hi, this is [[PERSON:Marcus Oyelaran]]. There's a £412.60 direct debit on my current account [[ID_NUMBER:31926604]] (sort code 20-45-77) that I never set up, can someone call me back on [[PHONE_NUMBER:07700 914382]] before five?""",
    """[[PERSON:Lucía Benítez-Ortega]] opened a joint savings account with her husband [[PERSON:Rafael]] at the Ridgewood branch on [[DATE_TIME:March 3, 2025]]; the account number is [[ID_NUMBER:4471 0093 2285]] and statements go to [[ADDRESS:1187 Seneca Ave, Apt 3R]], [[LOCATION:Ridgewood]], [[LOCATION:NY]] [[ZIP_CODE:11385]].""",
    """my daughter [[PERSON:keisha]] is [[AGE:14]] and I want her line, [[PHONE_NUMBER:(404) 718-2296]], moved off my family plan onto her own prepaid account. The account holder is me, [[PERSON:Denise Whitfield]], and the PIN on file is 7731.""",
    """I sent KSh 4,500 via M-Pesa to the wrong number, [[PHONE_NUMBER:0722 418 093]] instead of [[PHONE_NUMBER:0722 418 039]], on [[DATE_TIME:12/02/2025 at 19:42]]. The transaction code was SBC4K7TQ2M and my own line is [[PHONE_NUMBER:0711 206 557]]. My name is [[PERSON:Wanjiru Kamau]], ID [[ID_NUMBER:28845103]].""",
    """Could you update the address on [[PERSON:Mr. Arjun Malhotra]]'s credit card account? He moved on [[DATE_TIME:1 February 2025]] to [[ADDRESS:Flat 12, Ashdown Court, 48 Beulah Road]], [[LOCATION:Thornton Heath]] [[ZIP_CODE:CR7 8JG]].""",
    """Porting request: customer [[PERSON:Siobhán Ní Bhriain]] wants to bring [[PHONE_NUMBER:087 641 2290]] over from her old provider. Her account number with us is [[ID_NUMBER:IE-55018342]] and the port date she asked for is [[DATE_TIME:Thursday 27 March]].""",
    """Appointment reminder for [[PERSON:Hemi Tawhiri]]: your diabetes review with [[PERSON:Dr. Grace Liu]] is on [[DATE_TIME:Tuesday, 8 April 2025 at 9:40 a.m.]] at the Ōtara clinic. Please bring your NHI number, [[ID_NUMBER:ZKM4276]].""",
    """Please refund the $89.99 to the Visa ending 4417. The order was placed by [[PERSON:ethan brooks]] from [[IP_ADDRESS:73.162.48.211]] and shipped to [[ADDRESS:229 Larkspur Lane]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83704]].""",
    """[[PERSON:Okello]] says the MTN MoMo transfer of UGX 250,000 to his brother [[PERSON:Opio Denis]] on [[PHONE_NUMBER:+256 772 604 118]] never arrived, even though it left his wallet on [[DATE_TIME:5th Jan]].""",
    """Good afternoon, my name is [[PERSON:Chiamaka Eze-Nwosu]], my BVN is [[ID_NUMBER:22184093576]] and my GTBank account [[ID_NUMBER:0124587739]] was debited twice for the same POS transaction on [[DATE_TIME:14/01/2025]]. Kindly reverse it.""",
    """The claimant, [[PERSON:Bongani Mthembu]] ([[AGE:45]]), reported his bakkie stolen from outside [[ADDRESS:17 Jan Smuts Avenue]], [[LOCATION:Rosebank]], on the night of [[DATE_TIME:9 November 2024]]; his ID number is [[ID_NUMBER:7906307806084]].""",
    """Prescription ready for collection: [[PERSON:Mrs. Ewa Kowalczyk]], DOB [[DATE_TIME:02.07.1958]], NHS no. [[ID_NUMBER:486 644 3111]]. Her daughter [[PERSON:Magda]] will pick it up after work.""",
    """Roaming was switched off on [[PERSON:Thabo]]'s number [[PHONE_NUMBER:+27 82 553 0917]] while he was in [[LOCATION:Lisbon]], so he's asked us to credit the R349 bundle back to account [[ID_NUMBER:VC-10448276]].""",
    """[[PERSON:Nguyen Thi Mai]] (student ID [[ID_NUMBER:s3928841]]) has requested an extension for her thesis until [[DATE_TIME:30 June 2025]]; her supervisor, [[PERSON:Prof. Alan Whitcombe]], supports the request.""",
    """I paid ₹2,340 to [[PERSON:Suresh Patil]] on UPI at [[ID_NUMBER:suresh.patil77@okicici]] but the money got debited from my SBI account [[ID_NUMBER:38920174453]] without reaching him. Regards, [[PERSON:Kavya Iyer]], [[PHONE_NUMBER:+91 98450 21736]]""",
    """The tenancy for [[ADDRESS:Unit 4, 22 Bellevue Terrace]], [[LOCATION:Fremantle]] [[LOCATION:WA]] [[ZIP_CODE:6160]] starts on [[DATE_TIME:15 May 2025]]. The lease holders are [[PERSON:Dimitra Papadakis]] and [[PERSON:Connor Walsh]], and the bond will be lodged under [[PERSON:Dimitra]]'s email, [[EMAIL_ADDRESS:dimi.papadakis@outlook.com]].""",
    """Return authorised for [[PERSON:aaliyah jones]]. She can drop the parcel at any collection point and we'll email the label to [[EMAIL_ADDRESS:aaliyahj.22@gmail.com]].""",
    """Player [[USERNAME:xXNightOwl_92Xx]] (real name [[PERSON:Kevin Dmitrov]], registered with [[EMAIL_ADDRESS:kdmitrov@protonmail.com]]) was banned on [[DATE_TIME:2025-02-11 03:14 UTC]] for chargeback fraud from IP [[IP_ADDRESS:2a02:c7c:5e1a:8f00:9d3:11ff:fe4b:2a10]].""",
    """A cheque for $1,250.00 made out to [[PERSON:Gurpreet Kaur Sandhu]] was deposited into chequing account [[ID_NUMBER:5091 2287 441]] at the Brampton branch; her SIN, [[ID_NUMBER:325 149 631]], is on file for the T5 slip.""",
    """Hey, I'm looking at the bill for account [[ID_NUMBER:0049 3317 2206]] and there's a $45 international call to a number in [[LOCATION:Manila]] on [[DATE_TIME:Feb 17]]. Nobody in the house called there. This is [[PERSON:Rosario Delgado]], I'm the account holder.""",
    """[[PERSON:Oluwaseun Adebayo-Williams]] starts as a payroll analyst on [[DATE_TIME:Monday 2 June 2025]]; please send the contract to [[ADDRESS:Flat 7B, 91 Old Kent Road]], [[LOCATION:London]] [[ZIP_CODE:SE1 5NU]] and set up payroll with NI number [[ID_NUMBER:JK 48 22 91 C]].""",
    """Habari, mimi ni [[PERSON:Neema Mwakalinga]]. Nilituma shilingi 60,000 kwa M-Pesa kwenda namba [[PHONE_NUMBER:0754 331 280]] tarehe [[DATE_TIME:3 Machi 2025 saa 4 asubuhi]] lakini mpokeaji, [[PERSON:Juma Hassan]], anasema hajapokea chochote.""",
    """नमस्ते, मेरा नाम [[PERSON:सुनीता वर्मा]] है। मेरे बचत खाते [[ID_NUMBER:50100234871162]] से [[DATE_TIME:18 फरवरी 2025]] को ₹15,000 कट गए, जबकि मैंने कोई लेन-देन नहीं किया। कृपया मुझे [[PHONE_NUMBER:98290 47316]] पर कॉल करें।""",
    """Mera Jio number [[PHONE_NUMBER:70214 88390]] do din se band hai, recharge [[DATE_TIME:20 March]] ko kiya tha. Naam [[PERSON:Rahul Yadav]], alternate number [[PHONE_NUMBER:9935012874]] hai, please jaldi check karo.""",
    """[[PERSON:Mele Tupou]] brought Biscuit in for his vaccinations on [[DATE_TIME:4 March]]; the invoice and reminders go to [[EMAIL_ADDRESS:mele.tupou@xtra.co.nz]] and [[PHONE_NUMBER:021 448 3092]].""",
    """The hearing in [[PERSON:Sato]] v. Pinecrest Property Management has been moved to [[DATE_TIME:April 22, 2025, at 1:30 p.m.]]; the plaintiff, [[PERSON:Haruto Sato]], is represented by [[PERSON:Alicia Moreno-Grant]], who may be reached at [[EMAIL_ADDRESS:amorenogrant@morenolaw.com]].""",
    """Booking ref KQ7TZP, passenger [[PERSON:ADEYEMI]]/[[PERSON:FOLAKE]] [[TITLE:MRS]], passport [[ID_NUMBER:A09824417]], date of birth [[DATE_TIME:17MAY86]], seat 32C on the [[LOCATION:Lagos]] to [[LOCATION:London]] flight.""",
    """Fraud note: someone requested a SIM swap on [[PHONE_NUMBER:+234 803 556 2109]] at 14:05 today pretending to be [[PERSON:Ibrahim Musa Danladi]]. The real customer's NIN is [[ID_NUMBER:48203917565]] and his registered address is [[ADDRESS:No. 14 Ahmadu Bello Way]], [[LOCATION:Kaduna]].""",
    """Loan application LN-2025-04418: the applicant, [[PERSON:Samantha]] "[[PERSON:Sam]]" [[PERSON:Achterberg]], is [[AGE:33]], earns $71,500 a year as a dental hygienist and was born on [[DATE_TIME:October 9, 1991]]; she has banked with us since 2012.""",
    """follow my baking page @[[USERNAME:crumbs_by_zanele]] or whatsapp me on [[PHONE_NUMBER:072 118 4406]] for orders!! [[PERSON:Zanele]] xx""",
    """I lost my debit card [[CREDIT_CARD:4715 2847 8139 0016]] somewhere in the [[LOCATION:Brisbane]] CBD yesterday arvo; please block it and send a new one to [[ADDRESS:3/41 Lutwyche Road]], [[LOCATION:Windsor]] [[LOCATION:QLD]] [[ZIP_CODE:4030]]. Cheers, [[PERSON:Tran Minh Khoa]]""",
    """The technician visit for [[PERSON:Fatima Zahra Benali]] at [[ADDRESS:5580 Rue Saint-Urbain, app. 2]], [[LOCATION:Montréal]], is booked for [[DATE_TIME:Tuesday, April 15 between 8:00 and 12:00]]; her modem's static IP is [[IP_ADDRESS:184.161.77.20]].""",
    """A Tigo Pesa agent in [[LOCATION:Mwanza]] reversed a TSh 120,000 deposit meant for [[PERSON:Rehema Nyirenda]] ([[PHONE_NUMBER:+255 713 902 446]]); she has since shown her NIDA number, [[ID_NUMBER:19870423-41208-00002-17]], at the branch.""",
    """On [[DATE_TIME:Saturday 8 March 2025 at 22:10]] someone used [[PERSON:Harriet Osei-Bonsu]]'s Mastercard [[CREDIT_CARD:5380 1799 8440 1498]] for three online purchases from an IP in [[LOCATION:Romania]] ([[IP_ADDRESS:86.124.39.201]]).""",
    """Dear parents, [[PERSON:Aroha]] and [[PERSON:Manaia Ngata]]'s permission slips for the museum trip on [[DATE_TIME:Friday 14 March]] are still outstanding. Please return them to [[PERSON:Mrs Ruth Fale]] by Wednesday.""",
    """[[PERSON:Bogdan Ilie]]'s loyalty card number is [[ID_NUMBER:6330 0451 8827 3390]], and yes, the points from his shop on [[DATE_TIME:28/12/2024]] should have been added by now.""",
    """Hi [[PERSON:Priyanka]], your contract on [[PHONE_NUMBER:07491 338 620]] ends on [[DATE_TIME:19 May 2025]]. Reply UPGRADE to this text or call 191 free from your mobile to see your options.""",
    """For re-KYC, [[PERSON:Mohammed Irfan Qureshi]] submitted his PAN [[ID_NUMBER:AKWPQ4821M]] and Aadhaar [[ID_NUMBER:6957 6546 4744]] at the Tolichowki branch in [[LOCATION:Hyderabad]] on [[DATE_TIME:7 Jan 2025]].""",
    """Membership freeze approved for [[PERSON:Jordan Pike]] ([[EMAIL_ADDRESS:jpike@fastmail.com]]) from [[DATE_TIME:1 April]] to [[DATE_TIME:30 June]] after his knee surgery.""",
    """Your parcel couldn't be delivered to [[ADDRESS:#11-07, 88 Harbourfront Drive]], [[LOCATION:Singapore]] [[ZIP_CODE:098633]] because nobody was home. [[PERSON:Lim Wei Jie]], please rebook in the app or call the courier on 6785 1100.""",
    """The Airtel Money wallet registered to [[PERSON:Chanda Mulenga]], [[PHONE_NUMBER:+260 97 7410 882]], was frozen after five wrong PIN attempts on [[DATE_TIME:23 February 2025]]; she lives in [[LOCATION:Kitwe]] and can visit the Parklands agent with her NRC.""",
    """Please wire the €3,000 deposit to my landlord, [[PERSON:Henrik Mortensen]], IBAN [[IBAN_CODE:DK83 2477 6776 7546 18]], with "deposit [[PERSON:A. Obi]]" as the reference.""",
    """Bhaiya mera HDFC ka debit card [[CREDIT_CARD:6521 9799 3847 7728]] ATM mein atak gaya, [[LOCATION:Lucknow]] ke Hazratganj branch pe. Account [[PERSON:Pooja Srivastava]] ke naam pe hai, mobile [[PHONE_NUMBER:+91 94150 63287]].""",
    """[[PERSON:Ahmed]], a [[AGE:67]]-year-old retired taxi driver from [[LOCATION:Bradford]], was admitted on [[DATE_TIME:12/03/2025]] with chest pain; next of kin is his son [[PERSON:Imran Hussain]], [[PHONE_NUMBER:07845 602 119]].""",
    """Customer [[PERSON:Yolanda Pérez]] called to dispute a $30 data overage on her line ending 7719. Account PIN verified, account number [[ID_NUMBER:287441093]], billing ZIP [[ZIP_CODE:78521]].""",
    """Dear [[PERSON:Mr. O'Sullivan]], we write to confirm that your mortgage account [[ID_NUMBER:88203517]] was redeemed in full on [[DATE_TIME:28 February 2025]]. The deeds will be posted to [[ADDRESS:14 Glenageary Park]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]] [[ZIP_CODE:A96 K2P7]].""",
    """Laini yangu ya Safaricom [[PHONE_NUMBER:0729 640 115]] imefungwa tangu [[DATE_TIME:Jumatatu, 10 Machi 2025]]. Jina kamili ni [[PERSON:Kipchumba Kiprotich]], kitambulisho namba [[ID_NUMBER:31550872]]. Naomba mnisaidie kuirejesha.""",
    """lol [[PERSON:maya]]'s new insta is @[[USERNAME:maya.in.melb]], she changed it after moving to [[LOCATION:Melbourne]] in [[DATE_TIME:January]]""",
    """Policy HX-2291-887 covers [[PERSON:Andile]] and [[PERSON:Nomvula Dlamini]] and their two children; the premium is debited from FNB account [[ID_NUMBER:62814409937]] on the first of each month.""",
    """[[PERSON:Rosa Mendoza Quispe]] applied for naturalization. Her A-number is [[ID_NUMBER:A-218-447-903]], her SSN [[US_SSN:611-48-2270]], and her interview is scheduled for [[DATE_TIME:May 6, 2025 at 10:15 AM]] at the [[LOCATION:San Antonio]] field office.""",
    """[[PERSON:Rachel Tan Hui Min]] (NRIC [[ID_NUMBER:S5629911D]]) wants to add her mother, [[PERSON:Ong Bee Lian]], as a joint holder on DBS account [[ID_NUMBER:027-1-884310]].""",
    """The eSIM QR code for [[PHONE_NUMBER:+61 412 778 093]] was sent to [[EMAIL_ADDRESS:kostas.v@bigpond.com]] on [[DATE_TIME:Sunday 2 March at 6:47pm]], but [[PERSON:Kostas Vlahos]] says he never got it.""",
    """I'm [[PERSON:Beatriz Almeida]], and the transfer I made from my Millennium account [[IBAN_CODE:PT50 3613 7182 6117 2370 6517 6]] to my sister in [[LOCATION:Newark]] has been stuck since [[DATE_TIME:10 February]].""",
    """ग्राहक [[PERSON:रमेश चंद्र गुप्ता]] का पोस्टपेड नंबर [[PHONE_NUMBER:+91 99100 48273]] है और उनका खाता संख्या [[ID_NUMBER:1102849376]] है। उन्होंने [[DATE_TIME:5 मार्च 2025]] को बिल में गलत शुल्क की शिकायत दर्ज की।""",
    """मैंने [[DATE_TIME:शनिवार, 22 फरवरी]] को [[PERSON:अंकित]] को फ़ोनपे से ₹800 भेजे, यूपीआई आईडी [[ID_NUMBER:ankit.mishra@ybl]] पर, पर पैसे न उसे मिले न मेरे खाते में वापस आए। [[PERSON:नेहा मिश्रा]], [[LOCATION:कानपुर]]""",
    """[[PERSON:Vikram]]'s wallet KYC was rejected yesterday because his Aadhaar [[ID_NUMBER:9278 8279 2500]] shows his DOB as [[DATE_TIME:12-08-1994]] and his PAN shows something else. His number is [[PHONE_NUMBER:88260 31947]], please talk to him directly.""",
    """Ndugu mteja [[PERSON:Halima Said Omar]], akaunti yako ya akiba [[ID_NUMBER:0150284777310]] imewekwa shilingi 1,200,000 tarehe [[DATE_TIME:14/03/2025]]. Kwa maswali piga 0800 711 700 bila malipo.""",
    """[[TITLE:Bi.]] [[PERSON:Zawadi Mrema]], mwenye umri wa miaka [[AGE:29]], amepangiwa kliniki ya uzazi [[DATE_TIME:Alhamisi, 3 Aprili 2025 saa 3 asubuhi]] mjini [[LOCATION:Moshi]].""",
    """[[PERSON:Tomasz Nowicki]] wants to transfer ownership of the mobile number [[PHONE_NUMBER:07380 552 614]] to his daughter [[PERSON:Zofia Nowicka]], who turned [[AGE:18]] on [[DATE_TIME:11 March]].""",
    """hey its [[PERSON:jamal]] again, overdraft fee on checking acct [[ID_NUMBER:000483927761]]?? I deposited the paycheck [[DATE_TIME:friday the 7th]] so it shouldnt have gone negative""",
    """KYC for [[PERSON:Ngozi Okonkwo-Ade]]: passport [[ID_NUMBER:B03847219]], issued [[DATE_TIME:19 Aug 2021]], address [[ADDRESS:Plot 22, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]; first login from [[IP_ADDRESS:102.89.34.156]].""",
    """RSVP from [[PERSON:Luis]] & [[PERSON:Carmen Ibarra]]: they'll both be there on [[DATE_TIME:June 14]], so send the shuttle details to [[PHONE_NUMBER:(915) 440-2871]].""",
    """Escalating to Tier 2: [[PERSON:Mr. Kwame Asante]] has called four times about the fibre outage at [[ADDRESS:23 Ringway Estate Close]], [[LOCATION:Osu]], [[LOCATION:Accra]]; his customer ID is [[ID_NUMBER:GH-0219-448-371]] and the callback number is [[PHONE_NUMBER:024 481 9932]].""",
    """We've received [[PERSON:Elif Yıldırım]]'s request to close her cash ISA; the balance will be paid into her current account [[IBAN_CODE:GB91 BARC 4017 8199 7842 24]] within five working days.""",
    """[[PERSON:Prof. Rukmini Bhattacharya]] will be on sabbatical from [[DATE_TIME:1 September 2025]]; her PhD student [[PERSON:Owen Tremblay]] ([[EMAIL_ADDRESS:owen.tremblay@mail.mcgill.ca]]) will be co-supervised by [[PERSON:Dr. Isaac Feld]] in the meantime.""",
    """MoMo: You have received GHS 350.00 from [[PERSON:ABENA OWUSU]] [[PHONE_NUMBER:0244 118 360]] on [[DATE_TIME:2025-03-09 08:12:44]]. Transaction ID: 4410928775. Fee charged: GHS 0.00. Current balance: GHS 912.40.""",
    """The driver on the rental is [[PERSON:Hamish McLeod]], licence no. [[ID_NUMBER:MCLEO712093HM9KL]], and the additional driver is his partner [[PERSON:Priya]]. Pick-up is [[DATE_TIME:Sat 12 Apr 10:00]] at the [[LOCATION:Glasgow]] airport desk.""",
    """Hi [[PERSON:Mei-Ling]], just confirming your mortgage renewal meeting with me, [[PERSON:Darnell Hughes]], on [[DATE_TIME:Wednesday March 19th at 3 pm]] at our [[LOCATION:Richmond]] branch. Please bring two pieces of ID.""",
    """Our records show the line [[PHONE_NUMBER:+44 7911 402786]] was activated with [[PERSON:Catherine Ashworth]]'s details and a card, [[CREDIT_CARD:5543 0861 0613 8573]], that she says she cancelled back in [[DATE_TIME:December]].""",
    """[[PERSON:Sione Havili]], [[AGE:8]], has a check-up on [[DATE_TIME:17/04 at 3:45]]; his mum [[PERSON:Lavinia]] asked for an after-school slot.""",
    """[[PERSON:Liam Walker]]'s TFN is [[ID_NUMBER:155 081 772]]. He lodged his return on [[DATE_TIME:31 October 2024]] and the notice of assessment went to [[ADDRESS:6 Kookaburra Court]], [[LOCATION:Mount Gambier]] [[LOCATION:SA]] [[ZIP_CODE:5290]].""",
    """[[PERSON:Achieng Otieno]] was still charged Fuliza fees on her line [[PHONE_NUMBER:254 790 338 412]] after repaying on [[DATE_TIME:28 Feb]]; she lives in [[LOCATION:Kisumu]] and her KRA PIN is [[ID_NUMBER:A014382967K]].""",
    """Appointment booked: [[PERSON:Mr. Hassan Al-Rashid]], [[DATE_TIME:Thu 3 Apr 2025, 11:30]], Deansgate branch, topic: opening a business account. Contact: [[EMAIL_ADDRESS:h.alrashid@yahoo.co.uk]].""",
    """Overdue notice for [[PERSON:Beatrix Kovács]], card no. [[ID_NUMBER:29011004438172]]: The Overstory was due back on [[DATE_TIME:March 1]] and has now been renewed once online.""",
    """I'm moving from [[ADDRESS:44 Wattle Street]], [[LOCATION:Ultimo]] to [[ADDRESS:9/102 Parramatta Road]], [[LOCATION:Camperdown]] [[LOCATION:NSW]] [[ZIP_CODE:2050]] on [[DATE_TIME:21 March]] and need the NBN moved too. Account holder [[PERSON:Aisha Rahimi]], acct [[ID_NUMBER:7734109928]].""",
    """Congratulations to this month's prize-draw winner, a savings customer of ours since 1998 from [[LOCATION:Leicester]]: [[PERSON:Temitope Bakare]].""",
    """can you check why [[PERSON:olga petrenko]]'s standing order to her landlord didn't go out on [[DATE_TIME:1 March]]? it's from account [[ID_NUMBER:55213094]], she's on [[PHONE_NUMBER:07508 227 641]]""",
    """Sir, my father [[PERSON:Harish Chandra Joshi]] ([[AGE:72]]) has ABHA number [[ID_NUMBER:91-4471-2208-3365]]; he was admitted in [[LOCATION:Dehradun]] on [[DATE_TIME:9 March]] and the cashless claim is still pending. Kindly do the needful.""",
    """Mwanachama [[PERSON:Mwanaisha Abdallah]] wa [[LOCATION:Mombasa]], namba ya uanachama [[ID_NUMBER:CR4471920385-2]], alizaliwa [[DATE_TIME:17/06/1990]] na anaishi [[ADDRESS:Nyumba Na. 14, Barabara ya Moi]], [[LOCATION:Tudor]].""",
    """For disputes on the Platinum card [[CREDIT_CARD:3734 065957 36909]] please speak to the cardholder directly: [[PERSON:Ms. Yuki Tanaka-Reid]].""",
]

BENCH = [
    """Dear [[PERSON:Mrs. Ottilie Brekke]], as Senior Integration Planner at our [[LOCATION:Bergen]] office you are asked to verify the payroll account [[IBAN_CODE:NO07 2951 1267 207]] (BIC DNBANOKKXXX) from your registered device, MAC 3c:52:82:1f:a9:e0, before the next run.""",
    """Hey [[PERSON:Jaylen]], the drone footage of [[ADDRESS:4421 Kessler Parkway, Suite 300]], [[LOCATION:Bellevue]], [[LOCATION:WA]] [[ZIP_CODE:98004]] was uploaded by [[USERNAME:jaylen.okafor]] from [[IP_ADDRESS:10.44.187.3]] on [[DATE_TIME:09/14/2024 4:05 PM]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15.""",
    """Patient [[PERSON:Marguerite Vandervort]], [[AGE:58]], female, presenting with recurrent migraines since late [[DATE_TIME:January]]. Contact: [[EMAIL_ADDRESS:m.vandervort58@hotmail.com]], [[PHONE_NUMBER:+1-919-802-4471]]. Co-pay charged to [[CREDIT_CARD:6011 2262 0658 4547]], exp 08/27, CVV 431.""",
    """The Chief Response Facilitator, [[PERSON:Sigrún Hallgrímsdóttir]] (kennitala [[ID_NUMBER:150389-2249]]), asks that the 184,500 ISK reimbursement go to [[IBAN_CODE:DK10 1107 2394 5770 44]] and that receipts be sent to [[ADDRESS:Laugavegur 58b]], [[ZIP_CODE:101]] [[LOCATION:Reykjavík]].""",
    """Your sign-in as [[USERNAME:gaurav_s1987]] from [[IP_ADDRESS:2401:4900:1c5a:7e2::1b]] was blocked. If this was you, [[PERSON:Gaurav Sethi]], use the temporary password pX9#vQ2m! and the OTP sent to [[PHONE_NUMBER:+91 98111 40263]].""",
    """[[PERSON:Kofi Mensah-Bonsu]], our Lead Branding Orchestrator, reported his laptop (MAC 00:1B:44:11:3A:B7) stolen from [[ADDRESS:812 Boundary Road]], [[ADDRESS:Apt. 1504]], [[LOCATION:East Legon]], [[LOCATION:Greater Accra]] on [[DATE_TIME:03/02/2025]]; his Ghana Card is [[ID_NUMBER:GHA-718204935-6]].""",
    """Payment of ₹14,500.00 by [[PERSON:Devika Raman]] ([[EMAIL_ADDRESS:devika.raman@rediffmail.com]]) with card [[CREDIT_CARD:5018 9178 1338 9347]], expiry 11/26, CVV 082, was declined from Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36.""",
    """Hi [[PERSON:Ms. Dorothea Finch-Haddad]], your online banking is ready. Username: [[USERNAME:dfinchhaddad]]. Temporary password: Lq7!rT9w#. Mailing address: [[ADDRESS:350 Prospect Avenue, Unit 9]], [[LOCATION:Hartford]], [[LOCATION:CT]] [[ZIP_CODE:06105]]. Checking account: [[ID_NUMBER:7730158842]].""",
    """In the case of [[PERSON:Rangi Parata]], male, [[AGE:52]], residing at [[ADDRESS:17 Kowhai Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]], the Investment Account [[ID_NUMBER:02-0248-0441829-00]] was flagged for NZ$18,400 in transfers to the bitcoin address [[ID_NUMBER:bc1qm7k0a8v3c2x9n5h6r4t0lw2j8pz3f5gd9e6yu]]; his IRD number is [[ID_NUMBER:218-310-842]].""",
    """[[PERSON:Imelda Cruz-Santos]] of the [[LOCATION:Quezon City]] office (SSS [[ID_NUMBER:34-5821097-3]], TIN [[ID_NUMBER:412-883-905-000]]) asked for her 13th-month pay to be credited on [[DATE_TIME:December 15]]. Mobile: [[PHONE_NUMBER:+63 917 482 3319]].""",
    """Would [[PERSON:Mr. Aleksander Wiśniewski]], born [[DATE_TIME:29/02/1988]], please confirm the transfer of PLN 7 250,00 from [[IBAN_CODE:PL44 1964 6963 7949 9006 0782 8486]] (BIC BPKOPLPW)? Request IP: [[IP_ADDRESS:83.22.167.90]].""",
    """Your order will be delivered to [[PERSON:Tamsin Rowe]] at [[ADDRESS:The Old Forge, 3 Mill Lane]], [[LOCATION:Much Wenlock]], [[LOCATION:Shropshire]] [[ZIP_CODE:TF13 6AE]]. Card used: Visa [[CREDIT_CARD:4414016926862762]], CVV 559, expires 03/28.""",
    """Attn [[PERSON:Dr. Emeka Nwachukwu]], Regional Optimization Supervisor: the device a4:83:e7:2c:19:f0 on your VPN session from [[IP_ADDRESS:197.210.64.12]] was enrolled by [[USERNAME:enwachukwu]] on [[DATE_TIME:14 Feb 2025 09:03]]. The contact number we hold for you is [[PHONE_NUMBER:+234 809 118 2045]].""",
    """The SSN [[US_SSN:529-71-4408]] belongs to [[PERSON:Brantley Hollis]], who lives at [[ADDRESS:6028 Cedar Hollow Rd]], [[LOCATION:Ogden]], [[LOCATION:Utah]] [[ZIP_CODE:84403]] and works as a Future Web Consultant; his Utah licence is [[US_DRIVER_LICENSE:166204879]].""",
    """Please note that [[PERSON:Anaïs Leclerc-Mbeki]], aged [[AGE:32]], relocates from [[LOCATION:Durban]] to [[LOCATION:Cape Town]] on [[DATE_TIME:01/05/2025]]; her salary goes to Capitec account [[ID_NUMBER:1048227395]] and her ID number is [[ID_NUMBER:9302284253086]].""",
    """[[PERSON:Leopold Stanisław Grabowski]]'s outstanding balance of 2,118.40 CHF is to be paid to [[IBAN_CODE:CH92 6904 9452 4745 6201 5]] or charged to his Amex [[CREDIT_CARD:3485 104067 88843]] by his assistant, [[PERSON:Noemi]].""",
    """Login alert: [[USERNAME:tanvir_ahmed_92]] signed in from [[IP_ADDRESS:103.87.212.44]] ([[LOCATION:Dhaka]]) on [[DATE_TIME:March 11 at 02:47]] with Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 Edg/121.0.0.0.""",
    """As the Dynamic Metrics Associate for [[LOCATION:Ontario]], [[PERSON:Ximena Ruiz-Tagle]] (employee ID [[ID_NUMBER:EMP-40917]]) will sit at workstation [[IP_ADDRESS:10.0.8.114]]; her desk phone forwards to [[PHONE_NUMBER:647-555-0193]] and her SIN is [[ID_NUMBER:387 374 457]].""",
    """Gender: Female. Age: [[AGE:61]]. Name: [[PERSON:Philippa Okoro-Grant]]. Street: [[ADDRESS:Kingfisher Way]]. Building: [[ADDRESS:27]]. Secondary: [[ADDRESS:Flat 3]]. City: [[LOCATION:Milton Keynes]]. County: [[LOCATION:Buckinghamshire]]. Postcode: [[ZIP_CODE:MK6 4HT]]. Job: Investor Usability Officer.""",
    """Hello [[PERSON:Ms. Haruka Ishikawa]], the hardware key for your account [[USERNAME:h.ishikawa]] was shipped to [[ADDRESS:2-14-9 Ebisu-Minami]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:150-0022]]. Last seen IP: [[IP_ADDRESS:126.77.201.9]].""",
    """The wallet [[ID_NUMBER:0x3f9A21cD7b4e55E0a8C91d26F4b07e83A1dC5b92]] was whitelisted for [[PERSON:Oksana Melnyk]] ([[EMAIL_ADDRESS:oksana.melnyk@ukr.net]]) on [[DATE_TIME:2025-01-28]]; her verification selfie was taken in [[LOCATION:Lviv]].""",
    """[[PERSON:Mr. Darragh Kinsella]], Principal Solutions Liaison, PPSN [[ID_NUMBER:8955452J]], [[ADDRESS:Apartment 21, The Maltings, Bow Street]], [[LOCATION:Dublin 7]], [[ZIP_CODE:D07 X2F8]]; phone [[PHONE_NUMBER:+353 86 214 9077]]; card [[CREDIT_CARD:5164 9780 0727 1792]].""",
    """INSURANCE CLAIM FORM (MOTOR)
Policyholder: [[PERSON:Sipho Ndlovu]]
ID number: [[ID_NUMBER:8407129200084]]
Date of birth: [[DATE_TIME:12 July 1984]]
Address: [[ADDRESS:44 Jacaranda Street]], [[LOCATION:Hatfield]], [[LOCATION:Pretoria]] [[ZIP_CODE:0083]]
Cell: [[PHONE_NUMBER:083 447 2190]]
Vehicle registration: [[ID_NUMBER:HGT 418 GP]]
Date and time of incident: [[DATE_TIME:22/02/2025 approx. 17:40]]
Description: While reversing out of the Menlyn Maine parking lot, the insured's vehicle was struck by a white minibus taxi. The other driver, [[PERSON:Lwazi Khumalo]], gave his number as [[PHONE_NUMBER:071 903 5528]].
Claim no.: MC-2025-118274""",
    """EMPLOYMENT AGREEMENT

This Agreement is made on [[DATE_TIME:3 March 2025]] between Harrow & Lyle Logistics Ltd ("the Employer") and [[PERSON:Adaeze Obi]] of [[ADDRESS:19 Saxon Road]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 4LZ]] ("the Employee").

1. Commencement. The Employee's employment begins on [[DATE_TIME:7 April 2025]].
2. Position. The Employee is employed as Senior Customs Analyst.
3. Remuneration. £46,200 per annum, paid monthly into the account ending 0917.
4. The Employee's National Insurance number is [[ID_NUMBER:PW 71 33 08 B]].

Signed: [[PERSON:A. Obi]]    Witness: [[PERSON:Graham Tuttle]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Mr. Rajesh Venkataraman]]   MRN: [[ID_NUMBER:MRN-0048821]]
DOB: [[DATE_TIME:11/23/1949]] ([[AGE:75]] y)   Admitted: [[DATE_TIME:03/02/2025]]   Discharged: [[DATE_TIME:03/09/2025]]
Attending: [[PERSON:Dr. Helen Marchetti]]
Diagnosis: Community-acquired pneumonia, resolved.
Follow-up: PCP appointment on [[DATE_TIME:03/18/2025 at 10:20]]. Daughter [[PERSON:Lakshmi]] ([[PHONE_NUMBER:(732) 555-0182]]) will drive him home to [[ADDRESS:15 Wyckoff Lane]], [[LOCATION:Edison]], [[LOCATION:NJ]] [[ZIP_CODE:08817]].""",
    """LOAN APPLICATION — PERSONAL
Applicant: [[PERSON:Mariana Costa Ferreira]]      Date of birth: [[DATE_TIME:05-11-1990]]
SSN: [[US_SSN:431-09-6627]]                        Phone: [[PHONE_NUMBER:(617) 298-4410]]
Home address: [[ADDRESS:82 Marlborough St, Apt 4]], [[LOCATION:Boston]], [[LOCATION:MA]] [[ZIP_CODE:02116]]
Years at address: 3
Employer: Beacon Hill Dental Group      Annual income: $88,000
Amount requested: $15,000     Purpose: debt consolidation
Checking account: [[ID_NUMBER:004471982215]]   Routing: 011000138""",
    """NOTICE TO QUIT

To: [[PERSON:Mr. Callum Fraser]] and [[PERSON:Ms. Jodie Fraser]]
Premises: [[ADDRESS:2F1, 17 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HN]]

Your landlord, [[PERSON:Mrs. Moira Baird]], requires you to remove from the premises on or before [[DATE_TIME:30 June 2025]] for non-payment of rent. Any questions may be addressed to her at [[EMAIL_ADDRESS:moira.baird51@btinternet.com]].""",
    """TRAVEL INSURANCE CLAIM
Insured: [[PERSON:Chen Jia Hui]] (NRIC [[ID_NUMBER:T3700746Z]])
Trip: [[LOCATION:Singapore]] to [[LOCATION:Bali]], departed [[DATE_TIME:14 Feb 2025]]
Incident: Bag stolen at Ngurah Rai arrivals on [[DATE_TIME:14 Feb 2025, 21:30]]; police report no. 118/II/2025.
Items: phone (IMEI 358551511728214), passport, wallet.
Bank for payout: OCBC account [[ID_NUMBER:601-884231-001]]
Email: [[EMAIL_ADDRESS:jiahui.chen@gmail.com]]""",
    """Dear [[PERSON:Mr. Baptiste Lemaire]],

RE: Dispute of card transaction — reference DSP-77120

We have received your dispute of a €219.00 charge on your card [[CREDIT_CARD:5197 2521 6428 6865]] made on [[DATE_TIME:17 February 2025]]. A temporary credit has been applied while we investigate. Your refund will be made to [[IBAN_CODE:FR76 8426 0724 5448 0621 0261 611]].

Yours sincerely,
[[PERSON:Joanna Reyes]]
Card Services""",
    """PRESCRIPTION
Prescriber: [[PERSON:Dr. Kwabena Darko]], GMC [[ID_NUMBER:7048821]]
Patient: [[PERSON:Florence Ayodele]]    DOB: [[DATE_TIME:04/10/1963]]    NHS No: [[ID_NUMBER:665 335 9956]]
Address: [[ADDRESS:31 Peckham Rye]], [[LOCATION:London]] [[ZIP_CODE:SE15 4JR]]
Rx: Amlodipine 5 mg tablets, one daily, 28 tablets.
Date: [[DATE_TIME:10/03/2025]]""",
    """DEBT COLLECTION NOTICE

[[PERSON:Darius Whitmore]]
[[ADDRESS:PO Box 2291]]
[[LOCATION:Tulsa]], [[LOCATION:OK]] [[ZIP_CODE:74101]]

Our client, Meridian Wireless, reports an unpaid balance of $612.37 on account [[ID_NUMBER:8820447163]] for service to [[PHONE_NUMBER:918-442-7730]] terminated on [[DATE_TIME:November 30, 2024]]. Unless you dispute this debt within thirty days, we will assume it is valid.""",
    """WIRE TRANSFER AUTHORIZATION
Originator: [[PERSON:Hye-jin Park]]
Originator account: [[ID_NUMBER:318-20-448710]]
Beneficiary: [[PERSON:Park Min-soo]]
Beneficiary IBAN: [[IBAN_CODE:DE32 4067 9361 8904 7752 61]]
BIC: COBADEFFXXX
Amount: USD 9,400.00
Purpose: tuition for [[PERSON:Min-soo]]'s semester in [[LOCATION:Munich]]
Authorized by phone callback to [[PHONE_NUMBER:+1 213 555 0146]] on [[DATE_TIME:3/12/2025 11:05 AM]]""",
    """MOBILE SERVICE AGREEMENT
Customer: [[PERSON:Nomsa Zulu]]
ID/Passport: [[ID_NUMBER:0102141469084]]
Date of birth: [[DATE_TIME:14 February 2001]]
MSISDN: [[PHONE_NUMBER:+27 73 612 4478]]
SIM (ICCID): 8927000012345678901
Handset IMEI: 358000355998442
Plan: Smart 24-month, R399 pm
Contract start: [[DATE_TIME:01/03/2025]]
Debit order bank: Standard Bank, account [[ID_NUMBER:10192837465]], branch code 051001""",
    """AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION
I, [[PERSON:Consuelo Ramírez]], date of birth [[DATE_TIME:July 2, 1978]], authorize Valley Medical Group to release my records from [[DATE_TIME:January 1, 2022]] to present to Attorney [[PERSON:Mark Feinstein]] at [[ADDRESS:900 W. Olive Ave, Suite 210]], [[LOCATION:Burbank]], [[LOCATION:CA]] [[ZIP_CODE:91506]].
Medical record no.: [[ID_NUMBER:VMG-2219034]]
Signature: [[PERSON:C. Ramírez]]     Date: [[DATE_TIME:03/04/2025]]""",
    """POLICE INCIDENT REPORT
Reporting person: [[PERSON:Tevita Fifita]], [[AGE:34]], of [[ADDRESS:6 Mangere Road]], [[LOCATION:Otahuhu]], [[LOCATION:Auckland]]
Phone: [[PHONE_NUMBER:022 318 7740]]
At about 2300 hrs on [[DATE_TIME:Friday 7 March 2025]], the complainant states that an unknown male smashed the window of his car, registration [[ID_NUMBER:NKP442]], and took a laptop bag. Witness: [[PERSON:Losa Leota]], neighbour.""",
    """BENEFICIARY DESIGNATION — GROUP LIFE
Member: [[PERSON:Ifeoma Chukwu]]   Staff no.: [[ID_NUMBER:NG-HR-22871]]
Primary beneficiary: [[PERSON:Chibuzo Chukwu]] (spouse), born [[DATE_TIME:19-03-1982]], 100%
Contingent: [[PERSON:Adaora Chukwu]] (daughter), [[AGE:12]]
Beneficiary address: [[ADDRESS:7 Awolowo Road]], [[LOCATION:Ikoyi]], [[LOCATION:Lagos]]
Signed on [[DATE_TIME:20 February 2025]]""",
    """STUDENT LOAN DEFERMENT REQUEST
Borrower: [[PERSON:Kayla Redcloud]]
SSN (last 4): 7718
Date of birth: [[DATE_TIME:08/30/1999]]
Address: [[ADDRESS:1410 N 4th St]], [[LOCATION:Bismarck]], [[LOCATION:ND]] [[ZIP_CODE:58501]]
Email: [[EMAIL_ADDRESS:kredcloud99@gmail.com]]
Reason: enrolled at least half-time, University of Mary, term beginning [[DATE_TIME:January 13, 2025]].""",
    """PENSION STATEMENT — [[PERSON:Mr. Gerald Ashby]]
Member number: [[ID_NUMBER:PN-00394471]]
National Insurance: [[ID_NUMBER:NE 20 47 18 A]]
Date of birth: [[DATE_TIME:21.09.1960]]   Normal retirement date: [[DATE_TIME:21.09.2027]]
Address: [[ADDRESS:Rose Cottage, 2 Church Walk]], [[LOCATION:Ledbury]] [[ZIP_CODE:HR8 1DH]]
Fund value at statement date: £214,880.16""",
    """ACCOUNT CLOSURE NOTICE

Dear [[PERSON:Ms. Ananya Krishnan]],
Your savings account [[ID_NUMBER:912010045836617]] at our [[LOCATION:Koramangala]] branch will be closed on [[DATE_TIME:15 April 2025]] at your request. The closing balance of ₹1,28,406 will be credited to your linked account via NEFT (IFSC UTIB0000217). Registered mobile: [[PHONE_NUMBER:+91 99860 12457]].""",
    """TENANCY APPLICATION
Applicant 1: [[PERSON:Mateo Herrera]], DOB [[DATE_TIME:02/06/1995]], licence [[ID_NUMBER:16220418]] ([[LOCATION:NSW]])
Applicant 2: [[PERSON:Sophie Laurent]], DOB [[DATE_TIME:27/11/1996]], passport [[ID_NUMBER:19FV44812]]
Current address: [[ADDRESS:12/8 Bondi Road]], [[LOCATION:Bondi Junction]] [[LOCATION:NSW]] [[ZIP_CODE:2022]]
Property applied for: [[ADDRESS:5/33 Ocean Street]], [[LOCATION:Woollahra]]
Preferred move-in: [[DATE_TIME:1 May 2025]]
Combined weekly income: $3,150""",
    """VACCINATION RECORD
Child: [[PERSON:Amara Boateng]]   Sex: F   DOB: [[DATE_TIME:2023-05-18]]
Parent/guardian: [[PERSON:Yaw Boateng]], [[PHONE_NUMBER:(416) 555-0127]]
Health card: [[ID_NUMBER:4482-913-201-KT]]
Doses: MMR 1 given [[DATE_TIME:2024-05-20]] by [[PERSON:Nurse Patel]]; DTaP-IPV-Hib 4 due at 18 months.""",
    """COURT NOTICE — SMALL CLAIMS
Claimant: [[PERSON:Abdirahman Yusuf]], [[ADDRESS:2218 Cedar Ave S]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55404]]
Defendant: [[PERSON:Bryce Lindqvist]]
You are hereby notified that a hearing is set for [[DATE_TIME:May 12, 2025 at 9:00 a.m.]], Courtroom 1753. Failure to appear may result in a default judgment. Defendant's last known phone: [[PHONE_NUMBER:612-555-0114]].""",
    """{"customer": {"id": "[[ID_NUMBER:CUS-884102]]", "first_name": "[[PERSON:Marisol]]", "last_name": "[[PERSON:Echeverría]]", "dob": "[[DATE_TIME:1987-04-23]]", "email": "[[EMAIL_ADDRESS:marisol.e@icloud.com]]", "phone": "[[PHONE_NUMBER:+1 305 555 0178]]", "address": {"street": "[[ADDRESS:2750 SW 22nd St]]", "city": "[[LOCATION:Miami]]", "state": "[[LOCATION:FL]]", "zip": "[[ZIP_CODE:33145]]"}, "plan": "Unlimited Plus", "autopay": true, "last_login": "[[DATE_TIME:2025-03-10T21:44:09Z]]"}}""",
    """[[DATE_TIME:2025-03-14 08:21:07,442]] INFO  auth.login user=[[USERNAME:akhil.menon]] ip=[[IP_ADDRESS:49.36.112.207]] result=SUCCESS mfa=sms to=[[PHONE_NUMBER:+91-90480-33172]]
[[DATE_TIME:2025-03-14 08:21:55,118]] WARN  payments.upi vpa=[[ID_NUMBER:akhilmenon@oksbi]] amount=12500.00 status=PENDING ref=UPI508812774410
[[DATE_TIME:2025-03-14 08:23:40,009]] INFO  auth.logout user=[[USERNAME:akhil.menon]] session=9f2c71ab""",
    """INSERT INTO patients (patient_id, full_name, dob, sex, phone, email, address, insurer_member_no) VALUES
('[[ID_NUMBER:P-204471]]', '[[PERSON:Grace Wambui Njoroge]]', '[[DATE_TIME:1993-08-02]]', 'F', '[[PHONE_NUMBER:+254 722 904 318]]', '[[EMAIL_ADDRESS:gwnjoroge@yahoo.com]]', '[[ADDRESS:Hse 12, Kileleshwa Gardens, Othaya Road]], [[LOCATION:Nairobi]]', '[[ID_NUMBER:SHA-CR-0092418823]]');""",
    """<Customer>
  <AccountNumber>[[ID_NUMBER:4000871129]]</AccountNumber>
  <Name><Given>[[PERSON:Thabiso]]</Given><Family>[[PERSON:Mokoena]]</Family></Name>
  <IdNumber>[[ID_NUMBER:9211086169087]]</IdNumber>
  <Mobile>[[PHONE_NUMBER:+27 61 228 0943]]</Mobile>
  <Email>[[EMAIL_ADDRESS:thabiso.mokoena@webmail.co.za]]</Email>
  <Address><Line1>[[ADDRESS:88 Voortrekker Road]]</Line1><Suburb>[[LOCATION:Parow]]</Suburb><City>[[LOCATION:Cape Town]]</City><Code>[[ZIP_CODE:7500]]</Code></Address>
  <Product>Home Fibre 100</Product>
</Customer>""",
    """# config/notifications.yaml
owner:
  name: [[PERSON:Rohan Deshpande]]
  email: [[EMAIL_ADDRESS:rohan.deshpande@gmail.com]]
  pager: [[PHONE_NUMBER:+91 70450 88213]]
escalation:
  - name: [[PERSON:Ifrah Warsame]]
    email: [[EMAIL_ADDRESS:ifrah.w@outlook.com]]
smtp:
  host: smtp.mailgun.org
  api_key: key-3f8a9c01d7e64b2a9e5f
  from: alerts@status-page.io""",
    """def test_create_account():
    payload = {
        "name": "[[PERSON:Joaquín Salazar]]",
        "ssn": "[[US_SSN:587-22-9014]]",
        "card": "[[CREDIT_CARD:4358706439628654]]",
        "cvv": "218",
        "billing_zip": "[[ZIP_CODE:85013]]",
        "email": "[[EMAIL_ADDRESS:jsalazar.az@gmail.com]]",
    }
    resp = client.post("/v1/accounts", json=payload)
    assert resp.status_code == 201""",
    """Ticket #INC-40821 | Priority: P2 | Channel: email
Requester: [[PERSON:Bernadette Quaye]] <[[EMAIL_ADDRESS:bquaye@hotmail.co.uk]]>
Subject: Cannot receive SMS codes on [[PHONE_NUMBER:07958 301 442]]
Description: Since my SIM replacement on [[DATE_TIME:4 March]] I get no verification texts. My customer number is [[ID_NUMBER:VM-9930148]] and my date of birth is [[DATE_TIME:12/12/1971]].
Assignee: [[PERSON:Oliver Tran]]""",
    """[[DATE_TIME:Mar 12 19:02:11]] edge-gw sshd[20114]: Accepted publickey for [[USERNAME:cmuthoni]] from [[IP_ADDRESS:41.90.64.118]] port 51522 ssh2
[[DATE_TIME:Mar 12 19:02:11]] edge-gw sshd[20114]: pam_unix(sshd:session): session opened for user [[USERNAME:cmuthoni]] by (uid=0)
[[DATE_TIME:Mar 12 19:40:03]] edge-gw sshd[20301]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 40112 ssh2""",
    """curl -X POST https://api.example-bank.com/v2/payees \\
  -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.Zm9v" \\
  -d '{"payee_name": "[[PERSON:Yusuf Demir]]", "iban": "[[IBAN_CODE:TR72 8165 0610 8177 5440 7168 87]]", "nickname": "rent", "owner_email": "[[EMAIL_ADDRESS:selin.kaya@gmail.com]]"}'""",
    """BEGIN:VCARD
VERSION:3.0
FN:[[PERSON:Dr. Priscilla Amankwah]]
N:[[PERSON:Amankwah]];[[PERSON:Priscilla]];;[[TITLE:Dr.]];
TEL;TYPE=CELL:[[PHONE_NUMBER:+233 20 811 4429]]
EMAIL:[[EMAIL_ADDRESS:p.amankwah@ug.edu.gh]]
ADR;TYPE=HOME:;;[[ADDRESS:14 Liberation Link]];[[LOCATION:Airport Residential]];[[LOCATION:Accra]];;[[LOCATION:Ghana]]
BDAY:[[DATE_TIME:1981-06-09]]
END:VCARD""",
    """BEGIN:VEVENT
DTSTART:[[DATE_TIME:20250408T140000Z]]
SUMMARY:Account review - [[PERSON:Oduya Collins]]
DESCRIPTION:Meet [[PERSON:Collins]] re: mortgage arrears on acct [[ID_NUMBER:0711-442098-01]]. Mobile [[PHONE_NUMBER:0733 519 026]].
LOCATION:Kenyatta Avenue branch
ATTENDEE;CN=[[PERSON:Wairimu Gitau]]:mailto:[[EMAIL_ADDRESS:wairimu.gitau@gmail.com]]
END:VEVENT""",
    """MSH|^~&|LABSYS|CITYHOSP|EHR|CITYHOSP|202503111042||ORU^R01|MSG00418|P|2.5
PID|1||[[ID_NUMBER:MRN7730412]]^^^CITYHOSP||[[PERSON:GALLAGHER]]^[[PERSON:SEAMUS]]^[[PERSON:P]]||[[DATE_TIME:19580317]]|M|||[[ADDRESS:41 HAWTHORN DR]]^^[[LOCATION:CEDAR RAPIDS]]^[[LOCATION:IA]]^[[ZIP_CODE:52402]]||[[PHONE_NUMBER:(319)555-0166]]
OBX|1|NM|2345-7^GLUCOSE^LN||112|mg/dL|70-99|H""",
    """mutation {
  updateProfile(input: {
    userId: "[[ID_NUMBER:u_88410237]]",
    displayName: "[[PERSON:Aroha Wihongi]]",
    handle: "[[USERNAME:aroha_w]]",
    website: "[[URL:https://arohawihongi.co.nz]]",
    phone: "[[PHONE_NUMBER:+64 27 441 9083]]",
    birthday: "[[DATE_TIME:1990-11-04]]"
  }) { ok }
}""",
    """{:1:F01BARCGB22AXXX0000000000}{4:
:20:TRF2503120044
:32A:250312GBP12500,00
:50K:/[[IBAN_CODE:GB03HBUK18344685015837]]
[[PERSON:ANWAR HOSSAIN]]
[[ADDRESS:22 CANNON STREET ROAD]]
[[LOCATION:LONDON]] [[ZIP_CODE:E1 0BH]]
:59:/[[IBAN_CODE:AE634409501527285084418]]
[[PERSON:RUBINA HOSSAIN]]
[[LOCATION:DUBAI]]
:70:FAMILY SUPPORT
:71A:SHA
-}""",
    """[[[DATE_TIME:2025-03-09T10:15:22+03:00]]] mpesa-callback: {"TransID": "SCJ7Q2L4XP", "TransAmount": "2500.00", "BusinessShortCode": "522533", "BillRefNumber": "INV-77120", "MSISDN": "[[PHONE_NUMBER:254712880431]]", "FirstName": "[[PERSON:BRIAN]]", "MiddleName": "[[PERSON:KIPNGENO]]", "LastName": "[[PERSON:ROTICH]]", "TransTime": "[[DATE_TIME:20250309101521]]"}""",
    """const seedUsers = [
  { id: 1, name: '[[PERSON:Camille Okafor]]', email: '[[EMAIL_ADDRESS:camille.okafor@proton.me]]', role: 'admin' },
  { id: 2, name: '[[PERSON:Dev Raghavan]]', email: '[[EMAIL_ADDRESS:dev.r@fastmail.com]]', role: 'editor' },
  { id: 3, name: 'Test Bot', email: 'bot@example.com', role: 'viewer' },
];""",
    """[Interface]
# VPN peer for [[PERSON:Marek Dvořák]] (laptop)
PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=
Address = [[IP_ADDRESS:10.8.0.23]]/32
DNS = 1.1.1.1

[Peer]
Endpoint = vpn.office.example:51820
# contact: [[EMAIL_ADDRESS:marek.dvorak@seznam.cz]], [[PHONE_NUMBER:+420 603 118 472]]""",
    """Zendesk #88213 — Status: Pending
From: [[PERSON:Ligaya Ramos]] ([[EMAIL_ADDRESS:ligaya.ramos@yahoo.com.ph]])
"Hi, my GCash number [[PHONE_NUMBER:0917 552 8091]] was used to send ₱9,800 to an account I don't know on [[DATE_TIME:March 2 around 11pm]]. My address is [[ADDRESS:Blk 12 Lot 7, Mabini St.]], [[LOCATION:Brgy. San Roque]], [[LOCATION:Marikina City]]. Please help."
Internal note: verified via UMID [[ID_NUMBER:0111-4482093-6]] — [[PERSON:Jomar]]""",
    """UPDATE subscribers SET msisdn = '[[PHONE_NUMBER:+256 701 448 220]]', email = '[[EMAIL_ADDRESS:nakato.sarah@gmail.com]]', nin = '[[ID_NUMBER:CF95012104HXQK]]', updated_at = NOW() WHERE subscriber_id = '[[ID_NUMBER:SUB-5520914]]'; -- requested by [[PERSON:Sarah Nakato]] at the Kampala Road shop""",
    """<form id="kyc" action="/submit">
  <input name="full_name" value="[[PERSON:Farhan Siddiqui]]">
  <input name="father_name" value="[[PERSON:Javed Siddiqui]]">
  <input name="pan" value="[[ID_NUMBER:BQZPS7730K]]">
  <input name="aadhaar" value="[[ID_NUMBER:3076 6743 7187]]">
  <input name="dob" value="[[DATE_TIME:1989-01-26]]">
  <input name="pincode" value="[[ZIP_CODE:400050]]">
  <input name="occupation" value="Salaried">
</form>""",
    """ERROR 2025-03-11 14:02:33 [billing-worker-3] Charge failed for customer_id=[[ID_NUMBER:48812093]] name="[[PERSON:Olamide Akinola]]" card=[[CREDIT_CARD:5560398708745731]] reason=insufficient_funds retry_at=2025-03-12T14:02:33Z
WARN  2025-03-11 14:02:33 [billing-worker-3] Dunning email queued to [[EMAIL_ADDRESS:olamide.akinola@gmail.com]]""",
    """apiVersion: v1
kind: ConfigMap
metadata:
  name: oncall-roster
  annotations:
    owner: "[[PERSON:Tomasz Wójcik]] <[[EMAIL_ADDRESS:t.wojcik@onet.pl]]>"
data:
  primary: "[[PERSON:Leilani Kahale]], [[PHONE_NUMBER:+1 808 555 0139]]"
  secondary: "[[PERSON:Andrés Villalobos]], [[PHONE_NUMBER:+1 808 555 0172]]"
  escalation_policy: P1 within 15 min""",
    """Subject: Fwd: your new SIM
From: [[PERSON:Deepa Nair]] <[[EMAIL_ADDRESS:deepa.nair84@gmail.com]]>
To: [[PERSON:Arvind Nair]] <[[EMAIL_ADDRESS:arvind.nair@outlook.com]]>
Date: [[DATE_TIME:Mon, 10 Mar 2025 18:22:05 +0530]]

Your new Airtel number is [[PHONE_NUMBER:98470 22619]], activated on [[DATE_TIME:10 March]]. The PUK is 44817203, keep it safe. The KYC used Amma's Aadhaar, [[ID_NUMBER:4390 8517 4467]].""",
    """| field | value |
| applicant | [[PERSON:Ms. Gabriela Szabo]] |
| passport | [[US_PASSPORT:A04418273]] |
| ssn | [[US_SSN:212-58-3306]] |
| dl | [[US_DRIVER_LICENSE:S530-4418-9027]] (IL) |
| address | [[ADDRESS:1642 W Belmont Ave, Apt 2]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60657]] |
| appointment | [[DATE_TIME:Tue 03/25/2025 08:30]] |""",
    """<?xml version="1.0"?>
<claim id="CLM-448210">
  <insured dob="[[DATE_TIME:1975-09-14]]">[[PERSON:Gareth Pryce-Jones]]</insured>
  <policyNo>HH-8823104</policyNo>
  <lossAddress>[[ADDRESS:9 Heol y Coed]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HU]]</lossAddress>
  <lossDate>[[DATE_TIME:2025-01-19]]</lossDate>
  <contact>[[PHONE_NUMBER:029 2075 4418]]</contact>
  <bank sortCode="30-94-57" account="[[ID_NUMBER:22904417]]"/>
</claim>""",
    """User [[USERNAME:mwangi_j]] ([[PERSON:Joseph Mwangi]]) reset MFA via helpdesk; caller verified with ID [[ID_NUMBER:24418907]] and DOB [[DATE_TIME:03/07/1986]]. New authenticator bound to [[PHONE_NUMBER:+254 733 205 611]]. Agent: [[PERSON:Faith Chebet]].""",
    """.env.production
APP_NAME=ledgerly
ADMIN_NAME="[[PERSON:Niamh Gallagher]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:niamh.gallagher@eircom.net]]
ADMIN_PHONE=[[PHONE_NUMBER:+353 87 662 0195]]
DB_URL=postgres://ledgerly:Sup3rS3cret@10.2.0.5:5432/ledgerly
SUPPORT_EMAIL=support@ledgerly.app""",
    """SELECT c.name, c.email, a.iban, a.opened_on FROM customers c JOIN accounts a USING (customer_id) WHERE c.customer_id = 118204;
 name                | email                        | iban                          | opened_on
 [[PERSON:Sander de Groot]]     | [[EMAIL_ADDRESS:sander.degroot@ziggo.nl]]     | [[IBAN_CODE:NL20INGB9582196749]]            | [[DATE_TIME:2019-06-12]]
(1 row)""",
    """खाता खोलने का फ़ॉर्म
नाम: [[PERSON:प्रकाश सिंह राठौर]]
पिता का नाम: [[PERSON:भवानी सिंह राठौर]]
जन्म तिथि: [[DATE_TIME:14/09/1985]]
पता: [[ADDRESS:मकान नं. 27, गली नं. 4, शास्त्री नगर]], [[LOCATION:जोधपुर]], [[LOCATION:राजस्थान]] - [[ZIP_CODE:342003]]
मोबाइल: [[PHONE_NUMBER:94141 20837]]
आधार संख्या: [[ID_NUMBER:8783 2700 9205]]
पैन: [[ID_NUMBER:CTRPR5521H]]
खाते का प्रकार: बचत""",
    """बीमा दावा संख्या HL-25-009182: बीमित व्यक्ति [[TITLE:श्रीमती]] [[PERSON:कमला देवी]], आयु [[AGE:64]] वर्ष, को [[DATE_TIME:2 मार्च 2025]] को [[LOCATION:पटना]] के एक अस्पताल में भर्ती किया गया। दावा उनके बेटे [[PERSON:मनोज कुमार]] ([[PHONE_NUMBER:+91 93341 58720]]) ने दर्ज किया, और भुगतान खाता [[ID_NUMBER:32104455918]] में होगा।""",
    """{"event": "kyc_failed", "ts": "[[DATE_TIME:2025-03-13T16:40:11+05:30]]", "user": {"naam": "[[PERSON:Sunil Kumar Yadav]]", "mobile": "[[PHONE_NUMBER:9450118273]]", "aadhaar_masked": "XXXX XXXX 4467", "pan": "[[ID_NUMBER:AEKPY2290L]]"}, "reason": "naam PAN aur Aadhaar mein match nahi karta", "agent_note": "customer ko branch bulaya [[DATE_TIME:15 March]] ko"}""",
    """Ticket: Customer [[PERSON:Meenakshi Sundaram]] ka complaint hai ki unka postpaid bill double aaya. Account no. [[ID_NUMBER:1204477193]], number [[PHONE_NUMBER:+91 98400 71526]], billing address [[ADDRESS:Flat 3C, Sree Apartments, 18 Usman Road]], [[LOCATION:T. Nagar]], [[LOCATION:Chennai]] [[ZIP_CODE:600017]]. Unhone [[DATE_TIME:8 March]] ko payment kar diya tha.""",
    """FOMU YA MAOMBI YA MKOPO
Jina kamili: [[PERSON:Daudi Elias Mushi]]
Tarehe ya kuzaliwa: [[DATE_TIME:21/04/1988]]
Namba ya NIDA: [[ID_NUMBER:19880421-11205-00004-29]]
Simu: [[PHONE_NUMBER:+255 765 204 881]]
Makazi: [[ADDRESS:Mtaa wa Uhuru, Nyumba Na. 38]], [[LOCATION:Kariakoo]], [[LOCATION:Dar es Salaam]]
Kazi: Mfanyabiashara
Kiasi kinachoombwa: TSh 3,000,000
Mdhamini: [[PERSON:Grace Mushi]], simu [[PHONE_NUMBER:0787 119 402]]""",
    """TANGAZO: Mteja [[PERSON:Abdallah Rashid Mohamed]] wa [[LOCATION:Malindi]], mwenye namba ya kitambulisho [[ID_NUMBER:22041873]], anaombwa kufika ofisini kabla ya [[DATE_TIME:31 Machi 2025]] kukamilisha usajili wa laini yake [[PHONE_NUMBER:0721 558 306]], vinginevyo itafungwa.""",
    """{"tukio": "malipo", "muda": "[[DATE_TIME:2025-03-07 18:22:10]]", "mtumaji": {"jina": "[[PERSON:Faraji Kombo]]", "simu": "[[PHONE_NUMBER:+255 682 441 907]]"}, "mpokeaji": {"jina": "[[PERSON:Mwajuma Salim]]", "simu": "[[PHONE_NUMBER:+255 715 330 264]]"}, "kiasi": 45000, "sarafu": "TZS", "kumbukumbu": "9K71TQ2PLA"}""",
    """Dear [[PERSON:Wambui Karanja]], your KSh 20,000 loan on account [[ID_NUMBER:01109442870500]] is due for repayment by [[DATE_TIME:15/04/2025]]. Statements are sent to [[EMAIL_ADDRESS:wambui.karanja@gmail.com]] and reminders to [[PHONE_NUMBER:0710 482 337]], as registered. Late repayment attracts a 5% penalty and a CRB listing.""",
    """ग्राहक प्रोफ़ाइल — [[TITLE:डॉ.]] [[PERSON:अनुराधा त्रिपाठी]], ईमेल [[EMAIL_ADDRESS:anuradha.tripathi@yahoo.in]], आईपी [[IP_ADDRESS:117.203.88.41]], कार्ड [[CREDIT_CARD:6522 5059 6754 9431]] (समाप्ति 07/28, सीवीवी 316), पता [[ADDRESS:B-214, सेक्टर 62]], [[LOCATION:नोएडा]]।""",
    """Re: Claim ACC-20931 — Statement of [[PERSON:Mr. Keanu Makoa]]
On [[DATE_TIME:January 30, 2025 at about 6:15 p.m.]] I was driving east on Ala Moana Blvd when a rental car turned into my lane. The driver said her name was [[PERSON:Brittany Soule]] and showed a Nevada license, [[US_DRIVER_LICENSE:1702448193]]. My address is [[ADDRESS:1550 Kapiolani Blvd, #1207]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]]; I can be reached at [[PHONE_NUMBER:808-555-0151]].""",
    """[[PERSON:Dr Seo-yeon Kang]], your lab results portal username is [[USERNAME:sykang.md]]; a reset link was sent to [[EMAIL_ADDRESS:seoyeon.kang@kakao.com]]. Your last valid login was [[DATE_TIME:2025-03-01 07:58 KST]] from [[IP_ADDRESS:211.36.142.77]].""",
    """Loan agreement schedule: borrower [[PERSON:Marcus Lee-Ferreira]] (born [[DATE_TIME:14 Nov 1979]]), co-borrower [[PERSON:Julia Lee-Ferreira]], property at [[ADDRESS:71 Parkhill Road]], [[LOCATION:Halifax]], [[LOCATION:NS]] [[ZIP_CODE:B3P 1R8]]; repayments from account [[ID_NUMBER:00213-004-1188420]] on the 15th; SINs [[ID_NUMBER:664 811 320]] and [[ID_NUMBER:351 224 878]].""",
    """[[TITLE:Captain]] [[PERSON:Mohinder Gill]], ex-Navy, now Human Configuration Producer, pays his club dues by card [[CREDIT_CARD:3589 4659 6641 3401]] and lives at [[ADDRESS:Flat 22, Kestrel House, 9 Pelham Street]], [[LOCATION:Wolverhampton]] [[ZIP_CODE:WV3 0AD]]; he turns [[AGE:70]] on [[DATE_TIME:8 August]].""",
    """[[PERSON:Nurse Adwoa]] noted that patient [[PERSON:Frank Ocansey]] (hospital no. [[ID_NUMBER:KBTH-118240]], [[AGE:49]] yrs) has a [[NRP:Muslim]] diet preference and his wife [[PERSON:Hawa]] can be reached on [[PHONE_NUMBER:0208 117 462]].""",
    """Blood type: O+. Eye colour: hazel. Height: 5'9". Name: [[PERSON:Eoin Brennan]]. DOB: [[DATE_TIME:03/31/1994]]. Sex: M. Bank: [[IBAN_CODE:IE57 BOFI 0088 3297 9790 07]]. BIC: BOFIIE2D. Phone IMEI: 352911391259639. Home: [[ADDRESS:15 Ard na Gréine]], [[LOCATION:Galway]] [[ZIP_CODE:H91 T2X4]].""",
]

TABLE = [
    """customer_id,full_name,mobile,branch,balance_gbp
[[ID_NUMBER:C0048812]],[[PERSON:Amelia Hartley]],[[PHONE_NUMBER:07712 448190]],Leeds Briggate,2340.55
[[ID_NUMBER:C0048813]],[[PERSON:Yusuf Patel]],[[PHONE_NUMBER:07944 301 227]],Bradford Ivegate,118.02
[[ID_NUMBER:C0048819]],[[PERSON:Grzegorz Lis]],[[PHONE_NUMBER:+44 7385 220914]],Leeds Briggate,-45.10
[[ID_NUMBER:C0048830]],[[PERSON:Chloe Ann Barker]],[[PHONE_NUMBER:07400 118 556]],Wakefield,9012.77""",
    """| Subscriber | MSISDN | Plan | Data used (GB) | Account |
|---|---|---|---|---|
| [[PERSON:Brian Otieno]] | [[PHONE_NUMBER:+254 722 310 448]] | Postpay 2000 | 14.2 | [[ID_NUMBER:ACC-7710231]] |
| [[PERSON:Faith Njeri Kariuki]] | [[PHONE_NUMBER:+254 711 902 337]] | Postpay 1000 | 3.9 | [[ID_NUMBER:ACC-7710244]] |
| [[PERSON:Hassan Abdi]] | [[PHONE_NUMBER:+254 790 118 026]] | Business 5000 | 41.7 | [[ID_NUMBER:ACC-7710259]] |""",
    """emp_no\tname\tni_number\tdept\tannual_salary
[[ID_NUMBER:E1042]]\t[[PERSON:Rebecca Thornton]]\t[[ID_NUMBER:JP 22 81 47 D]]\tFinance\t41500
[[ID_NUMBER:E1057]]\t[[PERSON:Kwabena Osei]]\t[[ID_NUMBER:SK 60 13 92 A]]\tWarehouse\t27300
[[ID_NUMBER:E1063]]\t[[PERSON:Małgorzata Zielińska]]\t[[ID_NUMBER:NR 47 05 66 C]]\tQuality\t33900
[[ID_NUMBER:E1071]]\t[[PERSON:Declan Mahoney]]\t[[ID_NUMBER:WL 19 38 20 B]]\tFinance\t52000""",
    """MRN        NAME                 DOB         WARD
[[ID_NUMBER:H0093412]]   [[PERSON:Margaret O'Hanlon]]    [[DATE_TIME:14/02/1941]]  Ward 7B
[[ID_NUMBER:H0093577]]   [[PERSON:Ravi Chandrasekar]]    [[DATE_TIME:03/09/1967]]  AMU
[[ID_NUMBER:H0094001]]   [[PERSON:Aoife Brennan]]        [[DATE_TIME:22/12/1999]]  Maternity 2
[[ID_NUMBER:H0094218]]   [[PERSON:Stanley Okwuosa]]      [[DATE_TIME:30/06/1955]]  Ward 12""",
    """{"sender": "[[PERSON:Esther Nanjala]]", "sender_msisdn": "[[PHONE_NUMBER:254727441093]]", "receiver": "[[PERSON:Peter Wekesa]]", "receiver_msisdn": "[[PHONE_NUMBER:254701228564]]", "amount_kes": 1500, "time": "[[DATE_TIME:2025-03-02 07:41]]", "code": "SC27HX4LQ1"}
{"sender": "[[PERSON:Esther Nanjala]]", "sender_msisdn": "[[PHONE_NUMBER:254727441093]]", "receiver": "[[PERSON:Mary Atieno]]", "receiver_msisdn": "[[PHONE_NUMBER:254113904771]]", "amount_kes": 650, "time": "[[DATE_TIME:2025-03-02 12:18]]", "code": "SC28JQ7MN4"}
{"sender": "[[PERSON:Kennedy Omondi]]", "sender_msisdn": "[[PHONE_NUMBER:254768330215]]", "receiver": "[[PERSON:Esther Nanjala]]", "receiver_msisdn": "[[PHONE_NUMBER:254727441093]]", "amount_kes": 3000, "time": "[[DATE_TIME:2025-03-03 19:05]]", "code": "SC31PR2VK8"}""",
    """emergency_contacts:
  - employee: [[PERSON:Tariq Mahmood]]
    contact: [[PERSON:Saima Mahmood]]
    relation: spouse
    phone: "[[PHONE_NUMBER:+44 7723 904 118]]"
  - employee: [[PERSON:Lauren Fitzgerald]]
    contact: [[PERSON:Pat Fitzgerald]]
    relation: father
    phone: "[[PHONE_NUMBER:+353 86 402 7719]]"
  - employee: [[PERSON:Ngoc Anh Pham]]
    contact: [[PERSON:Pham Van Duc]]
    relation: brother
    phone: "[[PHONE_NUMBER:+61 433 018 552]]"
    notes: none""",
    """Account holder:   [[PERSON:Mrs. Evangeline Mbatha]]
ID number:        [[ID_NUMBER:6509174074082]]
Date of birth:    [[DATE_TIME:17 Sep 1965]]
Account no.:      [[ID_NUMBER:62 0914 4387 1]]
Account type:     Cheque (Gold)
Branch:           Umhlanga Ridge
Cellphone:        [[PHONE_NUMBER:082 660 4129]]
Email:            [[EMAIL_ADDRESS:evembatha@telkomsa.net]]
Residential:      [[ADDRESS:11 Sandpiper Close]], [[LOCATION:Umhlanga]], [[ZIP_CODE:4319]]""",
    """cardholder,card_number,exp,merchant,amount_usd,txn_date
[[PERSON:Nathaniel Greer]],[[CREDIT_CARD:4409 7590 9768 6752]],04/27,HOME DEPOT #0412,212.48,[[DATE_TIME:2025-02-14]]
[[PERSON:Alondra Vega]],[[CREDIT_CARD:5174 9123 5283 4001]],11/26,SPOTIFY USA,11.99,[[DATE_TIME:2025-02-15]]
[[PERSON:Nathaniel Greer]],[[CREDIT_CARD:4409 7590 9768 6752]],04/27,SHELL OIL 57442,61.03,[[DATE_TIME:2025-02-16]]
[[PERSON:Minh Chau Le]],[[CREDIT_CARD:3751 901653 67679]],09/28,DELTA AIR 0062,884.20,[[DATE_TIME:2025-02-16]]""",
    """| Student | Student ID | Email | Year | Programme |
|:--|:--|:--|:-:|:--|
| [[PERSON:Olivia Tuimavave]] | [[ID_NUMBER:2203917]] | [[EMAIL_ADDRESS:otui917@aucklanduni.ac.nz]] | 2 | BSc Biology |
| [[PERSON:Rahul Menon]] | [[ID_NUMBER:2204480]] | [[EMAIL_ADDRESS:rmen480@aucklanduni.ac.nz]] | 3 | BEng Civil |
| [[PERSON:Te Aniwaniwa Hohaia]] | [[ID_NUMBER:2198802]] | [[EMAIL_ADDRESS:thoh802@aucklanduni.ac.nz]] | 4 | LLB |
| [[PERSON:Grace Liang]] | [[ID_NUMBER:2210065]] | [[EMAIL_ADDRESS:glia065@aucklanduni.ac.nz]] | 1 | BCom |""",
    """guest_name;passport_no;nationality;check_in;room;rate
[[PERSON:Jürgen Baumann]];[[ID_NUMBER:C4RJ8T2L1]];[[NRP:German]];[[DATE_TIME:10.03.2025]];412;189.00
[[PERSON:Amina Yusuf Bello]];[[ID_NUMBER:A11739482]];[[NRP:Nigerian]];[[DATE_TIME:10.03.2025]];415;189.00
[[PERSON:Haruki Mori]];[[ID_NUMBER:TZ4418207]];[[NRP:Japanese]];[[DATE_TIME:11.03.2025]];302;215.00""",
    """owner | phone | pet | species | last visit
[[PERSON:Lorraine Dubois]] | [[PHONE_NUMBER:(506) 555-0143]] | Pepper | cat | [[DATE_TIME:2025-01-22]]
[[PERSON:Hamid Karimi]] | [[PHONE_NUMBER:(506) 555-0187]] | Rocky | dog | [[DATE_TIME:2025-02-03]]
[[PERSON:Jessie-Lynn Cormier]] | [[PHONE_NUMBER:(506) 555-0120]] | Nugget | rabbit | [[DATE_TIME:2025-02-28]]""",
    """Pupil\tClass\tGuardian\tMobile\tAllergies
[[PERSON:Zainab Ahmed]]\t3R\t[[PERSON:Farida Ahmed]]\t[[PHONE_NUMBER:07862 114093]]\tnuts
[[PERSON:Leo Kowalski]]\t3R\t[[PERSON:Marta Kowalska]]\t[[PHONE_NUMBER:07539 880241]]\tnone
[[PERSON:Tia-Rose Campbell]]\t3M\t[[PERSON:Andre Campbell]]\t[[PHONE_NUMBER:07411 302 775]]\tlactose
[[PERSON:Ishaan Bedi]]\t3M\t[[PERSON:Simran Bedi]]\t[[PHONE_NUMBER:07958 660 410]]\tnone""",
    """DATE        CUSTOMER               INSTALL ADDRESS                       TECH
[[DATE_TIME:2025-03-17]]  [[PERSON:Graham Whitaker]]        [[ADDRESS:41 Ferndale Rd]], [[LOCATION:Swindon]]               J. Okon
[[DATE_TIME:2025-03-17]]  [[PERSON:Parminder Dhillon]]      [[ADDRESS:Flat 2, 8 Cricklade St]], [[LOCATION:Swindon]]       J. Okon
[[DATE_TIME:2025-03-18]]  [[PERSON:Beth Hollingsworth]]     [[ADDRESS:The Granary, Lower Farm]], [[LOCATION:Marlborough]]  R. Singh""",
    """{"user": "[[USERNAME:kmorales]]", "ip": "[[IP_ADDRESS:172.58.44.190]]", "ts": "[[DATE_TIME:2025-03-12T08:02:11Z]]", "result": "ok", "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"}
{"user": "[[USERNAME:d.ashworth]]", "ip": "[[IP_ADDRESS:81.149.207.12]]", "ts": "[[DATE_TIME:2025-03-12T08:05:47Z]]", "result": "mfa_failed", "ua": "Mozilla/5.0 (X11; Linux x86_64) Firefox/123.0"}
{"user": "[[USERNAME:kmorales]]", "ip": "[[IP_ADDRESS:2607:fb90:2c1a:77e0::4a]]", "ts": "[[DATE_TIME:2025-03-12T19:30:02Z]]", "result": "ok", "ua": "okhttp/4.11.0"}""",
    """member_no,first,last,dob,email,status
[[ID_NUMBER:GX-20871]],[[PERSON:Tyler]],[[PERSON:Brandt]],[[DATE_TIME:1996-07-14]],[[EMAIL_ADDRESS:tbrandt96@gmail.com]],active
[[ID_NUMBER:GX-20914]],[[PERSON:Precious]],[[PERSON:Mahlangu]],[[DATE_TIME:1989-12-02]],[[EMAIL_ADDRESS:precious.mahlangu@outlook.com]],frozen
[[ID_NUMBER:GX-21005]],[[PERSON:Ricardo]],[[PERSON:Souza Lima]],[[DATE_TIME:2001-03-30]],[[EMAIL_ADDRESS:ricsouzalima@hotmail.com]],active
[[ID_NUMBER:GX-21022]],[[PERSON:Hina]],[[PERSON:Kobayashi]],[[DATE_TIME:1978-10-19]],[[EMAIL_ADDRESS:hina.k@me.com]],cancelled""",
    """| Payee | IBAN | Reference | Amount (EUR) |
| --- | --- | --- | --- |
| [[PERSON:Lotte Janssens]] | [[IBAN_CODE:BE27 1695 6315 6273]] | rent March | 950.00 |
| [[PERSON:Pablo Iglesias Moreno]] | [[IBAN_CODE:ES59 8600 4149 9287 9765 1411]] | invoice 2025-031 | 1,420.00 |
| [[PERSON:Camille Rousseau]] | [[IBAN_CODE:FR76 2081 1025 5636 9929 8151 961]] | deposit | 600.00 |
| [[PERSON:Jan Pieter Visser]] | [[IBAN_CODE:NL44ABNA1275599044]] | car share | 87.50 |""",
    """name,ssn,dob,state,hire_date,pay_grade
[[PERSON:Darnell Washington]],[[US_SSN:412-77-3086]],[[DATE_TIME:04/18/1985]],[[LOCATION:GA]],[[DATE_TIME:06/01/2015]],G7
[[PERSON:Heather McAllister]],[[US_SSN:538-20-9914]],[[DATE_TIME:11/02/1991]],[[LOCATION:WA]],[[DATE_TIME:09/15/2020]],G5
[[PERSON:Juan Carlos Ibáñez]],[[US_SSN:627-45-1180]],[[DATE_TIME:01/27/1979]],[[LOCATION:TX]],[[DATE_TIME:03/03/2008]],G9""",
    """oncall:
  week_11:
    primary: {name: "[[PERSON:Sanjay Kulkarni]]", phone: "[[PHONE_NUMBER:+91 98200 47731]]", slack: "[[USERNAME:sanjay.k]]"}
    secondary: {name: "[[PERSON:Ayesha Siddiqa]]", phone: "[[PHONE_NUMBER:+91 99300 15826]]", slack: "[[USERNAME:ayesha.s]]"}
  week_12:
    primary: {name: "[[PERSON:Nikhil Bansal]]", phone: "[[PHONE_NUMBER:+91 97690 22418]]", slack: "[[USERNAME:nbansal]]"}
    secondary: {name: "[[PERSON:Sanjay Kulkarni]]", phone: "[[PHONE_NUMBER:+91 98200 47731]]", slack: "[[USERNAME:sanjay.k]]"}""",
    """consignee\taddress\tpostcode\tparcel_ref\tkg
[[PERSON:Fiona Gallacher]]\t[[ADDRESS:3/2, 118 Dumbarton Road]], [[LOCATION:Glasgow]]\t[[ZIP_CODE:G11 6NX]]\tJD0002211874430\t1.2
[[PERSON:Oluwadamilare Ojo]]\t[[ADDRESS:27 Heath Street]], [[LOCATION:Stourbridge]]\t[[ZIP_CODE:DY8 1SB]]\tJD0002211874447\t0.4
[[PERSON:Ruth Ellis-Boateng]]\t[[ADDRESS:Flat 9, Cedar Court, Hill Lane]], [[LOCATION:Southampton]]\t[[ZIP_CODE:SO15 5AD]]\tJD0002211874451\t3.8""",
    """claimant | policy | claim_no | incident_date | phone
[[PERSON:Marcelo Tavares]] | HO-448210 | CL-99213 | [[DATE_TIME:2025-01-04]] | [[PHONE_NUMBER:(508) 555-0191]]
[[PERSON:Janet Kowalczyk]] | AU-118274 | CL-99240 | [[DATE_TIME:2025-01-11]] | [[PHONE_NUMBER:(508) 555-0133]]
[[PERSON:Dwayne Pierre-Louis]] | AU-120031 | CL-99262 | [[DATE_TIME:2025-01-19]] | [[PHONE_NUMBER:(774) 555-0108]]""",
    """नाम,मोबाइल,आधार,शहर,योजना
[[PERSON:गीता शर्मा]],[[PHONE_NUMBER:98765 20413]],[[ID_NUMBER:6944 8655 9648]],[[LOCATION:इंदौर]],उज्ज्वला
[[PERSON:रामप्रसाद यादव]],[[PHONE_NUMBER:94251 77082]],[[ID_NUMBER:9272 7352 0889]],[[LOCATION:भोपाल]],किसान सम्मान
[[PERSON:फ़ातिमा बी]],[[PHONE_NUMBER:70009 31546]],[[ID_NUMBER:2865 6802 7210]],[[LOCATION:उज्जैन]],उज्ज्वला""",
    """| Jina | Simu | Kiasi (TSh) | Tarehe ya malipo |
|---|---|---|---|
| [[PERSON:Asha Mwinyi]] | [[PHONE_NUMBER:0713 448 102]] | 50,000 | [[DATE_TIME:02/03/2025]] |
| [[PERSON:Baraka Lyimo]] | [[PHONE_NUMBER:0756 220 918]] | 35,000 | [[DATE_TIME:04/03/2025]] |
| [[PERSON:Rehema Swai]] | [[PHONE_NUMBER:0622 901 447]] | 50,000 | [[DATE_TIME:05/03/2025]] |
| [[PERSON:Idrisa Kapinga]] | [[PHONE_NUMBER:0688 330 264]] | 20,000 | [[DATE_TIME:05/03/2025]] |""",
    """naam\tmobile\tupi_id\trakam\tstatus
[[PERSON:Sandeep Chauhan]]\t[[PHONE_NUMBER:9811048827]]\t[[ID_NUMBER:sandeepc@okaxis]]\t1200\tsafal
[[PERSON:Rekha Pal]]\t[[PHONE_NUMBER:8800331946]]\t[[ID_NUMBER:8800331946@paytm]]\t450\tasafal
[[PERSON:Mohd. Salim]]\t[[PHONE_NUMBER:9717220584]]\t[[ID_NUMBER:salim.mohd1@ybl]]\t3000\tsafal""",
    """borrower,account_no,principal,rate_pct,next_due
[[PERSON:Aurelio Bianchi]],[[ID_NUMBER:LN-0044-8812]],250000,5.19,[[DATE_TIME:2025-04-01]]
[[PERSON:Khadija El Amrani]],[[ID_NUMBER:LN-0044-9037]],180500,4.89,[[DATE_TIME:2025-04-01]]
[[PERSON:Wei Zhang]],[[ID_NUMBER:LN-0045-0120]],412000,5.49,[[DATE_TIME:2025-04-15]]""",
    """EPIC NO     NAME                    RELATION NAME             AGE  SEX
[[ID_NUMBER:UPB3318274]]  [[PERSON:Shivani Tiwari]]          H: [[PERSON:Alok Tiwari]]            [[AGE:34]]   F
[[ID_NUMBER:UPB3318275]]  [[PERSON:Alok Tiwari]]             F: [[PERSON:Ram Naresh Tiwari]]      [[AGE:38]]   M
[[ID_NUMBER:UPB3318301]]  [[PERSON:Gulshan Bano]]            H: [[PERSON:Mohd. Rafiq]]            [[AGE:52]]   F""",
    """{"name": "[[PERSON:Priya Nandakumar]]", "pan": "[[ID_NUMBER:BNKPN4418Q]]", "aadhaar": "[[ID_NUMBER:9381 9638 2994]]", "status": "VERIFIED"}
{"name": "[[PERSON:Abdul Wahid Khan]]", "pan": "[[ID_NUMBER:ATHPK0921F]]", "aadhaar": "[[ID_NUMBER:3540 7098 4600]]", "status": "NAME_MISMATCH"}
{"name": "[[PERSON:Lalita Devi]]", "pan": null, "aadhaar": "[[ID_NUMBER:8271 9970 5373]]", "status": "PAN_MISSING"}""",
    """msisdn,amount_ngn,channel,ts
[[PHONE_NUMBER:+2348031447720]],1000,USSD,[[DATE_TIME:2025-03-08 06:12:40]]
[[PHONE_NUMBER:+2347062218043]],5000,app,[[DATE_TIME:2025-03-08 06:15:02]]
[[PHONE_NUMBER:+2348099118275]],200,airtime-card,[[DATE_TIME:2025-03-08 06:31:19]]
[[PHONE_NUMBER:+2349023310486]],2500,bank,[[DATE_TIME:2025-03-08 06:40:55]]""",
    """| Date | MSISDN | Customer | ID checked | Agent |
|------|--------|----------|------------|-------|
| [[DATE_TIME:03-Mar-2025 10:14]] | [[PHONE_NUMBER:0803 441 9028]] | [[PERSON:Emeka Obi]] | NIN [[ID_NUMBER:71029385546]] | [[PERSON:T. Adeyemi]] |
| [[DATE_TIME:03-Mar-2025 11:52]] | [[PHONE_NUMBER:0816 220 4471]] | [[PERSON:Aisha Garba]] | Voter card [[ID_NUMBER:90F5B1C2284417]] | [[PERSON:T. Adeyemi]] |
| [[DATE_TIME:04-Mar-2025 09:03]] | [[PHONE_NUMBER:0905 118 3370]] | [[PERSON:Chinedu Okeke]] | Intl passport [[ID_NUMBER:B02291874]] | [[PERSON:K. Bassey]] |""",
    """patient,nhs_no,drug,qty,collected
[[PERSON:Dorothy Pembroke]],[[ID_NUMBER:996 958 5800]],Atorvastatin 20mg,28,[[DATE_TIME:11/03/2025]]
[[PERSON:Mohammed Rafi Uddin]],[[ID_NUMBER:428 751 6435]],Metformin 500mg,56,[[DATE_TIME:11/03/2025]]
[[PERSON:Kerry-Ann Bailey]],[[ID_NUMBER:911 922 0731]],Salbutamol inhaler,1,[[DATE_TIME:12/03/2025]]""",
    """Holder name ......... [[PERSON:Tan Boon Keat]]
NRIC ................ [[ID_NUMBER:S3912253G]]
Date of birth ....... [[DATE_TIME:03-11-1972]]
Account ............. [[ID_NUMBER:151-49912-3]] (POSB Savings)
Mobile .............. [[PHONE_NUMBER:+65 9128 4470]]
Address ............. [[ADDRESS:Blk 412 Bedok North Ave 2, #08-115]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]]
PayNow linked ....... yes""",
    """name\torganisation\temail\tcountry\tdietary
[[PERSON:Dr. Oyinkansola Bamgbose]]\tUniversity of Ibadan\t[[EMAIL_ADDRESS:o.bamgbose@ui.edu.ng]]\t[[LOCATION:Nigeria]]\thalal
[[PERSON:Lukas Hoffmann]]\tTU Dresden\t[[EMAIL_ADDRESS:lukas.hoffmann@tu-dresden.de]]\t[[LOCATION:Germany]]\tvegetarian
[[PERSON:Ana Paula Ribeiro]]\tFiocruz\t[[EMAIL_ADDRESS:ana.ribeiro@fiocruz.br]]\t[[LOCATION:Brazil]]\tnone
[[PERSON:Siddharth Rao]]\tIISc\t[[EMAIL_ADDRESS:srao@iisc.ac.in]]\t[[LOCATION:India]]\tvegan""",
    """permit_holder,plate,flat,permit_expiry
[[PERSON:Eleanor Voss]],[[ID_NUMBER:LK19 XRT]],[[ADDRESS:Flat 4]],31/12/2025
[[PERSON:Adebola Shonibare]],[[ID_NUMBER:YD68 HNP]],[[ADDRESS:Flat 11]],30/06/2025
[[PERSON:Marco Ferrante]],[[ID_NUMBER:GN22 ODU]],[[ADDRESS:Flat 15]],31/12/2025""",
    """EMP   NAME                  ID NUMBER       TAX NO
[[ID_NUMBER:0412]]  [[PERSON:Sibusiso Ngcobo]]       [[ID_NUMBER:9903058299088]]   [[ID_NUMBER:0118427731]]
[[ID_NUMBER:0419]]  [[PERSON:Annelie Botha]]         [[ID_NUMBER:7601153822083]]   [[ID_NUMBER:2904416183]]
[[ID_NUMBER:0433]]  [[PERSON:Keabetswe Molefe]]      [[ID_NUMBER:8704233332088]]   [[ID_NUMBER:3321907747]]""",
    """{"name": "[[PERSON:Gloria Asante]]", "phone": "[[PHONE_NUMBER:+1 (647) 555-0165]]", "best_time": "after 6pm", "topic": "credit limit"}
{"name": "[[PERSON:Vusi]]", "phone": "[[PHONE_NUMBER:+1 (416) 555-0149]]", "best_time": "mornings", "topic": "lost card"}
{"name": "[[PERSON:Mrs. Patricia Doyle]]", "phone": "[[PHONE_NUMBER:+1 (905) 555-0112]]", "best_time": "any", "topic": "estate account"}""",
    """tenant,unit,rent_aud,paid_on,method
[[PERSON:Lachlan Reid]],[[ADDRESS:1/14 Grey Street]],520,[[DATE_TIME:03/03/2025]],BPAY
[[PERSON:Mai Nguyen]],[[ADDRESS:2/14 Grey Street]],495,[[DATE_TIME:01/03/2025]],direct debit
[[PERSON:Kiri Waaka]],[[ADDRESS:3/14 Grey Street]],540,,arrears""",
    """policy: FAM-220417
members:
  - name: [[PERSON:Hemant Joshi]]
    relation: self
    dob: [[DATE_TIME:1982-02-11]]
  - name: [[PERSON:Shalini Joshi]]
    relation: spouse
    dob: [[DATE_TIME:1985-07-29]]
  - name: [[PERSON:Aarav Joshi]]
    relation: son
    dob: [[DATE_TIME:2014-12-05]]""",
    """client,sin,province,rrsp_contrib_cad
[[PERSON:Geneviève Lapointe]],[[ID_NUMBER:553 089 962]],[[LOCATION:QC]],6500
[[PERSON:Harjit Grewal]],[[ID_NUMBER:487 666 653]],[[LOCATION:BC]],12000
[[PERSON:Olumide Fashola]],[[ID_NUMBER:642 315 733]],[[LOCATION:AB]],3200
[[PERSON:Emily Two-Rivers]],[[ID_NUMBER:452 692 767]],[[LOCATION:MB]],0""",
    """| Name | TFN | Suburb | State | Refund |
|---|---|---|---|---|
| [[PERSON:Georgia Katsaros]] | [[ID_NUMBER:625 288 055]] | [[LOCATION:Oakleigh]] | [[LOCATION:VIC]] | $1,204 |
| [[PERSON:Jarrah Collins]] | [[ID_NUMBER:167 942 140]] | [[LOCATION:Dubbo]] | [[LOCATION:NSW]] | $388 |
| [[PERSON:Tuan Anh Vo]] | [[ID_NUMBER:164 432 887]] | [[LOCATION:Cabramatta]] | [[LOCATION:NSW]] | $2,019 |""",
    """Receipt No.,Completion Time,Details,Paid In,Withdrawn,Balance
SCB5KQ21RT,[[DATE_TIME:2025-03-11 08:14:33]],Customer Transfer to 0722***418 - [[PERSON:JOSEPH KAMAU]],,-1200.00,3410.50
SCB7LX90WP,[[DATE_TIME:2025-03-11 13:02:10]],Pay Bill to 247247 - Equity Paybill Account Acc. [[ID_NUMBER:0170199448812]],,-2000.00,1410.50
SCC1MZ44HD,[[DATE_TIME:2025-03-12 19:45:01]],Funds received from 0711***902 - [[PERSON:LUCY WANJIKU]],5000.00,,6410.50""",
    """employee\tlaptop_serial\twifi_mac\tlast_ip
[[PERSON:Agnieszka Wrona]]\tPF3KX0L2\t7c:2a:31:9e:04:b1\t[[IP_ADDRESS:192.168.40.117]]
[[PERSON:Nana Ama Sarpong]]\tPF3KX1A9\t7c:2a:31:9e:0f:22\t[[IP_ADDRESS:192.168.40.121]]
[[PERSON:Joel Haddad]]\tC02FJ8Q3MD6T\ta4:5e:60:d1:33:9c\t[[IP_ADDRESS:192.168.41.8]]""",
    """| Name | NRIC/FIN | Unit | Mobile |
|------|----------|------|--------|
| [[PERSON:Muthu Krishnan s/o Ramasamy]] | [[ID_NUMBER:S8068707I]] | [[ADDRESS:#05-12]] | [[PHONE_NUMBER:8233 1047]] |
| [[PERSON:Nur Aisyah binte Rahman]] | [[ID_NUMBER:T3253330I]] | [[ADDRESS:#07-03]] | [[PHONE_NUMBER:9011 4826]] |
| [[PERSON:Goh Kah Wai]] | [[ID_NUMBER:S5129340A]] | [[ADDRESS:#11-09]] | [[PHONE_NUMBER:9688 2013]] |""",
    """nhi,name,dob,gp_practice
[[ID_NUMBER:ZHT3818]],[[PERSON:Wiremu Tane]],[[DATE_TIME:1968-04-02]],Te Puke Medical
[[ID_NUMBER:ZRW9053]],[[PERSON:Sarah-Jane Lockwood]],[[DATE_TIME:1990-10-21]],Bayfair Health
[[ID_NUMBER:ZKM4284]],[[PERSON:Faisal Qadri]],[[DATE_TIME:1975-06-13]],Te Puke Medical""",
    """CUSTOMER              PPSN        ACCOUNT     COUNTY
[[PERSON:Orla Kavanagh]]         [[ID_NUMBER:2879105L]]    [[ID_NUMBER:94481120]]    [[LOCATION:Kilkenny]]
[[PERSON:Tadhg Ó Murchú]]        [[ID_NUMBER:9895857O]]    [[ID_NUMBER:94481137]]    [[LOCATION:Kerry]]
[[PERSON:Alina Popescu]]         [[ID_NUMBER:2638065OA]]   [[ID_NUMBER:94481201]]    [[LOCATION:Dublin]]""",
    """{"customer": "[[PERSON:Ruben van Dijk]]", "bsn": "[[ID_NUMBER:247234680]]", "iban": "[[IBAN_CODE:NL50 TRIO 8423 1130 60]]", "city": "[[LOCATION:Utrecht]]"}
{"customer": "[[PERSON:Fatima el Idrissi]]", "bsn": "[[ID_NUMBER:310602245]]", "iban": "[[IBAN_CODE:NL20INGB9582196749]]", "city": "[[LOCATION:Rotterdam]]"}
{"customer": "[[PERSON:Sven Bakker]]", "bsn": "[[ID_NUMBER:727313514]]", "iban": "[[IBAN_CODE:NL44ABNA1275599044]]", "city": "[[LOCATION:Zwolle]]"}""",
    """donor,address,city,state,zip,amount,employer
[[PERSON:Harold Zimmerman]],[[ADDRESS:771 Quail Run Dr]],[[LOCATION:Scottsdale]],[[LOCATION:AZ]],[[ZIP_CODE:85258]],2500,Retired
[[PERSON:Latoya Simmons]],[[ADDRESS:48 Peachtree Pl NE, Apt 1206]],[[LOCATION:Atlanta]],[[LOCATION:GA]],[[ZIP_CODE:30309]],250,Emory Healthcare
[[PERSON:Nikolai Petrov]],[[ADDRESS:9 Ocean Pkwy, Apt 5D]],[[LOCATION:Brooklyn]],[[LOCATION:NY]],[[ZIP_CODE:11218]],100,Self-employed""",
    """| Sender (abroad) | Receiver | Receiver mobile | PHP | Pick-up |
|---|---|---|---|---|
| [[PERSON:Rowena Dizon]] ([[LOCATION:Dubai]]) | [[PERSON:Carlito Dizon]] | [[PHONE_NUMBER:0918 771 2045]] | 25,000 | GCash |
| [[PERSON:Jericho Manalastas]] ([[LOCATION:Riyadh]]) | [[PERSON:Maricel Manalastas]] | [[PHONE_NUMBER:0927 330 1182]] | 18,500 | Palawan |
| [[PERSON:Analyn Bautista]] ([[LOCATION:Hong Kong]]) | [[PERSON:Teresita Bautista]] | [[PHONE_NUMBER:0905 662 4419]] | 12,000 | bank |""",
    """account_name,bvn,bank,account_number
[[PERSON:Oluwatoyin Adeleke]],[[ID_NUMBER:22318840271]],Access,[[ID_NUMBER:0692210448]]
[[PERSON:Usman Bello Kankia]],[[ID_NUMBER:22190047736]],Zenith,[[ID_NUMBER:2118804390]]
[[PERSON:Nneka Obiora]],[[ID_NUMBER:22471190385]],First Bank,[[ID_NUMBER:3094417220]]""",
    """Porting request
  Customer name:    [[PERSON:Connor Mac Giolla Bhríde]]
  Number to port:   [[PHONE_NUMBER:085 228 4417]]
  Losing operator:  Three
  Account number:   [[ID_NUMBER:9120043387]]
  Date of birth:    [[DATE_TIME:19/08/1993]]
  Requested date:   [[DATE_TIME:Wed 26/03/2025]]
  Eircode:          [[ZIP_CODE:F91 X8W2]]""",
    """patient\tnhs_no\tclinic\tappointment
[[PERSON:Arthur Pennington]]\t[[ID_NUMBER:927 156 7439]]\tOphthalmology\t[[DATE_TIME:Mon 24 Mar 2025 09:15]]
[[PERSON:Shabnam Akhtar]]\t[[ID_NUMBER:726 439 6355]]\tDiabetes\t[[DATE_TIME:Mon 24 Mar 2025 10:40]]
[[PERSON:Lewis O'Connell]]\t[[ID_NUMBER:687 069 1134]]\tFracture clinic\t[[DATE_TIME:Tue 25 Mar 2025 14:00]]""",
    """student,adm_no,parent,parent_phone,amount_kes,mpesa_code
[[PERSON:Ian Kiprop]],[[ID_NUMBER:ADM/2021/0448]],[[PERSON:Esther Jelagat]],[[PHONE_NUMBER:0722 617 390]],18500,SCD4RT22KL
[[PERSON:Brenda Akinyi]],[[ID_NUMBER:ADM/2022/0117]],[[PERSON:George Ouma]],[[PHONE_NUMBER:0733 094 518]],18500,SCD4SW18QP
[[PERSON:Yusuf Abdullahi]],[[ID_NUMBER:ADM/2020/0963]],[[PERSON:Halima Noor]],[[PHONE_NUMBER:0710 862 203]],9250,SCD4TY71MN""",
    """respondent | age | city | rating | comment
[[PERSON:Maria Santos]] | [[AGE:44]] | [[LOCATION:Fall River]] | 2 | app logs me out every time
[[PERSON:Devon]] | [[AGE:23]] | [[LOCATION:Providence]] | 5 | fast transfers, love it
[[PERSON:Gladys Mbeki]] | [[AGE:71]] | [[LOCATION:Pawtucket]] | 3 | my grandson set it up for me""",
    """users:
  - username: [[USERNAME:priyanka_dev]]
    email: [[EMAIL_ADDRESS:priyanka.devaraj@gmail.com]]
    last_login: "[[DATE_TIME:2025-03-13 22:41]]"
    plan: pro
  - username: [[USERNAME:mo_hamdan]]
    email: [[EMAIL_ADDRESS:mohammed.hamdan@outlook.sa]]
    last_login: "[[DATE_TIME:2025-03-09 07:02]]"
    plan: free
  - username: [[USERNAME:leahkg]]
    email: [[EMAIL_ADDRESS:leah.goldberg@gmail.com]]
    last_login: "[[DATE_TIME:2025-02-27 18:15]]"
    plan: team""",
    """cardholder,card,amount,txn_date,reason
[[PERSON:Giulia Ferraro]],[[CREDIT_CARD:5533 0809 4861 4976]],€74.90,[[DATE_TIME:2025-02-22]],not received
[[PERSON:Seán Quinlan]],[[CREDIT_CARD:4223 6318 4340 4745]],€19.99,[[DATE_TIME:2025-02-24]],subscription cancelled
[[PERSON:Aylin Demir]],[[CREDIT_CARD:2720 8229 1144 2178]],€310.00,[[DATE_TIME:2025-02-25]],duplicate""",
    """CALLER               NUMBER             DURATION  STARTED
[[PERSON:Hyacinth Morgan]]      [[PHONE_NUMBER:+1 876 555 0144]]    00:12:41  [[DATE_TIME:2025-03-10 09:02]]
[[PERSON:Delroy Campbell]]      [[PHONE_NUMBER:+1 876 555 0199]]    00:03:05  [[DATE_TIME:2025-03-10 09:31]]
[[PERSON:Shanice Whyte]]        [[PHONE_NUMBER:+1 876 555 0126]]    00:27:18  [[DATE_TIME:2025-03-10 10:15]]""",
    """| Agent outlet | Operator name | Agent no. | Operator mobile | Town |
|---|---|---|---|---|
| Nhyira Ventures | [[PERSON:Akosua Frimpong]] | 448102 | [[PHONE_NUMBER:024 330 1187]] | [[LOCATION:Kumasi]] |
| God's Time Enterprise | [[PERSON:Yaw Boakye]] | 448131 | [[PHONE_NUMBER:054 902 4416]] | [[LOCATION:Obuasi]] |
| Sika Point | [[PERSON:Abena Serwaa]] | 448177 | [[PHONE_NUMBER:020 771 3308]] | [[LOCATION:Techiman]] |""",
    """{"pax": "[[PERSON:OKAFOR]]/[[PERSON:CHIDERA]] [[TITLE:MR]]", "passport": "[[ID_NUMBER:A10294837]]", "nationality": "[[NRP:NGA]]", "dob": "[[DATE_TIME:1990-02-17]]", "seat": "14A"}
{"pax": "[[PERSON:LINDQVIST]]/[[PERSON:ASTRID]] [[TITLE:MS]]", "passport": "[[ID_NUMBER:91027463]]", "nationality": "[[NRP:SWE]]", "dob": "[[DATE_TIME:1986-09-08]]", "seat": "14B"}
{"pax": "[[PERSON:SHARMA]]/[[PERSON:AARUSH]] [[TITLE:MSTR]]", "passport": "[[ID_NUMBER:W8820193]]", "nationality": "[[NRP:IND]]", "dob": "[[DATE_TIME:2017-05-30]]", "seat": "14C"}""",
    """card_no,name,postcode,joined,items_out
[[ID_NUMBER:21180004471932]],[[PERSON:Ffion Pritchard]],[[ZIP_CODE:LL57 2DG]],[[DATE_TIME:2019-09-03]],2
[[ID_NUMBER:21180004472117]],[[PERSON:Reza Moradi]],[[ZIP_CODE:LL55 1AB]],[[DATE_TIME:2023-01-16]],0
[[ID_NUMBER:21180004472245]],[[PERSON:Gwen Ellis-Hughes]],[[ZIP_CODE:LL57 1UT]],[[DATE_TIME:2024-11-28]],5""",
    """Mwanafunzi\tNamba ya usajili\tMzazi\tSimu ya mzazi\tDarasa
[[PERSON:Neema Shirima]]\t[[ID_NUMBER:S.4471/2023]]\t[[PERSON:Elibariki Shirima]]\t[[PHONE_NUMBER:0754 118 203]]\tKidato cha 2
[[PERSON:Hamisi Juma]]\t[[ID_NUMBER:S.4488/2023]]\t[[PERSON:Mwanahawa Ally]]\t[[PHONE_NUMBER:0715 902 338]]\tKidato cha 2
[[PERSON:Upendo Massawe]]\t[[ID_NUMBER:S.4502/2023]]\t[[PERSON:Joseph Massawe]]\t[[PHONE_NUMBER:0689 447 120]]\tKidato cha 1""",
    """Subscriber ........ [[PERSON:Ms. Yetunde Afolabi-Grant]]
Account ........... [[ID_NUMBER:BT-3340918824]]
Line .............. [[PHONE_NUMBER:020 8692 4410]]
Broadband ......... Full Fibre 500
Static IP ......... [[IP_ADDRESS:81.152.66.204]]
Install address ... [[ADDRESS:62 Brockley Rise]], [[LOCATION:London]] [[ZIP_CODE:SE23 1LN]]
Contract start .... [[DATE_TIME:14 November 2024]]""",
    """Name              | DOB        | Phone            | Email
------------------|------------|------------------|------------------------------
[[PERSON:Roberto Esposito]]  | [[DATE_TIME:1971-03-08]] | [[PHONE_NUMBER:+39 333 410 2281]] | [[EMAIL_ADDRESS:r.esposito71@libero.it]]
[[PERSON:Chiara Romano]]     | [[DATE_TIME:1994-11-25]] | [[PHONE_NUMBER:+39 347 118 0964]] | [[EMAIL_ADDRESS:chiara.romano94@gmail.com]]
[[PERSON:Luca Moretti]]      | [[DATE_TIME:1988-06-17]] | [[PHONE_NUMBER:+39 320 776 5130]] | [[EMAIL_ADDRESS:lucamoretti@tiscali.it]]""",
]

CHAT = [
    """[09:41] Bot: Welcome to Harbour Bank chat. An agent will be with you shortly.
[09:43] [[PERSON:Marcus]] (Harbour Bank): Hi, you're chatting with [[PERSON:Marcus]]. Who am I speaking with today?
[09:43] Customer: hi it's [[PERSON:Adaeze Nwankwo-Hill]]
[09:44] [[PERSON:Marcus]] (Harbour Bank): Thanks [[PERSON:Adaeze]]. For security, can you confirm your date of birth and postcode?
[09:44] Customer: [[DATE_TIME:23/06/1988]], [[ZIP_CODE:M14 5TQ]]
[09:45] [[PERSON:Marcus]] (Harbour Bank): Perfect. I can see a card ending 0917 was used in [[LOCATION:Lisbon]] this morning. Was that you?
[09:46] Customer: NO. my card is in my purse. I'm at home at [[ADDRESS:27 Platt Lane]]
[09:46] [[PERSON:Marcus]] (Harbour Bank): I've blocked it. A new card will go to [[ADDRESS:27 Platt Lane]], [[LOCATION:Manchester]]. We may call you on [[PHONE_NUMBER:07781 220 464]] to go through the transactions.""",
    """Family Group 🏠
Papa: [[PERSON:Ritu]] beta, maine tumhe 5000 bheje hain GPay pe, [[ID_NUMBER:ritu.saxena02@okhdfcbank]] pe, check karo
[[PERSON:Ritu]]: Nahi aaye papa 😕 kab bheje?
Papa: aaj subah 9:15 baje... ruko screenshot bhejta hoon
[[PERSON:Kunal]]: Papa aapne galat ID daal di hogi, didi ka naya wala ID hai [[ID_NUMBER:ritusaxena@ybl]]
[[PERSON:Ritu]]: haan wahi, purana band hai
Papa: Achha. bank walon ka number kya hai? Mera account [[ID_NUMBER:20114877320]] hai SBI [[LOCATION:Gwalior]]
[[PERSON:Kunal]]: Papa main kal aake dekh leta hoon, 1800 wala number mat milana kisi ko""",
    """#new-joiners
[[PERSON:Hannah Lindqvist]]  10:02
Please welcome [[PERSON:Obinna Chukwuemeka]], who joins the payments team on [[DATE_TIME:Monday 7 April]]! 🎉
[[PERSON:Obinna Chukwuemeka]]  10:05
Thanks all! Quick one, IT asked for a personal email for the laptop shipment: [[EMAIL_ADDRESS:obinna.chuks@gmail.com]], and they can text me on [[PHONE_NUMBER:07403 998 120]]
[[PERSON:Raj Patel]]  10:07
Welcome [[PERSON:Obinna]]! I'll sort your access. Your username will be [[USERNAME:ochukwuemeka]]
[[PERSON:Hannah Lindqvist]]  10:09
@[[USERNAME:raj.patel]] can you also add him to the on-call rota from [[DATE_TIME:5 May]]?""",
    """Live chat — MobileOne Support
Agent [[PERSON:Joy]]: Good afternoon! How can I help?
You: my phone got stolen, I need a replacement SIM for [[PHONE_NUMBER:0917 884 2206]]
Agent [[PERSON:Joy]]: Sorry to hear that. May I have the full name on the account and your account number?
You: [[PERSON:Reynaldo Bautista Jr.]], account [[ID_NUMBER:100448192731]]
Agent [[PERSON:Joy]]: Thank you, [[PERSON:Sir Reynaldo]]. I have blocked the line and the handset IMEI 352316943067789. The new SIM can be claimed at our SM Megamall store; please bring a valid ID such as your UMID or passport.
You: can my wife [[PERSON:Cristina]] claim it instead? I'm in [[LOCATION:Cebu]] until [[DATE_TIME:March 20]]
Agent [[PERSON:Joy]]: Yes, with an authorization letter signed by you and copies of both your IDs.""",
    """[[PERSON:Kevin]]: hey is the flat still available?
[[PERSON:Sandra Okafor]]: Yes it is! 2 bed at [[ADDRESS:14B Granville Road]], available from [[DATE_TIME:1 April]]
[[PERSON:Kevin]]: great, can I view it saturday?
[[PERSON:Sandra Okafor]]: Saturday 11am works. What's your full name and number for the viewing list?
[[PERSON:Kevin]]: [[PERSON:Kevin Moyo]], [[PHONE_NUMBER:07932 441 805]]
[[PERSON:Sandra Okafor]]: Thanks [[PERSON:Kevin]]. Referencing will need your current address too
[[PERSON:Kevin]]: [[ADDRESS:Flat 3, 201 Stretford Road]], [[LOCATION:Hulme]], [[ZIP_CODE:M15 4JN]]""",
    """[[PERSON:Sophie Tremblay]] 14:20: can someone in payroll fix [[PERSON:Darius]]'s March pay? his bank changed
[[PERSON:Ibrahim Diallo]] 14:22: sure, what are the new details
[[PERSON:Sophie Tremblay]] 14:23: RBC transit 04412, institution 003, account [[ID_NUMBER:5102987]]. name on account [[PERSON:Darius Farahani]]
[[PERSON:Ibrahim Diallo]] 14:25: got it. I also need his SIN for the TD1, the one on file starts with a 9
[[PERSON:Sophie Tremblay]] 14:26: he's a permanent resident now, new SIN is [[ID_NUMBER:118 507 359]], he'll send a copy of his PR card
[[PERSON:Ibrahim Diallo]] 14:31: ok updated, effective [[DATE_TIME:March 15]] pay date""",
    """Mon 10 Mar
Riverside Dental: Hi [[PERSON:Aaliyah]], this is a reminder of your appointment with [[PERSON:Dr. Kofi Mensah]] on [[DATE_TIME:Wed 12 Mar at 4:15pm]]. Reply Y to confirm or call 020 7946 0321.
[[PERSON:Aaliyah]]: Y. Can my son [[PERSON:Zayn]] come in after me? He's [[AGE:9]] and has a wobbly tooth
Riverside Dental: Of course! We have booked [[PERSON:Zayn Ali]] for [[DATE_TIME:Wed 12 Mar at 4:45pm]]. Please bring his red book. DOB on file: [[DATE_TIME:02/11/2015]].
[[PERSON:Aaliyah]]: Perfect thanks""",
    """[[PERSON:Otieno]] 08:14: Bro umetuma ile pesa ya rent?
[[PERSON:Kamau]] 08:20: Nimetuma sasa hivi to [[PHONE_NUMBER:0712 664 093]], 12k. Confirm
[[PERSON:Otieno]] 08:21: Hiyo ni namba ya Mama [[PERSON:Wanjiku]] si yangu 😂 yangu ni [[PHONE_NUMBER:0798 220 451]]
[[PERSON:Kamau]] 08:22: Aki! Ngoja nimpigie aireverse. Code ni SCF2QT81LX
[[PERSON:Otieno]] 08:30: Sawa. Landlord [[PERSON:Mr. Gachanja]] anataka pesa by [[DATE_TIME:5th]]""",
]

LOOKALIKE = [
    """Your order 114-2290448-7713021 has shipped! Tracking: 1Z 999 AA1 01 2345 6784 (UPS Ground). Items: SKU KX-4401-BLK (x2), ISBN 9780143605973 (x1). Invoice INV-2025-004418 is attached. Questions? Call 1-800-555-0199 or write to support@northwindbooks.com. Returns are accepted within 30 days at our Abraham Lincoln Way warehouse; quote RMA 77-20419.""",
    """Release notes, build 10.4.1.2 (2025-03-11)
- Bumped the SDK from 3.18.0.44 to 3.19.0.2; schema version 2.7.0.1.
- Fixed the Sobel and Gauss filters (commit 9f2c71ab4e0d5c33b18a7e2f90d1c6b4a7e25f10).
- Docker image sha256:4b825dc642cb6eb9a060e54bf8d69288fbee4904 is the new base.
- Device serial format changed from SN-0044-7781 to SN0044778100.
Reported by [[PERSON:Tomasz Wiśniewski]] ([[EMAIL_ADDRESS:tomek.wisniewski@gmail.com]]); thanks also to the security@ and noreply@ lists.""",
    """Stock check, store 14, 11/03/2025
IMEI 358551511728214, ICCID 8925402100004471192, SKU SAM-A15-128-BLU, batch 2025-02-A
IMEI 352911391259639, ICCID 8925402100004471208, SKU TEC-SP20-64-GRN, batch 2025-02-B
Paybill 400200, till 5172890, agent no. 118204. Customer care: 100 or 0722 000 000.
Counted by [[PERSON:Mercy Chepkoech]].""",
    """Reading list for the medicine module: Parkinson's disease and Alzheimer's disease overviews (ISBN 9780348857160 and 9781857922172), the Apgar score, the Heimlich manoeuvre and Tourette syndrome. Lectures are on Nelson Mandela Boulevard, in the Florence Nightingale building, room 4.12. Bring a Bunsen burner permit. Tutor: [[PERSON:Dr. Ifeoluwa Adesanya]].""",
    """Payment batch summary — ref BATCH-20250312-0047. Routing 021000021 and 122000661 (ABA), SWIFT CHASUS33 and BOFAUS3N, sort code 40-47-84, IFSC HDFC0001234, BSB 062-000. Card ending 4417 and card **** **** **** 9021 were declined (code 05). Cheque no. 004471. Customer service: 0345 300 0000, complaints@examplebank.co.uk. Approved by [[PERSON:Priya Raman]] for the treasury desk.""",
    """Config audit: host db-replica-03.internal (UUID 3f2504e0-4f89-11d3-9a0c-0305e82c3301), SNMP OID 1.3.6.1.4.1.9.9.46, firmware 6.2.10.3, MAC 00:1A:2B:3C:4D:5E, port 5432. Owner group: platform-team@. Last change by [[USERNAME:wbaptiste]].""",
    """Taarifa ya duka, tawi namba 3: Paybill 888880, namba ya akaunti ya kampuni 01J1044882100, msimbo wa muamala 9K71TQ2PLA, namba ya wakala 220417, bidhaa SKU TCL-30E-64. Huduma kwa wateja: 100 au 0754 100 100. Bei mpya zinaanza toleo 4.2.0.1 la mfumo. Imeandaliwa na [[PERSON:Zuhura Mfinanga]].""",
]

STYLES = {
    "table": TABLE,
    "bench": BENCH,
    "gen": GEN,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind71", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind119.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind119.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of the file (the scaffolding copied below), the whole of
gold_sets.py, and lines 1-64 of make_handwritten.py (its conventions, the
MARK and TITLE_IN_NAME regexes and `parse()`). Not read: minimize/,
recognizers/, any other test, bench/, the README, any *.jsonl (this set's
own output included), any other make_*.py, and the git history, log or
status (git was not run at all). The detector, the bench and the tests were
never run. Do not tune the detector against this set: once it has been used
to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks; the summary printed at the end
only counts them. Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country (`gold_sets.check` re-checks both and
refuses a bad one).
National ids with a public check digit were given a valid one, worked out
with hand-run throwaway code while writing (nothing here is generated):
NHS numbers, Canadian SIN, Aadhaar (Verhoeff), South African ids (agreeing
with the birth date and sex where they show), Singapore NRIC / FIN, Dutch
BSN, Australian TFN and Medicare numbers, Irish PPSN, Brazilian CPF,
Portuguese NIF, New Zealand NHI, Swedish personnummer, Israeli Teudat
Zehut, Turkish TC Kimlik, Hong Kong HKID and the Italian codice fiscale;
so were the look-alike ISBN-13s. Myanmar NRC numbers, Kenyan ids and KRA
PINs, Nigerian NIN and BVN, Ghana Card, PAN, CNIC, Bangladeshi NID,
Malaysian MyKad, Philippine SSS / TIN / UMID / PhilSys numbers, US SSNs,
passports, licences, plates, bank account numbers and staff, student,
member, patient and customer numbers have no public check (or none was
applied) and were not checked.

Styles (ids `blind119-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd mixed sentences dense with names, job titles, streets
  with building numbers, secondary addresses, IPv4 / IPv6, MACs, user
  agents, cards with CVV and expiry, IBAN and BIC), gretel-pii-masking-en-v1
  (claims, contracts, affidavits, medical, loan and lease forms, notices,
  letters, subpoenas) and Nemotron-PII (JSON, log lines, SQL, XML, YAML,
  INI / WireGuard config, Python and JS snippets, HTTP requests, tickets
  and forms with many entity kinds).
- `gen` (90): one to four LLM-style sentences with personal data woven
  into prose; names at the start, middle and end, lowercase and
  possessive; ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small table per record (CSV, semicolon CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks),
  varied column names and non-PII columns; header rows are unlabeled.
- `chat` (8): support chats, a lending-group thread, team chat, family and
  landlord threads, two Burmese chats, with speakers' names and the data
  they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and change references, SKUs, ISBNs, IP-shaped
  versions, hashes, serials, IMEIs, UUIDs, VAT and licence numbers,
  company phones and hotlines, role mailboxes, eponyms, streets named after
  people with no number), the few real PII values labeled; one (the first)
  has no PII at all.
About a third of the `gen` and `bench` records are about microfinance and
group lending, phone shops and repairs, SIM card registration (KYC, NIN /
NRC linkage, SIM swaps) and mobile top-ups, airtime and mobile wallets; the
rest spread widely (health, insurance, legal, HR, schools, housing,
travel, banking, gaming, tech support, deliveries, vets, charities).

Languages: about nine records in ten are in English (US, UK, Ireland,
Canada, Australia, New Zealand, India, Pakistan, Bangladesh, Nigeria,
Ghana, Kenya, South Africa, Singapore, Malaysia, the Philippines, Jamaica
and Myanmar contexts, and a few set in Europe, East Asia, Cambodia, Peru,
Kyrgyzstan, Israel and Brazil, with names from the many cultures living there, a
few with a Tagalog or Swahili phrase mixed in); the rest are in Burmese,
in Myanmar script (Myanmar digits included) and romanized ("Burglish"),
spread over gen, bench, table, chat and lookalike.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name (Mr, Dr, Prof, Nurse, Fr., Judge), labeled
  apart from it; job titles are not TITLE and family words (Mama, Nana,
  Grandpa, Gran, Uncle, Nanay, lola) stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; secondary addresses given alone ("Apt. 314",
  "Flat 11") are ADDRESS. City, district, neighbourhood, county, state /
  province / region (also abbreviated) and country are LOCATION; postcodes
  of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, booking, registration, signature, letter ...) with a day
  or month, in any shape; a weekday or clock time said with such a date is
  inside the span; not bare years, weekdays or times alone, durations, or
  dates not tied to a person (sale, invoice, release, policy renewal).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member and library-card numbers, bank and loan
  account numbers, non-US passports and licences, plates; US_SSN,
  US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, BIC and routing numbers, CVVs and expiries,
  PINs, order / ticket / claim / policy / booking / tracking / transaction
  references, company phone numbers, hotlines and role mailboxes,
  versions, hashes, serials, partial numbers ("ending 4417", "XXXX XXXX
  3934"), pets, eponyms and brands named after people, header rows.
- Calls made while writing this set: the Burmese honorifics U, Daw, Ko and
  Ma (ဦး, ဒေါ်, ကို) before a name are TITLE, like Mr and Mrs, while
  "Maung", "Sai", "Nang", "Saw" and "Md." inside a name stay in the PERSON
  span; a father's name on a Myanmar form is PERSON; Myanmar NRC numbers
  (romanized or in Myanmar script) are ID_NUMBER; a township, ward,
  barangay, thana, village or market district is LOCATION; IMEIs, ICCIDs
  and top-up or voucher PINs are unlabeled serials, while a mobile-wallet
  "account" that is a phone number is PHONE_NUMBER; a chat or Slack handle
  used as a speaker label is USERNAME, a plain first name as speaker label
  is PERSON (support agents included); a name inside a file name is
  PERSON; a "country" column is LOCATION (two-letter codes too) and a
  "nationality" column NRP; the timestamps that open server log lines
  (nginx, application logs, a JSON "ts") are unlabeled, while the
  date-times of a person's own record (registered_at, last login, visit,
  booking, top-up, signup, disbursal, drop-off at a repair shop) are
  DATE_TIME; the date heading a chat thread is unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind119.jsonl")

GEN = [
    """I bought a Samsung A15 from the phone shop on [[ADDRESS:212 Kilburn High Road]] on [[DATE_TIME:3 February]] and the guy at the counter, [[PERSON:Faisal]], registered the SIM under my old number [[PHONE_NUMBER:07723 418 905]] instead of the new one. My name is [[PERSON:Ngozi Okafor-Bell]] if you need to look it up.""",
    """[[PERSON:marcus delaney]] turned [[AGE:34]] last week and still hasn't updated his address with the DMV; his licence still says [[ADDRESS:1187 Alder Creek Dr]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]].""",
    """Mama [[PERSON:Wanjiru Kamau]] took her third loan with her women's group in [[LOCATION:Kiambu]] on [[DATE_TIME:14/05/2024]]. The repayments come out of her M-Pesa line, [[PHONE_NUMBER:0722 614 083]], every Friday, and her ID number is [[ID_NUMBER:28174906]].""",
    """Please send the discharge summary for [[PERSON:Mrs. Eleanor Whitcombe]] (NHS no. [[ID_NUMBER:485 302 9176]], DOB [[DATE_TIME:22.07.1941]]) to her daughter at [[EMAIL_ADDRESS:j.whitcombe.home@btinternet.com]].""",
    """Under the SIM Registration Act my lola, [[PERSON:Corazon Dimaculangan]], had to register her Smart prepaid number [[PHONE_NUMBER:0918 552 7314]] with her senior citizen ID, and the app kept rejecting her birthday, [[DATE_TIME:April 9, 1952]].""",
    """The tenant, [[PERSON:Oluwaseun Adebayo]], moved into [[ADDRESS:Flat 3, 41 Coldharbour Lane]], [[LOCATION:London]] [[ZIP_CODE:SE5 9NR]] on [[DATE_TIME:1 September 2023]], and the deposit was protected with the DPS the same week.""",
    """my dad's jio number [[PHONE_NUMBER:98201 47735]] got recharged with the 239 plan by mistake, it was meant for mine, [[PHONE_NUMBER:+91 90040 18826]]. can you reverse it? this is [[PERSON:rohit sawant]] btw""",
    """When [[PERSON:Siobhán Ní Bhriain]] applied for the grant she gave her PPS number as [[ID_NUMBER:4829175S]] and her address as [[ADDRESS:12 Ard na Gréine]], [[LOCATION:Galway]], [[ZIP_CODE:H91 E2K7]].""",
    """ကျွန်တော့်နာမည် [[PERSON:အောင်ကျော်မိုး]] ပါ။ ဖုန်းနံပါတ် [[PHONE_NUMBER:၀၉-၇၉၄၅၁၂၃၈၇]] ကို မှတ်ပုံတင်အမှတ် [[ID_NUMBER:၁၂/မရက(နိုင်)၁၄၇၂၃၆]] နဲ့ ဆင်းကတ် မှတ်ပုံတင်ချင်ပါတယ်။""",
    """[[PERSON:Dr. Hamid Rezaei]] will see you on [[DATE_TIME:Thursday 12 December at 9:40am]] at the clinic in [[LOCATION:Scarborough]]; please bring your health card and a list of your medications.""",
    """My MTN line [[PHONE_NUMBER:0803 561 2290]] was barred because the NIN linkage failed. The NIN I submitted is [[ID_NUMBER:70183462915]] and the name on it is [[PERSON:Chukwuemeka Obi-Nwosu]], exactly as on the SIM.""",
    """Hi, I'm [[PERSON:Tomasz]], [[PERSON:Kasia]]'s husband. She asked me to call about her prescription: her date of birth is [[DATE_TIME:03/11/1987]] and the pharmacy has her under [[PERSON:Katarzyna Wiśniewska]].""",
    """We regret to inform you that the account held by [[PERSON:Li Wei Chen]] at our branch in [[LOCATION:Markham]] (account [[ID_NUMBER:5102-884731]]) has been frozen until we can verify his SIN, [[ID_NUMBER:527 391 049]].""",
    """[[PERSON:Rokeya Begum]], [[AGE:41]], from [[LOCATION:Gaibandha]] borrowed 30,000 taka from her BRAC group to buy two goats, and she pays the weekly instalment by bKash from [[PHONE_NUMBER:01712-480395]].""",
    """Could you change my email to [[EMAIL_ADDRESS:hana.yoshida.design@gmail.com]]? The old one, [[EMAIL_ADDRESS:hyoshida@kinetica-studio.co]], stopped working when I left that job. Thanks, [[PERSON:Hana]]""",
    """The minibus is collecting [[PERSON:Mateo]] and [[PERSON:Lucía Fernández]] from [[ADDRESS:58 Wattle Grove]], [[LOCATION:Footscray]] at 7:15 on Saturday, so they need to be ready by seven.""",
    """I signed a 24-month contract in a phone shop on [[DATE_TIME:28th March]] and gave them my card ending 4417, but the direct debit has been taken from my flatmate [[PERSON:Joe Pemberton]]'s account ([[ID_NUMBER:40918273]]), which was still saved from his upgrade. My name's [[PERSON:Aisha Bello]].""",
    """Grandpa [[PERSON:Ray]] ([[PERSON:Raymond Ellison]], born [[DATE_TIME:6 August 1938]]) is moving into Pinecrest Lodge in [[LOCATION:Tauranga]] next month and we need to redirect his pension letters.""",
    """Min ga lar par, kyun ma nar mae [[PERSON:Thandar Hlaing]] par. [[PHONE_NUMBER:09 4500 23918]] ko 10000 kyat phoe top up lote pay par shin, ngway hlwe pee pa pee.""",
    """Student [[PERSON:Arjun Menon]] (ID [[ID_NUMBER:s3928174]]) has an extension on his thesis until [[DATE_TIME:15 June]], approved by [[PERSON:Prof. Gillian Shaw]].""",
    """I bought Safaricom airtime worth 500 bob for [[PERSON:Brian Otieno]]'s line [[PHONE_NUMBER:+254 711 308 452]] but it went to [[PHONE_NUMBER:0711 308 425]] instead. Please help me get it back.""",
    """[[PERSON:Yusuf]] from accounts said the reimbursement for [[PERSON:Ms. Adaeze Nwankwo]] will go into her account [[IBAN_CODE:GB42 MIDL 4005 1293 8472 60]] by [[DATE_TIME:Friday 19 July]].""",
    """Patient [[PERSON:Javier Morales]], [[AGE:57]], presented to the ED on [[DATE_TIME:11/02/2024 at 23:10]] with chest pain; his wife [[PERSON:Rosa]] can be reached at [[PHONE_NUMBER:(956) 412-0873]].""",
    """To buy a prepaid SIM at the counter, [[PERSON:Kyaw Zin Htet]] showed his work permit, FIN [[ID_NUMBER:G5729184U]], and registered [[PHONE_NUMBER:8326 1947]] in his own name.""",
    """If found, please return this wallet to [[PERSON:Bronwyn Te Awa]], [[ADDRESS:27 Kowhai Street]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]], or ring [[PHONE_NUMBER:021 448 1906]].""",
    """My mother, [[PERSON:Nusrat Parveen]], registered a Jazz SIM with the thumbprint check in [[LOCATION:Multan]]; her CNIC is [[ID_NUMBER:36302-4815927-6]] and the new number is [[PHONE_NUMBER:0301 7724518]].""",
    """The parish register shows that [[TITLE:Fr.]] [[PERSON:Declan Moriarty]] baptised [[PERSON:Aoife Kavanagh]] on [[DATE_TIME:2 May 1999]]; both her parents were [[NRP:Catholic]] and lived in [[LOCATION:Kilkenny]].""",
    """gg to [[USERNAME:xXN1ghtOwlXx]], whose real name turned out to be [[PERSON:Dylan Cho]], [[AGE:16]], from [[LOCATION:Sacramento]]. the mods banned him after he posted [[PERSON:ellie]]'s home address, [[ADDRESS:4402 Fremont Way]], in the lobby chat""",
    """Grameen America member [[PERSON:María Guadalupe Reyes]] runs a tamale stand in [[LOCATION:Jackson Heights]]; her loan officer, [[PERSON:Denise]], records the repayments under member number [[ID_NUMBER:GA-NY-0041983]].""",
    """the invoice went to [[PERSON:liam o'connor]] at [[EMAIL_ADDRESS:liamoc83@outlook.ie]] instead of to me, [[PERSON:liam o'conor]]. different spelling, different person""",
    """[[TITLE:ဒေါ်]][[PERSON:ခင်မြင့်]] (အသက် [[AGE:၄၅]] နှစ်) သည် [[LOCATION:ပဲခူး]]မြို့မှ အသေးစားချေးငွေ ကျပ် ၅၀၀,၀၀၀ ကို [[DATE_TIME:၂၀၂၄ ခုနှစ်၊ ဇန်နဝါရီလ ၁၅ ရက်]] တွင် ချေးယူခဲ့ပါသည်။""",
    """Please note that [[PERSON:Adebola]]'s passport ([[ID_NUMBER:A09128374]]) runs out next spring, so she'll need to renew it before the trip to [[LOCATION:Lagos]].""",
    """Customer [[PERSON:Tyrell Jackson]] traded in his iPhone 12 (IMEI 356728114092835) at our store in [[LOCATION:Decatur]] and ported [[PHONE_NUMBER:404-771-2068]] from his old carrier; the port-out PIN he gave was 4471.""",
    """Reminder: [[PERSON:Sunita Krishnamurthy]]'s [[AGE:60]]th birthday party is on [[DATE_TIME:Saturday 8 March]] at her place, [[ADDRESS:No. 14, 3rd Cross]], [[LOCATION:Jayanagar 4th Block]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560011]].""",
    """[[TITLE:Ko]] [[PERSON:Zaw Min Oo]] yae phone shop ka [[LOCATION:Sanchaung]] mhar par. Screen lel chin yin [[PHONE_NUMBER:09 2501 74836]] ko phone se lite, ah khu pwint tal.""",
    """Effective [[DATE_TIME:1 April 2024]], [[PERSON:Chloé Martin-Dubois]] (employee no. [[ID_NUMBER:E-20914]]) moves from the [[LOCATION:Montreal]] office to [[LOCATION:Toronto]]; her new manager will be [[PERSON:Raj Patel]].""",
    """Bella the spaniel belongs to [[PERSON:Gemma Holloway]] of [[ADDRESS:Rose Cottage, Mill Lane]], [[LOCATION:Little Shelford]]; her mobile is [[PHONE_NUMBER:07931 225 846]] if the vaccination reminder bounces.""",
    """To re-register her SIM, [[PERSON:Akosua Mensah]] brought her Ghana Card, [[ID_NUMBER:GHA-721948305-3]], to the shop in [[LOCATION:Kumasi]] on [[DATE_TIME:Monday, 5 June]], only to be told the system was down.""",
    """Can someone tell [[PERSON:Hemi]] that his flight to [[LOCATION:Rarotonga]] on [[DATE_TIME:the 21st]] has been moved to the afternoon? His phone is off.""",
    """Policyholder [[PERSON:Gareth Llewellyn]], DOB [[DATE_TIME:1979-02-14]], reports that his car, registration [[ID_NUMBER:CU19 XKM]], was hit while parked outside [[ADDRESS:9 Heol y Wern]], [[LOCATION:Caerphilly]].""",
    """Sent 100 pesos of load to [[PERSON:Jun-Jun]]'s Globe number [[PHONE_NUMBER:0917 483 2265]] through GCash, ref no. 3004 118 29384, pero hindi pa raw dumating. [[PERSON:Marites Santos]]""",
    """[[PERSON:Oksana Hrytsenko]], a [[NRP:Ukrainian]] national aged [[AGE:29]], arrived in [[LOCATION:Dublin]] on [[DATE_TIME:17 March 2022]] and was granted temporary protection the following week.""",
    """Group leader [[PERSON:Lakshmi Devi]] from [[LOCATION:Tiruvannamalai]] vouched for the new member, [[PERSON:Selvi Murugan]], whose Aadhaar is [[ID_NUMBER:5201 6847 3934]] and mobile [[PHONE_NUMBER:94433 01827]].""",
    """Would it be all right for [[PERSON:Fergus]] to collect the keys? My mother, [[PERSON:Margaret Buchanan]], lives at [[ADDRESS:2/1, 47 Hyndland Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 9UX]], and he's her neighbour.""",
    """[[PERSON:Zanele]] keeps tagging me in posts from her Instagram, [[USERNAME:zanele.dlamini_]]. My own profile is [[URL:https://instagram.com/thabo.nkosi.za]] if you want to check. [[PERSON:Thabo]]""",
    """Topped up my Lebara SIM [[PHONE_NUMBER:07404 118 392]] with a tenner at the corner shop on [[ADDRESS:88 Green Street]], [[LOCATION:Forest Gate]], and the credit never arrived.""",
    """According to the court listing, [[PERSON:Darnell Whitaker]] (DOB [[DATE_TIME:5/14/1990]]) will appear before [[TITLE:Judge]] [[PERSON:Harriet Lomax]] on [[DATE_TIME:June 3 at 9:00 a.m.]]""",
    """[[PHONE_NUMBER:၀၉၄၂၅၀၁၇၈၃၆]] ကို ငွေဖြည့်ကတ် ၃၀၀၀ ကျပ်ဖိုး ဖြည့်ပေးပါ။ ကျွန်မ [[PERSON:နှင်းဝေ]] ပါ။""",
    """[[PERSON:Kevin]] and [[PERSON:Mei Ling Fong]] settled on [[ADDRESS:16 Banksia Crescent]], [[LOCATION:Castle Hill]] [[LOCATION:NSW]] [[ZIP_CODE:2154]] on [[DATE_TIME:30 November]], three weeks later than planned.""",
    """Loan officer's note: [[PERSON:Joseph Kiprono]], [[AGE:38]], dairy farmer near [[LOCATION:Eldoret]], KRA PIN [[ID_NUMBER:A004718293K]], cleared his KES 42,000 balance ahead of schedule on [[DATE_TIME:2 Oct 2023]].""",
    """Booking QX7T2L is for [[PERSON:Mr. Anand Iyer]] and [[PERSON:Mrs. Kavya Iyer]], passports [[ID_NUMBER:Z4829103]] and [[ID_NUMBER:Z4829177]], checking in on [[DATE_TIME:14 Aug]].""",
    """I've reset the VPN token for [[USERNAME:dvolkov]] ([[PERSON:Dmitri Volkov]]); he was connecting from [[IP_ADDRESS:81.152.44.203]], which is his home broadband, so nothing suspicious.""",
    """At a phone shop in [[LOCATION:Kyauktada Township]], [[LOCATION:Yangon]], [[TITLE:Ma]] [[PERSON:Ei Phyu]] registered her Ooredoo SIM [[PHONE_NUMBER:09 9771 40526]] with her NRC, [[ID_NUMBER:12/KaMaYa(N)204719]].""",
    """[[PERSON:Ms. Ferreira]] will meet [[PERSON:Noah]]'s parents on [[DATE_TIME:Wednesday 6 November at 4:15]] to talk about his reading. [[PERSON:Noah]] is [[AGE:7]] and in Year 2.""",
    """abeg who sent 2k airtime to [[PHONE_NUMBER:08139024716]]?? the sender name shows [[PERSON:Ifeoma]] but i no know any [[PERSON:ifeoma]] o""",
    """[[PERSON:Bao Tran]], [[AGE:72]], needs a Vietnamese interpreter for her cardiology follow-up on [[DATE_TIME:10/22/2024 2:30 PM]]; Medicare ID [[ID_NUMBER:4TE3-JK8-MP27]].""",
    """As a practising [[NRP:Muslim]], [[PERSON:Imran Qureshi]] asked HR whether a short Friday prayer break could be written into his contract before he starts on [[DATE_TIME:2 September]].""",
    """Grameenphone blocked [[PERSON:Md. Shafiqul Islam]]'s SIM [[PHONE_NUMBER:+880 1711-352048]] because the NID it was registered with, [[ID_NUMBER:19942691847305126]], belongs to someone else.""",
    """[[PERSON:Callum]] froze his membership from [[DATE_TIME:1 Jan]] to [[DATE_TIME:31 Mar]]. Member [[ID_NUMBER:PG448210]], email [[EMAIL_ADDRESS:callum.mcinnes@icloud.com]].""",
    """Driver couldn't find [[ADDRESS:Unit 4B, 19 Chamberlain Court]], [[LOCATION:Laval]], [[LOCATION:QC]] [[ZIP_CODE:H7N 5K2]]. The customer, [[PERSON:Amélie Gagnon]], isn't answering [[PHONE_NUMBER:450-668-2291]].""",
    """The field officer in [[LOCATION:Monywa]] visited [[TITLE:Daw]] [[PERSON:Nwe Nwe Aye]], [[AGE:52]], whose tailoring business took a 300,000-kyat loan; she repays through Wave Money from [[PHONE_NUMBER:09 7634 81920]].""",
    """Take notice that [[PERSON:Kwabena Asante-Darko]] of [[ADDRESS:Apartment 1204, 300 Front Street West]], [[LOCATION:Toronto]], intends to change his name to [[PERSON:Ben Asante]].""",
    """hey its [[PERSON:jess]], my new number is [[PHONE_NUMBER:0412 906 338]] so delete the old one. also tell [[PERSON:Lachie]] I've moved to [[LOCATION:Fremantle]]""",
    """CARD client [[PERSON:Rowena Bautista]], [[AGE:44]], who runs a sari-sari store in [[LOCATION:San Pablo City]], [[LOCATION:Laguna]], received her second loan on [[DATE_TIME:Aug. 12, 2023]]; her SSS number is [[ID_NUMBER:34-5821907-4]].""",
    """Your notice of assessment for [[PERSON:Ahmed Al-Hashimi]] was posted to [[ADDRESS:PO Box 2271]], [[LOCATION:Dandenong]] [[LOCATION:VIC]] [[ZIP_CODE:3175]]. The TFN we hold is [[ID_NUMBER:381 604 727]].""",
    """[[TITLE:Daw]] [[PERSON:Mya Sandar]] ka [[LOCATION:Hlaing Tharyar]] ka par, a thet [[AGE:39]] nhit. Chay ngway 800,000 kyat ko [[DATE_TIME:15.3.2024]] mhar yu ge tal. Phone [[PHONE_NUMBER:09-966-284-107]].""",
    """Safaricom asked for re-registration: [[PERSON:Halima Abdi Hassan]], ID [[ID_NUMBER:31920574]], born [[DATE_TIME:12-01-1996]], line [[PHONE_NUMBER:0745 209 318]], re-registered at the shop in [[LOCATION:Garissa]].""",
    """[[PERSON:Sven Lindqvist]] wants to move SEK 25,000 from his account [[IBAN_CODE:SE45 5000 0000 0583 9825 7466]] to his daughter [[PERSON:Elin]], who is studying in [[LOCATION:Edinburgh]].""",
    """Lost: a green backpack with [[PERSON:Ikaika Kahananui]]'s student card ([[ID_NUMBER:UH 2214890]]) inside, last seen near Hamilton Library on Tuesday.""",
    """The store manager in [[LOCATION:Lajpat Nagar]] says [[PERSON:Gurpreet Kaur]] bought the Redmi on EMI using her PAN [[ID_NUMBER:BKPPK4821M]] and the card [[CREDIT_CARD:4556 7320 1948 2262]].""",
    """sorry [[PERSON:Chiamaka]], I gave your email ([[EMAIL_ADDRESS:chiamaka.eze@yahoo.co.uk]]) to the wedding planner without asking first""",
    """[[PERSON:Dr Aroha Ngata]] is covering for [[PERSON:Dr. Whitfield]] until [[DATE_TIME:Monday 2 September]]; urgent results go to her pager.""",
    """I'm trying to send a top-up to my brother [[PERSON:Khin Maung Win]] in [[LOCATION:Mandalay]] on [[PHONE_NUMBER:+95 9 448 027 315]] through the app, but it keeps saying my card [[CREDIT_CARD:5198 7033 4412 9051]] was declined. [[PERSON:Aye Aye Thin]], [[LOCATION:Fort Wayne]]""",
    """The groom, [[PERSON:Deepak Sharma]], [[AGE:31]], and the bride, [[PERSON:Sarah-Jane Whitlock]], [[AGE:29]], were married at the register office in [[LOCATION:Leicester]] on [[DATE_TIME:17/08/2024]].""",
    """LAPO branch officer logged that [[PERSON:Mrs. Bisi Adeyemi]], a cloth trader in [[LOCATION:Ibadan]], paid 15,500 naira for week 9; BVN [[ID_NUMBER:22184630915]], phone [[PHONE_NUMBER:0805 337 1920]].""",
    """My son's login, [[USERNAME:ollie_b2011]], was set up with my email, [[EMAIL_ADDRESS:rachel.bright@sky.com]]. Can you move it to his own address now that he's [[AGE:13]]?""",
    """On [[DATE_TIME:9 May at around 14:20]] someone did a SIM swap on my number [[PHONE_NUMBER:+44 7700 183 502]] and took 2,300 pounds from my account [[ID_NUMBER:31926819]]. [[PERSON:Hannah Osei]]""",
    """The form for [[PERSON:Kateri Begay]] lists SSN [[US_SSN:527-18-3094]] and a mailing address of [[ADDRESS:PO Box 1420]], [[LOCATION:Window Rock]], [[LOCATION:AZ]] [[ZIP_CODE:86515]].""",
    """Mytel notice: subscriber [[PERSON:Sai Htun Lin]], NRC [[ID_NUMBER:13/TaKaNa(N)058231]], must re-verify [[PHONE_NUMBER:09 6912 55804]] by [[DATE_TIME:31 July]] or the SIM will be suspended.""",
    """The whole family flew to [[LOCATION:Halifax]] for Nana [[PERSON:Ruth Chisholm]]'s [[AGE:90]]th on [[DATE_TIME:October 5]], and [[PERSON:ruthie]] herself danced till midnight.""",
    """Akhuwat gave an interest-free loan of Rs 50,000 to [[PERSON:Shazia Bibi]], [[AGE:33]], of [[ADDRESS:House 17, Street 4]], [[LOCATION:Mohalla Islampura]], [[LOCATION:Gujranwala]], with her brother [[PERSON:Tariq Mehmood]] as guarantor.""",
    """[[PERSON:Tan Wei Ming]]'s NRIC is [[ID_NUMBER:S8634172G]] and he lives at [[ADDRESS:Blk 421 Jurong West Street 42, #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:640421]].""",
    """Repair ticket 55021: [[PERSON:Precious Mokoena]] dropped off a cracked Huawei at our [[LOCATION:Soweto]] branch. Call her back on [[PHONE_NUMBER:072 914 6630]]; ID [[ID_NUMBER:9509170241088]].""",
    """[[PERSON:မောင်မောင်]]ရဲ့ အီးမေးလ်က [[EMAIL_ADDRESS:maungmaung.ygn@gmail.com]] ပါ။ သူ [[LOCATION:မန္တလေး]]ကို [[DATE_TIME:ဒီဇင်ဘာ ၂၀ ရက်]]နေ့ ပြောင်းသွားမယ်။""",
    """ဖုန်းဆိုင်က [[TITLE:ကို]][[PERSON:သန့်ဇင်]]က ကျွန်တော့် ဖုန်းအသစ်ကို [[PHONE_NUMBER:၀၉ ၂၅၄ ၃၇၁ ၈၀၉]] နဲ့ ချိတ်ပေးတယ်။ ကျွန်တော် [[ADDRESS:အမှတ် ၄၂၊ ပြည်လမ်း]]မှာ နေပါတယ်။""",
    """[[PERSON:Nyein Chan]] yae mwe nay ka [[DATE_TIME:3 May 1995]] par. Email ko [[EMAIL_ADDRESS:nyeinchan.mdy95@gmail.com]] ko poh pay par, [[PERSON:nyein]] ko ya mhar par.""",
    """[[TITLE:ဦး]][[PERSON:ထွန်းထွန်းနိုင်]] ၏ မွေးသက္ကရာဇ်မှာ [[DATE_TIME:၁၉၆၈ ခုနှစ်၊ ဧပြီလ ၂၁ ရက်]] ဖြစ်ပြီး [[LOCATION:တောင်ကြီး]]မြို့တွင် နေထိုင်ပါသည်။""",
    """[[TITLE:Ma]] [[PERSON:Su Myat]], Wave Pay account [[PHONE_NUMBER:09 7912 30548]] ko 50000 hlwe pay lite pee. Screenshot poh pay mal naw.""",
    """Good morning, this is [[PERSON:Fatima Zahra El Idrissi]] calling about my flat, [[ADDRESS:Flat 6, Albion House, 12 Ducie Street]], [[LOCATION:Manchester]]; the boiler has been off since [[DATE_TIME:Sunday 14 January]].""",
    """I'm [[PERSON:Paweł Zieliński]]. The Three shop in [[LOCATION:Athlone]] set up the bill pay plan on my old Polish number, [[PHONE_NUMBER:+48 601 238 447]], instead of my Irish one, [[PHONE_NUMBER:087 412 9083]].""",
]

BENCH = [
    """Attention [[PERSON:Rosalind Vandervort]], your onboarding as Future Tactics Consultant needs verification. Send your date of birth ([[DATE_TIME:11/23/1986]]), your SSN [[US_SSN:412-67-9083]] and the IP you last logged in from ([[IP_ADDRESS:172.58.201.14]]) to [[EMAIL_ADDRESS:r.vandervort@hotmail.com]] before 5 pm.""",
    """The vehicle with VRM [[ID_NUMBER:WX71 HPD]] is registered to [[PERSON:Mx. Jordan Pryce-Hale]], residing at [[ADDRESS:Apt. 314]], [[ADDRESS:8823 Kozey Terrace]], [[LOCATION:East Marquise]], [[LOCATION:Cornwall]] [[ZIP_CODE:TR18 4QX]].""",
    """Payment of 740.12 ZAR for the course 'Data Ethics' from card [[CREDIT_CARD:4024007188351901]] (CVV 219, exp 04/28) by [[PERSON:Lerato]] from MAC 3c:22:fb:9a:41:0e using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36.""",
    """Hi [[PERSON:Augustin]], the Principal Usability Producer position at our [[LOCATION:Lake Elaina]] office needs your BIC BARCGB22 and IBAN [[IBAN_CODE:GB30BARC20417358204416]] on file before your start date, [[DATE_TIME:7th May]].""",
    """[[USERNAME:kirra_w88]] changed her password to Tr33top!Bay from [[IP_ADDRESS:2a02:c7c:5d31:8e00:91f4:3b2:aa10:6c7e]]; the account belongs to [[PERSON:Kirra Walsh]], [[AGE:27]], of [[LOCATION:Townsville]], [[LOCATION:QLD]].""",
    """INSURANCE CLAIM FORM
Claim No.: CLM-2024-118304
Policyholder: [[PERSON:Harold Pemberton]]
Date of Birth: [[DATE_TIME:March 2, 1958]]
Policy Number: HX-88317420
Address: [[ADDRESS:45 Orchard Lane]], [[LOCATION:Amherst]], [[LOCATION:MA]] [[ZIP_CODE:01002]]
Date of Loss: [[DATE_TIME:January 18, 2024]]
Description: Water damage to the kitchen after a frozen pipe burst. The insured was away visiting his daughter, [[PERSON:Claire Pemberton-Ruiz]], in [[LOCATION:Tucson]].""",
    """EMPLOYMENT AGREEMENT
This Agreement is made on [[DATE_TIME:the 3rd day of June, 2024]] between Halvorsen Marine AS ("the Employer") and [[PERSON:Ingrid Sæther]] ("the Employee"), residing at [[ADDRESS:Kongens gate 14B]], [[ZIP_CODE:7011]] [[LOCATION:Trondheim]], [[LOCATION:Norway]]. The salary shall be paid monthly to the Employee's account [[IBAN_CODE:NO50 1503 2715 469]].""",
    """PATIENT INTAKE - Riverside Family Medicine
Name: [[PERSON:Anjali Deshpande]]   Sex: F   Age: [[AGE:46]]
DOB: [[DATE_TIME:1978-05-30]]   MRN: [[ID_NUMBER:RFM-0093817]]
Phone: [[PHONE_NUMBER:(614) 738-2051]]
Insurance: Aetna, member ID [[ID_NUMBER:W284716390]]
Chief complaint: recurring migraines, worse in the morning. Referred by [[PERSON:Dr. Samuel Okoro]].""",
    """MICROLOAN APPLICATION
Applicant: [[PERSON:Esther Nyambura Mwangi]]
National ID: [[ID_NUMBER:24718390]]
KRA PIN: [[ID_NUMBER:A009182736P]]
Mobile (M-Pesa): [[PHONE_NUMBER:0712 845 903]]
Business: second-hand clothes stall, [[LOCATION:Gikomba]], [[LOCATION:Nairobi]]
Loan amount: KES 60,000   Term: 12 months
Guarantor: [[PERSON:Peter Mwangi Kariuki]], ID [[ID_NUMBER:22904617]]
Date of application: [[DATE_TIME:04/03/2024]]""",
    """{"event": "sim_registration", "msisdn": "[[PHONE_NUMBER:+639178204431]]", "iccid": "8963012203117749205", "subscriber": {"first_name": "[[PERSON:Jerome]]", "last_name": "[[PERSON:Villanueva]]", "birth_date": "[[DATE_TIME:1990-11-02]]", "id_type": "PhilSys", "id_number": "[[ID_NUMBER:4821-7390-1652-0847]]", "address": "[[ADDRESS:Blk 7 Lot 22 Sampaguita St.]], [[LOCATION:Brgy. San Isidro]], [[LOCATION:Antipolo]]"}, "registered_at": "[[DATE_TIME:2023-04-21T10:14:07+08:00]]", "channel": "retailer"}""",
    """2024-06-11 08:42:17 INFO auth: login ok user=[[USERNAME:mfarouk]] src=[[IP_ADDRESS:41.233.18.207]] ua=okhttp/4.11.0
2024-06-11 08:42:19 WARN profile: email changed user=[[USERNAME:mfarouk]] old=[[EMAIL_ADDRESS:m.farouk@tedata.net.eg]] new=[[EMAIL_ADDRESS:mona.farouk.cairo@gmail.com]]
2024-06-11 08:43:02 INFO kyc: submitted name=[[PERSON:Mona Farouk]] dob=[[DATE_TIME:1992-01-09]] doc=passport""",
    """INSERT INTO topups (txn_id, msisdn, amount_mmk, operator, customer_name, created_at) VALUES
  ('TU-88310472', '[[PHONE_NUMBER:959791245380]]', 5000, 'ATOM', '[[PERSON:Zin Mar Oo]]', '[[DATE_TIME:2024-02-14 19:22:05]]'),
  ('TU-88310473', '[[PHONE_NUMBER:959425501177]]', 10000, 'MPT', '[[PERSON:Kyaw Thu Aung]]', '[[DATE_TIME:2024-02-14 19:22:41]]');""",
    """<customer id='C-40918'><name><given>[[PERSON:Ilse]]</given><family>[[PERSON:de Groot]]</family></name><bsn>[[ID_NUMBER:217483902]]</bsn><iban>[[IBAN_CODE:NL82RABO0318472956]]</iban><address><street>[[ADDRESS:Lijnbaansgracht 418-2]]</street><postcode>[[ZIP_CODE:1017 RA]]</postcode><city>[[LOCATION:Amsterdam]]</city></address><phone>[[PHONE_NUMBER:+31 6 4182 7735]]</phone></customer>""",
    """[smtp]
host = mail.northwind-logistics.com
port = 587
user = [[EMAIL_ADDRESS:devon.achterberg@northwind-logistics.com]]
password = Kx!92bqLr

[alerts]
oncall_name = [[PERSON:Devon Achterberg]]
oncall_mobile = [[PHONE_NUMBER:+1 (902) 448-3176]]
fallback = ops@northwind-logistics.com""",
    """def test_customer_roundtrip():
    c = Customer(name='[[PERSON:Aiyana Whitehorse]]', email='[[EMAIL_ADDRESS:aiyana.w@shaw.ca]]',
                 sin='[[ID_NUMBER:714 820 362]]', dob='[[DATE_TIME:1989-07-04]]', city='[[LOCATION:Lethbridge]]')
    assert Customer.from_json(c.to_json()) == c""",
    """Ticket #48213 | Priority: High | Opened by [[PERSON:Femi Adeyemi-Cole]] <[[EMAIL_ADDRESS:femi.ac@gmail.com]]>
Subject: Charged twice for phone bill
Body: Hi, my card [[CREDIT_CARD:5392 6181 4470 2234]] was charged twice this month. My account number is [[ID_NUMBER:700 418 2295]] and the line is [[PHONE_NUMBER:(718) 302-6649]]. Please refund one of the charges.""",
    """Dear [[PERSON:Nkechi]], the SIM swap requested for [[PHONE_NUMBER:+234 802 417 3390]] at 15:32 has been logged. If you did not start it, reply with your BVN [[ID_NUMBER:22319847560]] and the IMEI 353918104427715 of your handset.""",
    """NOTICE OF DEFAULT
To: [[PERSON:Ramón Castillo Vega]]
[[ADDRESS:2217 W. Cermak Rd., Apt 2F]]
[[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60608]]
Date: [[DATE_TIME:August 15, 2024]]
Re: Small Business Loan, account [[ID_NUMBER:0048813920]]
Dear [[PERSON:Mr. Castillo Vega]]: our records show that the instalments due for June and July have not been received. Please contact your loan officer, [[PERSON:Tanisha Brooks]], at [[PHONE_NUMBER:(312) 660-4187]] within 15 days.""",
    """Device Financing Agreement - Store 0417 ([[LOCATION:Quezon City]])
Customer: [[PERSON:Mary Joy Dela Cruz]]
Birthdate: [[DATE_TIME:12 Feb 1998]]
Mobile: [[PHONE_NUMBER:0995 318 4420]]
Email: [[EMAIL_ADDRESS:maryjoy.dc98@yahoo.com]]
TIN: [[ID_NUMBER:412-883-071-000]]
Device: OPPO Reno 11, IMEI 862194057331846
Down payment: PHP 3,000 by card [[CREDIT_CARD:4761 7300 2985 5148]], exp 11/27
Signed: [[DATE_TIME:2024-05-19]]""",
    """ဆင်းကတ်မှတ်ပုံတင်ခြင်းပုံစံ
အမည် - [[PERSON:ဇော်မင်းထွန်း]]
အဖအမည် - [[TITLE:ဦး]][[PERSON:မင်းထွန်း]]
မှတ်ပုံတင်အမှတ် - [[ID_NUMBER:၉/မဟမ(နိုင်)၀၃၈၄၁၇]]
မွေးသက္ကရာဇ် - [[DATE_TIME:၁၄-၁၁-၁၉၉၃]]
နေရပ်လိပ်စာ - [[ADDRESS:အမှတ် ၁၂၇၊ ၆၂ လမ်း]]၊ [[LOCATION:ချမ်းအေးသာစံမြို့နယ်]]၊ [[LOCATION:မန္တလေး]]
ဖုန်းနံပါတ် - [[PHONE_NUMBER:၀၉၇၈၄၅၁၀၂၉၃]]
အော်ပရေတာ - ATOM""",
    """Chay ngway shauk hlwa (loan application)
A mee: [[TITLE:Daw]] [[PERSON:Aye Aye Mon]]
Mhat pone tin: [[ID_NUMBER:14/PaThaNa(N)112094]]
A thet: [[AGE:47]]
Nay yat: [[LOCATION:Pathein]], [[LOCATION:Ayeyarwady Region]]
Phone: [[PHONE_NUMBER:09 4211 78305]]
Chay ngway: 600,000 MMK, group 3, 12 la
Loan officer: [[TITLE:U]] [[PERSON:Zaw Lin Htike]]""",
    """Good afternoon [[PERSON:Ms. Ottilie Breckenridge]], as Lead Intranet Analyst you are expected at the compliance workshop on [[DATE_TIME:2024-10-08 at 13:00]] at [[ADDRESS:5571 Harbor Crossing, Suite 410]], [[LOCATION:Port Delphine]]. Bring staff ID [[ID_NUMBER:KX-847201]] and the parking permit for [[ID_NUMBER:LR63 TFV]].""",
    """Account [[USERNAME:r.okonkwo_77]] (pwd: Lagos#2025!) was accessed from [[IP_ADDRESS:197.210.77.12]] using Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15; the owner, [[PERSON:Rita Okonkwo]], was alerted on [[PHONE_NUMBER:+234 809 611 4027]].""",
    """[[PERSON:Zhao Xiaomei]] ([[AGE:52]]), female, Chief Web Officer at the [[LOCATION:Dorchester]] branch. Payslip details: sort code 30-96-26, account [[ID_NUMBER:18570342]], NI number [[ID_NUMBER:QH 48 21 95 C]].""",
    """During the call [[PERSON:Abdirahman]] gave the secondary address [[ADDRESS:Suite 88]], [[ADDRESS:1409 Lakeshore Blvd]] for posting [[PERSON:Inês Carvalho]]'s documents; her Portuguese tax number is [[ID_NUMBER:238471934]] and her mobile [[PHONE_NUMBER:+351 912 408 337]].""",
    """{"loan_id": "MF-KH-20931", "borrower": {"name": "[[PERSON:Sophea Chan]]", "phone": "[[PHONE_NUMBER:+855 12 884 301]]", "province": "[[LOCATION:Prey Veng]]", "national_id": "[[ID_NUMBER:010472839]]"}, "amount_usd": 1200, "cycle": 2, "officer": "[[PERSON:Vannak Sok]]", "disbursed_on": "[[DATE_TIME:2024-03-11]]"}""",
    """SELECT * FROM patients WHERE last_name = '[[PERSON:Okwuosa]]' AND dob = '[[DATE_TIME:1983-09-17]]';
-- 1 row: id=[[ID_NUMBER:88213]], first_name='[[PERSON:Chidinma]]', phone='[[PHONE_NUMBER:+1 832 447 1093]]', email='[[EMAIL_ADDRESS:chidinma.okwuosa@gmail.com]]', ssn='[[US_SSN:618-40-2297]]'""",
    """<Patient><name use='official'><family>[[PERSON:Haddad]]</family><given>[[PERSON:Rami]]</given></name><gender>male</gender><birthDate>[[DATE_TIME:1975-12-01]]</birthDate><identifier system='http://hl7.org/fhir/sid/us-ssn'>[[US_SSN:534-28-8190]]</identifier><telecom>[[PHONE_NUMBER:313-582-7740]]</telecom><address><line>[[ADDRESS:6120 Wyoming Ave]]</line><city>[[LOCATION:Dearborn]]</city><state>[[LOCATION:MI]]</state><postalCode>[[ZIP_CODE:48126]]</postalCode></address></Patient>""",
    """users:
  - name: [[PERSON:Keiko Tanabe]]
    email: [[EMAIL_ADDRESS:k.tanabe@tanabe-lab.jp]]
    ssh_from: [[IP_ADDRESS:203.141.77.9]]
    role: admin
  - name: [[PERSON:Ravi Subramaniam]]
    email: [[EMAIL_ADDRESS:ravi.s@tanabe-lab.jp]]
    ssh_from: [[IP_ADDRESS:49.207.132.58]]
    role: dev""",
    """const testUser = {
  fullName: '[[PERSON:Gabriela Souza Lima]]',
  cpf: '[[ID_NUMBER:483.920.175-79]]',
  phone: '[[PHONE_NUMBER:+55 11 98437-2106]]',
  cep: '[[ZIP_CODE:04538-132]]',
  street: '[[ADDRESS:Rua Funchal, 418]]',
  city: '[[LOCATION:São Paulo]]',
};""",
    """#77120 - Store: [[LOCATION:Birmingham]] Bullring
Customer: [[PERSON:Mohammed Rafiq]] | DOB [[DATE_TIME:09/09/1991]] | [[PHONE_NUMBER:07865 330 218]]
Issue: customer says staff member [[PERSON:Kelly]] added handset insurance (9.99/m) without his consent when he upgraded on [[DATE_TIME:14/06/2024]]. Wants the refund to the card ending 8841.""",
    """[[IP_ADDRESS:86.12.201.77]] - [[USERNAME:jwhitlam]] [12/Mar/2024:10:04:55 +0000] "GET /account/profile?email=[[EMAIL_ADDRESS:jo.whitlam@gmail.com]] HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0" """,
    """[[PERSON:Thelonious]]'s second-floor studio at [[ADDRESS:77 Rue Saint-Denis]], [[LOCATION:Montréal]] is sublet to [[PERSON:Mireille Tremblay]] from [[DATE_TIME:July 1st]]; she is [[AGE:24]], a [[NRP:Haitian]] citizen, and paid the deposit with [[CREDIT_CARD:5301 2588 6701 9431]].""",
    """AFFIDAVIT OF IDENTITY
I, [[PERSON:Marguerite Anne Kowalczyk]], being duly sworn, state that I was born on [[DATE_TIME:February 27, 1964]] in [[LOCATION:Scranton]], [[LOCATION:Pennsylvania]]; that my Social Security number is [[US_SSN:209-44-7361]]; and that I have also been known as [[PERSON:Peggy Kowal]].
Subscribed and sworn before me on [[DATE_TIME:September 9, 2024]].
[[PERSON:Dennis Farraday]], Notary Public""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Tevita Fifita]], [[AGE:63]] y/o M
NHI: [[ID_NUMBER:ZAC4829]]
Admitted: [[DATE_TIME:03/04/2024]]   Discharged: [[DATE_TIME:08/04/2024]]
Diagnosis: community-acquired pneumonia, resolving
GP: [[PERSON:Dr. Ruth Hamill]], [[LOCATION:Ōtāhuhu]]
Next of kin: [[PERSON:Salote Fifita]] (wife), [[PHONE_NUMBER:027 551 8034]]""",
    """2024-01-07T21:14:03Z vtu-gw INFO recharge ok msisdn=[[PHONE_NUMBER:2348031127745]] network=MTN amount=1000 wallet_user=[[USERNAME:tundeade]] ref=VTU-9928341
2024-01-07T21:14:09Z vtu-gw ERROR recharge failed msisdn=[[PHONE_NUMBER:2349051873302]] network=GLO amount=500 wallet_user=[[USERNAME:tundeade]] reason=INVALID_NUMBER""",
    """GROUP LOAN AGREEMENT
Centre: [[LOCATION:Anna Nagar]], [[LOCATION:Madurai]]   Group 14
Members: [[PERSON:Kavitha Ramasamy]] (Aadhaar [[ID_NUMBER:7384 9162 0551]]), [[PERSON:Pandiammal S.]], [[PERSON:Jeya Rani]]
Each member jointly guarantees the repayment of Rs 40,000 per member over 24 fortnightly instalments.
Signed at [[LOCATION:Madurai]] on [[DATE_TIME:18-01-2024]] in the presence of the branch manager, [[PERSON:R. Senthil Kumar]].""",
    """Customer [[PERSON:Hla Hla Win]] bought a Vivo Y17s for 389,000 MMK on instalment. Phone [[PHONE_NUMBER:09 7645 11820]], NRC [[ID_NUMBER:12/ThaGaKa(N)093361]], address [[ADDRESS:No. 19, Thitsar Road]], [[LOCATION:South Okkalapa]], [[LOCATION:Yangon]]. Guarantor: her husband [[TITLE:U]] [[PERSON:Myo Min Thant]].""",
    """Hello [[PERSON:Valentina]], your Nimble Savings profile shows [[DATE_TIME:04/17/2001]] as your birthday and [[ADDRESS:340 Chestnut Hill Ave, Unit 12]], [[LOCATION:Brookline]], [[LOCATION:MA]] [[ZIP_CODE:02445]] as your address. Your card [[CREDIT_CARD:2221004719385560]] with CVV 903 expires 08/26.""",
    """[[PERSON:Obinna]] the Dynamic Metrics Engineer connected via [[IP_ADDRESS:102.89.45.131]] and MAC A4:5E:60:D2:18:7B; his driver's licence [[ID_NUMBER:ABC29841BD17]] and home [[ADDRESS:14 Admiralty Way]], [[LOCATION:Lekki]], [[LOCATION:Lagos]] were uploaded to the HR portal.""",
    """Reference letter
[[DATE_TIME:12 November 2023]]
To whom it may concern,
I have known [[PERSON:Ms. Farida Yusupova]] since she joined our team in [[DATE_TIME:March 2019]]. She was born on [[DATE_TIME:5 January 1990]] in [[LOCATION:Tashkent]] and is an [[NRP:Uzbek]] national currently living at [[ADDRESS:31 Ashgrove Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS7 9LQ]].
Yours faithfully,
[[PERSON:Graham Thorne]]""",
    """{"ts":"2024-05-02T11:20:44Z","level":"info","msg":"kyc_passed","customer":{"id":"[[ID_NUMBER:CUS-4471920]]","name":"[[PERSON:Adaobi Nnamdi]]","nin":"[[ID_NUMBER:48203917564]]","phone":"[[PHONE_NUMBER:+2348126604391]]"},"device":{"ip":"[[IP_ADDRESS:105.112.38.244]]","ua":"Dalvik/2.1.0 (Linux; U; Android 13; TECNO KI5k)"}}""",
    """PROPERTY LEASE - SCHEDULE A
Landlord: [[PERSON:Vikram Bhatia]], [[ADDRESS:402 Sunrise Towers, Linking Road]], [[LOCATION:Bandra West]], [[LOCATION:Mumbai]] [[ZIP_CODE:400050]]
Tenant: [[PERSON:Chen Jing]], passport [[ID_NUMBER:EJ4720193]], [[NRP:Chinese]] national
Commencement: [[DATE_TIME:1st April 2024]]   Term: 11 months
Monthly rent: Rs 85,000 payable to the Landlord's account [[ID_NUMBER:50100271849036]]""",
    """Wire request: pay EUR 4,250.00 to [[PERSON:Lukas Brandstätter]], IBAN [[IBAN_CODE:DE44 5001 0517 5407 3249 31]], BIC INGDDEFFXXX, reference "Rechnung 2024-118". Requested by [[PERSON:Sophie Marchetti]] ([[EMAIL_ADDRESS:s.marchetti@brightwave.eu]]) on [[DATE_TIME:Tue 9 April 2024, 16:05]].""",
    """MOBILE MONEY AGENT REGISTER (page 12)
Date: [[DATE_TIME:22/07/2024]]   Agent till: 508211   Location: [[LOCATION:Kisumu]] bus park
Customer: [[PERSON:Akinyi Odhiambo]]   ID: [[ID_NUMBER:27504813]]   Phone: [[PHONE_NUMBER:0701 338 926]]   Deposit: KES 3,500
Customer: [[PERSON:Otieno Ouma]]   ID: [[ID_NUMBER:13086427]]   Phone: [[PHONE_NUMBER:0723 117 054]]   Withdrawal: KES 12,000""",
    """Please address all correspondence to [[PERSON:Prof. Henrietta Adjei-Boateng]], Department of Economics, [[ADDRESS:Room 3.14, 10 George Square]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH8 9JX]]; ORCID 0000-0002-4418-7735, email [[EMAIL_ADDRESS:h.adjei-boateng@ed.ac.uk]].""",
    """<sim_kyc>
  <msisdn>[[PHONE_NUMBER:+8801819447260]]</msisdn>
  <operator>Robi</operator>
  <full_name>[[PERSON:Tahmina Akter]]</full_name>
  <father_name>[[PERSON:Abdul Karim]]</father_name>
  <nid>[[ID_NUMBER:4158203964]]</nid>
  <dob>[[DATE_TIME:1997-08-23]]</dob>
  <thana>[[LOCATION:Mirpur]]</thana>
  <district>[[LOCATION:Dhaka]]</district>
  <biometric_ok>true</biometric_ok>
</sim_kyc>""",
    """Hey [[PERSON:Cassius]], the Regional Paradigm Designer at [[LOCATION:Kuala Lumpur]] wants your IPv4 ([[IP_ADDRESS:175.139.204.61]]), your MyKad number [[ID_NUMBER:880514-14-5273]] and a copy of your card [[CREDIT_CARD:3566002020360455]] before [[DATE_TIME:15 August]] for the trip booking.""",
    """Lender: Kiva Field Partner. Borrower [[PERSON:Ana Lucía Quispe Mamani]], [[AGE:35]], weaver from [[LOCATION:Juliaca]], [[LOCATION:Puno]], requests USD 850 to buy alpaca yarn; she has repaid two earlier loans on time. Contact via her daughter [[PERSON:Yesenia]] at [[PHONE_NUMBER:+51 951 407 266]].""",
    """MINUTES - Tenants' Association, [[DATE_TIME:Thursday 7 March 2024]]
Present: [[PERSON:Delroy Campbell]] (chair), [[PERSON:Precious Nwachukwu]], [[PERSON:Mrs. Edna Fairweather]] ([[ADDRESS:Flat 11]]), [[PERSON:Tariq]] from [[ADDRESS:Flat 4]]
1. [[PERSON:Mrs. Fairweather]], [[AGE:84]], asked again about the lift; the landlord's agent [[PERSON:Simon Patel]] ([[PHONE_NUMBER:07412 665 903]]) has promised an engineer.""",
    """POST /api/v2/wallet/topup HTTP/1.1
Host: api.quickload.ph
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMDI0In0.x9Tq
Content-Type: application/json

{"customer_email": "[[EMAIL_ADDRESS:angelica.r.tolentino@gmail.com]]", "target_msisdn": "[[PHONE_NUMBER:09271840563]]", "amount": 299, "promo": "GIGA99", "card": "[[CREDIT_CARD:4716209355810429]]", "cvv": "118"}""",
    """Hi, I'm [[PERSON:Nay Lin Htet]], ATOM shop agent in [[LOCATION:Mawlamyine]]. Customer [[PERSON:Nang Seng Hom]] (NRC [[ID_NUMBER:10/MaLaMa(N)204815]], born [[DATE_TIME:02.06.2000]]) wants her old number [[PHONE_NUMBER:09 7781 40269]] moved to a new eSIM.""",
    """CLAIM FOR WAGES - Employment Tribunal
Claimant: [[PERSON:Sinéad Gallagher]], [[ADDRESS:9 Oakley Park]], [[LOCATION:Blackrock]], Co. [[LOCATION:Dublin]] [[ZIP_CODE:A94 K2W8]]
PPSN: [[ID_NUMBER:6731048SA]]
Employer: Harbourview Catering Ltd
Start date: [[DATE_TIME:14 February 2022]]   Last day: [[DATE_TIME:30 June 2024]]
Unpaid amount: EUR 2,180 (holiday pay)""",
    """Subscriber record 0041 | [[PERSON:Rahul Verma]] | DOB [[DATE_TIME:19-10-1985]] | Aadhaar XXXX XXXX 3934 | mobile [[PHONE_NUMBER:+91 88264 30715]] | alt [[PHONE_NUMBER:011-2651 8840]] | eKYC done at POS [[LOCATION:Karol Bagh]] by [[PERSON:Sanjay]] | plan: 299 prepaid""",
    """Dear [[PERSON:Fredrik]], as Senior Response Liaison your new corporate card [[CREDIT_CARD:5578 9620 1134 7020]] (CVV 660, valid thru 10/29) was dispatched to [[ADDRESS:Storgatan 22, lgh 1103]], [[ZIP_CODE:411 38]] [[LOCATION:Göteborg]]. Your personnummer [[ID_NUMBER:19850312-4474]] is used for BankID login.""",
    """VETERINARY REGISTRATION
Owner: [[PERSON:Paulette Moreau-Lang]]
Address: [[ADDRESS:88 Glenmore Trail SW]], [[LOCATION:Calgary]], [[LOCATION:AB]] [[ZIP_CODE:T2V 2K8]]
Phone: [[PHONE_NUMBER:403-870-2264]]
Pet: Biscuit, beagle, 6 yrs, microchip 985112004419283
Emergency contact: [[PERSON:Luc Moreau]], [[PHONE_NUMBER:587-221-0936]]""",
    """UPDATE borrowers SET phone = '[[PHONE_NUMBER:+254 790 442 118]]', next_of_kin = '[[PERSON:Grace Chebet]]' WHERE national_id = '[[ID_NUMBER:30518427]]' AND branch = 'Nakuru';
-- requested by loan officer [[PERSON:Dennis Kiptoo]], [[DATE_TIME:2024-04-02]]""",
    """Good evening [[PERSON:Mrs. Aditi Rao]], we noticed a login to your Kotak app from [[IP_ADDRESS:157.48.112.90]] using Mozilla/5.0 (Linux; Android 14; SM-A546E). If this was not you, block card [[CREDIT_CARD:4895 3702 6614 2881]] and call us. Your registered mobile is [[PHONE_NUMBER:+91 97390 55214]].""",
    """Request for Medical Records
Patient name: [[PERSON:Desmond O'Toole]]
Date of birth: [[DATE_TIME:11 Nov 1949]]
Medicare no.: [[ID_NUMBER:2951 48737 1]]
Address: [[ADDRESS:Unit 5, 22 Bent Street]], [[LOCATION:Toowong]] [[LOCATION:QLD]] [[ZIP_CODE:4066]]
Records requested: all cardiology notes from [[DATE_TIME:2019-02-01]] to present
Signature: D. O'Toole   Date: [[DATE_TIME:3/6/2024]]""",
    """ငွေချေးသူ - [[TITLE:ဒေါ်]][[PERSON:စန်းစန်းမြင့်]]
မှတ်ပုံတင် - [[ID_NUMBER:၇/ပခန(နိုင်)၁၅၀၂၈၈]]
အသက် - [[AGE:၅၁]]
လိပ်စာ - [[ADDRESS:အမှတ် ၈၈၊ ဗိုလ်ချုပ်လမ်း]]၊ [[LOCATION:ပဲခူး]]
ဖုန်း - [[PHONE_NUMBER:၀၉ ၄၅၀ ၃၃၁ ၂၇၆]]
ချေးငွေပမာဏ - ကျပ် ၁,၀၀၀,၀၀၀
အာမခံသူ - [[TITLE:ဦး]][[PERSON:ကျော်စိုး]]""",
    """Dear valued customer [[PERSON:Mr. Segun Fashola]], your airtime loan of N500 on [[PHONE_NUMBER:0706 218 4490]] is due. Dial *606# to repay. Your BVN-linked account [[ID_NUMBER:2039517764]] will be debited after 7 days.""",
    """[Interface]
# laptop of [[PERSON:Björn Halvorsen]] ([[EMAIL_ADDRESS:bjorn.h@fjordtech.no]])
PrivateKey = 4Jc+Q1XWyRzJ9vVx0hS2sYmN8uT7aKpLfE3dGbCoHI=
Address = 10.8.0.14/32

[Peer]
Endpoint = [[IP_ADDRESS:84.210.33.197]]:51820
AllowedIPs = 0.0.0.0/0""",
    """The Crossroads Credit Union application for [[PERSON:Makana Akana]] lists employer Kalani Tours, job title Senior Booking Agent, home [[ADDRESS:94-1033 Waipahu St, Apt 7]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]], SSN [[US_SSN:575-31-8820]], and Hawaii license [[US_DRIVER_LICENSE:H08274419]].""",
    """A reminder for [[PERSON:Kagiso]], the Global Solutions Orchestrator: your flight on [[DATE_TIME:2024-11-30 06:45]] from [[LOCATION:Johannesburg]] requires the ID [[ID_NUMBER:8804125732088]] you used at booking; the seat was paid for with card [[CREDIT_CARD:340018726544191]].""",
    """SHIPMENT EXCEPTION
Consignee: [[PERSON:Ayşe Yıldırım]], [[ADDRESS:Bağdat Cad. No: 214 D: 9]], [[LOCATION:Kadıköy]], [[LOCATION:İstanbul]] [[ZIP_CODE:34728]]
Phone: [[PHONE_NUMBER:+90 532 418 77 05]]
TR identity no.: [[ID_NUMBER:31846207124]]
Reason: customs hold, recipient to provide invoice.""",
    """[[DATE_TIME:14 Mar 2024 09:12]] - [[PERSON:Mariam Tesfaye]] ([[EMAIL_ADDRESS:mariam.tesfaye@gmail.com]]) booked a consultation; phone [[PHONE_NUMBER:+1 (612) 804-3317]], address [[ADDRESS:2838 Cedar Ave S]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55407]], preferred language Amharic.""",
    """Dear Agent [[PERSON:Benedikt]], as Investor Quality Coordinator please confirm the transfer of CHF 9,800 from [[IBAN_CODE:CH84 0023 5184 7206 9103 3]] (owner [[PERSON:Nadia Keller-Rossi]], [[ADDRESS:Seefeldstrasse 131]], [[ZIP_CODE:8008]] [[LOCATION:Zürich]]) by replying from [[IP_ADDRESS:178.197.229.41]].""",
    """patient_id,visit_ts,note
[[ID_NUMBER:P-000381]],[[DATE_TIME:2024-03-02 10:15]],"[[PERSON:Mrs. Halloran]] ([[AGE:78]]) reports dizziness since [[DATE_TIME:Feb 28]]; daughter [[PERSON:Bridget]] phoned from [[PHONE_NUMBER:0419 227 083]]"
[[ID_NUMBER:P-000522]],[[DATE_TIME:2024-03-02 10:40]],"[[PERSON:K. Aboagye]] follow-up, BP fine, next review [[DATE_TIME:16 April]]\"""",
    """[[PERSON:Kyaw Gyi]], ya pyi. Customer [[PERSON:Phyo Wai Aung]] yae MPT number [[PHONE_NUMBER:09 4281 60357]] ko SIM card a thit lel pay lite, NRC [[ID_NUMBER:12/LaMaNa(N)077314]] ne register lote pee. Mwe nay [[DATE_TIME:28-8-1999]].""",
    """RECORD OF EMPLOYMENT
Employee: [[PERSON:Jasmine Kaur Sandhu]]   SIN: [[ID_NUMBER:628 173 049]]
Address: [[ADDRESS:1450 Harvie Rd, Unit 3]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V4N 2L9]]
First day worked: [[DATE_TIME:2021-09-07]]   Last day paid: [[DATE_TIME:2024-06-28]]
Reason for issuing: shortage of work""",
    """Greetings [[PERSON:Quinlan]], your Human Intranet Producer badge uses the personal IPv6 [[IP_ADDRESS:2600:1700:3ec0:a4f0:59c2:1b7e:e08d:4a12]]; the parking lot at [[ADDRESS:7719 Raynor Extension]], [[LOCATION:South Carmella]] will be closed on [[DATE_TIME:Friday, 13 September]] when you're scheduled in.""",
    """{"orderId": "SO-8831-224", "customer": {"name": "[[PERSON:Tamar Ben-David]]", "email": "[[EMAIL_ADDRESS:tamar.bd@walla.co.il]]", "phone": "[[PHONE_NUMBER:+972 52-418-3309]]", "teudatZehut": "[[ID_NUMBER:318274065]]"}, "shipping": {"street": "[[ADDRESS:Rehov Herzl 42, Apt 6]]", "city": "[[LOCATION:Haifa]]", "zip": "[[ZIP_CODE:3303412]]"}, "payment": {"iban": "[[IBAN_CODE:GB04 HBUK 4012 7681 5299 03]]"}}""",
    """COMPLAINT FORM - Telecommunications Ombudsman
Complainant: [[PERSON:Mere Tawhiri]]
Contact: [[PHONE_NUMBER:022 307 4419]] / [[EMAIL_ADDRESS:mere.tawhiri@xtra.co.nz]]
Address: [[ADDRESS:61 Rata Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]]
Provider: One NZ. Account number: [[ID_NUMBER:4418 2290 71]]
Summary: prepaid top-ups of 30 dollars were taken on three occasions in May but the plan did not renew.""",
    """User: [[USERNAME:aung.phyo.dev]]
Email: [[EMAIL_ADDRESS:aungphyo.dev@gmail.com]]
Last login: [[DATE_TIME:2024-07-19 22:41 +0630]] from [[IP_ADDRESS:37.111.14.208]] ([[LOCATION:Yangon]])
2FA phone: [[PHONE_NUMBER:+95 9 2640 18573]]
Status: active""",
    """Hi [[PERSON:Gwendolyn]], as Direct Markets Strategist you should know that [[PERSON:Mr. Emeka Nwosu]] of [[ADDRESS:5 Awolowo Road]], [[LOCATION:Ikoyi]] holds Nigerian passport [[ID_NUMBER:B50381927]] and card [[CREDIT_CARD:5168441298030373]] (exp 02/27, CVV 411), and his NIN ends 6620.""",
    """STATEMENT OF WITNESS
Name: [[PERSON:Patrick Joseph Donnelly]]   Age: [[AGE:44]]
Occupation: bus driver
Address: [[ADDRESS:17 Glenavy Road]], [[LOCATION:Lisburn]] [[ZIP_CODE:BT28 3UW]]
On [[DATE_TIME:Saturday 25 May 2024 at approximately 22:30]] I was driving the 523 service along the Hillsborough Road when I saw a man I now know to be [[PERSON:Connor Reilly]] run across in front of the bus.""",
    """customer_id: [[ID_NUMBER:MFI-CB-009214]]
name: [[PERSON:Chanthou Meas]]
sex: F
village: [[LOCATION:Kampong Tralach]]
phone: [[PHONE_NUMBER:+855 97 614 2208]]
loan_product: agri-seasonal
outstanding_khr: 2,400,000
co_borrower: [[PERSON:Sokha Meas]]""",
    """Dear [[PERSON:Ignatius]], please process the refund for order 2024-55813 to the account of [[PERSON:Beatriz Oliveira]], IBAN [[IBAN_CODE:PT72 0033 0000 4527 8190 3620 5]], whose device connected from [[IP_ADDRESS:94.63.148.22]] with user agent Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1.15.""",
    """Prepaid SIM purchase log - outlet [[LOCATION:Tsim Sha Tsui]]
[[DATE_TIME:08/05/2024 14:02]] [[PERSON:Ramesh Gurung]], HKID [[ID_NUMBER:R492817(1)]], number [[PHONE_NUMBER:6418 2735]]
[[DATE_TIME:08/05/2024 14:19]] [[PERSON:Siti Nurhaliza binti Rahman]], passport [[ID_NUMBER:A43918201]], number [[PHONE_NUMBER:5183 9064]]""",
    """Loan Agreement Amendment
Borrower: [[PERSON:Mercy Atieno Owino]] (ID [[ID_NUMBER:29381764]]), of [[LOCATION:Homa Bay]]
The borrower's request dated [[DATE_TIME:10 June 2024]] to reschedule the balance of KES 18,400 after her shop flooded is approved. The new first repayment falls on [[DATE_TIME:1 August 2024]] and is collected by M-Pesa from [[PHONE_NUMBER:0729 551 806]].""",
    """2024/03/15 13:22:07 [error] 2211#2211: *8812 open() "/var/www/html/uploads/[[PERSON:kate_mbeki]]_passport.jpg" failed (2: No such file or directory), client: [[IP_ADDRESS:41.13.220.87]], server: portal.kyc.co.za, request: "GET /uploads/[[PERSON:kate_mbeki]]_passport.jpg HTTP/1.1" """,
    """[[PERSON:Alexei]]'s ex-roommate [[PERSON:Yerlan Abenov]] (born [[DATE_TIME:29 Dec 1996]], [[AGE:27]], [[NRP:Kazakh]]) still gets his mail at [[ADDRESS:Apt 9C, 560 Riverside Dr]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10027]]; his Kaspi card [[CREDIT_CARD:4000123409871235]] is linked to [[PHONE_NUMBER:+7 701 448 2097]].""",
    """HOME LOAN PRE-APPROVAL
Applicants: [[PERSON:Liam Fitzgerald]] and [[PERSON:Niamh Fitzgerald]]
Current address: [[ADDRESS:4 The Crescent, Millbrook Lawns]], [[LOCATION:Tallaght]], [[LOCATION:Dublin 24]]
PPSNs: [[ID_NUMBER:3318406D]], [[ID_NUMBER:7153294VA]]
Combined gross income: EUR 112,000
Approval valid until: [[DATE_TIME:31/12/2024]]""",
    """{"msisdn":"[[PHONE_NUMBER:09778130452]]","full_name":"[[PERSON:Maria Clara Santos]]","dob":"[[DATE_TIME:1988-02-29]]","id":{"type":"drivers_license","number":"[[ID_NUMBER:N01-88-004417]]"},"address":"[[ADDRESS:1204 Ilang-Ilang St]], [[LOCATION:Makati]]","selfie_match":0.93,"status":"REGISTERED"}""",
    """To: [[PERSON:Chiara Bellandi]] <[[EMAIL_ADDRESS:chiara.bellandi@libero.it]]>
Subject: Conferma appuntamento
Date: 02 Apr 2024 09:15:11 +0200
Hi [[PERSON:Chiara]], as discussed your codice fiscale [[ID_NUMBER:BLLCHR88D54F205S]] and IBAN [[IBAN_CODE:IT94 B030 6909 6061 0000 0063 517]] are now on file. See you [[DATE_TIME:Thursday 4 April at 11:00]] at our [[LOCATION:Milano]] office.""",
    """[[PERSON:Kayla]] from the phone shop here. [[PERSON:Jamal Whitfield]]'s Galaxy S24 is repaired; pick-up at our [[LOCATION:Bethesda]] location. Account PIN 2290 verified, callback [[PHONE_NUMBER:301-448-9021]], email [[EMAIL_ADDRESS:jwhitfield.dc@gmail.com]]. Paid with card ending 0375.""",
    """Borrower profile - [[PERSON:Roza Abdullaeva]], [[AGE:42]], widow, sells dried fruit at the [[LOCATION:Osh]] bazaar. Passport [[ID_NUMBER:ID1483920]], phone [[PHONE_NUMBER:+996 555 318 402]]. Previous loan repaid on [[DATE_TIME:3 March 2024]].""",
    """Re: SIM card registration (Yangon)
[[PERSON:Thiha Zaw]] here. The form asked for my father's name ([[TITLE:U]] [[PERSON:Zaw Win]]), my NRC [[ID_NUMBER:12/DaGaNa(N)145522]], my date of birth ([[DATE_TIME:7 July 1991]]) and a photo. The number they gave me is [[PHONE_NUMBER:09 9650 21843]]. My email is [[EMAIL_ADDRESS:thihazaw91@outlook.com]].""",
    """PERSONNEL FILE UPDATE
Name: [[PERSON:Dr. Oyelaran Babatunde]]
Staff no.: [[ID_NUMBER:LUTH/MED/04417]]
New address: [[ADDRESS:Plot 22, Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]
Religion: [[NRP:Christian]]
Date of transfer: [[DATE_TIME:1 May 2024]]""",
    """[[DATE_TIME:Mon 03 Jun 2024, 18:40]] // [[PERSON:Sakura Ishikawa]] // [[EMAIL_ADDRESS:sakura.ishikawa@docomo.ne.jp]] // [[PHONE_NUMBER:090-4418-2273]] // [[ADDRESS:3-14-2 Jingumae]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:150-0001]] // paid by [[CREDIT_CARD:3589210377615545]]""",
    """# seed data for staging - DO NOT use real people
INSERT INTO members (member_no, name, email, phone, city) VALUES
('[[ID_NUMBER:M-30021]]', '[[PERSON:Hamza Siddiqui]]', '[[EMAIL_ADDRESS:hamza.sid@yahoo.com]]', '[[PHONE_NUMBER:+44 7911 420 387]]', '[[LOCATION:Bradford]]'),
('[[ID_NUMBER:M-30022]]', '[[PERSON:Olivia Brennan]]', '[[EMAIL_ADDRESS:liv.brennan@gmail.com]]', '[[PHONE_NUMBER:+44 7700 812 294]]', '[[LOCATION:Leeds]]');""",
    """Mingalaba, [[PERSON:Htet Aung]] ko. Phone shop ka [[TITLE:Ma]] [[PERSON:Khine Zin]] par. Ashin yae Redmi Note 13 ko installment 6 la nae yu ya mal. NRC copy, ein taung su ma hmat pone tin, ne phone number [[PHONE_NUMBER:09 2548 66130]] lo par tal.""",
    """Conversation summary (voice bot): caller [[PERSON:Imani Wanjiku]] asked about her overdue loan. She confirmed her ID [[ID_NUMBER:33619024]] and date of birth [[DATE_TIME:14 February 1993]], and promised to pay KES 2,000 via M-Pesa by [[DATE_TIME:Friday 28 June]] from [[PHONE_NUMBER:0114 882 307]].""",
    """Your electricity bill is now overdue, [[PERSON:Florin Popescu]]. Account holder address: [[ADDRESS:Strada Mihai Eminescu 48, ap. 12]], [[LOCATION:Cluj-Napoca]]. Pay online, at any post office, or by card. Customer no. [[ID_NUMBER:1100448273]].""",
    """IMMUNISATION RECORD
Child: [[PERSON:Aarav Nair]]   DOB: [[DATE_TIME:15/08/2022]]
Parent/guardian: [[PERSON:Divya Nair]], [[PHONE_NUMBER:0433 718 204]]
Medicare: [[ID_NUMBER:4172 58395 2]]
18-month vaccines given [[DATE_TIME:20/02/2024]] by [[PERSON:Nurse Joanne Pike]] at [[LOCATION:Parramatta]] clinic.""",
    """Jira DEV-4410: PII found in test fixture tests/fixtures/users.json - entries for [[PERSON:Natasha Ivanova]] ([[EMAIL_ADDRESS:n.ivanova@mail.ru]], [[PHONE_NUMBER:+7 916 204-38-17]]) and [[PERSON:Pyotr Sorokin]] (passport [[ID_NUMBER:4509 218734]]). Reporter: [[USERNAME:akowalski]]. Please replace with synthetic data.""",
    """Yo [[PERSON:Delphine]], as Forward Creative Officer your tax form needs: address [[ADDRESS:1301 Ocean Ave, #5]], [[LOCATION:Santa Monica]], [[LOCATION:CA]] [[ZIP_CODE:90401]], SSN [[US_SSN:561-09-4427]], US passport [[US_PASSPORT:583920174]], and the last four of your card (9101).""",
    """Microfinance branch - daily collection sheet, [[DATE_TIME:Wednesday 17 April 2024]]
Officer: [[TITLE:Ma]] [[PERSON:Thet Htar Swe]]
1. [[TITLE:Daw]] [[PERSON:Tin Tin Aye]] - 25,000 - [[PHONE_NUMBER:09 4730 15528]]
2. [[TITLE:Daw]] [[PERSON:Khin Sandar Lin]] - 25,000 - [[PHONE_NUMBER:09 7968 33012]]
3. [[TITLE:Daw]] [[PERSON:Myint Myint Kyi]] - absent, to pay tomorrow""",
    """Thank you for registering, [[PERSON:Hyun-woo Park]]. Your username is [[USERNAME:hwpark_92]] and your recovery email is [[EMAIL_ADDRESS:hyunwoo.park92@naver.com]]. We sent a code to [[PHONE_NUMBER:010-4182-7730]]. Registered from [[IP_ADDRESS:211.36.142.15]].""",
    """SUBPOENA DUCES TECUM
To: Custodian of Records, Metro PCS
You are commanded to produce all subscriber information, call detail records and cell-site data for [[PHONE_NUMBER:(702) 418-3395]], subscribed to [[PERSON:Jaylen Moore]] of [[ADDRESS:3315 E. Charleston Blvd, Apt 112]], [[LOCATION:Las Vegas]], [[LOCATION:NV]] [[ZIP_CODE:89104]], for the period [[DATE_TIME:March 1, 2024]] through [[DATE_TIME:March 31, 2024]].""",
]

TABLE = [
    """name,phone,topup_amount,operator,date
[[PERSON:Aung Ko Latt]],[[PHONE_NUMBER:09795521043]],3000,ATOM,2024-05-01
[[PERSON:Ei Mon Kyaw]],[[PHONE_NUMBER:09428017736]],5000,MPT,2024-05-01
[[PERSON:Sithu Naing]],[[PHONE_NUMBER:09965304418]],1000,Mytel,2024-05-02""",
    """| Member | ID No. | Phone | Village | Loan (KES) | Status |
|---|---|---|---|---|---|
| [[PERSON:Njeri Wambui]] | [[ID_NUMBER:25908134]] | [[PHONE_NUMBER:0722 418 330]] | [[LOCATION:Githunguri]] | 20,000 | current |
| [[PERSON:Faith Chepkoech]] | [[ID_NUMBER:30412875]] | [[PHONE_NUMBER:0718 902 644]] | [[LOCATION:Kapsabet]] | 15,000 | arrears |
| [[PERSON:Mary Akoth]] | [[ID_NUMBER:27731096]] | [[PHONE_NUMBER:0795 116 207]] | [[LOCATION:Siaya]] | 35,000 | current |""",
    """emp_id\tfirst\tlast\temail\tdept\tstart_date
[[ID_NUMBER:10442]]\t[[PERSON:Priscilla]]\t[[PERSON:Obeng]]\t[[EMAIL_ADDRESS:p.obeng@harwoodgroup.co.uk]]\tFinance\t[[DATE_TIME:2019-03-04]]
[[ID_NUMBER:10517]]\t[[PERSON:Declan]]\t[[PERSON:Hughes]]\t[[EMAIL_ADDRESS:d.hughes@harwoodgroup.co.uk]]\tIT\t[[DATE_TIME:2021-11-15]]
[[ID_NUMBER:10602]]\t[[PERSON:Mei]]\t[[PERSON:Tanaka-Ross]]\t[[EMAIL_ADDRESS:m.tanakaross@harwoodgroup.co.uk]]\tLegal\t[[DATE_TIME:2023-06-26]]""",
    """{"name": "[[PERSON:Carlos Mendoza]]", "age": [[AGE:41]], "city": "[[LOCATION:El Paso]]", "plan": "Unlimited Plus", "line": "[[PHONE_NUMBER:915-204-7781]]"}
{"name": "[[PERSON:Lupita Mendoza]]", "age": [[AGE:16]], "city": "[[LOCATION:El Paso]]", "plan": "Kids", "line": "[[PHONE_NUMBER:915-204-7782]]"}
{"name": "[[PERSON:Rubén Mendoza]]", "age": [[AGE:12]], "city": "[[LOCATION:El Paso]]", "plan": "Kids", "line": "[[PHONE_NUMBER:915-204-7783]]"}""",
    """PATIENT            DOB         WARD  CONSULTANT        NHS NUMBER
[[PERSON:Agnes Whitlow]]      [[DATE_TIME:02/03/1936]]  B4    [[PERSON:Dr. Mahmood]]       [[ID_NUMBER:943 176 0258]]
[[PERSON:Bernard Kiely]]      [[DATE_TIME:17/11/1944]]  B4    [[PERSON:Dr. Mahmood]]       [[ID_NUMBER:613 840 2790]]
[[PERSON:Olu Adeyinka]]       [[DATE_TIME:29/06/1958]]  C1    [[PERSON:Dr. Fenwick]]       [[ID_NUMBER:401 257 3861]]""",
    """- customer: [[PERSON:Nadia Rahman]]
  msisdn: "[[PHONE_NUMBER:+60 12-418 3307]]"
  ic: "[[ID_NUMBER:920317-10-6628]]"
  plan: Hotlink Prepaid
  registered: [[DATE_TIME:2024-01-22]]
- customer: [[PERSON:Arumugam Pillai]]
  msisdn: "[[PHONE_NUMBER:+60 16-702 9914]]"
  ic: "[[ID_NUMBER:751104-08-5341]]"
  plan: Postpaid 98
  registered: [[DATE_TIME:2024-01-23]]""",
    """Name: [[PERSON:Hyacinth Barrett]]
Date of birth: [[DATE_TIME:19 October 1962]]
Address: [[ADDRESS:23 Windsor Road]], [[LOCATION:Kingston 10]], [[LOCATION:Jamaica]]
TRN: [[ID_NUMBER:118-402-776]]
Phone: [[PHONE_NUMBER:(876) 927-4418]]
Next of kin: [[PERSON:Andre Barrett]] (son)""",
    """Student No.,Surname,Given names,Programme,Nationality,Email
[[ID_NUMBER:2240917]],[[PERSON:Oyelowo]],[[PERSON:Temitope Grace]],MSc Data Science,[[NRP:Nigerian]],[[EMAIL_ADDRESS:t.oyelowo@student.uwe.ac.uk]]
[[ID_NUMBER:2241305]],[[PERSON:Nguyen]],[[PERSON:Thi Hoa]],MSc Data Science,[[NRP:Vietnamese]],[[EMAIL_ADDRESS:hoa.nguyen2@student.uwe.ac.uk]]
[[ID_NUMBER:2241388]],[[PERSON:Haidari]],[[PERSON:Farzana]],MSc Data Science,[[NRP:Afghan]],[[EMAIL_ADDRESS:f.haidari@student.uwe.ac.uk]]""",
    """အမည်            | ဖုန်း           | မြို့နယ်      | ငွေဖြည့်
[[PERSON:မိုးမိုးခိုင်]]     | [[PHONE_NUMBER:၀၉၂၅၀၄၄၁၈၇၃]]  | [[LOCATION:အင်းစိန်]]     | ၅၀၀၀
[[PERSON:ဝင်းနိုင်ဦး]]    | [[PHONE_NUMBER:၀၉၇၇၅၂၃၀၉၁၄]]  | [[LOCATION:သာကေတ]]     | ၁၀၀၀၀
[[PERSON:ချိုမာလွင်]]    | [[PHONE_NUMBER:၀၉၉၆၁၄၀၈၂၅၃]]  | [[LOCATION:ကမာရွတ်]]    | ၃၀၀၀""",
    """ticket  | opened     | customer           | device         | imei            | contact
T-30411 | [[DATE_TIME:2024-06-03]] | [[PERSON:Grace Osei-Tutu]]    | iPhone 13      | 351948220471183 | [[PHONE_NUMBER:024 418 3390]]
T-30412 | [[DATE_TIME:2024-06-03]] | [[PERSON:Kwame Boateng]]      | Tecno Spark 20 | 864017059238714 | [[PHONE_NUMBER:055 902 7716]]
T-30415 | [[DATE_TIME:2024-06-04]] | [[PERSON:Abena Owusu]]        | Galaxy A05     | 352811904377265 | [[PHONE_NUMBER:020 337 8841]]""",
    """account_holder;iban;bic;city
[[PERSON:Johanna Vogt]];[[IBAN_CODE:DE10100700240934716200]];DEUTDEBBXXX;[[LOCATION:Berlin]]
[[PERSON:Emre Aksoy]];[[IBAN_CODE:DE93120300000033461907]];BYLADEM1001;[[LOCATION:Potsdam]]
[[PERSON:Ruud van Leeuwen]];[[IBAN_CODE:NL52INGB0007731924]];INGBNL2A;[[LOCATION:Utrecht]]""",
    """Guest              Room   Arrive      Depart      Passport      Country
[[PERSON:Mr. Hiroshi Sato]]   412    [[DATE_TIME:05 Jul]]      [[DATE_TIME:09 Jul]]      [[ID_NUMBER:TK8830147]]     [[LOCATION:Japan]]
[[PERSON:Ms. Amara Diallo]]   415    [[DATE_TIME:05 Jul]]      [[DATE_TIME:07 Jul]]      [[ID_NUMBER:18AD40297]]     [[LOCATION:Senegal]]
[[PERSON:Mrs. Ines Romero]]   502    [[DATE_TIME:06 Jul]]      [[DATE_TIME:12 Jul]]      [[ID_NUMBER:PAB204718]]     [[LOCATION:Spain]]""",
    """Borrower: [[PERSON:Sumaiya Khatun]]
Group: Shapla 7
Mobile: [[PHONE_NUMBER:01819-204773]]
NID: [[ID_NUMBER:2694018273]]
Loan cycle: 4
Principal: BDT 45,000
Weekly instalment: BDT 1,040
Husband: [[PERSON:Jamal Uddin]]""",
    """| # | Name | Age | Sex | Blood group | Bed |
|---|------|-----|-----|-------------|-----|
| 1 | [[PERSON:Ravi Chandran]] | [[AGE:67]] | M | B+ | 12 |
| 2 | [[PERSON:Meenakshi Iyer]] | [[AGE:54]] | F | O+ | 14 |
| 3 | [[PERSON:Joseph D'Souza]] | [[AGE:71]] | M | A- | 15 |
| 4 | [[PERSON:Fathima Beevi]] | [[AGE:49]] | F | AB+ | 16 |""",
    """username,email,last_login_ip,signup
[[USERNAME:mzwakhe_n]],[[EMAIL_ADDRESS:mzwakhe.ndlovu@gmail.com]],[[IP_ADDRESS:105.224.17.93]],[[DATE_TIME:2022-08-11]]
[[USERNAME:lindiwe.k]],[[EMAIL_ADDRESS:lindiwek@webmail.co.za]],[[IP_ADDRESS:41.116.203.58]],[[DATE_TIME:2023-01-30]]
[[USERNAME:pieterb]],[[EMAIL_ADDRESS:pieter.botha@mweb.co.za]],[[IP_ADDRESS:196.25.140.7]],[[DATE_TIME:2023-05-04]]""",
    """Name: [[PERSON:Mya Thida Soe]]
Father's name: [[TITLE:U]] [[PERSON:Soe Myint]]
NRC: [[ID_NUMBER:12/BaHaNa(N)031847]]
DOB: [[DATE_TIME:21-04-1989]]
Phone: [[PHONE_NUMBER:09 4211 35087]]
Address: [[ADDRESS:No. 5, Kaba Aye Pagoda Road]], [[LOCATION:Bahan]], [[LOCATION:Yangon]]
SIM type: Ooredoo prepaid""",
    """card_holder,card_number,exp,amount,merchant
[[PERSON:Sarah O'Brien]],[[CREDIT_CARD:4929 3310 7462 0856]],05/27,59.99,FreshDirect
[[PERSON:Daniel Okafor]],[[CREDIT_CARD:5425 2334 3010 9101]],11/26,120.00,FreshDirect
[[PERSON:Kim Min-ji]],[[CREDIT_CARD:6011 5520 8830 1472]],02/28,34.50,FreshDirect""",
    """A mee             Phone            Chay ngway     Pyan pay ya mae nay
[[TITLE:Daw]] [[PERSON:Hla Myint]]     [[PHONE_NUMBER:09 7840 22519]]    300,000        [[DATE_TIME:5.6.2024]]
[[TITLE:Daw]] [[PERSON:Thin Thin Oo]]  [[PHONE_NUMBER:09 4012 77364]]    500,000        [[DATE_TIME:12.6.2024]]
[[TITLE:U]] [[PERSON:Tun Lwin]]        [[PHONE_NUMBER:09 2561 90483]]    250,000        [[DATE_TIME:19.6.2024]]""",
    """player_tag         real_name          country   dob
[[USERNAME:Sh4dowFox]]          [[PERSON:Lukas Nowak]]        [[LOCATION:PL]]        [[DATE_TIME:2003-02-17]]
[[USERNAME:kiwi_kaia]]          [[PERSON:Kaia Morrison]]      [[LOCATION:NZ]]        [[DATE_TIME:2001-09-08]]
[[USERNAME:MangoLassi]]         [[PERSON:Harpreet Gill]]      [[LOCATION:CA]]        [[DATE_TIME:1999-12-30]]""",
    """Tenant\tUnit\tLease start\tRent\tPhone
[[PERSON:Jorge Alvarado]]\t[[ADDRESS:Apt 2B]]\t[[DATE_TIME:6/1/2023]]\t$1,450\t[[PHONE_NUMBER:(505) 883-2017]]
[[PERSON:Keisha Lawrence]]\t[[ADDRESS:Apt 3A]]\t[[DATE_TIME:9/15/2023]]\t$1,520\t[[PHONE_NUMBER:(505) 414-9620]]
[[PERSON:Tuan Pham]]\t[[ADDRESS:Apt 4C]]\t[[DATE_TIME:1/1/2024]]\t$1,395\t[[PHONE_NUMBER:(505) 270-3358]]""",
    """{"agent": "[[PERSON:Esther Wangari]]", "till": "447102", "phone": "[[PHONE_NUMBER:0720 115 903]]", "location": "[[LOCATION:Thika]]"}
{"agent": "[[PERSON:Hassan Omar]]", "till": "447188", "phone": "[[PHONE_NUMBER:0733 608 214]]", "location": "[[LOCATION:Mombasa]]"}
{"agent": "[[PERSON:Wycliffe Barasa]]", "till": "447203", "phone": "[[PHONE_NUMBER:0746 290 551]]", "location": "[[LOCATION:Bungoma]]"}""",
    """Surname    | First name | SSN         | Filing status | State
[[PERSON:Kowalski]]   | [[PERSON:Brenda]]     | [[US_SSN:301-72-4408]] | MFJ           | [[LOCATION:OH]]
[[PERSON:Abernathy]]  | [[PERSON:Clyde]]      | [[US_SSN:448-19-3027]] | Single        | [[LOCATION:OK]]
[[PERSON:Nakamura]]   | [[PERSON:Joy]]        | [[US_SSN:576-88-1943]] | HOH           | [[LOCATION:NV]]""",
    """Pupil: [[PERSON:Isla McAllister]]
Class: P4
Date of birth: [[DATE_TIME:8 May 2016]]
Parent: [[PERSON:Fiona McAllister]]
Parent phone: [[PHONE_NUMBER:07845 219 663]]
Allergies: peanuts
Pickup allowed: Gran ([[PERSON:Moira Kerr]]), Uncle [[PERSON:Euan]]""",
    """MSISDN         ICCID                  Name               ID type   ID number          Outlet
[[PHONE_NUMBER:09171234508]]    8963031204882173019    [[PERSON:Rodel Manalo]]       UMID      [[ID_NUMBER:0111-2847390-3]]     [[LOCATION:Cubao]]
[[PHONE_NUMBER:09081844762]]    8963031204882173027    [[PERSON:Liza Soriano]]       Passport  [[ID_NUMBER:P4418203B]]          [[LOCATION:Cubao]]
[[PHONE_NUMBER:09615502291]]    8963031204882173035    [[PERSON:Bong Villareal]]     SSS       [[ID_NUMBER:33-9120475-8]]       [[LOCATION:Pasig]]""",
    """Donor,Gift,Postcode,Gift Aid
[[PERSON:Mrs. Patricia Henshaw]],50.00,[[ZIP_CODE:CV32 5HT]],Yes
[[PERSON:Mr. Rajinder Bains]],25.00,[[ZIP_CODE:LE4 6QP]],Yes
[[PERSON:Dr. Eilidh Fraser]],100.00,[[ZIP_CODE:AB15 4XN]],No
Anonymous,10.00,,No""",
    """ID       | Driver             | Licence       | Plate      | Phone
DRV-001  | [[PERSON:Sipho Ndaba]]        | [[ID_NUMBER:0102314FHZ]]    | [[ID_NUMBER:CA 482-917]] | [[PHONE_NUMBER:082 417 3306]]
DRV-002  | [[PERSON:Riaan Steyn]]        | [[ID_NUMBER:4071093KLP]]    | [[ID_NUMBER:CY 301-558]] | [[PHONE_NUMBER:071 908 2244]]
DRV-003  | [[PERSON:Thandeka Zulu]]      | [[ID_NUMBER:2203817MQX]]    | [[ID_NUMBER:ND 77-412]]   | [[PHONE_NUMBER:063 551 4097]]""",
    """အမည်: [[TITLE:ဒေါ်]][[PERSON:မြင့်မြင့်ချို]]
မှတ်ပုံတင်: [[ID_NUMBER:၅/မရန(နိုင်)၀၈၈၁၂၄]]
မွေးသက္ကရာဇ်: [[DATE_TIME:၃-၉-၁၉၇၅]]
ဖုန်း: [[PHONE_NUMBER:၀၉-၄၀၂၁၁၈၇၆၅]]
ရွာ: [[LOCATION:ကံကြီးကုန်း]]
ချေးငွေ: ၄၀၀,၀၀၀ ကျပ်""",
    """Contact list - Year 9 trip to [[LOCATION:Snowdonia]]
Student            Emergency contact       Number
[[PERSON:Harvey Lund]]        [[PERSON:Donna Lund]] (mum)        [[PHONE_NUMBER:07722 104 839]]
[[PERSON:Amira Haddad]]       [[PERSON:Samir Haddad]] (dad)      [[PHONE_NUMBER:07958 330 412]]
[[PERSON:Keelan Doyle]]       [[PERSON:Bernie Doyle]] (gran)     [[PHONE_NUMBER:0161 448 2091]]""",
    """id,full_name,dob,aadhaar,mobile,district
1,[[PERSON:Anita Kumari]],[[DATE_TIME:1991-06-12]],[[ID_NUMBER:861302759468]],[[PHONE_NUMBER:9934017825]],[[LOCATION:Gaya]]
2,[[PERSON:Sunil Paswan]],[[DATE_TIME:1986-01-03]],[[ID_NUMBER:649203187579]],[[PHONE_NUMBER:7061 448 290]],[[LOCATION:Nalanda]]""",
    """policy      insured              vehicle reg   insured_dob   renewal
PL-440182   [[PERSON:Aoife Brennan]]        [[ID_NUMBER:221-D-18342]]   [[DATE_TIME:1994-07-21]]    2025-01-01
PL-440191   [[PERSON:Cathal Ó Murchú]]      [[ID_NUMBER:191-C-4471]]    [[DATE_TIME:1982-11-02]]    2025-01-01
PL-440207   [[PERSON:Lina Petrauskaitė]]    [[ID_NUMBER:231-G-9930]]    [[DATE_TIME:1999-03-15]]    2025-01-01""",
    """wallet_id: W-00318
owner: [[PERSON:Yaw Darko]]
phone: [[PHONE_NUMBER:+233 24 418 7720]]
email: [[EMAIL_ADDRESS:yaw.darko@gmail.com]]
ghana_card: [[ID_NUMBER:GHA-713208451-6]]
kyc_level: 2
opened: [[DATE_TIME:2023-10-09]]""",
    """Name | Phone | NRC | Shop
[[PERSON:Zarni Htoo]] | [[PHONE_NUMBER:09 2540 17783]] | [[ID_NUMBER:9/PaThaKa(N)061124]] | Mandalay 2
[[PERSON:Ohnmar Win]] | [[PHONE_NUMBER:09 7955 04218]] | [[ID_NUMBER:9/AMaZa(N)102447]] | Mandalay 2
[[PERSON:Saw Eh Htoo]] | [[PHONE_NUMBER:09 4488 30921]] | [[ID_NUMBER:13/TaKaNa(N)114590]] | Taunggyi 1""",
    """Member             Joined        Email                          Tier
[[PERSON:Giorgos Papadakis]]  [[DATE_TIME:12.02.2020]]    [[EMAIL_ADDRESS:gpapadakis@otenet.gr]]           Gold
[[PERSON:Elif Şahin]]         [[DATE_TIME:03.08.2022]]    [[EMAIL_ADDRESS:elif.sahin@hotmail.com]]         Silver
[[PERSON:Marek Dvořák]]       [[DATE_TIME:27.11.2023]]    [[EMAIL_ADDRESS:marek.dvorak@seznam.cz]]         Silver""",
    """Respondent,Age,Gender,Region,Occupation,Phone
[[PERSON:Abdullahi Musa]],[[AGE:36]],M,[[LOCATION:Kano]],farmer,[[PHONE_NUMBER:0803 224 1187]]
[[PERSON:Hauwa Bello]],[[AGE:28]],F,[[LOCATION:Kaduna]],tailor,[[PHONE_NUMBER:0816 440 3902]]
[[PERSON:Emeka Uzor]],[[AGE:45]],M,[[LOCATION:Enugu]],trader,[[PHONE_NUMBER:0703 518 2249]]""",
    """Client | Center | Loan (PHP) | Contact | Birthday
--- | --- | --- | --- | ---
[[PERSON:Erlinda Cruz]] | [[LOCATION:Bacoor]] | 15,000 | [[PHONE_NUMBER:0928 314 5570]] | [[DATE_TIME:March 3]]
[[PERSON:Jocelyn Ramos]] | [[LOCATION:Bacoor]] | 10,000 | [[PHONE_NUMBER:0947 802 1163]] | [[DATE_TIME:Nov 21]]
[[PERSON:Nenita Aquino]] | [[LOCATION:Imus]] | 20,000 | [[PHONE_NUMBER:0916 447 2938]] | [[DATE_TIME:July 9]]""",
]

CHAT = [
    """[09:14] Customer: hi, I topped up 1000 bob on the wrong number, help
[09:15] Agent [[PERSON:Wairimu]]: Hello, sorry about that! Which number did you mean to top up and which one received it?
[09:16] Customer: meant my own, [[PHONE_NUMBER:0722 930 418]], but it went to [[PHONE_NUMBER:0722 390 418]]
[09:16] Customer: my name is [[PERSON:Kevin Mutua]], ID [[ID_NUMBER:29047718]]
[09:18] Agent [[PERSON:Wairimu]]: Thanks [[PERSON:Kevin]]. I've raised a reversal request. If the other subscriber hasn't used the airtime, it comes back within 24 hours.
[09:18] Customer: ok asante""",
    """Nanay [[PERSON:Lorna]] (Group Leader): Mga ka-center, reminder: collection on Thursday, 8 AM sa bahay ni [[PERSON:Becky]], [[ADDRESS:45 Mabini St.]], [[LOCATION:Brgy. Poblacion]].
[[PERSON:Joy Fernandez]]: Noted po! Late ako ng konti, I'm coming from [[LOCATION:Lipa]].
[[PERSON:Becky Macaraeg]]: sige, text niyo ako [[PHONE_NUMBER:0919 227 4083]] pag nandito na kayo
Nanay [[PERSON:Lorna]] (Group Leader): [[PERSON:Marivic]] hindi pa nagbabayad last week, paki-remind""",
    """#support-escalations
[[USERNAME:priya.n]] 10:02: can someone look at the chargeback for [[PERSON:Dolores Vance]]? she says she never got the refund
[[USERNAME:tom.k]] 10:04: which card?
[[USERNAME:priya.n]] 10:04: visa ending 9158, email on the account is [[EMAIL_ADDRESS:dvance1957@aol.com]]
[[USERNAME:tom.k]] 10:07: found it, refund went to an old card. calling her on [[PHONE_NUMBER:(254) 771-0392]] now
[[USERNAME:priya.n]] 10:08: ty! pls don't paste full card numbers in here btw""",
    """[[PERSON:ဇင်မာ]]: အစ်ကို [[PERSON:ကျော်ကျော်]] ရေ၊ ဆင်းကတ်မှတ်ပုံတင်ဖို့ ဘာတွေလိုလဲ
[[PERSON:ကျော်ကျော်]]: မှတ်ပုံတင်ကတ်နဲ့ ဓာတ်ပုံလိုတယ်။ နံပါတ်ပို့လိုက်
[[PERSON:ဇင်မာ]]: [[ID_NUMBER:၁၂/အစန(နိုင်)၀၉၂၃၁၈]] ပါ။ ဖုန်းနံပါတ်က [[PHONE_NUMBER:၀၉ ၇၆၅ ၂၁၄ ၃၈၀]]
[[PERSON:ကျော်ကျော်]]: ရပြီ၊ မနက်ဖြန် ဆိုင်ကို လာခဲ့""",
    """[[PERSON:Min Khant]]: bro, [[PHONE_NUMBER:09 2504 88217]] ko 5000 top up pay lo ya ma lar
[[PERSON:Pyae Sone]]: ya tal, be sa ka lel?
[[PERSON:Min Khant]]: Ooredoo. Ah mae [[TITLE:Daw]] [[PERSON:Nu Nu]] number. Ngway ko KBZPay ne pyan hlwe mal
[[PERSON:Pyae Sone]]: ok done. KBZPay ka [[PHONE_NUMBER:09 4200 51376]] ko hlwe naw""",
    """Chat started 14:22
Bot: Welcome to Monzo support. What can we help with?
[[PERSON:Aaliyah Bennett]]: someone's spent on my card in [[LOCATION:Lisbon]] and I've never been to [[LOCATION:Portugal]]
Agent ([[PERSON:Ciaran]]): Sorry to hear that, [[PERSON:Aaliyah]]. I've frozen the card. Can you confirm your date of birth and postcode?
[[PERSON:Aaliyah Bennett]]: [[DATE_TIME:2 June 1998]], [[ZIP_CODE:E8 3PH]]
Agent ([[PERSON:Ciaran]]): Thanks. A new card will go to [[ADDRESS:Flat 12, Sandringham House, 40 Richmond Road]]. Is that still right?
[[PERSON:Aaliyah Bennett]]: yes that's me""",
    """Family group 🌼
[[PERSON:Anjali]]: Mom's flight lands [[DATE_TIME:Friday the 14th at 6:40pm]], can someone pick her up?
[[PERSON:Rahul]]: I can. Send me her booking, I'll need her passport number for the parking form? lol no I won't
[[PERSON:Anjali]]: haha. her new US number is [[PHONE_NUMBER:(408) 772-1936]] btw, the Indian one [[PHONE_NUMBER:+91 98450 22718]] won't work there
[[PERSON:Sneha]]: I'll make her room at mine, [[ADDRESS:1842 Almaden Ave]]""",
    """Wed 11 Sep
Landlord ([[PERSON:Greg]]): Hi [[PERSON:Tash]], the plumber [[PERSON:Mick]] will come Friday between 8 and 10. His number is [[PHONE_NUMBER:0438 112 509]].
[[PERSON:Tash]]: Thanks [[PERSON:Greg]]. Can he text first? I'm on nights.
Landlord ([[PERSON:Greg]]): Sure. Also rent for [[ADDRESS:7/31 Hope Street]] still shows as paid to the old account, can you switch to BSB 062-118 acc [[ID_NUMBER:1048 2273]]?
[[PERSON:Tash]]: will do today""",
]

LOOKALIKE = [
    """Your order #114-2093871-4418203 has shipped! Tracking number 1Z 999 AA1 01 2345 6784 (UPS). Items: USB-C cable 2 m (SKU CB-USB2M-BLK), phone case (SKU PC-A15-CLR). Questions? Call our customer care line 1-800-555-0199 or email support@shopnest.example. Invoice INV-2024-558201 is attached.""",
    """Release 4.12.0.3 (build 20240611.2) replaces 4.11.2.9. The installer SHA-256 is 3f8a9c1e77d0b2e4a1f6c9d3b5e80a7f2c4d6e8a0b1c3d5e7f9a2b4c6d8e0f1a. Config templates moved to /etc/app/templates-4.12/; the old 4.10.1.22 packages are no longer signed. Thanks to [[PERSON:Ingrid Solberg]] ([[EMAIL_ADDRESS:ingrid.solberg@proton.me]]) for the bug report on the Dijkstra path planner.""",
    """ငွေဖြည့်ပရိုမိုးရှင်း - *၁၂၄*၁# ကိုနှိပ်ပြီး 1GB ကို ၁,၀၀၀ ကျပ်နဲ့ ဝယ်ပါ။ ပရိုမိုကုဒ် TOPUP2024။ အကူအညီလိုရင် ၁၀၉ ကို ခေါ်ပါ။ ဆိုင်ခွဲများ - ဗိုလ်ချုပ်အောင်ဆန်းလမ်း၊ အနော်ရထာလမ်း၊ မဟာဗန္ဓုလလမ်း။ ကံထူးရှင် - [[PERSON:ဝေဖြိုးအောင်]] ([[PHONE_NUMBER:၀၉၇၈၁၂၃၄၀၅၆]])""",
    """Library hold notice. Item: "Oxford Handbook of Microfinance", ISBN 978-0-19-882415-2, call no. HG178.3 .O94 2024, barcode 31234009876543. Also on the shelf: ISBN 978-1-108-47213-5 (Hodgkin and Huxley's model, chapter 4) and a thesis on Parkinson's disease. Hold placed for [[PERSON:Tamsin Greaves]], card [[ID_NUMBER:2 0451 00873 2291]]; pick up by Thursday at the Carnegie Library desk.""",
    """INVOICE INV/24/00731 - Trident Mobile Distribution Ltd, VAT GB 284 7719 06, company reg. 09418273.
Qty 40 x Galaxy A25 128GB (SKU SM-A256B-128-BK), IMEI range 35291811004412x-35291811004451x, batch B-2405-17.
Qty 25 x Redmi 13C (SKU RM13C-4-128-GR), serial prefix 23117RA68G.
Payment to sort code 20-45-77, account 40012233 (Trident Mobile Distribution Ltd). Ref PO-88231. Accounts: 0161 496 0733, accounts@tridentmobile.example.
Goods received by: [[PERSON:Nasir Hussain]]""",
    """Change CHG0044871 approved. Upgrade the core switch firmware from 16.9.4 to 17.3.6; management VLAN 10, then reboot stack member 2. Device serial FOC2231X0YZ, MAC 00:1b:54:c2:7f:9a, UUID 6f1c2a4e-83b0-4d7f-9e21-5a0c7b3e9d18. Rollback image hash md5 9e107d9d372bb6826bd81d3542a419d6. Contact the NOC at noc@corpnet.example or ext. 4400.""",
    """Annual impact summary. The branch on Kenyatta Avenue and the new office off Moi Avenue served 41,208 active clients with a portfolio of KES 2.1bn; PAR30 fell to 3.4 per cent. Our client hotline 0800 720 500 and SMS shortcode 22544 handled 18,900 queries. Licence no. DTM/2019/0147. One of our clients, [[PERSON:Zawadi]], a [[AGE:34]]-year-old tailor in [[LOCATION:Machakos]], tripled her sales after her second loan.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind119", STYLES, OUT)


if __name__ == "__main__":
    main()

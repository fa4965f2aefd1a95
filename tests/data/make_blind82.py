"""Build tests/data/blind82.jsonl: an eighty-second *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind82.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its closing scaffolding
(from `STYLES = {` to the end, copied here), the whole of gold_sets.py, and
lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/, recognizers/,
bench/, the README, the tests (beyond those lines), any *.jsonl set, the
record lists of make_blind22.py and every other make_*.py, and git (no
history, log or status was looked at; nothing was committed). The detector,
the bench and the tests were never run; besides this script, the only code
run was throwaway check-digit arithmetic and one print of the parsed text
of the fixed-width tables to align their columns, and the output file was
not read back. Do not tune the detector
against this set: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (the Norwegian,
Belgian, French, Spanish and Dutch ones carry a right national check too);
`gold_sets.check` re-checks cards and IBANs. National ids with a public
check digit (NHS number, Canadian SIN and Ontario health number, Aadhaar,
TFN, Medicare, NZ IRD, Irish PPSN, Singapore NRIC / FIN, South African ID,
BSN, PESEL, Emirates ID) were given a valid one by hand-run throwaway code
while writing (not generated here); the South African ids and the PESEL
agree with the sex and birth date shown, and the Pakistani CNICs end in an
odd digit for men and an even one for women. The look-alikes that carry a
check digit (ISBN-13, EAN-13) are valid too. US SSNs, UK NI numbers, PAN,
Bangladeshi NIDs, Quebec RAMQ numbers, Nigerian NIN and BVN, Kenyan and Ugandan ids, Philippine
SSS, passports, licences, plates, bank account numbers and staff, student,
member, donor, volunteer and patient numbers were not checked.

Styles (ids `blind82-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd mixed sentences dense with names, job titles, streets
  with building numbers and secondary addresses, IPv4 / IPv6, MACs, user
  agents, cards with CVV and expiry, IBAN / BIC), gretel-pii-masking-en-v1
  (claims, leases, discharge summaries, loan and enrolment forms, notices,
  affidavits, minutes) and Nemotron-PII (JSON, log lines, SQL, XML, YAML,
  FHIR, vCard, HTTP requests, config and code snippets, tickets, forms).
- `gen` (90): one to four LLM-style "realistic sentences with personal
  data", with extra weight on charities, churches, mosques (and other
  faith communities), NGOs and volunteer programmes, the rest spread over
  banking, insurance, health, pharmacy, legal, schools, HR, retail,
  travel, telecoms, government, lettings, gaming, social media, tech
  support, deliveries, gyms and vets; names at the start, middle and end,
  lowercase and possessive; ages, dates, addresses, phones and ids in many
  shapes.
- `table` (35): one small table per record (CSV, semicolon and pipe
  separated, TSV, Markdown, psql / ASCII boxes, fixed-width, JSON lines,
  JSON arrays, YAML, key: value blocks), varied column names and non-PII
  columns; header rows unlabeled.
- `chat` (8): a bank live chat, church and mosque WhatsApp groups, a Slack
  help-desk thread, a telecom support chat, an NGO volunteers' thread, a
  charity web chat and a landlord-tenant SMS thread; speakers' names are
  PERSON wherever they appear.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  invoice, tracking, case, policy and claim references, SKUs, ISBN / EAN,
  IP-shaped versions, hashes, serials, company phones, role mailboxes,
  eponyms, streets named after people with no number), the few real PII
  values labeled; one has no PII at all.
Languages: about nine records in ten in English (UK, Ireland, US, Canada,
Australia, New Zealand, India, Pakistan, Bangladesh, Nigeria, Kenya,
Uganda, South Africa, Singapore, the Philippines and others, with names
from the many cultures living there); 24 records in Urdu (Arabic script
and romanized) and Bengali (Bengali and Western digits).

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" (or Bengali "-এর") is outside. TITLE:
  honorifics and ranks attached to a name, labeled apart from it; job
  titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, neighbourhood, county, state /
  province (also abbreviated) and country are LOCATION; postcodes of every
  shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, admission, move, start
  of a job, hearing, signature, donation, shift ...) with a day or month,
  in any shape; a weekday or clock time said with such a date is inside
  the span, a time or weekday alone is not; not bare years, durations, or
  dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group of a
  person.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, IFSC and routing numbers, CVVs and expiries, PINs, order /
  ticket / claim / policy / booking / tracking references, company phone
  numbers and role mailboxes, versions, hashes, serials, partial numbers,
  pets, eponyms and brands named after people, header rows.
- Calls made while writing this set: religious honorifics attached to a
  name (Rev., Fr., Pastor, Haji, Qari, Maulana / মাওলানা, محترم, শ্রীমতী)
  are TITLE, while "imam" or "field officer" used as a job is not; "Md."
  and "Mst." / "মোছাঃ" in Bangladeshi names are part of the PERSON span;
  respect and kinship words around a name (sahab, bhai, ভাই, আপা) stay
  outside; donor, volunteer, congregation and beneficiary numbers are
  ID_NUMBER like member numbers, gift, mandate, receipt and transaction
  references are not; doctors' registration numbers (IMC, GMC, MDCN) are
  ID_NUMBER; BIC / SWIFT codes, VINs and IMEIs are unlabeled like sort
  codes and serials, and an organisation's own bank details are left out;
  a mosque, church or congregation is not NRP, a person's stated religion
  is; a city or district used to name a branch, store or food bank
  ("our Peckham branch") is LOCATION, a venue or estate name (Ashton
  Court, Gilwell Park) is not; a person's last-login, account creation and
  registration timestamps are DATE_TIME, while the timestamp of a log
  line, webhook, event, chat message or ticket is not; every IP address
  is IP_ADDRESS (private ranges and public resolvers included), while
  IP-shaped versions are not; in a table a "sex", "role", "status",
  "plan" or "zone" column stays unlabeled, an "age" column is AGE, a
  "country", "state", "city" or "district" column is LOCATION and a
  "nationality" or "religion" column is NRP; URL-encoded e-mail and
  phone values in a form body are labeled as they stand.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind82.jsonl")

GEN = [
    """Thank you, [[PERSON:Margaret O'Donoghue]], for your gift of €50 to the Simon Community on [[DATE_TIME:3 February 2025]]. Your donor number is [[ID_NUMBER:DN-118204]] and the tax receipt will be posted to [[ADDRESS:14 Glenageary Park]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]] [[ZIP_CODE:A96 K2T8]].""",
    """Sisters who want to help in the kitchen during Ramadan should message [[PERSON:Aisha Begum]] on [[PHONE_NUMBER:07956 201448]]; the brothers' iftar rota is being handled by [[PERSON:tariq mahmood]] ([[EMAIL_ADDRESS:tariq.mahmood84@gmail.com]]) at Green Lane Masjid in [[LOCATION:Small Heath]], [[LOCATION:Birmingham]].""",
    """[[TITLE:Pastor]] [[PERSON:Daniel Okonkwo-Reyes]] will officiate the baptism of little [[PERSON:Mateo]] on [[DATE_TIME:Sunday, June 8, 2025 at 11:00 a.m.]], and the family has asked that cards be sent to [[ADDRESS:2217 Larkspur Drive]], [[LOCATION:Round Rock]], [[LOCATION:TX]] [[ZIP_CODE:78664]].""",
    """[[PERSON:Ngaire Whitcombe]], [[AGE:67]], has signed up to drive for Meals on Wheels in [[LOCATION:Ballarat]] from [[DATE_TIME:14 July]]. Her Working with Children Check is [[ID_NUMBER:WWC 1784203A]] and her Victorian licence number is [[ID_NUMBER:038 441 922]].""",
    """Field officer [[PERSON:Wanjiru Kamau]] registered the household of [[PERSON:Peter Otieno Ochieng]] (ID [[ID_NUMBER:28419375]], phone [[PHONE_NUMBER:+254 722 418 093]]) in [[LOCATION:Kibera]] on [[DATE_TIME:11/03/2025]] for the cash-transfer pilot.""",
    """Hi, this is [[PERSON:Chantal Mbeki-Fraser]] from the [[LOCATION:Scarborough]] food bank. We tried calling you at [[PHONE_NUMBER:647 382 0193]] about your hamper pickup on [[DATE_TIME:Thursday the 22nd at 3]] — please bring photo ID and the referral letter from your caseworker, [[PERSON:Ms. Rutherford]].""",
    """[[TITLE:محترم]] [[PERSON:محمد عارف قریشی]] صاحب، جامع مسجد [[LOCATION:گلشن اقبال]] کی تعمیراتی کمیٹی کے لیے آپ کا عطیہ [[DATE_TIME:۱۲ مارچ ۲۰۲۵]] کو موصول ہوا۔ رسید آپ کے پتے [[ADDRESS:مکان نمبر ۴۷، بلاک ۱۳-ڈی]]، [[LOCATION:کراچی]] پر بھیج دی جائے گی اور تصدیقی پیغام آپ کے نمبر [[PHONE_NUMBER:0321-2458716]] پر آئے گا۔""",
    """Assalam o alaikum, main [[PERSON:Sana Javed]] hoon aur Edhi centre [[LOCATION:Lahore]] mein weekends par volunteer karna chahti hoon. Meri umar [[AGE:24]] saal hai, CNIC [[ID_NUMBER:35202-4817362-8]] hai aur mera number [[PHONE_NUMBER:0333 4917028]] hai.""",
    """[[PERSON:মোছাঃ রোকেয়া খাতুন]] ([[AGE:৩৪]]) [[DATE_TIME:১৫ জানুয়ারি ২০২৪]] তারিখে ক্ষুদ্রঋণ কর্মসূচিতে যুক্ত হন। তাঁর বাড়ি [[LOCATION:চরকাউয়া]] গ্রাম, [[LOCATION:বরিশাল]]; জাতীয় পরিচয়পত্র নম্বর [[ID_NUMBER:৮৭১ ৪৫২ ৩০৯৬]] এবং মোবাইল [[PHONE_NUMBER:০১৭১৮-৪৪৯২০৩]]।""",
    """স্বেচ্ছায় রক্তদাতা [[PERSON:তানভীর আহমেদ]]-এর রক্তের গ্রুপ ও পজিটিভ; তিনি [[DATE_TIME:৩ মার্চ সন্ধ্যা ৭টায়]] ঢাকা মেডিকেল কলেজ হাসপাতালে রক্ত দেবেন। জরুরি প্রয়োজনে তাঁর নম্বর [[PHONE_NUMBER:01912-347850]] অথবা ইমেইল [[EMAIL_ADDRESS:tanvir.ahmed.bd@gmail.com]]।""",
    """I'd like to dispute a payment on my debit card [[CREDIT_CARD:4659 4102 8873 1455]]. It's [[PERSON:Olusegun Adeyemi]], date of birth [[DATE_TIME:19/09/1979]], and I bank at your [[LOCATION:Peckham]] branch.""",
    """Claimant [[PERSON:rosa delgado-villanueva]], [[AGE:52]], reported that her 2019 Honda CR-V (plate [[ID_NUMBER:8KJX214]]) was rear-ended on [[DATE_TIME:March 3rd around 5:40 pm]] at the corner of Figueroa and 7th in downtown [[LOCATION:Los Angeles]].""",
    """Script ready for collection: [[PERSON:Mr. Kwame Asante-Boateng]], Medicare [[ID_NUMBER:2954 18379 1]], at our [[LOCATION:Parramatta]] store. Please bring your concession card.""",
    """[[PERSON:Harjit Kaur Sandhu]]'s follow-up with [[PERSON:Dr. Lefebvre]] is booked for [[DATE_TIME:Tuesday, April 29 at 9:15]], and her OHIP number is [[ID_NUMBER:4829-173-659-KS]].""",
    """The tenant, [[PERSON:Mr. Callum Fraser-Henderson]] of [[ADDRESS:Flat 3/2, 118 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6NX]], is required to attend the First-tier Tribunal hearing on [[DATE_TIME:9 May 2025 at 10am]].""",
    """Please note that [[PERSON:Jaylen]] will be picked up early on [[DATE_TIME:Friday 10/17]] by his grandmother, [[PERSON:Loretta Simms]], whose cell is [[PHONE_NUMBER:(901) 276-4483]].""",
    """Admission confirmed for [[PERSON:Ananya Krishnamurthy]], roll number [[ID_NUMBER:23BCS1047]], hostel block C, room 214. The fee receipt will be mailed to [[EMAIL_ADDRESS:ananya.k2005@yahoo.co.in]].""",
    """[[PERSON:Tama Ngata]] starts as warehouse supervisor on [[DATE_TIME:Monday 3 March]]; please set up his payroll with IRD number [[ID_NUMBER:117-428-605]] and pay into account [[ID_NUMBER:12-3140-0417629-00]].""",
    """A return label has been issued to [[PERSON:Bethany Callaghan]], [[ADDRESS:47 Wexford Crescent]], [[LOCATION:Cork]] [[ZIP_CODE:T12 X5P2]] for order #IE-7730418 (one pair of trainers, size 6).""",
    """Booking under [[PERSON:Lim Wei Ling]] (NRIC [[ID_NUMBER:S8834172D]]) for two nights from [[DATE_TIME:24 Dec]]. Late check-in requested; guest contact [[PHONE_NUMBER:+65 9183 4407]].""",
    """Good afternoon, my name is [[PERSON:Chiamaka Nwosu]] and my MTN line [[PHONE_NUMBER:0803 447 2198]] was barred after the NIN linkage exercise. My NIN is [[ID_NUMBER:42817365091]].""",
    """We have received the passport application for [[PERSON:Imogen Ashworth-Patel]] (born [[DATE_TIME:2 August 2016]]). The countersignatory, [[PERSON:Mr. Harold Beattie]], can be reached on [[PHONE_NUMBER:01273 604 418]].""",
    """The lease was signed on [[DATE_TIME:1 September]] between the landlord, [[PERSON:Georgios Papadakis]], and the tenants [[PERSON:Mia]] and [[PERSON:Jordan Whitfield]] for [[ADDRESS:Unit 6, 33 Carrington Street]], [[LOCATION:Adelaide]] [[LOCATION:SA]] [[ZIP_CODE:5000]].""",
    """The account [[USERNAME:xXShadowReaperXx_07]] (registered to [[EMAIL_ADDRESS:kyle.brennan07@outlook.com]]) was banned on [[DATE_TIME:2024-11-30 22:14 UTC]] for chargeback fraud; last login came from [[IP_ADDRESS:73.162.45.209]].""",
    """Follow my baking at [[URL:https://www.instagram.com/bakes.by.noor]]! I'm [[PERSON:Noor Fatima]], a home baker in [[LOCATION:Leicester]], and Eid boxes can be ordered by text on [[PHONE_NUMBER:07700 184 362]].""",
    """User [[PERSON:Deepak Venkataraman]] ([[USERNAME:dvenkataraman]]) can't connect to the VPN from [[IP_ADDRESS:10.44.7.182]]; laptop MAC 3C:22:FB:91:0E:4A, ticket INC0048821.""",
    """Parcel left with your neighbour at no. 19 — for [[PERSON:Mrs. Evelyn Hartigan]], [[ADDRESS:17 Rosebank Terrace]], [[LOCATION:Whitby]] [[ZIP_CODE:YO21 3HQ]].""",
    """Welcome to the club, [[PERSON:marcus]]! Your membership [[ID_NUMBER:PF-2209-4471]] starts [[DATE_TIME:Jan 6, 2025]] and your first PT session with [[PERSON:Keisha]] is on [[DATE_TIME:the 8th at 6:30am]].""",
    """[[PERSON:Fiona MacLeod]] brought Biscuit, her 9-year-old spaniel, in on [[DATE_TIME:17/02/2025]]; the invoice goes to [[ADDRESS:Croft House, 4 Kirk Brae]], [[LOCATION:Inverness]] [[ZIP_CODE:IV2 4PQ]].""",
    """I publish the banns of marriage between [[PERSON:Thomas Adebayo Cole]], bachelor of this parish, and [[PERSON:Hannah Louise Pritchard]], of the parish of St Mark, [[LOCATION:Hanley]]. This is the first time of asking, [[DATE_TIME:Sunday 6 April]].""",
    """Volunteer tutor [[PERSON:Lindiwe Dlamini]] (ID [[ID_NUMBER:9208070384086]]) will be based at the [[LOCATION:Khayelitsha]] reading centre from [[DATE_TIME:2 June]].""",
    """[[PERSON:Ollie Gardner]] is running his first half marathon this spring for Macmillan — sponsor him at [[URL:https://www.justgiving.com/page/ollie-gardner-runs-brighton]] and share it with anyone who knew his mum.""",
    """Zakat al-Fitr for the [[PERSON:Hussein]] household (five people) was paid by [[PERSON:Amira Hussein]] with the card ending 7741; the receipt was emailed to [[EMAIL_ADDRESS:amira.h.hussein@gmail.com]].""",
    """Our hospice volunteer [[PERSON:Grace Osei-Bonsu]], [[AGE:71]], of [[LOCATION:Croydon]], received her twenty-year long-service badge on [[DATE_TIME:12 March 2025]].""",
    """Mass intention for the soul of the late [[PERSON:Rodrigo "Digoy" Mendoza]], requested by his daughter [[PERSON:Maricel Mendoza-Santos]] ([[PHONE_NUMBER:0917 384 2210]]), to be offered on [[DATE_TIME:November 2, 6:00 AM]] at the parish in [[LOCATION:Quezon City]].""",
    """I confirm I am a UK taxpayer — [[PERSON:Eleanor Whitmore]], [[ADDRESS:Apartment 12, The Maltings, 8 Station Road]], [[LOCATION:Ely]] [[ZIP_CODE:CB7 4BS]] — and I want Cancer Research UK to treat every donation I make from [[DATE_TIME:5 April 2025]] as a Gift Aid donation.""",
    """[[PERSON:Abdirahman Yusuf Warsame]], a [[NRP:Somali]] national aged [[AGE:29]], was referred to the legal clinic on [[DATE_TIME:7 January]]; his UNHCR registration number is [[ID_NUMBER:KEN-17C04221]].""",
    """Volunteer shift confirmations: [[PERSON:Dolores Ruiz]] — [[DATE_TIME:Sat 11/9, 7am–11am]], kitchen; [[PERSON:Ben Feldstein]] — [[DATE_TIME:Sat 11/9, 11am–3pm]], serving line. Questions? Text [[PERSON:Trish]] at [[PHONE_NUMBER:612-508-3371]].""",
    """The year-end giving statement for the [[PERSON:Kowalczyk]] family at [[ADDRESS:908 N. Ashland Ave., Apt 2R]], [[LOCATION:Chicago]] will go by email this time; [[PERSON:Stanisław]] asked us to use [[EMAIL_ADDRESS:stan.kowalczyk@att.net]].""",
    """[[PERSON:Yusuf]] (age [[AGE:9]]) has been enrolled in the weekend hifz class at Masjid al-Noor. His mother, [[PERSON:Khadija Rahman]], gave [[PHONE_NUMBER:+1 (718) 334-9260]] as the emergency contact and lives at [[ADDRESS:41-17 Parsons Blvd]], [[LOCATION:Flushing]], [[LOCATION:NY]] [[ZIP_CODE:11355]].""",
    """Beneficiary [[PERSON:Lakshmi Devi]], w/o [[PERSON:Ramesh Yadav]], village [[LOCATION:Bhanpur]], district [[LOCATION:Sehore]], [[LOCATION:Madhya Pradesh]]; Aadhaar [[ID_NUMBER:3842 9176 0511]], Jan Dhan account [[ID_NUMBER:50100418837265]].""",
    """hi all, just a heads up that [[PERSON:brenda]] won't be in the charity shop on [[DATE_TIME:thursday 5th]] so [[PERSON:gav]] is covering her till shift, ta""",
    """[[PERSON:Javier Morales]] and his two daughters will move into their Habitat for Humanity home at [[ADDRESS:1520 Maple Hollow Lane]], [[LOCATION:Greenville]], [[LOCATION:SC]] [[ZIP_CODE:29607]] after the dedication on [[DATE_TIME:August 23]].""",
    """Inna lillahi wa inna ilayhi raji'un. The janazah of [[TITLE:Haji]] [[PERSON:Ghulam Rasool]], father of [[PERSON:Imran]] and [[PERSON:Asif Rasool]], will be prayed after Zuhr on [[DATE_TIME:Wednesday 14 May]] at the Central Mosque, [[LOCATION:Bradford]].""",
    """Donor [[PERSON:Siobhán Ní Bhriain]], blood group A negative, last gave blood on [[DATE_TIME:14/01/2025]] and is next eligible on [[DATE_TIME:10/03/2025]]. PPSN on file: [[ID_NUMBER:6284137S]].""",
    """DBS certificate [[ID_NUMBER:001784320561]] was issued to [[PERSON:Priyanka Shah]] on [[DATE_TIME:21 October 2024]] for her role as an assistant Scout leader with the 3rd [[LOCATION:Harrow]] group.""",
    """[[PERSON:عائشہ صدیقی]] نے [[DATE_TIME:۵ رمضان]] کو شوکت خانم ہسپتال کے لیے پچاس ہزار روپے زکوٰۃ دی۔ ان کا ای میل [[EMAIL_ADDRESS:ayesha.siddiqui92@gmail.com]] ہے اور وہ [[LOCATION:ماڈل ٹاؤن]]، [[LOCATION:لاہور]] میں رہتی ہیں۔""",
    """رضاکار فارم: نام [[PERSON:بلال احمد خان]]، عمر [[AGE:19]] سال، شناختی کارڈ نمبر [[ID_NUMBER:61101-3928471-5]]، موبائل [[PHONE_NUMBER:0345-5190273]]۔ وہ [[DATE_TIME:۱۴ اگست]] کو [[LOCATION:اسلام آباد]] میں شجرکاری مہم میں حصہ لیں گے۔""",
    """Bhaiyo aur behno, [[TITLE:Pastor]] [[PERSON:Emmanuel Masih]] ki beti [[PERSON:Rimsha]] ki shaadi [[DATE_TIME:20 December]] ko St. Thomas Church, [[LOCATION:Youhanabad]], [[LOCATION:Lahore]] mein hogi. Mazeed maloomat ke liye [[PERSON:Sajid]] bhai se [[PHONE_NUMBER:0302-4476185]] par rabta karein.""",
    """Mera naam [[PERSON:Hamza Tariq]] hai, mera JazzCash account [[PHONE_NUMBER:03004781236]] se link hai. Meri IBAN [[IBAN_CODE:PK45MEZN0002170104857321]] hai, please is mahine ki salary isi mein bhej dein.""",
    """[[LOCATION:মিরপুর]] কেন্দ্রীয় মসজিদের ইমাম [[TITLE:মাওলানা]] [[PERSON:আবদুল হালিম]] জানিয়েছেন যে মরহুম [[PERSON:রফিকুল ইসলাম]]-এর জানাজা [[DATE_TIME:শুক্রবার, ২১ মার্চ]] জুমার নামাজের পর অনুষ্ঠিত হবে। পরিবারের পক্ষে যোগাযোগ: [[PERSON:সাবরিনা ইসলাম]], [[PHONE_NUMBER:+৮৮০ ১৯১২-৩৪৭৮৫১]]।""",
    """রোগী: [[TITLE:শ্রীমতী]] [[PERSON:অনিতা রায়]], বয়স [[AGE:৬১]], ঠিকানা: [[ADDRESS:বাড়ি ২৭, রোড ৪]], [[LOCATION:ধানমন্ডি]], [[LOCATION:ঢাকা]]-[[ZIP_CODE:১২০৫]]। ভর্তির তারিখ: [[DATE_TIME:০৯/০৪/২০২৫]]।""",
    """[[PERSON:Shahida Begum]], [[AGE:58]], of [[ADDRESS:Flat 41, Wexford House]], [[LOCATION:London]] [[ZIP_CODE:E1 4TP]], has volunteered at the East London Mosque women's centre every week since [[DATE_TIME:March 2019]].""",
    """Defendant [[PERSON:Tyrell J. Simmons]], DOB [[DATE_TIME:04-11-1996]], is scheduled for arraignment in Courtroom 4B on [[DATE_TIME:Monday, February 10, 2025, at 8:30 a.m.]]; the public defender [[PERSON:Alicia Moreno-Grant]] has been appointed.""",
    """[[PERSON:Jennifer Liu]]'s amended 1040-X lists her SSN as [[US_SSN:412-68-3097]] and her new address as [[ADDRESS:3390 Oak Knoll Ct]], [[LOCATION:San Jose]], [[LOCATION:CA]] [[ZIP_CODE:95148]].""",
    """Driver license [[US_DRIVER_LICENSE:D4817263]], issued by [[LOCATION:California]] to [[PERSON:Kevin O'Malley]], expires on his birthday, [[DATE_TIME:7/22/2027]].""",
    """Please bring your passport ([[US_PASSPORT:A48217360]]), [[PERSON:Ms. Danielle Ford]], to your interview at the consulate in [[LOCATION:Lagos]] on [[DATE_TIME:May 12 at 7:45 AM]].""",
    """[[PERSON:Gurpreet Singh Dhillon]], UCI [[ID_NUMBER:1104-8723]], landed in [[LOCATION:Canada]] on [[DATE_TIME:Sept 14, 2023]] and received SIN [[ID_NUMBER:527 194 831]] two weeks later.""",
    """hey it's [[PERSON:jess]] from hinge 😊 my number's [[PHONE_NUMBER:0412 877 305]], i'm [[AGE:27]] and live near [[LOCATION:Fitzroy]] if you want to grab a coffee this weekend""",
    """Rental agreement for [[PERSON:Matthias Becker]], licence [[ID_NUMBER:B072RRE2I55]], card [[CREDIT_CARD:5425 2334 3010 9101]] exp 08/27, pickup [[DATE_TIME:Fri 18 July 09:00]] at [[LOCATION:Dublin]] Airport.""",
    """Save the date! [[PERSON:Aaliyah Mensah]] & [[PERSON:Kofi Boateng]] are getting married on [[DATE_TIME:Saturday 16 August 2025]] at Ashton Court, [[LOCATION:Bristol]]. Please RSVP to [[EMAIL_ADDRESS:aaliyahandkofi2025@gmail.com]].""",
    """The family of the late [[PERSON:Ephraim Zulu]] (1948–2025) invites friends to the memorial service in [[LOCATION:Soweto]]; condolences may be sent to his son [[PERSON:Sipho]] on [[PHONE_NUMBER:082 417 3390]].""",
    """[[PERSON:Ava-Rose Thompson]] (DOB [[DATE_TIME:2021-06-03]]) has a nut allergy and her EpiPen is kept in the office. Authorised collectors: [[PERSON:Nicole Thompson]] (mum) and [[PERSON:Darren Ellis]] ([[PHONE_NUMBER:07825 430 119]]).""",
    """Library card [[ID_NUMBER:21982004718835]] belongs to [[PERSON:Mr. Arjun Mehta]]; the overdue notice for the three Terry Pratchett novels went to [[EMAIL_ADDRESS:arjun.mehta@btinternet.com]].""",
    """Passenger [[PERSON:NAKAMURA/HIROSHI]] [[TITLE:MR]], PNR K7XQ2D, passport [[ID_NUMBER:TK4829173]], seat 32A, [[LOCATION:Manchester]] to [[LOCATION:Tokyo]] on [[DATE_TIME:14OCT]].""",
    """The final meter reading at [[ADDRESS:22 Larch Close]], [[LOCATION:Swindon]] was taken on [[DATE_TIME:30/06/2025]] when [[TITLE:Mr]] and [[PERSON:Mrs Okafor]] moved out; their forwarding address is [[ADDRESS:5 Birchfield Road]], [[LOCATION:Reading]] [[ZIP_CODE:RG30 2LJ]].""",
    """On [[DATE_TIME:12 November]], [[PERSON:Samantha Reid]] raised a grievance against her line manager, [[PERSON:Neil Gorman]], over repeated remarks about her being [[NRP:Catholic]].""",
    """Canvass note: [[PERSON:Mr. Desmond Achterberg]], [[ADDRESS:71 Pelican Way]], [[LOCATION:Durbanville]] — long-time [[NRP:DA]] supporter, [[AGE:64]], prefers calls on [[PHONE_NUMBER:021 975 4412]].""",
    """Hi [[PERSON:Mohammed]], we noticed a sign-in to your online banking from [[IP_ADDRESS:185.220.101.47]] on [[DATE_TIME:27 Jan at 03:12]]. If this wasn't you, call us on the number on the back of your card.""",
    """Policyholder: [[PERSON:Gemma Louise Haworth]]; named driver [[PERSON:Ryan Haworth]] (born [[DATE_TIME:11.03.1998]]); vehicle reg [[ID_NUMBER:YD19 KXP]], kept overnight at [[ADDRESS:9 Moorside Lane]], [[LOCATION:Keighley]] [[ZIP_CODE:BD21 5HN]].""",
    """Kindly update my BVN [[ID_NUMBER:22194837560]] on account [[ID_NUMBER:0123847591]]. [[PERSON:Adaeze Okoro-Williams]], [[ADDRESS:14B Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]].""",
    """QD47XK2L9P Confirmed. Ksh2,500.00 sent to [[PERSON:JOSEPH MWANGI]] [[PHONE_NUMBER:0712884203]] on [[DATE_TIME:5/4/25 at 7:41 PM]]. New M-PESA balance is Ksh13,208.50.""",
    """[[PERSON:Ma. Cristina Dela Cruz]], SSS no. [[ID_NUMBER:34-8127465-3]], filed her maternity notification on [[DATE_TIME:February 3, 2025]] at the [[LOCATION:Pasig]] branch.""",
    """The resale application by [[PERSON:Tan Kok Leong]] (NRIC [[ID_NUMBER:S7519043C]]) and [[PERSON:Siti Nurhaliza binte Rahmat]] (NRIC [[ID_NUMBER:T0265391A]]) is for [[ADDRESS:Blk 417 Bedok North Ave 2, #08-153]], [[LOCATION:Singapore]] [[ZIP_CODE:460417]].""",
    """my TFN is [[ID_NUMBER:872 154 362]] and i started at the Woolies in [[LOCATION:Toowoomba]] on [[DATE_TIME:the 3rd of Feb]], cheers — [[PERSON:Brodie]]""",
    """[[PERSON:Amélie Tremblay]], RAMQ [[ID_NUMBER:TREA 8752 1419]], was seen at the CLSC in [[LOCATION:Trois-Rivières]] on [[DATE_TIME:March 4]] and referred to the diabetes clinic.""",
    """[[PERSON:Dr. Aoife Brennan]] (IMC no. [[ID_NUMBER:412983]]) has offered to volunteer at the Capuchin Day Centre's Saturday clinic, starting [[DATE_TIME:Saturday 15th February]].""",
    """Loan applicant [[PERSON:Marcus Dwayne Whitaker]], SSN [[US_SSN:529-31-8846]], reports an annual income of $84,000 and has lived at [[ADDRESS:615 W. Jefferson St.]], [[LOCATION:Louisville]], [[LOCATION:KY]] [[ZIP_CODE:40202]] for six years.""",
    """yo [[USERNAME:n1ghtowl_rin]] ur steam trade got flagged, the acct email was [[EMAIL_ADDRESS:rin.takahashi.03@gmail.com]] right?? mods need it by tonight""",
    """We reported the profile [[URL:https://www.facebook.com/profile.php?id=100084117236590]] for impersonating [[TITLE:Pastor]] [[PERSON:Samuel Adeleke]] of our [[LOCATION:Houston]] congregation and asking members for gift cards.""",
    """Langar seva rota for [[DATE_TIME:Sunday 2 March]]: [[PERSON:Manjit Kaur]] ([[PHONE_NUMBER:07931 448 620]]) and [[PERSON:Balwinder Singh Gill]] on rotis, [[PERSON:Harpreet]] on dal. Gurdwara Sri Guru Singh Sabha, [[LOCATION:Southall]].""",
    """Mazel tov to [[PERSON:Eli Rosenthal]], son of [[PERSON:Rachel]] and [[PERSON:David Rosenthal]], who will celebrate his bar mitzvah on [[DATE_TIME:Shabbat, 14 June]] at our shul in [[LOCATION:Golders Green]].""",
    """Akhuwat loan officer [[PERSON:Shazia Parveen]] approved an interest-free loan of Rs 50,000 for [[PERSON:Muhammad Naveed]], CNIC [[ID_NUMBER:34101-7729134-3]], who runs a cycle repair stall in [[LOCATION:Gujranwala]]; repayments start on [[DATE_TIME:1st June 2025]].""",
    """[[PERSON:Md. Shafiqul Islam]] (NID [[ID_NUMBER:19914915047000318]]) of [[LOCATION:Kurigram]] received a flood relief kit from the Red Crescent on [[DATE_TIME:Aug 27]].""",
    """Cashless claim for [[PERSON:Suresh Babu Nair]], [[AGE:63]], admitted to the cardiac ward on [[DATE_TIME:12-02-2025 at 23:40]]; policy no. 2811/3317/0049, mobile [[PHONE_NUMBER:+91 98470 31562]].""",
    """Listening volunteer [[PERSON:Rhiannon]] logged that the caller, who gave her name as [[PERSON:Jo]], asked to be rung back on [[PHONE_NUMBER:07389 511 204]] on [[DATE_TIME:Thursday 20 March after 6pm]].""",
    """I, [[PERSON:Andrea Kovač]], give permission for my son [[PERSON:Luka]] ([[AGE:11]]) to attend Cub camp at Gilwell Park from [[DATE_TIME:23 to 25 May]]. Emergency contact: [[PHONE_NUMBER:07700 938 112]].""",
    """Your recurring gift of $25 a month to the Society of St. Vincent de Paul will be charged to [[CREDIT_CARD:4147 2050 6681 3396]] on the 1st. Thank you for your generosity, [[PERSON:Mrs. Patricia Nguyen]]!""",
    """Parish secretary [[PERSON:Bríd Keane]] asks anyone who would like [[TITLE:Fr.]] [[PERSON:Seán Ó Ceallaigh]] to bring Communion to a housebound relative to ring her on [[PHONE_NUMBER:087 214 6630]]; he visited [[PERSON:Nora Gallagher]] at [[ADDRESS:6 Chapel Lane]], [[LOCATION:Ballina]] on [[DATE_TIME:Friday 7 March]].""",
    """Applicant: [[PERSON:Chloé Martin-Dubois]], a [[NRP:French]] citizen (passport [[ID_NUMBER:19FV42731]]), is available from [[DATE_TIME:15/09/2025]] for the six-month VSO teaching placement in [[LOCATION:Malawi]]; her referee is [[PERSON:Prof. Hélène Garnier]].""",
]

BENCH = [
    """[[PERSON:Mr. Evander Kowalski-Reyes]], our Regional Data Coordinator, moved to [[ADDRESS:4471 Bramblewood Crossing, Suite 908]], [[LOCATION:North Lavonne]], [[LOCATION:Vermont]] [[ZIP_CODE:05641]] on [[DATE_TIME:11/07/2023]]. Please switch his payroll to IBAN [[IBAN_CODE:DE55100700000349871265]] (BIC DEUTDEBBXXX) and his contact number to [[PHONE_NUMBER:+1-802-555-0147]].""",
    """Security alert: [[USERNAME:cordelia.vantassel88]] signed in from [[IP_ADDRESS:2a02:c7f:5e1b:d900:9d4c:1a2f:6b3e:c81]] with Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 on device 4e:7a:19:c2:0b:ff at [[DATE_TIME:2:47 AM on 09/23/2022]]. Her temporary password Xq!7rTz@2wLm expires in 24 hours.""",
    """Hi [[PERSON:Thaddeus]], the Mastercard [[CREDIT_CARD:5312 7760 4481 2391]] (CVV 482, exp 09/26) registered to [[PERSON:Thaddeus Lindqvist]] was charged 7,420.55 kr for the Investor Communications workshop in [[LOCATION:Aalborg]]. Reply to [[EMAIL_ADDRESS:t.lindqvist@hotmail.com]] if you do not recognise it.""",
    """Patient [[PERSON:Marisol Quintanilla-Ortiz]], female, [[AGE:43]], DOB [[DATE_TIME:June 2nd, 1981]], was referred by the Lead Wellness Strategist for a review; her account number [[ID_NUMBER:84620193]] and SSN [[US_SSN:231-77-5048]] must be confirmed at [[ADDRESS:7802 Gulch Road]], [[LOCATION:Port Saint Lucie]], [[LOCATION:FL]].""",
    """The vehicle with VRM [[ID_NUMBER:WK68 RZT]] and VIN 1HGCM82633A004352 belongs to [[PERSON:Ifeoma Chukwu]], [[AGE:34]]-year-old Product Mobility Designer, who can be reached at [[PHONE_NUMBER:(0161) 496 0723]] or [[EMAIL_ADDRESS:ifeoma.chukwu@protonmail.com]].""",
    """To: [[PERSON:Dr. Ravindra Subramaniam]] | Re: relocation allowance | Your new address [[ADDRESS:Flat 12B, Kingfisher Court, 88 Brunswick Road]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 1DF]] has been noted. Payments to [[IBAN_CODE:GB36BARC20325371468209]] will begin on [[DATE_TIME:01.09.2024]], the start date of your contract.""",
    """[[USERNAME:Jovanny_Schmeler]] requested a password reset at [[DATE_TIME:14:02 on 2023-05-19]] from [[IP_ADDRESS:203.0.113.87]]. Our records show the Visa [[CREDIT_CARD:4916338502719049]] and the billing zip [[ZIP_CODE:97211]] for [[PERSON:Jovanny Schmeler]].""",
    """Greetings [[PERSON:Anneliese]], as Chief Branding Officer in [[LOCATION:Lower Saxony]], your travel stipend will go to account [[ID_NUMBER:30718455]] with IBAN [[IBAN_CODE:DE54370400445086724193]]. Your badge PIN 4471 and the door code 0029 are unchanged.""",
    """[[PERSON:Kalani Akana]], gender non-binary, aged [[AGE:29]], from [[LOCATION:Hilo]], [[LOCATION:Hawaii]], scheduled the fitness assessment for [[DATE_TIME:April 18, 2024, 10:30]]. Emergency contact number: [[PHONE_NUMBER:808.961.2044]].""",
    """Recent transaction on the Amex [[CREDIT_CARD:3759 487054 32109]] of [[PERSON:Mrs. Philippa Carrington-Wolfe]]: £1,214.00 at the Royal Horticultural Society shop. Cardholder address: [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Budworth]], [[LOCATION:Cheshire]] [[ZIP_CODE:CW6 9EY]].""",
    """Please ship the replacement router (MAC d4:6e:0e:33:a1:7c, IMEI 356938035643809) to [[PERSON:Oyelaran Babatunde]] at [[ADDRESS:22 Ogunlana Drive]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]. His static IP [[IP_ADDRESS:102.89.34.156]] will be re-provisioned.""",
    """Employee [[PERSON:Siddharth Balasubramanian]], Principal Accounts Supervisor, DOB [[DATE_TIME:30/11/1988]], PAN [[ID_NUMBER:BKLPS4471Q]], Aadhaar [[ID_NUMBER:7210 5638 2946]], resides at [[ADDRESS:No. 14, 3rd Cross, 6th Main]], [[LOCATION:Malleswaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]].""",
    """[[PERSON:Clementine]] from the [[LOCATION:Wyoming]] office asked us to check whether [[IP_ADDRESS:198.51.100.23]] and [[IP_ADDRESS:fe80::1c4a:7bff:fe2d:9e10]] belong to her home network; her username is [[USERNAME:clemmie_b1994]].""",
    """Dear [[PERSON:Mx. Rowan Abernathy]], your application to the Forward Legacy Technician programme was received on [[DATE_TIME:Tue, 07 Mar 2023]]. Please verify the last four digits of your SSN (…8821) and confirm your mailing address [[ADDRESS:PO Box 1187]], [[LOCATION:Bozeman]], [[LOCATION:MT]] [[ZIP_CODE:59771]].""",
    """[[PERSON:Ilse van der Berg]] ([[EMAIL_ADDRESS:ilse.vdberg@ziggo.nl]]) paid the fee for the Dynamic Assurance Facilitator course from [[IBAN_CODE:NL85INGB0417283954]]. Her BSN [[ID_NUMBER:173062544]] is needed for the certificate.""",
    """Outstanding balance of ₹48,210 on the RuPay card [[CREDIT_CARD:6521 5342 1079 8869]] for [[PERSON:Kavitha Ramaswamy]], [[AGE:38]], of [[LOCATION:Coimbatore]]. Contact via [[PHONE_NUMBER:+91-94432-18807]] before [[DATE_TIME:15th March]].""",
    """Our Internal Metrics Officer [[PERSON:Barnaby Quist]] reported that his laptop (serial C02XK4JHJG5H) was stolen from [[ADDRESS:610 Evergreen Terrace, Unit 3]], [[LOCATION:Spokane]], [[LOCATION:WA]] [[ZIP_CODE:99201]]. His driver's license [[US_DRIVER_LICENSE:WDL7QX2R84B1]] was in the bag.""",
    """Hello [[PERSON:Nomvula]], the amount of R3,450 has been paid into your account [[ID_NUMBER:62841039574]] at FNB. Your South African ID [[ID_NUMBER:0309170126085]] and cell number [[PHONE_NUMBER:073 218 4490]] are verified.""",
    """[[PERSON:Saoirse Fitzgerald-Byrne]] ([[USERNAME:saoirse_fb]]) has been granted access to the [[LOCATION:Dublin]] analytics cluster at [[IP_ADDRESS:172.16.40.12]]. Her PPS number [[ID_NUMBER:4173925SA]] and IBAN [[IBAN_CODE:IE61AIBK93208541736092]] are on the HR file.""",
    """Dear [[PERSON:Ms. Oluwaseun Adebisi-Grant]], the Customer Functionality Associate role in [[LOCATION:Leeds]] starts on [[DATE_TIME:Monday, 2 September 2024]]. Bring your passport [[ID_NUMBER:548213907]], your NI number [[ID_NUMBER:PJ 48 21 73 C]] and the P45 from your last employer.""",
    """The Discover card [[CREDIT_CARD:6011 5046 2739 8816]] on the account of [[PERSON:Wendell Fairbanks]], [[ADDRESS:1093 Creekside Loop]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83706]], was declined 3 times from [[IP_ADDRESS:64.233.160.19]].""",
    """[[PERSON:Haruto Watanabe]], the Direct Response Planner, set his new password to 7s#Kd92!mQ and changed his username to [[USERNAME:haruto.w_jp]]. His JCB [[CREDIT_CARD:3566 0020 4518 7719]] remains the default payment method.""",
    """Reminder for [[PERSON:Aurelio Benedetti]]: blood pressure recheck on [[DATE_TIME:22/05/2024 at 16:45]]; your patient number is [[ID_NUMBER:PZ-0093817]] and the clinic will text [[PHONE_NUMBER:+39 347 812 4409]] one day before.""",
    """[[PERSON:Esmeralda]], [[AGE:61]], widowed, retired Forward Brand Producer, lives at [[ADDRESS:Calle de Hortaleza 88, 3º izq.]], [[LOCATION:Madrid]] [[ZIP_CODE:28004]]. Her pension is paid into [[IBAN_CODE:ES9421000418450201184432]].""",
    """The Legacy Paradigm Analyst [[PERSON:Torsten Bjørnstad]] uploaded the tax form from [[IP_ADDRESS:84.208.19.77]] on [[DATE_TIME:2024-02-11T08:14:55Z]]; his phone [[PHONE_NUMBER:+47 912 44 380]] was used for two-factor authentication.""",
    """[[PERSON:Chioma Eze-Okafor]] opened a savings account in the name of her daughter [[PERSON:Adaora]] ([[AGE:7]]) on [[DATE_TIME:May 9, 2024]]. The Diners Club card [[CREDIT_CARD:3095 418827 3652]] was linked for top-ups.""",
    """[[PERSON:Mr. Jean-Baptiste Mukendi]], born [[DATE_TIME:14 février 1985]] in [[LOCATION:Kinshasa]], now lives at [[ADDRESS:27 rue des Tanneurs]], [[LOCATION:Lille]] [[ZIP_CODE:59000]]. Salary account: [[IBAN_CODE:FR7630004008120001042771921]].""",
    """Call log: [[DATE_TIME:08/04/2024 11:20]] — [[PERSON:Bronwyn Tremayne]] called from [[PHONE_NUMBER:0408 336 917]] about the Medicare card [[ID_NUMBER:4173 62050 2]] for her son [[PERSON:Kai]]. Resolved by agent [[PERSON:A. Ng]].""",
    """Dear [[PERSON:Mr. Volkan Yıldırım]], the device registered to your username [[USERNAME:vyildirim]] (MAC a8:5e:45:0c:9b:21) connected from [[IP_ADDRESS:88.241.77.9]]. If this is not you, reset your PIN (currently ending in **42) immediately.""",
    """[[PERSON:Rebekah Osterhout]], [[AGE:47]], Lead Optimization Engineer, ordered 3 items to [[ADDRESS:3819 Quarry Hill Rd, Apt 14]], [[LOCATION:Harrisburg]], [[LOCATION:PA]] [[ZIP_CODE:17110]] using the Visa [[CREDIT_CARD:4485 2761 3302 9175]], CVV 117, expiring 11/2027.""",
    """Transfer confirmation: AED 12,500 from [[PERSON:Faisal Al-Marzouqi]] ([[IBAN_CODE:AE940261015623873901427]]) to [[PERSON:Priya Menon]] ([[IBAN_CODE:AE240330331017846302551]]) on [[DATE_TIME:19/08/2024]]; Emirates ID [[ID_NUMBER:784-1987-4418203-5]].""",
    """Good morning [[PERSON:Aleksander]]! Our records show your date of birth as [[DATE_TIME:1979-12-03]] and your home at [[ADDRESS:ul. Piotrkowska 112 m. 7]], [[LOCATION:Łódź]] [[ZIP_CODE:90-006]]. Please update your PESEL [[ID_NUMBER:79120304518]] in the portal.""",
    """Hi [[PERSON:Leilani]], the Dynamic Solutions Manager [[PERSON:Ezekiel Thornbury]] asked me to forward the contract to [[EMAIL_ADDRESS:leilani.kahale@gmail.com]]. Your employee ID is [[ID_NUMBER:EMP-558201]] and your start date is [[DATE_TIME:the 4th of November]].""",
    """[[PERSON:Maximilian Hohenberger]] (♂, [[AGE:52]]) reported that his card [[CREDIT_CARD:4588 0312 0077 5630]] was skimmed at a fuel station near [[LOCATION:Regensburg]]. New card to be sent to [[ADDRESS:Am Kreuzberg 7a]], [[ZIP_CODE:93047]] [[LOCATION:Regensburg]].""",
    """Account holder [[PERSON:Nasrin Akter]] requested a cheque book for account [[ID_NUMBER:1051-3400-88217]] at [[LOCATION:Chittagong]]; her mobile [[PHONE_NUMBER:+880 1819 234 567]] and NID [[ID_NUMBER:4627 193 850]] were verified on [[DATE_TIME:10 Oct 2024]].""",
    """CLAIM FORM — Motor Vehicle Accident. Claimant: [[PERSON:Leticia Ann Marsh]]. Date of birth: [[DATE_TIME:08/19/1972]]. Policy number: AUT-4471-99320. Date of loss: [[DATE_TIME:01/14/2025]], approx. 7:15 PM. Location of loss: intersection of Route 9 and Maple Ave, [[LOCATION:Poughkeepsie]], [[LOCATION:NY]]. Other driver: [[PERSON:Gerald Fenwick]], NY license [[US_DRIVER_LICENSE:493 821 067]], phone [[PHONE_NUMBER:845-471-2093]]. Injuries: claimant reports neck pain; treated at Vassar Brothers Medical Center.""",
    """This Residential Lease Agreement ("Agreement") is made on [[DATE_TIME:March 1, 2025]] between Brightwater Property Holdings LLC ("Landlord") and [[PERSON:Dominique Alvarez]] and [[PERSON:Terrence Alvarez]] ("Tenants") for the premises at [[ADDRESS:1147 Cypress Point Drive, Unit 204]], [[LOCATION:Tampa]], [[LOCATION:Florida]] [[ZIP_CODE:33602]]. Monthly rent of $2,150 is due on the first of each month. Tenant contact: [[EMAIL_ADDRESS:dom.alvarez@icloud.com]], [[PHONE_NUMBER:(813) 204-5518]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Harold Wexler]]   MRN: [[ID_NUMBER:00482193]]   DOB: [[DATE_TIME:02/27/1949]]   Age: [[AGE:75]]
Admitted: [[DATE_TIME:10/03/2024]]   Discharged: [[DATE_TIME:10/08/2024]]
Attending: [[PERSON:Dr. Meena Iyer]]
Diagnosis: Community-acquired pneumonia, resolved. Follow-up with PCP [[PERSON:Dr. Carl Brandt]] within 7 days. Home address on file: [[ADDRESS:56 Orchard Street]], [[LOCATION:Worcester]], [[LOCATION:MA]] [[ZIP_CODE:01604]].""",
    """LOAN APPLICATION — Section A (Applicant)
Full name: [[PERSON:Nkechi Adaobi Eze]]
Social Security Number: [[US_SSN:618-40-2293]]
Date of birth: [[DATE_TIME:1986-05-14]]
Current address: [[ADDRESS:2901 Peachtree Rd NE, Apt 1508]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30305]]
Years at address: 3
Employer: Southern Grid Utilities   Position: Senior Analyst   Gross monthly income: $7,900
Co-applicant: [[PERSON:Chidi Eze]]   SSN: [[US_SSN:245-91-6730]]""",
    """NOTICE OF TERMINATION OF EMPLOYMENT. Dear [[PERSON:Mr. Brendan Kilcoyne]], further to our meeting on [[DATE_TIME:18 June 2024]], this letter confirms that your employment with Harbourline Logistics Ltd (employee no. [[ID_NUMBER:HL-20418]]) will end on [[DATE_TIME:19 July 2024]]. Your final salary, including 6 days of accrued leave, will be paid to your account ending 0931. Please return your access card and laptop to [[PERSON:Gráinne Doyle]] in HR.""",
    """Insurance claim #HC-2024-118273 — Health. Member: [[PERSON:Yolanda Pierce-Mbatha]], member ID [[ID_NUMBER:XHP447120983]], group no. 88120. Date of service: [[DATE_TIME:September 9, 2024]]. Provider: Lakeside Orthopaedics. Procedure: MRI left knee. The member disputes the denial and can be reached at [[PHONE_NUMBER:(312) 778-0146]] or [[EMAIL_ADDRESS:ypiercembatha@gmail.com]].""",
    """PROMISSORY NOTE. For value received, the undersigned, [[PERSON:Victor Hugo Santamaría]], residing at [[ADDRESS:4410 Alameda Ave]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79905]], promises to pay to the order of [[PERSON:Ramona Ibarra]] the principal sum of $15,000.00 with interest at 6% per annum. Signed on this [[DATE_TIME:12th day of August, 2024]].""",
    """Incident report — Retail store #0417. On [[DATE_TIME:02/02/2025 at 16:05]], customer [[PERSON:Tiffany Marsh-Holloway]] slipped near aisle 9. Witness: [[PERSON:Omar Farouk]] (tel. [[PHONE_NUMBER:555-0198]]). Store manager on duty: [[PERSON:J. Patel]]. The customer declined an ambulance and gave her address as [[ADDRESS:88 Linden Ave]], [[LOCATION:Dayton]], [[LOCATION:OH]].""",
    """Prescription. Patient: [[PERSON:Mrs. Agnieszka Nowicka]], DOB [[DATE_TIME:17.04.1958]], NHS no. [[ID_NUMBER:485 203 9178]]. Address: [[ADDRESS:31 Beech Grove]], [[LOCATION:Peterborough]] [[ZIP_CODE:PE1 4LT]]. Rx: Amlodipine 5 mg, one tablet daily, 28 days. Prescriber: [[PERSON:Dr. Julian Osei]], GMC [[ID_NUMBER:7042118]].""",
    """Dear [[PERSON:Mr. Alan Fitzpatrick]], Re: Your mortgage account [[ID_NUMBER:77310452]]. We write to inform you that your fixed rate ends on [[DATE_TIME:31 December 2025]]. As a customer since [[DATE_TIME:May 2011]], you may switch to a new product without a fee. Please call us on 0345 600 7210 quoting your date of birth ([[DATE_TIME:09/02/1967]]).""",
    """SCHOOL ENROLMENT FORM. Student: [[PERSON:Zara Ahmed-Qureshi]]. Date of birth: [[DATE_TIME:21 March 2014]]. Year group: 6. Parent/guardian: [[PERSON:Rukhsana Qureshi]], mobile [[PHONE_NUMBER:07412 336 091]], email [[EMAIL_ADDRESS:rukhsana.q@live.co.uk]]. Home address: [[ADDRESS:19 Whitehall Road]], [[LOCATION:Dewsbury]] [[ZIP_CODE:WF13 2HG]]. Religion: [[NRP:Muslim]]. Dietary requirements: halal.""",
    """EMPLOYMENT VERIFICATION. This is to certify that [[PERSON:Rohan Deshpande]] (employee ID [[ID_NUMBER:INF-884120]]) has been employed with us as a Software Engineer II since [[DATE_TIME:July 15, 2019]]. His current base salary is $142,000. This letter is issued at the request of the employee for his visa application; his passport number is [[ID_NUMBER:Z4827163]].""",
    """WORKERS' COMPENSATION — First Report of Injury. Employee: [[PERSON:Luis Alberto Figueroa]]; SSN [[US_SSN:574-20-3318]]; DOB [[DATE_TIME:3/30/1990]]; home phone [[PHONE_NUMBER:(505) 842-7719]]. Date and time of injury: [[DATE_TIME:11/12/2024 09:40]]. Description: laceration to right hand while operating a box cutter at the [[LOCATION:Albuquerque]] warehouse. Supervisor: [[PERSON:Darlene Kowal]].""",
    """POWER OF ATTORNEY. I, [[PERSON:Margaret Anne Sutherland]], of [[ADDRESS:12 Heron Way]], [[LOCATION:Stirling]] [[ZIP_CODE:FK8 2QA]], born [[DATE_TIME:4 November 1940]], appoint my nephew [[PERSON:Graham Sutherland]], of [[ADDRESS:7 Abbey Road]], [[LOCATION:Perth]] [[ZIP_CODE:PH2 0AN]], as my continuing attorney. Signed at [[LOCATION:Stirling]] on [[DATE_TIME:6 January 2025]].""",
    """Customer complaint received [[DATE_TIME:2024-12-03]] from [[PERSON:Ms. Pamela Ochieng]] (customer no. [[ID_NUMBER:CUS-00718325]]): she was charged twice for her home insurance renewal. Both debits came from her account [[IBAN_CODE:GB66LOYD30963148205177]]. She asks for a call back on [[PHONE_NUMBER:07700 900 431]] after 5 pm.""",
    """TENANCY DEPOSIT CERTIFICATE. Deposit ID: DPS-9920183. Landlord: [[PERSON:Kieran Holt]]. Tenant(s): [[PERSON:Ayumi Sato]], [[PERSON:Benedikt Maier]]. Property: [[ADDRESS:Flat 7, 201 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1XG]]. Tenancy start date: [[DATE_TIME:15/09/2024]]. Deposit amount: £1,730.""",
    """Medical certificate. This is to certify that [[PERSON:Mr. Emeka Obi]], aged [[AGE:45]], was examined by me on [[DATE_TIME:27th January 2025]] and is unfit for work for 10 days owing to acute lumbar strain. [[PERSON:Dr. Funmilayo Adeyemi]], [[ID_NUMBER:MDCN/R/41782]], Reddington Clinic, [[LOCATION:Victoria Island]], [[LOCATION:Lagos]].""",
    """VEHICLE SALE AGREEMENT. Seller: [[PERSON:Craig McAllister]], [[ADDRESS:44 Whitebridge Road]], [[LOCATION:Belfast]] [[ZIP_CODE:BT5 6DA]]. Buyer: [[PERSON:Nuala Devlin]]. Vehicle: 2017 Ford Focus, registration [[ID_NUMBER:RXZ 4821]], VIN WF05XXGCC5HG12345, mileage 61,200. Sale price £6,400, paid by bank transfer on [[DATE_TIME:22/11/2024]].""",
    """Notice of Data Breach. Dear [[PERSON:Samuel Okonjo]], on or about [[DATE_TIME:August 3, 2024]] an unauthorized party accessed a database that contained your name, your Social Security number ending in 4417, and your date of birth. We are offering 24 months of credit monitoring; your enrollment code is 7Q4-KX9-2LM. Questions may be directed to our call center at 1-888-410-2277.""",
    """Consent for Treatment of a Minor. I, [[PERSON:Olga Petrenko]], parent of [[PERSON:Mykola Petrenko]] (DOB [[DATE_TIME:05/06/2012]]), consent to dental treatment at Maple Leaf Dental on [[DATE_TIME:June 20, 2025]]. My health card number is [[ID_NUMBER:6158-302-742]] and I can be reached at [[PHONE_NUMBER:613-229-4871]].""",
    """EXPENSE CLAIM — [[PERSON:Fiona Gallagher]] (staff no. [[ID_NUMBER:002714]]), Marketing. Trip: [[LOCATION:Galway]] to [[LOCATION:Cork]], [[DATE_TIME:3–4 April 2025]]. Mileage 412 km, hotel €139, meals €54. Reimburse to [[IBAN_CODE:IE30BOFI90001774820315]]. Approved by [[PERSON:Declan Murphy]].""",
    """Affidavit of Residence. I, [[PERSON:Tomasz Wiśniewski]], being duly sworn, state that I have resided at [[ADDRESS:235 Kent Ave, Apt 3F]], [[LOCATION:Brooklyn]], [[LOCATION:New York]] [[ZIP_CODE:11249]] since [[DATE_TIME:January 2018]]. My date of birth is [[DATE_TIME:December 11, 1983]] and my passport number is [[ID_NUMBER:EK8204173]]. Sworn before me on this [[DATE_TIME:3rd day of March 2025]].""",
    """Pharmacy refill request. Patient [[PERSON:Bernard Klein]], DOB [[DATE_TIME:7/7/1951]], Rx #6620418 (metformin 500 mg). Insurance member ID [[ID_NUMBER:W8841203377]]. Deliver to [[ADDRESS:1402 Elm Street]], [[LOCATION:Cedar Rapids]], [[LOCATION:IA]] [[ZIP_CODE:52402]]. Caregiver: [[PERSON:Ruth Klein]], [[PHONE_NUMBER:319-364-0281]].""",
    """Minutes of the Parish Finance Committee, St Brigid's, [[LOCATION:Kildare]]. Present: [[TITLE:Fr.]] [[PERSON:Pádraig Lynch]] (chair), [[PERSON:Maura Kennelly]], [[PERSON:Tom Hegarty]], [[PERSON:Nessa Quinn]]. Apologies: [[PERSON:John-Joe Brady]]. Item 3: [[PERSON:Maura]] reported that the standing orders for the roof fund now total €1,240 a month; the donor [[PERSON:Mr. Seamus Cronin]] of [[ADDRESS:3 Curragh View]], [[LOCATION:Newbridge]] has increased his gift.""",
    """{"customer_id": "[[ID_NUMBER:C-2291847]]", "first_name": "[[PERSON:Kelechi]]", "last_name": "[[PERSON:Nwachukwu]]", "email": "[[EMAIL_ADDRESS:kelechi.nwachukwu@yahoo.com]]", "phone": "[[PHONE_NUMBER:+234 809 117 4420]]", "date_of_birth": "[[DATE_TIME:1991-03-28]]", "address": {"street": "[[ADDRESS:17 Awolowo Road]]", "city": "[[LOCATION:Ikoyi]]", "state": "[[LOCATION:Lagos]]", "postcode": "[[ZIP_CODE:101233]]"}, "loyalty_tier": "gold", "marketing_opt_in": false}""",
    """2024-10-14 09:12:44,118 INFO  auth.service - login success user=[[USERNAME:mgarcia_rios]] ip=[[IP_ADDRESS:189.203.14.77]] session=8f3a1c2e
2024-10-14 09:12:45,902 WARN  profile.api - email change requested for [[USERNAME:mgarcia_rios]]: old=[[EMAIL_ADDRESS:m.garcia.rios@gmail.com]] new=[[EMAIL_ADDRESS:mariana.garcia@outlook.com]]
2024-10-14 09:13:02,004 INFO  mailer - verification mail queued id=q-77120""",
    """INSERT INTO patients (mrn, full_name, dob, sex, phone, address, insurer_id) VALUES ('[[ID_NUMBER:MRN-0047712]]', '[[PERSON:Dorothy Ellingsworth]]', '[[DATE_TIME:1944-09-30]]', 'F', '[[PHONE_NUMBER:207-773-4102]]', '[[ADDRESS:48 Brackett Street]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04102]]', '[[ID_NUMBER:YHP902118475]]');""",
    """<employee>
  <id>[[ID_NUMBER:E-44109]]</id>
  <name>
    <given>[[PERSON:Aroha]]</given>
    <family>[[PERSON:Te Rangi]]</family>
  </name>
  <dob>[[DATE_TIME:1993-07-21]]</dob>
  <ird>[[ID_NUMBER:139-582-047]]</ird>
  <email>[[EMAIL_ADDRESS:aroha.terangi@xtra.co.nz]]</email>
  <address>[[ADDRESS:62 Tui Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]]</address>
  <department>Logistics</department>
</employee>""",
    """Ticket #SR-448120 | Opened: 2025-01-09 | Priority: P2
Customer: [[PERSON:Hyun-woo Park]] ([[EMAIL_ADDRESS:hwpark@naver.com]])
Phone: [[PHONE_NUMBER:+82 10-4417-2093]]
Issue: Customer reports that the card [[CREDIT_CARD:5489 0162 7745 3028]] was charged for a subscription he cancelled on [[DATE_TIME:December 28, 2024]]. Requests refund to the same card.
Agent notes: verified identity with DOB [[DATE_TIME:1988-02-09]] and billing zip [[ZIP_CODE:98052]].""",
    """# config/notify.yaml
smtp:
  host: smtp.mailgun.org
  port: 587
  username: postmaster@notify.acme-logistics.io
  password: "hK9#vQ2!pLz"
alerts:
  on_call_name: [[PERSON:Bartholomew Ng]]
  on_call_phone: "[[PHONE_NUMBER:+61 412 903 771]]"
  on_call_email: [[EMAIL_ADDRESS:bart.ng@acme-logistics.io]]
  escalation: ops@acme-logistics.io
  bastion_ip: [[IP_ADDRESS:52.64.118.203]]""",
    """def test_kyc_payload():
    payload = {
        "full_name": "[[PERSON:Ingrid Solberg]]",
        "nationality": "[[NRP:Norwegian]]",
        "passport_no": "[[ID_NUMBER:FP4418203]]",
        "dob": "[[DATE_TIME:1979-10-02]]",
        "iban": "[[IBAN_CODE:NO9786011179470]]",
        "phone": "[[PHONE_NUMBER:+4791244381]]",
    }
    assert validate(payload).ok""",
    """SELECT * FROM users WHERE email = '[[EMAIL_ADDRESS:r.thibodeaux@cox.net]]' OR phone = '[[PHONE_NUMBER:3375550192]]';
-- result: id=88120, name='[[PERSON:Remy Thibodeaux]]', ssn='[[US_SSN:433-71-9052]]', city='[[LOCATION:Lafayette]]', state='[[LOCATION:LA]]', created_at='[[DATE_TIME:2019-06-02 14:11:09]]'""",
    """{"event": "donation.completed", "timestamp": "2025-03-21T18:04:11Z", "donor": {"name": "[[PERSON:Amara Okeke]]", "email": "[[EMAIL_ADDRESS:amara.okeke@gmail.com]]", "donor_id": "[[ID_NUMBER:D-00391822]]", "gift_aid": true, "postcode": "[[ZIP_CODE:SE15 4QL]]"}, "amount": 40.00, "currency": "GBP", "campaign": "winter-appeal-2025", "card": {"brand": "visa", "last4": "9906"}}""",
    """Form 7B – Volunteer Registration
Name: [[PERSON:Esther Nakato]]
Date of birth: [[DATE_TIME:12 Aug 1997]]
National ID (NIN): [[ID_NUMBER:CF97041102KLPD]]
Phone: [[PHONE_NUMBER:+256 772 418 905]]
District: [[LOCATION:Wakiso]]
Preferred role: Community health mobiliser
Religion: [[NRP:Anglican]]
Languages: English, Luganda
Next of kin: [[PERSON:Moses Ssempa]] ([[PHONE_NUMBER:0701 556 240]])""",
    """May 02 03:41:17 web-02 sshd[21877]: Failed password for invalid user admin from [[IP_ADDRESS:45.148.10.62]] port 52214 ssh2
May 02 03:41:20 web-02 sshd[21877]: Failed password for invalid user admin from [[IP_ADDRESS:45.148.10.62]] port 52214 ssh2
May 02 08:02:55 web-02 sshd[22410]: Accepted publickey for [[USERNAME:lwozniak]] from [[IP_ADDRESS:10.8.0.14]] port 60122 ssh2""",
    """PUT /api/v2/members/[[ID_NUMBER:M-0047219]] HTTP/1.1
Host: portal.greenfieldgym.com
Content-Type: application/json

{"name": "[[PERSON:Declan O'Rourke]]", "email": "[[EMAIL_ADDRESS:declan.orourke@eircom.net]]", "mobile": "[[PHONE_NUMBER:086 417 2290]]", "emergency_contact": {"name": "[[PERSON:Aisling O'Rourke]]", "mobile": "[[PHONE_NUMBER:087 331 0924]]"}, "plan": "off-peak"}""",
    """<?xml version="1.0"?>
<PaymentInstruction>
  <Debtor><Nm>[[PERSON:Lotte Vermeulen]]</Nm><IBAN>[[IBAN_CODE:BE19735002184912]]</IBAN><BIC>KREDBEBB</BIC></Debtor>
  <Creditor><Nm>Artsen Zonder Grenzen vzw</Nm></Creditor>
  <Amount Ccy="EUR">25.00</Amount>
  <MandateId>AZG-M-558102</MandateId>
  <SignatureDate>[[DATE_TIME:2024-11-05]]</SignatureDate>
</PaymentInstruction>""",
    """support_ticket:
  id: ZD-771203
  requester: [[PERSON:Priscilla Mwale]]
  requester_email: [[EMAIL_ADDRESS:pmwale@gmail.com]]
  subject: "Can't reset 2FA"
  body: >
    Hi, I lost my phone. My old number was [[PHONE_NUMBER:+260 977 418 236]] and my username is [[USERNAME:priscilla.mwale]].
    My date of birth is [[DATE_TIME:30 April 1990]] if you need it to verify.
  tags: [2fa, account-recovery]""",
    """// seed data for local dev, DO NOT use in prod
const users = [
  { id: 1, name: "[[PERSON:Tobias Grünewald]]", email: "[[EMAIL_ADDRESS:tobias.gruenewald@web.de]]", iban: "[[IBAN_CODE:DE74500105175407321869]]" },
  { id: 2, name: "[[PERSON:Selin Aydın]]", email: "[[EMAIL_ADDRESS:selin.aydin@gmx.de]]", phone: "[[PHONE_NUMBER:+49 1578 2209461]]" },
];""",
    """[2025-02-17 22:48:03] payment.gateway: charge declined card=[[CREDIT_CARD:4917603382154909]] amount=129.99 USD customer=[[PERSON:Jalen Brooks]] email=[[EMAIL_ADDRESS:jbrooks23@gmail.com]] ip=[[IP_ADDRESS:71.58.200.114]] reason=insufficient_funds avs=Y cvv=M""",
    """Patient intake (web form) submitted 2025-01-06 10:22
first_name=[[PERSON:Nadia]]&last_name=[[PERSON:Haddad]]&dob=[[DATE_TIME:1987-08-19]]&sex=F&phone=[[PHONE_NUMBER:%2B1-514-882-0473]]&email=[[EMAIL_ADDRESS:nadia.haddad%40videotron.ca]]&ramq=[[ID_NUMBER:HADN87581914]]&reason=annual+checkup""",
    """--- HR export (row 1 of 1) ---
employee_number: [[ID_NUMBER:400118]]
legal_name: [[PERSON:Oluwadamilare Johnson]]
preferred_name: [[PERSON:Dami]]
date_of_hire: [[DATE_TIME:2021-04-12]]
job_title: Warehouse Operative
home_address: [[ADDRESS:Flat 2, 41 Canterbury Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 3HN]]
ni_number: [[ID_NUMBER:JC 41 72 93 B]]
bank_sort_code: 20-32-53
bank_account: [[ID_NUMBER:71468209]]""",
    """curl -X POST https://api.example-crm.io/v1/contacts \\
  -H "Authorization: Bearer sk_live_51Hx9kL2vQ" \\
  -d '{"name":"[[PERSON:Sunita Raghavan]]","email":"[[EMAIL_ADDRESS:sunita.raghavan@rediffmail.com]]","phone":"[[PHONE_NUMBER:+91 80 4112 7730]]","company":"Raghavan Textiles"}'""",
    """Jira: HRS-2231 "Duplicate volunteer records"
Description: Two records exist for [[PERSON:Benedict Agyeman]] — one with email [[EMAIL_ADDRESS:ben.agyeman@gmail.com]] and DOB [[DATE_TIME:14/02/1985]], the other with [[EMAIL_ADDRESS:b.agyeman@nhs.net]] and volunteer ID [[ID_NUMBER:VOL-11820]]. Both list [[ADDRESS:9 Hartley Street]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 4EW]]. Please merge and keep the NHS address.""",
    """{"level":"info","ts":"2025-03-02T07:55:19.441Z","msg":"kyc check passed","applicant":{"name":"[[PERSON:Mpho Khumalo]]","id_number":"[[ID_NUMBER:8704125163088]]","mobile":"[[PHONE_NUMBER:+27 82 491 3307]]"},"risk_score":12}""",
    """ALTER TABLE donors ADD COLUMN gift_aid BOOLEAN;
UPDATE donors SET gift_aid = TRUE, postcode = '[[ZIP_CODE:LS6 2QB]]' WHERE donor_ref = '[[ID_NUMBER:LDN-204118]]'; -- per phone call from [[PERSON:Mrs Winifred Ashby]] on [[DATE_TIME:4 March]], she also asked us to stop post to [[ADDRESS:27 Headingley Mount]]""",
    """[Interface]
# wg0 for the remote office of [[PERSON:Magnus Eriksson]] ([[EMAIL_ADDRESS:magnus.eriksson@telia.se]])
PrivateKey = 4Bx+8mQzv0a1Y2Lk7TnP9sR3cWfHjE6uDgK0iXoZ5A=
Address = [[IP_ADDRESS:10.20.0.7]]/32
DNS = [[IP_ADDRESS:1.1.1.1]]

[Peer]
Endpoint = [[IP_ADDRESS:81.230.44.19]]:51820""",
    """Form W-4 excerpt: (a) First name and middle initial: [[PERSON:Keisha L.]] (b) Last name: [[PERSON:Washington]] (c) SSN: [[US_SSN:381-52-0947]] Address: [[ADDRESS:5517 Magnolia Blvd]] City or town, state, and ZIP code: [[LOCATION:Shreveport]], [[LOCATION:LA]] [[ZIP_CODE:71106]] (d) Filing status: Single""",
    """Contact card export (vCard 3.0)
BEGIN:VCARD
FN:[[TITLE:Rev.]] [[PERSON:Dr. Josephine Amankwah]]
TEL;TYPE=CELL:[[PHONE_NUMBER:+233 24 418 7702]]
EMAIL:[[EMAIL_ADDRESS:j.amankwah@methodistghana.org]]
ADR;TYPE=HOME:;;[[ADDRESS:House No. 14, Nii Okaiman Street]];[[LOCATION:Accra]];;;[[LOCATION:Ghana]]
BDAY:[[DATE_TIME:1968-05-23]]
END:VCARD""",
    """Appointment API response:
{"appointment": {"id": "APT-77413", "patient": {"name": "[[PERSON:Chinonso Ibe]]", "nhs_number": "[[ID_NUMBER:7329184063]]", "dob": "[[DATE_TIME:1995-12-01]]"}, "slot": "[[DATE_TIME:2025-04-07T14:20:00+01:00]]", "clinician": "[[PERSON:Dr. Helena Marsh]]", "location": "Room 4, Brixton Hill Surgery"}}""",
    """CSV upload error on line 14: "[[PERSON:Gabriel Nascimento]]","[[EMAIL_ADDRESS:gabriel.nascimento@@uol.com.br]]","[[PHONE_NUMBER:+55 11 98214-3370]]","[[LOCATION:São Paulo]]" — invalid email address (double @). Please fix and re-upload.""",
    """Pull request #418: fix(signup): mask PII in logs
Before this change the signup handler logged the raw body, e.g.
  signup body={"user":"[[USERNAME:kat_m_1999]]","email":"[[EMAIL_ADDRESS:katarzyna.mazur99@o2.pl]]","dob":"[[DATE_TIME:1999-01-17]]"}
After: signup body={"user":"k***","email":"k***@o2.pl","dob":"****"}""",
    """Case management note (CaseWorx) — client [[PERSON:Fatuma Abdi Hassan]], DOB [[DATE_TIME:01/01/1976]], A-number [[ID_NUMBER:A 214 887 019]], interpreter: Somali. Client attended on [[DATE_TIME:2/11/2025]] with her son [[PERSON:Abdullahi]] ([[AGE:16]]). Address updated to [[ADDRESS:2210 Riverside Ave S, Apt 105]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55454]]. Phone [[PHONE_NUMBER:612-338-9014]].""",
    """{"resourceType":"Patient","id":"pt-33018","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.1.4.1","value":"[[ID_NUMBER:6110482935]]"}],"name":[{"family":"[[PERSON:Okoye]]","given":["[[PERSON:Chukwuemeka]]","[[PERSON:Daniel]]"]}],"gender":"male","birthDate":"[[DATE_TIME:1982-10-05]]","address":[{"line":["[[ADDRESS:70 Cranbrook Road]]"],"city":"[[LOCATION:Ilford]]","postalCode":"[[ZIP_CODE:IG1 4PG]]"}]}""",
    """Webhook payload logged at 2025-01-30T12:01:44Z
stripe.customer.updated: name=[[PERSON:Liam O'Connell]] email=[[EMAIL_ADDRESS:liam.oconnell@gmail.com]] address.line1=[[ADDRESS:12 Sandymount Avenue]] address.city=[[LOCATION:Dublin 4]] address.postal_code=[[ZIP_CODE:D04 X2V6]] phone=[[PHONE_NUMBER:+353 87 902 1146]]""",
    """Moderation queue item 5512: user [[USERNAME:deen_and_dunya_22]] (registered [[DATE_TIME:2023-08-14]], last IP [[IP_ADDRESS:39.45.117.202]]) posted a comment containing another user's phone number [[PHONE_NUMBER:0312 7719402]] and the name [[PERSON:Zainab Qadri]]. Action: comment hidden, warning sent.""",
    """DROP-IN CLINIC SIGN-IN SHEET (scanned, OCR)
1. [[PERSON:Abebe Tesfaye]]   DOB [[DATE_TIME:03/03/1969]]   tel [[PHONE_NUMBER:0203 418 7720]]   reason: housing letter
2. [[PERSON:Mirela Popescu]]   DOB [[DATE_TIME:22/10/1994]]   tel [[PHONE_NUMBER:07438 902 661]]   reason: benefits form
3. [[PERSON:J. O'Hare]]   DOB —   tel —   reason: food voucher""",
    """Beneficiary record export — Urban Relief Trust
{"beneficiary_id": "[[ID_NUMBER:URT-KHI-20417]]", "name": "[[PERSON:Shabana Bibi]]", "cnic": "[[ID_NUMBER:42201-6617293-4]]", "phone": "[[PHONE_NUMBER:0315-2904417]]", "address": "[[ADDRESS:House 118, Sector 11-A]], [[LOCATION:North Karachi]]", "household_size": 7, "registered_on": "[[DATE_TIME:2024-07-02]]"}""",
    """ناظرہ کلاس داخلہ فارم — طالب علم: [[PERSON:محمد حسنین رضا]]، ولدیت: [[PERSON:غلام مصطفیٰ]]، تاریخ پیدائش: [[DATE_TIME:۰۷-۰۳-۲۰۱۵]]، عمر: [[AGE:۹]] سال، پتہ: [[ADDRESS:گلی نمبر ۵، مکان ۲۱]]، [[LOCATION:سمن آباد]]، [[LOCATION:فیصل آباد]]۔ سرپرست کا موبائل: [[PHONE_NUMBER:0300-6621847]]، شناختی کارڈ: [[ID_NUMBER:33100-2184736-1]]۔""",
    """بینک ٹرانسفر کی تصدیق: بھیجنے والا [[PERSON:نوید اختر]]، اکاؤنٹ [[IBAN_CODE:PK16HABB0000876512004339]]؛ وصول کنندہ الخدمت فاؤنڈیشن؛ رقم ۲۵,۰۰۰ روپے؛ تاریخ [[DATE_TIME:۱۸ جون ۲۰۲۴]]۔ رسید [[EMAIL_ADDRESS:naveed.akhtar77@hotmail.com]] پر بھیج دی گئی ہے۔""",
    """Complaint no. 2291 — shikayat kuninda: [[PERSON:Rubina Kausar]], CNIC [[ID_NUMBER:37405-9012846-2]], mobile [[PHONE_NUMBER:0321 5508273]], pata [[ADDRESS:House 9, Street 14, G-9/2]], [[LOCATION:Islamabad]]. Inhon ne [[DATE_TIME:12 January ko subah 10 baje]] bijli ka meter tabdeel karwane ki darkhwast di thi magar ab tak koi jawab nahi aaya.""",
    """user_profile: {naam: "[[PERSON:Usman Ghani Cheema]]", umar: [[AGE:41]], shehar: "[[LOCATION:Sialkot]]", email: "[[EMAIL_ADDRESS:usman.cheema@gmail.com]]", card: "[[CREDIT_CARD:4921 8190 0453 7719]]", last_login: "[[DATE_TIME:2025-02-14 21:07]]", ip: "[[IP_ADDRESS:182.185.41.96]]"}""",
    """সদস্য নিবন্ধন ফর্ম — নাম: [[PERSON:মোঃ জাহিদুল হক]]; পিতার নাম: [[PERSON:আব্দুল মান্নান]]; জন্ম তারিখ: [[DATE_TIME:১২/১০/১৯৮৯]]; জাতীয় পরিচয়পত্র: [[ID_NUMBER:৫৫২ ৩১৮ ৯০৪৭]]; মোবাইল: [[PHONE_NUMBER:০১৫৫২-৯০৩৪১৭]]; ঠিকানা: [[ADDRESS:বাসা ৩২/এ, রোড ১১]], [[LOCATION:উত্তরা সেক্টর ৪]], [[LOCATION:ঢাকা]]-[[ZIP_CODE:১২৩০]]।""",
    """{"নাম": "[[PERSON:শারমিন সুলতানা]]", "বয়স": [[AGE:29]], "ইমেইল": "[[EMAIL_ADDRESS:sharmin.sultana@yahoo.com]]", "ফোন": "[[PHONE_NUMBER:+8801711-482093]]", "জেলা": "[[LOCATION:রাজশাহী]]", "অনুদান": 5000, "তারিখ": "[[DATE_TIME:2025-03-09]]"}""",
    """অভিযোগ নং ৪৪১: গ্রাহক [[PERSON:বিপ্লব কুমার দাস]] জানিয়েছেন যে তাঁর বিকাশ অ্যাকাউন্ট [[PHONE_NUMBER:01819-552047]] থেকে [[DATE_TIME:২ ফেব্রুয়ারি রাত ১১:৪০]]-এ ৮,৫০০ টাকা অননুমোদিতভাবে পাঠানো হয়েছে। তাঁর ইমেইল [[EMAIL_ADDRESS:biplob.das@gmail.com]], ঠিকানা [[LOCATION:সিলেট]]।""",
]

TABLE = [
    """volunteer_id,name,mobile,shift_date,role,hours
[[ID_NUMBER:V-0412]],[[PERSON:Hana Yoshida]],[[PHONE_NUMBER:0412 339 870]],[[DATE_TIME:2025-05-03]],driver,4
[[ID_NUMBER:V-0419]],[[PERSON:Rangi Parata]],[[PHONE_NUMBER:0421 706 114]],[[DATE_TIME:2025-05-03]],packer,3
[[ID_NUMBER:V-0433]],[[PERSON:Georgina Lau]],[[PHONE_NUMBER:0433 218 650]],[[DATE_TIME:2025-05-04]],driver,4
[[ID_NUMBER:V-0440]],[[PERSON:Faisal Qureshi]],[[PHONE_NUMBER:0401 992 347]],[[DATE_TIME:2025-05-04]],warehouse lead,6""",
    """| Donor | Email | Postcode | Gift Aid | Amount (£) |
|---|---|---|---|---|
| [[PERSON:Rosalind Pike]] | [[EMAIL_ADDRESS:rosalind.pike@gmail.com]] | [[ZIP_CODE:BS7 8QT]] | Y | 25.00 |
| [[PERSON:Ahmed Jama]] | [[EMAIL_ADDRESS:ahmedjama1979@hotmail.co.uk]] | [[ZIP_CODE:B10 0HX]] | Y | 100.00 |
| [[PERSON:Gwen Roberts]] | [[EMAIL_ADDRESS:gwen.roberts@btinternet.com]] | [[ZIP_CODE:LL57 2DG]] | N | 10.00 |
| [[PERSON:Krzysztof Nowak]] | [[EMAIL_ADDRESS:k.nowak@wp.pl]] | [[ZIP_CODE:PE13 2RH]] | Y | 15.00 |""",
    """patient_no\tsurname\tforename\tdob\tward\tconsultant
[[ID_NUMBER:RX4471023]]\t[[PERSON:O'Sullivan]]\t[[PERSON:Maeve]]\t[[DATE_TIME:12/06/1938]]\tB4\t[[PERSON:Mr. Hegarty]]
[[ID_NUMBER:RX4471187]]\t[[PERSON:Mensah]]\t[[PERSON:Kwabena]]\t[[DATE_TIME:30/01/1961]]\tC2\t[[PERSON:Dr. Farouk]]
[[ID_NUMBER:RX4472005]]\t[[PERSON:Lindqvist]]\t[[PERSON:Elsa]]\t[[DATE_TIME:08/08/1999]]\tMAT1\t[[PERSON:Ms. Adeyemi]]""",
    """EMP#   NAME                     DEPT      SSN            HIRE DATE
-----  -----------------------  --------  -------------  ----------
10211  [[PERSON:Garcia, Maria Elena]]      Finance   [[US_SSN:529-84-1107]]    [[DATE_TIME:03/15/2016]]
10287  [[PERSON:Whitfield, Bradley]]       IT        [[US_SSN:318-20-4476]]    [[DATE_TIME:11/01/2019]]
10302  [[PERSON:Nguyen, Thi Thu Ha]]       Payroll   [[US_SSN:602-37-9815]]    [[DATE_TIME:06/22/2021]]""",
    """{"user": "[[USERNAME:midnight_chai]]", "email": "[[EMAIL_ADDRESS:zoya.mirza@outlook.com]]", "last_login": "[[DATE_TIME:2025-03-30T21:44:10Z]]", "ip": "[[IP_ADDRESS:92.40.198.11]]", "plan": "free"}
{"user": "[[USERNAME:tomasz_k]]", "email": "[[EMAIL_ADDRESS:tomasz.kaminski@onet.pl]]", "last_login": "[[DATE_TIME:2025-03-31T06:02:57Z]]", "ip": "[[IP_ADDRESS:83.27.114.205]]", "plan": "pro"}
{"user": "[[USERNAME:lulu.bee]]", "email": "[[EMAIL_ADDRESS:lucinda.beauchamp@icloud.com]]", "last_login": "[[DATE_TIME:2025-03-29T13:15:38Z]]", "ip": "[[IP_ADDRESS:2600:1700:3e40:9a10:85c1:d1e2:4b07:71f3]]", "plan": "pro"}""",
    """church_council:
  - name: [[TITLE:Rev.]] [[PERSON:Nathaniel Ampofo]]
    role: chair
    phone: "[[PHONE_NUMBER:07951 334 208]]"
  - name: [[PERSON:Mrs. Comfort Asare]]
    role: treasurer
    phone: "[[PHONE_NUMBER:07488 170 659]]"
    email: [[EMAIL_ADDRESS:comfort.asare@yahoo.co.uk]]
  - name: [[PERSON:Kojo Mensah-Bonsu]]
    role: secretary
    email: [[EMAIL_ADDRESS:kojo.mb@gmail.com]]""",
    """Name: [[PERSON:Priya Chandrasekaran]]
Card: [[CREDIT_CARD:4539 1488 0343 6723]]
Expiry: 04/28
Billing postcode: [[ZIP_CODE:LE4 6FS]]

Name: [[PERSON:Connor McBride]]
Card: [[CREDIT_CARD:2223 0031 2200 3115]]
Expiry: 12/26
Billing postcode: [[ZIP_CODE:BT9 5BN]]

Name: [[PERSON:Adaeze Nwankwo]]
Card: [[CREDIT_CARD:3467 120583 99216]]
Expiry: 07/27
Billing postcode: [[ZIP_CODE:N17 6RA]]""",
    """| Student ID | Full name | Age | Guardian | Guardian phone | Allergies |
|------------|-----------|-----|----------|----------------|-----------|
| [[ID_NUMBER:S24-0917]] | [[PERSON:Ibrahim Sesay]] | [[AGE:8]] | [[PERSON:Fatmata Sesay]] | [[PHONE_NUMBER:(617) 442-0983]] | none |
| [[ID_NUMBER:S24-0922]] | [[PERSON:Chloe Park]] | [[AGE:7]] | [[PERSON:Daniel Park]] | [[PHONE_NUMBER:(617) 298-4410]] | peanuts |
| [[ID_NUMBER:S24-0935]] | [[PERSON:Mateus Oliveira]] | [[AGE:8]] | [[PERSON:Juliana Oliveira]] | [[PHONE_NUMBER:(857) 310-6627]] | lactose |""",
    """acct_holder;iban;bic;mandate_signed;amount_eur
[[PERSON:Willemijn de Groot]];[[IBAN_CODE:NL17RABO0552301841]];RABONL2U;[[DATE_TIME:14-02-2024]];12,50
[[PERSON:Youssef El Amrani]];[[IBAN_CODE:NL98ABNA0630117489]];ABNANL2A;[[DATE_TIME:02-03-2024]];20,00
[[PERSON:Bram Janssens]];[[IBAN_CODE:BE19 7350 0218 4912]];KREDBEBB;[[DATE_TIME:19-03-2024]];7,50""",
    """name                 | nationality | passport      | dob        | arrival
---------------------+-------------+---------------+------------+-----------
[[PERSON:Dmitri Volkov]]        | [[NRP:Russian]]     | [[ID_NUMBER:75 4418203]]    | [[DATE_TIME:1984-06-11]] | [[DATE_TIME:2024-09-02]]
[[PERSON:Amina Diallo]]         | [[NRP:Senegalese]]  | [[ID_NUMBER:A02287419]]     | [[DATE_TIME:1997-01-25]] | [[DATE_TIME:2024-09-04]]
[[PERSON:Carlos Mendes Lima]]   | [[NRP:Brazilian]]   | [[ID_NUMBER:GK418207]]      | [[DATE_TIME:1990-12-30]] | [[DATE_TIME:2024-09-05]]
(3 rows)""",
    """Sr.\tName\tFather/Husband\tCNIC\tUC\tAmount (Rs)
1\t[[PERSON:Nasreen Akhtar]]\t[[PERSON:Muhammad Akhtar]]\t[[ID_NUMBER:35201-1183947-2]]\t[[LOCATION:Shadbagh]]\t12,000
2\t[[PERSON:Parveen Bibi]]\t[[PERSON:Ghulam Qadir]]\t[[ID_NUMBER:35201-6620418-6]]\t[[LOCATION:Misri Shah]]\t12,000
3\t[[PERSON:Kalsoom]]\t[[PERSON:Rashid Ali]]\t[[ID_NUMBER:35202-9947102-4]]\t[[LOCATION:Shadbagh]]\t9,500""",
    """نام | ولدیت | موبائل | شہر | عطیہ (روپے)
--- | --- | --- | --- | ---
[[PERSON:حافظ محمد ادریس]] | [[PERSON:عبدالرشید]] | [[PHONE_NUMBER:0301-4472918]] | [[LOCATION:ملتان]] | ۱۰,۰۰۰
[[PERSON:سلمیٰ نورین]] | [[PERSON:نذیر احمد]] | [[PHONE_NUMBER:0333-7719024]] | [[LOCATION:بہاولپور]] | ۵,۰۰۰
[[PERSON:شاہد محمود]] | [[PERSON:محمد اسلم]] | [[PHONE_NUMBER:0345-6028831]] | [[LOCATION:ملتان]] | ۲۵,۰۰۰""",
    """ক্রম,নাম,বয়স,মোবাইল,গ্রাম,উপজেলা
১,[[PERSON:আয়েশা সিদ্দিকা]],[[AGE:৩২]],[[PHONE_NUMBER:০১৭৩৪-৫৫৯২১০]],[[LOCATION:চর জব্বার]],[[LOCATION:সুবর্ণচর]]
২,[[PERSON:মোছাঃ হালিমা বেগম]],[[AGE:৪৭]],[[PHONE_NUMBER:০১৮৬৫-০২৩৪৮৭]],[[LOCATION:চর জব্বার]],[[LOCATION:সুবর্ণচর]]
৩,[[PERSON:রাশিদা আক্তার]],[[AGE:২৬]],[[PHONE_NUMBER:০১৯২৭-৬৬৩০১৪]],[[LOCATION:পূর্ব চরবাটা]],[[LOCATION:সুবর্ণচর]]""",
    """| সদস্য নং | নাম | ইমেইল | যোগদানের তারিখ |
|---|---|---|---|
| [[ID_NUMBER:BSC-1042]] | [[PERSON:অর্পিতা চক্রবর্তী]] | [[EMAIL_ADDRESS:arpita.chakraborty@gmail.com]] | [[DATE_TIME:০৫/০১/২০২৩]] |
| [[ID_NUMBER:BSC-1057]] | [[PERSON:সৌমিত্র ঘোষ]] | [[EMAIL_ADDRESS:soumitra.ghosh88@yahoo.com]] | [[DATE_TIME:১৮/০৩/২০২৩]] |
| [[ID_NUMBER:BSC-1103]] | [[PERSON:নুসরাত জাহান]] | [[EMAIL_ADDRESS:nusrat.jahan.bd@outlook.com]] | [[DATE_TIME:২২/০৮/২০২৪]] |""",
    """first,last,street,city,st,zip,phone
[[PERSON:Latoya]],[[PERSON:Gibbs]],[[ADDRESS:4410 Crenshaw Blvd]],[[LOCATION:Los Angeles]],[[LOCATION:CA]],[[ZIP_CODE:90043]],[[PHONE_NUMBER:323-299-4187]]
[[PERSON:Ramón]],[[PERSON:Ibáñez]],[[ADDRESS:1207 S Main St Apt 3]],[[LOCATION:Santa Ana]],[[LOCATION:CA]],[[ZIP_CODE:92707]],[[PHONE_NUMBER:714-550-3092]]
[[PERSON:Huong]],[[PERSON:Tran]],[[ADDRESS:9082 Bolsa Ave]],[[LOCATION:Westminster]],[[LOCATION:CA]],[[ZIP_CODE:92683]],[[PHONE_NUMBER:714-897-2260]]
[[PERSON:Gary]],[[PERSON:Lindholm]],[[ADDRESS:PO Box 77]],[[LOCATION:Bishop]],[[LOCATION:CA]],[[ZIP_CODE:93515]],""",
    """Member:   [[PERSON:Oksana Hrytsenko]]
Member #: [[ID_NUMBER:UKR-CH-0318]]
Parish:   Holy Protection, [[LOCATION:Edmonton]]
DOB:      [[DATE_TIME:1976-09-14]]
SIN:      [[ID_NUMBER:613 409 275]]
Phone:    [[PHONE_NUMBER:780-488-1937]]
---
Member:   [[PERSON:Bohdan Kravets]]
Member #: [[ID_NUMBER:UKR-CH-0322]]
Parish:   Holy Protection, [[LOCATION:Edmonton]]
DOB:      [[DATE_TIME:1951-02-02]]
SIN:      [[ID_NUMBER:473 021 855]]
Phone:    [[PHONE_NUMBER:780-466-2049]]""",
    """| Tenant | Unit | Lease start | Rent | Emergency contact |
| :-- | :-- | :-- | --: | :-- |
| [[PERSON:Siosaia Fifita]] | [[ADDRESS:3/17 Dorset Street]] | [[DATE_TIME:1 Feb 2024]] | $540/wk | [[PERSON:Mele Fifita]] [[PHONE_NUMBER:021 448 9021]] |
| [[PERSON:Harriet Cole]] | [[ADDRESS:5/17 Dorset Street]] | [[DATE_TIME:15 Mar 2024]] | $560/wk | [[PERSON:Jim Cole]] [[PHONE_NUMBER:027 310 5547]] |
| [[PERSON:Ji-ho Shin]] | [[ADDRESS:8/17 Dorset Street]] | [[DATE_TIME:1 Jul 2024]] | $520/wk | — |""",
    """ts,user,src_ip,action,result
2025-02-03 08:00:12,[[USERNAME:a.okafor]],[[IP_ADDRESS:10.12.4.51]],login,ok
2025-02-03 08:04:40,[[USERNAME:j.smythe]],[[IP_ADDRESS:10.12.4.77]],login,fail
2025-02-03 08:04:58,[[USERNAME:j.smythe]],[[IP_ADDRESS:10.12.4.77]],login,ok
2025-02-03 08:15:03,svc_backup,[[IP_ADDRESS:10.12.9.2]],export,ok""",
    """- id: 1
  donor: "[[PERSON:Thandiwe Mokoena]]"
  id_number: "[[ID_NUMBER:7511035297083]]"
  cell: "[[PHONE_NUMBER:083 552 1904]]"
  pledge_zar: 500
- id: 2
  donor: "[[PERSON:Pieter van Wyk]]"
  id_number: "[[ID_NUMBER:6501236021086]]"
  cell: "[[PHONE_NUMBER:082 771 3046]]"
  pledge_zar: 1200""",
    """NHS No.       Name                 DOB         Postcode  GP
[[ID_NUMBER:401 877 3552]]  [[PERSON:Doreen Fairclough]]    [[DATE_TIME:04/05/1941]]  [[ZIP_CODE:WN5 9QA]]   [[PERSON:Dr Ahmed]]
[[ID_NUMBER:550 921 4686]]  [[PERSON:Stanley Ogunbiyi]]     [[DATE_TIME:19/12/1955]]  [[ZIP_CODE:WN2 4EZ]]   [[PERSON:Dr Lowe]]
[[ID_NUMBER:611 048 2935]]  [[PERSON:Beryl Houghton]]       [[DATE_TIME:27/07/1938]]  [[ZIP_CODE:WN6 0TS]]   [[PERSON:Dr Ahmed]]""",
    """Employee,Aadhaar,PAN,Bank A/c,IFSC,City
[[PERSON:Meenakshi Iyer]],[[ID_NUMBER:5881 3402 9674]],[[ID_NUMBER:AJKPI8820L]],[[ID_NUMBER:10293847561]],SBIN0004178,[[LOCATION:Chennai]]
[[PERSON:Arvind Kumar Sharma]],[[ID_NUMBER:4639 0217 5838]],[[ID_NUMBER:BXCPS4417M]],[[ID_NUMBER:502001774182]],HDFC0001213,[[LOCATION:Jaipur]]
[[PERSON:Farhan Sheikh]],[[ID_NUMBER:9174 0328 1567]],[[ID_NUMBER:CQRPS9031D]],[[ID_NUMBER:917010048823317]],UTIB0000552,[[LOCATION:Pune]]""",
    """| # | Guest | Room | Check-in | Nights | Contact |
|---|-------|------|----------|--------|---------|
| 1 | [[PERSON:Mr. Henrik Dahl]] | 412 | [[DATE_TIME:Fri 6 Jun]] | 2 | [[EMAIL_ADDRESS:henrik.dahl@outlook.dk]] |
| 2 | [[PERSON:Ms. Aiyana Redcloud]] | 415 | [[DATE_TIME:Fri 6 Jun]] | 3 | [[PHONE_NUMBER:+1 406 228 7714]] |
| 3 | [[PERSON:Prof. Luca Moretti]] | 501 | [[DATE_TIME:Sat 7 Jun]] | 1 | [[EMAIL_ADDRESS:l.moretti@unibo.it]] |""",
    """{"name":"[[PERSON:Kemal Öztürk]]","plate":"[[ID_NUMBER:34 ABC 782]]","permit_from":"[[DATE_TIME:2024-10-01]]","zone":"B"}
{"name":"[[PERSON:Eilidh Munro]]","plate":"[[ID_NUMBER:SK21 LMV]]","permit_from":"[[DATE_TIME:2024-10-07]]","zone":"A"}
{"name":"[[PERSON:Obinna Okafor]]","plate":"[[ID_NUMBER:LND 417 EF]]","permit_from":"[[DATE_TIME:2024-11-12]]","zone":"B"}""",
    """Volunteer         Country      Religion      Placement            Start
[[PERSON:Hannah Schultz]]    [[LOCATION:Germany]]      —             [[LOCATION:Arusha]] clinic        [[DATE_TIME:03.02.2025]]
[[PERSON:Tomás Aguirre]]     [[LOCATION:Chile]]        [[NRP:Catholic]]      [[LOCATION:Moshi]] school         [[DATE_TIME:10.02.2025]]
[[PERSON:Rukhsar Hamid]]     [[LOCATION:Canada]]       [[NRP:Muslim]]        [[LOCATION:Arusha]] clinic        [[DATE_TIME:17.02.2025]]""",
    """caller_name,caller_number,call_time,category,callback
Unknown,[[PHONE_NUMBER:0115 496 0882]],22:14,loneliness,no
[[PERSON:Bev]],[[PHONE_NUMBER:07823 114 509]],22:31,bereavement,yes
[[PERSON:Marcus T]],[[PHONE_NUMBER:07961 440 217]],23:02,housing,yes""",
    """| Name | DL # | State | DOB | Violation |
|---|---|---|---|---|
| [[PERSON:Trevor Haskins]] | [[US_DRIVER_LICENSE:H2150-7841-3302]] | [[LOCATION:IL]] | [[DATE_TIME:09/12/1987]] | speeding 14 over |
| [[PERSON:Angela Ruiz]] | [[US_DRIVER_LICENSE:41829907]] | [[LOCATION:TX]] | [[DATE_TIME:02/28/1993]] | expired registration |
| [[PERSON:Ken Watanabe-Li]] | [[US_DRIVER_LICENSE:W426-545-30-761-0]] | [[LOCATION:FL]] | [[DATE_TIME:11/03/1979]] | no seatbelt |""",
    """tenant_id|full_name|iban|deposit_date
[[ID_NUMBER:T-88102]]|[[PERSON:Florian Weiß]]|[[IBAN_CODE:DE54 3704 0044 5086 7241 93]]|[[DATE_TIME:2024-08-30]]
[[ID_NUMBER:T-88117]]|[[PERSON:Chiara Lombardi]]|[[IBAN_CODE:CH93 0076 2011 6238 5295 7]]|[[DATE_TIME:2024-09-02]]
[[ID_NUMBER:T-88140]]|[[PERSON:Sophie Laurent]]|[[IBAN_CODE:FR76 3000 4008 1200 0104 2771 921]]|[[DATE_TIME:2024-09-15]]""",
    """Participants — Interfaith Youth Exchange 2025
  1. [[PERSON:Miriam Cohen]]        ([[AGE:19]])  [[NRP:Jewish]]      [[LOCATION:Manchester]]
  2. [[PERSON:Bilal Hussain]]       ([[AGE:20]])  [[NRP:Muslim]]      [[LOCATION:Bradford]]
  3. [[PERSON:Gurleen Kaur]]        ([[AGE:18]])  [[NRP:Sikh]]        [[LOCATION:Wolverhampton]]
  4. [[PERSON:Josiah Adeyinka]]     ([[AGE:21]])  [[NRP:Pentecostal]] [[LOCATION:Peckham]]""",
    """order_id,customer,email,ship_to,items,total
ORD-558102,[[PERSON:Pauline Okeke]],[[EMAIL_ADDRESS:pauline.okeke@gmail.com]],"[[ADDRESS:22 Acacia Avenue]], [[LOCATION:Luton]] [[ZIP_CODE:LU4 9HP]]",3,£47.98
ORD-558117,[[PERSON:Reza Karimi]],[[EMAIL_ADDRESS:reza.karimi@yahoo.com]],"[[ADDRESS:Flat 9, 140 Gloucester Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS7 8NT]]",1,£12.50
ORD-558121,[[PERSON:Moira Kettle]],[[EMAIL_ADDRESS:moira@kettlefamily.me.uk]],"[[ADDRESS:The Granary, Mill Lane]], [[LOCATION:Ludlow]] [[ZIP_CODE:SY8 1BB]]",2,£31.00""",
    """[
  {"rx": "RX-30411", "patient": "[[PERSON:Edna Mabuza]]", "dob": "[[DATE_TIME:1950-03-18]]", "medical_aid_no": "[[ID_NUMBER:DH 88120473]]", "cell": "[[PHONE_NUMBER:072 418 0933]]", "collected": false},
  {"rx": "RX-30418", "patient": "[[PERSON:Johan Botha]]", "dob": "[[DATE_TIME:1947-11-02]]", "medical_aid_no": "[[ID_NUMBER:BON 4471 029]]", "cell": "[[PHONE_NUMBER:083 209 6614]]", "collected": true},
  {"rx": "RX-30425", "patient": "[[PERSON:Precious Ndlovu]]", "dob": "[[DATE_TIME:1988-06-27]]", "medical_aid_no": null, "cell": "[[PHONE_NUMBER:061 770 4182]]", "collected": false}
]""",
    """Nickname\tReal name\tDiscord\tTimezone
Sprocket\t[[PERSON:Emily Tran]]\t[[USERNAME:sprocket#4412]]\tPST
Big Lou\t[[PERSON:Luis Ocampo]]\t[[USERNAME:biglou_ocampo]]\tCST
Nyx\t[[PERSON:Noa Ben-David]]\t[[USERNAME:nyx.exe]]\tIST""",
    """Naam, Umar, Mobile, Ilaqa, Khidmat
[[PERSON:Zeeshan Haider]], [[AGE:23]], [[PHONE_NUMBER:0312-4409187]], [[LOCATION:Lyari]], khana taqseem
[[PERSON:Mehwish Baloch]], [[AGE:27]], [[PHONE_NUMBER:0300-2718546]], [[LOCATION:Korangi]], medical camp
[[PERSON:Arsalan Siddiqui]], [[AGE:31]], [[PHONE_NUMBER:0333-9016622]], [[LOCATION:Gulshan-e-Iqbal]], driver""",
    """+----------------------+-----------------------+-----------------+
| applicant            | tfn                   | visa_subclass   |
+----------------------+-----------------------+-----------------+
| [[PERSON:Pranav Reddy]]         | [[ID_NUMBER:326 481 905]]           | 500             |
| [[PERSON:Thi Mai Pham]]         | pending               | 482             |
| [[PERSON:Joseph Kamara]]        | [[ID_NUMBER:459328701]]             | 189             |
+----------------------+-----------------------+-----------------+""",
    """Sponsor record
  Child:        [[PERSON:Esperanza Quispe]], age [[AGE:10]], [[LOCATION:Cusco]], [[LOCATION:Peru]]
  Sponsor:      [[PERSON:Mr. Gordon Blackwood]]
  Sponsor addr: [[ADDRESS:14 Fernhill Drive]], [[LOCATION:Tauranga]] [[ZIP_CODE:3112]]
  Card on file: [[CREDIT_CARD:5196 0345 1273 8644]]
  Since:        [[DATE_TIME:June 2019]]""",
    """surname,given_names,sex,date_of_birth,place_of_birth,nric
[[PERSON:Goh]],[[PERSON:Mei Xin]],F,[[DATE_TIME:03 Oct 1988]],[[LOCATION:Singapore]],[[ID_NUMBER:S8841093I]]
[[PERSON:Ramasamy]],[[PERSON:Vikneswaran]],M,[[DATE_TIME:21 Jan 1975]],[[LOCATION:Ipoh]],[[ID_NUMBER:S7502268I]]
[[PERSON:Nguyen]],[[PERSON:Van Long]],M,[[DATE_TIME:09 May 1991]],[[LOCATION:Hanoi]],[[ID_NUMBER:G5127638N]]""",
]

CHAT = [
    """Live chat — Halden Bank
[14:02] Bot: Hi! Who am I speaking with today?
[14:02] Customer: [[PERSON:Rachel Obi-Summers]]
[14:03] Agent [[PERSON:Callum]]: Thanks [[PERSON:Rachel]], I'm [[PERSON:Callum]]. To get started, can you confirm your date of birth and the first line of your address?
[14:04] Customer: [[DATE_TIME:22/07/1990]], [[ADDRESS:Flat 5, 61 Granby Street]]
[14:04] Agent [[PERSON:Callum]]: Perfect. And the card you're calling about?
[14:05] Customer: it's the one ending 3371, but the new one should be [[CREDIT_CARD:4556 7302 1184 5906]] and that hasn't arrived either
[14:06] Agent [[PERSON:Callum]]: I can see the new card was sent to [[ZIP_CODE:LE1 6RN]] on the 3rd. I'll cancel it and order another to the same address. Anything else?
[14:06] Customer: can you text me when it's posted? [[PHONE_NUMBER:07723 408 115]]""",
    """WhatsApp group "St Anne's Welcome Team"
[[PERSON:Bernadette Okafor]]: Morning all! Rota for [[DATE_TIME:Sunday 9th]] — [[PERSON:Linus]] on the door, [[PERSON:Marguerite]] on teas, and I need someone for the crèche 🙏
[[PERSON:Linus Achterberg]]: 👍
[[PERSON:Kate Moynihan]]: I can do crèche but only till 11. [[PERSON:Sean]]'s away.
[[PERSON:Bernadette Okafor]]: Thanks [[PERSON:Kate]]! Also, new family at last week's 10am — the [[PERSON:Adeyemis]], they moved into [[ADDRESS:27 Harcourt Road]]. [[PERSON:Folake]] said it's fine to share her number for a welcome visit: [[PHONE_NUMBER:07812 609 443]]
[[PERSON:Marguerite Dubois]]: Lovely, I'll pop round with a card on [[DATE_TIME:Tuesday afternoon the 11th]] 💐""",
    """#it-helpdesk (Slack)
[[USERNAME:priya.nair]] 9:41 AM
hey, new starter [[PERSON:Oskar Lindgren]] can't log in — his account is [[USERNAME:olindgren]], started today, [[DATE_TIME:3 March]]
[[USERNAME:marcus.b]] 9:43 AM
looks like the AD sync failed. what's his personal email for the reset link?
[[USERNAME:priya.nair]] 9:44 AM
[[EMAIL_ADDRESS:oskar.lindgren92@gmail.com]] — and his desk phone isn't set up so mobile is [[PHONE_NUMBER:+44 7700 118 452]]
[[USERNAME:marcus.b]] 9:47 AM
done. he was hitting the VPN from [[IP_ADDRESS:86.14.203.77]], that's fine now""",
    """Chat transcript #88412 (Cascade Wireless)
Agent ([[PERSON:Tamika]]): Thank you for contacting Cascade Wireless, this is [[PERSON:Tamika]]. Who do I have the pleasure of chatting with?
Customer: [[PERSON:George Halvorsen]]. I want to port my number out.
Agent ([[PERSON:Tamika]]): I can help with that, [[PERSON:Mr. Halvorsen]]. What's the number on the account?
Customer: [[PHONE_NUMBER:(503) 448-2170]]
Agent ([[PERSON:Tamika]]): And for verification, the last four of your SSN?
Customer: 0914
Agent ([[PERSON:Tamika]]): Thanks. Your account PIN is the one you set up on [[DATE_TIME:June 4, 2021]], correct? I'll generate a transfer PIN — it will be sent to [[EMAIL_ADDRESS:g.halvorsen@comcast.net]].
Customer: ok thanks""",
    """Masjid Bilal Committee (WhatsApp)
[[TITLE:Qari]] [[PERSON:Abdul Basit]]: Assalam o alaikum. Is saal ke itikaf ke liye abhi tak 6 naam aaye hain.
[[PERSON:Kashif Rehman]]: Walaikum assalam. [[PERSON:Faizan]] aur uske abbu ka naam bhi likh lein, [[PERSON:Faizan]] ka number [[PHONE_NUMBER:0331-5072846]] hai.
[[TITLE:Qari]] [[PERSON:Abdul Basit]]: Theek hai. Umar kitni hai [[PERSON:Faizan]] ki?
[[PERSON:Kashif Rehman]]: [[AGE:17]] saal. Aur [[TITLE:Haji]] [[PERSON:Siddique]] sahab ne kaha hai ke woh [[DATE_TIME:20 Ramzan]] se baithenge.
[[PERSON:Tahir Mehmood]]: Chanda ki raqam mere account mein bhej dein: [[IBAN_CODE:PK27UNIL0109000241887651]] ([[PERSON:Tahir Mehmood]])""",
    """[[PERSON:সুমাইয়া রহমান]]: আপা, ত্রাণ বিতরণের তালিকা পাঠালাম। [[PERSON:জহুরা খাতুন]]-এর নম্বর [[PHONE_NUMBER:০১৭৭৬-৩০৪৮২১]], উনার বয়স [[AGE:৬৮]], বাড়ি [[LOCATION:কাউনিয়া]]।
[[PERSON:ফারহানা ইয়াসমিন]]: ধন্যবাদ [[PERSON:সুমাইয়া]]। উনার জাতীয় পরিচয়পত্র নম্বরটা দিতে পারবে?
[[PERSON:সুমাইয়া রহমান]]: জি, [[ID_NUMBER:২৩৯৫১৮৪৪০৭]]। উনি [[DATE_TIME:বৃহস্পতিবার, ১৭ এপ্রিল]] সকালে কেন্দ্রে আসবেন।
[[PERSON:ফারহানা ইয়াসমিন]]: ঠিক আছে, আমি [[PERSON:রাশেদ]] ভাইকে জানিয়ে দিচ্ছি।""",
    """Lifeline Community Care — web chat
Volunteer [[PERSON:Jacinta]]: Hi, I'm [[PERSON:Jacinta]], one of the volunteers. What's your first name, if you're comfortable sharing?
Visitor: [[PERSON:Dylan]]
Volunteer [[PERSON:Jacinta]]: Thanks for reaching out, [[PERSON:Dylan]]. You mentioned you need help with a food hamper and a bond loan?
Visitor: yeah. im [[AGE:19]], just got kicked out, staying at my mate's place at [[ADDRESS:14 Koala Crescent]], [[LOCATION:Logan Central]]. my qld licence number is [[ID_NUMBER:104 829 317]]
Volunteer [[PERSON:Jacinta]]: Okay. I'll pass your details to our caseworker [[PERSON:Mick Thornton]]; he can call you tomorrow. Best number?
Visitor: [[PHONE_NUMBER:0478 220 913]]""",
    """SMS thread
Landlord ([[PERSON:Mr. Waweru]]): Hello [[PERSON:Achieng]], rent for March is still pending. Kindly pay via paybill 247247, account [[ID_NUMBER:0110284471]].
[[PERSON:Achieng Odhiambo]]: Pole sana, I was in hospital from [[DATE_TIME:3rd to 9th March]]. I'll pay on [[DATE_TIME:Friday 14th]].
Landlord ([[PERSON:Mr. Waweru]]): Okay. Also the caretaker [[PERSON:Otieno]] will come to fix the sink at [[ADDRESS:House B7, Mirema Court]]. His number is [[PHONE_NUMBER:0722 901 448]].
[[PERSON:Achieng Odhiambo]]: Asante. My ID number is [[ID_NUMBER:31847205]] if you need it for the new lease.""",
]

LOOKALIKE = [
    """Release notes for build 4.12.0.118 (firmware 192.168.2.7 branch): fixed crash when SKU HX-2210-BLK-M was scanned twice; order ORD-2024-118273 and invoice INV-00418822 now sync; the tracking number 1Z 999 AA1 01 2345 6784 is shown on the parcel page. Hash of the installer: 3f9a1c7e02b44d18a9c6e0f5b7d21e83. Support line 0800 028 4471, or write to support@halcyonapps.com. Thanks to [[PERSON:Ines Okonkwo]] for the bug report.""",
    """The St. John's Ambulance first-aid kit (model FAK-300, serial SJ-00417722) can be ordered from the charity shop on Wellington Street or Victoria Road. The Heimlich manoeuvre and Parkinson's awareness leaflets (ISBN 978-1-84831-672-0) are free. For bulk orders, call 020 7324 4000 or email sales@sja-supplies.org.uk.""",
    """Case ref. CR-2025/00871, policy number POL-88-2210-47, claim number CLM-4471902; please quote all three. The adjuster is available on 1-800-555-0199 (Mon–Fri). Your payment confirmation number is 7730 1184 2290 and the voucher code is WINTER-25-X7. Reply to claims@northgate-insure.com; do not send card details by email. The claimant, [[PERSON:Mrs. Dorcas Fenwick]], will be contacted directly.""",
    """Inventory check, Aisle 7: Morris chairs (SKU MC-4410), Chesterfield sofas (SKU CH-2207-GRN), Wellington boots sizes 7–11, Earl Grey tea 250 g (EAN 5038172044190), Bramley apples. Pallet IDs: PLT-000184, PLT-000185. Forklift FL-03 due for service on 14 May. Version of the stock app: 10.4.3.2. Count signed off by [[PERSON:Dev Malhotra]].""",
    """Payments batch 2025-03-31: 418 transactions, total £92,104.55, batch ID 9f2c-44a1-b7e0-1d8c3e2f5a60. Failed: txn 0000418802 (card ending 4417, expired), txn 0000418811 (sort code 40-47-66 invalid). Refund to [[PERSON:Callum Reid]] via [[IBAN_CODE:GB10MIDL40127752093816]] approved by finance@harbourline.co.uk.""",
    """রসিদ নং: ২০২৫/০৩/৪৪১৮, ইনভয়েস: INV-BD-77120, বই: "বাংলাদেশের লোকসংস্কৃতি" (ISBN 978-984-05-8341-6), মূল্য ৪৫০ টাকা। অর্ডার ট্র্যাকিং: SA-BD-9918-2207। হেল্পলাইন: ১৬২৬৭ (সকাল ৯টা–রাত ৯টা)। ডেলিভারি: বঙ্গবন্ধু এভিনিউ শাখা থেকে সংগ্রহ করুন। ক্রেতা: [[PERSON:তাহমিনা আক্তার]], [[PHONE_NUMBER:০১৬৭৪-২২৮৯০৩]]।""",
    """Gift Aid claim batch GA-2025-Q1 submitted to HMRC: 1,204 donations, reference CHY-X44182, charity number 1098731. Next claim window opens on 6 July. Contact: giftaid@riversidefoodbank.org.uk or the office line 0117 946 0221. The Fairfield Trading Estate depot is the collection point for the Christmas hampers; donations of tins (best before 12/2026) welcome. Questions about your own declaration? Text [[PERSON:Hilary Stone]] on [[PHONE_NUMBER:07700 614 228]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind82", STYLES, OUT)


if __name__ == "__main__":
    main()

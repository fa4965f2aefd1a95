"""Build tests/data/blind4.jsonl: a fourth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind4.py

Blind: written without reading the detector (minimize/detection/, recognizers/),
its tests, or the records of the other gold sets (handwritten.jsonl,
blind.jsonl, blind_table/, blind2.jsonl, blind3.jsonl); only the docstrings of
make_handwritten.py, make_blind.py, make_blind2.py and make_blind3.py and the
output code of make_blind3.py were read, to keep the conventions and the file
format. Do not tune the detector against this file; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code. Only the
offsets are computed, by `parse()` from make_handwritten.py, which strips the
inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs pass mod-97
(check digits worked out by hand-run code while writing, not generated here;
`gold_sets.check` re-checks them and refuses a bad one).

Styles (ids `blind4-<style>-NNN`):
- `gen`: one to three sentences of the kind found in public "LLM-generated PII
  sentence" datasets (ai4privacy pii-masking, gretel synthetic PII) on
  banking, insurance, healthcare, travel, HR, legal, education, telecom, real
  estate and government forms, with one to five PII values each: first names
  alone, surnames alone, usernames, lowercase names, initials, names that are
  also ordinary words (Hope, Grant, Rose, Will, Summer, Bill, Major, Young,
  Moody), names from many cultures, a few in native script.
- `bench`: dense form-like or narrative texts in the manner of published
  PII-masking benchmarks: prefixes, middle names, job titles (unlabeled), ages
  in many phrasings, birth dates in many shapes, street addresses of many
  countries with units, city/state/postcode, phones in national formats, ids
  with their context words, usernames, emails, IPs, IBANs, cards, wallets.
- `doc`: longer texts (emails with signatures, incident reports, discharge
  summaries, tenancy agreements, police statements, support transcripts, CV
  extracts, letters, minutes) with four to ten PII values each, places named
  without a kind word, and non-PII look-alikes.
- `chat`: informal messages: lowercase, typos, emoji, slang, handles,
  nicknames, partial addresses, loosely written phone numbers.
- `lookalike`: mostly non-PII text full of look-alikes (order / invoice /
  tracking numbers, versions, amounts, room numbers, product, company and
  brand names built on people's names), with the few real PII values labeled;
  some records have none.

Labeling conventions (as in make_blind3.py):
- PERSON: any part of a name, lowercase or not, any script, initials; a
  possessive "'s" is outside. Nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name (Mr., Dr., Prof., Mme, Sra., Herr, Capt., Det.,
  Rev.), labeled apart from the name. Job titles are not TITLE; Japanese
  "-san"/"さん" and family words ("Mum", "uncle") stay outside and unlabeled.
- ADDRESS: number + street (+ apt/unit/flat/suite/floor), PO boxes, building
  names in an address. City, district, state/province (also abbreviated),
  country and named neighbourhoods are LOCATION. Postal codes of every shape
  are ZIP_CODE ("〒" and "C.P." outside).
- DATE_TIME: calendar dates of a person or their event, with a day or month,
  in any shape; not bare years, weekdays, clock times or durations. A weekday
  in front of a date is outside the span.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages and
  profiles only. NRP: a person's nationality, religion or political group.
- ID_NUMBER: national / tax ids, MRNs, insurance member ids, bank account
  numbers, employee / student / candidate / customer / loyalty ids tied to a
  person, non-US passports and licences, plates and VINs, crypto wallet
  addresses (as in make_blind2.py).
- US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say. A US ITIN is ID_NUMBER.
- Not labeled on purpose: BIC/SWIFT, sort and routing numbers, CVV and expiry,
  order / invoice / ticket / case / claim / booking / tracking / flight
  numbers, prices, percentages, versions, years, clock times, room / ward /
  bay numbers, product and model codes, ISBNs, company and product names,
  role mailboxes, company websites, emergency numbers (999, 112), partial
  numbers ("card ending 1004"), pets' names and ages.
- Judgement calls for this set: eponyms and brands built on a person's name
  (a scholarship, law firm, shop, product or street name such as "Grant
  Thornton", "Ford Fiesta", "Earl Grey") are not PERSON, but a public person
  named as such is. Dates not tied to a person (release dates, offer ends,
  bank holidays) are not labeled. A street address of a company site is still
  ADDRESS, and a city named as the site of an office is still LOCATION.
  Every IP address is labeled, private ones included. Loyalty and
  frequent-flyer numbers are ID_NUMBER; booking references are not.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_sets import write_set

OUT = Path(__file__).with_name("blind4.jsonl")

GEN = [
    "Please update the beneficiary on savings account [[ID_NUMBER:40912277]] to [[PERSON:Hope Addai]] with effect from [[DATE_TIME:1 August 2024]].",
    "[[PERSON:Grant]] wants to know whether the research grant can be paid into the same account as his salary, the one ending in 3381.",
    "The claimant, [[PERSON:Rose Okonkwo-Baptiste]], says her parked car was struck outside [[ADDRESS:88 Marsh Lane]], [[LOCATION:Huddersfield]], on [[DATE_TIME:9th February]].",
    "Hi, it's [[PERSON:Will]] from the claims team; I will try you again on [[PHONE_NUMBER:0161 496 0731]] after lunch.",
    "Patient [[PERSON:Summer Nakashima]], [[AGE:27]], was referred to dermatology on [[DATE_TIME:03/11/2023]] by [[TITLE:Dr.]] [[PERSON:Bill Ferreira]].",
    "Comprehensive cover for the Toyota Corolla registered to [[PERSON:Kwame Mensah-Bonsu]], plate [[ID_NUMBER:GR 4471-21]], renews at the end of next month.",
    "Passenger [[PERSON:Emre Yılmaz]], passport no. [[ID_NUMBER:U12984763]], is confirmed on TK1985 leaving [[LOCATION:Istanbul]] on [[DATE_TIME:14.06.2024]].",
    "The lease on [[ADDRESS:flat 3, 27 rue Oberkampf]], [[ZIP_CODE:75011]] [[LOCATION:Paris]] is held jointly by [[PERSON:Camille Moreau]] and [[PERSON:Young-jae Park]].",
    "Congratulations to [[PERSON:Moody]], who took over as billing team lead on [[DATE_TIME:April 2]].",
    "Employee [[PERSON:Priya Raghunathan]] (staff ID [[ID_NUMBER:EMP-204871]]) has requested parental leave from [[DATE_TIME:5 May]] to [[DATE_TIME:4 August]].",
    "My son [[PERSON:Major]] starts kindergarten at Lakeview Elementary this autumn; his date of birth is [[DATE_TIME:2019-07-22]].",
    "Transfer €2,450.00 to [[IBAN_CODE:DE44 5001 0517 5407 3249 31]], account holder [[PERSON:Liesel Brandt]], reference 'Miete Juli'.",
    "A reset code for user [[USERNAME:t.nguyen84]] was sent by SMS to [[PHONE_NUMBER:+84 912 345 678]].",
    "[[PERSON:Nguyễn Thị Lan]] was admitted to ward 6B on [[DATE_TIME:12 March 2024]] with a suspected fracture of the left wrist.",
    "[[PERSON:Chinedu Eze]], matriculation number [[ID_NUMBER:U2019/5530412]], has been awarded this year's Adebayo Memorial Scholarship.",
    "Applicant: [[PERSON:Olusegun Bakare]]; date of birth: [[DATE_TIME:17 Oct 1988]]; phone: [[PHONE_NUMBER:+234 803 555 0192]]; city: [[LOCATION:Ibadan]].",
    "The notary witnessed the signature of [[PERSON:Andrzej Wiśniewski]], PESEL [[ID_NUMBER:88041512345]], at the office at [[ADDRESS:ul. Marszałkowska 84/92]] in [[LOCATION:Warsaw]].",
    "[[PERSON:Ayşe]] told the operator her mobile had changed to [[PHONE_NUMBER:0532 418 27 90]] since she moved to [[LOCATION:Izmir]].",
    "The invoice for last month's tutoring sessions went to [[EMAIL_ADDRESS:hana.sato@outlook.jp]], and [[PERSON:Sato]]-san confirmed receipt.",
    "Customer [[PERSON:j. oyelaran]] is disputing a charge on card [[CREDIT_CARD:4539 1488 0343 6707]] dated [[DATE_TIME:28/02/2024]].",
    "[[PERSON:李明]]的护照号码是[[ID_NUMBER:E48291735]]，他将于[[DATE_TIME:5月3日]]飞往[[LOCATION:东京]]。",
    "Welcome aboard, [[PERSON:Astrid Lindqvist]]! As a [[NRP:Swedish]] citizen living in [[LOCATION:Copenhagen]] you can keep your number [[PHONE_NUMBER:070-123 45 67]] on the Nordic roaming plan.",
    "The house at [[ADDRESS:14 Kingfisher Close]], [[LOCATION:Reading]] [[ZIP_CODE:RG2 8QT]] was valued at £412,000 on behalf of the seller, [[TITLE:Mrs]] [[PERSON:Hope]].",
    "[[PERSON:Mohammed Al-Harbi]] asked to send SAR 15,000 to [[IBAN_CODE:SA8165000000123456789012]] before the end of the week.",
    "On the catering form, [[PERSON:Deepika]] noted that her family is [[NRP:Jain]] and that her fiancé, [[PERSON:Lukas]], is [[NRP:Catholic]].",
    "[[PERSON:Дмитрий Соколов]] подал заявление на визу [[DATE_TIME:12.09.2023]] в [[LOCATION:Москве]].",
    "Please confirm the emergency contact for [[PERSON:Ji-hoon Kim]]: his wife [[PERSON:Seo-yeon]], reachable on [[PHONE_NUMBER:010-4821-7730]].",
    "Policyholder [[PERSON:Sipho Ndlovu]] (ID [[ID_NUMBER:8501015800087]]) has added his daughter, aged [[AGE:16]], as a named driver.",
    "[[PERSON:Santiago]] y [[PERSON:Valentina Ruiz]] firmaron el contrato de alquiler de [[ADDRESS:Av. Corrientes 1847, piso 4, depto. B]], [[LOCATION:Buenos Aires]], el [[DATE_TIME:1 de marzo]].",
    "On the visa form, [[PERSON:Faisal]] gave his nationality as [[NRP:Emirati]] and his city of residence as [[LOCATION:Sharjah]].",
    "[[PERSON:田中陽翔]]さんは[[DATE_TIME:2024年4月1日]]に在留カードを更新しました。",
    "A replacement SIM for [[PHONE_NUMBER:(415) 555-0178]] was requested in store by someone claiming to be [[PERSON:Deshawn Price]].",
    "[[PERSON:Lindiwe]] is [[AGE:42]] and works as a school counsellor in [[LOCATION:Durban]].",
    "The refund for booking HX-88213 goes back to [[PERSON:Carlos Mendoza]]'s Amex [[CREDIT_CARD:3759 876543 21004]]; allow 5 to 10 working days.",
    "New tenant: [[PERSON:Björn Halvorsen]]; moving in [[DATE_TIME:15/08]]; previous address [[ADDRESS:Storgata 12B]], [[ZIP_CODE:0155]] [[LOCATION:Oslo]].",
    "[[PERSON:Ngozi]]'s tax identification number, [[ID_NUMBER:20194857-0001]], was missing from the self-assessment form.",
    "[[TITLE:Mr.]] [[PERSON:Young]], your MRI is booked for Tuesday, [[DATE_TIME:7 May]], at 9:30; please bring your insurance card (member ID [[ID_NUMBER:XWB482917350]]).",
    "the affidavit was signed by [[PERSON:kofi boateng]] and witnessed by [[PERSON:a. mensah]]",
    "Refund approved for [[PERSON:Anjali Deshmukh]], PAN [[ID_NUMBER:AKZPD4821F]], to be credited to her account no. [[ID_NUMBER:50100234781902]].",
    "All correspondence about the estate of the late [[PERSON:Walter Grant]] should go to his executor, [[PERSON:Moira Fitzgerald]], at [[EMAIL_ADDRESS:moira.fitz@eircom.net]].",
    "Renewal reminder for [[PERSON:Aroha Ngata]]: the fibre plan at [[ADDRESS:Unit 7, 220 Harbour Road]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]] is up for renewal.",
    "Vui lòng liên hệ [[PERSON:Trần Văn Hùng]] qua số [[PHONE_NUMBER:0903 456 789]] để nhận lại hồ sơ.",
    "[[PERSON:Zeynep Kaya]] was born on [[DATE_TIME:3 June 1995]] in [[LOCATION:Ankara]] and moved to [[LOCATION:Rotterdam]] for her master's.",
    "The claim from [[PERSON:Dolores]] (DOB [[DATE_TIME:1951-12-04]]) for two hearing aids is still under review.",
    "It stayed sunny all week for [[PERSON:Sunny Malhotra]], who landed in [[LOCATION:Toronto]] on [[DATE_TIME:June 19]] and checked in with frequent-flyer number [[ID_NUMBER:502 884 193]].",
    "Hope the move went well, [[PERSON:Efua]]! Don't forget to register with a GP in [[LOCATION:Bristol]] and send me your new address.",
    "[[PERSON:Mirela Popescu]], CNP [[ID_NUMBER:2870512400123]], applied for a 320,000 lei mortgage on an apartment in [[LOCATION:Cluj-Napoca]].",
    "قدّم [[PERSON:خالد العتيبي]] طلب تجديد الإقامة يوم [[DATE_TIME:12 مارس]] في [[LOCATION:الرياض]].",
    "The court ordered the platform to disclose who is behind the account [[USERNAME:quietriver_77]], including the address [[EMAIL_ADDRESS:qriver77@proton.me]] held on file.",
    "Results for candidate [[PERSON:T.K. Oduya]] (candidate no. [[ID_NUMBER:40817]]) are withheld pending an identity check.",
]

BENCH = [
    (
        "Name: [[TITLE:Mrs.]] [[PERSON:Adaeze Chiamaka Obi]]\nDate of birth: [[DATE_TIME:14/07/1986]]\nAge: [[AGE:37]]\n"
        "Address: [[ADDRESS:Flat 12, 45 Balham High Road]], [[LOCATION:London]] [[ZIP_CODE:SW12 9AQ]]\n"
        "Mobile: [[PHONE_NUMBER:+44 7700 900461]]\nEmail: [[EMAIL_ADDRESS:adaeze.obi86@gmail.com]]\n"
        "NI number: [[ID_NUMBER:JT 48 21 93 B]]\nOccupation: Pharmacist"
    ),
    (
        "[[PERSON:Rafael Augusto Lima]], a [[AGE:45]]-year-old civil engineer from [[LOCATION:Belo Horizonte]], registered CPF "
        "[[ID_NUMBER:382.917.604-55]] and mobile [[PHONE_NUMBER:+55 31 98842-1170]] with the bank; his mailing address is "
        "[[ADDRESS:Rua da Bahia, 1148, apto 702]], CEP [[ZIP_CODE:30160-011]]."
    ),
    (
        "Patient: [[PERSON:Theodore J. Whitaker]] | DOB: [[DATE_TIME:02-29-1964]] | SSN: [[US_SSN:512-38-9047]] | "
        "MRN: [[ID_NUMBER:00482913]] | Address: [[ADDRESS:1602 Larkspur Ave, Apt 3C]], [[LOCATION:Tulsa]], [[LOCATION:OK]] "
        "[[ZIP_CODE:74104]] | Phone: [[PHONE_NUMBER:(918) 555-0143]] | PCP: [[TITLE:Dr.]] [[PERSON:Anita Sorensen]]"
    ),
    (
        "User [[USERNAME:kenji.w_1990]] ([[EMAIL_ADDRESS:kenji.watanabe1990@yahoo.co.jp]]) signed in from "
        "[[IP_ADDRESS:126.73.201.8]] and changed the delivery address to 〒[[ZIP_CODE:150-0001]] [[LOCATION:Tokyo]], "
        "[[LOCATION:Shibuya-ku]], [[ADDRESS:Jingumae 4-12-10 #305]]; contact number [[PHONE_NUMBER:090-3817-4462]]."
    ),
    (
        "Wallet holder [[PERSON:Lukas Hofer]] (handle [[USERNAME:lhofer_eth]]), [[AGE:33]], resident in [[LOCATION:Innsbruck]], "
        "reports that 0.75 ETH left his address [[ID_NUMBER:0x7a3F9c21B04e88D5a1c6E90b2F43d7A81e5C0b69]] on "
        "[[DATE_TIME:11 January 2024]] without his consent."
    ),
    (
        "[[TITLE:Herr]] [[PERSON:Matthias Kern]], geboren am [[DATE_TIME:03.11.1979]], wohnhaft in der [[ADDRESS:Lindenstraße 27]], "
        "[[ZIP_CODE:50674]] [[LOCATION:Köln]], Steuer-ID [[ID_NUMBER:47 036 892 815]], IBAN "
        "[[IBAN_CODE:DE11 1203 0000 0017 8344 52]], Tel. [[PHONE_NUMBER:0221 4829 117]]."
    ),
    (
        "[[PERSON:Kavya Subramanian]] (turned [[AGE:29]] last week) lives at [[ADDRESS:No. 18, 4th Cross, 2nd Main]], "
        "[[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]; Aadhaar [[ID_NUMBER:4821 7730 9165]], "
        "mobile [[PHONE_NUMBER:+91 98450 31227]], email [[EMAIL_ADDRESS:kavya.subbu@rediffmail.com]]."
    ),
    (
        "Cardholder: [[PERSON:Eleanor M. Brooks]]\nCard number: [[CREDIT_CARD:5425 2334 3010 9101]]\nExpiry: 08/27   CVV: 412\n"
        "Billing address: [[ADDRESS:77 Ponce de Leon Ave NE]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30307]]\n"
        "Phone on file: [[PHONE_NUMBER:404.555.0119]]"
    ),
    (
        "[[PERSON:Marc-André Tremblay]], [[AGE:52]] ans, [[ADDRESS:4520 rue Saint-Denis, app. 3]], [[LOCATION:Montréal]] "
        "([[LOCATION:QC]]) [[ZIP_CODE:H2J 2L3]], NAS [[ID_NUMBER:518 204 736]], tél. [[PHONE_NUMBER:514-555-0187]], "
        "courriel [[EMAIL_ADDRESS:ma.tremblay@videotron.ca]]."
    ),
    (
        "[[PERSON:Chloe Nguyen]], [[AGE:31]] yo, [[ADDRESS:Unit 4/17 Beach Rd]], [[LOCATION:Bondi]] [[LOCATION:NSW]] "
        "[[ZIP_CODE:2026]] | Medicare [[ID_NUMBER:2953 71846 1]] | TFN [[ID_NUMBER:459 612 378]] | NSW licence "
        "[[ID_NUMBER:18472930]] | mob [[PHONE_NUMBER:0412 387 605]]"
    ),
    (
        "Traveller profile: [[PERSON:Jasmine Ortiz-Reyes]], DOB [[DATE_TIME:Sept. 9, 1992]], U.S. passport "
        "[[US_PASSPORT:583920174]], Texas driver license [[US_DRIVER_LICENSE:40918273]], cell "
        "[[PHONE_NUMBER:+1 512 555 0166]], Known Traveler Number [[ID_NUMBER:TT48C29Q1]], card on file [[CREDIT_CARD:4929-8812-3456-7009]]."
    ),
    (
        "[[PERSON:Daan de Vries]] ([[AGE:58]]), BSN [[ID_NUMBER:204817369]], [[ADDRESS:Lijnbaansgracht 118-2]], "
        "[[ZIP_CODE:1017 RP]] [[LOCATION:Amsterdam]], IBAN [[IBAN_CODE:NL42 RABO 0312 9475 86]], tel. "
        "[[PHONE_NUMBER:06-4182 7735]]."
    ),
    (
        "At 14:02 UTC the account of [[PERSON:Olga Petrenko]] ([[EMAIL_ADDRESS:o.petrenko@ukr.net]]) was accessed from "
        "[[IP_ADDRESS:2a02:2378:1142:7c00::1f]], and eleven minutes later from [[IP_ADDRESS:91.196.44.208]]; the owner, "
        "aged [[AGE:38]], lives in [[LOCATION:Lviv]] and says she was asleep at the time."
    ),
    (
        "[[TITLE:Sra.]] [[PERSON:María José Castillo Herrera]], DNI [[ID_NUMBER:48392017V]], nacida el "
        "[[DATE_TIME:22 de enero de 1975]], con domicilio en [[ADDRESS:Calle de Toledo 96, 2º izq.]], [[ZIP_CODE:28005]] "
        "[[LOCATION:Madrid]], IBAN [[IBAN_CODE:ES79 2100 0813 6101 2345 6789]], móvil [[PHONE_NUMBER:612 48 93 07]]."
    ),
    (
        "Employee: [[PERSON:Kwabena Asante]]; employee no.: [[ID_NUMBER:HR-00917]]; job title: Senior Logistics Coordinator; "
        "hire date: [[DATE_TIME:2021-03-15]]; work email: [[EMAIL_ADDRESS:k.asante@northwindlogistics.com]]; line manager: "
        "[[PERSON:Ingrid Solberg]]; base: [[LOCATION:Kumasi]]."
    ),
    (
        "The witness, a man of [[AGE:60]] named [[PERSON:Tomasz Zieliński]], living at [[ADDRESS:ul. Piotrkowska 112 m. 5]], "
        "[[ZIP_CODE:90-006]] [[LOCATION:Łódź]], gave his number as [[PHONE_NUMBER:+48 601 234 567]] and his PESEL as "
        "[[ID_NUMBER:63082104517]]."
    ),
    (
        "Student: [[PERSON:Amara Nwosu-Lee]] (matric [[ID_NUMBER:S2290417]]), aged [[AGE:19]], "
        "[[EMAIL_ADDRESS:amara.nwosu-lee@ed.ac.uk]]; term address [[ADDRESS:Flat 4/12, 18 Holyrood Park Road]], "
        "[[LOCATION:Edinburgh]] [[ZIP_CODE:EH16 5AY]]; guardian [[TITLE:Mr]] [[PERSON:Peter Lee]], "
        "[[PHONE_NUMBER:+44 131 496 0022]]."
    ),
    (
        "성명 [[PERSON:박지민]] ([[PERSON:Park Ji-min]]) · 생년월일 [[DATE_TIME:1996.10.13]] · 주민등록번호 "
        "[[ID_NUMBER:961013-2718345]] · 연락처 [[PHONE_NUMBER:010-2387-4519]] · 주소 [[LOCATION:서울특별시]] "
        "[[LOCATION:마포구]] [[ADDRESS:월드컵북로 396]]"
    ),
    (
        "Borrower: [[PERSON:Chukwuemeka]] '[[PERSON:Emeka]]' [[PERSON:Okafor]], age: [[AGE:41]], BVN [[ID_NUMBER:22184093756]], "
        "account no. [[ID_NUMBER:3049182756]], address [[ADDRESS:Plot 14, Admiralty Way]], [[LOCATION:Lekki Phase 1]], "
        "[[LOCATION:Lagos]], phone [[PHONE_NUMBER:0803 421 7765]]."
    ),
    (
        "[[PERSON:Giulia Romano]], codice fiscale [[ID_NUMBER:RMNGLI88D52F205X]], nata a [[LOCATION:Milano]] il "
        "[[DATE_TIME:12/04/1988]], residente in [[ADDRESS:Via Tortona 31]], [[ZIP_CODE:20144]] [[LOCATION:Milano]], cell. "
        "[[PHONE_NUMBER:+39 347 512 8890]], IBAN [[IBAN_CODE:IT23K0306909606100000063891]]."
    ),
    (
        "[[TITLE:Mme]] [[PERSON:Aminata Diallo]], née le [[DATE_TIME:5 novembre 1990]] à [[LOCATION:Dakar]] "
        "([[LOCATION:Sénégal]]), demeurant [[ADDRESS:18 avenue Jean Jaurès, bât. C]], [[ZIP_CODE:69007]] [[LOCATION:Lyon]], "
        "tél. [[PHONE_NUMBER:06 12 48 93 27]], IBAN [[IBAN_CODE:FR76 3000 6000 0112 3456 7890 189]]."
    ),
    (
        "Fraud alert 55120: card [[CREDIT_CARD:4716220491835501]] belonging to [[PERSON:Nadia Haddad]] was used at 02:47 from "
        "[[IP_ADDRESS:185.220.101.33]]; online username [[USERNAME:nadia.h]], registered mobile "
        "[[PHONE_NUMBER:+961 3 123 456]], date of birth [[DATE_TIME:30/06/1990]]."
    ),
    (
        "Owner: [[PERSON:Siddharth Rao]]; VIN [[ID_NUMBER:MA3EWDE1S00614729]]; registration [[ID_NUMBER:KA 09 MN 4821]]; "
        "driving licence [[ID_NUMBER:KA09 20190012345]]; address [[ADDRESS:22, 5th Main Road]], "
        "[[LOCATION:Saraswathipuram]], [[LOCATION:Mysuru]] [[ZIP_CODE:570009]]."
    ),
    (
        "Members covered under the family floater: [[PERSON:Arjun Mehta]] (age: [[AGE:44]]), [[PERSON:Neha Mehta]] "
        "([[AGE:41]]), and their son [[PERSON:Kabir]], who turns [[AGE:12]] on [[DATE_TIME:9 December]]; policy contact "
        "[[EMAIL_ADDRESS:arjun.mehta.fam@gmail.com]]."
    ),
    (
        "[[PERSON:Siobhán Ní Bhriain]], PPSN [[ID_NUMBER:7193862TA]], [[ADDRESS:Apt 22, The Maltings, 3 Bow Street]], "
        "[[LOCATION:Smithfield]], [[LOCATION:Dublin]] [[ZIP_CODE:D07 KX29]], IBAN [[IBAN_CODE:IE70 BOFI 9000 1712 3456 78]], "
        "mobile [[PHONE_NUMBER:087 412 9930]]."
    ),
    (
        "[[PERSON:José Luis Hernández Ramírez]], CURP [[ID_NUMBER:HERL850317HDFRMS09]], RFC [[ID_NUMBER:HERL850317QK2]], "
        "domicilio [[ADDRESS:Av. Insurgentes Sur 1602, int. 8]], Col. [[LOCATION:Crédito Constructor]], C.P. "
        "[[ZIP_CODE:03940]], [[LOCATION:CDMX]], tel. [[PHONE_NUMBER:+52 55 4187 2290]]."
    ),
    (
        "[[PERSON:Zhang Wei]] ([[PERSON:张伟]]), resident ID [[ID_NUMBER:310104198811234517]], born [[DATE_TIME:23 Nov 1988]], "
        "mobile [[PHONE_NUMBER:+86 139 1742 8830]], address [[ADDRESS:Room 1502, No. 88 Century Avenue]], "
        "[[LOCATION:Pudong]], [[LOCATION:Shanghai]] [[ZIP_CODE:200120]], UnionPay card "
        "[[CREDIT_CARD:6212 3456 7890 1234 569]]."
    ),
    (
        "[[PERSON:Sigrid Aalto]], henkilötunnus [[ID_NUMBER:240386-517H]], [[ADDRESS:Mannerheimintie 14 B 22]], "
        "[[ZIP_CODE:00100]] [[LOCATION:Helsinki]], puh. [[PHONE_NUMBER:040 718 2264]], sähköposti "
        "[[EMAIL_ADDRESS:sigrid.aalto@elisanet.fi]]."
    ),
    (
        "[[PERSON:Erik Johansson]] ([[AGE:39]]), personnummer [[ID_NUMBER:850412-3391]], "
        "[[ADDRESS:Drottninggatan 53, lgh 1102]], [[ZIP_CODE:111 21]] [[LOCATION:Stockholm]], "
        "[[PHONE_NUMBER:+46 70 812 34 56]], IBAN [[IBAN_CODE:SE72 8000 0810 3400 0978 3242]]."
    ),
    (
        "[[PERSON:Omar Farouk Abdelrahman]], an [[NRP:Egyptian]] national aged [[AGE:36]], Emirates ID "
        "[[ID_NUMBER:784-1987-4829173-2]], [[ADDRESS:Villa 12, Street 23B]], [[LOCATION:Al Barsha]], [[LOCATION:Dubai]], "
        "mobile [[PHONE_NUMBER:+971 50 482 1937]], IBAN [[IBAN_CODE:AE69 0260 0010 1512 3456 701]]."
    ),
    (
        "On [[DATE_TIME:2024-02-11]], [[PERSON:Hye-jin Choi]], a [[AGE:67]]-year-old retired teacher, presented to A&E with "
        "chest pain; NHS number [[ID_NUMBER:485 777 3456]]; next of kin [[PERSON:Min-seo Choi]] (daughter) on "
        "[[PHONE_NUMBER:07912 604381]]."
    ),
    (
        "[[PERSON:Dmitri Volkov]] (forum handle [[USERNAME:dvolkov_btc]], email [[EMAIL_ADDRESS:d.volkov@mail.ru]]) declared "
        "the wallet [[ID_NUMBER:bc1qxy8tz7hm3f0l5w2ksd9gq4r6jc2npvuea8tz3l]] on his return, together with his INN "
        "[[ID_NUMBER:772814093561]]."
    ),
    (
        "[[PERSON:Mehmet Öztürk]], T.C. Kimlik No [[ID_NUMBER:38291045716]], doğum tarihi [[DATE_TIME:19.05.1983]], adres "
        "[[ADDRESS:Bağdat Caddesi No: 214 D: 7]], [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]], tel "
        "[[PHONE_NUMBER:+90 532 418 2790]], IBAN [[IBAN_CODE:TR15 0001 0001 5871 2345 6789 01]]."
    ),
    (
        "[[PERSON:Katarzyna Nowak-Jabłońska]], NIP [[ID_NUMBER:526-104-82-91]], rachunek "
        "[[IBAN_CODE:PL82 1140 2004 0000 3502 7891 2345]], tel. [[PHONE_NUMBER:+48 22 481 93 07]], adres "
        "[[ADDRESS:ul. Mokotowska 49 lok. 12]], [[ZIP_CODE:00-542]] [[LOCATION:Warszawa]]."
    ),
    (
        "[[PERSON:Inês Carvalho Sousa]], NIF [[ID_NUMBER:241 583 907]], Cartão de Cidadão [[ID_NUMBER:14829375 4 ZX2]], "
        "morada [[ADDRESS:Rua de Santa Catarina 512, 3.º Esq.]], [[ZIP_CODE:4000-446]] [[LOCATION:Porto]], IBAN "
        "[[IBAN_CODE:PT62 0035 0651 0000 1234 5678 9]]."
    ),
    (
        "[[PERSON:Luca Bernasconi]], AHV-Nr. [[ID_NUMBER:756.4821.9937.04]], geb. [[DATE_TIME:7. Mai 1969]], "
        "[[ADDRESS:Seefeldstrasse 88]], [[ZIP_CODE:8008]] [[LOCATION:Zürich]], IBAN [[IBAN_CODE:CH56 0483 5012 3456 7800 9]], "
        "Natel [[PHONE_NUMBER:079 512 44 83]]."
    ),
    (
        "Form W-7 was filed for [[PERSON:Lucía Paredes]], who now holds ITIN [[ID_NUMBER:912-78-4455]]; her husband "
        "[[PERSON:Hector Paredes]] lists SSN [[US_SSN:403-71-2288]]. They live at [[ADDRESS:3314 W Fullerton Ave, Unit 2R]], "
        "[[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60647-2219]]."
    ),
    (
        "[[PERSON:Pieter Van den Broeck]], rijksregisternummer [[ID_NUMBER:85.07.30-033.28]], geboren op "
        "[[DATE_TIME:30 juli 1985]], [[ADDRESS:Kortrijksesteenweg 412 bus 3]], [[ZIP_CODE:9000]] [[LOCATION:Gent]], IBAN "
        "[[IBAN_CODE:BE93 0682 4990 5167]], gsm [[PHONE_NUMBER:0476 31 82 40]]."
    ),
    (
        "[[PERSON:Tan Wei Ling]], NRIC [[ID_NUMBER:S9034817J]], [[AGE:34]] years of age, "
        "[[ADDRESS:Blk 212 Toa Payoh Lorong 8, #11-305]], [[LOCATION:Singapore]] [[ZIP_CODE:310212]], HP "
        "[[PHONE_NUMBER:+65 9123 4871]], [[EMAIL_ADDRESS:weiling.tan@singnet.com.sg]], Visa [[CREDIT_CARD:4024 0071 9876 5405]]."
    ),
    (
        "[[PERSON:Gareth Rhys Llewellyn]], born [[DATE_TIME:1 March 1971]], of [[ADDRESS:9 Heol y Nant]], [[LOCATION:Cardiff]] "
        "[[ZIP_CODE:CF14 6JQ]], banks with sort code 20-04-17, IBAN [[IBAN_CODE:GB78 BARC 2004 1763 7291 04]]; driving "
        "licence [[ID_NUMBER:LLEWE703011GR9AB]]; phone [[PHONE_NUMBER:029 2018 4470]]."
    ),
    (
        "Household roster. Head: [[PERSON:Bongani Khumalo]], [[AGE:34]] yo; spouse: [[PERSON:Thandeka Khumalo]], age "
        "[[AGE:32]]; grandmother: [[PERSON:Nomsa Dube]], [[AGE:71]]. Address: [[ADDRESS:1187 Vilakazi Street]], "
        "[[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]. Contact: [[PHONE_NUMBER:+27 82 614 3390]]."
    ),
    (
        "Account holder [[PERSON:Ahmed Raza Qureshi]], CNIC [[ID_NUMBER:35202-4718293-5]], account number "
        "[[ID_NUMBER:ACC-7730219]], SIM [[PHONE_NUMBER:0321 8840127]], installation address [[ADDRESS:House 45, Street 9]], "
        "[[LOCATION:F-7/2]], [[LOCATION:Islamabad]], static IP [[IP_ADDRESS:39.45.118.202]], autopay card "
        "[[CREDIT_CARD:5168 4412 0937 6600]]."
    ),
    (
        "Purchasers: [[PERSON:Priyanka Sandhu]] and [[PERSON:Gurpreet Sandhu]]; property: [[ADDRESS:2208-1155 Seymour Street]], "
        "[[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6B 0C6]]; completion date: [[DATE_TIME:June 28, 2024]]; deposit "
        "$60,000 from account [[ID_NUMBER:03410-5582917]]; purchasers' lawyer: [[PERSON:Derek Chow]]."
    ),
    (
        "氏名：[[PERSON:山本 葵]]（[[PERSON:Aoi Yamamoto]]）　生年月日：[[DATE_TIME:平成8年5月14日]]　個人番号："
        "[[ID_NUMBER:4829 1736 5520]]　住所：〒[[ZIP_CODE:530-0001]] [[LOCATION:大阪府]][[LOCATION:大阪市北区]]"
        "[[ADDRESS:梅田2-4-9]]　電話：[[PHONE_NUMBER:06-6345-1178]]"
    ),
    (
        "[[PERSON:Catalina Fuentes Soto]], RUT [[ID_NUMBER:16.482.903-K]], [[AGE:38]] años, "
        "[[ADDRESS:Av. Providencia 2133, depto. 604]], [[LOCATION:Providencia]], [[LOCATION:Santiago]], fono "
        "[[PHONE_NUMBER:+56 9 8412 3307]], correo [[EMAIL_ADDRESS:cata.fuentes@gmail.com]]."
    ),
    (
        "[[PERSON:Wanjiru Kamau]], ID No. [[ID_NUMBER:28471936]], KRA PIN [[ID_NUMBER:A009471823K]], residing at "
        "[[ADDRESS:Apt B4, 27 Othaya Road]], [[LOCATION:Kileleshwa]], [[LOCATION:Nairobi]]; postal address "
        "[[ADDRESS:P.O. Box 10482]]-[[ZIP_CODE:00100]]; M-Pesa line [[PHONE_NUMBER:+254 712 804 339]]."
    ),
    (
        "Order placed by [[PERSON:Kimberly A. Nguyen-Hart]] ([[EMAIL_ADDRESS:kimhart.ng@icloud.com]]) from "
        "[[IP_ADDRESS:73.189.42.117]]; Discover [[CREDIT_CARD:6011 0009 9013 9408]]; ship to "
        "[[ADDRESS:540 Maple Grove Rd, Ste 110]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]]; order #A10-55231, "
        "total $312.48."
    ),
    (
        "[[PERSON:Andrés Felipe Ospina]], cédula [[ID_NUMBER:1.020.734.581]], nacido el [[DATE_TIME:04/08/1993]] en "
        "[[LOCATION:Medellín]], dirección [[ADDRESS:Calle 10 # 43E-31, apto 1203]], [[LOCATION:El Poblado]], celular "
        "[[PHONE_NUMBER:+57 310 482 7719]], usuario [[USERNAME:afospina93]], perfil [[URL:instagram.com/afospina93]]."
    ),
    (
        "VOTER REGISTRATION. Name: [[PERSON:Darnell Otis Freeman]] | DOB: [[DATE_TIME:11/02/1979]] | SSN: "
        "[[US_SSN:287-65-4031]] | Ohio driver's license: [[US_DRIVER_LICENSE:RT482915]] | U.S. passport: "
        "[[US_PASSPORT:A04182937]] | Residence: [[ADDRESS:2741 Euclid Heights Blvd, Apt 6]], [[LOCATION:Cleveland Heights]], "
        "[[LOCATION:OH]] [[ZIP_CODE:44106]] | Party affiliation: [[NRP:Republican]] | Phone: [[PHONE_NUMBER:216-555-0148]]"
    ),
    (
        "Reservation guarantee: [[TITLE:Dr.]] [[PERSON:Raymond Okonjo-Fisher]], Amex [[CREDIT_CARD:3796 541128 73002]], "
        "arriving [[DATE_TIME:10/14]], departing [[DATE_TIME:10/17]], phone [[PHONE_NUMBER:+1 (646) 555-0131]], "
        "Hilton Honors no. [[ID_NUMBER:918 204 337]], requests a quiet room away from the lift."
    ),
]

DOC = [
    (
        "Subject: Handover notes\n\nHi [[PERSON:Tamsin]],\n\nBefore I leave on Friday, a few things. The Q3 supplier invoices "
        "(INV-20931 to INV-20958) are approved, and the server room door code changes to 4471 next week. [[PERSON:Rashid]] "
        "will cover payroll queries while I'm away; his direct line is [[PHONE_NUMBER:020 7946 0321]]. If the auditors from "
        "Grant Thornton ask for the 2023 ledgers, they are on the shared drive under /finance/archive/v2.3.\n\nThanks,\n"
        "[[PERSON:Olivia Barnes-Kettle]]\nFinancial Controller\n[[EMAIL_ADDRESS:o.barnes-kettle@harrowgatefoods.co.uk]]\n"
        "M: [[PHONE_NUMBER:07700 900 815]]"
    ),
    (
        "Incident report IR-2024-0412\nDate of incident: [[DATE_TIME:3 April 2024]], approx. 16:40\nLocation: loading bay 3, "
        "[[ADDRESS:Unit 9, 41 Brookfield Road]], [[LOCATION:Cheltenham]]\n\nForklift operator [[PERSON:Dariusz Kowalczyk]] "
        "(badge [[ID_NUMBER:B-3318]]) reported that a pallet of 24 x 5L Dettol containers fell from the second rack. Nobody "
        "was injured. [[PERSON:Kowalczyk]] said the pallet wrap had been cut earlier in the shift. The supervisor on duty, "
        "[[PERSON:Hannah Wright]], photographed the scene and informed the warehouse manager. Forklift FL-07 (Toyota 8FBE15) "
        "was taken out of service pending inspection.\n\nFiled by [[PERSON:H. Wright]] on [[DATE_TIME:4 April 2024]]."
    ),
    (
        "DISCHARGE SUMMARY\nPatient: [[PERSON:Francisco Javier Morales]]   MRN: [[ID_NUMBER:7730-1192-4]]   DOB: "
        "[[DATE_TIME:12/05/1949]]\nAdmitted: [[DATE_TIME:18/01/2024]]   Discharged: [[DATE_TIME:25/01/2024]]\nConsultant: "
        "[[TITLE:Dr]] [[PERSON:A. Okoye]], Ward 11 (Cardiology)\n\n[[TITLE:Mr]] [[PERSON:Morales]], a [[AGE:74]]-year-old "
        "retired bus driver, was admitted with an NSTEMI. Troponin peaked at 1,240 ng/L. He underwent PCI with a 3.0 x 18 mm "
        "drug-eluting stent to the LAD. He goes home on aspirin 75 mg, ticagrelor 90 mg BD and atorvastatin 80 mg. Cardiology "
        "clinic in 6 weeks; GP to recheck renal function in 2 weeks. His daughter [[PERSON:Lucía]] "
        "([[PHONE_NUMBER:07845 219 330]]) will collect him."
    ),
    (
        "ASSURED SHORTHOLD TENANCY AGREEMENT\n\nThis agreement is made on [[DATE_TIME:1 September 2024]] between "
        "[[PERSON:Graham Holt]] (the Landlord) of [[ADDRESS:3 Orchard Mews]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG1 2QA]] and "
        "[[PERSON:Aditi Bose]] and [[PERSON:Lior Ben-David]] (the Tenants). The Property is "
        "[[ADDRESS:Flat 2, 119 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1HU]]. The term is 12 months at a rent of "
        "£1,450 per calendar month, payable in advance on the first day of each month. The deposit of £1,673 will be "
        "protected with the DPS within 30 days. The Tenants shall not keep pets without the Landlord's written consent."
    ),
    (
        "WITNESS STATEMENT\nName: [[PERSON:Keisha Marie Daniels]]   Age: [[AGE:29]]   Occupation: staff nurse\n\n"
        "On the evening of Saturday [[DATE_TIME:16 March]] I was walking home from the bus stop in [[LOCATION:Moss Side]] "
        "when a man in a grey North Face jacket grabbed my phone and ran towards the park. He was about 5'10\" and in his "
        "twenties. My friend [[PERSON:Tyrone]] saw it happen from across the road. I dialled 999 at about 22:15. The phone is "
        "an iPhone 13 in a blue case. I live at [[ADDRESS:27 Claremont Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 4RR]] "
        "and can be reached on [[PHONE_NUMBER:07723 884 106]].\n\nSigned: [[PERSON:K. M. Daniels]]"
    ),
    (
        "Agent ([[PERSON:Priyanka]]): Thanks for holding. Can I take your full name?\nCustomer: [[PERSON:Stephen O'Malley]].\n"
        "Agent: And the postcode on the account?\nCustomer: [[ZIP_CODE:BT9 6AD]].\nAgent: And your date of birth?\n"
        "Customer: [[DATE_TIME:23rd June 1981]].\nAgent: Thank you. I can see the router was replaced under ticket 88-40217 "
        "last week. Is the light on the front still flashing orange?\nCustomer: Yes, and my son [[PERSON:Ciarán]] has reset it "
        "twice.\nAgent: I'll book an engineer. Is [[PHONE_NUMBER:028 9066 1473]] still the best number?\nCustomer: Use my "
        "mobile, [[PHONE_NUMBER:07981 330 562]].\nAgent: Done. Your reference is ENG-55912 and the slot is 8am to 1pm."
    ),
    (
        "[[PERSON:AMARA OKONKWO]]\n[[LOCATION:Nottingham]], [[LOCATION:UK]] · [[PHONE_NUMBER:+44 7458 203 911]] · "
        "[[EMAIL_ADDRESS:amara.okonkwo.dev@gmail.com]] · [[URL:github.com/amaraokonkwo]] · "
        "[[URL:linkedin.com/in/amara-okonkwo]]\n\nEXPERIENCE\nBackend Engineer, Boots Digital (2021 to present): moved the "
        "order service from Python 2.7 to 3.11 and cut p95 latency by 38%.\nGraduate Developer, Experian (2019 to 2021): "
        "built credit-file ingestion jobs handling 4M records a night.\n\nEDUCATION\nBSc Computer Science, University of "
        "Leicester, 2019 (First)\n\nREFEREE\n[[TITLE:Dr]] [[PERSON:Helen Marsh]], [[EMAIL_ADDRESS:h.marsh@le.ac.uk]]"
    ),
    (
        "From: [[PERSON:Fatoumata Keita]] <[[EMAIL_ADDRESS:fatou.keita@orange.fr]]>\nTo: sinistres@assurhabitat.fr\nObjet : "
        "Dégât des eaux, dossier 2024-118734\n\nBonjour,\n\nSuite à la fuite du [[DATE_TIME:2 février]], le plombier est "
        "passé hier et a remplacé le flexible sous l'évier (facture n° F-3319, 186,40 €). Ma voisine du dessous, "
        "[[TITLE:Mme]] [[PERSON:Lefebvre]], a aussi des traces au plafond ; vous pouvez la joindre au "
        "[[PHONE_NUMBER:04 78 62 19 05]]. Mon adresse reste [[ADDRESS:42 rue Paul Bert, 3e étage]], [[ZIP_CODE:69003]] "
        "[[LOCATION:Lyon]].\n\nCordialement,\n[[PERSON:F. Keita]]"
    ),
    (
        "IN THE COUNTY COURT AT [[LOCATION:BIRMINGHAM]]\nClaim No. K00BM412\n\nBetween [[PERSON:Desmond Adeyemi]] (Claimant) "
        "and Halford Motors Ltd (Defendant).\n\n1. The Claimant, then aged [[AGE:63]], bought a used Ford Focus from the "
        "Defendant on [[DATE_TIME:14 July 2022]] for £8,995. 2. Within three weeks the gearbox failed. 3. The Defendant's "
        "service manager, [[PERSON:Craig Denholm]], told the Claimant by text from [[PHONE_NUMBER:07592 118 440]] that the "
        "fault was wear and tear. 4. The Claimant lives at [[ADDRESS:58 Stratford Road]], [[LOCATION:Sparkhill]], and relies "
        "on the car to visit his wife at the Queen Elizabeth Hospital. 5. Judgment for the Claimant in the sum of £3,120 "
        "plus costs.\n\n[[PERSON:R. Okafor]], District Judge"
    ),
    (
        "END OF YEAR REPORT, Year 8\nPupil: [[PERSON:Yusuf Demir]]   UPN: [[ID_NUMBER:A820419350017]]   Form: 8C\n\n"
        "[[PERSON:Yusuf]] has had a strong year in Mathematics (working at grade 6+), and his science project on the Doppler "
        "effect was one of the best in the year group. He should read more widely, including non-fiction. Attendance 96.4%. "
        "He represented the school at the county chess finals in [[LOCATION:Derby]]. Please contact his form tutor, "
        "[[TITLE:Ms]] [[PERSON:Okonjo]], at [[EMAIL_ADDRESS:c.okonjo@stmarksacademy.org.uk]] with any questions.\n\n"
        "Parent/carer: [[TITLE:Mrs]] [[PERSON:Elif Demir]]"
    ),
    (
        "Private & Confidential\n\n[[PERSON:Marcus Bell]]\n[[ADDRESS:Flat 6, 14 Dunmore Terrace]]\n[[LOCATION:Glasgow]] "
        "[[ZIP_CODE:G12 8PX]]\n\nDear [[PERSON:Marcus]],\n\nInvitation to a disciplinary hearing\n\nFurther to the "
        "investigation into missing stock at store 212, I am writing to invite you to a hearing on [[DATE_TIME:26 February]] "
        "at 10:00 in meeting room 2B. You may bring a colleague or a trade union representative. Please quote your employee "
        "number, [[ID_NUMBER:GB-448120]], in any reply.\n\nYours sincerely,\n[[PERSON:Lorna McIntyre]]\nArea Manager"
    ),
    (
        "To whom it may concern,\n\nI have known [[PERSON:Ana Lucía Vargas]] since [[DATE_TIME:September 2019]], when she "
        "joined our lab in [[LOCATION:Valparaíso]] as a research assistant. She co-authored two of our papers, including the "
        "2022 study of microplastics in the Humboldt Current, and ran the field sampling almost single-handed. She is moving "
        "to [[LOCATION:Edinburgh]] to be closer to her partner, [[PERSON:Callum]], and I recommend her without reservation. "
        "Please contact me at [[EMAIL_ADDRESS:jpino@uv.cl]] or on [[PHONE_NUMBER:+56 32 260 3318]].\n\n"
        "[[TITLE:Prof.]] [[PERSON:Jorge Pino Aravena]]"
    ),
    (
        "Minutes of the residents' association, [[LOCATION:Hackney Wick]]\nPresent: [[PERSON:J. Osei]] (chair), "
        "[[PERSON:M. Lindgren]], [[PERSON:P. Kaur]], [[PERSON:D. Rossi]] and 8 others.\n\n1. Bins: the council confirmed "
        "collection moves to Thursdays from week 14.\n2. [[PERSON:Paramjit]] raised the broken lift in Block C again; repair "
        "ticket 77104 is still open after 41 days.\n3. [[PERSON:Daniela Rossi]] offered her flat, "
        "[[ADDRESS:Flat 31, 5 Eastway]], for the next meeting.\n4. AOB: none. Meeting closed at 20:45."
    ),
    (
        "Dear Sir or Madam,\n\nRe: account no. [[ID_NUMBER:40388217]]\n\nI am writing about three payments taken from my "
        "current account without my authorisation: £49.99 on [[DATE_TIME:2 May]], £49.99 on [[DATE_TIME:2 June]] and £59.99 "
        "on [[DATE_TIME:2 July]], all to a company called StreamMaxx. I never signed up to this service. I have cancelled my "
        "debit card, [[CREDIT_CARD:4485 2750 1169 3805]], and would like the money refunded to the same account. The account is in the name of "
        "[[PERSON:Brenda Okoro-Walsh]] and I can be reached on [[PHONE_NUMBER:01632 960 447]] during the day.\n\n"
        "Yours faithfully,\n[[PERSON:B. Okoro-Walsh]]\n[[ADDRESS:11 Peel Street]], [[LOCATION:Bolton]] [[ZIP_CODE:BL1 4QW]]"
    ),
    (
        "Hi [[PERSON:Mei]],\n\nHere's the plan for the [[LOCATION:Kyoto]] trip. We fly out on [[DATE_TIME:October 3]] on NH 9 "
        "(seat 34A for you, 34B for me), land at KIX and take the Haruka into the city. The ryokan is booked under my name, "
        "[[PERSON:Lin Jiahui]], confirmation 77XQ21. I've put the tea ceremony down for [[DATE_TIME:Oct 5]]. My Japanese "
        "number will be [[PHONE_NUMBER:+81 80-4412-7093]] once I pick up the SIM.\n\nSee you at the airport!\n[[PERSON:Jiahui]]"
    ),
    (
        "Dear [[TITLE:Mr]] [[PERSON:Haddad-Santos]],\n\nThank you for staying with us at The Wellington. Housekeeping found a "
        "black Samsonite suitcase and a Kindle in room 418 after your check-out on [[DATE_TIME:11 November]]. We can send "
        "them by courier to your home address, [[ADDRESS:Calle de Serrano 221, 5º A]], [[ZIP_CODE:28006]] "
        "[[LOCATION:Madrid]], for €38, or keep them until your next visit. Please reply to this email to let us know.\n\n"
        "Kind regards,\n[[PERSON:Beatrice Langley]]\nGuest Relations"
    ),
    (
        "Client: [[PERSON:Gwen Arbuthnot]]   Tel: [[PHONE_NUMBER:01865 483 902]]\nAddress: [[ADDRESS:6 Hinksey Hill]], "
        "[[LOCATION:Oxford]]\nPatient: Bella, 7-year-old neutered female Labrador\n\nBella presented with a 3-day history of "
        "vomiting after eating a corn cob at a barbecue. [[PERSON:Gwen]]'s husband [[PERSON:Rob]] brought her in. Abdominal "
        "radiographs showed a foreign body in the jejunum. Enterotomy performed the same afternoon by "
        "[[PERSON:Tomás Quiroga]] MRCVS. Discharged the next day on Metacam 1.5 mg/ml; recheck in 10 days."
    ),
    (
        "Hello,\n\nI'm interested in the three-bed semi you have listed at £325,000 (ref LG-2217). My partner [[PERSON:Sam]] "
        "and I are first-time buyers with a mortgage agreement in principle from Nationwide. We currently rent in "
        "[[LOCATION:Chorlton]] and would like to view on Saturday [[DATE_TIME:22 June]] if possible. My number is "
        "[[PHONE_NUMBER:0161 882 4105]].\n\nMany thanks,\n[[PERSON:Joel Abernethy]]\n"
        "[[EMAIL_ADDRESS:joel.abernethy@btinternet.com]]"
    ),
    (
        "Name: [[PERSON:Nasrin Hosseini]]\nNationality: [[NRP:Iranian]]\nPassport: [[ID_NUMBER:K48291736]]\nDate of birth: "
        "[[DATE_TIME:25/02/1990]]\n\nDear [[PERSON:Nasrin]],\n\nYour Skilled Worker visa application (ref. UKVI-3391-7720) "
        "has been approved. Your entry vignette is valid from [[DATE_TIME:1 July 2024]]. You must collect your residence "
        "permit from the post office at [[ADDRESS:31 Market Street]], [[LOCATION:Sheffield]], within 10 days of arriving in "
        "the [[LOCATION:UK]]. Your sponsor is Fernhill Robotics Ltd (licence no. ABC1D2EF3)."
    ),
    (
        "Dear Colleague,\n\nRe: [[PERSON:Oluwadamilare Ajayi]], DOB [[DATE_TIME:30.09.2001]], NHS no. "
        "[[ID_NUMBER:612 448 9073]]\n[[ADDRESS:Flat B, 72 Stapleton Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS5 0RA]]\n\n"
        "Thank you for seeing this [[AGE:22]]-year-old student with a four-month history of intermittent bloody diarrhoea "
        "and 6 kg weight loss. Faecal calprotectin was 840 µg/g. His uncle has Crohn's disease. I would be grateful for an "
        "urgent gastroenterology assessment.\n\nYours sincerely,\n[[TITLE:Dr]] [[PERSON:S. Varghese]]"
    ),
    (
        "Chat transcript, GameVault support\n[[USERNAME:xXshadowfoxXx]]: my account got hacked, someone changed the email\n"
        "Agent [[PERSON:Lars]]: Sorry to hear that! Can you confirm the old email?\n[[USERNAME:xXshadowfoxXx]]: "
        "[[EMAIL_ADDRESS:ethan.r.cole09@gmail.com]]\nAgent [[PERSON:Lars]]: Thanks. I can see a login from "
        "[[IP_ADDRESS:45.133.172.9]] in [[LOCATION:Vilnius]] at 03:14, and the email was changed a minute later. Was that "
        "you?\n[[USERNAME:xXshadowfoxXx]]: no im in [[LOCATION:Ohio]] lol\nAgent [[PERSON:Lars]]: I've locked the account "
        "and put the old email back. Please set a new password and turn on 2FA. Your case number is GV-551093."
    ),
    (
        "NOTICE OF ENTRY\n\nTo: [[PERSON:Bashir Haidari]] and [[PERSON:Roya Haidari]], [[ADDRESS:Apt 5C, 1340 Grand Concourse]], "
        "[[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10456]]\n\nPlease be advised that the building superintendent, "
        "[[PERSON:Luis Ortega]], will enter your apartment on [[DATE_TIME:March 12]] between 9:00 AM and 12:00 PM to replace "
        "the smoke detectors as required by Local Law 111. If this time is inconvenient, call [[PERSON:Luis]] at "
        "[[PHONE_NUMBER:(718) 555-0192]].\n\nConcourse Realty LLC"
    ),
    (
        '[[PERSON:Margaret]] "[[PERSON:Peggy]]" [[PERSON:Ann Doherty]] (née [[PERSON:Quinlan]]), [[AGE:86]], of '
        "[[LOCATION:Worcester]], passed away peacefully on [[DATE_TIME:January 4, 2024]]. Born [[DATE_TIME:March 17, 1937]] in "
        "[[LOCATION:County Clare]], [[LOCATION:Ireland]], she emigrated in 1958 and worked for 31 years as a nurse at "
        "St. Vincent Hospital. She is survived by her children [[PERSON:Kathleen]] and [[PERSON:Michael]] and by seven "
        "grandchildren. In lieu of flowers, donations may be made to the Alzheimer's Association."
    ),
    (
        "Hi both!\n\nSo excited for [[DATE_TIME:14 September]]! [[PERSON:Tom]] and I will both be there; he's vegetarian and "
        "I'll have the lamb. We're driving up from [[LOCATION:Brighton]] on the Friday and staying at the Premier Inn near the "
        "venue. Could you send me Auntie [[PERSON:Grace]]'s number? Mine's [[PHONE_NUMBER:07534 662 019]] if she wants to "
        "share a lift.\n\nLove,\n[[PERSON:Priya]] xx"
    ),
    (
        "IT ACCESS REQUEST\nRequester: [[PERSON:Sandeep Kulkarni]] (emp. ID [[ID_NUMBER:INF-30417]])\nDepartment: Treasury\n"
        "Manager approval: [[PERSON:Claire Dubois]]\nSystems: SAP FI (role Z_AP_CLERK), SharePoint site /treasury/fx, VPN\n"
        "Workstation IP: [[IP_ADDRESS:10.42.17.203]]\nStart date: [[DATE_TIME:2024-05-06]]\nJustification: covering for "
        "[[PERSON:Tom Reilly]] during his parental leave. Ticket REQ0091823. SAP release ECC 6.0 EhP8."
    ),
    (
        "PRE-SENTENCE REPORT (extract)\n\n[[PERSON:Jordan Kyle McAllister]] is a [[AGE:24]]-year-old man of no fixed abode, "
        "previously of [[LOCATION:Paisley]]. He has three previous convictions for shoplifting. He told me he began using "
        "cocaine after his father's death in [[DATE_TIME:August 2021]]. His sister, [[PERSON:Kirsty]], has offered him a "
        "room at [[ADDRESS:Flat 4/2, 19 Causeyside Street]] and is willing to support him. I assess the risk of reoffending "
        "as medium and propose a Community Payback Order with 150 hours of unpaid work.\n\n[[PERSON:Morag Sinclair]], "
        "Justice Social Worker"
    ),
    (
        "Hi [[PERSON:Femi]],\n\nAttached are my receipts for the [[LOCATION:Lisbon]] trip: flight TP1351 (€214.60), three "
        "nights at the Avenida Palace (€612.00) and taxis (€47.80), all on my corporate Visa "
        "[[CREDIT_CARD:4556 7301 9284 4100]]. The client dinner with [[PERSON:Ricardo Mendes]] and "
        "[[PERSON:Joana Pires]] from Millennium BCP came to €188.50 for four people. Please reimburse to my usual account; "
        "my employee number is [[ID_NUMBER:40127]] in case the new system asks.\n\nCheers,\n[[PERSON:Nkechi]]"
    ),
    (
        "Trip on [[DATE_TIME:Feb 17]] (11:48 pm) from [[LOCATION:Shoreditch]] to my home at [[ADDRESS:62 Elmhurst Road]], "
        "[[LOCATION:Walthamstow]]. The driver, [[PERSON:Dmitrii]] (Toyota Prius, reg [[ID_NUMBER:LK19 XWD]]), took a "
        "14-mile detour and charged £61.20 instead of the quoted £28. He also refused to let me out at the lights. My account "
        "is registered to [[EMAIL_ADDRESS:sophie.tran.92@hotmail.co.uk]]. I want a refund and this investigated.\n"
        "[[PERSON:Sophie Tran]]"
    ),
    (
        "[[PERSON:Rahul Chatterjee]]\n[[ADDRESS:88 Oakwood Avenue]]\n[[LOCATION:Leicester]] [[ZIP_CODE:LE2 3TH]]\n\n"
        "Dear [[PERSON:Rahul]],\n\nYou are due for your six-monthly check-up. We have reserved Thursday "
        "[[DATE_TIME:5 December]] at 15:20 with [[TITLE:Dr]] [[PERSON:Ewa Nowicka]] in surgery 3. If you need to change this, "
        "please call reception. The NHS Band 1 charge is £26.80.\n\nPatient no.: [[ID_NUMBER:P-0098823]]"
    ),
    (
        "Personal statement: [[PERSON:Thandiwe Mokoena]], applicant no. [[ID_NUMBER:2024-UCT-18834]]\n\nI grew up in "
        "[[LOCATION:Khayelitsha]], the eldest of four, and I have been the one filling in forms for my family since I was "
        "[[AGE:11]]. When my mother, [[PERSON:Nomvula]], was diagnosed with type 2 diabetes, I learned to read glucose charts "
        "before I could do long division. Last year I volunteered every Saturday at a clinic run by the Desmond Tutu Health "
        "Foundation. I want to study medicine so that the next girl in my street does not have to translate her mother's "
        "diagnosis."
    ),
    (
        "Hi everyone, quick update: after nine years we have finally moved from [[LOCATION:Leeds]] to [[LOCATION:Porto]]! "
        "[[PERSON:Ruairí]] starts at the new office on Monday and I'm still freelancing. The new flat is at "
        "[[ADDRESS:Rua do Almada 318, 2.º]], [[ZIP_CODE:4050-032]], so send postcards (not parcels, customs is a nightmare). "
        "Our new numbers are [[PHONE_NUMBER:+351 912 480 337]] (me) and [[PHONE_NUMBER:+351 936 112 804]] "
        "([[PERSON:Ruairí]]). The cat survived the flight and is sulking. Love, [[PERSON:Beth]]"
    ),
    (
        "Accident report, claim CLM-7730418\nDate: [[DATE_TIME:21/10/2023]]   Time: 08:15\nPlace: roundabout by the station, "
        "[[LOCATION:Selly Oak]]\nVehicle 1: Vauxhall Corsa, [[ID_NUMBER:BF17 KLM]], driver [[PERSON:Oksana Melnyk]], licence "
        "[[ID_NUMBER:MELNY862125O99LK]]\nVehicle 2: BMW 320d, [[ID_NUMBER:YR68 TFE]], driver [[PERSON:Callum Price]], "
        "[[PHONE_NUMBER:07452 337 190]]\n\nV2 entered the roundabout without giving way and struck the nearside of V1. "
        "[[TITLE:Ms]] [[PERSON:Melnyk]] complained of neck pain and went to A&E that afternoon. A witness, "
        "[[PERSON:Harjit Gill]], left his number with the police ([[PHONE_NUMBER:0121 496 0088]])."
    ),
    (
        "Dispensing incident DI-0231\nOn [[DATE_TIME:14/02]] a prescription for [[PERSON:Edna Pryce]] ([[AGE:81]]), "
        "[[ADDRESS:2 Chapel Row]], [[LOCATION:Merthyr Tydfil]], was dispensed as amlodipine 10 mg instead of 5 mg. Her carer, "
        "[[PERSON:Rhiannon]], noticed that the tablets looked different the next morning, and no doses were taken. The error "
        "happened during a busy period with only one pharmacist on duty. Batch AM10-22871, exp 11/2026. Action: second "
        "check for all blister packs.\nReported by [[PERSON:Imran Sheikh]], pharmacist."
    ),
    (
        "Volunteer form\nFull name: [[PERSON:Bao Tran]]\nPreferred name: [[PERSON:Bobby]]\nDOB: [[DATE_TIME:8/11/1998]]\n"
        "Pronouns: he/him\nEmail: [[EMAIL_ADDRESS:baotran.98@gmail.com]]\nPhone: [[PHONE_NUMBER:(503) 555-0127]]\n"
        "Availability: Saturdays, 9 am to 1 pm\nEmergency contact: [[PERSON:Linh Tran]] (mother), "
        "[[PHONE_NUMBER:503-555-0160]]\nBackground check: completed 2023\nT-shirt size: L"
    ),
    (
        "Case FR-2024-3391. On [[DATE_TIME:7 March]], [[PERSON:Helga Sørensen]] (customer ID [[ID_NUMBER:CUS-0882731]]) "
        "received a call from someone claiming to be from our fraud team, who persuaded her to move DKK 148,000 from her "
        "account [[IBAN_CODE:DK04 5295 0001 8273 64]] into a 'safe account'. The receiving account belongs to a money mule, "
        "[[PERSON:Jonas Albrecht]], resident in [[LOCATION:Hamburg]]. The call came from a spoofed number. "
        "[[PERSON:Helga]] is [[AGE:79]] and lives alone in [[LOCATION:Aarhus]]. Recommendation: reimburse in full and "
        "report [[PERSON:Albrecht]]'s account to the receiving bank."
    ),
    (
        "Dear [[PERSON:Aarav]],\n\nCongratulations! We are pleased to offer you a place on the MSc Data Science for the "
        "autumn intake. Your applicant ID is [[ID_NUMBER:2401188374]]. To accept, log in to the portal with your username "
        "[[USERNAME:aarav.k.sharma]] within 28 days. Your CAS will be issued once the £2,000 deposit has been received. If "
        "you have any questions, write to pgadmissions@strath.ac.uk.\n\nBest wishes,\n[[PERSON:Elaine Fraser]]\n"
        "Postgraduate Admissions"
    ),
    (
        "This contract is made between Nordlicht Software GmbH, [[ADDRESS:Torstraße 140]], [[ZIP_CODE:10119]] "
        "[[LOCATION:Berlin]] (the Employer) and [[PERSON:Aleksandra Petrović]], born [[DATE_TIME:2 February 1994]], residing "
        "at [[ADDRESS:Weserstraße 56, 3. OG]], [[ZIP_CODE:12045]] [[LOCATION:Berlin]] (the Employee). Employment begins on "
        "[[DATE_TIME:1 June 2024]]. The Employee is engaged as Senior Frontend Developer at a gross annual salary of "
        "EUR 72,000. The probationary period is six months. Salary is paid monthly to "
        "[[IBAN_CODE:DE93 1007 0024 0928 8173 00]]."
    ),
    (
        "[[TITLE:Dr.]] [[PERSON:Chiamaka Eze-Williams]] is a health economist at the London School of Hygiene & Tropical "
        "Medicine, where she leads the malaria costing group. Born in [[LOCATION:Enugu]] and raised in [[LOCATION:Houston]], "
        "she holds a PhD from Johns Hopkins. Her 2021 paper in The Lancet has been cited 1,400 times. She posts as "
        "@[[USERNAME:chiamaka_econ]] and writes a newsletter at [[URL:chiamakaeze.substack.com]]."
    ),
    (
        "CAD 2214, [[DATE_TIME:02/06/2024]]\n01:12 Caller [[PERSON:Agnieszka Wróbel]] ([[PHONE_NUMBER:07866 412 095]]) reports "
        "shouting and breaking glass at [[ADDRESS:14 Tanner Street]], flat above the launderette.\n01:19 Units 7B21 and 7B24 "
        "dispatched.\n01:31 Officers on scene. Male, [[PERSON:Dean Hollis]], [[AGE:37]], arrested for criminal damage. "
        "Female occupant, [[PERSON:Stacey Hollis]], declined medical treatment.\n01:58 [[PERSON:D. Hollis]] conveyed to "
        "custody. Crime ref 47/118204/24."
    ),
    (
        "ED triage 03:40. [[AGE:19]] y/o F, [[PERSON:Mariam Yusuf]], brought in by her flatmate [[PERSON:Chloé]] after taking "
        "approx. 20 x paracetamol 500 mg at around 23:00. GCS 15, HR 104, BP 118/72. Paracetamol level due at 4 h. Mental "
        "health liaison to review. NOK: father, [[PERSON:Abdi Yusuf]], [[PHONE_NUMBER:+44 7404 118 262]]. Hospital no. "
        "[[ID_NUMBER:RX4418207]]."
    ),
    (
        "CHECK-OUT REPORT\nProperty: [[ADDRESS:Flat 9, Cathedral Court, 21 Vicar Lane]], [[LOCATION:Sheffield]] "
        "[[ZIP_CODE:S1 2EX]]\nTenant: [[PERSON:Mohamed Lamine Touré]]\nCheck-out date: [[DATE_TIME:30/06/2024]]\n\n"
        "Kitchen: hob clean; two burns on the worktop by the sink (not on check-in). Oven needs a professional clean (£85). "
        "Bedroom 1: Ikea Malm chest, drawer runner broken. Bathroom: mould on silicone. Meter readings: electricity 44810, "
        "gas 11927. Keys returned: 2 x front door, 1 x fob (#0417).\nInventory clerk: [[PERSON:Jade Kingsley]]"
    ),
    (
        "Thanks [[PERSON:Ollie]], Tuesday works. I'll bring the signed NDA.\n\n[[PERSON:Wiktoria]]\n\nOn Monday, "
        "[[PERSON:Oliver Grant]] <[[EMAIL_ADDRESS:oliver.grant@fenwickpartners.com]]> wrote:\n> Hi [[PERSON:Wiktoria]],\n"
        "> Could we meet at our [[LOCATION:Manchester]] office on Tuesday at 2pm? The address is "
        "[[ADDRESS:1 St Peter's Square, 11th floor]]. Ask for me at reception.\n> Best, [[PERSON:Oliver]]"
    ),
    (
        "Beneficiary: [[PERSON:Abdirahman Warsame Farah]]\nRefugee ID: [[ID_NUMBER:338-18C04417]]\nHousehold size: 6\n"
        "Arrived: [[DATE_TIME:March 2019]]\nCamp: [[LOCATION:Dadaab]] ([[LOCATION:Hagadera]])\nPhone (shared): "
        "[[PHONE_NUMBER:+254 722 418 903]]\n\nNotes: his wife [[PERSON:Hodan]] is seven months pregnant; the eldest son, "
        "[[AGE:17]], attends secondary school. Monthly cash transfer of 4,500 KES via M-Pesa continues."
    ),
    (
        "Call notes, [[DATE_TIME:12/03]]: spoke to [[PERSON:Tunde]] and [[PERSON:Abigail Ogunleye]] about remortgaging "
        "[[ADDRESS:47 Fernbank Drive]], [[LOCATION:Bingley]]. Current lender Halifax, balance £186,400, fix ends in four "
        "months. Value est. £310k (Zoopla). [[PERSON:Abigail]] is self-employed (hairdresser, 2 yrs accounts); "
        "[[PERSON:Tunde]] is PAYE at Arla on £41k. Both aged [[AGE:38]]. Options: 5-yr fix at 4.29% with Nationwide or a "
        "2-yr tracker; they prefer the fix. Next: send DIP, collect payslips. Email [[EMAIL_ADDRESS:abi.ogunleye@icloud.com]]."
    ),
    (
        "Ticket KX-229014\nUser: [[USERNAME:moonboi_77]] (verified as [[PERSON:Arnav Joshi]])\nIssue: withdrawal of 0.42 BTC "
        "to [[ID_NUMBER:bc1q7nf3ka0xl9ejw2dhz5sm4yr8ptcgu6vlxk2w0j]] pending for 36 hours.\nAgent note: held by compliance "
        "because the account signed in from [[IP_ADDRESS:103.21.58.177]] ([[LOCATION:Mumbai]]) and from "
        "[[IP_ADDRESS:2401:4900:1c3a:8d2f::a4]] within ten minutes. KYC on file: PAN [[ID_NUMBER:BQXPJ7294L]]. Released after "
        "a video call on [[DATE_TIME:18 Nov]]."
    ),
    (
        "WITHOUT PREJUDICE\n\nDear [[TITLE:Ms]] [[PERSON:Akhtar]],\n\nWe act for [[PERSON:Gary Whitlock]] in the boundary "
        "dispute at [[ADDRESS:18 Linden Grove]], [[LOCATION:Solihull]]. Our client's survey shows that the fence erected in "
        "[[DATE_TIME:May 2023]] encroaches on his land by approximately 0.6 m along a 14 m run. Our client is prepared to "
        "share the cost of a new fence on the original line. Please ask your client, [[TITLE:Mr]] [[PERSON:Nadeem Akhtar]], "
        "to respond within 21 days.\n\nYours sincerely,\nMarsh & Wilde Solicitors\nRef: GW/0419/BD"
    ),
    (
        "Home visit [[DATE_TIME:05/02/2024]], 14:00. Present: [[PERSON:Chantelle Reid]] (mother, [[AGE:23]]), "
        "[[PERSON:Mia]] (age [[AGE:3]]) and baby [[PERSON:Jayden]]. The flat at "
        "[[ADDRESS:Flat 22, Ashcroft House, Wyvil Road]] was warm and clean, and there is now a working smoke alarm. "
        "[[PERSON:Chantelle]] said [[PERSON:Mia]]'s father, [[PERSON:Dwayne]], has not been in contact for several months. "
        "Health visitor [[PERSON:Angela Moss]] will review [[PERSON:Jayden]]'s weight next week."
    ),
    (
        "Passenger: [[PERSON:Ewa Kowalska-Smith]]\nBooking ref: QX7T2M\nFlight: FR 2418, [[LOCATION:Kraków]] to "
        "[[LOCATION:Dublin]], [[DATE_TIME:28 July 2023]]\nDelay: 4 h 35 min\nClaim: EUR 400 under EC 261/2004\n"
        "Co-passengers: [[PERSON:Martin Smith]], [[PERSON:Zofia Smith]] (age [[AGE:9]])\nPay to: "
        "[[IBAN_CODE:IE85 AIBK 9335 6241 8877 20]]\nContact: [[EMAIL_ADDRESS:ewa.ks@eircom.net]]"
    ),
    (
        "Hi, I'd like to cancel my membership at the [[LOCATION:Clapham]] branch. Name: [[PERSON:Dominic Achterberg]], "
        "member no. [[ID_NUMBER:PG-0093384]]. I've moved to [[LOCATION:Cardiff]] for work so I can't use it any more. The last "
        "payment of £34.99 was taken on [[DATE_TIME:1 October]] and I'd like that to be the final one. The email on the "
        "account is [[EMAIL_ADDRESS:dom.achterberg@gmail.com]].\n\nThanks,\n[[PERSON:Dom]]"
    ),
    (
        "PARTICIPANT CONSENT FORM, study SLEEP-22 (version 3.1, 12/01/2024)\n\nI, [[PERSON:Hiroshi Nakamura]], confirm that "
        "I have read the information sheet and had the chance to ask questions. I agree to wear a Fitbit Charge 6 for 14 "
        "nights and understand that my data will be pseudonymised before analysis.\nDate of birth: [[DATE_TIME:04/04/1975]]\n"
        "Signature: [[PERSON:H. Nakamura]]   Date: [[DATE_TIME:15/01/2024]]\nResearcher: [[PERSON:Olufemi Adeyinka]]"
    ),
]

CHAT = [
    "yo @[[USERNAME:dre_mcfly]] u still coming sat?? 🎉 bring [[PERSON:kemi]] too",
    "im at [[ADDRESS:14 elm st]] lol where r u",
    "omg [[PERSON:jess]] just texted me from her new number [[PHONE_NUMBER:0781 2334 907]] save it",
    "my new num is [[PHONE_NUMBER:07911.228.450]] dont give it to [[PERSON:gaz]] 😂",
    "happy bday nana [[PERSON:ama]]!!! 🎂 cant believe ur [[AGE:70]] 😭❤️",
    "anyone kno a good plumber in [[LOCATION:peckham]]? my landlord [[TITLE:mr]] [[PERSON:okafor]] is ghosting me fr",
    "lmaooo big [[PERSON:mike]] fell asleep at the bus stop again 💀",
    "pls send the deposit to my acc, iban [[IBAN_CODE:nl11ingb0007283164]] ty x",
    "bro whats [[PERSON:tariq]] insta handle\nits @[[USERNAME:tariq.fits]] i think, [[URL:instagram.com/tariq.fits]]",
    "hey its [[PERSON:sam]] from the gym, this is my whatsapp [[PHONE_NUMBER:+1 (917) 555 0134]] 💪",
    "who's [[PERSON:Hope]]?? she keeps liking my posts 👀",
    "ngl [[PERSON:will]] will never admit he was wrong",
    "just ship it to [[ADDRESS:221 w 79th st apt 4f]], [[LOCATION:nyc]] [[ZIP_CODE:10024]] thx!!",
    "party at [[PERSON:jun]]'s tonight, come out of [[LOCATION:nakameguro]] station exit 2 and text me 🍻",
    "[[PERSON:kwesi]] pls dont forget my charger lol im at my cousin's in [[LOCATION:tema]]",
    "shoutout to [[PERSON:summer]] for carrying the whole group project 🙏🙏",
    "my gmail is [[EMAIL_ADDRESS:xoxo.lily2003@gmail.com]] add me on drive",
    "tmrw 5pm?? [[PERSON:rosie]] cant make it she has a dentist thing",
    "bhai [[PERSON:rohit]] ka number bhej de, [[PHONE_NUMBER:98200 41177]] wala band aa raha hai",
    "oye [[PERSON:mari]] ya llegaste a [[LOCATION:monterrey]]? márcame al [[PHONE_NUMBER:81 1834 6620]]",
    "ate [[PERSON:joy]] nasa [[LOCATION:makati]] ka na ba? text mo ko sa [[PHONE_NUMBER:0917 482 3316]]",
    "meet u at the café at [[ADDRESS:9 rue cler]] ok? [[PERSON:léa]] is late as always 🙄",
    "my landlord [[PERSON:Dave]] wants my passport number for the reference lol no way",
    "venmo me @[[USERNAME:carla-m-88]] for the pizza 🍕 $14 each",
    "if anyone finds a brown wallet near [[LOCATION:kings cross]] pls call [[PHONE_NUMBER:07700-900-312]] 🙏 has my license in it",
    "[[PERSON:jay]] turned [[AGE:21]] yday and we went OFF 🥳",
    "wait is [[PERSON:moody]] ur actual name or a nickname 😂",
    "can u grab lil [[PERSON:ray]] from school at 3, im stuck at work",
    "new phone who dis 😎 jk its [[PERSON:dayo]], save [[PHONE_NUMBER:+234 812 990 4417]]",
    "[[PERSON:민수]]야 내일 몇 시에 만나? 나 [[LOCATION:강남역]] 11번 출구에 있을게",
    "[[PERSON:小王]]，你的快递到了，放在[[ADDRESS:幸福路88号]]门口了",
    "ugh [[PERSON:grant]] finally paid me back the 40 quid",
    "sry typo its [[EMAIL_ADDRESS:m.rodriguez.pt@gmail.com]] not gmial",
    "addr for the bbq: [[ADDRESS:1507 magnolia dr]] [[LOCATION:austin]], gate code is 2290",
    "omw!! [[PERSON:ayo]] u have my aux cord?? also [[PERSON:teni]] says hi",
    "[[USERNAME:pixelwitch]]: has anyone seen [[USERNAME:kaito_88]] today\n[[USERNAME:n0va]]: he's in [[LOCATION:osaka]] till friday i think",
    "bestie ur bday is [[DATE_TIME:3/14]] right? booking the spa 💅",
    "my number changed!! its now [[PHONE_NUMBER:six one seven, five five five, oh one nine nine]]",
    "can confirm [[PERSON:bill]] and [[PERSON:rose]] are dating 👀👀 saw them in [[LOCATION:camden]] last night",
    "rent's due!! sending to [[PERSON:nkem]] like always, acc [[ID_NUMBER:0049213875]] gtbank",
    "[[PERSON:yuki]]-chan ur so funny lol",
    "cn u order the tickets w my card pls [[CREDIT_CARD:5182 0499 2736 1507]] exp 09/27, ill pay u back the fees [[PERSON:nico]] 🙏",
    "pls dont share but my ssn is [[US_SSN:318 44 0921]] for the form lol",
    "my bf [[PERSON:marco]] is [[AGE:twenty-six]] but acts like a toddler",
    "text me on [[PHONE_NUMBER:04123 38905]] when ur outside, buzzer's broken",
    "@[[USERNAME:priya.s]] can u review PR #4412 when u get a sec, [[PERSON:tom]] is ooo till [[DATE_TIME:june 9]]",
    "whos coming to [[PERSON:hana]]'s graduation on [[DATE_TIME:may 24]]? 🎓",
    "ok real talk [[PERSON:tobi]] owes me 20k naira and hes been partying on [[LOCATION:lagos island]] all week",
    "just moved to [[ADDRESS:12b marine pde]] [[LOCATION:brighton]], housewarming sat!! 🏠",
    "dont text [[PHONE_NUMBER:+44 7911 000 447]] anymore, that was [[PERSON:ryan]]'s old number",
]

LOOKALIKE = [
    "Order #A-448120 shipped via UPS, tracking 1Z4F8W370329104417, estimated delivery Tuesday. Subtotal $84.97, tax $6.80.",
    "Release notes v4.12.0 (build 4.12.0.2291): fixed a crash in the Wilson filter when the sample rate was 44.1 kHz; OpenSSL updated to 3.0.13.",
    "Invoice INV-2024-00731 for Johnson & Johnson (purchase order PO-8841) is due in 30 days; amount €12,480.00 incl. 21% VAT.",
    "The Marshall amp in room 214 needs a new valve; ask [[PERSON:Ben]] at the front desk for the key.",
    "Try the Earl Grey loaf and the Victoria sponge; the Caesar salad is £9.50 and the Margherita is £11.",
    "Part no. 4471-22-B (M8 x 40 mm bolts), qty 500, lot 2024/117, unit price 0.12 USD.",
    "ISBN 978-0-14-118776-1, Penguin Modern Classics, 2nd edition, 352 pp., £10.99.",
    "Meet in room 3.14 of the Ada Lovelace Building at 10:30; the Turing Award lecture starts at 11.",
    "Dyson V15 vacuum, model SV22, 2-year warranty ending 2026-03-31; replacement filter part 971517-01.",
    "Ticket #88213 escalated to tier 2; SLA breach in 4h 12m; priority P2; affected version 2.3.1-rc4.",
    "The Ford Mustang and the Lincoln Navigator were both recalled (campaign 24V-118) over a faulty seat-belt pretensioner.",
    "Our Jordan 1 Retro High restock drops at 10:00 GMT; limit one pair per customer, sizes 6 to 12.",
    "Hi [[PERSON:Theo]], your order #30-55821-774 (two Le Creuset casserole dishes) will be delivered between 8:00 and 12:00.",
    "Lab B-207 reached 23.4 °C and the Hamilton STAR robot paused at step 12 of protocol PCR-v7.",
    "Use coupon SPRING25 for 25% off orders over $50, valid until April 30.",
    "Tesla Model Y Long Range, 2022, odometer 18,440 mi, one owner, asking $36,900.",
    "Please pay invoice 2291 to Wilson & Sons Ltd by 14 June, quoting reference WS2291.",
    "The Dow closed at 38,996.39, up 0.4%; Procter & Gamble gained 1.8% and Goldman Sachs slipped 0.6%.",
    "Room 1204 at the Hilton Garden Inn is held for the conference speakers; breakfast runs 6:30 to 10:00.",
    "The Alexa skill v3.2 now supports Siri Shortcuts and Google Home routines.",
    "SKU 55-HOPE-0412 (Hope candle, 200 g, fig & cedar) is back in stock at £18.",
    "The patient in bay 4 is waiting for a porter; bed 12 on Ward 7 needs cleaning after discharge.",
    "Please ring reception on ext. 2214 if the projector in the Grant boardroom fails again.",
    "Quote Q-77120: 3 x Dell Latitude 5440 (i5-1345U, 16 GB, 512 GB SSD) at £1,049 each, delivery 5-7 working days.",
    "The Johnson Controls chiller (model YK-2024) at [[ADDRESS:400 Harbor Blvd]] was serviced on site by technician [[PERSON:Ramón Ibarra]].",
    "Windows 10.0.19045.3803 is installed on 198 of the 212 machines; 14 still report build 10.0.19044.1288.",
    "[[PERSON:Adele]]'s '30' has streamed 1.2 billion times, and [[PERSON:Bruno Mars]] sold out four nights at the O2 in 9 minutes.",
    "Order 112-4839271-5520718 contains a Kindle Paperwhite, 2 x AA batteries and 'Atomic Habits' by [[PERSON:James Clear]].",
    "The new Marie Curie wing opens next month with 48 beds and 6 theatres.",
    "Your parcel LX482913406GB is at the delivery office; collect it with photo ID before 17:00.",
    "The Philips Hue bulbs (model 9290024717, firmware 1.104.2) drop off the network every 48 hours; the router is at [[IP_ADDRESS:192.168.1.1]].",
    "Q2 revenue £4.1m (+12%), churn 3.2%, NPS 41. Action: [[PERSON:Priya]] to update the forecast by Friday.",
    "Wendy's, McDonald's and Papa John's all raised menu prices by 3 to 5% this quarter.",
    "The Ferrari 296 GTB costs €269,000; the Porsche 911 Carrera starts at €127,000.",
    "Tickets for 'Hamilton' at the Victoria Palace Theatre: row K, seats 14-15, £89.50 each, booking ref HV-92041.",
    "Vial lot PF-22-4471 was quarantined at 4 °C pending QA release; 1,200 doses affected.",
    "Email support@brightline.io or visit brightline.io/help; our office at [[ADDRESS:88 Wood Street]], [[LOCATION:London]] [[ZIP_CODE:EC2V 7RS]] is open 9 to 5.",
    "The Kelvin scale starts at absolute zero, so 300 K is about 27 °C.",
    "Happy 25th birthday to Cherry Garcia, still Ben & Jerry's best-selling flavour!",
    "Patch 2024-05 (KB5037768) fixes CVE-2024-30051; a reboot is required.",
    "Your ride to Terminal 5 arrives in 4 min: white Toyota Prius, driver [[PERSON:Abdul]], rated 4.92.",
    "Stock check: 14 x Levi's 501 (W32 L32), 9 x Calvin Klein boxers (M), 3 x Tommy Hilfiger polos (L).",
    "Reminder: the office is closed on 25 December and 1 January; the IT helpdesk (ext. 4000) stays open.",
    "The Hubble image released on 12 March shows NGC 4414, about 62 million light-years away.",
    "Loan calculator: principal 250000, rate 5.25%, term 360 months, monthly payment 1,380.51.",
    "Invoice for [[PERSON:Maria Santos]]: 2 x Montessori shelves (order 7731-MS), total R$ 1.890,00, delivered in 3 days.",
    "Staff may claim up to £25 a day for meals; receipts over £10 must be uploaded to Concur within 30 days.",
    "Restocked Dr. Martens 1460 boots (UK 7 and 8) and two crates of Dr Pepper for the staff fridge.",
    "Lot 24-03-1507, best before 15/09/2025, store below 8 °C, 12 x 330 ml per case.",
    "Refund of £42.00 to the Visa ending 6707 (auth code 448120) processed for [[PERSON:Dylan Hughes]].",
]

STYLES = {"gen": GEN, "bench": BENCH, "doc": DOC, "chat": CHAT, "lookalike": LOOKALIKE}


if __name__ == "__main__":
    write_set("blind4", STYLES, OUT)

"""Build tests/data/blind143.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind143.py

Blind: written by an outside evaluator without any knowledge of the
detector. Only these were read: the first 121 lines of make_blind22.py
(its docstring with the labeling conventions and the style descriptions,
and its import lines) and its tail from `STYLES = {` to the end (the
STYLES dict and main(), copied as scaffolding), but not the record lists
in between; gold_sets.py in full (the checks and write_and_report()); and
lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and parse()). Nothing under minimize/, recognizers/
or bench/, no README, no other test, no other make_*.py and no *.jsonl
(this script's own output included) was opened. git was not run at all.
The detector, the bench, pytest and `minimize` were never run; only this
script (which prints counts) and throwaway code to work out check digits.
Do not tune the detector against this set: once it has been used to tune,
it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py,
which strips the inline `[[TYPE:value]]` marks. `lang()` only notes which
records are not in English, so that main() can count records per language;
it returns the markup unchanged.

Check digits (worked out with hand-run throwaway code while writing, not
generated here): card numbers pass Luhn and IBANs pass mod-97 with their
country's length (DE, AT, FR, PL, TR, GE, GB); the French IBANs carry a
right RIB key. Jordan (JO, 30 characters) is missing from
gold_sets.IBAN_LENGTHS, so the two JO IBANs are checked on mod-97 only.
`gold_sets.check` re-checks cards and IBANs and refuses a bad one.
National ids with a public check digit were given a valid one: Russian
SNILS and personal (12-digit) INN, Polish PESEL (agreeing with birth date
and sex where they show), Turkish TC Kimlik and foreigner (99...) numbers,
French NIR (key, and sex, year, month and birthplace agreeing with the
person), Austrian social security numbers (agreeing with the birth date
where it shows), German tax id (Steuer-ID) and pension insurance number,
and the NHS number; so were the look-alikes that carry one (company INN
and OGRN, EAN-13, ISBN-13). Not checked: Russian internal and foreign
passports, OMS policies, driving licences, plates, personal bank accounts
(40817...), Georgian personal numbers, Jordanian national numbers, UK NI
numbers, Polish residence cards and bank branch codes, the German bank
account check digits inside DE IBANs, passports of other countries, and
staff, student, member, customer, patient and loyalty numbers.

Styles (ids `blind143-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: odd dense sentences like ai4privacy pii-masking-200k/300k/
  400k (names, job titles, streets with building numbers, secondary
  addresses, IPv4/IPv6, MACs, user agents, card/CVV/expiry, IBAN/BIC);
  claims, contracts, loan, medical, rental and benefit forms, notices,
  letters and a petition like gretel-pii-masking-en-v1; JSON, log lines,
  SQL, XML/FHIR, YAML, .env, HTTP requests, test code, tickets, form
  dumps and mail headers like Nemotron-PII.
- `gen` (90): one to four "realistic sentences with personal data", names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small table each rendered as text (CSV with commas and
  with semicolons, quoted and not, TSV, pipes / Markdown / psql,
  fixed-width, JSON lines, YAML, key: value blocks); header rows
  unlabeled, non-PII columns mixed in.
- `chat` (8): support chats, family, marketplace and team threads, with
  the speakers' names.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN /
  EAN, IP-shaped versions, hashes, UUIDs, serials, company registration
  numbers, company phones, role mailboxes, eponyms, streets named after
  people without a number), with the few real PII values labeled; one of
  them (the release notes) has no PII at all.

Languages and places: about nine records in ten in English, set in
Russia's North Caucasus (Chechnya, North Ossetia, Ingushetia, Dagestan,
Kabardino-Balkaria, Karachay-Cherkessia) and in the diaspora in Germany,
Austria, France, Poland, Turkey, Jordan, Georgia (Pankisi) and the UK,
with local names, address shapes, phone formats, id formats and date
shapes; 25 records, spread over all five styles, in Russian (11, the
Russian of Grozny and Vladikavkaz), Chechen (8, Cyrillic with the
palochka Ӏ) and Ossetian (6).

Domains: extra weight (about 55 records together) on construction and
seasonal workers, mountain tourism and guest houses, and pensions and
disability benefits; the rest spread over banking, health, pharmacy,
legal, schools, HR and payroll, retail, travel, telecoms, government,
housing, gaming, social media, IT, deliveries, gyms, vets, insurance and
charities.

Labeling conventions: those of make_blind22.py's docstring (which follows
the earlier sets); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names and
  patronymics; a possessive "'s" is outside; nicknames are PERSON. TITLE:
  honorifics and ranks attached to a name, labeled apart from it; job
  titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province /
  republic and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, stay, signature, letter ...) with a day or month, in any
  shape, times attached to them included; not bare years, weekdays alone,
  durations, or dates not tied to a person (sale, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  BIC / BIK and routing codes, CVVs and expiries, PINs, order / ticket /
  claim / policy / booking / tracking / case references, company phone
  numbers and role mailboxes, versions, hashes, serials, partial or masked
  numbers ("ending 0263", "**** 4031"), pets (and their microchips),
  eponyms and brands named after people, a header row.

Calls made while writing this set, in the same spirit:
- Russian, Chechen and Ossetian words are labeled whole with their case
  endings ("Гудермесе", "Соьлжа-ГӀалара", "Дӕргъӕвсы", "Дианы"); an
  ending joined by a hyphen stays outside ("72-аздзыд"). Settlement
  prefixes "г." and "с." stay outside LOCATION; "District", "район",
  "Municipality", "Republic" are inside when part of the name.
- A street named without a house number ("Sadovaya Street" in a petition,
  eponymous streets in the look-alikes) is not labeled; "Sadovaya 14" is
  ADDRESS. Facility and company names that contain a place (an airport, a
  district court, a company or store code) stay unlabeled; a city naming a
  branch, site or office ("the Argun store", "the Graz practice") is
  LOCATION.
- Language names (Chechen as a school subject, "Georgian language") are
  not NRP; a person's nationality, ethnicity or religion is.
- Personal INN, SNILS, OMS, the disability (MSE) certificate number, work
  record book, reader card, job-centre and France Travail identifiers,
  loyalty card numbers and Russian personal accounts (40817...) are
  ID_NUMBER; company INN, KPP and OGRN, company settlement and
  correspondent accounts, cadastral numbers and licence numbers of
  companies are not.
- "Father", "Frau", "Herr", "Mag.", "Maître" and "Hajj" are TITLE, marked
  apart; "Dr.", "Mr", "Mrs", "Ms" and "Nurse" are split by parse().
- The Date header of a person's e-mail, an account's sign-up date and
  last login, the activation or transfer date of a person's SIM, and the
  start or end of a person's benefit, stay or contract are DATE_TIME; log
  timestamps, dispensing dates and validity dates of quotes are not. A
  birthday without a year ("12-05") is DATE_TIME. A range written as one
  phrase ("14–18 August") is one span; two full dates joined by a dash are
  two spans.
- Chat speakers are PERSON at every turn, support agents included; a
  business account handle (a guest house's Instagram) is not USERNAME.
- Private and server IPs in configs and logs are IP_ADDRESS; IP-shaped
  versions are not. Values URL-encoded in a query string ("%40", "%2B")
  keep their type. Values inside test code and fixtures are labeled like
  any other. In form dumps a building-number field and a secondary
  address field are ADDRESS, like the street.
- In a table a "country" column is LOCATION, a "nationality" column is
  NRP, an "age" column is AGE; "plan", "status", "dept", "trade" and
  "subject" columns stay unlabeled.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind143.jsonl")

#: language of the records not in English ("ru", "ce" Chechen, "os" Ossetian), keyed by their markup
LANGUAGE: dict[str, str] = {}


def lang(code: str, markup: str) -> str:
    """Note the language of a record written in Russian, Chechen or Ossetian; the markup is returned unchanged."""
    LANGUAGE[markup] = code
    return markup


BENCH = [
    """Dear [[PERSON:Zelimkhan]], as Senior Branch Manager your access badge for the bank branch at [[ADDRESS:38 Staropromyslovskoe Highway]] has been reissued. Logins from [[IP_ADDRESS:185.71.64.19]] (MAC 3c:22:fb:91:0e:4a, Mozilla/5.0 (Linux; Android 13; SM-A536B)) will be matched to card [[CREDIT_CARD:4279 0130 6725 1883]], CVV 618, exp 08/27.""",
    """[[PERSON:Mrs. Kheda Zakrieva]], [[AGE:63]], retired accountant, [[ADDRESS:apartment 14, 71 Mayakovskogo Street]], [[LOCATION:Grozny]] [[ZIP_CODE:364051]]: your pension account [[ID_NUMBER:40817810300017726145]] was accessed from [[IP_ADDRESS:2a00:1fa0:4412:8c1e::3b]] on [[DATE_TIME:14/02/2025]]. If this wasn't you, call the bank.""",
    """Attention Chief Tourism Coordinator [[PERSON:Alana Tibilova]]: the guest list for the [[LOCATION:Kurtatin Gorge]] tours was downloaded to [[IP_ADDRESS:172.16.40.12]] by user [[USERNAME:a.tibilova]] at 03:12. Backup contact: [[EMAIL_ADDRESS:alana.tibilova@iriston-tour.ru]], [[PHONE_NUMBER:+7 (8672) 54-18-90]].""",
    """Account holder [[PERSON:Zaurbek Tsagolov]] ([[USERNAME:zaurbek_ts]]) changed his password to Vl@dik2024! from device 00:1A:2B:7C:9D:E1. Billing card [[CREDIT_CARD:5536 9137 0482 3513]], expiry 11/26, CVV 207; billing address [[ADDRESS:building 5, 12 Kutuzova Street]], [[LOCATION:Vladikavkaz]] [[ZIP_CODE:362007]].""",
    """Hi [[PERSON:Madina]], as Lead Pharmacist of the [[LOCATION:Kizlyar]] branch you are asked to confirm your new payroll card [[CREDIT_CARD:2203 6010 5582 9135]] and your date of birth, [[DATE_TIME:July 2nd, 1986]], before Friday. Send the form from [[EMAIL_ADDRESS:madina.abdullaeva@apteka-dag.ru]].""",
    """[[PERSON:Zelimkhan Baysarov]], gender male, age [[AGE:31]], crane operator at StroyInvest, residing at [[ADDRESS:block 3, 45 Staropromyslovsky Avenue]], [[LOCATION:Grozny]], passport [[ID_NUMBER:96 21 305518]], INN [[ID_NUMBER:201406387412]], is cleared to work at height until [[DATE_TIME:31.12.2025]].""",
    """Our records show that [[PERSON:Soslan Kesaev]] (DOB: [[DATE_TIME:28th of February 1992]]) opened the ski-pass portal from [[IP_ADDRESS:46.61.214.7]] using Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15; the season pass was paid with [[CREDIT_CARD:2200 1502 8896 4031]] (exp 03/26, CVV 914).""",
    """[[PERSON:Ms. Leila Khangoshvili]] of [[ADDRESS:house 12]], [[LOCATION:Duisi]], [[LOCATION:Akhmeta Municipality]], [[LOCATION:Kakheti]] [[ZIP_CODE:2200]] receives her teacher's salary on [[IBAN_CODE:GE70 BG00 0000 0498 5261 03]] (BIC BAGAGE22); phone [[PHONE_NUMBER:+995 577 14 62 08]].""",
    """Reminder for [[PERSON:Ahmad Shishani]]: your tenancy at [[ADDRESS:Building 21, Al-Hurriya Street]], [[LOCATION:Sweileh]], [[LOCATION:Amman]] [[ZIP_CODE:11910]] renews on [[DATE_TIME:1/6/2025]]; the rent of JOD 320 will be debited from [[IBAN_CODE:JO60 ARAB 1180 0000 0011 8001 4425 00]].""",
    """Trainee Dental Nurse [[PERSON:Islam Gakaev]] ([[EMAIL_ADDRESS:islam.gakaev98@gmail.com]], [[PHONE_NUMBER:+43 664 218 5937]]) logged 46 hours at the [[LOCATION:Graz]] practice this week; his time sheet was submitted from [[IP_ADDRESS:2a02:8388:1e04:9a80:5d1:2f33:8c0e:41b7]].""",
    """Vehicle alert: the car with plate [[ID_NUMBER:О 512 ЕН 95]] registered to [[PERSON:Akhyad Tovsultanov]] left the [[LOCATION:Veduchi]] resort car park without paying; owner's phone [[PHONE_NUMBER:+7 928 915-66-02]], driving licence [[ID_NUMBER:95 18 402217]].""",
    """[[TITLE:Father]] [[PERSON:Georgy Dzhioev]], an [[NRP:Orthodox]] priest at [[ADDRESS:26 Butyrina Street]], [[LOCATION:Vladikavkaz]], asked parishioners to send donations for the flood victims to card [[CREDIT_CARD:4276 5500 6318 2748]], held by his sister [[PERSON:Irina Dzhioeva]].""",
    """[[PERSON:Eset Mutsaeva]], female, [[AGE:44]], senior nurse, lives at [[ADDRESS:32 rue de la Gare, bât. B, appt 12]], [[ZIP_CODE:68100]] [[LOCATION:Mulhouse]]; NIR [[ID_NUMBER:2 80 05 99 123 041 35]]; card [[CREDIT_CARD:4970 1012 3658 4029]], expiring 05/28; IBAN [[IBAN_CODE:FR76 1027 8015 0000 0206 5874 156]].""",
    """Quick one, [[PERSON:Tamerlan Kulumbegov]]: the university scholarship office in [[LOCATION:Vladikavkaz]] needs your SNILS [[ID_NUMBER:149-018-637 71]] and your bank card [[CREDIT_CARD:2202 2036 5591 7807]] by [[DATE_TIME:20th November]]; reply from [[EMAIL_ADDRESS:t.kulumbegov@mail.ru]].""",
    """Junior Data Analyst [[PERSON:Milana Eskieva]] at [[ADDRESS:Floor 7, Friedrichstraße 112]], [[ZIP_CODE:10117]] [[LOCATION:Berlin]] logged in from [[IP_ADDRESS:91.64.27.203]] with Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0; her tax identification number [[ID_NUMBER:81423957680]] is on file.""",
    """[[PERSON:Mr. Aslan Dzagoev]], Regional Sales Director, born [[DATE_TIME:1984-11-19]], please confirm the transfer to [[IBAN_CODE:GB23 BARC 2032 5343 9278 15]] (BIC BARCGB22) for the [[LOCATION:Vladikavkaz]] office lease and text the code to [[PHONE_NUMBER:+44 7700 914 382]].""",
    """Dear guest [[PERSON:Katarzyna Nowak]], your room at the guest house of [[PERSON:Batraz Tsomaev]], [[ADDRESS:Kirova Street 7]], [[LOCATION:Dargavs]], is confirmed for [[DATE_TIME:12/08/2024]]–[[DATE_TIME:15/08/2024]]. Card guarantee: [[CREDIT_CARD:4246 0010 8872 6397]], exp 09/26.""",
    """[[PERSON:Zeynep Çelik]], Customer Success Lead, [[ADDRESS:Atatürk Bulvarı No: 112 Daire 9]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]] [[ZIP_CODE:06680]]; TC [[ID_NUMBER:41730295854]]; card [[CREDIT_CARD:9792 0301 4451 6861]] (Troy), CVV 440; IBAN [[IBAN_CODE:TR12 0006 4000 0014 4827 1930 06]].""",
    """[[PERSON:Khas-Magomed Ibragimov]], Gender: Male, DOB: [[DATE_TIME:03/17/1969]], Height: 178 cm, Occupation: Schoolteacher, [[ADDRESS:8 Sadovaya Street]], [[LOCATION:Kurchaloy]], [[LOCATION:Chechen Republic]] [[ZIP_CODE:366314]], SNILS [[ID_NUMBER:163-745-208 73]], phone [[PHONE_NUMBER:+7 929 887 14 03]].""",
    """Our system flagged a payment by [[PERSON:Dzerassa Valieva]] from [[IP_ADDRESS:178.34.160.81]] for a chalet in [[LOCATION:Dombay]]: card [[CREDIT_CARD:5228 6005 4417 2200]], CVV 331, exp 07/25, billing postcode [[ZIP_CODE:362040]].""",
    """Dear [[PERSON:Ibragim Kostoev]], the Principal Structural Engineer role in [[LOCATION:Magas]] is yours. Please sign by [[DATE_TIME:9 October]] and send your passport scan and INN [[ID_NUMBER:060815273470]] to us from [[EMAIL_ADDRESS:i.kostoev@list.ru]].""",
    """[[PERSON:Aslan]] from Customer Support reports that the player [[USERNAME:vainakh_wolf_95]] ([[EMAIL_ADDRESS:vainakh.wolf95@gmail.com]]) was banned for cheating; last IP [[IP_ADDRESS:217.118.93.4]], device MAC 5C:F9:38:A1:02:7B.""",
    """Employee [[PERSON:Sarmat Kaloev]] (ID [[ID_NUMBER:EMP-30771]]) changed his emergency contact to [[PERSON:Bella Kaloeva]], [[PHONE_NUMBER:+7 918 705-90-32]], and his home address to [[ADDRESS:Flat 18, 56 Revolutsii Street]], [[LOCATION:Vladikavkaz]].""",
    """Request from [[PERSON:Petimat Dzhamaldaeva]], [[ADDRESS:ul. Lipowa 12 m. 4]], [[ZIP_CODE:15-427]] [[LOCATION:Białystok]]: please add her daughter [[PERSON:Yasmina]], PESEL [[ID_NUMBER:13222509628]], to her health insurance; contact [[PHONE_NUMBER:+48 797 204 118]].""",
    """Hey [[PERSON:Alikhan]], is the room at [[ADDRESS:ul. Grochowska 306/308 m. 52]], [[LOCATION:Warszawa]] still free? I'm here for my master's course until [[DATE_TIME:December 20]]; I can send the deposit to [[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]] today. [[PERSON:Magomed]], [[PHONE_NUMBER:+48 571 093 662]]""",
    """Subject [[PERSON:Vakha Arsanukaev]] bought a [[LOCATION:Krasnodar]]–[[LOCATION:Grozny]] train ticket with [[CREDIT_CARD:6262 8001 2349 5171]] from [[IP_ADDRESS:2a03:d000:2291:64b0::1e7]] on [[DATE_TIME:6 June 2024 at 23:51]].""",
    """Dear [[PERSON:Dr. Fatima Kokaeva]], the paediatric ward rota for [[DATE_TIME:Saturday 18 January]] now lists you; your hospital login is [[USERNAME:fkokaeva]] and your badge is [[ID_NUMBER:RDKB-0412]].""",
    """Invoice for the sofa delivered to [[PERSON:Olga Lebedeva]], [[ADDRESS:ul. Krasnaya 17, kv. 204]], [[LOCATION:Krasnodar]] [[ZIP_CODE:350000]]: ₽64,500 including lifting to the 9th floor, paid with [[CREDIT_CARD:4377 7237 0419 6629]] on delivery.""",
    """Hi [[PERSON:Umar]], welcome to the accounting course in [[LOCATION:Le Mans]]; your login for the training portal is [[USERNAME:umar.tsakaev]] and your France Travail identifier is [[ID_NUMBER:4521783T]].""",
    """Re: the disabled parking permit for [[PERSON:Mrs. Tamara Gagieva]], permit [[ID_NUMBER:BB-15-22719]], vehicle plate [[ID_NUMBER:К 482 МО 15]], [[ADDRESS:19 Tsereteli Street]], [[LOCATION:Vladikavkaz]]. She is [[AGE:74]] and uses a wheelchair.""",
    """Traveller [[PERSON:Said-Khasan Dadaev]], nationality [[NRP:Russian]], passport [[ID_NUMBER:75 5902144]], arriving in [[LOCATION:Amman]] on [[DATE_TIME:14 September]], staying at [[ADDRESS:Building 4, Abdullah Ghosheh Street]], [[LOCATION:Amman]]; emergency contact [[PHONE_NUMBER:+962 79 541 2276]].""",
    """Hello [[PERSON:Adam]], your Telegram bot token was leaked in a public repository by the account [[USERNAME:adam-dev-grz]]; rotate it and check the logins from [[IP_ADDRESS:83.149.21.77]].""",
    """Update on the dental treatment plan of [[PERSON:Luiza Dzhabrailova]], [[ADDRESS:18 Shkolnaya Street]], [[LOCATION:Achkhoy-Martan]]: she paid the second instalment from account [[ID_NUMBER:40817810900025541830]], and her next visit to [[PERSON:Dr. Apti Musaev]] is on [[DATE_TIME:the 14th of May]].""",
    """[[PERSON:Mr. Rustam Tsoroev]], 3rd floor, [[ADDRESS:office 305, 10 Moskovskaya Street]], [[LOCATION:Nazran]], Senior Loan Officer; mobile [[PHONE_NUMBER:8 (928) 792-44-10]]; Visa [[CREDIT_CARD:4276 0146 2853 9074]], CVV 063; DOB [[DATE_TIME:12-Jun-1980]].""",
    """[[PERSON:Ms. Amina Dudaeva]], [[ADDRESS:Flat 9, 143 Seven Sisters Road]], [[LOCATION:London]] [[ZIP_CODE:N7 7QG]], NI [[ID_NUMBER:SK 71 40 92 D]], NHS no. [[ID_NUMBER:485 612 9309]], card [[CREDIT_CARD:4659 4210 8836 1179]] exp 02/27; her PIP award letter says the mobility component starts on [[DATE_TIME:18/03/2025]].""",
    """The account [[USERNAME:kavkaz_food_blog]], owned by [[PERSON:Murat Bittirov]] ([[PHONE_NUMBER:+7 928 079-31-56]]), posted twelve new photos from a wedding in [[LOCATION:Nalchik]]; the login came from [[IP_ADDRESS:31.173.84.110]].""",
    """Employer notice: [[PERSON:Ramzan Yusupov]], born [[DATE_TIME:02.08.1991]], social security no. [[ID_NUMBER:3079 020891]], seasonal kitchen hand in [[LOCATION:Ischgl]] from [[DATE_TIME:01.12.2024]], salary to [[IBAN_CODE:AT96 2011 1824 4133 7500]].""",
    """INSURANCE CLAIM FORM
Claimant: [[PERSON:Vakha Saidulaev]]
Date of birth: [[DATE_TIME:11 August 1975]]
Address: [[ADDRESS:ul. Mira 14, kv. 7]], [[LOCATION:Grozny]] [[ZIP_CODE:364024]]
Phone: [[PHONE_NUMBER:+7 928 556-20-17]]
Policy no.: XXX 0412887653
Incident: on [[DATE_TIME:2 October 2024]] the claimant's car was damaged by scaffolding falling from a neighbouring building site.
Claimant's signature: [[PERSON:V. Saidulaev]]""",
    """RESIDENTIAL LEASE AGREEMENT
This agreement is made on [[DATE_TIME:1 March 2024]] between [[PERSON:Anna Kowalska]] ("Landlord"), PESEL [[ID_NUMBER:84071904867]], and [[PERSON:Rizvan Gaziev]] ("Tenant"), a [[NRP:Russian]] citizen, passport [[ID_NUMBER:75 2281406]]. The premises are at [[ADDRESS:ul. Sienkiewicza 48 m. 11]], [[ZIP_CODE:15-092]] [[LOCATION:Białystok]]. Monthly rent: 2,100 PLN, payable to [[IBAN_CODE:PL43 1020 1026 0000 0402 0311 7740]] by the 10th of each month.""",
    """LOAN APPLICATION (personal)
Applicant: [[PERSON:Alan Tsagaraev]] | DOB: [[DATE_TIME:05/09/1987]] | Passport: [[ID_NUMBER:90 12 774031]]
Employer: Hydro Construction Co. | Position: site engineer | Monthly income: 78 000 RUB
Residential address: [[ADDRESS:prospekt Dobrovolskogo 6, kv. 29]], [[LOCATION:Vladikavkaz]] [[ZIP_CODE:362048]]
Contact: [[PHONE_NUMBER:+7 (918) 829-04-61]], [[EMAIL_ADDRESS:alan.tsagaraev@yandex.ru]]
Requested: 450 000 RUB over 36 months""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Khamzat Elmurzaev]], male, [[AGE:52]]
Admitted: [[DATE_TIME:03.02.2025]]   Discharged: [[DATE_TIME:14.02.2025]]
Diagnosis: compression fracture of L1 after a fall from scaffolding (occupational injury).
Attending physician: [[PERSON:Dr. Zaur Temirkhanov]]
OMS policy: [[ID_NUMBER:2055 1490 6620 3318]]
Follow-up with the neurologist in [[LOCATION:Gudermes]] in six weeks; referral for a disability assessment issued.""",
    """APPLICATION FOR DISABILITY BENEFIT
Name: [[PERSON:Zulikhan Khatueva]]
Date of birth: [[DATE_TIME:21 January 1959]]
Address: [[ADDRESS:house 27, Nagornaya Street]], [[LOCATION:Vedeno]], [[LOCATION:Vedensky District]], [[LOCATION:Chechen Republic]] [[ZIP_CODE:366330]]
SNILS: [[ID_NUMBER:120-981-364 47]]
Disability group: II, since [[DATE_TIME:10.06.2021]]
Representative: son [[PERSON:Akhmed Khatuev]], tel. [[PHONE_NUMBER:+7 938 890-44-05]]""",
    """NOTICE TO VACATE
To: [[PERSON:Arsen Bazrov]], [[ADDRESS:Apartment 3, 14 Dzhanaeva Street]], [[LOCATION:Vladikavkaz]]
You are required to vacate the premises by [[DATE_TIME:31 May 2025]] because of rent arrears of 96,000 roubles outstanding since [[DATE_TIME:January 2025]].
Issued by the landlord, [[PERSON:Madina Kesaeva]], on [[DATE_TIME:2 April 2025]].""",
    """Dear [[PERSON:Mrs. Aliyeva]],
We are pleased to confirm that your son [[PERSON:Salman Aliyev]] (student no. [[ID_NUMBER:2204118]]) has a place in the Year 10 bilingual programme starting on [[DATE_TIME:2 September 2025]]. Please bring his birth certificate and proof of residence at [[ADDRESS:Wiedner Hauptstraße 64/7]], [[ZIP_CODE:1040]] [[LOCATION:Wien]] to the school office.
Kind regards,
[[TITLE:Mag.]] [[PERSON:Elisabeth Huber]], Head of Admissions""",
    """PETITION to the head of the [[LOCATION:Argun]] city administration
We, the residents of Sadovaya Street, ask for the road to the cemetery to be repaired before winter.
1. [[PERSON:Aslambek Zakriev]], [[ADDRESS:Sadovaya 14]], tel. [[PHONE_NUMBER:8 928 011 73 20]]
2. [[PERSON:Roza Zakrieva]], [[ADDRESS:Sadovaya 14]]
3. [[PERSON:Abu Bakarov]], [[ADDRESS:Sadovaya 21]], tel. [[PHONE_NUMBER:8 938 004 19 52]]
4. [[PERSON:Kurbika Eldarkhanova]], [[ADDRESS:Sadovaya 27, kv. 3]]""",
    """FIXED-TERM EMPLOYMENT CONTRACT (SEASONAL)
Employer: Alpengasthof Kogler GmbH, [[LOCATION:Obergurgl]]
Employee: [[PERSON:Timur Bekov]], born [[DATE_TIME:17.05.1996]] in [[LOCATION:Nazran]], residing at [[ADDRESS:Andreas-Hofer-Straße 9]], [[ZIP_CODE:6020]] [[LOCATION:Innsbruck]]
Social security no.: [[ID_NUMBER:2175 170596]]
Position: kitchen help; period: [[DATE_TIME:15.12.2024]] to [[DATE_TIME:21.04.2025]]; board and lodging provided.
Salary account: [[IBAN_CODE:AT90 1200 0514 0772 0314]]""",
    """The Pension Service
Our ref: SP/88/41207
[[PERSON:Mr. Umar Dzhamalkhanov]]
[[ADDRESS:42 Oldham Road]]
[[LOCATION:Rochdale]]
[[ZIP_CODE:OL16 1UA]]
[[DATE_TIME:4 March 2025]]
Dear [[PERSON:Mr. Dzhamalkhanov]],
Your State Pension will start on [[DATE_TIME:12 June 2025]], the day you reach State Pension age. National Insurance number: [[ID_NUMBER:PW 38 61 05 A]]. Payments will be made every four weeks to the account ending 1193.""",
    """CONSENT FOR TREATMENT
I, [[PERSON:Marekh Alkhanashvili]], personal no. [[ID_NUMBER:41001025783]], born [[DATE_TIME:12.04.1977]], residing in [[LOCATION:Duisi]], [[LOCATION:Akhmeta]], consent to the removal of my gallbladder on [[DATE_TIME:22.10.2024]].
Signature: ________   Witness: [[PERSON:Nino Beridze]]""",
    """TRAVEL INSURANCE CLAIM
Insured: [[PERSON:Lyoma Gaziev]]   Policy: TRV-2024-558120
Home address: [[ADDRESS:7 rue Jean Jaurès]], [[ZIP_CODE:45000]] [[LOCATION:Orléans]]
Date of loss: [[DATE_TIME:19/07/2024]], luggage lost on the [[LOCATION:Istanbul]]–[[LOCATION:Mineralnye Vody]] flight
Bank details for settlement: [[IBAN_CODE:FR76 3000 4008 2300 0109 8765 491]]
Phone: [[PHONE_NUMBER:06 48 21 77 93]]""",
    """NEW HIRE FORM
Full name: [[PERSON:Aminat Zaurbekovna Bekmurzaeva]]
Preferred name: [[PERSON:Ami]]
Start date: [[DATE_TIME:2025-01-13]]
Department: Finance
Manager: [[PERSON:Oleg Fedorov]]
Emergency contact: [[PERSON:Zaurbek Bekmurzaev]] (father), [[PHONE_NUMBER:+7 928 641-05-37]]
Bank account: [[ID_NUMBER:40817810500031926604]]
INN: [[ID_NUMBER:203111945200]]""",
    lang("ru", """ЗАЯВЛЕНИЕ о назначении страховой пенсии по старости
Фамилия, имя, отчество: [[PERSON:Бесаев Эльбрус Тотразович]]
Дата рождения: [[DATE_TIME:03.03.1963]]
СНИЛС: [[ID_NUMBER:177-402-853 82]]
Паспорт: [[ID_NUMBER:90 08 416255]], выдан [[DATE_TIME:19.04.2008]]
Адрес: [[ZIP_CODE:362013]], [[LOCATION:Республика Северная Осетия – Алания]], г. [[LOCATION:Владикавказ]], [[ADDRESS:ул. Тельмана, д. 31, кв. 6]]
Телефон: [[PHONE_NUMBER:8 (8672) 76-40-15]]
Способ доставки пенсии: на счёт [[ID_NUMBER:40817810000016472293]]"""),
    lang("ce", """Хьоме [[PERSON:Ӏайшат]]!
Хьан ден [[PERSON:Ӏабдул-Кхьалид Тепсуркаев]] пенси [[DATE_TIME:1-чу мартехь]] дӀаяьккхина. Цуьнан СНИЛС: [[ID_NUMBER:138-219-760 74]]. [[LOCATION:Шела]] кӀоштан Пенсин фондан отделе паспорт а эцна хьайн да вало веза.
Суна детта: [[PHONE_NUMBER:+7 928 006-52-81]], [[PERSON:Жанна Мациева]]."""),
    """SITE INCIDENT REPORT No. 17/2024
Site: residential complex, [[LOCATION:Gudermes]]
Date and time of incident: [[DATE_TIME:23.08.2024, 14:40]]
Injured worker: [[PERSON:Musa Dzhabrailov]], [[AGE:29]], concrete finisher, staff no. [[ID_NUMBER:0447]]
Witnesses: [[PERSON:I. Bakaev]], [[PERSON:R. Khasiev]]
Description: the worker slipped from a ladder on the third floor and was driven to hospital in [[PERSON:Adam Khasiev]]'s car.
Compiled by the safety officer, [[PERSON:Kh. Nunaev]].""",
    """Child benefit decision (English translation)
[[TITLE:Frau]] [[PERSON:Malika Israpilova]], [[ADDRESS:Kaiserstraße 51]], [[ZIP_CODE:44135]] [[LOCATION:Dortmund]]
Child benefit for your daughter [[PERSON:Amina]], born [[DATE_TIME:14.06.2018]], is granted from [[DATE_TIME:01.07.2024]]. Your tax identification number is [[ID_NUMBER:52917384027]]. Please bring this decision to the Jobcenter appointment on [[DATE_TIME:8 October 2024]].""",
    """PARENT CONSENT FORM, summer camp at [[LOCATION:Kartepe]]
Child: [[PERSON:Amir Mezhiev]], age [[AGE:11]]
Parent: [[PERSON:Khadizhat Mezhieva]], foreigner ID no. [[ID_NUMBER:99318472586]]
Phone: [[PHONE_NUMBER:0532 771 40 28]]
Address: [[ADDRESS:Kayaşehir Mah. Kayaşehir Blv. No: 27 Daire 14]], [[LOCATION:Başakşehir]]/[[LOCATION:İstanbul]]
Allergies: none. Signed on [[DATE_TIME:10.06.2024]].""",
    """APPLICATION (summary)
Applicant: [[PERSON:Said-Magomed Khasuev]], born [[DATE_TIME:27 October 1981]], a [[NRP:Russian]] national living in [[LOCATION:Strasbourg]]
Represented by: [[TITLE:Maître]] [[PERSON:Claire Fontaine]], lawyer
The applicant complains that his brother, [[PERSON:Aslan Khasuev]], was taken from the family home in [[LOCATION:Achkhoy-Martan]] on [[DATE_TIME:14 February 2003]] and has not been seen since.""",
    """MEMBERSHIP FORM, IronClub
Name: [[PERSON:Magomed Yevloev]]   Sex: M   Age: [[AGE:23]]
Phone: [[PHONE_NUMBER:+7 928 093 12 64]]   Email: [[EMAIL_ADDRESS:mag.yevloev@mail.ru]]
Club: [[LOCATION:Nazran]], 12 months, start [[DATE_TIME:01.09.2024]]
Card for the monthly debit: [[CREDIT_CARD:2202 2085 7304 1622]]""",
    """DONATION FORM, Pankisi Children's Fund
Donor: [[PERSON:Rashid Shishani]], [[LOCATION:Amman]], [[LOCATION:Jordan]]
Amount: JOD 150, one-off
Card: [[CREDIT_CARD:4563 8820 1174 0562]], exp 10/27
Receipt to: [[EMAIL_ADDRESS:rashid.shishani@gmail.com]]
In memory of: [[TITLE:Hajj]] [[PERSON:Yusuf Shishani]]""",
    """VET CLINIC INTAKE
Owner: [[PERSON:Zarema Abdulaeva]]   Phone: [[PHONE_NUMBER:+7 988 270-14-55]]
Address: [[ADDRESS:ul. Yaragskogo 71, kv. 8]], [[LOCATION:Makhachkala]]
Animal: dog, Caucasian shepherd, called Barsik, 4 years
Microchip: 643094100287512
Visit: [[DATE_TIME:17.10.2024 at 16:00]]""",
    """PRESCRIPTION
Patient: [[PERSON:Raisa Bakhmadova]], DOB [[DATE_TIME:30.06.1949]], [[AGE:75]] y.o.
Address: [[LOCATION:Urus-Martan]], [[ADDRESS:ul. Nuradilova 44]]
SNILS: [[ID_NUMBER:152-663-041 49]]   Benefit category: disabled, group I
Rx: metformin 850 mg twice daily, 60 tablets
Doctor: [[PERSON:Dr. Kh. Umkhaeva]]""",
    lang("os", """ФЫСТӔГ
Кӕмӕ: [[PERSON:Тамерлан Цаллагов]]
Цӕрӕнбынат: [[LOCATION:Алагир]], [[ADDRESS:Комсомолы уынг, 22]]
Райгуырд: [[DATE_TIME:07.11.1957]]
СНИЛС: [[ID_NUMBER:145-380-927 71]]
Дӕ пенси [[DATE_TIME:2025 азы 1 январӕй]] фылдӕр кӕндзӕн. Фарстатӕ дӕм куы уа, уӕд ныдздзур [[PERSON:Ирӕ Бестаевӕмӕ]]: [[PHONE_NUMBER:+7 918 702-33-16]]."""),
    """SEASONAL WORK APPLICATION, fruit picking, [[LOCATION:Grójec]]
Name: [[PERSON:Ayub Ismailov]]
Date of birth: [[DATE_TIME:19 March 1999]]
Citizenship: [[NRP:Russian]]
Passport no.: [[ID_NUMBER:75 6610397]]
Phone (WhatsApp): [[PHONE_NUMBER:+7 938 001 58 26]]
Available: [[DATE_TIME:1 May 2025]] to [[DATE_TIME:31 August 2025]]
Previous work: construction, [[LOCATION:Moscow region]] (2021–2023); apple harvest, [[LOCATION:Grójec]] (2024)""",
    """SUMMONS
[[PERSON:Mr. Idris Sugaipov]] of [[ADDRESS:7 Victoria Road]], [[LOCATION:Bolton]] [[ZIP_CODE:BL1 5AT]] is required to attend the County Court on [[DATE_TIME:Wednesday 9 April 2025 at 10:00 am]] in his claim against a used-car dealer. Claim no. K00BL412.""",
    """Application for council housing
Applicant: [[PERSON:Zaira Bataeva]], born [[DATE_TIME:09.12.1985]]
Household: husband [[PERSON:Ali Bataev]]; children [[PERSON:Imran]] ([[AGE:9]]) and [[PERSON:Seda]] ([[AGE:4]])
Current address: [[ADDRESS:Quellenstraße 112/3/14]], [[ZIP_CODE:1100]] [[LOCATION:Wien]]
Social security no.: [[ID_NUMBER:4498 091285]]   Phone: [[PHONE_NUMBER:+43 699 1728 4403]]""",
    """SCHOOL REPORT, first term
Pupil: [[PERSON:Khadizhat Umarova]]   Class: 8B   DOB: [[DATE_TIME:15.03.2011]]
Parent: [[PERSON:Ruslan Umarov]], [[PHONE_NUMBER:+7 928 410-27-85]]
Class teacher: [[PERSON:Luiza Saidovna Akhmatova]]
Absences: 6 days (illness, note from the school nurse [[PERSON:Aset]])
Maths 5, Russian 4, Chechen 5, English 5""",
    """Marriage certificate (translation)
Husband: [[PERSON:Bagaudin Magomedov]], born [[DATE_TIME:12.12.1958]]
Wife: [[PERSON:Patimat Magomedova]], born [[DATE_TIME:03.05.1961]]
Marriage registered on [[DATE_TIME:18.09.1982]] in [[LOCATION:Kizilyurt]], [[LOCATION:Republic of Dagestan]]
Address in [[LOCATION:Russia]]: [[ADDRESS:ul. Lenina 14]], [[LOCATION:Kizilyurt]] [[ZIP_CODE:368120]]
Translated for the registry office in [[LOCATION:Bielefeld]].""",
    """PROPERTY SALE AGREEMENT (extract)
Seller: [[PERSON:Khasan Yusupov]], passport [[ID_NUMBER:96 09 204871]], INN [[ID_NUMBER:202058401626]]
Buyer: [[PERSON:Liana Saralieva]], passport [[ID_NUMBER:96 17 360529]]
Property: [[ADDRESS:prospekt Isaeva 33, kv. 71]], [[LOCATION:Grozny]], cadastral no. 20:17:0289002:1447
Price: 5,400,000 RUB; signed on [[DATE_TIME:21.11.2024]]""",
    """REFERRAL
Patient: [[PERSON:Hana Shishani]]   Age: [[AGE:67]]   Sex: F
National no.: [[ID_NUMBER:9571014328]]
Referred from the [[LOCATION:Sweileh]] health centre to Al-Bashir Hospital, [[LOCATION:Amman]], for cataract surgery on [[DATE_TIME:3/11/2024]]
Contact: daughter [[PERSON:Rania]], [[PHONE_NUMBER:0795 338 140]]""",
    """{"customer_id": "[[ID_NUMBER:C-20417]]", "name": "[[PERSON:Zarina Gabaraeva]]", "email": "[[EMAIL_ADDRESS:zarina.gabaraeva@gmail.com]]", "phone": "[[PHONE_NUMBER:+7 918 836 11 27]]", "dob": "[[DATE_TIME:1993-06-21]]", "address": {"street": "[[ADDRESS:ul. Chkalova 5, kv. 40]]", "city": "[[LOCATION:Vladikavkaz]]", "zip": "[[ZIP_CODE:362025]]"}, "loyalty_tier": "gold", "created": "2023-11-02T10:14:00Z"}""",
    """2024-07-14T08:12:55Z INFO booking.create guest="[[PERSON:Dmitry Orlov]]" phone=[[PHONE_NUMBER:+79161234507]] host_id=H-118 checkin=[[DATE_TIME:2024-07-20]] checkout=[[DATE_TIME:2024-07-24]] ip=[[IP_ADDRESS:5.18.200.41]]
2024-07-14T08:12:56Z WARN payment.retry card=**** **** **** 4031 attempts=2
2024-07-14T08:13:40Z INFO booking.confirm host="[[PERSON:Batraz Tsomaev]]" village=[[LOCATION:Dargavs]] rooms=2""",
    """INSERT INTO workers (id, full_name, passport, snils, phone, hired_on, site) VALUES
(412, '[[PERSON:Khamzat Demilkhanov]]', '[[ID_NUMBER:96 20 118354]]', '[[ID_NUMBER:181-327-046 49]]', '[[PHONE_NUMBER:+79287730418]]', '[[DATE_TIME:2024-04-02]]', 'ZhK Vostochny, [[LOCATION:Grozny]]'),
(413, '[[PERSON:Umar Suleimanov]]', '[[ID_NUMBER:96 18 540227]]', '[[ID_NUMBER:137-804-552 72]]', '[[PHONE_NUMBER:+79380127765]]', '[[DATE_TIME:2024-04-09]]', 'ZhK Vostochny, [[LOCATION:Grozny]]');""",
    """<Patient xmlns="http://hl7.org/fhir">
  <identifier><system value="urn:oid:1.2.643.100.3"/><value value="[[ID_NUMBER:124-718-595 69]]"/></identifier>
  <name><family value="[[PERSON:Dzhanaeva]]"/><given value="[[PERSON:Madina]]"/></name>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1978-09-14]]"/>
  <address><line value="[[ADDRESS:ul. Kirova 48, kv. 12]]"/><city value="[[LOCATION:Beslan]]"/><postalCode value="[[ZIP_CODE:363020]]"/></address>
  <telecom><system value="phone"/><value value="[[PHONE_NUMBER:+7 918 720 63 19]]"/></telecom>
</Patient>""",
    """employee:
  name: [[PERSON:Rustam Kaitov]]
  login: [[USERNAME:rkaitov]]
  email: [[EMAIL_ADDRESS:rustam.kaitov@gmail.com]]
  start_date: [[DATE_TIME:2025-02-03]]
  home: "[[ADDRESS:Marktgasse 12/4]], [[ZIP_CODE:8010]] [[LOCATION:Graz]]"
  iban: [[IBAN_CODE:AT48 3800 0000 0615 2290]]
  svnr: "[[ID_NUMBER:6356 230488]]"
  role: pharmacist""",
    """# school parents' chat bot, [[LOCATION:Magas]]
OWNER_NAME="[[PERSON:Aslan Bekov]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:aslan.bekov@mail.ru]]
ADMIN_PHONE=[[PHONE_NUMBER:+79280951184]]
DB_HOST=[[IP_ADDRESS:10.0.3.17]]
DB_PASSWORD=Magas#2024
BOT_TOKEN=7102934581:AAH3kq0Zp9xVt2LmQ8sWfYc1dE4rBn6uJ0o
NOTIFY_CHAT=[[USERNAME:aslan_bekov_06]]""",
    """POST /api/v2/pension/apply HTTP/1.1
Host: lk.pension-portal.ru
User-Agent: Mozilla/5.0 (Linux; Android 12; Redmi Note 10) AppleWebKit/537.36
X-Forwarded-For: [[IP_ADDRESS:94.25.171.38]]
Content-Type: application/json

{"snils": "[[ID_NUMBER:158-271-903 85]]", "fio": "[[PERSON:Tsakoev Vladimir Soslanovich]]", "birth_date": "[[DATE_TIME:1964-02-09]]", "phone": "[[PHONE_NUMBER:+79188410273]]", "delivery": "card", "card": "[[CREDIT_CARD:2200 7012 7749 3588]]"}""",
    """def test_mask_guest_record():
    record = {
        "name": "[[PERSON:Aslan Tsoraev]]",
        "phone": "[[PHONE_NUMBER:+7 918 700-12-45]]",
        "email": "[[EMAIL_ADDRESS:aslan.tsoraev@mail.ru]]",
        "room": "12B",
    }
    masked = mask(record)
    assert masked['name'] == '***'
    assert masked['room'] == '12B'""",
    """Ticket #88213 | Priority: High | Queue: Payroll
Reporter: [[PERSON:Kheda Baysultanova]] <[[EMAIL_ADDRESS:kheda.b@fortuna-market.ru]]>
Subject: Payslip shows wrong INN
Hi, my March payslip has somebody else's INN on it. Mine is [[ID_NUMBER:201422715068]]. I joined the shop on [[DATE_TIME:11 March]]; please fix it before the tax return. My mobile is [[PHONE_NUMBER:8 928 775 30 41]].""",
    """--- form submission dump ---
first_name: [[PERSON:Aslanbek]]
last_name: [[PERSON:Dzutsev]]
dob: [[DATE_TIME:22/01/1990]]
email: [[EMAIL_ADDRESS:aslanbek.dzutsev@gmail.com]]
phone: [[PHONE_NUMBER:+7 918 826 07 72]]
street: [[ADDRESS:ul. Kosta Khetagurova 28]]
buildingnumber: [[ADDRESS:28]]
secondaryaddress: [[ADDRESS:kv. 5]]
city: [[LOCATION:Ardon]]
zipcode: [[ZIP_CODE:363330]]
password: Ard0n_1990
useragent: Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0""",
    """From: "[[PERSON:Aslanbek Gazdanov]]" <[[EMAIL_ADDRESS:aslanbek.gazdanov@yandex.ru]]>
To: Booking <booking@tsey-resort.ru>
Date: [[DATE_TIME:Mon, 13 Jan 2025 19:42:07 +0300]]
Subject: Room for four, 24-27 January
Received: from mail.yandex.ru ([[IP_ADDRESS:95.108.213.12]])
Message-ID: <8812ab4f3e@yandex.ru>

Good evening, I would like a room for four adults. Contact phone [[PHONE_NUMBER:+7 918 830-51-64]]. [[PERSON:Aslanbek]]""",
    """{"trip_id": "T-88120", "driver": {"name": "[[PERSON:Islam Zubairaev]]", "phone": "[[PHONE_NUMBER:+79287014452]]", "plate": "[[ID_NUMBER:В 771 ОР 95]]"}, "rider": {"name": "[[PERSON:Liana Gairbekova]]", "phone": "[[PHONE_NUMBER:+79291148830]]"}, "from": "[[LOCATION:Grozny]]", "to": "[[LOCATION:Kezenoy-Am]]", "pickup": "2024-08-03T06:00:00+03:00"}""",
    """Mar 02 03:14:07 vpn01 sshd[22814]: Failed password for invalid user [[USERNAME:ruslan_k]] from [[IP_ADDRESS:176.59.41.208]] port 51822 ssh2
Mar 02 03:14:12 vpn01 sshd[22814]: Failed password for invalid user [[USERNAME:ruslan_k]] from [[IP_ADDRESS:176.59.41.208]] port 51822 ssh2
Mar 02 03:15:40 vpn01 sshd[22901]: Accepted publickey for [[USERNAME:zkhasanov]] from [[IP_ADDRESS:2a00:1fa1:c3a0:11::4d]] port 60114 ssh2""",
    """<Invoice>
  <Customer>
    <Name>[[PERSON:Ruslan Tsechoev]]</Name>
    <TaxID>[[ID_NUMBER:060144721562]]</TaxID>
    <Address>[[ADDRESS:ul. Osmieva 3, kv. 17]], [[LOCATION:Nazran]] [[ZIP_CODE:386101]]</Address>
  </Customer>
  <Item sku="CEM-M500-50" qty="40">Portland cement M500, 50 kg</Item>
  <Item sku="REB-A12-6" qty="120">Rebar A500C 12 mm, 6 m</Item>
  <Total currency="RUB">96480.00</Total>
</Invoice>""",
    """apiVersion: v1
kind: Secret
metadata:
  name: smtp-credentials
  annotations:
    owner: "[[PERSON:Milana Dudurkaeva]] <[[EMAIL_ADDRESS:milana.dudurkaeva@gmail.com]]>"
    oncall-phone: "[[PHONE_NUMBER:+49 1522 4781036]]"
stringData:
  host: smtp.example.net
  password: Sp4rrow!2025""",
    """GET /api/customers/search?email=[[EMAIL_ADDRESS:zelim.khadzhiev%40mail.ru]]&phone=[[PHONE_NUMBER:%2B79280446127]]&lang=ru HTTP/1.1
Host: crm.stroytorg-grozny.ru
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MTIifQ.m4x2
X-Real-IP: [[IP_ADDRESS:185.3.32.114]]""",
    """import pytest

@pytest.mark.parametrize("tc_no", ["[[ID_NUMBER:99260715380]]", "[[ID_NUMBER:99714523820]]"])
def test_foreigner_ids_are_accepted(tc_no):
    applicant = Applicant(name="[[PERSON:Adam Musaev]]", tc_no=tc_no, city="[[LOCATION:Kayseri]]")
    assert applicant.is_valid()""",
    """[REL-204] Relocation of the new developers
Reporter: [[PERSON:Joanna Wiśniewska]]   Assignee: [[PERSON:Tomasz Zieliński]]
Description: The following hires still need their residence permits filed before [[DATE_TIME:1 April]]:
- [[PERSON:Adam Tsokaev]], passport [[ID_NUMBER:75 4120938]], phone [[PHONE_NUMBER:+48 536 204 981]]
- [[PERSON:Bislan Akhmatov]], passport [[ID_NUMBER:75 3398117]], phone [[PHONE_NUMBER:+48 512 660 735]]
Accommodation: company flat, [[ADDRESS:ul. Prosta 51 m. 8]], [[ZIP_CODE:00-838]] [[LOCATION:Warszawa]]""",
    """first_name=[[PERSON:Luiza]]&last_name=[[PERSON:Mamakaeva]]&dob=[[DATE_TIME:1988-03-30]]&email=[[EMAIL_ADDRESS:luiza.mamakaeva%40gmail.com]]&phone=[[PHONE_NUMBER:0033612480975]]&city=[[LOCATION:Nice]]&postcode=[[ZIP_CODE:06300]]&consent=1""",
    """[
  {"patient": "[[PERSON:Movladi Ezhiev]]", "age": [[AGE:61]], "snils": "[[ID_NUMBER:174-630-218 59]]", "disability_group": 2, "next_review": "[[DATE_TIME:2025-06-30]]"},
  {"patient": "[[PERSON:Roza Bazhaeva]]", "age": [[AGE:57]], "snils": "[[ID_NUMBER:126-395-847 88]]", "disability_group": 3, "next_review": "[[DATE_TIME:2025-09-15]]"}
]""",
    """UPDATE loyalty_customers
SET card_number = '[[CREDIT_CARD:4377 7308 1522 4968]]', phone = '[[PHONE_NUMBER:+7 928 882 14 05]]', updated_by = 'ops_bot'
WHERE customer_no = '[[ID_NUMBER:LC-0091274]]';  -- [[PERSON:Ayndi Khasanov]], asked by phone on [[DATE_TIME:2024-12-02]]""",
    """# local dev settings, do not commit
DEV_NAME=[[PERSON:Timur Gagloev]]
DEV_EMAIL=[[EMAIL_ADDRESS:timur.gagloev@proton.me]]
GIT_USER=[[USERNAME:tgagloev]]
LOCAL_IP=[[IP_ADDRESS:192.168.1.54]]
TEST_CARD=[[CREDIT_CARD:5469 5021 3378 6416]]
LOG_LEVEL=debug""",
    """<Observation>
  <status value="final"/>
  <code><text value="Blood pressure"/></code>
  <subject><reference value="Patient/88123"/><display value="[[PERSON:Said-Ali Khadziev]]"/></subject>
  <effectiveDateTime value="[[DATE_TIME:2024-11-05T09:30:00+03:00]]"/>
  <valueString value="150/95 mmHg"/>
  <performer><display value="[[PERSON:Nurse Aminat Saidova]]"/></performer>
</Observation>""",
    """De : [[PERSON:Zarema Khamidova]] <[[EMAIL_ADDRESS:zarema.khamidova@orange.fr]]>
À : Secrétariat <secretariat@college-pasteur.fr>
Date : [[DATE_TIME:jeu. 6 févr. 2025 08:11]]
Objet : absence de mon fils

Good morning, my son [[PERSON:Bilal Khamidov]] (4e B) is ill today. You can call me at [[PHONE_NUMBER:07 81 24 60 39]].""",
    """[2024-12-30 21:04:11] match 88412 started: [[USERNAME:GroznyHawk]] vs [[USERNAME:ossetian_bear]]
[2024-12-30 21:04:11] player [[USERNAME:GroznyHawk]] ip=[[IP_ADDRESS:2a00:1370:8112:4f2::19]]
[2024-12-30 21:04:11] player [[USERNAME:ossetian_bear]] ip=[[IP_ADDRESS:188.168.7.93]]
[2024-12-30 21:19:52] report: [[USERNAME:ossetian_bear]] reported [[USERNAME:GroznyHawk]] for abusive chat""",
    lang("ru", """{"фио": "[[PERSON:Дзагоева Алана Казбековна]]", "дата_рождения": "[[DATE_TIME:14.08.1995]]", "телефон": "[[PHONE_NUMBER:+7 (918) 835-17-04]]", "email": "[[EMAIL_ADDRESS:alana.dzagoeva@mail.ru]]", "адрес": "[[ZIP_CODE:362040]], г. [[LOCATION:Владикавказ]], [[ADDRESS:пр. Мира, д. 21, кв. 4]]", "место_работы": "школа № 5", "должность": "учитель", "инн": "[[ID_NUMBER:150109332802]]"}"""),
    lang("ce", """ЦӀе: [[PERSON:Ислам]]
Фамили: [[PERSON:Абдурахманов]]
Вина де: [[DATE_TIME:05.10.1972]]
Юрт: [[LOCATION:Ӏачу-Марта]]
Урам, цӀа: [[ADDRESS:Нурадиловн урам, 9]]
Телефон: [[PHONE_NUMBER:+7 929 890 63 12]]
Болх: школехь, хьехархо
СНИЛС: [[ID_NUMBER:147-228-095 66]]"""),
    lang("os", """Хъусӕг: [[PERSON:Зӕрӕмӕ Дзиццойты]], [[AGE:38]]-аздзыд, [[LOCATION:Дзӕуджыхъӕуы]] скъолайы ахуыргӕнӕг. Йӕ телефон: [[PHONE_NUMBER:+7 918 709 45 23]], йӕ электронон пост: [[EMAIL_ADDRESS:zarema.dzitsoyty@mail.ru]], IP [[IP_ADDRESS:46.61.177.210]], карт [[CREDIT_CARD:2202 4071 8836 0530]], CVV 512."""),
    lang("ru", """Уважаемый [[PERSON:Руслан Хамзатович]], Ваш вход в личный кабинет клиента банка выполнен [[DATE_TIME:18.02.2025 в 22:47]] с IP [[IP_ADDRESS:95.153.128.66]] (Chrome 121, Windows 10). Логин: [[USERNAME:r.khamzatovich]], номер клиента [[ID_NUMBER:К-00518]], карта [[CREDIT_CARD:5536 9146 2018 7744]]. Если это были не Вы, позвоните в банк."""),
    """[[PERSON:Ms. Liana Salamova]] (Guest Relations Manager) of the dental clinic at [[ADDRESS:4 Tbilisskaya Street]], [[LOCATION:Vladikavkaz]] will meet [[PERSON:Mr. Giorgi Lomidze]], nationality [[NRP:Georgian]], passport [[ID_NUMBER:17AB40892]], at the gate on [[DATE_TIME:27/12/2024 at 15:00]]; deposit via [[IBAN_CODE:GE43 TB78 1433 6070 1000 03]].""",
    """Hi [[PERSON:Marat]]! as Night Receptionist at the [[LOCATION:Nalchik]] hotel please print the passport copies of [[PERSON:Anzor Ulbashev]] ([[ID_NUMBER:83 16 904572]]) and [[PERSON:Kerim Bittirov]] ([[ID_NUMBER:83 20 118306]]), both checking in on [[DATE_TIME:5 Jan]], and send them to [[EMAIL_ADDRESS:marat.khadzhiev.nr@gmail.com]].""",
    """[[PERSON:Ruslan Mezhidov]] (male, [[AGE:33]], bus driver), [[ADDRESS:Lindenstraße 14, 2. OG]], [[ZIP_CODE:44137]] [[LOCATION:Dortmund]], pension insurance no. [[ID_NUMBER:13 040191 M 070]], salary account [[IBAN_CODE:DE26 1005 0000 0630 0784 12]], mobile [[PHONE_NUMBER:+49 176 2291 4805]], logged in from [[IP_ADDRESS:84.158.23.190]] to download his payslip.""",
]


GEN = [
    """[[PERSON:Zelimkhan Dzhabrailov]] started on the scaffolding crew at the new housing block on [[ADDRESS:ulitsa Sheripova 41]] in [[LOCATION:Grozny]] on [[DATE_TIME:3 March 2024]]; his site pass lists his phone as [[PHONE_NUMBER:+7 928 017-44-93]] and his SNILS as [[ID_NUMBER:143-927-305 67]].""",
    """My grandmother, [[PERSON:Petimat Bisultanova]], turned [[AGE:81]] in May and her pension file still hasn't been moved from the [[LOCATION:Shali]] office to [[LOCATION:Gudermes]]. Could someone please call her on [[PHONE_NUMBER:8 (8712) 22-41-07]]? She doesn't use WhatsApp.""",
    """The guest house in [[LOCATION:Fiagdon]] is run by [[PERSON:Soslan Kokoev]] and his wife [[PERSON:Zalina]]. We booked it for [[DATE_TIME:14–18 August]] and paid the deposit to [[PERSON:Soslan]]'s card, [[CREDIT_CARD:2202 2061 4738 0955]], as he asked.""",
    """Please update the address for [[PERSON:adam umarov]]: he has moved from [[LOCATION:Dortmund]] to [[ADDRESS:Mühlenweg 7]], [[ZIP_CODE:33602]] [[LOCATION:Bielefeld]], effective [[DATE_TIME:1 October 2024]].""",
    """Hi, this is [[PERSON:Kheda]] from Apteka Zdorovye. The insulin prescription for [[PERSON:Musa Tsakaev]] is ready for collection, but the date of birth on the script reads [[DATE_TIME:22.11.1953]] and his passport says [[DATE_TIME:22.11.1958]] — which one is right?""",
    lang("ce", """Салам! Сан цӀе [[PERSON:Мадина Эльмурзаева]] ю. Сан ненан пенси хӀинца а ца еана. Цуьнан СНИЛС [[ID_NUMBER:156-804-219 71]] бу, телефон [[PHONE_NUMBER:+7 929 896-12-40]]. Баркалла."""),
    """[[PERSON:Lom-Ali Gairbekov]], [[AGE:34]], fell from the second floor of the frame at the [[LOCATION:Argun]] site on [[DATE_TIME:17 June 2024]]. He is in the trauma ward of Republican Hospital No. 9 under patient number [[ID_NUMBER:RKB-2024-118830]] and the foreman has not reported the accident yet.""",
    """Can you reset the password for my daughter's school account? She is [[PERSON:Amina Tovsultanova]], year 7, student ID [[ID_NUMBER:ST-40218]], and my email is [[EMAIL_ADDRESS:zarema.tovsultanova@mail.ru]].""",
    lang("os", """Мӕ ном у [[PERSON:Алан Гаглоев]]. Мӕ уазӕгдон ис [[LOCATION:Дӕргъӕвсы]]. Бронь кӕнын уӕ фӕнды? Ныффыссут мын WhatsApp-мӕ: [[PHONE_NUMBER:+7 918 824-37-06]]."""),
    """Booking for the conference in [[LOCATION:Kazan]]: speaker [[PERSON:Marat Ulbashev]], passport [[ID_NUMBER:83 19 604127]], born [[DATE_TIME:09/04/1988]]. He flies in from [[LOCATION:Nalchik]] the night before and asks for a room near the venue.""",
    """I want to cancel my gym membership. Name: [[PERSON:Islam Khadzhiev]], member no. [[ID_NUMBER:FP-77120]], the card on file ends in 5049. I've moved to [[LOCATION:Nalchik]] and can't come in.""",
    """[[PERSON:Dr. Larisa Tsallagova]] at polyclinic No. 4 in [[LOCATION:Vladikavkaz]] confirmed that [[PERSON:Taimuraz Bestaev]]'s disability group was extended to [[DATE_TIME:1 March 2026]]; his MSE certificate is [[ID_NUMBER:МСЭ-2023 № 0418862]].""",
    """ok so [[PERSON:aslanbek]] still owes me 4000 for the bus tickets, his sbp number is [[PHONE_NUMBER:+79380052713]] if anyone wants to remind him lol""",
    lang("ru", """Здравствуйте! Я, [[PERSON:Хасанова Луиза Ахмедовна]], прошу перенести мой приём у стоматолога на [[DATE_TIME:12 ноября в 15:30]]. Полис ОМС [[ID_NUMBER:2050 8900 3317 4826]], телефон для связи [[PHONE_NUMBER:8 928 740 55 12]]."""),
    """The apple orchard near [[LOCATION:Baksan]] is hiring pickers for September. [[PERSON:Anzor Kumakhov]] keeps the list, so send him your name, age and a photo of your passport on WhatsApp at [[PHONE_NUMBER:+7 962 651-08-34]].""",
    """Parcel for [[PERSON:Raisa Eskieva]], [[ADDRESS:ul. Tukhachevskogo 19, kv. 52]], [[LOCATION:Grozny]] [[ZIP_CODE:364038]]: the courier tried twice and couldn't reach her at [[PHONE_NUMBER:+7 928 740-19-22]].""",
    """We are opening a water-damage claim for the flat of [[PERSON:Beslan Malsagov]] at [[ADDRESS:prospekt Bazorkina 68, apt. 14]], [[LOCATION:Nazran]]. The policyholder's date of birth is [[DATE_TIME:1979-02-27]]; the upstairs neighbour, [[PERSON:Kheda Yevloeva]], has admitted the leak.""",
    """[[PERSON:Zarina Kochieva]] from [[LOCATION:Vladikavkaz]] won the regional chess qualifier on [[DATE_TIME:5 May]]. Her Lichess handle is [[USERNAME:zarina_k_1507]] if you want to replay her games.""",
    lang("ce", """Кхана [[PERSON:Ӏумар Ӏалиев]] [[LOCATION:Австрин]] гӀала [[LOCATION:Вена]] гӀур ву. Цуьнан паспортан номер [[ID_NUMBER:75 4418203]] ю, цигахь телефон [[PHONE_NUMBER:+43 660 381 2274]] хир ю."""),
    """[[PERSON:Ruslan Bagaev]] sold his old Lada to [[PERSON:Fatima Tedeeva]] of [[ADDRESS:22 Kesaeva Street]] on [[DATE_TIME:28 September]]; she paid the balance to his Sber card [[CREDIT_CARD:4276 3800 2219 5049]] the same evening.""",
    """For the homestay in [[LOCATION:Pankisi]], contact [[PERSON:Nazi Margoshvili]] in [[LOCATION:Jokolo]] on [[PHONE_NUMBER:+995 599 41 27 83]]. She asks guests to send their passport numbers before arrival and to bring warm clothes.""",
    """[[PERSON:Apti Batalov]] ([[AGE:58]]) applied for a land plot jointly with his wife [[PERSON:Zulai]] on [[DATE_TIME:2 February 2024]]. The application was filed at the MFC in [[LOCATION:Urus-Martan]] under his INN, [[ID_NUMBER:200840721606]].""",
    """Dear [[PERSON:Mr. Akhmadov]], your Universal Credit review is booked for [[DATE_TIME:Tuesday 21 January 2025 at 10:40]]. Please bring proof of address for [[ADDRESS:Flat 3, 27 Cheetham Hill Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M8 8LW]], and your National Insurance number ([[ID_NUMBER:JT 48 27 19 C]]).""",
    """my cousin [[PERSON:Movsar]] got his first pay from the [[LOCATION:Warsaw]] construction site today!!! 3200 zł for three weeks, half of it already sent home to his mum""",
    """[[PERSON:Kamila Yandarbieva]] would like her cat's records moved to the new vet. Her client number is [[ID_NUMBER:VC-3318]] and she now lives at [[ADDRESS:14 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]].""",
    lang("ru", """Классный руководитель [[PERSON:Саид-Эмин Мусаев]] сообщил, что с [[DATE_TIME:15 апреля]] уроки в школе в [[LOCATION:Гудермесе]] начинаются в 8:00. Связь с ним по номеру [[PHONE_NUMBER:8-938-905-17-62]]."""),
    """Hi [[PERSON:Tamerlan]], your Steam account [[USERNAME:tamik_vlk]] was signed in from a new device in [[LOCATION:Rostov-on-Don]]. If this wasn't you, change your password now.""",
    """Our client [[PERSON:Khava Dashaeva]], born [[DATE_TIME:3 July 1990]] in [[LOCATION:Shali]], is seeking asylum in [[LOCATION:Austria]]. Her earlier application in [[LOCATION:Poland]] was registered on [[DATE_TIME:11.09.2019]].""",
    """[[PERSON:Mairbek Tsoraev]] will host you at his chalet in [[LOCATION:Tsey]] from [[DATE_TIME:2 January]]. Message him at [[PHONE_NUMBER:+7 918 703-56-11]] when you land at Beslan airport and he'll send his nephew with the jeep.""",
    """Transfer failed: [[PERSON:Yakha Visaitova]] tried to send €250 from [[IBAN_CODE:DE10 4405 0199 0071 5582 04]] to her brother in [[LOCATION:Grozny]], and the bank froze it for a compliance check.""",
    """[[PERSON:Chermen Dzhioev]], the night watchman at the [[LOCATION:Mamison]] ski base, says his pension supplement stopped after he turned [[AGE:65]]. His SNILS is [[ID_NUMBER:128-660-473 75]].""",
    """Hi team, a new joiner: [[PERSON:Milana Tsechoeva]], QA engineer, starting [[DATE_TIME:Monday 4 November]]. Please ship her laptop to [[ADDRESS:ul. Moskovskaya 37, kv. 9]], [[LOCATION:Nazran]] [[ZIP_CODE:386102]]; her personal email is [[EMAIL_ADDRESS:milana.ts@yandex.ru]].""",
    """The refund for the red dress (order #A-55710) should go to [[PERSON:Seda Arsanukaeva]]'s card ending 0263, not to her husband [[PERSON:Vakha]]'s account.""",
    lang("os", """[[PERSON:Агундӕ Кабисова]], [[AGE:72]]-аздзыд, пенсийы фӕдыл фыстӕг ныффыста [[DATE_TIME:12.03.2024]]. Йӕ СНИЛС: [[ID_NUMBER:171-239-584 69]], йӕ телефон: [[PHONE_NUMBER:8 (8672) 53-19-48]]."""),
    """[[PERSON:Mehmet Ali Kaya]], a third-generation [[NRP:Chechen]] from [[LOCATION:Kayseri]], ordered a replacement ID card. His Turkish ID number is [[ID_NUMBER:24587103640]] and the card goes to [[ADDRESS:Sahabiye Mah. Ahmet Paşa Cad. No: 18 D: 3]], [[ZIP_CODE:38010]] [[LOCATION:Kocasinan]]/[[LOCATION:Kayseri]].""",
    """[[PERSON:Sultan Ozdoev]] from [[LOCATION:Ingushetia]] is looking for seasonal work on the strawberry farms in [[LOCATION:Lower Saxony]] this spring. He can start on [[DATE_TIME:15 April]] and his Polish visa is valid until [[DATE_TIME:30.09.2025]].""",
    """Number [[PHONE_NUMBER:+7 963 585-02-19]] was transferred to [[PERSON:Markha Ibragimova]]'s name on [[DATE_TIME:9 August 2024]]; her passport, [[ID_NUMBER:96 15 482703]], was scanned at the [[LOCATION:Argun]] store.""",
    """Grandpa [[PERSON:Kazbek]] still refuses to touch the Gosuslugi app, so I booked his passport renewal for him. The login is his phone number, [[PHONE_NUMBER:+7 918 822-60-45]].""",
    """[[PERSON:Isa Bakhaev]] from [[LOCATION:Vienna]] donated €50 to the school fund in [[LOCATION:Duisi]]; please send the receipt to [[EMAIL_ADDRESS:isa.bakhaev@gmx.at]].""",
    """For the museum trip to [[LOCATION:Makhachkala]] the school needs the names of all who are coming: [[PERSON:Alikhan Temirbulatov]], [[PERSON:Liana Temirbulatova]] and their son [[PERSON:Deni]], who is [[AGE:12]].""",
    lang("ru", """Пенсионерка [[PERSON:Дзерасса Гассиева]] ([[AGE:79]] лет) с [[DATE_TIME:1 января 2025 года]] будет получать пенсию на карту «Мир» [[CREDIT_CARD:2200 7004 1853 6271]]. Адрес: г. [[LOCATION:Владикавказ]], [[ADDRESS:ул. Бутырина, д. 17, кв. 33]]."""),
    """The online pharmacy can't ship insulin pens to [[LOCATION:Magas]], so [[PERSON:Ms. Leyla Ausheva]] was told to pick them up in [[LOCATION:Vladikavkaz]] with the prescription issued for DOB [[DATE_TIME:04/02/1968]].""",
    """hey is the drill still available? I'm [[PERSON:Rizvan]] from [[LOCATION:Neukölln]], can pick it up tomorrow after work, my number is [[PHONE_NUMBER:0176 48219035]]""",
    """The fire-safety briefing for the bank staff in [[LOCATION:Cherkessk]] was signed by [[PERSON:Aminat Bayramukova]] on [[DATE_TIME:20 December 2023]], two days before the branch reopened.""",
    """Hi, I'm [[PERSON:Soslan]]'s mum. He turned [[AGE:16]] on Sunday and the school still has our old address; could you change it to [[ADDRESS:pr. Kosta 243, kv. 18]], [[LOCATION:Vladikavkaz]]?""",
    """As a [[NRP:Muslim]] patient, [[PERSON:Zalpa Khaydarova]] asked for a female radiographer for her MRI on [[DATE_TIME:7 March at 9:15]] at the clinic in [[LOCATION:Graz]].""",
    """[[PERSON:Shamil Abdulkerimov]] ([[AGE:45]]) worked as a welder on the [[LOCATION:Yamal]] gas fields on sixty-thirty shifts until [[DATE_TIME:November 2022]]; his work record book is [[ID_NUMBER:TK-IV 4471823]].""",
    """Your courier [[PERSON:Akhmed]] is on the way to [[ADDRESS:Hütteldorfer Straße 130/2/11]], [[ZIP_CODE:1140]] [[LOCATION:Wien]] and should arrive in 12 minutes.""",
    lang("ce", """[[PERSON:Хеда]], хьан ваша [[PERSON:Ахьмад]] хӀинца а [[LOCATION:Польшехь]] стройкехь болх беш ву? Цуьнан керла номер схьаяздехьа: [[PHONE_NUMBER:+48 512 384 907]]."""),
    """[[PERSON:Rustam Mamsurov]] disputes a charge of ₽18,400 on his card [[CREDIT_CARD:5469 3800 7741 0263]] from a hotel in [[LOCATION:Arkhyz]] where he says he never stayed.""",
    """[[PERSON:Elza]] and [[PERSON:Georgy Tuaev]] are moving into the rented house at [[ADDRESS:ul. Gastello 71]], [[LOCATION:Vladikavkaz]], on [[DATE_TIME:1 June]]; the deposit goes to the landlord, [[PERSON:Valery Kaloev]].""",
    """the lawyer said [[PERSON:magomed]]'s hearing at the Leninsky district court is on [[DATE_TIME:26 February]] and that [[PERSON:zaurbek]] should bring his INN, [[ID_NUMBER:151304662852]], as a witness""",
    """[[PERSON:Malika Gakaeva]] sells custom cakes through her Instagram, [[USERNAME:malika.sweets.grozny]]; orders by phone on [[PHONE_NUMBER:+7 929 004-88-51]].""",
    """On [[DATE_TIME:30 April 2024]] [[PERSON:Adlan Bisultanov]] signed a contract as a shop assistant with an electronics store in [[LOCATION:Alkhan-Kala]]. His passport is [[ID_NUMBER:96 19 117462]].""",
    """Kindly note that [[TITLE:Frau]] [[PERSON:Aishat Umarova]] has an appointment at the Jobcenter on [[DATE_TIME:12.02.2025 at 8:30]]; her customer number is [[ID_NUMBER:362D178244]].""",
    """[[PERSON:Beslan Kardanov]]'s student stipend is paid into account [[ID_NUMBER:40817810600012873409]] at the [[LOCATION:Nalchik]] branch, and the March payment never arrived.""",
    """If found, please return this phone to [[PERSON:Timur Ozdoev]], [[PHONE_NUMBER:+7 938 002-71-15]]. Reward offered.""",
    """[[PERSON:Lana Dzagoeva]], [[AGE:27]], a football coach in [[LOCATION:Beslan]], tore a knee ligament on [[DATE_TIME:8 February]]; the insurer is asking for her OMS number, [[ID_NUMBER:1551 4720 8836 0192]].""",
    """We're raising money for [[PERSON:Ibragim]], [[AGE:6]], from [[LOCATION:Duisi]], who needs heart surgery in [[LOCATION:Tbilisi]]. His mother, [[PERSON:Tamta Khangoshvili]], can be reached on [[PHONE_NUMBER:+995 551 30 84 72]].""",
    lang("ru", """Прошу выдать справку о стаже для назначения пенсии. [[PERSON:Межидов Хамзат Лечиевич]], [[DATE_TIME:14.05.1962]] г.р., СНИЛС [[ID_NUMBER:135-572-916 75]], проживаю: [[LOCATION:Чеченская Республика]], [[LOCATION:Ачхой-Мартановский район]], с. [[LOCATION:Самашки]], [[ADDRESS:ул. Школьная, 8]]."""),
    """Hi! This is [[PERSON:Alana]] from the guest house in [[LOCATION:Fiagdon]], confirming two rooms for [[PERSON:Irina Sokolova]] from [[DATE_TIME:3 to 7 July]]. Breakfast is at eight.""",
    """[[PERSON:Turpal-Ali Saidulaev]] was issued a Polish temporary residence card on [[DATE_TIME:17.01.2023]] (card no. [[ID_NUMBER:RP4471803]]) and works nights at a warehouse in [[LOCATION:Białystok]].""",
    """Patient [[PERSON:Arbi Musaev]], DOB [[DATE_TIME:02/12/1971]], NHS number [[ID_NUMBER:943 476 5811]], has been referred to the diabetic eye clinic in [[LOCATION:Hammersmith]].""",
    """My landlord, [[TITLE:Herr]] [[PERSON:Brandt]], has kept my deposit for four months now. The flat was at [[ADDRESS:Hansastraße 88]], [[ZIP_CODE:44137]] [[LOCATION:Dortmund]] and I moved out on [[DATE_TIME:31 August]].""",
    """Congratulations to [[PERSON:Dzhokhar Elsanov]] ([[AGE:19]]) from [[LOCATION:Gudermes]] on his bronze at the European junior wrestling championship in [[LOCATION:Bucharest]]!""",
    """[[PERSON:Zaira Kozaeva]] from the pension fund office in [[LOCATION:Mozdok]] called back about the survivor's pension for [[PERSON:Nina Kozaeva]], whose husband died on [[DATE_TIME:6 January]].""",
    """The van driven by [[PERSON:Magomed-Salah Nurmagomedov]] (licence [[ID_NUMBER:05 21 334781]], plate [[ID_NUMBER:Х 217 КМ 05]]) hit a barrier on the [[LOCATION:Makhachkala]] bypass on [[DATE_TIME:19 October 2024]].""",
    lang("ce", """Маршалла! Со [[PERSON:Зелимха Ахмадов]] ву. [[LOCATION:Ведана]] сан хьешийн цӀа ду, лам а, Ӏам а гена бац. Телефон: [[PHONE_NUMBER:+7 928 477-03-16]], WhatsApp а бу."""),
    """[[PERSON:Madina Gadzhieva]] paid for her mother's glasses with card [[CREDIT_CARD:2200 2407 9316 8424]], and the optician in [[LOCATION:Derbent]] charged it twice.""",
    """[[PERSON:Azamat Shogenov]] accepted a post as a call-centre operator in [[LOCATION:Nalchik]] starting [[DATE_TIME:1 December 2024]], with a review on [[DATE_TIME:30 April 2025]]; the contract was sent to [[EMAIL_ADDRESS:azamat.shogenov@bk.ru]].""",
    """our upstairs neighbour [[PERSON:Kheda Ozdoeva]] in flat 41 has been flooding our bathroom since [[DATE_TIME:3 March]] and the housing office just shrugs""",
    """[[PERSON:Ilyas Shishani]], who runs a bakery in [[LOCATION:Zarqa]], renewed his Jordanian passport: number [[ID_NUMBER:N418206]], national number [[ID_NUMBER:9781023641]].""",
    lang("os", """Мӕ фыд [[PERSON:Батрадз Сланов]] у фыццаг къорды инвалид, [[AGE:68]] азы у. Йӕ пенси нӕма ӕрцыд. Адрис: [[LOCATION:Ӕрыдон]], [[ADDRESS:Кировы уынг, 15]]."""),
    """The renovation quote for [[PERSON:Sabina Omarova]] (kitchen at [[ADDRESS:pr. Gamidova 49, kv. 112]], [[LOCATION:Makhachkala]]) is valid until 15 May.""",
    """[[PERSON:Yusup Batukaev]] is asking why his Austrian invalidity pension was cut; his social security number is [[ID_NUMBER:4822 150663]] and he lives in [[LOCATION:Linz]].""",
    """Hello, I booked a [[LOCATION:Tbilisi]]–[[LOCATION:Grozny]] bus seat for [[PERSON:Luiza Magomadova]] on [[DATE_TIME:5 September]], but the ticket shows the wrong passport; it should be [[ID_NUMBER:75 3310928]].""",
    """[[PERSON:Ramzan Tsakaev]] from [[LOCATION:Itum-Kali]] drives the school bus and sells honey on the side. The map pin for his shop is wrong, he says; his number is [[PHONE_NUMBER:8 928 003 41 76]].""",
    """The consent form for [[PERSON:Aslan Tokaev]]'s school trip was signed by his father, [[PERSON:Vladimir Tokaev]], on [[DATE_TIME:11/09/2024]].""",
    """Payroll: [[PERSON:Islam Dudaev]] (warehouse picker, [[LOCATION:Hamburg]]) will be paid to [[IBAN_CODE:DE32 2005 0550 1260 4451 98]]; his tax ID is [[ID_NUMBER:47031582649]].""",
    lang("ru", """[[PERSON:Батраз]], привет! Я у [[PERSON:Заура]] в [[LOCATION:Кармадоне]], связь плохая. Если что, звони на [[PHONE_NUMBER:+7 (918) 826-45-70]], это номер его жены [[PERSON:Дианы]]."""),
    """[[PERSON:Aminat]] wants her gym membership frozen for longer: she gave birth on [[DATE_TIME:16 August]], and her membership ID is [[ID_NUMBER:GF-20917]].""",
    """[[PERSON:Selim Güneş]] ordered a new SIM card for his mother in [[LOCATION:Başakşehir]], [[LOCATION:Istanbul]]; the courier will call [[PHONE_NUMBER:+90 532 418 27 63]] before delivery.""",
    """[[PERSON:Dr. Aslan Khadikov]] will see [[PERSON:Mrs. Rosa Dzutseva]] on [[DATE_TIME:Thursday 14 November at 11:00]] for her cardiology follow-up.""",
    """[[PERSON:Ruslan Yevloev]]'s seasonal work declaration was registered in [[LOCATION:Lublin]] on [[DATE_TIME:04.03.2024]]; his PESEL is [[ID_NUMBER:92110312753]].""",
    """I, [[PERSON:Rosa Mutsaeva]], agree to the clinic in [[LOCATION:Strasbourg]] sharing my records with my GP. My social security number is [[ID_NUMBER:2 91 02 99 123 215 50]].""",
    """[[PERSON:Said]] from the hospital kitchen needs a new apron, size L, and his canteen card topped up; his badge is [[ID_NUMBER:B-0417]].""",
    """Ticket opened by [[PERSON:Zelimkhan Magomadov]] ([[EMAIL_ADDRESS:z.magomadov@outlook.com]]): he cannot log into online banking; last login from [[IP_ADDRESS:95.153.131.24]] on [[DATE_TIME:2 March 2025 at 21:14]].""",
    lang("ru", """Отзыв о гостевом доме в [[LOCATION:Даргавсе]]: хозяйка [[PERSON:Залина Гагиева]] встретила нас [[DATE_TIME:3 августа]] как родных, рекомендую! Телефон хозяйки [[PHONE_NUMBER:+7 918 831-22-49]]."""),
    """[[PERSON:Petimat]] asked the library in [[LOCATION:Grozny]] to renew her reader card, [[ID_NUMBER:ЧБ-004127]], which expired in the spring.""",
    """Flight change for [[PERSON:Mr. Aslambek Idigov]]: [[LOCATION:Grozny]]–[[LOCATION:Istanbul]] moved to [[DATE_TIME:22 March, 06:40]], booking reference HX7T2Q. Contact number on the booking: [[PHONE_NUMBER:+7 928 644-17-09]].""",
]


TABLE = [
    """name,passport,phone,arrival,farm,bed
[[PERSON:Bislan Dadaev]],[[ID_NUMBER:75 4471902]],[[PHONE_NUMBER:+48 512 308 447]],[[DATE_TIME:2025-04-28]],Sadownictwo Kowalczyk,B-3
[[PERSON:Shamil Gairbekov]],[[ID_NUMBER:75 3920184]],[[PHONE_NUMBER:+48 536 771 092]],[[DATE_TIME:2025-04-28]],Sadownictwo Kowalczyk,B-4
[[PERSON:Rizvan Temirov]],[[ID_NUMBER:75 5018823]],[[PHONE_NUMBER:+48 797 330 615]],[[DATE_TIME:2025-05-05]],Agro-Sad,A-1
[[PERSON:Movsar Israilov]],[[ID_NUMBER:75 4902376]],[[PHONE_NUMBER:+7 938 017 26 40]],[[DATE_TIME:2025-05-05]],Agro-Sad,A-2""",
    """"Name";"Geburtsdatum";"IBAN";"Station";Stunden
"[[PERSON:Aslan Umarov]]";"[[DATE_TIME:14.02.1990]]";"[[IBAN_CODE:DE61 7015 0000 1002 8477 33]]";"Station 4B";168
"[[PERSON:Larisa Dzhioeva]]";"[[DATE_TIME:02.11.1986]]";"[[IBAN_CODE:DE49 4805 0161 0087 2345 10]]";"Intensiv";151
"[[PERSON:Petimat Khadzhieva]]";"[[DATE_TIME:29.07.1994]]";"[[IBAN_CODE:DE81 1007 0024 0482 1977 00]]";"Station 2A";160""",
    """guest\tfrom\tphone\tcheck_in\tnights\troom\tpaid
[[PERSON:Elena Smirnova]]\t[[LOCATION:Moscow]]\t[[PHONE_NUMBER:+7 916 204-38-51]]\t[[DATE_TIME:12.07.2024]]\t3\t2\tyes
[[PERSON:Timur Akhmatov]]\t[[LOCATION:Grozny]]\t[[PHONE_NUMBER:+7 928 001-74-93]]\t[[DATE_TIME:15.07.2024]]\t2\t1\tno
[[PERSON:Aigerim Nurlanova]]\t[[LOCATION:Almaty]]\t[[PHONE_NUMBER:+7 701 388 42 17]]\t[[DATE_TIME:15.07.2024]]\t4\t3\tyes
[[PERSON:Said Tagirov]]\t[[LOCATION:Makhachkala]]\t[[PHONE_NUMBER:+7 988 290-55-16]]\t[[DATE_TIME:19.07.2024]]\t1\t1\tyes""",
    """| Name | Age | SNILS | Pension | Village |
|------|-----|-------|---------|---------|
| [[PERSON:Zura Bisaeva]] | [[AGE:77]] | [[ID_NUMBER:132-907-461 53]] | old-age | [[LOCATION:Tsotsi-Yurt]] |
| [[PERSON:Umar-Ali Dakaev]] | [[AGE:69]] | [[ID_NUMBER:166-043-785 72]] | disability, group II | [[LOCATION:Mesker-Yurt]] |
| [[PERSON:Bikatu Israilova]] | [[AGE:84]] | [[ID_NUMBER:183-450-126 55]] | survivor's | [[LOCATION:Tsotsi-Yurt]] |
| [[PERSON:Said-Akhmed Vakhaev]] | [[AGE:71]] | [[ID_NUMBER:129-674-318 93]] | old-age | [[LOCATION:Germenchuk]] |""",
    """ id |    full_name     |           email            | plan  | signed_up
----+------------------+----------------------------+-------+------------
 17 | [[PERSON:Ali Tsechoev]]      | [[EMAIL_ADDRESS:ali.tsechoev@gmail.com]]     | pro   | [[DATE_TIME:2024-03-02]]
 18 | [[PERSON:Madina Mutalieva]] | [[EMAIL_ADDRESS:m.mutalieva@yandex.ru]]      | free  | [[DATE_TIME:2024-03-02]]
 21 | [[PERSON:Kazbek Tsagaev]]   | [[EMAIL_ADDRESS:kazbek.tsagaev@outlook.com]] | team  | [[DATE_TIME:2024-03-05]]
(3 rows)""",
    """EMPNO  NAME                DEPT       INN            NET_PAY
 1041  [[PERSON:Zarema Saidova]]      ACCOUNTS   [[ID_NUMBER:201250834140]]   54 200.00
 1042  [[PERSON:Apti Khasmagomedov]]  SALES      [[ID_NUMBER:150172839097]]   61 850.00
 1057  [[PERSON:Liza Batsaeva]]       IT         [[ID_NUMBER:072139056173]]   88 400.00""",
    """{"order": "D-55102", "recipient": "[[PERSON:Kheda Arsakhanova]]", "phone": "[[PHONE_NUMBER:+7 929 880 41 05]]", "address": "[[ADDRESS:ul. Sheripova 12, kv. 30]], [[LOCATION:Grozny]]", "slot": "14:00-16:00"}
{"order": "D-55103", "recipient": "[[PERSON:Rustam Dzhambulatov]]", "phone": "[[PHONE_NUMBER:+7 938 002 17 64]]", "address": "[[ADDRESS:pr. Isaeva 72, kv. 118]], [[LOCATION:Grozny]]", "slot": "16:00-18:00"}
{"order": "D-55107", "recipient": "[[PERSON:Sovdat Ilyasova]]", "phone": "[[PHONE_NUMBER:+7 928 897 30 22]]", "address": "[[ADDRESS:ul. Pervomayskaya 5]], [[LOCATION:Argun]]", "slot": "10:00-12:00"}""",
    """- name: [[PERSON:Alikhan Dzhamaldinov]]
  member_id: [[ID_NUMBER:GYM-40071]]
  dob: [[DATE_TIME:1997-08-12]]
  plan: annual
  locker: 14
- name: [[PERSON:Yakha Ismailova]]
  member_id: [[ID_NUMBER:GYM-40086]]
  dob: [[DATE_TIME:2001-01-30]]
  plan: women-only, 3 months
  locker: 52
- name: [[PERSON:Tamerlan Basaev]]
  member_id: [[ID_NUMBER:GYM-40102]]
  dob: [[DATE_TIME:1989-11-04]]
  plan: monthly
  locker: none""",
    """Patient: [[PERSON:Adam Elmurzaev]]
Geburtsdatum: [[DATE_TIME:14.09.1952]]
SV-Nr.: [[ID_NUMBER:9027 140952]]
Adresse: [[ADDRESS:Wienerstraße 48/2/7]], [[ZIP_CODE:4020]] [[LOCATION:Linz]]
Hausarzt: [[PERSON:Dr. Gerhard Pichler]]
Diagnose: Hypertonie

Patient: [[PERSON:Zalina Tsoraeva]]
Geburtsdatum: [[DATE_TIME:09.05.1952]]
SV-Nr.: [[ID_NUMBER:7296 090552]]
Adresse: [[ADDRESS:Kärntner Straße 211]], [[ZIP_CODE:8053]] [[LOCATION:Graz]]
Hausarzt: [[PERSON:Dr. Anna Reiter]]
Diagnose: Diabetes Typ 2""",
    """date,patient,dob,drug,qty,pharmacist
2024-10-02,[[PERSON:Aset Bakaeva]],[[DATE_TIME:1961-04-11]],amlodipine 5 mg,30,[[PERSON:M. Saidulaeva]]
2024-10-02,[[PERSON:Sultan Edilov]],[[DATE_TIME:1948-12-19]],insulin glargine,5,[[PERSON:M. Saidulaeva]]
2024-10-03,[[PERSON:Milana Tepsurkaeva]],[[DATE_TIME:1999-06-07]],amoxicillin 500 mg,20,[[PERSON:Kh. Dzhabrailov]]
2024-10-03,[[PERSON:Ruslan Abuev]],[[DATE_TIME:1972-02-25]],omeprazole 20 mg,28,[[PERSON:Kh. Dzhabrailov]]""",
    """nom;prénom;date_naissance;NIR;lieu_naissance;tél
[[PERSON:Saidova]];[[PERSON:Kheda]];[[DATE_TIME:04/12/1985]];[[ID_NUMBER:2 85 12 99 123 307 24]];[[LOCATION:Grozny]] ([[LOCATION:Russie]]);[[PHONE_NUMBER:06 12 84 37 20]]
[[PERSON:Bakaev]];[[PERSON:Islam]];[[DATE_TIME:17/11/1979]];[[ID_NUMBER:1 79 11 99 123 064 13]];[[LOCATION:Chali]] ([[LOCATION:Russie]]);[[PHONE_NUMBER:07 69 41 02 58]]
[[PERSON:Bakaev]];[[PERSON:Ilyas]];[[DATE_TIME:22/06/2008]];[[ID_NUMBER:1 08 06 67 482 033 36]];[[LOCATION:Strasbourg]];""",
    """| # | Pupil | DOB | Parent | Phone |
|---|-------|-----|--------|-------|
| 1 | [[PERSON:Amir Dzhamaldaev]] | [[DATE_TIME:03.02.2015]] | [[PERSON:Aslan Dzhamaldaev]] | [[PHONE_NUMBER:+43 676 502 1184]] |
| 2 | [[PERSON:Leonie Gruber]] | [[DATE_TIME:21.08.2014]] | [[PERSON:Sabine Gruber]] | [[PHONE_NUMBER:+43 664 390 2271]] |
| 3 | [[PERSON:Safiya Khamzatova]] | [[DATE_TIME:11.11.2014]] | [[PERSON:Luiza Khamzatova]] | [[PHONE_NUMBER:+43 699 1077 3315]] |""",
    """msisdn\tsubscriber\tpersonal_no\tactivated\tplan
[[PHONE_NUMBER:+995 595 20 18 47]]\t[[PERSON:Zelimkhan Kavtarashvili]]\t[[ID_NUMBER:41001038826]]\t[[DATE_TIME:2024-05-14]]\tprepaid 25
[[PHONE_NUMBER:+995 571 84 33 09]]\t[[PERSON:Madona Bagakashvili]]\t[[ID_NUMBER:41001017452]]\t[[DATE_TIME:2024-05-16]]\tprepaid 10
[[PHONE_NUMBER:+995 592 66 70 14]]\t[[PERSON:Khaso Khangoshvili]]\t[[ID_NUMBER:41001044190]]\t[[DATE_TIME:2024-06-01]]\tpostpaid family""",
    """ customer_no |      full_name       |        card         |               iban
-------------+----------------------+---------------------+----------------------------------
 [[ID_NUMBER:88120417]]    | [[PERSON:Aslan Çeçen]]          | [[CREDIT_CARD:4543 6012 8857 2309]] | [[IBAN_CODE:TR43 0001 0009 0123 4567 8901 25]]
 [[ID_NUMBER:88120533]]    | [[PERSON:Meryem Dağlı]]         | [[CREDIT_CARD:5400 6180 3327 9146]] | [[IBAN_CODE:TR98 0006 2007 3300 0006 2981 53]]
 [[ID_NUMBER:88120871]]    | [[PERSON:Hamza Kafkas]]         | [[CREDIT_CARD:5219 3048 8206 1130]] | [[IBAN_CODE:TR76 0004 6002 1988 8004 4512 77]]
(3 rows)""",
    """[[LOCATION:Dombay]], guest register, January 2025
ROOM  GUEST               NATIONALITY  PASSPORT      ARRIVAL     DEPARTURE
 204  [[PERSON:Yusuf Demir]]         [[NRP:Turkish]]      [[ID_NUMBER:U18820471]]     [[DATE_TIME:03.01.2025]]  [[DATE_TIME:07.01.2025]]
 205  [[PERSON:Anna Petrova]]        [[NRP:Russian]]      [[ID_NUMBER:45 18 229041]]  [[DATE_TIME:03.01.2025]]  [[DATE_TIME:10.01.2025]]
 311  [[PERSON:Dilnoza Karimova]]    [[NRP:Uzbek]]        [[ID_NUMBER:FA1240398]]     [[DATE_TIME:04.01.2025]]  [[DATE_TIME:06.01.2025]]
 312  [[PERSON:Kazbek Laipanov]]     [[NRP:Russian]]      [[ID_NUMBER:91 14 503872]]  [[DATE_TIME:05.01.2025]]  [[DATE_TIME:08.01.2025]]""",
    """{"claim": "DC-2024-0418", "claimant": "[[PERSON:Visita Magomadova]]", "dob": "[[DATE_TIME:1966-03-02]]", "snils": "[[ID_NUMBER:141-836-207 47]]", "group": "II", "status": "approved"}
{"claim": "DC-2024-0419", "claimant": "[[PERSON:Alvi Sadulaev]]", "dob": "[[DATE_TIME:1958-10-27]]", "snils": "[[ID_NUMBER:175-219-640 78]]", "group": "I", "status": "pending"}
{"claim": "DC-2024-0425", "claimant": "[[PERSON:Taus Dzhabrailova]]", "dob": "[[DATE_TIME:1971-07-15]]", "snils": "[[ID_NUMBER:169-054-312 73]]", "group": "III", "status": "returned: missing MSE certificate"}""",
    """instructors:
  - name: [[PERSON:Artur Gazzaev]]
    licence: "[[ID_NUMBER:15 04 229716]]"
    phone: "[[PHONE_NUMBER:+7 918 834 60 11]]"
    car: Kia Rio, [[ID_NUMBER:Т 406 РК 15]]
    categories: [B]
  - name: [[PERSON:Inal Bekoev]]
    licence: "[[ID_NUMBER:15 11 407382]]"
    phone: "[[PHONE_NUMBER:+7 918 709 21 58]]"
    car: Lada Vesta, [[ID_NUMBER:М 211 ВО 15]]
    categories: [B, C]""",
    """Client: [[PERSON:Mrs. Madina Yusupova]]
Address: [[ADDRESS:11 Elm Grove]], [[LOCATION:Salford]] [[ZIP_CODE:M6 8DN]]
Phone: [[PHONE_NUMBER:07412 553 908]]
Pet: Bars (cat, 7 years), vaccinated 02/2024

Client: [[PERSON:Mr. Idris Magomadov]]
Address: [[ADDRESS:Flat 4, 88 Great Clowes Street]], [[LOCATION:Salford]] [[ZIP_CODE:M7 2YS]]
Phone: [[PHONE_NUMBER:07853 201 644]]
Pet: Jack (dog, 3 years), microchip 826098100455217""",
    """"donor","city","phone","card",amount_jod
"[[PERSON:Omar Shishani]]","[[LOCATION:Zarqa]]","[[PHONE_NUMBER:+962 78 620 1145]]","[[CREDIT_CARD:4563 8820 3315 9478]]",50
"[[PERSON:Lina Bino]]","[[LOCATION:Amman]]","[[PHONE_NUMBER:+962 79 944 3082]]","[[CREDIT_CARD:4030 1277 5104 2869]]",25
"[[PERSON:Tariq Haj Khasan]]","[[LOCATION:Sweileh]]","[[PHONE_NUMBER:+962 77 512 0963]]","[[CREDIT_CARD:4018 3305 7120 4497]]",100""",
    """| Case | Tenant | Address | Postcode | NI number | Moved in |
|------|--------|---------|----------|-----------|----------|
| HC-1102 | [[PERSON:Aslan Tsechoev]] | [[ADDRESS:Flat 2, 19 Moss Lane East]], [[LOCATION:Manchester]] | [[ZIP_CODE:M15 5DD]] | [[ID_NUMBER:NM 52 84 17 B]] | [[DATE_TIME:14/10/2024]] |
| HC-1107 | [[PERSON:Khava Ibragimova]] | [[ADDRESS:33 Cromwell Road]], [[LOCATION:Salford]] | [[ZIP_CODE:M6 6DE]] | [[ID_NUMBER:JC 80 12 54 A]] | [[DATE_TIME:02/12/2024]] |
| HC-1111 | [[PERSON:Magomed Tsugaev]] | [[ADDRESS:Flat 7, 201 Stockport Road]], [[LOCATION:Manchester]] | [[ZIP_CODE:M12 4AF]] | [[ID_NUMBER:PH 41 96 30 C]] | [[DATE_TIME:20/01/2025]] |""",
    """username,email,last_ip,country,level
[[USERNAME:ChechenWolf07]],[[EMAIL_ADDRESS:wolf07.games@gmail.com]],[[IP_ADDRESS:91.215.82.41]],[[LOCATION:Russia]],54
[[USERNAME:Kazbek_Iron]],[[EMAIL_ADDRESS:kazbek.iron@mail.ru]],[[IP_ADDRESS:188.168.31.7]],[[LOCATION:Russia]],38
[[USERNAME:DortmundDeni]],[[EMAIL_ADDRESS:deni.t2006@web.de]],[[IP_ADDRESS:2003:e5:4f1a:9c00:e1b2:77ff:fe10:4a3d]],[[LOCATION:Germany]],71
[[USERNAME:elif_kafkas]],[[EMAIL_ADDRESS:elif.kafkas@hotmail.com]],[[IP_ADDRESS:85.104.66.219]],[[LOCATION:Turkey]],12""",
    """claim_no\tpolicyholder\tdob\tincident\tphone\tstatus
CLM-24-7710\t[[PERSON:Ruslan Elsaev]]\t[[DATE_TIME:1983-05-09]]\t[[DATE_TIME:2024-11-02]]\t[[PHONE_NUMBER:+7 928 947 20 36]]\topen
CLM-24-7734\t[[PERSON:Malika Baysarova]]\t[[DATE_TIME:1990-09-21]]\t[[DATE_TIME:2024-11-05]]\t[[PHONE_NUMBER:+7 929 001 84 63]]\tpaid
CLM-24-7741\t[[PERSON:Arsen Kokoev]]\t[[DATE_TIME:1976-01-17]]\t[[DATE_TIME:2024-11-06]]\t[[PHONE_NUMBER:+7 918 829 50 07]]\trejected""",
    """| Flat | Tenant | ID no. | Phone | Rent (TRY) |
|------|--------|--------|-------|------------|
| 3 | [[PERSON:Selim Güneş]] | [[ID_NUMBER:31840572662]] | [[PHONE_NUMBER:0532 418 27 63]] | 18.500 |
| 5 | [[PERSON:Fatma Çerkez]] | [[ID_NUMBER:52709316418]] | [[PHONE_NUMBER:0541 702 93 18]] | 17.000 |
| 8 | [[PERSON:Magomed Abuev]] | [[ID_NUMBER:99641830718]] | [[PHONE_NUMBER:0553 260 44 71]] | 21.000 |""",
    """NR  NAME                  SV-NR        KURS                  BEGINN
01  [[PERSON:Aslan Akhmadov]]        [[ID_NUMBER:3863 040781]]  Deutsch B1            [[DATE_TIME:07.10.2024]]
02  [[PERSON:Raisa Vagapova]]        [[ID_NUMBER:6143 220374]]  Buchhaltung Basis     [[DATE_TIME:07.10.2024]]
03  [[PERSON:Magomed Gaziev]]        [[ID_NUMBER:5616 271178]]  Staplerschein         [[DATE_TIME:14.10.2024]]""",
    """{"handle": "[[USERNAME:grozny_fashion_kh]]", "display_name": "[[PERSON:Kheda M.]]", "email": "[[EMAIL_ADDRESS:kheda.mutaeva@gmail.com]]", "followers": 18400, "flag": "spam links"}
{"handle": "[[USERNAME:vladikavkaz_news_24]]", "display_name": "Vladikavkaz News 24", "email": "editor@vlad24.ru", "followers": 52100, "flag": "none"}
{"handle": "[[USERNAME:zaur.tokaev]]", "display_name": "[[PERSON:Zaur Tokaev]]", "email": "[[EMAIL_ADDRESS:z.tokaev@mail.ru]]", "followers": 340, "flag": "impersonation report"}""",
    """name,subject,village,phone,email
[[PERSON:Leila Margoshvili]],English,[[LOCATION:Duisi]],[[PHONE_NUMBER:+995 598 31 74 20]],[[EMAIL_ADDRESS:leila.margoshvili@gmail.com]]
[[PERSON:Tamila Tsatiashvili]],Mathematics,[[LOCATION:Jokolo]],[[PHONE_NUMBER:+995 577 60 28 13]],
[[PERSON:Khaso Borchashvili]],Georgian language,[[LOCATION:Birkiani]],[[PHONE_NUMBER:+995 555 19 47 02]],[[EMAIL_ADDRESS:khaso.b@yahoo.com]]""",
    """Worker: [[PERSON:Vakha Gaziev]]
Trade: steel fixer
Passport: [[ID_NUMBER:96 16 402733]]
INN: [[ID_NUMBER:201960273429]]
Phone: [[PHONE_NUMBER:+7 928 016 39 84]]
Site: residential block 4, [[LOCATION:Argun]]
Start: [[DATE_TIME:2024-09-02]]

Worker: [[PERSON:Lechi Mamaev]]
Trade: plasterer
Passport: [[ID_NUMBER:96 11 287405]]
INN: [[ID_NUMBER:054513092246]]
Phone: [[PHONE_NUMBER:+7 988 703 11 29]]
Site: residential block 4, [[LOCATION:Argun]]
Start: [[DATE_TIME:2024-09-16]]""",
    """imię;nazwisko;PESEL;data urodzenia;opiekun;telefon
[[PERSON:Mansur]];[[PERSON:Tsakaev]];[[ID_NUMBER:14241108735]];[[DATE_TIME:11.04.2014]];[[PERSON:Zulikhan Tsakaeva]];[[PHONE_NUMBER:+48 731 204 860]]
[[PERSON:Ismail]];[[PERSON:Dokaev]];[[ID_NUMBER:15230504613]];[[DATE_TIME:05.03.2015]];[[PERSON:Aminat Dokaeva]];[[PHONE_NUMBER:+48 512 994 017]]
[[PERSON:Kacper]];[[PERSON:Lewandowski]];[[ID_NUMBER:16321802955]];[[DATE_TIME:18.12.2016]];[[PERSON:Marta Lewandowska]];[[PHONE_NUMBER:+48 604 381 552]]""",
    """| No | Pilgrim | Passport | Nationality | DOB | Mobile |
|----|---------|----------|-------------|-----|--------|
| 1 | [[PERSON:Adnan Shishani]] | [[ID_NUMBER:R5503718]] | [[NRP:Jordanian]] | [[DATE_TIME:12/03/1958]] | [[PHONE_NUMBER:+962 79 661 2840]] |
| 2 | [[PERSON:Fatima Shishani]] | [[ID_NUMBER:R5503719]] | [[NRP:Jordanian]] | [[DATE_TIME:01/01/1962]] | |
| 3 | [[PERSON:Mustafa Çeçen]] | [[ID_NUMBER:U20418852]] | [[NRP:Turkish]] | [[DATE_TIME:30/06/1970]] | [[PHONE_NUMBER:+90 542 318 06 77]] |""",
    """ login      |   full_name    |       ip        |     last_login
------------+----------------+-----------------+---------------------
 [[USERNAME:a.gakaev]]   | [[PERSON:Adam Gakaev]]    | [[IP_ADDRESS:10.20.1.15]]      | [[DATE_TIME:2025-02-17 09:02:44]]
 [[USERNAME:m.yusupova]] | [[PERSON:Milana Yusupova]] | [[IP_ADDRESS:10.20.1.38]]      | [[DATE_TIME:2025-02-17 08:51:10]]
 [[USERNAME:r.tagaev]]   | [[PERSON:Ruslan Tagaev]]  | [[IP_ADDRESS:185.12.230.77]]   | [[DATE_TIME:2025-02-16 23:40:05]]
(3 rows)""",
    lang("ru", """ФИО;Дата рождения;СНИЛС;Адрес;Телефон;Вид выплаты
[[PERSON:Кокоева Фатима Батразовна]];[[DATE_TIME:12.03.1949]];[[ID_NUMBER:161-512-730 33]];г. [[LOCATION:Владикавказ]], [[ADDRESS:ул. Ватутина, д. 44, кв. 3]];[[PHONE_NUMBER:8 (8672) 51-27-90]];страховая пенсия
[[PERSON:Гаглоев Руслан Ахсарбекович]];[[DATE_TIME:30.10.1956]];[[ID_NUMBER:131-468-702 48]];г. [[LOCATION:Владикавказ]], [[ADDRESS:пр. Коста, д. 96, кв. 51]];[[PHONE_NUMBER:+7 918 826-33-70]];пенсия по инвалидности
[[PERSON:Томаева Зарина Георгиевна]];[[DATE_TIME:07.01.1961]];[[ID_NUMBER:154-903-286 70]];с. [[LOCATION:Гизель]], [[ADDRESS:ул. Кирова, д. 12]];[[PHONE_NUMBER:+7 928 483-19-05]];страховая пенсия"""),
    lang("ce", """ЦӀе, фамили | Юрт | Телефон | Маса стаг
[[PERSON:Ахьмад Исаев]] | [[LOCATION:Шела]] | [[PHONE_NUMBER:+7 928 478 12 05]] | 4
[[PERSON:Зара Исаева]] | [[LOCATION:Шела]] | [[PHONE_NUMBER:+7 929 895 07 31]] | 2
[[PERSON:Ӏаьли Межидов]] | [[LOCATION:Гуьмсе]] | [[PHONE_NUMBER:+7 938 900 46 18]] | 5
[[PERSON:Хьава Сулейманова]] | [[LOCATION:Соьлжа-ГӀала]] | [[PHONE_NUMBER:+7 928 740 66 52]] | 3"""),
    lang("os", """Ном ӕмӕ мыггаг | Райгуырд | Хъӕу | Телефон
[[PERSON:Сослан Хъаныхъуаты]] | [[DATE_TIME:14.05.2012]] | [[LOCATION:Дзуарикъау]] | [[PHONE_NUMBER:+7 918 821 40 63]]
[[PERSON:Алан Дзиццойты]] | [[DATE_TIME:02.09.2011]] | [[LOCATION:Гизель]] | [[PHONE_NUMBER:+7 928 069 17 24]]
[[PERSON:Хетӕг Бестаты]] | [[DATE_TIME:23.11.2012]] | [[LOCATION:Ногир]] | [[PHONE_NUMBER:+7 918 707 52 90]]"""),
    """clients:
  - name: [[PERSON:Zelim Batukaev]]
    matter: asylum appeal
    hearing: "[[DATE_TIME:2025-03-18 09:30]]"
    address: "[[ADDRESS:Wiener Straße 131/12]], [[ZIP_CODE:4020]] [[LOCATION:Linz]]"
    phone: [[PHONE_NUMBER:+43 660 214 8837]]
  - name: [[PERSON:Eliza Tovsultanova]]
    matter: family reunification
    hearing: "[[DATE_TIME:2025-04-02 13:00]]"
    address: "[[ADDRESS:Eggenberger Allee 39/5]], [[ZIP_CODE:8020]] [[LOCATION:Graz]]"
    phone: [[PHONE_NUMBER:+43 676 930 4412]]""",
    """card_no,name,phone,birthday,points,store
[[ID_NUMBER:7701 0042 1187]],[[PERSON:Zalina Tedeeva]],[[PHONE_NUMBER:+7 918 838 27 41]],[[DATE_TIME:12-05]],2140,VLK-01
[[ID_NUMBER:7701 0042 3390]],[[PERSON:Luiza Aldamova]],[[PHONE_NUMBER:+7 928 911 05 64]],[[DATE_TIME:30-11]],560,GRZ-03
[[ID_NUMBER:7701 0042 5512]],[[PERSON:Oleg Kudryavtsev]],[[PHONE_NUMBER:+7 961 823 70 12]],[[DATE_TIME:01-02]],8930,VLK-01""",
]


CHAT = [
    """[10:02] Support ([[PERSON:Aisha]]): Hello and welcome to card support! How can I help?
[10:03] [[PERSON:Rustam Khamidov]]: hi my card got blocked after i paid for a hotel in [[LOCATION:Istanbul]]
[10:03] Support ([[PERSON:Aisha]]): I'm sorry about that. Could you confirm your full name and date of birth?
[10:04] [[PERSON:Rustam Khamidov]]: [[PERSON:Rustam Alievich Khamidov]], [[DATE_TIME:19.01.1987]]
[10:05] Support ([[PERSON:Aisha]]): Thank you. And the card number, please?
[10:05] [[PERSON:Rustam Khamidov]]: [[CREDIT_CARD:2200 1536 0942 7183]]
[10:07] Support ([[PERSON:Aisha]]): The block is lifted. A confirmation SMS will go to [[PHONE_NUMBER:+7 928 781-40-26]].
[10:07] [[PERSON:Rustam Khamidov]]: thanks [[PERSON:Aisha]]!""",
    """[[PERSON:Dzhabrailov]] family 👨‍👩‍👧‍👦
[[PERSON:Khava]]: Did anyone call the pension fund about Nana's payment?
[[PERSON:Ramzan]]: I went to the office in [[LOCATION:Shali]] yesterday. They say her file is still in [[LOCATION:Gudermes]]
[[PERSON:Khava]]: unbelievable. she's [[AGE:83]], she can't go there
[[PERSON:Ramzan]]: I wrote down her SNILS for them again: [[ID_NUMBER:172-385-019 67]]
[[PERSON:Milana]]: I can drive her on [[DATE_TIME:Thursday the 12th]] if they need her in person
[[PERSON:Ramzan]]: they said the clerk [[PERSON:Zaira Isaevna]] will call on [[PHONE_NUMBER:8 (87147) 2-18-44]]... thats nana's landline
[[PERSON:Khava]]: ok, thank you both ❤️""",
    """[[PERSON:Timur]] (buyer): Hello, is the Priora still for sale?
[[PERSON:Magomed]] (seller): Yes, 2013, 168 000 km, one owner
[[PERSON:Timur]] (buyer): Can I come and see it tomorrow? Where are you?
[[PERSON:Magomed]] (seller): [[ADDRESS:ul. Nuradilova 17]], [[LOCATION:Gudermes]], after 5pm
[[PERSON:Timur]] (buyer): ok. My number is [[PHONE_NUMBER:+7 938 014 22 57]] in case you need to reach me
[[PERSON:Magomed]] (seller): Good. Bring cash or I can take a transfer to the card [[CREDIT_CARD:2202 2019 8467 3158]] ([[PERSON:Magomed I.]])
[[PERSON:Timur]] (buyer): cash is fine""",
    """#site-argun-block4
[[PERSON:Lechi Mamaev]] 07:12: concrete truck is late again, who has the dispatcher's number?
[[PERSON:Vakha Gaziev]] 07:14: their office is 8 800 444 12 12, but call [[PERSON:Sultan]] directly, [[PHONE_NUMBER:+7 928 893-05-71]]
[[PERSON:Adam Shaipov]] 07:20: guys, [[PERSON:Isa]] cut his hand on the rebar, I'm taking him to the hospital in [[LOCATION:Argun]]
[[PERSON:Lechi Mamaev]] 07:21: ok. his passport copy is in the office, date of birth [[DATE_TIME:04.06.1999]]
[[PERSON:Adam Shaipov]] 09:45: stitches only, he's back on [[DATE_TIME:Monday 16 September]]
[[PERSON:Vakha Gaziev]] 09:46: alhamdulillah 🙏""",
    """Instagram DM with @fiagdon.guesthouse
[[PERSON:Natalia Orlova]]: Good evening! Do you have a room for two from [[DATE_TIME:9 to 12 October]]?
@fiagdon.guesthouse: Good evening! Yes, a double with a mountain view, 4,500 a night with breakfast. This is [[PERSON:Madina]], the owner.
[[PERSON:Natalia Orlova]]: Great. How do I pay the deposit?
@fiagdon.guesthouse: A 30% deposit to the card of my husband [[PERSON:Alan Kusov]], [[CREDIT_CARD:4279 3800 4516 7329]]. Please send me your full names and phone number.
[[PERSON:Natalia Orlova]]: [[PERSON:Natalia Orlova]] and [[PERSON:Pavel Orlov]], [[PHONE_NUMBER:+7 921 344 18 06]]. We arrive by car from [[LOCATION:Vladikavkaz]].
@fiagdon.guesthouse: Booked! The address is [[ADDRESS:ul. Lesnaya 3]], [[LOCATION:Verkhny Fiagdon]]. Call me on [[PHONE_NUMBER:+7 918 830-12-57]] when you pass [[LOCATION:Alagir]].""",
    """Live chat, mobile provider
Agent [[PERSON:Jonas]]: Hi, you're chatting with [[PERSON:Jonas]]. What can I do for you?
[[PERSON:Elina Akhmadova]]: Hello, I moved and my bills still go to the old address
Agent [[PERSON:Jonas]]: No problem. Which number is the contract for?
[[PERSON:Elina Akhmadova]]: [[PHONE_NUMBER:+49 157 3924 0815]]
Agent [[PERSON:Jonas]]: Thank you. For security, your date of birth?
[[PERSON:Elina Akhmadova]]: [[DATE_TIME:23.03.1996]]
Agent [[PERSON:Jonas]]: Confirmed. The new address?
[[PERSON:Elina Akhmadova]]: [[ADDRESS:Oranienstraße 187]], [[ZIP_CODE:10999]] [[LOCATION:Berlin]]
Agent [[PERSON:Jonas]]: Done, the next bill will go there. Have a nice day, [[PERSON:Ms Akhmadova]]!""",
    """#team-backend ([[LOCATION:Warsaw]])
[[PERSON:Piotr Zając]]: who's on call this weekend?
[[PERSON:Deni Umkhaev]]: me. if anything breaks call [[PHONE_NUMBER:+48 601 732 418]], I'm in [[LOCATION:Kraków]] but with the laptop
[[PERSON:Piotr Zając]]: 👍 btw HR asked for your PESEL again for the Multisport card
[[PERSON:Deni Umkhaev]]: sent it to [[PERSON:Kasia]] yesterday, it's [[ID_NUMBER:56093003174]]... no wait that's my dad's, mine is on my residence card, I'll bring it Monday
[[PERSON:Kasia Nowicka]]: haha got it, Monday is fine
[[PERSON:Piotr Zając]]: and the staging db is at [[IP_ADDRESS:10.14.2.31]] now, not .30""",
    lang("ce", """Ден доьзал 🏡
[[PERSON:Седа]]: Ассаламу Ӏалайкум! Ловзар [[DATE_TIME:2 августехь]] ду, [[LOCATION:Хьалха-Мартанехь]].
[[PERSON:Ӏабдул]]: ВаӀалайкум салам! Адрес яздехьа.
[[PERSON:Седа]]: [[ADDRESS:Школьни урам, 42]]. [[PERSON:Лом-Ӏаьли]] гӀеххьа хьалха вогӀур ву.
[[PERSON:Лом-Ӏаьли]]: ХӀаъ, со Ӏуьйранна [[LOCATION:Соьлжа-ГӀалара]] арадолур ву. Сан керла номер: [[PHONE_NUMBER:+7 928 944 37 10]]
[[PERSON:Ӏабдул]]: Дика ду, баркалла!"""),
]


LOOKALIKE = [
    """DELIVERY NOTE No. TN-2024-11873 of 18.09.2024
Supplier: StroyKomplekt LLC, INN 2014035529, OGRN 1092036001254, tel. 8 (8712) 29-40-00, sales@stroykomplekt-chr.ru
Consignee: site office, residential block 4, [[LOCATION:Argun]]
1. SKU CEM-M500-50, Portland cement M500, lot 24-0918-B, 40 bags, EAN 4607001771203
2. SKU REB-A12-6, rebar A500C 12 mm, heat no. 7731904, 2.4 t
3. SKU MSH-50-200, masonry mesh 50x50, pallet serial PL-0048812
Route: Staropromyslovsky Avenue, then Sheripov Street and Isaev Avenue; unloading from 07:00.
Driver: [[PERSON:Musa Elsanov]], truck [[ID_NUMBER:Е 214 КН 95]], mobile [[PHONE_NUMBER:+7 928 902 41 77]]
Quality certificate ГОСТ 31108-2020 No. 1188-24; waybill 20-0048-771203.""",
    """Release notes, booking engine 10.4.2.17 (previous: 10.4.1.9)
- Build 7f3c2a91e4b05d68a1c9 (sha1 3f9a1c7e2b4d8e60f1a5c3b9d7e2f4a6c8b0d1e3) replaces 10.4.1.9.
- Room-allocation now uses Dijkstra's algorithm; duplicate detection uses a Bloom filter and Levenshtein distance.
- New idempotency keys are UUIDs, e.g. 5b1e7c3a-9d42-4f0e-a6b8-2c17e9d3f540.
- Fixed: the availability calendar showed 29.02 in non-leap years.
- The legacy endpoint on port 8080 is now internal only; health check at /v2/health.
- Manual: ISBN 978-5-7475-0518-6, 3rd edition. Licences: serial HX-2210-4471-0093.
Support: support@booking-engine.example, +7 (495) 120-44-00 (weekdays 9:00–18:00).""",
    """CUSTOMS DECLARATION CN23
Consignment: parcel RB 4412 0983 1RU, tracking LX918204773JO
Contents: 2 × wool carpet (HS 5701.10), 1 × book, ISBN 978-5-4461-0853-4; declared value USD 140
Sender's reference: INV-2024-0771; licence no. EXP-20/2024/1193
Importer code: 1000417722 (trading company); container seal 0048812, pallet lot 24/771
Recipient: [[PERSON:Khalid Shishani]], [[ADDRESS:Building 9, Al-Quds Street]], [[LOCATION:Zarqa]], [[LOCATION:Jordan]], tel. [[PHONE_NUMBER:+962 79 330 1847]]
Customs office: Queen Alia Airport, code 1402; inspection stamp 24-11-0913.""",
    """Tour confirmation, winter 2025
Booking ref: ELB-25-03317   Voucher: V-0091274   Invoice: 2025/0118
Programme: acclimatisation walks to [[LOCATION:Cheget]], three days on the southern slope of [[LOCATION:Elbrus]]; lift passes nos. 004471–004478 (8 pcs)
Operator: Kavkaz Alpine Tours LLC, INN 1513018742, OGRN 1151513003784, licence RTO 022148
Office: Kosta Khetagurov Street, next to the Khetagurov museum; phone 8 (8672) 40-11-22, info@kavkaz-alpine.example
Rates: 6 800 RUB per person per night; transfer from Mineralnye Vody airport, flight SU 1312
Group leader: [[PERSON:Andrei Kuznetsov]], [[PHONE_NUMBER:+7 903 511 27 40]]
Equipment rental serials: SKI-2211-0487 to SKI-2211-0494; helmet lot 24-HL-77.""",
    lang("ru", """СЧЁТ НА ОПЛАТУ № 4471 от 02.10.2024
Поставщик: ООО «Фарм-Кавказ», ИНН 7709412582, КПП 770901001, ОГРН 1157746031288
Р/с 40702810400000012847, БИК 044525225, к/с 30101810400000000225
Покупатель: аптека № 12, г. [[LOCATION:Грозный]]
1. Амлодипин 5 мг, №30, серия 240918, EAN 4607001771203 — 120 уп.
2. Метформин 850 мг, №60, серия МТ-1128 — 80 уп.
Срок годности до 09.2026. Номер декларации ЕАЭС N RU Д-RU.PA01.B.18832/24.
Менеджер: [[PERSON:Бесолова Инга]], тел. +7 (495) 988-20-10, доб. 214; zakaz@farm-kavkaz.example"""),
    """Order #BK-22041 from the online bookshop
Items: "Ossetian Folk Tales" (ISBN 978-5-7475-0518-6), "Nart Sagas" (ISBN 978-5-4461-0853-4), "Chechen–Russian Dictionary" (EAN 4607001771203)
Shipping: courier, tracking 1Z 88A 41X 03 9918 2204; parcel weight 2.4 kg
Pickup point: Pushkin Street, [[LOCATION:Vladikavkaz]] (opposite the Lermontov monument), open 10:00–20:00
Customer: [[PERSON:Zarina Gazzaeva]], [[EMAIL_ADDRESS:z.gazzaeva@gmail.com]]
Promo code KOSTA165 applied; gift card GC-7701-0042 balance 0.00.""",
    """RMA request 2024-11-0381
Product: gaming console, model CFI-1216A, serial S01F5421880412, firmware 8.20.0.4 (shows as 8.20.0.4-02.00)
Controller serials: 1D 4A 2F 07 93 E1; HDMI cable lot 24/0918
Original order: 771-0048812-3309; invoice INV-ME-24-10993; tracking JD014600011223344556
Fault: overheats after 20 minutes; error code CE-108255-1
Registered owner: [[USERNAME:deni_tsaraev]] ([[EMAIL_ADDRESS:deni.tsaraev@gmail.com]])
Repair centre: service@console-repair.example, 0800 330 4477.""",
]


STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind143", STYLES, OUT)
    languages: Counter[str] = Counter(LANGUAGE.get(markup, "en") for records in STYLES.values() for markup in records)
    print("records per language:")
    for code, n in languages.most_common():
        print(f"  {code:10s} {n}")


if __name__ == "__main__":
    main()

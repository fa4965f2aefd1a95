"""Build tests/data/blind22.jsonl: a twenty-second *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind22.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, or the records of the other gold sets (every
*.jsonl set, blind_table/, and the record lists inside the make_*.py
scripts, make_blind20.py and make_blind21.py included); only the module
docstring of make_blind20.py, gold_sets.py, and the `parse()` helper of
make_handwritten.py (with its two regexes, MARK and TITLE_IN_NAME) were
read, to keep the conventions and the file format, and the closing
scaffolding of make_blind20.py (its STYLES dict and main()) and its import
lines were copied. The import lines below follow gold_sets.py (which
imports make_handwritten from the same folder). No git history was looked
at. The detector was never run on this file. Do not tune the detector
against it: once it has been used to tune, it no longer measures anything;
write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Card numbers pass Luhn and IBANs pass mod-97 with the
right length for their country, and the national check digits inside the
French, Spanish, Belgian and Portuguese IBANs are right too (worked out by
hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs and refuses a bad one).
National ids with a public check digit (NHS number, SIN, Aadhaar, BSN, CPF,
DNI and NIE, South African ID, TFN, Irish PPSN, Singapore NRIC) were given a
valid one the same way (the South African ids agree with the person's sex
and birth date where they show), and so were the look-alikes that carry one
(ISBN-13). UK NI numbers, US SSNs (no check digit), PAN, Nigerian NIN and
BVN, Kenyan ids and KRA PINs, Philippine SSS and PhilHealth numbers,
passports, licences, plates, bank account numbers and staff, student,
member, patient and loyalty numbers were not checked.

Styles (ids `blind22-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool: third-party LLM-generated "realistic
sentences with personal data", records in the manner of the public
PII-masking benchmarks (ai4privacy pii-masking-200k/300k/400k,
gretel-pii-masking-en-v1, Nemotron-PII) and labeled tables rendered as
text. About nine records in ten are in English (US, UK, Canada, Australia,
India, Ireland, South Africa, Nigeria, Kenya, Singapore, the Philippines
and New Zealand contexts, with names from the many cultures living there),
the rest in French, German, Spanish, Italian, Dutch and Portuguese:
- `gen` (90): one to four LLM-style sentences in everyday situations
  (banking, insurance, health, pharmacy, legal, schools and universities,
  HR and payroll, retail and returns, travel and hotels, telecoms,
  government services, real estate and lettings, gaming, social media,
  tech support, deliveries, gyms, vets), names at the start, middle and
  end, lowercase and possessive, ages, dates, addresses, phones and ids in
  many shapes.
- `bench` (90): dense form-like or narrative records in the manner of the
  ai4privacy, gretel and Nemotron-PII records (titles, names, sex, age,
  DOB in odd formats, job titles, employers, streets with building numbers
  and secondary addresses, cities, counties, states, zip codes, phones,
  emails, usernames, passwords, IPv4 / IPv6, user agents, MACs, account,
  IBAN and card numbers, SSNs, passports, licences, national and tax ids).
- `table` (30): one small table per record (CSV, TSV, pipes / Markdown,
  JSON lines, fixed-width) with a header row and three to five data rows;
  headers in English, some abbreviated. Every PII cell is labeled.
- `doc` (15): emails, letters, notes, minutes and call transcripts with ten
  to twenty-five labeled spans each.
- `lookalike` (15): mostly non-PII text full of identifiers that look like
  PII (order, tracking, invoice and case references, SKUs, ISBNs, versions
  shaped like IPs, hashes, UUIDs, serials, company phone numbers, eponyms,
  streets named after people without a number), with the few real PII
  values labeled; four of them have no PII at all.

Labeling conventions: the same as in make_blind20.py (and the sets before
it), whose docstring lists them in full; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any
  shape, times attached to them included; not bare years, weekdays alone,
  durations, or dates not tied to a person (sale, invoice, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, IFSC and routing numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / booking / tracking references, company
  phone numbers and role mailboxes, versions, hashes, serials, partial
  numbers ("ending 4417"), pets, eponyms and brands named after people, a
  header row.
- Calls made while writing this set, in the same spirit: in a table a
  "sex", "gender", "role", "dept" or "status" column stays unlabeled, an
  "age" column is AGE, a "country" or "state" column is LOCATION and a
  "nationality" column is NRP; a "job_title" or "occupation" field in a
  benchmark record is unlabeled like other job titles, and so are the
  "employer" and "company" fields; a building number given in its own
  field ("buildingnumber: 41") is ADDRESS like a street, and a secondary
  address field ("Apt. 7", "Suite 210") is ADDRESS; a "county" field is
  LOCATION; a time of day written with a person's date ("14 March 2024 at
  10:30") is inside the DATE_TIME span, a time alone is not; a "last
  login" timestamp of a person's account is DATE_TIME.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind22.jsonl")

GEN = [
    """Hi, my name is [[PERSON:Priya Raghunathan]] and I was charged twice for my gym membership this month. My member number is [[ID_NUMBER:GF-0048812]] and you can reach me at [[PHONE_NUMBER:(415) 882-3107]].""",
    """[[PERSON:Declan O'Sullivan]] moved into [[ADDRESS:Apartment 4, 17 Clanbrassil Street Upper]], [[LOCATION:Dublin 8]] on [[DATE_TIME:3 February 2025]] and asked the ESB to switch the account into his name.""",
    """Please confirm that the refund of $84.20 was sent back to the Visa card [[CREDIT_CARD:4539 1207 7843 2102]] and not to the PayPal account under [[EMAIL_ADDRESS:m.kowalczyk.home@gmail.com]].""",
    """The patient, a [[AGE:67]]-year-old retired teacher named [[PERSON:Gloria Mensah-Harper]], was seen by [[PERSON:Dr. Aaron Lindqvist]] on [[DATE_TIME:March 12, 2024]] for a follow-up on her blood pressure.""",
    """Our new tenant is [[PERSON:Tomasz Wiśniewski]], who will be renting the two-bedroom unit at [[ADDRESS:88 Beaconsfield Parade, Unit 6]], [[LOCATION:Albert Park]] [[LOCATION:VIC]] [[ZIP_CODE:3206]] starting [[DATE_TIME:1 July 2025]].""",
    """Can you resend the boarding pass to [[EMAIL_ADDRESS:ayodele.bankole@yahoo.co.uk]]? The booking is under [[PERSON:Ayodele Bankole]] and the flight to [[LOCATION:Lagos]] leaves on [[DATE_TIME:14/08/2025]].""",
    """I am writing to dispute a charge on my Mastercard ending in 9028. My name is [[PERSON:Harold Finch-Meyers]], and my date of birth is [[DATE_TIME:22 September 1958]].""",
    """After the accident on [[DATE_TIME:Oct. 5]], [[PERSON:Jasmine Tran]] filed a claim with her insurer and listed her driver's license number as [[US_DRIVER_LICENSE:D2417786]] ([[LOCATION:California]]).""",
    """Hey it's [[PERSON:Nomvula]] from accounts, just confirming your salary will be paid into account [[ID_NUMBER:62748193055]] at FNB from the end of this month.""",
    """The school nurse called [[PERSON:Mrs. Fatima Al-Sayed]] at [[PHONE_NUMBER:07700 913 442]] because her son [[PERSON:Yusuf]], who is [[AGE:9]], had a high temperature during PE.""",
    """Welcome aboard, [[PERSON:Rohan Mehta]]! Your employee ID is [[ID_NUMBER:EMP-204417]] and your first day is Monday, [[DATE_TIME:June 2nd]], at our [[LOCATION:Pune]] office.""",
    """My PAN is [[ID_NUMBER:BQRPK4471M]] and Aadhaar is [[ID_NUMBER:4826 1937 0522]], please link both to my demat account opened in the name of [[PERSON:Kavitha Subramanian]].""",
    """[[PERSON:Liam Brennan]] from [[LOCATION:Halifax]], [[LOCATION:Nova Scotia]] applied for the bursary and gave his SIN as [[ID_NUMBER:046 182 739]].""",
    """We couldn't deliver your parcel to [[ADDRESS:42B Marine Parade]], [[LOCATION:Napier]] [[ZIP_CODE:4110]]. Please call the depot or reply to this text; the parcel is held for [[PERSON:S. Tuhiwai]].""",
    """Thank you for contacting support, [[PERSON:Marcus]]. I've reset the password for the username [[USERNAME:mjohnson_87]], and a confirmation has been sent to [[EMAIL_ADDRESS:marcus.johnson87@outlook.com]].""",
    """The hearing for [[PERSON:Caroline Ashdown]] v. [[PERSON:Peter Ashdown]] has been listed for Thursday [[DATE_TIME:9 October 2025 at 10:00]] at the family court.""",
    """On the [[DATE_TIME:21st of April]], [[PERSON:Wanjiru Kamau]] transferred KSh 15,000 via M-Pesa from [[PHONE_NUMBER:0722 618 430]] to pay school fees for her daughter.""",
    """I'm [[PERSON:Jun Hao Lim]], [[AGE:34]], and I'd like to update my mailing address to [[ADDRESS:Blk 512 Jurong West Street 52, #09-114]], [[LOCATION:Singapore]] [[ZIP_CODE:640512]]. My NRIC is [[ID_NUMBER:S8834172D]].""",
    """Your appointment with the optometrist is confirmed for [[DATE_TIME:11/18/2025 at 3:45 PM]]. If you need to reschedule, call us; we have your number as [[PHONE_NUMBER:312-555-0198]], [[PERSON:Ms. Delgado]].""",
    """[[PERSON:angela reyes]] said she paid the deposit through GCash using [[PHONE_NUMBER:0917 884 2310]] and wants the receipt sent to [[EMAIL_ADDRESS:angelareyes.ph@gmail.com]].""",
    """The plumber, [[PERSON:Craig Dunmore]], will come round to [[ADDRESS:Flat 2, 31 Kingsway]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 2WE]] between 8 and 12 on Friday the [[DATE_TIME:14th]].""",
    """[[PERSON:Nnamdi Okafor]]'s BVN is [[ID_NUMBER:22184730651]] and his GTBank account number is [[ID_NUMBER:0127744389]]; he wants the loan disbursed there.""",
    """Please note that [[PERSON:Sophie Martin]] (born [[DATE_TIME:04.03.1991]]) is covered under policy HLT-88213 as a dependant of [[PERSON:Julien Martin]].""",
    """I locked myself out of my Xbox account, gamertag [[USERNAME:DarkHarbor77]], after someone logged in from [[IP_ADDRESS:185.220.101.44]]. Recovery email is [[EMAIL_ADDRESS:kev.obrien@hotmail.com]].""",
    """We are sorry to hear about the loss of your father, [[PERSON:Mr. Joseph Abernathy]]. To close his checking account we will need a copy of the death certificate showing the date of death, [[DATE_TIME:August 30, 2025]].""",
    """For the visa interview please bring the passport of [[PERSON:Aarav Sharma]], number [[ID_NUMBER:Z5821946]], along with proof of address such as a utility bill for [[ADDRESS:B-17, Sector 62]], [[LOCATION:Noida]] [[ZIP_CODE:201309]].""",
    """My SSN is [[US_SSN:531-84-2207]], and I need to know why my tax refund hasn't arrived. I filed on [[DATE_TIME:February 19th]].""",
    """Good morning, this is [[PERSON:Deepika]] from HDFC Bank. Your credit card application was approved and the card will be couriered to your registered address in [[LOCATION:Whitefield]], [[LOCATION:Bengaluru]].""",
    """[[PERSON:Thabo Nkosi]], ID [[ID_NUMBER:8804175214086]], was admitted to the ward on [[DATE_TIME:17 May 2025]] after a fall at his home in [[LOCATION:Soweto]].""",
    """Can you change the delivery phone number on order 1182-447 to [[PHONE_NUMBER:+61 412 907 335]]? It's for [[PERSON:Chloe Whitaker]], same address in [[LOCATION:Fremantle]].""",
    """The landlord, [[PERSON:Mr. Gurpreet Sandhu]], says rent should now be paid into [[IBAN_CODE:GB55 BARC 2003 5573 8490 21]] starting next month.""",
    """I'd like to cancel my subscription. The account email is [[EMAIL_ADDRESS:dana.whitfield@icloud.com]] and the last four digits of my card are 3429.""",
    """Our records show [[PERSON:Emeka]] turned [[AGE:18]] on [[DATE_TIME:5 December]], so his child benefit stopped and the claim was closed.""",
    """Hi [[PERSON:Maria]], I'm outside [[ADDRESS:221 W 48th St, Apt 12C]] but the buzzer isn't working. Can you come down? — your driver, [[PERSON:Samir]]""",
    """[[PERSON:Hannah Schofield]] reported her phone stolen on [[DATE_TIME:23/06/2025]]; the SIM on [[PHONE_NUMBER:07823 114 906]] has been blocked and a replacement is on its way to her address in [[LOCATION:Leeds]].""",
    """During the call the customer, [[PERSON:Mr. Ezekiel Adeyemi]], gave his date of birth as the [[DATE_TIME:2nd of November 1979]] and confirmed his postcode as [[ZIP_CODE:SE15 4RT]].""",
    """Hello, I'm a [[AGE:29]]-year-old nurse from [[LOCATION:Cebu City]] and my PRC license number is [[ID_NUMBER:0741388]]. I'm applying to work in [[LOCATION:Auckland]].""",
    """The bank flagged a login to [[PERSON:Aisha Bello]]'s online account from IP address [[IP_ADDRESS:102.89.34.211]] at 02:14, which is not her usual device.""",
    """To whom it may concern: [[PERSON:Kenji Watanabe]] has been employed at our [[LOCATION:Vancouver]] studio since [[DATE_TIME:April 15, 2021]] as a senior animator.""",
    """The vet reminded [[PERSON:Olivia Grant]] that Biscuit's vaccinations are due; they'll text her at [[PHONE_NUMBER:021 448 7713]] the week before.""",
    """[[PERSON:Brendan McCarthy]] of [[ADDRESS:RR 2, Box 118]], [[LOCATION:Moncton]], [[LOCATION:NB]] [[ZIP_CODE:E1C 4H3]] wrote in to complain about the snow clearing on his road.""",
    """Your tax return for [[PERSON:Charlotte Nguyen]] was lodged on [[DATE_TIME:28 October 2024]]; the TFN we have on file is [[ID_NUMBER:329 810 461]].""",
    """hey can u venmo me for the concert tix? it's [[USERNAME:Jake-Moreno-22]] 🙏""",
    """Flight attendant [[PERSON:Grace Otieno]] found a wallet in seat 23C belonging to a passenger whose driving licence reads [[PERSON:Wilhelmina Strauss]], born [[DATE_TIME:1962-08-30]].""",
    """Happy [[AGE:50]]th birthday to my amazing husband [[PERSON:Ravi]]! Twenty years ago today we met in [[LOCATION:Leicester]].""",
    """[[PERSON:Marguerite Lavoie]] a pris rendez-vous chez le dentiste le [[DATE_TIME:17 novembre à 14 h 30]]; on peut la joindre au [[PHONE_NUMBER:06 48 22 91 07]] ou à [[EMAIL_ADDRESS:m.lavoie@orange.fr]].""",
    """Sehr geehrter [[TITLE:Herr]] [[PERSON:Baumgartner]], Ihre neue Adresse [[ADDRESS:Lindenstraße 14, 2. OG]], [[ZIP_CODE:80331]] [[LOCATION:München]] wurde zum [[DATE_TIME:01.09.2025]] in unserem System hinterlegt.""",
    """Hola, soy [[PERSON:Lucía Fernández Ortega]], mi DNI es [[ID_NUMBER:48291736Q]] y quiero cambiar la cuenta de domiciliación a [[IBAN_CODE:ES91 2100 0418 4502 0005 1332]].""",
    """Il signor [[PERSON:Giovanni Russo]], nato a [[LOCATION:Bari]] il [[DATE_TIME:3 maggio 1971]], ha chiesto il rimborso del biglietto; il suo numero di cellulare è [[PHONE_NUMBER:+39 347 218 5590]].""",
    """[[PERSON:Sanne de Vries]] ([[AGE:41]]) heeft op [[DATE_TIME:12 maart]] haar paspoort verloren in [[LOCATION:Utrecht]]; haar BSN is [[ID_NUMBER:174293057]].""",
    """O cliente [[PERSON:João Pedro Carvalho]] pediu a segunda via da fatura para a morada [[ADDRESS:Rua de Santa Catarina, 212, 3.º Esq.]], [[ZIP_CODE:4000-447]] [[LOCATION:Porto]].""",
    """The pharmacy called to say [[PERSON:Mr. Desmond Clarke]]'s repeat prescription is ready for collection; his NHS number [[ID_NUMBER:485 777 3120]] was on the label.""",
    """I run a small Etsy shop under the name [[USERNAME:clayandcobalt]] and my personal email [[EMAIL_ADDRESS:bethany.ruiz.art@gmail.com]] was leaked in a data breach last week.""",
    """[[PERSON:Chidinma Eze]] will start her residency at the teaching hospital on [[DATE_TIME:January 6, 2026]]; her folio number with the medical council is [[ID_NUMBER:MDCN/R/88412]].""",
    """Reminder: Parent-teacher meeting for [[PERSON:Arjun Pillai]] (Grade 5) is on [[DATE_TIME:Sat 22nd Nov]]; please confirm with [[PERSON:Ms. Joseph]] on [[PHONE_NUMBER:+91 98470 22315]].""",
    """The customer said her husband, [[PERSON:Wei Zhang]], had authorised the transfer, but the account [[ID_NUMBER:1029384756]] at Westpac is in her name only.""",
    """Our driver [[PERSON:Kwame Asante]] picked up a passenger at [[ADDRESS:1600 Amphitheatre Pkwy]] and dropped them in [[LOCATION:Palo Alto]]; the rider's account is registered to [[EMAIL_ADDRESS:t.holloway@proton.me]].""",
    """Incident report: at around 9pm on [[DATE_TIME:July 4th]], [[TITLE:Officer]] [[PERSON:Reyes]] responded to a noise complaint at [[ADDRESS:3317 Bluebonnet Ln]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78704]].""",
    """My daughter [[PERSON:Ella-Rose]] is [[AGE:six]] and allergic to peanuts, so please make sure she's seated away from the nut-based dishes at the party.""",
    """[[PERSON:Siobhán Ní Bhriain]]'s PPS number is [[ID_NUMBER:6382941P]] and she's registered with the practice in [[LOCATION:Galway]] since [[DATE_TIME:March 2019]].""",
    """Ticket escalated: user [[USERNAME:r.okonkwo]] cannot connect to VPN from [[IP_ADDRESS:10.42.7.119]]; laptop asset tag LT-00931. Contact [[PERSON:Rita Okonkwo]] on ext. 4471.""",
    """We wish to inform you that [[PERSON:Andile Mthembu]] was successful in his application to the [[LOCATION:Durban]] branch and will report for duty on [[DATE_TIME:2 March 2026]].""",
    """I moved from [[LOCATION:Toronto]] to [[ADDRESS:2208-1155 Seymour Street]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6B 0J6]] and need to update my OHIP to MSP; my old health card was [[ID_NUMBER:4892 117 302 KT]].""",
    """[[PERSON:Ebony Washington]], [[AGE:38]], of [[LOCATION:Baltimore]] was named employee of the month for her work in the billing department.""",
    """Please add my partner, [[PERSON:Connor Fitzgerald]], to the lease at [[ADDRESS:15/3 Ponsonby Road]], [[LOCATION:Auckland]] [[ZIP_CODE:1011]]. His phone is [[PHONE_NUMBER:+64 27 551 8820]].""",
    """The hotel has you down as [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Okoro]] checking in on [[DATE_TIME:December 23]] and out on [[DATE_TIME:December 27]].""",
    """Could someone from IT look at my Outlook? I'm [[PERSON:Bukola]] in procurement and my login is [[USERNAME:bukola.adeyinka]]; the error started this morning.""",
    """Dear valued customer, your parcel for [[PERSON:Ananya Iyer]] will be delivered to [[ADDRESS:Flat 7, Shanti Apartments, 14 Residency Road]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560025]] today between 2 and 6 PM.""",
    """[[PERSON:Olusegun]] said he's [[AGE:forty-two]] but looks younger, and that he's been living in [[LOCATION:Peckham]] since he came over from [[LOCATION:Ibadan]].""",
    """Thanks for your order, [[PERSON:Rachel]]! We'll charge the Amex card [[CREDIT_CARD:3782 823041 74905]] once the item ships to [[ADDRESS:45 Hawthorne Ave]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04103]].""",
    """Reported by [[PERSON:Fiona MacLeod]]: someone using the handle [[USERNAME:northern_lass_92]] has been impersonating her on Instagram and messaging her friends.""",
    """The mortgage advisor, [[PERSON:Mr. Imran Qureshi]], needs payslips for [[PERSON:Zainab Qureshi]] and confirmation of her start date of [[DATE_TIME:14th January 2022]].""",
    """According to the intake form, [[PERSON:Jorge Castillo]] was born on [[DATE_TIME:Nov 2, 1985]] and his emergency contact is his sister [[PERSON:Marisol]] at [[PHONE_NUMBER:(786) 204-5517]].""",
    """[[PERSON:Bongani]] wants to know whether his UIF payout has been approved; his reference is UI-2291-77 and his ID number is [[ID_NUMBER:7506116329086]].""",
    """Sorry I missed your call — I'm at the vet with the dog. Text me on [[PHONE_NUMBER:0412 339 871]] and I'll ring back after 5. [[PERSON:Tash]]""",
    """A [[AGE:17]]-year-old from [[LOCATION:Kisumu]], [[PERSON:Brian Ochieng]], won the national science fair with his water filter project.""",
    """Your Medicare claim for [[PERSON:Lachlan Hughes]] has been processed and $39.75 will be paid into the account ending 418.""",
    """[[PERSON:Meera]] asked whether we could move her session from [[DATE_TIME:Tuesday 3 June]] to the following week because she has an exam.""",
    """Can you update the emergency contact for [[PERSON:Tiago Almeida]]? It should be his wife [[PERSON:Beatriz]], [[PHONE_NUMBER:+351 912 448 307]].""",
    """The application from [[PERSON:Nguyen Thi Hoa]], a [[NRP:Vietnamese]] national, was received on [[DATE_TIME:5/9/2025]] and passed to the caseworker.""",
    """hi this is [[PERSON:kelsey]] i ordered the blue hoodie but got a red one, my order went to [[ADDRESS:902 E Olive St]] [[LOCATION:Springfield]] [[LOCATION:MO]] [[ZIP_CODE:65806]]""",
    """Records indicate [[PERSON:Dr. Farah Siddiqui]] joined the cardiology team at our [[LOCATION:Karachi]] campus in [[DATE_TIME:September 2018]] and has an NPI on file in the US as well: [[ID_NUMBER:1487293650]].""",
    """The player known as [[USERNAME:xXShadowFoxXx]] was banned for cheating; the account was linked to [[EMAIL_ADDRESS:tyler.brooks2009@gmail.com]] and IP [[IP_ADDRESS:73.162.48.201]].""",
    """[[PERSON:Tan Mei Ling]] would like to claim the S$500 SkillsFuture credit for her course starting [[DATE_TIME:8 January 2026]].""",
    """Just a heads-up: [[PERSON:Callum]]'s [[AGE:21]]st is on the [[DATE_TIME:19th]], and we're doing drinks at the pub on Saturday.""",
    """Per our conversation, [[PERSON:Miguel Ángel Torres]] will wire the deposit for the condo at [[ADDRESS:500 Brickell Key Dr, Unit 1807]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33131]] by close of business.""",
    """The dental practice has [[PERSON:Aoife Kavanagh]]'s date of birth wrong; it should be [[DATE_TIME:30/01/1994]], not [[DATE_TIME:01/30/1994]].""",
    """[[PERSON:Joy Adebayo]] reports that her Airtel line [[PHONE_NUMBER:0802 339 1174]] was ported to another network without her consent on [[DATE_TIME:15 August]].""",
    """We've received your passport renewal. The old passport ([[US_PASSPORT:586204917]]) in the name of [[PERSON:Patricia Gomez]] will be returned separately.""",
    """I, [[PERSON:Samuel Tshabalala]], authorise Discovery to debit my account for the monthly premium, starting [[DATE_TIME:1 October]].""",
]


BENCH = [
    """Dear [[PERSON:Mrs. Kathleen Brightwater]], your account at Lakeshore Credit Union has been updated. Account number: [[ID_NUMBER:88104427631]]. Registered address: [[ADDRESS:4471 Orchard Hill Rd]], [[ADDRESS:Suite 210]], [[LOCATION:Grand Rapids]], [[LOCATION:Kent County]], [[LOCATION:MI]] [[ZIP_CODE:49506]]. If you did not request this change, call [[PHONE_NUMBER:616.555.0173]].""",
    """Name: [[PERSON:Devontae Harris]] | Sex: Male | Age: [[AGE:27]] | DOB: [[DATE_TIME:1998-02-11]] | SSN: [[US_SSN:412-67-9031]] | Phone: [[PHONE_NUMBER:(404) 771-2290]] | Email: [[EMAIL_ADDRESS:dharris98@gmail.com]] | Address: [[ADDRESS:1187 Peachtree St NE, Apt 5]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]]""",
    """User [[USERNAME:lkovacs_91]] last logged in on [[DATE_TIME:03/17/2025 22:41]] from IP [[IP_ADDRESS:91.204.118.37]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36. The password was changed to Tr33house!88 shortly after.""",
    """As part of the onboarding, [[PERSON:Mx. Riley Castellanos]], Senior Data Analyst, provided the following: personal email [[EMAIL_ADDRESS:riley.castellanos@fastmail.com]], mobile [[PHONE_NUMBER:+1-720-555-0146]], home address [[ADDRESS:2950 Larimer Street]], [[ADDRESS:Unit 304]], [[LOCATION:Denver]], [[LOCATION:CO]] [[ZIP_CODE:80205]], and direct deposit to routing 102000021, account [[ID_NUMBER:4410028817]].""",
    """Patient [[PERSON:Margaret O'Hare]], [[AGE:72]] y/o female, MRN [[ID_NUMBER:00483217]], was admitted on [[DATE_TIME:11-Feb-2025]] with shortness of breath. Next of kin: [[PERSON:Brian O'Hare]] (son), [[PHONE_NUMBER:087 331 4409]]. Address: [[LOCATION:Ballinakill]], Co. [[LOCATION:Laois]], [[ZIP_CODE:R32 X7K4]].""",
    """Hi [[PERSON:Oluwadamilare]], thanks for registering for the hackathon! Your team handle is [[USERNAME:dami_codes]] and we'll send the wifi credentials to [[EMAIL_ADDRESS:damilare.oke@unilag.edu.ng]]. Please bring a photo ID showing your date of birth ([[DATE_TIME:19/07/2003]]).""",
    """Transaction alert: A payment of £1,249.00 was made from the account of [[PERSON:Mr. Alistair Pemberton]] (IBAN [[IBAN_CODE:GB23 MIDL 4005 1572 9938 14]]) to [[PERSON:Harriet Vaughan]] on [[DATE_TIME:2024-12-02]]. Device IP: [[IP_ADDRESS:82.132.229.14]].""",
    """Claim summary — Policyholder: [[PERSON:Samantha Kowalski]]; DOB: [[DATE_TIME:June 4th, 1976]]; Driver's License: [[US_DRIVER_LICENSE:K412-5583-9920]] ([[LOCATION:IL]]); Vehicle: 2019 Honda CR-V, plate [[ID_NUMBER:CV 48213]]; Date of loss: [[DATE_TIME:08/22/2025]]; Location: I-55 northbound near exit 277, [[LOCATION:Springfield]], [[LOCATION:IL]].""",
    """The investigator reached [[PERSON:Ms. Temperance Abara]], [[AGE:45]], at her residence at [[ADDRESS:17 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]. She gave her NIN as [[ID_NUMBER:48217730519]] and her phone as [[PHONE_NUMBER:+234 803 117 4420]].""",
    """Please find the payroll adjustment for employee [[ID_NUMBER:E-77821]], [[PERSON:Hiroshi Tanaka]], job title Logistics Coordinator. New bank details: [[IBAN_CODE:DE73 5001 0517 5407 3298 41]], BIC INGDDEFFXXX. Effective [[DATE_TIME:1st of September 2025]].""",
    """Your Bitcoin withdrawal to [[ID_NUMBER:bc1q9h7garjk4p0x2mwz8lsnv6dqxe3uyc5tfr2k8a]] has been initiated. Account holder: [[PERSON:Elliot Marsh]], username [[USERNAME:emarsh.crypto]], verified with passport [[US_PASSPORT:A12984470]].""",
    """Student record: [[PERSON:Priyanka Venkataraman]], student ID [[ID_NUMBER:2023CS0417]], born [[DATE_TIME:14.10.2004]], residing at [[ADDRESS:No. 23, 4th Cross, Malleshwaram]], [[LOCATION:Bengaluru]], [[LOCATION:Karnataka]] [[ZIP_CODE:560003]]. Guardian: [[PERSON:Mr. Venkataraman Subbiah]], [[PHONE_NUMBER:+91 80 2334 1187]].""",
    """Attention [[PERSON:Lorenzo]], your ride to [[ADDRESS:750 Kearny St]] has been scheduled for [[DATE_TIME:Nov 21 at 6:15 AM]]. Driver: [[PERSON:Abdi Farah]], vehicle plate [[ID_NUMBER:8NJK204]]. Payment: card ending 5533.""",
    """The subject, [[PERSON:Catalina Restrepo]], a [[NRP:Colombian]] citizen aged [[AGE:33]], entered the country on [[DATE_TIME:2025-04-09]] with passport [[ID_NUMBER:AV482197]] and declared her address as [[ADDRESS:310 Bay Street, Unit 1402]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5H 2R2]].""",
    """Order confirmation for [[PERSON:Gemma Thornton]]: ship to [[ADDRESS:Flat 12, Riverside Court]], [[ADDRESS:8 Quayside]], [[LOCATION:Newcastle upon Tyne]], [[LOCATION:Tyne and Wear]] [[ZIP_CODE:NE1 3DX]]. Billing card [[CREDIT_CARD:5312 4407 9516 6388]], exp 09/27. Contact: [[PHONE_NUMBER:0191 498 0372]].""",
    """Good evening [[PERSON:Dr. Nkechi Obi]], we noticed a sign-in to your portal account ([[EMAIL_ADDRESS:nkechi.obi@luth.org.ng]]) from a new device: iPhone; iOS 17.4; Safari. IP address [[IP_ADDRESS:197.210.54.88]], location [[LOCATION:Abuja]].""",
    """Title: [[TITLE:Rev.]] Name: [[PERSON:Thomas Elwood Fairbanks]] Gender: M Age: [[AGE:61]] Occupation: Parish minister Street: [[ADDRESS:9 Church Lane]] City: [[LOCATION:Harrogate]] County: [[LOCATION:North Yorkshire]] Postcode: [[ZIP_CODE:HG1 2QR]] Tel: [[PHONE_NUMBER:01423 502 118]]""",
    """In [[DATE_TIME:March/2023]], [[PERSON:Kaveh Rostami]] opened a brokerage account with the username [[USERNAME:krostami_invest]] and linked it to his checking account [[ID_NUMBER:000732198840]]. His SSN on file is [[US_SSN:609-22-4817]].""",
    """Booking for [[PERSON:Ms. Leilani Kahale]] and [[PERSON:Mr. Keoni Kahale]], arriving [[DATE_TIME:12/26/2025]], departing [[DATE_TIME:01/02/2026]]. Contact: [[EMAIL_ADDRESS:leilani.k@hawaiiantel.net]], [[PHONE_NUMBER:808-555-0129]]. Home: [[ADDRESS:94-1032 Waipahu St]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]].""",
    """The employee [[PERSON:Chukwuemeka Nwosu]] (staff no. [[ID_NUMBER:NB-30418]]) has requested a salary advance. Tax ID: [[ID_NUMBER:20184755-0001]]. Home address: [[ADDRESS:Plot 14, Ada George Road]], [[LOCATION:Port Harcourt]], [[LOCATION:Rivers State]].""",
    """Account recovery request: username [[USERNAME:sunny.k.dhillon]], registered email [[EMAIL_ADDRESS:sunnyd1987@rediffmail.com]], phone [[PHONE_NUMBER:+44 7911 482 306]], date of birth [[DATE_TIME:7th Aug 1987]]. Last successful login from [[IP_ADDRESS:2a02:c7c:3ab1:4e00:8d1:2f3e:91c0:a7b4]].""",
    """Dear [[PERSON:Sipho]], your KYC has been completed. ID number: [[ID_NUMBER:9305145820084]]. Registered mobile: [[PHONE_NUMBER:082 447 1193]]. Address: [[ADDRESS:Unit 12, Sunnyside Gardens]], [[ADDRESS:88 Jan Smuts Ave]], [[LOCATION:Craighall]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2196]].""",
    """Shipping label — To: [[PERSON:Ricardo Alvarez]], [[ADDRESS:PO Box 8812]], [[LOCATION:Las Cruces]], [[LOCATION:NM]] [[ZIP_CODE:88006]]. From: [[PERSON:Eun-ji Park]], [[ADDRESS:2200 Wilshire Blvd Ste 1500]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90057]].""",
    """The whistleblower, identified internally as [[PERSON:Victoria Adeyemi-Stone]] (employee #[[ID_NUMBER:40917]]), reported the misconduct on Tuesday, [[DATE_TIME:14 January 2025]]; her personal number is [[PHONE_NUMBER:07456 221 903]].""",
    """Membership renewal — [[PERSON:Mr. Ashok Patel]], member ID [[ID_NUMBER:CLB-009874]], aged [[AGE:58]], address [[ADDRESS:41 Belgrave Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 6AR]]. Payment by card [[CREDIT_CARD:4917 6112 9005 5316]].""",
    """[[PERSON:Isabella Moretti]] reported that on [[DATE_TIME:5/14/2025]] her account [[USERNAME:bella_moretti_22]] was accessed from [[IP_ADDRESS:45.133.172.9]] ([[LOCATION:Amsterdam]]) and her recovery phone was changed to [[PHONE_NUMBER:+31 6 4418 2097]].""",
    """Applicant: [[PERSON:Rafael dos Santos Lima]], CPF [[ID_NUMBER:382.916.047-03]], nascido em [[DATE_TIME:23/05/1990]], residente na [[ADDRESS:Avenida Paulista, 1578, apto 92]], [[LOCATION:São Paulo]] - [[LOCATION:SP]], CEP [[ZIP_CODE:01310-200]]. Telefone: [[PHONE_NUMBER:(11) 98422-3106]].""",
    """Client: [[TITLE:Herr]] [[TITLE:Dr.]] [[PERSON:Matthias Köhler]], geb. [[DATE_TIME:02.11.1968]], wohnhaft [[ADDRESS:Goethestraße 27]], [[ZIP_CODE:60313]] [[LOCATION:Frankfurt am Main]]. Kontoverbindung: [[IBAN_CODE:DE74 1203 0000 1059 4837 26]]. E-Mail: [[EMAIL_ADDRESS:m.koehler@t-online.de]].""",
    """Nom : [[PERSON:Dubois]] Prénom : [[PERSON:Camille]] Date de naissance : [[DATE_TIME:12/09/1985]] Adresse : [[ADDRESS:14 rue des Lilas, Bât. B]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]] Téléphone : [[PHONE_NUMBER:07 61 33 28 94]] IBAN : [[IBAN_CODE:FR76 3000 4008 2300 0104 5872 167]]""",
    """Estimado [[TITLE:Sr.]] [[PERSON:Alejandro Gutiérrez]], le informamos que su solicitud con NIE [[ID_NUMBER:Y3842917E]] fue aprobada el [[DATE_TIME:15 de octubre de 2025]]. Dirección registrada: [[ADDRESS:Calle de Alcalá 214, 3º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]].""",
    """Spett.le [[PERSON:Chiara Bianchi]], la informiamo che il pagamento con carta [[CREDIT_CARD:5521 3044 7781 9028]] del [[DATE_TIME:2 giugno]] è stato rifiutato. Per assistenza scriva a [[EMAIL_ADDRESS:chiara.bianchi82@libero.it]].""",
    """Naam: [[PERSON:Pieter van den Berg]], geboortedatum [[DATE_TIME:9-4-1979]], adres [[ADDRESS:Keizersgracht 412-III]], [[ZIP_CODE:1016 GC]] [[LOCATION:Amsterdam]], rekeningnummer [[IBAN_CODE:NL39 RABO 0317 6498 12]], telefoon [[PHONE_NUMBER:06-28419973]].""",
    """Hello [[PERSON:Ms. Aroha Ngata]], your IRD refund will be paid to the account you nominated on [[DATE_TIME:22/07/2025]]. Your MyIR username is [[USERNAME:arohangata]] and your registered address is [[ADDRESS:18 Kahikatea Drive]], [[LOCATION:Frankton]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]].""",
    """Security log: failed password attempts for [[USERNAME:jpereira]] (display name [[PERSON:Joana Pereira]]) from [[IP_ADDRESS:188.81.44.203]] and [[IP_ADDRESS:188.81.44.207]] between 03:10 and 03:14. Account locked. Notify [[EMAIL_ADDRESS:joana.pereira@sapo.pt]].""",
    """[[TITLE:Cpt.]] [[PERSON:Marcus Oyelaran]] of [[ADDRESS:22 Barrack Road]], [[LOCATION:Aldershot]] [[ZIP_CODE:GU11 1PS]], aged [[AGE:39]], service number [[ID_NUMBER:30118472]], requested leave from [[DATE_TIME:20 Dec]] to [[DATE_TIME:3 Jan]].""",
    """Hi! I'm [[PERSON:Lakshmi Narayanan]], a freelance UX designer. Portfolio: [[URL:https://lakshminarayanan.design]] · LinkedIn: [[URL:https://www.linkedin.com/in/lakshmi-narayanan-ux]] · Based in [[LOCATION:Chennai]] · Reach me at [[EMAIL_ADDRESS:hello@lakshminarayanan.design]].""",
    """Emergency contact form — Child: [[PERSON:Mateo Silva]], age [[AGE:7]], DOB [[DATE_TIME:2018/03/29]]. Parent/guardian: [[PERSON:Daniela Silva]], mobile [[PHONE_NUMBER:(562) 555-0182]], work [[PHONE_NUMBER:(562) 555-0140 ext. 22]]. Address: [[ADDRESS:1420 Cherry Ave, Apt B]], [[LOCATION:Long Beach]], [[LOCATION:CA]] [[ZIP_CODE:90813]].""",
    """Your payment of KES 4,500 to [[PERSON:Grace Wambui]] [[PHONE_NUMBER:0711 204 689]] was successful on [[DATE_TIME:4/6/25 at 7:42 PM]]. New M-PESA balance is KES 12,310. Transaction cost KES 33.""",
    """Loan application #LA-55120: Borrower [[PERSON:Kenneth Adjei]], [[AGE:44]], employed as Civil Engineer since [[DATE_TIME:February 2015]]. Co-borrower [[PERSON:Abena Adjei]]. Property: [[ADDRESS:63 Willowbrook Crescent]], [[LOCATION:Brampton]], [[LOCATION:Ontario]] [[ZIP_CODE:L6Z 3K9]]. SIN: [[ID_NUMBER:527 340 194]].""",
    """On [[DATE_TIME:September 3rd]], [[PERSON:Ms. Ingrid Solberg]] emailed hr@nordlysconsulting.no from [[EMAIL_ADDRESS:ingrid.solberg@gmail.com]] asking to correct her tax card; her phone is [[PHONE_NUMBER:+47 912 44 308]].""",
    """Hey [[PERSON:Jordan]]! Your new Steam Guard code was requested from [[IP_ADDRESS:24.85.192.16]]. If this wasn't you, secure your account [[USERNAME:jordan_plays_cs]] now.""",
    """[[PERSON:Aminata Diallo]], [[NRP:Senegalese]], born [[DATE_TIME:1 January 1995]] in [[LOCATION:Thiès]], has applied for a student permit to study at a college in [[LOCATION:Montreal]]; passport [[ID_NUMBER:A02718394]].""",
    """Tenant screening report for [[PERSON:Bradley Kingston]]: current address [[ADDRESS:812 Magnolia Court]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31405]]; previous address [[ADDRESS:77 Pine Street, Apt 3]], [[LOCATION:Charleston]], [[LOCATION:SC]] [[ZIP_CODE:29401]]; SSN [[US_SSN:247-81-3360]]; monthly income $5,200.""",
    """The device with MAC 3C:22:FB:9A:17:04 and IP [[IP_ADDRESS:192.168.1.54]] belongs to [[PERSON:Noura Haddad]] ([[EMAIL_ADDRESS:noura.haddad@outlook.com]]); it was flagged for unusual traffic.""",
    """MEDICAL RECORD — Patient: [[PERSON:Harold J. Whitcombe]] | MRN: [[ID_NUMBER:MRN-7730192]] | DOB: [[DATE_TIME:04/09/1951]] | Health plan beneficiary no.: [[ID_NUMBER:HPB-55810347-02]] | Blood type: O+ | Attending: [[PERSON:Dr. Selina Ashworth]] | Visit date: [[DATE_TIME:2025-06-18]] | Phone: [[PHONE_NUMBER:(503) 555-0161]]""",
    """In accordance with the agreement signed on [[DATE_TIME:the fourteenth day of March, 2024]], [[PERSON:Eleanor Vance-Whitley]] of [[ADDRESS:2 Mulberry Row]], [[LOCATION:Cirencester]], [[LOCATION:Gloucestershire]] [[ZIP_CODE:GL7 1BN]] (the "Lessor") agrees to lease the premises to [[PERSON:Daniel Osei]] (the "Lessee").""",
    """customer_id: [[ID_NUMBER:CUST-00918273]]; first_name: [[PERSON:Mariana]]; last_name: [[PERSON:Quispe]]; date_of_birth: [[DATE_TIME:1989-12-03]]; street_address: [[ADDRESS:4507 Vista del Mar]]; city: [[LOCATION:San Diego]]; state: [[LOCATION:CA]]; postcode: [[ZIP_CODE:92109]]; phone_number: [[PHONE_NUMBER:619-555-0137]]; email: [[EMAIL_ADDRESS:mquispe89@yahoo.com]]""",
    """The contractor [[PERSON:Thomas Okwuosa]] (certificate/license no. [[ID_NUMBER:ELC-2019-44812]]) completed the rewiring at [[ADDRESS:16 Regent Terrace]], [[LOCATION:Cheltenham]] on [[DATE_TIME:17/03/2025]]. Homeowner: [[PERSON:Mrs. Penelope Hartley]], [[PHONE_NUMBER:01242 588 214]].""",
    """[[PERSON:Keisha Robinson]], a [[AGE:31]]-year-old Black woman from [[LOCATION:Newark]], [[LOCATION:New Jersey]], has been a member of the [[NRP:Democratic]] Party since she turned [[AGE:18]]. She can be reached at [[EMAIL_ADDRESS:keisha.r.robinson@gmail.com]].""",
    """Vehicle registration: [[ID_NUMBER:KDA 482J]]; Owner: [[PERSON:Peter Njoroge Kariuki]]; ID No.: [[ID_NUMBER:28419377]]; KRA PIN: [[ID_NUMBER:A004812736Q]]; Postal address: [[ADDRESS:P.O. Box 41822]]-[[ZIP_CODE:00100]], [[LOCATION:Nairobi]]; Tel: [[PHONE_NUMBER:+254 722 481 903]].""",
    """Hi there, I'm [[PERSON:Beatrix Holloway]] and I'm a [[AGE:26]] year old nurse living in [[LOCATION:Brisbane]]. My Medicare number is [[ID_NUMBER:2953 41822 1]] and my address is [[ADDRESS:5/22 Vulture Street]], [[LOCATION:West End]] [[LOCATION:QLD]] [[ZIP_CODE:4101]].""",
    """Account: [[USERNAME:guilherme.azevedo]] Password: Gu1lh3rme#2024 Email: [[EMAIL_ADDRESS:g.azevedo@uol.com.br]] Last IP: [[IP_ADDRESS:177.92.13.245]] User-Agent: Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36""",
    """We are pleased to offer [[PERSON:Ms. Adaeze Nwankwo]] the position of Regional Sales Manager with a start date of Monday, [[DATE_TIME:3rd November 2025]]. Please return the signed copy to [[PERSON:Gareth Pryce]], HR Business Partner, at [[EMAIL_ADDRESS:gareth.pryce@halcyonfoods.co.uk]].""",
    """ATTN: [[PERSON:Rodrigo Benítez]], [[ADDRESS:RR 1 Box 44A]], [[LOCATION:Alamogordo]], [[LOCATION:NM]] [[ZIP_CODE:88310]]. Your jury summons is for [[DATE_TIME:January 12, 2026 at 8:30 a.m.]] Juror ID: [[ID_NUMBER:J-2026-004417]].""",
    """Credit report excerpt: [[PERSON:LINDSAY ANNE MCGREGOR]], SSN XXX-XX-4471, DOB [[DATE_TIME:07/1983]], current address [[ADDRESS:3308 N Racine Ave, Unit 2F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60657]], at this address since [[DATE_TIME:10/2021]]; former address [[ADDRESS:19 Elm St]], [[LOCATION:Oak Park]], [[LOCATION:IL]] [[ZIP_CODE:60302]].""",
    """[[PERSON:Santiago Herrera]], [[AGE:52]], teacher, [[NRP:Catholic]], married with three kids, lives at [[ADDRESS:Carrera 7 # 45-12, Apto 301]], [[LOCATION:Bogotá]]. His cédula is [[ID_NUMBER:79.441.208]] and his WhatsApp is [[PHONE_NUMBER:+57 310 448 2290]].""",
    """Hotel guest: [[PERSON:Mr. Rajesh Kumar Gupta]]; Passport: [[ID_NUMBER:N4471826]]; Nationality: [[NRP:Indian]]; Arrival: [[DATE_TIME:26-Dec-2025]]; Departure: [[DATE_TIME:31-Dec-2025]]; Room 1412; Card guarantee: [[CREDIT_CARD:4790 1827 3659 3429]]; Mobile: [[PHONE_NUMBER:+91 99100 48321]].""",
    """Support chat transcript summary: the customer, [[PERSON:Olivia Chen-Ramirez]], contacted us on [[DATE_TIME:2025-09-30 14:02]] about her router. Account no. [[ID_NUMBER:9004418827]], service address [[ADDRESS:1819 Granville Ave]], [[LOCATION:Richmond]], [[LOCATION:BC]] [[ZIP_CODE:V6Y 1L9]]. Public IP assigned: [[IP_ADDRESS:24.114.88.207]].""",
    """The defendant, [[PERSON:Darnell Lamar Jackson]], born [[DATE_TIME:March 8, 1994]], of [[ADDRESS:1501 Walnut St, Apt 9]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19102]], appeared before [[TITLE:Judge]] [[PERSON:Miriam Feld]] on [[DATE_TIME:October 28, 2025]].""",
    """Dear [[TITLE:Professor]] [[PERSON:Amaka Chukwu]], this is to confirm your registration for the conference in [[LOCATION:Nairobi]]. Your badge will read "[[PERSON:Prof. A. Chukwu]], University of Nigeria". Dietary requirement: vegetarian. Arrival Sunday [[DATE_TIME:8 February]].""",
    """Name=[[PERSON:Jessica Lambert]]; Email=[[EMAIL_ADDRESS:jess.lambert@me.com]]; Phone=[[PHONE_NUMBER:+1 (617) 555-0109]]; Card=[[CREDIT_CARD:6011 0492 8377 1161]]; Exp=04/28; CVV=771; Billing ZIP=[[ZIP_CODE:02139]]; IP=[[IP_ADDRESS:73.38.211.6]]""",
    """[[PERSON:Mohammed Al-Farsi]] was born on the [[DATE_TIME:3rd of Ramadan 1410 AH]] in [[LOCATION:Muscat]] and moved to [[LOCATION:Leeds]] in 2012; he now lives at [[ADDRESS:47 Harehills Lane]], [[LOCATION:Leeds]] [[ZIP_CODE:LS8 4HB]] with his wife.""",
    """Enrollment: [[PERSON:Maximilian Brandt]], Student-ID [[ID_NUMBER:S-2024-11873]], Semester start [[DATE_TIME:Oct 14, 2024]], home address [[ADDRESS:Kastanienallee 8, Whg. 3]], [[ZIP_CODE:10435]] [[LOCATION:Berlin]], [[LOCATION:Germany]], mobile [[PHONE_NUMBER:+49 151 2284 9917]].""",
    """The winner of this month's prize draw is [[PERSON:Mr. Hyun-woo Baek]] from [[LOCATION:Burnaby]]! We've emailed [[EMAIL_ADDRESS:hw.baek@shaw.ca]] with instructions; please reply with your date of birth and the last four digits of your phone to claim.""",
    """Ship to: [[PERSON:Kylie Tremblay]] · [[ADDRESS:1234 Rue Sainte-Catherine O, App. 808]] · [[LOCATION:Montréal]] [[LOCATION:QC]] [[ZIP_CODE:H3G 1P1]] · [[LOCATION:Canada]] · [[PHONE_NUMBER:514-555-0192]] · Gift message: Happy [[AGE:30]]th, sis! ❤️""",
    """Audit trail: [[DATE_TIME:12 Jun 2025 09:14]] — record of [[PERSON:Fergus Campbell]] (CHI [[ID_NUMBER:1204771359]]) viewed by user [[USERNAME:nhsg.jmurray]] from workstation IP [[IP_ADDRESS:10.118.4.52]].""",
    """Tenant: [[PERSON:Ikechukwu Obiora]]; Guarantor: [[TITLE:Chief]] [[PERSON:Emmanuel Obiora]]; Property: [[ADDRESS:Flat 3, Block C, 1004 Estate]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]; Lease start: [[DATE_TIME:01/11/2025]]; Rent: ₦4,800,000 per annum; Guarantor phone: [[PHONE_NUMBER:0803 300 4418]].""",
    """The [[AGE:85]]-year-old widow [[PERSON:Dorothy Pickering]] of [[LOCATION:Scarborough]] lost £14,000 after a caller claiming to be from her bank persuaded her to move money into account [[ID_NUMBER:71228830]], sort code 20-45-77.""",
    """Register entry — Child: [[PERSON:Aaliyah Begum]]; DOB: [[DATE_TIME:11.02.2019]]; UPN: [[ID_NUMBER:K820194771024]]; Parent: [[PERSON:Mrs. Shahida Begum]]; Address: [[ADDRESS:27 Green Street]], [[LOCATION:Forest Gate]], [[LOCATION:London]] [[ZIP_CODE:E7 8DA]]; Phone: [[PHONE_NUMBER:020 8552 7719]]; Religion: [[NRP:Muslim]].""",
    """[[PERSON:Chinonso]] 🌸 | [[AGE:24]] | [[LOCATION:Enugu]] → [[LOCATION:London]] | nursing student | IG: [[USERNAME:chinonso.writes]] | business enquiries [[EMAIL_ADDRESS:chinonsowrites@gmail.com]]""",
    """Policy renewal — Insured: [[PERSON:Graham Fletcher]] and [[PERSON:Julie Fletcher]]; Risk address: [[ADDRESS:The Old Forge]], [[ADDRESS:3 Mill Lane]], [[LOCATION:Great Shelford]], [[LOCATION:Cambridgeshire]] [[ZIP_CODE:CB22 5EH]]. Renewal premium: £612.40 (buildings and contents).""",
    """Data subject access request received from [[PERSON:Anneke Visser]] ([[EMAIL_ADDRESS:anneke.visser@ziggo.nl]]) on [[DATE_TIME:27 August 2025]]. Customer number [[ID_NUMBER:NL-4402918]]. Response due within one month.""",
    """[[PERSON:Mr Paul Hendricks]] of [[ADDRESS:14 Main Road]], [[LOCATION:Kalk Bay]], [[LOCATION:Cape Town]] [[ZIP_CODE:7975]] applied on behalf of his daughter, [[PERSON:Leah Hendricks]] (ID [[ID_NUMBER:0102150917080]]), born [[DATE_TIME:15 February 2001]], who is studying in [[LOCATION:Stellenbosch]].""",
    """Driver: [[PERSON:Tyrone Mitchell]], DL# [[US_DRIVER_LICENSE:M243-118-94-557-0]] ([[LOCATION:FL]]), DOB [[DATE_TIME:9/17/1990]], ht 6'1", eyes BRN, address [[ADDRESS:7720 SW 88th St, Apt 304]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33156]].""",
    """Hello, my name is [[PERSON:Rosalind Achterberg]], I am [[AGE:63]] years old and I would like to apply for the senior discount. My pension number is [[ID_NUMBER:PEN-00871243]] and my address is [[ADDRESS:Unit 4, 118 Ocean Street]], [[LOCATION:Narrabeen]] [[LOCATION:NSW]] [[ZIP_CODE:2101]].""",
    """Le patient [[TITLE:M.]] [[PERSON:Olivier Rousseau]], [[AGE:58]] ans, n° de sécurité sociale [[ID_NUMBER:1 67 03 75 114 082 15]], a été hospitalisé du [[DATE_TIME:3 au 7 juin 2025]]. Médecin traitant : [[TITLE:Dr]] [[PERSON:Hélène Marchand]], [[PHONE_NUMBER:01 42 77 18 03]].""",
    """Betreff: Kündigung — [[TITLE:Frau]] [[PERSON:Sabine Hoffmann]], Kundennummer [[ID_NUMBER:KD-7781204]], [[ADDRESS:Am Rosengarten 5]], [[ZIP_CODE:50667]] [[LOCATION:Köln]], kündigt ihren Vertrag zum [[DATE_TIME:31.12.2025]]. Rückfragen unter [[PHONE_NUMBER:0221 4418 2290]].""",
    """Paciente: [[PERSON:Valentina Rojas Méndez]], [[AGE:36]] años, RUT [[ID_NUMBER:16.842.391-8]], fecha de ingreso [[DATE_TIME:04/10/2025]], domicilio [[ADDRESS:Av. Providencia 1208, depto 1104]], [[LOCATION:Providencia]], [[LOCATION:Santiago]]. Correo: [[EMAIL_ADDRESS:vale.rojas.m@gmail.com]].""",
    """Gentile [[TITLE:Dott.]] [[PERSON:Alessandro Ferri]], la sua prenotazione presso l'hotel per il [[DATE_TIME:14-16 novembre]] è confermata. Documento: carta d'identità [[ID_NUMBER:CA48217FK]]; codice fiscale [[ID_NUMBER:FRRLSN77H12F205O]]; telefono [[PHONE_NUMBER:+39 02 4819 2277]].""",
    """Cliente: [[PERSON:Ana Beatriz Costa]], NIF [[ID_NUMBER:238417603]], morada [[ADDRESS:Avenida da Liberdade 190, 5.º Dto]], [[ZIP_CODE:1250-147]] [[LOCATION:Lisboa]], IBAN [[IBAN_CODE:PT50 0007 0000 0031 8822 9419 1]], data de nascimento [[DATE_TIME:19/08/1982]].""",
    """Beste [[TITLE:meneer]] [[PERSON:Jansen]], uw afspraak bij de huisarts is verplaatst naar donderdag [[DATE_TIME:6 november om 10:15]]. Uw patiëntnummer is [[ID_NUMBER:P-0048213]].""",
    """Congratulations [[PERSON:Ngozi Akinwale]]! Your account [[USERNAME:ngozi_bakes]] reached 10k followers. Your payout of $312.40 will go to the PayPal linked to [[EMAIL_ADDRESS:ngozi.akinwale@gmail.com]] on [[DATE_TIME:Dec 1]].""",
    """[[PERSON:Mr. Venkatesh Iyer]], Aadhaar [[ID_NUMBER:7392 0581 4633]], PAN [[ID_NUMBER:AHCPI7712K]], UAN [[ID_NUMBER:100948217736]], joined on [[DATE_TIME:01-04-2021]] and resides at [[ADDRESS:Flat 502, Lake View Residency, Kondapur]], [[LOCATION:Hyderabad]] [[ZIP_CODE:500084]].""",
    """Form SS-4 prepared for [[PERSON:Cassandra Bell]], [[ADDRESS:600 Congress Ave, Ste 1400]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78701]]; responsible party SSN [[US_SSN:455-91-2038]]; phone [[PHONE_NUMBER:512.555.0119]].""",
    """The [[AGE:19]]-year-old suspect, [[PERSON:Jayden Cole]], was arrested on Saturday [[DATE_TIME:6 September]] near [[ADDRESS:12 Station Approach]], [[LOCATION:Croydon]]; PNC ID [[ID_NUMBER:25/118472K]].""",
    """Dear [[PERSON:Ms. Juliet Mwangi]], your SHA registration is complete. Member number: [[ID_NUMBER:SHA-0047-118293]]. Principal member ID: [[ID_NUMBER:31184077]]. Dependants: [[PERSON:Ethan Mwangi]] ([[AGE:6]]), [[PERSON:Zawadi Mwangi]] ([[AGE:3]]).""",
    """[[PERSON:Jerome Baptiste]] (he/him) • Software Engineer • GitHub: [[URL:https://github.com/jbaptiste-dev]] • [[EMAIL_ADDRESS:jerome.baptiste@hey.com]] • [[PHONE_NUMBER:+1 347 555 0184]] • [[LOCATION:Brooklyn]], [[LOCATION:NY]]""",
    """Voter record: [[PERSON:Maria Luisa Santos]], precinct 0441A, registered [[DATE_TIME:05/22/2019]], party [[NRP:Republican]], residence [[ADDRESS:4410 Coronado Dr]], [[LOCATION:Corpus Christi]], [[LOCATION:TX]] [[ZIP_CODE:78411]], voter ID [[ID_NUMBER:1048827731]].""",
    """SSS No. [[ID_NUMBER:34-1827745-3]], PhilHealth No. [[ID_NUMBER:12-050418827-4]], TIN [[ID_NUMBER:418-227-903-000]]: [[PERSON:Maricel dela Cruz]], [[ADDRESS:Blk 4 Lot 17, Phase 2, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]]; mobile [[PHONE_NUMBER:0928 441 7302]].""",
    """Name: [[PERSON:Aditi Chatterjee]]
Title: [[TITLE:Dr.]]
Gender: Female
Age: [[AGE:39]]
Job: Consultant Paediatrician
Building number: [[ADDRESS:7]]
Street: [[ADDRESS:Ballygunge Circular Road]]
Secondary address: [[ADDRESS:Flat 3C]]
City: [[LOCATION:Kolkata]]
State: [[LOCATION:West Bengal]]
Pincode: [[ZIP_CODE:700019]]
Phone: [[PHONE_NUMBER:+91 33 2461 8830]]
Email: [[EMAIL_ADDRESS:aditi.chatterjee@rediffmail.com]]
Username: [[USERNAME:dr_aditi_c]]
Password: Kolkata@1986
IPv4: [[IP_ADDRESS:49.37.112.204]]""",
]

TABLE = [
    """first_name,last_name,email,phone,city,state
[[PERSON:Tamika]],[[PERSON:Rowe]],[[EMAIL_ADDRESS:tamika.rowe@gmail.com]],[[PHONE_NUMBER:(901) 555-0143]],[[LOCATION:Memphis]],[[LOCATION:TN]]
[[PERSON:Luis]],[[PERSON:Cabrera]],[[EMAIL_ADDRESS:lcabrera@att.net]],[[PHONE_NUMBER:(915) 555-0177]],[[LOCATION:El Paso]],[[LOCATION:TX]]
[[PERSON:Hye-jin]],[[PERSON:Cho]],[[EMAIL_ADDRESS:hyejin.cho@outlook.com]],[[PHONE_NUMBER:(206) 555-0121]],[[LOCATION:Seattle]],[[LOCATION:WA]]""",
    """| Patient | DOB | NHS No. | GP | Ward |
|---|---|---|---|---|
| [[PERSON:Edith Cartwright]] | [[DATE_TIME:02/05/1938]] | [[ID_NUMBER:401 023 2137]] | [[PERSON:Dr. Rao]] | Elm 4 |
| [[PERSON:Kwabena Owusu]] | [[DATE_TIME:19/11/1964]] | [[ID_NUMBER:732 118 4501]] | [[PERSON:Dr. Whitlock]] | Elm 2 |
| [[PERSON:Siân Pritchard]] | [[DATE_TIME:07/08/1990]] | [[ID_NUMBER:702 338 4170]] | [[PERSON:Dr. Rao]] | Maple 1 |""",
    """emp_id\tname\tdept\tstart_date\tmobile
[[ID_NUMBER:E10442]]\t[[PERSON:Anjali Deshpande]]\tFinance\t[[DATE_TIME:2021-03-15]]\t[[PHONE_NUMBER:+91 98201 44573]]
[[ID_NUMBER:E10517]]\t[[PERSON:Farhan Akhtar Sheikh]]\tIT\t[[DATE_TIME:2022-07-01]]\t[[PHONE_NUMBER:+91 99877 21046]]
[[ID_NUMBER:E10603]]\t[[PERSON:Meghna Bose]]\tHR\t[[DATE_TIME:2023-01-09]]\t[[PHONE_NUMBER:+91 90072 38815]]
[[ID_NUMBER:E10688]]\t[[PERSON:Thomas Kurian]]\tSales\t[[DATE_TIME:2023-11-20]]\t[[PHONE_NUMBER:+91 94470 15092]]""",
    """{"user_id": [[ID_NUMBER:58812]], "username": "[[USERNAME:pixelwitch]]", "email": "[[EMAIL_ADDRESS:morgan.lee.art@gmail.com]]", "last_ip": "[[IP_ADDRESS:68.44.201.17]]", "country": "[[LOCATION:US]]"}
{"user_id": [[ID_NUMBER:58813]], "username": "[[USERNAME:kiwi_gamer_nz]]", "email": "[[EMAIL_ADDRESS:hemi.walker@xtra.co.nz]]", "last_ip": "[[IP_ADDRESS:125.237.14.90]]", "country": "[[LOCATION:NZ]]"}
{"user_id": [[ID_NUMBER:58814]], "username": "[[USERNAME:ade_the_great]]", "email": "[[EMAIL_ADDRESS:adebayo.ogun@yahoo.com]]", "last_ip": "[[IP_ADDRESS:105.112.9.233]]", "country": "[[LOCATION:NG]]"}""",
    """NAME                 DOB         SSN          ZIP
[[PERSON:Carol A. Jennings]]    [[DATE_TIME:03/14/1957]]  [[US_SSN:318-40-2267]]  [[ZIP_CODE:46204]]
[[PERSON:Marcus Bell]]          [[DATE_TIME:11/02/1982]]  [[US_SSN:512-77-0938]]  [[ZIP_CODE:64111]]
[[PERSON:Yolanda Pierce]]       [[DATE_TIME:06/30/1971]]  [[US_SSN:227-19-4406]]  [[ZIP_CODE:23220]]""",
    """Tenant,Unit,Address,Lease Start,Rent,Phone
[[PERSON:Jamal Whitaker]],[[ADDRESS:Apt 2A]],[[ADDRESS:815 Grove Street]],[[DATE_TIME:2025-02-01]],$1850,[[PHONE_NUMBER:201-555-0164]]
[[PERSON:Renata Szabo]],[[ADDRESS:Apt 3C]],[[ADDRESS:815 Grove Street]],[[DATE_TIME:2024-09-01]],$1725,[[PHONE_NUMBER:201-555-0188]]
[[PERSON:Oscar Lindgren]],[[ADDRESS:Apt 4B]],[[ADDRESS:815 Grove Street]],[[DATE_TIME:2025-06-15]],$1900,[[PHONE_NUMBER:201-555-0105]]""",
    """| Name | Age | Sex | Village | County | Phone |
|------|-----|-----|---------|--------|-------|
| [[PERSON:Akinyi Otieno]] | [[AGE:34]] | F | [[LOCATION:Kondele]] | [[LOCATION:Kisumu]] | [[PHONE_NUMBER:0712 448 901]] |
| [[PERSON:Kiprono Langat]] | [[AGE:51]] | M | [[LOCATION:Kapsoya]] | [[LOCATION:Uasin Gishu]] | [[PHONE_NUMBER:0723 119 482]] |
| [[PERSON:Halima Abdi]] | [[AGE:27]] | F | [[LOCATION:Eastleigh]] | [[LOCATION:Nairobi]] | [[PHONE_NUMBER:0701 336 270]] |
| [[PERSON:Mwangi Gitau]] | [[AGE:63]] | M | [[LOCATION:Ruiru]] | [[LOCATION:Kiambu]] | [[PHONE_NUMBER:0733 902 114]] |""",
    """card_holder;card_number;exp;billing_postcode
[[PERSON:Oliver Hartnell]];[[CREDIT_CARD:4492183055718200]];08/27;[[ZIP_CODE:BS8 1TH]]
[[PERSON:Amara Nwachukwu]];[[CREDIT_CARD:5167320048891279]];11/26;[[ZIP_CODE:M14 5RB]]
[[PERSON:Fiona Gallagher]];[[CREDIT_CARD:2223004617825533]];02/28;[[ZIP_CODE:G12 8QQ]]""",
    """Student ID | Surname | Given Name | DOB | Guardian Email
[[ID_NUMBER:SID-40018]] | [[PERSON:Tan]] | [[PERSON:Wei Jie]] | [[DATE_TIME:12 Mar 2012]] | [[EMAIL_ADDRESS:tan.family88@singnet.com.sg]]
[[ID_NUMBER:SID-40019]] | [[PERSON:Rahman]] | [[PERSON:Nur Aisyah]] | [[DATE_TIME:3 Jul 2012]] | [[EMAIL_ADDRESS:rahman.hj@gmail.com]]
[[ID_NUMBER:SID-40020]] | [[PERSON:Krishnan]] | [[PERSON:Dhruv]] | [[DATE_TIME:28 Jan 2012]] | [[EMAIL_ADDRESS:k.krishnan@yahoo.com.sg]]""",
    """timestamp,username,src_ip,action
09:14:02,[[USERNAME:bwalsh]],[[IP_ADDRESS:10.0.14.22]],login_success
09:15:47,[[USERNAME:nkhumalo]],[[IP_ADDRESS:10.0.14.87]],login_failed
09:15:59,[[USERNAME:nkhumalo]],[[IP_ADDRESS:10.0.14.87]],login_success
09:21:30,[[USERNAME:rpatel2]],[[IP_ADDRESS:172.16.4.201]],password_reset""",
    """Donor Name\tAddress\tCity\tProvince\tPostal Code\tAmount
[[PERSON:Geneviève Pelletier]]\t[[ADDRESS:44 rue Saint-Jean]]\t[[LOCATION:Québec]]\t[[LOCATION:QC]]\t[[ZIP_CODE:G1R 1N4]]\t$250
[[PERSON:Harjit Gill]]\t[[ADDRESS:9021 128 St]]\t[[LOCATION:Surrey]]\t[[LOCATION:BC]]\t[[ZIP_CODE:V3V 5M8]]\t$100
[[PERSON:Ian MacPherson]]\t[[ADDRESS:17 Duke St, Unit 5]]\t[[LOCATION:Charlottetown]]\t[[LOCATION:PE]]\t[[ZIP_CODE:C1A 3V6]]\t$75""",
    """| Claimant | Policy # | Incident Date | Vehicle Reg | Contact |
|---|---|---|---|---|
| [[PERSON:Mrs. Janet Ellison]] | MTR-448120 | [[DATE_TIME:14/09/2025]] | [[ID_NUMBER:YK21 OPL]] | [[PHONE_NUMBER:07700 318 554]] |
| [[PERSON:Mr. Rashid Hussain]] | MTR-448277 | [[DATE_TIME:16/09/2025]] | [[ID_NUMBER:BD68 XRT]] | [[PHONE_NUMBER:07931 227 480]] |
| [[PERSON:Ms. Chloe Adams]] | MTR-448301 | [[DATE_TIME:19/09/2025]] | [[ID_NUMBER:LJ19 KWE]] | [[PHONE_NUMBER:07842 660 913]] |""",
    """{"name": "[[PERSON:Lerato Mokoena]]", "id_number": "[[ID_NUMBER:9209230182089]]", "dob": "[[DATE_TIME:1992-09-23]]", "suburb": "[[LOCATION:Sandton]]"}
{"name": "[[PERSON:Johan van Wyk]]", "id_number": "[[ID_NUMBER:6803025107088]]", "dob": "[[DATE_TIME:1968-03-02]]", "suburb": "[[LOCATION:Durbanville]]"}
{"name": "[[PERSON:Pieter Botha]]", "id_number": "[[ID_NUMBER:9007286044082]]", "dob": "[[DATE_TIME:1990-07-28]]", "suburb": "[[LOCATION:Centurion]]"}""",
    """ACCT_NO     HOLDER                IBAN                          BRANCH
[[ID_NUMBER:12348876]]    [[PERSON:Seán Ó Briain]]         [[IBAN_CODE:IE13 AIBK 9311 5212 3488 76]]   [[LOCATION:Cork]]
[[ID_NUMBER:86024519]]    [[PERSON:Niamh Fitzpatrick]]     [[IBAN_CODE:IE34 BOFI 9000 1786 0245 19]]   [[LOCATION:Limerick]]
[[ID_NUMBER:38810047]]    [[PERSON:Darragh Kelleher]]      [[IBAN_CODE:IE17 BOFI 9011 5538 8100 47]]   [[LOCATION:Sligo]]""",
    """Passenger,Seat,Passport,Nationality,DOB
"[[PERSON:HENDRICKS]]/[[PERSON:MARIA]] [[TITLE:MS]]",14A,[[ID_NUMBER:M20418837]],[[NRP:South African]],[[DATE_TIME:22MAR85]]
"[[PERSON:OKAFOR]]/[[PERSON:CHIDI]] [[TITLE:MR]]",14B,[[ID_NUMBER:B04417728]],[[NRP:Nigerian]],[[DATE_TIME:09JUL79]]
"[[PERSON:LIM]]/[[PERSON:JIAYI]] [[TITLE:MS]]",14C,[[ID_NUMBER:K1882047F]],[[NRP:Singaporean]],[[DATE_TIME:30NOV92]]""",
    """| member | handle | joined | location |
| --- | --- | --- | --- |
| [[PERSON:Bea Villanueva]] | [[USERNAME:beavillanueva]] | [[DATE_TIME:Jan 4, 2023]] | [[LOCATION:Quezon City]] |
| [[PERSON:Paolo Mendoza]] | [[USERNAME:pao.mendoza]] | [[DATE_TIME:Mar 19, 2023]] | [[LOCATION:Davao City]] |
| [[PERSON:Kristine Bautista]] | [[USERNAME:kbautista_]] | [[DATE_TIME:Jun 2, 2024]] | [[LOCATION:Iloilo]] |""",
    """MRN,Patient,Age,Admit,Attending,Insurance ID
[[ID_NUMBER:A0093318]],"[[PERSON:Gutierrez]], [[PERSON:Rosa]]",[[AGE:81]],[[DATE_TIME:10/03/2025]],[[PERSON:Dr. Feinberg]],[[ID_NUMBER:XKP884201773]]
[[ID_NUMBER:A0093402]],"[[PERSON:Nakamura]], [[PERSON:Ken]]",[[AGE:46]],[[DATE_TIME:10/04/2025]],[[PERSON:Dr. Oyelowo]],[[ID_NUMBER:UHC31184022]]
[[ID_NUMBER:A0093415]],"[[PERSON:Brooks]], [[PERSON:Tanya]]",[[AGE:29]],[[DATE_TIME:10/04/2025]],[[PERSON:Dr. Feinberg]],[[ID_NUMBER:AET77210948]]""",
    """Name                    Phone              Email
[[PERSON:Aroha Tipene]]            [[PHONE_NUMBER:027 448 1190]]       [[EMAIL_ADDRESS:aroha.tipene@gmail.com]]
[[PERSON:Liam O'Connor]]           [[PHONE_NUMBER:021 903 7724]]       [[EMAIL_ADDRESS:liamoc@xtra.co.nz]]
[[PERSON:Priya Naidu]]             [[PHONE_NUMBER:022 118 4402]]       [[EMAIL_ADDRESS:priya.naidu@outlook.co.nz]]
[[PERSON:Sione Taufa]]             [[PHONE_NUMBER:029 771 3308]]       [[EMAIL_ADDRESS:sione.taufa@icloud.com]]""",
    """applicant_name,dl_number,dl_state,dob,street,city,zip
[[PERSON:Kevin Tran]],[[US_DRIVER_LICENSE:41882093]],TX,[[DATE_TIME:1993-05-21]],[[ADDRESS:7710 Bellaire Blvd]],[[LOCATION:Houston]],[[ZIP_CODE:77036]]
[[PERSON:Ashley Monroe]],[[US_DRIVER_LICENSE:S530-118-77-412-0]],FL,[[DATE_TIME:1988-12-09]],[[ADDRESS:221 Palm Ave]],[[LOCATION:Tampa]],[[ZIP_CODE:33606]]
[[PERSON:Derek Yazzie]],[[US_DRIVER_LICENSE:D08841276]],AZ,[[DATE_TIME:1979-08-14]],[[ADDRESS:1406 W University Dr]],[[LOCATION:Flagstaff]],[[ZIP_CODE:86001]]""",
    """| Volunteer | Mobile | Suburb | WWCC |
|:--|:--|:--|:--|
| [[PERSON:Sarah Nguyen]] | [[PHONE_NUMBER:0413 227 980]] | [[LOCATION:Footscray]] | [[ID_NUMBER:WWC1188402E]] |
| [[PERSON:Ahmed Osman]] | [[PHONE_NUMBER:0422 661 047]] | [[LOCATION:Broadmeadows]] | [[ID_NUMBER:WWC0947711E]] |
| [[PERSON:Jessica O'Neill]] | [[PHONE_NUMBER:0438 905 116]] | [[LOCATION:Brunswick]] | [[ID_NUMBER:WWC1302258E]] |""",
    """id\tfull_name\tpan\taadhaar_last4\tcity
[[ID_NUMBER:C-8812]]\t[[PERSON:Suresh Babu Reddy]]\t[[ID_NUMBER:AKLPR4420D]]\t9187\t[[LOCATION:Vijayawada]]
[[ID_NUMBER:C-8813]]\t[[PERSON:Pooja Agarwal]]\t[[ID_NUMBER:BFGPA1187Q]]\t0246\t[[LOCATION:Jaipur]]
[[ID_NUMBER:C-8814]]\t[[PERSON:Mohammed Irfan]]\t[[ID_NUMBER:CXZPM9043L]]\t7731\t[[LOCATION:Lucknow]]""",
    """Guest,Check-in,Check-out,Country,Email
[[PERSON:Henrik Dahl]],[[DATE_TIME:2025-07-02]],[[DATE_TIME:2025-07-05]],[[LOCATION:Denmark]],[[EMAIL_ADDRESS:henrik.dahl@mail.dk]]
[[PERSON:Chiara Esposito]],[[DATE_TIME:2025-07-03]],[[DATE_TIME:2025-07-10]],[[LOCATION:Italy]],[[EMAIL_ADDRESS:chiara.esposito@gmail.com]]
[[PERSON:Emily Carter]],[[DATE_TIME:2025-07-04]],[[DATE_TIME:2025-07-06]],[[LOCATION:United States]],[[EMAIL_ADDRESS:emcarter@aol.com]]
[[PERSON:Kofi Boateng]],[[DATE_TIME:2025-07-04]],[[DATE_TIME:2025-07-08]],[[LOCATION:Ghana]],[[EMAIL_ADDRESS:kofi.boateng@yahoo.com]]""",
    """{"customer": "[[PERSON:Hamish Grant]]", "account": "[[ID_NUMBER:31884905]]", "iban": "[[IBAN_CODE:GB80 HBUK 4012 7631 8849 05]]", "phone": "[[PHONE_NUMBER:0131 496 0822]]", "postcode": "[[ZIP_CODE:EH3 6AT]]"}
{"customer": "[[PERSON:Bronwen Jones]]", "account": "[[ID_NUMBER:48112073]]", "iban": "[[IBAN_CODE:GB49 NWBK 6016 1348 1120 73]]", "phone": "[[PHONE_NUMBER:029 2018 4471]]", "postcode": "[[ZIP_CODE:CF10 3NB]]"}
{"customer": "[[PERSON:Rahul Chopra]]", "account": "[[ID_NUMBER:72993814]]", "iban": "[[IBAN_CODE:GB15 LOYD 3096 3472 9938 14]]", "phone": "[[PHONE_NUMBER:0116 255 9013]]", "postcode": "[[ZIP_CODE:LE1 6ES]]"}""",
    """Employee | SIN | Hire Date | Province
[[PERSON:Marie-Claude Gagnon]] | [[ID_NUMBER:273 184 903]] | [[DATE_TIME:2019-04-08]] | [[LOCATION:QC]]
[[PERSON:Darren Fox]] | [[ID_NUMBER:139 278 451]] | [[DATE_TIME:2020-10-13]] | [[LOCATION:NS]]
[[PERSON:Ayesha Siddiqui]] | [[ID_NUMBER:602 183 477]] | [[DATE_TIME:2024-01-22]] | [[LOCATION:ON]]""",
    """ORDER_ID  CUSTOMER            SHIP_TO                                  TEL
A-77104   [[PERSON:Grace Whitfield]]     [[ADDRESS:38 Hillcrest Rd]], [[LOCATION:Epsom]] [[ZIP_CODE:KT18 5DP]]          [[PHONE_NUMBER:01372 448 910]]
A-77105   [[PERSON:Tunde Bakare]]        [[ADDRESS:Flat 6, 90 Brixton Hill]], [[LOCATION:London]] [[ZIP_CODE:SW2 1QN]]  [[PHONE_NUMBER:07958 223 061]]
A-77106   [[PERSON:Eilidh Ross]]         [[ADDRESS:12 Castle Wynd]], [[LOCATION:Inverness]] [[ZIP_CODE:IV2 3EB]]        [[PHONE_NUMBER:01463 710 338]]""",
    """| Name | Religion | Age | Household Size | Barangay |
|---|---|---|---|---|
| [[PERSON:Rogelio Santos]] | [[NRP:Roman Catholic]] | [[AGE:58]] | 6 | [[LOCATION:San Isidro]] |
| [[PERSON:Amina Usman]] | [[NRP:Muslim]] | [[AGE:33]] | 4 | [[LOCATION:Tetuan]] |
| [[PERSON:Jocelyn Ramos]] | [[NRP:Iglesia ni Cristo]] | [[AGE:41]] | 5 | [[LOCATION:Poblacion]] |""",
    """naam,geboortedatum,bsn,woonplaats
[[PERSON:Ruud Bakker]],[[DATE_TIME:14-02-1969]],[[ID_NUMBER:243801671]],[[LOCATION:Zwolle]]
[[PERSON:Fatima El Amrani]],[[DATE_TIME:03-10-1991]],[[ID_NUMBER:308925142]],[[LOCATION:Rotterdam]]
[[PERSON:Joost de Graaf]],[[DATE_TIME:27-06-1984]],[[ID_NUMBER:419382756]],[[LOCATION:Haarlem]]""",
    """player_id,gamertag,email,signup_ip,birthday
[[ID_NUMBER:900441]],[[USERNAME:NoScopeNana]],[[EMAIL_ADDRESS:b.okoye@gmail.com]],[[IP_ADDRESS:2600:1700:5a80:91f0::1c]],[[DATE_TIME:2001-10-31]]
[[ID_NUMBER:900442]],[[USERNAME:tofu_tactician]],[[EMAIL_ADDRESS:minhanh.vo@hotmail.com]],[[IP_ADDRESS:71.212.6.148]],[[DATE_TIME:1999-04-17]]
[[ID_NUMBER:900443]],[[USERNAME:Grizzly_Pete]],[[EMAIL_ADDRESS:pete.mcallister@shaw.ca]],[[IP_ADDRESS:68.146.93.12]],[[DATE_TIME:1985-01-05]]""",
    """Titel | Vorname | Nachname | Straße | PLZ | Ort
[[TITLE:Herr]] | [[PERSON:Jonas]] | [[PERSON:Weber]] | [[ADDRESS:Hauptstraße 112]] | [[ZIP_CODE:70173]] | [[LOCATION:Stuttgart]]
[[TITLE:Frau]] | [[PERSON:Leonie]] | [[PERSON:Schulz]] | [[ADDRESS:Bahnhofstr. 3a]] | [[ZIP_CODE:04109]] | [[LOCATION:Leipzig]]
[[TITLE:Frau]] [[TITLE:Dr.]] | [[PERSON:Aylin]] | [[PERSON:Yıldız]] | [[ADDRESS:Mühlenweg 21]] | [[ZIP_CODE:28195]] | [[LOCATION:Bremen]]""",
    """Beneficiary     Relationship  DOB          Share
[[PERSON:Naledi Dlamini]]  Daughter      [[DATE_TIME:2004-08-19]]   50%
[[PERSON:Sizwe Dlamini]]   Son           [[DATE_TIME:2007-01-30]]   30%
[[PERSON:Thandiwe Zulu]]   Sister        [[DATE_TIME:1979-11-02]]   20%""",
]

DOC = [
    """From: [[PERSON:Rebecca Thornbury]] <[[EMAIL_ADDRESS:rebecca.thornbury@gmail.com]]>
To: lettings@harbourviewproperties.co.uk
Subject: Repairs at [[ADDRESS:Flat 9, 27 Marine Terrace]]

Hi [[PERSON:Craig]],

Following up on my call on Monday [[DATE_TIME:13th]]: the boiler at [[ADDRESS:Flat 9, 27 Marine Terrace]], [[LOCATION:Aberystwyth]] [[ZIP_CODE:SY23 2AZ]] still isn't working, and my flatmate [[PERSON:Osian]] has had to shower at the gym since [[DATE_TIME:6 October]]. Could the engineer come on Thursday [[DATE_TIME:16 October]] after 2pm? Either of us can let him in: my number is [[PHONE_NUMBER:07812 449 306]] and [[PERSON:Osian]]'s is [[PHONE_NUMBER:07397 118 254]].

Thanks,
[[PERSON:Becca]]

On [[DATE_TIME:9 Oct 2025, at 11:02]], [[PERSON:Craig Maddox]] <[[EMAIL_ADDRESS:c.maddox@harbourviewproperties.co.uk]]> wrote:
> Hi [[PERSON:Rebecca]], I've logged this as job ref HV-22817 and will chase the contractor.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Abimbola Adeyemi-Clarke]]    Hospital No: [[ID_NUMBER:RX4418203]]    NHS No: [[ID_NUMBER:612 849 3076]]
DOB: [[DATE_TIME:23/04/1949]] ([[AGE:76]] y)    Admitted: [[DATE_TIME:02/09/2025]]    Discharged: [[DATE_TIME:09/09/2025]]
Address: [[ADDRESS:14 Larkspur Close]], [[LOCATION:Bromley]], [[LOCATION:Kent]] [[ZIP_CODE:BR2 9QH]]
GP: [[PERSON:Dr. Fionnuala Brady]], Crescent Medical Practice

[[PERSON:Mrs Adeyemi-Clarke]] was admitted with community-acquired pneumonia (CURB-65 score 2). She was treated with co-amoxiclav and clarithromycin and improved steadily. Her daughter, [[PERSON:Funmi]] ([[PHONE_NUMBER:07956 330 418]]), will stay with her for the first week.

Follow-up: chest X-ray in six weeks; respiratory clinic on [[DATE_TIME:21 October 2025]].
Signed: [[PERSON:Dr. Owain Llewellyn]], FY2, GMC [[ID_NUMBER:7284419]]""",
    """MINUTES — Maple Grove Homeowners Association
Date: [[DATE_TIME:March 4, 2025]], 7:00 PM, clubhouse

Present: [[PERSON:Linda Kowalczyk]] (President), [[PERSON:Ray Dominguez]] (Treasurer), [[PERSON:Sheila Mbeki-Ford]] (Secretary), [[PERSON:Tom Halvorsen]], [[PERSON:Priya Anand]]

1. [[PERSON:Ray]] reported the reserve fund at $48,210. Two owners are more than 90 days late: the owners of [[ADDRESS:112 Maple Grove Ct]] and [[ADDRESS:140 Maple Grove Ct]].
2. [[PERSON:Priya Anand]] ([[ADDRESS:128 Maple Grove Ct]]) asked about the broken streetlight near the pond; [[PERSON:Linda]] will call the city.
3. Resident [[PERSON:George Whitman]] requested approval for a fence; contact him at [[EMAIL_ADDRESS:gwhitman52@comcast.net]] or [[PHONE_NUMBER:(630) 555-0148]].

Next meeting: [[DATE_TIME:April 1, 2025]].""",
    """Call transcript — Tier 1 Support, line 3

AGENT ([[PERSON:Nadia]]): Thank you for calling, this is [[PERSON:Nadia]]. Can I have your full name please?
CALLER: Yeah, it's [[PERSON:Gerald Fitzsimmons]].
AGENT: Thanks, [[PERSON:Gerald]]. And the phone number on the account?
CALLER: [[PHONE_NUMBER:six one three, five five five, zero one nine two]].
AGENT: And to verify, your date of birth?
CALLER: [[DATE_TIME:March the ninth, nineteen sixty-four]].
AGENT: Perfect. What's going on today?
CALLER: My internet keeps dropping. I'm at [[ADDRESS:88 Bank Street, apartment 1204]], [[LOCATION:Ottawa]].
AGENT: I see the modem at that address is getting the IP [[IP_ADDRESS:174.112.40.19]]. I'll send a technician on Wednesday the [[DATE_TIME:22nd]] between 8 and noon. We'll text [[PHONE_NUMBER:613-555-0192]] the day before.
CALLER: Great. Can you also email me at [[EMAIL_ADDRESS:gfitz64@rogers.com]]?""",
    """Dear [[TITLE:Mr]] [[PERSON:Achterberg]],

Re: Your application for a Certificate of Good Conduct

Thank you for your application received on [[DATE_TIME:18 June 2025]]. We have checked the details you provided:

Full name: [[PERSON:Willem Johannes Achterberg]]
Date of birth: [[DATE_TIME:4 December 1983]]
Place of birth: [[LOCATION:Pretoria]]
ID number: [[ID_NUMBER:8312045127082]]
Postal address: [[ADDRESS:PO Box 1187]], [[LOCATION:Stellenbosch]], [[ZIP_CODE:7599]]

Your fingerprints were taken at the police station in [[LOCATION:Stellenbosch]] on [[DATE_TIME:20 June 2025]]. The certificate will be posted to you; please allow 15 working days. Queries may be addressed to [[TITLE:Captain]] [[PERSON:N. Mahlangu]] quoting reference PCC/2025/88412.

Yours faithfully""",
    """Notes from intake interview — [[DATE_TIME:10/14/2025]]

Client [[PERSON:Destiny Alvarado]] ([[AGE:22]]) came in with her son [[PERSON:Mateo]] ([[AGE:2]]). She moved out of her partner's place at [[ADDRESS:2215 E Cesar Chavez St]], [[LOCATION:Austin]] on [[DATE_TIME:October 9]] and is staying with her aunt at [[ADDRESS:6109 Manor Rd, Apt 118]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78723]]. Safe number is [[PHONE_NUMBER:512-555-0171]] (aunt's phone, ask for [[PERSON:Rosa]]). Client's SSN [[US_SSN:463-27-8814]] provided for the benefits referral. Follow-up scheduled [[DATE_TIME:10/21]] with caseworker [[PERSON:J. Whitehorse]].""",
    """Subject: Welcome to the team, [[PERSON:Kelechi]]!

Hi all,

Please join me in welcoming [[PERSON:Kelechi Anyanwu]], who starts as our new Data Engineer on Monday, [[DATE_TIME:2 February]]. [[PERSON:Kelechi]] joins us from [[LOCATION:Lagos]] and will be based in our [[LOCATION:Manchester]] office. You can reach [[PERSON:Kelechi]] at [[EMAIL_ADDRESS:kelechi.anyanwu@brightloom.io]] or on Slack at [[USERNAME:kanyanwu]].

[[PERSON:Kelechi]]'s buddy for the first month is [[PERSON:Hollie Brennan]]. IT: please set up the laptop for staff number [[ID_NUMBER:BL-00417]] before the start date.

Cheers,
[[PERSON:Martin]]
--
[[PERSON:Martin Szymański]] | Head of Data | [[PHONE_NUMBER:+44 161 496 0734]]""",
    """To the Registrar, University of Cape Town

I, [[PERSON:Thandeka Precious Ndlovu]], student number [[ID_NUMBER:NDLTHA004]], hereby request that my surname on my academic record be changed to [[PERSON:Ndlovu-Mokoena]] following my marriage to [[PERSON:Kagiso Mokoena]] on [[DATE_TIME:12 April 2025]].

My details are as follows:
ID number: [[ID_NUMBER:9611190398086]]
Cell: [[PHONE_NUMBER:+27 72 448 1093]]
Email: [[EMAIL_ADDRESS:thandeka.ndlovu@myuct.ac.za]]
Residential address: [[ADDRESS:41 Kloof Street]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]], [[ZIP_CODE:8001]]

Signed at [[LOCATION:Cape Town]] on [[DATE_TIME:2 May 2025]].
[[PERSON:T. P. Ndlovu]]""",
    """INCIDENT REPORT #IR-2025-0418
Date/time of incident: Friday [[DATE_TIME:11 July 2025]], approx. 16:40
Location: Aisle 7, FreshMart, [[ADDRESS:220 Queen Street]], [[LOCATION:Auckland CBD]]

Customer [[PERSON:Mereana Te Kani]] ([[AGE:68]]) slipped on spilled liquid. First aid was given by staff member [[PERSON:Jacob Liu]] (staff ID [[ID_NUMBER:FM-33091]]). An ambulance was not required. Her son, [[PERSON:Rawiri Te Kani]], collected her. Contact: [[PHONE_NUMBER:021 336 7714]], [[EMAIL_ADDRESS:rawiri.tekani@gmail.com]]. Home address: [[ADDRESS:9 Kowhai Street]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]].

Witness: [[PERSON:Sandra Fale]], [[PHONE_NUMBER:027 918 4402]].
Report completed by duty manager [[PERSON:Hannah Cho]].""",
    """Objet : Attestation d'hébergement

Je soussigné, [[TITLE:M.]] [[PERSON:Bernard Lefèvre]], né le [[DATE_TIME:14 juillet 1956]] à [[LOCATION:Nantes]], demeurant au [[ADDRESS:8 allée des Tilleuls]], [[ZIP_CODE:44300]] [[LOCATION:Nantes]], atteste sur l'honneur héberger à mon domicile depuis le [[DATE_TIME:1er septembre 2024]] ma petite-fille, [[TITLE:Mlle]] [[PERSON:Inès Lefèvre]], née le [[DATE_TIME:3 mars 2003]] à [[LOCATION:Rennes]].

Fait à [[LOCATION:Nantes]], le [[DATE_TIME:20 octobre 2025]].
[[PERSON:B. Lefèvre]]
Tél. : [[PHONE_NUMBER:02 40 48 17 93]] — [[EMAIL_ADDRESS:bernard.lefevre44@free.fr]]""",
    """Slack export — #it-helpdesk

[[USERNAME:tomas.ruiz]] 10:02: anyone else locked out of Okta? my account got locked after the password change
it-bot 10:02: Ticket INC-44812 created for [[USERNAME:tomas.ruiz]]
[[USERNAME:aisha.k]] 10:05: [[PERSON:Tomas]] I can unlock you, what's your employee number?
[[USERNAME:tomas.ruiz]] 10:06: [[ID_NUMBER:40771]]
[[USERNAME:aisha.k]] 10:08: done. your last failed attempts came from [[IP_ADDRESS:203.0.113.77]], is that your home?
[[USERNAME:tomas.ruiz]] 10:09: yeah I'm wfh in [[LOCATION:Sacramento]] today
[[USERNAME:aisha.k]] 10:10: ok cool. also your recovery phone is still [[PHONE_NUMBER:916-555-0133]], want to keep it?
[[USERNAME:tomas.ruiz]] 10:11: yes thanks [[PERSON:Aisha]] 🙏""",
    """ESTATE OF [[PERSON:ARTHUR DESMOND KILBRIDE]], DECEASED

Notice is hereby given that [[PERSON:Arthur Desmond Kilbride]], late of [[ADDRESS:Glenview House]], [[ADDRESS:Ballyconnell Road]], [[LOCATION:Belturbet]], Co. [[LOCATION:Cavan]], retired farmer, who died on the [[DATE_TIME:2nd day of August 2025]], aged [[AGE:87]] years. All persons having claims against the estate are required to send particulars to the executors, [[PERSON:Mary Kilbride-Nolan]] and [[PERSON:Patrick Kilbride]], c/o [[PERSON:Eoin Gallagher]], Solicitor, [[ADDRESS:4 Main Street]], [[LOCATION:Cavan]], [[ZIP_CODE:H12 R6F3]].""",
    """Hi [[PERSON:Dr. Sethi]],

Referring [[PERSON:Mr. Harpreet Singh Dhaliwal]], [[AGE:54]], DOB [[DATE_TIME:30.11.1970]], Health card [[ID_NUMBER:9184 402 114]], of [[ADDRESS:55 Sandalwood Pkwy E]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Z 1Y5]], tel [[PHONE_NUMBER:905-555-0166]], for assessment of exertional chest pain.

He is a [[NRP:Sikh]] gentleman, non-smoker, with type 2 diabetes since 2014. ECG today shows no acute changes. Seen by me on [[DATE_TIME:Oct 27]].

Kind regards,
[[PERSON:Dr. Emily Fraser]], MD, CPSO [[ID_NUMBER:102447]]""",
    """WITNESS STATEMENT

Name: [[PERSON:Olumide Bankole]]    Age: over 18    Occupation: Bus driver
Address: [[ADDRESS:Flat 11, Chalcot House]], [[ADDRESS:32 Wandsworth Road]], [[LOCATION:London]] [[ZIP_CODE:SW8 2LF]]
Tel: [[PHONE_NUMBER:07725 449 018]]

On Saturday [[DATE_TIME:19th April 2025]] at about 22:15 I was driving the number 77 bus along Wandsworth Road when I saw a man, who I now know to be [[PERSON:Connor Haines]], push a woman off the pavement. The woman, [[PERSON:Ms. Leila Haddad]], fell into the road. I stopped the bus and called 999. [[TITLE:PC]] [[PERSON:Sarah Okonjo]] arrived at about 22:25.

Signed: [[PERSON:O. Bankole]]    Date: [[DATE_TIME:20/04/2025]]""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Demir]],

wir bestätigen den Eingang Ihres Antrags auf Elterngeld vom [[DATE_TIME:5. Mai 2025]] für Ihr Kind [[PERSON:Elif Demir]], geboren am [[DATE_TIME:28.03.2025]] in [[LOCATION:Duisburg]].

Antragstellerin: [[PERSON:Zeynep Demir]], [[ADDRESS:Friedrich-Wilhelm-Straße 41]], [[ZIP_CODE:47051]] [[LOCATION:Duisburg]]
Steuer-ID: [[ID_NUMBER:57 493 018 652]]
Bankverbindung: [[IBAN_CODE:DE77 7601 0085 0218 3349 07]]
Telefon: [[PHONE_NUMBER:0203 4481 2907]]

Bei Rückfragen wenden Sie sich bitte an [[TITLE:Herrn]] [[PERSON:Kowalski]], Zimmer 214.

Mit freundlichen Grüßen
Elterngeldstelle""",
]

LOOKALIKE = [
    """Release notes v10.4.2.118: fixed a crash when the gateway at [[IP_ADDRESS:10.4.2.1]] returned HTTP 502; upgraded OpenSSL to 3.0.13; build hash 9f3c2a7e41b0d88c. See ticket OPS-22418 and CVE-2024-3094 for background. Thanks to [[PERSON:Kiran Malhotra]] ([[USERNAME:kmalhotra-dev]]) for the patch.""",
    """Your order #112-4478213-9920341 has shipped via UPS, tracking 1Z 4F8 E21 03 8841 2270. Item: Nordic Ware Bundt pan (ASIN B0009JKG9M), qty 1. Questions? Call customer service at 1-888-280-4331, open 24/7.""",
    """Please cite as: [[PERSON:Okafor]], [[PERSON:Bello]] and [[PERSON:Reyes]] (2023), doi:10.1038/s41586-023-06291-2. ISBN 978-1-4028-9462-6. The dataset (accession PRJNA784413) is mirrored on Zenodo. Correspondence to the first author, [[PERSON:Chinedu Okafor]], at [[EMAIL_ADDRESS:c.okafor@ui.edu.ng]].""",
    """Invoice INV-2025-004417 dated 03/11/2025. VAT reg. GB 284 4471 92. Company no. 08812275. Payment terms 30 days. Sort code 40-11-62. Amount due £1,284.60. Remittance to accounts@northgatejoinery.co.uk. FAO [[PERSON:Mr. Derek Holt]], site manager.""",
    """The Wellington boots and the Mackintosh coat were both on sale at Marks & Spencer on Victoria Street. We had Eggs Benedict at the Hilton, then walked past the Nelson Mandela statue towards Churchill Square.""",
    """Part no. 7731-A0-2290, lot 24B118, serial SN-4471-9920-KX. Replace the filter every 2,000 hours. UUID of the device profile: 3f2b8c1e-9a7d-4e55-b0c2-71d4e8a9f013. MAC 00:1A:2B:3C:4D:5E is the factory default.""",
    """Meeting ID: 842 1193 7750, passcode 448120. Dial-in +1 646 558 8656 (US), +44 203 481 5240 (UK). Agenda: Q3 roadmap, budget variance (−4.2%), and the vendor review led by [[PERSON:Anita Sharma]].""",
    """Flight BA 0117 from LHR to JFK departs 08:25 from gate B42; aircraft G-XWBA (A350-1000). Seat 32K. Booking ref QX7PLM. Baggage tag 0125 448 221. Passenger [[TITLE:MR]] [[PERSON:MICHAEL O'BRIEN]].""",
    """Version matrix: client 2.14.0.7, server 192.3.45.1-beta, schema 2024.11.04. Port 8443 must be open. Checksums: sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.""",
    """Case No. 2:24-cv-01187-JLR. Docket entry 44. Exhibit 7B, Bates range DEF-000417 to DEF-000512. Hearing room 14C. Filed by counsel for the plaintiff, [[PERSON:Samantha Ortiz]].""",
    """Stock ticker NVDA closed at 131.38. ISIN US67066G1040, CUSIP 67066G104. Fund code XLK-4471. The 52-week range was 75.61–152.89. Reference rate SOFR 5.31%. Prepared for [[PERSON:Rohit Bansal]], client account [[ID_NUMBER:7730-448122]].""",
    """Wi-Fi network: CafeBrew_Guest, password latte2024!. Table 12 order: 2 flat whites, 1 Earl Grey, 1 Caesar salad. Receipt 000448812, terminal 04, approval code 771902. Card ending 3391. Served by [[PERSON:Jess]].""",
    """The Halley comet returns in 2061. The Doppler effect explains why the siren sounds lower as it moves away. Parkinson's disease and Alzheimer's disease were discussed in the lecture on Tuesday. The Fibonacci sequence starts 0, 1, 1, 2, 3, 5, 8. Office hours with [[PERSON:Prof. Helen Okoro]] are in room 3.14.""",
    """Lab sample LS-2025-0448 (barcode 5004488120071) received at 09:14. Temperature log ID TL-771. Analyte code GLU-02. Result 5.4 mmol/L (ref 3.9–5.6). Reviewed by [[PERSON:Dr. Ngozi Eze]].""",
    """VIN 2T1BURHE5JC044871, engine code K24A, colour code NH-731P. Registration renewal reference RR-2025-118812. Service due at 90,000 km. Dealer hotline 0800 448 221. Registered keeper: [[PERSON:Grant Whelan]].""",
]

# ---- end of records ----

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "doc": DOC,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind22", STYLES, OUT)


if __name__ == "__main__":
    main()

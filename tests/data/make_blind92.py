"""Build tests/data/blind92.jsonl: a ninety-second *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind92.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of the file (the scaffolding copied below); gold_sets.py (whole
file); lines 1-64 of make_handwritten.py (conventions, the MARK and
TITLE_IN_NAME regexes, `parse()`). Not read: minimize/, recognizers/, any
other test, bench/, the README, any *.jsonl (this set's output included),
any other make_*.py, anything under /tmp; no git command was run at all.
The detector, the bench and the tests were never run. Do not tune the
detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py.
Check digits were worked out while writing with throwaway one-line Python
run in the shell (nothing generated here, no scratch file kept): cards pass
Luhn; IBANs (GB, DE, NL, IE, TR, AE, SA, QA, KW, EG, IL, MA) pass mod-97
with their country's length, the Moroccan one with a right RIB key
(`gold_sets.check` re-checks cards and IBANs). Valid check digits were also
given to: Israeli Teudat Zehut, UAE Emirates ID, Saudi national ID and
Iqama, Kuwaiti Civil ID, NHS number, Canadian SIN, South African ID (sex and
birth date agree), SARS tax reference, Aadhaar (Verhoeff), Singapore NRIC,
Irish PPSN, Australian TFN and Medicare number, Dutch BSN, Polish PESEL (sex
and birth date agree) and NIP, Brazilian CPF, Spanish NIE, Italian codice
fiscale, German Steuer-ID, US NPI and DEA numbers, and the look-alike
ISBN-13s and IMEI. The Egyptian national ids agree with the birth date and
sex shown but their last digit was not checked (no public algorithm); UK NI
numbers, US SSNs, Bahraini CPR, Qatari QID, Moroccan CIN, Kenyan ids and KRA
PINs, Nigerian NIN and BVN, PAN, Medicare MBI (shape only), passports,
licences, plates, A-numbers, UCIs, bank accounts and staff, student, member
and patient numbers were not checked.

Styles (ids `blind92-<style>-NNN`; 240 records):
- `bench` (100): in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd dense sentences with names, job titles, streets with building
  numbers, secondary addresses, IPv4/IPv6, MACs, user agents, cards with
  CVV and expiry, IBAN and BIC, passwords, PINs), gretel-pii-masking-en-v1
  (claims, contracts, tenancy and loan forms, medical forms, notices,
  letters) and Nemotron-PII (JSON, log lines, SQL, XML, YAML/INI config,
  code, curl, HTTP requests, tickets and forms).
- `gen` (90): one to four LLM-style sentences with personal data in prose,
  names at start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small table per record (CSV, semicolon CSV, TSV,
  pipes/Markdown, psql-style, fixed-width, JSON lines, YAML, TOML, key:
  value blocks), varied column names, non-PII columns; header rows are not
  labeled.
- `chat` (8): a relocation support chat, a family messaging thread, team
  chat, a telecom support chat, a Gulf Arabic (romanized) group chat, a
  Hebrew family chat, a landlord text thread and patient-portal messages,
  with the speakers' names labeled.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and application references, SKUs, ISBNs, IP-shaped
  versions, hashes, serials, MACs, company phones, role mailboxes, tax
  numbers of companies, sort code and BIC, eponyms, streets named after
  people without a number) with the few real PII values labeled; one (the
  release notes) has no PII at all.
Domains: about two records in five of `gen` and `bench` (roughly 36 and 37
by keyword count) are about immigration, visas, consulates and embassies,
residence permits and relocation services; the rest are spread widely
(banking, insurance, health, pharmacy, schools, HR and payroll, tenancy,
telecoms, IT support, gaming, deliveries, vets, gyms, courts).
Languages: 217 records in English (US, UK, Ireland, Canada, Australia, New
Zealand, India, South Africa, Nigeria, Kenya, Ghana, Singapore, the
Philippines and the Gulf, with names of the many cultures living there); 23
not: 15 in Arabic (Gulf, Egyptian and Moroccan, in Arabic script and
romanized "Arabizi"/Darija) and 8 in Hebrew, spread over all five styles.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (Mr., Dr., Prof., Sheikh, Rabbi, Nurse), labeled apart;
  job titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  building and villa names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start, hearing,
  visit, signature, letter ...) with a day or month, in any shape and
  calendar; a weekday or clock time said with it is inside the span; not
  bare years, weekdays or times alone, durations, or dates not tied to a
  person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MACs, sort
  codes, BIC, branch and routing codes, CVVs and card expiries, PINs,
  order / ticket / claim / policy / booking / tracking references, company
  phones and role mailboxes, versions, hashes, serials, partial numbers,
  pets, eponyms and brands, header rows.
- Calls made while writing this set: identity documents of a person are
  ID_NUMBER (visa and entry-permit numbers, residence cards, Emirates ID,
  Iqama, QID, Civil ID, CPR, A-number, IRCC UCI, EAD card, CAQ, USCIS online
  account number, OCI card), but application, case, receipt, confirmation,
  GWF, ESTA, HAP and appointment references and sponsor licence numbers
  are not; the validity or expiry date of a person's permit, visa, licence
  or ID card is DATE_TIME (card expiries are not); Hijri dates and dates
  written in Arabic or Hebrew are DATE_TIME like the others; the timestamp at the head of a log line is
  not labeled, but a person's "last_login" or "created_at" and the date of
  an event a person attends are; every IP address, private ranges too, is
  IP_ADDRESS; a company's IBAN in a payment file is IBAN_CODE; a
  prescriber's DEA and NPI numbers are ID_NUMBER; an institution's or
  workplace's street address with a number is ADDRESS; bank branch names in
  a table are LOCATION; a name split over fields or columns gets one PERSON
  span per field, a full name in one field one span; an officer's handle
  in a record or log is USERNAME; a kunya ("Abu Fahad") is PERSON like a
  nickname, while family words ("ommy", "abooy", "Grandma", "סבתא") stay
  outside; Arabic and Hebrew prefixed letters (بـ, ل, ב, מ, ל) stay outside
  the span; "unit 2B" or "3B" alone as a tenant's unit is ADDRESS.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind92.jsonl")

GEN = [
    """[[PERSON:Farhan Qureshi]] moved from [[LOCATION:Lahore]] to [[LOCATION:Calgary]] on [[DATE_TIME:March 3, 2023]] on an open work permit, and his IRCC client ID is [[ID_NUMBER:11-0844-7293]]. He asked that every letter now go to [[ADDRESS:88 Tuscany Ravine Rd NW]], [[LOCATION:Calgary]], [[LOCATION:AB]] [[ZIP_CODE:T3L 2V4]].""",
    """My sister-in-law [[PERSON:Rosa Elena Quispe]] has her biometrics appointment at the support center in [[LOCATION:Jamaica, Queens]] on [[DATE_TIME:Tuesday, May 14, 2024 at 8:00 AM]]. Her A-number is [[ID_NUMBER:A214-587-903]]; the receipt number on the notice is IOE0923341187.""",
    """Can you update the file for [[PERSON:tomasz wiśniewski]]? His new mobile is [[PHONE_NUMBER:07700 914338]] and he has moved to [[ADDRESS:Flat 3, 27 Clarendon Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 9NZ]].""",
    """At [[AGE:67]], [[PERSON:Margaret O'Sullivan]] still volunteers at the library in [[LOCATION:Ennis]] every Thursday. Her PPS number, [[ID_NUMBER:7261903O]], is on the volunteer insurance form we sent to the council.""",
    """Hi all, [[PERSON:Yusuf Demir]] (born [[DATE_TIME:22 July 1991]]) joins on [[DATE_TIME:Monday 2 September]] as a data engineer. Please courier his laptop to [[ADDRESS:14 Kensington Gardens Square]], [[LOCATION:London]] [[ZIP_CODE:W2 4BH]] and create the login [[USERNAME:ydemir]].""",
    """The consulate emailed [[PERSON:Anjali Menon]] at [[EMAIL_ADDRESS:anjali.menon87@gmail.com]] to say her Schengen visa interview in [[LOCATION:Bengaluru]] has moved to [[DATE_TIME:18/06/2024, 10:45]]. She has to bring passport [[ID_NUMBER:W4821937]] and the hotel confirmation for [[LOCATION:Lisbon]].""",
    """After twelve years in [[LOCATION:Dubai]], [[PERSON:Rajesh Pillai]] finally received his golden visa, and the new Emirates ID card ([[ID_NUMBER:784-1987-3012458-7]]) was delivered to [[ADDRESS:Marina Heights Tower, Apt 2304]], [[LOCATION:Dubai Marina]].""",
    """Relocation brief: [[PERSON:Sven Lindqvist]], [[AGE:42]], his wife [[PERSON:Karin]] and their two children land in [[LOCATION:Singapore]] on [[DATE_TIME:Sunday 4 August]]. The Employment Pass is approved and the serviced flat is at [[ADDRESS:21 Mount Sophia, #08-03]], [[LOCATION:Singapore]] [[ZIP_CODE:228475]].""",
    """[[PERSON:Nomvula Dlamini]]'s study permit expires on [[DATE_TIME:31 December 2025]], so the international office in [[LOCATION:Halifax]] asked her to apply for an extension before [[DATE_TIME:October 1]]. Her student number is [[ID_NUMBER:B00874412]].""",
    """I'm writing on behalf of my father, [[TITLE:Mr.]] [[PERSON:Chidi Okonkwo]], who is [[AGE:78]] and was admitted to St Vincent's on [[DATE_TIME:9 February]]. Please call me, [[PERSON:Adaeze]], on [[PHONE_NUMBER:+61 412 880 193]] rather than his landline.""",
    """The landlord, [[PERSON:Graham Pettigrew]], says the deposit for [[ADDRESS:4/117 Glebe Point Road]], [[LOCATION:Glebe]] [[LOCATION:NSW]] [[ZIP_CODE:2037]] will be returned to the tenant's account once the final inspection with [[PERSON:Mei Ling Tan]] is done on [[DATE_TIME:the 28th of June]].""",
    """our new neighbour is called [[PERSON:dev]] — [[PERSON:devendra kulkarni]] on the strata list — and his number is [[PHONE_NUMBER:0421 776 305]] if the parcel ends up at ours again""",
    """Please find attached the visa sponsorship letter for [[PERSON:Oluwaseun Adebayo]], [[NRP:Nigerian]], born [[DATE_TIME:04.11.1994]] in [[LOCATION:Ibadan]], holder of passport [[ID_NUMBER:B50917364]]. He will join our [[LOCATION:Manchester]] office as a Skilled Worker on [[DATE_TIME:1 October 2024]].""",
    """We regret to inform [[PERSON:Ms. Leticia Andrade]] that the residence permit renewal submitted on [[DATE_TIME:March 12]] is incomplete: the health insurance certificate is missing. You may upload it at the portal or reply to this message before [[DATE_TIME:April 2]].""",
    """[[PERSON:Kwame]] told me his wallet was stolen at the bus station, so he booked an appointment at the bank to replace his cards for [[DATE_TIME:Friday 11 April at 9:30]]. You can reach him on [[PHONE_NUMBER:+44 7456 221 908]].""",
    """The pharmacy called [[PERSON:Beatriz]] back: the prescription from [[PERSON:Dr. Kaplan]] for her son [[PERSON:Mateo Ferreira]], [[AGE:9]], is ready, and they need his Medicare number [[ID_NUMBER:2954 81737 1]] on file.""",
    """Hello, this is [[PERSON:Wanjiru Kamau]] from [[LOCATION:Nairobi]]. I paid KES 4,500 by M-Pesa from [[PHONE_NUMBER:0722 418 903]] for the electricity token but the receipt shows the wrong name. My ID number is [[ID_NUMBER:28814506]].""",
    """Yesterday [[PERSON:Giovanni Russo]]'s mother-in-law, [[PERSON:Carmela]], turned [[AGE:90]], and the whole family drove down to [[LOCATION:Bari]] for the party at her house on [[ADDRESS:Via Dante Alighieri 44]].""",
    """My name is [[PERSON:Li Wei]] and I need to change the mailing address on my car insurance policy. The new address is [[ADDRESS:2250 Mission College Blvd, Apt 318]], [[LOCATION:Santa Clara]], [[LOCATION:CA]] [[ZIP_CODE:95054]], effective [[DATE_TIME:July 1st]].""",
    """The relocation company confirmed that the movers will pack the [[PERSON:Brennan-Kowalczyk]] household on [[DATE_TIME:Wednesday, 20 November]] and ship to [[LOCATION:Auckland]]; the contact on the day is [[PERSON:Aoife Brennan]], [[PHONE_NUMBER:+353 86 441 2290]].""",
    """When [[PERSON:Thandiwe]] opened her account at the branch in [[LOCATION:Durban]], she gave her ID number [[ID_NUMBER:9308250862081]] and listed her address as [[ADDRESS:17 Musgrave Road]], [[LOCATION:Berea]], [[ZIP_CODE:4001]].""",
    """Reminder for [[PERSON:Arjun]]: your dependant visa fingerprints are scheduled at VFS [[LOCATION:Chennai]] on [[DATE_TIME:Thu 6 Jun 2024, 11:15 IST]]. Carry the printout and both passports ([[ID_NUMBER:T7730514]] and [[ID_NUMBER:V1186402]]).""",
    """[[PERSON:Hamid Rahimi]], an [[NRP:Afghan]] interpreter who worked with the task force in [[LOCATION:Helmand]], arrived in [[LOCATION:Sacramento]] on [[DATE_TIME:September 29, 2021]] with his wife and four children; the resettlement agency placed them at [[ADDRESS:3415 Marconi Ave, Unit 12]].""",
    """Could someone from payroll reach out to [[PERSON:Siobhan Mc Gee]]? Her salary went to her old account again; the new one is [[IBAN_CODE:IE80 AIBK 9320 8841 0772 65]] and she emailed it from [[EMAIL_ADDRESS:siobhan.mcgee@outlook.ie]] on [[DATE_TIME:3 March]].""",
    """We met [[TITLE:Rabbi]] [[PERSON:Feldman]]'s granddaughter [[PERSON:Tova]] at the kiddush; she's [[AGE:26]], just made aliyah last spring and now lives in [[LOCATION:Haifa]].""",
    """Your parcel to [[PERSON:Chen Jiaxin]] at [[ADDRESS:Unit 5, 72 Hoddle Street]], [[LOCATION:Abbotsford]] [[LOCATION:VIC]] [[ZIP_CODE:3067]] could not be delivered. Tracking number 7741 2093 8812 0044. Call us on 13 76 78 to rebook.""",
    """The embassy returned [[PERSON:Marisol Gutiérrez]]'s passport with the D-visa stamped inside; the visa number is [[ID_NUMBER:014938772]] and it is valid from [[DATE_TIME:15.09.2024]] until [[DATE_TIME:14.09.2025]].""",
    """I'm [[PERSON:Pham Thi Lan]], [[AGE:31]], a nurse originally from [[LOCATION:Hue]], and I'd like to ask whether my AHPRA registration can be done before I finish the bridging course. My email is [[EMAIL_ADDRESS:lan.pham.rn@yahoo.com]].""",
    """[[PERSON:Ibrahim]] has been driving for us since [[DATE_TIME:June 2019]]; his licence number is [[ID_NUMBER:IBRAH802159I99TK]] and the van he uses is registered [[ID_NUMBER:LB19 XKE]].""",
    """تم تحديد موعد السيد [[PERSON:سعيد الإدريسي]] في القنصلية العامة للمملكة المغربية بـ[[LOCATION:برشلونة]] يوم [[DATE_TIME:الجمعة 18 أكتوبر 2024 على الساعة العاشرة صباحا]] لتجديد جواز سفره، ويرجى الاتصال به على الرقم [[PHONE_NUMBER:+34 631 20 48 77]] في حالة أي تغيير.""",
    """Our client [[PERSON:Sergei Volkov]] entered the [[LOCATION:United States]] on [[DATE_TIME:2/17/2022]] on a B-2 visa and filed for asylum on [[DATE_TIME:1/30/2023]]. The hearing before Immigration Judge [[PERSON:Patricia Holloway]] is set for [[DATE_TIME:March 6, 2025 at 1:00 p.m.]] in [[LOCATION:Chicago]].""",
    """The school nurse phoned [[PERSON:Deborah]] because [[PERSON:Eli Abramowitz]] (Year 4, born [[DATE_TIME:2015-03-08]]) had a nosebleed after PE; she also asked her to update the emergency contact, which still lists [[PHONE_NUMBER:020 8455 7712]].""",
    """Happy birthday to my amazing wife [[PERSON:Shreya]], who turns [[AGE:35]] today!! Dinner at our place, [[ADDRESS:61 Linden Crescent]], from 7.""",
    """The pet insurer paid out for Biscuit's surgery, but the cheque was made out to [[PERSON:Jonathon Whitlock]] instead of [[PERSON:Jonathan Whitlock]]; his customer number is [[ID_NUMBER:PI-00471188]].""",
    """[[PERSON:Ayşe Kaya]], who came to [[LOCATION:Berlin]] in [[DATE_TIME:August 2016]] on a family reunification visa, got her settlement permit on [[DATE_TIME:7 May 2024]]; the Ausländerbehörde sent it to [[ADDRESS:Sonnenallee 112]], [[ZIP_CODE:12045]] [[LOCATION:Berlin]].""",
    """Per the email from [[EMAIL_ADDRESS:m.delacroix@videotron.ca]], [[PERSON:Mathieu Delacroix]] would like his SIN [[ID_NUMBER:273 904 151]] removed from the tenant file, since the landlord only needs a credit check.""",
    """Tenant [[PERSON:Jasmine Oyelaran-Smith]] reports a leak in the bathroom ceiling of [[ADDRESS:Apartment 6C]]; she will be home [[DATE_TIME:Saturday 15 March between 9 and 12]] for the plumber.""",
    """I, [[PERSON:Manuel Alejandro Reyes]], give permission to [[PERSON:Veronica Reyes]] to pick up my documents at the Philippine consulate in [[LOCATION:Los Angeles]]. My passport number is [[ID_NUMBER:P4471028B]] and my contact number is [[PHONE_NUMBER:+1 818 555 0163]].""",
    """The gym froze [[PERSON:Carlos]]'s membership while his arm heals, from [[DATE_TIME:April 10]] to [[DATE_TIME:June 10]]; the direct debit from account [[ID_NUMBER:41829937]] will pause automatically.""",
    """Visa officer's note: applicant [[PERSON:Aziz Karimov]] ([[NRP:Uzbek]]), [[AGE:29]], states he will study at [[LOCATION:Riga]] and return to [[LOCATION:Tashkent]]; bank statement shows a balance of EUR 9,800; previous refusal on [[DATE_TIME:11 January 2023]].""",
    """The vet can see [[PERSON:Aroha Ngata]]'s dog on [[DATE_TIME:Tuesday at 4:15pm]], she'll bring him from [[LOCATION:Rotorua]]. Her cell is [[PHONE_NUMBER:021 447 9032]].""",
    """Hey [[PERSON:Nikhil]], quick one: [[PERSON:Ravi]]'s OCI card came through, and he wants the copy sent to [[EMAIL_ADDRESS:ravi.s.iyer@protonmail.com]], not his work email. Card number is [[ID_NUMBER:A3471902]].""",
    """The Department has scheduled your naturalisation interview for [[DATE_TIME:29 August 2024 at 14:00]] at Home Affairs in [[LOCATION:Parramatta]]. Please bring your ImmiCard and proof of residence at [[ADDRESS:9 Thomas Street]], [[LOCATION:Harris Park]].""",
    """[[PERSON:Lucía]] and [[PERSON:Tomás Herrera]] signed the lease for [[ADDRESS:1840 W Division St, Apt 2F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60622]] on [[DATE_TIME:January 15]], and their move-in is [[DATE_TIME:February 1]].""",
    """The teacher sent a note home: [[PERSON:Amara Diallo]]'s [[NRP:Muslim]] family asked that she be excused from the pork tasting in food tech, and her mother [[PERSON:Fatoumata]] can be reached at [[PHONE_NUMBER:0161 496 0732]].""",
    """[[PERSON:Dariusz]], the removal quote for [[ADDRESS:22 Rue des Tanneurs]], [[LOCATION:Lille]] to [[LOCATION:Warsaw]] is attached; we'll need your NIP [[ID_NUMBER:5213047784]] for the customs declaration.""",
    """In her statement, [[PERSON:Shirin Mahmoudi]], [[AGE:38]], said she was detained in [[LOCATION:Tehran]] in [[DATE_TIME:October 2022]] because of her [[NRP:Bahá'í]] faith and crossed into [[LOCATION:Turkey]] on [[DATE_TIME:14 March 2023]].""",
    """Dear [[PERSON:Omar]], your US visa appointment at the embassy in [[LOCATION:Amman]] is confirmed for [[DATE_TIME:Sunday, 22 September 2024, 07:30]]. Confirmation no. AA00DXJ4K2. Bring your DS-160 confirmation page and the passport ending 1186.""",
    """hala [[PERSON:mariam]], 3ad [[PERSON:Noor]] ukhti bitsafer l [[LOCATION:Muscat]] yom [[DATE_TIME:il khamees 14 November]], w raqam il CPR ma3ha [[ID_NUMBER:920514728]] law ye7tajoona fil hotel. talfoonha [[PHONE_NUMBER:3617 4420]] 🙏""",
    """[[PERSON:nadia benali]] wrote that she lost her carte de séjour on the metro; she filed the police report at [[LOCATION:Paris 11e]] on [[DATE_TIME:5 février]] and the prefecture gave her a récépissé until [[DATE_TIME:5 May]].""",
    """Interview panel: [[PERSON:Dr. Helen Achterberg]], [[PERSON:Prof. Samuel Osei]] and [[PERSON:Ms. Rachel Kim]]. Candidate [[PERSON:Tariq Jameel]] will dial in from [[LOCATION:Karachi]] on [[DATE_TIME:12 Nov, 15:00 GMT]].""",
    """Please be advised that [[PERSON:Mr. Ahmed Al-Mansoori]]'s family visa for his mother, [[PERSON:Mrs. Mariam Al-Mansoori]], was approved on [[DATE_TIME:28/02/2024]]; the entry permit number is [[ID_NUMBER:201/2024/7/118544]].""",
    """[[PERSON:Jessica Tran-Nguyen]] can't make the jury duty date of [[DATE_TIME:October 7]] because she'll be at her brother's wedding in [[LOCATION:Da Nang]] (her passport, [[US_PASSPORT:A04417728]], is already with the Vietnamese consulate for the visa); she has attached the invitation and a copy of the summons.""",
    """I'd like to transfer my phone number [[PHONE_NUMBER:(646) 555-0187]] to the new plan; account holder [[PERSON:Andre Baptiste]], last four of the SSN on file 7762, and my NY license number is [[US_DRIVER_LICENSE:714 882 390]] if you need it.""",
    """Sharing for the group: [[PERSON:Fatima Zahra]]'s cousin [[PERSON:Youssef]] in [[LOCATION:Casablanca]] is looking for a room in [[LOCATION:Madrid]] from [[DATE_TIME:1 de septiembre]], he's [[AGE:24]] and starts a master's at the Complutense.""",
    """[[PERSON:Mrs. Edna Fairweather]], [[AGE:84]], of [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Missenden]], passed away peacefully on [[DATE_TIME:2nd January 2024]]. Donations to the hospice in lieu of flowers.""",
    """The mortgage broker needs [[PERSON:Ngozi]] and [[PERSON:Emeka Eze]]'s BVNs ([[ID_NUMBER:22184473019]] and [[ID_NUMBER:22310985562]]) before the bank in [[LOCATION:Lagos]] can release the offer.""",
    """Teaching assistant [[PERSON:Rafael Moreno]] ([[EMAIL_ADDRESS:rmoreno3@utexas.edu]]) will hold extra office hours before [[PERSON:Maya Lindgren]]'s thesis defence on [[DATE_TIME:June 3]]; the sign-up sheet is on his page, [[URL:https://sites.utexas.edu/rafael-moreno]].""",
    """The relocation consultant, [[PERSON:Henrike Vogt]], will show [[PERSON:Kenji]] and [[PERSON:Emi Watanabe]] three apartments in [[LOCATION:Munich]] on [[DATE_TIME:Thursday the 9th at 10 am]], starting at [[ADDRESS:Leopoldstraße 78]].""",
    """When I called, the agent read back my details: [[PERSON:Bongani Zulu]], [[ADDRESS:PO Box 1183]], [[LOCATION:Polokwane]], [[ZIP_CODE:0700]], date of birth [[DATE_TIME:19 April 1976]].""",
    """Hi, I'm [[PERSON:Esther Nakato]] and I'm a [[NRP:Ugandan]] citizen applying for a UK visitor visa to attend my daughter's graduation on [[DATE_TIME:17 July]]. My GWF number is GWF071342298 and my phone is [[PHONE_NUMBER:+256 772 340 918]].""",
    """[[PERSON:Paulo]] from the hostel says his [[NRP:Brazilian]] CPF is [[ID_NUMBER:318.407.266-52]] and he needs it on the invoice for his employer.""",
    """We have moved! From [[DATE_TIME:1 December]] [[PERSON:Dr. Anand Krishnamurthy]]'s practice will be at [[ADDRESS:Suite 4, 310 Queen Street]], [[LOCATION:Brisbane]] [[ZIP_CODE:4000]].""",
    """The travel insurer refused [[PERSON:Marta Kowalska]]'s claim because her onward flight from [[LOCATION:Doha]] to [[LOCATION:Bangkok]] was on [[DATE_TIME:3 March]] while her policy ended on [[DATE_TIME:1 March]].""",
    """The police report lists the complainant as [[PERSON:Devon Marcus Riley]], [[AGE:19]], of [[ADDRESS:522 Pine Hollow Drive]], [[LOCATION:Greenville]], [[LOCATION:SC]], and his bike's serial number as WTU187C02244K.""",
    """[[PERSON:Anneke]] asked me to forward this to HR: her BSN is [[ID_NUMBER:174382601]], she starts at the [[LOCATION:Eindhoven]] office on [[DATE_TIME:15 April]], and the 30% ruling application should go in her name, [[PERSON:Anneke van der Berg-Sørensen]].""",
    """During intake the caseworker wrote: client [[PERSON:Abdirahman Warsame]], [[NRP:Somali]], DOB [[DATE_TIME:01/01/1988]], arrived via [[LOCATION:Nairobi]], lives with his cousin at [[ADDRESS:1509 Riverside Ave S, #204]], [[LOCATION:Minneapolis]].""",
    """Note to self: call Grandma [[PERSON:Rosa]] on [[PHONE_NUMBER:(210) 555-0149]] about her birthday lunch on [[DATE_TIME:the 12th]], she'll be [[AGE:88]]!""",
    """Our office can certify translations for [[PERSON:Olena Shevchenko]]'s temporary protection file; she fled [[LOCATION:Kharkiv]] on [[DATE_TIME:26 February 2022]] and registered in [[LOCATION:Kraków]] with PESEL [[ID_NUMBER:87082514320]].""",
    """The library card for [[PERSON:Ethan Blackwood]], [[AGE:12]], is linked to his mum's account and her email [[EMAIL_ADDRESS:cblackwood@btinternet.com]].""",
    """[[PERSON:Sipho]] and I are going to the Home Affairs office in [[LOCATION:Randburg]] on [[DATE_TIME:Monday the 3rd]] to sort out his spousal visa; he's a [[NRP:Zimbabwean]] national and the appointment reference is HA-JHB-774102.""",
    """Could the landlord at [[ADDRESS:Flat 9, Ashby House, 40 Rye Lane]], [[LOCATION:Peckham]] confirm in writing that [[PERSON:Kemi Adeyemi]] has lived there since [[DATE_TIME:May 2021]]? The Home Office needs it for her ILR application.""",
    """[[PERSON:Ana Paula Costa]], [[AGE:45]], a [[NRP:Portuguese]] citizen resident in [[LOCATION:Luxembourg]], asked the commune to register her partner [[PERSON:Jean-Marc Hoffmann]] at [[ADDRESS:12, rue de Hollerich]], [[ZIP_CODE:L-1741]] [[LOCATION:Luxembourg]].""",
    """Thanks for coming to the open house, [[PERSON:Priyanka]]! If you want a second viewing of [[ADDRESS:41 Maple Grove Lane]], text me at [[PHONE_NUMBER:905-555-0132]]. — [[PERSON:Doug]]""",
    """On [[DATE_TIME:14 February 2024]] the Saudi embassy in [[LOCATION:Manila]] stamped [[PERSON:Rowena Dizon]]'s work visa; her employer in [[LOCATION:Riyadh]] will issue her iqama after the medical, and her OWWA number is [[ID_NUMBER:OW-2024-0883156]].""",
    """[[PERSON:Mohamed Elsayed]] tried to log in as [[USERNAME:m.elsayed92]] three times and was locked out; he'd like a reset link sent to [[EMAIL_ADDRESS:melsayed92@hotmail.com]].""",
    """The relocation allowance for [[PERSON:Daniel Ohana]] covers the flight from [[LOCATION:Tel Aviv]] on [[DATE_TIME:8 January]], two months in a serviced flat in [[LOCATION:Amsterdam]] and the IND fee for the highly skilled migrant permit.""",
    """[[TITLE:Sheikh]] [[PERSON:Hamad bin Khalifa Al Thani]] is not related to our client [[PERSON:Hamad Khalifa]], whose QID is [[ID_NUMBER:28763401592]] and who lives in [[LOCATION:Al Wakrah]].""",
    """The dentist's office left a voicemail for [[PERSON:Marcus Feldt]] confirming his cleaning on [[DATE_TIME:Oct. 3 at 2:40 PM]]; if he needs to reschedule, the front desk is at (503) 555-0100.""",
    """[[PERSON:Leilani Kahale]] won the raffle at the Saturday market, so we'll mail the voucher to [[ADDRESS:75-5660 Kopiko St]], [[LOCATION:Kailua-Kona]], [[LOCATION:HI]] [[ZIP_CODE:96740]].""",
    """The moderators banned [[USERNAME:xXshadowfoxXx]] after he posted [[PERSON:Caitlin Rourke]]'s home address, [[ADDRESS:9 Ferncliff Terrace]], [[LOCATION:Douglas]], [[LOCATION:Cork]], in the guild chat.""",
    """لو سمحت، أنا [[PERSON:خالد الشامسي]] وأبغى أجدد إقامة الخادمة [[PERSON:ماريا سانتوس]]. رقم الهوية حقي [[ID_NUMBER:784-1990-1184732-6]] ورقمي [[PHONE_NUMBER:050 381 7724]]، والموعد في مركز التسهيل يوم [[DATE_TIME:الأحد ١٢ مايو]].""",
    """نفيدكم بأن المقيم [[PERSON:عمران خالد]]، [[NRP:باكستاني]] الجنسية، رقم الإقامة [[ID_NUMBER:2451096321]]، قد نقل كفالته إلى مؤسسة النخبة للمقاولات بتاريخ [[DATE_TIME:1445/08/17هـ]]، وجواله [[PHONE_NUMBER:0551 234 870]].""",
    """يا جماعة، [[PERSON:منى]] بنت خالتي اتقبلت في منحة في [[LOCATION:ألمانيا]] وميعاد الفيزا في السفارة في [[LOCATION:الزمالك]] يوم [[DATE_TIME:الخميس ٢٧ يونيو الساعة ١٠ الصبح]]، ادعولها. رقمها لو حد عايز يسألها [[PHONE_NUMBER:0100 447 2981]].""",
    """ana [[PERSON:mahmoud]] w 3ayez a3raf el passport beta3 ommy [[PERSON:sanaa abdel aziz]] gahez wala la2, el raqam el qawmy [[ID_NUMBER:26208150102347]] w etla3 men [[LOCATION:Heliopolis]] yom [[DATE_TIME:3/4]].""",
    """salam, smiti [[PERSON:Zineb Alaoui]], bghit nsowl 3la lvisa dyal [[LOCATION:France]]: dert rendez-vous f TLScontact [[LOCATION:Rabat]] nhar [[DATE_TIME:15 juillet]] w ma wsalni 7ta email. l'email dyali howa [[EMAIL_ADDRESS:zineb.alaoui93@gmail.com]].""",
    """السيد [[PERSON:يوسف بنعلي]]، المزداد بتاريخ [[DATE_TIME:12 مارس 1989]] بـ[[LOCATION:فاس]]، الحامل لبطاقة التعريف الوطنية رقم [[ID_NUMBER:C458921]]، يطلب شهادة السكنى بعنوانه [[ADDRESS:زنقة المعتمد بن عباد رقم 14]]، [[LOCATION:حي الأدارسة]].""",
    """שלום, אני [[PERSON:נועה לוי]], מספר תעודת זהות [[ID_NUMBER:031284573]]. קבעתי תור במשרד הפנים ב[[LOCATION:חולון]] ליום [[DATE_TIME:שלישי, 14.5 בשעה 9:20]] להנפקת דרכון, והטלפון שלי [[PHONE_NUMBER:052-781-4409]].""",
    """[[PERSON:אבי]], הבן של [[PERSON:רינה כהן]], עלה מ[[LOCATION:צרפת]] ב[[DATE_TIME:אוגוסט 2019]] ועדיין מחכה לאזרחות לאשתו [[PERSON:קמיל]]; הם גרים ב[[ADDRESS:רחוב הנביאים 31]], [[LOCATION:ירושלים]].""",
    """היי [[PERSON:דנה]], תזכירי ל[[PERSON:יוסי אברהמי]] שהוא בן [[AGE:45]] ולא צריך יותר ליווי לבדיקה, והמייל שלו הוא [[EMAIL_ADDRESS:yossi.avrahami@walla.co.il]].""",
]

BENCH = [
    """Dear [[PERSON:Leandro Ferraz]], as our Senior Payroll Coordinator you are authorised to approve the overtime claims of the [[LOCATION:Lisbon]] team. Please confirm from your workstation (IP [[IP_ADDRESS:10.44.18.203]], MAC 3C:22:FB:91:0E:7A) before the payroll run.""",
    """Concert ticket refund request. Card: [[CREDIT_CARD:4539 1488 0343 6715]], exp 09/27, CVV 311. Cardholder: [[PERSON:Mariam Haddad]], [[ADDRESS:4471 Oakmont Court]], [[LOCATION:Dearborn]], [[LOCATION:MI]] [[ZIP_CODE:48126]]. The box office will credit the amount within ten working days.""",
    """Hi [[PERSON:Kenzo]], your residence card collection is booked at the immigration bureau in [[LOCATION:Shinagawa]] for [[DATE_TIME:2024/10/08 13:30]]. Bring your current card ([[ID_NUMBER:UH48127305FA]]), your passport and the postcard we mailed to [[ADDRESS:3-14-2 Higashi-Gotanda]], [[LOCATION:Tokyo]] [[ZIP_CODE:141-0022]].""",
    """Our Lead Tax Strategist [[PERSON:Gwendolyn Achebe-Price]] asked that her SSN [[US_SSN:521-44-8093]] be masked on the onboarding packet; her DOB is [[DATE_TIME:07/19/1983]] and she is [[AGE:41]]. Gender: female. Height: 170 cm.""",
    """The account of [[USERNAME:nightowl_ravi]] was accessed from [[IP_ADDRESS:2a02:c7f:8e1c:4a00:5d1b:91ff:fe3a:220c]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15. If this wasn't [[PERSON:Ravi Shankar Iyer]], reset the password (current: Tr0pic@l_77) immediately.""",
    """Transfer to [[PERSON:Henrietta Mbeki]]: IBAN [[IBAN_CODE:GB64 BUKB 2020 1555 7388 12]], BIC BUKBGB22, amount £3,480.00, reference RELOC-EXP-2291. Beneficiary address: [[ADDRESS:Flat 12]], [[ADDRESS:88 Whitechapel High Street]], [[LOCATION:London]], [[ZIP_CODE:E1 7QX]].""",
    """[[PERSON:Dmitri Kovalenko]], male, 6'1", born [[DATE_TIME:March 2nd, 1979]], a Chief Marketing Analyst at the [[LOCATION:Kyiv]] branch, requested that his temporary protection ID [[ID_NUMBER:UA-TP-0481937]] be linked to his staff number [[ID_NUMBER:EMP-330915]].""",
    """Please send the apostilled birth certificate of [[PERSON:Oyelaran Bamidele]] to the consular officer at [[ADDRESS:2201 M Street NW]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20037]] before the interview on [[DATE_TIME:11th November 2024]]. Questions: [[EMAIL_ADDRESS:b.oyelaran@gmx.com]].""",
    """Vehicle [[ID_NUMBER:KX72 NHU]] registered to [[PERSON:Priscilla Amankwah]] at [[ADDRESS:56 Gorse Hill Road]], [[LOCATION:Wokingham]] received a penalty notice. Payment card on file: [[CREDIT_CARD:5425233430109184]], expiry 11/26.""",
    """[[PERSON:Soraya]], your application for the summer cooking course in [[LOCATION:Spain]] was received by our office in [[LOCATION:Toronto]]. We will contact you at [[PHONE_NUMBER:+1-416-555-0198]] or [[EMAIL_ADDRESS:soraya.nikzad@icloud.com]]. Application no. SCC-24-004417.""",
    """عزيزي [[PERSON:بدر العنزي]]، تم تسجيل الدخول إلى حسابك [[USERNAME:bader.alenezi]] من العنوان [[IP_ADDRESS:37.39.122.81]] باستخدام Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X). إذا لم تكن أنت، اتصل بنا فورا. رقم الحساب [[IBAN_CODE:KW62 CBKU 0000 0000 0000 1339 8700 45]]، الرقم المدني [[ID_NUMBER:290041104429]]، الهاتف [[PHONE_NUMBER:+965 6631 2087]].""",
    """Attention [[PERSON:Consuelo Villarreal]]: as Regional Compliance Manager you are required to verify the I-9 of [[PERSON:Tran Minh Duc]], whose EAD card number is [[ID_NUMBER:SRC2290184632]] and whose start date is [[DATE_TIME:08/26/2024]].""",
    """Your Emirates NBD debit card [[CREDIT_CARD:4929 5033 8174 0227]] linked to [[IBAN_CODE:AE29 0330 0000 1234 5678 901]] has been activated. Cardholder [[PERSON:Fahad Al Marzouqi]], mobile [[PHONE_NUMBER:+971 50 662 1840]]. PIN 4471 was sent separately.""",
    """The Junior Visa Specialist, [[PERSON:Beatriz Okafor-Lindgren]], logged in from [[IP_ADDRESS:185.92.13.240]] on [[DATE_TIME:2024-03-18 09:14:55]] and uploaded the passport scan of [[PERSON:Lukas Brandt]] ([[ID_NUMBER:C01X00T47]]), [[NRP:German]] national.""",
    """Our records show that [[PERSON:Nkechi]], age [[AGE:33]], living at [[ADDRESS:Suite 402]], [[ADDRESS:1188 Peachtree St NE]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]], has an outstanding balance. Card [[CREDIT_CARD:3714 963539 84314]] was declined, CVV 8821.""",
    """Need to verify identity of [[PERSON:Yitzhak Peretz]]: Teudat Zehut [[ID_NUMBER:204558712]], DOB [[DATE_TIME:1972-11-30]], phone [[PHONE_NUMBER:+972 54-331-8820]], address [[ADDRESS:Rehov Herzl 118]], [[LOCATION:Rishon LeZion]] [[ZIP_CODE:7526708]].""",
    """Greetings [[PERSON:Delphine]], the relocation package for your move to [[LOCATION:Montréal]] includes a temporary residence at [[ADDRESS:1450 Rue Sherbrooke Ouest, app. 1107]], [[LOCATION:QC]] [[ZIP_CODE:H3G 1L1]] from [[DATE_TIME:June 3]] until [[DATE_TIME:July 31]]. Your CAQ number is [[ID_NUMBER:CAQ-24-118203]].""",
    """Hello [[PERSON:Mr. Okonjo]], this is to confirm that the car with plate [[ID_NUMBER:LND-482-KJ]] belongs to you. Your driver's licence [[ID_NUMBER:AAA08513AA42]] expires on [[DATE_TIME:18/02/2027]]. We have your MAC 00:1A:2B:3C:4D:5E on file for the tracker.""",
    """Billing contact: [[PERSON:Wilhelmina Stroud]] | [[EMAIL_ADDRESS:w.stroud@stroud-family.net]] | [[PHONE_NUMBER:(312) 555-0172]] | DL [[US_DRIVER_LICENSE:S530-4417-8812]] | Discover [[CREDIT_CARD:6011 0009 9013 9424]] exp 02/28 | Bitmask 0x1F | [[ADDRESS:2840 N Halsted St, Unit 3R]], [[LOCATION:Chicago]] [[ZIP_CODE:60657]].""",
    """Re: Investor visa — [[PERSON:Chiara Benedetti]] will transfer the qualifying amount from [[IBAN_CODE:DE89 5001 0517 5400 2887 11]] to the escrow account on [[DATE_TIME:Friday 27 September]]. Her codice fiscale is [[ID_NUMBER:BNDCHR85M62F205C]].""",
    """Please issue a new password reset for user [[USERNAME:cmbatha.dev]] ([[PERSON:Cebo Mbatha]]). Last successful login: [[DATE_TIME:12/03/2024 22:41]] from [[IP_ADDRESS:196.25.181.77]]. Device: Mozilla/5.0 (Linux; Android 14; SM-S918B) Chrome/123.0 Mobile.""",
    """[[PERSON:Isabeau Rochefort-Diallo]], the Principal Interactions Designer, shared her new address: [[ADDRESS:Bâtiment C, 17 Avenue Jean Jaurès]], [[ZIP_CODE:69007]] [[LOCATION:Lyon]]. Phone: [[PHONE_NUMBER:+33 6 48 21 77 09]]. Portfolio: [[URL:https://isabeau-rochefort.design]].""",
    """For the H-1B amendment, the petitioner lists beneficiary [[PERSON:Venkata Subramanian]], born [[DATE_TIME:May 14, 1990]] in [[LOCATION:Madurai]], passport [[ID_NUMBER:Z5548210]], I-94 number 312447851A3, current address [[ADDRESS:800 W El Camino Real, Apt 214]], [[LOCATION:Mountain View]], [[LOCATION:CA]] [[ZIP_CODE:94040]].""",
    """Patient [[PERSON:Rosalind Jayne Kutch]], female, [[AGE:58]], blood type O-, presented on [[DATE_TIME:2024-01-09]]; NHS number [[ID_NUMBER:485 777 3457]]; GP [[PERSON:Dr. Imran Siddiqui]]. Next of kin: [[PERSON:Harold Kutch]], [[PHONE_NUMBER:07911 123 507]].""",
    """Member [[PERSON:Ingrid Solberg]] with loyalty ID [[ID_NUMBER:LYL-887-20431]] redeemed 12,000 points at the [[LOCATION:Bergen]] store. Her IBAN [[IBAN_CODE:NL25 RABO 0154 4209 86]] is on file for refunds (BIC RABONL2U).""",
    """Dear [[PERSON:Jamal]], the airport pickup ticket #APU-55910 is assigned to you. The employee, [[PERSON:Haruto Sato]], flies into [[LOCATION:Austin]] on [[DATE_TIME:Aug 19, 6:05 PM]]; pick him up and take him to [[ADDRESS:1600 S Congress Ave, Apt 5B]].""",
    """New member registration: [[PERSON:Gabriela Tóth]], [[NRP:Hungarian]], [[AGE:36]], residing at [[ADDRESS:Calle de Alcalá 214, 3º izq.]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]]; NIE [[ID_NUMBER:Y4185602K]]; phone [[PHONE_NUMBER:+34 612 447 903]].""",
    """[[PERSON:Marquise]], your card ending 2108 was replaced by a new one, [[CREDIT_CARD:4111 8204 5590 3269]], valid thru 07/29, CVC 640. It will be mailed to [[ADDRESS:PO Box 7731]], [[LOCATION:Baton Rouge]], [[LOCATION:LA]] [[ZIP_CODE:70896]].""",
    """Access granted to [[PERSON:Lior Ben-David]] ([[EMAIL_ADDRESS:lior.bd@techmail.co.il]]) from [[IP_ADDRESS:77.137.54.210]]; IMEI 353911098271142; role: Junior Solutions Engineer; passport [[ID_NUMBER:34982117]] ([[NRP:Israeli]]).""",
    """The Saudi visa service center confirms that [[PERSON:Abdulkareem Olayemi]] submitted his work visa on [[DATE_TIME:17/07/2024]]. His sponsor's national ID is [[ID_NUMBER:1088223746]] and the visa will be emailed to [[EMAIL_ADDRESS:a.olayemi@yahoo.co.uk]].""",
    """[[PERSON:Thandeka Mokoena]] asked to update her income tax reference to [[ID_NUMBER:3461827903]] on the payroll system. Her salary account is [[ID_NUMBER:62841039917]] at FNB branch code 250655.""",
    """Your e-visa for [[LOCATION:Türkiye]] was issued to [[PERSON:Arash Tehrani]], passport [[ID_NUMBER:X48217730]], arrival date [[DATE_TIME:15.08.2024]]. Payment by [[CREDIT_CARD:5227 8104 4398 1277]] was successful. Keep this for border control.""",
    """Hi [[PERSON:Gustavo]], the Director of Optimization wants the lab kit shipped to [[ADDRESS:371 Bay Street, 14th floor]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5H 2Y4]]. His SIN for the customs form is [[ID_NUMBER:527 134 407]].""",
    """[[PERSON:Nour El Houda Benjelloun]] ([[USERNAME:nour.benj]]) requested a copy of her data. Registered IP: [[IP_ADDRESS:105.159.33.8]]; phone: [[PHONE_NUMBER:+212 661-480273]]; address: [[ADDRESS:Résidence Al Boustane, Imm. 4, Apt 12]], [[LOCATION:Agdal]], [[LOCATION:Rabat]].""",
    """مرحبا [[PERSON:سلطان]]، تم إصدار تأشيرة الزيارة العائلية لوالدتك [[PERSON:حصة المطيري]]. رقم الجواز [[ID_NUMBER:K7718230]]، تاريخ الوصول [[DATE_TIME:2024/09/03]]، وتم الدفع بالبطاقة [[CREDIT_CARD:4509 0312 6755 8933]] (CVV 207).""",
    """Hallo [[PERSON:Eyal]], your IBAN [[IBAN_CODE:IL12 0108 0000 0009 9998 765]] is verified. Next salary to [[PERSON:Eyal Mizrahi]] on [[DATE_TIME:10/06]]. Login device: Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X). IP [[IP_ADDRESS:84.229.17.102]].""",
    """[[PERSON:Agnieszka Wróbel-Nowak]] — female — Senior Factors Liaison — [[DATE_TIME:23/11/1986]] — [[ADDRESS:ul. Marszałkowska 84/92 m. 117]], [[ZIP_CODE:00-514]] [[LOCATION:Warszawa]] — PESEL [[ID_NUMBER:86112304827]] — account [[IBAN_CODE:GB47 LOYD 3096 2281 1044 77]].""",
    """The residence permit card for [[PERSON:Florin Popescu]] has been produced. Card number [[ID_NUMBER:ZR4109822]], valid until [[DATE_TIME:30/04/2029]]. Collect it at the Service Point in [[LOCATION:Utrecht]] on [[DATE_TIME:Wednesday 12 June, 14:20]].""",
    """Payment from [[PERSON:Ahmed Zaki Hassan]] ([[IBAN_CODE:EG16 0019 0005 0000 0002 6318 0002 1]]) for the relocation service received. Ship household goods to [[ADDRESS:Villa 27, Street 9]], [[LOCATION:Al Rehab City]], [[LOCATION:New Cairo]]. Contact [[PHONE_NUMBER:+20 122 418 0735]].""",
    """Dear [[PERSON:Ms. Abena Owusu-Ansah]], your UK eVisa has been linked to passport [[ID_NUMBER:G2931776]]. Share code W7X 4K2 9LP is valid for 90 days. Your UKVI account email is [[EMAIL_ADDRESS:abena.oa@gmail.com]].""",
    """INSURANCE CLAIM FORM
Claim No.: HC-2024-0071932
Policy No.: PLH-88120477
Claimant: [[PERSON:Rutendo Chikwanha]]
Date of Birth: [[DATE_TIME:14 June 1985]]
Address: [[ADDRESS:23 Ridgeview Close]], [[LOCATION:Bedfordview]], [[ZIP_CODE:2008]]
ID Number: [[ID_NUMBER:8704125124080]]
Date of loss: [[DATE_TIME:02 March 2024]]
Description: Geyser burst in the roof space, water damage to the ceilings of two bedrooms. Assessor [[PERSON:Pieter van Wyk]] visited on [[DATE_TIME:6 March 2024]].""",
    """EMPLOYMENT AGREEMENT

This Employment Agreement is made on [[DATE_TIME:1 July 2024]] between Northwind Logistics FZ-LLC, a company registered in the [[LOCATION:Jebel Ali Free Zone]], and [[PERSON:Mr. Arvind Balakrishnan]], an [[NRP:Indian]] national holding passport no. [[ID_NUMBER:R6620148]] (the "Employee"), residing at [[ADDRESS:Al Barsha South 2, Villa 118]], [[LOCATION:Dubai]]. The Employer shall sponsor the Employee's residence visa and Emirates ID and shall bear the costs of the medical fitness test.""",
    """PATIENT INTAKE — Riverside Family Clinic
Name: [[PERSON:Hollis J. Amberly]]
DOB: [[DATE_TIME:09/02/1957]]   Age: [[AGE:67]]
MRN: [[ID_NUMBER:RFC-0048821]]
Insurance: Medicare, MBI [[ID_NUMBER:4TR7-WD2-KJ61]]
Phone: [[PHONE_NUMBER:(541) 555-0128]]
Emergency contact: [[PERSON:Loretta Amberly]] (wife)
Reason for visit: follow-up on type 2 diabetes, A1c 7.4%.""",
    """NOTICE OF HEARING

To: [[PERSON:Adebola Fashola]], Respondent
Address: [[ADDRESS:1122 E 14th St, Apt 3]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94606]]
Alien Registration No.: [[ID_NUMBER:A-097-114-562]]

You are ordered to appear at a master calendar hearing before the Immigration Court at [[ADDRESS:630 Sansome Street]], [[LOCATION:San Francisco]], on [[DATE_TIME:Thursday, January 16, 2025 at 8:30 a.m.]] Failure to appear may result in an order of removal in your absence.""",
    """LOAN APPLICATION — Personal Loan
Applicant: [[PERSON:Keisha Moreland-Obi]]
SSN: [[US_SSN:438-71-2206]]
Date of birth: [[DATE_TIME:1988-04-21]]
Employer: Harborview Medical Center (Registered Nurse, 6 years)
Annual income: $84,200
Residence: [[ADDRESS:5015 38th Ave NE]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98105]] (renting, 3 years)
Driver's license: [[US_DRIVER_LICENSE:WDL7KQ9R41B8]]
Requested amount: $15,000 over 48 months.""",
    """Dear [[PERSON:Mr. Gonçalves]],

We are pleased to confirm your relocation package for the transfer from [[LOCATION:São Paulo]] to [[LOCATION:Zurich]]. The package covers economy flights for you, [[PERSON:Fernanda]] and [[PERSON:Lucas]] on [[DATE_TIME:9 September 2024]], three months of temporary housing at [[ADDRESS:Seefeldstrasse 142]], [[ZIP_CODE:8008]] [[LOCATION:Zürich]], and support with your L permit application.

Kind regards,
[[PERSON:Nadine Huber]]
Global Mobility""",
    """WORKERS' COMPENSATION CLAIM
Employee name: [[PERSON:Santiago Ruiz Peña]]
Employee ID: [[ID_NUMBER:WH-20831]]
Date of injury: [[DATE_TIME:04/22/2024, approx. 2:15 PM]]
Location: Loading dock B, [[ADDRESS:8800 Industrial Pkwy]], [[LOCATION:Fresno]] [[LOCATION:CA]]
Injury: laceration to left hand from a pallet strap
Treating physician: [[PERSON:Dr. Anita Raman]]
Supervisor: [[PERSON:Terrence Whitfield]], ext. 2241""",
    """RESIDENTIAL TENANCY AGREEMENT
Landlord: [[PERSON:Colm Fitzgerald]], [[ADDRESS:The Coach House, Ballybrack Road]], [[LOCATION:Co. Dublin]]
Tenant: [[PERSON:Hui Min Goh]], PPSN [[ID_NUMBER:8845120DA]]
Property: [[ADDRESS:Apartment 14, Block B, Clancy Quay]], [[LOCATION:Islandbridge]], [[LOCATION:Dublin 8]], [[ZIP_CODE:D08 XT02]]
Term: 12 months commencing [[DATE_TIME:1 August 2024]]
Rent: €2,150 per month, payable to [[IBAN_CODE:IE78 BOFI 9000 1729 3846 51]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Eitan Shapiro]], male, [[AGE:71]]
ID: [[ID_NUMBER:317720464]]
Admitted: [[DATE_TIME:03.02.2024]]   Discharged: [[DATE_TIME:09.02.2024]]
Diagnosis: community-acquired pneumonia, resolved.
Follow-up with family physician [[PERSON:Dr. Miriam Katz]] at the Maccabi clinic on Rehov Ibn Gabirol within one week. Contact daughter [[PERSON:Shira]] at [[PHONE_NUMBER:050-624-1187]].""",
    """CERTIFICATE OF SPONSORSHIP — SUMMARY
Sponsor licence number: 2KX9Q04R7
Worker: [[PERSON:Bich Ngoc Hoang]]
Nationality: [[NRP:Vietnamese]]
Date of birth: [[DATE_TIME:27/10/1996]]
Passport: [[ID_NUMBER:C8841207]]
Job: Senior Care Worker, SOC 6136, £23,200 p.a.
Work address: [[ADDRESS:Willow Court Care Home, 4 Mill Lane]], [[LOCATION:Stockport]], [[ZIP_CODE:SK4 2LP]]
Intended start date: [[DATE_TIME:14 October 2024]]""",
    """NOTICE OF RENT INCREASE

Date: [[DATE_TIME:March 1, 2024]]
To: [[PERSON:Marvin]] and [[PERSON:Lucille Abernathy]]
Premises: [[ADDRESS:77 Sycamore Street, Unit 2]], [[LOCATION:Worcester]], [[LOCATION:MA]] [[ZIP_CODE:01609]]

Please take notice that, effective [[DATE_TIME:May 1, 2024]], your monthly rent will increase from $1,650 to $1,760. All other terms of your tenancy remain unchanged.
[[PERSON:Raymond Cho]], Property Manager, Elmwood Realty (508) 555-0110""",
    """VISA APPLICATION — SUPPORTING LETTER

I, [[PERSON:Noura Al-Sabah]], residing at [[ADDRESS:Block 3, Street 12, House 41]], [[LOCATION:Salwa]], [[LOCATION:Kuwait]], confirm that I will host my friend [[PERSON:Claire Dubois]] (passport [[ID_NUMBER:19FV44281]]) from [[DATE_TIME:2 December]] to [[DATE_TIME:16 December 2024]] and cover her accommodation. My Civil ID is [[ID_NUMBER:287061402311]] and my mobile is [[PHONE_NUMBER:+965 9904 3172]].""",
    """PRESCRIPTION
Patient: [[PERSON:Graciela Montenegro]]   DOB: [[DATE_TIME:1949-12-05]]
Address: [[ADDRESS:3307 W Flagler St]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33135]]
Rx: Amlodipine 5 mg, 1 tab PO daily, #30, refills 3
Prescriber: [[PERSON:Dr. Oren Weiss]], DEA [[ID_NUMBER:BW4417209]], NPI [[ID_NUMBER:1598023368]]
Date: [[DATE_TIME:10/14/2024]]""",
    """AUTO INSURANCE — FIRST NOTICE OF LOSS
Insured: [[PERSON:Oluwatoyin Bakare]]
Policy: AUT-3391-0082
Vehicle: 2019 Toyota Corolla, plate [[ID_NUMBER:KJA 447 FX]]
Incident: [[DATE_TIME:11 May 2024, around 18:40]], rear-ended at a traffic light on Herbert Macaulay Way, [[LOCATION:Yaba]], [[LOCATION:Lagos]]
Third party: [[PERSON:Chukwuemeka Nwosu]], [[PHONE_NUMBER:0803 512 7746]]
Photos attached; police report LAG/YB/2024/0518.""",
    """REFERENCE LETTER

To whom it may concern,

[[PERSON:Amir Hosseini]] has worked at our firm as a structural engineer since [[DATE_TIME:15 January 2018]]. He is a reliable colleague and I support his application for permanent residence in [[LOCATION:Canada]] under the Express Entry programme. He may be reached at [[EMAIL_ADDRESS:amir.hosseini.eng@gmail.com]]; his publications are listed at [[URL:https://www.linkedin.com/in/amir-hosseini-peng]].

[[PERSON:Farzaneh Rostami]], Managing Partner""",
    """SCHOOL ENROLMENT FORM
Child: [[PERSON:Zara Iqbal]]   Date of birth: [[DATE_TIME:3 April 2018]]
Parent/guardian: [[PERSON:Mrs. Sadia Iqbal]]
Home address: [[ADDRESS:49 Cromer Street]], [[LOCATION:Bradford]], [[ZIP_CODE:BD7 1PN]]
Phone: [[PHONE_NUMBER:07842 660 119]]
Religion: [[NRP:Muslim]]   Home language: Urdu
Medical: mild asthma, inhaler in bag""",
    """MORTGAGE PRE-APPROVAL
Borrowers: [[PERSON:Jacob Whitehorse]] and [[PERSON:Elena Whitehorse]]
SINs: [[ID_NUMBER:138 522 073]] / [[ID_NUMBER:718 302 961]]
Property: [[ADDRESS:2217 Alder Crescent]], [[LOCATION:Kamloops]], [[LOCATION:BC]] [[ZIP_CODE:V2B 4X9]]
Pre-approved amount: CAD 540,000 at 5.19% fixed, 25-year amortization
Rate hold expires 90 days from issue.""",
    """NOTICE TO VACATE
Date: [[DATE_TIME:2 September 2024]]
Tenant: [[PERSON:Siddharth Rao]], [[ADDRESS:Flat 7, Sunview Apartments, 14 Brigade Road]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560025]]
Dear tenant, as per clause 11, I request you to vacate the premises on or before [[DATE_TIME:31 October 2024]]. The security deposit of ₹1,20,000 will be refunded after inspection.
[[PERSON:K. Lakshmi Narayanan]], Owner, [[PHONE_NUMBER:+91 98450 21376]]""",
    """DEPENDANT VISA — CHECKLIST CONFIRMATION
Main applicant: [[PERSON:Dr. Samuel Mensah]] (Global Talent)
Dependant 1: [[PERSON:Akosua Mensah]], spouse, born [[DATE_TIME:12/08/1989]], passport [[ID_NUMBER:G1842035]]
Dependant 2: [[PERSON:Kwabena Mensah]], child, born [[DATE_TIME:30/05/2017]], passport [[ID_NUMBER:G2207619]]
Biometrics booked: [[DATE_TIME:Monday 18 March, 09:10]], VFS [[LOCATION:Accra]]
TB certificates: attached.""",
    """CREDIT CARD DISPUTE FORM
Cardholder: [[PERSON:Bernadette Kowalski]]
Card number: [[CREDIT_CARD:5289 1766 2013 4485]]
Transaction: 06/03, ACME ELECTRONICS ONLINE, $1,249.99
Reason: item never received; merchant unresponsive since [[DATE_TIME:June 10]]
Contact: [[EMAIL_ADDRESS:bkowalski58@aol.com]], [[PHONE_NUMBER:(414) 555-0156]]
Signature: [[PERSON:B. Kowalski]]   Date: [[DATE_TIME:06/24/2024]]""",
    """CONSENT FOR TREATMENT OF A MINOR
I, [[PERSON:Tiago Marques]], parent of [[PERSON:Inês Marques]], age [[AGE:14]], consent to her treatment by [[PERSON:Dr. Priya Nandakumar]] during the school exchange in [[LOCATION:Cork]] from [[DATE_TIME:5 May]] to [[DATE_TIME:19 May 2024]].
Parent phone: [[PHONE_NUMBER:+351 912 448 073]]   Email: [[EMAIL_ADDRESS:tiago.marques@sapo.pt]]""",
    """DECISION ON APPLICATION FOR RESIDENCE PERMIT
Applicant: [[PERSON:Ali Reza Mohammadi]]
Date of birth: [[DATE_TIME:05.01.1993]]
Nationality: [[NRP:Afghan]]
Migration Agency case 23-418862
The application for a work permit received on [[DATE_TIME:14 September 2023]] is granted. The permit is valid until [[DATE_TIME:13 September 2025]]. The residence card will be sent to [[ADDRESS:Kungsgatan 42 lgh 1203]], [[ZIP_CODE:753 21]] [[LOCATION:Uppsala]].""",
    """הסכם שכירות
שנערך ונחתם ב[[LOCATION:תל אביב]] ביום [[DATE_TIME:15 ביולי 2024]]
בין: [[PERSON:משה ברק]], ת"ז [[ID_NUMBER:027448190]] (להלן: "המשכיר")
לבין: [[PERSON:תמר אזולאי]], ת"ז [[ID_NUMBER:305182768]], מ[[ADDRESS:רחוב ויצמן 44, דירה 6]], [[LOCATION:כפר סבא]] (להלן: "השוכרת")
הנכס: [[ADDRESS:רחוב דיזנגוף 210, קומה 3]], [[LOCATION:תל אביב]]
דמי השכירות: 6,800 ש"ח לחודש, ישולמו לחשבון [[IBAN_CODE:IL09 0126 8100 0005 8812 340]].""",
    """تأكيد حجز موعد — مركز خدمات التأشيرات
الاسم: [[PERSON:ريم عبد الرحمن الزهراني]]
رقم الهوية الوطنية: [[ID_NUMBER:1027718459]]
رقم الجواز: [[ID_NUMBER:U4471920]]
نوع التأشيرة: دراسية — [[LOCATION:المملكة المتحدة]]
موعد البصمة: [[DATE_TIME:الاثنين 2024/08/19 الساعة 11:30]] — [[LOCATION:جدة]]
الجوال: [[PHONE_NUMBER:0504 772 318]]""",
    """אישור העסקה
הריני לאשר כי [[PERSON:מוחמד עבאס]], ת"ז [[ID_NUMBER:058319625]], מועסק בחברתנו כמהנדס תוכנה מיום [[DATE_TIME:1.3.2021]] ועד היום. האישור ניתן לבקשתו לצורך הגשת בקשה לוויזה ל[[LOCATION:ארצות הברית]].
[[PERSON:רונית גולדברג]], מנהלת משאבי אנוש""",
    """DEED OF GIFT
[[PERSON:Harriet Okafor]], of [[ADDRESS:14 Bramble Way]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK4 3BN]], hereby gifts the sum of £20,000 to her son [[PERSON:Daniel Okafor]] towards the purchase of [[ADDRESS:62 Fairfield Road]], [[LOCATION:Bedford]]. No repayment is expected. Witnessed by [[PERSON:Janet Lowe]] on [[DATE_TIME:18 April 2024]].""",
    """IMMIGRATION MEDICAL EXAMINATION — PANEL PHYSICIAN REPORT
Applicant: [[PERSON:Maricel Bautista]]   Sex: F   DOB: [[DATE_TIME:1990-06-17]]
Passport: [[ID_NUMBER:P2190443A]]   HAP ID: 88412093
Chest X-ray: normal. Serology: non-reactive.
Examined on [[DATE_TIME:2024-05-08]] at St. Luke's Extension Clinic, [[LOCATION:Manila]].
Panel physician: [[PERSON:Dr. Ramon Villanueva]]""",
    """نموذج طلب قرض شخصي
اسم العميل: [[PERSON:هبة مصطفى عبد الله]]
الرقم القومي: [[ID_NUMBER:29103250104488]]
تاريخ الميلاد: [[DATE_TIME:25/03/1991]]
العنوان: [[ADDRESS:15 شارع الثورة]]، [[LOCATION:مصر الجديدة]]، [[LOCATION:القاهرة]]
الموبايل: [[PHONE_NUMBER:01227 480 915]]
جهة العمل: شركة النيل للأدوية — صيدلانية
رقم الحساب: [[IBAN_CODE:EG72 0037 0013 0000 0044 1827 6105 3]]
قيمة القرض المطلوبة: 150,000 جنيه""",
    """HOUSEHOLD GOODS INVENTORY — INTERNATIONAL MOVE
Shipper: [[PERSON:Matthias Keller]]
Origin: [[ADDRESS:Rosenstraße 9]], [[ZIP_CODE:80331]] [[LOCATION:München]]
Destination: [[ADDRESS:Unit 1804, The Address Residences]], [[LOCATION:Dubai]]
Consignee contact: [[PHONE_NUMBER:+971 55 218 0647]]
Packing date: [[DATE_TIME:22 July 2024]]   Container: 20' FCL
Passport copy and UAE residence visa ([[ID_NUMBER:201/2024/5/087731]]) attached for customs.""",
    """LEAVE REQUEST
Employee: [[PERSON:Fiona Nakagawa-Reid]]   Staff no. [[ID_NUMBER:NZ-44719]]
Type: Annual leave
From [[DATE_TIME:Mon 23 Dec 2024]] to [[DATE_TIME:Fri 10 Jan 2025]]
Reason: travel to [[LOCATION:Osaka]] for family
Approved by: [[PERSON:Hemi Walker]]""",
    """{"case_id": "RP-2024-118734", "stage": "biometrics_done", "applicant": {"full_name": "[[PERSON:Layla Mansour]]", "dob": "[[DATE_TIME:1992-03-14]]", "nationality": "[[NRP:Lebanese]]", "passport_no": "[[ID_NUMBER:LR2784410]]", "email": "[[EMAIL_ADDRESS:layla.mansour@outlook.com]]", "phone": "[[PHONE_NUMBER:+961 3 418 227]]"}, "permit_type": "EU Blue Card", "employer": "Kestrel Analytics GmbH", "officer": "[[USERNAME:b.hartmann]]"}""",
    """2024-06-11T08:42:17Z INFO auth-service login ok user=[[USERNAME:kfernandes]] name="[[PERSON:Kevin Fernandes]]" src_ip=[[IP_ADDRESS:203.0.113.77]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/125.0" session=9f3c1e2a-77b4-4c1d-a0e2-5d9b3f0c8e61""",
    """INSERT INTO customers (id, first_name, last_name, email, phone, street, city, postcode, dob) VALUES (10442, '[[PERSON:Ewa]]', '[[PERSON:Zielińska]]', '[[EMAIL_ADDRESS:ewa.zielinska@wp.pl]]', '[[PHONE_NUMBER:+48 601 228 419]]', '[[ADDRESS:ul. Długa 17/4]]', '[[LOCATION:Gdańsk]]', '[[ZIP_CODE:80-827]]', '[[DATE_TIME:1984-09-02]]');""",
    """<visaApplication id="SCH-FR-2024-55102">
  <applicant>
    <surname>[[PERSON:Benhaddou]]</surname>
    <givenNames>[[PERSON:Karim]]</givenNames>
    <birthDate>[[DATE_TIME:1987-02-19]]</birthDate>
    <birthPlace>[[LOCATION:Oujda]]</birthPlace>
    <passportNumber>[[ID_NUMBER:UZ7140382]]</passportNumber>
    <homeAddress>[[ADDRESS:Rue Ibn Battouta 23]], [[LOCATION:Casablanca]]</homeAddress>
  </applicant>
  <intendedArrival>[[DATE_TIME:2024-11-02]]</intendedArrival>
  <purpose>business</purpose>
</visaApplication>""",
    """# clinic-scheduler/config/contacts.yaml
escalation:
  primary:
    name: [[PERSON:Harpreet Sandhu]]
    mobile: "[[PHONE_NUMBER:+1 604 555 0191]]"
    email: [[EMAIL_ADDRESS:harpreet.sandhu@northshore-clinic.ca]]
  backup:
    name: [[PERSON:Owen Tremblay]]
    mobile: "[[PHONE_NUMBER:+1 514 555 0167]]"
support_mailbox: frontdesk@northshore-clinic.ca
timezone: America/Vancouver""",
    """Ticket #48213 — Priority: High
Reporter: [[PERSON:Chioma Eze]] <[[EMAIL_ADDRESS:chioma.eze@bluewave.ng]]>
Subject: Can't upload proof of address to HR portal
Body: Hi, since yesterday I get error 413 when I upload the scan of my electricity bill for [[ADDRESS:14B Admiralty Way]], [[LOCATION:Lekki]]. My employee ID is [[ID_NUMBER:BW-11802]] and I'm on [[IP_ADDRESS:102.89.33.14]]. Deadline from HR is [[DATE_TIME:Friday 14 June]].
Assignee: it-helpdesk""",
    """def test_mask_customer():
    record = {
        "name": "[[PERSON:Amelia Hartley-Jones]]",
        "card": "[[CREDIT_CARD:4000 6128 7735 2108]]",
        "cvv": "418",
        "expiry": "05/28",
        "iban": "[[IBAN_CODE:GB28 MIDL 4005 1572 6388 01]]",
    }
    masked = mask(record)
    assert masked["cvv"] == "***\"""",
    """[2024-08-03 14:07:55,112] WARN  payments.refund - refund failed for customer_id=[[ID_NUMBER:C-0088213]] holder='[[PERSON:Olamide Adeyemi]]' card=[[CREDIT_CARD:5353104433879022]] reason=EXPIRED_CARD retry_at=2024-08-04T02:00:00Z""",
    """{"event":"appointment.booked","ts":"2024-07-02T10:21:04+04:00","data":{"service":"Emirates ID renewal","centre":"Al Barsha","slot":"[[DATE_TIME:2024-07-09T08:15:00+04:00]]","client":{"name":"[[PERSON:Priyanka Deshmukh]]","eid":"[[ID_NUMBER:784-1985-6620193-9]]","mobile":"[[PHONE_NUMBER:+971 52 447 3019]]"}}}""",
    """SELECT * FROM visa_applicants WHERE passport_no = '[[ID_NUMBER:AC4419028]]' OR (surname = '[[PERSON:Okoro]]' AND dob = '[[DATE_TIME:1979-08-11]]');
-- requested by [[USERNAME:m.lindqvist]] for audit on 2024-05-22""",
    """[user]
    name = [[PERSON:Siddhant Bhatia]]
    email = [[EMAIL_ADDRESS:siddhant.bhatia@hey.com]]
[github]
    user = [[USERNAME:sbhatia-dev]]
[core]
    editor = nvim
    autocrlf = input""",
    """FORM I-765 (excerpt)
1.a Family Name: [[PERSON:NWANKWO]]
1.b Given Name: [[PERSON:CHINEDU]]
1.c Middle Name: [[PERSON:EMMANUEL]]
2. A-Number: [[ID_NUMBER:A 201 556 847]]
3. USCIS Online Account Number: [[ID_NUMBER:0014 7720 9931]]
4. U.S. Social Security Number: [[US_SSN:614-28-9037]]
5. Mailing Address: [[ADDRESS:4410 Sheridan Rd, Apt 1206]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60640]]
6. Date of Last Arrival: [[DATE_TIME:08/14/2022]]
Eligibility category: (c)(8)""",
    """Jun 12 03:14:22 vpn-gw01 openvpn[2231]: [[USERNAME:a.rahman]]/[[IP_ADDRESS:94.205.118.63]]:51744 MULTI: Learn: [[IP_ADDRESS:10.8.0.14]] -> [[USERNAME:a.rahman]]/[[IP_ADDRESS:94.205.118.63]]:51744
Jun 12 03:14:22 vpn-gw01 openvpn[2231]: [[USERNAME:a.rahman]]/[[IP_ADDRESS:94.205.118.63]]:51744 peer info: IV_HWADDR=a4:83:e7:19:2c:0b""",
    """<Employee>
  <StaffId>[[ID_NUMBER:SG-20417]]</StaffId>
  <Name>[[PERSON:Tan Wei Jie]]</Name>
  <NRIC>[[ID_NUMBER:S8734126G]]</NRIC>
  <Mobile>[[PHONE_NUMBER:+65 9128 4470]]</Mobile>
  <Address>[[ADDRESS:Blk 412 Bedok North Ave 2, #07-118]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]]</Address>
  <JoinDate>[[DATE_TIME:2019-04-01]]</JoinDate>
  <Department>Treasury</Department>
</Employee>""",
    """Support ticket BL-7731 (billing)
Customer: [[PERSON:Matteo Galli]]
Home: [[LOCATION:Doha]], [[LOCATION:Qatar]]
Issue: The school fee invoice was sent to the old address ([[ADDRESS:Via Torino 61]], [[ZIP_CODE:20123]] [[LOCATION:Milano]]); please update to [[ADDRESS:Tower 18, Porto Arabia, Apt 905]], [[LOCATION:The Pearl]]. Customer phone [[PHONE_NUMBER:+974 5520 8174]]; IBAN for reimbursement [[IBAN_CODE:QA39 DOHB 0000 0000 0011 4220 9350 1]].
Status: waiting on finance""",
    """curl -X POST https://api.example-hr.com/v2/employees \\
  -H "Authorization: Bearer $HR_TOKEN" \\
  -d '{"name":"[[PERSON:Grace Otieno]]","national_id":"[[ID_NUMBER:31447820]]","kra_pin":"[[ID_NUMBER:A014778203Q]]","phone":"[[PHONE_NUMBER:+254 711 902 338]]","start_date":"[[DATE_TIME:2024-09-02]]"}'""",
    """id,event,actor,target,detail
 88123,PERMISSION_CHANGE,admin.ops,[[USERNAME:jvasquez]],granted read on visa file of [[PERSON:Jorge Vásquez]]
 88124,DOWNLOAD,[[USERNAME:jvasquez]],passport_scan.pdf,from [[IP_ADDRESS:172.16.40.22]]""",
    """{
  "traveller": "[[PERSON:Hadas Ben-Ami]]",
  "passport": "[[ID_NUMBER:33874190]]",
  "esta_application": "Y4KD72P9W1Q3",
  "contact": {"email": "[[EMAIL_ADDRESS:hadas.benami@gmail.com]]", "phone": "[[PHONE_NUMBER:+972-54-912-3306]]"},
  "address_in_us": "[[ADDRESS:245 E 54th St, Apt 9D]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10022]]",
  "arrival": "[[DATE_TIME:2024-10-20]]"
}""",
    """ERROR 2024-04-29 16:55:03 kyc.verify: document mismatch for applicant_id=77120 name=[[PERSON:Faisal Al-Harbi]] doc_type=NATIONAL_ID doc_no=[[ID_NUMBER:1150632980]] dob_on_doc=[[DATE_TIME:1401/03/12]] dob_entered=[[DATE_TIME:1981-02-14]] ip=[[IP_ADDRESS:51.36.204.18]]""",
    """Ticket: VISA-2291 | Opened by [[PERSON:Rebecca Lindholm]] (HR) | Employee: [[PERSON:Oleksandr Melnyk]], staff no [[ID_NUMBER:E-55871]] | Issue: work permit expires [[DATE_TIME:2024-12-31]], renewal filed [[DATE_TIME:2024-10-03]], employer letter needed | Contact: [[EMAIL_ADDRESS:o.melnyk@corvid-labs.eu]] | Watchers: legal@corvid-labs.eu""",
    """-- seed data for staging
UPDATE users SET phone = '[[PHONE_NUMBER:+44 7700 900 461]]', address_line1 = '[[ADDRESS:31 Albion Street]]', city = '[[LOCATION:Glasgow]]', postcode = '[[ZIP_CODE:G1 1LH]]', ni_number = '[[ID_NUMBER:JT 42 81 06 C]]' WHERE username = '[[USERNAME:fmcallister]]';""",
    """name: onboarding-bot
env:
  SLACK_CHANNEL: "#new-joiners"
  NOTIFY: "[[EMAIL_ADDRESS:pauline.ndlovu@kestrel.co.za]]"
  WELCOME_TEXT: "Please welcome [[PERSON:Pauline Ndlovu]], who joins the [[LOCATION:Harare]] office on [[DATE_TIME:1 August]]!"
  RELEASE: 2.4.11""",
    """Form: Consular Registration of Birth
Child's name: [[PERSON:Amelie Rose Harrington]]
Date and time of birth: [[DATE_TIME:21 March 2024, 04:52]]
Place of birth: [[LOCATION:Abu Dhabi]], [[LOCATION:UAE]]
Mother: [[PERSON:Sophie Harrington]] (née [[PERSON:Clarke]]), passport [[US_PASSPORT:552019874]]
Father: [[PERSON:Thomas Harrington]], passport [[US_PASSPORT:548830162]]
Home address: [[ADDRESS:Villa 12, Al Raha Gardens]], [[LOCATION:Abu Dhabi]]""",
    """POST /api/v1/relocation/requests HTTP/1.1
Host: mobility.internal
X-Forwarded-For: [[IP_ADDRESS:41.250.117.96]]
Content-Type: application/json

{"employee":"[[PERSON:Hicham Ouazzani]]","from":"[[LOCATION:Tanger]]","to":"[[LOCATION:Paris]]","family_size":3,"visa":"passeport talent","phone":"[[PHONE_NUMBER:+212 6 61 23 48 90]]","iban":"[[IBAN_CODE:MA64 0077 8000 0112 2334 4556 6711]]"}""",
    """{"name":"[[PERSON:שירה אלון]]","id":"[[ID_NUMBER:066140336]]","city":"[[LOCATION:באר שבע]]","phone":"[[PHONE_NUMBER:054-7719920]]","dob":"[[DATE_TIME:02/11/1998]]","notes":"ביקשה להעביר את התור בקונסוליה ל[[DATE_TIME:יום ראשון 9.6]]"}""",
    """2024-05-14 11:02:41 [audit] user="[[USERNAME:h.alqasimi]]" action=VIEW record=visa_file subject="[[PERSON:حمد القاسمي]]" subject_eid=[[ID_NUMBER:784-2003-4471086-6]] client_ip=[[IP_ADDRESS:94.200.41.17]]""",
    """HELPDESK FORM
Name: [[PERSON:Bridget O'Connell]]
Username: [[USERNAME:boconnell]]
Device: Dell Latitude 7440, serial 8QZK4Y3, MAC f4:ce:46:a1:09:7d
Issue: VPN drops every 10 minutes since I moved to [[ADDRESS:22 Parnell Square]], [[LOCATION:Dublin 1]]
Callback: [[PHONE_NUMBER:087 341 6621]]
Best time: after 3pm""",
    """const applicant = {
  firstName: "[[PERSON:Amadou]]",
  lastName: "[[PERSON:Sow]]",
  dateOfBirth: "[[DATE_TIME:1995-11-23]]",
  passport: "[[ID_NUMBER:A01884927]]",
  residencePermit: "[[ID_NUMBER:RP-SN-441092]]",
  phone: "[[PHONE_NUMBER:+221 77 408 21 93]]",
  // do not log this object in production
};""",
    """<Transaction>
  <Debtor><Name>[[PERSON:Gülşen Yılmaz]]</Name><IBAN>[[IBAN_CODE:TR650001000182993418270001]]</IBAN></Debtor>
  <Creditor><Name>Atlas Self Storage Ltd</Name><IBAN>[[IBAN_CODE:GB74NAIA07011620817430]]</IBAN><BIC>NAIAGB21</BIC></Creditor>
  <Amount Ccy="EUR">1450.00</Amount>
  <RemittanceInfo>Invoice 2024-0917 storage fee</RemittanceInfo>
</Transaction>""",
    """[[PERSON:Mehdi]] (intake chatbot form)
Q: Full name? A: [[PERSON:Mehdi Bouazza]]
Q: Date of arrival in [[LOCATION:Canada]]? A: [[DATE_TIME:sept 14 2023]]
Q: Current address? A: [[ADDRESS:6520 rue Saint-Hubert, app 3]], [[LOCATION:Montréal]] [[ZIP_CODE:H2S 2M3]]
Q: Document? A: work permit, UCI [[ID_NUMBER:1124-9903]]
Q: Phone? A: [[PHONE_NUMBER:438 555 0182]]""",
]

TABLE = [
    """applicant_name,nationality,passport_no,visa_type,appointment,status
[[PERSON:Hoang Van Minh]],[[NRP:Vietnamese]],[[ID_NUMBER:C4471902]],Student,[[DATE_TIME:2024-07-02 09:00]],scheduled
[[PERSON:Gabriel Mendes]],[[NRP:Brazilian]],[[ID_NUMBER:FX338104]],Work,[[DATE_TIME:2024-07-02 09:20]],scheduled
[[PERSON:Aigerim Nurlanovna]],[[NRP:Kazakh]],[[ID_NUMBER:N14820377]],Visitor,[[DATE_TIME:2024-07-02 09:40]],no-show""",
    """Name\tDept\tExt\tMobile\tEmail
[[PERSON:Rhiannon Pryce]]\tFinance\t4102\t[[PHONE_NUMBER:07723 418 905]]\t[[EMAIL_ADDRESS:r.pryce@harlow-group.co.uk]]
[[PERSON:Babajide Ogun]]\tIT\t4177\t[[PHONE_NUMBER:07488 201 644]]\t[[EMAIL_ADDRESS:b.ogun@harlow-group.co.uk]]
[[PERSON:Caoimhe Walsh]]\tLegal\t4120\t[[PHONE_NUMBER:07390 557 812]]\t[[EMAIL_ADDRESS:c.walsh@harlow-group.co.uk]]""",
    """| Patient | DOB | NHS No. | Ward | Consultant |
|---|---|---|---|---|
| [[PERSON:Dorothy Pickering]] | [[DATE_TIME:12/03/1941]] | [[ID_NUMBER:943 476 5919]] | Ward 7 | [[PERSON:Dr. Fenwick]] |
| [[PERSON:Yaw Boateng]] | [[DATE_TIME:28/09/1963]] | [[ID_NUMBER:401 023 2137]] | Ward 4 | [[PERSON:Dr. Chaudhry]] |
| [[PERSON:Agnes Mulholland]] | [[DATE_TIME:05/01/1938]] | [[ID_NUMBER:721 650 9382]] | Ward 7 | [[PERSON:Dr. Fenwick]] |""",
    """{"member_id": "[[ID_NUMBER:GYM-20931]]", "name": "[[PERSON:Tyrone Basset]]", "plan": "off-peak", "joined": "[[DATE_TIME:2023-01-09]]", "age": [[AGE:29]]}
{"member_id": "[[ID_NUMBER:GYM-20932]]", "name": "[[PERSON:Mei Chen]]", "plan": "full", "joined": "[[DATE_TIME:2023-01-11]]", "age": [[AGE:41]]}
{"member_id": "[[ID_NUMBER:GYM-20935]]", "name": "[[PERSON:Santosh KC]]", "plan": "student", "joined": "[[DATE_TIME:2023-01-15]]", "age": [[AGE:20]]}""",
    """EMPLOYEE          START       CITY         PERMIT EXPIRY
[[PERSON:Olga Petrenko]]     [[DATE_TIME:2022-03-01]]  [[LOCATION:Wrocław]]      [[DATE_TIME:2025-02-28]]
[[PERSON:Ravi Teja Goud]]    [[DATE_TIME:2023-06-15]]  [[LOCATION:Kraków]]       [[DATE_TIME:2026-06-14]]
[[PERSON:Juan Pablo Díaz]]   [[DATE_TIME:2021-11-08]]  [[LOCATION:Warszawa]]     [[DATE_TIME:2024-11-07]]""",
    """tenants:
  - name: [[PERSON:Abigail Ferreira]]
    unit: "[[ADDRESS:3B]]"
    phone: "[[PHONE_NUMBER:(617) 555-0134]]"
    lease_end: [[DATE_TIME:2025-05-31]]
  - name: [[PERSON:Kenji Morales]]
    unit: "[[ADDRESS:4A]]"
    phone: "[[PHONE_NUMBER:(617) 555-0176]]"
    lease_end: [[DATE_TIME:2024-12-31]]
building: [[ADDRESS:212 Tremont St]], [[LOCATION:Boston]], [[LOCATION:MA]] [[ZIP_CODE:02116]]""",
    """Customer ID: [[ID_NUMBER:CU-448120]]
Name: [[PERSON:Meredith Van Houten]]
Card: [[CREDIT_CARD:3775 124088 65334]]
Expiry: 04/27
Billing ZIP: [[ZIP_CODE:85251]]
Phone: [[PHONE_NUMBER:480-555-0193]]
Tier: Gold""",
    """student_no;surname;first_name;programme;visa_status;email
[[ID_NUMBER:2310447]];[[PERSON:Adeyemi]];[[PERSON:Tolulope]];MSc Data Science;Student visa;[[EMAIL_ADDRESS:t.adeyemi@student.dmu.ac.uk]]
[[ID_NUMBER:2310452]];[[PERSON:Khan]];[[PERSON:Zainab]];MSc Finance;Dependant;[[EMAIL_ADDRESS:z.khan@student.dmu.ac.uk]]
[[ID_NUMBER:2310468]];[[PERSON:Liu]];[[PERSON:Haoran]];MEng Robotics;Graduate route;[[EMAIL_ADDRESS:h.liu@student.dmu.ac.uk]]""",
    """| # | Driver | Licence | Plate | Shift |
|---|--------|---------|-------|-------|
| 1 | [[PERSON:Mandla Khumalo]] | [[ID_NUMBER:1040 2211 8JX4]] | [[ID_NUMBER:CA 558-091]] | night |
| 2 | [[PERSON:Riaan Botha]] | [[ID_NUMBER:1040 3377 2PL9]] | [[ID_NUMBER:CY 204-713]] | day |
| 3 | [[PERSON:Lerato Mahlangu]] | [[ID_NUMBER:1040 5590 1KR2]] | [[ID_NUMBER:CA 771-360]] | day |""",
    """ref,guest,check_in,check_out,room,nationality,passport
BK-90311,[[PERSON:Henrik Dahl]],[[DATE_TIME:2024-08-12]],[[DATE_TIME:2024-08-15]],412,[[NRP:Danish]],[[ID_NUMBER:208841673]]
BK-90312,[[PERSON:Fatma Aydın]],[[DATE_TIME:2024-08-12]],[[DATE_TIME:2024-08-19]],508,[[NRP:Turkish]],[[ID_NUMBER:U30419882]]
BK-90318,[[PERSON:Chloe Bernard]],[[DATE_TIME:2024-08-13]],[[DATE_TIME:2024-08-14]],215,[[NRP:French]],[[ID_NUMBER:22AK18305]]""",
    """Volunteer roster — food bank
Name            | Phone          | Availability
[[PERSON:Marguerite Lowe]] | [[PHONE_NUMBER:0412 905 118]]   | Sat am
[[PERSON:Sione Tupou]]     | [[PHONE_NUMBER:0433 721 604]]   | Sat am, Sun
[[PERSON:Anh Nguyen]]      | [[PHONE_NUMBER:0401 338 250]]   | Wed pm""",
    """- employee: [[PERSON:Darius Farahani]]
  ssn: "[[US_SSN:302-55-7184]]"
  state: [[LOCATION:Ohio]]
  hire_date: [[DATE_TIME:2021-02-22]]
  exempt: true
- employee: [[PERSON:Leah Goldstein]]
  ssn: "[[US_SSN:147-83-2290]]"
  state: [[LOCATION:New Jersey]]
  hire_date: [[DATE_TIME:2019-10-07]]
  exempt: false""",
    """Name,Age,Sex,Diagnosis,Admitted
[[PERSON:Kofi Mensah]],[[AGE:54]],M,Hypertension,[[DATE_TIME:2024-02-03]]
[[PERSON:Priti Shah]],[[AGE:37]],F,Gestational diabetes,[[DATE_TIME:2024-02-04]]
[[PERSON:Eduardo Salazar]],[[AGE:66]],M,COPD exacerbation,[[DATE_TIME:2024-02-04]]
[[PERSON:Ruth Abebe]],[[AGE:23]],F,Appendicitis,[[DATE_TIME:2024-02-05]]""",
    """payee\tiban\tamount\tmemo
[[PERSON:Jonas Schreiber]]\t[[IBAN_CODE:DE47 3704 0044 0532 0130 77]]\t1,250.00\tmoving allowance
[[PERSON:Mirela Ionescu]]\t[[IBAN_CODE:DE94 1007 0024 0841 2256 03]]\t980.00\tdeposit refund
[[PERSON:Pieter de Vries]]\t[[IBAN_CODE:NL95 INGB 0006 6372 81]]\t420.50\ttravel""",
    """Applicant               Date of birth   Country of birth   UCI
[[PERSON:Hamza Yousef]]            [[DATE_TIME:1994-05-09]]      [[LOCATION:Jordan]]             [[ID_NUMBER:1109-2281]]
[[PERSON:Mariana López Ortiz]]     [[DATE_TIME:1991-12-17]]      [[LOCATION:Colombia]]           [[ID_NUMBER:1087-4402]]
[[PERSON:Kiran Bhattarai]]         [[DATE_TIME:1998-03-30]]      [[LOCATION:Nepal]]              [[ID_NUMBER:1120-5576]]""",
    """{"user": "[[USERNAME:sky_walker77]]", "email": "[[EMAIL_ADDRESS:luke.okafor@gmail.com]]", "last_login": "[[DATE_TIME:2024-06-30T21:14:08Z]]", "ip": "[[IP_ADDRESS:82.132.214.6]]", "plan": "free"}
{"user": "[[USERNAME:mira.k]]", "email": "[[EMAIL_ADDRESS:mira.kowalczyk@onet.pl]]", "last_login": "[[DATE_TIME:2024-07-01T07:02:51Z]]", "ip": "[[IP_ADDRESS:89.64.12.198]]", "plan": "pro"}""",
    """Contact sheet — school trip to [[LOCATION:York]]
Pupil: [[PERSON:Oscar Bell]]        Parent: [[PERSON:Hannah Bell]]        Tel: [[PHONE_NUMBER:07811 402 377]]
Pupil: [[PERSON:Aisha Rahman]]      Parent: [[PERSON:Shahida Rahman]]     Tel: [[PHONE_NUMBER:07956 118 240]]
Pupil: [[PERSON:Leo Kowalczyk]]     Parent: [[PERSON:Marek Kowalczyk]]    Tel: [[PHONE_NUMBER:07400 771 935]]""",
    """| Item | SKU | Qty | Unit price | Buyer |
|------|-----|-----|-----------:|-------|
| Moving boxes (L) | MB-L-20 | 20 | 2.40 | [[PERSON:J. Okwuosa]] |
| Bubble wrap 50m | BW-50 | 2 | 11.90 | [[PERSON:J. Okwuosa]] |
| Wardrobe carton | WC-01 | 3 | 8.75 | [[PERSON:T. Lindgren]] |""",
    """account_no,holder,branch,opened,balance
[[ID_NUMBER:0048817263]],[[PERSON:Rukhsana Begum]],[[LOCATION:Whitechapel]],[[DATE_TIME:2015-04-20]],2310.55
[[ID_NUMBER:0048817390]],[[PERSON:Callum Fraser]],[[LOCATION:Inverness]],[[DATE_TIME:2019-09-02]],87.10
[[ID_NUMBER:0048818004]],[[PERSON:Nia Williams]],[[LOCATION:Cardiff Bay]],[[DATE_TIME:2021-01-15]],15022.00""",
    """Name: [[PERSON:Ikechukwu Obi]]
DOB: [[DATE_TIME:02-Feb-1990]]
NIN: [[ID_NUMBER:41125089713]]
State of origin: [[LOCATION:Anambra]]
Residential address: [[ADDRESS:12 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]]
Phone: [[PHONE_NUMBER:0809 442 1173]]
Occupation: Pharmacist""",
    """id | full_name | email | role | created_at
---+-----------+-------+------+-----------
 1 | [[PERSON:Valentina Greco]] | [[EMAIL_ADDRESS:vgreco@fastmail.com]] | admin | [[DATE_TIME:2023-02-11]]
 2 | [[PERSON:Tomás Ó Briain]] | [[EMAIL_ADDRESS:tobriain@eircom.net]] | editor | [[DATE_TIME:2023-03-02]]
 3 | [[PERSON:Yuki Tanaka]] | [[EMAIL_ADDRESS:yuki.t@me.com]] | viewer | [[DATE_TIME:2023-03-19]]""",
    """Interpreter bookings, week 32
Client              Language    Appointment                 Venue
[[PERSON:Abdullahi Hassan]]    Somali      [[DATE_TIME:Mon 5 Aug 10:00]]            Home Office, [[LOCATION:Croydon]]
[[PERSON:Tigist Alemu]]        Amharic     [[DATE_TIME:Tue 6 Aug 14:30]]            GP surgery, [[LOCATION:Lewisham]]
[[PERSON:Nguyen Van Long]]     Vietnamese  [[DATE_TIME:Thu 8 Aug 09:15]]            Magistrates' court, [[LOCATION:Stratford]]""",
    """first,last,street,city,state,zip
[[PERSON:Earl]],[[PERSON:Dunbar]],[[ADDRESS:1908 Cedar Ridge Rd]],[[LOCATION:Lexington]],[[LOCATION:KY]],[[ZIP_CODE:40505]]
[[PERSON:Latoya]],[[PERSON:Simmons]],[[ADDRESS:77 Hollis Ave]],[[LOCATION:Newark]],[[LOCATION:NJ]],[[ZIP_CODE:07105]]
[[PERSON:Brent]],[[PERSON:Kowalczyk]],[[ADDRESS:4420 S Kedzie Ave, Apt 2]],[[LOCATION:Chicago]],[[LOCATION:IL]],[[ZIP_CODE:60632]]""",
    """# dependants.toml (family of [[PERSON:Rodrigo Silva]], relocating to [[LOCATION:Lisbon]])
[dependant.spouse]
name = "[[PERSON:Ana Beatriz Silva]]"
birth = "[[DATE_TIME:1990-08-04]]"
passport = "[[ID_NUMBER:GH118420]]"

[dependant.child]
name = "[[PERSON:Pedro Henrique Silva]]"
birth = "[[DATE_TIME:2016-02-27]]"
passport = "[[ID_NUMBER:GK402977]]"
school_year = 3""",
    """Card holder        | Card                 | Exp   | Limit
[[PERSON:Oluwadamilare Ojo]]  | [[CREDIT_CARD:5204 7488 1166 2391]]  | 09/26 | 5,000
[[PERSON:Sunita Agarwal]]     | [[CREDIT_CARD:4024 0071 9934 7286]]  | 01/27 | 2,500
[[PERSON:Connor Reilly]]      | [[CREDIT_CARD:3566 0020 2036 0505]]  | 12/25 | 1,000""",
    """Relocation tracker
employee: [[PERSON:Astrid Nilsen]]  | from: [[LOCATION:Oslo]]   | to: [[LOCATION:Singapore]] | visa: EP approved | move date: [[DATE_TIME:2024-09-14]]
employee: [[PERSON:Rahul Khanna]]   | from: [[LOCATION:Pune]]   | to: [[LOCATION:Dublin]]    | visa: CSEP pending | move date: [[DATE_TIME:2024-10-01]]
employee: [[PERSON:Grace Mwangi]]   | from: [[LOCATION:Nairobi]]| to: [[LOCATION:Toronto]]   | visa: LMIA-exempt | move date: [[DATE_TIME:2024-11-18]]""",
    """Name\tAadhaar\tPAN\tMobile
[[PERSON:Suresh Yadav]]\t[[ID_NUMBER:4287 1930 6526]]\t[[ID_NUMBER:AEKPY4417M]]\t[[PHONE_NUMBER:98401 22736]]
[[PERSON:Kavitha Reddy]]\t[[ID_NUMBER:6339 0218 7453]]\t[[ID_NUMBER:BQRPR2209K]]\t[[PHONE_NUMBER:99860 41185]]""",
    """Date,Event,Attendee,Email,Dietary
[[DATE_TIME:2024-09-21]],Alumni dinner,[[PERSON:Rosalie Chen-Whitaker]],[[EMAIL_ADDRESS:rosalie.cw@gmail.com]],vegetarian
[[DATE_TIME:2024-09-21]],Alumni dinner,[[PERSON:Ibrahim Sesay]],[[EMAIL_ADDRESS:isesay@yahoo.com]],halal
[[DATE_TIME:2024-09-21]],Alumni dinner,[[PERSON:Duncan McLeod]],[[EMAIL_ADDRESS:dmcleod@hotmail.co.uk]],none""",
    """owner          pet      breed             vaccinated   owner_phone
[[PERSON:Lindiwe Sithole]]  Bella    Labrador          2024-02-10   [[PHONE_NUMBER:082 447 1093]]
[[PERSON:Jacques du Plessis]] Max      Jack Russell      2024-03-02   [[PHONE_NUMBER:071 338 2265]]
[[PERSON:Fatima Patel]]     Simba    Maine Coon        2023-12-19   [[PHONE_NUMBER:083 902 5514]]""",
    """Sign-in sheet — open day
| Time  | Visitor | Company | Host |
| 09:05 | [[PERSON:Marcus Oyelowo]] | Brightline Ltd | [[PERSON:K. Sharma]] |
| 09:40 | [[PERSON:Elspeth Carr]] | — | [[PERSON:K. Sharma]] |
| 10:15 | [[PERSON:Diego Ramírez]] | Andes Freight | [[PERSON:P. Moyo]] |""",
    """{"tfn": "[[ID_NUMBER:458 291 703]]", "name": "[[PERSON:Brooke Hennessy]]", "postcode": "[[ZIP_CODE:6050]]", "state": "[[LOCATION:WA]]", "super_fund": "AustralianSuper"}
{"tfn": "[[ID_NUMBER:872 051 139]]", "name": "[[PERSON:Hamish Doyle]]", "postcode": "[[ZIP_CODE:3121]]", "state": "[[LOCATION:VIC]]", "super_fund": "Hostplus"}""",
    """الاسم,الجنسية,رقم الجواز,تاريخ الوصول,الهاتف
[[PERSON:أحمد يوسف النجار]],[[NRP:أردني]],[[ID_NUMBER:N883104]],[[DATE_TIME:2024/03/11]],[[PHONE_NUMBER:+962 79 554 1208]]
[[PERSON:فاطمة الزهراء بنعيسى]],[[NRP:مغربية]],[[ID_NUMBER:ZT4409812]],[[DATE_TIME:2024/03/12]],[[PHONE_NUMBER:+212 670-118534]]
[[PERSON:محمود عبد الحميد]],[[NRP:مصري]],[[ID_NUMBER:A19927744]],[[DATE_TIME:2024/03/14]],[[PHONE_NUMBER:+20 111 904 3386]]""",
    """שם | ת"ז | עיר | טלפון
[[PERSON:אורי שטרן]] | [[ID_NUMBER:329105852]] | [[LOCATION:רמת גן]] | [[PHONE_NUMBER:050-3348271]]
[[PERSON:מאיה פרידמן]] | [[ID_NUMBER:211904370]] | [[LOCATION:חיפה]] | [[PHONE_NUMBER:052-9014476]]""",
    """| Name | Emirates ID | Mobile | Residence visa expiry | Grade |
|---|---|---|---|---|
| [[PERSON:Joseph Thomas Kuriakose]] | [[ID_NUMBER:784-1992-4053317-6]] | [[PHONE_NUMBER:+971 56 390 2281]] | [[DATE_TIME:2025-03-18]] | B2 |
| [[PERSON:Maribel Santos Cruz]] | [[ID_NUMBER:784-1978-0455120-4]] | [[PHONE_NUMBER:+971 50 772 1904]] | [[DATE_TIME:2024-11-30]] | C1 |
| [[PERSON:Imran Sheikh]] | [[ID_NUMBER:784-1995-0318847-8]] | [[PHONE_NUMBER:+971 54 118 6620]] | [[DATE_TIME:2026-01-07]] | B1 |""",
    """Name: [[PERSON:Salma Al-Khatib]]
Iqama No.: [[ID_NUMBER:2390147714]]
Sponsor: Gulf Horizon Trading Co.
Profession: Accountant
Iqama expiry (H): [[DATE_TIME:1447/02/21]]
Mobile: [[PHONE_NUMBER:+966 56 740 1182]]
Salary IBAN: [[IBAN_CODE:SA22 1000 0000 3055 2716 4900]]""",
]

CHAT = [
    """[10:02] Agent ([[PERSON:Lina]]): Hi, thanks for contacting Atlas Relocation. How can I help today?
[10:03] Customer: hi, I'm [[PERSON:Grzegorz Nowicki]], my sea container was supposed to reach [[LOCATION:Melbourne]] last week and nobody has called me
[10:03] Agent ([[PERSON:Lina]]): Sorry to hear that, [[PERSON:Grzegorz]]. Can you confirm the delivery address and a contact number?
[10:04] Customer: [[ADDRESS:18 Wattle Street]], [[LOCATION:Brunswick East]] [[LOCATION:VIC]] [[ZIP_CODE:3057]], mobile [[PHONE_NUMBER:0468 220 917]]
[10:06] Agent ([[PERSON:Lina]]): Thanks. Shipment ATL-SEA-55817 cleared customs this morning; the depot will call you to book delivery. Is [[DATE_TIME:Thursday the 21st]] any good?
[10:06] Customer: thursday works, after 1pm please
[10:07] Agent ([[PERSON:Lina]]): Noted. Anything else?
[10:07] Customer: no that's it, thanks""",
    """Mum 💐: [[PERSON:Sunil]] did the embassy reply about Papa's visa??
[[PERSON:Sunil]]: not yet mum, the interview is on [[DATE_TIME:the 9th at 8:30]] in [[LOCATION:Mumbai]]
Mum 💐: which documents
[[PERSON:Sunil]]: his passport [[ID_NUMBER:J8840216]], the invitation letter from [[PERSON:Meera]] and her green card copy
[[PERSON:Meera]]: I already couriered it to your address, [[ADDRESS:B-604 Lotus Residency, Link Road]], [[LOCATION:Andheri West]]
Mum 💐: ok beta. also give them your number [[PHONE_NUMBER:98200 41733]] not mine
[[PERSON:Sunil]]: 👍""",
    """#people-ops
[[PERSON:Hannah Voss]] 9:14 AM
heads up, [[PERSON:Kwabena]]'s work permit was approved 🎉 start date moves to [[DATE_TIME:Oct 14]]
[[PERSON:Marco Silvestri]] 9:15 AM
nice! do we have his [[LOCATION:Berlin]] address for the contract?
[[PERSON:Hannah Voss]] 9:16 AM
temp one: [[ADDRESS:Boxhagener Str. 73]], [[ZIP_CODE:10245]] [[LOCATION:Berlin]]. his steuer-ID is [[ID_NUMBER:47 036 892 816]], I'll put it in Personio not here next time 🙈
[[PERSON:Marco Silvestri]] 9:17 AM
👍 and the relocation budget is under cost center 4410. btw his github is [[URL:https://github.com/kwabena-asante]] if anyone wants to see what he's been building""",
    """Support chat — TeleLink Mobile
Bot: To verify your identity, please give your full name, date of birth and the postcode on the account.
User: [[PERSON:Precious Chinyere Okeke]], [[DATE_TIME:17/08/1992]], [[ZIP_CODE:SE15 4QL]]
Bot: Thank you. Connecting you to an agent.
Agent [[PERSON:Daniel]]: Hi [[PERSON:Precious]], I see you want to port your number [[PHONE_NUMBER:07538 119 604]]. Your PAC code is RPL 448 219 and is valid for 30 days.
User: great, and can you send the final bill to [[EMAIL_ADDRESS:precious.okeke@gmail.com]]?
Agent [[PERSON:Daniel]]: Done!""",
    """[[PERSON:Khalid]]: salam shabab, mn 3indah ra2am mandoob el jawazat? 3indi mo3amala le abooy
[[PERSON:Sultan]]: wa3alaikum, kalim [[PERSON:Abu Fahad]] [[PHONE_NUMBER:0503 118 472]]
[[PERSON:Khalid]]: tamam, w el iqama ra2amha [[ID_NUMBER:2517730848]]?? la la hathi 7ag el 3amil mob 7ag abooy 😅
[[PERSON:Sultan]]: hhh ok, el maw3ed [[DATE_TIME:yom el a7ad 9 el sob7]] in sha allah""",
    """[[PERSON:רוני]]: מישהו יודע מתי התור של סבתא [[PERSON:אסתר]] בשגרירות [[LOCATION:גרמניה]]?
[[PERSON:אלה]]: [[DATE_TIME:יום רביעי 23.10 ב-11:00]], אני לוקחת אותה
[[PERSON:רוני]]: מעולה. תזכירי לה להביא את הדרכון הישן ואת תעודת הלידה מ[[LOCATION:פולין]]
[[PERSON:אלה]]: כבר סידרתי, והם התקשרו אליה ל[[PHONE_NUMBER:03-6417728]]""",
    """Text thread — landlord
Tenant ([[PERSON:Jordan]]): hey [[PERSON:Mrs. Patterson]], the heat is out again at my place, [[ADDRESS:unit 2B]]
[[PERSON:Mrs. Patterson]]: Ugh sorry [[PERSON:Jordan]]. I'll send [[PERSON:Ray]] over, he's the handyman. His number is [[PHONE_NUMBER:(207) 555-0148]]
Tenant ([[PERSON:Jordan]]): thanks. also my rent check bounced because I changed banks, can I pay by zelle to [[EMAIL_ADDRESS:patterson.rentals@gmail.com]]?
[[PERSON:Mrs. Patterson]]: Yes that's fine, just put [[ADDRESS:41 Deering St #2B]] in the memo""",
    """Patient portal messages
[[DATE_TIME:Mar 4, 2024 7:52 PM]] — [[PERSON:Luis Carranza]]: Hi [[PERSON:Dr. Whitaker]], my blood pressure readings this week were 148/95 and 151/97. Should I increase the lisinopril?
[[DATE_TIME:Mar 5, 2024 9:10 AM]] — [[PERSON:Nurse Tamika Jones]], RN: Hi [[PERSON:Luis]], [[PERSON:Dr. Whitaker]] wants you to come in on [[DATE_TIME:Friday 3/8 at 10:40]]. Please bring your cuff. Your MRN for check-in is [[ID_NUMBER:00718842]].
[[DATE_TIME:Mar 5, 2024 9:31 AM]] — [[PERSON:Luis Carranza]]: Will do, thanks.""",
]

LOOKALIKE = [
    """Your order #114-8820931-5521907 has shipped! Tracking: 1Z 4E7 W18 03 9921 4406 (UPS). Items: USB-C hub (SKU HUB-7P-GRY), 2 x HDMI 2.1 cable (SKU CB-HD21-2M). Questions? Call 1-800-555-0199 or write to orders@brightcart.com. Delivery to [[PERSON:Alana Whitfield]] expected in 3-5 business days.""",
    """Release 4.12.0.7 (build 20240611.3)
- Upgraded OpenSSL to 3.0.13 and zlib to 1.3.1.
- Fixed Dijkstra routing regression on graphs with more than 65,535 nodes.
- Firmware image SHA-256: 9f2c4e81a07b3d55e6f1c2a9b8d70e3f4a6c5b2d1e0f9a8b7c6d5e4f3a2b1c0d
- Known issue: the Fourier panel crashes on device serial SN-44A7-0912-KX when locale is set to en-IE.
Thanks to the Hadoop and Kubernetes communities. Contact: releases@meridian-soft.io""",
    """Reading list for the "Migration and Memory" seminar: Salt Roads (ISBN 978-1-84353-742-7), The Long Crossing (ISBN 978-0-14-044913-6, course edition) and Harbour Lights (library call no. PR9387.9.H37 2013). Copies are on reserve at the Nelson Mandela Library, Malcolm X Boulevard. Seminar leader: [[PERSON:Dr. Rukmini Sen]] ([[EMAIL_ADDRESS:r.sen@essex.ac.uk]]); room 5N.7.16.""",
    """VISA SERVICE CENTRE — OPENING HOURS
Address: King Abdulaziz Road, next to the Al Faisaliah Tower. Call centre: 920 000 412 (Sun–Thu 8:00–20:00). Email: info@visa-centre.example.sa
Standard fee: SAR 720; courier return: SAR 85 (code CR-85). Application references look like KSA-VAC-2024-000000; bring form DS-160 or form VAF-1A as applicable. Premium lounge bookings via the website only. Do not send passports by post. For complaints, ask for the duty manager, [[PERSON:Hessa Al-Dossary]].""",
    """فاتورة ضريبية رقم INV-2024-00481
المورد: شركة الأفق لخدمات الانتقال ذ.م.م — الرقم الضريبي 100384729100003
هاتف الشركة: 800 4477 — البريد: billing@ofuq-relocation.ae
العميل: [[PERSON:نادر الحمادي]]
البند: تخزين أثاث لمدة 3 أشهر (رمز الخدمة STR-03M) — 4,500 درهم
رقم الطلب: ORD-77120 — رقم الشحنة: AWB 176-44820193""",
    """ASSET INVENTORY — FLOOR 3
HP EliteBook 840 G9  serial 5CG3341QXT  asset TAG-00877  fw 01.14.00.2
Cisco IP phone 8841  MAC 00:1E:7A:44:B0:19  ext 3319
Lenovo ThinkPad X1  serial PF4KA7R2  asset TAG-00912  image win11-23H2-v7.1.0.4
Printer bay: Xerox C8155, serial 3390441187, toner ref 006R01701
Reviewed by [[PERSON:Imogen Clarke]].""",
    """Statement notes for [[PERSON:Mr. Callum J. Reid]]: Card ending 4417. Sort code 40-11-62. BIC HBUKGB4B. Customer service: 0345 740 4404. Our FCA register number is 765112. Reference FPS-2024-06-19-88231 relates to a transfer to Marie Curie (charity no. 207994). The Alzheimer's Society direct debit (DD ref 8872-114) will be collected on the usual date. Queen Elizabeth Hospital car park charges are listed under "Parking".""",
]


STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind92", STYLES, OUT)


if __name__ == "__main__":
    main()

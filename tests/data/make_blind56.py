"""Build tests/data/blind56.jsonl: a fifty-sixth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind56.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of the other gold sets
(no other set's *.jsonl was opened, and no other make_*.py beyond the
lines named here). Only these were read, to keep the conventions and the file format:
lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines), the tail of
make_blind22.py from `STYLES = {` to the end (the scaffolding copied
below), gold_sets.py in full, and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). No git
history or log was looked at (`git status --porcelain` was run once with its
output discarded by `| head -0`: nothing read, nothing changed), and nothing
else of the project's was opened. The detector, the bench and the tests were never run; only
this script was, to write the set and run `gold_sets.check` on it. Do not
tune the detector against it: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (DE, AT, CH, TR, GB,
IE, NL, AE only, so no national IBAN check digit is involved); the check
digits were worked out by hand-run throwaway code while writing, not
generated here, and `gold_sets.check` re-checks cards and IBANs. National
ids with a public check digit were given a valid one the same way: Turkish
T.C. Kimlik No, German Steuer-IdNr (with its digit-repetition rule),
Austrian SV-Nummer (agreeing with the birth date where it shows), Swiss
AHV number (EAN-13), NHS number, Canadian SIN, Aadhaar (Verhoeff),
Singapore NRIC, Australian TFN and Medicare number, Irish PPSN, South
African ID (agreeing with sex and birth date where they show), Emirates ID
(Luhn), and the ISBN-13 look-alikes. UK NI numbers, US SSNs, PAN, BVN /
NIN, Kenyan ids, passports, licences, plates, bank account, customer,
utility, student, patient, member and staff numbers were not checked.

Styles (ids `blind56-<style>-NNN`; 240 records), chosen to look like what an
outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Ireland, Canada, Australia, New Zealand, India, Singapore,
South Africa, Nigeria, Kenya, Ghana, the Philippines and the UAE, with names
from the many cultures living there); 24 are in German (Germany, Austria,
Switzerland) or Turkish:
- `gen` (80): one to four LLM-style "realistic sentences with personal
  data"; real estate, tenancy, lettings, property management and utilities
  (power, gas, water, broadband, council tax and rates) weigh most, the
  rest spread over health, pharmacy, banking, insurance, legal, schools,
  HR and payroll, travel, gyms, vets, deliveries, charities, tax, churches,
  immigration and more; names at the start, middle and end, lowercase and
  possessive; ages, dates, addresses, phones and ids in many shapes. 8 in
  German or Turkish.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents, card /
  CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, leases,
  loan, employment and medical forms, notices, court papers) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML and env config, HL7, code,
  stack traces, tickets). 8 in German or Turkish.
- `table` (60): one small labeled table per record rendered as text (CSV,
  semicolon CSV, TSV, pipes / Markdown, box drawing, psql and mysql
  output, fixed-width, JSON lines, YAML lists, key: value blocks) with
  varied, sometimes abbreviated column names and non-PII columns; header
  rows are unlabeled. 6 in German or Turkish.
- `chat` (8): support chats, housemate and team threads, a resident portal,
  a marketplace thread and an SMS thread, with the speakers' names and the
  personal data they trade. 1 in German.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, PO and listing refs, SKUs, ISBNs, IP-shaped versions,
  hashes, UUIDs, serials, patents, VAT and company numbers, company phones,
  role mailboxes, eponyms, streets and buildings named after people with no
  number), the few real PII values labeled; one has no PII at all. 1 in
  Turkish.

Labeling conventions: the same as in make_blind22.py (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" (Turkish "'nin") is outside. TITLE:
  honorifics and ranks attached to a name, labeled apart from it; job
  titles are not TITLE and family words ("Grandma", "Uncle") stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  neighbourhood, county, state / province (also abbreviated) and country
  are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, lease, start of a
  job, hearing, visit, signature, letter ...) with a day or month, in any
  shape; a weekday or a clock time said with the date is inside the span,
  a time or weekday alone is not; not bare years, durations, or dates not
  tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, BIC, sort codes, BSB and routing numbers, CVVs and expiries,
  PINs, order / ticket / claim / policy / case / lease / booking /
  tracking references, company phone numbers and role mailboxes,
  versions, hashes, serials, partial numbers ("ending 8821", last4),
  pets, eponyms and brands named after people, a header row.
- Calls made while writing this set, in the same spirit: German "Herr" /
  "Frau", Turkish "Bey" / "Hanım" (after the name), "Sister", "Fr.",
  "Rev.", military ranks and the airline-manifest "MR" / "MS" / "MSTR" are
  TITLE, while Turkish "Sayın" is a salutation like "Dear" and stays
  outside; a utility, rates or municipal account number, a German
  "Kundennummer" and a Turkish "Abone No" are ID_NUMBER like other
  customer numbers, but meter serials and meter ids, a "Zählernummer",
  parcel / erf / APN numbers, deposit-scheme, bond and listing references
  stay unlabeled; a unit, flat or apartment number standing alone ("Apt
  302", "Unit 1108", "#210", a "unit" column with "4B") is ADDRESS as a
  secondary address; every IP address is IP_ADDRESS, a server's in a
  config too; a dated action of a named person (paid, signed, filed,
  logged in, signed up, visited, hired) is DATE_TIME, while timestamps of
  log lines and rows ("ts", "created_at", "read_at", retry times) and dates
  that belong to a document or item (order, invoice, ticket opened, pay
  run, permit or insurance expiry, meter read, vehicle registration) are
  not; in a table a "sex", "gender", "role", "dept" or "status" column stays
  unlabeled, an "age" column is AGE, a "country", "state" or "province"
  column is LOCATION and "nationality" / "religion" columns are NRP; "(self)"
  and "Anonymous" / "Unknown" in a name column are not names; a company's
  bank account, a hotel room and a vacant unit are not labeled; an
  organisation named after a place ("Kent Heritage Society") is not
  LOCATION.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind56.jsonl")

GEN = [
    """Hi, I'm [[PERSON:Marcus Oyelaran]], the tenant at [[ADDRESS:Flat 4B, 219 Holloway Road]], [[LOCATION:London]] [[ZIP_CODE:N7 8DL]], and my deposit of £1,450 still hasn't come back even though I moved out on [[DATE_TIME:31 May 2024]]. Please ring me on [[PHONE_NUMBER:07700 914 362]] rather than emailing.""",
    """The lease for [[ADDRESS:2250 W. Diversey Ave, Unit 3F]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60647]] was signed by [[PERSON:Danielle Okafor-Reyes]] and her co-signer [[PERSON:Tomasz Wieczorek]] on [[DATE_TIME:August 1, 2023]]; rent is $1,875, due on the first of each month.""",
    """Our records show that power account [[ID_NUMBER:8841 0293 557]] belongs to [[PERSON:Hemi Walker]] at [[ADDRESS:14 Kowhai Street]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]], and the smart meter was last read on [[DATE_TIME:3 February 2025]].""",
    """my landlord [[PERSON:gary pemberton]] keeps texting me at [[PHONE_NUMBER:0412 558 903]] about the hot water system at [[ADDRESS:7/33 Eastbourne Rd]], [[LOCATION:Darlinghurst]] [[LOCATION:NSW]] [[ZIP_CODE:2010]] but he never actually sends anyone round to fix it""",
    """Please transfer the water service for [[ADDRESS:4180 Maple Ridge Dr]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75024]] into the name of [[PERSON:Luis Arriaga]] effective [[DATE_TIME:03/15/2025]]. He gave his SSN, [[US_SSN:529-41-7780]], for the deposit waiver credit check.""",
    """[[PERSON:Aoife Brennan]]'s application for the two-bed at [[ADDRESS:Apartment 12, Harbour View, Spencer Dock]], [[LOCATION:Dublin]] [[ZIP_CODE:D01 X2P6]] was approved this morning, and her PPS number [[ID_NUMBER:8472139N]] has gone to the landlord for the RTB registration.""",
    """The annual gas safety check at [[ADDRESS:22 Cromwell Terrace]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 2QB]] is booked for [[DATE_TIME:Tuesday 11 March at 9:30am]]; the engineer will ring [[PERSON:Mrs. Patel]] on [[PHONE_NUMBER:0113 496 0821]] when he is twenty minutes away.""",
    """Arrears notice: [[PERSON:Kwame Asante-Boateng]], tenant since [[DATE_TIME:14/09/2019]], is three months behind on [[ADDRESS:Unit 5, 88 Commissioner Street]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2001]]. The ID number on his lease is [[ID_NUMBER:8604125123084]].""",
    """hey it's [[PERSON:Ravi]] from upstairs, the electricity bill for [[ADDRESS:No. 17, 4th Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]] is still in [[PERSON:Ananya Krishnan]]'s name and nobody has split it yet, just UPI me on [[PHONE_NUMBER:+91 98450 31127]] when you can""",
    """[[PERSON:Shira Goldfarb]] ([[AGE:38]]) and her husband [[PERSON:Daniel]] ([[AGE:41]]) closed on [[ADDRESS:63 Bay Ridge Parkway]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11209]] on [[DATE_TIME:June 27th, 2024]] with a 30-year fixed mortgage at 6.4%.""",
    """The eviction hearing for [[PERSON:Tyrone Whitfield]] has been moved to [[DATE_TIME:April 8, 2025 at 1:30 p.m.]] in Courtroom 4B. Questions about the case can go to his attorney, [[PERSON:Rebecca Kessler]], at [[EMAIL_ADDRESS:rkessler.law@gmail.com]].""",
    """Your host [[PERSON:Camille]] will meet you at [[ADDRESS:1402 Rue Saint-Denis]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 3J8]] for check-in. If your flight is late, message her on [[PHONE_NUMBER:+1 514-772-0398]] and she'll leave the keys in the lockbox.""",
    """I'm moving from [[ADDRESS:41 Glenbrook Avenue]] to [[ADDRESS:9 Kingfisher Close]], [[LOCATION:Swindon]] [[ZIP_CODE:SN25 4GH]] on [[DATE_TIME:the 22nd of November]], so please move my broadband over. The account holder is [[PERSON:Olusegun Bakare]], date of birth [[DATE_TIME:04/07/1986]].""",
    """The HOA board fined [[PERSON:Brenda Kowalczyk]] of [[ADDRESS:118 Heron Pointe Ln]] $250 over the unapproved shed. She disputes it and has asked that all letters go to her mailbox instead: [[ADDRESS:P.O. Box 2291]], [[LOCATION:Naples]], [[LOCATION:FL]] [[ZIP_CODE:34106]].""",
    """I have known [[PERSON:Siddharth Menon]] as a tenant for four years; he always paid on time and left the flat spotless. Happy to discuss further. [[PERSON:Heather McAllister]], landlord, [[PHONE_NUMBER:+44 7911 203 448]]""",
    """A disconnection notice was posted to [[ADDRESS:3309 E. Thomas Rd, Apt 214]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85018]] for the account of [[PERSON:marisol benitez]] (acct [[ID_NUMBER:700-218-4432-9]]), and the past-due balance of $318.77 has to reach us before service is cut.""",
    """Viewing confirmed for [[DATE_TIME:Saturday 14 June, 11:15]] at [[ADDRESS:Flat 2, 56 Morningside Drive]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH10 5NT]]. Our agent [[PERSON:Fraser Lindsay]] will meet [[PERSON:Ms. Adeyemi]] at the main door.""",
    """After the leak from the unit above, [[PERSON:Yuki Tanabe]] ([[EMAIL_ADDRESS:yuki.tanabe88@outlook.com]]) filed a claim on [[DATE_TIME:2024-10-03]] for the damage to her ceiling at [[ADDRESS:505-1280 Hornby Street]], [[LOCATION:Vancouver]], [[LOCATION:BC]].""",
    """Room available for a quiet female lodger, ₦450k a year. Reply to [[PERSON:Nkechi]] on [[PHONE_NUMBER:0803 441 2976]] or come and see it at [[ADDRESS:12 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]].""",
    """[[PERSON:Wanjiru Kamau]] paid her rent for the bedsitter in [[LOCATION:Kilimani]] by M-Pesa from [[PHONE_NUMBER:0722 418 907]] on [[DATE_TIME:5th March 2025]], and her ID number [[ID_NUMBER:28471936]] is the one on the tenancy agreement.""",
    """HDB resale file: sellers [[PERSON:Tan Wei Ming]] (NRIC [[ID_NUMBER:S8834127I]]) and [[PERSON:Lim Hui Shan]], flat at [[ADDRESS:Blk 412 Bedok North Ave 2, #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]], with completion fixed for [[DATE_TIME:19 Aug 2025]].""",
    """Council tax for [[ADDRESS:27a Whitehall Park]], [[LOCATION:London]] [[ZIP_CODE:N19 3TS]] will be billed to [[PERSON:Ibrahim Conteh]] from [[DATE_TIME:1st April]]; he gave his National Insurance number as [[ID_NUMBER:JT 48 19 72 C]].""",
    """The solar installer sent the net-metering paperwork for [[PERSON:Parminder Kaur]]'s house at [[ADDRESS:88 Sandalwood Pkwy E]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Z 1Y5]] to [[EMAIL_ADDRESS:pkaur.home@yahoo.ca]], but it went to spam.""",
    """Unit owner [[PERSON:Maria Theresa Villanueva]] of [[ADDRESS:Unit 18-C, Tower 2, Avida Towers Asten]], [[LOCATION:Makati City]] has asked that her monthly association dues be charged to her card, [[CREDIT_CARD:4147 0966 1023 5800]].""",
    """ok so splitting the PG&E bill: [[PERSON:jess]] owes $62.40, [[PERSON:Marco]] owes $62.40, and I covered [[PERSON:Theo]]'s share since he's back home in [[LOCATION:Ohio]] until the holidays""",
    """[[PERSON:Mr. Vusi Dlamini]] has given notice to end his tenancy at [[ADDRESS:Flat 9, Albion Court, 3 Kings Road]], [[LOCATION:Brighton]] [[ZIP_CODE:BN1 2FR]] on [[DATE_TIME:28/02/2025]]. The check-out inspection will be done by [[PERSON:Hannah Robertson-Clarke]].""",
    """The county assessor mailed [[PERSON:Eleanor Whitcombe]]'s homestead exemption letter to [[ADDRESS:1920 Old Post Road]], [[LOCATION:Chapel Hill]], [[LOCATION:NC]] [[ZIP_CODE:27514]], which is the house she sold last spring.""",
    """[[PERSON:Dev]] the plumber said he'd come by Grandma [[PERSON:Lois]]'s place at [[ADDRESS:402 Sycamore St]] after three, and she wants you to call her on the landline, [[PHONE_NUMBER:(608) 271-4409]], if he doesn't show.""",
    """Bond lodged for [[PERSON:Chloe Nguyen]] and [[PERSON:Mitchell O'Brien]] at [[ADDRESS:3/118 Brunswick St]], [[LOCATION:Fitzroy]] [[LOCATION:VIC]] [[ZIP_CODE:3065]]. Any refund will be paid to BSB 063-182, account [[ID_NUMBER:1047 2289]].""",
    """I have been billed on estimated readings since [[DATE_TIME:October 2023]] even though I sent a photo of the meter every single month from [[EMAIL_ADDRESS:fiona.gallagher@eircom.net]]. Regards, [[PERSON:Fiona Gallagher]]""",
    """Hallo [[TITLE:Frau]] [[PERSON:Schäfer]], die Nebenkostenabrechnung 2024 für Ihre Wohnung in der [[ADDRESS:Gneisenaustraße 47, 3. OG links]], [[ZIP_CODE:10961]] [[LOCATION:Berlin]] ergibt eine Nachzahlung von 312,40 €. Wir buchen den Betrag am [[DATE_TIME:15.07.2025]] von Ihrem Konto [[IBAN_CODE:DE49 1005 0000 6603 5182 24]] ab.""",
    """Unser Mieter [[PERSON:Stefan Hofbauer]], geb. [[DATE_TIME:14.03.1979]], SV-Nr. [[ID_NUMBER:1235 140379]], zieht mit [[DATE_TIME:30. September]] aus der Wohnung [[ADDRESS:Hernalser Hauptstraße 112/2/14]], [[ZIP_CODE:1170]] [[LOCATION:Wien]] aus. Die Kaution überweisen wir auf [[IBAN_CODE:AT12 3200 0000 0831 2476]].""",
    """Für die 3½-Zimmer-Wohnung an der [[ADDRESS:Birmensdorferstrasse 201]] in [[ZIP_CODE:8003]] [[LOCATION:Zürich]] haben sich [[PERSON:Lukas Meier]] und [[PERSON:Selin Aydın]] gemeinsam beworben. [[TITLE:Herr]] [[PERSON:Meier]] ist tagsüber unter [[PHONE_NUMBER:079 412 38 07]] erreichbar.""",
    """Ihr Stromliefervertrag beginnt am [[DATE_TIME:01.08.2025]]. Vertragspartner: [[PERSON:Jan-Philipp Krüger]], Kundennummer [[ID_NUMBER:40 118 2276]], Lieferstelle [[ADDRESS:Am Lindenhof 9a]], [[ZIP_CODE:48155]] [[LOCATION:Münster]], Zählernummer 1ESY 1160 4471 22.""",
    """[[PERSON:Margarete Vogel]] ([[AGE:82]]) aus [[LOCATION:Leipzig]] wurde am [[DATE_TIME:Montag, 3. Februar 2025]] stationär aufgenommen; ihre Tochter [[PERSON:Sabine]] ist unter [[PHONE_NUMBER:0341 / 228 79 04]] erreichbar.""",
    """Kiracı [[PERSON:Emre Yıldırım]] (T.C. [[ID_NUMBER:28746501384]]), [[ADDRESS:Caferağa Mah. Moda Cad. No: 84 D: 6]] [[LOCATION:Kadıköy]]/[[LOCATION:İstanbul]] adresindeki daire için [[DATE_TIME:1 Eylül 2024]] tarihinde bir yıllık kira sözleşmesi imzaladı; aylık kira bedeli 27.500 TL'dir.""",
    """[[PERSON:Zeynep Arslan]] [[TITLE:Hanım]], doğalgaz aboneliğiniz [[ADDRESS:Aşağı Öveçler Mah. 1203. Sokak No: 15/3]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]] adresine [[DATE_TIME:12.11.2024]] tarihinde açılmıştır. Randevu için sizi [[PHONE_NUMBER:0532 418 77 20]] numarasından arayacağız.""",
    """Sayın [[PERSON:Mehmet Kaya]], [[DATE_TIME:03.03.2025 14:22]] tarihinde [[CREDIT_CARD:9792 1604 3358 1027]] numaralı kartınızla yapılan 4.850 TL tutarındaki harcamayı siz mi yaptınız? Onaylamak için EVET yazıp yanıtlayın.""",
    """[[PERSON:Oluwaseun Adebayo]] collected his repeat prescription for metformin on [[DATE_TIME:12 January]], and the pharmacist noted his NHS number, [[ID_NUMBER:638 201 9542]], on the bag.""",
    """Please update the emergency contact for [[PERSON:Priyanka]] in 4th grade: her aunt [[PERSON:Deepa Raman]], [[PHONE_NUMBER:732-555-0198]], replaces her father until further notice.""",
    """Can you check why my refund hasn't arrived? I returned the jacket on [[DATE_TIME:Jan 6]] and the card it went back to ends 8821. Name on the order is [[PERSON:Keisha Brown-Williams]], email [[EMAIL_ADDRESS:keisha.bw@icloud.com]].""",
    """the new hire, [[PERSON:Arjun Venkataraman]], starts [[DATE_TIME:Monday the 3rd]] and his employee ID will be [[ID_NUMBER:E-220471]]; payroll needs his SIN ([[ID_NUMBER:278 136 452]]) before the first run""",
    """I, [[PERSON:Gwendolyn Price]], born [[DATE_TIME:2 November 1957]], of [[ADDRESS:11 Pen-y-Bryn Terrace]], [[LOCATION:Swansea]] [[ZIP_CODE:SA1 6HP]], declare this to be my last will and testament.""",
    """Flight BA117 is overbooked; we moved [[PERSON:Mr. Hamid Karimi]] and his son [[PERSON:Aryan]] to the evening departure and sent the new boarding passes to [[EMAIL_ADDRESS:h.karimi@protonmail.com]].""",
    """Lost cat near [[LOCATION:Ponsonby]]! Ginger tom called Biscuit, last seen Tuesday night. If you find him please call [[PERSON:Aroha]] on [[PHONE_NUMBER:021 448 7093]].""",
    """Our records indicate that [[PERSON:Jerome]] "[[PERSON:JJ]]" [[PERSON:Jackson]] (DOB [[DATE_TIME:09-14-1992]]) renewed his [[LOCATION:Georgia]] license, number [[US_DRIVER_LICENSE:058213774]], at the DDS center in [[LOCATION:Marietta]].""",
    """Hi, this is [[PERSON:Nomvula]] from the clinic confirming [[PERSON:Thabo Mokoena]]'s follow-up on [[DATE_TIME:Wednesday 26 February at 08:45]]. Please bring your medical aid card; membership number [[ID_NUMBER:DH 3378 2240]].""",
    """Applicant [[PERSON:Li Na Chen]], [[AGE:24]], has been offered a place on the MSc in Data Science starting [[DATE_TIME:22 September 2025]]; her student number will be [[ID_NUMBER:2501874]] and her passport number [[ID_NUMBER:EB4471920]] was verified.""",
    """Congrats to [[PERSON:Tomás Ferreira]] for finishing the marathon in [[LOCATION:Dublin]] in 3:12! He's [[AGE:57]] and started running two years ago. Follow him at [[URL:https://www.strava.com/athletes/48812093]].""",
    """The gym has frozen [[PERSON:Bailey Thompson]]'s membership from [[DATE_TIME:1 December]] to [[DATE_TIME:31 January]] while she recovers from knee surgery; member no. [[ID_NUMBER:PF-6602193]].""",
    """Vet reminder: Luna is due her booster. Owner [[PERSON:Sean O'Driscoll]], [[ADDRESS:4 Ashgrove Lawn]], [[LOCATION:Cork]] [[ZIP_CODE:T12 H2X9]], mobile [[PHONE_NUMBER:087 204 5518]].""",
    """Your parcel could not be delivered to [[ADDRESS:55 Hillcrest Road, Unit 7]], [[LOCATION:Durban]] [[ZIP_CODE:4001]]; the courier tried to call [[PERSON:Mrs. Naidoo]] at [[PHONE_NUMBER:+27 82 557 1093]] twice.""",
    """My brother [[PERSON:Faisal]] was stopped at the border because his passport, [[ID_NUMBER:AB1938472]], expires in less than six months. He's a [[NRP:Pakistani]] citizen living in [[LOCATION:Dubai]].""",
    """We have received the signed offer from [[PERSON:Carlos Mendoza Ruiz]] for the senior accountant role, salary $92,000, start date [[DATE_TIME:February 17, 2025]]. Direct deposit goes to account [[ID_NUMBER:004418830271]].""",
    """According to the police report, the collision involved a white Hilux, plate [[ID_NUMBER:KDA 441Q]], driven by [[PERSON:Peter Otieno]], [[AGE:46]], of [[LOCATION:Nakuru]].""",
    """Please note that [[TITLE:Sister]] [[PERSON:Mary Bernadette]] will lead the Sunday service while [[TITLE:Fr.]] [[PERSON:Anthony Okeke]] is away on retreat.""",
    """Thanks for your donation, [[PERSON:Rahel Tesfaye]]! A receipt for $150 has been emailed to [[EMAIL_ADDRESS:rahel.tesfaye@gmail.com]] and will be mailed to [[ADDRESS:2716 Georgia Ave NW]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20001]].""",
    """The library card for [[PERSON:Benjamin Adjei]] ([[ID_NUMBER:21982003418876]]) was renewed by his mom on [[DATE_TIME:3/2/25]]; he's [[AGE:9]] so it's linked to her account.""",
    """Claim update: [[PERSON:Georgina Achterberg]]'s windscreen replacement has been approved. Her policy is still active and the repairer will call [[PHONE_NUMBER:0455 019 338]] to book.""",
    """When I logged in from [[IP_ADDRESS:203.0.113.77]] the site locked me out, so can you reset it for username [[USERNAME:kiwi_dan_84]]? Thanks, [[PERSON:Dan Whitfield]]""",
    """The crypto exchange asked [[PERSON:Abdulrahman Al-Farsi]] for another selfie with his Emirates ID, [[ID_NUMBER:784-1988-4417290-2]], before lifting the withdrawal limit.""",
    """I'm [[PERSON:Sunita]], a [[AGE:34]]-year-old nurse from [[LOCATION:Pune]] now working in [[LOCATION:Leicester]]; my Aadhaar is [[ID_NUMBER:4918 2736 4507]] if you need it for the NRI account.""",
    """Ride receipt: your driver [[PERSON:Mohammed]] picked you up at [[ADDRESS:780 Market Street]] and dropped you at SFO on [[DATE_TIME:May 9, 2025, 6:02 AM]]. Trip total $48.90 charged to Visa ending 3307.""",
    """Meet the new couple on the block! [[PERSON:Ngozi]] and [[PERSON:Chidi Eze]] have just moved into number 14, and they'd love to see you at the barbecue.""",
    """[[PERSON:Kenji Watanabe]], a [[NRP:Buddhist]], asked the hospital chaplaincy for a quiet room; he is in Ward 6, bed 12, and his daughter [[PERSON:Emi]] visits most evenings.""",
    """Your babysitter [[PERSON:Olivia]] has accepted the booking for [[DATE_TIME:Friday 7 March, 6pm to 11pm]] at [[ADDRESS:39 Dunmore Crescent]], [[LOCATION:Auckland]]. Her number is [[PHONE_NUMBER:027 660 1942]].""",
    """Tax notice for [[PERSON:Harpreet Sandhu]], TFN [[ID_NUMBER:451 209 377]]: your 2024 return was assessed on [[DATE_TIME:18 October 2024]] and a refund of $1,204.55 will be paid within 14 days.""",
    """the dentist moved [[PERSON:noah]]'s appointment to [[DATE_TIME:the 14th at 3:40]] and [[TITLE:mrs]] [[PERSON:okonkwo]] said to text her at [[PHONE_NUMBER:647.883.2019]] if that doesn't work""",
    """Hello, I am writing about my late father, [[PERSON:Albert Fenwick]], who passed away on [[DATE_TIME:4 January 2025]]. Please close his account and send the remaining balance to the executor, [[PERSON:Joanne Fenwick]].""",
    """Our plumber [[PERSON:Jakub Nowak]] fixed the burst pipe at [[ADDRESS:16 Lakeview Court]] and the invoice went to the property manager; the tenant, [[PERSON:Ms. Abena Owusu]], wasn't charged.""",
    """Reminder from [[PERSON:Dr. Farah Siddiqui]]'s office: [[PERSON:Aiden Murphy]] is due for his two-year check-up on [[DATE_TIME:03/28/2025 at 10:00]]. Call us if you need to reschedule.""",
    """After the storm, [[PERSON:Latoya Jenkins]] of [[ADDRESS:901 Bayou Vista Dr]], [[LOCATION:Houma]], [[LOCATION:LA]] [[ZIP_CODE:70360]] reported the power had been out for four days and her insulin was spoiling.""",
    """We matched [[PERSON:Ruth Abernathy]] with a volunteer driver, [[PERSON:Gus]], who'll take her to dialysis three times a week; she's [[AGE:79]] and lives alone on [[ADDRESS:Rural Route 2, Box 114]], [[LOCATION:Antigonish]], [[LOCATION:NS]].""",
    """Water usage at [[ADDRESS:12 Ridgeway Close]] tripled in January. The tenant [[PERSON:Connor Blake]] thinks it's a leaking toilet and has asked the letting agent to send someone; his email is [[EMAIL_ADDRESS:connorblake_97@hotmail.co.uk]].""",
    """To change the name on the rates account for [[ADDRESS:45 Oxley Street]], [[LOCATION:Crows Nest]] [[LOCATION:NSW]] [[ZIP_CODE:2065]], [[PERSON:Sophie Laurent]] needs to send us a copy of the contract of sale dated [[DATE_TIME:12 December 2024]].""",
    """The superintendent, [[PERSON:Mr. Hector Alvarado]], will be entering [[ADDRESS:apartment 6D]] on [[DATE_TIME:Thursday, May 22, between 9 and 12]] to replace the smoke detector; tenant [[PERSON:Rosa Delgado]] has agreed.""",
    """The property manager at [[ADDRESS:Lakeside Towers]], [[PERSON:Imani Clarke]], confirmed that [[ADDRESS:unit 1207]] will be ready for [[PERSON:Bogdan Ionescu]] to move in on [[DATE_TIME:the 1st]]; he still owes the first month, $2,340.""",
    """Meter access: please leave the side gate open at [[ADDRESS:8 Primrose Hill Rd]], [[LOCATION:Pietermaritzburg]] on [[DATE_TIME:18 March]]. Account holder [[PERSON:Devan Pillay]], contact [[PHONE_NUMBER:033 394 2217]].""",
    """Renewal offer sent to [[PERSON:Fatima Zahra Benali]]: her rent at [[ADDRESS:1550 Rue Sherbrooke O, app. 904]], [[LOCATION:Montréal]] goes up 4.5% from [[DATE_TIME:July 1, 2025]]; she has until [[DATE_TIME:March 31]] to refuse in writing.""",
    """Hi [[PERSON:Colm]], the electrician can do the EICR at your rental on [[ADDRESS:23 Clonliffe Avenue]], [[LOCATION:Dublin 3]] on [[DATE_TIME:Wed 9 April at 8am]]. Your tenant [[PERSON:Agnieszka]] said she'll be home, but her mobile is [[PHONE_NUMBER:085 731 6640]] in case.""",
]

BENCH = [
    """Attention [[PERSON:Mx. Rowan Adebisi-Clarke]], as Lead Intranet Technician your badge for the [[ADDRESS:4412 Kessler Gateway, Suite 880]] office expires on [[DATE_TIME:11/04/2026]]. Renew it from a registered device (last seen at [[IP_ADDRESS:172.19.244.6]], MAC 3c:22:fb:91:0e:7a).""",
    """Payment of 8,412.09 EUR from [[IBAN_CODE:DE07500105175407324918]] (BIC INGDDEFFXXX) was authorised by [[PERSON:Lorenz]] [[PERSON:Abendroth]] on [[DATE_TIME:2023-06-14T09:41:22Z]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15.""",
    """Our records show [[PERSON:Wilhelmina]] [[PERSON:Osei]], [[AGE:63]], female, 5'6", eyes hazel, of [[ADDRESS:77 Bramble Way, Apt. 3]], [[LOCATION:East Bridgford]], [[LOCATION:Nottinghamshire]] [[ZIP_CODE:NG13 8PL]]. Mastercard [[CREDIT_CARD:5168 3200 4479 1258]], exp 09/27, CVV 417, remains on file for the Customer Quality Strategist subscription.""",
    """User [[USERNAME:r.haldane_87]] reset the password to Tr0ub4dor&3 from [[IP_ADDRESS:2001:db8:4a1f:12::7c]]; recovery email [[EMAIL_ADDRESS:rhaldane87@fastmail.com]], recovery phone [[PHONE_NUMBER:+1-803-664-2190]], PIN 6613.""",
    """Hi [[PERSON:Dario]], the National Accounts Facilitator role in [[LOCATION:West Sacramento]] includes relocation. We'll email the onboarding pack to [[EMAIL_ADDRESS:dario.m.quintero@gmail.com]]; please bring your SSN card ([[US_SSN:612-30-4479]]) and confirm your date of birth, [[DATE_TIME:February 29, 1988]], on day one.""",
    """[[PERSON:Kofi]] [[PERSON:Mensah]] paid with Amex [[CREDIT_CARD:3782 821463 31002]] (CVV 2841) at the [[LOCATION:Kumasi]] branch; billing address [[ADDRESS:Plot 18, Asokwa Industrial Rd]], [[LOCATION:Ashanti Region]], [[LOCATION:Ghana]]. Amount: GH₵ 3,450.00.""",
    """Patient [[PERSON:Ms. Ingrid Solberg-Haugen]], DOB [[DATE_TIME:07.19.1971]], MRN [[ID_NUMBER:00984412]], was seen by [[PERSON:Dr. Okonjo]] for chronic migraine. Next visit: [[DATE_TIME:08/02/2025 at 14:00]]. Pharmacy: call [[PHONE_NUMBER:555-381-0092]].""",
    """{"user_id": 88412, "full_name": "[[PERSON:Amara Nwachukwu]]", "email": "[[EMAIL_ADDRESS:amara.nwachukwu@outlook.com]]", "phone": "[[PHONE_NUMBER:+234 809 554 1276]]", "dob": "[[DATE_TIME:1993-02-11]]", "address": {"street": "[[ADDRESS:15 Awolowo Road]]", "city": "[[LOCATION:Ikoyi]]", "state": "[[LOCATION:Lagos]]"}, "kyc": {"bvn": "[[ID_NUMBER:22184730961]]", "nin": "[[ID_NUMBER:70219348851]]"}, "last_login_ip": "[[IP_ADDRESS:102.89.34.17]]", "tier": "gold"}""",
    """2025-03-04 11:52:07,441 INFO  auth.login user=[[USERNAME:mkowalski]] ip=[[IP_ADDRESS:10.44.8.213]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/122.0.0.0 Safari/537.36" result=SUCCESS
2025-03-04 11:52:09,102 WARN  profile.update user=[[USERNAME:mkowalski]] field=phone old=[[PHONE_NUMBER:+48 601 223 914]] new=[[PHONE_NUMBER:+48 512 880 047]]
2025-03-04 11:53:40,998 INFO  mail.send to=[[EMAIL_ADDRESS:marta.kowalski@wp.pl]] template=phone_changed status=queued""",
    """INSERT INTO tenants (tenant_id, first_name, last_name, unit_no, phone, email, lease_start, rent_cents) VALUES
  ('T-1207', '[[PERSON:Rashida]]', '[[PERSON:Thompson]]', '[[ADDRESS:14C]]', '[[PHONE_NUMBER:313-555-0147]]', '[[EMAIL_ADDRESS:rashida.t@gmail.com]]', '[[DATE_TIME:2024-09-01]]', 145000),
  ('T-1208', '[[PERSON:Hyun-woo]]', '[[PERSON:Park]]', '[[ADDRESS:15A]]', '[[PHONE_NUMBER:313-555-0163]]', NULL, '[[DATE_TIME:2024-10-15]]', 152500);""",
    """<patient>
  <name><given>[[PERSON:Eilidh]]</given><family>[[PERSON:MacLeod]]</family></name>
  <birthDate>[[DATE_TIME:1964-08-30]]</birthDate>
  <gender>female</gender>
  <identifier system="https://fhir.nhs.uk/Id/nhs-number">[[ID_NUMBER:7120443895]]</identifier>
  <address><line>[[ADDRESS:3 Glenview Crescent]]</line><city>[[LOCATION:Harrogate]]</city><postalCode>[[ZIP_CODE:HG2 8QP]]</postalCode></address>
  <telecom use="mobile">[[PHONE_NUMBER:07823 441 906]]</telecom>
</patient>""",
    """# billing-service deploy config
owner:
  name: [[PERSON:Priya Natarajan]]
  email: [[EMAIL_ADDRESS:priya.natarajan@hey.com]]
  oncall_phone: "[[PHONE_NUMBER:+1 (206) 555-0134]]"
database:
  host: [[IP_ADDRESS:10.0.3.15]]
  port: 5432
  user: svc_billing
  password: "hunter2!Qx"
feature_flags: [late_fee_v2, autopay_retry]""",
    """INSURANCE CLAIM FORM - HOMEOWNERS
Claim No.: HO-2025-004417
Policyholder: [[PERSON:Gregory T. Lindqvist]]
Policy No.: PH-88120457
Date of Loss: [[DATE_TIME:January 28, 2025]]
Property Address: [[ADDRESS:2207 Cedar Hollow Lane]], [[LOCATION:Madison]], [[LOCATION:WI]] [[ZIP_CODE:53711]]
Contact: [[PHONE_NUMBER:(608) 448-2910]] / [[EMAIL_ADDRESS:glindqvist@tds.net]]
Description: A supply pipe in the upstairs bathroom froze and burst overnight, soaking the kitchen ceiling and the hardwood floor below. The insured shut off the main valve and called a plumber the next morning.""",
    """PERSONAL LOAN APPLICATION
Applicant [[PERSON:Nadia Rahman]], SSN [[US_SSN:401-77-2318]], DOB [[DATE_TIME:05/30/1985]], has worked as a senior pharmacist for seven years and requests $24,000 to consolidate debt. Current residence: [[ADDRESS:610 Westmoreland Ave, Apt 2]], [[LOCATION:Syracuse]], [[LOCATION:NY]] [[ZIP_CODE:13210]] (renting, $1,150/month). Funds to be deposited to checking account [[ID_NUMBER:7730418826]], routing 021300077.""",
    """EMPLOYMENT AGREEMENT
This Agreement is made on [[DATE_TIME:3 March 2025]] between Brightline Logistics Ltd (the "Employer") and [[PERSON:Samuel Okoro]] (the "Employee") of [[ADDRESS:24 Fitzroy Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5RG]]. The Employee's employment begins on [[DATE_TIME:1 April 2025]] in the role of Warehouse Operations Manager. National Insurance number: [[ID_NUMBER:SK 22 71 09 B]]. Salary is paid monthly into the account ending 4490.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Rahul Bhattacharya]]    Age: [[AGE:58]]    Sex: M
Hospital No.: [[ID_NUMBER:H4471029]]    Admitted: [[DATE_TIME:12/01/2025]]    Discharged: [[DATE_TIME:16/01/2025]]
Consultant: [[PERSON:Dr. Claire Hennessy]]
Diagnosis: Community-acquired pneumonia, right lower lobe. Treated with IV co-amoxiclav, switched to oral on day 3.
Follow-up: GP review in 2 weeks; repeat chest X-ray in 6 weeks. Next of kin: [[PERSON:Mita Bhattacharya]] (wife), [[PHONE_NUMBER:07456 220 193]].""",
    """NOTICE OF RENT INCREASE
To: [[PERSON:Javier Morales]] and [[PERSON:Ana Lucía Morales]]
Premises: [[ADDRESS:1834 Alder Street, Unit 5]], [[LOCATION:Eugene]], [[LOCATION:Oregon]] [[ZIP_CODE:97401]]
Effective [[DATE_TIME:June 1, 2025]], your monthly rent will increase from $1,640.00 to $1,755.00, an increase of 7.0%, which is within the limit allowed under ORS 90.323. All other terms of your rental agreement remain unchanged.
Served by first-class mail on [[DATE_TIME:February 24, 2025]] by [[PERSON:Colleen Ashworth]], Property Manager.""",
    """IN THE COUNTY COURT AT MANCHESTER
Claim No. K9QZ41R7
Between [[PERSON:Abdullahi Musa]] (Claimant) and [[PERSON:Derek Stanhope]] (Defendant)
NOTICE OF HEARING: the claim for return of a tenancy deposit will be heard on [[DATE_TIME:Thursday 15 May 2025 at 10:00 am]]. The Defendant's address for service is [[ADDRESS:Flat 6, 41 Wilmslow Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 5TB]].""",
    """Ticket #48213 | Priority: High | Queue: Accounts
Reporter: [[PERSON:Chinedu Obi]] <[[EMAIL_ADDRESS:c.obi@gmail.com]]>
Subject: Can't log in after changing phone
Body: I changed my number from [[PHONE_NUMBER:+44 7700 900461]] to [[PHONE_NUMBER:+44 7700 900872]] and now the 2FA code never arrives. Username is [[USERNAME:chinedu_obi]]; my last successful login was [[DATE_TIME:2025-02-18 21:07]] from [[IP_ADDRESS:81.132.44.209]].""",
    """def test_customer_roundtrip():
    c = Customer(
        name="[[PERSON:Beatriz Carvalho]]",
        email="[[EMAIL_ADDRESS:bia.carvalho@gmail.com]]",
        iban="[[IBAN_CODE:GB70HBUK40127661447290]]",
        birth_date="[[DATE_TIME:1990-06-21]]",
    )
    assert Customer.from_json(c.to_json()) == c""",
    """[[IP_ADDRESS:66.249.70.12]] - [[USERNAME:tgreen]] [10/Feb/2025:13:55:36 +0000] "GET /portal/leases/2291/download HTTP/1.1" 200 48213 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
[[IP_ADDRESS:66.249.70.12]] - [[USERNAME:tgreen]] [10/Feb/2025:13:56:02 +0000] "POST /portal/payments HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148\"""",
    """MSH|^~\\&|EPIC|STMARYS|LAB|STMARYS|202502101422||ADT^A04|MSG00231|P|2.5
PID|1||[[ID_NUMBER:448812]]^^^STMARYS^MR||[[PERSON:GARCIA]]^[[PERSON:LUCIA]]^[[PERSON:M]]||[[DATE_TIME:19780412]]|F|||[[ADDRESS:1442 S ALVARADO ST]]^^[[LOCATION:LOS ANGELES]]^[[LOCATION:CA]]^[[ZIP_CODE:90006]]||[[PHONE_NUMBER:(213)555-0182]]|||||[[US_SSN:544-19-0372]]""",
    """From: [[PERSON:Olga Petrenko]] <[[EMAIL_ADDRESS:olga.petrenko@ukr.net]]>
To: lettings@harbourhomes.co.uk
Date: [[DATE_TIME:Mon, 3 Mar 2025 08:12:44 +0000]]
Subject: Reference for flat at [[ADDRESS:18 Quayside Mews]]

Hello, please find attached my payslips and a copy of my BRP. My current landlord is [[PERSON:Mr. Neil Crabtree]], [[PHONE_NUMBER:07398 114 506]]. I can move in from [[DATE_TIME:1 April]].""",
    """POST /v1/charges
{"amount": 12900, "currency": "usd", "source": {"number": "[[CREDIT_CARD:4539712088346152]]", "exp_month": 11, "exp_year": 2027, "cvc": "382", "name": "[[PERSON:Evelyn Park-Hoffman]]", "address_line1": "[[ADDRESS:930 Elm Grove Rd]]", "address_zip": "[[ZIP_CODE:53122]]"}, "metadata": {"lease": "LS-2291-B", "customer_email": "[[EMAIL_ADDRESS:evelyn.ph@comcast.net]]"}}""",
    """Dear [[PERSON:Prof. Hartmann]], the Regional Paradigm Officer at our [[LOCATION:Lake Ethelton]] campus, [[PERSON:Kai]], asked us to wire the 3,200 GBP conference grant to [[IBAN_CODE:GB04 LOYD 3096 3418 8520 07]] (BIC LOYDGB21XXX) before [[DATE_TIME:2024-05-17]]. Reply from the account [[USERNAME:khartmann_research]] to confirm.""",
    """Routine check: vehicle [[ID_NUMBER:WN68 XKT]] registered to [[PERSON:Ms. Abigail Thorne]], [[ADDRESS:2 Mill Lane Cottages]], [[LOCATION:Ledbury]], [[LOCATION:Herefordshire]] [[ZIP_CODE:HR8 2JQ]]; licence number [[ID_NUMBER:THORN752184AB9JK]], DOB [[DATE_TIME:18/12/1975]].""",
    """Hey [[PERSON:Tobias]], your gamer tag [[USERNAME:xX_NightOwl_Xx]] has been linked to [[EMAIL_ADDRESS:tobi.lange04@gmx.net]]. If this wasn't you, contact us—login came from [[IP_ADDRESS:91.64.201.33]] using Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0.""",
    """Account holder: [[PERSON:Siobhán Ní Bhriain]]
IBAN: [[IBAN_CODE:IE73 AIBK 9320 1746 6201 93]]
BIC: AIBKIE2D
Address: [[ADDRESS:Apt 3, The Maltings, Bridge Street]], [[LOCATION:Westport]], [[LOCATION:Co. Mayo]] [[ZIP_CODE:F28 K2P7]]
Mobile: [[PHONE_NUMBER:+353 86 402 7719]]
PPSN: [[ID_NUMBER:1175620T]]""",
    """Employee [[PERSON:Venkatesh]] [[PERSON:Iyer]] (EmpID [[ID_NUMBER:IN-40218]]), Chief Intranet Supervisor, born [[DATE_TIME:1982/03/09]], PAN [[ID_NUMBER:AKVPI4471K]], Aadhaar [[ID_NUMBER:7330 6185 2948]], home [[ADDRESS:Flat 302, Sai Krupa Residency, 14th Main]], [[LOCATION:HSR Layout]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560102]].""",
    """[[PERSON:Ms. Harper-Ndlovu]], your [[LOCATION:Pretoria]] lease renewal for [[ADDRESS:Unit 22, Brooklyn Mews, 171 Dey Street]] is ready; pay the R4,500 admin fee with card [[CREDIT_CARD:5424 1883 0961 0731]] or EFT. ID on file: [[ID_NUMBER:9207310187085]].""",
    """customer:
  id: c_5WqL91
  name: [[PERSON:Hamza El Idrissi]]
  email: [[EMAIL_ADDRESS:hamza.elidrissi@gmail.com]]
  phone: "[[PHONE_NUMBER:+33 6 12 48 90 37]]"
  shipping:
    line1: [[ADDRESS:27 Rue des Carmes]]
    city: [[LOCATION:Lyon]]
    postal_code: "[[ZIP_CODE:69002]]"
    country: FR
  payment: {brand: visa, last4: "0384", exp: "04/28"}""",
    """SUBJECT: [[PERSON:ROBERTSON]], [[PERSON:DEREK ALAN]]  DOB [[DATE_TIME:04-22-1969]]  SEX M  HGT 5-11  WGT 210
DL [[US_DRIVER_LICENSE:R163-4820-5517]] ([[LOCATION:IL]])  PLATE [[ID_NUMBER:DK 48812]]
ADDR [[ADDRESS:1307 N LARAMIE AVE]], [[LOCATION:CHICAGO]] [[LOCATION:IL]] [[ZIP_CODE:60651]]
NARRATIVE: subject stopped for expired registration; verbal warning issued.""",
    """Reminder for [[PERSON:Mrs. Fumiko Sato-Bennett]]: your Senior Branding Agent onboarding call is at [[DATE_TIME:9:15 on 14/03/2025]]. Dial in from [[PHONE_NUMBER:+61 2 9374 4021]] or join from IP [[IP_ADDRESS:203.12.160.41]]; your passport [[ID_NUMBER:PA7731904]] has been uploaded.""",
    """Transfer request: beneficiary [[PERSON:Adaeze Umeh]], IBAN [[IBAN_CODE:NL23RABO0318452096]], amount 1,250.00 EUR, reference "rent March", requested by [[PERSON:Pieter]] [[PERSON:de Graaf]] from device 00:1B:44:11:3A:B7.""",
    """{"event":"lease.signed","ts":"2025-01-09T16:42:10Z","data":{"lease_id":"L-77120","unit":"[[ADDRESS:1204]]","building":"[[ADDRESS:Harbor Point Tower B]]","signers":[{"name":"[[PERSON:Marcus Lee]]","email":"[[EMAIL_ADDRESS:marcus.lee@gmail.com]]","signed_at":"[[DATE_TIME:2025-01-09T16:40:55Z]]","ip":"[[IP_ADDRESS:73.158.22.104]]"},{"name":"[[PERSON:Jia Wen Lee]]","email":"[[EMAIL_ADDRESS:jiawen.lee@yahoo.com]]","signed_at":"[[DATE_TIME:2025-01-09T16:42:07Z]]","ip":"[[IP_ADDRESS:73.158.22.104]]"}]}}""",
    """Kindly forward the tenant's deposit of 2,000 AED to [[IBAN_CODE:AE65 0260 0010 1558 3927 413]] held by [[PERSON:Rania Haddad]]; her Emirates ID is [[ID_NUMBER:784-1990-3318204-1]] and she can be reached at [[PHONE_NUMBER:+971 50 771 2046]].""",
    """WORKERS' COMPENSATION - FIRST REPORT OF INJURY
Employee Name: [[PERSON:Terrence Boyd]]          SSN: [[US_SSN:238-60-1194]]
Date of Birth: [[DATE_TIME:11/02/1979]]          Date of Injury: [[DATE_TIME:01/21/2025 07:40]]
Home Address: [[ADDRESS:4410 Raintree Ct]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28215]]
Occupation: Forklift Operator          Employer: Carolina Cold Storage Inc.
Description: Employee slipped on ice at loading dock 3 and fractured left wrist. Treated at Novant urgent care.""",
    """UPDATE users SET email = '[[EMAIL_ADDRESS:kateryna.bondar@proton.me]]', phone = '[[PHONE_NUMBER:+380 67 441 2298]]', updated_at = NOW() WHERE username = '[[USERNAME:kbondar]]'; -- requested by [[PERSON:Kateryna Bondar]] via support chat""",
    """Greetings [[PERSON:Mr. Ashby]], the Human Directives Liaison for [[LOCATION:South Kaylee]] requires your signature. Your BIC is MIDLGB22 and IBAN [[IBAN_CODE:GB78 MIDL 4005 3022 9184 63]]; card [[CREDIT_CARD:6011-0492-8837-1561]] with CVV 901 will be charged £79.00 on [[DATE_TIME:27/07/2024]].""",
    """Visitor log - Rivergate Apartments
[[DATE_TIME:02/03/2025 18:04]]  [[PERSON:Ahmed Raza]]     visiting [[ADDRESS:Apt 11B]]   ID: DL [[US_DRIVER_LICENSE:R2005 51822 40117]]   Car: [[ID_NUMBER:NJ-H91KLM]]
[[DATE_TIME:02/03/2025 19:27]]  [[PERSON:Lindsey Carr]]   visiting [[ADDRESS:Apt 4F]]    ID: passport [[US_PASSPORT:A04481927]]
[[DATE_TIME:02/03/2025 21:50]]  [[PERSON:T. Okafor]]      delivery, no unit given""",
    """Claim narrative: On [[DATE_TIME:December 30, 2024]], the claimant, [[PERSON:Ms. Renée Boucher]] ([[AGE:71]]), tripped on a raised paving slab outside [[ADDRESS:56 Riverside Drive]], [[LOCATION:Ottawa]], [[LOCATION:ON]] [[ZIP_CODE:K1S 3T5]], which is managed by Maple Crest Property Services. She sustained a fractured hip and was admitted to the Civic Campus. Her son, [[PERSON:Luc Boucher]], reported the incident by phone from [[PHONE_NUMBER:613-724-0058]].""",
    """<Tenant>
  <FullName>[[PERSON:Olamide Bankole]]</FullName>
  <DateOfBirth>[[DATE_TIME:1989-11-23]]</DateOfBirth>
  <Email>[[EMAIL_ADDRESS:olamide.bankole@gmail.com]]</Email>
  <PreviousAddress>[[ADDRESS:22 Hornsey Rise]], [[LOCATION:London]] [[ZIP_CODE:N19 3SB]]</PreviousAddress>
  <Employer>NHS Whittington Health</Employer>
  <AnnualIncome currency="GBP">41500</AnnualIncome>
  <Guarantor>[[PERSON:Folake Bankole]]</Guarantor>
</Tenant>""",
    """[[PERSON:Zara]] [[PERSON:Hussain]], our Future Mobility Architect, updated her profile: new address [[ADDRESS:19 Pendle View]], [[LOCATION:Burnley]] [[ZIP_CODE:BB10 2LS]], personal site [[URL:https://zarahussain.dev]], GitHub [[URL:https://github.com/zhussain-dev]], phone [[PHONE_NUMBER:01282 447 912]].""",
    """Order placed by [[PERSON:Chukwuemeka Nnaji]] ([[USERNAME:emeka_n]]) from [[IP_ADDRESS:197.210.85.44]]. Ship to [[ADDRESS:House 7, Road 12, Phase 2, Lekki Gardens]], [[LOCATION:Lagos]]. Visa [[CREDIT_CARD:4917 6155 0023 8745]] exp 01/26 declined; fallback Mastercard [[CREDIT_CARD:5275 9114 6208 3390]] approved.""",
    """MEDICATION RECONCILIATION
Name: [[PERSON:Lorraine Fitzgerald]]   DOB: [[DATE_TIME:3 Aug 1948]]   Age: [[AGE:76]]
Medicare No.: [[ID_NUMBER:2428 77813 2]]
GP: [[PERSON:Dr. Anil Deshmukh]], Toorak Medical Centre
Allergies: penicillin (rash)
Current: atorvastatin 40 mg nocte; apixaban 5 mg bd; paracetamol 1 g qid prn
Carer contact: [[PERSON:Bridget]] (daughter) [[PHONE_NUMBER:0403 118 572]]""",
    """Dear [[PERSON:Ignatius]], your payroll direct deposit to checking account [[ID_NUMBER:000128845730]] at Wells Fargo will start on [[DATE_TIME:Friday, March 14, 2025]]. Your tax filing status is Married Filing Jointly and your W-4 lists SSN [[US_SSN:309-54-8817]].""",
    """const seedUsers = [
  { id: 1, name: "[[PERSON:Hana Kobayashi]]", email: "[[EMAIL_ADDRESS:hana.k@example.jp]]", role: "admin" },
  { id: 2, name: "[[PERSON:Mateo Rossi]]", email: "[[EMAIL_ADDRESS:mateo.rossi@libero.it]]", role: "tenant" },
  { id: 3, name: "[[PERSON:Grace Akinyi]]", email: "[[EMAIL_ADDRESS:grace.akinyi@gmail.com]]", role: "tenant", phone: "[[PHONE_NUMBER:+254 711 902 446]]" },
];""",
    """TENANCY APPLICATION - GUARANTOR SECTION
Guarantor name: [[TITLE:Rev.]] [[PERSON:Winston Achebe]]
Relationship to applicant: Uncle
Date of birth: [[DATE_TIME:21 June 1961]]
Home address: [[ADDRESS:8 Chestnut Grove]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 1JB]]
Homeowner: Yes    Years at address: 14
Contact number: [[PHONE_NUMBER:01582 730 441]]    Email: [[EMAIL_ADDRESS:w.achebe@btinternet.com]]
I agree to guarantee the rent of [[PERSON:Chiamaka Achebe]] for the tenancy starting [[DATE_TIME:15 September 2025]].""",
    """Security alert for [[PERSON:Ngaire]] [[PERSON:Tipene]]: a new sign-in to [[EMAIL_ADDRESS:ngaire.tipene@xtra.co.nz]] from [[IP_ADDRESS:2404:4408:63a1:9e00:5d2:1f7b:a33c:e10]] ([[LOCATION:Rotorua]], [[LOCATION:New Zealand]]) on [[DATE_TIME:15 Feb 2025, 02:11 NZDT]]. Device: Android 14; SM-S918B.""",
    """Case 2025-HC-0193. Applicant: [[PERSON:Marisol Ortega]], [[AGE:29]], [[NRP:Salvadoran]] national, A-Number [[ID_NUMBER:A 214 889 301]]. Current address: [[ADDRESS:455 Grand Concourse, Apt 6J]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10451]]. Interview scheduled for [[DATE_TIME:July 22, 2025 at 8:30 AM]].""",
    """[2025-01-30T08:15:02.118Z] payment.failed tenant="[[PERSON:Oksana Melnyk]]" card_bin=535610 card="[[CREDIT_CARD:5356107288440193]]" reason=insufficient_funds amount=1895.00 retry_at=2025-02-02
[2025-01-30T08:15:02.120Z] notify.sms to=[[PHONE_NUMBER:+14165550187]] template=payment_failed""",
    """Greetings [[PERSON:Sir Alistair Pembroke-Vance]], your membership of the Kent Heritage Society has been renewed until [[DATE_TIME:31.12.2025]]. Payment of £120 was taken from account [[ID_NUMBER:41923806]], sort code 20-45-77. Your member number is [[ID_NUMBER:KHS-00417]].""",
    """PROPERTY MANAGEMENT AGREEMENT (excerpt)
Owner: [[PERSON:Dimitrios Papadakis]], of [[ADDRESS:12 Evelyn Street]], [[LOCATION:Carlton]] [[LOCATION:VIC]] [[ZIP_CODE:3053]]
Agent: Southbank Residential Pty Ltd, licence 073228L
Property: [[ADDRESS:Apartment 1408, 88 Kavanagh Street]], [[LOCATION:Southbank]] [[LOCATION:VIC]] [[ZIP_CODE:3006]]
Commencement: [[DATE_TIME:1 February 2025]]. Management fee 6.6% incl. GST. Rent is disbursed monthly to BSB 033-088 account [[ID_NUMBER:558 214 907]].
Signed by the Owner on [[DATE_TIME:27 January 2025]].""",
    """Hello [[PERSON:Aisha]]! I'm the Product Usability Developer from [[LOCATION:Port Kathleen]]. Your IPv4 [[IP_ADDRESS:192.168.17.204]] and MAC d4:6a:6a:12:8f:b0 were flagged. Please verify with your card [[CREDIT_CARD:3530 1142 7790 3813]] and your DOB [[DATE_TIME:12th of August 2001]].""",
    """Subject: Re: Moving out - final meter readings
From: [[PERSON:Ewa Zielinska]] <[[EMAIL_ADDRESS:ewa.zielinska@onet.pl]]>
Hi, I handed the keys back on [[DATE_TIME:Friday 28 Feb]]. Final readings at [[ADDRESS:Flat 1, 6 Abbey Road]], [[LOCATION:Barking]] [[ZIP_CODE:IG11 7AX]]: electricity 48213 kWh, gas 09112 m3. Please send the final bill to my new address, [[ADDRESS:33 Lime Tree Walk]], [[LOCATION:Chelmsford]] [[ZIP_CODE:CM2 9RT]].""",
    """mysql> SELECT id, name, dob, passport_no, nationality FROM guests WHERE checkin = '2025-04-11';
+-----+--------------------+------------+-------------+-------------+
| id  | name               | dob        | passport_no | nationality |
+-----+--------------------+------------+-------------+-------------+
| 901 | [[PERSON:Sebastián Ortiz]]    | [[DATE_TIME:1991-07-02]] | [[ID_NUMBER:PAC482913]]   | [[NRP:Colombian]]   |
| 902 | [[PERSON:Kateřina Nováková]]  | [[DATE_TIME:1987-12-19]] | [[ID_NUMBER:42158803]]    | [[NRP:Czech]]       |
+-----+--------------------+------------+-------------+-------------+""",
    """Dear [[PERSON:Mr. Thulani Zungu]], thank you for registering with eThekwini Water. Account [[ID_NUMBER:5011 8824 07]] for [[ADDRESS:31 Jan Smuts Highway]], [[LOCATION:Westville]], [[ZIP_CODE:3629]] is active from [[DATE_TIME:2025/02/01]]. Your deposit of R1,200 was paid by card [[CREDIT_CARD:4485 1290 7316 6301]].""",
    """Lead captured: [[PERSON:Valentina Greco]] | [[EMAIL_ADDRESS:valentina.greco88@gmail.com]] | [[PHONE_NUMBER:+39 347 882 1904]] | interested in: 2-bed rental, [[LOCATION:Milano]] | budget: 1,600 EUR | source: Instagram ad | consent: yes | captured from [[IP_ADDRESS:151.38.112.9]]""",
    """NOTICE TO ENTER
Tenant: [[PERSON:Kimberly Ashford-Jones]]
Address: [[ADDRESS:782 Pine Street, Apt. 3C]], [[LOCATION:Burlington]], [[LOCATION:VT]] [[ZIP_CODE:05401]]
Please be advised that the landlord or their agent will enter the premises on [[DATE_TIME:Wednesday, April 9, 2025, between 10:00 a.m. and 2:00 p.m.]] for the purpose of annual smoke detector inspection.
[[PERSON:Bernard Flynn]], Flynn Property Holdings LLC""",
    """Hey there [[PERSON:Quinn]], this is your Central Solutions Orchestrator. The Bitcoin ATM at [[ADDRESS:55 Nolan Crossing]] in [[LOCATION:Mosciskiburgh]] rejected your card [[CREDIT_CARD:2223 0047 1185 9263]]. Contact [[EMAIL_ADDRESS:quinn_sauer@yahoo.com]] owner [[USERNAME:Quinn.Sauer42]] ASAP.""",
    """FORM W-9 (summary)
Name: [[PERSON:Harold K. Beaumont]]
Business name: Beaumont Rentals
Address: [[ADDRESS:PO Box 881]], [[LOCATION:Bozeman]], [[LOCATION:MT]] [[ZIP_CODE:59771]]
SSN: [[US_SSN:517-82-0346]]
Signature date: [[DATE_TIME:01/13/2025]]""",
    """[[PERSON:Dr. Meera Pillai]], assistant professor, [[EMAIL_ADDRESS:meera.pillai@iisc.ac.in]]. Personal page: [[URL:https://meerapillai.github.io]]. Office: Room 214, CV Raman Avenue building.""",
    """VENDOR ONBOARDING
Sole trader: [[PERSON:Connor Fitzpatrick]] t/a CF Handyman Services
Trading address: [[ADDRESS:Unit 4, Riverside Business Park]], [[LOCATION:Limerick]] [[ZIP_CODE:V94 E6T2]]
Bank: [[IBAN_CODE:IE37 BOFI 9000 1752 0947 38]]
PPSN / tax ref: [[ID_NUMBER:6304981M]]
Mobile: [[PHONE_NUMBER:087 911 4420]]
Insurance cert expiry: 30/06/2025""",
    """Residential rental inspection report for [[ADDRESS:6/14 Banksia Avenue]], [[LOCATION:Coolangatta]] [[LOCATION:QLD]] [[ZIP_CODE:4225]]. Tenant present: [[PERSON:Ms. Leilani Fonoti]]. Inspected by [[PERSON:Craig Dunstan]] on [[DATE_TIME:20/03/2025]]. Notes: mould in bathroom ceiling, flyscreen in bedroom 2 torn, pet (cat) approved in lease.""",
    """<?xml version="1.0"?>
<order id="SO-558120">
  <customer type="individual">
    <name>[[PERSON:Ioana Popescu]]</name>
    <email>[[EMAIL_ADDRESS:ioana.popescu@yahoo.ro]]</email>
    <phone>[[PHONE_NUMBER:+40 722 418 093]]</phone>
  </customer>
  <billing><card>[[CREDIT_CARD:4024 0071 9345 2868]]</card><expiry>08/26</expiry></billing>
  <delivery><street>[[ADDRESS:Strada Avram Iancu 14, ap. 9]]</street><city>[[LOCATION:Cluj-Napoca]]</city><zip>[[ZIP_CODE:400089]]</zip></delivery>
</order>""",
    """Good morning [[TITLE:Lieutenant Colonel]] [[PERSON:Rosalind Ebo]], please confirm your TSP contribution. Your spouse [[PERSON:Kwesi]] listed [[ADDRESS:1120 Patriot Way]], [[LOCATION:Fort Liberty]], [[LOCATION:NC]] as the household address. DoD ID [[ID_NUMBER:1284476093]].""",
    """env:
  SENDGRID_FROM: noreply@lettingsapp.io
  ADMIN_CONTACT: [[PERSON:Tunde Bello]] <[[EMAIL_ADDRESS:tunde.bello@lettingsapp.io]]>
  ADMIN_MOBILE: "[[PHONE_NUMBER:+44 7415 992 308]]"
  ALLOWED_IPS: "[[IP_ADDRESS:185.44.76.19]],[[IP_ADDRESS:185.44.76.20]]"
  STRIPE_KEY: sk_live_51HxR2cKp0aZ9f3Q""",
    """[[PERSON:Hollis]], the Dynamic Markets Engineer, lives at [[ADDRESS:9813 Stanton Ridge, Apt. 448]], [[LOCATION:North Destinee]], [[LOCATION:Oregon]] [[ZIP_CODE:97228]]. Her username [[USERNAME:hollis_b_1994]] and password 5tMg!zQ2 were reset after login from [[IP_ADDRESS:45.231.9.160]].""",
    """COMPLAINT - HOUSING DISREPAIR
Complainant: [[PERSON:Precious Moyo]]
Address of property: [[ADDRESS:Flat 14, Beaumont House, Mile End Road]], [[LOCATION:London]] [[ZIP_CODE:E1 4SD]]
Landlord: Eastgate Housing Association
Dates of reports to landlord: [[DATE_TIME:3 October 2024]], [[DATE_TIME:19 November 2024]], [[DATE_TIME:6 January 2025]]
Issue: persistent damp and black mould in both bedrooms; youngest child ([[AGE:2]]) has recurrent chest infections.
Phone: [[PHONE_NUMBER:07982 335 114]]""",
    """SCHADENMELDUNG KFZ
Versicherungsnehmer: [[PERSON:Thomas Brandl]]
Geburtsdatum: [[DATE_TIME:22.06.1984]]
Anschrift: [[ADDRESS:Leopoldstraße 88]], [[ZIP_CODE:80802]] [[LOCATION:München]]
Amtl. Kennzeichen: [[ID_NUMBER:M-TB 2284]]
Schadentag: [[DATE_TIME:07.02.2025, ca. 17:30 Uhr]]
Schadenort: Tiefgarage des Arbeitgebers, Ebene -2
Unfallgegner: [[PERSON:Aleksandra Nowicka]], Kennzeichen [[ID_NUMBER:FS-AN 719]]
Bankverbindung für die Regulierung: [[IBAN_CODE:DE92 7015 0000 0046 1827 35]]""",
    """{"kunde": {"vorname": "[[PERSON:Lea]]", "nachname": "[[PERSON:Zimmermann]]", "geburtsdatum": "[[DATE_TIME:1996-04-03]]", "email": "[[EMAIL_ADDRESS:lea.zimmermann@web.de]]", "telefon": "[[PHONE_NUMBER:+49 176 44198230]]", "anschrift": {"strasse": "[[ADDRESS:Körnerstraße 12]]", "plz": "[[ZIP_CODE:04107]]", "ort": "[[LOCATION:Leipzig]]"}, "steuer_id": "[[ID_NUMBER:47281039461]]"}, "vertrag": {"tarif": "Ökostrom Flex", "abschlag_eur": 64}}""",
    """PERSONALFRAGEBOGEN
Name, Vorname: [[PERSON:Gruber]], [[PERSON:Katharina]]
Geburtsdatum/-ort: [[DATE_TIME:30.05.1988]], [[LOCATION:Graz]]
Staatsangehörigkeit: [[NRP:österreichisch]]
Wohnadresse: [[ADDRESS:Annenstraße 31/7]], [[ZIP_CODE:8020]] [[LOCATION:Graz]]
Sozialversicherungsnummer: [[ID_NUMBER:2157 300588]]
Bankverbindung: [[IBAN_CODE:AT33 2081 5000 2984 4017]]
Eintrittsdatum: [[DATE_TIME:01.03.2025]]""",
    """<Mitarbeiter>
  <Name>[[PERSON:Nicole Baumann]]</Name>
  <AHVNr>[[ID_NUMBER:756.3812.0496.72]]</AHVNr>
  <Geburtsdatum>[[DATE_TIME:1979-10-14]]</Geburtsdatum>
  <Adresse>[[ADDRESS:Spitalgasse 4]], [[ZIP_CODE:3011]] [[LOCATION:Bern]]</Adresse>
  <IBAN>[[IBAN_CODE:CH6800700110004781390]]</IBAN>
  <Pensum>80</Pensum>
</Mitarbeiter>""",
    """SİPARİŞ FORMU
Ad Soyad: [[PERSON:Elif Şahin]]
Cep Telefonu: [[PHONE_NUMBER:0 (535) 704 18 92]]
E-posta: [[EMAIL_ADDRESS:elif.sahin91@hotmail.com]]
Teslimat Adresi: [[ADDRESS:Bağdat Cad. No: 214 Daire: 11]], [[LOCATION:Suadiye]], [[LOCATION:Kadıköy]], [[ZIP_CODE:34740]] [[LOCATION:İstanbul]]
Kart No: [[CREDIT_CARD:9792 4011 8835 6078]]   SKT: 10/27   CVV: 552
Sipariş Tarihi: 14.02.2025""",
    """INSERT INTO musteriler (tc_kimlik_no, ad, soyad, dogum_tarihi, telefon, il) VALUES
('[[ID_NUMBER:36512049886]]', '[[PERSON:Ahmet]]', '[[PERSON:Çelik]]', '[[DATE_TIME:1975-09-18]]', '[[PHONE_NUMBER:05324417702]]', '[[LOCATION:İzmir]]'),
('[[ID_NUMBER:55281634048]]', '[[PERSON:Gülşen]]', '[[PERSON:Öztürk]]', '[[DATE_TIME:1990-01-07]]', '[[PHONE_NUMBER:05447039125]]', '[[LOCATION:Bursa]]');""",
    """HASTA KAYIT FORMU
Hasta Adı: [[PERSON:Hüseyin Aydoğan]]   Yaş: [[AGE:67]]   Cinsiyet: Erkek
T.C. Kimlik No: [[ID_NUMBER:41907382622]]
Adres: [[ADDRESS:Kızılay Mah. Gazi Mustafa Kemal Bulvarı No: 41/8]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]]
Yakını: [[PERSON:Derya Aydoğan]] (kızı) - [[PHONE_NUMBER:+90 505 318 44 27]]
Randevu: [[DATE_TIME:18 Mart 2025 Salı, saat 10:30]] - Kardiyoloji Polikliniği""",
    """2025-02-11 09:14:55 INFO havale.olusturuldu gonderen="[[PERSON:Burak Yılmaz]]" alici_iban=[[IBAN_CODE:TR310006400000112833019475]] tutar=18500.00 aciklama="Şubat kirası"
2025-02-11 09:14:56 INFO sms.gonderildi tel=[[PHONE_NUMBER:+905421186230]] sablon=havale_onay
2025-02-11 09:15:03 WARN oturum ip=[[IP_ADDRESS:88.230.14.77]] kullanici=[[USERNAME:burakyilmaz_34]] yeni_cihaz=true""",
    """RESIDENTIAL LEASE AGREEMENT (page 1 of 6)
1. PARTIES. This Lease is made on [[DATE_TIME:May 19, 2025]] between Oakmont Residential LLC ("Landlord") and [[PERSON:Trevor Alcott]] and [[PERSON:Jasmine Alcott]] ("Tenants").
2. PREMISES. The Landlord leases to the Tenants the dwelling at [[ADDRESS:5521 Larkspur Court]], [[LOCATION:Colorado Springs]], [[LOCATION:CO]] [[ZIP_CODE:80918]].
3. TERM. The term begins on [[DATE_TIME:June 1, 2025]] and ends on [[DATE_TIME:May 31, 2026]].
4. SECURITY DEPOSIT. Tenants have paid a deposit of $2,150.00, held in a separate account at Ent Credit Union.
5. NOTICES. Notices to the Tenants may be sent to [[EMAIL_ADDRESS:t.alcott@protonmail.com]].""",
    """Traceback (most recent call last):
  File "/srv/app/billing/invoices.py", line 212, in send_invoice
    smtp.sendmail(FROM_ADDR, [tenant.email], msg.as_string())
smtplib.SMTPRecipientsRefused: {'[[EMAIL_ADDRESS:dwayne.ricketts@gmial.com]]': (550, b'5.1.1 User unknown')}
[context] tenant_id=88213 name='[[PERSON:Dwayne Ricketts]]' unit='[[ADDRESS:Apt 2B]]' phone='[[PHONE_NUMBER:876-441-2093]]'""",
    """Your vehicle VRM [[ID_NUMBER:LR21 OXM]] was recorded entering the Clean Air Zone on [[DATE_TIME:04/01/2025 08:02]]. Dear [[PERSON:Ms. Adaora Ekwueme]], the Investor Factors Producer for [[LOCATION:Birmingham]], please pay the £8 charge from card [[CREDIT_CARD:4508 7511 2940 3678]] or via your account [[USERNAME:adaora.ek]].""",
    """PRIOR AUTHORIZATION REQUEST
Member: [[PERSON:Catalina Reyes-Munoz]]    Member ID: [[ID_NUMBER:XWB884120377]]    Group: 004471
DOB: [[DATE_TIME:09/03/1966]]    Phone: [[PHONE_NUMBER:(915) 332-8810]]
Requesting provider: [[PERSON:Dr. Samuel Whitaker]], Desert Spine Associates
Service: MRI lumbar spine without contrast (CPT 72148)
Clinical notes: radicular pain L5 distribution for 9 weeks despite PT and NSAIDs; planned date of service [[DATE_TIME:02/10/2025]].""",
    """{"meter_id":"SMX-0044817","account_holder":"[[PERSON:Giulia Ferraro]]","account_no":"[[ID_NUMBER:300441187]]","service_address":"[[ADDRESS:14 Wentworth Avenue, Unit 9]], [[LOCATION:Pymble]] [[LOCATION:NSW]] [[ZIP_CODE:2073]]","reading_kwh":18233.4,"read_type":"actual","read_at":"2025-03-01T00:00:00+11:00"}
{"meter_id":"SMX-0044818","account_holder":"[[PERSON:Ahmad Karimi]]","account_no":"[[ID_NUMBER:300441203]]","service_address":"[[ADDRESS:14 Wentworth Avenue, Unit 10]], [[LOCATION:Pymble]] [[LOCATION:NSW]] [[ZIP_CODE:2073]]","reading_kwh":9120.0,"read_type":"estimated","read_at":"2025-03-01T00:00:00+11:00"}""",
    """NOTICE OF DEFAULT AND ELECTION TO SELL UNDER DEED OF TRUST
Trustor: [[PERSON:Ronald J. Pettigrew]] and [[PERSON:Deborah A. Pettigrew]], husband and wife
Property address: [[ADDRESS:3870 Canyon Crest Drive]], [[LOCATION:Riverside]], [[LOCATION:CA]] [[ZIP_CODE:92507]]
APN: 249-180-033-2
As of [[DATE_TIME:March 12, 2025]] the amount in default is $38,417.62. To find out the amount you must pay, contact the beneficiary's servicer at (800) 555-0149.""",
    """Hello [[PERSON:Enzo]], the Global Accountability Assistant at [[ADDRESS:720 Gislason Hollow]] asked that your BIC NWBKGB2LXXX and IBAN [[IBAN_CODE:GB03NWBK56003642197738]] be used for the 5,410.77 refund. Your browser Opera/9.80 (Windows NT 6.1; U; en) Presto/2.9.168 Version/11.52 at [[IP_ADDRESS:fe80::a1c2:3b4d:77e0:12f9]] was logged for [[USERNAME:enzo_mueller]].""",
    """**[PROP-3381] Tenant portal shows wrong owner on statement**
Reported by: [[PERSON:Sandeep Gill]] ([[EMAIL_ADDRESS:sandeep.gill@rogers.com]])
Steps: log in as [[USERNAME:sgill_unit504]], open Statements > Jan 2025.
Expected: owner = [[PERSON:Gurpreet Gill]]; Actual: owner = [[PERSON:Margaret Ellison]] (previous owner of [[ADDRESS:unit 504]]).
Env: prod, Chrome 121, [[IP_ADDRESS:99.231.40.18]]
Assignee: @[[USERNAME:lwong]]""",
]

TABLE = [
    """unit,tenant,phone,lease_start,monthly_rent,status
[[ADDRESS:1A]],[[PERSON:Grace Mbeki]],[[PHONE_NUMBER:(919) 602-4418]],[[DATE_TIME:2023-07-01]],1450,current
[[ADDRESS:1B]],[[PERSON:Oscar Lindgren]],[[PHONE_NUMBER:(919) 602-7730]],[[DATE_TIME:2024-02-15]],1495,current
2A,VACANT,,,1525,make-ready
[[ADDRESS:2B]],[[PERSON:Yolanda Whitaker]],[[PHONE_NUMBER:(984) 221-0067]],[[DATE_TIME:2022-11-01]],1380,notice given""",
    """| Ticket | Reported by | Unit | Issue | Contact | Opened |
|---|---|---|---|---|---|
| MR-4410 | [[PERSON:Ahmed Farouk]] | [[ADDRESS:Apt 302]] | Leaking kitchen tap | [[PHONE_NUMBER:07831 220 415]] | 03/02/2025 |
| MR-4411 | [[PERSON:Bethany Cole]] | [[ADDRESS:Apt 118]] | No heating | [[EMAIL_ADDRESS:bethcole@live.co.uk]] | 03/02/2025 |
| MR-4415 | [[PERSON:J. Kaminski]] | [[ADDRESS:Apt 507]] | Broken intercom | [[PHONE_NUMBER:07402 998 173]] | 04/02/2025 |""",
    """account_no\taccount_holder\tsupply_address\tpostcode\ttariff\tbalance_gbp
[[ID_NUMBER:ACC-2210847]]\t[[PERSON:Niamh Doherty]]\t[[ADDRESS:12 Lisburn Road]]\t[[ZIP_CODE:BT9 6AA]]\tFixed 12M\t-42.18
[[ID_NUMBER:ACC-2210851]]\t[[PERSON:Rajesh Bhatt]]\t[[ADDRESS:Flat 3, 90 Ormeau Avenue]]\t[[ZIP_CODE:BT2 8HS]]\tVariable\t118.40
[[ID_NUMBER:ACC-2210866]]\t[[PERSON:Eoin McCann]]\t[[ADDRESS:5 Cregagh Park East]]\t[[ZIP_CODE:BT6 9LQ]]\tEconomy 7\t0.00""",
    """{"name": "[[PERSON:Samira Haddad]]", "email": "[[EMAIL_ADDRESS:samira.haddad@gmail.com]]", "viewing": "[[DATE_TIME:2025-03-08 10:30]]", "property": "PR-1182", "budget": 2200}
{"name": "[[PERSON:Liam O'Connor]]", "email": "[[EMAIL_ADDRESS:liamoc@icloud.com]]", "viewing": "[[DATE_TIME:2025-03-08 11:00]]", "property": "PR-1182", "budget": 2400}
{"name": "[[PERSON:Mei Ling Tan]]", "email": "[[EMAIL_ADDRESS:meiling.tan@outlook.sg]]", "viewing": "[[DATE_TIME:2025-03-09 14:15]]", "property": "PR-1190", "budget": 1900}""",
    """EMP#   NAME                 DEPT      HIRED       SSN
10482  [[PERSON:Alvarez, Rosa M.]]    Finance   [[DATE_TIME:03/14/2016]]  [[US_SSN:421-66-0913]]
10517  [[PERSON:Chen, Robert]]        IT        [[DATE_TIME:09/01/2019]]  [[US_SSN:382-04-7751]]
10603  [[PERSON:Okafor, Ngozi]]       Legal     [[DATE_TIME:01/06/2022]]  [[US_SSN:219-58-3340]]
10611  [[PERSON:Dubois, Pierre-Luc]]  Ops       [[DATE_TIME:02/13/2023]]  [[US_SSN:607-31-2284]]""",
    """- tenant: [[PERSON:Harriet Osei]]
  property: [[ADDRESS:44 Clarendon Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 9PJ]]
  deposit_gbp: 1150
  scheme_ref: DPS-7712004
  protected_on: 2024-09-12
- tenant: [[PERSON:Callum Reid]]
  property: [[ADDRESS:Flat 7, 19 Hyde Park Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1PY]]
  deposit_gbp: 980
  scheme_ref: DPS-7712019
  protected_on: 2024-09-20""",
    """Student ID | Name | DOB | Guardian | Guardian phone | Grade
[[ID_NUMBER:S2024-0113]] | [[PERSON:Amelia Brooks]] | [[DATE_TIME:2014-05-22]] | [[PERSON:Karen Brooks]] | [[PHONE_NUMBER:503-281-4470]] | 5
[[ID_NUMBER:S2024-0119]] | [[PERSON:Diego Hernández]] | [[DATE_TIME:2013-11-03]] | [[PERSON:Luz Hernández]] | [[PHONE_NUMBER:503-913-0058]] | 6
[[ID_NUMBER:S2024-0127]] | [[PERSON:Nia Washington]] | [[DATE_TIME:2014-08-30]] | [[PERSON:Marcus Washington]] | [[PHONE_NUMBER:971-404-2216]] | 5""",
    """Name: [[PERSON:Theodore Vance]]
Date of birth: [[DATE_TIME:17 Feb 1952]]
NHS number: [[ID_NUMBER:401 023 2188]]
GP surgery: Abbeyfield Medical Practice
Next of kin: [[PERSON:Alice Vance]] ([[PHONE_NUMBER:01904 622 813]])
Allergies: none known""",
    """name,age,city,country,nationality,occupation
[[PERSON:Kaito Nakamura]],[[AGE:31]],[[LOCATION:Osaka]],[[LOCATION:Japan]],[[NRP:Japanese]],software engineer
[[PERSON:Fernanda Lima]],[[AGE:27]],[[LOCATION:Curitiba]],[[LOCATION:Brazil]],[[NRP:Brazilian]],architect
[[PERSON:Olumide Adeyemi]],[[AGE:45]],[[LOCATION:Ibadan]],[[LOCATION:Nigeria]],[[NRP:Nigerian]],pharmacist
[[PERSON:Sofie Jensen]],[[AGE:38]],[[LOCATION:Aarhus]],[[LOCATION:Denmark]],[[NRP:Danish]],nurse""",
    """| # | Guest | Room | Check-in | Check-out | Card on file |
|---|-------|------|----------|-----------|--------------|
| 1 | [[PERSON:Mr. Hiroshi Tanaka]] | 1204 | [[DATE_TIME:12 Apr 2025]] | [[DATE_TIME:15 Apr 2025]] | [[CREDIT_CARD:4111 7650 3229 4684]] |
| 2 | [[PERSON:Mrs. Elena Vasquez]] | 0817 | [[DATE_TIME:12 Apr 2025]] | [[DATE_TIME:13 Apr 2025]] | [[CREDIT_CARD:5105 1077 1392 8469]] |
| 3 | [[PERSON:Dr. Kwabena Asare]] | 1511 | [[DATE_TIME:13 Apr 2025]] | [[DATE_TIME:18 Apr 2025]] | [[CREDIT_CARD:3744 091277 53185]] |""",
    """date,meter_serial,reading,read_by,customer
2025-01-31,E17Z 048812,44120,estimate,[[PERSON:Ruth Ansah]]
2025-02-28,E17Z 048812,44873,customer,[[PERSON:Ruth Ansah]]
2025-01-31,G4K 0091273,5512,engineer,[[PERSON:Tomasz Zielinski]]
2025-02-28,G4K 0091273,5690,smart,[[PERSON:Tomasz Zielinski]]""",
    """username           email                              last_login            ip
[[USERNAME:bluefinch]]          [[EMAIL_ADDRESS:m.fairweather@gmail.com]]            [[DATE_TIME:2025-02-27 22:14]]      [[IP_ADDRESS:86.14.201.9]]
[[USERNAME:k_osullivan]]        [[EMAIL_ADDRESS:kevin.osullivan@eircom.net]]         [[DATE_TIME:2025-02-28 07:03]]      [[IP_ADDRESS:37.228.196.44]]
[[USERNAME:dr_lakshmi]]         [[EMAIL_ADDRESS:lakshmi.rao@yahoo.co.in]]            [[DATE_TIME:2025-02-28 09:41]]      [[IP_ADDRESS:2405:201:e009:1a2::5f]]""",
    """Landlord\tProperty\tIBAN\tManagement fee
[[PERSON:Henrietta Blackwood]]\t[[ADDRESS:3 Orchard Row]], [[LOCATION:Cheltenham]]\t[[IBAN_CODE:GB26 BARC 2004 1573 0491 86]]\t10%
[[PERSON:Marek Dvořák]]\t[[ADDRESS:22B Suffolk Road]], [[LOCATION:Cheltenham]]\t[[IBAN_CODE:GB94BUKB20318844170293]]\t8%
[[PERSON:Sunil]] & [[PERSON:Rekha Sharma]]\t[[ADDRESS:Flat 5, Regency House, Lansdown Crescent]], [[LOCATION:Cheltenham]]\t[[IBAN_CODE:GB11 SCBL 6091 0473 8216 05]]\t10%""",
    """passenger,seat,passport,nationality,dob,phone
[[PERSON:ABDULLAH]]/[[PERSON:OMAR]] [[TITLE:MR]],14C,[[ID_NUMBER:P4471902]],[[NRP:Jordanian]],[[DATE_TIME:12MAR85]],[[PHONE_NUMBER:+962 79 552 1183]]
[[PERSON:NAKASHIMA]]/[[PERSON:YUMI]] [[TITLE:MS]],14D,[[ID_NUMBER:TR8830147]],[[NRP:Japanese]],[[DATE_TIME:03NOV90]],[[PHONE_NUMBER:+81 90 4418 2207]]
[[PERSON:MOORE]]/[[PERSON:JACK]] [[TITLE:MSTR]],14E,[[US_PASSPORT:588120334]],[[NRP:American]],[[DATE_TIME:21JUL16]],""",
    """Member      | Joined     | Plan     | Email
------------+------------+----------+------------------------------
[[PERSON:P. Ramaswamy]] | [[DATE_TIME:2021-06-04]] | Annual   | [[EMAIL_ADDRESS:pramaswamy@gmail.com]]
[[PERSON:Aoife Kelly]] | [[DATE_TIME:2023-01-17]] | Monthly  | [[EMAIL_ADDRESS:aoife.kelly93@hotmail.com]]
[[PERSON:Marcus Thorne]] | [[DATE_TIME:2024-10-02]] | Off-peak | [[EMAIL_ADDRESS:mthorne@btinternet.com]]""",
    """owner_name: [[PERSON:Beatrice Ndlovu]]
owner_id: [[ID_NUMBER:7901260734084]]
erf_number: 4471
street_address: [[ADDRESS:19 Jacaranda Avenue]]
suburb: [[LOCATION:Waterkloof]]
city: [[LOCATION:Pretoria]]
postal_code: [[ZIP_CODE:0181]]
municipal_account: [[ID_NUMBER:5002 4418 907]]
rates_per_month: R 2 314.50""",
    """Caller,Number,Time,Duration,Outcome
[[PERSON:Gloria Estevez]],[[PHONE_NUMBER:+1 305 884 2019]],09:12,4m10s,booked viewing
Unknown,[[PHONE_NUMBER:+1 786 220 4471]],09:40,0m45s,hung up
[[PERSON:Tyrell Barnes]],[[PHONE_NUMBER:+1 954 331 0086]],10:05,7m02s,application sent
Office line,+1 305 555 0100,10:30,1m20s,internal""",
    """| Resident | Flat | Parking bay | Vehicle reg | Permit expires |
|:--|:--:|:--:|:--|:--|
| [[PERSON:Agnes Whitmore]] | [[ADDRESS:Flat 2]] | P4 | [[ID_NUMBER:YD19 KLP]] | 31/05/2025 |
| [[PERSON:Rohan Mehta]] | [[ADDRESS:Flat 9]] | P11 | [[ID_NUMBER:BF70 XUE]] | 31/08/2025 |
| [[PERSON:Chen Jiayi]] | [[ADDRESS:Flat 14]] | P2 | [[ID_NUMBER:LC23 OWM]] | 30/11/2025 |""",
    """donor_name,donation_date,amount_usd,method,address
[[PERSON:Eleanor Fitzgerald-Ward]],[[DATE_TIME:12/05/2024]],500.00,check,"[[ADDRESS:14 Beacon Hill Ct]], [[LOCATION:Boston]], [[LOCATION:MA]] [[ZIP_CODE:02108]]"
[[PERSON:Raymond Okoye]],[[DATE_TIME:12/11/2024]],75.00,card,"[[ADDRESS:2290 Peachtree Rd NW, Apt 1106]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]]"
Anonymous,12/19/2024,1000.00,wire,
[[PERSON:Minh Tran]],[[DATE_TIME:12/31/2024]],40.00,card,"[[ADDRESS:8802 Bellaire Blvd]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77036]]\"""",
    """id | full_name | sin | province | hire_date
---+-----------+-----+----------+----------
 1 | [[PERSON:Marie-Ève Tremblay]] | [[ID_NUMBER:046 392 072]] | [[LOCATION:QC]] | [[DATE_TIME:2018-04-09]]
 2 | [[PERSON:Gurdeep Singh Dhillon]] | [[ID_NUMBER:520 961 186]] | [[LOCATION:BC]] | [[DATE_TIME:2020-08-24]]
 3 | [[PERSON:Aiyana Whitecloud]] | [[ID_NUMBER:714 308 624]] | [[LOCATION:MB]] | [[DATE_TIME:2023-01-03]]
(3 rows)""",
    """Applicant: [[PERSON:Yasmin Aboud]]
Current address: [[ADDRESS:27 Grove Street]], [[LOCATION:Jersey City]], [[LOCATION:NJ]] [[ZIP_CODE:07302]]
Employer: Verisk (6 yrs)
Gross annual income: $88,000
Credit score: 742
Pets: 1 dog
Move-in requested: [[DATE_TIME:April 15, 2025]]
Phone: [[PHONE_NUMBER:201-555-0173]]""",
    """patient_id,name,sex,age,ward,admitted
[[ID_NUMBER:P-300912]],[[PERSON:Baptiste Moreau]],M,[[AGE:72]],Cardiology,[[DATE_TIME:2025-02-02]]
[[ID_NUMBER:P-300917]],[[PERSON:Hawa Jallow]],F,[[AGE:34]],Maternity,[[DATE_TIME:2025-02-03]]
[[ID_NUMBER:P-300925]],[[PERSON:Ivan Petrov]],M,[[AGE:58]],Orthopaedics,[[DATE_TIME:2025-02-03]]""",
    """{"rider": "[[PERSON:Tomiwa Ajayi]]", "pickup": "[[ADDRESS:18 Admiralty Way]]", "dropoff": "Murtala Muhammed Airport T2", "phone": "[[PHONE_NUMBER:+234 812 660 4190]]", "fare_ngn": 14500}
{"rider": "[[PERSON:Halima Sule]]", "pickup": "[[ADDRESS:4 Kofo Abayomi Street]]", "dropoff": "[[ADDRESS:22 Isaac John Street]]", "phone": "[[PHONE_NUMBER:+234 703 118 2257]]", "fare_ngn": 6200}
{"rider": "[[PERSON:Chika Obi]]", "pickup": "Ikeja City Mall", "dropoff": "[[ADDRESS:9 Oduduwa Crescent]]", "phone": "[[PHONE_NUMBER:+234 906 442 7713]]", "fare_ngn": 5100}""",
    """Volunteer           Shift        Mobile          Emergency contact
[[PERSON:Hemi Parata]]         Sat 8-12     [[PHONE_NUMBER:021 883 4102]]    [[PERSON:Moana Parata]] [[PHONE_NUMBER:027 441 2290]]
[[PERSON:Georgia Lamb]]        Sat 12-4     [[PHONE_NUMBER:022 107 3365]]    [[PERSON:Ian Lamb]] [[PHONE_NUMBER:03 348 2219]]
[[PERSON:Sione Tupou]]         Sun 8-12     [[PHONE_NUMBER:020 4118 9067]]   -""",
    """| Property | Owner | Owner email | Management start | Units |
|---|---|---|---|---|
| Maple Court | [[PERSON:Harvey Lindqvist]] | [[EMAIL_ADDRESS:hlindqvist@shaw.ca]] | [[DATE_TIME:2019-05-01]] | 24 |
| Cedar Lofts | [[PERSON:Anjali Desai]] | [[EMAIL_ADDRESS:anjali.desai.re@gmail.com]] | [[DATE_TIME:2021-09-15]] | 12 |
| 41 Oak St duplex | [[PERSON:Ben]] & [[PERSON:Carla Rossi]] | [[EMAIL_ADDRESS:rossi.family@telus.net]] | [[DATE_TIME:2024-03-01]] | 2 |""",
    """first_name;last_name;iban;amount;reference
[[PERSON:Sander]];[[PERSON:Visser]];[[IBAN_CODE:NL92INGB0006742871]];1250,00;huur maart
[[PERSON:Fleur]];[[PERSON:de Boer]];[[IBAN_CODE:NL85ABNA0591726384]];980,00;huur maart
[[PERSON:Youssef]];[[PERSON:El Amrani]];[[IBAN_CODE:NL02 SNSB 0917 2635 50]];1100,00;borg""",
    """CARDHOLDER              CARD NUMBER            EXP    AMOUNT
[[PERSON:LAUREN E GIBBS]]          [[CREDIT_CARD:4610 4600 3317 8526]]    06/27  $1,245.00
[[PERSON:MOHAMMED AL-SAYED]]       [[CREDIT_CARD:5200 8283 0047 9160]]    11/26  $980.50
[[PERSON:PATRICK O'MEARA]]         [[CREDIT_CARD:6011 2099 0834 1754]]    02/28  $1,310.00""",
    """- name: [[PERSON:Farah Qureshi]]
  role: property manager
  phone: [[PHONE_NUMBER:0300 441 2278]]
  buildings: [Gulberg Heights, Canal View]
- name: [[PERSON:Bilal Anwar]]
  role: caretaker
  phone: [[PHONE_NUMBER:0321 908 6614]]
  buildings: [Canal View]
- name: [[PERSON:Sana Malik]]
  role: accounts
  phone: [[PHONE_NUMBER:042 3587 1190]]
  buildings: []""",
    """Employee\tNI number\tTax code\tPay date\tNet pay
[[PERSON:Chloe Barrett]]\t[[ID_NUMBER:JK 41 82 90 A]]\t1257L\t28/02/2025\t£2,104.33
[[PERSON:Imran Siddique]]\t[[ID_NUMBER:PL 10 66 37 D]]\t1257L\t28/02/2025\t£2,877.90
[[PERSON:Gemma Lowe]]\t[[ID_NUMBER:NE 73 20 15 C]]\tBR\t28/02/2025\t£1,412.06""",
    """Name: [[PERSON:Rangi Tūhoe]]
Phone: [[PHONE_NUMBER:+64 21 554 093]]
Email: [[EMAIL_ADDRESS:rangi.tuhoe@gmail.com]]
Address: [[ADDRESS:7 Tui Crescent]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]]
Bond lodged: $2,280
Bond number: 1938812
Tenancy start: [[DATE_TIME:9 December 2024]]""",
    """plate,owner,make,colour,registered
[[ID_NUMBER:CA 558-291]],[[PERSON:Johan van der Merwe]],Toyota Hilux,white,2019-03-12
[[ID_NUMBER:ND 441-007]],[[PERSON:Sibusiso Khumalo]],VW Polo,silver,2021-11-30
[[ID_NUMBER:GP 22 MK TZ]],[[PERSON:Lerato Mahlangu]],Kia Picanto,red,2023-07-18""",
    """| Date | Visitor | Company | Host | Badge |
|------|---------|---------|------|-------|
| [[DATE_TIME:11/03/2025]] | [[PERSON:Callum Ferguson]] | Scottish Water | [[PERSON:Morag Innes]] | V-118 |
| [[DATE_TIME:11/03/2025]] | [[PERSON:Priti Shah]] | EDF Energy | [[PERSON:Morag Innes]] | V-119 |
| [[DATE_TIME:12/03/2025]] | [[PERSON:Alasdair Munro]] | (self) | [[PERSON:Kenneth Low]] | V-120 |""",
    """ssn,first,last,dob,state,dl_number
[[US_SSN:603-42-1187]],[[PERSON:Brandon]],[[PERSON:Kyle]],[[DATE_TIME:1994-02-17]],[[LOCATION:CA]],[[US_DRIVER_LICENSE:D4418209]]
[[US_SSN:471-09-3362]],[[PERSON:Maribel]],[[PERSON:Soto]],[[DATE_TIME:1988-09-05]],[[LOCATION:FL]],[[US_DRIVER_LICENSE:S300-481-88-745-0]]
[[US_SSN:145-72-9031]],[[PERSON:Dwight]],[[PERSON:Holloway]],[[DATE_TIME:1971-12-29]],[[LOCATION:NY]],[[US_DRIVER_LICENSE:482 118 307]]""",
    """Household,Address,Members,Aadhaar (head),Ration card
[[PERSON:Lakshmi Devi]],"[[ADDRESS:H.No. 4-12/3, Gandhi Nagar]], [[LOCATION:Warangal]]",5,[[ID_NUMBER:2857 4019 6637]],TS-WGL-441902
[[PERSON:Mohammed Rafiq]],"[[ADDRESS:Door 22, Masjid Street]], [[LOCATION:Vellore]]",4,[[ID_NUMBER:6124 7790 3184]],TN-VLR-118230""",
    """┌──────────────────┬──────────────┬─────────────┐
│ Tenant           │ Move-out     │ Forwarding  │
├──────────────────┼──────────────┼─────────────┤
│ [[PERSON:Dominic Hale]]     │ [[DATE_TIME:31 Jan 2025]]  │ [[ADDRESS:88 Tanner St]], [[LOCATION:Bermondsey]] │
│ [[PERSON:Shreya Iyer]]      │ [[DATE_TIME:14 Feb 2025]]  │ [[EMAIL_ADDRESS:shreya.iyer@gmail.com]] │
│ [[PERSON:Tomás Ó Ceallaigh]] │ [[DATE_TIME:28 Feb 2025]]  │ unknown     │
└──────────────────┴──────────────┴─────────────┘""",
    """{"id":1,"customer":"[[PERSON:Anh Nguyen]]","ip":"[[IP_ADDRESS:27.72.104.15]]","device":"iPhone 15","signup":"[[DATE_TIME:2024-12-01]]"}
{"id":2,"customer":"[[PERSON:Rafael Souza]]","ip":"[[IP_ADDRESS:177.33.209.81]]","device":"Pixel 8","signup":"[[DATE_TIME:2024-12-02]]"}
{"id":3,"customer":"[[PERSON:Zanele Dube]]","ip":"[[IP_ADDRESS:41.13.250.6]]","device":"Galaxy A54","signup":"[[DATE_TIME:2024-12-02]]"}""",
    """Block/Unit      Owner                    NRIC        Contact
[[ADDRESS:Blk 118 #04-221]] [[PERSON:Ong Boon Keat]]            [[ID_NUMBER:T0219584J]]  [[PHONE_NUMBER:9182 4407]]
[[ADDRESS:Blk 118 #07-215]] [[PERSON:Siti Nurhaliza bte Osman]] [[ID_NUMBER:S7702461A]]  [[PHONE_NUMBER:8733 0192]]
[[ADDRESS:Blk 120 #11-98]]  [[PERSON:Rajendran s/o Muthu]]      [[ID_NUMBER:T1147702F]]  [[PHONE_NUMBER:9650 2218]]""",
    """Key: value export - contractor record
name: [[PERSON:Declan Walsh]]
trade: electrician
cert_no: RECI-44718
mobile: [[PHONE_NUMBER:086 330 1947]]
email: [[EMAIL_ADDRESS:declanwalsh.electrical@gmail.com]]
base: [[LOCATION:Galway]]
insured_until: 2025-11-30""",
    """tenant|unit|arrears_usd|last_payment|notes
[[PERSON:Keon Jefferson]]|[[ADDRESS:4B]]|2150.00|[[DATE_TIME:2024-12-03]]|payment plan offered
[[PERSON:Maya Goldstein]]|[[ADDRESS:7A]]|420.00|[[DATE_TIME:2025-02-01]]|late fee only
[[PERSON:Luis Echeverría]]|[[ADDRESS:2C]]|3875.50|[[DATE_TIME:2024-10-28]]|notice to pay served""",
    """| Name | Age | Gender | Religion | Diet |
|---|---|---|---|---|
| [[PERSON:Aryan Kapoor]] | [[AGE:12]] | M | [[NRP:Hindu]] | vegetarian |
| [[PERSON:Yusuf Rahimi]] | [[AGE:11]] | M | [[NRP:Muslim]] | halal |
| [[PERSON:Rivka Cohen]] | [[AGE:12]] | F | [[NRP:Jewish]] | kosher |
| [[PERSON:Ella Morgan]] | [[AGE:11]] | F | - | none |""",
    """Supplier payments - March
Payee                      Sort code   Account     Amount
[[PERSON:G. Hutchinson]] (gardener)    30-96-34    [[ID_NUMBER:18852007]]    £320.00
[[PERSON:Pavel Novak]] (cleaning)      20-04-15    [[ID_NUMBER:73049186]]    £540.00
Clearwater Pools Ltd       40-12-76    61447290    £1,200.00""",
    """"Name","Email","Phone","Unit","Lease End"
"[[PERSON:Brianna Castillo]]","[[EMAIL_ADDRESS:bcastillo22@yahoo.com]]","[[PHONE_NUMBER:720.555.0191]]","[[ADDRESS:#210]]","[[DATE_TIME:06/30/2025]]"
"[[PERSON:Ethan Oduya]]","[[EMAIL_ADDRESS:ethan.oduya@gmail.com]]","[[PHONE_NUMBER:303.555.0147]]","[[ADDRESS:#315]]","[[DATE_TIME:08/31/2025]]"
"[[PERSON:Lena Fischer]]","","[[PHONE_NUMBER:720.555.0132]]","[[ADDRESS:#402]]","[[DATE_TIME:12/31/2025]]\"""",
    """Occupant          DOB           Relationship   ID
[[PERSON:Mwangi, Joseph]]    [[DATE_TIME:02/11/1980]]    head           [[ID_NUMBER:21873004]]
[[PERSON:Mwangi, Esther]]    [[DATE_TIME:17/06/1984]]    spouse         [[ID_NUMBER:24419873]]
[[PERSON:Mwangi, Brian]]     [[DATE_TIME:09/09/2010]]    child          -""",
    """user_agent,ip,mac,user,timestamp
"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/121.0",[[IP_ADDRESS:24.48.115.203]],a4:83:e7:2c:19:0f,[[USERNAME:jcortez]],2025-02-20T14:03:11Z
"Mozilla/5.0 (Linux; Android 13) Chrome/120.0",[[IP_ADDRESS:2600:1700:3c51:8e0::1a]],f0:18:98:77:42:ab,[[USERNAME:amira.h]],2025-02-20T14:05:52Z
"curl/8.4.0",[[IP_ADDRESS:10.20.0.4]],00:50:56:a1:2b:3c,svc-backup,2025-02-20T14:06:00Z""",
    """Claimant: [[PERSON:Adwoa Mensah]]
Policy: HH-00417721
Loss date: [[DATE_TIME:2025-01-14]]
Loss address: [[ADDRESS:65 Kingsway]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 2WE]]
Cause: escape of water
Reserve: £6,500
Adjuster: [[PERSON:Hamish Drummond]]""",
    """SURNAME      GIVEN NAMES       DATE OF BIRTH   PPS NO.
[[PERSON:BYRNE]]        [[PERSON:SEAMUS PATRICK]]    [[DATE_TIME:04 APR 1977]]     [[ID_NUMBER:3308461F]]
[[PERSON:NOWAK]]        [[PERSON:KATARZYNA]]         [[DATE_TIME:19 OCT 1990]]     [[ID_NUMBER:5520917B]]
[[PERSON:ADEBAYO]]      [[PERSON:FUNMILAYO GRACE]]   [[DATE_TIME:30 JUN 1985]]     [[ID_NUMBER:9013374S]]""",
    """Row 1 -> name=[[PERSON:Ishaan Chopra]]; email=[[EMAIL_ADDRESS:ishaan.chopra@gmail.com]]; linkedin=[[URL:https://www.linkedin.com/in/ishaanchopra]]; city=[[LOCATION:Gurugram]]
Row 2 -> name=[[PERSON:Neha Bansal]]; email=[[EMAIL_ADDRESS:neha.bansal@outlook.com]]; linkedin=[[URL:https://linkedin.com/in/neha-bansal-pm]]; city=[[LOCATION:Noida]]
Row 3 -> name=[[PERSON:Vikram Sethi]]; email=[[EMAIL_ADDRESS:vsethi@rediffmail.com]]; linkedin=; city=[[LOCATION:Delhi]]""",
    """| Tenant | Bond (AUD) | Lodged | Tenant TFN (for interest) |
|---|---|---|---|
| [[PERSON:Jack Fenton]] | 2,400 | [[DATE_TIME:02/09/2024]] | [[ID_NUMBER:876 543 210]] |
| [[PERSON:Ruby Tran]] | 1,980 | [[DATE_TIME:16/09/2024]] | [[ID_NUMBER:329 810 461]] |
| [[PERSON:Aarav Shah]] | 2,650 | [[DATE_TIME:01/10/2024]] | [[ID_NUMBER:604 738 298]] |""",
    """name | phone | preferred contact time | language
[[PERSON:Mrs. Bui Thi Lan]] | [[PHONE_NUMBER:(714) 839-2210]] | mornings | Vietnamese
[[PERSON:Mr. Armando Ruiz]] | [[PHONE_NUMBER:(562) 401-7782]] | after 6pm | Spanish
[[PERSON:Ms. Soo-ah Kim]] | [[PHONE_NUMBER:(213) 388-9014]] | any | Korean""",
    """apartment_id,resident_email,water_m3,electric_kwh,gas_m3,bill_total
[[ADDRESS:A-101]],[[EMAIL_ADDRESS:c.nakamura@gmail.com]],8.2,244,31,182.40
[[ADDRESS:A-102]],[[EMAIL_ADDRESS:frankie.osei@yahoo.com]],5.1,198,0,119.75
[[ADDRESS:A-103]],,0,12,0,9.10
[[ADDRESS:A-104]],[[EMAIL_ADDRESS:t.vukovic@hotmail.com]],11.7,312,44,231.06""",
    """Mieter                Wohnung    Einzug        Kaltmiete   Telefon
[[PERSON:Schneider, Jonas]]      EG links   [[DATE_TIME:01.04.2019]]    780,00 €    [[PHONE_NUMBER:0221 9417 330]]
[[PERSON:Yılmaz, Ayşe]]          1. OG re.  [[DATE_TIME:15.08.2021]]    845,00 €    [[PHONE_NUMBER:0157 3318 2204]]
[[PERSON:Krämer, Ute]]           2. OG li.  [[DATE_TIME:01.01.2024]]    910,00 €    [[PHONE_NUMBER:0221 558 201 7]]""",
    """Kundennr.;Name;Anschrift;PLZ;Ort;IBAN;Abschlag
[[ID_NUMBER:7001 448 212]];[[PERSON:Bettina Huber]];[[ADDRESS:Mariahilfer Straße 54/12]];[[ZIP_CODE:1070]];[[LOCATION:Wien]];[[IBAN_CODE:AT41 1400 0048 1002 7763]];58,00
[[ID_NUMBER:7001 448 229]];[[PERSON:Florian Steiner]];[[ADDRESS:Herrengasse 9]];[[ZIP_CODE:8010]];[[LOCATION:Graz]];[[IBAN_CODE:AT16 2011 1284 7392 0166]];72,00
[[ID_NUMBER:7001 448 237]];[[PERSON:Ivana Kovačević]];[[ADDRESS:Linzer Gasse 21]];[[ZIP_CODE:5020]];[[LOCATION:Salzburg]];[[IBAN_CODE:AT571200051427093360]];49,00""",
    """| Name | AHV-Nr. | Geburtsdatum | Wohnort | Lohnkonto |
|---|---|---|---|---|
| [[PERSON:Reto Brunner]] | [[ID_NUMBER:756.9055.1324.85]] | [[DATE_TIME:03.07.1983]] | [[LOCATION:Luzern]] | [[IBAN_CODE:CH48 0023 5000 2841 7300 8]] |
| [[PERSON:Chiara Rossi]] | [[ID_NUMBER:756.2766.4018.33]] | [[DATE_TIME:21.11.1995]] | [[LOCATION:Lugano]] | [[IBAN_CODE:CH13 0900 0000 0847 1263 1]] |
| [[PERSON:Simon Wyss]] | [[ID_NUMBER:756.6482.0917.50]] | [[DATE_TIME:09.02.1971]] | [[LOCATION:Basel]] | [[IBAN_CODE:CH89 0076 7000 4120 4337 1]] |""",
    """ad_soyad,tc_kimlik,telefon,daire,aidat_borcu
[[PERSON:Mustafa Demir]],[[ID_NUMBER:63820417540]],[[PHONE_NUMBER:0533 612 40 19]],[[ADDRESS:A Blok D:4]],1.250 TL
[[PERSON:Hatice Koç]],[[ID_NUMBER:74159920366]],[[PHONE_NUMBER:0542 880 17 03]],[[ADDRESS:A Blok D:9]],0 TL
[[PERSON:Serkan Polat]],[[ID_NUMBER:80331756272]],[[PHONE_NUMBER:0506 221 94 58]],[[ADDRESS:B Blok D:2]],3.750 TL""",
    """Abone No     Abone Adı            Adres                                     Son Okuma
[[ID_NUMBER:1002847731]]   [[PERSON:Fatma Karaca]]        [[ADDRESS:Yeni Mah. Lale Sok. No:7/2]], [[LOCATION:Tepebaşı]]/[[LOCATION:Eskişehir]]     [[DATE_TIME:02.03.2025]]
[[ID_NUMBER:1002847748]]   [[PERSON:Osman Güneş]]         [[ADDRESS:Vişnelik Mah. Çamlık Sok. No:15]], [[LOCATION:Odunpazarı]]/[[LOCATION:Eskişehir]]  [[DATE_TIME:02.03.2025]]
[[ID_NUMBER:1002847755]]   [[PERSON:Selin Erdoğan]]       [[ADDRESS:Hoşnudiye Mah. 731. Sok. No:3 D:5]], [[LOCATION:Tepebaşı]]/[[LOCATION:Eskişehir]] [[DATE_TIME:03.03.2025]]""",
    """- ad: [[PERSON:Can Özdemir]]
  eposta: [[EMAIL_ADDRESS:can.ozdemir@gmail.com]]
  iban: [[IBAN_CODE:TR03 0006 2000 0629 0077 1300 48]]
  kira_baslangic: [[DATE_TIME:2024-06-01]]
- ad: [[PERSON:Deniz Aksoy]]
  eposta: [[EMAIL_ADDRESS:deniz.aksoy@yandex.com.tr]]
  iban: [[IBAN_CODE:TR850001000733058826001450]]
  kira_baslangic: [[DATE_TIME:2023-11-15]]""",
    """| Paid on | Payer | Unit | Amount | Method |
|---|---|---|---|---|
| [[DATE_TIME:01/03/2025]] | [[PERSON:Kelechi Nwosu]] | [[ADDRESS:Flat 3]] | £1,050.00 | standing order |
| [[DATE_TIME:02/03/2025]] | [[PERSON:Harriet]] & [[PERSON:Sam Doyle]] | [[ADDRESS:Flat 6]] | £1,325.00 | card ending 7710 |
| [[DATE_TIME:05/03/2025]] | [[PERSON:Oyelaran M.]] | [[ADDRESS:Flat 4B]] | £600.00 | part payment |""",
    """guest,plus_one,email,mobile,dietary,table
[[PERSON:Priya Venkat]],yes,[[EMAIL_ADDRESS:priya.venkat@gmail.com]],[[PHONE_NUMBER:+44 7700 138 204]],vegetarian,4
[[PERSON:Tom Ashdown]],no,[[EMAIL_ADDRESS:tashdown@outlook.com]],[[PHONE_NUMBER:+44 7911 552 018]],,4
[[PERSON:Gabriela Nowicka]],yes,[[EMAIL_ADDRESS:gabi.nowicka@o2.pl]],[[PHONE_NUMBER:+48 505 119 284]],gluten-free,7
Uncle [[PERSON:Femi]],no,,[[PHONE_NUMBER:+234 803 772 1190]],,1""",
    """{"patient": "[[PERSON:Harold Jenkins]]", "dob": "[[DATE_TIME:1949-01-30]]", "appt": "[[DATE_TIME:2025-03-18T09:20]]", "clinician": "[[PERSON:Dr. Amy Lau]]", "room": "3"}
{"patient": "[[PERSON:Precious Adeleke]]", "dob": "[[DATE_TIME:2019-07-14]]", "appt": "[[DATE_TIME:2025-03-18T09:40]]", "clinician": "[[PERSON:Dr. Amy Lau]]", "room": "3"}
{"patient": "[[PERSON:Wojciech Mazur]]", "dob": "[[DATE_TIME:1983-05-02]]", "appt": "[[DATE_TIME:2025-03-18T10:00]]", "clinician": "[[PERSON:Nurse Tilly Evans]]", "room": "5"}""",
    """CONSIGNEE                 ADDRESS                         CITY/ST            ZIP    PCS
[[PERSON:DELACROIX, MAURICE]]        [[ADDRESS:4417 MAGAZINE ST APT B]]          [[LOCATION:NEW ORLEANS]] [[LOCATION:LA]]     [[ZIP_CODE:70115]]  2
[[PERSON:HUANG, WEI]]               [[ADDRESS:1880 OCEAN AVE UNIT 12]]          [[LOCATION:SAN FRANCISCO]] [[LOCATION:CA]]   [[ZIP_CODE:94112]]  1
[[PERSON:OKONKWO, IFEOMA]]           [[ADDRESS:77 RIVERSIDE DR FL 3]]            [[LOCATION:NEW YORK]] [[LOCATION:NY]]        [[ZIP_CODE:10024]]  4""",
]

CHAT = [
    """[14:02] Bot: Welcome to Northgrid Energy support. An agent will be with you shortly.
[14:04] [[PERSON:Shauna]] (Agent): Hi, I'm [[PERSON:Shauna]]. Can I take the account number and the first line of the address?
[14:05] [[PERSON:Kieran Doyle]]: hi, it's [[ID_NUMBER:3019 2284 551]], [[ADDRESS:16 Millbrook Drive]], [[LOCATION:Navan]]
[14:05] [[PERSON:Shauna]] (Agent): Thanks [[PERSON:Kieran]]. For security, your date of birth please?
[14:06] [[PERSON:Kieran Doyle]]: [[DATE_TIME:9th May 1987]]
[14:06] [[PERSON:Shauna]] (Agent): Perfect. I see the estimated bill of €412. Do you have a reading?
[14:07] [[PERSON:Kieran Doyle]]: 28841 day, 10293 night. also pls update my mobile to [[PHONE_NUMBER:087 614 2290]], the old one was my ex's
[14:08] [[PERSON:Shauna]] (Agent): Done, new bill will issue within 48 hours.""",
    """Housemates 🏠
[[PERSON:Tolu]]: rent's due friday, [[PERSON:Bronwyn]] has paid, still waiting on [[PERSON:Jamie]] and [[PERSON:Kasia]]
[[PERSON:Jamie]]: sorry!! sending tonight
[[PERSON:Kasia]]: done ✅ also the landlord changed his number, it's [[PHONE_NUMBER:07887 330 416]] now
[[PERSON:Bronwyn]]: is that [[PERSON:Clive]] or his son?
[[PERSON:Kasia]]: the son, [[PERSON:Ollie Hargreaves]]. he's coming [[DATE_TIME:Tues 18th at 10]] about the damp in [[PERSON:jamie]]'s room
[[PERSON:Tolu]]: 👍""",
    """#escalations
[[PERSON:Marisa Chen]] 10:41 AM
customer [[PERSON:Deshawn Moore]] says he was double-charged for March rent, email [[EMAIL_ADDRESS:deshawn.moore88@gmail.com]], phone [[PHONE_NUMBER:(404) 819-3372]]. can someone in payments look?
[[PERSON:Arturo Vidal]] 10:44 AM
looking. both charges came from [[IP_ADDRESS:73.43.188.201]] two seconds apart, looks like the pay button got double-tapped
[[PERSON:Marisa Chen]] 10:45 AM
ok, refund the second one and I'll tell him. ticket is PAY-20931
[[PERSON:Arturo Vidal]] 10:52 AM
refunded 👍""",
    """Resident portal - Message thread, [[ADDRESS:Unit 1108]]
Resident ([[PERSON:Farida Osman]]), [[DATE_TIME:Mar 3, 2025, 7:12 PM]]: The dishwasher is leaking again. Can someone come tomorrow? I work from home.
Management ([[PERSON:Greg Hollis]]), [[DATE_TIME:Mar 4, 2025, 9:02 AM]]: Hi [[PERSON:Farida]], our tech [[PERSON:Luis]] can come between 1 and 3 today. Is that ok?
Resident ([[PERSON:Farida Osman]]), [[DATE_TIME:Mar 4, 2025, 9:15 AM]]: Yes. My cell is [[PHONE_NUMBER:617-555-0129]] if he needs to call.
Management ([[PERSON:Greg Hollis]]), [[DATE_TIME:Mar 4, 2025, 3:48 PM]]: Fixed, the drain hose was loose. Let us know if it happens again.""",
    """Chat transcript - Card services
Customer: hello my card got declined at the petrol station
Agent [[PERSON:Noor]]: I'm sorry to hear that. Could you confirm your full name and the last four digits of the card?
Customer: [[PERSON:Ramón Aguilar]]. the card is [[CREDIT_CARD:4761 7300 9912 5406]] exp 03/27
Agent [[PERSON:Noor]]: Please don't share your full card number in chat; I only need the last four. I can see a fraud block placed after a transaction in [[LOCATION:Lisbon]]. Was that you?
Customer: no!! I've never been to [[LOCATION:Portugal]]
Agent [[PERSON:Noor]]: Then I'll cancel that card and send a new one to the address on file, [[ADDRESS:58 Alexandra Road]], [[LOCATION:Reading]]. Is that still correct?
Customer: yes""",
    """Marketplace - Messages about "IKEA Hemnes wardrobe, £60"
[[PERSON:Jade Pereira]]: Hi, is this still available?
[[PERSON:Owen Griffiths]]: Yes! Collection only from [[ADDRESS:12 Heol Gwyrdd]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6LT]]
[[PERSON:Jade Pereira]]: Could I come [[DATE_TIME:Saturday 22nd around 2]]? I'll bring my brother to help carry
[[PERSON:Owen Griffiths]]: Perfect. Text me when you're outside, [[PHONE_NUMBER:07512 088 314]]
[[PERSON:Jade Pereira]]: Great, see you then""",
    """WG Lindenstraße 🏡
[[PERSON:Leonie]]: Leute, die Stadtwerke wollen einen neuen Abschlag, 96 € statt 78 €
[[PERSON:Malte]]: Boah. Auf wen läuft der Vertrag eigentlich noch?
[[PERSON:Leonie]]: Auf [[PERSON:Hannes]], der ist aber seit [[DATE_TIME:Oktober]] in [[LOCATION:Kopenhagen]] 🙄
[[PERSON:Deniz]]: Ich kann ihn übernehmen, Kundennummer ist [[ID_NUMBER:20 447 193 08]] oder?
[[PERSON:Leonie]]: genau. Die wollen dann deine IBAN, Geburtsdatum und so
[[PERSON:Deniz]]: ok mach ich morgen, ist [[IBAN_CODE:DE59 2005 0550 1302 4488 16]] eh nur das WG-Konto
[[PERSON:Malte]]: 👍""",
    """SMS thread with +44 7700 900 017 (Riverside Surgery)
Riverside Surgery: Reminder: [[PERSON:Joyce Ampofo]] has an appointment with [[PERSON:Dr. Whitlock]] on [[DATE_TIME:Thu 13 Mar at 11:20]]. Reply C to cancel.
Me: Hi this is her daughter [[PERSON:Efua]], mum can't make it, can we move it to next week?
Riverside Surgery: Hi [[PERSON:Efua]], we can offer [[DATE_TIME:Tue 18 Mar at 09:40]] with the same doctor. Reply Y to accept.
Me: Y. And please put my number as her contact, [[PHONE_NUMBER:07939 114 852]]
Riverside Surgery: Thank you, updated."""
]

LOOKALIKE = [
    """Your order #114-8830271-4409152 has shipped! Tracking: 1Z 999 AA1 01 2345 6784 (UPS Ground). Items: USB-C hub (SKU HB-7720-BLK) x1, Cat6 patch cable 2 m (SKU CB-0201-6) x3. Questions? Call us free on 1-800-555-0199 or write to orders@gadgetbarn.com. Shipping to: [[PERSON:M. Okwuosa]], ZIP [[ZIP_CODE:78704]].""",
    """Release notes, build 2025.03.1 (commit 9f3c2e71a4b0d8c5e6f1a2b3c4d5e6f7a8b9c0d1)
- Bumped libssl from 3.0.13 to 3.0.15 and the firmware bundle to 10.4.2.1.
- Fixed the crash when the config path contained 192.168.0.1-style version strings.
- The license server now listens on port 8443; default admin mailbox is admin@localhost.
- UUID of the default tenant: 3f2504e0-4f89-11d3-9a0c-0305e82c3301.
- Known issue: devices with serial numbers starting SN-44A0 report firmware 1.0.0.255.""",
    """New this month at Hollins Street Books: "Parkinson's Law" (ISBN 978-0-14-044913-6, £9.99), a new history of the Suez Canal (ISBN 978-1-85326-041-4) and "Asperger's Children" (ISBN 978-0-306-40615-7). Our second shop has moved to Martin Luther King Jr. Way, opposite the Lincoln Memorial Library. Book club leader [[PERSON:Tamsin Greaves]] can be reached at [[EMAIL_ADDRESS:tamsin.greaves@gmail.com]].""",
    """INVOICE INV-2025-00871
Supplier: Harbour Plumbing Supplies Ltd, VAT GB 294 8812 04, company no. 08812293
PO: PO-55120  | Delivery note: DN-228819  | Account: HPS-CUST-0041
Qty 12  15 mm copper elbow (SKU CU-15-EL90)   £1.45
Qty 4   Thermostatic radiator valve (TRV-220-W)  £18.90
Payment terms 30 days. Queries: accounts@harbourplumbing.co.uk or 0330 808 4400.
Ordered by: [[PERSON:Gavin Sutherland]]""",
    """Product registration card - Model AX-4410 cordless drill
Serial: AX4410-2411-00837  Lot: L24-118  Manufactured: 2024-11-02  Patent US 10,441,223
Battery pack part no. BP-18V-4.0, charger 18-CH-220. Firmware 2.1.0.14.
Registered to [[PERSON:Ayodele Bankole]], [[EMAIL_ADDRESS:ayo.bankole@yahoo.com]]. Warranty valid 3 years from registration.
Service hotline 0800 328 1144 (Mon-Fri). Do not return to store; visit the Bosch Road service centre.""",
    """Kargo takip numaranız: 7302 4418 8821 9. Sipariş No: TY-2025-8837120. Fatura No: GIB2025000418823. Ürün: Çelik termos 750 ml (Stok kodu: TRM-750-SYH). Müşteri hizmetleri: 444 0 782 veya destek@ornekmagaza.com.tr. Teslim alan: [[PERSON:Gökhan Tekin]], Atatürk Bulvarı şubesi.""",
    """LISTING REF LH-22918 | 2-bed flat, 68 m², EPC C (71), council tax band D
Location: just off Queen Victoria Street, a short walk from Nelson Mandela Place and the Darwin Building, with the 7A and 14B buses stopping outside.
Viewings via the branch (ask for [[PERSON:Priyanka]]): 020 7946 0321 or lettings@lanehouse.co.uk. Reference checks through Goodlord. Property ID on Rightmove: 148827390. Deposit: five weeks' rent, protected with the DPS. Available from 1 May.""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind56", STYLES, OUT)


if __name__ == "__main__":
    main()

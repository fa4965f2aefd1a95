"""Build tests/data/blind57.jsonl: a fifty-seventh *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind57.py

Blind: written without knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of the file (the STYLES dict and main(), whose scaffolding is
copied here); gold_sets.py (whole file); and lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
`parse()`). Not read: minimize/ and recognizers/ (the detector), any other
test, bench/, the README, any *.jsonl set, any other make_*.py script (nor
the record lists of make_blind22.py), git history, log or status (one
`git status --short` was run by slip after the set was finished, its output
thrown away unseen by `head -0`), and nothing under /tmp except the brief. The detector, the bench and the tests
were never run on this file, and no registry or outside service was asked
anything while writing it. Do not tune the detector against it: once it has
been used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (`gold_sets.check`
re-checks them and refuses a bad one); the national check digits inside the
French (RIB key), Belgian and Spanish IBANs are right too, and so is the key
of the Moroccan RIB. National ids with a public check digit were given a
valid one: NHS numbers, Canadian SINs, the Ontario health card (Luhn),
Aadhaar (Verhoeff), Australian TFN and Medicare numbers, Irish PPSNs,
Singapore NRICs, South African ids (which agree with the sex and birth date
shown), French NIR (key 97 - n mod 97, agreeing with sex, birth month and
place, 99350 for a man born in Morocco), Belgian national numbers, US NPI
and DEA numbers, and the look-alike ISBN-13s. All were worked out with
throwaway code run inline while writing, never saved, never used to
generate records. Not checked (no public check digit, or none used here):
US SSNs, UK NI numbers and driving licences (built to the DVLA layout),
Québec RAMQ numbers (built to their layout), PAN, BVN, NIN, Kenyan, Moroccan
(CIN, CNSS) and Algerian (CNAS, Chifa, CCP) numbers, passports, licences,
plates, bank accounts and staff, student, member and patient numbers.

Styles (ids `blind57-<style>-NNN`; 240 records):
- `bench` (100): in the manner of the public benchmarks: 37 odd, dense
  ai4privacy pii-masking-200k/300k/400k-like sentences (job titles, streets
  with building numbers and secondary addresses, IPv4/IPv6, MACs, user
  agents, cards with CVV and expiry, IBAN with BIC, usernames, passwords,
  plates); 30 gretel-pii-masking-en-v1-like domain documents (medical,
  pet, travel and social-security claims, loan, tax and patient
  registration forms, employment contracts, lease, bill of sale,
  prescription, dental plan, discharge summary, consent forms, bank
  statement, vet invoice, incident report, power of attorney, notices,
  subpoena, reference, award, warning and recall letters);
  33 Nemotron-PII-like structured texts (JSON, JSON lines, log lines, SQL,
  XML / FHIR, HL7 v2, YAML, .env, Python, LDIF, email headers, an HTTP
  request, a URL-encoded form, a git commit, tickets and a CRM card).
- `gen` (90): one to four sentences with personal data woven into prose, as
  a third-party LLM writes "realistic sentences with personal data"; extra
  weight on healthcare, pharmacy, dental and veterinary settings (about half
  the records), the rest spread over banking, insurance, legal, schools,
  HR and payroll, retail, travel, telecoms, government, lettings, gaming,
  social media, tech support, deliveries, charity, weddings, elections and
  care. Names at the start, middle and end, lowercase and possessive; ages,
  dates, addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record: CSV (also `;`), TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML and key: value blocks,
  with varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): a pharmacy support chat, a family WhatsApp thread, a team
  Slack channel, a dental SMS thread, a bank chat, a host / guest thread, a
  Québec clinic chat and a ward team chat.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice references, SKUs, GTIN / NDC / EAN codes, ISBNs,
  IP-shaped versions, hashes, UUIDs, serials, MACs, SIRET / VAT numbers,
  company phones, role mailboxes, medical eponyms, streets and buildings
  named after people with no number), with the few real PII values
  labeled; one (the release notes) has no PII at all.
Languages: about nine records in ten are in English (US, UK, Canada,
Australia, New Zealand, Ireland, India, South Africa, Nigeria, Kenya,
Ghana, Singapore, the Philippines and others, with names from the many
cultures living there); 24 are in French: France, Belgium and Québec, and
Moroccan and Algerian names, ids and addresses written in French.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  visit, signature, letter ...) with a day or month, in any shape; a
  weekday or clock time said with such a date is inside the span; not bare
  years, a time or weekday alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords and API keys, genders, job titles, user agents,
  MAC addresses, sort codes, BSB, BIC, transit and routing numbers, CVVs and
  expiries, PINs and door codes, order / ticket / claim / policy / Rx /
  group / booking / tracking references, company phone numbers and role
  mailboxes, versions, hashes, serials, IMEIs, asset tags, partial numbers
  ("ending 4417", last-4 columns), eponyms and businesses named after
  people, a header row.
- Calls made while writing this set, in the same spirit:
  - veterinary: pets' names, ages, birth dates, microchips and the dates of
    a pet's treatment are not labeled; an appointment the owner books,
    drops off at or collects from is the owner's date and is DATE_TIME;
  - the registration numbers of a person in a profession (NPI, DEA, GPhC,
    a hygienist's licence) are ID_NUMBER, as are study participant ids, a
    DBS certificate number and a Known Traveler Number; a Medicare IRN
    column and an OHIP version code given in its own field are not, but a
    version code written onto the number stays inside the span;
  - every real IP address is IP_ADDRESS, servers and mail relays included;
    OIDs and IP-shaped versions are not;
  - a timestamp a system stamps on a log line, commit, email header,
    ticket "Created" field or chat message is not labeled; a person's
    last login, account opening and a letter's date are; statement
    periods, bank transaction, invoice, payment, dispatch, ready-for-pickup
    and lab due dates are not;
  - a service account's username and last login are not labeled, its IP is;
  - every numbered street address is ADDRESS, home or business alike; a
    street named after a person with no number is not;
  - a unit given in its own column ("Apt 3") is ADDRESS; a P.O. Box and its
    Kenyan postal code are split into ADDRESS and ZIP_CODE;
  - in airline-style names ("WEBER/KATHARINA MS") the name is PERSON and
    the trailing MR / MS / MISS is TITLE; three-letter codes in a
    nationality column are NRP;
  - Imam, Shri, Rev., Lord, PC, Sgt., Mdm, Mme, M. and Dre are TITLE;
    "Mum", "Nana" and the "Bhai" after a name are family words, outside;
  - "Rajendran s/o Muthusamy" and "HOLLOWAY, Margaret A" are one PERSON
    span each; HL7 name components are separate PERSON spans;
  - a URL-encoded value in a form body is labeled as written (encoded);
    the arguments of `date(1966, 8, 25)` in code are DATE_TIME;
  - a malformed phone number in an error message is still PHONE_NUMBER;
  - a case name ("Henderson v. Allied Freight") labels the person's name.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind57.jsonl")

GEN = [
    """[[PERSON:Dr. Helen Okafor]] saw [[PERSON:Marcus Bell]], [[AGE:47]], at the Riverside cardiology clinic on [[DATE_TIME:Tuesday, 12 March 2024 at 9:15 am]] and asked him to book a follow-up echo within six weeks; his hospital number is [[ID_NUMBER:RVH-00471932]].""",
    """Your prescription for amoxicillin is ready for pickup, [[PERSON:Tasha]]. Rx #6614027 is under the name [[PERSON:Latasha Greene]], date of birth [[DATE_TIME:04/19/1990]], and we'll text [[PHONE_NUMBER:(313) 664-2091]] if anything changes.""",
    """Reminder from Elm Tree Dental: [[PERSON:Gareth Pryce-Jones]] has a scale and polish with [[PERSON:Ms Anwen Lloyd]] on [[DATE_TIME:Thu 6 June at 16:40]]. If you need to rearrange please call the practice on 029 2046 3318 or reply to this text.""",
    """Bella the beagle came in limping on Saturday; her owner, [[PERSON:Rohan Mehta]] of [[ADDRESS:14 Wattle Grove]], [[LOCATION:Ringwood]] [[LOCATION:VIC]] [[ZIP_CODE:3134]], asked that the X-ray report be emailed to [[EMAIL_ADDRESS:rohan.mehta82@bigpond.com]].""",
    """when i called the pharmacy they said my insurance member id [[ID_NUMBER:W218840736]] had lapsed on [[DATE_TIME:jan 31]], which is wrong bc [[PERSON:jorge]] in HR confirmed my coverage is active. can someone from Optum call me back at [[PHONE_NUMBER:612 804 3319]]""",
    """[[PERSON:Ananya Krishnan]] ([[AGE:29]]) underwent a root canal on her lower left molar at Smile Square Dental, [[LOCATION:Indiranagar]], on [[DATE_TIME:18-02-2024]]; the receipt was issued against her Aadhaar [[ID_NUMBER:7392 0418 5630]] for the insurance reimbursement.""",
    """Patient [[PERSON:Eileen Doherty]], NHS number [[ID_NUMBER:485 777 3457]], was discharged from Ward 9 on [[DATE_TIME:3rd November]] with a district nurse visit arranged for [[DATE_TIME:the 6th]].""",
    """Hi [[PERSON:Marie-Claude]], this is [[PERSON:Dr. Singh]] from Lakeshore Animal Hospital. Pepper's bloodwork came back normal, so you can pick up her thyroid meds any time after 2 pm. Call me back on my cell at [[PHONE_NUMBER:647-381-9920]] if you have questions.""",
    """[[PERSON:Obinna Eze]] moved his salary account to the [[LOCATION:Lekki]] branch last month, and the new account number [[ID_NUMBER:0123847561]] now appears on his payslip alongside his BVN [[ID_NUMBER:22187340915]].""",
    """After the hailstorm, [[PERSON:Karen Lindqvist]] filed claim CLM-2024-118830 for the roof at [[ADDRESS:8812 Sagebrush Trail]], [[LOCATION:Amarillo]], [[LOCATION:TX]] [[ZIP_CODE:79119]]. The adjuster, [[PERSON:Dwayne Hollis]], will inspect on [[DATE_TIME:May 14 at 10:00 a.m.]]""",
    """Please note that [[PERSON:Aiden O'Sullivan]] (student no. [[ID_NUMBER:S20231457]]) will be collected early on [[DATE_TIME:Friday 22 March]] by his grandmother, [[PERSON:Nora Fitzgerald]], for a dental appointment.""",
    """Welcome aboard! [[PERSON:Siddharth Rao]] joins the Pune office as a data engineer on [[DATE_TIME:1 July 2024]]; his employee ID will be [[ID_NUMBER:EMP-58213]] and his PAN [[ID_NUMBER:BQXPR4821K]] has already been verified by payroll.""",
    """The return for order #114-7782013-5521 was refused because the parcel was addressed to [[PERSON:J. Whitaker]] at [[ADDRESS:Flat 3, 27 Belgrave Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 6AR]], not to the account holder, [[PERSON:jenna whitaker]].""",
    """[[PERSON:Mr. Tan Wei Ming]] checked into room 1814 on [[DATE_TIME:9 Aug]] using passport [[ID_NUMBER:K4402817B]]; his wife, [[PERSON:Lim Hui Shan]], is listed as the second guest.""",
    """I've ported my number [[PHONE_NUMBER:+254 722 418 903]] over from Safaricom, but the SIM registration still shows my old ID [[ID_NUMBER:28837104]] and my name, [[PERSON:Wanjiru Kamau]], is misspelled as [[PERSON:Wanjru]].""",
    """[[PERSON:Thabo Nkosi]], ID number [[ID_NUMBER:880412 5124 088]], applied for a smart ID card at the Home Affairs office in [[LOCATION:Soweto]] on [[DATE_TIME:12 April 2024]], which happened to be his birthday.""",
    """The tenancy at [[ADDRESS:Unit 5, 112 Kent Street]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]] starts on [[DATE_TIME:15 September]], and the bond of $2,400 will be lodged in [[PERSON:Aroha Ngata]]'s name with Tenancy Services.""",
    """Reported player [[USERNAME:xX_ShadowVex_Xx]] for harassment; the account is registered to [[EMAIL_ADDRESS:liam.carver07@gmail.com]] and last logged in from [[IP_ADDRESS:86.144.27.203]] on [[DATE_TIME:2024-03-02 23:41]].""",
    """Follow [[PERSON:Chiamaka]] on Instagram at @[[USERNAME:chiamaka.bakes]] - she does custom wedding cakes out of her kitchen in [[LOCATION:Surulere]] and answers DMs faster than email.""",
    """Ticket 88213: [[PERSON:Prakash Venkataraman]] can't reach the VPN from home. His laptop reports IP [[IP_ADDRESS:10.42.7.118]], MAC 3C:22:FB:91:0A:7E, and he's on extension 4471 until 6 pm.""",
    """Driver note: if there's no answer at [[ADDRESS:11 Cottesloe Crescent]], leave it in the porch. The customer, [[PERSON:Mrs. Penelope Ashworth]], is hard of hearing, so ring [[PHONE_NUMBER:07700 914 382]] twice.""",
    """Boots confirmed that the repeat prescription for [[PERSON:Mr Harold Bainbridge]], DOB [[DATE_TIME:22/08/1941]], NHS no. [[ID_NUMBER:9434765919]], will be delivered to [[ADDRESS:The Old Forge, Church Lane]], [[LOCATION:Little Shelford]], [[ZIP_CODE:CB22 5HG]].""",
    """The microchip in the cat (977200009871532) is registered to [[PERSON:Siobhan Kavanagh]], [[ADDRESS:42 Glenview Park]], [[LOCATION:Newry]] [[ZIP_CODE:BT34 2LP]], but the number on file, [[PHONE_NUMBER:028 3026 7741]], is no longer in service.""",
    """[[PERSON:Dr. Farid Haddad]] extracted two wisdom teeth for [[PERSON:Brianna Ko]] on [[DATE_TIME:Jan. 9]]; Delta Dental member ID [[ID_NUMBER:1948820371]] covered 80%, leaving a balance of $312.40 billed to her Amex ending 1009.""",
    """[[PERSON:Mrs. Folasade Adeyemi]], [[AGE:62]], was admitted to LUTH on [[DATE_TIME:5 February 2024]] with hypertension; her son [[PERSON:Tunde]] can be reached on [[PHONE_NUMBER:0803 441 2976]] and her hospital card number is [[ID_NUMBER:LUTH/24/008812]].""",
    """Please bring your OHIP card ([[ID_NUMBER:4527-189-304-KT]]) to the walk-in clinic. [[PERSON:Dr. Yusuf]] will see you, [[PERSON:Emily Tremblay]], at [[DATE_TIME:10:20 on Wednesday, 17 April]].""",
    """[[PERSON:Grace Nguyen]]'s Medicare card number [[ID_NUMBER:2951 47363 1]] was scanned at the Chemist Warehouse counter so her PBS safety net total would update; she also asked that [[PERSON:Minh]], her husband, be allowed to collect her scripts.""",
    """EOB for [[PERSON:Ricardo Alvarez]]: date of service [[DATE_TIME:02/27/2024]], CPT 99214, billed $245.00, allowed $131.62, patient responsibility $40.00. Member ID [[ID_NUMBER:XQH884120073]], group 00471-B.""",
    """Scheduling note: [[PERSON:Danielle Fortier]] moved Biscuit's spay to [[DATE_TIME:Monday, June 3 at 7:30 a.m.]] drop-off; the deposit was paid with Visa [[CREDIT_CARD:4716 2209 5531 8044]]. Text reminders to [[PHONE_NUMBER:802-476-3310]].""",
    """The hearing in [[PERSON:Henderson]] v. Allied Freight has been set for [[DATE_TIME:October 8, 2024, at 1:30 p.m.]]; plaintiff [[PERSON:Louise Henderson]] resides at [[ADDRESS:2207 N. Prospect Ave., Apt 4B]], [[LOCATION:Milwaukee]], [[LOCATION:WI]] [[ZIP_CODE:53202]].""",
    """[[PERSON:Kwame Asante-Boateng]] (matric no. [[ID_NUMBER:2219847]]) has asked for his transcript to go to his new address, [[ADDRESS:Room 14, Hugh Stewart Hall]], [[LOCATION:Nottingham]] [[ZIP_CODE:NG7 2QX]]. His personal email is [[EMAIL_ADDRESS:kasante.b@outlook.com]].""",
    """[[PERSON:Lindiwe Dlamini]]'s July salary went to the wrong account: she changed banks on [[DATE_TIME:28 June]], and the new FNB account is [[ID_NUMBER:62841930577]]. Her tax number is [[ID_NUMBER:0148273654]].""",
    """[[PERSON:Maria Cristina dela Cruz]], [[AGE:34]], a nurse from [[LOCATION:Iloilo City]], submitted her SSS number [[ID_NUMBER:34-1928374-5]] and PhilHealth ID [[ID_NUMBER:12-050987321-4]] with her deployment papers.""",
    """At Kenyatta National Hospital, patient [[PERSON:Otieno Odhiambo]] (IP No. [[ID_NUMBER:2024/118734]]) had his NHIF card number [[ID_NUMBER:6620134]] verified before his surgery on [[DATE_TIME:the 11th of March]].""",
    """[[PERSON:Ciarán Ó Briain]] asked whether his PPSN, [[ID_NUMBER:6731942K]], is needed to claim the dental treatment benefit for his check-up with [[PERSON:Dr Maeve Collins]] in [[LOCATION:Galway]] on [[DATE_TIME:19 January]].""",
    """The after-hours vet in [[LOCATION:Hamilton]] treated Koru, a 3-year-old huntaway, for a paw laceration. Invoice to [[PERSON:Hemi Walker]], [[ADDRESS:61 Ruakura Road]], phone [[PHONE_NUMBER:021 448 2093]].""",
    """Before your eye exam, [[PERSON:Mr. Delgado]], please check your intake form: we have your SSN as [[US_SSN:523-71-8846]] and your date of birth as [[DATE_TIME:11/03/1958]]. If either is wrong, let the front desk know.""",
    """[[PERSON:Jordan Ellis]] (they/them, [[AGE:26]]) sees counselor [[PERSON:Renée Park]] every other Thursday; the next session is [[DATE_TIME:Thursday, May 9, 4:00 PM]] on the patient portal, where their username is [[USERNAME:jellis_1998]].""",
    """Guardian Pharmacy flagged that [[PERSON:Nur Aisyah binte Rahman]], NRIC [[ID_NUMBER:S8834127I]], had already collected a month's supply of her inhaler on [[DATE_TIME:2 May]], so the second request was put on hold.""",
    """[[PERSON:Heather Wong]] booked the Honolulu to Tokyo flight with US passport [[US_PASSPORT:A41820937]] and Known Traveler Number [[ID_NUMBER:9VL42R8T]]; her return leg is on [[DATE_TIME:August 21]].""",
    """[[TITLE:Sgt.]] [[PERSON:Reyes]] pulled over a grey Civic with plate [[ID_NUMBER:8KTR442]]; the driver, [[PERSON:Cody Marsh]], [[AGE:19]], handed over California license [[US_DRIVER_LICENSE:D4821937]].""",
    """My grandmother [[PERSON:Rosa Benedetti]] turns [[AGE:90]] on [[DATE_TIME:the 14th of July]], and the care home at [[ADDRESS:300 Fairview Lane]], [[LOCATION:Scranton]] is letting us use the garden room for her party.""",
    """[[PERSON:Priyanka]] and [[PERSON:Daniel Okoro]] are getting married on [[DATE_TIME:Saturday, 14 September 2024]] at St Bride's on Fleet Street; please RSVP to [[EMAIL_ADDRESS:priyanka.and.dan@gmail.com]] by the end of June.""",
    """Library card [[ID_NUMBER:21982004418275]] belongs to [[PERSON:Sam Okonkwo-Reid]]; three items are overdue, and the notice went to [[ADDRESS:PO Box 1187]], [[LOCATION:Yellowknife]], [[LOCATION:NT]] [[ZIP_CODE:X1A 2N8]].""",
    """[[PERSON:Gurpreet Kaur Sandhu]] landed in [[LOCATION:Surrey]], [[LOCATION:BC]] on [[DATE_TIME:2019-06-04]] and received SIN [[ID_NUMBER:628 740 193]] a week later. She is [[NRP:Sikh]] and asked her new employer about wearing a kirpan at work.""",
    """Campaign volunteer [[PERSON:Derek Mulvaney]], a registered [[NRP:Republican]] from [[LOCATION:Erie County]], signed the petition on [[DATE_TIME:3/18/24]] and listed his cell as [[PHONE_NUMBER:716.882.0451]].""",
    """[[PERSON:Rhys Morgan]], of [[ADDRESS:18 Heol y Nant]], [[LOCATION:Caerphilly]], appeared before magistrates on [[DATE_TIME:14 February]] charged with driving without insurance; his National Insurance number, [[ID_NUMBER:JT 48 61 27 B]], was read into the record.""",
    """Pick-up authorisation: only [[PERSON:Zanele]] (mum) or [[PERSON:Sipho Mthembu]] (uncle, [[PHONE_NUMBER:082 771 3904]]) may collect [[PERSON:Ayanda]] from Little Acorns, as per the form signed on [[DATE_TIME:08/01/2024]].""",
    """The rental desk added [[PERSON:Fatima Zahra Benali]] as a second driver with UK licence [[ID_NUMBER:BENAL857225FZ9JK]]; the car must be back at the airport in [[LOCATION:Manchester]] by [[DATE_TIME:10 May, 18:00]].""",
    """[[PERSON:Bronwyn Keats]] lodged a windscreen claim for her Mazda (rego [[ID_NUMBER:1XY4KP]]). Her TFN, [[ID_NUMBER:874 520 135]], isn't needed for this, so please delete it from the file.""",
    """The meter reading for [[ADDRESS:7/41 Darling Street]], [[LOCATION:Balmain]] [[LOCATION:NSW]] [[ZIP_CODE:2041]] was estimated again, and the account holder, [[PERSON:Nikolai Petrov]], has asked for a technician visit on [[DATE_TIME:Tuesday 23 April]].""",
    """[[TITLE:Imam]] [[PERSON:Abdullahi Musa]] will lead the nikah for [[PERSON:Hafsa]] and [[PERSON:Bilal Chaudhry]] at the central mosque in [[LOCATION:Bradford]] on [[DATE_TIME:the 27th of July]].""",
    """[[TITLE:ms.]] [[PERSON:patel]] said [[PERSON:arjun]] did really well in his maths test, he's only [[AGE:8]] but already doing year 5 work!! parents evening is [[DATE_TIME:wed 15th may at 6pm]]""",
    """Strava user [[USERNAME:kiwi_runner_nz]] ([[PERSON:Tama Rangihuna]]) logged a half marathon on [[DATE_TIME:2024-02-18 06:42]] that starts right outside his home at [[ADDRESS:23 Bayview Terrace]], and the map is public.""",
    """Blood donor [[PERSON:Olumide Bakare]], donor no. [[ID_NUMBER:G081 724 5519 K]], group O negative, is eligible to give again from [[DATE_TIME:12/06/2024]]; we'll text [[PHONE_NUMBER:07912 338 415]] a week before.""",
    """Lab result for [[PERSON:HOLLOWAY, Margaret A]] (MRN [[ID_NUMBER:00839127]], DOB [[DATE_TIME:1949-10-02]]): HbA1c 7.9%, collected [[DATE_TIME:03/11/2024 08:05]], ordering provider [[PERSON:Dr. P. Anand]].""",
    """Our [[AGE:6]]-year-old, [[PERSON:Mateo Ruiz]], lost his first tooth at school on [[DATE_TIME:the 2nd of April]], right before his sealants appointment with [[PERSON:Dr. Kimberly Osei]] at [[ADDRESS:1450 Hwy 70 W, Suite 12]], [[LOCATION:Garner]], [[LOCATION:NC]].""",
    """Emergency at 2am: [[PERSON:Chloe Bramwell]] brought her cat in after it chewed a lily. Please bill the card on file and call her back on [[PHONE_NUMBER:+44 7831 204 996]]; she lives at [[ADDRESS:9 Quarry Hill]], [[LOCATION:Bath]].""",
    """[[PERSON:Nathalie Gagnon]] picked up the compounded cream for her daughter [[PERSON:Léa]], [[AGE:4]]; the pharmacist, [[PERSON:Jin-ho Park]], copied Léa's RAMQ number, [[ID_NUMBER:GAGL 2057 1411]], onto the label.""",
    """[[PERSON:Mohammed Al-Rashid]] paid the AED 3,250 balance for his MRI at the front desk using card [[CREDIT_CARD:4929 5570 1183 2267]], exp 09/27, and asked for the receipt to go to [[EMAIL_ADDRESS:m.alrashid@eim.ae]].""",
    """The community nurse, [[PERSON:Bernadette Kiely]], will call on [[PERSON:Mr. Tomasz Nowak]] at [[ADDRESS:Apartment 12, Linden Court, 88 Clonliffe Road]], [[LOCATION:Dublin 3]], [[ZIP_CODE:D03 XK62]] every Monday and Thursday to change his dressing.""",
    """[[PERSON:Leila Nazari]], an [[NRP:Iranian]]-born physiotherapist in [[LOCATION:Toronto]], is treating [[PERSON:Ethan Brooks]] after his ACL surgery; his last session was on [[DATE_TIME:March 28]], and the clinic has his cell as [[PHONE_NUMBER:416 902 5573]].""",
    """Baby girl [[PERSON:Amara Chukwu]] was born at [[DATE_TIME:03:12 on 7 January 2024]] weighing 3.4 kg; her mother, [[PERSON:Ngozi Chukwu]], [[AGE:31]], and her father, [[PERSON:Emeka]], are both doing well.""",
    """[[PERSON:Arthur Penhaligon]], [[AGE:81]], of [[LOCATION:Truro]], collects his new hearing aids on [[DATE_TIME:Friday 10th May at 11.30]]. His daughter [[PERSON:Sue]] will bring him; you can reach her on [[PHONE_NUMBER:01872 274 610]].""",
    """[[PERSON:Kofi Mensah]] sent GH₵450 by MoMo to [[PHONE_NUMBER:024 318 7762]] for his sister [[PERSON:Abena]]'s hospital bill at Korle Bu; his Ghana Card number is [[ID_NUMBER:GHA-712893456-3]].""",
    """Controlled drug register: 30 x oxycodone 5 mg dispensed to [[PERSON:Raymond Tully]], [[ADDRESS:14 Pinecrest Dr]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83704]]; ID checked (Idaho DL [[US_DRIVER_LICENSE:RK482913C]]); prescriber [[PERSON:Dr. Anne Whitcombe]], DEA [[ID_NUMBER:BW4728311]].""",
    """Hey [[PERSON:Mitch]], it's [[PERSON:Tayla]] from Bondi Dental, just confirming your crown fit on [[DATE_TIME:Wed 29/5 at 8:15am]]. Pls bring your HCF card, member no. [[ID_NUMBER:88172049]].""",
    """[[PERSON:Dr. Wade Harlan]] drove out to the [[PERSON:Lindgren]] farm at [[ADDRESS:24117 County Road 9]], [[LOCATION:Hector]], [[LOCATION:Minnesota]] on [[DATE_TIME:the 4th]] to look at a heifer with a displaced abomasum.""",
    """[[PERSON:Shauna-Kay Williams]], born [[DATE_TIME:30 Oct 1993]] in [[LOCATION:Kingston]], [[LOCATION:Jamaica]], cleared her DBS check on [[DATE_TIME:4 March 2024]]; certificate number [[ID_NUMBER:001718293645]] is held by HR.""",
    """Guest [[PERSON:Rafael Moreira]] asked us to keep his luggage until 4 pm. He is in room 507 and is paying with card [[CREDIT_CARD:5168 4411 2290 7333]]; his flight to [[LOCATION:Lisbon]] leaves later that evening.""",
    """Please send the £950 deposit refund to [[PERSON:Chloe Adebayo-Smith]], IBAN [[IBAN_CODE:GB35 LOYD 3091 4428 6617 55]], reference FLAT2-DEP. She moved out of [[ADDRESS:Flat 2, 19 Ashgrove Road]] on [[DATE_TIME:31 March]].""",
    """hey its [[PERSON:tyrone]] can u drop my moms meds at [[ADDRESS:1182 w 79th st]] instead, shes staying w me til friday. her name is [[PERSON:gloria mitchell]], dob [[DATE_TIME:6/2/52]]""",
    """[[PERSON:Aarav Shah]], aged [[AGE:12]], received his first HPV dose at the school clinic on [[DATE_TIME:17 Oct 2023]]; batch FN7821 was recorded against his NHS number, [[ID_NUMBER:601 223 8479]].""",
    """Pawsome Vet reminder: [[TITLE:Mdm]] [[PERSON:Koh Siew Lan]], Mochi is due for her yearly jab. We have you down for [[DATE_TIME:Sat, 8 Jun, 10.30am]]; reply C to confirm or call [[PHONE_NUMBER:9137 2284]] ([[PERSON:Dr Ravi]]'s mobile).""",
    """[[PERSON:Ifeoma Nwosu]] applied for a ₦2,000,000 SME loan on [[DATE_TIME:February 12]]; her NIN [[ID_NUMBER:48213097652]] and BVN [[ID_NUMBER:22451876093]] were verified, and the money will be paid into account [[ID_NUMBER:2031847765]].""",
    """To whom it may concern: [[PERSON:Marcus]] and [[PERSON:Jolene Pruitt]] rented [[ADDRESS:4410 Elm Street, Unit B]] from [[DATE_TIME:August 2019]] to [[DATE_TIME:July 2023]] and always paid on time. [[PERSON:Gary Lutz]], landlord, [[PHONE_NUMBER:(502) 318-7764]]""",
    """Case worker [[PERSON:Yolanda Briggs]] visited the [[PERSON:Harjo]] family in [[LOCATION:Tulsa]] on [[DATE_TIME:4/22]]; [[PERSON:Mrs. Harjo]], a [[NRP:Muscogee]] citizen, asked that the tribal liaison, [[PERSON:Joseph Tiger]], be present next time.""",
    """[[PERSON:Mohd. Imran Qureshi]] tested negative in his RT-PCR at [[LOCATION:Lucknow]] airport on [[DATE_TIME:3 Jan 2022, 14:20]]; the SRF ID 0918273645102 and his mobile, [[PHONE_NUMBER:+91 98390 44172]], are printed on the report.""",
    """got a text saying [[TITLE:dr]] [[PERSON:lee]]'s office moved my cleaning to [[DATE_TIME:june 12]]?? i never asked for that. my patient id is [[ID_NUMBER:DL-44190]] if anyone from lee family dental reads this lol""",
    """We're so sorry for your loss, [[PERSON:Margaret]]. Duke's ashes will be ready for you to collect from [[DATE_TIME:Tuesday 16 April]], and [[PERSON:Dr. Ferreira]] has signed his paw print card.""",
    """The beneficiary on [[PERSON:Harold Jenkins]]'s life policy (LP-77120493) is his daughter [[PERSON:Cassandra Jenkins-Moore]], born [[DATE_TIME:2 February 1976]], of [[ADDRESS:58 Orchard View Rd]], [[LOCATION:Concord]], [[LOCATION:NH]] [[ZIP_CODE:03301]].""",
    """Bonjour, ici [[TITLE:Mme]] [[PERSON:Claire Lefèvre]]. Ma pharmacie m'a dit que mon numéro de sécurité sociale, le [[ID_NUMBER:2 87 05 75 112 048 81]], n'est plus rattaché à ma mutuelle depuis le [[DATE_TIME:1er mars]]. Vous pouvez me rappeler au [[PHONE_NUMBER:06 42 18 77 53]].""",
    """Le cabinet du [[PERSON:Dr Antoine Marchetti]] confirme le rendez-vous de détartrage de [[PERSON:Yasmine Haddad]] le [[DATE_TIME:jeudi 13 juin à 17 h 30]], au [[ADDRESS:24 rue des Carmes]], [[ZIP_CODE:31000]] [[LOCATION:Toulouse]].""",
    """La clinique vétérinaire de [[LOCATION:Namur]] a soigné le chien de [[PERSON:Thibault Renard]] ; la facture sera envoyée [[ADDRESS:Chaussée de Louvain 112, boîte 3]], [[ZIP_CODE:5000]] [[LOCATION:Namur]], et réglée par virement depuis le compte [[IBAN_CODE:BE71 3630 9175 5269]].""",
    """[[PERSON:Karim El Amrani]], né le [[DATE_TIME:30 juillet 1985]], a présenté sa carte d'identité (numéro national [[ID_NUMBER:85.07.30-033.28]]) à l'accueil de l'hôpital d'[[LOCATION:Anderlecht]] ; sa mutualité lui remboursera la consultation du [[DATE_TIME:4 mars]].""",
    """Allô [[PERSON:Mélanie]], c'est [[PERSON:Steve]] de la pharmacie à [[LOCATION:Longueuil]]. Ta prescription de Synthroid est prête, pis j'ai mis ton numéro d'assurance maladie [[ID_NUMBER:TREM 8553 1412]] à jour. Rappelle-moi au [[PHONE_NUMBER:450 646-8841]] si t'as des questions.""",
    """[[PERSON:Olivier Gagné-Roy]], [[AGE:9]] ans, a rendez-vous chez l'orthodontiste le [[DATE_TIME:mardi 21 mai à 15 h]] ; sa mère, [[PERSON:Isabelle Roy]], viendra le chercher à l'école vers 14 h 15. Son cellulaire : [[PHONE_NUMBER:418-651-2090]].""",
    """[[TITLE:Mme]] [[PERSON:Khadija Benjelloun]], titulaire de la CIN [[ID_NUMBER:BK287114]], a pris rendez-vous à la clinique dentaire du boulevard Zerktouni pour le [[DATE_TIME:lundi 3 juin à 10 h]] ; elle habite au [[ADDRESS:17, rue Ibn Batouta, appt 6]], [[LOCATION:Casablanca]]. Tél. : [[PHONE_NUMBER:06 61 23 45 78]].""",
    """Le patient [[PERSON:Mohamed Amine Boudiaf]], [[AGE:54]] ans, domicilié [[ADDRESS:Cité 500 Logements, bâtiment C, n° 14]], [[LOCATION:Bab Ezzouar]], [[LOCATION:Alger]], est convoqué au CHU Mustapha le [[DATE_TIME:16/09/2024]] pour son bilan cardiaque. N° d'assuré CNAS : [[ID_NUMBER:72 0412 0563 18]].""",
    """Le vétérinaire de garde à [[LOCATION:Lyon]] a reçu vers 23 h le chat de [[PERSON:Sofiane Belkacem]], domicilié [[ADDRESS:8 impasse des Tilleuls]], [[ZIP_CODE:69008]] ; il a réglé par carte ([[CREDIT_CARD:4973 0519 8842 3164]]) et laissé son adresse mail, [[EMAIL_ADDRESS:sofiane.belkacem@free.fr]].""",
]

BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    """Dear [[PERSON:Kasey Rau]], your application for the Senior Factors Officer role at Schaefer Group has been received. The onboarding pack goes to [[ADDRESS:6637 Ruecker Knoll, Suite 818]], [[LOCATION:West Mikaylafort]], [[LOCATION:Lincolnshire]] [[ZIP_CODE:PE21 9QH]]; confirm receipt via [[EMAIL_ADDRESS:Kasey_Rau41@yahoo.com]] or [[PHONE_NUMBER:+44 1205 662 019]].""",
    """Transaction alert for [[PERSON:Mr. Emmanuel Oyelaran]] ([[USERNAME:emma.oyel_93]]): ₦84,500 charged to card [[CREDIT_CARD:3566 0021 4477 9135]] (CVV 408, exp 11/26) from IP [[IP_ADDRESS:197.210.53.14]]. Device: Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36.""",
    """[[PERSON:Jadeyn Hartmann-Oduya]], [[AGE:38]], female, Lead Intranet Architect, wants her salary IBAN changed to [[IBAN_CODE:DE70 5003 0100 0063 1842 07]] (BIC DEUTDEFFXXX) before she relocates on [[DATE_TIME:28/06/2024]]. The reset link went to [[EMAIL_ADDRESS:j.hartmann-oduya@posteo.de]] after a login from [[IP_ADDRESS:2a02:8108:1140:6b00:5d3f:92e1:c04a:7b19]].""",
    """Hi [[PERSON:Tobias]], the device registered to [[USERNAME:tobi_krause]] (MAC 4c:32:75:9e:1a:f0) signed in from [[IP_ADDRESS:88.217.143.6]] at 03:14. If that wasn't you, contact [[PERSON:Ilse Brandt]], your Customer Accounts Strategist, on [[PHONE_NUMBER:+49 151 2384 7710]].""",
    """Our records show [[PERSON:Ximena Castro-Villalobos]] (DOB: [[DATE_TIME:March 4th, 1987]]; SSN: [[US_SSN:611-48-2093]]) at [[ADDRESS:512 Calle Luna]], [[LOCATION:Santa Fe]], [[LOCATION:NM]] [[ZIP_CODE:87501]]. Eye color: brown. Height: 5'4". Vehicle VRM: [[ID_NUMBER:BXK-441]].""",
    """The Investor Response Designer, [[PERSON:Rosalind Quigley]], requested a wire of 7,250.00 GBP from account [[ID_NUMBER:48291037]] ([[IBAN_CODE:GB28 BARC 2035 7846 1129 03]], BIC BARCGB22) to pay the fees for her son, aged [[AGE:17]], at a boarding school in [[LOCATION:Shropshire]].""",
    """Kindly note: [[PERSON:Mx. Rowan Achterberg]] will access the portal from [[IP_ADDRESS:172.16.254.9]] as [[USERNAME:rachterberg]] with the temporary password Xq7!vP2#mL. The account was opened on [[DATE_TIME:2023-11-07T14:22:05Z]].""",
    """[[PERSON:Devontae]] pasted his card into the chat by mistake: [[CREDIT_CARD:6011 5543 2109 8766]], expiring 08/25, CVV 771. The Discover account is tied to [[PHONE_NUMBER:+1-404-718-2255]] and billing ZIP [[ZIP_CODE:30312]].""",
    """Greetings [[PERSON:Leilani Kahale]]! As a Dynamic Mobility Consultant in [[LOCATION:Kailua]], [[LOCATION:Hawaii]], you are invited to the quarterly offsite on [[DATE_TIME:11/14/2024]]. Your badge will be mailed to [[ADDRESS:45-210 Kamehameha Hwy, Apt. 3C]], [[ZIP_CODE:96744]].""",
    """Attention [[PERSON:Sven Lindholm-Ahmadi]]: the biometric update for employee [[ID_NUMBER:EMP-772104]] was completed at [[ADDRESS:88 Harbour Drive, Floor 6]] on [[DATE_TIME:February 2nd, 2024 at 9:47 AM]]. Write to [[EMAIL_ADDRESS:sven.l-a@northwind-logistics.com]] for the audit logs.""",
    """[[PERSON:Ophelia]] needs to change the billing address on her Amex [[CREDIT_CARD:3411 208845 67029]] to [[ADDRESS:1902 Oakridge Blvd]], [[LOCATION:Lakewood]], [[LOCATION:Colorado]] [[ZIP_CODE:80226]]. Her old PIN 4471 should be disabled.""",
    """Re: ticket from [[USERNAME:marguerite.dlc]]. [[PERSON:Marguerite Delacroix]], [[AGE:52]], Principal Optimization Agent, reported that her Ethernet adapter (MAC b8:27:eb:4f:21:9c) was given [[IP_ADDRESS:192.168.1.244]] and [[IP_ADDRESS:fe80::ba27:ebff:fe4f:219c]] after the update.""",
    """Payment of €1,189.90 to [[PERSON:Hamza Ouali]] was rejected: the IBAN [[IBAN_CODE:FR76 3000 3036 2000 0504 1785 265]] does not match the account name. Please confirm with the beneficiary at [[EMAIL_ADDRESS:hamza.ouali@laposte.net]] and resubmit.""",
    """[[PERSON:Prof. Ingrid Solberg-Mensah]], Chief Directives Producer, will speak at the symposium. Her flight lands at 07:40, and she asked for the invoice to go to [[ADDRESS:Storgata 14B]], [[ZIP_CODE:0184]] [[LOCATION:Oslo]], [[LOCATION:Norway]]. Mobile: [[PHONE_NUMBER:+47 912 44 018]].""",
    """Username: [[USERNAME:pkgr_1987]] | Name: [[PERSON:Paulo Gómez-Ramírez]] | Gender: Male | Age: [[AGE:37]] | Job: Forward Program Facilitator | Card: [[CREDIT_CARD:5312 6089 4471 0021]] | Issuer: Mastercard | IP: [[IP_ADDRESS:201.141.88.3]]""",
    """Hey team, [[PERSON:Ngozi Abernathy]] from the [[LOCATION:Port Harcourt]] office is relocating to [[ADDRESS:Plot 27, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. Update her HR record (staff no. [[ID_NUMBER:NG-44821]]) and ship the laptop with IMEI 358240051111110 there.""",
    """Please process the refund for [[PERSON:Yuki Tanabe-Morrison]], born [[DATE_TIME:17.09.1991]], to card [[CREDIT_CARD:4485 3310 6729 9516]]. Her address is [[ADDRESS:3-14-2 Nishi-Shinjuku, Room 1105]], [[LOCATION:Shinjuku-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:160-0023]].""",
    """The client [[PERSON:Brennan McAllister]] (SSN [[US_SSN:402-19-7735]]) opened a brokerage account at [[DATE_TIME:2:15 PM on 06/11/2023]]; statements go to [[EMAIL_ADDRESS:bmcallister@protonmail.com]] and his mailing address is [[ADDRESS:PO Box 4402]], [[LOCATION:Bozeman]], [[LOCATION:MT]] [[ZIP_CODE:59772]].""",
    """Chère [[PERSON:Océane Marchal]], votre poste de Coordinatrice Régionale des Données démarre le [[DATE_TIME:02/09/2024]]. Merci d'envoyer votre RIB ([[IBAN_CODE:FR76 1027 8060 7600 0214 8360 276]]) à [[EMAIL_ADDRESS:oceane.marchal@orange.fr]]. Adresse enregistrée : [[ADDRESS:5 allée des Peupliers, bât. B]], [[ZIP_CODE:44300]] [[LOCATION:Nantes]].""",
    """[[PERSON:Mathis]], l'adresse IP [[IP_ADDRESS:90.112.47.201]] associée à ton compte [[USERNAME:mathis_vdb]] a servi pour un achat avec la carte [[CREDIT_CARD:5131 4470 2238 8650]] (CVV 219). Si ce n'était pas toi, contacte [[PERSON:Léonie Van den Bossche]] au [[PHONE_NUMBER:+32 478 21 93 07]].""",
    """Moving notice: [[PERSON:Aaliyah Brooks-Tran]], Human Implementation Liaison, leaves [[ADDRESS:775 Wintergreen Ct]] on [[DATE_TIME:Sept 30]] for [[ADDRESS:12 Ferry Road, Apt 21]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04101]]. Forward her mail and update her Chase account [[ID_NUMBER:000712948563]].""",
    """Your sister [[PERSON:Roxanne]] listed you, [[PERSON:Caleb Whitfield]], as her emergency contact. Her new number is [[PHONE_NUMBER:(720) 914-0386]] and she now lives in [[LOCATION:Aurora]], [[LOCATION:Arapahoe County]], [[LOCATION:CO]] [[ZIP_CODE:80015]].""",
    """Security log: user [[USERNAME:h.rahimi]] ([[PERSON:Hossein Rahimi]]) failed MFA three times from [[IP_ADDRESS:5.160.218.77]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:122.0) Gecko/20100101 Firefox/122.0; last successful login [[DATE_TIME:2024-04-03 17:55:12]].""",
    """[[PERSON:Isabella Moretti]], born [[DATE_TIME:12/08/1995]], sends €650 every month to her mother's account [[IBAN_CODE:LU65 0019 4064 4271 8500]] in [[LOCATION:Esch-sur-Alzette]]. Her own card, [[CREDIT_CARD:4556 7302 1948 8303]], is kept as a backup.""",
    """Verification required for [[PERSON:Mrs. Evangeline Okonjo]]: we could not match Social Security number [[US_SSN:298-61-4570]] with the date of birth [[DATE_TIME:July 22, 1964]]. Please bring two forms of ID to [[ADDRESS:3300 Lindell Blvd., Room 210]], [[LOCATION:St. Louis]], [[LOCATION:MO]] [[ZIP_CODE:63103]].""",
    """Congratulations [[PERSON:Dhruv Malhotra]]! Your loyalty tier is now Gold. Member [[ID_NUMBER:LY-90418823]] | [[EMAIL_ADDRESS:dhruv.malhotra@rediffmail.com]] | [[PHONE_NUMBER:+91-98112-40937]] | [[ADDRESS:B-204, Sunshine Residency, Sector 45]], [[LOCATION:Gurugram]], [[LOCATION:Haryana]] [[ZIP_CODE:122003]]""",
    """Claims Coordinator [[PERSON:Hye-jin Baek]] approved $2,480 for [[PERSON:Tomás Ibarra]], whose vehicle (VRM [[ID_NUMBER:FL 7TKX92]]) was damaged outside [[ADDRESS:1600 Biscayne Blvd]] on [[DATE_TIME:the 5th of January]].""",
    """[[PERSON:Siosaia Taufa]] ([[AGE:44]]), Regional Creative Assistant at Kiwi Timber, lives at [[ADDRESS:16 Mahoe Street]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]. He has asked for his bonus to go to account [[ID_NUMBER:12-3077-0456812-00]].""",
    """Account [[USERNAME:eleni_papadakis]] (e-mail: [[EMAIL_ADDRESS:e.papadakis@hotmail.gr]]) was linked to card [[CREDIT_CARD:4916 8830 2057 1448]] and the ship-to address [[ADDRESS:49 Danforth Ave, Unit 2]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4K 1N2]]. The account owner, [[PERSON:Eleni Papadakis]], is [[AGE:63]].""",
    """[[TITLE:Lord]] [[PERSON:Alistair Fenwick-Hale]] has asked the estate office to change his correspondence address to [[ADDRESS:Hale House, 3 Kings Bench Walk]], [[LOCATION:London]] [[ZIP_CODE:EC4Y 7DQ]] and to route calls to [[PHONE_NUMBER:020 7583 1196]].""",
    """Incident: [[PERSON:Farah Siddiqui-Lyons]], [[AGE:29]], was injured at work on [[DATE_TIME:23 Feb 2024]] at [[ADDRESS:Unit 7, Brookfield Industrial Estate]], [[LOCATION:Glossop]], [[ZIP_CODE:SK13 6LQ]]. NI number [[ID_NUMBER:SP 71 24 90 D]]; manager on duty [[PERSON:Keith Ormerod]].""",
    """Refund confirmation: [[PERSON:Seo-yeon Park]] will get 312,000 KRW back on the card ending 8841. Her passport number [[ID_NUMBER:M27419836]] and date of birth [[DATE_TIME:1998.05.21]] were verified at the counter in [[LOCATION:Incheon]].""",
    """[[PERSON:Kwabena Owusu-Ansah]], Future Security Executive, logs in from [[IP_ADDRESS:41.66.207.19]] and [[IP_ADDRESS:2c0f:fe38:2100:4a::1b]]. His phone ([[PHONE_NUMBER:+233 24 457 8190]]) and his bitcoin wallet are both on file.""",
    """The Product Markets Representative, [[PERSON:Chantelle Dubois-Ncube]], was born on [[DATE_TIME:27 September 1995]] in [[LOCATION:Bulawayo]]. She holds South African ID [[ID_NUMBER:9509270341085]] and lives at [[ADDRESS:22 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]].""",
    """Hi [[PERSON:Beatriz]]! Your ergonomic assessment is booked for [[DATE_TIME:Monday 8 July, 14:00]]. Bring your badge ([[ID_NUMBER:BADGE-30218]]); the visitor Wi-Fi will give your laptop [[IP_ADDRESS:10.0.33.5]].""",
    """Le conseiller [[PERSON:Rachid Benslimane]] a validé le prêt de [[PERSON:Inès Charpentier]], [[AGE:31]] ans, née le [[DATE_TIME:14/02/1993]]. Les fonds seront versés sur [[IBAN_CODE:FR76 1820 6004 1061 3289 0471 520]] ; le justificatif a été envoyé depuis l'IP [[IP_ADDRESS:78.193.54.12]].""",
    """Bonjour [[PERSON:Maxime]], suite à votre déménagement au [[ADDRESS:Rue de la Station 47, bte 2]], [[ZIP_CODE:1348]] [[LOCATION:Louvain-la-Neuve]], votre abonnement internet ([[USERNAME:max.dewitte]]) sera transféré le [[DATE_TIME:vendredi 12 juillet]]. Le compte [[IBAN_CODE:BE93 3101 8273 6467]] sera débité chaque mois.""",
    # in the manner of gretel-pii-masking-en-v1
    """MEDICAL CLAIM FORM
Patient Name: [[PERSON:Harriet L. Cobb]]
Date of Birth: [[DATE_TIME:09/14/1967]]
Member ID: [[ID_NUMBER:HBC-448120937]]
Policy No.: PLN-55-2093-A
Address: [[ADDRESS:1207 Magnolia Ave]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31401]]
Date of Service: [[DATE_TIME:02/06/2024]]
Provider: [[PERSON:Dr. Nikhil Banerjee]], Coastal Orthopedics
Diagnosis: M17.11 Unilateral primary osteoarthritis, right knee
Amount Billed: $1,845.00
Patient Signature: [[PERSON:H. Cobb]]   Date: [[DATE_TIME:02/08/2024]]""",
    """Personal Loan Application - Summit Credit Union

Applicant: [[PERSON:Terrence O'Malley]]
SSN: [[US_SSN:349-02-6618]]
Date of birth: [[DATE_TIME:April 2, 1981]]
Home address: [[ADDRESS:58 Birchwood Terrace]], [[LOCATION:Worcester]], [[LOCATION:MA]] [[ZIP_CODE:01602]]
Phone: [[PHONE_NUMBER:508-755-2294]]
Employer: Bay State Tooling, Inc. (since [[DATE_TIME:March 2012]])
Annual income: $78,400
Requested amount: $15,000 (home repairs)
Co-applicant: [[PERSON:Denise O'Malley]], SSN [[US_SSN:349-02-7104]]""",
    """EMPLOYMENT AGREEMENT

This Employment Agreement is made on [[DATE_TIME:1 March 2024]] between Harbourline Logistics Pty Ltd (ABN 51 824 753 556) of [[ADDRESS:Level 9, 200 Queen Street]], [[LOCATION:Melbourne]], and [[PERSON:Nguyen Thi Thu Ha]] of [[ADDRESS:4/17 Albert Street]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]] ("the Employee").

1. The Employee will commence as Senior Payroll Officer on [[DATE_TIME:18 March 2024]].
2. Salary: AUD 96,000 plus superannuation, paid to BSB 063-182, account [[ID_NUMBER:10492837]].
3. Tax File Number: [[ID_NUMBER:319 206 749]].""",
    """DISCHARGE SUMMARY
St. Columba's Hospital, [[LOCATION:Limerick]]

Patient: [[PERSON:Declan Moriarty]]   MRN: [[ID_NUMBER:SCH-0092817]]   Age: [[AGE:68]]
Admitted: [[DATE_TIME:14/01/2024]]   Discharged: [[DATE_TIME:21/01/2024]]
Consultant: [[PERSON:Dr. Aoife Brennan]]
Summary: Admitted with community-acquired pneumonia. IV co-amoxiclav, switched to oral on day 4. Mobilising independently at discharge.
GP: [[PERSON:Dr. Sean Hegarty]], [[ADDRESS:12 O'Connell Avenue]], [[LOCATION:Limerick]]
Follow-up: respiratory clinic, [[DATE_TIME:4 March 2024 at 10:15]]""",
    """RESIDENTIAL LEASE AGREEMENT
Landlord: [[PERSON:Victor Szabo]], [[ADDRESS:901 Park Row]], [[LOCATION:Hoboken]], [[LOCATION:NJ]] [[ZIP_CODE:07030]]
Tenant(s): [[PERSON:Amira Haddad]] and [[PERSON:Jonah Feldman]]
Premises: [[ADDRESS:330 Garden Street, Apartment 5R]], [[LOCATION:Hoboken]], [[LOCATION:NJ]] [[ZIP_CODE:07030]]
Term: 12 months beginning [[DATE_TIME:June 1, 2024]]
Monthly rent: $3,150, due on the first of each month by check or ACH to account [[ID_NUMBER:4471902283]], routing 021200339
Security deposit: $4,725
Signed: [[PERSON:V. Szabo]] / [[PERSON:A. Haddad]] / [[PERSON:J. Feldman]]""",
    """NOTICE OF POLICY CANCELLATION

To: [[PERSON:Mr. Olufemi Adebanjo]]
[[ADDRESS:27 Cranbrook Road]]
[[LOCATION:Ilford]]
[[ZIP_CODE:IG1 4PW]]

Policy number: HM-2201-88731

Dear [[PERSON:Mr Adebanjo]],
We have not received your premium due on [[DATE_TIME:1 May 2024]]. Unless we receive payment, your home insurance will be cancelled with effect from [[DATE_TIME:31 May 2024]]. If you have already paid by direct debit from account [[ID_NUMBER:30418826]], please call us on 0345 600 2212.""",
    """AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION

I, [[PERSON:Rosalie M. Tran]], date of birth [[DATE_TIME:11/30/1979]], authorize Evergreen Family Medicine to release my records for the period [[DATE_TIME:01/01/2022]] to [[DATE_TIME:12/31/2023]] to:
[[PERSON:Dr. Samuel Obi]], Pacific Sleep Center, [[ADDRESS:4410 196th St SW, Suite 300]], [[LOCATION:Lynnwood]], [[LOCATION:WA]] [[ZIP_CODE:98036]]
Purpose: continuity of care
Patient phone: [[PHONE_NUMBER:(425) 774-9051]]
Signature: [[PERSON:Rosalie Tran]]   Date: [[DATE_TIME:03/15/2024]]""",
    """Rx
Patient: [[PERSON:Abdirahman Warsame]]   DOB: [[DATE_TIME:1988-07-09]]
Address: [[ADDRESS:2150 Riverside Ave S, #312]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55454]]
Metformin 500 mg, 1 tab PO BID with meals, #60, refills: 3
Prescriber: [[PERSON:Dr. Linnea Sorensen]], MD   NPI [[ID_NUMBER:1648293078]]   DEA [[ID_NUMBER:AS6192049]]
Date written: [[DATE_TIME:04/02/2024]]""",
    """TREATMENT PLAN - Harbourview Dental
Patient: [[PERSON:Priya Sundaram]]   Chart #: [[ID_NUMBER:HV-20931]]
DOB: [[DATE_TIME:23-Nov-1984]]   Phone: [[PHONE_NUMBER:0412 938 660]]
Phase 1: tooth 36 composite restoration, $240
Phase 2: tooth 46 crown (porcelain-fused-to-metal), $1,650
Insurer: Bupa, member [[ID_NUMBER:7720418836]]
Next appointment: [[DATE_TIME:Thursday 11 July, 2:30 pm]] with [[PERSON:Dr Jonathan Reeve]]""",
    """ANAESTHETIC & SURGICAL CONSENT - Meadowbank Veterinary Centre
Owner name: [[PERSON:Fiona MacLeod]]
Address: [[ADDRESS:3 Ardconnel Terrace]], [[LOCATION:Inverness]] [[ZIP_CODE:IV2 3AE]]
Tel: [[PHONE_NUMBER:07847 220 913]]
Patient: Hamish, Border Terrier, male neutered, 7 yrs, 11.2 kg
Procedure: dental scale & polish, possible extractions
Estimate: £420 - £680
I consent to the procedure and confirm I am the owner or agent of the animal.
Signed: [[PERSON:F. MacLeod]]   Date: [[DATE_TIME:12/04/2024]]   Admitted by: [[PERSON:Lauren Petrie]], RVN""",
    """Dear [[PERSON:Rajesh]],

This letter confirms that your employment with Corvane Systems Ltd will end on [[DATE_TIME:30 April 2024]] by reason of redundancy. Your final salary, including 14 days of accrued leave, will be paid into your account ending 5503, and your P45 will be posted to [[ADDRESS:44 Hazelmere Gardens]], [[LOCATION:Reading]] [[ZIP_CODE:RG2 8PL]].

Please return your laptop (asset tag CV-LT-0931) and badge to [[PERSON:Joanna Whitley]] in HR.

Yours sincerely,
[[PERSON:Martin Cole]]
Head of People""",
    """SUBPOENA TO TESTIFY AT A DEPOSITION
Case No. 2:23-cv-01184
To: [[PERSON:Melissa J. Carrington]], [[ADDRESS:781 Ridge Top Road]], [[LOCATION:Chattanooga]], [[LOCATION:TN]] [[ZIP_CODE:37411]]
YOU ARE COMMANDED to appear at the time, date and place set forth below to testify at a deposition.
Place: Whitmore & Pike LLP, [[ADDRESS:633 Chestnut Street, 14th Floor]], [[LOCATION:Chattanooga]], [[LOCATION:TN]]
Date and time: [[DATE_TIME:May 20, 2024, 9:30 a.m.]]
Issued by: [[PERSON:Gregory A. Pike]], attorney for plaintiff, [[EMAIL_ADDRESS:gpike@whitmorepike.com]], [[PHONE_NUMBER:(423) 265-7719]]""",
    """FIRST COASTAL BANK - Statement of Account
Account holders: [[PERSON:Lorraine]] and [[PERSON:Desmond Achebe]]
Mailing address: [[ADDRESS:1440 Pelican Bay Dr]], [[LOCATION:Daytona Beach]], [[LOCATION:FL]] [[ZIP_CODE:32114]]
Account number: [[ID_NUMBER:8830 1174 9902]]
Statement period: 03/01/2024 - 03/31/2024
Opening balance: $6,214.77
03/04  ZELLE TO [[PERSON:KEMI ACHEBE]]  -250.00
03/11  DEPOSIT PAYROLL VOLUSIA CNTY SCH  +2,480.16
03/19  DEBIT CARD 4417 PUBLIX #0921  -138.42
Closing balance: $8,306.51""",
    """Form W-9 (Rev. March 2024) Request for Taxpayer Identification Number and Certification
1 Name: [[PERSON:Alejandro Reyes Quintana]]
2 Business name: AR Quintana Painting
3 Federal tax classification: Individual/sole proprietor
5 Address: [[ADDRESS:9021 Cactus Wren Ln]]
6 City, state, and ZIP code: [[LOCATION:Mesa]], [[LOCATION:AZ]] [[ZIP_CODE:85212]]
Part I - Social security number: [[US_SSN:527-84-3019]]
Signature of U.S. person: [[PERSON:Alejandro R. Quintana]]   Date: [[DATE_TIME:04/11/2024]]""",
    """NOTICE OF DATA BREACH
[[DATE_TIME:April 18, 2024]]

Dear [[PERSON:Timothy Greer]],

We are writing to tell you about an incident that may involve some of your information. On March 29, 2024, an unauthorized party got into a server at our billing vendor. The files included your name, address ([[ADDRESS:2 Whitby Close]], [[LOCATION:Aurora]], [[LOCATION:IL]] [[ZIP_CODE:60504]]), date of birth ([[DATE_TIME:06/21/1970]]) and patient account number ([[ID_NUMBER:PA-3318-0274]]). No card or bank details were involved.

To enroll in two years of free credit monitoring, call 1-888-402-7716 and use activation code 7QK-22M-X9.""",
    """INCIDENT REPORT - Ref 44/118290/24
Reporting officer: [[TITLE:PC]] [[PERSON:Daniel Hewitt]]
Date/time of incident: [[DATE_TIME:Sat 16/03/2024 approx. 23:40]]
Location: outside [[ADDRESS:112 Chorley New Road]], [[LOCATION:Bolton]]
Victim: [[PERSON:Keisha Grant]], [[AGE:24]], of [[ADDRESS:Flat 9, Mercer Court]], [[LOCATION:Bolton]] [[ZIP_CODE:BL1 4QP]], tel [[PHONE_NUMBER:07946 551 208]]
Suspect: male, grey hoodie, left towards the town centre on foot
Witness: [[PERSON:Mr. Imran Hussain]], taxi driver""",
    """To whom it may concern,

I am pleased to recommend [[PERSON:Ms. Adaeze Okwuosa]], who worked as a clinical pharmacist in our department from [[DATE_TIME:September 2018]] until [[DATE_TIME:January 2024]]. [[PERSON:Adaeze]] ran the anticoagulation clinic and supervised four foundation trainees. Her GPhC registration number is [[ID_NUMBER:2087741]].

Please feel free to contact me on [[PHONE_NUMBER:0161 276 4402]] or at [[EMAIL_ADDRESS:r.kingsley@mft.nhs.uk]].

[[PERSON:Dr. Robert Kingsley]]
Chief Pharmacist""",
    """BILL OF SALE - MOTOR VEHICLE
Seller: [[PERSON:Graham Pettigrew]], [[ADDRESS:77 Moss Vale Road]], [[LOCATION:Bowral]] [[LOCATION:NSW]] [[ZIP_CODE:2576]], licence no. [[ID_NUMBER:18402937]]
Buyer: [[PERSON:Ana Lúcia Ferreira]], [[ADDRESS:5/3 Bong Bong Street]], [[LOCATION:Mittagong]] [[LOCATION:NSW]] [[ZIP_CODE:2575]]
Vehicle: 2016 Subaru Forester 2.5i-S, registration [[ID_NUMBER:DQ 74 RW]], odometer 118,240 km
Price: $14,500, paid by bank transfer
Signed by both parties on [[DATE_TIME:6 April 2024]]""",
    """NEW PATIENT REGISTRATION - Bayview Family Health Team
Last name: [[PERSON:Abdullah]]   First name: [[PERSON:Zainab]]
Date of birth (YYYY/MM/DD): [[DATE_TIME:1992/03/27]]
Health card #: [[ID_NUMBER:6183 402 954]]   Version: GH
Address: [[ADDRESS:88 Sheppard Ave E, Unit 1407]], [[LOCATION:North York]], [[LOCATION:ON]] [[ZIP_CODE:M2N 0A1]]
Cell: [[PHONE_NUMBER:647 228 9014]]   Email: [[EMAIL_ADDRESS:zainab.abdullah92@gmail.com]]
Emergency contact: [[PERSON:Omar Abdullah]] (brother) [[PHONE_NUMBER:905-882-4176]]
Preferred pharmacy: Shoppers Drug Mart, Yonge & Sheppard
Religion (optional): [[NRP:Muslim]]""",
    """[[DATE_TIME:15 May 2024]]

[[PERSON:Wanjiku Njoroge]]
[[ADDRESS:P.O. Box 20145]]-[[ZIP_CODE:00200]]
[[LOCATION:Nairobi]]

Dear [[PERSON:Ms. Njoroge]],
RE: AWARD OF THE EQUITY LEADERS SCHOLARSHIP
We are pleased to inform you that you have been awarded a full scholarship for the Bachelor of Pharmacy programme starting on [[DATE_TIME:2 September 2024]]. Please bring your KCSE certificate, your national ID ([[ID_NUMBER:33918275]]) and your KRA PIN ([[ID_NUMBER:A014472839Q]]) to registration.
Yours faithfully,
[[PERSON:Prof. Moses Kiprono]]
Registrar""",
    """LASTING POWER OF ATTORNEY - Property and financial affairs
Donor: [[PERSON:Dorothy Ellen Hartley]], born [[DATE_TIME:4 December 1938]], of [[ADDRESS:Rose Cottage, 2 Mill Lane]], [[LOCATION:Ludlow]], [[LOCATION:Shropshire]] [[ZIP_CODE:SY8 1BB]]
Attorney: [[PERSON:Stephen Hartley]] (son), born [[DATE_TIME:19 June 1965]], [[EMAIL_ADDRESS:steve.hartley65@btinternet.com]]
Replacement attorney: [[PERSON:Julia Carr]] (niece)
Certificate provider: [[PERSON:Dr. Imogen Shaw]], GP, who has known the donor for 11 years
Signed by the donor on [[DATE_TIME:22 February 2024]] in the presence of [[PERSON:Kevin Marsh]], witness""",
    """PET INSURANCE CLAIM - Part A (policyholder)
Policyholder: [[PERSON:Ayesha Rahman]]
Policy no.: PT-884201-03
Address: [[ADDRESS:15 Greenfield Avenue]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 1HF]]
Pet name: Simba   Species: cat   Breed: Bengal   DOB: 03/2019
Condition: urinary blockage
Settlement to: sort code 20-45-77, account [[ID_NUMBER:61829304]]
Part B (vet): Treating vet [[PERSON:Daniel Osei-Bonsu]] MRCVS, Hatters Vets, [[ADDRESS:210 Dunstable Road]], [[LOCATION:Luton]]
Dates of treatment: 02/04/2024 - 05/04/2024""",
    """LOAN RECALL NOTICE
To,
[[TITLE:Shri]] [[PERSON:Ramesh Chandra Yadav]]
S/o Late [[TITLE:Shri]] [[PERSON:Mahavir Prasad Yadav]]
[[ADDRESS:House No. 142, Gali No. 6, Shastri Nagar]], [[LOCATION:Meerut]], [[LOCATION:Uttar Pradesh]] - [[ZIP_CODE:250004]]
Loan Account No.: [[ID_NUMBER:31029876543]]
Sir, you have defaulted on the EMIs due from [[DATE_TIME:05.11.2023]] onwards. The outstanding amount of ₹2,84,615 must be paid within 15 days of this notice. Your Aadhaar [[ID_NUMBER:5826 1907 3427]] and PAN [[ID_NUMBER:AJKPY7731M]] are on record with the branch.
Branch Manager
[[PERSON:Sunita Bhardwaj]]""",
    """INFORMED CONSENT - HIV Adherence Study (Protocol WITS-22-117)
Participant: [[PERSON:Nomvula Khumalo]]   Study ID: [[ID_NUMBER:P-0418]]
SA ID number: [[ID_NUMBER:9106150827083]]
Date of birth: [[DATE_TIME:15/06/1991]]
Address: [[ADDRESS:3381 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]
Cell: [[PHONE_NUMBER:072 418 3390]]
I agree to take part in this study.
Participant signature: [[PERSON:N. Khumalo]]   Date: [[DATE_TIME:2024/02/09]]
Researcher: [[PERSON:Dr. Pieter van der Merwe]]""",
    """FINAL NOTICE - DISCONNECTION OF SERVICE
Account holder: [[PERSON:Tremaine Jackson]]
Service address: [[ADDRESS:2719 Kensington Ave, Apt 2F]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19134]]
Account #: [[ID_NUMBER:7711-40928-3]]
Past-due amount: $486.19
Your gas service is scheduled to be shut off on or after [[DATE_TIME:April 25, 2024]]. If someone in your household has a serious medical condition, call 215-235-1000 right away.""",
    """EMPLOYEE WARNING NOTICE
Employee: [[PERSON:Brandon Kowalczyk]]   Employee ID: [[ID_NUMBER:104877]]
Department: Warehouse, night shift   Supervisor: [[PERSON:Luz Elena Márquez]]
Date of incident: [[DATE_TIME:03/22/2024]]
Description: Employee was seen operating forklift #7 without a current certification. Second occurrence (first: [[DATE_TIME:11/09/2023]]).
Employee comments: "I thought my cert was renewed in January."
Employee signature: [[PERSON:B. Kowalczyk]]   Date: [[DATE_TIME:03/25/2024]]""",
    """TRAVEL CLAIM FORM
Insured person: [[PERSON:Rajendran s/o Muthusamy]]
NRIC/FIN: [[ID_NUMBER:S7529306B]]
Mobile: [[PHONE_NUMBER:+65 9724 1108]]   Email: [[EMAIL_ADDRESS:rajen.muthu@singnet.com.sg]]
Address: [[ADDRESS:Blk 512 Jurong West Street 52, #08-214]], [[LOCATION:Singapore]] [[ZIP_CODE:640512]]
Trip: [[LOCATION:Singapore]] to [[LOCATION:Hokkaido]], [[DATE_TIME:14 Dec 2023]] to [[DATE_TIME:22 Dec 2023]]
Claim: medical expenses for a sprained ankle while skiing on [[DATE_TIME:18 Dec 2023]], JPY 48,300
Payment to: DBS account [[ID_NUMBER:027-518830-4]]""",
    """FACTURE - Clinique vétérinaire des Deux Rives
[[ADDRESS:14 quai de la Fosse]], [[ZIP_CODE:44000]] [[LOCATION:Nantes]]
Facture n° 2024-03-1182
Client : [[TITLE:M.]] [[PERSON:Yann Le Goff]]
[[ADDRESS:3 rue du Calvaire]], [[ZIP_CODE:44400]] [[LOCATION:Rezé]]
Tél. : [[PHONE_NUMBER:06 71 32 48 90]]
Animal : Pistache, chat européen, 4 ans
Consultation + vaccin typhus/coryza : 78,00 €
Réglé par CB le 21/03/2024""",
    """CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE
Entre la société Atlas Pharma Distribution SARL, sise [[ADDRESS:45, boulevard Abdelmoumen]], [[LOCATION:Casablanca]], d'une part,
et [[TITLE:M.]] [[PERSON:Youssef El Idrissi]], de nationalité [[NRP:marocaine]], né le [[DATE_TIME:08/11/1990]] à [[LOCATION:Fès]], titulaire de la CIN n° [[ID_NUMBER:C482913]], demeurant [[ADDRESS:Résidence Al Amal, imm. 12, appt 7]], [[LOCATION:Hay Riad]], [[LOCATION:Rabat]], immatriculé à la CNSS sous le n° [[ID_NUMBER:118427903]], d'autre part.
Article 1 : Le salarié est engagé en qualité de délégué médical à compter du [[DATE_TIME:1er avril 2024]].
Article 5 : Le salaire est versé par virement sur le compte RIB [[ID_NUMBER:007 780 0001234500123457 25]].""",
    """DEMANDE DE REMBOURSEMENT - CNAS
Nom : [[PERSON:Hadjadj]]   Prénom : [[PERSON:Samira]]
Date et lieu de naissance : [[DATE_TIME:22/09/1958]] à [[LOCATION:Oran]]
N° d'immatriculation : [[ID_NUMBER:58 2209 0347 61]]
Adresse : [[ADDRESS:12, rue Larbi Ben M'hidi]], [[ZIP_CODE:31000]] [[LOCATION:Oran]]
Tél. : [[PHONE_NUMBER:0550 43 18 27]]
Médecin traitant : [[PERSON:Dr Karim Mansouri]]
Date des soins : [[DATE_TIME:03/04/2024]]
Paiement sur CCP n° [[ID_NUMBER:0021458793/42]]""",
    # in the manner of Nemotron-PII
    """{"customer_id": "[[ID_NUMBER:CUST-00918273]]", "first_name": "[[PERSON:Marisol]]", "last_name": "[[PERSON:Echeverría]]", "dob": "[[DATE_TIME:1979-05-30]]", "email": "[[EMAIL_ADDRESS:marisol.echeverria@gmail.com]]", "phone": "[[PHONE_NUMBER:+1 (956) 412-7730]]", "address": {"street": "[[ADDRESS:2419 N 10th St]]", "city": "[[LOCATION:McAllen]]", "state": "[[LOCATION:TX]]", "zip": "[[ZIP_CODE:78501]]"}, "loyalty_tier": "silver", "marketing_opt_in": false}""",
    """2024-03-12T08:14:55Z INFO  auth.login    user=[[USERNAME:kmwangi]] src=[[IP_ADDRESS:102.68.77.14]] mfa=totp result=success
2024-03-12T08:15:02Z WARN  auth.login    user=[[USERNAME:kmwangi]] src=[[IP_ADDRESS:102.68.77.14]] msg="password expires in 3 days"
2024-03-12T08:21:40Z ERROR billing.sync  customer=[[EMAIL_ADDRESS:kevin.mwangi@safarimail.co.ke]] card=************4417 err="issuer declined (05)"
2024-03-12T08:21:41Z INFO  notify.sms    to=[[PHONE_NUMBER:+254711903318]] template=payment_failed""",
    """INSERT INTO employees (emp_id, full_name, ssn, hire_date, salary, email, dept) VALUES
  ([[ID_NUMBER:40117]], '[[PERSON:Darnell Whitaker]]', '[[US_SSN:219-56-0834]]', '[[DATE_TIME:2019-04-15]]', 88500.00, '[[EMAIL_ADDRESS:dwhitaker@brightlane.io]]', 'Finance'),
  ([[ID_NUMBER:40118]], '[[PERSON:Mei-Ling Choi]]', '[[US_SSN:534-71-2209]]', '[[DATE_TIME:2021-09-01]]', 102000.00, '[[EMAIL_ADDRESS:mchoi@brightlane.io]]', 'Engineering');""",
    """<Patient xmlns="http://hl7.org/fhir">
  <id value="pat-7f3a91"/>
  <identifier><system value="urn:oid:2.16.840.1.113883.2.1.4.1"/><value value="[[ID_NUMBER:4509127383]]"/></identifier>
  <name><family value="[[PERSON:Oyelowo]]"/><given value="[[PERSON:Babatunde]]"/></name>
  <telecom><system value="phone"/><value value="[[PHONE_NUMBER:07723 418 550]]"/></telecom>
  <gender value="male"/>
  <birthDate value="[[DATE_TIME:1983-02-11]]"/>
  <address><line value="[[ADDRESS:Flat 4, 61 Coldharbour Lane]]"/><city value="[[LOCATION:London]]"/><postalCode value="[[ZIP_CODE:SE5 9NS]]"/></address>
</Patient>""",
    """# clinic-sync.yaml
service:
  name: clinic-sync
  version: 2.14.0
  port: 8443
owner:
  name: [[PERSON:Tamsin Okoro-Blake]]
  email: [[EMAIL_ADDRESS:tamsin.okoroblake@medivista.co.uk]]
  oncall_phone: "[[PHONE_NUMBER:+44 7700 182 649]]"
alerts:
  mailbox: devops-alerts@medivista.co.uk
  pagerduty_key: 9f2c1e77b04d4a6c8e3d51a0c2b7f6e4
database:
  host: [[IP_ADDRESS:10.20.4.17]]
  user: sync_svc
  password: "S3cure!Clinic#24\"""",
    """APP_ENV=production
APP_URL=https://portal.brightsmile-dental.com
ADMIN_NAME="[[PERSON:Gustavo Pereira Lima]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:gustavo.lima@brightsmile-dental.com]]
SUPPORT_EMAIL=frontdesk@brightsmile-dental.com
TWILIO_FROM=+15124870021
SMS_TEST_RECIPIENT=[[PHONE_NUMBER:+15129043377]]
STRIPE_SECRET_KEY=sk_live_51Nw8cQ2eZvKYlo2C0a9xT4bF
DB_PASSWORD=Dent!stry2024""",
    """def test_patient_export():
    patient = {
        "mrn": "[[ID_NUMBER:MRN-2290417]]",
        "name": "[[PERSON:Svetlana Ivanova]]",
        "dob": date([[DATE_TIME:1966, 8, 25]]),
        "phone": "[[PHONE_NUMBER:+1-617-938-2250]]",
        "insurance": {"payer": "Tufts", "member_id": "[[ID_NUMBER:TH7718320945]]"},
    }
    out = export_ccd(patient)
    assert "[[PERSON:Ivanova]]" in out
    assert out.count("<patientRole>") == 1""",
    """Ticket #SR-448201
Subject: Can't log into pharmacy app
Requester: [[PERSON:Beverly Ann Soto]] <[[EMAIL_ADDRESS:bevsoto61@aol.com]]>
Phone: [[PHONE_NUMBER:305-671-2284]]
Priority: Normal | Channel: Web form | Created: 2024-04-02 10:14

Hi, I'm [[AGE:63]] and not great with phones. My username is [[USERNAME:bev.soto61]] and it keeps saying my date of birth doesn't match, but it's [[DATE_TIME:October 5, 1960]]. My Rx number is 4418820. Please help!

Agent note ([[PERSON:Carlos]]): verified DOB by phone, reset password, sent new link.""",
    """Return-Path: <[[EMAIL_ADDRESS:p.oyelaran-white@gmail.com]]>
Received: from mail-lf1-f44.google.com (mail-lf1-f44.google.com [[[IP_ADDRESS:209.85.167.44]]]) by mx.clinicmail.net with ESMTPS
From: [[PERSON:Patience Oyelaran-White]] <[[EMAIL_ADDRESS:p.oyelaran-white@gmail.com]]>
To: appointments@harleyvetclinic.co.uk
X-Originating-IP: [[[IP_ADDRESS:81.98.140.222]]]
Subject: Booking for Biscuit - [[DATE_TIME:Thursday 11th at 5.15]]?""",
    """POST /v1/payments HTTP/1.1
Host: api.petcarepay.com
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:73.158.42.190]]
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4ODIxIn0.kP2xQ7mV0aRtL9sW

{"amount": 28450, "currency": "usd", "card": {"number": "[[CREDIT_CARD:5587120093467187]]", "exp_month": 4, "exp_year": 2027, "cvc": "552"}, "billing": {"name": "[[PERSON:Connor Fitzpatrick]]", "postal_code": "[[ZIP_CODE:94608]]"}, "metadata": {"patient": "Mochi", "clinic_id": "CL-0912"}}""",
    """[{"kyc_id": "KYC-88120", "name": "[[PERSON:Meenakshi Iyer]]", "aadhaar": "[[ID_NUMBER:4117 8230 5966]]", "pan": "[[ID_NUMBER:AGHPI5528L]]", "mobile": "[[PHONE_NUMBER:9840012736]]", "dob": "[[DATE_TIME:02-08-1986]]", "address": "[[ADDRESS:Flat 3C, Lakshmi Apartments, 14 Kasturi Ranga Road]], [[LOCATION:Alwarpet]], [[LOCATION:Chennai]] [[ZIP_CODE:600018]]", "status": "verified"}]""",
    """Traceback (most recent call last):
  File "/srv/vetbook/app/booking.py", line 214, in confirm
    send_sms(owner.phone, msg)
  File "/srv/vetbook/app/sms.py", line 58, in send_sms
    raise InvalidNumber(f"bad number {number!r}")
sms.InvalidNumber: bad number '[[PHONE_NUMBER:+61 412 883 10]]'
[2024-04-09 16:02:11] booking.confirm failed owner="[[PERSON:Harper Nakamura-Lee]]" email=[[EMAIL_ADDRESS:harper.nl@icloud.com]] appt="[[DATE_TIME:2024-04-11 09:30]]" retry=0""",
    """commit 9c1e4b7a2f0d83e56b1a77c4d2e9f0a3b8c6d512
Author: [[PERSON:Oluwaseun Adeyemi-Clarke]] <[[EMAIL_ADDRESS:seun.ac@users.noreply.github.com]]>
Date:   Tue Apr 2 22:17:45 2024 +0100

    fix(intake): stop logging patient DOB and NHS number in plain text

    Reported-by: [[PERSON:Grace Tomlinson]] <[[EMAIL_ADDRESS:grace.tomlinson@nhs.net]]>""",
    """form_id=careers-apply&position=Dental+Hygienist+%28RDH%29&first_name=[[PERSON:Kaitlyn]]&last_name=[[PERSON:Brannigan]]&email=[[EMAIL_ADDRESS:kbrannigan%40gmail.com]]&phone=[[PHONE_NUMBER:%28614%29+338-2019]]&license_no=[[ID_NUMBER:DH.0041872]]&city=[[LOCATION:Columbus]]&state=[[LOCATION:OH]]&start_date=[[DATE_TIME:2024-06-03]]&ref=indeed""",
    r"""MSH|^~\&|EPIC|STMARYS|LABSYS|STMARYS|202403120815||ADT^A01|MSG00021|P|2.5
PID|1||[[ID_NUMBER:MRN448812]]^^^STM^MR||[[PERSON:KOWALSKI]]^[[PERSON:ANNA]]^[[PERSON:M]]||[[DATE_TIME:19720614]]|F|||[[ADDRESS:412 W MAPLE ST]]^^[[LOCATION:JOLIET]]^[[LOCATION:IL]]^[[ZIP_CODE:60435]]||[[PHONE_NUMBER:(815)722-4091]]|||M||[[ID_NUMBER:ACC-20240312-77]]|[[US_SSN:318-44-9021]]
PV1|1|I|4W^412^B||||[[ID_NUMBER:1283749509]]^[[PERSON:PATEL]]^[[PERSON:RAVI]]""",
    """{
  "user": {
    "id": 88213904,
    "handle": "[[USERNAME:dr_ama_owusu]]",
    "display_name": "[[PERSON:Dr. Ama Owusu]]",
    "bio": "Small-animal vet in [[LOCATION:Kumasi]]. Views my own.",
    "website": "[[URL:https://amaowusu.vet]]",
    "last_login": "[[DATE_TIME:2024-04-08T21:03:55+00:00]]",
    "last_ip": "[[IP_ADDRESS:2001:4860:7:30e::fa]]",
    "followers": 1204
  }
}""",
    """clinic=> SELECT owner_name, phone, pet_name, next_vaccine FROM owners JOIN pets USING (owner_id) WHERE postcode = '[[ZIP_CODE:BS6 5AU]]';
    owner_name     |     phone     | pet_name | next_vaccine
-------------------+---------------+----------+--------------
 [[PERSON:Rebecca Thornhill]] | [[PHONE_NUMBER:07811 402 339]] | Pickle   | 2024-05-02
 [[PERSON:Dev Anand Kapoor]]  | [[PHONE_NUMBER:0117 924 8810]] | Nala     | 2024-05-19
(2 rows)""",
    """[2024-04-01 12:00:03,118] DEBUG gateway.request merchant=M-2231 pan=[[CREDIT_CARD:4024007188231905]] exp=0926 cvv=*** amount=64.90 cardholder="[[PERSON:PRIYA N RAMASWAMY]]"
[2024-04-01 12:00:03,402] DEBUG gateway.response auth=OK code=00 rrn=409112883301 masked=402400******1905""",
    """### Bug: PDF export shows the full SIN
**Reporter:** @[[USERNAME:mlapointe]]
**Environment:** v3.2.1, Chrome 123

Steps:
1. Open the employee profile for *[[PERSON:Amélie Lapointe-Nguyen]]* (test account, but real-looking data)
2. Click Export > PDF

Expected: SIN masked as ***-***-639
Actual: the full SIN `[[ID_NUMBER:729 405 639]]` and the home address `[[ADDRESS:1184 Rue Notre-Dame O, app. 307]], [[LOCATION:Montréal]] [[ZIP_CODE:H3C 1K4]]` are printed.""",
    """CRM > Contacts > [[PERSON:Okwuosa, Chinedu]]
Owner: [[PERSON:Hannah Liebowitz]] | Stage: Qualified | Source: Webinar 2024-03
Phone (mobile): [[PHONE_NUMBER:+234 809 118 4472]]
Email: [[EMAIL_ADDRESS:chinedu.okwuosa@gmail.com]]
LinkedIn: [[URL:linkedin.com/in/chinedu-okwuosa-41b2a7]]
Notes: Call back [[DATE_TIME:Thu 18 Apr 15:00 WAT]] about the pharmacy chain rollout in [[LOCATION:Abuja]]. He's [[NRP:Catholic]], so no calls on Good Friday.""",
    """{"shipment": {"tracking": "1Z4F82W90398127744", "service": "UPS Ground", "ship_to": {"name": "[[PERSON:Lucía Fernández Ortega]]", "line1": "[[ADDRESS:7720 SW 88th St, Apt 1204]]", "city": "[[LOCATION:Miami]]", "state": "[[LOCATION:FL]]", "postal": "[[ZIP_CODE:33156]]", "phone": "[[PHONE_NUMBER:786-402-1187]]"}, "contents": "refrigerated insulin pens x3", "rx_ref": "RX-0038812"}}""",
    """{"dispense_id": "D-2024-118273", "patient": {"name": "[[PERSON:Ahmed Al-Mansouri]]", "dob": "[[DATE_TIME:1957-01-19]]", "nhs_number": "[[ID_NUMBER:7321184668]]"}, "item": "Apixaban 5mg tablets", "qty": 56, "prescriber": "[[PERSON:Dr R. Whitfield]]", "pharmacist": "[[PERSON:Olga Petrenko]]", "collected_by": "[[PERSON:Yousef Al-Mansouri]]", "collected_at": "[[DATE_TIME:2024-04-05T11:42:00]]"}""",
    """{"appointment": {"id": 55120, "start": "[[DATE_TIME:2024-05-14T16:20:00-04:00]]", "reason": "annual wellness + rabies booster", "pet": {"name": "Gus", "species": "canine", "dob": "2016-09-03", "microchip": "985112004478213"}, "client": {"name": "[[PERSON:Tyrell Washington]]", "mobile": "[[PHONE_NUMBER:(404) 771-3092]]", "email": "[[EMAIL_ADDRESS:tyrell.wash@gmail.com]]", "address": "[[ADDRESS:1185 Dekalb Ave NE]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30307]]"}}}""",
    """<appointment id="A-77120">
  <patient chart="[[ID_NUMBER:CH-40912]]">
    <name>[[PERSON:Tobias Lindqvist]]</name>
    <dob>[[DATE_TIME:2011-03-07]]</dob>
    <guardian>[[PERSON:Sanna Lindqvist]]</guardian>
    <guardianPhone>[[PHONE_NUMBER:+46 70 481 22 16]]</guardianPhone>
  </patient>
  <provider>[[PERSON:Dr. Malin Ek]]</provider>
  <slot>[[DATE_TIME:2024-06-10 08:00]]</slot>
  <procedure code="D1351">sealant, per tooth</procedure>
</appointment>""",
    """employee = Employee(
    name="[[PERSON:Harjit Singh Gill]]",
    sin="[[ID_NUMBER:137-284-659]]",
    dob=date.fromisoformat("[[DATE_TIME:1984-10-12]]"),
    address="[[ADDRESS:7421 128 St]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 4E6]]",
    bank=BankAccount(institution="003", transit="04512", account="[[ID_NUMBER:5109928]]"),
    emergency=("[[PERSON:Manpreet Gill]]", "[[PHONE_NUMBER:604-599-3318]]"),
)""",
    """2024-04-10 09:12:44 | OUT | to=[[PHONE_NUMBER:2348034412976]] | sender=MedPlusRx | "Dear [[PERSON:Funmilayo]], your refill of Amlodipine 10mg is ready at MedPlus [[LOCATION:Ikeja]]. Ref 88213."
2024-04-10 09:12:45 | DLR | to=[[PHONE_NUMBER:2348034412976]] | status=DELIVRD
2024-04-10 09:14:02 | IN  | from=[[PHONE_NUMBER:2348034412976]] | "Thanks, my husband [[PERSON:Gbenga]] will pick up. His number is [[PHONE_NUMBER:0813 552 7710]]" | len=71""",
    """dn: uid=[[USERNAME:jmbeki]],ou=staff,dc=stgeorges,dc=org
objectClass: inetOrgPerson
uid: [[USERNAME:jmbeki]]
cn: [[PERSON:Jabulani Mbeki]]
sn: [[PERSON:Mbeki]]
givenName: [[PERSON:Jabulani]]
title: Theatre Nurse
mail: [[EMAIL_ADDRESS:jabulani.mbeki@stgeorges.org]]
telephoneNumber: +27 21 404 1000
mobile: [[PHONE_NUMBER:+27 82 339 4107]]
employeeNumber: [[ID_NUMBER:SG-118204]]
postalAddress: [[ADDRESS:14 Kloof Nek Road]]$[[LOCATION:Tamboerskloof]]$[[LOCATION:Cape Town]] [[ZIP_CODE:8001]]""",
    """[HR-2291] Update direct deposit for new hire
Reporter: [[PERSON:Colm Brady]]   Assignee: [[PERSON:Aisling Nic Dhonncha]]
Created: 02/Apr/24 9:41 AM   Priority: Medium

New hire [[PERSON:Oisín Gallagher]] (employee no. [[ID_NUMBER:IE-30928]], PPSN [[ID_NUMBER:2180457A]]) starts on [[DATE_TIME:15/04/2024]]. Please set up his salary to [[IBAN_CODE:IE69 AIBK 9320 8847 1205 63]]. Home address for payslips: [[ADDRESS:22 Seafield Park]], [[LOCATION:Salthill]], [[LOCATION:Galway]] [[ZIP_CODE:H91 E2K7]].""",
    """{"event":"id_verification.completed","ts":1712745600,"subject":{"full_name":"[[PERSON:Jasmine T. Holloway]]","dl_number":"[[US_DRIVER_LICENSE:H412-7730-8815]]","dl_state":"[[LOCATION:IL]]","dob":"[[DATE_TIME:08/30/1997]]","address":"[[ADDRESS:5520 S Hyde Park Blvd, Apt 9]]","city":"[[LOCATION:Chicago]]","zip":"[[ZIP_CODE:60637]]"},"device":{"ip":"[[IP_ADDRESS:98.227.14.163]]","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"},"result":"pass"}""",
    """<booking pnr="QX7T4M">
  <traveler>
    <name>[[PERSON:WEBER/KATHARINA]] [[TITLE:MS]]</name>
    <passport country="USA">[[US_PASSPORT:567214093]]</passport>
    <dob>[[DATE_TIME:14MAR1990]]</dob>
    <ktn>[[ID_NUMBER:TT48K29X]]</ktn>
    <email>[[EMAIL_ADDRESS:kweber.travel@gmail.com]]</email>
  </traveler>
  <segment>JFK-FRA LH401 [[DATE_TIME:22APR 17:55]]</segment>
</booking>""",
    """{"dossier": "RAMQ-2024-55812", "patient": {"nom": "[[PERSON:Lavoie]]", "prenom": "[[PERSON:Geneviève]]", "nam": "[[ID_NUMBER:LAVG 8862 0315]]", "date_naissance": "[[DATE_TIME:1988-12-03]]", "adresse": "[[ADDRESS:2250, rue Beaubien Est, app. 4]]", "ville": "[[LOCATION:Montréal]]", "code_postal": "[[ZIP_CODE:H2G 1N1]]", "telephone": "[[PHONE_NUMBER:514-722-0947]]"}, "clinique": "GMF Rosemont", "rdv": "[[DATE_TIME:2024-05-16T13:45]]"}""",
    """INSERT INTO patients (id, nom, prenom, nir, date_naissance, tel, email, ville) VALUES
(10482, '[[PERSON:Benali]]', '[[PERSON:Rachid]]', '[[ID_NUMBER:192039935002147]]', '[[DATE_TIME:1992-03-18]]', '[[PHONE_NUMBER:+33 6 18 42 90 37]]', '[[EMAIL_ADDRESS:rachid.benali92@gmail.com]]', '[[LOCATION:Roubaix]]'),
(10483, '[[PERSON:Haddou]]', '[[PERSON:Lina]]', '[[ID_NUMBER:294125935004631]]', '[[DATE_TIME:1994-12-07]]', '[[PHONE_NUMBER:07 81 22 64 19]]', '[[EMAIL_ADDRESS:lina.haddou@hotmail.fr]]', '[[LOCATION:Lille]]');""",
    """<patient>
  <nom>[[PERSON:Vandenberghe]]</nom><prenom>[[PERSON:Elise]]</prenom>
  <niss>[[ID_NUMBER:02111428426]]</niss>
  <naissance>[[DATE_TIME:2002-11-14]]</naissance>
  <adresse>[[ADDRESS:Rue Haute 208]]</adresse><cp>[[ZIP_CODE:1000]]</cp><ville>[[LOCATION:Bruxelles]]</ville>
  <gsm>[[PHONE_NUMBER:0471 58 20 93]]</gsm>
  <mutuelle>Solidaris</mutuelle><compte>[[IBAN_CODE:BE44 0682 4711 9045]]</compte>
</patient>""",
]

TABLE = [
    """rx_no,patient_name,dob,drug,qty,ready_date,phone
6610283,[[PERSON:Latoya Simmons]],[[DATE_TIME:1975-06-02]],lisinopril 10mg,90,2024-04-12,[[PHONE_NUMBER:901-377-4410]]
6610291,[[PERSON:Gerald Fenn]],[[DATE_TIME:1948-11-23]],atorvastatin 40mg,30,2024-04-12,[[PHONE_NUMBER:901-682-0953]]
6610307,[[PERSON:Rosa Iglesias]],[[DATE_TIME:1990-02-14]],sertraline 50mg,30,2024-04-13,[[PHONE_NUMBER:(901) 458-2276]]""",
    """| Time | Client | Pet | Reason | Client mobile |
|---|---|---|---|---|
| 08:30 | [[PERSON:Helga Sørensen]] | Tilly (cat, 12y) | dental, grade 2 | [[PHONE_NUMBER:07700 184 552]] |
| 09:10 | [[PERSON:Marcus Adeyemi]] | Rolo (dachshund) | IVDD recheck | [[PHONE_NUMBER:07412 903 118]] |
| 09:40 | [[PERSON:Jen Wright]] | Pip & Squeak (rabbits) | vaccinations | [[PHONE_NUMBER:01603 778 204]] |
| 10:20 | [[PERSON:Dr. Aled Rhys]] (staff) | Mabli (collie) | lameness LF | ext 212 |""",
    """patient_id\tsurname\tforename\tlast_visit\trecall_due\temail
[[ID_NUMBER:P00412]]\t[[PERSON:Mahlangu]]\t[[PERSON:Thandeka]]\t[[DATE_TIME:2023-10-04]]\t[[DATE_TIME:2024-04-04]]\t[[EMAIL_ADDRESS:thandeka.m@webmail.co.za]]
[[ID_NUMBER:P00419]]\t[[PERSON:van Wyk]]\t[[PERSON:Johan]]\t[[DATE_TIME:2023-09-28]]\t[[DATE_TIME:2024-03-28]]\t[[EMAIL_ADDRESS:jvanwyk@mweb.co.za]]
[[ID_NUMBER:P00433]]\t[[PERSON:Pillay]]\t[[PERSON:Kavitha]]\t[[DATE_TIME:2023-11-15]]\t[[DATE_TIME:2024-05-15]]\t[[EMAIL_ADDRESS:kavitha.pillay@gmail.com]]""",
    """EMP#   NAME                    DEPT        HIRED       EXT   MOBILE
[[ID_NUMBER:10234]]  [[PERSON:Okafor, Chukwuma]]        Pharmacy    [[DATE_TIME:2019-03-11]]  4410  [[PHONE_NUMBER:07955 118 204]]
[[ID_NUMBER:10241]]  [[PERSON:Byrne, Siobhán]]          Radiology   [[DATE_TIME:2021-07-05]]  4432  [[PHONE_NUMBER:07861 204 339]]
[[ID_NUMBER:10257]]  [[PERSON:Ramasamy, Karthik]]       Theatres    [[DATE_TIME:2022-11-21]]  4478  [[PHONE_NUMBER:07534 661 092]]
[[ID_NUMBER:10260]]  [[PERSON:Ndlovu, Precious]]        Pharmacy    [[DATE_TIME:2023-01-09]]  4412  [[PHONE_NUMBER:07440 327 815]]""",
    """{"rma": "RMA-55102", "customer": "[[PERSON:Ethan Kowalski]]", "email": "[[EMAIL_ADDRESS:ekowalski88@gmail.com]]", "sku": "HD-2291-BLK", "reason": "wrong size", "refund_to": "card ending 3391"}
{"rma": "RMA-55103", "customer": "[[PERSON:Adwoa Boateng]]", "email": "[[EMAIL_ADDRESS:adwoa.boateng@outlook.com]]", "sku": "KT-0042-RED", "reason": "damaged", "refund_to": "store credit"}
{"rma": "RMA-55107", "customer": "[[PERSON:Liang Qiu]]", "email": "[[EMAIL_ADDRESS:qiu.liang@163.com]]", "sku": "HD-2291-GRY", "reason": "changed mind", "refund_to": "[[IBAN_CODE:NL93 INGB 0006 8417 93]]"}""",
    """oncall:
  - name: [[PERSON:Priscilla Mwangi]]
    role: pharmacist
    phone: "[[PHONE_NUMBER:+254 733 812 044]]"
    shift: Mon-Wed 20:00-08:00
  - name: [[PERSON:Dr. Hassan Abdi]]
    role: physician
    phone: "[[PHONE_NUMBER:+254 720 331 908]]"
    shift: Thu-Sun 20:00-08:00
  - name: [[PERSON:Faith Chebet]]
    role: nurse
    phone: "[[PHONE_NUMBER:0712 664 290]]"
    shift: backup
escalation: switchboard +254 20 272 6300""",
    """Name: [[PERSON:Lucas Ferreira]]
DOB: [[DATE_TIME:05/09/2001]]
Insurance ID: [[ID_NUMBER:BCX902817364]]
Allergies: penicillin
Emergency contact: [[PERSON:Renata Ferreira]] [[PHONE_NUMBER:(508) 994-2017]]

Name: [[PERSON:Grace Oyelaran]]
DOB: [[DATE_TIME:12/30/1956]]
Insurance ID: Medicare [[ID_NUMBER:4RT7-QX2-WK19]]
Allergies: none known
Emergency contact: [[PERSON:Tobi Oyelaran]] [[PHONE_NUMBER:508.771.3306]]

Name: [[PERSON:Hung Pham]]
DOB: [[DATE_TIME:07/14/1983]]
Insurance ID: UHC [[ID_NUMBER:9184 0073 2]]
Allergies: latex
Emergency contact: none given""",
    """payee_name,iban,bic,reference,amount_eur
[[PERSON:Aoife Gallagher]],[[IBAN_CODE:IE49 IPBS 9907 1843 3029 17]],IPBSIE2D,RENT-MAY,1450.00
[[PERSON:Jonas Weber]],[[IBAN_CODE:DE29 1001 0010 0987 6543 21]],PBNKDEFFXXX,INV 2024-0417,320.00
[[PERSON:Noa Peeters]],[[IBAN_CODE:BE54 7350 2844 1697]],KREDBEBB,childminding April,610.00
[[PERSON:Sebastián Ruiz Torres]],[[IBAN_CODE:ES27 0049 1806 9726 1045 8273]],BSCHESMMXXX,refund,89.90""",
    """| Student | Age | Year | Guardian | Guardian phone | Allergies |
|---------|-----|------|----------|----------------|-----------|
| [[PERSON:Ruby Hohaia]] | [[AGE:7]] | 3 | [[PERSON:Mere Hohaia]] | [[PHONE_NUMBER:027 391 0084]] | none |
| [[PERSON:Arjun Mistry]] | [[AGE:8]] | 3 | [[PERSON:Kiran Mistry]] | [[PHONE_NUMBER:021 774 5120]] | peanuts |
| [[PERSON:Isla McKenzie]] | [[AGE:7]] | 3 | [[PERSON:Ross McKenzie]] | [[PHONE_NUMBER:022 406 8813]] | none |""",
    """user,display_name,src_ip,mfa,failed_attempts,last_login
[[USERNAME:a.okeke]],[[PERSON:Adaora Okeke]],[[IP_ADDRESS:105.112.44.9]],sms,0,[[DATE_TIME:2024-04-09 07:58]]
[[USERNAME:rkhanna]],[[PERSON:Rahul Khanna]],[[IP_ADDRESS:49.36.120.211]],totp,2,[[DATE_TIME:2024-04-08 22:14]]
svc_backup,,[[IP_ADDRESS:10.1.0.25]],none,0,2024-04-09 02:00
[[USERNAME:mfernandes]],[[PERSON:Mariana Fernandes]],[[IP_ADDRESS:2804:14d:5c81:8f3a::12]],totp,0,[[DATE_TIME:2024-04-09 11:31]]""",
    """member_no\tname\tplan\tjoined\tdob\tmobile
[[ID_NUMBER:GM-50118]]\t[[PERSON:Tiago Mendes]]\tOff-peak\t[[DATE_TIME:2023-01-15]]\t[[DATE_TIME:1995-07-22]]\t[[PHONE_NUMBER:0431 228 907]]
[[ID_NUMBER:GM-50124]]\t[[PERSON:Rangi Parata]]\tAnytime\t[[DATE_TIME:2023-02-03]]\t[[DATE_TIME:1988-12-01]]\t[[PHONE_NUMBER:0409 771 350]]
[[ID_NUMBER:GM-50139]]\t[[PERSON:Siew Ling Ong]]\tStudent\t[[DATE_TIME:2023-03-20]]\t[[DATE_TIME:2003-05-09]]\t[[PHONE_NUMBER:0452 006 813]]""",
    """BED  PATIENT              AGE  CONSULTANT       ADMITTED
4A   [[PERSON:Mrs J. Pemberton]]     [[AGE:84]]   [[PERSON:Dr Okonkwo]]       [[DATE_TIME:02/04 14:20]]
4B   [[PERSON:Mr A. Hussain]]        [[AGE:71]]   [[PERSON:Dr Lindgren]]      [[DATE_TIME:03/04 09:05]]
4C   [[PERSON:Ms P. Adjei-Mensah]]   [[AGE:45]]   [[PERSON:Dr Okonkwo]]       [[DATE_TIME:04/04 23:50]]
4D   -- closed for cleaning --""",
    """{"client_id": "[[ID_NUMBER:C-20417]]", "owner": "[[PERSON:Niamh Cullen]]", "email": "[[EMAIL_ADDRESS:niamhcullen@eircom.net]]", "eircode": "[[ZIP_CODE:A94 X2F6]]", "pet": "Bran", "species": "dog", "pet_dob": "2019-02-11"}
{"client_id": "[[ID_NUMBER:C-20431]]", "owner": "[[PERSON:Tadhg Ó Súilleabháin]]", "email": "[[EMAIL_ADDRESS:tadhg.os@gmail.com]]", "eircode": "[[ZIP_CODE:P43 KD82]]", "pet": "Mittens", "species": "cat", "pet_dob": "2021-06-30"}
{"client_id": "[[ID_NUMBER:C-20440]]", "owner": "[[PERSON:Dr. Yetunde Bello]]", "email": "[[EMAIL_ADDRESS:ybello@tcd.ie]]", "eircode": "[[ZIP_CODE:D06 F5R8]]", "pet": "Kiwi", "species": "parrot", "pet_dob": null}""",
    """| Member ID | Name | DOB | Plan | Copay | PCP |
|:--|:--|:--|:--|--:|:--|
| [[ID_NUMBER:ZGH448102913]] | [[PERSON:Darius Kendrick]] | [[DATE_TIME:1969-04-18]] | PPO Gold | $25 | [[PERSON:Dr. Lena Vogt]] |
| [[ID_NUMBER:ZGH448102947]] | [[PERSON:Marisa Kendrick]] | [[DATE_TIME:1971-09-02]] | PPO Gold | $25 | [[PERSON:Dr. Lena Vogt]] |
| [[ID_NUMBER:ZGH448102955]] | [[PERSON:Jaylen Kendrick]] | [[DATE_TIME:2008-12-11]] | PPO Gold (dep.) | $15 | [[PERSON:Dr. Omar Faruqi]] |""",
    """order_id,recipient,street,unit,city,state,zip,weight_lb
ORD-884120,[[PERSON:Shanice Harper]],[[ADDRESS:2918 Fulton Ave]],[[ADDRESS:Apt 3]],[[LOCATION:Sacramento]],[[LOCATION:CA]],[[ZIP_CODE:95821]],2.4
ORD-884127,[[PERSON:Bao Tran]],[[ADDRESS:11410 Bellaire Blvd]],,[[LOCATION:Houston]],[[LOCATION:TX]],[[ZIP_CODE:77072]],0.8
ORD-884133,[[PERSON:Eitan Levi]],[[ADDRESS:301 E 69th St]],[[ADDRESS:Apt 12C]],[[LOCATION:New York]],[[LOCATION:NY]],[[ZIP_CODE:10021]],5.1""",
    """volunteers:
  - name: [[PERSON:Abebe Girma]]
    nationality: [[NRP:Ethiopian]]
    languages: [Amharic, English]
    phone: [[PHONE_NUMBER:0412 770 831]]
    availability: weekends
  - name: [[PERSON:Soraya Hakimi]]
    nationality: [[NRP:Afghan]]
    languages: [Dari, Pashto, English]
    phone: [[PHONE_NUMBER:0423 118 964]]
    availability: Tue/Thu evenings
  - name: [[PERSON:Tom Hennessy]]
    nationality: [[NRP:Australian]]
    languages: [English]
    phone: [[PHONE_NUMBER:(08) 9328 4471]]
    availability: any""",
    """Employee: [[PERSON:Nomsa Zulu]] (staff no. [[ID_NUMBER:40981]])
Contact: [[PERSON:Bongani Zulu]]
Relationship: husband
Phone: [[PHONE_NUMBER:083 402 1177]]

Employee: [[PERSON:Riaan Botha]] (staff no. [[ID_NUMBER:41022]])
Contact: [[PERSON:Elna Botha]]
Relationship: mother
Phone: [[PHONE_NUMBER:021 887 3390]]

Employee: [[PERSON:Ayesha Cassim]] (staff no. [[ID_NUMBER:41107]])
Contact: [[PERSON:Yusuf Cassim]]
Relationship: brother
Phone: [[PHONE_NUMBER:+27 71 338 0964]]""",
    """donor,email,amount_gbp,method,card_last4,gift_aid
[[PERSON:Hilary Brennan-Ashe]],[[EMAIL_ADDRESS:hilary.ba@gmail.com]],50.00,card,4471,Y
[[PERSON:Mohammed Iqbal]],[[EMAIL_ADDRESS:m.iqbal@btinternet.com]],15.00,direct debit,,Y
Anonymous,,5.00,cash,,N
[[TITLE:Rev.]] [[PERSON:Paul Akinola]],[[EMAIL_ADDRESS:revpaulakinola@yahoo.co.uk]],100.00,card,0928,Y""",
    """| Subject | Initials | Age | Sex | Site | Randomised |
|---|---|---|---|---|---|
| [[ID_NUMBER:101-004]] | [[PERSON:J.K.]] | [[AGE:58]] | M | [[LOCATION:Leeds]] | [[DATE_TIME:2024-01-17]] |
| [[ID_NUMBER:101-009]] | [[PERSON:A.M.O.]] | [[AGE:63]] | F | [[LOCATION:Leeds]] | [[DATE_TIME:2024-01-29]] |
| [[ID_NUMBER:102-002]] | [[PERSON:S.P.]] | [[AGE:49]] | F | [[LOCATION:Bradford]] | [[DATE_TIME:2024-02-05]] |""",
    """address\ttenant\tlease_start\trent_aud\tphone\tpets
[[ADDRESS:1/22 Lygon Street]]\t[[PERSON:Chen Jiawei]]\t[[DATE_TIME:2023-08-01]]\t2,340/mo\t[[PHONE_NUMBER:0468 201 775]]\tno
[[ADDRESS:2/22 Lygon Street]]\t[[PERSON:Olivia Marchetti]]\t[[DATE_TIME:2022-02-14]]\t2,180/mo\t[[PHONE_NUMBER:0402 559 318]]\tcat
[[ADDRESS:3/22 Lygon Street]]\t[[PERSON:Hamid Rezaei]]\t[[DATE_TIME:2024-01-10]]\t2,410/mo\t[[PHONE_NUMBER:0435 660 127]]\tno""",
    """ID     LAST          FIRST      SSN          STATE  GROSS
[[ID_NUMBER:A1021]]  [[PERSON:Delacroix]]     [[PERSON:Renée]]      [[US_SSN:412-68-3390]]  [[LOCATION:LA]]     3,812.50
[[ID_NUMBER:A1022]]  [[PERSON:Thibodeaux]]    [[PERSON:Marcel]]     [[US_SSN:433-17-8052]]  [[LOCATION:LA]]     4,105.00
[[ID_NUMBER:A1030]]  [[PERSON:Nguyen]]        [[PERSON:Thanh]]      [[US_SSN:638-20-4417]]  [[LOCATION:TX]]     2,960.75""",
    """uhid,patient,age,gender,aadhaar_last4,city,mobile
[[ID_NUMBER:UH2404118]],[[PERSON:Lakshmi Narayanan]],[[AGE:67]],F,5630,[[LOCATION:Coimbatore]],[[PHONE_NUMBER:+91 94432 18870]]
[[ID_NUMBER:UH2404131]],[[PERSON:Md. Rafiqul Islam]],[[AGE:41]],M,3427,[[LOCATION:Kolkata]],[[PHONE_NUMBER:98300 61452]]
[[ID_NUMBER:UH2404140]],[[PERSON:Gurleen Bedi]],[[AGE:29]],F,5966,[[LOCATION:Ludhiana]],[[PHONE_NUMBER:81460 27735]]""",
    """{"name": "[[PERSON:Sione Havili]]", "org": "Tonga Health", "email": "[[EMAIL_ADDRESS:s.havili@health.gov.to]]", "country": "[[LOCATION:Tonga]]", "diet": "none"}
{"name": "[[PERSON:Dr. Meera Pillai]]", "org": "AIIMS", "email": "[[EMAIL_ADDRESS:meera.pillai@aiims.edu]]", "country": "[[LOCATION:India]]", "diet": "vegetarian"}
{"name": "[[PERSON:Kalani Akana]]", "org": "Kaiser Permanente", "email": "[[EMAIL_ADDRESS:kalani.akana@kp.org]]", "country": "[[LOCATION:USA]]", "diet": "gluten-free"}""",
    """| Entry | Drug | Qty | Patient | Address | Collected by | ID seen |
|---|---|---|---|---|---|---|
| 0412 | Morphine sulfate 10mg/5ml | 100 ml | [[PERSON:Edna Pritchard]] | [[ADDRESS:4 Station Road]], [[LOCATION:Chepstow]] | [[PERSON:Gail Pritchard]] (daughter) | passport |
| 0413 | Diazepam 5mg | 28 | [[PERSON:Kieran Doyle]] | [[ADDRESS:Flat 2, 17 Bridge St]], [[LOCATION:Newport]] | patient | driving licence [[ID_NUMBER:DOYLE802147K99LM]] |
| 0414 | Methylphenidate 18mg | 30 | [[PERSON:Ellis Tran]] | [[ADDRESS:9 Larch Close]], [[LOCATION:Cwmbran]] | [[PERSON:Huong Tran]] (mother) | bank card |""",
    """emp,name,sin,province,start,bank_transit,account
[[ID_NUMBER:E-3301]],[[PERSON:Amélie Tremblay]],[[ID_NUMBER:273 819 425]],[[LOCATION:QC]],[[DATE_TIME:2022-05-02]],81520,[[ID_NUMBER:4410928]]
[[ID_NUMBER:E-3308]],[[PERSON:Kwame Boakye]],[[ID_NUMBER:510 933 724]],[[LOCATION:ON]],[[DATE_TIME:2023-09-18]],00342,[[ID_NUMBER:7728013]]
[[ID_NUMBER:E-3312]],[[PERSON:Siobhan Delaney]],[[ID_NUMBER:130 298 714]],[[LOCATION:NS]],[[DATE_TIME:2024-01-08]],40050,[[ID_NUMBER:1190447]]""",
    """orders:
  - case: LAB-7781
    dentist: [[PERSON:Dr. Francesca Bianchi]]
    patient: [[PERSON:Omari Williams]]
    tooth: 21
    shade: A2
    due: 2024-04-19
  - case: LAB-7784
    dentist: [[PERSON:Dr. Sunil Mehra]]
    patient: [[PERSON:K. Osei]]
    tooth: 36
    shade: A3
    due: 2024-04-22""",
    """Guest: [[PERSON:Ingrid Halvorsen]]
Nationality: [[NRP:Norwegian]]
Passport: [[ID_NUMBER:FH7730218]]
Arrival: [[DATE_TIME:12 Apr 2024]]   Departure: [[DATE_TIME:15 Apr 2024]]
Room: 314
Vehicle reg: [[ID_NUMBER:EL 48210]]

Guest: [[PERSON:Kenji Watanabe]]
Nationality: [[NRP:Japanese]]
Passport: [[ID_NUMBER:TR4418207]]
Arrival: [[DATE_TIME:12 Apr 2024]]   Departure: [[DATE_TIME:13 Apr 2024]]
Room: 208
Vehicle reg: none""",
    """| Learner | ID number | Grade | Home language | Parent cell |
|---|---|---|---|---|
| [[PERSON:Lerato Mokoena]] | [[ID_NUMBER:0803140123081]] | 10 | Sesotho | [[PHONE_NUMBER:076 338 2104]] |
| [[PERSON:Sibusiso Ndaba]] | [[ID_NUMBER:0709225311089]] | 11 | isiZulu | [[PHONE_NUMBER:082 559 0417]] |
| [[PERSON:Anika Smit]] | [[ID_NUMBER:0811070456082]] | 10 | Afrikaans | [[PHONE_NUMBER:+27 83 771 2096]] |""",
    """patient,medicare_no,irn,dob,suburb,postcode
[[PERSON:Jack O'Loughlin]],[[ID_NUMBER:4172 09852 1]],2,[[DATE_TIME:14/02/2016]],[[LOCATION:Fitzroy]],[[ZIP_CODE:3065]]
[[PERSON:Mia O'Loughlin]],[[ID_NUMBER:4172 09852 1]],3,[[DATE_TIME:30/11/2018]],[[LOCATION:Fitzroy]],[[ZIP_CODE:3065]]
[[PERSON:Ravi Subramaniam]],[[ID_NUMBER:5508 31266 1]],1,[[DATE_TIME:03/07/1979]],[[LOCATION:Parramatta]],[[ZIP_CODE:2150]]""",
    """acct_no\tcustomer\tbvn\tphone\tbranch\tkyc_tier
[[ID_NUMBER:0034891267]]\t[[PERSON:Adebayo Ogunleye]]\t[[ID_NUMBER:22310948761]]\t[[PHONE_NUMBER:0803 219 4480]]\t[[LOCATION:Ibadan]]\t3
[[ID_NUMBER:0034891302]]\t[[PERSON:Zainab Bello-Ahmed]]\t[[ID_NUMBER:22498107335]]\t[[PHONE_NUMBER:+234 706 118 2094]]\t[[LOCATION:Kano]]\t2
[[ID_NUMBER:0034891344]]\t[[PERSON:Chukwudi Nnamdi]]\t[[ID_NUMBER:22187739014]]\t[[PHONE_NUMBER:08129930571]]\t[[LOCATION:Enugu]]\t1""",
    """SEQ NAME                      NAT  PASSPORT     DOB
001 [[PERSON:MWANGI/GRACE WANJIRU]] [[TITLE:MS]]   [[NRP:KEN]]  [[ID_NUMBER:AK0482217]]    [[DATE_TIME:12MAY88]]
002 [[PERSON:OKONKWO/CHIDI]] [[TITLE:MR]]          [[NRP:NGA]]  [[ID_NUMBER:A09918274]]    [[DATE_TIME:03JAN79]]
003 [[PERSON:SMITH/EMILY ROSE]] [[TITLE:MISS]]     [[NRP:GBR]]  [[ID_NUMBER:548213097]]    [[DATE_TIME:27NOV01]]""",
    """{"agreement": "RA-40018", "driver": "[[PERSON:Cody Brennan]]", "dl": "[[US_DRIVER_LICENSE:B612-4471-8830-05]]", "dl_state": "[[LOCATION:WI]]", "dob": "[[DATE_TIME:1993-03-05]]", "additional_driver": false}
{"agreement": "RA-40021", "driver": "[[PERSON:Marisol Quintero]]", "dl": "[[US_DRIVER_LICENSE:F2840019]]", "dl_state": "[[LOCATION:CA]]", "dob": "[[DATE_TIME:1986-10-27]]", "additional_driver": false}
{"agreement": "RA-40021", "driver": "[[PERSON:Ruben Quintero]]", "dl": "[[US_DRIVER_LICENSE:Q7719204]]", "dl_state": "[[LOCATION:CA]]", "dob": "[[DATE_TIME:1984-01-12]]", "additional_driver": true}
{"agreement": "RA-40030", "driver": "[[PERSON:Anjali Desai]]", "dl": "[[US_DRIVER_LICENSE:108 442 917]]", "dl_state": "[[LOCATION:NY]]", "dob": "[[DATE_TIME:1999-06-21]]", "additional_driver": false}""",
    """nom;prénom;date_naissance;n_secu;téléphone;prochain_rdv
[[PERSON:Moreau]];[[PERSON:Julien]];[[DATE_TIME:03/06/1975]];[[ID_NUMBER:1 75 06 93 061 188 87]];[[PHONE_NUMBER:06 12 48 73 90]];[[DATE_TIME:14/05/2024 09:30]]
[[PERSON:Bouzid]];[[PERSON:Nour]];[[DATE_TIME:17/04/2001]];[[ID_NUMBER:2 01 04 69 383 112 30]];[[PHONE_NUMBER:07 66 21 05 48]];[[DATE_TIME:14/05/2024 10:15]]
[[PERSON:Santini]];[[PERSON:Paul-André]];[[DATE_TIME:22/11/1963]];[[ID_NUMBER:1 63 11 13 055 214 62]];[[PHONE_NUMBER:04 91 52 33 18]];[[DATE_TIME:16/05/2024 17:00]]""",
    """| Heure | Client | Animal | Motif | Téléphone |
|---|---|---|---|---|
| 9 h 00 | [[PERSON:Marc-André Pelletier]] | Caramel (chat) | vaccins | [[PHONE_NUMBER:819 562-4410]] |
| 9 h 30 | [[PERSON:Josée Gauthier]] | Bijou (chien) | boiterie | [[PHONE_NUMBER:(819) 770-3318]] |
| 10 h 15 | [[PERSON:Amadou Diallo]] | Simba (chat) | stérilisation | [[PHONE_NUMBER:873 200-1947]] |""",
    """Adhérente : [[PERSON:Salma Tazi]]
CIN : [[ID_NUMBER:BE794210]]
Immatriculation CNSS : [[ID_NUMBER:142 889 310]]
Ville : [[LOCATION:Marrakech]]
GSM : [[PHONE_NUMBER:+212 6 70 44 19 82]]

Adhérent : [[PERSON:Redouane Khelifi]]
N° carte Chifa : [[ID_NUMBER:79 0511 2286 43]]
Ville : [[LOCATION:Constantine]]
Mobile : [[PHONE_NUMBER:0661 29 84 17]]

Adhérente : [[PERSON:Imane Ouazzani]]
CIN : [[ID_NUMBER:JA138852]]
Ville : [[LOCATION:Tanger]]
GSM : [[PHONE_NUMBER:06 55 71 20 34]]""",
]

CHAT = [
    """[14:02] Bot: Hi! I'm the CareRx assistant. What's your name?
[14:02] Customer: [[PERSON:Dolores Whitcomb]]
[14:03] Bot: Thanks, [[PERSON:Dolores]]. Please give your date of birth and the phone number on your account.
[14:03] Customer: [[DATE_TIME:4/17/1949]] and [[PHONE_NUMBER:520-881-3047]]
[14:04] Agent ([[PERSON:Marcus T.]]): Hi [[PERSON:Mrs. Whitcomb]], I can see your metoprolol refill. Shall we mail it to [[ADDRESS:6120 E Pima St, Unit 14]], [[LOCATION:Tucson]]?
[14:05] Customer: yes please. and my husband [[PERSON:Earl]]'s too, his birthday is [[DATE_TIME:9/2/1946]]
[14:05] Agent ([[PERSON:Marcus T.]]): Done. Both ship tomorrow and the tracking will go to [[EMAIL_ADDRESS:dwhitcomb49@cox.net]].""",
    """[09/04/2024, 18:12] Mum: Has anyone booked Nana's cataract op yet?
[09/04/2024, 18:15] [[PERSON:Priya]]: Yes!! [[DATE_TIME:Tuesday 23rd April at 8am]] at the eye hospital, she has to be nil by mouth from midnight
[09/04/2024, 18:16] [[PERSON:Sanjay]] Bhai: I'll drive her. What's her hospital number again?
[09/04/2024, 18:17] [[PERSON:Priya]]: [[ID_NUMBER:M0448921]] and her NHS no is [[ID_NUMBER:401 863 0255]]
[09/04/2024, 18:19] Mum: Also the vet rang, Bruno's jabs are moved to Saturday
[09/04/2024, 18:20] [[PERSON:Sanjay]] Bhai: 👍 send me the vet's number
[09/04/2024, 18:21] Mum: It's the practice on 0116 270 8844, ask for [[PERSON:Hannah]]""",
    """#frontdesk-it
[[USERNAME:keisha.r]] 10:41 AM: the check-in kiosk is printing the previous patient's label again 😩 it just printed [[PERSON:Bernard Lamothe]] DOB [[DATE_TIME:03/22/1951]] for someone else
[[USERNAME:dev.ops.tony]] 10:43 AM: ugh. which kiosk? IP?
[[USERNAME:keisha.r]] 10:43 AM: lobby 2, [[IP_ADDRESS:10.14.2.51]]
[[USERNAME:dev.ops.tony]] 10:44 AM: rebooting it now. @[[USERNAME:keisha.r]] can you shred the label and log it in the privacy tracker? cc @[[USERNAME:m.oconnell]]
[[USERNAME:m.oconnell]] 10:52 AM: logged as PRIV-0231. [[PERSON:Keisha]], please also call [[PERSON:Mr. Lamothe]] on [[PHONE_NUMBER:(207) 784-2239]] to let him know""",
    """SmileCo Dental: Hi [[PERSON:Jordan]], reminder of your hygiene appt on [[DATE_TIME:Fri 17 May 11:20am]] with [[PERSON:Ellie]]. Reply Y to confirm.
Me: Y. Could my daughter [[PERSON:Ava]] get a check-up straight after? She's [[AGE:9]]
SmileCo Dental: We can see [[PERSON:Ava]] at 11:50 with [[PERSON:Dr Shah]]. Can you confirm her DOB?
Me: [[DATE_TIME:2 Aug 2014]]. Our address changed too, it's [[ADDRESS:48 Tern Way]], [[LOCATION:Exmouth]] [[ZIP_CODE:EX8 4LF]] now
SmileCo Dental: Thanks, all updated. See you both on Friday 😊""",
    """Agent [[PERSON:Nadia]] (Standard Trust): Good afternoon, how can I help?
Customer: hi my card got swallowed by the ATM in [[LOCATION:Westlands]]
Agent [[PERSON:Nadia]]: Sorry about that! Can you confirm your full name and ID number?
Customer: [[PERSON:Brian Otieno Ochieng]], ID [[ID_NUMBER:31447290]]. the card number is [[CREDIT_CARD:5240 8611 7735 2907]]
Agent [[PERSON:Nadia]]: Thanks [[PERSON:Brian]], I've blocked it. A new card will be at the Sarit Centre branch in 5 working days and we'll SMS [[PHONE_NUMBER:0722 904 318]] when it's ready.
Customer: ok thanks. can i also change my email to [[EMAIL_ADDRESS:b.otieno.ochieng@gmail.com]]""",
    """[[PERSON:Giorgos]] (host): Hi [[PERSON:Camille]]! Check-in is from 3pm. The address is [[ADDRESS:Iasonos 14, 2nd floor]], [[LOCATION:Thessaloniki]] [[ZIP_CODE:546 22]]. Door code 4417#.
[[PERSON:Camille]]: Merci! We land on [[DATE_TIME:Friday 14 June at 22:40]], is a late check-in ok?
[[PERSON:Giorgos]] (host): No problem. My cousin [[PERSON:Eleni]] will meet you, her mobile is [[PHONE_NUMBER:+30 694 518 2270]].
[[PERSON:Camille]]: Perfect. For the invoice my details are [[PERSON:Camille Rousseau]], [[ADDRESS:9 rue Oberkampf]], [[ZIP_CODE:75011]] [[LOCATION:Paris]].""",
    """[[PERSON:Sophie]] (Clinique Santé Laurier) : Bonjour! Comment puis-je vous aider?
[[PERSON:Patrick Bélanger]] : Salut, je voudrais déplacer le rendez-vous de ma fille [[PERSON:Rosalie]] avec la [[TITLE:Dre]] [[PERSON:Nguyen]]
[[PERSON:Sophie]] : Bien sûr. Son numéro d'assurance maladie, s'il vous plaît?
[[PERSON:Patrick Bélanger]] : [[ID_NUMBER:BELR 1555 3012]]
[[PERSON:Sophie]] : Merci. J'ai une place le [[DATE_TIME:jeudi 6 juin à 16 h 20]], ça vous va?
[[PERSON:Patrick Bélanger]] : Parfait. Mon cell a changé, c'est le [[PHONE_NUMBER:581 305-7729]]
[[PERSON:Sophie]] : C'est noté! Vous allez recevoir un texto de confirmation.""",
    """[[PERSON:Grace Adjei]] 08:02
Morning all. Reminder: [[PERSON:Dr. Whitlock]] is off today, [[PERSON:Dr. Fenwick]] is covering.
[[PERSON:Liam Doherty]] 08:05
Bed 12 ([[PERSON:Mr. Sandhu]], [[AGE:77]]): family asking for an update, his son is [[PERSON:Raj]] on [[PHONE_NUMBER:07398 221 406]]
[[PERSON:Grace Adjei]] 08:07
I'll ring him after rounds. Also a new admission from A&E overnight: [[PERSON:Kerry-Ann Bailey]], DOB [[DATE_TIME:19/02/1988]], hospital no [[ID_NUMBER:K2291004]]
[[PERSON:Tomasz Wiśniewski]] 08:15
Pharmacy says her warfarin dose needs checking, INR is due at 14:00""",
]

LOOKALIKE = [
    """Your order #402-8871290-3318 is on its way! Carrier: DHL Express, tracking JD014600006281934571. Invoice INV-2024-004417 covers SKU AC-7740-BLK x1 and SKU AC-7741-WHT x2. Questions? Call our customer care line on 0800 028 4417 or email help@northgatehome.co.uk. Delivering to: [[PERSON:S. Achterberg]], [[ZIP_CODE:GU21 4XP]].""",
    """Release notes - MedStock 10.4.2.1 (build 20240411.3)
- Minimum agent version is now 2.16.0.4; agents on 2.15.9.12 will be asked to upgrade.
- Fixed a crash when a scanned barcode held a GS1 string such as (01)05012345678900(17)260930(10)A4417B.
- Known issue on label printer firmware 4.1.10.22: the second copy prints blank.
- Installer SHA-256: 9b74c9897bac770ffc029102a200c5de7a3b5e8f1d44c0a6e2b913f07d8e5a21
- Config schema id: 3f2b9c1e-7d44-4a8e-9c0b-61e2f5a8d913
- Closed: MS-4417, MS-4421, MS-4460.
Support: support@medstock.io, +44 20 3318 4410 (Mon-Fri, 9-5).""",
    """Reading list for the Year 3 clinical placement:
- Clinical Examination Skills, 2nd ed., ISBN 978-1-84628-731-2
- Sémiologie médicale (French edition), ISBN 978-2-35288-241-1
Topics this term: Parkinson's disease, Crohn's disease, Hashimoto's thyroiditis, Bell's palsy, Cushing's syndrome, the Glasgow Coma Scale and the Apgar score. Teaching is on the Nightingale and Fleming wards of the Alexandra Hospital. Your clinical supervisor is [[PERSON:Dr. Femi Adebowale]] (bleep 4417).""",
    """STOCK RECALL NOTICE - Lot 4417B, exp 09/2026, GTIN 05012345678900, NDC 0093-7146-56. Affected packs left the warehouse on 02/04/2024 under delivery note DN-118204 for branches 0412, 0419 and 0433. Please quarantine them and call the recall hotline on 0800 917 2210 or email qa-recalls@medsupply.co.uk. Authorised by [[PERSON:Helen Marsh-Okoro]], Superintendent Pharmacist (GPhC [[ID_NUMBER:2049981]]).""",
    """Directions to the practice: leave the N3 at the Albert Luthuli exit, follow Nelson Mandela Drive past the Steve Biko Academic Hospital, then turn left into Florence Nightingale Street. We are in the Lister Building, opposite the Mahatma Gandhi memorial; parking is free in the Wellcome bays. Reception is open 8-5 on 012 354 1000. If you get lost, ring [[PERSON:Nomvula]], our practice manager, on [[PHONE_NUMBER:082 614 3390]].""",
    """Asset register extract
HOST          SERIAL        MAC                FW           ASSET TAG
ws-rad-04     5CG2394KQ1    00:1B:44:11:3A:B7  2.4.10.3     RAD-0044
printer-ph2   VNB3K41207    3C:2A:F4:9B:10:EE  1.92.0.17    PHA-0112
kiosk-lobby   SGH118ZT4P    D4:81:D7:02:6C:91  10.0.19045   FAC-0019
Image UUID: 6a1f3e2c-0b9d-4e71-a8c2-5d73f0e1b944
ws-rad-04 is assigned to [[PERSON:Dr. Ines Carvalho]] (ext. 2214).""",
    """Commande n° FR-2024-118273 expédiée via Colissimo, suivi 6A12345678901. Facture F-0412-2024, SIRET 812 345 678 00027, TVA FR40812345678. Contenu : tensiomètre Omron M3 (réf. HEM-7155-E) et 2 boîtes de gants nitrile (EAN 3401597417217). Service client : 09 70 80 12 34 ou contact@pharmadirect.fr. Retrait au point relais du boulevard Pasteur, à côté de la clinique Saint-Exupéry. Destinataire : [[PERSON:Fatima Zohra Amrani]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind57", STYLES, OUT)


if __name__ == "__main__":
    main()

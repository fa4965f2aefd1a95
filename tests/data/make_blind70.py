"""Build tests/data/blind70.jsonl: a seventieth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind70.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end of the file (the scaffolding copied below); gold_sets.py (whole
file); lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/, recognizers/,
any other test, bench/, the README, any *.jsonl (this set's output
included), any other make_*.py, git history, log or status (git was not run
at all). The detector, the bench and the tests were never run. Do not tune
the detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with their country's length (GB, IE, DE, NL, CH, SE, FR, AE,
PL, GR; the Polish bank codes inside the PL IBANs carry a right check digit
too); `gold_sets.check` re-checks cards and IBANs. National ids with a
public check digit were given a valid one, worked out with hand-run
throwaway code while writing (not generated here): Polish PESEL (agreeing
with birth date and sex where they show), Polish ID card
series, Greek AMKA (agreeing with the birth date where it shows) and AFM
(also the company AFM in a look-alike), NHS number, Canadian SIN, Ontario
health number, Aadhaar, Singapore NRIC, South African ID (agreeing
with sex and birth date), Australian TFN and Medicare, Irish PPSN, Dutch
BSN, Swedish personnummer, NZ NHI; and the look-alike ISBN-13 and GTIN-13.
Not checked (no public check digit, or none used): US SSNs, UK NI numbers,
PAN, Nigerian BVN and NIN, Kenyan ids and KRA PINs, Philippine SSS, TIN and
PhilHealth numbers, Medicare Beneficiary Identifiers, passports, licences,
plates, bank account numbers and staff, student, member, patient and
library numbers.

Styles (ids `blind70-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
Singapore, the Philippines, South Africa, Nigeria, Kenya, Ghana and a few
others, with names from the many cultures living there); the rest are
in Polish and Greek (26):
- `gen` (90): one to four LLM-style sentences with personal data woven in;
  healthcare, pharmacy and care homes carry extra weight (38), the
  rest spread over banking, insurance, legal, schools and universities,
  HR and payroll, retail, travel and hotels, telecoms, government, lettings,
  gaming, social media, tech support, deliveries, gyms, vets, funerals,
  weddings, libraries, car hire and more; names at the start, middle and
  end, lowercase and possessive; ages, dates, addresses, phones and ids in
  many shapes. 5 Polish, 4 Greek.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd dense sentences with names, job titles, streets with
  building numbers, secondary addresses, IPv4 / IPv6, MACs, user agents,
  card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims,
  contracts, medical, care and loan forms, notices, affidavits) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML / env config, code, HTTP
  requests, tickets and forms). 5 Polish, 6 Greek.
- `table` (35): one small table per record rendered as text (CSV, TSV,
  semicolon CSV, pipes / Markdown, fixed-width, psql output, JSON lines,
  YAML, key: value blocks), varied column names and non-PII columns; header
  rows unlabeled. 2 Polish, 2 Greek.
- `chat` (8): support chats, a family messaging thread, team chat (Slack,
  Teams), a marketplace thread; speakers' names and the data they trade.
  1 Polish.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and change references, SKUs, GTINs, ISBNs, versions
  shaped like IPs, hashes, UUIDs, serials, a MAC-shaped probe serial, a
  company tax id, company phones, role mailboxes, eponyms and brands named
  after people, streets named after people with no number), the few real
  PII values labeled; the first has no PII at all. 1 Greek.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (Mr, Mrs, Ms, Mx, Dr, Prof, Nurse, Rev., Father, PC,
  Polish Pani / dr, Greek κυρία / Δρ.), labeled apart from it; job titles
  are not TITLE, and family words ("Uncle") stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names with their street; city, district, county,
  state / province (also abbreviated) and country are LOCATION; postcodes
  of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, admission, appointment, visit, move,
  start of a job, hearing, signature, incident, login ...) with a day or a
  month, in any shape; a weekday or clock time said with the date is inside
  the span, a weekday or time alone (or a weekday with a time and no date)
  is not; not bare years, durations, or dates not tied to a person.
- AGE: the number only (a word number too). USERNAME: handle without "@".
  URL: personal pages only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security / health ids, patient,
  staff, student, customer, member and library numbers, bank account
  numbers, non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, IFSC, BIC and routing numbers, CVVs, card
  and approval expiries, PINs and prescription codes, order / ticket /
  claim / policy / booking / tracking / Rx references, company phone
  numbers, extensions and role mailboxes, company tax ids, versions,
  hashes, serials, VINs, partial numbers ("ending 4417"), pets and their
  ages, eponyms and brands named after people, care home, hospital and
  company names, a header row.
- Calls made while writing this set: in a table a "sex", "role", "dept",
  "status", "relation" or "diet" column stays unlabeled, an "age" column is
  AGE, a "country", "state", "province", "suburb", "city" or "barangay"
  column is LOCATION (two-letter country codes in such a column too) and a
  "nationality" column is NRP; "Mrs Gwen Lloyd" in a cell splits into TITLE
  and PERSON; trial-participant initials are PERSON. A timestamp on a log
  line, commit or event that records a named person's action (login,
  payment, address change, commit, a message sent to them) is DATE_TIME,
  like a "last login"; log lines with no person (a crawler, a failed login
  for "admin") keep theirs unlabeled. Every IP address is IP_ADDRESS, a
  server's or a service account's too. A building number or secondary
  address in its own field is ADDRESS. An age threshold ("aged 21 or
  over") is not AGE. A date range written as one phrase ("4–8 listopada")
  is one DATE_TIME span. The care-home visit column of a rota written as
  weekday + time only stays unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind70.jsonl")

GEN = [
    # --- healthcare, pharmacy and care homes (extra weight) ---
    """Mum moved into Larchfield Care Home on [[DATE_TIME:3 February 2024]] and the manager, [[PERSON:Deborah Quaye]], says her key worker will be [[PERSON:Tomasz]] on the day shift. If anything changes please ring me, [[PERSON:Ruth Allardyce]], on [[PHONE_NUMBER:07700 914362]].""",
    """hi can you tell me if the repeat prescription for [[PERSON:ahmed siddiqui]] is ready, date of birth [[DATE_TIME:12/09/1958]], we're at [[ADDRESS:27 Pelham Road]], [[LOCATION:Gravesend]] [[ZIP_CODE:DA11 0HZ]] and his wife will pick it up""",
    """[[PERSON:Dr. Nkechi Obi]] reviewed [[PERSON:Femi Adeyemi]]'s echo on [[DATE_TIME:Tuesday 14 May 2024 at 9:40]] and has referred him on to the cardiology clinic at St Thomas'. His NHS number is [[ID_NUMBER:943 476 5919]] and he prefers to be contacted by text.""",
    """Resident [[PERSON:Margaret]] '[[PERSON:Peggy]]' [[PERSON:Doolan]], [[AGE:91]], had a fall in the day room at about 3.15pm. Her daughter [[PERSON:Siobhan]] was informed by phone ([[PHONE_NUMBER:087 342 1906]]) and the GP, [[PERSON:Dr. Farrell]], called out the following morning.""",
    """The pharmacist at the Shoppers on Queen St told [[PERSON:Li Na Chen]] that her Ontario health card, [[ID_NUMBER:4821-339-100-KT]], had expired, so she paid for the antibiotics herself and will send the receipt to Sun Life under member ID [[ID_NUMBER:SLF 20038871]].""",
    """Patient [[PERSON:Rosa Delgado-Huerta]] (DOB [[DATE_TIME:04/22/1971]], MRN [[ID_NUMBER:00384712]]) was discharged from Mercy General on [[DATE_TIME:June 3rd]] with a follow-up at the wound clinic in two weeks. Her son [[PERSON:Javier]] can be reached at [[PHONE_NUMBER:(916) 734-2280]].""",
    """[[TITLE:Pani]] [[PERSON:Halina Wróblewska]] (ur. [[DATE_TIME:17.03.1954]], PESEL [[ID_NUMBER:54031704626]]) zamieszka w Domu Opieki „Pod Lipami” od [[DATE_TIME:1 października]]. W sprawach pilnych proszę dzwonić do syna, [[PERSON:Marka Wróblewskiego]], pod numer [[PHONE_NUMBER:+48 601 284 937]].""",
    """Ο ασθενής [[PERSON:Γιώργος Παπαδόπουλος]], [[AGE:60]] ετών, με ΑΜΚΑ [[ID_NUMBER:14086304129]], εισήχθη στο νοσοκομείο της [[LOCATION:Λάρισας]] στις [[DATE_TIME:12/02/2024]] με πόνο στο στήθος. Θεράπων ιατρός: [[TITLE:Δρ.]] [[PERSON:Ελένη Κωνσταντίνου]].""",
    """Could the delivery driver leave [[PERSON:Mr. Aldridge]]'s blister packs with the neighbour at [[ADDRESS:Flat 2, 19 Croft Street]]? He's [[AGE:88]] and doesn't always hear the door. It's the usual repeat, ref 55120-B.""",
    """[[PERSON:Lakshmi Venkataraman]], aged [[AGE:34]], visited the clinic in [[LOCATION:Adyar]], [[LOCATION:Chennai]] on [[DATE_TIME:8 Jan 2024]] for her anomaly scan. Her Aadhaar, [[ID_NUMBER:4873 1902 5614]], was used to register, and the report was emailed to [[EMAIL_ADDRESS:lakshmi.venkat88@gmail.com]].""",
    """We'd like to book a respite stay for Dad, [[PERSON:Con Stavropoulos]] (born [[DATE_TIME:2 May 1939]]), from [[DATE_TIME:14 October]] for a fortnight while we're overseas. His Medicare number is [[ID_NUMBER:2950 33185 1]] and my mobile is [[PHONE_NUMBER:0412 773 908]] — thanks, [[PERSON:Eleni]].""",
    """Good afternoon, this is to confirm that [[PERSON:Chukwuemeka Nwosu]]'s hernia repair has been moved to [[DATE_TIME:Monday, 22 April, 8am]]. Please call [[PHONE_NUMBER:0803 417 2296]] if he cannot attend, and bring the NHIS card ([[ID_NUMBER:NHIS/LA/0047719]]) on the day.""",
    """Hi [[PERSON:daniel]], your prescription is ready for pickup at store #4417. Pharmacy hours are 9am-9pm. Questions? Call 1-800-925-4733. Reply STOP to opt out.""",
    """[[PERSON:Wanjiru Kamau]], [[AGE:27]], from [[LOCATION:Nakuru]], was enrolled in the maternal health programme under NHIF member no. [[ID_NUMBER:8812047]]; her next clinic visit is on [[DATE_TIME:5/6/2024]]. Her husband [[PERSON:Otieno]]'s number, [[PHONE_NUMBER:0722 481 903]], is listed as the emergency contact.""",
    """I am writing to complain about the care my father, [[PERSON:Harold Pemberton]], received at Oakwood Lodge between [[DATE_TIME:12 March]] and [[DATE_TIME:19 March 2024]]. On two occasions his hearing aids were not put in and his fluids chart was left blank. Care plan reference CP-0918. Yours sincerely, [[PERSON:Gillian Pemberton-Hales]]""",
    """Hi, I'm collecting medication for my grandmother [[PERSON:Tan Siew Lian]], NRIC [[ID_NUMBER:S1204559Z]]. The polyclinic said it was sent over this morning. My number is [[PHONE_NUMBER:9176 2281]] if there's a problem — [[PERSON:Jasmine]].""",
    """[[PERSON:Maria Cristina Dela Cruz]] of [[ADDRESS:Blk 12 Lot 7, Mabini St.]], [[LOCATION:Brgy. San Isidro]], [[LOCATION:Antipolo City]] presented her PhilHealth ID [[ID_NUMBER:12-050318447-2]] at the emergency room on [[DATE_TIME:March 9, 2024, 11:20 PM]] with a high fever.""",
    """Reminder: [[PERSON:Thandiwe Mthembu]] has a dental check-up with [[PERSON:Dr. Pillay]] on [[DATE_TIME:Thursday 11 July at 14:30]]. Medical aid member no. [[ID_NUMBER:318004472]]. To reschedule, reply to this SMS or call the practice.""",
    """[[PERSON:Ms. Aoife Brennan]] self-referred to the community mental health team on [[DATE_TIME:22/01/2024]]. PPSN [[ID_NUMBER:6483015N]]; lives at [[ADDRESS:Apt 4, 11 Harbour View]], [[LOCATION:Galway]] [[ZIP_CODE:H91 X2P7]]. First appointment offered for the following week.""",
    """Dzień dobry, odbieram leki dla mamy, [[PERSON:Krystyny Nowak]], recepta była wystawiona na PESEL [[ID_NUMBER:63011508244]]. Kod recepty to 4821 — czy mogę go podać przez telefon? Mój numer: [[PHONE_NUMBER:512 339 847]]. Pozdrawiam, [[PERSON:Agnieszka]]""",
    """Καλησπέρα σας, είμαι η [[PERSON:Μαρία Αντωνίου]] και θα ήθελα να παραλάβω τα φάρμακα του πατέρα μου, [[PERSON:Νικόλαου Αντωνίου]], ΑΜΚΑ [[ID_NUMBER:25035101986]]. Το κινητό μου είναι [[PHONE_NUMBER:694 218 3306]], αν χρειαστεί κάτι.""",
    """[[PERSON:Evelyn Moreau]] (room 214) has lived at Sunrise Meadows since [[DATE_TIME:11/02/2021]]. Her power of attorney is her nephew [[PERSON:Luc Moreau]], [[EMAIL_ADDRESS:luc.moreau.law@gmail.com]]. She is [[NRP:Catholic]] and would like Communion brought to her on Sundays.""",
    """Kindly deliver the insulin pens for [[PERSON:Esther Wairimu Njoroge]] to [[ADDRESS:House 14, Kileleshwa Gardens, Othaya Road]], [[LOCATION:Nairobi]]. She will pay on delivery by M-Pesa from [[PHONE_NUMBER:0711 294 563]].""",
    """Immunisation record: [[PERSON:Benjamin Okafor-Reyes]], DOB [[DATE_TIME:2019-03-11]]. MMR dose 2 given [[DATE_TIME:2023-04-02]] by [[PERSON:Nurse Alicia Gomez]], lot W019283, left arm, no reaction observed.""",
    """We are sad to tell you that [[PERSON:Mr. Walter Kuzyk]] passed away peacefully on [[DATE_TIME:7 January]] at Maple Grove Lodge in [[LOCATION:Saskatoon]], at the age of [[AGE:96]], with his granddaughter [[PERSON:Dana]] at his side.""",
    """Pharmacist note: phoned [[TITLE:mrs]] [[PERSON:okonjo]] at home ([[PHONE_NUMBER:020 8692 4417]]) to explain that the new amlodipine pack looks different but the dose is unchanged. Her carer [[PERSON:Blessing]] will collect on Thursday.""",
    """[[PERSON:Yusuf Demir]], [[AGE:67]], [[NRP:Turkish]]-born, was admitted to the hospice in [[LOCATION:Bradford]] on [[DATE_TIME:02.05.24]]. The family, who are [[NRP:Muslim]], have asked for the imam to visit and for his son [[PERSON:Emre]] to be called first, on [[PHONE_NUMBER:07411 903 226]].""",
    """New patient form: [[PERSON:Aroha Ngata]], female, DOB [[DATE_TIME:30 Nov 1996]], Medicare [[ID_NUMBER:4118 77208 2]], [[ADDRESS:Unit 3, 41 Gipps Street]], [[LOCATION:Collingwood]] [[LOCATION:VIC]] [[ZIP_CODE:3066]], mobile [[PHONE_NUMBER:0433 901 278]].""",
    """Your video appointment with [[PERSON:Dr. Siddharth Rao]] on [[DATE_TIME:Mon 3 June, 4:45pm]] is confirmed and the link has gone to [[EMAIL_ADDRESS:meiling.ho@yahoo.com.sg]]. If it doesn't open, just reply here, [[PERSON:Mei Ling]].""",
    """Visitors' book, Rimu wing: [[PERSON:Hemi Walker]] signed in on [[DATE_TIME:12/04 at 2:10pm]] to see his grandmother [[PERSON:Kui Walker]]; left at 4. Staff on duty: [[PERSON:Ana]].""",
    """Hi, I'm [[PERSON:Declan Fitzgerald]], my Drug Payment Scheme number is [[ID_NUMBER:DPS 0441928]] and I'd like to add my partner, [[PERSON:Niamh Keogh]] (PPSN [[ID_NUMBER:2917734MA]]), to the family card before her next prescription.""",
    """[[PERSON:Samuel Adeyemi]] — member ID [[ID_NUMBER:XJH418827701]], group 0048820. The claim for his lumbar MRI on [[DATE_TIME:1/9/24]] was denied for missing prior authorization. The SSN on file ends in 4471; please call him back at [[PHONE_NUMBER:614-388-0927]].""",
    """Physio referral for [[PERSON:Kwame Asante-Boateng]], a [[AGE:forty-five]]-year-old who twisted his knee at five-a-side on [[DATE_TIME:Sunday 21 April]]. Contact him on [[PHONE_NUMBER:07503 118 672]] or [[EMAIL_ADDRESS:kwame.ab@protonmail.com]].""",
    """Walgreens called about [[PERSON:Earl Washington]]'s Eliquis: it needs a new prior auth. His Medicare Beneficiary Identifier is [[ID_NUMBER:4QK7-RN2-WT58]], and his daughter [[PERSON:Tanya]] ([[PHONE_NUMBER:404.772.1836]]) handles his meds.""",
    """Η κυρία [[PERSON:Αικατερίνη Μαυρίδου]], [[AGE:86]] ετών, φιλοξενείται στη μονάδα φροντίδας ηλικιωμένων από τις [[DATE_TIME:15/01/2023]]. Για οποιοδήποτε θέμα επικοινωνήστε με την κόρη της, [[PERSON:Σοφία]], στο [[PHONE_NUMBER:6977 412 058]].""",
    """Thanks for donating on [[DATE_TIME:20 May]], [[PERSON:Chidi]]! Your donor number is [[ID_NUMBER:G091 417 228 305]] and you'll be able to give again from [[DATE_TIME:15 August]].""",
    """I've worked as a senior carer at Hillcrest for six years and would like to apply for the deputy manager post. My referee is [[PERSON:Annette Kyriacou]], who can be reached on [[PHONE_NUMBER:01273 448902]]. Kind regards, [[PERSON:Precious Moyo]], [[ADDRESS:14 Ladysmith Road]], [[LOCATION:Brighton]] [[ZIP_CODE:BN2 4EG]]""",
    # --- everything else, spread widely ---
    """[[PERSON:Jordan Blake-Whitfield]] brought Biscuit (spaniel, 6) in on [[DATE_TIME:2 Aug]] for boosters; invoice INV-22918 was paid by card ending 4417. Contact: [[EMAIL_ADDRESS:jbwhitfield@outlook.com]], [[PHONE_NUMBER:07912 448016]].""",
    """My checking account [[ID_NUMBER:004418827731]] was debited twice for the same transfer on [[DATE_TIME:Feb 27]] (routing 121000358). Please refund one of them. — [[PERSON:Keisha Montgomery]], [[ADDRESS:4410 Alder Creek Dr]], [[LOCATION:Sacramento]], [[LOCATION:CA]] [[ZIP_CODE:95823]]""",
    """On [[DATE_TIME:9th November]] the third party, [[PERSON:Mr. Colin Whitlock]] of [[ADDRESS:88 Beech Grove]], [[LOCATION:Harrogate]], reversed into [[PERSON:Mrs. Parveen Akhtar]]'s Honda Jazz, registration [[ID_NUMBER:YK19 HWD]]. Claim ref CLM-5520193.""",
    """Please note that [[PERSON:Aiyana Redcloud]] (Grade 4, student number [[ID_NUMBER:334-8812]]) will be picked up on Fridays by her aunt, [[PERSON:Marlene Whitehorse]], whose cell is [[PHONE_NUMBER:306-948-2271]].""",
    """[[PERSON:nguyen thi thu ha]] (zID [[ID_NUMBER:z5298144]]) has been granted special consideration for the COMP2521 final after supplying a medical certificate dated [[DATE_TIME:13/06/2024]].""",
    """We are pleased to offer [[PERSON:Rohit Kulkarni]] the role of Senior Data Analyst from [[DATE_TIME:1st July 2024]]. Please send a copy of your PAN card ([[ID_NUMBER:BQRPK4471M]]) and a cancelled cheque for account [[ID_NUMBER:50100283917744]] (IFSC HDFC0001234) to onboarding@finora.in.""",
    """I returned the boots in store on [[DATE_TIME:Saturday the 6th]] but the refund still hasn't shown up on my Amex ending 1009. Order #113-4478201-5567312, name on the order [[PERSON:Marcus O'Halloran]], email [[EMAIL_ADDRESS:marcus.ohalloran@icloud.com]].""",
    """Guests [[PERSON:Fatima Al-Mansouri]] and [[PERSON:Yousef Al-Mansouri]] check in [[DATE_TIME:18 Dec]] and out [[DATE_TIME:22 Dec]]; passport [[ID_NUMBER:P0427718]] was shown at the desk. They expect to arrive late, after 11pm.""",
    """Your PAC for [[PHONE_NUMBER:07835 226190]] is LQV418273 and is valid for 30 days. Account holder: [[PERSON:Gurpreet Sandhu]]. Give the code to your new provider and your number will move within one working day.""",
    """The DMV has scheduled [[PERSON:Tyrone Jackson]]'s road test for [[DATE_TIME:08/14/2024 at 10:15 AM]] at the [[LOCATION:Bronx]] site. Bring your learner permit ([[US_DRIVER_LICENSE:729 114 380]]) and a supervising driver aged 21 or over.""",
    """The tenancy for [[ADDRESS:14B Kowhai Crescent]], [[LOCATION:Papatoetoe]], [[LOCATION:Auckland]] [[ZIP_CODE:2025]] starts on [[DATE_TIME:1 March]]; tenants are [[PERSON:Sione Taufa]] and [[PERSON:Mele Taufa]]. The landlord, [[PERSON:Graeme Whitcombe]], is on [[PHONE_NUMBER:021 448 3390]].""",
    """Banned user [[USERNAME:xX_Sh4d0wReaper_Xx]] logged in again from [[IP_ADDRESS:85.214.132.117]] on a new account, [[USERNAME:reaper.returns]]; the recovery email on both is [[EMAIL_ADDRESS:kyle.brannigan02@gmail.com]].""",
    """lol [[PERSON:jess]] just posted a story with our front door in it, you can literally read [[ADDRESS:62 Coniston Avenue]] on the number plaque. can someone tell her to take it down, her insta is @[[USERNAME:jess.ellwood_]]""",
    """Remote session for [[PERSON:Hamid Rezaei]]: laptop serial 5CG1349XQT, leased IP [[IP_ADDRESS:10.40.18.207]], MAC F4:8C:50:1E:77:A2. Reset his VPN password and told him to call ext. 4412 if the token still fails.""",
    """Parcel for [[PERSON:Oluwaseun Bakare]]: please leave it behind the green bin at [[ADDRESS:31 Tennyson Road]], [[LOCATION:Luton]] [[ZIP_CODE:LU1 3RS]]. Tracking JD014600003828471925. Recipient mobile [[PHONE_NUMBER:+44 7458 201336]].""",
    """Membership freeze approved for [[PERSON:Carla Benedetti]] from [[DATE_TIME:1 Aug]] to [[DATE_TIME:31 Aug]] (member [[ID_NUMBER:PG-771203]]). The direct debit from [[IBAN_CODE:GB50 HBUK 4012 7645 3918 22]] will restart in September.""",
    """The custody hearing concerning [[PERSON:Leila Haddad]] and [[PERSON:Sami Haddad]] is listed for [[DATE_TIME:Wednesday 9 October 2024 at 10am]] at the family court in [[LOCATION:Leeds]]; their solicitor, [[PERSON:Imogen Thwaite]], will attend.""",
    """[[PERSON:Arjun Mehta]]'s study permit extension (UCI [[ID_NUMBER:11-0488-7215]]) was refused on [[DATE_TIME:17 April 2024]]. He is an [[NRP:Indian]] citizen living at [[ADDRESS:1208-55 Bloor Street West]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4W 1A5]].""",
    """Save the date! [[PERSON:Priyanka]] & [[PERSON:Dev]] are getting married on [[DATE_TIME:Saturday, 14 December 2024]] in [[LOCATION:Udaipur]]. Please RSVP to [[PERSON:Priyanka]]'s mum, [[PERSON:Sunita Agarwal]], on [[PHONE_NUMBER:+91 98290 44173]].""",
    """Hi [[PERSON:Bronwyn]], your final bill for [[ADDRESS:7/22 Lorikeet Street]], [[LOCATION:Nundah]] [[LOCATION:QLD]] [[ZIP_CODE:4012]] will go to your forwarding address once the meter read on [[DATE_TIME:28 June]] is processed.""",
    """[[PERSON:Mitchell Harrington]]'s TFN ([[ID_NUMBER:459 031 276]]) was keyed onto the wrong payslip, so [[PERSON:Kylie]] in payroll will reissue both slips this week.""",
    """Please send the balance to [[PERSON:Aisha Bello]]'s GTBank account [[ID_NUMBER:0123847719]]. Her BVN is [[ID_NUMBER:22184730915]] and she will confirm receipt on [[PHONE_NUMBER:0809 331 7742]].""",
    """Parish notice: the funeral of [[PERSON:Bernard Kowalczyk]], aged [[AGE:79]], will take place at St Hedwig's on [[DATE_TIME:Friday 26 July at 11am]]. The family asks that donations go to the hospice in place of flowers.""",
    """Overdue notice for [[PERSON:Sophie Tremblay-Roy]], library card [[ID_NUMBER:29108 00471 3325]]: three items have been due since [[DATE_TIME:May 2]]. Renew online or call your branch.""",
    """Renter: [[PERSON:Henrik Sørensen]], [[NRP:Danish]], licence no. [[ID_NUMBER:30418822]]; pick-up at the airport in [[LOCATION:Munich]] on [[DATE_TIME:04.09.2024, 08:30]]. Card on file [[CREDIT_CARD:5229 1330 6681 2549]], exp 09/27.""",
    """A penalty charge notice was issued to vehicle [[ID_NUMBER:BD68 XKR]], registered keeper [[PERSON:Ms. Hannah Greaves]] of [[ADDRESS:5 Orchard Mews]], [[LOCATION:Bath]] [[ZIP_CODE:BA2 4QT]], on [[DATE_TIME:16/03/2024 at 14:02]].""",
    """[[PERSON:Jerome Villanueva]] (SSS [[ID_NUMBER:34-1872904-6]], TIN [[ID_NUMBER:412-338-907-000]]) resigned effective [[DATE_TIME:May 31, 2024]]. His final pay goes to BPI account [[ID_NUMBER:3149-0227-81]].""",
    """[[PERSON:Jamal Haddad]] set up a fundraiser for the kids next door after the fire at [[ADDRESS:1190 Westfield Ave]], [[LOCATION:Elizabeth]], [[LOCATION:NJ]]. Any questions about the money can go to [[EMAIL_ADDRESS:jamalhaddad.nj@gmail.com]].""",
    """Hello, I'm [[PERSON:Zanele Dlamini]], a [[AGE:29]]-year-old chartered accountant from [[LOCATION:Durban]]. My ID number is [[ID_NUMBER:9508170412087]] and I am available to start on [[DATE_TIME:1 September]].""",
    """Reporting user [[USERNAME:mattyb_91]], who says his name is [[PERSON:Matt]]. He sent his number, [[PHONE_NUMBER:+1 (604) 812-3397]], and then kept asking for my home address and my bank card. Screenshots attached.""",
    """Invoice 2024-117 (brand shoot) is payable to [[PERSON:Inês Carvalho]], IBAN [[IBAN_CODE:IE34 BOFI 9000 1712 3660 17]], BIC BOFIIE2D. Portfolio: [[URL:https://inescarvalho.photo]]""",
    """I give permission for my son [[PERSON:Alfie Brennan-Moss]] (Year 8, DOB [[DATE_TIME:07/10/2011]]) to go on the trip to [[LOCATION:Ypres]] on [[DATE_TIME:23 May]]. Emergency contact: [[PERSON:Kerry Moss]], [[PHONE_NUMBER:07788 320145]]. Allergies: penicillin.""",
    """On [[DATE_TIME:14 February at approximately 23:40]], [[TITLE:PC]] [[PERSON:Harlow]] stopped a grey Vauxhall Corsa, [[ID_NUMBER:MA17 TZO]], driven by [[PERSON:Liam Crossley]], [[AGE:22]], of [[LOCATION:Stockport]].""",
    """KYC check passed for [[PERSON:Rajesh s/o Krishnan]], NRIC [[ID_NUMBER:S9023817E]], residing at [[ADDRESS:Blk 418 Bedok North Ave 2, #09-117]], [[LOCATION:Singapore]] [[ZIP_CODE:460418]].""",
    """The ticket was issued to [[PERSON:ADEBAYO]]/[[PERSON:FOLASADE]] [[TITLE:MS]] but her passport, [[ID_NUMBER:A09821744]], reads [[PERSON:Folasade Adeola Adebayo]]. PNR K7XQ2L, flying [[DATE_TIME:19JUN]]; the airline wants a name correction fee.""",
    """Please cancel the family plan under [[EMAIL_ADDRESS:the.oyelaran.family@gmail.com]] — the card [[CREDIT_CARD:4556 7301 9928 4615]] was reported stolen on [[DATE_TIME:3 March]]. Thanks, [[PERSON:Tunde Oyelaran]]""",
    """Estate of the late [[PERSON:Doris Mae Pickering]] (died [[DATE_TIME:02/12/2023]]), formerly of [[ADDRESS:The Old Forge, Church Lane]], [[LOCATION:Little Bentley]], [[LOCATION:Essex]] [[ZIP_CODE:CO7 8SE]]. Executor: [[PERSON:Graham Pickering]].""",
    """Under-12s registration: [[PERSON:Mateo Rossi]], born [[DATE_TIME:2012-08-19]]; parent [[PERSON:Giulia Rossi]], [[EMAIL_ADDRESS:giulia.rossi77@libero.it]]. Training is Tuesdays at 6pm.""",
    """honestly [[PERSON:shreya]] from payroll read out [[PERSON:Vikram]]'s salary in front of the whole team on [[DATE_TIME:Tuesday 5 March]] and nobody said anything, is that even allowed""",
    """We noticed a sign-in to your account on [[DATE_TIME:28 Aug 2024, 21:14]] from [[IP_ADDRESS:2a02:2f0e:d11:3400:91c2:4be7:a19e:6d05]] ([[LOCATION:Bucharest]], [[LOCATION:Romania]]). If this wasn't you, [[PERSON:Olga]], reset your password now.""",
    """[[PERSON:Rhys ap Gwilym]] has moved out of [[ADDRESS:Flat 6, 22 Heol y Deri]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HF]]. The new occupant, [[PERSON:Chiara Bellini]], is an [[NRP:Italian]] national and can register for local elections.""",
    """I, [[PERSON:Pieter van der Merwe]], ID [[ID_NUMBER:7911025821084]], sell the white Toyota Hilux, registration [[ID_NUMBER:CA 441-592]], to [[PERSON:Sipho Ndlovu]] on [[DATE_TIME:12 August 2024]] for R185 000.""",
    """To verify me the agent asked for my SSN, [[US_SSN:531-70-4482]], and my mother's maiden name, [[PERSON:Kowalski]], and she STILL couldn't find the account in [[PERSON:Brandon Lee]]'s name.""",
    """[[PERSON:Grace Yoon]] mailed her renewal with her old passport, [[US_PASSPORT:548127730]], on [[DATE_TIME:March 4]]; she flies to [[LOCATION:Seoul]] on [[DATE_TIME:April 20]] and is worried it won't arrive in time.""",
    """Notice to pay rent or quit: tenant [[PERSON:Darnell Price]], [[ADDRESS:2217 E. 71st St, Apt 3R]], [[LOCATION:Cleveland]], [[LOCATION:OH]] [[ZIP_CODE:44103]]. Rent unpaid since [[DATE_TIME:July 1, 2024]].""",
    """Class of 2009 reunion! [[PERSON:Ngozi]], [[PERSON:Tobi]] and [[PERSON:Ifeoma Eze]] are organising, so send your contribution to [[PERSON:Ifeoma]] on [[PHONE_NUMBER:+234 803 552 1907]] before the end of the month.""",
    """Service Canada: [[PERSON:Gérard Thibodeau]]'s CPP payments will be deposited to his new account from [[DATE_TIME:October 2024]]. SIN [[ID_NUMBER:046 182 739]]. Mail goes to [[ADDRESS:PO Box 118]], [[LOCATION:Caraquet]], [[LOCATION:NB]] [[ZIP_CODE:E1W 1B6]].""",
    """Przelew na 1 250 zł z rachunku [[IBAN_CODE:PL25 1240 1112 1111 0000 8872 3617]] na konto [[PERSON:Tomasza Lewandowskiego]] nie dotarł, a zlecenie złożyłam [[DATE_TIME:12 marca o 9:15]]. [[PERSON:Joanna Lewandowska]], tel. [[PHONE_NUMBER:+48 502 771 034]]""",
    """Kurier znowu nie zostawił paczki. Adres: [[PERSON:Bartosz Zieliński]], [[ADDRESS:ul. Kwiatowa 12/4]], [[ZIP_CODE:31-462]] [[LOCATION:Kraków]]. Numer przesyłki 600912345678901234567. Proszę o kontakt: [[PHONE_NUMBER:660-118-392]].""",
    """Informuję, że [[PERSON:Zosia Kamińska]] z klasy 3b nie będzie obecna w szkole w dniach [[DATE_TIME:4–8 listopada]] z powodu wyjazdu rodzinnego do [[LOCATION:Zakopanego]]. [[PERSON:Anna Kamińska]]""",
    """Η μισθώτρια [[PERSON:Δήμητρα Καραγιάννη]], ΑΦΜ [[ID_NUMBER:047281632]], μισθώνει το διαμέρισμα της οδού [[ADDRESS:Ερμού 54]], [[LOCATION:Θεσσαλονίκη]] [[ZIP_CODE:546 23]], από την [[DATE_TIME:1η Σεπτεμβρίου 2024]].""",
    """Copy of the discharge summary requested by [[PERSON:Paulo Fonoti]] for his wife, [[PERSON:Losa Fonoti]] (NHI [[ID_NUMBER:ZAC4411]]), who was on Ward 7 from [[DATE_TIME:3 Sept]] to [[DATE_TIME:9 Sept]]. Post it to [[ADDRESS:12 Tui Street]], [[LOCATION:Porirua]] [[ZIP_CODE:5022]].""",
    """Season tickets for block 114 are in the name of [[PERSON:Declan O'Rourke-Singh]] (supporter no. [[ID_NUMBER:0041 882 97]]); his brother [[PERSON:Callum]] will use them on [[DATE_TIME:Saturday 19 October]] and can be texted on [[PHONE_NUMBER:07849 302115]].""",
]

BENCH = [
    # --- in the manner of ai4privacy pii-masking-200k/300k/400k ---
    """Dear [[PERSON:Mr. Ulrich Haverkamp]], as Principal Metrics Liaison for the [[LOCATION:Wyoming]] office you are asked to verify the access request logged from [[IP_ADDRESS:203.118.44.19]] (agent Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15) before your review on [[DATE_TIME:16/09/2024]].""",
    """Transaction alert: card [[CREDIT_CARD:6011 0049 2283 7105]] (CVV 418, exp 03/28) was used at 04:12 to send 734.18 EUR to [[IBAN_CODE:DE41 3704 0044 0532 0130 88]] in the name of [[PERSON:Leopold Kranz]], [[ADDRESS:Lindenallee 27]], [[ADDRESS:Hinterhaus, 2. OG]], [[ZIP_CODE:50968]] [[LOCATION:Köln]].""",
    """[[PERSON:Imani]] [[PERSON:Okwuosa]], [[AGE:44]], female, born [[DATE_TIME:March 2nd, 1980]], works as a Lead Branding Architect. Her login [[USERNAME:iokwuosa_80]] (password rT7#qLp2!x) was reset from MAC 5E:1A:90:C3:4F:02 at [[IP_ADDRESS:172.19.88.240]].""",
    """Please make sure [[PERSON:Dagny Solberg]]'s new mailing address — [[ADDRESS:Suite 1402]], [[ADDRESS:880 Harbourfront Way]], [[LOCATION:Vancouver]], [[LOCATION:British Columbia]] [[ZIP_CODE:V6C 3E1]] — is on file before her next statement. Contact: [[PHONE_NUMBER:+1-778-204-5519]].""",
    """The Kiosk Integration Strategist [[PERSON:Ravi Chandrasekhar]] reported that a car, VIN 1HGCM82633A004352, plate [[ID_NUMBER:KA 03 MN 4471]], had been left at [[ADDRESS:No. 12, 4th Cross, Indiranagar 2nd Stage]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]] overnight.""",
    """Hi [[PERSON:Ottilie]], we flagged a payment of £2,045.00 from [[IBAN_CODE:GB64MIDL40051521773390]] (BIC MIDLGB22) to [[PERSON:Kasimir Novak]]. Approve it by replying YES from your registered number, [[PHONE_NUMBER:07700 158224]].""",
    """[[PERSON:Mx. Rowan Ashby-Kerr]], pronouns they/them, DOB [[DATE_TIME:1995-11-23T00:00:00Z]], [[AGE:28]] years, is enrolled in the Forward Accounts Programme; SSN [[US_SSN:602-18-3347]], contact [[EMAIL_ADDRESS:rowan.ak@fastmail.com]].""",
    """Our records show [[USERNAME:gerhard.lindqvist]] accessed the payroll portal from [[IP_ADDRESS:fe80::3c1d:9aff:fe22:81b7]] using Opera/9.80 (Windows NT 6.1; U; en) Presto/2.9.168; the session was tied to account no. [[ID_NUMBER:58102294]] and card [[CREDIT_CARD:3799 145600 21839]].""",
    """Assessment for [[PERSON:Ximena]] [[PERSON:Quispe Mamani]], [[AGE:17]], at [[ADDRESS:Calle Los Pinos 742]], [[ADDRESS:Depto 3B]], [[LOCATION:Cayma]], [[LOCATION:Arequipa]], [[LOCATION:Peru]]: her guardian [[PERSON:Wilber Quispe]] signed on [[DATE_TIME:04/08/2023]].""",
    """Ticket 88213: [[PERSON:Anneliese Vogt-Baptiste]], Senior Web Producer, wants her reimbursement of 1,180.00 CHF sent to [[IBAN_CODE:CH24 0483 5081 1774 3100 0]] rather than to the card [[CREDIT_CARD:4133-7760-2815-0982]]; verification PIN 7730.""",
    """Good morning, [[PERSON:Eamon]]. The Forward Tactics Designer post at our [[LOCATION:Limerick]] site needs a badge photo and your PPS number ([[ID_NUMBER:8062211H]]) by Friday. We have your height as 180 cm and eye colour hazel; please confirm.""",
    """Account holder [[PERSON:Ms. Chiamaka Eze-Bristow]], [[ADDRESS:Apartment 9]], [[ADDRESS:46 Wilmslow Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 5TQ]], [[LOCATION:United Kingdom]]; sort code 20-45-77, account [[ID_NUMBER:63018842]], card [[CREDIT_CARD:4532 0177 8812 9040]] exp 11/26 CVV 902.""",
    """At 9:14 PM [[PERSON:Theo]] texted from [[PHONE_NUMBER:(503) 449-2187]]: "new addy is [[ADDRESS:3319 SE Division St Unit 204]], [[LOCATION:Portland]] [[LOCATION:OR]] [[ZIP_CODE:97202]], dob [[DATE_TIME:7/30/88]] if u need it for the lease".""",
    """Employee [[PERSON:Bongani]] [[PERSON:Khumalo]] (ID [[ID_NUMBER:8304195623085]], [[AGE:41]], male) of [[ADDRESS:17 Jacaranda Street]], [[LOCATION:Menlo Park]], [[LOCATION:Pretoria]] [[ZIP_CODE:0081]] asked for his salary to be paid into account [[ID_NUMBER:62 0441 8873]] from next month.""",
    """The Legacy Usability Agent, [[PERSON:Fenna de Groot]], uploaded the file from [[IP_ADDRESS:145.53.201.8]]; her BSN [[ID_NUMBER:603172258]] and IBAN [[IBAN_CODE:NL40 INGB 0007 7319 46]] were in plain text, which breaches the data policy.""",
    """[[PERSON:Kenji]] [[PERSON:Watanabe]], [[ADDRESS:2-14-8 Kichijoji-Honcho]], [[LOCATION:Musashino-shi]], [[LOCATION:Tokyo]] [[ZIP_CODE:180-0004]], tel [[PHONE_NUMBER:+81 90-4471-2036]], paid the deposit with [[CREDIT_CARD:3670 021993 8845]] at 18:03.""",
    """To: [[EMAIL_ADDRESS:h.mbeki-osei@proton.me]] — Investment account Q-77 was last accessed by [[USERNAME:hmo_trader]] on [[DATE_TIME:2024-02-11 06:52:08]] from Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36. If this was not you, call the number on the back of your card.""",
    """We will courier the replacement card ending 0581 to [[PERSON:Oskar Lindgren]] at [[ADDRESS:Tegnérgatan 34, lgh 1103]], [[ZIP_CODE:113 59]] [[LOCATION:Stockholm]]; personnummer [[ID_NUMBER:880614-3122]] on file.""",
    """The survey was completed by a [[AGE:63]]-year-old [[NRP:Presbyterian]] from [[LOCATION:Belfast]] ([[ZIP_CODE:BT9 6AZ]]) named [[PERSON:Iris Montgomery]], who opted in to follow-up at [[EMAIL_ADDRESS:irismont55@btinternet.com]].""",
    """[[PERSON:Dr. Valentina Morozova]], Chief Response Facilitator, asked that the grant of 12,400 USD be wired to [[IBAN_CODE:AE54 0260 0010 1552 3891 304]]; her mobile is [[PHONE_NUMBER:+971 50 318 7742]] and her secondary address is [[ADDRESS:Villa 27]], [[ADDRESS:Street 14, Al Barsha 2]], [[LOCATION:Dubai]].""",
    """Hey [[PERSON:Callum]], your Dynamic Quality Officer badge expires soon. Details: [[PERSON:Callum Fraser-Bain]], [[AGE:36]], [[ADDRESS:Flat 3/1, 211 Great Western Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G4 9EJ]], NI number [[ID_NUMBER:JR 41 88 20 C]].""",
    """[[PERSON:Sandeep]] [[PERSON:Gill]] (username [[USERNAME:sgill.mortgages]]) logged in at [[DATE_TIME:03/15/2024 11:02 PM]] from [[IP_ADDRESS:2600:1700:5a3c:8e10:1d4f:c2aa:90b3:7e61]] and changed the payout card to [[CREDIT_CARD:2223 0048 9176 3509]].""",
    """Your age, [[AGE:52]], and date of birth, [[DATE_TIME:14-Jun-1972]], do not match the ID you uploaded, [[PERSON:Mrs. Rukhsana Qureshi]]. Please re-upload your passport, [[ID_NUMBER:AB4471902]], from [[IP_ADDRESS:94.12.201.66]] or visit a branch in [[LOCATION:Birmingham]].""",
    """The Central Paradigm Orchestrator at Kuhlman-Rau, [[PERSON:Brayden]] [[PERSON:Koepp]], lives at [[ADDRESS:5579 Ernser Lodge]], [[ADDRESS:Apt. 817]], [[LOCATION:North Janiya]], [[LOCATION:Vermont]] [[ZIP_CODE:05443]]; tel [[PHONE_NUMBER:1-802-555-0193 x4471]].""",
    """Hello [[PERSON:Nomvula]], your subscription was renewed with [[CREDIT_CARD:5167 3004 8812 2773]] on [[DATE_TIME:12 Sep 2024]]. Amount: 349.00 ZAR. Billing address: [[ADDRESS:45 Long Street]], [[LOCATION:Cape Town]], [[ZIP_CODE:8001]], [[LOCATION:South Africa]].""",
    """Masked dataset row: name=[[PERSON:Tahmina Akter]], sex=F, age=[[AGE:31]], city=[[LOCATION:Sylhet]], phone=[[PHONE_NUMBER:+880 1712-448392]], nid=[[ID_NUMBER:1994 4512 7730 19]], device=iPhone 13, ip=[[IP_ADDRESS:103.72.14.5]].""",
    """Following the incident, [[TITLE:Father]] [[PERSON:Tomás Ó Briain]]'s parish laptop (serial PF2KXQ91, MAC 3C:22:FB:91:0A:7E) was found to have sent [[PERSON:Bríd Ní Mhaoláin]]'s bank details, [[IBAN_CODE:IE30 AIBK 9311 5212 9088 42]], to an outside address.""",
    """[[PERSON:Jae-won Shin]], [[AGE:24]], has been cleared for the internship at our [[LOCATION:Incheon]] branch starting [[DATE_TIME:2024.09.02]]. Please email the signed NDA to [[EMAIL_ADDRESS:jaewon.shin.dev@gmail.com]] and keep your employee PIN 5531 private.""",
    """Ref 4471/C: the Assistant Configuration Planner, [[PERSON:Mr. Laszlo Horvath]], asked that statements for account [[ID_NUMBER:11773016-01544820]] be sent to [[ADDRESS:Andrássy út 61]], [[ADDRESS:3. emelet 2]], [[ZIP_CODE:1062]] [[LOCATION:Budapest]] from now on.""",
    """We noticed [[PERSON:Zofia]]'s workstation [[IP_ADDRESS:192.168.40.17]] trying to reach [[IP_ADDRESS:45.83.64.201]] every 30 seconds; user agent curl/8.4.0. Please contact her manager, [[PERSON:Anders Holm]], at [[EMAIL_ADDRESS:anders.holm@nordvik-it.no]].""",
    """Claim received from [[PERSON:Salote Fifita]], DOB [[DATE_TIME:09/09/1990]], gender female, for the stolen bag (phone, wallet and her NZ passport [[ID_NUMBER:LN448201]]). Bank: [[ID_NUMBER:12-3140-0448271-00]]. Phone [[PHONE_NUMBER:027 551 8830]].""",
    """As the Internal Division Executive, [[PERSON:Giorgos]] must confirm his TIN ([[ID_NUMBER:133019820]]) and that the payment to [[IBAN_CODE:GR59 0140 7040 0000 0402 2088 119]] may go ahead; his last sign-in was from [[IP_ADDRESS:62.74.18.211]].""",
    """Customer [[PERSON:Maximilian]] [[PERSON:Ebert]] — [[ADDRESS:Apt. 5C]], [[ADDRESS:2090 Kessler Ramp]], [[LOCATION:Bruenfort]], [[LOCATION:Idaho]] [[ZIP_CODE:83702]] — paid 219.45 with [[CREDIT_CARD:2710 0014 3290 3859]], CVV 661, expiring 12/25. Shipment leaves on Friday.""",
    """[[TITLE:Pani]] [[PERSON:Ewa Szymańska]], jako Główna Specjalistka ds. Integracji, prosi o przelanie zwrotu na rachunek [[IBAN_CODE:PL30 1020 4056 0000 1202 0337 1945]]. Jej adres: [[ADDRESS:al. Jerozolimskie 123A]], [[ADDRESS:lok. 48]], [[ZIP_CODE:02-017]] [[LOCATION:Warszawa]], IP przy logowaniu: [[IP_ADDRESS:83.24.160.77]].""",
    """Η [[PERSON:Ευαγγελία Λαμπράκη]], Υπεύθυνη Ψηφιακής Στρατηγικής, ζήτησε να σταλεί η επιστροφή στο [[IBAN_CODE:GR29 0172 0440 0050 4406 9871 213]]. Κάρτα: [[CREDIT_CARD:5303 1187 4402 9961]], κινητό [[PHONE_NUMBER:+30 697 441 2208]].""",
    # --- in the manner of gretel-pii-masking-en-v1 (domain documents) ---
    """PROPERTY DAMAGE CLAIM. Claimant [[PERSON:Renée Castellanos]] (customer ID [[ID_NUMBER:CUS-00917736]]) reports that on [[DATE_TIME:January 18, 2024]] a burst pipe flooded the basement at [[ADDRESS:906 Linden Avenue]], [[LOCATION:Evanston]], [[LOCATION:IL]] [[ZIP_CODE:60202]]. Policy HO-3 no. 7724119-04. Adjuster: [[PERSON:Mark Pellegrino]], via the claims line, 847-555-0100 ext. 12. Estimated loss $18,400.""",
    """EMPLOYMENT AGREEMENT. This Agreement is made on [[DATE_TIME:2 April 2024]] between Harrowgate Logistics Ltd (the "Company") and [[PERSON:Kofi Mensah-Ababio]] of [[ADDRESS:12 Fennel Close]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK7 8QR]] (the "Employee"), National Insurance number [[ID_NUMBER:PZ 38 17 04 B]]. The Employee's start date is [[DATE_TIME:22 April 2024]] and the Employee's staff number will be [[ID_NUMBER:HL-20471]].""",
    """Medical Record Summary — Patient: [[PERSON:Abigail Nakamura-Hughes]]; MRN: [[ID_NUMBER:MRN-55018842]]; DOB: [[DATE_TIME:1987-06-02]]; Admission: [[DATE_TIME:2024-03-29]]; Attending: [[PERSON:Dr. Sunil Varghese]]. Diagnosis: community-acquired pneumonia. Emergency contact: [[PERSON:Tom Hughes]] (husband), [[PHONE_NUMBER:+1 312 709 4418]].""",
    """LOAN APPLICATION. Applicant: [[PERSON:Marisol Ortega Vidal]]. Date of birth: [[DATE_TIME:11/05/1983]]. SSN: [[US_SSN:418-62-9907]]. Residential address: [[ADDRESS:7718 Mesa Verde Dr]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79912]]. Employer: Sun City Dental Group; annual income $74,500. Bank account number: [[ID_NUMBER:4418209937]] (routing 111000025). Loan amount requested: $22,000.""",
    """NOTICE OF TERMINATION OF TENANCY. To [[PERSON:Gavin]] and [[PERSON:Priya Bhattacharya]], tenants of [[ADDRESS:Unit 12, 300 Queen Street]], [[LOCATION:Brisbane]] [[LOCATION:QLD]] [[ZIP_CODE:4000]]. The lessor, [[PERSON:Helen Cartwright]], gives notice that the tenancy ends on [[DATE_TIME:30 November 2024]]. Handover of keys to be arranged with the agent on 07 3221 4000.""",
    """The customer, [[PERSON:Vikram Rao]], with customer ID [[ID_NUMBER:CID-774410]], contacted support on [[DATE_TIME:2023-12-04]] disputing a charge on his credit card [[CREDIT_CARD:4024 0071 8273 6156]]. He confirmed his billing address as [[ADDRESS:55 Shivaji Marg]], [[LOCATION:New Delhi]] [[ZIP_CODE:110015]] and his registered mobile as [[PHONE_NUMBER:+91 98110 37422]].""",
    """CONSENT FOR TREATMENT. I, [[PERSON:Olumide Fashola]], date of birth [[DATE_TIME:23 October 1969]], hospital number [[ID_NUMBER:RX4471920]], consent to a left total knee replacement to be performed by [[PERSON:Mr. Jonathan Hale]], consultant orthopaedic surgeon. Signed: O. Fashola. Date: [[DATE_TIME:14/08/2024]]. Witness: [[PERSON:Nurse Precious Dube]].""",
    """SETTLEMENT AGREEMENT between Brightwater Credit Union and [[PERSON:Dwayne Abernathy]] (member no. [[ID_NUMBER:0088213]]), residing at [[ADDRESS:14 Rue Cartier]], [[LOCATION:Gatineau]], [[LOCATION:QC]] [[ZIP_CODE:J8Y 2T4]]. The Member agrees to repay $6,210.00 in twelve monthly instalments commencing [[DATE_TIME:1 February 2024]] by pre-authorized debit from account [[ID_NUMBER:815-00442-1190873]].""",
    """Pharmacy Intake Form. Patient name: [[PERSON:Leticia Amponsah]]. DOB: [[DATE_TIME:Feb 9 1951]]. Age: [[AGE:73]]. NHS no.: [[ID_NUMBER:401 023 2188]]. GP: [[PERSON:Dr. Imran Latif]]. Allergies: sulfa drugs. Preferred contact: [[PHONE_NUMBER:0121 449 3071]]. Consent to share with care home staff: yes.""",
    """Insurance Claim #AC-2024-06671. Insured: [[PERSON:Theodora Lam]], driver's license [[US_DRIVER_LICENSE:D4471920]] ([[LOCATION:California]]). Date of accident: [[DATE_TIME:05/17/2024]], approx. 5:40 p.m., at the intersection of Fair Oaks Ave and Colorado Blvd, [[LOCATION:Pasadena]]. Other driver: [[PERSON:Reggie Holt]], plate [[ID_NUMBER:8KTL227]]. Witness phone: [[PHONE_NUMBER:626-408-1173]].""",
    """Residential Care Agreement. Resident: [[PERSON:Agnes Whitfield]] ([[AGE:89]]), admitted [[DATE_TIME:6 May 2024]] to Rosewood Court. Next of kin: [[PERSON:Paul Whitfield]], [[ADDRESS:3 Saxon Way]], [[LOCATION:Winchester]] [[ZIP_CODE:SO23 7DN]], [[EMAIL_ADDRESS:paul.whitfield@btinternet.com]]. Fees to be paid monthly from the resident's account, [[IBAN_CODE:GB06 BARC 2003 5388 2144 07]].""",
    """FORM W-4 WORKSHEET (excerpt). Employee: [[PERSON:Christopher M. Boateng]]; SSN [[US_SSN:529-40-1186]]; address [[ADDRESS:412 Maple Ln]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43215]]; filing status: married filing jointly; spouse [[PERSON:Efua Boateng]]. Employer ID number 31-4418720.""",
    """Discharge Letter. Dear [[PERSON:Dr. Okonkwo]], your patient [[PERSON:Ifeanyi Chukwu]] (DOB [[DATE_TIME:30.06.1958]], hospital no. [[ID_NUMBER:H0048821]]) was discharged on [[DATE_TIME:12.09.2024]] after a three-day admission with a TIA. He lives alone at [[ADDRESS:Flat 14, Marlowe House, 2 Peckham Hill Street]], [[LOCATION:London]] [[ZIP_CODE:SE15 5JT]].""",
    """Mortgage Pre-Approval Letter. Borrower(s): [[PERSON:Kieran Walsh]] and [[PERSON:Fiona Walsh]]. Property: [[ADDRESS:19 Seaview Terrace]], [[LOCATION:Howth]], [[LOCATION:Co. Dublin]] [[ZIP_CODE:D13 R2K7]]. PPS numbers on file. Approval valid until 31/12/2024. Contact your adviser, [[PERSON:Orla Byrne]], on [[PHONE_NUMBER:086 771 4402]].""",
    """STATEMENT OF WITNESS. My name is [[PERSON:Beatriz Santos Lima]]. I am [[AGE:38]] years of age and I live at [[ADDRESS:Rua das Flores 118]], [[LOCATION:Porto]]. On [[DATE_TIME:Saturday 3 August 2024 at about 22:15]] I saw a man I now know to be [[PERSON:Duarte Pimenta]] strike the victim outside the bar. Signed [[PERSON:B. Santos Lima]].""",
    """School Enrolment Form. Child: [[PERSON:Amara Osei]], DOB [[DATE_TIME:14/02/2018]], Year 1. Parent/guardian: [[PERSON:Kwabena Osei]], [[PHONE_NUMBER:07956 201 448]], [[EMAIL_ADDRESS:k.osei.family@gmail.com]]. Home address: [[ADDRESS:27 Acacia Drive]], [[LOCATION:Reading]] [[ZIP_CODE:RG2 7LT]]. Religion: [[NRP:Methodist]]. Home language: Twi.""",
    """PAYROLL CHANGE NOTICE — Employee [[PERSON:Hyun-woo Park]], staff ID [[ID_NUMBER:E-004471]], changes his bank details from account ending 2210 to [[ID_NUMBER:024-118837-401]] effective [[DATE_TIME:1 Oct 2024]]. Authorised by [[PERSON:Sarah Liddell]], HR Business Partner.""",
    """Pre-Assessment Note (care home). Prospective resident [[PERSON:Mr. Rajinder Singh Bains]], [[AGE:82]], [[NRP:Sikh]], currently at home at [[ADDRESS:61 Gladstone Road]], [[LOCATION:Southall]] [[ZIP_CODE:UB2 4AR]] with his son [[PERSON:Harjit]]. Needs help with mobility and diabetes management. Assessment completed [[DATE_TIME:19/07/2024]] by [[PERSON:Nurse Janet O'Leary]].""",
    """Vehicle Lease Agreement. Lessee: [[PERSON:Anita Kaur Dhillon]], driving licence no. [[ID_NUMBER:DHILL755120AK9MN]], of [[ADDRESS:33 Oakwood Rise]], [[LOCATION:Leicester]] [[ZIP_CODE:LE5 4PQ]]. Vehicle registration [[ID_NUMBER:LN24 VXE]]. Term 36 months from [[DATE_TIME:1 July 2024]]; payments collected by direct debit.""",
    """Patient Transfer Form — From: St Luke's ward 4B. To: Hazelwood Nursing Home, [[ADDRESS:2 Mill Road]], [[LOCATION:Ely]] [[ZIP_CODE:CB7 4DT]]. Patient: [[PERSON:Dorothy Finch]], NHS [[ID_NUMBER:634 109 8820]], DOB [[DATE_TIME:03/03/1936]]. Transfer date [[DATE_TIME:22/08/2024]] by ambulance. DNACPR in place.""",
    """Άδεια διαμονής — Αιτών: [[PERSON:Αχμέτ Γιλμάζ]], υπηκοότητα [[NRP:τουρκική]], διαβατήριο [[ID_NUMBER:U18834077]], διεύθυνση [[ADDRESS:Πατησίων 76]], [[ZIP_CODE:104 34]] [[LOCATION:Αθήνα]]. Ημερομηνία αίτησης: [[DATE_TIME:04/03/2024]]. Τηλέφωνο: [[PHONE_NUMBER:210 822 4471]].""",
    """Σύμβαση μίσθωσης. Ο εκμισθωτής [[PERSON:Κωνσταντίνος Βλάχος]] (ΑΦΜ [[ID_NUMBER:055167301]], ΑΔΤ [[ID_NUMBER:ΑΚ 418203]]) εκμισθώνει στη [[PERSON:Ιωάννα Σταυροπούλου]] (ΑΦΜ [[ID_NUMBER:129881450]]) το ακίνητο επί της οδού [[ADDRESS:Λεωφ. Αλεξάνδρας 112]], [[ZIP_CODE:114 73]] [[LOCATION:Αθήνα]], από [[DATE_TIME:1/10/2024]].""",
    """Zgłoszenie szkody nr 2024/PL/88120. Poszkodowany: [[PERSON:Łukasz Wójcik]], PESEL [[ID_NUMBER:88112309178]], zam. [[ADDRESS:ul. Długa 18 m. 7]], [[ZIP_CODE:80-827]] [[LOCATION:Gdańsk]]. Data zdarzenia: [[DATE_TIME:14.06.2024, godz. 17:30]]. Sprawca: [[PERSON:Paweł Kowalczyk]], nr rej. [[ID_NUMBER:GD 7H412]]. Odszkodowanie na rachunek [[IBAN_CODE:PL69 1140 2004 4000 0365 0221 3874]].""",
    """Karta informacyjna pacjenta. Pacjentka: [[PERSON:Magdalena Krawczyk]], PESEL [[ID_NUMBER:92090514488]], lat [[AGE:32]]. Przyjęta [[DATE_TIME:03.02.2025]] na oddział wewnętrzny. Lekarz prowadzący: [[TITLE:dr]] [[PERSON:Jan Olszewski]]. Osoba upoważniona: [[PERSON:Marcin Krawczyk]], tel. [[PHONE_NUMBER:604 552 180]].""",
    """CERTIFICATE OF EMPLOYMENT. This is to certify that [[PERSON:Ma. Teresa Villareal]] has been employed by Northpoint BPO Inc. as a Customer Service Associate from [[DATE_TIME:June 15, 2019]] to [[DATE_TIME:August 30, 2024]]. SSS No. [[ID_NUMBER:33-4412098-7]]. Issued upon her request at [[LOCATION:Pasig City]].""",
    """AFFIDAVIT OF LOSS. I, [[PERSON:Emmanuel Ochieng Otieno]], of [[ADDRESS:P.O. Box 4471-00100]], [[LOCATION:Nairobi]], holder of ID No. [[ID_NUMBER:28837104]] and KRA PIN [[ID_NUMBER:A009441827P]], state that on [[DATE_TIME:2nd March 2024]] I lost my logbook for motor vehicle [[ID_NUMBER:KCX 418T]] along Thika Road.""",
    # --- in the manner of Nemotron-PII (structured, logs, code, forms) ---
    """{"customer": {"id": "[[ID_NUMBER:C-7719204]]", "first_name": "[[PERSON:Harriet]]", "last_name": "[[PERSON:Oyelowo]]", "dob": "[[DATE_TIME:1979-08-21]]", "email": "[[EMAIL_ADDRESS:harriet.oyelowo@gmail.com]]", "phone": "[[PHONE_NUMBER:+44 7700 553 018]]", "address": {"line1": "[[ADDRESS:19 Chalk Farm Road]]", "city": "[[LOCATION:London]]", "postcode": "[[ZIP_CODE:NW1 8AG]]"}, "marketing_opt_in": false, "tier": "gold"}}""",
    """[[DATE_TIME:2024-05-19T08:14:22Z]] INFO auth.login user=[[USERNAME:mkowalski]] src=[[IP_ADDRESS:10.12.4.88]] result=success mfa=totp
[[DATE_TIME:2024-05-19T08:14:23Z]] INFO session.start sid=7f3a91c2 user=[[USERNAME:mkowalski]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
[[DATE_TIME:2024-05-19T08:31:07Z]] WARN auth.login user=[[USERNAME:tpatel]] src=[[IP_ADDRESS:41.204.18.77]] result=failure reason=bad_password attempts=3""",
    """INSERT INTO patients (patient_id, full_name, dob, phone, ward) VALUES
  ('[[ID_NUMBER:P-004418]]', '[[PERSON:Grace Adjei]]', '[[DATE_TIME:1948-12-02]]', '[[PHONE_NUMBER:0161 882 4013]]', 'B3'),
  ('[[ID_NUMBER:P-004419]]', '[[PERSON:Martin Kealy]]', '[[DATE_TIME:1952-07-15]]', '[[PHONE_NUMBER:0161 790 2254]]', 'B3');""",
    """<employee>
  <staffId>[[ID_NUMBER:ST-30917]]</staffId>
  <name><given>[[PERSON:Noor]]</given><family>[[PERSON:Al-Khatib]]</family></name>
  <email>[[EMAIL_ADDRESS:noor.alkhatib@meridianhealth.org]]</email>
  <iban>[[IBAN_CODE:SE49 5000 0000 0549 1018 3372]]</iban>
  <startDate>[[DATE_TIME:2021-03-01]]</startDate>
  <department>Radiology</department>
</employee>""",
    """# settings for the nightly export (do not commit!)
SMTP_USER=[[EMAIL_ADDRESS:oisin.dunne@gmail.com]]
SMTP_PASS=Hazel2024!
ALERT_SMS=[[PHONE_NUMBER:+353 87 448 2019]]
ADMIN_NAME="[[PERSON:Oisín Dunne]]"
DB_HOST=[[IP_ADDRESS:10.0.3.14]]
EXPORT_DIR=/srv/exports/daily""",
    """Ticket #INC-204871 | Priority: P3 | Opened by: [[PERSON:Lerato Mokoena]] ([[EMAIL_ADDRESS:lerato.mokoena@outlook.com]])
Subject: Can't access my payslips
Description: Hi, I've been locked out since yesterday. My employee number is [[ID_NUMBER:ZA-88127]] and my ID number is [[ID_NUMBER:8605140347087]]. You can call me on [[PHONE_NUMBER:082 441 3096]]. Thanks.
Assigned to: Service Desk L1""",
    """def test_create_member():
    member = Member(
        name="[[PERSON:Kalani Akana]]",
        email="[[EMAIL_ADDRESS:kalani.akana@hawaii.rr.com]]",
        phone="[[PHONE_NUMBER:808-371-2294]]",
        card="[[CREDIT_CARD:4716338201937100]]",
        dob="[[DATE_TIME:1991-04-09]]",
    )
    assert member.is_valid()""",
    """user_profile:
  username: [[USERNAME:dani.petrova]]
  full_name: [[PERSON:Daniela Petrova]]
  nationality: [[NRP:Bulgarian]]
  date_of_birth: [[DATE_TIME:1993-02-27]]
  home_address: [[ADDRESS:ul. Tsar Simeon 88, et. 3]], [[LOCATION:Sofia]] [[ZIP_CODE:1000]]
  phone: "[[PHONE_NUMBER:+359 88 741 2290]]"
  newsletter: true""",
    """[[[DATE_TIME:2024-07-02 13:45:10]]] payment.succeeded order=ORD-55821 amount=59.99 currency=USD customer="[[PERSON:Jamal Wright]]" card=[[CREDIT_CARD:5199640023370581]] ip=[[IP_ADDRESS:73.162.90.14]] billing_zip=[[ZIP_CODE:30318]]""",
    """SELECT * FROM accounts WHERE email = '[[EMAIL_ADDRESS:b.okafor@yahoo.co.uk]]' OR ssn = '[[US_SSN:312-58-7720]]';
-- requested by [[PERSON:Benedict Okafor]] for his subject access request, [[DATE_TIME:2024-06-11]]""",
    """Form: Visitor registration
Visitor name: [[PERSON:Sebastián Ferreyra]]
Host: [[PERSON:Claire Dubois]]
Company: Arcadis
Visit date: [[DATE_TIME:12/03/2024 09:30]]
Badge: V-1187
Car reg: [[ID_NUMBER:WR71 KLP]]
Mobile: [[PHONE_NUMBER:+33 6 41 72 88 19]]""",
    """{"event": "address_change", "user_id": 448201, "username": "[[USERNAME:ruthie_b]]", "old": "[[ADDRESS:88 Grange Road]], [[LOCATION:Dundee]] [[ZIP_CODE:DD4 8PX]]", "new": "[[ADDRESS:Flat 2/3, 14 Perth Road]], [[LOCATION:Dundee]] [[ZIP_CODE:DD1 4LN]]", "ts": "[[DATE_TIME:2024-09-01T10:22:41Z]]", "ip": "[[IP_ADDRESS:81.98.203.44]]"}""",
    """Jun 12 03:17:44 web01 sshd[22817]: Failed password for invalid user admin from [[IP_ADDRESS:185.220.101.47]] port 51234 ssh2
[[DATE_TIME:Jun 12 03:17:49]] web01 sshd[22821]: Accepted publickey for [[USERNAME:jdelacroix]] from [[IP_ADDRESS:88.160.12.9]] port 60112 ssh2
[[DATE_TIME:Jun 12 03:18:02]] web01 sudo: [[USERNAME:jdelacroix]] : TTY=pts/0 ; PWD=/home/[[USERNAME:jdelacroix]] ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""",
    """<?xml version="1.0"?>
<claim id="CLM-99812">
  <claimant>[[PERSON:Mehmet Yıldırım]]</claimant>
  <dob>[[DATE_TIME:1975-01-30]]</dob>
  <policyNo>TR-HOME-441872</policyNo>
  <iban>[[IBAN_CODE:DE90 5001 0517 5421 8990 32]]</iban>
  <address>[[ADDRESS:Bergstraße 14]], [[ZIP_CODE:69120]] [[LOCATION:Heidelberg]]</address>
</claim>""",
    """Support ticket 30917 — Customer: [[PERSON:Priscilla Mwangi]] | Account: [[ID_NUMBER:ACC-4471-0093]] | Phone: [[PHONE_NUMBER:+254 733 418 207]]
Issue: double charge on card [[CREDIT_CARD:5410 3700 2881 9308]] on [[DATE_TIME:3 July]].
Agent note: refund raised, customer to be updated by email ([[EMAIL_ADDRESS:pmwangi@gmail.com]]).""",
    """const seedUsers = [
  { name: "[[PERSON:Aditi Sharma]]", email: "[[EMAIL_ADDRESS:aditi.sharma@rediffmail.com]]", aadhaar: "[[ID_NUMBER:7362 0418 8390]]" },
  { name: "[[PERSON:Farhan Qureshi]]", email: "[[EMAIL_ADDRESS:farhanq@gmail.com]]", aadhaar: "[[ID_NUMBER:5901 4477 3626]]" },
];""",
    """CSV import error on row 18: "[[PERSON:O'Neill]], [[PERSON:Bridget]]","[[DATE_TIME:31/02/1966]]","[[PHONE_NUMBER:028 9066 3317]]","[[ADDRESS:4 Malone Park]]","[[LOCATION:Belfast]]","[[ZIP_CODE:BT9 6NJ]]" — invalid date_of_birth""",
    """Intake form — Domestic violence helpline (confidential)
Caller first name: [[PERSON:Shanice]]
Safe number: [[PHONE_NUMBER:0407 228 913]]
Safe to leave voicemail: No
Suburb: [[LOCATION:Logan Central]]
Children: 2 (ages [[AGE:4]] and [[AGE:7]])
Follow-up booked: [[DATE_TIME:Thu 15/08 at 10:00]]""",
    """POST /api/v2/kyc/submit HTTP/1.1
Host: api.finlane.io
Content-Type: application/json

{"full_name":"[[PERSON:Adaeze Nwachukwu]]","bvn":"[[ID_NUMBER:22471830961]]","nin":"[[ID_NUMBER:44810293375]]","dob":"[[DATE_TIME:1996-10-12]]","phone":"[[PHONE_NUMBER:+2348034471920]]","selfie_ref":"img_9f22c1"}""",
    """apiVersion: v1
kind: Secret
metadata:
  name: billing-contact
  annotations:
    owner: "[[PERSON:Tomasz Wiśniewski]] <[[EMAIL_ADDRESS:tomasz.wisniewski@onet.pl]]>"
stringData:
  on_call_phone: "[[PHONE_NUMBER:+48 691 220 473]]"
  region: eu-central-1""",
    """Appointment booking confirmation
Patient: [[PERSON:Samira Haddad]]  |  DOB: [[DATE_TIME:05 Apr 1990]]  |  Health card: [[ID_NUMBER:6072-518-431]]
Clinic: Bayview Family Health  |  Appointment: [[DATE_TIME:Friday, 20 September 2024, 15:20]]
Reminder sent to: [[EMAIL_ADDRESS:samira.h@rogers.com]] / [[PHONE_NUMBER:416-902-3318]]""",
    """git log excerpt:
commit 9c41f0e2a7d3b8e1f5c6a9d0b2e4f7a1c3d5e8f0
Author: [[PERSON:Nikhil Banerjee]] <[[EMAIL_ADDRESS:nikhil.banerjee@protonmail.com]]>
Date:   [[DATE_TIME:Tue Mar 12 22:41:09 2024 +0530]]

    fix: stop logging full card numbers in checkout""",
    """{"resident_id":"[[ID_NUMBER:RH-2207]]","name":"[[PERSON:Francis Xavier Mulligan]]","room":"12","dob":"[[DATE_TIME:1931-05-19]]","gp":"[[PERSON:Dr. Aylin Yusuf]]","nok":{"name":"[[PERSON:Clare Mulligan]]","relation":"daughter","phone":"[[PHONE_NUMBER:01392 441 870]]"},"dnacpr":true}""",
    """Server access log:
[[IP_ADDRESS:66.249.66.1]] - - [14/Jul/2024:10:02:11 +0000] "GET /robots.txt HTTP/1.1" 200 68 "-" "Googlebot/2.1"
[[IP_ADDRESS:109.152.34.210]] - [[USERNAME:ellie.w]] [[[DATE_TIME:14/Jul/2024:10:02:14 +0000]]] "POST /account/update HTTP/1.1" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)\"""",
    """UPDATE residents SET next_of_kin = '[[PERSON:Wiremu Tane]]', nok_phone = '[[PHONE_NUMBER:+64 21 558 0471]]', nhi = '[[ID_NUMBER:KLM7309]]' WHERE resident_id = 1187;""",
    """<form name="rx-refill">
  <field name="patient">[[PERSON:Louise Arsenault]]</field>
  <field name="dob">[[DATE_TIME:1964-09-08]]</field>
  <field name="rx_number">RX-0049127</field>
  <field name="pharmacy_phone">1-888-555-0142</field>
  <field name="callback">[[PHONE_NUMBER:902-441-8827]]</field>
</form>""",
    """<pacjent>
  <imie>[[PERSON:Stanisław]]</imie>
  <nazwisko>[[PERSON:Zając]]</nazwisko>
  <pesel>[[ID_NUMBER:38110502271]]</pesel>
  <adres>[[ADDRESS:ul. Polna 3]], [[ZIP_CODE:62-020]] [[LOCATION:Swarzędz]]</adres>
  <telefon>[[PHONE_NUMBER:61 817 44 92]]</telefon>
  <opiekun>[[PERSON:Beata Zając]]</opiekun>
</pacjent>""",
    """{"wniosek": "kredyt_gotowkowy", "imie_nazwisko": "[[PERSON:Michał Kowalczyk]]", "pesel": "[[ID_NUMBER:99053084714]]", "dowod": "[[ID_NUMBER:CDR248217]]", "telefon": "[[PHONE_NUMBER:+48 733 019 284]]", "email": "[[EMAIL_ADDRESS:m.kowalczyk99@wp.pl]]", "rachunek": "[[IBAN_CODE:PL57 1090 1014 4000 0071 2654 9830]]", "kwota": 15000}""",
    """{"ασθενής": "[[PERSON:Δημήτρης Ραφαηλίδης]]", "αμκα": "[[ID_NUMBER:02118705371]]", "ημ_γέννησης": "[[DATE_TIME:02/11/1987]]", "τηλέφωνο": "[[PHONE_NUMBER:+30 693 118 4470]]", "email": "[[EMAIL_ADDRESS:d.rafailidis@yahoo.gr]]", "κλινική": "Καρδιολογική"}""",
    """Αίτημα υποστήριξης #55102
Όνομα: [[PERSON:Σταυρούλα Νικολάου]]
Email: [[EMAIL_ADDRESS:stavroula.nik@gmail.com]]
Τηλ.: [[PHONE_NUMBER:2310 552 418]]
Διεύθυνση: [[ADDRESS:Τσιμισκή 41]], [[ZIP_CODE:546 24]] [[LOCATION:Θεσσαλονίκη]]
Περιγραφή: Η κάρτα [[CREDIT_CARD:4929 1200 4681 7736]] χρεώθηκε δύο φορές στις [[DATE_TIME:18/09/2024]].""",
    """[[DATE_TIME:2024-10-02 09:12:55]] [INFO] Επιτυχής σύνδεση χρήστη [[USERNAME:elena.georgiou]] από [[IP_ADDRESS:79.166.42.19]]
[[DATE_TIME:2024-10-02 09:13:40]] [INFO] Αλλαγή IBAN πληρωμής σε [[IBAN_CODE:GR62 0260 0310 0008 2010 0591 146]] για τον πελάτη [[PERSON:Έλενα Γεωργίου]]""",
    """Booking #HTL-883104
Lead guest: [[PERSON:Dr. Mariam Bakhtiari]]
Guests: 2 adults
Arrival: [[DATE_TIME:2024-12-23]]  Departure: [[DATE_TIME:2024-12-27]]
Card guarantee: [[CREDIT_CARD:3412 880771 64050]] exp 10/27
Special request: ground floor, wheelchair user
Contact: [[EMAIL_ADDRESS:m.bakhtiari@gmx.de]]""",
    """// TODO remove before release: hard-coded test account
const TEST_ACCOUNT = {
  holder: "[[PERSON:Rahul Deshpande]]",
  iban: "[[IBAN_CODE:FR76 3000 3021 5400 0504 7182 316]]",
  bic: "SOGEFRPP",
  pan: "[[ID_NUMBER:AKZPD4410Q]]",
};""",
    """Incident report IR-0712 (care home)
Date/time: [[DATE_TIME:07/09/2024 02:40]]
Resident: [[PERSON:Eileen Rafferty]], room 9
Reported by: [[PERSON:Chipo Mutasa]] (night carer)
Summary: found on floor beside bed, no visible injury, obs normal, GP informed in the morning. Family ([[PERSON:Sean Rafferty]], [[PHONE_NUMBER:07821 336 902]]) informed at 08:15.""",
    """mysql> SELECT name, tfn, medicare FROM clients WHERE id IN (88, 91);
+----------------------+-------------+--------------+
| name                 | tfn         | medicare     |
+----------------------+-------------+--------------+
| [[PERSON:Bree Hollingsworth]]   | [[ID_NUMBER:876 152 046]] | [[ID_NUMBER:6201983321]]   |
| [[PERSON:Tuan Nguyen]]          | [[ID_NUMBER:322 088 410]] | [[ID_NUMBER:2774015882]]   |
+----------------------+-------------+--------------+""",
    """Onboarding checklist — new starter [[PERSON:Yaw Darko]]
[x] Contract signed [[DATE_TIME:26/08/2024]]
[x] Right to work checked: [[NRP:Ghanaian]] passport [[ID_NUMBER:G2208917]]
[ ] Bank details: [[IBAN_CODE:GB54 LOYD 3096 2217 8455 10]]
[ ] Laptop issued (asset 00917)""",
    """{"level":"error","ts":"[[DATE_TIME:2024-08-19T16:22:04.118Z]]","msg":"sms delivery failed","to":"[[PHONE_NUMBER:+61 412 009 338]]","recipient":"[[PERSON:Hollie Brandt]]","provider":"twilio","code":30003}""",
    """PATCH /v1/users/88120
{
  "email": "[[EMAIL_ADDRESS:c.onyango@gmail.com]]",
  "national_id": "[[ID_NUMBER:31184472]]",
  "kra_pin": "[[ID_NUMBER:A014882019Z]]",
  "mpesa_number": "[[PHONE_NUMBER:0722 604 118]]",
  "display_name": "[[PERSON:Cynthia Onyango]]"
}""",
    """Emergency contact card (scanned, OCR)
NAME: [[PERSON:ADEBAYO OGUNLESI]]
DOB: [[DATE_TIME:12 MAR 1961]]
BLOOD GROUP: O+
ADDRESS: [[ADDRESS:PLOT 7, ADMIRALTY WAY]], [[LOCATION:LEKKI]], [[LOCATION:LAGOS]]
NOK: [[PERSON:FOLAKE OGUNLESI]] — [[PHONE_NUMBER:0802 331 4479]]""",
]

TABLE = [
    """rx_id,patient_name,dob,item,qty,collection,contact_no
RX-44810,[[PERSON:Agnieszka Dąbrowska-Hill]],[[DATE_TIME:1962-04-17]],metformin 500mg,56,delivery,[[PHONE_NUMBER:07412 338901]]
RX-44811,[[PERSON:Colin McBride]],[[DATE_TIME:1949-11-30]],ramipril 5mg,28,in store,[[PHONE_NUMBER:01506 772 114]]
RX-44812,[[PERSON:Nasreen Begum]],[[DATE_TIME:1971-01-08]],salbutamol inhaler,2,delivery,[[PHONE_NUMBER:07984 002 617]]
RX-44813,[[PERSON:Terence Ashworth]],[[DATE_TIME:1938-06-21]],dosette (weekly),4,care home,""",
    """resident\troom\tdate_of_birth\tnext_of_kin\tnok_phone\tdiet
[[PERSON:Winifred Coombes]]\t3\t[[DATE_TIME:14/02/1933]]\t[[PERSON:Alan Coombes]] (son)\t[[PHONE_NUMBER:01392 558 201]]\tsoft
[[PERSON:Ambrose Oduya]]\t7\t[[DATE_TIME:02/09/1940]]\t[[PERSON:Grace Oduya]] (daughter)\t[[PHONE_NUMBER:07723 914 006]]\tdiabetic
[[PERSON:Hilda Baxendale]]\t11\t[[DATE_TIME:27/12/1929]]\t[[TITLE:Rev.]] [[PERSON:Mark Baxendale]] (nephew)\t[[PHONE_NUMBER:01884 220 437]]\tnormal""",
    """| Staff | Role | Shift | Mobile |
|---|---|---|---|
| [[PERSON:Joy Adebanjo]] | Senior carer | Early | [[PHONE_NUMBER:07852 441 903]] |
| [[PERSON:Marek Zieliński]] | Carer | Late | [[PHONE_NUMBER:07391 006 228]] |
| [[PERSON:Rosie Tran]] | Nurse | Night | [[PHONE_NUMBER:07440 187 552]] |
| [[PERSON:Fiona]] (agency) | Carer | Night | via agency |""",
    """CUST_NO   NAME                    IBAN                            BALANCE
[[ID_NUMBER:00418827]]  [[PERSON:Harriet Lowe]]            [[IBAN_CODE:GB66NWBK60730122883641]]          1,204.55
[[ID_NUMBER:00418831]]  [[PERSON:Desmond Achterberg]]      [[IBAN_CODE:NL55RABO0157283304]]              88.10
[[ID_NUMBER:00418840]]  [[PERSON:Katarzyna Lis]]           [[IBAN_CODE:PL75105010090010000090317722]]    15,730.00""",
    """{"username": "[[USERNAME:moana_k]]", "email": "[[EMAIL_ADDRESS:moana.kealoha@gmail.com]]", "signup_ip": "[[IP_ADDRESS:72.253.14.9]]", "country": "[[LOCATION:US]]", "plan": "free"}
{"username": "[[USERNAME:thabo.m]]", "email": "[[EMAIL_ADDRESS:thabo.mahlangu@mweb.co.za]]", "signup_ip": "[[IP_ADDRESS:41.13.220.81]]", "country": "[[LOCATION:ZA]]", "plan": "pro"}
{"username": "[[USERNAME:lucie.dvorakova]]", "email": "[[EMAIL_ADDRESS:lucie.dvorakova@seznam.cz]]", "signup_ip": "[[IP_ADDRESS:2a00:1028:83a0:1f2e::6]]", "country": "[[LOCATION:CZ]]", "plan": "free"}""",
    """emergency_contacts:
  - name: [[PERSON:Olivia Grant-Osei]]
    relation: mother
    phone: "[[PHONE_NUMBER:+44 7711 420 093]]"
  - name: [[PERSON:Kwesi Osei]]
    relation: father
    phone: "[[PHONE_NUMBER:+233 24 418 7720]]"
    city: [[LOCATION:Kumasi]]""",
    """Name: [[PERSON:Imelda Okoro]]
Flat: [[ADDRESS:Flat 4, 9 Victoria Parade]]
Move-in: [[DATE_TIME:01/05/2023]]
Rent: £950

Name: [[PERSON:Bogdan Ionescu]]
Flat: [[ADDRESS:Flat 5, 9 Victoria Parade]]
Move-in: [[DATE_TIME:15/08/2022]]
Rent: £925

Name: [[PERSON:Shauna Mulvey]]
Flat: [[ADDRESS:Flat 6, 9 Victoria Parade]]
Move-in: [[DATE_TIME:03/01/2024]]
Rent: £980""",
    """student_id,first,last,grade,guardian_email,bus
[[ID_NUMBER:S2024-0117]],[[PERSON:Mateus]],[[PERSON:Carvalho]],7,[[EMAIL_ADDRESS:rcarvalho.fam@gmail.com]],yes
[[ID_NUMBER:S2024-0118]],[[PERSON:Hana]],[[PERSON:Yilmaz]],7,[[EMAIL_ADDRESS:ayse.yilmaz83@hotmail.com]],no
[[ID_NUMBER:S2024-0121]],[[PERSON:Tyler]],[[PERSON:Whitecloud]],8,[[EMAIL_ADDRESS:d.whitecloud@shaw.ca]],yes""",
    """| Name | NHS No. | Vaccine | Given | Batch |
|------|---------|---------|-------|-------|
| [[PERSON:Reginald Otto]] | [[ID_NUMBER:485 777 3457]] | Flu (aQIV) | [[DATE_TIME:03/10/2024]] | FL8821 |
| [[PERSON:Blessing Chikwanha]] | [[ID_NUMBER:721 500 3949]] | COVID-19 | [[DATE_TIME:03/10/2024]] | CV0433 |
| [[PERSON:Moira Kelleher]] | [[ID_NUMBER:450 557 7104]] | Flu (aQIV) | [[DATE_TIME:04/10/2024]] | FL8821 |""",
    """emp_id,employee,ni_number,sort_code,account_no,dept,monthly_gross
[[ID_NUMBER:1041]],[[PERSON:Sasha Petrenko]],[[ID_NUMBER:SK 22 81 04 D]],30-94-57,[[ID_NUMBER:41182207]],Ops,2875.00
[[ID_NUMBER:1042]],[[PERSON:Gareth Pugh]],[[ID_NUMBER:JH 60 44 17 A]],20-00-00,[[ID_NUMBER:90357712]],Finance,3410.50
[[ID_NUMBER:1047]],[[PERSON:Amina Yusuf]],[[ID_NUMBER:NW 11 73 92 C]],40-47-84,[[ID_NUMBER:61029948]],Care,2310.00""",
    """guest\tpassport\tnationality\tarrival\troom
[[PERSON:Matteo Bianchi]]\t[[ID_NUMBER:YA4471902]]\t[[NRP:Italian]]\t[[DATE_TIME:2024-06-14]]\t512
[[PERSON:Chen Jiahui]]\t[[ID_NUMBER:E84120377]]\t[[NRP:Chinese]]\t[[DATE_TIME:2024-06-14]]\t514
[[PERSON:Rashid Al-Amiri]]\t[[ID_NUMBER:N0928814]]\t[[NRP:Omani]]\t[[DATE_TIME:2024-06-15]]\t608""",
    """| initials | age | sex | site | arm |
|---|---|---|---|---|
| [[PERSON:J.K.]] | [[AGE:58]] | M | [[LOCATION:Leeds]] | A |
| [[PERSON:R.M.-O.]] | [[AGE:61]] | F | [[LOCATION:Leeds]] | B |
| [[PERSON:T.W.]] | [[AGE:49]] | F | [[LOCATION:Sheffield]] | A |""",
    """PLATE      DRIVER               LICENCE NO          DEPOT
[[ID_NUMBER:YX21 ABK]]   [[PERSON:Derek Oyinlola]]       [[ID_NUMBER:OYINL702114D99KW]]    [[LOCATION:Croydon]]
[[ID_NUMBER:WN70 PFE]]   [[PERSON:Stacey Hume]]          [[ID_NUMBER:HUME9860248S99RT]]    [[LOCATION:Swindon]]
[[ID_NUMBER:LR19 UUO]]   [[PERSON:Pawel Grabowski]]      [[ID_NUMBER:GRABO805303P99AZ]]    [[LOCATION:Croydon]]""",
    """{"order":"A-99120","ship_to":"[[PERSON:Nia Roberts]]","address":"[[ADDRESS:22 Heol Hir]]","town":"[[LOCATION:Llanelli]]","postcode":"[[ZIP_CODE:SA15 2RT]]","card_last4":"4410","total":42.99}
{"order":"A-99121","ship_to":"[[PERSON:Gustavo Lemos]]","address":"[[ADDRESS:Rua Augusta 1502, apto 81]]","town":"[[LOCATION:São Paulo]]","postcode":"[[ZIP_CODE:01304-001]]","card_last4":"0093","total":118.00}""",
    """ονοματεπώνυμο,ΑΜΚΑ,τηλέφωνο,πόλη,ραντεβού
[[PERSON:Αναστασία Μιχαηλίδου]],[[ID_NUMBER:11037802151]],[[PHONE_NUMBER:6944 102 338]],[[LOCATION:Πάτρα]],[[DATE_TIME:21/10/2024 09:00]]
[[PERSON:Σπύρος Δημητρίου]],[[ID_NUMBER:27098804332]],[[PHONE_NUMBER:6972 558 014]],[[LOCATION:Πάτρα]],[[DATE_TIME:21/10/2024 09:20]]
[[PERSON:Ευδοκία Παππά]],[[ID_NUMBER:04015501721]],[[PHONE_NUMBER:2610 443 129]],[[LOCATION:Αίγιο]],[[DATE_TIME:22/10/2024 11:40]]""",
    """| Πελάτης | ΑΦΜ | IBAN | Κατάσταση |
|---|---|---|---|
| [[PERSON:Θεόδωρος Αλεξίου]] | [[ID_NUMBER:114472066]] | [[IBAN_CODE:GR93 0110 3570 0000 3574 4019 822]] | ενεργός |
| [[PERSON:Χριστίνα Μπέη]] | [[ID_NUMBER:073209156]] | [[IBAN_CODE:GR66 0110 1040 0000 0401 2345 678]] | σε αναμονή |""",
    """imię i nazwisko;PESEL;stanowisko;e-mail
[[PERSON:Katarzyna Wieczorek]];[[ID_NUMBER:91022809621]];księgowa;[[EMAIL_ADDRESS:k.wieczorek@interia.pl]]
[[PERSON:Piotr Mazur]];[[ID_NUMBER:85071403578]];magazynier;[[EMAIL_ADDRESS:piotr.mazur85@gmail.com]]
[[PERSON:Grzegorz Pawlak]];[[ID_NUMBER:76090311191]];kierowca;[[EMAIL_ADDRESS:gpawlak@o2.pl]]""",
    """mieszkancy:
  - nazwisko: [[PERSON:Jadwiga Kaczmarek]]
    pesel: "[[ID_NUMBER:55120106480]]"
    pokoj: 12
    opiekun: [[PERSON:Tomasz Kaczmarek]]
    telefon_opiekuna: "[[PHONE_NUMBER:+48 607 331 902]]"
  - nazwisko: [[PERSON:Henryk Sowa]]
    pesel: "[[ID_NUMBER:45070201539]]"
    pokoj: 14
    opiekun: brak""",
    """name\tssn\tdob\tstate\tstatus
[[PERSON:Latoya Brooks]]\t[[US_SSN:231-44-8102]]\t[[DATE_TIME:1984-03-19]]\t[[LOCATION:VA]]\tactive
[[PERSON:Dylan Kowalczyk]]\t[[US_SSN:384-70-2251]]\t[[DATE_TIME:1990-10-02]]\t[[LOCATION:MI]]\tleave
[[PERSON:Esperanza Ruiz]]\t[[US_SSN:627-19-0438]]\t[[DATE_TIME:1977-07-07]]\t[[LOCATION:TX]]\tactive""",
    """payee_name,mpesa_no,national_id,amount_kes,ref
[[PERSON:Joseph Kiprono]],[[PHONE_NUMBER:0712 448 209]],[[ID_NUMBER:30418827]],4500,JUL-CASUALS
[[PERSON:Mercy Achieng]],[[PHONE_NUMBER:0790 113 554]],[[ID_NUMBER:27719405]],4500,JUL-CASUALS
[[PERSON:Abdi Hassan]],[[PHONE_NUMBER:0733 902 617]],[[ID_NUMBER:33102884]],3200,JUL-CASUALS""",
    """| Patient | Age | Aadhaar | City | Mobile |
| --- | --- | --- | --- | --- |
| [[PERSON:Meenakshi Iyer]] | [[AGE:66]] | [[ID_NUMBER:2811 4907 7369]] | [[LOCATION:Coimbatore]] | [[PHONE_NUMBER:94431 20877]] |
| [[PERSON:Sk. Abdul Rahim]] | [[AGE:41]] | [[ID_NUMBER:6440 2198 1533]] | [[LOCATION:Hyderabad]] | [[PHONE_NUMBER:98491 44302]] |
| [[PERSON:Gurleen Kaur]] | [[AGE:29]] | [[ID_NUMBER:3987 0521 6042]] | [[LOCATION:Ludhiana]] | [[PHONE_NUMBER:98150 27361]] |""",
    """BED  PATIENT               NHI       CONSULTANT
4A   [[PERSON:Tamati Rangihuna]]      [[ID_NUMBER:HGW5121]]   [[PERSON:Dr Chen]]
4B   [[PERSON:Beverley Shaw]]         [[ID_NUMBER:PRM3025]]   [[PERSON:Dr Moala]]
4C   (empty)
4D   [[PERSON:Sunil Prasad]]          [[ID_NUMBER:JTD1186]]   [[PERSON:Dr Chen]]""",
    """employee_number,legal_name,sin,province,start_date
[[ID_NUMBER:CA-3301]],[[PERSON:Marie-Ève Gagnon]],[[ID_NUMBER:130 772 411]],[[LOCATION:QC]],[[DATE_TIME:2022-01-10]]
[[ID_NUMBER:CA-3307]],[[PERSON:Harpreet Gill]],[[ID_NUMBER:618 442 909]],[[LOCATION:BC]],[[DATE_TIME:2023-05-01]]
[[ID_NUMBER:CA-3312]],[[PERSON:Jonah Littlechild]],[[ID_NUMBER:277 651 139]],[[LOCATION:AB]],[[DATE_TIME:2024-02-19]]""",
    """{"user": "[[USERNAME:akhadka]]", "last_login": "[[DATE_TIME:2024-09-30T07:12:44Z]]", "ip": "[[IP_ADDRESS:27.34.104.18]]", "role": "viewer"}
{"user": "[[USERNAME:fiona.mcr]]", "last_login": "[[DATE_TIME:2024-09-29T22:05:10Z]]", "ip": "[[IP_ADDRESS:86.2.119.74]]", "role": "admin"}
{"user": "svc-backup", "last_login": "2024-09-30T02:00:00Z", "ip": "[[IP_ADDRESS:10.0.0.5]]", "role": "service"}""",
    """| Name | NRIC | Address | Postal |
|------|------|---------|--------|
| [[PERSON:Lim Wei Jie]] | [[ID_NUMBER:S8834012D]] | [[ADDRESS:Blk 221 Ang Mo Kio Ave 1, #05-1342]] | [[ZIP_CODE:560221]] |
| [[PERSON:Nur Aisyah binte Rahmat]] | [[ID_NUMBER:T0271569J]] | [[ADDRESS:12 Jalan Kembangan]] | [[ZIP_CODE:419117]] |
| [[PERSON:Arun Pillai]] | [[ID_NUMBER:S6641027G]] | [[ADDRESS:88 Holland Road, #11-04]] | [[ZIP_CODE:278553]] |""",
    """Full Name,SSS No.,PhilHealth No.,Barangay,City
[[PERSON:Rodrigo Manalastas]],[[ID_NUMBER:04-2218837-5]],[[ID_NUMBER:01-025517738-4]],[[LOCATION:Poblacion]],[[LOCATION:Makati]]
[[PERSON:Jennifer Abad-Santos]],[[ID_NUMBER:34-0917724-1]],[[ID_NUMBER:12-200418875-9]],[[LOCATION:Lahug]],[[LOCATION:Cebu City]]
[[PERSON:Ramil Bautista]],[[ID_NUMBER:33-5540128-0]],[[ID_NUMBER:19-091882400-3]],[[LOCATION:Sta. Cruz]],[[LOCATION:Manila]]""",
    """id_number\tsurname\tfirst_names\tsuburb\tcell
[[ID_NUMBER:7506115341082]]\t[[PERSON:Naidoo]]\t[[PERSON:Kreshen]]\t[[LOCATION:Chatsworth]]\t[[PHONE_NUMBER:083 558 2047]]
[[ID_NUMBER:9002280123081]]\t[[PERSON:Botha]]\t[[PERSON:Anri Elize]]\t[[LOCATION:Durbanville]]\t[[PHONE_NUMBER:072 330 9184]]
[[ID_NUMBER:6811304471083]]\t[[PERSON:Mahlaba]]\t[[PERSON:Nokuthula]]\t[[LOCATION:Soweto]]\t[[PHONE_NUMBER:061 447 0219]]""",
    """| Member | Medicare | Suburb | State | Postcode |
|---|---|---|---|---|
| [[PERSON:Jarrah Whitlam]] | [[ID_NUMBER:2118 74067 1]] | [[LOCATION:Fremantle]] | [[LOCATION:WA]] | [[ZIP_CODE:6160]] |
| [[PERSON:Kateryna Bondar]] | [[ID_NUMBER:5532 09176 3]] | [[LOCATION:Footscray]] | [[LOCATION:VIC]] | [[ZIP_CODE:3011]] |
| [[PERSON:Mick O'Donoghue]] | [[ID_NUMBER:3044 91823 1]] | [[LOCATION:Dubbo]] | [[LOCATION:NSW]] | [[ZIP_CODE:2830]] |""",
    """speakers:
  - name: [[PERSON:Dr. Ifeoma Nwankwo]]
    affiliation: University of Lagos
    email: [[EMAIL_ADDRESS:ifeoma.nwankwo.research@gmail.com]]
    handle: "@[[USERNAME:ifeoma_codes]]"
    talk: Federated learning in low-bandwidth clinics
  - name: [[PERSON:Prof. Henrik Aalto]]
    affiliation: Aalto Health Lab
    email: info@aaltohealthlab.fi
    talk: Sensor drift in elderly-care wearables""",
    """cardholder,card_number,amount,merchant,disputed_on
[[PERSON:Brianna Castillo]],[[CREDIT_CARD:4917 6205 3318 4478]],89.99,StreamBox,[[DATE_TIME:09/02/2024]]
[[PERSON:Oluwadamilare Ajayi]],[[CREDIT_CARD:6510 2233 0048 1726]],412.00,Skyward Air,[[DATE_TIME:09/05/2024]]
[[PERSON:Henry Tse]],[[CREDIT_CARD:3052 881400 7310]],15.50,Parkit,[[DATE_TIME:09/06/2024]]""",
    """NAME                  PPSN        EIRCODE    PHONE
[[PERSON:Bernadette Nolan]]      [[ID_NUMBER:3304718T]]    [[ZIP_CODE:V94 K2F8]]   [[PHONE_NUMBER:061 448 203]]
[[PERSON:Cathal Ó Súilleabháin]] [[ID_NUMBER:7719042TA]]   [[ZIP_CODE:P72 XT40]]   [[PHONE_NUMBER:087 220 5519]]
[[PERSON:Dmitri Volkov]]         [[ID_NUMBER:1182305C]]    [[ZIP_CODE:D08 F6C3]]   [[PHONE_NUMBER:083 904 1176]]""",
    """{"visitor": "[[PERSON:Angela Moretti]]", "resident": "[[PERSON:Vincenzo Moretti]]", "relation": "daughter", "in": "[[DATE_TIME:2024-08-03 14:05]]", "out": "[[DATE_TIME:2024-08-03 16:30]]"}
{"visitor": "[[TITLE:Rev.]] [[PERSON:Paul Oyeleke]]", "resident": "[[PERSON:Edna Pryce]]", "relation": "chaplain", "in": "[[DATE_TIME:2024-08-03 15:00]]", "out": "[[DATE_TIME:2024-08-03 15:40]]"}""",
    """client,address,postcode,visit,carer,tasks
[[PERSON:Mrs Gwen Lloyd]],[[ADDRESS:4 Bryn Awelon]],[[ZIP_CODE:LL57 2TB]],Mon 07:30,[[PERSON:Sian]],meds + breakfast
[[PERSON:Mr Idris Hughes]],[[ADDRESS:17 Ffordd Penrhos]],[[ZIP_CODE:LL57 4AG]],Mon 08:15,[[PERSON:Sian]],personal care
[[PERSON:Mrs Beryl Jones]],[[ADDRESS:Rhos Cottage, Lon Isaf]],[[ZIP_CODE:LL59 5EE]],Mon 09:00,[[PERSON:Gethin]],meds check""",
    """| Patient | DOB | Member ID | Phone | State |
|---|---|---|---|---|
| [[PERSON:Dolores Whitaker]] | [[DATE_TIME:1950-02-11]] | [[ID_NUMBER:W448120937]] | [[PHONE_NUMBER:(602) 331-0874]] | [[LOCATION:AZ]] |
| [[PERSON:Kevin Nguyen-Tran]] | [[DATE_TIME:1988-09-23]] | [[ID_NUMBER:H220917744]] | [[PHONE_NUMBER:(713) 554-2290]] | [[LOCATION:TX]] |
| [[PERSON:Shirley Two Bulls]] | [[DATE_TIME:1962-12-05]] | [[ID_NUMBER:W118830045]] | [[PHONE_NUMBER:(605) 867-1142]] | [[LOCATION:SD]] |""",
    """ enrolee_id |      full_name       |    dob     |    lga    |     phone
------------+----------------------+------------+-----------+----------------
 [[ID_NUMBER:HMO/44182]]  | [[PERSON:Chiamaka Obiora]]      | [[DATE_TIME:1986-05-14]] | [[LOCATION:Nsukka]]    | [[PHONE_NUMBER:0803 118 4420]]
 [[ID_NUMBER:HMO/44187]]  | [[PERSON:Abubakar Sadiq Musa]]  | [[DATE_TIME:1979-11-02]] | [[LOCATION:Fagge]]     | [[PHONE_NUMBER:0806 502 7713]]
 [[ID_NUMBER:HMO/44190]]  | [[PERSON:Temitope Alabi]]       | [[DATE_TIME:2001-03-27]] | [[LOCATION:Ikeja]]     | [[PHONE_NUMBER:0905 331 8026]]
(3 rows)""",
]

CHAT = [
    """BrightNet live chat
[[PERSON:Lauren]] (agent): Hi, you're chatting with [[PERSON:Lauren]] from BrightNet support. How can I help today?
Customer: hi my broadband has been down since saturday
[[PERSON:Lauren]] (agent): Sorry to hear that! Can I take the account holder's name and postcode?
Customer: [[PERSON:Desmond Achebe]], [[ZIP_CODE:NG7 2QF]]
[[PERSON:Lauren]] (agent): Thanks [[PERSON:Desmond]]. And the first line of the address?
Customer: [[ADDRESS:41 Lenton Boulevard]]
[[PERSON:Lauren]] (agent): Perfect. There is an outage in your area. Is [[PHONE_NUMBER:07462 905118]] still the best number for updates?
Customer: yes, or email me at [[EMAIL_ADDRESS:des.achebe@gmail.com]]
[[PERSON:Lauren]] (agent): Done. Your reference for this chat is BN-448210.""",
    """19:02 [[PERSON:Sarah Mitchell]]: Nan's care home rang, she's got a chest infection. The GP covering is [[PERSON:Dr. Kaur]] if anyone wants to call
19:05 [[PERSON:Jamie Mitchell]]: oh no. is she still in room 12?
19:06 [[PERSON:Sarah Mitchell]]: yeah. the pharmacy needs her NHS number for the antibiotics, it's [[ID_NUMBER:412 883 0712]], I've sent it
19:10 Uncle [[PERSON:Rob]]: I can go over Saturday. what's the home's address again?
19:11 [[PERSON:Sarah Mitchell]]: [[ADDRESS:Elmhurst, 6 Priory Lane]], [[LOCATION:Tewkesbury]] [[ZIP_CODE:GL20 5RT]]. ask for [[PERSON:Bernadette]] on reception
19:13 [[PERSON:Jamie Mitchell]]: she'll be [[AGE:94]] next week 😢 let's all try to visit on her birthday, the [[DATE_TIME:21st]]""",
    """#it-helpdesk
[[PERSON:Marcus Webb]]  9:14 AM
anyone know why [[PERSON:Priti]]'s laptop won't connect to the VPN? it keeps showing [[IP_ADDRESS:169.254.12.7]]
[[PERSON:Ana Lucía Ferreira]]  9:16 AM
that's a self-assigned address, DHCP isn't reaching her. is she on the guest wifi again?
[[PERSON:Marcus Webb]]  9:17 AM
no, office. her username is [[USERNAME:pshah2]] if you want to check the NAC logs
[[PERSON:Ana Lucía Ferreira]]  9:21 AM
found it, port 2/0/14 was disabled. should be fine now, tell her to reboot. her desk phone is ext 3318 right?""",
    """Online pharmacy chat
Customer: Hi, I ordered a refill on Monday and it still says processing
Agent [[PERSON:Kendra]]: Hi! I can help. Could you confirm the patient's full name and date of birth?
Customer: [[PERSON:Walter Jablonski]], [[DATE_TIME:October 3, 1947]]. I'm his daughter, [[PERSON:Renata]]
Agent [[PERSON:Kendra]]: Thank you, [[PERSON:Renata]]. I see the order is waiting on his insurance. Is his Medicare ID still [[ID_NUMBER:7TW4-HA3-KP91]]?
Customer: yes. can you ship it to my place instead? [[ADDRESS:5108 N Winthrop Ave, Apt 2]], [[LOCATION:Chicago]] [[LOCATION:IL]] [[ZIP_CODE:60640]]
Agent [[PERSON:Kendra]]: Updated. Tracking will be texted to [[PHONE_NUMBER:773-481-0926]].""",
    """[[PERSON:Kasia]]: Cześć, mama ma jutro wizytę u [[TITLE:dr]] [[PERSON:Nowickiej]] o 10:30, dasz radę ją zawieźć?
[[PERSON:Michał]]: Jasne. Na jaki adres?
[[PERSON:Kasia]]: Przychodnia na [[ADDRESS:ul. Słowackiego 27]], I piętro. Weź jej dowód, numer [[ID_NUMBER:AYK430915]], i kartę z PESEL-em: [[ID_NUMBER:03311702681]]... a nie, to mój 😅 jej to [[ID_NUMBER:77122907869]]
[[PERSON:Michał]]: Ok. Jakby co dzwoń na [[PHONE_NUMBER:698 204 117]], nowy numer
[[PERSON:Kasia]]: Dzięki!! Wizyta jest w [[DATE_TIME:czwartek 17.10]], nie pomyl dni""",
    """Marketplace messages — Oak dining table
[[PERSON:Callum Reid]]: Hi, is this still available?
[[PERSON:Neha Joshi]]: Yes! £80, collection only.
[[PERSON:Callum Reid]]: Great, could I come Saturday around 11?
[[PERSON:Neha Joshi]]: Sure. It's [[ADDRESS:9 Hartley Close]], [[LOCATION:Sale]] [[ZIP_CODE:M33 4RL]]. Text me on [[PHONE_NUMBER:07857 330 412]] when you're outside
[[PERSON:Callum Reid]]: Will do, my number's [[PHONE_NUMBER:07936 118 205]] in case I'm late
[[PERSON:Neha Joshi]]: 👍 cash or bank transfer is fine""",
    """Chat with Coastline Bank
You: I need to stop a payment, I think I've been scammed
[[PERSON:Mitch]] (Coastline): I'm sorry to hear that. To verify you, can you give me your full name and date of birth?
You: [[PERSON:Yvonne Tsang]], [[DATE_TIME:22/06/1958]]
[[PERSON:Mitch]] (Coastline): Thanks [[PERSON:Yvonne]]. Which account was the payment from?
You: the everyday one, BSB 633-000 account [[ID_NUMBER:1488 20931]]
[[PERSON:Mitch]] (Coastline): I've put a hold on it. The payee account was in the name [[PERSON:J. Barrett]] — do you know this person?
You: no, he said he was from the NBN and needed remote access""",
    """Teams — Ward 6 handover
[[PERSON:Olivia Pang]] 07:28: bed 3 [[PERSON:Mr. Kowalewski]], MRN [[ID_NUMBER:00772914]], [[AGE:78]], fluids running, daughter [[PERSON:Ilona]] calling at 9 on [[PHONE_NUMBER:0421 553 908]]
[[PERSON:Olivia Pang]] 07:29: bed 5 [[PERSON:Mrs. Ferreira]] for discharge to Rosebank Aged Care today, transport booked 11:00
[[PERSON:Tendai Moyo]] 07:31: thanks. did [[PERSON:Dr. Halloran]] review bed 8 overnight?
[[PERSON:Olivia Pang]] 07:32: yes, bloods repeated at 0400, results pending. he's allergic to penicillin, band on""",
]

LOOKALIKE = [
    """Release notes — build 10.4.2.118 (firmware 3.1.0.7)
- Fixed crash when importing SKU lists longer than 65,535 rows (e.g. SKU-00418-BLK-XL).
- Checksums: sha256 9f2c4e1a7b3d8c0e5f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a.
- Config schema bumped to 2.0.0.4; see KB-4471 for migration notes.
- Device serials beginning SN-77A0 require the 2024.06 patch.
- Support: 0800 917 4400 or support@meridian-devices.com (Mon–Fri 9:00–17:30).
- Docs moved to the new portal; no action needed.""",
    """Your order has shipped!
Order number: 114-3390217-8841506
Invoice: INV/2024/0091773
Tracking: 1Z 999 AA1 01 2345 6784 (UPS), estimated delivery Thursday.
Items: Philips Sonicare brush heads (SKU 8710103774158), Dr. Martens polish ×2.
Questions? Call us on 0345 600 4411 or email orders@homeplus.co.uk.
Delivering to: [[PERSON:Adwoa Mensah-Clarke]]""",
    """Stock check — dispensary, week 41
Ventolin 100mcg inhaler — batch 3B7T2, exp 11/2026, GTIN 5000938220414
Co-codamol 30/500 — batch AC4471, qty 12 packs
Epley manoeuvre leaflets reordered; Parkinson's UK and Alzheimer's Society posters replaced.
Fridge log 2–8°C OK, probe serial 00-1B-44-11-3A-B7.
Checked by: [[PERSON:Rukhsana Malik]] (pharmacist)""",
    """Change request CR-20931
Upgrade load balancer from v4.2.11.3 to v4.2.12.0 (versions look like IPs — they aren't).
Affected nodes: lb-01 (uuid 3f2504e0-4f89-11d3-9a0c-0305e82c3301), lb-02.
Rollback hash: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.
Requested by [[USERNAME:dnkemelu]] from [[IP_ADDRESS:10.22.31.44]]; approved by CAB.""",
    """ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ Α-004471
Εκδότης: Φαρμακαποθήκη Αιγαίου Α.Ε., ΑΦΜ 801245678, τηλ. 210 600 4000
Παραστατικό: ΔΑ-2024-0913, κωδικός είδους 5201234567890
Παράδοση: οδός Βασιλέως Κωνσταντίνου (κεντρική αποθήκη)
Πελάτης: [[PERSON:Παναγιώτης Χατζηγεωργίου]]""",
    """New arrivals this week
ISBN 978-0-7432-7356-5 — paperback, shelf F3
ISBN 978-83-240-5571-5 — Polish translation, shelf INT-2
ISBN 978-960-16-4418-9 — Greek edition, shelf INT-4
ISBN 978-1-78-470129-1 — large print
Customer order CO-8812 for [[PERSON:Mrs. Philippa Drummond]] ready for collection at the Shakespeare Street branch.""",
    """Clinical guideline summary (v3.2.1, reviewed 2024)
Use the Glasgow Coma Scale and the Wells score on arrival; consider Cushing's triad in head injury. Refer suspected Hodgkin lymphoma via the two-week-wait pathway (form 2WW-HAEM-04). The Whipple procedure is performed only at the Christie site. Bleep 4471 for the on-call registrar; switchboard 0161 446 3000. Guideline owner: [[PERSON:Dr. Sinead Gallagher]].""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind70", STYLES, OUT)


if __name__ == "__main__":
    main()

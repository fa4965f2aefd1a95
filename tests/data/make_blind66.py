"""Build tests/data/blind66.jsonl: a sixty-sixth *blind*, hand-written labeled PII set (table-heavy).

    .venv/bin/python tests/data/make_blind66.py

Blind: written without any knowledge of the detector. Read, and nothing
else: lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines), the tail of
make_blind22.py from `STYLES = {` to the end (the scaffolding, copied
here), the whole of gold_sets.py, and lines 1-64 of make_handwritten.py
(conventions, the MARK and TITLE_IN_NAME regexes, `parse()`). Not read:
minimize/, recognizers/, bench/, the README, any other test, any *.jsonl
set, any other make_*.py, git history / log / status. The detector, the
bench and the tests were never run; only this script was. Do not tune the
detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py.
Card numbers pass Luhn and IBANs pass mod-97 with the right length for
their country (GB, IE, DE, FR, ES, BE, IT, NL, AT, CH, DK, PL, RO, AE, GR,
CZ); the national check digits inside the FR, ES, BE and IT IBANs and the
Czech account numbers (prefix-number/bank code, mod 11) are right too. All
were worked out with hand-run throwaway code while writing, not generated
here; `gold_sets.check` re-checks cards and IBANs. National ids with a
public check digit got a valid one the same way: NHS number, Scottish CHI,
Canadian SIN, Ontario health number, Aadhaar, BSN, South African ID (sex
and birth date agree with the person where they show), TFN, Australian
Medicare, Irish PPSN, Singapore NRIC / FIN, NZ NHI and IRD, CPF, Spanish
DNI, German Steuer-ID, Swedish personnummer, Emirates ID, Greek AMKA (its
birth date agrees with the person's) and AFM, Czech rodne cislo (birth
date and sex agree), US NPI and DEA numbers (the DEA's second letter is
the prescriber's surname initial); so did the look-alikes that carry one
(ISBN-13, EAN-13). Not checked: UK NI numbers, US SSNs, PAN, Nigerian NIN
and BVN, Kenyan and Ugandan ids, KRA PINs, Philippine SSS / PhilHealth,
Greek identity card numbers, passports, licences, plates, bank account
numbers outside Czechia, and staff, student, member, patient, subject and
loyalty numbers.

Styles (ids `blind66-<style>-NNN`; 240 records), chosen to look like what
an outside evaluator would feed the tool. About nine records in ten are in
English (US, UK, Ireland, Canada, Australia, New Zealand, India, South
Africa, Nigeria, Kenya, Uganda, Ghana, Singapore, the Philippines, Jamaica
and EU contexts, with names from the many cultures living there); 24
records (about one in ten) are in Greek written in Latin letters
("Greeklish") and in Czech:
- `table` (60, 3 Greeklish + 3 Czech): one small table per record rendered
  as text - CSV (comma and semicolon), TSV, pipes / Markdown, fixed-width,
  a MySQL result box, JSON lines, YAML, key: value blocks - with varied
  column names (some abbreviated) and non-PII columns (amounts, status,
  SKUs, wards, lots, grades); header rows unlabeled, every PII cell labeled.
- `bench` (85, 3 Greeklish + 4 Czech): 31 records in the manner of ai4privacy
  pii-masking-200k/300k/400k (odd mixed sentences dense with names, job
  titles, streets with building numbers, secondary addresses, IPv4 / IPv6,
  MACs, user agents, card / CVV / expiry, IBAN / BIC), 20 in the manner of
  gretel-pii-masking-en-v1 (claims, contracts, intake, loan, lease, SAE,
  prescription, W-9, discharge and court forms, letters, minutes) and 27 in
  the manner of Nemotron-PII (JSON, log lines, SQL, XML, YAML, .env, code,
  HL7, MT103, git commit, e-mail headers, shell history, tickets, forms),
  plus the seven non-English ones in all three manners.
- `gen` (80, 4 Greeklish + 4 Czech): one to four LLM-style "realistic
  sentences with personal data"; 43 of them in clinical trials,
  laboratories, hospital administration and pharmacy dispensing, the rest
  spread over banking, insurance, payroll, schools and universities,
  travel, telecoms, government, lettings, gaming, social media, tech
  support, deliveries, gyms, vets, legal, utilities, car hire, church,
  immigration, tax, KYC, retail and sport. Names at the start, middle and
  end, lowercase and possessive; ages, dates, addresses, phones and ids in
  many shapes.
- `chat` (8, 1 Greeklish + 1 Czech): support chats, family and friends'
  messaging threads, team chat (Slack-like) and SMS threads, with the
  speakers' names and the personal data they trade.
- `lookalike` (7, 1 Czech): texts full of non-PII that looks like PII
  (order, tracking, invoice, PO, PNR, e-ticket and accession references,
  SKUs, NDC / GTIN / EAN / ISBN, IP-shaped versions, hashes, UUIDs,
  serials, lots, company numbers and VAT ids, company phones, role
  mailboxes, eponyms, streets named after people with no number), the few
  real PII values labeled; the first has no PII at all.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names;
  a possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not
  TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  rural routes with their box, house and building names; city, district,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, admission, dispensing,
  move, start of a job, hearing, visit, signature, letter ...) with a day
  or month, in any shape; a weekday or a clock time said with such a date
  is inside the span; not bare years, weekdays or times alone, durations,
  or dates not tied to a person (expiries, invoices, releases).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, IFSC, routing and branch codes, BIC / SWIFT,
  CVVs and expiries, PINs, order / ticket / claim / policy / booking /
  tracking references, company phone numbers and role mailboxes, versions,
  hashes, serials, partial numbers ("ending 5521"), pets, eponyms and
  brands named after people, a header row.
- Calls made while writing this set, in the same spirit: clinical-trial
  subject, participant, screening and biobank donor numbers are ID_NUMBER
  like patient numbers, and so are a prescriber's DEA and NPI numbers, a
  police badge number, library-card, frequent-flyer, voter and
  superannuation member numbers; specimen accession numbers, Rx numbers,
  kit, lot and batch numbers, e-prescription barcodes and record ids
  ("usr_8f2a1c") are unlabeled like order references. Greek AMKA, AFM and
  identity card numbers and the Czech rodne cislo (also as "cislo
  pojistence") and Czech bank account numbers are ID_NUMBER; Czech and
  Greek honorifics and academic titles attached to a name (pan / pane /
  panu / pani, Ing., Mgr., MUDr., kyrios / kyrias, k.) are TITLE, as are
  "A/Prof.", "Fr.", "Rev.", "Sgt.", "Lt. Col.", "Mdm" and the MR / MRS /
  MS / MSTR after a name on a flight manifest. A name written "SURNAME,
  Given", "SURNAME/GIVEN" or in HL7 "^" fields gives one PERSON span per
  part. Timestamps of a person's own account activity (login lines, audit
  rows, a commit's author date, an access-log line, a laptop's last_seen)
  are DATE_TIME, like a "last login"; chat times alone are not. Every IP
  address is IP_ADDRESS, private ones included; IP-shaped version strings
  are not. The well-known Stripe test card 4242... is unlabeled (not a
  person's card). A "site", "city", "branch", "suburb", "barangay",
  "province" or "issuing country" column is LOCATION, a "nationality"
  column NRP, a party affiliation, faith community or tribal nation NRP;
  an "age" column is AGE and "Happy 30th" gives AGE on "30". Time zone ids
  ("Europe/Oslo") are unlabeled. The Medicare IRN, the "NIN" and "BA" / "SK"
  prefixes before a number stay outside the span.
- Calls made to anything outside this folder while writing: none (no
  package registry or network look-ups; only local throwaway Python for
  check digits).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind66.jsonl")

GEN = [
    # --- clinical trials, laboratories, hospital administration, pharmacy dispensing ---
    """[[PERSON:Adaeze Okonkwo-Bell]], [[AGE:54]], was randomised into the treatment arm of the PALISADE-3 study on [[DATE_TIME:11 February 2025]] and given participant number [[ID_NUMBER:PAL3-0417-026]]; her next infusion visit is booked for [[DATE_TIME:Tuesday 4 March 2025 at 08:45]] at the [[LOCATION:Leeds]] site.""",
    """Please note that the screening bloods for subject [[ID_NUMBER:1042-007]] ([[PERSON:R. Venkataraman]], DOB [[DATE_TIME:1961-08-23]]) were haemolysed, so [[PERSON:Dr. Imogen Sallis]] has asked the coordinator to call him back on [[PHONE_NUMBER:07700 918 442]] before Friday.""",
    """the pharmacy at St Brendan's flagged that [[PERSON:marguerite o'halloran]]'s warfarin was dispensed twice this week; her MRN is [[ID_NUMBER:00772145]] and the prescriber was [[PERSON:Dr. Farid Haddad]].""",
    """When I picked up my repeat prescription on [[DATE_TIME:March 3rd]], the pharmacist said my insurance member ID [[ID_NUMBER:XGH448210937-01]] had lapsed, which is odd because I renewed it online. - [[PERSON:Trevor Mbeki-Lawson]], [[ADDRESS:2210 Birchwood Ct, Apt 5B]], [[LOCATION:Sacramento]], [[LOCATION:CA]] [[ZIP_CODE:95825]]""",
    """Specimen accession 24-HEM-118734 belongs to [[PERSON:Kwabena Asante]] (NHS number [[ID_NUMBER:993 143 0397]]); the potassium of 6.8 was phoned through to ward sister [[PERSON:Louise Pettigrew]] at [[DATE_TIME:02:14 on 17/01/2025]].""",
    """Admissions update: [[PERSON:Mrs. Henrietta Achterberg]], [[AGE:87]], was transferred from [[LOCATION:Maidstone]] to Ward 12 on the [[DATE_TIME:9th of December]]; next of kin is her son [[PERSON:Pieter]], mobile [[PHONE_NUMBER:+44 7911 204 587]].""",
    """[[PERSON:Jun-seo Park]] enrolled in the sleep study at the [[LOCATION:Toronto]] site and gave his health card number as [[ID_NUMBER:1717-107-450-YM]] and his email as [[EMAIL_ADDRESS:junseo.park88@gmail.com]].""",
    """Dispensing log note: 28 x amoxicillin 500 mg handed to [[PERSON:Nomvula Dlamini]] for her daughter [[PERSON:Lerato]] ([[AGE:6]]); ID checked against SA ID [[ID_NUMBER:9307060944089]], collected [[DATE_TIME:2025/02/14 16:20]].""",
    """Hi [[PERSON:Callum]], it's [[PERSON:Shreya]] from the research office. Could you send the consent form for [[PERSON:Ms. Ottilie Brandvold]] (participant [[ID_NUMBER:NOR-22-0093]]) to [[EMAIL_ADDRESS:s.iyer@kclresearch.ac.uk]] before her follow-up on the [[DATE_TIME:21st]]?""",
    """The phlebotomist, [[PERSON:Marisol Echeverría]], labelled the tubes for [[PERSON:Mr. Desmond Kagame]] (DOB [[DATE_TIME:04.11.1972]], hospital no. [[ID_NUMBER:H4471290]]) with the wrong date of birth, so the lab rejected all three.""",
    """A statement for [[PERSON:Gareth Llewellyn-Price]]'s stay from [[DATE_TIME:2 June]] to [[DATE_TIME:6 June 2024]] was sent to [[ADDRESS:14 Heol y Nant]], [[LOCATION:Pontypridd]] [[ZIP_CODE:CF37 4LJ]]; he disputes the £340 parking charge and can be reached at [[EMAIL_ADDRESS:gllewellynprice@btinternet.com]].""",
    """On [[DATE_TIME:Saturday, 19 April 2025]] participant [[ID_NUMBER:07-0312]], a [[AGE:63]]-year-old man from [[LOCATION:Ballarat]], reported a grade 2 rash; site investigator [[TITLE:A/Prof.]] [[PERSON:Huong Tran]] logged it in the eCRF the same evening.""",
    """[[PERSON:Beatriz Cunha]] came in at closing to pick up her oxycodone, but the script from [[PERSON:Dr. Olumide Fashola]] (DEA [[ID_NUMBER:FS7568390]]) was dated [[DATE_TIME:1/28/25]] and our policy needed a call back to his office first.""",
    """your results are ready, [[PERSON:tomasz]]! log in to the patient portal with username [[USERNAME:tkowalczyk_83]] and the one-time code we texted to [[PHONE_NUMBER:+1 (312) 555-0187]].""",
    """[[PERSON:Nurse Abimbola Adeyemi]] (staff ID [[ID_NUMBER:E-204417]]) swapped her night shift on [[DATE_TIME:14 March]] with [[PERSON:Roisin Daly]]; please update the rota before payroll closes.""",
    """Thank you for your interest in the MINDFUL-AGE trial, [[PERSON:Mr. Okafor]]. As you are [[AGE:71]] and live in [[LOCATION:Greater Manchester]], you are eligible for a screening visit, and our research nurse [[PERSON:Hayley Brandon]] will ring you on [[PHONE_NUMBER:0161 496 0321]] to book a slot.""",
    """[[PERSON:Mohammed Al-Rashidi]]'s insulin pens were delivered to the wrong flat - they went to [[ADDRESS:Flat 3, 88 Coldharbour Lane]] instead of [[ADDRESS:Flat 8]] - and he has asked the pharmacy to call his wife [[PERSON:Samira]] on [[PHONE_NUMBER:07456 210 993]].""",
    """The BRCA panel for [[PERSON:Leah Goldfarb]], born [[DATE_TIME:February 9, 1979]], came back negative; [[PERSON:Dr. Keane]] will go over it with her on the [[DATE_TIME:27th at 3:30 pm]]. She is [[NRP:Ashkenazi Jewish]], which is why the extended panel was ordered.""",
    """I'm writing on behalf of my father, [[PERSON:Anand Krishnamurthy]] ([[AGE:79]]), who waited nine hours in A&E in [[LOCATION:Croydon]] on [[DATE_TIME:Sunday 2 February]]. His hospital number is [[ID_NUMBER:RJ1-3378012]]. Please reply to me, [[PERSON:Divya Krishnamurthy]], at [[EMAIL_ADDRESS:divya.k.murthy@outlook.com]].""",
    """Participant stipends for visit 5 go out Friday: [[PERSON:Camille Beaudoin]] will be paid by e-transfer to [[EMAIL_ADDRESS:camille.beaudoin@videotron.ca]], and [[PERSON:Yusuf Demir]] asked for a cheque mailed to [[ADDRESS:4419 rue Saint-Denis, app. 2]], [[LOCATION:Montréal]] [[ZIP_CODE:H2J 2L1]].""",
    """Medicare number [[ID_NUMBER:6571 14552 1]] (IRN 1) belongs to [[PERSON:Bronwyn Fitzgerald]] of [[LOCATION:Wagga Wagga]]; the PBS script for her metformin was dispensed on [[DATE_TIME:12/02/2025]] by pharmacist [[PERSON:Tuan Nguyen]].""",
    """quick one: [[PERSON:kelechi nwosu]] came in to the [[LOCATION:Ikeja]] lab for her glucose tolerance test at 7:40 but had eaten breakfast, so we rebooked her for [[DATE_TIME:Thursday 6th March, 7:30am]]. her number is [[PHONE_NUMBER:0803 441 2298]].""",
    """Patient [[PERSON:Lakshmi Subramaniam]], [[AGE:46]], UHID [[ID_NUMBER:AIIMS/2025/0448172]], was discharged on [[DATE_TIME:28-01-2025]]; the Ayushman card claim is linked to her Aadhaar [[ID_NUMBER:7554 5004 7237]] and mobile [[PHONE_NUMBER:+91 98401 22763]].""",
    """Informed consent for [[PERSON:Hamish MacLeod]] was re-signed on [[DATE_TIME:3 March 2025 at 10:05]] after protocol amendment 4; the witness was [[PERSON:Priyanka Sethi]], and the original is filed in the ISF under his screening number [[ID_NUMBER:SCR-0158]].""",
    """Refill request from [[PERSON:Giselle Fontaine-Roy]], [[ADDRESS:77 Wellington St W, Unit 1403]], [[LOCATION:Ottawa]], [[LOCATION:ON]] [[ZIP_CODE:K1P 5S7]] - she says her SIN is [[ID_NUMBER:406 549 816]] but we never need that for a refill, so please don't store it.""",
    """[[PERSON:Delroy Whitaker]] called the lab at 4 pm asking why his PSA result from [[DATE_TIME:Jan 14]] wasn't in MyChart; I verified his DOB ([[DATE_TIME:06/30/1958]]) and the last four of his SSN before resending.""",
    """Parking permit 2291 has been reissued to [[PERSON:Dr. Sunita Bhattacharya]] for vehicle [[ID_NUMBER:KX71 ZHB]]; please send the invoice to her home address, [[ADDRESS:9 Alder Close]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB4 2QS]].""",
    """Field worker [[PERSON:Wanjiru Kamau]] visited participant [[PERSON:Otieno Ochieng]] at his home in [[LOCATION:Kisumu]] on [[DATE_TIME:5th February 2025]] to collect the malaria smear; his national ID [[ID_NUMBER:28817452]] was used to confirm identity and he can be reached on [[PHONE_NUMBER:0722 318 604]].""",
    """[[PERSON:Sione Taufa]] got his flu jab at the [[LOCATION:Ōtāhuhu]] pharmacy on [[DATE_TIME:22 April]]; NHI [[ID_NUMBER:MDW0333]] was recorded on the consent form and the reminder goes to [[PHONE_NUMBER:021 448 9031]].""",
    """[[PERSON:Francesca Moretti]] starts as a band 6 radiographer on [[DATE_TIME:7 April 2025]]; her occupational health clearance is pending and her NI number [[ID_NUMBER:PN 48 31 92 C]] still needs verifying by payroll.""",
    """The biobank withdrew all samples belonging to donor [[ID_NUMBER:BB-019283]] after [[PERSON:Mrs. Eunice Abernethy]] wrote in on [[DATE_TIME:30 January]] asking to leave the study; confirmation was posted to [[ADDRESS:Rosebank Cottage, 2 Mill Lane]], [[LOCATION:Kelso]] [[ZIP_CODE:TD5 7HR]].""",
    """[[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S0166285F]]), [[AGE:38]], was screen-failed on [[DATE_TIME:14 Jan 2025]] because her eGFR was below 45; coordinator [[PERSON:Muhammad Hafiz bin Rahman]] will let her know by email at [[EMAIL_ADDRESS:weiling.tan@singnet.com.sg]].""",
    """Ship the compounded cream to [[PERSON:Rosalind Pike]], [[ADDRESS:1804 Old Mill Road]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28803]]; she paid with her card ending 5521 and wants a text to [[PHONE_NUMBER:828-555-0146]] when it leaves.""",
    """[[PERSON:Mr. Yitzhak Feldman]] in bay 4 is an observant [[NRP:Orthodox Jew]] and asked that no procedures be scheduled on [[DATE_TIME:Saturday the 15th]]; his daughter [[PERSON:Rivka]] will bring in kosher meals.""",
    """[[PERSON:Ma. Cristina Dela Cruz]]'s urinalysis from [[DATE_TIME:Feb. 3, 2025]] was released to her HMO; her PhilHealth number is [[ID_NUMBER:12-050487761-3]] and she lives at [[ADDRESS:Blk 7 Lot 22, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]].""",
    # --- everything else ---
    """[[PERSON:Olivia Brennan-Achebe]] reported her Visa [[CREDIT_CARD:4452 5268 7232 4784]] stolen on the night of [[DATE_TIME:31 December]] in [[LOCATION:Lisbon]]; a replacement is being couriered to [[ADDRESS:56 Kingsdown Parade]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5UF]].""",
    """Claim notes: the insured, [[PERSON:Hiroshi Takahashi]], [[AGE:42]], rear-ended a taxi on [[DATE_TIME:8/19/2024]] near [[LOCATION:Burnaby]]; his driver's licence is [[ID_NUMBER:7204518]] (BC) and his wife [[PERSON:Emiko]] was the passenger.""",
    """Payroll: please change [[PERSON:Zanele Khumalo]]'s bank details to account [[ID_NUMBER:62 4481 7702]] at FNB, branch code 250655, from the [[DATE_TIME:25th of March]] payment onwards.""",
    """The school nurse needs an updated asthma plan for [[PERSON:Freddie Okoro]] (Year 4, born [[DATE_TIME:12/05/2016]]) - mum, [[PERSON:Chidinma Okoro]], please drop it at reception or email [[EMAIL_ADDRESS:chidinma.okoro@yahoo.co.uk]].""",
    """student [[PERSON:liam o'sullivan]] (ID [[ID_NUMBER:22041187]]) has asked for an extension on his dissertation until [[DATE_TIME:June 12]], citing his grandmother's funeral in [[LOCATION:Cork]].""",
    """Booking ref QX7P2L for [[PERSON:Ms. Amara Okafor-Smith]] and [[PERSON:Kofi Mensah]], arriving [[DATE_TIME:Fri 11 July]], two nights; the passport on file is [[ID_NUMBER:G4827716]] (Ghana) and the card guarantee is a Mastercard [[CREDIT_CARD:5211 9428 6779 9501]].""",
    """I'm porting my number [[PHONE_NUMBER:+61 412 778 093]] from Telstra; the account holder is [[PERSON:Siobhan Keogh]], DOB [[DATE_TIME:3 Sep 1990]], billing address [[ADDRESS:Unit 6/14 Glenferrie Rd]], [[LOCATION:Malvern]] [[LOCATION:VIC]] [[ZIP_CODE:3144]].""",
    """[[PERSON:Travis Delacroix]] renewed his Florida license [[US_DRIVER_LICENSE:D412-778-61-233-0]] at the [[LOCATION:Pensacola]] office on [[DATE_TIME:Monday, January 13]], and the new card will be mailed to [[ADDRESS:3307 N 12th Ave]], [[LOCATION:Pensacola]], [[LOCATION:FL]] [[ZIP_CODE:32503]].""",
    """The tenancy at [[ADDRESS:Apartment 12, 40 Harcourt Street]], [[LOCATION:Dublin 2]] starts on [[DATE_TIME:1 May 2025]]; the tenants are [[PERSON:Aoife Brennan]] (PPSN [[ID_NUMBER:0893067S]]) and [[PERSON:Karan Malhotra]], and the €2,400 deposit goes to IBAN [[IBAN_CODE:IE23 AIBK 5412 1232 3017 90]].""",
    """gg to [[USERNAME:xXShadowQureshiXx]] aka [[PERSON:Imran Qureshi]] from [[LOCATION:Leicester]] lol, he's [[AGE:15]] and still carried the whole squad""",
    """Happy [[AGE:30]]th to my favourite human [[PERSON:Mei]]!! born [[DATE_TIME:14 Feb 1995]], a valentine baby - go follow her art at [[URL:https://instagram.com/mei.draws.things]]""",
    """Ticket from [[PERSON:Bartholomew Nkemelu]]: can't reach the VPN from home, public IP [[IP_ADDRESS:86.143.207.19]], laptop asset tag LT-08812; call him on ext. 4471 or on his mobile, [[PHONE_NUMBER:07812 640 335]].""",
    """Your parcel for [[PERSON:Ngozi Eze]] could not be delivered to [[ADDRESS:22B Tottenham Road]] today. We'll try again on [[DATE_TIME:Wednesday 9 April]] between 9 and 1, or you can collect it from the depot with photo ID.""",
    """Membership frozen for [[PERSON:Rahul Deshpande]] from [[DATE_TIME:1 August]] to [[DATE_TIME:31 October]] due to knee surgery; the direct debit from [[IBAN_CODE:GB15BARC52575676602057]] resumes afterwards.""",
    """[[PERSON:Mrs. Patterson]]'s spaniel Biscuit is booked in for a dental on the [[DATE_TIME:18th at 8am]]; please remind her to starve him from midnight - her number is [[PHONE_NUMBER:01632 960 418]].""",
    """[[PERSON:Ms. Naledi Mokoena]] has instructed us to act in her divorce from [[PERSON:Jacobus van der Merwe]]; the first hearing is set for [[DATE_TIME:12 May 2025 at 10:00]] in the [[LOCATION:Pretoria]] High Court, and the respondent's ID number, [[ID_NUMBER:7609136999084]], was taken from the marriage certificate.""",
    """Hi, this is [[PERSON:Grace Wambui]]. I moved out of [[ADDRESS:House 14, Kileleshwa Gardens]] on [[DATE_TIME:28 February]] and KPLC is still billing me for the meter. My KRA PIN is [[ID_NUMBER:A009384761Q]] if you need it.""",
    """Additional driver added: [[PERSON:Matías Fernández Ortega]], Spanish licence [[ID_NUMBER:62292348E]], born [[DATE_TIME:17/10/1988]]; the main renter, [[PERSON:Laura Weiss]], paid the excess with Amex [[CREDIT_CARD:3711 273556 01818]].""",
    """RSVP received: [[PERSON:Tomasz]] & [[PERSON:Agnieszka Wiśniewski]] plus two kids, one vegetarian. Please post the order of service to [[ADDRESS:31 Beech Grove]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 0ET]].""",
    """Our parish welcomes [[TITLE:Fr.]] [[PERSON:Emmanuel Obi]], who arrives from [[LOCATION:Enugu]] on [[DATE_TIME:Sunday 6 July]]; parishioners wishing to host him may contact [[PERSON:Bernadette Kiely]] on [[PHONE_NUMBER:087 214 6630]].""",
    """[[PERSON:Nguyễn Thị Hoa]], a [[NRP:Vietnamese]] national, applied for her partner visa on [[DATE_TIME:2 October 2024]]; her passport number is [[ID_NUMBER:C7731904]] and her sponsor, [[PERSON:Brendan Coyle]], lives at [[ADDRESS:5/22 Marine Parade]], [[LOCATION:Coogee]] [[LOCATION:NSW]] [[ZIP_CODE:2034]].""",
    """Your accountant, [[PERSON:Deepa Rao]], lodged the return for TFN [[ID_NUMBER:445 526 721]] on [[DATE_TIME:30 October]]; the refund will go to BSB 062-000, account [[ID_NUMBER:1038 4471]].""",
    """[[PERSON:Aroha Ngata]] signed the KiwiSaver opt-in on [[DATE_TIME:3 March]] with IRD number [[ID_NUMBER:015-209-747]]; the welcome pack goes to [[ADDRESS:PO Box 2281]], [[LOCATION:Rotorua]] [[ZIP_CODE:3040]].""",
    """Dear [[PERSON:Chukwuemeka]], your BVN [[ID_NUMBER:22184039571]] has been linked to account [[ID_NUMBER:0123487765]]. If you did not do this on [[DATE_TIME:14/03/2025 at 09:12]], call us immediately.""",
    """For the background check we need [[PERSON:Kimberly Ann Duvall]]'s SSN ([[US_SSN:412-68-3097]]), her current address ([[ADDRESS:88 Juniper Hollow Dr]], [[LOCATION:Knoxville]], [[LOCATION:TN]] [[ZIP_CODE:37922]]) and her date of birth, which she gave as [[DATE_TIME:March 2, 1986]].""",
    """Traveler [[PERSON:Dwayne Holloway]], US passport [[US_PASSPORT:583710264]], expiring 2031, flies [[LOCATION:Atlanta]] to [[LOCATION:Accra]] on [[DATE_TIME:June 20]]; seat 32C, one checked bag.""",
    """just realised [[PERSON:aman]]'s mom and my mom were in the same college lol. anyway [[PERSON:aman]]'s number is [[PHONE_NUMBER:98110 44726]] if u need it for the trip""",
    """Return authorised for [[PERSON:Henrik Sørensen]]: refund of $89.99 to the Discover card [[CREDIT_CARD:6011 1953 1475 5333]]; he'll drop the jacket off at the [[LOCATION:Minneapolis]] store on [[DATE_TIME:Saturday, Dec 7]].""",
    """To whom it may concern: [[PERSON:Abena Owusu-Ansah]] worked with us as an accounts assistant from [[DATE_TIME:September 2019]] to [[DATE_TIME:August 2023]]. She was reliable and well liked. Please contact me, [[PERSON:Graham Pettifer]], on [[PHONE_NUMBER:020 7946 0833]] for more detail.""",
    """[[PERSON:Sebastián]], [[AGE:34]], [[LOCATION:Austin]] - hiker, taco snob, looking for someone to share breakfast tacos with. insta: [[USERNAME:seb.rides.gravel]]""",
    """The mortgage offer for [[PERSON:Mr. Joseph Adeleke]] and [[PERSON:Mrs. Funmi Adeleke]] on [[ADDRESS:17 Pevensey Road]], [[LOCATION:Eastbourne]] [[ZIP_CODE:BN21 3HP]] expires on [[DATE_TIME:30 June 2025]]; completion is pencilled in for the [[DATE_TIME:20th]].""",
    """Library fines: [[PERSON:Chloé Martin]] (card [[ID_NUMBER:2904 1187 0032]]) owes £4.20 for two overdue books and has been emailed at [[EMAIL_ADDRESS:chloe.martin.2904@gmail.com]].""",
    """Found: a wallet belonging to [[PERSON:Rhys Parry-Jones]] outside the Co-op on Tuesday - his driving licence shows [[ADDRESS:4 Tŷ Gwyn Terrace]], [[LOCATION:Aberystwyth]]. Handed in at the police station on Alexandra Road.""",
    """KYC: [[PERSON:Rafael Nakamura Silva]], born [[DATE_TIME:1992-11-07]], uploaded a selfie from IP [[IP_ADDRESS:2a02:c7f:5e14:8800:8d1:4a2b:11c0:7f3e]] and a Brazilian passport [[ID_NUMBER:FX482913]]. Status: manual review.""",
    """Someone called my mum, [[PERSON:Pauline Greaves]], from [[PHONE_NUMBER:0113 496 0552]] pretending to be her bank, and she read out her card number [[CREDIT_CARD:4030 6511 5902 8519]] before I could stop her.""",
    """Blue badge application for [[PERSON:Stanley Oyelaran]], [[AGE:81]], of [[ADDRESS:Flat 2, Marlowe House, Beacon Hill]], [[LOCATION:Dover]] [[ZIP_CODE:CT16 1HQ]] - renewal due [[DATE_TIME:15/08/2025]].""",
    """U14 girls team sheet: [[PERSON:Keira Mulholland]] (DOB [[DATE_TIME:02/03/2011]]), [[PERSON:Amani Juma]] (DOB [[DATE_TIME:19/09/2011]]) - the parent contact for both is [[PERSON:Colette Mulholland]], [[PHONE_NUMBER:028 9018 2240]].""",
    # --- Greek in Latin letters and Czech ---
    """O [[TITLE:kyrios]] [[PERSON:Dimitris Oikonomou]], [[AGE:67]] eton, entaxthike sti meleti fasis III stis [[DATE_TIME:14 Martiou 2025]] me kodiko symmetexonta [[ID_NUMBER:GR-031-0087]]. To epomeno rantevou tou einai tin [[DATE_TIME:Triti 8 Apriliou stis 09:30]] sto [[LOCATION:Irakleio]].""",
    """Kalimera, eimai i [[PERSON:Eleni Karagianni]] apo tin [[LOCATION:Patra]]. To farmakeio den edose ta farmaka tis miteras mou, [[PERSON:Vasiliki Antoniou]], giati o AMKA tis [[ID_NUMBER:18115996615]] den vgainei sto systima. Parakalo kaleste me sto [[PHONE_NUMBER:697 412 3380]].""",
    """Ta apotelesmata tis aimatologikis gia ton [[PERSON:Giorgo Papadopoulo]] (imerominia gennisis [[DATE_TIME:12/03/1987]], AMKA [[ID_NUMBER:12038775040]]) stalthikan sto [[EMAIL_ADDRESS:g.papadopoulos87@gmail.com]] stis [[DATE_TIME:2 Fevrouariou]].""",
    """I [[PERSON:Katerina Vlachou]] eisixthike stin pathologiki kliniki stis [[DATE_TIME:5/1/2025]]. Dieythynsi katoikias: [[ADDRESS:Tsimiski 87]], [[ZIP_CODE:546 22]] [[LOCATION:Thessaloniki]]. AFM [[ID_NUMBER:089010281]], kinito [[PHONE_NUMBER:+30 694 120 7735]].""",
    """[[TITLE:Paní]] [[PERSON:Jana Nováková]], [[AGE:58]] let, byla zařazena do klinické studie dne [[DATE_TIME:3. února 2025]] pod číslem subjektu [[ID_NUMBER:CZ-12-0044]]. Další návštěva je naplánována na [[DATE_TIME:pondělí 10. března v 8:00]] v [[LOCATION:Olomouci]].""",
    """Lékárnice [[TITLE:Mgr.]] [[PERSON:Lucie Černá]] vydala [[DATE_TIME:12. 2. 2025]] [[TITLE:panu]] [[PERSON:Petru Svobodovi]] (rodné číslo [[ID_NUMBER:780314/9398]]) inzulin na eRecept; pacient si stěžoval, že mu SMS s kódem přišla na staré číslo [[PHONE_NUMBER:+420 603 218 447]].""",
    """Výsledky krevních testů pro [[PERSON:Tomáše Dvořáka]], nar. [[DATE_TIME:21. 7. 1988]], jsou připraveny k vyzvednutí v laboratoři; číslo pojištěnce [[ID_NUMBER:880721/4185]], kontakt [[EMAIL_ADDRESS:tomas.dvorak@seznam.cz]].""",
    """Pacientka [[PERSON:Kateřina Horáková]] ([[AGE:34]] let) byla propuštěna [[DATE_TIME:28. ledna 2025]]. Adresa: [[ADDRESS:Masarykova 427/31]], [[ZIP_CODE:602 00]] [[LOCATION:Brno]]. Fakturu za nadstandardní pokoj zaplatí převodem z účtu [[ID_NUMBER:43-4068135401/0100]].""",
]

BENCH = [
    # --- in the manner of ai4privacy pii-masking-200k/300k/400k ---
    """Dear [[PERSON:Mr. Kozey]], your Senior Integration Architect onboarding pack has been sent to [[ADDRESS:4471 Pfannerstill Crossing, Suite 908]], [[LOCATION:Port Lelahfurt]]. For payroll we hold IBAN [[IBAN_CODE:DE73228356006480109624]] and BIC COBADEFFXXX - please confirm by [[DATE_TIME:03/14/2025]].""",
    """[[PERSON:Eldon Schimmel]], a [[AGE:47]]-year-old male Legacy Markets Coordinator, logged in from [[IP_ADDRESS:172.58.204.19]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 and changed his password to Qh7#mV2pL!x.""",
    """Transaction alert: card [[CREDIT_CARD:5364-4005-4533-9948]] (CVV 318, exp 09/27) was charged ₹14,250 at 2:41 AM. Cardholder [[PERSON:Ishaan Bhatnagar]], registered mobile [[PHONE_NUMBER:+91-88260-41937]], email [[EMAIL_ADDRESS:ishaan.bhatnagar@rediffmail.com]].""",
    """The device with MAC 3c:22:fb:9a:41:7e and IP [[IP_ADDRESS:10.44.17.203]] belongs to [[PERSON:Marguerite Flatley]], who works as Dynamic Research Specialist on the 3rd floor of [[ADDRESS:829 Hermiston Mall]], [[LOCATION:East Trevionton]], [[LOCATION:Ohio]] [[ZIP_CODE:43219-4410]].""",
    """Patient [[PERSON:Leonie Hartmann-Quist]], female, [[AGE:29]], DOB [[DATE_TIME:11th August 1995]], presented with migraine; insurance number [[ID_NUMBER:K882104479]], contact via [[EMAIL_ADDRESS:lhq95@posteo.de]].""",
    """Hi [[USERNAME:mbarrows_77]], your order will ship to [[ADDRESS:Apt. 1146]], [[ADDRESS:7788 Wolff Ridges]], [[LOCATION:Lake Marisol]], [[LOCATION:NE]] [[ZIP_CODE:68123]]. Track it at https://track.shipfast.example/1Z9X42A07713.""",
    """Attention [[PERSON:Valentina Quitzon]]: the firmware update for your smart meter failed. Device IPv6 [[IP_ADDRESS:fe80::1c4d:9aff:fe22:7b10]], MAC 1E-4D-9A-22-7B-10. Our engineer will visit [[ADDRESS:6217 Dach Skyway, Apt. 42]] on [[DATE_TIME:12/09/2024 at 1 PM]].""",
    """As a Principal Response Officer in [[LOCATION:Bedfordshire]], [[PERSON:Gwendolyn]] needs to update her account [[ID_NUMBER:71038845]] with the new sort code 20-45-77; her registered phone is [[PHONE_NUMBER:+44 1632 960782]].""",
    """We've received your payment of £2,130.44 from IBAN [[IBAN_CODE:GB43LOYD75874599117172]] (BIC LOYDGB21), [[PERSON:Mx. Rowan Ebert]]. The receipt is available for user [[USERNAME:rebert_93]] on our portal.""",
    """Greetings [[PERSON:Dr. Cyrus Okuneva]], the vehicle registered to you (plate [[ID_NUMBER:7KDN418]], VIN 1HGCM82633A004352) was recorded at 22:17 near [[ADDRESS:901 Bahringer Pass]]. Contact us from [[EMAIL_ADDRESS:cyrus.okuneva@hotmail.com]] for disputes.""",
    """The [[AGE:62]] year old [[PERSON:Alexandrine Boyer]], who identifies as female and works as a Forward Tactics Planner, resides at [[ADDRESS:38 Marvin Lodge]], [[LOCATION:North Carmelo]], [[LOCATION:Hampshire]], [[ZIP_CODE:SO22 5QR]]; she was born on [[DATE_TIME:September 27th, 1962]].""",
    """Card [[CREDIT_CARD:3563500392387363]] issued to [[PERSON:Kenji Morimoto]] expires 11/28, security code 742. Billing: [[ADDRESS:2-14-7 Kitazawa]], [[LOCATION:Setagaya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:155-0031]].""",
    """Our records show that [[PERSON:Ms. Precious Nwachukwu]] accessed the learning portal from [[IP_ADDRESS:197.210.53.88]] with Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.210 Mobile Safari/537.36 on [[DATE_TIME:2024-11-18T07:42:10Z]].""",
    """Please wire the settlement to [[PERSON:Bernhard Köhler]], IBAN [[IBAN_CODE:DE53 9134 5480 3176 6922 71]], BIC GENODEF1XXX, reference ZX-2291; his tax ID is [[ID_NUMBER:18 472 539 092]].""",
    """Hey [[PERSON:Tobias]], just a heads-up: the new Lead Accountability Analyst starts on [[DATE_TIME:May 5th]]. Her name is [[PERSON:Priscilla Ankunding]], she's [[AGE:31]], and she'll sit in [[ADDRESS:Suite 540]]. Her mobile is [[PHONE_NUMBER:(608) 555-0192]].""",
    """Account recovery for [[USERNAME:d.ferreira_lx]]: the security answer was changed from [[IP_ADDRESS:188.81.44.207]] ([[LOCATION:Lisbon]], [[LOCATION:Portugal]]). If this wasn't you, [[PERSON:Duarte Ferreira]], reply to this email or text STOP to [[PHONE_NUMBER:+351 912 447 308]] from your phone.""",
    """To: [[EMAIL_ADDRESS:hhuels@gmail.com]] - [[PERSON:Hector Huels]], Corporate Branding Producer. Reminder: your mortgage payment from account [[ID_NUMBER:40218873]] is due [[DATE_TIME:15 March]]. Last login [[DATE_TIME:02/03/2025 18:22]] from [[IP_ADDRESS:82.12.190.4]].""",
    """Gender: non-binary. Name: [[PERSON:Sky Runolfsdottir]]. Age: [[AGE:24]]. Height: 5'7". Eye colour: hazel. Lives at [[ADDRESS:415 Lind Circles]], [[LOCATION:Lake Abel]], [[LOCATION:WI]]. Ph: [[PHONE_NUMBER:920.555.0168]].""",
    """The IT team in [[LOCATION:Greenfelderfort]] has assigned IP [[IP_ADDRESS:192.168.14.77]] and MAC 00:1A:2B:3C:4D:5E to laptop SN-77A81, used by [[PERSON:Orval Jacobi]], account [[USERNAME:ojacobi]], password 'Winter2024!'.""",
    """Card holder: [[PERSON:AMELIA J. RUTHERFORD]] / Number: [[CREDIT_CARD:4843 8955 6997 9186]] / Exp: 02/29 / CVC: 015 / Billing ZIP: [[ZIP_CODE:80206]]""",
    """[[PERSON:Fernando]], as Direct Metrics Consultant you are entitled to a relocation allowance to [[LOCATION:Curitiba]]; please send your CPF ([[ID_NUMBER:788.397.122-08]]) and your bank details to relocation@vbconsult.com by [[DATE_TIME:April 30]].""",
    """Medical ID [[ID_NUMBER:MED-8830-1172]] - [[PERSON:Ottoline Graves]], born [[DATE_TIME:1954.03.08]], blood type A-, allergies: penicillin. Emergency contact: [[PERSON:Cedric Graves]] [[PHONE_NUMBER:07700 900 614]].""",
    """The quarterly survey reward of $25 will be sent to [[PERSON:Lupe Tuilagi]] at [[ADDRESS:P.O. Box 4471]], [[LOCATION:Pago Pago]], [[LOCATION:AS]] [[ZIP_CODE:96799]], or by PayPal to [[EMAIL_ADDRESS:lupe.t@yahoo.com]].""",
    """New login to your account [[USERNAME:zara_k_1999]] from Safari on iPhone (iOS 17.3), IP [[IP_ADDRESS:2001:4860:7:30e::f3]], at [[DATE_TIME:18:03 on 9 Feb 2025]], near [[LOCATION:Birmingham]]. Not you, [[PERSON:Zara Kaur]]? Reset your password.""",
    """Greetings! We're conducting a review of [[PERSON:Elmo Stroman]]'s expenses. He reported 412 miles between [[LOCATION:Fresno]] and [[LOCATION:San Luis Obispo]] on [[DATE_TIME:10-22-2024]], paid with corporate card [[CREDIT_CARD:2266 2541 3935 3278]].""",
    """The tenancy deposit of [[PERSON:Ms. Ifeoma Chukwu]] was returned to IBAN [[IBAN_CODE:NL39RABO8715142057]]; her new address is [[ADDRESS:Prinsengracht 711-2]], [[ZIP_CODE:1017 JW]] [[LOCATION:Amsterdam]], and her BSN is [[ID_NUMBER:357394537]].""",
    """User [[USERNAME:kwame.osei]] (employee [[ID_NUMBER:10442]]) requested access to the payroll share from host [[IP_ADDRESS:10.0.8.41]]; approval is pending from his line manager, [[PERSON:Harriet Lowe]].""",
    """Dear valued customer [[PERSON:Ignatius Rempel]], your new debit card ending in 8812 has been dispatched to [[ADDRESS:5590 Boehm Plains, Unit 3]], [[LOCATION:Langworthview]], [[LOCATION:Kentucky]]. Activate it by calling the number on the back.""",
    """Record: Title [[TITLE:Rev.]] | Name [[PERSON:Josiah Abernathy]] | Sex Male | DOB [[DATE_TIME:7 Jan 1949]] | SSN [[US_SSN:531-22-8804]] | Address [[ADDRESS:77 Chapel Hill Rd]], [[LOCATION:Cullman]], [[LOCATION:AL]] [[ZIP_CODE:35055]]""",
    """Hi team, [[PERSON:Wendell]] from Accounting here. Please update vendor [[PERSON:Marisa Goyette]]'s remittance: Amex [[CREDIT_CARD:340992187709271]], exp 07/26, and send the confirmation to [[EMAIL_ADDRESS:mgoyette@protonmail.com]].""",
    """The [[AGE:45]]-year-old Regional Intranet Liaison, [[PERSON:Yasmin Pouros]], has asked for her salary to be paid into [[IBAN_CODE:FR76 4650 0580 2923 1580 0773 223]] (BIC BNPAFRPPXXX) starting [[DATE_TIME:01/06/2025]]; her postal address is [[ADDRESS:17 rue des Lilas, Bâtiment B]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]].""",
    # --- in the manner of gretel-pii-masking-en-v1 ---
    """CLAIM FORM - Motor
Policy No: MTR-5521-0983
Claimant: [[PERSON:Ruth Abimbola Adeyinka]]
Date of Birth: [[DATE_TIME:19 June 1983]]
Address: [[ADDRESS:12 Ravensbourne Close]], [[LOCATION:Bromley]], [[ZIP_CODE:BR2 8JJ]]
Date/time of incident: [[DATE_TIME:03/01/2025 17:45]]
Third party: [[PERSON:Mr. Gavin Pullman]], reg. [[ID_NUMBER:LD19 XKP]]
Description: Third party reversed out of a parking bay and struck the claimant's stationary vehicle. No injuries reported.""",
    """EMPLOYMENT AGREEMENT
This Agreement is made on [[DATE_TIME:10 February 2025]] between Halvorsen Marine Ltd (company no. 09871234) and [[PERSON:Mr. Callum Fraser Munro]] of [[ADDRESS:23 Craigton Crescent]], [[LOCATION:Peterculter]], [[ZIP_CODE:AB14 0SB]] ("the Employee").
1. The Employee's employment commences on [[DATE_TIME:3 March 2025]] in the position of Senior Marine Surveyor.
2. Salary: £58,000 per annum, paid monthly into account [[ID_NUMBER:31926819]], sort code 80-22-60.
3. National Insurance number: [[ID_NUMBER:JR 61 44 07 B]].""",
    """PATIENT INTAKE - Riverside Family Practice
Name: [[PERSON:Esperanza Villalobos]]   DOB: [[DATE_TIME:04/17/1970]]   Age: [[AGE:54]]
Address: [[ADDRESS:2408 Calle Ocho, Apt 11]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33135]]
Phone: [[PHONE_NUMBER:(305) 555-0179]]   Email: [[EMAIL_ADDRESS:esperanza.v70@aol.com]]
Insurance: Sunshine Health, Member ID [[ID_NUMBER:U7731948201]]
Emergency contact: [[PERSON:Luis Villalobos]] (son) [[PHONE_NUMBER:(786) 555-0122]]
Current medications: lisinopril 10 mg, atorvastatin 20 mg
Preferred language: Spanish""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Arjun Mehta]]; Co-applicant: [[PERSON:Sneha Mehta]]
Applicant SSN: [[US_SSN:078-51-2294]]
Residence: [[ADDRESS:915 Elmwood Terrace]], [[LOCATION:Edison]], [[LOCATION:NJ]] [[ZIP_CODE:08817]] (owned since [[DATE_TIME:June 2016]])
Employer: Tata Consultancy Services, Solutions Architect, since 2014
Gross monthly income: $11,850
Checking account: [[ID_NUMBER:004418827713]] (routing 021000021)
Requested amount: $45,000 for home renovation""",
    """NOTICE OF HEARING
Case No. 2025-FL-00318
In re the Marriage of [[PERSON:Danielle Marie Kowalski]], Petitioner, and [[PERSON:Steven R. Kowalski]], Respondent.
TAKE NOTICE that a hearing on the Petitioner's motion for temporary custody will be held on [[DATE_TIME:April 22, 2025, at 9:00 a.m.]] in Department 14 of the Superior Court.
Served by mail on [[DATE_TIME:March 28, 2025]] to Respondent at [[ADDRESS:6641 N Maple Ave, Apt 209]], [[LOCATION:Fresno]], [[LOCATION:CA]] [[ZIP_CODE:93710]].""",
    """Dear [[PERSON:Mr. Oyelowo]],
Re: Home insurance claim HC-7781-22 - water damage at [[ADDRESS:8 Fairfield Mews]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 7PL]]
We write to confirm that our loss adjuster, [[PERSON:Ms. Danuta Zielińska]], will inspect the property on [[DATE_TIME:Thursday 20 March at 11:00]]. Please make sure the loft is accessible. If the date is not convenient, call her on [[PHONE_NUMBER:07584 331 206]].
Yours sincerely,
Claims Team""",
    """LABORATORY REPORT
Patient: [[PERSON:GUPTA]], [[PERSON:Rohan]]   MRN: [[ID_NUMBER:004-778-219]]   Sex: M   DOB: [[DATE_TIME:1988-02-29]]
Collected: [[DATE_TIME:2025-03-11 08:12]]   Accession: L25-070-4471
Ordering physician: [[PERSON:Dr. Miriam Ashkenazi]], NPI [[ID_NUMBER:1927123673]]
Test: HbA1c   Result: 7.9 %   Ref: 4.0-5.6
Comment: Result above target; please follow up with patient.""",
    """RESIDENTIAL LEASE AGREEMENT
Landlord: [[PERSON:Margaret O'Donoghue]]; Tenant: [[PERSON:Thabo Sithole]], ID No. [[ID_NUMBER:7903309935086]]
Premises: [[ADDRESS:Unit 5, 19 Bree Street]], [[LOCATION:Cape Town]], [[ZIP_CODE:8001]]
Term: 12 months from [[DATE_TIME:1 April 2025]]; rent R9,500 payable on the first day of each month into Standard Bank account [[ID_NUMBER:070 215 338]].
Signed at [[LOCATION:Cape Town]] on [[DATE_TIME:14 March 2025]].""",
    """SERIOUS ADVERSE EVENT REPORT
Protocol: ONC-4471-201   Site: 015 ([[LOCATION:Houston]], [[LOCATION:TX]])
Subject ID: [[ID_NUMBER:015-0042]]   Initials: [[PERSON:J.R.M.]]   Age: [[AGE:59]]   Sex: F
Event: febrile neutropenia   Onset: [[DATE_TIME:02-Mar-2025]]   Hospitalised: [[DATE_TIME:03-Mar-2025]]
Reporter: [[PERSON:Kristen Aldana]], RN, [[EMAIL_ADDRESS:kaldana@mdhouston-research.org]]
Outcome: recovering""",
    """PRESCRIPTION RECORD
Rx#: 6624180  Fill date: [[DATE_TIME:02/26/2025]]
Patient: [[PERSON:Harold T. Whitcombe]]  DOB: [[DATE_TIME:11/02/1941]]
Address: [[ADDRESS:402 Sycamore Ln]], [[LOCATION:Dayton]], [[LOCATION:OH]] [[ZIP_CODE:45419]]
Drug: apixaban 5 mg tab, qty 60, refills 5
Prescriber: [[PERSON:Dr. Anjali Raman]], DEA [[ID_NUMBER:BR1510292]]
Dispensed by: [[PERSON:K. Lindgren]], RPh""",
    """[[DATE_TIME:17 February 2025]]

[[PERSON:Mrs. Comfort Asamoah]]
[[ADDRESS:Flat 17, Brunel House, 40 Kingsland Road]]
[[LOCATION:London]] [[ZIP_CODE:E2 8DA]]

Dear [[PERSON:Mrs. Asamoah]],
NOTICE OF ACCOUNT CLOSURE
We are writing to let you know that your savings account ending 0931 will be closed on [[DATE_TIME:31 March 2025]] as it has been dormant for more than 15 years. Any balance will be transferred to your current account, IBAN [[IBAN_CODE:GB22 HBUK 1637 3577 8691 85]].""",
    """MINUTES - Investigation meeting
Date: [[DATE_TIME:Wednesday 5 February 2025, 14:00]]
Present: [[PERSON:Deborah Finch]] (HR Business Partner), [[PERSON:Marcus Oduya]] (employee, staff no. [[ID_NUMBER:00871]]), [[PERSON:Leon Barker]] (union representative)
Summary: [[PERSON:Marcus]] explained that on [[DATE_TIME:22 January]] he left the warehouse at 15:10 to collect his son from school in [[LOCATION:Thurrock]] because his partner, [[PERSON:Jodie]], had been taken ill. He accepts he did not clock out.
Outcome: no further action; reminder of the absence procedure issued.""",
    """Form W-9 (Rev. March 2024)
1 Name: [[PERSON:Alejandro Ruiz-Tagle]]
3 Federal tax classification: Individual/sole proprietor
5 Address: [[ADDRESS:1419 Bayview Ave, Apt 3]]
6 City, state, and ZIP code: [[LOCATION:Tampa]], [[LOCATION:FL]] [[ZIP_CODE:33611]]
Part I Social security number: [[US_SSN:589-40-1176]]
Signature: [[PERSON:A. Ruiz-Tagle]]   Date: [[DATE_TIME:01/09/2025]]""",
    """STUDENT ENROLLMENT FORM
Student: [[PERSON:Aiyana Running Bear]]   Grade: 7   Student No.: [[ID_NUMBER:S-2025-44190]]
Date of birth: [[DATE_TIME:August 3, 2012]]
Parent/guardian: [[PERSON:Dakota Running Bear]], [[PHONE_NUMBER:406-555-0137]]
Home address: [[ADDRESS:HC 63 Box 2190]], [[LOCATION:Browning]], [[LOCATION:MT]] [[ZIP_CODE:59417]]
Tribal affiliation: [[NRP:Blackfeet Nation]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Mrs. Aileen Forsyth]]  CHI: [[ID_NUMBER:1506523528]]
Admitted: [[DATE_TIME:24/02/2025]]  Discharged: [[DATE_TIME:01/03/2025]]
Consultant: [[PERSON:Dr. Rajesh Pillai]]
Diagnosis: community-acquired pneumonia
Follow-up: GP review in two weeks; district nurse [[PERSON:Morag]] to visit at [[ADDRESS:3/2, 58 Hyndland Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 9UX]].""",
    """BENEFICIARY DESIGNATION
Policy owner: [[PERSON:Gerald Nkosi Mthembu]], born [[DATE_TIME:03 May 1969]], ID [[ID_NUMBER:6905036532186]]
Beneficiaries: [[PERSON:Thandiwe Mthembu]] (spouse) 60%; [[PERSON:Sipho Mthembu]] (son, [[AGE:19]]) 40%
Contact address: [[ADDRESS:44 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]
Witness: [[PERSON:L. Mahlangu]]""",
    """Dear [[PERSON:Ms. Yeo]], this is a reminder of your hygienist appointment at Harbourfront Dental on [[DATE_TIME:Monday 17 March 2025, 4.15pm]]. Please bring your CHAS card; our records show NRIC [[ID_NUMBER:T3864765I]] and mobile [[PHONE_NUMBER:+65 9123 4477]].""",
    """INCIDENT REPORT #24-118832
Reporting officer: [[TITLE:Sgt.]] [[PERSON:Angela Marsh]], badge [[ID_NUMBER:4471]]
Complainant: [[PERSON:Ravi Chandrasekar]], [[AGE:37]], of [[ADDRESS:2280 Queen St E, Apt 7]], [[LOCATION:Toronto]] [[ZIP_CODE:M4E 1G3]]
Narrative: On [[DATE_TIME:Jan. 19, 2025 at 23:40]] the complainant's vehicle, a grey Honda Civic, plate [[ID_NUMBER:CKRM 417]], was broken into while parked on Kingston Road. A laptop and a passport (no. [[ID_NUMBER:HK482917]]) were taken.""",
    """[[DATE_TIME:March 6, 2025]]
To: Prior Authorization Dept., CareFirst Rx
Re: Appeal for [[PERSON:Teodora Vasquez]], Member ID [[ID_NUMBER:CFX-220418773]], DOB [[DATE_TIME:12/14/1966]]
I am writing to appeal the denial of coverage for adalimumab for my patient, who has had moderate-to-severe plaque psoriasis since 2019 and has failed methotrexate and two courses of phototherapy.
Sincerely,
[[PERSON:Dr. Brian Okafor]], MD, NPI [[ID_NUMBER:2816368619]]""",
    """SIGNATURE PAGE - Study ALTITUDE-HF v3.1
Participant name (print): [[PERSON:Bernard Lachance]]
Participant signature: ________  Date: [[DATE_TIME:2025-02-18]]
Person obtaining consent: [[PERSON:Émilie Gauthier]], research nurse  Date: [[DATE_TIME:2025-02-18]]
Participant study number: [[ID_NUMBER:AHF-CA-0119]]""",
    # --- in the manner of Nemotron-PII ---
    """{"customer_id": "[[ID_NUMBER:C-448102]]", "name": "[[PERSON:Yolanda Beckford]]", "email": "[[EMAIL_ADDRESS:ybeckford@gmail.com]]", "phone": "[[PHONE_NUMBER:+1-876-555-0143]]", "dob": "[[DATE_TIME:1979-05-30]]", "address": {"street": "[[ADDRESS:14 Hope Road]]", "city": "[[LOCATION:Kingston]]", "country": "[[LOCATION:Jamaica]]"}, "loyalty_tier": "gold"}""",
    """[[DATE_TIME:2025-03-04T09:15:22.418Z]] INFO auth-service login ok user=[[USERNAME:priya.natarajan]] ip=[[IP_ADDRESS:49.207.11.162]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15" session=8f3a9c2e
[[DATE_TIME:2025-03-04T09:15:40.002Z]] WARN billing-service card_update user=[[USERNAME:priya.natarajan]] card=[[CREDIT_CARD:4265268067912860]] exp=04/28
[[DATE_TIME:2025-03-04T09:16:05.771Z]] INFO profile-service email_change user=[[USERNAME:priya.natarajan]] old=[[EMAIL_ADDRESS:priya.n@yahoo.in]] new=[[EMAIL_ADDRESS:priya.natarajan@proton.me]]""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, phone, email, postcode) VALUES
('[[ID_NUMBER:P-009341]]', '[[PERSON:Oluwaseun]]', '[[PERSON:Adebayo-Clarke]]', '[[DATE_TIME:1990-07-14]]', '[[PHONE_NUMBER:07911 123456]]', '[[EMAIL_ADDRESS:seun.ac@gmail.com]]', '[[ZIP_CODE:SE15 4QN]]'),
('[[ID_NUMBER:P-009342]]', '[[PERSON:Harriet]]', '[[PERSON:Quayle]]', '[[DATE_TIME:1946-12-01]]', '[[PHONE_NUMBER:01624 612 887]]', NULL, '[[ZIP_CODE:IM1 3LY]]');""",
    """<employee id="[[ID_NUMBER:EMP-20931]]">
  <name>[[PERSON:Siddharth Menon]]</name>
  <title>Staff Data Engineer</title>
  <dob>[[DATE_TIME:1987-09-02]]</dob>
  <pan>[[ID_NUMBER:BQKPM4471K]]</pan>
  <address>
    <line1>[[ADDRESS:Flat 402, Prestige Shantiniketan]]</line1>
    <city>[[LOCATION:Bengaluru]]</city>
    <pin>[[ZIP_CODE:560048]]</pin>
  </address>
  <bank ifsc="HDFC0001234">[[ID_NUMBER:50100234871190]]</bank>
</employee>""",
    """smtp:
  host: smtp.mailgun.org
  port: 587
  username: [[EMAIL_ADDRESS:nikolai.petrov@fernhill-labs.io]]
  password: "p9!Lm2#xQ"
alerts:
  oncall_name: [[PERSON:Nikolai Petrov]]
  oncall_phone: "[[PHONE_NUMBER:+44 7700 900 381]]"
  backup: [[PERSON:Sara Lindqvist]]""",
    """# TODO remove before commit!!
TEST_USER = {
    "name": "[[PERSON:Grace O'Malley]]",
    "ssn": "[[US_SSN:371-44-5820]]",
    "card": "[[CREDIT_CARD:5540302854487127]]",
    "cvv": "331",
    "zip": "[[ZIP_CODE:02139]]",
}
DB_URL = "postgres://[[USERNAME:gomalley]]:Sup3rS3cret@[[IP_ADDRESS:10.1.4.22]]:5432/billing\"""",
    """Ticket #INC-558120 | Priority: P2 | Queue: Billing
Requester: [[PERSON:Mthunzi Ndlovu]] <[[EMAIL_ADDRESS:m.ndlovu@gmail.com]]>
Subject: Double charge on subscription
Body: Hi, I was billed twice on [[DATE_TIME:9 Feb]] on my Mastercard [[CREDIT_CARD:5205 8932 1829 7943]]. My account username is [[USERNAME:mthunzi_n]] and my phone is [[PHONE_NUMBER:+27 82 441 9073]]. Please refund one of them.
Assigned to: [[PERSON:Kelsey]] (Tier 1)""",
    """<form id="signup">
  <input name="full_name" value="[[PERSON:Bogdan Ionescu]]">
  <input name="email" value="[[EMAIL_ADDRESS:bogdan.ionescu@yahoo.ro]]">
  <input name="phone" value="[[PHONE_NUMBER:+40 722 418 906]]">
  <input name="birthdate" value="[[DATE_TIME:1994-01-23]]">
  <input name="iban" value="[[IBAN_CODE:RO37BTRL7430538796099131]]">
  <input name="newsletter" value="yes">
</form>""",
    """{"status":"ok","data":{"user":{"id":"usr_8f2a1c","username":"[[USERNAME:lina_haddad]]","full_name":"[[PERSON:Lina Haddad]]","locale":"ar-AE","last_login":"[[DATE_TIME:2025-03-02T21:14:09+04:00]]","last_ip":"[[IP_ADDRESS:94.200.17.45]]"},"payout":{"iban":"[[IBAN_CODE:AE357027996496871508527]]","bic":"EBILAEAD"}}}""",
    """[[IP_ADDRESS:203.0.113.77]] - [[USERNAME:mwanjiku]] [[[DATE_TIME:12/Mar/2025:14:22:07 +0000]]] "POST /account/update HTTP/1.1" 200 512 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0\"""",
    """UPDATE customers SET email = '[[EMAIL_ADDRESS:t.oconnell@eircom.net]]', phone = '[[PHONE_NUMBER:+353 86 214 7730]]', address_line1 = '[[ADDRESS:7 Ashgrove Lawn]]', county = '[[LOCATION:Kildare]]', eircode = '[[ZIP_CODE:W91 F4C2]]' WHERE customer_no = '[[ID_NUMBER:IE-0048817]]'; -- requested by [[PERSON:Tadhg O'Connell]] by phone on [[DATE_TIME:2025-02-27]]""",
    """# personal dev env - do not share
ADMIN_NAME=[[PERSON:Rukhsana Begum]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:rukhsana.begum@outlook.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+447723019554]]
STRIPE_TEST_CARD=4242424242424242
PAYOUT_IBAN=[[IBAN_CODE:GB31MIDL95624575208064]]
HOME_IP=[[IP_ADDRESS:81.97.230.14]]""",
    """V5C registration certificate (extract)
Registration number: [[ID_NUMBER:WR68 FHN]]
Registered keeper: [[PERSON:Mrs. Beverley Ann Castle]]
Address: [[ADDRESS:The Old Forge, Church Street]], [[LOCATION:Much Wenlock]], [[LOCATION:Shropshire]], [[ZIP_CODE:TF13 6BS]]
Date of acquisition: [[DATE_TIME:21 10 2022]]
VIN: SALLAAA146A384559  Colour: Blue  Engine: 1995cc""",
    """commit 9c1e4b7a2f88d0e3c6a1b5f4e7d2c9a8b3f6e1d0
Author: [[PERSON:Oksana Hrytsenko]] <[[EMAIL_ADDRESS:oksana.hrytsenko@gmail.com]]>
Date:   [[DATE_TIME:Tue Feb 18 23:41:07 2025 +0200]]

    fix: stop logging full card numbers (test fixture was leaking [[CREDIT_CARD:4255 6544 9164 3605]])""",
    """[{"to":"[[PHONE_NUMBER:+2348034412298]]","body":"Hi [[PERSON:Funke]], your appointment at Lagoon Hospital is on [[DATE_TIME:12/03/2025 10:30]]. Reply C to cancel.","patient_ref":"[[ID_NUMBER:LGH-771204]]"}]""",
    """From: [[PERSON:Henrietta Osei-Bonsu]] <[[EMAIL_ADDRESS:h.oseibonsu@gmail.com]]>
To: accounts@brightwaterlettings.co.uk
Date: [[DATE_TIME:Mon, 3 Mar 2025 08:02:11 +0000]]
Subject: Rent for [[ADDRESS:Flat 5, 31 Victoria Road]]
X-Originating-IP: [[[IP_ADDRESS:109.150.33.207]]]

Hi, I paid March's rent late because my salary only went in on the [[DATE_TIME:28th]]. Reference: OSEI-F5. My phone is [[PHONE_NUMBER:07939 412 660]] if there's any problem.""",
    """Full name: [[PERSON:Zhang Xiaoling]]
Nationality: [[NRP:Chinese]]
Passport no.: [[ID_NUMBER:E58821937]]
Date of birth: [[DATE_TIME:1991/04/08]]
Occupation: postgraduate researcher
Address in UK: [[ADDRESS:Room 214, Fenner Hall, 15 Pemberton Drive]], [[LOCATION:Sheffield]], [[ZIP_CODE:S10 3TD]]
BRP number: [[ID_NUMBER:ZU4418073]]
Mobile: [[PHONE_NUMBER:07421 883 019]]""",
    """### Bug: export includes another user's data
**Reporter:** @[[USERNAME:felixwagner-dev]]
When I export my invoices I also get rows for "[[PERSON:Annika Schulz]]" ([[EMAIL_ADDRESS:annika.schulz@web.de]]), including her IBAN [[IBAN_CODE:DE11913070767299491007]]. Steps: log in, Settings > Export > CSV.
Browser: Firefox 123 / Ubuntu 22.04""",
    """MSH|^~\\&|LAB|RHH|EHR|RHH|202503110815||ORU^R01|MSG00441|P|2.5
PID|1||[[ID_NUMBER:0045512]]^^^RHH^MR||[[PERSON:OKONJO]]^[[PERSON:AMARACHI]]^[[PERSON:N]]||[[DATE_TIME:19850612]]|F|||[[ADDRESS:22 Dunmore Rd]]^^[[LOCATION:Norwich]]^^[[ZIP_CODE:NR3 2LS]]||[[PHONE_NUMBER:01603 448 219]]
OBX|1|NM|2345-7^Glucose^LN||5.4|mmol/L|3.9-5.5|N|||F""",
    """<Invoice>
  <InvoiceNo>INV-2025-00871</InvoiceNo>
  <Customer>
    <Name>[[PERSON:Pádraig Ó Súilleabháin]]</Name>
    <CustomerNo>[[ID_NUMBER:CUS-30418]]</CustomerNo>
    <Street>[[ADDRESS:Cois Farraige, Bóthar na Trá]]</Street>
    <Town>[[LOCATION:An Spidéal]]</Town>
    <County>[[LOCATION:Co. Galway]]</County>
    <Eircode>[[ZIP_CODE:H91 X2T8]]</Eircode>
  </Customer>
  <Total currency="EUR">412.50</Total>
</Invoice>""",
    """{"appointment":{"id":"apt_7731","patient":{"mrn":"[[ID_NUMBER:44817330]]","name":{"given":"[[PERSON:Noor]]","family":"[[PERSON:Al-Sayegh]]"},"birthDate":"[[DATE_TIME:2001-10-05]]","telecom":[{"system":"phone","value":"[[PHONE_NUMBER:+1 587 555 0163]]"},{"system":"email","value":"[[EMAIL_ADDRESS:noor.alsayegh@ualberta.ca]]"}]},"start":"[[DATE_TIME:2025-04-02T13:30:00-06:00]]","clinic":"Dermatology"}}""",
    """$ ssh [[USERNAME:mkariuki]]@[[IP_ADDRESS:41.90.64.18]]
$ curl -u [[USERNAME:mkariuki]]:Nairobi#2025 https://api.example.co.ke/v1/customers/[[ID_NUMBER:KE-300418]]
$ echo "[[PERSON:Mercy Kariuki]], [[PHONE_NUMBER:+254 712 448 903]]" >> contacts.txt""",
    """{
  "device": {"serial": "SH-44A1-90B2", "mac": "b8:27:eb:4f:12:9c", "fw": "3.2.14"},
  "owner": {"name": "[[PERSON:Ingrid Solberg]]", "email": "[[EMAIL_ADDRESS:ingrid.solberg@online.no]]", "home": "[[ADDRESS:Thereses gate 44B]], [[ZIP_CODE:0168]] [[LOCATION:Oslo]]"},
  "wan_ip": "[[IP_ADDRESS:84.208.115.3]]",
  "timezone": "Europe/Oslo"
}""",
    """CHANGE OF ADDRESS
Name: [[TITLE:Lt. Col.]] [[PERSON:Marcus Delaney-Hughes]]
Old address: [[ADDRESS:4410 Reilly Rd, Apt 6C]], [[LOCATION:Fayetteville]], [[LOCATION:NC]] [[ZIP_CODE:28303]]
New address: [[ADDRESS:PSC 817 Box 22]], [[LOCATION:FPO]] [[LOCATION:AE]] [[ZIP_CODE:09622]]
Effective: [[DATE_TIME:04/15/2025]]
Signature on file - [[PERSON:M. Delaney-Hughes]]""",
    """{1:F01BARCGB22AXXX0000000000}{2:I103DEUTDEFFXXXXN}{4:
:20:REF20250311-77
:32A:250311EUR15000,00
:50K:/[[IBAN_CODE:GB04NWBK74212377989747]]
[[PERSON:ANTHONY J WHITFIELD]]
[[ADDRESS:19 LARKSPUR WAY]]
[[LOCATION:GUILDFORD]] [[ZIP_CODE:GU2 7XE]]
:59:/[[IBAN_CODE:DE97995036020572095477]]
[[PERSON:KATHARINA BRANDL]]
:70:DEPOSIT RENTAL AGREEMENT 0425
-}""",
    """Traceback (most recent call last):
  File "/srv/app/notify.py", line 88, in send_reminder
    smtp.sendmail(FROM, "[[EMAIL_ADDRESS:ama.darko@gmail.com]]", msg)
smtplib.SMTPRecipientsRefused: {'[[EMAIL_ADDRESS:ama.darko@gmail.com]]': (550, b'5.1.1 mailbox unavailable')}
context: patient_id=[[ID_NUMBER:GH-100773]] name='[[PERSON:Ama Darko]]' appt=[[DATE_TIME:2025-03-19 09:00]]""",
    """{"form":"pharmacy_transfer","patient":{"name":"[[PERSON:Yusra Abdelrahman]]","dob":"[[DATE_TIME:03/22/1986]]","phone":"[[PHONE_NUMBER:(614) 555-0139]]","address":"[[ADDRESS:5120 Karl Rd, Apt 14]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43229]]"},"from_pharmacy":"Kroger #447","rx_numbers":["6031188","6031190"],"prescriber":{"name":"[[PERSON:Dr. Paul Whitaker]]","npi":"[[ID_NUMBER:2802415119]]","dea":"[[ID_NUMBER:AW8074041]]"},"insurance":{"member_id":"[[ID_NUMBER:ZGP118402273]]","bin":"610014","pcn":"MEDDPRIME"}}""",
    # --- Greek in Latin letters and Czech ---
    """Agapite [[TITLE:k.]] [[PERSON:Nikolaou]], i pliromi me tin karta [[CREDIT_CARD:4712 6822 0680 1017]] apo ti dieythynsi IP [[IP_ADDRESS:94.66.212.40]] (Android, Chrome 121) den egkrithike. O kodikos epivevaiosis stalthike sto kinito sas [[PHONE_NUMBER:6944 218 307]].""",
    """AITISI EGGRAFIS - Dimos [[LOCATION:Chalandriou]]
Eponymo: [[PERSON:Konstantinidou]]
Onoma: [[PERSON:Sofia]]
Patronymo: [[PERSON:Alexandros]]
Imerominia gennisis: [[DATE_TIME:07/04/1992]]
AMKA: [[ID_NUMBER:07049257673]]
AFM: [[ID_NUMBER:138016147]]
Arithmos taftotitas: [[ID_NUMBER:AK 482193]]
Dieythynsi: [[ADDRESS:Leoforos Pentelis 112]], [[ZIP_CODE:152 34]] [[LOCATION:Chalandri]]
Tilefono: [[PHONE_NUMBER:6977 304 118]]
Email: [[EMAIL_ADDRESS:sofia.konst92@yahoo.gr]]""",
    """{"asthenis": {"onoma": "[[PERSON:Christos Makris]]", "ilikia": [[AGE:44]], "amka": "[[ID_NUMBER:15038006118]]", "poli": "[[LOCATION:Larisa]]", "tilefono": "[[PHONE_NUMBER:+30 2410 553 218]]"}, "pliromi": {"iban": "[[IBAN_CODE:GR24 0113 2815 9758 5758 1992 267]]", "poso": 180.00}}""",
    """Vážený [[TITLE:pane]] [[PERSON:Procházko]], Vaše platba kartou [[CREDIT_CARD:5140 4994 5117 3227]] byla zamítnuta. Přihlášení k účtu [[USERNAME:mprochazka76]] proběhlo z IP adresy [[IP_ADDRESS:89.24.118.203]] ([[LOCATION:Ostrava]]). Ověřovací kód jsme poslali na Vaše číslo [[PHONE_NUMBER:+420 777 412 905]].""",
    """PRACOVNÍ SMLOUVA
Zaměstnavatel: Strojírny Vysočina a.s., IČO 27081427
Zaměstnanec: [[TITLE:Ing.]] [[PERSON:Ondřej Němec]], nar. [[DATE_TIME:9. 1. 1964]], r. č. [[ID_NUMBER:640109/0465]], bytem [[ADDRESS:Havlíčkova 1182/14]], [[ZIP_CODE:586 01]] [[LOCATION:Jihlava]]
Den nástupu do práce: [[DATE_TIME:1. dubna 2025]]
Druh práce: konstruktér
Mzda bude poukazována na účet č. [[ID_NUMBER:9207032588/0800]].""",
    """ŽÁDANKA NA LABORATORNÍ VYŠETŘENÍ
Pacient: [[PERSON:Zuzana Marková]]   Číslo pojištěnce: [[ID_NUMBER:856102/3702]]   Pojišťovna: 111
Datum narození: [[DATE_TIME:2. 11. 1985]]
Bydliště: [[ADDRESS:Nádražní 56]], [[ZIP_CODE:370 01]] [[LOCATION:České Budějovice]]
Odběr: [[DATE_TIME:11. 3. 2025 v 7:15]]
Indikující lékař: [[TITLE:MUDr.]] [[PERSON:Pavel Říha]]
Vyšetření: KO, CRP, glykémie""",
    """[[DATE_TIME:2025-03-05 10:22:41]] INFO objednavka vytvorena zakaznik="[[PERSON:Lukáš Pokorný]]" email=[[EMAIL_ADDRESS:lukas.pokorny@centrum.cz]] tel=[[PHONE_NUMBER:731 204 558]] adresa="[[ADDRESS:Dlouhá 19]], [[LOCATION:Praha 1]], [[ZIP_CODE:110 00]]" platba=IBAN [[IBAN_CODE:CZ7830300000004809491295]]""",
]

TABLE = [
    """subject_id,initials,site,consent_date,age,arm
[[ID_NUMBER:101-004]],[[PERSON:K.L.M.]],[[LOCATION:Boston]],[[DATE_TIME:2025-01-08]],[[AGE:52]],A
[[ID_NUMBER:101-005]],[[PERSON:D.O.]],[[LOCATION:Boston]],[[DATE_TIME:2025-01-09]],[[AGE:67]],B
[[ID_NUMBER:204-001]],[[PERSON:R.A.S.]],[[LOCATION:Nashville]],[[DATE_TIME:2025-01-15]],[[AGE:44]],A
[[ID_NUMBER:204-002]],[[PERSON:T.N.]],[[LOCATION:Nashville]],[[DATE_TIME:2025-01-21]],[[AGE:71]],B""",
    """rx_no\tfill_dt\tpatient\tdob\tdrug\tqty\tprescriber
7740218\t[[DATE_TIME:03/03/25]]\t[[PERSON:Alvarez]], [[PERSON:Marta]]\t[[DATE_TIME:05/19/1958]]\tlevothyroxine 50mcg\t90\t[[PERSON:Chen]], [[PERSON:D.]]
7740231\t[[DATE_TIME:03/03/25]]\t[[PERSON:Booker]], [[PERSON:Jamal]]\t[[DATE_TIME:11/02/1991]]\talbuterol HFA\t1\t[[PERSON:Oyelaran]], [[PERSON:T.]]
7740266\t[[DATE_TIME:03/04/25]]\t[[PERSON:Nguyen]], [[PERSON:Thi Lan]]\t[[DATE_TIME:01/30/1947]]\tdonepezil 10mg\t30\t[[PERSON:Chen]], [[PERSON:D.]]
7740270\t[[DATE_TIME:03/04/25]]\t[[PERSON:Sorensen]], [[PERSON:Kai]]\t[[DATE_TIME:07/07/2019]]\tamoxicillin susp\t1\t[[PERSON:Patel]], [[PERSON:R.]]""",
    """| Name | Staff no. | Ward | Shift | Mobile |
|---|---|---|---|---|
| [[PERSON:Bukola Adeyemi]] | [[ID_NUMBER:N40213]] | Cedar | Night | [[PHONE_NUMBER:07723 410 882]] |
| [[PERSON:Siân Morgan]] | [[ID_NUMBER:N38870]] | Cedar | Early | [[PHONE_NUMBER:07845 203 119]] |
| [[PERSON:Jomar Villanueva]] | [[ID_NUMBER:N41102]] | Birch | Late | [[PHONE_NUMBER:07392 661 047]] |
| [[PERSON:Agnieszka Nowak]] | [[ID_NUMBER:N39954]] | Birch | Night | [[PHONE_NUMBER:07507 118 336]] |""",
    """{"accession": "H25-00412", "mrn": "[[ID_NUMBER:88120447]]", "patient": "[[PERSON:Wen Liu]]", "collected": "[[DATE_TIME:2025-03-10T07:55]]", "test": "CBC", "flag": "N"}
{"accession": "H25-00413", "mrn": "[[ID_NUMBER:88093112]]", "patient": "[[PERSON:Obinna Eze]]", "collected": "[[DATE_TIME:2025-03-10T08:02]]", "test": "U&E", "flag": "H"}
{"accession": "H25-00414", "mrn": "[[ID_NUMBER:87711590]]", "patient": "[[PERSON:Maeve Gallagher]]", "collected": "[[DATE_TIME:2025-03-10T08:19]]", "test": "LFT", "flag": "N"}""",
    """participants:
  - name: [[PERSON:Rosa Delgado]]
    study_id: [[ID_NUMBER:RSV-0311]]
    dob: [[DATE_TIME:1949-06-02]]
    phone: "[[PHONE_NUMBER:+1 915 555 0148]]"
    visit_window: week 4
  - name: [[PERSON:Walter Kim]]
    study_id: [[ID_NUMBER:RSV-0312]]
    dob: [[DATE_TIME:1952-12-19]]
    phone: "[[PHONE_NUMBER:+1 915 555 0191]]"
    visit_window: week 4
  - name: [[PERSON:Gloria Otieno]]
    study_id: [[ID_NUMBER:RSV-0315]]
    dob: [[DATE_TIME:1946-03-27]]
    phone: "[[PHONE_NUMBER:+1 915 555 0117]]"
    visit_window: week 2""",
    """Patient: [[PERSON:Mr. Olumide Bakare]]
NHS No: [[ID_NUMBER:956 220 1643]]
DOB: [[DATE_TIME:22/09/1963]]
Address: [[ADDRESS:41 Crossley Street]], [[LOCATION:Halifax]], [[ZIP_CODE:HX1 5AB]]
GP: [[PERSON:Dr. Fiona Hartley]]

Patient: [[PERSON:Miss Tallulah Reed]]
NHS No: [[ID_NUMBER:406 242 6897]]
DOB: [[DATE_TIME:03/12/2004]]
Address: [[ADDRESS:Flat 9, 2 Lister Lane]], [[LOCATION:Halifax]], [[ZIP_CODE:HX1 2DQ]]
GP: [[PERSON:Dr. Imran Siddiqui]]

Patient: [[PERSON:Mrs. Evelyn Crowther]]
NHS No: [[ID_NUMBER:780 773 6941]]
DOB: [[DATE_TIME:14/01/1938]]
Address: [[ADDRESS:7 Moorfield Court]], [[LOCATION:Sowerby Bridge]], [[ZIP_CODE:HX6 2LT]]
GP: [[PERSON:Dr. Fiona Hartley]]""",
    """ACCT NO     CUSTOMER NAME            OPENED       BRANCH        BALANCE
[[ID_NUMBER:0041882731]]  [[PERSON:Beatrice Okwuosa]]         [[DATE_TIME:2019-04-12]]   [[LOCATION:Enfield]]        £2,114.06
[[ID_NUMBER:0041882944]]  [[PERSON:Hamza Yilmaz]]             [[DATE_TIME:2020-11-30]]   [[LOCATION:Walthamstow]]    £88.40
[[ID_NUMBER:0041883102]]  [[PERSON:Cormac Fitzpatrick]]       [[DATE_TIME:2021-01-05]]   [[LOCATION:Enfield]]        £15,902.77
[[ID_NUMBER:0041883390]]  [[PERSON:Lucía Paredes]]            [[DATE_TIME:2023-07-18]]   [[LOCATION:Tottenham]]      £430.00""",
    """txn_id,cardholder,card_number,exp,amount,merchant
T-99021,[[PERSON:Jordan Whitfield]],[[CREDIT_CARD:4429 2746 3957 0775]],08/27,54.20,Trader Joe's
T-99022,[[PERSON:Mariam Haidari]],[[CREDIT_CARD:5321 9444 4231 4563]],01/26,212.00,Delta Air Lines
T-99023,[[PERSON:Colton Reyes]],[[CREDIT_CARD:3735 675569 11649]],05/28,19.99,Spotify
T-99024,[[PERSON:Hye-jin Cho]],[[CREDIT_CARD:6011 8650 0233 6568]],11/29,87.35,Target""",
    """emp_id,first,last,ssn,hire_date,dept,state
[[ID_NUMBER:10087]],[[PERSON:Tamika]],[[PERSON:Robinson]],[[US_SSN:254-71-3390]],[[DATE_TIME:2016-08-22]],Finance,[[LOCATION:GA]]
[[ID_NUMBER:10112]],[[PERSON:Brett]],[[PERSON:Sokolowski]],[[US_SSN:318-40-6627]],[[DATE_TIME:2018-02-05]],Warehouse,[[LOCATION:IL]]
[[ID_NUMBER:10139]],[[PERSON:Anh]],[[PERSON:Pham]],[[US_SSN:621-08-4415]],[[DATE_TIME:2021-10-11]],IT,[[LOCATION:CA]]
[[ID_NUMBER:10140]],[[PERSON:Lorraine]],[[PERSON:Whitehorse]],[[US_SSN:525-93-1176]],[[DATE_TIME:2021-10-18]],HR,[[LOCATION:NM]]""",
    """| Patient | NHS number | Clinic | Appt | Interpreter |
|:--|:--|:--|:--|:--|
| [[PERSON:Ahmad Rahimi]] | [[ID_NUMBER:785 625 9027]] | Diabetes | [[DATE_TIME:Tue 11 Mar 09:20]] | Dari |
| [[PERSON:Ewa Kamińska]] | [[ID_NUMBER:946 615 4028]] | Antenatal | [[DATE_TIME:Tue 11 Mar 10:00]] | Polish |
| [[PERSON:Kenneth Boateng]] | [[ID_NUMBER:766 839 6454]] | Renal | [[DATE_TIME:Wed 12 Mar 14:40]] | - |""",
    """Employee\tSIN\tProvince\tStart date\tPay rate
[[PERSON:Marie-Ève Tremblay]]\t[[ID_NUMBER:309 667 400]]\t[[LOCATION:QC]]\t[[DATE_TIME:2024-09-03]]\t$27.50
[[PERSON:Gurpreet Sandhu]]\t[[ID_NUMBER:445 350 739]]\t[[LOCATION:ON]]\t[[DATE_TIME:2024-11-18]]\t$31.00
[[PERSON:Liam MacIsaac]]\t[[ID_NUMBER:571 296 680]]\t[[LOCATION:NS]]\t[[DATE_TIME:2025-01-06]]\t$24.75""",
    """sr,customer_name,aadhaar,pan,mobile,city
1,[[PERSON:Rajesh Kumar Yadav]],[[ID_NUMBER:2807 5472 8024]],[[ID_NUMBER:ACVPY3318L]],[[PHONE_NUMBER:9415022871]],[[LOCATION:Lucknow]]
2,[[PERSON:Fathima Beevi]],[[ID_NUMBER:3128 0584 7454]],[[ID_NUMBER:BKRPB7720E]],[[PHONE_NUMBER:9847113305]],[[LOCATION:Kochi]]
3,[[PERSON:Harpreet Kaur Gill]],[[ID_NUMBER:6229 6149 4929]],[[ID_NUMBER:CDHPG0914Q]],[[PHONE_NUMBER:9876540032]],[[LOCATION:Ludhiana]]""",
    """{"ts": "[[DATE_TIME:2025-02-28T22:41:03Z]]", "user": "[[USERNAME:bella.moreau]]", "ip": "[[IP_ADDRESS:90.112.48.201]]", "event": "login", "mfa": true}
{"ts": "[[DATE_TIME:2025-02-28T22:43:51Z]]", "user": "[[USERNAME:bella.moreau]]", "ip": "[[IP_ADDRESS:90.112.48.201]]", "event": "export_contacts", "mfa": true}
{"ts": "[[DATE_TIME:2025-02-28T23:02:17Z]]", "user": "[[USERNAME:t_okafor]]", "ip": "[[IP_ADDRESS:2a01:4b00:8611:2e00:b4c1:9dff:fe03:12aa]]", "event": "login_failed", "mfa": false}
{"ts": "[[DATE_TIME:2025-02-28T23:02:40Z]]", "user": "[[USERNAME:t_okafor]]", "ip": "[[IP_ADDRESS:2a01:4b00:8611:2e00:b4c1:9dff:fe03:12aa]]", "event": "login", "mfa": true}""",
    """| Unit | Tenant(s) | Lease start | Rent | Contact |
|------|-----------|-------------|------|---------|
| [[ADDRESS:Apt 1A]] | [[PERSON:Darnell Hughes]] | [[DATE_TIME:06/01/2023]] | $1,450 | [[PHONE_NUMBER:(267) 555-0110]] |
| [[ADDRESS:Apt 2C]] | [[PERSON:Yelena Markova]], [[PERSON:Igor Markov]] | [[DATE_TIME:09/15/2024]] | $1,820 | [[EMAIL_ADDRESS:yelena.markova@gmail.com]] |
| [[ADDRESS:Apt 3B]] | [[PERSON:Priya Shah]] | [[DATE_TIME:02/01/2025]] | $1,600 | [[PHONE_NUMBER:(215) 555-0163]] |
| [[ADDRESS:Apt 4A]] | vacant | - | - | - |""",
    """SURNAME        FORENAME     DOB          FORM   ALLERGIES
[[PERSON:Adeyemi]]        [[PERSON:Tolu]]         [[DATE_TIME:14.02.2014]]   5B     peanuts
[[PERSON:Brennan]]        [[PERSON:Orla]]         [[DATE_TIME:30.06.2014]]   5B     none
[[PERSON:Chaudhry]]       [[PERSON:Zain]]         [[DATE_TIME:09.11.2013]]   5B     penicillin
[[PERSON:Dobson]]         [[PERSON:Alfie]]        [[DATE_TIME:22.03.2014]]   5B     none
[[PERSON:Evans-Mbatha]]   [[PERSON:Naledi]]       [[DATE_TIME:01.08.2014]]   5B     latex""",
    """payee,iban,bic,amount_eur,reference
[[PERSON:Mathilde Lefèvre]],[[IBAN_CODE:FR7631478651436521618972205]],CEPAFRPP,640.00,honoraires fevrier
[[PERSON:Javier Ortiz Molina]],[[IBAN_CODE:ES9174678579154905136921]],BSCHESMM,1200.00,invoice 2025-014
[[PERSON:Pieter Janssens]],[[IBAN_CODE:BE24809943640638]],GKCCBEBB,310.50,translation job
[[PERSON:Giulia Ferraro]],[[IBAN_CODE:IT32 F448 0762 2252 4064 3647 482]],BCITITMM,875.00,consulenza""",
    """emergency_contacts:
  - employee: [[PERSON:Kalani Akana]]
    contact: [[PERSON:Leilani Akana]]
    relation: spouse
    phone: [[PHONE_NUMBER:808-555-0125]]
  - employee: [[PERSON:Desmond Boyle]]
    contact: [[PERSON:Noreen Boyle]]
    relation: mother
    phone: [[PHONE_NUMBER:808-555-0177]]
  - employee: [[PERSON:Min-jun Seo]]
    contact: [[PERSON:Hana Seo]]
    relation: sister
    phone: [[PHONE_NUMBER:+82 10-4471-2290]]""",
    """Name: [[PERSON:Doreen Whitlock]]
Medicare: [[ID_NUMBER:4952 63036 8]] / 2
DVA: no
Address: [[ADDRESS:12 Banksia Crescent]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]]
Last dispensed: [[DATE_TIME:04/03/2025]]
Webster pack: yes
---
Name: [[PERSON:Alistair Cameron]]
Medicare: [[ID_NUMBER:5817 89147 9]] / 2
DVA: yes
Address: [[ADDRESS:3/88 Ruthven Street]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]]
Last dispensed: [[DATE_TIME:27/02/2025]]
Webster pack: no""",
    """nhi,name,dob,vaccine,dose,given,vaccinator
[[ID_NUMBER:HYE2179]],[[PERSON:Mere Tipene]],[[DATE_TIME:2018-05-14]],MMR,2,[[DATE_TIME:2025-02-20]],[[PERSON:J. Walsh]]
[[ID_NUMBER:GUN8047]],[[PERSON:Oliver Hemi]],[[DATE_TIME:2024-11-03]],PCV,1,[[DATE_TIME:2025-02-20]],[[PERSON:J. Walsh]]
[[ID_NUMBER:RCL5071]],[[PERSON:Anaru Paki]],[[DATE_TIME:2024-08-29]],Hep B,3,[[DATE_TIME:2025-02-21]],[[PERSON:S. Faleolo]]
[[ID_NUMBER:ZKA8972]],[[PERSON:Isla Brown]],[[DATE_TIME:2013-12-02]],HPV,1,[[DATE_TIME:2025-02-21]],[[PERSON:S. Faleolo]]""",
    """| Time in | Visitor | NRIC (masked) | Full NRIC | Host | Unit |
|---|---|---|---|---|---|
| 09:12 | [[PERSON:Lim Boon Keng]] | S****534I | [[ID_NUMBER:S6771534I]] | [[TITLE:Mdm]] [[PERSON:Goh]] | [[ADDRESS:#12-04]] |
| 10:45 | [[PERSON:Siti Nurhaliza binte Osman]] | S****639Z | [[ID_NUMBER:S4234639Z]] | [[PERSON:Mr Rajan]] | [[ADDRESS:#08-11]] |
| 11:03 | [[PERSON:Arjun Pillai]] | S****979A | [[ID_NUMBER:S1399979A]] | [[PERSON:Ms Tan]] | [[ADDRESS:#15-02]] |""",
    """ID number;Name;Sex;Cell;Suburb
[[ID_NUMBER:8802149081086]];[[PERSON:Lwazi Zulu]];M;[[PHONE_NUMBER:072 418 3306]];[[LOCATION:Umlazi]]
[[ID_NUMBER:8506212107088]];[[PERSON:Refilwe Molefe]];F;[[PHONE_NUMBER:083 552 0917]];[[LOCATION:Soweto]]
[[ID_NUMBER:9902129305080]];[[PERSON:Jean-Pierre Botha]];M;[[PHONE_NUMBER:061 774 2084]];[[LOCATION:Bellville]]
[[ID_NUMBER:0111224627088]];[[PERSON:Ayanda Ngcobo]];F;[[PHONE_NUMBER:079 330 6612]];[[LOCATION:Pinetown]]""",
    """row\tholder\tnational_id\tmsisdn\tkyc_level
1\t[[PERSON:Akinyi Odhiambo]]\t[[ID_NUMBER:31450228]]\t[[PHONE_NUMBER:254711402873]]\t2
2\t[[PERSON:Chinedu Obi]]\tNIN [[ID_NUMBER:41829304471]]\t[[PHONE_NUMBER:2348061127734]]\t1
3\t[[PERSON:Fatuma Hassan]]\t[[ID_NUMBER:29981174]]\t[[PHONE_NUMBER:254722905118]]\t2""",
    """Member,SSS No.,PhilHealth No.,Birthday,Barangay
[[PERSON:Jocelyn Bautista]],[[ID_NUMBER:34-1029384-7]],[[ID_NUMBER:01-025118774-2]],[[DATE_TIME:March 8, 1989]],[[LOCATION:San Antonio]]
[[PERSON:Rodel Manalo]],[[ID_NUMBER:33-7742019-5]],[[ID_NUMBER:12-200473916-8]],[[DATE_TIME:Nov. 21, 1992]],[[LOCATION:Poblacion]]
[[PERSON:Ma. Luisa Reyes-Santos]],[[ID_NUMBER:02-3381207-1]],[[ID_NUMBER:19-051002287-4]],[[DATE_TIME:Jan. 30, 1978]],[[LOCATION:Malinta]]""",
    """PPSN | Claimant | Scheme | Claim date | Eircode
[[ID_NUMBER:9112150HA]] | [[PERSON:Siobhán Ní Bhriain]] | Jobseeker's Benefit | [[DATE_TIME:17/02/2025]] | [[ZIP_CODE:D08 K7W2]]
[[ID_NUMBER:7266964N]] | [[PERSON:Declan Furlong]] | Illness Benefit | [[DATE_TIME:19/02/2025]] | [[ZIP_CODE:Y35 R2F6]]
[[ID_NUMBER:5550419D]] | [[PERSON:Oksana Melnyk]] | Child Benefit | [[DATE_TIME:20/02/2025]] | [[ZIP_CODE:T12 H9X4]]""",
    """naam\tBSN\tgeboortedatum\tpostcode\tgemeente
[[PERSON:Daan de Vries]]\t[[ID_NUMBER:337570565]]\t[[DATE_TIME:12-04-1986]]\t[[ZIP_CODE:3512 JE]]\t[[LOCATION:Utrecht]]
[[PERSON:Fatima el Amrani]]\t[[ID_NUMBER:715144972]]\t[[DATE_TIME:03-09-1994]]\t[[ZIP_CODE:1055 XK]]\t[[LOCATION:Amsterdam]]
[[PERSON:Sem Bakker]]\t[[ID_NUMBER:385902682]]\t[[DATE_TIME:28-01-2001]]\t[[ZIP_CODE:9711 LM]]\t[[LOCATION:Groningen]]""",
    """room,guest,nationality,passport,check_in,check_out
214,[[PERSON:Matteo Rinaldi]],[[NRP:Italian]],[[ID_NUMBER:YA4471902]],[[DATE_TIME:2025-03-07]],[[DATE_TIME:2025-03-10]]
215,[[PERSON:Aiko Tanabe]],[[NRP:Japanese]],[[ID_NUMBER:TR8830164]],[[DATE_TIME:2025-03-07]],[[DATE_TIME:2025-03-09]]
302,[[PERSON:Olufemi Adeleye]],[[NRP:Nigerian]],[[ID_NUMBER:A09918274]],[[DATE_TIME:2025-03-08]],[[DATE_TIME:2025-03-12]]
306,[[PERSON:Chloe Anderson]],[[NRP:American]],[[US_PASSPORT:548201937]],[[DATE_TIME:2025-03-08]],[[DATE_TIME:2025-03-11]]""",
    """SEAT  PASSENGER                  DOB         DOC TYPE  DOC NO       FF NO
12A   [[PERSON:OKAFOR]]/[[PERSON:CHIAMAKA]] [[TITLE:MRS]]       [[DATE_TIME:12MAY85]]     P         [[ID_NUMBER:B50718826]]    BA [[ID_NUMBER:40718812]]
12B   [[PERSON:OKAFOR]]/[[PERSON:EMEKA]] [[TITLE:MSTR]]         [[DATE_TIME:03FEB16]]     P         [[ID_NUMBER:B50718914]]    -
14C   [[PERSON:LINDQVIST]]/[[PERSON:ERIK]] [[TITLE:MR]]         [[DATE_TIME:29AUG71]]     P         [[ID_NUMBER:AA3318405]]    SK [[ID_NUMBER:771920034]]
21F   [[PERSON:HASSAN]]/[[PERSON:NOOR]] [[TITLE:MS]]            [[DATE_TIME:17OCT99]]     I         [[ID_NUMBER:784-1999-4418203-1]]  -""",
    """{"member_no": "[[ID_NUMBER:GYM-004417]]", "name": "[[PERSON:Tyrone Mathers]]", "joined": "[[DATE_TIME:2023-01-09]]", "plan": "off-peak", "email": "[[EMAIL_ADDRESS:tyrone.mathers@icloud.com]]"}
{"member_no": "[[ID_NUMBER:GYM-004418]]", "name": "[[PERSON:Anjali Venkatesh]]", "joined": "[[DATE_TIME:2023-01-11]]", "plan": "full", "email": "[[EMAIL_ADDRESS:anjali.v@hotmail.co.uk]]"}
{"member_no": "[[ID_NUMBER:GYM-004431]]", "name": "[[PERSON:Piotr Zieliński]]", "joined": "[[DATE_TIME:2023-02-02]]", "plan": "student", "email": "[[EMAIL_ADDRESS:p.zielinski@student.gla.ac.uk]]"}""",
    """first_name,last_name,email,job_title,company,badge_type
[[PERSON:Harriet]],[[PERSON:Osei]],[[EMAIL_ADDRESS:harriet.osei@northwindpharma.com]],Head of Regulatory Affairs,Northwind Pharma,speaker
[[PERSON:Tomás]],[[PERSON:Quintero]],[[EMAIL_ADDRESS:tquintero@biolabs.mx]],QA Manager,BioLabs MX,delegate
[[PERSON:Yuki]],[[PERSON:Hashimoto]],[[EMAIL_ADDRESS:y.hashimoto@kyotogenomics.jp]],Principal Scientist,Kyoto Genomics,delegate
[[PERSON:Brendan]],[[PERSON:Walsh]],[[EMAIL_ADDRESS:bwalsh@clinicaledge.ie]],CRA,Clinical Edge,exhibitor""",
    """+---------+--------------------+--------------+------------------+
| card_id | holder             | dob          | phone            |
+---------+--------------------+--------------+------------------+
| 1       | [[PERSON:Carmen Ochoa]]       | [[DATE_TIME:1975-10-02]]   | [[PHONE_NUMBER:+34 612 447 093]]  |
| 2       | [[PERSON:Bilal Chaudhry]]     | [[DATE_TIME:1983-06-17]]   | [[PHONE_NUMBER:+44 7700 900 244]] |
| 3       | [[PERSON:Anneke Visser]]      | [[DATE_TIME:1990-12-30]]   | [[PHONE_NUMBER:+31 6 4471 2093]]  |
+---------+--------------------+--------------+------------------+
3 rows in set (0.00 sec)""",
    """donor,gift_aid,amount,faith_community,postcode
[[PERSON:Margaret Hollis]],yes,£50.00,[[NRP:Methodist]],[[ZIP_CODE:LS6 2QF]]
[[PERSON:Tariq Anwar]],no,£25.00,[[NRP:Muslim]],[[ZIP_CODE:BD8 7LT]]
[[PERSON:Gurdev Singh Bains]],yes,£100.00,[[NRP:Sikh]],[[ZIP_CODE:LS11 5PD]]
anonymous,no,£10.00,-,-""",
    """permit | holder | plate | dl_number | lot | expires
P-5521 | [[PERSON:Consuelo Ramírez]] | [[ID_NUMBER:8NKX217]] | [[US_DRIVER_LICENSE:D7719305]] | B | 2025-12-31
P-5522 | [[PERSON:Gregory Feld]] | [[ID_NUMBER:6TRB903]] | [[US_DRIVER_LICENSE:F2284410]] | A | 2025-12-31
P-5530 | [[PERSON:Nia Washington]] | [[ID_NUMBER:9LMC455]] | [[US_DRIVER_LICENSE:W4630918]] | C | 2025-06-30""",
    """bed,patient,age,consultant,admitted,NOK phone
C1,[[PERSON:Mr. Winston Achebe]],[[AGE:78]],[[PERSON:Dr. Sørensen]],[[DATE_TIME:08/03/2025]],[[PHONE_NUMBER:07984 220 417]]
C2,[[PERSON:Mrs. Joan Hetherington]],[[AGE:91]],[[PERSON:Dr. Mbatha]],[[DATE_TIME:09/03/2025]],[[PHONE_NUMBER:01904 552 830]]
C4,[[PERSON:Mr. Paresh Joshi]],[[AGE:64]],[[PERSON:Dr. Sørensen]],[[DATE_TIME:10/03/2025]],[[PHONE_NUMBER:07720 316 559]]
C5,-,-,-,-,-""",
    """| AE no. | Subject | Onset | Term | Grade | Related | Reported by |
|---|---|---|---|---|---|---|
| AE-014 | [[ID_NUMBER:03-0117]] | [[DATE_TIME:14-Feb-2025]] | nausea | 1 | possible | [[PERSON:L. Osterberg]] |
| AE-015 | [[ID_NUMBER:03-0121]] | [[DATE_TIME:16-Feb-2025]] | ALT increased | 3 | probable | [[PERSON:L. Osterberg]] |
| AE-016 | [[ID_NUMBER:05-0044]] | [[DATE_TIME:18-Feb-2025]] | headache | 1 | unlikely | [[PERSON:M. Ruiz]] |""",
    """sample_id\track\tposition\tassay\tstatus\tdonor_ref\tcollected_by
SMP-88401\tR12\tA3\tPCR-Flu\tdone\t[[ID_NUMBER:DR-7741]]\t[[PERSON:Anita Kowalczyk]]
SMP-88402\tR12\tA4\tPCR-Flu\tdone\t[[ID_NUMBER:DR-7742]]\t[[PERSON:Anita Kowalczyk]]
SMP-88403\tR12\tA5\tPCR-RSV\tqueued\t[[ID_NUMBER:DR-7745]]\t[[PERSON:Benedict Owusu]]
SMP-88404\tR12\tA6\tPCR-RSV\tfailed\t[[ID_NUMBER:DR-7745]]\t[[PERSON:Benedict Owusu]]""",
    """Date supplied | Patient name & address | Prescriber | Collected by | ID seen | Qty
[[DATE_TIME:03/03/2025]] | [[PERSON:Keith Drummond]], [[ADDRESS:14 Tern Road]], [[LOCATION:Dundee]] [[ZIP_CODE:DD2 4QL]] | [[PERSON:Dr. A. Mackay]] | patient | yes | 56
[[DATE_TIME:04/03/2025]] | [[PERSON:Shona Baird]], [[ADDRESS:2F1, 9 Perth Road]], [[LOCATION:Dundee]] [[ZIP_CODE:DD1 4HY]] | [[PERSON:Dr. R. Ghosh]] | [[PERSON:Callum Baird]] (son) | yes | 28
[[DATE_TIME:05/03/2025]] | [[PERSON:Tadeusz Wróbel]], [[ADDRESS:31 Arbroath Road]], [[LOCATION:Dundee]] [[ZIP_CODE:DD4 6EP]] | [[PERSON:Dr. A. Mackay]] | patient | yes | 14""",
    """claim_ref,policy_no,claimant,dob,loss_date,loss_type,reserve
CL-30918,HOM-448102,[[PERSON:Deandre Whitley]],[[DATE_TIME:1984-02-11]],[[DATE_TIME:2025-01-27]],burst pipe,4500
CL-30921,HOM-390017,[[PERSON:Kristina Lindahl]],[[DATE_TIME:1969-09-05]],[[DATE_TIME:2025-01-29]],theft,1200
CL-30927,MTR-220881,[[PERSON:Hakeem Olajuwon-Banks]],[[DATE_TIME:1998-07-30]],[[DATE_TIME:2025-02-01]],collision,8000""",
    """msisdn\tsubscriber\tid_type\tid_no\tregistered
[[PHONE_NUMBER:+256 772 418 093]]\t[[PERSON:Nakato Sarah]]\tNIN\t[[ID_NUMBER:CF91044102HJKA]]\t[[DATE_TIME:2025-02-03]]
[[PHONE_NUMBER:+256 701 220 784]]\t[[PERSON:Mugisha Robert]]\tNIN\t[[ID_NUMBER:CM88021077PLQD]]\t[[DATE_TIME:2025-02-03]]
[[PHONE_NUMBER:+256 758 903 146]]\t[[PERSON:Achieng Lilian]]\tPassport\t[[ID_NUMBER:B1442093]]\t[[DATE_TIME:2025-02-04]]""",
    """student_id\tname\tuni_email\tprogramme\tyear
[[ID_NUMBER:2291847]]\t[[PERSON:Eilidh Robertson]]\t[[EMAIL_ADDRESS:2291847r@student.gla.ac.uk]]\tMBChB\t3
[[ID_NUMBER:2304412]]\t[[PERSON:Kwame Asare-Boadu]]\t[[EMAIL_ADDRESS:2304412a@student.gla.ac.uk]]\tPharmacology\t2
[[ID_NUMBER:2288093]]\t[[PERSON:Léa Marchand]]\t[[EMAIL_ADDRESS:2288093m@student.gla.ac.uk]]\tNursing\t4
[[ID_NUMBER:2310075]]\t[[PERSON:Aryan Malhotra]]\t[[EMAIL_ADDRESS:2310075m@student.gla.ac.uk]]\tBiomedical Sci\t1""",
    """Guest | Plus one | Table | Meal | Address for invite
Auntie [[PERSON:Bisi]] ([[PERSON:Olabisi Fashola]]) | Uncle [[PERSON:Dayo]] | 3 | jollof | [[ADDRESS:27 Portland Rise]], [[LOCATION:London]] [[ZIP_CODE:N4 2PP]]
[[PERSON:Rhiannon Pugh]] | - | 5 | vegan | [[ADDRESS:Ty Newydd, Llanfair Road]], [[LOCATION:Ruthin]] [[ZIP_CODE:LL15 1BH]]
[[PERSON:Marcus Feld]] | [[PERSON:Jonah Feld]] | 5 | fish | [[ADDRESS:Apt 5, 112 Roden Street]], [[LOCATION:Belfast]] [[ZIP_CODE:BT12 5QT]]""",
    """DROP  RECIPIENT              ADDRESS                                   PHONE            PARCELS
01    [[PERSON:R. Achterberg]]         [[ADDRESS:12 Wharf Street]], [[LOCATION:Newbury]]                [[PHONE_NUMBER:07700 900 118]]    2
02    [[PERSON:Sunil Varma]]           [[ADDRESS:Unit 4, Kennet Business Park]], [[LOCATION:Thatcham]]  -                1
03    [[PERSON:Gemma O'Rourke]]        [[ADDRESS:The Granary, Mill Lane]], [[LOCATION:Hungerford]]      [[PHONE_NUMBER:07700 900 561]]    3
04    [[PERSON:Vusi Khoza]]            [[ADDRESS:88 Andover Road]], [[LOCATION:Newbury]]                [[PHONE_NUMBER:07700 900 730]]    1""",
    """owner,owner_phone,pet,species,next_vacc,owner_address
[[PERSON:Mrs. Glenys Prosser]],[[PHONE_NUMBER:01432 760 215]],Bramble,dog,[[DATE_TIME:2025-04-02]],[[ADDRESS:Orchard View, Kings Acre Road]]
[[PERSON:Hassan Jama]],[[PHONE_NUMBER:07459 330 128]],Simba,cat,[[DATE_TIME:2025-04-09]],[[ADDRESS:22 Whitecross Road]]
[[PERSON:Nicola Brightwell]],[[PHONE_NUMBER:07881 402 666]],Pepper & Salt,rabbit,[[DATE_TIME:2025-05-15]],[[ADDRESS:5 Tupsley Court]]""",
    """agreement | driver | licence no. | issuing country | DOB | pickup
RA-60412 | [[PERSON:Stefan Kowalczyk]] | [[ID_NUMBER:KOWAL811225S99LK]] | [[LOCATION:UK]] | [[DATE_TIME:22/11/1985]] | [[DATE_TIME:07/03/2025 10:15]]
RA-60413 | [[PERSON:Amélie Durand]] | [[ID_NUMBER:190375201184]] | [[LOCATION:France]] | [[DATE_TIME:04/06/1993]] | [[DATE_TIME:07/03/2025 11:40]]
RA-60417 | [[PERSON:Lars-Erik Nyström]] | [[ID_NUMBER:800519-7473]] | [[LOCATION:Sweden]] | [[DATE_TIME:19/05/1980]] | [[DATE_TIME:08/03/2025 09:05]]""",
    """Payroll no,Employee,Sort code,Account no,Net pay
[[ID_NUMBER:PR0441]],[[PERSON:Oyinda Lawal]],20-32-06,[[ID_NUMBER:53019487]],"£1,942.18"
[[ID_NUMBER:PR0442]],[[PERSON:Craig McAllister]],83-44-10,[[ID_NUMBER:10447826]],"£2,310.55"
[[ID_NUMBER:PR0447]],[[PERSON:Zofia Wiśniewska]],09-01-29,[[ID_NUMBER:71128834]],"£1,688.02"
[[ID_NUMBER:PR0450]],[[PERSON:Emmanuel Boateng]],40-11-62,[[ID_NUMBER:22904413]],"£2,045.90\"""",
    """{"ticket": "SUP-40981", "customer": "[[PERSON:Renata Fialho]]", "handle": "[[USERNAME:renatafialho]]", "channel": "email", "contact": "[[EMAIL_ADDRESS:renata.fialho@gmail.com]]", "csat": 5}
{"ticket": "SUP-40982", "customer": "[[PERSON:Dev Patel]]", "handle": "[[USERNAME:devp_1104]]", "channel": "chat", "contact": null, "csat": 2}
{"ticket": "SUP-40985", "customer": "[[PERSON:Aoibheann Kelly]]", "handle": "[[USERNAME:aoibh.k]]", "channel": "phone", "contact": "[[PHONE_NUMBER:+353 87 440 2218]]", "csat": 4}""",
    """VOTER ID    NAME                      DOB         PARTY          PRECINCT  ADDRESS
[[ID_NUMBER:OH04471182]]  [[PERSON:Darlene M. Fisk]]          [[DATE_TIME:03/18/1957]]  [[NRP:Republican]]     12-B      [[ADDRESS:118 Maple Hill Dr]]
[[ID_NUMBER:OH04471196]]  [[PERSON:Jerome Pettaway]]          [[DATE_TIME:09/02/1979]]  [[NRP:Democrat]]       12-B      [[ADDRESS:4021 Linwood Ave]]
[[ID_NUMBER:OH04471207]]  [[PERSON:Kaitlyn Brauer]]           [[DATE_TIME:12/11/2003]]  Unaffiliated   12-C      [[ADDRESS:77 Orchard St, Apt 2]]""",
    """hostname,owner,mac,ipv4,ipv6,last_seen
lt-0412,[[PERSON:Sana Mirza]],9c:b6:d0:41:2e:7a,[[IP_ADDRESS:10.20.4.112]],[[IP_ADDRESS:fd12:3456:789a:1::4412]],[[DATE_TIME:2025-03-10 08:41]]
lt-0419,[[PERSON:Joel Friedman]],f0:18:98:aa:03:5c,[[IP_ADDRESS:10.20.4.119]],[[IP_ADDRESS:fd12:3456:789a:1::4419]],[[DATE_TIME:2025-03-10 09:02]]
pr-0007,-,00:1b:a9:77:10:2e,[[IP_ADDRESS:10.20.9.7]],-,2025-03-10 09:15""",
    """Employee        TFN            Super fund              Member no.
[[PERSON:Lachlan Burke]]   [[ID_NUMBER:962 635 832]]    AustralianSuper         [[ID_NUMBER:401188273]]
[[PERSON:Mai Tran]]        [[ID_NUMBER:918 212 826]]    Hostplus                [[ID_NUMBER:13309124]]
[[PERSON:Ravindra Perera]] (TFN not provided)  REST              [[ID_NUMBER:7720418833]]""",
    """applicant,age,employment,annual_income,loan_amount,property
[[PERSON:Kieran Doherty]],[[AGE:34]],PAYE,72000,310000,[[ADDRESS:9 Millbrook Avenue]]
[[PERSON:Shirin Ebadi-Moore]],[[AGE:41]],self-employed,95000,420000,[[ADDRESS:Flat 6, Harbour Court]]
[[PERSON:Tobi Akintola]],[[AGE:29]],PAYE,51000,225000,[[ADDRESS:31 Beechwood Drive]]""",
    """Booking | Patient | OHIP | Clinic | When
B-1183 | [[PERSON:Mohamed Abdi]] | [[ID_NUMBER:8772-085-448-KT]] | Physio | [[DATE_TIME:Mon Mar 17, 2:30 PM]]
B-1186 | [[PERSON:Lucy Tremblay-Ng]] | [[ID_NUMBER:9182-334-772-AB]] | Physio | [[DATE_TIME:Mon Mar 17, 3:15 PM]]
B-1190 | [[PERSON:Grzegorz Lis]] | [[ID_NUMBER:4467-201-010-ZM]] | Sports med | [[DATE_TIME:Tue Mar 18, 9:00 AM]]""",
    """child,year,parent/guardian,consent,parent mobile
[[PERSON:amara o.]],Y8,[[PERSON:ngozi okeke]],yes,[[PHONE_NUMBER:07411 209 884]]
[[PERSON:jack t.]],Y8,[[PERSON:sarah thompson]],no,[[PHONE_NUMBER:07400 115 962]]
[[PERSON:ishaan r.]],Y8,[[PERSON:meera rao]],yes,[[PHONE_NUMBER:07533 870 417]]
[[PERSON:lily-may c.]],Y8,[[PERSON:dean carter]],yes,-""",
    """employee_id: [[ID_NUMBER:E-55018]]
full_name: [[PERSON:Oluwatoyin Ajayi-Bennett]]
preferred_name: [[PERSON:Toyin]]
date_of_birth: [[DATE_TIME:1990-04-21]]
personal_email: [[EMAIL_ADDRESS:toyin.ajayi@gmail.com]]
mobile: [[PHONE_NUMBER:+44 7456 781 230]]
home_address: [[ADDRESS:64 Clarendon Park Road]], [[LOCATION:Leicester]], [[ZIP_CODE:LE2 3AF]]
department: Pharmacy
grade: 8a
start_date: [[DATE_TIME:2022-06-13]]""",
    """FIRST,MI,LAST,STREET,CITY,ST,ZIP
[[PERSON:Earl]],[[PERSON:W]],[[PERSON:Tidwell]],[[ADDRESS:Rr 2 Box 118]],[[LOCATION:Hartselle]],[[LOCATION:AL]],[[ZIP_CODE:35640-4411]]
[[PERSON:Yesenia]],[[PERSON:L]],[[PERSON:Montoya]],[[ADDRESS:2207 S Kedzie Ave Apt 3R]],[[LOCATION:Chicago]],[[LOCATION:IL]],[[ZIP_CODE:60623-3019]]
[[PERSON:Xee]],,[[PERSON:Vang]],[[ADDRESS:1530 Arcade St]],[[LOCATION:Saint Paul]],[[LOCATION:MN]],[[ZIP_CODE:55106]]
[[PERSON:Bo]],[[PERSON:K]],[[PERSON:Lindgren]],[[ADDRESS:PO Box 77]],[[LOCATION:Bemidji]],[[LOCATION:MN]],[[ZIP_CODE:56619-0077]]""",
    """| Participant | Visit | Stipend | Paid to | Date paid |
|---|---|---|---|---|
| [[ID_NUMBER:EU-0218]] ([[PERSON:Hannah Gruber]]) | V3 | €75 | [[IBAN_CODE:AT19 5181 6319 5220 4091]] | [[DATE_TIME:2025-02-27]] |
| [[ID_NUMBER:EU-0221]] ([[PERSON:Mikkel Dahl]]) | V3 | €75 | [[IBAN_CODE:DK19 0868 2047 3137 52]] | [[DATE_TIME:2025-02-27]] |
| [[ID_NUMBER:EU-0230]] ([[PERSON:Joanna Krawczyk]]) | V2 | €50 | [[IBAN_CODE:PL72 7110 6350 8226 3452 4076 3279]] | [[DATE_TIME:2025-02-28]] |
| [[ID_NUMBER:EU-0233]] ([[PERSON:Lukas Brunner]]) | V2 | €50 | [[IBAN_CODE:CH11 0033 8934 3130 0532 6]] | [[DATE_TIME:2025-02-28]] |""",
    # --- Greek in Latin letters and Czech ---
    """onomateponymo,AMKA,imerominia gennisis,tilefono,poli
[[PERSON:Panagiotis Georgiou]],[[ID_NUMBER:05067117753]],[[DATE_TIME:05/06/1971]],[[PHONE_NUMBER:6945 112 803]],[[LOCATION:Volos]]
[[PERSON:Anastasia Mitropoulou]],[[ID_NUMBER:29099485582]],[[DATE_TIME:29/09/1994]],[[PHONE_NUMBER:6932 770 415]],[[LOCATION:Ioannina]]
[[PERSON:Ioannis Lazaridis]],[[ID_NUMBER:24128525417]],[[DATE_TIME:24/12/1985]],[[PHONE_NUMBER:6974 208 331]],[[LOCATION:Kavala]]""",
    """| Ypallilos | AFM | IBAN | Imerominia proslipsis | Tmima |
|---|---|---|---|---|
| [[PERSON:Despoina Rapti]] | [[ID_NUMBER:182148682]] | [[IBAN_CODE:GR37 0178 8537 3795 9773 1195 146]] | [[DATE_TIME:01/09/2021]] | Logistirio |
| [[PERSON:Kostas Zervas]] | [[ID_NUMBER:092592078]] | [[IBAN_CODE:GR92 0263 1600 6711 3420 0175 714]] | [[DATE_TIME:15/03/2019]] | Apothiki |
| [[PERSON:Maria Tsakiri]] | [[ID_NUMBER:091778570]] | [[IBAN_CODE:GR49 0148 6056 7338 8724 6824 762]] | [[DATE_TIME:02/11/2023]] | Pwliseis |""",
    """Asthenis: [[PERSON:Eleftheria Dimou]]
AMKA: [[ID_NUMBER:22116693833]]
Ilikia: [[AGE:58]]
Iatros: [[PERSON:Nikos Alexiou]], pathologos
Ektelesi syntagis: [[DATE_TIME:04/03/2025]]
Farmako: metformini 850 mg, 2 koutia
---
Asthenis: [[PERSON:Spyros Kalogeropoulos]]
AMKA: [[ID_NUMBER:31010173586]]
Ilikia: [[AGE:24]]
Iatros: [[PERSON:Aikaterini Sotiriou]], dermatologos
Ektelesi syntagis: [[DATE_TIME:05/03/2025]]
Farmako: isotretinoini 20 mg, 1 kouti""",
    """jméno;příjmení;rodné číslo;pojišťovna;telefon;obec
[[PERSON:Hana]];[[PERSON:Pospíšilová]];[[ID_NUMBER:915627/6569]];111;[[PHONE_NUMBER:605 331 208]];[[LOCATION:Kolín]]
[[PERSON:Vojtěch]];[[PERSON:Král]];[[ID_NUMBER:990930/2480]];201;[[PHONE_NUMBER:736 448 120]];[[LOCATION:Kutná Hora]]
[[PERSON:Marie]];[[PERSON:Veselá]];[[ID_NUMBER:576205/2098]];111;[[PHONE_NUMBER:321 724 559]];[[LOCATION:Kolín]]""",
    """zaměstnanec\tosobní číslo\tčíslo účtu\tIBAN\tnástup
[[PERSON:Jiří Veselý]]\t[[ID_NUMBER:0412]]\t[[ID_NUMBER:11447-6415754485/0300]]\t[[IBAN_CODE:CZ84 0300 0114 4764 1575 4485]]\t[[DATE_TIME:1. 3. 2020]]
[[PERSON:Eva Kučerová]]\t[[ID_NUMBER:0415]]\t[[ID_NUMBER:37970-2455511535/2010]]\t[[IBAN_CODE:CZ77 2010 0379 7024 5551 1535]]\t[[DATE_TIME:15. 6. 2021]]
[[PERSON:Martin Procházka]]\t[[ID_NUMBER:0431]]\t[[ID_NUMBER:9913879831/5500]]\t[[IBAN_CODE:CZ08 5500 0000 0099 1387 9831]]\t[[DATE_TIME:2. 1. 2024]]""",
    """| Odběr | Pacient | RČ | Vyšetření | Lékař |
|---|---|---|---|---|
| [[DATE_TIME:10. 3. 2025 7:05]] | [[PERSON:Alena Šťastná]] | [[ID_NUMBER:735228/0232]] | lipidy | [[TITLE:MUDr.]] [[PERSON:Karel Beneš]] |
| [[DATE_TIME:10. 3. 2025 7:20]] | [[PERSON:David Holub]] | [[ID_NUMBER:951011/9498]] | TSH | [[TITLE:MUDr.]] [[PERSON:Karel Beneš]] |
| [[DATE_TIME:10. 3. 2025 7:40]] | [[PERSON:Tereza Malá]] | [[ID_NUMBER:025418/5250]] | KO + dif | [[TITLE:MUDr.]] [[PERSON:Jitka Fialová]] |""",
]

CHAT = [
    """[14:02] [[PERSON:Priya]] (MedsDirect): Hi, thanks for contacting MedsDirect. Can I take your full name and date of birth please?
[14:02] Customer: [[PERSON:Gordon Lyle]], [[DATE_TIME:4th May 1956]]
[14:03] [[PERSON:Priya]] (MedsDirect): Thanks [[PERSON:Gordon]]. And the first line of your address and postcode?
[14:03] Customer: [[ADDRESS:19 Kestrel Way]], [[ZIP_CODE:NE12 8TU]]
[14:04] [[PERSON:Priya]] (MedsDirect): Lovely. I can see your ramipril was dispatched on [[DATE_TIME:Monday 10 March]] but came back to us as undeliverable.
[14:05] Customer: my neighbour [[PERSON:Brenda]] next door can take it. or ring my daughter [[PERSON:Alison]] on [[PHONE_NUMBER:07712 448 301]]
[14:05] [[PERSON:Priya]] (MedsDirect): No problem, I've added that as a delivery note and rebooked it for [[DATE_TIME:Thursday 13 March]].""",
    """[19:41] [[PERSON:Tunde Bakare]]: who has grandma's new address?
[19:43] [[PERSON:Kemi]]: [[ADDRESS:Flat 4, Oakley Court, 27 Spencer Road]], [[LOCATION:Wembley]] [[ZIP_CODE:HA0 3SF]]
[19:44] [[PERSON:Tunde Bakare]]: thanks sis. and her landline?
[19:46] [[PERSON:Kemi]]: [[PHONE_NUMBER:020 8903 4471]]. she turns [[AGE:85]] on the [[DATE_TIME:22nd]] btw, party at [[PERSON:Yemi]]'s
[19:47] [[PERSON:Yemi Bakare-Cole]]: yes my place, [[ADDRESS:11 Honeypot Lane]], from 3. [[PERSON:tunde]] bring chairs pls
[19:52] [[PERSON:Tunde Bakare]]: 👍""",
    """#site-014-coordinators
[[PERSON:Hannah Lew]]  9:12 AM
@[[USERNAME:marcus.b]] did [[PERSON:Mrs Adebayo]] (subject [[ID_NUMBER:014-0031]]) confirm for tomorrow? her V6 is [[DATE_TIME:Wed 12 Mar at 10:30]]
[[PERSON:Marcus Bellamy]]  9:20 AM
left a voicemail on [[PHONE_NUMBER:0121 496 0718]], no answer yet. her son [[PERSON:Femi]] is down as secondary contact, [[PHONE_NUMBER:07700 900 842]]
[[PERSON:Hannah Lew]]  9:21 AM
try [[PERSON:Femi]]. also pharmacy says the IMP for [[ID_NUMBER:014-0029]] ([[PERSON:Mr Kowalski]]) is ready, kit 55012
[[PERSON:Dr. Sameer Qadir]]  9:34 AM
thanks both - I'll sign off [[PERSON:Kowalski]]'s eligibility this afternoon""",
    """Landlord ([[PERSON:Nigel]]): Hi [[PERSON:Chiara]], the plumber is coming [[DATE_TIME:Friday 14th between 8 and 10]], is that ok?
Tenant ([[PERSON:Chiara Lombardi]]): yes fine, I'll leave the key with [[PERSON:Sam]] in [[ADDRESS:flat 2]]
Landlord ([[PERSON:Nigel]]): Great. Also the council asked for everyone's details for the HMO licence - can you send your DOB and the other two tenants' names?
Tenant ([[PERSON:Chiara Lombardi]]): mine is [[DATE_TIME:30/07/1997]]. the others are [[PERSON:Sam Whitaker]] and [[PERSON:Ollie Baptiste]], you have their emails already
Landlord ([[PERSON:Nigel]]): Perfect thanks""",
    """Chat transcript - CardCare
Agent [[PERSON:Luis]]: Hello, you're through to CardCare. How can I help?
Visitor: someone used my card in [[LOCATION:Dubai]] last night, I'm in [[LOCATION:Leeds]]!!
Agent [[PERSON:Luis]]: I'm sorry to hear that. For security, please confirm the full card number and your date of birth.
Visitor: [[CREDIT_CARD:4124 2264 6289 3540]] and [[DATE_TIME:9 October 1988]]
Agent [[PERSON:Luis]]: Thank you, [[PERSON:Ms. Hadiza Bello]]. I've blocked the card. A new one will be sent to the address we hold, [[ADDRESS:63 Harehills Avenue]], within 3-5 working days.
Visitor: ok. pls don't send it there, I moved to [[ADDRESS:Flat 12, 4 Clarence Dock]], [[ZIP_CODE:LS10 1LA]]
Agent [[PERSON:Luis]]: Understood, I'll need to verify the new address by text to [[PHONE_NUMBER:07946 310 288]] first.""",
    """[[PERSON:Kofi Ansah]] [10:03]: anyone seen a login spike on the VPN? user [[USERNAME:dpereira]] failing from [[IP_ADDRESS:185.220.101.47]]
[[PERSON:Beatriz Santos]] [10:05]: that's a tor exit. [[PERSON:Diogo]] is on leave in [[LOCATION:Porto]] till the [[DATE_TIME:21st]] so it's not him
[[PERSON:Kofi Ansah]] [10:06]: locking the account. [[PERSON:Beatriz]] can you text him? [[PHONE_NUMBER:+351 936 201 447]] is what HR has
[[PERSON:Beatriz Santos]] [10:09]: done. he says his home IP is [[IP_ADDRESS:2001:8a0:fb4e:2d00:5c31:1aff:fe2e:9b10]] and he hasn't touched the laptop
[[PERSON:Kofi Ansah]] [10:10]: ok, reset + new token. ticket SEC-2291""",
    """[[PERSON:Eleni]]: Kalispera! Ti ora einai to rantevou tis giagias sto nosokomeio?
[[PERSON:Nikos]]: [[DATE_TIME:Pempti 13/3 stis 11:00]], sto [[LOCATION:Irakleio]]. Xreiazetai to AMKA tis, [[ID_NUMBER:03070270230]] einai?
[[PERSON:Eleni]]: Oxi afto einai tou [[PERSON:Stelios]]! Tis giagias einai [[ID_NUMBER:14034120874]]... perimene na to elegxo
[[PERSON:Nikos]]: Ok. Kai to kinito tis [[TITLE:kyrias]] [[PERSON:Sofias]] apo to farmakeio? [[PHONE_NUMBER:6973 018 224]]?
[[PERSON:Eleni]]: Nai afto. Fere kai tin kartela me ta farmaka""",
    """[[PERSON:Lucie Dvořáková]]: Ahoj, poslala jsi už [[PERSON:Honzovi]] tu adresu na svatbu?
[[PERSON:Petra Malá]]: Jo, [[ADDRESS:Husova 1245/8]], [[ZIP_CODE:301 00]] [[LOCATION:Plzeň]]. Svatba je [[DATE_TIME:sobota 7. června ve 14:00]]
[[PERSON:Lucie Dvořáková]]: Super. A jeho číslo máš? [[PHONE_NUMBER:728 331 904]]?
[[PERSON:Petra Malá]]: To je staré, nové je [[PHONE_NUMBER:+420 739 118 052]]. Dar mu pošlu na účet [[ID_NUMBER:7492124174/0800]]
[[PERSON:Lucie Dvořáková]]: Díky! 😊""",
]

LOOKALIKE = [
    """Warehouse bulletin, week 11
- Order #ORD-2025-448120 shipped via DHL, tracking JD014600006281447720; invoice INV-77401-B issued the same day.
- SKU BK-9780141252407 (paperback, ISBN 978-0-14-125240-7) is back in stock; reorder SKU HX-4471-RED before 20 March.
- Scanner firmware upgraded from 10.4.2.1 to 10.4.3.0; build hash 3f9a2c7e1b0d4f88a6e5c2b9d7f1a0e3.
- Serial numbers SN-4471-0098-221 to SN-4471-0098-260 are recalled.
- Queries: dispatch@northfieldlogistics.co.uk or 0800 046 7720 (Mon-Fri, 8-6).
- The Victoria Street loading bay is closed; use the Wellington Road gate instead.
- Reminder: the charity drive for Parkinson's UK ends on Friday.""",
    """Core Lab QC summary - analyser serial C8-20417, software 4.2.0.118
Run 2025-071: lot 77412A (troponin), lot 77390C (CRP); all Westgard rules passed except 1-3s on level 2 CRP at 09:40, rerun OK.
Reference ranges updated for Bence Jones protein screening; the Glasgow and Apgar calculators in the LIS now point to build 2.10.3.
Accession block 25-CHM-100000 to 25-CHM-104999 reserved for the Hodgkin lymphoma audit.
Interfaces: HL7 feed on channel 7 is unchanged; the middleware heartbeat port is 2575.
Duty biochemist this weekend: [[PERSON:Dr. Nadia Farouk]], mobile [[PHONE_NUMBER:07700 900 455]]. Lab reception: 0114 271 1900, labqueries@sth.nhs.uk.""",
    """Pharmacy stock note
NDC 0093-7214-01 (atorvastatin 20 mg) - batch AT2291K, expiry 08/2026, GTIN 00300937214016.
Dr. Reddy's omeprazole 20 mg replaces the Teva line from 1 April; PIP code 404-8812.
Patient-facing leaflets for Addison's disease and Cushing's syndrome are in drawer 4.
Recall notice MHRA EL(25)A/12 applies to batches 4471A-4471F only.
Wholesaler account 300-118-447; order line 0345 604 4471; orders@alliance-hc.example.
Counted and signed by: [[PERSON:Ruqayyah Hussain]], pharmacist.""",
    """Release 3.14.159 (build 2025.03.11.4) - changelog
- Fixed crash when the config path contained four-part version tags (e.g. 1.2.3.4-rc2).
- Bumped protobuf to 4.25.3; lockfile sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.
- Device IDs now use UUIDv7 (0190f3b2-7c4e-7a11-9d3e-5b2f8c0e4a17) instead of MAC-derived ids like 02:00:00:00:00:00.
- Default listen port is 8443 on all interfaces; health check at /healthz.
- Docs: see the Dijkstra and Bloom-filter sections; security contact security@acme-tools.example.
Thanks to [[PERSON:Ines Carvalho]] ([[USERNAME:inescarvalho]]) for the bug report.""",
    """Accounts payable - batch 0311
Supplier: Bramwell & Sons Ltd, company no. 04417720, VAT GB 448 1207 93
Invoice refs: BR-INV-20418, BR-INV-20419 (credit note CN-0077)
Pay to: sort code 40-47-78, account name BRAMWELL & SONS LTD, SWIFT MIDLGB22
Remittance advice to accounts@bramwellandsons.co.uk; switchboard 01274 448 000
PO numbers 4500118872 and 4500118875 matched; GRN 90041.
Approved by [[PERSON:Mr. Femi Adeyinka]], finance manager.""",
    """Itinerary summary
Flight BA 2490 LHR-JFK, PNR X7K2QB, seat 34K, gate B44, Terminal 5.
Arrive John F. Kennedy International 14:35; transfer to the hotel on George Street, confirmation 88410273.
Return VS 4 JFK-LHR; e-ticket 125-2441098871; baggage tag BA 447120.
Coordinates for the pickup point: 40.6413, -73.7781.
Emergency line for the travel agency: +44 20 7946 0000.
Traveller: [[PERSON:Mrs. Adwoa Mensah-Boateng]].""",
    """Objednávka č. 2025/00417 byla odeslána, číslo zásilky DR1234567890CZ, faktura FV-2025-1183.
Dodavatel: Knihkupectví U Palackého s.r.o., IČO 27081427, DIČ CZ27081427, výdejní místo na ulici Palackého naproti Masarykovu nádraží.
Zboží: ISBN 9788013087591 (2 ks), EAN 8594001234561, kód produktu KN-0417-B, verze katalogu 3.2.1.0.
Zákaznická linka 800 100 417, e-mail objednavky@knihy-palacky.example.
Zásilku převzala: [[PERSON:Jana Marková]].""",
]

STYLES = {
    "table": TABLE,
    "bench": BENCH,
    "gen": GEN,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind66", STYLES, OUT)


if __name__ == "__main__":
    main()

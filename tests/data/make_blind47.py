"""Build tests/data/blind47.jsonl: a forty-seventh *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind47.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of the other gold sets
(every *.jsonl set and the record lists inside the other make_*.py
scripts). Only these were read, to keep the conventions and the file
format: lines 1-121 of make_blind22.py (its docstring and import lines) and
its closing scaffolding from `STYLES = {` to the end (copied below),
gold_sets.py in full, and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). No git
history, log or status was looked at, and nothing was committed. The
detector, the bench and the tests were never run on this file. Do not tune
the detector against it: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn; IBANs
pass mod-97 with the right length for their country, and the national
check parts inside them are right too (the French RIB key, the Italian
CIN, the Dutch eleven-test on the account). These were worked out with
hand-run throwaway code while writing, not generated here;
`gold_sets.check` re-checks cards and IBANs. National ids with a public
check digit were given a valid one the same way: CPF, Cartão SUS (CNS),
São Paulo RG, codice fiscale (consistent with the person's name, sex,
birth date and town where shown), T.C. Kimlik No, NHS number, SIN,
Ontario health number, Aadhaar, TFN, Medicare (AU), NZ IRD and NHI,
Singapore NRIC, South African ID (agreeing with sex and birth date where
they show), BSN, PESEL and NPI; and so were the look-alikes that carry one
(ISBN-13, VIN, IMEI). UK NI numbers, US SSNs, PAN, Nigerian NIN, KRA PINs,
SSS numbers, passports, licences, plates, bank account numbers and staff,
student, member, participant and patient numbers were not checked.

Styles (ids `blind47-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k /
  300k / 400k (odd mixed sentences dense with names, titles, job titles,
  streets with building numbers, secondary addresses, IPv4 / IPv6, MACs,
  user agents, cards with CVV and expiry, IBAN and BIC), of
  gretel-pii-masking-en-v1 (claim forms, leases, contracts, intake and
  medical forms, loan applications, notices, certificates, court papers)
  and of Nemotron-PII (JSON, log lines, SQL, XML, YAML, INI, HTTP, code,
  tickets and forms with many entity kinds).
- `gen` (91): one to four LLM-style "realistic sentences with personal
  data", with extra weight on police incident reports, landlord-tenant
  disputes, online marketplace scams, clinical trial enrolment, hospital
  discharge letters and crowdfunding campaigns (six to eight each), the
  rest spread over banking, pharmacy, schools, HR, retail, hotels,
  telecoms, government services, real estate, gaming, social media, tech
  support, deliveries, gyms, vets, dating, weddings, immigration, tax,
  utilities, car hire, airlines, dentists, libraries, wills, funerals,
  childcare, pensions, mortgages, parking, DMV, insurance, bursaries,
  sports clubs, voting, moving and care homes. Names at the start, middle
  and end, lowercase and possessive; ages, dates, addresses, phones and
  ids in many shapes.
- `table` (34): one small labeled table per record (CSV, semicolon CSV,
  TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks),
  varied column names, non-PII columns, header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, speakers'
  names labeled wherever they appear, with the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, permit and PO references, SKUs, GTINs, lots, ISBNs,
  IP-shaped versions, hashes, serials, company phones, role mailboxes,
  company and VAT numbers, eponyms, streets named after people with no
  number), the few real PII values labeled; one has no PII at all.

Languages: about nine records in ten are in English (US, UK, Ireland,
Canada, Australia, New Zealand, India, Nigeria, Ghana, Kenya, South Africa,
Singapore, the Philippines and Jamaica contexts, with names from the many
cultures living there); 24 are in Portuguese (Brazil) (8), Italian (8) and
Turkish (8), spread over every style.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside; family words ("Auntie",
  "Grandma", "The") stay outside. TITLE: honorifics and ranks attached to a
  name (Mr, Dr, Prof., Mx, Rev., Fr., Pastor, Sister, Madam, PC, DC, sig.,
  dott., Dra.), labeled apart from it; job titles are not TITLE.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, admission, discharge, consent,
  hearing, move, start, appointment, incident ...) with a day or month, in
  any shape; a weekday or a clock time said with such a date is inside the
  span, a time or weekday alone is not; no bare years or durations.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security / health ids, patient,
  participant, staff, student, customer and member numbers, bank account
  numbers, non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys, genders, heights, blood groups, job
  titles, employers, user agents, MAC addresses, sort codes, BSB, BIC and
  routing / transit numbers, paybill numbers, CVVs and expiries, PINs,
  order / ticket / claim / case / policy / booking / tracking / incident
  references, company phone numbers and role mailboxes, versions, hashes,
  serials, partial numbers ("ending 1009", "card_last4"), pets, eponyms and
  hospital, cathedral or event names, a header row.
- Calls made while writing this set, in the same spirit: a police collar or
  badge number is a staff number (ID_NUMBER); a clinical-trial participant
  or subject code is ID_NUMBER, the study / IRB number is not; a
  crowdfunding page or social profile set up for a named person is a
  personal page (URL); a Pix key that is a phone number is PHONE_NUMBER and
  one that is a CPF is ID_NUMBER; speakers' names in chats are PERSON each
  time; a unit or "interno" given on its own is ADDRESS; in a table "sex",
  "status", "dept", "role", "arm" and "blood group" columns stay unlabeled,
  "age" is AGE, "state" / "province" / "uf" / "il" is LOCATION,
  "nationality" is NRP and "party" is NRP; VINs and IMEIs are serials
  (unlabeled); a last-login timestamp of a person's account is DATE_TIME;
  a professional registration (NMC PIN, NPI) is ID_NUMBER; in logs and
  tables the timestamp of a person's login or sign-up is DATE_TIME, while
  the timestamp of a payment, transaction, ticket or listing is not (like a
  sale date); a company or operator's landline is not labeled, a person's
  direct line is.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind47.jsonl")

GEN = [
    # police incident reports
    """On [[DATE_TIME:Saturday 14 June 2025 at approximately 23:40]], [[TITLE:PC]] [[PERSON:Hollis]] (collar number [[ID_NUMBER:4471]]) attended [[ADDRESS:27 Brindley Close]], [[LOCATION:Walsall]] [[ZIP_CODE:WS2 9PL]] after a report of criminal damage to a blue Corsa, registration [[ID_NUMBER:KX19 TFE]], belonging to [[PERSON:Delroy Anthony Fraser]] ([[AGE:52]]).""",
    """Reporting party [[PERSON:Marisol Quintero]], DOB [[DATE_TIME:09/22/1990]], stated that an unknown male forced the rear door of her apartment at [[ADDRESS:1180 W. Belmont Ave, Unit 3R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60657]] sometime between 0900 and 1730 hrs. Nothing appears to be missing except a laptop. RP can be reached at [[PHONE_NUMBER:773-555-0148]].""",
    """[[PERSON:jamal whitaker]], [[AGE:19]], of [[ADDRESS:Flat 6, 41 Carrington Road]], [[LOCATION:Nottingham]], was arrested on [[DATE_TIME:3rd March]] on suspicion of shoplifting and later released under investigation. The arresting officer was [[TITLE:DC]] [[PERSON:Aleksandra Nowak]].""",
    """Witness statement taken from [[PERSON:Tuan Nguyen]] ([[AGE:34]]) at [[LOCATION:Footscray]] police station: he saw a silver Hilux, plate [[ID_NUMBER:1XR 4LM]], mount the kerb outside [[ADDRESS:88 Barkly Street]] on [[DATE_TIME:Friday 8 August at around 6:15pm]] and drive off towards the river.""",
    """Complainant [[PERSON:Harpreet Kaur Sandhu]] (born [[DATE_TIME:17 May 1983]]) reported that a cheque was taken from her mailbox at [[ADDRESS:6420 132 Street]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 4M5]] and deposited under another name. Her social insurance number, [[ID_NUMBER:529 184 301]], was written on the stub, so she has been advised to contact Service Canada.""",
    """The suspect, one [[PERSON:Chukwuemeka Obi]] alias "[[PERSON:Emeka Blaze]]", aged [[AGE:27]], was apprehended at [[ADDRESS:14 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] and his phone, [[PHONE_NUMBER:0803 412 7789]], has been sent to the cybercrime unit for analysis.""",
    """Driver [[PERSON:Kyle R. Bergstrom]], Minnesota license [[US_DRIVER_LICENSE:B623417589204]], was stopped on [[DATE_TIME:Jan. 5, 2025 at 02:10]] on Highway 61 for weaving across lanes; he blew 0.14 and was booked into the county jail. Passenger [[PERSON:Tanner Lund]] was released to his mother.""",
    # landlord-tenant disputes
    """My landlord, [[PERSON:Gordon Pryce]], is refusing to give back my £1,150 deposit for [[ADDRESS:Flat 2B, 19 Heathfield Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 3JY]] even though I moved out on [[DATE_TIME:30 April]] and left the place spotless. The deposit was protected with the DPS under reference 28841927, so I'm opening a dispute.""",
    """Tenant [[PERSON:Latoya Simmons]] has withheld rent since [[DATE_TIME:March 1]] over a broken furnace at [[ADDRESS:2217 Cherokee Street, Apt 4]], [[LOCATION:St. Louis]], [[LOCATION:MO]] [[ZIP_CODE:63118]]; property manager [[PERSON:Brent Kowalczyk]] says no repair request ever reached [[EMAIL_ADDRESS:bkowalczyk@gatewayrentals.net]].""",
    """I, [[PERSON:Mei Ling Tan]], give notice that I will vacate [[ADDRESS:Unit 7/42 Grey Street]], [[LOCATION:South Brisbane]] [[LOCATION:QLD]] [[ZIP_CODE:4101]] on [[DATE_TIME:15/09/2025]]. Please refund the bond to BSB 064-000, account [[ID_NUMBER:1047 7382]].""",
    """The RTB hearing between landlord [[PERSON:Declan Fitzgerald]] and his tenants [[PERSON:Oksana]] and [[PERSON:Taras Melnyk]] over the rent review at [[ADDRESS:Apartment 12, Riverview Court, Mill Street]], [[LOCATION:Galway]] [[ZIP_CODE:H91 E2K8]] is listed for [[DATE_TIME:Tuesday 21 October at 10:30]].""",
    """hi, writing about my apartment again — the landlord ([[PERSON:raj malhotra]]) let himself in without the 24 hours notice on [[DATE_TIME:nov 3]] and again on [[DATE_TIME:nov 7]]. i rent at [[ADDRESS:55 Eglinton Ave E, Unit 508]], [[LOCATION:Toronto]] [[ZIP_CODE:M4P 1G8]] and i want to file a T2 with the LTB.""",
    """Eviction application: [[PERSON:Pieter van der Merwe]] (landlord) v [[PERSON:Nomvula Dlamini]], ID no. [[ID_NUMBER:9207210174084]], occupier of [[ADDRESS:31 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2193]]. The notice to vacate was served on [[DATE_TIME:2 June 2025]].""",
    """A section 21 notice served on [[PERSON:Mrs Folasade Adeyemi]] at [[ADDRESS:48 Lordship Lane]], [[LOCATION:London]] [[ZIP_CODE:SE22 8HJ]] gives her until [[DATE_TIME:31/12/2025]] to leave. She has asked the council's housing officer, [[PERSON:Tom Hegarty]], to call her back on [[PHONE_NUMBER:07931 448 206]].""",
    """The "landlord" calling himself [[TITLE:Pastor]] [[PERSON:James Whitaker]] listed [[ADDRESS:2406 NE 15th Ave]], [[LOCATION:Portland]] on Craigslist for $900 a month and wanted the deposit sent by Zelle to [[EMAIL_ADDRESS:jwhitaker.ministry@gmail.com]] before any viewing. The real owner, [[PERSON:Ellen Marsh]], had no idea her house was listed.""",
    # online marketplace scams
    """Be careful with a seller called [[USERNAME:vintage_vibes_88]] on Facebook Marketplace. She goes by [[PERSON:Kayla Dunn]], asked me to pay $240 by Zelle to [[PHONE_NUMBER:(602) 555-0187]] for a PS5 and then blocked me.""",
    """I sent £85 by bank transfer to account [[ID_NUMBER:41926637]], sort code 20-45-77, name [[PERSON:D. Whitcombe]], for a road bike listed on Gumtree; the listing has vanished and [[PHONE_NUMBER:07454 219883]] goes straight to voicemail.""",
    """An OLX buyer named [[PERSON:Rohit Sharma]] claimed to be an army officer posted in [[LOCATION:Pathankot]] and sent a QR code asking me to "receive" ₹12,500. His WhatsApp number was [[PHONE_NUMBER:+91 97801 26634]] and the account he used was in the name of [[PERSON:Pawan Kumar]].""",
    """Buyer [[USERNAME:mk_trader2019]] opened a not-as-described claim on a camera I sold, then returned a box with a brick in it to my address, [[ADDRESS:903 Larkspur Lane]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83706]]. eBay case 5291774102 is still open.""",
    """The so-called seller [[PERSON:Brian Otieno]] on Jiji asked for a KSh 5,000 deposit through M-Pesa to [[PHONE_NUMBER:0712 448 390]] for a fridge in [[LOCATION:Kasarani]]; after I paid on [[DATE_TIME:12th July]] he stopped picking my calls.""",
    """ok so [[USERNAME:lottiexthrifts]] on depop sent me a "depop support" link and i typed in my card [[CREDIT_CARD:4761 7301 9220 4553]] before i realised. [[PERSON:lottie]]'s profile is still up and has 2k followers???""",
    """[[PERSON:Jason Lim Wei Jie]], who told me his NRIC was [[ID_NUMBER:S8841207I]] to "build trust", sent a fake Carousell Protection link to my number [[PHONE_NUMBER:+65 9183 4402]] on [[DATE_TIME:Sunday 3 August]].""",
    # clinical trial enrolment
    """Participant [[ID_NUMBER:014-0032]], [[PERSON:Graciela Montoya]], a [[AGE:61]]-year-old woman with type 2 diabetes, signed the informed consent on [[DATE_TIME:02-Jun-2025 at 09:12]] and was randomised at visit 2 on [[DATE_TIME:16-Jun-2025]].""",
    """Thank you for your interest in the NEXUS-HF study. [[PERSON:Mr. Olufemi Bankole]], your screening visit is booked for [[DATE_TIME:Thursday 11 September at 8:30am]] at the research unit; please bring your NHS number ([[ID_NUMBER:721 564 9083]]) and a list of your medicines.""",
    """Subject [[PERSON:Wen-Hsuan Chou]] (MRN [[ID_NUMBER:00847213]], DOB [[DATE_TIME:1958-11-04]]) was excluded at screening because her eGFR was under 30. The study coordinator, [[PERSON:Ashley Brandt]], let her know by phone at [[PHONE_NUMBER:617-724-3390]] on [[DATE_TIME:7/14]].""",
    """[[PERSON:Bronwyn Keogh]], [[AGE:47]], from [[LOCATION:Ballarat]] was enrolled in the melanoma vaccine trial on [[DATE_TIME:22 May]], and her Medicare number [[ID_NUMBER:4182 73654 2]] was recorded for the pathology requests.""",
    """Volunteer [[PERSON:Sunita Devi]] (age [[AGE:38]], Aadhaar [[ID_NUMBER:7362 0481 9534]]) from [[LOCATION:Pune]] withdrew her consent from the TB vaccine trial on [[DATE_TIME:05/08/2025]], as she is moving back to her village in [[LOCATION:Bihar]].""",
    """Hi [[PERSON:Marcus]], I'm [[PERSON:Dr. Helena Varga]] from the clinical research team. You're eligible for the migraine prevention study and your participant code is [[ID_NUMBER:MIG-2207-118]]; reply to [[EMAIL_ADDRESS:helena.varga@uhbristol-research.org]] or ring my direct line on [[PHONE_NUMBER:0117 342 8861]].""",
    # hospital discharge letters
    """Dear [[PERSON:Dr. Okafor]], your patient [[PERSON:Mr. Desmond Achterberg]] (DOB [[DATE_TIME:14/02/1941]], NHS No. [[ID_NUMBER:634 129 7858]]) of [[ADDRESS:7 Mulberry Court, Church Lane]], [[LOCATION:Ilkley]] [[ZIP_CODE:LS29 9BT]] was admitted on [[DATE_TIME:02/09/2025]] with community-acquired pneumonia and went home on [[DATE_TIME:09/09/2025]].""",
    """Discharge summary: [[PERSON:Aroha Ngata]], [[AGE:29]], NHI [[ID_NUMBER:ZHT4822]], gave birth to a healthy girl on [[DATE_TIME:18 March 2025 at 04:52]] at Waikato Hospital, [[LOCATION:Hamilton]]. Midwife follow-up with [[PERSON:Keri Walsh]], [[PHONE_NUMBER:021 448 9173]].""",
    """Patient [[PERSON:Rosa Delgado-Ibarra]] was discharged on [[DATE_TIME:08/21/2025]] after a laparoscopic cholecystectomy and should follow up with [[PERSON:Dr. Nathan Ocampo]] in two weeks. Her daughter [[PERSON:Yesenia]] will drive her home to [[ADDRESS:4518 Alameda Ave]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79905]] and can be reached at [[PHONE_NUMBER:915.555.0163]].""",
    """[[PERSON:Jean-Philippe Tremblay]], health card [[ID_NUMBER:2847-593-015-KT]], left the cardiology ward on [[DATE_TIME:June 30]] on apixaban 5 mg twice daily. He lives alone at [[ADDRESS:212 Rideau Street, Apt 1104]], [[LOCATION:Ottawa]], so home care visits have been arranged.""",
    """[[TITLE:Madam]] [[PERSON:Siti Rahmah binte Osman]], NRIC [[ID_NUMBER:S7709345A]], [[AGE:48]], was discharged on [[DATE_TIME:4 Jul 2025]] to her sister's flat at [[ADDRESS:Blk 512 Jurong West Street 52, #08-117]], [[LOCATION:Singapore]] [[ZIP_CODE:640512]], with a wound review at the polyclinic in one week.""",
    """Discharge card: [[PERSON:Ramesh Chandra Iyer]], [[AGE:66]]/M, UHID [[ID_NUMBER:APH-0042198]], admitted [[DATE_TIME:12.08.2025]] and discharged [[DATE_TIME:19.08.2025]] after PTCA to the LAD; review in OPD with [[PERSON:Dr. S. Venkatraman]] after ten days.""",
    # crowdfunding campaigns
    """Please help [[PERSON:Amara Okonkwo]], a [[AGE:9]]-year-old girl from [[LOCATION:Enugu]], get the heart surgery she needs in [[LOCATION:Chennai]]. Her mother [[PERSON:Ngozi]] set up the campaign at [[URL:gofundme.com/f/help-amara-okonkwo-heal]] and posts an update every week.""",
    """Our neighbour [[PERSON:Dave Tremaine]] lost everything when his house at [[ADDRESS:1640 Ridgecrest Drive]], [[LOCATION:Paradise]], [[LOCATION:CA]] burned on [[DATE_TIME:November 8]]. All donations go straight to him, and cards can be mailed to [[ADDRESS:PO Box 2291]], [[LOCATION:Chico]], [[LOCATION:CA]] [[ZIP_CODE:95927]].""",
    """[[PERSON:Chloe Abernethy]] is running the Edinburgh Marathon on [[DATE_TIME:25 May]] in memory of her dad, [[PERSON:Iain]], who died of MND aged [[AGE:58]]; every pound goes to the MND Association.""",
    """Update from [[PERSON:Tomás Herrera]]: thanks to 412 donors we've reached €18,300 for [[PERSON:Lucía]]'s wheelchair-accessible van! If you'd rather give by bank transfer, our IBAN is [[IBAN_CODE:IE31 AIBK 9320 8761 4255 30]].""",
    """Harambee for [[PERSON:Wanjiru Kamau]]'s university fees: send contributions via M-Pesa paybill 891300, account [[PERSON:WANJIRU]], or directly to her mum [[PERSON:Grace Nyambura]] on [[PHONE_NUMBER:+254 722 915 403]].""",
    """[[TITLE:Fr.]] [[PERSON:Michael Brennan]] is raising money to furnish a flat for the [[NRP:Syrian]] family who arrived in [[LOCATION:Ennis]] on [[DATE_TIME:14 January]]; donations can be left at the parish office or sent to [[EMAIL_ADDRESS:mbrennan.parish@eircom.net]].""",
    # everyday situations
    """[[PERSON:Anjali Deshmukh]] called on [[DATE_TIME:Monday 6 January]] to report her debit card [[CREDIT_CARD:4556 7301 9842 2117]] lost somewhere in [[LOCATION:Leicester]]; a replacement will be posted to [[ADDRESS:62 Belgrave Gate]], [[ZIP_CODE:LE1 3GQ]].""",
    """Prescription ready for pickup: [[PERSON:harold jenkins]], DOB [[DATE_TIME:3/3/1949]], atorvastatin 40 mg x 90. Call [[PHONE_NUMBER:(508) 555-0129]] if he would like it delivered to [[ADDRESS:77 Pleasant St]], [[LOCATION:Worcester]].""",
    """Dear parents, [[PERSON:Zainab Hussain]] in Year 4 has been picked for the county chess team! The tournament is on [[DATE_TIME:Saturday 18 October]] and [[PERSON:Mr Whitfield]] will collect her from [[ADDRESS:9 Lime Tree Walk]] at 7:30.""",
    """Welcome aboard, [[PERSON:Kwame Asante-Boateng]]! Your first day is [[DATE_TIME:1 September 2025]], your employee number is [[ID_NUMBER:E0049315]], and payroll still needs your National Insurance number, which you gave as [[ID_NUMBER:JT 48 27 61 C]].""",
    """Return approved for order #A77-204918: the refund of $89.99 goes back to the Amex ending 1009, and the prepaid label was emailed to [[PERSON:Bethany Ruiz]] at [[EMAIL_ADDRESS:beth.ruiz84@gmail.com]].""",
    """Booking confirmed for [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Lindqvist]]: check-in [[DATE_TIME:Friday 12 December]], check-out [[DATE_TIME:Monday 15 December]], deluxe king. Passport [[ID_NUMBER:AA4819273]] ([[LOCATION:Sweden]]) was noted at reception.""",
    """Hi [[PERSON:Priyanka]], we got a SIM swap request for [[PHONE_NUMBER:+61 412 390 557]] at 14:02 today. If this wasn't you, call us on 1300 650 410 straight away.""",
    """[[PERSON:Dimitrios Papadakis]] applied for a replacement Medicare card on [[DATE_TIME:11/03/2025]]; his tax file number, [[ID_NUMBER:876 103 426]], was written on the form by mistake and has been blacked out.""",
    """Open home this Sunday at [[ADDRESS:14 Kowhai Road]], [[LOCATION:Mairangi Bay]], 1-1:45pm. Four bedrooms, sea glimpses; call [[PERSON:Hemi Walker]] on [[PHONE_NUMBER:027 661 3094]] for the LIM report.""",
    """gg to [[USERNAME:xX_ShadowReaper_Xx]] lol, turns out he's [[PERSON:Liam]], a [[AGE:14]]-year-old from [[LOCATION:Leeds]], and his mum just messaged the server asking us to stop inviting him after 10pm""",
    """Just found out my ex [[PERSON:Jordan Pike]] made a fake Instagram, [[USERNAME:jordanp.fitness_real]], with my photos and my old number [[PHONE_NUMBER:415-309-2281]] in the bio. Please report it!!""",
    """User [[PERSON:Fatima Al-Sayed]] can't connect to the VPN from home; her laptop shows [[IP_ADDRESS:192.168.1.47]] and the gateway logged failed attempts from [[IP_ADDRESS:86.145.22.190]] at 09:14.""",
    """We couldn't deliver your parcel to [[PERSON:Ogechi Nwankwo]] at [[ADDRESS:Plot 22, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. Tracking NG4419820177; the rider will call [[PHONE_NUMBER:+234 809 553 1207]] before the next attempt.""",
    """Membership frozen for [[PERSON:Connor McBride]] from [[DATE_TIME:1 Feb]] to [[DATE_TIME:31 Mar]] because of a knee operation; member ID [[ID_NUMBER:PG-771204]]. No fees will be taken in that period.""",
    """Max (golden retriever, 6) belongs to [[PERSON:Sarah-Jane Whitlock]], who'll pick him up after his dental on [[DATE_TIME:Wednesday 10 September]]; her mobile is [[PHONE_NUMBER:0421 558 097]].""",
    """[[PERSON:Tariq]], [[AGE:31]], said he lived in [[LOCATION:Croydon]] and flew for a living, but a reverse image search showed his photos belong to a model from [[LOCATION:São Paulo]]. He kept trying to move the chat to WhatsApp at [[PHONE_NUMBER:+44 7418 305 662]].""",
    """Save the date! [[PERSON:Ananya]] & [[PERSON:Vikram]] are getting married on [[DATE_TIME:14 February 2026]] in [[LOCATION:Udaipur]]. Please RSVP to [[PERSON:Ananya]]'s sister [[PERSON:Meera Krishnan]] at [[EMAIL_ADDRESS:meera.k.weds@outlook.com]].""",
    """[[PERSON:Oluwaseun Adebayo]], a [[NRP:Nigerian]] national born [[DATE_TIME:23 November 1994]], holds passport [[ID_NUMBER:A09384715]] and has applied for a Skilled Worker visa; her biometrics appointment is in [[LOCATION:Abuja]] on [[DATE_TIME:October 2 at 11:00]].""",
    """IRS notice CP2000 was mailed to [[PERSON:Gerald]] and [[PERSON:Donna Whitfield]] at [[ADDRESS:1207 Magnolia Ct]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31406-2218]]; the SSN on the notice is [[US_SSN:412-68-9035]].""",
    """[[PERSON:Ms. Ewa Kowalska]] moved into [[ADDRESS:Flat 1, 3 Gladstone Terrace]] on [[DATE_TIME:the 14th of August]] and gave an opening meter reading of 04471. Bills will go to [[EMAIL_ADDRESS:ewa.kowalska@wp.pl]].""",
    """Rental agreement RA-88120: driver [[PERSON:Lachlan Moore]], Queensland licence [[ID_NUMBER:084217663]], picks up a mid-size SUV on [[DATE_TIME:Dec 19 at 6:45 pm]] and returns it in [[LOCATION:Las Vegas]].""",
    """Passenger [[PERSON:Josephine Mutua]] was rebooked onto the morning flight to [[LOCATION:Nairobi]] on [[DATE_TIME:27 Aug]], and her frequent flyer number [[ID_NUMBER:KQ430882615]] has been credited with the missing miles.""",
    """Reminder: [[PERSON:Ollie]] has a check-up with [[PERSON:Dr. Patel]] on [[DATE_TIME:Thu 6 Nov, 3:40pm]]. Reply C to confirm or call 020 8555 0192 to rearrange.""",
    """Student [[PERSON:Nguyen Thi Hoa]] (student ID [[ID_NUMBER:s3920174]]) still has three overdue books; reminders were sent to [[EMAIL_ADDRESS:s3920174@student.rmit.edu.au]] on [[DATE_TIME:2 May]] and [[DATE_TIME:16 May]].""",
    """I, [[PERSON:Margaret Eileen Doherty]], of [[ADDRESS:22 Strand Road]], [[LOCATION:Derry]] [[ZIP_CODE:BT48 7AB]], leave my house to my nephew [[PERSON:Ciarán Doherty]], born [[DATE_TIME:5 April 1987]], and my piano to the parish.""",
    """The funeral of [[PERSON:Kgosi Mokoena]], who passed away peacefully on [[DATE_TIME:28 July]] aged [[AGE:81]], will be held at St Mary's Cathedral. Condolences may be sent to his daughter [[PERSON:Lerato]] on [[PHONE_NUMBER:082 447 1935]].""",
    """[[PERSON:Isabella]]'s dad, [[PERSON:Matteo Conti]], is allowed to collect her on Fridays. His number is [[PHONE_NUMBER:0412 887 305]]; please remember she has a peanut allergy.""",
    """[[PERSON:Harold Pemberton]] started drawing his state pension on [[DATE_TIME:19 January 2024]], when he turned [[AGE:66]]. Please update his address to [[ADDRESS:4 Cedar Mews]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG1 4RQ]].""",
    """[[PERSON:Chinedu]] and [[PERSON:Adaeze Eze]] have been approved for a $412,000 mortgage on [[ADDRESS:3108 Briarwood Lane]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75075]]; closing is set for [[DATE_TIME:October 17]].""",
    """PCN issued to vehicle [[ID_NUMBER:LB68 XKM]] on [[DATE_TIME:04/05/2025 at 13:27]] in [[LOCATION:Bristol]]. The registered keeper, [[PERSON:Abdul Rahman Chowdhury]], appealed by email from [[EMAIL_ADDRESS:a.r.chowdhury@btinternet.com]].""",
    """The California DMV mailed [[PERSON:Vincent Huang]]'s new license, [[US_DRIVER_LICENSE:D4827351]], to [[ADDRESS:880 Jackson St, Apt 12]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94133]].""",
    """[[PERSON:Siobhan Kelly]] (policy HX-4471-09) reported water damage at [[ADDRESS:16 Orwell Park Drive]], [[LOCATION:Rathgar]], [[LOCATION:Dublin 6]] on [[DATE_TIME:Sunday 9 February]]; the loss adjuster will phone her on [[PHONE_NUMBER:087 214 6639]].""",
    """Congratulations to [[PERSON:Thandiwe Mhlongo]] ([[AGE:17]]) of [[LOCATION:Pietermaritzburg]], who wins this year's bursary. Funds will be paid into her guardian's account, [[ID_NUMBER:62841937005]].""",
    """Under-12 registration: [[PERSON:Arjun Mehta]], born [[DATE_TIME:2014-07-19]], parent contact [[PERSON:Kavita Mehta]], [[PHONE_NUMBER:+1 (647) 555-0193]]. Practices are Tuesdays at 6.""",
    """[[PERSON:Leilani Kahananui]] registered to vote at [[ADDRESS:94-1050 Waipio Uka St]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]] and listed her party as [[NRP:Democratic]].""",
    """[[PERSON:Aisha Siddiqui]], who is [[NRP:Muslim]], asked for halal meals during her stay on the ward from [[DATE_TIME:3 March]] to [[DATE_TIME:7 March]].""",
    """Quote for [[PERSON:Bogdan Petrescu]]: move from [[ADDRESS:Apt 5C, 301 W 108th St]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10025]] to [[ADDRESS:19 Orchard Hill Rd]], [[LOCATION:Stamford]], [[LOCATION:CT]] [[ZIP_CODE:06903]] on [[DATE_TIME:Sat 27 Sept]], two movers and a 26-foot truck.""",
    """Mum ([[PERSON:Joan Featherstone]], [[AGE:89]]) has had two falls this week at [[ADDRESS:Rosewood Care Home, 12 Abbey Road]], [[LOCATION:Torquay]], and nobody rang me until Thursday evening.""",
    """can someone tell [[PERSON:kevin o'brien]]'s mum his bag was left at the bus stop outside [[ADDRESS:41 Hollybush Lane]]? her number is [[PHONE_NUMBER:07700 914 382]]""",
    """[[PERSON:Maria Cristina Dela Cruz]], SSS no. [[ID_NUMBER:34-7729184-6]], filed her maternity benefit claim after giving birth on [[DATE_TIME:June 2, 2025]] in [[LOCATION:Quezon City]].""",
    """Can you resend the invoice to [[PERSON:Yohannes Tesfaye]]? His new address is [[ADDRESS:2750 Lindell Blvd, Suite 204]], [[LOCATION:St. Louis]], [[LOCATION:MO]] [[ZIP_CODE:63103]] and the accounts person there is [[PERSON:Brenda]].""",
    """My grandson [[PERSON:Rhys]] turns [[AGE:18]] on [[DATE_TIME:the 9th of December]] and wants to open his first account; his ID is a provisional licence, [[ID_NUMBER:PRYCE012097RH9ZX]].""",
    # Portuguese (Brazil)
    """Boletim de ocorrência: a vítima, [[PERSON:Juliana Ribeiro dos Santos]], [[AGE:34]] anos, CPF [[ID_NUMBER:083.715.942-32]], relatou que teve o celular roubado na [[ADDRESS:Rua Augusta, 1520]], [[LOCATION:São Paulo]], no dia [[DATE_TIME:12/07/2025 por volta das 21h30]].""",
    """Caí num golpe na OLX: o vendedor [[PERSON:Marcelo Araújo]] pediu um Pix de R$ 1.800 na chave [[PHONE_NUMBER:(21) 98834-2210]] por um notebook e sumiu. Alguém mais conhece esse cara?""",
    """Vaquinha para o tratamento do [[PERSON:Pedro Henrique]], de [[AGE:6]] anos, de [[LOCATION:Belo Horizonte]]: a mãe, [[PERSON:Luciana Ferreira]], recebe as doações pela chave Pix CPF [[ID_NUMBER:317.604.528-07]]. Toda ajuda conta!""",
    # Italian
    """Lettera di dimissione: la paziente [[PERSON:Chiara Russo]], nata a [[LOCATION:Roma]] il [[DATE_TIME:09/01/2002]], codice fiscale [[ID_NUMBER:RSSCHR02A49H501T]], è stata dimessa in data [[DATE_TIME:22/08/2025]] dopo appendicectomia laparoscopica.""",
    """Gentile [[TITLE:sig.]] [[PERSON:Esposito]], le ricordo che il canone di luglio per l'appartamento di [[ADDRESS:via Toledo 256, int. 7]], [[ZIP_CODE:80134]] [[LOCATION:Napoli]] non risulta ancora versato. Mi può chiamare al [[PHONE_NUMBER:338 912 4470]]. Cordiali saluti, [[PERSON:Anna Greco]]""",
    """Il [[TITLE:dott.]] [[PERSON:Lorenzo Bassi]] ha arruolato nello studio il paziente [[PERSON:Stefano Marchetti]], [[AGE:42]] anni, il [[DATE_TIME:5 maggio 2025]]; codice paziente [[ID_NUMBER:PAL-017-0004]].""",
    # Turkish
    """[[LOCATION:Kadıköy]] İlçe Emniyet Müdürlüğü'ne başvuran [[PERSON:Elif Yıldız]] ([[AGE:29]]), [[DATE_TIME:3 Mart 2025]] günü [[ADDRESS:Moda Caddesi No: 41 D: 5]] adresindeki dairesine hırsız girdiğini bildirdi.""",
    """sahibinden'de araba ilanı veren [[PERSON:Murat Kaya]] kapora olarak 15.000 TL'yi [[IBAN_CODE:TR40 0001 0090 0185 7221 4600 50]] hesabına yatırmamı istedi, sonra [[PHONE_NUMBER:0532 418 77 09]] numaralı telefonunu kapattı.""",
    """SMA hastası [[PERSON:Ali Efe Demir]] için başlatılan kampanyaya destek olmak isteyenler babası [[PERSON:Hakan Demir]] ile [[PHONE_NUMBER:+90 533 274 18 62]] numarasından iletişime geçebilir; bağışlar [[IBAN_CODE:TR31 0004 6004 8888 1736 2900 04]] IBAN'ına yapılabilir.""",
]

BENCH = [
    # ai4privacy-style mixed sentences
    """Attention [[PERSON:Mr. Rutherford Okoye-Lindgren]], Principal Infrastructure Analyst: your access badge was disabled after 3 failed logins from [[IP_ADDRESS:81.2.69.160]] (MAC 3C:22:FB:91:0E:7A). Please visit the security desk at [[ADDRESS:4412 Hartwell Crest, Suite 800]], [[LOCATION:Lake Marisaborough]] before [[DATE_TIME:Friday 14 March 10:00]].""",
    """Hi [[PERSON:Gwendolyn]], the refund for the ergonomic chair will be credited to your Mastercard [[CREDIT_CARD:5378-4120-9933-6513]] (exp 09/27, CVV 418). If it doesn't show up within 5 days, email [[EMAIL_ADDRESS:gwendolyn.achterberg@yahoo.com]] from the account holder address.""",
    """Patient [[PERSON:Leopoldo Ferraz]], [[AGE:72]] years, male, 5'9", brown eyes, was referred by [[PERSON:Dr. Imani Castellano]]. Contact: [[PHONE_NUMBER:+1-304-555-0172]]. Home: [[ADDRESS:77930 Quigley Junction]], [[LOCATION:North Adalbertoview]], [[LOCATION:West Virginia]] [[ZIP_CODE:25813]].""",
    """Transaction flagged: [[IBAN_CODE:DE36430609671147392800]] (BIC GENODEM1GLS) sent €4,200.00 to account holder [[PERSON:Anneliese Brockhaus]]; device user agent Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36, IP [[IP_ADDRESS:2a02:c7c:5e21:8f00:9d3e:21ff:fe4a:7b10]].""",
    """[[PERSON:Jarrah]] from accounts asked whether [[PERSON:Ms. Okonjo]] (username [[USERNAME:tokonjo_77]], password Wint3r!sC0ming) could get her dashboard reset; she is the Regional Marketing Director and is locked out since [[DATE_TIME:12/02/2025 08:41]].""",
    """Our records show [[PERSON:Kaito Brennan-Sato]] was born on [[DATE_TIME:the 3rd of November, 1986]] and lives at [[ADDRESS:601 Fenwick Close]], [[ADDRESS:Flat 14]], [[LOCATION:Dunmore]], [[LOCATION:County Galway]]. His SSN [[US_SSN:529-71-4408]] appears on a US tax form he submitted.""",
    """Dear [[PERSON:Ashby]] family, the scholarship committee approved [[PERSON:Tiana Ashby]] ([[AGE:16]], grade 11). Please send her transcript and a copy of her passport [[US_PASSPORT:568021944]] to [[EMAIL_ADDRESS:tiana.ashby09@icloud.com]] by end of month.""",
    """Vehicle VIN 1HGCV1F33MA017429 with plate [[ID_NUMBER:7KJD294]] is registered to [[PERSON:Marguerite Oyelaran]], [[ADDRESS:2839 Pine Hollow Rd]], [[LOCATION:Sacramento]], [[LOCATION:CA]] [[ZIP_CODE:95823]]. Her driver license [[US_DRIVER_LICENSE:Y4417823]] was renewed on [[DATE_TIME:4/30/2024]].""",
    """The Senior Quality Engineer [[PERSON:Bartholomew Nakashima]] logged in from [[IP_ADDRESS:102.89.34.17]] with Safari on iPhone (Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15). Please verify via [[PHONE_NUMBER:(917) 430-2286]].""",
    """Reminder: [[PERSON:Ximena]] needs to pay the outstanding balance of £1,204.55 for account [[ID_NUMBER:73018844]] ([[IBAN_CODE:GB37 MONZ 0400 0471 9588 36]]), PIN 4471. Statement address: [[ADDRESS:Unit 3, 118 Kingsland Road]], [[LOCATION:Hackney]], [[LOCATION:London]] [[ZIP_CODE:E2 8DP]].""",
    """[[PERSON:Demetrius Vale]] ([[USERNAME:dvale_89]]) changed his contact email to [[EMAIL_ADDRESS:demetrius.vale@proton.me]] at [[DATE_TIME:2024-09-18T22:14:07Z]] from [[IP_ADDRESS:2001:db8:4a7::1f3]]; the previous email was [[EMAIL_ADDRESS:d.vale1989@hotmail.com]].""",
    """To the Chief Creative Officer, [[PERSON:Prof. Evangeline Marsh-Tobin]]: your travel stipend will be paid to [[IBAN_CODE:NL27RABO0315849029]]. Our records list your date of birth as [[DATE_TIME:07.07.1969]] and your age as [[AGE:56]]; please confirm.""",
    """Ship the replacement router (MAC A4:5E:60:D1:22:9C) to [[PERSON:Rosalind Tremblay]], [[ADDRESS:3390 Rue Saint-Denis, app. 4]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 3L3]]. Customer phone [[PHONE_NUMBER:514-555-0139]], customer no. [[ID_NUMBER:CX-2201948]].""",
    """Card on file: [[CREDIT_CARD:3530 1133 8842 9072]] (JCB), holder [[PERSON:Haruki Obradović]], billing ZIP [[ZIP_CODE:98109]]. Last login [[DATE_TIME:03/11/2025 19:22]] from [[IP_ADDRESS:73.158.64.29]].""",
    """Hey [[PERSON:Precious]], can you forward the onboarding pack to [[PERSON:Ignatius Mwangi]]? He starts as Junior Data Steward on [[DATE_TIME:Monday 2 June]]. His personal mail is [[EMAIL_ADDRESS:ignatius.mwangi@gmail.com]] and KRA PIN [[ID_NUMBER:A004829173K]].""",
    """[[TITLE:Rev.]] [[PERSON:Cornelius Abernathy]], [[AGE:63]], of [[ADDRESS:19 Winthrop Terrace]], [[LOCATION:Lower Zulaufmouth]], [[LOCATION:Hampshire]] [[ZIP_CODE:SO23 9LT]], donated £500 via card [[CREDIT_CARD:4929183502617735]]. Gift Aid declaration signed on [[DATE_TIME:2nd April 2025]].""",
    """Please reset the VPN token for user [[USERNAME:aoluwole]] ([[PERSON:Adebola Oluwole]], Lead Solutions Architect). Workstation IP [[IP_ADDRESS:10.44.17.203]], MAC 00:1B:44:11:3A:B7, browser Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) Gecko/20100101 Firefox/125.0.""",
    """Gender: female. Height: 168 cm. Name: [[PERSON:Svetlana Ivanova-Reyes]]. DOB: [[DATE_TIME:1991/12/25]]. Phone: [[PHONE_NUMBER:+7 916 482-17-30]]. Email: [[EMAIL_ADDRESS:svetlana.ir@mail.ru]]. Bank: [[IBAN_CODE:CH30 0023 0230 9174 4840 1]], BIC UBSWCHZH80A.""",
    """[[PERSON:Thaddeus]] asked to split the bill: he'll cover the venue deposit with his Amex [[CREDIT_CARD:3411 209734 55714]] and [[PERSON:Marisela Okafor]] will transfer the rest to [[IBAN_CODE:GB07BUKB20318842657107]] before [[DATE_TIME:the 28th]].""",
    """The county records for [[PERSON:Eulalia Brennan]] show a buildingnumber of [[ADDRESS:5521]], street [[ADDRESS:Kemmer Fords]], secondary address [[ADDRESS:Apt. 377]], city [[LOCATION:South Reinholdside]], county [[LOCATION:Bedfordshire]], zipcode [[ZIP_CODE:MK42 0PT]].""",
    """Password reset link sent to [[EMAIL_ADDRESS:kofi.mensah.dev@outlook.com]] for user [[USERNAME:kmensah_gh]]. Request origin [[IP_ADDRESS:154.160.3.88]], [[LOCATION:Accra]], [[LOCATION:Ghana]]. If you didn't request this, contact [[PERSON:Kofi]]'s manager [[PERSON:Abena Owusu]].""",
    """[[PERSON:Mx. River Castellanos]], your appointment with our Dermatology Coordinator is on [[DATE_TIME:11/19/2025 at 2:15 PM]]. Bring your insurance member ID [[ID_NUMBER:WKH884120367]] and a photo ID. Questions? Text [[PHONE_NUMBER:480-555-0114]].""",
    """Wire instructions for [[PERSON:Leontyne Abiodun-Shaw]]: beneficiary IBAN [[IBAN_CODE:FR76 3000 4008 1700 0129 8374 606]], BIC BNPAFRPPXXX, reference INV-22831. Beneficiary address [[ADDRESS:14 rue des Martyrs]], [[ZIP_CODE:75009]] [[LOCATION:Paris]].""",
    """User [[USERNAME:ghost_in_the_shell_404]] (real name [[PERSON:Nnamdi Eze]], age [[AGE:24]]) reported that his Discover card [[CREDIT_CARD:6011 0044 2839 1078]] was charged from [[IP_ADDRESS:45.33.91.210]] while he was asleep on [[DATE_TIME:Sunday 20 April at 03:12]].""",
    """In accordance with our records, [[PERSON:Isadora Quintanilla]], Forward Branding Executive, resides at [[ADDRESS:902 Mraz Landing]], [[ADDRESS:Suite 61]], [[LOCATION:Port Kendrick]], [[LOCATION:Oregon]] [[ZIP_CODE:97045-1180]] and can be reached at [[EMAIL_ADDRESS:isadora_q@fastmail.com]].""",
    """Login alert for [[PERSON:Bilal Qureshi]]: new sign-in from Android 14; SM-S918B, IP [[IP_ADDRESS:39.49.211.5]], near [[LOCATION:Lahore]], at [[DATE_TIME:21:47 on 9 Oct 2025]]. Your account number [[ID_NUMBER:0112 4487 9921 03]] was not affected.""",
    """[[PERSON:Gwyneth Aldana]] changed her shipping address to [[ADDRESS:PO Box 771]], [[LOCATION:Kalgoorlie]] [[LOCATION:WA]] [[ZIP_CODE:6430]] and paid with Visa [[CREDIT_CARD:4532 0177 8812 0049]], CVV 906, expiring 11/26.""",
    """Hello [[PERSON:Mr. Shapiro-Nwosu]], as your Dynamic Research Consultant contract ends on [[DATE_TIME:30 June 2025]], please return the laptop (serial C02XK1ZLJGH5) and submit your final timesheet. HR contact: [[PERSON:Oona Lindholm]], [[PHONE_NUMBER:+358 40 722 1938]].""",
    """New account: username [[USERNAME:marigold.stitches]], name [[PERSON:Perpetua Ogunleye]], DOB [[DATE_TIME:Feb 14 2001]], [[AGE:24]] y/o, phone [[PHONE_NUMBER:+234 706 118 4420]], referrer [[USERNAME:quiltqueen_lagos]].""",
    """We noticed [[PERSON:Cedric Van den Berghe]] used two cards this week: [[CREDIT_CARD:5167 5432 0098 4117]] and [[CREDIT_CARD:4005 5201 0039 8761]]. Both were issued to [[ADDRESS:Kerkstraat 118 bus 3]], [[ZIP_CODE:2000]] [[LOCATION:Antwerpen]].""",
    """The Forward Tactics Officer at our [[LOCATION:Lake Jeffrey]] branch, [[PERSON:Moana Tuilagi]], has the employee number [[ID_NUMBER:EMP-55820]] and the IPv6 [[IP_ADDRESS:2405:201:e00c:1a2b::4]] allocated to her desk phone.""",
    """Hey [[PERSON:Oskar]]! Your Bitcoin purchase was paid with [[CREDIT_CARD:2223 0041 7785 0921]]. For your security we've sent a code to [[PHONE_NUMBER:+48 512 338 904]]; your registered address is [[ADDRESS:ul. Piotrkowska 148 m. 12]], [[ZIP_CODE:90-063]] [[LOCATION:Łódź]].""",
    """[[PERSON:Ifeoma]] wants the quarterly report sent to [[EMAIL_ADDRESS:ifeoma.nwachukwu@stanbic-partners.ng]] and copied to her assistant [[PERSON:Tobi Adesanya]]. Her IP for the data room allowlist is [[IP_ADDRESS:197.210.54.92]].""",
    """Complaint from [[PERSON:Beatrix Holloway-Singh]] (customer [[ID_NUMBER:4420917]]): her order never arrived at [[ADDRESS:27 Marlowe Gardens]], [[LOCATION:Bournemouth]] [[ZIP_CODE:BH8 9DQ]]. She was charged on card [[CREDIT_CARD:5588 4720 1193 3066]] and wants a refund to [[IBAN_CODE:GB18 NWBK 5600 3817 4622 09]] instead.""",
    """Dear [[PERSON:Dr. Amadou Diallo]], your conference badge is ready. Registration details: [[NRP:Senegalese]], born [[DATE_TIME:1978-05-30]], passport [[ID_NUMBER:A02847719]], mobile [[PHONE_NUMBER:+221 77 641 28 09]].""",
    """[[PERSON:Florian]]'s user agent was Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0 and his IP [[IP_ADDRESS:91.64.201.18]]; he signed the contract at [[DATE_TIME:14:05 CET on 22.01.2025]] with the email [[EMAIL_ADDRESS:florian.haberl@gmx.de]].""",
    """Account holder: [[PERSON:Yusra Haddad]]. Account type: Savings. Account no.: [[ID_NUMBER:00719284405]]. IBAN: [[IBAN_CODE:AE86 0260 0010 1582 3941 701]]. Branch: Dubai Mall. Amount: AED 12,750.00.""",
    """The Lead Accountability Producer [[PERSON:Horatio Pennywhistle]] moved from [[ADDRESS:88 Brook Row]] to [[ADDRESS:Flat 9, Northgate House, 2 Percy Street]], [[LOCATION:Newcastle upon Tyne]] [[ZIP_CODE:NE1 4PW]] on [[DATE_TIME:1st Sept]].""",
    """Hi [[PERSON:Priscila]], the invoice for your Pilates membership was charged to Diners Club [[CREDIT_CARD:3614 890273 4164]]. Your member number is [[ID_NUMBER:PLT-009381]] and your next class is on [[DATE_TIME:Wed 15 Oct, 07:00]].""",
    """[[PERSON:Agnieszka]], [[AGE:45]], requested a copy of her data. Identity checks: PESEL [[ID_NUMBER:80031514822]], last four of card 8841, address [[ADDRESS:ul. Długa 7/3]], [[LOCATION:Gdańsk]]. Response due in 30 days.""",
    """Please update the profile of [[PERSON:Cassius Oyelaran-Webb]] (Customer Interactions Supervisor): new street [[ADDRESS:3021 Bergnaum Parkway]], building [[ADDRESS:Block C]], city [[LOCATION:New Jaylinfurt]], state [[LOCATION:Nebraska]], zip [[ZIP_CODE:68510]]. The old phone [[PHONE_NUMBER:402.555.0166]] can be removed and the new one is [[PHONE_NUMBER:402.555.0107]]; card on file stays [[CREDIT_CARD:3566 0055 2002 3143]].""",
    """CROWDFUNDING PAYOUT VERIFICATION
Campaign: "Get Tavita home" (ID 7741902)
Organizer: [[PERSON:Losa Faleolo]]
Beneficiary: [[PERSON:Tavita Faleolo]], date of birth [[DATE_TIME:19 August 2011]]
Organizer address: [[ADDRESS:27 Rimu Street]], [[LOCATION:Mangere]], [[LOCATION:Auckland]] [[ZIP_CODE:2022]]
Payout account: [[ID_NUMBER:12-3045-0418872-00]]
IRD number: [[ID_NUMBER:115-732-080]]
Verified by: [[PERSON:Jess Tuhoe]] on [[DATE_TIME:02/10/2025]]""",
    """study_id,site,subject_id,initials,consent_date,age,sex,arm
ONC-331,[[LOCATION:Leeds]],[[ID_NUMBER:ONC331-05-0112]],[[PERSON:K.M.O.]],[[DATE_TIME:2025-03-04]],[[AGE:58]],F,B
# comment from monitor [[PERSON:Deborah Ilesanmi]]: subject [[ID_NUMBER:ONC331-05-0112]] ([[PERSON:Kathleen O'Mara]]) also listed under MRN [[ID_NUMBER:RR8 4471093]] at [[LOCATION:Harrogate]], please reconcile""",
    # gretel-style domain documents
    """AUTO INSURANCE CLAIM FORM
Claim No.: CLM-2025-118734
Policyholder: [[PERSON:Darnell J. Whitaker]]
Date of Birth: [[DATE_TIME:04/16/1979]]
Address: [[ADDRESS:5512 Greenbriar Dr]], [[LOCATION:Fort Wayne]], [[LOCATION:IN]] [[ZIP_CODE:46815]]
Phone: [[PHONE_NUMBER:(260) 555-0184]]
Driver's License: [[US_DRIVER_LICENSE:4471-22-9038]]
Date/Time of Loss: [[DATE_TIME:08/03/2025, 5:40 PM]]
Description: Insured vehicle rear-ended at a red light on Coliseum Blvd by a vehicle driven by [[PERSON:Kelsey Anne Morrow]], plate [[ID_NUMBER:IN 482-TKV]].""",
    """RESIDENTIAL LEASE AGREEMENT

This Lease is made on [[DATE_TIME:June 1, 2025]] between [[PERSON:Harold Feinstein]] ("Landlord") and [[PERSON:Mariana Soto]] and [[PERSON:Diego Soto]] ("Tenants") for the premises at [[ADDRESS:4127 Sunnyside Ave N, Unit B]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98103]]. The term begins [[DATE_TIME:June 15, 2025]] and ends [[DATE_TIME:June 14, 2026]]. Monthly rent of $2,350 is due on the first of each month. Notices to Landlord shall be sent to [[ADDRESS:PO Box 31877]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98103]].""",
    """PATIENT INTAKE FORM — Lakeside Family Medicine
Name: [[PERSON:Ngozi Adichie-Barnes]]    DOB: [[DATE_TIME:11-02-1985]]    Age: [[AGE:40]]
MRN: [[ID_NUMBER:LFM-0093381]]
Emergency contact: [[PERSON:Colin Barnes]] (spouse), [[PHONE_NUMBER:612-555-0176]]
Insurance: BlueCross member [[ID_NUMBER:XJH720418853]]
Allergies: penicillin
Reason for visit: persistent cough for 3 weeks.""",
    """LOAN APPLICATION — PERSONAL
Applicant: [[PERSON:Rajesh Kumar Pillai]]
PAN: [[ID_NUMBER:BXKPP4827M]]
Aadhaar: [[ID_NUMBER:2847 1093 6486]]
Residential address: [[ADDRESS:Flat 302, Sai Krupa Apartments, 14th Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]]
Mobile: [[PHONE_NUMBER:+91 98450 33172]]
Employer: Infosys Ltd. Monthly income: ₹1,45,000
Loan amount requested: ₹8,00,000 for 60 months.""",
    """NOTICE OF HEARING

TO: [[PERSON:Anthony DiMarco]], [[ADDRESS:1509 Federal St]], [[LOCATION:Camden]], [[LOCATION:NJ]] [[ZIP_CODE:08105]]

You are hereby notified that a hearing on the Petition for Child Support filed by [[PERSON:Tanisha Greene]] will be held on [[DATE_TIME:Wednesday, October 22, 2025, at 9:00 a.m.]] in Courtroom 4B. Failure to appear may result in a default order. Docket No. FD-04-1187-25.""",
    """Employment Agreement

This agreement is entered into as of [[DATE_TIME:March 3, 2025]] by Northwind Analytics LLC and [[PERSON:Sofia Marchetti-Lund]], residing at [[ADDRESS:72 Elm Street, Apt 5]], [[LOCATION:Cambridge]], [[LOCATION:MA]] [[ZIP_CODE:02139]] (the "Employee"). Employee's Social Security Number: [[US_SSN:031-54-8872]]. Position: Senior Data Scientist. Start date: [[DATE_TIME:March 17, 2025]]. Base salary: $168,000 per annum.""",
    """Dear [[PERSON:Ms. Abimbola Fashola]],

Re: Your claim for Jobseeker's Allowance

Thank you for attending your appointment on [[DATE_TIME:14 August 2025]]. We have now assessed your claim using your National Insurance number [[ID_NUMBER:PN 72 18 94 D]]. Payments will be made fortnightly into account [[ID_NUMBER:28419037]] from [[DATE_TIME:28 August 2025]].

Yours sincerely,
[[PERSON:G. Atherton]]
Work Coach""",
    """MEDICAL RECORD — PROGRESS NOTE
Patient: [[PERSON:Lindiwe Khumalo]] | ID: [[ID_NUMBER:8603140123087]]
Seen: [[DATE_TIME:2025-04-09 11:20]] by [[PERSON:Dr. R. Naidoo]]
S: 39-year-old presents with headaches x 2/52.
O: BP 168/102. Neuro exam normal.
A: Hypertension, newly diagnosed.
P: Amlodipine 5 mg daily; review in 2 weeks at the Chris Hani Baragwanath clinic.""",
    """CERTIFICATE OF INSURANCE
Insured: [[PERSON:Chen Wei Ming]]
Mailing address: [[ADDRESS:Block 88 Tampines Street 81, #04-212]], [[LOCATION:Singapore]] [[ZIP_CODE:520088]]
NRIC: [[ID_NUMBER:T0312598F]]
Policy period: 01/01/2025 to 31/12/2025
Beneficiary: [[PERSON:Chen Li Hua]] (mother), contact [[PHONE_NUMBER:+65 8122 7054]]""",
    """The undersigned, [[PERSON:Olivia Grace Hartman]], born [[DATE_TIME:December 5, 1992]], residing at [[ADDRESS:308 Walnut Street]], [[LOCATION:Lancaster]], [[LOCATION:PA]] [[ZIP_CODE:17603]], hereby authorizes [[PERSON:Dr. Kenneth Yoo]] to release her medical records dated [[DATE_TIME:January 1, 2023]] through present to Keystone Life Insurance Co.""",
    """Incident Report #IR-77412
Reported by: [[PERSON:Samuel Oyelowo]] (Shift Supervisor), ext. 4418
Date of incident: [[DATE_TIME:09/14/2025 approx. 10:15 PM]]
Employee injured: [[PERSON:Darius Mehrabi]], employee ID [[ID_NUMBER:W-48821]], age [[AGE:33]]
Description: slipped on wet floor in loading bay 3; taken to St. Joseph's ER by coworker [[PERSON:Lupe Fifita]].""",
    """MORTGAGE STATEMENT
Borrower: [[PERSON:Graham T. Whitcombe]] and [[PERSON:Priya Whitcombe]]
Property: [[ADDRESS:61 Cherrywood Avenue]], [[LOCATION:Mississauga]], [[LOCATION:ON]] [[ZIP_CODE:L5A 3K9]]
Loan number: 0044918277
Payment due: $2,884.16
Autopay from account [[ID_NUMBER:5102-448193]] at transit 00432.""",
    """DEATH CERTIFICATE (extract)
Deceased: [[PERSON:Evelyn Mae Sutherland]]
Date of death: [[DATE_TIME:17 January 2025]]
Place of death: [[LOCATION:Dunedin]]
Age: [[AGE:91]]
Usual residence: [[ADDRESS:43 Highgate]], [[LOCATION:Roslyn]], [[LOCATION:Dunedin]] [[ZIP_CODE:9010]]
Informant: [[PERSON:Alistair Sutherland]] (son)""",
    """Subject: Tenancy deposit dispute — adjudication outcome

Applicant (tenant): [[PERSON:Ifunanya Obi]]
Respondent (landlord): [[PERSON:Martin Crowley]]
Property: [[ADDRESS:Flat 4, 221 Stretford Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M15 4AY]]
Tenancy: [[DATE_TIME:01/09/2023]] – [[DATE_TIME:31/08/2025]]
Award: £640 to the tenant, £210 to the landlord for carpet cleaning.""",
    """SCHOOL ENROLMENT FORM
Student name: [[PERSON:Aiyana Redcloud]]   Date of birth: [[DATE_TIME:03 / 22 / 2017]]
Grade entering: 3
Parent/guardian: [[PERSON:Winona Redcloud]]
Home address: [[ADDRESS:1184 Elk Ridge Rd]], [[LOCATION:Rapid City]], [[LOCATION:SD]] [[ZIP_CODE:57702]]
Phone: [[PHONE_NUMBER:605-555-0122]]  Email: [[EMAIL_ADDRESS:w.redcloud@gmail.com]]""",
    """PROOF OF CLAIM — Chapter 7 Case No. 25-10482
Creditor: First Harbor Credit Union
Debtor: [[PERSON:Wesley Okafor-Grant]]
Last four digits of account: 3371
Debtor's SSN: [[US_SSN:227-40-6183]]
Amount of claim as of [[DATE_TIME:February 10, 2025]]: $18,402.77""",
    """Workers' Compensation — First Report of Injury
Employee: [[PERSON:Maribel Cárdenas]]
SSN: [[US_SSN:614-23-0957]]
DOB: [[DATE_TIME:10/09/1988]]
Home: [[ADDRESS:2260 S Atlantic Blvd]], [[LOCATION:Monterey Park]], [[LOCATION:CA]] [[ZIP_CODE:91754]]
Date of injury: [[DATE_TIME:07/29/2025]]
Body part: right wrist. Treating physician: [[PERSON:Dr. Alan Whitmore]].""",
    """FINAL NOTICE
Account holder: [[PERSON:Brendan Keaveney]]
Supply address: [[ADDRESS:11 Ard na Gréine]], [[LOCATION:Tralee]], [[LOCATION:Co. Kerry]] [[ZIP_CODE:V92 K7P3]]
Amount overdue: €312.48
Pay by direct debit from [[IBAN_CODE:IE86 BOFI 9055 3419 8702 64]] or call us on 1800 372 999.""",
    """Prior Authorization Request
Member: [[PERSON:Dolores Anne Fitzpatrick]]   Member ID: [[ID_NUMBER:MBR88301274]]
DOB: [[DATE_TIME:02/28/1956]]   Phone: [[PHONE_NUMBER:(419) 555-0161]]
Requesting provider: [[PERSON:Dr. Samir Haddad]], NPI [[ID_NUMBER:1487392015]]
Medication: adalimumab 40 mg every other week
Diagnosis: rheumatoid arthritis""",
    """POWER OF ATTORNEY
I, [[PERSON:Bernard Akintola]], of [[ADDRESS:5 Ogundana Street]], [[LOCATION:Ikeja]], [[LOCATION:Lagos State]], appoint my daughter [[PERSON:Funmilayo Akintola]], NIN [[ID_NUMBER:48210773591]], to act for me in all matters concerning my account at Zenith Bank. Signed this [[DATE_TIME:4th day of March 2025]].""",
    """Statement of Witness
Name: [[PERSON:Harriet Oduya]]   Age: over 18
Address: [[ADDRESS:Flat 12, Beaumont Court, 9 Mile End Road]], [[LOCATION:London]] [[ZIP_CODE:E1 4TT]]
On [[DATE_TIME:Friday 21 February 2025 at about 19:30]] I was standing at the bus stop when I saw a man I now know to be [[PERSON:Reece Calloway]] push the victim to the ground.""",
    """Consent to Participate in Research
Study: Sleep and Shift Work in Nurses (IRB #2025-0418)
Participant name: [[PERSON:Hyun-woo Park]]
Participant ID: [[ID_NUMBER:SSW-0117]]
Date of consent: [[DATE_TIME:05/06/2025]]
Person obtaining consent: [[PERSON:Laura Becerra]], RN
Participant phone: [[PHONE_NUMBER:+1 213 555 0198]]""",
    """BILL OF SALE — MOTOR VEHICLE
Seller: [[PERSON:Terrence L. Moody]], [[ADDRESS:770 Old Mill Road]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28806]]
Buyer: [[PERSON:Anastasia Kovalenko]], NC DL [[US_DRIVER_LICENSE:000038294517]]
Vehicle: 2016 Subaru Outback, VIN 4S4BSANC6G3218847
Sale date: [[DATE_TIME:09/02/2025]]   Price: $11,500""",
    """Dear Valued Customer [[PERSON:Kwabena Darko]],
Your credit card application has been approved. Card number: [[CREDIT_CARD:5200 8282 0011 6474]], valid thru 08/30. Your card will be delivered to [[ADDRESS:P.O. Box KA 9631]], [[LOCATION:Airport Residential Area]], [[LOCATION:Accra]] within 10 working days. Please activate it by calling 0302 211 400.""",
    # Nemotron-style structured records
    """{"customer_id": "[[ID_NUMBER:CUST-0091847]]", "first_name": "[[PERSON:Imogen]]", "last_name": "[[PERSON:Achebe-Ross]]", "date_of_birth": "[[DATE_TIME:1993-06-21]]", "email": "[[EMAIL_ADDRESS:imogen.ar@protonmail.com]]", "phone": "[[PHONE_NUMBER:+44 20 7946 0321]]", "street_address": "[[ADDRESS:17 Wharf Road]]", "city": "[[LOCATION:Stroud]]", "postcode": "[[ZIP_CODE:GL5 3JA]]", "occupation": "veterinary nurse", "marketing_opt_in": false}""",
    """[[DATE_TIME:2025-08-14T09:32:11.204Z]] INFO auth-service login success user=[[USERNAME:r.okafor]] email=[[EMAIL_ADDRESS:rita.okafor@medlinkhealth.org]] src_ip=[[IP_ADDRESS:172.16.40.12]] mfa=totp session=9f2c1e7a-44b1-4e0e-a7c2-3b1f0d9e8c21""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, ssn, phone, city, state) VALUES ('[[ID_NUMBER:MRN-448210]]', '[[PERSON:Tobias]]', '[[PERSON:Greenhalgh]]', '[[DATE_TIME:1962-03-08]]', '[[US_SSN:301-77-4916]]', '[[PHONE_NUMBER:330-555-0147]]', '[[LOCATION:Akron]]', '[[LOCATION:OH]]');""",
    """<employee>
  <employee_id>[[ID_NUMBER:EMP004417]]</employee_id>
  <name>[[PERSON:Farah Nazari]]</name>
  <job_title>Payroll Specialist</job_title>
  <email>[[EMAIL_ADDRESS:f.nazari@contoso-payroll.com]]</email>
  <hire_date>[[DATE_TIME:2019-11-04]]</hire_date>
  <bank_account>[[ID_NUMBER:9921847031]]</bank_account>
  <religion>[[NRP:Baháʼí]]</religion>
</employee>""",
    """user:
  username: [[USERNAME:kenji_w]]
  full_name: [[PERSON:Kenji Watanabe]]
  email: [[EMAIL_ADDRESS:kenji.watanabe@fastmail.jp]]
  password: "hunter2-Rebooted!"
  api_key: sk_live_51Hc9XkLm2PqR8vT0aYz
  last_login: [[DATE_TIME:2025-07-30 23:58:41]]
  last_ip: [[IP_ADDRESS:126.74.19.250]]""",
    """Ticket #SR-60418 | Priority: High
Requester: [[PERSON:Oyinkansola Bello]] <[[EMAIL_ADDRESS:oyin.bello@gmail.com]]>
Phone: [[PHONE_NUMBER:+234 813 907 2264]]
Subject: Card charged twice
Body: Hi, my card [[CREDIT_CARD:4058 3120 6697 3415]] was charged twice for order 55-1920 on [[DATE_TIME:July 3rd]]. Please refund one of them. My address is [[ADDRESS:12B Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]].""",
    """const testUser = {
  firstName: "[[PERSON:Harriet]]",
  lastName: "[[PERSON:Nakamura-Osei]]",
  dob: "[[DATE_TIME:04/12/1990]]",
  ssn: "[[US_SSN:518-29-6674]]",
  card: { number: "[[CREDIT_CARD:6011558800234719]]", cvv: "331", exp: "02/28" },
  ip: "[[IP_ADDRESS:198.51.100.23]]",
};""",
    """[2025-03-02 14:11:09] WARN payment-gateway: declined txn=TX8841207 card=[[CREDIT_CARD:5127180088450124]] holder="[[PERSON:ALBERTO FUENTES]]" billing_zip=[[ZIP_CODE:33133]] reason=insufficient_funds client_ip=[[IP_ADDRESS:99.120.45.201]]""",
    """{
  "patient": {
    "name": "[[PERSON:Thulani Zungu]]",
    "medical_record_number": "[[ID_NUMBER:GSH-2291047]]",
    "date_of_birth": "[[DATE_TIME:1987-09-30]]",
    "health_plan_beneficiary_number": "[[ID_NUMBER:DH-44190827]]",
    "blood_type": "O+",
    "phone": "[[PHONE_NUMBER:+27 82 559 1046]]",
    "address": {"street": "[[ADDRESS:18 Loop Street]]", "city": "[[LOCATION:Cape Town]]", "postal_code": "[[ZIP_CODE:8001]]"}
  }
}""",
    """UPDATE accounts SET email = '[[EMAIL_ADDRESS:lucy.hargreaves@btinternet.com]]', phone = '[[PHONE_NUMBER:01632 960 418]]', iban = '[[IBAN_CODE:GB16HBUK40127683915402]]' WHERE account_holder = '[[PERSON:Lucy Hargreaves]]' AND account_id = 88194;""",
    """FORM W-9 (excerpt)
Name: [[PERSON:Marcus Delacroix-Obi]]
Business name: Delacroix Carpentry
Address: [[ADDRESS:4419 Ponce de Leon Blvd]]
City, state, ZIP: [[LOCATION:Coral Gables]], [[LOCATION:FL]] [[ZIP_CODE:33146]]
Taxpayer Identification Number: [[US_SSN:589-40-2273]]
Signature date: [[DATE_TIME:01/15/2025]]""",
    """# config/notify.ini
[alerts]
oncall_name = [[PERSON:Petra Lindqvist]]
oncall_phone = [[PHONE_NUMBER:+46 70 418 22 91]]
oncall_email = [[EMAIL_ADDRESS:petra.lindqvist@telia.se]]
escalation = ops-team@northwind.example
smtp_host = mail.northwind.example""",
    """[[DATE_TIME:Sep 11 03:14:52]] web01 sshd[22817]: Failed password for invalid user [[USERNAME:dpatel]] from [[IP_ADDRESS:185.220.101.34]] port 51122 ssh2
[[DATE_TIME:Sep 11 03:14:57]] web01 sshd[22817]: Accepted publickey for [[USERNAME:deepa.patel]] from [[IP_ADDRESS:2804:14c:658f:8012:5d1:9e7a:2c44:c1a0]] port 49210 ssh2""",
    """{"event":"kyc_submitted","user":{"id":"[[ID_NUMBER:U-7781204]]","name":"[[PERSON:Sibusiso Ndlovu]]","national_id":"[[ID_NUMBER:7909055639087]]","dob":"[[DATE_TIME:1979-09-05]]","nationality":"[[NRP:South African]]"},"device":{"ua":"okhttp/4.12.0","ip":"[[IP_ADDRESS:41.13.220.7]]"}}""",
    """name,email,phone,plan,signup_ip
[[PERSON:Ruairí Mac Giolla]],[[EMAIL_ADDRESS:ruairi.mg@eircom.net]],[[PHONE_NUMBER:+353 86 419 2207]],premium,[[IP_ADDRESS:89.100.12.64]]""",
    """<?xml version="1.0"?>
<Claim id="CLM-88102">
  <Claimant>
    <FullName>[[PERSON:Agatha Wróblewska]]</FullName>
    <DOB>[[DATE_TIME:1971-02-11]]</DOB>
    <PolicyNumber>HOM-7741-2290</PolicyNumber>
    <Phone type="mobile">[[PHONE_NUMBER:+44 7700 941 328]]</Phone>
    <LossAddress>[[ADDRESS:33 Tennyson Road]], [[LOCATION:Luton]] [[ZIP_CODE:LU1 3RS]]</LossAddress>
  </Claimant>
</Claim>""",
    """Support ticket 88213
Customer: [[PERSON:Dwight Amankwah]]
Account email: [[EMAIL_ADDRESS:dwight.amankwah@outlook.com]]
Device: iPhone 15, iOS 18.1, IMEI 356789104512338
Issue: cannot log in since [[DATE_TIME:Oct 2]]; reset code is going to old number [[PHONE_NUMBER:+1 (404) 555-0135]] instead of [[PHONE_NUMBER:+1 (470) 555-0191]].""",
    """SELECT * FROM orders WHERE customer_email = '[[EMAIL_ADDRESS:mlopez.garden@yahoo.com]]';
-- returned 3 rows for [[PERSON:Marisol Lopez]], shipping to [[ADDRESS:815 Juniper Way]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85704]]""",
    """employee_id: [[ID_NUMBER:HR-20931]]
name: [[PERSON:Aylin Korkmaz-Baker]]
date_of_birth: [[DATE_TIME:1995-01-17]]
national_insurance: [[ID_NUMBER:SK 55 93 02 B]]
emergency_contact: [[PERSON:Daniel Baker]] / [[PHONE_NUMBER:07811 402 965]]
certificate_license_number: [[ID_NUMBER:NMC 19H2045E]]
employment_status: full-time""",
    """POST /api/v2/payments HTTP/1.1
Host: pay.example.com
X-Forwarded-For: [[IP_ADDRESS:24.48.77.190]]
Content-Type: application/json

{"payer_name":"[[PERSON:Gustavo Lindgren]]","card_number":"[[CREDIT_CARD:4192830477155626]]","exp":"07/29","cvv":"052","email":"[[EMAIL_ADDRESS:gus.lindgren@gmail.com]]"}""",
    """| field | value |
| --- | --- |
| applicant | [[PERSON:Fiifi Quansah]] |
| passport | [[ID_NUMBER:G2841937]] |
| date of birth | [[DATE_TIME:12 Jan 1990]] |
| tax id | [[ID_NUMBER:P0048291774]] |
| mobile | [[PHONE_NUMBER:+233 24 418 7720]] |""",
    """-- seed data for staging
INSERT INTO users (username, full_name, email, created_at) VALUES
  ('[[USERNAME:beckyboo]]', '[[PERSON:Rebecca Okonkwo]]', '[[EMAIL_ADDRESS:rebecca.okonkwo@gmail.com]]', '[[DATE_TIME:2024-02-01]]'),
  ('[[USERNAME:tdoyle]]', '[[PERSON:Thomas Doyle]]', '[[EMAIL_ADDRESS:tom.doyle77@yahoo.ie]]', '[[DATE_TIME:2024-02-03]]');""",
    """[Interview notes — fraud team]
Caller identified as [[PERSON:Mrs. Winifred Ansah]], DOB [[DATE_TIME:30/06/1948]], postcode [[ZIP_CODE:CR0 2RH]]. She says a man called from [[PHONE_NUMBER:020 3868 4411]] claiming to be from her bank and she read out her card number [[CREDIT_CARD:4485 1200 7739 2183]] and the security code. Card blocked at 11:52.""",
    # Portuguese (Brazil)
    """{"nome": "[[PERSON:Rafael Monteiro Lima]]", "cpf": "[[ID_NUMBER:741.290.365-99]]", "data_nascimento": "[[DATE_TIME:14/03/1989]]", "email": "[[EMAIL_ADDRESS:rafael.mlima@uol.com.br]]", "celular": "[[PHONE_NUMBER:(11) 97432-1856]]", "endereco": "[[ADDRESS:Av. Paulista, 1578, apto 92]]", "cidade": "[[LOCATION:São Paulo]]", "uf": "[[LOCATION:SP]]", "cep": "[[ZIP_CODE:01310-200]]"}""",
    """CONTRATO DE LOCAÇÃO RESIDENCIAL
LOCADOR: [[PERSON:José Carlos Nascimento]], CPF [[ID_NUMBER:205.118.733-95]].
LOCATÁRIA: [[PERSON:Fernanda Alves Costa]], CPF [[ID_NUMBER:964.003.871-70]], RG [[ID_NUMBER:12.448.901-X]].
IMÓVEL: [[ADDRESS:Rua Dias Ferreira, 417, apto 302]], [[LOCATION:Leblon]], [[LOCATION:Rio de Janeiro]] – [[LOCATION:RJ]], CEP [[ZIP_CODE:22431-050]].
Prazo de 30 meses a partir de [[DATE_TIME:1º de agosto de 2025]]. Aluguel mensal de R$ 4.200,00.""",
    """Sumário de alta hospitalar
Paciente: [[PERSON:Antônia Rodrigues da Silva]], [[AGE:71]] anos
Prontuário: [[ID_NUMBER:HC-0448127]]   Cartão SUS: [[ID_NUMBER:898 0044 8201 9374]]
Internação: [[DATE_TIME:03/09/2025]]   Alta: [[DATE_TIME:11/09/2025]]
Diagnóstico: insuficiência cardíaca descompensada. Retorno com a [[TITLE:Dra.]] [[PERSON:Camila Pires]] em 15 dias.""",
    """2025-06-02 18:44:10 ERRO pagamento recusado cliente=[[PERSON:Thiago Barbosa]] cartao=[[CREDIT_CARD:5453 0198 7724 3106]] conta=[[IBAN_CODE:BR91 0036 0305 0287 1004 3921 175C 1]] ip=[[IP_ADDRESS:177.92.14.230]] cidade=[[LOCATION:Curitiba]]""",
    # Italian
    """MODULO DI ISCRIZIONE
Cognome: [[PERSON:Ferraresi]]   Nome: [[PERSON:Giulia]]
Nata a [[LOCATION:Bologna]] il [[DATE_TIME:12/03/1988]]
Codice fiscale: [[ID_NUMBER:FRRGLI88C52A944C]]
Residenza: [[ADDRESS:via Saragozza 84]], [[ZIP_CODE:40123]] [[LOCATION:Bologna]] ([[LOCATION:BO]])
Cellulare: [[PHONE_NUMBER:+39 347 218 9043]]   E-mail: [[EMAIL_ADDRESS:giulia.ferraresi@libero.it]]
IBAN per il rimborso: [[IBAN_CODE:IT60 W030 6909 6061 0000 0117 342]]""",
    """[[[DATE_TIME:2025-10-07 08:12:33]]] INFO accesso riuscito utente=[[USERNAME:a.colombo]] nome="[[PERSON:Alessandro Colombo]]" cf=[[ID_NUMBER:CLMLSN91H27F205V]] ip=[[IP_ADDRESS:151.38.201.9]] sede=[[LOCATION:Milano]]""",
    """Gentile [[PERSON:Francesca De Luca]],
confermiamo l'addebito mensile di 39,90 € sul conto [[IBAN_CODE:IT04P0200801617000104552871]] intestato a lei, residente in [[ADDRESS:corso Vittorio Emanuele II 112]], [[ZIP_CODE:10121]] [[LOCATION:Torino]]. Per qualsiasi dubbio, il nostro operatore [[PERSON:Marco]] la ricontatterà al numero 011 562 7781.""",
    # Turkish
    """MÜŞTERİ BİLGİ FORMU
Adı Soyadı: [[PERSON:Ayşe Nur Çelik]]
T.C. Kimlik No: [[ID_NUMBER:18462093744]]
Doğum Tarihi: [[DATE_TIME:22.04.1991]]
Adres: [[ADDRESS:Atatürk Bulvarı No: 128 Daire: 9]], [[LOCATION:Çankaya]]/[[LOCATION:Ankara]] [[ZIP_CODE:06680]]
Cep Telefonu: [[PHONE_NUMBER:0 (542) 713 20 48]]
IBAN: [[IBAN_CODE:TR03 0006 2000 0029 8473 6520 11]]""",
    """INSERT INTO hastalar (tc_kimlik, ad, soyad, dogum_tarihi, telefon, il) VALUES ('[[ID_NUMBER:50381726440]]', '[[PERSON:Mehmet]]', '[[PERSON:Öztürk]]', '[[DATE_TIME:1968-11-02]]', '[[PHONE_NUMBER:+90 532 660 14 27]]', '[[LOCATION:İzmir]]');""",
    """Sayın [[PERSON:Burak Şahin]], [[DATE_TIME:14 Ekim 2025]] tarihli siparişiniz için [[CREDIT_CARD:4992 7310 8851 2209]] numaralı kartınızdan 2.450,00 TL çekilmiştir. Teslimat adresi: [[ADDRESS:Bağdat Caddesi No: 302/4]], [[LOCATION:Suadiye]], [[LOCATION:Kadıköy]], [[LOCATION:İstanbul]]. E-posta: [[EMAIL_ADDRESS:burak.sahin84@hotmail.com]]""",
]

TABLE = [
    """incident_no,date_reported,reporting_person,dob,address,offence,officer
INC-25-04417,[[DATE_TIME:2025-06-14]],[[PERSON:Delphine Okoro]],[[DATE_TIME:1988-02-09]],[[ADDRESS:14 Canal Side]],theft of pedal cycle,[[TITLE:PC]] [[PERSON:R. Barlow]]
INC-25-04431,[[DATE_TIME:2025-06-15]],[[PERSON:Stuart McAllister]],[[DATE_TIME:1961-10-30]],[[ADDRESS:Flat 3, 88 Union Street]],criminal damage,[[TITLE:PC]] [[PERSON:J. Osei]]
INC-25-04460,[[DATE_TIME:2025-06-15]],[[PERSON:Hana Kobayashi]],[[DATE_TIME:2001-07-22]],[[ADDRESS:2 Dunmore Place]],harassment,[[TITLE:DC]] [[PERSON:A. Nowak]]""",
    """| Tenant | Unit | Lease start | Rent | Phone | Arrears |
|---|---|---|---|---|---|
| [[PERSON:Marcus Bell]] | [[ADDRESS:4B]] | [[DATE_TIME:01/03/2024]] | $1,450 | [[PHONE_NUMBER:(312) 555-0114]] | $0 |
| [[PERSON:Yolanda Pérez]] | [[ADDRESS:5A]] | [[DATE_TIME:15/07/2023]] | $1,525 | [[PHONE_NUMBER:(312) 555-0162]] | $3,050 |
| [[PERSON:Ahmed Farouk]] | [[ADDRESS:6C]] | [[DATE_TIME:01/11/2024]] | $1,390 | [[PHONE_NUMBER:(773) 555-0109]] | $695 |""",
    """seller_handle\tname_on_account\tpayout_account\tphone\treports\tstatus
[[USERNAME:gadgetdeals_uk]]\t[[PERSON:Liam Crossley]]\t[[ID_NUMBER:30998164]]\t[[PHONE_NUMBER:07392 114 580]]\t14\tsuspended
[[USERNAME:bargainqueen2000]]\t[[PERSON:Shannon Reid]]\t[[ID_NUMBER:11204736]]\t[[PHONE_NUMBER:07455 902 317]]\t9\tunder review
[[USERNAME:tech_for_less]]\t[[PERSON:Ricky Amadi]]\t[[ID_NUMBER:58830021]]\t[[PHONE_NUMBER:07837 660 241]]\t22\tsuspended""",
    """Screening log — site 07 ([[LOCATION:Manchester]])
Subj ID      Initials  DOB          Consent      Eligible  Reason
[[ID_NUMBER:07-001]]       [[PERSON:P.J.H.]]    [[DATE_TIME:12-Apr-1959]]  [[DATE_TIME:03-Mar-2025]]  Y
[[ID_NUMBER:07-002]]       [[PERSON:A.M.]]      [[DATE_TIME:30-Sep-1966]]  [[DATE_TIME:05-Mar-2025]]  N         HbA1c > 10%
[[ID_NUMBER:07-003]]       [[PERSON:R.K.S.]]    [[DATE_TIME:08-Jan-1972]]  [[DATE_TIME:11-Mar-2025]]  Y""",
    """{"patient": "[[PERSON:Olga Petrenko]]", "mrn": "[[ID_NUMBER:M0927741]]", "ward": "7B", "admitted": "[[DATE_TIME:2025-09-01]]", "discharged": "[[DATE_TIME:2025-09-06]]", "gp": "[[PERSON:Dr. Fiona Lamb]]", "destination": "home"}
{"patient": "[[PERSON:Desmond Appiah]]", "mrn": "[[ID_NUMBER:M0931188]]", "ward": "7B", "admitted": "[[DATE_TIME:2025-09-02]]", "discharged": "[[DATE_TIME:2025-09-05]]", "gp": "[[PERSON:Dr. Ian Crane]]", "destination": "care home"}
{"patient": "[[PERSON:Beatriz Lemos]]", "mrn": "[[ID_NUMBER:M0933502]]", "ward": "9A", "admitted": "[[DATE_TIME:2025-09-03]]", "discharged": "[[DATE_TIME:2025-09-09]]", "gp": "[[PERSON:Dr. Rana Aziz]]", "destination": "home with package"}""",
    """Donor name,Amount,Message,Anonymous?,Email
[[PERSON:Kerry-Ann Baptiste]],$50,"Praying for you [[PERSON:Jaylen]]!",No,[[EMAIL_ADDRESS:kbaptiste@gmail.com]]
[[PERSON:Vu Minh Chau]],$200,"From all of us at the nail salon",No,[[EMAIL_ADDRESS:minhchau.vu@yahoo.com]]
Anonymous,$1000,,Yes,
Grandma [[PERSON:Rose]],$25,"Love you baby",No,[[EMAIL_ADDRESS:rosepettigrew41@aol.com]]""",
    """employee:
  - id: [[ID_NUMBER:NZ-00412]]
    name: [[PERSON:Wiremu Parata]]
    dept: Logistics
    ird: [[ID_NUMBER:049-218-672]]
    bank: [[ID_NUMBER:06-0501-0793612-00]]
  - id: [[ID_NUMBER:NZ-00419]]
    name: [[PERSON:Sione Taufa]]
    dept: Warehouse
    ird: [[ID_NUMBER:096-384-122]]
    bank: [[ID_NUMBER:01-0242-0418830-01]]""",
    """STUDENT         YR  HOMEROOM  GUARDIAN            GUARDIAN PHONE
[[PERSON:Amelia Zhou]]     7   7C        [[PERSON:Lily Zhou]]           [[PHONE_NUMBER:0433 219 870]]
[[PERSON:Ethan Raghavan]]  7   7C        [[PERSON:Suresh Raghavan]]     [[PHONE_NUMBER:0402 558 113]]
[[PERSON:Mia Kowalski]]    8   8A        [[PERSON:Tomasz Kowalski]]     [[PHONE_NUMBER:0419 006 342]]""",
    """member_no,first,last,joined,plan,card_last4
[[ID_NUMBER:GYM-08812]],[[PERSON:Brianna]],[[PERSON:Castillo]],[[DATE_TIME:03/02/2025]],off-peak,4417
[[ID_NUMBER:GYM-08830]],[[PERSON:Obinna]],[[PERSON:Uzor]],[[DATE_TIME:03/09/2025]],anytime,9021
[[ID_NUMBER:GYM-08851]],[[PERSON:Fenella]],[[PERSON:Grieve]],[[DATE_TIME:03/14/2025]],student,0388""",
    """| Pet | Species | Owner | Owner mobile | Next vaccination |
|:--|:--|:--|:--|:--|
| Biscuit | dog | [[PERSON:Aoife Gallagher]] | [[PHONE_NUMBER:085 771 2049]] | 14/11/2025 |
| Pharaoh | cat | [[PERSON:Karim Benali]] | [[PHONE_NUMBER:087 330 5518]] | 02/12/2025 |
| Nibbles | rabbit | [[PERSON:Sadie Flynn]] | [[PHONE_NUMBER:083 102 9964]] | 20/01/2026 |""",
    """guest,room,arrival,departure,passport,nationality,notes
[[PERSON:Henrik Aalto]],412,[[DATE_TIME:2025-12-20]],[[DATE_TIME:2025-12-27]],[[ID_NUMBER:XP4419270]],[[NRP:Finnish]],late check-in
[[PERSON:Chiamaka Nwosu]],415,[[DATE_TIME:2025-12-21]],[[DATE_TIME:2025-12-23]],[[ID_NUMBER:A10294837]],[[NRP:Nigerian]],
[[PERSON:Rafael Quispe]],507,[[DATE_TIME:2025-12-21]],[[DATE_TIME:2025-12-30]],[[ID_NUMBER:118402973]],[[NRP:Peruvian]],vegetarian""",
    """Name: [[PERSON:Tendai Moyo]]
Role: volunteer driver
Phone: [[PHONE_NUMBER:+44 7722 418 093]]
Email: [[EMAIL_ADDRESS:tendai.moyo@live.co.uk]]
DBS certificate: 001728394021
Available: weekends

Name: [[PERSON:Gillian Rourke]]
Role: befriender
Phone: [[PHONE_NUMBER:+44 7919 004 655]]
Email: [[EMAIL_ADDRESS:gill.rourke52@btinternet.com]]
DBS certificate: 001730118856
Available: Tuesdays""",
    """timestamp\tuser\tsrc_ip\taction\tresult
[[DATE_TIME:2025-10-01 08:02:11]]\t[[USERNAME:jmorales]]\t[[IP_ADDRESS:10.20.4.118]]\tlogin\tok
[[DATE_TIME:2025-10-01 08:05:47]]\t[[USERNAME:aokafor]]\t[[IP_ADDRESS:10.20.4.131]]\tlogin\tok
[[DATE_TIME:2025-10-01 08:06:02]]\tadmin\t[[IP_ADDRESS:203.0.113.77]]\tlogin\tfailed
[[DATE_TIME:2025-10-01 08:06:09]]\tadmin\t[[IP_ADDRESS:203.0.113.77]]\tlogin\tfailed""",
    """txn_id,posted,cardholder,card_number,merchant,amount_usd
T-99120,2025-07-02,[[PERSON:Leroy Washington]],[[CREDIT_CARD:4929 1835 0261 7735]],Shell Oil 5521,48.12
T-99121,2025-07-02,[[PERSON:Leroy Washington]],[[CREDIT_CARD:4929 1835 0261 7735]],Kroger #884,112.40
T-99133,2025-07-03,[[PERSON:Ines Carvalho]],[[CREDIT_CARD:3793 541012 76628]],Delta Air Lines,642.00""",
    """| Payee | IBAN | BIC | Reference |
| --- | --- | --- | --- |
| [[PERSON:Sven Albrecht]] | [[IBAN_CODE:DE92 7015 0000 0031 8742 65]] | SSKMDEMMXXX | Rechnung 2025-118 |
| [[PERSON:Clémence Dufour]] | [[IBAN_CODE:FR02 2004 1010 0505 1234 7C02 776]] | PSSTFRPPPAR | Facture 4471 |
| [[PERSON:Bram de Vries]] | [[IBAN_CODE:NL35 ABNA 0527 3916 46]] | ABNANL2A | Factuur 0931 |""",
    """Name                 Ext   Mobile              Email
[[PERSON:Keisha Ambrose]]       2210  [[PHONE_NUMBER:+1 876 555 0143]]     [[EMAIL_ADDRESS:k.ambrose@caribfreight.jm]]
[[PERSON:Deon Clarke]]          2214  [[PHONE_NUMBER:+1 876 555 0178]]     [[EMAIL_ADDRESS:d.clarke@caribfreight.jm]]
Reception            2200  -                   reception@caribfreight.jm""",
    """{"appt_id": 50112, "patient": "[[PERSON:Noor Al-Hashimi]]", "dob": "[[DATE_TIME:14/05/1997]]", "clinician": "[[PERSON:Dr. Whitby]]", "slot": "[[DATE_TIME:2025-11-03 09:20]]", "type": "antenatal"}
{"appt_id": 50113, "patient": "[[PERSON:Grace Mbeki]]", "dob": "[[DATE_TIME:02/12/1990]]", "clinician": "[[PERSON:Dr. Whitby]]", "slot": "[[DATE_TIME:2025-11-03 09:40]]", "type": "postnatal"}""",
    """claim_ref;policy_holder;date_of_loss;loss_address;postcode;status
HC-7731;[[PERSON:Brendan Foy]];[[DATE_TIME:12/01/2025]];[[ADDRESS:9 Shore Road]];[[ZIP_CODE:BT20 3LU]];settled
HC-7744;[[PERSON:Nisha Varma]];[[DATE_TIME:19/01/2025]];[[ADDRESS:Apt 14, 301 Lisburn Road]];[[ZIP_CODE:BT9 7EP]];open
HC-7760;[[PERSON:Colm Devlin]];[[DATE_TIME:02/02/2025]];[[ADDRESS:The Old Rectory, Main Street]];[[ZIP_CODE:BT47 4AB]];declined""",
    """driver_name | licence_no | state | pickup | vehicle
[[PERSON:Bailey Thompson]] | [[ID_NUMBER:13579024]] | [[LOCATION:NSW]] | [[DATE_TIME:2025-12-18 10:00]] | Corolla
[[PERSON:Ravi Subramanian]] | [[ID_NUMBER:049277301]] | [[LOCATION:VIC]] | [[DATE_TIME:2025-12-18 11:30]] | RAV4
[[PERSON:Chloe Tran]] | [[ID_NUMBER:N8830194]] | [[LOCATION:QLD]] | [[DATE_TIME:2025-12-19 08:15]] | i30""",
    """SEQ  PAX NAME                  DOB          DOC NO       SEAT
001  [[PERSON:OYELARAN/FOLAKE]]           [[DATE_TIME:03MAY84]]      [[ID_NUMBER:B01749223]]    14A
002  [[PERSON:OYELARAN/TUNDE]]            [[DATE_TIME:19AUG15]]      [[ID_NUMBER:B02208817]]    14B
003  [[PERSON:MCKENNA/PATRICK]]           [[DATE_TIME:27NOV72]]      [[ID_NUMBER:PE4418203]]    22C""",
    """donor_id,name,blood_group,last_donation,mobile,city
[[ID_NUMBER:BD-44017]],[[PERSON:Arvind Nair]],B+,[[DATE_TIME:2025-05-12]],[[PHONE_NUMBER:98470 22184]],[[LOCATION:Kochi]]
[[ID_NUMBER:BD-44022]],[[PERSON:Fathima Rizwana]],O-,[[DATE_TIME:2025-06-30]],[[PHONE_NUMBER:94460 71302]],[[LOCATION:Kozhikode]]
[[ID_NUMBER:BD-44031]],[[PERSON:Joseph Mathew]],A+,[[DATE_TIME:2025-08-02]],[[PHONE_NUMBER:99610 55847]],[[LOCATION:Thrissur]]""",
    """- name: [[PERSON:Ngaire Thompson]]
  position: goalkeeper
  dob: [[DATE_TIME:2009-04-11]]
  parent_email: [[EMAIL_ADDRESS:ngaire.mum@xtra.co.nz]]
- name: [[PERSON:Ruby Tipene]]
  position: striker
  dob: [[DATE_TIME:2009-10-02]]
  parent_email: [[EMAIL_ADDRESS:tipenewhanau@gmail.com]]""",
    """Ticket   Opened      Customer            Contact                     Category
48812    2025-09-03  [[PERSON:Imran Chaudhry]]      [[EMAIL_ADDRESS:imran.c@gmail.com]]           billing
48815    2025-09-03  [[PERSON:Lucy Fairweather]]    [[PHONE_NUMBER:0161 496 0732]]               outage
48820    2025-09-04  [[PERSON:Mthunzi Sithole]]     [[EMAIL_ADDRESS:mthunzi.s@webmail.co.za]]     porting""",
    """"Full name","Date of birth","Street","City","ST","ZIP","Party"
"[[PERSON:Jolene Harkins]]","[[DATE_TIME:1977-01-30]]","[[ADDRESS:402 Maple Ave]]","[[LOCATION:Dayton]]","[[LOCATION:OH]]","[[ZIP_CODE:45402]]","[[NRP:Republican]]"
"[[PERSON:Terrell Banks]]","[[DATE_TIME:1995-08-14]]","[[ADDRESS:1770 Salem Ave, Apt 2]]","[[LOCATION:Dayton]]","[[LOCATION:OH]]","[[ZIP_CODE:45406]]","[[NRP:Democratic]]"
"[[PERSON:Hui Min Goh]]","[[DATE_TIME:1988-03-05]]","[[ADDRESS:55 Brown St]]","[[LOCATION:Dayton]]","[[LOCATION:OH]]","[[ZIP_CODE:45409]]","Unaffiliated\"""",
    """Child\tAllergies\tEmergency contact 1\tPhone 1\tEmergency contact 2\tPhone 2
[[PERSON:Leo Abara]]\tnone\t[[PERSON:Chidi Abara]]\t[[PHONE_NUMBER:0803 119 4427]]\t[[PERSON:Nkem Abara]]\t[[PHONE_NUMBER:0805 662 3110]]
[[PERSON:Zara Bello]]\teggs\t[[PERSON:Hauwa Bello]]\t[[PHONE_NUMBER:0816 440 9082]]\t\t""",
    """RSVP list — [[PERSON:Kemi]] & [[PERSON:Josh]]
| Guest | Party size | Meal | Email |
|---|---|---|---|
| Auntie [[PERSON:Bisi]] | 2 | fish | [[EMAIL_ADDRESS:bisi.adeyemo@yahoo.co.uk]] |
| [[PERSON:Callum Reid]] | 1 | vegan | [[EMAIL_ADDRESS:callumreid@hotmail.co.uk]] |
| The [[PERSON:Okafors]] | 4 | beef | [[EMAIL_ADDRESS:okafor.family@gmail.com]] |""",
    """rx_no   patient               dob         drug                   qty  prescriber
R-20418 [[PERSON:Evelyn Cho]]            [[DATE_TIME:07/19/1944]]  warfarin 5mg           30   [[PERSON:Dr. P. Sandoval]]
R-20422 [[PERSON:Marcus Olatunji]]       [[DATE_TIME:12/01/1980]]  sertraline 50mg        30   [[PERSON:Dr. K. Lee]]
R-20431 [[PERSON:Dolores Vance]]         [[DATE_TIME:02/27/1951]]  metformin 500mg        60   [[PERSON:Dr. P. Sandoval]]""",
    """{"case": "MP-2291", "reporter": "[[PERSON:Sandeep Gill]]", "reporter_phone": "[[PHONE_NUMBER:+1 604 555 0127]]", "scammer_profile": "[[URL:facebook.com/profile.php?id=100089442170331]]", "scammer_name": "[[PERSON:Ashley Moreau]]", "loss_cad": 650}
{"case": "MP-2294", "reporter": "[[PERSON:Brigitte Lavoie]]", "reporter_phone": "[[PHONE_NUMBER:+1 418 555 0190]]", "scammer_profile": "[[URL:facebook.com/jake.turner.5095]]", "scammer_name": "[[PERSON:Jake Turner]]", "loss_cad": 1200}""",
    """SIN          Surname     Given names     Hire date    Province
[[ID_NUMBER:046 382 719]]  [[PERSON:Gagnon]]      [[PERSON:Marie-Ève]]       [[DATE_TIME:2023-05-08]]   [[LOCATION:QC]]
[[ID_NUMBER:730 095 627]]  [[PERSON:Okonkwo]]     [[PERSON:Chinonso]]        [[DATE_TIME:2024-01-15]]   [[LOCATION:AB]]
[[ID_NUMBER:283 746 105]]  [[PERSON:Singh]]       [[PERSON:Gurleen Kaur]]    [[DATE_TIME:2024-09-02]]   [[LOCATION:BC]]""",
    """Field            | Value
-----------------+---------------------------------
Applicant        | [[PERSON:Naledi Mokoena]]
ID number        | [[ID_NUMBER:0111180206083]]
Date of birth    | [[DATE_TIME:18 November 2001]]
Age              | [[AGE:23]]
Residential addr | [[ADDRESS:1044 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]]
Postal code      | [[ZIP_CODE:1804]]
Cell             | [[PHONE_NUMBER:072 519 8846]]
Course           | BCom Accounting""",
    """listing_id | title | price | seller | seller_location | posted
LST-88213 | iPhone 14 Pro 256GB | £420 | [[USERNAME:phonezone_kev]] | [[LOCATION:Wolverhampton]] | 2025-10-02
LST-88240 | Bugaboo Fox pram | £180 | [[PERSON:Hannah Loughlin]] | [[LOCATION:Lisburn]] | 2025-10-03
LST-88255 | PS5 Slim + 2 pads | £260 | [[USERNAME:deals4u_1990]] | [[LOCATION:Croydon]] | 2025-10-03
LST-88261 | Dyson V11 | £150 | [[PERSON:Marek Zieliński]] | [[LOCATION:Slough]] | 2025-10-04""",
    # Portuguese (Brazil)
    """nome;cpf;nascimento;telefone;cidade;uf
[[PERSON:Larissa Gomes Pereira]];[[ID_NUMBER:128.457.390-79]];[[DATE_TIME:02/05/1996]];[[PHONE_NUMBER:(31) 99218-4470]];[[LOCATION:Contagem]];[[LOCATION:MG]]
[[PERSON:Bruno Tavares]];[[ID_NUMBER:450.371.826-62]];[[DATE_TIME:17/10/1983]];[[PHONE_NUMBER:(71) 98107-3395]];[[LOCATION:Salvador]];[[LOCATION:BA]]""",
    # Italian
    """| Ospite | Camera | Arrivo | Partenza | Documento | Telefono |
|---|---|---|---|---|---|
| [[PERSON:Valentina Gallo]] | 21 | [[DATE_TIME:18/10/2025]] | [[DATE_TIME:21/10/2025]] | [[ID_NUMBER:CA48201KJ]] | [[PHONE_NUMBER:+39 333 871 2046]] |
| [[PERSON:Ettore Sanna]] | 24 | [[DATE_TIME:19/10/2025]] | [[DATE_TIME:20/10/2025]] | [[ID_NUMBER:YA7719302]] | [[PHONE_NUMBER:+39 349 502 6118]] |""",
    # Turkish
    """Ad Soyad\tTC Kimlik No\tDoğum Tarihi\tİl\tTelefon
[[PERSON:Emre Aydın]]\t[[ID_NUMBER:26104579846]]\t[[DATE_TIME:05.09.1987]]\t[[LOCATION:Bursa]]\t[[PHONE_NUMBER:0 (532) 418 90 27]]
[[PERSON:Selin Koç]]\t[[ID_NUMBER:43927615018]]\t[[DATE_TIME:28.01.1999]]\t[[LOCATION:Eskişehir]]\t[[PHONE_NUMBER:0 (505) 772 13 64]]
[[PERSON:Hatice Polat]]\t[[ID_NUMBER:10873452684]]\t[[DATE_TIME:11.06.1974]]\t[[LOCATION:Konya]]\t[[PHONE_NUMBER:0 (543) 206 55 81]]""",
]

CHAT = [
    """[09:41] Agent ([[PERSON:Bongani]]): Good morning, you're chatting with [[PERSON:Bongani]] from card services. How can I help?
[09:42] [[PERSON:Lerato Mahlangu]]: hi there's a R3,999 charge on my card i didn't make
[09:42] Agent ([[PERSON:Bongani]]): I'm sorry to hear that. Can you confirm your full card number and date of birth so I can find the account?
[09:43] [[PERSON:Lerato Mahlangu]]: [[CREDIT_CARD:5466 3201 5577 8093]], born [[DATE_TIME:2 July 1989]]
[09:44] Agent ([[PERSON:Bongani]]): Thank you [[PERSON:Lerato]]. I've blocked the card. The new one will go to [[ADDRESS:17 Buitenkant Street]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]] — is that still correct?
[09:44] [[PERSON:Lerato Mahlangu]]: yes. can you sms me the case number on [[PHONE_NUMBER:083 612 4470]]
[09:45] Agent ([[PERSON:Bongani]]): Done. Your case reference is FR-2291047.""",
    """Flat 3 group 🏠
[[PERSON:Aoife]]: lads the landlord finally replied
[[PERSON:Aoife]]: he says deposit comes back minus €300 for the "mould" 🙄
[[PERSON:Kwame]]: that mould was there when we moved in on [[DATE_TIME:1 Sept 2023]], I have photos
[[PERSON:Tadhg]]: his name is [[PERSON:Colm Brady]] btw and his number is [[PHONE_NUMBER:086 402 1178]] if anyone wants to ring him
[[PERSON:Aoife]]: I'll send the RTB form, put your forwarding addresses here
[[PERSON:Kwame]]: [[ADDRESS:Apt 22, The Elms, Dundrum Road]], [[LOCATION:Dublin 14]], [[ZIP_CODE:D14 X2F7]]
[[PERSON:Tadhg]]: mine's [[ADDRESS:6 Church View]], [[LOCATION:Mallow]], [[LOCATION:Co. Cork]] til christmas""",
    """#new-joiners
[[PERSON:Priya Nair]] 10:02 AM
Welcome @[[PERSON:Dmitri Volkov]] 🎉 [[PERSON:Dmitri]] starts in the data platform team today.
[[PERSON:Dmitri Volkov]] 10:05 AM
Thanks all! For the payroll form, is it ok to post here? My IBAN is [[IBAN_CODE:NL18 INGB 0662 4813 72]] and BSN [[ID_NUMBER:271839405]]
[[PERSON:Hannah Schultz]] 10:06 AM
@[[PERSON:Dmitri]] please delete that and DM it to me instead 😅 or email [[EMAIL_ADDRESS:hannah.schultz@brightloop.io]]
[[PERSON:Dmitri Volkov]] 10:07 AM
oops, deleted. DMing you now""",
    """Marketplace chat — Item: Canon EOS R6 body, $1,100
[[PERSON:Trevor Banks]]: Hi, is this still available?
[[PERSON:Angela Ruiz]]: Yes! I'm in [[LOCATION:Mesa]], you can pick up or I can ship.
[[PERSON:Trevor Banks]]: I'm out of state, can I pay with a cashier's check? I'll have my assistant send $1,600 and you refund the difference
[[PERSON:Angela Ruiz]]: That sounds weird. Can you do PayPal goods & services instead?
[[PERSON:Trevor Banks]]: Sure, my PayPal is [[EMAIL_ADDRESS:trevor.banks.photo@gmail.com]]. Ship to [[ADDRESS:5530 W 38th Ave, Apt 9]], [[LOCATION:Denver]], [[LOCATION:CO]] [[ZIP_CODE:80212]]
[[PERSON:Angela Ruiz]]: I'll ship once the payment actually shows in my account.""",
    """Teams — Ward 12 handover
[[TITLE:Sister]] [[PERSON:Olamide Ajayi]] (07:31): Bed 4 [[PERSON:Mr Kenneth Lowe]], [[AGE:82]], NHS [[ID_NUMBER:550 981 2745]], for discharge today once TTOs are ready. Daughter [[PERSON:Sharon]] collecting, her mobile [[PHONE_NUMBER:07768 213 409]]
[[PERSON:Jack Pemberton]] (07:33): ok. Bed 7?
[[TITLE:Sister]] [[PERSON:Olamide Ajayi]] (07:34): Bed 7 [[PERSON:Mrs Irene Caulfield]] DOB [[DATE_TIME:23/03/1938]], still confused overnight, not for discharge. Daughter-in-law says she lives alone at [[ADDRESS:12 Bramble Way]], [[LOCATION:Kettering]]
[[PERSON:Jack Pemberton]] (07:35): 👍""",
    """Telegram — "Help for [[PERSON:Yusuf]]" organisers
[[PERSON:Mariam]]: total is at £14,220 now 🙏
[[PERSON:Hassan]]: the hospital in [[LOCATION:Istanbul]] needs the deposit by [[DATE_TIME:Friday the 17th]] for [[PERSON:Yusuf]]'s operation
[[PERSON:Mariam]]: I'll transfer from the campaign account. [[PERSON:Hassan]] can you send the hospital's IBAN again
[[PERSON:Hassan]]: it's the clinic's, not a person, I'll forward the invoice. But the GoFundMe payout needs [[PERSON:Yusuf]]'s dad's details: [[PERSON:Kerem Aksoy]], born [[DATE_TIME:04/11/1979]], account [[IBAN_CODE:GB04BARC20474473160944]]""",
    """Live chat transcript 14:20–14:31
Customer: Hi I'm [[PERSON:Dominic Fairbairn]], my phone got stolen last night and I need to block the SIM
Agent [[PERSON:Carys]]: Sorry to hear that [[PERSON:Dominic]]. Which number is it?
Customer: [[PHONE_NUMBER:07700 982 114]]
Agent [[PERSON:Carys]]: Thanks. For security, can you confirm your date of birth and the first line of your address?
Customer: [[DATE_TIME:11/06/1994]], [[ADDRESS:31 Wellington Crescent]]
Agent [[PERSON:Carys]]: That's matched. The SIM is barred and a new one will be posted to you; the police crime reference will help with the insurance claim.""",
    # Italian
    """WhatsApp — Condominio via Padova 41
[[PERSON:Roberta Fontana]]: Buongiorno a tutti, qualcuno ha visto chi ha rigato la macchina del [[TITLE:sig.]] [[PERSON:Lombardi]]?
[[PERSON:Davide Lombardi]]: Grazie [[PERSON:Roberta]]. È successo la notte del [[DATE_TIME:12 ottobre]], targa [[ID_NUMBER:GE 418 TK]]. Ho già fatto denuncia ai carabinieri
[[PERSON:Simona]]: Io abito all'[[ADDRESS:interno 9]], ho sentito rumore verso le due ma non ho guardato
[[PERSON:Davide Lombardi]]: Se vi ricordate qualcosa chiamatemi al [[PHONE_NUMBER:347 662 0915]], grazie""",
]

LOOKALIKE = [
    """Order #114-7729183-4405126 has shipped! Tracking: 1Z 999 AA1 01 2345 6784 (UPS). Items: 2 x SKU HX-4410-BLK, 1 x SKU HX-4410-WHT. Invoice INV-2025-004417 is attached. Questions? Call 1-800-555-0199 or email support@brightcart.example. Thanks for shopping with us, [[PERSON:Marguerite]]!""",
    """Release notes — agentd 4.12.0.7 (build 20250916.3)
- Fixed a crash when the config version was 10.0.0.1-rc2.
- Default listen port is now 8443 (was 8080).
- Updated OpenSSL to 3.0.14; SHA-256 of the tarball: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.
- Device serial format changed from SN-00-4471-AB to SN4471AB00.
- Known issue #22819: upgrading from 4.11.9.2 may reset the MAC allowlist.""",
    """Reading list for the neurology module: "Parkinson's Disease: A Complete Guide" (ISBN 978-0-14-144136-8), "Alzheimer's and the Brain" (ISBN 978-1-84023-731-3) and "Down Syndrome Today", shelf mark WL 359 .P37 2021. Seminars meet in the Florence Nightingale Building on Guy Street, room 3.14. Please contact the module lead, [[PERSON:Dr. Oyinda Bamgbose]], with questions; the departmental office is on 020 7188 4000.""",
    """Roadworks notice: from Monday resurfacing will close Nelson Mandela Boulevard between King Street and Victoria Road. Permit ref TM/2025/04418, contractor hotline 0800 028 2284, site office open 07:30–17:00. Bus routes 38 and 41A will divert via Lincoln Avenue. Residents who need access should contact [[PERSON:Gary Hollins]] on [[PHONE_NUMBER:07623 481 902]].""",
    """Stock count — bay 14
Item        GTIN             Lot        Serial         Qty
Valve 2in   5012345678900    L2309-44   VX-20-88172    12
Valve 3in   5012345678917    L2309-45   VX-30-88190    4
Gasket set  4006381333931    L2311-02   —              60
Counted by: [[PERSON:Ifeanyi Okeke]]   Checked by: [[PERSON:S. Brannigan]]""",
    """Invoice 2025/0912 from Harbor & Pine Ltd (company no. 08841273, VAT GB 284 7719 02) to Westfield Clinics: 40 x nitrile gloves (ref NG-100-M), 12 x sharps bins (ref SB-7L). Payment terms 30 days; remittance to accounts@harborpine.example, tel. +44 161 555 0100. PO number 4500118273. Account manager: [[PERSON:Rhiannon Pryce]].""",
    # Turkish
    """Siparişiniz kargoya verildi! Sipariş No: 205-4418873-9912, kargo takip no: 7294 0018 8831 42. Fatura No: TRY2025000441873. Ürün kodu: KLB-400-SYH. Sorularınız için 0850 222 44 00 numaralı müşteri hizmetlerini arayabilir veya destek@alisveris.example adresine yazabilirsiniz. Teslim alacak kişi: [[PERSON:Deniz Acar]].""",
]


STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind47", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind63.jsonl: a sixty-third *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind63.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, its import lines, and the first line of its GEN
list, which falls inside those lines) and its closing scaffolding from
`STYLES = {` to the end (copied here); gold_sets.py, whole; and lines 1-64
of make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes
and `parse()`). Not read: minimize/, recognizers/, the tests, bench/, the
README, any *.jsonl, any other make_*.py (nor the rest of make_blind22.py),
git history, log or status (`git status --short | head -0` was run once by
slip, its output discarded: nothing read, nothing changed). The detector, the bench and the tests were
never run. Do not tune the detector against this set: once it has been used
to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks and splits a leading Mr / Mrs / Ms
/ Mx / Dr / Prof / Nurse / Sir off a PERSON mark as TITLE. Card numbers
pass Luhn and IBANs pass mod-97 with the right length for their country;
the national check digits inside the Spanish, French, Belgian, Portuguese,
Italian (CIN) and Dutch (11-proof) IBANs are right too (worked out by
hand-run throwaway code while writing, not generated here; `gold_sets.check`
re-checks cards and IBANs and refuses a bad one). National ids with a
public check digit were given a valid one the same way: Spanish DNI and NIE
letters, the Spanish social-security number (mod-97 control), NHS numbers,
Canadian SINs, Aadhaar (Verhoeff), Australian TFNs and Medicare numbers,
Irish PPSNs, Singapore NRIC / FIN, South African ids (which also agree with
the person's sex and birth date where they show), Dutch BSNs, the Greek AFM,
the Ontario health card number and the NPI (Luhn); the look-alike ISBN-13s
carry valid ones. Not checked: US SSNs, UK NI numbers, the UK pupil number,
PAN, Nigerian BVN and NIN, Kenyan ids and KRA PINs, Philippine SSS and
PhilHealth numbers, CatSalut CIPs, passports, licences, plates, bank
account numbers and staff, student, member, patient and loyalty numbers.

Styles (ids `blind63-<style>-NNN`; 240 records), the table-heavy variant:
- `gen` (80): one to four LLM-style sentences with personal data woven
  into prose, extra weight on retail and returns, e-commerce orders and
  deliveries, loyalty programmes, gyms and memberships (about half), the
  rest spread over banking, insurance, health, pharmacy, schools and
  universities, payroll, travel and hotels, telecoms, government, lettings,
  legal, vets, gaming, social media, tech support and ride-hailing; names at
  the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (34: odd, dense mixed sentences with titles, job titles, streets with
  building numbers and secondary addresses, IPv4/IPv6, MACs, user agents,
  IMEIs, cards with CVV and expiry, IBAN and BIC), gretel-pii-masking-en-v1
  (20: claim forms, contracts, discharge and referral letters, loan and
  admission forms, notices, consent forms, letters) and Nemotron-PII (31:
  JSON, log lines, SQL, XML, HL7, YAML / INI / .env config, code snippets,
  tickets, e-mail headers and forms with many entity kinds).
- `table` (60): one small table per record rendered as text (CSV, semicolon
  CSV, TSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value
  blocks), a header row (unlabeled) and three to five data rows, varied
  column names and non-PII columns (plans, tiers, points, SKUs, amounts,
  statuses, club codes).
- `chat` (8): support chats, an SMS thread, a family messaging thread, a
  marketplace thread and team chats, with the speakers' names and the
  personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice and ticket references, SKUs, ISBNs, IP-shaped versions,
  hashes, serials, asset tags, VAT and company numbers, company phones, role
  mailboxes, eponyms, streets named after people with no number), with the
  few real PII values labeled; one has no PII at all.
About nine records in ten are in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, South Africa, Nigeria, Kenya, the
Philippines and others, with names from the many cultures living there);
24 are in Spanish (Spain, 12) and Catalan (12).

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
- DATE_TIME: a person's dates with a day or month, in any shape; a weekday
  or clock time said with such a date is inside the span, a time or
  weekday alone is not; not bare years, durations, or dates not tied to a
  person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, BIC / SWIFT and routing numbers, CVVs and
  expiries, PINs and OTPs, order / ticket / claim / case / policy / booking
  / tracking references, company phone numbers and role mailboxes,
  versions, hashes, serials, VINs, IMEIs, partial numbers ("ending 4402",
  "last4"), pets, eponyms and brands named after people, a header row.
- Calls made while writing this set, in the same spirit as make_blind22's
  (sex / gender / role / dept / status columns unlabeled, an age column is
  AGE, a country or state column LOCATION, a nationality column NRP, a
  building number or secondary address in its own field ADDRESS, a county
  field LOCATION, a "last login" / "last_seen" time of a person's account
  DATE_TIME):
  - the date a named person ordered, bought, paid, joined or froze or left
    a membership, checked in, was delivered to or made a booking is theirs
    and DATE_TIME (also a webhook's "created_at" of a customer's order and
    a personal e-mail's Date header); renewal and due dates, invoice dates,
    the date of a leaflet or information sheet, and the timestamp that
    opens a log line, an HL7 header, an access-log entry or a chat message
    are not labeled; a birthday given as month-day ("06-12") is DATE_TIME;
  - Spanish and Catalan honorifics (Sr., Sra., D., Dña., Dra., Dr. in a
    Catalan table) and "Rev." are labeled TITLE apart from the name, and so
    are MR / MRS / MS after an airline-style SURNAME/GIVEN name, whose two
    parts are separate PERSON spans (so are the components of an HL7 name);
    the Catalan personal articles "en" / "la" stay outside;
  - a nationality adjective before "passport" ("an Indian passport") is
    NRP; a two-letter country code after a passport number is not labeled;
  - loyalty, library and bus-pass cards, key tags, frequent-flyer, DBS,
    UHID, MRN, NPI, CatSalut CIP, BVN, NIN, KRA PIN, SSS and PhilHealth
    numbers are ID_NUMBER; a published test card (4242...) is not labeled;
  - a unit alone in a "unit" column ("Apt 1A") is ADDRESS; a house name with
    its road and no number ("The Manse, Kirk Wynd") is ADDRESS;
  - gym club codes, store and branch names, institution and facility names
    that contain a place or a person (a hospital, a court, a station) are
    not labeled;
  - a private IP of a named person's workstation is IP_ADDRESS, a CIDR
    range is not; a URL-encoded e-mail in a query string is EMAIL_ADDRESS;
  - a staff member who speaks in a chat, an agent named in a transcript, a
    courier or driver named in a message are PERSON.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind63.jsonl")

GEN = [
    """Hi, this is [[PERSON:Tomasz Wiśniewski]]. I froze my gym membership from [[DATE_TIME:1 November]] but was still charged £34.99 on [[DATE_TIME:1 December]]. Membership no. [[ID_NUMBER:FZ-220931]], and the best number to reach me is [[PHONE_NUMBER:07851 224630]].""",
    """Could you merge my two points accounts? The old one is under my maiden name, [[PERSON:Rebecca Thornley]], and the newer one is [[PERSON:Rebecca Adeyemi]]; the card on the new one ends in 7731 and my email is [[EMAIL_ADDRESS:becky.adeyemi84@outlook.com]].""",
    """The courier left the box at [[ADDRESS:4418 Birchwood Lane]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]] instead of next door, so [[PERSON:marcus reyes]] is now asking for a refund on order 113-7782014-5520917.""",
    """[[PERSON:Mei Ling Tan]]'s Platinum tier lapsed on [[DATE_TIME:31 March 2025]] because the rewards system still had her old address at [[ADDRESS:Blk 218 Bishan Street 23, #07-114]], [[LOCATION:Singapore]] [[ZIP_CODE:570218]], and none of the renewal letters reached her.""",
    """My son [[PERSON:Eli]] is [[AGE:15]] and the leisure centre says he needs a parent to co-sign the junior membership. I'm [[PERSON:Hannah Goldberg]], his mum, and I can come in on [[DATE_TIME:Saturday 14 June]] with his birth certificate.""",
    """Dear [[PERSON:Suresh Iyer]], your exchange request for the kurta set bought on [[DATE_TIME:18-08-2024]] has been approved. Our pickup agent will call you on [[PHONE_NUMBER:+91 98450 31277]] before reaching [[ADDRESS:No. 12, 3rd Cross Road]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]].""",
    """[[PERSON:Olumide Adebayo]], [[AGE:41]], rang the branch to say his Mastercard [[CREDIT_CARD:5225 3751 9083 5086]] had been used at a petrol station in [[LOCATION:Lagos]] while he was at home in [[LOCATION:Manchester]]; the card was blocked and a new one posted to [[ADDRESS:9 Ravensworth Close]], [[ZIP_CODE:M21 8TR]].""",
    """Thank you for joining ClubPlus, [[PERSON:Gabrielle Fontaine]]! Your member ID is [[ID_NUMBER:CP 7730 1184]] and you'll earn double points on everything you buy until the end of the month.""",
    """the gym app shows a check-in for me on [[DATE_TIME:jan 9 at 5:52am]] but i was in [[LOCATION:Denver]] that whole week, someone must be using my fob. name on the account is [[PERSON:kayla brennan]], member [[ID_NUMBER:00418827]]""",
    """Please update the delivery address on my subscription box to [[ADDRESS:Unit 5, 112 Chapel Street]], [[LOCATION:Prahran]] [[LOCATION:VIC]] [[ZIP_CODE:3181]]; the account is in the name of [[PERSON:Lachlan O'Rourke]] and the phone on file is [[PHONE_NUMBER:0412 887 305]].""",
    """At the till, the cashier asked for a phone number to find the loyalty account, and [[PERSON:Fatima Zahra El Idrissi]] read out [[PHONE_NUMBER:(647) 283-9914]]; the account that came up belonged to a [[PERSON:Farid Idrissi]] of [[LOCATION:Mississauga]], so the points were not applied.""",
    """I'm writing on behalf of my father, [[PERSON:Graham Pettigrew]] (born [[DATE_TIME:22/09/1947]]), who was signed up to a 24-month gym contract by a salesman in the shopping centre even though he is registered blind.""",
    """[[PERSON:Anjali Deshmukh]] opened a savings account on [[DATE_TIME:5 March 2025]] with PAN [[ID_NUMBER:AKRPD4417M]] and Aadhaar [[ID_NUMBER:3758 9948 7957]]; the passbook will be sent to her registered address in [[LOCATION:Pune]].""",
    """[[PERSON:Mr Kwame Asante]]'s physiotherapy is booked for [[DATE_TIME:Tuesday 8 July at 11:15]] at the [[LOCATION:Lewisham]] clinic; please bring your NHS number ([[ID_NUMBER:142 787 3208]]) and a list of current medications.""",
    """Prescription ready for collection for [[PERSON:J. Nakamura]], DOB [[DATE_TIME:04.11.1969]]; the pharmacy will text [[PHONE_NUMBER:+44 7700 914 221]] when it's in. It can be collected by her partner, [[PERSON:Sam Whitlock]], with photo ID.""",
    """[[PERSON:Zainab]]'s form tutor, [[PERSON:Mrs Okonkwo]], asked us to confirm that she will be [[AGE:11]] on [[DATE_TIME:2 September]] and can start in Year 7; her UPN is [[ID_NUMBER:H801200071034]].""",
    """New starter: [[PERSON:Diego Alvarez]], start date [[DATE_TIME:Monday, April 7, 2025]], SSN [[US_SSN:512-44-8820]], direct deposit to routing 121000358, account [[ID_NUMBER:4401937726]].""",
    """Booking ref QX7P2L is for two adults, [[PERSON:Ingrid Solberg]] and [[PERSON:Henrik Solberg]], flying [[LOCATION:Oslo]] to [[LOCATION:Cape Town]] on [[DATE_TIME:19 December 2025]]; the passport numbers on file are [[ID_NUMBER:FH4402917]] and [[ID_NUMBER:FH4402918]].""",
    """Late check-in for room 412: guest [[PERSON:Rafael Costa]], arriving [[DATE_TIME:23 Aug around 23:30]], card on file [[CREDIT_CARD:4686 7752 3627 6424]] (exp 08/27). Please leave the key at the night desk.""",
    """Hi [[PERSON:Thandiwe]], your number [[PHONE_NUMBER:082 556 4470]] has been ported to our network. For the RICA record we have ID [[ID_NUMBER:8807140294083]] and the address [[ADDRESS:14 Jacaranda Avenue]], [[LOCATION:Randburg]], [[ZIP_CODE:2194]].""",
    """The DMV says [[PERSON:Shauna Whitfield]]'s license [[US_DRIVER_LICENSE:W426-118-77-903-0]] was suspended on [[DATE_TIME:June 3]], which is why the rental desk in [[LOCATION:Tampa]] turned her away.""",
    """The tenancy for [[ADDRESS:Flat 2B, 61 Marlborough Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF23 5BU]] starts on [[DATE_TIME:1st October]]; the lead tenant is [[PERSON:Owain Pritchard]] and the guarantor is his aunt, [[PERSON:Gwen Pritchard]] of [[LOCATION:Swansea]].""",
    """Biscuit the Labrador is due his booster on [[DATE_TIME:14/05]]; the owner, [[PERSON:Niamh Gallagher]], asked for a reminder by text to [[PHONE_NUMBER:087 334 1920]].""",
    """Someone set up a fake profile with my photos at [[URL:instagram.com/jess.onwuachi_official]]. My real handle is [[USERNAME:jessonwuachi]] and my name is [[PERSON:Jessica Onwuachi]].""",
    """The account [[USERNAME:xXShadowWolfXx_99]] was banned on [[DATE_TIME:2024-11-02]]; the appeal came from the parent, [[PERSON:Linda Marsh]], at [[EMAIL_ADDRESS:lmarsh.home@gmail.com]], who says her son is only [[AGE:13]].""",
    """Remote session for [[PERSON:Vikram Choudhary]] connected from [[IP_ADDRESS:103.87.142.19]]; he wants the laptop re-imaged before he flies out on [[DATE_TIME:Thursday the 12th]].""",
    """Your parcel is out for delivery today with [[PERSON:Kofi]]. If you're not in, we'll leave it with your neighbour at [[ADDRESS:23 Cresswell Gardens]]. Texts about this delivery go to [[PHONE_NUMBER:07412 660 918]].""",
    """Hola, soy [[PERSON:Lucía Fernández Ortega]]. Hice un pedido el [[DATE_TIME:3 de marzo]] y todavía no me ha llegado; la dirección es [[ADDRESS:Calle de Alcalá 214, 3.º B]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]]. Mi teléfono es el [[PHONE_NUMBER:612 48 93 07]].""",
    """El socio [[PERSON:Javier Moreno]] (DNI [[ID_NUMBER:42427959C]]) solicitó la baja del gimnasio el [[DATE_TIME:15/01/2025]], pero se le siguió cobrando la cuota en la cuenta [[IBAN_CODE:ES94 2085 1489 7742 3147 6364]].""",
    """[[PERSON:Marta]], tu tarjeta de fidelización [[ID_NUMBER:4001 2233 0918]] ya suma 1.250 puntos. Como tu cumpleaños es el [[DATE_TIME:22 de julio]], ese día te regalaremos un cupón de 10 € para tu próxima compra.""",
    """La paciente [[PERSON:Rosario Giménez]], de [[AGE:72]] años, con número de la Seguridad Social [[ID_NUMBER:46 35692707 45]], tiene cita en el centro de salud de [[LOCATION:Benimaclet]] el [[DATE_TIME:martes 9 de septiembre a las 10:20]].""",
    """Bon dia, em dic [[PERSON:Jordi Puigdomènech]] i vaig comprar una jaqueta a la botiga del carrer de Pelai el [[DATE_TIME:12 de gener]]. Voldria tornar-la; el meu correu és [[EMAIL_ADDRESS:jordi.puigdomenech@gmail.com]].""",
    """La [[PERSON:Núria Vilaseca]] es va donar d'alta al gimnàs el [[DATE_TIME:2 de setembre de 2024]] amb la quota familiar; el rebut es carrega al compte [[IBAN_CODE:ES43 2038 5440 1563 1227 2953]] i el telèfon de contacte és el [[PHONE_NUMBER:93 417 28 60]].""",
    """Hola [[PERSON:Pau]], la teva comanda 40-88213 s'enviarà a [[ADDRESS:Carrer de Mallorca 301, 4t 2a]], [[ZIP_CODE:08037]] [[LOCATION:Barcelona]]. El repartidor et trucarà al [[PHONE_NUMBER:678 30 41 95]] abans d'arribar.""",
    """En [[PERSON:Marc Soler i Ribas]], nascut el [[DATE_TIME:30/04/2011]] a [[LOCATION:Girona]], té [[AGE:14]] anys i s'ha inscrit al casal d'estiu; la seva mare, la [[PERSON:Montse Ribas]], ha deixat el DNI [[ID_NUMBER:77599997K]] a la fitxa.""",
    """[[PERSON:Chiamaka Eze]] placed her order on [[DATE_TIME:Nov 28]] for pickup at the [[LOCATION:Lekki]] hub; her contact is [[PHONE_NUMBER:+234 803 441 2097]] and she paid by transfer from account [[ID_NUMBER:0123984476]].""",
    """Miles for [[PERSON:Jean-François Tremblay]] were never credited for his flight on [[DATE_TIME:2025-02-14]]; his frequent flyer number is [[ID_NUMBER:AC 803 441 992]] and he lives at [[ADDRESS:1880 rue Sherbrooke Est, app. 6]], [[LOCATION:Montréal]] [[LOCATION:QC]] [[ZIP_CODE:H2K 1B3]].""",
    """Welcome aboard, [[PERSON:Priya Sharma]]! Your first PT session with [[PERSON:Mitch]] is on [[DATE_TIME:Wed 5 March, 6:30 am]]. Your 12-week membership (no. [[ID_NUMBER:ANY-88031]]) runs until [[DATE_TIME:28 May 2025]].""",
    """Loss prevention flagged a return by [[PERSON:Derek Vance]] of [[ADDRESS:2207 W. Harrison St.]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60612]]; he showed driver's license [[US_DRIVER_LICENSE:V152-4417-8830]] and was refunded to a Visa ending 0619.""",
    """[[PERSON:Colleen Byrne]]'s claim for the water damage at [[ADDRESS:6 Orwell Park Drive]], [[LOCATION:Rathgar]], [[LOCATION:Dublin 6]] was lodged on [[DATE_TIME:17 January]]; her PPS number is [[ID_NUMBER:4265667B]].""",
    """The hearing is listed for [[DATE_TIME:10:00 on 3 November 2025]]. The claimant, [[PERSON:Bisi Adeyinka]], lives at [[ADDRESS:Flat 9, Kestrel House, 40 Harlow Road]] and is represented by [[PERSON:Ms Clare Whitmore]] of counsel.""",
    """Student [[PERSON:Hamza Qureshi]] (ID [[ID_NUMBER:2210458]]) has asked for an extension on his dissertation; his GP letter confirms he was unwell from [[DATE_TIME:2 April]] to [[DATE_TIME:16 April]].""",
    """Payslip query from [[PERSON:leanne o'connell]]: her tax code changed after [[DATE_TIME:6 April]] and her NI number [[ID_NUMBER:JT 44 71 09 C]] shows up twice on the P60.""",
    """Seller [[USERNAME:vintage_finds_bev]] (real name [[PERSON:Beverley Hughes]]) posted the lamp to the buyer in [[LOCATION:Glasgow]] on [[DATE_TIME:9 May]] but marked it as delivered two days earlier.""",
    """As discussed on the phone, [[PERSON:Brandon Kim]]'s membership will be cancelled effective [[DATE_TIME:08/31/2025]]; the final $24.99 goes to the card ending 4402 and his key tag [[ID_NUMBER:1029 3847 56]] will be deactivated that night.""",
    """You're 2 stamps away from a free drink, [[PERSON:Ana]]! Show the barista this screen or give your phone number, [[PHONE_NUMBER:+1 604 889 2714]], at any [[LOCATION:Vancouver]] store.""",
    """[[PERSON:Wanjiru Kamau]] paid by M-Pesa from [[PHONE_NUMBER:0722 418 690]] for the sofa set; delivery to [[ADDRESS:House 14, Riverside Drive]], [[LOCATION:Westlands]], [[LOCATION:Nairobi]] is booked for [[DATE_TIME:20th June]]. Her ID number is [[ID_NUMBER:28841176]].""",
    """Hi po, this is [[PERSON:Maricel Dizon]], I ordered the rice cooker last [[DATE_TIME:May 3]] and the rider delivered it to [[ADDRESS:Blk 7 Lot 22, Mabuhay St.]], [[LOCATION:Quezon City]] but it was dented. My number is [[PHONE_NUMBER:0917 552 8830]].""",
    """[[PERSON:Tama Ngata]] ([[AGE:29]]) moved his membership from the [[LOCATION:Hamilton]] club to [[LOCATION:Tauranga]] on [[DATE_TIME:1/07/2025]]; the direct debit still comes out of [[ID_NUMBER:12-3140-0561289-00]].""",
    """The volunteer roster lists [[PERSON:Imran Siddiqui]], a [[NRP:Pakistani]]-born pharmacist, and [[PERSON:Ruth Abramson]], who asked not to be put on Saturdays because she is [[NRP:Jewish]] and keeps Shabbat.""",
    """Sorry, the refund of £89 for order 20211-448 went to the wrong card: it should have gone to [[PERSON:Ahmed Rashid]]'s Amex, not to [[PERSON:Fiona]]'s.""",
    """The committee approved [[PERSON:Sir Geoffrey Allingham]]'s application for full membership; he was proposed by [[PERSON:Dr. Helen Marsh]] and his membership begins on [[DATE_TIME:1 January 2026]].""",
    """Warranty registration: [[PERSON:Carlos Mendoza]], [[ADDRESS:871 Ocean View Blvd, Apt 12]], [[LOCATION:San Diego]], [[LOCATION:CA]] [[ZIP_CODE:92107]]; purchased [[DATE_TIME:11/14/2024]]; serial WX-22841-Q7.""",
    """Happy early birthday, [[PERSON:Noah]]! As you're turning [[AGE:18]] on [[DATE_TIME:March 27]], your Stars card now unlocks 18-rated films. Card no. [[ID_NUMBER:7001 4420 8816]].""",
    """Please send the deposit for the flat to [[PERSON:Kieran Doyle]], [[IBAN_CODE:GB62 BARC 2004 1593 0563 40]], reference "flat 4 deposit". He'll confirm on [[PHONE_NUMBER:+44 7958 301 442]] once it lands.""",
    """The referral for [[PERSON:Sofia Papadopoulos]] lists her Medicare card as [[ID_NUMBER:2954 71833 1]] and, by mistake, her TFN ([[ID_NUMBER:928 676 288]]) as well; please redact the TFN before it goes to the specialist in [[LOCATION:Carlton]].""",
    """[[PERSON:Mrs. Donna Kowalczyk]], DOB [[DATE_TIME:1958-02-17]], Ontario health card [[ID_NUMBER:4512-338-908-KT]], picked up her refill on [[DATE_TIME:the 3rd of March]].""",
    """my ex keeps messaging me from a new number ([[PHONE_NUMBER:+61 423 118 097]]) even though i blocked [[USERNAME:dan_the_man_88]] everywhere. his name is [[PERSON:Daniel Fitzroy]] and he knows i work in [[LOCATION:Subiaco]].""",
    """A customer called [[PERSON:Rhonda Pike]] bought eleven £100 gift cards at the [[LOCATION:Swindon]] store on [[DATE_TIME:Friday 4 April]] and paid with [[CREDIT_CARD:4477 8365 7332 7882]]; the cardholder, [[PERSON:Mr. Alan Pike]], has since disputed it.""",
    """Order ready for click-and-collect at the [[LOCATION:Croydon]] store. Collector: [[PERSON:Yusuf Demir]]. Please bring the order email and photo ID; we hold items for seven days.""",
    """A login to [[PERSON:Sabrina Nguyen]]'s account from [[IP_ADDRESS:185.220.101.47]] at 03:14 changed the shipping address to [[ADDRESS:3390 Commerce St, Ste 110]], [[LOCATION:Dallas]], [[LOCATION:TX]] [[ZIP_CODE:75226]], which is a freight forwarder, not her home.""",
    """Thanks for your feedback, [[PERSON:Oluwaseun]]. As a Gold member since [[DATE_TIME:August 2019]], you've earned a £5 voucher, which we've sent to [[EMAIL_ADDRESS:seun.ogunleye@yahoo.co.uk]].""",
    """Incident: member [[PERSON:Rachel Abernathy]], [[AGE:52]], slipped by the pool on [[DATE_TIME:16/03/2025 at approx. 18:45]]; witnessed by [[PERSON:Tyrone Blake]] (staff). Her husband, [[PERSON:Stuart]], was called on [[PHONE_NUMBER:01632 960 551]].""",
    """Sorry [[PERSON:lucy]], class passes can't be shared, so you can't use [[PERSON:harriet wood]]'s 10-class card even with her permission. You can buy your own at the front desk or online.""",
    """Applicant [[PERSON:Nomvula Dlamini]], born [[DATE_TIME:29 November 1993]], ID [[ID_NUMBER:9311290418088]], monthly income R28 500, employed as a nurse at Chris Hani Baragwanath Hospital since [[DATE_TIME:March 2018]].""",
    """[[PERSON:Mr Arjun Mehta]] holds an [[NRP:Indian]] passport, no. [[ID_NUMBER:Z4471209]], and has lived at [[ADDRESS:18 Hallam Street]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 1QF]] since [[DATE_TIME:October 2021]].""",
    """The parcel for [[PERSON:Lena Hoffmann]], [[ADDRESS:Schönhauser Allee 148, 3. OG]], [[ZIP_CODE:10435]] [[LOCATION:Berlin]], went back to the sender after three failed attempts; she has asked us to resend it to her office instead.""",
    """Renter [[PERSON:Mohammed Al-Farsi]], UK licence [[ID_NUMBER:ALFAR708198M99JK]], DOB [[DATE_TIME:19/08/1978]]; additional driver [[PERSON:Layla Al-Farsi]]. The car is due back at the [[LOCATION:Heathrow]] branch on [[DATE_TIME:2 Sept by 18:00]].""",
    """The 12-month jabs for [[PERSON:Oscar Lindqvist]] (NHS no. [[ID_NUMBER:414 632 9086]]) are due at the [[LOCATION:Headingley]] surgery on [[DATE_TIME:Thu 11 Sept, 9:10am]]. Reply YES to confirm.""",
    """Baptism of [[PERSON:Grace Adaeze Okafor]], born [[DATE_TIME:2 February 2025]], at St Anne's on [[DATE_TIME:Sunday 18 May]]; the godparents are [[PERSON:Chinedu Obi]] and [[PERSON:Mary-Kate Doherty]].""",
    """I'm moving out on [[DATE_TIME:the 30th of June]], so please close the power account for [[ADDRESS:77 Gordon Street]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]] in the name of [[PERSON:Anaru Walker]] and send the final bill to [[EMAIL_ADDRESS:anaru.walker@xtra.co.nz]].""",
    """My grandmother, [[PERSON:Edith]], is [[AGE:96]] and still renews her concessionary bus pass every year; the pass number is [[ID_NUMBER:8804 1120 5573 0091]].""",
    """[[PERSON:Lim Wei Jie]] redeemed 4,000 points for a voucher on [[DATE_TIME:2 Feb 2025]], verifying with NRIC [[ID_NUMBER:S2121939H]]; the voucher code was sent to [[PHONE_NUMBER:+65 9123 4470]].""",
    """I want to cancel the meal-kit subscription for [[PERSON:Joanna Szymańska]]: the card [[CREDIT_CARD:5347 7524 4961 7288]] keeps getting charged even though I paused it on [[DATE_TIME:February 2nd]].""",
    """Library card [[ID_NUMBER:29080 004418 2271]] belongs to [[PERSON:Rohan Patel]], [[AGE:9]]; his father, [[PERSON:Nikhil]], asked for it to be linked to his own account so the overdue notices come to him.""",
    """Ages for the gala: [[PERSON:Amara]] is [[AGE:10]], [[PERSON:Jude]] is [[AGE:12]] and [[PERSON:Lily-Rose Bennett]] turns [[AGE:11]] on [[DATE_TIME:14 Oct]]. Parents, please email [[PERSON:Karen]] at [[EMAIL_ADDRESS:karen.bennett.swim@gmail.com]] by Friday.""",
    """Driver [[PERSON:Sipho Ndlovu]] reported that his passenger, [[PERSON:J. Castellanos]], left a phone in the car on [[DATE_TIME:Sat 7 June around 1 am]]; the pickup was at [[ADDRESS:55 Long Street]], [[LOCATION:Cape Town]].""",
    """Review by verified buyer "[[PERSON:Kenji W.]]" ([[LOCATION:Osaka]]): arrived in two days, works great, but the lid is smaller than it looks in the photos.""",
    """This is a message for [[PERSON:Terrence Holloway]] about account [[ID_NUMBER:77310-44892]]. Please call us back on 1-800-555-0142, Monday to Friday, 8 to 6 Central.""",
    """[[PERSON:Ms. Ifeoma Nwosu]] filed her 2024 return on [[DATE_TIME:April 14]]; SSN [[US_SSN:421-73-0958]], and the refund is to be deposited to checking account [[ID_NUMBER:000123457789]].""",
]

BENCH = [
    """Dear [[PERSON:Mrs. Rosalind Hackett]], as Chief Tactics Associate your relocation package covers the move to [[ADDRESS:4471 Kuhic Crossing]], [[ADDRESS:Suite 308]], [[LOCATION:Port Ednaville]], [[LOCATION:Rhode Island]] [[ZIP_CODE:02904-7718]]. Reimbursements will be paid to [[IBAN_CODE:DE47740271057704585689]] (BIC: GENODEF1PA1).""",
    """The login from [[IP_ADDRESS:3f2a:9c01:77b4::1e]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15 was traced to [[USERNAME:Alvina.Rempel42]], whose registered device has the MAC 6c:4a:85:1f:d2:09.""",
    """Patient [[PERSON:Teodoro Kassulke]], [[AGE:67]] years old, male, 178 cm, reported dizziness after his session on [[DATE_TIME:11/08/2023]]. His next of kin can be reached at [[PHONE_NUMBER:+1-842-555-3098]].""",
    """Hi [[USERNAME:Elmore_Ziemann]], your Visa [[CREDIT_CARD:4004562918309607]] with CVV 381 and expiry 09/28 was charged 452.10 GBP for the Regional Data Analyst certification. If this wasn't you, reply from [[EMAIL_ADDRESS:Elmore.Ziemann@hotmail.com]].""",
    """Kindly send [[PERSON:Mx. Jordan Okafor-Lee]]'s final paycheck to account [[ID_NUMBER:51893027]] at the [[LOCATION:West Fernando]] branch; [[PERSON:Jordan]] left the Integration department on [[DATE_TIME:February 29, 2024]].""",
    """Our records show vehicle [[ID_NUMBER:KD19 XRM]] (VIN 1HGCM82633A004352) registered to [[PERSON:Ffion Hughes-Parry]], [[ADDRESS:88 Llys Derwen]], [[LOCATION:Bangor]], [[LOCATION:Gwynedd]], [[ZIP_CODE:LL57 2PX]].""",
    """[[PERSON:Gerhard]], aged [[AGE:58]], eye colour hazel, height 5'11", must confirm the PIN 4471 for the account he opened on [[DATE_TIME:7/3/2025]] with [[EMAIL_ADDRESS:g.lindemann@web.de]].""",
    """Please make sure that [[PERSON:Lorenzo Bianchi]]'s IBAN [[IBAN_CODE:IT64V0200802457000165655725]] is used for the refund of 1,220.00 € for his stay at [[ADDRESS:Via Garibaldi 17, int. 4]], [[LOCATION:Bologna]].""",
    """Our investor [[PERSON:Dr. Maximilian Osei-Bonsu]] of the [[LOCATION:Greater Accra]] region asked that all correspondence go to [[EMAIL_ADDRESS:max.oseibonsu@protonmail.com]] and calls to [[PHONE_NUMBER:+233 24 418 7702]] only between 9 and 5 GMT.""",
    """Password reset for [[USERNAME:kfarrell_91]] requested from [[IP_ADDRESS:172.58.14.203]]; the temporary password "Xq7!vLp2#r" expires in 30 minutes. Account owner: [[PERSON:Kathleen Farrell]], [[LOCATION:Clackamas County]].""",
    """[[PERSON:Mr. Hiroshi Takeda]], Senior Web Administrator, born [[DATE_TIME:1981-06-30]], SSN [[US_SSN:623-18-4470]], has been assigned to the office at [[ADDRESS:1200 Lakeview Pkwy, Floor 6]], [[LOCATION:Vernon Hills]], [[LOCATION:IL]] [[ZIP_CODE:60061]].""",
    """Transfer 3,450.00 from [[IBAN_CODE:GB26MIDL40478403208969]] to [[PERSON:Aoife Brennan]] ([[IBAN_CODE:IE60AIBK93115221998560]]), reference RENT-OCT, on behalf of [[PERSON:Declan Moore]].""",
    """The female applicant, [[PERSON:Zhang Xiuying]], [[AGE:38]], gave her occupation as Forward Metrics Planner and her residence as [[ADDRESS:Room 1203, 88 Nanjing West Road]], [[LOCATION:Jing'an District]], [[LOCATION:Shanghai]] [[ZIP_CODE:200040]].""",
    """We've noticed an unusual purchase on JCB card [[CREDIT_CARD:3530 8124 3676 9898]] (security code 772) from [[IP_ADDRESS:41.203.77.18]]. Cardholder: [[PERSON:Babajide Ogunbanjo]], [[ADDRESS:12B Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]].""",
    """In the spirit of team building, [[PERSON:Siobhan]] from Optimization will host the quiz at her place, [[ADDRESS:34 Grattan Crescent]], [[LOCATION:Inchicore]], on [[DATE_TIME:Friday 24/10 at 19:00]]. RSVP to [[PHONE_NUMBER:+353 86 441 2093]].""",
    """Reminder for [[PERSON:Benedikt Vogel]] (username [[USERNAME:bvogel_88]], device IMEI 35-209900-176148-1): your subscription renews next month and the plan will be charged to [[CREDIT_CARD:5102 9066 5417 6043]].""",
    """Confidential: [[PERSON:Ifeanyi Chukwuemeka]] (Male, [[AGE:45]]) was diagnosed with type 2 diabetes on [[DATE_TIME:14.02.2022]]; the policy number is LIF-2200-8813 and his insurer member ID is [[ID_NUMBER:HPN884120937]].""",
    """The MAC address a4:83:e7:2b:19:fc and the IP [[IP_ADDRESS:10.14.22.187]] are registered to [[PERSON:Camille Rousseau]]'s workstation; her VPN username is [[USERNAME:crousseau]] and her desk is at [[ADDRESS:14 rue de la Paix, 2e étage]], [[ZIP_CODE:75002]] [[LOCATION:Paris]].""",
    """Investment Account (account number [[ID_NUMBER:88120364]]) belonging to [[PERSON:Ms. Ngozi Umeh]] received her deposit of ₦1,250,000 on [[DATE_TIME:3rd March 2024]]; BIC FBNINGLA.""",
    """To [[PERSON:Aleksandra Nowak]], Lead Division Specialist: your badge [[ID_NUMBER:EMP-00931]] will stop working after your last day, [[DATE_TIME:31.10.2025]]. Please return the laptop (serial C02ZL1ABMD6R) to [[ADDRESS:ul. Marszałkowska 84/92, lok. 11]], [[ZIP_CODE:00-514]] [[LOCATION:Warszawa]].""",
    """Amex [[CREDIT_CARD:3719 935778 21363]], exp 11/26, CID 4410, holder [[PERSON:Priyanka Bhattacharya]], billing zip [[ZIP_CODE:07302]], phone [[PHONE_NUMBER:201.555.7734]].""",
    """The study enrolled [[PERSON:Kalani Akana]], a [[AGE:23]]-year-old from [[LOCATION:Hilo]], [[LOCATION:Hawaii]], on [[DATE_TIME:June 2, 2023]]; her username on the study app is [[USERNAME:kalani.a]].""",
    """Eyes: brown. Height: 162 cm. Name: [[PERSON:Leilani Kahale]]. Gender: female. DOB: [[DATE_TIME:09/17/1996]]. Address: [[ADDRESS:95-1040 Meheula Pkwy, Unit 3]], [[LOCATION:Mililani]], [[LOCATION:HI]] [[ZIP_CODE:96789]].""",
    """Our client at [[IP_ADDRESS:198.51.100.77]] requested the litigation file for [[PERSON:Quentin Abshire]]; it must be sent by courier to [[ADDRESS:6120 Marvin Keys]], [[LOCATION:Lake Lorine]], with the account PIN 0284 withheld.""",
    """[[PERSON:Prof. Adaeze Nwachukwu]]'s guest lecture in Neurology was moved to [[DATE_TIME:Wednesday, 3 December at 14:00]]; attendees can reach her assistant [[PERSON:Tobi]] at [[EMAIL_ADDRESS:tobi.adewale@unilag-mail.com]].""",
    """Vehicle with plate [[ID_NUMBER:7XKR204]] and VIN 5YJ3E1EA7KF317042 was towed from outside [[ADDRESS:2950 Telegraph Ave]], [[LOCATION:Berkeley]]; registered owner [[PERSON:Nikhil Raman]], DL [[US_DRIVER_LICENSE:D4418207]].""",
    """User [[USERNAME:Marisol.Gutmann]] changed her password to ********, turned on 2FA with [[PHONE_NUMBER:(312) 740-1185]] and updated her date of birth to [[DATE_TIME:April 4th, 1990]].""",
    """Following the audit, [[PERSON:Ravi Shankar Pillai]] ([[AGE:61]]) will move from Regional Accounts Coordinator to a consultancy role effective [[DATE_TIME:01-04-2025]]; please update his PAN [[ID_NUMBER:BQWPP7730K]] in the payroll system.""",
    """Can you confirm that [[IBAN_CODE:NL23INGB4580428943]] belongs to [[PERSON:Sanne de Vries]]? The BSN she gave, [[ID_NUMBER:860768405]], matches the rental contract for [[ADDRESS:Prinsengracht 412-III]], [[ZIP_CODE:1016 JK]] [[LOCATION:Amsterdam]].""",
    """[[PERSON:Abdul-Rahman Haddad]] has a new shipping address: [[ADDRESS:Villa 7, 14 Al Wasl Road]], [[LOCATION:Jumeirah 1]], [[LOCATION:Dubai]]; contact [[PHONE_NUMBER:+971 50 447 2019]]. Card on file: Diners Club [[CREDIT_CARD:3653 457045 9905]].""",
    """Estimada [[TITLE:Sra.]] [[PERSON:Itziar Etxeberria]]: su candidatura como Coordinadora de Marketing ha sido recibida. Confirme su domicilio en [[ADDRESS:Calle Mayor 45, 2.º izq.]], [[ZIP_CODE:20003]] [[LOCATION:Donostia]], [[LOCATION:Gipuzkoa]], y su IBAN [[IBAN_CODE:ES5321002295565985129874]] (BIC CAIXESBBXXX).""",
    """El usuario [[USERNAME:pgarrido_77]] accedió desde la IP [[IP_ADDRESS:88.27.141.9]] con el navegador Mozilla/5.0 (Windows NT 10.0; Win64; x64) y modificó la tarjeta [[CREDIT_CARD:4921 4323 1900 0470]] (CVV 518, caducidad 04/27). Titular: [[PERSON:Pilar Garrido Navas]], nacida el [[DATE_TIME:17/06/1979]].""",
    """Benvolgut [[TITLE:Sr.]] [[PERSON:Oriol Casals]], com a Director d'Operacions el seu nou despatx és a [[ADDRESS:Passeig de Gràcia 92, 5è 1a]], [[ZIP_CODE:08008]] [[LOCATION:Barcelona]]. El seu número d'empleat és [[ID_NUMBER:E-40917]] i el mòbil, [[PHONE_NUMBER:+34 639 22 81 40]].""",
    """La [[PERSON:Mireia Font]], de [[AGE:33]] anys, va iniciar sessió des de [[IP_ADDRESS:2a02:9130:8c1::4f]] el [[DATE_TIME:dijous 6 de febrer a les 22:14]] i va canviar l'adreça electrònica a [[EMAIL_ADDRESS:mireia.font@xtec.cat]]; la MAC del dispositiu és 3c:22:fb:90:1a:7e.""",
    """CLAIM FORM - Homeowners Policy HO-3
Policyholder: [[PERSON:Gregory T. Halvorsen]]
Policy No.: HOP-77-204418
Date of Loss: [[DATE_TIME:02/11/2025]]
Property Address: [[ADDRESS:1907 Sycamore Ridge Rd]], [[LOCATION:Eau Claire]], [[LOCATION:WI]] [[ZIP_CODE:54701]]
Description: Ice dam caused water to come into the upstairs bedroom. The policyholder reported the damage by phone from [[PHONE_NUMBER:715-832-0467]] and emailed photos from [[EMAIL_ADDRESS:ghalvorsen@charter.net]].
Adjuster: [[PERSON:Marlene Fisk]], Claims Dept.""",
    """MORTGAGE LOAN APPLICATION (Uniform Residential)
Borrower: [[PERSON:Latoya Denise Carter]]    SSN: [[US_SSN:254-91-3307]]    DOB: [[DATE_TIME:08/22/1986]]
Co-Borrower: [[PERSON:Marcus Carter]]    SSN: [[US_SSN:254-88-1042]]
Present Address: [[ADDRESS:3315 Peachtree Walk, Apt 4C]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30305]] (Rent, 4 yrs)
Employer: Delta Air Lines, Inc. / Position: Flight Operations Analyst / Years on job: 6
Checking Account: [[ID_NUMBER:1000 2287 4419]]
Loan Amount: $312,000    Subject Property: [[ADDRESS:118 Linwood Ct]], [[LOCATION:Decatur]], [[LOCATION:GA]] [[ZIP_CODE:30030]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Okonkwo, Chidi]]  MRN: [[ID_NUMBER:MRN-0048813-2]]  Admitted: [[DATE_TIME:2024-09-14]]  Discharged: [[DATE_TIME:2024-09-19]]
Attending: [[PERSON:Dr. Evelyn Marchetti]], MD
The patient is a [[AGE:54]]-year-old male admitted with community-acquired pneumonia. Follow up with PCP [[PERSON:Dr. Raj Malhotra]] at Westside Family Medicine within 7 days. Contact on file: [[PHONE_NUMBER:(614) 882-3019]].""",
    """EMPLOYMENT AGREEMENT
This Agreement is made on [[DATE_TIME:15 January 2025]] between Brightwater Analytics Ltd ("the Company") and [[PERSON:Ms Priya Venkataraman]] of [[ADDRESS:42 Ashgrove Road]], [[LOCATION:Sevenoaks]], [[LOCATION:Kent]] [[ZIP_CODE:TN13 1SX]] ("the Employee").
1. The Employee's employment begins on [[DATE_TIME:3 February 2025]] in the role of Senior Data Engineer.
2. A salary of £78,500 per annum will be paid into the account notified by the Employee (sort code 40-11-62, account [[ID_NUMBER:71834409]]).
National Insurance No.: [[ID_NUMBER:SK 27 91 04 B]]""",
    """NOTICE OF HEARING
Case No. 2025-FC-004417
In re the Marriage of [[PERSON:Danielle M. Ruiz]], Petitioner, and [[PERSON:Anthony J. Ruiz]], Respondent.
You are notified that a hearing on temporary custody of the minor child, [[PERSON:S.R.]] (age [[AGE:7]]), is set for [[DATE_TIME:Tuesday, October 21, 2025, at 9:00 a.m.]] in Courtroom 3B, Pima County Superior Court.
Served on Respondent at [[ADDRESS:5521 E. Grant Rd., Unit 210]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85712]] on [[DATE_TIME:September 30, 2025]].""",
    """PRIOR AUTHORIZATION REQUEST
Member Name: [[PERSON:Harold Jennings]]   Member ID: [[ID_NUMBER:XGH448201937]]   Group #: 009921
DOB: [[DATE_TIME:3/14/1952]]   Phone: [[PHONE_NUMBER:(505) 266-7810]]
Prescriber: [[PERSON:Angela Whitehorse]], NP / NPI [[ID_NUMBER:1538274402]]
Drug requested: apixaban 5 mg BID. Diagnosis: atrial fibrillation (I48.91).
Member resides at [[ADDRESS:802 Tramway Blvd NE]], [[LOCATION:Albuquerque]], [[LOCATION:NM]] [[ZIP_CODE:87123]].""",
    """RESIDENTIAL TENANCY AGREEMENT (NSW)
Landlord: [[PERSON:Georgios Katsaros]], c/- Harbourside Realty, phone (02) 9555 1200
Tenant(s): [[PERSON:Mai Nguyen]] and [[PERSON:Liam Cartwright]]
Premises: [[ADDRESS:Unit 14, 21-23 Cowper Street]], [[LOCATION:Glebe]] [[LOCATION:NSW]] [[ZIP_CODE:2037]]
Term: 12 months commencing [[DATE_TIME:1 March 2025]]
Rent: $720 per week, payable to the Landlord's account BSB 062-000 Account [[ID_NUMBER:1044 8921]]
Bond lodged with NSW Fair Trading: $2,880 (Bond No. B 4410 2297).""",
    """WORKPLACE INCIDENT REPORT
Employee: [[PERSON:Ashok Reddy]]   Employee ID: [[ID_NUMBER:WH-22914]]   Shift supervisor: [[PERSON:Dana Kowalski]]
Date/time of incident: [[DATE_TIME:07/08/2025 14:25]]
Location: Loading Bay 3, Distribution Centre
Injury: laceration to left forearm from a banding strap. First aid given by [[PERSON:Megan Lloyd]]. Employee taken to University Hospital Coventry; next of kin ([[PERSON:Lakshmi Reddy]], [[PHONE_NUMBER:07700 183 442]]) informed.""",
    """Dear [[PERSON:Mr. Gurpreet Singh Dhillon]],
Re: RRSP account [[ID_NUMBER:552-0918-44]]
We have received your contribution of $6,000 dated [[DATE_TIME:February 26, 2025]]. Your contribution receipt has been issued under SIN [[ID_NUMBER:413 218 124]] and mailed to [[ADDRESS:7719 128 Street]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 4E6]].
Sincerely,
Client Services""",
    """LEARNER ADMISSION FORM - Grade 8, 2026
Learner: [[PERSON:Lwazi Mthembu]]   Date of birth: [[DATE_TIME:2012-05-19]]   Home language: isiZulu
Parent/guardian: [[PERSON:Mr Sibusiso Mthembu]]   ID number: [[ID_NUMBER:7502035731080]]
Residential address: [[ADDRESS:31 Umgeni Road]], [[LOCATION:Morningside]], [[LOCATION:Durban]], [[ZIP_CODE:4001]]
Cell: [[PHONE_NUMBER:083 412 7760]]   Email: [[EMAIL_ADDRESS:sibusiso.mthembu@gmail.com]]""",
    """REFERRAL LETTER
To: [[PERSON:Dr. Meenakshi Sundaram]], Consultant Cardiologist
Re: [[PERSON:Mr. K. Balasubramanian]], [[AGE:63]] yrs, M, UHID [[ID_NUMBER:CMC-2219-4471]]
Kindly evaluate this patient, seen in OPD on [[DATE_TIME:12/06/2025]] with exertional chest pain; ECG showed ST depression in V4-V6. Patient's contact: [[PHONE_NUMBER:94440 27713]], [[ADDRESS:Plot 14, 2nd Main Road]], [[LOCATION:Anna Nagar]], [[LOCATION:Chennai]] [[ZIP_CODE:600040]].""",
    """ENDURING POWER OF ATTORNEY
I, [[PERSON:Bridget Mary Kavanagh]], of [[ADDRESS:Ard na Gréine, Ballymore Road]], [[LOCATION:Mullingar]], [[LOCATION:Co. Westmeath]], [[ZIP_CODE:N91 X2F7]], PPS No. [[ID_NUMBER:6444681I]], appoint my son [[PERSON:Cormac Kavanagh]] of [[LOCATION:Athlone]] to be my attorney.
Signed this [[DATE_TIME:4th day of March 2025]] in the presence of [[PERSON:Fionnuala Walsh]], Solicitor.""",
    """NOTICE OF DEFAULT
Borrower: [[PERSON:Kevin O. Mensah]]
Loan Account: [[ID_NUMBER:AL-0093-118824]]
Collateral: 2019 Toyota RAV4, VIN 2T3W1RFV8KW019285, plate [[ID_NUMBER:CKJ-4417]]
You have missed two consecutive monthly payments. If the past-due amount of $1,284.60 is not received within 20 days, we may repossess the vehicle. Questions: call 1-888-620-4400.
Mailed to: [[ADDRESS:419 Bramblewood Dr]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43228]]""",
    """CONTRATO DE ARRENDAMIENTO DE VIVIENDA
En [[LOCATION:Valencia]], a [[DATE_TIME:1 de octubre de 2024]].
REUNIDOS: De una parte, [[TITLE:D.]] [[PERSON:Vicente Llorens Peiró]], mayor de edad, con DNI [[ID_NUMBER:32700280F]], en calidad de arrendador; y de otra, [[TITLE:Dña.]] [[PERSON:Ana Belén Ruiz Salas]], con DNI [[ID_NUMBER:04390747R]], en calidad de arrendataria.
EXPONEN: Que el arrendador es propietario de la vivienda sita en [[ADDRESS:Avenida del Puerto 118, puerta 14]], [[ZIP_CODE:46022]] [[LOCATION:Valencia]]. La renta mensual de 850 € se abonará en la cuenta [[IBAN_CODE:ES71 3058 7976 8568 3490 8106]].""",
    """INFORME D'ALTA
Pacient: [[PERSON:Josep Maria Vidal Camps]]   CIP: [[ID_NUMBER:VICA 0490 3118 01]]   Data de naixement: [[DATE_TIME:11/03/1949]]
Data d'ingrés: [[DATE_TIME:02/06/2025]]   Data d'alta: [[DATE_TIME:09/06/2025]]
Metgessa responsable: [[TITLE:Dra.]] [[PERSON:Elisenda Roig]]
Pacient de [[AGE:76]] anys que ingressa per insuficiència cardíaca descompensada. Es recomana control a l'ABS de [[LOCATION:Vic]] d'aquí a 15 dies. Telèfon de contacte: [[PHONE_NUMBER:938 85 41 07]].""",
    """MOTOR CLAIM NOTIFICATION
Insured: [[PERSON:Mr Jonathan Ashworth]]   Policy: MTR/5521/0098
Vehicle: Ford Focus, reg [[ID_NUMBER:YK21 HBZ]]
Third party: [[PERSON:Ms Agnieszka Kowalska]], [[ADDRESS:3 Mill Lane]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG1 4PQ]], tel. [[PHONE_NUMBER:07864 552 019]], reg [[ID_NUMBER:LS68 TNV]]
Accident: [[DATE_TIME:12/12/2024 approx 08:10]] at the roundabout where Skipton Road meets Knaresborough Road, in wet conditions. No injuries reported.""",
    """INFORMED CONSENT - Sleep & Memory Study (Protocol SM-2025-07)
Participant: [[PERSON:Tegan Roberts]]   Participant ID: [[ID_NUMBER:SMS-0142]]   Age: [[AGE:27]]
I confirm that I have read the information sheet dated 14 April 2025 and have been able to ask questions of the researcher, [[PERSON:Dr Aled Morgan]].
Signature: ______   Date: [[DATE_TIME:22/05/2025]]
Emergency contact: [[PERSON:Rhys Roberts]] (brother), [[PHONE_NUMBER:07931 440 652]]""",
    """Dear [[PERSON:Ms. Rosa Delgado]],
Your application for SNAP benefits received on [[DATE_TIME:March 3, 2025]] has been approved (case number 1044-882-19). Your EBT card will be mailed to [[ADDRESS:2120 S. Pulaski Rd., Apt. 3]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60623]]. Household members listed: [[PERSON:Rosa Delgado]] ([[AGE:39]]), [[PERSON:Mateo Delgado]] ([[AGE:12]]), [[PERSON:Camila Delgado]] ([[AGE:8]]).
If you have questions, call your caseworker, [[PERSON:Mr. Terrell Gaines]], at (312) 793-4400.""",
    """Dear [[PERSON:Ms Tan Hui Min]] (NRIC [[ID_NUMBER:T9125590H]]),
We refer to our meeting on [[DATE_TIME:14 July 2025]]. This letter confirms that your employment as Assistant Finance Manager will end on [[DATE_TIME:13 August 2025]], after one month's notice. Your final salary and leave encashment will be credited to your OCBC account [[ID_NUMBER:601-448271-001]]. Please return your access card to [[PERSON:Mr Rajesh Kumar]], HR, by your last day.""",
    """LOAN APPLICATION - SME Growth Fund
Applicant: [[PERSON:Mrs. Funmilayo Adeyemi-Johnson]]
BVN: [[ID_NUMBER:22184409713]]   NIN: [[ID_NUMBER:71548832096]]
Residential address: [[ADDRESS:7 Ogunlana Drive]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]
Phone: [[PHONE_NUMBER:0803 551 2048]]   Date of birth: [[DATE_TIME:12-Apr-1979]]
Amount requested: ₦5,000,000 over 24 months. Purpose: restocking a fabric stall.""",
    """{"customer": {"id": "[[ID_NUMBER:CUST-000418772]]", "name": {"first": "[[PERSON:Adaora]]", "last": "[[PERSON:Nwankwo]]"}, "email": "[[EMAIL_ADDRESS:adaora.nwankwo@gmail.com]]", "phone": "[[PHONE_NUMBER:+44 7481 220 913]]", "dob": "[[DATE_TIME:1992-10-05]]", "address": {"line1": "[[ADDRESS:17 Beech Grove]]", "city": "[[LOCATION:Reading]]", "postcode": "[[ZIP_CODE:RG2 7LX]]", "country": "[[LOCATION:United Kingdom]]"}, "loyalty_tier": "silver", "marketing_opt_in": false}}""",
    """2025-03-14T09:22:17.481Z INFO  auth-service  login success user=[[USERNAME:r.okafor]] email=[[EMAIL_ADDRESS:rita.okafor@northwind-health.org]] src_ip=[[IP_ADDRESS:82.132.219.40]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)" session=8f2c91d0
2025-03-14T09:22:19.002Z WARN  auth-service  mfa sms sent to [[PHONE_NUMBER:+447700139552]] for user=[[USERNAME:r.okafor]]
2025-03-14T09:23:45.930Z ERROR billing  card declined name="[[PERSON:Rita Okafor]]" customer_id=[[ID_NUMBER:884120]] last4=1881 retry=false""",
    """INSERT INTO members (member_id, full_name, email, phone, birth_date, join_date, home_club) VALUES
('[[ID_NUMBER:M-20931]]', '[[PERSON:Hollis Greene]]', '[[EMAIL_ADDRESS:hollis.greene@icloud.com]]', '[[PHONE_NUMBER:404-881-2275]]', '[[DATE_TIME:1988-01-23]]', '[[DATE_TIME:2024-06-02]]', 'Midtown'),
('[[ID_NUMBER:M-20932]]', '[[PERSON:Precious Mabena]]', '[[EMAIL_ADDRESS:pmabena@outlook.com]]', '[[PHONE_NUMBER:678-302-9140]]', '[[DATE_TIME:1995-07-11]]', '[[DATE_TIME:2024-06-09]]', 'Buckhead');""",
    """<Patient>
  <MRN>[[ID_NUMBER:00728841]]</MRN>
  <Name><Given>[[PERSON:Beatriz]]</Given><Family>[[PERSON:Monteiro]]</Family></Name>
  <BirthDate>[[DATE_TIME:1976-12-03]]</BirthDate>
  <Gender>F</Gender>
  <Address><Street>[[ADDRESS:Rua Augusta 271, 3.º Esq.]]</Street><City>[[LOCATION:Lisboa]]</City><PostalCode>[[ZIP_CODE:1100-048]]</PostalCode></Address>
  <Telecom system="phone">[[PHONE_NUMBER:+351 912 448 107]]</Telecom>
  <Billing><IBAN>[[IBAN_CODE:PT50003530807356432348266]]</IBAN></Billing>
</Patient>""",
    """# deploy/prod/values.yaml
smtp:
  host: smtp.mailgun.org
  user: postmaster@mg.brightlane.io
  password: "k8s-Sm7p!2025"
alerts:
  oncall_primary: [[PERSON:Dmitri Volkov]]
  oncall_phone: "[[PHONE_NUMBER:+1 415 730 2281]]"
  oncall_email: [[EMAIL_ADDRESS:dmitri.volkov@brightlane.io]]
  escalation: ops-escalations@brightlane.io
db:
  admin_user: [[USERNAME:dvolkov_admin]]
  allowed_ips: ["[[IP_ADDRESS:73.162.40.218]]", "10.0.0.0/8"]""",
    """# test fixture - do not commit real data!
def make_user():
    return User(
        first_name="[[PERSON:Yasmin]]",
        last_name="[[PERSON:Haddad]]",
        email="[[EMAIL_ADDRESS:yasmin.haddad@gmail.com]]",
        ssn="[[US_SSN:531-62-0984]]",
        card_number="[[CREDIT_CARD:4337 7698 3741 0816]]",
        card_cvv="214",
        address="[[ADDRESS:902 Larkin St, Apt 5]]",
        city="[[LOCATION:San Francisco]]",
        zip="[[ZIP_CODE:94109]]",
    )""",
    """Ticket #CS-448120 | Priority: High | Channel: Web form
Requester: [[PERSON:Arnav Kapoor]] <[[EMAIL_ADDRESS:arnav.kapoor@zohomail.in]]>
Phone: [[PHONE_NUMBER:+91-80-4112-7730]]
Subject: Charged twice for annual membership
Body: Hi, I upgraded to the annual plan on [[DATE_TIME:2 Jan]] and my card [[CREDIT_CARD:4429 3406 1412 2179]] was charged Rs 4,999 twice. Member no. [[ID_NUMBER:PRM-7731902]]. Please refund one of them.
Assigned to: [[PERSON:Neha S.]] (Billing L2)""",
    r"""MSH|^~\&|LAB|MERCYGEN|EHR|MERCYGEN|202504110815||ORU^R01|MSG00417|P|2.5
PID|1||[[ID_NUMBER:448812033]]^^^MERCY^MR||[[PERSON:Kowalski]]^[[PERSON:Teresa]]^[[PERSON:M]]||[[DATE_TIME:19630418]]|F|||[[ADDRESS:55 Orchard Hill Rd]]^^[[LOCATION:Scranton]]^[[LOCATION:PA]]^[[ZIP_CODE:18505]]||[[PHONE_NUMBER:(570)555-2231]]
OBX|1|NM|2345-7^Glucose^LN||112|mg/dL|70-99|H|||F""",
    """{"pedido": "PED-2025-118834", "cliente": {"nombre": "[[PERSON:Álvaro Sánchez Prieto]]", "dni": "[[ID_NUMBER:10070606X]]", "email": "[[EMAIL_ADDRESS:alvaro.sanchez.prieto@gmail.com]]", "telefono": "[[PHONE_NUMBER:+34 655 210 877]]"}, "envio": {"direccion": "[[ADDRESS:Calle Sierpes 48, 1.º A]]", "cp": "[[ZIP_CODE:41004]]", "ciudad": "[[LOCATION:Sevilla]]"}, "pago": {"metodo": "tarjeta", "ultimos4": "6022", "titular": "[[PERSON:Álvaro Sánchez]]"}, "puntos_club": 340}""",
    """Sol·licitud #SAC-20931 - Canal: formulari web
Nom: [[PERSON:Laia Bosch Ferrer]]
NIF: [[ID_NUMBER:50702924E]]
Adreça: [[ADDRESS:Carrer Major 12, baixos]], [[ZIP_CODE:25002]] [[LOCATION:Lleida]]
Telèfon: [[PHONE_NUMBER:973 22 41 90]]
Correu: [[EMAIL_ADDRESS:laia.bosch@gmail.com]]
Motiu: Em van cobrar dues vegades la quota del club de natació el [[DATE_TIME:5 de maig]]. Número de sòcia: [[ID_NUMBER:CN-0871]].""",
    """[[IP_ADDRESS:203.0.113.45]] - [[USERNAME:jmcallister]] [14/Mar/2025:10:02:11 +0000] "GET /account/profile?email=[[EMAIL_ADDRESS:jamie.mcallister%40gmail.com]] HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0" rt=0.042
[[IP_ADDRESS:203.0.113.45]] - [[USERNAME:jmcallister]] [14/Mar/2025:10:02:15 +0000] "POST /account/address HTTP/1.1" 302 0 "https://shop.example.com/account/profile" "Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0" rt=0.117""",
    """SELECT o.order_id, o.total, c.email
FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE c.last_name = '[[PERSON:Oyelaran]]'
  AND c.postcode = '[[ZIP_CODE:SE15 4QN]]'
  AND c.phone IN ('[[PHONE_NUMBER:07398 114 260]]', '[[PHONE_NUMBER:020 7639 4418]]')
  AND o.created_at >= '2025-01-01';
-- requested by [[PERSON:Tunde]] for the refund investigation, ticket INC-22071""",
    """# .env.staging
APP_ENV=staging
ADMIN_NAME="[[PERSON:Marguerite Lefebvre]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:m.lefebvre@orionpay.fr]]
ADMIN_PHONE=[[PHONE_NUMBER:+33 6 42 18 90 77]]
STRIPE_TEST_CARD=4242424242424242
ADMIN_EXPENSES_IBAN=[[IBAN_CODE:FR7630004679751577331281791]]
SUPPORT_EMAIL=support@orionpay.fr""",
    """INC0098812 - New laptop request
Opened by: [[PERSON:Samantha Quist]] ([[EMAIL_ADDRESS:samantha.quist@harbor-logistics.com]]) on behalf of new hire [[PERSON:Obinna Eze]]
Start date: [[DATE_TIME:Mon 17 Nov 2025]]
Manager: [[PERSON:Greg Alderton]]
Ship to: [[ADDRESS:6 Whitlow Court]], [[LOCATION:Ipswich]] [[ZIP_CODE:IP4 2LN]] (home address, remote worker)
Notes: employee ID [[ID_NUMBER:HL-10477]] already created; AD username [[USERNAME:oeze]]. Mobile for the courier: [[PHONE_NUMBER:07447 205 318]].""",
    """KYC VERIFICATION - Individual
Full name: [[PERSON:Dimitrios Alexiou]]
Nationality: [[NRP:Greek]]
Date of birth: [[DATE_TIME:05/09/1984]]
Passport: [[ID_NUMBER:AN4417206]]
Tax ID (AFM): [[ID_NUMBER:128804410]]
Residential address: [[ADDRESS:Ermou 56]], [[ZIP_CODE:105 63]] [[LOCATION:Athens]]
Source of funds: salary, paid into [[IBAN_CODE:GR93 0172 0230 0087 0632 2203 614]]""",
    """HTTP/1.1 200 OK
Content-Type: application/json

{"username": "[[USERNAME:kwabena.mensah]]", "display_name": "[[PERSON:Kwabena M.]]", "profile_url": "[[URL:https://forum.gearheads.net/u/kwabena.mensah]]", "last_login": "[[DATE_TIME:2025-06-01T21:14:09Z]]", "last_ip": "[[IP_ADDRESS:154.160.3.218]]", "roles": ["member"], "avatar": "https://cdn.gearheads.net/a/448120.png"}""",
    """Lead: [[PERSON:Harriet Okoye-Blackwood]] | Title: Procurement Director | Company: Fenwick & Hale | Mobile: [[PHONE_NUMBER:+44 7723 661 094]] | Email: [[EMAIL_ADDRESS:harriet.okoye-blackwood@fenwickhale.co.uk]] | LinkedIn: [[URL:linkedin.com/in/harrietokoyeblackwood]] | Met at: Retail Expo, Birmingham | Next call: [[DATE_TIME:Thu 9 Oct 2025, 15:30]] | Owner: [[PERSON:J. Pereira]]""",
    """CUSTOMERS = [
    {"id": "[[ID_NUMBER:C-3391]]", "name": "[[PERSON:Bronwyn McKenzie]]", "tfn": "[[ID_NUMBER:746 123 474]]", "medicare": "[[ID_NUMBER:6301 88459 2]]", "mobile": "[[PHONE_NUMBER:0438 201 776]]", "suburb": "[[LOCATION:Fremantle]]", "state": "[[LOCATION:WA]]", "postcode": "[[ZIP_CODE:6160]]"},
    {"id": "[[ID_NUMBER:C-3392]]", "name": "[[PERSON:Tran Van Duc]]", "tfn": "[[ID_NUMBER:397 493 204]]", "medicare": None, "mobile": "[[PHONE_NUMBER:0421 550 918]]", "suburb": "[[LOCATION:Cabramatta]]", "state": "[[LOCATION:NSW]]", "postcode": "[[ZIP_CODE:2166]]"},
]""",
    """From: "[[PERSON:Ewa Lindqvist]]" <[[EMAIL_ADDRESS:ewa.lindqvist@telia.se]]>
To: returns@nordicoutdoor.se
Date: [[DATE_TIME:Tue, 4 Mar 2025 18:42:10 +0100]]
Subject: Return of order 5521-9902
X-Originating-IP: [[[IP_ADDRESS:213.64.118.27]]]

Hej! I'd like to return the jacket. My member number in the loyalty club is [[ID_NUMBER:NO-44182093]] and I live at [[ADDRESS:Storgatan 14 B]], [[ZIP_CODE:114 51]] [[LOCATION:Stockholm]].
/[[PERSON:Ewa]]""",
    """log.info("Refund issued to {} ({}) for order {}", "[[PERSON:Martina Kovačević]]", "[[EMAIL_ADDRESS:martina.kovacevic@gmail.com]]", "HR-2025-00912");
log.debug("Payout IBAN={} BIC={}", "[[IBAN_CODE:HR7423600009118011260]]", "ZABAHR2X");""",
    """Port-out request
Account holder: [[PERSON:Marisa Van Dyke]]
Account #: [[ID_NUMBER:8871 2204 5519]]
Number(s) to port: [[PHONE_NUMBER:(503) 781-4420]], [[PHONE_NUMBER:(503) 781-4421]]
Service address: [[ADDRESS:1430 SE Hawthorne Blvd #207]], [[LOCATION:Portland]], [[LOCATION:OR]] [[ZIP_CODE:97214]]
Last 4 of SSN: 0917   Transfer PIN: 552019
Authorized user: [[PERSON:Evan Van Dyke]]
Requested port date: [[DATE_TIME:07/15/2025]]""",
    """## Driver onboarding - Nairobi
- **Name:** [[PERSON:Brian Otieno Ouma]]
- **National ID:** [[ID_NUMBER:31442087]]
- **KRA PIN:** [[ID_NUMBER:A012744195P]]
- **Phone (M-Pesa):** [[PHONE_NUMBER:+254 712 508 336]]
- **DOB:** [[DATE_TIME:14 Aug 1994]] (age [[AGE:31]])
- **Vehicle:** Toyota Probox, [[ID_NUMBER:KDA 417X]]
- **Next of kin:** [[PERSON:Grace Achieng]], [[PHONE_NUMBER:0733 902 114]]""",
    """{
  "event": "order.created",
  "order_number": "#10488",
  "created_at": "[[DATE_TIME:2025-05-19T14:02:33-04:00]]",
  "customer": {"id": [[ID_NUMBER:7712041]], "first_name": "[[PERSON:Tamika]]", "last_name": "[[PERSON:Holloway-Baptiste]]", "email": "[[EMAIL_ADDRESS:tamikahb@gmail.com]]", "accepts_marketing": true},
  "shipping_address": {"address1": "[[ADDRESS:88 Rockaway Pkwy]]", "address2": "[[ADDRESS:Apt 3F]]", "city": "[[LOCATION:Brooklyn]]", "province_code": "[[LOCATION:NY]]", "zip": "[[ZIP_CODE:11212]]", "phone": "[[PHONE_NUMBER:+1 718-555-0174]]"},
  "browser_ip": "[[IP_ADDRESS:24.193.77.150]]",
  "payment_details": {"credit_card_bin": "601191", "credit_card_company": "Discover", "credit_card_number": "•••• •••• •••• 0569"}
}""",
    """UPDATE memberships
SET status = 'frozen',
    freeze_start = '[[DATE_TIME:2025-08-01]]',
    freeze_end = '[[DATE_TIME:2025-09-30]]',
    notes = 'Member [[PERSON:Oksana Hrytsenko]] on maternity leave; confirmed by phone [[PHONE_NUMBER:07562 330 184]]'
WHERE member_no = '[[ID_NUMBER:GYM-0077214]]';""",
    """[user]
    name = [[PERSON:Tobias Brandt]]
    email = [[EMAIL_ADDRESS:tobias.brandt@posteo.de]]
[remote "home"]
    url = ssh://[[USERNAME:tbrandt]]@[[IP_ADDRESS:91.64.212.38]]:2222/srv/git/dotfiles.git
    fetch = +refs/heads/*:refs/remotes/home/*
[credential]
    helper = store""",
    """<Invoice number="INV-2025-04471" date="2025-04-02">
  <Seller>Kilbride Outdoor Ltd, VAT IE6388047V</Seller>
  <Buyer>
    <Name>[[PERSON:Saoirse Ní Bhriain]]</Name>
    <Address>[[ADDRESS:12 Seapoint Avenue]], [[LOCATION:Salthill]], [[LOCATION:Galway]] [[ZIP_CODE:H91 T2P4]]</Address>
    <Email>[[EMAIL_ADDRESS:saoirse.nibhriain@eircom.net]]</Email>
    <LoyaltyNo>[[ID_NUMBER:KO-228190]]</LoyaltyNo>
  </Buyer>
  <Line sku="TNT-2P-GRN" qty="1" price="189.00"/>
</Invoice>""",
    """[2025-02-11 08:14:55] payment.ERROR: Charge failed {"customer":"[[PERSON:Obafemi Ladipo]]","card":"[[CREDIT_CARD:6011203952545816]]","exp":"03/27","cvv":"***","avs_zip":"[[ZIP_CODE:77084]]","ip":"[[IP_ADDRESS:99.41.208.116]]","reason":"do_not_honor"}
[2025-02-11 08:15:02] payment.INFO: Retry scheduled for customer_id=[[ID_NUMBER:55120488]] in 24h""",
    """{"student": {"name": "[[PERSON:Aarav Menon]]", "grade": 4, "student_no": "[[ID_NUMBER:S-2291047]]", "dob": "[[DATE_TIME:2016-02-29]]"}, "guardians": [{"name": "[[PERSON:Divya Menon]]", "relation": "mother", "mobile": "[[PHONE_NUMBER:+1 (425) 830-1146]]", "email": "[[EMAIL_ADDRESS:divya.menon@live.com]]"}, {"name": "[[PERSON:Sunil Menon]]", "relation": "father", "mobile": "[[PHONE_NUMBER:+1 (425) 830-1190]]"}], "allergies": ["peanuts"]}""",
    """// seed.js
await db.collection('users').insertOne({
  username: '[[USERNAME:bella_ciao92]]',
  passwordHash: '$2b$10$Vq1oYq8ZrT7m0cS4aJ2uUe8u3n5k2xq5Gm3u1z0Q9rQ3Yx9r1pW2e',
  fullName: '[[PERSON:Isabella Romano]]',
  phone: '[[PHONE_NUMBER:+39 347 882 1045]]',
  iban: '[[IBAN_CODE:IT12 R030 6915 9662 3979 1952 895]]',
  createdAt: new Date('[[DATE_TIME:2025-01-09]]'),
});""",
    """Case 77-4410 · Travel insurance claim · status: pending docs
Claimant: [[PERSON:Hyun-woo Park]] (policy TRV-22-091882)
DOB [[DATE_TIME:1990.03.27]] · [[NRP:Korean]] passport [[ID_NUMBER:M48120937]]
Incident: bag stolen at Barcelona Sants station on [[DATE_TIME:18 Apr 2025 ~16:00]]; police report ref. 08019-2025-0044182
Payout to: [[IBAN_CODE:DE42639729406808848794]] (account holder [[PERSON:Park Hyun-woo]])
Contact: [[EMAIL_ADDRESS:hwpark90@naver.com]]""",
    """MEMBERSHIP AGREEMENT - IronWorks Fitness
Member: [[PERSON:Dwayne Richards]]    Member #: [[ID_NUMBER:IW-40088]]
DOB: [[DATE_TIME:10/02/1999]]    Age: [[AGE:26]]
Address: [[ADDRESS:2614 Magnolia Ave]], [[LOCATION:Fort Worth]], [[LOCATION:TX]] [[ZIP_CODE:76110]]
Emergency contact: [[PERSON:Keisha Richards]] ([[PHONE_NUMBER:817-555-0199]])
Plan: Black Card, $24.99/mo, billed to [[CREDIT_CARD:5472 8722 1866 0793]]
Signed electronically by [[PERSON:Dwayne Richards]] on [[DATE_TIME:06/14/2025 at 5:47 PM]] from IP [[IP_ADDRESS:108.200.17.62]]""",
]

TABLE = [
    """member_id,first_name,last_name,plan,start_date,mobile,club
[[ID_NUMBER:GM-10231]],[[PERSON:Aisling]],[[PERSON:Murphy]],Off-peak,[[DATE_TIME:2024-01-15]],[[PHONE_NUMBER:087 221 4490]],RNL
[[ID_NUMBER:GM-10232]],[[PERSON:Tomás]],[[PERSON:Ó Súilleabháin]],Anytime,[[DATE_TIME:2024-01-15]],[[PHONE_NUMBER:086 330 1172]],RNL
[[ID_NUMBER:GM-10240]],[[PERSON:Precious]],[[PERSON:Adeyemi]],Student,[[DATE_TIME:2024-02-03]],[[PHONE_NUMBER:085 118 9023]],RTH
[[ID_NUMBER:GM-10251]],[[PERSON:Ciarán]],[[PERSON:Doyle]],Couples,[[DATE_TIME:2024-02-19]],[[PHONE_NUMBER:083 904 6611]],RTH""",
    """| Card No. | Customer | Tier | Points | Last visit | Email |
| --- | --- | --- | ---: | --- | --- |
| [[ID_NUMBER:6004 1120 3381]] | [[PERSON:Harpreet Kaur]] | Gold | 12,480 | [[DATE_TIME:03/02/2025]] | [[EMAIL_ADDRESS:harpreet.kaur@gmail.com]] |
| [[ID_NUMBER:6004 1120 7719]] | [[PERSON:Dean O'Malley]] | Silver | 3,105 | [[DATE_TIME:28/01/2025]] | [[EMAIL_ADDRESS:deanomalley@hotmail.co.uk]] |
| [[ID_NUMBER:6004 1121 0046]] | [[PERSON:Yetunde Balogun]] | Bronze | 640 | [[DATE_TIME:11/02/2025]] | [[EMAIL_ADDRESS:y.balogun@yahoo.com]] |""",
    "order_no\tcustomer\tship_to\ttown\tpostcode\tstatus\ttotal\n"
    "A-77120\t[[PERSON:Oliver Bennett]]\t[[ADDRESS:14 Larch Close]]\t[[LOCATION:Norwich]]\t[[ZIP_CODE:NR4 7TJ]]\tDispatched\t£54.20\n"
    "A-77121\t[[PERSON:Grace Mwangi]]\t[[ADDRESS:Flat 6, 230 Holloway Road]]\t[[LOCATION:London]]\t[[ZIP_CODE:N7 8DA]]\tProcessing\t£18.99\n"
    "A-77125\t[[PERSON:Rhiannon Price]]\t[[ADDRESS:2 Tŷ Gwyn Terrace]]\t[[LOCATION:Aberystwyth]]\t[[ZIP_CODE:SY23 1LN]]\tDelivered\t£102.45\n"
    "A-77130\t[[PERSON:Hamid Karimi]]\t[[ADDRESS:88 Wilmslow Road]]\t[[LOCATION:Manchester]]\t[[ZIP_CODE:M14 5TQ]]\tReturned\t£36.00",
    """EMP#    NAME                  SSN          HIRED       DEPT
004417  [[PERSON:Ramirez, Elena]]        [[US_SSN:532-18-4471]]  [[DATE_TIME:03/15/2019]]  Finance
004502  [[PERSON:Okoro, Chinonso]]       [[US_SSN:217-60-9384]]  [[DATE_TIME:11/02/2020]]  Logistics
004588  [[PERSON:Lindgren, Paul]]        [[US_SSN:409-33-1276]]  [[DATE_TIME:06/28/2021]]  IT
004603  [[PERSON:Nguyen, Thi Lan]]       [[US_SSN:611-05-7720]]  [[DATE_TIME:01/10/2022]]  Payroll""",
    """{"customer_id": "[[ID_NUMBER:AU-220194]]", "name": "[[PERSON:Chloe Nguyen]]", "email": "[[EMAIL_ADDRESS:chloe.nguyen@bigpond.com]]", "dob": "[[DATE_TIME:1993-08-14]]", "postcode": "[[ZIP_CODE:4000]]", "newsletter": true}
{"customer_id": "[[ID_NUMBER:AU-220195]]", "name": "[[PERSON:Mitchell Harris]]", "email": "[[EMAIL_ADDRESS:mitch.harris88@gmail.com]]", "dob": "[[DATE_TIME:1988-11-02]]", "postcode": "[[ZIP_CODE:5067]]", "newsletter": false}
{"customer_id": "[[ID_NUMBER:AU-220201]]", "name": "[[PERSON:Aroha Te Kani]]", "email": "[[EMAIL_ADDRESS:aroha.tekani@outlook.com]]", "dob": "[[DATE_TIME:2001-03-30]]", "postcode": "[[ZIP_CODE:2750]]", "newsletter": true}""",
    """retreat: Byron Bay Yoga Autumn Intake
participants:
  - name: [[PERSON:Saskia van der Berg]]
    age: [[AGE:34]]
    phone: "[[PHONE_NUMBER:+61 412 903 118]]"
    emergency_contact: [[PERSON:Pieter van der Berg]]
  - name: [[PERSON:Jun Takahashi]]
    age: [[AGE:41]]
    phone: "[[PHONE_NUMBER:+61 433 208 775]]"
    emergency_contact: [[PERSON:Emi Takahashi]]
  - name: [[PERSON:Rosie Calder]]
    age: [[AGE:29]]
    phone: "[[PHONE_NUMBER:+61 400 771 452]]"
    emergency_contact: [[PERSON:Alan Calder]]""",
    """Guest: [[PERSON:Mr Anders Nilsson]]
Room: 508
Arrival: [[DATE_TIME:14 Mar 2025]]
Departure: [[DATE_TIME:17 Mar 2025]]
Passport: [[ID_NUMBER:91827364]] (SE)
Card: [[CREDIT_CARD:5524 2867 1562 1018]]

Guest: [[PERSON:Ms Yuki Sato]]
Room: 511
Arrival: [[DATE_TIME:14 Mar 2025]]
Departure: [[DATE_TIME:15 Mar 2025]]
Passport: [[ID_NUMBER:TK4410927]] (JP)
Card: [[CREDIT_CARD:3566 3095 5774 1860]]

Guest: [[PERSON:Dr Kofi Boateng]]
Room: 604
Arrival: [[DATE_TIME:15 Mar 2025]]
Departure: [[DATE_TIME:18 Mar 2025]]
Passport: [[ID_NUMBER:G2281904]] (GH)
Card: [[CREDIT_CARD:3781 725798 16522]]""",
    """employee,ni_number,sort_code,account_no,tax_code,net_pay
"[[PERSON:Hughes, Bethan]]",[[ID_NUMBER:NP 41 27 88 A]],30-94-57,[[ID_NUMBER:41920378]],1257L,2143.18
"[[PERSON:Singh, Mandeep]]",[[ID_NUMBER:JG 10 55 73 C]],20-00-00,[[ID_NUMBER:73310045]],1257L,2670.02
"[[PERSON:Kowalczyk, Piotr]]",[[ID_NUMBER:PX 88 02 19 D]],40-47-84,[[ID_NUMBER:12004871]],BR,1804.55""",
    """| Patient | NHS No | DOB | Appointment | Clinician |
|---|---|---|---|---|
| [[PERSON:Margaret Doyle]] | [[ID_NUMBER:203 336 9080]] | [[DATE_TIME:12/07/1941]] | [[DATE_TIME:Mon 10 Mar 09:30]] | [[PERSON:Dr S. Iqbal]] |
| [[PERSON:Leon Fraser]] | [[ID_NUMBER:649 987 6976]] | [[DATE_TIME:03/03/1990]] | [[DATE_TIME:Mon 10 Mar 09:50]] | [[PERSON:Dr S. Iqbal]] |
| [[PERSON:Amina Yusuf]] | [[ID_NUMBER:691 725 0864]] | [[DATE_TIME:27/11/1985]] | [[DATE_TIME:Mon 10 Mar 10:10]] | [[PERSON:Nurse P. Evans]] |""",
    "student_id\tlast\tfirst\tdob\tgrade\tguardian\tguardian_phone\n"
    "[[ID_NUMBER:2291301]]\t[[PERSON:Alvarez]]\t[[PERSON:Sofia]]\t[[DATE_TIME:2015-04-09]]\t4\t[[PERSON:Marisol Alvarez]]\t[[PHONE_NUMBER:(956) 412-7780]]\n"
    "[[ID_NUMBER:2291302]]\t[[PERSON:Begay]]\t[[PERSON:Tyler]]\t[[DATE_TIME:2014-12-21]]\t4\t[[PERSON:Loretta Begay]]\t[[PHONE_NUMBER:(928) 871-3304]]\n"
    "[[ID_NUMBER:2291307]]\t[[PERSON:Chen]]\t[[PERSON:Ethan]]\t[[DATE_TIME:2015-07-30]]\t4\t[[PERSON:Wei Chen]]\t[[PHONE_NUMBER:(415) 667-2091]]\n"
    "[[ID_NUMBER:2291311]]\t[[PERSON:Diallo]]\t[[PERSON:Aminata]]\t[[DATE_TIME:2015-01-17]]\t4\t[[PERSON:Oumar Diallo]]\t[[PHONE_NUMBER:(718) 293-5506]]",
    """{"login": "[[USERNAME:amartin]]", "name": "[[PERSON:Alice Martin]]", "last_ip": "[[IP_ADDRESS:81.2.69.142]]", "mfa": "totp", "dept": "Legal", "last_seen": "[[DATE_TIME:2025-03-02T08:14:00Z]]"}
{"login": "[[USERNAME:rkhan]]", "name": "[[PERSON:Rizwan Khan]]", "last_ip": "[[IP_ADDRESS:2001:db8:4f21::a7]]", "mfa": "sms", "dept": "Sales", "last_seen": "[[DATE_TIME:2025-03-02T09:01:44Z]]"}
{"login": "[[USERNAME:j.obrien]]", "name": "[[PERSON:Jack O'Brien]]", "last_ip": "[[IP_ADDRESS:86.44.120.9]]", "mfa": "none", "dept": "Ops", "last_seen": "[[DATE_TIME:2025-02-27T17:45:12Z]]"}""",
    """BENEFICIARY        IBAN                         AMOUNT      REFERENCE
[[PERSON:Jeroen Peeters]]     [[IBAN_CODE:BE24275191215438]]             1,250.00    huur maart
[[PERSON:Nathalie Dubois]]    [[IBAN_CODE:FR7620041045650651583639082]]  830.00      loyer 03/2025
[[PERSON:Pedro Almeida]]      [[IBAN_CODE:PT50003352271975475016131]]    415.50      renda marco
[[PERSON:Klaus Ritter]]       [[IBAN_CODE:CH2100762371426540715]]        2,100.00    Miete März""",
    """members:
  - id: [[ID_NUMBER:PC-88120417]]
    name: [[PERSON:Émilie Gagnon]]
    email: [[EMAIL_ADDRESS:emilie.gagnon@videotron.ca]]
    postal_code: [[ZIP_CODE:H3B 2Y5]]
    points: 48210
    birthday: "[[DATE_TIME:06-12]]"
  - id: [[ID_NUMBER:PC-88120433]]
    name: [[PERSON:Harjit Sandhu]]
    email: [[EMAIL_ADDRESS:harjit.sandhu@shaw.ca]]
    postal_code: [[ZIP_CODE:T2E 6K9]]
    points: 1970
    birthday: "[[DATE_TIME:11-28]]"
  - id: [[ID_NUMBER:PC-88120460]]
    name: [[PERSON:Connor MacLeod]]
    email: [[EMAIL_ADDRESS:cmacleod@eastlink.ca]]
    postal_code: [[ZIP_CODE:B3H 1Z1]]
    points: 310
    birthday: "[[DATE_TIME:02-03]]\"""",
    """RMA: R-40012
Customer: [[PERSON:Bianca Ferreira]]
Email: [[EMAIL_ADDRESS:bianca.ferreira@gmail.com]]
Item: Running shoes, size 38
Reason: too small
Refund to: Visa ****4021

RMA: R-40013
Customer: [[PERSON:Kwame Owusu]]
Email: [[EMAIL_ADDRESS:kwame.owusu@outlook.com]]
Item: Rain jacket, L
Reason: faulty zip
Refund to: store credit

RMA: R-40019
Customer: [[PERSON:Ingrid Halvorsen]]
Email: [[EMAIL_ADDRESS:ingrid.h@online.no]]
Item: Merino base layer, M
Reason: changed mind
Refund to: Mastercard ****7730""",
    """txn_id,cardholder,card_number,amount,merchant,ip,flag
T-99120,[[PERSON:Leticia Moraes]],[[CREDIT_CARD:4199 3076 7705 6022]],312.00,ElectroMax,[[IP_ADDRESS:187.34.201.9]],velocity
T-99127,[[PERSON:Gavin Sutherland]],[[CREDIT_CARD:2221 1881 0073 6117]],49.99,Fashion Hub,[[IP_ADDRESS:2.120.77.41]],geo
T-99133,[[PERSON:Shreya Agarwal]],[[CREDIT_CARD:6585 8466 4510 6341]],1204.50,GoldLine Jewellers,[[IP_ADDRESS:49.36.118.207]],amount
T-99140,[[PERSON:Rory Kerrigan]],[[CREDIT_CARD:5018 4669 8830 8690]],18.75,CityCab,[[IP_ADDRESS:109.77.3.164]],none""",
    """| Member | Member # | Class | Date & time | Phone |
|--------|----------|-------|-------------|-------|
| [[PERSON:Jasmine Ortiz]] | [[ID_NUMBER:0071423]] | Spin 45 | [[DATE_TIME:Tue 3/11 6:00 AM]] | [[PHONE_NUMBER:(210) 555-8834]] |
| [[PERSON:DeShawn Miller]] | [[ID_NUMBER:0071988]] | HIIT | [[DATE_TIME:Tue 3/11 6:00 AM]] | [[PHONE_NUMBER:(210) 930-4417]] |
| [[PERSON:Rebecca Lowenstein]] | [[ID_NUMBER:0072004]] | Aqua Fit | [[DATE_TIME:Wed 3/12 9:30 AM]] | [[PHONE_NUMBER:(726) 218-0093]] |
| [[PERSON:Tran Minh]] | [[ID_NUMBER:0072110]] | Spin 45 | [[DATE_TIME:Thu 3/13 5:30 PM]] | [[PHONE_NUMBER:(210) 771-6620]] |""",
    "uhid\tpatient_name\tage\tsex\tmobile\taadhaar\tcity\n"
    "[[ID_NUMBER:AP-10442]]\t[[PERSON:Lakshmi Narayanan]]\t[[AGE:58]]\tF\t[[PHONE_NUMBER:98410 22731]]\t[[ID_NUMBER:5037 6907 2833]]\t[[LOCATION:Chennai]]\n"
    "[[ID_NUMBER:AP-10448]]\t[[PERSON:Mohd. Irfan Sheikh]]\t[[AGE:34]]\tM\t[[PHONE_NUMBER:99201 88413]]\t[[ID_NUMBER:8369 4379 4910]]\t[[LOCATION:Hyderabad]]\n"
    "[[ID_NUMBER:AP-10451]]\t[[PERSON:Pooja Gupta]]\t[[AGE:27]]\tF\t[[PHONE_NUMBER:87000 41922]]\t[[ID_NUMBER:9551 7112 5930]]\t[[LOCATION:Noida]]",
    """SEQ  NAME                  SEAT  DOB        PASSPORT   NATIONALITY
001  [[PERSON:OKAFOR]]/[[PERSON:CHINWE]] [[TITLE:MRS]]     14A   [[DATE_TIME:12MAR1979]]  [[ID_NUMBER:A09918273]]  [[NRP:Nigerian]]
002  [[PERSON:OKAFOR]]/[[PERSON:EMEKA]] [[TITLE:MR]]       14B   [[DATE_TIME:30JUN1976]]  [[ID_NUMBER:A08817264]]  [[NRP:Nigerian]]
003  [[PERSON:LINDQVIST]]/[[PERSON:ANNA]] [[TITLE:MS]]     22F   [[DATE_TIME:05NOV1990]]  [[ID_NUMBER:AA4417290]]  [[NRP:Swedish]]
004  [[PERSON:RAMOS]]/[[PERSON:JOAO]] [[TITLE:MR]]         23C   [[DATE_TIME:19JAN1968]]  [[ID_NUMBER:CQ918204]]   [[NRP:Portuguese]]""",
    """{"session": "s_81f2", "email": "[[EMAIL_ADDRESS:marta.kowal@wp.pl]]", "cart_value": 129.0, "items": 3, "ip": "[[IP_ADDRESS:89.64.12.201]]", "reminder_sent": true}
{"session": "s_81f9", "email": "[[EMAIL_ADDRESS:liamodonnell77@gmail.com]]", "cart_value": 44.5, "items": 1, "ip": "[[IP_ADDRESS:37.228.240.18]]", "reminder_sent": false}
{"session": "s_8204", "email": "[[EMAIL_ADDRESS:nadia.benali@laposte.net]]", "cart_value": 310.0, "items": 6, "ip": "[[IP_ADDRESS:90.112.45.77]]", "reminder_sent": true}""",
    """# Practice staff directory
- name: [[PERSON:Dr. Farah Naqvi]]
  role: GP partner
  ext: 2204
  mobile: "[[PHONE_NUMBER:07811 402 955]]"
  email: [[EMAIL_ADDRESS:farah.naqvi@nhs.net]]
- name: [[PERSON:Gareth Powell]]
  role: Practice manager
  ext: 2201
  mobile: "[[PHONE_NUMBER:07976 118 340]]"
  email: [[EMAIL_ADDRESS:gareth.powell2@nhs.net]]
- name: [[PERSON:Nurse Bola Ajayi]]
  role: Practice nurse
  ext: 2210
  email: [[EMAIL_ADDRESS:bola.ajayi@nhs.net]]""",
    """Donor ID: [[ID_NUMBER:D-00418]]
Name: [[PERSON:Margaret Sinclair]]
Gift Aid: yes
Address: [[ADDRESS:7 Rosebank Terrace]], [[LOCATION:Perth]] [[ZIP_CODE:PH2 0JD]]
Amount: £250.00
Date received: [[DATE_TIME:04/04/2025]]

Donor ID: [[ID_NUMBER:D-00421]]
Name: [[TITLE:Rev.]] [[PERSON:Andrew Mackie]]
Gift Aid: no
Address: [[ADDRESS:The Manse, Kirk Wynd]], [[LOCATION:Crieff]] [[ZIP_CODE:PH7 4BJ]]
Amount: £40.00
Date received: [[DATE_TIME:07/04/2025]]

Donor ID: [[ID_NUMBER:D-00430]]
Name: Anonymous (staff)
Gift Aid: no
Amount: £15.00""",
    """unit,tenant,move_in,rent,deposit_ref,phone,email
[[ADDRESS:Apt 1A]],[[PERSON:Raúl Jiménez]],[[DATE_TIME:2023-09-01]],1450,DEP-5512,[[PHONE_NUMBER:(305) 441-2290]],[[EMAIL_ADDRESS:raul.jimenez@gmail.com]]
[[ADDRESS:Apt 2C]],[[PERSON:Keanu Mahoe]],[[DATE_TIME:2024-02-15]],1395,DEP-5540,[[PHONE_NUMBER:(786) 302-1178]],[[EMAIL_ADDRESS:kmahoe@icloud.com]]
[[ADDRESS:Apt 3B]],[[PERSON:Yelena Sokolova]],[[DATE_TIME:2024-06-01]],1520,DEP-5561,[[PHONE_NUMBER:(305) 874-0925]],[[EMAIL_ADDRESS:yelena.sokolova@yandex.com]]""",
    """| Owner | Pet | Species | Phone | Next due |
|:--|:--|:--|:--|:--|
| [[PERSON:Hamish Grant]] | Bramble | Dog | [[PHONE_NUMBER:07700 419 228]] | [[DATE_TIME:12/06/2025]] |
| [[PERSON:Priti Chauhan]] | Mango | Cat | [[PHONE_NUMBER:07522 804 117]] | [[DATE_TIME:19/06/2025]] |
| [[PERSON:Mr Len Hargreaves]] | Duke | Dog | [[PHONE_NUMBER:01484 552 903]] | [[DATE_TIME:02/07/2025]] |""",
    "reg_no\tname\temail\tticket\tdietary\tt_shirt\n"
    "E25-0041\t[[PERSON:Ngozi Okeke]]\t[[EMAIL_ADDRESS:ngozi.okeke@andela.com]]\tEarly bird\tvegetarian\tM\n"
    "E25-0042\t[[PERSON:Matteo Rinaldi]]\t[[EMAIL_ADDRESS:matteo.rinaldi@outlook.it]]\tStandard\tnone\tL\n"
    "E25-0047\t[[PERSON:Sarah-Jane Pollard]]\t[[EMAIL_ADDRESS:sj.pollard@btinternet.com]]\tSpeaker\tgluten-free\tS\n"
    "E25-0051\t[[PERSON:Abebe Tesfaye]]\t[[EMAIL_ADDRESS:abebe.t@gmail.com]]\tStudent\thalal\tXL",
    """POLICY      HOLDER               DOB         POSTCODE  PREMIUM
MTR-551201  [[PERSON:Callum Reid]]          [[DATE_TIME:1985-02-11]]  [[ZIP_CODE:G12 8QQ]]   £612.40
MTR-551214  [[PERSON:Olga Petrenko]]        [[DATE_TIME:1979-09-30]]  [[ZIP_CODE:EH6 5LT]]   £498.10
MTR-551230  [[PERSON:Ewan McAllister]]      [[DATE_TIME:2002-06-04]]  [[ZIP_CODE:AB10 6RN]]  £1,284.75
MTR-551233  [[PERSON:Bushra Anwar]]         [[DATE_TIME:1991-12-19]]  [[ZIP_CODE:DD1 4HN]]   £533.90""",
    """{"socio": "[[PERSON:Nerea Castro Iglesias]]", "nif": "[[ID_NUMBER:02788024X]]", "iban": "[[IBAN_CODE:ES11 0049 7671 0075 5607 8426]]", "importe": 45.00, "concepto": "devolución cuota marzo"}
{"socio": "[[PERSON:Radu Popescu]]", "nif": "[[ID_NUMBER:Y6059571M]]", "iban": "[[IBAN_CODE:ES27 0081 4092 7265 9132 7392]]", "importe": 29.90, "concepto": "devolución matrícula"}
{"socio": "[[PERSON:Inmaculada Herrero]]", "nif": "[[ID_NUMBER:52774149M]]", "iban": "[[IBAN_CODE:ES12 0182 6380 9670 8567 1181]]", "importe": 45.00, "concepto": "devolución cuota marzo"}""",
    """pedido;cliente;dirección;cp;ciudad;teléfono;estado
W-20931;[[PERSON:Carmen Vidal Soto]];[[ADDRESS:Calle Princesa 31, 5.º D]];[[ZIP_CODE:28008]];[[LOCATION:Madrid]];[[PHONE_NUMBER:611 204 887]];Enviado
W-20934;[[PERSON:Hugo Martín]];[[ADDRESS:Avenida de la Constitución 12, bajo]];[[ZIP_CODE:41001]];[[LOCATION:Sevilla]];[[PHONE_NUMBER:722 418 903]];Entregado
W-20940;[[PERSON:Yolanda Pérez Ibáñez]];[[ADDRESS:Calle Larios 7, 3.º]];[[ZIP_CODE:29005]];[[LOCATION:Málaga]];[[PHONE_NUMBER:654 092 115]];Pendiente""",
    """| Socio | Nº socio | Edad | Clase | Fecha | Móvil |
|---|---|---|---|---|---|
| [[PERSON:Raquel Domínguez]] | [[ID_NUMBER:004127]] | [[AGE:38]] | Pilates | [[DATE_TIME:lunes 10/03, 19:00]] | [[PHONE_NUMBER:633 902 114]] |
| [[PERSON:Iker Goikoetxea]] | [[ID_NUMBER:004133]] | [[AGE:45]] | Ciclo indoor | [[DATE_TIME:lunes 10/03, 20:00]] | [[PHONE_NUMBER:688 310 542]] |
| [[PERSON:Fatou Ndiaye]] | [[ID_NUMBER:004190]] | [[AGE:31]] | Body pump | [[DATE_TIME:martes 11/03, 18:30]] | [[PHONE_NUMBER:641 227 809]] |""",
    """Titular: [[PERSON:Arnau Serra Puig]]
Targeta client: [[ID_NUMBER:7700 2041 3318]]
Data d'alta: [[DATE_TIME:14/09/2023]]
Punts: 2.340
Correu: [[EMAIL_ADDRESS:arnau.serra@gmail.com]]

Titular: [[PERSON:Mercè Camps Oliveras]]
Targeta client: [[ID_NUMBER:7700 2041 5590]]
Data d'alta: [[DATE_TIME:02/01/2024]]
Punts: 860
Correu: [[EMAIL_ADDRESS:merce.camps@hotmail.com]]

Titular: [[PERSON:Youssef El Amrani]]
Targeta client: [[ID_NUMBER:7700 2042 0017]]
Data d'alta: [[DATE_TIME:19/05/2024]]
Punts: 115
Correu: [[EMAIL_ADDRESS:youssef.elamrani@gmail.com]]""",
    "alumne\tdata_naixement\tcurs\ttutora\ttelèfon_família\n"
    "[[PERSON:Biel Pujol Rovira]]\t[[DATE_TIME:2016-03-22]]\t3r\t[[TITLE:Sra.]] [[PERSON:Gemma Martí]]\t[[PHONE_NUMBER:655 21 08 93]]\n"
    "[[PERSON:Aina Ferrer Costa]]\t[[DATE_TIME:2016-07-09]]\t3r\t[[TITLE:Sra.]] [[PERSON:Gemma Martí]]\t[[PHONE_NUMBER:972 20 41 66]]\n"
    "[[PERSON:Ilyas Benali]]\t[[DATE_TIME:2016-11-30]]\t3r\t[[TITLE:Sra.]] [[PERSON:Gemma Martí]]\t[[PHONE_NUMBER:690 44 17 02]]",
    """| Pacient | CIP | Edat | Data visita | Professional |
|---|---|---|---|---|
| [[PERSON:Rosa Mas Planas]] | [[ID_NUMBER:MAPL 0510 2204 17]] | [[AGE:74]] | [[DATE_TIME:dl. 17/03/2025 08:40]] | [[TITLE:Dr.]] [[PERSON:Jaume Prats]] |
| [[PERSON:Sergi Comas]] | [[ID_NUMBER:COCA 1830 0912 05]] | [[AGE:42]] | [[DATE_TIME:dl. 17/03/2025 09:00]] | [[TITLE:Dr.]] [[PERSON:Jaume Prats]] |
| [[PERSON:Hiba Ouahbi]] | [[ID_NUMBER:OUOU 0960 1127 02]] | [[AGE:29]] | [[DATE_TIME:dl. 17/03/2025 09:20]] | infermeria |""",
    """sub_id,name,address,city,state,zip,box,card_last4,renewal
SB-7712,[[PERSON:Kendra Jollof]],[[ADDRESS:1140 Maple Ridge Dr]],[[LOCATION:Cary]],[[LOCATION:NC]],[[ZIP_CODE:27519]],Snack Lover,8821,monthly
SB-7719,[[PERSON:Patrick Nwosu]],"[[ADDRESS:77 Bay St, Apt 12]]",[[LOCATION:Staten Island]],[[LOCATION:NY]],[[ZIP_CODE:10301]],Coffee,0093,quarterly
SB-7723,[[PERSON:Alyssa Friedman]],[[ADDRESS:5029 N Kenmore Ave]],[[LOCATION:Chicago]],[[LOCATION:IL]],[[ZIP_CODE:60640]],Beauty,4417,monthly""",
    """| Student No. | Name | Programme | Email | Mark |
|---|---|---|---|---|
| [[ID_NUMBER:20419873]] | [[PERSON:Eilidh Ross]] | MSc Data Science | [[EMAIL_ADDRESS:e.ross.2@student.gla.ac.uk]] | 68 |
| [[ID_NUMBER:20420115]] | [[PERSON:Oluwatobi Ajibola]] | MSc Data Science | [[EMAIL_ADDRESS:o.ajibola.1@student.gla.ac.uk]] | 74 |
| [[ID_NUMBER:20421760]] | [[PERSON:Wang Yichen]] | MSc Statistics | [[EMAIL_ADDRESS:y.wang.31@student.gla.ac.uk]] | 59 |
| [[ID_NUMBER:20422004]] | [[PERSON:Fraser McLean]] | MSc Statistics | [[EMAIL_ADDRESS:f.mclean.4@student.gla.ac.uk]] | 81 |""",
    "rider_id\tname\tid_no\tphone\tzone\tbike_plate\n"
    "R-0441\t[[PERSON:Kevin Mutua]]\t[[ID_NUMBER:29018874]]\t[[PHONE_NUMBER:0711 223 908]]\tKilimani\t[[ID_NUMBER:KMEA 441B]]\n"
    "R-0447\t[[PERSON:Faith Wambui]]\t[[ID_NUMBER:33417209]]\t[[PHONE_NUMBER:0798 554 120]]\tWestlands\t[[ID_NUMBER:KMFB 092K]]\n"
    "R-0452\t[[PERSON:Hassan Abdi]]\t[[ID_NUMBER:27740381]]\t[[PHONE_NUMBER:0722 860 417]]\tEastleigh\t[[ID_NUMBER:KMDZ 773Q]]",
    """EMP   SURNAME      INITIALS  ID NUMBER       BANK ACC      NET PAY
1021  [[PERSON:Naidoo]]       [[PERSON:K.R.]]      [[ID_NUMBER:8604226082080]]   [[ID_NUMBER:1048 227 319]]  R21 480.00
1034  [[PERSON:van Wyk]]      [[PERSON:J.]]        [[ID_NUMBER:7911155127088]]   [[ID_NUMBER:6221 904 117]]  R18 902.50
1052  [[PERSON:Mokoena]]      [[PERSON:T.P.]]      [[ID_NUMBER:9003020846080]]   [[ID_NUMBER:4077 318 256]]  R16 250.00""",
    """{"user": "[[USERNAME:runnergirl_mel]]", "age": [[AGE:36]], "city": "[[LOCATION:Leeds]]", "steps": 11204, "resting_hr": 58, "device": "Band 7"}
{"user": "[[USERNAME:big_dave_lifts]]", "age": [[AGE:44]], "city": "[[LOCATION:Bolton]]", "steps": 6120, "resting_hr": 67, "device": "Watch S2"}
{"user": "[[USERNAME:k.ayodele]]", "age": [[AGE:23]], "city": "[[LOCATION:Luton]]", "steps": 15880, "resting_hr": 52, "device": "Band 7"}
{"user": "[[USERNAME:nan_jean_walks]]", "age": [[AGE:71]], "city": "[[LOCATION:Whitby]]", "steps": 8302, "resting_hr": 63, "device": "Clip 2"}""",
    """employees:
  - name: [[PERSON:Goh Mei Xuan]]
    nric: [[ID_NUMBER:S7097529G]]
    dept: Finance
    mobile: "[[PHONE_NUMBER:+65 9733 0214]]"
    address: "[[ADDRESS:Blk 502 Jurong West Ave 1, #11-208]], [[LOCATION:Singapore]] [[ZIP_CODE:640502]]"
  - name: [[PERSON:Arun Pillai]]
    nric: [[ID_NUMBER:F3581719X]]
    dept: IT
    mobile: "[[PHONE_NUMBER:+65 8120 4477]]"
    address: "[[ADDRESS:9 Tanjong Rhu Road, #05-03]], [[LOCATION:Singapore]] [[ZIP_CODE:436896]]\"""",
    """Applicant: [[PERSON:Hemi Parata]]
Card type: Whānau (family)
Address: [[ADDRESS:23 Tawa Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]]
Mobile: [[PHONE_NUMBER:021 448 9107]]
Date of birth: [[DATE_TIME:17/02/1983]]

Applicant: [[PERSON:Sophie Lin]]
Card type: Single
Address: [[ADDRESS:Flat 4, 60 Cuba Street]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]]
Mobile: [[PHONE_NUMBER:022 310 5576]]
Date of birth: [[DATE_TIME:03/10/1998]]

Applicant: [[PERSON:Graham Tuck]]
Card type: SuperGold
Address: [[ADDRESS:PO Box 411]], [[LOCATION:Timaru]] [[ZIP_CODE:7940]]
Mobile: [[PHONE_NUMBER:027 905 1183]]
Date of birth: [[DATE_TIME:29/06/1955]]""",
    """respondent,age,gender,nationality,religion,town,employment
R001,[[AGE:34]],F,[[NRP:Polish]],[[NRP:Catholic]],[[LOCATION:Peterborough]],employed
R002,[[AGE:52]],M,[[NRP:British]],none,[[LOCATION:Boston]],self-employed
R003,[[AGE:27]],F,[[NRP:Bangladeshi]],[[NRP:Muslim]],[[LOCATION:Luton]],student
R004,[[AGE:61]],M,[[NRP:Irish]],[[NRP:Church of Ireland]],[[LOCATION:Corby]],retired
R005,[[AGE:40]],nonbinary,[[NRP:Lithuanian]],prefer not to say,[[LOCATION:Wisbech]],employed""",
    """| # | Player | DOB | Position | Parent contact |
|---|---|---|---|---|
| 1 | [[PERSON:Ruby Okafor]] | [[DATE_TIME:04/05/2013]] | GK | [[PHONE_NUMBER:07884 301 229]] |
| 4 | [[PERSON:Isla Whitcombe]] | [[DATE_TIME:22/09/2013]] | DEF | [[PHONE_NUMBER:07419 663 052]] |
| 7 | [[PERSON:Maya Sandhu]] | [[DATE_TIME:15/01/2014]] | MID | [[PHONE_NUMBER:07956 820 714]] |
| 9 | [[PERSON:Evie-Mae Hart]] | [[DATE_TIME:30/11/2013]] | FWD | [[PHONE_NUMBER:07300 448 196]] |""",
    "agreement\tdriver\tlicense\tstate\tvehicle\tplate\tout\n"
    "RA-55102\t[[PERSON:Jerome Baptiste]]\t[[US_DRIVER_LICENSE:B625-1180-4471]]\t[[LOCATION:FL]]\tNissan Altima\t[[ID_NUMBER:QXT 4410]]\t[[DATE_TIME:03/21 10:15]]\n"
    "RA-55107\t[[PERSON:Megan Stroud]]\t[[US_DRIVER_LICENSE:S5304478]]\t[[LOCATION:NY]]\tKia Soul\t[[ID_NUMBER:LRK 7719]]\t[[DATE_TIME:03/21 11:40]]\n"
    "RA-55110\t[[PERSON:Armando Villalobos]]\t[[US_DRIVER_LICENSE:44019821]]\t[[LOCATION:TX]]\tFord Escape\t[[ID_NUMBER:PDN 2208]]\t[[DATE_TIME:03/22 08:05]]",
    """TERMINAL 04  STORED CARDS (account-on-file)
ACCT      NAME ON CARD          CARD NUMBER             EXP
C-1187    [[PERSON:R. ABERNETHY]]           [[CREDIT_CARD:4761 1628 7492 3070]]     07/26
C-1190    [[PERSON:S. KHUMALO]]             [[CREDIT_CARD:2720 6881 1905 1131]]     12/27
C-1204    [[PERSON:M. DUBOIS-LEROY]]        [[CREDIT_CARD:3466 432104 85223]]       03/28
C-1211    [[PERSON:T. OYELARAN]]            [[CREDIT_CARD:38654044307627]]          10/25""",
    """{"ticket": "HD-30441", "requester": "[[PERSON:Gina Russo]]", "email": "[[EMAIL_ADDRESS:gina.russo@verizon.net]]", "phone": "[[PHONE_NUMBER:732-555-0148]]", "topic": "refund", "priority": "normal"}
{"ticket": "HD-30442", "requester": "[[PERSON:Omar Farouk]]", "email": "[[EMAIL_ADDRESS:omar.farouk@gmail.com]]", "phone": "[[PHONE_NUMBER:+1 (551) 240-7729]]", "topic": "missing item", "priority": "high"}
{"ticket": "HD-30447", "requester": "[[PERSON:Betty Lou Harkins]]", "email": "[[EMAIL_ADDRESS:bettylou.h@aol.com]]", "phone": null, "topic": "login", "priority": "low"}""",
    """volunteers:
  - name: [[PERSON:Kwabena Asare]]
    shift: Saturday AM
    dbs_number: "[[ID_NUMBER:001729384456]]"
    phone: "[[PHONE_NUMBER:07459 330 871]]"
  - name: [[PERSON:Heather McCrae]]
    shift: Saturday PM
    dbs_number: "[[ID_NUMBER:001734920018]]"
    phone: "[[PHONE_NUMBER:07712 806 344]]"
  - name: [[PERSON:Bilal Chaudhry]]
    shift: Sunday
    dbs_number: pending
    phone: "[[PHONE_NUMBER:07983 251 670]]\"""",
    """Applicant: [[PERSON:Marie-Claude Bélanger]]
SIN: [[ID_NUMBER:630 350 791]]
Date of birth: [[DATE_TIME:1987-04-25]]
Place of birth: [[LOCATION:Sherbrooke]], [[LOCATION:Quebec]]
Guarantor: [[PERSON:Luc Paradis]]

Applicant: [[PERSON:Amandeep Grewal]]
SIN: [[ID_NUMBER:553 264 011]]
Date of birth: [[DATE_TIME:1994-12-08]]
Place of birth: [[LOCATION:Ludhiana]], [[LOCATION:India]]
Guarantor: [[PERSON:Dr. Naveen Sood]]

Applicant: [[PERSON:Jacob Whitehead]]
SIN: [[ID_NUMBER:747 547 586]]
Date of birth: [[DATE_TIME:2006-08-19]]
Place of birth: [[LOCATION:Halifax]], [[LOCATION:Nova Scotia]]
Guarantor: [[PERSON:Sandra Whitehead]]""",
    """claimant,pps_no,scheme,weekly_rate,start,county
[[PERSON:Seán Ó Briain]],[[ID_NUMBER:0638247S]],Jobseeker's Benefit,€244.00,[[DATE_TIME:06/01/2025]],[[LOCATION:Kerry]]
[[PERSON:Oksana Melnyk]],[[ID_NUMBER:1588276TA]],Illness Benefit,€244.00,[[DATE_TIME:20/01/2025]],[[LOCATION:Cork]]
[[PERSON:Paddy Joe Brennan]],[[ID_NUMBER:8463564E]],State Pension (Contributory),€299.30,[[DATE_TIME:03/02/2025]],[[LOCATION:Leitrim]]""",
    """| Shop | Seller | Profile | Joined | Rating |
|---|---|---|---|---|
| Thread & Thimble | [[USERNAME:threadthimble_liz]] | [[URL:https://www.craftmarket.co.uk/people/threadthimble_liz]] | [[DATE_TIME:Mar 2019]] | 4.9 |
| Oak & Ember | [[USERNAME:jamie.carves]] | [[URL:https://www.craftmarket.co.uk/people/jamie.carves]] | [[DATE_TIME:Nov 2021]] | 4.7 |
| Little Loom | [[USERNAME:priyaweaves]] | [[URL:https://www.craftmarket.co.uk/people/priyaweaves]] | [[DATE_TIME:Jun 2023]] | 5.0 |""",
    "customer\tbvn\taccount_no\tbank\tphone\n"
    "[[PERSON:Adebola Ogunleye]]\t[[ID_NUMBER:22318840917]]\t[[ID_NUMBER:0148823911]]\tGTBank\t[[PHONE_NUMBER:0803 204 7715]]\n"
    "[[PERSON:Ifeoma Chukwu]]\t[[ID_NUMBER:22490017236]]\t[[ID_NUMBER:2033418702]]\tFirst Bank\t[[PHONE_NUMBER:0706 331 8842]]\n"
    "[[PERSON:Musa Abdullahi]]\t[[ID_NUMBER:22107739284]]\t[[ID_NUMBER:1200947735]]\tAccess\t[[PHONE_NUMBER:0818 772 0419]]",
    """BORROWER                CARD NO.        ITEMS  OVERDUE  PHONE
[[PERSON:Pemberton, Agnes]]        [[ID_NUMBER:21000 118 4470]]  3      0        [[PHONE_NUMBER:01225 448 917]]
[[PERSON:Osei, Kwaku]]             [[ID_NUMBER:21000 118 5521]]  7      2        [[PHONE_NUMBER:07864 209 335]]
[[PERSON:Fairweather, Lily]]       [[ID_NUMBER:21000 119 0046]]  1      0        [[PHONE_NUMBER:07418 552 760]]""",
    """{"door": "Main", "member": "[[ID_NUMBER:GYM-0077214]]", "name": "[[PERSON:O. Hrytsenko]]", "time": "[[DATE_TIME:2025-07-28 06:12]]", "result": "granted"}
{"door": "Main", "member": "[[ID_NUMBER:GYM-0080031]]", "name": "[[PERSON:L. Abiodun]]", "time": "[[DATE_TIME:2025-07-28 06:15]]", "result": "granted"}
{"door": "Pool", "member": "[[ID_NUMBER:GYM-0069920]]", "name": "[[PERSON:B. Whitfield]]", "time": "[[DATE_TIME:2025-07-28 06:31]]", "result": "denied: expired"}""",
    """"Name","Street","City","State","ZIP","Phone","Opt-in"
"[[PERSON:Lorraine Abernathy]]","[[ADDRESS:412 Cherry Hill Rd]]","[[LOCATION:Cherry Hill]]","[[LOCATION:NJ]]","[[ZIP_CODE:08002]]","[[PHONE_NUMBER:856-428-1190]]","Y"
"[[PERSON:Dong-hyun Kang]]","[[ADDRESS:90 Fort Lee Rd, Apt 4D]]","[[LOCATION:Leonia]]","[[LOCATION:NJ]]","[[ZIP_CODE:07605]]","[[PHONE_NUMBER:201-947-3386]]","N"
"[[PERSON:Graciela Ruiz]]","[[ADDRESS:PO Box 1187]]","[[LOCATION:Vineland]]","[[LOCATION:NJ]]","[[ZIP_CODE:08362]]","","Y\"""",
    """| Rx # | Patient | DOB | Drug | Refill due | Phone |
|---|---|---|---|---|---|
| 6620418 | [[PERSON:Walter Kim]] | [[DATE_TIME:02/09/1949]] | Lisinopril 10 mg | [[DATE_TIME:4/18]] | [[PHONE_NUMBER:(808) 732-1190]] |
| 6620433 | [[PERSON:Noelani Kealoha]] | [[DATE_TIME:07/30/1971]] | Metformin 500 mg | [[DATE_TIME:4/20]] | [[PHONE_NUMBER:(808) 259-4471]] |
| 6620471 | [[PERSON:Aaron Feldman]] | [[DATE_TIME:11/11/1963]] | Atorvastatin 40 mg | [[DATE_TIME:4/22]] | [[PHONE_NUMBER:(808) 945-0038]] |""",
    "member\tsss_no\tphilhealth_no\tbirthdate\tmobile\n"
    "[[PERSON:Dela Cruz, Jomar P.]]\t[[ID_NUMBER:34-1827746-9]]\t[[ID_NUMBER:19-050447812-3]]\t[[DATE_TIME:1990-09-14]]\t[[PHONE_NUMBER:0917 204 8813]]\n"
    "[[PERSON:Santos, Rowena M.]]\t[[ID_NUMBER:33-9014472-1]]\t[[ID_NUMBER:01-025881346-7]]\t[[DATE_TIME:1987-03-02]]\t[[PHONE_NUMBER:0928 551 0347]]\n"
    "[[PERSON:Villanueva, Ernesto]]\t[[ID_NUMBER:04-2217730-5]]\t[[ID_NUMBER:12-201744580-9]]\t[[DATE_TIME:1978-12-25]]\t[[PHONE_NUMBER:0999 318 2264]]",
    """Driver 1: [[PERSON:Mrs Carol Ashby]]
Licence: [[ID_NUMBER:ASHBY556120C99LM]]
Years held: 31
Claims (5 yrs): 0

Driver 2: [[PERSON:Mr Thomas Ashby]]
Licence: [[ID_NUMBER:ASHBY001153T99RK]]
Years held: 2
Claims (5 yrs): 1

Vehicle: [[ID_NUMBER:WR19 OXF]]
Overnight: [[ADDRESS:Rose Cottage, 4 Church Lane]], [[LOCATION:Malmesbury]] [[ZIP_CODE:SN16 9AF]]""",
    """family_membership:
  account: FAM-20417
  primary: [[PERSON:Tariq Mahmood]]
  email: [[EMAIL_ADDRESS:tariq.mahmood@sky.com]]
  members:
    - {name: [[PERSON:Tariq Mahmood]], age: [[AGE:42]]}
    - {name: [[PERSON:Sana Mahmood]], age: [[AGE:39]]}
    - {name: [[PERSON:Zayn Mahmood]], age: [[AGE:12]]}
    - {name: [[PERSON:Aleena Mahmood]], age: [[AGE:8]]}
  renewal_month: September""",
    """personeelsnr,naam,bsn,iban,afdeling
[[ID_NUMBER:P-1043]],[[PERSON:Femke Jansen]],[[ID_NUMBER:617720071]],[[IBAN_CODE:NL20RABO4690885842]],Inkoop
[[ID_NUMBER:P-1051]],[[PERSON:Mehmet Yilmaz]],[[ID_NUMBER:692409166]],[[IBAN_CODE:DE92370400447980535955]],Logistiek""",
    """| Patient | Last check-up | Recall | Mobile | Notes |
|---|---|---|---|---|
| [[PERSON:Deborah Oyelowo]] | [[DATE_TIME:14 Oct 2024]] | 6 months | [[PHONE_NUMBER:07723 190 448]] | nervous patient |
| [[PERSON:Craig Buchanan]] | [[DATE_TIME:2 Sep 2024]] | 12 months | [[PHONE_NUMBER:07845 662 013]] | - |
| [[PERSON:Alessia Conti]] | [[DATE_TIME:28 Nov 2024]] | 6 months | [[PHONE_NUMBER:07592 401 886]] | prefers afternoons |""",
    """{"booking": "RB-88120", "rider": "[[PERSON:Zanele Khumalo]]", "pickup": "[[ADDRESS:18 Vilakazi Street]], [[LOCATION:Orlando West]]", "drop": "OR Tambo Airport", "when": "[[DATE_TIME:2025-04-03 05:30]]", "fare": "R412"}
{"booking": "RB-88127", "rider": "[[PERSON:Pieter du Plessis]]", "pickup": "[[ADDRESS:7 Kloof Road]], [[LOCATION:Sea Point]]", "drop": "V&A Waterfront", "when": "[[DATE_TIME:2025-04-03 19:10]]", "fare": "R96"}
{"booking": "RB-88131", "rider": "[[PERSON:Ayesha Patel]]", "pickup": "[[ADDRESS:221 Florida Road]], [[LOCATION:Morningside]]", "drop": "King Shaka Airport", "when": "[[DATE_TIME:2025-04-04 04:45]]", "fare": "R378"}""",
    """ACCOUNT    SUPPLY ADDRESS                       OCCUPIER             SINCE
EL-400912  [[ADDRESS:Flat 1, 9 Grove Terrace]]              [[PERSON:Ms A. Thorne]]         [[DATE_TIME:2019-05-01]]
EL-400913  [[ADDRESS:Flat 2, 9 Grove Terrace]]              [[PERSON:Jakub Wójcik]]         [[DATE_TIME:2023-11-14]]
EL-400920  [[ADDRESS:Basement Flat, 11 Grove Terrace]]      [[PERSON:Nkechi Obi]]           [[DATE_TIME:2024-08-30]]""",
    """product_sku,rating,reviewer,location,verified,helpful_votes
KTL-220-BLK,5,[[PERSON:Janet P.]],[[LOCATION:Swansea]],yes,14
KTL-220-BLK,2,[[PERSON:Mohammed]],[[LOCATION:Bradford]],yes,3
KTL-220-WHT,4,Anonymous,,no,0
KTL-220-WHT,5,[[PERSON:gwen t]],[[LOCATION:Truro]],yes,7""",
]

CHAT = [
    """[14:02] Agent ([[PERSON:Priya]]): Hi, thanks for contacting ShopRight! Can I have your order number and the email on the account?
[14:03] Customer: hi its 204-991873, email is [[EMAIL_ADDRESS:dan.whitaker77@gmail.com]]
[14:03] Agent ([[PERSON:Priya]]): Thanks! Am I speaking with [[PERSON:Daniel Whitaker]]?
[14:04] Customer: yes. the parcel says delivered but nothing came. I'm at [[ADDRESS:16 Fernhill Road]], [[LOCATION:Farnborough]] [[ZIP_CODE:GU14 9RX]]
[14:05] Agent ([[PERSON:Priya]]): I can see the driver marked it as left in a safe place on [[DATE_TIME:Tuesday 11 March at 13:42]]. I'll open a trace and call you on [[PHONE_NUMBER:07716 402 883]], is that still the best number?
[14:05] Customer: yep that's me""",
    """[09/05/2025, 18:12] Mum: Has anyone got Nana's new address for the birthday card?
[09/05/2025, 18:15] [[PERSON:Kerry]]: It's [[ADDRESS:Flat 12, Willow Court, 3 Station Road]], [[LOCATION:Chelmsford]] [[ZIP_CODE:CM2 0BB]]
[09/05/2025, 18:16] [[PERSON:Jamal]]: she's [[AGE:90]] on the [[DATE_TIME:14th]] right?
[09/05/2025, 18:16] Mum: Yes!! Party at hers at 2, bring food
[09/05/2025, 18:20] [[PERSON:Kerry]]: Her landline is still [[PHONE_NUMBER:01245 261 907]] if anyone wants to ring her first""",
    """#people-ops
**[[PERSON:Hannah Cole]]** 10:41 AM
new starter Monday: @[[PERSON:Rahul Verma]], laptop is going to his home address, [[ADDRESS:221 Kingsway]], [[LOCATION:Hove]] [[ZIP_CODE:BN3 4FD]]
**[[PERSON:Marcus Lee]]** 10:43 AM
👍 @[[PERSON:Hannah Cole]] do we have his bank details for payroll yet?
**[[PERSON:Hannah Cole]]** 10:44 AM
yes, account [[ID_NUMBER:30291847]], sort code's in the HR folder. his NI is [[ID_NUMBER:RV 71 28 40 D]]
**[[PERSON:Marcus Lee]]** 10:45 AM
pls don't paste NI numbers in slack 🙃""",
    """FlexFit Eastgate: Hi [[PERSON:Tasha]], it's [[PERSON:Reece]] from FlexFit Eastgate. Your membership payment of £29.99 failed this month. Can you update your card?
[[PERSON:Tasha]]: hi reece, can i just give it over text? its [[CREDIT_CARD:4651 0685 6331 5556]] exp 05/28
FlexFit Eastgate: Please don't send card details by text! I've deleted it. Could you pop in or use the app?
[[PERSON:Tasha]]: oh sorry. i'll come in thursday. membership no is [[ID_NUMBER:0044218]] btw
FlexFit Eastgate: Perfect, see you Thursday 🙂""",
    """[[USERNAME:vinylhunter_gaz]]: is the Technics deck still available?
[[USERNAME:sophie_sells_stuff]]: yes! collection only from [[LOCATION:Didsbury]]
[[USERNAME:vinylhunter_gaz]]: great, can i come saturday? whats the address
[[USERNAME:sophie_sells_stuff]]: [[ADDRESS:41 Barlow Moor Road]], [[ZIP_CODE:M20 6TE]]. ring when outside, [[PHONE_NUMBER:07490 883 215]]. I'm [[PERSON:Sophie]] btw
[[USERNAME:vinylhunter_gaz]]: cheers [[PERSON:sophie]], [[PERSON:gary]] here. see you sat""",
    """Chat transcript - Ref CHT-8841207
Bot: Welcome to NetBanking support. Please share your registered mobile number.
User: [[PHONE_NUMBER:9820147733]]
Bot: Thank you. An OTP has been sent to your number.
User: 448120
Agent [[PERSON:Ritu]]: Hello [[PERSON:Mr. Kulkarni]], I can see a failed IMPS transfer of ₹25,000 from your account [[ID_NUMBER:50100228841937]] on [[DATE_TIME:3 Feb at 11:20]]. The amount will be reversed in 5-7 working days.
User: ok thanks. also please update my address to [[ADDRESS:B-704, Shanti Heights, Link Road]], [[LOCATION:Goregaon West]], [[LOCATION:Mumbai]] [[ZIP_CODE:400104]]
Agent [[PERSON:Ritu]]: For an address change you will need to upload your Aadhaar or passport in the app, [[PERSON:Mr. Kulkarni]].""",
    """[[PERSON:Ms Adeyemi]]: Does anyone have a contact for [[PERSON:Josh Pearce]]'s dad? Mum's number isn't working.
[[PERSON:Mr Harding]]: I've got [[PHONE_NUMBER:07834 119 206]] from parents' evening, he's [[PERSON:Mark Pearce]]
[[PERSON:Ms Adeyemi]]: thanks! [[PERSON:Josh]] says he's [[AGE:14]] now and can walk home alone but we need it in writing
[[PERSON:Mrs Patel]]: FYI [[PERSON:Josh]]'s date of birth on SIMS is [[DATE_TIME:03/06/2011]], so he's [[AGE:13]] until June""",
    """Agent ([[PERSON:Sílvia]]): Bon dia! En què et puc ajudar?
Client: Hola, sóc en [[PERSON:Xavier Roca]]. La targeta del gimnàs no em funciona des de dilluns.
Agent ([[PERSON:Sílvia]]): Em pots dir el número de soci o el DNI?
Client: DNI [[ID_NUMBER:46381752K]]. Sóc soci des del [[DATE_TIME:març de 2022]].
Agent ([[PERSON:Sílvia]]): Gràcies, [[PERSON:Xavier]]. Veig que la quota d'abril no es va poder cobrar del compte [[IBAN_CODE:ES58 1465 6177 2698 8757 2577]].
Client: Ah, és que vaig canviar de banc. El nou és [[IBAN_CODE:ES88 0075 5951 6376 4367 6688]].
Agent ([[PERSON:Sílvia]]): Perfecte, ho actualitzo ara. Si hi ha cap problema et truquem al [[PHONE_NUMBER:622 81 40 93]].""",
]

LOOKALIKE = [
    """Order #114-8820193-4471025 has shipped. Tracking: 1Z 999 AA1 01 2345 6784 (UPS). Items: SKU KB-8812-GRY x1, SKU HDMI-2M-04 x2. Invoice INV-2025-000417 is attached. Questions? Call our customer care line on 1-800-672-4399 or write to orders@brightcart.com. Returns are accepted within 30 days of delivery under RMA policy 7.2.""",
    """Release 10.4.2.118 (build 2025.03.14-rc2) fixes the crash reported in ticket SR-77120. Checksum (sha256): 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. Tested on firmware 3.1.0.22 and 3.1.1.4, and on the Kepler and Hopper boards. Thanks to [[PERSON:Dana Whitfield]] for the bug report; write to her at [[EMAIL_ADDRESS:dana.whitfield@gmail.com]] if you can reproduce it.""",
    """New in store this week: "The Parkinson's Handbook" (ISBN 978-0-14-103362-4), "Alzheimer's Care at Home" (ISBN 978-0-553-38112-2) and a new edition of Darwin's On the Origin of Species. The book club meets in the Ada Lovelace Room on Turing Street. Signed copies are reserved for [[PERSON:Mr. Olusegun Bakare]], who can be reached on [[PHONE_NUMBER:07911 204 388]].""",
    """Asset register update: laptop SN 5CD2147QXZ (MAC 00:1A:2B:3C:4D:5E, BIOS 1.22.0.4) moves from the Hamilton Street depot to the Nelson Mandela Boulevard office; dock firmware v2.10.4.11, asset tag IT-004471. Assigned user: [[PERSON:Priyanka Rao]] (staff no. [[ID_NUMBER:40418]]). For problems contact the service desk at servicedesk@corvella.com or on +44 20 7946 0321.""",
    """Clinic leaflet: our Bell's palsy, Crohn's disease and Hodgkin lymphoma support groups meet at the Florence Nightingale Centre on Wellington Road. To book, call 0345 600 4471 (Mon-Fri, 9-5) or email groups@northcare.org.uk. Leaflet ref. NC-PL-0412, version 3.2, reviewed by the patient panel. The Crohn's group is led by [[PERSON:Aileen McGowan]].""",
    """Remittance advice: payment of £4,812.00 against invoice INV-44120 (PO 4500018832) was sent on the agreed 30-day terms. Our VAT number is GB 318 4471 22 and our company registration is 08812044. Bank: sort code 60-16-13, SWIFT NWBKGB2L. Queries to accounts.payable@harrowfield.co.uk or 020 3318 4400. Prepared by [[PERSON:J. Okoye]].""",
    """Pedido n.º 2025/118.442 enviado con SEUR, número de seguimiento 0812 4471 2209 8815. Referencia del artículo: ZPT-4471-NEG (talla 42). La factura F-2025-003318 está disponible en su área de cliente. Atención al cliente: 902 44 71 20 o atencion@tiendasol.es. Nuestras tiendas de la calle de Goya y de la avenida de Blasco Ibáñez abren de 10:00 a 21:00. Pedido preparado por: [[PERSON:Lorena]].""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind63", STYLES, OUT)


if __name__ == "__main__":
    main()

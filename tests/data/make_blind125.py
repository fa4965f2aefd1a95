"""Build tests/data/blind125.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind125.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its closing scaffolding
(from `STYLES = {` to the end, copied here), the whole of gold_sets.py, and
lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/, recognizers/, the
tests, bench/, the README, any *.jsonl set, the records of any make_*.py
script, and git history, log or status (git was not run at all). The
detector, the bench and the tests were never run on this file. Do not tune
the detector against it: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 (with the right length for the countries gold_sets.py knows;
Mauritian MU IBANs have 30 characters and Malagasy MG ones 27); the French
IBANs, Réunion banks included, and the Malagasy ones also carry a right RIB
key. These were worked out by hand-run throwaway code while writing, not
generated here; `gold_sets.check` re-checks cards and IBANs. National ids
with a public check digit were given a valid one the same way: French NIR
(social-security numbers of people born in Réunion, with a real commune code
and a key that agrees with sex and birth month where they show), NHS number,
Canadian SIN, South African ID (agreeing with sex and birth date), Aadhaar,
Australian TFN and Medicare number, Singapore NRIC, Irish PPSN, Dutch BSN,
Spanish DNI, Hong Kong HKID, New Zealand NHI and Indian GSTIN; so were the
look-alikes that carry one (ISBN-13, EAN-13, the ISO 6346 container number,
the company's UK VAT number). Malagasy CIN numbers, Mauritian NIC numbers
(whose letter and birth date agree with the person where they show), Indian
PAN, Sri Lankan NIC, Bangladeshi NID, Kenyan ids, Nigerian BVN and NIN, UK
NI numbers, US SSNs, passports, licences, plates, Working with Children
check numbers, bank account numbers and member, customer, staff, student,
library-card and patient numbers were not checked. No two people share an
id, card or IBAN.

Styles (ids `blind125-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
South Africa, Nigeria, Kenya, Uganda, Tanzania, Singapore, the Philippines,
Grenada, Sri Lanka and others, with names from the many cultures living
there); the rest are in Malagasy and in the French of Madagascar, Réunion and
Mauritius. Vanilla and spice farming, micro-insurance and ferry and bus
tickets get extra weight (about a third of the gen and bench records); the
other records spread widely.
- `gen` (90): one to four sentences with personal data woven into prose, as
  a third-party LLM writes "realistic sentences with personal data"; names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, job titles, streets with
  building numbers, secondary addresses, IPs, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts, medical
  and loan forms, notices) and Nemotron-PII (JSON, log lines, SQL, XML,
  YAML / config and code snippets, tickets and forms).
- `table` (35): one small table per record rendered as text (CSV, TSV, pipes
  / Markdown, fixed-width, JSON lines, YAML, key: value blocks), with varied
  column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat, with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking and invoice refs, SKUs, ISBNs, IP-shaped versions, hashes,
  serials, company phones, role mailboxes, eponyms, streets named after
  people with no number), the few real PII values labeled; one has no PII.

Labeling conventions: the same as make_blind22.py's (and the sets before it);
in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name (also "M.", "Mme", "Mdm", "Ramatoa"), labeled
  apart from it; job titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes (BP),
  house and building names; city, district, county, state / province and
  country are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, travel, signature ...)
  with a day or month, in any shape; a weekday or a clock time said with
  such a date is inside the span, a time or weekday alone is not; not bare
  years, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, BIC / SWIFT, sort codes and routing numbers, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / tracking
  references, seat numbers, company phone numbers and role mailboxes,
  versions, hashes, serials, device ids, partial numbers ("ending 4417"),
  amounts, pets, eponyms and brands named after people, a header row.
- Calls made while writing this set: a cooperative, mutual or micro-
  insurance *member* number is ID_NUMBER but a policy, certificate or
  claim number is not; a ticket, booking, PNR or seat number is not
  labeled, the passenger's id document and vehicle plate are; a person's
  travel, sailing or departure date (with its time) is DATE_TIME; a
  "sex", "role", "dept", "status", "cover", "product", "grade" or "blood
  group" column stays unlabeled, an "age" ("taona") column is AGE, a
  "country", "town", "suburb", "village", "sub_county", "shehia" or
  "fokontany" column is LOCATION and a "nationality" column is NRP; a
  "hire_date" or "joined" column is DATE_TIME (start of a job or a
  membership), a card transaction date is not (a sale date); a route
  naming two towns ("Wellington-Picton") gives two LOCATION spans, and a
  place name used as a modifier ("the Manly ferry", "the Rotterdam
  account") is LOCATION, but place names inside the names of ships,
  companies, cooperatives, passes and products ("Spirit of Tasmania",
  "Vanille SAVA", "Réunion Pass", "Tellicherry pepper") are not; the
  Malagasy honorifics "Ramatoa" and "Ramose" are TITLE like "Mme" and
  "M."; a rank attached to a name ("Brigadier") is TITLE; family words
  used as chat names ("Mummy", "Grandma") stay outside; a library card
  number is ID_NUMBER; a GSTIN built on a person's PAN is ID_NUMBER; the
  "last login" of an account is DATE_TIME, and so is the timestamp of a
  log line or audit row recording a person's sign-in (login, accepted SSH
  key, session opened, MFA), while the timestamps of other log lines
  (requests, orders, debits, exports, system events) are not; every IP
  address is IP_ADDRESS, private ones included, while versions and
  firmware numbers shaped like IPs are not; session ids, trace ids, API
  keys and bearer tokens are not labeled (like hashes); a farmer's plot,
  lot or parcel reference is not labeled; VINs, IMEIs, crypto wallets and
  GPS coordinates were left out of the set.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind125.jsonl")

GEN = [
    """[[PERSON:Hery Rakotondrabe]], [[AGE:47]], has grown vanilla on two hectares outside [[LOCATION:Andapa]] since 2009, and the cooperative now pays him by mobile money on [[PHONE_NUMBER:+261 34 12 508 77]].""",
    """My booking on the Interislander for the [[DATE_TIME:Friday 21 March 2025, 8:45am]] sailing is under [[PERSON:Aroha Ngata]] and the confirmation went to [[EMAIL_ADDRESS:aroha.ngata82@xtra.co.nz]]. Could you change the vehicle from a car to a campervan?""",
    """The funeral cover for [[PERSON:Nomvula Dlamini]] (ID [[ID_NUMBER:9509230319080]]) lapsed after two missed premiums, so her daughter [[PERSON:Zanele]] phoned from [[PHONE_NUMBER:072 418 3391]] to ask whether it can be reinstated.""",
    """hi, i booked two seats on the megabus from [[LOCATION:Glasgow]] to [[LOCATION:London]] for [[DATE_TIME:12/04]] under the name [[PERSON:callum mcbride]] but only one ticket came through to [[EMAIL_ADDRESS:cal.mcbride@gmail.com]]""",
    """Please note that [[PERSON:Mrs. Oyelaran]]'s follow-up with [[PERSON:Dr. Chukwuma Eze]] has been moved to [[DATE_TIME:3 June 2025 at 11:20]]. Her hospital number is [[ID_NUMBER:LUTH/2231/887]].""",
    """Voaray ny saram-piantohana nalefan'i [[PERSON:Razafindrakoto Voahangy]] tamin'ny [[DATE_TIME:14 martsa 2025]]. Raha misy olana dia antsoy amin'ny [[PHONE_NUMBER:032 05 771 24]] izy.""",
    """A transfer of €1,250 from [[PERSON:Siobhán Kavanagh]] to [[IBAN_CODE:IE39 BOFI 9000 1721 9304 18]] was held for review on [[DATE_TIME:14 Feb 2025]]; she confirmed it by phone from [[PHONE_NUMBER:+353 87 214 6630]] the same afternoon.""",
    """Bonjour, je suis [[PERSON:Jean-Marc Payet]], planteur de vanille à [[LOCATION:Bras-Panon]]. Mes gousses ont été volées dans la nuit du [[DATE_TIME:12 au 13 mai]] ; vous pouvez me joindre au [[PHONE_NUMBER:0692 41 87 30]] ou passer au [[ADDRESS:18 chemin Rivière-du-Mât les Bas]], [[ZIP_CODE:97412]] [[LOCATION:Bras-Panon]].""",
    """[[PERSON:Thomas Kuriakose]] from [[LOCATION:Idukki]] sold 380 kg of small cardamom at the [[LOCATION:Puttady]] e-auction, and the ₹6.1 lakh will reach his account [[ID_NUMBER:67120100014382]] once his Aadhaar [[ID_NUMBER:7362 5180 9430]] is re-verified.""",
    """Billet bateau [[LOCATION:Toamasina]] – [[LOCATION:Sainte-Marie]] : passagère [[PERSON:Rasoanaivo Fanja Miora]], départ le [[DATE_TIME:samedi 26 juillet à 7h30]], CIN [[ID_NUMBER:101 231 045 678]], tél. [[PHONE_NUMBER:034 20 114 52]].""",
    """After the long rains failed, [[PERSON:Wanjiru Kamau]]'s index cover through her SACCO paid KSh 4,800 to [[PHONE_NUMBER:0722 318 904]] on [[DATE_TIME:2 December]]; the policy, MK-77120, is now closed.""",
    """Refill request for [[PERSON:Dolores Whitfield]], DOB [[DATE_TIME:09/17/1948]], lisinopril 10 mg, 90-day supply. Please call her back at [[PHONE_NUMBER:603-271-0148]] before 5pm.""",
    """Year 9 parents' evening: [[PERSON:Mr Okonkwo]] will see [[PERSON:Amara Bello]]'s mum at [[DATE_TIME:6.10pm on Thursday 6 March]] in the library.""",
    """New hire [[PERSON:Mei-Ling Tran]] starts on [[DATE_TIME:May 5, 2025]]. Payroll still needs her SIN ([[ID_NUMBER:527 930 143]]) and a void cheque before then.""",
    """G'day, it's [[PERSON:Lachlan O'Rourke]]. My mobile, [[PHONE_NUMBER:0412 776 309]], got cut off even though the bill was paid last week; the account number is [[ID_NUMBER:4400881293]].""",
    """La carte de transport de [[PERSON:Devika Ramgoolam]], étudiante de [[AGE:19]] ans, a été perdue dans l'autobus entre [[LOCATION:Rose-Hill]] et [[LOCATION:Port-Louis]] ; son numéro de carte d'identité est le [[ID_NUMBER:R1203061204529]].""",
    """The vet bill for Biscuit came to $340, which [[PERSON:Hannah Kowalczyk]] paid with her Visa [[CREDIT_CARD:4716 0825 3910 3775]]; she wants the receipt sent to [[EMAIL_ADDRESS:hkowalczyk@outlook.com]].""",
    """The lease for [[ADDRESS:Unit 4, 27 Barrack Street]], [[LOCATION:Perth]] [[LOCATION:WA]] [[ZIP_CODE:6000]] was signed by [[PERSON:Rohan Iyer]] and [[PERSON:Sophie Lindqvist]] on [[DATE_TIME:28/02/2025]].""",
    """Player [[USERNAME:xXdarkvanilla99Xx]] (real name [[PERSON:Tomás Ferreira]], [[AGE:16]]) was banned after a chargeback, and the parent email on file is [[EMAIL_ADDRESS:lucia.ferreira@sapo.pt]].""",
    """Someone has made a fake profile of me at [[URL:https://www.instagram.com/chiamaka.obi.official]]. I'm the real [[PERSON:Chiamaka Obi]] and my own account is [[USERNAME:chiamaka_obi]].""",
    """The curing shed in [[LOCATION:Sambava]] logged 64 kg of green beans from [[PERSON:Jaonary Tsiresy]] on [[DATE_TIME:June 18]], and the export paperwork was countersigned by [[PERSON:Lalao Ravelojaona]].""",
    """Hi po, I'm [[PERSON:Marites Dizon]], [[AGE:52]], from [[LOCATION:Tacloban]]. My microinsurance claim for my late husband [[PERSON:Ernesto]] is still pending; my member ID is [[ID_NUMBER:0417-2209-3318]] and my number is [[PHONE_NUMBER:0917 823 4410]].""",
    """Intercape ticket for [[PERSON:Sipho Mahlangu]] from [[LOCATION:Polokwane]] to [[LOCATION:Cape Town]], departing [[DATE_TIME:19 Dec 2024 17:30]]; passenger ID [[ID_NUMBER:880412 5184 082]].""",
    """We're taking the Spirit of Tasmania on [[DATE_TIME:the night of 3 January]], and the cabin is booked in [[PERSON:Ngaire Whitehead]]'s name; her mobile is [[PHONE_NUMBER:+61 438 902 117]] if the terminal needs to reach us.""",
    """[[PERSON:Ankit Sharma]]'s PAN is [[ID_NUMBER:BQXPS4417K]]. He filed his return on [[DATE_TIME:31-07-2024]] from [[ADDRESS:Flat 302, Sai Residency, 27 14th Cross Road]], [[LOCATION:HSR Layout]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560102]].""",
    """[[PERSON:Rakotomalala Andry]] dia mpamboly lavanila any [[LOCATION:Antalaha]]. Nivarotra lavanila maitso 120 kilao izy tamin'ny [[DATE_TIME:5 jona 2025]]. Ny findainy: [[PHONE_NUMBER:033 14 552 90]].""",
    """The deposition of [[PERSON:Raymond Castellano]] is set for [[DATE_TIME:April 22, 2025 at 9:00 a.m.]] at counsel's offices; his SSN ending 4417 must be redacted from Exhibit C.""",
    """hey its [[PERSON:jess]] from the 6am spin class, [[PERSON:marco]] left his towel and his card at the front desk, tell him to text me on [[PHONE_NUMBER:07839 402117]]""",
    """Parcel for [[PERSON:Fatima Zahra Benali]], [[ADDRESS:Flat 12B, 88 Cheetham Hill Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M8 8PY]]. Please leave it in the porch if she is out.""",
    """Under the PMJJBY scheme, [[PERSON:Lakshmi Devi]]'s nominee is her son [[PERSON:Ravi Kumar]], and the ₹436 premium is auto-debited every May from her savings account [[ID_NUMBER:30418872215]].""",
    """[[TITLE:Mme]] [[PERSON:Hoarau]], votre adhésion à la mutuelle solidaire prendra effet le [[DATE_TIME:1er septembre 2025]]. Merci de nous renvoyer votre RIB ([[IBAN_CODE:FR76 1990 6009 7440 2187 3310 079]]) et votre numéro de sécurité sociale, [[ID_NUMBER:2 85 07 974 11 052 52]].""",
    """Easy Coach booking for [[PERSON:Brian Otieno Ochieng]], seat 14, [[LOCATION:Kisumu]] to [[LOCATION:Nairobi]] on [[DATE_TIME:Sat 8 Feb 2025, 09:00]], paid by M-Pesa from [[PHONE_NUMBER:0711 402 886]].""",
    """[[PERSON:Cuthbert Noel]], [[AGE:61]], of [[LOCATION:Gouyave]] delivered forty pounds of nutmeg and mace to the receiving station; his cheque was written on [[DATE_TIME:11/03/2025]] and he can be reached on [[PHONE_NUMBER:(473) 444-8102]].""",
    """The reservation is under [[PERSON:Yuki Tanaka-Hughes]], check-in [[DATE_TIME:Mon 14 Apr]], three nights, with card [[CREDIT_CARD:3530 1120 7684 5201]] (exp 09/27) kept on file.""",
    """[[PERSON:Mr Adebayo]], your appointment with your work coach is at [[DATE_TIME:10:40 on 17 March 2025]]. Please bring photo ID and your National Insurance number, [[ID_NUMBER:JT 48 19 27 D]].""",
    """Suite à l'accident du [[DATE_TIME:3 février]] à [[LOCATION:Quatre Bornes]], [[TITLE:M.]] [[PERSON:Kevin Li Kwong Wing]] déclare un sinistre pour son véhicule immatriculé [[ID_NUMBER:1847 ZR 19]] ; il est joignable au [[PHONE_NUMBER:5782 0413]].""",
    """The laptop is assigned to [[PERSON:Ingrid Solberg]], who signs in as [[USERNAME:isolberg]]; her last successful login came from [[IP_ADDRESS:81.166.42.19]] on [[DATE_TIME:2025-01-30 08:14]].""",
    """Irish Ferries, [[LOCATION:Dublin]] to [[LOCATION:Holyhead]]: lead passenger [[PERSON:Declan Fitzgerald]], born [[DATE_TIME:02/11/1979]], travelling with [[PERSON:Aoife]] ([[AGE:7]]) and [[PERSON:Cian]] ([[AGE:4]]). Contact [[EMAIL_ADDRESS:dfitz79@eircom.net]].""",
    """Student [[PERSON:Nguyen Thi Hoa]] (student no. [[ID_NUMBER:s3981204]]) has applied for special consideration for her exam on [[DATE_TIME:June 10]] after a hospital stay.""",
    """i owe [[PERSON:kwame]] fifty quid from the stag do, his monzo is under [[PERSON:kwame asante-boateng]] if anyone else wants to chip in""",
    """[[PERSON:Nakato Sarah]], a vanilla grower in [[LOCATION:Mukono]], says thieves cut 30 kg of green pods on [[DATE_TIME:the night of 9 October]]; she has asked the sub-county chief, [[PERSON:Mr. Ssemwogerere]], to register her farm with the police.""",
    """Le groupement des femmes d'[[LOCATION:Ambositra]] a souscrit une micro-assurance santé. La trésorière, [[PERSON:Ravaoarisoa Lantoniaina]], née le [[DATE_TIME:04/08/1981]], collecte les cotisations de 2 000 ariary par mois ; contact : [[PHONE_NUMBER:+261 32 45 118 06]].""",
    """Script for [[PERSON:Mrs Beverley Trounce]], Medicare [[ID_NUMBER:2953 41822 1]], is ready to collect from the pharmacy counter after 2pm.""",
    """Greyhound says the ticket in the name of [[PERSON:DeShawn Patterson]] for [[DATE_TIME:Nov 27]] can't be refunded, even though I paid with my Amex [[CREDIT_CARD:378282149037168]].""",
    """Open home this Sunday at [[ADDRESS:16 Kowhai Grove]], [[LOCATION:Lower Hutt]] [[ZIP_CODE:5010]]; the vendor, [[PERSON:Tipene Walker]], asks that buyers call him directly on [[PHONE_NUMBER:021 448 6032]].""",
    """[[TITLE:Mdm]] [[PERSON:Siti Aminah binte Osman]], [[AGE:74]], NRIC [[ID_NUMBER:S1642087E]], was referred to the day-care centre by her GP on [[DATE_TIME:12 May]]; her son [[PERSON:Faizal]] will accompany her.""",
    """[[PERSON:Gabriela Moreno]]'s passport number is [[US_PASSPORT:562104387]], and she flies out of [[LOCATION:El Paso]] on [[DATE_TIME:7/19]].""",
    """[[LOCATION:Texas]] DL [[US_DRIVER_LICENSE:40928871]] was issued to [[PERSON:Kyle Brandt]] of [[ADDRESS:2210 Lockhart Dr]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78723]], and expires on his birthday.""",
    """Taxi-brousse mankany [[LOCATION:Fianarantsoa]]: [[PERSON:Randrianarisoa Tiana]], seza faha-7, miainga ny [[DATE_TIME:alatsinainy 3 martsa amin'ny 6 ora maraina]]. Finday: [[PHONE_NUMBER:034 87 302 11]].""",
    """[[PERSON:Mwanaisha Juma Khamis]] of [[LOCATION:Pemba]] sold 210 kg of dried cloves to the state trading corporation on [[DATE_TIME:14 Sept]]; the payment went to her phone, [[PHONE_NUMBER:+255 777 412 908]].""",
    """Livestock claim: [[PERSON:Abdul Karim]] of [[LOCATION:Sirajganj]] lost a dairy cow on [[DATE_TIME:20-08-2024]]. Ear tag 0451, NID [[ID_NUMBER:19857613204459871]]; the insurer's field officer visited two days later.""",
    """Réservation sur le Mauritius Trochetia pour [[LOCATION:Rodrigues]] : [[PERSON:Marie-Josée Perrine]] et son fils [[PERSON:Dylan]], [[AGE:11]] ans, départ le [[DATE_TIME:jeudi 17 avril]] ; contact [[PHONE_NUMBER:+230 5914 2276]].""",
    """I'm writing on behalf of my father, [[PERSON:Harbhajan Singh Gill]], who turned [[AGE:80]] in [[DATE_TIME:March]]. His pension hasn't arrived since he moved to [[ADDRESS:47 Ashgrove Crescent]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6R 2K9]].""",
    """Can someone at the ferry terminal help? My wife [[PERSON:Yetunde]] left her handbag on the 14:20 [[LOCATION:Manly]] ferry; her phone is in it, but you can reach me, [[PERSON:Olumide Adeyemi]], on [[PHONE_NUMBER:0433 215 870]].""",
    """Weather-index cover for the pepper smallholders of [[LOCATION:Matale]] pays out if rainfall drops below 60 mm. [[PERSON:W. M. Ranjith Bandara]], member [[ID_NUMBER:MTL-2208]], enrolled on [[DATE_TIME:2 February 2025]].""",
    """The patient, [[PERSON:Elif Yılmaz]], [[AGE:38]], presented to A&E on [[DATE_TIME:Sunday 9 March at 03:15]] with abdominal pain; NHS number [[ID_NUMBER:718 204 5931]].""",
    """Hi, this is [[PERSON:Bongani]] from the estate agency. The viewing at [[ADDRESS:31 Jacaranda Avenue]], [[LOCATION:Craighall Park]], is confirmed for [[DATE_TIME:Tuesday the 4th of March at 3pm]]. Call me on [[PHONE_NUMBER:+27 82 614 0397]] if you are running late.""",
    """Our volunteer of the month is [[PERSON:Grace Mwangi-Otieno]], who has driven the library bus every Saturday since she retired; send congratulations to [[EMAIL_ADDRESS:grace.mwangi.otieno@yahoo.com]].""",
    """[[PERSON:Hamid Rahimi]], an [[NRP:Afghan]] national, was granted leave to remain on [[DATE_TIME:6 January 2025]]; his biometric residence permit number is [[ID_NUMBER:ZU8041723]].""",
    """vanilla bean order question from [[PERSON:priya]]: the 100 g pouch arrived cracked, please resend to [[ADDRESS:9 Elm Row]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH7 4AA]]. order SPC-48821""",
    """[[PERSON:Andrés Felipe Rojas]] was born on [[DATE_TIME:23 de mayo de 1990]] in [[LOCATION:Medellín]] and moved to [[LOCATION:Queens]], where he now lives at [[ADDRESS:34-17 82nd Street, Apt 3F]], [[LOCATION:Jackson Heights]], [[LOCATION:NY]] [[ZIP_CODE:11372]].""",
    """Our micro-insurance agent, [[PERSON:Esther Nakalema]], will be in [[LOCATION:Masaka]] market on [[DATE_TIME:Wednesday 19 February]] to enrol new members; call her on [[PHONE_NUMBER:+256 772 590 114]] to book a slot.""",
    """The Star Ferry lost-property office returned a wallet to [[PERSON:Chan Ka-wai]]; it held his HKID [[ID_NUMBER:Y624019(2)]] and an Octopus card.""",
    """[[PERSON:Olivia Brennan-Hart]]'s wedding is on [[DATE_TIME:20/09/2025]] at the old mill in [[LOCATION:Kilkenny]]; RSVPs go to her sister [[PERSON:Niamh]] at [[EMAIL_ADDRESS:niamh.brennanhart@gmail.com]].""",
    """Please charge the replacement bus pass to the card ending 9021, not to [[PERSON:Ruth Adler]]'s old Mastercard [[CREDIT_CARD:5178 0566 2139 0472]], which was cancelled.""",
    """Account holder [[PERSON:Pooja Venkataraman]] logged in from [[IP_ADDRESS:2405:201:e00b:41c7::1a]] at 02:11 and changed her recovery email to [[EMAIL_ADDRESS:pooja.v.1989@protonmail.com]]; she says it wasn't her.""",
    """Ny bisy [[LOCATION:Antananarivo]] – [[LOCATION:Mahajanga]] dia tsy niala raha tsy tamin'ny 10 ora. Nandoa 45 000 Ar i [[PERSON:Rabearivelo Njaka]] ary nomena tapakila tamin'ny anarany; [[PHONE_NUMBER:032 11 908 44]] no laharana.""",
    """A saffron grower from [[LOCATION:Pampore]], [[PERSON:Ghulam Nabi Dar]], [[AGE:58]], says the crop-loss survey on [[DATE_TIME:October 28]] missed his field entirely.""",
    """Claims desk: [[PERSON:Nadia Petrenko]] has sent photos of the storm damage at [[ADDRESS:5 Quarry Lane]], [[LOCATION:Rotherham]] [[ZIP_CODE:S60 2RB]], and asks for a call back on [[PHONE_NUMBER:01709 832 416]] after 6pm.""",
    """Dear [[PERSON:Dr Amaka Nwosu]], your registration for the conference in [[LOCATION:Kigali]] is confirmed. The invoice has been sent to [[EMAIL_ADDRESS:a.nwosu@unn.edu.ng]].""",
    """Bonjour, la carte Réunion Pass de mon fils [[PERSON:Enzo Grondin]], né le [[DATE_TIME:14/02/2011]], a été avalée par le valideur du car jaune à [[LOCATION:Saint-Pierre]]. Mon numéro : [[PHONE_NUMBER:0693 12 45 78]].""",
    """The trekking group's emergency contact is [[PERSON:Pemba Sherpa]] at [[PHONE_NUMBER:+977 985-1042237]]; his permit copy lists him as [[AGE:34]] and a [[NRP:Nepali]] citizen.""",
    """Clove picker [[PERSON:Subramaniam Rajendran]] was hurt falling from a ladder on [[DATE_TIME:5 Nov 2024]] at the estate near [[LOCATION:Kandy]]; his EPF number [[ID_NUMBER:104772]] is needed for the compensation form.""",
    """The loan officer, [[PERSON:Moses Banda]], visited [[PERSON:Chisomo Phiri]] at her tailoring stall on [[DATE_TIME:March 3rd]] and approved a second loan with credit-life cover.""",
    """hey [[PERSON:Tash]], the landlord finally replied — deposit goes back to [[PERSON:Natasha Brown]] at sort code 20-45-77, account [[ID_NUMBER:63018822]]. can you check it arrives by the 15th?""",
    """[[PERSON:Giuseppe Marino]], [[AGE:67]], a retired baker from [[LOCATION:Leichhardt]], won the meat raffle; his TFN [[ID_NUMBER:459 203 166]] was wrongly printed on the club newsletter, and he has complained.""",
    """My return ticket [[LOCATION:Cebu]] to [[LOCATION:Ormoc]] is for [[DATE_TIME:Dec 23, 2:00 PM]], under [[PERSON:Jerome Villanueva Santos]]. I paid with GCash from [[PHONE_NUMBER:+63 926 418 2205]] but got no e-ticket.""",
    """[[PERSON:Jaya Menon]]'s surgery is booked for [[DATE_TIME:28 April]]; she asked that any letters go to her new address, [[ADDRESS:Apartment 9, 210 Lake Road]], [[LOCATION:Frankston]] [[LOCATION:VIC]] [[ZIP_CODE:3199]].""",
    """The vanilla exporter's compliance officer flagged [[PERSON:Solofoniaina Rabe]], whose export licence was suspended on [[DATE_TIME:9 August 2024]]; he operates from [[ADDRESS:Lot II M 45 Bis]], [[LOCATION:Antananarivo]] [[ZIP_CODE:101]].""",
    """Sorry [[PERSON:Aleksander]], the bus to the airport leaves at 05:40 from Stop K, so we'll need to be up early. [[PERSON:Kasia]] can give you her spare Oyster card.""",
    """Bonjour [[TITLE:M.]] [[PERSON:Ramsamy]], votre contrat de micro-assurance récolte (canne et vanille) couvre votre parcelle de [[LOCATION:Sainte-Suzanne]]. Votre numéro d'adhérent est le [[ID_NUMBER:ADH-974-02561]].""",
    """Congratulations to [[PERSON:Fiifi Mensah]] of [[LOCATION:Kumasi]] on his promotion! Born [[DATE_TIME:15.06.1986]], he joined the branch the week it opened.""",
    """The bus driver, [[PERSON:Wiremu Parata]], handed in a phone found on seat 22; it belongs to [[PERSON:Charlotte Kim]], who can be reached at [[EMAIL_ADDRESS:charlottekim.nz@gmail.com]].""",
    """[[PERSON:Paolo]] and [[PERSON:Leilani Kahananui]] booked the inter-island ferry for [[DATE_TIME:August 2nd]]; [[PERSON:Leilani]]'s driver's license is [[US_DRIVER_LICENSE:H03928114]] and the card was a Discover ending 7812.""",
    """Turmeric farmers in [[LOCATION:Erode]] can enrol for the crop-loan insurance until the end of the month; [[PERSON:K. Palanisamy]] already did, using the Aadhaar [[ID_NUMBER:4391 8260 5779]].""",
    """To whom it may concern, I, [[PERSON:Ifeoma Chukwu]], residing at [[ADDRESS:14 Awolowo Road]], [[LOCATION:Ikoyi]], [[LOCATION:Lagos]], confirm that I last saw my nephew on [[DATE_TIME:27 January 2025]].""",
    """The community bank in [[LOCATION:Mahébourg]] opened an account for [[PERSON:Joëlle Bégué]], IBAN [[IBAN_CODE:MU82 SBMM 0701 0300 1458 8312 000M UR]], to receive her fishing-boat insurance payout.""",
    """[[PERSON:Sanne de Vries]] (BSN [[ID_NUMBER:174309521]]) goes on maternity leave from [[DATE_TIME:1 July]]; until then, questions about the [[LOCATION:Rotterdam]] account go to her at [[EMAIL_ADDRESS:s.devries@kpnmail.nl]].""",
    """Please purge the quote record: [[PERSON:Tyrone Jackson]] typed his SSN, [[US_SSN:412-67-0935]], into the "vehicle notes" box, and the quote was saved on [[DATE_TIME:02/14/2025]] under his email [[EMAIL_ADDRESS:tjackson.atl@gmail.com]].""",
    """[[PERSON:Jonas Whitaker]]'s blood results are back. He can read them in the patient portal, where he signs in as [[USERNAME:jwhitaker61]], or call the surgery to book a review with [[PERSON:Dr. Farah Siddiqui]].""",
]

BENCH = [
    """[[PERSON:Mx. Rowan Kessler]], as Regional Spice Procurement Coordinator your access to the grower portal from [[IP_ADDRESS:203.118.42.7]] (MAC 3c:22:fb:91:0e:4d) was flagged. Please confirm that the card [[CREDIT_CARD:4485317662094139]] (CVV 381, exp 04/27) is still valid.""",
    """Hello [[PERSON:Amani Wekesa]], the crop micro-insurance premium for the plot registered at [[ADDRESS:2207 Moi Avenue, Apt. 12]], [[LOCATION:Mombasa]] will be debited from [[IBAN_CODE:GB87 MIDL 4005 1572 8390 14]] (BIC MIDLGB22). Questions to [[EMAIL_ADDRESS:amani_wekesa@hotmail.com]].""",
    """Our records show that [[PERSON:Jadyn]] [[PERSON:Rempel]], [[AGE:34]], Senior Operations Analyst, reset the password to 'Qv7!mt2#' using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 from [[IP_ADDRESS:2a02:c7c:3f1e:9100:1b2e:77ff:fe10:3ac5]].""",
    """Dear [[PERSON:Ms. Henrietta Oduya]], born [[DATE_TIME:07/03/1991]], your zone 3 bus pass renewal has been posted to [[ADDRESS:88 Beaconsfield Road]], [[LOCATION:Southall]], [[ZIP_CODE:UB1 1BW]]. Ref: BP-0093-XK.""",
    """The vanilla lot auction deposit from [[PERSON:Kasandra Wiza]] (account [[ID_NUMBER:48210937]], card [[CREDIT_CARD:6011-5442-0937-7812]]) was refunded by cheque to [[ADDRESS:512 Harber Port, Suite 803]], [[LOCATION:West Elyse]], [[LOCATION:Vermont]] [[ZIP_CODE:05641]].""",
    """Hi [[PERSON:Tiago]], as Chief Integration Officer please review the ferry manifest that [[USERNAME:marlon.hegmann77]] uploaded from [[IP_ADDRESS:74.208.19.151]] at [[DATE_TIME:2024-11-02T06:41:19Z]].""",
    """[[PERSON:Prof. Imani Castillo-Boyle]] asked that the diet-study results for participant [[PERSON:Gunnar Schowalter]] (sex: male, DOB [[DATE_TIME:1987-12-19]], height 5'11") be mailed to [[ADDRESS:93 Roberts Mill]], [[LOCATION:Cummerataside]], [[ZIP_CODE:40312-8871]].""",
    """Policy holder [[PERSON:Ngozi]] [[PERSON:Adeleke-Bauer]], SSN [[US_SSN:529-41-7730]], has added her daughter, aged [[AGE:9]], to the hospital cash plan; the premium is charged each month to [[CREDIT_CARD:5524 3309 0718 2643]].""",
    """Can you confirm that the IPv4 [[IP_ADDRESS:192.168.4.27]] belongs to [[PERSON:Keanu]]'s laptop? He is the Lead Agronomy Technician at the research farm and his MAC is 8a:4f:11:c2:70:9e.""",
    """[[PERSON:Mrs. Agnieszka Wróbel-Thompson]], your [[LOCATION:Portsmouth]] – [[LOCATION:Caen]] crossing on [[DATE_TIME:14/08/2025 at 08:15]] was paid with [[CREDIT_CARD:4557 0122 4983 0161]] (CVV 902). Cabin 6112, vehicle reg [[ID_NUMBER:WR19 KZT]].""",
    """Employee [[PERSON:Dashawn Grady]] ([[ID_NUMBER:EMP-661842]]), Future Research Liaison, lives at [[ADDRESS:Flat 2, 7 Oak Crescent]], [[LOCATION:Dunedin]] [[ZIP_CODE:9016]] and was born in [[DATE_TIME:March 1979]].""",
    """Please send the clove-harvest micro-loan contract to [[EMAIL_ADDRESS:faraji.mzee@mail.co.tz]]. [[PERSON:Faraji Mzee]], male, [[AGE:44]], [[ADDRESS:Plot 118, Mkoani Road]], [[LOCATION:Chake Chake]], [[LOCATION:Pemba]].""",
    """[[PERSON:Eldridge]], your Maestro [[CREDIT_CARD:67594122088310464]] was declined at the bus depot kiosk. Try again from [[IP_ADDRESS:10.44.0.213]] or call support on +1-800-555-0199.""",
    """Transfer 2,310.55 MUR from account [[ID_NUMBER:000448812093]] ([[PERSON:Anjali Doorgakant]]) to [[IBAN_CODE:MU56BOMM0101110000723940000MUR]] for the vanilla and sugarcane cooperative fees, BIC BOMMMUPL.""",
    """[[PERSON:Dr. Ivo Marchetti]] saw [[PERSON:Beatriz Lacerda]] ([[AGE:29]], female, eye colour hazel) on [[DATE_TIME:Tuesday, 10 December 2024]] for a follow-up, and she paid the co-payment with [[CREDIT_CARD:4929 3851 7702 2147]].""",
    """The ferry loyalty account of [[PERSON:Lorenza]] [[PERSON:Feeney]] (username [[USERNAME:lfeeney_88]], password sailaway!21) was opened from [[IP_ADDRESS:185.220.101.47]] with Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15.""",
    """Can [[PERSON:Mr. Obinna Eze-Hartmann]], our Dynamic Tax Strategist, confirm his new address, [[ADDRESS:1240 Marigold Terrace, Unit 5B]], [[LOCATION:Sacramento]], [[LOCATION:CA]] [[ZIP_CODE:95814]], and his driver license [[US_DRIVER_LICENSE:D4819273]]?""",
    """Attention [[PERSON:Shreya]]: vehicle registration [[ID_NUMBER:KA 05 MN 4417]] linked to your stage-carriage bus permit expires soon. An OTP will be sent to [[PHONE_NUMBER:+91-98450-33172]].""",
    """[[PERSON:Ms. Yolanda Greenholt]] from [[LOCATION:Lake Maudieview]] ordered three jars of Tellicherry pepper; invoice INV-20331 went to [[EMAIL_ADDRESS:yolanda.greenholt@gmail.com]] and the card ending 0712 was charged.""",
    """Student [[PERSON:Haruto Sasaki]] (ID [[ID_NUMBER:2023-08841]]), [[AGE:21]], of [[ADDRESS:Room 414, Carlton Hall, 55 University Parade]], [[LOCATION:Hamilton]], has requested a replacement library card.""",
    """[[PERSON:Kwabena]], your IBAN [[IBAN_CODE:NL67 RABO 0328 4519 07]] and BIC RABONL2U have been saved and the crop insurance refund will be paid there. Your customer number is [[ID_NUMBER:C-7781023]].""",
    """Backup key for [[PERSON:Sven]]'s workstation (MAC 00:1A:2B:3C:4D:5E, IP [[IP_ADDRESS:172.16.254.3]]): 7f9a3c0e55d1b2a8. Please don't forward it to [[PERSON:Kirsten Albrechtsen]].""",
    """[[PERSON:Miriam Abboud]] (née [[PERSON:Haddad]]), [[AGE:63]], widowed, is claiming four nights under her hospital-cash micro-policy; pay to [[IBAN_CODE:FR76 3000 4028 3700 0104 7339 540]].""",
    """Greetings [[PERSON:Dr. Aurelio Bechtelar]], the conference fee was charged to your Diners Club [[CREDIT_CARD:3056 930920 5183]], the receipt went to [[EMAIL_ADDRESS:a.bechtelar@protonmail.ch]], and your shuttle-bus seat from [[LOCATION:Zürich]] is confirmed for [[DATE_TIME:5 May]].""",
    """[[PERSON:Tavita Faleolo]], Investor Tactics Manager, requests the inter-island ferry timetable for [[LOCATION:Apia]]. He is [[AGE:52]], his number is [[PHONE_NUMBER:+685 7251 408]], and he prefers email: [[EMAIL_ADDRESS:tavita.f@samoa.ws]].""",
    """Cardamom export certificate processed for [[PERSON:Meera Pillai]], [[ADDRESS:TC 14/2281, Vazhuthacaud]], [[LOCATION:Thiruvananthapuram]] [[ZIP_CODE:695014]]. [[PERSON:Ms. Pillai]] should verify her PAN, [[ID_NUMBER:AMKPP6214Q]].""",
    """The sensor at [[IP_ADDRESS:100.64.12.9]] reported unusual activity on [[PERSON:Gaston]] [[PERSON:Rippin]]'s account: his SSN [[US_SSN:372-18-6604]] and birthday [[DATE_TIME:04/29]] were viewed.""",
    """[[TITLE:Mme]] [[PERSON:Sylvie Técher]], conseillère clientèle, votre accès depuis [[IP_ADDRESS:41.213.118.77]] a été bloqué. Merci de confirmer votre date de naissance ([[DATE_TIME:22/09/1974]]) et votre adresse : [[ADDRESS:12 rue Juliette Dodu]], [[ZIP_CODE:97400]] [[LOCATION:Saint-Denis]].""",
    """Bonjour [[PERSON:Yannick Pierre-Louis]], votre carte [[CREDIT_CARD:5167 3288 0045 2131]] (CVV 447, exp. 11/26) a été débitée de 650 Rs pour l'abonnement au bus express [[LOCATION:Curepipe]] – [[LOCATION:Port-Louis]].""",
    """[[PERSON:Lucía Fernández Ortega]], DNI [[ID_NUMBER:48213077V]]: your ferry booking to [[LOCATION:Tangier]] for [[DATE_TIME:the 9th of July]] is confirmed and the refund deposit goes to [[IBAN_CODE:ES91 2100 0418 4502 0005 1332]].""",
    """Hey [[PERSON:Bartholomew]], can you ping the node at [[IP_ADDRESS:45.77.152.200]]? It's the one [[PERSON:Kaia Nakamura]] set up; her admin login is [[USERNAME:knakamura_ops]].""",
    """Please update [[PERSON:Zhao Lei]]'s record: new phone [[PHONE_NUMBER:+65 9734 2218]], NRIC [[ID_NUMBER:S9027741C]], job title Legacy Markets Facilitator.""",
    """[[PERSON:Clementine Okafor-Lindgren]], your micro-insurance welcome pack is on its way to [[ADDRESS:Suite 1402, 600 Bay Street]], [[LOCATION:Toronto]], [[LOCATION:Ontario]] [[ZIP_CODE:M5G 1M6]]. Member number: [[ID_NUMBER:MIC-0094471]].""",
    """Reminder for [[PERSON:Hamza Qureshi]]: CVV 113, expiry 02/28, card [[CREDIT_CARD:4024 0071 8846 2054]]. Do not send this to [[EMAIL_ADDRESS:hamza.q@outlook.com]] again.""",
    """[[PERSON:Tupac]] [[PERSON:Quispe Mamani]], [[AGE:27]], from [[LOCATION:Cusco]], joined the spice traders' co-op on [[DATE_TIME:2024-06-03]]; gender: non-binary; IP at sign-up: [[IP_ADDRESS:190.42.17.224]].""",
    """Dear [[PERSON:Mr. Bertrand Osinski]], the bus accident compensation of $4,120.00 will go to the account ending 3391. If your mailing address has changed from [[ADDRESS:PO Box 4471]], [[LOCATION:Anchorage]], [[LOCATION:AK]] [[ZIP_CODE:99509]], tell us before the payment date.""",
    """[[TITLE:Ramatoa]] [[PERSON:Rasoamanarivo Hanitra]], mpitantana ny tahiry: nidiran'ny 250 000 Ar ny kaontinao [[ID_NUMBER:00008 00040 05320471093 11]] tamin'ny [[DATE_TIME:12 aprily 2025]]. IP: [[IP_ADDRESS:154.126.88.40]].""",
    """[[PERSON:Ebony]] [[PERSON:Mraz]], your vehicle [[ID_NUMBER:BD68 XTR]] was recorded boarding the [[DATE_TIME:19:30 sailing on 1 March]] without a ticket; the notice goes to [[ADDRESS:3 Chapel Row]], [[LOCATION:Ryde]] [[ZIP_CODE:PO33 2HU]].""",
    """Update: [[PERSON:Rangi]]'s ID card number [[ID_NUMBER:LX482913]] and passport [[ID_NUMBER:RA4417203]] are attached; the IPv6 [[IP_ADDRESS:2404:4400:4181:9200:5d9e:1cff:fe22:7a10]] was used to upload them.""",
    """CROP MICRO-INSURANCE CLAIM FORM (vanilla, [[LOCATION:SAVA]] region)
Claimant: [[PERSON:Rakotoarisoa Jean de Dieu]]
Member No.: [[ID_NUMBER:SAVA-COOP-0412]]
Fokontany: [[LOCATION:Ambodihasina]], Commune: [[LOCATION:Andapa]]
Policy No.: VAN-IDX-2025-0093
Date of loss: [[DATE_TIME:14 March 2025]] (Cyclone)
Vines lost: approx. 1,100
Mobile money number for payout: [[PHONE_NUMBER:+261 32 70 418 55]]
Signed at [[LOCATION:Andapa]] on [[DATE_TIME:21/03/2025]]""",
    """MICRO-LOAN APPLICATION
Applicant: [[PERSON:Kavitha Ramasamy]]    Age: [[AGE:39]]
Address: [[ADDRESS:No. 12, Periyar Street]], [[LOCATION:Bodinayakanur]], [[LOCATION:Theni District]], [[ZIP_CODE:625513]]
Aadhaar: [[ID_NUMBER:5820 4419 3760]]
Purpose: drying yard for cardamom and pepper
Amount requested: Rs 45,000 over 18 months
Co-applicant: [[PERSON:S. Ramasamy]] (husband), phone [[PHONE_NUMBER:94431 20875]]
Date of application: [[DATE_TIME:02/01/2025]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Owusu, Kofi Asare]]   MRN: [[ID_NUMBER:KBTH-00781245]]
DOB: [[DATE_TIME:1956-08-30]]   Sex: M
Admitted: [[DATE_TIME:2025-02-11]]   Discharged: [[DATE_TIME:2025-02-18]]
Attending: [[PERSON:Dr. Abena Frimpong]]
Diagnosis: community-acquired pneumonia, resolved. Follow-up in clinic in two weeks.
Next of kin: [[PERSON:Akosua Owusu]] (daughter), [[PHONE_NUMBER:024 419 8836]]""",
    """EMPLOYMENT AGREEMENT (extract)
This agreement is made on [[DATE_TIME:1 April 2025]] between Harbourline Ferries Ltd ("the Employer") and [[PERSON:Connor James Whitty]] of [[ADDRESS:22 Marine Parade]], [[LOCATION:Dún Laoghaire]], [[LOCATION:Co. Dublin]], [[ZIP_CODE:A96 K2X4]] ("the Employee"), PPS No. [[ID_NUMBER:6129384R]].
1. The Employee will be employed as Deck Officer from [[DATE_TIME:14 April 2025]].
2. Salary is paid monthly into [[IBAN_CODE:IE39AIBK93115212909165]].""",
    """NOTICE OF TERMINATION OF TENANCY
To: [[PERSON:Mr. Dwayne Ellery]] and [[PERSON:Ms. Precious Ndlovu]]
Property: [[ADDRESS:Unit 7, 41 Rothesay Avenue]], [[LOCATION:Craighall]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2196]]
You are hereby given notice to vacate the property on or before [[DATE_TIME:31 May 2025]].
Landlord: [[PERSON:Hendrik van Zyl]], ID [[ID_NUMBER:7601057141085]]
Served on [[DATE_TIME:28 February 2025]]""",
    """PASSENGER INCIDENT REPORT - MV Island Pride
Date/time of incident: [[DATE_TIME:09 Jan 2025, 16:40]]
Passenger: [[PERSON:Agnes Mary Fenwick]], [[AGE:71]]
Home address: [[ADDRESS:Rose Cottage, 4 Harbour Brae]], [[LOCATION:Oban]], [[ZIP_CODE:PA34 5NT]]
Ticket ref: CM-449120-OBN
Description: slipped on wet stairwell between car deck and lounge; first aid given by crew member [[PERSON:Iain MacLeod]].
Contact: [[PHONE_NUMBER:01631 563 208]]""",
    """BUS ACCIDENT - THIRD PARTY CLAIM
Claimant: [[PERSON:Ramón Aguilar-Soto]]
Date of birth: [[DATE_TIME:March 14, 1983]]
Address: [[ADDRESS:4107 W. Cermak Road, Apt 2R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60623]]
SSN: [[US_SSN:318-52-4096]]
Route 21 bus, incident on [[DATE_TIME:January 6, 2025 at approximately 7:50 AM]]
Injuries: whiplash, bruised shoulder. Treating physician: [[PERSON:Dr. Helen Kowalski]].""",
    """PATIENT INTAKE
Name: [[PERSON:Tran Van Minh]]
Preferred name: [[PERSON:Minh]]
Date of birth: [[DATE_TIME:4 Oct 1962]]
Medicare no.: [[ID_NUMBER:4127 60930 2]]
Address: [[ADDRESS:15/3 Canley Vale Road]], [[LOCATION:Canley Heights]] [[LOCATION:NSW]] [[ZIP_CODE:2166]]
Interpreter required: Vietnamese
Emergency contact: [[PERSON:Tran Thi Lan]], [[PHONE_NUMBER:0421 388 590]]""",
    """IN THE MAGISTRATES' COURT AT [[LOCATION:KAMPALA]]
SUMMONS TO APPEAR
To: [[PERSON:SSEKANDI Robert]], of [[LOCATION:Nakawa Division]]
You are required to appear before this court on [[DATE_TIME:the 24th day of April 2025 at 9 o'clock in the forenoon]] to answer a charge of obtaining money by false pretences (micro-insurance premiums).
Complainant: [[PERSON:NAMUKASA Harriet]]""",
    """MORTGAGE APPLICATION - APPLICANT DETAILS
Full name: [[PERSON:Joseph Kwame Danquah]]
Date of birth: [[DATE_TIME:17/11/1984]]
National Insurance no.: [[ID_NUMBER:NP 27 04 81 B]]
Current address: [[ADDRESS:Flat 5, Mercer Court, 19 Leyton Green Road]], [[LOCATION:London]] [[ZIP_CODE:E10 6DA]]
Time at address: 3 years 4 months
Employer: Northgate Logistics (warehouse supervisor, 9 years)
Current account: sort code 40-11-62, account no. [[ID_NUMBER:71930255]]
Email: [[EMAIL_ADDRESS:jk.danquah@btinternet.com]]""",
    """Dear [[PERSON:Mrs. Esther Wanjiku Njoroge]],
Your Afya Bora hospital cover (certificate HC-221-40981) renews on [[DATE_TIME:1 March 2025]]. The weekly premium of KES 70 will continue to be deducted from M-Pesa number [[PHONE_NUMBER:0703 112 540]]. Your member number, [[ID_NUMBER:AB-440192]], stays the same.
To add your husband, [[PERSON:Peter Njoroge]], reply YES.""",
    """INFORMED CONSENT - Study PEP-NUT-07
Participant name: [[PERSON:Hyun-woo Park]]
Participant ID: [[ID_NUMBER:P07-0142]]
Age: [[AGE:45]]
I agree to take part in this study of dietary turmeric and joint pain.
Signature: ______   Date: [[DATE_TIME:10/02/2025]]
Witness: [[PERSON:Grace Oyelowo]], study nurse""",
    """To whom it may concern,
I am writing to confirm that [[PERSON:Mr. Dimitrios Papadakis]] rented the flat at [[ADDRESS:2A Ferndale Road]], [[LOCATION:Brixton]], [[ZIP_CODE:SW9 8BH]] from [[DATE_TIME:June 2021]] to [[DATE_TIME:January 2025]] and always paid on time.
Yours faithfully,
[[PERSON:Margaret Osei]]
[[PHONE_NUMBER:07946 318 022]]""",
    """VEHICLE COLLISION REPORT
Driver 1: [[PERSON:Lindiwe Khumalo]], licence no. [[ID_NUMBER:1020 0003 7X4K]], vehicle [[ID_NUMBER:CA 412-908]]
Driver 2: [[PERSON:Jacques du Plessis]], ID [[ID_NUMBER:8307196203088]]
Date and time: [[DATE_TIME:22/12/2024 18:05]]
Location: corner of Voortrekker Road and Durban Road, [[LOCATION:Bellville]]
Both vehicles were towed. No injuries reported.""",
    """CUSTOMER DUE DILIGENCE FORM
Customer name: [[PERSON:Parisa Hosseini-Lund]]
Customer ID: [[ID_NUMBER:CUST-00918327]]
Nationality: [[NRP:Iranian]] / [[NRP:Swedish]]
Passport no.: [[ID_NUMBER:AA9034471]]
Residential address: [[ADDRESS:Storgatan 14 B]], [[ZIP_CODE:114 55]] [[LOCATION:Stockholm]]
Occupation: spice importer
Source of funds: business income""",
    """SCHOOL ENROLMENT FORM
Pupil: [[PERSON:Zara Abdi Hassan]]     DOB: [[DATE_TIME:3 September 2016]]
Year group: 4
Parent/carer: [[PERSON:Hodan Abdi]]
Address: [[ADDRESS:112 Stapleton Road]], [[LOCATION:Easton]], [[LOCATION:Bristol]], [[ZIP_CODE:BS5 0PR]]
Home phone: [[PHONE_NUMBER:0117 955 2041]]
Religion: [[NRP:Muslim]]
Travels to school by: bus (route 48)""",
    """FUNERAL PLAN - BENEFICIARY NOMINATION
Main member: [[PERSON:Thandiwe Mokoena]], ID [[ID_NUMBER:9103040827084]]
Plan: Family Cover R15 000 (policy FP-7731208)
Beneficiary: [[PERSON:Lerato Mokoena]], relationship: daughter, cell [[PHONE_NUMBER:083 277 4019]]
Premium: R89 per month, debit order on the 1st
Signed: [[PERSON:T. Mokoena]] on [[DATE_TIME:2025/01/17]]""",
    """PAYROLL CHANGE REQUEST
Employee: [[PERSON:Marisol Gutierrez]]   Employee #: [[ID_NUMBER:004417]]
Effective: [[DATE_TIME:03/01/2025]]
Change: new direct deposit account
Bank: Wells Fargo, routing 121000248, account [[ID_NUMBER:7300184425]]
Requested by: [[PERSON:Marisol Gutierrez]], approved by [[PERSON:Dana Whitcomb]] (HR)""",
    """TRAVEL INSURANCE CLAIM - MISSED CONNECTION
Insured: [[PERSON:Ayesha Rahman]], [[PERSON:Imran Rahman]]
Booking: Stena Line [[LOCATION:Holyhead]] to [[LOCATION:Dublin]], [[DATE_TIME:23 December 2024 at 14:10]], ref SL-90441738
Reason: coach from [[LOCATION:Birmingham]] delayed by 3 hours
Amount claimed: £186.40
Email: [[EMAIL_ADDRESS:ayesha.rahman.bham@gmail.com]]   Tel: [[PHONE_NUMBER:0121 496 3378]]""",
    """CONTRAT D'ACHAT DE VANILLE VERTE
Entre : la société exportatrice, [[LOCATION:Sambava]]
Et : [[PERSON:Randriamampionona Jean Claude]], planteur, CIN [[ID_NUMBER:205 011 022 487]], demeurant à [[LOCATION:Ampanefena]], district de [[LOCATION:Vohémar]]
Quantité : 350 kg de vanille verte, prix 75 000 Ar/kg
Livraison au plus tard le [[DATE_TIME:15 juillet 2025]]
Paiement par mobile money au [[PHONE_NUMBER:034 12 447 09]]
Fait à [[LOCATION:Sambava]], le [[DATE_TIME:2 juin 2025]]""",
    """EXPORT LICENCE APPLICATION - SPICES
Applicant: [[PERSON:Dilrukshi Perera]]
NIC: [[ID_NUMBER:198473102215]]
Business address: [[ADDRESS:No. 47/2, Temple Road]], [[LOCATION:Matale]]
Products: cinnamon quills (Alba grade), black pepper
Contact: [[PHONE_NUMBER:+94 77 318 4402]], [[EMAIL_ADDRESS:dilrukshi.perera@gmail.com]]
Date: [[DATE_TIME:2025.01.09]]""",
    """COMPLAINT TO THE DATA PROTECTION OFFICER
Complainant: [[PERSON:Rachel Goldberg]]
Email: [[EMAIL_ADDRESS:rgoldberg@fastmail.com]]
Summary: On [[DATE_TIME:12 February 2025]], the bus company's refund portal showed me another passenger's name ([[PERSON:Samuel Adeyinka]]), home address ([[ADDRESS:9 Larch Close]], [[LOCATION:Leicester]] [[ZIP_CODE:LE3 6QT]]) and phone number ([[PHONE_NUMBER:07712 604 381]]).""",
    """LIFE INSURANCE - CHANGE OF BENEFICIARY
Insured: [[PERSON:Rolando Bautista]]   DOB: [[DATE_TIME:02-28-1971]]   SSN: [[US_SSN:604-33-1187]]
New primary beneficiary: [[PERSON:Marivic Bautista]] (spouse), 100%
Contingent beneficiary: [[PERSON:Rolando Bautista Jr.]] (son)
Address: [[ADDRESS:2846 Bayshore Blvd, Unit 12]], [[LOCATION:Daly City]], [[LOCATION:CA]] [[ZIP_CODE:94014]]
Signed [[DATE_TIME:January 30, 2025]]""",
    """DISPENSING RECORD
Patient: [[PERSON:Baker, Evelyn R.]]   DOB [[DATE_TIME:11/05/1939]]
NHS No: [[ID_NUMBER:485 777 3457]]
Item: Amlodipine 5mg tabs x28
Prescriber: [[PERSON:Dr. S. Chaudhry]]
Collected by: [[PERSON:Gary Baker]] (son) on [[DATE_TIME:18/03/2025]]""",
    """FINAL NOTICE
[[PERSON:Kieran Doherty]]
[[ADDRESS:58 Shore Road]]
[[LOCATION:Portrush]]
[[ZIP_CODE:BT56 8BN]]
Account number: [[ID_NUMBER:88104437]]
Our records show £412.60 outstanding on your car loan. Unless payment is received within 14 days, the matter will be passed to our collection agent. Call 0345 600 7421 (Mon-Fri).""",
    """HOME CARE ASSESSMENT
Client: [[PERSON:Mrs Aroha Te Whata]], [[AGE:82]]
Address: [[ADDRESS:12 Kauri Street]], [[LOCATION:Kaikohe]] [[ZIP_CODE:0405]]
NHI: [[ID_NUMBER:ZAC4411]]
Assessed by: [[PERSON:Sione Tupou]] (care coordinator) on [[DATE_TIME:Thu 13 Feb 2025]]
Needs help with showering and meals; daughter [[PERSON:Mere]] visits on weekends.""",
    """ATTESTATION D'HÉBERGEMENT
Je soussigné [[PERSON:Patrice Hoarau]], né le [[DATE_TIME:5 juin 1964]] à [[LOCATION:Saint-Pierre]], demeurant au [[ADDRESS:27 rue Marius et Ary Leblond]], [[ZIP_CODE:97410]] [[LOCATION:Saint-Pierre]], atteste héberger à mon domicile [[PERSON:Laëtitia Fontaine]], née le [[DATE_TIME:19/01/1997]], depuis le [[DATE_TIME:1er octobre 2024]].
N° de sécurité sociale : [[ID_NUMBER:1 64 06 974 16 045 02]]
Fait à [[LOCATION:Saint-Pierre]], le [[DATE_TIME:10 mars 2025]].""",
    """SCHOLARSHIP AWARD LETTER
Dear [[PERSON:Chidinma Okeke]],
We are pleased to award you the Harbour Trust Bursary for 2025. Your student number, [[ID_NUMBER:220418337]], has been linked to the award. Funds will be paid to your account [[ID_NUMBER:0123847561]] at First Bank from [[DATE_TIME:February 15]].
Please confirm your address: [[ADDRESS:Block C, Room 12, Moremi Hall]], [[LOCATION:Akoka]], [[LOCATION:Lagos]].""",
    """ADJUSTER NOTES - CLAIM 24-CL-88173
Spoke with insured [[PERSON:Dale Hutchins]] on [[DATE_TIME:11/19/2024 at 2:35 PM]]. He says the hail damaged the roof at [[ADDRESS:7715 County Road 12]], [[LOCATION:Wray]], [[LOCATION:CO]] [[ZIP_CODE:80758]]. Neighbor [[PERSON:Patty Olsen]] witnessed. Callback [[PHONE_NUMBER:970-332-5108]].""",
    """POLICE REPORT - THEFT OF VANILLA
Reporting person: [[PERSON:Sitraka Andriamanalina]], [[AGE:36]], farmer
Residence: [[LOCATION:Antsahanoro]], [[LOCATION:Antalaha]]
Date of theft: [[DATE_TIME:night of 2-3 May 2025]]
Items: approx. 40 kg green vanilla, marked with grower stamp
Suspects: two men on a motorbike, registration [[ID_NUMBER:4821 TBK]]
Officer: [[TITLE:Brigadier]] [[PERSON:Razanakoto]]""",
    """{"booking_id": "FRY-20250412-8831", "route": "[[LOCATION:Wellington]]-[[LOCATION:Picton]]", "sailing": "[[DATE_TIME:2025-04-12T13:45:00+12:00]]", "lead_passenger": {"first_name": "[[PERSON:Hemi]]", "last_name": "[[PERSON:Tawhiri]]", "dob": "[[DATE_TIME:1990-02-07]]", "email": "[[EMAIL_ADDRESS:hemi.tawhiri@gmail.com]]", "phone": "[[PHONE_NUMBER:+64 27 481 9920]]"}, "vehicle": {"rego": "[[ID_NUMBER:NGT482]]", "length_m": 4.6}, "payment": {"card_last4": "3022", "status": "captured"}}""",
    """[[DATE_TIME:2025-03-04T09:12:44.118Z]] INFO auth-service login_success user=[[USERNAME:nrajapakse]] email=[[EMAIL_ADDRESS:nimali.rajapakse@ceylonspice.lk]] ip=[[IP_ADDRESS:112.134.88.201]] session=9f3e1a7c2b
[[DATE_TIME:2025-03-04T09:13:02.551Z]] WARN auth-service mfa_reset user=[[USERNAME:nrajapakse]] phone=[[PHONE_NUMBER:+94712205318]] ip=[[IP_ADDRESS:112.134.88.201]]
2025-03-04T09:15:40.009Z INFO orders-api order_created order=SO-77410 customer_id=[[ID_NUMBER:CS-00412]]""",
    """INSERT INTO members (member_no, full_name, dob, national_id, mobile, village, scheme) VALUES
('[[ID_NUMBER:MI-07731]]', '[[PERSON:Achieng Rose Odhiambo]]', '[[DATE_TIME:1979-05-22]]', '[[ID_NUMBER:22817403]]', '[[PHONE_NUMBER:0728 904 117]]', '[[LOCATION:Kendu Bay]]', 'HOSP_CASH_BASIC'),
('[[ID_NUMBER:MI-07732]]', '[[PERSON:Otieno Paul]]', '[[DATE_TIME:1985-11-03]]', '[[ID_NUMBER:27410958]]', '[[PHONE_NUMBER:0791 220 634]]', '[[LOCATION:Homa Bay]]', 'CROP_INDEX');""",
    """<patient>
  <mrn>[[ID_NUMBER:RNH-4418203]]</mrn>
  <name><given>[[PERSON:Kaveh]]</given><family>[[PERSON:Moradi]]</family></name>
  <birthDate>[[DATE_TIME:1971-09-14]]</birthDate>
  <gender>male</gender>
  <address><line>[[ADDRESS:8/22 Albany Highway]]</line><city>[[LOCATION:Victoria Park]]</city><state>[[LOCATION:WA]]</state><postalCode>[[ZIP_CODE:6100]]</postalCode></address>
  <telecom system="phone">[[PHONE_NUMBER:(08) 9361 4402]]</telecom>
  <bloodType>O+</bloodType>
</patient>""",
    """# ferry-booking service config
service:
  name: ferry-booking
  region: ap-southeast-2
  owner: "[[PERSON:Brooke Halvorsen]]"
  oncall_email: [[EMAIL_ADDRESS:brooke.halvorsen@tasferries.com.au]]
  oncall_phone: "[[PHONE_NUMBER:+61 407 113 928]]"
database:
  host: [[IP_ADDRESS:10.2.14.7]]
  user: fb_app
  password: "Xk2#pL9!"
alerts:
  escalate_to: ops-team@tasferries.com.au""",
    """def test_policy_enrolment():
    member = Member(
        name="[[PERSON:Grace Achola]]",
        member_no="[[ID_NUMBER:UG-MI-558201]]",
        phone="[[PHONE_NUMBER:+256 701 448 392]]",
        dob=date(1992, 4, 18),
        district="[[LOCATION:Gulu]]",
    )
    policy = enrol(member, product="WEATHER_INDEX_SORGHUM")
    assert policy.status == "active\"""",
    """PROJ-4471: Refund not processed for bus ticket
Reporter: [[PERSON:Ahmed El-Sayed]] ([[EMAIL_ADDRESS:ahmed.elsayed@outlook.com]])
Assignee: [[USERNAME:jkruger]]
Priority: Medium
Description: Customer cancelled the [[DATE_TIME:15 Feb]] coach from [[LOCATION:Leeds]] to [[LOCATION:Newcastle]] within the refund window. Paid with [[CREDIT_CARD:5237 8100 4619 3278]]. Customer's phone: [[PHONE_NUMBER:07455 218 903]].
Environment: web checkout v3.8.1""",
    """[[IP_ADDRESS:10.1.3.22]] - - [04/Mar/2025:10:22:31 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
[[IP_ADDRESS:86.142.33.19]] - [[USERNAME:mthompson]] [04/Mar/2025:10:22:35 +0000] "POST /account/update?email=[[EMAIL_ADDRESS:m.thompson1984@btinternet.com]] HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)"
[[IP_ADDRESS:86.142.33.19]] - [[USERNAME:mthompson]] [04/Mar/2025:10:22:36 +0000] "GET /tickets/B-449812 HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)\"""",
    """{
  "status": "verified",
  "kyc": {
    "full_name": "[[PERSON:Mohammed Aliyu Bello]]",
    "bvn": "[[ID_NUMBER:22184019347]]",
    "nin": "[[ID_NUMBER:71049283516]]",
    "date_of_birth": "[[DATE_TIME:12-Jun-1988]]",
    "phone": "[[PHONE_NUMBER:+2348031452267]]",
    "address": "[[ADDRESS:15 Ahmadu Bello Way]], [[LOCATION:Kaduna]]"
  },
  "checked_at": "2025-03-01T11:04:55Z"
}""",
    """UPDATE policyholders SET phone = '[[PHONE_NUMBER:+27 71 330 8842]]', email = '[[EMAIL_ADDRESS:sibusiso.ntuli@webmail.co.za]]', updated_by = '[[USERNAME:agent_kmokoena]]' WHERE id_number = '[[ID_NUMBER:8702265714082]]' AND policy_no = 'FNC-331208';""",
    """<ticket>
  <ticketNo>SOA-2025-118842</ticketNo>
  <passenger>
    <name>[[PERSON:RAKOTOVAO Mamy Herizo]]</name>
    <cin>[[ID_NUMBER:101 982 337 541]]</cin>
    <phone>[[PHONE_NUMBER:+261 33 11 905 62]]</phone>
  </passenger>
  <from>[[LOCATION:Antananarivo]]</from>
  <to>[[LOCATION:Toliara]]</to>
  <departure>[[DATE_TIME:2025-05-08 16:00]]</departure>
  <seat>B4</seat>
  <fare currency="MGA">120000</fare>
</ticket>""",
    """From: [[PERSON:Leah Kowalczuk]] <[[EMAIL_ADDRESS:leah.kowalczuk@gmail.com]]>
To: claims@microcover.example
Date: Mon, 3 Mar 2025 08:14:09 +1100
Subject: Claim for hospital stay - member [[ID_NUMBER:MC-228190]]
X-Originating-IP: [[[IP_ADDRESS:120.154.72.9]]]

Hi, please find attached the invoice for my stay from [[DATE_TIME:24 Feb]] to [[DATE_TIME:27 Feb]].""",
    """const passenger = {
  firstName: "[[PERSON:Ofa]]",
  lastName: "[[PERSON:Fifita]]",
  passport: "[[ID_NUMBER:N1847203]]",
  nationality: "[[NRP:Tongan]]",
  travelDate: "[[DATE_TIME:2025-06-21]]",
  route: "[[LOCATION:Nuku'alofa]]-[[LOCATION:'Eua]]",
  contact: { phone: "[[PHONE_NUMBER:+676 771 4402]]", email: "[[EMAIL_ADDRESS:ofa.fifita@yahoo.com]]" },
};""",
    """SUPPORT TICKET #58120
Name: [[PERSON:Colm Ó Briain]]
Email: [[EMAIL_ADDRESS:colm.obriain@eircom.net]]
Phone: [[PHONE_NUMBER:086 271 4408]]
Category: Billing
Message: I was charged twice for my broadband bill on [[DATE_TIME:Feb 20]]. Card used: [[CREDIT_CARD:4338 1287 0066 1923]]. Please refund one charge.
Device: Samsung SM-S911B, Android 14""",
    """# .env.production
APP_NAME=spice-coop-portal
ADMIN_NAME="[[PERSON:Fenosoa Rajaonarison]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:fenosoa.rajaonarison@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+261341207755]]
SMTP_HOST=smtp.mailgun.org
SMTP_PASSWORD=9c1e7f40b2d3
ALLOWED_IPS=[[IP_ADDRESS:41.188.39.12]]""",
    """mutation {
  createClaim(input: {
    memberNo: "[[ID_NUMBER:PH-CARD-0093318]]"
    claimantName: "[[PERSON:Rowena Dimaculangan]]"
    relationship: "spouse"
    deceasedName: "[[PERSON:Alfredo Dimaculangan]]"
    dateOfDeath: "[[DATE_TIME:2025-01-19]]"
    payoutMobile: "[[PHONE_NUMBER:09178824105]]"
  }) { claimId status }
}""",
    """{"coop": "Vanille SAVA", "season": 2025, "deliveries": [{"grower": "[[PERSON:Tsaratiana Marcelline]]", "member_no": "[[ID_NUMBER:VS-1182]]", "kg_green": 88.5, "date": "[[DATE_TIME:2025-06-03]]", "mobile": "[[PHONE_NUMBER:+261 32 41 773 08]]"}, {"grower": "[[PERSON:Bezara Justin]]", "member_no": "[[ID_NUMBER:VS-1190]]", "kg_green": 142.0, "date": "[[DATE_TIME:2025-06-04]]", "mobile": "[[PHONE_NUMBER:+261 34 05 218 63]]"}], "buyer_ref": "EXP-ANT-22"}""",
    """[[DATE_TIME:Mar  4 06:31:17]] gw01 sshd[22841]: Accepted publickey for [[USERNAME:okwame]] from [[IP_ADDRESS:154.160.3.87]] port 52214 ssh2
[[DATE_TIME:Mar  4 06:31:17]] gw01 sshd[22841]: pam_unix(sshd:session): session opened for user [[USERNAME:okwame]] by (uid=0)
Mar  4 06:40:02 gw01 sudo: [[USERNAME:okwame]] : TTY=pts/0 ; PWD=/srv/ticketing ; USER=root ; COMMAND=/usr/bin/systemctl restart ticketing
Mar  4 06:52:44 gw01 sshd[22990]: Failed password for invalid user admin from [[IP_ADDRESS:45.155.205.233]] port 40112 ssh2""",
    """MSH|^~&|CLINIC|KNH|LAB|KNH|202503041022||ORU^R01|MSG00412|P|2.5
PID|1||[[ID_NUMBER:KNH-5520184]]||[[PERSON:MUTUA]]^[[PERSON:JOSEPH]]^[[PERSON:KIOKO]]||[[DATE_TIME:19690211]]|M|||[[ADDRESS:PLOT 22 LANGATA ROAD]]^^[[LOCATION:NAIROBI]]^^[[ZIP_CODE:00509]]||[[PHONE_NUMBER:0722604418]]
OBX|1|NM|GLU^Glucose||6.8|mmol/L|3.9-5.5|H""",
    """public class PassengerFixture {
    static Passenger sample() {
        return Passenger.builder()
            .fullName("[[PERSON:Ines Carvalho Duarte]]")
            .email("[[EMAIL_ADDRESS:ines.duarte@sapo.pt]]")
            .iban("[[IBAN_CODE:BE86 0631 8274 9550]]")
            .birthDate(LocalDate.parse("[[DATE_TIME:1993-03-27]]"))
            .seat("14C")
            .build();
    }
}""",
    """owner_name  | owner_email                      | last_login
------------+----------------------------------+---------------------
[[PERSON:Ruth Abebe]]  | [[EMAIL_ADDRESS:ruth.abebe@ethiomail.et]]          | [[DATE_TIME:2025-02-28 21:14:09]]
(1 row)

-- query: SELECT owner_name, owner_email, last_login FROM accounts WHERE owner_phone = '[[PHONE_NUMBER:+251 911 408 227]]';""",
    """[2025-02-14 08:02:11] mobile-money INFO  premium_debit msisdn=[[PHONE_NUMBER:255754310882]] name="[[PERSON:Neema Mushi]]" member=[[ID_NUMBER:TZ-BIMA-77120]] amount=1500 TZS status=OK
[2025-02-14 08:02:12] mobile-money INFO  premium_debit msisdn=[[PHONE_NUMBER:255713902417]] name="[[PERSON:Baraka Mollel]]" member=[[ID_NUMBER:TZ-BIMA-77121]] amount=1500 TZS status=INSUFFICIENT_FUNDS
[2025-02-14 08:02:12] mobile-money WARN  retry_scheduled txn=TX90412 attempt=2""",
    """{"formulaire": "demande_adhesion", "langue": "fr", "adherent": {"nom": "[[PERSON:RAZAFIMAHEFA]]", "prenoms": "[[PERSON:Nirina Harivelo]]", "date_naissance": "[[DATE_TIME:12/09/1986]]", "cin": "[[ID_NUMBER:117 091 006 224]]", "adresse": "[[ADDRESS:Lot IVG 12 Ter]], [[LOCATION:Ambohimanarina]]", "code_postal": "[[ZIP_CODE:101]]", "telephone": "[[PHONE_NUMBER:034 45 871 20]]"}, "produit": "micro-assurance santé famille", "beneficiaires": 4}""",
    """<claim xmlns="urn:microins:claims:1">
  <claimNo>CLM-MU-2025-0441</claimNo>
  <product>fishermen_income_cover</product>
  <insured>
    <fullName>[[PERSON:Vikash Ramdhony]]</fullName>
    <nic>[[ID_NUMBER:R0407783900127]]</nic>
    <dateOfBirth>[[DATE_TIME:1978-07-04]]</dateOfBirth>
    <address>[[ADDRESS:14 Royal Road]], [[LOCATION:Grand Gaube]]</address>
    <mobile>[[PHONE_NUMBER:+230 5498 7721]]</mobile>
  </insured>
  <event type="cyclone_no_fishing_days" days="8"/>
  <payout iban="[[IBAN_CODE:MU68MCBL0944000051276209000MUR]]" amountMUR="3500"/>
</claim>""",
    """[[PERSON:Mrs. Constance Abernathy-Vogel]], Global Usability Designer in our [[LOCATION:Leeds]] office, has changed her emergency contact to [[PERSON:Reginald]] ([[PHONE_NUMBER:+44 7700 183442]]). Her new door code is 4471, and HR needs to check her date of birth, [[DATE_TIME:29th February 1988]].""",
    """The vehicle [[ID_NUMBER:MH12 KQ 4407]] and its loan are in the name of [[PERSON:Rutuja Kulkarni]], [[ADDRESS:B-704, Lodha Paradise, 21 Eastern Express Highway]], [[LOCATION:Thane]] [[ZIP_CODE:400601]]; the EMI debit from account [[ID_NUMBER:50100287716402]] bounced on [[DATE_TIME:5th March]].""",
    """logger.info("sim_swap_requested", extra={
    "msisdn": "[[PHONE_NUMBER:+254 722 910 384]]",
    "subscriber": "[[PERSON:Mutheu Kilonzo]]",
    "id_number": "[[ID_NUMBER:29184437]]",
    "agent": "[[USERNAME:shop114_jmwangi]]",
    "client_ip": "[[IP_ADDRESS:197.248.10.66]]",
    "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736",
})""",
    """var customer = Customer{
	CustomerID: "[[ID_NUMBER:CU-2290415]]",
	Name:       "[[PERSON:Lars Henrik Eriksen]]",
	Email:      "[[EMAIL_ADDRESS:lars.h.eriksen@online.no]]",
	Phone:      "[[PHONE_NUMBER:+47 912 44 018]]",
	Street:     "[[ADDRESS:Thorvald Meyers gate 51]]",
	PostCode:   "[[ZIP_CODE:0555]]",
	City:       "[[LOCATION:Oslo]]",
	Plan:       "family-broadband-500",
}""",
    """AGREEMENT OF SALE (extract)
Seller: [[PERSON:Beatrice Anne Mulligan]], of [[ADDRESS:3 Glenview Terrace]], [[LOCATION:Ballarat]] [[LOCATION:VIC]] [[ZIP_CODE:3350]]
Purchaser: [[PERSON:Arjun Mehta]] and [[PERSON:Kavya Mehta]]
Property: [[ADDRESS:118 Sturt Street]], [[LOCATION:Ballarat Central]]
Deposit of $62,000 paid to the agent's trust account.
Settlement date: [[DATE_TIME:30 June 2025]]
Purchasers' TFNs (for withholding): [[ID_NUMBER:871 234 509]] / on file""",
    """VETERINARY CONSENT FORM
Owner: [[PERSON:Moana Leota]]
Address: [[ADDRESS:6 Huia Place]], [[LOCATION:Māngere]], [[LOCATION:Auckland]] [[ZIP_CODE:2022]]
Mobile: [[PHONE_NUMBER:022 317 4480]]
Animal: Pele (dog, 7 yrs, neutered male)
Procedure: dental scale and extraction, booked [[DATE_TIME:Wed 26 March, 8am]] drop-off
Estimate: $640 - $890
Signature: [[PERSON:M. Leota]]""",
    """curl -X POST https://api.busline.example/v2/refunds \\
  -H "Authorization: Bearer sk_live_51Hc9x7QeP" \\
  -d '{"passenger": "[[PERSON:Adaeze Umeh]]", "email": "[[EMAIL_ADDRESS:adaeze.umeh@yahoo.co.uk]]", "phone": "[[PHONE_NUMBER:+44 7831 550 218]]", "ticket": "NX-55120938", "reason": "service cancelled"}'""",
]

TABLE = [
    """passenger_name,dob,nationality,passport_no,cabin,meal
[[PERSON:Hine Rāwiri]],[[DATE_TIME:1988-03-14]],[[NRP:New Zealander]],[[ID_NUMBER:LH482017]],A12,standard
[[PERSON:Jonas Albrecht]],[[DATE_TIME:1975-11-02]],[[NRP:German]],[[ID_NUMBER:C4RT81J92]],A12,vegetarian
[[PERSON:Mele Tupou]],[[DATE_TIME:2001-06-30]],[[NRP:Tongan]],[[ID_NUMBER:N1093374]],B03,halal""",
    """member_no\tname\tsub_county\tmobile\tcover\tpremium_ksh
[[ID_NUMBER:KE-MI-30418]]\t[[PERSON:Jane Wairimu Kariuki]]\t[[LOCATION:Kiambaa]]\t[[PHONE_NUMBER:0712 448 903]]\thospital cash\t50
[[ID_NUMBER:KE-MI-30419]]\t[[PERSON:Samuel Kiprop]]\t[[LOCATION:Kapseret]]\t[[PHONE_NUMBER:0726 110 542]]\tlivestock\t120
[[ID_NUMBER:KE-MI-30420]]\t[[PERSON:Fatuma Hassan Ali]]\t[[LOCATION:Mvita]]\t[[PHONE_NUMBER:0733 902 118]]\thospital cash\t50
[[ID_NUMBER:KE-MI-30421]]\t[[PERSON:Peter Mwangi]]\t[[LOCATION:Nyeri Town]]\t[[PHONE_NUMBER:0790 315 227]]\tcrop index\t80""",
    """| Planteur | Fokontany | Téléphone | Kg livrés | Qualité |
|---|---|---|---|---|
| [[PERSON:Rakotonirina Fidèle]] | [[LOCATION:Ambodivoara]] | [[PHONE_NUMBER:032 44 190 27]] | 74 | TK |
| [[PERSON:Razanamparany Odette]] | [[LOCATION:Marogaona]] | [[PHONE_NUMBER:034 29 305 81]] | 112 | Gourmet |
| [[PERSON:Tsimanova Rolland]] | [[LOCATION:Ambalabe]] | [[PHONE_NUMBER:033 07 612 45]] | 58 | TK |""",
    """BOOKING   PASSENGER               TRAVEL DATE        FROM        TO          SEAT  PHONE
CX-44190  [[PERSON:Nosipho Zungu]]           [[DATE_TIME:14/03/2025 06:30]]   [[LOCATION:Durban]]      [[LOCATION:Pretoria]]    12A   [[PHONE_NUMBER:082 410 7731]]
CX-44191  [[PERSON:Thabo Molefe]]            [[DATE_TIME:14/03/2025 06:30]]   [[LOCATION:Durban]]      [[LOCATION:Pretoria]]    12B   [[PHONE_NUMBER:073 298 0045]]
CX-44207  [[PERSON:Annelie Botha]]           [[DATE_TIME:15/03/2025 19:00]]   [[LOCATION:Bloemfontein]] [[LOCATION:Cape Town]]  03C   [[PHONE_NUMBER:+27 84 551 2093]]""",
    """{"customer_id": "[[ID_NUMBER:CID-100482]]", "name": "[[PERSON:Valeria Castro]]", "email": "[[EMAIL_ADDRESS:valeria.castro@gmail.com]]", "tier": "gold", "orders": 14}
{"customer_id": "[[ID_NUMBER:CID-100483]]", "name": "[[PERSON:Ikenna Obi]]", "email": "[[EMAIL_ADDRESS:ikenna.obi@yahoo.com]]", "tier": "silver", "orders": 3}
{"customer_id": "[[ID_NUMBER:CID-100490]]", "name": "[[PERSON:Hannah Schultz]]", "email": "[[EMAIL_ADDRESS:h.schultz@gmx.de]]", "tier": "standard", "orders": 1}""",
    """roster:
  - name: [[PERSON:Aoife Gallagher]]
    role: shift lead
    staff_no: "[[ID_NUMBER:0041872]]"
    mobile: "[[PHONE_NUMBER:087 340 2291]]"
  - name: [[PERSON:Tomasz Nowicki]]
    role: deckhand
    staff_no: "[[ID_NUMBER:0042210]]"
    mobile: "[[PHONE_NUMBER:083 118 7406]]"
  - name: [[PERSON:Eilís Ní Mhurchú]]
    role: ticket office
    staff_no: "[[ID_NUMBER:0042277]]"
    mobile: "[[PHONE_NUMBER:085 902 6613]]\"""",
    """Name: [[PERSON:Rosalind Achterberg]]
DOB: [[DATE_TIME:22.04.1969]]
BSN: [[ID_NUMBER:205814372]]
Phone: [[PHONE_NUMBER:+31 6 4187 2290]]
Plan: basis + dental

Name: [[PERSON:Youssef El Amrani]]
DOB: [[DATE_TIME:09.12.1990]]
BSN: [[ID_NUMBER:317289408]]
Phone: [[PHONE_NUMBER:06-22841937]]
Plan: basis""",
    """appt_id,patient,mrn,appointment,clinician,room
A-5512,[[PERSON:Gwen Pritchard]],[[ID_NUMBER:WGH0048812]],[[DATE_TIME:2025-03-10 09:00]],[[PERSON:Dr. Rhys Morgan]],4
A-5513,[[PERSON:Dafydd Lloyd]],[[ID_NUMBER:WGH0051927]],[[DATE_TIME:2025-03-10 09:20]],[[PERSON:Dr. Rhys Morgan]],4
A-5514,[[PERSON:Sunita Bhatt]],[[ID_NUMBER:WGH0060133]],[[DATE_TIME:2025-03-10 09:40]],[[PERSON:Dr. Catrin Hughes]],7""",
    """| Emp ID | Employee | Dept | Bank A/C | IFSC | Net Pay (₹) |
|--------|----------|------|----------|------|-------------|
| [[ID_NUMBER:E1047]] | [[PERSON:Sneha Kulkarni]] | QA | [[ID_NUMBER:918010044552731]] | UTIB0000412 | 61,200 |
| [[ID_NUMBER:E1052]] | [[PERSON:Arvind Raghavan]] | Ops | [[ID_NUMBER:50100412239876]] | HDFC0001203 | 48,750 |
| [[ID_NUMBER:E1063]] | [[PERSON:Farhan Siddiqui]] | Sales | [[ID_NUMBER:3274019982]] | KKBK0000958 | 55,900 |""",
    """Pupil,Class,Parent/Guardian,Contact number,Email
[[PERSON:Olamide Bakare]],5B,[[PERSON:Funmilayo Bakare]],[[PHONE_NUMBER:07852 119 304]],[[EMAIL_ADDRESS:funmi.bakare@gmail.com]]
[[PERSON:Lily-Rose Hammond]],5B,[[PERSON:Craig Hammond]],[[PHONE_NUMBER:07700 402 881]],[[EMAIL_ADDRESS:craig.hammond77@hotmail.co.uk]]
[[PERSON:Ayaan Chowdhury]],5C,[[PERSON:Rukhsana Begum]],[[PHONE_NUMBER:07931 550 126]],[[EMAIL_ADDRESS:r.begum.family@outlook.com]]
[[PERSON:Mateo Rossi]],5C,[[PERSON:Giulia Rossi]],[[PHONE_NUMBER:07544 208 773]],[[EMAIL_ADDRESS:giulia.rossi.uk@gmail.com]]""",
    """room\tguest\tcheck_in\tnights\tcountry\tid_doc
204\t[[PERSON:Kenji Watanabe]]\t[[DATE_TIME:2025-04-02]]\t3\t[[LOCATION:Japan]]\t[[ID_NUMBER:TZ1048827]]
311\t[[PERSON:Amelia Clarke]]\t[[DATE_TIME:2025-04-02]]\t1\t[[LOCATION:Australia]]\t[[ID_NUMBER:PA4418207]]
312\t[[PERSON:Chukwuebuka Nnamdi]]\t[[DATE_TIME:2025-04-03]]\t5\t[[LOCATION:Nigeria]]\t[[ID_NUMBER:A09172634]]""",
    """| Buyer | Firm | GSTIN contact | Mobile | Commodity | Lots |
| --- | --- | --- | --- | --- | --- |
| [[PERSON:Joseph Varghese]] | Malabar Spice Traders | [[EMAIL_ADDRESS:joseph.varghese@malabarspice.in]] | [[PHONE_NUMBER:+91 94470 22815]] | pepper | 12 |
| [[PERSON:Abdul Rasheed K.]] | Rasheed & Sons | [[EMAIL_ADDRESS:rasheedksons@gmail.com]] | [[PHONE_NUMBER:98460 41372]] | cardamom | 7 |
| [[PERSON:Lissy Mathew]] | Highrange Exports | [[EMAIL_ADDRESS:lissy.m@highrangeexports.com]] | [[PHONE_NUMBER:+91 85900 13764]] | cardamom | 4 |""",
    """{"ts": "[[DATE_TIME:2025-03-02T22:41:07Z]]", "user": "[[USERNAME:agomez]]", "ip": "[[IP_ADDRESS:189.203.14.77]]", "event": "login", "result": "ok"}
{"ts": "2025-03-02T22:43:55Z", "user": "[[USERNAME:agomez]]", "ip": "[[IP_ADDRESS:189.203.14.77]]", "event": "export_report", "result": "ok"}
{"ts": "[[DATE_TIME:2025-03-03T01:12:30Z]]", "user": "[[USERNAME:l.hernandez]]", "ip": "[[IP_ADDRESS:2806:10a6:4:1b2::9]]", "event": "login", "result": "mfa_failed"}""",
    """BENEFICIARY                 IBAN                                 AMOUNT    REF
[[PERSON:Mireille Grondin]]            [[IBAN_CODE:FR76 1189 9001 0000 2138 7956 111]]      850.00    VANILLE-LOT-7
[[PERSON:Clency Hoareau]]              [[IBAN_CODE:FR7618719000817033145620002]]          1,240.00  VANILLE-LOT-9
[[PERSON:Josian Mussard]]              [[IBAN_CODE:FR76 1273 9000 7055 0129 4381 190]]      610.50    GEROFLE-LOT-2""",
    """txn_id,date,cardholder,card_number,merchant,amount
T-88120,2025-02-11,[[PERSON:Owen Gallagher]],[[CREDIT_CARD:4041590022731882]],SEALINK FERRIES,58.00
T-88121,2025-02-11,[[PERSON:Priscilla Ng]],[[CREDIT_CARD:5496 1830 7721 4504]],CITY BUS KIOSK,12.50
T-88125,2025-02-12,[[PERSON:Dmitri Volkov]],[[CREDIT_CARD:6500284199376031]],SPICE MARKET CO,33.20
T-88130,2025-02-12,[[PERSON:Adwoa Boateng]],[[CREDIT_CARD:374100852017595]],HARBOUR CAFE,9.80""",
    """tenants:
  flat_1:
    name: "[[PERSON:Sean Brady]]"
    phone: "[[PHONE_NUMBER:07412 558 390]]"
    moved_in: [[DATE_TIME:2023-09-01]]
  flat_2:
    name: "[[PERSON:Keisha Morgan-Reid]]"
    phone: "[[PHONE_NUMBER:07867 201 445]]"
    moved_in: [[DATE_TIME:2024-02-15]]
  flat_3:
    vacant: true
building: "[[ADDRESS:44 Granby Street]]"
city: "[[LOCATION:Leicester]]\"""",
    """| Élève | Classe | Date de naissance | Responsable | Téléphone | Arrêt de car |
|---|---|---|---|---|---|
| [[PERSON:Noa Boyer]] | CM2 | [[DATE_TIME:03/05/2014]] | [[PERSON:Sandrine Boyer]] | [[PHONE_NUMBER:0692 70 14 52]] | Mairie |
| [[PERSON:Kylian Nativel]] | CM1 | [[DATE_TIME:21/11/2015]] | [[PERSON:Johnny Nativel]] | [[PHONE_NUMBER:0693 41 08 77]] | Ravine des Cabris |
| [[PERSON:Inaya Soilihi]] | CE2 | [[DATE_TIME:08/08/2016]] | [[PERSON:Zaïnaba Soilihi]] | [[PHONE_NUMBER:0262 49 12 30]] | Bois d'Olives |""",
    """Anarana,Taona,Tanàna,Finday,Karazana fiantohana
[[PERSON:Rafaralahy Nomena]],[[AGE:34]],[[LOCATION:Fianarantsoa]],[[PHONE_NUMBER:034 11 520 98]],fahasalamana
[[PERSON:Ravelomanana Hasina]],[[AGE:41]],[[LOCATION:Ambalavao]],[[PHONE_NUMBER:032 62 417 03]],fambolena
[[PERSON:Rabenandrasana Lova]],[[AGE:28]],[[LOCATION:Ranomafana]],[[PHONE_NUMBER:033 90 188 25]],fahasalamana""",
    """| employee | ssn | hire_date | state | status |
|---|---|---|---|---|
| [[PERSON:Brittany Okafor]] | [[US_SSN:241-38-9025]] | [[DATE_TIME:2019-04-15]] | [[LOCATION:NC]] | active |
| [[PERSON:Luis Echeverría]] | [[US_SSN:533-70-1148]] | [[DATE_TIME:2021-08-02]] | [[LOCATION:WA]] | active |
| [[PERSON:Graham Pettigrew]] | [[US_SSN:078-44-2196]] | [[DATE_TIME:2016-01-11]] | [[LOCATION:GA]] | terminated |""",
    """PATIENT
  Name ............ [[PERSON:Ebere Nwachukwu]]
  Hospital No ..... [[ID_NUMBER:UNTH/24/11873]]
  Date of birth ... [[DATE_TIME:30 Jan 1977]]
  Sex ............. F
  Blood group ..... B+
  Next of kin ..... [[PERSON:Chinedu Nwachukwu]] ([[PHONE_NUMBER:0803 417 2290]])
  Address ......... [[ADDRESS:7 Zik Avenue]], [[LOCATION:Enugu]]""",
    """member,joined,plan,email,phone,locker
[[PERSON:Jordan Tremblay]],[[DATE_TIME:2024-01-08]],annual,[[EMAIL_ADDRESS:jtremblay@videotron.ca]],[[PHONE_NUMBER:514-270-8841]],112
[[PERSON:Amélie Gagnon]],[[DATE_TIME:2024-03-19]],monthly,[[EMAIL_ADDRESS:amelie.gagnon@gmail.com]],[[PHONE_NUMBER:(438) 995-2017]],
[[PERSON:Raj Malhotra]],[[DATE_TIME:2024-05-02]],student,[[EMAIL_ADDRESS:raj.malhotra@mail.mcgill.ca]],[[PHONE_NUMBER:514.802.3346]],87""",
    """grower\tshehia\tphone\tkg_cloves\tgrade\tpaid_tzs
[[PERSON:Said Omar Hamad]]\t[[LOCATION:Wingwi]]\t[[PHONE_NUMBER:0777 215 904]]\t184\tI\t2,760,000
[[PERSON:Asha Khamis Juma]]\t[[LOCATION:Kojani]]\t[[PHONE_NUMBER:0773 448 120]]\t96\tII\t1,344,000
[[PERSON:Rashid Ali Makame]]\t[[LOCATION:Mtambile]]\t[[PHONE_NUMBER:0715 903 366]]\t231\tI\t3,465,000""",
    """{"sailing": "[[DATE_TIME:2025-07-18 07:00]]", "driver": "[[PERSON:Calum Stewart]]", "plate": "[[ID_NUMBER:SV71 HXR]]", "vehicle": "car", "mobile": "[[PHONE_NUMBER:07798 331 406]]"}
{"sailing": "[[DATE_TIME:2025-07-18 07:00]]", "driver": "[[PERSON:Morag Campbell]]", "plate": "[[ID_NUMBER:SK20 OBN]]", "vehicle": "campervan", "mobile": "[[PHONE_NUMBER:07513 902 218]]"}
{"sailing": "[[DATE_TIME:2025-07-18 11:30]]", "driver": "[[PERSON:Ruaridh MacNeil]]", "plate": "[[ID_NUMBER:SN68 UYT]]", "vehicle": "van", "mobile": "[[PHONE_NUMBER:01851 702 445]]"}""",
    """VOLUNTEER            SHIFT      SUBURB            MOBILE          WWCC
[[PERSON:Carmel Nguyen]]        Sat AM     [[LOCATION:Footscray]]         [[PHONE_NUMBER:0423 118 502]]    [[ID_NUMBER:WWC 1482203A]]
[[PERSON:Dev Patel]]            Sat PM     [[LOCATION:Sunshine]]          [[PHONE_NUMBER:0401 772 930]]    [[ID_NUMBER:WWC 0914470A]]
[[PERSON:Briony McKenzie]]      Sun AM     [[LOCATION:Yarraville]]        [[PHONE_NUMBER:0438 204 617]]    [[ID_NUMBER:WWC 1220385A]]""",
    """graduate,year,degree,city,linkedin
[[PERSON:Adebola Ogunleye]],2016,MBA,[[LOCATION:Lagos]],[[URL:https://www.linkedin.com/in/adebola-ogunleye]]
[[PERSON:Sarah-Jane Whitlock]],2014,MSc Finance,[[LOCATION:London]],[[URL:https://www.linkedin.com/in/sjwhitlock]]
[[PERSON:Kofi Mensah-Bonsu]],2019,MBA,[[LOCATION:Accra]],[[URL:https://www.linkedin.com/in/kofimensahbonsu]]""",
    """| Member | NIC | Village | Product | Mobile |
|:--|:--|:--|:--|:--|
| [[PERSON:Sooraj Bissessur]] | [[ID_NUMBER:B1508824600311]] | [[LOCATION:Chemin Grenier]] | fishermen income cover | [[PHONE_NUMBER:5727 1904]] |
| [[PERSON:Marie-Anne Lebon]] | [[ID_NUMBER:L2311905301786]] | [[LOCATION:Le Morne]] | hospital cash | [[PHONE_NUMBER:5491 0326]] |
| [[PERSON:Ashwin Jugnauth]] | [[ID_NUMBER:J0406873102245]] | [[LOCATION:Rivière des Anguilles]] | crop (vanilla, chilli) | [[PHONE_NUMBER:5838 2270]] |""",
    """state,license_no,last_name,first_name,dob,class
[[LOCATION:CA]],[[US_DRIVER_LICENSE:B7720418]],[[PERSON:Nakamura]],[[PERSON:Reid]],[[DATE_TIME:1982-10-09]],C
[[LOCATION:NY]],[[US_DRIVER_LICENSE:418 227 903]],[[PERSON:Delgado]],[[PERSON:Marisol]],[[DATE_TIME:1990-01-27]],D
[[LOCATION:FL]],[[US_DRIVER_LICENSE:W325-118-79-455-0]],[[PERSON:Whitaker]],[[PERSON:James]],[[DATE_TIME:1979-11-15]],E""",
    """time\tsrc_ip\tuser\taction\tbytes
08:01:22\t[[IP_ADDRESS:10.12.4.51]]\t[[USERNAME:pkariuki]]\tupload\t48211
08:03:10\t[[IP_ADDRESS:10.12.4.77]]\t[[USERNAME:rachel.o]]\tdownload\t1020
08:03:58\t[[IP_ADDRESS:196.201.214.3]]\t[[USERNAME:svc_backup]]\tsync\t902144
08:05:41\t[[IP_ADDRESS:10.12.4.51]]\t[[USERNAME:pkariuki]]\tlogout\t0""",
    """emergency_contacts:
  - staff: [[PERSON:Li Wei]]
    contact: [[PERSON:Zhang Min]]
    relation: spouse
    phone: "[[PHONE_NUMBER:+65 8123 0945]]"
  - staff: [[PERSON:Priyanka Nair]]
    contact: [[PERSON:Suresh Nair]]
    relation: father
    phone: "[[PHONE_NUMBER:+91 98950 11234]]"
  - staff: [[PERSON:Benjamin Koh]]
    contact: [[PERSON:Koh Mei Ling]]
    relation: sister
    phone: "[[PHONE_NUMBER:9672 4410]]\"""",
    """| Policy | Main member | ID number | Cover (R) | Premium | Status |
|---|---|---|---|---|---|
| FP-2201 | [[PERSON:Nokuthula Cele]] | [[ID_NUMBER:8506112145089]] | 10 000 | 65 | in force |
| FP-2207 | [[PERSON:Sibusiso Ntuli]] | [[ID_NUMBER:8702265714082]] | 20 000 | 120 | lapsed |
| FP-2214 | [[PERSON:Palesa Mahlangu]] | [[ID_NUMBER:9308170982084]] | 15 000 | 89 | in force |""",
    """order,recipient,address,postcode,phone,items
D-1001,[[PERSON:Karen Fitzpatrick]],"[[ADDRESS:12 Wellington Road, Apt 3]]",[[ZIP_CODE:D04 X2P8]],[[PHONE_NUMBER:+353 86 104 2291]],2
D-1002,[[PERSON:Mohammed Iqbal]],"[[ADDRESS:7 Castle Street]]",[[ZIP_CODE:BT1 1GH]],[[PHONE_NUMBER:028 9024 1183]],1
D-1003,[[PERSON:Niamh Walsh]],"[[ADDRESS:Apartment 22, The Maltings, 3 Bridge Street]]",[[ZIP_CODE:H91 F6KE]],[[PHONE_NUMBER:091 562 007]],4""",
    """| Speaker | Talk | Homepage | Twitter |
|---|---|---|---|
| [[PERSON:Dr. Noor Al-Hashimi]] | Privacy in mobile money | [[URL:https://noor-alhashimi.github.io]] | [[USERNAME:nooralhashimi]] |
| [[PERSON:Tiago Mendes]] | Index insurance at scale | [[URL:https://tiagomendes.dev]] | [[USERNAME:tmendes_dev]] |
| [[PERSON:Wanjiku Gitau]] | Vanilla price data | [[URL:https://wanjikugitau.com]] | [[USERNAME:wgitau]] |""",
    """{"nhs_number": "[[ID_NUMBER:632 901 8871]]", "patient": "[[PERSON:Dorothy Hargreaves]]", "dob": "[[DATE_TIME:1944-06-02]]", "referral": "cardiology", "urgency": "routine"}
{"nhs_number": "[[ID_NUMBER:4010232137]]", "patient": "[[PERSON:Kamal Hussain]]", "dob": "[[DATE_TIME:1958-12-19]]", "referral": "dermatology", "urgency": "2ww"}""",
    """applicant,age,town,concession,approved
[[PERSON:Margaret Tuhoe]],[[AGE:68]],[[LOCATION:Rotorua]],SuperGold,yes
[[PERSON:Jake Thornton]],[[AGE:17]],[[LOCATION:Taupō]],youth,yes
[[PERSON:Liliana Vásquez]],[[AGE:24]],[[LOCATION:Tauranga]],tertiary,pending
[[PERSON:Harold Finch]],[[AGE:81]],[[LOCATION:Rotorua]],SuperGold,yes""",
    """LOAN NO   BORROWER                 GROUP        PHONE             CYCLE  BALANCE
ML-0418   [[PERSON:Chikondi Banda]]           Tiyanjane    [[PHONE_NUMBER:+265 991 204 518]]  2      MK 85,000
ML-0419   [[PERSON:Tamanda Phiri]]            Tiyanjane    [[PHONE_NUMBER:+265 888 415 207]]  1      MK 60,000
ML-0425   [[PERSON:Grace Mwale]]              Chikondi     [[PHONE_NUMBER:0995 302 118]]      3      MK 120,000""",
]

CHAT = [
    """[10:02] [[PERSON:Sophie]] (Bluebridge support): Kia ora, thanks for waiting. Can I get the name on the booking?
[10:03] [[PERSON:Rawiri Henare]]: [[PERSON:Rawiri Henare]], sailing on the [[DATE_TIME:18th of April at 2am]]
[10:03] [[PERSON:Sophie]] (Bluebridge support): Thanks [[PERSON:Rawiri]]. And the mobile number on the booking?
[10:04] [[PERSON:Rawiri Henare]]: [[PHONE_NUMBER:027 553 8120]]
[10:05] [[PERSON:Sophie]] (Bluebridge support): Found it, booking BB-781203. You'd like to add a passenger?
[10:05] [[PERSON:Rawiri Henare]]: yeah my nephew [[PERSON:Tamati]], he's [[AGE:15]]. same cabin
[10:07] [[PERSON:Sophie]] (Bluebridge support): Done. The new e-ticket will go to [[EMAIL_ADDRESS:rawiri.henare@outlook.co.nz]].""",
    """Family 🏠💕
Mummy: [[PERSON:Tolu]] have you sent the money for Grandma's hospital bill?
[[PERSON:Tolu]]: not yet mummy, send me her account details again
Mummy: [[PERSON:Adunni Olawale]], GTBank [[ID_NUMBER:0148827390]]
[[PERSON:Kehinde]]: I can do half. [[PERSON:Tolu]] what's your Monzo sort code again
[[PERSON:Tolu]]: 04-00-04, acc [[ID_NUMBER:58210477]], name [[PERSON:Toluwalase Adeyemi]]
Mummy: God bless you both 🙏 she is being discharged on [[DATE_TIME:Friday 14th]]
[[PERSON:Kehinde]]: I'll drive her home to [[ADDRESS:23 Adeola Odeku Street]] that day""",
    """#infra-oncall
[[USERNAME:mkhumalo]] 09:41: prod login failures spiking, all from [[IP_ADDRESS:102.132.40.18]]
[[USERNAME:jlee]] 09:42: that's [[PERSON:Zanele]]'s home IP, she's on leave though
[[USERNAME:mkhumalo]] 09:43: account [[USERNAME:zdube]] got locked after 30 attempts
[[USERNAME:jlee]] 09:44: I'll ping her personal, [[EMAIL_ADDRESS:zanele.dube@gmail.com]], and her cell [[PHONE_NUMBER:+27 83 920 4417]]
[[USERNAME:ppillay]] 09:47: fyi the WAF rule id is 941100, version 3.3.5, don't confuse it with the incident number INC-0048812""",
    """Agent [[PERSON:Achieng]]: Habari [[PERSON:Wambui]], this is [[PERSON:Achieng]] from the hospital cash scheme.
[[PERSON:Wambui Gathoni]]: Yes I am here
Agent [[PERSON:Achieng]]: I need your member number to check the claim
[[PERSON:Wambui Gathoni]]: it is [[ID_NUMBER:KE-HC-551872]]
Agent [[PERSON:Achieng]]: Thank you. The claim for your admission from [[DATE_TIME:3 March]] to [[DATE_TIME:6 March]] is approved, KSh 2,400 will come to [[PHONE_NUMBER:0724 880 391]]
[[PERSON:Wambui Gathoni]]: asante sana. Can my husband [[PERSON:Kamau]] join too? he is [[AGE:58]]
Agent [[PERSON:Achieng]]: Yes, send me his ID number and I will register him.""",
    """[[PERSON:Laurent]] : Salut ! Tu descends à [[LOCATION:Saint-Pierre]] demain avec le car jaune ?
[[PERSON:Mélissa Rivière]] : Oui, le ZO de 6h40, je monte à [[LOCATION:Saint-Louis]]
[[PERSON:Laurent]] : Tu peux récupérer un colis pour moi ? C'est au nom de [[PERSON:Laurent Dijoux]], [[ADDRESS:9 rue François de Mahy]]
[[PERSON:Mélissa Rivière]] : Ok, envoie-moi le numéro du destinataire
[[PERSON:Laurent]] : [[PHONE_NUMBER:06 93 21 47 80]], et mon mail si besoin : [[EMAIL_ADDRESS:laurent.dijoux974@orange.fr]]""",
    """[[PERSON:Fanomezana]]: Manao ahoana [[TITLE:Ramose]] [[PERSON:Zafy]], hividy lavanila maitso ve ianao rahampitso?
[[PERSON:Zafy Ratsimbazafy]]: Eny, 80 000 Ar ny kilao. Aiza ianao?
[[PERSON:Fanomezana]]: Any [[LOCATION:Ambohitralanana]], akaikin'ny sekoly. Antsoy aho amin'ny [[PHONE_NUMBER:032 77 410 58]]
[[PERSON:Zafy Ratsimbazafy]]: Tonga any aho ny [[DATE_TIME:zoma 11 jolay]]. Ento ny karapanondronao, [[ID_NUMBER:207 051 019 334]] no nomeranao?
[[PERSON:Fanomezana]]: Eny, marina izany.""",
    """Chat transcript - NorthBank card services
Agent ([[PERSON:Ewan]]): Hello, you're through to card services. How can I help?
Customer: hi my card got swallowed at the bus station machine in [[LOCATION:Inverness]]
Agent ([[PERSON:Ewan]]): Sorry to hear that. Can I take your full name and date of birth?
Customer: [[PERSON:Catriona Mairi Fraser]], [[DATE_TIME:19/02/1995]]
Agent ([[PERSON:Ewan]]): Thanks [[PERSON:Catriona]]. Is the card number [[CREDIT_CARD:4123 7865 0091 2249]]?
Customer: yes
Agent ([[PERSON:Ewan]]): I've cancelled it. A new one will go to [[ADDRESS:14 Crown Drive]], [[LOCATION:Inverness]] [[ZIP_CODE:IV2 3NL]] in 3-5 working days.""",
    """Telegram - Pepper & Cardamom Traders ([[LOCATION:Kochi]])
[[PERSON:Biju Antony]]: Lot 17 cardamom 8mm bold, 1,420 kg. Price?
[[PERSON:Reshma]]: 2,650/kg. Call me [[PHONE_NUMBER:+91 94460 71183]]
[[PERSON:Biju Antony]]: ok. invoice in name of [[PERSON:Antony Thomas]], GSTIN [[ID_NUMBER:32AKTPT4417L1ZL]]
[[PERSON:Reshma]]: send the address
[[PERSON:Biju Antony]]: [[ADDRESS:Door No. 41/1022, Kaloor-Kadavanthra Road]], [[LOCATION:Kochi]] [[ZIP_CODE:682017]]
[[PERSON:Nizar P.]]: [[PERSON:Reshma]], is lot 21 still available? my email [[EMAIL_ADDRESS:nizar.pk@gmail.com]]""",
]

LOOKALIKE = [
    """Your parcel is on its way! Order #114-7730281-4419023 shipped on 03/03/2025 via Royal Mail Tracked 48, tracking number JD014600006281744223, consignment 8820-4471-0093. Items: 2 x Vanilla Extract 100ml (SKU VX-100-MG-04), 1 x Cinnamon Quills 250g (SKU CQ-250-LK-11). Delivery to: [[PERSON:Imogen Parry]]. Questions? Call 0330 808 4471 (Mon-Fri 8am-6pm) or email customerservice@spicehouse.co.uk, quoting invoice INV/2025/00418. VAT reg GB 294 7718 09.""",
    """Release notes - fleet-ticketing 4.12.0 (build 4.12.0.1187)
- Fixed crash on validators running firmware 10.4.2.118 when the clock skew exceeds 300 s.
- Upgraded OpenSSL to 3.0.13; image digest sha256:9c4e1f0a7b22d8e31f6a5c0b9e47d21a8f3b6c5d0e9a1b2c3d4e5f60718293a4.
- Dijkstra routing now respects the Fibonacci heap limit; the Kalman filter for GPS is unchanged.
- The default listen port moved from 8080 to 8443; the schema version is now 2.0.0.17.
- Device serials in the range SN-BV4-0041872 to SN-BV4-0042210 need a manual reboot.
- Request id format changed to 3f2504e0-4f89-11d3-9a0c-0305e82c3301 (UUID v1).
Support: support@fleet-ticketing.example, +1 (888) 412-0093.""",
    """Harbour Library - items due for return
Borrower: [[PERSON:Nikhil Rao]], card no. [[ID_NUMBER:29000441872305]]
1. The Spice Route: A History - ISBN 978-0-19-954810-1 - call no. 382.4 KEA
2. Vanilla: Travels in Search of the Ice Cream Orchid - ISBN 978-1-4088-7220-8 - call no. 584.4 ECO
3. Guide des îles - ISBN 979-10-402-3157-8 - call no. 916.9 GUI
Fines accrue at $0.25 per day. Renew online or call the branch on (02) 9265 9333. Branch: Martin Place (the Macquarie Street entrance is closed).""",
    """CERTIFICAT D'ORIGINE - VANILLE DE [[LOCATION:MADAGASCAR]]
Exportateur : Sava Vanille Export SARL, NIF 4000418827, STAT 46101 11 2009 0 10442
Lot : VAN-2025-SAV-0418, 24 caisses, poids net 480 kg
Conteneur : MSKU 418827 3, plombs n° 0093318 / 0093319
Code SH : 0905.10.00 ; certificat phytosanitaire n° PHY-2025-07741
Connaissement : MAEU 241088731, navire MSC ALINA, voyage 512E
Port d'embarquement : [[LOCATION:Toamasina]] ; destination : [[LOCATION:Le Havre]]
Contact qualité : [[PERSON:Rasolofo Tahina]], [[EMAIL_ADDRESS:tahina.rasolofo@gmail.com]]
Standard : +261 20 88 412 00 ; courriel : export@savavanille.mg""",
    """INCIDENT INC-2025-00441 - summary
Affected assets: switch core-sw-02 (MAC 00:1b:54:c2:77:1a), AP lobby-ap-7 (serial Q2XD-44KW-TR7P), firmware 16.12.4.2.
Indicators: outbound beacons to beacon.sinkhole.example, hash 5d41402abc4b2a76b9719d911017c592, JA3 e7d705a3286e19ea42f587b344ee6865.
Root cause: the contractor account [[USERNAME:tmahlaba_ext]] logged in from [[IP_ADDRESS:41.13.220.87]] with a reused password.
Ticket owner: Security Operations, soc@hospital.example, ext. 4471.""",
    """Route 42 timetable change from Monday: buses will no longer stop at Gandhi Road (stop code 42-117) or Victoria Street (stop 42-121) while the Nelson Mandela Bridge is resurfaced; use the temporary stop on Albert Street. The 07:15 and 07:45 departures become 07:20 and 07:50. Fares are unchanged: single R14, weekly pass R120 (pass code WK-42-2025). Lost property: a brown wallet was handed in on the 07:50; the owner, [[PERSON:Sizwe Mthembu]], has been told to collect it. Call centre 0860 111 442, info@citybus.example.""",
    """Spice blend batch sheet - Garam Masala No. 7
Batch: GM7-250304-B; line 3; operator code OP-17; QC hold tag QH-0441.
Ingredients: coriander seed 32% (lot CS-8841), cumin 18% (lot CU-2290), black pepper 12% (lot BP-7731, Tellicherry grade TGSEB), cardamom 8% (lot CD-0418), cinnamon 10% (lot CN-5512), cloves 6% (lot CL-3318), nutmeg 4%, mace 2%, bay leaf 8%.
Moisture 9.2%, volatile oil 2.4 ml/100 g, ASTA colour n/a. Best before 03/2027. Retain sample shelf R-4, bin 17. Recipe version 3.2.1.4.
Approved for packing by [[PERSON:Anita D'Souza]] (QA); labels printed with EAN 5012345678900 and allergen statement.""",
]


STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind125", STYLES, OUT)


if __name__ == "__main__":
    main()

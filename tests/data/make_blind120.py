"""Build tests/data/blind120.jsonl: a *blind*, hand-written labeled PII set (table-heavy mix).

    .venv/bin/python tests/data/make_blind120.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its closing scaffolding
from `STYLES = {` to the end of the file (copied below), the whole of
gold_sets.py, and lines 1-64 of make_handwritten.py (its conventions, the
MARK and TITLE_IN_NAME regexes and `parse()`). Not read: minimize/,
recognizers/, the tests (beyond those lines), bench/, the README, any
*.jsonl set, any other make_*.py, the record lists of make_blind22.py, and
no git history, log or status. The detector, the bench and the tests were
never run on this file, and its output .jsonl was not read back. Do not tune
the detector against it: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn, IBANs pass
mod-97 with the right length for their country (the French RIB keys and
the Belgian check pair inside them are right too), and national ids with a
public check digit were given a valid one: Swiss AHV/AVS numbers (EAN-13),
Luxembourg national numbers (Luhn and Verhoeff digits, birth date agreeing
with the person where shown), NHS and CHI numbers, Canadian SIN, Aadhaar,
Singapore NRIC/FIN, Irish PPSN, South African ids (agreeing with sex and
birth date), Australian TFN and Medicare numbers, NZ IRD, Swedish
personnummer, Norwegian fodselsnummer, German Steuer-ID and French NIR, and
the look-alike ISBN-13s. All these digits were worked out by hand-run
throwaway code while writing, not generated here; `gold_sets.check`
re-checks cards and IBANs. US SSNs, UK NI numbers, US Medicare numbers,
passports, licences, plates, bank account numbers, member numbers and the
like were not checked.

Styles (ids `blind120-<style>-NNN`; 240 records):
- `bench` (86): records in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd, dense mixed sentences with names, job titles, streets with building
  numbers, secondary addresses, IPs, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims, contracts, medical
  and loan forms, notices) and Nemotron-PII (JSON, log lines, SQL, XML,
  YAML / config and code snippets, tickets and forms).
- `gen` (80): one to four LLM-style sentences with personal data woven
  into prose; names at the start, middle and end, lowercase and
  possessive, ages, dates, addresses, phones and ids in many shapes.
- `table` (59): one small labeled table per record (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks), varied
  column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chats with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice refs, SKUs, ISBNs, IP-shaped versions, hashes, serials,
  company phones, role mailboxes, eponyms, streets named after people with
  no number), the few real PII values labeled; one has no PII at all.
About a third of the `gen` and `bench` records are about private banking,
wealth management and KYC onboarding; the rest spread widely (health,
pharmacy, insurance, HR, schools, travel, telecoms, lettings, government,
courts, retail, gyms, vets, churches, libraries ...).

Languages: about nine records in ten are in English (UK, US, Ireland,
Canada, Australia, New Zealand, India, Singapore, South Africa, Nigeria,
Kenya and Gulf contexts, with names of the many cultures living there); the
rest, spread over every style, are in Luxembourgish, Swiss German and
Romansh, and in the French and German of Luxembourg and Switzerland.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" (and an article such as Luxembourgish "d'") is outside;
  nicknames are PERSON. TITLE: honorifics attached to a name (Mr, Dr, Herr,
  Frau, Madame, Monsieur, Lady, Sheikha ...), labeled apart from it; job
  titles are not TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / canton / province
  (also abbreviated) and country are LOCATION; postcodes of every shape
  are ZIP_CODE (a country prefix such as "L-" or "CH-" is inside).
- DATE_TIME: a person's dates (birth, death, appointment, move, start,
  hearing, visit, signature, login ...) with a day or a month, in any shape,
  with the weekday or the clock time said with them; not bare years,
  weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids (AHV/AVS, Luxembourg
  matricule, NHS, SIN ...), patient, staff, student, customer, client and
  member numbers, bank account numbers, non-US passports and licences,
  plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE,
  IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB and routing numbers, CVVs, expiries, PINs,
  order / ticket / claim / policy / booking / tracking references, company
  phone numbers and role mailboxes, versions, hashes, serials, partial
  numbers ("ending 4417"), pets, eponyms and brands named after people, a
  header row.
- Calls made while writing this set: a BIC / SWIFT code names a bank and
  stays unlabeled, like a sort code; a company register or VAT number
  (CHE-..., B123456) is not a person's id and stays unlabeled; a portfolio,
  mandate or case reference is unlabeled like a policy reference, while a
  client, customer or account number of a person is ID_NUMBER; in a log
  line or a record, the timestamp of a person's own action (login, upload,
  signature) is DATE_TIME, a server or batch timestamp is not; a table
  column "sex", "gender", "role", "risk", "segment" or "status" stays
  unlabeled, "age" is AGE, "country" / "canton" / "state" is LOCATION and
  "nationality" is NRP; a country field of a person (column, JSON key, log
  field) is LOCATION even as a code ("AT", "SRB"), while a country code
  that is an attribute of an id (country="NO") is not; a building number in its own field is ADDRESS and
  so is a secondary address field; a "pep" or "kyc_status" flag is not PII;
  in chats, a speaker's name is PERSON every time it appears and a handle
  after "@" is USERNAME, while family words used as names ("Mum", "Nana")
  and bots stay unlabeled; a due date of a person's loan or library items
  and a donor's gift date are DATE_TIME, a bank's booking date, an alert's
  opening date and a pharmacy's fill date are not.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind120.jsonl")

GEN = [
    # --- private banking, wealth management, KYC onboarding ---
    """As part of our periodic KYC refresh, could [[PERSON:Mr. Aurelio Bianchi-Keller]] please send a certified copy of his passport ([[ID_NUMBER:X4812096]]) and a utility bill showing [[ADDRESS:Seefeldstrasse 212]], [[ZIP_CODE:8008]] [[LOCATION:Zürich]], dated within the last three months?""",
    """[[PERSON:Harriet Okonkwo-Blake]], [[AGE:58]], is a new private banking client referred by her accountant. Her source of wealth is the 2019 sale of a logistics firm, and she would like the proceeds held in [[IBAN_CODE:GB62 BARC 2003 5346 8719 02]] until the discretionary mandate is signed.""",
    """The relationship manager, [[PERSON:Dominik Vogel]], flagged that [[PERSON:yusuf demir]]'s onboarding file still lacks proof of address for the new flat at [[ADDRESS:Rue du Rhône 47, 3rd floor]], [[ZIP_CODE:1204]] [[LOCATION:Geneva]].""",
    """Please confirm the ultimate beneficial owner: [[PERSON:Tan Mei Ling]], born [[DATE_TIME:02/11/1969]], NRIC [[ID_NUMBER:S7631904I]], who holds 62% of Harbourlight Holdings Pte Ltd through a nominee.""",
    """Hi [[PERSON:Camille]], it's [[PERSON:Olivier Reuter]] from the wealth desk. Your portfolio review is booked for [[DATE_TIME:Thursday 6 March at 15:00]] at our [[LOCATION:Kirchberg]] office; if that doesn't suit, text me on [[PHONE_NUMBER:+352 691 204 577]].""",
    """Our compliance team still needs the tax residency self-certification for [[PERSON:Rajiv]] and [[PERSON:Sunita Malhotra]]. Both declared [[LOCATION:Singapore]] as their only tax residence, with TINs [[ID_NUMBER:S8712345F]] and [[ID_NUMBER:F2293018N]].""",
    """I'm [[PERSON:Thandiwe Mokoena]] (ID [[ID_NUMBER:9203050172080]]) and I'd like to open an offshore investment account. My salary goes into my Standard Bank cheque account, number [[ID_NUMBER:10 0938 4471 2]].""",
    """Wealth planning note: [[PERSON:Edmund Achterberg]] ([[AGE:74]]) wants his grandchildren [[PERSON:Lotte]] and [[PERSON:Pieter]] added as discretionary beneficiaries. The trust deed was signed on [[DATE_TIME:18 October 2021]] in [[LOCATION:Vaduz]].""",
    """Could you please wire CHF 250,000 from my account [[IBAN_CODE:CH66 8080 8001 2045 8361 9]] to my daughter [[PERSON:Selin Aydın]], IBAN [[IBAN_CODE:DE44 5001 0517 5407 3249 31]], reference "flat deposit"? Thank you, [[PERSON:Kemal Aydın]]""",
    """During the video identification on [[DATE_TIME:12 Feb 2025, 09:42]], the agent noted that [[PERSON:Ana Luísa Ferreira]]'s passport ([[ID_NUMBER:P604218]]) was slightly worn but the photo page was legible.""",
    """[[PERSON:Mr. Devraj Sethi]] called to update his residential address to [[ADDRESS:Flat 9, 41 Prince's Gate]], [[LOCATION:London]] [[ZIP_CODE:SW7 2QA]]. He also asked that quarterly statements go to his PA, [[PERSON:Gemma Holt]], at [[EMAIL_ADDRESS:gemma.holt@sethifamilyoffice.co.uk]].""",
    """PEP screening hit: [[PERSON:Olusegun Adebayo-Cole]], former commissioner for finance in [[LOCATION:Ogun State]], date of birth [[DATE_TIME:7 July 1961]]. The RM must get senior management sign-off before onboarding can continue.""",
    """My late husband [[PERSON:Ciarán]] held a discretionary portfolio with you and I am his executor (PPS number [[ID_NUMBER:3049182J]]). Please send the valuation as at [[DATE_TIME:23 January]], the date he died, to [[ADDRESS:14 Ailesbury Road]], [[LOCATION:Dublin 4]]. Regards, [[PERSON:Áine Ní Bhriain]]""",
    """Client [[PERSON:Natalia Wróblewska]] ([[AGE:41]], [[NRP:Polish]]) wants to move her pillar 3a savings to us; her AHV number is [[ID_NUMBER:756.3048.6192.74]] and she now lives in [[LOCATION:Lausanne]].""",
    """reminder for [[PERSON:jonas]]: the source-of-funds questionnaire for [[PERSON:Li Wei]] and his wife [[PERSON:Zhang Xiaoyan]] is overdue. They moved to [[ADDRESS:88 Marina Boulevard, #41-02]], [[LOCATION:Singapore]] [[ZIP_CODE:018940]] in [[DATE_TIME:March 2024]].""",
    """Hi, this is [[PERSON:Farah Siddiqui]]. My card ending 4417 was declined at the airport in [[LOCATION:Doha]]; the replacement Visa Infinite is [[CREDIT_CARD:4556 7301 9284 4712]]. Can you lift the travel block before I fly back on [[DATE_TIME:Friday the 14th]]?""",
    """For the suitability assessment, [[PERSON:Gustav Lindqvist]] states a net worth of roughly EUR 18 million and a moderate risk appetite. He prefers to be contacted at [[EMAIL_ADDRESS:g.lindqvist@protonmail.com]] or on [[PHONE_NUMBER:+46 70 218 44 91]].""",
    """The family office of [[TITLE:Sheikha]] [[PERSON:Noor Al-Mansoori]] asked for a call on [[DATE_TIME:2 June at 11:00]] to discuss the sukuk allocation; her chief of staff, [[PERSON:Rashid Karim]], will join from [[PHONE_NUMBER:+971 50 318 7742]].""",
    """KYC exception: the address on [[PERSON:Tomasz Kowalczyk]]'s driving licence ([[ID_NUMBER:KOWAL701221T99RS]]) doesn't match the one he gave us, [[ADDRESS:27 Clarendon Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 9NZ]].""",
    """Kindly note that [[PERSON:Mrs. Grace Wanjiru Kamau]] has granted power of attorney over her [[LOCATION:Nairobi]] account to her son [[PERSON:Brian Kamau]] (ID [[ID_NUMBER:28814736]]) with effect from [[DATE_TIME:1 April 2025]].""",
    """The EDD file on [[PERSON:Viktor Hrycenko]] shows a passport [[ID_NUMBER:FK204871]] issued in [[LOCATION:Kyiv]], a residence permit from [[LOCATION:Cyprus]], and incoming wires from [[IBAN_CODE:LI94 0500 0220 1449 3810 0]] that he still has to explain.""",
    """[[PERSON:Hamish]] from the [[LOCATION:Jersey]] trust office says the settlor, [[TITLE:Lady]] [[PERSON:Philippa Rowe-Ashdown]], has moved to [[ADDRESS:La Maison du Coin, Rue de la Pointe]], [[LOCATION:St Brelade]] [[ZIP_CODE:JE3 8FT]], and wants all correspondence sent there.""",
    """Please update the mailing preferences for [[PERSON:Prof. Adaeze Nwosu]]: e-statements only, to [[EMAIL_ADDRESS:adaeze.nwosu@gmail.com]], and no calls before 10am to [[PHONE_NUMBER:07700 914 382]].""",
    """Grüezi [[TITLE:Herr]] [[PERSON:Baumann]], mir händ Ihri Unterlage für d'Kontoeröffnig übercho, aber d'Kopie vo Ihrem Pass ([[ID_NUMBER:X1893457]]) isch abgloffe. Chönd Si üs bis am [[DATE_TIME:28. März]] e neui schicke? Fründlichi Grüess, [[PERSON:Corinne Gisler]]""",
    """Moien, ech sinn d'[[PERSON:Josée Wagner]] a wëll mäi Spuerkont op mäi Jong [[PERSON:Luca]] iwwerdroen. Meng Matrikelnummer ass [[ID_NUMBER:1962050709377]] an ech wunnen [[ADDRESS:23, rue de la Gare]], [[ZIP_CODE:L-9122]] [[LOCATION:Schieren]].""",
    """[[TITLE:Madame]] [[PERSON:Isabelle Thill]], née le [[DATE_TIME:30 janvier 1991]], souhaite ouvrir un compte-titres auprès de notre banque. Son numéro d'identification national est le [[ID_NUMBER:1991013002835]] et son IBAN actuel [[IBAN_CODE:LU10 0020 0512 1744 9010]].""",
    """Bun di, jau sun [[PERSON:Gian Andri Cadonau]] e vuless avrir in conto da deposit. Jau stun a la [[ADDRESS:Via da Surpunt 9]], [[ZIP_CODE:7500]] [[LOCATION:San Murezzan]]; mes numer AVS è [[ID_NUMBER:756.6719.3500.25]].""",
    # --- everything else ---
    """Hey, it's [[PERSON:Marcus]] — I left my reading glasses in room 412 at your [[LOCATION:Leicester]] hotel. I stayed [[DATE_TIME:3–5 November]] (booking ref HX-88120) and you can ring me on [[PHONE_NUMBER:0116 496 0732]].""",
    """My son [[PERSON:Arjun Pillai]] ([[AGE:9]]) has a peanut allergy. His EpiPen is in the school office, and if anything happens please call me, [[PERSON:Lakshmi]], on [[PHONE_NUMBER:+91 98470 22815]] before trying his dad.""",
    """the pharmacy couldn't find the prescription for [[PERSON:wanda kowalski]], dob [[DATE_TIME:4/17/52]], Medicare number [[ID_NUMBER:5KQ2-HN8-RW41]]. She lives at [[ADDRESS:3309 W Belmont Ave, Apt 2R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60618]].""",
    """Welcome aboard, [[PERSON:Siosaia Taufa]]! Your staff ID is [[ID_NUMBER:E-20931]], your start date is [[DATE_TIME:Monday 3 February]], and payroll will pay into the account ending 0921 that you gave us.""",
    """I need to report that [[PERSON:Declan O'Rourke]]'s dog bit my daughter outside [[ADDRESS:17 Glenview Park]], [[LOCATION:Tallaght]] on [[DATE_TIME:Saturday 9 August around 4pm]]. My number is [[PHONE_NUMBER:087 331 9046]].""",
    """Student [[PERSON:Nguyen Thi Thu Ha]] (student no. [[ID_NUMBER:s4172093]]) has asked for an extension on her thesis until [[DATE_TIME:15 September 2025]], and her supervisor, [[PERSON:Dr. Ravi Chandrasekaran]], supports the request.""",
    """Can you update my delivery address please? It's [[PERSON:Kwabena Asante]]; I've moved from [[LOCATION:Peckham]] to [[ADDRESS:Flat 3B, Ferrier Point, 12 Forty Acre Lane]], [[LOCATION:London]] [[ZIP_CODE:E16 1DQ]].""",
    """Patient [[PERSON:Eleanor Pritchard]], [[AGE:83]], NHS number [[ID_NUMBER:943 476 5919]], was discharged on [[DATE_TIME:21/05/2025]] to her daughter's home at [[ADDRESS:6 Heol y Coed]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HT]].""",
    """hi its [[PERSON:jaz]] lol can u send the concert tix to [[EMAIL_ADDRESS:jasmine.kaur2001@hotmail.com]] not my old one, also my insta is @[[USERNAME:jazzy.kaurr]] if u need to dm me""",
    """The tenancy for [[ADDRESS:Unit 5, 22 Ponsonby Road]], [[LOCATION:Auckland]] [[ZIP_CODE:1011]] starts on [[DATE_TIME:1 March]]. The tenants are [[PERSON:Hemi Walker]] and [[PERSON:Aroha Ngata]], and the bond is NZD 2,400.""",
    """[[PERSON:Carlos Mendoza Ruiz]], a [[NRP:Mexican]] national on an H-1B visa, needs his I-9 re-verified; his passport number is [[ID_NUMBER:G31870244]] and his SSN is [[US_SSN:612-48-9037]].""",
    """Officer, my car was broken into last night outside [[ADDRESS:1427 Kingsway]], [[LOCATION:Vancouver]]. The plate is [[ID_NUMBER:RX4 82T]]; I'm [[PERSON:Amrit Gill]] and my cell is [[PHONE_NUMBER:604-555-0193]].""",
    """[[PERSON:Fatima Zahra Benali]] had booked the vet for her cat Miso on Wednesday at 5:15pm, but she called to move it to [[DATE_TIME:Thursday 12 June, 9am]].""",
    """Our records show that [[PERSON:Mr. Oluwaseun Bakare]] last logged in from [[IP_ADDRESS:102.89.34.117]] on [[DATE_TIME:2025-04-03 22:14 WAT]], two hours before the disputed transfer.""",
    """I, [[PERSON:Siddharth Rao]], authorise my sister [[PERSON:Meenakshi Rao]] to collect my passport ([[ID_NUMBER:Z7031548]]) from the VFS centre on my behalf. My Aadhaar number is [[ID_NUMBER:4892 0315 7725]].""",
    """After 22 years at the plant, [[PERSON:Bogdan Petrescu]] retires on [[DATE_TIME:30 June]]. Colleagues can sign his card at reception or send their wishes to [[EMAIL_ADDRESS:bpetrescu61@gmail.com]].""",
    """The winner of our spring photo contest is [[PERSON:Keiko Yamashita]] from [[LOCATION:Richmond]], [[LOCATION:BC]]! [[PERSON:Keiko]], please DM us your shipping address so we can send the prize.""",
    """Hi team, [[PERSON:Abdirahman Farah]] here. My delivery app account ([[EMAIL_ADDRESS:a.farah.mpls@gmail.com]]) was charged for an order I never got; the card on file is [[CREDIT_CARD:4024 0071 6682 1156]].""",
    """Claimant [[PERSON:Rebecca Thornton-Hughes]] slipped on a wet floor at the supermarket on Gloucester Road on [[DATE_TIME:17 January 2025 at about 18:40]] and fractured her left wrist. Her solicitor is [[PERSON:Imran Qureshi]] of Qureshi & Lowe.""",
    """Please add [[PERSON:Chidinma Eze]] to the parish WhatsApp group; her number is [[PHONE_NUMBER:+234 803 412 7789]] and she's joining the [[NRP:Catholic]] women's guild next month.""",
    """[[PERSON:Pham Van Long]], [[AGE:36]], of [[ADDRESS:81 Springvale Road]], [[LOCATION:Springvale]] [[LOCATION:VIC]] [[ZIP_CODE:3171]], pleaded guilty to careless driving and was fined $1,200.""",
    """My mother-in-law [[PERSON:Hyun-joo]] is flying in from [[LOCATION:Busan]] on [[DATE_TIME:Sept 22]] and needs wheelchair assistance at arrivals; her passport number is [[ID_NUMBER:M48102937]].""",
    """Kia ora [[PERSON:Tama]], your IRD number [[ID_NUMBER:108-472-634]] is now linked to your myIR account. If you didn't do this, call us straight away.""",
    """The gym has frozen [[PERSON:Rosa Delgado]]'s membership (#[[ID_NUMBER:FF-772014]]) from [[DATE_TIME:July 1]] while she recovers from knee surgery.""",
    """Hi, I'm locked out of my account. Username [[USERNAME:deshawn_w88]], registered email [[EMAIL_ADDRESS:deshawn.whitaker@yahoo.com]], and my last successful login was from [[IP_ADDRESS:73.162.41.209]].""",
    """[[PERSON:Saoirse]] and [[PERSON:Tadhg Mulcahy]] would like to have their daughter [[PERSON:Niamh]] christened on [[DATE_TIME:Sunday 19 October]] at St Brigid's; the parents' phone is [[PHONE_NUMBER:086 204 7731]].""",
    """As discussed on the phone, [[PERSON:Venkatesh Iyer]]'s TFN is [[ID_NUMBER:876 120 939]] and his new address is [[ADDRESS:4/18 Harris Street]], [[LOCATION:Pyrmont]] [[LOCATION:NSW]] [[ZIP_CODE:2009]].""",
    """I'm writing on behalf of my grandfather, [[PERSON:Jan-Willem de Groot]] (born [[DATE_TIME:8 February 1939]]), who can no longer manage his phone contract. His account number is [[ID_NUMBER:7001 4429 18]] and the landline is [[PHONE_NUMBER:020 794 1182]].""",
    """[[PERSON:Amara Okafor]] was born at [[DATE_TIME:3:12am on 14 April]], weighing 3.4kg. Congratulations to [[PERSON:Ifeanyi]] and [[PERSON:Chioma]]!""",
    """Re: parking permit. Resident: [[PERSON:Gurpreet Sandhu]], [[ADDRESS:52 Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4PG]]. Vehicle registration [[ID_NUMBER:LK19 XBW]].""",
    """My daughter [[PERSON:Zainab]], [[AGE:16]], lost her Opal card. It's registered under my name, [[PERSON:Hassan El-Amin]], with the email [[EMAIL_ADDRESS:hassan.elamin@bigpond.com]].""",
    """The interview with [[PERSON:Priscilla Mensah-Bonsu]] is confirmed for [[DATE_TIME:Tuesday, 8 July 2025, 14:30 BST]] on Teams; her CV links to [[URL:https://www.linkedin.com/in/priscilla-mensah-bonsu]].""",
    """Dear [[PERSON:Mr. Ahmadi]], your Centrelink appointment has been moved to [[DATE_TIME:12/08/2025 at 9:45]]. Please bring your Medicare card and your CRN, [[ID_NUMBER:204 518 337K]].""",
    """[[PERSON:Mohammed Al-Rashid]] ([[NRP:Saudi]]) checked into room 1108 with his wife [[PERSON:Layla]]; the deposit was taken on [[CREDIT_CARD:5424 1883 3016 9251]], exp 09/27.""",
    """hey [[PERSON:kofi]], the landlord says the deposit for [[ADDRESS:9 Adelaide Terrace]] goes back to whoever's on the lease, which is [[PERSON:Esi]]'s name, so text her on [[PHONE_NUMBER:07961 224 508]]""",
    """[[PERSON:Manon Lefebvre]] from [[LOCATION:Montréal]] asked us to delete all her data under Law 25; her customer ID is [[ID_NUMBER:CUST-00418327]] and she signed up with [[EMAIL_ADDRESS:manon.lefebvre@videotron.ca]].""",
    """Background check: [[PERSON:Tyrone Jackson]], DOB [[DATE_TIME:1988-11-02]], [[LOCATION:Georgia]] DL [[US_DRIVER_LICENSE:058213947]], previous address [[ADDRESS:655 Peachtree St NE, Apt 1204]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30308]].""",
    """On [[DATE_TIME:March 28]], [[PERSON:Ximena Castillo]] renewed her U.S. passport ([[US_PASSPORT:A04718392]]) at the [[LOCATION:Houston]] passport agency.""",
    """Ward 7 handover: bed 3 is [[PERSON:Mr. Ewan MacLeod]], [[AGE:67]], admitted [[DATE_TIME:02/06 at 22:10]] with chest pain, CHI [[ID_NUMBER:1203587139]]. Next of kin is his wife [[PERSON:Morag]] on [[PHONE_NUMBER:07812 440 913]].""",
    """Thanks for shopping with us, [[PERSON:Leilani Kahananui]]! Your return label is attached, and the refund will go back to the Amex ending 1009 within five working days.""",
    """The consent form for the Year 8 trip was signed for [[PERSON:Dmitri Volkov]] by his mother, [[PERSON:Irina Volkova]], on [[DATE_TIME:04.09.2025]]. Emergency contact: [[PHONE_NUMBER:+44 7459 112 603]].""",
    """[[PERSON:Bilal]] says his wife, who is [[NRP:Pakistani]], will travel on her NICOP ([[ID_NUMBER:35202-4471829-6]]) because her passport has expired.""",
    """Sorry I missed your call, [[PERSON:Mateus Oliveira]] here from the [[LOCATION:Ipswich]] branch. My own mobile is [[PHONE_NUMBER:07389 552 140]] if you need the locker code again.""",
    """[[PERSON:Ms. Adebisi]] asked for [[PERSON:Tobi]]'s birth certificate to be re-uploaded: full name [[PERSON:Oluwatobiloba Adeyemi]], born [[DATE_TIME:22 Dec 2016]] in [[LOCATION:Lagos]].""",
    """[[PERSON:Harpreet Dhillon]] (employee [[ID_NUMBER:10884]]) transferred from the [[LOCATION:Brampton]] warehouse to [[LOCATION:Mississauga]] on [[DATE_TIME:May 5]]; the SIN on file is [[ID_NUMBER:519 204 374]].""",
    """Hoi zäme, ich bi d'[[PERSON:Nadja Käslin]] vo [[LOCATION:Stans]] und ha mis Velo am [[DATE_TIME:Samstig, 14. Juni]] bim Bahnhof vergässe. Wär's gseh het, bitte mälde under [[PHONE_NUMBER:079 318 42 66]]. Merci vilmal!""",
    """Mäi Meedchen [[PERSON:Lea Hoffmann]] ass den [[DATE_TIME:4. Juni 2001]] gebuer a wunnt elo zu [[LOCATION:Diddeleng]]; hir Sozialversécherungsnummer ass [[ID_NUMBER:2001060403286]].""",
    """Bonjour, je suis [[PERSON:Mathilde Rochat]], domiciliée [[ADDRESS:chemin des Vignes 8]], [[ZIP_CODE:1009]] [[LOCATION:Pully]]. Mon rendez-vous chez le [[PERSON:Dr Favre]] est le [[DATE_TIME:mardi 17 juin à 8h30]]; mon numéro AVS est le [[ID_NUMBER:756.2158.7044.98]].""",
    """Mia mumma [[PERSON:Ursina Derungs]] ha [[AGE:82]] onns e stat a [[LOCATION:Mustér]]. Ella ha in termin tar il medi ils [[DATE_TIME:9 da settember]]; ses numer da telefon ei [[PHONE_NUMBER:081 947 12 58]].""",
    """Lost property: a wallet belonging to [[PERSON:Sean Pérez-Whitfield]], with a [[LOCATION:Texas]] driver license [[US_DRIVER_LICENSE:41729058]] inside, was handed in at gate B12. His sister [[PERSON:Marisol]] will collect it and can be reached at [[PHONE_NUMBER:(512) 448-2093]].""",
    """[[PERSON:Ruth Abernathy]] wants her late husband [[PERSON:Gordon]]'s pension paid into her own account (sort code 40-22-18, account [[ID_NUMBER:61829044]]). He died on [[DATE_TIME:11 March 2025]]; his NI number was [[ID_NUMBER:JT 48 29 71 C]].""",
    """Reminder from [[LOCATION:Dunedin]] Public Libraries: [[PERSON:Wiremu Parata]], the items on card [[ID_NUMBER:21487003920815]] are due back on [[DATE_TIME:Thu 24 Jul]].""",
    """[[PERSON:Dr. Anjali Bhattacharya]] is the on-call obstetrician from [[DATE_TIME:8pm Friday 1 August]] until [[DATE_TIME:8am Monday 4 August]]; page her through switchboard or call [[PHONE_NUMBER:0412 778 305]].""",
]

BENCH = [
    # --- ai4privacy-like: dense, odd mixed sentences ---
    """Dear [[PERSON:Ms. Kassandra Hirthe]], as our new Central Branding Strategist you will reach the intranet from [[IP_ADDRESS:184.22.91.7]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15. Please register your laptop's MAC 3c:22:fb:91:0e:4d before [[DATE_TIME:09/14/2024]].""",
    """Your subscription for [[PERSON:Emilio Sandoval]] was renewed on card [[CREDIT_CARD:3566 0020 1774 5239]] (CVV 482, expiry 11/26). Billing address on file: [[ADDRESS:4471 Rowe Crossing]], [[ADDRESS:Suite 310]], [[LOCATION:Port Charlotte]], [[LOCATION:FL]] [[ZIP_CODE:33948]].""",
    """Attention [[PERSON:Dr. Yolanda Brekke]], Lead Security Architect: unusual access to the payroll module from [[IP_ADDRESS:2a02:8108:4f21:9a0c::17]] by username [[USERNAME:ybrekke_admin]] on [[DATE_TIME:03/22/2025 02:11]]. Confirm it was you or reset the password (current one: Fjord#2019!).""",
    """To complete the verification of account [[ID_NUMBER:88124395]], [[PERSON:Leopold]] [[PERSON:Mraz]] must upload a photo ID and confirm the transfer of 7,420.55 CHF to [[IBAN_CODE:CH13 0483 5092 8176 5100 0]] (BIC CRESCHZZ80A) requested on [[DATE_TIME:17.03.2025]].""",
    """[[PERSON:Zuri Wambui]], born [[DATE_TIME:14/09/1993]], female, Principal Data Analyst, [[ADDRESS:27 Kenyatta Avenue]], [[ADDRESS:4th Floor]], [[LOCATION:Nairobi]]; phone [[PHONE_NUMBER:+254 722 418 903]], KRA PIN [[ID_NUMBER:A008421937K]].""",
    """The wire from [[PERSON:Benedikt Haas]] ([[EMAIL_ADDRESS:benedikt.haas@bluewin.ch]]) to [[IBAN_CODE:LU59 0030 1459 2088 3000]] was held because the session (MAC 00:1b:63:84:45:e6, Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36) came from [[IP_ADDRESS:85.1.203.44]] instead of his usual [[LOCATION:Basel]] range.""",
    """Hi [[PERSON:Marguerite]], the Investor Relations Coordinator role is yours! Send your bank details ([[IBAN_CODE:FR76 3000 4008 2300 0123 4567 819]]) and your numéro de sécurité sociale [[ID_NUMBER:2 91 12 99 350 087 27]] to HR from [[EMAIL_ADDRESS:m.dufresne91@orange.fr]] by the [[DATE_TIME:5th of May]].""",
    """Request from [[PERSON:Jabari Owusu-Mensah]]: change the shipping address of order 55-8810 to [[ADDRESS:1120 Elm Street]], [[ADDRESS:Apt. 4C]], [[LOCATION:Hartford]], [[LOCATION:Connecticut]] [[ZIP_CODE:06106]]. Reach him at [[PHONE_NUMBER:+1-860-555-0142]].""",
    """Your Wealth Online login: user [[USERNAME:ctremblay1977]], temporary password Lq7!vR2z, card PIN 6604. Account holder [[PERSON:Chantal Tremblay]], DOB [[DATE_TIME:1977-08-30]], SIN [[ID_NUMBER:273 648 105]], [[LOCATION:Laval]], [[LOCATION:QC]].""",
    """[[PERSON:Aigerim Bekova]], a [[AGE:29]]-year-old Senior Quantitative Analyst, asked that her Mastercard [[CREDIT_CARD:2223 0048 1192 7705]] (CVV 019, valid thru 03/28) be linked to [[IBAN_CODE:AT87 1200 0520 6654 3301]] for the EUR sub-account.""",
    """Gender: Male. Name: [[PERSON:Rhys Llewellyn]]. Age: [[AGE:45]]. Building: [[ADDRESS:18]]. Street: [[ADDRESS:Cathedral Road]]. City: [[LOCATION:Cardiff]]. Postcode: [[ZIP_CODE:CF11 9LJ]]. Phone: [[PHONE_NUMBER:029 2034 7781]]. Job: Regional Compliance Officer.""",
    """Following our call I updated the pension payout for [[PERSON:Valentina Russo]] to [[IBAN_CODE:CH68 0078 8123 6549 1002 7]] (BIC BCGECHGGXXX); her AVS number [[ID_NUMBER:756.8502.9331.63]] and her address, [[ADDRESS:Via Nassa 21]], [[ZIP_CODE:6900]] [[LOCATION:Lugano]], were both verified.""",
    """Session alert: [[USERNAME:m.haddad]] connected with Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 from [[IP_ADDRESS:41.230.17.88]] (MAC a4:83:e7:2c:19:f0). Account owner: [[PERSON:Mona Haddad]], [[EMAIL_ADDRESS:mona.haddad@outlook.com]], [[PHONE_NUMBER:+216 98 412 305]].""",
    """Good morning [[PERSON:Prof. Ingrid Solberg]], your honorarium of 1,500 EUR can go to card [[CREDIT_CARD:4903 0155 2781 4063]] or to [[IBAN_CODE:DE97 1001 0010 0928 3746 51]], whichever you prefer. Kindly reply by [[DATE_TIME:Friday, 11 April]].""",
    """Parent [[PERSON:Olamide Adeyemi]] (male, [[AGE:39]]) of [[ADDRESS:Plot 14, Admiralty Way]], [[LOCATION:Lekki]], [[LOCATION:Lagos]] reports that account [[ID_NUMBER:0123984471]], linked to BVN [[ID_NUMBER:22184730961]], was debited twice for school fees.""",
    """The dental hygienist [[PERSON:Beatriz Almeida]] has moved to [[ADDRESS:22 Harbour Street]], [[ADDRESS:Unit 7]], [[LOCATION:Wollongong]] [[LOCATION:NSW]] [[ZIP_CODE:2500]]; update her payroll record, TFN [[ID_NUMBER:321 098 743]], and her mobile [[PHONE_NUMBER:0433 615 082]].""",
    """Client [[PERSON:Sebastián Ortega Llorente]] (AUM ~ USD 6.4m, segment UHNW) changed his e-mail to [[EMAIL_ADDRESS:s.ortegall@icloud.com]] and his mobile to [[PHONE_NUMBER:+34 612 48 90 37]] from IP [[IP_ADDRESS:88.27.114.201]]; the change was confirmed by callback on [[DATE_TIME:2025-05-06 16:20]].""",
    """Transfer instruction: beneficiary [[PERSON:Naledi Khumalo]], [[IBAN_CODE:GB54 MIDL 4005 1572 3491 76]], SWIFT MIDLGB22, amount GBP 12,000, purpose "university fees", ordering customer [[PERSON:Sipho Khumalo]], SA ID [[ID_NUMBER:7506225809085]].""",
    """Congrats [[PERSON:Haruto]]! Your Solutions Engineer badge is ready. Pick it up at [[ADDRESS:3-14-2 Shibuya]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:150-0002]], and bring your My Number card. Your desk phone forward goes to [[PHONE_NUMBER:090-4412-8836]].""",
    """[[PERSON:Mr. Cornelius Abara]] of [[ADDRESS:Kumasi Villa, 6 Airport Residential Road]], [[LOCATION:Accra]] invested GHS 300,000 via card [[CREDIT_CARD:4929 1305 8847 2600]]; KYC notes the Ghana Card [[ID_NUMBER:GHA-718240953-4]] and a second passport from [[LOCATION:Canada]].""",
    # --- gretel-like domain documents ---
    """MOTOR CLAIM FORM
Policy No.: MTR-4471902
Policyholder: [[PERSON:Nomvula Dlamini]]
ID Number: [[ID_NUMBER:0111090921086]]
Date of Birth: [[DATE_TIME:2001/11/09]]
Address: [[ADDRESS:31 Jan Smuts Avenue]], [[LOCATION:Parktown]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2193]]
Date and time of incident: [[DATE_TIME:18 May 2025, 07:50]]
Third party driver: [[PERSON:Pieter van der Merwe]], vehicle reg. [[ID_NUMBER:CA 418-302]]
Description: rear-ended at the robot on Empire Road; no injuries.""",
    """This Employment Agreement is made on [[DATE_TIME:1 September 2025]] between Northwind Analytics Ltd (company no. 11842093) and [[PERSON:Adebola Ogunleye]] of [[ADDRESS:44 Mill Lane]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 6PR]] ("the Employee"). The Employee's National Insurance number is [[ID_NUMBER:PX 73 41 90 B]], and salary will be paid monthly to account [[ID_NUMBER:29104477]], sort code 20-45-77.""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Mr. Harold Finch-Beaumont]]    DOB: [[DATE_TIME:03/02/1948]]    NHS No: [[ID_NUMBER:401 023 2137]]
Admitted: [[DATE_TIME:14/06/2025]]    Discharged: [[DATE_TIME:19/06/2025]]
GP: [[PERSON:Dr. S. Ramachandran]], Holloway Medical Centre
Next of kin: [[PERSON:Clare Finch-Beaumont]] (daughter), [[PHONE_NUMBER:07723 118 540]]
Diagnosis: community-acquired pneumonia, treated with IV co-amoxiclav.""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Juan Pablo Restrepo]]
Date of birth: [[DATE_TIME:June 9, 1984]]
SSN: [[US_SSN:529-71-3084]]
Home address: [[ADDRESS:2210 NW 7th Street, Unit 15]], [[LOCATION:Miami]], [[LOCATION:FL]] [[ZIP_CODE:33125]]
Employer: Biscayne Freight LLC (dispatcher)
Monthly income: $4,850    Requested: $18,000 over 48 months""",
    """NOTICE OF HEARING. Take notice that the application of [[PERSON:Moana Tuilagi]] for a protection order against [[PERSON:Sione Vaifale]] will be heard at the [[LOCATION:Manukau]] District Court on [[DATE_TIME:Wednesday 20 August 2025 at 10.00am]]. The respondent's last known address is [[ADDRESS:7B Rata Street]], [[LOCATION:Otara]], [[LOCATION:Auckland]] [[ZIP_CODE:2023]].""",
    """RESIDENTIAL TENANCY AGREEMENT
Landlord: [[PERSON:Gerald Whitmore]], c/o Harbour Lettings
Tenants: [[PERSON:Yasmin Haddad]] and [[PERSON:Omar Haddad]]
Premises: [[ADDRESS:Apartment 12, 3 Quay Street]], [[LOCATION:Galway]] [[ZIP_CODE:H91 E2K4]]
Term begins: [[DATE_TIME:1st October 2025]]
Rent: EUR 1,950 per month, payable to [[IBAN_CODE:IE59 BOFI 9000 1731 4598 23]]""",
    """CLIENT ONBOARDING – INDIVIDUAL
Full name: [[PERSON:Alessandro Maria Conti]]
Date of birth: [[DATE_TIME:19.04.1966]]
Nationality: [[NRP:Italian]]
Residential address: [[ADDRESS:Via Serodine 3]], [[ZIP_CODE:6600]] [[LOCATION:Locarno]], [[LOCATION:Switzerland]]
AHV no.: [[ID_NUMBER:756.0427.1885.36]]
Passport: [[ID_NUMBER:YA5082134]]
Source of wealth: inheritance; sale of family textile business (2017)
PEP: No    Risk: Medium
Relationship manager: [[PERSON:Sabrina Kälin]]""",
    """Claim CLM-2025-88213: member [[PERSON:Priya Venkataraman]], member no. [[ID_NUMBER:MBR 4471 0936]], was treated by [[PERSON:Dr. Lucas Moreau]] on [[DATE_TIME:2025-03-11]] for a fractured metatarsal. Reimbursement of $640 to card [[CREDIT_CARD:4862 2001 7355 9027]] approved.""",
    """CHANGE OF CIRCUMSTANCES
Claimant: [[PERSON:Kelechi Nwachukwu]]    NI number: [[ID_NUMBER:SN 20 18 45 D]]
Previous address: [[ADDRESS:19 Stanley Road]], [[LOCATION:Bootle]]
New address: [[ADDRESS:Flat 2, 88 Smithdown Road]], [[LOCATION:Liverpool]] [[ZIP_CODE:L15 3JR]]
Date of move: [[DATE_TIME:28/02/2025]]
Household: claimant, partner [[PERSON:Ifeoma]], two children under 5""",
    """LAST WILL AND TESTAMENT. I, [[PERSON:Margaret Eileen O'Sullivan]], of [[ADDRESS:Ard na Mara, Coast Road]], [[LOCATION:Kinsale]], [[LOCATION:Co. Cork]], revoke all former wills and appoint my nephew [[PERSON:Fergal Hennessy]] as sole executor. Signed on the [[DATE_TIME:3rd day of March 2024]] in the presence of [[PERSON:Sinéad Walsh]] and [[PERSON:Tomás Ó Briain]].""",
    """Rx #7710492 | Patient: [[PERSON:Delores Washington]] | DOB [[DATE_TIME:12/03/1950]] | [[ADDRESS:415 Magnolia Ln]], [[LOCATION:Jackson]], [[LOCATION:MS]] [[ZIP_CODE:39206]] | Ph [[PHONE_NUMBER:601-555-0178]] | Prescriber: [[PERSON:Dr. Alan Cho]] | Metformin 500 mg, 1 tab BID, 90 days, 2 refills""",
    """ENROLMENT FORM – Student: [[PERSON:Aarav Sharma]], DOB [[DATE_TIME:2014-07-21]], Year 5. Parent/guardian: [[PERSON:Neha Sharma]], [[PHONE_NUMBER:0421 306 774]], [[EMAIL_ADDRESS:neha.sharma.syd@gmail.com]]. Address: [[ADDRESS:16 Boundary Road]], [[LOCATION:Carlingford]] [[LOCATION:NSW]] [[ZIP_CODE:2118]]. Medicare: [[ID_NUMBER:2951 48375 1]].""",
    """LOMBARD CREDIT REQUEST. Client [[PERSON:Hélène Kieffer]], client no. [[ID_NUMBER:40 118 7731]], pledges the securities portfolio booked on [[IBAN_CODE:LU70 0141 0388 0647 2300]] as collateral for a credit line of EUR 1,200,000 at 75% LTV. Signed in [[LOCATION:Luxembourg]] on [[DATE_TIME:14.05.2025]].""",
    """MORTGAGE OFFER – Applicants: [[PERSON:Daniel Kim]] and [[PERSON:Rachel Goldberg-Kim]]. Property: [[ADDRESS:118 Lakeshore Drive]], [[LOCATION:Oakville]], [[LOCATION:ON]] [[ZIP_CODE:L6J 1H8]]. Closing date: [[DATE_TIME:August 29, 2025]]. Amount: CAD 1,140,000, 5-year fixed at 4.39%. Solicitor: [[PERSON:Meera Joshi]], [[PHONE_NUMBER:905-555-0116]].""",
    """INCIDENT REPORT – Workplace injury
Employee: [[PERSON:Lwazi Ndlovu]] (staff no. [[ID_NUMBER:W-30417]])
Date/time: [[DATE_TIME:Tue 04/03/2025 13:15]]
Location: loading bay 3, [[ADDRESS:12 Voortrekker Road]], [[LOCATION:Bellville]], [[LOCATION:Cape Town]]
Witness: [[PERSON:Annelie Botha]]
Injury: laceration to the right forearm; first aid given, referred to clinic.""",
    """Private client memo – [[PERSON:Ravindra]] and [[PERSON:Kavitha Subramaniam]] (joint account [[ID_NUMBER:0047-221938-001]]) would like to gift SGD 400,000 to their son [[PERSON:Arvind]], who lives at [[ADDRESS:12 Holland Grove Road]], [[LOCATION:Singapore]] [[ZIP_CODE:278793]]. Source: maturity of fixed deposit. NRIC of donor: [[ID_NUMBER:S9048172Z]].""",
    """INSURANCE – DEATH CLAIM
Deceased: [[PERSON:Joseph Kiprono Rotich]], ID [[ID_NUMBER:23517094]], died [[DATE_TIME:2 May 2025]] at Moi Teaching and Referral Hospital, [[LOCATION:Eldoret]].
Beneficiary: [[PERSON:Faith Chebet Rotich]] (spouse), [[PHONE_NUMBER:0711 482 309]], payment to Equity Bank account [[ID_NUMBER:1180 2793 4401]].""",
    """KYC PERIODIC REVIEW – outcome: enhanced due diligence required. Client [[PERSON:Dmitry Antonov]] ([[NRP:Russian]]), residence [[ADDRESS:Chemin de la Tour-Grise 6]], [[ZIP_CODE:1007]] [[LOCATION:Lausanne]], passport [[ID_NUMBER:75 4419823]]. Incoming funds from [[IBAN_CODE:AT93 2011 1829 1773 5400]] in [[DATE_TIME:January 2025]] not matching the declared profile. Reviewer: [[PERSON:Elodie Pasche]].""",
    """PRE-EMPLOYMENT SCREENING CONSENT. I, [[PERSON:Maria Clara Santos]], born [[DATE_TIME:18 August 1997]], residing at [[ADDRESS:88 Dela Costa Street]], [[LOCATION:Makati City]], authorise the company to verify my records. SSS No. [[ID_NUMBER:34-7281945-3]], TIN [[ID_NUMBER:418-772-093-000]]. Signature date: [[DATE_TIME:07/15/2025]].""",
    """WEALTH MANAGEMENT – Change of beneficiary
Policy/Plan: ULIP-0093318
Plan holder: [[PERSON:Anand Krishnamurthy]], PAN [[ID_NUMBER:BQNPK4471D]]
New nominee: [[PERSON:Deepa Krishnamurthy]], relationship: spouse, DOB [[DATE_TIME:05-11-1982]]
Address: [[ADDRESS:Flat 1102, Prestige Shantiniketan, Whitefield]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560048]]
Mobile: [[PHONE_NUMBER:+91 98860 41277]]""",
    """VETERINARY INVOICE – Client: [[PERSON:Ms. Hine Rangi]], [[ADDRESS:41 Te Awa Road]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]]; patient: Bella (Labrador, 7 yrs); visit [[DATE_TIME:12 March 2025, 16:45]]; vaccination and dental scale, NZD 386.50, paid by card ending 2231.""",
    """SUBJECT ACCESS REQUEST. Name: [[PERSON:Eamon Gallagher]]. Date of birth: [[DATE_TIME:21/11/1979]]. Customer number: [[ID_NUMBER:77310482]]. Current address: [[ADDRESS:3 Seaview Terrace]], [[LOCATION:Bangor]] [[ZIP_CODE:BT20 5HJ]]. Previous address: [[ADDRESS:12 Malone Avenue]], [[LOCATION:Belfast]]. Please send all recordings of my calls to [[EMAIL_ADDRESS:eamon.gallagher@btinternet.com]].""",
    """PRIVATE BANKING – ACCOUNT OPENING CHECKLIST
[x] Passport: [[PERSON:Francesca Lombardi-Weber]], [[ID_NUMBER:YB9921473]], expires 2031
[x] Proof of address: electricity bill for [[ADDRESS:Alte Landstrasse 118]], [[ZIP_CODE:8702]] [[LOCATION:Zollikon]]
[x] AHV: [[ID_NUMBER:756.4881.0263.73]]
[ ] Source of wealth evidence (sale of dental practice, [[DATE_TIME:30 June 2023]])
[ ] Signed FATCA W-8BEN""",
    """DEBT RECOVERY NOTICE. Dear [[PERSON:Mr. Jamal Thompson]], despite our letters of [[DATE_TIME:2 April]] and [[DATE_TIME:30 April]], the balance of £1,284.10 on account [[ID_NUMBER:40918377]] remains unpaid. Please call us or pay at [[ADDRESS:Flat 14, Brunel House, 9 Station Road]], [[LOCATION:Swindon]] [[ZIP_CODE:SN1 1EF]].""",
    """Trust deed extract: Settlor [[PERSON:Rustam Nazarbekov]], born [[DATE_TIME:15 March 1970]] in [[LOCATION:Almaty]]; protector [[PERSON:Hugo de Lattre]]; beneficiaries [[PERSON:Amina]] and [[PERSON:Timur Nazarbekov]]. Trustee account at Bank Frick, [[IBAN_CODE:LI08 0880 0000 0050 1844 3]].""",
    """Adverse media check completed for [[PERSON:Chukwuemeka Obi]] (DOB [[DATE_TIME:1976-05-30]], [[NRP:Nigerian]]). Two press hits relate to a namesake in [[LOCATION:Houston]]; no match on passport [[ID_NUMBER:A08374215]]. Cleared by [[PERSON:Jessica Nyström]] on [[DATE_TIME:22 May 2025]].""",
    """MEDICAL CERTIFICATE. This is to certify that [[PERSON:Ms. Shreya Banerjee]], aged [[AGE:27]], of [[ADDRESS:22B Lake Place]], [[LOCATION:Kolkata]] [[ZIP_CODE:700029]], was under my care from [[DATE_TIME:3 June 2025]] to [[DATE_TIME:9 June 2025]] for viral fever. Signed, [[PERSON:Dr. Subhash Mitra]].""",
    """Suitability report for [[PERSON:Georg Pfister]], client no. [[ID_NUMBER:CH-PB-20931]]: investment objective growth, horizon 10 years, risk profile 4/5. Contact on file: [[PHONE_NUMBER:+41 44 380 27 19]], [[EMAIL_ADDRESS:georg.pfister@sunrise.ch]]. Meeting held [[DATE_TIME:Monday 12 May 2025, 10:00]] at [[ADDRESS:Bahnhofstrasse 45]], [[ZIP_CODE:8001]] [[LOCATION:Zürich]].""",
    # --- Nemotron-like: JSON, logs, SQL, XML, config, code, tickets ---
    """{"customer_id": "[[ID_NUMBER:C-20485513]]", "first_name": "[[PERSON:Wen]]", "last_name": "[[PERSON:Zhao]]", "dob": "[[DATE_TIME:1990-02-17]]", "email": "[[EMAIL_ADDRESS:wen.zhao90@163.com]]", "phone": "[[PHONE_NUMBER:+61 412 880 317]]", "address": {"street": "[[ADDRESS:55 Lonsdale Street]]", "city": "[[LOCATION:Melbourne]]", "state": "[[LOCATION:VIC]]", "postcode": "[[ZIP_CODE:3000]]"}, "segment": "retail", "marketing_opt_in": false}""",
    """[[DATE_TIME:2025-06-02T08:14:22Z]] INFO auth.login user=[[USERNAME:akosua.boateng]] src=[[IP_ADDRESS:154.160.22.7]] ua="Mozilla/5.0 (Linux; Android 14; SM-A546E)" result=success
[[DATE_TIME:2025-06-02T08:15:03Z]] WARN payments.add_card user=[[USERNAME:akosua.boateng]] card=**** **** **** 7705 3ds=challenge
2025-06-02T08:20:00Z INFO scheduler.run job=nightly_recon status=ok""",
    """INSERT INTO clients (client_id, full_name, birth_date, nationality, iban, email) VALUES ('[[ID_NUMBER:PB-0091842]]', '[[PERSON:Karim Benyoussef]]', '[[DATE_TIME:1975-12-03]]', '[[NRP:Moroccan]]', '[[IBAN_CODE:FR7620041010050500013260210]]', '[[EMAIL_ADDRESS:k.benyoussef@wanadoo.fr]]');""",
    """<kycRecord status="pending">
  <client>
    <name>[[PERSON:Ingeborg Sæther]]</name>
    <dateOfBirth>[[DATE_TIME:1958-10-27]]</dateOfBirth>
    <nationalId country="NO">[[ID_NUMBER:27105848299]]</nationalId>
    <address><street>[[ADDRESS:Bygdøy allé 14]]</street><postcode>[[ZIP_CODE:0262]]</postcode><city>[[LOCATION:Oslo]]</city></address>
    <phone>[[PHONE_NUMBER:+47 917 44 208]]</phone>
  </client>
  <advisor>[[PERSON:Lars Ekberg]]</advisor>
</kycRecord>""",
    """# notifier.yaml
owner: "[[PERSON:Rafael Quintero]] <[[EMAIL_ADDRESS:rafael.quintero@fincore.io]]>"
oncall_phone: "[[PHONE_NUMBER:+1 415 555 0187]]"
alerts_to: platform-alerts@fincore.io
database:
  host: [[IP_ADDRESS:10.24.8.31]]
  user: svc_ledger
  password: "Xk2!pq9#Lm"
retry: 3""",
    """def test_create_user():
    user = User(
        name="[[PERSON:Hyejin Park]]",
        email="[[EMAIL_ADDRESS:hyejin.park@kakao.com]]",
        phone="[[PHONE_NUMBER:010-4827-1193]]",
        dob="[[DATE_TIME:1996-03-08]]",
    )
    user.set_password("S3oul!2024")
    assert user.is_active""",
    """Ticket #48213 | Priority: High | Channel: web
Reporter: [[PERSON:Oksana Melnyk]] ([[EMAIL_ADDRESS:oksana.melnyk@ukr.net]])
Subject: Can't log in to online banking since card replacement
Details: My new card [[CREDIT_CARD:5457 1200 6689 0347]] arrived on [[DATE_TIME:June 3]] but the app still asks for the old one. I'm connecting from [[IP_ADDRESS:91.203.144.61]] and my client number is [[ID_NUMBER:5520918]]. Please call [[PHONE_NUMBER:+380 67 418 2290]].""",
    """EMPLOYEE ONBOARDING
Legal name: [[PERSON:Tiago Nascimento]]    Preferred name: [[PERSON:Ti]]
Date of birth: [[DATE_TIME:11-Jan-1992]]
Personal email: [[EMAIL_ADDRESS:tiagonasc92@gmail.com]]
Emergency contact: [[PERSON:Luana Nascimento]] (spouse), [[PHONE_NUMBER:07441 902 318]]
Bank: sort code 04-00-04, account [[ID_NUMBER:71830492]]
NI number: [[ID_NUMBER:TN 58 12 04 A]]
Start date: [[DATE_TIME:07/04/2025]]    Laptop: MBP-14-M3-0442""",
    """curl -X POST https://api.example-bank.com/v2/onboarding \\
  -H "Content-Type: application/json" \\
  -d '{"givenName": "[[PERSON:Amelia]]", "familyName": "[[PERSON:Tupou]]", "birthDate": "[[DATE_TIME:1988-09-14]]", "taxId": "[[ID_NUMBER:456 789 127]]", "mobile": "[[PHONE_NUMBER:+61 402 771 930]]", "residentialAddress": "[[ADDRESS:9 Kent Street]], [[LOCATION:Millers Point]] [[LOCATION:NSW]] [[ZIP_CODE:2000]]"}'""",
    """{"event": "kyc.document.uploaded", "timestamp": "[[DATE_TIME:2025-04-18T10:42:07+02:00]]", "applicant": {"id": "[[ID_NUMBER:APP-66120931]]", "name": "[[PERSON:Jovana Petrović]]", "document": {"type": "passport", "number": "[[ID_NUMBER:012345871]]", "issuing_country": "[[LOCATION:SRB]]"}, "ip": "[[IP_ADDRESS:178.220.41.19]]"}, "reviewer": null}""",
    """Mar 14 09:31:55 web-02 sshd[21877]: Accepted publickey for [[USERNAME:nkhanna]] from [[IP_ADDRESS:203.0.113.54]] port 51122 ssh2
Mar 14 09:32:10 web-02 sudo: [[USERNAME:nkhanna]] : TTY=pts/0 ; PWD=/home/nkhanna ; USER=root ; COMMAND=/bin/systemctl restart nginx
Mar 14 09:40:02 web-02 CRON[22010]: (root) CMD (/usr/local/bin/backup.sh)""",
    """UPDATE patients SET phone = '[[PHONE_NUMBER:0161 496 0823]]', address_line1 = '[[ADDRESS:27 Wilmslow Road]]', city = '[[LOCATION:Manchester]]', postcode = '[[ZIP_CODE:M14 5TQ]]' WHERE nhs_number = '[[ID_NUMBER:6170932481]]' AND surname = '[[PERSON:Abdullahi]]';""",
    """<?xml version="1.0" encoding="UTF-8"?>
<Payment>
  <Debtor><Nm>[[PERSON:Lukas Brändli]]</Nm><IBAN>[[IBAN_CODE:CH5608401000060523817]]</IBAN></Debtor>
  <Creditor><Nm>[[PERSON:Sophie Brändli]]</Nm><IBAN>[[IBAN_CODE:CH2200700110004456783]]</IBAN><BIC>ZKBKCHZZ80A</BIC></Creditor>
  <Amount Ccy="CHF">1500.00</Amount>
  <RemittanceInfo>Unterhalt Juni</RemittanceInfo>
</Payment>""",
    """// seed data for the staging CRM
const contacts = [
  { id: 1, name: "[[PERSON:Olivia Ruatapu]]", email: "[[EMAIL_ADDRESS:olivia.ruatapu@xtra.co.nz]]", phone: "[[PHONE_NUMBER:021 448 0972]]", city: "[[LOCATION:Rotorua]]" },
  { id: 2, name: "[[PERSON:Benjamin Hartley]]", email: "[[EMAIL_ADDRESS:ben.hartley@outlook.co.nz]]", phone: "[[PHONE_NUMBER:027 913 4405]]", city: "[[LOCATION:Napier]]" },
];""",
    """[HELPDESK] INC0048821 opened by [[PERSON:Grace Adjei]] ([[EMAIL_ADDRESS:grace.adjei@nhs.net]]), ext 4471
Issue: locked out after password reset; username [[USERNAME:gadjei01]], workstation WS-LDS-0982 (MAC 70:85:c2:1f:9a:33, IP [[IP_ADDRESS:10.112.40.77]]).
Resolution: account unlocked, MFA re-enrolled on [[PHONE_NUMBER:07968 402 117]].""",
    """client_profile:
  client_no: "[[ID_NUMBER:318-40972-1]]"
  name: "[[PERSON:Hassan Al-Khalifa]]"
  residence: "[[LOCATION:Manama]], [[LOCATION:Bahrain]]"
  dob: "[[DATE_TIME:1969-01-23]]"
  mandate: discretionary_balanced
  custody_iban: "[[IBAN_CODE:CH26 0023 5235 K110 8934 1]]"
  rm: "[[PERSON:Claudia Zanetti]]"
  pep: false""",
    """POST /api/v1/cards/activate HTTP/1.1
Host: cards.example.com
X-Forwarded-For: [[IP_ADDRESS:72.14.208.193]]
User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 Chrome/123.0 Safari/537.36

{"cardholder": "[[PERSON:Tremaine Washington]]", "pan": "[[CREDIT_CARD:6011009177320483]]", "cvv": "731", "exp": "08/29", "zip": "[[ZIP_CODE:20019]]"}""",
    """Form: Change of Address (Credit Union)
Member no.: [[ID_NUMBER:00482219]]
Member name: [[PERSON:Dwayne]] [[PERSON:Bellamy]]
Old address: [[ADDRESS:2650 Cherry Creek Dr, #208]], [[LOCATION:Denver]], [[LOCATION:CO]] [[ZIP_CODE:80209]]
New address: [[ADDRESS:PO Box 1184]], [[LOCATION:Golden]], [[LOCATION:CO]] [[ZIP_CODE:80402]]
Effective: [[DATE_TIME:06/01/2025]]
Signature: D. Bellamy""",
    """audit_log
| ts                  | actor              | action           | target                     | ip             |
| [[DATE_TIME:2025-02-11 14:03:51]] | [[USERNAME:r.okafor]]          | export_statement | [[ID_NUMBER:ACC-0048117]]                | [[IP_ADDRESS:197.210.64.12]]   |
| 2025-02-11 14:05:00 | system             | rotate_keys      | kms/prod                   | -              |""",
    """Jira PB-2231: Onboarding stuck for [[PERSON:Fiona MacGregor]] (client [[ID_NUMBER:77-0192-33]]). Steps: 1) ID&V passed with passport [[ID_NUMBER:548120937]] on [[DATE_TIME:May 2]]; 2) address check failed for [[ADDRESS:4/2 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HN]]; 3) applicant emailed from [[EMAIL_ADDRESS:fiona.macg@icloud.com]]. Assignee: [[PERSON:Raj Patel]].""",
    """>>> customer = Customer.objects.get(pk=4471)
>>> customer.full_name, customer.phone, customer.email
('[[PERSON:Anjali Deshmukh]]', '[[PHONE_NUMBER:+91 70450 18823]]', '[[EMAIL_ADDRESS:anjali.deshmukh@rediffmail.com]]')
>>> customer.aadhaar
'[[ID_NUMBER:6301 8847 2908]]'""",
    """2025-05-19 11:02:44,118 ERROR [onboarding-svc] Sanctions screening timeout for applicant_id=[[ID_NUMBER:A-7720913]] name="[[PERSON:Abdul Wahab Rahimi]]" dob=[[DATE_TIME:1983-07-04]] country=[[LOCATION:AF]], retrying (2/5)
2025-05-19 11:02:49,301 INFO  [onboarding-svc] Screening complete: potential_match=false""",
    """[customer]
name = "[[PERSON:Siobhán Kearney]]"
email = "[[EMAIL_ADDRESS:siobhan.kearney@eircom.net]]"
ppsn = "[[ID_NUMBER:8765432S]]"
iban = "[[IBAN_CODE:IE66 AIBK 9311 5288 4410 27]]"

[preferences]
paperless = true
language = "ga"
""",
    """Form W-9 (extract) – Name: [[PERSON:Nathaniel Brooks]]; Address: [[ADDRESS:801 Pine Ridge Rd]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28804]]; SSN: [[US_SSN:247-83-1905]]; Signature date: [[DATE_TIME:03/10/2025]].""",
    """Case note (fraud ops), [[DATE_TIME:2025-03-27]]: customer [[PERSON:Li Na]] reported an unknown charge of USD 899.00 on card [[CREDIT_CARD:3764 120983 77115]]. Device fingerprint linked to [[IP_ADDRESS:45.133.7.201]] and to a second account held by [[PERSON:Chen Jun]] ([[EMAIL_ADDRESS:chenjun88@gmail.com]]). Card blocked; replacement sent to [[ADDRESS:1800 Post Street, Apt 6]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94115]].""",
    """{"type":"wire_out","initiator":{"user":"[[USERNAME:tobias.lindgren]]","ip":"[[IP_ADDRESS:81.226.14.90]]","at":"[[DATE_TIME:2025-01-30T15:12:44Z]]"},"beneficiary":{"name":"[[PERSON:Elin Lindgren]]","iban":"[[IBAN_CODE:DE67700202700015883461]]","bic":"HYVEDEMMXXX"},"amount":{"value":45000,"ccy":"EUR"},"purpose":"Wohnungskauf"}""",
    """-- KYC backfill
SELECT c.client_no, c.surname, c.given_names, c.dob
FROM clients c WHERE c.client_no IN ('[[ID_NUMBER:LU-33019]]', '[[ID_NUMBER:LU-33027]]');
-- result:
-- [[ID_NUMBER:LU-33019]] | [[PERSON:Goerens]] | [[PERSON:Anne-Marie]] | [[DATE_TIME:1973-11-18]]
-- [[ID_NUMBER:LU-33027]] | [[PERSON:Lopes Ferreira]] | [[PERSON:Rui]] | [[DATE_TIME:1989-08-11]]""",
    """Subject: [Support #7731] Refund not received
From: [[PERSON:Tolulope Akinyemi]] <[[EMAIL_ADDRESS:tolu.akinyemi@yahoo.co.uk]]>
Body: Hi, I returned the blender on [[DATE_TIME:14 April]] (order 300-118842) and still haven't been refunded to my Maestro [[CREDIT_CARD:6304 9501 7742 8105]]. My address is [[ADDRESS:57 Greenway Avenue]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 1PZ]]. Thanks, [[PERSON:Tolu]]""",
    """openapi example:
  ClientAddressUpdate:
    value:
      clientId: "[[ID_NUMBER:WM-0072213]]"
      fullName: "[[PERSON:Hiroshi Tanaka]]"
      newAddress: "[[ADDRESS:Route de Chêne 61]], [[ZIP_CODE:1208]] [[LOCATION:Genève]]"
      phone: "[[PHONE_NUMBER:+41 22 736 19 04]]"
      effectiveFrom: "[[DATE_TIME:2025-07-01]]\"""",
    """Web form submission #99812 (contact-advisor)
first_name=[[PERSON:Graciela]]&last_name=[[PERSON:Montoya]]&email=[[EMAIL_ADDRESS:gmontoya%40gmail.com]]&phone=[[PHONE_NUMBER:%2B1%20786%20555%200134]]&investable_assets=1m-5m&message=Looking+for+estate+planning+advice&ip=[[IP_ADDRESS:174.48.201.66]]""",
    # --- Luxembourg and Switzerland, other languages ---
    """Kundendossier – Eröffnung Privatkonto
Name, Vorname: [[PERSON:Zürcher]], [[PERSON:Beat Andreas]]
Geburtsdatum: [[DATE_TIME:02.08.1971]]
Staatsangehörigkeit: [[NRP:Schweizer]]
Adresse: [[ADDRESS:Spiegelgasse 11]], [[ZIP_CODE:8001]] [[LOCATION:Zürich]]
AHV-Nr.: [[ID_NUMBER:756.3916.0427.53]]
Telefon: [[PHONE_NUMBER:+41 79 604 18 22]]
E-Mail: [[EMAIL_ADDRESS:beat.zuercher@gmx.ch]]
Mittelherkunft: Erbschaft, Lohn
Kundenberaterin: [[PERSON:Nicole Arnold]]""",
    """Entre les soussignés: la Banque, d'une part, et [[TITLE:Monsieur]] [[PERSON:Paulo Jorge da Silva]], né le [[DATE_TIME:25 décembre 1955]] à [[LOCATION:Braga]] ([[LOCATION:Portugal]]), demeurant [[ADDRESS:7, rue des Prés]], [[ZIP_CODE:L-3313]] [[LOCATION:Bergem]], numéro d'identification [[ID_NUMBER:1955122507115]], d'autre part, il a été convenu ce qui suit.""",
    """Gemeng Suessem – Umeldung
Numm: [[PERSON:Schmit]]
Virnumm: [[PERSON:Claude]]
Gebuertsdatum: [[DATE_TIME:14.03.1978]]
Matrikel: [[ID_NUMBER:1978031404110]]
Nei Adress: [[ADDRESS:45, rue de Limpach]], [[ZIP_CODE:L-4993]] [[LOCATION:Suessem]]
Agezunn den: [[DATE_TIME:1. Abrëll 2025]]
Telefon: [[PHONE_NUMBER:621 48 93 07]]""",
    """{"kunde": "[[PERSON:Marie-Paule Kremer]]", "geburtsdatum": "[[DATE_TIME:1985-09-22]]", "matrikel": "[[ID_NUMBER:1985092211746]]", "iban": "[[IBAN_CODE:LU190080123456781200]]", "wohnort": "[[LOCATION:Esch-sur-Alzette]]", "risikoklasse": "mittel", "berater": "[[PERSON:Tom Hansen]]"}""",
    """Liebe [[PERSON:Ueli]], bitte überwiis d'Miete vo 2'150 Franke für d'Wohnig a de [[ADDRESS:Gerechtigkeitsgasse 62]] z [[LOCATION:Bärn]] bis am [[DATE_TIME:30. Juni]] uf [[IBAN_CODE:CH66 0076 2011 6238 5295 8]], lautend uf [[PERSON:Verena Marti]]. Bi Frage: [[PHONE_NUMBER:078 641 20 93]].""",
    """Formular d'annunzia – Vischnanca da Scuol
Num: [[PERSON:Men Rauch]]
Data da naschientscha: [[DATE_TIME:11-08-1989]]
Adressa: [[ADDRESS:Stradun 412]], [[ZIP_CODE:7550]] [[LOCATION:Scuol]]
Numer AVS: [[ID_NUMBER:756.7143.8259.05]]
Telefon: [[PHONE_NUMBER:+41 81 864 07 19]]
Data d'entrada: [[DATE_TIME:1. da lugl 2025]]""",
    """Déclaration de sinistre – assurance ménage
Assuré: [[PERSON:Loïc Bersier]], [[ADDRESS:Avenue de la Gare 19]], [[ZIP_CODE:2000]] [[LOCATION:Neuchâtel]]
Date du sinistre: [[DATE_TIME:vendredi 23 mai 2025 vers 22h]]
Description: cambriolage de la cave, vélo électrique volé (valeur CHF 3'200)
Remboursement sur: [[IBAN_CODE:CH03 0023 0230 A407 1129 0]]
Tél.: [[PHONE_NUMBER:+41 76 512 84 30]]""",
    """Mandat de gestion discrétionnaire – Cliente: [[TITLE:Madame]] [[PERSON:Nathalie Weis-Bettendorf]], [[ADDRESS:12, boulevard Royal]], [[ZIP_CODE:L-2449]] [[LOCATION:Luxembourg]]; profil de risque: équilibré; compte de dépôt: [[IBAN_CODE:LU37 0670 0021 8459 0077]]; personne de contact: [[PERSON:Marc Reding]]; date de signature: [[DATE_TIME:03/06/2025]].""",
]

TABLE = [
    """employee_id,first_name,last_name,dept,start_date,mobile
[[ID_NUMBER:E10472]],[[PERSON:Aisha]],[[PERSON:Bello]],Finance,[[DATE_TIME:2021-03-15]],[[PHONE_NUMBER:07912 448 306]]
[[ID_NUMBER:E10488]],[[PERSON:Callum]],[[PERSON:Fraser]],Logistics,[[DATE_TIME:2021-04-01]],[[PHONE_NUMBER:07700 318 225]]
[[ID_NUMBER:E11203]],[[PERSON:Mei]],[[PERSON:Chong]],IT,[[DATE_TIME:2023-09-04]],[[PHONE_NUMBER:07488 901 774]]
[[ID_NUMBER:E11950]],[[PERSON:Oluwadamilare]],[[PERSON:Ajayi]],Sales,[[DATE_TIME:2024-11-18]],[[PHONE_NUMBER:07380 556 129]]""",
    """| Client | DOB | Nationality | Passport | Risk | Status |
|---|---|---|---|---|---|
| [[PERSON:Omar Farouk Haddad]] | [[DATE_TIME:12.02.1974]] | [[NRP:Lebanese]] | [[ID_NUMBER:RL2049183]] | High | EDD pending |
| [[PERSON:Svetlana Ivanova]] | [[DATE_TIME:03.07.1981]] | [[NRP:Latvian]] | [[ID_NUMBER:LV4817720]] | Medium | Approved |
| [[PERSON:Arjun Mehta]] | [[DATE_TIME:29.10.1990]] | [[NRP:Indian]] | [[ID_NUMBER:V6021847]] | Low | Approved |
| [[PERSON:Chloé Marchand]] | [[DATE_TIME:17.05.1963]] | [[NRP:French]] | [[ID_NUMBER:19AV40218]] | Medium | Docs missing |""",
    """appt_time\tpatient\tnhs_no\tclinician\troom
[[DATE_TIME:09:00 Mon 16 Jun]]\t[[PERSON:Edith Crossley]]\t[[ID_NUMBER:418 027 3659]]\t[[PERSON:Dr. Okoye]]\t2
[[DATE_TIME:09:20 Mon 16 Jun]]\t[[PERSON:Bashir Rahman]]\t[[ID_NUMBER:482 903 7164]]\t[[PERSON:Dr. Okoye]]\t2
[[DATE_TIME:09:40 Mon 16 Jun]]\t[[PERSON:Poppy Turner]]\t[[ID_NUMBER:459 120 8346]]\tNurse Practitioner\t5""",
    """{"txn_id": "T-88120451", "debtor": "[[PERSON:Lina Schäfer]]", "debtor_iban": "[[IBAN_CODE:DE17 2004 1133 0482 1750 90]]", "amount": 1250.00, "ccy": "EUR", "booked": "2025-05-02"}
{"txn_id": "T-88120452", "debtor": "[[PERSON:Mathieu Kass]]", "debtor_iban": "[[IBAN_CODE:LU13 0030 5401 8771 2000]]", "amount": 90000.00, "ccy": "EUR", "booked": "2025-05-02"}
{"txn_id": "T-88120453", "debtor": "[[PERSON:Priyanka Nair]]", "debtor_iban": "[[IBAN_CODE:GB50 NWBK 6073 0118 4293 01]]", "amount": 480.75, "ccy": "GBP", "booked": "2025-05-02"}""",
    """contacts:
  - name: [[PERSON:Tevita Fifita]]
    phone: "[[PHONE_NUMBER:+64 21 339 4082]]"
    email: [[EMAIL_ADDRESS:tevita.fifita@gmail.com]]
    team: front of house
  - name: [[PERSON:Ana Lemalu]]
    phone: "[[PHONE_NUMBER:+64 22 870 1145]]"
    email: [[EMAIL_ADDRESS:ana.lemalu@hotmail.co.nz]]
    team: kitchen
  - name: [[PERSON:Jack O'Connell]]
    phone: "[[PHONE_NUMBER:+64 27 404 6618]]"
    email: [[EMAIL_ADDRESS:jackoc@xtra.co.nz]]
    team: bar""",
    """Name:      [[PERSON:Nikhil Varma]]
Account:   [[ID_NUMBER:5012 3349 0871]]
Branch:    [[LOCATION:Andheri West]]
Joined:    [[DATE_TIME:14 Feb 2019]]

Name:      [[PERSON:Farzana Begum]]
Account:   [[ID_NUMBER:5012 3349 1265]]
Branch:    [[LOCATION:Kurla]]
Joined:    [[DATE_TIME:02 Aug 2021]]

Name:      [[PERSON:Joseph D'Souza]]
Account:   [[ID_NUMBER:5012 3349 2204]]
Branch:    [[LOCATION:Bandra]]
Joined:    [[DATE_TIME:30 Nov 2022]]""",
    """EMP#   NAME                    SSN           GROSS     STATE
00418  [[PERSON:Hernandez, Lucia M.]]     [[US_SSN:511-09-8724]]   3,812.00  [[LOCATION:TX]]
00422  [[PERSON:Kowalski, Adam]]          [[US_SSN:402-77-1390]]   4,105.50  [[LOCATION:OH]]
00437  [[PERSON:Nguyen, Bao]]             [[US_SSN:623-40-5518]]   2,960.25  [[LOCATION:CA]]
00451  [[PERSON:Whitehorse, Dana]]        [[US_SSN:648-12-0093]]   3,377.80  [[LOCATION:NM]]""",
    """Name;Vorname;Geburtsdatum;AHV-Nr.;Wohnort;Kanton
[[PERSON:Meier]];[[PERSON:Simon]];[[DATE_TIME:04.11.1987]];[[ID_NUMBER:756.5609.1834.22]];[[LOCATION:Winterthur]];[[LOCATION:ZH]]
[[PERSON:Bühler]];[[PERSON:Franziska]];[[DATE_TIME:21.06.1979]];[[ID_NUMBER:756.1320.7749.63]];[[LOCATION:Thun]];[[LOCATION:BE]]
[[PERSON:Rossi]];[[PERSON:Matteo]];[[DATE_TIME:09.01.1995]];[[ID_NUMBER:756.8083.4165.98]];[[LOCATION:Bellinzona]];[[LOCATION:TI]]
[[PERSON:Zeller]];[[PERSON:Ruth]];[[DATE_TIME:30.03.1952]];[[ID_NUMBER:756.2795.0618.31]];[[LOCATION:Chur]];[[LOCATION:GR]]""",
    """| guest | room | check-in | check-out | card on file | loyalty # |
|-------|------|----------|-----------|--------------|-----------|
| [[PERSON:Mr. Hamid Karimi]] | 304 | [[DATE_TIME:2025-07-11]] | [[DATE_TIME:2025-07-14]] | [[CREDIT_CARD:4716 2900 4881 3483]] | [[ID_NUMBER:HH-2209183]] |
| [[PERSON:Ms. Julia Sandberg]] | 512 | [[DATE_TIME:2025-07-12]] | [[DATE_TIME:2025-07-13]] | [[CREDIT_CARD:5218 4099 3217 0624]] | [[ID_NUMBER:HH-4471029]] |
| [[PERSON:Kenji Mori]] | 518 | [[DATE_TIME:2025-07-12]] | [[DATE_TIME:2025-07-19]] | [[CREDIT_CARD:3700 094172 63012]] | - |""",
    """student_no,name,year,guardian,guardian_phone,allergies
[[ID_NUMBER:S220417]],[[PERSON:Maya Thompson]],3,[[PERSON:Karen Thompson]],[[PHONE_NUMBER:(613) 555-0148]],none
[[ID_NUMBER:S220433]],[[PERSON:Elijah Singh-Ramsaran]],3,[[PERSON:Devika Ramsaran]],[[PHONE_NUMBER:(613) 555-0172]],tree nuts
[[ID_NUMBER:S220460]],[[PERSON:Noor Abdi]],4,[[PERSON:Hodan Abdi]],[[PHONE_NUMBER:(613) 555-0109]],none
[[ID_NUMBER:S220471]],[[PERSON:Liam Beaulieu]],4,[[PERSON:Marc Beaulieu]],[[PHONE_NUMBER:(613) 555-0133]],dairy""",
    """username,last_login,last_ip,mfa,status
[[USERNAME:jfernandes]],[[DATE_TIME:2025-06-10 07:58]],[[IP_ADDRESS:94.61.12.203]],totp,active
[[USERNAME:a.oduya]],[[DATE_TIME:2025-06-09 22:41]],[[IP_ADDRESS:105.112.48.9]],sms,active
[[USERNAME:kristof.nagy]],[[DATE_TIME:2025-05-28 13:10]],[[IP_ADDRESS:2a01:36d:1200:4c1::2f]],none,locked
svc_backup,2025-06-10 03:00,10.0.0.14,n/a,service""",
    """Nom | Prénom | Matricule | Commune | Téléphone
[[PERSON:Hoffmann]] | [[PERSON:Sandrine]] | [[ID_NUMBER:1967021906346]] | [[LOCATION:Mamer]] | [[PHONE_NUMBER:+352 621 730 114]]
[[PERSON:Pereira Gomes]] | [[PERSON:Diogo]] | [[ID_NUMBER:1994070712815]] | [[LOCATION:Differdange]] | [[PHONE_NUMBER:+352 691 482 206]]
[[PERSON:Muller]] | [[PERSON:Yves]] | [[ID_NUMBER:1981040305177]] | [[LOCATION:Ettelbruck]] | [[PHONE_NUMBER:+352 26 81 44 59]]""",
    """donor,email,amount_gbp,gift_aid,date
[[PERSON:Hilary Pemberton]],[[EMAIL_ADDRESS:hilary.pemberton@btinternet.com]],250.00,yes,[[DATE_TIME:2025-03-02]]
[[PERSON:Kwame Boateng]],[[EMAIL_ADDRESS:kboateng@live.co.uk]],40.00,no,[[DATE_TIME:2025-03-02]]
[[TITLE:Rabbi]] [[PERSON:Yosef Adler]],[[EMAIL_ADDRESS:y.adler@jewishnet.org.uk]],180.00,yes,[[DATE_TIME:2025-03-03]]
Anonymous,-,1000.00,no,2025-03-04""",
    """Tenant                Unit        Lease start     Rent     Phone
[[PERSON:Marisol Vega]]          [[ADDRESS:Apt 2A]]      [[DATE_TIME:01/05/2024]]      $1,650   [[PHONE_NUMBER:718-555-0193]]
[[PERSON:Desmond Clarke]]        [[ADDRESS:Apt 3C]]      [[DATE_TIME:15/08/2023]]      $1,720   [[PHONE_NUMBER:347-555-0121]]
[[PERSON:Yuki Tanabe]]           [[ADDRESS:Apt 4B]]      [[DATE_TIME:01/02/2025]]      $1,890   [[PHONE_NUMBER:917-555-0166]]
Building: [[ADDRESS:1418 Bedford Avenue]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11216]]""",
    """- member: [[PERSON:Craig Robertson]]
  member_no: [[ID_NUMBER:PG-30418]]
  plan: off-peak
  joined: [[DATE_TIME:2023-01-09]]
- member: [[PERSON:Anita Dasgupta]]
  member_no: [[ID_NUMBER:PG-30977]]
  plan: premium
  joined: [[DATE_TIME:2024-06-21]]
- member: [[PERSON:Liam Ó Faoláin]]
  member_no: [[ID_NUMBER:PG-31102]]
  plan: student
  joined: [[DATE_TIME:2024-09-30]]""",
    """Beneficiary list – wire batch 2025-06-B
No | Name                 | IBAN                          | BIC          | Amount
1  | [[PERSON:Hanna Lindqvist]]      | [[IBAN_CODE:CH62 0070 0115 2044 7193 0]]    | ZKBKCHZZ80A  | CHF 20,000
2  | [[PERSON:Rui Tavares]]          | [[IBAN_CODE:LU86 0019 3500 4092 1000]]      | BCEELULL     | EUR 8,500
3  | [[PERSON:Oscar Wyss]]           | [[IBAN_CODE:CH58 0023 5233 1873 01M1 N]]    | UBSWCHZH80A  | CHF 150,000""",
    """Patient ID\tName\tAge\tSex\tWard\tAdmitted
[[ID_NUMBER:MRN-0048213]]\t[[PERSON:Sibusiso Zulu]]\t[[AGE:54]]\tM\tB3\t[[DATE_TIME:2025-04-28]]
[[ID_NUMBER:MRN-0048277]]\t[[PERSON:Charlotte Brink]]\t[[AGE:71]]\tF\tC1\t[[DATE_TIME:2025-04-29]]
[[ID_NUMBER:MRN-0048290]]\t[[PERSON:Abdullah Parker]]\t[[AGE:33]]\tM\tB3\t[[DATE_TIME:2025-04-30]]""",
    """### Conference speakers (internal)
| Speaker | Title | Company | Mobile | Arrival |
|:--|:--|:--|:--|:--|
| [[PERSON:Dr. Folake Adewale]] | Chief Risk Officer | Meridian Capital | [[PHONE_NUMBER:+234 809 331 4420]] | [[DATE_TIME:Tue 9 Sep, 18:05]] |
| [[PERSON:Tom Whitaker]] | Head of Wealth Tech | Alder & Finch | [[PHONE_NUMBER:+44 7700 912 845]] | [[DATE_TIME:Wed 10 Sep, 07:40]] |
| [[PERSON:Sun-hee Kwon]] | Portfolio Manager | Han River AM | [[PHONE_NUMBER:+82 10 4418 2093]] | [[DATE_TIME:Tue 9 Sep, 22:15]] |""",
    """card_holder,card_number,exp,issued_to_branch,limit
[[PERSON:ROBERTO ALVES]],[[CREDIT_CARD:4485 1102 3974 6301]],07/28,[[LOCATION:Leeds]],5000
[[PERSON:PRIYA GHOSH]],[[CREDIT_CARD:2720 9901 5340 4816]],11/27,[[LOCATION:Leeds]],2500
[[PERSON:DANIEL O'NEILL]],[[CREDIT_CARD:4539 7188 2601 3954]],02/29,[[LOCATION:York]],10000""",
    """{"name":"[[PERSON:Kamala Sivakumar]]","role":"volunteer","email":"[[EMAIL_ADDRESS:kamala.siva@gmail.com]]","shift":"Sat AM"}
{"name":"[[PERSON:Brendan Murphy]]","role":"driver","email":"[[EMAIL_ADDRESS:bmurphy.dub@gmail.com]]","shift":"Sun PM"}
{"name":"[[PERSON:Amira Saleh]]","role":"coordinator","email":"[[EMAIL_ADDRESS:amira.saleh@outlook.ie]]","shift":"all"}""",
    """AML alert queue (open)
alert_id | client_no | client_name           | trigger                   | opened
A-55120  | [[ID_NUMBER:PB-40019]]  | [[PERSON:Stavros Nikolaidis]]    | cash deposits > threshold | 2025-06-03
A-55127  | [[ID_NUMBER:PB-38812]]  | [[PERSON:Meryem Yıldırım]]       | high-risk jurisdiction    | 2025-06-03
A-55131  | [[ID_NUMBER:PB-41207]]  | [[PERSON:Jonathan Ashworth]]     | PEP relative              | 2025-06-04""",
    """Numm, Virnumm, Gebuertsdag, Telefon, Equipe
[[PERSON:Wagner]], [[PERSON:Ben]], [[DATE_TIME:12.05.2012]], [[PHONE_NUMBER:691 330 218]], U13
[[PERSON:Da Costa]], [[PERSON:Tiago]], [[DATE_TIME:03.09.2012]], [[PHONE_NUMBER:621 904 117]], U13
[[PERSON:Kieffer]], [[PERSON:Noah]], [[DATE_TIME:27.01.2013]], [[PHONE_NUMBER:661 248 530]], U13
[[PERSON:Bettendorf]], [[PERSON:Max]], [[DATE_TIME:18.11.2012]], [[PHONE_NUMBER:691 577 402]], U13""",
    """vehicle_reg,driver,licence_no,depot
[[ID_NUMBER:WX21 KTP]],[[PERSON:Gareth Hughes]],[[ID_NUMBER:HUGHE805112G99LK]],[[LOCATION:Swansea]]
[[ID_NUMBER:WX70 BNO]],[[PERSON:Parveen Akhtar]],[[ID_NUMBER:AKHTA857283P99MN]],[[LOCATION:Swansea]]
[[ID_NUMBER:CP19 LDF]],[[PERSON:Ioan Price]],[[ID_NUMBER:PRICE901044I99AB]],[[LOCATION:Carmarthen]]""",
    """| Name | Street | City | State | ZIP | DOB |
| --- | --- | --- | --- | --- | --- |
| [[PERSON:Shirley Redcloud]] | [[ADDRESS:214 Cedar St]] | [[LOCATION:Rapid City]] | [[LOCATION:SD]] | [[ZIP_CODE:57701]] | [[DATE_TIME:1961-02-14]] |
| [[PERSON:Luis Garza]] | [[ADDRESS:9015 Mesa Dr, Apt 3]] | [[LOCATION:El Paso]] | [[LOCATION:TX]] | [[ZIP_CODE:79912]] | [[DATE_TIME:1979-08-03]] |
| [[PERSON:Tamika Brown]] | [[ADDRESS:66 Oak Hill Rd]] | [[LOCATION:Macon]] | [[LOCATION:GA]] | [[ZIP_CODE:31204]] | [[DATE_TIME:1985-12-22]] |""",
    """Caller log – 14/05
Time   Caller              Number            Reason
08:12  [[PERSON:Mrs. Edna Price]]    [[PHONE_NUMBER:01792 468 230]]     repeat prescription
08:19  [[PERSON:Kieran Doyle]]        [[PHONE_NUMBER:07823 551 904]]     test results
08:31  unknown             withheld          hung up
08:40  [[PERSON:Aleksandra Nowak]]    [[PHONE_NUMBER:07554 210 388]]     appointment for son [[PERSON:Filip]]""",
    """client_no\tname\tcitizenship\ttax_residence\ttin
[[ID_NUMBER:WM-1180]]\t[[PERSON:Yohannes Tesfaye]]\t[[NRP:Ethiopian]]\t[[LOCATION:UK]]\t[[ID_NUMBER:QH 60 92 18 C]]
[[ID_NUMBER:WM-1194]]\t[[PERSON:Catarina Vaz]]\t[[NRP:Portuguese]]\t[[LOCATION:Luxembourg]]\t[[ID_NUMBER:1976053011466]]
[[ID_NUMBER:WM-1207]]\t[[PERSON:Wilhelm Graf]]\t[[NRP:German]]\t[[LOCATION:Germany]]\t[[ID_NUMBER:65 038 719 265]]
[[ID_NUMBER:WM-1215]]\t[[PERSON:Elise Moreau]]\t[[NRP:French]]\t[[LOCATION:Switzerland]]\t[[ID_NUMBER:756.4431.7290.82]]""",
    """order_id,sku,qty,ship_to,ship_city,ship_zip,contact_email
100-4471,SKU-BL-2210,1,[[PERSON:Rhiannon Evans]],[[LOCATION:Aberystwyth]],[[ZIP_CODE:SY23 2AX]],[[EMAIL_ADDRESS:rhi.evans@gmail.com]]
100-4472,SKU-MG-0031,3,[[PERSON:Tunde Bakare]],[[LOCATION:Croydon]],[[ZIP_CODE:CR0 2TB]],[[EMAIL_ADDRESS:tunde.bakare@yahoo.com]]
100-4473,SKU-KT-9902,2,[[PERSON:Zofia Lewandowska]],[[LOCATION:Slough]],[[ZIP_CODE:SL1 3HW]],[[EMAIL_ADDRESS:zofia.lew@wp.pl]]""",
    """Vaccination record
Child               DOB          Vaccine       Given        Batch
[[PERSON:Isla McKenzie]]       [[DATE_TIME:2024-01-19]]   MMR 1         [[DATE_TIME:2025-01-22]]   MR4471A
[[PERSON:Rowan Adeleke]]       [[DATE_TIME:2023-12-30]]   MMR 1         [[DATE_TIME:2025-01-22]]   MR4471A
[[PERSON:Hugo Lambert]]        [[DATE_TIME:2024-02-02]]   PCV booster   [[DATE_TIME:2025-02-05]]   PC0923C""",
    """Num | Prenum | Vischnanca | Telefon | Commember
[[PERSON:Caviezel]] | [[PERSON:Corsin]] | [[LOCATION:Flem]] | [[PHONE_NUMBER:079 522 31 08]] | gea
[[PERSON:Bundi]] | [[PERSON:Mirta]] | [[LOCATION:Laax]] | [[PHONE_NUMBER:081 921 40 76]] | na
[[PERSON:Tuor]] | [[PERSON:Flurin]] | [[LOCATION:Glion]] | [[PHONE_NUMBER:076 408 92 15]] | gea""",
    """Loan book extract (branch 14)
loan_no   | borrower             | id_no          | principal | next_due
LN-220418 | [[PERSON:Wanjiku Njoroge]]      | [[ID_NUMBER:31280947]]       | 450,000   | [[DATE_TIME:2025-07-05]]
LN-220433 | [[PERSON:Otieno Ochieng]]       | [[ID_NUMBER:27611830]]       | 120,000   | [[DATE_TIME:2025-07-05]]
LN-220460 | [[PERSON:Fatuma Hassan]]        | [[ID_NUMBER:33904712]]       | 780,000   | [[DATE_TIME:2025-07-12]]""",
    """first,last,github,twitter,city
[[PERSON:Ifeoluwa]],[[PERSON:Akande]],[[URL:https://github.com/ife-akande]],[[USERNAME:ifeakande]],[[LOCATION:Abuja]]
[[PERSON:Marta]],[[PERSON:Kovač]],[[URL:https://github.com/martakovac]],[[USERNAME:marta_codes]],[[LOCATION:Zagreb]]
[[PERSON:Rohan]],[[PERSON:Desai]],[[URL:https://github.com/rdesai-dev]],[[USERNAME:rohandesai]],[[LOCATION:Pune]]""",
    """Policyholder: [[PERSON:Greta Holmberg]]
DOB: [[DATE_TIME:1983-06-11]]
Personnummer: [[ID_NUMBER:830611-2460]]
Address: [[ADDRESS:Sveavägen 44]], [[ZIP_CODE:111 34]] [[LOCATION:Stockholm]]
---
Policyholder: [[PERSON:Anders Holmberg]]
DOB: [[DATE_TIME:1981-11-02]]
Personnummer: [[ID_NUMBER:811102-2375]]
Address: [[ADDRESS:Sveavägen 44]], [[ZIP_CODE:111 34]] [[LOCATION:Stockholm]]""",
    """| Mieter | Wohnung | Einzug | Telefon | IBAN |
|---|---|---|---|---|
| [[PERSON:Steffen Weber]] | [[ADDRESS:2. OG links]] | [[DATE_TIME:01.03.2024]] | [[PHONE_NUMBER:+352 621 554 208]] | [[IBAN_CODE:LU68 0141 2000 3490 7100]] |
| [[PERSON:Ana Rita Monteiro]] | [[ADDRESS:3. OG rechts]] | [[DATE_TIME:15.09.2024]] | [[PHONE_NUMBER:+352 691 207 833]] | [[IBAN_CODE:LU13 0019 1755 1008 7000]] |
Objekt: [[ADDRESS:18, rue de Hollerich]], [[ZIP_CODE:L-1741]] [[LOCATION:Luxembourg]]""",
    """prescriber,patient,dob,drug,qty,filled
[[PERSON:Dr. K. Osei]],[[PERSON:Marjorie Fitzgerald]],[[DATE_TIME:1944-09-30]],atorvastatin 20mg,30,2025-06-01
[[PERSON:Dr. K. Osei]],[[PERSON:Ahmed Youssef]],[[DATE_TIME:1970-03-12]],amlodipine 5mg,28,2025-06-01
[[PERSON:Dr. R. Lin]],[[PERSON:Sarah-Jane Cole]],[[DATE_TIME:1992-07-19]],sertraline 50mg,28,2025-06-02""",
    """SIN          | Employee            | Province | Hire date
[[ID_NUMBER:130 472 913]]  | [[PERSON:Gagandeep Brar]]      | [[LOCATION:BC]]       | [[DATE_TIME:2022-02-14]]
[[ID_NUMBER:598 210 342]]  | [[PERSON:Émilie Gagnon]]       | [[LOCATION:QC]]       | [[DATE_TIME:2023-05-01]]
[[ID_NUMBER:704 193 853]]  | [[PERSON:Obinna Nwosu]]        | [[LOCATION:AB]]       | [[DATE_TIME:2024-08-19]]
[[ID_NUMBER:462 013 780]]  | [[PERSON:Mackenzie Stewart]]   | [[LOCATION:NS]]       | [[DATE_TIME:2021-10-04]]""",
    """Wealth clients – review due Q3
Client                      Segment   Advisor            Next review
[[PERSON:Sir Nigel Ashcombe]]          UHNW      [[PERSON:Hannah Pryce]]       [[DATE_TIME:2025-07-08]]
[[TITLE:Dame]] [[PERSON:Olivia Tennant]]         UHNW      [[PERSON:Hannah Pryce]]       [[DATE_TIME:2025-07-15]]
[[PERSON:Kavita]] and [[PERSON:Sanjay Doshi]]     HNW       [[PERSON:Marcus Bell]]        [[DATE_TIME:2025-08-02]]
[[PERSON:Ayodele Fashola]]             HNW       [[PERSON:Marcus Bell]]        [[DATE_TIME:2025-09-11]]""",
    """ip,asn,user,country
[[IP_ADDRESS:31.13.71.244]],AS8447,[[USERNAME:lukas.brenner]],[[LOCATION:AT]]
[[IP_ADDRESS:82.132.245.17]],AS2856,[[USERNAME:emmapotts]],[[LOCATION:GB]]
[[IP_ADDRESS:177.92.4.110]],AS28573,[[USERNAME:rafa.souza]],[[LOCATION:BR]]""",
    """Bénéficiaire\tIBAN\tMontant\tMotif
[[PERSON:Camille Jacquier]]\t[[IBAN_CODE:FR76 1027 8060 4100 0218 4739 002]]\t1 200,00\tloyer juin
[[PERSON:Yann Le Goff]]\t[[IBAN_CODE:BE48 0016 8392 2727]]\t350,00\tremboursement
[[PERSON:Fatou Diop]]\t[[IBAN_CODE:BE21 7350 0451 2003]]\t2 000,00\tcaution""",
    """| Volunteer | DBS cert no. | Issued | Phone |
| --- | --- | --- | --- |
| [[PERSON:Helen Bramwell]] | [[ID_NUMBER:001744829103]] | [[DATE_TIME:03/11/2023]] | [[PHONE_NUMBER:07791 204 556]] |
| [[PERSON:Ravi Patel]] | [[ID_NUMBER:001751230947]] | [[DATE_TIME:19/01/2024]] | [[PHONE_NUMBER:07405 883 120]] |
| [[PERSON:Gloria Mensah]] | [[ID_NUMBER:001760048812]] | [[DATE_TIME:07/06/2024]] | [[PHONE_NUMBER:07838 442 917]] |""",
    """member_id,name,age,postcode,membership
[[ID_NUMBER:NZ-88120]],[[PERSON:Manaia Tuhoe]],[[AGE:42]],[[ZIP_CODE:3010]],family
[[ID_NUMBER:NZ-88127]],[[PERSON:Grace Liu]],[[AGE:29]],[[ZIP_CODE:6011]],single
[[ID_NUMBER:NZ-88140]],[[PERSON:Bruce McAllister]],[[AGE:67]],[[ZIP_CODE:9016]],senior""",
    """Apprenant·e | Date de naissance | No AVS | Entreprise formatrice | Natel
[[PERSON:Léa Golay]] | [[DATE_TIME:14.02.2008]] | [[ID_NUMBER:756.9176.2534.03]] | Garage du Lac SA | [[PHONE_NUMBER:079 430 18 62]]
[[PERSON:Kevin Da Silva]] | [[DATE_TIME:30.08.2007]] | [[ID_NUMBER:756.0258.3971.45]] | Boulangerie Rochat | [[PHONE_NUMBER:078 209 55 41]]
[[PERSON:Amina Hodžić]] | [[DATE_TIME:05.12.2007]] | [[ID_NUMBER:756.6844.1027.59]] | Pharmacie Centrale | [[PHONE_NUMBER:076 318 07 94]]""",
    """case_no,defendant,dob,charge,hearing
CR-25-0418,[[PERSON:Marcus Delaney]],[[DATE_TIME:03/14/1990]],burglary 2nd,[[DATE_TIME:07/22/2025 09:00]]
CR-25-0421,[[PERSON:Tiffany Reyes]],[[DATE_TIME:11/02/1998]],DUI,[[DATE_TIME:07/22/2025 10:30]]
CR-25-0433,[[PERSON:Hakeem Johnson]],[[DATE_TIME:06/27/1986]],theft by deception,[[DATE_TIME:07/23/2025 09:00]]""",
    """Alumni update 2025
Name                     Class   Email                              Lives in
[[PERSON:Tariq Mahmood]]            2009    [[EMAIL_ADDRESS:tariq.mahmood@gmail.com]]            [[LOCATION:Dubai]]
[[PERSON:Bethany Kerr]]             2011    [[EMAIL_ADDRESS:bethkerr@icloud.com]]                [[LOCATION:Glasgow]]
[[PERSON:Chinonso Okeke]]           2014    [[EMAIL_ADDRESS:chinonso.okeke@outlook.com]]         [[LOCATION:Toronto]]
[[PERSON:Lucía Herrera]]            2015    [[EMAIL_ADDRESS:lucia.herrera.m@gmail.com]]          [[LOCATION:Madrid]]""",
    """{"applicant":"[[PERSON:Fernando Alvarez]]","ssn":"[[US_SSN:589-24-0716]]","dl":"[[US_DRIVER_LICENSE:A214-550-78-391-0]]","state":"[[LOCATION:FL]]","score":712}
{"applicant":"[[PERSON:Brittany Cole]]","ssn":"[[US_SSN:261-88-4039]]","dl":"[[US_DRIVER_LICENSE:C400-218-91-745-2]]","state":"[[LOCATION:FL]]","score":668}
{"applicant":"[[PERSON:Andre Baptiste]]","ssn":"[[US_SSN:592-07-3315]]","dl":"[[US_DRIVER_LICENSE:B123-774-05-102-8]]","state":"[[LOCATION:FL]]","score":745}""",
    """Parcel  Recipient            Address                                   Postcode   Tel
P-0911  [[PERSON:Mrs. A. Kowalczuk]]      [[ADDRESS:12 Rose Court, Flat 4]]                   [[ZIP_CODE:NG7 2FT]]    [[PHONE_NUMBER:07512 340 882]]
P-0912  [[PERSON:Imran Shah]]           [[ADDRESS:83 Carlton Hill]]                        [[ZIP_CODE:NG4 1GA]]    [[PHONE_NUMBER:07929 118 470]]
P-0913  [[PERSON:B. Okonjo]]             [[ADDRESS:The Old Forge, Main Street]]             [[ZIP_CODE:NG14 6AB]]   [[PHONE_NUMBER:07341 665 203]]""",
    """Client: [[PERSON:Dr. Jürgen Hasler]]
Client no.: [[ID_NUMBER:LI-500218]]
Domicile: [[ADDRESS:Austrasse 27]], [[ZIP_CODE:9490]] [[LOCATION:Vaduz]]
Custody account: [[IBAN_CODE:LI78 0881 2104 4771 2000 1]]
Risk profile: 3 (balanced)
Last KYC review: [[DATE_TIME:11.11.2024]]
Next KYC review: [[DATE_TIME:11.11.2027]]""",
    """name,phone,relationship,child
[[PERSON:Hye-jin Lee]],[[PHONE_NUMBER:0400 118 472]],mother,[[PERSON:Daniel Lee]]
[[PERSON:Mohammed Hussein]],[[PHONE_NUMBER:0433 290 615]],father,[[PERSON:Yusra Hussein]]
[[PERSON:Kylie Brennan]],[[PHONE_NUMBER:0422 847 306]],grandmother,[[PERSON:Jayden Brennan]]""",
    """Screening results – batch 0611
input_name             dob          hits  best_match_score  disposition
[[PERSON:Ahmed Al-Sayed]]         [[DATE_TIME:1968-04-02]]   3     0.82              false positive
[[PERSON:Maria Gonzales]]         [[DATE_TIME:1990-10-10]]   0     -                 clear
[[PERSON:Vladimir Petrov]]        [[DATE_TIME:1959-12-24]]   1     0.95              escalated""",
    """| Reader | Card no. | Items out | Oldest due |
|---|---|---|---|
| [[PERSON:Mrs. Nora Keane]] | [[ID_NUMBER:20183004771]] | 4 | [[DATE_TIME:2 July]] |
| [[PERSON:Padraig Flynn]] | [[ID_NUMBER:20183009215]] | 1 | [[DATE_TIME:28 June]] |
| [[PERSON:Zhang Min]] | [[ID_NUMBER:20183011042]] | 7 | [[DATE_TIME:19 June]] |""",
    """Kontoinhaber;Kontonummer;Eröffnet;Berater;Telefon
[[PERSON:Aebischer Roland]];[[ID_NUMBER:0835-441920.01]];[[DATE_TIME:12.01.2010]];[[PERSON:M. Studer]];[[PHONE_NUMBER:031 352 18 40]]
[[PERSON:Imhof-Gerber Käthi]];[[ID_NUMBER:0835-447712.02]];[[DATE_TIME:03.05.2016]];[[PERSON:M. Studer]];[[PHONE_NUMBER:033 222 64 19]]
[[PERSON:Nussbaumer Reto]];[[ID_NUMBER:0835-450381.01]];[[DATE_TIME:27.02.2022]];[[PERSON:S. Lehmann]];[[PHONE_NUMBER:079 871 40 22]]""",
    """driver,plate,rental_start,rental_end,licence
[[PERSON:Jean-Baptiste Morel]],[[ID_NUMBER:GE 418 220]],[[DATE_TIME:2025-08-01 09:00]],[[DATE_TIME:2025-08-08 18:00]],[[ID_NUMBER:13AH77201]]
[[PERSON:Emily Carter]],[[ID_NUMBER:VD 305 114]],[[DATE_TIME:2025-08-02 14:30]],[[DATE_TIME:2025-08-04 10:00]],[[US_DRIVER_LICENSE:D3348821]]
[[PERSON:Ravi Shankar]],[[ID_NUMBER:GE 418 221]],[[DATE_TIME:2025-08-03 11:15]],[[DATE_TIME:2025-08-10 11:15]],[[ID_NUMBER:MH12 20150034821]]""",
    """Subscribers (export)
email,first_name,signup_ip,signup_at,plan
[[EMAIL_ADDRESS:nadia.boukhari@gmail.com]],[[PERSON:Nadia]],[[IP_ADDRESS:41.249.18.3]],[[DATE_TIME:2025-03-11T19:02Z]],free
[[EMAIL_ADDRESS:olaf.jensen@mail.dk]],[[PERSON:Olaf]],[[IP_ADDRESS:87.61.204.15]],[[DATE_TIME:2025-03-12T06:44Z]],pro
[[EMAIL_ADDRESS:ttakahashi@docomo.ne.jp]],[[PERSON:Takumi]],[[IP_ADDRESS:126.77.91.240]],[[DATE_TIME:2025-03-12T12:09Z]],pro""",
    """household:
  primary: [[PERSON:Themba Mahlangu]]
  id_number: "[[ID_NUMBER:8609145124087]]"
  age: [[AGE:38]]
  spouse: [[PERSON:Lerato Mahlangu]]
  spouse_id: "[[ID_NUMBER:8804170314089]]"
  address: [[ADDRESS:22 Protea Street]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]
  dependants: 2""",
    """Investor register
Holder                        Shares    Certificate   Address
[[PERSON:Ngaire Whitcombe]]              12,000    C-0041        [[ADDRESS:5 Kelburn Parade]], [[LOCATION:Wellington]] [[ZIP_CODE:6012]]
Estate of the late [[PERSON:R. Bhatia]]  8,500     C-0042        [[ADDRESS:PO Box 2291]], [[LOCATION:Christchurch]] [[ZIP_CODE:8140]]
[[PERSON:Peter]] and [[PERSON:Hine Walker]]         4,000     C-0043        [[ADDRESS:77 Ocean Beach Road]], [[LOCATION:Mount Maunganui]] [[ZIP_CODE:3116]]""",
    """aadhaar,name,gender,dob,district
[[ID_NUMBER:2341 7809 5613]],[[PERSON:Ramesh Yadav]],M,[[DATE_TIME:1975-06-01]],[[LOCATION:Varanasi]]
[[ID_NUMBER:7926 1450 3381]],[[PERSON:Sunita Devi]],F,[[DATE_TIME:1982-01-01]],[[LOCATION:Gaya]]
[[ID_NUMBER:5184 7302 9669]],[[PERSON:Mohd. Irfan]],M,[[DATE_TIME:1999-11-15]],[[LOCATION:Lucknow]]""",
    """| Kandidat | Gebuertsdatum | Adress | E-Mail |
|---|---|---|---|
| [[PERSON:Jeff Schroeder]] | [[DATE_TIME:16.09.1958]] | [[ADDRESS:3, Gaass]], [[ZIP_CODE:L-9638]] [[LOCATION:Bauschelt]] | [[EMAIL_ADDRESS:jeff.schroeder@pt.lu]] |
| [[PERSON:Carla Ferreira]] | [[DATE_TIME:21.12.1999]] | [[ADDRESS:110, route d'Esch]], [[ZIP_CODE:L-1470]] [[LOCATION:Lëtzebuerg]] | [[EMAIL_ADDRESS:carla.ferreira99@gmail.com]] |
| [[PERSON:Pit Reuland]] | [[DATE_TIME:27.10.1987]] | [[ADDRESS:8, Haaptstrooss]], [[ZIP_CODE:L-9806]] [[LOCATION:Hosingen]] | [[EMAIL_ADDRESS:pit.reuland@education.lu]] |""",
    """account_holder,passport_no,passport_country,us_passport,email
[[PERSON:Rachel Adler]],-,-,[[US_PASSPORT:567129834]],[[EMAIL_ADDRESS:rachel.adler@gmail.com]]
[[PERSON:Liang Qiu]],[[ID_NUMBER:EA4820193]],[[LOCATION:China]],-,[[EMAIL_ADDRESS:liangqiu@qq.com]]
[[PERSON:Beatriz Souza]],[[ID_NUMBER:FZ772910]],[[LOCATION:Brazil]],-,[[EMAIL_ADDRESS:bia.souza@uol.com.br]]""",
    """Delegate               Dietary     Hotel              Nights   Card guarantee
[[PERSON:Ms. Jolene Pieterse]]    halal       Radisson Blu       2        [[CREDIT_CARD:5599 0018 4723 3560]]
[[PERSON:Mr. Kofi Annor]]         none        Radisson Blu       3        [[CREDIT_CARD:4263 9826 4071 1209]]
[[PERSON:Dr. Niamh Cassidy]]      vegetarian  Park Inn           2        [[CREDIT_CARD:5131 4200 9876 3841]]""",
    """Staff directory (extract)
- [[PERSON:Ahmad Zaki]] | ext 2214 | [[EMAIL_ADDRESS:ahmad.zaki@meridianhealth.sg]] | NRIC [[ID_NUMBER:T0254871I]]
- [[PERSON:Priscilla Goh]] | ext 2230 | [[EMAIL_ADDRESS:priscilla.goh@meridianhealth.sg]] | NRIC [[ID_NUMBER:S8839021J]]
- [[PERSON:Ramesh Pillai]] | ext 2251 | [[EMAIL_ADDRESS:ramesh.pillai@meridianhealth.sg]] | FIN [[ID_NUMBER:G6128347T]]""",
]

CHAT = [
    """[09:14] Agent [[PERSON:Lisa]]: Good morning, you're chatting with [[PERSON:Lisa]] from Private Client Services. How can I help?
[09:15] [[PERSON:Rahul Bhatnagar]]: Hi [[PERSON:Lisa]], I've moved and need to update my address before the next statement run.
[09:15] Agent [[PERSON:Lisa]]: Of course. For security, can you confirm your date of birth and client number?
[09:16] [[PERSON:Rahul Bhatnagar]]: [[DATE_TIME:19/02/1972]], client no. [[ID_NUMBER:PC-7730158]]
[09:17] Agent [[PERSON:Lisa]]: Thank you. What's the new address?
[09:18] [[PERSON:Rahul Bhatnagar]]: [[ADDRESS:Flat 6, 21 Holland Park Avenue]], [[LOCATION:London]] [[ZIP_CODE:W11 3RW]]. Moved in on [[DATE_TIME:the 1st of June]].
[09:19] Agent [[PERSON:Lisa]]: Done. We'll send a confirmation to [[EMAIL_ADDRESS:rahul.bhatnagar@me.com]]. Anything else?
[09:19] [[PERSON:Rahul Bhatnagar]]: No, that's all, thanks!""",
    """Family 🏡
Mum: has anyone got Nana's new number? she changed it after the scam call
[[PERSON:Tayo]]: yeah it's [[PHONE_NUMBER:07456 208 913]]
Mum: thanks love. her pension letter says the bank wants her NI number again, is it [[ID_NUMBER:WK 31 77 04 A]]?
[[PERSON:Bisi]]: that's right, it's on her old P60. full name on it is [[PERSON:Adunni Olaniyan]] btw not [[PERSON:Adunni Olaniyan-Cole]]
[[PERSON:Tayo]]: also reminder her hospital appt is [[DATE_TIME:Thursday 19th at 2.40]] at St Thomas', I'll take her
Mum: 🙏""",
    """#payments-oncall
[[PERSON:Nina Kraus]] 10:02  anyone seeing failed SEPA credits for Lux clients this morning?
[[PERSON:Tomasz Wójcik]] 10:04  yes, 3 so far. first one is [[PERSON:Mrs. Carole Hengen]], [[IBAN_CODE:LU28 0019 6500 3184 7000]]... wait no that's the old one, new one is on the ticket
[[PERSON:Nina Kraus]] 10:05  pls don't paste client IBANs in here 🙃 ping [[PERSON:Jeannot]] if the [[PERSON:Hengen]] mandate needs a callback
[[PERSON:Tomasz Wójcik]] 10:05  sorry. moving to PAY-4471
dev-bot 10:06  Incident PAY-4471 created by @[[USERNAME:tomasz.wojcik]]""",
    """Chat transcript – Mobile support
[[PERSON:Kerry-Ann]] (agent): Hi, thanks for waiting! Who am I speaking with?
Customer: It's [[PERSON:Delroy Campbell]], the account's under my name.
[[PERSON:Kerry-Ann]] (agent): Thanks [[PERSON:Delroy]]. Can you confirm the number on the account and the last four digits of the card you pay with?
Customer: [[PHONE_NUMBER:876-555-0147]], and the card ends 3382.
[[PERSON:Kerry-Ann]] (agent): Perfect. I see a roaming charge from [[DATE_TIME:May 30]] in [[LOCATION:Miami]]. I'll credit it back.
Customer: Great, and send the receipt to [[EMAIL_ADDRESS:delroy.campbell@gmail.com]] please.""",
    """Gruppe: WG Langstrass
[[PERSON:Sämi]]: Hoi zäme, d'Verwaltig wott bis Friitig d'Näme vo allne wo do wohned
[[PERSON:Lorena]]: [[PERSON:Lorena Bianchi]], [[DATE_TIME:3.4.1998]], Zimmer 2
[[PERSON:Sämi]]: [[PERSON:Samuel Frei]], [[DATE_TIME:22.11.1996]]
[[PERSON:Jonas]]: ich bi [[PERSON:Jonas Ammann]], [[DATE_TIME:7.8.1999]], und mini Nummere isch nöi [[PHONE_NUMBER:077 512 83 04]]
[[PERSON:Sämi]]: merci! d'Adrässe isch jo [[ADDRESS:Langstrasse 118]], [[ZIP_CODE:8004]] [[LOCATION:Züri]], oder?
[[PERSON:Lorena]]: jo, 3. Stock 👍""",
    """[[PERSON:Carine]]: Moien [[PERSON:Paul]], hues du d'Adress vum [[PERSON:Marc]] fir d'Invitatioun?
[[PERSON:Paul]]: Jo: [[ADDRESS:14, rue Principale]], [[ZIP_CODE:L-5366]] [[LOCATION:Munsbach]]
[[PERSON:Carine]]: Merci! A säin Handy?
[[PERSON:Paul]]: [[PHONE_NUMBER:661 903 274]]. Hien huet de [[DATE_TIME:12. Juli]] Gebuertsdag, vergiess dat net 😄
[[PERSON:Carine]]: Ok, ech schécken et dann op [[EMAIL_ADDRESS:marc.thill@post.lu]]""",
    """Messages with landlord
[[PERSON:Gavin Tierney]]: Hi [[PERSON:Ama]], the plumber can come [[DATE_TIME:Tuesday 22 July between 8 and 10am]]. Is that ok?
[[PERSON:Ama Owusu]]: Yes that works. The boiler code is F28 again.
[[PERSON:Gavin Tierney]]: Grand. Also, for the deposit protection I need your date of birth and PPSN.
[[PERSON:Ama Owusu]]: [[DATE_TIME:04/10/1994]] and [[ID_NUMBER:6612047Q]]. Rent for July goes from [[IBAN_CODE:IE09 BOFI 9058 3361 0277 14]] as usual.
[[PERSON:Gavin Tierney]]: Thanks, got it.""",
    """Patient portal – secure messages
From: [[PERSON:Tania Moreno]] ([[DATE_TIME:12 Jun 2025 21:47]])
Hello, I'm still waiting for the results of my blood test from [[DATE_TIME:3 June]]. My Medicare number is [[ID_NUMBER:4187 30920 1]]. Thanks.
From: Practice nurse [[PERSON:Joel]] ([[DATE_TIME:13 Jun 2025 09:05]])
Hi [[PERSON:Tania]], the results are in and [[PERSON:Dr. Hassan]] would like to discuss them. Can you come in on [[DATE_TIME:Monday 16 June at 11:20]]? If not, call us.
From: [[PERSON:Tania Moreno]] ([[DATE_TIME:13 Jun 2025 09:31]])
Monday is fine, see you then.""",
]

LOOKALIKE = [
    """Your parcel is on its way! Order #402-8817394-2210455, tracking 1Z 84W 7E1 03 4471 0925 (UPS), shipped from unit 14, warehouse DC-02. Items: SKU TH-7702-BLK x1, SKU TH-7702-WHT x2. Questions? Call our customer line on 0800 048 2211 or write to returns@homewares-direct.co.uk, quoting invoice INV-2025-004471. This delivery is for [[PERSON:Niamh Doherty]].""",
    """Release notes – build 10.4.2.118 (supersedes 10.4.1.97)
- Firmware 2.0.11.4 for the edge gateways; checksum sha256 9f2c4e7a1b08d3f56c2e91a7b40d8e3f1c67a5b2d9e0f4c8a13b6d7e2f9c0a451.
- Fixed crash in module 4.12.0.3 when the device serial SN-4471-X209-BB had more than 255 routes.
- Default admin port moves from 8443 to 9443 on new units only; see KB-00218.
- UUID 3f8e2a71-5c0d-4b9e-a612-7d44c09e18f3 now identifies the licence pool.
- Thanks to the QA team and to support@edgeworks.io for the reports.""",
    """INVOICE 2025/00871 – Chapter & Verse Books
Qty  ISBN                 Title
1    978-2-07-036024-6    L'Étranger (Folio)
2    978-0-19-953556-9    Oxford World's Classics edition
1    978-1-84354-841-6    Atlantic Books hardback
Customer: [[PERSON:Ms. Rosalind Achebe]], account email [[EMAIL_ADDRESS:ros.achebe@gmail.com]]
VAT reg. GB 294 7718 40. Shop phone 01865 552 019, orders@chapterandverse.co.uk""",
    """Balade découverte de la [[LOCATION:Ville-Haute]] : départ place Guillaume II, puis rue Notre-Dame, boulevard Grande-Duchesse Charlotte et avenue Émile Reuter, retour par le pont Adolphe. Durée 2 h, groupe de 20 personnes max. Réservations auprès de l'office de tourisme, tél. +352 22 28 09, touristinfo@lcto.lu. Votre guide ce samedi sera [[PERSON:Michèle Kayser]].""",
    """IT asset audit – floor 3
Asset tag   Hostname        Serial           MAC                 Firmware     Assigned to
AT-00418    LON-LT-0418     C02ZK1QJMD6M     8c:85:90:1a:44:2e   1.18.4.2     [[PERSON:Sunil Varghese]]
AT-00422    LON-LT-0422     5CG1284KZT       f4:39:09:7b:c1:08   1.18.4.2     spare
AT-00431    LON-PR-0431     VNB3K71204       00:1e:0b:91:42:7f   4.20.1.16    print room
Policy ref: ISMS-POL-007 v3.2. Helpdesk ext. 4000, servicedesk@corp.example.""",
    """PRODUCT RECALL NOTICE. Lot numbers 24C118, 24C119 and 24D002 of the 500 mg paracetamol caplets (NDC 50580-449-10), expiry 11/2026, are being withdrawn. Pharmacists should quarantine stock and call the recall line, 1-800-555-0199, or email recalls@brightpharma.com. This notice does not affect Parkinson's or Alzheimer's medication, nor the Dr. Scholl's range. Contact for wholesalers: [[PERSON:Marianne Ostrowski]], [[PHONE_NUMBER:+1 614 555 0172]].""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Brunner]], für Zahlungen aus dem Ausland verwenden Sie bitte die BIC POFICHBEXXX sowie die auf Ihrer Kontokarte angegebene Referenz (Format RF18 5390 0754 7034). Unsere Hotline 0848 888 710 und kyc-support@bank-example.ch stehen Ihnen Mo–Fr von 8 bis 18 Uhr zur Verfügung. Unternehmens-ID CHE-105.842.371, MWST-Nr. CHE-105.842.371 MWST.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind120", STYLES, OUT)


if __name__ == "__main__":
    main()

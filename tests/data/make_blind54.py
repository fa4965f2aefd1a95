"""Build tests/data/blind54.jsonl: a fifty-fourth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind54.py

Blind: written without any knowledge of the detector. Read, and nothing
else: lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, its import lines, and the first line
of its GEN list, which falls on line 121) and its tail from `STYLES = {` to
the end (the scaffolding, copied here); gold_sets.py in full; lines 1-64 of
make_handwritten.py (conventions, MARK and TITLE_IN_NAME, `parse()`). Not
read: minimize/, recognizers/, any test other than those lines, bench/, the
README, any *.jsonl set, any other make_*.py, git history, log or status.
The folder was listed once only to make sure make_blind54.py did not exist
yet. The detector, the bench and the tests were never run. Do not tune the
detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py.
Check digits were worked out with throwaway code kept outside the repo
while writing (then typed in by hand): card numbers pass Luhn; IBANs pass
mod-97 with their country's length (GB, IE, DE, AT, FR, NL, CH, PL, BR),
and the French ones carry a right RIB key; NHS numbers, Canadian SINs,
Aadhaar numbers, South African ids (agreeing with the sex and birth date
where they show), Australian TFNs and Medicare numbers, Irish PPSNs,
Singapore NRIC / FIN numbers, New Zealand IRD and NHI numbers, the Dutch
BSN, French NIR (social security numbers, with their key; sex, year and
month agree with the person), Austrian social security numbers (whose
last six digits are the birth date shown), Brazilian CPFs and a São Paulo
RG are valid; so are the look-alikes that carry one (ISBN-13, ISO 6346
container numbers, an IMEI). Not checked: US SSNs, UK NI numbers, PAN,
passports, licences, plates, VINs, Nigerian NIN / BVN, Kenyan ids and KRA
PINs, Philippine SSS / PhilHealth / Pag-IBIG / TIN, French INE, bank
account, student, member, patient and staff numbers.

Styles (ids `blind54-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Canada, Australia, New Zealand, Ireland, India,
South Africa, Nigeria, Kenya, Ghana, Singapore and the Philippines, with
names from the many cultures living there); 26 are in French (France),
German (Austria) or Brazilian Portuguese (8, 9 and 9):
- `gen` (80): one to four LLM-style sentences with personal data woven
  into prose; extra weight on insurance (12), telecoms (13), universities
  (12) and courts (12), the other 31 spread over banking, pharmacy, HR and
  payroll, retail, hotels, lettings, gaming, social media, tech support,
  deliveries, gyms, vets, licensing, tax, pensions, NHS letters, churches,
  elections, childcare, dating, car hire, charity, immigration, utilities,
  libraries, sport, airlines and references. Names at the start, middle
  and end, lowercase and possessive; ages, dates, addresses, phones and
  ids in many shapes.
- `bench` (85): about 30 in the manner of ai4privacy pii-masking
  200k/300k/400k (odd dense sentences with job titles, streets with
  building numbers, secondary addresses, IPv4/IPv6, MACs, user agents,
  cards with CVV and expiry, IBAN and BIC), about 23 in the manner of
  gretel-pii-masking-en-v1 (claims, contracts, medical, loan and consent
  forms, notices, letters) and about 32 in the manner of Nemotron-PII
  (JSON, log lines, SQL, XML, YAML, vCard, HL7, code, tracebacks, tickets,
  form posts, forwarded email).
- `table` (60): one labeled table per record rendered as text (CSV with
  comma or semicolon, TSV, pipes / Markdown, fixed-width, psql output,
  JSON lines, a JSON array, YAML, key: value blocks, an HTML table) from
  CRMs, HR and payroll systems, clinics, pharmacies, schools, universities,
  logistics, lenders, banks, insurers, telecoms, courts, rosters, event
  and club registrations; wide and narrow, column names in snake_case,
  camelCase, Title Case, UPPER_CASE, abbreviations, French, German,
  Portuguese and Spanish; empty cells; names split or joined; non-PII
  columns beside PII ones. Header rows are unlabeled.
- `chat` (8): support chats, family and marketplace message threads, team
  chat, with speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  invoice, tracking, booking and bill-of-lading refs, SKUs, ISBNs,
  container numbers, IP-shaped versions, hashes, UUIDs, serials, MACs,
  company phones, role mailboxes, eponyms, streets named after people
  with no number) with the few real PII values labeled; one has no PII.

Labeling conventions: those of make_blind22.py (and the sets before it);
in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart; job titles are not TITLE and family
  words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; a building number or a secondary address in
  its own field is ADDRESS. City, district, county, state / province
  (also abbreviated) and country are LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or a month, a weekday
  or clock time said with them inside the span; not bare years, weekdays
  or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents,
  MAC addresses, sort codes, routing numbers, CVVs and expiries, PINs,
  order / ticket / claim / policy / booking / tracking references,
  company phone numbers and role mailboxes, versions, hashes, serials,
  partial numbers ("ends in 4471"), pets, eponyms, brands, header rows.
- Calls made while writing this set, in the same spirit:
  * Titles outside TITLE_IN_NAME's list are marked apart by hand (Mme,
    M., Me, Herr, Frau, Mag., Dipl.-Ing., Ing., Sr., Dra., Hon., Judge,
    Professor, a "MRS" title field); a title written after the name in a
    hotel list ("Schneider/Katrin Ms") is TITLE too. Joined names ("Okafor,
    Chidi", "Schneider/Katrin", "Reyes, Maria Lourdes A.") are one PERSON
    span. Family words (Mum, Aunty, Uncle, Great-Aunt) and role words in a
    contact name ("Rafael Corretor", "Danielle (paralegal)") stay outside.
    Support agents' first names in chats are PERSON.
  * Every place name is LOCATION, branch, clinic and club columns
    included, and a three-letter country column (KEN, IRL); not inside an
    organisation's name (universities, courts, clubs, schools), not UN
    port codes, not an id's issuer (SSP/SP). Streets named without a
    number are not labeled. The law office a person is summoned to is
    labeled like any address; other companies' addresses were left out.
  * Log-line, audit, HL7 message, ticket-opened and record-changed
    timestamps are not labeled; a "last login" of a person's account and
    an email's Date header (like a letter's date) are. Account opening,
    line activation and number-port dates, gym check-ins, lease start and
    end, and deadlines set for a named person (extension, payment due,
    cure-by) are DATE_TIME; expiry dates of cards, passports, permits,
    library cards and memberships are not, nor order, invoice, shipping
    and ETA dates. An impossible date of birth (02/30/1951) is still
    DATE_TIME.
  * Plates and VINs are ID_NUMBER; IMEI, ICCID, serials and MACs are not.
    BIC / SWIFT codes are not labeled, like sort codes; API keys, tokens
    and activation codes are not labeled, like passwords. Loan numbers,
    policy, claim, case / docket, permit, RMA and race-bib numbers are
    references; CRM contact and customer ids, juror participant ids,
    frequent-flyer, donor, alumni, library-card, sports-licence and
    doctors' registration numbers (CRM, MDCN) are ID_NUMBER; a company's
    own customer number and a CRM's system record id are not.
  * URL-encoded values in a form body are labeled as what they encode; a
    malformed email address is still EMAIL_ADDRESS. Usernames of people's
    accounts in logs and configs are USERNAME; private-range IPs of a
    person's device and a VPN address given to a user are IP_ADDRESS.
    Languages, "home language" columns and blood groups are not
    labeled; religions (Catholic, Baptist, Anglican) and a party
    (Democrat) are NRP.
- Calls made to anything outside: none (no registry, no network).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind54.jsonl")

GEN = [
    # insurance
    """[[PERSON:Marisol Etcheverry]] filed a claim on [[DATE_TIME:June 11]] for hail damage to the roof of her house at [[ADDRESS:4418 Juniper Ridge Drive]], [[LOCATION:Amarillo]], [[LOCATION:TX]] [[ZIP_CODE:79119]]. The field adjuster assigned to her, [[PERSON:Dwayne Kossuth]], can be reached directly on [[PHONE_NUMBER:806-555-0143]].""",
    """hi, it's [[PERSON:gareth]] again – policy HX-20931-M is mine but the renewal letter went to my old flat at [[ADDRESS:Flat 2, 17 Tivoli Road]], [[LOCATION:Cheltenham]] [[ZIP_CODE:GL50 2TD]]. I moved to [[ADDRESS:9 Orchard Close]], [[LOCATION:Tewkesbury]] [[ZIP_CODE:GL20 5QP]] on [[DATE_TIME:3rd February]], so please update it.""",
    """[[PERSON:Sunita Venkataraman]], [[AGE:47]], named her son [[PERSON:Arjun]] as the sole nominee on her term life policy. Her Aadhaar [[ID_NUMBER:4918 2736 5021]] and PAN [[ID_NUMBER:BVKPS4471H]] were verified by the branch in [[LOCATION:Coimbatore]] on [[DATE_TIME:14/08/2023]].""",
    """The insured driver, [[PERSON:Tomasz Wiśniewski]] ([[LOCATION:NSW]] licence [[ID_NUMBER:18472905]], rego [[ID_NUMBER:CXR-41P]]), told us the collision happened on [[DATE_TIME:Saturday 9 March 2024 at about 5:40 pm]] near the lights in [[LOCATION:Leichhardt]]. The other party was [[PERSON:Ms Jade Tuimavave]] of [[LOCATION:Five Dock]].""",
    """[[PERSON:Évangéline Doucet]]'s travel medical claim (member ID [[ID_NUMBER:MBC-7730418]]) covers the ER visit in [[LOCATION:Orlando]] on [[DATE_TIME:Dec. 28, 2023]]. Please call her at [[PHONE_NUMBER:+1 506 555 0178]] before Friday; she's back home in [[LOCATION:Moncton]].""",
    """My husband [[PERSON:Rafael]] and I ([[PERSON:Ngozi Adeyemi-Cruz]]) want to add our newborn daughter [[PERSON:Amara]], born [[DATE_TIME:04/19/2024]], to our family plan. Subscriber ID is [[ID_NUMBER:W284719336]]; my SSN ends in 4471 if you need it for verification.""",
    """[[PERSON:Mr Chukwuemeka Obi]] of [[ADDRESS:14B Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] reported the burglary to his insurer on [[DATE_TIME:2 November 2023]]. His NIN is [[ID_NUMBER:48203917562]] and he asked to be contacted on [[PHONE_NUMBER:0803 441 2290]] rather than by email.""",
    """Could you add a named driver to my car policy? It's my daughter [[PERSON:Saoirse Ní Bhriain]], she's [[AGE:19]] and passed her test last month. Her licence number is [[ID_NUMBER:184762093]] and her PPS number is [[ID_NUMBER:6543217I]]. Thanks, [[PERSON:Úna]]""",
    """[[TITLE:Mme]] [[PERSON:Hélène Marchetti]], née le [[DATE_TIME:12 octobre 1991]] à [[LOCATION:Lyon]], a déclaré un dégât des eaux survenu le [[DATE_TIME:5 janvier]] dans son appartement du [[ADDRESS:27 rue Francis de Pressensé]], [[ZIP_CODE:69100]] [[LOCATION:Villeurbanne]]. Son numéro de sécurité sociale est le [[ID_NUMBER:2 91 10 69 123 087 49]].""",
    """[[PERSON:Lukas Pichler]] aus [[LOCATION:Graz]] hat am [[DATE_TIME:17. Jänner 2024]] einen Parkschaden bei seiner Versicherung gemeldet. Kennzeichen [[ID_NUMBER:G-418 KP]], Sozialversicherungsnummer [[ID_NUMBER:4822 140385]]; erreichbar unter [[PHONE_NUMBER:0664 218 33 90]].""",
    """A segurada [[PERSON:Luciana Ferraz de Almeida]], CPF [[ID_NUMBER:382.915.407-05]], acionou o seguro residencial em [[DATE_TIME:22/07/2024]] depois de um curto-circuito no imóvel da [[ADDRESS:Rua Oscar Freire, 1120, apto 84]], [[LOCATION:São Paulo]] – [[LOCATION:SP]], CEP [[ZIP_CODE:01426-001]].""",
    """The death claim for [[PERSON:Leonard Szymanski]], who passed away on [[DATE_TIME:12 Feb 2024]] aged [[AGE:81]], was submitted by his daughter [[PERSON:Renata Szymanski-Holt]]. Send the forms to her at [[EMAIL_ADDRESS:renata.sholt@yahoo.com]]; she is the executor.""",
    # telecoms
    """Hey, this is [[PERSON:Kwabena Mensah]] — I ported my number [[PHONE_NUMBER:07700 918342]] over from my old network on the [[DATE_TIME:2nd of May]] and it still isn't receiving texts. Account number [[ID_NUMBER:40019283771]].""",
    """The SIM swap request for [[PHONE_NUMBER:+61 412 339 087]] was declined because the date of birth the caller gave ([[DATE_TIME:07/11/1979]]) didn't match [[PERSON:Aroha Te Whare]]'s records.""",
    """Broadband customer [[PERSON:Mohammed Irfan Qureshi]] of [[ADDRESS:Flat 302, Sai Krupa Apartments, 5th Cross]], [[LOCATION:Malleswaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]] first complained on [[DATE_TIME:14 Feb]] that his connection (user id [[USERNAME:irfanq_blr]]) keeps dropping. Alternate number: [[PHONE_NUMBER:98450 21763]].""",
    """The upgrade on the line ending 2290 was approved for the account holder, [[PERSON:Deborah Kline-Osei]], and the new handset is going to [[ADDRESS:88 Whitcomb Ave Apt 3R]], [[LOCATION:Lowell]], [[LOCATION:MA]] [[ZIP_CODE:01852]]. Billing emails go to [[EMAIL_ADDRESS:debkline.osei@gmail.com]].""",
    """m-pesa reversal request from [[PERSON:wanjiru kamau]], id no. [[ID_NUMBER:28417093]], for ksh 4,500 she sent by mistake to [[PHONE_NUMBER:0722 814 306]] on [[DATE_TIME:12/03/2024 at 19:42]]. the recipient, [[PERSON:peter njoroge]], has not responded.""",
    """Globe subscriber [[PERSON:Ma. Cristina Dela Paz]] asked on [[DATE_TIME:March 8, 2024]] to transfer her postpaid line [[PHONE_NUMBER:0917 482 6630]] to her brother [[PERSON:Jerome]]. Both presented their PhilSys cards ([[ID_NUMBER:4821-7730-1956-0042]] and [[ID_NUMBER:6603-1184-2279-5510]]).""",
    """[[PERSON:Liam O'Sullivan-Tremblay]] cancelled his home phone on [[DATE_TIME:January 31]] but kept the internet; his account no. is [[ID_NUMBER:8327 1190 442]] and the best number to reach him is now his cell, [[PHONE_NUMBER:(416) 555-0196]].""",
    """The store RICA'd a new SIM for [[PERSON:Thandeka Mokoena]], ID [[ID_NUMBER:8706220184083]], this morning. Her residential address is [[ADDRESS:22 Jacaranda Street]], [[LOCATION:Hatfield]], [[LOCATION:Pretoria]], [[ZIP_CODE:0083]].""",
    """I'm writing on behalf of my mum, [[PERSON:Mrs Parveen Akhtar]]: she was charged £312 for roaming in [[LOCATION:Pakistan]] between [[DATE_TIME:20 Dec]] and [[DATE_TIME:6 Jan]] even though she had the travel add-on. Her number is [[PHONE_NUMBER:07414 552 908]] and her date of birth is [[DATE_TIME:02.09.1956]].""",
    """[[PERSON:Florian Gruber]] hat seinen Handyvertrag mit der Kundennummer [[ID_NUMBER:1000482917]] am [[DATE_TIME:28.02.2024]] gekündigt; die Rufnummer [[PHONE_NUMBER:+43 664 2183390]] soll zu einem anderen Anbieter mitgenommen werden.""",
    """Bonjour, je suis [[PERSON:Yannick Le Goff]], abonné depuis 2015. Ma box ne synchronise plus depuis trois jours au [[ADDRESS:14 rue de Siam]], [[ZIP_CODE:29200]] [[LOCATION:Brest]]. Ma ligne fixe : [[PHONE_NUMBER:09 72 41 88 03]], mon identifiant : [[USERNAME:ylegoff29]].""",
    """[[PERSON:Thiago Nascimento]] abriu uma reclamação na Anatel em [[DATE_TIME:5 de junho]] porque a operadora cobrou duas vezes o plano do número [[PHONE_NUMBER:+55 21 99731-4820]]; ele mora na [[ADDRESS:Rua Voluntários da Pátria, 340]], [[LOCATION:Botafogo]].""",
    """[[PERSON:Nur Aisyah binte Rahman]] recontracted her mobile line [[PHONE_NUMBER:9123 4870]] on [[DATE_TIME:2 Mar 2024]] and took the 5G plan; NRIC [[ID_NUMBER:T0219384H]] was scanned at the counter.""",
    # universities
    """[[PERSON:Oluwaseun Bakare]] (student no. [[ID_NUMBER:2318 4476]]) has been granted an extension on her dissertation until [[DATE_TIME:September 12]] by her supervisor, [[PERSON:Prof. Hilary Wainwright]].""",
    """Admissions note: [[PERSON:Chen Yiling]], [[AGE:17]], applying from [[LOCATION:Shenzhen]], UCAS Personal ID [[ID_NUMBER:148-392-7710]]. Interview booked for [[DATE_TIME:Tue 5 Dec, 14:15 GMT]] with [[PERSON:Dr Fraser]].""",
    """the registrar's office mailed [[PERSON:jose luis ibarra]]'s official transcript to [[ADDRESS:1207 W. Alameda St., Unit 14]], [[LOCATION:Santa Fe]], [[LOCATION:NM]] [[ZIP_CODE:87501]]; if it hasn't arrived within two weeks he should write to the registrar's general inbox.""",
    """[[PERSON:Bindi Clarke]]'s HECS-HELP form lists TFN [[ID_NUMBER:453 782 195]] and USI [[ID_NUMBER:7KJ4XR92PM]]; she enrolled on [[DATE_TIME:26 February 2024]] and her census date is 31 March.""",
    """Under FERPA we can't release [[PERSON:Tyler Brandt]]'s grades to his father. [[PERSON:Tyler]] ([[EMAIL_ADDRESS:tbrandt4@crimson.ua.edu]], CWID [[ID_NUMBER:11938420]]) has to sign the release form himself.""",
    """[[PERSON:Ananya Bhattacharya]] topped the M.Sc. Physics entrance; roll number [[ID_NUMBER:JU/PHY/23/0417]], born [[DATE_TIME:30-11-2001]], resident of [[ADDRESS:42/1 Gariahat Road]], [[LOCATION:Kolkata]] [[ZIP_CODE:700019]].""",
    """Residence move-in for [[PERSON:Noor Al-Hashimi]] is [[DATE_TIME:Sunday, August 31 at 10 a.m.]]; her emergency contact is her father, [[PERSON:Samir Al-Hashimi]], [[PHONE_NUMBER:+1 (613) 555-0142]].""",
    """PhD candidate [[PERSON:Cathal Mac Giolla Phádraig]] will defend his thesis on [[DATE_TIME:14 June 2024 at 11:00]] in the Aula Maxima; the external examiner is [[PERSON:Dr Ingrid Solberg]] from [[LOCATION:Bergen]].""",
    """[[PERSON:Inès Benali]], étudiante en troisième année de droit, numéro étudiant [[ID_NUMBER:42017863]], INE [[ID_NUMBER:0A2B7KT31H8]], a déposé sa demande de bourse le [[DATE_TIME:15/09/2023]] ; elle loge chez sa tante au [[ADDRESS:8 allée des Tilleuls]], [[ZIP_CODE:59650]] [[LOCATION:Villeneuve-d'Ascq]].""",
    """O aluno [[PERSON:Gustavo Henrique Lopes]], matrícula [[ID_NUMBER:2021034517]], pediu o trancamento do curso de Engenharia Civil em [[DATE_TIME:3 de abril de 2024]]. Telefone para contato: [[PHONE_NUMBER:(31) 98842-1177]].""",
    """Grad admissions: [[PERSON:Adebayo Ogunleye]], a [[NRP:Nigerian]] citizen (passport [[ID_NUMBER:A09184732]]), accepted our offer on [[DATE_TIME:4/15]]. The I-20 will be couriered to [[ADDRESS:Plot 7, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]].""",
    """Student Finance says [[PERSON:Callum Reid]]'s customer reference number is [[ID_NUMBER:11827364519]] and his first maintenance payment lands on [[DATE_TIME:23 September]] in the account ending 0382.""",
    # courts
    """In [[PERSON:Marcus Delaney]] v. Westfield Property Group (No. 2:23-cv-01184), the plaintiff, [[AGE:58]], says he slipped near the entrance on [[DATE_TIME:October 3, 2022]]. A status hearing is set for [[DATE_TIME:Monday, March 18, 2024 at 9:30 a.m.]] before [[TITLE:Judge]] [[PERSON:Elena Ruiz-Carmona]].""",
    """[[PERSON:Kieran Doyle]], [[AGE:24]], of [[ADDRESS:31 Spencer Street]], [[LOCATION:Salford]], pleaded guilty on [[DATE_TIME:Thursday 7 March]] to driving without insurance and was fined £660 with six penalty points.""",
    """[[PERSON:Priyanka Sandhu]] has applied for sole custody of [[PERSON:Jasleen]], [[AGE:6]], in the provincial court in [[LOCATION:Surrey]], [[LOCATION:B.C.]]; the respondent, [[PERSON:Harjit Sandhu]], was served at [[ADDRESS:12877 64 Ave]] on [[DATE_TIME:Jan 9]].""",
    """JURY SUMMONS — [[PERSON:Rosalind T. Weatherspoon]], you are summoned to appear on [[DATE_TIME:Tuesday, 05/14/2024, 8:00 AM]] at the county superior court downtown. Your juror participant ID is [[ID_NUMBER:J-4471908]]; bring it with a photo ID.""",
    """[[PERSON:Ngaire Whitmore]] is taking her former landlord to the tribunal over the bond; her lease at [[ADDRESS:Unit 5/22 Marion St]], [[LOCATION:Leichhardt]] [[LOCATION:NSW]] [[ZIP_CODE:2040]] ended on [[DATE_TIME:30 November 2023]] and the agent still holds $2,360.""",
    """The High Court granted bail to [[PERSON:Rakesh Malhotra]] s/o [[PERSON:Surinder Malhotra]], r/o [[ADDRESS:H.No. 118, Sector 9]], [[LOCATION:Rohini]], [[LOCATION:New Delhi]], on a personal bond of ₹50,000; he must appear before the trial court on [[DATE_TIME:22.04.2024]].""",
    """The accused, [[PERSON:Lim Wei Jie]] (NRIC [[ID_NUMBER:S8837261A]]), [[AGE:36]], a [[NRP:Singaporean]], was charged on [[DATE_TIME:11 January 2024]] with cheating and will be offered bail of $20,000.""",
    """Die Verhandlung [[PERSON:Katharina Eder]] gegen [[PERSON:Josef Hauser]] wegen Besitzstörung ist am Bezirksgericht für den [[DATE_TIME:9. April 2024, 10:00 Uhr]] anberaumt. [[TITLE:Frau]] [[PERSON:Eder]] wohnt in der [[ADDRESS:Anichstraße 14/3]], [[ZIP_CODE:6020]] [[LOCATION:Innsbruck]].""",
    """Le tribunal judiciaire a convoqué [[TITLE:M.]] [[PERSON:Thierry Guérin]], né le [[DATE_TIME:8 février 1977]] à [[LOCATION:Marseille]], à l'audience du [[DATE_TIME:jeudi 16 mai 2024 à 14 h]] ; son avocate, [[TITLE:Me]] [[PERSON:Sandrine Olivier]], a demandé un renvoi.""",
    """At Milimani Law Courts, [[PERSON:Otieno Barasa]] (ID No. [[ID_NUMBER:31048726]]) was released on a cash bail of KSh 50,000 and ordered to report to the police station every Friday until the mention date.""",
    """notice to quit was served on [[PERSON:darnell hughes]] at [[ADDRESS:2235 Fenkell Ave, Apt 2]], [[LOCATION:Detroit]], [[LOCATION:MI]] [[ZIP_CODE:48238]] — his hearing at 36th District Court is [[DATE_TIME:6/3/24 @ 1:30pm]].""",
    """Estate of [[PERSON:Dolores M. Quintanilla]], deceased [[DATE_TIME:January 6, 2024]]: [[PERSON:Victor Quintanilla]] of [[ADDRESS:1402 N. Mesa St.]], [[LOCATION:El Paso]], [[LOCATION:Texas]] was appointed independent executor on [[DATE_TIME:April 22, 2024]].""",
    # everything else
    """Please send the refund to my account: [[PERSON:Eilidh Fraser]], IBAN [[IBAN_CODE:GB15 NWBK 6073 0118 4903 62]], sort code 60-73-01. I'm now at [[ADDRESS:5/2 Marchmont Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH9 1HN]].""",
    """The prescription for [[PERSON:Harold Nakamura]] (DOB [[DATE_TIME:1949-02-17]]) is ready for pickup at our [[LOCATION:Honolulu]] store. Call-back number on file: [[PHONE_NUMBER:808-555-0127]]; MRN [[ID_NUMBER:00918374]].""",
    """Payroll update: [[PERSON:Sipho Ndlovu]] started at the [[LOCATION:Durban]] branch on [[DATE_TIME:1 March 2024]]. His salary goes to account [[ID_NUMBER:62849103377]], income tax number [[ID_NUMBER:0382719465]], ID number [[ID_NUMBER:9203145123080]].""",
    """[[PERSON:Beatriz Okonkwo-Silva]] brought back a pair of boots (order WX-88120-A) to the store on [[DATE_TIME:12/01/2024]], and the refund went back to her Visa [[CREDIT_CARD:4539 1488 0343 6715]].""",
    """Booking confirmed for [[PERSON:Rami Haddad]] and [[PERSON:Leila Haddad]]: check-in [[DATE_TIME:Fri 23 Aug 2024]], check-out [[DATE_TIME:Mon 26 Aug 2024]], deluxe king room. [[PERSON:Mr Haddad]] travels on a [[NRP:Lebanese]] passport, [[ID_NUMBER:RL1847593]].""",
    """[[PERSON:Hemi Walker]] and [[PERSON:Sophie Lin]] signed the tenancy for [[ADDRESS:3/41 Dominion Road]], [[LOCATION:Mount Eden]], [[LOCATION:Auckland]] [[ZIP_CODE:1024]] on [[DATE_TIME:18 April]]; the $2,400 bond was lodged under [[PERSON:Hemi]]'s IRD number [[ID_NUMBER:049-183-720]].""",
    """Player report: [[USERNAME:sk8erboi_2007]] ([[EMAIL_ADDRESS:jayden.moreau07@outlook.com]], last login [[DATE_TIME:2024-05-02 23:17 UTC]] from [[IP_ADDRESS:86.147.22.190]]) was banned for chargeback fraud after three disputes.""",
    """follow my cousin [[PERSON:Aaliyah]] on insta @[[USERNAME:aaliyah.bakes]]!! she's doing birthday cakes out of her kitchen in [[LOCATION:Houston]] and turns [[AGE:30]] on [[DATE_TIME:July 4th]] 🎂""",
    """Remote session notes: [[PERSON:Gianluca Ferri]]'s laptop ([[IP_ADDRESS:192.168.1.47]]) had account [[USERNAME:gferri]] locked after five failed attempts; password reset at his request, callback [[PHONE_NUMBER:+39 347 118 2096]].""",
    """Driver note: if [[PERSON:Mrs Okafor]] isn't in, leave the parcel with the neighbour at no. 15. Address [[ADDRESS:13 Beech Grove]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 0ET]], tel [[PHONE_NUMBER:01423 567210]].""",
    """[[PERSON:Tomás Reyes]] froze his gym membership (member [[ID_NUMBER:PG-5518-2290]]) from [[DATE_TIME:1 July]] to [[DATE_TIME:31 August]] because of his knee operation.""",
    """Bella is booked in for her boosters on [[DATE_TIME:Wednesday 10 April at 4.20pm]]. Owner: [[PERSON:Fiona McAllister]], [[PHONE_NUMBER:07823 114906]] — she asked us to text rather than call.""",
    """[[PERSON:Kimberly Ann Prewitt]] renewed her driver license [[US_DRIVER_LICENSE:RT482915]] on [[DATE_TIME:02/29/2024]]; new address on record is [[ADDRESS:5530 Sawmill Rd]], [[LOCATION:Dublin]], [[LOCATION:OH]] [[ZIP_CODE:43017]].""",
    """The letter to [[PERSON:Mathieu Bergeron]] dated [[DATE_TIME:May 3, 2024]] quotes his SIN, [[ID_NUMBER:046 454 286]], and asks for receipts for the home office expenses he claimed.""",
    """[[PERSON:Winifred Osei]] reaches State Pension age on [[DATE_TIME:14 September 2026]]. National Insurance number [[ID_NUMBER:JT 48 21 67 B]]; she lives at [[ADDRESS:22 Clarendon Road]], [[LOCATION:Luton]] [[ZIP_CODE:LU2 7PQ]].""",
    """Your dermatology appointment, [[PERSON:Mr Aleksander Nowak]], is on [[DATE_TIME:Thursday 25 July 2024 at 08:50]]. Please bring this letter. NHS number: [[ID_NUMBER:485 777 3457]].""",
    """The banns of marriage between [[PERSON:Ciarán Byrne]] of [[LOCATION:Ennis]] and [[PERSON:Małgorzata Zielińska]] of [[LOCATION:Limerick]] will be read before the wedding on [[DATE_TIME:7 September 2024]]; both are [[NRP:Catholic]] and were baptised locally.""",
    """Volunteer sign-up: [[PERSON:Jamal Whitaker]], [[AGE:41]], registered [[NRP:Democrat]], [[ADDRESS:719 Peachtree Pl NE]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30309]] — can canvass weekends only.""",
    """Pickup authorization: [[PERSON:Sofía]] ([[AGE:4]]) may also be collected by her grandmother, [[PERSON:Carmen Villalobos]]; photo ID is on file, cell [[PHONE_NUMBER:(305) 555-0163]].""",
    """Reported profile: "[[PERSON:Max]], [[AGE:34]]" (user [[USERNAME:maxwell_t88]]) kept asking [[PERSON:Olivia]] to move the chat to WhatsApp on [[PHONE_NUMBER:+44 7911 402118]] and then asked for money.""",
    """The rental agreement for [[PERSON:Ingrid Johansson]], a [[NRP:Swedish]] national, starts with pick-up at the airport on [[DATE_TIME:12 Aug 2024, 09:00]]; deposit held on her Mastercard [[CREDIT_CARD:5491 8473 0026 5195]].""",
    """Thank you, [[PERSON:Mrs Adaeze Nwosu]], for your donation of £50 on [[DATE_TIME:19/03/2024]]. We have your address as [[ADDRESS:Flat 6, Cromwell Court, 44 Hythe Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2PS]].""",
    """[[PERSON:Zhang Wei]]'s permanent-residence application (UCI [[ID_NUMBER:1108-2937]]) was received on [[DATE_TIME:2023-11-20]]. He was born in [[LOCATION:Chengdu]] on [[DATE_TIME:1990-06-05]] and lives at [[ADDRESS:1502-88 Harbour St]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5J 0C3]].""",
    """[[PERSON:Abdirahman Yusuf]] moved into [[ADDRESS:Flat 11, Wharf House, 2 Canal Street]], [[LOCATION:Leicester]] [[ZIP_CODE:LE1 3WH]] on [[DATE_TIME:1 June]] and gave an opening meter reading of 04412.""",
    """Overdue notice: [[PERSON:Hannah Goldberg]], library card [[ID_NUMBER:21982004418837]] — "The Overstory" was due back on [[DATE_TIME:April 2]].""",
    """Under-12s team sheet for Saturday: [[PERSON:Oisín Kelly]] in goal, [[PERSON:Ravi Patel]] and [[PERSON:Jayden Mbeki]] at the back. Parents please confirm by Friday.""",
    """The delayed bag belonging to [[PERSON:Chinonso Eze]] (frequent flyer [[ID_NUMBER:BA 71830462]]) will be delivered to [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Shelford]], [[LOCATION:Cambridgeshire]] [[ZIP_CODE:CB22 5HG]].""",
    """[[PERSON:Ahmad Rahimi]] wired $8,200 to his sister [[PERSON:Parisa]] in [[LOCATION:Hamburg]] on [[DATE_TIME:March 28]] — beneficiary IBAN [[IBAN_CODE:DE44 5001 0517 5407 3249 31]], BIC INGDDEFFXXX.""",
    """[[PERSON:Margaret O'Neill]]'s Medicare card ([[ID_NUMBER:2951 48366 1]]) had expired, so the chemist charged her full price for the script on [[DATE_TIME:Tuesday 14 May]].""",
    """I've known [[PERSON:Efua Asante]] since she joined our [[LOCATION:Accra]] office in [[DATE_TIME:March 2019]]; she is meticulous and I recommend her without reservation. She can be reached at [[EMAIL_ADDRESS:efua.asante@protonmail.com]].""",
    """[[PERSON:Sabine Hofer]], geboren am [[DATE_TIME:25.09.1977]] in [[LOCATION:Linz]], hat einen neuen Reisepass beantragt; Sozialversicherungsnummer [[ID_NUMBER:3849 250977]], Telefon [[PHONE_NUMBER:0732 77 41 90]].""",
]

BENCH = [
    # ai4privacy-like mixed sentences
    """Attention [[PERSON:Mr. Demetrius Halvorsen-Quigley]], as Lead Tactics Facilitator you are required to confirm your payroll details before the next cycle: account [[ID_NUMBER:40718293]], IBAN [[IBAN_CODE:GB13 LOYD 3096 3402 8177 45]], BIC LOYDGB21031. Reply from [[EMAIL_ADDRESS:d.halvorsen-quigley@hotmail.co.uk]] only.""",
    """Hey [[PERSON:Kaia]], the new VPN profile is bound to [[IP_ADDRESS:2a02:c7f:7e1b:4400:9d3:2ff1:8c20:41a7]] and MAC 3C:22:FB:9A:10:E4. Log in as [[USERNAME:kaia.r.m]] with the temporary password xT#77qLm!p and change it on first use.""",
    """Billing failed for card [[CREDIT_CARD:5425233430109101]] (exp 11/27, CVV 904) belonging to [[PERSON:Ignatius Obeng]]. Billing address on file: [[ADDRESS:62 Harcourt Terrace]], [[LOCATION:Dublin]] [[ZIP_CODE:D02 XR68]], [[LOCATION:Ireland]]. Please update it at your earliest convenience.""",
    """As Senior Quality Engineer at the [[LOCATION:Tampa]] plant, [[PERSON:Roxanne Vukovich]] (female, [[AGE:44]], born [[DATE_TIME:1980-01-23]]) must renew her forklift certification by the end of the quarter; her SSN [[US_SSN:512-44-8093]] is required on the state form.""",
    """Good morning, [[PERSON:Ms. Yetunde]] [[PERSON:Fashola]]. Your account [[USERNAME:yfashola_88]] was accessed from [[IP_ADDRESS:102.89.34.211]] with user agent Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36. If this wasn't you, call [[PHONE_NUMBER:+234 809 551 2047]].""",
    """The Regional Assurance Officer, [[PERSON:Thaddeus Mbeki-Lorenz]], lives at [[ADDRESS:5208 Kilbride Avenue, Apt. 12C]], [[LOCATION:Cleveland]], [[LOCATION:Cuyahoga County]], [[LOCATION:Ohio]] [[ZIP_CODE:44102]]. Forward any correspondence for him to [[EMAIL_ADDRESS:tmbeki.lorenz@protonmail.com]].""",
    """Cher [[PERSON:Gaëtan]], votre bilan d'orthophonie est fixé au [[DATE_TIME:mardi 14/05/2024 à 09h30]] au [[ADDRESS:112 boulevard Voltaire]], [[ZIP_CODE:75011]] [[LOCATION:Paris]]. Merci de confirmer au [[PHONE_NUMBER:+33 6 48 21 97 30]] ou à [[EMAIL_ADDRESS:gaetan.morvan@laposte.net]].""",
    """Sehr geehrter [[TITLE:Herr]] [[TITLE:Dipl.-Ing.]] [[PERSON:Reinhard Moser]], Ihre Überweisung von € 1.240,00 vom Konto [[IBAN_CODE:AT09 3400 0002 1739 4857]] (BIC RZOOAT2L) konnte keinem Vertrag zugeordnet werden. Der Login erfolgte von [[IP_ADDRESS:91.115.48.203]]; bitte rufen Sie uns von Ihrer hinterlegten Nummer [[PHONE_NUMBER:+43 676 5502118]] an.""",
    """Olá [[PERSON:Rayssa Monteiro]], a fatura do seu cartão [[CREDIT_CARD:6363 6821 9384 7558]] (validade 08/29) vence dia 10. Seu login [[USERNAME:rayssa.mont]] foi usado em [[DATE_TIME:02/06/2024 às 22:14]] a partir do IP [[IP_ADDRESS:177.92.140.63]].""",
    """[[PERSON:Benedikt]], your 2FA device (MAC 00:1B:44:11:3A:B7) was reset. Your new recovery email is [[EMAIL_ADDRESS:benedikt.arnason@icloud.com]] and your date of birth is listed as [[DATE_TIME:November 30th, 1993]]. Eye colour: grey. Height: 188 cm.""",
    """We're excited to have [[PERSON:Priyanka]] [[PERSON:Chaturvedi]] join as Product Integration Liaison! She'll be based at [[ADDRESS:1 Raffles Place, #44-01]], [[LOCATION:Singapore]] [[ZIP_CODE:048616]]; say hi on Slack at @[[USERNAME:pchaturvedi]] or on [[PHONE_NUMBER:+65 9672 1184]].""",
    """Transaction alert: [[CREDIT_CARD:3793 545081 624008]] was charged USD 2,310.55 at 4:02 AM. Cardholder [[PERSON:Bartholomew Achterberg]], [[ADDRESS:940 Sugarloaf Pkwy, Unit 21]], [[LOCATION:Lawrenceville]], [[LOCATION:GA]] [[ZIP_CODE:30045]]. Reply STOP to [[PHONE_NUMBER:678-555-0102]] to opt out.""",
    """Our records show vehicle VRM [[ID_NUMBER:WK19 ZTP]] (VIN [[ID_NUMBER:WVWZZZ1KZ8W190442]]) is registered to [[PERSON:Oyelaran]], [[PERSON:Temitope]], of [[ADDRESS:41 Mafeking Road]], [[LOCATION:Southampton]] [[ZIP_CODE:SO15 3DN]]. Contact: [[EMAIL_ADDRESS:t.oyelaran@btinternet.com]].""",
    """Please transfer 0.42 ETH equivalent in GBP to [[PERSON:Ffion Pritchard]] — IBAN [[IBAN_CODE:GB49 HBUK 4012 7693 0184 52]] — and note the reference INV-55102. [[PERSON:Ffion]]'s job title is Chief Paradigm Orchestrator and she works from [[LOCATION:Aberystwyth]].""",
    """Your appointment with [[PERSON:Dr. Marguerite Okafor-Lindqvist]] has been moved to [[DATE_TIME:08/09/2024 at 15:45]]. Please bring photo ID and your insurance card. Patient: [[PERSON:Jesús Anaya]], [[AGE:67]], [[PHONE_NUMBER:(956) 555-0189]].""",
    """Greetings [[PERSON:Mx. Rowan Ashdown]]! Your account [[USERNAME:r_ashdown]] password was changed to 'Winter2024!!' from [[IP_ADDRESS:51.148.202.7]] (Macintosh; Intel Mac OS X 10_15_7). Your mailing address [[ADDRESS:17 Clement Street, Flat 4]], [[LOCATION:Brighton]] [[ZIP_CODE:BN2 9QA]] has been verified.""",
    """Congrats [[PERSON:Giovanni]]! The scholarship of €3,500 will be paid into [[IBAN_CODE:DE69 1005 0000 6013 9988 12]] by the end of the month. We have your birthday as [[DATE_TIME:17.04.2003]] and your student number as [[ID_NUMBER:M-2211870]].""",
    """Subject: account verification – [[PERSON:Darnell]] [[PERSON:Okoro-Whitfield]], [[ADDRESS:3327 Maple Grove Court]], [[LOCATION:Henderson]], [[LOCATION:NV]] [[ZIP_CODE:89052]]; SSN [[US_SSN:287604419]]; DL [[US_DRIVER_LICENSE:1102847391]]; passport [[US_PASSPORT:567194820]]; card on file [[CREDIT_CARD:6011123467802397]] (CVV 118, exp 04/26).""",
    """[[PERSON:Mahnoor]], your telehealth link for [[DATE_TIME:Friday 21 June, 11:00 AEST]] is below; your Medicare number [[ID_NUMBER:4182 73052 2]] and IHI are already linked. If you're running late, text [[PHONE_NUMBER:0431 770 284]].""",
    """Pls confirm shipping to [[PERSON:Ekaterina Volkova]], [[ADDRESS:Apartment 9, 201 East 86th Street]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10028]]. Gender: female; nationality: [[NRP:Russian]]; phone [[PHONE_NUMBER:+1-646-555-0137]].""",
    """Hi [[PERSON:Tevita]], welcome aboard as Direct Functionality Strategist. Your badge ID is [[ID_NUMBER:EMP-208814]], your laptop's IPv4 is [[IP_ADDRESS:10.14.82.230]] and your manager is [[PERSON:Agnieszka Wróblewska]]. Payroll will use [[IBAN_CODE:NL24 ABNA 0539 1274 86]].""",
    """Dear [[PERSON:Mrs Kalinda Jarrah]], your child's enrolment at [[ADDRESS:Unit 3, 14 Carrington Street]], [[LOCATION:Adelaide]] [[LOCATION:SA]] [[ZIP_CODE:5000]] has been accepted. The first session is [[DATE_TIME:Monday 15 July 2024 at 8.45am]]; contact [[EMAIL_ADDRESS:kalinda.jarrah@bigpond.com]] to change it.""",
    """[[PERSON:Anjali Raghavan]] ([[AGE:29]]), Senior Brand Facilitator, updated her card to [[CREDIT_CARD:4485 6120 3378 9122]] exp 02/28. Her linked UPI handle is [[USERNAME:anjali.r29]] and her registered mobile [[PHONE_NUMBER:+91 98201 44730]].""",
    """Prezado [[TITLE:Sr.]] [[PERSON:Wellington Batista]], informamos que o boleto referente ao contrato 88120-4 foi pago. Seu CPF [[ID_NUMBER:047.126.839-96]] e o e-mail [[EMAIL_ADDRESS:wbatista@uol.com.br]] continuam cadastrados para [[ADDRESS:Av. Sete de Setembro, 2775, sala 604]], [[LOCATION:Salvador]]/[[LOCATION:BA]].""",
    """To [[PERSON:Hamish]] [[PERSON:McTavish]]: your new direct debit from [[IBAN_CODE:GB02 BARC 2003 5371 2958 36]] starts next month. Your customer number is [[ID_NUMBER:CN-7716203]] and we will write to you at [[ADDRESS:Croft 4, Achmore]], [[LOCATION:Isle of Lewis]] [[ZIP_CODE:HS2 9DU]].""",
    """Lost & found: a wallet with an ID in the name of [[PERSON:Siosaia Fifita]], DOB [[DATE_TIME:1998/03/14]], a Maestro card [[CREDIT_CARD:6759 4110 0238 4716]] and a gym tag was handed in at the front desk. Owner's number from the ID: [[PHONE_NUMBER:021 448 9023]].""",
    """[[PERSON:Ximena]] [[PERSON:Castañeda Olvera]], your 2-step code was sent to [[PHONE_NUMBER:+52 55 4128 9930]]. Accessed from [[IP_ADDRESS:fe80::1c9a:4bff:fe22:9e10]] via Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X). Your zip code is [[ZIP_CODE:06700]].""",
    """Regarding the audit of the [[LOCATION:Port Harcourt]] branch, the Investor Accounts Consultant [[PERSON:Ebiere Alagoa]] will need access from [[DATE_TIME:3rd June 2024]]. Her BVN is [[ID_NUMBER:22184730915]] and her account [[ID_NUMBER:0123849576]].""",
        # gretel-like domain documents
    """INSURANCE CLAIM NOTICE

Claim reference: CLM-2024-118842
Policyholder: [[PERSON:Rosemary Achterberg]]
Date of birth: [[DATE_TIME:03/22/1961]]
Residence: [[ADDRESS:2210 Larkspur Lane]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83706]]

On [[DATE_TIME:February 14, 2024]], the insured reported water damage caused by a burst supply line beneath the kitchen sink. The insured was not at home at the time; the damage was discovered by her neighbour, [[PERSON:Clifford Ames]], who shut off the main valve. A field inspection by adjuster [[PERSON:Naomi Feld]] is scheduled for [[DATE_TIME:February 20, 2024 at 10:00 AM]]. Payment, if approved, will be made by direct deposit to the account ending in 3318.""",
    """EMPLOYMENT AGREEMENT

This Employment Agreement ("Agreement") is made on [[DATE_TIME:1 April 2024]] between Harbourline Logistics Pty Ltd (ABN 51 824 753 556) ("Employer") and [[PERSON:Siddharth Nair]] of [[ADDRESS:17/280 Wattletree Road]], [[LOCATION:Malvern]] [[LOCATION:VIC]] [[ZIP_CODE:3144]] ("Employee").

1. Commencement. The Employee's employment commences on [[DATE_TIME:15 April 2024]] in the position of Warehouse Operations Lead.
2. Remuneration. The Employee will be paid a base salary of AUD 96,000 per annum into the account nominated by the Employee. Tax File Number: [[ID_NUMBER:876 142 305]].

Signed: [[PERSON:S. Nair]]                  Witness: [[PERSON:Laura Kemppainen]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Hyun-woo Park]]   MRN: [[ID_NUMBER:MRN-00482917]]   DOB: [[DATE_TIME:1972-07-09]]   Age: [[AGE:51]]
Admitted: [[DATE_TIME:2024-03-02]]   Discharged: [[DATE_TIME:2024-03-06]]
Attending: [[PERSON:Dr. Folasade Adeyemi]]

[[PERSON:Mr. Park]] presented with chest pain radiating to the left arm. Troponin was elevated on admission. He underwent PCI with a drug-eluting stent to the LAD on [[DATE_TIME:March 3]]. He is discharged home to [[ADDRESS:388 Bergen Street]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11217]] in the care of his wife, [[PERSON:Min-ji]]. Follow-up with cardiology in two weeks; call [[PHONE_NUMBER:(718) 555-0161]] to confirm.""",
    """LOAN APPLICATION — PERSONAL DETAILS
Applicant: [[PERSON:Olamide Adewale-Hart]]
Co-applicant: [[PERSON:Gregory Hart]]
Current address: [[ADDRESS:46 Birchfield Avenue]], [[LOCATION:Wolverhampton]] [[ZIP_CODE:WV6 8QJ]] (since [[DATE_TIME:June 2017]])
Date of birth: [[DATE_TIME:19 January 1986]]
National Insurance number: [[ID_NUMBER:SK 52 17 83 D]]
Employer: Midlands Rail Services Ltd — Signalling Technician
Gross annual income: £41,300
Bank account for repayments: [[IBAN_CODE:GB64 MIDL 4005 1561 8382 70]]
Amount requested: £18,500 over 60 months
Declaration signed on [[DATE_TIME:8 May 2024]] by both applicants.""",
    """NOTICE OF TERMINATION OF TENANCY

To: [[PERSON:Bongani Dlamini]] and [[PERSON:Zanele Dlamini]]
Premises: [[ADDRESS:Flat 7, Harbour View, 12 Beach Road]], [[LOCATION:Sea Point]], [[LOCATION:Cape Town]], [[ZIP_CODE:8005]]

Take notice that the lease agreement dated [[DATE_TIME:1 February 2022]] will terminate on [[DATE_TIME:31 August 2024]]. You are required to vacate the premises and return all keys to the managing agent on or before that date. The deposit, less any amounts owing, will be refunded to account number [[ID_NUMBER:1048 2291 773]] within 14 days of the final inspection.

Issued by: [[PERSON:Marike van der Merwe]], on behalf of the landlord.""",
    """REFERRAL LETTER

[[DATE_TIME:12 March 2024]]

Dear [[PERSON:Dr Ishaan Mehta]],

Re: [[PERSON:Ms Claire Beaumont-Whyte]], DOB [[DATE_TIME:04/06/1990]], NHS No. [[ID_NUMBER:612 839 4701]]
[[ADDRESS:29 Chalfont Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX2 6TL]]

Thank you for seeing this [[AGE:33]]-year-old teacher with a six-month history of migraine with aura, now occurring weekly despite propranolol. She has no focal deficits. I would be grateful for your opinion on preventive options.

Yours sincerely,
[[PERSON:Dr Rebecca Holloway]], GP""",
    """WORKERS' COMPENSATION — FIRST REPORT OF INJURY
Employee name: [[PERSON:Luis Alberto Sandoval]]
SSN: [[US_SSN:604-31-2278]]   Date of birth: [[DATE_TIME:08/30/1979]]   Sex: M
Home address: [[ADDRESS:1715 E. Indian School Rd, #208]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85016]]
Phone: [[PHONE_NUMBER:602-555-0174]]
Occupation: Roofer
Date and time of injury: [[DATE_TIME:05/07/2024 2:15 PM]]
Description: Employee fell approximately 8 feet from a ladder while carrying shingles and injured his right wrist. Treated at the urgent care on Thomas Road.
Supervisor: [[PERSON:Kelsey Brandt]]""",
    """POWER OF ATTORNEY (SHORT FORM)

I, [[PERSON:Margarethe Loewenstein]], born [[DATE_TIME:2 December 1938]], residing at [[ADDRESS:Rosewood Care Home, 80 Station Road]], [[LOCATION:Harpenden]] [[ZIP_CODE:AL5 4TY]], hereby appoint my nephew [[PERSON:Daniel Loewenstein]] of [[ADDRESS:14 Gloucester Mews]], [[LOCATION:London]] [[ZIP_CODE:W2 3HE]] to act as my attorney in all matters relating to my bank account with Coutts & Co. (account [[ID_NUMBER:00714928]]).

Signed on [[DATE_TIME:20 March 2024]] in the presence of [[PERSON:Pauline Greaves]], solicitor.""",
    """VEHICLE FINANCE AGREEMENT — SCHEDULE 1
Hirer: [[PERSON:Rhys Llewellyn-Jones]]   Date of birth: [[DATE_TIME:11/11/1995]]
Address: [[ADDRESS:8 Heol y Felin]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6NW]]
Driving licence no.: [[ID_NUMBER:LLEWE911115RJ9AB]]
Vehicle: 2021 Ford Puma ST-Line, reg [[ID_NUMBER:CY21 HKD]]
Cash price £19,995.00; deposit £2,000.00; 48 monthly instalments of £412.18
First payment due [[DATE_TIME:1 July 2024]] by direct debit from sort code 30-96-34, account [[ID_NUMBER:02817745]].""",
    """NOTICE OF CHANGE OF BENEFICIARY

Policy number: LIFE-7720-3391
Insured: [[PERSON:Chidinma Okafor]]   Date of birth: [[DATE_TIME:28 February 1974]]
Previous beneficiary: [[PERSON:Emeka Okafor]] (spouse, deceased [[DATE_TIME:5 October 2023]])
New primary beneficiary: [[PERSON:Adanna Okafor]], daughter, born [[DATE_TIME:16 August 2001]]
Contingent beneficiary: [[PERSON:Chukwudi Okafor]], son
Beneficiaries' address: [[ADDRESS:22 Allen Avenue]], [[LOCATION:Ikeja]], [[LOCATION:Lagos State]]

The insured confirms that this change was made of her own free will. Signed at the [[LOCATION:Abuja]] office on [[DATE_TIME:12 January 2024]].""",
    """PARENTAL CONSENT FORM — SCHOOL TRIP
Student: [[PERSON:Mateo Rinaldi]]   Year 8   Date of birth: [[DATE_TIME:22.05.2011]]
Parent/guardian: [[PERSON:Francesca Rinaldi]]
Mobile: [[PHONE_NUMBER:0412 908 117]]   Email: [[EMAIL_ADDRESS:frinaldi.home@gmail.com]]
Medical conditions: asthma (carries Ventolin). Medicare: [[ID_NUMBER:5103 72840 3]]
Emergency contact if unavailable: [[PERSON:Antonio Rinaldi]] (grandfather), [[PHONE_NUMBER:(03) 9387 2214]]
I consent to my child attending the excursion to the goldfields museum on [[DATE_TIME:Thursday 6 June]].""",
    """SETTLEMENT AGREEMENT AND RELEASE

This Settlement Agreement is entered into as of [[DATE_TIME:June 3, 2024]] by and between [[PERSON:Teresa Villanueva]] ("Claimant"), an individual residing in [[LOCATION:San Antonio]], [[LOCATION:Texas]], and Lonestar Home Health LLC ("Company").

WHEREAS Claimant was employed by the Company from [[DATE_TIME:March 2019]] until [[DATE_TIME:November 17, 2023]]; and WHEREAS Claimant filed a charge with the EEOC (Charge No. 451-2024-00871);

NOW THEREFORE the Company shall pay Claimant the gross sum of $42,500, less applicable withholdings, reported under SSN [[US_SSN:431-90-2775]], within fifteen (15) business days.""",
    """MEDICAL CERTIFICATE

I certify that I examined [[PERSON:Mr. Abdullahi Musa Garba]], aged [[AGE:38]], of [[ADDRESS:No. 14 Ahmadu Bello Way]], [[LOCATION:Kaduna]], on [[DATE_TIME:Tuesday, 4 June 2024]], and found him to be suffering from malaria with moderate dehydration. He is unfit for work from [[DATE_TIME:4 June]] to [[DATE_TIME:10 June 2024]] inclusive.

[[PERSON:Dr. Hauwa Bello]]
MDCN Reg. No. [[ID_NUMBER:MDCN/R/48829]]""",
    """NOTICE OF DEFAULT

Borrower: [[PERSON:Kevin J. Brannigan]]
Property: [[ADDRESS:77 Old Mill Road]], [[LOCATION:Manchester]], [[LOCATION:CT]] [[ZIP_CODE:06040]]
Loan number: 0049218873

Dear [[PERSON:Mr. Brannigan]]: You are in default because you have not made the payments due on [[DATE_TIME:March 1, 2024]] and [[DATE_TIME:April 1, 2024]]. To cure the default you must pay $4,812.60 by [[DATE_TIME:May 31, 2024]]. If you have questions, please contact your loan officer, [[PERSON:Renée Pothier]], at the number on your statement.""",
    """DEMANDE D'INDEMNISATION — ASSURANCE HABITATION
Assuré : [[PERSON:Bertrand Lefèvre]]
Né le : [[DATE_TIME:04/03/1984]] à [[LOCATION:Paris]]
N° de sécurité sociale : [[ID_NUMBER:1 84 03 75 112 048 52]]
Adresse du sinistre : [[ADDRESS:18 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]]
Date du sinistre : [[DATE_TIME:samedi 9 mars 2024 vers 23 h]]
Nature : cambriolage avec effraction de la porte d'entrée.
Coordonnées bancaires pour le remboursement : [[IBAN_CODE:FR76 3000 4028 3700 0104 8921 319]]
Fait à [[LOCATION:Strasbourg]], le [[DATE_TIME:11 mars 2024]].""",
    """MIETVERTRAG (Auszug)

Vermieterin: [[PERSON:Elisabeth Wallner]], [[ADDRESS:Mariahilfer Straße 88/12]], [[ZIP_CODE:1070]] [[LOCATION:Wien]]
Mieter: [[PERSON:Dominik Steiner]], geb. [[DATE_TIME:17.11.2002]], derzeit wohnhaft in [[ADDRESS:Hauptplatz 5]], [[ZIP_CODE:8010]] [[LOCATION:Graz]]

§ 2 Mietdauer: Das Mietverhältnis beginnt am [[DATE_TIME:1. September 2024]] und wird auf drei Jahre befristet.
§ 4 Miete: Die monatliche Miete beträgt € 780,– und ist auf das Konto [[IBAN_CODE:AT65 2081 5060 0381 7264]] zu überweisen.
Sozialversicherungsnummer des Mieters: [[ID_NUMBER:2067 171102]]""",
    """CONTRATO DE PRESTAÇÃO DE SERVIÇOS

CONTRATANTE: [[PERSON:Mariana Soares Cavalcanti]], brasileira, casada, portadora do RG [[ID_NUMBER:35.920.186-5]] SSP/SP e do CPF [[ID_NUMBER:529.308.174-88]], residente à [[ADDRESS:Rua Harmonia, 512, ap. 31]], [[LOCATION:Vila Madalena]], [[LOCATION:São Paulo]]/[[LOCATION:SP]], CEP [[ZIP_CODE:05435-000]].
CONTRATADA: Reforma Já Construções Ltda., CNPJ 11.322.441/0001-26.

Cláusula 1ª – A CONTRATADA executará a reforma do banheiro do imóvel da CONTRATANTE, com início em [[DATE_TIME:15 de julho de 2024]].
Assinado em [[LOCATION:São Paulo]], [[DATE_TIME:1º de julho de 2024]].""",
    """FINAL WRITTEN WARNING

Employee: [[PERSON:Jordan Whitlock]]    Employee ID: [[ID_NUMBER:E-00417]]
Department: Customer Care    Manager: [[PERSON:Priti Shah]]
Meeting held: [[DATE_TIME:Wednesday 17 April 2024, 14:00]]

On [[DATE_TIME:2 April]] and [[DATE_TIME:9 April]] you logged into the CRM from your personal device ([[IP_ADDRESS:81.102.77.14]]) and exported customer lists to a personal address, [[EMAIL_ADDRESS:jwhitlock.99@gmail.com]]. This breaches section 6.3 of the Information Security Policy. This warning will remain on file for 12 months.""",
    """SUBPOENA TO TESTIFY AT A DEPOSITION

To: [[PERSON:Harriet L. Vandermeer]]
[[ADDRESS:603 Cedar Hollow Lane]]
[[LOCATION:Chapel Hill]], [[LOCATION:NC]] [[ZIP_CODE:27514]]

YOU ARE COMMANDED to appear at the time, date and place set forth below to testify at a deposition in the above case (No. 1:24-cv-00317).
Place: Offices of Brantley & Fisk LLP, [[ADDRESS:400 W. Main Street]], [[LOCATION:Durham]], [[LOCATION:NC]]
Date and time: [[DATE_TIME:July 10, 2024, 9:00 a.m.]]
Attorney issuing: [[PERSON:Marcus O. Fenwick]], Brantley & Fisk LLP, (919) 555-0100""",
    """HOME HEALTH CARE PLAN
Client: [[PERSON:Evelyn Marsh]]   Age: [[AGE:84]]   Medicare Beneficiary Identifier: [[ID_NUMBER:1EG4-TE5-MK73]]
Address: [[ADDRESS:1120 Pleasant Valley Dr]], [[LOCATION:Knoxville]], [[LOCATION:TN]] [[ZIP_CODE:37919]]
Primary caregiver: [[PERSON:Janice Marsh-Coleman]] (daughter), [[PHONE_NUMBER:865-555-0192]]
Start of care: [[DATE_TIME:05/20/2024]]
Visits: RN twice weekly (Tue/Fri); PT weekly. Allergies: penicillin. Client is [[NRP:Baptist]] and requests that her pastor be called in an emergency.""",
    # Nemotron-like structured and technical
    """{"customer": {"id": "[[ID_NUMBER:CUST-00918273]]", "first_name": "[[PERSON:Naledi]]", "last_name": "[[PERSON:Khumalo]]", "dob": "[[DATE_TIME:1991-05-27]]", "email": "[[EMAIL_ADDRESS:naledi.khumalo@outlook.co.za]]", "phone": "[[PHONE_NUMBER:+27 82 447 1903]]", "address": {"street": "[[ADDRESS:15 Vilakazi Street]]", "suburb": "[[LOCATION:Orlando West]]", "city": "[[LOCATION:Soweto]]", "postal_code": "[[ZIP_CODE:1804]]"}, "id_number": "[[ID_NUMBER:9105270882085]]", "kyc_status": "verified", "risk_score": 12}}""",
    """2024-05-14T08:21:07Z INFO  auth.login user=[[USERNAME:mfernandes]] uid=48213 src=[[IP_ADDRESS:187.64.201.18]] result=success mfa=totp
2024-05-14T08:21:09Z INFO  session.start user=[[USERNAME:mfernandes]] session=7f3c9a2e ttl=3600
2024-05-14T08:43:55Z WARN  export.csv user=[[USERNAME:mfernandes]] rows=12840 dest=[[EMAIL_ADDRESS:marcos.fernandes.pessoal@gmail.com]]
2024-05-14T08:44:02Z INFO  dlp.block rule=EXT_EMAIL user=[[USERNAME:mfernandes]] action=quarantine""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, sex, phone, insurance_member_id, primary_physician)
VALUES ('[[ID_NUMBER:A7730192]]', '[[PERSON:Guadalupe]]', '[[PERSON:Ortega-Reyes]]', '[[DATE_TIME:1966-10-02]]', 'F', '[[PHONE_NUMBER:915-555-0148]]', '[[ID_NUMBER:XKH918273645]]', '[[PERSON:Dr. Samuel Whitfield]]'),
       ('[[ID_NUMBER:A7730193]]', '[[PERSON:Bao]]', '[[PERSON:Tran]]', '[[DATE_TIME:2012-01-19]]', 'M', '[[PHONE_NUMBER:915-555-0166]]', '[[ID_NUMBER:XKH402918377]]', '[[PERSON:Dr. Samuel Whitfield]]');""",
    """<Employee>
  <EmployeeID>[[ID_NUMBER:100482]]</EmployeeID>
  <Name>
    <Given>[[PERSON:Aleksandra]]</Given>
    <Family>[[PERSON:Nowicka]]</Family>
  </Name>
  <BirthDate>[[DATE_TIME:1988-12-03]]</BirthDate>
  <HireDate>[[DATE_TIME:2019-09-16]]</HireDate>
  <JobTitle>Payroll Specialist</JobTitle>
  <WorkEmail>[[EMAIL_ADDRESS:a.nowicka@brightwell-group.com]]</WorkEmail>
  <HomeAddress>
    <Line1>[[ADDRESS:27 Kingsley Road]]</Line1>
    <City>[[LOCATION:Northampton]]</City>
    <Postcode>[[ZIP_CODE:NN2 7BN]]</Postcode>
  </HomeAddress>
  <NINumber>[[ID_NUMBER:PN 30 84 17 A]]</NINumber>
</Employee>""",
    """# config/notify.yaml
smtp:
  host: smtp.internal.example
  port: 587
  user: alerts-bot
  password: "Q8v!r2Lx#0"
oncall:
  primary:
    name: [[PERSON:Ifeoma Chukwu]]
    phone: "[[PHONE_NUMBER:+44 7700 900 481]]"
    email: [[EMAIL_ADDRESS:ifeoma.chukwu@gmail.com]]
  secondary:
    name: [[PERSON:Pavel Dvořák]]
    phone: "[[PHONE_NUMBER:+420 603 218 447]]"
escalation_after_minutes: 15""",
    """Ticket #INC-40917 | Priority: P2 | Opened: 2024-04-02 09:12
Reporter: [[PERSON:Gwendolyn Ashby]] ([[EMAIL_ADDRESS:gashby@ashbyandcole.co.uk]], ext. 2214)
Affected user: [[PERSON:Tariq Mahmood]] — username [[USERNAME:tmahmood]], workstation WS-LDN-0442, IP [[IP_ADDRESS:172.20.14.88]]
Summary: User cannot access the shared drive after password reset. Last successful login [[DATE_TIME:2024-04-01 17:48]].
Notes: Verified identity via call-back to mobile [[PHONE_NUMBER:07956 330 418]]. Cleared cached credentials; issue resolved.""",
    """def test_create_account():
    payload = {
        "full_name": "[[PERSON:Rosa María Ibáñez]]",
        "email": "[[EMAIL_ADDRESS:rosamaria.ibanez@gmail.com]]",
        "birth_date": "[[DATE_TIME:1979-08-14]]",
        "card_number": "[[CREDIT_CARD:4147 2058 9937 1042]]",
        "card_cvv": "552",
        "card_exp": "09/27",
        "billing_zip": "[[ZIP_CODE:33145]]",
    }
    resp = client.post("/api/v2/accounts", json=payload)
    assert resp.status_code == 201""",
    """[2024-06-01 14:02:11] payment.capture order=ORD-558120 amount=129.99 currency=USD card=[[CREDIT_CARD:5268403990127344]] holder="[[PERSON:Mei-Ling Osterhout]]" avs_zip=[[ZIP_CODE:97214]] ip=[[IP_ADDRESS:73.96.155.220]] status=APPROVED
[2024-06-01 14:02:12] email.send template=receipt to=[[EMAIL_ADDRESS:meiling.o@fastmail.com]] status=queued""",
    """Form W-9 (excerpt)
1 Name: [[PERSON:Darius K. Farahani]]
2 Business name: Farahani Design Studio LLC
3 Federal tax classification: Single-member LLC
5 Address: [[ADDRESS:2890 Lakeshore Blvd, Suite 5]]
6 City, state, ZIP: [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94610]]
Part I Taxpayer Identification Number — Social security number: [[US_SSN:547-28-1093]]
Signature: [[PERSON:D. Farahani]]   Date: [[DATE_TIME:01/15/2024]]""",
    """{
  "event": "kyc.submitted",
  "timestamp": "2024-03-11T10:42:05+05:30",
  "applicant": {
    "name": "[[PERSON:Harpreet Kaur Gill]]",
    "father_name": "[[PERSON:Balwinder Singh Gill]]",
    "dob": "[[DATE_TIME:14-02-1993]]",
    "pan": "[[ID_NUMBER:CQZPG8821L]]",
    "aadhaar": "[[ID_NUMBER:7531 0864 2197]]",
    "mobile": "[[PHONE_NUMBER:+91-98152-60377]]",
    "address": "[[ADDRESS:House 221, Ward 6, Model Town]], [[LOCATION:Ludhiana]], [[LOCATION:Punjab]] [[ZIP_CODE:141002]]"
  },
  "documents": ["pan_front.jpg", "aadhaar_front.jpg", "aadhaar_back.jpg"]
}""",
    """UPDATE users SET email = '[[EMAIL_ADDRESS:c.obrien.1987@eircom.net]]', phone = '[[PHONE_NUMBER:+353 87 214 9930]]', updated_at = NOW() WHERE username = '[[USERNAME:cobrien87]]';
-- requested by [[PERSON:Conor O'Brien]] via support call, identity checked against PPSN [[ID_NUMBER:8130294Q]]""",
    """apiVersion: v1
kind: Secret
metadata:
  name: payroll-export
  annotations:
    owner: "[[PERSON:Yuki Tanabe]] <[[EMAIL_ADDRESS:yuki.tanabe@corp-mail.jp]]>"
    created-by: [[USERNAME:ytanabe]]
type: Opaque
stringData:
  SFTP_PASSWORD: "hunter2-prod-77"
  API_KEY: "sk_live_51Hx9QeR2c8aB7fK0pLm"
""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Abernathy]];[[PERSON:Cordelia]];[[PERSON:J.]];[[TITLE:Dr.]];
FN:[[PERSON:Dr. Cordelia J. Abernathy]]
ORG:Riverside Veterinary Clinic
TITLE:Practice Owner
TEL;TYPE=CELL:[[PHONE_NUMBER:+1-503-555-0119]]
EMAIL;TYPE=HOME:[[EMAIL_ADDRESS:cordelia.abernathy@gmail.com]]
ADR;TYPE=HOME:;;[[ADDRESS:4411 SE Woodstock Blvd]];[[LOCATION:Portland]];[[LOCATION:OR]];[[ZIP_CODE:97206]];[[LOCATION:USA]]
BDAY:[[DATE_TIME:1976-04-30]]
END:VCARD""",
    """Jun 03 22:14:51 vpn-gw01 charon: 14[IKE] <rw-client|2211> authentication of '[[USERNAME:lmakoa]]' with EAP successful
Jun 03 22:14:51 vpn-gw01 charon: 14[IKE] <rw-client|2211> assigning virtual IP [[IP_ADDRESS:10.8.0.41]] to peer '[[USERNAME:lmakoa]]' ([[IP_ADDRESS:203.118.92.47]])
Jun 03 22:14:52 vpn-gw01 radius: user [[USERNAME:lmakoa]] ([[PERSON:Leilani Makoa]]) calling-station [[PHONE_NUMBER:+1 808 555 0133]] accepted""",
    """PATIENT INTAKE FORM
Last name: [[PERSON:Okonjo]]        First name: [[PERSON:Ifunanya]]        M.I.: [[PERSON:C]]
DOB (mm/dd/yyyy): [[DATE_TIME:09/12/1984]]   Age: [[AGE:39]]   Sex: F   Preferred language: Igbo
Street: [[ADDRESS:5120 Westheimer Rd]]   Apt/Unit: [[ADDRESS:1406]]
City: [[LOCATION:Houston]]   State: [[LOCATION:TX]]   ZIP: [[ZIP_CODE:77056]]
Cell: [[PHONE_NUMBER:(713) 555-0185]]   Email: [[EMAIL_ADDRESS:ifunanya.okonjo@yahoo.com]]
Insurance: BlueCross PPO — Member ID [[ID_NUMBER:ZGP847261903]]  Group 004182
Emergency contact: [[PERSON:Chidi Okonjo]] (husband) [[PHONE_NUMBER:(713) 555-0112]]
Religion: [[NRP:Anglican]]""",
    """<?xml version="1.0" encoding="UTF-8"?>
<booking ref="PNR-QX7T2L">
  <passenger seq="1">
    <title>[[TITLE:MRS]]</title>
    <given>[[PERSON:Aigerim]]</given>
    <surname>[[PERSON:Nurlanova]]</surname>
    <dob>[[DATE_TIME:1987-03-08]]</dob>
    <passport country="KZ" expiry="2031-05-19">[[ID_NUMBER:N14820773]]</passport>
    <nationality>[[NRP:Kazakh]]</nationality>
    <ffp>[[ID_NUMBER:KC 4418 2093]]</ffp>
  </passenger>
  <contact phone="[[PHONE_NUMBER:+7 701 448 2915]]" email="[[EMAIL_ADDRESS:aigerim.n@mail.kz]]"/>
</booking>""",
    """const seedUsers = [
  { id: 1, name: "[[PERSON:Kofi Boateng]]", email: "[[EMAIL_ADDRESS:kofi.boateng@gmail.com]]", phone: "[[PHONE_NUMBER:+233 24 418 9023]]", city: "[[LOCATION:Kumasi]]" },
  { id: 2, name: "[[PERSON:Ama Serwaa]]", email: "[[EMAIL_ADDRESS:ama.serwaa88@yahoo.com]]", phone: "[[PHONE_NUMBER:+233 20 775 1432]]", city: "[[LOCATION:Accra]]" },
  { id: 3, name: "test user", email: "noreply@example.com", phone: "", city: "" },
];""",
    """Support ticket 88213 — Subject: Refund to wrong account
Customer: [[PERSON:Wilhelmina de Groot]] (cust. no. [[ID_NUMBER:NL-3381920]])
Message: "The refund for my cancelled flight on [[DATE_TIME:22 April]] went to my old account. Please send it to [[IBAN_CODE:NL44 RABO 0158 8349 20]] instead. My BSN is [[ID_NUMBER:238174694]] if you need it for verification. Address: [[ADDRESS:Prinsengracht 412-III]], [[ZIP_CODE:1016 JC]] [[LOCATION:Amsterdam]]."
Agent: [[PERSON:Ruben Visser]] — escalated to finance.""",
    """[DEBUG] 2024-02-19 11:05:33,812 crm.sync - upserting contact {"contactId": "[[ID_NUMBER:0038829104]]", "firstName": "[[PERSON:Shaun]]", "lastName": "[[PERSON:Pillay]]", "mobile": "[[PHONE_NUMBER:083 991 2048]]", "email": "[[EMAIL_ADDRESS:shaunp@mweb.co.za]]", "idNumber": "[[ID_NUMBER:0108056237085]]", "ownerId": "005Hs00000A1bC"}
[DEBUG] 2024-02-19 11:05:33,901 crm.sync - upsert ok (1 row)""",
    """-- patient lookup, run by [[USERNAME:dr_akinola]] at 2024-05-20 09:14
SELECT p.patient_id, p.full_name, p.nhs_number, a.appt_time
FROM patients p JOIN appointments a ON a.patient_id = p.patient_id
WHERE p.nhs_number = '[[ID_NUMBER:7331048627]]' AND a.appt_time >= '2024-05-20';
-- result: 10482 | [[PERSON:Beryl Thistlethwaite]] | [[ID_NUMBER:7331048627]] | [[DATE_TIME:2024-05-21 10:40]]""",
    """name=[[PERSON:Olusegun Bankole]]&email=[[EMAIL_ADDRESS:segun.bankole%40gmail.com]]&phone=[[PHONE_NUMBER:%2B2348034417720]]&dob=[[DATE_TIME:1990-11-02]]&address=[[ADDRESS:12+Bode+Thomas+Street]]&city=[[LOCATION:Surulere]]&state=[[LOCATION:Lagos]]&consent=true&utm_source=newsletter""",
    """[mysqld] slow query: 4.82s
# User@Host: [[USERNAME:dkowalczyk]][[[USERNAME:dkowalczyk]]] @ [[IP_ADDRESS:10.2.33.17]]
SELECT first_name, last_name, ssn FROM applicants WHERE last_name = '[[PERSON:Castellanos]]' AND ssn LIKE '%4471';
# rows_examined: 884120""",
    """KUNDENSTAMMSATZ
Kundennr.: [[ID_NUMBER:AT-200918]]
Anrede: [[TITLE:Frau]]  Titel: [[TITLE:Mag.]]
Vorname: [[PERSON:Theresa]]  Nachname: [[PERSON:Brandstätter]]
Geburtsdatum: [[DATE_TIME:03.05.1968]]
Straße: [[ADDRESS:Linzer Gasse 21]]   PLZ/Ort: [[ZIP_CODE:5020]] [[LOCATION:Salzburg]]
Telefon: [[PHONE_NUMBER:+43 662 87 41 92]]   E-Mail: [[EMAIL_ADDRESS:t.brandstaetter@aon.at]]
SV-Nr.: [[ID_NUMBER:1599 030568]]
Bankverbindung: [[IBAN_CODE:AT86 1910 0002 8374 6519]]
Letzte Änderung: 2024-03-04 durch [[USERNAME:kbauer]]""",
    """{"pedido": "PED-2024-77104", "cliente": {"nome": "[[PERSON:Joana Darc Ribeiro]]", "cpf": "[[ID_NUMBER:215.090.683-09]]", "telefone": "[[PHONE_NUMBER:(85) 99612-3048]]", "email": "[[EMAIL_ADDRESS:joana.darc.ribeiro@hotmail.com]]"}, "entrega": {"logradouro": "[[ADDRESS:Rua Barão de Aracati, 1450, bloco B, apto 302]]", "bairro": "[[LOCATION:Aldeota]]", "cidade": "[[LOCATION:Fortaleza]]", "uf": "[[LOCATION:CE]]", "cep": "[[ZIP_CODE:60115-081]]"}, "pagamento": {"tipo": "cartao", "numero": "[[CREDIT_CARD:6062 8257 3019 3846]]", "parcelas": 3}}""",
    """Bug #2291: PDF export shows raw customer data in footer
Steps: open invoice for customer [[PERSON:Anneliese Kowalski]] (id [[ID_NUMBER:C-118204]]) and export.
Actual: footer prints "[[PERSON:A. Kowalski]] · [[ADDRESS:Unit 8, 71 Wharf Street]], [[LOCATION:Brisbane]] [[LOCATION:QLD]] [[ZIP_CODE:4000]] · [[PHONE_NUMBER:0408 551 372]] · DOB [[DATE_TIME:09/10/1959]]"
Expected: footer shows company details only.
Env: Chrome 124 on Windows 11; reported by [[PERSON:Duc Nguyen]].""",
    """ssh session log
Last login: [[DATE_TIME:Mon Jun 10 08:55:12 2024]] from [[IP_ADDRESS:84.203.17.92]]
[[USERNAME:aoconnell]]@bastion-02:~$ sudo -l
[sudo] password for [[USERNAME:aoconnell]]:
[[USERNAME:aoconnell]]@bastion-02:~$ grep -i "[[PERSON:ferreira]]" /srv/exports/customers.csv
41192,[[PERSON:Rui]],[[PERSON:Ferreira]],[[EMAIL_ADDRESS:rui.ferreira@sapo.pt]],[[PHONE_NUMBER:+351 912 448 330]]""",
    """ACCIDENT REPORT FORM (Tenant)
Reported by: [[PERSON:Moana Tuilagi]]   Unit: [[ADDRESS:14/9 Hinemoa Street]], [[LOCATION:Birkenhead]], [[LOCATION:Auckland]] [[ZIP_CODE:0626]]
Date/time of incident: [[DATE_TIME:Sat 18 May 2024, approx. 7.30pm]]
Persons involved: [[PERSON:Moana Tuilagi]]; visitor [[PERSON:Sefa Leota]] ([[AGE:12]])
Description: Visitor slipped on the wet stairwell between levels 1 and 2. Minor graze to the knee, first aid given.
Contact number: [[PHONE_NUMBER:027 551 8840]]   Witness: [[PERSON:J. Harland]] (unit 11)""",
    """curl -X POST https://api.example-crm.com/v1/leads \\
  -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.x7Kp" \\
  -d '{"name":"[[PERSON:Valentina Greco]]","email":"[[EMAIL_ADDRESS:vale.greco@libero.it]]","phone":"[[PHONE_NUMBER:+39 333 812 4471]]","company":"Studio Greco","note":"met at trade fair"}'""",
    """audit_log:
- ts: 2024-01-08T16:20:44Z
  actor: [[USERNAME:hr_jmwangi]]
  action: employee.update
  target: {emp_id: [[ID_NUMBER:KE-20417]], name: "[[PERSON:Achieng Odhiambo]]"}
  changes:
    kra_pin: ["", "[[ID_NUMBER:A004182937Z]]"]
    nssf_no: ["", "[[ID_NUMBER:2049183377]]"]
    bank_account: ["", "[[ID_NUMBER:1180294477312]]"]
- ts: 2024-01-08T16:21:02Z
  actor: [[USERNAME:hr_jmwangi]]
  action: employee.view
  target: {emp_id: [[ID_NUMBER:KE-20418]], name: "[[PERSON:Kiprono Chebet]]"}""",
    """FICHE PATIENT
Nom : [[PERSON:DELACROIX]]     Prénom : [[PERSON:Solène]]
Date de naissance : [[DATE_TIME:21/08/2005]]     Âge : [[AGE:18]] ans
N° INSEE : [[ID_NUMBER:2 05 08 33 063 145 58]]
Adresse : [[ADDRESS:9 cours de l'Intendance]], [[ZIP_CODE:33000]] [[LOCATION:Bordeaux]]
Tél. : [[PHONE_NUMBER:06 71 28 44 09]]
Médecin traitant : [[PERSON:Dr Vincent Laporte]]
Mutuelle : MGEN, adhérent n° [[ID_NUMBER:0448817213]]""",
    """Hi [[PERSON:Jericho Manalastas]], your SSS number [[ID_NUMBER:34-8829104-7]] and PhilHealth number [[ID_NUMBER:12-050718293-4]] are now linked to your profile. Your loan proceeds will be sent to [[ADDRESS:Unit 1204, Tower 2, Greenbelt Residences, 112 Legazpi Street]], [[LOCATION:Makati City]] [[ZIP_CODE:1229]]; the card on file is [[CREDIT_CARD:2221 0048 1653 9200]] (exp 07/28).""",
    """The Principal Group Strategist, [[PERSON:Ottoline Fairweather-Nkemelu]], logged in at 03:12 from [[IP_ADDRESS:145.62.19.204]] (Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0), device MAC 8C:85:90:2E:44:F1, and added [[CREDIT_CARD:4917 6183 9204 5566]] to her wallet. Her county of residence is [[LOCATION:Kent]] and her postcode [[ZIP_CODE:TN13 1AX]].""",
    """NOTICE OF DATA SECURITY INCIDENT

[[DATE_TIME:May 28, 2024]]

[[PERSON:Yolanda P. Serrano]]
[[ADDRESS:4012 Camino del Rio, Apt 118]]
[[LOCATION:San Diego]], [[LOCATION:CA]] [[ZIP_CODE:92108]]

Dear [[PERSON:Yolanda P. Serrano]]:

We are writing to tell you about an incident that may involve some of your information. On April 30, 2024, we discovered that an unauthorized party accessed a file server used by our billing vendor. The file contained your name, date of birth ([[DATE_TIME:06/17/1982]]), Social Security number ([[US_SSN:622-19-4038]]) and health plan ID ([[ID_NUMBER:PHX7719204381]]). We are offering you 24 months of free credit monitoring; your activation code is 7HQ2-KL9P.""",
    """MOBILE SERVICE AGREEMENT
Account holder: [[PERSON:Deepika Raman]]   Account no.: [[ID_NUMBER:7730 1184 0925]]
Service address: [[ADDRESS:18 Willowdale Crescent]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6Y 3K8]]
Date of birth: [[DATE_TIME:1989-10-27]]   ID checked: [[LOCATION:Ontario]] driver's licence [[ID_NUMBER:R0127-48839-91027]]
Mobile number: [[PHONE_NUMBER:647-555-0154]]   Device: Pixel 8, IMEI 353918104726159
Plan: Unlimited 100GB, $65.00/month, 24-month term starting [[DATE_TIME:May 2, 2024]]
Pre-authorized debit from the customer's account; SIM ICCID 8930 2720 4009 1844 3321.
Customer signature: [[PERSON:D. Raman]]   Date: [[DATE_TIME:2024-05-02]]""",
    """MSH|^~\\&|EPIC|STMARYS|LAB|STMARYS|20240611083012||ADT^A04|MSG00482|P|2.5
PID|1||[[ID_NUMBER:MRN448201]]^^^STMARYS^MR||[[PERSON:HOLLOWAY]]^[[PERSON:BRENDAN]]^[[PERSON:T]]||[[DATE_TIME:19700312]]|M|||[[ADDRESS:221 RIVERBEND RD]]^^[[LOCATION:DAYTON]]^[[LOCATION:OH]]^[[ZIP_CODE:45409]]||[[PHONE_NUMBER:(937)555-0129]]|||||[[ID_NUMBER:ACCT902218]]|[[US_SSN:498-22-7716]]
NK1|1|[[PERSON:HOLLOWAY]]^[[PERSON:DIANE]]|SPO|[[ADDRESS:221 RIVERBEND RD]]^^[[LOCATION:DAYTON]]^[[LOCATION:OH]]^[[ZIP_CODE:45409]]|[[PHONE_NUMBER:(937)555-0130]]""",
    """Traceback (most recent call last):
  File "/srv/app/billing/tasks.py", line 212, in charge_customer
    gateway.charge(customer.card, amount)
billing.errors.CardDeclined: card declined for customer_id=[[ID_NUMBER:88120493]] name='[[PERSON:Fatima Zahra Benjelloun]]' card='[[CREDIT_CARD:5178 0539 2104 7738]]' billing_postcode='[[ZIP_CODE:M14 5RT]]' email='[[EMAIL_ADDRESS:fz.benjelloun@gmail.com]]' reason=insufficient_funds""",
    """---------- Forwarded message ---------
From: [[PERSON:Gabriel Moreau-Lindgren]] <[[EMAIL_ADDRESS:gabriel.ml@me.com]]>
Date: [[DATE_TIME:Tue, 9 Apr 2024 at 18:03]]
Subject: Re: lease renewal
To: Hollis Property Management <leasing@hollispm.com>

Hi, I'd like to renew for another 12 months. For the credit check: my SSN is [[US_SSN:378-51-0924]], my current address is [[ADDRESS:1640 Fairmount Ave, Unit 3F]], [[LOCATION:Philadelphia]], [[LOCATION:PA]] [[ZIP_CODE:19130]], and my cell is [[PHONE_NUMBER:215-555-0193]]. My wife [[PERSON:Astrid]] will sign too.
— [[PERSON:Gabe]]""",

]

TABLE = [
    """contactId,firstName,lastName,email,mobilePhone,accountName,leadSource,leadStatus,ownerAlias
C-104882,[[PERSON:Shreya]],[[PERSON:Kulkarni]],[[EMAIL_ADDRESS:shreya.kulkarni@brightpath.io]],[[PHONE_NUMBER:+1 408 555 0181]],Brightpath Analytics,Webinar,Working,[[USERNAME:jtorres]]
C-104883,[[PERSON:Marco]],[[PERSON:Bellandi]],[[EMAIL_ADDRESS:m.bellandi@gmail.com]],,Freelance,Referral,New,[[USERNAME:jtorres]]
C-104891,[[PERSON:Ayodele]],[[PERSON:Coker]],[[EMAIL_ADDRESS:acoker@lagosfreight.ng]],[[PHONE_NUMBER:+234 802 311 4490]],Lagos Freight Ltd,Trade show,Qualified,[[USERNAME:kpham]]
C-104902,[[PERSON:Björn]],[[PERSON:Lindqvist]],,[[PHONE_NUMBER:+46 70 418 22 93]],Nordvik AB,Cold call,Unqualified,[[USERNAME:kpham]]""",
    """emp_id\tfirst_name\tlast_name\tdept\tjob_title\thire_date\tni_number\tsalary_band\tline_manager
[[ID_NUMBER:E10422]]\t[[PERSON:Aisha]]\t[[PERSON:Rahman]]\tFinance\tAccounts Payable Clerk\t[[DATE_TIME:2021-06-01]]\t[[ID_NUMBER:NZ 44 18 92 C]]\tB2\t[[PERSON:Graham Peel]]
[[ID_NUMBER:E10431]]\t[[PERSON:Connor]]\t[[PERSON:McBride]]\tWarehouse\tForklift Operator\t[[DATE_TIME:2022-01-17]]\t[[ID_NUMBER:JL 20 77 45 A]]\tA3\t[[PERSON:Lorraine Hughes]]
[[ID_NUMBER:E10458]]\t[[PERSON:Oksana]]\t[[PERSON:Hrytsenko]]\tIT\tService Desk Analyst\t[[DATE_TIME:2023-09-04]]\t[[ID_NUMBER:PR 91 03 58 D]]\tB1\t[[PERSON:Graham Peel]]
[[ID_NUMBER:E10460]]\t[[PERSON:Dev]]\t[[PERSON:Malhotra]]\tIT\tGraduate Developer\t[[DATE_TIME:2023-09-18]]\t\tA1\t[[PERSON:Graham Peel]]""",
    """| Time  | Patient                 | DOB        | NHS No.      | Clinician    | Reason            |
|-------|-------------------------|------------|--------------|--------------|-------------------|
| 09:00 | [[PERSON:Doreen Whitlock]]         | [[DATE_TIME:14/02/1948]] | [[ID_NUMBER:438 201 9575]] | [[PERSON:Dr Amin]]       | BP review         |
| 09:15 | [[PERSON:Kacper Nowak]]            | [[DATE_TIME:03/11/2016]] | [[ID_NUMBER:502 918 3647]] | [[PERSON:Nurse Hollins]] | Asthma check      |
| 09:30 | [[PERSON:Grace Adebayo-Lewis]]     | [[DATE_TIME:22/07/1991]] | [[ID_NUMBER:611 047 2832]] | [[PERSON:Dr Amin]]       | Contraception     |
| 09:45 | [[PERSON:Terence O'Rourke]]        | [[DATE_TIME:30/09/1955]] | [[ID_NUMBER:702 384 9157]] | [[PERSON:Dr Amin]]       | Med review        |""",
    """CONSIGNEE             ADDRESS                            POSTCODE  PHONE           PCS  KG    TRACKING
[[PERSON:HARRIS, JEANETTE]]      [[ADDRESS:14 KNOWSLEY RD]]                      [[ZIP_CODE:L19 0PA]]   [[PHONE_NUMBER:07811 203944]]     1    2.4   JD014482031GB
[[PERSON:SZABO, ISTVAN]]         [[ADDRESS:FLAT 3 29 PRINCES AVE]]               [[ZIP_CODE:HU5 3QA]]   [[PHONE_NUMBER:07533 902117]]     2    11.0  JD014482032GB
[[PERSON:MWANGI, ESTHER]]        [[ADDRESS:UNIT 7 BRUNEL COURT]]                 [[ZIP_CODE:SN2 2PJ]]   [[PHONE_NUMBER:01793 440 218]]    1    0.8   JD014482033GB
[[PERSON:OKAFOR, CHIDI]]         [[ADDRESS:2 THE MALTINGS, MILL LANE]]           [[ZIP_CODE:CO7 9HX]]   [[PHONE_NUMBER:07401 556 730]]    3    18.6  JD014482034GB""",
    """{"reg_id": "EVT24-0117", "attendee": "[[PERSON:Fernanda Ruiz]]", "email": "[[EMAIL_ADDRESS:fernanda.ruiz@unam.mx]]", "ticket": "Speaker", "dietary": "vegetarian", "org": "UNAM", "country": "[[LOCATION:Mexico]]"}
{"reg_id": "EVT24-0118", "attendee": "[[PERSON:Hiroshi Tanaka]]", "email": "[[EMAIL_ADDRESS:h.tanaka@kyoto-u.ac.jp]]", "ticket": "Standard", "dietary": null, "org": "Kyoto University", "country": "[[LOCATION:Japan]]"}
{"reg_id": "EVT24-0121", "attendee": "[[PERSON:Amelia Cho]]", "email": "[[EMAIL_ADDRESS:ameliacho.research@gmail.com]]", "ticket": "Student", "dietary": "halal", "org": "", "country": "[[LOCATION:Australia]]"}
{"reg_id": "EVT24-0124", "attendee": "[[PERSON:Obinna Eze]]", "email": "[[EMAIL_ADDRESS:obinna.eze@unn.edu.ng]]", "ticket": "Standard", "dietary": "none", "org": "University of Nigeria", "country": "[[LOCATION:Nigeria]]"}""",
    """volunteers:
  - name: [[PERSON:Marguerite Ellison]]
    phone: "[[PHONE_NUMBER:(503) 555-0147]]"
    shift: Saturday AM
    role: food bank intake
  - name: [[PERSON:Tran Van Long]]
    phone: "[[PHONE_NUMBER:(503) 555-0172]]"
    shift: Saturday PM
    role: driver
    licence_checked: true
  - name: [[PERSON:Ruth Abernathy-Cole]]
    phone: ""
    email: [[EMAIL_ADDRESS:ruthac@comcast.net]]
    shift: Sunday
    role: sorting""",
    """Pupil: [[PERSON:Isla Fergusson]]
Class: P4B
Date of birth: [[DATE_TIME:12/03/2016]]
Home address: [[ADDRESS:7 Rowan Drive]], [[LOCATION:Kirkcaldy]] [[ZIP_CODE:KY2 6LT]]
Contact 1: [[PERSON:Morag Fergusson]] (mother) [[PHONE_NUMBER:07712 448301]]
Contact 2: [[PERSON:Stuart Fergusson]] (father) [[PHONE_NUMBER:07940 118 276]]
Medical: nut allergy, EpiPen in office

Pupil: [[PERSON:Yusuf Demir]]
Class: P4B
Date of birth: [[DATE_TIME:28/08/2015]]
Home address: [[ADDRESS:Flat 1/2, 33 Victoria Road]], [[LOCATION:Kirkcaldy]] [[ZIP_CODE:KY1 1DH]]
Contact 1: [[PERSON:Elif Demir]] (mother) [[PHONE_NUMBER:07588 302 914]]
Contact 2:
Medical: none""",
    """LoanNo,Borrower,SSN,DOB,Principal,Rate,Status,Branch
LN-20931,[[PERSON:Cedric Fontenot]],[[US_SSN:437-81-2209]],[[DATE_TIME:1983-05-14]],185000.00,6.25,Current,[[LOCATION:Lafayette]]
LN-20944,[[PERSON:Maribel Soto-Ayala]],[[US_SSN:588-20-7361]],[[DATE_TIME:1990-12-02]],92000.00,7.10,30DPD,[[LOCATION:Baton Rouge]]
LN-20957,[[PERSON:Gordon Whitfield III]],[[US_SSN:219-46-0837]],[[DATE_TIME:1961-08-29]],410500.00,5.875,Current,[[LOCATION:New Orleans]]
LN-20960,[[PERSON:LaToya Broussard]],[[US_SSN:462-03-9914]],[[DATE_TIME:1977-03-06]],64250.00,8.40,Forbearance,[[LOCATION:Lafayette]]""",
    """| Student ID | Surname      | Given names       | Programme             | Yr | Email                              | Nationality |
|------------|--------------|-------------------|-----------------------|----|------------------------------------|-------------|
| [[ID_NUMBER:2204817]]    | [[PERSON:Abubakar]]     | [[PERSON:Zainab Hadiza]]     | BSc Pharmacology      | 2  | [[EMAIL_ADDRESS:z.abubakar@student.lboro.ac.uk]]     | [[NRP:Nigerian]]    |
| [[ID_NUMBER:2204902]]    | [[PERSON:Nguyen]]       | [[PERSON:Thi Mai Anh]]       | MSc Data Science      | 1  | [[EMAIL_ADDRESS:t.m.a.nguyen@student.lboro.ac.uk]]   | [[NRP:Vietnamese]]  |
| [[ID_NUMBER:2103355]]    | [[PERSON:Whitworth]]    | [[PERSON:Oliver James]]      | BEng Civil Eng.       | 3  | [[EMAIL_ADDRESS:o.j.whitworth@student.lboro.ac.uk]]  | [[NRP:British]]     |
| [[ID_NUMBER:2301148]]    | [[PERSON:Al-Sabah]]     | [[PERSON:Fahad]]             | MBA                   | 1  | [[EMAIL_ADDRESS:f.al-sabah@student.lboro.ac.uk]]     | [[NRP:Kuwaiti]]     |""",
    """MSISDN,SUB_NAME,ID_TYPE,ID_NO,ACT_DATE,PLAN,ICCID
[[PHONE_NUMBER:254722418093]],[[PERSON:AKINYI OTIENO]],NATIONAL_ID,[[ID_NUMBER:29418773]],[[DATE_TIME:2023-11-02]],POSTPAY_1500,89254021004118223301
[[PHONE_NUMBER:254711093382]],[[PERSON:MOHAMED ABDI HASSAN]],NATIONAL_ID,[[ID_NUMBER:33091284]],[[DATE_TIME:2024-01-15]],PREPAY,89254021004118223319
[[PHONE_NUMBER:254790441176]],[[PERSON:GRACE WAMBUI NDUNGU]],PASSPORT,[[ID_NUMBER:AK0918273]],[[DATE_TIME:2024-02-29]],POSTPAY_3000,89254021004118223327
[[PHONE_NUMBER:254733208815]],[[PERSON:JOSEPH KIPCHOGE]],ALIEN_ID,[[ID_NUMBER:1004827]],[[DATE_TIME:2024-03-08]],PREPAY,89254021004118223335""",
    """Policy#\tInsured\tDOB\tRisk address\tPostcode\tCover\tPremium
HH-448120\t[[PERSON:Mrs P. Andersson]]\t[[DATE_TIME:19.04.1952]]\t[[ADDRESS:Rose Cottage, Back Lane]], [[LOCATION:Thornton-le-Dale]]\t[[ZIP_CODE:YO18 7RR]]\tBuildings+Contents\t£612.40
HH-448137\t[[PERSON:Mr Kwame Asare]]\t[[DATE_TIME:02.12.1979]]\t[[ADDRESS:41 Stanley Road]], [[LOCATION:Bootle]]\t[[ZIP_CODE:L20 7BY]]\tContents\t£188.00
HH-448151\t[[PERSON:Ms Harriet Lyle-Bennett]]\t[[DATE_TIME:27.06.1988]]\t[[ADDRESS:Apartment 12, Quayside Mill, 5 Dock Street]], [[LOCATION:Leeds]]\t[[ZIP_CODE:LS10 1NE]]\tContents\t£143.75
HH-448152\t[[PERSON:Dr Sunil Varma]]\t[[DATE_TIME:11.01.1970]]\t[[ADDRESS:9 Grange Park Avenue]], [[LOCATION:Wilmslow]]\t[[ZIP_CODE:SK9 4AB]]\tBuildings+Contents\t£955.10""",
    """CASE NO.        PARTIES                                        HEARING                 CTRM  JUDGE
FAM-24-01182    [[PERSON:Delgado]], [[PERSON:Ana]] v. [[PERSON:Delgado]], [[PERSON:Ramón]]                    [[DATE_TIME:06/11/2024 09:00]]        4B    [[TITLE:Hon.]] [[PERSON:P. Okonkwo]]
CIV-23-40917    [[PERSON:Whitaker]], [[PERSON:Lewis]] v. Crestview Apartments LLC         [[DATE_TIME:06/11/2024 10:30]]        7A    [[TITLE:Hon.]] [[PERSON:R. Feinberg]]
SC-24-00733     [[PERSON:Nakashima]], [[PERSON:Emi]] v. [[PERSON:Ortiz]], [[PERSON:Hector]]                 [[DATE_TIME:06/11/2024 13:30]]        2     [[TITLE:Hon.]] [[PERSON:D. Mbatha]]
CR-24-11820     State v. [[PERSON:Pruitt]], [[PERSON:Travis Lee]]                       [[DATE_TIME:06/12/2024 08:30]]        9     [[TITLE:Hon.]] [[PERSON:P. Okonkwo]]""",
    """{"member_no": "[[ID_NUMBER:FL-0928817]]", "name": "[[PERSON:Keanu Makoa]]", "checkin": "[[DATE_TIME:2024-05-06T06:02:11]]", "club": "[[LOCATION:Kapolei]]", "plan": "Black Card"}
{"member_no": "[[ID_NUMBER:FL-0930042]]", "name": "[[PERSON:Daniela Ferreira]]", "checkin": "[[DATE_TIME:2024-05-06T06:05:48]]", "club": "[[LOCATION:Kapolei]]", "plan": "Classic"}
{"member_no": "[[ID_NUMBER:FL-0871203]]", "name": "[[PERSON:Mr. Ho]]", "checkin": "[[DATE_TIME:2024-05-06T06:19:30]]", "club": "[[LOCATION:Kapolei]]", "plan": "Classic"}
{"member_no": "[[ID_NUMBER:FL-0912255]]", "name": "[[PERSON:Leilani K.]]", "checkin": "[[DATE_TIME:2024-05-06T06:31:02]]", "club": "[[LOCATION:Ewa Beach]]", "plan": "Black Card"}""",
    """ customer_id |     full_name      |     dob     |   id_type   |  id_number   | risk  | pep
-------------+--------------------+-------------+-------------+--------------+-------+-----
 [[ID_NUMBER:400118273]]   | [[PERSON:Rohan Sebastian]]    | [[DATE_TIME:1986-09-21]]  | NRIC        | [[ID_NUMBER:S8204417E]]    | low   | f
 [[ID_NUMBER:400118291]]   | [[PERSON:Tan Hui Min]]        | [[DATE_TIME:1990-02-07]]  | NRIC        | [[ID_NUMBER:S9012847G]]    | low   | f
 [[ID_NUMBER:400118304]]   | [[PERSON:Arjun Menon]]        | [[DATE_TIME:1977-11-30]]  | FIN         | [[ID_NUMBER:F7712390M]]    | med   | f
 [[ID_NUMBER:400118322]]   | [[PERSON:Siti Nurhaliza Osman]] | [[DATE_TIME:2003-06-15]]  | NRIC        | [[ID_NUMBER:T0391822F]]    | low   | f
(4 rows)""",
    """"Name","Spouse","Street","City","Phone","Anniversary"
"[[PERSON:Abernathy, Harold]]","[[PERSON:June]]","[[ADDRESS:118 Pecan St]]","[[LOCATION:Tyler]]","[[PHONE_NUMBER:903-555-0161]]","[[DATE_TIME:June 4]]"
"[[PERSON:Boateng, Kwesi]]","[[PERSON:Akosua]]","[[ADDRESS:2207 Glenwood Dr]]","[[LOCATION:Tyler]]","[[PHONE_NUMBER:903-555-0188]]","[[DATE_TIME:Sept 17]]"
"[[PERSON:Castillo, Rosa]]","","[[ADDRESS:41 County Rd 2140]]","[[LOCATION:Whitehouse]]","[[PHONE_NUMBER:903-555-0103]]",""
"[[PERSON:Dupree, Marcus]] & [[PERSON:Lynette]]","","[[ADDRESS:906 W Rusk St]]","[[LOCATION:Tyler]]","","[[DATE_TIME:Nov 22]]\"""",
    """| Speaker | Talk | Handle | LinkedIn |
|---|---|---|---|
| [[PERSON:Dr. Nkechi Amadi]] | Federated learning for rural clinics | @[[USERNAME:nkechi_ml]] | [[URL:https://www.linkedin.com/in/nkechi-amadi-phd]] |
| [[PERSON:Santiago Herrera]] | Scaling Postgres to 10TB | @[[USERNAME:santiherrera]] | [[URL:linkedin.com/in/santiagoherrera-dev]] |
| [[PERSON:Linnea Berg]] | Accessibility is not a feature | | [[URL:https://linkedin.com/in/linneaberg]] |
| [[PERSON:Raj Iyer]] | Keynote | @[[USERNAME:rajiyer]] | |""",
    """Tenant: [[PERSON:Mohammed Al-Farsi]]
Unit: [[ADDRESS:Apt 4C, 2150 N Lamar Blvd]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78705]]
Lease start: [[DATE_TIME:08/01/2023]]
Lease end: [[DATE_TIME:07/31/2024]]
Monthly rent: $1,640.00
Security deposit: $1,640.00
Balance due: $0.00
Emergency contact: [[PERSON:Layla Al-Farsi]], [[PHONE_NUMBER:512-555-0139]]
Vehicle: 2016 Honda Civic, plate [[ID_NUMBER:RKT-4471]]""",
    """Nom;Prénom;Date de naissance;Licence;Téléphone;Courriel;Catégorie;Certificat médical
[[PERSON:MOREAU]];[[PERSON:Léa]];[[DATE_TIME:14/06/2009]];[[ID_NUMBER:2109448120]];[[PHONE_NUMBER:06 12 88 40 73]];[[EMAIL_ADDRESS:famille.moreau@orange.fr]];U15 F;oui
[[PERSON:DIALLO]];[[PERSON:Mamadou]];[[DATE_TIME:02/01/2008]];[[ID_NUMBER:2108337409]];[[PHONE_NUMBER:07 68 21 95 30]];;U17 M;oui
[[PERSON:NGUYEN]];[[PERSON:Camille]];[[DATE_TIME:29/10/2010]];[[ID_NUMBER:2110552917]];[[PHONE_NUMBER:06 45 03 17 82]];[[EMAIL_ADDRESS:c.nguyen.parents@free.fr]];U15 F;non
[[PERSON:ROUSSEAU]];[[PERSON:Hugo]];[[DATE_TIME:17/03/2008]];[[ID_NUMBER:2108401186]];;[[EMAIL_ADDRESS:hugo.rousseau08@gmail.com]];U17 M;oui""",
    """PersNr\tNachname\tVorname\tGeburtsdatum\tSV-Nummer\tEintritt\tKostenstelle\tIBAN
[[ID_NUMBER:40117]]\t[[PERSON:Huber]]\t[[PERSON:Maximilian]]\t[[DATE_TIME:12.05.1994]]\t[[ID_NUMBER:5125 120594]]\t[[DATE_TIME:01.03.2020]]\t4100\t[[IBAN_CODE:AT08 1200 0527 1839 0446]]
[[ID_NUMBER:40122]]\t[[PERSON:Kovačević]]\t[[PERSON:Ivana]]\t[[DATE_TIME:28.08.1991]]\t[[ID_NUMBER:6344 280891]]\t[[DATE_TIME:15.07.2021]]\t4100\t[[IBAN_CODE:AT91 1420 0200 1099 8877]]
[[ID_NUMBER:40139]]\t[[PERSON:Leitner]]\t[[PERSON:Johann]]\t[[DATE_TIME:06.12.1963]]\t[[ID_NUMBER:1479 061263]]\t[[DATE_TIME:01.10.1998]]\t2200\t[[IBAN_CODE:AT92 3200 0000 7321 6549]]
[[ID_NUMBER:40140]]\t[[PERSON:Yilmaz]]\t[[PERSON:Elif]]\t[[DATE_TIME:19.03.2000]]\t[[ID_NUMBER:8032 190300]]\t[[DATE_TIME:02.01.2024]]\t2200\t""",
    """nome_completo,cpf,data_nascimento,curso,turno,celular,responsavel
[[PERSON:Ana Beatriz Gonçalves]],[[ID_NUMBER:418.203.957-23]],[[DATE_TIME:11/04/2007]],Técnico em Enfermagem,Noturno,[[PHONE_NUMBER:(11) 97418-2230]],[[PERSON:Sandra Gonçalves]]
[[PERSON:Kauã Henrique da Silva]],[[ID_NUMBER:772.019.384-95]],[[DATE_TIME:23/09/2006]],Técnico em Informática,Matutino,[[PHONE_NUMBER:(11) 98830-4471]],[[PERSON:Marcos da Silva]]
[[PERSON:Yasmin Oliveira Rocha]],[[ID_NUMBER:301.928.475-97]],[[DATE_TIME:02/02/2005]],Técnico em Enfermagem,Noturno,[[PHONE_NUMBER:(11) 96612-0937]],
[[PERSON:Pedro Lucas Nakamura]],[[ID_NUMBER:556.019.283-04]],[[DATE_TIME:30/12/2006]],Técnico em Informática,Vespertino,,[[PERSON:Érica Nakamura]]""",
    """Nombre,Apellido,Fecha de nacimiento,Teléfono,Seguro,No. de miembro,Cita
[[PERSON:Guadalupe]],[[PERSON:Ramírez Torres]],[[DATE_TIME:03/17/1972]],[[PHONE_NUMBER:(559) 555-0124]],Medi-Cal,[[ID_NUMBER:91827364A]],[[DATE_TIME:05/21/2024 8:30]]
[[PERSON:José]],[[PERSON:Hernández]],[[DATE_TIME:11/02/1958]],[[PHONE_NUMBER:(559) 555-0190]],Medicare,[[ID_NUMBER:4TQ7-WD2-JK81]],[[DATE_TIME:05/21/2024 9:00]]
[[PERSON:Yesenia]],[[PERSON:Morales]],[[DATE_TIME:07/30/1995]],[[PHONE_NUMBER:(559) 555-0117]],Sin seguro,,[[DATE_TIME:05/21/2024 9:30]]""",
    """EmployeeNo,Name,PPSN,IBAN,Gross,Tax,USC,PRSI,Net
[[ID_NUMBER:0142]],[[PERSON:Niamh Gallagher]],[[ID_NUMBER:4419273H]],[[IBAN_CODE:IE44 AIBK 9311 5212 9097 54]],3850.00,612.40,141.22,154.00,2942.38
[[ID_NUMBER:0157]],[[PERSON:Tadhg O'Shea]],[[ID_NUMBER:9022814V]],[[IBAN_CODE:IE26 BOFI 9000 1720 3948 51]],2975.00,398.10,88.47,119.00,2369.43
[[ID_NUMBER:0163]],[[PERSON:Joanna Kaczmarek]],[[ID_NUMBER:2784519M]],[[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]],3120.00,441.00,97.13,124.80,2457.07""",
    """id|first|middle|last|preferred|dob|gender|marital|nationality|addr1|addr2|city|county|postcode|country|tel_home|tel_mobile|email_personal|email_work|emerg_name|emerg_tel|start_date|dept|grade
1|[[PERSON:Rebecca]]|[[PERSON:Anne]]|[[PERSON:Thornbury]]|[[PERSON:Becky]]|[[DATE_TIME:1985-04-11]]|F|Married|[[NRP:British]]|[[ADDRESS:22 Ferndale Road]]||[[LOCATION:Swindon]]|[[LOCATION:Wiltshire]]|[[ZIP_CODE:SN2 1HA]]|[[LOCATION:UK]]|[[PHONE_NUMBER:01793 512204]]|[[PHONE_NUMBER:07823 400918]]|[[EMAIL_ADDRESS:becky.thornbury@gmail.com]]|[[EMAIL_ADDRESS:r.thornbury@westcotegroup.co.uk]]|[[PERSON:Paul Thornbury]]|[[PHONE_NUMBER:07823 400777]]|[[DATE_TIME:2015-09-01]]|HR|G5
2|[[PERSON:Emmanuel]]||[[PERSON:Osei-Bonsu]]||[[DATE_TIME:1992-12-30]]|M|Single|[[NRP:Ghanaian]]|[[ADDRESS:Flat 9]]|[[ADDRESS:Kestrel House, 3 Wharf Road]]|[[LOCATION:Reading]]|[[LOCATION:Berkshire]]|[[ZIP_CODE:RG1 3EX]]|[[LOCATION:UK]]||[[PHONE_NUMBER:07405 228 190]]|[[EMAIL_ADDRESS:e.oseibonsu@outlook.com]]|[[EMAIL_ADDRESS:e.osei-bonsu@westcotegroup.co.uk]]|[[PERSON:Abena Osei-Bonsu]]|[[PHONE_NUMBER:+233 24 551 8820]]|[[DATE_TIME:2022-03-14]]|Finance|G3
3|[[PERSON:Wojciech]]|[[PERSON:Piotr]]|[[PERSON:Zając]]|[[PERSON:Wojtek]]|[[DATE_TIME:1979-07-02]]|M|Divorced|[[NRP:Polish]]|[[ADDRESS:15 Orchard Way]]||[[LOCATION:Chippenham]]|[[LOCATION:Wiltshire]]|[[ZIP_CODE:SN14 6DW]]|[[LOCATION:UK]]|||[[EMAIL_ADDRESS:wzajac79@wp.pl]]|[[EMAIL_ADDRESS:w.zajac@westcotegroup.co.uk]]|||[[DATE_TIME:2011-05-23]]|Operations|G4""",
    """name,phone
Aunty [[PERSON:Folake]],[[PHONE_NUMBER:07956 118 402]]
Uncle [[PERSON:Dayo]],[[PHONE_NUMBER:07402 339 871]]
[[PERSON:Bisi]] (cousin),[[PHONE_NUMBER:+234 803 225 9017]]
[[PERSON:Tunde]],[[PHONE_NUMBER:07711 904 366]]
[[PERSON:Mrs Adeyemi]] next door,[[PHONE_NUMBER:0121 464 3308]]""",
    """email
[[EMAIL_ADDRESS:karen.pettigrew@hotmail.com]]
[[EMAIL_ADDRESS:j.b.oyelowo@gmail.com]]
info@thegreenbarn.co.uk
[[EMAIL_ADDRESS:mrsdlamini72@yahoo.co.za]]
[[EMAIL_ADDRESS:rahul.d.sharma@rediffmail.com]]
accounts@harbourfish.com.au
[[EMAIL_ADDRESS:n.kowalski@onet.pl]]""",
    """STOP  PUPIL                   YR  GUARDIAN                  CONTACT
01    [[PERSON:Ava Mitchell]]            3   [[PERSON:Kerry Mitchell]]            [[PHONE_NUMBER:0412 330 987]]
01    [[PERSON:Noah Mitchell]]           1   [[PERSON:Kerry Mitchell]]            [[PHONE_NUMBER:0412 330 987]]
03    [[PERSON:Wiremu Tane]]             5   [[PERSON:Huia Tane]]                 [[PHONE_NUMBER:0438 912 045]]
04    [[PERSON:Zara Nasser]]             2   [[PERSON:Omar Nasser]]               [[PHONE_NUMBER:(07) 4638 2219]]
06    [[PERSON:Lachlan O'Dea]]           6   [[PERSON:B. O'Dea]]                  [[PHONE_NUMBER:0400 771 562]]""",
    """{"id":"[[ID_NUMBER:cus_8820431]]","name":"[[PERSON:Thandiwe Zulu]]","email":"[[EMAIL_ADDRESS:thandiwe.zulu@webmail.co.za]]","phone":"[[PHONE_NUMBER:+27 71 448 2093]]","tier":"gold","ltv":18420.5,"last_order":"2024-04-28"}
{"id":"[[ID_NUMBER:cus_8820467]]","name":"[[PERSON:Pieter Botha]]","email":"[[EMAIL_ADDRESS:pbotha@icloud.com]]","phone":null,"tier":"silver","ltv":2210.0,"last_order":"2024-03-02"}
{"id":"[[ID_NUMBER:cus_8820502]]","name":"[[PERSON:Nomvula Khoza]]","email":"[[EMAIL_ADDRESS:nomvula.k@gmail.com]]","phone":"[[PHONE_NUMBER:082 339 1176]]","tier":"bronze","ltv":310.25,"last_order":"2024-05-11"}""",
    """rsvps:
  - guest: [[PERSON:Imogen Hartley]]
    plus_one: [[PERSON:Theo Grant]]
    attending: yes
    meal: fish
    address: "[[ADDRESS:3 Mill Cottages, Upper Street]], [[LOCATION:Dedham]], [[ZIP_CODE:CO7 6DT]]"
  - guest: [[PERSON:Priya Ramanathan]]
    plus_one: null
    attending: yes
    meal: vegetarian
    address: "[[ADDRESS:88 Holloway Road]], [[LOCATION:London]] [[ZIP_CODE:N7 8JG]]"
  - guest: Great-Aunt [[PERSON:Maeve]]
    attending: no
    note: sending a card""",
    """| Donor No. | Name | Blood Grp | Last donation | Mobile |
|---|---|---|---|---|
| [[ID_NUMBER:D-448201]] | [[PERSON:Kiran Bhatt]] | O- | [[DATE_TIME:02-Mar-2024]] | [[PHONE_NUMBER:98211 40392]] |
| [[ID_NUMBER:D-448217]] | [[PERSON:Fatima Sheikh]] | B+ | [[DATE_TIME:19-Jan-2024]] | [[PHONE_NUMBER:99300 18274]] |
| [[ID_NUMBER:D-448230]] | [[PERSON:Anil D'Souza]] | AB+ | | [[PHONE_NUMBER:+91 90040 55218]] |
| [[ID_NUMBER:D-448244]] | [[PERSON:Meenakshi Iyer]] | A+ | [[DATE_TIME:27-Apr-2024]] | [[PHONE_NUMBER:98676 20043]] |""",
    """Child\tDOB\tVaccine\tDate given\tBatch\tClinic
[[PERSON:Olivia Tamihana]]\t[[DATE_TIME:2023-08-14]]\tMMR (dose 1)\t[[DATE_TIME:2024-08-15]]\tMR8841A\t[[LOCATION:Porirua]]
[[PERSON:Leo Fa'alogo]]\t[[DATE_TIME:2023-09-02]]\tPCV10\t[[DATE_TIME:2024-06-03]]\tPN2209C\t[[LOCATION:Porirua]]
[[PERSON:Mia Zhang]]\t[[DATE_TIME:2023-11-30]]\tRotavirus\t[[DATE_TIME:2024-01-26]]\tRV1183\t[[LOCATION:Tawa]]
[[PERSON:Arlo Henare]]\t[[DATE_TIME:2024-01-07]]\t6-in-1 (dose 2)\t[[DATE_TIME:2024-05-10]]\tHX0920\t[[LOCATION:Tawa]]""",
    """bib,first,last,age,gender,club,country,emergency_contact,emergency_phone
1042,[[PERSON:Eliud]],[[PERSON:Kiptanui]],[[AGE:29]],M,Iten Athletics,[[LOCATION:KEN]],[[PERSON:Ruth Kiptanui]],[[PHONE_NUMBER:+254 711 438 902]]
1043,[[PERSON:Sinead]],[[PERSON:Delaney]],[[AGE:41]],F,Rathfarnham WSAF,[[LOCATION:IRL]],[[PERSON:Colm Delaney]],[[PHONE_NUMBER:+353 86 118 4420]]
1044,[[PERSON:Kenji]],[[PERSON:Morita]],[[AGE:35]],M,,[[LOCATION:JPN]],,
1045,[[PERSON:Anna-Lena]],[[PERSON:Schulte]],[[AGE:52]],F,LG Ratio Münster,[[LOCATION:GER]],[[PERSON:Jörg Schulte]],[[PHONE_NUMBER:+49 171 4428093]]""",
    """patient_name: [[PERSON:Walter Hendricks]]
patient_id: [[ID_NUMBER:PT-0099182]]
date_of_birth: [[DATE_TIME:1944-01-19]]
age: [[AGE:80]]
sex: male
address: [[ADDRESS:612 Elm Street]], [[LOCATION:Sioux Falls]], [[LOCATION:SD]] [[ZIP_CODE:57104]]
phone: [[PHONE_NUMBER:605-555-0142]]
insurance_id: [[ID_NUMBER:8MR4-PV2-HK67]]
primary_care: [[PERSON:Dr. Inga Solheim]]
allergies: sulfa
last_visit: [[DATE_TIME:2024-04-02]]""",
    """Conf#    Guest                     Arr         Dep         Room  Pax  Loyalty#       Notes
884120   [[PERSON:Schneider/Katrin]] [[TITLE:Ms]]      [[DATE_TIME:12-Jun-24]]   [[DATE_TIME:15-Jun-24]]   412   1    [[ID_NUMBER:HH 41 882 0097]]  late arrival
884133   [[PERSON:Okwuosa/Emeka]] [[TITLE:Mr]]         [[DATE_TIME:12-Jun-24]]   [[DATE_TIME:13-Jun-24]]   508   2                 airport pickup
884137   [[PERSON:Al-Khatib/Rana]] [[TITLE:Dr]]        [[DATE_TIME:13-Jun-24]]   [[DATE_TIME:17-Jun-24]]   221   1    [[ID_NUMBER:HH 40 119 2284]]  accessible room
884151   [[PERSON:Wright/Jonathan]] [[TITLE:Mr]]       [[DATE_TIME:13-Jun-24]]   [[DATE_TIME:14-Jun-24]]   309   2                 anniversary, champagne""",
    """REC  LAST            FIRST      MI DOB       SEX SSN        ZIP
0001 [[PERSON:PETROVIC]]        [[PERSON:DRAGAN]]     [[PERSON:M]]  [[DATE_TIME:19580412]]  M   [[US_SSN:398112047]]  [[ZIP_CODE:60629]]
0002 [[PERSON:WASHINGTON]]      [[PERSON:TAMIKA]]     [[PERSON:L]]  [[DATE_TIME:19811130]]  F   [[US_SSN:321904418]]  [[ZIP_CODE:60617]]
0003 [[PERSON:NGUYEN]]          [[PERSON:MINH]]          [[DATE_TIME:19990706]]  M   [[US_SSN:355281109]]  [[ZIP_CODE:60640]]
0004 [[PERSON:O'MALLEY]]        [[PERSON:BRIDGET]]    [[PERSON:K]]  [[DATE_TIME:19670218]]  F   [[US_SSN:342770591]]  [[ZIP_CODE:60655]]""",
    """| Request | Customer | Number to port | Losing carrier | Account PIN | Port date |
|---|---|---|---|---|---|
| PR-77120 | [[PERSON:Darius Moghadam]] | [[PHONE_NUMBER:(818) 555-0176]] | T-Mobile | 4471 | [[DATE_TIME:05/30/2024]] |
| PR-77121 | [[PERSON:Keisha Lowery]] | [[PHONE_NUMBER:(323) 555-0108]] | AT&T | 0926 | [[DATE_TIME:05/30/2024]] |
| PR-77125 | [[PERSON:Benjamin Ashkenazi]] | [[PHONE_NUMBER:(310) 555-0151]] | Verizon | 8812 | [[DATE_TIME:05/31/2024]] |""",
    """ClaimRef,Claimant,LossDate,VehicleReg,ThirdParty,Adjuster,Reserve
MTR-240411,[[PERSON:Ms. Charlotte Nkemelu]],[[DATE_TIME:2024-04-02]],[[ID_NUMBER:LB71 XKC]],[[PERSON:G. Pearson]],[[USERNAME:adj_hkhan]],4200
MTR-240418,[[PERSON:Mr. Arturo Benedetti]],[[DATE_TIME:2024-04-05]],[[ID_NUMBER:KN19 OPW]],,[[USERNAME:adj_hkhan]],1850
MTR-240433,[[PERSON:Mr. Vikram Sethi]],[[DATE_TIME:2024-04-09]],[[ID_NUMBER:YD68 RRU]],unknown (fled scene),[[USERNAME:adj_lmorgan]],9600""",
    """[
  {"alumni_id": "[[ID_NUMBER:A19-22048]]", "name": "[[PERSON:Prof. Adaeze Okoli]]", "class_of": 1994, "degree": "PhD Chemistry", "email": "[[EMAIL_ADDRESS:aokoli@chem.ox.ac.uk]]", "pledge": 5000},
  {"alumni_id": "[[ID_NUMBER:A19-30771]]", "name": "[[PERSON:Samuel Hirsch]]", "class_of": 2008, "degree": "BA Economics", "email": "[[EMAIL_ADDRESS:sam.hirsch@gmail.com]]", "pledge": 250},
  {"alumni_id": "[[ID_NUMBER:A19-41190]]", "name": "[[PERSON:Meera Pillai]]", "class_of": 2015, "degree": "MSc Public Health", "email": "[[EMAIL_ADDRESS:meera.pillai@who-fellows.org]]", "pledge": null}
]""",
    """Barcode\tPatron\tAddress\tPhone\tCard expires\tFines
[[ID_NUMBER:29018004471203]]\t[[PERSON:Lindqvist, Agnes]]\t[[ADDRESS:44 Harbor View Rd]], [[LOCATION:Duluth]] [[LOCATION:MN]]\t[[PHONE_NUMBER:218-555-0116]]\t2025-03-31\t0.00
[[ID_NUMBER:29018004471211]]\t[[PERSON:Yellowhorse, Daniel]]\t[[ADDRESS:1809 E 4th St]], [[LOCATION:Duluth]] [[LOCATION:MN]]\t\t2024-11-30\t2.40
[[ID_NUMBER:29018004471229]]\t[[PERSON:Mbeki, Grace]]\t[[ADDRESS:PO Box 318]], [[LOCATION:Hermantown]] [[LOCATION:MN]]\t[[PHONE_NUMBER:218-555-0177]]\t2026-01-15\t0.00""",
    """res_no,driver_name,dl_state,dl_number,dob,pickup,return,vehicle_class
R88120,[[PERSON:Stephanie Cruz-Whitman]],[[LOCATION:CA]],[[US_DRIVER_LICENSE:D4418203]],[[DATE_TIME:1988-02-19]],[[DATE_TIME:2024-07-03 10:00]],[[DATE_TIME:2024-07-08 10:00]],SUV
R88124,[[PERSON:Bradley Okafor]],[[LOCATION:NY]],[[US_DRIVER_LICENSE:482 910 337]],[[DATE_TIME:1975-10-09]],[[DATE_TIME:2024-07-03 14:30]],[[DATE_TIME:2024-07-05 14:30]],Compact
R88131,[[PERSON:Lucía Paredes]],[[LOCATION:FL]],[[US_DRIVER_LICENSE:P632-418-88-710-0]],[[DATE_TIME:1988-10-30]],[[DATE_TIME:2024-07-04 09:15]],[[DATE_TIME:2024-07-11 09:15]],Minivan""",
    """| Alert ID | Customer | Acc No | Counterparty IBAN | Amount (EUR) | Country |
|---|---|---|---|---|---|
| AML-0931 | [[PERSON:Viktor Sorokin]] | [[ID_NUMBER:0048829103]] | [[IBAN_CODE:CH56 0483 5012 3456 7800 9]] | 48,900.00 | [[LOCATION:Switzerland]] |
| AML-0934 | [[PERSON:Leyla Mammadova]] | [[ID_NUMBER:0048830417]] | [[IBAN_CODE:DE45 7601 0085 0092 8374 65]] | 9,950.00 | [[LOCATION:Germany]] |
| AML-0940 | [[PERSON:Jean-Baptiste Kabila]] | [[ID_NUMBER:0048831552]] | [[IBAN_CODE:FR76 3000 3036 2000 0502 6147 701]] | 12,400.00 | [[LOCATION:France]] |""",
    """Permit,Resident,Address,Plate,Zone,Expires
RP-2291,[[PERSON:H. Okonjo]],[[ADDRESS:17 Cavendish Road]],[[ID_NUMBER:MA21 TXU]],C,31/12/2024
RP-2292,[[PERSON:Siobhan Garvey]],[[ADDRESS:17A Cavendish Road]],[[ID_NUMBER:BK68 LPO]],C,31/12/2024
RP-2310,[[PERSON:Ravinder Gill]],[[ADDRESS:3 Albany Terrace]],[[ID_NUMBER:SF19 HJD]],C,30/06/2025
RP-2315,[[PERSON:Ms T. Baptiste]],[[ADDRESS:Flat C, 41 Albany Terrace]],[[ID_NUMBER:Y446 KRN]],C,30/06/2025""",
    """Claim: small claims filing summary
Claimant: [[PERSON:Aroha Ngata]]
Claimant address: [[ADDRESS:27 Kowhai Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]]
Claimant phone: [[PHONE_NUMBER:021 903 4418]]
Respondent: [[PERSON:Bryce Halliday]] t/a Halliday Roofing
Respondent address: [[ADDRESS:PO Box 2281]], [[LOCATION:Tauranga]] [[ZIP_CODE:3140]]
Amount claimed: $6,850
Hearing: [[DATE_TIME:Wednesday 17 July 2024, 10:00am]], Rotorua District Court
Referee: [[PERSON:J. Maaka]]""",
    """candidate,email,phone,linkedin,stage,recruiter
[[PERSON:Sade Akinbiyi]],[[EMAIL_ADDRESS:sade.akinbiyi@gmail.com]],[[PHONE_NUMBER:+44 7412 880 193]],[[URL:https://www.linkedin.com/in/sadeakinbiyi]],Onsite,[[PERSON:Tom]]
[[PERSON:Mateusz Wrona]],[[EMAIL_ADDRESS:mateusz.wrona@proton.me]],,[[URL:https://www.linkedin.com/in/mwrona-eng/]],Phone screen,[[PERSON:Tom]]
[[PERSON:Isabelle Fournier]],[[EMAIL_ADDRESS:isa.fournier@gmail.com]],[[PHONE_NUMBER:+33 6 20 44 81 97]],,Offer,[[PERSON:Hannah]]
[[PERSON:Kofi Annan-Mensah]],[[EMAIL_ADDRESS:kofi.am@outlook.com]],[[PHONE_NUMBER:+44 7700 118 402]],[[URL:linkedin.com/in/kofi-annan-mensah]],Rejected,[[PERSON:Hannah]]""",
    """Rx#\tPatient\tDOB\tPhone\tDrug\tQty\tPrescriber
7730218\t[[PERSON:Bernadette Kowalczyk]]\t[[DATE_TIME:01/09/1950]]\t[[PHONE_NUMBER:(614) 555-0173]]\tAtorvastatin 40mg\t90\t[[PERSON:Dr. E. Fairbanks]]
7730224\t[[PERSON:Tyrone Mitchell]]\t[[DATE_TIME:08/22/1984]]\t[[PHONE_NUMBER:(614) 555-0120]]\tSertraline 50mg\t30\t[[PERSON:Dr. S. Qadir]]
7730231\t[[PERSON:Mei Chen]]\t[[DATE_TIME:12/03/2001]]\t\tAmoxicillin 500mg\t21\t[[PERSON:Dr. S. Qadir]]
7730240\t[[PERSON:Ricardo Alvarez]]\t[[DATE_TIME:04/14/1967]]\t[[PHONE_NUMBER:(614) 555-0158]]\tMetformin 1000mg\t180\t[[PERSON:Dr. E. Fairbanks]]""",
    """Member No,Name,ID No,KRA PIN,Phone,Branch,Shares (KES)
[[ID_NUMBER:MS-004412]],[[PERSON:Jane Wanjiku Mwangi]],[[ID_NUMBER:24418093]],[[ID_NUMBER:A002918374K]],[[PHONE_NUMBER:0712 448 903]],[[LOCATION:Nyeri]],42000
[[ID_NUMBER:MS-004418]],[[PERSON:Samuel Kiprotich Rono]],[[ID_NUMBER:30918277]],[[ID_NUMBER:A009182733P]],[[PHONE_NUMBER:0798 220 114]],[[LOCATION:Eldoret]],18500
[[ID_NUMBER:MS-004431]],[[PERSON:Fatuma Ali Said]],[[ID_NUMBER:27730419]],,[[PHONE_NUMBER:0733 601 285]],[[LOCATION:Mombasa]],9000""",
    """| Adm No | Student | Father's Name | DOB | Aadhaar | Class |
|---|---|---|---|---|---|
| [[ID_NUMBER:2024/118]] | [[PERSON:Aarav Sharma]] | [[PERSON:Vikas Sharma]] | [[DATE_TIME:14-07-2018]] | [[ID_NUMBER:5293 8471 0263]] | I-A |
| [[ID_NUMBER:2024/119]] | [[PERSON:Saanvi Reddy]] | [[PERSON:K. Srinivas Reddy]] | [[DATE_TIME:02-11-2018]] | [[ID_NUMBER:8301 9274 6559]] | I-A |
| [[ID_NUMBER:2024/121]] | [[PERSON:Mohd. Ayaan]] | [[PERSON:Mohd. Imran]] | [[DATE_TIME:29-01-2019]] | | I-B |
| [[ID_NUMBER:2024/124]] | [[PERSON:Ishita Banerjee]] | [[PERSON:Sourav Banerjee]] | [[DATE_TIME:18-05-2018]] | [[ID_NUMBER:2774 0518 3922]] | I-B |""",
    """account_opening_date,customer_name,bvn,nin,phone,dob,state_of_origin,branch
[[DATE_TIME:2024-04-02]],[[PERSON:Chiamaka Nwachukwu]],[[ID_NUMBER:22391804771]],[[ID_NUMBER:70918273645]],[[PHONE_NUMBER:08034418820]],[[DATE_TIME:1996-08-11]],[[LOCATION:Anambra]],[[LOCATION:Ikeja]]
[[DATE_TIME:2024-04-02]],[[PERSON:Musa Ibrahim Danjuma]],[[ID_NUMBER:22104928831]],,[[PHONE_NUMBER:07062299104]],[[DATE_TIME:1988-03-27]],[[LOCATION:Kano]],[[LOCATION:Ikeja]]
[[DATE_TIME:2024-04-03]],[[PERSON:Oluwatobi Adeleke]],[[ID_NUMBER:22518800293]],[[ID_NUMBER:41820093716]],[[PHONE_NUMBER:09018827733]],[[DATE_TIME:2001-12-05]],[[LOCATION:Oyo]],[[LOCATION:Lekki]]""",
    """UNIT     RESIDENT                 NRIC        CONTACT      VEHICLE
#03-07   [[PERSON:Goh Swee Lan]]             [[ID_NUMBER:S7733019D]]   [[PHONE_NUMBER:9738 2210]]    [[ID_NUMBER:SKH 4418 C]]
#05-12   [[PERSON:Rajendran s/o Muthu]]      [[ID_NUMBER:S6918244E]]   [[PHONE_NUMBER:8122 0937]]    -
#08-01   [[PERSON:Chloe Tan Xin Yi]]         [[ID_NUMBER:T0482915D]]   [[PHONE_NUMBER:9011 4472]]    [[ID_NUMBER:SMB 2291 K]]
#11-04   [[PERSON:Mark Robinson]]            [[ID_NUMBER:F2847193U]]   [[PHONE_NUMBER:9655 1803]]    -""",
    """{"player": "[[PERSON:Tamati Ngata]]", "dob": "[[DATE_TIME:2009-05-30]]", "grade": "U15", "school": "Rotorua Boys' High", "parent": "[[PERSON:Mere Ngata]]", "parent_phone": "[[PHONE_NUMBER:027 448 1902]]", "nhi": "[[ID_NUMBER:ZKD4477]]"}
{"player": "[[PERSON:Finn O'Connor]]", "dob": "[[DATE_TIME:2009-09-14]]", "grade": "U15", "school": "John Paul College", "parent": "[[PERSON:Kate O'Connor]]", "parent_phone": "[[PHONE_NUMBER:021 118 7745]]", "nhi": ""}
{"player": "[[PERSON:Sione Taufa]]", "dob": "[[DATE_TIME:2010-01-22]]", "grade": "U15", "school": "Western Heights High", "parent": "[[PERSON:Losana Taufa]]", "parent_phone": "[[PHONE_NUMBER:022 309 5581]]", "nhi": "[[ID_NUMBER:PQL8809]]"}""",
    """students:
  - name: [[PERSON:Harper Nguyen]]
    year: 9
    subjects: [maths, chemistry]
    guardian: {name: [[PERSON:Linh Nguyen]], mobile: "[[PHONE_NUMBER:0421 887 340]]", email: [[EMAIL_ADDRESS:linh.nguyen.family@gmail.com]]}
  - name: [[PERSON:Arjun Kapoor]]
    year: 11
    subjects: [physics]
    guardian: {name: [[PERSON:Neha Kapoor]], mobile: "[[PHONE_NUMBER:0433 205 198]]", email: null}
  - name: [[PERSON:Matilda Hughes]]
    year: 7
    subjects: [english, maths]
    guardian: {name: [[PERSON:Sam Hughes]], mobile: "", email: [[EMAIL_ADDRESS:samhughes@iinet.net.au]]}""",
    """Client,SIN,DOB,Province,Phone,Spouse,Spouse SIN,Filing status
"[[PERSON:Gagnon, Sylvie]]",[[ID_NUMBER:520 193 848]],[[DATE_TIME:1964-03-09]],[[LOCATION:QC]],[[PHONE_NUMBER:514-555-0166]],"[[PERSON:Gagnon, Réjean]]",[[ID_NUMBER:192 837 409]],filed
"[[PERSON:Singh, Manpreet]]",[[ID_NUMBER:448 172 031]],[[DATE_TIME:1990-07-21]],[[LOCATION:ON]],[[PHONE_NUMBER:905-555-0131]],,,in progress
"[[PERSON:Whitehorse, Colleen]]",[[ID_NUMBER:600 339 188]],[[DATE_TIME:1979-12-01]],[[LOCATION:MB]],[[PHONE_NUMBER:204-555-0109]],"[[PERSON:Whitehorse, Dale]]",[[ID_NUMBER:733 910 285]],awaiting slips""",
    """Learner\tGrade\tID Number\tHome language\tParent\tCell
[[PERSON:Lerato Molefe]]\t10\t[[ID_NUMBER:0805120183084]]\tSetswana\t[[PERSON:Dineo Molefe]]\t[[PHONE_NUMBER:072 448 1190]]
[[PERSON:Jaden van Wyk]]\t10\t\tAfrikaans\t[[PERSON:Riaan van Wyk]]\t[[PHONE_NUMBER:083 220 7714]]
[[PERSON:Ayanda Zungu]]\t11\t[[ID_NUMBER:0709260931080]]\tisiZulu\t[[PERSON:Sibusiso Zungu]]\t[[PHONE_NUMBER:061 993 0482]]""",
    """| Emp ID | Name | SSS | PhilHealth | Pag-IBIG | TIN |
|---|---|---|---|---|---|
| [[ID_NUMBER:PH-3092]] | [[PERSON:Reyes, Maria Lourdes A.]] | [[ID_NUMBER:33-4418209-1]] | [[ID_NUMBER:01-025518830-4]] | [[ID_NUMBER:1210-4418-2093]] | [[ID_NUMBER:418-220-937-000]] |
| [[ID_NUMBER:PH-3097]] | [[PERSON:Bautista, John Paul C.]] | [[ID_NUMBER:34-1192083-7]] | [[ID_NUMBER:12-200931847-2]] | [[ID_NUMBER:1211-0093-4471]] | |
| [[ID_NUMBER:PH-3104]] | [[PERSON:Villanueva, Kristine Joy]] | [[ID_NUMBER:35-0028814-5]] | | [[ID_NUMBER:1212-7730-1185]] | [[ID_NUMBER:602-118-440-000]] |""",
    """Membership No,Surname,First Name,DOB,Address,Eircode,Mobile,Fee Paid
[[ID_NUMBER:GAA-1182]],[[PERSON:Ó Súilleabháin]],[[PERSON:Pádraig]],[[DATE_TIME:03/05/1999]],"[[ADDRESS:Ardnagashel]], [[LOCATION:Bantry]], [[LOCATION:Co. Cork]]",[[ZIP_CODE:P75 YX28]],[[PHONE_NUMBER:087 441 2093]],Y
[[ID_NUMBER:GAA-1190]],[[PERSON:Fitzgerald]],[[PERSON:Aoife]],[[DATE_TIME:21/11/2004]],"[[ADDRESS:12 Glengarriff Road]], [[LOCATION:Bantry]]",[[ZIP_CODE:P75 KD04]],[[PHONE_NUMBER:086 220 9173]],Y
[[ID_NUMBER:GAA-1203]],[[PERSON:Kowalski]],[[PERSON:Tomasz]],,"[[ADDRESS:Apt 3, The Quay]], [[LOCATION:Bantry]]",,[[PHONE_NUMBER:083 118 7720]],N""",
    """BADGE 1
name: [[PERSON:Dr. Hamid Rezaei]]
company: Meridian Biotech
title: VP Clinical Operations
badge_type: Speaker

BADGE 2
name: [[PERSON:Lucy Fairbrother]]
company: NHS England
title: Programme Lead
badge_type: Delegate

BADGE 3
name: [[PERSON:Chidi Nnaji]]
company: (self-employed)
title: Consultant
badge_type: Delegate""",
    """First Name,Last Name,Email,Phone,Zip,Notes
[[PERSON:Kathy]],[[PERSON:O'Donnell]],[[EMAIL_ADDRESS:kathyodonnell@aol.com]],[[PHONE_NUMBER:617.555.0184]],[[ZIP_CODE:02127]],
[[PERSON:brian]],[[PERSON:lee]],[[EMAIL_ADDRESS:BRIANLEE1975@GMAIL.COM]],,[[ZIP_CODE:2144]],zip missing leading 0
,,[[EMAIL_ADDRESS:sunny.patel@verizon.net]],[[PHONE_NUMBER:(781)5550133]],[[ZIP_CODE:01803]],no name given
[[PERSON:Ngozi]],,[[EMAIL_ADDRESS:ngozi.e@hotmail]],[[PHONE_NUMBER:+1 857 555 0146]],,bounced - bad domain
[[PERSON:Dmitri]],[[PERSON:Volkov]],[[EMAIL_ADDRESS:dvolkov@mit.edu]],[[PHONE_NUMBER:617 555 0112 x204]],[[ZIP_CODE:02139-4307]],""",
    """Nurse\tBand\tMon\tTue\tWed\tThu\tFri\tMobile
[[PERSON:Adwoa Mensah]]\t5\tE\tE\tOFF\tL\tL\t[[PHONE_NUMBER:07723 118 940]]
[[PERSON:Gemma Price]]\t6\tL\tOFF\tN\tN\tOFF\t[[PHONE_NUMBER:07954 201 338]]
[[PERSON:Rizal Santos]]\t5\tOFF\tL\tL\tE\tE\t[[PHONE_NUMBER:07411 840 226]]
[[PERSON:Bogdan Ionescu]]\t5\tN\tN\tOFF\tOFF\tE\t""",
    """<table>
<tr><th>Name</th><th>Email</th><th>Membership</th><th>Renewal due</th></tr>
<tr><td>[[PERSON:Agatha Pemberton]]</td><td>[[EMAIL_ADDRESS:agatha.pemberton@btinternet.com]]</td><td>Life</td><td></td></tr>
<tr><td>[[PERSON:Jun-seo Park]]</td><td>[[EMAIL_ADDRESS:junseo.park@naver.com]]</td><td>Annual</td><td>1 Sept 2024</td></tr>
<tr><td>[[PERSON:Rhiannon Vaughan]]</td><td>[[EMAIL_ADDRESS:rhi.vaughan@icloud.com]]</td><td>Annual</td><td>14 Oct 2024</td></tr>
</table>""",
    """| Candidate No | Name | Module | Mark | Grade |
|---|---|---|---|---|
| [[ID_NUMBER:C2301884]] | [[PERSON:F. Adeyinka]] | MA2041 Linear Algebra | 68 | 2:1 |
| [[ID_NUMBER:C2301902]] | [[PERSON:L. Chowdhury]] | MA2041 Linear Algebra | 74 | 1st |
| [[ID_NUMBER:C2302117]] | [[PERSON:R. McKenna]] | MA2041 Linear Algebra | 39 | Fail |
| [[ID_NUMBER:C2302230]] | [[PERSON:Y. Haddad]] | MA2041 Linear Algebra | 55 | 2:2 |""",
    """RMA,customer,postcode,phone,item,reason,refund_to
RMA-99120,[[PERSON:Jolene Parker]],[[ZIP_CODE:T2N 1N4]],[[PHONE_NUMBER:403-555-0187]],SKU-44120-BLK,wrong size,card
RMA-99127,[[PERSON:Amir Tehrani]],[[ZIP_CODE:V5K 0A1]],[[PHONE_NUMBER:604-555-0128]],SKU-20917-GRY,damaged,store credit
RMA-99131,[[PERSON:Élise Gauthier]],[[ZIP_CODE:H2X 3Y7]],,SKU-77301-WHT,changed mind,card
RMA-99140,[[PERSON:Marcus Bellweather]],[[ZIP_CODE:K1P 5J9]],[[PHONE_NUMBER:613-555-0170]],SKU-44120-NAV,defective,card""",
]

CHAT = [
    """[10:02] [[PERSON:Brianna]] (Support): Thanks for contacting us! Who am I speaking with today?
[10:02] [[PERSON:Hector Villarreal]]: hi, [[PERSON:hector villarreal]]. my phone bill doubled this month
[10:03] [[PERSON:Brianna]] (Support): Sorry to hear that, [[PERSON:Hector]]. Can you confirm the account number and the date of birth on the account?
[10:04] [[PERSON:Hector Villarreal]]: acct [[ID_NUMBER:2204 9918 3371]], dob [[DATE_TIME:9/14/81]]
[10:04] [[PERSON:Hector Villarreal]]: the line is [[PHONE_NUMBER:956-555-0119]]
[10:06] [[PERSON:Brianna]] (Support): Got it. I see an international day pass added on [[DATE_TIME:May 3]] for travel to [[LOCATION:Monterrey]]. I can refund $60 as a one-time courtesy.
[10:06] [[PERSON:Hector Villarreal]]: ok do it. and send the receipt to [[EMAIL_ADDRESS:hvillarreal81@gmail.com]] please""",
    """Family 🏠
[[PERSON:Bukola]]: Has anyone got Dad's passport number? The visa form wants it
[[PERSON:Tayo]]: [[ID_NUMBER:A07318829]] — expires next March
[[PERSON:Bukola]]: and his address in [[LOCATION:Ibadan]] is still [[ADDRESS:14 Ring Road]], [[LOCATION:Ibadan]] yeah?
Mum: No o, we moved in January. [[ADDRESS:7 Oluyole Extension, Off Ring Road]], [[LOCATION:Ibadan]]
[[PERSON:Tayo]]: Also his DOB is [[DATE_TIME:21/06/1956]] not 1958, they made a mistake on the last form
[[PERSON:Bukola]]: Thanks. I'll put my number [[PHONE_NUMBER:07956 228 410]] as the contact
Mum: God bless you my daughter""",
    """#cx-escalations
**[[PERSON:Priya N.]]** 11:41 AM
can someone from billing look at this one? customer [[PERSON:Joaquim Salgado]] ([[EMAIL_ADDRESS:jsalgado@sapo.pt]]) was double charged, wants refund to [[IBAN_CODE:GB52 STAN 4062 2190 3378 05]] instead of the card
**[[PERSON:Oskar Lindgren]]** 11:44 AM
on it. his customer id is [[ID_NUMBER:CX-551902]] right?
**[[PERSON:Priya N.]]** 11:44 AM
yep. he's also asking us to update his phone to [[PHONE_NUMBER:+351 936 118 402]]
**[[PERSON:Oskar Lindgren]]** 11:52 AM
done ✅ refund of £74.99 queued, ticket BIL-20931
**[[PERSON:Priya N.]]** 11:53 AM
ty @[[USERNAME:oskar.l]] 🙏""",
    """Live chat — HomeSure Claims
You are chatting with [[PERSON:Jordan]].
[[PERSON:Jordan]]: Hi there, I can help with your claim. What's your full name and policy number?
[[PERSON:Leanne Kowalski]]: [[PERSON:Leanne Kowalski]], policy HSP-00491827
[[PERSON:Jordan]]: Thanks [[PERSON:Leanne]]. And the address of the insured property?
[[PERSON:Leanne Kowalski]]: [[ADDRESS:3 Banksia Court]], [[LOCATION:Mount Gravatt]] [[LOCATION:QLD]] [[ZIP_CODE:4122]]
[[PERSON:Jordan]]: When did the storm damage happen?
[[PERSON:Leanne Kowalski]]: Sunday night, the [[DATE_TIME:24th of March]], around 9pm. Part of the carport roof came down on my car (rego [[ID_NUMBER:882 KWP]])
[[PERSON:Jordan]]: I'm sorry to hear that. A builder will call you on [[PHONE_NUMBER:0402 119 387]] within 2 business days.""",
    """Teams chat — Academic Advising
[[PERSON:Nadia Haddad]] 2:14 PM
Hi [[TITLE:Professor]] [[PERSON:Whitmore]], this is [[PERSON:Nadia]] from your Tuesday seminar. I was in hospital from [[DATE_TIME:Oct 2]] to [[DATE_TIME:Oct 6]] and missed the midterm. My student number is [[ID_NUMBER:1008847215]].
[[PERSON:Gordon Whitmore]] 2:31 PM
Sorry to hear that, [[PERSON:Nadia]]. Please send the medical note to the department. We can schedule a deferred exam on [[DATE_TIME:Friday, October 18 at 1:00 PM]].
[[PERSON:Nadia Haddad]] 2:33 PM
Thank you! I'll email it from [[EMAIL_ADDRESS:nhaddad7@uottawa.ca]] today.""",
    """[14:03] [[PERSON:Rafael]] Corretor: Boa tarde, [[PERSON:Camila]]! Para a proposta do apartamento preciso do seu CPF e do RG
[14:07] [[PERSON:Camila Duarte]]: Oi [[PERSON:Rafael]]! CPF [[ID_NUMBER:870.342.156-26]], RG [[ID_NUMBER:28.471.903-X]]
[14:07] [[PERSON:Camila Duarte]]: meu endereço atual é [[ADDRESS:Rua dos Pinheiros, 870, apto 52]], [[LOCATION:Pinheiros]], CEP [[ZIP_CODE:05422-001]]
[14:09] [[PERSON:Rafael]] Corretor: Perfeito. A visita com o proprietário fica para [[DATE_TIME:sábado, 15/06, às 10h]]?
[14:10] [[PERSON:Camila Duarte]]: Fechado. Meu marido [[PERSON:Bruno]] vai junto, o celular dele é [[PHONE_NUMBER:(11) 99204-1187]]""",
    """[[PERSON:Danielle]] (paralegal): Heads up — [[PERSON:Mr. Okafor]]'s arraignment moved to [[DATE_TIME:Thursday 6/20 at 8:30]], Dept. 12
[[PERSON:Marcus Bell]]: Ugh. Did you tell him?
[[PERSON:Danielle]] (paralegal): Left a voicemail at [[PHONE_NUMBER:(510) 555-0198]]. His new address for the court notice is [[ADDRESS:2741 International Blvd, Apt 6]], [[LOCATION:Oakland]] [[ZIP_CODE:94601]]
[[PERSON:Marcus Bell]]: Good. Pull his booking sheet, I need his DOB for the motion
[[PERSON:Danielle]] (paralegal): [[DATE_TIME:03/02/1997]]. CII is [[ID_NUMBER:A41882039]]
[[PERSON:Marcus Bell]]: 👍""",
    """Marketplace · Study desk, barely used
[[PERSON:Wanjiku Mwangi]]: Hi, is this still available?
[[PERSON:Kevin Otieno]]: Yes it is. KSh 6,500
[[PERSON:Wanjiku Mwangi]]: Can I pick it up tomorrow evening? Where are you?
[[PERSON:Kevin Otieno]]: [[ADDRESS:Hse 14, Riverside Gardens, Riverside Drive]], [[LOCATION:Westlands]]. Call me when you're at the gate [[PHONE_NUMBER:0723 118 450]]
[[PERSON:Wanjiku Mwangi]]: Sawa. I'll pay by M-Pesa to that number
[[PERSON:Kevin Otieno]]: Fine, name will show as [[PERSON:KEVIN ODHIAMBO OTIENO]]""",
]

LOOKALIKE = [
    """Release notes — gateway firmware 4.12.0.7 (build 20240611.3)

- Upgrades from 4.10.2.19 and 4.11.0.255 are supported; 3.9.x must first go to 4.10.2.19.
- Fixed a crash when the DHCP pool 10.0.0.0/24 overlapped with the management VLAN (issue GW-8812).
- The default admin portal now listens on port 8443; the factory reset key combination is unchanged.
- Artifact checksums: gw-4.12.0.7.bin sha256 9f2c1e4b7a0d3386c5e21f0b4d9e8a7c16b2f05e3a4d7c9081e6f2b3a5c7d904; md5 3b1f0c9e2a7d4481b6e5c3f20a9d1e77
- Bundled libraries: openssl 3.0.13, zlib 1.3.1, busybox 1.36.1.
- Units with serial numbers GW4-2311-000481 to GW4-2311-009920 need the bootloader patch BL-1.0.4 first.
- Documentation: see the Installation Guide (ISBN 978-0-201-61622-4 is cited for the queueing model in Appendix C).
Support: support@gatewayco.example, +1 800 555 0100 (Mon–Fri, 8–6 ET).""",
    """Hi [[PERSON:Priya]],

Thanks for your order! Here are the details:

Order number: 114-8820391-4471022
Invoice: INV-2024-0091827 (issued 14 May 2024)
Items:
  1 × Kalman Filter Tutorial Kit — SKU KF-2210-BLU — $49.00
  2 × Newton's Cradle (large) — SKU NC-0043-L — $31.98
  1 × "Pride and Prejudice" (Penguin Classics, ISBN 9780141439518) — $9.99
Shipping: UPS Ground, tracking 1Z 999 AA1 01 2345 6784
Estimated delivery: 3–5 business days

Questions? Reply to orders@hollowbrook-store.example or call our team on 1-888-555-0142. Gift cards can be redeemed with code GIFT-7H2K-P9QX.""",
    """CODING NOTES — Q2 AUDIT (no patient identifiers)

Common mismatches this quarter:
- Hodgkin lymphoma (C81.90) coded as non-Hodgkin (C85.90) on 14 charts.
- Parkinson's disease (G20) vs. drug-induced parkinsonism (G21.11).
- Down syndrome (Q90.9) missing as a secondary diagnosis.
- Bell's palsy (G51.0) and Guillain-Barré syndrome (G61.0) swapped twice.
- Apgar scores entered in the Glasgow Coma Scale field.

The satellite clinic on Martin Luther King Jr. Boulevard and the one near the Lincoln Tunnel still use the old superbill (form rev. 2019.3.1.4). Send corrections to coding-team@clinic.example or call extension 4410. The one chart with a real problem belongs to [[PERSON:Mrs. Adelaide Okonkwo]] (MRN [[ID_NUMBER:00448127]]), whose date of birth was entered as [[DATE_TIME:02/30/1951]]; please fix it against her ID.""",
    """Network change CHG-77120 — core switch replacement, site DUB-02

Old chassis serial: FOC2214X0QK; new chassis serial: FOC2403Y1RM
Uplink MACs: 00:1A:2B:3C:4D:5E, 00:1A:2B:3C:4D:5F
Management VRF subnet: 10.40.0.0/16; loopbacks 10.255.0.1–10.255.0.8
IOS-XE target version 17.9.4.1 (do NOT use 17.3.4.1a)
Change window UUID: 5b8e1c2a-9f37-4d11-a0c2-7e3f9b4d6a10
Rollback image hash: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
Vendor TAC case: 694218807; vendor hotline +353 1 555 0199
Engineer on site: [[PERSON:Cillian Brophy]] ([[PHONE_NUMBER:087 330 4418]]); approver: network-cab@corp.example""",
    """BILL OF LADING No. MEDU8841207  — Booking 24RT0093128
Shipper: Hanseatic Pumps GmbH (DEHAM)
Consignee: Coastal Irrigation Supply Pty Ltd (AUBNE)
Notify party: [[PERSON:Rohan Desai]], import coordinator, [[EMAIL_ADDRESS:rohan.desai.imports@gmail.com]]
Containers: CSQU3054383 (40' HC, seal 884120), MSCU4820196 (20' GP, seal 884121)
HS codes: 8413.70.00, 8481.80.90
Commercial invoice: HP-INV-2024-05531, Incoterms FOB DEHAM
Vessel/voyage: MSC Ingrid / 412S, ETA AUBNE 28 Jun
Carrier customer service: +61 7 5555 0100, cs.au@carrier.example""",
    """RECHNUNG Nr. 2024-004471
Rechnungsdatum: 14.05.2024   Kundennummer: K-20931 (Firma)
Empfänger: Alpenblick Tischlerei GmbH
UID-Nr.: ATU63391824   Firmenbuch: FN 448120 k, Landesgericht Innsbruck

Pos.  Artikelnr.     Bezeichnung                     Menge   Preis
1     HF-2210-EI     Hartholzplatte Eiche 40 mm       12      € 1.104,00
2     SCH-0043-V2    Schraubenset V2 (Torx 25)         3      €    57,90
3     LEIM-D3-5KG    Holzleim D3, 5 kg                 2      €    71,60

Zahlbar innerhalb 14 Tagen ohne Abzug. Bei Fragen: buchhaltung@holzhandel-tirol.example, Tel. +43 5332 555 100.
Ihr Ansprechpartner: [[TITLE:Ing.]] [[PERSON:Markus Holzer]], Durchwahl 112""",
    """Incident INC-2024-11820 (P3) — intermittent 502s on checkout

Timeline (UTC): first alert 09:12, mitigated 09:47, resolved 10:05.
Request IDs sampled: req_8f2a91c4e7, req_0b77d3e912, req_55c1a0f9b3
Trace ID: 4bf92f3577b34da6a3ce929d0e0e4736
Affected pods: checkout-7c9d8f6b5-x2kqp, checkout-7c9d8f6b5-mm4wz
Upstream: payments-api v2.10.0.4 → v2.10.1.0 (semver-shaped build tags, not addresses)
Error: upstream connect error or disconnect/reset before headers. reset reason: connection termination
Root cause: connection pool limit of 128 reached after the 2.10.1.0 rollout changed keep-alive from 60s to 5s.
Follow-ups: JIRA PAY-4471, PAY-4472. Postmortem owner: payments on-call (payments-oncall@corp.example). Customer report forwarded by [[PERSON:Tomasz Lewandowski]].""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind54", STYLES, OUT)


if __name__ == "__main__":
    main()

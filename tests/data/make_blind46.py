"""Build tests/data/blind46.jsonl: a forty-sixth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind46.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its closing scaffolding
from `STYLES = {` to the end of the file (copied below); gold_sets.py in
full; and lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes and `parse()`). Not read: minimize/, recognizers/, any
test, bench/, the README, any *.jsonl set, any other make_*.py (and the
record lists of make_blind22.py), git history, log or status. The detector,
the bench and the tests were never run, on this file or otherwise. Do not
tune the detector against this set: once it has been used to tune, it no
longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (the Belgian IBANs also
carry a right national check); `gold_sets.check` re-checks cards and IBANs.
National ids with a public check digit were given a valid one, worked out
with throwaway code while writing (not generated here): NHS numbers, SIN,
Aadhaar, TFN, Australian Medicare, Singapore NRIC, Irish PPSN, South African
ids (agreeing with sex and birth date), Swedish personnummer, Belgian
rijksregisternummer, Austrian social-security numbers (agreeing with the
birth date), Swiss AHV numbers, the Brazilian CPF, a Norwegian
fodselsnummer used as a licence number, an Ontario health card, a US NPI,
and the look-alike ISBN-13s. UK NI numbers, US SSNs, PAN, RAMQ, NIN/BVN,
Kenyan ids, PhilSys, passports, licences, plates, bank account numbers and
staff, student, member and patient numbers were not checked.

Styles (ids `blind46-<style>-NNN`; 240 records):
- `bench` (98): in the manner of ai4privacy pii-masking-200k/300k/400k (odd
  mixed sentences dense with names, job titles, streets with building
  numbers, secondary addresses, IPv4/IPv6, MACs, user agents, card / CVV /
  expiry, IBAN / BIC, crypto addresses, IMEIs, VINs), gretel-pii-masking-
  en-v1 (claims, contracts, deeds, discharge summaries, loan, lease, school,
  court and consent forms, notices) and Nemotron-PII (JSON, log lines, SQL,
  XML, YAML, .env, vCard, HL7, GraphQL, Python / Java / JS snippets, email
  headers, commits, tickets and forms).
- `gen` (92): one to four sentences of "realistic sentences with personal
  data", with extra weight on home care and nursing visits, parking fines,
  bank fraud reports, job applications and references, wedding planning and
  airline lost luggage, and the rest spread widely (school, vet, pharmacy,
  gaming, social media, tax, insurance, immigration, library, dentist,
  utilities, car rental, court, daycare, university, real estate, removals,
  funeral notices, telecoms, crypto KYC, dating, rides, hotel, charity, gym,
  police, payroll, church, politics, mortgages ...); names at the start,
  middle and end, lowercase and possessive.
- `table` (35): one small table per record (CSV, semicolon CSV, TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks) with
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, family and neighbour messaging threads, team
  and gaming chat, a landlord SMS thread; speakers' names are PERSON.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  invoice, tracking and specimen refs, SKUs, ISBNs, IP-shaped versions,
  hashes, UUIDs, serials, company phones, role mailboxes, eponyms, streets
  named after people with no number), the few real values labeled; one
  (release notes) has no PII at all.
Languages: about nine records in ten in English (UK, US, Canada, Australia,
New Zealand, Ireland, India, Nigeria, Ghana, Kenya, South Africa,
Singapore, the Philippines, with names from the many cultures living
there); 27 records are in German (Austria, Switzerland), Dutch (Belgium)
and Swedish.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (Mr, Mrs, Dr, Prof, Nurse, Sir, Frau, Herr, Mevrouw,
  Hajia, Cllr, Fr., Hon., Sister as a nursing rank), labeled apart; job
  titles are not TITLE and family words (aunt, uncle, mum) stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, neighbourhood, county, state /
  province (also abbreviated) and country are LOCATION; postcodes of every
  shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, visit, move, start of a
  job, hearing, wedding, flight, incident, signature, letter ...) with a day
  or month, in any shape; a weekday or clock time said with such a date is
  inside the span, a weekday or time alone is not; not bare years,
  durations, or dates not tied to a person (invoice, release, document).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, API keys, cookies, genders, job titles,
  employers, user agents, MAC addresses, sort codes, BIC, branch and routing
  numbers, CVVs and expiries, PINs, order / ticket / claim / policy /
  booking / baggage-file / citation references, company phones and role
  mailboxes, versions, hashes, serials, IMEIs, VINs, partial numbers
  ("ending 4417"), pets, eponyms and brands named after people, header rows.
- Calls made while writing this set: table columns as in make_blind22.py
  (sex / gender / role / dept / status unlabeled, age AGE, country / state
  LOCATION, nationality NRP); an inline "street, Apt 5" is one ADDRESS span,
  a secondary address in its own field or column is its own ADDRESS; a
  leading "the" stays outside a date ("the [3rd of March]"); the timestamp
  of a log line, mail header, commit or CRM note recording a person's own
  action is DATE_TIME (like a "last login"), while ticket, invoice,
  document and permit dates are not; a payment or debit date on a person's
  own account is DATE_TIME; airport IATA codes and flight numbers are
  unlabeled, a named place (Heathrow) is LOCATION; GPS coordinates, crypto
  wallet addresses, blood type and race / ethnicity fields are unlabeled; a
  religion or political affiliation field is NRP; a doctor's NPI, a nurse's
  NMC PIN and a working-with-children check number are ID_NUMBER; a
  person's direct or work e-mail and phone are labeled, a company's main
  line or role mailbox is not; private IPs of a user's device are
  IP_ADDRESS; a person's name inside a business name ("Mama Njoki Shop") is
  unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind46.jsonl")

GEN = [
    # home care and nursing visits
    """The carer from Bluebell Home Support, [[PERSON:Joy Adeyemi]], will visit [[PERSON:Mr. Harold Pike]] ([[AGE:87]]) at [[ADDRESS:14 Mill Lane]], [[LOCATION:Kettering]] [[ZIP_CODE:NN15 6QT]] every morning from [[DATE_TIME:Monday 3 November 2025 at 8:30]]; the key safe code is 4471 and his NHS number is [[ID_NUMBER:654 936 1893]].""",
    """[[TITLE:mrs]] [[PERSON:okafor]]'s daughter called to say the nurse didn't show up on [[DATE_TIME:Thursday, Jan 9]]. patient is [[PERSON:grace okafor]], DOB [[DATE_TIME:04/17/1941]], lives at [[ADDRESS:2209 Elmhurst Ave, Apt 3B]], [[LOCATION:Dayton]], [[LOCATION:OH]] [[ZIP_CODE:45406]]. best number for the daughter is [[PHONE_NUMBER:937-555-0148]].""",
    """District nurse [[PERSON:Kylie Nguyen]] dressed the leg ulcer of [[PERSON:Desmond Ferreira]], [[AGE:79]], at his unit at [[ADDRESS:6/41 Beach Road]], [[LOCATION:Christies Beach]] [[LOCATION:SA]] [[ZIP_CODE:5165]], on [[DATE_TIME:12 Feb 2025, 10:40 am]]. The next visit is booked for [[DATE_TIME:Friday the 14th]] and his Medicare number is [[ID_NUMBER:3586 82181 1]].""",
    """Hi, this is [[PERSON:Mireille Tremblay]] calling about my father [[PERSON:Jean-Guy Tremblay]]'s home care hours through the CLSC. He's [[AGE:91]] now and his health card is [[ID_NUMBER:TREJ 3405 1218]]. You can reach me at [[PHONE_NUMBER:514-555-0193]] or at [[EMAIL_ADDRESS:mireille.tremblay@videotron.ca]].""",
    """Physiotherapy at home for [[PERSON:Kamala Iyer]] (age [[AGE:74]]) is scheduled on [[DATE_TIME:22-03-2025 at 5 pm]] at [[ADDRESS:Flat 12, Sai Krupa Apartments, 3rd Cross]], [[LOCATION:Malleshwaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]]. The therapist, [[PERSON:Rohit Menon]], will call on [[PHONE_NUMBER:+91 98450 31277]] before arriving.""",
    """The HSE home support service has confirmed two calls a day for [[PERSON:Peggy Brennan]] of [[ADDRESS:Cloonagh House, Ballyfarnon Road]], [[LOCATION:Boyle]], [[LOCATION:Co. Roscommon]] [[ZIP_CODE:F52 X2K7]], starting [[DATE_TIME:Monday 6th October]]. Please quote her PPS number [[ID_NUMBER:8003934Q]] on any correspondence.""",
    """Die mobile Hauskrankenpflege kommt ab [[DATE_TIME:3. März 2025]] täglich um 7:30 Uhr zu [[TITLE:Frau]] [[PERSON:Hermine Gruber]] ([[AGE:82]]), [[ADDRESS:Lerchenfelder Straße 112/4/9]], [[ZIP_CODE:1070]] [[LOCATION:Wien]]. Ihre Sozialversicherungsnummer lautet [[ID_NUMBER:2098 081142]], der Schlüssel liegt bei der Nachbarin [[TITLE:Frau]] [[PERSON:Pichler]].""",
    """Hemtjänsten i [[LOCATION:Västerås]] har bokat in ett extra besök hos [[PERSON:Gunnel Lindqvist]] på [[ADDRESS:Bäckbyvägen 27, lgh 1102]] [[DATE_TIME:torsdag den 16 januari kl. 14.00]]. Hennes personnummer är [[ID_NUMBER:610102-6802]] och dottern [[PERSON:Annika]] nås på [[PHONE_NUMBER:070-482 19 63]].""",
    """Night nurse handover: [[PERSON:Mr Albert Nwachukwu]] at [[ADDRESS:Flat 9, Cedar Court, 2 Wellington Road]] was restless; catheter changed by [[PERSON:Blessing Okoro]] on [[DATE_TIME:21/09 at 23:40]]. Son [[PERSON:Emeka]] ([[PHONE_NUMBER:07984 331 620]]) wants a call before the GP review on Wednesday.""",
    # parking fines
    """I'm appealing PCN WK48213377 issued to my car, [[ID_NUMBER:LB19 XKR]], on [[DATE_TIME:18/07/2025 at 14:52]] outside [[ADDRESS:27 Chalk Farm Road]], [[LOCATION:London]] [[ZIP_CODE:NW1 8AG]]. I was unloading shopping for my neighbour [[PERSON:Mrs. Iris Kowalczyk]], who is [[AGE:93]] and a Blue Badge holder. [[PERSON:Declan Moriarty]]""",
    """Parking citation for vehicle plate [[ID_NUMBER:8KZR214]] ([[LOCATION:CA]]), registered owner [[PERSON:Luis Enrique Bautista]], [[ADDRESS:1450 Sunnydale Ave]], [[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94134]]. Violation: street cleaning, [[DATE_TIME:Tue 09/23/2025 8:14 AM]]. Fine: $96. Citation no. 991204837.""",
    """hey [[PERSON:tom]], got a parking fine from [[LOCATION:Moreton Bay]] council for rego [[ID_NUMBER:842 ZQP]], says [[DATE_TIME:Sat 21 June at 11:06am]] in the [[LOCATION:Redcliffe]] jetty car park. wasn't me, i was at [[PERSON:shaz]]'s place in [[LOCATION:Caboolture]] all day. did you have the ute?""",
    """Dear Sir/Madam, I, [[PERSON:Harpreet Kaur Sandhu]], wish to dispute [[LOCATION:Toronto]] parking infraction notice PM 441 872 950 for licence plate [[ID_NUMBER:CKTL 482]]. The meter receipt shows payment until 3:10 p.m. on [[DATE_TIME:August 4, 2025]], and the ticket was written at 2:58 p.m. My address for reply is [[ADDRESS:88 Brickstone Crescent]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6R 3K9]].""",
    """Sehr geehrte Damen und Herren, die Ordnungsbusse Nr. 2025-118842 betreffend das Fahrzeug [[ID_NUMBER:ZH 482 117]] vom [[DATE_TIME:Mittwoch, 12. Februar 2025, 16:40 Uhr]] habe ich am selben Tag bezahlt; die Quittung liegt bei. Freundliche Grüsse, [[PERSON:Reto Brunner]], [[ADDRESS:Seefeldstrasse 214]], [[ZIP_CODE:8008]] [[LOCATION:Zürich]]""",
    """Beste, ik ontving een retributie voor parkeren in [[LOCATION:Gent]] op [[DATE_TIME:zaterdag 8 maart om 15u20]] voor nummerplaat [[ID_NUMBER:1-HKT-392]], maar op dat moment stond mijn wagen bij de garagist. Met vriendelijke groeten, [[PERSON:Lieve Van den Broeck]], [[ADDRESS:Kortrijksesteenweg 655 bus 3]], [[ZIP_CODE:9000]] [[LOCATION:Gent]]""",
    """[[PERSON:Thabo Nkosi]] received a fine from the [[LOCATION:Johannesburg]] metro police for parking on a yellow line outside [[ADDRESS:45 Jan Smuts Avenue]], [[LOCATION:Rosebank]], on [[DATE_TIME:2025/05/30]]; the notice lists vehicle registration [[ID_NUMBER:HG 27 KX GP]] and his ID number [[ID_NUMBER:7502038884084]].""",
    """Can someone explain why my wife [[PERSON:Roisin]] got a £70 charge from a private car park in [[LOCATION:Belfast]]? She was there [[DATE_TIME:Friday 3rd Jan from 13:05 to 14:20]] and paid by app under her email [[EMAIL_ADDRESS:roisin.mcgarrity@btinternet.com]]. Reg is [[ID_NUMBER:NXZ 4182]]. [[PERSON:Conor]]""",
    # bank fraud reports
    """I need to report fraud on my account. Someone used my debit card [[CREDIT_CARD:4250 0559 3074 0439]] at three online shops in the early hours of [[DATE_TIME:14 September]]. My name is [[PERSON:Abena Owusu-Ansah]], account number [[ID_NUMBER:31926819]], sort code 20-45-77, and you can call me back on [[PHONE_NUMBER:07700 914 238]].""",
    """On [[DATE_TIME:March 2, 2025 at 11:47 PM]], [[PERSON:Dolores Whitfield]] noticed a $2,340 Zelle transfer she did not authorize from her checking account [[ID_NUMBER:004418827315]]. The login came from IP [[IP_ADDRESS:185.220.101.47]], not her usual [[IP_ADDRESS:73.158.42.190]]. She can be reached at [[PHONE_NUMBER:(312) 555-0176]].""",
    """Good afternoon, my name is [[PERSON:Chukwuemeka Obi]]. ₦450,000 was debited from my account [[ID_NUMBER:0123984571]] yesterday after someone called pretending to be from the bank and asked for my BVN, [[ID_NUMBER:22184937650]]. I live at [[ADDRESS:17 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]] and my line is [[PHONE_NUMBER:0803 416 2297]].""",
    """Police report lodged by [[PERSON:Tan Mei Ling]] (NRIC [[ID_NUMBER:S8768366D]]) on [[DATE_TIME:5 Jan 2025]]: she clicked a link in a fake delivery SMS and her OCBC card ending 4417 was then charged S$3,112 in four transactions. Contact [[PHONE_NUMBER:+65 9123 4408]].""",
    """Ich möchte einen Betrugsfall melden: Von meinem Konto [[IBAN_CODE:AT55 8167 9522 1479 6087]] wurden am [[DATE_TIME:19.08.2025 um 03:12]] 1.850 Euro auf ein mir unbekanntes Konto überwiesen. [[PERSON:Markus Eder]], [[ADDRESS:Herrengasse 9]], [[ZIP_CODE:8010]] [[LOCATION:Graz]], Tel. [[PHONE_NUMBER:+43 664 218 7730]]""",
    """[[PERSON:Wanjiru Kamau]] reported a SIM swap fraud on [[DATE_TIME:Tuesday 11 March]]: her line [[PHONE_NUMBER:0722 514 806]] was moved to a new SIM and KES 86,000 left her bank account [[ID_NUMBER:1180293746]] within the hour. Her national ID number is [[ID_NUMBER:28461937]].""",
    """hello po, I'm [[PERSON:Ma. Cristina Dela Paz]], my e-wallet was hacked on [[DATE_TIME:Feb 14 2025 around 9pm]] and the scammer used the Mastercard linked to it, [[CREDIT_CARD:5515 7979 5894 5360]]. my email is [[EMAIL_ADDRESS:tina.delapaz88@yahoo.com]] and number [[PHONE_NUMBER:0917 845 2216]], pls help""",
    """Op [[DATE_TIME:vrijdag 24 januari]] kreeg [[PERSON:Marc Peeters]] een valse sms van 'itsme'; kort daarna werd er € 4.200 van zijn rekening [[IBAN_CODE:BE77 2107 4245 6442]] overgeschreven. Zijn rijksregisternummer is [[ID_NUMBER:64.09.30-739.59]] en hij is bereikbaar op [[PHONE_NUMBER:0475 32 18 90]].""",
    """Fraud team note: caller [[PERSON:Ravi Shankar Pillai]], [[AGE:71]], says a man claiming to be from our security department talked him into moving £18,000 to a 'safe account' on [[DATE_TIME:Monday 10th February]]. Payee account [[IBAN_CODE:GB62 MIDL 6312 4106 0368 15]]. Customer's own address: [[ADDRESS:5 Laburnum Grove]], [[LOCATION:Slough]] [[ZIP_CODE:SL1 3PZ]].""",
    # job applications and references
    """To whom it may concern, I am pleased to provide a reference for [[PERSON:Sadia Rahman]], who worked as a senior pharmacy technician at our [[LOCATION:Bradford]] branch from [[DATE_TIME:1 April 2019]] to [[DATE_TIME:31 January 2025]]. Please contact me, [[PERSON:Gareth Pryce]], on [[PHONE_NUMBER:01274 558 902]] or [[EMAIL_ADDRESS:g.pryce@hollinspharmacy.co.uk]] if you need more detail.""",
    """Application received: [[PERSON:Marcus T. Bell]], [[ADDRESS:3318 Greenway Dr]], [[LOCATION:Charlotte]], [[LOCATION:NC]] [[ZIP_CODE:28205]]; email [[EMAIL_ADDRESS:marcusbell.dev@gmail.com]]; portfolio [[URL:https://marcusbell.dev]]; available to start [[DATE_TIME:October 20]]. References: [[PERSON:Dana Kessler]] (former manager) and [[PERSON:Prof. Alan Whitcombe]].""",
    """Dear HR team, please find attached my resume for the Data Analyst role. I am [[PERSON:Ananya Deshpande]], [[AGE:26]], currently based in [[LOCATION:Pune]], and can join after a 30-day notice period. My PAN is [[ID_NUMBER:BQXPD4417K]] and my LinkedIn is [[URL:linkedin.com/in/ananya-deshpande-27]].""",
    """Reference check for candidate [[PERSON:Kwame Mensah-Bonsu]]: referee [[PERSON:Efua Asante]] said [[PERSON:kwame]] reported to her at the [[LOCATION:Kumasi]] office from [[DATE_TIME:March 2021]] and was "the most reliable accountant I've managed". Spoke to her on [[DATE_TIME:Wed 8 Oct, 4:15pm]] on [[PHONE_NUMBER:+233 24 418 6650]].""",
    """Hej! Jag heter [[PERSON:Elin Johansson]] och söker tjänsten som undersköterska i [[LOCATION:Göteborg]]. Jag är [[AGE:31]] år, kan börja den [[DATE_TIME:1 september]] och nås på [[PHONE_NUMBER:073-915 22 48]] eller [[EMAIL_ADDRESS:elin.johansson91@telia.com]]. Referens: [[PERSON:Maria Holm]], enhetschef.""",
    """Hi [[PERSON:Bec]], just following up on [[PERSON:Liam O'Sullivan]]'s application for the apprentice electrician role. He's [[AGE:19]], lives in [[LOCATION:Geelong]], and he's sent through his TFN, [[ID_NUMBER:992 970 128]], for payroll once he starts on the [[DATE_TIME:3rd of February]].""",
    """Arbeitszeugnis: [[TITLE:Herr]] [[PERSON:Luca Bernasconi]], geboren am [[DATE_TIME:14. Juli 1990]], war vom [[DATE_TIME:1. März 2018]] bis [[DATE_TIME:30. September 2024]] als Projektleiter in unserer Niederlassung in [[LOCATION:Bern]] tätig. Für Rückfragen steht Ihnen [[PERSON:Sandra Wyss]] unter [[PHONE_NUMBER:031 385 44 12]] gerne zur Verfügung.""",
    """My name is [[PERSON:Oluwaseun Adebayo-Williams]] and I'm applying for the night-shift warehouse position at your [[LOCATION:Mississauga]] site. I hold a valid [[LOCATION:Ontario]] G licence ([[ID_NUMBER:A4127-30958-60214]]), my SIN is [[ID_NUMBER:711 599 324]], and I can start any time after [[DATE_TIME:Nov 14]].""",
    # wedding planning
    """Hi [[PERSON:Tasha]]! Confirming the tasting for [[PERSON:Jordan]] and me on [[DATE_TIME:Saturday, April 12 at 2:00 PM]] at the [[ADDRESS:2100 Lakeshore Blvd]] venue. The wedding itself is [[DATE_TIME:September 27, 2025]]. My cell is [[PHONE_NUMBER:646-555-0122]]. Thanks, [[PERSON:Alexis Romero]]""",
    """The mehndi for [[PERSON:Priyanka]] and [[PERSON:Rohan Chauhan]] will be on [[DATE_TIME:Friday 13 June]] at her parents' house, [[ADDRESS:42 Uppingham Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE5 0QG]], with the ceremony the next day. Please RSVP to [[PERSON:Priyanka]]'s mum, [[PERSON:Meena Patel]], on [[PHONE_NUMBER:07834 226 915]].""",
    """[[PERSON:Siobhán]] and [[PERSON:Ciarán Ó Briain]] are getting married on [[DATE_TIME:Thursday 30th October 2025]] in [[LOCATION:Westport]]; the notification of intention to marry was lodged on [[DATE_TIME:4 August]], with [[PERSON:Siobhán]]'s PPSN [[ID_NUMBER:1908055U]] and [[PERSON:Ciarán]]'s [[ID_NUMBER:9778836LA]].""",
    """Lieve [[PERSON:Sofie]], we hebben de zaal in [[LOCATION:Brugge]] vastgelegd voor [[DATE_TIME:zaterdag 20 september 2025]]! Het voorschot van € 1.500 mag naar [[IBAN_CODE:BE09 9400 5009 1757]] op naam van [[PERSON:Pieter Claeys]]. Groetjes, [[PERSON:Hanne]]""",
    """Our ruracio for [[PERSON:Njeri]] is on [[DATE_TIME:22/11/2025]] in [[LOCATION:Nyeri]]; contributions by M-Pesa go to her uncle [[PERSON:Peter Maina]] on [[PHONE_NUMBER:0711 408 326]]. The church wedding follows on [[DATE_TIME:13 December]] in [[LOCATION:Nairobi]].""",
    """Coordinator checklist: couple [[PERSON:Mark Anthony Villanueva]] & [[PERSON:Kristine Joy Ramos]]; ceremony [[DATE_TIME:Dec 6, 2025, 3:00 PM]], [[LOCATION:Tagaytay]]; bride's contact [[PHONE_NUMBER:+63 917 302 5581]]; groom's email [[EMAIL_ADDRESS:markvillanueva.ph@gmail.com]]; marriage licence applied for in [[LOCATION:Quezon City]] on [[DATE_TIME:Oct 2]].""",
    """Bröllopet mellan [[PERSON:Ida Berg]] och [[PERSON:Oscar Lundgren]] hålls [[DATE_TIME:lördag 16 augusti 2025 kl. 15.00]] i [[LOCATION:Visby]]. OSA till brudens syster [[PERSON:Klara Berg]] på [[PHONE_NUMBER:076-228 41 90]] eller [[EMAIL_ADDRESS:klara.berg@gmail.com]].""",
    """Hi [[PERSON:Lerato]], the florist needs the balance of R8,400 before [[PERSON:Zanele]] and [[PERSON:Sipho Dlamini]]'s wedding on [[DATE_TIME:1 March]] at [[ADDRESS:12 Vineyard Road]], [[LOCATION:Stellenbosch]]. Pay to FNB account [[ID_NUMBER:62847193055]], branch code 250655, reference DLAMINI.""",
    # airline lost luggage
    """Lost baggage report LHRBA84213: passenger [[PERSON:Ms. Fiona MacLeod]], flight BA1482 from [[LOCATION:Glasgow]] on [[DATE_TIME:7 August 2025]]; one navy hard-shell suitcase with a yellow strap. Deliver to [[ADDRESS:Flat 2/1, 118 Hyndland Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G12 9PR]]; mobile [[PHONE_NUMBER:07911 482 336]].""",
    """my bag never showed up in [[LOCATION:denver]] after my connection in [[LOCATION:dallas]] on [[DATE_TIME:sunday 11/16]]. file ref DENAA39127. name's [[PERSON:brandon kowalski]], you can text [[PHONE_NUMBER:720-555-0183]]. it had my passport in it!! passport # [[US_PASSPORT:562894107]]""",
    """Sehr geehrte Damen und Herren, mein Koffer ist nach dem Flug OS 212 von [[LOCATION:Frankfurt]] nach [[LOCATION:Wien]] am [[DATE_TIME:Sonntag, 5. Oktober 2025]] nicht angekommen (Aktenzeichen VIEOS55721). Bitte liefern Sie ihn an [[PERSON:Katharina Steiner]], [[ADDRESS:Schubertstraße 18/2]], [[ZIP_CODE:4020]] [[LOCATION:Linz]]; Telefon [[PHONE_NUMBER:0676 913 40 22]].""",
    """Delayed bag claim: [[PERSON:Mr. Venkatesh Subramaniam]] flew 6E 2134 from [[LOCATION:Chennai]] to [[LOCATION:Delhi]] on [[DATE_TIME:14/02/2025]]; the bag with tag 6E 443219 was traced to [[LOCATION:Hyderabad]]. Please send it to [[ADDRESS:B-204, Sunrise Residency, Sector 45]], [[LOCATION:Gurugram]] [[ZIP_CODE:122003]]. Mobile [[PHONE_NUMBER:98100 47731]].""",
    """Lost property form. Name: [[PERSON:Aroha Tipene]]; flight QF 148 [[LOCATION:Auckland]]–[[LOCATION:Sydney]], [[DATE_TIME:3/5/25]]; item: black duffel with a greenstone keyring; forwarding address [[ADDRESS:9 Kereru Lane]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]], [[LOCATION:New Zealand]]; email [[EMAIL_ADDRESS:aroha.tipene@xtra.co.nz]].""",
    """Guten Tag, ich bin am [[DATE_TIME:12.04.2025]] mit LX 1613 aus [[LOCATION:Lissabon]] in [[LOCATION:Zürich]] gelandet, aber mein Gepäck fehlt noch immer (PIR ZRHLX20931). Mein Name ist [[PERSON:Nadia Keller]], [[ADDRESS:Bahnhofstrasse 44]], [[ZIP_CODE:8180]] [[LOCATION:Bülach]], Tel. [[PHONE_NUMBER:+41 79 582 16 03]].""",
    """Dear Sir, my two bags did not arrive on the [[DATE_TIME:3rd of January]] flight from [[LOCATION:London]] to [[LOCATION:Abuja]]. I am [[TITLE:Hajia]] [[PERSON:Aisha Bello]], passport number [[ID_NUMBER:B04418273]], and I can be reached on [[PHONE_NUMBER:+234 803 118 4526]].""",
    """Our family's car seat and one suitcase went missing on AC 8612 to [[LOCATION:Halifax]] on [[DATE_TIME:July 19]]. Names on the booking: [[PERSON:Priya]] and [[PERSON:Daniel Chen-Mackenzie]]. Please call [[PHONE_NUMBER:902-555-0167]]; we're staying at [[ADDRESS:57 Inglis Street]] until [[DATE_TIME:July 26]].""",
    # spread
    """[[PERSON:Mrs. Adeline Boateng]] asked that her son [[PERSON:Kofi]] ([[AGE:9]], Year 4) be collected by his aunt [[PERSON:Ama Darko]] on [[DATE_TIME:Friday 17 January]]; [[PERSON:Ama]]'s mobile is [[PHONE_NUMBER:07456 218 903]].""",
    """Patient: Biscuit (beagle, 6 yrs). Owner: [[PERSON:Gemma Hartley]], [[ADDRESS:31 Orchard Close]], [[LOCATION:Taunton]] [[ZIP_CODE:TA1 4RX]], [[PHONE_NUMBER:01823 447 190]]. Owner booked the booster for [[DATE_TIME:2 May at 9:20]].""",
    """Rx ready for pickup: [[PERSON:Hector Villanueva-Ortiz]], DOB [[DATE_TIME:11/02/1958]], metformin 500 mg x60. Insurance member ID [[ID_NUMBER:W284 619 377]]. Pharmacist on duty: [[PERSON:Dr. Ruth Abernathy]].""",
    """gg to [[USERNAME:xX_SnipeLord_Xx]] and [[USERNAME:kayla.plays]]. if anyone knows who posted [[PERSON:kayla]]'s home address ([[ADDRESS:415 Birchwood Ct]], [[LOCATION:Boise]]) in general chat, report them to the mods right now.""",
    """Just moved into our first flat in [[LOCATION:Leith]] with [[PERSON:Callum]] 🎉 housewarming on [[DATE_TIME:Sat 14th]], DM @[[USERNAME:eilidh_mcrae]] for the address!""",
    """[[PERSON:Roberta Jean Sokolowski]] (SSN [[US_SSN:412-58-9931]]) filed her return on [[DATE_TIME:April 14, 2025]] and listed her grandson [[PERSON:Tyler]], born [[DATE_TIME:June 3, 2012]], as a dependent.""",
    """Claim CLM-778201: [[PERSON:Nomvula Zulu]], [[AGE:36]], was rear-ended on [[DATE_TIME:28 February 2025]] on the N3 near [[LOCATION:Pietermaritzburg]]. Her ID number is [[ID_NUMBER:8806214490080]] and the other driver, [[PERSON:Johan Botha]], gave [[PHONE_NUMBER:083 617 2045]] as his number.""",
    """The letter for [[PERSON:Farhan Qureshi]], a [[NRP:Pakistani]] national, BRP number [[ID_NUMBER:ZX4180372]], date of birth [[DATE_TIME:09 MAR 1994]], asks him to attend a biometrics appointment on [[DATE_TIME:2 June 2025 at 10:45]] in [[LOCATION:Croydon]].""",
    """Hi [[TITLE:mr.]] [[PERSON:abubakar]], your library card [[ID_NUMBER:29014 00563 2187]] has three overdue items. Please return them or renew online before we suspend borrowing.""",
    """Reminder: [[PERSON:Mere Parata]], your appointment with [[PERSON:Dr. Sunil Kapoor]] is on [[DATE_TIME:Wed 19 Nov at 3.30pm]] at [[ADDRESS:Level 1, 220 Cuba Street]], [[LOCATION:Wellington]]. Reply C to confirm or call the practice.""",
    """Final meter reading for [[PERSON:Duc Anh Pham]], moving out of [[ADDRESS:Unit 5, 17 Hopkins St]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]] on [[DATE_TIME:30/06/2025]]; new address [[ADDRESS:88 Ballarat Rd]], [[LOCATION:Maidstone]].""",
    """Renter [[PERSON:Ingrid Solberg]], [[NRP:Norwegian]], driving licence no. [[ID_NUMBER:120485 20217]], picked up the camper on [[DATE_TIME:17 Jul 2025 09:00]] in [[LOCATION:Reykjavík]] and paid the deposit with [[CREDIT_CARD:4771 1943 0303 7782]].""",
    """The hearing in State v. [[PERSON:Derrick Lamont Hayes]] is reset to [[DATE_TIME:Monday, December 8, 2025, at 9:00 a.m.]] in Courtroom 4B. Defense counsel [[PERSON:Mariana Ocasio]] may be reached at [[EMAIL_ADDRESS:mocasio@ocasiolaw.com]].""",
    """[[PERSON:Amira Haddad]] starts at Little Maples Daycare on [[DATE_TIME:Sept 2]]; she's [[AGE:3]] and allergic to peanuts. Emergency contacts: [[PERSON:Youssef Haddad]] [[PHONE_NUMBER:(613) 555-0139]] and grandmother [[PERSON:Leila]] [[PHONE_NUMBER:(613) 555-0188]].""",
    """Admission letter: [[PERSON:Brian Otieno Ouma]], Reg. No. [[ID_NUMBER:J17/4482/2025]], is admitted to the BSc Computer Science programme in [[LOCATION:Kisumu]]; reporting date [[DATE_TIME:8th September 2025]].""",
    """Offer on [[ADDRESS:7714 Larkspur Way]], [[LOCATION:Sacramento]], [[LOCATION:CA]] [[ZIP_CODE:95823]] was submitted by [[PERSON:Kenji]] and [[PERSON:Amanda Nakamura]] on [[DATE_TIME:5/12/2025]], with closing targeted for [[DATE_TIME:June 30]]. Their agent is [[PERSON:Brenda Cho]].""",
    """Hi, this is [[PERSON:Olumide]] from the removals team. We'll be at [[ADDRESS:63 Cavendish Avenue]] at [[DATE_TIME:7am on Thursday the 21st]], so could [[PERSON:Mr Harrington]] make sure the van can park on the drive?""",
    """The death has occurred of [[PERSON:Bridget Mary Halloran]] (née [[PERSON:Cassidy]]), late of [[ADDRESS:12 Church View]], [[LOCATION:Tuam]], who died peacefully on [[DATE_TIME:4 February 2025]], aged [[AGE:88]]. Funeral Mass on [[DATE_TIME:Saturday 8 February at 11am]].""",
    """SIM registration: [[PERSON:Jomar P. Castillo]], born [[DATE_TIME:1999-08-23]], [[ADDRESS:Blk 7 Lot 22, Camella Homes]], [[LOCATION:Bacoor]], [[LOCATION:Cavite]]; PhilSys number [[ID_NUMBER:4187-2093-5516-0378]]; mobile [[PHONE_NUMBER:0995 318 7724]].""",
    """KYC failed for user [[USERNAME:satoshi_sam91]]: the selfie did not match the ID of [[PERSON:Samuel Adjei]] (DOB [[DATE_TIME:1991-02-17]]). Withdrawals are blocked until he re-uploads. Last login from [[IP_ADDRESS:41.66.203.17]].""",
    """[[PERSON:Zoe]], [[AGE:29]], [[LOCATION:Brooklyn]]. Nurse by day, terrible karaoke by night. Insta: @[[USERNAME:zoe.in.bk]]""",
    """Your driver [[PERSON:Gurpreet]] is arriving in a white Prius, plate [[ID_NUMBER:SY4 82M]]. Pickup for [[PERSON:Hannah Ruiz]] at [[ADDRESS:10153 King George Blvd]], [[LOCATION:Surrey]].""",
    """Reservation for [[TITLE:Mr]] and [[TITLE:Mrs]] [[PERSON:Okonkwo]], arriving [[DATE_TIME:Friday 24 October]], three nights; card on file [[CREDIT_CARD:5261 5984 6225 9728]], exp 09/27. Special request: a cot for baby [[PERSON:Ada]].""",
    """Gift Aid declaration: I, [[PERSON:Margaret Ellen Fairweather]], of [[ADDRESS:The Old Forge, Back Lane]], [[LOCATION:Little Snoring]], [[LOCATION:Norfolk]] [[ZIP_CODE:NR21 0JJ]], want all my donations since [[DATE_TIME:6 April 2021]] to be treated as Gift Aid donations.""",
    """Membership frozen for [[PERSON:Deepak Raman]] from [[DATE_TIME:1 Dec]] to [[DATE_TIME:15 Jan]] after his knee surgery. Member #[[ID_NUMBER:PG-2210457]].""",
    """Stolen bike report: owner [[PERSON:Jess Whitlock]], [[AGE:34]], [[ADDRESS:12A Princes Street]], [[LOCATION:Dunedin]] [[ZIP_CODE:9016]]; last seen locked outside her work on [[DATE_TIME:Tuesday 4 March around 6pm]]; frame number WTU0847H2.""",
    """Payroll update for [[PERSON:Muhammad Faizal bin Rahmat]] (NRIC [[ID_NUMBER:S9260667H]]): salary will be credited to DBS account [[ID_NUMBER:072-381944-5]] from [[DATE_TIME:25 July 2025]].""",
    """[[PERSON:Aarav Gupta]] of Class 7-B will be absent from [[DATE_TIME:10 Nov]] to [[DATE_TIME:14 Nov]] for his cousin's wedding in [[LOCATION:Jaipur]]. [[PERSON:Neha Gupta]] (mother), [[PHONE_NUMBER:+91 99300 41278]]""",
    """Aadhaar [[ID_NUMBER:2705 3034 9794]] linked to mobile [[PHONE_NUMBER:+91 94433 80217]] for [[PERSON:Lakshmi Narayanan]], [[LOCATION:Madurai]], verified on [[DATE_TIME:03/09/2025 11:42:10]].""",
    """Customer [[PERSON:Owen Pritchard]] can't get into the router admin page; his public IP is [[IP_ADDRESS:86.142.77.203]] and the MAC on the label is 3C:84:6A:1F:22:9B. Engineer visit booked for [[DATE_TIME:Thurs 6 Nov, 8am-1pm]].""",
    """Hi [[PERSON:Zainab Hussain]], your parcel was left with your neighbour at [[ADDRESS:19 Kestrel Way]] because nobody answered at [[ADDRESS:21 Kestrel Way]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK4 2LN]].""",
    """[[TITLE:Cllr]] [[PERSON:Rajinder Gill]], the [[NRP:Labour]] member for the ward, holds a surgery every second Saturday; residents can email [[EMAIL_ADDRESS:rajinder.gill@sandwell.gov.uk]] to book a slot.""",
    """[[TITLE:Fr.]] [[PERSON:Tomasz Wiśniewski]] will baptise [[PERSON:Zofia]], daughter of [[PERSON:Agnieszka]] and [[PERSON:Paweł Nowak]], on [[DATE_TIME:Sunday 9 March at 12:30]]. Both parents are [[NRP:Polish]] and [[NRP:Catholic]], and the godmother, [[PERSON:Kasia]], is flying in from [[LOCATION:Kraków]].""",
    """[[PERSON:María Guadalupe Hernández]], [[AGE:67]], a [[NRP:Mexican]] citizen and lawful permanent resident, lives with her grandson [[PERSON:Diego]] at [[ADDRESS:512 W Cesar Chavez Blvd]], [[LOCATION:San Antonio]], [[LOCATION:TX]] [[ZIP_CODE:78204]].""",
    """Visa application: [[PERSON:Chen Jiaxin]], passport [[ID_NUMBER:EK4581937]], arriving in [[LOCATION:Sydney]] on [[DATE_TIME:15/01/2026]], will stay with her sister [[PERSON:Chen Yuqing]] at [[ADDRESS:3/28 Arthur Street]], [[LOCATION:Strathfield]] [[LOCATION:NSW]] [[ZIP_CODE:2135]].""",
    """A standing order was set up by [[PERSON:Gwen Lloyd-Jones]] from [[IBAN_CODE:GB81 LOYD 6197 1675 5101 20]] to her landlord, [[PERSON:Mr. Ieuan Rees]], to run monthly from [[DATE_TIME:1 November 2025]].""",
    """Contact list: [[PERSON:Ifeoma Eze]] ([[AGE:28]], F), [[ADDRESS:5 Okpara Avenue]], [[LOCATION:Enugu]], phone [[PHONE_NUMBER:0706 883 1924]]; exposure on [[DATE_TIME:16/02/2025]] while caring for her brother [[PERSON:Obinna]].""",
    """ok so [[PERSON:jaz]] and [[PERSON:mikey o'brien]] are coming down from [[LOCATION:belfast]] on [[DATE_TIME:friday the 12th]] and staying at mine, [[PERSON:mikey]] says he'll text u from his new number [[PHONE_NUMBER:07851 603 447]]""",
    """U14 registration: [[PERSON:Tevita Fifita]], DOB [[DATE_TIME:02.09.2011]], parent [[PERSON:Salote Fifita]], [[EMAIL_ADDRESS:salote.fifita@outlook.com]], [[PHONE_NUMBER:021 448 3092]], lives in [[LOCATION:Ōtāhuhu]].""",
    """[[PERSON:Niamh Gallagher]] has lived at [[ADDRESS:Apartment 14, The Maltings, Bray Road]], [[LOCATION:Foxrock]], [[LOCATION:Dublin]] [[ZIP_CODE:D18 K2W4]] since [[DATE_TIME:March 2019]] and is applying for a mortgage with her partner, [[PERSON:Tadhg Ryan]].""",
    """Dear [[PERSON:Mr Kenji Watanabe]], your colonoscopy is booked for [[DATE_TIME:Tuesday 2 December 2025 at 08:15]] in the Endoscopy Unit. NHS No: [[ID_NUMBER:739 130 3992]]. Hospital number: [[ID_NUMBER:H0928471]].""",
    """[[PERSON:Sarie van der Merwe]] ([[AGE:81]]) collects her grant at the [[LOCATION:Upington]] post office each month; her grandson [[PERSON:Ruan]] holds power of attorney, cell [[PHONE_NUMBER:082 455 1967]].""",
]

BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    """Dear [[PERSON:Kameron]], your recent login from [[IP_ADDRESS:212.87.44.190]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36 has been flagged. As the Principal Tactics Coordinator for our [[LOCATION:North Dakota]] office, please reset your password (q9T!vr22Lm) before [[DATE_TIME:28/11/2024]].""",
    """[[PERSON:Mr. Brandt Schowalter]], please update the shipping address to [[ADDRESS:4821 Kuhn Crossing, Suite 914]], [[LOCATION:East Maryjane]], [[ZIP_CODE:60832-4471]] for the consignment billed to card [[CREDIT_CARD:6011541607277842]] (CVV 418, exp 07/27).""",
    """The 3D printing workshop will be led by [[PERSON:Zora Lindgren-Okafor]], our Lead Integration Engineer. The Wi-Fi whitelist includes her MAC 4a:7f:c2:19:0e:b3 and IPv6 [[IP_ADDRESS:2a02:c7f:8e21:4a00:5d1b:e3ff:fe42:91c7]]. Questions to [[EMAIL_ADDRESS:zora.lo@gmail.com]].""",
    """Vehicle [[ID_NUMBER:KX68 TZB]] (VIN 1HGCM82633A004352) is registered to [[PERSON:Tobias Ruecker]], [[AGE:58]], male; his insurance premium of £614.22 will be debited from IBAN [[IBAN_CODE:GB59HBUK16365389148113]], BIC HBUKGB4B.""",
    """Bitcoin refund of 0.0041 BTC to bc1q7m4x9eh2kz0t3lfy8r5dq6wnc2ujs0v4pla9xe has been processed for account holder [[PERSON:Dr. Ansel Gutkowski]] of [[LOCATION:Schinnerborough]], [[LOCATION:Bedfordshire]]. Reference the ticket from [[EMAIL_ADDRESS:ansel_gutkowski@hotmail.com]] if it fails.""",
    """Sehr geehrte [[TITLE:Frau]] [[PERSON:Jolanda Zwahlen]], Ihr Termin zur Kontoeröffnung ist am [[DATE_TIME:04.11.2025 um 14:15]]. Bitte bringen Sie Ihre AHV-Nummer [[ID_NUMBER:756.9537.3217.27]] und einen gültigen Ausweis mit. Filiale: [[ADDRESS:Kramgasse 52]], [[ZIP_CODE:3011]] [[LOCATION:Bern]].""",
    """Patient [[PERSON:Imani Achterberg]], [[AGE:44]] years, female, height 168 cm, eye colour hazel, reports recurrent migraines. Next review at [[ADDRESS:702 Beatty Pine]], [[LOCATION:Port Elian]], on [[DATE_TIME:March 9th, 2026]].""",
    """Our Forward Web Strategist, [[PERSON:Rosalind Pfannerstill]], needs IMEI 35-209900-176148-1 registered to her work phone [[PHONE_NUMBER:+1-458-722-0193]] before the [[LOCATION:Lake Tracey]] conference.""",
    """A payment of ₱12,450.00 was made with [[CREDIT_CARD:3528943221286477]] (JCB) to the merchant Lubowitz - Hand from IP [[IP_ADDRESS:121.58.233.14]]. If this wasn't you, [[PERSON:Kendrick]], call the number on the back of your card.""",
    """Meeting notes: [[PERSON:Gulnara Sadykova]] (DOB [[DATE_TIME:1983-06-19]], passport [[ID_NUMBER:N4412087]]) will present the Q3 figures at [[ADDRESS:55 Tavistock Square]], [[LOCATION:London]] [[ZIP_CODE:WC1H 9HG]] on [[DATE_TIME:17th October at 10:00]].""",
    """Hi [[PERSON:Nakia]], the loan of $14,200 in the name of [[PERSON:Nakia Hermiston-Boyle]] was disbursed to account [[ID_NUMBER:70394418]]; the next instalment is due on [[DATE_TIME:July 15th]]. Her SSN on file is [[US_SSN:573-81-2064]].""",
    """Beste [[PERSON:Wouter Van Damme]], uw nieuwe bankkaart wordt opgestuurd naar [[ADDRESS:Mechelsesteenweg 118]], [[ZIP_CODE:2018]] [[LOCATION:Antwerpen]]. Rekeningnummer [[IBAN_CODE:BE93 4358 4882 6367]], geboortedatum [[DATE_TIME:22/04/1978]], rijksregisternummer [[ID_NUMBER:78.04.22-069.64]].""",
    """Student [[PERSON:Ebony Kautzer]], [[AGE:17]], of [[ADDRESS:39164 Wolff Ramp, Apt. 580]], has been chosen for the Junior Directives Analyst internship. Contact her guardian [[PERSON:Lacey Kautzer]] at [[PHONE_NUMBER:(820) 466-9937]] before [[DATE_TIME:5 January]].""",
    """Transfer [[IBAN_CODE:DE53100783834352624635]] → [[IBAN_CODE:CH2110430827616430792]] of €7,800 initiated by [[PERSON:Cordelia Hahn]] at 10:42 PM from [[IP_ADDRESS:93.184.17.102]]; 2FA PIN 8821 was used.""",
    """Hej [[PERSON:Linnea Åkesson]]! Din nya adress [[ADDRESS:Storgatan 14B]], [[ZIP_CODE:852 30]] [[LOCATION:Sundsvall]] är registrerad. Personnummer [[ID_NUMBER:850314-7780]], mobil [[PHONE_NUMBER:+46 70 318 44 27]]. Inloggning från [[IP_ADDRESS:81.232.145.61]] den [[DATE_TIME:3 februari 2025]].""",
    """Please rotate the API credentials assigned to [[USERNAME:ksenia_bode92]] (employee [[PERSON:Ksenia Bode]], Senior Quality Liaison, [[LOCATION:Gwent]]); the current secret is sk_live_7Yh2Qp91LmZx and the account password is Bode#2291!.""",
    """Reminder for [[PERSON:Thaddeus]]: your telehealth session with [[PERSON:Dr. Winifred Osinski]] is on [[DATE_TIME:Wednesday 14/05/2025 at 16:30]]. Use the link sent to [[EMAIL_ADDRESS:t.hauck77@protonmail.com]]; device user agent on file: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15.""",
    """The unit at [[ADDRESS:6621 Nader Green, Floor 3]], [[LOCATION:Lake Dudley]], [[LOCATION:Nevada]] [[ZIP_CODE:89117]] is leased to [[PERSON:Ms. Octavia Rempel]], [[AGE:39]]. Rent of 1,950 USD is charged to [[CREDIT_CARD:2221 5814 6402 3504]] monthly.""",
    """Gender: non-binary. Name: [[PERSON:Rowan Ferry]]. Username: [[USERNAME:rferry_dev]]. Last login: [[DATE_TIME:2024-12-02 08:17:44]] from [[IP_ADDRESS:203.0.113.88]]. Job: Dynamic Markets Producer. Phone: [[PHONE_NUMBER:001-626-873-2290x114]].""",
    """To the family of [[PERSON:Bartholomew Kling]]: the memorial fund account [[IBAN_CODE:IE37BOFI37580502720093]] (BIC BOFIIE2D) remains open until the end of the month. Flowers may be sent to [[ADDRESS:Ard Na Mara, Strand Road]], [[LOCATION:Bundoran]], [[LOCATION:County Donegal]].""",
    """[[PERSON:Yusuf Dibbert]]'s driver's licence [[ID_NUMBER:DIBBE807150Y99LP]] expired on [[DATE_TIME:14 Mar]]; DVLA asked him to renew online from [[IP_ADDRESS:51.148.92.7]] and to confirm his date of birth, [[DATE_TIME:15/07/1980]].""",
    """Coordinates 51.5033, -0.1196 were logged by the tracking app of [[PERSON:Priscilla Wuckert]] (user [[USERNAME:prisw]]) at 19:03; her emergency contact, [[PERSON:Hollis]], can be reached on [[PHONE_NUMBER:07624 883 019]].""",
    """Invoice for [[PERSON:Abdiel Lueilwitz]], [[ADDRESS:Flat 44, 18 Quigley Walk]], [[LOCATION:North Kelsie]] [[ZIP_CODE:KT17 2PD]]: 3 × ergonomic chair, total £897.00, card [[CREDIT_CARD:4159-7484-8225-2405]], CVV 902, expiry 11/26.""",
    """Rapport: [[PERSON:Stefanie Gasser]] ([[AGE:38]]), wohnhaft [[ADDRESS:Mariahilfer Straße 88a/12]], [[ZIP_CODE:1070]] [[LOCATION:Wien]], Sozialversicherungsnummer [[ID_NUMBER:1419 170986]], hat am [[DATE_TIME:11. März 2025]] einen Antrag auf Pflegegeld für ihre Mutter gestellt. Telefon: [[PHONE_NUMBER:+43 1 523 84 17]].""",
    """Hey [[PERSON:Marisol]], the customer satisfaction survey link for the [[LOCATION:Port Jerrold]] branch is ready. Results go to [[EMAIL_ADDRESS:marisol.greenholt@yahoo.com]]; your staff ID [[ID_NUMBER:EMP-00371946]] gives you access until [[DATE_TIME:30 June 2025]].""",
    """The shipment to [[PERSON:Wiley Collier]], [[ADDRESS:PO Box 4471]], [[LOCATION:Kirlinport]], [[LOCATION:WY]] [[ZIP_CODE:82604]] was paid in full with Amex [[CREDIT_CARD:3453 832195 56705]]. Estimated delivery: Thursday.""",
    """[[PERSON:Ifeanyi Moen]], [[AGE:61]] years old, born on [[DATE_TIME:03/11/1963]], needs assistance with pension enrollment; his National Insurance number [[ID_NUMBER:JR 44 81 27 C]] and account [[IBAN_CODE:GB47 MIDL 7950 3726 6935 16]] are on file.""",
    """Access card request: employee [[PERSON:Haruto Schaden]], Chief Accountability Officer, badge 4471-A, desk at [[ADDRESS:1907 Pagac Trafficway, Unit 12]], [[LOCATION:Mosciskiside]]. MAC address of his laptop: 00:1B:44:11:3A:B7.""",
    """A refund of 88.90 EUR will be credited to [[IBAN_CODE:NL69ABNA1683740935]] for [[PERSON:Femke Dijkstra]] within five working days. Her customer number is [[ID_NUMBER:C-8830217]] and she used the e-mail [[EMAIL_ADDRESS:femke.dijkstra@ziggo.nl]].""",
    """Per our call, [[PERSON:Demetrius Lebsack]] (eth 0x7a3f9e21c0bD4e58A1f2b60C9d8e1F4a3B27c915) will pay the design team in crypto. He lives at [[ADDRESS:811 Hoeger Causeway]], [[LOCATION:Gislasonfurt]], age [[AGE:33]], and his SSN is [[US_SSN:245-10-8837]].""",
    """[[PERSON:Anneliese Turcotte]], could you confirm whether the conference in [[LOCATION:Port Zaria]] on the [[DATE_TIME:9th of May]] still needs your Visa [[CREDIT_CARD:4478 8676 0958 5275]] as guarantee? My number is [[PHONE_NUMBER:+44 20 7946 0321]].""",
    """Background check consent: [[PERSON:Maximilian Torp]], DOB [[DATE_TIME:8 December 1992]], driver's license [[US_DRIVER_LICENSE:T614-5528-9933]] ([[LOCATION:FL]]), current address [[ADDRESS:2284 Marvin Path]], [[LOCATION:Orlando]], [[LOCATION:FL]] [[ZIP_CODE:32806]].""",
    """Hi [[PERSON:Delfina]], your ride is confirmed: pickup at [[ADDRESS:310 Kertzmann Alley]] at 6:45 AM, drop-off at the airport. Driver [[PERSON:Cornell]] (plate [[ID_NUMBER:7HJM 293]]) will message you from the app.""",
    """The child's guardian, [[PERSON:Esperanza Quitzon]], consents to the use of her daughter's photo. Signed at [[LOCATION:Lake Keeganburgh]] on [[DATE_TIME:April 2, 2025]]. Contact: [[EMAIL_ADDRESS:equitzon@aol.com]], [[PHONE_NUMBER:785.218.4490]].""",
    """The customer account of [[PERSON:Thiago Ribeiro]], CPF [[ID_NUMBER:432.858.432-41]], was migrated to the new platform; his card [[CREDIT_CARD:6256 7042 9697 4764]] remains active and his login IP was [[IP_ADDRESS:177.92.10.245]].""",
    """Dear [[PERSON:Gaylord]], your mortgage documents for [[ADDRESS:91 Fahey Mews]], [[LOCATION:South Cassidy]] need your e-signature. Your account [[ID_NUMBER:88129403]], sort code 30-94-57, will be debited on the [[DATE_TIME:1st]]. Password hint: first pet + 1987.""",
    # in the manner of gretel-pii-masking-en-v1 (domain documents)
    """INSURANCE CLAIM FORM

Claimant: [[PERSON:Rosalind Achebe]]
Policy No.: HOM-2291-774
Date of Loss: [[DATE_TIME:January 14, 2025]]
Property Address: [[ADDRESS:418 Pinecrest Drive]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28803]]
Description: A burst pipe in the upstairs bathroom flooded the kitchen ceiling. The claimant was away visiting her sister [[PERSON:Chiamaka]] in [[LOCATION:Atlanta]] and discovered the damage on her return on [[DATE_TIME:January 17]].
Contact: [[PHONE_NUMBER:(828) 555-0172]] | [[EMAIL_ADDRESS:r.achebe@charter.net]]""",
    """EMPLOYMENT AGREEMENT

This Employment Agreement is made on [[DATE_TIME:February 3, 2025]] between Northwind Logistics LLC ("Employer") and [[PERSON:Dmitri Volkov]] ("Employee"), residing at [[ADDRESS:77 Harbor View Road, Apt 12C]], [[LOCATION:Portland]], [[LOCATION:ME]] [[ZIP_CODE:04101]]. The Employee's start date is [[DATE_TIME:March 1, 2025]]. Salary shall be paid by direct deposit to account [[ID_NUMBER:5501284937]]. Employee ID: [[ID_NUMBER:NWL-20417]].""",
    """Discharge Summary
Patient Name: [[PERSON:Harold Finnegan]]    MRN: [[ID_NUMBER:00734912]]
DOB: [[DATE_TIME:06/22/1947]]    Age: [[AGE:77]]
Admission: [[DATE_TIME:11/02/2024]]    Discharge: [[DATE_TIME:11/09/2024]]
Attending: [[PERSON:Dr. Leena Chaudhry]]
[[PERSON:Mr. Finnegan]] was admitted with community-acquired pneumonia and improved on IV antibiotics. Follow up with his PCP, [[PERSON:Dr. Samuel Ortiz]], within one week. Health plan beneficiary number: [[ID_NUMBER:HPB-448120937]].""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Aaliyah Monroe]]; Co-applicant: [[PERSON:Terrence Monroe]]
SSN (applicant): [[US_SSN:298-44-1175]]
Address: [[ADDRESS:5120 Magnolia Court]], [[LOCATION:Baton Rouge]], [[LOCATION:LA]] [[ZIP_CODE:70808]] (since [[DATE_TIME:June 2016]])
Employer: Gulf Coast Medical Center, Radiology Technician, annual income $68,400
Requested amount: $245,000 for the purchase of [[ADDRESS:8 Cypress Bend]], [[LOCATION:Prairieville]]
Signed [[DATE_TIME:04/28/2025]].""",
    """NOTICE OF LEASE TERMINATION

To: [[PERSON:Ms. Valentina Cruz]], [[ADDRESS:2450 Eastlake Avenue East, Unit 305]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98102]]

Please be advised that your tenancy will end on [[DATE_TIME:August 31, 2025]], per Section 14 of the lease signed on [[DATE_TIME:September 1, 2023]]. The security deposit of $2,100 will be returned to the account ending 6619 within 21 days of move-out.

Sincerely,
[[PERSON:Gordon Whitaker]], Property Manager, Lakeside Residential""",
    """Pharmacy Benefit Appeal
Member: [[PERSON:Lucía Fernández-Ortega]]    Member ID: [[ID_NUMBER:XJH884120377]]
Date of birth: [[DATE_TIME:September 30, 1985]]
Prescriber: [[PERSON:Dr. Mark Feldstein]], NPI [[ID_NUMBER:1487629358]]
The member requests coverage of adalimumab, denied on [[DATE_TIME:05/06/2025]]. Her rheumatologist notes failure of two prior DMARDs. Please reply to [[EMAIL_ADDRESS:lucia.fortega@gmail.com]] or fax [[PHONE_NUMBER:(505) 555-0193]].""",
    """WARRANTY DEED
KNOW ALL MEN BY THESE PRESENTS that [[PERSON:Raymond L. Pruitt]] and [[PERSON:Gloria J. Pruitt]], husband and wife, of [[LOCATION:Travis County]], [[LOCATION:Texas]], for ten dollars and other consideration, convey to [[PERSON:Samir Haddad]] the property at [[ADDRESS:1603 Bluebonnet Lane]], [[LOCATION:Austin]], [[LOCATION:Texas]] [[ZIP_CODE:78704]]. Executed this [[DATE_TIME:12th day of March, 2025]].""",
    """Customer Complaint Record
Received: [[DATE_TIME:2025-02-19]] via phone
Customer: [[PERSON:Kevin O'Donnell]], account [[ID_NUMBER:441-0098-2215]]
Summary: [[PERSON:Mr. O'Donnell]] reports that his internet has been down since [[DATE_TIME:February 16]] and a technician missed the visit scheduled for [[DATE_TIME:Feb 18, 1-5 PM]]. He works from home and asks for a credit. Callback number: [[PHONE_NUMBER:617-555-0144]].
Handled by: [[PERSON:Tanisha Green]]""",
    """INCIDENT REPORT - WORKPLACE INJURY
Employee: [[PERSON:Mateo Alvarez]] (ID [[ID_NUMBER:W-55820]])
Date/Time of incident: [[DATE_TIME:10/03/2024 14:20]]
Location: Loading Dock B, [[ADDRESS:3900 Industrial Parkway]], [[LOCATION:Fresno]], [[LOCATION:CA]]
Witness: [[PERSON:Rebecca Sloan]], forklift operator
Description: Employee's left hand was caught between a pallet and the dock door. First aid given by [[PERSON:Jamal Price]]; employee taken to urgent care. Supervisor notified at 14:35.""",
    """ANTRAG AUF WOHNBEIHILFE
Antragstellerin: [[PERSON:Sabine Hofer]], geb. [[DATE_TIME:24.07.1991]]
Versicherungsnummer: [[ID_NUMBER:7872 240791]]
Anschrift: [[ADDRESS:Landstraßer Hauptstraße 140/3/17]], [[ZIP_CODE:1030]] [[LOCATION:Wien]]
Bankverbindung: [[IBAN_CODE:AT82 6087 5482 0225 6777]]
Haushaltsmitglieder: [[PERSON:Leon Hofer]] (Sohn, geb. [[DATE_TIME:02.02.2016]])
Eingelangt am [[DATE_TIME:18.06.2025]].""",
    """Subject: Notice of Data Breach

Dear [[PERSON:Anita Krishnamurthy]],

We are writing to inform you that on [[DATE_TIME:November 21, 2024]], an unauthorized party accessed a database containing your name, address ([[ADDRESS:2817 Oakridge Trail]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75074]]), date of birth ([[DATE_TIME:1979-10-04]]) and the last four digits of your Social Security number. Your card [[CREDIT_CARD:4125 5463 4980 7267]] has been reissued. Call our dedicated line at 1-888-555-0100 with any questions.""",
    """Veterinary Clinic Consent and Estimate
Owner: [[PERSON:Pamela Nguyen-Reyes]]   Phone: [[PHONE_NUMBER:503-555-0161]]
Address: [[ADDRESS:1122 SE Division St]], [[LOCATION:Portland]], [[LOCATION:OR]] [[ZIP_CODE:97202]]
Patient: Mochi, Shiba Inu, 4 y
Procedure: dental cleaning with extractions, scheduled [[DATE_TIME:6/17/2025 at 8:00 AM]]
Estimate: $640-$890. Deposit of $200 charged to [[CREDIT_CARD:5178236263738135]].""",
    """SCHOOL ENROLLMENT FORM
Student: [[PERSON:Jaylen Brooks]]   Date of Birth: [[DATE_TIME:03/14/2014]]   Grade: 5
Parent/Guardian: [[PERSON:Monique Brooks]]   Relationship: Mother
Home address: [[ADDRESS:604 Willow Street]], [[LOCATION:Dayton]], [[LOCATION:OH]] [[ZIP_CODE:45402]]
Cell: [[PHONE_NUMBER:(937) 555-0119]]   Email: [[EMAIL_ADDRESS:moniquebrooks@att.net]]
Previous school: Westwood Elementary. Allergies: none. Student ID assigned: [[ID_NUMBER:DPS-2025-118340]]""",
    """Dit document bevestigt dat [[PERSON:Jonas Willems]], geboren op [[DATE_TIME:5 januari 1991]] te [[LOCATION:Leuven]], rijksregisternummer [[ID_NUMBER:91.01.05-815.80]], sinds [[DATE_TIME:1 september 2022]] in vast dienstverband werkt als verpleegkundige. Zijn loon wordt gestort op [[IBAN_CODE:BE62 6159 0188 4461]].""",
    """Promissory Note
For value received, [[PERSON:Trevor Maddox]] ("Borrower"), of [[ADDRESS:45 Cedar Hill Road]], [[LOCATION:Danbury]], [[LOCATION:CT]] [[ZIP_CODE:06811]], promises to pay [[PERSON:Eleanor Maddox]] ("Lender") the sum of $12,000 in monthly instalments of $500 beginning [[DATE_TIME:May 1, 2025]]. Payments to Lender's account [[ID_NUMBER:004471093852]]. Borrower's DL: [[US_DRIVER_LICENSE:139274816]] ([[LOCATION:CT]]).""",
    """Travel Expense Claim
Employee: [[PERSON:Chidinma Okeke]], Regional Sales Manager
Trip: [[LOCATION:Lagos]] to [[LOCATION:Accra]], [[DATE_TIME:14-17 April 2025]]
Corporate card: [[CREDIT_CARD:5335 9769 1621 0186]]
Hotel: Kempinski, 3 nights, GHS 6,240
Approved by [[PERSON:Babatunde Adeyemi]] on [[DATE_TIME:22 April 2025]]. Reimbursement to account [[ID_NUMBER:2041187736]].""",
    """IMMUNIZATION RECORD
Name: [[PERSON:Sofia Marchetti]]   DOB: [[DATE_TIME:2019-08-11]]   Sex: F
Parent: [[PERSON:Giulia Marchetti]], [[PHONE_NUMBER:+1 416 555 0187]]
Ontario Health Card: [[ID_NUMBER:4821-553-908-MX]]
MMR dose 2 given [[DATE_TIME:2024-09-05]] by [[PERSON:Nurse Priya Balasubramanian]] at the [[LOCATION:Etobicoke]] clinic.""",
    """Statement of Account
Account holder: [[PERSON:Mr. Graham Pettigrew]]
Address: [[ADDRESS:Flat 7, Kingsley House, 22 Marlborough Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5NP]]
Account no.: [[ID_NUMBER:40198823]]   Sort code: 40-11-62
IBAN: [[IBAN_CODE:GB91MONZ43139950077865]]
Opening balance £1,204.17. Direct debit to British Gas £84.00. Card payment at Tesco £52.31. Closing balance £1,067.86.""",
    """RENTAL APPLICATION
Applicant: [[PERSON:Yuki Tanabe]], age [[AGE:28]]
Current address: [[ADDRESS:1450 N Clark St, #904]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60610]]
Landlord reference: [[PERSON:Frank Dimarco]], [[PHONE_NUMBER:312-555-0108]]
Employer: Accenture (consultant) since [[DATE_TIME:Jan 2022]]
Pets: one cat. Desired move-in: [[DATE_TIME:July 1]].""",
    """Court Summons
Case No. 2025-CV-04418
Plaintiff: Summit Credit Union
Defendant: [[PERSON:Lorenzo Gutierrez]], [[ADDRESS:903 Mesa Verde Dr]], [[LOCATION:Albuquerque]], [[LOCATION:NM]] [[ZIP_CODE:87108]]
You are hereby summoned to appear before the Second Judicial District Court on [[DATE_TIME:June 9, 2025 at 1:30 p.m.]]. Failure to appear may result in a default judgment.""",
    """Medical Certificate
This is to certify that [[PERSON:Ms. Nokuthula Mahlangu]], ID [[ID_NUMBER:9203113705082]], was examined by me on [[DATE_TIME:12 May 2025]] and is unfit for work from [[DATE_TIME:12 May]] to [[DATE_TIME:16 May 2025]] inclusive.
[[PERSON:Dr. P. Govender]], General Practitioner, [[ADDRESS:14 Musgrave Road]], [[LOCATION:Durban]] [[ZIP_CODE:4001]]""",
    """Home Health Plan of Care
Patient: [[PERSON:Evelyn Sato]], [[AGE:84]]
Address: [[ADDRESS:2290 Kalakaua Ave, Apt 1708]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96815]]
Medicare Beneficiary Identifier: [[ID_NUMBER:4TE7-RM2-WK81]]
Skilled nursing visits 2x/week starting [[DATE_TIME:10/06/2025]]; PT evaluation [[DATE_TIME:10/08/2025 at 9:30 AM]].
Primary caregiver: daughter [[PERSON:Karen Sato]], [[PHONE_NUMBER:808-555-0152]]""",
    """Certificate of Marriage (extract)
Groom: [[PERSON:Arjun Mehta]], [[AGE:32]], [[NRP:Indian]]
Bride: [[PERSON:Claire Dubois]], [[AGE:30]], [[NRP:French]]
Date of marriage: [[DATE_TIME:14 June 2025]]
Place: [[LOCATION:Marylebone]] Register Office, [[LOCATION:London]]
Witnesses: [[PERSON:Rahul Mehta]] and [[PERSON:Sophie Laurent]]""",
    """Donor Pledge Form
Donor: [[PERSON:Hamish Abernethy]]
Address: [[ADDRESS:3 Braid Hills Drive]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH10 6GZ]]
Pledge: £25 per month by direct debit from [[DATE_TIME:1 September 2025]]
Bank: account [[ID_NUMBER:11803427]], sort code 83-20-16
Gift Aid: yes. Signature date: [[DATE_TIME:19/08/2025]]""",
    """Release of Information Authorization
I, [[PERSON:Marcus Delaney]], born [[DATE_TIME:July 7, 1969]], authorize St. Agnes Hospital to release my records from [[DATE_TIME:January 2023]] to the present to my attorney, [[PERSON:Sheila Brandt]], Esq., [[ADDRESS:250 Park Avenue South, Suite 700]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10003]].
Patient account: [[ID_NUMBER:SAH-0911273]]""",
    """Vehicle Sale Agreement
Seller: [[PERSON:Callum Fraser]], [[ADDRESS:12 Tay Street]], [[LOCATION:Perth]] [[ZIP_CODE:PH1 5LQ]]
Buyer: [[PERSON:Agnieszka Zielińska]], [[ADDRESS:5 Riverside Court]], [[LOCATION:Dundee]] [[ZIP_CODE:DD1 4HN]]
Vehicle: 2017 Ford Focus, registration [[ID_NUMBER:SN17 WKB]], VIN WF05XXGCC5HK41126
Price: £6,450, paid by bank transfer on [[DATE_TIME:02/10/2025]].""",
    """Application for Disability Parking Permit
Applicant: [[PERSON:Beatriz Oliveira]]   DOB: [[DATE_TIME:1958-04-02]]
Address: [[ADDRESS:88 Harbord Street]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5S 1G5]]
Driver's licence: [[ID_NUMBER:O4411-62085-85402]]
Practitioner: [[PERSON:Dr. Kwabena Asare]], certifies permanent mobility impairment, [[DATE_TIME:Feb 11, 2025]].""",
    """Tenant Ledger Note
[[DATE_TIME:03/02/2025]]: Tenant [[PERSON:Shauna McBride]] ([[ADDRESS:unit 4B, 218 Linden Ave]]) paid $1,150 by check #2041.
[[DATE_TIME:03/17/2025]]: Maintenance request, leaking faucet; fixed by [[PERSON:Ray]].
[[DATE_TIME:04/05/2025]]: Late fee waived after call from [[PERSON:Shauna]] at [[PHONE_NUMBER:(716) 555-0135]].""",
    """Refund Request Letter
[[DATE_TIME:21 October 2025]]
Dear Customer Relations,
I, [[PERSON:Devika Raman]], booked a holiday for myself and my husband [[PERSON:Suresh]] departing [[DATE_TIME:15 September]], which was cancelled by you. Please refund £2,318 to my card [[CREDIT_CARD:4639 3001 2571 4613]].
Yours faithfully,
[[PERSON:Devika Raman]]
[[ADDRESS:27 Bellevue Gardens]], [[LOCATION:Reading]] [[ZIP_CODE:RG1 6JT]]""",
    # in the manner of Nemotron-PII (structured and semi-structured snippets)
    """{"customer_id": "[[ID_NUMBER:CUS-448120]]", "first_name": "[[PERSON:Delphine]]", "last_name": "[[PERSON:Okoye]]", "email": "[[EMAIL_ADDRESS:delphine.okoye@fastmail.com]]", "phone": "[[PHONE_NUMBER:+1-918-555-0134]]", "dob": "[[DATE_TIME:1987-03-22]]", "address": {"street": "[[ADDRESS:1184 Willow Bend Rd]]", "city": "[[LOCATION:Tulsa]]", "state": "[[LOCATION:OK]]", "zip": "[[ZIP_CODE:74105]]"}, "card": {"number": "[[CREDIT_CARD:4251143556518856]]", "cvv": "731", "exp": "04/28"}, "tier": "gold"}""",
    """[[DATE_TIME:2025-03-14T09:22:17Z]] INFO  auth-svc login ok user=[[USERNAME:jmarlow]] src=[[IP_ADDRESS:10.44.7.219]] session=8f2c1e90
[[DATE_TIME:2025-03-14T09:22:51Z]] WARN  auth-svc password reset requested for [[EMAIL_ADDRESS:james.marlow@corvid-labs.io]] from [[IP_ADDRESS:10.44.7.219]]
[[DATE_TIME:2025-03-14T09:24:03Z]] INFO  auth-svc login failed user=[[USERNAME:tpatel]] src=[[IP_ADDRESS:172.16.30.5]] reason=bad_password""",
    """INSERT INTO patients (mrn, first_name, last_name, dob, ssn, phone, blood_type)
VALUES ('[[ID_NUMBER:MRN-0091827]]', '[[PERSON:Teodoro]]', '[[PERSON:Salcedo]]', '[[DATE_TIME:1966-12-03]]', '[[US_SSN:531-24-8870]]', '[[PHONE_NUMBER:+1 505 555 0142]]', 'A+'),
       ('[[ID_NUMBER:MRN-0091828]]', '[[PERSON:Wen]]', '[[PERSON:Zhao]]', '[[DATE_TIME:1990-05-30]]', '[[US_SSN:624-09-3318]]', '[[PHONE_NUMBER:+1 505 555 0177]]', 'O-');""",
    """<employee>
  <id>[[ID_NUMBER:E-20931]]</id>
  <name>[[PERSON:Rukhsana Begum]]</name>
  <title>Payroll Specialist</title>
  <email>[[EMAIL_ADDRESS:r.begum@hallmarkfoods.co.uk]]</email>
  <mobile>[[PHONE_NUMBER:07723 418 552]]</mobile>
  <ni_number>[[ID_NUMBER:SZ 71 40 93 B]]</ni_number>
  <start_date>[[DATE_TIME:2021-09-06]]</start_date>
  <bank><sort_code>09-01-28</sort_code><account>[[ID_NUMBER:61773019]]</account></bank>
</employee>""",
    """notifications:
  smtp_host: smtp.mailgun.org
  smtp_user: [[EMAIL_ADDRESS:priya.k@lanternhealth.in]]
  smtp_password: "Lantern@2024!"
  on_call:
    - name: [[PERSON:Priya Kulkarni]]
      phone: "[[PHONE_NUMBER:+91 98201 55417]]"
    - name: [[PERSON:Arjun Nair]]
      phone: "[[PHONE_NUMBER:+91 99670 20384]]"
  escalation_email: oncall@lanternhealth.in""",
    """def test_create_user(client):
    payload = {
        "full_name": "[[PERSON:Beatrix Holloway]]",
        "email": "[[EMAIL_ADDRESS:bea.holloway@gmail.com]]",
        "phone": "[[PHONE_NUMBER:+44 7481 229 306]]",
        "postcode": "[[ZIP_CODE:SW9 8LB]]",
        "password": "hunter2-but-longer",
    }
    resp = client.post("/api/users", json=payload)
    assert resp.status_code == 201""",
    """Ticket #44821 | Priority: High | Queue: IT Service Desk
Reporter: [[PERSON:Gabriel Ferreira]] <[[EMAIL_ADDRESS:gabriel.ferreira@brightpath.com.au]]>
Phone: [[PHONE_NUMBER:0412 884 219]]
Description: Since this morning my laptop (asset LT-20931, MAC 8C:16:45:9A:2B:E1) cannot reach the VPN. My home IP is [[IP_ADDRESS:120.148.37.92]]. I am working from [[LOCATION:Parramatta]] today.
Assigned to: [[PERSON:Mei Tanaka]]""",
    """[[IP_ADDRESS:84.17.58.203]] - - [[[DATE_TIME:14/Feb/2025:22:41:09 +0000]]] "POST /account/login HTTP/1.1" 302 512 "https://shop.example/login" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15" user=[[USERNAME:olena.hrytsenko]] cookie=sessid=a91fe2c07d""",
    """{
  "order_id": "ORD-2025-771903",
  "billing": {
    "name": "[[PERSON:Santiago Herrera Molina]]",
    "address_line1": "[[ADDRESS:1550 Brickell Ave]]",
    "address_line2": "[[ADDRESS:Apt 2204]]",
    "city": "[[LOCATION:Miami]]",
    "state": "[[LOCATION:FL]]",
    "postal_code": "[[ZIP_CODE:33129]]",
    "country": "[[LOCATION:US]]"
  },
  "payment": {"brand": "amex", "pan": "[[CREDIT_CARD:379152338882964]]", "cvv": "4417", "expiry": "2027-02"},
  "items": [{"sku": "HD-4410-BLK", "qty": 1, "price": 349.0}]
}""",
    """PATIENT INTAKE
first_name: [[PERSON:Harjit]]
last_name: [[PERSON:Dhillon]]
date_of_birth: [[DATE_TIME:1972-11-09]]
age: [[AGE:52]]
gender: male
religion: [[NRP:Sikh]]
blood_type: B+
health_plan_id: [[ID_NUMBER:BCN-77120438]]
emergency_contact: [[PERSON:Manpreet Dhillon]] ([[PHONE_NUMBER:604-555-0129]])
address: [[ADDRESS:7731 128 St]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 4E6]]""",
    """Return-Path: <[[EMAIL_ADDRESS:lorenzo.bianchi88@libero.it]]>
Received: from [[IP_ADDRESS:79.31.204.15]] by mx2.mailhost.net; [[DATE_TIME:Tue, 8 Apr 2025 07:55:12 +0200]]
From: "[[PERSON:Lorenzo Bianchi]]" <[[EMAIL_ADDRESS:lorenzo.bianchi88@libero.it]]>
To: "[[PERSON:Chiara Conti]]" <[[EMAIL_ADDRESS:chiara.conti@studiolegaleconti.it]]>
Subject: Documenti per la successione di mio padre""",
    """BEGIN:VCARD
VERSION:3.0
FN:[[PERSON:Olamide Fashola]]
N:[[PERSON:Fashola]];[[PERSON:Olamide]];;;
TEL;TYPE=CELL:[[PHONE_NUMBER:+234 809 441 7720]]
EMAIL:[[EMAIL_ADDRESS:olamide.fashola@gmail.com]]
ADR;TYPE=HOME:;;[[ADDRESS:14 Bode Thomas Street]];[[LOCATION:Surulere]];[[LOCATION:Lagos]];[[ZIP_CODE:101283]];[[LOCATION:Nigeria]]
BDAY:[[DATE_TIME:1994-07-18]]
END:VCARD""",
    """# .env.staging
DB_URL=postgres://app:Xq81!dd@db.internal:5432/crm
ADMIN_NAME="[[PERSON:Kieran Doyle]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:kieran.doyle@tidewell.ie]]
ADMIN_PHONE=[[PHONE_NUMBER:+353 87 214 6630]]
SENTRY_DSN=https://4f1e2a9b7c@o41822.ingest.sentry.io/550193
STRIPE_KEY=sk_test_51Hx9QeLk2""",
    """User u = User.builder()
    .firstName("[[PERSON:Ngozi]]")
    .lastName("[[PERSON:Eze-Uzoma]]")
    .email("[[EMAIL_ADDRESS:ngozi.eu@outlook.com]]")
    .dateOfBirth(LocalDate.parse("[[DATE_TIME:1989-04-27]]"))
    .nationalId("[[ID_NUMBER:77409123856]]")
    .build();""",
    """{"kyc_status": "approved", "applicant": {"name": "[[PERSON:Rania El-Sayed]]", "nationality": "[[NRP:Egyptian]]", "passport_no": "[[ID_NUMBER:A28841937]]", "dob": "[[DATE_TIME:12/09/1990]]", "residence": "[[LOCATION:Dubai]], [[LOCATION:UAE]]", "iban": "[[IBAN_CODE:AE699718058754261379532]]", "phone": "[[PHONE_NUMBER:+971 50 418 2273]]"}, "reviewed_by": "[[PERSON:Omar Khalil]]", "risk_score": 12}""",
    """[[DATE_TIME:Jan 22 03:14:55]] bastion-01 sshd[21877]: Accepted publickey for [[USERNAME:dkowalczyk]] from [[IP_ADDRESS:89.64.12.178]] port 51244 ssh2
[[DATE_TIME:Jan 22 03:15:02]] bastion-01 sudo: [[USERNAME:dkowalczyk]] : TTY=pts/0 ; PWD=/home/dkowalczyk ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""",
    """[HR-3312] Update emergency contact for employee
Reporter: [[PERSON:Fatima Zahra Benali]]
Labels: hr, personal-data
Description:
Please change my emergency contact from my ex-husband to my brother [[PERSON:Youssef Benali]], [[PHONE_NUMBER:+33 6 41 22 87 90]]. My employee number is [[ID_NUMBER:FR-004173]] and I moved to [[ADDRESS:12 rue des Tanneurs]], [[ZIP_CODE:67000]] [[LOCATION:Strasbourg]] on [[DATE_TIME:1 March]].""",
    """mutation {
  updateProfile(input: {
    userId: "[[ID_NUMBER:usr_58203]]",
    displayName: "[[PERSON:Camila Souza]]",
    handle: "[[USERNAME:camisouza_art]]",
    website: "[[URL:https://camilasouza.art]]",
    birthday: "[[DATE_TIME:1996-10-02]]",
    city: "[[LOCATION:Lisbon]]"
  }) { ok }
}""",
    """UPDATE customers
SET phone = '[[PHONE_NUMBER:(206) 555-0191]]',
    email = '[[EMAIL_ADDRESS:h.lindqvist@comcast.net]]',
    mailing_address = '[[ADDRESS:8801 Greenwood Ave N]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98103]]'
WHERE customer_no = '[[ID_NUMBER:C0043178]]' AND last_name = '[[PERSON:Lindqvist]]';""",
    """MSH|^~\\&|EPIC|STMARYS|LAB|STMARYS|202503041210||ADT^A01|MSG00412|P|2.5
PID|1||[[ID_NUMBER:448812093]]^^^STMARYS^MR||[[PERSON:KOWALSKI]]^[[PERSON:ANNA]]^[[PERSON:M]]||[[DATE_TIME:19560714]]|F|||[[ADDRESS:2291 ELM ST]]^^[[LOCATION:TOLEDO]]^[[LOCATION:OH]]^[[ZIP_CODE:43609]]||[[PHONE_NUMBER:(419)555-0163]]
PV1|1|I|4W^412^B||||[[ID_NUMBER:1093847]]^[[PERSON:NAKASHIMA]]^[[PERSON:KEN]]^^^[[TITLE:DR]]""",
    """{
  "personnummer": "[[ID_NUMBER:920727-5976]]",
  "fornamn": "[[PERSON:Johan]]",
  "efternamn": "[[PERSON:Ekström]]",
  "adress": "[[ADDRESS:Vasagatan 41]]",
  "postnummer": "[[ZIP_CODE:411 37]]",
  "ort": "[[LOCATION:Göteborg]]",
  "mobil": "[[PHONE_NUMBER:070-661 23 84]]",
  "epost": "[[EMAIL_ADDRESS:johan.ekstrom@bredband.net]]",
  "konto": "[[IBAN_CODE:SE4231647122955922217277]]"
}""",
    """<Kunde>
  <Anrede>[[TITLE:Herr]]</Anrede>
  <Vorname>[[PERSON:Beat]]</Vorname>
  <Nachname>[[PERSON:Imhof]]</Nachname>
  <Geburtsdatum>[[DATE_TIME:1974-02-19]]</Geburtsdatum>
  <AHVNr>[[ID_NUMBER:756.9423.8772.91]]</AHVNr>
  <Strasse>[[ADDRESS:Pilatusstrasse 22]]</Strasse>
  <PLZ>[[ZIP_CODE:6003]]</PLZ>
  <Ort>[[LOCATION:Luzern]]</Ort>
  <IBAN>[[IBAN_CODE:CH88 2295 6475 1588 2943 6]]</IBAN>
</Kunde>""",
    """Ticket 20931 – Klant: [[PERSON:Ellen Maes]] ([[EMAIL_ADDRESS:ellen.maes@telenet.be]], [[PHONE_NUMBER:+32 478 21 09 55]])
Onderwerp: factuur dubbel aangerekend
[[TITLE:Mevrouw]] [[PERSON:Maes]] meldt dat de factuur van mei twee keer van haar rekening [[IBAN_CODE:BE72 1861 6198 4516]] werd gedebiteerd. Adres: [[ADDRESS:Tiensestraat 88]], [[ZIP_CODE:3000]] [[LOCATION:Leuven]].""",
    """const testPatient = {
  id: '[[ID_NUMBER:PT-00219]]',
  name: { given: '[[PERSON:Mehmet]]', family: '[[PERSON:Yılmaz]]' },
  birthDate: '[[DATE_TIME:1983-08-15]]',
  telecom: [{ system: 'phone', value: '[[PHONE_NUMBER:+49 1521 4471903]]' }],
  address: [{ line: ['[[ADDRESS:Sonnenallee 212]]'], city: '[[LOCATION:Berlin]]', postalCode: '[[ZIP_CODE:12059]]' }],
};""",
    """[webservers]
web01.prod ansible_host=web01.int.quillbyte.io
web02.prod ansible_host=web02.int.quillbyte.io

[webservers:vars]
# maintainer: [[PERSON:Sunita Rao]] <[[EMAIL_ADDRESS:sunita.rao@quillbyte.io]]>, pager [[PHONE_NUMBER:+1 415 555 0197]]
ansible_user=deploy""",
    """commit 4e1c9d2a7b3f0e85c6d12a9f4b7e03c158d2a6e9
Author: [[PERSON:Tomás Ó Súilleabháin]] <[[EMAIL_ADDRESS:tomas.osullivan@gmail.com]]>
Date:   [[DATE_TIME:Mon Mar 10 21:14:07 2025 +0000]]

    fix: strip user email from error logs (reported by [[PERSON:Aoife Kenny]])""",
    """Customer notes export (CRM)
- [[DATE_TIME:2025-04-02 10:15]] [[PERSON:Laszlo Varga]] called about his broken dishwasher; serial DW-8821-4471; visit set for [[DATE_TIME:2025-04-07 08:00]].
- [[DATE_TIME:2025-04-07 11:40]] Tech [[PERSON:Imran]] replaced the pump; customer paid with [[CREDIT_CARD:2720 3365 2627 4165]].
- [[DATE_TIME:2025-04-09]] Follow-up email sent to [[EMAIL_ADDRESS:laszlo.varga@citromail.hu]].""",
    """{"device_registration": {"owner": "[[PERSON:Siddharth Bose]]", "employee_id": "[[ID_NUMBER:ACN-190274]]", "hostname": "SB-MBP-14", "mac": "A4:83:E7:2C:19:5F", "ipv4": "[[IP_ADDRESS:192.168.10.57]]", "ipv6": "[[IP_ADDRESS:fe80::a683:e7ff:fe2c:195f]]", "os": "macOS 14.5", "mdm": "jamf"}}""",
    """BACKGROUND SCREENING FORM (confidential)
Full name: [[PERSON:Desmond Okafor-Reid]]
SSN: [[US_SSN:508-72-1144]]
DOB: [[DATE_TIME:02/27/1988]]
Race/ethnicity: Black or African American
Political affiliation: [[NRP:Democrat]]
Prior addresses: [[ADDRESS:440 Oak St]], [[LOCATION:Oakland]], [[LOCATION:CA]] (2015–2019); [[ADDRESS:19 Hayes Rd]], [[LOCATION:Reno]], [[LOCATION:NV]]
US passport: [[US_PASSPORT:A04417329]]""",
    """## Postmortem: payroll export leak (2025-02-11)
On [[DATE_TIME:Feb 11 at 16:20 UTC]], [[PERSON:Hannah Lee]] noticed that the CSV attached to an internal ticket contained full bank details for 14 staff, including [[PERSON:Ravi Menon]] (account [[ID_NUMBER:11223094]]) and [[PERSON:Grace Oduya]] ([[IBAN_CODE:GB69 BARC 1974 1507 2768 01]]). The file was removed by [[PERSON:Tom Fields]] within 30 minutes.""",
    """<?xml version="1.0"?>
<claim id="CLM-55102">
  <insured dob="[[DATE_TIME:1969-01-30]]">[[PERSON:Marguerite Desrosiers]]</insured>
  <sin>[[ID_NUMBER:298 391 145]]</sin>
  <address>[[ADDRESS:3420 rue Saint-Denis]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H2X 3L3]]</address>
  <phone>[[PHONE_NUMBER:438-555-0126]]</phone>
  <loss_date>[[DATE_TIME:2025-02-09]]</loss_date>
</claim>""",
    """import requests
# quick script from [[PERSON:Nadia]] to look up a member
r = requests.get("https://api.clubhub.io/v2/members", params={"member_no": "[[ID_NUMBER:M-0047729]]", "email": "[[EMAIL_ADDRESS:nadia.farouk@icloud.com]]"}, headers={"X-Api-Key": "ck_9b1e77f0a2"})
print(r.json())""",
    """Lead record
Name: [[PERSON:Brittany Gallo]]
Company: Gallo Family Dental (owner)
Direct: [[PHONE_NUMBER:(614) 555-0158]]
Email: [[EMAIL_ADDRESS:drbgallo@gallofamilydental.com]]
Office: [[ADDRESS:2870 N High St]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43202]]
Source: web form, IP [[IP_ADDRESS:24.166.91.40]]
Notes: wants a demo on [[DATE_TIME:Thursday June 5 at 3pm ET]]; front desk main line 614-555-0100 (don't use).""",
]

TABLE = [
    """visit_id,client,dob,address,postcode,carer,visit_start,task
V-1021,[[PERSON:Edna Sharples]],[[DATE_TIME:1938-02-11]],[[ADDRESS:4 Holly Bank]],[[ZIP_CODE:OL6 9DT]],[[PERSON:Maria Santos]],[[DATE_TIME:2025-11-03 07:30]],meds prompt
V-1022,[[PERSON:Walter Greenhalgh]],[[DATE_TIME:1935-07-29]],[[ADDRESS:Flat 3, 18 Stamford Road]],[[ZIP_CODE:OL6 6QU]],[[PERSON:Maria Santos]],[[DATE_TIME:2025-11-03 08:15]],wash + breakfast
V-1023,[[PERSON:Nasreen Akhtar]],[[DATE_TIME:1949-12-01]],[[ADDRESS:77 Mossley Road]],[[ZIP_CODE:OL6 6NE]],[[PERSON:Tendai Moyo]],[[DATE_TIME:2025-11-03 09:00]],compression stockings""",
    """pcn\tvrm\tkeeper\tkeeper_address\tcontravened_at\tamount\tstatus
LS21004418\t[[ID_NUMBER:YD71 FPK]]\t[[PERSON:Aisha Mahmood]]\t[[ADDRESS:12 Harehills Lane]], [[LOCATION:Leeds]] [[ZIP_CODE:LS8 5HS]]\t[[DATE_TIME:2025-08-02 10:41]]\t£70\tpaid
LS21004421\t[[ID_NUMBER:BK19 WLO]]\t[[PERSON:Gary Lumb]]\t[[ADDRESS:3 Otley Old Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS16 6HB]]\t[[DATE_TIME:2025-08-02 11:03]]\t£35\tappealed
LS21004430\t[[ID_NUMBER:SF66 RXT]]\t[[PERSON:Joanna Wiśniewska]]\t[[ADDRESS:48 Roundhay Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS7 1AB]]\t[[DATE_TIME:2025-08-03 16:20]]\t£70\tunpaid""",
    """| Candidate | Email | Phone | Role applied | Stage | Referee |
|---|---|---|---|---|---|
| [[PERSON:Oyelaran Babs]] | [[EMAIL_ADDRESS:obabs.cv@gmail.com]] | [[PHONE_NUMBER:07440 182 993]] | Staff Nurse | Interview | [[TITLE:Sister]] [[PERSON:Janet Okon]] |
| [[PERSON:Mariana Lopes]] | [[EMAIL_ADDRESS:mariana.lopes@live.com]] | [[PHONE_NUMBER:07883 510 224]] | Healthcare Assistant | Offer | [[PERSON:Dylan Hughes]] |
| [[PERSON:Krzysztof Nowicki]] | [[EMAIL_ADDRESS:k.nowicki91@wp.pl]] | [[PHONE_NUMBER:+48 601 224 871]] | Porter | Screening | - |""",
    """FILE_REF    PASSENGER            FLIGHT   TRAVEL_DATE  CONTACT           DELIVER_TO
MANEZ44102  [[PERSON:KHAN/ZAHID]] [[TITLE:MR]]        EZY1908  [[DATE_TIME:12AUG25]]      [[PHONE_NUMBER:07912 440 385]]     [[ADDRESS:22 Birch Avenue]], [[LOCATION:Stockport]]
MANEZ44117  [[PERSON:DOHERTY/SINEAD]] [[TITLE:MS]]    EZY1908  [[DATE_TIME:12AUG25]]      [[PHONE_NUMBER:+353 86 771 4032]]  [[ADDRESS:5 Seapoint Court]], [[LOCATION:Galway]]
MANEZ44130  [[PERSON:ABARA/CHIDI]] [[TITLE:MR]]       EZY2215  [[DATE_TIME:13AUG25]]      [[PHONE_NUMBER:07507 226 918]]     hold at desk""",
    """{"case": "FR-22018", "customer": "[[PERSON:Leonie Baptiste]]", "card": "[[CREDIT_CARD:4719 6087 0883 1320]]", "disputed": "£1,204.50", "reported": "[[DATE_TIME:2025-05-12T08:44]]", "channel": "phone"}
{"case": "FR-22019", "customer": "[[PERSON:Ahmed Osman]]", "card": "[[CREDIT_CARD:5154 9771 3650 9546]]", "disputed": "£89.99", "reported": "[[DATE_TIME:2025-05-12T09:02]]", "channel": "app"}
{"case": "FR-22020", "customer": "[[PERSON:Rhiannon Price]]", "card": "****7731", "disputed": "£4,600.00", "reported": "[[DATE_TIME:2025-05-12T09:17]]", "channel": "branch"}""",
    """guests:
  - name: Auntie [[PERSON:Folake Adeyemi]]
    side: bride
    rsvp: yes
    dietary: halal
    phone: "[[PHONE_NUMBER:+44 7931 552 047]]"
  - name: Uncle [[PERSON:Bayo]]
    side: bride
    rsvp: pending
    phone: "[[PHONE_NUMBER:+234 802 331 9045]]"
  - name: [[PERSON:Chris Whitmore]]
    side: groom
    rsvp: no
    email: [[EMAIL_ADDRESS:chris.whitmore@hotmail.co.uk]]""",
    """Name: [[PERSON:Precious Ncube]]
Role: Registered Nurse (Band 5)
Ward: 7B
NMC PIN: [[ID_NUMBER:19I2841E]]
Mobile: [[PHONE_NUMBER:07856 401 772]]

Name: [[PERSON:Lukas Brenner]]
Role: Agency HCA
Ward: 7B
NMC PIN: n/a
Mobile: [[PHONE_NUMBER:07395 118 640]]

Name: [[PERSON:Joanne Hart]]
Role: Ward Sister
Ward: 7B
NMC PIN: [[ID_NUMBER:05A1933E]]
Mobile: [[PHONE_NUMBER:07700 218 495]]""",
    """Name;Geburtsdatum;SV-Nummer;Adresse;PLZ;Ort;Pflegestufe
[[PERSON:Johann Haider]];[[DATE_TIME:15.04.1977]];[[ID_NUMBER:6739 150477]];[[ADDRESS:Hauptplatz 7]];[[ZIP_CODE:3100]];[[LOCATION:St. Pölten]];3
[[PERSON:Elfriede Maier]];[[DATE_TIME:28.09.1952]];[[ID_NUMBER:7236 280952]];[[ADDRESS:Kirchengasse 2/1]];[[ZIP_CODE:4600]];[[LOCATION:Wels]];5
[[PERSON:Theresia Wimmer]];[[DATE_TIME:03.01.1955]];[[ID_NUMBER:3856 030155]];[[ADDRESS:Dorfstraße 41]];[[ZIP_CODE:6020]];[[LOCATION:Innsbruck]];4""",
    """| lidnummer | naam | geboortedatum | gemeente | e-mail | ploeg |
|---|---|---|---|---|---|
| [[ID_NUMBER:VK-0412]] | [[PERSON:Jens Vermeulen]] | [[DATE_TIME:17/05/1983]] | [[LOCATION:Mechelen]] | [[EMAIL_ADDRESS:jens.vermeulen@skynet.be]] | veteranen |
| [[ID_NUMBER:VK-0418]] | [[PERSON:Lotte De Smet]] | [[DATE_TIME:28/04/1995]] | [[LOCATION:Lier]] | [[EMAIL_ADDRESS:lottedesmet95@gmail.com]] | dames A |
| [[ID_NUMBER:VK-0431]] | [[PERSON:Yassine El Amrani]] | [[DATE_TIME:14/09/2001]] | [[LOCATION:Boom]] | [[EMAIL_ADDRESS:yassine.elamrani@hotmail.com]] | heren B |""",
    """anst_nr\tnamn\tpersonnummer\tavdelning\tmobil\tanställd_sedan
1044\t[[PERSON:Sara Nilsson]]\t[[ID_NUMBER:880204-4142]]\tekonomi\t[[PHONE_NUMBER:070-224 18 05]]\t[[DATE_TIME:2016-03-01]]
1051\t[[PERSON:Ahmed Yusuf]]\t[[ID_NUMBER:930811-4470]]\tlager\t[[PHONE_NUMBER:072-558 30 19]]\t[[DATE_TIME:2019-08-15]]
1067\t[[PERSON:Birgitta Holm]]\t[[ID_NUMBER:680925-4441]]\tHR\t[[PHONE_NUMBER:073-901 44 62]]\t[[DATE_TIME:2008-01-07]]""",
    """Mieter,Wohnung,Strasse,PLZ/Ort,Einzug,Telefon,Miete CHF
[[PERSON:Corinne Baumann]],[[ADDRESS:3.2 links]],[[ADDRESS:Zürcherstrasse 118]],[[ZIP_CODE:8400]] [[LOCATION:Winterthur]],[[DATE_TIME:01.10.2021]],[[PHONE_NUMBER:052 212 48 90]],1850
[[PERSON:Thomas Gerber]],[[ADDRESS:1.1]],[[ADDRESS:Zürcherstrasse 118]],[[ZIP_CODE:8400]] [[LOCATION:Winterthur]],[[DATE_TIME:01.04.2019]],[[PHONE_NUMBER:079 334 71 26]],1420
[[PERSON:Aylin Demir]],[[ADDRESS:4.1 rechts]],[[ADDRESS:Zürcherstrasse 118]],[[ZIP_CODE:8400]] [[LOCATION:Winterthur]],[[DATE_TIME:15.02.2024]],[[PHONE_NUMBER:076 418 02 57]],2100""",
    """| Pupil | Class | Parent/carer | Contact number | Collection password | Allergies |
| --- | --- | --- | --- | --- | --- |
| [[PERSON:Zara Ahmed]] | 2C | [[PERSON:Shazia Ahmed]] | [[PHONE_NUMBER:07723 904 118]] | bluebird | none |
| [[PERSON:Oliver Kent]] | 2C | [[PERSON:Dan Kent]] | [[PHONE_NUMBER:07412 336 590]] | pancake | nuts |
| [[PERSON:Grace Mbeki]] | 2C | [[PERSON:Thandi Mbeki]] | [[PHONE_NUMBER:07958 221 037]] | rocket | dairy |
| [[PERSON:Leo Fitzgerald]] | 2C | [[PERSON:Orla Fitzgerald]] | [[PHONE_NUMBER:07880 154 662]] | tiger | none |""",
    """member_no,first,last,joined,plan,card_last4,home_club
[[ID_NUMBER:FT0041187]],[[PERSON:Hamza]],[[PERSON:Iqbal]],[[DATE_TIME:2023-01-09]],Off-peak,4417,[[LOCATION:Luton]]
[[ID_NUMBER:FT0041190]],[[PERSON:Chloe]],[[PERSON:Barnard]],[[DATE_TIME:2023-01-10]],Anytime,0092,[[LOCATION:Luton]]
[[ID_NUMBER:FT0041206]],[[PERSON:Mohammed]],[[PERSON:Al-Rashid]],[[DATE_TIME:2023-01-12]],Student,6615,[[LOCATION:Dunstable]]""",
    """{"user": "[[USERNAME:brightfalcon22]]", "email": "[[EMAIL_ADDRESS:kemi.ade22@gmail.com]]", "last_ip": "[[IP_ADDRESS:102.89.34.211]]", "last_seen": "[[DATE_TIME:2025-07-01 22:14]]", "plan": "free"}
{"user": "[[USERNAME:old_man_river]]", "email": "[[EMAIL_ADDRESS:r.fairbanks@verizon.net]]", "last_ip": "[[IP_ADDRESS:98.114.20.7]]", "last_seen": "[[DATE_TIME:2025-06-28 06:51]]", "plan": "pro"}
{"user": "[[USERNAME:lunaluz]]", "email": "[[EMAIL_ADDRESS:luz.marina.r@gmail.com]]", "last_ip": "[[IP_ADDRESS:2806:10ae:14:91c2::7]]", "last_seen": "[[DATE_TIME:2025-07-02 13:05]]", "plan": "pro"}""",
    """EMP#   NAME                    SSN           HIRE DATE    DEPT   RATE
00412  [[PERSON:Alvarez, Rosa M.]]        [[US_SSN:621-40-1187]]   [[DATE_TIME:03/15/2019]]   ASM    22.50
00418  [[PERSON:Beaumont, Curtis]]        [[US_SSN:433-71-0925]]   [[DATE_TIME:07/01/2020]]   QA     24.10
00431  [[PERSON:Nguyen, Thi Lan]]         [[US_SSN:540-88-2361]]   [[DATE_TIME:11/09/2021]]   ASM    21.75
00457  [[PERSON:Oyelowo, Tunde]]          [[US_SSN:210-63-4498]]   [[DATE_TIME:02/27/2023]]   SHP    20.00""",
    """Clinic,Patient,NHS number,DOB,Vaccine,Dose date,Batch
Riverside PCN,[[PERSON:Gladys Ferris]],[[ID_NUMBER:585 593 3741]],[[DATE_TIME:14/03/1940]],COVID-19 autumn,[[DATE_TIME:02/10/2025]],FL7721
Riverside PCN,[[PERSON:Bernard Oyelade]],[[ID_NUMBER:429 923 4561]],[[DATE_TIME:30/11/1946]],COVID-19 autumn,[[DATE_TIME:02/10/2025]],FL7721
Riverside PCN,[[PERSON:Patricia Lowe]],[[ID_NUMBER:557 841 9739]],[[DATE_TIME:08/06/1951]],Flu (aTIV),[[DATE_TIME:03/10/2025]],AT0944""",
    """| Speaker | Nationality | Based in | Talk | Email |
|:--|:--|:--|:--|:--|
| [[PERSON:Prof. Ingrid Solheim]] | [[NRP:Norwegian]] | [[LOCATION:Oslo]] | Sea ice and shipping | [[EMAIL_ADDRESS:ingrid.solheim@uit.no]] |
| [[PERSON:Dr. Kofi Annor]] | [[NRP:Ghanaian]] | [[LOCATION:Accra]] | Mobile money at scale | [[EMAIL_ADDRESS:kannor@ashesi.edu.gh]] |
| [[PERSON:Mei-Hua Lin]] | [[NRP:Taiwanese]] | [[LOCATION:Vancouver]] | Privacy in health apps | [[EMAIL_ADDRESS:meihua.lin@gmail.com]] |""",
    """tenants:
  flat_1:
    name: [[PERSON:Demi Walsh]]
    since: [[DATE_TIME:2022-09-01]]
    phone: [[PHONE_NUMBER:087 441 2093]]
    deposit_held: 1600
  flat_2:
    name: [[PERSON:Arnav Kapoor]]
    since: [[DATE_TIME:2024-02-15]]
    phone: [[PHONE_NUMBER:085 220 7718]]
    deposit_held: 1750
  property: [[ADDRESS:41 Prospect Road]], [[LOCATION:Glasnevin]], [[LOCATION:Dublin]] [[ZIP_CODE:D09 X2P6]]""",
    """Registration: [[ID_NUMBER:221-D-44871]]
Keeper: [[PERSON:Seamus Kavanagh]]
Address: [[ADDRESS:12 Knockmore Heights]], [[LOCATION:Ballina]], [[LOCATION:Co. Mayo]]
NCT due: 2026-03
Colour: silver

Registration: [[ID_NUMBER:191-G-1027]]
Keeper: [[PERSON:Marta Kowalska]]
Address: [[ADDRESS:8 Claddagh Quay]], [[LOCATION:Galway]]
NCT due: 2025-11
Colour: red""",
    """Account name,IBAN,BIC,Mandate date,Amount
[[PERSON:Eoin Mac Cárthaigh]],[[IBAN_CODE:IE72AIBK29841739537141]],AIBKIE2D,[[DATE_TIME:2024-10-01]],45.00
[[PERSON:Gráinne Nolan]],[[IBAN_CODE:IE86BOFI05438993297319]],BOFIIE2D,[[DATE_TIME:2024-10-03]],45.00
[[PERSON:Peter Hanrahan]],[[IBAN_CODE:IE21IPBS18737783218256]],IPBSIE2D,[[DATE_TIME:2024-11-12]],90.00
[[PERSON:Joanne Carey]],[[IBAN_CODE:GB42NWBK18846900914573]],NWBKGB2L,[[DATE_TIME:2025-01-20]],45.00""",
    """emp_code\tname\taadhaar\tpan\tcity\tjoining
BLR-2231\t[[PERSON:Sneha Kulkarni]]\t[[ID_NUMBER:6964 7732 7812]]\t[[ID_NUMBER:AXRPK8812C]]\t[[LOCATION:Bengaluru]]\t[[DATE_TIME:05-Jun-2023]]
BLR-2240\t[[PERSON:Mohammed Irfan]]\t[[ID_NUMBER:2286 2400 1027]]\t[[ID_NUMBER:BHZPI4410M]]\t[[LOCATION:Mysuru]]\t[[DATE_TIME:19-Jun-2023]]
HYD-0907\t[[PERSON:Lavanya Reddy]]\t[[ID_NUMBER:2419 2199 7636]]\t[[ID_NUMBER:CQLPR0937F]]\t[[LOCATION:Hyderabad]]\t[[DATE_TIME:01-Aug-2023]]""",
    """| Agent | Till no. | Location | Owner | Owner phone | ID |
|-----|-----|-----|-----|-----|-----|
| Mama Njoki Shop | 884120 | [[LOCATION:Kawangware]] | [[PERSON:Njoki Wairimu]] | [[PHONE_NUMBER:0721 448 903]] | [[ID_NUMBER:22841907]] |
| Baraka Electronics | 884377 | [[LOCATION:Kisumu]] | [[PERSON:Baraka Odhiambo]] | [[PHONE_NUMBER:0733 901 256]] | [[ID_NUMBER:30117442]] |
| Tumaini Agencies | 884402 | [[LOCATION:Eldoret]] | [[PERSON:Faith Chebet]] | [[PHONE_NUMBER:0712 667 480]] | [[ID_NUMBER:27509813]] |""",
    """client,sin,dob,province,phone,preparer
"[[PERSON:Lachance, Réjean]]",[[ID_NUMBER:289 137 846]],[[DATE_TIME:1961-04-18]],[[LOCATION:QC]],[[PHONE_NUMBER:418-555-0190]],[[PERSON:M. Dion]]
"[[PERSON:Bhatt, Kavya]]",[[ID_NUMBER:559 267 596]],[[DATE_TIME:1994-12-02]],[[LOCATION:MB]],[[PHONE_NUMBER:204-555-0115]],[[PERSON:M. Dion]]
"[[PERSON:MacNeil, Fraser]]",[[ID_NUMBER:252 508 031]],[[DATE_TIME:1978-08-30]],[[LOCATION:NS]],[[PHONE_NUMBER:902-555-0173]],[[PERSON:L. Wong]]""",
    """{"room": "412", "guest": "[[PERSON:Hiroshi Takeda]]", "nationality": "[[NRP:Japanese]]", "passport": "[[ID_NUMBER:TZ4418207]]", "check_in": "[[DATE_TIME:2025-04-03]]", "nights": 4}
{"room": "415", "guest": "[[PERSON:Valeria Rossi]]", "nationality": "[[NRP:Italian]]", "passport": "[[ID_NUMBER:YA7730192]]", "check_in": "[[DATE_TIME:2025-04-03]]", "nights": 2}
{"room": "502", "guest": "[[PERSON:Emre Kaya]]", "nationality": "[[NRP:Turkish]]", "passport": "[[ID_NUMBER:U18827405]]", "check_in": "[[DATE_TIME:2025-04-04]]", "nights": 7}""",
    """| Volunteer | Age | Shift | Suburb | Mobile | WWCC |
|---|---|---|---|---|---|
| [[PERSON:Jacinta Moore]] | [[AGE:67]] | Tue AM | [[LOCATION:Newtown]] | [[PHONE_NUMBER:0414 208 331]] | [[ID_NUMBER:WWC0418830V]] |
| [[PERSON:Sam Tran]] | [[AGE:19]] | Sat PM | [[LOCATION:Marrickville]] | [[PHONE_NUMBER:0433 771 045]] | [[ID_NUMBER:WWC2210477V]] |
| [[PERSON:Hamid Rahimi]] | [[AGE:45]] | Thu PM | [[LOCATION:Auburn]] | [[PHONE_NUMBER:0402 559 180]] | [[ID_NUMBER:WWC1093322E]] |""",
    """patient,medicare_no,irn,dob,suburb,gp
[[PERSON:Noel Hargreaves]],[[ID_NUMBER:4624 32940 5]],1,[[DATE_TIME:12/01/1944]],[[LOCATION:Toowong]],[[PERSON:Dr A. Chen]]
[[PERSON:Priya Ramesh]],[[ID_NUMBER:4164 03934 4]],2,[[DATE_TIME:03/07/1988]],[[LOCATION:Indooroopilly]],[[PERSON:Dr A. Chen]]
[[PERSON:Wiremu Hohaia]],[[ID_NUMBER:2592 50793 2]],1,[[DATE_TIME:22/10/1975]],[[LOCATION:Sunnybank]],[[PERSON:Dr L. Ferraro]]""",
    """DOCKET  CASE NO.        DEFENDANT                   HEARING                 JUDGE
1       CR-25-00418     [[PERSON:Maxwell, Tyrone J.]]          [[DATE_TIME:06/16/2025 09:00]]        [[TITLE:Hon.]] [[PERSON:R. Castillo]]
2       CR-25-00433     [[PERSON:Pereira, Ana Luisa]]          [[DATE_TIME:06/16/2025 09:30]]        [[TITLE:Hon.]] [[PERSON:R. Castillo]]
3       TR-25-11902     [[PERSON:Schmidt, Gunther]]            [[DATE_TIME:06/16/2025 10:15]]        [[TITLE:Hon.]] [[PERSON:D. Whitaker]]""",
    """tag_no\tflight\tfound_at\tdescription\towner_name\towner_email
BA 772104\tBA0117\tLHR T5 belt 9\tgrey Rimowa, sticker "Oaxaca"\t[[PERSON:Lucía Méndez]]\t[[EMAIL_ADDRESS:lucia.mendez.mx@gmail.com]]
BA 772231\tBA0117\tLHR T5 belt 9\tgreen rucksack\tunknown\t-
BA 773018\tBA0295\tLHR T5 transfer\tblack golf bag, name tag\t[[PERSON:Robert "Bobby" Lyle]]\t[[EMAIL_ADDRESS:bobby.lyle@btinternet.com]]""",
    """learner,grade,id_number,guardian,guardian_cell,home_language
[[PERSON:Lwazi Khumalo]],11,[[ID_NUMBER:0803126704086]],[[PERSON:Busisiwe Khumalo]],[[PHONE_NUMBER:072 418 3390]],isiZulu
[[PERSON:Anika Pretorius]],10,[[ID_NUMBER:0907213380088]],[[PERSON:Hendrik Pretorius]],[[PHONE_NUMBER:082 771 0452]],Afrikaans
[[PERSON:Zintle Mbeki]],11,[[ID_NUMBER:0811053545083]],[[PERSON:Nomsa Mbeki]],[[PHONE_NUMBER:061 559 2248]],isiXhosa""",
    """oncall:
  primary:
    name: [[PERSON:Ravi Chandrasekaran]]
    slack: "@[[USERNAME:ravi.c]]"
    phone: "[[PHONE_NUMBER:+1 (628) 555-0142]]"
  secondary:
    name: [[PERSON:Ewa Nowak]]
    slack: "@[[USERNAME:ewan]]"
    phone: "[[PHONE_NUMBER:+48 512 330 918]]"
  escalation: sre-leads@acmecloud.io""",
    """Applicant: [[PERSON:Chinedu Eze]]
Referee 1: [[PERSON:Mrs. Folasade Ogunleye]], former line manager
Referee 1 email: [[EMAIL_ADDRESS:f.ogunleye@yahoo.co.uk]]
Referee 1 phone: [[PHONE_NUMBER:07939 552 016]]
Referee 2: [[PERSON:Tom Ashworth]], tutor
Referee 2 email: [[EMAIL_ADDRESS:t.ashworth@mmu.ac.uk]]
Reference requested: [[DATE_TIME:19/09/2025]]
Status: both received""",
    """staff_id,name,nric,department,mobile,date_joined
SG-3301,[[PERSON:Lim Wei Jie]],[[ID_NUMBER:S9593284C]],Operations,[[PHONE_NUMBER:9184 2270]],[[DATE_TIME:2019-05-02]]
SG-3317,[[PERSON:Nur Aisyah binte Salleh]],[[ID_NUMBER:T0177673D]],Customer Service,[[PHONE_NUMBER:8733 5102]],[[DATE_TIME:2022-11-14]]
SG-3322,[[PERSON:Rajesh s/o Krishnan]],[[ID_NUMBER:S7894288F]],Finance,[[PHONE_NUMBER:9027 6618]],[[DATE_TIME:2017-08-21]]""",
    """| Vendor | Service | Contact person | Contact mobile | Office line | Deposit paid |
|---|---|---|---|---|---|
| Petal & Stem | Flowers | [[PERSON:Marguerite Oyelaran]] | [[PHONE_NUMBER:07711 402 938]] | 0161 496 0021 | yes |
| Harbour Lights Catering | Food | [[PERSON:Dev Chauhan]] | [[PHONE_NUMBER:07456 339 120]] | 0161 496 0388 | yes |
| Strings Attached | Quartet | [[PERSON:Anya Petrova]] | [[PHONE_NUMBER:07825 116 404]] | - | no |""",
    """{"permit": "RZ-4471", "holder": "[[PERSON:Francesca Amato]]", "plate": "[[ID_NUMBER:LR68 KMV]]", "address": "[[ADDRESS:19 Ferndale Road]]", "zone": "B", "valid_from": "2025-04-01"}
{"permit": "RZ-4472", "holder": "[[PERSON:Tunde Bakare]]", "plate": "[[ID_NUMBER:GN21 OPX]]", "address": "[[ADDRESS:Flat C, 33 Ferndale Road]]", "zone": "B", "valid_from": "2025-04-01"}
{"permit": "RZ-4480", "holder": "[[PERSON:Harriet Blythe]]", "plate": "[[ID_NUMBER:YE15 TUA]]", "address": "[[ADDRESS:7 Acre Lane]]", "zone": "B", "valid_from": "2025-04-03"}""",
    """txn_id,timestamp,cardholder,card_number,merchant,amount,flag
T88120,[[DATE_TIME:2025-03-02 23:41:07]],[[PERSON:Dolores Whitfield]],[[CREDIT_CARD:4704517966659009]],ZELLE*UNKNOWN,2340.00,fraud_confirmed
T88131,[[DATE_TIME:2025-03-03 00:02:55]],[[PERSON:Kenneth Abara]],[[CREDIT_CARD:6011377655496061]],GIFTCARDS-ONLINE,500.00,review
T88140,[[DATE_TIME:2025-03-03 01:17:30]],[[PERSON:Mariam Toure]],[[CREDIT_CARD:370425584264304]],AIRLINE TICKETS,1288.40,review""",
]

CHAT = [
    """[14:02] Agent [[PERSON:Kelechi]] (SkyBridge Baggage Services): Hello, thanks for waiting. May I have your file reference and full name?
[14:03] [[PERSON:Ines Duarte]]: MADSB22871, [[PERSON:Inês Duarte Carvalho]]. My suitcase didn't come off the flight from [[LOCATION:Madrid]] on [[DATE_TIME:Sunday the 9th]].
[14:04] Agent [[PERSON:Kelechi]]: Thank you [[PERSON:Inês]]. The bag was located in [[LOCATION:Frankfurt]] and will arrive tonight. Where should the courier deliver it?
[14:05] [[PERSON:Ines Duarte]]: [[ADDRESS:Flat 6, 21 Pembroke Square]], [[LOCATION:London]] [[ZIP_CODE:W8 6PB]]. Mobile is [[PHONE_NUMBER:+351 912 448 073]], I don't have a UK number yet.
[14:06] Agent [[PERSON:Kelechi]]: Noted. Delivery window is tomorrow 9:00 to 13:00. For the interim expenses claim please email receipts to baggage.claims@skybridge-services.com.""",
    """Mum: Has anyone booked the registrar yet?? 😬
[[PERSON:Tolu]]: Yes!! [[DATE_TIME:Saturday 21 June at 11:30]], [[LOCATION:Islington]] town hall. [[PERSON:Dami]] paid the deposit on his card
[[PERSON:Dami]]: yep, £150 on my Monzo card [[CREDIT_CARD:4240 1987 6281 3826]]. they need both our passports at the notice appointment on the [[DATE_TIME:3rd of March]]
Auntie [[PERSON:Bisi]]: Congratulations my darlings!!! Send me [[PERSON:Tolu]]'s new address for the aso ebi parcel
[[PERSON:Tolu]]: [[ADDRESS:Flat 12, 88 Holloway Road]], [[LOCATION:London]] [[ZIP_CODE:N7 8JG]] 💕""",
    """#people-ops
[[PERSON:Hannah Kirwan]] 9:14 AM
new starter on Monday: [[PERSON:Rafael Quintero]], joining the data team. start date [[DATE_TIME:Mon 3 Nov]], laptop to ship to his home at [[ADDRESS:27 Mount Pleasant Road]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF10 4RX]]
[[PERSON:Ollie Stanton]] 9:16 AM
on it. personal email for the welcome pack?
[[PERSON:Hannah Kirwan]] 9:17 AM
[[EMAIL_ADDRESS:rafa.quintero@gmail.com]], mobile [[PHONE_NUMBER:07480 331 912]]. his NI number is [[ID_NUMBER:PX 61 83 20 A]], but please put that in the HR system, not here 🙃
[[PERSON:Ollie Stanton]] 9:18 AM
oops, deleting after I copy it""",
    """Chat with Harbourside Bank, Fraud Support
You: Hi, there's a payment of £649.99 to "ELCTRNX LTD" that I didn't make
[[PERSON:Sasha]] (Fraud Support): I'm sorry to hear that. Can you confirm your full name and date of birth?
You: [[PERSON:Nikhil Agarwal]], [[DATE_TIME:09/11/1987]]
[[PERSON:Sasha]] (Fraud Support): Thanks [[PERSON:Nikhil]]. I can see the payment on your debit card ending 8824. I've frozen the card and ordered a new one to [[ADDRESS:14 Fairfield Road]], [[LOCATION:Chelmsford]]. Is that still right?
You: yes. also someone texted me from [[PHONE_NUMBER:07700 900 418]] pretending to be you
[[PERSON:Sasha]] (Fraud Support): Thank you, I've added that to the report. Your case reference is FRD-88120-K.""",
    """Carers group 💙
[[PERSON:Bev]]: Morning all, [[PERSON:Mr Sandhu]] at [[ADDRESS:9 Lytham Close]] refused his tablets again, I've logged it
[[PERSON:Kasia]]: Thanks [[PERSON:Bev]]. I'm on [[PERSON:Mrs Oduya]] next, her daughter [[PERSON:Funmi]] says the district nurse is coming Thursday at 2
Coordinator - [[PERSON:Lisa]]: Please don't put client names in this group!! Use the app. [[PERSON:Kasia]], can you cover [[PERSON:Edith]]'s teatime call on [[DATE_TIME:Sat 8th]]?
[[PERSON:Kasia]]: yes np""",
    """[[PERSON:Wim]]: Iemand die de witte Golf met nummerplaat [[ID_NUMBER:2-GFX-418]] kent? Staat al drie dagen voor mijn garagepoort in de [[ADDRESS:Vaartstraat 41]].
[[PERSON:Katrien]]: Dat is de wagen van [[PERSON:Dries]] een paar huizen verder, denk ik
[[PERSON:Dries Lemmens]]: Sorry [[PERSON:Wim]]! Mijn oprit wordt vernieuwd tot [[DATE_TIME:vrijdag 14 maart]]. Bel me op [[PHONE_NUMBER:0496 21 40 88]] als je eruit moet, ik kom hem dan meteen verzetten.""",
    """#raid-signups
[[USERNAME:Thornwick]]: tank for thursday, can also heal if [[USERNAME:moonpetal_x]] can't make it
[[USERNAME:moonpetal_x]]: i can make it! my ISP keeps dropping me tho, my IP changed to [[IP_ADDRESS:86.21.144.73]] lol if the whitelist bot needs it
[[USERNAME:GrimBeard]]: don't post your IP in public channels mate
[[USERNAME:moonpetal_x]]: oops 😅 deleted. btw it's [[PERSON:sophie]]'s birthday on the [[DATE_TIME:14th]], cake emote spam pls""",
    """Landlord - [[PERSON:Mr Greaves]]: Hi [[PERSON:Jade]], the gas safety engineer will come round on [[DATE_TIME:Wednesday 9 April between 8 and 12]]. Is that ok?
[[PERSON:Jade]]: Yes that's fine. Can you text me his name so I know who to expect?
Landlord - [[PERSON:Mr Greaves]]: His name is [[PERSON:Darren Pole]], mobile [[PHONE_NUMBER:07956 118 204]]. Also rent for [[ADDRESS:Flat 2, 16 Clarence Street]] is now going to my new account, I'll email the details to [[EMAIL_ADDRESS:jade.okafor94@gmail.com]]
[[PERSON:Jade]]: Ok thanks"""
]

LOOKALIKE = [
    """Order confirmation #OC-2025-448120-77

Thanks for shopping with Hollow Oak Outdoors! Your order was dispatched from our Daventry warehouse.
Items: 2 x Trail Mug 450ml (SKU TM-450-GRN-02), 1 x Merino Beanie (SKU MB-100-CHR-L)
Invoice no.: INV/2025/0093317   VAT reg: GB 294 7710 42
Tracking: 1Z 8W4 107 68 2241 9931 (UPS), alt ref JD014600006281937451
Questions? Call 0800 046 1190 (Mon-Fri) or email orders@hollowoakoutdoors.co.uk. Returns within 30 days to returns@hollowoakoutdoors.co.uk.
Delivering to: [[PERSON:Imogen Tate]], [[EMAIL_ADDRESS:imogen.tate@icloud.com]]""",
    """Release notes, build 4.12.0.3 (2025-06-02)

- Upgraded the geo lookup table to 10.1.4.22 and pinned libxml to 2.9.14.
- Fixed a crash in the Levenshtein matcher when both strings were empty (commit 9f3c2e1a7b44d0e8c19a2f6b5d7e3041c8a9b2f1).
- The Kalman filter in the tracking module now handles gaps longer than 120 s.
- Device serials such as SN-A7F2-99013-K and UUIDs like 3f2504e0-4f89-11d3-9a0c-0305e82c3301 are no longer written to debug logs.
- Default listen address remains 0.0.0.0:8443; the health check port moved from 9100 to 9115.
Known issue: builds 4.11.9.7 and earlier cannot read config files saved by 4.12.""",
    """Reading list for the module (bookshop codes only, order through the library):
ISBN 978-2-16-374519-6, ISBN 9781923018181, ISBN 979-4-01-723799-3.
Topics: Bayesian inference, Markov chains, the Monte Carlo method and Newton's method for root finding; the Fibonacci exercises are optional.
Course code STAT2041, room GR-114, module office 020 7946 0000, stats-office@uni.example.ac.uk.
Please email your reading group choice to the module tutor, [[PERSON:Dr. Yasmin Farouk]] ([[EMAIL_ADDRESS:y.farouk@uni.example.ac.uk]]), by week 3.""",
    """LABORATORY REPORT  Specimen ID: HX-25-0441907  Accession: 7730-2281
Patient: [[PERSON:Ewan McAllister]]   DOB: [[DATE_TIME:21/02/1963]]
Test panel: Hodgkin lymphoma follow-up; Coombs test negative; Epstein-Barr virus IgG positive; no Reed-Sternberg cells in the submitted sample.
Reference ranges per Westgard rules, analyser serial AU680-22918, reagent lot 4418-0925.
Results line (clinicians only): 0131 496 0750. Report queries: lab.results@nhs-example.scot""",
    """Directions to the community hall: from the station, walk up Nelson Mandela Boulevard, turn right onto Martin Luther King Jr Drive and keep going past the Churchill Arms pub and the Elizabeth line entrance. The hall is opposite Queen Victoria Park, next to the Florence Nightingale clinic. Parking on Victoria Street is free after 6 pm. The hall office number is 01632 960 410.
If you get lost, ring [[PERSON:Gloria]] on [[PHONE_NUMBER:07700 900 561]].""",
    """Rechnung Nr. 2025-00871 vom 14.03.2025
Kundennummer: [[ID_NUMBER:K-104477]]
Empfänger: [[PERSON:Silvia Furrer]]
Artikel: Espressomaschine Bellavista Pro (Art.-Nr. 7.640.112.0), Seriennummer BVP-22-918-04
Betrag CHF 649.00 inkl. 8.1 % MWST; MWST-Nr. CHE-114.562.907 MWST
Referenz: 21 00000 00003 13947 14300 09017
Fragen: Kundendienst 0848 120 120, service@bellavista-kaffee.ch""",
    """Network change CHG-20931 (approved)
Switch stack SW-CORE-02 (serial FOC2214X0QZ, firmware 17.9.4a) will be replaced during the Saturday window.
VLAN 10.20 keeps its name; the release tag v3.10.4.1 of the config repo is the rollback point.
Port-channel Po12 MAC table entries (00:1A:2B:3C:4D:5E, 00:1A:2B:3C:4D:5F) are expected to flap for about 30 s.
Checksum of the golden image: sha256 5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8.
Escalation: noc@contoso-netops.com or the NOC bridge 0203 481 7700. Change owner on the night: [[PERSON:Priyanka Deshmukh]], [[PHONE_NUMBER:07384 226 019]].""",
]


STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind46", STYLES, OUT)


if __name__ == "__main__":
    main()

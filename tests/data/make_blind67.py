"""Build tests/data/blind67.jsonl: a sixty-seventh *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind67.py

Blind: written without any knowledge of the detector. Read, and nothing
else: lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines) and its tail from
`STYLES = {` to the end (the scaffolding copied below); gold_sets.py (whole
file); and lines 1-64 of make_handwritten.py (conventions, the MARK and
TITLE_IN_NAME regexes, `parse()`). Not read: minimize/, recognizers/, any
test other than those lines, bench/, the README, any other make_*.py, any
*.jsonl of the other sets, git history / log / status. The detector, the
bench and the tests were never run. The only .jsonl opened was this
script's own output, blind67.jsonl, with throwaway self-review snippets
(names of a record appearing again outside a span; emails, IP-shaped and
digit runs left uncovered) to catch my own labeling slips. Do not tune the
detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py (the
summary printed at the end only counts the marks). Check digits were
worked out with hand-run throwaway code while writing, never generating
records: cards pass Luhn; IBANs pass mod-97 with their country's length
(GB, IE, DE, NL, CH, FR, AE, SA), and the RIB key inside the French ones is
right too; Singapore NRIC / FIN check letters, Australian TFNs and Medicare
numbers, NZ IRD numbers and NHIs, the Canadian SIN, Aadhaar (Verhoeff),
South African ids (Luhn, sex and birth date agreeing), the Indonesian NPWP
(Luhn over its first nine digits), the check letters of the Singapore
plates and the ISBN-13s of the look-alike record are valid. Malaysian MyKad
numbers and Indonesian NIKs have no public check digit; they agree with the
holder's birth date and sex where those show (odd last MyKad digit for men,
day + 40 in a woman's NIK). UK NI numbers, US SSNs, PAN (its fourth letter
P and fifth the surname's initial), passports, licences, other plates, BVN,
KRA PIN, Kenyan ids, the Philippine TIN, bank accounts and staff, student,
member, rider and patient numbers were not checked.

Styles (ids `blind67-<style>-NNN`; 240 records):
- `bench` (100): in the manner of ai4privacy pii-masking-200k/300k/400k
  (odd mixed sentences dense with names, job titles, streets with building
  numbers in their own fields, secondary addresses, IPv4 / IPv6, MACs, user
  agents, cards with CVV and expiry, IBAN with BIC, usernames, passwords),
  gretel-pii-masking-en-v1 (claims, tenancy agreements and notices, loan,
  medical, pharmacy, hire and consent forms, contracts, declarations) and
  Nemotron-PII (JSON, log lines, SQL, XML, YAML, systemd and .env config,
  test code, an HTTP request, tickets and forms with many entity kinds).
- `gen` (90): one to four LLM-style sentences with personal data woven into
  prose; extra weight on tenancy and strata, car hire and ride share, food
  delivery and sports clubs (about nine each), the rest spread over
  banking, health, pharmacy, schools, universities, HR, immigration,
  telecoms, travel, vets, courts, insurance, social media, gaming, IT,
  weddings, charities, CPF, libraries, aged care, childcare, police
  statements, loans, scholarships and more; names at the start, middle and
  end, lowercase and possessive; ages, dates, addresses, phones and ids in
  many shapes.
- `table` (35): one small labeled table per record (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks), varied
  column names, non-PII columns; the header row is unlabeled.
- `chat` (8): support chats, a WhatsApp export, a Slack channel, a
  Messenger committee thread, a telco transcript, with speakers' names and
  the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, SKU, ISBN, ABN and company NPWP numbers, IP-shaped
  versions and templates, hashes, UUIDs, serials, company phones, role
  mailboxes, eponyms and eponymous dishes and promo codes, streets named
  after people without a number), the few real PII values labeled; one
  (the release notes) has no PII at all.

Languages: 216 records in English (many in Australia, New Zealand,
Singapore and Malaysia, others in the UK, Ireland, the US, Canada, South
Africa, Nigeria, Kenya, India, the Philippines and the UAE, with names from
the many cultures living there); 24 in Indonesian (13) and Malay (11):
gen 10, bench 9, table 3, chat 1, lookalike 1.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  building names in an address; city, district, county, state / province
  (also abbreviated) and country are LOCATION; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any shape;
  a weekday or a clock time said with the date is inside the span; not
  bare years, weekdays or times alone, durations, or dates not tied to a
  person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BSB, IFSC, branch codes and BICs, CVVs and
  expiries, PINs and one-time codes, order / ticket / claim / policy /
  booking / trip / tracking references, company phone numbers and role
  mailboxes, versions, hashes, serials, IMEIs, VINs, partial numbers
  ("ending 4417", "the last 4"), pets (and their ages), eponyms and brands
  named after people, a header row.

Calls made while writing this set, in the same spirit:
- Malay and Indonesian honorifics (Encik, Puan, Mdm, Dato', Haji, Pak, Bu,
  Ibu), Adv., Rev., a Filipino "Sir" and the MR / MRS / MS / MSTR that
  follow a name in an airline manifest are TITLE, apart from the name;
  "Kak" (elder sister) is a family word and stays outside. The name links
  bin / binti / bte, a/l, a/p and s/o are inside the PERSON span, and so is
  a surname written "WILLIAMS/ROSE".
- An Indonesian street with its number, RT/RW, gang, blok or km parts is
  one ADDRESS; kelurahan, kecamatan and city names are LOCATION with the
  Kel. / Kec. prefixes outside; a Malaysian taman or bandar name and a
  named suburb are LOCATION; condominium and HDB unit codes ("A-17-03",
  "#04-231") are ADDRESS, while a bare room or unit number said in passing
  ("unit 5", a kos room "A-07", hotel room 1207) is not labeled.
- Strata plan numbers (SP 71804) and strata lot numbers are property
  references and unlabeled; a "Lot 4" that is part of a rural street
  address is inside the ADDRESS. A street without a number (crash sites,
  "Swanston Street near Lonsdale St") is not labeled, but a street given in
  its own field next to a building-number field is ADDRESS, like the
  number. A company's own letterhead address is left out; an office
  address given as a person's delivery, desk or home address is ADDRESS.
- A city used descriptively ("the Melbourne venue", "the Geelong clinic",
  "the Cairns branch") is LOCATION; facility names that merely contain a
  place name were avoided.
- Named staff mailboxes (nicole.tran@..., gavin@...) are EMAIL_ADDRESS;
  role mailboxes (memberships@, orders@, admin.hr@) are not. ABN, UEN and a
  company NPWP are business numbers and unlabeled.
- Plates (Singapore plates with their check letter included), driver,
  rider, courier and taxi-authority numbers, WWCC numbers, practitioner
  registrations (MCR, provider number, JP number), Centrelink CRN, EPF and
  super fund member numbers, frequent-flyer numbers and the
  Indonesian NIK, NPWP and SIM are ID_NUMBER; a NZ licence "version" is
  not. Internal record ids (kyc refs, session ids, order, complaint, trip
  and bond numbers) are not labeled.
- Race, ethnicity and religion fields (Malay, Chinese, Indian, Maori, an
  iwi, agama Islam / Katolik) and the nationality codes in a manifest's NAT
  column are NRP.
- DATE_TIME also covers: chat-export message stamps and an email "Date:"
  header (like a letter's date); log-line timestamps of a person's own
  action (login, trip, delivery, payment attempt, KYC check) and "last
  login" fields; booking, pick-up, return, shift, check-in, lease start and
  end, membership renewal and customer-since dates; a holiday used as a
  person's date ("New Year's Day", "St Patrick's Day"); a range of a
  person's stay ("14-21 Feb"). Not: stamps of system events with no person
  acting (an audit log by a role account, an SMTP error), recurring
  weekdays ("Wednesdays between 4 and 8 pm"), a weekday alone ("before
  Friday"), a bare appointment time in a day list.
- In a table an "age" / "umur" column is AGE, "state", "county", "zone",
  "branch", "city" columns are LOCATION, "nationality", "race" and
  "religion" columns are NRP, and "grade", "position", "dept", "house",
  "relation", "program" columns stay unlabeled. Age brackets (Under 10,
  U17) are not AGE.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind67.jsonl")

GEN = [
    # tenancy and strata
    """Our tenant [[PERSON:Harriet Nguyen-Walsh]] has given notice to vacate [[ADDRESS:Unit 7/42 Carrington Road]], [[LOCATION:Marrickville]] [[LOCATION:NSW]] [[ZIP_CODE:2204]], with her last day being [[DATE_TIME:Friday 14 March 2025]]. Please book the final inspection with her on [[PHONE_NUMBER:0431 206 775]] and send the bond claim form to [[EMAIL_ADDRESS:harriet.nw@outlook.com]].""",
    """At Tuesday's strata committee meeting, lot owner [[PERSON:Rajesh Pillai]] raised the leak coming through his bathroom ceiling from the unit above, which is rented by [[PERSON:Mei Ling Koh]] and her partner [[PERSON:Stuart]]. The building manager will copy both of them ([[EMAIL_ADDRESS:rpillai.home@gmail.com]], [[EMAIL_ADDRESS:meiling.koh88@yahoo.com.au]]) on the plumber's visit, booked for [[DATE_TIME:3 April at 9:30am]].""",
    """hi there, i'm renting the granny flat at [[ADDRESS:14B Kowhai Crescent]], [[LOCATION:Papatoetoe]], [[LOCATION:Auckland]] [[ZIP_CODE:2025]] and the landlord ([[PERSON:gary whitcombe]]) still hasn't lodged my bond with Tenancy Services. i paid him $1,680 cash on [[DATE_TIME:2 Nov]]. my name is [[PERSON:Losa Fuimaono]], [[PHONE_NUMBER:027 504 1193]].""",
    """The Tribunal has listed the application by [[PERSON:Daniel Achterberg]] against his landlord, [[PERSON:Sunita Chawla]], for hearing on [[DATE_TIME:Wednesday, 23 April 2025 at 10:00 AM]] at the [[LOCATION:Melbourne]] venue. The rental premises are [[ADDRESS:Apartment 1104, 18 Waterview Walk]], [[LOCATION:Docklands]] [[LOCATION:VIC]] [[ZIP_CODE:3008]].""",
    """Reminder from the MC of Casa Residences: owners with arrears over RM1,000, including [[PERSON:Lee Chong Kit]] of unit [[ADDRESS:A-17-03]], will have their access cards deactivated on [[DATE_TIME:1 March]]. [[PERSON:Mr Lee]] can reach the management office on 03-7781 2200 or pay online.""",
    """Condition report signed by the incoming tenants [[PERSON:Olivia Brennan]] and [[PERSON:Kwabena Asante]] on [[DATE_TIME:28/02/2025]] for [[ADDRESS:2/9 Greenhill Road]], [[LOCATION:Wayville]] [[LOCATION:SA]] [[ZIP_CODE:5034]]; note the scuff on the hallway wall and the missing flyscreen in bedroom two.""",
    """Could [[PERSON:Mrs Fonoti]] in unit 5 please stop parking her Hilux in visitor bay 2? Several residents have complained. If anyone knows her mobile, the body corporate secretary [[PERSON:Graeme]] would appreciate it being passed on — his is [[PHONE_NUMBER:0418 730 262]].""",
    """Rent increase notice: from [[DATE_TIME:1 June 2025]], the weekly rent payable by [[PERSON:Aisha Farouk]] for [[ADDRESS:31 Bellevue Terrace]], [[LOCATION:Fremantle]] [[LOCATION:WA]] [[ZIP_CODE:6160]] will rise from $540 to $585. Payments continue to account [[ID_NUMBER:4471 20938]] (BSB 016-185) under her tenant reference.""",
    """My flatmate [[PERSON:jonno]] moved out without paying his share of the power bill, so I'm lodging this on my own: [[PERSON:Priyanka Deshmukh]], [[ADDRESS:Flat 3, 118 Cuba Street]], [[LOCATION:Te Aro]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]], email [[EMAIL_ADDRESS:priyanka.d@protonmail.com]].""",
    # car hire and ride share
    """Reporting a lost item: I left my laptop bag in a rideshare on [[DATE_TIME:Saturday 22 Feb at 11:40pm]], picked up from [[ADDRESS:88 Oxford Street]], [[LOCATION:Paddington]] and dropped at [[ADDRESS:3/16 Wentworth Ave]], [[LOCATION:Kingsford]]. The driver was [[PERSON:Amanpreet]], grey Corolla, plate [[ID_NUMBER:DT84KW]]. I'm [[PERSON:Josh Taufa]], best number is [[PHONE_NUMBER:0478 119 302]].""",
    """Kia ora [[PERSON:Moana]], your campervan is confirmed: pick-up in [[LOCATION:Christchurch]] on [[DATE_TIME:12/01/2025 at 10:00]] and drop-off in [[LOCATION:Queenstown]] on [[DATE_TIME:19/01/2025]]. Main driver [[PERSON:Moana Te Awa]] (licence [[ID_NUMBER:DK482913]], version 302); additional driver [[PERSON:Liam Fergusson]], born [[DATE_TIME:04.09.1996]].""",
    """The rental agreement lists [[PERSON:Wei Jie Tan]] as hirer, [[NRP:Singaporean]] passport [[ID_NUMBER:K1938274L]], with a Mazda CX-5 taken out of the Changi depot at 0830 hrs on [[DATE_TIME:5 May 2025]]. He returned it in [[LOCATION:Johor Bahru]] two days later, which breaches the cross-border clause.""",
    """Driver [[PERSON:Faizal bin Mohd Noor]] (Grab ID [[ID_NUMBER:GD-7730412]], vehicle [[ID_NUMBER:WVB 3827]]) was rated one star by a rider who claims he took a longer route from [[LOCATION:Bangsar South]] to [[LOCATION:Subang Jaya]]. [[PERSON:Faizal]]'s number is [[PHONE_NUMBER:+60 17-288 4061]]; call him before suspending anything.""",
    """So apparently the toll notices for plate [[ID_NUMBER:421 KQZ]] are going to my old address at [[ADDRESS:9 Quarry Lane]], [[LOCATION:Ipswich]] [[LOCATION:QLD]] [[ZIP_CODE:4305]], even though I returned that hire car on [[DATE_TIME:the 7th of January]]. The hire company says it's on me. — [[PERSON:Callum Reid]]""",
    """Hi, I'm the host of the car you booked on the sharing app. [[PERSON:Natalia]], I've left the keys in the lockbox outside [[ADDRESS:204/11 Rose Lane]], [[LOCATION:Melbourne]] [[ZIP_CODE:3000]]. Please send a photo of your licence (front and back) and your date of birth — I have [[DATE_TIME:14 July 1999]] on the booking but want to double check. Cheers, [[PERSON:Tom Hollingsworth]]""",
    """Incident summary: passenger [[PERSON:Anjali Mehra]], [[AGE:27]], says the driver of the taxi she booked through the app on [[DATE_TIME:Thursday night, 9 January]] refused to take her guide dog. Her complaint came in from [[EMAIL_ADDRESS:anjali.mehra@icloud.com]] and the driver's taxi authority number is [[ID_NUMBER:TA 55218]].""",
    """Please add [[PERSON:Rohan Gupta-Smythe]] as a second driver to booking ZK-33018; his UK licence number is [[ID_NUMBER:GUPTA003120RS9WK]] and he's [[AGE:24]], so the young driver surcharge applies. Charge it to the same card ending 4417.""",
    """yo the airport transfer guy, [[PERSON:Sione]], was legend. picked me up from [[ADDRESS:55 Shortland Street]] at like 5am on [[DATE_TIME:New Year's Day]] and didn't even charge the holiday rate. his number if anyone needs a driver in [[LOCATION:Auckland]]: [[PHONE_NUMBER:021 660 2419]]""",
    # food delivery
    """Order for [[PERSON:Siti Aisyah Rahmat]] — deliver to [[ADDRESS:Blk 412 Tampines Street 41, #08-233]], [[LOCATION:Singapore]] [[ZIP_CODE:520412]]. Leave at the door and don't ring, baby sleeping. If needed call [[PHONE_NUMBER:+65 9127 4480]].""",
    """The rider marked order #D-88231 as delivered at 7:42 pm but [[PERSON:Kieran O'Shaughnessy]] says nothing arrived at [[ADDRESS:6/27 Lygon Street]], [[LOCATION:Carlton]]. He has been a customer since [[DATE_TIME:March 2021]] and the account email is [[EMAIL_ADDRESS:kieran.osh@gmail.com]]; refund approved.""",
    """Dear [[PERSON:Nurul Huda]], your weekly meal kit will now arrive on Wednesdays between 4 and 8 pm at [[ADDRESS:No. 23, Jalan SS 2/24]], [[LOCATION:Petaling Jaya]]. [[PHONE_NUMBER:012-904 7721]] is the number we'll message when the driver is close.""",
    """Driver note: customer [[PERSON:Grant]] at [[ADDRESS:17 Rimu Road]] has a gate that sticks, push hard. He also asked that we stop sending the SMS to his wife's phone ([[PHONE_NUMBER:021 773 095]]) and use his instead, [[PHONE_NUMBER:022 481 6630]].""",
    """Complaint from [[PERSON:Marisol Vega]] ([[EMAIL_ADDRESS:marisolvega.au@gmail.com]]): her order from the Thai place on [[DATE_TIME:Sunday the 16th]] came with peanuts despite her allergy being on her profile. She's [[AGE:34]] and ended up in ED at [[LOCATION:Westmead]]; she wants a call back on [[PHONE_NUMBER:0452 338 917]].""",
    """For tonight's office pizza order please put it under [[PERSON:Dinesh]]'s name and send it to [[ADDRESS:Level 9, 100 Market Street]], [[LOCATION:Sydney]]; we'll pay with the corporate card. [[PERSON:Dinesh]]'s mobile for the driver is [[PHONE_NUMBER:0401 992 580]].""",
    """Hey [[PERSON:Huong]]! Your first order from us is on the house. We saved your address as [[ADDRESS:12 Lorimer St]], [[LOCATION:Southbank]] — if that's wrong, update it in the app before Friday. Love, the team.""",
    """Courier [[PERSON:Bongani Khumalo]] was hit by a car while delivering to [[ADDRESS:305 Jan Smuts Avenue]], [[LOCATION:Craighall Park]] on [[DATE_TIME:4 February]]. His next of kin is his sister, [[PERSON:Lindiwe]], on [[PHONE_NUMBER:+27 82 447 1930]].""",
    """The grocery subscription for [[PERSON:Mr A. Rahman]], [[ADDRESS:27 Maple Close]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 6HR]] was paused by him on [[DATE_TIME:20 January]] while he is in hospital. Restart date to be confirmed by his son [[PERSON:Imran]] via [[EMAIL_ADDRESS:imran.rahman.lei@gmail.com]].""",
    # sports clubs
    """Welcome to the Coogee Dolphins juniors! [[PERSON:Noah Petrakis]] ([[AGE:9]]) has been placed in the Under 10 Blue squad. His registration number is [[ID_NUMBER:PLAYHQ-338172]] and his first training is [[DATE_TIME:Tuesday 4 February at 5pm]]. Parent contact on file: [[PERSON:Eleni Petrakis]], [[PHONE_NUMBER:0409 772 154]].""",
    """The netball club AGM elected [[PERSON:Ruth Mwangi]] as president and [[PERSON:Bec Anderson]] as treasurer. [[PERSON:Ruth]] can be reached on [[EMAIL_ADDRESS:ruthmwangi.nb@gmail.com]]; [[PERSON:Bec]] asks that subs be paid to the club account by the end of the month.""",
    """Selection for the Otago U17 rugby trial: [[PERSON:Tama Rangihuna]], born [[DATE_TIME:2008-03-22]], lock, from [[LOCATION:Mosgiel]]. Medical clearance was signed by [[PERSON:Dr. Helen Marsh]] on [[DATE_TIME:14 Feb 2025]].""",
    """Hi all, just a heads up that [[PERSON:Arjun]] from the Thursday social tennis group had his knee surgery in [[LOCATION:Richmond]] on [[DATE_TIME:Monday 10 March]]. If you want to send a card, his place is [[ADDRESS:41 Kooyong Road]], [[LOCATION:Armadale]] [[ZIP_CODE:3143]].""",
    """Membership renewal: [[PERSON:Chen Xiaoling]], member no. [[ID_NUMBER:SRC-04418]], born [[DATE_TIME:9 October 1987]], senior rowing category, paid by direct debit on [[DATE_TIME:1 Jan 2025]]. Emergency contact: [[PERSON:Daniel Chen]] [[PHONE_NUMBER:+65 8122 6635]].""",
    """The golf club has suspended [[PERSON:Peter Van der Merwe]] (handicap 12, member since 2009) for four weeks after the incident on the 14th green on [[DATE_TIME:Saturday 1 March]]. He has asked that all correspondence go to [[EMAIL_ADDRESS:pvdm.golf@bigpond.com]] rather than his work address.""",
    """congrats to our under 12 girls and esp. [[PERSON:zara ahmed-khan]] who scored a hat trick on sunday!! [[PERSON:zara]]'s mum [[PERSON:farah]] has the team photos if anyone wants them, text her on [[PHONE_NUMBER:0423 880 614]]""",
    """The cricket club's working-with-children register lists [[PERSON:Marcus Oduya]] (WWCC [[ID_NUMBER:WWC1893421E]], expires 2027) and [[PERSON:Sam Patel]] (WWCC [[ID_NUMBER:WWC2205517V]]) as the two accredited coaches for the Sunday juniors in [[LOCATION:Blacktown]].""",
    """Injury report: [[PERSON:Lachlan Fraser]], [[AGE:31]], A-grade hockey, suspected broken wrist after a fall at the hockey centre in [[LOCATION:Hobart]] on [[DATE_TIME:22/03/2025 at 3:20 pm]]; taken to hospital by his partner [[PERSON:Jess]].""",
    # everything else
    """Can you check why [[PERSON:chidi okafor]]'s standing order of £450 to his landlord bounced? His account is [[ID_NUMBER:41187720]], sort code 20-45-77, and he says he made the transfer on [[DATE_TIME:28 Jan]].""",
    """Patient [[PERSON:Aroha Ngata]], NHI [[ID_NUMBER:PNQ9549]], DOB [[DATE_TIME:17/06/1958]], was seen at the [[LOCATION:Whangārei]] clinic for a diabetes follow-up; next review booked for [[DATE_TIME:Thu 6 March, 2:15 pm]].""",
    """Hi, this is [[PERSON:Kavitha a/p Subramaniam]] from [[LOCATION:Klang]]. I'd like to refill my metformin prescription; my IC is [[ID_NUMBER:790512-10-5468]] and my phone number is [[PHONE_NUMBER:016-338 2104]].""",
    """Dear Parents, [[PERSON:Ethan Lim Jun Hao]] of Primary 4 Integrity will represent the school at the National Chess Championship on [[DATE_TIME:15 March]]. Kindly return the signed consent form to [[TITLE:Mdm]] [[PERSON:Rosnah]] by [[DATE_TIME:7 March]].""",
    """[[PERSON:Ananya Krishnamurthy]] (zID [[ID_NUMBER:z5391047]]) has been granted special consideration for the exam she missed on [[DATE_TIME:11 November 2024]]; her supplementary sitting is [[DATE_TIME:2 December 2024 at 1:00 pm]].""",
    """New starter paperwork for [[PERSON:Tevita Fifita]]: start date [[DATE_TIME:10/03/2025]], TFN [[ID_NUMBER:655 851 983]], super fund member number [[ID_NUMBER:700418837]], pay into BSB 062-000 account [[ID_NUMBER:1049 2271]].""",
    """I am [[PERSON:Maria Cristina dela Cruz]], a [[NRP:Filipino]] national working in [[LOCATION:Singapore]] on a work permit, FIN [[ID_NUMBER:G1045157X]]. My employer is holding my passport, number [[ID_NUMBER:P4418207B]], and I have an appointment at the embassy on [[DATE_TIME:24 June]].""",
    """hey its [[PERSON:brendon]] again, the fibre at [[ADDRESS:27A Puriri Street]], [[LOCATION:Hamilton East]] keeps dropping out every night around 8. account no [[ID_NUMBER:1849-2200-73]]. text me on [[PHONE_NUMBER:022 315 8841]] cos I'm on shift during the day""",
    """Passenger [[PERSON:Sarah-Jane O'Donoghue]], booking ref QX7P2L, flying [[LOCATION:Dublin]] to [[LOCATION:Perth]] via [[LOCATION:Doha]] on [[DATE_TIME:21 Dec 2024]]; [[NRP:Irish]] passport [[ID_NUMBER:PE4417392]], frequent flyer number [[ID_NUMBER:517883204]].""",
    """[[PERSON:Grace Whitford]] brought Biscuit, her six-year-old cavoodle, in on [[DATE_TIME:Monday the 3rd]] for his vaccinations. Invoice to [[ADDRESS:8 Acacia Drive]], [[LOCATION:Toowoomba]] [[ZIP_CODE:4350]].""",
    """The hearing in [[PERSON:Mokoena]] v [[PERSON:Dlamini]] has moved to [[DATE_TIME:18 August 2025 at 10h00]] at the Magistrate's Court in [[LOCATION:Randburg]]. [[PERSON:Ms Thandiwe Mokoena]], ID [[ID_NUMBER:8804120731085]], will be represented by [[TITLE:Adv.]] [[PERSON:Pillay]].""",
    """Claim lodged by [[PERSON:Bianca Russo]] after her car was rear-ended near the [[LOCATION:Leichhardt]] shops on [[DATE_TIME:9 Jan 2025]]. The other driver, [[PERSON:Ka Wai Cheung]], gave rego [[ID_NUMBER:CJ67LP]] and NSW licence [[ID_NUMBER:14839207]].""",
    """Shout out to [[PERSON:jasmine tan]] ([[USERNAME:jas.tan.bakes]] on insta) for the insane ondeh ondeh cake she made for my mum's birthday. You can order from her at [[URL:https://www.instagram.com/jas.tan.bakes/]]!""",
    """Ban appeal from [[USERNAME:xXkoalaSniperXx]] (registered email [[EMAIL_ADDRESS:danny.mcintyre07@hotmail.com]]); last login from [[IP_ADDRESS:203.59.114.22]] on [[DATE_TIME:2025-02-03 21:14 AWST]]. The account holder says his younger brother [[PERSON:Riley]] used it.""",
    """[[PERSON:Mr. Adebayo Ogunleye]], [[AGE:52]], of [[ADDRESS:14 Admiralty Way]], [[LOCATION:Lekki]], [[LOCATION:Lagos]], reported that his BVN [[ID_NUMBER:22184730911]] was used to open an account he never applied for on [[DATE_TIME:12 February 2025]].""",
    """My grandmother, [[PERSON:Lorna McKenzie]], turned [[AGE:90]] on [[DATE_TIME:St Patrick's Day]] and the aged care home at [[ADDRESS:120 Racecourse Road]], [[LOCATION:Hamilton]] [[LOCATION:QLD]] still hasn't updated her Medicare details; the card number is [[ID_NUMBER:5272 99606 4]].""",
    """Can someone from IT reset the VPN for [[PERSON:Oluwaseun]]? He's working from [[LOCATION:Nairobi]] this week and the portal keeps blocking [[IP_ADDRESS:41.90.64.117]]. His staff number is [[ID_NUMBER:E-204417]].""",
    """We're pleased to offer [[PERSON:Fatima Zahra Benali]] the role of Graduate Analyst starting [[DATE_TIME:7 April 2025]]. Please confirm by replying to [[EMAIL_ADDRESS:f.benali@student.unimelb.edu.au]] and bring your passport to orientation.""",
    """The school bus for [[PERSON:Harper]] and [[PERSON:Mason Tuilagi]] will now stop outside [[ADDRESS:66 Great South Road]], [[LOCATION:Manurewa]] instead of the corner. Their mum [[PERSON:Sela]] asked for the change on [[DATE_TIME:the 4th]].""",
    """[[TITLE:Rev.]] [[PERSON:Samuel Otieno]] will officiate the wedding of [[PERSON:Grace Wanjiru]] and [[PERSON:David Kiprono]] at St Andrew's, [[LOCATION:Nairobi]], on [[DATE_TIME:Saturday 26 April 2025 at 11 a.m.]] RSVP to [[PERSON:Grace]] on [[PHONE_NUMBER:0722 418 906]].""",
    """I'm a [[NRP:Muslim]] convert and need the halal meal option for my flight with [[PERSON:Nicholas]] (my husband) on [[DATE_TIME:3 May]]. Booking is under my name, [[PERSON:Rebecca Alsop]].""",
    """Donation receipt: thank you, [[PERSON:Hemi Walker]], for your gift of $250 on [[DATE_TIME:31/03/2025]]. Your IRD number [[ID_NUMBER:046-141-660]] is on file for the tax credit claim.""",
    """Please update the CPF nomination for [[PERSON:Goh Siew Lan]], NRIC [[ID_NUMBER:S6975656E]], to add her son [[PERSON:Lee Jun Wei]] (born [[DATE_TIME:2 Feb 2003]]). She can be reached at [[PHONE_NUMBER:6452 0871]] after 10am.""",
    """The library has three overdue books on [[PERSON:Declan Murphy]]'s card ([[ID_NUMBER:23501004418825]]). He lives at [[ADDRESS:Apt 3B, 71 Main Street]], [[LOCATION:Bray]], [[LOCATION:Co. Wicklow]], [[ZIP_CODE:A98 X2T6]].""",
    """A woman who gave her name as [[PERSON:Tanvi]] called at 3:10 pm claiming to be [[PERSON:Joseph Abara]]'s daughter and asked for his room number. [[PERSON:Mr Abara]], [[AGE:81]], has asked that no information be given to callers.""",
    """Statement of [[PERSON:Ms Leilani Kahananui]]: at [[DATE_TIME:8.15 pm on 9 March 2025]] I was walking home along the beach path to [[ADDRESS:4/22 Marine Parade]], [[LOCATION:Napier]] when a man on a scooter grabbed my bag, which had my phone, my licence ([[ID_NUMBER:EK927145]]) and about $60.""",
    """[[PERSON:Siddharth]], your home loan pre-approval is ready. We'll need your Aadhaar ([[ID_NUMBER:4181 7019 8522]]) for the NRI paperwork and your Australian payslips since [[DATE_TIME:September 2024]]. — [[PERSON:Kim]] at the branch""",
    """Good morning [[PERSON:Dr. Wong]], your patient [[PERSON:Mohamed Yusuf Abdi]] (Medicare [[ID_NUMBER:3270 45566 5]]) has been booked for a CT on [[DATE_TIME:Fri 28/3 at 08:45]] at [[ADDRESS:Suite 2, 310 Victoria Street]], [[LOCATION:Darlinghurst]].""",
    """After 23 years at the council, [[PERSON:Margaret 'Peggy' Sullivan]] retires on [[DATE_TIME:30 June]]. Messages for her farewell book can go to [[PERSON:Peggy]]'s niece at [[EMAIL_ADDRESS:ciara.sullivan@eircom.net]].""",
    """The childcare centre needs [[PERSON:Aarav Sharma]]'s immunisation history before his start on [[DATE_TIME:3 February]]; he was born [[DATE_TIME:12-05-2022]], and his CRN is [[ID_NUMBER:407 553 218K]].""",
    """[[PERSON:Ngozi]] — your Canadian SIN [[ID_NUMBER:628 990 103]] came through, so payroll can switch you off the emergency tax code from the next run. Welcome to [[LOCATION:Calgary]]!""",
    """Parcel for [[PERSON:J. Halvorsen]] left with neighbour at [[ADDRESS:No. 9]] because nobody answered at [[ADDRESS:No. 11 Brunswick Road]], [[LOCATION:Bendigo]] [[ZIP_CODE:3550]].""",
    """ICYMI [[PERSON:jono kerr]] is running for the local board in [[LOCATION:Ōtara]] as an independent, if you want to volunteer email him at [[EMAIL_ADDRESS:jonokerr.otara@gmail.com]] or DM [[USERNAME:jonokerr_otara]]""",
    """The scholarship committee is delighted to inform [[PERSON:Nguyen Thi Thu Ha]], a [[NRP:Vietnamese]] student aged [[AGE:19]], that she has been awarded the 2025 ASEAN Undergraduate Scholarship at NUS. Please accept by [[DATE_TIME:20 May 2025]].""",
    """Our electrician [[PERSON:Hamish]] will come round to [[ADDRESS:12 Kauri Place]], [[LOCATION:Tauranga]] on [[DATE_TIME:Monday 17th between 8 and 10]]. If no one is home he'll call [[PERSON:Mrs. Patel]] on [[PHONE_NUMBER:07 578 3315]].""",
    """My son [[PERSON:Dylan]] ([[AGE:16]]) had his phone stolen at school; the number was [[PHONE_NUMBER:0412 880 136]] and the IMEI is 356938035643809. Please block it — account holder is me, [[PERSON:Karen Lowther]], DOB [[DATE_TIME:05/11/1978]].""",
    """[[PERSON:Ayesha Siddiqui]] is a [[NRP:Pakistani]] citizen, age [[AGE:29]], currently on a 482 visa in [[LOCATION:Adelaide]]; her employer sponsorship was approved on [[DATE_TIME:15 January 2025]].""",
    """To the owner of the blue Swift with plate [[ID_NUMBER:SNA 5528 R]]: you're blocking the loading bay at [[ADDRESS:Blk 21 Woodlands Industrial Park E1]] again. — [[PERSON:Raju]], unit #02-11""",
    """When [[PERSON:Keanu Parata]] called on [[DATE_TIME:the 20th]], he confirmed his postal address as [[ADDRESS:PO Box 5521]], [[LOCATION:Rotorua]] [[ZIP_CODE:3044]] and asked that the KiwiSaver statements go there from now on.""",
    """Hello [[PERSON:Ms. Rodriguez]], the dental clinic has you down for a scale and clean with [[PERSON:Dr. Farhan Iqbal]] on [[DATE_TIME:11/04 at 4:30pm]]. Reply Y to confirm or call us on (03) 9510 2200.""",
    """Employee [[PERSON:Ravi Chandran]], staff no. [[ID_NUMBER:MYS-40471]], has applied for Deepavali leave from [[DATE_TIME:29 October]] to [[DATE_TIME:1 November]]; his EPF number is [[ID_NUMBER:18804371]].""",
    """[[PERSON:Ahmad Danial]] tells the story of his father, [[TITLE:Haji]] [[PERSON:Osman]], who sailed from [[LOCATION:Penang]] in 1962 and never returned; the family still lives at [[ADDRESS:18 Lorong Kulit]], [[LOCATION:George Town]].""",
    """Hi [[PERSON:bec]], the physio said [[PERSON:ollie]] can go back to training on [[DATE_TIME:the 28th]] if the swelling is down. his next appt is [[DATE_TIME:Wed 19 Mar 11am]] at the [[LOCATION:Geelong]] clinic""",
    """Warrant of fitness reminder for [[PERSON:Tui Henare]]: your vehicle [[ID_NUMBER:LRK451]] is due on [[DATE_TIME:22 April]]. We have you at [[ADDRESS:3 Tōtara Lane]], [[LOCATION:Kerikeri]]; call 09 407 1188 to book.""",
    # Indonesian and Malay
    """Saya [[PERSON:Dewi Anggraini]], kemarin malam naik ojol dari [[ADDRESS:Jl. Kemang Raya No. 45]], [[LOCATION:Jakarta Selatan]] ke kos saya di [[LOCATION:Tebet]]. Pengemudinya, [[TITLE:Pak]] [[PERSON:Joko]], motor Vario plat [[ID_NUMBER:B 4127 KZT]], ngebut terus dan helm saya ketinggalan. Mohon hubungi saya di [[PHONE_NUMBER:0812-9044-3371]].""",
    """Kamar kos di [[ADDRESS:Jl. Kaliurang Km 5,6, Gg. Kinanti No. 3]], [[LOCATION:Sleman]] disewa oleh [[PERSON:Rizky Pratama]] mulai [[DATE_TIME:1 Agustus 2024]] dengan sewa Rp1.500.000 per bulan. Penyewa berusia [[AGE:21]] tahun dan KTP-nya bernomor [[ID_NUMBER:3273011208030002]].""",
    """Pesanan GoFood atas nama [[TITLE:Bu]] [[PERSON:Ratna Sari]] belum sampai sejak [[DATE_TIME:Jumat, 7 Februari pukul 19.30]]. Alamat: [[ADDRESS:Perumahan Griya Asri Blok C2 No. 14]], [[LOCATION:Bekasi]] [[ZIP_CODE:17112]]. Nomor WA [[PHONE_NUMBER:+62 857 1120 4486]].""",
    """Pengumuman: atlet PB Cahaya, [[PERSON:Made Wirawan]] (lahir [[DATE_TIME:27 Oktober 2009]]) dan [[PERSON:Putu Ayu Lestari]], terpilih mewakili [[LOCATION:Bali]] di Kejurnas bulu tangkis. Orang tua harap menghubungi pelatih [[PERSON:Nyoman Sudarsana]] di [[PHONE_NUMBER:0361 224 871]].""",
    """Nasabah atas nama [[PERSON:Hendra Wijaya]], NIK [[ID_NUMBER:3578102710790004]], mengajukan keberatan atas transaksi kartu [[CREDIT_CARD:4492 5718 0443 1135]] tanggal [[DATE_TIME:3 Maret 2025]] sebesar Rp4.250.000 yang tidak ia lakukan.""",
    """Tuan rumah unit [[ADDRESS:B-12-07]], Residensi Harmoni, [[LOCATION:Cheras]], iaitu [[TITLE:Encik]] [[PERSON:Zulkifli bin Hassan]], dimaklumkan bahawa caj penyelenggaraan bagi bulan Januari belum dijelaskan. Sila hubungi pejabat JMB atau [[TITLE:Puan]] [[PERSON:Aminah]] di [[PHONE_NUMBER:019-772 4150]].""",
    """Penumpang [[PERSON:Nur Syafiqah binti Rosli]] melaporkan bahawa pemandu Grab bernama [[PERSON:Kumar]] (kereta Myvi [[ID_NUMBER:BKL 7293]]) menurunkannya di tempat salah pada [[DATE_TIME:Sabtu, 15 Februari jam 11 malam]]. Dia boleh dihubungi di [[EMAIL_ADDRESS:syafiqah.rosli@gmail.com]].""",
    """Hai [[PERSON:Amir]], pesanan nasi kandar anda sedang dalam perjalanan ke [[ADDRESS:No. 7, Jalan Mawar 3]], [[LOCATION:Taman Melati]], [[ZIP_CODE:53100]] [[LOCATION:Kuala Lumpur]]. Penghantar, [[PERSON:Hafiz]], akan telefon [[PHONE_NUMBER:011-2345 8890]] bila sampai.""",
    """Kelab Bola Sepak Seri Iskandar mengucapkan tahniah kepada [[PERSON:Muhammad Aiman Hakimi]], [[AGE:15]] tahun, yang dipilih ke skuad bawah 16 negeri [[LOCATION:Perak]]. Nombor ahli kelabnya [[ID_NUMBER:KBSI-0217]].""",
    """Pesakit [[PERSON:Lim Ah Kow]], No. KP [[ID_NUMBER:520903-07-5231]], umur [[AGE:72]], dijadualkan untuk pemeriksaan mata pada [[DATE_TIME:Isnin, 10 Mac 2025 jam 9.00 pagi]] di klinik kesihatan [[LOCATION:Bukit Mertajam]].""",
]

BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    """Dear [[PERSON:Dr. Hinemoa Tautahi]], as Lead Solutions Facilitator at the [[LOCATION:Rotorua]] office, please confirm your new login: username [[USERNAME:htautahi_83]], temporary password Kx9#pLm2!vQ. The sign-in from [[IP_ADDRESS:114.23.198.47]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36 has been flagged for review.""",
    """Transaction alert for [[PERSON:Ngaire Hollis]]: card [[CREDIT_CARD:5126 7824 5141 3810]], CVV 417, exp 09/27, was used at 2:14 AM from a device with MAC 3c:22:fb:91:0e:7a. Billing address on file: [[ADDRESS:58 Wakefield Street]], [[LOCATION:Nelson]] [[ZIP_CODE:7010]], [[LOCATION:New Zealand]].""",
    """The patient [[PERSON:Koa Mahelona]], a [[AGE:43]]-year-old male from [[LOCATION:Hilo]], [[LOCATION:HI]], reported chest pain on [[DATE_TIME:11/02/2024]]. Contact via [[PHONE_NUMBER:+1-808-555-0139]] or [[EMAIL_ADDRESS:koa.mahelona@hawaiiantel.net]]. SSN on file: [[US_SSN:575-22-8193]].""",
    """Please send the bond refund to [[PERSON:Anneliese Vogt]], IBAN [[IBAN_CODE:DE33 3704 0044 6906 8225 80]], BIC COBADEFFXXX. She moved out of [[ADDRESS:Lindenstraße 14, 3. OG]], [[ZIP_CODE:50674]] [[LOCATION:Köln]] and arrived in [[LOCATION:Brisbane]] on [[DATE_TIME:1 March 2025]].""",
    """[[PERSON:Xavier Ong]]'s account [[ID_NUMBER:ACC-55102938]] shows a login from [[IP_ADDRESS:2406:3003:2077:1e40:8d1:44ff:fe21:9a0c]] at [[DATE_TIME:23:51 on 2025-01-29]]; the user agent was Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X). Reach him at [[EMAIL_ADDRESS:xavier.ong@singnet.com.sg]] or [[PHONE_NUMBER:+65 9734 1208]].""",
    """Our Principal Mobility Strategist, [[PERSON:Mx. Rowan Ellery-Park]], lives at [[ADDRESS:1187 Tamaki Drive]], [[ADDRESS:Apt. 4C]], [[LOCATION:Kohimarama]]. [[PERSON:Rowan]]'s date of birth is [[DATE_TIME:March 3rd, 1990]] and the vehicle registered to them is [[ID_NUMBER:PKR552]].""",
    """Hi [[PERSON:Jaswinder]], the invoice for the Forward Tactics workshop was charged to your [[CREDIT_CARD:3485 355588 67277]] Amex (CVV 8812, expiring 11/26). If the amount of AUD 1,240.00 is wrong, reply to this email or call us. Regards, [[PERSON:Carys]].""",
    """[[PERSON:Tomasz Wieczorek]], [[AGE:38]], Senior Branding Technician, born [[DATE_TIME:1986-07-21]], username [[USERNAME:t.wieczorek86]], phone [[PHONE_NUMBER:0439 117 204]], address [[ADDRESS:22 Hamersley Road]], [[LOCATION:Subiaco]] [[LOCATION:WA]] [[ZIP_CODE:6008]].""",
    """Please update the records for [[PERSON:Leota Sapolu]]: new secondary address [[ADDRESS:Unit 12]], building [[ADDRESS:45]], [[ADDRESS:Kitchener Road]], [[LOCATION:Milford]], [[LOCATION:North Shore]]. The old one, [[ADDRESS:7 Glen Road]], [[LOCATION:Devonport]], should be archived.""",
    """To verify your identity, [[PERSON:Aiko Yamamoto-Price]], we need the last digits of your account and the IP you last used. Our logs show [[IP_ADDRESS:49.186.77.201]] on [[DATE_TIME:Feb 9, 2025, 7:02 PM]] and [[IP_ADDRESS:49.186.77.214]] the day before.""",
    """Account name: Savings Account. Holder: [[PERSON:Oyelaran Bankole]]. Account number [[ID_NUMBER:3001928554]]. Amount: ₦425,000. Initiated from [[IP_ADDRESS:102.89.33.140]] with Mozilla/5.0 (Linux; Android 13; SM-A135F). Masked card: ****8831.""",
    """[[PERSON:Mrs. Imogen Fairbairn]] of [[ADDRESS:Flat 2, 19 Heriot Row]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH3 6HP]] has asked that her payments to the sports club be taken from [[IBAN_CODE:GB06BARC20041727211743]] instead. Her membership number is [[ID_NUMBER:0044718]].""",
    """The new Customer Markets Liaison, [[PERSON:Bilal Chaudhry]], joined on [[DATE_TIME:02-12-2024]]. His laptop (MAC a4:83:e7:2c:19:5d, IMEI 353918102247611) is assigned to desk 14 at [[ADDRESS:Level 3, 161 Collins St]], [[LOCATION:Melbourne]]. His ethnicity is recorded as [[NRP:Pakistani]].""",
    """Good afternoon [[PERSON:Prof. Emeka Nwosu]], the conference organisers need your passport number ([[ID_NUMBER:A07718295]]), nationality ([[NRP:Nigerian]]) and date of birth ([[DATE_TIME:14/08/1971]]) for the [[LOCATION:Kuala Lumpur]] visa letter.""",
    """Ref your query [[PERSON:Hana Kim]]: the card [[CREDIT_CARD:4318-0422-6218-9823]] with expiry 03/28 and CVV 559 is linked to [[EMAIL_ADDRESS:hana.kim.syd@gmail.com]] and [[PHONE_NUMBER:+61 402 613 885]]. Billing: [[ADDRESS:9/31 Bay Street]], [[LOCATION:Double Bay]] [[LOCATION:NSW]] [[ZIP_CODE:2028]].""",
    """In [[LOCATION:Christchurch]], the Lead Accounts Officer [[PERSON:Finn Gallagher]] ([[EMAIL_ADDRESS:finn.gallagher@xtra.co.nz]]) confirmed the Bitcoin refund request. His vehicle, a 2019 Ranger with VIN MNACMFE90KW123456 and plate [[ID_NUMBER:MFG219]], was sold on [[DATE_TIME:8 January]].""",
    """[[PERSON:Yusuf]] your one-time code is 448213. Do not share it. If you did not request this code from [[IP_ADDRESS:175.138.212.9]], contact us. Your registered number is [[PHONE_NUMBER:+60 13-447 0926]].""",
    """Hey [[PERSON:Sophie]], [[PERSON:Marama]] here — I've left the keys for [[ADDRESS:42 Anzac Parade]], [[ADDRESS:Apt. 3]], [[LOCATION:Whanganui]] under the mat. My new email is [[EMAIL_ADDRESS:marama_w@outlook.co.nz]], username on the portal is [[USERNAME:maramaW77]].""",
    """Gender: Female. Age: [[AGE:61]]. Name: [[PERSON:Parvati Raman]]. Blood type: B+. Job area: Research. Street: [[ADDRESS:Jalan Ampang]], building [[ADDRESS:302]], secondary address [[ADDRESS:Suite 18-2]], [[LOCATION:Kuala Lumpur]] [[ZIP_CODE:50450]].""",
    """[[PERSON:Liang Hui]] paid 3,200.00 SGD with [[CREDIT_CARD:6253 0874 0059 9773]] (UnionPay, exp 07/29) on behalf of [[PERSON:Zhang Wen]], whose date of birth is [[DATE_TIME:19-Jun-1995]] and FIN is [[ID_NUMBER:F9532654N]].""",
    """Hi team, [[PERSON:Caoimhe Doherty]] (she/her) is our new Dynamic Metrics Producer. Set her up with [[USERNAME:cdoherty]] and route her calls to [[PHONE_NUMBER:+353 87 214 9903]]. Her PPS number is in the HR folder, not here.""",
    """Dear [[PERSON:Mr. Tavita Leiataua]], we refunded NZD 89.50 to the card ending 4417 on your account [[ID_NUMBER:CUS-00932817]]. The refund was requested from [[IP_ADDRESS:122.56.203.14]], which matches your usual location in [[LOCATION:Porirua]].""",
    """Attention [[PERSON:Ishaan Verma]]: your [[LOCATION:Auckland]] property at [[ADDRESS:15 Rawene Avenue]] has an outstanding rates balance. Pay by direct debit from [[ID_NUMBER:12-3192-0045871-00]] or by card.""",
    """Claim form received from [[PERSON:Yolanda Mthembu]] on [[DATE_TIME:Monday, 3 February 2025]] regarding her motor policy. Her contact [[PHONE_NUMBER:071 882 4517]], email [[EMAIL_ADDRESS:yolanda.m@webmail.co.za]], and the bank account for payout is [[ID_NUMBER:62819044731]] (branch code 250655).""",
    """[[PERSON:Brayden]], your Dragons membership [[ID_NUMBER:WSD-221904]] renews on [[DATE_TIME:2025-06-30]]. Card on file [[CREDIT_CARD:5522916273994538]], expiry 12/25, will be charged. Sent to [[EMAIL_ADDRESS:brayden.kelly02@gmail.com]].""",
    """The account [[USERNAME:lil_kauri_92]] (real name [[PERSON:Kauri Mitchell]]) posted from [[IP_ADDRESS:103.244.90.17]] and later from [[IP_ADDRESS:fe80::9c1f:44ff:fe03:71aa]]. The profile links to [[URL:https://www.tiktok.com/@lil_kauri_92]].""",
    """Meet [[PERSON:Delphine Rousseau]], our Regional Implementation Agent. Born [[DATE_TIME:22nd of May 1984]], she holds the [[NRP:French]] passport [[ID_NUMBER:19AV52817]] and banks with [[IBAN_CODE:FR7630004097150587487520883]].""",
    """Hi [[PERSON:Ravi]], your ride-share payout of AUD 612.40 for the week was sent to BSB 033-172 account [[ID_NUMBER:471 903 228]]. Your ABN and your driver ID [[ID_NUMBER:DRV-88213]] are verified. Questions: help@ on the app.""",
    """[[PERSON:Kamau Njoroge]] ([[AGE:35]]), [[ADDRESS:House 14, Riverside Drive]], [[LOCATION:Westlands]], [[LOCATION:Nairobi]], KRA PIN [[ID_NUMBER:A009417753K]], phone [[PHONE_NUMBER:+254 722 901 448]], paid with [[CREDIT_CARD:4059985016771192]].""",
    """Security notice: someone logged into [[PERSON:Charlotte Beaumont]]'s streaming account from [[IP_ADDRESS:185.220.101.34]] using Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0. If this wasn't you, reset your password (currently starting with "Ch4r").""",
    """Employee [[PERSON:Ramón Castillo]], SSN [[US_SSN:412-67-9031]], DOB [[DATE_TIME:09/30/1979]], moved from [[ADDRESS:4417 Belmont Ave]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60641]] to [[LOCATION:Auckland]] on [[DATE_TIME:January 6]]; his Illinois licence [[US_DRIVER_LICENSE:C352-7410-9283]] is now surrendered.""",
    """Hello [[PERSON:Ms Akosua Boateng]], the Investor Solutions Coordinator role requires a police check. Please upload your passport and a bill showing [[ADDRESS:3/77 Military Road]], [[LOCATION:Neutral Bay]] [[ZIP_CODE:2089]] by replying to this message.""",
    """[[PERSON:Li Na Huang]] transferred EUR 2,500 from [[IBAN_CODE:NL89 INGB 7530 2902 93]] to [[PERSON:Thomas Berger]]'s [[IBAN_CODE:CH15 0076 2270 7852 1591 9]] for the ski chalet deposit, with the note "[[LOCATION:Zermatt]] [[DATE_TIME:14-21 Feb]]".""",
    """[[PERSON:Pania]], the car hire bond of NZD 500 was taken from [[CREDIT_CARD:4512 2210 4017 8662]] (exp 01/27) at pick-up in [[LOCATION:Nelson]] on [[DATE_TIME:Saturday 8 March at 9:15]]. It'll be released 10 business days after return.""",
    """User [[USERNAME:gabrielle.r]] ([[PERSON:Gabrielle Renaud]], [[AGE:52]]) updated her phone to [[PHONE_NUMBER:+1 514-555-0187]] and her address to [[ADDRESS:3400 rue Sherbrooke Ouest]], [[ADDRESS:app. 12]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H3Z 1C7]].""",
    """[[PERSON:Connor McAllister]], your new debit card is on its way to [[ADDRESS:Lot 4, 2210 Bruce Highway]], [[LOCATION:Gympie]] [[LOCATION:QLD]] [[ZIP_CODE:4570]]. When it arrives, activate it from [[PHONE_NUMBER:0497 003 118]], the number on your profile.""",
    """Our records show [[PERSON:Samira Haddad]] (passport [[ID_NUMBER:N8814205]], [[NRP:Lebanese]]) checked into room 1207 on [[DATE_TIME:12/03/2025 15:40]] and paid with [[CREDIT_CARD:5362 7142 8613 1625]]. Her emergency contact is [[PERSON:Karim Haddad]], [[PHONE_NUMBER:+961 3 442 817]].""",
    """Dear [[PERSON:Kai]], thanks for joining the Bay of Plenty Cycling Club! Your member ID is [[ID_NUMBER:BOPCC-7714]] and your emergency contact is set to [[PERSON:Anahera Rāwiri]] ([[PHONE_NUMBER:027 448 9021]]). Your first group ride is booked for [[DATE_TIME:Sunday 2 March, 7am]] from [[LOCATION:Mount Maunganui]].""",
    # in the manner of gretel-pii-masking-en-v1
    """MOTOR VEHICLE CLAIM NOTIFICATION
Policyholder: [[PERSON:Gerard Fitzpatrick]]
Policy No.: MV-4471-2290-AU
Date of loss: [[DATE_TIME:17 January 2025]]
Location of incident: intersection of Canning Hwy and Petra St, [[LOCATION:East Fremantle]] [[LOCATION:WA]]
Third party: [[PERSON:Huy Tran]], licence [[ID_NUMBER:7184402]] (WA), registration [[ID_NUMBER:1GTX 558]]
Description: Insured's vehicle was struck on the passenger side while turning right. No injuries reported. Insured contactable on [[PHONE_NUMBER:0417 550 283]].""",
    """RESIDENTIAL TENANCY AGREEMENT (extract)
This agreement is made on [[DATE_TIME:20 February 2025]] between the Landlord, [[PERSON:Helen Xu]], of [[ADDRESS:PO Box 882]], [[LOCATION:Chatswood]] [[LOCATION:NSW]] [[ZIP_CODE:2057]], and the Tenants, [[PERSON:Matteo Ricci]] and [[PERSON:Aroha Ricci]], for the premises at [[ADDRESS:5/14 Albert Avenue]], [[LOCATION:Chatswood]] [[LOCATION:NSW]] [[ZIP_CODE:2067]]. The term begins on [[DATE_TIME:1 March 2025]] and ends on [[DATE_TIME:28 February 2026]]. Rent: $720 per week, payable fortnightly in advance. Bond: $2,880, lodged with NSW Fair Trading.""",
    """PATIENT DISCHARGE SUMMARY
Name: [[PERSON:Wiremu Tapsell]]    NHI: [[ID_NUMBER:CRM8442]]    DOB: [[DATE_TIME:03/11/1949]]    Age: [[AGE:75]]
Admitted: [[DATE_TIME:08/02/2025]]    Discharged: [[DATE_TIME:14/02/2025]]
GP: [[PERSON:Dr Lisa Tamihana]], [[ADDRESS:22 Grey Street]], [[LOCATION:Gisborne]]
Summary: [[PERSON:Mr Tapsell]] was admitted with community-acquired pneumonia. Treated with IV antibiotics, now stable. Follow up with GP in one week. Next of kin: daughter [[PERSON:Kiri Tapsell]], [[PHONE_NUMBER:021 339 804]].""",
    """PERSONAL LOAN APPLICATION
Applicant: [[PERSON:Priya Nair]]     Date of birth: [[DATE_TIME:12 Dec 1990]]
Residential address: [[ADDRESS:88 Jalan Tun Razak]], [[ADDRESS:Unit 21-3A]], [[ZIP_CODE:50400]] [[LOCATION:Kuala Lumpur]]
NRIC: [[ID_NUMBER:901212-14-5562]]     Mobile: [[PHONE_NUMBER:012-771 0394]]
Employer: Petronas Dagangan Berhad, Senior Engineer, 8 years
Monthly gross income: RM 14,500     Loan amount requested: RM 60,000
Salary account: [[ID_NUMBER:5140 1228 9034]]
Declaration signed [[DATE_TIME:3 March 2025]].""",
    """NOTICE OF TERMINATION OF TENANCY
To: [[PERSON:Jordan Blake]], [[ADDRESS:Flat 4, 27 Ponsonby Road]], [[LOCATION:Ponsonby]], [[LOCATION:Auckland]] [[ZIP_CODE:1011]]
From: [[PERSON:Margaret Ellison]], landlord
The landlord gives notice under section 51 of the Residential Tenancies Act 1986 that the tenancy will end on [[DATE_TIME:30 May 2025]], as the premises are to be sold. Please contact me on [[PHONE_NUMBER:09 521 7738]] or [[EMAIL_ADDRESS:m.ellison@xtra.co.nz]] to arrange viewings.
Dated [[DATE_TIME:28 February 2025]].""",
    """EMPLOYMENT CONTRACT — PARTIES
Employer: Harbourline Logistics Pte Ltd (UEN 201912345K)
Employee: [[PERSON:Muhammad Irfan bin Salleh]], NRIC [[ID_NUMBER:S9163864I]], residing at [[ADDRESS:Blk 675 Jurong West Street 61, #11-402]], [[LOCATION:Singapore]] [[ZIP_CODE:640675]]
Commencement date: [[DATE_TIME:17 March 2025]]
Position: Warehouse Supervisor. Basic salary: S$3,800 per month, credited to DBS account [[ID_NUMBER:027-90418-3]].""",
    """WORKERS' COMPENSATION — INJURY REPORT
Worker: [[PERSON:Sefo Tuimavave]]    Date of birth: [[DATE_TIME:22/07/1988]]    Phone: [[PHONE_NUMBER:0433 571 096]]
Home address: [[ADDRESS:11 Kurrajong Street]], [[LOCATION:Mount Druitt]] [[LOCATION:NSW]] [[ZIP_CODE:2770]]
Date/time of injury: [[DATE_TIME:6 March 2025, 2:45 pm]]
Nature of injury: laceration to left forearm from box cutter while unloading pallets.
Witness: [[PERSON:Dylan Cho]] (team leader). Treating doctor: [[PERSON:Dr. Amara Okeke]], Mt Druitt Medical Centre.""",
    """STATUTORY DECLARATION
I, [[PERSON:Nomvula Zulu]], of [[ADDRESS:23 Hartley Street]], [[LOCATION:Claremont]], [[LOCATION:Cape Town]] [[ZIP_CODE:7708]], identity number [[ID_NUMBER:9102270384089]], do solemnly declare that I have lost my original matric certificate and have not pledged it to any person. Declared at [[LOCATION:Cape Town]] on [[DATE_TIME:11 February 2025]].""",
    """HEALTH INSURANCE CLAIM
Member: [[PERSON:Ethan Ravindran]]     Member no.: [[ID_NUMBER:HCF 40918377]]
Patient: [[PERSON:Leah Ravindran]] (dependant, age [[AGE:7]])
Date of service: [[DATE_TIME:24/01/2025]]     Provider: [[PERSON:Dr. Gwen Barker]], paediatric dentist, provider no. [[ID_NUMBER:2418873T]]
Items: 012 periodic exam, 114 scale and clean, 121 fluoride. Total: $285.00. Paid from the family account [[ID_NUMBER:062-692 10448811]].""",
    """RENTAL VEHICLE DAMAGE REPORT
Hirer: [[PERSON:Oscar Lindqvist]]    Licence: [[ID_NUMBER:SE-19880415-4417]] (Sweden)    Passport: [[ID_NUMBER:90417723]]
Vehicle: Toyota Corolla Hybrid, rego [[ID_NUMBER:SKQ 731 D]]
Out: [[DATE_TIME:09 Feb 2025 10:00]] Changi T3     In: [[DATE_TIME:12 Feb 2025 18:20]] Changi T3
Damage: 15 cm scratch on rear bumper. Hirer's explanation: scraped a bollard at a carpark in [[LOCATION:Tiong Bahru]]. Excess of S$1,500 charged to [[CREDIT_CARD:2221 5241 3071 8586]].""",
    """NOTICE OF STRATA LEVY ARREARS
Owners Corporation SP 71804
To: [[PERSON:Mr Vikram Sethi]], owner of Lot 33, [[ADDRESS:Unit 1507, 2 Aqua Street]], [[LOCATION:Southport]] [[LOCATION:QLD]] [[ZIP_CODE:4215]]
Levies of $3,412.60 remain unpaid as at the date of this notice. Interest accrues at 10% p.a. Contact the strata manager, [[PERSON:Nicole Tran]], on 07 5591 3300 or [[EMAIL_ADDRESS:nicole.tran@coastalstrata.com.au]].""",
    """CONSENT FORM — YOUTH FOOTBALL
Player: [[PERSON:Mateo Fernández]]    DOB: [[DATE_TIME:5 Aug 2013]]    Club: Glenfield Rovers, U12
Parent/guardian: [[PERSON:Carla Fernández]]    Mobile: [[PHONE_NUMBER:021 904 3382]]    Email: [[EMAIL_ADDRESS:carla.fdez@gmail.com]]
Medical: asthma (Ventolin in bag). Doctor: [[PERSON:Dr. Sam Whiu]], Glenfield Medical.
I consent to emergency treatment. Signed: [[PERSON:C. Fernández]], [[DATE_TIME:1 February 2025]].""",
    """SMALL CLAIMS — STATEMENT OF CLAIM
Claimant: [[PERSON:Aaliyah Mohamed]], [[ADDRESS:41 Brunswick Street]], [[LOCATION:Fitzroy]] [[LOCATION:VIC]] [[ZIP_CODE:3065]]
Respondent: [[PERSON:Gavin Pryce]] trading as Pryce Car Rentals
The claimant hired a vehicle from the respondent on [[DATE_TIME:2 December 2024]] and returned it on [[DATE_TIME:5 December 2024]] without damage. The respondent retained the $750 security deposit and has not replied to emails sent to [[EMAIL_ADDRESS:gavin@prycerentals.com.au]]. The claimant seeks $750 plus filing fees.""",
    """LOAN HARDSHIP REQUEST
Borrower: [[PERSON:Ana Lemalu]]   Loan account: [[ID_NUMBER:LN-000452918]]
Co-borrower: [[PERSON:Peni Lemalu]]
Address: [[ADDRESS:9 Tui Street]], [[LOCATION:Ōtāhuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]
Reason: [[PERSON:Peni]] was made redundant on [[DATE_TIME:31 January 2025]]. We request a three-month pause on repayments. IRD numbers: [[ID_NUMBER:080-790-651]] ([[PERSON:Ana]]), [[ID_NUMBER:103-498-856]] ([[PERSON:Peni]]).""",
    """MEDICAL CERTIFICATE
This is to certify that [[PERSON:Tan Boon Huat]], NRIC [[ID_NUMBER:S7555022G]], aged [[AGE:49]], was examined by me on [[DATE_TIME:20 Feb 2025]] and is unfit for duty from [[DATE_TIME:20 Feb 2025]] to [[DATE_TIME:22 Feb 2025]] inclusive.
[[PERSON:Dr. Nadia Rahim]], MCR [[ID_NUMBER:14592J]], Raffles Medical Clinic, North Bridge Road""",
    """INCIDENT NOTICE — FOOD DELIVERY RIDER
Rider: [[PERSON:Harjit Singh Bains]]    Rider ID: [[ID_NUMBER:R-55018273]]    Visa: student (subclass 500)
Vehicle: e-bike, no registration.
At [[DATE_TIME:8:10 pm on 14 Feb 2025]] the rider was struck by a car door on Swanston Street near Lonsdale St, [[LOCATION:Melbourne]]. Taken to the Royal Melbourne Hospital. Contact on file: [[PHONE_NUMBER:0468 220 971]], [[EMAIL_ADDRESS:harjitbains99@gmail.com]].""",
    """CERTIFICATE OF TITLE — TRANSFER NOTICE
Transferor: [[PERSON:Douglas Whyte]] and [[PERSON:Fiona Whyte]], of [[ADDRESS:6 Harbour View Road]], [[LOCATION:Northwood]]
Transferee: [[PERSON:Jun Park]], of [[ADDRESS:Apartment 802, 1 Queens Wharf Road]], [[LOCATION:Brisbane City]] [[LOCATION:QLD]] [[ZIP_CODE:4000]]
Consideration: $1,450,000. Settlement date: [[DATE_TIME:21 March 2025]].
Witnessed by [[PERSON:Raelene Cox]], JP no. [[ID_NUMBER:41117]].""",
    """GUARANTOR AGREEMENT
The guarantor, [[PERSON:Elizabeth Owusu-Ansah]] (date of birth [[DATE_TIME:2 April 1962]]; UK passport [[ID_NUMBER:553817294]]; NI number [[ID_NUMBER:PK 41 73 22 C]]), guarantees the obligations of the tenant, [[PERSON:Kofi Owusu-Ansah]], under the lease of [[ADDRESS:Flat 9, Vesta Court, 44 Kennington Road]], [[LOCATION:London]] [[ZIP_CODE:SE1 7BL]].""",
    """TRAFFIC INFRINGEMENT NOTICE
Registered operator: [[PERSON:Chloe Delacroix-Smith]], [[ADDRESS:19 Wattle Grove]], [[LOCATION:Belconnen]] [[LOCATION:ACT]] [[ZIP_CODE:2617]]
Vehicle registration: [[ID_NUMBER:YNX 40H]]
Offence: exceed speed limit by 10-15 km/h, detected [[DATE_TIME:Tuesday 11 February 2025 at 07:52]] on Gungahlin Drive.
If you were not the driver, nominate the driver within 28 days.""",
    """DISCHARGE OF MORTGAGE
Mortgagor: [[PERSON:Sione Vaipulu]] and [[PERSON:Mele Vaipulu]]
Property: [[ADDRESS:71 Great North Road]], [[LOCATION:Grey Lynn]], [[LOCATION:Auckland]] [[ZIP_CODE:1021]]
Loan account [[ID_NUMBER:38-9014-0773215-01]] has been repaid in full as of [[DATE_TIME:28 February 2025]]. Contact [[PERSON:Mele]] at [[EMAIL_ADDRESS:mele.vaipulu@gmail.com]] for the title release.""",
    """PERMISSION TO TRAVEL — CLUB TOUR
I, [[PERSON:Deepa Rao]], parent of [[PERSON:Anika Rao]] (born [[DATE_TIME:18 March 2010]]), give permission for her to travel with the Perth Swimming Club to [[LOCATION:Singapore]] from [[DATE_TIME:12 to 19 April 2025]]. Passport: [[ID_NUMBER:PA8819034]]. Medicare: [[ID_NUMBER:4250 86603 5]]. Parent's phone: [[PHONE_NUMBER:0421 665 309]].""",
    """PHARMACY RECORD
Customer: [[PERSON:Wong Mei Fong]], IC [[ID_NUMBER:880415-14-5522]]
Address: [[ADDRESS:12, Jalan Bukit Bintang]], [[ZIP_CODE:55100]] [[LOCATION:Kuala Lumpur]]
Item: insulin glargine 100 IU/mL x5 pens. Dispensed [[DATE_TIME:17/02/2025]] by pharmacist [[PERSON:Chong Kah Yee]]. Prescriber: [[PERSON:Dr. Arul Selvam]].""",
    """NOTICE OF ENTRY
To the tenant, [[PERSON:Ms Rachael Pohatu]], [[ADDRESS:3/88 Tasman Street]], [[LOCATION:Mount Cook]], [[LOCATION:Wellington]]:
Your landlord's agent, [[PERSON:Andrew Koh]] of Capital Property Management, will enter the premises on [[DATE_TIME:Thursday 13 March 2025 between 10:00 am and 12:00 pm]] to carry out a routine inspection. Call 04 801 7700 if this time does not suit.""",
    """BANK TRANSFER INSTRUCTION
Remitter: [[PERSON:Gaurav Kapoor]], [[ADDRESS:Office 1403, Al Moosa Tower 2]], [[LOCATION:Dubai]], [[LOCATION:UAE]]
From: [[IBAN_CODE:AE76 0337 4498 6850 1418 371]]
Beneficiary: [[PERSON:Sunita Kapoor]], account [[ID_NUMBER:50100214938871]], IFSC HDFC0000291, [[LOCATION:Pune]]
Amount: AED 12,000. Purpose: family maintenance. Date: [[DATE_TIME:05/03/2025]].""",
    # in the manner of Nemotron-PII
    """{"customer_id": "[[ID_NUMBER:CU-8840217]]", "first_name": "[[PERSON:Farhan]]", "last_name": "[[PERSON:Iskandar]]", "dob": "[[DATE_TIME:1993-11-08]]", "email": "[[EMAIL_ADDRESS:farhan.iskandar93@gmail.com]]", "phone": "[[PHONE_NUMBER:+60 11-2049 8831]]", "address": {"line1": "[[ADDRESS:17 Jalan Setia Indah U13/7]]", "city": "[[LOCATION:Shah Alam]]", "postcode": "[[ZIP_CODE:40170]]", "state": "[[LOCATION:Selangor]]"}, "plan": "Premium", "last_login": "[[DATE_TIME:2025-02-27T08:14:55+08:00]]"}""",
    """[[DATE_TIME:2025-03-01T22:41:07Z]] INFO auth.login user=[[USERNAME:meredith.ohara]] src_ip=[[IP_ADDRESS:58.96.44.210]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3)" result=success mfa=totp session=7f3c9a21e0b44d1c""",
    """INSERT INTO members (member_no, full_name, dob, phone, email, suburb, postcode) VALUES ('[[ID_NUMBER:M-004412]]', '[[PERSON:Hamish O''Connell]]', '[[DATE_TIME:1979-04-17]]', '[[PHONE_NUMBER:0419 447 208]]', '[[EMAIL_ADDRESS:hamish.oconnell@iinet.net.au]]', '[[LOCATION:Cottesloe]]', '[[ZIP_CODE:6011]]');""",
    """<patient>
  <mrn>[[ID_NUMBER:MRN-2290471]]</mrn>
  <name><given>[[PERSON:Sarah]]</given><family>[[PERSON:Kealoha-Brown]]</family></name>
  <birthDate>[[DATE_TIME:1984-01-30]]</birthDate>
  <gender>female</gender>
  <telecom system="phone">[[PHONE_NUMBER:(808) 555-0172]]</telecom>
  <address><line>[[ADDRESS:92-1047 Olani Street]]</line><city>[[LOCATION:Kapolei]]</city><state>[[LOCATION:HI]]</state><postalCode>[[ZIP_CODE:96707]]</postalCode></address>
  <insurance memberId="[[ID_NUMBER:HMSA-55180032]]"/>
</patient>""",
    """# driver_onboarding.yaml
driver:
  name: [[PERSON:Tevita Lolohea]]
  licence_no: [[ID_NUMBER:085520418]]
  licence_state: [[LOCATION:QLD]]
  vehicle_rego: [[ID_NUMBER:512 XKD]]
  phone: "[[PHONE_NUMBER:+61 448 220 917]]"
  bank:
    bsb: "064-000"
    account: "[[ID_NUMBER:1187 3392]]"
  abn_verified: true
  onboarded_at: [[DATE_TIME:2025-02-11 09:32]]""",
    """Ticket #48213 | Priority: High | Opened by: [[PERSON:Lucia Moretti]] ([[EMAIL_ADDRESS:lucia.moretti@fastmail.com]])
Subject: Charged twice for delivery order
Body: Hi, I was charged twice for order FD-2219034 on [[DATE_TIME:Feb 18]]. Card is [[CREDIT_CARD:4252 0911 4509 7289]]. Delivery was to [[ADDRESS:Unit 6, 30 Hunter Street]], [[LOCATION:Newcastle]] [[LOCATION:NSW]] [[ZIP_CODE:2300]]. My phone is [[PHONE_NUMBER:0455 210 673]].
Assigned to: [[PERSON:Raj]] (Tier 2)""",
    """def test_create_booking():
    payload = {
        "guest": "[[PERSON:Bernadette Mulqueen]]",
        "email": "[[EMAIL_ADDRESS:b.mulqueen@eircom.net]]",
        "checkin": "[[DATE_TIME:2025-04-18]]",
        "card": "[[CREDIT_CARD:5270620451810896]]",
        "cvv": "204",
    }
    resp = client.post("/api/bookings", json=payload)
    assert resp.status_code == 201""",
    """[[[DATE_TIME:2025-02-14 03:12:55]]] WARN payment.gateway declined card=[[CREDIT_CARD:4783970523279288]] holder="[[PERSON:NGUYEN VAN AN]]" ip=[[IP_ADDRESS:14.161.22.198]] reason=insufficient_funds retry=2""",
    """name,employee_id,tfn,start_date,manager
[[PERSON:Olivia Shaw]],[[ID_NUMBER:E10482]],[[ID_NUMBER:233416249]],[[DATE_TIME:2024-07-01]],[[PERSON:K. Mensah]]""",
    """Form: Club Registration 2025
Full name: [[PERSON:Jayden Wiremu Harris]]
Preferred name: [[PERSON:JJ]]
Date of birth: [[DATE_TIME:14/09/2006]] (age [[AGE:18]])
Ethnicity: [[NRP:Māori]]
Iwi: [[NRP:Ngāti Porou]]
Address: [[ADDRESS:8 Kaka Street]], [[LOCATION:Gisborne]] [[ZIP_CODE:4010]]
Mobile: [[PHONE_NUMBER:022 901 4773]]
Previous club: Tairāwhiti Rugby
Medical conditions: none
Photo consent: yes""",
    """[Unit]
Description=Sync job for [[PERSON:Ong Kai Xiang]]
[Service]
Environment=SYNC_USER=[[USERNAME:ongkx]]
Environment=SYNC_EMAIL=[[EMAIL_ADDRESS:kaixiang.ong@u.nus.edu]]
Environment=REMOTE_HOST=[[IP_ADDRESS:172.31.44.19]]
ExecStart=/usr/local/bin/rsync-home --quiet""",
    """UPDATE riders SET phone = '[[PHONE_NUMBER:+64 21 447 9082]]', home_address = '[[ADDRESS:31 Fitzherbert Avenue]]', city = '[[LOCATION:Palmerston North]]', dob = '[[DATE_TIME:1998-12-02]]' WHERE rider_id = '[[ID_NUMBER:NZ-RD-22018]]'; -- requested by [[PERSON:Ana Folau]] via support chat""",
    """{
  "event": "order.delivered",
  "order_id": "UE-77291034",
  "courier": {"name": "[[PERSON:Kwame Asiedu]]", "id": "[[ID_NUMBER:CR-330915]]", "phone": "[[PHONE_NUMBER:+61 490 118 337]]"},
  "customer": {"name": "[[PERSON:Isla McGregor]]", "address": "[[ADDRESS:402/5 Sturt Street]], [[LOCATION:Southbank]] [[LOCATION:VIC]] [[ZIP_CODE:3006]]"},
  "delivered_at": "[[DATE_TIME:2025-03-07T19:48:12+11:00]]",
  "photo": "s3://proof/77291034.jpg"
}""",
    """[[DATE_TIME:Apr 02 10:15:44]] web01 sshd[22718]: Accepted publickey for [[USERNAME:aravind]] from [[IP_ADDRESS:203.106.55.81]] port 50442 ssh2: RSA SHA256:Jq9kTz0Fh2xLw7mYc1Vb3pQr8sN4eU6aD5gH0iK2lM4""",
    """<application>
  <applicant>
    <fullName>[[PERSON:Rebekah Tuhiwai]]</fullName>
    <dateOfBirth>[[DATE_TIME:22 November 1995]]</dateOfBirth>
    <irdNumber>[[ID_NUMBER:094048699]]</irdNumber>
    <email>[[EMAIL_ADDRESS:rebekah.tuhiwai@gmail.com]]</email>
    <occupation>Registered Nurse</occupation>
    <employmentStatus>Full-time</employmentStatus>
  </applicant>
  <property>[[ADDRESS:14 Huia Road]], [[LOCATION:Titirangi]], [[LOCATION:Auckland]] [[ZIP_CODE:0604]]</property>
</application>""",
    """const testUser = {
  username: "[[USERNAME:priya_s_dev]]",
  password: "hunter2!Spring",
  fullName: "[[PERSON:Priya Subramanian]]",
  phone: "[[PHONE_NUMBER:+91 98450 22317]]",
  pan: "[[ID_NUMBER:BQRPS4417K]]",
  city: "[[LOCATION:Bengaluru]]",
};""",
    """Support form submission
Name: [[PERSON:Erin Fitzgerald-Ngata]]
Email: [[EMAIL_ADDRESS:erin.fn@outlook.com]]
Account #: [[ID_NUMBER:77012983]]
Vehicle: hire car rego [[ID_NUMBER:NKP492]], picked up [[DATE_TIME:20/02/2025 08:00]] at WLG airport
Issue: tyre pressure warning after 40 km; pulled over at [[LOCATION:Paekākāriki]]. Need roadside ASAP, I'm on [[PHONE_NUMBER:027 655 0184]].
IP: [[IP_ADDRESS:125.239.7.162]]""",
    """audit_log
ts=2025-01-30T11:02:18+08:00 actor=admin.hr@company.sg action=view_record subject="[[PERSON:Yeo Hui Min]]" nric=[[ID_NUMBER:S8266988D]] field=salary
ts=2025-01-30T11:02:41+08:00 actor=admin.hr@company.sg action=export subject="[[PERSON:Rajan s/o Muthu]]" nric=[[ID_NUMBER:S7915173D]] field=bank_account""",
    """POST /v2/claims HTTP/1.1
Host: api.covercheck.com.au
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.x8Kq
Content-Type: application/json

{"claimant":"[[PERSON:Mitchell Toa]]","policy":"HOME-3391027","dob":"[[DATE_TIME:1987-05-05]]","phone":"[[PHONE_NUMBER:0412 338 590]]","loss_address":"[[ADDRESS:23 Banksia Street]], [[LOCATION:Dubbo]] [[LOCATION:NSW]] [[ZIP_CODE:2830]]"}""",
    """| field | value |
| requester | [[PERSON:Hannah Vuong]] |
| DOB | [[DATE_TIME:07-07-1992]] |
| US passport | [[US_PASSPORT:A04419327]] |
| SSN | [[US_SSN:611-38-2094]] |
| CA driver license | [[US_DRIVER_LICENSE:D4418290]] |
| mailing | [[ADDRESS:2250 Lakeshore Ave]], [[ADDRESS:Apt 7]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94606]] |""",
    """[[DATE_TIME:2025/03/04 18:22:09]] [rideshare-dispatch] trip=TR-8820134 rider="[[PERSON:Callum Fraser]]" rider_phone=[[PHONE_NUMBER:+64275018842]] pickup="[[ADDRESS:120 Victoria Street West]], [[LOCATION:Auckland Central]]" dropoff="[[ADDRESS:5 Kalmia Street]], [[LOCATION:Ellerslie]]" driver="[[PERSON:Gurpreet Dhillon]]" plate=[[ID_NUMBER:QBM718]] fare_nzd=38.20""",
    """-- seed data for staging (do not use real data!)
INSERT INTO tenants VALUES (1042, '[[PERSON:Chiara Esposito]]', '[[EMAIL_ADDRESS:chiara.esposito@libero.it]]', '[[PHONE_NUMBER:0447 302 115]]', '[[ADDRESS:Unit 3, 12 Alison Road]]', '[[LOCATION:Randwick]]', '[[ZIP_CODE:2031]]', '[[DATE_TIME:2024-09-01]]');
INSERT INTO tenants VALUES (1043, '[[PERSON:Tomás Ó Briain]]', '[[EMAIL_ADDRESS:tomas.obriain@gmail.com]]', '[[PHONE_NUMBER:0410 559 207]]', '[[ADDRESS:Unit 7, 12 Alison Road]]', '[[LOCATION:Randwick]]', '[[ZIP_CODE:2031]]', '[[DATE_TIME:2024-11-15]]');""",
    """Subject: RE: Membership transfer
From: [[PERSON:Bridget Okonkwo]] <[[EMAIL_ADDRESS:bridget.okonkwo@yahoo.co.uk]]>
To: memberships@harbourrowing.org.nz
Date: [[DATE_TIME:Thu, 6 Mar 2025 09:14:22 +1300]]

Hi, I'm moving from [[LOCATION:London]] to [[LOCATION:Auckland]] and want to transfer my British Rowing membership ([[ID_NUMBER:BR-0091837]]). My new address is [[ADDRESS:12 Jervois Road]], [[LOCATION:Herne Bay]]. DOB [[DATE_TIME:30/01/1991]].""",
    """{"level":"error","ts":"[[DATE_TIME:2025-03-02T04:15:33.812Z]]","msg":"kyc check failed","ref":"kyc_88412","user":{"name":"[[PERSON:Ahmed Al-Rashid]]","nationality":"[[NRP:Emirati]]","passport":"[[ID_NUMBER:N4471902]]","iban":"[[IBAN_CODE:SA4380294438079804894032]]"},"ip":"[[IP_ADDRESS:94.200.137.55]]"}""",
    """Reservation export (food truck festival volunteers)
- [[PERSON:Moses Adeyemi]] | [[PHONE_NUMBER:0432 118 604]] | shift [[DATE_TIME:Sat 15 Mar 16:00-22:00]]
- [[PERSON:Tilly Osborne]] | [[PHONE_NUMBER:0401 773 215]] | shift [[DATE_TIME:Sun 16 Mar 10:00-16:00]]
- [[PERSON:Vu Minh Chau]] | [[EMAIL_ADDRESS:chau.vm@gmail.com]] | shift [[DATE_TIME:Sun 16 Mar 16:00-22:00]]""",
    """ERROR 2025-02-20 13:05:12,331 [worker-3] BookingService - Failed to send confirmation to [[EMAIL_ADDRESS:w.tanaka@ozemail.com.au]] for guest [[PERSON:Wataru Tanaka]] (booking HT-55031, arrival [[DATE_TIME:2025-04-02]]): SMTP 550 mailbox unavailable""",
    """<Driver id="[[ID_NUMBER:D-19827]]">
  <Name>[[PERSON:Priscilla Maka]]</Name>
  <Licence class="1" number="[[ID_NUMBER:EM558204]]"/>
  <Phone>[[PHONE_NUMBER:021 224 7719]]</Phone>
  <HomeAddress>[[ADDRESS:44 Seddon Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3015]]</HomeAddress>
  <Vehicle rego="[[ID_NUMBER:PMK22]]" make="Toyota" model="Prius"/>
</Driver>""",
    """Ticket RS-10277 (car hire)
Customer: [[PERSON:Hyun-woo Lee]], [[NRP:Korean]] national, intl licence [[ID_NUMBER:11-19-448201-70]]
Hire dates: [[DATE_TIME:03/03/2025]] – [[DATE_TIME:10/03/2025]], [[LOCATION:Cairns]] branch
Issue: toll charges for plate [[ID_NUMBER:826 FQL]] sent to wrong email. Correct email: [[EMAIL_ADDRESS:hyunwoo.lee@naver.com]]
Agent notes: refunded admin fee. — [[PERSON:Maddie]]""",
    """# .env.local (accidentally committed)
ADMIN_NAME=[[PERSON:Ben Kowalczyk]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:ben.kowalczyk@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+61 433 902 118]]
STRIPE_SECRET=sk_live_51Hc0FAKEa9xQ
DB_URL=postgres://app:app@[[IP_ADDRESS:10.0.4.12]]:5432/prod""",
    # Indonesian and Malay
    """Yth. [[TITLE:Ibu]] [[PERSON:Sri Wahyuni]], sebagai Koordinator Data Regional di kantor [[LOCATION:Surabaya]], mohon verifikasi akun Anda: nama pengguna [[USERNAME:sri.wahyuni77]], kata sandi sementara Qw7!zR2p. Login terdeteksi dari [[IP_ADDRESS:36.85.112.40]] pada [[DATE_TIME:12 Februari 2025 pukul 21.07]] dengan Mozilla/5.0 (Linux; Android 12; Redmi Note 11). Kartu [[CREDIT_CARD:5438 5178 4619 1678]] (CVV 330, berlaku s.d. 08/27) terdaftar atas nama Anda.""",
    """FORMULIR KLAIM ASURANSI KENDARAAN
Nama tertanggung: [[PERSON:Agus Setiawan]]
NIK: [[ID_NUMBER:3174052307840006]]
Tanggal lahir: [[DATE_TIME:23 Juli 1984]]
Alamat: [[ADDRESS:Jl. Tebet Barat Dalam II No. 8, RT 006/RW 004]], Kel. [[LOCATION:Tebet Barat]], Kec. [[LOCATION:Tebet]], [[LOCATION:Jakarta Selatan]] [[ZIP_CODE:12810]]
No. polisi kendaraan: [[ID_NUMBER:B 1893 SKL]]
Tanggal kejadian: [[DATE_TIME:Senin, 17 Februari 2025 pukul 07.45]]
Kronologi: mobil tertanggung ditabrak dari belakang oleh sepeda motor di Jl. Casablanca. Pengendara motor, [[PERSON:Fajar Nugroho]], bersedia bertanggung jawab.
No. HP: [[PHONE_NUMBER:0813-1177-4520]]""",
    """{"nama_lengkap": "[[PERSON:Putri Maharani]]", "nik": "[[ID_NUMBER:3578106503920001]]", "npwp": "[[ID_NUMBER:05.255.332.8-747.000]]", "tgl_lahir": "[[DATE_TIME:1992-03-25]]", "agama": "[[NRP:Islam]]", "alamat": "[[ADDRESS:Jl. Dharmahusada Indah Utara No. 21]]", "kota": "[[LOCATION:Surabaya]]", "kode_pos": "[[ZIP_CODE:60115]]", "no_hp": "[[PHONE_NUMBER:+6281233904417]]", "email": "[[EMAIL_ADDRESS:putri.maharani92@yahoo.co.id]]", "status_kawin": "Kawin"}""",
    """[[DATE_TIME:2025-03-05 07:12:44 WIB]] [ojol-dispatch] perjalanan=TRX-99201 penumpang="[[PERSON:Yohanes Simanjuntak]]" hp=[[PHONE_NUMBER:081361204478]] jemput="[[ADDRESS:Jl. Gatot Subroto No. 112]], [[LOCATION:Medan]]" tujuan="[[ADDRESS:Jl. Sisingamangaraja No. 4]], [[LOCATION:Medan]]" pengemudi="[[PERSON:Rahmat Hidayat]]" plat=[[ID_NUMBER:BK 5521 AFD]] tarif=Rp38.000 catatan="penumpang minta lewat jalan tol\"""",
    """INSERT INTO penyewa_kos (nama, nik, no_kamar, tgl_masuk, no_hp, kota_asal) VALUES ('[[PERSON:Siti Rahmawati]]', '[[ID_NUMBER:3201025411000003]]', 'A-07', '[[DATE_TIME:2024-09-01]]', '[[PHONE_NUMBER:0857-7102-3348]]', '[[LOCATION:Bogor]]'); -- dicatat oleh pemilik kos, [[TITLE:Bu]] [[PERSON:Endang]]""",
    """Kepada [[TITLE:Encik]] [[PERSON:Hafizuddin Roslan]], sebagai Pengurus Operasi Kanan di cawangan [[LOCATION:Johor Bahru]], sila kemas kini maklumat anda. Nama pengguna: [[USERNAME:hafiz.roslan]], alamat IP terakhir [[IP_ADDRESS:60.53.218.77]], peranti MAC 00:1a:2b:77:c4:e9. Kad [[CREDIT_CARD:4840 9053 6656 6657]] tamat tempoh 10/26 dan alamat bil ialah [[ADDRESS:No. 3, Jalan Molek 1/10]], [[LOCATION:Taman Molek]], [[ZIP_CODE:81100]] [[LOCATION:Johor Bahru]].""",
    """PERJANJIAN SEWAAN KEDIAMAN
Tuan Rumah: [[TITLE:Dato']] [[PERSON:Razak bin Ismail]], No. KP [[ID_NUMBER:681130-08-5417]]
Penyewa: [[PERSON:Nur Aina binti Kamarudin]], No. KP [[ID_NUMBER:970622-10-5386]], telefon [[PHONE_NUMBER:013-448 2093]]
Premis: [[ADDRESS:No. 15, Jalan Kenari 5]], [[LOCATION:Bandar Puchong Jaya]], [[ZIP_CODE:47100]] [[LOCATION:Puchong]], [[LOCATION:Selangor]]
Tempoh: [[DATE_TIME:1 April 2025]] hingga [[DATE_TIME:31 Mac 2026]]
Sewa bulanan RM1,800, dibayar ke akaun Maybank [[ID_NUMBER:1142 0388 5127]] sebelum 7 haribulan setiap bulan. Deposit sekuriti dua bulan dan deposit utiliti setengah bulan.""",
    """{"nama": "[[PERSON:Arif Danish bin Zainal]]", "no_kp": "[[ID_NUMBER:100315-01-1239]]", "umur": [[AGE:14]], "kelab": "Kelab Renang Muar", "acara": "100m gaya bebas", "penjaga": "[[PERSON:Zainal Abidin bin Yusof]]", "telefon_penjaga": "[[PHONE_NUMBER:+60 19-721 4406]]", "alamat": "[[ADDRESS:No. 22, Jalan Bakri]], [[ZIP_CODE:84000]] [[LOCATION:Muar]], [[LOCATION:Johor]]"}""",
    """[[[DATE_TIME:2025-02-28 20:14:09]]] INFO penghantaran pesanan=FP-448210 pelanggan="[[PERSON:Kong Wai Leng]]" telefon=[[PHONE_NUMBER:0122847719]] alamat="[[ADDRESS:Unit 8-3, Blok B, Pangsapuri Seri Cempaka, Jalan Cempaka 2]]" bandar="[[LOCATION:Bangi]]" poskod=[[ZIP_CODE:43650]] penghantar="[[PERSON:Mohd Shahrul]]" catatan="Sila tinggalkan di pondok pengawal, saya masih di pejabat" status=DIHANTAR""",
]

TABLE = [
    """lot,owner,mailing_address,email,unit_entitlement
1,[[PERSON:Rosa Dimitriou]],"[[ADDRESS:PO Box 41]], [[LOCATION:Kogarah]] [[LOCATION:NSW]] [[ZIP_CODE:1485]]",[[EMAIL_ADDRESS:rosa.dimitriou@bigpond.com]],52
2,[[PERSON:Wen Zhao]] & [[PERSON:Li Zhao]],"[[ADDRESS:4/18 Railway Parade]], [[LOCATION:Kogarah]] [[LOCATION:NSW]] [[ZIP_CODE:2217]]",[[EMAIL_ADDRESS:zhao.wen.li@qq.com]],48
3,[[PERSON:Michael O'Brien]],"[[ADDRESS:22 Harbour Street]], [[LOCATION:Mosman]] [[LOCATION:NSW]] [[ZIP_CODE:2088]]",[[EMAIL_ADDRESS:mobrien22@gmail.com]],55
4,[[PERSON:Farida Osman]],"[[ADDRESS:6/18 Railway Parade]], [[LOCATION:Kogarah]] [[LOCATION:NSW]] [[ZIP_CODE:2217]]",[[EMAIL_ADDRESS:farida.osman@outlook.com]],48""",
    """booking\tdriver\tlicence_no\tdob\tpick_up\treturn\tvehicle\tbranch
BK-4410\t[[PERSON:Amelia Hart]]\t[[ID_NUMBER:19827734]]\t[[DATE_TIME:1992-05-14]]\t[[DATE_TIME:2025-03-01 09:00]]\t[[DATE_TIME:2025-03-04 17:00]]\tKia Cerato\t[[LOCATION:Parramatta]]
BK-4411\t[[PERSON:Rangi Paewai]]\t[[ID_NUMBER:DJ774410]]\t[[DATE_TIME:1985-11-02]]\t[[DATE_TIME:2025-03-01 11:30]]\t[[DATE_TIME:2025-03-08 10:00]]\tToyota Hiace\t[[LOCATION:Mascot]]
BK-4412\t[[PERSON:Sunil Bhattarai]]\t[[ID_NUMBER:20419983]]\t[[DATE_TIME:1999-08-27]]\t[[DATE_TIME:2025-03-02 08:15]]\t[[DATE_TIME:2025-03-02 20:00]]\tMG ZS\t[[LOCATION:Parramatta]]""",
    """| Courier | Courier ID | Mobile | Zone | Deliveries | Payout (AUD) |
|---|---|---|---|---|---|
| [[PERSON:Abdi Warsame]] | [[ID_NUMBER:C-20418]] | [[PHONE_NUMBER:0451 227 903]] | [[LOCATION:Footscray]] | 84 | 712.40 |
| [[PERSON:Nguyen Quoc Bao]] | [[ID_NUMBER:C-20433]] | [[PHONE_NUMBER:0432 908 115]] | [[LOCATION:Sunshine]] | 61 | 530.15 |
| [[PERSON:Elif Yildiz]] | [[ID_NUMBER:C-20450]] | [[PHONE_NUMBER:0477 316 248]] | [[LOCATION:Footscray]] | 97 | 845.90 |""",
    """MEMBER NO  NAME                    DOB          GRADE        PHONE
[[ID_NUMBER:HRC-00417]]  [[PERSON:Ngaio Pritchard]]         [[DATE_TIME:11/04/1978]]   Masters      [[PHONE_NUMBER:021 448 3309]]
[[ID_NUMBER:HRC-00502]]  [[PERSON:Tāne Hēnare]]             [[DATE_TIME:30/09/2004]]   Senior A     [[PHONE_NUMBER:022 109 7764]]
[[ID_NUMBER:HRC-00518]]  [[PERSON:Siobhan Kelleher]]        [[DATE_TIME:02/02/1996]]   Senior B     [[PHONE_NUMBER:027 331 0852]]
[[ID_NUMBER:HRC-00523]]  [[PERSON:Aditya Rao]]              [[DATE_TIME:17/12/2009]]   U17          [[PHONE_NUMBER:021 770 4418]]""",
    """{"complaint_id": "CMP-3301", "rider": "[[PERSON:Zoe Karamanlis]]", "rider_email": "[[EMAIL_ADDRESS:zoe.k@internode.on.net]]", "driver": "[[PERSON:Mohammed Hussaini]]", "plate": "[[ID_NUMBER:CZ94TR]]", "trip_date": "[[DATE_TIME:2025-02-21]]", "category": "route"}
{"complaint_id": "CMP-3302", "rider": "[[PERSON:Jack Whitlam]]", "rider_email": "[[EMAIL_ADDRESS:jwhitlam@tpg.com.au]]", "driver": "[[PERSON:Parminder Kaur]]", "plate": "[[ID_NUMBER:EQL17F]]", "trip_date": "[[DATE_TIME:2025-02-22]]", "category": "cleanliness"}
{"complaint_id": "CMP-3303", "rider": "[[PERSON:Lily Tran]]", "rider_email": "[[EMAIL_ADDRESS:lily.tran.97@gmail.com]]", "driver": "[[PERSON:Sandeep Gill]]", "plate": "[[ID_NUMBER:DF38WK]]", "trip_date": "[[DATE_TIME:2025-02-22]]", "category": "lost item"}""",
    """applicants:
  - name: [[PERSON:Hemi Rāwiri]]
    current_address: [[ADDRESS:2/40 Mahia Road]], [[LOCATION:Manurewa]]
    phone: "[[PHONE_NUMBER:020 4118 2290]]"
    weekly_income: 1450
    pets: 1 cat
  - name: [[PERSON:Fiona Galbraith]]
    current_address: [[ADDRESS:17 Princes Street]], [[LOCATION:Ōtāhuhu]]
    phone: "[[PHONE_NUMBER:021 995 3307]]"
    weekly_income: 1720
    pets: none
  - name: [[PERSON:Lupe Taufahema]]
    current_address: [[ADDRESS:88B Great South Road]], [[LOCATION:Papakura]]
    phone: "[[PHONE_NUMBER:022 480 6613]]"
    weekly_income: 1310
    pets: none""",
    """Full name:        [[PERSON:Rosalind Mbeki-Hart]]
Date of birth:    [[DATE_TIME:8 February 1983]]
Nationality:      [[NRP:South African]]
Passport:         [[ID_NUMBER:A04417829]]
Visa subclass:    482
Address:          [[ADDRESS:12/3 Macleay Street]], [[LOCATION:Potts Point]] [[LOCATION:NSW]] [[ZIP_CODE:2011]]
Mobile:           [[PHONE_NUMBER:0426 117 809]]
Occupation:       Anaesthetist
Employer:         St Vincent's Hospital""",
    """event,competitor,age,house,school_id,result
100m,[[PERSON:Isabella Moana]],[[AGE:12]],Kauri,[[ID_NUMBER:208841]],1st
100m,[[PERSON:Priya Venkatesan]],[[AGE:12]],Rimu,[[ID_NUMBER:208859]],2nd
long jump,[[PERSON:Oliver Tuipulotu]],[[AGE:11]],Tōtara,[[ID_NUMBER:209013]],1st
long jump,[[PERSON:Ava Cheung]],[[AGE:11]],Kauri,[[ID_NUMBER:209047]],3rd""",
    """| bond no. | tenant(s) | rental address | weeks | amount |
|----------|-----------|----------------|--------|--------|
| 4471902 | [[PERSON:Rawiri Kingi]] | [[ADDRESS:5 Kowhai Street]], [[LOCATION:Hastings]] [[ZIP_CODE:4120]] | 4 | $2,240 |
| 4471915 | [[PERSON:Eva Novak]], [[PERSON:Marek Novak]] | [[ADDRESS:Flat 2, 61 Tennyson Street]], [[LOCATION:Napier]] [[ZIP_CODE:4110]] | 4 | $1,960 |
| 4471931 | [[PERSON:Dhruv Malhotra]] | [[ADDRESS:14 Omahu Road]], [[LOCATION:Hastings]] [[ZIP_CODE:4122]] | 4 | $2,520 |""",
    """emp_no\tname\tnric\tdob\tbank_acct\tbasic_sgd
E1041\t[[PERSON:Lim Shu Fen]]\t[[ID_NUMBER:S8854835C]]\t[[DATE_TIME:03-08-1988]]\t[[ID_NUMBER:0721-88403-1]]\t4200
E1042\t[[PERSON:Muthu Krishnan s/o Raman]]\t[[ID_NUMBER:S8658355J]]\t[[DATE_TIME:19-01-1986]]\t[[ID_NUMBER:0153-22091-7]]\t5100
E1043\t[[PERSON:Nadia Bte Ismail]]\t[[ID_NUMBER:T0140798D]]\t[[DATE_TIME:25-10-2001]]\t[[ID_NUMBER:0098-71145-2]]\t2900""",
    """appt_time,patient,mrn,dob,clinician,reason
09:00,[[PERSON:Hirini Walker]],[[ID_NUMBER:SNZ2501]],[[DATE_TIME:1961-02-14]],[[PERSON:Dr Patel]],BP review
09:15,[[PERSON:Grace Liu]],[[ID_NUMBER:DGK0834]],[[DATE_TIME:1990-07-30]],[[PERSON:Dr Patel]],cervical screen
09:30,[[PERSON:Tom Ngatai]],[[ID_NUMBER:VJZ5805]],[[DATE_TIME:1963-10-05]],NP [[PERSON:Jo Reynolds]],diabetes annual""",
    """| # | Player | Position | Contact | Emergency contact |
|---|---|---|---|---|
| 4 | [[PERSON:Keisha Walker]] | GA | [[PHONE_NUMBER:0412 006 318]] | [[PERSON:Dean Walker]] [[PHONE_NUMBER:0412 883 102]] |
| 7 | [[PERSON:Mia Sorensen]] | C | [[PHONE_NUMBER:0403 551 774]] | [[PERSON:Lene Sorensen]] [[PHONE_NUMBER:0403 551 770]] |
| 11 | [[PERSON:Amira Haddad]] | GD | [[PHONE_NUMBER:0438 920 617]] | [[PERSON:Yousef Haddad]] [[PHONE_NUMBER:0438 920 600]] |""",
    """ROOM  GUEST                     NATIONALITY   PASSPORT     ARRIVAL
1204  [[PERSON:Haruto Sato]]               [[NRP:Japanese]]      [[ID_NUMBER:TR4418203]]    [[DATE_TIME:14 MAR 2025]]
1206  [[PERSON:Camille Girard]]            [[NRP:French]]        [[ID_NUMBER:21CD73908]]    [[DATE_TIME:14 MAR 2025]]
1211  [[PERSON:Olumide Bakare]]            [[NRP:Nigerian]]      [[ID_NUMBER:B02291447]]    [[DATE_TIME:15 MAR 2025]]
1215  [[PERSON:Aoife Brennan]]             [[NRP:Irish]]         [[ID_NUMBER:PX7716045]]    [[DATE_TIME:15 MAR 2025]]""",
    """{"ts":"[[DATE_TIME:2025-03-03T06:12:09Z]]","user":"[[USERNAME:kiri.h]]","ip":"[[IP_ADDRESS:122.57.14.203]]","event":"login_ok"}
{"ts":"[[DATE_TIME:2025-03-03T06:14:51Z]]","user":"[[USERNAME:deano_nz]]","ip":"[[IP_ADDRESS:203.86.201.7]]","event":"login_fail"}
{"ts":"[[DATE_TIME:2025-03-03T06:14:58Z]]","user":"[[USERNAME:deano_nz]]","ip":"[[IP_ADDRESS:203.86.201.7]]","event":"login_ok"}
{"ts":"[[DATE_TIME:2025-03-03T06:20:33Z]]","user":"[[USERNAME:s.patel01]]","ip":"[[IP_ADDRESS:2404:4408:63a1:9c00::1f]]","event":"password_reset"}""",
    """cardholder,card_number,exp,brand,billing_postcode
[[PERSON:Matilda Greaves]],[[CREDIT_CARD:4652863037486259]],04/27,Visa,[[ZIP_CODE:3122]]
[[PERSON:Jun Hao Teo]],[[CREDIT_CARD:5201027616124904]],11/26,Mastercard,[[ZIP_CODE:238801]]
[[PERSON:Rahul Menon]],[[CREDIT_CARD:377029296111242]],08/28,Amex,[[ZIP_CODE:2000]]
[[PERSON:Kate O'Rourke]],[[CREDIT_CARD:6011591900353683]],02/26,Discover,[[ZIP_CODE:6000]]""",
    """emergency_contacts:
  [[PERSON:Ivan Petrović]]:
    relation: brother
    phone: [[PHONE_NUMBER:+385 91 447 2218]]
    city: [[LOCATION:Zagreb]]
  [[PERSON:Ana Petrović]]:
    relation: mother
    phone: [[PHONE_NUMBER:+385 98 210 6634]]
    city: [[LOCATION:Split]]""",
    """VEHICLE HIRE RECORD
  Agreement no. ..... RA-7720419
  Hirer ............. [[PERSON:Thomas Ng Wai Kit]]
  Licence ........... [[ID_NUMBER:S9620418C]] (SG class 3)
  Vehicle ........... Honda Vezel, [[ID_NUMBER:SLK 4906 K]]
  Out ............... [[DATE_TIME:07/03/2025 19:30]]
  Due back .......... [[DATE_TIME:09/03/2025 19:30]]
  Card .............. [[CREDIT_CARD:5453 5054 3246 3650]]
  Mileage out ....... 48,112 km""",
    """student_no\tsurname\tgiven_names\tdob\tprogram\temail
[[ID_NUMBER:a1887204]]\t[[PERSON:Okonjo]]\t[[PERSON:Chiamaka Ruth]]\t[[DATE_TIME:12/05/2004]]\tBSc\t[[EMAIL_ADDRESS:a1887204@student.adelaide.edu.au]]
[[ID_NUMBER:a1890331]]\t[[PERSON:Tran]]\t[[PERSON:Minh Khoa]]\t[[DATE_TIME:30/11/2003]]\tBEng\t[[EMAIL_ADDRESS:a1890331@student.adelaide.edu.au]]
[[ID_NUMBER:a1901178]]\t[[PERSON:McLeod]]\t[[PERSON:Isla]]\t[[DATE_TIME:01/03/2005]]\tBA\t[[EMAIL_ADDRESS:a1901178@student.adelaide.edu.au]]""",
    """volunteer,shift_date,start,end,role,mobile
[[PERSON:Bronwyn Tait]],[[DATE_TIME:Sat 22/03/2025]],08:00,12:00,canteen,[[PHONE_NUMBER:0407 221 663]]
[[PERSON:Eddie Nakamura]],[[DATE_TIME:Sat 22/03/2025]],12:00,16:00,scoreboard,[[PHONE_NUMBER:0419 550 028]]
[[PERSON:Vanessa Igwe]],[[DATE_TIME:Sun 23/03/2025]],08:00,12:00,first aid,[[PHONE_NUMBER:0431 774 290]]""",
    """| Claim ref | Claimant | DOB | Policy | Incident date | Phone |
|:--|:--|:--|:--|:--|:--|
| CL-99102 | [[PERSON:Angus Bell]] | [[DATE_TIME:1975-03-09]] | HOME-22019 | [[DATE_TIME:2025-01-18]] | [[PHONE_NUMBER:(03) 6224 8819]] |
| CL-99117 | [[PERSON:Mai Nguyen]] | [[DATE_TIME:1989-12-21]] | CAR-58140 | [[DATE_TIME:2025-01-20]] | [[PHONE_NUMBER:0422 603 917]] |
| CL-99123 | [[PERSON:Ruben Alvarez]] | [[DATE_TIME:1968-07-04]] | CAR-60771 | [[DATE_TIME:2025-01-22]] | [[PHONE_NUMBER:0488 219 405]] |""",
    """MEMBER      CHECK-IN              LOCATION        NAME
[[ID_NUMBER:77120448]]    [[DATE_TIME:2025-03-10 05:42]]      [[LOCATION:Bondi Junction]]  [[PERSON:Tessa Marchetti]]
[[ID_NUMBER:77120913]]    [[DATE_TIME:2025-03-10 05:58]]      [[LOCATION:Bondi Junction]]  [[PERSON:Kabir Anand]]
[[ID_NUMBER:77121002]]    [[DATE_TIME:2025-03-10 06:03]]      [[LOCATION:Randwick]]        [[PERSON:Seo-yeon Park]]""",
    """payee,iban,amount_gbp,reference
[[PERSON:Niamh Gallagher]],[[IBAN_CODE:IE92AIBK93115280648161]],850.00,deposit return
[[PERSON:Oliver Pennington]],[[IBAN_CODE:GB14NWBK60161311676496]],1200.00,rent Feb
[[PERSON:Hamza Qureshi]],[[IBAN_CODE:GB12 HBUK 4005 1579 4302 40]],640.50,expenses
[[PERSON:Ruth Adebayo]],[[IBAN_CODE:GB75MIDL40271655539285]],320.00,expenses""",
    """| Staff | IC No. | Race | Religion | Dept | Mobile |
|---|---|---|---|---|---|
| [[PERSON:Nor Azlina binti Abdullah]] | [[ID_NUMBER:850719-03-5590]] | [[NRP:Malay]] | [[NRP:Islam]] | Finance | [[PHONE_NUMBER:019-334 8871]] |
| [[PERSON:Chin Wei Lun]] | [[ID_NUMBER:910204-12-5087]] | [[NRP:Chinese]] | [[NRP:Buddhist]] | IT | [[PHONE_NUMBER:016-881 0245]] |
| [[PERSON:Prakash a/l Gopal]] | [[ID_NUMBER:790928-08-6211]] | [[NRP:Indian]] | [[NRP:Hindu]] | Ops | [[PHONE_NUMBER:012-557 3390]] |""",
    """{"order":"DD-551029","name":"[[PERSON:Hugo Lefebvre]]","addr":"[[ADDRESS:33 Ponsonby Road]], [[LOCATION:Grey Lynn]]","phone":"[[PHONE_NUMBER:021 338 0027]]","items":3,"total":46.5}
{"order":"DD-551030","name":"[[PERSON:Aigerim Bekova]]","addr":"[[ADDRESS:Apt 1202, 8 Hobson Street]], [[LOCATION:Auckland CBD]]","phone":"[[PHONE_NUMBER:022 615 4409]]","items":1,"total":18.0}
{"order":"DD-551031","name":"[[PERSON:Te Ariki Moko]]","addr":"[[ADDRESS:19 Sandringham Road]], [[LOCATION:Kingsland]]","phone":"[[PHONE_NUMBER:027 804 2216]]","items":5,"total":92.3}""",
    """tenant_name,block,unit,nric_fin,move_in,contact
[[PERSON:Raj Kumar Sinha]],[[ADDRESS:Blk 118 Rivervale Drive]],[[ADDRESS:#04-231]],[[ID_NUMBER:G6094435R]],[[DATE_TIME:2024-06-01]],[[PHONE_NUMBER:8123 4471]]
[[PERSON:Chloe Tay]],[[ADDRESS:Blk 118 Rivervale Drive]],[[ADDRESS:#09-227]],[[ID_NUMBER:T0549569A]],[[DATE_TIME:2024-10-15]],[[PHONE_NUMBER:9066 2813]]
[[PERSON:Dang Thi Lan]],[[ADDRESS:Blk 120 Rivervale Drive]],[[ADDRESS:#12-240]],[[ID_NUMBER:F0407352P]],[[DATE_TIME:2025-01-05]],[[PHONE_NUMBER:8855 0392]]""",
    """| Employee | SSN | Driver License | State | Hire Date |
|----------|-----|----------------|-------|-----------|
| [[PERSON:Marcus Greene]] | [[US_SSN:219-44-7810]] | [[US_DRIVER_LICENSE:G-418-022-761-094]] | [[LOCATION:MD]] | [[DATE_TIME:03/15/2021]] |
| [[PERSON:Leticia Ramos]] | [[US_SSN:452-19-6638]] | [[US_DRIVER_LICENSE:08829417]] | [[LOCATION:TX]] | [[DATE_TIME:09/01/2022]] |
| [[PERSON:Daniel Cho]] | [[US_SSN:537-80-1124]] | [[US_DRIVER_LICENSE:WDLQ8M291JK4]] | [[LOCATION:WA]] | [[DATE_TIME:01/10/2024]] |""",
    """team: Wellington Phoenix Academy U15
coach: [[PERSON:Craig Hemara]]
players:
  - {name: [[PERSON:Leo Fatialofa]], dob: [[DATE_TIME:2010-04-02]], school: Rongotai College}
  - {name: [[PERSON:Arjun Nair]], dob: [[DATE_TIME:2010-09-19]], school: Wellington College}
  - {name: [[PERSON:Finn O'Sullivan]], dob: [[DATE_TIME:2011-01-07]], school: St Patrick's College}""",
    """customer_name,pan,aadhaar,city,mobile
[[PERSON:Rohit Agarwal]],[[ID_NUMBER:AKLPA2291F]],[[ID_NUMBER:9247 0276 4066]],[[LOCATION:Jaipur]],[[PHONE_NUMBER:+91 94140 33218]]
[[PERSON:Sneha Kulkarni]],[[ID_NUMBER:CXZPK8841M]],,[[LOCATION:Pune]],[[PHONE_NUMBER:+91 98220 71506]]
[[PERSON:Thomas Mathew]],[[ID_NUMBER:BBJPM5120Q]],,[[LOCATION:Kochi]],[[PHONE_NUMBER:+91 94470 28819]]""",
    """TENANT LEDGER
tenant: [[PERSON:Georgia Papadakis]]
property: [[ADDRESS:3/51 Anzac Highway]], [[LOCATION:Glenelg North]] [[LOCATION:SA]] [[ZIP_CODE:5045]]
lease start: [[DATE_TIME:15/08/2024]]
weekly rent: $495
rent status: paid in advance
arrears: $0.00
bond ref: RB-3341097""",
    """SEQ  PASSENGER                  NAT  DOC NO       DOB
001  [[PERSON:WILLIAMS/ROSE]] [[TITLE:MRS]]          [[NRP:AUS]]  [[ID_NUMBER:PA4471820]]    [[DATE_TIME:12JUN61]]
002  [[PERSON:TAUFA/SIONE]] [[TITLE:MR]]             [[NRP:TON]]  [[ID_NUMBER:T0419927]]     [[DATE_TIME:03FEB88]]
003  [[PERSON:KHOO/JIA YING]] [[TITLE:MS]]           [[NRP:SGP]]  [[ID_NUMBER:K2209184M]]    [[DATE_TIME:28OCT95]]
004  [[PERSON:HENDERSON/LIAM]] [[TITLE:MSTR]]        [[NRP:NZL]]  [[ID_NUMBER:LH905118]]     [[DATE_TIME:09MAY15]]""",
    """client,id_number,dob,branch,cell
[[PERSON:Lerato Molefe]],[[ID_NUMBER:8804120452088]],[[DATE_TIME:1988-04-12]],[[LOCATION:Sandton]],[[PHONE_NUMBER:082 331 4470]]
[[PERSON:Johan Pretorius]],[[ID_NUMBER:7502125084085]],[[DATE_TIME:1975-02-12]],[[LOCATION:Pretoria]],[[PHONE_NUMBER:083 902 1186]]
[[PERSON:Ayanda Ngcobo]],[[ID_NUMBER:9910305409089]],[[DATE_TIME:1999-10-30]],[[LOCATION:Durban]],[[PHONE_NUMBER:071 448 2093]]""",
    """member_no,name,national_id,mpesa_no,county,shares_kes
[[ID_NUMBER:SAC-1187]],[[PERSON:Wanjiku Kamau]],[[ID_NUMBER:28841907]],[[PHONE_NUMBER:0722 514 806]],[[LOCATION:Kiambu]],45000
[[ID_NUMBER:SAC-1192]],[[PERSON:Otieno Odhiambo]],[[ID_NUMBER:31207745]],[[PHONE_NUMBER:0711 390 227]],[[LOCATION:Kisumu]],12500
[[ID_NUMBER:SAC-1205]],[[PERSON:Chebet Rotich]],[[ID_NUMBER:27719038]],[[PHONE_NUMBER:0790 118 463]],[[LOCATION:Uasin Gishu]],30000""",
    # Indonesian and Malay
    """no,nama,tgl_lahir,posisi,no_hp,alamat
1,[[PERSON:Dimas Aditya]],[[DATE_TIME:14-02-2006]],kiper,[[PHONE_NUMBER:0812-7731-0049]],"[[ADDRESS:Jl. Cempaka Putih Tengah No. 9]], [[LOCATION:Jakarta Pusat]]"
2,[[PERSON:Bagas Saputra]],[[DATE_TIME:03-09-2005]],anchor,[[PHONE_NUMBER:0856-1190-2274]],"[[ADDRESS:Jl. Rawasari Selatan No. 31]], [[LOCATION:Jakarta Pusat]]"
3,[[PERSON:Fikri Maulana]],[[DATE_TIME:27-11-2006]],flank,[[PHONE_NUMBER:0878-8802-1163]],"[[ADDRESS:Gg. Haji Mali No. 4, RT 002/RW 005]], [[LOCATION:Jakarta Timur]]\"""",
    """| Nama penyewa | No. KP | Unit | Tarikh masuk | Telefon |
|---|---|---|---|---|
| [[PERSON:Siti Khadijah binti Omar]] | [[ID_NUMBER:950311-03-5126]] | [[ADDRESS:A-05-12]] | [[DATE_TIME:01/02/2024]] | [[PHONE_NUMBER:011-1420 7783]] |
| [[PERSON:Goh Chee Keong]] | [[ID_NUMBER:830722-07-5393]] | [[ADDRESS:B-11-03]] | [[DATE_TIME:15/06/2024]] | [[PHONE_NUMBER:012-488 0917]] |
| [[PERSON:Devi a/p Rajendran]] | [[ID_NUMBER:000814-10-0764]] | [[ADDRESS:C-02-08]] | [[DATE_TIME:01/01/2025]] | [[PHONE_NUMBER:017-302 5568]] |""",
    """DATA MITRA PENGEMUDI
Nama           : [[PERSON:Slamet Riyadi]]
NIK            : [[ID_NUMBER:3372031504810002]]
Tempat/Tgl lahir: [[LOCATION:Surakarta]], [[DATE_TIME:15-04-1981]]
Agama          : [[NRP:Katolik]]
Alamat         : [[ADDRESS:Jl. Slamet Riyadi No. 210]], [[LOCATION:Laweyan]], [[LOCATION:Surakarta]]
No. SIM C      : [[ID_NUMBER:8104-1504-000217]]
Kendaraan      : Honda Beat, [[ID_NUMBER:AD 3318 JK]]
Rekening BCA   : [[ID_NUMBER:0154 882 307]]""",
]

CHAT = [
    """[19:02] Agent ([[PERSON:Priyanka]]): Hi there, thanks for contacting FeedMe support. Who am I chatting with today?
[19:02] Customer: hi it's [[PERSON:Declan Walsh]]
[19:03] Agent ([[PERSON:Priyanka]]): Thanks [[PERSON:Declan]]! Can you confirm the email on your account?
[19:03] Customer: [[EMAIL_ADDRESS:declanwalsh88@gmail.com]]
[19:04] Customer: my order went to my old place at [[ADDRESS:14 Beach Road]], [[LOCATION:Coogee]], I moved to [[ADDRESS:2/7 Arden Street]] last month and changed it in the app
[19:05] Agent ([[PERSON:Priyanka]]): I'm sorry about that. I can see the address was updated on [[DATE_TIME:12 Feb]] but the order used a saved copy. I've refunded the $38.60 to your card ending 0912.
[19:06] Customer: cheers. also can you take [[PHONE_NUMBER:0413 227 960]] off, that's my ex's number lol. mine is [[PHONE_NUMBER:0490 552 318]]
[19:07] Agent ([[PERSON:Priyanka]]): Done! Anything else, [[PERSON:Declan]]?""",
    """[[[DATE_TIME:12/03/25, 9:14 pm]]] [[PERSON:Ana Tupou]]: guys the landlord is coming thursday for the inspection, can someone be home?
[[[DATE_TIME:12/03/25, 9:16 pm]]] [[PERSON:Jonty Rees]]: i'm at work til 5 sorry
[[[DATE_TIME:12/03/25, 9:17 pm]]] [[PERSON:Meg Sato]]: I can do it. what's his number again?
[[[DATE_TIME:12/03/25, 9:18 pm]]] [[PERSON:Ana Tupou]]: [[PERSON:Colin]] - [[PHONE_NUMBER:021 884 0356]]. also rent went up, it's now $780 a week from [[DATE_TIME:1 April]], he emailed it to my [[EMAIL_ADDRESS:anatupou@gmail.com]]
[[[DATE_TIME:12/03/25, 9:20 pm]]] [[PERSON:Jonty Rees]]: 780?? for [[ADDRESS:46 Aro Street]]?? mould included lol
[[[DATE_TIME:12/03/25, 9:21 pm]]] [[PERSON:Meg Sato]]: I'll tell him about the bathroom fan""",
    """#sg-onboarding
[[PERSON:Rachel Goh]] 10:14 AM
hey [[PERSON:Arun]], the new hire [[PERSON:Benjamin Loh]] starts [[DATE_TIME:Mon 17 Mar]]. can you set up his laptop? his NRIC for the building pass is [[ID_NUMBER:S8337205B]]
[[PERSON:Arun Pillai]] 10:16 AM
sure. personal email for the welcome pack?
[[PERSON:Rachel Goh]] 10:17 AM
[[EMAIL_ADDRESS:ben.loh.jh@gmail.com]] and mobile [[PHONE_NUMBER:9688 1407]]. pls don't put the NRIC in the ticket, just the last 4 (205B)
[[PERSON:Arun Pillai]] 10:18 AM
:thumbsup: will do. username will be [[USERNAME:bloh]]""",
    """Support chat — RideNZ
Rider ([[PERSON:Kiri Waaka]]): my driver [[PERSON:Sanjay]] just cancelled after I waited 20 min at [[ADDRESS:301 Queen Street]] and I still got charged
Agent [[PERSON:Tom]]: Kia ora [[PERSON:Kiri]], sorry about that. Can I get the phone number on your account?
Rider ([[PERSON:Kiri Waaka]]): [[PHONE_NUMBER:027 412 6690]]
Agent [[PERSON:Tom]]: Thanks. I can see the trip on [[DATE_TIME:8 March at 11:52 pm]]; the cancellation fee has been reversed. I've also flagged driver [[ID_NUMBER:NZD-44190]] for review.
Rider ([[PERSON:Kiri Waaka]]): ta. I'm heading to [[ADDRESS:12 Tawa Road]], [[LOCATION:Onehunga]] now, can you make sure the next one isn't him""",
    """Messenger — Northside Cricket Club committee
[[PERSON:Gavin Moorhouse]]: Rego's closing Friday. Still missing forms for [[PERSON:Hassan Ali]], [[PERSON:Lachie Byrne]] and the [[PERSON:Sivakumar]] twins
[[PERSON:Debbie Kwan]]: I've got [[PERSON:Hassan]]'s, his DOB is [[DATE_TIME:04/11/2011]] so he's U14 not U13
[[PERSON:Gavin Moorhouse]]: good catch. [[PERSON:Lachie]]'s mum said she'd drop it to [[ADDRESS:9 Wattle Avenue]] tonight
[[PERSON:Debbie Kwan]]: the twins' dad is [[PERSON:Ravi Sivakumar]], [[PHONE_NUMBER:0402 318 774]], I'll ring him
[[PERSON:Priya Nandakumar]]: also [[PERSON:Hassan]] needs a WWCC for his older brother [[PERSON:Omar]] who's coaching, number is [[ID_NUMBER:WWC2209134E]]""",
    """Live chat — Sentosa Car Rental (Malaysia)
Visitor: Hello, I want to extend my booking. Name [[PERSON:Mohd Faris bin Azman]]
Agent [[PERSON:Wei Ling]]: Hi [[TITLE:Encik]] [[PERSON:Faris]], may I have your booking number and IC?
Visitor: booking SCR-20419, IC [[ID_NUMBER:920817-14-5411]]
Agent [[PERSON:Wei Ling]]: Thank you. Your Axia [[ID_NUMBER:VFT 2281]] is due back [[DATE_TIME:Sunday 9 March, 6pm]] at our KLIA2 counter. Extend to when?
Visitor: [[DATE_TIME:Tuesday 11 March]] same time. Charge same card
Agent [[PERSON:Wei Ling]]: Done. Confirmation sent to [[EMAIL_ADDRESS:faris.azman92@yahoo.com]]""",
    """Telco support transcript
[[PERSON:Joy]] (agent): Good evening! For verification, please give your full name and birthday.
Customer: [[PERSON:Mark Anthony Villanueva]], [[DATE_TIME:July 30, 1994]]
[[PERSON:Joy]] (agent): Thank you [[PERSON:Sir Mark]]. What seems to be the problem?
Customer: my SIM [[PHONE_NUMBER:0917 552 8830]] says no service since yesterday, I think someone did a SIM swap. I got an OTP for my bank I didn't ask for
[[PERSON:Joy]] (agent): I'm blocking the SIM now. Please visit a store with a valid ID. Our records show your address is [[ADDRESS:Unit 12B, Tower 2, Avida Towers]], [[LOCATION:Sucat]], [[LOCATION:Muntinlupa]], correct?
Customer: yes. my TIN is [[ID_NUMBER:418-229-073-000]] if needed""",
    """Kumpulan WhatsApp — Penduduk Blok C
[[[DATE_TIME:02/03/2025, 8:41 PTG]]] Kak [[PERSON:Yati]]: Assalamualaikum semua, paip bocor di tingkat 7 lagi. Siapa unit [[ADDRESS:C-08-04]]?
[[[DATE_TIME:02/03/2025, 8:45 PTG]]] [[PERSON:Hairul]]: Unit tu sewa, penyewa baru nama [[PERSON:Ravindran]]. Tuan rumah [[TITLE:Puan]] [[PERSON:Lim]], nombor dia [[PHONE_NUMBER:012-667 3018]]
[[[DATE_TIME:02/03/2025, 8:47 PTG]]] Kak [[PERSON:Yati]]: Terima kasih [[PERSON:Hairul]]. Saya call pengurusan esok
[[[DATE_TIME:02/03/2025, 9:02 PTG]]] [[PERSON:Ravindran]]: Maaf semua, saya baru pindah [[DATE_TIME:1 Mac]]. Plumber datang esok pagi, kalau nak contact saya [[PHONE_NUMBER:016-203 8841]]""",
]

LOOKALIKE = [
    """Thanks for your order, [[PERSON:Leanne]]! Order no. 100-4418-2290 has shipped. Tracking: 33QXM501748201 (AusPost). Items: SKU BR-2291-BLK x1, SKU 0049-551-77 x2. Invoice INV-2025-004418 is attached. Questions? Call 1300 655 204 or email orders@homeandhearth.com.au (ABN 51 824 753 556). Returns accepted within 30 days at our Harris Street warehouse.""",
    """Release 10.4.2.1 (build 8830-2291) — changelog
- Upgraded OpenSSL to 3.0.13; checksum sha256: 4f9a1c0e7b22d8e1a9f03c5b77e2d0a1c4b8e9f20d3a6c1b5e7f8091a2b3c4d5
- Fixed Dijkstra routing regression on the Fibonacci heap path (ticket ENG-44120)
- Default gateway template now 10.4.0.0/16 in docs only; firmware 2.18.0.44 on model RX-440
- Device serials beginning SN-7730-A are affected by the Bluetooth pairing bug
- Contributors: see CONTRIBUTORS.md. Support line: +1 800 555 0100. Security: security@example.org""",
    """STRATA NOTICE — SP 71804, Macquarie Towers
The annual fire safety inspection will take place in the week of the 14th. The contractor (Wilson Fire Services, ABN 33 118 902 447, phone 02 9555 0190) will need access to every lot. Parking on Elizabeth Street and Bligh Street will be restricted. Levy notices for Q3 (ref LV-2025-03-xxxx) were issued to all owners. Enquiries to the strata manager, [[PERSON:Dominic Farrugia]], at [[EMAIL_ADDRESS:dominic.farrugia@citystrata.com.au]] or the office line 02 9555 0101.""",
    """New arrivals this week: "Harbour Light" (ISBN 978-0-14-663923-4, RRP $32.99), "The Salt Road" (ISBN 9781923214682, RRP $29.99) and a reprint of "Winter Garden" (ISBN 978-1-86819-736-1). Dewey 994.4 local history shelf. Customer order CO-22918 for [[PERSON:Mrs. Hollis]] is ready for pickup; we called [[PHONE_NUMBER:0412 774 019]] and left a message. Store phone (02) 6555 0172.""",
    """INC-20931: VPN concentrator vpn-syd-02 (S/N FGT60F-TK2209-41187) rebooted at 03:12 after applying FortiOS 7.2.8.1. MAC 00:09:0f:aa:12:7c on port3. Affected sessions: 41. Session UUID 5b0c9a8e-3d17-4c0e-9f21-7a4e6b2d1c90. Root cause: memory leak in build 1577. Only one user reported impact, [[USERNAME:t.nakashima]], whose session from [[IP_ADDRESS:101.180.44.62]] dropped mid-upload. Next review: CAB meeting.""",
    """Menu update for the Newtown store: Eggs Benedict now $24, Caesar salad $19, Beef Wellington (Fri only) $42, Earl Grey or Lady Grey tea $5. Order online at the app or call 9555 0130. Catering enquiries: catering@brunchbros.com.au. Promo code GOLDBERG20 gives 20% off until the end of the month. Delivery partner codes DLV-7781, DLV-7782. Staff note: [[PERSON:Zainab]] is off on [[DATE_TIME:Thursday 20 March]], swap with [[PERSON:Marco]].""",
    """Pesanan INV/20250305/MPL/4419920183 sudah dikirim dengan JNE, nomor resi CGK1A20045587219. Pengirim: Toko Sinar Jaya, Jl. Diponegoro, Bandung, NPWP badan 01.337.842.5-423.000, CS (022) 555-0187, cs@sinarjaya.co.id. SKU KMJ-2291-L (kemeja batik, ukuran L) x2. Penerima: [[PERSON:Andi Kurniawan]], [[PHONE_NUMBER:0813-2290-4471]]. Garansi tukar ukuran 7 hari.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind67", STYLES, OUT)


if __name__ == "__main__":
    main()

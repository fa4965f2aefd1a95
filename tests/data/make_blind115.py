"""Build tests/data/blind115.jsonl: a *blind*, hand-written labeled PII set (240 records).

    .venv/bin/python tests/data/make_blind115.py

Blind: written without any knowledge of the detector. Read, and nothing else:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end (the scaffolding copied below), the whole of gold_sets.py, and
lines 1-64 of make_handwritten.py (conventions, the MARK and TITLE_IN_NAME
regexes and `parse()`). Not read: minimize/, recognizers/, any other test,
bench/, the README, any *.jsonl (this script's own output included), any
other make_*.py, and no git history, log or status (git was not run at all).
The detector, the bench and the tests were never run on this file. Do not
tune the detector against it: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (`gold_sets.check`
re-checks both). Check digits were worked out by hand-run throwaway code
while writing (not generated here) for: cards, IBANs, NHS numbers, SINs
(the 9xx ones are temporary-resident SINs), Aadhaar (Verhoeff), Singapore
NRIC / FIN, South African ids (they agree with sex and birth date), TFN,
BSN, Irish PPSN, Spanish NIE, Japanese My Number, Hong Kong HKID, Thai
13-digit ids (the 0-00xx pink cards of migrant workers too), PESEL, CURP,
Turkish TC kimlik, Brazilian CPF, the Emirates ID (Luhn) and the ISBN-13
look-alikes. Not checked (no public check digit, or none used): Lao and
Cambodian ID cards and passports, UK NI numbers, US SSNs, PAN, Bangladeshi,
Indonesian and Sri Lankan NIDs, Kenyan ids and KRA PINs, BVN, Ghana Card,
Qatar QID, Omani and Maltese id cards, Malaysian IC, Taiwan ARC, Japanese residence cards, passports,
licences, plates, bank account numbers and staff, student, member, worker
and patient numbers.

Styles (ids `blind115-<style>-NNN`):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd, dense sentences with names, job titles, streets with building
  numbers, secondary addresses, IPv4 / IPv6, MACs, user agents, card / CVV /
  expiry, IBAN / BIC, usernames and passwords), gretel-pii-masking-en-v1
  (domain documents: claim forms, contracts, discharge summaries, loan and
  microfinance applications, notices, payslips, wills, police reports,
  referrals) and Nemotron-PII (JSON, log lines, SQL, XML / SOAP, YAML,
  .env, HL7, email headers, Python / JS / Go / GraphQL / curl snippets, a
  traceback, tickets and forms).
- `gen` (90): one to four sentences with personal data woven into prose,
  the way a third-party LLM writes "realistic sentences with personal
  data": names at the start, middle and end, lowercase and possessive;
  ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks) with varied
  column names and non-PII columns; header rows are unlabeled.
- `chat` (8): a bank support chat, a family thread, team chat, a chat with
  a recruitment agent, a Lao migrant workers' thread, a telecom support
  transcript, a gaming server and a tenant / landlord thread; speakers'
  names are labeled wherever they are names.
- `lookalike` (7): texts full of non-PII shaped like PII (order, tracking,
  invoice and PO refs, SKUs, ISBNs, IP-shaped versions, hashes, UUIDs,
  serials, MACs, company phones, role mailboxes, eponyms, streets named
  after people with no number) with the few real PII values labeled; one
  (the release notes) has no PII at all.
Domains: garment factories, labour recruitment agencies and migrant
workers abroad have extra weight (a little over a third of the gen and
bench records); the rest spread widely (banking, health, insurance, legal,
schools, HR and payroll, retail, travel, telecoms, housing, gaming, IT).
Languages: about nine records in ten in English (UK, US, Canada, Australia,
New Zealand, Ireland, India, Nigeria, Ghana, Kenya, South Africa,
Singapore, Hong Kong, the Gulf, Malaysia, Thailand, Taiwan, Japan and
Europe, with names from the many cultures living there); 27 records in Lao
and Khmer, in native script and romanized (13 Lao, 14 Khmer; gen 11, bench
10, table 3, chat 2, lookalike 1).

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names;
  nicknames are PERSON; a possessive "'s" is outside. TITLE: honorifics
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, rural
  routes with their box, building names; city, district, county, state /
  province (also abbreviated) and country are LOCATION; postcodes of every
  shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, departure ...) with a day or a month, in any
  shape; a weekday or a clock time said with such a date is inside the
  span, a time or weekday alone is not; not bare years, durations, or
  dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, worker,
  student, customer and member numbers, bank account numbers, non-US
  passports, licences, work permits and residence cards, plates; US_SSN,
  US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers and agencies,
  user agents, MAC addresses, BIC / SWIFT, sort codes, BSB, IFSC, transit
  and routing numbers, CVVs and expiries, PINs, order / ticket / claim /
  policy / booking / tracking / case references, company phone numbers and
  role mailboxes, versions, hashes, serials, partial or masked numbers
  ("ending 4417", "XXXX XXXX 3392"), pets, eponyms, a header row.
- Calls made while writing this set: the Lao and Khmer honorifics attached
  to a name (ທ້າວ, ນາງ, លោក, លោកស្រី, "Lok", "Nang"), the Bangladeshi "Mst."
  and the Burmese "Ma" and "U" are TITLE, while "Md." is part of the name and
  kinship words ("Bong", "Nong", ເອື້ອຍ, "auntie", "grandpa") stay outside;
  the generic words before a Lao or Khmer place name (ban, muang, khet,
  ບ້ານ, ເມືອງ, ខណ្ឌ, ប្រទេស ...) stay outside the LOCATION span; a street
  named without a building number is not labeled; the timestamp at the
  head of a log line or in a "ts" field is a system time and not labeled,
  while fields naming a person's date (dob, joined, doj, last_login,
  check-in, incident_date) are DATE_TIME; a DB row id or "record" number is
  not labeled, a worker / customer / candidate / employee number is
  ID_NUMBER; a "country" column holding a code ("PL", "IE") is LOCATION;
  a "nationality" value is NRP; in the HL7 and I-9 records each name part
  is its own PERSON span; a "title" attribute holding "Dr" is TITLE; a
  pink card, CI, work permit, ARC, FIN or residence card number of a
  migrant worker is ID_NUMBER; "Nurse" before a name is TITLE (as in
  TITLE_IN_NAME); in chats the speaker labels that are names are PERSON
  and the ones that are roles ("Agent", "Customer", "Amma") are not.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind115.jsonl")

GEN = [
    """My name is [[PERSON:Sreymom Kim]] and I sewed collars at a garment factory in [[LOCATION:Por Senchey]] until they closed the line on [[DATE_TIME:14 August 2023]]. I am still owed two months of wages, so please call me on [[PHONE_NUMBER:+855 12 784 391]] or write to [[EMAIL_ADDRESS:sreymom.kim88@gmail.com]].""",
    """The recruiter, a man who called himself [[PERSON:Mr. Anwar]], took [[PERSON:Rafiqul Islam]]'s passport ([[ID_NUMBER:BW0482913]]) at the office in [[LOCATION:Dhaka]] and told him he would get it back once he landed in [[LOCATION:Kuala Lumpur]].""",
    """[[PERSON:ana lucia ferreira]] (age [[AGE:34]]) moved from [[LOCATION:Cape Verde]] to [[LOCATION:Lisbon]] in [[DATE_TIME:March 2019]] and only now got round to renewing her library card, which still shows her old address in [[LOCATION:Praia]].""",
    """Could you please update the mailing address on account [[ID_NUMBER:12-3094-0481127-00]]? I've moved to [[ADDRESS:52 Whitmore Crescent]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]]. Thanks, [[PERSON:Tane Whaanga]]""",
    """Patient [[PERSON:Oluwaseun Adebayo-Hart]], NHS number [[ID_NUMBER:685 062 8259]], was seen in the asthma clinic on [[DATE_TIME:Tuesday 9 April 2024 at 14:20]] and is due back in six weeks.""",
    """[[PERSON:Maricel Dizon]] has been a live-in domestic helper in [[LOCATION:Sha Tin]] since [[DATE_TIME:January 2021]]; her HKID is [[ID_NUMBER:R630284(9)]], and her employer, [[PERSON:Mrs. Leung]], keeps her contract and passport in a locked drawer.""",
    """Sabaidee, khoy seu [[PERSON:Bounmy Keomany]], ayu [[AGE:27]] pi, yu ban [[LOCATION:Nongbone]], muang [[LOCATION:Xaysettha]], nakhone luang [[LOCATION:Vientiane]]. Khoy ja pai hed viak hong ngan tad nyip yu [[LOCATION:Samut Sakhon]] vanthi [[DATE_TIME:3 mesa 2024]], toh ha khoy dai thi [[PHONE_NUMBER:020 5512 8834]] der.""",
    """ខ្ញុំឈ្មោះ [[PERSON:ចាន់ សុភា]] អាយុ [[AGE:២៣]] ឆ្នាំ ធ្វើការនៅរោងចក្រកាត់ដេរមួយនៅខណ្ឌ[[LOCATION:ពោធិ៍សែនជ័យ]] រាជធានី[[LOCATION:ភ្នំពេញ]]។ បើមានការងារថ្មី សូមទាក់ទងមកលេខ [[PHONE_NUMBER:096 884 3120]]។""",
    """Chumreap suor, knhom chmous [[PERSON:Heng Vanna]], ayu [[AGE:31]] chnam, mok pi srok [[LOCATION:Kamchay Mear]], khet [[LOCATION:Prey Veng]]. Knhom tov thveu kar nov [[LOCATION:Korea]] tam kammvithi EPS chab pi thngai [[DATE_TIME:12 khe Mithona 2022]]; lekh likhet chlong den [[ID_NUMBER:N01729463]].""",
    """I'm returning the boots I ordered (order 114-7720391-5502281) and the refund should go back to the Visa ending 4417. Please send the prepaid label to [[PERSON:Dana Whitcomb]], [[ADDRESS:1187 Larkspur Lane, Unit 4B]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83706]].""",
    """Please add [[PERSON:Kwame Mensah-Boateng]] to payroll from [[DATE_TIME:July 1, 2024]]. His SIN is [[ID_NUMBER:514 294 537]] and his pay should be deposited to account [[ID_NUMBER:5029117]], transit 00432, institution 004.""",
    """The agency in [[LOCATION:Kathmandu]] charged [[PERSON:Bishnu Thapa Magar]] 350,000 rupees for a job in [[LOCATION:Qatar]] that was supposed to be free of charge. The receipt is signed by a [[PERSON:Dinesh K.C.]], and Bishnu's flight left on [[DATE_TIME:22 February 2023]].""",
    """[[PERSON:Ms. Fiona Gallagher-Reid]] instructs us in respect of her claim against her former landlord; the hearing is listed for [[DATE_TIME:Thursday, 5 December 2024, 10 a.m.]] Please send correspondence to [[ADDRESS:Flat 3, 19 Hanover Terrace]], [[LOCATION:Brighton]] [[ZIP_CODE:BN2 9SN]].""",
    """Our daughter [[PERSON:Aaliyah]] (Year 4, date of birth [[DATE_TIME:02/11/2015]]) will be absent next week for a family wedding in [[LOCATION:Karachi]]. Kind regards, [[PERSON:Imran]] and [[PERSON:Sana Qureshi]], [[PHONE_NUMBER:07700 918 442]]""",
    """Work permit holder [[PERSON:Muthu Selvam Ramasamy]], FIN [[ID_NUMBER:G9994061T]], was injured at a worksite in [[LOCATION:Tuas]] on [[DATE_TIME:18 May 2024]] and is staying at the dormitory at [[ADDRESS:21 Kranji Way]] until his compensation claim is heard.""",
    """hey this is [[PERSON:jess o'brien]], my number [[PHONE_NUMBER:0412 558 903]] got ported to another carrier without my ok. account holder dob [[DATE_TIME:23.06.1990]], address [[ADDRESS:7/44 Beach Rd]], [[LOCATION:Coogee]] [[LOCATION:NSW]] [[ZIP_CODE:2034]]""",
    """Inspectors spoke to [[PERSON:Harpreet Kaur]], [[AGE:52]], who has machined dresses in a unit at [[ADDRESS:118 Belgrave Gate]] in [[LOCATION:Leicester]] for nine years and says she is paid four pounds an hour in cash.""",
    """Booking for [[PERSON:Mr. Tomasz Wiśniewski]] and [[PERSON:Mrs. Agnieszka Wiśniewska]], arriving [[DATE_TIME:Fri 16 Aug, 22:40]], two nights, sea view. Passport of the lead guest: [[ID_NUMBER:EK4471902]].""",
    """[[PERSON:Gareth Pryce]] phoned on [[DATE_TIME:3rd March]] to report the collision. His vehicle registration is [[ID_NUMBER:CV19 XKT]] and he prefers to be contacted at [[EMAIL_ADDRESS:g.pryce@btinternet.com]] rather than by phone.""",
    """[[TITLE:ທ້າວ]] [[PERSON:ສົມພອນ ໄຊຍະວົງ]] ອາຍຸ [[AGE:29]] ປີ ເຮັດວຽກເປັນຊ່າງຕັດຫຍິບຢູ່ໂຮງງານແຫ່ງໜຶ່ງໃນ [[LOCATION:ນະຄອນຫຼວງວຽງຈັນ]] ມາໄດ້ 5 ປີແລ້ວ. ເບີໂທ: [[PHONE_NUMBER:020 9876 4410]].""",
    """[[PERSON:Lakshmi]], [[AGE:19]], joined a spinning mill near [[LOCATION:Tiruppur]] under a three-year "camp coolie" scheme on [[DATE_TIME:6 June 2021]]; her Aadhaar card ([[ID_NUMBER:8231 0833 6429]]) was kept by the hostel warden, [[PERSON:Selvi]], the whole time.""",
    """Bella's booster is overdue. Owner: [[PERSON:Graham Pettigrew]], [[PHONE_NUMBER:01632 960 774]]. He asked for the appointment to be moved to a Saturday morning.""",
    """Welcome aboard, [[PERSON:Chidi]]! Your membership (no. [[ID_NUMBER:MBR-558210]]) starts on [[DATE_TIME:Monday 2 September]] and your first induction is with coach [[PERSON:Remi]] at 6:30.""",
    """I am writing about my Universal Credit claim. My National Insurance number is [[ID_NUMBER:JT 48 27 19 B]] and I was born on [[DATE_TIME:the 30th of November 1972]]. My name is [[PERSON:Deborah Ann Kettering]].""",
    """The tenancy for [[ADDRESS:Apartment 1207, 480 Queen Street West]], [[LOCATION:Toronto]] [[ZIP_CODE:M5V 2A9]] begins on [[DATE_TIME:Sept 1, 2024]] and is in the names of [[PERSON:Wei Zhang]] and [[PERSON:Camille Beaulieu]].""",
    """my old insta was [[USERNAME:kiki.makes.things]] but I moved everything over to [[URL:https://www.tiktok.com/@kikimakesthings]] after the account got hacked, so tell auntie [[PERSON:pat]] to follow me there""",
    """[[PERSON:Sunita Gurung]] left for [[LOCATION:Riyadh]] on [[DATE_TIME:11 January 2022]] to work as a housemaid. Her brother [[PERSON:Prakash]] says her employer took her phone, and her last message came from [[PHONE_NUMBER:+966 55 318 4072]].""",
    """Ticket opened by [[PERSON:Yusuf Demir]] ([[EMAIL_ADDRESS:ydemir@outlook.com.tr]]): cannot log in since the update; the last successful login came from [[IP_ADDRESS:88.241.17.203]].""",
    """Driver note: if nobody answers at [[ADDRESS:12 Kingfisher Close]], [[LOCATION:Swindon]] [[ZIP_CODE:SN3 4LP]], leave the parcel with the neighbour at number 14. Recipient [[PERSON:Bernadette O'Shea]], [[PHONE_NUMBER:+44 7911 403228]].""",
    """Repeat prescription for [[PERSON:Mrs. Edna Pillai]], DOB [[DATE_TIME:14-Feb-1947]] (age [[AGE:77]]): amlodipine 5 mg, 28 tablets, to be collected by her son [[PERSON:Vikram]].""",
    """After the fire, [[PERSON:Shahnaz Begum]] of [[LOCATION:Ashulia]] identified her sister [[PERSON:Rokeya]] from a photograph. Rokeya, [[AGE:26]], had been a line supervisor on the fourth floor since [[DATE_TIME:April 2018]].""",
    """[[PERSON:Jericho Manalastas]], [[AGE:31]], applied through an agency at [[ADDRESS:1640 Taft Avenue]], [[LOCATION:Malate]], [[LOCATION:Manila]] for a welding job in [[LOCATION:Taiwan]]. His passport number is [[ID_NUMBER:P4417928B]] and his mother can be reached on [[PHONE_NUMBER:0917 552 8140]].""",
    """[[TITLE:លោកស្រី]] [[PERSON:គីម ស្រីនាង]] បានបង់ប្រាក់ ៣០០ ដុល្លារ ឱ្យមេខ្យល់ម្នាក់នៅ[[LOCATION:ប៉ោយប៉ែត]] ដើម្បីឆ្លងទៅធ្វើការនៅប្រទេស[[LOCATION:ថៃ]]។ លេខប័ណ្ណការងាររបស់គាត់គឺ [[ID_NUMBER:0-0276-29671-08-3]]។""",
    """[[PERSON:Marcus Bell]] here. The background check form has my SSN as [[US_SSN:412-78-3390]], but the last four should be 3309, not 3390. The DOB, [[DATE_TIME:4/17/1986]], is right.""",
    """Student [[PERSON:Nomvula Dlamini]] (student no. [[ID_NUMBER:219384756]]) has been granted an extension to [[DATE_TIME:30 October]] for her dissertation, as agreed with her supervisor, [[PERSON:Prof. Hendrik van der Merwe]].""",
    """[[PERSON:Aziz Nazarov]] came from [[LOCATION:Samarkand]] on a seasonal worker visa to pick strawberries near [[LOCATION:Hereford]]. The recruiter, a woman he knew only as [[PERSON:Olena]], deducted four hundred pounds for the coach; his BRP number is [[ID_NUMBER:ZU8304271]].""",
    """grandpa [[PERSON:ray]] turns [[AGE:90]] on the [[DATE_TIME:8th of June]] and we're throwing him a party at [[ADDRESS:77 Millbrook Road]], [[LOCATION:Dedham]], so keep it quiet!!""",
    """According to the visitor log, the last person to see the paintings before the alarm went off was [[PERSON:Fatima Zahra El Idrissi]].""",
    """Please send the transfer to [[PERSON:Chukwuemeka Obi]], account number [[ID_NUMBER:0123847561]], and text me on [[PHONE_NUMBER:0803 441 2297]] once it's done. His BVN is [[ID_NUMBER:22184730915]] if the bank asks.""",
    """[[PERSON:Nguyen Thi Hoa]] has run the bakery on the corner since she was [[AGE:24]]; her husband [[PERSON:Tuan]] does the deliveries and her niece [[PERSON:Linh]] helps out after school on weekdays.""",
    """[[PERSON:Khamla Sisouphanh]] jaay ngeun 6 lan kip hai borisat jad ha ngan yu [[LOCATION:Savannakhet]] pheua pai hed viak nai hong ngan tad nyip yu [[LOCATION:Malaysia]]; borisat yang kep nangsue phan daen [[ID_NUMBER:P2180457]] khong lao wai.""",
    """Bong [[PERSON:Sokha]], knhom [[PERSON:Mao Sreyneang]] pi rongchak dae nov [[LOCATION:Kandal]]. Thngai [[DATE_TIME:20 Kakkada]] ning mean brachum kammakor; sum tel mok knhom [[PHONE_NUMBER:010 448 297]] phong.""",
    """[[PERSON:Siobhán Ní Bhriain]]'s PPSN is [[ID_NUMBER:9442493V]]; she started with us on [[DATE_TIME:19/02/2024]] and her first payslip went to the wrong address.""",
    """[[PERSON:Lachlan Brooks]] forgot to put his TFN on the form. It's [[ID_NUMBER:251 906 658]], and his super fund member number is [[ID_NUMBER:80014592]].""",
    """[[PERSON:Ilse de Vries]] (BSN [[ID_NUMBER:640724073]]) moved from [[LOCATION:Utrecht]] to [[LOCATION:Eindhoven]] on [[DATE_TIME:1 March 2023]] and still receives letters at the old address.""",
    """gg to [[USERNAME:xXNightOwl_92Xx]], turns out it's my cousin [[PERSON:devon]] from [[LOCATION:Leeds]] and he's only [[AGE:14]] lol""",
    """Technical intern [[PERSON:Tran Van Long]], residence card [[ID_NUMBER:UH48172930FA]], left the sewing plant in [[LOCATION:Gifu]] on [[DATE_TIME:22 November 2023]] after his supervisor confiscated his bankbook.""",
    """[[PERSON:Wanjiru Kamau]], ID [[ID_NUMBER:28471936]], KRA PIN [[ID_NUMBER:A005837291Q]], was recruited by an agency in [[LOCATION:Nairobi]] for a cleaning job in [[LOCATION:Dubai]] and flew out on [[DATE_TIME:7 Oct 2023]].""",
    """[[PERSON:Thabo Mokoena]], ID number [[ID_NUMBER:8803179467088]], born [[DATE_TIME:17 March 1988]], lives at [[ADDRESS:23 Jacaranda Street]], [[LOCATION:Mamelodi]], [[LOCATION:Pretoria]], [[ZIP_CODE:0122]].""",
    """[[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S7889169F]]) has booked a scale and polish for [[DATE_TIME:Sat, 12 Oct 2024, 9.30am]] at the [[LOCATION:Tampines]] branch.""",
    """Temporary foreign worker [[PERSON:Joel Ramírez Cruz]] from [[LOCATION:Oaxaca]], SIN [[ID_NUMBER:989 166 699]], was housed in a bunkhouse at [[ADDRESS:4410 Concession Road 6]] near [[LOCATION:Leamington]], [[LOCATION:Ontario]], with eleven other men.""",
    """[[PERSON:Kayla Reyes]] renewed her passport ([[US_PASSPORT:568214097]]) last month, and her California driver's license number is [[US_DRIVER_LICENSE:D4827193]].""",
    """If anyone finds a grey backpack on the 47 bus, it belongs to [[PERSON:Hamid Rahimi]] (email [[EMAIL_ADDRESS:hamid.rahimi.af@proton.me]]) and it has all his asylum papers in it.""",
    """[[PERSON:Ramesh Chandra Yadav]] of [[LOCATION:Gorakhpur]] borrowed 1,20,000 rupees from a labour contractor, [[PERSON:Pappu Singh]], to get a job at a garment unit in [[LOCATION:Surat]]. He is [[AGE:24]]; his Aadhaar is [[ID_NUMBER:4369 7557 3392]].""",
    """[[TITLE:ນາງ]] [[PERSON:ລັດສະໝີ ເພັງສະຫວາດ]] ອາຍຸ [[AGE:22]] ປີ ໄປເຮັດວຽກຢູ່ [[LOCATION:ບາງກອກ]] ຕັ້ງແຕ່ວັນທີ [[DATE_TIME:15 ມັງກອນ 2023]]. ເບີໂທຢູ່ໄທ: [[PHONE_NUMBER:+66 89 417 2256]].""",
    """Council tax account [[ID_NUMBER:4412098837]] is in the names of [[PERSON:Mr. Emeka Nwosu]] and [[PERSON:Ms. Rachel Adeyemi]], [[ADDRESS:Flat 22, Beaumont House, 3 Cable Street]], [[LOCATION:London]] [[ZIP_CODE:E1 8JG]].""",
    """i think it was [[PERSON:marisol]]'s cousin [[PERSON:beto]] who gave me the ride, he lives on [[ADDRESS:3412 W Cermak Rd]] in [[LOCATION:Pilsen]]""",
    """[[PERSON:Tigist Alemu]], [[AGE:20]], from [[LOCATION:Wolaita Sodo]], has been awarded the nursing scholarship; her mentor, [[PERSON:Dr. Meron Tesfaye]], will meet her on [[DATE_TIME:14 September]].""",
    """[[PERSON:Sok Chanthy]]'s alien registration card is still with the farm owner in [[LOCATION:Pocheon]]. She entered [[LOCATION:Korea]] on [[DATE_TIME:9 May 2022]] under the employment permit system and has not had a day off since July.""",
    """[[PERSON:Aung Ko Ko]], pink card [[ID_NUMBER:0-0624-30508-48-6]], works at a seafood plant in [[LOCATION:Mahachai]]; his wife [[TITLE:Ma]] [[PERSON:Thida]] sews school uniforms at home in [[LOCATION:Mae Sot]].""",
    """[[PERSON:Dilani Perera]], NIC [[ID_NUMBER:199274502871]], worked night shifts at a lingerie factory in the [[LOCATION:Katunayake]] zone before leaving for [[LOCATION:Kuwait]] in [[DATE_TIME:December 2022]].""",
    """Can you forward the e-ticket to my work address, [[EMAIL_ADDRESS:p.okonkwo@halden-logistics.co.uk]]? The name on the booking must read [[PERSON:OKONKWO]]/[[PERSON:PRECIOUS]] [[TITLE:MS]], exactly as in the passport.""",
    """[[PERSON:Manivanh Souvannavong]], [[AGE:35]], is a line leader at an underwear factory in [[LOCATION:Sikhottabong]] district, [[LOCATION:Vientiane]]; you can reach her on [[PHONE_NUMBER:030 5298 117]] or at [[EMAIL_ADDRESS:manivanh.sv@yahoo.com]].""",
    """អ្នកជំងឺ [[PERSON:ទូច រិទ្ធី]] ភេទប្រុស អាយុ [[AGE:៤៥]] ឆ្នាំ រស់នៅភូមិ[[LOCATION:ត្រពាំងឈូក]] ខេត្ត[[LOCATION:តាកែវ]] បានមកពិនិត្យនៅថ្ងៃទី [[DATE_TIME:១៨ ខែមីនា ឆ្នាំ២០២៤]]។""",
    """RSVP from [[PERSON:Giulia Bianchi]] plus one ([[PERSON:Luca]]); both vegetarian. She said to reach her on [[PHONE_NUMBER:+39 347 218 9051]] if the shuttle times change.""",
    """[[PERSON:Yosef Ben-Haim]], an [[NRP:Orthodox Jewish]] father of five from [[LOCATION:Stamford Hill]], asked that the hearing not be listed on a Saturday.""",
    """As a registered [[NRP:Democrat]], [[PERSON:Loretta Haynes]] of [[LOCATION:Macon]], [[LOCATION:Georgia]] was surprised to get three mailers addressed to her late husband, [[PERSON:Earl]].""",
    """The visa agent in [[LOCATION:Kochi]] promised [[PERSON:Shibu Varghese]] a driver's job in [[LOCATION:Abu Dhabi]]; instead he ended up on a construction site, and his salary goes into [[IBAN_CODE:AE86 8563 4555 7104 1999 111]], an account the camp boss opened for him.""",
    """[[PERSON:María Guadalupe Torres]], [[AGE:47]], trims jeans at a shop at [[ADDRESS:1310 S. Maple Ave., 3rd Floor]] in [[LOCATION:Los Angeles]] and is paid by the piece, about six cents a garment.""",
    """Reminder: [[PERSON:Dr. Okafor]] will see [[PERSON:Zainab]] on [[DATE_TIME:Wed 20 Nov at 3:15pm]]. Reply C to cancel. Patient no. [[ID_NUMBER:HN-3390417]].""",
    """[[PERSON:Ahmed Al-Mansouri]]'s June salary was paid to [[IBAN_CODE:SA20 0720 0942 0579 4269 9679]]; he has asked HR to switch to his new account from [[DATE_TIME:1 August]].""",
    """[[PERSON:'Mamello Mohapi]], [[AGE:29]], a machinist at a denim factory in [[LOCATION:Maseru]], says her supervisor, [[PERSON:Mr. Chen]], threatened to fire her the day after she joined the union on [[DATE_TIME:4 March 2024]].""",
    """Her profile said [[PERSON:Natasha]], [[AGE:28]], from [[LOCATION:Kyiv]], but the photos were of a model, and the number she gave, [[PHONE_NUMBER:+380 67 442 1980]], was switched off the next day.""",
    """Guest [[PERSON:Haruto Sato]] checked in to room 1204 at [[DATE_TIME:2024-05-03 23:41]]. Passport [[ID_NUMBER:TK8039215]]; home address [[ADDRESS:2-14-7 Nishi-Shinjuku]], [[LOCATION:Shinjuku-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:160-0023]].""",
    """[[PERSON:Roberto Canlas]] wants to add his wife [[PERSON:Marites]] to his car insurance; they both live in the basement suite at [[ADDRESS:3208 17 Ave SE]], [[LOCATION:Calgary]], and she got her licence on [[DATE_TIME:March 28]].""",
    """The [[NRP:Nepali]] workers at the glove factory in [[LOCATION:Klang]] each paid around 4,000 dollars in fees. One of them, [[PERSON:Ram Bahadur Tamang]], passport [[ID_NUMBER:PA1183027]], says the agent [[PERSON:Ravi]] still holds his documents.""",
    """Nong [[PERSON:Phonesavanh]], seu len [[PERSON:Noy]], ayu [[AGE:19]], ork jak ban tang tae vanthi [[DATE_TIME:8/2/2024]] pai hed viak nai han ahan yu [[LOCATION:Chon Buri]]; mae bo sai toh ha nong dai leuy, beu nong [[PHONE_NUMBER:+66 95 337 0814]].""",
    """[[TITLE:Lok]] [[PERSON:Ouk Samnang]], [[AGE:38]], the union president at a garment factory south of [[LOCATION:Takhmao]], can be reached on [[PHONE_NUMBER:017 882 301]] or on Telegram as [[USERNAME:samnang_union]].""",
    """[[PERSON:Abdirahman Farah]]'s Apple ID is [[EMAIL_ADDRESS:abdi.farah.mpls@icloud.com]] and he can't reset it, because the recovery number, [[PHONE_NUMBER:(612) 874-2291]], belonged to his ex.""",
    """[[PERSON:Yaman Al-Khatib]], a [[NRP:Syrian]] boy of [[AGE:15]], is enrolling at the school near his family's flat at [[ADDRESS:Kazım Karabekir Caddesi No. 41, Daire 6]], [[LOCATION:Bağcılar]], [[LOCATION:Istanbul]].""",
    """Defendant [[PERSON:Jordan T. Whitfield]], DOB [[DATE_TIME:11-02-1979]], of [[ADDRESS:PO Box 482]], [[LOCATION:Sitka]], [[LOCATION:AK]] [[ZIP_CODE:99835]], is ordered to appear on [[DATE_TIME:January 14, 2025, at 9:00 AM]].""",
    """I paid the deposit with my Mastercard [[CREDIT_CARD:5194 3196 8017 7762]] (exp 09/27), so please don't charge the card a second time. [[PERSON:Olivia Brennan]]""",
    """The VPN logs show [[PERSON:Ravi Shankar Iyer]] connecting from [[IP_ADDRESS:2409:4071:2d8e:11f3::1a]] at 02:14, which is odd, because he's on leave in [[LOCATION:Coimbatore]].""",
    """HR note: [[TITLE:Mst.]] [[PERSON:Nasrin Akter]] (card no. [[ID_NUMBER:GZ-04418]]), sewing operator on line 12, is on maternity leave from [[DATE_TIME:01.09.2024]]; her bKash number for the benefit is [[PHONE_NUMBER:01712-448306]].""",
    """ບໍລິສັດຈັດຫາງານໄດ້ເກັບເງິນ 5.000.000 ກີບ ຈາກ [[TITLE:ທ້າວ]] [[PERSON:ແກ້ວ ດວງຈັນ]] ເພື່ອສົ່ງໄປເຮັດວຽກຢູ່ [[LOCATION:ເກົາຫຼີ]] ແລະ ຍັງຖືໜັງສືຜ່ານແດນເລກທີ [[ID_NUMBER:P1739054]] ຂອງລາວໄວ້.""",
    """My younger sister [[PERSON:Pich Bopha]] is getting married on [[DATE_TIME:5 December 2024]] in [[LOCATION:Siem Reap]]; if you have any questions about the ceremony, call me on [[PHONE_NUMBER:+855 97 654 3210]].""",
    """The keys to the storage unit were handed over on [[DATE_TIME:26 July]] to [[PERSON:Dermot Fitzgerald]].""",
    """My landlord, [[PERSON:Mr. Kowalczyk]], is trying to evict me from [[ADDRESS:1729 N. Damen Ave, 2nd floor]], [[LOCATION:Chicago]] [[ZIP_CODE:60647]] because I asked him to fix the heat. I've lived here since [[DATE_TIME:October 2017]]. [[PERSON:Aisha Robinson]]""",
    """[[PERSON:Rina Wulandari]] opened a savings account at the branch in [[LOCATION:Subang]] using her ID card, NIK [[ID_NUMBER:3205124408010003]], and gave [[PHONE_NUMBER:0812-2047-5531]] as her contact number.""",
    """[[PERSON:Ousmane Diallo]], [[AGE:23]], a [[NRP:Guinean]] midfielder, signed for the club in [[LOCATION:Palermo]] on [[DATE_TIME:30 June 2023]]; his agent, [[PERSON:Bakary Sané]], asked that his number, [[PHONE_NUMBER:+39 351 604 2287]], not be shared.""",
]

BENCH = [
    """Attention [[PERSON:Delphine Okoro-Watts]], your quarterly review as Senior Garment Technologist has been moved to [[DATE_TIME:11/03/2025 at 10:15]]. Confirm from [[EMAIL_ADDRESS:d.okorowatts@stitchline-sourcing.com]]; the last sign-in came from [[IP_ADDRESS:172.58.19.240]] with Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36.""",
    """[[PERSON:Kris Vandervort]], the Customer Intranet Liaison, asked that the 512.77 refund go to card [[CREDIT_CARD:4839697488981467]] (CVV 912, exp 04/28) instead of IBAN [[IBAN_CODE:GB73BARC52820083165501]], BIC BARCGB22. Ship the paperwork to [[ADDRESS:4821 Okuneva Crossing, Suite 318]], [[LOCATION:North Ruthieborough]], [[LOCATION:Vermont]] [[ZIP_CODE:05482]].""",
    """Gender: Female. Age: [[AGE:38]]. The ophthalmology referral for [[PERSON:Nkechi Ubah]] was submitted from [[IP_ADDRESS:10.44.201.7]]; please ring [[PHONE_NUMBER:+44 20 7946 0831]] to book her eye test before [[DATE_TIME:August 14th]].""",
    """Hi [[PERSON:Sopheap]], as Recruitment Coordinator for the [[LOCATION:Phnom Penh]] branch you can now open the worker portal from [[IP_ADDRESS:203.189.134.58]]. Username: [[USERNAME:sopheap.nhem]], temporary password: Gk#82!mzQv. The 40 sewing-operator files for [[LOCATION:Johor Bahru]] are waiting for your sign-off.""",
    """The Dynamic Branding Officer [[PERSON:Marguerite Fennimore]] lives at [[ADDRESS:9082 Lowe Ridge]], [[LOCATION:Lake Alvisburgh]], [[LOCATION:Nebraska]] [[ZIP_CODE:68021-3346]]. Her laptop (MAC 3c:22:fb:7a:10:9e) was enrolled under [[USERNAME:mfenn_1987]] on [[DATE_TIME:2023-09-17T08:42:11Z]].""",
    """Dear [[PERSON:Mx. Quinn Abernathy]], your loan of 14,500.00 has been approved. Repayments will be collected from [[IBAN_CODE:IE24 AIBK 6533 6995 5444 26]] on the 1st of each month; the date of birth on file is [[DATE_TIME:5th January 1992]].""",
    """Worker [[PERSON:Keo Sopheak]] (male, [[AGE:26]]) was deployed on [[DATE_TIME:02/09/2023]] to a knitting mill in [[LOCATION:Nakhon Pathom]]; CI no. [[ID_NUMBER:N0873412]], work permit [[ID_NUMBER:WP2566-1148391]], Thai mobile [[PHONE_NUMBER:+66 62 581 4407]].""",
    """Our Principal Tactics Engineer, [[PERSON:Ibrahim Sesay]], logged in from [[IP_ADDRESS:2a02:c7f:4e12:9a00:5d1:3f0b:12a4:7c6e]] using Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) and changed the payout card to [[CREDIT_CARD:3528 3052 2431 0946]], CVV 041, expiry 11/26.""",
    """Please ship the replacement loom parts to [[PERSON:Teodora Ionescu]], [[ADDRESS:Strada Fabricii 17, Bloc C2, Ap. 44]], [[LOCATION:Cluj-Napoca]], [[LOCATION:Cluj County]], [[ZIP_CODE:400632]]. She will pay from [[IBAN_CODE:RO19 BTRL 0453 4114 2415 8184]] (BIC BTRLRO22).""",
    """[[PERSON:Jaylen]]'s SSN [[US_SSN:529-36-1184]] and Illinois licence [[US_DRIVER_LICENSE:S530-4418-2297]] were used to open an account under the username [[USERNAME:jaylen.m.brooks]] from [[IP_ADDRESS:73.162.45.19]] on [[DATE_TIME:March 3rd, 2024 at 4:51 PM]].""",
    """As Compliance Auditor for the [[LOCATION:Gazipur]] cluster, [[PERSON:Tahmina Chowdhury]] needs the wage sheets of operator [[PERSON:Md. Jahangir Alam]] (worker ID [[ID_NUMBER:GSL-22871]], DOB [[DATE_TIME:1998/07/14]]) sent to [[EMAIL_ADDRESS:tahmina.c@auditpartners.com.bd]] by Thursday.""",
    """County: [[LOCATION:Merseyside]]. [[PERSON:Lewis Abara]], a Forward Metrics Designer aged [[AGE:31]], moved into [[ADDRESS:Flat 9, 64 Rodney Street]], [[LOCATION:Liverpool]] [[ZIP_CODE:L1 9AF]] on [[DATE_TIME:June 4th 2022]]. Device MAC: b8:27:eb:4f:19:c2.""",
    """Invoice for [[PERSON:Bilal Ahmed Khan]] of [[LOCATION:Mardan]], [[LOCATION:Khyber Pakhtunkhwa]]: protector fee, medical and ticket for the job in [[LOCATION:Jeddah]]. Once he starts, salary will be credited to [[IBAN_CODE:SA36 8001 7401 4132 9789 4122]]. Contact [[PHONE_NUMBER:+92 312 5508 419]].""",
    """Password reset for [[USERNAME:hfujita_84]] ([[EMAIL_ADDRESS:hina.fujita@docomo.ne.jp]]) requested from [[IP_ADDRESS:126.88.201.14]]. Account holder [[PERSON:Fujita Hina]], born [[DATE_TIME:1984-10-22]], My Number [[ID_NUMBER:0403 3015 5207]], MAC a4:83:e7:2b:91:0f.""",
    """[[PERSON:Ms. Adaeze Nwachukwu]], Lead Factors Analyst, your new corporate Visa [[CREDIT_CARD:4487 8230 8016 8619]] (exp 07/29, CVC 338) will be couriered to [[ADDRESS:Block B, 12 Admiralty Way]], [[LOCATION:Lekki]], [[LOCATION:Lagos]]. Call [[PHONE_NUMBER:+234 809 112 7734]] if you are away.""",
    """Applicant [[PERSON:Chanthou Meas]], female, [[AGE:21]], from [[LOCATION:Svay Rieng]]; height 152 cm; trade: sewing machine operator; destination [[LOCATION:Malaysia]]; agency deposit 250 USD paid [[DATE_TIME:14/11/2023]]; passport [[ID_NUMBER:N02218746]]; father's phone [[PHONE_NUMBER:088 912 4475]].""",
    """Hey [[PERSON:Tobias]], I've set your Wi-Fi to accept the MAC 00:1a:2b:3c:4d:5e and your static IP is [[IP_ADDRESS:192.168.14.37]]. The invoice goes to [[PERSON:Tobias Lindqvist]], [[ADDRESS:Storgatan 22 B, lgh 1102]], [[ZIP_CODE:903 26]] [[LOCATION:Umeå]]; pay to [[IBAN_CODE:SE69 4854 8002 0288 4090 2284]].""",
    """The Regional Integration Agent [[PERSON:Soledad Marín Echeverría]], [[AGE:45]], reported that her card [[CREDIT_CARD:375883806304073]] was used at 03:12 from [[IP_ADDRESS:181.43.207.92]] with Mozilla/5.0 (Linux; Android 13; SM-A536B) while she was at home in [[LOCATION:Valparaíso]].""",
    """Dear [[PERSON:Mr. Pavel Novák]], your wages for May, 38,400 CZK, were transferred to [[IBAN_CODE:CZ52 2367 1810 7719 4330 4130]]. As agreed with the agency, the accommodation deduction for the room at [[ADDRESS:Průmyslová 1448/6]], [[LOCATION:Mladá Boleslav]] starts from [[DATE_TIME:1 June 2024]].""",
    """Username [[USERNAME:ogechi_writes]], password Summer2024!!, recovery email [[EMAIL_ADDRESS:ogechi.e@yahoo.co.uk]], recovery phone [[PHONE_NUMBER:+44 7700 900 315]], last login [[DATE_TIME:2024-02-29 22:07:15]] from [[IP_ADDRESS:86.155.43.120]].""",
    """Subject: your visa appointment. [[PERSON:Ana Paula Nascimento]], your biometrics appointment at the [[LOCATION:São Paulo]] centre is on [[DATE_TIME:Tuesday, 18 June 2024, 08:45]]. Bring passport [[ID_NUMBER:FX429183]] and the letter addressed to [[ADDRESS:Rua Augusta 1508, apto 72]], [[LOCATION:Consolação]], [[ZIP_CODE:01304-001]].""",
    """Emergency contact for [[PERSON:Hemi Parata]]: partner [[PERSON:Aroha]], [[PHONE_NUMBER:021 448 7720]]. Home: [[ADDRESS:16A Kowhai Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]]. Vehicle plate [[ID_NUMBER:NKT482]]. Employee since [[DATE_TIME:02/05/2019]].""",
    """The Chief Directives Consultant [[PERSON:Rosalind Achterberg]] asked us to update her billing to [[CREDIT_CARD:2221 0642 3263 2419]] and her IBAN to [[IBAN_CODE:NL23 RABO 3662 5323 34]]; she is reachable at [[EMAIL_ADDRESS:r.achterberg@ziggo.nl]] or on [[PHONE_NUMBER:+31 6 4821 9906]].""",
    """Recruitment fee receipt: received from [[PERSON:Min Thu Aung]], [[AGE:24]], of [[LOCATION:Hpa-an]], the sum of 1,800,000 kyat for placement at a garment factory in [[LOCATION:Bangkok]]. Passport [[ID_NUMBER:MF418273]]. Received by [[TITLE:U]] [[PERSON:Kyaw Zin]] on [[DATE_TIME:5 Aug 2023]].""",
    """Ref 88213-B. Hi [[PERSON:Delia]]! Your e-bike rental from [[DATE_TIME:July 19]] to [[DATE_TIME:July 22]] is confirmed; pick-up at [[ADDRESS:2750 Fairview Ave E, Slip 14]], [[LOCATION:Seattle]], [[LOCATION:WA]] [[ZIP_CODE:98102]]. Deposit held on [[CREDIT_CARD:6011 4977 8556 9080]].""",
    """[[PERSON:Mohammed Rashid Al-Hinai]] ([[NRP:Omani]], male, [[AGE:52]]) holds civil ID [[ID_NUMBER:08841932]] and resides in [[LOCATION:Seeb]], [[LOCATION:Muscat]]; his housemaid, [[PERSON:Esther Nakato]] from [[LOCATION:Uganda]], arrived on [[DATE_TIME:28 February 2024]] through an agency in [[LOCATION:Kampala]].""",
    """To: [[EMAIL_ADDRESS:fiifi.mensah@gmail.com]]. [[PERSON:Fiifi]], the transfer of GHS 2,400 to account [[ID_NUMBER:1441003927561]] failed; your Ghana Card number [[ID_NUMBER:GHA-721884019-3]] does not match the name on the account.""",
    """ການເຂົ້າລະບົບຂອງ [[PERSON:ວົງສະຫວັນ ພົມມະຈັນ]] ([[USERNAME:vongsavanh.pmc]]) ຈາກ IP [[IP_ADDRESS:115.84.96.211]] ເວລາ 08:15; ອີເມວ [[EMAIL_ADDRESS:vongsavanh.p@laotel.com]], ເບີໂທ [[PHONE_NUMBER:+856 20 2234 6678]].""",
    """[[TITLE:Lok]] [[PERSON:Chea Sokha]], phet pros, ayu [[AGE:33]], lekh attasanhanobann [[ID_NUMBER:010487215]], asayathan [[ADDRESS:phteah lekh 27, phlauv 516]], sangkat [[LOCATION:Boeung Kak Pir]], khan [[LOCATION:Tuol Kork]], [[LOCATION:Phnom Penh]]; kat [[CREDIT_CARD:4192 7266 5850 0541]].""",
    """Your pickup from [[ADDRESS:Hadleigh Farm Cottages, 3 Back Lane]], [[LOCATION:Suffolk]], [[ZIP_CODE:IP7 5HU]] is booked for [[PERSON:Dr. Imogen Thackeray]] on [[DATE_TIME:Sunday 4 August, 6:30 am]]; driver will call [[PHONE_NUMBER:07823 550 419]].""",
    """WORKERS' COMPENSATION CLAIM FORM
Claim no.: WC-2024-118734
Employee: [[PERSON:Rosa Elena Quispe Mamani]]
Date of birth: [[DATE_TIME:09/23/1989]]
SSN: [[US_SSN:612-40-8891]]
Home address: [[ADDRESS:2218 Whittier Blvd, Apt 5]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90023]]
Phone: [[PHONE_NUMBER:(323) 264-7718]]
Employer: Sunrise Apparel Cutting Inc.
Occupation: cutter
Date of injury: [[DATE_TIME:04/02/2024, approx. 2:30 PM]]
Description: left hand caught under the straight knife while cutting denim lays. Seen at the emergency department by [[PERSON:Dr. Alan Whitford]] the same day.""",
    """EMPLOYMENT CONTRACT (Overseas)
This contract is made between Al Noor Garments LLC, [[LOCATION:Ajman]], [[LOCATION:United Arab Emirates]] (the Employer) and [[PERSON:Nirmala Kumari Rai]], holder of passport no. [[ID_NUMBER:PA3928417]], born [[DATE_TIME:12 April 1997]] in [[LOCATION:Dhankuta]] (the Worker).
1. Position: sewing machine operator. 2. Basic salary: 1,200 AED per month, paid into the Worker's account [[IBAN_CODE:AE41 4105 2759 9953 6165 636]]. 3. Term: two years from the date of arrival. 4. The Employer shall not retain the Worker's passport.
Signed: [[PERSON:Nirmala Kumari Rai]], [[DATE_TIME:3 January 2024]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Gerald Oyelowo]]  MRN: [[ID_NUMBER:MRN 00482915]]  DOB: [[DATE_TIME:1951-03-08]]  Age: [[AGE:73]]
Admitted: [[DATE_TIME:2024-06-02]]  Discharged: [[DATE_TIME:2024-06-09]]
Attending: [[PERSON:Dr. Priyanka Sen]]
Diagnosis: community-acquired pneumonia, resolved. Follow-up with GP [[PERSON:Dr. Hallam]] within 7 days. Next of kin: daughter [[PERSON:Funmi Oyelowo]], [[PHONE_NUMBER:0161 496 0724]].""",
    """LOAN APPLICATION - PERSONAL
Applicant: [[PERSON:Vikram Singh Rathore]]   Co-applicant: [[PERSON:Meenal Rathore]]
PAN: [[ID_NUMBER:BQRPR4821K]]   Aadhaar: XXXX XXXX 3392
Residential address: [[ADDRESS:Flat 402, Sai Krupa Apartments, Plot 17, Sector 21]], [[LOCATION:Kharghar]], [[LOCATION:Navi Mumbai]] [[ZIP_CODE:410210]]
Mobile: [[PHONE_NUMBER:+91 98204 71153]]   Email: [[EMAIL_ADDRESS:vikram.rathore77@rediffmail.com]]
Employer: Zenith Textiles Pvt Ltd (merchandiser), since [[DATE_TIME:Aug 2015]]
Loan amount requested: Rs. 6,50,000""",
    """NOTICE OF TERMINATION OF TENANCY
To: [[PERSON:Marcus Oduya]] and all other occupants of [[ADDRESS:611 Elm Street, Unit 3]], [[LOCATION:Paterson]], [[LOCATION:New Jersey]] [[ZIP_CODE:07501]].
You are hereby notified that your tenancy will terminate on [[DATE_TIME:August 31, 2024]]. Please contact the landlord, [[PERSON:Sylvia Castellano]], at [[PHONE_NUMBER:(973) 555-2418]] to arrange the return of keys and the walk-through inspection.""",
    """Recruitment Agency Service Agreement
Agency: Golden Bridge Manpower Co., Ltd., licence no. 0117/2563
Jobseeker: [[PERSON:Souksakhone Inthavong]], [[NRP:Lao]] nationality, ID card [[ID_NUMBER:0204-115873]], [[ADDRESS:house 88, unit 6]], [[LOCATION:Ban Phonsaat]], [[LOCATION:Pakse]], [[LOCATION:Champasak]]
Placement: garment factory, [[LOCATION:Samut Prakan]], [[LOCATION:Thailand]], two-year MOU contract.
Fees: the jobseeker pays no fee other than passport and medical costs. Date of signing: [[DATE_TIME:19 September 2023]].""",
    """INCIDENT REPORT - FACTORY FLOOR
Date/time of incident: [[DATE_TIME:Monday 14 October 2024, 11:40]]
Injured worker: [[PERSON:Fatema Khatun]], card no. [[ID_NUMBER:AFL-7731]], [[AGE:23]]
Location: cutting section, 2nd floor, building C
Witnesses: [[PERSON:Sumon Mia]] (line chief), [[PERSON:Parvin]] (helper)
First aid given by: [[PERSON:Nasima Akhter]]
Reported to HR by: [[PERSON:Md. Rakibul Hasan]], [[PHONE_NUMBER:01819-227640]]""",
    """INSURANCE CLAIM - HOME CONTENTS
Policyholder: [[PERSON:Bronwyn Llewellyn]]  Policy: HC-7732019
Insured address: [[ADDRESS:Ty Newydd, 4 Heol y Bryn]], [[LOCATION:Aberystwyth]], [[ZIP_CODE:SY23 1LP]]
Date of loss: [[DATE_TIME:12/01/2024]]
Items: laptop, two bikes, a sewing machine. Claimant bank: sort code 30-94-12, account [[ID_NUMBER:48213307]].
Contact: [[EMAIL_ADDRESS:bronwyn.ll@outlook.com]], [[PHONE_NUMBER:01970 612 004]]""",
    """PAYSLIP - March 2024
Employee: [[PERSON:Mai Thi Thu Trang]]   Employee no.: [[ID_NUMBER:TW-58312]]
ARC no.: [[ID_NUMBER:F800447192]]   Nationality: [[NRP:Vietnamese]]
Employer: Hsin Yi Textile Co. (Taoyuan)
Basic wage NT$27,470; overtime NT$6,120; dormitory fee -NT$2,500; broker service fee -NT$1,800.
Net pay transferred to post office account [[ID_NUMBER:0001129-0448217]].""",
    """MEDICAL FITNESS CERTIFICATE (pre-departure)
Name: [[PERSON:Arjun Bahadur Magar]]   Sex: M   Age: [[AGE:27]]
Passport: [[ID_NUMBER:PA2104598]]   Destination: [[LOCATION:Malaysia]]
Date of examination: [[DATE_TIME:11-06-2024]]
Results: chest X-ray normal, HIV negative, Hep B negative, pregnancy n/a.
Examining physician: [[PERSON:Dr. Sushila Pokharel]], NMC reg. 8812
Result: FIT""",
    """Court of Appeal - Notice of Hearing
In the matter of [[PERSON:Kamal Hossain]] v. Home Office.
The appellant, born [[DATE_TIME:01/01/1990]], a national of [[LOCATION:Bangladesh]], resident at [[ADDRESS:28 Whitechapel Road]], [[LOCATION:London]] [[ZIP_CODE:E1 1EW]], is to appear on [[DATE_TIME:Wednesday 22 January 2025 at 10.30 am]]. Counsel: [[PERSON:Ms. Harriet Okonjo]].""",
    """Lease agreement (summary)
Landlord: [[PERSON:Gavin Whitcombe]]; Tenants: [[PERSON:Li Na]] and [[PERSON:Chen Jun]]
Premises: [[ADDRESS:Unit 5, 88 Dixon Street]], [[LOCATION:Haymarket]], [[LOCATION:NSW]] [[ZIP_CODE:2000]]
Term: 12 months commencing [[DATE_TIME:1 February 2024]]. Rent: $720 per week to BSB 062-000, account [[ID_NUMBER:1047 3392]].
Tenant phones: [[PHONE_NUMBER:0433 218 905]] / [[PHONE_NUMBER:0451 770 216]]""",
    """Wage complaint to the Labour Department
Complainant: [[PERSON:Sophorn Chhun]], [[AGE:30]], [[NRP:Cambodian]]; pink card [[ID_NUMBER:0-0195-99113-15-2]]
Workplace: a sweater factory in [[LOCATION:Mae Sot]], [[LOCATION:Tak]]
Complaint: not paid overtime from [[DATE_TIME:March 2024]] to [[DATE_TIME:May 2024]]; employer deducted 3,000 baht for the work permit.
Contact through the NGO worker, [[PERSON:Naw Paw Htoo]], [[PHONE_NUMBER:086 113 2289]].""",
    """TAX RETURN - Schedule of dependents
Taxpayer: [[PERSON:Daniel J. Okafor]]  SSN [[US_SSN:287-44-9013]]
Spouse: [[PERSON:Grace Okafor]]  SSN [[US_SSN:287-51-6620]]
Dependents: [[PERSON:Chidera Okafor]] (DOB [[DATE_TIME:03/14/2012]]), [[PERSON:Kelechi Okafor]] (DOB [[DATE_TIME:11/30/2015]])
Address: [[ADDRESS:8120 Beechmont Dr]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77071]]""",
    """Certificate of Employment
This is to certify that [[PERSON:Maria Cristina Bautista]], born [[DATE_TIME:May 2, 1985]], has been employed by our agency as a caregiver deployed to [[LOCATION:Haifa]], [[LOCATION:Israel]], from [[DATE_TIME:October 2018]] to [[DATE_TIME:September 2023]]. Her salary was paid into [[IBAN_CODE:IL53 8650 4863 9622 1438 234]]. Issued upon her request for whatever legal purpose it may serve.""",
    """Parental consent form - school trip
Pupil: [[PERSON:Ayaan Malik]]  Class: 6B  DOB: [[DATE_TIME:17.05.2013]]
Parent/guardian: [[PERSON:Rubina Malik]]  Mobile: [[PHONE_NUMBER:07456 110 382]]
Medical notes: nut allergy (EpiPen in bag)
GP: [[PERSON:Dr. Femi Adeola]], Brookside Surgery
Signed: [[PERSON:R. Malik]]  Date: [[DATE_TIME:09/09/2024]]""",
    """Privacy request received from [[PERSON:Anneliese Grünwald]] ([[EMAIL_ADDRESS:a.gruenwald@posteo.at]]), customer no. [[ID_NUMBER:K-2209184]], asking us to delete all data linked to [[IBAN_CODE:AT13 9755 5390 6073 7680]] and to her former address, [[ADDRESS:Lerchenfelder Straße 96/12]], [[ZIP_CODE:1080]] [[LOCATION:Wien]].""",
    """ស្នាមប្រាក់ខែ - ខែមេសា ២០២៤
ឈ្មោះ៖ [[PERSON:ស៊ុន ស្រីពៅ]]   លេខកាតបុគ្គលិក៖ [[ID_NUMBER:PS-10427]]
ផ្នែក៖ ដេរ ខ្សែទី ៧
ប្រាក់ខែគោល ២០៤ ដុល្លារ ម៉ោងបន្ថែម ៣៨ ដុល្លារ
ផ្ទេរចូលគណនី ABA [[ID_NUMBER:001 284 773]] ថ្ងៃទី [[DATE_TIME:១០ ឧសភា ២០២៤]]
ទូរស័ព្ទ៖ [[PHONE_NUMBER:015 773 904]]""",
    """ໃບສະໝັກເຂົ້າເຮັດວຽກ
ຊື່ ແລະ ນາມສະກຸນ: [[PERSON:ຈັນທະລາ ສາຍະສານ]]
ວັນເດືອນປີເກີດ: [[DATE_TIME:04/11/1999]]
ທີ່ຢູ່: ບ້ານ[[LOCATION:ໂພນທັນ]], ເມືອງ[[LOCATION:ໄຊເສດຖາ]], [[LOCATION:ນະຄອນຫຼວງວຽງຈັນ]]
ບັດປະຈຳຕົວເລກທີ: [[ID_NUMBER:01-0458127]]
ເບີໂທ: [[PHONE_NUMBER:020 7712 0935]]
ຕຳແໜ່ງທີ່ສະໝັກ: ຊ່າງຫຍິບ""",
]
BENCH += [
    """{"worker_id": "[[ID_NUMBER:MW-2024-00871]]", "full_name": "[[PERSON:Rahima Khatun]]", "dob": "[[DATE_TIME:1996-02-11]]", "passport_no": "[[ID_NUMBER:EE0913427]]", "nationality": "[[NRP:Bangladeshi]]", "phone": "[[PHONE_NUMBER:+880 1711-582934]]", "agency": "Sonar Bangla Overseas", "destination": "[[LOCATION:Jordan]]", "job": "sewing operator", "recruitment_fee_usd": 1450, "fee_paid_by_worker": true}""",
    """2024-07-02T09:14:55.120Z INFO  [auth] login ok user=[[USERNAME:pnakamura]] ip=[[IP_ADDRESS:61.205.88.14]] ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) Safari/605.1.15"
2024-07-02T09:15:03.447Z INFO  [profile] email changed for user=[[USERNAME:pnakamura]] new=[[EMAIL_ADDRESS:paulo.nakamura@uol.com.br]]
2024-07-02T09:15:41.002Z WARN  [billing] card declined customer_id=[[ID_NUMBER:CUS-448120]] last4=8803 reason=insufficient_funds""",
    """INSERT INTO patients (id, first_name, last_name, dob, nhs_number, phone, postcode) VALUES
  (1041, '[[PERSON:Eilidh]]', '[[PERSON:MacLeod]]', '[[DATE_TIME:1978-04-12]]', '[[ID_NUMBER:300 737 0698]]', '[[PHONE_NUMBER:01463 712 558]]', '[[ZIP_CODE:IV2 3JH]]'),
  (1042, '[[PERSON:Kofi]]', '[[PERSON:Asante]]', '[[DATE_TIME:1965-11-30]]', '[[ID_NUMBER:773 325 8790]]', '[[PHONE_NUMBER:07984 201 336]]', '[[ZIP_CODE:B19 1AA]]');""",
    """<employee id="5521">
  <name><given>[[PERSON:Anjali]]</given><family>[[PERSON:Deshpande]]</family></name>
  <dob>[[DATE_TIME:1990-08-27]]</dob>
  <email>[[EMAIL_ADDRESS:anjali.deshpande@corpmail.in]]</email>
  <mobile>[[PHONE_NUMBER:+91-99870-44512]]</mobile>
  <aadhaar>[[ID_NUMBER:4369 7557 3392]]</aadhaar>
  <address><line1>[[ADDRESS:B-204, Shanti Niketan, 14 Law College Road]]</line1><city>[[LOCATION:Pune]]</city><pin>[[ZIP_CODE:411004]]</pin></address>
  <joined>[[DATE_TIME:2019-06-03]]</joined>
</employee>""",
    """# alerting.yaml
oncall:
  primary:
    name: [[PERSON:Bartosz Zieliński]]
    email: [[EMAIL_ADDRESS:bartosz.zielinski@gmail.com]]
    phone: "[[PHONE_NUMBER:+48 601 224 873]]"
  secondary:
    name: [[PERSON:Ewa Kaczmarek]]
    email: [[EMAIL_ADDRESS:ewa.k@onet.pl]]
    phone: "[[PHONE_NUMBER:+48 512 908 114]]"
smtp:
  host: smtp.internal
  from: alerts@noreply.internal""",
    """def test_signup_flow(client):
    payload = {
        "username": "[[USERNAME:wanjiku_n]]",
        "email": "[[EMAIL_ADDRESS:wanjiku.njoroge@gmail.com]]",
        "password": "S3cure!pass",
        "phone": "[[PHONE_NUMBER:+254 722 418 905]]",
        "full_name": "[[PERSON:Wanjiku Njoroge]]",
    }
    r = client.post("/api/signup", json=payload)
    assert r.status_code == 201""",
    """Ticket #48213 | Priority: High | Channel: email
Requester: [[PERSON:Thandiwe Khumalo]] <[[EMAIL_ADDRESS:thandi.khumalo@webmail.co.za]]>
Account: [[ID_NUMBER:ACC-0093381]]
Message: Hi, I was charged twice on my card [[CREDIT_CARD:4269 0647 8091 0471]]. My ID number is [[ID_NUMBER:9509024526080]] if you need to verify. I live at [[ADDRESS:45 Voortrekker Road]], [[LOCATION:Bellville]], [[ZIP_CODE:7530]]. Please call me on [[PHONE_NUMBER:072 415 8836]].""",
    """MSH|^~\\&|LABSYS|STMARY|EHR|STMARY|202405061130||ORU^R01|MSG00412|P|2.5
PID|1||[[ID_NUMBER:MRN7731942]]^^^STMARY^MR||[[PERSON:HOLLOWAY]]^[[PERSON:JUNE]]^[[PERSON:M]]||[[DATE_TIME:19550219]]|F|||[[ADDRESS:42 PARK VIEW RD]]^^[[LOCATION:DERBY]]^^[[ZIP_CODE:DE22 1HE]]||[[PHONE_NUMBER:01332 550 913]]
OBX|1|NM|2345-7^GLUCOSE^LN||6.1|mmol/L|3.9-7.8|N""",
    """From: [[PERSON:Kemal Yıldırım]] <[[EMAIL_ADDRESS:kemal.yildirim@hotmail.com]]>
To: payroll@textil-nord.de
Subject: Gehalt / salary account
Received: from mail-wr1 ([[IP_ADDRESS:78.172.14.65]]) by mx.textil-nord.de

Hello, from next month please pay my salary to [[IBAN_CODE:DE52 2602 0112 6576 6803 88]] instead of the old Turkish account [[IBAN_CODE:TR24 5056 8034 1522 3546 2784 55]]. Thanks, [[PERSON:Kemal]]""",
    """{
  "user": {
    "id": 90112,
    "name": "[[PERSON:Ngozi Eze-Martins]]",
    "email": "[[EMAIL_ADDRESS:ngozi.em@outlook.com]]",
    "last_login": "[[DATE_TIME:2024-08-19T21:03:44+01:00]]",
    "last_ip": "[[IP_ADDRESS:102.89.33.170]]",
    "address": {"street": "[[ADDRESS:14 Adeola Odeku Street]]", "city": "[[LOCATION:Victoria Island]]", "state": "[[LOCATION:Lagos]]"},
    "preferences": {"newsletter": false, "sms": true}
  }
}""",
    """# .env.production
APP_NAME=stitchtrack
DB_HOST=10.0.4.12
ADMIN_NAME="[[PERSON:Lwazi Ndlovu]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:lwazi.ndlovu@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+27 82 551 4409]]
SUPPORT_EMAIL=support@stitchtrack.io
SENTRY_DSN=https://4f1e09ab2c@o4501.ingest.sentry.io/66""",
    """const testCustomer = {
  firstName: "[[PERSON:Mateus]]",
  lastName: "[[PERSON:Albuquerque]]",
  cpf: "[[ID_NUMBER:614.289.305-15]]",
  birthDate: "[[DATE_TIME:1993-01-17]]",
  card: { number: "[[CREDIT_CARD:5217 2074 3872 9765]]", cvv: "440", expiry: "05/27" },
  address: "[[ADDRESS:Av. Sete de Setembro, 2120, apto 301]]",
  city: "[[LOCATION:Salvador]]",
  cep: "[[ZIP_CODE:40080-001]]",
};""",
    """[[IP_ADDRESS:41.74.12.201]] - [[USERNAME:okoye.c]] [12/Mar/2024:07:41:09 +0100] "GET /account/profile HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/123.0"
[[IP_ADDRESS:41.74.12.201]] - [[USERNAME:okoye.c]] [12/Mar/2024:07:41:22 +0100] "POST /account/bank HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/123.0"
[[IP_ADDRESS:197.210.54.9]] - - [12/Mar/2024:07:42:01 +0100] "GET /robots.txt HTTP/1.1" 404 153 "-" "curl/8.4.0\"""",
    """curl -X POST https://api.remitly-clone.test/v1/transfers \\
  -H "Authorization: Bearer sk_test_51Hx9" \\
  -d '{"sender": {"name": "[[PERSON:Josephine Achieng]]", "phone": "[[PHONE_NUMBER:+971 50 448 2193]]", "emirates_id": "[[ID_NUMBER:784-1990-4417823-6]]"}, "recipient": {"name": "[[PERSON:Beatrice Achieng]]", "phone": "[[PHONE_NUMBER:+254 711 903 448]]", "city": "[[LOCATION:Kisumu]]"}, "amount": 1500, "currency": "AED"}'""",
    """mutation {
  updateWorker(id: "[[ID_NUMBER:W-33018]]", input: {
    name: "[[PERSON:Phan Thi My Duyen]]"
    residenceCard: "[[ID_NUMBER:RA90217634EG]]"
    dormAddress: "[[ADDRESS:3-12-5 Kamiya, Room 204]]"
    city: "[[LOCATION:Kita-ku]], [[LOCATION:Tokyo]]"
    visaExpiry: "2026-03-31"
    phone: "[[PHONE_NUMBER:080-4412-9075]]"
  }) { id }
}""",
    """[SUPPORT-7741] Cannot withdraw wages from e-wallet
Reporter: [[PERSON:Nur Aisyah binti Kamaruddin]]
Phone: [[PHONE_NUMBER:+60 12-338 4071]] | IC: [[ID_NUMBER:930514-10-5528]]
Description: My employer at the glove factory in [[LOCATION:Shah Alam]] pays the foreign workers through this wallet. My roommate [[PERSON:Siti Rahayu]] (passport [[ID_NUMBER:C4428170]]) also cannot withdraw since [[DATE_TIME:Friday 5 July]].
Assignee: [[PERSON:Daniel Lim]]""",
    """type Applicant struct{ Name, Passport, Phone, Email string }

var seed = []Applicant{
	{Name: "[[PERSON:Sandeep Kaur Gill]]", Passport: "[[ID_NUMBER:Z4819027]]", Phone: "[[PHONE_NUMBER:+91 98140 22731]]", Email: "[[EMAIL_ADDRESS:sandeepkgill@gmail.com]]"},
	{Name: "[[PERSON:Harjit Singh Sandhu]]", Passport: "[[ID_NUMBER:V7730154]]", Phone: "[[PHONE_NUMBER:+91 98761 40558]]", Email: "[[EMAIL_ADDRESS:harjit.sandhu.ldh@yahoo.in]]"},
}""",
    """{"event":"kyc_submitted","ts":1718022211,"data":{"first":"[[PERSON:Oğuz]]","last":"[[PERSON:Kaya]]","tc_kimlik":"[[ID_NUMBER:38415027640]]","iban":"[[IBAN_CODE:TR09 0006 2062 0966 5428 7072 29]]","dob":"[[DATE_TIME:12.09.1987]]","ip":"[[IP_ADDRESS:176.88.140.19]]","device":"iPhone14,2","ua":"MyBankApp/5.2.1 CFNetwork/1410"}}""",
    """<?xml version="1.0"?>
<booking ref="HX-558201">
  <guest title="[[TITLE:Dr]]" first="[[PERSON:Ifeoma]]" last="[[PERSON:Chukwu]]"/>
  <email>[[EMAIL_ADDRESS:ifeoma.chukwu@nhs.net]]</email>
  <checkin>[[DATE_TIME:2024-10-03]]</checkin>
  <checkout>[[DATE_TIME:2024-10-06]]</checkout>
  <payment type="card" number="[[CREDIT_CARD:5503 8266 8229 2551]]" exp="08/27"/>
  <notes>late arrival, after 23:00</notes>
</booking>""",
    """SELECT * FROM applicants WHERE email = '[[EMAIL_ADDRESS:graciela.mora@gmail.com]]' OR phone = '[[PHONE_NUMBER:+52 55 4182 7730]]';
-- result: id=3381 name='[[PERSON:Graciela Mora Villanueva]]' curp='[[ID_NUMBER:MOVG910314MDFRLR04]]' city='[[LOCATION:Ciudad de México]]' status='interview'""",
    """Form I-9 (excerpt)
Last name: [[PERSON:Abdullahi]]   First name: [[PERSON:Hodan]]   Middle initial: [[PERSON:M]]
Address: [[ADDRESS:1520 Cedar Ave S, Apt 1108]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55454]]
Date of birth: [[DATE_TIME:07/01/1994]]   SSN: [[US_SSN:471-82-0359]]
Email: [[EMAIL_ADDRESS:hodan.abdullahi94@gmail.com]]   Phone: [[PHONE_NUMBER:612-339-0417]]
Signature date: [[DATE_TIME:08/19/2024]]""",
    """[2024-03-18 14:22:07] mailer.INFO: Sent offer letter to [[PERSON:Reza Mohammadi]] <[[EMAIL_ADDRESS:reza.mhd@gmail.com]]> for position "Pattern Cutter" (candidate_id=[[ID_NUMBER:CAND-20931]])
[2024-03-18 14:22:08] mailer.INFO: Copy sent to hr@atelier-lumiere.fr
[2024-03-18 14:25:51] mailer.ERROR: Bounce from [[EMAIL_ADDRESS:r.mohammadi.tehran@yahoo.com]] (mailbox full)""",
    """{"applicant": {"name": "[[PERSON:Shirin Akter]]", "father_name": "[[PERSON:Abdul Karim]]", "nid": "[[ID_NUMBER:6904218835]]", "dob": "[[DATE_TIME:15/08/2001]]", "village": "[[LOCATION:Kaliganj]]", "district": "[[LOCATION:Gazipur]]"}, "employer": "Evergreen Knit Composite", "grade": 7, "gross_wage_bdt": 12500, "joining_date": "[[DATE_TIME:2023-12-01]]", "bkash": "[[PHONE_NUMBER:01913-502774]]"}""",
    """---
# users.yml (seed data for staging)
- username: [[USERNAME:mthompson]]
  display_name: [[PERSON:Mele Thompson]]
  email: [[EMAIL_ADDRESS:mele.thompson@xtra.co.nz]]
  role: admin
- username: [[USERNAME:rtaufa]]
  display_name: [[PERSON:Ratu Taufa]]
  email: [[EMAIL_ADDRESS:ratu.taufa@gmail.com]]
  role: viewer""",
    """Case note - migrant worker helpdesk
Caller: [[PERSON:Sunil Wickramasinghe]], [[AGE:34]], from [[LOCATION:Kurunegala]], now in [[LOCATION:Doha]] on a driver visa. QID [[ID_NUMBER:28914403127]]. Called on [[DATE_TIME:18 Nov 2024, 21:10]] from [[PHONE_NUMBER:+974 3318 2047]].
Issue: sponsor has not paid for 4 months; recruitment agent in [[LOCATION:Colombo]], [[PERSON:Mr. Nalin Fernando]], no longer answers.
Action: referred to the embassy labour section.""",
    """Dear Hiring Manager,
I am writing to apply for the position of Production Planner. I have eight years of experience in knitwear factories in [[LOCATION:Dongguan]] and [[LOCATION:Phnom Penh]]. I can be reached at [[PHONE_NUMBER:+86 138 2651 0937]] or [[EMAIL_ADDRESS:wang.lifen.planner@163.com]]. My LinkedIn is [[URL:https://www.linkedin.com/in/lifen-wang-knit]].
Yours faithfully,
[[PERSON:Wang Lifen]]""",
    """POLICE REPORT - LOST DOCUMENTS
Reporting person: [[PERSON:Aleksandra Petrović]], [[NRP:Serbian]] citizen, born [[DATE_TIME:23.04.1991]]
Temporary address: [[ADDRESS:ul. Marszałkowska 84/92 m. 17]], [[ZIP_CODE:00-514]] [[LOCATION:Warszawa]]
Documents lost: passport no. [[ID_NUMBER:012447893]], residence card, bank card.
Time and place of loss: [[DATE_TIME:2 May 2024 around 18:00]], tram no. 15.
Contact: [[PHONE_NUMBER:+48 733 190 442]]""",
    """Subject: Re: Deduction from my pay
Dear Sir, I am [[PERSON:Lalaine Santos]], caregiver, ARC no. [[ID_NUMBER:E240917735]]. My broker, [[PERSON:Mr. Huang]], deducts NT$1,800 each month. My employer lives at [[ADDRESS:No. 17, Lane 52, Zhongzheng Road]], [[LOCATION:Xinzhuang District]], [[LOCATION:New Taipei City]]. Please help. My number is [[PHONE_NUMBER:0912-448-306]].""",
    """{
  "complaint_id": "CMP-00712",
  "filed_by": {"name": "[[PERSON:Nanami Okuda]]", "role": "line leader", "employee_no": "[[ID_NUMBER:E-10482]]"},
  "against": {"name": "[[PERSON:Hiroshi Tanabe]]", "role": "floor manager"},
  "incident_date": "[[DATE_TIME:2024-09-11]]",
  "summary": "verbal abuse of technical interns during inspection",
  "witnesses": ["[[PERSON:Nguyen Van Khoa]]", "[[PERSON:Le Thi Bich]]"]
}""",
    """Application for a Loan - Microfinance
Borrower: [[PERSON:Srey Pov Lim]]   Sex: F   Age: [[AGE:28]]
ID card: [[ID_NUMBER:180924417]]   Phone: [[PHONE_NUMBER:012 409 775]]
Address: [[LOCATION:Prey Kdei]] village, [[LOCATION:Ta Khmau]], [[LOCATION:Kandal]]
Occupation: garment worker (line 4, quality check)
Collateral: land title of her mother, [[PERSON:Lim Sokun]]
Purpose: repay the agency fee of her brother [[PERSON:Lim Vichet]], working in [[LOCATION:Rayong]]""",
    """[[PERSON:Keanu Kahananui]] (he/him), a Legacy Accounts Strategist, relocated from [[ADDRESS:94-1040 Waipahu St, Apt 12C]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]] to [[LOCATION:Portland]]; update payroll card [[CREDIT_CARD:2720 1656 0468 0815]] and his handle [[USERNAME:kahananui.k]].""",
    """Hi [[PERSON:Zofia]], per our call: your account [[IBAN_CODE:PL23 7261 2637 1007 0027 1389 0389]] will be debited 1 240,00 zł this month, and your signing appointment is on [[DATE_TIME:28.06 at 11:00]]; the PESEL on file is [[ID_NUMBER:88031704560]]. Your agency contract with Eurowork Staffing ends in December.""",
    """Bonjour, this is [[PERSON:Mamadou Lamine Ndiaye]], [[AGE:41]], calling from [[LOCATION:Dakar]] regarding my son [[PERSON:Cheikh]], who went to [[LOCATION:Madrid]] with an agency on [[DATE_TIME:10 March 2023]]; his NIE is [[ID_NUMBER:Y6355105N]] and his phone [[PHONE_NUMBER:+34 612 408 775]] has been off for weeks.""",
    """Credit card application - supplementary card
Primary cardholder: [[PERSON:Lorenzo Ricci]], card [[CREDIT_CARD:4375 3832 9368 3644]]
Supplementary: [[PERSON:Chiara Ricci]], DOB [[DATE_TIME:21/06/2003]], relationship: daughter
Delivery: [[ADDRESS:Via dei Mille 14, scala B, int. 9]], [[ZIP_CODE:80121]] [[LOCATION:Napoli]]
Mother's maiden name: Esposito (security question)""",
    """Shipping update for [[PERSON:Oksana Kovalenko]]: parcel to [[ADDRESS:Karl-Marx-Straße 212, 3. OG]], [[ZIP_CODE:12055]] [[LOCATION:Berlin]] was signed for by [[PERSON:H. Demir]] at 14:32. Customer phone [[PHONE_NUMBER:+49 1577 3920418]], IBAN on file [[IBAN_CODE:DE58 2364 8898 8525 0366 12]].""",
    """[[PERSON:Nurse Hyun-woo Park]] from [[LOCATION:Incheon]] applied for a job through a recruitment agency in [[LOCATION:Manchester]]; agency ref AG-1187 (not his). His NMC PIN is [[ID_NUMBER:19H0417O]], his email [[EMAIL_ADDRESS:hw.park.rn@naver.com]], and he is available from [[DATE_TIME:15 January]].""",
    """{"record": 2291, "name": "[[PERSON:ບຸນເຫຼືອ ແສງດາລາ]]", "sex": "F", "dob": "[[DATE_TIME:1994-07-02]]", "village": "ບ້ານ[[LOCATION:ໂພນສະຫວັນ]]", "district": "ເມືອງ[[LOCATION:ນາຊາຍທອງ]]", "province": "[[LOCATION:ນະຄອນຫຼວງວຽງຈັນ]]", "phone": "[[PHONE_NUMBER:020 5588 1047]]", "job": "ຊ່າງຫຍິບ", "destination": "[[LOCATION:ໄທ]]", "fee_kip": 4500000}""",
]
BENCH += [
    """<candidate agency="ACE-HR" batch="KR-2024-07">
  <name>[[PERSON:ញ៉ែម ពិសិដ្ឋ]]</name>
  <sex>ប្រុស</sex>
  <dob>[[DATE_TIME:1998-03-21]]</dob>
  <passport>[[ID_NUMBER:N01944082]]</passport>
  <province>[[LOCATION:បាត់ដំបង]]</province>
  <destination>[[LOCATION:កូរ៉េ]]</destination>
  <phone>[[PHONE_NUMBER:+855 70 218 446]]</phone>
  <sector>កសិកម្ម</sector>
</candidate>""",
    """Sursdey [[PERSON:Vong Sokunthea]], kat [[CREDIT_CARD:4198 7775 5379 0228]] robos neak trov ban bet bandoah asan, daoy sar mean kar chol pi IP [[IP_ADDRESS:36.37.142.90]] nov [[DATE_TIME:thngai 3 khe Vicheka, mong 23:18]]. Sum tel mok lekh 023 999 888 rue chhlaoy tam [[EMAIL_ADDRESS:sokunthea.vong@gmail.com]].""",
    """INSERT INTO mou_workers (name, village, district, province, passport, phone, departed) VALUES
('[[PERSON:Thongchanh Luangrath]]', 'Ban [[LOCATION:Dongdok]]', '[[LOCATION:Xaythany]]', '[[LOCATION:Vientiane Capital]]', '[[ID_NUMBER:P2094418]]', '[[PHONE_NUMBER:020 2871 5530]]', '[[DATE_TIME:2024-01-15]]'),
('[[PERSON:Sengphet Khounpaseuth]]', 'Ban [[LOCATION:Nakham]]', '[[LOCATION:Thakhek]]', '[[LOCATION:Khammouane]]', '[[ID_NUMBER:P2117903]]', '[[PHONE_NUMBER:020 9140 2286]]', '[[DATE_TIME:2024-01-15]]');""",
    """ແຈ້ງການໂອນເງິນ
ຜູ້ໂອນ: [[PERSON:ໄຊສົມບູນ ມະນີວົງ]] (ຢູ່ [[LOCATION:ຊົນບຸລີ]], ປະເທດໄທ)
ຜູ້ຮັບ: [[TITLE:ນາງ]] [[PERSON:ບົວພັນ ມະນີວົງ]], ບັນຊີເລກທີ [[ID_NUMBER:010-12-00-04471839-001]]
ຈຳນວນ: 3.200.000 ກີບ
ເບີໂທຜູ້ຮັບ: [[PHONE_NUMBER:020 5621 7734]]""",
    """បែបបទពិនិត្យសុខភាព
ឈ្មោះអ្នកជំងឺ៖ [[PERSON:កែវ ចាន់ធី]]   ភេទ៖ ស្រី   អាយុ៖ [[AGE:២៧]]
ថ្ងៃខែឆ្នាំកំណើត៖ [[DATE_TIME:០៩/០២/១៩៩៧]]
អាសយដ្ឋាន៖ [[ADDRESS:ផ្ទះលេខ ៤៤ ផ្លូវ ១៩២៨]] សង្កាត់[[LOCATION:ភ្នំពេញថ្មី]] ខណ្ឌ[[LOCATION:សែនសុខ]]
លេខទូរស័ព្ទ៖ [[PHONE_NUMBER:011 902 417]]
វេជ្ជបណ្ឌិត៖ [[PERSON:ហេង សុវណ្ណ]]""",
    """Hello [[PERSON:Ebony Marchetti-Cole]], your Global Response Facilitator onboarding is complete. Payroll: [[IBAN_CODE:GB47 NWBK 9631 7991 1724 22]] (BIC NWBKGB2L). Corporate card: [[CREDIT_CARD:5306 0672 0361 9019]], CVV 207, exp 02/30. Home: [[ADDRESS:31 Tamworth Road, Flat 2]], [[LOCATION:Croydon]], [[ZIP_CODE:CR0 1XT]].""",
    """Security alert: a new device signed in as [[USERNAME:b.osei_tutu]] at 04:51 from [[IP_ADDRESS:2c0f:f248:a113:6e00:4d21:9fe0:3a1c:88b2]] (Mozilla/5.0 (X11; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0). If this wasn't you, [[PERSON:Benedicta]], call us on 0302 610 610 or reply from [[EMAIL_ADDRESS:benedicta.osei.tutu@gmail.com]].""",
    """MOTOR CLAIM - THIRD PARTY DETAILS
Our insured: [[PERSON:Callum Strachan]], vehicle [[ID_NUMBER:SN21 WJO]]
Third party: [[PERSON:Mrs. Parveen Akhtar]], [[ADDRESS:7 Nithsdale Drive]], [[LOCATION:Glasgow]] [[ZIP_CODE:G41 2PN]], vehicle [[ID_NUMBER:SF68 KZL]]
Date and time of accident: [[DATE_TIME:Friday 8 March 2024, 17:25]]
Settlement to be paid to the insured's account [[IBAN_CODE:GB54 HBUK 2145 3883 9208 15]].""",
    """PATIENT REFERRAL
To: [[PERSON:Dr. Marisa Gutierrez]], Rheumatology, Mercy General
Re: [[PERSON:Travis Lee Dunmore]], DOB [[DATE_TIME:10/09/1968]], MRN [[ID_NUMBER:00774521]]
Address: [[ADDRESS:RR 2 Box 118]], [[LOCATION:Hollister]], [[LOCATION:MO]] [[ZIP_CODE:65672]]
Phone: [[PHONE_NUMBER:(417) 334-8802]]
Reason: swollen MCP joints for 3 months, RF positive. Please see at your earliest convenience.
Referring physician: [[PERSON:Dr. Kenneth Oduya]]""",
    """Traceback (most recent call last):
  File "/srv/app/payouts.py", line 88, in send_payout
    bank.transfer(iban=worker.iban, amount=amt)
PayoutError: rejected for worker [[PERSON:Abdoulaye Traoré]] (worker_no=[[ID_NUMBER:FR-DLV-20418]], email=[[EMAIL_ADDRESS:abdoulaye.traore93@gmail.com]], iban=[[IBAN_CODE:LT71 5501 6149 0003 1476]]): beneficiary name mismatch""",
    """[
  {"name": "[[PERSON:Rajan Subedi]]", "role": "delivery rider", "nationality": "[[NRP:Nepalese]]", "id_card": "[[ID_NUMBER:0441287A]]", "iban": "[[IBAN_CODE:MT04 MALT 0563 7292 6337 0581 6767 703]]", "phone": "[[PHONE_NUMBER:+356 7941 2208]]"},
  {"name": "[[PERSON:Jhon Carlo Reyes]]", "role": "hotel housekeeping", "nationality": "[[NRP:Filipino]]", "id_card": "[[ID_NUMBER:0582913A]]", "iban": null, "phone": "[[PHONE_NUMBER:+356 9921 0447]]"}
]""",
    """LAST WILL (extract)
I, [[PERSON:Heinrich Albert Mäder]], born [[DATE_TIME:2 December 1941]], residing at [[ADDRESS:Seestrasse 118]], [[ZIP_CODE:8820]] [[LOCATION:Wädenswil]], leave the balance of my account [[IBAN_CODE:CH88 1327 6352 3963 5952 5]] to my niece [[PERSON:Corinne Mäder-Baumann]], and my watch collection to my friend [[PERSON:Ueli Brunner]].
Witnessed on [[DATE_TIME:17 March 2019]] by [[TITLE:Dr. iur.]] [[PERSON:Sabine Keller]].""",
    """Agency placement note: [[PERSON:Gurpreet Singh]], [[AGE:29]], and [[PERSON:Amandeep Kaur]], [[AGE:26]], from [[LOCATION:Jalandhar]], start at the leather workshop in [[LOCATION:Herning]] on [[DATE_TIME:3 February 2025]]; wages to [[IBAN_CODE:DK50 4199 4364 2312 67]] (Gurpreet); CPR to be issued; agency fee paid by employer.""",
    """<soap:Envelope><soap:Body><RegisterInsured>
  <Pesel>[[ID_NUMBER:88031704560]]</Pesel>
  <FirstName>[[PERSON:Zofia]]</FirstName><LastName>[[PERSON:Wróblewska]]</LastName>
  <Street>[[ADDRESS:ul. Piotrkowska 212 m. 5]]</Street><PostCode>[[ZIP_CODE:90-368]]</PostCode><City>[[LOCATION:Łódź]]</City>
  <Account>[[IBAN_CODE:PL22 6708 1666 2622 9708 4187 6867]]</Account>
  <Employer>Eurowork Staffing Sp. z o.o.</Employer>
</RegisterInsured></soap:Body></soap:Envelope>""",
]

TABLE = [
    """worker_no,name,line,grade,mobile,joined
GF-1021,[[PERSON:Rokeya Begum]],L-04,5,[[PHONE_NUMBER:01711-239845]],[[DATE_TIME:2022-03-01]]
GF-1022,[[PERSON:Md. Shafiqul Islam]],L-04,4,[[PHONE_NUMBER:01822-504117]],[[DATE_TIME:2022-03-01]]
GF-1187,[[PERSON:Morjina Khatun]],L-09,6,[[PHONE_NUMBER:01915-663028]],[[DATE_TIME:2023-01-16]]
GF-1203,[[PERSON:Lipi Rani Das]],QC,3,[[PHONE_NUMBER:01756-120493]],[[DATE_TIME:2023-02-02]]""",
    """| Guest | Room | Check-in | Nights | Passport | Nationality |
|---|---|---|---|---|---|
| [[PERSON:Henrik Aasland]] | 304 | [[DATE_TIME:12 Jul]] | 3 | [[ID_NUMBER:FH2281934]] | [[NRP:Norwegian]] |
| [[PERSON:Yuki Morimoto]] | 311 | [[DATE_TIME:12 Jul]] | 5 | [[ID_NUMBER:TR5520187]] | [[NRP:Japanese]] |
| [[PERSON:Adebola Fashola]] | 402 | [[DATE_TIME:13 Jul]] | 1 | [[ID_NUMBER:B01847726]] | [[NRP:Nigerian]] |""",
    """pupil\tclass\tdob\tguardian\tguardian_phone\tallergies
[[PERSON:Amara Okeke]]\t3C\t[[DATE_TIME:14/02/2016]]\t[[PERSON:Chioma Okeke]]\t[[PHONE_NUMBER:07931 448 201]]\tnone
[[PERSON:Finn Gallagher]]\t3C\t[[DATE_TIME:30/09/2015]]\t[[PERSON:Niamh Gallagher]]\t[[PHONE_NUMBER:07402 915 376]]\tpeanuts
[[PERSON:Zayn Hussain]]\t3C\t[[DATE_TIME:05/06/2016]]\t[[PERSON:Bilal Hussain]]\t[[PHONE_NUMBER:07588 012 664]]\tnone""",
    """ACCOUNT HOLDER          ACCOUNT NO     OPENED       BRANCH
[[PERSON:Gwendolyn Achterberg]]    [[ID_NUMBER:40-1198273]]     [[DATE_TIME:03/11/2009]]   Harlem
[[PERSON:Tomás Echeverría]]        [[ID_NUMBER:40-2207719]]     [[DATE_TIME:17/05/2015]]   Queens
[[PERSON:Precious Mahlangu]]       [[ID_NUMBER:40-3310042]]     [[DATE_TIME:22/08/2021]]   Bronx""",
    """{"user": "[[USERNAME:d_kowalski]]", "ip": "[[IP_ADDRESS:89.64.22.170]]", "country": "[[LOCATION:PL]]", "plan": "pro", "logins_30d": 41}
{"user": "[[USERNAME:amaka.dev]]", "ip": "[[IP_ADDRESS:105.112.44.9]]", "country": "[[LOCATION:NG]]", "plan": "free", "logins_30d": 7}
{"user": "[[USERNAME:lindqvist_e]]", "ip": "[[IP_ADDRESS:2001:9b1:26f8:1c00::41]]", "country": "[[LOCATION:SE]]", "plan": "team", "logins_30d": 88}""",
    """contacts:
  - name: [[PERSON:Rangi Parata]]
    relation: brother
    phone: "[[PHONE_NUMBER:027 551 9034]]"
  - name: [[PERSON:Hine Walker]]
    relation: flatmate
    phone: "[[PHONE_NUMBER:022 018 4471]]"
    email: [[EMAIL_ADDRESS:hine.walker@gmail.com]]""",
    """Name:            [[PERSON:Oleksandr Bondarenko]]
Date of birth:   [[DATE_TIME:19.07.1983]]
Nationality:     [[NRP:Ukrainian]]
Address:         [[ADDRESS:14 Abbey Road, Flat 6]], [[LOCATION:Barking]], [[ZIP_CODE:IG11 7BT]]
NI number:       [[ID_NUMBER:SZ 31 72 84 D]]
Visa type:       Homes for Ukraine
Phone:           [[PHONE_NUMBER:07520 338 117]]""",
    """passport,surname,given_names,sex,nationality,agency,deployment_date
[[ID_NUMBER:PA4410928]],[[PERSON:Tamang]],[[PERSON:Pasang Lhamu]],F,[[NRP:Nepali]],Everest Overseas,[[DATE_TIME:2024-02-14]]
[[ID_NUMBER:PA3871052]],[[PERSON:Rai]],[[PERSON:Dil Kumar]],M,[[NRP:Nepali]],Everest Overseas,[[DATE_TIME:2024-02-14]]
[[ID_NUMBER:BX0937184]],[[PERSON:Hossain]],[[PERSON:Md. Alamgir]],M,[[NRP:Bangladeshi]],Dhaka Global HR,[[DATE_TIME:2024-03-02]]
[[ID_NUMBER:N01652290]],[[PERSON:Sao]],[[PERSON:Sreyleak]],F,[[NRP:Cambodian]],ACE-HR,[[DATE_TIME:2024-03-09]]""",
    """| Time | Patient | Clinician | NHS no. | Reason |
|------|---------|-----------|---------|--------|
| [[DATE_TIME:03/06 09:00]] | [[PERSON:Doreen Whitlock]] | [[PERSON:Dr. Ahmed]] | [[ID_NUMBER:300 737 0698]] | BP review |
| [[DATE_TIME:03/06 09:20]] | [[PERSON:Tariq Bashir]] | [[PERSON:Dr. Ahmed]] | [[ID_NUMBER:773 325 8790]] | sick note |
| [[DATE_TIME:03/06 09:40]] | [[PERSON:Agnes Moyo]] | Nurse practitioner | [[ID_NUMBER:685 062 8259]] | dressing |""",
    """txn_id,customer,card_number,amount,currency,status
T-99812,[[PERSON:Helena Costa]],[[CREDIT_CARD:4795 4220 5879 1580]],129.90,EUR,captured
T-99813,[[PERSON:Jamal Whitaker]],[[CREDIT_CARD:3400 691175 62359]],48.00,USD,refunded
T-99814,[[PERSON:Meiling Ong]],[[CREDIT_CARD:6245 9608 4093 8861]],310.00,SGD,captured
T-99815,[[PERSON:Rui Matsuda]],[[CREDIT_CARD:3589 0107 0926 1152]],5200,JPY,declined""",
    """cand_id\tname\tage\ttrade\tdistrict\tfee_paid\tstatus
C-3301\t[[PERSON:Lakshman Rao]]\t[[AGE:32]]\tmason\t[[LOCATION:Srikakulam]]\t85,000\tvisa issued
C-3302\t[[PERSON:Anil Kumar Behera]]\t[[AGE:27]]\tsteel fixer\t[[LOCATION:Ganjam]]\t90,000\tmedical
C-3307\t[[PERSON:Sathish Murugan]]\t[[AGE:24]]\tsewing operator\t[[LOCATION:Tiruppur]]\t60,000\tinterview""",
    """| Speaker | Affiliation | Email | Handle |
| --- | --- | --- | --- |
| [[PERSON:Dr. Farida Nabourema]] | Univ. of Lomé | [[EMAIL_ADDRESS:f.nabourema@univ-lome.tg]] | @[[USERNAME:faridanab]] |
| [[PERSON:Connor Walsh]] | independent | [[EMAIL_ADDRESS:connorwalsh.dev@gmail.com]] | @[[USERNAME:cwalsh_codes]] |
| [[PERSON:Prof. Mei-Ling Huang]] | NTU | [[EMAIL_ADDRESS:mlhuang@ntu.edu.tw]] | - |""",
    """EMP   NAME                    NI NUMBER      TAX CODE  GROSS
0412  [[PERSON:Patience Asamoah]]        [[ID_NUMBER:PW 48 11 20 C]]  1257L     2,140.00
0413  [[PERSON:Dariusz Nowicki]]         [[ID_NUMBER:JK 70 33 19 A]]  BR        1,870.55
0419  [[PERSON:Shona McAllister]]        [[ID_NUMBER:NE 22 91 64 B]]  1257L     2,905.10""",
    """{"ts": "2024-11-02T07:12:44Z", "user_email": "[[EMAIL_ADDRESS:li.wen@qq.com]]", "src_ip": "[[IP_ADDRESS:114.88.201.37]]", "result": "success"}
{"ts": "2024-11-02T07:13:05Z", "user_email": "[[EMAIL_ADDRESS:ahmadi.farzana@gmail.com]]", "src_ip": "[[IP_ADDRESS:5.119.40.228]]", "result": "mfa_failed"}
{"ts": "2024-11-02T07:13:09Z", "user_email": "[[EMAIL_ADDRESS:ahmadi.farzana@gmail.com]]", "src_ip": "[[IP_ADDRESS:5.119.40.228]]", "result": "success"}""",
    """tenant,unit_address,city,postcode,lease_start,rent_gbp
[[PERSON:Chloe Ashworth]],[[ADDRESS:Flat 1A, 22 Hyde Park Road]],[[LOCATION:Leeds]],[[ZIP_CODE:LS6 1PY]],[[DATE_TIME:2023-09-01]],795
[[PERSON:Oluwatobi Adeyinka]],[[ADDRESS:Flat 2B, 22 Hyde Park Road]],[[LOCATION:Leeds]],[[ZIP_CODE:LS6 1PY]],[[DATE_TIME:2024-01-15]],810
[[PERSON:Kasia Lewandowska]],[[ADDRESS:9 Brudenell Mount]],[[LOCATION:Leeds]],[[ZIP_CODE:LS6 1HU]],[[DATE_TIME:2024-07-01]],650""",
    """| ລຳດັບ | ຊື່ ແລະ ນາມສະກຸນ | ອາຍຸ | ແຂວງ | ເບີໂທ |
|---|---|---|---|---|
| 1 | [[PERSON:ພອນສະຫວັນ ວົງສາ]] | [[AGE:24]] | [[LOCATION:ສະຫວັນນະເຂດ]] | [[PHONE_NUMBER:020 5519 2047]] |
| 2 | [[PERSON:ນ້ອຍ ແສງດາລາ]] | [[AGE:19]] | [[LOCATION:ຄຳມ່ວນ]] | [[PHONE_NUMBER:020 9983 1124]] |
| 3 | [[PERSON:ອານຸສອນ ພິມມະສອນ]] | [[AGE:31]] | [[LOCATION:ຈຳປາສັກ]] | [[PHONE_NUMBER:030 4417 752]] |""",
    """ល.រ	ឈ្មោះ	ភេទ	ខ្សែដេរ	លេខទូរស័ព្ទ	ថ្ងៃចូលធ្វើការ
1	[[PERSON:ស៊ឹម សុភ័ក្ត្រ]]	ស្រី	៣	[[PHONE_NUMBER:093 417 226]]	[[DATE_TIME:០២/០៥/២០២២]]
2	[[PERSON:ឡុង ចាន់ណា]]	ស្រី	៣	[[PHONE_NUMBER:086 502 193]]	[[DATE_TIME:១៥/០៨/២០២៣]]
3	[[PERSON:ហ៊ុយ វិចិត្រ]]	ប្រុស	QC	[[PHONE_NUMBER:012 774 038]]	[[DATE_TIME:០១/០២/២០២៤]]""",
    """chmous,phet,ayu,phum,khet,lekh_passport,prates_tov
[[PERSON:Chhorn Sreypich]],srey,[[AGE:22]],[[LOCATION:Prey Chhor]],[[LOCATION:Kampong Cham]],[[ID_NUMBER:N02387715]],[[LOCATION:Thailand]]
[[PERSON:Yem Rotha]],pros,[[AGE:29]],[[LOCATION:Kraing Leav]],[[LOCATION:Kampong Chhnang]],[[ID_NUMBER:N01188402]],[[LOCATION:Malaysia]]
[[PERSON:Nov Sreyneth]],srey,[[AGE:25]],[[LOCATION:Roka Kong]],[[LOCATION:Kandal]],[[ID_NUMBER:N02901136]],[[LOCATION:Korea]]""",
    """emergency_contacts:
  [[PERSON:Farhan Siddiqui]]:
    phone: "[[PHONE_NUMBER:+971 55 204 8817]]"
    blood_group: B+
    next_of_kin: [[PERSON:Ayesha Siddiqui]] ([[PHONE_NUMBER:+92 300 851 2274]])
  [[PERSON:Joseph Mwangi]]:
    phone: "[[PHONE_NUMBER:+971 52 771 0493]]"
    blood_group: O-
    next_of_kin: [[PERSON:Grace Wambui]] ([[PHONE_NUMBER:+254 733 104 552]])""",
    """Registration:   [[ID_NUMBER:KX70 BHF]]
Keeper:         [[PERSON:Mr. Desmond Akintola]]
Keeper address: [[ADDRESS:48 Colliers Wood Road]], [[LOCATION:London]] [[ZIP_CODE:SW19 2HA]]
Make / model:   Toyota Prius, silver
MOT expiry:     14/04/2025
Keeper since:   [[DATE_TIME:22/10/2020]]""",
    """first,last,ssn,dob,state,phone
[[PERSON:Brianna]],[[PERSON:Castellanos]],[[US_SSN:601-22-8413]],[[DATE_TIME:1991-05-09]],[[LOCATION:AZ]],[[PHONE_NUMBER:480-771-3092]]
[[PERSON:Terrence]],[[PERSON:Holloway]],[[US_SSN:412-90-1177]],[[DATE_TIME:1979-12-28]],[[LOCATION:TN]],[[PHONE_NUMBER:615-204-8861]]
[[PERSON:Ngoc Anh]],[[PERSON:Pham]],[[US_SSN:628-47-3305]],[[DATE_TIME:2000-03-03]],[[LOCATION:TX]],[[PHONE_NUMBER:832-519-0046]]""",
    """| # | Player | Position | Age | Birthday |
|:-:|--------|----------|:---:|----------|
| 7 | [[PERSON:Tevita Fifita]] | wing | [[AGE:19]] | [[DATE_TIME:3 Aug]] |
| 9 | [[PERSON:Liam O'Connell]] | scrum-half | [[AGE:21]] | [[DATE_TIME:17 Jan]] |
| 12 | [[PERSON:Sione Vaipulu]] | centre | [[AGE:20]] | [[DATE_TIME:29 Nov]] |""",
    """Name,SIN,Employer,Province,Start date
[[PERSON:Marlon Espiritu]],[[ID_NUMBER:449-544-584]],Prairie Pork Processors,[[LOCATION:MB]],[[DATE_TIME:2023-04-17]]
[[PERSON:Juana Ixcot]],[[ID_NUMBER:989 166 699]],Niagara Greenhouses,[[LOCATION:ON]],[[DATE_TIME:2024-03-04]]""",
    """| hostname | assigned to | ip | mac |
|----------|-------------|----|-----|
| lt-0187 | [[PERSON:Ravindra Patil]] | [[IP_ADDRESS:10.20.4.87]] | 3c:52:82:a1:07:ff |
| lt-0190 | [[PERSON:Susan Eriksen]] | [[IP_ADDRESS:10.20.4.90]] | 3c:52:82:a1:0b:12 |
| srv-db2 | (shared) | 10.20.0.12 | 00:50:56:9c:22:e1 |""",
    """{"order": "SO-77120", "customer": "[[PERSON:Ifeanyi Okonkwo]]", "ship_to": "[[ADDRESS:19 Elm Grove]], [[LOCATION:Peckham]], [[ZIP_CODE:SE15 5DE]]", "sku": "TSH-BLK-L", "qty": 2}
{"order": "SO-77121", "customer": "[[PERSON:Saoirse Kennedy]]", "ship_to": "[[ADDRESS:Apt 4, 31 Mountjoy Square]], [[LOCATION:Dublin 1]], [[ZIP_CODE:D01 E2X7]]", "sku": "HD-GRY-M", "qty": 1}
{"order": "SO-77122", "customer": "[[PERSON:Ji-hoon Baek]]", "ship_to": "[[ADDRESS:88 Marine Parade, #12-04]], [[LOCATION:Singapore]] [[ZIP_CODE:449283]]", "sku": "TSH-WHT-S", "qty": 3}""",
    """member_no,name,suburb,state,postcode,mobile
[[ID_NUMBER:100482]],[[PERSON:Kirra Anderson]],[[LOCATION:Fitzroy]],[[LOCATION:VIC]],[[ZIP_CODE:3065]],[[PHONE_NUMBER:0421 773 019]]
[[ID_NUMBER:100517]],[[PERSON:Dimitrios Papadakis]],[[LOCATION:Brunswick]],[[LOCATION:VIC]],[[ZIP_CODE:3056]],[[PHONE_NUMBER:0468 221 504]]
[[ID_NUMBER:100533]],[[PERSON:Huong Tran]],[[LOCATION:Footscray]],[[LOCATION:VIC]],[[ZIP_CODE:3011]],[[PHONE_NUMBER:0439 880 126]]""",
    """NAME                    NATIONALITY   PINK CARD NO.         WORKPLACE
[[PERSON:Mya Mya Win]]             [[NRP:Myanmar]]       [[ID_NUMBER:0-0927-36606-09-4]]     sewing, floor 2
[[PERSON:Phout Vongphachanh]]      [[NRP:Lao]]           [[ID_NUMBER:0-0219-27844-19-3]]     packing
[[PERSON:Sreyneang Chhim]]         [[NRP:Cambodian]]     [[ID_NUMBER:0-0588-54237-10-8]]     cutting
Supervisor: [[PERSON:Somchai Rattanakorn]], ID [[ID_NUMBER:3-7826-75600-12-0]]""",
    """dorm,bed,name,fin,employer,phone
Kranji D3,12A,[[PERSON:Rasel Mia]],[[ID_NUMBER:F5243801L]],Sin Heng Construction,[[PHONE_NUMBER:8291 4407]]
Kranji D3,12B,[[PERSON:Karthikeyan Subramaniam]],[[ID_NUMBER:G0901685L]],Marine Tech Services,[[PHONE_NUMBER:9073 5518]]""",
    """Employer:        [[PERSON:Mrs. Cheung Wai Man]]
Employer HKID:   [[ID_NUMBER:K482715(5)]]
Helper:          [[PERSON:Sri Wahyuni]]
Helper HKID:     [[ID_NUMBER:Y093517(2)]]
Helper passport: [[ID_NUMBER:C5517294]]
Contract from:   [[DATE_TIME:1 March 2024]]
Address:         [[ADDRESS:Flat 12B, Block 3, Kingsford Terrace]], [[LOCATION:Tai Wai]]""",
    """employee,iban,bank_country,pay_frequency
[[PERSON:Ciarán Doyle]],[[IBAN_CODE:IE93BOFI69812134535136]],[[LOCATION:IE]],monthly
[[PERSON:Anouk Visser]],[[IBAN_CODE:NL89ABNA2668627747]],[[LOCATION:NL]],monthly
[[PERSON:Jonas Becker]],[[IBAN_CODE:DE36339056427966466115]],[[LOCATION:DE]],monthly
[[PERSON:Priya Chauhan]],[[IBAN_CODE:GB96LOYD70076656021684]],[[LOCATION:GB]],weekly""",
    """| Matric No. | Student | Dept | Phone | Hometown |
|---|---|---|---|---|
| [[ID_NUMBER:UI/2019/4471]] | [[PERSON:Adaobi Nnamdi]] | Pharmacy | [[PHONE_NUMBER:0806 114 2290]] | [[LOCATION:Enugu]] |
| [[ID_NUMBER:UI/2019/4502]] | [[PERSON:Babatunde Ogunleye]] | Law | [[PHONE_NUMBER:0703 558 0147]] | [[LOCATION:Abeokuta]] |
| [[ID_NUMBER:UI/2020/0118]] | [[PERSON:Halima Sani]] | Nursing | [[PHONE_NUMBER:0813 902 7714]] | [[LOCATION:Kano]] |""",
    """recipient\tmsisdn\tamount_kes\treason
[[PERSON:Achieng Otieno]]\t[[PHONE_NUMBER:254712448093]]\t3,500\tfield allowance
[[PERSON:Kiprono Ruto]]\t[[PHONE_NUMBER:254723105671]]\t3,500\tfield allowance
[[PERSON:Fatuma Abdi]]\t[[PHONE_NUMBER:254701882034]]\t5,000\ttravel refund""",
    """- emp_code: BLR-2231
  name: [[PERSON:Kavya Reddy]]
  pan: [[ID_NUMBER:BXKPR7731M]]
  city: [[LOCATION:Bengaluru]]
  doj: [[DATE_TIME:2021-08-16]]
- emp_code: BLR-2240
  name: [[PERSON:Mohammed Irfan]]
  pan: [[ID_NUMBER:AJZPI0492F]]
  city: [[LOCATION:Hyderabad]]
  doj: [[DATE_TIME:2022-01-03]]""",
    """Player              Club         DOB          Contact
[[PERSON:Wiremu Tane]]         Ponsonby     [[DATE_TIME:11/04/2006]]   [[PHONE_NUMBER:021 774 0936]]
[[PERSON:Lucas Fonoti]]        Ponsonby     [[DATE_TIME:27/09/2005]]   [[PHONE_NUMBER:022 310 5847]]
[[PERSON:Ben Harrington]]      Grammar      [[DATE_TIME:02/01/2006]]   [[PHONE_NUMBER:027 448 1902]]""",
    """| Candidate | Interview | Interviewer | Contact |
| --- | --- | --- | --- |
| [[PERSON:Aigerim Bekova]] | [[DATE_TIME:14 Oct 2024, 10:00]] | [[PERSON:Sarah Lindgren]] | [[EMAIL_ADDRESS:aigerim.bekova@mail.kz]] |
| [[PERSON:Tunde Bakare]] | [[DATE_TIME:14 Oct 2024, 11:30]] | [[PERSON:Sarah Lindgren]] | [[PHONE_NUMBER:+234 802 447 1930]] |
| [[PERSON:Mariana Lopes]] | [[DATE_TIME:15 Oct 2024, 09:15]] | [[PERSON:Owen Pritchard]] | [[EMAIL_ADDRESS:mariana.lopes.rh@gmail.com]] |""",
]

CHAT = [
    """[10:02] Agent [[PERSON:Priya]]: Thanks for contacting Northfield Bank, who am I speaking with today?
[10:02] Customer: hi it's [[PERSON:Leroy Simmons]], my card got swallowed by the ATM on Canal Street
[10:03] Agent [[PERSON:Priya]]: Sorry to hear that, [[PERSON:Leroy]]. Can you confirm your date of birth and the postcode on the account?
[10:03] Customer: [[DATE_TIME:21/03/1977]], [[ZIP_CODE:NG7 2QP]]
[10:04] Agent [[PERSON:Priya]]: Thank you. I've cancelled the card ending 8834 and ordered a new one to [[ADDRESS:16 Lenton Boulevard]]. Anything else?
[10:04] Customer: no that's all cheers""",
    """Amma: [[PERSON:Sunitha]] called today from [[LOCATION:Dammam]], she sounds tired
Ravi: did she say when the agency will send her passport back?
Amma: she said [[PERSON:Mr. Fahad]] told her after Eid. her new number is [[PHONE_NUMBER:+966 53 902 7716]]
Kavitha: i'll call her tonight. [[PERSON:Ravi]] can you send the 5000 to her account? [[ID_NUMBER:50100348812207]], HDFC
Ravi: done, ref 88120934
Amma: she also said her friend [[PERSON:Jancy]] from [[LOCATION:Kottayam]] ran away from the house on [[DATE_TIME:Tuesday 12th]]""",
    """#platform-team
[[PERSON:Anika Sørensen]] 09:14: who has the staging db creds? [[PERSON:Mateo]] I think you rotated them
[[PERSON:Mateo Gutiérrez]] 09:15: yep, in the vault under stg/pg. also whitelisted your home IP [[IP_ADDRESS:83.92.14.201]]
[[PERSON:Anika Sørensen]] 09:15: 🙏
[[PERSON:Obinna Eze]] 09:21: heads up, I'm out [[DATE_TIME:Thursday 14 November]] for my citizenship ceremony, [[PERSON:Anika]] is covering on-call. ping me on [[PHONE_NUMBER:+45 28 71 04 93]] if it's on fire""",
    """Bong [[PERSON:Rithy]] (agency): Sursdey oun, oun chmous avey?
[[PERSON:Sreyleak]]: Chmous [[PERSON:Sao Sreyleak]] bong, ayu [[AGE:20]], nov [[LOCATION:Prey Veng]]
Bong [[PERSON:Rithy]] (agency): Oun chong tov [[LOCATION:Thai]] rue [[LOCATION:Malaysia]]? Rongchak dae [[LOCATION:Malaysia]] prak khe 400 dollar
[[PERSON:Sreyleak]]: [[LOCATION:Thai]] bong, prous bong srey knhom [[PERSON:Sreymao]] nov [[LOCATION:Rayong]]. Lekh knhom [[PHONE_NUMBER:097 301 8845]]
Bong [[PERSON:Rithy]] (agency): Ok, phnheu rup thot passport [[ID_NUMBER:N02114095]] mok knhom nov Telegram [[USERNAME:rithy_ace_hr]]""",
    """[[PERSON:ນ້ອຍ]]: ເອື້ອຍ [[PERSON:ແສງ]], ມື້ອື່ນ ບໍລິສັດ ຈະມາເອົາພວກເຮົາ ເວລາ 5 ໂມງເຊົ້າ
[[PERSON:ແສງ]]: ໂອເຄ, ເອົາ passport ໄປນຳ ບໍ່? ຂອງເອື້ອຍ ເລກ [[ID_NUMBER:P2230871]]
[[PERSON:ນ້ອຍ]]: ເອົາໄປ. ອ້າຍ [[PERSON:Somsak]] ຢູ່ [[LOCATION:Nonthaburi]] ຈະລໍຖ້າຢູ່ສະຖານີ, ເບີລາວ [[PHONE_NUMBER:+66 81 442 9017]]
[[PERSON:ແສງ]]: khob jai lai lai, heuan khoy yu ban [[LOCATION:Sisavath]], mae toh ma leuy""",
    """Chat transcript - Telkom Support
[[PERSON:Naledi]] (agent): Good afternoon, please give me the account holder's full name and ID number.
Customer: [[PERSON:Sipho Mahlangu]], [[ID_NUMBER:8803179467088]]
[[PERSON:Naledi]] (agent): Thank you Mr [[PERSON:Mahlangu]]. Which number is affected?
Customer: [[PHONE_NUMBER:082 771 4096]], no signal since [[DATE_TIME:Saturday 6 July]]
[[PERSON:Naledi]] (agent): I've logged a fault. A technician will call you before visiting [[ADDRESS:32 Mthethwa Street]], [[LOCATION:Soweto]].""",
    """[[USERNAME:frostbyte]]: anyone know who [[USERNAME:K1ngSlayer_77]] is irl? he keeps dming my little sister
[[USERNAME:maplewitch]]: i think thats [[PERSON:Brandon Keller]] from [[LOCATION:Ohio]], he posted his face on his twitch [[URL:https://www.twitch.tv/brandon_keller_live]]
[[USERNAME:frostbyte]]: reported him. mods pls check, her account is [[USERNAME:lilypad.2011]] and she's [[AGE:13]]
[[USERNAME:mod_ollie]]: on it, banning now""",
    """Tenant thread
[[PERSON:Marta]]: Hi [[PERSON:Mr. Osei]], the boiler at [[ADDRESS:Flat 4, 27 Graham Road]] is leaking again
[[PERSON:Kwabena Osei]]: Sorry [[PERSON:Marta]], I will send the plumber. Is Friday 10am ok?
[[PERSON:Marta]]: Friday 10am is fine, my husband [[PERSON:Piotr]] will be home. his number is [[PHONE_NUMBER:07845 220 916]]
[[PERSON:Kwabena Osei]]: Great, the plumber is called [[PERSON:Gary]], he'll text before""",
]

LOOKALIKE = [
    """Shipment update: order #SO-2024-118834 (3 items) left our Tilbury warehouse on 14 May. Tracking: 1Z 999 AA1 01 2345 6784 and JD014600006281930477. SKUs: TSH-ORG-BLK-XL x2, CAP-NVY-OS x1. Invoice INV-55102 is attached. Questions? Call customer care on 0800 028 4411 or write to orders@threadline-shop.co.uk. Your parcel will be delivered to [[PERSON:Folasade Adeyemi]].""",
    """Release notes, build 10.4.2.118 (previously 10.4.1.97)
- Bumped the firmware to 2.6.0.14 on the SX-300 controllers; serials SX3-00471-B through SX3-00519-B need a manual reboot.
- Fixed checksum mismatch: expected sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.
- Default gateway in the sample config is still 192.0.2.1; do not ship it.
- Request id 7c9e6679-7425-40de-944b-e07fc1f90ae7 now appears in error pages.
- Support: support@vendor-example.com, +1 800 555 0199 (24/7).""",
    """New arrivals at the shop on Charles Dickens Street: "A Short History of Cotton" (ISBN 978-1-84668-271-1), "Threads of Empire" (ISBN 979-8-86172-049-6) and a reprint of the Darwin letters. Loyalty scheme questions go to hello@inkandspindle.com. Order ref BK-22091 was collected by [[PERSON:Ms. Tendai Moyo]] ([[EMAIL_ADDRESS:tendai.moyo@yahoo.com]]).""",
    """Information leaflet: Parkinson's disease, Hodgkin lymphoma and Down syndrome are named after the doctors who described them. The Alzheimer's Society helpline (0333 150 3456) is open weekdays. For the Doppler ultrasound, bring form DU-7 and your appointment letter (ref. APT-448120). Contact the radiology desk at radiology.bookings@stpauls-hospital.org. Clinic lead: [[PERSON:Dr. Rhiannon Pugh]].""",
    """Audit summary - factory reg. no. KH-MOC-2019-00412, certificate WRAP-88172-C, purchase orders PO 4500217731 and PO 4500217802, styles ST-22A-0917 and ST-22A-0931, fabric lots L2405-118 to L2405-126. The factory is on Russian Federation Boulevard near Preah Monivong Boulevard; hotline 023 882 100; grievance box checked. One worker, [[PERSON:Hoeun Sreyka]], asked for a follow-up call on [[PHONE_NUMBER:081 227 903]].""",
    """វិក្កយបត្រលេខ INV-2024-00871 ការបញ្ជាទិញ PO-7731 លេខតាមដាន KH0018823041 ផលិតផល SKU GM-TS-044 ចំនួន ១២០០ ដុំ។ សេវាអតិថិជន 1800 200 300 ឬ sales@angkortex.com.kh។ អ្នកទទួល៖ [[PERSON:លឹម សុគន្ធា]]។""",
    """Asset register export: laptop serial 5CG1234XYZ, MAC 00:1B:44:11:3A:B7, BIOS 1.22.0.4, image version 22.04.3.1, UUID 3f2504e0-4f89-11d3-9a0c-0305e82c3301, asset tag IT-00918, warranty case 5012-88341. Assigned to [[PERSON:Ruth Ogunbiyi]], last seen at [[IP_ADDRESS:10.8.33.41]]. Helpdesk ext. 4400, itsupport@company.example.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind115", STYLES, OUT)


if __name__ == "__main__":
    main()

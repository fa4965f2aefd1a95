"""Build tests/data/blind140.jsonl: a *blind*, hand-written labeled PII set (240 records).

    .venv/bin/python tests/data/make_blind140.py

Blind: written without any knowledge of the detector. Read while writing it,
and nothing else in the repository: the first 121 lines of make_blind22.py
(its docstring with the labeling conventions and style descriptions, and its
import lines) and its tail from `STYLES = {` to the end (the STYLES dict and
main(), copied as scaffolding), not the record lists in between; the whole of
gold_sets.py (the checks: Luhn for cards, mod-97 and length for IBANs, trimmed
and non-overlapping spans, and write_and_report()); lines 1-64 of
make_handwritten.py (its conventions, the MARK and TITLE_IN_NAME regexes and
parse()). Not read: minimize/, recognizers/, bench/, the README, any other
test, any *.jsonl (this script's own output included), any other make_*.py.
Git was not run at all. The detector, the bench, pytest and `minimize` were
never run; only this script (which prints counts) and throwaway code to work
out check digits were run. Do not tune the detector against this set: once it
has been used to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks; `gold_sets.check` re-checks every
record (spans, Luhn, mod-97) and refuses a bad one. Card numbers (Visa,
Mastercard, Amex, JCB, UnionPay) pass Luhn. The IBANs are all
British (GB, 22 characters, in gold_sets.IBAN_LENGTHS) and pass mod-97; no
country missing from IBAN_LENGTHS is used. National ids with a public check
digit were given a valid one, worked out with throwaway code that was not
kept: Hong Kong HKID (including the W-prefix ids of foreign domestic helpers),
Taiwan national ids and the new-style resident certificate (ARC) numbers,
whose check digit uses the same rule (second digit 1/2 for men/women, 8/9 for
the ARC, matched to the person), Singapore NRIC and FIN (the S/T series agree
with a shown birth year), UK NHS numbers, Canadian SIN and the Ontario health
number, Australian TFN and Medicare numbers; so were the look-alikes that
carry one (ISBN-13, EAN-13, an Australian ABN and a Taiwan unified business
number). Not checked (no public check digit, or none used): Malaysian MyKad
numbers (their birth dates, state codes and odd/even last digit agree with
the person where shown), UK NI numbers, US SSNs, Centrelink CRNs, Taiwan NHI
card numbers, passports, licences, plates, bank and wallet accounts, staff,
student, member, patient and licence numbers, and company numbers (UEN, BR,
Companies House, GST, VAT) in the look-alikes.

Styles (ids `blind140-<style>-NNN`; 240 records):
- `bench` (85): records in the manner of the public PII-masking benchmarks:
  ai4privacy pii-masking-200k/300k/400k (odd dense sentences with names, job
  titles, streets with building numbers, secondary addresses, IPv4 / IPv6,
  MACs, user agents, card / CVV / expiry, IBAN / BIC), gretel-pii-masking-
  en-v1 (claims, contracts, loan, medical, rental and benefit forms, notices,
  letters, petitions, declarations) and Nemotron-PII (JSON, log lines, SQL,
  XML / FHIR, YAML, .env, HTTP requests, curl, test code, tickets, form
  dumps, mail headers, a systemd unit).
- `gen` (80): one to four "realistic sentences with personal data", names at
  the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (60): one small table each rendered as text (CSV with commas and
  semicolons, quoted and not, TSV, pipes / Markdown / psql / ASCII boxes,
  fixed-width, JSON lines, YAML, key: value blocks), header rows unlabeled,
  non-PII columns mixed in.
- `chat` (8): support chats, a family group, marketplace chats and team
  threads, with the speakers' names.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN / EAN,
  IP-shaped versions, hashes, UUIDs, serials, company registration numbers,
  company phones, role mailboxes, eponyms and brands named after people,
  streets named after people without a number), with the few real PII values
  labeled; the first one has no PII at all.

Languages and places: 215 records in English, set in Hong Kong, Taiwan,
Malaysia, Singapore, the UK, Canada, Australia and the US (with the names of
the people who live there, domestic and care workers from the Philippines,
Indonesia, Myanmar, Vietnam, Nepal and Bangladesh included); 13 in written
Cantonese (traditional characters, some names given in Jyutping or Yale as
well) and 12 in Taiwanese Hokkien (Han characters, Pe̍h-ōe-jī and Tâi-lô),
spread over all five styles. Each style's list below is its English records
followed by its Cantonese (`_YUE`) and Hokkien (`_NAN`) ones.
Domains: property management and tenancies, night-market stalls and hawker
licences, remittances and domestic helpers weigh more (about sixty records
together, a little over half of them in `bench`); the rest are spread over banking,
health, pharmacy, legal, schools and universities, HR, retail and returns,
travel and hotels, telecoms, government services and housing, gaming,
social media, IT, deliveries, gyms, vets, insurance and charities.

Labeling conventions: those of make_blind22.py's docstring, in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  romanized forms (Jyutping, Yale, POJ, Tâi-lô) and nicknames (阿雯, 阿坤,
  阿珠仔); a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it; job titles are not TITLE and
  family words stay outside.
- ADDRESS: number + street (+ unit / flat / floor / block), PO boxes,
  house, building and estate names; city, district, neighbourhood, county,
  state / province (also abbreviated) and country are LOCATION; postcodes of
  every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start or end of a
  job or tenancy, hearing, visit, signature, letter ...) with a day or a
  month, in any shape, times written with them included; not bare years,
  weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank and wallet account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, BSB, BIC and routing numbers, CVVs and expiries, PINs, order /
  ticket / claim / policy / booking / tracking / bond references, company
  phone numbers and role mailboxes, versions, hashes, serials, partial
  numbers ("ending 2214", the last characters of an NRIC), pets, eponyms and
  brands named after people, a header row.
Calls made while writing this set:
- Chinese honorifics written after the surname are TITLE apart from it
  (梁 + 太, 張 + 先生, 陳 + 小姐, 黃 + 先生, Lâu + sian-sinn); Malay and
  other titles not in TITLE_IN_NAME (Mdm, Madam, Datin, Capt., Sgt) are
  marked as TITLE by hand; kinship words used as address forms (Aunty,
  auntie, 姐 after a name, 媽咪, 姐姐 for a helper) stay outside, and so do
  job titles written after a name (梁主任's 主任, "local councillor").
- A Chinese nationality word is NRP as written (印尼籍, 尼泊爾人, and
  菲律賓 / 印尼 in a 國籍 field); a "religion" or "party" column is NRP, a
  "nationality" column NRP, a "country" or "state" column LOCATION, an
  "age" column AGE; "sex", "role", "dept", "status", "grade", "plan" and
  similar columns stay unlabeled.
- A hawker, stall or market licence number issued to a person is ID_NUMBER
  like other licences; stall, pitch, lot and permit numbers are not.
  Market, hawker-centre, gym-club and shop-branch names (Raohe Street,
  Ghim Moh Road Market & Food Centre, 士林夜市, Taman Connaught pasar
  malam, "branch='Chow Kit'") are names, not LOCATION; a numbered street
  address is ADDRESS wherever it appears, a pitch's included.
- A building or estate name where people live (Provident Centre,
  Gorsebrook House, 海怡半島, a hall of residence) is ADDRESS even alone; a
  bare condo unit number in a unit column ("B-18-05") is ADDRESS like a
  secondary address; a rider's zone and an electoral ward are
  LOCATION.
- Dates of a person's own acts are DATE_TIME: sending a remittance,
  donating, moving in, signing up, booking a stall, opening a ticket, a
  mail's Date: header, and the timestamps of log lines or session rows that
  record a named user's login, request or change; dates of documents and of
  organisations' acts are not (licence issue and expiry, invoice dates, a
  service account's runs). Lunar dates (舊曆八月初三) and dates in POJ /
  Tâi-lô ("4 goe̍h 12 ji̍t") are DATE_TIME like any other shape.
- Device addresses inside a company network (10.8.0.x VPN pool addresses,
  hostnames) are not labeled; client IPs of people are IP_ADDRESS.
- A name split over fields (family / given, first / last, 姓名 and its
  romanization in another column) is one PERSON span per field.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind140.jsonl")

BENCH_EN = [
    # ai4privacy-like: dense, odd sentences
    """[[PERSON:Ms. Rowena Bautista]], [[NRP:Filipino]], [[AGE:38]], live-in domestic helper at [[ADDRESS:Flat 21C, Tower 2, Laguna Verde, 8 Laguna Verde Avenue]], [[LOCATION:Hung Hom]], asked that HKD 4,990 from her salary be remitted on [[DATE_TIME:07/04/2024]] to BDO savings account [[ID_NUMBER:003980214470]] in the name of [[PERSON:Leonora Bautista]], [[ADDRESS:Purok 3, Barangay San Isidro]], [[LOCATION:Cabanatuan City]], [[LOCATION:Nueva Ecija]] [[ZIP_CODE:3100]]. Request came from [[IP_ADDRESS:112.118.44.201]].""",
    """Tenant reference check for [[PERSON:Mr Oluwaseun Adebayo-Clarke]], born [[DATE_TIME:14th of Feb 1991]], currently at [[ADDRESS:Flat 4, 112 Stretford Road]], [[LOCATION:Hulme]], [[LOCATION:Manchester]] [[ZIP_CODE:M15 5JH]]; previous landlord [[PERSON:Gillian Thorne]] can be reached on [[PHONE_NUMBER:07723 418906]]. NI number [[ID_NUMBER:JT 48 21 96 B]]. Holding deposit taken on card [[CREDIT_CARD:4556730188247193]], exp 09/27, CVV 318.""",
    """The [[AGE:52]]-year-old Regional Paralegal [[PERSON:Kimberly-Ann Osei]] signed in from [[IP_ADDRESS:2600:1700:5a3e:9c10:1d4b:8e2f:77a0:3c19]] with Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 and changed her mailing address to [[ADDRESS:4417 Wexford Lane, Apt. 3B]], [[LOCATION:Rockville]], [[LOCATION:MD]] [[ZIP_CODE:20853]].""",
    """Dear [[TITLE:Mdm]] [[PERSON:Goh Siew Lan]], your stall tenancy at Ghim Moh Road Market & Food Centre, stall #01-37, renews on [[DATE_TIME:1 Sep 2024]]. We have your NRIC as [[ID_NUMBER:S7402916G]] and your handphone as [[PHONE_NUMBER:9734 5120]]; GIRO for the rental will be deducted from DBS account [[ID_NUMBER:027-913854-6]].""",
    """Username [[USERNAME:teh_tarik_wei]] / pw: Kopi$iew2023! — [[PERSON:Lim Wei Jie]], [[AGE:29]], Logistics Coordinator, [[ADDRESS:No. 14, Jalan SS 2/72]], [[ZIP_CODE:47300]] [[LOCATION:Petaling Jaya]], [[LOCATION:Selangor]]. MyKad [[ID_NUMBER:950312-10-5583]]. Mobile [[PHONE_NUMBER:+60 12-338 4791]]. Last login [[DATE_TIME:2024-05-18 22:41]] from [[IP_ADDRESS:175.139.212.66]].""",
    """Cardholder [[PERSON:Chen Yu-Ting]] ([[EMAIL_ADDRESS:yuting.chen0321@gmail.com]]) paid NT$2,380 with [[CREDIT_CARD:3566002841739564]] (JCB, exp 11/26) for two concert tickets; her registered address is [[ADDRESS:3F, No. 8, Alley 5, Lane 62, Dadong Road]], [[LOCATION:Shilin District]], [[LOCATION:Taipei City]] [[ZIP_CODE:111]]. National ID [[ID_NUMBER:A239415876]].""",
    """Senior Dental Nurse [[PERSON:Bronwyn Fairweather]] ([[AGE:44]], female) of [[ADDRESS:17 Kororit Creek Road]], [[LOCATION:Altona North]] [[LOCATION:VIC]] [[ZIP_CODE:3025]] — Medicare [[ID_NUMBER:2953 18468 1]], TFN [[ID_NUMBER:459 182 737]], phone [[PHONE_NUMBER:0412 775 308]], MAC 3C:22:FB:91:0A:6E, browser Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.""",
    """Transfer instruction: debit [[IBAN_CODE:GB22HBUK40112712458830]] (BIC HBUKGB4B) for GBP 650.00 to [[PERSON:Nguyen Thi Thu Hang]], account [[ID_NUMBER:0451000321987]] at Vietcombank, [[LOCATION:Hai Phong]]. Sender [[PERSON:Daniel Okafor]], [[ADDRESS:29 Ladypool Road]], [[LOCATION:Birmingham]] [[ZIP_CODE:B12 8LF]], tel [[PHONE_NUMBER:+44 121 496 0734]].""",
    """[[PERSON:Mr. Tsang Ka-ho]] (HKID [[ID_NUMBER:K318204(5)]]), licensed hawker, Fixed Pitch No. 118 outside [[ADDRESS:45 Tung Choi Street]], [[LOCATION:Mong Kok]], hawker licence [[ID_NUMBER:FP-KC-004219]], born [[DATE_TIME:3-11-1957]], mobile [[PHONE_NUMBER:6098 2251]]; successor nominated: his son [[PERSON:Tsang Chun-yin]].""",
    """IPv6 [[IP_ADDRESS:2001:ee0:4a1c:77b0::1f]] | user [[USERNAME:kaiyang_sg]] | [[PERSON:Kai Yang Ong]] | [[DATE_TIME:29/02/1992]] | [[ADDRESS:Blk 221 Boon Lay Place #09-145]] [[LOCATION:Singapore]] [[ZIP_CODE:640221]] | Infrastructure Analyst | UnionPay [[CREDIT_CARD:6259031728460197]] CVV 770 | NRIC [[ID_NUMBER:S9213607H]]""",
    """[[PERSON:Dr. Harjit Sandhu]], Veterinary Surgeon, called [[PERSON:Mrs Yvonne Pelletier]] at [[PHONE_NUMBER:(604) 871-2290]] about her dog Biscuit's surgery on [[DATE_TIME:March 19th]]; invoice sent to [[EMAIL_ADDRESS:yvonne.pelletier@shaw.ca]], card on file ending 2214, home [[ADDRESS:3380 West 34th Avenue]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6N 2K7]].""",
    """Outreach social worker [[PERSON:Fiona Mak]] flagged [[ADDRESS:Flat 1207, 12/F, Fu Yip House, Fu Heng Estate]], [[LOCATION:Tai Po]]: elderly resident [[PERSON:Leung Wing-sze]] ([[AGE:67]]) missed her diabetes clinic on [[DATE_TIME:22 January]] and is not answering the door. Emergency contact [[PERSON:Leung Ho-yin]] [[PHONE_NUMBER:9317 6642]], [[EMAIL_ADDRESS:hoyin.leung@yahoo.com.hk]].""",
    """Gamer tag [[USERNAME:xXNightMarketKingXx]], real name [[PERSON:Huang Po-han]], [[AGE:17]], [[LOCATION:Kaohsiung]], parent email [[EMAIL_ADDRESS:huang.meiling1978@hotmail.com]]; chargeback on Mastercard [[CREDIT_CARD:5354182276093140]] for 3,000 gems, device IP [[IP_ADDRESS:1.172.88.240]], IMEI not captured.""",
    """Secondary address [[ADDRESS:Unit 5]], [[ADDRESS:88 Glebe Point Road]], [[LOCATION:Glebe]] [[LOCATION:NSW]] [[ZIP_CODE:2037]]; occupant [[PERSON:Siosaia Taufa]], DOB [[DATE_TIME:1988/07/30]], Fitness Instructor, mobile [[PHONE_NUMBER:+61 433 902 817]], gym member no. [[ID_NUMBER:ANY-2290418]], pays fortnightly by Visa [[CREDIT_CARD:4508752219306482]].""",
    """Consignee [[PERSON:Sri Wahyuni]], [[NRP:Indonesian]], passport [[ID_NUMBER:C4821937]], c/o employer [[PERSON:Mr Lee Chong Meng]], [[ADDRESS:Blk 513 Serangoon North Avenue 4 #11-62]], [[LOCATION:Singapore]] [[ZIP_CODE:550513]]; FIN [[ID_NUMBER:G6290485U]]; remittance of SGD 600 on [[DATE_TIME:3 March 2024]] to [[PERSON:Suparmi]], [[ADDRESS:RT 02/RW 05, Desa Karangrejo]], [[LOCATION:Ponorogo]], [[LOCATION:Jawa Timur]].""",
    """Account holder [[PERSON:Aaliyah Brooks-Ramirez]], SSN [[US_SSN:529-43-8817]], DL [[US_DRIVER_LICENSE:D4829315]] (CA), passport [[US_PASSPORT:574103826]], home [[ADDRESS:1562 Alvarado Street]], [[LOCATION:San Leandro]], [[LOCATION:CA]] [[ZIP_CODE:94577]], routing 121000358, checking [[ID_NUMBER:4471902263]].""",
    """The Bursar, [[PERSON:Prof. Angus McCrindle]], wrote to parent [[PERSON:Hamish Baird]] on [[DATE_TIME:5 Nov 2023]] about fees for pupil [[PERSON:Isla Baird]] (pupil no. [[ID_NUMBER:ED-2017-0483]]), [[ADDRESS:22 Comely Bank Avenue]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH4 1EW]]; Direct Debit from [[IBAN_CODE:GB53BARC20451873306214]].""",
    """Stallholder [[PERSON:Nurul Aisyah binti Kamarudin]] ([[AGE:31]]), lot 42 of the Taman Connaught pasar malam, MBKL licence [[ID_NUMBER:PM-2024-118730]], IC [[ID_NUMBER:930817-14-6250]], [[ADDRESS:No. 9, Jalan Cerdas 3]], [[LOCATION:Taman Connaught]], [[ZIP_CODE:56000]] [[LOCATION:Cheras]], [[LOCATION:Kuala Lumpur]]; DuitNow [[PHONE_NUMBER:011-2847 3306]].""",
    """Telco port-out: [[PERSON:Kwame Asante]], MSISDN [[PHONE_NUMBER:+1 647 382 9015]], account [[ID_NUMBER:811204573]], SIN [[ID_NUMBER:130 492 614]], service address [[ADDRESS:1104-25 Capreol Court]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5V 3Z7]], authorised by [[PERSON:Abena Asante]] on [[DATE_TIME:2024-06-02 14:10]].""",
    """Passenger [[PERSON:Mr Thomas Ng Chi-keung]], [[TITLE:Capt.]] [[PERSON:Rajesh Pillai]] (crew), seat 32K; PNR 7XQ4LM; passport [[ID_NUMBER:K61829403]] ([[LOCATION:Hong Kong SAR]]), DOB [[DATE_TIME:17AUG79]], contact [[PHONE_NUMBER:+852 5602 8891]], frequent flyer [[ID_NUMBER:1729 448 305]].""",
    """Helper [[PERSON:Maria Theresa Villanueva]], HKID [[ID_NUMBER:W418063(4)]], passport [[ID_NUMBER:P3875214B]], contract from [[DATE_TIME:15 Oct 2022]] to [[DATE_TIME:14 Oct 2024]]; employer [[PERSON:Mrs Cheung Lai-ping]], [[ADDRESS:Flat B, 30/F, Block 6, Taikoo Shing, 18 Tai Koo Wan Road]], [[LOCATION:Quarry Bay]]; helper mobile [[PHONE_NUMBER:5487 3320]], GCash [[PHONE_NUMBER:0917 458 2203]].""",
    # gretel-like: claims, contracts, loans, medical, rental and benefit forms, notices, letters, petitions
    """TENANCY AGREEMENT. This Agreement is made on [[DATE_TIME:the 1st day of August 2024]] between [[PERSON:WONG KAM-CHUEN]] (HKID No. [[ID_NUMBER:E841377(4)]]) of [[ADDRESS:Flat D, 8/F, Wing Fat Mansion, 62 Tsat Tsz Mui Road]], [[LOCATION:North Point]], [[LOCATION:Hong Kong]] ("the Landlord") and [[PERSON:PRIYA NAIR]] (Passport No. [[ID_NUMBER:Z7402188]]) ("the Tenant") for the premises at [[ADDRESS:Flat A, 15/F, Kiu Fat Building, 113 King's Road]], [[LOCATION:North Point]], at a monthly rent of HK$16,800.""",
    """CLAIM FORM — Travel Insurance. Policy TRV-88-20417. Claimant: [[PERSON:Joanne Lau Mei-kuen]]. Date of birth: [[DATE_TIME:02/09/1983]]. HKID: [[ID_NUMBER:Y562913(4)]]. Date of loss: [[DATE_TIME:12 Feb 2024]], [[LOCATION:Osaka]]. Description: handbag stolen at Dotonbori; police report no. 2024-OS-4471. Bank account for reimbursement: [[ID_NUMBER:024-531-008794-001]] (Hang Seng).""",
    """NOTICE OF RENT INCREASE. To: [[PERSON:Marcus Whitlock]] and [[PERSON:Danielle Whitlock]], [[ADDRESS:Unit 2, 14 Ferris Street]], [[LOCATION:North Adelaide]] [[LOCATION:SA]] [[ZIP_CODE:5006]]. Your rent will rise from $520 to $560 per week from [[DATE_TIME:1 October 2024]]. Bond number 4471-2291 is unaffected. Agent: [[PERSON:Carla Munro]], Harbour Realty, ph (08) 8267 1100.""",
    """Loan application summary. Applicant: [[PERSON:Muhammad Hafiz bin Rosli]], [[AGE:34]], MyKad [[ID_NUMBER:900214-08-5121]]. Employer: Petronas Dagangan Bhd. Monthly income: RM 7,850. Residential address: [[ADDRESS:A-12-3, Residensi Bistari, Jalan Pahang]], [[ZIP_CODE:53000]] [[LOCATION:Kuala Lumpur]]. Contact: [[PHONE_NUMBER:013-720 5518]], [[EMAIL_ADDRESS:hafiz.rosli90@gmail.com]]. Guarantor: [[PERSON:Rosli bin Abdullah]].""",
    """Discharge summary. Patient: [[PERSON:Margaret O'Donoghue]], NHS No. [[ID_NUMBER:943 476 5919]], DOB [[DATE_TIME:08.05.1941]], [[AGE:83]]. Admitted [[DATE_TIME:2 April 2024]], discharged [[DATE_TIME:9 April 2024]]. Diagnosis: community-acquired pneumonia. GP: [[PERSON:Dr A. Kaur]], Meadowbank Surgery. Next of kin: [[PERSON:Siobhan O'Donoghue]] (daughter), [[PHONE_NUMBER:07854 223 019]].""",
    """Petition to the Urban Council of [[LOCATION:Penang]]: We, the undersigned hawkers of the Gurney Drive food court, object to the relocation. Signed: [[PERSON:Ooi Beng Huat]] (licence [[ID_NUMBER:MBPP/PJ/2231]]), [[PERSON:Tan Ah Moy]] (licence [[ID_NUMBER:MBPP/PJ/2238]]), [[PERSON:Karuppiah a/l Muthusamy]] (licence [[ID_NUMBER:MBPP/PJ/2245]]). Dated [[DATE_TIME:14 May 2024]].""",
    """BENEFIT APPLICATION — Working with Children Check. Name: [[PERSON:Tama Ngata]]. Other names used: [[PERSON:Tama Smith]]. Date of birth: [[DATE_TIME:21/11/1979]]. Residential address: [[ADDRESS:6 Bellbird Crescent]], [[LOCATION:Logan Central]] [[LOCATION:QLD]] [[ZIP_CODE:4114]]. Licence No.: [[ID_NUMBER:087654321]]. Email: [[EMAIL_ADDRESS:tama.ngata@outlook.com]].""",
    """Letter. [[DATE_TIME:18 March 2024]]. Dear [[PERSON:Mr Kowalczyk]], we write regarding the noise complaint about [[ADDRESS:Flat 9, Belmont Court, 40 Cheetham Hill Road]], [[LOCATION:Manchester]] [[ZIP_CODE:M4 4FY]]. Our environmental health officer, [[PERSON:Imran Siddiqui]], will attend on [[DATE_TIME:26 March at 10:00]]. Please call our team on 0161 496 0500 if this is inconvenient. Yours sincerely, [[PERSON:Helen Ashworth]], Environmental Protection Officer.""",
    """Medical certificate. This is to certify that [[PERSON:Ms Amelia Tan Hui Min]] (NRIC [[ID_NUMBER:T0148862C]]) was examined on [[DATE_TIME:06-01-2024]] and is unfit for duty from [[DATE_TIME:06-01-2024]] to [[DATE_TIME:08-01-2024]] inclusive. [[PERSON:Dr Ravindran Subramaniam]], MCR 08215J, Raffles Medical Tampines.""",
    """Credit union joint membership application. Applicant 1: [[PERSON:Jordan Pham]], DOB [[DATE_TIME:Jan 4, 1997]], current address [[ADDRESS:2231 SE Division St, Apt 5]], [[LOCATION:Portland]], [[LOCATION:OR]] [[ZIP_CODE:97202]]. SSN [[US_SSN:541-29-7736]]. Employer: Providence Health, RN. Applicant 2: [[PERSON:Minh-Anh Pham]]. Requested account opening: [[DATE_TIME:06/15/2024]].""",
    """Insurance claim notification. Insured: [[PERSON:Lee Hsiu-feng]], ID [[ID_NUMBER:F128066342]]. Vehicle plate [[ID_NUMBER:BKR-7731]]. Accident on [[DATE_TIME:2024/04/09 18:20]] at the junction of Zhongzheng Road and Minzu Road, [[LOCATION:Tainan]]. Third party: [[PERSON:Su Chia-wei]], tel [[PHONE_NUMBER:0932-118-406]].""",
    """Charity donation receipt. Received from [[PERSON:Gwendolyn Abernethy]] of [[ADDRESS:The Old Rectory, Church Lane]], [[LOCATION:Little Shelford]], [[LOCATION:Cambridge]] [[ZIP_CODE:CB22 5HG]] the sum of £250.00 on [[DATE_TIME:12/12/2023]]. Gift Aid declaration signed. Registered charity no. 1098742.""",
    """Employment contract for a foreign domestic helper. Employer: [[PERSON:Hui Siu-ming]], HKID [[ID_NUMBER:P704458(9)]], [[ADDRESS:Flat 3, 22/F, Tower 5, Ocean Shores, 88 O King Road]], [[LOCATION:Tseung Kwan O]]. Helper: [[PERSON:Siti Rahayu]], [[NRP:Indonesian]], born [[DATE_TIME:19 April 1990]], passport [[ID_NUMBER:B2219083]]. Wage: HK$4,990 per month; food allowance HK$1,236. Commencement: [[DATE_TIME:2 January 2024]].""",
    """Court notice. Case No. DCCJ 1471/2024. Plaintiff: Harbourfront Renovation Works Ltd. Defendant: [[PERSON:CHOI Man-kit]] of [[ADDRESS:Shop 12, G/F, Kam Fung Mansion, 21 Nam Cheong Street]], [[LOCATION:Sham Shui Po]]. Hearing fixed for [[DATE_TIME:9 September 2024 at 9:30 a.m.]] Claim: unpaid invoices for shop fitting-out works, HK$84,000.""",
    """School enrolment form. Student: [[PERSON:Aarav Menon]]. Date of birth: [[DATE_TIME:2016-03-27]]. Gender: M. Parent/guardian: [[PERSON:Divya Menon]], [[PHONE_NUMBER:+65 8123 4019]], [[EMAIL_ADDRESS:divya.menon@singnet.com.sg]]. Address: [[ADDRESS:35 Jalan Kemaman]], [[LOCATION:Singapore]] [[ZIP_CODE:329420]]. Religion: [[NRP:Hindu]]. Previous school: Farrer Park Primary.""",
    """Pharmacy dispensing record. Patient: [[PERSON:Edwin Fung]], DOB [[DATE_TIME:30/06/1962]]. Rx: metformin 500 mg BD x 90. Prescriber: [[PERSON:Dr. Cecilia Yip]]. Collected [[DATE_TIME:14 Jun 2024]] by [[PERSON:Jessica Fung]] (daughter). Patient ID [[ID_NUMBER:HA-0198 2241]]. Phone [[PHONE_NUMBER:2891 4466]].""",
    """Night market stall allocation notice, Raohe Street. Stall B-17 allocated to [[PERSON:Kuo Ming-chih]] (ID [[ID_NUMBER:A126075339]]), mobile [[PHONE_NUMBER:0920-554-187]]. Co-operator: [[PERSON:Kuo Hsin-yi]]. Allocation meeting attended on [[DATE_TIME:March 8, 2024]]. Stall fee account: [[ID_NUMBER:700-0001-0047829]] (Chunghwa Post).""",
]

BENCH_EN += [
    """Remittance declaration (Form R-2). Sender: [[PERSON:Ma. Cristina Ocampo]], [[NRP:Filipino]], HKID [[ID_NUMBER:W672915(3)]], residing at employer's address [[ADDRESS:House 17, Sea View Villas, 102 Chuk Yeung Road]], [[LOCATION:Sai Kung]]. Beneficiary: [[PERSON:Reynaldo Ocampo]] (husband), [[ADDRESS:Sitio Malinis, Brgy. Poblacion]], [[LOCATION:Bangued]], [[LOCATION:Abra]]. Amount: PHP 25,000. Date sent: [[DATE_TIME:Sunday 12 May 2024]]. Purpose: family support.""",
    """Notice of hawker licence renewal. Licensee: [[PERSON:CHAN Yuk-lin]], Itinerant Hawker Licence No. [[ID_NUMBER:IH/0087/KC]], commodity: cooked chestnuts. Date of birth: [[DATE_TIME:1 Dec 1949]]. Licence valid until 31/03/2025. Registered address: [[ADDRESS:Room 5, 3/F, 210 Reclamation Street]], [[LOCATION:Yau Ma Tei]]. Assistant: [[PERSON:Chan Kwok-wai]].""",
    """Gym membership cancellation. Member: [[PERSON:Fatimah Zahra Malik]]. Member no. [[ID_NUMBER:PF-00831746]]. Home club: Burwood. Reason: relocating to [[LOCATION:Perth]] on [[DATE_TIME:30 June]]. Direct debit BSB 062-000 account [[ID_NUMBER:1083 4471]] to stop after final payment. Contact [[EMAIL_ADDRESS:fz.malik@icloud.com]].""",
    """Statutory declaration. I, [[PERSON:Rajeswari d/o Govindasamy]], NRIC [[ID_NUMBER:S7719034A]], of [[ADDRESS:Blk 62 Marine Drive #05-110]], [[LOCATION:Singapore]] [[ZIP_CODE:440062]], do solemnly declare that my domestic worker [[PERSON:Khin Myat Thu]] (FIN [[ID_NUMBER:G5827193X]]), a [[NRP:Burmese]] national, has been on home leave since [[DATE_TIME:2 February 2024]] and has not returned.""",
    """Complaint letter, [[DATE_TIME:4 July 2024]]. To the Building Management Office, [[ADDRESS:Provident Centre]]. I am the owner of [[ADDRESS:Flat 1512, Block 8, Provident Centre, 21 Wharf Road]], [[LOCATION:North Point]]. Water has been leaking from the flat above, occupied by [[PERSON:Mr. Ip]], since [[DATE_TIME:June 20]]. Please contact me on [[PHONE_NUMBER:9025 1187]]. [[PERSON:Janet Cheng]]""",
    """Vet consent form. Owner: [[PERSON:Liam O'Callaghan]]. Address: [[ADDRESS:48 Sorauren Avenue]], [[LOCATION:Toronto]], [[LOCATION:Ontario]] [[ZIP_CODE:M6R 2E1]]. Phone: [[PHONE_NUMBER:416-533-9082]]. Patient: Juno (Labrador, 7 yrs). Procedure: dental extraction on [[DATE_TIME:Thursday, May 23, 2024]]. Signed [[PERSON:L. O'Callaghan]].""",
    """HR onboarding record. Employee: [[PERSON:Tan Jia Hui]]. Staff ID: [[ID_NUMBER:E-204471]]. Start date: [[DATE_TIME:01-Jul-2024]]. Department: Finance. NRIC: [[ID_NUMBER:T0362295E]]. CPF account mirrors NRIC. Salary bank: OCBC [[ID_NUMBER:501-482913-001]]. Emergency contact: [[PERSON:Tan Boon Kiat]] (father) [[PHONE_NUMBER:9688 2104]].""",
    """Government grant letter, ref HDB/EHG/2024/55812. [[PERSON:Mr Muhammad Irfan bin Salleh]] and [[PERSON:Mdm Nur Hidayah binti Osman]], flat at [[ADDRESS:Blk 307C Punggol Walk #13-221]], [[LOCATION:Singapore]] [[ZIP_CODE:823307]]: your Enhanced CPF Housing Grant of $80,000 was credited on [[DATE_TIME:15 April 2024]].""",
    # Nemotron-PII-like: JSON, logs, SQL, XML/FHIR, YAML, .env, HTTP, test code, tickets, form dumps, mail headers
    """{"tenant_id": "T-00419", "full_name": "[[PERSON:Ho Ka Yan]]", "hkid": "[[ID_NUMBER:C478201(A)]]", "unit": "[[ADDRESS:Flat 6B, Tower 1, The Pavilia Hill, 18A Tin Hau Temple Road]]", "district": "[[LOCATION:North Point]]", "mobile": "[[PHONE_NUMBER:+852 6133 7042]]", "email": "[[EMAIL_ADDRESS:kayan.ho@gmail.com]]", "lease_start": "[[DATE_TIME:2023-09-01]]", "monthly_rent_hkd": 32000, "deposit_months": 2}""",
    """[[DATE_TIME:2024-05-21T09:14:07+08:00]] INFO  auth.login success user=[[USERNAME:liyana.hashim]] src=[[IP_ADDRESS:113.210.95.17]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" session=9f3c1a7e
[[DATE_TIME:2024-05-21T09:14:31+08:00]] INFO  profile.update user=[[USERNAME:liyana.hashim]] field=phone old=[[PHONE_NUMBER:+60 19-226 4810]] new=[[PHONE_NUMBER:+60 17-903 5527]]
[[DATE_TIME:2024-05-21T09:15:02+08:00]] WARN  payment.declined user=[[USERNAME:liyana.hashim]] card=****8841 reason=insufficient_funds""",
    """INSERT INTO stall_licences (licence_no, holder_name, holder_id, dob, phone, market, stall_no, issued_on) VALUES
('[[ID_NUMBER:NM-TPE-2024-0318]]', '[[PERSON:Lin Shu-fen]]', '[[ID_NUMBER:F224607134]]', '[[DATE_TIME:1968-02-14]]', '[[PHONE_NUMBER:0912-604-331]]', 'Ningxia', 'A-22', '2024-01-05'),
('[[ID_NUMBER:NM-TPE-2024-0319]]', '[[PERSON:Chang Wen-hsiung]]', '[[ID_NUMBER:E124395805]]', '[[DATE_TIME:1959-10-30]]', '[[PHONE_NUMBER:0937-281-660]]', 'Ningxia', 'A-23', '2024-01-05');""",
    """<Patient xmlns="http://hl7.org/fhir">
  <identifier><system value="urn:oid:2.16.840.1.113883.2.1.4.1"/><value value="[[ID_NUMBER:7210583629]]"/></identifier>
  <name><family value="[[PERSON:Okonkwo]]"/><given value="[[PERSON:Chiamaka]]"/><given value="[[PERSON:Grace]]"/></name>
  <telecom><system value="phone"/><value value="[[PHONE_NUMBER:07911 204 386]]"/></telecom>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1987-12-03]]"/>
  <address><line value="[[ADDRESS:Flat 12, 90 Coldharbour Lane]]"/><city value="[[LOCATION:London]]"/><postalCode value="[[ZIP_CODE:SE5 9PU]]"/></address>
</Patient>""",
    """# helper-agency/config/contacts.yaml
agency:
  name: Sunrise Employment Agency
  licence: "2893"
  hotline: "+852 2388 1200"
  inbox: enquiries@sunrise-agency.hk
case_officer:
  name: "[[PERSON:Agnes Lo]]"
  mobile: "[[PHONE_NUMBER:+852 9561 4308]]"
  email: "[[EMAIL_ADDRESS:agnes.lo.sy@gmail.com]]"
candidate:
  name: "[[PERSON:Jocelyn Manalo]]"
  passport: "[[ID_NUMBER:P6021847A]]"
  dob: "[[DATE_TIME:1992-07-21]]"
  hometown: "[[LOCATION:Batangas]]"
""",
    """# .env.local  (do not commit)
APP_ENV=staging
DB_HOST=db.internal
DB_USER=rent_app
DB_PASSWORD=Tr1cky!Lease_2024
ADMIN_NAME="[[PERSON:Nicholas Ferreira]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:nick.ferreira.dev@proton.me]]
ALERT_SMS=[[PHONE_NUMBER:+61 421 880 145]]
STRIPE_KEY=sk_test_51Hx9QkL2eZvKYlo2C8aVw3Tq
""",
    """POST /api/v2/remittances HTTP/1.1
Host: api.pesoflow.example
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4ODEyIn0.mR2
X-Forwarded-For: [[IP_ADDRESS:223.197.14.88]]
Content-Type: application/json

{"sender": {"name": "[[PERSON:Analyn Reyes]]", "hkid": "[[ID_NUMBER:W530288(1)]]", "phone": "[[PHONE_NUMBER:+852 5714 9906]]"}, "receiver": {"name": "[[PERSON:Lourdes Reyes]]", "gcash": "[[PHONE_NUMBER:09271834456]]", "city": "[[LOCATION:Iloilo City]]"}, "amount": 3000, "currency": "HKD"}""",
    """def test_masks_patient_contact():
    raw = "Patient [[PERSON:Samuel Adeyemi]] ([[PHONE_NUMBER:07700 918 442]]) of [[ADDRESS:Flat 2, 19 Gipsy Lane]], [[LOCATION:Oxford]] [[ZIP_CODE:OX3 7PT]] registered with the practice on [[DATE_TIME:2 Sept 2023]]"
    out = mask(raw)
    assert "Adeyemi" not in out
    assert out.count("<PHONE>") == 1
""",
    """Ticket #PM-20417 | Priority: P2 | Opened: [[DATE_TIME:2024-03-04]]
Reporter: [[PERSON:Sharon Kwok]] <[[EMAIL_ADDRESS:sharon.kwok@netvigator.com]]>
Property: [[ADDRESS:Flat C, 11/F, Block 2, Kingswood Villas, 1 Tin Wu Road]], [[LOCATION:Tin Shui Wai]]
Summary: Lift out of service; elderly resident [[PERSON:Mr. Lo Kam-fai]] ([[AGE:88]]) unable to leave flat. Son [[PERSON:Lo Wai-lun]] reachable at [[PHONE_NUMBER:9633 0281]].
Assignee: ops-team-nt""",
    """From: "[[PERSON:Mei Ling Chua]]" <[[EMAIL_ADDRESS:meiling.chua@outlook.com]]>
To: lettings@harbourhomes.com.sg
Date: [[DATE_TIME:Tue, 14 May 2024 08:12:55 +0800]]
Subject: Viewing for [[ADDRESS:Blk 11 Holland Drive]]
Received: from [192.168.0.4] ([[IP_ADDRESS:101.127.84.203]]) by mx.harbourhomes.com.sg
Message-ID: <CAF4x9P2b3@mail.outlook.com>

Hi, I'd like to view the unit this Saturday. My husband [[PERSON:Aaron Chua]] will join. Call me on [[PHONE_NUMBER:9177 3042]].""",
    """form_submission_id=88214&first_name=[[PERSON:Hemi]]&last_name=[[PERSON:Walker]]&dob=[[DATE_TIME:1994-08-19]]&email=[[EMAIL_ADDRESS:hemi.walker94@gmail.com]]&phone=[[PHONE_NUMBER:0437 112 908]]&street=[[ADDRESS:12 Wattle Grove]]&suburb=[[LOCATION:Ringwood]]&state=[[LOCATION:VIC]]&postcode=[[ZIP_CODE:3134]]&plan=charity_monthly_25&consent=true""",
    """{"resourceType":"Patient","id":"p-5521","identifier":[{"system":"https://www.health.gov.au/medicare","value":"[[ID_NUMBER:4127590331]]"}],"name":[{"family":"[[PERSON:Nguyen]]","given":["[[PERSON:Van Long]]"]}],"birthDate":"[[DATE_TIME:1975-01-09]]","address":[{"line":["[[ADDRESS:3/27 Hopkins Street]]"],"city":"[[LOCATION:Footscray]]","state":"[[LOCATION:VIC]]","postalCode":"[[ZIP_CODE:3011]]"}]}""",
    """[[[DATE_TIME:2024-06-11 23:02:45]]] nginx: [[IP_ADDRESS:2407:7000:9a21:4b00:5c8e:1f22:ae10:7b3d]] - [[USERNAME:gracie_tsai]] "GET /account/orders HTTP/2.0" 200 5123 "-" "Mozilla/5.0 (Linux; Android 14; Pixel 8)"
[[[DATE_TIME:2024-06-11 23:03:10]]] app: user [[USERNAME:gracie_tsai]] ([[EMAIL_ADDRESS:gracie.tsai.tw@gmail.com]]) changed delivery address to [[ADDRESS:7F-2, No. 155, Section 3, Minsheng East Road]], [[LOCATION:Songshan District]], [[LOCATION:Taipei]] [[ZIP_CODE:105]]""",
    """UPDATE nbn_customers SET phone = '[[PHONE_NUMBER:0403 559 126]]', email = '[[EMAIL_ADDRESS:r.kapoor.home@gmail.com]]', connected_on = '[[DATE_TIME:2022-11-19]]' WHERE customer_name = '[[PERSON:Rohan Kapoor]]' AND service_address = '[[ADDRESS:Unit 14, 2 Bowden Street]], [[LOCATION:Alexandria]]';""",
    """id: helper-case-3391
status: open
worker:
  full_name: [[PERSON:Endang Susilowati]]
  nationality: [[NRP:Indonesian]]
  arc_no: [[ID_NUMBER:E903166846]]
  phone: "[[PHONE_NUMBER:0975-330-218]]"
  arrived: [[DATE_TIME:2023-03-17]]
employer:
  full_name: [[PERSON:Yang Chun-mei]]
  address: "[[ADDRESS:No. 41, Lane 220, Zhongshan Road]], [[LOCATION:Banqiao District]], [[LOCATION:New Taipei City]] [[ZIP_CODE:220]]"
issue: overtime pay on rest days
""",
    """Subject: RE: Kitchen deposit refund — [[ADDRESS:32 Highfield Road]]
From: [[PERSON:Tom Hargreaves]] <[[EMAIL_ADDRESS:tom.hargreaves77@btinternet.com]]>
Date: [[DATE_TIME:Mon, 3 Jun 2024 17:40:11 +0100]]

Hi [[PERSON:Aisha]], we've refunded £975 of your deposit and kept £125 for the survey we did before you cancelled the kitchen. Please confirm the account ending 0218 is still yours. Thanks, [[PERSON:Tom]]""",
    """curl -X POST https://api.stallbook.my/v1/bookings -H "Content-Type: application/json" -d '{"vendor_name":"[[PERSON:Siti Khadijah binti Yusof]]","ic":"[[ID_NUMBER:880503-01-6634]]","phone":"[[PHONE_NUMBER:+60 16-772 0845]]","market":"Pasar Malam SS2","lot":"B14","date":"[[DATE_TIME:2024-07-04]]"}'""",
    """<?xml version="1.0"?>
<claim id="CLM-2024-77103">
  <claimant><name>[[PERSON:Derek Pang]]</name><hkid>[[ID_NUMBER:D907342(7)]]</hkid><dob>[[DATE_TIME:12/01/1970]]</dob></claimant>
  <incident><date>[[DATE_TIME:2024-02-29]]</date><place>[[LOCATION:Kwun Tong]]</place></incident>
  <payee><bank>DBS Hong Kong</bank><account>[[ID_NUMBER:016-478-000882213]]</account></payee>
</claim>""",
    """Support ticket ZD-55173
Customer: [[PERSON:Harriet Lam]] ([[USERNAME:harrietlam_]])
Channel: Instagram DM
Message: "Someone is posting my photos and my address [[ADDRESS:Flat 2A, 5 Kotewall Road]], [[LOCATION:Mid-Levels]]. Their account is @[[USERNAME:hk.gossip.daily99]]. Please take it down."
Agent note: escalate to trust & safety; profile URL [[URL:https://www.instagram.com/harrietlam_/]]""",
    """mysql> SELECT name, ic_no, mobile, remit_to, amount FROM transfers WHERE branch='Chow Kit' LIMIT 2;
+------------------+----------------+----------------+-----------------+--------+
| name             | ic_no          | mobile         | remit_to        | amount |
+------------------+----------------+----------------+-----------------+--------+
| [[PERSON:Abdul Karim Mia]]  | [[ID_NUMBER:EG0418823]]      | [[PHONE_NUMBER:011-6402 9917]]  | [[LOCATION:Sylhet]]          |   1500 |
| [[PERSON:Rina Marlina]]     | [[ID_NUMBER:C8830215]]       | [[PHONE_NUMBER:012-551 0274]]   | [[LOCATION:Cilacap]]         |    800 |
+------------------+----------------+----------------+-----------------+--------+""",
    """[Unit]
Description=Medication reminder SMS job
[Service]
Environment=PATIENT_NAME="[[PERSON:Grace Oyelaran]]"
Environment=PATIENT_PHONE=[[PHONE_NUMBER:+1 (780) 441-2093]]
Environment=TWILIO_TOKEN=4f0c2e9ab17d
ExecStart=/usr/bin/python3 /opt/pillbot/send.py --home "[[ADDRESS:10425 82 Ave NW, Suite 3]]" --city [[LOCATION:Edmonton]]
""",
    """GET /v1/patients/search?name=[[PERSON:Walter%20Huang]]&dob=[[DATE_TIME:1958-04-22]] HTTP/1.1
Host: clinic-portal.example.com
Cookie: sid=a81f29c0d3; last_user=[[USERNAME:dr.lhchen]]
X-Real-IP: [[IP_ADDRESS:61.216.77.140]]""",
    """Jira VET-882: Appointment sync failure
Steps: 1. Book for owner [[PERSON:Sophie Draper]] ([[PHONE_NUMBER:0121 496 0288]]), pet "Pickle". 2. Appointment [[DATE_TIME:14/08/2024 15:45]]. 3. Confirmation sent to [[EMAIL_ADDRESS:sophie.draper@gmail.com]] shows wrong date.
Reproduced by: [[PERSON:Kieran Walsh]]
Environment: staging, build 4.12.0""",
]

BENCH_EN += [
    """Courier exception: parcel for [[PERSON:Nadia Rahman]] at [[ADDRESS:Flat 7, Kestrel House, 9 Ropery Street]], [[LOCATION:Bow]], [[LOCATION:London]] [[ZIP_CODE:E3 4QF]] left with neighbour [[PERSON:Mr Boateng]] next door; recipient phone [[PHONE_NUMBER:07456 203 881]]; driver route LDN-E3-07; tracking JD014600006281947352.""",
    """Pawnshop intake (Temple Street branch): customer [[PERSON:Yeung Tsz-kin]], [[AGE:46]], HKID [[ID_NUMBER:G615029(1)]], item: gold bangle 18.4 g, loan HK$6,200, customer address [[ADDRESS:Room 1203, 12/F, Chungking Mansions Block D, 36-44 Nathan Road]], [[LOCATION:Tsim Sha Tsui]], callback [[PHONE_NUMBER:5391 8826]].""",
    """Social media verification: display name "Auntie Ros Bakes", owner [[PERSON:Rosalind Achterberg]], handle @[[USERNAME:rosbakes_yyc]], personal site [[URL:https://rosbakes.ca/about-ros]], DOB [[DATE_TIME:09/23/1966]], [[LOCATION:Calgary]], [[LOCATION:Alberta]]; login IP [[IP_ADDRESS:68.147.212.9]].""",
    """IT asset handover: laptop SN C02FK3XHQ05D, MAC F0:18:98:4A:2C:71, assigned to [[PERSON:Benjamin Cho]] (staff no. [[ID_NUMBER:SGH-118204]]) on [[DATE_TIME:2 May 2024]]; hostname SGH-LT-0442; personal mobile for MFA [[PHONE_NUMBER:+65 9051 6632]].""",
    """Application for Public Rental Housing. Applicant: [[PERSON:Lai Siu-fong]], [[AGE:59]], HKID [[ID_NUMBER:R226190(0)]]. Family member: [[PERSON:Lai Chun-hei]] (grandson, [[AGE:9]]). Present address: [[ADDRESS:Cubicle 4, 2/F, 88 Fuk Wing Street]], [[LOCATION:Sham Shui Po]], [[LOCATION:Kowloon]]. Monthly rent paid: HK$3,800. Date of application: [[DATE_TIME:18/10/2021]].""",
    """Retail loyalty dump: [[PERSON:Cheryl Anne Lim]] | member [[ID_NUMBER:PL-6630-1829]] | [[DATE_TIME:27 Jan 1990]] | [[EMAIL_ADDRESS:cherylanne.lim@yahoo.com]] | [[PHONE_NUMBER:+60 12-909 3318]] | [[ADDRESS:21, Lorong Kenari 4]], [[LOCATION:Bukit Mertajam]], [[LOCATION:Pulau Pinang]] [[ZIP_CODE:14000]] | Visa [[CREDIT_CARD:4147209188345063]] | pts 18,204""",
    """Insurance cover note for home contents, policy HC-2024-118830. Insured: [[PERSON:Hsieh Ya-chun]], ID [[ID_NUMBER:B205377199]], [[ADDRESS:No. 12, Wenhua Road]], [[LOCATION:Xitun District]], [[LOCATION:Taichung City]] [[ZIP_CODE:407]]. Mobile [[PHONE_NUMBER:0968 225 304]]. Cover starts [[DATE_TIME:1 July 2024]].""",
    """Visitor log, HMP Wandsworth, [[DATE_TIME:21/05/2024 14:00]]: visitor [[PERSON:Candice Mbeki-Roberts]], DOB [[DATE_TIME:11/06/1985]], passport [[ID_NUMBER:533871204]], visiting [[PERSON:Jerome Roberts]] (prison no. [[ID_NUMBER:A8831DK]]). Vehicle reg [[ID_NUMBER:LK19 XPV]].""",
]

# written Cantonese (traditional characters; Jyutping or Yale where people write it)
BENCH_YUE = [
    """租客[[PERSON:黃小明]]（Jyutping: [[PERSON:Wong4 Siu2 Ming4]]），今年[[AGE:34]]歲，住喺[[LOCATION:觀塘]][[ADDRESS:協和街101號A座12樓C室]]，身份證[[ID_NUMBER:A806152(4)]]，手機[[PHONE_NUMBER:6178 3302]]。佢[[DATE_TIME:2024年3月1號]]搬入，按金兩個月，每月租$12,500用轉數快過去業主[[PERSON:梁]][[TITLE:太]]嘅戶口[[ID_NUMBER:012-876-1-043512-7]]。""",
    """【小販牌照申請表（填表人備註）】姓名：[[PERSON:何麗華]]（英文：[[PERSON:HO Lai-wah]]）｜出世日期：[[DATE_TIME:1962年8月17日]]｜身份證：[[ID_NUMBER:B473920(0)]]｜地址：[[ADDRESS:廟街188號地下]]，[[LOCATION:油麻地]]｜電話：[[PHONE_NUMBER:9482 6610]]｜備註：我喺呢度擺咗檔廿幾年，賣炒栗子同煨番薯，個牌係我老公[[PERSON:陳志強]]過身之後轉俾我嘅。""",
    """{"僱主姓名": "[[PERSON:李綺雯]]", "僱主電話": "[[PHONE_NUMBER:+852 9207 5134]]", "外傭姓名": "[[PERSON:Marites Gonzales]]", "國籍": "[[NRP:菲律賓]]", "護照號碼": "[[ID_NUMBER:P4419206C]]", "身份證": "[[ID_NUMBER:W927364(9)]]", "匯款日期": "[[DATE_TIME:2024-04-07]]", "收款人": "[[PERSON:Rodel Gonzales]]", "備註": "佢逢星期日放假，去[[LOCATION:中環]]匯錢返屋企，呢個月寄咗$3,500。"}""",
    """工單 #MO-7731｜大廈：[[ADDRESS:海怡半島]]｜單位：[[ADDRESS:海怡路18號第3座21樓F室]]，[[LOCATION:鴨脷洲]]｜報告人：[[PERSON:張]][[TITLE:先生]]（[[PERSON:Zoeng1 Wing5 Gin6]]），[[PHONE_NUMBER:5520 4187]]｜內容：樓上單位漏水，滴到我哋廚房天花，上個禮拜三（[[DATE_TIME:5月15號]]）已經報過一次，到而家都未有人嚟睇。管理處職員：[[PERSON:阿芬]]。""",
]
# Taiwanese Hokkien (Han characters, Pe̍h-ōe-jī / Tâi-lô)
BENCH_NAN = [
    """阮是[[PERSON:林阿明]]（[[PERSON:Lîm A-bêng]]），佇士林夜市賣蚵仔煎三十外冬矣。攤位號碼 B-32，身分證號碼 [[ID_NUMBER:A105281748]] 是我的，毋是阮囝的。若有代誌，敲[[PHONE_NUMBER:0933-218-054]]，抑是去阮兜：[[ZIP_CODE:111]][[LOCATION:臺北市]][[LOCATION:士林區]][[ADDRESS:大南路45號3樓]]。""",
    """Góa sī [[PERSON:Tân Bí-lē]], kin-nî [[AGE:58]] hòe, tòa tī [[LOCATION:Tâi-lâm]] [[ADDRESS:Bîn-cho̍k-lō͘ 2 tōaⁿ 33 hō]]. Góa ê kiáⁿ [[PERSON:Tân Chì-bêng]] tī [[DATE_TIME:4 goe̍h 12 ji̍t]] ē tńg--lâi. Tiān-ōe: [[PHONE_NUMBER:0921-774-306]]. Bô lâng tī-leh ê sî, chhiáⁿ kià phoe-á hō͘ [[EMAIL_ADDRESS:bile.tan1966@gmail.com]].""",
    """{"姓名": "[[PERSON:蔡文雄]]", "Tâi-lô": "[[PERSON:Tshuà Bûn-hiông]]", "身分證": "[[ID_NUMBER:D109853627]]", "出世": "[[DATE_TIME:1951-06-03]]", "地址": "[[ZIP_CODE:700]][[LOCATION:臺南市]][[LOCATION:中西區]][[ADDRESS:國華街三段16號]]", "看護": "[[PERSON:Nguyễn Thị Lan]]", "看護居留證": "[[ID_NUMBER:H906281058]]", "備註": "阿公跤手無力，逐工愛人扶伊去病院做復健。"}""",
    """【匯錢單】寄錢人：[[PERSON:Wulan Sari]]（[[NRP:印尼籍]]），居留證[[ID_NUMBER:F915028334]]，頭家[[PERSON:黃]][[TITLE:先生]]兜佇[[LOCATION:彰化縣]][[LOCATION:員林市]][[ADDRESS:中正路210號]]。收錢人：[[PERSON:Sumiati]]，[[LOCATION:Indramayu]]。金額：NT$15,000。寄的日子：[[DATE_TIME:2024/05/19]]。伊講：「這擺寄較濟，阮小弟欲註冊。」""",
]

GEN_EN = [
    """[[PERSON:Kelvin Chow]] called the bank on [[DATE_TIME:Monday 8 April]] because his HSBC savings account [[ID_NUMBER:004-582-173920-833]] had been frozen after a transfer to his sister in [[LOCATION:Vancouver]].""",
    """My daughter [[PERSON:Zoe]] was born on [[DATE_TIME:11 March 2019]] at Queen Mary Hospital, and her birth certificate number is [[ID_NUMBER:PC 2019/0418829]]; please update her records with our new address, [[ADDRESS:Flat 9A, 3 Po Shan Road]], [[LOCATION:Mid-Levels]].""",
    """Could you send the repeat prescription for [[PERSON:Doreen Whitaker]] (DOB [[DATE_TIME:02/03/1948]], NHS number [[ID_NUMBER:604 193 8270]]) to Boots on Market Street instead of the Lloyds in [[LOCATION:Didsbury]]?""",
    """the new intern, [[PERSON:jason teo]], starts on [[DATE_TIME:june 3rd]] and still needs a locker; his number is [[PHONE_NUMBER:8274 1956]] if facilities want to reach him.""",
    """After [[PERSON:Mrs. Arumugam]]'s fall on [[DATE_TIME:the 14th]], the physio at Tan Tock Seng asked her son [[PERSON:Vikram]] to bring her NRIC, [[ID_NUMBER:S6921573D]], and a list of her medicines.""",
    """Hey, it's [[PERSON:Brianna]] from the Thursday pottery class — I've moved to [[ADDRESS:2717 W Augusta Blvd, Unit 2R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60622]], so please send the class newsletter there or text me at [[PHONE_NUMBER:(312) 806-4471]].""",
    """Our neighbour [[PERSON:Ah Keong]] has run the char kway teow stall at Newton Food Centre since [[DATE_TIME:August 1987]], and he turned [[AGE:71]] last week.""",
    """Please refund the deposit for the Airbnb at [[ADDRESS:14 Bridge Street]], [[LOCATION:Richmond]] [[LOCATION:VIC]] [[ZIP_CODE:3121]] to [[PERSON:Hannah Leeming]]'s card, the Mastercard ending 9031, not to the booking account.""",
    """[[PERSON:Ravi Shankar Iyer]], [[AGE:47]], of [[LOCATION:Brampton]], [[LOCATION:Ontario]], told the tribunal that his landlord changed the locks on [[DATE_TIME:January 22, 2024]] while he was in hospital.""",
    """I'm writing on behalf of my grandmother, [[PERSON:Lau Yuet-ming]], whose Octopus card was linked to her Elderly Health Care Voucher account; her HKID is [[ID_NUMBER:Y815264(9)]] and you can reach me, [[PERSON:Chloe Lau]], at [[PHONE_NUMBER:6481 0273]].""",
    """The vet at Greencross said [[PERSON:Megan Kowalski]] should bring Jarrah, her kelpie, back on [[DATE_TIME:Friday 17 May at 4:15pm]] to have the stitches out; her mobile is [[PHONE_NUMBER:0448 316 092]].""",
    """Can someone at the front desk check whether [[PERSON:Eun-ji Park]], student number [[ID_NUMBER:s4178823]], paid her semester fees? She says she transferred them from her Korean account on [[DATE_TIME:Feb 26]].""",
    """The driver couldn't find [[ADDRESS:Lot 1148, Jalan Kampung Pandan]], so he left the rice cooker with [[PERSON:Puan Rohani]] next door and messaged [[PERSON:Azlan]] on [[PHONE_NUMBER:019-335 7720]].""",
    """We are pleased to confirm that [[PERSON:Ms. Olivia Brennan]], employee number [[ID_NUMBER:00418237]], has worked at our [[LOCATION:Halifax]] branch since [[DATE_TIME:3 September 2015]] and earns $68,400 a year.""",
    """My husband [[PERSON:Gerald]] and I ([[PERSON:Patricia Oduya]]) would like to renew our season tickets; our account is [[ID_NUMBER:ST-0093127]] and our old address at [[ADDRESS:7 Canal Row]], [[LOCATION:Leeds]] [[ZIP_CODE:LS12 2DA]] is still correct.""",
    """[[PERSON:Wu Chia-hao]]'s scooter, plate [[ID_NUMBER:MFW-2081]], was towed from outside the stadium on the night of [[DATE_TIME:June 9]], and he has to collect it from the yard on Jiuru 1st Road.""",
    """Does anyone know if [[PERSON:Siobhan]] still lives at [[ADDRESS:38 Mountjoy Square]] in [[LOCATION:Dublin]]? Her old number, [[PHONE_NUMBER:+353 87 214 6603]], just rings out.""",
    """The pharmacist at Guardian told [[PERSON:Kumar]] that his wife's insulin pens would be ready on [[DATE_TIME:Tuesday the 21st]] and asked him to bring her MyKad, [[ID_NUMBER:720604-07-5288]].""",
    """For the charity run, [[PERSON:Ngaire Thompson]] ([[AGE:63]]) raised $2,140 for the Cancer Council and wants her certificate posted to [[ADDRESS:PO Box 221]], [[LOCATION:Katoomba]] [[LOCATION:NSW]] [[ZIP_CODE:2780]].""",
    """i lost my phone at the night market in [[LOCATION:Ximending]] yesterday, my name is [[PERSON:yi-chen]] and my sister's number is [[PHONE_NUMBER:0958-430-117]], pls call her if u find it""",
    """The tenancy for [[ADDRESS:Flat 3, 41 Abbey Road]], [[LOCATION:Bearsden]] [[ZIP_CODE:G61 3AF]] ends on [[DATE_TIME:31 August 2024]], and [[PERSON:Callum Reid]] has asked for the check-out inspection to be done while he is there.""",
    """Please book [[PERSON:Mr Bui Quang Huy]] on the 07:40 flight to [[LOCATION:Da Nang]] on [[DATE_TIME:18 July]]; his passport is [[ID_NUMBER:C6742210]] and his date of birth is [[DATE_TIME:25/12/1988]].""",
    """When [[PERSON:Amir]] signed up for the gym he gave his email as [[EMAIL_ADDRESS:amir.haddad@live.com.au]], but the welcome pack went to an [[PERSON:Amir Haddad]] in [[LOCATION:Parramatta]] instead of to him.""",
    """Our helper, [[PERSON:Jennylyn]], has been with us since she was [[AGE:24]]; she sends money home to [[LOCATION:Pangasinan]] every month and asked me to keep her passport, [[ID_NUMBER:P7720413A]], in the safe.""",
    """[[PERSON:Dr. Nkechi Obi]] will see [[PERSON:Bethany]] in the paediatric clinic on [[DATE_TIME:4/11]] at 9am; please bring her red book and Medicare card [[ID_NUMBER:3508 92713 2]].""",
    """My landlord, [[PERSON:Mr. Wong]], says the rent for [[ADDRESS:Room 3, 5/F, 17 Ki Lung Street]] in [[LOCATION:Prince Edward]] will go up to $6,500 from next [[DATE_TIME:April 1]], and he wants it paid to account [[ID_NUMBER:012-554-0-093481-6]].""",
    """Customer [[PERSON:Leticia Ramos-Huerta]] says the courier left her parcel at [[ADDRESS:890 Fairview Ave N]] in [[LOCATION:Seattle]] instead of at [[ADDRESS:980 Fairview Ave N]]; her phone is [[PHONE_NUMBER:206-441-7382]].""",
    """Happy [[AGE:40]]th to [[PERSON:Mei]]! Born on [[DATE_TIME:9 September 1984]] in [[LOCATION:Ipoh]], she still makes the best kaya in [[LOCATION:Klang]].""",
    """The school has [[PERSON:Oscar Nguyen-Lambert]] (Year 5, DOB [[DATE_TIME:13.02.2015]]) down for the camp, and his mum [[PERSON:Thuy]] has paid the $310 from account BSB 033-157 [[ID_NUMBER:458 102 776]].""",
    """I rang Telstra about my dad's landline, [[PHONE_NUMBER:(02) 6247 5518]]; the account is under [[PERSON:Bruce Halloran]] at [[ADDRESS:11 Mugga Way]], [[LOCATION:Red Hill]] [[LOCATION:ACT]] [[ZIP_CODE:2603]].""",
    """According to the HR file, [[PERSON:Priyanka Deshmukh]] joined on [[DATE_TIME:2021-08-16]], took maternity leave from [[DATE_TIME:2023-02-01]], and her CPP contributions are under SIN [[ID_NUMBER:527 814 362]].""",
    """Can you unblock the account of [[PERSON:xiao ming]]? the username is [[USERNAME:xm_gamer_0521]] and he says someone in [[LOCATION:Johor Bahru]] logged in from [[IP_ADDRESS:60.54.118.203]] and spent all his credits.""",
    """The inquest heard that [[PERSON:Dennis Ashby]], [[AGE:58]], of [[ADDRESS:4 Mill Lane]], [[LOCATION:Histon]], had been living alone since his wife [[PERSON:Maureen]] died in [[DATE_TIME:November 2019]].""",
    """Please note that [[TITLE:Datin]] [[PERSON:Sharifah Noor Aini]] will chair the orphanage fundraising dinner on [[DATE_TIME:20 October]]; RSVPs go to her assistant, [[PERSON:Farah]], at [[EMAIL_ADDRESS:farah.iskandar@gmail.com]].""",
]

GEN_EN += [
    """The claims handler, [[PERSON:Stacey-Ann Morgan]], confirmed that [[PERSON:Winston Clarke]]'s windscreen claim was approved and the repair is booked for [[DATE_TIME:Wednesday, 12 June]] at his home, [[ADDRESS:56 Holloway Road]], [[LOCATION:London]] [[ZIP_CODE:N7 8JL]].""",
    """Per our call, your OHIP number [[ID_NUMBER:4821-337-914-KT]] is no longer valid, [[PERSON:Mr. Delacroix]], so the clinic will bill you directly for the visit on [[DATE_TIME:May 2]].""",
    """I, [[PERSON:Tremaine Jackson]], authorize Lakeside Credit Union to pull my credit report; my SSN is [[US_SSN:318-62-4097]] and I've lived at [[ADDRESS:6120 S Kenwood Ave]], [[LOCATION:Chicago]] since [[DATE_TIME:March 2017]].""",
    """Lost passport report: [[PERSON:Hiroshi Tanaka]], a [[NRP:Japanese]] tourist aged [[AGE:66]], says his passport [[ID_NUMBER:TR4419082]] was taken from his bag on the MTR between [[LOCATION:Admiralty]] and [[LOCATION:Central]].""",
    """The hotel has [[PERSON:Sarah-Jane Whitmore]] checking in on [[DATE_TIME:23 Dec]] and out on [[DATE_TIME:27 Dec]]; she paid with Amex [[CREDIT_CARD:374245908132763]] and asked for a cot for her son [[PERSON:Rafferty]].""",
    """Our son's teacher, [[PERSON:Mrs Fong]], asked whether [[PERSON:Ethan]] could stay for chess club on Thursdays; you can reply to [[EMAIL_ADDRESS:joyce.yuen.family@gmail.com]] or WhatsApp me on [[PHONE_NUMBER:+852 9033 1826]].""",
    """The pension office needs [[PERSON:Siew Peng]]'s death certificate before it can pay her husband, [[PERSON:Chong Kah Meng]] (NRIC [[ID_NUMBER:S3318274J]]), the survivor's benefit.""",
    """Unfortunately [[PERSON:Dmitri Volkov]]'s Steam account, [[USERNAME:d_volkov_cs2]], was banned on [[DATE_TIME:2024-04-30]] after a login from [[IP_ADDRESS:185.220.101.44]], which he says wasn't him.""",
    """Aunty [[PERSON:Bee Lian]] from the kopitiam says her grandson [[PERSON:Jun Hao]] got into NUS, and she wants to send the $500 ang pao to his POSB account, [[ID_NUMBER:188-51904-7]].""",
    """Good morning, this is [[PERSON:Fernando Alves]] from unit 1708; a parcel addressed to [[PERSON:F. Alves]] at [[ADDRESS:1708-1155 Seymour Street]], [[LOCATION:Vancouver]] was marked delivered on [[DATE_TIME:June 4]] but never reached me.""",
    """The court appointed [[PERSON:Ms Harriet Oyelowo]] as litigation friend for [[PERSON:Jayden Price]], who was [[AGE:15]] when the accident happened on [[DATE_TIME:7 October 2022]] in [[LOCATION:Croydon]].""",
    """She moved from [[LOCATION:Kuching]] to [[LOCATION:Melbourne]] in [[DATE_TIME:January 2023]], and now [[PERSON:Grace Ting]] works nights at a pharmacy in [[LOCATION:Box Hill]].""",
    """Can the depot redeliver to [[ADDRESS:Unit 6, 145 Kooyong Road]], [[LOCATION:Caulfield North]], tomorrow after 5? It's for [[PERSON:Rebecca Goldberg]], phone [[PHONE_NUMBER:0401 588 264]].""",
    """[[PERSON:lee ka ming]] posted his HKID [[ID_NUMBER:K702845(8)]] in the Telegram group by mistake — can an admin delete it before anyone screenshots it?""",
    """Please cancel the standing order to [[PERSON:Gareth Pryce]] (account [[ID_NUMBER:31926819]]); my son's piano lessons with him ended on [[DATE_TIME:30 April]]. Statements should still go to [[ADDRESS:15 Heol y Nant]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6AB]].""",
    """The boxing gym in [[LOCATION:Brixton]] emailed [[PERSON:Kofi]] to say his membership would lapse unless he updated his card; his account email is [[EMAIL_ADDRESS:kofi.mensah.box@gmail.com]].""",
    """My aunt [[PERSON:Tan Siew Hoon]] is [[AGE:79]] and can't use the app, so I'm renewing the road tax for her car, [[ID_NUMBER:SJK 4471 E]], from my own SingPass login.""",
    """At the night market in [[LOCATION:Kota Kinabalu]], [[PERSON:Jolene Sipaun]] sells hinava and bambangan from a stall she rents from the city hall for RM 15 a night; she's [[AGE:36]].""",
    """Hello, I am [[PERSON:Dewi Anggraini]], I work for [[TITLE:Madam]] [[PERSON:Chua]] in [[LOCATION:Bukit Timah]] and my FIN is [[ID_NUMBER:G7541092T]]; I want to ask why my work permit renewal is still pending.""",
    """The medical board examined [[TITLE:Sgt]] [[PERSON:Aidan Murphy]] on [[DATE_TIME:19 March 2024]] and found him fit for light duties; his service number is [[ID_NUMBER:30128845]] and he can be reached on [[PHONE_NUMBER:07388 550 217]].""",
]

GEN_EN += [
    """Our records show [[PERSON:Elaine Sutcliffe]] opened the joint ISA with [[PERSON:Peter Sutcliffe]] on [[DATE_TIME:6 April 2020]]; statements go to [[ADDRESS:19 Larch Close]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 7QL]].""",
    """The phone shop swapped the SIM for [[PHONE_NUMBER:0917-882-4416]] without checking ID, and the next morning [[PERSON:Bea Santos]]'s GCash was emptied.""",
    """This is to confirm that [[PERSON:Mohd Firdaus bin Hamzah]] (IC [[ID_NUMBER:970228-13-5541]]) attended the food-handling course on [[DATE_TIME:9 March 2024]] required for his new job at a hospital canteen in [[LOCATION:Kuching]].""",
    """Reminder from Fitness Plus: [[PERSON:Jun]], your PT session with coach [[PERSON:Darren]] is on [[DATE_TIME:Sat 25 May, 8:00am]]; reply C to cancel.""",
    """[[PERSON:Anjali]] wanted me to tell you that her Florida license renewal went through and that the new number is [[US_DRIVER_LICENSE:S530-472-88-412-0]]; she lives at [[ADDRESS:1402 Ocean Drive, Apt 7]], [[LOCATION:Miami Beach]], [[LOCATION:FL]] [[ZIP_CODE:33139]].""",
    """The student, [[PERSON:Matteo Rossi-Chan]], was born in [[LOCATION:Taipei]] on [[DATE_TIME:15/08/2007]] and holds an [[NRP:Italian]] passport, [[ID_NUMBER:YB4418203]]; his homestay is with the [[PERSON:Sandhu]] family in [[LOCATION:Surrey]], [[LOCATION:BC]].""",
    """Can you check the gas reading for [[PERSON:Mrs. Jaswinder Gill]] at [[ADDRESS:77 Soho Road]], [[LOCATION:Handsworth]], [[ZIP_CODE:B21 9SN]]? She says it's been estimated since last [[DATE_TIME:November]].""",
    """The volunteer coordinator, [[PERSON:Mark Ellison]], needs a WWCC for every new reader at the library; [[PERSON:Ayesha]]'s is [[ID_NUMBER:WWC1840273E]] and expires next year.""",
    """hi i'm [[PERSON:kai]], [[AGE:14]], from [[LOCATION:Petaling Jaya]], my minecraft username is [[USERNAME:kaithebuilder_my]] and someone stole my realm""",
    """A spokesperson said local councillor [[PERSON:Aileen Grady]] would meet residents of [[ADDRESS:Gorsebrook House]] on [[DATE_TIME:Thursday 11 July]] to discuss the cladding works.""",
    """Please confirm to [[PERSON:Mr Sim Kok Leong]] that his MediShield claim for the surgery on [[DATE_TIME:22.01.2024]] has been paid into his account [[ID_NUMBER:687-153209-4]], and post the letter to [[ADDRESS:8 Jalan Bingka]], [[LOCATION:Singapore]] [[ZIP_CODE:679844]].""",
    """Delivery note: leave with concierge. Recipient [[PERSON:Olumide Bakare]], [[ADDRESS:Apt 2304, 50 Lombard Street]], [[LOCATION:Toronto]] [[ZIP_CODE:M5C 2X4]], [[PHONE_NUMBER:647-991-3054]].""",
    """When the storm hit [[LOCATION:Townsville]], [[PERSON:Kirra Anderson]] and her two kids moved in with her brother [[PERSON:Lachlan]] at [[ADDRESS:22 Ross River Road]] until the insurer, claim ref H-5518204, sorted the roof.""",
    """The game's support team replied to [[EMAIL_ADDRESS:chanwaikit1999@gmail.com]] asking [[PERSON:Chan Wai-kit]] for the last four digits of his card and the date he first paid, [[DATE_TIME:17 August 2021]].""",
    """[[PERSON:Arash Karimi]], an [[NRP:Iranian]]-born [[NRP:Baha'i]] who arrived in [[LOCATION:Adelaide]] in [[DATE_TIME:May 2014]], told the hearing his protection visa application was lodged under the name [[PERSON:Arash Karimizadeh]].""",
    """My Octopus card was charged twice at the Yau Tong market; my name is [[PERSON:Lily So]] and the card is registered to my HKID, [[ID_NUMBER:D338176(6)]].""",
    """Dear Sir/Madam, I am writing to request a copy of my dental records. Name: [[PERSON:Conor Gallagher]]. Date of birth: [[DATE_TIME:4 January 1990]]. Previous address: [[ADDRESS:Flat 1, 23 Botanic Avenue]], [[LOCATION:Belfast]] [[ZIP_CODE:BT7 1JG]].""",
    """The Legal Aid officer told [[PERSON:Noor Azlina]] that her hearing at the Shah Alam Syariah Court is on [[DATE_TIME:3 September]], and that she should bring her husband's IC copy and her own, [[ID_NUMBER:850719-10-6334]].""",
]

GEN_YUE = [
    """[[PERSON:阿雯]]話佢[[DATE_TIME:6月15號]]要返[[LOCATION:將軍澳]]醫院覆診，叫我幫佢改個聯絡電話做[[PHONE_NUMBER:6712 4590]]，佢舊嗰個[[PHONE_NUMBER:9318 2207]]已經冇用喇。""",
    """我阿媽[[PERSON:李玉珍]]今年[[AGE:72]]歲，[[DATE_TIME:上個月28號]]喺[[LOCATION:荃灣]]行街嗰陣跌親，醫院嗰邊話要佢身份證[[ID_NUMBER:Z415208(6)]]同埋醫療券戶口先可以幫佢申請資助。""",
    """[[PERSON:麥詠詩]]（Yale: [[PERSON:Mahk Wihng-sī]]）喺[[DATE_TIME:2022年9月]]開始喺[[LOCATION:旺角]]教補習，家長有咩問題可以電郵去[[EMAIL_ADDRESS:wingsze.mak.tutor@gmail.com]]，唔好打去中心。""",
    """我哋屋企姐姐[[PERSON:Yanti]]每個月都會用銀行App匯錢返[[LOCATION:東爪哇]]俾佢阿媽，佢話今次個戶口[[ID_NUMBER:0912-01-004471-50-3]]係佢細佬[[PERSON:Agus]]開嘅。""",
]
GEN_NAN = [
    """[[PERSON:阿珠仔]]講伊[[DATE_TIME:舊曆八月初三]]欲轉來[[LOCATION:鹿港]]拜拜，叫阮去車頭接伊，伊的手機仔是[[PHONE_NUMBER:0919-203-558]]。""",
    """[[PERSON:Ông Bûn-tek]] kin-nî [[AGE:72]] hòe, tī [[LOCATION:Ko-hiông]] La̍k-ha̍p ià-chhī bē hî-oân-thng í-keng sì-cha̍p nî, i ê chhù tī [[ADDRESS:Kong-hôa-lō͘ 118 hō]].""",
    """Lí-hó, guá sī [[PERSON:Khóo Siok-hui]], guá ê tshù-thâu-ke [[PERSON:Lâu]] [[TITLE:sian-sinn]] kóng [[DATE_TIME:5 gue̍h 1 ji̍t]] khí tshù-sè ài khí kàu 9,000 khoo; guá ê tiān-uē sī [[PHONE_NUMBER:0972-416-830]].""",
    """阮阿爸[[PERSON:許天助]]的健保卡號碼是[[ID_NUMBER:0000 4718 2290]]，伊[[DATE_TIME:3月18]]愛去[[LOCATION:嘉義]]的病院開刀，恁若欲敲電話就敲阮小妹[[PERSON:許淑貞]]，[[PHONE_NUMBER:0928-611-475]]。""",
]

TABLE_EN = [
    """unit,tenant,hkid,mobile,move_in,rent_hkd,status
12A,[[PERSON:Chung Hiu-tung]],[[ID_NUMBER:A330187(A)]],[[PHONE_NUMBER:9047 3318]],[[DATE_TIME:2022-06-01]],18500,current
12B,[[PERSON:Ramesh Thapa]],[[ID_NUMBER:K518462(2)]],[[PHONE_NUMBER:6338 0914]],[[DATE_TIME:2023-01-15]],17800,current
14C,[[PERSON:Yip Wai-man]],[[ID_NUMBER:E604935(8)]],[[PHONE_NUMBER:5128 7740]],[[DATE_TIME:2019-11-01]],19200,notice given
15A,vacant,,,,20000,viewing""",
    """"Tenant";"Property";"Postcode";"Phone";"Deposit scheme ref";"Start date"
"[[PERSON:Ellie Partridge]]";"[[ADDRESS:Flat 2, 31 Cowley Road]], [[LOCATION:Oxford]]";"[[ZIP_CODE:OX4 1HP]]";"[[PHONE_NUMBER:07826 441 093]]";"DPS-2209-4471";"[[DATE_TIME:01/09/2023]]"
"[[PERSON:Tunde Ogunleye]]";"[[ADDRESS:44 Magdalen Road]], [[LOCATION:Oxford]]";"[[ZIP_CODE:OX4 1RB]]";"[[PHONE_NUMBER:07415 902 366]]";"DPS-2209-4498";"[[DATE_TIME:15/09/2023]]"
"[[PERSON:Marta Wiśniewska]]";"[[ADDRESS:Flat 5, 7 Iffley Road]], [[LOCATION:Oxford]]";"[[ZIP_CODE:OX4 1EA]]";"[[PHONE_NUMBER:07990 118 452]]";"DPS-2210-0032";"[[DATE_TIME:01/10/2023]]\"""",
    """worker_name\tFIN\tnationality\temployer\temployer_NRIC\tstart_date\tmonthly_salary
[[PERSON:Ni Made Sukerti]]\t[[ID_NUMBER:G8612375X]]\t[[NRP:Indonesian]]\t[[PERSON:Koh Beng Hwee]]\t[[ID_NUMBER:S8204516C]]\t[[DATE_TIME:03/04/2023]]\t650
[[PERSON:Arlene Mae Cabrera]]\t[[ID_NUMBER:F2284063X]]\t[[NRP:Filipino]]\t[[PERSON:Shanti Ramasamy]]\t[[ID_NUMBER:S7026449H]]\t[[DATE_TIME:12/11/2021]]\t720
[[PERSON:Thin Thin Aye]]\t[[ID_NUMBER:G7316642Q]]\t[[NRP:Myanmar]]\t[[PERSON:Lee Siu Wah]]\t[[ID_NUMBER:S6408751G]]\t[[DATE_TIME:20/06/2022]]\t600""",
    """| Stall | Vendor | ID No. | Mobile | Goods | Fee (NT$) |
|---|---|---|---|---|---|
| A-03 | [[PERSON:Lai Chien-hung]] | [[ID_NUMBER:A128410390]] | [[PHONE_NUMBER:0910-337-482]] | pepper buns | 12,000 |
| A-04 | [[PERSON:Chou Mei-hua]] | [[ID_NUMBER:A226735181]] | [[PHONE_NUMBER:0955-208-116]] | bubble tea | 12,000 |
| B-11 | [[PERSON:Tsai Kun-lin]] | [[ID_NUMBER:F120943762]] | [[PHONE_NUMBER:0987-430-521]] | grilled squid | 9,500 |
| B-12 | [[PERSON:Hsu Pei-shan]] | [[ID_NUMBER:F225184407]] | [[PHONE_NUMBER:0926-771-034]] | stinky tofu | 9,500 |""",
    """ txn_id |       sender        |    sender_ic     |    receiver     | country     | amount_myr
--------+---------------------+------------------+-----------------+-------------+-----------
  88210 | [[PERSON:Mohammad Rubel]]      | [[ID_NUMBER:BW0728841]]        | [[PERSON:Shahnaz Begum]]   | [[LOCATION:Bangladesh]]  |    1200.00
  88211 | [[PERSON:Yam Bahadur Gurung]]  | [[ID_NUMBER:PA1098273]]        | [[PERSON:Sita Gurung]]     | [[LOCATION:Nepal]]       |     950.00
  88212 | [[PERSON:Agus Setiawan]]       | [[ID_NUMBER:C5930128]]         | [[PERSON:Sri Mulyani]]     | [[LOCATION:Indonesia]]   |    2000.00
(3 rows)""",
    """PATIENT               DOB         MEDICARE        PHONE          WARD
[[PERSON:Beverley Tran]]         [[DATE_TIME:14/02/1958]]  [[ID_NUMBER:2275 04192 1]]    [[PHONE_NUMBER:0418 220 731]]   4B
[[PERSON:Nathaniel Wood]]        [[DATE_TIME:03/10/1972]]  [[ID_NUMBER:3816 40279 2]]    [[PHONE_NUMBER:0402 915 668]]   ICU
[[PERSON:Maryam Haidari]]        [[DATE_TIME:29/07/1990]]  [[ID_NUMBER:4501 93626 1]]    [[PHONE_NUMBER:0433 107 254]]   5A""",
    """{"member_id": "[[ID_NUMBER:GL-77120]]", "name": "[[PERSON:Chantal Bergeron]]", "email": "[[EMAIL_ADDRESS:chantal.bergeron@videotron.ca]]", "plan": "annual", "joined": "[[DATE_TIME:2023-01-09]]", "club": "Plateau"}
{"member_id": "[[ID_NUMBER:GL-77121]]", "name": "[[PERSON:Yusuf Demir]]", "email": "[[EMAIL_ADDRESS:ydemir88@gmail.com]]", "plan": "monthly", "joined": "[[DATE_TIME:2023-01-11]]", "club": "Plateau"}
{"member_id": "[[ID_NUMBER:GL-77122]]", "name": "[[PERSON:Geneviève Tremblay]]", "email": "[[EMAIL_ADDRESS:gen.tremblay@hotmail.ca]]", "plan": "student", "joined": "[[DATE_TIME:2023-01-14]]", "club": "Verdun"}""",
    """- student: [[PERSON:Aiden Morales]]
  grade: 4
  guardian: [[PERSON:Lucia Morales]]
  phone: "[[PHONE_NUMBER:(915) 873-2046]]"
  allergies: peanuts
- student: [[PERSON:Zara Whitfield]]
  grade: 4
  guardian: [[PERSON:Keith Whitfield]]
  phone: "[[PHONE_NUMBER:(915) 590-1183]]"
  allergies: none
- student: [[PERSON:Emmanuel Okoye]]
  grade: 5
  guardian: [[PERSON:Ngozi Okoye]]
  phone: "[[PHONE_NUMBER:(915) 241-7769]]"
  allergies: latex""",
    """Customer name: [[PERSON:Leung Sze-wan]]
HKID: [[ID_NUMBER:H275190(0)]]
Date of birth: [[DATE_TIME:22-06-1986]]
Nationality: [[NRP:Chinese]]
Residential address: [[ADDRESS:Flat 8, 19/F, Block B, Lei King Wan, 45 Tai Hong Street]], [[LOCATION:Sai Wan Ho]]
Occupation: Accountant
Account no.: [[ID_NUMBER:388-214057-838]]
Risk rating: Low""",
    """name,age,sex,suburb,state,visit_date,reason
[[PERSON:Harold Finch]],[[AGE:81]],M,[[LOCATION:Toowong]],[[LOCATION:QLD]],[[DATE_TIME:2024-05-02]],falls review
[[PERSON:Lorraine Bishop]],[[AGE:77]],F,[[LOCATION:Indooroopilly]],[[LOCATION:QLD]],[[DATE_TIME:2024-05-02]],wound dressing
[[PERSON:Tevita Fifita]],[[AGE:69]],M,[[LOCATION:Inala]],[[LOCATION:QLD]],[[DATE_TIME:2024-05-03]],diabetes check""",
    """order_no	customer	postcode	phone	item	qty
SO-55102	[[PERSON:Priyanka Bose]]	[[ZIP_CODE:E14 9SH]]	[[PHONE_NUMBER:07700 321 884]]	oak bookcase	1
SO-55103	[[PERSON:Connor Doyle]]	[[ZIP_CODE:SW11 3JN]]	[[PHONE_NUMBER:07312 660 147]]	bed frame (king)	1
SO-55104	[[PERSON:Amara Nwosu]]	[[ZIP_CODE:N16 8RT]]	[[PHONE_NUMBER:07588 092 413]]	desk lamp	3""",
    """+----+----------------+--------------------------+-------------+------------+
| id | guest          | email                    | nationality | check_in   |
+----+----------------+--------------------------+-------------+------------+
|  1 | [[PERSON:Liam Carter]]    | [[EMAIL_ADDRESS:liam.carter@gmail.com]]    | [[NRP:Australian]]  | [[DATE_TIME:2024-07-12]] |
|  2 | [[PERSON:Akiko Sato]]     | [[EMAIL_ADDRESS:akiko.sato@docomo.ne.jp]]  | [[NRP:Japanese]]    | [[DATE_TIME:2024-07-12]] |
|  3 | [[PERSON:Ruben Alvarez]]  | [[EMAIL_ADDRESS:ralvarez@yahoo.com]]       | [[NRP:Mexican]]     | [[DATE_TIME:2024-07-13]] |
+----+----------------+--------------------------+-------------+------------+""",
    """"employee_id","name","dept","start","sin","province"
"[[ID_NUMBER:10442]]","[[PERSON:Marie-Claude Gagnon]]","Payroll","[[DATE_TIME:2018-04-03]]","[[ID_NUMBER:273 184 606]]","[[LOCATION:QC]]"
"[[ID_NUMBER:10519]]","[[PERSON:Devon Singh]]","IT","[[DATE_TIME:2020-09-14]]","[[ID_NUMBER:510 943 228]]","[[LOCATION:ON]]"
"[[ID_NUMBER:10588]]","[[PERSON:Kathleen MacNeil]]","Sales","[[DATE_TIME:2021-02-01]]","[[ID_NUMBER:647 201 854]]","[[LOCATION:NS]]\"""",
]

TABLE_EN += [
    """Rx#     Patient              DOB          Drug                    Prescriber
884102  [[PERSON:Gloria Estrada]]       [[DATE_TIME:1949-08-12]]   atorvastatin 40mg       [[PERSON:Dr. Kim]]
884103  [[PERSON:Raymond Tsui]]         [[DATE_TIME:1966-01-30]]   amlodipine 5mg          [[PERSON:Dr. Kim]]
884107  [[PERSON:Precious Mokoena]]     [[DATE_TIME:1993-11-04]]   sertraline 50mg         [[PERSON:Dr. Haddad]]""",
    """| Owner | Phone | Pet | Species | Weight (kg) |
|:--|:--|:--|:--|:--|
| [[PERSON:Shauna McKenzie]] | [[PHONE_NUMBER:0131 496 0712]] | Barney | dog | 31.2 |
| [[PERSON:Arjun Bhatt]] | [[PHONE_NUMBER:07955 316 204]] | Kiwi | budgie | 0.04 |
| [[PERSON:Lindsay Crawford]] | [[PHONE_NUMBER:07711 480 955]] | Mittens | cat | 4.6 |""",
    """msisdn,account_holder,id_type,id_number,plan,activated
[[PHONE_NUMBER:+6591234870]],[[PERSON:Farhan Bin Ismail]],NRIC,[[ID_NUMBER:S9517342Z]],5G 100GB,[[DATE_TIME:2024-02-11]]
[[PHONE_NUMBER:+6588120447]],[[PERSON:Chloe Tan Yi Xuan]],NRIC,[[ID_NUMBER:T0320987Z]],5G 50GB,[[DATE_TIME:2024-02-11]]
[[PHONE_NUMBER:+6597750213]],[[PERSON:Rizwan Qureshi]],FIN,[[ID_NUMBER:G9035716L]],SIM only,[[DATE_TIME:2024-02-12]]""",
    """player_id  handle              real_name            country   last_login
9911042    [[USERNAME:sn1perwolf]]          [[PERSON:Jake Lindqvist]]       [[LOCATION:Canada]]    [[DATE_TIME:2024-06-01 21:14]]
9911057    [[USERNAME:mochi_mochi_tw]]      [[PERSON:Chiang Yu-hsuan]]      [[LOCATION:Taiwan]]    [[DATE_TIME:2024-06-02 03:40]]
9911063    [[USERNAME:gr4ndmaSlayer]]       [[PERSON:Beatrice Holloway]]    [[LOCATION:UK]]        [[DATE_TIME:2024-05-30 18:02]]""",
    """{"parcel": "JNTMY0018837420", "recipient": "[[PERSON:Nur Syafiqah]]", "phone": "[[PHONE_NUMBER:011-1093 6628]]", "address": "[[ADDRESS:No. 7, Jalan Mawar 2, Taman Mawar]]", "postcode": "[[ZIP_CODE:81750]]", "city": "[[LOCATION:Masai]]", "state": "[[LOCATION:Johor]]", "cod_rm": 0}
{"parcel": "JNTMY0018837421", "recipient": "[[PERSON:Vinod Raj]]", "phone": "[[PHONE_NUMBER:016-447 2901]]", "address": "[[ADDRESS:B-3-12, Pangsapuri Seri Jati]]", "postcode": "[[ZIP_CODE:43300]]", "city": "[[LOCATION:Seri Kembangan]]", "state": "[[LOCATION:Selangor]]", "cod_rm": 89.9}
{"parcel": "JNTMY0018837422", "recipient": "[[PERSON:Ling Hui Qi]]", "phone": "[[PHONE_NUMBER:012-783 0415]]", "address": "[[ADDRESS:23, Lorong Pasir Puteh 5]]", "postcode": "[[ZIP_CODE:31650]]", "city": "[[LOCATION:Ipoh]]", "state": "[[LOCATION:Perak]]", "cod_rm": 0}""",
    """Policyholder:   [[PERSON:Gurpreet Kaur Dhillon]]
Date of birth:  [[DATE_TIME:7 March 1979]]
Address:        [[ADDRESS:5 Wattlebird Court]], [[LOCATION:Tarneit]] [[LOCATION:VIC]] [[ZIP_CODE:3029]]
Phone:          [[PHONE_NUMBER:0423 661 508]]
Policy:         HOME-CONTENTS-4471809
Excess:         $500
Vehicle rego:   [[ID_NUMBER:1XY 4PQ]]""",
    """donor,email,amount_gbp,gift_aid,postcode,date
[[PERSON:Rosemary Pike]],[[EMAIL_ADDRESS:rosemary.pike@talktalk.net]],50,Y,[[ZIP_CODE:BA1 5HJ]],[[DATE_TIME:02/04/2024]]
[[PERSON:Abdul Qadir]],[[EMAIL_ADDRESS:aqadir1971@gmail.com]],20,N,[[ZIP_CODE:BD8 7QE]],[[DATE_TIME:03/04/2024]]
[[PERSON:Fiona Lennox]],[[EMAIL_ADDRESS:fionalennox@me.com]],250,Y,[[ZIP_CODE:G12 8QQ]],[[DATE_TIME:05/04/2024]]
Anonymous,,10,N,,""",
    """Traveller | Passport | Nationality | Flight | Seat | DOB
[[PERSON:Ong Kah Wai]] | [[ID_NUMBER:A56839021]] | [[NRP:Malaysian]] | MH 2604 | 14A | [[DATE_TIME:11/05/1982]]
[[PERSON:Siti Aminah Ong]] | [[ID_NUMBER:A56839144]] | [[NRP:Malaysian]] | MH 2604 | 14B | [[DATE_TIME:02/12/1984]]
[[PERSON:Ong Jia Le]] | [[ID_NUMBER:A60112873]] | [[NRP:Malaysian]] | MH 2604 | 14C | [[DATE_TIME:30/08/2015]]""",
]

TABLE_EN += [
    """Helper,HKID,Passport,Employer,District,Contract start,Contract end
[[PERSON:Lorna Dizon]],[[ID_NUMBER:W215807(0)]],[[ID_NUMBER:P5530921A]],[[PERSON:Mrs. Tam Yuk-ying]],[[LOCATION:Sha Tin]],[[DATE_TIME:01/03/2023]],[[DATE_TIME:28/02/2025]]
[[PERSON:Ernawati]],[[ID_NUMBER:W663049(1)]],[[ID_NUMBER:C3301847]],[[PERSON:Mr. Ko Chun-wah]],[[LOCATION:Tuen Mun]],[[DATE_TIME:15/07/2022]],[[DATE_TIME:14/07/2024]]
[[PERSON:Gina Bacani]],[[ID_NUMBER:W480921(4)]],[[ID_NUMBER:P2209715B]],[[PERSON:Dr. Ma Kwok-leung]],[[LOCATION:Kowloon Tong]],[[DATE_TIME:20/11/2023]],[[DATE_TIME:19/11/2025]]""",
    """| Centre | Stall | Stallholder | NRIC | Cuisine | Tenancy from |
|--------|-------|-------------|------|---------|--------------|
| Old Airport Road | #01-12 | [[PERSON:Lim Ah Huat]] | [[ID_NUMBER:S5830214G]] | wanton mee | [[DATE_TIME:1 Jan 2019]] |
| Old Airport Road | #01-34 | [[PERSON:Zainab binte Hassan]] | [[ID_NUMBER:S7714098J]] | nasi padang | [[DATE_TIME:1 Apr 2021]] |
| Tiong Bahru | #02-07 | [[PERSON:Chua Soo Kheng]] | [[ID_NUMBER:S6252801Z]] | chwee kueh | [[DATE_TIME:1 Jul 2016]] |""",
    """SSN          NAME                 DOB         STATE  ZIP
[[US_SSN:604-17-3382]]  [[PERSON:Marisol Gutierrez]]    [[DATE_TIME:05/19/1991]]  [[LOCATION:TX]]     [[ZIP_CODE:78704]]
[[US_SSN:221-90-4457]]  [[PERSON:Wendell Price]]        [[DATE_TIME:11/02/1964]]  [[LOCATION:DE]]     [[ZIP_CODE:19801]]
[[US_SSN:455-38-1106]]  [[PERSON:Hoang Minh Chau]]      [[DATE_TIME:08/27/1988]]  [[LOCATION:TX]]     [[ZIP_CODE:77036]]""",
    """ref: HR-LEAVE-2024-Q2
employee: [[PERSON:Natasha Fernando]]
staff_no: [[ID_NUMBER:40921]]
manager: [[PERSON:Greg Tomlinson]]
leave:
  - from: [[DATE_TIME:2024-04-22]]
    to: [[DATE_TIME:2024-04-26]]
    type: annual
  - from: [[DATE_TIME:2024-06-10]]
    to: [[DATE_TIME:2024-06-10]]
    type: sick
approved: true""",
    """"Account holder","Sort code","Account no.","IBAN","Branch"
"[[PERSON:Derek Fairclough]]","60-09-24","[[ID_NUMBER:37185042]]","[[IBAN_CODE:GB66NWBK60092437185042]]","Bolton"
"[[PERSON:Asha Patel]]","30-12-77","[[ID_NUMBER:58893016]]","[[IBAN_CODE:GB72LOYD30127758893016]]","Leicester"
"[[PERSON:Hywel Jenkins]]","20-98-31","[[ID_NUMBER:51447026]]","[[IBAN_CODE:GB79BARC20983151447026]]","Swansea\"""",
    """id	name	email	ip	signup
3301	[[PERSON:Trinh Bao Ngoc]]	[[EMAIL_ADDRESS:baongoc.trinh@gmail.com]]	[[IP_ADDRESS:14.161.22.198]]	[[DATE_TIME:2024-03-02]]
3302	[[PERSON:Jasper Whitcombe]]	[[EMAIL_ADDRESS:jasper.w@fastmail.com]]	[[IP_ADDRESS:81.2.69.142]]	[[DATE_TIME:2024-03-02]]
3303	[[PERSON:Nandini Rao]]	[[EMAIL_ADDRESS:nandini.rao@outlook.in]]	[[IP_ADDRESS:2405:201:c01f:8a2e::17]]	[[DATE_TIME:2024-03-03]]""",
    """{"ticket": "CS-10944", "caller": "[[PERSON:Wong Siu-kei]]", "callback": "[[PHONE_NUMBER:+852 6390 2271]]", "topic": "broadband outage", "address": "[[ADDRESS:Flat G, 27/F, Block 1, Tierra Verde, 33 Tsing King Road]]", "district": "[[LOCATION:Tsing Yi]]"}
{"ticket": "CS-10945", "caller": "[[PERSON:Fatima Baig]]", "callback": "[[PHONE_NUMBER:+852 9412 0837]]", "topic": "billing", "address": "[[ADDRESS:Flat 3C, 9 Cheung Hong Street]]", "district": "[[LOCATION:Tsing Yi]]"}""",
    """Resident            Unit       Car plate    Parking       Phone
[[PERSON:Goh Chee Keong]]      [[ADDRESS:B-18-05]]    [[ID_NUMBER:WXD 8812]]     P2-114        [[PHONE_NUMBER:012-651 3390]]
[[PERSON:Anitha Suppiah]]      [[ADDRESS:B-18-06]]    [[ID_NUMBER:BNF 4473]]     P2-115        [[PHONE_NUMBER:017-208 8841]]
[[PERSON:Wan Ahmad Zaki]]      [[ADDRESS:C-09-01]]    [[ID_NUMBER:VCA 209]]      P3-031        [[PHONE_NUMBER:019-330 2276]]""",
    """Name: [[PERSON:Florence Nakamura-Reid]]
Member #: [[ID_NUMBER:CLB-00218]]
Email: [[EMAIL_ADDRESS:flo.nakamurareid@gmail.com]]
Instagram: @[[USERNAME:flo.reads.books]]
Joined: [[DATE_TIME:March 2022]]
Favourite genre: crime
Books borrowed: 41""",
    """patient_no;surname;forename;dob;gp_practice;nhs_no
[[ID_NUMBER:RX1-448210]];[[PERSON:Okafor]];[[PERSON:Ifeanyi]];[[DATE_TIME:1979-03-15]];Bridge Street Surgery;[[ID_NUMBER:4508731929]]
[[ID_NUMBER:RX1-448211]];[[PERSON:Pritchard]];[[PERSON:Eleri]];[[DATE_TIME:1955-10-02]];Bridge Street Surgery;[[ID_NUMBER:6129043783]]
[[ID_NUMBER:RX1-448219]];[[PERSON:Zhang]];[[PERSON:Wei]];[[DATE_TIME:2001-07-28]];Elm Tree Practice;[[ID_NUMBER:3884152068]]""",
    """| # | Cardholder | Card | Exp | Amount | Merchant |
|---|------------|------|-----|--------|----------|
| 1 | [[PERSON:Jonah Feldman]] | [[CREDIT_CARD:4111 1190 2764 5833]] | 08/27 | 42.10 | Blue Bottle |
| 2 | [[PERSON:Alicia Ventura]] | [[CREDIT_CARD:5326 0811 4920 3768]] | 01/26 | 118.00 | REI |
| 3 | [[PERSON:Terrence Obi]] | [[CREDIT_CARD:3714 882019 36257]] | 11/25 | 9.75 | Safeway |""",
    """applicant_name,nric,dob,flat_type,town,household_income
[[PERSON:Kelvin Tan Wei Ming]],[[ID_NUMBER:S9912648E]],[[DATE_TIME:1999-12-03]],4-room,[[LOCATION:Tengah]],7800
[[PERSON:Nurul Huda binte Jamal]],[[ID_NUMBER:S8013294H]],[[DATE_TIME:1980-06-21]],3-room,[[LOCATION:Woodlands]],5200
[[PERSON:Arjun s/o Ravi]],[[ID_NUMBER:S8836105I]],[[DATE_TIME:1988-02-09]],5-room,[[LOCATION:Punggol]],11400""",
    """Visitor log — Ward 7
Time   Visitor               Patient             Relation
14:05  [[PERSON:Paul Desrosiers]]       [[PERSON:Yvette Desrosiers]]   husband
14:20  [[PERSON:Amelie Chartrand]]      [[PERSON:Yvette Desrosiers]]   daughter
15:10  [[PERSON:Raj Malhotra]]          [[PERSON:Sunil Malhotra]]      son""",
]

TABLE_EN += [
    """student_id,first,last,grade,homeroom,parent_email
[[ID_NUMBER:S2031884]],[[PERSON:Mateo]],[[PERSON:Reyes]],7,7B,[[EMAIL_ADDRESS:carla.reyes@comcast.net]]
[[ID_NUMBER:S2031907]],[[PERSON:Harper]],[[PERSON:Lindgren]],7,7B,[[EMAIL_ADDRESS:lindgren.family@gmail.com]]
[[ID_NUMBER:S2032015]],[[PERSON:Jamal]],[[PERSON:Wright]],8,8A,[[EMAIL_ADDRESS:twright.jamalsdad@yahoo.com]]""",
    """Class: Saturday 7am HIIT (Bondi)
Booked                 Mobile          Member no.
[[PERSON:Tahlia Brooks]]          [[PHONE_NUMBER:0414 902 338]]    [[ID_NUMBER:BJ-40918]]
[[PERSON:Marco Ferrante]]         [[PHONE_NUMBER:0437 285 110]]    [[ID_NUMBER:BJ-41022]]
[[PERSON:Sienna O'Loughlin]]      [[PHONE_NUMBER:0422 716 094]]    [[ID_NUMBER:BJ-39877]]
Waitlist: [[PERSON:Jack Nguyen]]""",
    """| username | display_name | email | role | mfa | last_login |
|---|---|---|---|---|---|
| [[USERNAME:dbouchard]] | [[PERSON:Danielle Bouchard]] | [[EMAIL_ADDRESS:danielle.bouchard@northwind-logistics.ca]] | admin | yes | [[DATE_TIME:2024-06-03 08:12]] |
| [[USERNAME:kpatel2]] | [[PERSON:Karan Patel]] | [[EMAIL_ADDRESS:karan.patel@northwind-logistics.ca]] | analyst | yes | [[DATE_TIME:2024-06-02 17:55]] |
| [[USERNAME:svc_backup]] | backup service | it-ops@northwind-logistics.ca | service | n/a | 2024-06-03 02:00 |""",
    """claim_no	claimant	hkid	incident_date	hospital	amount_hkd
CL-24-0913	[[PERSON:Cheng Ka-lok]]	[[ID_NUMBER:C730415(1)]]	[[DATE_TIME:2024-03-11]]	Queen Elizabeth	12480
CL-24-0921	[[PERSON:Au Yeung Pui-shan]]	[[ID_NUMBER:A619280(A)]]	[[DATE_TIME:2024-03-14]]	Union Hospital	38900
CL-24-0930	[[PERSON:Mohammed Ilyas]]	[[ID_NUMBER:Y250713(5)]]	[[DATE_TIME:2024-03-20]]	Caritas Medical Centre	6200""",
    """Payer                Payer ID      Bank acct              Purpose          Transfer date
[[PERSON:Chen Kuan-yu]]         [[ID_NUMBER:A122883906]]    [[ID_NUMBER:812-10-0047731-9]]       school fees G3  [[DATE_TIME:2024/03/05]]
[[PERSON:Lu Hsiao-wen]]         [[ID_NUMBER:A220491751]]    [[ID_NUMBER:812-10-0051264-2]]       school fees G5  [[DATE_TIME:2024/03/06]]
[[PERSON:Kao Chih-ming]]        [[ID_NUMBER:H123018473]]    [[ID_NUMBER:700-0001-0228164]]       school fees G1  [[DATE_TIME:2024/03/07]]""",
    """return_id,customer,email,order_id,reason,refund_to
RMA-7710,[[PERSON:Brittany Kowalczyk]],[[EMAIL_ADDRESS:bkowalczyk@icloud.com]],112-4471902-3318,wrong size,original card
RMA-7711,[[PERSON:Desmond Achebe]],[[EMAIL_ADDRESS:desmond.achebe@gmail.com]],112-8820157-0042,damaged,store credit
RMA-7712,[[PERSON:Lupita Ochoa]],[[EMAIL_ADDRESS:lupita.ochoa77@hotmail.com]],112-3315004-9917,changed mind,original card""",
    """- report_id: MOD-5581
  reported_user: [[USERNAME:sg_makan_kaki]]
  reporter: [[USERNAME:xin.yi.bakes]]
  reason: doxxing
  excerpt: "her name is [[PERSON:Tay Xin Yi]], stays at [[ADDRESS:Blk 405 Hougang Ave 10 #07-22]]"
- report_id: MOD-5582
  reported_user: [[USERNAME:cheapdeals_sg88]]
  reporter: [[USERNAME:marcus.lkh]]
  reason: scam
  excerpt: "pay to PayNow [[PHONE_NUMBER:8392 1145]] first then I send\"""",
    """Rider         Rider ID     HKID          Vehicle     Zone
[[PERSON:Chow Tsz-hin]]  [[ID_NUMBER:FP-HK-88102]]  [[ID_NUMBER:K408152(8)]]    motorbike   [[LOCATION:Wan Chai]]
[[PERSON:Imran Khan]]    [[ID_NUMBER:FP-HK-88117]]  [[ID_NUMBER:E913066(0)]]    bicycle     [[LOCATION:Mong Kok]]
[[PERSON:Lam Hoi-yan]]   [[ID_NUMBER:FP-HK-88140]]  [[ID_NUMBER:H118527(8)]]    on foot     [[LOCATION:Central]]""",
    """Court list — Manchester Civil Justice Centre — [[DATE_TIME:Thursday 13 June 2024]]
Court 3, 10:00  Possession claim: Northern Homes Ltd v [[PERSON:Lee Dawson]]  (K00MA412)
Court 3, 10:30  Possession claim: [[PERSON:Anwar Hussain]] v [[PERSON:Kirsty Malone]]  (K00MA437)
Court 5, 14:00  Small claim: [[PERSON:Beata Nowak]] v Speedy Couriers UK Ltd  (K00MA459)""",
    """customer_ref,name,crn,payment,start,postcode
C-77201,[[PERSON:Shane Mitchell]],[[ID_NUMBER:204 118 735K]],JobSeeker,[[DATE_TIME:14/03/2024]],[[ZIP_CODE:4870]]
C-77202,[[PERSON:Latoya Harris]],[[ID_NUMBER:319 604 228A]],Parenting Payment,[[DATE_TIME:02/02/2023]],[[ZIP_CODE:2770]]
C-77203,[[PERSON:Duc Anh Le]],[[ID_NUMBER:117 940 552H]],Age Pension,[[DATE_TIME:20/09/2021]],[[ZIP_CODE:3021]]""",
    """No | Patient | IC no. | Medicine | Collected
1 | [[PERSON:Rosnah binti Said]] | [[ID_NUMBER:610923-03-5180]] | Metformin 850mg | [[DATE_TIME:02/05/2024]]
2 | [[PERSON:Lee Kok Wah]] | [[ID_NUMBER:580411-07-5633]] | Amlodipine 10mg | [[DATE_TIME:02/05/2024]]
3 | [[PERSON:Parvathy a/p Krishnan]] | [[ID_NUMBER:690130-08-6074]] | Insulin glargine | [[DATE_TIME:03/05/2024]]""",
    """{"booking": "TPE-HTL-55102", "guest": "[[PERSON:Olivia Harrington]]", "passport": "[[ID_NUMBER:PA4418872]]", "nationality": "[[NRP:Australian]]", "arrive": "[[DATE_TIME:2024-10-08]]", "nights": 4, "room": "Deluxe Twin"}
{"booking": "TPE-HTL-55103", "guest": "[[PERSON:Kim Ji-hoon]]", "passport": "[[ID_NUMBER:M70428815]]", "nationality": "[[NRP:Korean]]", "arrive": "[[DATE_TIME:2024-10-09]]", "nights": 2, "room": "Superior King"}""",
    """Student no. | Name (Eng) | Name (Chi) | Programme | Hall | Mobile
[[ID_NUMBER:3035771204]] | [[PERSON:Ng Cheuk-yin]] | [[PERSON:吳卓賢]] | BEng CivE | [[ADDRESS:Lee Shau Kee Hall]] | [[PHONE_NUMBER:5127 9934]]
[[ID_NUMBER:3035802617]] | [[PERSON:Kwan Hoi-ching]] | [[PERSON:關凱晴]] | BA | [[ADDRESS:St John's College]] | [[PHONE_NUMBER:6420 1876]]
[[ID_NUMBER:3035819940]] | [[PERSON:Poon Ming-hei]] | [[PERSON:潘銘熙]] | BBA(Law) | [[ADDRESS:Simon K.Y. Lee Hall]] | [[PHONE_NUMBER:9871 0345]]""",
    """Hirer: [[PERSON:Callum Fraser]]
Licence: [[ID_NUMBER:18443092]] ([[LOCATION:NSW]])
DOB: [[DATE_TIME:30 Oct 1993]]
Card: [[CREDIT_CARD:4035 8711 2094 7663]] (exp 04/28)
Pick-up: Sydney Airport, [[DATE_TIME:12 Aug 2024 09:00]]
Return: Cairns Airport
Additional driver: [[PERSON:Isabella Fraser]]""",
]

TABLE_EN += [
    """donor_no,name,nric,blood_group,last_donation,mobile
[[ID_NUMBER:BD-0041872]],[[PERSON:Loh Wei Ling]],[[ID_NUMBER:S9124780A]],O+,[[DATE_TIME:2024-02-17]],[[PHONE_NUMBER:9638 2041]]
[[ID_NUMBER:BD-0041905]],[[PERSON:Muhammad Danial bin Rahim]],[[ID_NUMBER:T0418823Z]],A+,[[DATE_TIME:2024-03-02]],[[PHONE_NUMBER:8871 3306]]
[[ID_NUMBER:BD-0042017]],[[PERSON:Priya Nadarajan]],[[ID_NUMBER:S8721046D]],B-,[[DATE_TIME:2023-12-30]],[[PHONE_NUMBER:9150 6627]]""",
    """| Volunteer | Ward | Party | Phone | Canvass shift |
|-----------|------|-------|-------|---------------|
| [[PERSON:Graham Pettigrew]] | [[LOCATION:Hillhead]] | [[NRP:Labour]] | [[PHONE_NUMBER:07712 309 448]] | Sat am |
| [[PERSON:Mhairi Buchanan]] | [[LOCATION:Partick East]] | [[NRP:SNP]] | [[PHONE_NUMBER:07841 226 015]] | Sat pm |
| [[PERSON:Oliver Grant]] | [[LOCATION:Anderston]] | [[NRP:Liberal Democrat]] | [[PHONE_NUMBER:07590 114 873]] | Sun am |""",
    """Name,IC,Religion,Household,Kampung,Phone
[[PERSON:Awang Kechik bin Mat]],[[ID_NUMBER:540812-03-5219]],[[NRP:Islam]],5,[[LOCATION:Kampung Pulau Melaka]],[[PHONE_NUMBER:013-980 4417]]
[[PERSON:Sim Ah Lek]],[[ID_NUMBER:610225-03-5081]],[[NRP:Buddhist]],3,[[LOCATION:Kampung Cina]],[[PHONE_NUMBER:012-937 2205]]
[[PERSON:Maria Goretti Lim]],[[ID_NUMBER:700914-03-5346]],[[NRP:Catholic]],2,[[LOCATION:Kampung Cina]],[[PHONE_NUMBER:019-902 6631]]""",
    """employee: [[PERSON:Tyrone Baptiste]]
emergency_contacts:
  - name: [[PERSON:Denise Baptiste]]
    relation: spouse
    phone: "[[PHONE_NUMBER:(404) 517-2290]]"
  - name: [[PERSON:Marcus Baptiste]]
    relation: brother
    phone: "[[PHONE_NUMBER:(678) 340-1865]]"
home: "[[ADDRESS:2290 Glenwood Ave SE]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30317]]"
ssn_last4: "2207\"""",
    """timestamp            user          client_ip        assigned_ip   bytes_in
[[DATE_TIME:2024-05-14 08:02:11]]  [[USERNAME:mlavoie]]       [[IP_ADDRESS:24.202.118.53]]    10.8.0.14     18.2M
[[DATE_TIME:2024-05-14 08:05:47]]  [[USERNAME:pchandra]]      [[IP_ADDRESS:142.114.7.201]]    10.8.0.22     2.4M
[[DATE_TIME:2024-05-14 08:11:09]]  [[USERNAME:jwoo]]          [[IP_ADDRESS:99.231.40.16]]     10.8.0.31     640K""",
    """Car park permits — staff car park, Ruttonjee Hospital (security office use only)
Permit   Staff member        Ward          Plate       Mobile
CP-018   [[PERSON:Tse Man-kwong]]       Ward 6A       [[ID_NUMBER:PX 4418]]     [[PHONE_NUMBER:9022 6178]]
CP-019   [[PERSON:Rebecca Hollis]]      ICU           [[ID_NUMBER:RH 88]]       [[PHONE_NUMBER:6135 0942]]
CP-022   [[PERSON:Kwok Sai-hung]]       Pharmacy      [[ID_NUMBER:WG 2071]]     [[PHONE_NUMBER:9488 3315]]""",
    """"Applicant","Passport no.","Nationality","Visa type","Date of birth","Sponsor"
"[[PERSON:Jericho Tolentino]]","[[ID_NUMBER:P8841057C]]","[[NRP:Filipino]]","Health and Care Worker","[[DATE_TIME:17/03/1994]]","Meadowview Care Homes Ltd"
"[[PERSON:Blessing Chikwanha]]","[[ID_NUMBER:FN552910]]","[[NRP:Zimbabwean]]","Health and Care Worker","[[DATE_TIME:02/08/1990]]","Meadowview Care Homes Ltd"
"[[PERSON:Anu Joseph]]","[[ID_NUMBER:V4418206]]","[[NRP:Indian]]","Skilled Worker","[[DATE_TIME:25/11/1987]]","Meadowview Care Homes Ltd\"""",
]

TABLE_YUE = [
    """單位,租客,電話,入伙日期,月租,備註
3樓A,[[PERSON:劉家豪]],[[PHONE_NUMBER:9152 6638]],[[DATE_TIME:2023年4月1日]],9800,成日遲交租，要催
3樓B,[[PERSON:蘇美玲]],[[PHONE_NUMBER:6027 4491]],[[DATE_TIME:2022年10月15日]],9500,有隻貓，業主話OK
4樓A,[[PERSON:Rahul Gurung]],[[PHONE_NUMBER:5306 1827]],[[DATE_TIME:2024年1月8日]],10200,[[NRP:尼泊爾人]]，識講少少廣東話
4樓B,吉,,,10000,下個禮拜有人睇樓""",
    """姓名：[[PERSON:Suryani]]
國籍：[[NRP:印尼]]
護照：[[ID_NUMBER:C7203318]]
身份證：[[ID_NUMBER:W755120(A)]]
僱主：[[PERSON:何]][[TITLE:太]]（[[PERSON:何淑儀]]）
僱主地址：[[ADDRESS:沙田第一城38座15樓H室]]
入職日期：[[DATE_TIME:2023年6月12號]]
備註：佢識講廣東話，會煮飯，照顧阿婆好細心；逢星期日放假，去[[LOCATION:銅鑼灣]]匯錢返鄉下。""",
    """| 姓名 | 粵拼 | 出世日期 | 電話 | 覆診日期 |
|---|---|---|---|---|
| [[PERSON:鄧桂芳]] | [[PERSON:Dang6 Gwai3 Fong1]] | [[DATE_TIME:1946/02/11]] | [[PHONE_NUMBER:2467 3310]] | [[DATE_TIME:7月3號]] |
| [[PERSON:區志雄]] | [[PERSON:Au1 Zi3 Hung4]] | [[DATE_TIME:1951/09/27]] | [[PHONE_NUMBER:9308 6624]] | [[DATE_TIME:7月5號]] |
| [[PERSON:冼玉蓮]] | [[PERSON:Sin2 Juk6 Lin4]] | [[DATE_TIME:1939/12/02]] | [[PHONE_NUMBER:2729 0581]] | [[DATE_TIME:7月10號]] |""",
]
TABLE_NAN = [
    """攤位\t頭家\tTâi-lô\t手機\t賣啥物\t入場日
A-07\t[[PERSON:謝金水]]\t[[PERSON:Siā Kim-tsuí]]\t[[PHONE_NUMBER:0919-553-208]]\t肉圓\t[[DATE_TIME:2019/08/01]]
A-08\t[[PERSON:吳秀琴]]\t[[PERSON:Ngôo Siù-khîm]]\t[[PHONE_NUMBER:0963-112-470]]\t蚵仔麵線\t[[DATE_TIME:2021/03/15]]
B-02\t[[PERSON:黃俊傑]]\t[[PERSON:N̂g Tsùn-kia̍t]]\t[[PHONE_NUMBER:0988-204-631]]\t烘番麥\t[[DATE_TIME:2023/11/20]]""",
    """Kàu-hōe hōe-iú chu-liāu
Sèng-miâ: [[PERSON:Lí Sîn-ài]]
Chhut-sì ji̍t-kî: [[DATE_TIME:1958 nî 3 goe̍h 21 ji̍t]]
Tē-chí: [[ZIP_CODE:640]] [[LOCATION:Hûn-lîm-koān]] [[LOCATION:Tāu-la̍k-chhī]] [[ADDRESS:Tāi-tông-lō͘ 76 hō]]
Tiān-ōe: [[PHONE_NUMBER:05-532-4418]]
Sin-hūn-chèng: [[ID_NUMBER:P233170469]]
Sèng-si: [[DATE_TIME:1976 nî 12 goe̍h 25 ji̍t]]
Ke-lāi lâng: [[PERSON:Lí Bêng-tek]] (ang), [[PERSON:Lí Ka-hôa]] (kiáⁿ)""",
]

CHAT_EN = [
    """[14:02] StarHub Chat — you are now chatting with [[PERSON:Nadirah]]
[14:02] [[PERSON:Nadirah]]: Hi! May I have your full name and the mobile number on the account?
[14:03] [[PERSON:Benjamin Seow]]: [[PERSON:Benjamin Seow]], [[PHONE_NUMBER:9127 4408]]
[14:03] [[PERSON:Nadirah]]: Thanks [[PERSON:Benjamin]]. For verification, please key in the last 4 characters of your NRIC.
[14:04] [[PERSON:Benjamin Seow]]: 563J
[14:05] [[PERSON:Benjamin Seow]]: My bill shows roaming in [[LOCATION:Batam]] on [[DATE_TIME:2 June]] but I was in [[LOCATION:Singapore]] the whole weekend
[14:06] [[PERSON:Nadirah]]: Let me check. I can see a data session on [[DATE_TIME:2 June]] at 23:40 connected to Telkomsel. I'll raise a waiver request, ref WR-448102.""",
    """Family group "[[PERSON:Chan]] family 🏠"
[[PERSON:Esther]]: Dad's eye appointment at Prince of Wales is [[DATE_TIME:Tuesday 18 June, 9:45]]. Who can take him?
[[PERSON:Daniel]]: I can't, I'm flying to [[LOCATION:Shanghai]] that morning
[[PERSON:Esther]]: [[PERSON:Jo]]?
[[PERSON:Joanna Chan]]: I'll take him. Is his HKID card still in the blue wallet? The clinic needs [[ID_NUMBER:E129843(0)]] on the form
[[PERSON:Esther]]: yes. and bring his old glasses
[[PERSON:Daniel]]: Ma says auntie [[PERSON:Wai-lan]] can drive you back, her number is [[PHONE_NUMBER:9684 2217]]""",
    """Carousell chat — listing: IKEA Hemnes wardrobe (RM 250)
[[USERNAME:hanis_decor]]: Hi, still available?
[[USERNAME:kl_movingsale88]]: Yes. Pickup only, I'm moving out this weekend
[[USERNAME:hanis_decor]]: Ok can I come Saturday 3pm? Address?
[[USERNAME:kl_movingsale88]]: [[ADDRESS:Unit 12-07, Tower B, Vertical Residensi, Jalan Kerinchi]], [[LOCATION:Bangsar South]]. Tell guard you're visiting [[PERSON:Jason]]. My number [[PHONE_NUMBER:012-470 8831]]
[[USERNAME:hanis_decor]]: Ok. I'm [[PERSON:Hanis]], I'll bring my brother to carry 👍""",
    """#ops-vancouver (Slack)
[[PERSON:Priya Sethi]]  9:14 AM
heads up, [[PERSON:Tom]] is out today — his kid's surgery got moved to this morning
[[PERSON:Marcus Leblanc]]  9:16 AM
no worries. [[PERSON:Priya]] can you cover his 10:30 with the landlord at [[ADDRESS:2150 Commercial Dr]]?
[[PERSON:Priya Sethi]]  9:17 AM
yep. what's the landlord's cell? the one in the CRM is [[PHONE_NUMBER:604-255-8810]] but it bounces
[[PERSON:Marcus Leblanc]]  9:20 AM
try [[PHONE_NUMBER:778-991-3046]], it's [[PERSON:Harjinder]]'s personal""",
    """PesoFlow Help — chat transcript
Agent [[PERSON:Kristine]]: Good afternoon! How can I help?
[[PERSON:Rosalie Manansala]]: my transfer to my mother is still pending since [[DATE_TIME:Sunday 9 June]]
Agent [[PERSON:Kristine]]: I'm sorry about that. May I have the receiver's name and mobile wallet number?
[[PERSON:Rosalie Manansala]]: [[PERSON:Corazon Manansala]], GCash [[PHONE_NUMBER:0918 552 0473]]
Agent [[PERSON:Kristine]]: Thank you. I see the wallet name is [[PERSON:Corazon M. Manansala]] and the transfer was held because your UK residence permit on file, [[ID_NUMBER:ZX4181902]], needs re-verification.
[[PERSON:Rosalie Manansala]]: ok I'll upload it tonight after my shift at the care home""",
    """Marketplace · Room for rent in [[LOCATION:Sunnybank]] — $240/wk
[[PERSON:Vivian Cheng]]: Hi, is the room still available from [[DATE_TIME:1 July]]?
[[PERSON:Graham Ruddock]]: Hi [[PERSON:Vivian]], yes. It's at [[ADDRESS:34 Beenleigh Road]], two other tenants, bills included.
[[PERSON:Vivian Cheng]]: Great. Can I inspect on [[DATE_TIME:Sat 22nd at 11]]? I'm a student at Griffith, from [[LOCATION:Taichung]]
[[PERSON:Graham Ruddock]]: Sure. Text me on [[PHONE_NUMBER:0407 338 219]] when you're outside. Bond is 4 weeks, paid to the RTA.""",
]
CHAT_YUE = [
    """「[[LOCATION:大埔]]屋企人」WhatsApp 群組
[[PERSON:阿欣]]：媽咪話[[PERSON:Lilibeth]]份約[[DATE_TIME:9月30號]]到期，佢想續約，你哋點睇？
[[PERSON:家俊]]：我冇所謂，佢照顧婆婆好好。不過要搵中介幫手續簽證，上次嗰間收咗我哋$4,000
[[PERSON:阿欣]]：我問咗[[PERSON:Lilibeth]]，佢話想[[DATE_TIME:10月]]返[[LOCATION:宿霧]]兩個禮拜先再開工
[[PERSON:家俊]]：得。佢護照號碼係[[ID_NUMBER:P6630418A]]，我send埋俾中介[[PERSON:陳]][[TITLE:小姐]]，佢電話[[PHONE_NUMBER:9753 0148]]
媽咪：多謝你哋🙏""",
]
CHAT_NAN = [
    """LINE 群組「六合夜市 C 排」
[[PERSON:阿坤]]：明仔載風颱欲來，管理委員會講攤仔攏愛收起來。
[[PERSON:秀蘭]]姐：按呢阮的冰枝欲囥佗位？
[[PERSON:阿坤]]：會使先囥阮兜，[[ADDRESS:自強一路52巷7號]]，鎖匙佇[[PERSON:阿德]]遐。
[[PERSON:阿德]]：我禮拜五（[[DATE_TIME:8月2號]]）下晡攏佇咧，有代誌敲我[[PHONE_NUMBER:0935-720-146]]。
[[PERSON:秀蘭]]姐：感謝喔！""",
]

LOOKALIKE_EN = [
    """CUSTOMS PRE-ALERT — consolidated shipment HKG → SIN. Master B/L MAEU221847031, container MSKU7734120 (seal 004418226), customs permit no. 24SG-IP-0093312, lot numbers 7F-2291 to 7F-2304. Commercial invoice INV-2024-04471 dated 11/06/2024, PO 4500182276. Lines: SKU TW-BT-0331 "Bluetooth earbuds", EAN 4710582310799, qty 1,200; SKU HK-LK-0190 Lee Kum Kee oyster sauce 510 g, EAN 4891234005628, qty 840; SKU GB-BK-0017 "The Ferris Wheel Book" ISBN 978-1-84854-311-9, qty 60. Shipper: Kowloon Bay Trading Ltd (BR 71234567), tel +852 2755 3800, exports@kbtrading.com.hk. Consignee: Raffles Place Distribution Pte Ltd (UEN 201912345K), receiving@rpdist.com.sg. Data logger firmware 10.2.0.14, report SHA-256 3f9a1c0e7b44d2a8e6019c5f7d3b28a4c1e97f06b5d8a2e4f3c10b9d7e6a5f42, upload id 7c2e9f4a-1b3d-4e8f-9a06-5d2c8b1e0f73.""",
    """Order #SG-20240611-88213 confirmed. Tracking: SPXSG04417722190 (Shopee Xpress) and JNTSG0018837420. Invoice no. 2024/INV/55810, GST reg. M90371234X. Items: Tiger Balm Red 19.4 g (EAN 8880126743508), Eu Yan Sang bird's nest 6x70 ml, Parker Jotter pen (serial PJ-88-041A). Deliver to: [[PERSON:Serene Koh]], [[PHONE_NUMBER:9672 0318]]. Questions? WhatsApp our hotline +65 6018 2200 or write to hello@kopikosmetics.sg. Collect from the locker at the MRT station if you chose self-pickup; locker PIN is sent by SMS.""",
    """Release notes, inventory agent 4.19.2.1 (build 2024.06.03-1187). Tested on Windows 10.0.19045.4291 and Ubuntu 22.04.4. Fixed: agent reported firmware "2.4.1.88" as an IP address; MAC 00:1A:2B:3C:4D:5E was logged as a serial. Known issue: hosts with UUID 3b1f0c7e-88a2-4c1d-b6e9-0d24f51a7c39 report twice. Checksums: md5 9e107d9d372bb6826bd81d3542a419d6, sha1 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12. Licence key AGT-7Q4K-L2M9-XP33. Company no. 08813472, VAT GB 312 4471 06. Bug reports to qa-team@inventory-agent.io; the release was cut by [[PERSON:Ewan McAllister]] ([[EMAIL_ADDRESS:ewan.mcallister.dev@gmail.com]]).""",
    """Hong Kong Central Library — new arrivals, Health shelf: "Living with Parkinson's" ISBN 978-962-04-0713-0; "Alzheimer's: A Carer's Guide" ISBN 978-981-4712-06-4; "Down Syndrome and Your Family" ISBN 978-983-3509-27-0. Walking tour leaflet (free): from Nathan Road along Des Voeux Road and Hennessy Road to Queen's Road East, past the Caesar salad stall and the Ferris wheel. Reserved copy held at counter 3 for [[PERSON:Mr. Yuen Chi-wai]], card ending 0417, tel [[PHONE_NUMBER:6915 2280]]. Call 2921 0500 for enquiries.""",
    """Booking summary — ref 6KQ2TR / e-ticket 618-2450918834. QF 21 SYD–HKG, seat 47C; CX 531 HKG–TPE; hotel confirmation HX-88104427 at the Collins Street Marriott; car hire voucher AVS-0093318. Agent: Flight Centre (ABN 78 551 087 342), 13 31 33, bookings@flightcentre.example.com.au. Traveller: [[PERSON:Ms Annabel Hargreaves]], frequent flyer no. [[ID_NUMBER:QF 2274108]]. Baggage tag numbers QF 441873, QF 441874. Terminal 1 opens 04:30; check-in closes 60 minutes before departure.""",
]
LOOKALIKE_YUE = [
    """【管理處通告】各位住戶：本大廈（屋苑編號 HK-0417-22）將於下星期進行食水缸清洗，工程單號 WO-2024-06-118，承辦商：彌敦道嗰間「利華工程有限公司」（商業登記號碼 62018844），公司電話 2388 4410。電錶號碼 E-7731-0045 至 E-7731-0092 嘅單位會暫停供水兩粒鐘。差餉估價編號、水費賬戶號碼唔使交俾我哋。如有查詢，請聯絡管理處[[PERSON:梁]]主任，或者電郵 office@harbourview-mo.hk。軒尼詩道出口嘅閘會關閉，請行皇后大道東嗰邊。""",
]
LOOKALIKE_NAN = [
    """【夜市管理委員會公告】逐家好！這禮拜六開始，攤位號碼 A-01 到 C-40 攏愛換新的營業登記牌，統一編號 24150372 的公所會寄新牌過來。發票號碼 QK-20418837 彼張是電費，毋是罰單。中山路佮中正路口會封路，車愛停佇民族路停車場。有問題請敲夜市服務台 07-281-5566，抑是寫批去 service@liuhe-nightmarket.tw。主委[[PERSON:陳金龍]]講：「我的手機 [[PHONE_NUMBER:0910-882-375]] 暗時十點以後莫敲。」""",
]


BENCH = BENCH_EN + BENCH_YUE + BENCH_NAN
GEN = GEN_EN + GEN_YUE + GEN_NAN
TABLE = TABLE_EN + TABLE_YUE + TABLE_NAN
CHAT = CHAT_EN + CHAT_YUE + CHAT_NAN
LOOKALIKE = LOOKALIKE_EN + LOOKALIKE_YUE + LOOKALIKE_NAN

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}

LANGUAGES = {
    "English": [BENCH_EN, GEN_EN, TABLE_EN, CHAT_EN, LOOKALIKE_EN],
    "Cantonese": [BENCH_YUE, GEN_YUE, TABLE_YUE, CHAT_YUE, LOOKALIKE_YUE],
    "Taiwanese Hokkien": [BENCH_NAN, GEN_NAN, TABLE_NAN, CHAT_NAN, LOOKALIKE_NAN],
}


def main() -> None:
    write_and_report("blind140", STYLES, OUT)
    print("records per language:")
    for language, lists in LANGUAGES.items():
        print(f"  {language:18s} {sum(len(records) for records in lists)}")


if __name__ == "__main__":
    main()

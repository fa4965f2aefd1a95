"""Build tests/data/blind116.jsonl: a *blind*, hand-written labeled PII set (set 116).

    .venv/bin/python tests/data/make_blind116.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end (the STYLES dict and main(), copied here as scaffolding);
gold_sets.py in full; and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). Not read:
minimize/ (the detector and its recognizers), any test other than those
lines, bench/, the README, any *.jsonl (this set's own output included),
any other make_*.py, and git history / log / status (git was not run at
all). The detector, the bench and the tests were never run on this file.
Do not tune the detector against it: once it has been used to tune, it no
longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (the national check
digits inside the Belgian, Finnish and French IBANs are right
too); `gold_sets.check` re-checks cards and IBANs. National ids with a
public check digit were given a valid one: NHS numbers, Canadian SINs,
Dutch BSN, Swedish personnummer, Norwegian fødselsnummer, Finnish
henkilötunnus, South African ID, Australian TFNs, Aadhaar (Verhoeff),
Singapore NRIC, and the ISBN-13 look-alikes. All check digits were worked
out by hand-run throwaway code while writing; nothing here is generated.
Ids with no public check digit (US SSNs, UK NI numbers, Kenyan national
ids and KRA PINs, Ethiopian FAN/FIN numbers, Nigerian NIN, PAN, Philippine
SSS, UNHCR proGres and case numbers, ration and beneficiary cards,
passports, licences, plates, bank account, staff, student, member and
patient numbers) were not checked.

Styles (ids `blind116-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: ai4privacy pii-masking-200k/300k/400k (odd mixed sentences
  dense with names, job titles, streets with building numbers, secondary
  addresses, IPv4/IPv6, MACs, user agents, card / CVV / expiry, IBAN / BIC),
  gretel-pii-masking-en-v1 (claims, contracts, leases, medical intake and
  discharge, loan and pharmacy forms, notices, case notes, witness
  statements) and Nemotron-PII (JSON, log lines, SQL, XML, YAML / .env /
  git config, Python and JS snippets, HL7, tickets and forms).
- `gen` (90): one to four LLM-style "realistic sentences with personal
  data", names at the start, middle and end, lowercase and possessive;
  ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small labeled table per record (CSV, TSV, semicolon
  CSV, pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks)
  with varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, family and team messaging threads, Slack;
  speakers' names are labeled like any other name.
- `lookalike` (7): texts full of non-PII that looks like PII (tracking,
  MTCN, order, invoice, PO and customs refs, SKUs, ISBNs, versions shaped
  like IPs, hashes, key fingerprints, serials, container and IMO numbers,
  company phones, role mailboxes, eponyms, streets named after people with
  no number), with the few real PII values labeled; one has no PII at all.
About a third of the bench and gen records are about remittances and
hawala, refugee registration and humanitarian cash transfers; the rest are
spread widely (banking, insurance, health, pharmacy, legal and courts,
housing, schools and universities, HR and payroll, retail, travel and
hotels, telecoms, government, gyms, vets, gaming, social media, tech
support, deliveries, weddings).

Languages: about nine records in ten are in English, with heavy weight on
English from Kenya, Ethiopia and Somalia and the diaspora in the UK, the US
(Minnesota above all, also Ohio, Washington, Virginia / DC / Maryland,
Maine, California) and elsewhere (Canada, Sweden, Norway, Finland, the
Netherlands, Australia, South Africa), plus US, UK, Irish, Indian,
Nigerian, Singaporean, Philippine and New Zealand contexts with names from
the many cultures living there; the other 24 records (bench 9, gen 9,
table 3, chat 2, lookalike 1) are in Somali and Afaan Oromoo.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside. TITLE: honorifics and ranks attached to a
  name (Mr., Ms., Mx., Dr., Prof., Rev., Inspector, Sheikh, and Somali
  Mudane / Xaaji and Oromo Obbo), labeled apart from it; job titles are not
  TITLE and family words (mum, Hooyo, Ayeeyo) stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province
  (also abbreviated) and country are LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, transfer, registration,
  move, hearing, signature, letter, login ...) with a day or month, in any
  shape and language; a weekday or clock time said with such a date is
  inside the span, a time or weekday alone is not; not bare years,
  durations, or dates not tied to a person (invoice, release, pay-slip,
  programme deadlines).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, BIC / SWIFT, CVVs and expiries, PINs, order / ticket / claim /
  policy / tracking / transfer references, company phones and role
  mailboxes, versions, hashes, serials, partial numbers ("ending 4418",
  "***-***-4471"), pets, eponyms, header rows.
- Calls made while writing this set: UNHCR proGres individual and case
  numbers, asylum case numbers, A-numbers, ration-card, token, household
  and beneficiary (SCOPE) numbers are ID_NUMBER (they identify a person or
  household like a member number); hawala / MTCN / transfer codes are
  references and stay unlabeled; a mobile-money wallet given as a phone
  number (EVC Plus, Zaad, M-Pesa) is PHONE_NUMBER; camps, settlements, IDP
  sites, kebeles, woredas, Mogadishu and Hargeisa districts are LOCATION,
  while a camp block / plot ("Block D4, Plot 38") is ADDRESS like a
  secondary address; in a table a "country" / "state" / "site" / "district"
  column is LOCATION, an "age" column AGE, a "nationality" column NRP, a
  "unit" column ADDRESS, and "sex", "relation", "role" or "status" columns
  stay unlabeled; in log lines the line's own timestamp is labeled only
  when it records a person's login, while date fields of a person (dob,
  signup, registration, paid_on, last login) are DATE_TIME; the Date header
  of an email is a letter date (DATE_TIME); dates written with Somali or Oromo
  month names are DATE_TIME like any other.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind116.jsonl")

BENCH = [
    # ai4privacy-like: odd mixed sentences, dense with entities
    """Hey [[PERSON:Abdirizak]], your payout of 640 USD to card [[CREDIT_CARD:4539 1702 6614 8835]] (exp 09/27, CVV 418) was reversed. Our system logged the request from [[IP_ADDRESS:102.68.77.19]] with MAC 3c:22:fb:91:0e:7a. For questions, write to your Customer Research Coordinator at [[EMAIL_ADDRESS:a.hersi@northwindremit.com]].""",
    """In line with the updated policy, [[PERSON:Ms. Chebet Kiprotich]], a [[AGE:38]]-year-old Dynamic Accounts Designer born on [[DATE_TIME:07/11/1986]], must submit her KRA PIN certificate ([[ID_NUMBER:A014829376K]]) to the office at [[ADDRESS:Kilimani Business Centre, 3rd Floor, Argwings Kodhek Road]], [[LOCATION:Nairobi]].""",
    """Attention [[PERSON:Farhiya]]: the wire to IBAN [[IBAN_CODE:GB46 MONZ 0400 0452 9066 13]] (BIC MONZGB2L) from the account of [[PERSON:Mohamed Nur Aden]] needs a second approval. The approving device (Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15) connected via [[IP_ADDRESS:2a00:23c7:1f84:a901:5d1e:8bb2:44c0:19fe]].""",
    """Seminar feedback shared by [[USERNAME:hawi_gemechu91]]: [[PERSON:Hawi Gemechu]] ([[AGE:29]], [[LOCATION:Adama]]) asks that the grant papers be posted to [[ADDRESS:House No. 1187]], [[LOCATION:Kebele 04]], [[LOCATION:Adama]], [[LOCATION:Oromia]], or emailed to [[EMAIL_ADDRESS:hawi.g@aau-alumni.et]] before [[DATE_TIME:March 18th]].""",
    """The Legacy Branding Officer, [[PERSON:Yonas Tesfamariam]], requested a replacement Visa ending 2209 and a new PIN. Shipping: [[ADDRESS:5601 Columbia Pike, Apt 812]], [[LOCATION:Falls Church]], [[LOCATION:VA]] [[ZIP_CODE:22041]]. Verified with SSN [[US_SSN:228-61-4407]], US passport [[US_PASSPORT:583019274]] and DOB [[DATE_TIME:1979-02-14]].""",
    """Dear [[PERSON:Nasteho]], your account [[USERNAME:nasteho.ali]] (password: Qorax!2024) was accessed on [[DATE_TIME:12 Jan 2024, 03:17]] from [[IP_ADDRESS:41.78.124.6]] in [[LOCATION:Hargeisa]]. If this was not you, call us and quote your customer number [[ID_NUMBER:CN-7730184]].""",
    """[[PERSON:Kiprono]], as Lead Intranet Analyst you are invited to the audit at [[ADDRESS:2204 Moi Avenue]], [[LOCATION:Eldoret]]. Bring your ID [[ID_NUMBER:29418806]] and the Mastercard [[CREDIT_CARD:5424 1883 0667 0910]] used for the team travel; its CVV 731 is not required.""",
    """Ref. bio-stats survey: respondent [[PERSON:Lalise Tolera]], [[AGE:47]], gender female, height 5'4", lives at [[ADDRESS:3308 Chicago Ave, Apt. 2B]], [[LOCATION:Minneapolis]], [[LOCATION:Hennepin County]], [[ZIP_CODE:55407]]. Contact [[PHONE_NUMBER:612.824.3071]] or [[EMAIL_ADDRESS:lalise.tolera@yahoo.com]].""",
    """The vehicle with plate [[ID_NUMBER:KDG 417M]] registered to [[PERSON:Omar Haji Dubow]] was seen near [[ADDRESS:Garissa Lodge]], [[LOCATION:Eastleigh]], [[LOCATION:Nairobi]] on [[DATE_TIME:27/05/2023]]. His driving licence number is [[ID_NUMBER:DL-0098341]].""",
    """Quarterly bonus of 2,450 GBP will be paid to [[PERSON:Ikram Said Jama]], Forward Creative Associate, into [[IBAN_CODE:GB87NWBK60724538820146]]. Her NI number [[ID_NUMBER:JT 48 21 93 C]] and home postcode [[ZIP_CODE:BS5 6HJ]] were confirmed on [[DATE_TIME:2 October 2023]].""",
    """[[PERSON:Bontu]] here, Principal Paradigm Producer. My new pronouns are she/her and my work laptop's MAC is 00:1B:44:11:3A:B7. Please update the badge photo and send the bill to [[ADDRESS:901 Marquette Ave, Floor 14]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55402]].""",
    """For the refund, [[PERSON:Getachew Alemu Bekele]] gave the card [[CREDIT_CARD:6011 0048 7263 9519]], expiry 11/26, and the phone [[PHONE_NUMBER:+251 911 48 2736]]. He was born [[DATE_TIME:14.09.1972]] and lives in [[LOCATION:Bole]] subcity, [[LOCATION:Addis Ababa]].""",
    """Account note: [[PERSON:Anisa]] ([[USERNAME:anisa_w]]) switched her payout account to [[IBAN_CODE:SE45 5000 0000 0583 9825 7466]] on [[DATE_TIME:Thursday 4 April 2024 at 21:40]]. Browser: Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0; IP [[IP_ADDRESS:83.250.17.93]].""",
    """Hi [[PERSON:Mr. Wario]], as Chief Mobility Engineer at the [[LOCATION:Marsabit]] office you should know that the vehicle logbook for [[ID_NUMBER:KCR 902A]] lists your address as [[ADDRESS:PO Box 412-60500]], [[LOCATION:Marsabit]]. Your mobile [[PHONE_NUMBER:0722 418 903]] is also on file.""",
    """Subject: patient [[PERSON:Sagal Farah]] (DOB [[DATE_TIME:03/30/2001]], [[AGE:23]] y/o) — reminder for the Investor Functionality Planner that her follow-up is on [[DATE_TIME:May 2, 2024 at 9:15 AM]] at [[ADDRESS:640 Jackson Street]], [[LOCATION:St. Paul]], [[LOCATION:MN]] [[ZIP_CODE:55101]].""",
    """[[PERSON:Abebe]]'s bitcoin wallet and his Amex [[CREDIT_CARD:3782 914610 07337]] (CVV 5521) are both linked to [[EMAIL_ADDRESS:abebe.kebede.dc@gmail.com]]. He resides at [[ADDRESS:1421 U Street NW, Apt 5]], [[LOCATION:Washington]], [[LOCATION:DC]] [[ZIP_CODE:20009]].""",
    """Our Dynamic Implementation Orchestrator [[PERSON:Deng Malual Garang]] requests access to the [[LOCATION:Kakuma]] data room. Staff number [[ID_NUMBER:UN-44781]], personal phone [[PHONE_NUMBER:+254 733 602 118]], IP on request [[IP_ADDRESS:196.201.214.77]].""",
    """Congratulations [[PERSON:Ubah]]! You have been selected for the Lead Factors Designer apprenticeship. Please send your passport number ([[ID_NUMBER:P00847213]]), your date of birth ([[DATE_TIME:22 August 1999]]) and a copy of your visa to [[EMAIL_ADDRESS:ubah.m.ahmed@outlook.com]].""",
    # gretel-like domain documents
    """CLAIM FORM — Remittance Loss. Claimant: [[PERSON:Abdullahi Hassan Mohamud]]. Address: [[ADDRESS:77 Whitechapel Road, Flat 3]], [[LOCATION:London]] [[ZIP_CODE:E1 1DU]]. Date of transfer: [[DATE_TIME:16 February 2024]]. Amount: 1,200 GBP sent through a hawala agent in [[LOCATION:Tower Hamlets]] to [[PERSON:Faadumo Hassan]] in [[LOCATION:Baidoa]], [[LOCATION:Somalia]], on mobile wallet [[PHONE_NUMBER:+252 61 5834 207]]. Transfer code HW-58813-BD. Claimant phone [[PHONE_NUMBER:07946 213 580]].""",
    """LOAN APPLICATION (Islamic microfinance, murabaha). Applicant: [[PERSON:Hamdi Abdi Osman]], born [[DATE_TIME:04/06/1988]], [[NRP:Somali]]-[[NRP:American]], residing at [[ADDRESS:1720 Riverside Ave, Apt 1412]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55454]]. SSN: [[US_SSN:473-82-1906]]. Minnesota DL: [[US_DRIVER_LICENSE:H418220937765]]. Monthly income: $3,900. Co-signer: [[PERSON:Abdi Osman Yusuf]], tel. [[PHONE_NUMBER:(651) 447-2098]].""",
    """NOTICE OF ELIGIBILITY — Multipurpose Cash Assistance. Dear [[PERSON:Halima Adan Ibrahim]], household size 7, registered at [[LOCATION:Dagahaley]] camp, [[ADDRESS:Block D4, Plot 38]], on [[DATE_TIME:9 January 2024]]. Your proGres individual number is [[ID_NUMBER:386-24C08817]] and your entitlement of KES 8,400 per month will be sent to M-Pesa number [[PHONE_NUMBER:0712 604 339]] from the next cycle.""",
    """EMPLOYMENT CONTRACT. This agreement is made on [[DATE_TIME:1 July 2023]] between Northline Logistics Ltd and [[PERSON:Kamau Njoroge Mwangi]] (ID No. [[ID_NUMBER:31204877]], KRA PIN [[ID_NUMBER:A008347712Q]]), of [[ADDRESS:House 14, Kiambu Road]], [[LOCATION:Ruaka]], [[LOCATION:Kiambu County]]. Salary will be paid to account [[ID_NUMBER:0110284537199]] at Equity Bank, [[LOCATION:Westlands]] branch. Signed: [[PERSON:K. N. Mwangi]].""",
    """MEDICAL INTAKE — Community Health Clinic. Name: [[PERSON:Obsa Dabessa]]. Age: [[AGE:56]]. Religion: [[NRP:Muslim]]. Language: Afaan Oromoo (interpreter requested). MRN: [[ID_NUMBER:00482219]]. Address: [[ADDRESS:4120 E 28th St]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55406]]. Emergency contact: daughter [[PERSON:Biftu Obsa]], [[PHONE_NUMBER:763-219-0475]]. Last visit: [[DATE_TIME:11/14/2023]].""",
    """INSURANCE CLAIM #CLM-2024-118406. Policy holder [[PERSON:Sahra Warsame]] reports that on [[DATE_TIME:3 March 2024]] her car (reg. [[ID_NUMBER:LB19 XKT]]) was damaged outside [[ADDRESS:52 Stapleton Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS5 0QX]]. Third party: [[PERSON:Daniel Okafor]], [[PHONE_NUMBER:07700 918 442]]. Witness: [[PERSON:Mr. Abdiqani Jama]].""",
    """TENANCY AGREEMENT. Landlord: [[PERSON:Margaret O'Sullivan]]. Tenant: [[PERSON:Asad Liban Hirsi]], [[NRP:British]] passport [[ID_NUMBER:552184097]]. Property: [[ADDRESS:Flat 9, Eton House, 18 Cable Street]], [[LOCATION:London]] [[ZIP_CODE:E1 8JG]]. Term begins [[DATE_TIME:1st September 2024]]. Rent is paid monthly to [[IBAN_CODE:GB35 BARC 2015 9643 9172 86]].""",
    """REFUGEE STATUS DETERMINATION — interview record. Applicant: [[PERSON:Nyakuol Deng Chol]], [[NRP:South Sudanese]], born [[DATE_TIME:01/01/1995]] (estimated). Registered [[LOCATION:Kakuma]] [[DATE_TIME:14 May 2022]]; case number [[ID_NUMBER:KAK-22-017734]]. Interviewer: [[PERSON:J. Ochieng]]. Interview date: [[DATE_TIME:Tuesday 20 February 2024, 10:00]]. Dependants: [[PERSON:Achol]] ([[AGE:7]]), [[PERSON:Malual]] ([[AGE:4]]).""",
    """MORTGAGE PRE-APPROVAL. Borrowers: [[PERSON:Girma Tadesse]] and [[PERSON:Meron Haile]], [[ADDRESS:8810 Flower Ave, Unit 3]], [[LOCATION:Silver Spring]], [[LOCATION:MD]] [[ZIP_CODE:20901]]. SSNs [[US_SSN:219-40-7731]] and [[US_SSN:218-66-0452]]. Pre-approved amount $412,000, valid until the closing date. Loan officer: [[PERSON:Tom Reilly]] (Horizon Home Lending).""",
    """HUMANITARIAN CASH TRANSFER — Post-Distribution Monitoring. Respondent: [[PERSON:Fartun Hussein Mohamed]], [[AGE:34]], female-headed household in [[LOCATION:Baidoa]] IDP site [[LOCATION:Salamey]], [[LOCATION:Bay]] region. Transfer received on [[DATE_TIME:28 Nov 2023]] via EVC Plus [[PHONE_NUMBER:061 7429 580]]. Beneficiary ID [[ID_NUMBER:SCOPE-SO-0041877215]]. Enumerator: [[PERSON:Abdiweli Sheikh]].""",
    """SCHOOL ENROLMENT FORM. Pupil: [[PERSON:Ayaan Abdirahman]], DOB [[DATE_TIME:17 Oct 2015]], [[AGE:8]]. Parent/guardian: [[PERSON:Mrs. Maryan Adan]], [[PHONE_NUMBER:0161 224 8830]], [[EMAIL_ADDRESS:maryan.adan77@gmail.com]]. Home address: [[ADDRESS:31 Moss Lane East]], [[LOCATION:Moss Side]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 4PX]]. Previous school: Rusholme Primary.""",
    """POWER OF ATTORNEY. I, [[PERSON:Abdinasir Mohamed Farah]], of [[ADDRESS:2600 Blaisdell Ave S, Apt 207]], [[LOCATION:Minneapolis]], [[LOCATION:Minnesota]] [[ZIP_CODE:55408]], appoint my brother [[PERSON:Abdiaziz Mohamed Farah]], of [[LOCATION:Garowe]], [[LOCATION:Puntland]], to collect funds sent through Amal Express on my behalf. Dated [[DATE_TIME:the 9th day of January, 2024]]. Notary: [[PERSON:Linda Hanson]].""",
    """COMPLAINT LETTER to the Money Services Ombudsman. On [[DATE_TIME:5 June 2023]] I, [[PERSON:Mulki Aden]], sent $850 to my mother [[PERSON:Khadra Ismail]] in [[LOCATION:Galkayo]]. The agent at [[ADDRESS:1601 E Lake St]], [[LOCATION:Minneapolis]] gave me reference 74-220-918 but the money never arrived. My phone: [[PHONE_NUMBER:612-300-8914]]. My member number with the agent: [[ID_NUMBER:AMX-55102]].""",
    """DISCHARGE SUMMARY. Patient: [[PERSON:Tolosa Boru]], male, [[AGE:71]] years, NHS number [[ID_NUMBER:485 772 0132]]. Admitted [[DATE_TIME:02/02/2024]], discharged [[DATE_TIME:09/02/2024]]. GP: [[PERSON:Dr. Aisha Rahman]], Whitechapel Health Centre. Next of kin: son [[PERSON:Jatani Tolosa]], [[PHONE_NUMBER:07823 406 115]], [[ADDRESS:44 Romford Road]], [[LOCATION:Stratford]] [[ZIP_CODE:E15 4BZ]].""",
    """BENEFICIARY VERIFICATION LOG — cash-for-work, [[LOCATION:Dollo Ado]]. [[PERSON:Abdia Mohamed Nur]], [[LOCATION:Melkadida]] camp, ration card [[ID_NUMBER:MKD-118-4407]], verified by fingerprint on [[DATE_TIME:12/03/2024 11:42]]. Alternate collector: [[PERSON:Nimo Abdi]], [[PHONE_NUMBER:+251 915 330 271]]. Payment: ETB 3,200 via CBE Birr.""",
    """STATEMENT OF WITNESS. My name is [[PERSON:Guyo Jillo Halake]]. I am [[AGE:42]] years old and live in [[LOCATION:Moyale]], [[LOCATION:Marsabit County]]. On the evening of [[DATE_TIME:19 August 2023]] I saw the lorry, registration [[ID_NUMBER:KBZ 388T]], stop near the [[LOCATION:Sololo]] junction. My national ID is [[ID_NUMBER:22718046]]. Signed before [[TITLE:Inspector]] [[PERSON:Wambui]].""",
    """LEASE RENEWAL NOTICE. To: [[PERSON:Abdirahim Noor]] and [[PERSON:Shukri Noor]], [[ADDRESS:1505 S 4th St, Apt 1820]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55454]]. Your lease expires on [[DATE_TIME:August 31, 2024]]. Please contact the leasing office (612-339-1700) by [[DATE_TIME:July 1]] to renew.""",
    # Nemotron-PII-like: JSON, logs, SQL, XML, config, code, tickets, forms
    """{"beneficiary": {"full_name": "[[PERSON:Maryan Sheikh Ali]]", "dob": "[[DATE_TIME:1991-08-23]]", "phone": "[[PHONE_NUMBER:+252634417902]]", "wallet": "ZAAD", "district": "[[LOCATION:Gabiley]]", "region": "[[LOCATION:Maroodi Jeex]]"}, "transfer": {"amount_usd": 70, "cycle": 4, "status": "PAID", "ref": "CT-SL-004-88172"}, "registered_by": "[[USERNAME:enum_khadar]]"}""",
    """2024-02-11T08:14:52Z INFO remit-api POST /v2/transfers sender_id=[[ID_NUMBER:CUS-00918733]] sender_name="[[PERSON:Abdikadir Omar]]" receiver_msisdn=[[PHONE_NUMBER:252615530918]] corridor=US-SO amount=300.00 ip=[[IP_ADDRESS:24.118.67.203]] ua="okhttp/4.11.0" status=201""",
    """INSERT INTO customers (first_name, last_name, email, phone, street, city, state, zip, ssn)
VALUES ('[[PERSON:Fadumo]]', '[[PERSON:Warsame]]', '[[EMAIL_ADDRESS:fadumo.warsame@hotmail.com]]', '[[PHONE_NUMBER:614-282-7740]]', '[[ADDRESS:3561 Cleveland Ave]]', '[[LOCATION:Columbus]]', '[[LOCATION:OH]]', '[[ZIP_CODE:43224]]', '[[US_SSN:289-54-6013]]');""",
    """<Applicant>
  <Name>[[PERSON:Tigist Worku]]</Name>
  <BirthDate>[[DATE_TIME:1984-12-02]]</BirthDate>
  <Passport country="ET">[[ID_NUMBER:EP6214587]]</Passport>
  <Email>[[EMAIL_ADDRESS:tigist.worku84@gmail.com]]</Email>
  <Address>
    <Street>[[LOCATION:Woreda 03]], [[ADDRESS:House No. 512]]</Street>
    <City>[[LOCATION:Addis Ababa]]</City>
  </Address>
  <Visa type="B2" />
</Applicant>""",
    """# config/notify.yaml
owner: [[PERSON:Ahmed Hussein]]
owner_email: [[EMAIL_ADDRESS:ahmed.hussein@kaahexpress.co.uk]]
oncall_phone: "[[PHONE_NUMBER:+44 7412 880 316]]"
smtp_host: mail.kaahexpress.co.uk
smtp_port: 587
allowed_ips:
  - 10.0.0.0/8
  - [[IP_ADDRESS:81.141.22.74]]
retry: 3""",
    """Ticket #48113 — Priority: High
Reporter: [[PERSON:Lensa Bekele]] <[[EMAIL_ADDRESS:lensa.bekele@meskelhealth.org]]>
Phone: [[PHONE_NUMBER:(206) 781-4453]]
Location: [[ADDRESS:12400 Tukwila International Blvd, Suite 104]], [[LOCATION:Tukwila]], [[LOCATION:WA]] [[ZIP_CODE:98168]]
Issue: cannot log in to the EHR since [[DATE_TIME:Monday 8 April]]; workstation WS-0442, MAC 5c:f9:dd:70:21:e3.
Assigned to: [[USERNAME:jpatel]]""",
    """def test_beneficiary_payload():
    payload = {
        "name": "[[PERSON:Abdullahi Ibrahim Mohamed]]",
        "unhcr_id": "[[ID_NUMBER:386-23C11408]]",
        "phone": "[[PHONE_NUMBER:+254 745 093 221]]",
        "camp": "[[LOCATION:Hagadera]]",
        "block": "[[ADDRESS:H7, Plot 44]]",
    }
    assert validate(payload)""",
    """[[DATE_TIME:Apr 03 22:41:07]] gw01 sshd[30412]: Failed password for invalid user [[USERNAME:hodan.admin]] from [[IP_ADDRESS:185.220.101.47]] port 51822 ssh2
[[DATE_TIME:Apr 03 22:41:09]] gw01 sshd[30412]: Accepted publickey for [[USERNAME:hjama]] from [[IP_ADDRESS:41.90.66.130]] port 50214 ssh2""",
    """{"event":"kyc_submitted","ts":"2024-05-19T13:02:11+03:00","customer":{"name":"[[PERSON:Wanjiru Kariuki]]","national_id":"[[ID_NUMBER:27561094]]","dob":"[[DATE_TIME:14/02/1993]]","kra_pin":"[[ID_NUMBER:A009718254M]]","mobile":"[[PHONE_NUMBER:0708 411 926]]"},"device":{"ip":"[[IP_ADDRESS:105.163.2.91]]","ua":"Mozilla/5.0 (Linux; Android 13; SM-A145F)"}}""",
    """UPDATE employees SET iban = '[[IBAN_CODE:NL06RABO0318574622]]', address = '[[ADDRESS:Gerard Doustraat 88-II]]', postcode = '[[ZIP_CODE:1072 VV]]', city = '[[LOCATION:Amsterdam]]' WHERE employee_no = '[[ID_NUMBER:E-20417]]'; -- requested by [[PERSON:Khalid Dirie]] on [[DATE_TIME:2024-03-07]]""",
    """[2024-01-28 17:55:03] WARN  aml-screen: possible name match for sender "[[PERSON:Mohamed Abdi Hassan]]" (dob [[DATE_TIME:1969-03-01]], passport [[ID_NUMBER:P01133825]]), receiver "[[PERSON:Sadia Mohamed]]" [[LOCATION:Kismayo]], txn 9918-4410-22, score 0.82, analyst=[[USERNAME:s.otieno]]""",
    """Support form submission
Full name: [[PERSON:Chaltu Gudeta]]
Email: [[EMAIL_ADDRESS:chaltug@proton.me]]
Phone: [[PHONE_NUMBER:+1 (952) 300-6617]]
Date of birth: [[DATE_TIME:Sept 9, 1990]]
Card on file: [[CREDIT_CARD:5301 2774 9018 3562]]
Billing address: [[ADDRESS:14200 Nicollet Ave, Apt 318]], [[LOCATION:Burnsville]], [[LOCATION:MN]] [[ZIP_CODE:55337]]
Message: I was billed twice for the March plan.""",
    """const testUser = {
  username: "[[USERNAME:liban_dev]]",
  email: "[[EMAIL_ADDRESS:liban.abdi.dev@gmail.com]]",
  password: "hunter2!",
  lastLoginIp: "[[IP_ADDRESS:172.58.14.220]]",
  lastLogin: "[[DATE_TIME:2024-04-30T19:22:10Z]]",
};""",
    """<record>
  <household_head>[[PERSON:Kaltuma Ali Hussein]]</household_head>
  <registration_date>[[DATE_TIME:2023-11-02]]</registration_date>
  <individual_id>[[ID_NUMBER:KEN-DAD-0881402]]</individual_id>
  <location>[[LOCATION:Ifo 2]]</location>
  <members>5</members>
  <vulnerability>single parent, disability</vulnerability>
  <contact>[[PHONE_NUMBER:0721 558 017]]</contact>
</record>""",
    """PATIENT | [[PERSON:Jama, Abdiwahab]] | DOB [[DATE_TIME:06/19/1958]] | MRN [[ID_NUMBER:7741093]] | INS Medica [[ID_NUMBER:00418822]] | ADDR [[ADDRESS:425 Cedar Ave S]] [[LOCATION:Minneapolis]] [[LOCATION:MN]] [[ZIP_CODE:55454]] | PCP [[PERSON:Dr. Ellen Lindqvist]] | ALLERGY penicillin""",
    """id,full_name,email,phone,ip_address,signup
4412,[[PERSON:Samira Yusuf]],[[EMAIL_ADDRESS:samira.yusuf@icloud.com]],[[PHONE_NUMBER:+1 206 555 0182]],[[IP_ADDRESS:67.183.40.11]],[[DATE_TIME:2023-07-14 09:30]]""",
    """# .env.production
ADMIN_NAME=[[PERSON:Dawit Mekonnen]]
ADMIN_EMAIL=[[EMAIL_ADDRESS:dawit.mekonnen@abyssiniatech.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+251-116-62-4410]]
DB_HOST=10.20.1.15
DB_PASSWORD=Xq8#u2!ppL
PAYOUT_IBAN=[[IBAN_CODE:DE54100100100924387561]]""",
    """From: [[PERSON:Abdirashid Gure]] <[[EMAIL_ADDRESS:a.gure@dahabplus.com]]>
To: compliance@dahabplus.com
Date: [[DATE_TIME:Tue, 14 Nov 2023 10:12:44 +0300]]
Subject: Agent onboarding — [[LOCATION:Bosaso]]

New agent [[PERSON:Said Mohamud Isse]], ID [[ID_NUMBER:PL-0048821]], shop at [[ADDRESS:Suuqa Weyn, Shop 17]], [[LOCATION:Bosaso]]. Float account [[IBAN_CODE:AE39 0330 0000 1927 1836 457]]. Mobile [[PHONE_NUMBER:+252 90 7731 402]].""",
    """SELECT * FROM transfers WHERE sender_phone = '[[PHONE_NUMBER:+447956120448]]' AND receiver_name LIKE '%[[PERSON:Qorsheel]]%' AND sent_at BETWEEN '2024-01-01' AND '2024-01-31';""",
    """[ticket 22-8841] chat transcript
agent: Can I have your member number?
customer: [[ID_NUMBER:MB-3390712]], name is [[PERSON:Kedir Abafita]]
agent: Thanks [[PERSON:Kedir]]. And the last card you used?
customer: [[CREDIT_CARD:4761 7300 0219 8458]], exp 02/26
agent: Verified. Your new card ships to [[ADDRESS:2250 Dewey Ave, Apt 6]], [[LOCATION:Rochester]], [[LOCATION:MN]] [[ZIP_CODE:55901]]?""",
    """{"applicant_name":"[[PERSON:Semhar Tesfay]]","nationality":"[[NRP:Eritrean]]","asylum_case":"[[ID_NUMBER:HO-4418290]]","arrival":"[[DATE_TIME:2022-10-18]]","address":"[[ADDRESS:19 Granby Street]]","city":"[[LOCATION:Leicester]]","postcode":"[[ZIP_CODE:LE1 6EJ]]","solicitor":"[[PERSON:R. Mistry]]","ni_number":"[[ID_NUMBER:SK 71 04 28 B]]"}""",
    """2024-03-22 06:01:44,118 ERROR payroll.export - Row 17 rejected: employee [[PERSON:Nekesa Wafula]] ([[ID_NUMBER:EMP-0772]]) has invalid account [[ID_NUMBER:1180 2245 9963]]; expected 13 digits. Contact: [[EMAIL_ADDRESS:nekesa.wafula@kisumuhospital.org]]""",
    """[user]
	name = [[PERSON:Abdulkadir Sheikh]]
	email = [[EMAIL_ADDRESS:abdulkadir.sheikh@users.noreply.github.com]]
[github]
	user = [[USERNAME:akadir-sheikh]]""",
    """Form W-9 (extract) — Name: [[PERSON:Halima Yusuf]]; Business name: Yusuf Home Care LLC; Address: [[ADDRESS:6930 Prairie Center Dr]], [[LOCATION:Eden Prairie]], [[LOCATION:MN]] [[ZIP_CODE:55344]]; SSN: [[US_SSN:462-17-3308]]; Date signed: [[DATE_TIME:01/19/2024]].""",
    """| field | value |
| --- | --- |
| Recipient | [[PERSON:Abdi Hussein Roble]] |
| Recipient phone | [[PHONE_NUMBER:+252 61 2240 883]] |
| Pickup city | [[LOCATION:Mogadishu]] |
| Sender | [[PERSON:Roble Hussein]] |
| Sender address | [[ADDRESS:4021 S 180th St, Apt 5]], [[LOCATION:SeaTac]], [[LOCATION:WA]] [[ZIP_CODE:98188]] |
| MTCN | 818 402 7715 |""",
    """{
  "ticket_id": "INC0091822",
  "caller": "[[PERSON:Otieno Achieng]]",
  "caller_email": "[[EMAIL_ADDRESS:oachieng@kenyaredcross.or.ke]]",
  "caller_phone": "[[PHONE_NUMBER:+254 722 604 481]]",
  "device_ip": "[[IP_ADDRESS:10.44.8.117]]",
  "description": "Laptop stolen in [[LOCATION:Lodwar]]; contains registration data for [[LOCATION:Kalobeyei]] settlement"
}""",
    """[[PERSON:Boru Dida]],[[AGE:33]],[[PHONE_NUMBER:0934 118 207]],[[LOCATION:Yabelo]],[[LOCATION:Borana]],[[DATE_TIME:2024-01-16]],received,2500 ETB""",
    """log: [[DATE_TIME:2024-06-02 14:22:10]] login ok user=[[EMAIL_ADDRESS:ifrah.said@tukwila.wednet.edu]] ip=[[IP_ADDRESS:50.46.201.18]] mfa=sms to ***-***-4471""",
    # gretel-like domain documents (continued)
    """PHARMACY REFILL REQUEST. Patient: [[PERSON:Ngozi Eze]]. DOB: [[DATE_TIME:21-Jan-1976]]. Medicaid ID: [[ID_NUMBER:TX 5081447290]]. Address: [[ADDRESS:11802 Bissonnet St, Apt 1207]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77099]]. Phone: [[PHONE_NUMBER:832-419-6605]]. Medication: metformin 500 mg, 90 tablets. Prescriber: [[PERSON:Dr. Vikram Desai]]. Requested on [[DATE_TIME:04/22/2024]].""",
    """ACCOUNT DISPUTE FORM — State Bank branch, [[LOCATION:Koramangala]]. Customer: [[PERSON:Ravi Subramanian]], account no. [[ID_NUMBER:30218847761]], Aadhaar [[ID_NUMBER:7382 1904 5615]], PAN [[ID_NUMBER:BQZPS4471L]]. Disputed debit of Rs 48,500 on [[DATE_TIME:11-02-2024]]; customer was at [[ADDRESS:No. 42, 5th Cross, 6th Block]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560095]] at the time. Mobile: [[PHONE_NUMBER:+91 98450 22714]].""",
    """SERVICES AGREEMENT dated [[DATE_TIME:15 January 2024]] between Liffey Analytics Limited and [[PERSON:Siobhán Kearney]] of [[ADDRESS:12 Ashgrove Terrace]], [[LOCATION:Dundrum]], [[LOCATION:Dublin 14]], [[ZIP_CODE:D14 X2F8]] ("the Contractor"). Fees are payable to [[IBAN_CODE:IE43 BOFI 9000 1739 8246 15]]. Contractor PPS number on file. Signed for the Company by its Director, [[PERSON:Conor Walsh]].""",
    """NOTICE OF HEARING — Franklin County Municipal Court, Housing Division. Plaintiff: Northland Ridge Apartments LLC. Defendant: [[PERSON:Hamza Abdullahi]], [[ADDRESS:2260 Northland Ridge Blvd, Apt 4C]], [[LOCATION:Columbus]], [[LOCATION:Ohio]] [[ZIP_CODE:43229]]. The hearing is set for [[DATE_TIME:Wednesday, June 12, 2024 at 1:30 p.m.]] in Courtroom 11A. Interpreter (Somali) requested by [[PERSON:Mr. Abdullahi]] on [[DATE_TIME:May 28]].""",
    """CASH TRANSFER GRIEVANCE FORM. Complainant: [[PERSON:Amina Gedi Ali]], [[AGE:52]], [[LOCATION:Garissa]] town, [[LOCATION:Bulla Iftin]] ward. Household ID [[ID_NUMBER:GRS-HH-20931]]. Issue: the October transfer (KES 5,400) was sent to the old number [[PHONE_NUMBER:0716 233 408]] instead of her new line [[PHONE_NUMBER:0790 118 652]]. Complaint received [[DATE_TIME:6 Nov 2023]] by field officer [[PERSON:Abdikadir Mohamed]].""",
    """SUSPICIOUS ACTIVITY REPORT — narrative. Between [[DATE_TIME:March 2]] and [[DATE_TIME:March 29, 2024]] the subject, [[PERSON:Yusuf Ahmed Warsame]] (DOB [[DATE_TIME:10/08/1981]]; Ohio DL [[US_DRIVER_LICENSE:SK482201]]; [[ADDRESS:5380 Sinclair Rd]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43229]]), sent 23 transfers just under $3,000 each to [[PERSON:Mohamed Ahmed Warsame]] and [[PERSON:Idil Warsame]] in [[LOCATION:Kismayo]] and [[LOCATION:Nairobi]]. Subject's phone: [[PHONE_NUMBER:(614) 906-2271]].""",
    """BEST INTEREST ASSESSMENT — unaccompanied minor. Child: [[PERSON:Abdiwali Hassan]], [[AGE:15]], arrived at [[LOCATION:Kobe]] camp reception on [[DATE_TIME:4 December 2023]]. Claimed father: [[PERSON:Hassan Abdi Dahir]], last seen in [[LOCATION:Afmadow]]. Interim carer: [[PERSON:Ebla Noor]], [[ADDRESS:Zone 3, Block B12]], [[LOCATION:Kobe]]. Registration no. [[ID_NUMBER:ETH-KOB-23-10448]]. Caseworker: [[PERSON:Meseret Alemayehu]].""",
    """EMPLOYMENT VERIFICATION. To whom it may concern: [[PERSON:Samuel Otieno Odhiambo]] has been employed by Humber Valley Transit as a bus operator since [[DATE_TIME:March 3, 2019]]. His SIN is [[ID_NUMBER:527 149 033]] and his current address is [[ADDRESS:45 Dixon Road, Apt 1108]], [[LOCATION:Etobicoke]], [[LOCATION:ON]] [[ZIP_CODE:M9P 2L1]]. For confirmation call HR at 416-555-0100. — [[PERSON:Karen McLeod]], HR Manager""",
    """TRANSCRIPT REQUEST. Student: [[PERSON:Fayisa Lemma]]. Student ID: [[ID_NUMBER:s3947712]]. DOB: [[DATE_TIME:09/04/1998]]. Postal address: [[ADDRESS:Unit 6, 120 Racecourse Road]], [[LOCATION:Flemington]] [[LOCATION:VIC]] [[ZIP_CODE:3031]]. TFN (for HELP debt statement): [[ID_NUMBER:459 203 174]]. Email: [[EMAIL_ADDRESS:fayisa.lemma@student.rmit.edu.au]].""",
    """RESETTLEMENT CASE NOTE. Family of [[PERSON:Ahmed Aden Mohamud]] (5 members) arrived at Portland International Jetport on [[DATE_TIME:17 October 2023]] from [[LOCATION:Kakuma]]. Placed at [[ADDRESS:88 Birch Street, 2nd floor]], [[LOCATION:Lewiston]], [[LOCATION:ME]] [[ZIP_CODE:04240]]. I-94 recorded; A-number [[ID_NUMBER:A215-448-907]]. Wife [[PERSON:Deqa Ibrahim]] ([[AGE:31]]) needs a prenatal appointment; eldest son [[PERSON:Ali]] ([[AGE:12]]) enrolled at Longley School.""",
    """LEASE (shop premises). Lessor: [[PERSON:Pieter van der Merwe]], ID [[ID_NUMBER:8704125411081]]. Lessee: [[PERSON:Abdifatah Osman Ali]], [[NRP:Somali]] national, asylum seeker permit [[ID_NUMBER:JHBSOM004418215]]. Premises: [[ADDRESS:Shop 3, 21 Amanda Street]], [[LOCATION:Mayfair]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2092]]. Commencement: [[DATE_TIME:1 February 2024]]. Lessee cell: [[PHONE_NUMBER:073 418 2206]].""",
    """INCIDENT REPORT — distribution site, [[LOCATION:Doolow]]. On [[DATE_TIME:21/02/2024 at 14:00]] a dispute arose when [[PERSON:Sacdiyo Abdullahi]] (token no. [[ID_NUMBER:DLW-07731]]) found her name missing from the list. The site supervisor, [[PERSON:Mr. Hassan Kulmiye]], confirmed she was registered on [[DATE_TIME:3 January 2024]] and re-issued her entitlement. Witness: [[PERSON:Ubax Cali]], [[PHONE_NUMBER:0618 440 297]].""",
    # ai4privacy-like (continued)
    """Mandatory compliance training for [[PERSON:Ayanna Brooks]], Regional Web Analyst, begins [[DATE_TIME:June 3rd]]. Your login is [[USERNAME:abrooks_77]] and the temporary password is Jq7!vT0p. Questions: [[PHONE_NUMBER:+1-404-823-1177]]. Venue: [[ADDRESS:3400 Peachtree Rd NE, Suite 900]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30326]].""",
    """[[PERSON:Ifrah]], the portfolio you requested for your [[AGE:61]]-year-old father [[PERSON:Abdullahi Guled]] is ready. Link it to card [[CREDIT_CARD:3530 1127 4409 8662]] (JCB) and his passport [[ID_NUMBER:P00611428]]. We noticed a login from [[IP_ADDRESS:213.42.19.88]] ([[LOCATION:Dubai]]) — was that you?""",
    """Vehicle [[ID_NUMBER:WD21 FKN]] is booked for MOT by [[PERSON:Tobias Greenwood]] on [[DATE_TIME:Saturday 18 May 2024 at 08:30]]. Customer address: [[ADDRESS:7 Oakfield Close]], [[LOCATION:Horsforth]], [[LOCATION:Leeds]] [[ZIP_CODE:LS18 4QR]]. Please bring the V5C. Contact: [[EMAIL_ADDRESS:t.greenwood@btinternet.com]].""",
    """Good news, [[PERSON:Mei Ling Tan]]! Your NRIC [[ID_NUMBER:S8823471E]] has been verified and your PayNow is linked to [[PHONE_NUMBER:+65 9127 4408]]. Delivery of the new card to [[ADDRESS:Blk 412 Bedok North Ave 2, #09-118]], [[LOCATION:Singapore]] [[ZIP_CODE:460412]] is scheduled.""",
    """Our Senior Optimization Manager [[PERSON:Kebede]] locked himself out of the expense portal again; please reset his account [[USERNAME:kebede.t]] and send the recovery code to [[PHONE_NUMBER:+251 929 117 480]]. IPv6 of the request: [[IP_ADDRESS:2c0f:f8f0:5a21:1::8e]].""",
    """Dear [[PERSON:Ms. Wanjiku]], the amount of KES 27,000 has been credited to account [[ID_NUMBER:1244 0987 6612]]. Your IBAN-equivalent for international receipts is [[IBAN_CODE:AE53 0260 0010 1557 3409 822]] (held with our correspondent in [[LOCATION:Dubai]]). Sent on behalf of [[PERSON:Rashid Al Mansoori]], Direct Intranet Architect.""",
    """Hi, this is [[PERSON:Ayaan Hirsi]] from the [[LOCATION:Cedar-Riverside]] branch. I'm [[AGE:27]], a Human Directives Supervisor, and I'm looking for a roommate. My place: [[ADDRESS:1815 S 6th St, Apt 912]]. Text [[PHONE_NUMBER:612 294 0831]] or follow [[USERNAME:ayaan.hirsi.mn]] on Instagram.""",
    """The payment of €3,310 by [[PERSON:Abdi Nur Geedi]] into [[IBAN_CODE:FI90 1234 5600 0273 82]] was flagged; his henkilötunnus [[ID_NUMBER:110389-247E]] matches the record, but the IP [[IP_ADDRESS:91.152.204.67]] and user agent Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) do not.""",
    """Request from [[PERSON:Mx. Jordan Achterberg]]: please change the BSN on my file to [[ID_NUMBER:238194723]] and my IBAN to [[IBAN_CODE:NL58 ABNA 0492 2067 13]]; my home address is [[ADDRESS:Bilderdijkkade 60-3]], [[ZIP_CODE:1053 VM]] [[LOCATION:Amsterdam]].""",
    """[[PERSON:Gemechu]], the quarterly review with [[PERSON:Dr. Tsion Haile]] is moved to [[DATE_TIME:Friday, 26 April 2024, 3:45 PM]]. Bring your badge [[ID_NUMBER:ST-60418]] and the Discover card [[CREDIT_CARD:6482 1039 5577 1627]] for the hotel; expiry 08/28.""",
    # Nemotron-PII-like (continued)
    """payments = [
    {"name": "[[PERSON:Zeinab Aden]]", "msisdn": "[[PHONE_NUMBER:252615903441]]", "amount": 120, "district": "[[LOCATION:Dayniile]]"},
    {"name": "[[PERSON:Bashir Hussein Nur]]", "msisdn": "[[PHONE_NUMBER:252617740238]]", "amount": 120, "district": "[[LOCATION:Kaxda]]"},
    {"name": "[[PERSON:Hawa Ibrahim]]", "msisdn": "[[PHONE_NUMBER:252612085579]]", "amount": 90, "district": "[[LOCATION:Dayniile]]"},
]  # round 3, approved by [[USERNAME:f.ahmed]]""",
    """[[IP_ADDRESS:98.240.13.57]] - [[USERNAME:asha.k]] [14/Mar/2024:21:08:33 -0500] "GET /account/profile?email=[[EMAIL_ADDRESS:asha.kassim@gmail.com]] HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/122.0.0.0\"""",
    """MSH|^~&|CLINIC|HCMC|LAB|HCMC|202403141022||ADT^A04|MSG00918|P|2.5
PID|1||[[ID_NUMBER:00772418]]^^^HCMC^MR||[[PERSON:Abdi]]^[[PERSON:Hamdi]]^[[PERSON:Y]]||[[DATE_TIME:19870611]]|F|||[[ADDRESS:2920 Bloomington Ave]]^^[[LOCATION:Minneapolis]]^[[LOCATION:MN]]^[[ZIP_CODE:55407]]||[[PHONE_NUMBER:(612)555-0147]]""",
    """{"type":"wallet.cashout","at":"2024-04-09T16:45:00+03:00","agent_till":"882204","customer":{"name":"[[PERSON:Mohamed Ali Sheikh]]","msisdn":"[[PHONE_NUMBER:+252 63 4418820]]","kyc_id":"[[ID_NUMBER:SL-ID-0038817]]"},"amount":{"value":250,"currency":"USD"},"location":{"city":"[[LOCATION:Burao]]"}}""",
    """COPY refugees (case_no, name, sex, yob, phone) FROM stdin;
[[ID_NUMBER:KAK-21-009817]]	[[PERSON:Esther Nyandeng]]	F	1992	[[PHONE_NUMBER:0745 118 930]]
[[ID_NUMBER:KAK-21-009818]]	[[PERSON:Jean-Paul Habimana]]	M	1988	[[PHONE_NUMBER:0798 402 617]]
\\.""",
    """Order confirmation for [[PERSON:Oluwaseun Adeyemi]] — ship to [[ADDRESS:14 Admiralty Way, Flat 2B]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]. Paid with [[CREDIT_CARD:5194 1227 5590 0344]]. NIN [[ID_NUMBER:40218836715]] captured for customs. Order ID NG-88213-PX.""",
    # Somali
    """RASIID XAWAALAD. Diraha: [[PERSON:Cabdiraxmaan Xuseen Cali]], [[LOCATION:Minneapolis]], taleefan [[PHONE_NUMBER:+1 612 871 4420]]. Qaataha: [[PERSON:Xaliimo Cabdi Faarax]], [[LOCATION:Beledweyne]], lambarka EVC [[PHONE_NUMBER:061 5528 304]]. Lacagta: $400. Taariikhda: [[DATE_TIME:12 Maarso 2024]]. Lambarka xawilaadda: BW-22018-77. Saxiixa wakiilka: [[PERSON:Maxamed Nuur]].""",
    """Foomka diiwaangelinta qaxootiga — Magaca oo dhan: [[PERSON:Faadumo Maxamuud Cismaan]]; Da'da: [[AGE:41]]; Taariikhda dhalashada: [[DATE_TIME:01/01/1983]]; Jinsiga: dheddig; Xerada: [[LOCATION:Dagahaley]], [[ADDRESS:Block C2, Plot 91]]; Lambarka kiiska: [[ID_NUMBER:DAG-19-004522]]; Taleefanka: [[PHONE_NUMBER:0727 403 119]]; Meesha laga yimid: [[LOCATION:Jilib]], [[LOCATION:Jubbada Dhexe]], [[LOCATION:Soomaaliya]].""",
    """[[TITLE:Mudane]] [[PERSON:Axmed Cumar Jaamac]], lacagta kaalmada ee $90 waxaa loo diray lambarkaaga [[PHONE_NUMBER:0615 774 208]] [[DATE_TIME:15/04/2024 10:32]]. Aqoonsigaaga barnaamijka: [[ID_NUMBER:SO-BAI-0071458]]. Haddii aadan helin, wac 340 (bilaash).""",
    """Codsiga deynta — Magaca: [[PERSON:Sahra Maxamed Xasan]]; personnummer: [[ID_NUMBER:880314-2382]]; cinwaanka: [[ADDRESS:Rinkebytorget 4, lgh 1102]], [[ZIP_CODE:163 73]] [[LOCATION:Spånga]]; IBAN: [[IBAN_CODE:SE55 8000 0832 7900 2346 7719]]; iimayl: [[EMAIL_ADDRESS:sahra.xasan@gmail.com]]; shaqada: kalkaaliso caafimaad.""",
    """[[PERSON:Liibaan]], Agaasimaha Xisaabaadka, fadlan noo soo dir kaarka [[CREDIT_CARD:4189 3025 6677 4100]] (CVV 204) iyo cinwaankaaga cusub: [[ADDRESS:Tøyengata 31B]], [[ZIP_CODE:0578]] [[LOCATION:Oslo]]. Codsiga waxaa laga soo diray IP [[IP_ADDRESS:84.208.190.12]]. Fødselsnummer: [[ID_NUMBER:12059041736]].""",
    # Oromo
    """BEEKSISA GARGAARSA MAALLAQAA. Maqaa: [[PERSON:Caaltuu Guddataa Abdiisaa]]; Umurii: [[AGE:36]]; Aanaa: [[LOCATION:Gursum]]; Godina: [[LOCATION:Harargee Bahaa]]; Lakkoofsa bilbilaa: [[PHONE_NUMBER:0915 620 443]]; Lakkoofsa fayyadamaa: [[ID_NUMBER:HBG-0442-1187]]; Guyyaa galmee: [[DATE_TIME:Bitootessa 12, 2024]]. Maallaqni qarshii 3,000 karaa CBE Birr ni ergama.""",
    """{"maqaa_guutuu": "[[PERSON:Tolosaa Gammachuu Fayyisaa]]", "guyyaa_dhalootaa": "[[DATE_TIME:1985-06-14]]", "saala": "dhiira", "magaalaa": "[[LOCATION:Jimmaa]]", "ganda": "[[LOCATION:Hermataa]]", "bilbila": "[[PHONE_NUMBER:+251 917 304 882]]", "imeelii": "[[EMAIL_ADDRESS:tolosaa.g@gmail.com]]", "lakk_FAN": "[[ID_NUMBER:4578 2390 1164 7305]]"}""",
    """[[TITLE:Obbo]] [[PERSON:Dabalaa Tasfaayee]], maallaqni doolaara 500 kan [[PERSON:Lalisee Dabalaa]] [[LOCATION:Minnesota]] irraa [[DATE_TIME:Caamsaa 3, 2024]] erge herrega keessan [[ID_NUMBER:1000284633917]] Baankii Daldalaa Itoophiyaa, damee [[LOCATION:Naqamtee]] irratti galmaa'eera. Gaaffii yoo qabaattan [[PHONE_NUMBER:0911 27 4418]] irratti bilbilaa.""",
    """Qindeessituun Ragaa [[PERSON:Hawwii Tolaa]] ([[USERNAME:hawwii.tola]]) [[DATE_TIME:Onkoloolessa 21, 2023 sa'aatii 14:05]] irratti teessoo IP [[IP_ADDRESS:197.156.88.40]] irraa seente. Teessoon ishee [[ADDRESS:Lakk. Mana 2231]], [[LOCATION:Bishooftuu]] dha; imeeliin ishee [[EMAIL_ADDRESS:hawwii.tolaa@yahoo.com]].""",
]

GEN = [
    """[[PERSON:Abdiwahab Mohamud]] sends $200 to his mother in [[LOCATION:Hargeisa]] on the first Friday of every month through the hawala office at [[ADDRESS:1516 East Lake Street]], and she picks it up on her Zaad number, [[PHONE_NUMBER:063 4471 905]].""",
    """My aunt [[PERSON:Shamso]] asked me to check whether the $350 I sent her on [[DATE_TIME:January 9th]] had arrived; the agent said it was collected in [[LOCATION:Galkayo]] by someone using her ID card [[ID_NUMBER:PL 0044 7182]].""",
    """When [[PERSON:Nuradin Hersi]], [[AGE:44]], registered with UNHCR in [[LOCATION:Dadaab]] on [[DATE_TIME:12 March 2011]], he was given the case number [[ID_NUMBER:DAD-11-0118842]], which he still uses for every food distribution.""",
    """The cash transfer for the [[PERSON:Osman]] household in [[LOCATION:Baidoa]] was sent to [[PHONE_NUMBER:+252 61 774 3302]] on [[DATE_TIME:2 February 2024]], but the eldest daughter, [[PERSON:Ruqiya]], says the message never came.""",
    """Please update the records for [[PERSON:hodan abdi ahmed]], born [[DATE_TIME:14/08/1996]], who moved from [[LOCATION:Kakuma]] to [[LOCATION:Kalobeyei]] settlement last month; her new phone is [[PHONE_NUMBER:0791 233 508]].""",
    """After the drought, [[PERSON:Fatuma Guyo]] of [[LOCATION:Merti]] received KES 6,000 through the county's cash programme, paid to her M-Pesa line [[PHONE_NUMBER:0724-558-109]] and signed for at the chief's office on [[DATE_TIME:Monday 15 January]].""",
    """It was [[PERSON:Abdullahi]]'s cousin in [[LOCATION:Columbus]], [[PERSON:Jibril Aden]], who wired the $1,500 for the wedding, using his Chase account ending 0042 and listing his own number, [[PHONE_NUMBER:(614) 228-9071]].""",
    """I'm [[PERSON:Sagal]], [[AGE:19]], and I just got my refugee ID in [[LOCATION:Nairobi]] — the number is [[ID_NUMBER:RID 0411883]] — so now I can finally open an M-Pesa account in my own name.""",
    """The humanitarian agency's hotline took a complaint from [[PERSON:Mohamed Isak]] on [[DATE_TIME:23 October 2023 at 4:10 pm]]: his household in [[LOCATION:Luuq]] had been registered twice, under [[ID_NUMBER:LQ-3318]] and [[ID_NUMBER:LQ-3391]].""",
    """Send the money to my brother [[PERSON:Abdirizak]], not to me — his Dahabshiil account is [[ID_NUMBER:DB 40 118 772]] and he lives in the [[LOCATION:26 June]] district of [[LOCATION:Hargeisa]].""",
    """Every Eid, [[PERSON:Ikran Mohamed]] from [[LOCATION:Southall]] sends £150 to her grandmother in [[LOCATION:Burao]]; this year she used her Lloyds IBAN [[IBAN_CODE:GB12 LOYD 3096 2117 0045 81]], which the agent wrote down by hand.""",
    """Verification call log: spoke with [[PERSON:Amran Sheikh]] at [[PHONE_NUMBER:+252 907 441 203]], confirmed her date of birth as [[DATE_TIME:the 3rd of May 1990]] and her household size as six before releasing the second tranche.""",
    """The refugee registration clerk typed [[PERSON:Nyibol Akech]]'s birth date as [[DATE_TIME:01/01/2000]] because she didn't know it; her real birthday, she later told the caseworker, is [[DATE_TIME:19 December]]. [[PERSON:Nyibol]] is [[AGE:24]].""",
    """[[PERSON:Yasin Farah]] runs a small hawala counter in [[LOCATION:Eastleigh]] and keeps a notebook of every sender; the page for [[DATE_TIME:4 April]] lists [[PERSON:Maryan Gedi]], [[PHONE_NUMBER:0722 904 318]], 15,000 shillings to [[LOCATION:Beledhawo]].""",
    """For the winter cash top-up, families in [[LOCATION:Melkadida]] like that of [[PERSON:Abdia Yusuf]] (ration card [[ID_NUMBER:MKD-221-0918]]) were paid on [[DATE_TIME:18 December 2023]], the same day her son [[PERSON:Bilal]] turned [[AGE:10]].""",
    """Could you tell [[TITLE:mr.]] [[PERSON:warsame]] that his transfer to [[LOCATION:Bosaso]] is on hold until he sends a copy of his green card? He can email it to compliance at the branch or text it to [[PHONE_NUMBER:612-845-0319]], which is his own cell.""",
    """[[PERSON:Zahra Abdi]] lost her ration card during the move from [[LOCATION:Ifo]] to [[LOCATION:Hagadera]]; the replacement, issued on [[DATE_TIME:7 June 2023]], carries the number [[ID_NUMBER:HAG-RC-018447]].""",
    """We registered [[PERSON:Kadija Ibrahim Hassan]], [[AGE:67]], as a vulnerable individual on [[DATE_TIME:Thursday 11 January 2024]]; her cash is to be collected by her neighbour [[PERSON:Marian Noor]], ID [[ID_NUMBER:24918307]].""",
    """Last year [[PERSON:Ahmed]] from [[LOCATION:Willmar]] sent a total of $6,200 home to [[LOCATION:Kismayo]], mostly to his sister [[PERSON:Faiza Ahmed]], whose mobile-money number is [[PHONE_NUMBER:+252 61 599 0481]].""",
    """My name is [[PERSON:Abdi Kassim Noor]], I was born in [[LOCATION:Mogadishu]] on [[DATE_TIME:2 January 1979]], and I have been living at [[ADDRESS:2119 Riverside Avenue, Apartment 18]] in [[LOCATION:Minneapolis]] since [[DATE_TIME:March 2002]].""",
    """The IOM cash card issued to [[PERSON:Hodan Warsame Jama]] in [[LOCATION:Dolow]] ends in 4418, but her beneficiary number is [[ID_NUMBER:DLW-BEN-22714]] and her phone is [[PHONE_NUMBER:+252 615 220 781]].""",
    """Western Union told [[PERSON:Kedir Hussein]] that his $300 to [[PERSON:Aster Kedir]] in [[LOCATION:Dire Dawa]] would be available by [[DATE_TIME:Saturday, 2 March]]; he gave them his Virginia licence, [[US_DRIVER_LICENSE:T41802297]], as ID.""",
    """Because [[PERSON:Sahra]]'s UNHCR mandate certificate had expired on [[DATE_TIME:30 September 2023]], the bank in [[LOCATION:Addis Ababa]] refused to let her receive the transfer sent by [[PERSON:Hamza Hirsi]] from [[LOCATION:Toronto]].""",
    """Field note, [[LOCATION:Garowe]]: [[PERSON:Asli Mohamed]], [[AGE:29]], pregnant, registered at the IDP site of [[LOCATION:Jilab]] on [[DATE_TIME:09/01/2024]]; phone [[PHONE_NUMBER:090 778 4210]]; cash round 2 approved.""",
    """[[PERSON:Mohamed A. Hassan]] of [[ADDRESS:4115 Cedar Ave S]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55407]] has been an authorized agent of our money-transfer service since [[DATE_TIME:June 2016]].""",
    """At the [[LOCATION:Kakuma 4]] reception centre, [[PERSON:Nkurunziza Emmanuel]], a [[NRP:Burundian]], gave his date of birth as [[DATE_TIME:17 July 1984]] and was assigned proGres number [[ID_NUMBER:386-23C07712]].""",
    """My sister [[PERSON:hamdi]] needs the money today — could you send it to her EVC number [[PHONE_NUMBER:0617 220 394]] instead of mine? She's in [[LOCATION:Hodan]] district near the KM4 roundabout.""",
    """The cash-for-work roster for [[LOCATION:Wajir]] lists [[PERSON:Abdirahman Ali Maalim]] as team leader, born [[DATE_TIME:1 Jan 1975]], ID [[ID_NUMBER:12044718]], paid KES 500 a day to [[PHONE_NUMBER:0710 337 460]].""",
    """When [[PERSON:Hawa]] tried to collect the money her son [[PERSON:Abdulkadir]] had sent from [[LOCATION:Bristol]], the agent in [[LOCATION:Beledweyne]] asked for the code and her phone; she gave [[PHONE_NUMBER:061 884 2207]].""",
    """[[TITLE:Sheikh]] [[PERSON:Abdullahi Nur]], imam of the [[LOCATION:Riverside Plaza]] mosque, collected $12,400 for the flood victims in [[LOCATION:Beledweyne]] and sent it on [[DATE_TIME:November 20, 2023]].""",
    # widely spread domains
    """Hi, this is [[PERSON:Wanjiru Njoroge]] calling about my car insurance renewal — the policy is under my husband's name, [[PERSON:Peter Njoroge]], and the car's registration is [[ID_NUMBER:KDA 551J]].""",
    """[[PERSON:Dr. Meseret Alemu]] will see [[PERSON:Biniam]] for his asthma review on [[DATE_TIME:Tuesday 9 July at 11:20]]; his NHS number is [[ID_NUMBER:401 238 8673]] and the family recently moved to [[ADDRESS:12 Lea Bridge Road]], [[LOCATION:London]] [[ZIP_CODE:E5 9QD]].""",
    """The landlord, [[PERSON:Graham Pike]], kept the deposit even though [[PERSON:Ayan Ismail]] left the flat at [[ADDRESS:Flat 6, 3 Brunswick Square]], [[LOCATION:Bristol]] on [[DATE_TIME:31 August]] in perfect condition.""",
    """[[PERSON:Kiplagat]] just turned [[AGE:40]] and treated himself to a Garmin watch from the [[LOCATION:Eldoret]] branch; the warranty card is registered to [[EMAIL_ADDRESS:kiplagat.k@gmail.com]].""",
    """Our vet records show that Simba, the cat belonging to [[PERSON:Lerato Mokoena]], is due for vaccines on [[DATE_TIME:14 May]]; please confirm on [[PHONE_NUMBER:082 417 3390]].""",
    """I'm writing to you, Professor, because [[PERSON:Deqa]]'s student number, [[ID_NUMBER:U2291847]], doesn't show up on the exam list for [[DATE_TIME:Thursday the 16th]], and she has registered twice.""",
    """Between you and me, [[PERSON:Priya Nair]]'s new address is [[ADDRESS:22 Willow Crescent]], [[LOCATION:Hamilton]] [[ZIP_CODE:3216]]; she asked me not to give it to her ex, [[PERSON:Rohan]].""",
    """The gym flagged that member [[ID_NUMBER:FF-220417]], [[PERSON:Chidi Okonkwo]], [[AGE:33]], scanned in at the [[LOCATION:Ikeja]] branch and the [[LOCATION:Lekki]] branch within ten minutes of each other.""",
    """Congrats to [[PERSON:Emily Chen]] and [[PERSON:Jamal Washington]], who got married on [[DATE_TIME:June 8, 2024]] in [[LOCATION:Oakland]]! Gifts can be sent to [[ADDRESS:3014 Harrison St, Apt 5]], [[LOCATION:Oakland]], [[LOCATION:CA]] [[ZIP_CODE:94611]].""",
    """Could the tech guy please reset the laptop for [[PERSON:tesfaye]]? His login [[USERNAME:tgirma]] stopped working after the update and he can be reached on [[PHONE_NUMBER:+251 930 44 1182]].""",
    """My daughter [[PERSON:Amal]] is [[AGE:6]] and starts Year 2 at Barley Lane Primary on [[DATE_TIME:4 September]]; her older brother [[PERSON:Yahya]], [[AGE:9]], is already there.""",
    """The courier tried to deliver [[PERSON:Liam O'Brien]]'s parcel to [[ADDRESS:Apt 3B, 210 Grafton Street]] on [[DATE_TIME:Friday afternoon, 12 April]], but nobody answered, so it's at the depot in [[LOCATION:Cork]] now.""",
    """Hello! I'm [[PERSON:Maricel Santos]], [[AGE:35]], a nurse from [[LOCATION:Quezon City]]. My SSS number is [[ID_NUMBER:34-1827745-2]] and I need to update my PhilHealth contributions before [[DATE_TIME:June 30]].""",
    """Good morning — this is [[PERSON:Habiba Osman]] from [[LOCATION:Tukwila]]; I'd like to dispute the charge of $89.99 on my card [[CREDIT_CARD:4024 0071 8843 9573]] from a store I never visited.""",
    """The court appointed [[PERSON:Aarav Mehta]] as guardian ad litem for the minor [[PERSON:K. L.]], born [[DATE_TIME:2 November 2012]], at the hearing of [[DATE_TIME:19 February 2024]].""",
    """We've booked a twin room for [[PERSON:Mr. Dawit Bekele]] and [[PERSON:Mrs. Selam Bekele]] arriving [[DATE_TIME:14 August]] and leaving [[DATE_TIME:18 August]], at our [[LOCATION:Mombasa]] beach hotel; the deposit was charged to [[CREDIT_CARD:5402 8711 3940 2686]].""",
    """According to the Telkom records, the number [[PHONE_NUMBER:0734 009 221]] was registered to [[PERSON:Ochieng Barasa]] of [[LOCATION:Kisumu]] on [[DATE_TIME:May 5, 2019]] using ID [[ID_NUMBER:26630914]].""",
    """[[PERSON:Aroha Ngata]] from [[LOCATION:Rotorua]] won the raffle — please post the prize to [[ADDRESS:PO Box 1184]], [[LOCATION:Rotorua]] [[ZIP_CODE:3040]] and ring her on [[PHONE_NUMBER:021 448 9017]].""",
    """The pharmacist noticed that [[PERSON:Abdisalam]]'s prescription listed his age as [[AGE:72]] but his date of birth as [[DATE_TIME:04/11/1961]], so she called his son [[PERSON:Mahad]] at [[PHONE_NUMBER:(952) 441-0736]] to check.""",
    """In the group chat, someone posted [[PERSON:Selamawit]]'s Instagram, [[URL:instagram.com/selam.tadesse]], and her workplace; she reported it to the police in [[LOCATION:Silver Spring]] on [[DATE_TIME:March 12]].""",
    """[[PERSON:Tendai Moyo]], [[AGE:45]], has applied for the warehouse supervisor role; his references are [[PERSON:Grace Banda]] ([[PHONE_NUMBER:+27 71 225 9048]]) and [[PERSON:Sipho Dlamini]].""",
    """Please transfer the refund to [[PERSON:Rahel Gebremedhin]]'s account — IBAN [[IBAN_CODE:DE64 7607 0024 0416 8293 00]] — and email the confirmation to [[EMAIL_ADDRESS:rahel.gebremedhin@web.de]].""",
    """The new tenant in 4C, [[PERSON:Marcus Hill]], asked that his mail be forwarded from his old address, [[ADDRESS:1180 Oak Grove Rd, Unit 12]], [[LOCATION:Decatur]], [[LOCATION:GA]] [[ZIP_CODE:30033]].""",
    """As of [[DATE_TIME:1 May 2024]], [[PERSON:Nasra Duale]] will join the payroll team; her staff ID is [[ID_NUMBER:HR-38817]] and her desk phone is extension 2241.""",
    """Streamer [[USERNAME:xX_Farah_Xx]], whose real name is [[PERSON:Farah Abdi]], says he's [[AGE:17]] and lives in [[LOCATION:Leicester]]; mods should check his age before the tournament.""",
    """The ambulance took [[PERSON:Mrs. Olga Petrenko]], [[AGE:83]], from [[ADDRESS:7 Maple Court]], [[LOCATION:Winnipeg]] to the General on [[DATE_TIME:Sunday night, 3 March, around 11 pm]]; her son [[PERSON:Andriy]] was notified.""",
    """my name is [[PERSON:ali]] and i live at [[ADDRESS:44 st marks road]] [[LOCATION:easton]] [[LOCATION:bristol]] — i want to cancel the broadband, the account is under [[PERSON:fadumo ali]], my wife.""",
    """Our records show that [[PERSON:Jatani Boru]] renewed his Kenyan passport [[ID_NUMBER:AK0412975]] at the [[LOCATION:Moyale]] Huduma Centre on [[DATE_TIME:22 November 2023]].""",
    """Tell [[PERSON:Zainab]] the doctor's appointment moved to [[DATE_TIME:Wed 10 April, 9:40am]] at the clinic at [[ADDRESS:2700 Bloomington Ave]] — not the one in [[LOCATION:Richfield]].""",
    """The flight manifest lists [[PERSON:Abdiaziz Yusuf]] (seat 23C), passport [[ID_NUMBER:P00930217]], date of birth [[DATE_TIME:27 JUL 1992]], travelling from [[LOCATION:Nairobi]] to [[LOCATION:London]].""",
    """We met [[PERSON:Bilan]] at the job fair; she's a [[AGE:22]]-year-old software graduate from [[LOCATION:Minneapolis]] and gave us her GitHub, [[URL:github.com/bilan-codes]], and her email, [[EMAIL_ADDRESS:bilan.h.ali@gmail.com]].""",
    """[[PERSON:Kwame Mensah]]'s Canadian SIN is [[ID_NUMBER:618-302-772]] and his birthday is [[DATE_TIME:18 February]]; please don't store either in the shared spreadsheet.""",
    """An Uber driver, [[PERSON:Abdullahi Said]], found a wallet with the driving licence of [[PERSON:Rachel Goldberg]], [[ADDRESS:318 Lexington Ave]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10016]], licence number [[US_DRIVER_LICENSE:482 119 706]].""",
    """At the Jimma University alumni dinner, [[PERSON:Abebe Gudina]], class of 2009, announced his move to [[LOCATION:Calgary]]; his new cell is [[PHONE_NUMBER:(403) 608-2291]].""",
    """Her claim was denied because [[PERSON:Ana Lúcia Ferreira]] listed her date of birth as [[DATE_TIME:12/05/1980]] on one form and [[DATE_TIME:05/12/1980]] on another.""",
    """Reminder: [[PERSON:Imran Qureshi]] ([[EMAIL_ADDRESS:iqureshi@outlook.com]]) and [[PERSON:Nadia Qureshi]] owe the strata levy for [[ADDRESS:Unit 14, 9 Marsden Street]], [[LOCATION:Parramatta]] [[LOCATION:NSW]] [[ZIP_CODE:2150]].""",
    """The lost-and-found form says the bag belongs to [[PERSON:Guled]], [[AGE:12]], and gives his mum's number, [[PHONE_NUMBER:07459 337 102]].""",
    """I can vouch for [[PERSON:Chaltu Abdisa]]: I've known her since [[DATE_TIME:September 2015]], when she moved into the flat below mine at [[ADDRESS:27 Grove Road]], [[LOCATION:Walthamstow]].""",
    """[[TITLE:Rev.]] [[PERSON:Daniel Kiprop]] will officiate; the couple, [[PERSON:Faith Chepkoech]] and [[PERSON:Brian Kiptoo]], were born on [[DATE_TIME:9 March 1996]] and [[DATE_TIME:30 October 1994]].""",
    """To claim your prize, [[PERSON:Ms. Omondi]], please reply with your ID number, which we have as [[ID_NUMBER:30118224]], and your M-Pesa number [[PHONE_NUMBER:0702 441 889]] — our office will never ask for your PIN.""",
    """Ask [[PERSON:Liban Abdi]] — he's [[AGE:31]], drives for Lyft in [[LOCATION:San Diego]], and lives near [[LOCATION:City Heights]] on [[ADDRESS:4320 Fairmount Ave]].""",
    """For the bursary, [[PERSON:Nimco Salad]] of [[LOCATION:Garissa]], a [[NRP:Kenyan]] citizen born on [[DATE_TIME:15 April 2006]], submitted her KCSE index [[ID_NUMBER:20701114/088]] and her birth certificate.""",
    """[[PERSON:Siddiq]] wants to know if the [[ADDRESS:1400 Chicago Ave]] apartment still has parking; reply to [[EMAIL_ADDRESS:siddiq.mohamed@gmail.com]] before the viewing on Saturday at 2.""",
    """We have a booking for [[PERSON:Hiroshi Tanaka]] and his partner [[PERSON:Liya]], arriving [[DATE_TIME:Sept 2]] and leaving [[DATE_TIME:Sept 7]]; the card on file is [[CREDIT_CARD:3770 642198 53109]].""",
    """[[PERSON:Mahamed]], a [[NRP:Somali]] [[NRP:Muslim]] from [[LOCATION:Cardiff]], told the tribunal he was dismissed on [[DATE_TIME:16 January 2024]] after asking for time off for Friday prayers.""",
    """The wedding photos from [[PERSON:Ruun]]'s big day are on [[URL:https://www.facebook.com/ruun.abdullahi.5]], but please don't tag her employer.""",
    """The WFP SCOPE card for [[PERSON:Ardo Hassan Ibrahim]] was re-issued after her fingerprints failed to match; the new card is linked to beneficiary number [[ID_NUMBER:SCOPE-KE-2201848817]] and her husband, [[PERSON:Ibrahim Dagane]], is listed as the alternate collector.""",
    """If you're sending money to [[LOCATION:Mogadishu]] this week, [[PERSON:Abshir]] at the [[LOCATION:Seattle]] office says the new compliance rule needs the recipient's full name (say, [[PERSON:Ilhan Abshir Dualeh]]), a phone like [[PHONE_NUMBER:+252 61 2290 734]], and the sender's date of birth, which for him is [[DATE_TIME:Aug 15, 1977]].""",
    """[[PERSON:Mercy Wambui]], [[AGE:26]], was named employee of the month at the [[LOCATION:Thika]] branch and will receive her bonus on [[DATE_TIME:28 June]].""",
    """The DMV letter for [[PERSON:Ahmed Mohamud]] lists his California licence as [[US_DRIVER_LICENSE:D4418207]] and his address as [[ADDRESS:4255 Menlo Ave, #7]], [[LOCATION:San Diego]], [[LOCATION:CA]] [[ZIP_CODE:92115]].""",
    """please tell [[PERSON:yusuf]] that [[PERSON:abdi]]'s mum called, she needs the car on [[DATE_TIME:sunday the 21st]] for her appointment at the hospital in [[LOCATION:st cloud]]""",
    # Somali
    """[[PERSON:Cabdullaahi Maxamed]] wuxuu [[DATE_TIME:3dii Janaayo 2024]] u diray $250 hooyadiis [[PERSON:Xaawo Cali]] oo ku nool [[LOCATION:Gaalkacyo]]; lambarkeeda EVC waa [[PHONE_NUMBER:0615 402 773]].""",
    """Magacaygu waa [[PERSON:Hodan Cabdi Warsame]], waxaan ahay [[AGE:32]] jir, waxaana ku noolahay [[ADDRESS:1830 S 6th Street, Apt 405]], [[LOCATION:Minneapolis]]. Lambarka taleefankaygu waa [[PHONE_NUMBER:612 555 0193]].""",
    """Qoyska [[PERSON:Maxamuud Xasan]] ee xerada [[LOCATION:Hagadera]] waxaa la diiwaangeliyey [[DATE_TIME:22 Oktoobar 2023]]; lambarka kiiskoodu waa [[ID_NUMBER:HAG-23-008817]], lacagtana waxaa qaadaneysa xaaskiisa [[PERSON:Deeqa]].""",
    """Walaashay [[PERSON:Sucaad]] lacagteedii kaalmada ee bishan ma helin; fadlan hubi lambarkeeda [[PHONE_NUMBER:0618 332 094]] iyo aqoonsigeeda [[ID_NUMBER:BDA-00918]] ee [[LOCATION:Baydhabo]].""",
    """[[TITLE:Xaaji]] [[PERSON:Cumar Faarax]] oo [[AGE:70]] jir ah ayaa xawaalad ka furay [[LOCATION:Eastleigh]] sannadkii 1998; maanta wiilkiisa [[PERSON:Axmed]] ayaa maamula, taleefankiisuna waa [[PHONE_NUMBER:+254 722 318 440]].""",
    # Oromo
    """Maqaan koo [[PERSON:Lensaa Tolasaa]] jedhama; umuriin koo waggaa [[AGE:27]] dha, [[LOCATION:Finfinnee]] keessa, kutaa magaalaa [[LOCATION:Kolfee Qaraniyoo]] jiraadha. Lakkoofsi bilbilaa koo [[PHONE_NUMBER:0912 840 337]] dha.""",
    """Obboleessi koo [[PERSON:Gammachuu]] [[LOCATION:Minnesota]] irraa [[DATE_TIME:Guraandhala 14, 2024]] doolaara 300 naaf erge; maallaqni kun herrega koo [[ID_NUMBER:1000 3317 2284 6]] irratti gale.""",
    """Haadha manaa [[PERSON:Jaatanii Boruu]], [[PERSON:Halloo Guyyoo]], [[LOCATION:Yaaballoo]] keessatti gargaarsa maallaqaa fudhachuuf [[DATE_TIME:Ebla 2, 2024]] galmoofte; lakkoofsi fayyadamtootaa ishee [[ID_NUMBER:BRN-0771-204]].""",
    """[[PERSON:Biftuu]] barreessituu mana murtii [[LOCATION:Adaamaa]] ti; imeeliin ishee [[EMAIL_ADDRESS:biftuu.dinsaa@gmail.com]], guyyaan dhalootaa ishee immoo [[DATE_TIME:Adoolessa 9, 1993]] dha.""",
]

TABLE = [
    """hh_id,head_of_household,phone,site,members,amount_usd,paid_on
HH-0412,[[PERSON:Abdi Hassan Gure]],[[PHONE_NUMBER:0615 227 840]],[[LOCATION:Kaxda]],6,90,[[DATE_TIME:2024-03-04]]
HH-0413,[[PERSON:Fartun Ali Warsame]],[[PHONE_NUMBER:0617 903 315]],[[LOCATION:Kaxda]],4,70,[[DATE_TIME:2024-03-04]]
HH-0417,[[PERSON:Nuurto Sheikh Aden]],[[PHONE_NUMBER:0612 448 019]],[[LOCATION:Garasbaley]],8,90,[[DATE_TIME:2024-03-05]]
HH-0420,[[PERSON:Ibrahim Osman Roble]],[[PHONE_NUMBER:0618 771 204]],[[LOCATION:Garasbaley]],3,70,not paid""",
    """Name	Extension	Mobile	Email	Team
[[PERSON:Achieng Otieno]]	2210	[[PHONE_NUMBER:0722 118 406]]	[[EMAIL_ADDRESS:achieng.otieno@tumainifoundation.org]]	Finance
[[PERSON:Hassan Dubow]]	2214	[[PHONE_NUMBER:0733 904 271]]	[[EMAIL_ADDRESS:hassan.dubow@tumainifoundation.org]]	Programmes
[[PERSON:Grace Nduta]]	2231	[[PHONE_NUMBER:0711 560 338]]	[[EMAIL_ADDRESS:grace.nduta@tumainifoundation.org]]	HR""",
    """| Patient | DOB | Appointment | Clinician | Room |
|---|---|---|---|---|
| [[PERSON:Hodan Yusuf]] | [[DATE_TIME:12/03/1994]] | [[DATE_TIME:Mon 15 Apr 09:00]] | [[PERSON:Dr. Okeke]] | 4 |
| [[PERSON:Teshome Abera]] | [[DATE_TIME:02/11/1962]] | [[DATE_TIME:Mon 15 Apr 09:20]] | [[PERSON:Dr. Okeke]] | 4 |
| [[PERSON:Layla Mahmoud]] | [[DATE_TIME:25/07/2010]] | [[DATE_TIME:Mon 15 Apr 09:40]] | [[PERSON:Dr. Mensah]] | 2 |""",
    """DATE        SENDER                  RECEIVER               DEST        USD   CODE
[[DATE_TIME:2024-01-03]]  [[PERSON:Abdirahman Jama]]         [[PERSON:Sahra Jama]]             [[LOCATION:Hargeisa]]    300   HG8841
[[DATE_TIME:2024-01-03]]  [[PERSON:Mohamed Ali Farah]]       [[PERSON:Asha Farah]]             [[LOCATION:Garowe]]      150   GR1120
[[DATE_TIME:2024-01-04]]  [[PERSON:Deqa Hussein]]            [[PERSON:Halima Nur]]             [[LOCATION:Baidoa]]      200   BD0917
[[DATE_TIME:2024-01-05]]  [[PERSON:Liban Egal]]              [[PERSON:Abdikarim Egal]]         [[LOCATION:Burao]]       500   BR4402""",
    """{"user": "[[USERNAME:kibet_88]]", "email": "[[EMAIL_ADDRESS:kibet.rono88@gmail.com]]", "last_ip": "[[IP_ADDRESS:41.80.115.62]]", "plan": "free"}
{"user": "[[USERNAME:sarah.w]]", "email": "[[EMAIL_ADDRESS:sarah.wanjala@yahoo.com]]", "last_ip": "[[IP_ADDRESS:105.27.91.4]]", "plan": "pro"}
{"user": "[[USERNAME:mo_farah_fan]]", "email": "[[EMAIL_ADDRESS:abdiqani.m@outlook.com]]", "last_ip": "[[IP_ADDRESS:2001:4860:7:50e::f2]]", "plan": "free"}""",
    """emergency_contacts:
  - name: [[PERSON:Ayan Mohamed]]
    relation: sister
    phone: "[[PHONE_NUMBER:+44 7700 415 992]]"
    city: [[LOCATION:Birmingham]]
  - name: [[PERSON:Khalif Mohamed]]
    relation: father
    phone: "[[PHONE_NUMBER:+252 63 442 1187]]"
    city: [[LOCATION:Hargeisa]]""",
    """Full name:        [[PERSON:Abebech Tadesse Gemechu]]
Date of birth:    [[DATE_TIME:19 Nov 1989]]
Nationality:      [[NRP:Ethiopian]]
Passport:         [[ID_NUMBER:EP4418207]]
Phone:            [[PHONE_NUMBER:+251 911 632 047]]
Email:            [[EMAIL_ADDRESS:abebech.tg@gmail.com]]
Visa category:    Student
Intended arrival: [[DATE_TIME:1 September 2024]]""",
    """student,age,class,guardian,guardian_phone,bus
[[PERSON:Ilhan Abdi]],[[AGE:8]],3B,[[PERSON:Sadia Abdi]],[[PHONE_NUMBER:612-871-2204]],yes
[[PERSON:Omar Farah]],[[AGE:9]],3B,[[PERSON:Muna Farah]],[[PHONE_NUMBER:612-338-9145]],no
[[PERSON:Nasteho Ali]],[[AGE:8]],3A,[[PERSON:Ali Gedi]],[[PHONE_NUMBER:763-444-0187]],yes
[[PERSON:Yusuf Warsame]],[[AGE:7]],3A,[[PERSON:Hibo Warsame]],[[PHONE_NUMBER:612-225-7710]],yes""",
    """guest | room | check_in | check_out | card
[[PERSON:M. Kariuki]] | 204 | [[DATE_TIME:2024-06-10]] | [[DATE_TIME:2024-06-12]] | [[CREDIT_CARD:4485 9001 2377 3159]]
[[PERSON:A. Haile]] | 311 | [[DATE_TIME:2024-06-10]] | [[DATE_TIME:2024-06-14]] | [[CREDIT_CARD:5588 1204 7736 2193]]
[[PERSON:R. Abdullahi]] | 118 | [[DATE_TIME:2024-06-11]] | [[DATE_TIME:2024-06-11]] | cash""",
    """cardholder,card_number,exp,cvv,billing_zip
[[PERSON:Jennifer Kowalski]],[[CREDIT_CARD:4929388104751028]],03/27,114,[[ZIP_CODE:60614]]
[[PERSON:Abdirizak Nur]],[[CREDIT_CARD:2223006419852748]],10/25,892,[[ZIP_CODE:55407]]
[[PERSON:Thi Lan Nguyen]],[[CREDIT_CARD:6221260084193754]],07/26,501,[[ZIP_CODE:77072]]""",
    """Case No.	Principal applicant	Sex	Date of birth	Country of origin	Registered
[[ID_NUMBER:KAK-24-000418]]	[[PERSON:Nyandit Gatluak]]	F	[[DATE_TIME:1990-05-12]]	[[LOCATION:South Sudan]]	[[DATE_TIME:2024-01-08]]
[[ID_NUMBER:KAK-24-000419]]	[[PERSON:Irakoze Claudine]]	F	[[DATE_TIME:1997-11-30]]	[[LOCATION:Burundi]]	[[DATE_TIME:2024-01-08]]
[[ID_NUMBER:KAK-24-000425]]	[[PERSON:Mohamed Adam Ishag]]	M	[[DATE_TIME:1983-02-01]]	[[LOCATION:Sudan]]	[[DATE_TIME:2024-01-09]]
[[ID_NUMBER:KAK-24-000431]]	[[PERSON:Amani Bahati]]	M	[[DATE_TIME:2001-08-19]]	[[LOCATION:DR Congo]]	[[DATE_TIME:2024-01-10]]""",
    """| Employee | Country | IBAN | Start |
|----------|---------|------|-------|
| [[PERSON:Ruud de Vries]] | [[LOCATION:Netherlands]] | [[IBAN_CODE:NL49 INGB 0007 4602 81]] | [[DATE_TIME:01-02-2022]] |
| [[PERSON:Ayaan Cabdi]] | [[LOCATION:Belgium]] | [[IBAN_CODE:BE30 0635 8441 2911]] | [[DATE_TIME:15-03-2023]] |
| [[PERSON:Camille Laurent]] | [[LOCATION:France]] | [[IBAN_CODE:FR76 3000 4008 2100 0127 3451 948]] | [[DATE_TIME:04-09-2023]] |
| [[PERSON:Jonas Becker]] | [[LOCATION:Germany]] | [[IBAN_CODE:DE46 5001 0517 5408 8133 60]] | [[DATE_TIME:01-11-2023]] |""",
    """UNIT  TENANT                     MOVE-IN      PHONE             RENT
101   [[PERSON:Hamdi Warsame]]              [[DATE_TIME:03/01/2021]]   [[PHONE_NUMBER:(612) 872-4410]]    $1,150
102   [[PERSON:Tolossa Fayisa]]             [[DATE_TIME:09/15/2022]]   [[PHONE_NUMBER:(612) 245-8831]]    $1,150
201   [[PERSON:Kelsey Anderson]]            [[DATE_TIME:06/01/2023]]   [[PHONE_NUMBER:(651) 307-2296]]    $1,280
202   vacant                     -            -                 $1,280""",
    """{"agent": "[[PERSON:Abdiqadir Nur]]", "city": "[[LOCATION:Kismayo]]", "mobile": "[[PHONE_NUMBER:+252 61 3307 118]]", "float_usd": 12000}
{"agent": "[[PERSON:Fadumo Xasan]]", "city": "[[LOCATION:Baidoa]]", "mobile": "[[PHONE_NUMBER:+252 61 5540 276]]", "float_usd": 8000}
{"agent": "[[PERSON:Jama Roble]]", "city": "[[LOCATION:Erigavo]]", "mobile": "[[PHONE_NUMBER:+252 63 3019 884]]", "float_usd": 5000}
{"agent": "[[PERSON:Sahra Omar]]", "city": "[[LOCATION:Dhusamareb]]", "mobile": "[[PHONE_NUMBER:+252 61 7762 030]]", "float_usd": 6500}""",
    """volunteer,nationality,languages,shift,contact
[[PERSON:Mariam Yusuf]],[[NRP:Somali]],"Somali, English, Swahili",Sat AM,[[EMAIL_ADDRESS:mariam.y.volunteer@gmail.com]]
[[PERSON:Desta Haile]],[[NRP:Eritrean]],"Tigrinya, Arabic",Sat PM,[[PHONE_NUMBER:+46 70 441 2297]]
[[PERSON:Gemechis Wakjira]],[[NRP:Ethiopian]],"Afaan Oromoo, Amharic",Sun AM,[[EMAIL_ADDRESS:gemechis.w@hotmail.com]]""",
    """speakers:
  - name: "[[PERSON:Dr. Amina Abdulle]]"
    affiliation: University of Nairobi
    email: [[EMAIL_ADDRESS:a.abdulle@uonbi.ac.ke]]
    session: "Mobile money in the Somali diaspora"
  - name: "[[PERSON:Prof. Tesfaye Gudeta]]"
    affiliation: Addis Ababa University
    email: [[EMAIL_ADDRESS:tesfaye.gudeta@aau.edu.et]]
    session: "Cash transfers after drought"
  - name: "[[PERSON:Kate Morrison]]"
    affiliation: independent
    email: [[EMAIL_ADDRESS:kate@katemorrison.net]]
    session: closing""",
    """Employee:      [[PERSON:Abdullahi Mohamed Yusuf]]
Employee no.:  [[ID_NUMBER:004417]]
NI number:     [[ID_NUMBER:PX 33 18 07 D]]
Tax code:      1257L
Pay date:      31/05/2024
Gross pay:     £2,418.00
Bank:          [[IBAN_CODE:GB60 MIDL 4005 1262 0133 79]]
Address:       [[ADDRESS:58 Clarendon Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 9NT]]""",
    """nhs_number,name,dob,vaccine,dose,date_given
[[ID_NUMBER:943 601 2810]],[[PERSON:Mohamed Hersi]],[[DATE_TIME:1950-04-02]],COVID-19 autumn,5,[[DATE_TIME:2023-10-14]]
[[ID_NUMBER:712 094 4576]],[[PERSON:Zeynab Abdillahi]],[[DATE_TIME:1947-12-19]],Flu,1,[[DATE_TIME:2023-10-14]]
[[ID_NUMBER:604 118 3954]],[[PERSON:George Whitfield]],[[DATE_TIME:1939-06-27]],COVID-19 autumn,6,[[DATE_TIME:2023-10-16]]""",
    """| lead | company | email | notes |
| --- | --- | --- | --- |
| [[PERSON:Priyanka Rao]] | Rao Textiles | [[EMAIL_ADDRESS:priyanka.rao@gmail.com]] | wants demo |
| [[PERSON:Tom Baxter]] | Baxter & Sons | info@baxterandsons.co.uk | call switchboard 0113 496 0000 |
| [[PERSON:Fiona Mwangi]] | Savannah Foods | [[EMAIL_ADDRESS:fmwangi@savannahfoods.co.ke]] | follow up [[DATE_TIME:May 14]] |""",
    """member_no	first	last	joined	dob	gym
[[ID_NUMBER:PF-118204]]	[[PERSON:Ahmed]]	[[PERSON:Mohamud]]	[[DATE_TIME:2023-01-09]]	[[DATE_TIME:1995-07-30]]	Lake St
[[ID_NUMBER:PF-118377]]	[[PERSON:Bethlehem]]	[[PERSON:Tesfaye]]	[[DATE_TIME:2023-02-14]]	[[DATE_TIME:1999-10-02]]	Uptown
[[ID_NUMBER:PF-119012]]	[[PERSON:Chris]]	[[PERSON:Lindgren]]	[[DATE_TIME:2023-03-01]]	[[DATE_TIME:1987-01-16]]	Uptown""",
    """beneficiary,kebele,woreda,phone,amount_etb,received
[[PERSON:Kedija Mohammed]],[[LOCATION:Kebele 02]],[[LOCATION:Babile]],[[PHONE_NUMBER:0915 448 201]],2800,[[DATE_TIME:12/01/2024]]
[[PERSON:Abdi Ahmed Yuya]],[[LOCATION:Kebele 05]],[[LOCATION:Babile]],[[PHONE_NUMBER:0921 307 664]],2800,[[DATE_TIME:12/01/2024]]
[[PERSON:Hawa Umer]],[[LOCATION:Kebele 02]],[[LOCATION:Gursum]],[[PHONE_NUMBER:0937 118 540]],3500,[[DATE_TIME:13/01/2024]]""",
    """| Name | Address | Unit | ZIP | Lease end |
|:--|:--|:--|:--|:--|
| [[PERSON:Khadar Ismail]] | [[ADDRESS:1920 S 5th St]] | [[ADDRESS:#1407]] | [[ZIP_CODE:55454]] | [[DATE_TIME:2024-08-31]] |
| [[PERSON:Amina Shire]] | [[ADDRESS:1920 S 5th St]] | [[ADDRESS:#1611]] | [[ZIP_CODE:55454]] | [[DATE_TIME:2025-01-31]] |
| [[PERSON:Derek Olson]] | [[ADDRESS:620 Cedar Ave]] | [[ADDRESS:#3]] | [[ZIP_CODE:55454]] | [[DATE_TIME:2024-12-31]] |""",
    """{"ts": "[[DATE_TIME:2024-05-02T07:11:09Z]]", "account": "[[EMAIL_ADDRESS:naima.osman@gmail.com]]", "ip": "[[IP_ADDRESS:73.37.140.22]]", "result": "success"}
{"ts": "[[DATE_TIME:2024-05-02T07:12:40Z]]", "account": "[[EMAIL_ADDRESS:naima.osman@gmail.com]]", "ip": "[[IP_ADDRESS:185.107.56.201]]", "result": "failure"}
{"ts": "[[DATE_TIME:2024-05-02T07:14:03Z]]", "account": "[[EMAIL_ADDRESS:j.kamau@kenyaweb.co.ke]]", "ip": "[[IP_ADDRESS:197.232.61.9]]", "result": "success"}""",
    """APPLICANT               SSN          DOB         INCOME   SCORE
[[PERSON:Abdiaziz Hussein]]        [[US_SSN:472-30-8815]]  [[DATE_TIME:04/17/1990]]  48,000   688
[[PERSON:Maria Gonzalez]]          [[US_SSN:531-77-2046]]  [[DATE_TIME:11/02/1985]]  61,500   742
[[PERSON:Kebede Alemayehu]]        [[US_SSN:219-58-4437]]  [[DATE_TIME:08/29/1978]]  55,200   701""",
    """client,sin,city,province,postal
[[PERSON:Hassan Warsame]],[[ID_NUMBER:510 038 623]],[[LOCATION:Ottawa]],[[LOCATION:ON]],[[ZIP_CODE:K1Z 6M4]]
[[PERSON:Amélie Tremblay]],[[ID_NUMBER:294711809]],[[LOCATION:Gatineau]],[[LOCATION:QC]],[[ZIP_CODE:J8Y 3S1]]
[[PERSON:Harpreet Sandhu]],[[ID_NUMBER:462 077 512]],[[LOCATION:Brampton]],[[LOCATION:ON]],[[ZIP_CODE:L6T 4K2]]""",
    """case: [[ID_NUMBER:A215-448-907]]
family:
  - name: [[PERSON:Ahmed Aden Mohamud]]
    role: principal
    age: [[AGE:38]]
  - name: [[PERSON:Deqa Ibrahim]]
    role: spouse
    age: [[AGE:31]]
  - name: [[PERSON:Ali Ahmed]]
    role: child
    age: [[AGE:12]]
  - name: [[PERSON:Naima Ahmed]]
    role: child
    age: [[AGE:5]]
arrival_city: [[LOCATION:Lewiston]]""",
    """driver,plate,vehicle,phone,zone
[[PERSON:Peter Mutua]],[[ID_NUMBER:KCK 204L]],Probox,[[PHONE_NUMBER:0720 448 115]],[[LOCATION:CBD]]
[[PERSON:Abdirahman Dahir]],[[ID_NUMBER:KDB 771Q]],Probox,[[PHONE_NUMBER:0746 302 918]],[[LOCATION:Eastleigh]]
[[PERSON:Joseph Kimani]],[[ID_NUMBER:KBW 118T]],Canter,[[PHONE_NUMBER:0712 905 447]],[[LOCATION:Industrial Area]]""",
    """| Student ID | Name | Country | Programme | Email |
|---|---|---|---|---|
| [[ID_NUMBER:2241876]] | [[PERSON:Liya Tesfaye]] | [[LOCATION:Ethiopia]] | MSc Public Health | [[EMAIL_ADDRESS:l.tesfaye@student.manchester.ac.uk]] |
| [[ID_NUMBER:2240915]] | [[PERSON:Mohamed Abdirahman]] | [[LOCATION:Somalia]] | MSc Development | [[EMAIL_ADDRESS:m.abdirahman@student.manchester.ac.uk]] |
| [[ID_NUMBER:2243302]] | [[PERSON:Wanjiku Muriuki]] | [[LOCATION:Kenya]] | LLM | [[EMAIL_ADDRESS:w.muriuki@student.manchester.ac.uk]] |""",
    """policy	holder	dob	vehicle_reg	postcode
MTR-448812	[[PERSON:Ayub Osman]]	[[DATE_TIME:14.06.1991]]	[[ID_NUMBER:BD68 KXR]]	[[ZIP_CODE:B10 0AX]]
MTR-448901	[[PERSON:Shukri Yasin]]	[[DATE_TIME:02.02.1986]]	[[ID_NUMBER:YH19 KPL]]	[[ZIP_CODE:S4 7AF]]
MTR-449025	[[PERSON:Ian McAllister]]	[[DATE_TIME:30.09.1958]]	[[ID_NUMBER:SN14 GWE]]	[[ZIP_CODE:G42 8QT]]""",
    """medlem;namn;personnummer;ort
1021;[[PERSON:Sahra Maxamed Xasan]];[[ID_NUMBER:880314-2382]];[[LOCATION:Spånga]]
1022;[[PERSON:Ayan Cabdi Nuur]];[[ID_NUMBER:920711-5628]];[[LOCATION:Rinkeby]]
1023;[[PERSON:Cabdiwali Jaamac]];[[ID_NUMBER:750203-4197]];[[LOCATION:Tensta]]""",
    """KYC record
  customer_name .... [[PERSON:Abdinoor Hussein Adan]]
  id_type .......... Kenyan national ID
  id_number ........ [[ID_NUMBER:28840176]]
  dob .............. [[DATE_TIME:1987-11-05]]
  msisdn ........... [[PHONE_NUMBER:254722904118]]
  county ........... [[LOCATION:Mandera]]
  risk ............. medium""",
    """name,tfn,suburb,state,postcode,dependants
[[PERSON:Abdulahi Mohamed]],[[ID_NUMBER:876 419 529]],[[LOCATION:Flemington]],[[LOCATION:VIC]],[[ZIP_CODE:3031]],4
[[PERSON:Tigist Bekele]],[[ID_NUMBER:310 778 261]],[[LOCATION:Footscray]],[[LOCATION:VIC]],[[ZIP_CODE:3011]],1
[[PERSON:Sophie Nguyen]],[[ID_NUMBER:720144887]],[[LOCATION:Cabramatta]],[[LOCATION:NSW]],[[ZIP_CODE:2166]],0""",
    # Somali
    """| Magaca | Da'da | Taleefan | Degmada | Lacagta |
|---|---|---|---|---|
| [[PERSON:Xaliimo Cabdi]] | [[AGE:45]] | [[PHONE_NUMBER:0615 330 274]] | [[LOCATION:Dayniile]] | $90 |
| [[PERSON:Maryan Maxamed Cali]] | [[AGE:29]] | [[PHONE_NUMBER:0617 481 092]] | [[LOCATION:Kaxda]] | $70 |
| [[PERSON:Cabdullaahi Nuur]] | [[AGE:61]] | [[PHONE_NUMBER:0612 209 773]] | [[LOCATION:Dayniile]] | $90 |""",
    """taariikh,diraha,qaataha,magaalada,lacag
[[DATE_TIME:05/02/2024]],[[PERSON:Axmed Yuusuf]],[[PERSON:Faadumo Yuusuf]],[[LOCATION:Hargeysa]],$200
[[DATE_TIME:05/02/2024]],[[PERSON:Sahro Cali]],[[PERSON:Cali Maxamuud]],[[LOCATION:Boosaaso]],$150
[[DATE_TIME:06/02/2024]],[[PERSON:Ismaaciil Aadan]],[[PERSON:Hodan Aadan]],[[LOCATION:Kismaayo]],$300""",
    # Oromo
    """Maqaa	Saala	Umurii	Ganda	Bilbila
[[PERSON:Caaltuu Badhaasaa]]	Dhalaa	[[AGE:34]]	[[LOCATION:Qobboo]]	[[PHONE_NUMBER:0913 448 207]]
[[PERSON:Tolaa Margaa]]	Dhiira	[[AGE:52]]	[[LOCATION:Qobboo]]	[[PHONE_NUMBER:0926 110 384]]
[[PERSON:Hawwii Dirribaa]]	Dhalaa	[[AGE:23]]	[[LOCATION:Burqaa]]	[[PHONE_NUMBER:0947 602 119]]""",
]

CHAT = [
    """[09:14] Support ([[PERSON:Kevin]]): Hi, thanks for contacting SwiftSend. Who am I speaking with?
[09:14] [[PERSON:Abdirahman Osman]]: hi [[PERSON:kevin]], [[PERSON:abdirahman osman]]. my transfer to [[LOCATION:somalia]] is stuck since yesterday
[09:15] Support ([[PERSON:Kevin]]): Sorry about that. Can you confirm your date of birth and the phone on the account?
[09:16] [[PERSON:Abdirahman Osman]]: [[DATE_TIME:3/22/1985]] and [[PHONE_NUMBER:651-207-4438]]
[09:16] Support ([[PERSON:Kevin]]): Thanks. The receiver is [[PERSON:Nimco Osman]] in [[LOCATION:Kismayo]], mobile [[PHONE_NUMBER:+252 61 448 0972]]?
[09:17] [[PERSON:Abdirahman Osman]]: yes thats my sister
[09:18] Support ([[PERSON:Kevin]]): It was held for a routine check. It's released now; reference TX-2024-88104-SO. Anything else?
[09:18] [[PERSON:Abdirahman Osman]]: no thanks""",
    """Family group 🇸🇴🇺🇸
Hooyo: Did [[PERSON:Mustafe]] send the money for Ayeeyo's medicine?
[[PERSON:Mustafe]]: Yes sent it this morning to her number [[PHONE_NUMBER:063 4418 207]]
[[PERSON:Idil]]: I'll send mine Friday after payday. Is her new address still the house near the [[LOCATION:Jigjiga Yar]] market?
Hooyo: yes. also [[PERSON:Khadar]]'s graduation is [[DATE_TIME:June 7]], everybody come to [[ADDRESS:2300 Riverside Ave]]
[[PERSON:Khadar]]: 😂 mom please don't post my address in the group""",
    """#field-team-dadaab
[[PERSON:Otieno]] 08:02: morning. registration at [[LOCATION:Ifo 2]] starts 9. we have 40 households on the list
[[PERSON:Fardowsa]] 08:05: noted. HH of [[PERSON:Ibrahim Adan Sheikh]] (case [[ID_NUMBER:DAD-18-220914]]) called, he moved to [[LOCATION:Hagadera]] [[ADDRESS:block H4]]
[[PERSON:Otieno]] 08:06: ok update proGres. his phone still [[PHONE_NUMBER:0729 601 334]]?
[[PERSON:Fardowsa]] 08:07: new one [[PHONE_NUMBER:0790 442 018]]
[[PERSON:Mulugeta]] 08:15: reminder the cash round closes Friday 16 Feb. send the list to [[EMAIL_ADDRESS:mulugeta.a@dadaab-response.org]]""",
    """Live chat — Telco Care
Agent [[PERSON:Priya]]: Welcome! May I have your full name and account number?
Customer: [[PERSON:Wanjiru Kamau]], account [[ID_NUMBER:400018827713]]
Agent [[PERSON:Priya]]: Thank you, [[PERSON:Wanjiru]]. I see the line [[PHONE_NUMBER:0722 603 118]] was suspended on [[DATE_TIME:2 May]] after a SIM swap request.
Customer: I never asked for a SIM swap! My ID is [[ID_NUMBER:25517049]]
Agent [[PERSON:Priya]]: Understood, I've reversed it and flagged the request. A new PIN will be sent by SMS.""",
    """WhatsApp — Rent 🏠
Landlord [[PERSON:Dave]]: Hi [[PERSON:Faisal]], rent for [[ADDRESS:Flat 2, 41 Dudley Road]] is 3 days late
[[PERSON:Faisal Hussein]]: Sorry [[PERSON:Dave]], my pay was delayed. I can transfer tonight to the usual account
Landlord [[PERSON:Dave]]: ok. it's changed actually, use [[IBAN_CODE:GB56 HBUK 4012 7684 4103 52]] from now on, name [[PERSON:David Hargreaves]]
[[PERSON:Faisal Hussein]]: done ✅ £725 sent [[DATE_TIME:12/04 at 21:14]]""",
    """#eng-oncall (Slack)
[[PERSON:Samira Ali]]  10:41 AM  anyone seeing login failures from [[IP_ADDRESS:102.0.14.88]]? it's the [[LOCATION:Nairobi]] office NAT
[[PERSON:Brian Ochieng]]  10:42 AM  yes, the user is [[USERNAME:jkiprop]], [[PERSON:Joyce Kiprop]] from finance. she changed her password this morning
[[PERSON:Samira Ali]]  10:44 AM  ok i'll whitelist. [[PERSON:Joyce]] can you ping me at [[PHONE_NUMBER:+254 711 490 226]] if it happens again
[[PERSON:Joyce Kiprop]]  10:45 AM  will do, thanks!""",
    # Somali
    """[[PERSON:Maxamed]]: Walaal, lacagtii ma heshay?
[[PERSON:Sagal]]: Haa, waan helay shalay. Mahadsanid!
[[PERSON:Maxamed]]: Hooyo-na u dir $50, lambarkeedu waa [[PHONE_NUMBER:0615 338 902]]
[[PERSON:Sagal]]: Waan u diri doonaa. Cinwaankaaga cusub ii soo dir si aan warqadaha kuugu soo diro.
[[PERSON:Maxamed]]: [[ADDRESS:1221 Riverside Ave, Apt 604]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55454]]""",
    # Oromo
    """[[PERSON:Tolaa]]: Akkam [[PERSON:Caaltuu]]? Maallaqni ani kaleessa erge si ga'eeraa?
[[PERSON:Caaltuu]]: Eeyyee, ga'eera. Galatoomi obboleessa koo!
[[PERSON:Tolaa]]: Lakkoofsa bilbilaa haaraa kee naaf ergi.
[[PERSON:Caaltuu]]: [[PHONE_NUMBER:0912 447 305]]. Imeeliin koo immoo [[EMAIL_ADDRESS:caaltuu.tolaa@gmail.com]]
[[PERSON:Tolaa]]: Tole. Guyyaa dhalootaa keetiif [[DATE_TIME:Hagayya 18]] siif nan bilbila.""",
]

LOOKALIKE = [
    """Release notes for Remit Desk 4.12.0.7: the exchange-rate service now runs on build 10.2.3.41; tracking refs like TRK-2024-00419-SO and MTCN 402 118 7731 are shown on receipts; SKU RD-KIT-220 replaces RD-KIT-210. Contact support@remitdesk.example or call our hotline 1-800-555-0199. Checksum: 9f86d081884c7d659a2feaea0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0. No customer data is included in this release.""",
    """Invoice INV-00982-KE dated 2024-03-01 for 40 solar lanterns (model SL-3000, serial batch 2211-4471-0098) delivered to the warehouse on Haile Selassie Avenue in [[LOCATION:Nairobi]]. Order no. 4410-2298-1173; PO 77-221-906. Questions: accounts@sunhome.example, +254 20 000 0000 (switchboard). Received by [[PERSON:Peter Odhiambo]].""",
    """Reading list for HIST 3120 (term 2): "Somalia: Economy without State" (ISBN 978-0-19-284617-4), "The Oromo of Ethiopia" (ISBN 978-1-4729-2041-6) and a report on hawala networks (doc. ref. WP/17/118). Lectures are held in the Nelson Mandela Hall; the seminar on the Martin Luther King Jr. Day readings moves to Room 2.114. Office hours with [[PERSON:Dr. Faduma Nur]] are on Wednesdays.""",
    """Network change CHG-4471: upgrade the VPN concentrator firmware from 10.4.1.2 to 10.4.2.0, move the switch OS to 3.2.14.7, and rotate the key with fingerprint SHA256:Xk3p9QfT0bV2mW7y. MAC 00:1A:2B:3C:4D:5E belongs to the printer on floor 3. The change was approved by [[PERSON:Hana Girma]] ([[EMAIL_ADDRESS:hana.girma@netlink-addis.com]]).""",
    """Shipment 1Z 4V8 E21 03 1182 7709 and container MSCU 418220-7 reached the port of [[LOCATION:Berbera]]. Vessel IMO 9231743, voyage 24E08. The consignee is Horn Traders Ltd; phone +252 2 521 000 (office). Bill of lading BL-BBO-2024-00311. Customs entry 24SL-IM-118204.""",
    """Street works will close Abdullahi Yusuf Street and the roundabout at Kenyatta Avenue between 22:00 and 05:00. Diversions via Wangari Maathai Road. Bus routes 46 and 111 affected. For enquiries call the city helpline 0800 721 000 or email roads@nairobi.example. Reference NCC/RW/2024/118. Issued by the county roads engineer, [[PERSON:Grace Wairimu]].""",
    # Somali
    """Ogeysiis: nidaamka xawilaadda wuxuu u cusboonaaday nooca 7.4.1.2. Lambarada raadraaca sida XW-2024-118-HRG iyo koodhadhka 4410-2207-98 weli way shaqeynayaan, rasiidka RC-00918-B waa la tirtiray. Xafiiska dhexe wuxuu ku yaal Waddada Sayid Maxamed, [[LOCATION:Hargeysa]]; taleefanka xafiiska waa 252-2-520000. Su'aalaha u dir info@xawaalad.example. Maareeyaha laanta: [[PERSON:Cabdiqaadir Jaamac]].""",
]


STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind116", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind145.jsonl: a blind, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind145.py

Blind: written without reading the detector (minimize/, recognizers/), the
bench scripts, the README, any test, or any labeled set (no *.jsonl was
opened, this set's own output included, and no other make_*.py was read
beyond what follows). Only these were read, to keep the conventions and the
file format: the first 121 lines of make_blind22.py (its docstring with the
labeling conventions and style descriptions, and its import lines) and its
tail from `STYLES = {` to the end (the STYLES dict and main(), copied as
scaffolding), the whole of gold_sets.py (the checks and
write_and_report()), and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes, parse()). The record lists
of make_blind22.py were not read. git was not run at all. The detector, the
bench, pytest and `minimize` were never run, on this file or on anything
else; only this script was run (it prints counts). Do not tune the detector
against this set: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. `lang()` only tags a record with
its language for the summary printed at the end; it does not touch the text.
Card numbers pass Luhn and IBANs pass mod-97 (`gold_sets.check` re-checks
them and refuses a bad one). GB, AE and SA IBANs also have their country's
length; Qatar (QA, 29), Kuwait (KW, 30), Bahrain (BH, 22) and Oman (OM, 23)
are missing from gold_sets.IBAN_LENGTHS, so those four are checked on mod-97
only (their lengths were made right by hand). National ids with a public
check digit were given a valid one, worked out with hand-run throwaway code
that was not kept: Aadhaar (Verhoeff), NHS numbers (mod 11), Emirates IDs,
Saudi national ids and iqamas (Luhn), the Kuwaiti civil ID (weighted mod
11); so were the look-alikes that carry one (ISBN-13 and EAN-13, GSTINs,
ISO 6346 container numbers, IATA air waybills). Not checked (no public check
digit, or none used): PAN, EPIC voter ids, Bangladesh NIDs, Qatar QIDs, the
Omani resident card, UK NI numbers and driving licences, ABHA, UAN, PRAN,
ESIC and PPO numbers, passports, visas, Indian driving licences, vehicle
plates, ration and job cards, bank accounts, UPI ids, and staff, worker,
PF, member, patient, student and customer numbers.

Styles (ids `blind145-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking benchmarks:
  ai4privacy pii-masking-200k/300k/400k (odd dense sentences with names, job
  titles, streets with building numbers and secondary addresses, IPv4/IPv6,
  MACs, user agents, card/CVV/expiry, IBANs), gretel-pii-masking-en-v1
  (claims, contracts, loan, medical, rental and benefit forms, notices,
  letters, petitions, affidavits, court and police papers) and Nemotron-PII
  (JSON, JSON lines, log lines, SQL, XML and FHIR, YAML, .env, HTTP
  requests, test code, tickets, form dumps, mail headers, SWIFT MT103, CDRs).
- `gen` (90): one to four "realistic sentences with personal data": names at
  the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small table each, rendered as text (CSV with commas and
  with semicolons, quoted and not, TSV, pipes / Markdown, psql, fixed-width,
  JSON lines, YAML, key: value blocks); header rows unlabeled, non-PII
  columns mixed in.
- `chat` (8): a bank support chat, a family flood thread, a marketplace
  chat, a team on-call thread, a tea-garden staff thread, a family
  passport thread, a delivery support chat and a Gulf family thread, with
  the speakers' names.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN / EAN,
  IP-shaped versions, hashes, UUIDs, serials, company registration numbers,
  company phones, role mailboxes, eponyms, streets named after people
  without a number), with the few real PII values labeled; the second one
  (a release note) has no PII at all.

Languages and places: 215 records are in English, set in Assam, Manipur,
Meghalaya (and the rest of the Northeast), the rest of India, Bangladesh,
the Gulf (UAE, Saudi Arabia, Qatar, Kuwait, Bahrain, Oman) and the UK. The
other 25, spread over every style: Assamese in Assamese script (8: gen 4,
bench 2, table 1, chat 1), Manipuri in Bengali script (4: gen 2, bench 1,
table 1), Manipuri in Meitei Mayek (4: gen 2, bench 1, chat 1),
Hindi-mixed English (5: gen 3, bench 1, chat 1) and the English of the
Northeast (4: gen 1, bench 1, table 1, lookalike 1). Some values in them
are written in Assamese, Bengali or Meitei digits.

Domains: tea estates and their workers, river flood relief and
compensation, and handloom weavers' societies carry extra weight (56
records together: gen 22, bench 25, table 7, chat 2); the rest are spread
over banking, health, pharmacy, legal, schools and universities, HR and
payroll, retail and returns, travel and hotels, telecoms, government
services, housing and lettings, gaming, social media, IT, deliveries, gyms,
vets, insurance, charities, remittances and migrant labour.

Labeling conventions: those of make_blind22.py's docstring, exactly; in
short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state and country are
  LOCATION, and so are named neighbourhoods; postcodes of every shape are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any shape,
  times attached to them included; not bare years, weekdays alone,
  durations, or dates not tied to a person (sale, invoice, release dates).
- AGE: the number only. USERNAME: the handle without "@". URL: personal
  pages and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  sort codes, IFSC and routing codes, CVVs and expiries, PINs, order /
  ticket / claim / policy / booking / tracking references, company phone
  numbers and role mailboxes, versions, hashes, serials, partial numbers
  ("ending 4417"), pets, eponyms and brands named after people, header rows.
- make_blind22.py's table calls are kept: "sex", "gender", "role", "dept"
  and "status" columns unlabeled, "age" AGE, "country" / "state" LOCATION,
  "nationality" NRP, a building number or secondary address in its own
  field ADDRESS, a time written with a person's date inside the DATE_TIME,
  a time alone not, a "last login" timestamp DATE_TIME.

Calls made while writing this set, in the same spirit:
- Indian and Bangladeshi addresses: a house, flat, shop or quarter number
  with its road, lane or bylane is ADDRESS ("House No. 61" alone too); the
  locality, leikai, village, post office, revenue circle, block, gram
  panchayat, upazila, mouza and district are LOCATION, with the "Vill.",
  "P.O." and "Dist." prefixes left outside; PIN codes are ZIP_CODE without
  the word "PIN". Rivers and river islands (chars) are LOCATION.
- Tea estates: a labour line with its quarter number is ADDRESS (in a table
  the "line" and "quarter" columns are each ADDRESS); the estate's name
  inside a worker's address ("Naharjan T.E.") is LOCATION, like a village,
  but as an employer or in a letterhead it is an organisation name and
  unlabeled; worker tokens, badges and PF account numbers are ID_NUMBER.
- Place names inside the name of an organisation, office, court, bank,
  school, hospital, estate, scheme or product ("Assam Gramin Vikash Bank",
  "Gauhati High Court", "The State of Assam" as a party, "Nalbari PS",
  "Assam Muga Silk") are unlabeled; a place written after the name, as its
  seat or jurisdiction ("Deputy Commissioner, Dhemaji", a town in a bank
  "branch" column, a telecom "circle"), is LOCATION.
- ID_NUMBER also covers Aadhaar, PAN, EPIC, ration and MGNREGA job cards,
  PM-KISAN, PMAY-G and relief beneficiary ids, ABHA, UAN, PRAN, ESIC and PPO
  numbers, weaver and artisan cards, yarn passbooks, society member
  numbers, Emirates IDs, iqamas, Saudi national ids, QIDs, the Kuwaiti civil
  ID, the Omani resident card, work permits, visa numbers, Bangladesh NIDs,
  a birth registration number, UK NI and NHS numbers, an advocate's
  enrolment and a doctor's council registration number (licences), an
  electricity consumer number (a customer number) and personal UPI ids (a
  payment handle, treated like an account number). Not labeled: relief
  application, claim, FIR, case, policy, GWF, deposit and UPI / UTR
  transaction references; dag, patta, khatian and JL numbers (land
  references); society registration numbers, GSTINs, CINs, IECs and a
  business's trade licence; ICCID, IMEI and IMSI; microchip numbers; room
  numbers; bare database row ids; the expiry date of an identity document.
- TITLE: besides the Mr / Mrs / Ms / Dr / Prof split by parse(), Shri,
  Smt., Smti., Adv., the rank SI, the Assamese শ্ৰীযুত and ডাঃ, the Khasi Bah
  and Kong and the Mizo Pu before a name, and "ji" and ডাঙৰীয়া after it,
  and the MR / MRS after a name in airline style ("NATH/BIPLAB MR"). "Md."
  and "Mst." belong to the name; "Late" and kinship words (mama, Abba,
  Ammi, Didi, Bhaiya, ꯏꯆꯦ) stay outside. In chats the speakers' names are
  PERSON and a kinship speaker label ("মা", "Abba") is not.
- DATE_TIME: letter, notice, order, affidavit and e-mail dates; the dates of
  meetings of named people; the date a named person received or paid money
  (a DBT credit, a refund, relief received, a donation); leave, refill,
  immunisation and callback dates; the sign-up date of an account. Not:
  machine timestamps in log lines, call records and event JSON ("ts"),
  except explicit last-login fields; nor the week of a wage slip. Hijri
  and Bengali-calendar dates and "12 tareekh" (a day of the month) are
  DATE_TIME as written.
- IP_ADDRESS: every real IPv4 / IPv6 address, a server's or a crawler's
  too; versions shaped like IPs are not.
- NRP: a denomination (Presbyterian) like a religion, and a person's
  community or tribe when given as such (a "Community: Khasi" or "Tribe:
  Kuki" field); a reservation category (ST) is not.
- Assamese and Manipuri case endings and postpositions attached to a name,
  place, number or date (ৰ, ক, ত, ই, গী, দা, ꯒꯤ, ꯗꯥ) stay outside the span.
  URL-encoded values in a form dump are labeled as written ("+", "%40").
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind145.jsonl")


class Record(str):
    """A record's markup; `language` is English unless the record is tagged with `lang()`."""

    language = "English"


def lang(language: str, markup: str) -> Record:
    """Tag a hand-written record with the language it is written in (only used for the summary)."""
    record = Record(markup)
    record.language = language
    return record


ASSAMESE = "Assamese (Assamese script)"
MNI_BENG = "Manipuri (Bengali script)"
MNI_MTEI = "Manipuri (Meitei Mayek)"
HINGLISH = "Hindi-mixed English"
NE_ENGLISH = "Northeast English"

GEN = [
    """[[PERSON:Pallavi Saikia]], [[AGE:34]], moved from [[LOCATION:Jorhat]] to [[ADDRESS:Flat 5C, Luit Enclave, R.G. Baruah Road]], [[LOCATION:Guwahati]] [[ZIP_CODE:781024]] on [[DATE_TIME:3 February 2024]] and has asked her bank to change the address on savings account [[ID_NUMBER:30218847561]].""",
    """The pharmacy at [[LOCATION:Ganeshguri]] rang [[PERSON:Mr. Dipankar Gogoi]] on [[PHONE_NUMBER:+91 94350 71826]] to say his insulin was ready; the prescription sits under patient number [[ID_NUMBER:GMCH-118406]].""",
    """[[PERSON:Sukhmoni Oraon]] has plucked leaf at Naharjan Tea Estate since she was [[AGE:17]]. Her PF number is [[ID_NUMBER:AS/GHY/12045/002218]] and she lives at [[ADDRESS:Quarter 38, Line No. 6]], [[LOCATION:Naharjan T.E.]], [[LOCATION:Golaghat]].""",
    """Can you book a follow-up for [[PERSON:Rupjyoti Hazarika]] (DOB [[DATE_TIME:14/08/1979]]) at the [[LOCATION:Dibrugarh]] clinic? He prefers mornings and his mobile is [[PHONE_NUMBER:70020 48315]].""",
    """After the [[LOCATION:Beki]] breached its embankment, [[PERSON:Rafiqul Islam]] of [[LOCATION:Bahbari]] village, [[LOCATION:Barpeta]] district, applied for the house-damage ex gratia. The money is to go to his Assam Gramin Vikash Bank account [[ID_NUMBER:7012 0345 8891]]; his Aadhaar is [[ID_NUMBER:4821 7730 5619]].""",
    """Our new hire, [[PERSON:Karthik Subramanian]], joins the [[LOCATION:Bengaluru]] office on [[DATE_TIME:1 July 2024]]. Please set up staff ID [[ID_NUMBER:EMP-20931]] and send the laptop to [[ADDRESS:No. 42, 3rd Cross, 7th Main]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]].""",
    lang(ASSAMESE, """মোৰ নাম [[PERSON:নীলাক্ষী বৰুৱা]], বয়স [[AGE:৩১]] বছৰ। মই [[LOCATION:শিৱসাগৰ]]ৰ [[ADDRESS:ঘৰ নং ১৪, বৰপুখুৰী পথ]]ত থাকো। মোৰ ফোন নম্বৰ [[PHONE_NUMBER:৯৮৫৪০ ২৩৭১৮]]।"""),
    """[[PERSON:thokchom ibomcha]] left a one-star review of the gym in [[LOCATION:Imphal]] and wants membership [[ID_NUMBER:FITIMP-00731]] cancelled; reply to [[EMAIL_ADDRESS:ibomcha.thokchom88@gmail.com]].""",
    """Please tell [[PERSON:Ibahunshisha Lyngdoh]]'s mother that the school has received the fee for roll number [[ID_NUMBER:SHL/2024/IX-B/27]] and that from [[DATE_TIME:15 April]] the bus will drop her at [[ADDRESS:House 9, Rngi Lane]], [[LOCATION:Laitumkhrah]].""",
    """The weavers' society at [[LOCATION:Sualkuchi]] has added [[PERSON:Moina Kakoti]] ([[AGE:46]]) as member [[ID_NUMBER:SWS-0412]]. Her weaver identity card is [[ID_NUMBER:AS-KAM-HL-0098213]] and the yarn subsidy will go to account [[ID_NUMBER:0371 0100 2274 19]].""",
    """My husband [[PERSON:Arup]] and I, [[PERSON:Kaberi Medhi]], want to open a joint account. Our PANs are [[ID_NUMBER:AKQPM4412R]] and [[ID_NUMBER:BDRPM0937K]].""",
    """Flight EK 0585 on [[DATE_TIME:22 March]]: passenger [[PERSON:Shahjahan Mia]], passport [[ID_NUMBER:A07719342]], [[NRP:Bangladeshi]], flying back to [[LOCATION:Dubai]] after his leave in [[LOCATION:Sylhet]].""",
    """[[PERSON:Ms Gemma Whitfield]] of [[ADDRESS:27 Harehills Lane]], [[LOCATION:Leeds]] [[ZIP_CODE:LS8 4HB]] says the parcel was left with a neighbour. Her NHS number, typed into the chat by mistake, was [[ID_NUMBER:943 476 5919]].""",
    lang(HINGLISH, """Bhaiya, mera naam [[PERSON:Rahul Jha]] hai, Flipkart ka order abhi tak nahi aaya. Address hai [[ADDRESS:House No. 7, Bylane 3]], [[LOCATION:Bhaskar Nagar]], [[LOCATION:Guwahati]] [[ZIP_CODE:781021]], aur mera number [[PHONE_NUMBER:8811 042 967]] hai, delivery boy ko bolo call kare."""),
    """[[PERSON:Laishram Sanatombi Devi]] was admitted to RIMS on [[DATE_TIME:9 September 2023 at 02:40]] with dengue; her husband [[PERSON:Ngangom Premjit]] signed the consent form.""",
    """The Circle Officer of [[LOCATION:Dhemaji]] has listed [[PERSON:Bijoy Mili]], [[PERSON:Rupali Pegu]] and their son [[PERSON:Hemanta Pegu]] of [[LOCATION:Sissi Borgaon]] for the first instalment of flood relief; the household ration card is [[ID_NUMBER:181803004417]].""",
    """It was [[PERSON:mridul]]'s idea to put his own phone, [[PHONE_NUMBER:+91 87239 50461]], on the flyer for the [[LOCATION:Tezpur]] cycling club, so now he gets calls at midnight.""",
    """Customer [[PERSON:Nusrat Jahan]] paid with card [[CREDIT_CARD:4532 0177 6548 2107]] (exp 09/27) for a return ticket [[LOCATION:Dhaka]] to [[LOCATION:Kolkata]]; her smart NID is [[ID_NUMBER:461 722 9038]].""",
    """On [[DATE_TIME:5 June 2024]] [[PERSON:Wanlambok Kharkongor]] reported his SIM stolen in [[LOCATION:Police Bazar]], [[LOCATION:Shillong]]. The replacement should carry the same number, [[PHONE_NUMBER:98630 17254]], and be verified against his EPIC number [[ID_NUMBER:MLG1184029]].""",
    lang(MNI_BENG, """ঐগী মিং [[PERSON:য়ুমনাম তোম্বা]] নি। ঐ [[LOCATION:থৌবাল]]দা লৈ, ফোন নম্বর [[PHONE_NUMBER:৮৪১৫৯ ০৩২৭৬]]। ঐগী পোকপা নুমিৎ [[DATE_TIME:১৭ জানুৱারী ১৯৮৮]]।"""),
    """Dear [[PERSON:Mrs. Nazma Begum]], your ABHA number [[ID_NUMBER:91-4471-2038-5562]] is now linked to your registered mobile [[PHONE_NUMBER:99542 60318]].""",
    """The garden hospital at [[LOCATION:Doomni]] discharged [[PERSON:Budhu Tanti]], [[AGE:58]], on [[DATE_TIME:11 May]]. His token number is [[ID_NUMBER:DTE-2207]], and the sardar, [[PERSON:Jitu Kurmi]], took him home to [[ADDRESS:Quarter 112, Line 4]].""",
    """Tenant: [[PERSON:Farhan Qureshi]]; landlord: [[PERSON:Sunita Choudhary]]; flat: [[ADDRESS:B-304, Silver Oak Residency]], [[LOCATION:Sector 62]], [[LOCATION:Noida]]. Rent is due on the 5th and the deposit was refunded by UPI to [[ID_NUMBER:farhanq@okhdfcbank]].""",
    """I'm [[PERSON:Shahena Begum]] from [[LOCATION:Bethnal Green]]. My son [[PERSON:Jubair Ali]] is [[AGE:9]] and his school wants his NHS number ([[ID_NUMBER:485 201 7360]]) before the trip on [[DATE_TIME:18 October]].""",
    lang(MNI_MTEI, """ꯑꯩꯒꯤ ꯃꯤꯡ [[PERSON:ꯑꯣꯏꯅꯥꯝ ꯕꯦꯝꯕꯦꯝ]] ꯅꯤ꯫ ꯑꯩ [[LOCATION:ꯀꯛꯆꯤꯡ]]ꯗꯥ ꯂꯩ꯫ ꯑꯩꯒꯤ ꯐꯣꯟ ꯅꯝꯕꯔ [[PHONE_NUMBER:9862 041 735]]꯫"""),
    """[[PERSON:Tanvir Ahmed Chowdhury]] (username [[USERNAME:tanvir_ctg]]) won the weekly chess puzzle; the prize goes to [[ADDRESS:House 18, Road 3, Block B]], [[LOCATION:Chandgaon R/A]], [[LOCATION:Chattogram]] [[ZIP_CODE:4212]].""",
    """Compensation for the paddy lost in [[LOCATION:Morigaon]] was approved for [[PERSON:Anowar Hussain]] on [[DATE_TIME:30 August 2022]]: PM-KISAN registration [[ID_NUMBER:AS184502718]], mobile [[PHONE_NUMBER:6001 337 492]].""",
    """The vet in [[LOCATION:Laitumkhrah]] asked [[PERSON:Daiaphi Syiem]] to bring Bruno back for his second rabies shot on [[DATE_TIME:2 December at 4 pm]]; reminders go to [[EMAIL_ADDRESS:daiaphi.syiem@yahoo.com]].""",
    """Can [[PERSON:Gurpreet Kaur]] swap her shift on [[DATE_TIME:Friday 12 July]] with [[PERSON:Neha]]? Her staff number is [[ID_NUMBER:RT-55081]].""",
    """[[PERSON:Abdul Latif]] from [[LOCATION:Hojai]] drives a water tanker in [[LOCATION:Riyadh]]. His iqama is [[ID_NUMBER:2410867358]] and he sends money home to his brother [[PERSON:Abdul Malik]] every month.""",
    """At the Moirang Phee cluster in [[LOCATION:Bishnupur]], [[PERSON:Soibam Linthoingambi]] weaves on a fly-shuttle loom; the yarn passbook in her name, [[ID_NUMBER:MN-BPR-23-00417]], was renewed on [[DATE_TIME:20 January 2024]].""",
    """Note from the front desk: [[PERSON:Sharma]] [[TITLE:ji]] from room 214 checked out early on [[DATE_TIME:3 March]] and left his charger behind; his number is [[PHONE_NUMBER:98110 45732]].""",
    """[[PERSON:Arvind Nair]] disputes a charge of Rs 18,400 on his card ending 2217. The statement went to [[ADDRESS:12/418, Chittoor Road]], [[LOCATION:Ernakulam]] and his customer ID is [[ID_NUMBER:8840193372]].""",
    lang(NE_ENGLISH, """[[TITLE:Kong]] [[PERSON:Iba]], that jadoh stall fellow [[TITLE:Bah]] [[PERSON:Kyrshan]] is asking you to send the money to his number itself, [[PHONE_NUMBER:87870 31426]], no? He said he'll be at [[LOCATION:Mawlai]] till evening only."""),
    """[[PERSON:Mithu Dey]] of [[LOCATION:Tarapur]], [[LOCATION:Silchar]] has applied for a duplicate birth certificate for her daughter [[PERSON:Ankita]], born [[DATE_TIME:27-11-2015]]; the registration number on the old one was [[ID_NUMBER:B-2015:18-90022-004117]].""",
    """[[PERSON:Phulmoni Bhumij]] and [[PERSON:Somra Tanti]] of Kachibari Tea Estate want their wages paid into their Jan Dhan accounts, [[ID_NUMBER:39011427758]] and [[ID_NUMBER:39011428140]], instead of in cash at the garden office.""",
    """[[PERSON:Priya Chauhan]], [[AGE:29]], of [[LOCATION:Belgrave]], [[LOCATION:Leicester]] renewed her driving licence [[ID_NUMBER:CHAUH952295P99KT]] online and the new card is going to her old address.""",
    """Send the OTP to [[PERSON:Bhaskar Kalita]]'s registered number [[PHONE_NUMBER:+91-9101-827-364]], not to the branch landline.""",
    lang(ASSAMESE, """[[LOCATION:বৰপেটা]] জিলাৰ [[LOCATION:বাঘবৰ]] ৰাজহ চক্ৰৰ [[PERSON:ৰেহানা চুলতানা]]ৰ ঘৰ বানপানীত সম্পূৰ্ণ ক্ষতিগ্ৰস্ত হৈছে। তেওঁৰ আধাৰ নম্বৰ [[ID_NUMBER:৭৩৯০ ৫১২৮ ৮৪৬৯]] আৰু বেংক একাউণ্ট নম্বৰ [[ID_NUMBER:৩৪১২৭৭০৮৯২৫]]।"""),
    """Reminder for [[PERSON:Dr. Jayanta Bora]]: your GP appointment at the [[LOCATION:Whitechapel]] surgery is on [[DATE_TIME:Tuesday 14 May at 09:20]]. Please bring photo ID.""",
    """The wallet handed in at [[LOCATION:Paltan Bazar]] belongs to [[PERSON:Sanjay Goala]]: it holds his driving licence [[ID_NUMBER:AS01 20170004512]] and a debit card ending 0913.""",
    """[[PERSON:Tahmina Begum]] and [[PERSON:Sabbir Hossain]] married in [[LOCATION:Sylhet]] on [[DATE_TIME:8 Falgun 1430]] and have applied for a UK spouse visa; her passport number is [[ID_NUMBER:A04418276]].""",
    """[[PERSON:Jithin Thomas]] in [[LOCATION:Abu Dhabi]] asked us to refund the Emirates ID fee to [[IBAN_CODE:AE76 0330 0000 1910 4472 185]]. His EID is [[ID_NUMBER:784-1987-0451236-1]].""",
    lang(HINGLISH, """Sir, [[PERSON:Lakhiram Munda]] ka PF withdrawal abhi tak pending hai, UAN [[ID_NUMBER:1009 4418 2736]] hai. Woh Lepetkata garden mein 26 saal kaam kiye, [[DATE_TIME:31 March 2024]] ko retire hue. Unke bete [[PERSON:Binod]] ka number [[PHONE_NUMBER:73990 15284]] hai."""),
    """[[PERSON:Rongbong Terang]] teaches at a school in [[LOCATION:Diphu]]; the salary certificate asks for his PRAN, [[ID_NUMBER:110072948813]], and his date of joining, [[DATE_TIME:16 June 2011]].""",
    """Would [[PERSON:siddharth menon]] please collect his lab report? It is filed under patient no. [[ID_NUMBER:PT-0077120]], and mail to [[EMAIL_ADDRESS:sid.menon@outlook.com]] bounced.""",
    """This year's handloom award in [[LOCATION:Tura]] went to [[PERSON:Silbi D. Shira]] of [[LOCATION:Rongram]] for her dakmanda weaving. The cheque is in the name of her society; her own phone is [[PHONE_NUMBER:94361 28507]].""",
    """We met [[PERSON:Moushumi Chakma]] at the [[LOCATION:Rangamati]] boat ghat; she is [[AGE:22]], studies at Chittagong University and her student ID is [[ID_NUMBER:19102337]].""",
    """[[PERSON:Kukil Bordoloi]]'s Instagram is [[URL:https://www.instagram.com/kukil.clicks]] and he sells prints from there; buyers pay him at [[ID_NUMBER:kukil.b@ybl]].""",
    """Emergency contact for trekker [[PERSON:Callum McBride]]: his sister [[PERSON:Eilidh]], [[PHONE_NUMBER:+44 7700 914382]]. He plans to reach [[LOCATION:Dzükou Valley]] on [[DATE_TIME:4 November]].""",
    """[[PERSON:Hemanta Nath]] of [[LOCATION:Lakhimpur]] lost two cows in the [[LOCATION:Ranganadi]] flood. He filed the livestock claim (ref. LKP/FL/22/0913) and gave his Aadhaar, [[ID_NUMBER:2661 4093 7251]], and account [[ID_NUMBER:32104558791]], IFSC SBIN0011482.""",
    """[[PERSON:Meera Iyer]] is [[AGE:67]] and wants her pension paid in [[LOCATION:Shillong]] now that she has moved to [[ADDRESS:Bungalow No. 3, Oakland Road]], [[LOCATION:Shillong]] [[ZIP_CODE:793001]]; her PPO number is [[ID_NUMBER:140231107455]].""",
    """Ticket 44718: user [[USERNAME:rituparna_s]] ([[EMAIL_ADDRESS:rituparna.saikia@gmail.com]]) cannot log in from [[IP_ADDRESS:103.48.196.27]] since the password reset.""",
    lang(MNI_MTEI, """[[PERSON:ꯀꯣꯟꯁꯝ ꯏꯕꯦꯝꯍꯜ]]ꯒꯤ ꯃꯦꯝꯕꯔ ꯅꯝꯕꯔ [[ID_NUMBER:MN-IMW-0588]]꯫ ꯃꯍꯥꯛ ꯆꯍꯤ [[AGE:꯴꯲]] ꯁꯨꯔꯦ꯫ ꯐꯣꯟ [[PHONE_NUMBER:8731 902 145]]꯫"""),
    """Hi, this is [[PERSON:Anjali Deshpande]]. I booked the [[LOCATION:Kaziranga]] jeep safari for [[DATE_TIME:26 December]] under my name and want to add my colleague [[PERSON:Vikram Shetty]]; his Aadhaar ends 4419.""",
    """[[PERSON:Ruhul Amin]], [[AGE:41]], a taxi driver in [[LOCATION:Bradford]], has National Insurance number [[ID_NUMBER:SK 41 83 20 C]] and lives at [[ADDRESS:9 Lumb Lane]], [[ZIP_CODE:BD8 7QG]].""",
    """The creche at Borsapori Tea Estate looks after [[PERSON:Mangri Orang]]'s twins while she is on the morning plucking round; she can be reached through the line chowkidar or at [[PHONE_NUMBER:69002 48173]].""",
    """Please change the nominee on policy 493118207 from [[PERSON:Utpal Dutta]] to his wife [[PERSON:Gitanjali Chetia]], born [[DATE_TIME:05.03.1985]], of [[LOCATION:Duliajan]].""",
    """Lost property: a school bag with [[PERSON:Synshai Nongkynrih]]'s name on it and a library card, [[ID_NUMBER:NEHU-LIB-20451]], found on the [[LOCATION:Jowai]] bus.""",
    lang(MNI_BENG, """[[LOCATION:ইম্ফাল তুরেল]]গী ঈশিং চাওখৎপদা [[PERSON:খুমনথেম রোমেন]]গী য়ুম মাংখ্রে। মহাক্কী আধার নম্বর [[ID_NUMBER:৫৯০২ ৩৮১৭ ৪৬০৬]], ফোন [[PHONE_NUMBER:৯৮৫৬২ ৩০৪১৭]]।"""),
    """[[PERSON:Abdul Karim Mia]] paid the [[LOCATION:Gazipur]] clinic bill by bKash from [[PHONE_NUMBER:01712-458390]] and wants the receipt emailed to his daughter [[PERSON:Farzana Akter]] at [[EMAIL_ADDRESS:farzana.akter93@gmail.com]].""",
    """[[PERSON:Chengrak Marak]] left the gym on [[DATE_TIME:28/02/2024]]; please stop the standing instruction on his account [[ID_NUMBER:50100238847712]] and return his locker deposit.""",
    """A customs officer at [[LOCATION:Heathrow]] stopped [[PERSON:Mr Abdul Muktadir Choudhury]], [[NRP:British]], back from [[LOCATION:Sylhet]] on [[DATE_TIME:2 April]] with fourteen kilos of mangoes; his passport is [[ID_NUMBER:547219834]].""",
    """I, [[PERSON:Rashmi Rekha Neog]], of [[LOCATION:Garamur]], [[LOCATION:Majuli]], declare that my date of birth is [[DATE_TIME:19 April 1990]] and not as printed on my Class X certificate.""",
    """[[PERSON:Imran Siddiqui]]'s flat at [[ADDRESS:402, Rose Apartments, Hill Road]], [[LOCATION:Bandra West]], [[LOCATION:Mumbai]] [[ZIP_CODE:400050]] was burgled; FIR 118/2024 was filed at the local police station.""",
    """Eri spinner [[PERSON:Sansuma Daimary]] of [[LOCATION:Kokrajhar]] had her Mudra loan of Rs 50,000 sanctioned on [[DATE_TIME:12 December 2023]]; the loan account is [[ID_NUMBER:06780600012459]] and her mobile [[PHONE_NUMBER:9954 781 036]].""",
    """[[PERSON:Lalboi Haokip]] from [[LOCATION:Churachandpur]] has been in a relief camp in [[LOCATION:Kangpokpi]] for months; his voter ID, [[ID_NUMBER:NWL0741132]], was lost when his house burned.""",
    """The gaming account [[USERNAME:xXRhinoGuwahatiXx]] belongs to [[PERSON:Bitupan Rajkhowa]] ([[AGE:16]]); his father [[PERSON:Nabajit]] wants the in-game purchases on [[CREDIT_CARD:5424 1867 0093 1250]] refunded.""",
    """For the loan, [[PERSON:Pooja Yadav]] gave salary slips, Form 16 and PAN [[ID_NUMBER:ABYPY7718Q]]; she has lived at [[ADDRESS:C-12, Patel Nagar]], [[LOCATION:Dehradun]] since [[DATE_TIME:March 2019]].""",
    """The boat ambulance picked up [[PERSON:Jahanara Khatun]], [[AGE:24]], in labour, from [[LOCATION:Chenga]] char on [[DATE_TIME:17 June 2022, 11:15 pm]]; her husband [[PERSON:Kamal Ali]] went with her to the hospital in [[LOCATION:Barpeta]].""",
    """[[PERSON:Prof. Elangbam Priyalakshmi]] supervised [[PERSON:Ningthoujam Surjit]]'s thesis at Manipur University; he defended on [[DATE_TIME:25 September 2023]] and can be reached at [[EMAIL_ADDRESS:surjit.ningthoujam@manipuruniv.ac.in]].""",
    """[[PERSON:Kamala Bauri]] of [[LOCATION:Sreemangal]] plucks leaf at a garden near the town; her daughter [[PERSON:Shapla]] passed her SSC, and the garden trust is sending the college fee to her Nagad number, [[PHONE_NUMBER:01911-284736]].""",
    """Welcome pack for [[PERSON:Eleanor Pritchard]], who starts at the [[LOCATION:Cardiff]] call centre on [[DATE_TIME:Monday 2 September]]: desk 4B, login [[USERNAME:epritchard]].""",
    """[[PERSON:Ritu Malhotra]] called about her father, [[PERSON:Harbans Lal Malhotra]], [[AGE:81]], who was given the wrong dose at the pharmacy on [[DATE_TIME:14 Feb]].""",
    lang(ASSAMESE, """[[LOCATION:শুৱালকুচি]]ৰ তাঁতী [[PERSON:জোনালী ডেকা]]ই মুগা সূতাৰ ৰাজসাহায্যৰ বাবে আবেদন কৰিছে। তেওঁৰ তাঁতী পৰিচয়পত্ৰৰ নম্বৰ [[ID_NUMBER:AS-KAM-HL-0102457]], মবাইল [[PHONE_NUMBER:৯৪৩৫৫ ১৮০২৬]]।"""),
    """At [[DATE_TIME:6:45 am on 9 January]], [[PERSON:Dasrath Karmakar]] was hit by a tractor on the [[LOCATION:Sonari]] road. He is in bed 22 of the medical college hospital and his ESIC number is [[ID_NUMBER:3410228857]].""",
    """[[PERSON:Vikram]] from the IT team reset [[PERSON:Neha Agarwal]]'s laptop; its MAC, 3C:22:FB:91:0A:6E, and her static IP, [[IP_ADDRESS:10.42.7.118]], are unchanged.""",
    """Guest list, check-in [[DATE_TIME:21 Oct]]: [[PERSON:Mr. Yousef Al-Kuwari]] and [[PERSON:Mrs. Hessa Al-Kuwari]], [[NRP:Qatari]], QID [[ID_NUMBER:28763401527]], arriving from [[LOCATION:Doha]].""",
    """If found, please return this phone to [[PERSON:Donbok]] at [[ADDRESS:House 22, Madan Laban Road]], [[LOCATION:Laban]], [[LOCATION:Shillong]], or call [[PHONE_NUMBER:0364 250 2118]].""",
    """[[PERSON:Subrata Bhattacharjee]] received Rs 95,100 for his fully damaged house off [[LOCATION:Sonai Road]] in [[LOCATION:Silchar]]; the DBT reached account [[ID_NUMBER:10923387154]] on [[DATE_TIME:4 October 2022]].""",
    lang(HINGLISH, """Didi, [[PERSON:Sanatombi]] ka admission form bhar diya, DOB [[DATE_TIME:03-08-2012]] daala hai, Aadhaar [[ID_NUMBER:8147 0362 9593]]. Bas school wale bol rahe hai photo chahiye uniform mein, kal tak."""),
    """The claimant, [[PERSON:Abdullah Al-Otaibi]], was born on [[DATE_TIME:12/05/1407 AH]] and holds national ID [[ID_NUMBER:1093847265]].""",
    """Shipping label: [[PERSON:Halima Khanom]], [[ADDRESS:Flat 12, 88 Brick Lane]], [[LOCATION:London]] [[ZIP_CODE:E1 6RL]], tel. [[PHONE_NUMBER:07946 118302]].""",
    """[[PERSON:Jimmy Sangma]] ([[AGE:38]]) of [[LOCATION:Williamnagar]] has asked the insurer to pay the crop claim into his wife [[PERSON:Rikme]]'s account, [[ID_NUMBER:5432110098817]].""",
    """The Puja raffle's winning ticket, 0417, was held by [[PERSON:Tanmoy Chakraborty]] of [[ADDRESS:22/B Netaji Subhas Road]], [[LOCATION:Karimganj]].""",
    """Parent-teacher meeting: [[PERSON:Mrs. Anamika Borthakur]] will see the class teacher, [[PERSON:Mr. Pranjal Sarma]], about [[PERSON:Rishav]]'s maths on [[DATE_TIME:Saturday, 16 March, 11 am]].""",
    """The weavers' cooperative in [[LOCATION:Nongpoh]] elected [[PERSON:Bansharai Nongrum]] secretary; he was born on [[DATE_TIME:2nd May 1976]] and his member number is [[ID_NUMBER:RB-HWCS-0063]].""",
    """After the strike, the estate suspended worker [[PERSON:Birsa Karmakar]] (badge [[ID_NUMBER:B-1147]]) from [[DATE_TIME:8 August 2023]]; the union, through [[PERSON:Sabita Gour]], has written to the Labour Commissioner in [[LOCATION:Guwahati]].""",
    """[[PERSON:Sharmin Sultana]] reports that someone used her card [[CREDIT_CARD:4761 7300 4129 8558]] at a petrol pump in [[LOCATION:Al Ain]] on [[DATE_TIME:13 January at 22:07]] while she was in [[LOCATION:Dhaka]].""",
    lang(ASSAMESE, """[[TITLE:ডাঃ]] [[PERSON:উৎপল শৰ্মা]]ৰ চেম্বাৰত [[DATE_TIME:২৮ মে' ২০২৪]] তাৰিখে [[PERSON:প্ৰাঞ্জল কলিতা]]ৰ এপইণ্টমেণ্ট আছে। ৰোগীৰ বয়স [[AGE:৫৪]] বছৰ, ফোন [[PHONE_NUMBER:+91 70028 61394]]।"""),
]

BENCH = [
    """[[PERSON:Nilakshi]] from [[LOCATION:Kamrup Metropolitan]], your device [[IP_ADDRESS:2405:201:a00c:61f2:9d14:3b7e:c2a0:18f5]] signed in to the telehealth portal with Mozilla/5.0 (Linux; Android 13; SM-A146B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.143 Mobile Safari/537.36. Please confirm your appointment of [[DATE_TIME:07/11/2024]] with our Senior Dermatology Consultant.""",
    """As Principal Quality Auditor, [[PERSON:Hiranya]] needs the audit sample invoices emailed to [[EMAIL_ADDRESS:hiranya.bora@outlook.in]] and a courier booked to [[ADDRESS:241 Cinnamara Road, Apt. 3]], [[LOCATION:Jorhat]] [[ZIP_CODE:785008]]. His card [[CREDIT_CARD:5200 8213 9647 7016]], CVV 418, expiry 11/26, covers the freight.""",
    """{"customer_id": "[[ID_NUMBER:CUST-00482917]]", "full_name": "[[PERSON:Sudipta Paul]]", "dob": "[[DATE_TIME:1986-02-19]]", "phone": "[[PHONE_NUMBER:+91 98640 33178]]", "email": "[[EMAIL_ADDRESS:sudipta.paul86@rediffmail.com]]", "address": {"line1": "[[ADDRESS:14 Ambicapatty Main Road]]", "city": "[[LOCATION:Silchar]]", "state": "[[LOCATION:Assam]]", "pin": "[[ZIP_CODE:788004]]"}, "kyc": {"aadhaar": "[[ID_NUMBER:5432 9871 0268]]", "pan": "[[ID_NUMBER:CKLPP3390M]]"}, "last_login": "[[DATE_TIME:2024-05-30T21:14:08+05:30]]", "last_ip": "[[IP_ADDRESS:117.247.81.205]]", "segment": "retail-gold"}""",
    """ASSAM STATE DISASTER MANAGEMENT AUTHORITY
Ex-Gratia Assistance: House Damage (Flood)
Name of applicant: [[PERSON:Saiful Alom]]
Father's name: Late [[PERSON:Abdul Jalil]]
Village: [[LOCATION:Kayakuchi]]   P.O.: [[LOCATION:Kayakuchi]]   Revenue Circle: [[LOCATION:Barnagar]]   District: [[LOCATION:Barpeta]]   PIN: [[ZIP_CODE:781352]]
Date of birth: [[DATE_TIME:01-01-1981]]   Mobile: [[PHONE_NUMBER:9678 204 511]]
Aadhaar No.: [[ID_NUMBER:3518 6620 4975]]   Ration Card No.: [[ID_NUMBER:180306011872]]
Bank: Punjab National Bank   A/c No.: [[ID_NUMBER:4412000100087533]]   IFSC: PUNB0441200
Category of damage: fully damaged kutcha house   Dag No.: 218   Patta No.: 41
Application ref.: ASDMA/BPT/BRN/2022/00871
Verified by Lot Mandal [[PERSON:Pradip Kalita]] on [[DATE_TIME:24/06/2022]].""",
    """2024-03-11T09:14:22+05:30 INFO auth: login ok user=[[USERNAME:bornali_das]] ip=[[IP_ADDRESS:157.41.208.66]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
2024-03-11T09:15:03+05:30 INFO profile: update user=[[USERNAME:bornali_das]] field=phone old=[[PHONE_NUMBER:+919435012877]] new=[[PHONE_NUMBER:+917002218845]]
2024-03-11T09:15:04+05:30 DEBUG cache: evicted key=profile:88213 took=3ms
2024-03-11T09:17:40+05:30 WARN payments: card declined user=[[USERNAME:bornali_das]] card=[[CREDIT_CARD:4012883719055276]] reason=insufficient_funds""",
    """[[PERSON:Rizwana Ahmed]], born [[DATE_TIME:March 3rd, 1994]], [[AGE:30]], female, Regional Accounts Coordinator. Contact: [[EMAIL_ADDRESS:rizwana.ahmed94@hotmail.com]] or [[PHONE_NUMBER:+91-361-2543108]]. Residence: [[ADDRESS:House 31, Hatigaon Bhetapara Road]], [[LOCATION:Hatigaon]], [[LOCATION:Guwahati]], [[LOCATION:Assam]] [[ZIP_CODE:781038]]. Vehicle: [[ID_NUMBER:AS 01 DK 4719]].""",
    """LOAN APPLICATION: JOINT LIABILITY GROUP
Group: Ai Kalyani Self Help Group
Member name: [[PERSON:Gitashree Talukdar]]   Age: [[AGE:37]]   Husband: [[PERSON:Dilip Talukdar]]
Address: Vill. [[LOCATION:Kaurbaha]], P.O. [[LOCATION:Rangia]], Dist. [[LOCATION:Kamrup]], [[ZIP_CODE:781354]]
KYC: Voter ID [[ID_NUMBER:JXZ2281405]]; Aadhaar [[ID_NUMBER:9275 3041 1868]]
Loan amount: Rs 40,000 for cotton yarn and a second loom   Tenure: 24 months   Loan a/c: [[ID_NUMBER:LN0098234117]]
Purpose: weaving gamosa and mekhela chador for the weekly haat
Signed on [[DATE_TIME:14.02.2024]]""",
    """INSERT INTO patients (patient_id, full_name, dob, sex, phone, address, locality, city, pin) VALUES
('[[ID_NUMBER:NEIGR-2024-004417]]', '[[PERSON:Kyrshanlang Marbaniang]]', '[[DATE_TIME:1991-10-07]]', 'M', '[[PHONE_NUMBER:9863024751]]', '[[ADDRESS:House 27, Lower Nongrim Road]]', '[[LOCATION:Nongrim Hills]]', '[[LOCATION:Shillong]]', '[[ZIP_CODE:793003]]'),
('[[ID_NUMBER:NEIGR-2024-004418]]', '[[PERSON:Eveline Kharbuli]]', '[[DATE_TIME:1958-04-22]]', 'F', '[[PHONE_NUMBER:9436117028]]', '[[ADDRESS:Kharbuli Cottage]]', '[[LOCATION:Mawprem]]', '[[LOCATION:Shillong]]', '[[ZIP_CODE:793002]]');""",
    """For the weavers' welfare review, [[PERSON:Ningthoujam Ibochou]] will present the passbook of member ID [[ID_NUMBER:WVR-MN-20817]]; send the attendance sheet to [[EMAIL_ADDRESS:ibochou.n@gmail.com]] and join the hybrid link from [[IP_ADDRESS:2401:4900:1c63:8a2e::4f1]]. His loom shed is at [[ADDRESS:House 12]], [[LOCATION:Wangkhei Ningthem Pukhri Mapal]], [[LOCATION:Imphal East]] [[ZIP_CODE:795005]].""",
    """GARDEN HOSPITAL: DISCHARGE SUMMARY
Patient: [[PERSON:Lalita Kharia]]   Age/Sex: [[AGE:44]]/F   Worker token: [[ID_NUMBER:HKT-3318]]
Quarters: [[ADDRESS:Quarter 9, No. 2 Line]], [[LOCATION:Hatikhuli T.E.]], P.O. [[LOCATION:Bokakhat]], Dist. [[LOCATION:Golaghat]]
Admitted: [[DATE_TIME:02/07/2024]]   Discharged: [[DATE_TIME:09/07/2024]]
Diagnosis: severe anaemia (Hb 6.1 g/dL); one unit blood transfused
Advice: iron and folic acid for 90 days, review with the garden doctor, [[PERSON:Dr. Manoj Baruah]], on [[DATE_TIME:23/07/2024]]
Husband's mobile: [[PHONE_NUMBER:9707 338 214]]""",
    """# tests/fixtures/customers.yaml (copied from a production export, do not commit)
- id: 40211
  name: [[PERSON:Rehana Sultana]]
  email: [[EMAIL_ADDRESS:rehana.sultana@yahoo.co.in]]
  phone: "[[PHONE_NUMBER:+91 60030 19284]]"
  dob: [[DATE_TIME:1989-12-01]]
  address:
    street: [[ADDRESS:House 9, Lane 5]], [[LOCATION:Sarumataria]]
    city: [[LOCATION:Guwahati]]
    pin: "[[ZIP_CODE:781006]]"
  card_last4: "0091"
- id: 40212
  name: [[PERSON:Bhupen Deka]]
  email: [[EMAIL_ADDRESS:bhupendeka71@gmail.com]]
  phone: "[[PHONE_NUMBER:+91 94351 28730]]"
  dob: [[DATE_TIME:1971-06-15]]
  address:
    street: [[ADDRESS:12 Kalapahar Road]]
    city: [[LOCATION:Guwahati]]
    pin: "[[ZIP_CODE:781016]]\"""",
    """Dear [[PERSON:Mr. Khalid Al Mansoori]], the service charge for your villa at [[ADDRESS:Villa 17, Street 24]], [[LOCATION:Al Barsha 2]], [[LOCATION:Dubai]] will be collected by direct debit from [[IBAN_CODE:AE850260001015637820447]] on [[DATE_TIME:1 September 2024]]. For changes call our community manager [[PERSON:Fatima Al Suwaidi]] on [[PHONE_NUMBER:+971 50 418 2273]].""",
    """RENT AGREEMENT
This agreement is made at [[LOCATION:Shillong]] on [[DATE_TIME:1st day of March 2024]] between [[TITLE:Smt.]] [[PERSON:Bashisha Suchiang]], daughter of [[PERSON:Ladon Pohshna]], residing at [[ADDRESS:House No. 61]], [[LOCATION:Nongthymmai]], hereinafter the OWNER, and [[TITLE:Shri]] [[PERSON:Tanmoy Paul]], son of [[PERSON:Ranjit Paul]], of [[LOCATION:Agartala]], hereinafter the TENANT.
The OWNER lets the first floor of [[ADDRESS:Wahingdoh Cottage]], [[LOCATION:Lumsohphoh]], [[LOCATION:Shillong]] [[ZIP_CODE:793001]] for eleven months at Rs 14,000 a month, payable by the 7th to the OWNER's account [[ID_NUMBER:38819204417]] (IFSC SBIN0006302).
Tenant's Aadhaar: [[ID_NUMBER:6734 0918 2545]]; Owner's EPIC: [[ID_NUMBER:MLE0339124]].""",
    """POST /api/v2/kyc/submit HTTP/1.1
Host: onboarding.example-nbfc.in
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:49.37.142.90]]
User-Agent: okhttp/4.11.0

{"applicant": {"name": "[[PERSON:Bikash Boro]]", "dob": "[[DATE_TIME:1995-08-21]]", "mobile": "[[PHONE_NUMBER:9365218804]]", "pan": "[[ID_NUMBER:DQBPB6201L]]", "aadhaar_masked": "XXXX XXXX 3309", "address": "[[ADDRESS:House 44, Deosiri Road]]", "district": "[[LOCATION:Kokrajhar]]", "pincode": "[[ZIP_CODE:783370]]"}, "consent": true, "device_id": "a3f9c2e1-7b44-4d0e-9a61-2f5c8e0d9b17"}""",
    """To
The Deputy Commissioner, [[LOCATION:Dhemaji]]

Subject: Prayer for relief and rehabilitation of families hit by erosion of the [[LOCATION:Jiadhal]]

Sir,
We, the undersigned residents of [[LOCATION:Bordoloni]] village under [[LOCATION:Gogamukh]] revenue circle, most humbly submit that the river has taken 46 bighas of our land and eleven houses since July 2023. Our families have been staying on the embankment.
1. [[PERSON:Kamal Doley]], Aadhaar [[ID_NUMBER:4309 8215 6731]], mobile [[PHONE_NUMBER:8638 117 402]]
2. [[PERSON:Purnima Pait]], Aadhaar [[ID_NUMBER:2876 5103 9488]]
3. [[PERSON:Jadav Taid]], mobile [[PHONE_NUMBER:9101 556 318]]
Yours faithfully,
[[PERSON:Kamal Doley]] (on behalf of the villagers), [[DATE_TIME:10/02/2024]]""",
    """# .env.local (dev laptop of [[USERNAME:pbhuyan]])
APP_ENV=development
ADMIN_NAME="[[PERSON:Parag Bhuyan]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:parag.bhuyan@protonmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+919854017733]]
SMTP_USER=[[EMAIL_ADDRESS:parag.bhuyan@protonmail.com]]
SMTP_PASSWORD=Tezpur@2019!
DB_URL=postgres://app:app@localhost:5432/tezpur_dev
SENTRY_DSN=https://4f1d9c0a2b3e4d5f8a7b6c5d4e3f2a1b@o4505.ingest.sentry.io/4505123""",
    """User [[PERSON:Ibemhal]], Network Operations Specialist, connected from [[IP_ADDRESS:2409:4065:e8b:9c31:5a1:77ff:fe2d:6c10]] with MAC 00:1B:44:11:3A:B7 and Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1; her backup address is [[EMAIL_ADDRESS:ibemhal.khuman@rediffmail.com]] and her date of birth [[DATE_TIME:11/29/1990]].""",
    """MOTOR CLAIM INTIMATION
Insured: [[PERSON:Rajen Basumatary]]   Policy No.: 3001/2847719/00/000   Claim No.: MC-24-0099813
Vehicle: [[ID_NUMBER:AS 12 BF 0633]] (Maruti Swift Dzire)   Driving licence: [[ID_NUMBER:AS12 20130004877]]
Accident on [[DATE_TIME:18 April 2024 at about 7.30 pm]] on NH-15 near [[LOCATION:Dhekiajuli]]; third-party vehicle overtook on the bridge.
Address: [[ADDRESS:House 112, Mission Chariali Road]], [[LOCATION:Tezpur]] [[ZIP_CODE:784001]]   Mobile: [[PHONE_NUMBER:9435 081 227]]
Bank for settlement: account [[ID_NUMBER:50200044817203]], IFSC HDFC0001843""",
    """<Patient xmlns="http://hl7.org/fhir">
  <id value="pt-7781"/>
  <identifier><system value="https://abha.abdm.gov.in"/><value value="[[ID_NUMBER:91-7720-3318-4406]]"/></identifier>
  <name><family value="[[PERSON:Chetia]]"/><given value="[[PERSON:Gitanjali]]"/></name>
  <telecom><system value="phone"/><value value="[[PHONE_NUMBER:+91 94350 66120]]"/></telecom>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1985-03-05]]"/>
  <address><line value="[[ADDRESS:Quarter B-14, Oil India Township]]"/><city value="[[LOCATION:Duliajan]]"/><state value="[[LOCATION:Assam]]"/><postalCode value="[[ZIP_CODE:786602]]"/></address>
</Patient>""",
    """ORUNODOI 2.0: BENEFICIARY APPLICATION
Name of woman head of family: [[PERSON:Nayanmoni Gogoi]]
Husband: [[PERSON:Dhiren Gogoi]]
Date of birth: [[DATE_TIME:12 Aug 1983]]   Age: [[AGE:40]]
Address: Vill. [[LOCATION:Chaulkhowa]], P.O. [[LOCATION:Moran]], Dist. [[LOCATION:Charaideo]], [[ZIP_CODE:785669]]
Ration card: [[ID_NUMBER:180901003318]]   Aadhaar: [[ID_NUMBER:7651 2098 4319]]
Bank a/c: [[ID_NUMBER:8310 1000 4472]]   Bank: Assam Gramin Vikash Bank
Mobile: [[PHONE_NUMBER:+91 6900 118 472]]
Annual family income: below Rs 2 lakh
Declaration signed on [[DATE_TIME:28/09/2023]] in the presence of Gaon Burha [[PERSON:Lakhi Saikia]]""",
    """[[PERSON:Md. Mahbubur Rahman]], [[AGE:52]], garment exporter, holds Dutch-Bangla Bank account [[ID_NUMBER:1131100082471]] and bKash wallet [[PHONE_NUMBER:01819-337204]]; his office is at [[ADDRESS:House 56, Road 11, Block F]], [[LOCATION:Banani]], [[LOCATION:Dhaka]] [[ZIP_CODE:1213]] and his NID reads [[ID_NUMBER:19652695881473301]].""",
    """def test_invoice_pdf_renders_customer_block(tmp_path):
    customer = Customer(
        name="[[PERSON:Wandashisha Warjri]]",
        email="[[EMAIL_ADDRESS:wanda.warjri@gmail.com]]",
        phone="[[PHONE_NUMBER:+91 87947 20135]]",
        address="[[ADDRESS:House 8, Lawsohtun Main Road]]",
        city="[[LOCATION:Shillong]]",
        pin="[[ZIP_CODE:793014]]",
        gstin="17AAACM7733F1ZJ",
    )
    pdf = render_invoice(customer, items=[("Ryndia stole", 1, 2450)])
    assert "[[PERSON:Warjri]]" in pdf.text""",
    """OFFER OF EMPLOYMENT
[[DATE_TIME:15 January 2024]]
Dear [[PERSON:Mr. Rahim Uddin]],
We are pleased to offer you the position of Electrician (Grade 3) at our [[LOCATION:Jebel Ali]] facility, starting [[DATE_TIME:1 March 2024]]. Basic salary AED 1,600 per month plus shared accommodation at [[ADDRESS:Room 214, Block C, Labour Camp 7]], [[LOCATION:Jebel Ali Industrial Area 1]], [[LOCATION:Dubai]].
Passport No.: [[ID_NUMBER:A09914387]] (Bangladesh)   Emirates ID: to be applied
Salary will be paid through WPS to [[IBAN_CODE:AE64 0350 0000 1288 9013 365]].
Please sign and return by email to hr@example-contracting.ae.
[[PERSON:Salman Al-Dosari]], HR Manager""",
    """Return-Path: <[[EMAIL_ADDRESS:mrinal.hazarika@gmail.com]]>
Received: from mail-ua1-f41.google.com ([[IP_ADDRESS:209.85.222.41]]) by mx.example-school.in
From: "[[PERSON:Mrinal Hazarika]]" <[[EMAIL_ADDRESS:mrinal.hazarika@gmail.com]]>
To: admissions@example-school.in
Cc: "[[PERSON:Jonali Hazarika]]" <[[EMAIL_ADDRESS:jonali.h.82@gmail.com]]>
Date: [[DATE_TIME:Mon, 8 Apr 2024 22:41:17 +0530]]
Subject: Admission for [[PERSON:Aditri Hazarika]], Class III
Message-ID: <CAF7x9Kq2pTZ0v=YHfb3LmA@mail.gmail.com>""",
    """[[PERSON:Halima]] of [[ADDRESS:Flat 7, Sutton House, 41 Cannon Street Road]], [[LOCATION:London]] [[ZIP_CODE:E1 2LY]], Tower Hamlets council tax account [[ID_NUMBER:40118273]], pays from [[IBAN_CODE:GB25BARC20325341798823]] (sort code 20-32-53) and has asked for a single-person discount from [[DATE_TIME:6 April 2024]].""",
    """NOTICE
Kachibari Tea Estate, P.O. [[LOCATION:Kachibari]], Dist. [[LOCATION:Dibrugarh]]
Date: [[DATE_TIME:18 March 2024]]
It is notified that [[ADDRESS:quarter no. 44 in No. 5 Line]], vacated by retired worker [[PERSON:Mangal Santal]], has been allotted to [[PERSON:Rajesh Tanti]] (PF No. [[ID_NUMBER:AS/DBR/3301/00412]]) with effect from [[DATE_TIME:1 April 2024]]. [[PERSON:Mangal Santal]] and family may stay on in [[ADDRESS:Quarter 12, No. 1 Line]] as per the settlement.
Garden Manager""",
    """PROJ-4471: Refund not received
Reporter: [[PERSON:Tanvir Hasan]] ([[EMAIL_ADDRESS:tanvir.hasan.bd@gmail.com]])
Customer ID: [[ID_NUMBER:C-10093127]]
Order: ORD-2024-558120 (Rs 3,499), refund initiated [[DATE_TIME:12 Feb]]
Description: Customer says the refund went to the wrong UPI ([[ID_NUMBER:tanvir.h@okicici]]) instead of his card. Called from [[PHONE_NUMBER:+91 98301 44702]] twice. Please check with payments.
Assignee: [[PERSON:Shweta Rao]]
Priority: High""",
    """Rx  [[PERSON:Dr. Bidisha Goswami]], MBBS, MD   Reg. No. [[ID_NUMBER:ASMC-18422]]
Patient: [[PERSON:Kunti Munda]]   Age: [[AGE:61]]   Date: [[DATE_TIME:05.06.2024]]
Address: [[ADDRESS:Quarter 21, Line 3]], [[LOCATION:Doomdooma]]
1. Tab Amlodipine 5 mg  1-0-0  x 30 days
2. Tab Metformin 500 mg  1-0-1  x 30 days
Review after one month. Contact (son): [[PHONE_NUMBER:7896 004 321]]""",
    """form_id=grv-2291&name=[[PERSON:Laishram+Bijoy+Singh]]&father=[[PERSON:Laishram+Tomba]]&dob=[[DATE_TIME:1979-04-02]]&mobile=[[PHONE_NUMBER:9612344071]]&email=[[EMAIL_ADDRESS:bijoy.laishram%40gmail.com]]&address=[[ADDRESS:House+14%2C+Sagolband+Tera+Sapam+Leirak]]&district=[[LOCATION:Imphal+West]]&pin=[[ZIP_CODE:795001]]&epic=[[ID_NUMBER:XMP0427731]]&category=grievance&subject=pension+not+credited&captcha=7Hk2q""",
    """[[PERSON:Abdul Muktadir]] and [[PERSON:Rumana Miah]] of [[ADDRESS:23 Chicksand Street]], [[LOCATION:Spitalfields]], [[LOCATION:London]] [[ZIP_CODE:E1 5LB]] want the wedding deposit refunded to [[IBAN_CODE:GB13 HBUK 4012 7662 9301 85]]; bride's DOB [[DATE_TIME:04/09/1996]], groom's mobile [[PHONE_NUMBER:07700 900 417]].""",
    """KALIGHAT TEA ESTATE, [[LOCATION:SREEMANGAL]]: WEEKLY WAGE SLIP
Worker: [[PERSON:Bishnu Bauri]]   Worker No.: [[ID_NUMBER:KTE-0715]]   Section: 11
Week ending 13/04/2024   Days worked: 6   Leaf plucked: 142 kg
Cash wage: Tk 1,020   Ration (atta): 3.5 kg   Deductions: provident fund Tk 76
Paid to mobile wallet [[PHONE_NUMBER:01724 550 318]]
Line: [[ADDRESS:Line 6, Chhara Road]], [[LOCATION:Kalighat]], [[LOCATION:Sreemangal]], [[LOCATION:Moulvibazar]]""",
    """RELIEF CAMP REGISTER: Bahbari LP School, [[LOCATION:Barpeta]]
Entry 118
Head of family: [[PERSON:Anjuma Bibi]]   Age: [[AGE:35]]   Members: 6
From: [[LOCATION:Bahbari]] (house under water)   Arrived: [[DATE_TIME:20/06/2022, 5 pm]]
ID shown: Aadhaar [[ID_NUMBER:3987 1245 6089]]
Contact: husband [[PERSON:Nurul Amin]], [[PHONE_NUMBER:9706 228 413]]
Relief given: rice 9 kg, dal 1.5 kg, salt, mustard oil, tarpaulin""",
    """MINUTES: Sualkuchi Pat and Muga Weavers' Cooperative Society Ltd. (Reg. No. KAM-IND/112/1998)
Annual general meeting held on [[DATE_TIME:14 January 2024]] at the society hall.
Present: [[PERSON:Dharani Kalita]] (President), [[PERSON:Minu Baishya]] (Secretary), 61 members.
1. The secretary read the accounts for 2022-23. Yarn bank turnover Rs 18.4 lakh.
2. Member [[PERSON:Putul Das]] (member no. [[ID_NUMBER:PMW-0244]]) proposed a separate dyeing shed; seconded by [[PERSON:Hemen Kalita]].
3. Loom-upgrade grant for [[PERSON:Rina Baishya]] (member no. [[ID_NUMBER:PMW-0391]]) approved; amount to be sent to her account [[ID_NUMBER:31122908117]].
Next meeting: [[DATE_TIME:14 April 2024]].""",
    lang(ASSAMESE, """বানপানী ক্ষতিপূৰণৰ আবেদন
আবেদনকাৰীৰ নাম: [[PERSON:দিলীপ শইকীয়া]]
পিতাৰ নাম: [[PERSON:ৰমেশ শইকীয়া]]
গাঁও: [[LOCATION:বগীনদী]], ডাকঘৰ: [[LOCATION:বগীনদী]], জিলা: [[LOCATION:লখিমপুৰ]], পিন: [[ZIP_CODE:787032]]
জন্মৰ তাৰিখ: [[DATE_TIME:০৯/১০/১৯৭৪]]
আধাৰ নম্বৰ: [[ID_NUMBER:6120 3987 4559]]
বেংক একাউণ্ট নম্বৰ: [[ID_NUMBER:১০৯৩৩৪৭৭৮২১]], আই.এফ.এছ.চি.: SBIN0005612
মবাইল: [[PHONE_NUMBER:৯৮৫৪১ ৭৭০২৩]]
ক্ষতিৰ বিৱৰণ: ধান খেতি সম্পূৰ্ণ নষ্ট, গোহালি ঘৰ ভাঙিছে।
স্বাক্ষৰ আৰু তাৰিখ: [[DATE_TIME:০৩/০৭/২০২২]]"""),
    lang(ASSAMESE, """শ্ৰদ্ধাৰ [[TITLE:শ্ৰীযুত]] [[PERSON:প্ৰদীপ বৰুৱা]] [[TITLE:ডাঙৰীয়া]],
মই [[PERSON:অনিমা সোণোৱাল]], [[LOCATION:ডিব্ৰুগড়]]ৰ [[LOCATION:বৰবৰুৱা]]ৰ এগৰাকী তাঁতী। মোৰ তাঁতী পৰিচয়পত্ৰ নম্বৰ [[ID_NUMBER:AS-DBR-HL-0044128]]। যোৱা [[DATE_TIME:১৫ ফেব্ৰুৱাৰী]]ত মই সূতাৰ বাবে আবেদন কৰিছিলো, কিন্তু এতিয়াও পোৱা নাই। অনুগ্ৰহ কৰি মোৰ ফোন [[PHONE_NUMBER:৭০০২৪ ৫৫১৯০]]ত যোগাযোগ কৰিব।
ইতি,
[[PERSON:অনিমা সোণোৱাল]]"""),
    lang(MNI_BENG, """মনিপুর লমজিং শিংলুপ — স্কোলরশিপ এপ্লিকেসন
মিং: [[PERSON:সগোলসেম রঞ্জিৎ সিংহ]]
মপাগী মিং: [[PERSON:সগোলসেম ইবোহল সিংহ]]
পোকপা নুমিৎ: [[DATE_TIME:২১/০৩/২০০৫]]
লৈফম: [[ADDRESS:য়ুম নং ৩২]], [[LOCATION:সিংজমৈ ৱাংমা লৈকাই]], [[LOCATION:ইম্ফাল পশ্চিম]], পিন [[ZIP_CODE:795008]]
আধার নম্বর: [[ID_NUMBER:8765 0324 7195]]
ফোন: [[PHONE_NUMBER:৮৭৯৪০ ১২৫৩৬]]
ইমেইল: [[EMAIL_ADDRESS:ranjit.sagolsem05@gmail.com]]"""),
    lang(MNI_MTEI, """ꯃꯥꯡꯈꯤꯕ ꯑꯉꯥꯡ
[[PERSON:ꯍꯩꯁ꯭ꯅꯥꯝ ꯅꯣꯕꯤꯟ]]ꯒꯤ ꯃꯆꯥ ꯅꯨꯄꯤ [[PERSON:ꯍꯩꯁ꯭ꯅꯥꯝ ꯁꯥꯕꯤꯠꯔꯤ]] ꯑꯁꯤ [[DATE_TIME:꯲꯰꯲꯴ ꯑꯦꯞꯔꯤꯜ ꯱꯲]] ꯗꯥ ꯃꯥꯡꯈꯤ꯫ ꯃꯍꯥꯛ ꯆꯍꯤ [[AGE:꯱꯴]]꯫ ꯃꯍꯥꯛꯄꯨ ꯎꯔꯕ ꯃꯤꯑꯣꯏꯅꯥ [[PHONE_NUMBER:8794 306 218]] ꯗꯥ ꯐꯣꯟ ꯇꯧꯕꯤꯌꯨ꯫ ꯃꯍꯥꯛꯀꯤ ꯌꯨꯝ [[LOCATION:ꯀꯩꯁꯥꯝꯊꯣꯡ]]꯫"""),
    lang(HINGLISH, """Ticket #CX-77120 | Channel: WhatsApp
Customer: [[PERSON:Pinky Agarwala]] | Mobile: [[PHONE_NUMBER:+91 94350 27781]]
Customer: hello ji, mera electricity bill 2 mahine se double aa raha hai. Consumer no [[ID_NUMBER:121001338790]] hai, meter [[ADDRESS:Shop No. 4, Fancy Bazar Main Road]] pe laga hai.
Agent [[PERSON:Rohit]]: Ma'am, aapka registered email [[EMAIL_ADDRESS:pinky.agarwala@gmail.com]] hai na? Main reading ki photo mangwa raha hoon.
Customer: haan wahi. Aur [[DATE_TIME:12 tareekh]] ko lineman aaya tha, unka naam [[PERSON:Deben]] bataya.
Status: escalated to sub-division [[LOCATION:Guwahati]] Central"""),
    lang(NE_ENGLISH, """To whomsoever it may concern,
This is to certify that [[TITLE:Shri]] [[PERSON:Lalrinmawia]], son of [[TITLE:Pu]] [[PERSON:Zothanpuia]], is a bonafide resident of [[ADDRESS:House No. 112]], [[LOCATION:Dawrpui Vengthar]], [[LOCATION:Aizawl]], [[LOCATION:Mizoram]] and is known to the undersigned since many years itself. His date of birth as per our records is [[DATE_TIME:15.05.1992]] and his EPIC no. is [[ID_NUMBER:MZR0554318]]. He is a [[NRP:Christian]] by faith and a member of the local [[NRP:Presbyterian]] church. He is a good fellow, no complaint from anybody.
Sd/- President, Local Council"""),
    """{"event": "remittance.created", "ts": "2024-06-02T18:22:10+04:00", "sender": {"name": "[[PERSON:Abdul Hakim Sheikh]]", "eid": "[[ID_NUMBER:784-1992-0083517-3]]", "mobile": "[[PHONE_NUMBER:+971 55 903 1184]]", "iban": "[[IBAN_CODE:AE600440000107231568093]]"}, "beneficiary": {"name": "[[PERSON:Jamila Khatun]]", "bank": "Assam Gramin Vikash Bank", "account": "[[ID_NUMBER:8022 1000 3391]]", "ifsc": "AGVB0001025", "city": "[[LOCATION:Dhubri]]"}, "amount_aed": 1500, "ref": "RMT-88120457"}
{"event": "remittance.paid", "ts": "2024-06-02T18:40:51+04:00", "ref": "RMT-88120457", "status": "credited"}""",
    """Attention [[PERSON:Jahirul Islam]]: your iqama [[ID_NUMBER:2530199484]] expires on 14/11/1446 H, so renew it through Absher before then. Salaries for the [[LOCATION:Dammam]] site are now paid to [[IBAN_CODE:SA51 1000 0001 2358 0977 1940]]. Questions go to your supervisor, [[PERSON:Faisal Al-Qahtani]], on [[PHONE_NUMBER:+966 55 812 4470]].""",
    """UPDATE employees
   SET phone = '[[PHONE_NUMBER:+91 70028 44190]]',
       email = '[[EMAIL_ADDRESS:r.chakraborty@example-tea.co.in]]',
       bank_account = '[[ID_NUMBER:00581000117724]]'
 WHERE emp_code = '[[ID_NUMBER:TEA-ASM-0442]]' AND full_name = '[[PERSON:Rupam Chakraborty]]';
-- requested by [[PERSON:Anil Thapa]] (HR) on [[DATE_TIME:2024-02-19]], ticket HR-3318""",
    """HILL VIEW SCHOOL: ADMISSION FORM 2024-25
Name of pupil: [[PERSON:Daphimon Kharsyntiew]]   Date of birth: [[DATE_TIME:09-02-2017]]   Age: [[AGE:7]]   Class sought: II
Father: [[PERSON:Kitborlang Kharsyntiew]], teacher   Mother: [[PERSON:Ibadahun Nongbri]], nurse
Address: [[ADDRESS:House 14]], [[LOCATION:Dhankheti]], [[LOCATION:Shillong]] [[ZIP_CODE:793003]]
Phone: [[PHONE_NUMBER:9863 112 507]]   Email: [[EMAIL_ADDRESS:kitbor.k@gmail.com]]
Religion: [[NRP:Christian]] ([[NRP:Presbyterian]])   Community: [[NRP:Khasi]]
Aadhaar of pupil: [[ID_NUMBER:2398 7610 4529]]""",
    """[[PERSON:Shibu Varghese]], a staff nurse in [[LOCATION:Jabriya]], [[LOCATION:Kuwait]], moved his salary to [[IBAN_CODE:KW25NBOK0000000000002014682051]]; civil ID [[ID_NUMBER:287110402511]], phone [[PHONE_NUMBER:+965 6602 4418]], and his family in [[LOCATION:Kottayam]] gets a copy of the statement at [[EMAIL_ADDRESS:shibu.varghese77@gmail.com]].""",
    """[[IP_ADDRESS:106.211.64.19]] - - [14/May/2024:10:02:55 +0530] "GET /account/profile?user=[[USERNAME:meitei_ranjit]]&email=[[EMAIL_ADDRESS:ranjit.meitei%40gmail.com]] HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Linux; Android 12; RMX3261) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"
[[IP_ADDRESS:106.211.64.19]] - - [14/May/2024:10:03:12 +0530] "POST /account/update-phone HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Linux; Android 12; RMX3261) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36"
[[IP_ADDRESS:66.249.66.1]] - - [14/May/2024:10:03:40 +0530] "GET /robots.txt HTTP/1.1" 200 68 "-" "Googlebot/2.1 (+http://www.google.com/bot.html)\"""",
    """IN THE GAUHATI HIGH COURT
WP(C) No. 4412/2023
[[TITLE:Smti.]] [[PERSON:Parbati Tasa]], wife of Late [[PERSON:Ratan Tasa]], resident of [[ADDRESS:Quarter 7, No. 3 Line]], [[LOCATION:Sepon T.E.]], P.O. [[LOCATION:Sepon]], Dist. [[LOCATION:Dibrugarh]], [[LOCATION:Assam]] ... Petitioner
-versus-
The State of Assam and others ... Respondents
The petitioner's husband, a permanent worker of the estate (PF No. [[ID_NUMBER:AS/DBR/2877/01188]]), died on [[DATE_TIME:3 November 2022]] in an accident inside the factory, and his gratuity remains unpaid.
Next date of hearing: [[DATE_TIME:22.07.2024]]
Advocate for the petitioner: [[TITLE:Adv.]] [[PERSON:Rupam Das]], Enrolment No. [[ID_NUMBER:A/1184/2009]]""",
    """[[DATE_TIME:30 April 2024]]

[[PERSON:Mr. Karan Mehta]]
[[ADDRESS:Flat 1102, Tower B, Prestige Sunrise Park]], [[LOCATION:Electronic City Phase 1]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560100]]
Employee code: [[ID_NUMBER:INF-778213]]

Subject: Separation

Dear [[PERSON:Karan]],
Following the restructuring of the payments team, your employment ends on [[DATE_TIME:31 May 2024]]. Your full and final settlement, gratuity included, will be credited to account [[ID_NUMBER:919010044718203]], and your UAN [[ID_NUMBER:1012 5560 8841]] will be updated.

[[PERSON:Deepa Krishnan]]
HR Business Partner""",
    """Player [[USERNAME:kazi_sniper99]] is linked to [[EMAIL_ADDRESS:kazi.rakib99@gmail.com]], real name [[PERSON:Kazi Rakibul Hasan]], age [[AGE:19]], from [[LOCATION:Rajshahi]]; the Tk 25,000 tournament prize went to bKash [[PHONE_NUMBER:01711 904 228]]. Last login: [[DATE_TIME:2024-04-19 23:48]] from [[IP_ADDRESS:103.230.105.77]].""",
    """{"resourceType": "Appointment", "id": "appt-30918", "status": "booked", "start": "[[DATE_TIME:2024-08-14T10:30:00+05:30]]", "participant": [{"actor": {"reference": "Patient/pt-4471", "display": "[[PERSON:Yumnam Memcha Devi]]"}}, {"actor": {"reference": "Practitioner/pr-12", "display": "[[PERSON:Dr. Th. Romesh Singh]]"}}], "comment": "Patient phone [[PHONE_NUMBER:+91 89740 52219]]; ABHA [[ID_NUMBER:91-5230-1177-8064]]"}""",
    """FORM C: ARRIVAL REPORT OF A FOREIGNER
Hotel: Riverside Inn, [[LOCATION:Shillong]]
Name: [[PERSON:Nasreen Akter]]   Nationality: [[NRP:Bangladeshi]]
Passport No.: [[ID_NUMBER:EB0482917]]   Visa No.: [[ID_NUMBER:VT4417028]] (medical)
Date of birth: [[DATE_TIME:17/01/1978]]
Address in country of origin: [[ADDRESS:House 22, Lamabazar Road]], [[LOCATION:Sylhet]] [[ZIP_CODE:3100]]
Arrived in India: [[DATE_TIME:02/03/2024]] via [[LOCATION:Dawki]]
Arrival at hotel: [[DATE_TIME:02/03/2024 16:40]]
Purpose of visit: medical treatment   Contact in India: [[PERSON:Rafiqul Haque]], [[PHONE_NUMBER:+91 98631 20945]]""",
    """[[PERSON:Sunil Khangembam]] ported [[PHONE_NUMBER:+91 87310 66129]] to a new operator with UPC code KX418827; proof: driving licence [[ID_NUMBER:MN01 20190003381]], address [[ADDRESS:House 7]], [[LOCATION:Uripok Khaidem Leikai]], [[LOCATION:Imphal]]. New SIM ICCID 8991000900112233445, handset IMEI 356938035643809.""",
    """### Bug: export crashes on names with apostrophes
Steps: import the attached CSV, click Export.

Traceback (most recent call last):
  File "exporter.py", line 88, in write_row
    writer.writerow(row)
ValueError: bad row {'name': "[[PERSON:Mervyn D'Souza]]", 'email': '[[EMAIL_ADDRESS:mervyn.dsouza@gmail.com]]', 'phone': '[[PHONE_NUMBER:+91 98200 17736]]', 'city': '[[LOCATION:Panaji]]'}

Reported by [[USERNAME:anurag-k]]. Environment: Python 3.12, exporter 2.4.1""",
    """PAWS AND CLAWS VETERINARY CLINIC, [[LOCATION:Dibrugarh]]
Owner: [[PERSON:Trishna Phukan]]   Phone: [[PHONE_NUMBER:9435 338 117]]
Address: [[ADDRESS:House 5, Lane 2]], [[LOCATION:Amolapatty]]
Patient: Coco (Labrador, 4 yrs, F)   Microchip: 985112004471236
Visit: [[DATE_TIME:11/03/2024]]   Complaint: vomiting for two days
Treatment: IV fluids, ondansetron; bland diet""",
    """MEMBERSHIP AGREEMENT: IronHouse Fitness, [[LOCATION:Six Mile]], [[LOCATION:Guwahati]]
Member: [[PERSON:Abhijit Baishya]]   Member No.: [[ID_NUMBER:IHF-GHY-2291]]   DOB: [[DATE_TIME:1998-07-30]]
Emergency contact: [[PERSON:Priyanka Baishya]] (sister), [[PHONE_NUMBER:+91 91018 33420]]
Plan: 12 months, Rs 18,000, paid by card [[CREDIT_CARD:4929 4655 1800 7336]]
Start date: [[DATE_TIME:01/05/2024]]
Medical declaration: no known conditions.
Signature: [[PERSON:A. Baishya]]""",
    """FORM 2 (Revised): NOMINATION AND DECLARATION, Assam Tea Plantations Provident Fund
Name: [[PERSON:Jugal Tanti]]   Father's name: [[PERSON:Phagu Tanti]]
Date of birth: [[DATE_TIME:05.01.1979]]   Sex: Male   Marital status: Married
Account No.: [[ID_NUMBER:ATPPF/GLT/0993/0271]]
Permanent address: [[ADDRESS:Quarter 58, Line No. 9]], [[LOCATION:Borsapori T.E.]], P.O. [[LOCATION:Borsapori]], Dist. [[LOCATION:Golaghat]], [[ZIP_CODE:785621]]
Nominee: [[PERSON:Sumitra Tanti]] (wife), age [[AGE:41]], share 100%
Date: [[DATE_TIME:12/09/2023]]   Signature / thumb impression of the member""",
    """{"estate": "Lepetkata", "period": "2024-W14", "workers": [{"token": "[[ID_NUMBER:LPK-0112]]", "name": "[[PERSON:Mongli Orang]]", "aadhaar": "[[ID_NUMBER:9501 3478 6623]]", "days": 6, "wage": 1500, "upi": null}, {"token": "[[ID_NUMBER:LPK-0148]]", "name": "[[PERSON:Sukra Munda]]", "aadhaar": "[[ID_NUMBER:4776 2190 8352]]", "days": 5, "wage": 1250, "upi": "[[ID_NUMBER:sukramunda@sbi]]"}]}""",
    """OFFICE OF THE CIRCLE OFFICER, KAMPUR REVENUE CIRCLE
Order No. KMP/SDRF/2022/118   Dated [[DATE_TIME:29/07/2022]]
Sanction of ex gratia for houses damaged in the flood of 2022. The following are sanctioned Rs 95,100 each, to be paid by DBT:
1. [[PERSON:Nurjahan Begum]], W/o [[PERSON:Abdul Rahim]], Vill. [[LOCATION:Kampur Town]], A/c [[ID_NUMBER:36041200087]]
2. [[PERSON:Ramen Bordoloi]], S/o Late [[PERSON:Kanak Bordoloi]], Vill. [[LOCATION:Raha]], A/c [[ID_NUMBER:10772230451]]
3. [[PERSON:Mamoni Nath]], W/o [[PERSON:Dilip Nath]], Vill. [[LOCATION:Jakhalabandha]], A/c [[ID_NUMBER:33018844710]]
Copy to: the Deputy Commissioner, [[LOCATION:Nagaon]], for information.""",
    """SELECT b.beneficiary_id, b.name, b.aadhaar, b.mobile FROM relief_beneficiaries b WHERE b.district = '[[LOCATION:Dhemaji]]' AND b.instalment = 2;
-- beneficiary_id | name | aadhaar | mobile
-- [[ID_NUMBER:DMJ-22-00418]] | [[PERSON:Purnakanta Doley]] | [[ID_NUMBER:6813 9024 5710]] | [[PHONE_NUMBER:9707112843]]
-- [[ID_NUMBER:DMJ-22-00419]] | [[PERSON:Mina Taye]] | [[ID_NUMBER:3241 7698 0553]] | [[PHONE_NUMBER:8011473920]]
-- (2 rows)""",
    """{"weaver_id": "[[ID_NUMBER:ML-RB-HL-00213]]", "name": "[[PERSON:Ridalin Nongrum]]", "gender": "F", "age": [[AGE:52]], "village": "[[LOCATION:Umden]]", "district": "[[LOCATION:Ri-Bhoi]]", "craft": "eri silk, loin loom", "mobile": "[[PHONE_NUMBER:+91 98630 44172]]", "bank": {"acc": "[[ID_NUMBER:40390100008812]]", "ifsc": "BARB0UMDENX"}, "registered_on": "[[DATE_TIME:2021-11-18]]"}""",
    """Marketplace onboarding for [[PERSON:Mridusmita Sarmah]], Handloom Entrepreneur: shop handle [[USERNAME:mekhela_by_mridu]], payouts to UPI [[ID_NUMBER:mridusmita.s@okaxis]] and account [[ID_NUMBER:918010077341256]], pickup from [[ADDRESS:House 3, Bylane 6, Kahilipara Road]], [[LOCATION:Guwahati]] [[ZIP_CODE:781019]]; seller GSTIN 18AABCH4821K1ZJ.""",
    """[[PERSON:Vivek Rajkhowa]], [[AGE:49]], Plant Manager, lives in [[ADDRESS:Manager's Bungalow No. 1]], [[LOCATION:Namrup]]; his Mastercard [[CREDIT_CARD:5510 4987 2036 6143]] paid for the catalyst order, his wife [[PERSON:Rimli]] answers [[PHONE_NUMBER:+91 94350 02917]] and the plant laptop last synced from [[IP_ADDRESS:182.64.19.203]].""",
    """Farmer [[PERSON:Jogen Kalita]], [[AGE:56]], of [[LOCATION:Chamaria]], [[LOCATION:Kamrup]], insured two bighas of sali paddy (application 0422-2022-K-009813); after the flood his claim was paid into [[ID_NUMBER:34500112047]] on [[DATE_TIME:19-12-2022]], and his Kisan Credit Card is [[CREDIT_CARD:6521 5087 3394 0265]].""",
    """Department for Work and Pensions

[[PERSON:Mrs Halima Choudhury]]
[[ADDRESS:Flat 3, 17 Stoney Lane]]
[[LOCATION:Birmingham]]
[[ZIP_CODE:B12 8DL]]

Date: [[DATE_TIME:22 February 2024]]
National Insurance number: [[ID_NUMBER:JR 58 21 74 D]]

Dear [[PERSON:Mrs Choudhury]],
Your Universal Credit payment of £1,284.55 will be paid on [[DATE_TIME:7 March]] into the account ending 4417. Your work coach, [[PERSON:Daniel Okafor]], has booked an appointment for you on [[DATE_TIME:12 March 2024 at 10:40]].""",
    """GET /api/patients/[[ID_NUMBER:6120748938]]/appointments?from=2024-05-01 HTTP/2
Host: api.example-gp.nhs.uk
Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwdC05OTEyIn0.kF3q
X-Client-IP: [[IP_ADDRESS:86.143.22.190]]
Cookie: session=9f2c1e77ab; user_email=[[EMAIL_ADDRESS:tariq.hussain82@btinternet.com]]""",
    """EMPLOYMENT CONTRACT, [[LOCATION:QATAR]]
Employer: Al Wakra Facilities Services W.L.L.
Employee: [[PERSON:Bikram Chhetri]]   Nationality: [[NRP:Indian]]
Passport: [[ID_NUMBER:V4418203]]   QID: [[ID_NUMBER:28935607712]]
Date of birth: [[DATE_TIME:14/06/1989]]
Home address: Vill. [[LOCATION:Borgang]], Dist. [[LOCATION:Sonitpur]], [[LOCATION:Assam]], [[LOCATION:India]]
Position: Security Guard   Basic salary: QAR 1,300   Contract start: [[DATE_TIME:01/10/2024]]
Salary account: [[IBAN_CODE:QA33 QNBA 0000 0000 0781 1402 9360 1]]
Local address: [[ADDRESS:Building 41, Street 830, Zone 56]], [[LOCATION:Al Wakrah]]""",
    """[[PERSON:Noura Al-Harthy]], Senior Procurement Officer in [[LOCATION:Muscat]], paid [[PERSON:Anowara Begum]], her housemaid from [[LOCATION:Goalpara]], OMR 140 from [[IBAN_CODE:OM19 0270 0010 8451 2367 009]]; Anowara's resident card is [[ID_NUMBER:118472093]] and her phone [[PHONE_NUMBER:+968 9412 7730]].""",
    """{"txn_id": "BH-TRX-0092281", "debtor": {"name": "[[PERSON:Mohammed Riyaz]]", "passport": "[[ID_NUMBER:U7719034]]", "iban": "[[IBAN_CODE:BH12BMAG00001408732215]]"}, "creditor": {"name": "[[PERSON:Shamima Nasrin]]", "country": "[[LOCATION:Bangladesh]]", "account": "[[ID_NUMBER:20501770200477310]]", "bank": "Islami Bank Bangladesh"}, "amount": {"value": 85.0, "currency": "BHD"}, "purpose": "family maintenance"}""",
    """Application for mutation (namjari), AC Land Office, [[LOCATION:Companiganj]], [[LOCATION:Sylhet]]
Applicant: [[PERSON:Md. Joynal Abedin]], father [[PERSON:Md. Abdul Gafur]]
NID: [[ID_NUMBER:7812304998]]
Mouza: [[LOCATION:Kalairagh]], JL No. 41, Khatian No. 1182, Dag No. 2204
Mobile: [[PHONE_NUMBER:+880 1716-224903]]
Date: [[DATE_TIME:05/02/2024]]""",
    """2024-01-27 20:11:05 INFO [cashout] msisdn=[[PHONE_NUMBER:8801718449026]] agent=AG-01900-4471 amount=5000 trx=BFQ7K2L9XA name='[[PERSON:Rokeya Begum]]' nid=[[ID_NUMBER:5528613049]]
2024-01-27 20:11:06 INFO [cashout] trx=BFQ7K2L9XA status=SUCCESS balance_after=1240.50""",
    """POST-MATRIC SCHOLARSHIP (ST), [[LOCATION:MANIPUR]]
Name: [[PERSON:Thangminlal Kipgen]]   Gender: Male   DOB: [[DATE_TIME:12-10-2004]]
Tribe: [[NRP:Kuki]]   Religion: [[NRP:Christian]]
College roll no.: [[ID_NUMBER:21UG-ECO-0419]]
Address: [[LOCATION:Saikul]], [[LOCATION:Kangpokpi]], [[LOCATION:Manipur]] [[ZIP_CODE:795118]]
Bank a/c: [[ID_NUMBER:37719822011]]
Email: [[EMAIL_ADDRESS:thangmin.kipgen@gmail.com]]   Mobile: [[PHONE_NUMBER:8258 917 604]]""",
    """Shillong Municipal Board: Trade Licence Renewal
Proprietor: [[PERSON:Phrangsngi Rynjah]]
Trade: grocery and kwai shop
Premises: [[ADDRESS:Shop 11, Motphran Market]]
Residence: [[ADDRESS:House 4, Mawkhar Main Road]], [[LOCATION:Shillong]] [[ZIP_CODE:793002]]
Licence No.: SMB/TL/2019/1187
PAN: [[ID_NUMBER:BFKPR4471C]]   Phone: [[PHONE_NUMBER:98630 55214]]
Date: [[DATE_TIME:03.04.2024]]""",
    """[[PERSON:Aditya Kulkarni]], Chief Integration Architect, born [[DATE_TIME:1988-11-02]], signs in to the vendor portal as [[USERNAME:adi.kulkarni88]]; his Amex [[CREDIT_CARD:3741 290558 31767]] is billed to [[ADDRESS:702, Sea Breeze, Carter Road]], [[LOCATION:Bandra West]], [[LOCATION:Mumbai]] [[ZIP_CODE:400050]], IP [[IP_ADDRESS:49.36.221.14]].""",
    """employee:
  code: [[ID_NUMBER:KTM-EMP-0917]]
  name: [[PERSON:Anjitha Pillai]]
  dob: "[[DATE_TIME:17-08-1993]]"
  address: "[[ADDRESS:TC 14/1123]], [[LOCATION:Vazhuthacaud]], [[LOCATION:Thiruvananthapuram]]"
  pin: "[[ZIP_CODE:695014]]"
  phone: "[[PHONE_NUMBER:+91 94470 26183]]"
  aadhaar: "[[ID_NUMBER:8440 1275 3963]]"
  religion: [[NRP:Hindu]]
  blood_group: O+
  designation: Staff Nurse""",
    """DIAGNOSTIC LABORATORY REPORT
Patient: [[PERSON:Mr. Bimal Ingti]]   Age/Sex: [[AGE:63]] Y / M   Patient ID: [[ID_NUMBER:DBR-LAB-558021]]
Referred by: [[PERSON:Dr. R. K. Sonowal]]
Sample collected: [[DATE_TIME:18/05/2024 08:12]]   Reported: [[DATE_TIME:18/05/2024 14:40]]
HbA1c: 8.9 %   Fasting glucose: 162 mg/dL   Creatinine: 1.1 mg/dL
Address: [[ADDRESS:House 31, Chiring Chapori Road]], [[LOCATION:Dibrugarh]]""",
    """AFFIDAVIT
I, [[PERSON:Debashree Phukan]], wife of [[PERSON:Sanjib Hazarika]], aged about [[AGE:36]] years, by faith [[NRP:Hindu]], resident of [[ADDRESS:House No. 9, Bylane 1]], [[LOCATION:Lachit Nagar]], [[LOCATION:Guwahati]] [[ZIP_CODE:781007]], do hereby solemnly affirm:
1. That my name before marriage was [[PERSON:Debashree Phukan]] and after marriage I shall be known as [[PERSON:Debashree Hazarika]].
2. That my PAN is [[ID_NUMBER:AZKPP8132F]] and my Aadhaar is [[ID_NUMBER:5729 3864 1023]].
Sworn before me at [[LOCATION:Guwahati]] on this [[DATE_TIME:17th day of June, 2024]].""",
    """<student id="[[ID_NUMBER:NEHU-2022-ECO-0331]]">
  <name>[[PERSON:Ruth Zou]]</name>
  <dob>[[DATE_TIME:2003-01-26]]</dob>
  <email>[[EMAIL_ADDRESS:ruth.zou03@gmail.com]]</email>
  <guardian phone="[[PHONE_NUMBER:+91 70055 81236]]">[[PERSON:Thangkhanlal Zou]]</guardian>
  <hostel>Block C, Room 118</hostel>
  <home_address><line>[[ADDRESS:House 21, Tuibong Main Road]]</line><district>[[LOCATION:Churachandpur]]</district></home_address>
</student>""",
    """Return request from [[PERSON:Shreya Bhattacharya]] ([[EMAIL_ADDRESS:shreya.bh@icloud.com]]) for order 408-1192837-5520: refund to Visa [[CREDIT_CARD:4556 7302 1984 0669]], pickup from [[ADDRESS:A-17, Sunshine Apartments]], [[LOCATION:Lake Town]], [[LOCATION:Kolkata]] [[ZIP_CODE:700089]] between [[DATE_TIME:10 am and 1 pm on 6 June]].""",
    """UK Visitor Visa: application summary
Applicant: [[PERSON:Anowara Khatun]]   Date of birth: [[DATE_TIME:01/03/1956]]   Nationality: [[NRP:Bangladeshi]]
Passport: [[ID_NUMBER:BT0277149]]
Sponsor: [[PERSON:Mohammed Sayful Islam]] (son), [[ADDRESS:44 Whetley Lane]], [[LOCATION:Bradford]] [[ZIP_CODE:BD8 9HH]]; NI number [[ID_NUMBER:PC 73 11 58 A]]; phone [[PHONE_NUMBER:07412 558903]]
Planned travel: [[DATE_TIME:12 July 2024]] to [[DATE_TIME:20 September 2024]]
GWF reference: GWF072219934""",
    """CDR|MO|[[PHONE_NUMBER:919864012775]]|[[PHONE_NUMBER:918011223344]]|20240522T193412|00:04:17|LAC 4109|CELL 22871|IMEI 353918104477120|IMSI 405750012345678
CDR|MT|[[PHONE_NUMBER:916003318842]]|[[PHONE_NUMBER:919864012775]]|20240522T201006|00:00:48|LAC 4109|CELL 22873|IMEI 353918104477120|IMSI 405750012345678""",
    """POLICE VERIFICATION REPORT (PASSPORT)
File No. GW1067234401224
Applicant: [[PERSON:Ankur Jyoti Barman]], S/o [[PERSON:Nripen Barman]]
DOB: [[DATE_TIME:23.12.1999]]   Place of birth: [[LOCATION:Nalbari]]
Present address: [[ADDRESS:House 48, Ward No. 11]], [[LOCATION:Nalbari]] [[ZIP_CODE:781335]]
Verified at the residence on [[DATE_TIME:09/01/2024]] by [[TITLE:SI]] [[PERSON:Bhupen Rabha]] of Nalbari PS. Neighbours [[PERSON:Jiten Das]] and [[PERSON:Rina Kalita]] confirmed he has lived there since birth. No adverse record. Recommended.""",
    """PMAY-G: SANCTION ORDER
Beneficiary: [[PERSON:Sorola Basumatary]]   PMAY-G ID: [[ID_NUMBER:AS1407122]]
Gram Panchayat: [[LOCATION:Salbari]]   Block: [[LOCATION:Tamulpur]]   District: [[LOCATION:Baksa]]
Job card: [[ID_NUMBER:AS-04-002-013-001/2211]]
Bank account: [[ID_NUMBER:5112 0100 7742]]
First instalment of Rs 40,000 released on [[DATE_TIME:02/11/2023]]""",
    """MOD-QUEUE report_id=558120 reason=doxxing
reported_post: "everyone go msg [[PERSON:Priyanka Bora]] at [[PHONE_NUMBER:9706 551 284]], she lives at [[ADDRESS:House 12, Rajgarh Link Road]] lol"
reporter: [[USERNAME:priyanka.bora.22]]
poster: [[USERNAME:ghy_troll_king]]
action: removed; poster suspended 7d""",
    """VPN access for [[PERSON:Bashir Ahmed Laskar]], Lead Mobility Engineer: tunnel IP [[IP_ADDRESS:10.8.14.207]], public IP [[IP_ADDRESS:2405:204:3204:c1f::2b]], device MAC A4:83:E7:2C:19:0F, password Hail@kandi#22; backup contact [[EMAIL_ADDRESS:bashir.laskar@gmail.com]]; approved by [[PERSON:Ms. Ruma Purkayastha]] on [[DATE_TIME:2024-06-03]].""",
    """{"event": "delivery.attempt_failed", "awb": "1390 7712 4480", "consignee": {"name": "[[PERSON:Lalhmingsangi]]", "phone": "[[PHONE_NUMBER:+91 89740 33519]]", "address": "[[ADDRESS:C-27, Chanmari West Main Road]]", "city": "[[LOCATION:Aizawl]]", "pincode": "[[ZIP_CODE:796007]]"}, "reason": "customer not available", "next_attempt": "2024-05-18"}""",
    """Hey [[PERSON:Ngaranmi]], your trainer [[PERSON:Kenny Shimray]] has moved your session to [[DATE_TIME:20 June, 6 pm]]. Pay the Rs 2,500 balance with card [[CREDIT_CARD:2223 0048 1756 2092]] or at the desk; locker code 4471.""",
    """case:
  ref: DLSA-KJR-2024-0117
  applicant: [[PERSON:Jonaki Boro]]
  age: [[AGE:29]]
  phone: "[[PHONE_NUMBER:+91 60013 92284]]"
  address: "Vill. [[LOCATION:Titaguri]], Dist. [[LOCATION:Kokrajhar]]"
  opposite_party: [[PERSON:Ranjit Narzary]]
  matter: maintenance (Section 125 CrPC)
  hearing: "[[DATE_TIME:2024-07-09 10:30]]"
  panel_lawyer: [[TITLE:Adv.]] [[PERSON:Mousumi Brahma]]""",
    """HEALTH INSURANCE CLAIM FORM, PART A
Policy No.: 11220034/28/2024/0071   Member ID: [[ID_NUMBER:STAR-MEM-77610043]]
Name of insured patient: [[PERSON:Rupa Bhattacharjee]]   Gender: F   Age: [[AGE:47]]
Date of birth: [[DATE_TIME:09/09/1976]]
Address: [[ADDRESS:Flat 2B, Shanti Apartment, Club Road]], [[LOCATION:Silchar]] [[ZIP_CODE:788001]]
Date of admission: [[DATE_TIME:03/04/2024]]   Date of discharge: [[DATE_TIME:07/04/2024]]
Claim amount: Rs 1,12,480
Bank for reimbursement: a/c [[ID_NUMBER:20338811004]], IFSC UCBA0000622
Email: [[EMAIL_ADDRESS:rupa.bhatt76@gmail.com]]""",
    """RECEIPT No. 2024/0419 (Section 80G)
Received with thanks from [[TITLE:Shri]] [[PERSON:Anil Agarwal]], PAN [[ID_NUMBER:ACQPA5530H]], of [[ADDRESS:27 A.T. Road]], [[LOCATION:Jorhat]], the sum of Rs 25,000 towards the school library in [[LOCATION:Majuli]], by UPI ref. 418822071142 on [[DATE_TIME:14 July 2024]].
For the Society: Secretary""",
    """BEFORE THE LABOUR COURT
Reference Case No. 14/2023
Complainant No. 1, [[PERSON:Somra Oraon]], [[AGE:52]], PF No. [[ID_NUMBER:AS/TIN/1180/00991]], resides at [[ADDRESS:Quarter 17, Bagan Line 2]], [[LOCATION:Bogapani T.E.]], P.O. [[LOCATION:Doomdooma]], Dist. [[LOCATION:Tinsukia]]. He was retrenched on [[DATE_TIME:15.03.2023]] without notice or compensation. He is represented by [[PERSON:Ajoy Tanti]], general secretary of the workers' union, mobile [[PHONE_NUMBER:9101 228 405]].""",
    """Issue #2231 (garden welfare app)
Title: Maternity benefit not shown for worker
Body: Worker [[PERSON:Rupa Kurmi]] (token [[ID_NUMBER:DHK-2290]]) delivered on [[DATE_TIME:02/02/2024]] but the app still shows 'not eligible'. Her Aadhaar [[ID_NUMBER:7992 0316 5486]] is linked. Husband's phone: [[PHONE_NUMBER:6002 447 193]].
Labels: bug, maternity, P1""",
    """[[DATE_TIME:12 July 2022]]
To
The Circle Officer, [[LOCATION:Baghbar]]
Sir,
I recommend that [[PERSON:Md. Habibur Rahman]], S/o [[PERSON:Md. Siraj Ali]], of [[LOCATION:Baghbar No. 2]] village, whose house was washed away on [[DATE_TIME:17 June 2022]], be given the ex gratia at the earliest. He has lost his voter card; his Aadhaar is [[ID_NUMBER:2605 8731 9142]] and his mobile [[PHONE_NUMBER:9678 221 904]].
Yours faithfully,
Member of the Legislative Assembly""",
    """[[LOCATION:SYLHET]] FLOOD 2022: HOUSEHOLD RELIEF CARD
Card holder: [[PERSON:Sufia Begum]]   Age: [[AGE:44]]   Husband: [[PERSON:Abdul Hannan]]
Village: [[LOCATION:Nandirgaon]]   Upazila: [[LOCATION:Gowainghat]]   District: [[LOCATION:Sylhet]]
NID: [[ID_NUMBER:9103857726]]   Mobile: [[PHONE_NUMBER:01748-229031]]
Family members: 7
Relief received: rice 30 kg on [[DATE_TIME:28/06/2022]]; cash Tk 2,500 on [[DATE_TIME:05/07/2022]]""",
    """GI AUTHORISED USER APPLICATION: Assam Muga Silk (GI No. 55)
Applicant: [[PERSON:Rekha Kalita]]   Age: [[AGE:39]]
Address: [[ADDRESS:House 26, Bamunpara Road]], [[LOCATION:Sualkuchi]], Dist. [[LOCATION:Kamrup]], [[ZIP_CODE:781103]]
Artisan card: [[ID_NUMBER:ASKMR0419872]]   Weaver ID: [[ID_NUMBER:AS-KAM-HL-0087761]]
Looms: two throw-shuttle, one Jacquard
Aadhaar: [[ID_NUMBER:4587 1039 6270]]   Mobile: [[PHONE_NUMBER:9954 302 661]]
Date: [[DATE_TIME:04/03/2024]]""",
    """Master Weaver [[PERSON:Oinam Ibetombi]] ships phaneks from [[ADDRESS:House 55, Wangkhei Ayangpali Road]], [[LOCATION:Imphal East]] [[ZIP_CODE:795005]]; orders come to [[EMAIL_ADDRESS:ibetombi.weaves@gmail.com]], payments by RuPay [[CREDIT_CARD:6074 3201 9865 5177]], Instagram [[URL:https://instagram.com/ibetombi_phanek]]; born [[DATE_TIME:4th October 1981]], age [[AGE:42]].""",
    """[[PERSON:Lakshmi Tanti]], [[AGE:26]], Assistant Store Supervisor at a [[LOCATION:Tinsukia]] plywood mill, logs in as [[USERNAME:lakshmi_tanti26]] from [[IP_ADDRESS:117.214.33.90]], takes her bonus on BHIM at [[ID_NUMBER:lakshmit@upi]] and rides a scooter registered [[ID_NUMBER:AS 23 M 4410]].""",
    """:20:REF2406180044
:32A:240618GBP2500,00
:50K:/[[IBAN_CODE:GB49LOYD30963417740256]]
[[PERSON:ABDUL HAMID CHOWDHURY]]
[[ADDRESS:14 GREEN STREET]]
[[LOCATION:LONDON]] [[ZIP_CODE:E7 8BZ]]
:57A:IBBLBDDH
:59:/[[ID_NUMBER:20501330200418811]]
[[PERSON:NASIMA CHOWDHURY]]
[[LOCATION:BALAGANJ]], [[LOCATION:SYLHET]]
:70:FAMILY SUPPORT
:71A:SHA""",
    """{"order_id": "PH-2024-118820", "patient": {"name": "[[PERSON:Wahengbam Rojesh]]", "age": [[AGE:58]], "phone": "[[PHONE_NUMBER:9436 021 774]]"}, "prescriber": "[[PERSON:Dr. N. Sharatchandra]]", "items": [{"sku": "MET500-30", "qty": 2}, {"sku": "ATV10-15", "qty": 1}], "delivery_address": "[[ADDRESS:House 19]], [[LOCATION:Uripok Polem Leikai]], [[LOCATION:Imphal]]", "payment": "cod"}""",
    """TENANCY DEPOSIT PROTECTION CERTIFICATE
Deposit ID: DPS-4471-22810
Tenant: [[PERSON:Nabila Rahman]]   Email: [[EMAIL_ADDRESS:nabila.rahman@outlook.com]]
Property: [[ADDRESS:Flat 4, 61 Wilmslow Road]], [[LOCATION:Rusholme]], [[LOCATION:Manchester]] [[ZIP_CODE:M14 5TB]]
Tenancy start: [[DATE_TIME:15 September 2023]]   Deposit: £1,050
Landlord: [[PERSON:Mr Gareth Lowe]], [[PHONE_NUMBER:07833 204119]]
Repayment account (tenant): [[IBAN_CODE:GB10 MIDL 4005 1588 2170 34]]""",
    """MOHRE labour complaint: summary
Complainant: [[PERSON:Md. Sirajul Islam]], [[NRP:Bangladeshi]], work permit [[ID_NUMBER:94017728]]
Emirates ID: [[ID_NUMBER:784-1985-0761420-8]]   Mobile: [[PHONE_NUMBER:+971 56 772 0419]]
Accommodation: [[ADDRESS:Room 17, Building 3, Sonapur Labour Camp]], [[LOCATION:Muhaisnah 2]], [[LOCATION:Dubai]]
Complaint: salary unpaid for four months; passport held by the employer.
Joined the company: [[DATE_TIME:12/08/2021]]
Salary account: [[IBAN_CODE:AE910090000019283640551]]""",
    """[[PERSON:Abdul Kalam Barbhuiya]] from [[LOCATION:Hailakandi]], [[AGE:34]], Site Safety Supervisor at a [[LOCATION:Jubail]] plant, iqama [[ID_NUMBER:2388701423]], born [[DATE_TIME:1990/02/17]]; his salary lands in [[IBAN_CODE:SA0720000002480613770015]], and his sponsor's representative [[PERSON:Turki Al-Shammari]] (national ID [[ID_NUMBER:1055271835]]) answers at [[EMAIL_ADDRESS:turki.shammari@outlook.sa]]; last login from [[IP_ADDRESS:188.48.77.201]].""",
]

TABLE = [
    """token,name,age,sex,line,quarter,section,mobile
[[ID_NUMBER:NJT-0412]],[[PERSON:Sukhram Kurmi]],[[AGE:47]],M,[[ADDRESS:No. 2 Line]],[[ADDRESS:Q-14]],Section 9,[[PHONE_NUMBER:9707 118 420]]
[[ID_NUMBER:NJT-0415]],[[PERSON:Basanti Tanti]],[[AGE:33]],F,[[ADDRESS:No. 2 Line]],[[ADDRESS:Q-19]],Section 9,
[[ID_NUMBER:NJT-0533]],[[PERSON:Etwa Munda]],[[AGE:58]],M,[[ADDRESS:No. 5 Line]],[[ADDRESS:Q-7]],Section 14,[[PHONE_NUMBER:6901 224 738]]
[[ID_NUMBER:NJT-0601]],[[PERSON:Parvati Bhumij]],[[AGE:24]],F,[[ADDRESS:Faltu Line]],[[ADDRESS:Q-31]],Nursery,[[PHONE_NUMBER:8638 770 152]]""",
    """"sl";"name";"father_or_husband";"village";"aadhaar";"account_no";"ifsc";"amount"
"1";"[[PERSON:Abul Hussain]]";"[[PERSON:Samsul Haque]]";"[[LOCATION:Kalgachia]]";"[[ID_NUMBER:9134 6827 7507]]";"[[ID_NUMBER:31882205117]]";"SBIN0007312";"3800"
"2";"[[PERSON:Minati Das]]";"[[PERSON:Haren Das]]";"[[LOCATION:Sarthebari]]";"[[ID_NUMBER:6370 5218 4938]]";"[[ID_NUMBER:4418000100231179]]";"PUNB0441800";"3800"
"3";"[[PERSON:Kulsuma Khatun]]";"[[PERSON:Nur Islam]]";"[[LOCATION:Kalgachia]]";"[[ID_NUMBER:3854 2906 1711]]";"[[ID_NUMBER:770901004418]]";"AGVB0001077";"3800"
"4";"[[PERSON:Dhaneswar Rabha]]";"[[PERSON:Kamal Rabha]]";"[[LOCATION:Bhawanipur]]";"[[ID_NUMBER:7021 8453 3968]]";"[[ID_NUMBER:33917720056]]";"SBIN0012284";"3800\"""",
    """member_no\tname\tvillage\tlooms\tyarn_kg_2023\tmobile
[[ID_NUMBER:BWS-0018]]\t[[PERSON:Bhanumati Boro]]\t[[LOCATION:Bhergaon]]\t2\t46\t[[PHONE_NUMBER:9401 882 073]]
[[ID_NUMBER:BWS-0022]]\t[[PERSON:Rwimali Basumatary]]\t[[LOCATION:Harisinga]]\t1\t18\t[[PHONE_NUMBER:6000 413 928]]
[[ID_NUMBER:BWS-0031]]\t[[PERSON:Gwmsri Narzary]]\t[[LOCATION:Bhergaon]]\t3\t71\t
[[ID_NUMBER:BWS-0047]]\t[[PERSON:Alaisri Daimari]]\t[[LOCATION:Khoirabari]]\t2\t39\t[[PHONE_NUMBER:7086 225 140]]""",
    """| Patient | Patient ID | DOB | Doctor | Slot | Dept |
|---|---|---|---|---|---|
| [[PERSON:Anil Deka]] | [[ID_NUMBER:GNRC-55310]] | [[DATE_TIME:12/01/1961]] | [[PERSON:Dr. S. Barman]] | [[DATE_TIME:14-03-2024 10:40]] | Cardiology |
| [[PERSON:Monalisa Hazarika]] | [[ID_NUMBER:GNRC-55322]] | [[DATE_TIME:30/07/1990]] | [[PERSON:Dr. P. Choudhury]] | [[DATE_TIME:14-03-2024 11:00]] | ENT |
| [[PERSON:Md. Ataur Rahman]] | [[ID_NUMBER:GNRC-55327]] | [[DATE_TIME:05/05/1972]] | [[PERSON:Dr. S. Barman]] | [[DATE_TIME:14-03-2024 11:20]] | Cardiology |
| [[PERSON:Tarali Dutta]] | [[ID_NUMBER:GNRC-55340]] | [[DATE_TIME:19/11/2011]] | [[PERSON:Dr. K. Nath]] | [[DATE_TIME:14-03-2024 12:15]] | Orthopaedics |""",
    """ id  |       name       |             email             |   city   |     created_at      | plan
-----+------------------+-------------------------------+----------+---------------------+------
 101 | [[PERSON:Prasenjit Sarkar]] | [[EMAIL_ADDRESS:prasenjit.sarkar@gmail.com]]    | [[LOCATION:Agartala]] | [[DATE_TIME:2023-09-14 08:41:07]] | basic
 102 | [[PERSON:Ananya Dasgupta]]  | [[EMAIL_ADDRESS:ananya.dg@yahoo.com]]           | [[LOCATION:Kolkata]]  | [[DATE_TIME:2023-09-14 09:02:55]] | pro
 103 | [[PERSON:Bidyut Sonowal]]   | [[EMAIL_ADDRESS:bidyut.sonowal@rediffmail.com]] | [[LOCATION:Tinsukia]] | [[DATE_TIME:2023-09-15 21:17:30]] | basic
 104 | [[PERSON:Mary Lalnunpuii]]  | [[EMAIL_ADDRESS:mary.lnp@gmail.com]]            | [[LOCATION:Aizawl]]   | [[DATE_TIME:2023-09-16 11:48:12]] | pro
(4 rows)""",
    """ACCOUNT NO       NAME                     BRANCH         IFSC           BALANCE
[[ID_NUMBER:30114477820]]      [[PERSON:Jyotishmita Goswami]]      [[LOCATION:Nalbari]]        SBIN0000155    12,430.50
[[ID_NUMBER:30287716423]]      [[PERSON:Ranjit Kumar Baishya]]     [[LOCATION:Tihu]]           SBIN0007710     3,118.00
[[ID_NUMBER:31045528891]]      [[PERSON:Farida Yasmin]]            [[LOCATION:Nalbari]]        SBIN0000155    88,902.75
[[ID_NUMBER:31220097346]]      [[PERSON:Gautam Medhi]]             [[LOCATION:Belsor]]         SBIN0016614       540.20""",
    """{"user_id": 7781, "username": "[[USERNAME:momo_lover_shg]]", "email": "[[EMAIL_ADDRESS:tenzin.dolma@gmail.com]]", "last_login": "[[DATE_TIME:2024-05-02T22:10:43Z]]", "ip": "[[IP_ADDRESS:27.58.201.144]]", "country": "[[LOCATION:India]]", "theme": "dark"}
{"user_id": 7782, "username": "[[USERNAME:rongmei_rider]]", "email": "[[EMAIL_ADDRESS:g.kamei.rider@gmail.com]]", "last_login": "[[DATE_TIME:2024-05-03T06:55:19Z]]", "ip": "[[IP_ADDRESS:2401:4900:5c21:1a7f::3]]", "country": "[[LOCATION:India]]", "theme": "light"}
{"user_id": 7783, "username": "[[USERNAME:bd_shuvo]]", "email": "[[EMAIL_ADDRESS:shuvo.ahmed.bd@gmail.com]]", "last_login": "[[DATE_TIME:2024-05-03T14:27:02Z]]", "ip": "[[IP_ADDRESS:103.112.54.9]]", "country": "[[LOCATION:Bangladesh]]", "theme": "dark"}""",
    """employees:
  - name: [[PERSON:Debajit Nath]]
    staff_id: [[ID_NUMBER:NF-GHY-1187]]
    department: Accounts
    emergency_contact:
      name: [[PERSON:Mousumi Nath]]
      relation: wife
      phone: "[[PHONE_NUMBER:+91 94351 70226]]"
  - name: [[PERSON:Rajdeep Phukan]]
    staff_id: [[ID_NUMBER:NF-GHY-1203]]
    department: Logistics
    emergency_contact:
      name: [[PERSON:Hemaprova Phukan]]
      relation: mother
      phone: "[[PHONE_NUMBER:+91 70029 11358]]"
  - name: [[PERSON:Sneha Kharbhih]]
    staff_id: [[ID_NUMBER:NF-SHG-0042]]
    department: Sales
    emergency_contact:
      name: [[PERSON:Careen Kharbhih]]
      relation: sister
      phone: "[[PHONE_NUMBER:+91 98631 77420]]\"""",
    """Guest: [[PERSON:Mr. Anwar Hossain]]
Nationality: [[NRP:Bangladeshi]]
Passport: [[ID_NUMBER:EE0917732]]
Room: 1408
Check-in: [[DATE_TIME:18 Mar 2024, 14:05]]

Guest: [[PERSON:Mrs. Sultana Hossain]]
Nationality: [[NRP:Bangladeshi]]
Passport: [[ID_NUMBER:EE0917733]]
Room: 1408
Check-in: [[DATE_TIME:18 Mar 2024, 14:05]]

Guest: [[PERSON:Mr. Ravi Gogoi]]
Nationality: [[NRP:Indian]]
Emirates ID: [[ID_NUMBER:784-2001-0312658-5]]
Room: 1412
Check-in: [[DATE_TIME:18 Mar 2024, 22:40]]""",
    """admission_no,surname,forename,dob,year,postcode,parent_phone
[[ID_NUMBER:A20418]],[[PERSON:Miah]],[[PERSON:Ayaan]],[[DATE_TIME:2014-02-11]],Year 5,[[ZIP_CODE:E1 4RE]],[[PHONE_NUMBER:07956 441 208]]
[[ID_NUMBER:A20431]],[[PERSON:Begum]],[[PERSON:Sumaiya]],[[DATE_TIME:2013-10-30]],Year 6,[[ZIP_CODE:E1 5AX]],[[PHONE_NUMBER:07723 518 090]]
[[ID_NUMBER:A20457]],[[PERSON:O'Connell]],[[PERSON:Ruby]],[[DATE_TIME:2014-06-07]],Year 5,[[ZIP_CODE:E2 6HA]],[[PHONE_NUMBER:07481 220 316]]
[[ID_NUMBER:A20462]],[[PERSON:Uddin]],[[PERSON:Zayn]],[[DATE_TIME:2015-01-19]],Year 4,[[ZIP_CODE:E1 4RE]],""",
    """employee_name,emirates_id,iban,basic_aed,allowances_aed,agent_routing
[[PERSON:Mofizul Islam]],[[ID_NUMBER:784-1979-0924417-6]],[[IBAN_CODE:AE850030000013370481552]],1200,300,ROUT700410
[[PERSON:Nipu Saikia]],[[ID_NUMBER:784-1989-0227154-7]],[[IBAN_CODE:AE730260001019928104473]],2100,600,ROUT700410
[[PERSON:Kabir Hossain]],[[ID_NUMBER:784-1983-0918826-0]],[[IBAN_CODE:AE080500000004471882093]],1350,300,ROUT700910""",
    """| Member | Member no. | Plan | Joined | Phone | Locker |
|--------|------------|------|--------|-------|--------|
| [[PERSON:Rupsikha Borah]] | [[ID_NUMBER:PWR-1021]] | Annual | [[DATE_TIME:05 Jan 2024]] | [[PHONE_NUMBER:98540 11732]] | 12 |
| [[PERSON:Kabyashree Dutta]] | [[ID_NUMBER:PWR-1044]] | Quarterly | [[DATE_TIME:19 Feb 2024]] | [[PHONE_NUMBER:70023 88415]] | 31 |
| [[PERSON:Nitul Gogoi]] | [[ID_NUMBER:PWR-1047]] | Monthly | [[DATE_TIME:01 Mar 2024]] | [[PHONE_NUMBER:91270 44106]] | - |""",
    """owner\tphone\tpet\tspecies\tappointment\tvet
[[PERSON:Pynskhem Lyngdoh]]\t[[PHONE_NUMBER:9774 018 223]]\tTiger\tcat\t[[DATE_TIME:2024-04-02 10:00]]\t[[PERSON:Dr. Ransom Marak]]
[[PERSON:Arpita Sen]]\t[[PHONE_NUMBER:9436 330 571]]\tBholu\tdog\t[[DATE_TIME:2024-04-02 10:30]]\t[[PERSON:Dr. Ransom Marak]]
[[PERSON:Kitboklang Nongsiej]]\t[[PHONE_NUMBER:8787 441 096]]\tLucky\tdog\t[[DATE_TIME:2024-04-02 11:15]]\t[[PERSON:Dr. Ia Syiemlieh]]""",
    """rx_no;patient;age;drug;qty;next_refill;phone
RX-30018;[[PERSON:Khagen Borgohain]];[[AGE:71]];Telmisartan 40 mg;30;[[DATE_TIME:12.06.2024]];[[PHONE_NUMBER:9435 502 817]]
RX-30022;[[PERSON:Renu Bala Das]];[[AGE:64]];Levothyroxine 50 mcg;30;[[DATE_TIME:15.06.2024]];[[PHONE_NUMBER:8011 226 749]]
RX-30031;[[PERSON:Abdul Mannan]];[[AGE:58]];Metformin 500 mg;60;[[DATE_TIME:20.06.2024]];
RX-30040;[[PERSON:Chandana Kalita]];[[AGE:45]];Pantoprazole 40 mg;15;[[DATE_TIME:22.06.2024]];[[PHONE_NUMBER:7002 914 338]]""",
    """    wallet    |       name        |    nid     |  district   | kyc_status
--------------+-------------------+------------+-------------+------------
 [[PHONE_NUMBER:01711-882034]] | [[PERSON:Mahfuza Khanam]]    | [[ID_NUMBER:2694417701]] | [[LOCATION:Habiganj]]    | verified
 [[PHONE_NUMBER:01819-420157]] | [[PERSON:Shahidul Alam]]     | [[ID_NUMBER:8719052246]] | [[LOCATION:Sunamganj]]   | pending
 [[PHONE_NUMBER:01912-773508]] | [[PERSON:Priti Rani Sarkar]] | [[ID_NUMBER:4452907718]] | [[LOCATION:Moulvibazar]] | verified
(3 rows)""",
    """PF ACCOUNT            MEMBER NAME            DOB           OPENING   CONTRIB   CLOSING
[[ID_NUMBER:ATPPF/DBR/0412/0017]]   [[PERSON:Jhumri Orang]]           [[DATE_TIME:04-02-1970]]     41,220     2,880    44,100
[[ID_NUMBER:ATPPF/DBR/0412/0023]]   [[PERSON:Bhadru Karmakar]]        [[DATE_TIME:17-08-1982]]     28,905     2,880    31,785
[[ID_NUMBER:ATPPF/DBR/0412/0031]]   [[PERSON:Lachmi Gowala]]          [[DATE_TIME:22-11-1991]]     12,440     2,640    15,080
[[ID_NUMBER:ATPPF/DBR/0412/0046]]   [[PERSON:Sombari Kujur]]          [[DATE_TIME:01-01-1975]]     53,610     2,880    56,490""",
    """{"call_id": "C-88120", "caller": "[[PERSON:Raju Basfor]]", "msisdn": "[[PHONE_NUMBER:+91 88761 20457]]", "issue": "no network since tower shifted", "circle": "[[LOCATION:Assam]]", "callback_at": "[[DATE_TIME:2024-06-11 17:30]]"}
{"call_id": "C-88121", "caller": "[[PERSON:Manjushree Ghosh]]", "msisdn": "[[PHONE_NUMBER:+91 94011 33726]]", "issue": "wrong bill amount", "circle": "[[LOCATION:Assam]]", "callback_at": "[[DATE_TIME:2024-06-12 10:00]]"}
{"call_id": "C-88122", "caller": "[[PERSON:Treimon Dkhar]]", "msisdn": "[[PHONE_NUMBER:+91 86380 55219]]", "issue": "SIM swap request", "circle": "[[LOCATION:Meghalaya]]", "callback_at": null}""",
    """Policy holder: [[PERSON:Dhrubajyoti Sonowal]]
Date of birth: [[DATE_TIME:11-07-1980]]
Policy no.: 488 220 917
Nominee: [[PERSON:Ranjana Sonowal]] (wife)
Sum assured: Rs 10,00,000
Address: [[ADDRESS:House 3, Milan Nagar Lane 2]], [[LOCATION:Dibrugarh]] [[ZIP_CODE:786003]]

Policy holder: [[PERSON:Pranita Devi]]
Date of birth: [[DATE_TIME:25-12-1987]]
Policy no.: 488 231 406
Nominee: [[PERSON:Hiten Saikia]] (brother)
Sum assured: Rs 5,00,000
Address: [[ADDRESS:House 14, Milanpur Road]], [[LOCATION:Golaghat]] [[ZIP_CODE:785621]]""",
    """"donor","email","pan","amount","date","mode"
"[[PERSON:Bhaskarjyoti Dutta]]","[[EMAIL_ADDRESS:bj.dutta@gmail.com]]","[[ID_NUMBER:AHRPD4417K]]","5000","[[DATE_TIME:2024-07-15]]","UPI"
"[[PERSON:Nasrin Sultana]]","[[EMAIL_ADDRESS:nasrin.s.ghy@gmail.com]]","[[ID_NUMBER:BQXPS0918M]]","2000","[[DATE_TIME:2024-07-15]]","card"
"[[PERSON:Karthika Raman]]","[[EMAIL_ADDRESS:karthika.raman@outlook.com]]","[[ID_NUMBER:CAHPR7720B]]","10000","[[DATE_TIME:2024-07-17]]","NEFT"
"anonymous","","","1500","2024-07-18","cash\"""",
    """| Roll No. | Name | Class | Total (500) | Result |
|:--|:--|:--:|--:|:--|
| [[ID_NUMBER:HS24-0411]] | [[PERSON:Himangshu Kalita]] | XII Sc | 412 | First Division |
| [[ID_NUMBER:HS24-0412]] | [[PERSON:Bornali Deka]] | XII Sc | 447 | Distinction |
| [[ID_NUMBER:HS24-0415]] | [[PERSON:Rakibul Hoque]] | XII Arts | 356 | First Division |
| [[ID_NUMBER:HS24-0419]] | [[PERSON:Sangeeta Rongpi]] | XII Arts | 301 | Second Division |""",
    """subscribers:
  - msisdn: "[[PHONE_NUMBER:+91 70990 41126]]"
    name: [[PERSON:Tarun Mahanta]]
    id_proof: {type: aadhaar, number: "[[ID_NUMBER:4190 2375 5862]]"}
    address: "[[ADDRESS:House 11, Borbari Path]], [[LOCATION:Guwahati]] [[ZIP_CODE:781036]]"
    plan: PREPAID-299
  - msisdn: "[[PHONE_NUMBER:+91 60274 11839]]"
    name: [[PERSON:Saraswati Rai]]
    id_proof: {type: voter_id, number: "[[ID_NUMBER:GDZ1147203]]"}
    address: "[[ADDRESS:Quarter 5, Line 2]], [[LOCATION:Tingrai T.E.]], [[LOCATION:Tinsukia]]"
    plan: PREPAID-199""",
    """awb,consignee,phone,address,pin,cod_amount,weight_kg
1390771244801,[[PERSON:Rohini Boro]],[[PHONE_NUMBER:9365 440 817]],"[[ADDRESS:House 6, Station Road]], [[LOCATION:Kokrajhar]]",[[ZIP_CODE:783370]],0,0.8
1390771244802,[[PERSON:Kamalesh Rabha]],[[PHONE_NUMBER:6000 228 931]],"[[ADDRESS:House 41, Ward 3]] (near Durga Mandir), [[LOCATION:Goalpara]]",[[ZIP_CODE:783101]],749,1.2
1390771244803,[[PERSON:Md. Arif Hussain]],[[PHONE_NUMBER:7002 541 660]],"[[ADDRESS:2nd floor, 18 Hospital Road]], [[LOCATION:Dhubri]]",[[ZIP_CODE:783301]],1299,2.5""",
    """emp_id\tname\tleave_from\tleave_to\ttype\tapproved_by
[[ID_NUMBER:E-2041]]\t[[PERSON:Suparna Dey]]\t[[DATE_TIME:2024-05-06]]\t[[DATE_TIME:2024-05-10]]\tcasual\t[[PERSON:R. Bhuyan]]
[[ID_NUMBER:E-2077]]\t[[PERSON:Jayanta Konwar]]\t[[DATE_TIME:2024-05-13]]\t[[DATE_TIME:2024-05-13]]\tsick\t[[PERSON:R. Bhuyan]]
[[ID_NUMBER:E-2102]]\t[[PERSON:Farhana Ahmed]]\t[[DATE_TIME:2024-05-20]]\t[[DATE_TIME:2024-08-16]]\tmaternity\t[[PERSON:M. Kalita]]""",
    """     handle     |  display_name  | followers |   joined   |         profile_url
----------------+----------------+-----------+------------+------------------------------
 [[USERNAME:assamfoodie_jo]] | [[PERSON:Jonmoni Saikia]] |     48210 | [[DATE_TIME:2019-03-02]] | [[URL:https://x.com/assamfoodie_jo]]
 [[USERNAME:khasi_trails]]   | [[PERSON:Iohbor Syiem]]   |     12877 | [[DATE_TIME:2020-11-19]] | [[URL:https://x.com/khasi_trails]]
 [[USERNAME:imphal_lens]]    | [[PERSON:Romen Laishram]] |      6405 | [[DATE_TIME:2021-06-30]] | [[URL:https://x.com/imphal_lens]]
(3 rows)""",
    """ITEM  CASE NO.             PETITIONER                  RESPONDENT           ADVOCATE (PET.)
  1   WP(C) 2210/2024      [[PERSON:Lakhi Prasad Gowala]]         State of Assam       [[PERSON:A. K. Bhattacharyya]]
  2   WP(C) 2244/2024      [[PERSON:Nazrul Islam Mazumder]]       State of Assam       [[PERSON:S. Borthakur]]
  3   Crl.A 118/2023       [[PERSON:Rumi Kalita]]                 [[PERSON:Bipul Kalita]]         [[PERSON:M. R. Das]]
  4   MAC 76/2022          [[PERSON:Sibani Das]]                  New India Assurance  [[PERSON:P. Sarmah]]""",
    """nhs_no,name,dob,postcode,gp_practice,clinic_date
[[ID_NUMBER:401 938 6250]],[[PERSON:Shamsul Hoque]],[[DATE_TIME:14/02/1958]],[[ZIP_CODE:BD3 9LE]],Moorside Surgery,[[DATE_TIME:03/06/2024]]
[[ID_NUMBER:738 205 1471]],[[PERSON:Margaret Holroyd]],[[DATE_TIME:29/08/1949]],[[ZIP_CODE:BD9 5NW]],Moorside Surgery,[[DATE_TIME:03/06/2024]]
[[ID_NUMBER:550 318 9264]],[[PERSON:Parveen Akhtar]],[[DATE_TIME:01/12/1967]],[[ZIP_CODE:BD7 1QA]],Girlington Health Centre,[[DATE_TIME:04/06/2024]]""",
    """{"seller_id": "[[ID_NUMBER:SLR-220417]]", "shop_name": "Brahmaputra Crafts", "owner": "[[PERSON:Nabanita Kakati]]", "phone": "[[PHONE_NUMBER:+91 97060 31288]]", "gstin": "18AAATW5102D1ZT", "pickup_pin": "[[ZIP_CODE:781005]]", "rating": 4.6}
{"seller_id": "[[ID_NUMBER:SLR-220431]]", "shop_name": "Hill Pickles Co.", "owner": "[[PERSON:Banteilang Shylla]]", "phone": "[[PHONE_NUMBER:+91 98630 71152]]", "gstin": "17AAACM7733F1ZJ", "pickup_pin": "[[ZIP_CODE:793006]]", "rating": 4.2}
{"seller_id": "[[ID_NUMBER:SLR-220456]]", "shop_name": "Loktak Bamboo Works", "owner": "[[PERSON:Laishram Ibomcha]]", "phone": "[[PHONE_NUMBER:+91 87312 90466]]", "gstin": "14AADFS2290R1ZR", "pickup_pin": "[[ZIP_CODE:795133]]", "rating": 4.8}""",
    """Child: [[PERSON:Asha Tanti]]
Age: [[AGE:3]]
Mother: [[PERSON:Sumi Tanti]] (plucker, Section 6)
Line / quarter: [[ADDRESS:No. 7 Line, Q-22]]
Immunisation due: [[DATE_TIME:15 July 2024]]

Child: [[PERSON:Rohit Orang]]
Age: [[AGE:2]]
Mother: [[PERSON:Putli Orang]] (plucker, Section 6)
Line / quarter: [[ADDRESS:No. 7 Line, Q-30]]
Immunisation due: [[DATE_TIME:2 August 2024]]

Child: [[PERSON:Nisha Munda]]
Age: [[AGE:4]]
Mother: [[PERSON:Champa Munda]] (factory)
Line / quarter: [[ADDRESS:Factory Line, Q-4]]
Immunisation due: none""",
    """landlord,landlord_phone,property,bhk,rent_inr,furnished,available_from
[[PERSON:Mrinalini Barooah]],[[PHONE_NUMBER:98640 22817]],"[[ADDRESS:Flat 2A, Bhuyan Heights, Zoo Road]], [[LOCATION:Guwahati]]",2,16000,semi,2024-07-01
[[PERSON:Ibadahun Kharkongor]],[[PHONE_NUMBER:98631 04427]],"[[ADDRESS:Ground floor, House 19]], [[LOCATION:Nongrim Hills]], [[LOCATION:Shillong]]",1,11000,yes,2024-06-15
[[PERSON:Rajkumar Jain]],[[PHONE_NUMBER:94350 48110]],"[[ADDRESS:Shop-cum-flat 4, A.T. Road]], [[LOCATION:Dimapur]]",3,22000,no,2024-08-01""",
    """| Passenger | Passport | Nationality | Flight | Seat |
|-----------|----------|-------------|--------|------|
| [[PERSON:NATH/BIPLAB]] [[TITLE:MR]] | [[ID_NUMBER:Z5518302]] | [[NRP:Indian]] | 6E 1457 GAU-DXB | 14C |
| [[PERSON:NATH/MOUSUMI]] [[TITLE:MRS]] | [[ID_NUMBER:Z5518377]] | [[NRP:Indian]] | 6E 1457 GAU-DXB | 14D |
| [[PERSON:AHMED/TAREQ]] [[TITLE:MR]] | [[ID_NUMBER:A11820467]] | [[NRP:Bangladeshi]] | 6E 1457 GAU-DXB | 22A |""",
    """student;class;guardian;guardian_phone;annual_income;waiver_pct
[[PERSON:Priyam Sharma]];VIII-A;[[PERSON:Dipali Sharma]];[[PHONE_NUMBER:9864011723]];96000;50
[[PERSON:Tanzila Yasmin]];VI-B;[[PERSON:Mofidul Islam]];[[PHONE_NUMBER:7896220815]];72000;75
[[PERSON:Kunal Hazarika]];X-A;[[PERSON:Ritumoni Hazarika]];[[PHONE_NUMBER:6003448192]];110000;25""",
    lang(ASSAMESE, """ক্ৰমিক,তাঁতীৰ নাম,গাঁও,তাঁতশাল,পৰিচয়পত্ৰ নম্বৰ,মবাইল
১,[[PERSON:ৰূপজ্যোতি দাস]],[[LOCATION:বামুণডি]],২,[[ID_NUMBER:AS-KAM-HL-0110342]],[[PHONE_NUMBER:৯৪৩৫০ ৭৭১২৮]]
২,[[PERSON:মালতী কলিতা]],[[LOCATION:শুৱালকুচি]],৩,[[ID_NUMBER:AS-KAM-HL-0110377]],[[PHONE_NUMBER:৭০০২১ ৩৩৫৮৯]]
৩,[[PERSON:পুতলী বৈশ্য]],[[LOCATION:শুৱালকুচি]],১,[[ID_NUMBER:AS-KAM-HL-0110391]],
৪,[[PERSON:বিনীতা ডেকা]],[[LOCATION:বামুণডি]],২,[[ID_NUMBER:AS-KAM-HL-0110406]],[[PHONE_NUMBER:৬০০০২ ৫৮৪১৭]]"""),
    lang(MNI_BENG, """ঈশিং চাওখৎপগী মতেং ফংলবা য়ুমগী লিস্ট, [[LOCATION:ইম্ফাল পূর্ব]]
| মিং | মপা / মপুরোইবা | লৈকাই | আধার | ফোন |
|---|---|---|---|---|
| [[PERSON:থোকচোম সনাতোম্বী]] | [[PERSON:থোকচোম ইবোয়াইমা]] | [[LOCATION:খুরাই]] | [[ID_NUMBER:6771 8230 0945]] | [[PHONE_NUMBER:৯৬১২৩ ৪৭০৫৮]] |
| [[PERSON:ৱাহেংবম প্রেমচন্দ্র]] | [[PERSON:ৱাহেংবম তোম্বা]] | [[LOCATION:লামলোং]] | [[ID_NUMBER:2883 0419 6574]] | [[PHONE_NUMBER:৮৭৯৪১ ২২৬৩০]] |
| [[PERSON:হুইদ্রোম বিনোদিনী]] | [[PERSON:হুইদ্রোম ইবোচৌবা]] | [[LOCATION:খুরাই]] | [[ID_NUMBER:9305 1127 8460]] | — |"""),
    lang(NE_ENGLISH, """Name: [[PERSON:Nathaniel Kharmawphlang]]
Phone: [[PHONE_NUMBER:98630 42271]]
Stays at: [[ADDRESS:House 40]], [[LOCATION:Mawlai Mawroh]], [[LOCATION:Shillong]]
Note: bass guitar, comes for practice Saturday only

Name: [[PERSON:Esther Lyngdoh]]
Phone: [[PHONE_NUMBER:87870 11596]]
Stays at: [[ADDRESS:Rilang Cottage]], [[LOCATION:Jaiaw]]
Note: keyboard, she is the one doing the accounts also

Name: [[PERSON:Wanphai Nongbet]]
Phone: [[PHONE_NUMBER:94361 55830]]
Stays at: [[LOCATION:Sohra]], coming down weekends only
Note: vocals, birthday [[DATE_TIME:14th Aug]], don't forget the cake this time"""),
    """worker_id\tname\tage\tline\tfloor\tnid\tbkash
[[ID_NUMBER:GF-10221]]\t[[PERSON:Rehana Akter]]\t[[AGE:23]]\tSewing 4\t2\t[[ID_NUMBER:6401123378]]\t[[PHONE_NUMBER:01722-341908]]
[[ID_NUMBER:GF-10229]]\t[[PERSON:Mst. Shilpi Khatun]]\t[[AGE:27]]\tSewing 4\t2\t[[ID_NUMBER:2915530067]]\t[[PHONE_NUMBER:01815-220477]]
[[ID_NUMBER:GF-10247]]\t[[PERSON:Jewel Rana]]\t[[AGE:31]]\tCutting 1\t1\t[[ID_NUMBER:8226401195]]\t[[PHONE_NUMBER:01936-118054]]""",
]

CHAT = [
    """[[PERSON:Riya]] (Card Services): Hello, you're chatting with card services. How can I help today?
[[PERSON:Pranab Mahanta]]: hi my card got blocked when i tried to pay at a hotel in [[LOCATION:Bangkok]]
[[PERSON:Riya]] (Card Services): Sorry about that, [[PERSON:Pranab]]. Could you confirm your date of birth and registered mobile?
[[PERSON:Pranab Mahanta]]: [[DATE_TIME:23 Jan 1986]], [[PHONE_NUMBER:98640 55172]]
[[PERSON:Riya]] (Card Services): Thank you. The card ending 3054 was blocked for an unusual foreign transaction. I've unblocked it; please try again in ten minutes.
[[PERSON:Pranab Mahanta]]: ok. full number is [[CREDIT_CARD:4591 4022 7718 3054]] right, just checking it's the same card
[[PERSON:Riya]] (Card Services): Please never share the full card number in chat. I've masked it on our side. Anything else?
[[PERSON:Pranab Mahanta]]: no thanks""",
    lang(ASSAMESE, """[17/06/22, 7:12 pm] মা: আমাৰ ঘৰত পানী সোমাইছে, [[PERSON:দীপু]]ক লৈ [[LOCATION:বৰপেটা ৰোড]]ত মামাৰ ঘৰলৈ যাম।
[17/06/22, 7:15 pm] [[PERSON:Dipankar]]: মা, মামাৰ নম্বৰটো দিয়াচোন।
[17/06/22, 7:16 pm] মা: [[PHONE_NUMBER:৯৮৫৪৩ ২০১৮৬]], [[PERSON:হৰেন]] মামা।
[17/06/22, 7:20 pm] [[PERSON:Dipankar]]: ৰিলিফৰ বাবে দেউতাৰ আধাৰখন লাগিব। নম্বৰটো [[ID_NUMBER:5026 4481 1736]] নহয় জানো?
[17/06/22, 7:22 pm] মা: হয়। বেংক একাউণ্ট নম্বৰটো [[ID_NUMBER:৩২০৯৮৮৪১৭৭৬]]।
[17/06/22, 7:23 pm] [[PERSON:Dipankar]]: ঠিক আছে, মই কাইলৈ [[LOCATION:বৰপেটা]]ৰ চাৰ্কল অফিচলৈ যাম।"""),
    """[[PERSON:Rituraj]]: Hi, is the scooter still available?
[[PERSON:Mohan Chetri]]: yes bro, 2019 Activa, 18k km. come and see it at [[ADDRESS:House 27, Survey Bylane 4]], [[LOCATION:Beltola]]
[[PERSON:Rituraj]]: can you send the RC pic? what's the reg number
[[PERSON:Mohan Chetri]]: [[ID_NUMBER:AS 01 EC 3318]]. call me on [[PHONE_NUMBER:9706 334 812]] before coming
[[PERSON:Rituraj]]: ok tomorrow after office
[[PERSON:Mohan Chetri]]: fine. pay by UPI [[ID_NUMBER:mohanchetri@okaxis]] or cash, no cheque""",
    """#payments-oncall
[[PERSON:Arnab Kashyap]] 10:02 AM: prod alert, refund job failing for customer [[ID_NUMBER:C-20048812]]
[[PERSON:Deepika Rao]] 10:04 AM: the customer's PAN [[ID_NUMBER:FJQPK2290N]] fails validation, there's a trailing space in the DB
[[PERSON:Arnab Kashyap]] 10:05 AM: who is it?
[[PERSON:Deepika Rao]] 10:05 AM: [[PERSON:Kasturi Kalita]], [[EMAIL_ADDRESS:kasturi.kalita@gmail.com]], she has called support three times
[[PERSON:Saurav Das]] 10:09 AM: patched and rerunning. @[[USERNAME:deepika.rao]] can you review?
[[PERSON:Deepika Rao]] 10:11 AM: approved""",
    lang(HINGLISH, """[[PERSON:Ramesh Prasad]]: Sabko bata do, kal wage payment bank mein hoga, cash nahi milega.
[[PERSON:Sunil Tanti]]: Sir, [[PERSON:Jitu]] ka account abhi tak link nahi hua, uska Aadhaar [[ID_NUMBER:7441 9920 3854]] hai
[[PERSON:Ramesh Prasad]]: account number bhejo
[[PERSON:Sunil Tanti]]: [[ID_NUMBER:39820147731]], SBI wala
[[PERSON:Anita Gowala]]: Sir, hospital wale [[PERSON:Budhram]] ka bhi dekh lena, woh [[DATE_TIME:20 tarikh]] se leave pe hai, token [[ID_NUMBER:MRN-0881]]
[[PERSON:Ramesh Prasad]]: ok, kal office mein milo"""),
    lang(MNI_MTEI, """[[PERSON:ꯄ꯭ꯔꯦꯃꯖꯤꯠ]]: ꯏꯆꯦ, ꯑꯩꯒꯤ ꯄꯥꯁꯄꯣꯔꯠ ꯅꯝꯕꯔ [[ID_NUMBER:T4471820]] ꯅꯤ꯫
[[PERSON:ꯁꯅꯥꯇꯣꯝꯕꯤ]]: ꯑꯣꯀꯦ꯫ ꯅꯍꯥꯛꯀꯤ ꯄꯣꯛꯄ ꯅꯨꯃꯤꯠ [[DATE_TIME:꯱꯲/꯰꯹/꯱꯹꯹꯸]] ꯅꯣ?
[[PERSON:ꯄ꯭ꯔꯦꯃꯖꯤꯠ]]: ꯍꯣꯏ꯫ ꯏꯃꯦꯜ [[EMAIL_ADDRESS:premjit.ng98@gmail.com]]꯫
[[PERSON:ꯁꯅꯥꯇꯣꯝꯕꯤ]]: ꯇꯤꯀꯦꯠ ꯂꯧꯔꯦ꯫ ꯑꯩꯒꯤ ꯐꯣꯟ [[PHONE_NUMBER:8415 902 337]]꯫"""),
    """[[PERSON:Jamie]] (Delivery Support): Hi, I'm Jamie. What's happened with your order?
[[PERSON:Nazmul Hoque]]: tracking says delivered but nothing came. I'm at [[ADDRESS:Flat 9, 112 Stepney Way]], [[ZIP_CODE:E1 3BS]]
[[PERSON:Jamie]] (Delivery Support): Sorry to hear that. Could you confirm the phone number on the account?
[[PERSON:Nazmul Hoque]]: [[PHONE_NUMBER:07984 331560]]
[[PERSON:Jamie]] (Delivery Support): Thanks, [[PERSON:Nazmul]]. The driver's photo shows a blue door; is that yours?
[[PERSON:Nazmul Hoque]]: no ours is green. maybe my neighbour [[PERSON:Mrs Patel]] took it in
[[PERSON:Jamie]] (Delivery Support): I'll open an investigation and email you at [[EMAIL_ADDRESS:nazmul.hoque@gmail.com]] within 48 hours.""",
    """Abba: sent 2000 AED to [[PERSON:Rubina]]'s account today, check
[[PERSON:Rubina]]: got it abba. account [[ID_NUMBER:20118844036]] na?
Abba: yes. [[PERSON:Sahil]] your college form needs my Emirates ID? it is [[ID_NUMBER:784-1976-0155298-3]]
[[PERSON:Sahil]]: they want your passport number also
Abba: [[ID_NUMBER:M8813027]]. and my new number here is [[PHONE_NUMBER:+971 52 661 0934]]
[[PERSON:Rubina]]: Ammi says come home for Eid, is the ticket from [[LOCATION:Sharjah]] for [[DATE_TIME:8 April]]?
Abba: inshallah""",
]

LOOKALIKE = [
    """Dispatch summary, fulfilment centre, shift B
Orders ORD-2024-118203 to ORD-2024-118260 packed; manifest MNF/0618/07.
Tracking: EX123456789IN (India Post), 1390771244805 (surface), BLR7712049 (air).
SKUs: GMS-COT-150 x 40 (gamosa, cotton, 150 cm), MKL-PAT-ERI-L x 12, TEA-CTC-250 x 24 (EAN 8901041306217).
Books: ISBN 978-81-93174-52-4 x 6, ISBN 978-93-86991-05-8 x 3.
Carrier helpline 1800 103 4100; escalations to ops.desk@example-fulfil.in.
One return flagged: customer [[PERSON:Chandrima Bora]] refused delivery; call her on [[PHONE_NUMBER:98643 20917]] before re-dispatch.""",
    """Release 4.12.0.3 of the field app (build 20240611.2) went out to the field staff's handhelds overnight. Scanner firmware is now 1.0.7.22 and the minimum Android API is 26. Commit a3f9c2e17b44d0e9a612f5c8e0d9b17c4e21d830; config UUID 6f1c2a9e-3b7d-4e58-9a0c-1d2e3f4a5b6c. Devices updated: serials ZX-7741-A0093 to ZX-7741-A0140. Known issue: weighing-scale driver 2.3.1.0 drops the decimal for parcel weights over 99.9 kg. Rollback package fieldapp-4.11.9.8.apk, SHA-256 80f18a3d81d9284bb2cf759ec65de2aa4b547dcc41b3aa3124cd036a3353b00a. Support: helpdesk@example-agritech.in or +91 361 250 0000.""",
    """Purbanchal Spice Traders Pvt. Ltd., CIN U51229AS2009PTC009412, GSTIN 18AABCH4821K1ZJ, registered office on Hem Barua Road; godown off Radha Gobinda Baruah Road. Board line +91 361 273 4400; accounts@purbanchalspice.example. Purchase lots LOT/24/0412 to LOT/24/0419, invoice INV-24-7781, e-way bill 1811 0422 7713. Air consignments leave from Lokpriya Gopinath Bordoloi International Airport. Authorised signatory: [[PERSON:Nandita Baruah]], Company Secretary.""",
    lang(NE_ENGLISH, """Dear all, the youth camp fee is Rs 1,500 only, pay at the office itself and collect your receipt, numbers from 4410 onwards, no? Office line is 0364 222 1190 (10 to 4 only). For online payment send the UTR to youthcamp.office@example.org, not to anybody's personal number. Bus No. 7 leaves the cathedral gate 6 am sharp, luggage in Room 12. Society Reg. No. SR/441/1998 must be written on the form. For anything else contact [[TITLE:Bah]] [[PERSON:Kyntiew]], [[PHONE_NUMBER:98630 71448]]."""),
    """Statement extract, savings account [[ID_NUMBER:38820177410]] ([[PERSON:Bijit Kumar Hazarika]]), IFSC SBIN0014421, MICR 781002031, branch code 14421.
UPI/412233889012/GROCERY  Dr 640.00
NEFT N124241233345678 SALARY  Cr 48,200.00
CHQ 000417  Dr 12,000.00
ATM WDL card ending 4417  Dr 2,000.00
IMPS 412900018823  Cr 1,500.00
Charges: SMS alert Rs 15 + GST 18%.""",
    """Bill of Entry 4418822 (IGM 2209, line 14): 2 x 40' containers MSKU7182047 and TGHU4419029, seals 0044718 and 0044719, HS code 5004.00.00 (silk yarn), lot MUGA-IMP-0093. Airway bills 176-41178292 and 098-60224135 for the samples. Booking ref K7XQ2M, rail PNR 4521778903 for the surveyor. IEC 0516902214 of the importer, port code INCCU1. Customs broker [[PERSON:Sanjoy Dey]], mobile [[PHONE_NUMBER:+91 98310 44726]].""",
    """Recall notice: batch AMX-24-0419 of amoxicillin 500 mg (mfg. licence 25/MB/AS/2019, expiry 03/2026) is withdrawn. Not affected: the Parkinson's disease and Alzheimer's disease lines, the Down syndrome screening kits, or the Dr. Reddy's generics we distribute. Pharmacovigilance ref PV/2024/0088; customer care 1800 425 0014; pv.safety@example-pharma.in. One adverse event was reported, in a patient, [[PERSON:Bhagyashree Neog]], aged [[AGE:62]].""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind145", STYLES, OUT)
    languages: Counter[str] = Counter()
    for records in STYLES.values():
        languages.update(getattr(markup, "language", "English") for markup in records)
    print("records per language:")
    for language, n in languages.most_common():
        print(f"  {language:28s} {n}")


if __name__ == "__main__":
    main()

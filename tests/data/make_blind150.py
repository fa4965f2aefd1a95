"""Build tests/data/blind150.jsonl: a *blind*, hand-written labeled PII set (240 records).

    .venv/bin/python tests/data/make_blind150.py

Blind: written without any knowledge of the detector it will measure. Read
while writing it, and nothing else in the repository: the first 121 lines
of make_blind22.py (its docstring with the labeling conventions and style
descriptions, and its import lines) and its tail from `STYLES = {` to the
end (the STYLES dict and main(), copied as scaffolding); gold_sets.py
(whole file); and lines 1-64 of make_handwritten.py (its conventions, the
MARK and TITLE_IN_NAME regexes and `parse()`, copied below). Not read: the
detector (minimize/, recognizers/), bench/, any other test or make_*.py
script, the README, any *.jsonl set (this one included: it was only checked
through the counts this script prints). No git command was run. The
detector, the bench, the tests and `minimize` were never run. Do not tune
the detector against this set: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops
producing records. Only the offsets are computed, by `parse()` (copied from
make_handwritten.py), which strips the inline `[[TYPE:value]]` marks;
`gold_sets.check` then checks every span (trimmed, in range, no overlap),
cards (Luhn) and IBANs (mod-97 and length). The summary printed at the end
only counts records, labels per type and marks.

Check digits made valid (worked out with throwaway code while writing, not
kept and not generated here): card numbers (Luhn; Visa, Mastercard, Amex,
Discover), IBANs (mod-97 and length: GB, IE, DE, NL, CH), NZ IRD numbers
(mod-11 with the secondary weights), NZ NHI numbers (old AAANNNC format,
mod-11), NHS numbers, Canadian SINs (Luhn), Australian TFNs and Medicare
numbers, the Aadhaar number (Verhoeff), the Singapore NRIC, the Irish PPSN
and the South African ID (Luhn; sex digits agree with a woman). Look-alikes
that carry a public check digit were given a valid one too: ISBN-13,
EAN-13, the NZBN, the SSCC, ISO 6346 container numbers and the ABN. Not
checked (no public check digit, or none used): US SSNs, passports,
licences, plates, bank account numbers, NSNs, FishServe client numbers,
CPS numbers, MSD client numbers, iwi registration, owner, member, patient,
staff and student numbers.

Styles (ids `blind150-<style>-NNN`; 240 records):
- `bench` (85): records in the manner of the public PII-masking
  benchmarks: 22 like ai4privacy pii-masking-200k/300k/400k (odd mixed
  sentences dense with names, job titles, streets with building numbers,
  secondary addresses, IPv4 / IPv6, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), 34 like gretel-pii-masking-en-v1 (claims,
  contracts, loan, medical, rental and benefit forms, notices, letters,
  settlements, petitions) and 29 like Nemotron-PII (JSON, log lines, SQL,
  XML / FHIR / HL7, YAML, .env, HTTP requests and responses, GraphQL,
  Python and Java test code, tickets, form dumps, mail headers, call
  records, access logs).
- `gen` (80): one to four sentences of "realistic sentences with personal
  data", names at the start, middle and end, lowercase and possessive;
  ages, dates, addresses, phones and ids in many shapes.
- `table` (60): one small table per record rendered as text: CSV (14,
  comma and semicolon, quoted and not), TSV (8), pipes / Markdown / psql /
  MySQL (10), fixed-width (8), JSON lines (8), YAML (6) and key: value
  blocks (6); some have no header row, non-PII columns are mixed in.
- `chat` (8): support chats, family and marketplace threads, team group
  chats, with the speakers' names.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN /
  EAN, IP-shaped versions, hashes, UUIDs, serials, container numbers,
  company registration numbers, company phones, role mailboxes, eponyms,
  streets named after people without a number), with the few real PII
  values labeled; one has no PII at all.

Languages: about nine records in ten are in English (New Zealand,
Australia, the UK, Ireland, Canada, the US, South Africa, Singapore and
Pacific contexts, with names from many cultures: Māori, Pasifika, Pākehā,
Irish, Indian, Chinese, Vietnamese, Korean, Japanese, African, Middle
Eastern, Latin American and European); about 25 are in te reo Māori,
Tahitian (reo Tahiti) and Cook Islands Māori, written in the Latin script
they use, with macrons and the ʻeta where the writer would put them, and
many English records mention people, places, phones (+64, +682, +689)
and ids of Aotearoa, French Polynesia and the Cook Islands. Domains with
extra weight: iwi and Māori land trusts, fisheries quota, schools and
kura, outpatient clinics; the rest spread over banking, health, pharmacy,
legal, HR, retail, travel, telecoms, government, housing, gaming, social
media, IT, deliveries, insurance and charities.

Labeling conventions: those of make_blind22.py (and the sets before it):
PERSON (any part of a name, lowercase or not, initials; possessive "'s"
outside), TITLE (honorifics attached to a name, labeled apart; family and
address words such as Whaea, Matua, Mama, Koro, Mum stay outside), ADDRESS
(number + street + unit, PO boxes and BP, rural delivery), LOCATION,
ZIP_CODE, DATE_TIME (a person's dates, times attached included), AGE (the
number), USERNAME, URL (personal profiles), NRP, ID_NUMBER, US_SSN,
US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
PHONE_NUMBER, EMAIL_ADDRESS; passwords, genders, job titles, employers,
user agents, MACs, BIC / sort codes, CVVs and expiries, order / ticket /
claim / policy / booking / tracking references, company phones and role
mailboxes, versions, hashes, serials, partial numbers, eponyms and header
rows are not labeled. Calls made while writing this set, in the same
spirit: a person's stated iwi affiliation ("Iwi: Ngāti Porou") is NRP,
while an iwi or hapū inside an organisation name or a hapū column is not
labeled; FishServe client numbers, Māori land owner numbers and iwi
registration numbers of a person are ID_NUMBER, those of a company are
not; vessel names are not labeled; every IP address is IP_ADDRESS, server
addresses included, while IP-shaped versions are not; timestamps of a
person's login, call or account opening are DATE_TIME; a deadline set
for everyone is not.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import check

OUT = Path(__file__).with_name("blind150.jsonl")

# copied from make_handwritten.py
MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]", re.S)
# "[[PERSON:Dr. Ana Ruiz]]" is written for readability and split into TITLE + PERSON
TITLE_IN_NAME = re.compile(r"^((?:Mr|Mrs|Ms|Mx|Dr|Prof|Nurse|Sir)\.?) (?=\S)")


def parse(markup: str) -> tuple[str, list[dict]]:
    """Plain text and the spans of its `[[TYPE:value]]` marks."""
    text, spans, cursor = [], [], 0
    length = 0
    for match in MARK.finditer(markup):
        before = markup[cursor : match.start()]
        text.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        title = TITLE_IN_NAME.match(value) if kind == "PERSON" else None
        if title:
            spans.append({"entity_type": "TITLE", "start": length, "end": length + len(title.group(1))})
            text.append(value[: title.end()])
            length += title.end()
            value = value[title.end() :]
        spans.append({"entity_type": kind, "start": length, "end": length + len(value)})
        text.append(value)
        length += len(value)
        cursor = match.end()
    text.append(markup[cursor:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain:
        raise ValueError(f"unbalanced mark in: {markup[:60]}")
    return plain, spans


BENCH = [
    # --- in the manner of ai4privacy pii-masking-200k/300k/400k ---
    """Dear [[PERSON:Tamatea]], your Lead Integration Officer badge for the Whakatāne office is ready; collect it from [[ADDRESS:Suite 4, 212 The Strand]], [[LOCATION:Whakatāne]] [[ZIP_CODE:3120]]. The sign-in from [[IP_ADDRESS:203.97.44.18]] was flagged for review.""",
    """Card [[CREDIT_CARD:4563 3472 2614 5478]] (CVV 412, exp 09/27) belonging to [[PERSON:Ms. Aroha Ngata]] was declined at the Gisborne terminal; device MAC 3C:22:FB:91:0A:7E, user agent Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X).""",
    """[[PERSON:Mr. Finlay O'Driscoll]], Chief Directives Architect, please have the refund sent to [[IBAN_CODE:IE20 AIBK 6500 8375 0975 75]] (BIC AIBKIE2D) before your exit interview on [[DATE_TIME:14/11/2024]].""",
    """The Senior Quota Analyst [[PERSON:Hinemoa Rāwiri]] logged in from [[IP_ADDRESS:2404:4408:63a1:9c00::1f]] using Mozilla/5.0 (Windows NT 10.0; Win64; x64) and changed her mobile to [[PHONE_NUMBER:+64 27 418 5530]].""",
    """Parcel for [[PERSON:Tiare Teriitahi]] at [[ADDRESS:Lot 12, Servitude Tavana]], [[LOCATION:Punaauia]] [[ZIP_CODE:98718]], [[LOCATION:French Polynesia]]; recipient email [[EMAIL_ADDRESS:tiare.teriitahi@mail.pf]], leave with the neighbour if nobody answers.""",
    """Investor relations asked [[PERSON:Dr. Kwame Mensah-Boateng]] ([[AGE:47]]) to confirm his account [[ID_NUMBER:0042-118839-00]] and his address, [[ADDRESS:Flat 3B, 77 Cuba Street]], [[LOCATION:Te Aro]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]].""",
    """Hey [[USERNAME:kaimoana_kid92]], your password r4ngi!Tahi was reset from [[IP_ADDRESS:122.58.201.7]] (MAC 00-1B-63-84-45-E6). If this wasn't you, call 0800 227 114 straight away.""",
    """[[PERSON:Ngametua Marsters]], Regional Paradigm Liaison, was born on [[DATE_TIME:3rd of June 1986]] in [[LOCATION:Avarua]], [[LOCATION:Rarotonga]]; reach him on [[PHONE_NUMBER:+682 55 214]] after 4pm.""",
    """Payment of NZD 1,240.00 from [[IBAN_CODE:GB97 NWBK 2778 8331 5400 43]] to [[PERSON:Sione Fifita]] for the Ōtara market stall; [[PERSON:Sione]]'s card ending 5522 stays on file.""",
    """Customer [[PERSON:Lachlan Brierley]], [[ADDRESS:Unit 9, 40 Wickham Terrace]], [[LOCATION:Spring Hill]] [[LOCATION:QLD]] [[ZIP_CODE:4000]], TFN [[ID_NUMBER:380 436 561]], job: Dynamic Tactics Consultant, preferred contact by post.""",
    """[[PERSON:Mx. Rowan Akana-Pierce]] (gender: non-binary) reported the Chromebook with IP [[IP_ADDRESS:10.14.8.223]] and MAC a4:5e:60:c2:19:0b stolen on [[DATE_TIME:2024-02-19]].""",
    """Amex [[CREDIT_CARD:3790 781703 26127]] exp 03/26 cvv 7731, billing [[ADDRESS:1180 Kapiolani Blvd, Apt 2204]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]], cardholder [[PERSON:Keoni Kahananui]].""",
    """Tēnā koe [[PERSON:Wiremu]], here is the VPN record you asked for: user [[USERNAME:w.tekani]], IPv6 [[IP_ADDRESS:2001:db8:4a1:77::e3]], agent curl/8.4.0, last login [[DATE_TIME:05/03/2024 21:14]].""",
    """The Future Quota Coordinator at [[ADDRESS:Level 2, 15 Hardy Street]], [[LOCATION:Nelson]] [[ZIP_CODE:7010]] is [[PERSON:Ihaia Paul]]; DOB [[DATE_TIME:11.08.1979]], IRD [[ID_NUMBER:64-330-128]], sex M.""",
    """[[PERSON:Temana]]'s IBAN [[IBAN_CODE:CH05 2565 2279 6420 5777 1]] and BIC UBSWCHZH80A were added; the account holder's mail goes to [[ADDRESS:BP 4412]], [[LOCATION:Papeete]] [[ZIP_CODE:98713]].""",
    """Your Mastercard [[CREDIT_CARD:5401-6076-5416-0569]] was used at [[DATE_TIME:09:41 on 22 July 2024]] from [[IP_ADDRESS:49.224.17.90]]; cardholder [[PERSON:Mereana Kingi-Walker]], mobile [[PHONE_NUMBER:022 318 7746]].""",
    """[[PERSON:Dr. Sunita Varghese]], Principal Markets Strategist, [[AGE:52]], [[NRP:Indian]] citizen, Aadhaar [[ID_NUMBER:2937 8657 9754]], lives at [[ADDRESS:18 Ponsonby Road]], [[LOCATION:Grey Lynn]], [[LOCATION:Auckland]] [[ZIP_CODE:1021]].""",
    """Account owner [[PERSON:rangi parata]] (lowercase in the source) has bank account [[ID_NUMBER:06-0501-0872345-00]] and a rural delivery address, [[ADDRESS:412 State Highway 35, RD 1]], [[LOCATION:Te Araroa]] [[ZIP_CODE:4083]].""",
    """[[PERSON:Vaea Tetuanui]] reset the router (MAC 8C:1F:64:E0:02:A9) at [[ADDRESS:PK 14,2 côté mer]], [[LOCATION:Paea]]; public IP [[IP_ADDRESS:202.3.231.56]], contact [[PHONE_NUMBER:+689 87 72 41 19]].""",
    """Hello [[PERSON:Olamide Adeyemi]], your Global Identity Producer contract begins [[DATE_TIME:1 September 2024]]; send passport [[ID_NUMBER:A09318842]] and card [[CREDIT_CARD:4602 2751 4752 0011]] (exp 11/28, CVV 303) for the relocation deposit.""",
    """[[USERNAME:tupou.l]] ([[EMAIL_ADDRESS:tupou.latu@xtra.co.nz]]) joined from [[IP_ADDRESS:115.188.92.4]] on [[DATE_TIME:Feb 2, 2024]]; street: [[ADDRESS:27B Kirkbride Road]], [[LOCATION:Māngere]]; zip [[ZIP_CODE:2022]].""",
    """[[PERSON:Ms. Eleanor Whitcombe]], [[AGE:64]], Human Usability Officer at Christchurch City Libraries, MAC F0:18:98:3A:77:C1, IPv4 [[IP_ADDRESS:210.55.19.143]], UA Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15, IBAN on file [[IBAN_CODE:GB03BARC31265793734670]].""",
    # --- in the manner of gretel-pii-masking-en-v1 ---
    """INSURANCE CLAIM FORM. Claimant: [[PERSON:Hamish McAlister]]; Policy No. HX-55102-NZ; Date of loss: [[DATE_TIME:17 January 2024]]; Property: [[ADDRESS:63 Rata Street]], [[LOCATION:Naenae]], [[LOCATION:Lower Hutt]] [[ZIP_CODE:5011]]. The claimant reports water damage to the hallway and laundry after the storm. Contact: [[PHONE_NUMBER:04-567 2290]], [[EMAIL_ADDRESS:hamish.mcalister@gmail.com]].""",
    """LOAN AGREEMENT made on [[DATE_TIME:3 April 2024]] between Kiwi Home Finance Ltd (the Lender) and [[PERSON:Losa Tuimavave]] of [[ADDRESS:14 Bairds Road]], [[LOCATION:Ōtara]], [[LOCATION:Auckland]] [[ZIP_CODE:2023]] (the Borrower), IRD number [[ID_NUMBER:35-308-296]]. The principal sum of $28,500 will be repaid by direct debit from account [[ID_NUMBER:12-3140-0298817-00]] over 48 months.""",
    """OUTPATIENT CLINIC REFERRAL. Patient: [[PERSON:Te Rangi Hohaia]], NHI [[ID_NUMBER:TDM9082]], DOB [[DATE_TIME:02/09/1958]], age [[AGE:65]]. Referred by [[PERSON:Dr. Alison Fairbrother]] to the Diabetes Outpatient Clinic, Taranaki Base Hospital, for review on [[DATE_TIME:12 March 2024 at 9:15am]]. Next of kin: [[PERSON:Huia Hohaia]] ([[PHONE_NUMBER:027 604 1183]]).""",
    """RESIDENTIAL TENANCY AGREEMENT. Landlord: [[PERSON:Graham Petrie]], [[PHONE_NUMBER:021 077 3416]]. Tenant: [[PERSON:Moana Teariki]], [[EMAIL_ADDRESS:moanateariki@outlook.com]]. Premises: [[ADDRESS:Flat 2, 88 Victoria Avenue]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]]. The tenancy starts on [[DATE_TIME:1 May 2024]]; a bond of $1,680 is lodged with Tenancy Services (bond ref 2024-778130).""",
    """APPLICATION FOR WINTER ENERGY PAYMENT. Applicant: [[PERSON:Ani Pōtae]]; client number [[ID_NUMBER:318 442 907]]; date of birth [[DATE_TIME:21-Oct-1949]]; address [[ADDRESS:6 Māhoe Place]], [[LOCATION:Kaitaia]] [[ZIP_CODE:0410]]. Partner: [[PERSON:Rewi Pōtae]], aged [[AGE:77]]. Both receive NZ Superannuation.""",
    """NOTICE OF ANNUAL GENERAL MEETING. Mangaroa Ahu Whenua Trust. Owners are advised that the AGM will be held at Rongopai Marae on Saturday 15 June 2024 at 10am. Trustee nominations close with the secretary, Whaea [[PERSON:Miriama Tāwhai]], [[ADDRESS:PO Box 112]], [[LOCATION:Ruatōria]] [[ZIP_CODE:4043]], or [[EMAIL_ADDRESS:miriama.tawhai@xtra.co.nz]]. Owner [[PERSON:Pita Kōhere]] (owner no. [[ID_NUMBER:40211]]) has asked that his proxy be recorded.""",
    """Dear [[PERSON:Mrs. Tetuanui]], we confirm receipt of your pension application dated [[DATE_TIME:8 February 2024]]. Your CPS number [[ID_NUMBER:1 958 042 317]] will be used in all future correspondence. Yours sincerely, [[PERSON:Heimana Tauotaha]], Caisse de Prévoyance Sociale, [[LOCATION:Papeete]].""",
    """DEED OF SETTLEMENT between [[PERSON:Rajesh Kumar Pillai]] (the Employee) of [[ADDRESS:22 Sunnyside Crescent]], [[LOCATION:Hamilton East]], [[LOCATION:Hamilton]] [[ZIP_CODE:3216]] and Waikato Freight Ltd (the Employer). The Employer will pay $14,000 under s123(1)(c)(i) of the Employment Relations Act 2000 into account [[ID_NUMBER:03-1355-0412278-000]] within 14 days of [[DATE_TIME:27 May 2024]], the date the Employee signs. Witness: [[PERSON:Karen D'Souza]].""",
    """PETITION to the Parliament of the Cook Islands concerning mooring fees at Avatiu harbour. Lead petitioner: [[PERSON:Teina Tuara]] of [[LOCATION:Nikao]], [[LOCATION:Rarotonga]], phone [[PHONE_NUMBER:+682 21 447]]. Signatories include Mama [[PERSON:Rima Tangaroa]], [[PERSON:Teuira Nicholas]] and [[PERSON:Puna Ariki]], all of whom fish from the harbour.""",
    """EMPLOYMENT AGREEMENT. This agreement is between Aotearoa Fisheries Quota Services Ltd and [[PERSON:Kahurangi Moke]] ([[EMAIL_ADDRESS:kahurangi.moke@gmail.com]]), who will start as Quota Data Officer on [[DATE_TIME:15 July 2024]]. Salary is paid fortnightly into [[ID_NUMBER:38-9012-0455612-01]]. Tax code M; IRD [[ID_NUMBER:76-240-396]].""",
    """QUOTA TRANSFER NOTIFICATION. Transferor: Ngāi Tahu Seafood Resources (client 8800412). Transferee: [[PERSON:Ropata Kereama]], FishServe client number [[ID_NUMBER:8920157]], permit holder since [[DATE_TIME:March 2011]]. Stock: CRA5 (rock lobster), 1,250,000 shares. Transferee address: [[ADDRESS:19 Beach Road]], [[LOCATION:Kaikōura]] [[ZIP_CODE:7300]].""",
    """KURA ENROLMENT FORM. Te Kura Kaupapa Māori o Te Rito. Ākonga: [[PERSON:Manaia Rāwiri-Herewini]], date of birth [[DATE_TIME:4 Hakihea 2017]], NSN [[ID_NUMBER:155302871]]. Parent/caregiver: [[PERSON:Tania Herewini]], [[PHONE_NUMBER:022 871 0034]], [[ADDRESS:8 Kōwhai Street]], [[LOCATION:Ōtaki]] [[ZIP_CODE:5512]]. Iwi: [[NRP:Ngāti Raukawa]].""",
    """DISCHARGE SUMMARY. Name: [[PERSON:Leilani Fonoti]]; NHI: [[ID_NUMBER:GBC6611]]; admitted [[DATE_TIME:03-Jan-2024]], discharged [[DATE_TIME:07-Jan-2024]]. Diagnosis: community-acquired pneumonia. Follow-up at Middlemore Respiratory Outpatients in six weeks. GP: [[PERSON:Dr. M. Faleolo]], Ōtāhuhu Family Health, 09 276 4410.""",
    """ACC CLAIM LODGEMENT. Claim number 10047738213. Injured person: [[PERSON:Brooke Tahana]], DOB [[DATE_TIME:1992-06-30]], date of injury [[DATE_TIME:2024-04-11]]. Occupation: shearer. Description: deep cut to left forearm at a woolshed near [[LOCATION:Te Kūiti]]. Employer: Tahana Shearing Ltd. Phone [[PHONE_NUMBER:027 333 9124]].""",
    """CREDIT APPLICATION. Name: [[PERSON:Marcus Delgado]]; SSN: [[US_SSN:529-44-1187]]; Date of birth: [[DATE_TIME:April 9, 1983]]; Address: [[ADDRESS:4417 Alder Lane, Apt 12]], [[LOCATION:Tacoma]], [[LOCATION:WA]] [[ZIP_CODE:98409]]; Driver's license: [[US_DRIVER_LICENSE:WDL7QX3M29B]]; Annual income: $71,200; Employer: Puget Sound Marine.""",
    """NOTICE SEEKING POSSESSION (Section 8, Housing Act 1988). To: [[PERSON:Declan Murphy]] and [[PERSON:Siobhan Murphy]] of [[ADDRESS:Flat 6, Harcourt House, 19 Bridge Street]], [[LOCATION:Leeds]] [[ZIP_CODE:LS2 7RE]]. The landlord, [[PERSON:Ahmed Qureshi]], intends to apply to the court for possession not earlier than [[DATE_TIME:1 August 2024]]. Arrears at the date of service: £2,140.00.""",
    """ʻIa ora na [[PERSON:Mareva Tehei]], ua fāriʻihia tāʻoe aniraʻa moni tauturu i te [[DATE_TIME:3 nō ʻEperēra 2024]]. Tāʻoe numera CPS: [[ID_NUMBER:2 871 330 064]]. Ua tāpaʻohia tāʻoe numera niuniu [[PHONE_NUMBER:87 31 05 62]] e tāʻoe vāhi nohoraʻa, [[ADDRESS:BP 380512]], [[LOCATION:Tamanu]], [[LOCATION:Punaauia]].""",
    """Kirimana Rēti Whare. Kaireti: [[PERSON:Hone Tūrei]]. Kaipupuri whare: [[PERSON:Mere Paewai]]. Wāhitau: [[ADDRESS:23 Rimu Road]], [[LOCATION:Kaikohe]] [[ZIP_CODE:0405]]. Ka tīmata te rēti i te [[DATE_TIME:1 o Pipiri 2024]], $420 ia wiki. Nama waea o te kaireti: [[PHONE_NUMBER:021 556 0873]].""",
    """PRESCRIPTION. Patient [[PERSON:Faith Okonkwo]], NHI [[ID_NUMBER:HCT6093]], DOB [[DATE_TIME:17/05/1990]]. Rx: metformin 500 mg BD, 60 tablets, three repeats. Prescriber: [[PERSON:Dr. Jonathan Raeburn]], MCNZ registration [[ID_NUMBER:29341]]. Pharmacy notes: patient prefers text reminders to [[PHONE_NUMBER:021 990 4471]].""",
    """DONATION FORM, Kids Can Aotearoa. Donor: [[PERSON:Bethany Lau]]; email [[EMAIL_ADDRESS:beth.lau88@yahoo.co.nz]]; monthly gift $25 by card [[CREDIT_CARD:4293 4977 8989 0726]], expiry 04/27. Please send my tax receipt to [[ADDRESS:5/112 Hillsborough Road]], [[LOCATION:Mount Roskill]], [[LOCATION:Auckland]] [[ZIP_CODE:1041]].""",
    """SENTENCING NOTES OF [[TITLE:Judge]] [[PERSON:S. J. Fitzgerald]]. [[PERSON:Mr Kahu Tamihana]], you are [[AGE:23]] years old and appear for sentence on a charge of taking pāua in excess of the daily limit at [[LOCATION:Mōkau]] on [[DATE_TIME:8 December 2023]]. You have no previous convictions.""",
    """[[DATE_TIME:22 March 2024]]

Private and confidential
[[PERSON:Priyanka Singh]]
[[ADDRESS:47 Clyde Road]]
[[LOCATION:Burnside]], [[LOCATION:Christchurch]] [[ZIP_CODE:8053]]

Dear [[PERSON:Priyanka]],
Following our meeting on [[DATE_TIME:19 March]], this letter confirms that your role as payroll administrator is disestablished with effect from [[DATE_TIME:19 April 2024]]. Your final pay will include four weeks' redundancy compensation.""",
    """TRAVEL INSURANCE CLAIM. Insured: [[PERSON:Oliver Tane Harrison]], policy TRV-4471902. Trip: [[LOCATION:Auckland]] to [[LOCATION:Rarotonga]], departed [[DATE_TIME:14/04/2024]], returned [[DATE_TIME:28/04/2024]]. Claim: treatment at Rarotonga Hospital after a scooter accident on [[DATE_TIME:19/04/2024]]. Passport [[ID_NUMBER:LM402871]]. Refund to [[ID_NUMBER:02-0248-0391177-000]].""",
    """HOUSING REGISTER ASSESSMENT. Applicant: [[PERSON:Shontelle Marino]], [[AGE:29]], with three children aged [[AGE:2]], [[AGE:5]] and [[AGE:8]]. Current address: [[ADDRESS:Room 4, 310 Great South Road]], [[LOCATION:Papatoetoe]]. MSD client no. [[ID_NUMBER:402 118 675]]. Contact [[PHONE_NUMBER:020 4123 8890]].""",
    """TE MARAE ORA OUTPATIENT CLINIC. Patient: [[PERSON:Tuaine Heather]], hospital number [[ID_NUMBER:RGH-20417]], of [[LOCATION:Arorangi]], [[LOCATION:Rarotonga]]. Seen on [[DATE_TIME:6 May 2024]] for hypertension review; BP 148/92. Referred to the visiting cardiology team. Patient contact [[PHONE_NUMBER:+682 74 330]].""",
    """STUDENTLINK APPLICATION. Student: [[PERSON:Jia Hui Tan]]; student ID [[ID_NUMBER:2213 0456]]; IRD [[ID_NUMBER:119-208-688]]; course: Bachelor of Nursing, Eastern Institute of Technology; study start [[DATE_TIME:26 February 2024]]; address [[ADDRESS:31A Gloucester Street]], [[LOCATION:Greenmeadows]], [[LOCATION:Napier]] [[ZIP_CODE:4112]].""",
    """PUBLIC NOTICE: CHANGE OF NAME. I, [[PERSON:Tiffany Anne Maunder]], of [[LOCATION:Invercargill]], formerly known as [[PERSON:Tiffany Anne Brown]], have by deed poll dated [[DATE_TIME:2 May 2024]] changed my name and will be known by it from now on.""",
    """Tēnā koe [[PERSON:Matiu Rangiuia]]. The trustees of the Rangitoto-Tuhua 55 Trust have approved a distribution of $182.40 for your 0.8120 shares (owner number [[ID_NUMBER:TPK-118907]]). Payment will go to [[ID_NUMBER:01-0843-0154762-00]] unless you update your details by 30 June 2024. Nā, [[PERSON:Pare Wīhongi]], Trust Secretary.""",
    """PETITION OF [[PERSON:Aisha Rahman]] AND 1,204 OTHERS. That the House urge the Government to fund a new kura kaupapa Māori in [[LOCATION:Flaxmere]]. Petitioner contact: [[EMAIL_ADDRESS:aisha.rahman@protonmail.com]], [[PHONE_NUMBER:06 879 2213]].""",
    """MOTOR VEHICLE CLAIM. Driver: [[PERSON:Jack Nguyen]], licence no. [[ID_NUMBER:18772046]] ([[LOCATION:NSW]]), rego [[ID_NUMBER:CKT92N]]. Accident on [[DATE_TIME:Tue 9 Jan 2024, about 5:40 pm]] at the corner of Parramatta Road and Church Street, [[LOCATION:Granville]]. Third party: [[PERSON:Ms. Fatima El-Haddad]], [[PHONE_NUMBER:0412 558 093]], Medicare [[ID_NUMBER:3462 81945 9]].""",
    """EI APPLICATION SUMMARY. Applicant: [[PERSON:Émilie Tremblay-Cardinal]]; SIN [[ID_NUMBER:168 511 657]]; last day worked [[DATE_TIME:2024-03-15]]; mailing address [[ADDRESS:210-1455 Rue Saint-Mathieu]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H3H 2M2]]; phone [[PHONE_NUMBER:514-933-2071]].""",
    """Dear [[PERSON:Dr. Hollis]], re: [[PERSON:Mr. Aled Pritchard]], DOB [[DATE_TIME:23.11.1971]], NHS No. [[ID_NUMBER:227 711 0205]], [[ADDRESS:4 Heol y Nant]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6DE]]. I reviewed [[PERSON:Mr Pritchard]] in the fracture clinic on [[DATE_TIME:9 April 2024]]; the scaphoid is uniting and he can return to light duties.""",
    """Whakamōhiotanga Kōta Ika. Kua whakawhitia ngā hea kōta PAU2 ki a [[PERSON:Tāne Poutama]] (nama kiritaki [[ID_NUMBER:8931442]]) i te [[DATE_TIME:14 o Hereturikōkā 2024]]. Wāhitau: [[ADDRESS:7 Wharf Road]], [[LOCATION:Whangaroa]]. Me whakapā atu ki [[EMAIL_ADDRESS:tane.poutama@gmail.com]] mō ētahi atu pātai.""",
    """Kia orana Mama [[PERSON:Tepaeru Vaine]]. Kua tae mai tā kōtou pepa no te enua i [[LOCATION:Titikaveka]] i te [[DATE_TIME:2 no Tiunu 2024]]. Ka uri atu mātou ia kōrua ko [[PERSON:Tangi Mateariki]] ki runga i te niuniu [[PHONE_NUMBER:+682 52 903]]. Meitaki maata.""",
    # --- in the manner of Nemotron-PII (structured and semi-structured) ---
    """{"customer_id": "[[ID_NUMBER:C-220918]]", "full_name": "[[PERSON:Aperahama Tuhiwai]]", "email": "[[EMAIL_ADDRESS:a.tuhiwai@gmail.com]]", "phone": "[[PHONE_NUMBER:+64 21 884 0317]]", "dob": "[[DATE_TIME:1988-12-04]]", "address": {"street": "[[ADDRESS:52 Ngatai Road]]", "city": "[[LOCATION:Tauranga]]", "postcode": "[[ZIP_CODE:3110]]"}, "loyalty_tier": "gold", "opt_in": true}""",
    """[[DATE_TIME:2024-05-14T08:22:51Z]] INFO auth.login user=[[USERNAME:mkahu]] ip=[[IP_ADDRESS:203.173.44.90]] ua="Mozilla/5.0 (X11; Linux x86_64)" session=8f3c2a1e result=success
[[DATE_TIME:2024-05-14T08:23:07Z]] WARN profile.update user=[[USERNAME:mkahu]] field=phone new=[[PHONE_NUMBER:+64 22 409 6615]] ip=[[IP_ADDRESS:203.173.44.90]]
2024-05-14T08:23:09Z INFO worker.heartbeat node=akl-02 load=0.41""",
    """INSERT INTO patients (nhi, first_name, last_name, dob, phone, clinic) VALUES ('[[ID_NUMBER:DHW9097]]', '[[PERSON:Roimata]]', '[[PERSON:Herangi]]', '[[DATE_TIME:1975-03-22]]', '[[PHONE_NUMBER:07 849 3316]]', 'Ophthalmology OPD');
INSERT INTO patients (nhi, first_name, last_name, dob, phone, clinic) VALUES ('[[ID_NUMBER:UNB3084]]', '[[PERSON:Stephen]]', '[[PERSON:Kowalczyk]]', '[[DATE_TIME:1961-10-09]]', '[[PHONE_NUMBER:07 855 2040]]', 'Orthopaedic OPD');""",
    """{"resourceType": "Patient", "id": "pat-7781", "identifier": [{"system": "https://standards.digital.health.nz/ns/nhi-id", "value": "[[ID_NUMBER:LXM9666]]"}], "name": [{"family": "[[PERSON:Tawhiri]]", "given": ["[[PERSON:Kiri]]", "[[PERSON:Anahera]]"]}], "gender": "female", "birthDate": "[[DATE_TIME:2001-07-15]]", "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:027 552 8130]]"}], "address": [{"line": ["[[ADDRESS:11 Pūriri Street]]"], "city": "[[LOCATION:Rotorua]]", "postalCode": "[[ZIP_CODE:3010]]", "country": "NZ"}]}""",
    """employee:
  id: [[ID_NUMBER:E10482]]
  name: [[PERSON:Salote Havili]]
  title: Warehouse Team Lead
  start_date: [[DATE_TIME:2019-08-12]]
  contact:
    mobile: "[[PHONE_NUMBER:+64 21 630 4418]]"
    email: [[EMAIL_ADDRESS:salote.havili@icloud.com]]
  payroll:
    bank_account: "[[ID_NUMBER:12-3012-0784410-00]]"
    tax_code: ME
  site: Wiri DC""",
    """# .env.local (do not commit)
APP_ENV=staging
DB_HOST=[[IP_ADDRESS:10.0.3.14]]
DB_PASSWORD=Kōwhai#2024!
SMTP_USER=[[EMAIL_ADDRESS:hemi.ropata@gmail.com]]
SUPPORT_EMAIL=support@kaitiaki.io
ONCALL_NAME="[[PERSON:Hemi Ropata]]"
ONCALL_PHONE=[[PHONE_NUMBER:+64 22 571 0398]]
SENTRY_DSN=https://4f1e9a@o11234.ingest.sentry.io/55190""",
    """POST /api/v2/enrolments HTTP/1.1
Host: enrol.kura.example.nz
X-Forwarded-For: [[IP_ADDRESS:101.98.12.77]]
User-Agent: Mozilla/5.0 (Linux; Android 14; Pixel 7)
Content-Type: application/json

{"student": {"given": "[[PERSON:Arataki]]", "surname": "[[PERSON:Nikora]]", "nsn": "[[ID_NUMBER:154887023]]", "dob": "[[DATE_TIME:2012-02-29]]"}, "caregiver_email": "[[EMAIL_ADDRESS:r.nikora@xtra.co.nz]]", "year_level": 7}""",
    """mutation {
  updateMember(input: {
    memberNo: "[[ID_NUMBER:GYM-55031]]"
    firstName: "[[PERSON:Ngaire]]"
    lastName: "[[PERSON:Broughton]]"
    mobile: "[[PHONE_NUMBER:0274 118 902]]"
    homeAddress: "[[ADDRESS:9 Te Mata Road]], [[LOCATION:Havelock North]] [[ZIP_CODE:4130]]"
    plan: OFFPEAK
  }) { ok errors }
}""",
    """def test_mask_customer_record():
    record = {
        "name": "[[PERSON:Priya Nair]]",
        "email": "[[EMAIL_ADDRESS:priya.nair@fastmail.com]]",
        "card": "[[CREDIT_CARD:4304738410408421]]",
        "ird": "[[ID_NUMBER:18-101-114]]",
        "sku": "KIW-0042-BLK",
    }
    assert mask(record)["sku"] == "KIW-0042-BLK\"""",
    """@Test
void rejectsExpiredCard() {
    Customer c = new Customer("[[PERSON:Tevita Mahe]]", "[[EMAIL_ADDRESS:tevita.mahe@outlook.com]]");
    c.setCard(new Card("[[CREDIT_CARD:5281 9640 3777 9325]]", "01/23", "889"));
    c.setPhone("[[PHONE_NUMBER:+61 433 207 915]]");
    assertThrows(CardExpiredException.class, () -> billing.charge(c, 49_99));
}""",
    """HELPDESK-4471 | Priority: P3 | Status: Open
Reporter: [[PERSON:Georgina Whaanga]] ([[EMAIL_ADDRESS:georgina.whaanga@gmail.com]])
Summary: Cannot log in to the whānau portal after password reset
Details: User [[USERNAME:gwhaanga]] reports lockout since [[DATE_TIME:10 June 2024, 7:02pm]]. Last successful login from [[IP_ADDRESS:27.252.181.40]]. Browser Safari 17.4. Assigned to: L2 Identity team.""",
    """--- form submission #88120 ---
first_name=[[PERSON:Ayaan]]
last_name=[[PERSON:Chaudhry]]
dob=[[DATE_TIME:07/02/1996]]
passport_no=[[ID_NUMBER:PK9920184]]
nationality=[[NRP:Pakistani]]
arrival_city=[[LOCATION:Christchurch]]
visa_type=Working Holiday
consent=yes""",
    """Return-Path: <[[EMAIL_ADDRESS:t.rangihuna@gmail.com]]>
Received: from mail-yw1.google.com ([[IP_ADDRESS:209.85.128.173]])
From: "[[PERSON:Tui Rangihuna]]" <[[EMAIL_ADDRESS:t.rangihuna@gmail.com]]>
To: enrolments@tekura.school.nz
Date: [[DATE_TIME:Mon, 22 Apr 2024 19:44:10 +1200]]
Subject: Enrolment for my son [[PERSON:Nikau]]
Message-ID: <CAF9x2P=uQk1@mail.gmail.com>""",
    """CDR export 2024-06-03
caller,callee,start,duration_s,cell
[[PHONE_NUMBER:+6421448917]],[[PHONE_NUMBER:+6494782210]],[[DATE_TIME:2024-06-03 08:14:22]],184,AKL-PNS-117
[[PHONE_NUMBER:+6421448917]],[[PHONE_NUMBER:+68221093]],[[DATE_TIME:2024-06-03 08:20:05]],0,AKL-PNS-117""",
    """<claim id="CLM-88120">
  <claimant>
    <name>[[PERSON:Losaline Taufa]]</name>
    <dob>[[DATE_TIME:1984-05-19]]</dob>
    <address>[[ADDRESS:3/41 Hutt Road]], [[LOCATION:Petone]] [[ZIP_CODE:5012]]</address>
    <phone>[[PHONE_NUMBER:04 568 1123]]</phone>
  </claimant>
  <incident date="[[DATE_TIME:2024-03-02]]" type="burglary"/>
  <policy>HOME-20-77183</policy>
</claim>""",
    """[[DATE_TIME:2024-04-30 22:10:04]] vini-radius: Access-Accept user=[[USERNAME:raiarii.t]] msisdn=[[PHONE_NUMBER:+68987264411]] framed-ip=[[IP_ADDRESS:202.3.248.19]] nas=PPT-BNG-01
[[DATE_TIME:2024-04-30 22:41:55]] vini-radius: Accounting-Stop user=[[USERNAME:raiarii.t]] octets-in=88120433 cause=User-Request""",
    """UPDATE students SET email = '[[EMAIL_ADDRESS:kaia.pohatu@students.example.ac.nz]]', phone = '[[PHONE_NUMBER:022 340 7718]]', home_address = '[[ADDRESS:15 Tainui Street]], [[LOCATION:Ngāruawāhia]]' WHERE student_id = '[[ID_NUMBER:20241187]]';""",
    """Tīkiti #5521. Kaituku: [[PERSON:Rāwinia Tōmoana]] ([[EMAIL_ADDRESS:rawinia.tomoana@gmail.com]]). Kaupapa: Kāore e taea te takiuru ki te pūhara o te poari. Ingoa kaiwhakamahi: [[USERNAME:rtomoana]]. Nō te [[DATE_TIME:3 o Haratua 2024]] te raruraru e tīmata ana. Tūnga: Kua tukuna ki te rōpū hangarau.""",
    """kura:
  ingoa: Te Kura o Hirangi
  akonga:
    - ingoa: [[PERSON:Ōriwa Kereopa]]
      nsn: "[[ID_NUMBER:153310287]]"
      ra_whanau: "[[DATE_TIME:2014-11-03]]"
    - ingoa: [[PERSON:Whetū Kereopa]]
      nsn: "[[ID_NUMBER:156002148]]"
      ra_whanau: "[[DATE_TIME:2016-05-21]]"
  matua:
    ingoa: [[PERSON:Hera Kereopa]]
    waea: "[[PHONE_NUMBER:027 418 2260]]\"""",
    """registration_dump.txt
Beneficiary No: [[ID_NUMBER:NP-004418]] | Name: [[PERSON:Tipene Karaka]] | DOB: [[DATE_TIME:5/8/1969]] | Hapū: Te Whānau a Ruataupare | Iwi: [[NRP:Ngāti Porou]] | Postal: [[ADDRESS:PO Box 77]], [[LOCATION:Tokomaru Bay]] [[ZIP_CODE:4079]] | Mobile: [[PHONE_NUMBER:021 204 7719]] | Registered: [[DATE_TIME:12/03/2004]]""",
    """HTTP/1.1 200 OK
Content-Type: application/json

{"account": {"holder": "[[PERSON:Daniel Sua]]", "iban": "[[IBAN_CODE:GB80HSBC76863353861408]]", "bic": "HBUKGB4B", "sort_code": "40-11-62", "opened": "[[DATE_TIME:2017-09-01]]"}, "last_login": "[[DATE_TIME:2024-06-11T06:58:13+01:00]]", "login_ip": "[[IP_ADDRESS:86.14.207.33]]"}""",
    """FIXTURES = [
    {"permit_holder": "[[PERSON:Whare Tipoki]]", "client_no": "[[ID_NUMBER:8904471]]", "stock": "SNA1", "ace_kg": 4200},
    {"permit_holder": "[[PERSON:Ana Marino]]", "client_no": "[[ID_NUMBER:8911035]]", "stock": "KIN1", "ace_kg": 650},
    {"permit_holder": "Moana New Zealand", "client_no": "8800019", "stock": "CRA2", "ace_kg": 12000},
]""",
    """Patient patient = Patient.builder()
    .nhi("[[ID_NUMBER:LZK2597]]")
    .name("[[PERSON:Moana-Lee Paku]]")
    .dob("[[DATE_TIME:2009-04-17]]")
    .clinic("Paediatric Outpatients, Whangārei")
    .caregiverPhone("[[PHONE_NUMBER:09 438 2291]]")
    .build();""",
    """Subject: Re: Nomination form, Te Rūnanga o Ngāti Whātua
From: [[PERSON:Kiriwai Paora]] <[[EMAIL_ADDRESS:kiriwai.paora@yahoo.com]]>
To: returning.officer@electionz.example
Date: [[DATE_TIME:Thu, 16 May 2024 09:12:33 +1200]]

Kia ora, attached is my nomination. My registration number is [[ID_NUMBER:NW-11872]] and I live at [[ADDRESS:204 Kaipara Coast Highway]], [[LOCATION:Kaukapakapa]]. Ngā mihi, [[PERSON:Kiriwai]]""",
    """CALL LOG, Rarotonga support desk
09:02 inbound [[PHONE_NUMBER:+682 54 718]] caller [[PERSON:Pa Tuteru]], wants prepaid top-up refunded, account [[ID_NUMBER:VK-0031829]]
09:14 inbound, number withheld, hung up
09:31 outbound [[PHONE_NUMBER:+682 21 093]] callback to [[PERSON:Nga Teao]] re broadband fault at [[LOCATION:Matavera]]""",
    """[[IP_ADDRESS:118.92.14.201]] - [[USERNAME:jbenson]] [[[DATE_TIME:12/Jun/2024:14:03:55 +1200]]] "GET /account/settings HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X)"
[[IP_ADDRESS:10.0.0.5]] - - [12/Jun/2024:14:04:01 +1200] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29\"""",
    """<ORM_O01>
  <PID>
    <PID.3>[[ID_NUMBER:TRJ7177]]^^^NZLMOH^NH</PID.3>
    <PID.5>[[PERSON:Wilson]]^[[PERSON:Marama]]^[[PERSON:J]]</PID.5>
    <PID.7>[[DATE_TIME:19670214]]</PID.7>
    <PID.11>[[ADDRESS:28 Ōtūmoetai Road]]^^[[LOCATION:Tauranga]]^^[[ZIP_CODE:3110]]</PID.11>
  </PID>
  <OBR><OBR.4>HbA1c</OBR.4><OBR.16>[[ID_NUMBER:36112]]^[[PERSON:Kaur]]^[[PERSON:Harpreet]]^^^[[TITLE:Dr]]</OBR.16></OBR>
</ORM_O01>""",
    """{"data": {"user": {"handle": "[[USERNAME:hinewai.arts]]", "displayName": "[[PERSON:Hinewai Morgan]]", "profileUrl": "[[URL:https://www.instagram.com/hinewai.arts]]", "followers": 18244, "joined": "[[DATE_TIME:2016-01-08]]", "location": "[[LOCATION:Ōpōtiki]]"}}}""",
    """Tīketi #3187, Vini. ʻOna tei tono mai: [[PERSON:Hinatea Teriierooiterai]], numera niuniu [[PHONE_NUMBER:89 54 17 20]], rata uira [[EMAIL_ADDRESS:hinatea.t@mail.pf]]. Fifi: ʻaita te internet e ohipa ra i [[LOCATION:Faʻaʻā]] mai te [[DATE_TIME:22 nō Mē 2024]] mai. Tūtiraʻa: ua tonohia i te pūpū tītītaʻi.""",
]


GEN = [
    """[[PERSON:Aroha Te Whata]] called the Rotorua outpatient clinic on [[DATE_TIME:4 March 2024]] to move her dermatology appointment, and asked that the new letter go to [[ADDRESS:17 Ranolf Street]], [[LOCATION:Rotorua]] [[ZIP_CODE:3010]].""",
    """My son's kura sent home a form asking for his NSN, which is [[ID_NUMBER:153 998 402]], and his date of birth, [[DATE_TIME:12/08/2015]]. The form is signed by his teacher, Whaea [[PERSON:Ruia Mākoare]].""",
    """The quota share register lists [[PERSON:Hōne Pōmare]] as holding 40,000 shares of PAU3; he turned [[AGE:71]] this year and his mokopuna [[PERSON:Kaea]] now handles the paperwork from [[LOCATION:Kaikōura]].""",
    """Please update the trust's records: beneficiary [[PERSON:Marama Whaanga]] (owner no. [[ID_NUMBER:TW-20488]]) has moved to [[ADDRESS:3/9 Ellice Street]], [[LOCATION:Mount Victoria]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]] and her new number is [[PHONE_NUMBER:027 915 4402]].""",
    """I'm writing on behalf of my nan, [[PERSON:ngaire tipene]], who is [[AGE:83]] and was given a diabetes clinic slot on [[DATE_TIME:Friday 17 May at 2.30pm]] that she can't get to without a ride.""",
    """The pharmacist told [[PERSON:Mr. Ravi Chandrasekaran]] that his prescription for atorvastatin would be ready after 4pm, and texted [[PHONE_NUMBER:+64 21 077 6612]] when it was.""",
    """Hi, it's [[PERSON:Jasmine O'Connell]] again; my card ending 0726 was charged twice for the same flight to [[LOCATION:Nadi]], booking ref QF7K2L, on [[DATE_TIME:2 June 2024]].""",
    """When [[PERSON:Tavita Leiataua]] opened his KiwiSaver account he gave his IRD number as [[ID_NUMBER:80-920-512]] and his address as [[ADDRESS:24 Hillcrest Avenue]], [[LOCATION:Porirua]] [[ZIP_CODE:5022]].""",
    """Our new receptionist starts Monday: her name is [[PERSON:Chloé Marchand]], she's [[AGE:26]], and you can email her at [[EMAIL_ADDRESS:chloe.marchand.nz@gmail.com]] until her work account is set up.""",
    """The school office rang [[PERSON:Sina]]'s mum at [[PHONE_NUMBER:022 556 1930]] because [[PERSON:Sina Alofaituli]] had not been picked up by 3.45.""",
    """According to the tenancy file, the bond was paid by [[PERSON:Liam Huang]] and [[PERSON:Emma Huang]] on [[DATE_TIME:28 February 2023]] for [[ADDRESS:Apartment 1204, 8 Hereford Street]], [[LOCATION:Christchurch Central]].""",
    """Kia ora, ko [[PERSON:Hēmi Tawhiri]] tōku ingoa. E noho ana ahau ki [[ADDRESS:42 Pā Road]], [[LOCATION:Tūrangi]]. Ko taku nama waea ko [[PHONE_NUMBER:021 338 9904]].""",
    """I was born on [[DATE_TIME:14 October 1990]] in [[LOCATION:Apia]] and moved to [[LOCATION:Ōtāhuhu]] when I was [[AGE:6]]; my passport number is [[ID_NUMBER:SA0418772]] if the bank needs it. — [[PERSON:Fetu Aiono]]""",
    """The dental therapist at Te Awamutu Primary saw [[PERSON:Kōwhai Ngata]], aged [[AGE:9]], on [[DATE_TIME:7 May]] and wants a parent to call back.""",
    """Can you check whether the refund for order 40-88213 went to [[PERSON:Bridget Kavanagh]]'s Visa [[CREDIT_CARD:4118 4924 7611 5522]] or to store credit?""",
    """[[TITLE:dr.]] [[PERSON:anil mehta]] from the Hutt Valley hearing clinic wrote that [[PERSON:Grace Tuhoro]], DOB [[DATE_TIME:09-09-1952]], should be fitted with new aids before [[DATE_TIME:30 August]].""",
    """My landlord, [[PERSON:Trevor Bain]], still hasn't fixed the leak at [[ADDRESS:16B Puketāpapa Road]], [[LOCATION:Mount Roskill]], and he won't answer [[PHONE_NUMBER:09 620 4471]].""",
    """After the hui at Waipatu Marae, [[PERSON:Tamati Heke]] agreed to be the contact for the land trust's fencing project; reach him at [[EMAIL_ADDRESS:tamati.heke@xtra.co.nz]].""",
    """The Australian tax office wrote to [[PERSON:Charlotte Dunleavy]] at [[ADDRESS:7 Lorimer Street]], [[LOCATION:Fremantle]] [[LOCATION:WA]] [[ZIP_CODE:6160]] quoting her TFN [[ID_NUMBER:516 172 844]].""",
    """I've paid the rent for this month into the landlord's account [[ID_NUMBER:02-0100-0459928-00]]; the reference is my surname, [[PERSON:Faleafa]].""",
    """Ua fānau [[PERSON:Teiki Tehaamoana]] i te [[DATE_TIME:9 nō Tiurai 2010]] i [[LOCATION:Uturoa]]. ʻO [[PERSON:Vaihere]] tōna metua vahine, e tāna numera niuniu ʻo [[PHONE_NUMBER:87 22 61 08]].""",
    """We've booked you in for the fracture clinic on [[DATE_TIME:Tuesday 11 June at 10:20]], [[PERSON:Mr. Faulkner]]; please bring your ACC claim letter and arrive 15 minutes early.""",
    """[[PERSON:Priyanka]] and [[PERSON:Arjun Iyer]] have asked that their daughter's school reports be posted to [[ADDRESS:55 Wai-iti Crescent]], [[LOCATION:Woburn]], [[LOCATION:Lower Hutt]] [[ZIP_CODE:5010]].""",
    """Quota owner [[PERSON:Rewi Tūhoro]] sold his annual catch entitlement for SNA8 to a company in [[LOCATION:New Plymouth]] and gave the broker his FishServe number, [[ID_NUMBER:8927730]].""",
    """The Ōtautahi kura asked parents to RSVP by text to 027 000 5544 (the school phone), and [[PERSON:Miriama]]'s dad replied from [[PHONE_NUMBER:021 664 0193]] that he'd bring the hāngī stones.""",
    """Customer [[PERSON:Oisín Ó Briain]] called from [[LOCATION:Galway]] to say his PPSN [[ID_NUMBER:1862527L]] was entered wrongly on his Irish pension forecast.""",
    """At [[AGE:34]], [[PERSON:Leota Pauga]] became the youngest trustee on the Ōrākei land trust board, elected on [[DATE_TIME:19 November 2022]].""",
    """Parcel tracking NZ4418 2210 3301 shows it was left at [[ADDRESS:12 Kauri Street]], [[LOCATION:Kawerau]] [[ZIP_CODE:3127]] with a signature from [[PERSON:j. rauhihi]].""",
    """The gaming account [[USERNAME:TaniwhaSlayer07]] belongs to [[PERSON:Kauri Ngārimu]], who is [[AGE:15]], so the store should not have allowed the $180 purchase.""",
    """Kia orana, ko [[PERSON:Tuaine Marsters]] toku ingoa. Te noo nei au ki [[LOCATION:Avatiu]], [[LOCATION:Rarotonga]]. Taku numero niuniu ko [[PHONE_NUMBER:+682 73 118]].""",
    """My wife [[PERSON:Anjali]] and I are flying to [[LOCATION:Rarotonga]] on [[DATE_TIME:18 July 2024]]; both of our passports, [[ID_NUMBER:LN882014]] and [[ID_NUMBER:LN882015]], expire next year.""",
    """The physio at the outpatient clinic noted that [[PERSON:Hāmiora Walker]], [[AGE:58]], was walking without the frame by [[DATE_TIME:3 April]].""",
    """Please send the signed sale and purchase agreement to our lawyer, [[PERSON:Ms. Deepa Kaur]], at [[EMAIL_ADDRESS:deepa.kaur.law@gmail.com]] before settlement.""",
    """I think [[PERSON:Ben]]'s Instagram, [[URL:https://instagram.com/benji.tuiasosopo]], is where the photos of the netball team ended up, not on the club page.""",
    """Ka tae mai a [[PERSON:Kahurangi Tīpene]] ki te kura ā te [[DATE_TIME:Rāhina 3 o Hune]]; e [[AGE:8]] ōna tau, ā, ko tana nama NSN ko [[ID_NUMBER:155 012 863]].""",
    """The bank flagged a transfer of $9,500 from [[PERSON:Muhammad Iqbal]]'s account [[ID_NUMBER:01-1839-0072288-00]] to an overseas account he says he never set up.""",
    """Social worker's note: visited [[PERSON:Kaylee Rāwiri]] ([[AGE:17]]) at her aunt's house, [[ADDRESS:5 Tōtara Place]], [[LOCATION:Flaxmere]], on [[DATE_TIME:21/05/2024]].""",
    """[[PERSON:Mrs. Helen Tupaea]] would like her Gold Card concession applied to her bus account [[ID_NUMBER:BEE-7720-1184]]; she is [[AGE:69]].""",
    """The Cook Islands Tourism booking for [[PERSON:Rachel Whitfield]] shows two nights at [[LOCATION:Aitutaki]] from [[DATE_TIME:2 September]] and a contact number of [[PHONE_NUMBER:+44 7700 918 442]].""",
    """e mihi ana ki a koro [[PERSON:tame]] mō tana tautoko i te hui; ko tana īmēra ko [[EMAIL_ADDRESS:tame.wharekura@gmail.com]].""",
    """I spoke to [[PERSON:Nurse Ofa Taufahema]] at the asthma clinic and she said the spacer for [[PERSON:Lupe]] (NHI [[ID_NUMBER:JFV2479]]) would be posted.""",
    """The insurer needs the driver's licence number, [[ID_NUMBER:DL582031]], and the plate, [[ID_NUMBER:NFX718]], of the car [[PERSON:Samuel Okafor]] was driving.""",
    """Happy 50th to our beautiful mum [[PERSON:Losana Vakameilalo]]! Born [[DATE_TIME:5 June 1974]] in [[LOCATION:Suva]], still the boss of the family.""",
    """From [[DATE_TIME:1 July 2024]], [[PERSON:Corinne Yates]] will be the staff contact for the [[LOCATION:Gisborne]] fisheries office; her direct line is [[PHONE_NUMBER:06 863 0218]].""",
    """The council's rates notice for [[ADDRESS:88 Station Road]], [[LOCATION:Paeroa]] [[ZIP_CODE:3600]] is addressed to [[PERSON:W. H. Tukukino]], but he died in 2019.""",
    """[[PERSON:Teuira]] wrote to the Ministère de l'Éducation from [[LOCATION:Taravao]] asking for her son's transcript; her email is [[EMAIL_ADDRESS:teuira.maono@mail.pf]].""",
    """Our records show the member number [[ID_NUMBER:00458817]] belongs to [[PERSON:Sean Moriarty]], who lives at [[ADDRESS:PO Box 2281]], [[LOCATION:Tauranga]] [[ZIP_CODE:3140]].""",
    """Please cancel the Sky subscription under [[PERSON:Vikram Bhatia]]; he moved back to [[LOCATION:Pune]] in March and asked us to close the account.""",
    """The NHS letter to [[PERSON:Olivia Atherton]] confirms her appointment at the rheumatology outpatient clinic on [[DATE_TIME:27/06/2024 at 11:40]], NHS number [[ID_NUMBER:654 235 1493]].""",
    """[[PERSON:Kiri]], the hall booking for your daughter's 21st is confirmed, and the deposit came from card [[CREDIT_CARD:5496 2553 5120 9044]].""",
    """Ka mihi atu ki a [[PERSON:Pāora Te Kani]] o [[LOCATION:Ruātoria]]; kua whakaaetia tana tono mō te karahipi i te [[DATE_TIME:15 o Paengawhāwhā]].""",
    """Our charity's volunteer coordinator, [[PERSON:Fiona MacLeod]], can be reached on [[PHONE_NUMBER:03 477 2290]] after hours or at [[EMAIL_ADDRESS:fionamacleod61@gmail.com]].""",
    """I'm [[PERSON:Nguyễn Thị Lan]], [[AGE:41]], and I run the nail salon at [[ADDRESS:Shop 3, 210 Dominion Road]], [[LOCATION:Balmoral]]; my GST number is the same as my IRD, [[ID_NUMBER:69-042-376]].""",
    """The Singapore office asked for [[PERSON:Tan Wei Ming]]'s NRIC, [[ID_NUMBER:S4323194D]], before it could release his final salary.""",
    """When the ambulance reached [[ADDRESS:301 Ōhiwa Harbour Road]], [[PERSON:Tūī Hunia]], [[AGE:44]], was conscious and told them her date of birth was [[DATE_TIME:24 January 1980]].""",
    """E [[PERSON:Moana]], ua tae mai tāʻu rata uira mai [[EMAIL_ADDRESS:heiura.salmon@mail.pf]]? Ua tono atu vau i te [[DATE_TIME:15 nō Mē]].""",
    """Send the fishing permit renewal for [[PERSON:Darren Stirling]] to [[ADDRESS:14 Nelson Street]], [[LOCATION:Bluff]] [[ZIP_CODE:9814]]; his client number is [[ID_NUMBER:8915502]].""",
    """The clinic wants to confirm [[PERSON:Ana Folau]]'s NHI, [[ID_NUMBER:JCD6678]], before the telehealth call on [[DATE_TIME:Thursday 13 June, 9:00 am]].""",
    """When I rang Spark, the agent read back my address as [[ADDRESS:19 Seaview Terrace]], [[LOCATION:Ōamaru]] and my account holder name as [[PERSON:Janet Elphinstone]], which is my late mother.""",
    """Kia orana [[PERSON:Teariki]], kua tae mai tāʻau moni no te apii ki [[LOCATION:Aitutaki]]. Ka aere mai [[PERSON:Mii Tutai]] ki te tauturu ia koe a te [[DATE_TIME:10 no Tiurai]].""",
    """The student union card for [[PERSON:Harrison Chen]] shows student ID [[ID_NUMBER:300418852]] and a date of birth of [[DATE_TIME:03/03/2004]].""",
    """[[PERSON:Ms. Wairimu Njoroge]] from [[LOCATION:Nairobi]] joined the Wellington HR team on [[DATE_TIME:8 January 2024]]; her work visa number is [[ID_NUMBER:V8840217]].""",
    """A man giving his name as [[PERSON:Troy Hemara]] tried to collect a parcel addressed to [[PERSON:Ngaio Hemara]] at the [[LOCATION:Kaitaia]] depot without ID.""",
    """I need to change the email on my Xbox account from [[EMAIL_ADDRESS:koru.boy2009@hotmail.com]] to my new one; the gamertag is [[USERNAME:KoruBoy09]].""",
    """The tūpuna whare is named after an ancestor, so the only person in this message is [[PERSON:Wiremu Tāmihana]] of the marae committee, phone [[PHONE_NUMBER:07 888 5021]].""",
    """[[PERSON:María José Restrepo]], a [[NRP:Colombian]] student at the University of Otago, lost her wallet with her passport [[ID_NUMBER:AV6611483]] and her student ID card.""",
    """Settlement of [[ADDRESS:6 Kanuka Lane]], [[LOCATION:Mangawhai]] took place on [[DATE_TIME:31 May 2024]], with the keys handed to [[PERSON:Josh]] and [[PERSON:Amber Pearce]].""",
    """For the Kaitiaki fisheries hui I need everyone's details by Friday, so far I've got [[PERSON:Ihaka]], [[PERSON:Rāwiri Kerehoma]] and [[PERSON:Kelly-Ann Poutū]].""",
    """The payment to the dentist came from [[PERSON:Shreya]]'s IBAN [[IBAN_CODE:DE58 3699 9645 9818 8789 90]] because she still banks in Germany.""",
    """My mother-in-law is [[NRP:Catholic]] and would like the chaplain at the hospice to visit her; she is in room 14 under the name [[PERSON:Philomena Dwyer]].""",
    """The medical certificate says [[PERSON:Callum Te Paa]] was unfit for work from [[DATE_TIME:12 Feb]] to [[DATE_TIME:16 Feb 2024]] and is signed by [[PERSON:Dr. R. Sandhu]].""",
    """New Zealand Post returned the letter to [[PERSON:Esther Rāpana]] because [[ADDRESS:Flat 1, 7 Coromandel Street]], [[LOCATION:Newtown]] has no mailbox.""",
    """Can someone tell [[PERSON:tyler]] that his Steam account [[USERNAME:tyler_nz_04]] was logged in from [[IP_ADDRESS:103.47.19.208]] at 3am?""",
    """At the Huntly kōhanga reo, Whaea [[PERSON:Lynley Hetet]], keeps the enrolment book with every child's birth date, including [[PERSON:Rangi]]'s, [[DATE_TIME:2 December 2020]].""",
    """The IRD letter to [[PERSON:Samisoni Taumoepeau]], IRD [[ID_NUMBER:50-982-181]], says his working for families payments will stop after [[DATE_TIME:31 March 2024]].""",
    """The vet clinic's card file has Bella the labrador under [[PERSON:Fiona Grant]], [[ADDRESS:221 Clyde Road]], [[LOCATION:Fendalton]], [[PHONE_NUMBER:03 351 8840]].""",
    """I'd like to nominate [[PERSON:Tamsin Blackwood]], aged [[AGE:16]], of [[LOCATION:Whanganui]], for the regional youth sports award.""",
    """Please tell the council that [[PERSON:Hoani Rapaea]] and his whānau are living in a caravan behind [[ADDRESS:1043 State Highway 2]], [[LOCATION:Ōpōtiki]], and need emergency housing.""",
    """The loan officer at Kiwibank asked [[PERSON:Adaeze Nwosu]] for her passport, [[ID_NUMBER:B04481922]], and three months of payslips from her employer in [[LOCATION:Hamilton]].""",
    """I've updated the WhatsApp group for the Tahiti trip: [[PERSON:Heimata]] is on [[PHONE_NUMBER:+689 87 44 13 02]], and the hotel is under [[PERSON:Lisa Brown]]'s name.""",
]


TABLE = [
    # --- CSV (14) ---
    """name,nhi,dob,clinic,appt
[[PERSON:Roimata Tipoki]],[[ID_NUMBER:RHR3192]],[[DATE_TIME:1966-02-11]],Cardiology OPD,[[DATE_TIME:2024-06-18 09:30]]
[[PERSON:Gareth Lowe]],[[ID_NUMBER:TDM9082]],[[DATE_TIME:1979-12-30]],Urology OPD,[[DATE_TIME:2024-06-18 10:15]]
[[PERSON:Anahera Kīngi]],[[ID_NUMBER:DHW9097]],[[DATE_TIME:1990-05-05]],Cardiology OPD,[[DATE_TIME:2024-06-19 14:00]]""",
    """owner_no;owner_name;shares;block;postal
[[ID_NUMBER:40117]];[[PERSON:Heta Te Wiata]];2.4150;Mangaroa 2B;[[ADDRESS:PO Box 31]], [[LOCATION:Tolaga Bay]] [[ZIP_CODE:4077]]
[[ID_NUMBER:40118]];[[PERSON:Mihi Te Wiata]];1.2075;Mangaroa 2B;[[ADDRESS:9 Cook Street]], [[LOCATION:Gisborne]] [[ZIP_CODE:4010]]
[[ID_NUMBER:40231]];Estate of [[PERSON:Rāwiri Mokai]];0.6100;Mangaroa 2C;unknown""",
    """"Student","NSN","Year","Caregiver","Phone"
"[[PERSON:Tai Kerehoma]]","[[ID_NUMBER:154 110 928]]","9","[[PERSON:Ruth Kerehoma]]","[[PHONE_NUMBER:027 441 8820]]"
"[[PERSON:Ella-Rose Smith]]","[[ID_NUMBER:152 887 301]]","9","[[PERSON:Dean Smith]]","[[PHONE_NUMBER:021 900 1184]]"
"[[PERSON:Rawa Hohepa]]","[[ID_NUMBER:155 641 007]]","10","[[PERSON:Mereana Hohepa]]","[[PHONE_NUMBER:022 118 3471]]\"""",
    """client_no,permit_holder,stock,ace_kg,port
[[ID_NUMBER:8904471]],[[PERSON:Whare Tipoki]],SNA1,4200,[[LOCATION:Whitianga]]
8800019,Moana New Zealand,CRA2,12000,[[LOCATION:Tauranga]]
[[ID_NUMBER:8915502]],[[PERSON:Darren Stirling]],OYU5,900,[[LOCATION:Bluff]]""",
    """[[PERSON:Caitlin Moore]],[[EMAIL_ADDRESS:caitlin.moore@gmail.com]],[[PHONE_NUMBER:0412 339 871]],[[LOCATION:Perth]]
[[PERSON:Hamid Sultani]],[[EMAIL_ADDRESS:h.sultani@outlook.com]],[[PHONE_NUMBER:0433 120 558]],[[LOCATION:Adelaide]]
[[PERSON:Grace Liu]],[[EMAIL_ADDRESS:graceliu.au@yahoo.com]],[[PHONE_NUMBER:0401 772 940]],[[LOCATION:Hobart]]""",
    """numera;iʻoa fetiʻi;iʻoa;ʻoire;niuniu;mahana fānauraʻa
1;[[PERSON:Tehaamoana]];[[PERSON:Teva]];[[LOCATION:Papeete]];[[PHONE_NUMBER:87 20 14 66]];[[DATE_TIME:12/04/1985]]
2;[[PERSON:Teriierooiterai]];[[PERSON:Hinatea]];[[LOCATION:Faʻaʻā]];[[PHONE_NUMBER:89 54 17 20]];[[DATE_TIME:30/01/1992]]
3;[[PERSON:Salmon]];[[PERSON:Heiura]];[[LOCATION:Taravao]];[[PHONE_NUMBER:87 71 09 35]];[[DATE_TIME:05/11/1978]]""",
    """employee_id,name,dept,start_date,salary_band,ird
[[ID_NUMBER:E2031]],[[PERSON:Ngaio Blake]],Finance,[[DATE_TIME:2021-03-01]],C,[[ID_NUMBER:37-247-243]]
[[ID_NUMBER:E2044]],[[PERSON:Sanjay Patel]],IT,[[DATE_TIME:2022-11-14]],D,[[ID_NUMBER:144-669-770]]
[[ID_NUMBER:E2050]],[[PERSON:Tui Ranginui]],HR,[[DATE_TIME:2023-07-03]],C,[[ID_NUMBER:148-417-304]]""",
    """"order","customer","ship_to","sku","qty"
"SO-99120","[[PERSON:Ruby Thorne]]","[[ADDRESS:41 Fergusson Drive]], [[LOCATION:Upper Hutt]] [[ZIP_CODE:5018]]","TEE-BLK-M","2"
"SO-99121","[[PERSON:Manu Lealaiauloto]]","[[ADDRESS:7/18 Ngaio Street]], [[LOCATION:Onehunga]] [[ZIP_CODE:1061]]","CAP-NVY","1\"""",
    """patient,age,sex,referral_date,gp
[[PERSON:Mere Tūhiwai]],[[AGE:61]],F,[[DATE_TIME:02/05/2024]],[[PERSON:Dr. Kate Ellis]]
[[PERSON:Ioane Sapolu]],[[AGE:47]],M,[[DATE_TIME:06/05/2024]],[[PERSON:Dr. Kate Ellis]]
[[PERSON:Stella Ng]],[[AGE:35]],F,[[DATE_TIME:09/05/2024]],[[PERSON:Dr. Amit Joshi]]""",
    """Card holder;Card number;Expiry;Amount
[[PERSON:Lucy Fairweather]];[[CREDIT_CARD:4663 9233 2146 8814]];08/26;129.00
[[PERSON:Tomasi Naulivou]];[[CREDIT_CARD:5257 0292 9611 1246]];02/27;58.50
[[PERSON:Abena Owusu]];[[CREDIT_CARD:3484 090536 65661]];12/25;310.00""",
    """ingoa,iwi,hapū,nama_rēhita,waea
[[PERSON:Tipene Karaka]],[[NRP:Ngāti Porou]],Te Whānau a Ruataupare,[[ID_NUMBER:NP-004418]],[[PHONE_NUMBER:021 204 7719]]
[[PERSON:Huia Karaka-Smith]],[[NRP:Ngāti Porou]],Te Aitanga a Mate,[[ID_NUMBER:NP-011782]],[[PHONE_NUMBER:027 803 1102]]""",
    """tenant,unit,lease_start,bond,phone
[[PERSON:Kyle Anderson]],[[ADDRESS:Unit 3, 14 Rewi Street]],[[DATE_TIME:1 Feb 2024]],1800,[[PHONE_NUMBER:021 775 0912]]
[[PERSON:Pania Wihongi]],[[ADDRESS:Unit 5, 14 Rewi Street]],[[DATE_TIME:15 Mar 2024]],1650,[[PHONE_NUMBER:022 301 4468]]""",
    """member,email,joined,country
[[PERSON:Isla Robertson]],[[EMAIL_ADDRESS:isla.r@btinternet.com]],[[DATE_TIME:2020-06-01]],[[LOCATION:Scotland]]
[[PERSON:Kofi Asante]],[[EMAIL_ADDRESS:kofi.asante@gmail.com]],[[DATE_TIME:2021-09-17]],[[LOCATION:Ghana]]
[[PERSON:Mele Tonga]],[[EMAIL_ADDRESS:meletonga@xtra.co.nz]],[[DATE_TIME:2023-02-28]],[[LOCATION:New Zealand]]""",
    """donor,amount,method,receipt_no,ird
[[PERSON:Heather McKenzie]],250.00,card,R-2024-0031,[[ID_NUMBER:22-152-793]]
[[PERSON:Lesieli Fonua]],40.00,cash,R-2024-0032,
Anonymous,100.00,online,R-2024-0033,""",
    # --- TSV (8) ---
    """name\tdob\tpassport\tnationality
[[PERSON:Ahmad Karimi]]\t[[DATE_TIME:1989-03-14]]\t[[ID_NUMBER:P22018873]]\t[[NRP:Afghan]]
[[PERSON:Sofia Rossi]]\t[[DATE_TIME:1994-10-02]]\t[[ID_NUMBER:YA4120388]]\t[[NRP:Italian]]
[[PERSON:Ngozi Eze]]\t[[DATE_TIME:1987-07-23]]\t[[ID_NUMBER:A11927304]]\t[[NRP:Nigerian]]""",
    """NHI\tName\tClinic\tNext visit
[[ID_NUMBER:LXM9666]]\t[[PERSON:Kiri Tawhiri]]\tRenal OPD\t[[DATE_TIME:24/06/2024]]
[[ID_NUMBER:TRJ7177]]\t[[PERSON:Marama Wilson]]\tDiabetes OPD\t[[DATE_TIME:25/06/2024]]""",
    """[[PERSON:Tere Ngatoko]]\t[[LOCATION:Mangaia]]\t[[PHONE_NUMBER:+682 34 112]]
[[PERSON:Mata Upu]]\t[[LOCATION:Atiu]]\t[[PHONE_NUMBER:+682 33 087]]
[[PERSON:Vaine Pera]]\t[[LOCATION:Mauke]]\t[[PHONE_NUMBER:+682 35 240]]""",
    """username\temail\tlast_login\tip
[[USERNAME:kaitiaki_sam]]\t[[EMAIL_ADDRESS:sam.kauwhata@gmail.com]]\t[[DATE_TIME:2024-06-10 21:04]]\t[[IP_ADDRESS:125.239.14.77]]
[[USERNAME:te.ao.marama]]\t[[EMAIL_ADDRESS:teaomarama@protonmail.com]]\t[[DATE_TIME:2024-06-11 07:45]]\t[[IP_ADDRESS:2407:7000:9b2a:4d00::12]]""",
    """student_id\tname\tprogramme\tgpa
[[ID_NUMBER:21904417]]\t[[PERSON:Emily Zhao]]\tBSc\t6.8
[[ID_NUMBER:21911830]]\t[[PERSON:Rangimārie Pene]]\tBA\t7.4
[[ID_NUMBER:21920056]]\t[[PERSON:Oliver Grant]]\tBCom\t5.9""",
    """policy\tinsured\tvehicle_plate\tdriver_licence
MV-118204\t[[PERSON:Brendon Taylor]]\t[[ID_NUMBER:KLM482]]\t[[ID_NUMBER:DA331870]]
MV-118205\t[[PERSON:Whetu Marino]]\t[[ID_NUMBER:PXR29]]\t[[ID_NUMBER:EC884016]]""",
    """account\tholder\tiban
SAV-01\t[[PERSON:Lena Hoffmann]]\t[[IBAN_CODE:DE51421100163615581422]]
SAV-02\t[[PERSON:Pieter de Vries]]\t[[IBAN_CODE:NL18RABO6505705050]]
SAV-03\t[[PERSON:Aoife Byrne]]\t[[IBAN_CODE:IE20AIBK65008375097575]]""",
    """Ingoa\tTau\tKura\tRā tīmata
[[PERSON:Aperahama Nikora]]\t[[AGE:12]]\tTe Kura o Hirangi\t[[DATE_TIME:5 o Pepuere 2024]]
[[PERSON:Tūrongo Nikora]]\t[[AGE:9]]\tTe Kura o Hirangi\t[[DATE_TIME:5 o Pepuere 2024]]""",
    # --- pipes / Markdown / psql / MySQL (10) ---
    """| Name | Role | Mobile | Email |
|---|---|---|---|
| [[PERSON:Hana Kawhia]] | Chair | [[PHONE_NUMBER:021 448 2093]] | [[EMAIL_ADDRESS:hana.kawhia@gmail.com]] |
| [[PERSON:Liam Morrison]] | Treasurer | [[PHONE_NUMBER:027 330 1946]] | [[EMAIL_ADDRESS:liam.morrison@xtra.co.nz]] |
| [[PERSON:Rose Tamihere]] | Secretary | [[PHONE_NUMBER:022 915 0087]] | [[EMAIL_ADDRESS:rosetamihere@outlook.com]] |""",
    """ customer_id |      name       |    city     | postcode
-------------+-----------------+-------------+----------
 [[ID_NUMBER:100234]]      | [[PERSON:Aisha Mohamed]]   | [[LOCATION:Hamilton]]    | [[ZIP_CODE:3204]]
 [[ID_NUMBER:100235]]      | [[PERSON:Jordan Pickering]] | [[LOCATION:Palmerston North]] | [[ZIP_CODE:4410]]
(2 rows)""",
    """+----------+------------------+-------------+
| user_id  | full_name        | ssn         |
+----------+------------------+-------------+
| 5531     | [[PERSON:Tyrone Jackson]]   | [[US_SSN:412-70-3381]] |
| 5532     | [[PERSON:Maria Gonzalez]]   | [[US_SSN:618-22-9054]] |
+----------+------------------+-------------+
2 rows in set (0.00 sec)""",
    """| Vessel | Skipper | Skipper phone | Home port |
|--------|---------|---------------|-----------|
| Te Rerenga | [[PERSON:Rāwiri Kerehoma]] | [[PHONE_NUMBER:027 602 4418]] | [[LOCATION:Napier]] |
| Southern Star | [[PERSON:Glenn Hayes]] | [[PHONE_NUMBER:021 887 3312]] | [[LOCATION:Timaru]] |""",
    """| ʻIʻoa | Mataʻiti | Fare |
| --- | --- | --- |
| [[PERSON:Tehani Vanaa]] | [[AGE:34]] | [[LOCATION:Mahina]] |
| [[PERSON:Poerava Teriitehau]] | [[AGE:29]] | [[LOCATION:Pirae]] |""",
    """ patient_no | surname   | given    | dob        | ward
------------+-----------+----------+------------+------
 [[ID_NUMBER:H0041872]]   | [[PERSON:Taufa]]     | [[PERSON:Siosaia]] | [[DATE_TIME:1958-08-19]] | OPD
 [[ID_NUMBER:H0041873]]   | [[PERSON:Henderson]] | [[PERSON:Claire]]   | [[DATE_TIME:1972-01-07]] | OPD
(2 rows)""",
    """|Guest|Check-in|Room|Passport|
|:--|:--|:--|:--|
|[[PERSON:Akiko Tanaka]]|[[DATE_TIME:14 Aug]]|207|[[ID_NUMBER:TR8843019]]|
|[[PERSON:Brad Kowalski]]|[[DATE_TIME:15 Aug]]|311|[[US_PASSPORT:A31790248]]|""",
    """+-----------+-------------------+---------------------+
| tenant_id | email             | moved_in            |
+-----------+-------------------+---------------------+
| T-441     | [[EMAIL_ADDRESS:kerry.b@gmail.com]] | [[DATE_TIME:2023-10-01 00:00:00]] |
| T-442     | [[EMAIL_ADDRESS:mpuru@yahoo.com]]   | [[DATE_TIME:2024-01-15 00:00:00]] |
+-----------+-------------------+---------------------+""",
    """| SKU | Product | Price | Buyer |
|-----|---------|-------|-------|
| KR-0091 | Koru pendant | 89.00 | [[PERSON:Olive Pritchard]] |
| KR-0114 | Flax kete | 145.00 | [[PERSON:Jae-won Park]] |
| KR-0120 | Pounamu toki | 320.00 | [[PERSON:Mikaere Hōhaia]] |""",
    """| Field | Value |
|---|---|
| Applicant | [[PERSON:Zanele Dlamini]] |
| SA ID | [[ID_NUMBER:8806150234088]] |
| Address | [[ADDRESS:12 Jacaranda Avenue]], [[LOCATION:Durbanville]] [[ZIP_CODE:7550]] |
| Phone | [[PHONE_NUMBER:+27 82 441 9073]] |""",
    # --- fixed-width (8) ---
    """NAME                 DOB         NHI      CLINIC
[[PERSON:Wiremu Paki]]          [[DATE_TIME:14/02/1949]]  [[ID_NUMBER:UNB3084]]  Respiratory
[[PERSON:Susan O'Brien]]        [[DATE_TIME:30/06/1963]]  [[ID_NUMBER:HCT6093]]  Endocrine
[[PERSON:Tama Rāwiri]]          [[DATE_TIME:08/11/1981]]  [[ID_NUMBER:GBC6611]]  Respiratory""",
    """SURNAME     GIVEN       PHONE           SUBURB
[[PERSON:Fonoti]]      [[PERSON:Ioana]]       [[PHONE_NUMBER:09 267 4418]]    [[LOCATION:Manurewa]]
[[PERSON:Kingi]]       [[PERSON:Te Ao]]       [[PHONE_NUMBER:09 278 0032]]    [[LOCATION:Papakura]]
[[PERSON:Bishop]]      [[PERSON:Alan]]        [[PHONE_NUMBER:09 299 6120]]    [[LOCATION:Takanini]]""",
    """ACCT-NO          HOLDER               BALANCE
[[ID_NUMBER:12-3011-0662190-00]]  [[PERSON:Nikita Sharma]]          4,210.55
[[ID_NUMBER:06-0229-0588410-01]]  [[PERSON:Hohepa Tamehana]]        -120.00
[[ID_NUMBER:38-9001-0112874-00]]  [[PERSON:Yvonne Fitzpatrick]]     18,004.90""",
    """[[PERSON:Pa Tuteru]]        [[LOCATION:Ngatangiia]]   [[PHONE_NUMBER:54 718]]   taro, maniota
[[PERSON:Nga Teao]]         [[LOCATION:Matavera]]     [[PHONE_NUMBER:21 093]]   pawpaw
[[PERSON:Ina Kea]]          [[LOCATION:Titikaveka]]   [[PHONE_NUMBER:22 647]]   nu, vanilla""",
    """STAFF  NAME                 START       EXT   MOBILE
[[ID_NUMBER:S0192]]  [[PERSON:Deborah Whitlock]]     [[DATE_TIME:2015-04-20]]  4410  [[PHONE_NUMBER:021 224 8810]]
[[ID_NUMBER:S0307]]  [[PERSON:Manaaki Rua]]          [[DATE_TIME:2019-01-28]]  4412  [[PHONE_NUMBER:027 559 3040]]""",
    """PERMIT    HOLDER               ADDRESS
[[ID_NUMBER:8927730]]   [[PERSON:Rewi Tūhoro]]          [[ADDRESS:3 Marine Parade]], [[LOCATION:Ōpōtiki]] [[ZIP_CODE:3122]]
[[ID_NUMBER:8931442]]   [[PERSON:Tāne Poutama]]         [[ADDRESS:7 Wharf Road]], [[LOCATION:Whangaroa]]""",
    """CANDIDATE          SCHOOL                     NSN          DOB
[[PERSON:Ana Tipene]]         Te Wharekura o Rakaumangamanga  [[ID_NUMBER:151009842]]    [[DATE_TIME:2007-09-12]]
[[PERSON:Koha Marsh]]         Huntly College             [[ID_NUMBER:150877310]]    [[DATE_TIME:2007-03-30]]""",
    """CALLER           NUMBER            TIME      REASON
[[PERSON:M. Jorgensen]]     [[PHONE_NUMBER:+61 7 3844 1920]]   09:14     billing
[[PERSON:R. Kaur]]          [[PHONE_NUMBER:+61 404 118 732]]   09:22     outage
unknown          withheld          09:40     hang-up""",
    # --- JSON lines (8) ---
    """{"id": 1, "name": "[[PERSON:Tiare Mahuta]]", "email": "[[EMAIL_ADDRESS:tiare.mahuta@gmail.com]]", "plan": "family"}
{"id": 2, "name": "[[PERSON:Owen Gallagher]]", "email": "[[EMAIL_ADDRESS:owen.gallagher@icloud.com]]", "plan": "solo"}
{"id": 3, "name": "[[PERSON:Nasrin Hosseini]]", "email": "[[EMAIL_ADDRESS:nasrin.h@outlook.com]]", "plan": "solo"}""",
    """{"nhi": "[[ID_NUMBER:JFV2479]]", "patient": "[[PERSON:Lupe Taufahema]]", "age": [[AGE:7]], "clinic": "Paediatric asthma", "seen": "[[DATE_TIME:2024-05-29]]"}
{"nhi": "[[ID_NUMBER:JCD6678]]", "patient": "[[PERSON:Ana Folau]]", "age": [[AGE:52]], "clinic": "Diabetes", "seen": "[[DATE_TIME:2024-06-13]]"}""",
    """{"ts": "[[DATE_TIME:2024-06-01T03:12:44Z]]", "user": "[[USERNAME:pounamu_girl]]", "ip": "[[IP_ADDRESS:122.61.88.14]]", "event": "login"}
{"ts": "[[DATE_TIME:2024-06-01T03:13:02Z]]", "user": "[[USERNAME:pounamu_girl]]", "ip": "[[IP_ADDRESS:122.61.88.14]]", "event": "purchase", "sku": "GEM-500"}""",
    """{"holder": "[[PERSON:Grant Whitaker]]", "card": "[[CREDIT_CARD:4973 6993 5632 7290]]", "exp": "07/27", "cvv": "118"}
{"holder": "[[PERSON:Aroha Pene]]", "card": "[[CREDIT_CARD:6011 7750 7711 6490]]", "exp": "10/26", "cvv": "402"}""",
    """{"beneficiary": "[[PERSON:Kereama Tautahi]]", "registration": "[[ID_NUMBER:NT-220913]]", "iwi": "[[NRP:Ngāi Tahu]]", "runanga": "Ōnuku", "dob": "[[DATE_TIME:1995-04-08]]"}
{"beneficiary": "[[PERSON:Jess Tautahi]]", "registration": "[[ID_NUMBER:NT-220914]]", "iwi": "[[NRP:Ngāi Tahu]]", "runanga": "Ōnuku", "dob": "[[DATE_TIME:1998-12-21]]"}""",
    """{"driver": "[[PERSON:Sefa Matagi]]", "phone": "[[PHONE_NUMBER:022 481 0093]]", "drop": "[[ADDRESS:19 Tui Street]], [[LOCATION:Ōtāhuhu]]", "parcel": "NZP-77120043"}
{"driver": "[[PERSON:Sefa Matagi]]", "phone": "[[PHONE_NUMBER:022 481 0093]]", "drop": "[[ADDRESS:2/5 Albert Road]], [[LOCATION:Devonport]]", "parcel": "NZP-77120051"}""",
    """{"applicant": "[[PERSON:Rohan Mehra]]", "tfn": "[[ID_NUMBER:183 095 310]]", "medicare": "[[ID_NUMBER:3199 35187 2]]", "suburb": "[[LOCATION:Parramatta]]", "state": "[[LOCATION:NSW]]"}
{"applicant": "[[PERSON:Chloe Baxter]]", "tfn": null, "medicare": null, "suburb": "[[LOCATION:Geelong]]", "state": "[[LOCATION:VIC]]"}""",
    """{"ingoa": "[[PERSON:Hīria Poutū]]", "waea": "[[PHONE_NUMBER:027 661 2045]]", "wāhitau": "[[ADDRESS:14 Kōtare Street]], [[LOCATION:Taupō]]", "tau": [[AGE:38]]}
{"ingoa": "[[PERSON:Rongo Poutū]]", "waea": "[[PHONE_NUMBER:021 330 4419]]", "wāhitau": "[[ADDRESS:14 Kōtare Street]], [[LOCATION:Taupō]]", "tau": [[AGE:41]]}""",
    # --- YAML (6) ---
    """- name: [[PERSON:Mereana Pōmare]]
  email: [[EMAIL_ADDRESS:mereana.pomare@gmail.com]]
  role: trustee
- name: [[PERSON:Colin Fraser]]
  email: [[EMAIL_ADDRESS:colin.fraser@xtra.co.nz]]
  role: advisor""",
    """patients:
  - nhi: [[ID_NUMBER:TDM9082]]
    name: [[PERSON:Te Rangi Hohaia]]
    next_appt: "[[DATE_TIME:2024-07-02 08:45]]"
  - nhi: [[ID_NUMBER:LZK2597]]
    name: [[PERSON:Moana-Lee Paku]]
    next_appt: "[[DATE_TIME:2024-07-02 09:30]]\"""",
    """staff:
  [[PERSON:Ruth Kerr]]:
    phone: "[[PHONE_NUMBER:03 548 1102]]"
    location: [[LOCATION:Nelson]]
  [[PERSON:Abdul Rahim]]:
    phone: "[[PHONE_NUMBER:03 548 1187]]"
    location: [[LOCATION:Motueka]]""",
    """quota_holders:
  - client: "[[ID_NUMBER:8920157]]"
    name: [[PERSON:Ropata Kereama]]
    stocks: [CRA5, PAU7]
  - client: "8800412"
    name: Ngāi Tahu Seafood Resources
    stocks: [CRA5]""",
    """guests:
  - [[PERSON:Heilala Vea]]
  - [[PERSON:Sam Vea]]
booking:
  ref: RAR-88213
  arrive: "[[DATE_TIME:2024-08-12]]"
  contact: "[[EMAIL_ADDRESS:heilala.vea@gmail.com]]\"""",
    """tamariki:
  - ingoa: [[PERSON:Tangaroa Ariki]]
    enua: [[LOCATION:Aitutaki]]
    mataiti: [[AGE:11]]
  - ingoa: [[PERSON:Moeroa Ariki]]
    enua: [[LOCATION:Aitutaki]]
    mataiti: [[AGE:8]]""",
    # --- key: value blocks (6) ---
    """Name: [[PERSON:Ngaire Broughton]]
Member no: [[ID_NUMBER:GYM-55031]]
Plan: Off-peak
Mobile: [[PHONE_NUMBER:0274 118 902]]
Joined: [[DATE_TIME:3 Jan 2022]]""",
    """Patient: [[PERSON:Tuaine Heather]]
Hospital no: [[ID_NUMBER:RGH-20417]]
Village: [[LOCATION:Arorangi]]
Clinic: Outpatients
Seen: [[DATE_TIME:06/05/2024]]
BP: 148/92""",
    """Account holder : [[PERSON:Daniel Sua]]
IBAN           : [[IBAN_CODE:GB62 MIDL 3160 0869 9346 73]]
Sort code      : 40-11-62
Opened         : [[DATE_TIME:01/09/2017]]
Branch         : Leeds Briggate""",
    """Tenant = [[PERSON:Kaiah Reid]]
Property = [[ADDRESS:Flat 9, 301 Willis Street]], [[LOCATION:Te Aro]], [[LOCATION:Wellington]] [[ZIP_CODE:6011]]
Rent = 540/week
Phone = [[PHONE_NUMBER:022 094 7731]]""",
    """Ingoa: [[PERSON:Tāmati Kerehoma]]
Nama kiritaki: [[ID_NUMBER:8918826]]
Tauranga waka: [[LOCATION:Whakatāne]]
Īmēra: [[EMAIL_ADDRESS:tamati.k@xtra.co.nz]]""",
    """Employee: [[PERSON:Kwabena Osei]]
SIN: [[ID_NUMBER:661 337 857]]
Start date: [[DATE_TIME:2023-05-08]]
Dept: Logistics
Address: [[ADDRESS:88 Queen Street East, Unit 12]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6V 1A9]]""",
]


CHAT = [
    """[10:02] Bot: Kia ora! You're chatting with Spark support. What's your name?
[10:02] [[PERSON:Makareta Hura]]: makareta hura
[10:03] Agent [[PERSON:Josh]]: Hi [[PERSON:Makareta]], I can see the account ending 4471. Can you confirm the address on it?
[10:03] [[PERSON:Makareta Hura]]: [[ADDRESS:27 Kōkako Street]], [[LOCATION:Taupō]] [[ZIP_CODE:3330]]
[10:04] Agent [[PERSON:Josh]]: Thanks. And the best number to reach you if we drop out?
[10:04] [[PERSON:Makareta Hura]]: [[PHONE_NUMBER:027 448 9013]]
[10:05] Agent [[PERSON:Josh]]: Great, I've logged the fibre fault as ticket SR-2209117.""",
    """Mum: Has anyone got Koro's NHI? The clinic rang
[[PERSON:Tia]]: it's on his green card, [[ID_NUMBER:RHR3192]]
Mum: thanks bub. His appointment is [[DATE_TIME:Wed 26th at 1.15]] at the eye clinic
[[PERSON:Rangi]]: I can take him, I'm off Wednesday
Mum: ka pai. Pick him up from [[ADDRESS:12 Tāwhiao Street]] by 12.30
[[PERSON:Tia]]: 👍""",
    """Marketplace: 2-seater couch, $120
[[PERSON:Braden Lee]]: Hi is this still available?
[[PERSON:Sione Tapueluelu]]: yes bro
[[PERSON:Braden Lee]]: sweet can I grab it tomorrow arvo? whats the address
[[PERSON:Sione Tapueluelu]]: [[ADDRESS:4 Bledisloe Street]] [[LOCATION:Māngere East]], text me when ur close [[PHONE_NUMBER:021 039 7716]]
[[PERSON:Braden Lee]]: will do, I'm [[PERSON:Braden]] btw, cash ok?""",
    """#kura-staff
Whaea [[PERSON:Aroha]]: Kia ora koutou, reminder the ERO visit is next week
Matua [[PERSON:Hemi]]: Ka pai. Who's got the enrolment list for the new tamariki?
[[PERSON:Aroha Kīngi]]: Me. [[PERSON:Nīkau Rāwiri]] starts [[DATE_TIME:Monday 15 July]], NSN still pending
[[PERSON:Hemi Wharekawa]]: His mum's number? For the pōwhiri
[[PERSON:Aroha Kīngi]]: [[PHONE_NUMBER:022 647 1188]], her name is [[PERSON:Tania]]""",
    """Ticket chat, Air Rarotonga
Customer ([[PERSON:Lydia Harcourt]]): Hi, I need to change the name on my booking RAR7Q2, my married name is [[PERSON:Lydia Marsters]] now
Agent: No problem. Could you confirm your date of birth?
Customer ([[PERSON:Lydia Harcourt]]): [[DATE_TIME:19/03/1991]]
Agent: And your passport number?
Customer ([[PERSON:Lydia Harcourt]]): [[ID_NUMBER:LP309871]], NZ passport
Agent: Done. A new itinerary will go to [[EMAIL_ADDRESS:lydia.marsters@gmail.com]].""",
    """Pupu fetiʻi
Mama [[PERSON:Hina]]: ʻIa ora na tātou! ʻUa fānau [[PERSON:Vaitiare]] i te [[DATE_TIME:18 nō Tiunu]] 🎉
[[PERSON:Teva]]: Māuruuru e te Atua! Eaha tōna iʻoa?
Mama [[PERSON:Hina]]: [[PERSON:Hereiti Tehaamoana]]. Tei te fare maʻi i [[LOCATION:Taaone]] rātou
[[PERSON:Teva]]: E haere au ā ananahi. Tāʻu niuniu ʻāpī: [[PHONE_NUMBER:87 36 12 90]]""",
    """[Team: Fisheries compliance]
[[PERSON:Glen Parata]]: who's doing the Kaikōura inspections?
[[PERSON:Jo Whitford]]: me and [[PERSON:Ana]]. We're seeing [[PERSON:Ropata Kereama]] on [[DATE_TIME:Thursday 20 June at 8am]]
[[PERSON:Glen Parata]]: his client no is [[ID_NUMBER:8920157]] if you need to look up landings
[[PERSON:Ana Rerekura]]: cheers. I'll email him at [[EMAIL_ADDRESS:ropata.kereama@xtra.co.nz]] to confirm""",
    """Chat with Te Whatu Ora booking line
You: hi my daughter missed her outpatient physio
Agent [[PERSON:Kelly]]: Sorry to hear that. What's her name and NHI?
You: [[PERSON:Maia Thompson-Rehu]], [[ID_NUMBER:LXM9666]]
Agent [[PERSON:Kelly]]: Thanks. I can offer [[DATE_TIME:Tuesday 2 July at 3:40pm]] at the Wairoa clinic.
You: yes please. Text it to [[PHONE_NUMBER:021 775 4039]]""",
]
LOOKALIKE = [
    """Shipping manifest, Port of Tauranga. Container MSKU6563218 and TGHU2233077 cleared customs under entry 24NZ0088153A on 12 June; lot 44-B, seal 009918. Consignee: Kaimai Timber Ltd, NZBN 9429068426842, phone 07 572 8800, accounts@kaimaitimber.co.nz. Booking ref BKG-7781-TRG, invoice INV-2024-00871. Firmware on the gate scanner: 10.2.14.3. Released at the gate to the driver, [[PERSON:Hemi Tāpsell]] ([[PHONE_NUMBER:027 508 3391]]).""",
    """Library order for Te Kura o Hirangi: ISBN 978-6-01-895559-4 (qty 12), ISBN 978-7-97-114710-1 (qty 6), EAN 4974650752915 and 7034236671270 for the art supplies, SKU KOR-PEN-0044. Delivery to the school office on Parkinson Street (no number given), attention of the librarian, [[PERSON:Rāhera Tūtaki]], who can be reached at [[EMAIL_ADDRESS:rahera.tutaki@gmail.com]] if the courier is late. Order ref PO-24-1187, tracking 00393150001122458812.""",
    """Release notes v4.18.2: fixed the Alzheimer's cohort filter, renamed the Hodgkin and Parkinson flags, and bumped the schema from 1.0.12.7 to 1.0.13.0. Build hash 3f9c2e71a0b44d1e9f0c2b6a87d21e5f0b3c4a99, session UUID 6a1f0d3e-2b8c-4c7e-9e11-0f5a7d2c8b41, device serial SN-KX40-228190-B. Contact the service desk on 0800 436 872 or helpdesk@healthlink.example.nz; the on-call engineer this week is [[PERSON:Priya Shanmugam]].""",
    """Hotel folio 88201, Edgewater Resort, [[LOCATION:Rarotonga]]. Booking code EDG-24-55019, room 214, rate plan BB-FLEX, reservation line +682 25 435 (front desk). Guest: [[PERSON:Mr. Aaron Whitlock]], arriving [[DATE_TIME:3 September 2024]], card on file ending 7290. Airport transfer voucher TX-000418; flight NZ946 departs 07:15. Fisheries museum tour, Avarua Road, ref CI-TOUR-88.""",
    """Company extract: Harbourview Holdings Pty Ltd, ABN 45 624 180 578. Signed for the company by its secretary, [[PERSON:Jennifer Aldous]], on [[DATE_TIME:14 May 2024]]. Customs client code 22A01991K, GST branch 001, purchase order 4500918812, pallet SSCC 393150001122458813. Lot numbers L2403-118 and L2403-119 failed QA on the 2024-05-11 run.""",
    """Pānui mō te rōpū hangarau: ko te putanga hou o te pūmanawa ko 3.10.4.22; ko te tau raupapa o te pūrere ko SN-44018-TK; ko te nama ota ko ORD-771203. Ko te wāhitau IP o te tūmau ko [[IP_ADDRESS:192.0.2.44]], ā, ko te nama waea o te tari ko 0800 558 113. Ki te raru koe, whakapā atu ki a [[PERSON:Kahu Mīhaka]] mā [[PHONE_NUMBER:021 448 0097]].""",
    """Grant summary, Te Puna Charitable Trust (CC41877). Grant G-2024-118 of $25,000 approved for the awa kaitiaki programme; cost centre 4410-22, GL 6120.00, budget line 7.3. The programme runs along Taupō Quay and Anzac Parade. Payment run PR-0612 on the trust's account, reference TPCT-GR-118. Tracking for the signed deed: EV 5512 0448 12NZ.""",
]


STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}

KNOWN = {
    "PERSON", "TITLE", "ADDRESS", "LOCATION", "ZIP_CODE", "DATE_TIME", "AGE", "USERNAME", "URL", "NRP",
    "ID_NUMBER", "US_SSN", "US_PASSPORT", "US_DRIVER_LICENSE", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS",
    "PHONE_NUMBER", "EMAIL_ADDRESS",
}


def main() -> None:
    """Parse, check and write every record; print only counts (never texts or values)."""
    rows, kinds, marks, bad = [], Counter(), 0, 0
    for style, records in STYLES.items():
        for n, markup in enumerate(records, 1):
            rid = f"blind150-{style}-{n:03d}"
            text, spans = parse(markup)
            check(rid, text, spans)
            opened = len(re.findall(r"\[\[(?=[A-Z_]+:)", markup))
            found = len(MARK.findall(markup))
            if opened != found or any(s["entity_type"] not in KNOWN for s in spans):
                bad += 1
                print(f"  mark problem in {rid}")
            marks += opened
            kinds.update(s["entity_type"] for s in spans)
            rows.append({"id": rid, "text": text, "spans": spans})
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} records to {OUT.name}")
    print(f"marks parsed: {marks}, records with a mark problem: {bad}")
    print("check passed on every record (spans, Luhn, mod-97)")
    print("records per style:")
    for style, records in STYLES.items():
        print(f"  {style:10s} {len(records)}")
    print("labels per entity type:")
    for kind, n in kinds.most_common():
        print(f"  {kind:18s} {n}")
    print(f"  {'total':18s} {sum(kinds.values())}")


if __name__ == "__main__":
    main()

"""Build tests/data/blind146.jsonl: a blind, hand-written labeled PII set (the 146th).

    .venv/bin/python tests/data/make_blind146.py

Blind: written without any knowledge of the detector. Only these were read:
the first 121 lines of make_blind22.py (its docstring with the labeling
conventions and style descriptions, and its import lines) and its tail from
`STYLES = {` to the end (the STYLES dict and main(), copied as scaffolding),
not the record lists in between; gold_sets.py (the checks on cards, IBANs
and spans, and write_and_report()); and lines 1-64 of make_handwritten.py
(its conventions, the MARK and TITLE_IN_NAME regexes and parse()). Nothing
under minimize/, recognizers/ or bench/, no README, no other test, no
*.jsonl (this script's own output included) and no other make_*.py was
read. git was not run at all. The detector, the bench, pytest and
`minimize` were never run; only this script (which prints counts) and
throwaway code to work out check digits were. Do not tune the detector
against this set: once it has been used to tune, it no longer measures
anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them; `lang()` only notes a record's language for that
summary). Card numbers pass Luhn and IBANs pass mod-97 with the right
length for their country (DE, GB, PT, NL); `gold_sets.check` re-checks
them and refuses a bad one. The Angolan IBANs (AO, 25 characters) are
checked on mod-97 only, since AO is missing from gold_sets.IBAN_LENGTHS,
and their national check digits inside the BBAN were not worked out.
National ids with a public check digit were given a valid one, computed by
throwaway code that was not kept: South African ids (Luhn; they agree with
the person's sex and birth date where these show), NHS numbers (mod 11)
and German tax ids (Steuer-ID, ISO 7064 mod 11,10); so were the
look-alikes that carry one (ISBN-13, EAN-13). Namibian ids (eleven digits,
birth date first), Botswana Omang numbers, Angolan BI numbers, UK NI
numbers, passports, licences, plates, bank account numbers, stock brands
and staff, member, patient, producer, student and customer numbers have no
public check digit and were not checked.

Styles (ids `blind146-<style>-NNN`; 240 records):
- `bench` (85): in the manner of the public PII-masking benchmarks: odd
  dense sentences like ai4privacy pii-masking-200k/300k/400k (names, job
  titles, streets with building numbers, secondary addresses, IPv4 / IPv6,
  MACs, user agents, card / CVV / expiry, IBAN / BIC); claims, contracts,
  loan, medical, rental and benefit forms, notices, letters and petitions
  like gretel-pii-masking-en-v1; JSON, log lines, SQL, XML / FHIR, YAML,
  .env, HTTP requests, test code, tickets, form dumps and mail headers like
  Nemotron-PII.
- `gen` (80): one to four "realistic sentences with personal data", names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (60): one small table each rendered as text (CSV with commas and
  semicolons, quoted and not, TSV, pipes / Markdown / psql, fixed-width,
  JSON lines, YAML, key: value blocks); header rows unlabeled, non-PII
  columns mixed in.
- `chat` (8): support chats, family, marketplace, school-parent and team
  threads, with the speakers' names.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN /
  EAN, IP-shaped versions, hashes, UUIDs, serials, company registration
  numbers, company phones, role mailboxes, eponyms, streets named after
  people without a number), with the few real PII values labeled; one of
  them has no PII at all.

Languages and places: about nine records in ten are in English, set in
Namibia, South Africa, Botswana, the south of Angola, Germany and the UK,
with the names of the people who live there; the rest (25 records, spread
over all styles) are in Oshiwambo (Oshikwanyama and Oshindonga),
Otjiherero, and the Afrikaans and German of Namibia. Domains: cattle
farming and livestock auctions, uranium and diamond mine workers and
communal conservancies carry extra weight (57 records together);
the rest is spread over banking, health, pharmacy, legal, schools and
universities, HR and payroll, retail, travel and hotels, telecoms,
government grants and housing, gaming, social media, IT, deliveries, gyms,
vets, insurance and charities.

Labeling conventions: those of make_blind22.py's docstring, exactly; in
short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province and country
  are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, move, start of a job,
  hearing, visit, signature, letter ...) with a day or month, in any shape,
  with an attached time inside the span; not bare years, weekdays alone,
  durations, or dates not tied to a person (sale, invoice, ticket dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, user agents, MAC addresses,
  CVVs and expiries, PINs, order / ticket / claim / policy / booking /
  tracking references, company phone numbers and role mailboxes, versions,
  hashes, serials, partial numbers ("ending 4417"), pets, eponyms and
  brands named after people, header rows; and the calls of make_blind22.py
  for tables and benchmark fields ("sex", "role", "dept", "status" columns
  unlabeled, "age" is AGE, "country" / "region" is LOCATION, "nationality"
  is NRP, a last-login timestamp is DATE_TIME).

Calls made while writing this set, in the same spirit:
- Farms: a farm name ("Farm Okatjeru No. 86", "Plaas Rietfontein", a farm
  column in a table) is ADDRESS like a house name, the word "Farm" /
  "Plaas" inside the span when written; the district is LOCATION.
- Namibian and Botswana addresses: "Erf 2231" and "Plot 2207" (with
  "Extension 3" when it follows the erf with no township name) are ADDRESS;
  a named township or suburb (Katutura, Mondesa, Kehemu, Havana Extension
  6, Block 8) is LOCATION; villages, constituencies and regions are
  LOCATION, also when written inside an Oshiwambo or Otjiherero word with a
  prefix ("m" + Ondangwa, "z" + Okakarara: only the place name is in the
  span).
- "Tate", "Meme", "Oom", "Tannie", "Meneer", "Omuhona", "Adv." before a
  name are honorifics (TITLE), like Mr / Mrs; English family words
  ("uncle", "Mom", "Dad", "baby"), Afrikaans "Ma" and Oshiwambo "Kuku"
  (grandmother) stay outside.
- Livestock: a stock brand registered to a farmer and a producer number
  are ID_NUMBER (they identify the owner, like a member number); ear tags,
  lot numbers, auction bidder (paddle) numbers, head counts, breeds and
  prices are not labeled, nor are an animal's birth dates.
- Mines: staff numbers and the personal dosimeter (TLD) badge number a
  worker's dose record is kept under are ID_NUMBER when given as the
  worker's; badge, PPE, detector and vehicle fleet numbers in lists of
  equipment are not labeled. Names of mines, companies, conservancies,
  schools, hospitals, pharmacies and shops are not labeled, also when they
  contain a place name ("mine: Orapa", "Bank Windhoek", "Ongwediva
  Medipark", "FitZone Walvis"); every other mention of a town, village,
  region or country is LOCATION.
- Every IPv4 / IPv6 address is IP_ADDRESS, private ones and a server's
  included; IP-shaped version strings are not.
- Timestamps that only stamp a system record (log lines, HTTP requests,
  Received headers) are not labeled; a mail's Date header is the date of a
  person's letter and is DATE_TIME, and so are last-login and last-seen
  fields, the dates of a person's claim or loss, a course taken, a
  medicine refill due and a hotel check-in / check-out.
- Phones: a farm's or a person's home landline is PHONE_NUMBER; a
  company's switchboard or office line is not.
- Code-switching: English words inside Oshiwambo and Otjiherero records
  and month names written in the local shape ("Maalitsa", "Apilili",
  "Juni", "Oktober", "Junie") are kept as written; language names are not
  labeled.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind146.jsonl")

#: the language of the records that are not in English (for the summary only)
LANGUAGE: dict[str, str] = {}


def lang(name: str, markup: str) -> str:
    """Note that a hand-written record is in `name`, and return it unchanged."""
    LANGUAGE[markup] = name
    return markup


BENCH = [
    # --- in the manner of ai4privacy pii-masking-200k/300k/400k ---
    """In preparation for the radiation audit, [[PERSON:Tangeni Shikongo]], Shift Supervisor (Processing), must update the emergency contact held under staff no. [[ID_NUMBER:RUL-40817]]; the home address on file is [[ADDRESS:Erf 2231, Extension 3]], [[LOCATION:Arandis]], [[LOCATION:Erongo Region]].""",
    """Attention [[PERSON:Kaera Tjiriange]]: a login from [[IP_ADDRESS:196.44.137.208]] using Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 was blocked on your online auction bidder profile [[USERNAME:kaera_tjiriange77]]. If this was you, reply from [[EMAIL_ADDRESS:kaera.tjiriange@iway.na]] or call [[PHONE_NUMBER:+264 81 302 5517]].""",
    """Please courier the replacement personal dosimeter to [[PERSON:Mr Paulus Iipumbu]], [[ADDRESS:PO Box 1174]], [[LOCATION:Swakopmund]], before his next rotation. Badge [[ID_NUMBER:TLD-0093354]] stays registered to him; the 3.1 mSv reading for the quarter and his blood group (O+) are noted on the medical file.""",
    """Account holder [[PERSON:Helvi Nghipondoka]] (born [[DATE_TIME:03/09/1991]]) asked that card [[CREDIT_CARD:4187 5250 7667 9359]], exp 11/27, CVV 482, be closed and the balance paid into [[IBAN_CODE:DE24 6005 0101 3427 9139 55]] after her move to [[LOCATION:Stuttgart]] on [[DATE_TIME:1 August 2024]].""",
    """Gamer tag [[USERNAME:NamibNomad_91]] (real name [[PERSON:Bongani Mthembu]], age [[AGE:24]]) streamed from [[IP_ADDRESS:2c0f:f4c0:1122:8a0::3e]] on a console with MAC 3C:22:FB:91:0A:7E; the billing address is [[ADDRESS:88 Long Street, Unit 4B]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]], [[LOCATION:South Africa]].""",
    """As Conservancy Game Guard, [[PERSON:Ueripaka Kasaona]] reported the elephant damage at the homestead of [[TITLE:Meme]] [[PERSON:Rosalia Tjambiru]] near [[LOCATION:Sesfontein]] on [[DATE_TIME:14 February 2024]]; her conservancy member number is [[ID_NUMBER:HOA-1183]] and claim HWC-2024-077 will be paid from the offset fund.""",
    """[[PERSON:Lindiwe Mokoena]], Principal Civil Engineer, [[AGE:41]], female, lives at [[ADDRESS:12 Dalham Road]], [[LOCATION:Kimberley]] [[ZIP_CODE:8301]]; her ID number [[ID_NUMBER:8405214618087]] and cellphone [[PHONE_NUMBER:083 551 0927]] were captured for the site induction at the new hospital project on [[DATE_TIME:2024-05-06]].""",
    """Transfer request: debit [[IBAN_CODE:GB57 BARC 4547 3227 9855 51]] (BIC BARCGB22) in favour of [[PERSON:Oliver Pemberton-Shaw]] for the deposit on the holiday flat he is renting in [[LOCATION:Windhoek]]; contact [[EMAIL_ADDRESS:o.pemberton-shaw@btinternet.com]], [[PHONE_NUMBER:+44 7700 900318]].""",
    """The password reset for [[USERNAME:nangula.amutenya]] went to [[EMAIL_ADDRESS:nangula.amutenya@gmail.com]] from [[IP_ADDRESS:10.12.4.77]] at 08:14; the account belongs to [[PERSON:Nangula Amutenya]], Grade 11 learner, date of birth [[DATE_TIME:2008.06.19]], [[LOCATION:Ongwediva]].""",
    """Customer [[PERSON:Tshepiso Kgosietsile]], [[AGE:33]], Omang [[ID_NUMBER:572612308]], moved from [[ADDRESS:Plot 14523]], [[LOCATION:Block 8]], [[LOCATION:Gaborone]] to [[ADDRESS:Plot 2207]], [[LOCATION:Jwaneng]]; new mobile [[PHONE_NUMBER:+267 72 418 660]], vehicle [[ID_NUMBER:B 472 BHL]].""",
    """Delivery for [[PERSON:Ermelinda Tchissola]] to [[ADDRESS:Rua Dr. António Agostinho Neto 114, 2.º andar]], [[LOCATION:Lubango]], [[LOCATION:Huíla]]; she pays by card [[CREDIT_CARD:5213 6819 3341 6074]] (exp 03/26) or from [[IBAN_CODE:AO86 0040 7140 0434 2457 5340 4]], and the courier should ring [[PHONE_NUMBER:+244 923 418 602]].""",
    """Senior Account Executive [[PERSON:Callum McBride]] of [[ADDRESS:Flat 3, 27 Merchiston Avenue]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH10 4PW]] filed the expense on a device at [[IP_ADDRESS:81.109.44.201]]; NI number [[ID_NUMBER:JT 48 21 93 B]], card [[CREDIT_CARD:5399 2287 0892 1544]], cvv 017.""",
    """Hi [[PERSON:Frieda]], your Mine Rescue refresher is booked for [[DATE_TIME:12 June 2024, 07:00]] at the training centre; bring your company ID [[ID_NUMBER:NDB-22841]] and the medical certificate signed by [[PERSON:Dr Zelda Kotzé]]. Questions to [[EMAIL_ADDRESS:frieda.hamunyela@namdeb.com]].""",
    """The [[AGE:58]]-year-old cattle farmer [[PERSON:Ferdinand Kazenambo]], producer number [[ID_NUMBER:NLP-0417752]], consigned 36 weaners from [[ADDRESS:Farm Ozondjache No. 214]], [[LOCATION:Okakarara]] district; payment goes to account [[ID_NUMBER:62009314478]] and the haulier's plate is [[ID_NUMBER:N 51234 W]].""",
    """User [[USERNAME:ndeshi_k]] (IPv6 [[IP_ADDRESS:2001:43f8:1f4::a12]]) changed the delivery address to [[ADDRESS:14 Nachtigal Street]], [[LOCATION:Windhoek West]], [[LOCATION:Windhoek]]; the profile name is [[PERSON:Ndeshipanda Kandjii]] and the phone [[PHONE_NUMBER:081 229 6604]].""",
    """Kindly note: [[PERSON:Kagiso Sebina]], Branch Accountant, born [[DATE_TIME:29-Jul-1986]], passport [[ID_NUMBER:BN0482213]], is relocating with his wife [[PERSON:Onalenna]] to [[LOCATION:Orapa]]; the relocation allowance goes to [[ID_NUMBER:1011 2447 9031]] at First National Bank Botswana.""",
    """[[PERSON:Jonas Bräuer]] (Data Protection Lead), [[ADDRESS:Oranienstraße 185]], [[ZIP_CODE:10999]] [[LOCATION:Berlin]], tax ID [[ID_NUMBER:43918612503]], IBAN [[IBAN_CODE:DE70 1005 0000 1122 3707 59]], phone [[PHONE_NUMBER:+49 30 61207734]], last login [[DATE_TIME:2024-03-11T21:47:09+01:00]] from [[IP_ADDRESS:91.64.203.17]].""",
    """The wildlife monitoring app shows ranger [[PERSON:Simasiku Mwilima]] ([[USERNAME:smwilima_kwandu]]) synced event books from [[IP_ADDRESS:41.182.90.6]]; his next of kin is [[PERSON:Lifasi Mwilima]], [[PHONE_NUMBER:+264 85 614 2270]], [[LOCATION:Katima Mulilo]].""",
    """Order for [[PERSON:Ms Aisha Rahman]], [[ADDRESS:41 Stoney Lane]], [[LOCATION:Sparkhill]], [[LOCATION:Birmingham]] [[ZIP_CODE:B12 8DL]]: card [[CREDIT_CARD:4422 2747 8530 1642]], exp 09/25, cvv 331; she is [[AGE:29]] and asked for delivery after 17:00 on weekdays.""",
    """[[PERSON:Domingos Kalenga]], Electrician with a telecoms contractor, BI n.º [[ID_NUMBER:004582137HA041]], residing in [[LOCATION:Ondjiva]], [[LOCATION:Cunene]], was given leave from [[DATE_TIME:2 de Setembro de 2024]]; salary to [[IBAN_CODE:AO71 0006 7201 4043 4429 4331 3]].""",
    """Teacher [[PERSON:Penda Haufiku]], [[AGE:37]], of [[ADDRESS:House 19]], [[LOCATION:Ehenye]], [[LOCATION:Oshakati]], registered [[EMAIL_ADDRESS:penda.haufiku@moe.edu.na]] with password Oshakati#2024 and recovery number [[PHONE_NUMBER:+264 81 755 0138]].""",
    """Pharmacist [[PERSON:Ruan Steenkamp]] dispensed 28 x metformin 500 mg to [[PERSON:Mrs Elsabe Cloete]] (ID [[ID_NUMBER:7510110323087]]) of [[ADDRESS:23 Kerk Street]], [[LOCATION:Upington]] [[ZIP_CODE:8801]] on [[DATE_TIME:17/04/2024]]; medical aid member no. [[ID_NUMBER:DM 0093 4471]].""",
    """Sign-in alert: [[PERSON:Kebonang Motlhabane]] ([[EMAIL_ADDRESS:kebonang.m@yahoo.co.bw]]) signed in from [[IP_ADDRESS:168.167.12.94]] in [[LOCATION:Francistown]] using Safari 17.2 on iPhone; his backup card ends 7781 and his date of birth is [[DATE_TIME:09 Oct 1994]].""",
    """Residents' petition: we, [[PERSON:Anna Haimbodi]] of [[ADDRESS:Erf 611]], [[LOCATION:Kuisebmond]], [[PERSON:Festus Nekongo]] of [[ADDRESS:Erf 640]], and [[PERSON:Sophia Diergaardt]] of [[ADDRESS:32 Hage Geingob Street]], [[LOCATION:Narraville]], [[LOCATION:Walvis Bay]], object to the fish factory smell.""",
    """Driver [[PERSON:Johannes Ndilula]], licence [[ID_NUMBER:34412096001]], ID [[ID_NUMBER:84101200563]], delivered the 14 tonnes of lick to [[ADDRESS:Farm Gross Okandjou No. 87]] near [[LOCATION:Gobabis]] on [[DATE_TIME:22/05/2024]]; truck [[ID_NUMBER:N 2204 GO]], trailer [[ID_NUMBER:N 7781 GO]].""",
    """Patient [[PERSON:Gareth Pritchard]], [[AGE:66]], NHS no. [[ID_NUMBER:624 510 0704]], of [[ADDRESS:7 Heol y Felin]], [[LOCATION:Caerphilly]] [[ZIP_CODE:CF83 1HQ]], seen by [[PERSON:Dr Rhiannon Evans]] on [[DATE_TIME:04/03/2024 at 09:40]] for a review of his pneumoconiosis from his years in the pits.""",
    """New hire [[PERSON:Mutaleni Hamutenya]], Process Operator, starts at the bottling plant on [[DATE_TIME:1 July 2024]]; ID [[ID_NUMBER:90081900342]], email [[EMAIL_ADDRESS:mhamutenya91@gmail.com]], next of kin [[PERSON:Toivo Hamutenya]] ([[PHONE_NUMBER:081 664 2091]]).""",
    # --- in the manner of gretel-pii-masking-en-v1: forms, claims, contracts, notices ---
    """LIVESTOCK THEFT CLAIM. Policyholder: [[PERSON:Gert Visagie]]. Farm: [[ADDRESS:Kalkfontein No. 311]], [[LOCATION:Mariental]] district. Policy no. AGR-558120. Date of loss: [[DATE_TIME:19 March 2024]]. Seven Bonsmara cows missing from camp 4; stock brand [[ID_NUMBER:VGS 12]] registered to the insured. Police case CR 44/03/2024. Contact: [[PHONE_NUMBER:063 240 118]], [[EMAIL_ADDRESS:gertvisagie@mweb.com.na]].""",
    """LOAN APPLICATION – Agribank. Applicant: [[PERSON:Hilma Shivute]]; ID No.: [[ID_NUMBER:79112500418]]; Date of birth: [[DATE_TIME:25 November 1979]]; Postal address: [[ADDRESS:PO Box 2093]], [[LOCATION:Ondangwa]]; Cell: [[PHONE_NUMBER:0812 470 335]]; Purpose: purchase of 20 Nguni heifers and fencing for the grazing at [[LOCATION:Okalongo]]; Amount: N$ 180 000; Existing account: [[ID_NUMBER:8003 1147 552]].""",
    """MEDICAL REPORT. Name: [[PERSON:Nelao Iyambo]]. DOB: [[DATE_TIME:12.01.1988]]. Hospital no.: [[ID_NUMBER:OSH-2017-48813]]. Admitted [[DATE_TIME:2 March 2024]] with a fractured left tibia after a fall at home. Treating doctor: [[PERSON:Dr Moses Amakali]]. Next of kin: [[PERSON:Selma Iyambo]] (sister), [[PHONE_NUMBER:081 380 4472]].""",
    """LEASE AGREEMENT made on [[DATE_TIME:28 February 2024]] between the Lessor, [[PERSON:Marthinus Beukes]], and the Lessee, [[PERSON:Tuyeni Kambonde]] (ID [[ID_NUMBER:96063000517]]), for the flat at [[ADDRESS:9 Feld Street, Flat 2]], [[LOCATION:Klein Windhoek]], [[LOCATION:Windhoek]]. Monthly rent N$ 6 800 payable into account [[ID_NUMBER:2475 0012 887]] at Bank Windhoek.""",
    """NOTICE OF HEARING. The matter between [[PERSON:Nghiwete Shilongo]] (Applicant) and Omahenene Traders CC (Respondent) is set down for [[DATE_TIME:15 August 2024 at 10:00]] before the Labour Commissioner, [[LOCATION:Oshakati]]. Applicant's representative: [[TITLE:Adv.]] [[PERSON:Ndapandula Hamunyela]], cell [[PHONE_NUMBER:081 470 2285]].""",
    """UNEMPLOYMENT BENEFIT FORM. Claimant: [[PERSON:Sipho Dlamini]]; ID: [[ID_NUMBER:7903146092083]]; last employer: a platinum mine, [[LOCATION:Rustenburg]]; last working day: [[DATE_TIME:30 November 2023]]; address: [[ADDRESS:1147 Mbeki Section]], [[LOCATION:Phokeng]], [[ZIP_CODE:0335]]; bank account: [[ID_NUMBER:1049 227 861]] (Capitec).""",
    """Dear [[PERSON:Mr Uazuva Kaputu]], we confirm that your application for the Communal Conservancy Benefit for the year was approved on [[DATE_TIME:3 April 2024]]. The amount will be paid to your account [[ID_NUMBER:62261488102]]. Your member number remains [[ID_NUMBER:OMT-0455]]. Yours faithfully, [[PERSON:Aletta Tjipangandjara]], Conservancy Manager.""",
    """PENSION CLAIM – retired miner. I, [[PERSON:Simeon Nangolo]], born [[DATE_TIME:6 June 1957]], employee number [[ID_NUMBER:CDM-118204]] (Consolidated Diamond Mines, 1979 to 2011), ask that my pension arrears be paid into [[ID_NUMBER:6227 1045 339]]. Address: [[ADDRESS:PO Box 51]], [[LOCATION:Oranjemund]]. Signed [[DATE_TIME:20 January 2024]].""",
    """WARRANTY CLAIM. Customer: [[PERSON:Ndinelago Kambonde]], [[ADDRESS:Erf 8812]], [[LOCATION:Wanaheda]], [[LOCATION:Windhoek]]. Product: solar water pump, serial SP4-220193, invoice INV-2023-0112. Technician visit booked for [[DATE_TIME:14 May 2024 at 10:00]]; the customer answers on [[PHONE_NUMBER:081 233 7461]]. Claim ref WC-88140.""",
    """SCHOOL ENROLMENT. Learner: [[PERSON:Panduleni Nghidinwa]], Grade 4, DOB [[DATE_TIME:17/09/2015]], age [[AGE:8]]. Parent: [[PERSON:Magano Nghidinwa]], [[PHONE_NUMBER:081 402 6637]], [[EMAIL_ADDRESS:magano.nghidinwa@outlook.com]]. Home: [[ADDRESS:Erf 1456]], [[LOCATION:Okuryangava]], [[LOCATION:Windhoek]]. Learner no.: [[ID_NUMBER:KH-15-08833]].""",
    """RENTAL AGREEMENT (UK). Tenant: [[PERSON:Tomasz Nowak]], date of birth [[DATE_TIME:14 May 1990]], passport [[ID_NUMBER:EK4418203]]. Property: [[ADDRESS:Flat 5, 112 Roundhay Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS8 5AJ]]. Start of tenancy: [[DATE_TIME:1 June 2024]]. Deposit protected with the DPS; rent paid from [[IBAN_CODE:GB40 NWBK 8299 7136 8105 03]].""",
    """DISABILITY GRANT REVIEW. Beneficiary: [[PERSON:Erastus Haingura]]; ID no.: [[ID_NUMBER:71090500287]]; village: [[LOCATION:Mupini]], [[LOCATION:Kavango East]]; grant paid at the [[LOCATION:Rundu]] pay point; assessed by [[PERSON:Dr Lucia Muyenga]] on [[DATE_TIME:11 December 2023]]; next review due on [[DATE_TIME:11 December 2025]].""",
    """ACCIDENT REPORT – open pit. Injured: [[PERSON:Shikerete Mbambo]], Haul Truck Operator, staff no. [[ID_NUMBER:LH-3097]]. Date and time: [[DATE_TIME:7 March 2024, 02:35]]. First aid by [[PERSON:Ndapewa Uusiku]]. Transferred to hospital in [[LOCATION:Walvis Bay]]. Witness: [[PERSON:Nico Swart]], cell [[PHONE_NUMBER:081 277 9914]].""",
    """LETTER OF APPOINTMENT. Dear [[PERSON:Ms Thandeka Nkosi]], we are pleased to appoint you as Senior Veterinary Technologist from [[DATE_TIME:1 September 2024]]. Please reply from [[EMAIL_ADDRESS:thandeka.nkosi@icloud.com]] with a certified copy of your ID ([[ID_NUMBER:9301170533080]]) and your SAVC registration. Your address: [[ADDRESS:5 Protea Close]], [[LOCATION:Vryburg]] [[ZIP_CODE:8601]].""",
    """HOUSING APPLICATION – NHE. Applicant: [[PERSON:Loide Mbango]]; marital status: married; spouse: [[PERSON:Petrus Mbango]]; ID: [[ID_NUMBER:85030700215]]; current address: [[ADDRESS:Shack 44]], [[LOCATION:Havana Extension 6]], [[LOCATION:Windhoek]]; monthly income N$ 4 200; contact [[PHONE_NUMBER:085 630 1172]].""",
    """POLICE STATEMENT. I, [[PERSON:Kapena Muharukua]], aged [[AGE:45]], herder, residing at [[LOCATION:Otjinene]], state that on [[DATE_TIME:30 April 2024 at 18:00]] I counted the cattle of my employer [[PERSON:Mr Vetumbuavi Mbaeva]] and found four oxen missing. Cell: [[PHONE_NUMBER:081 617 0044]].""",
    """VET INVOICE NOTE (owner details only). Owner: [[PERSON:Annelie Louw]], [[ADDRESS:Farm Hochfeld-Süd]], [[LOCATION:Hochfeld]]; cell [[PHONE_NUMBER:081 129 4408]]; account [[ID_NUMBER:10022]]. Patients: 'Bruno' (Boerboel) and 'Simba' (cat), vaccinated on [[DATE_TIME:8 May 2024]]. Vet: [[PERSON:Dr Pieter Engelbrecht]].""",
    """CHARITY DONATION FORM. Donor: [[PERSON:Fiona Gallagher]]; address: [[ADDRESS:22 Kingsley Road]], [[LOCATION:Harrogate]], [[LOCATION:North Yorkshire]] [[ZIP_CODE:HG1 5JA]]; Gift Aid: yes; monthly £15 by direct debit from [[IBAN_CODE:GB02 LOYD 0236 7897 2416 23]], starting [[DATE_TIME:5 June 2024]]; cause: rhino protection in the north-west of [[LOCATION:Namibia]].""",
    """INSURANCE CLAIM – vehicle. Insured: [[PERSON:Katrin Lindemann]], [[ADDRESS:Ahornweg 7]], [[ZIP_CODE:34117]] [[LOCATION:Kassel]]; Steuer-ID [[ID_NUMBER:78310469351]]; vehicle [[ID_NUMBER:KS-LK 418]]; collision with a deer on [[DATE_TIME:21.10.2023]] near [[LOCATION:Baunatal]]; account [[IBAN_CODE:DE81 2005 0550 3289 7283 54]].""",
    # --- in the manner of Nemotron-PII: structured and technical records ---
    """{"booking_id": 4417, "full_name": "[[PERSON:Vezemba Katjiuongua]]", "id_number": "[[ID_NUMBER:68041200337]]", "cell": "[[PHONE_NUMBER:+264812290461]]", "email": "[[EMAIL_ADDRESS:vkatjiuongua@gmail.com]]", "address": "[[ADDRESS:Farm Otjikuara No. 52]]", "district": "[[LOCATION:Otjiwarongo]]", "rooms": [12, 13], "nights": 3, "deposit_paid": true}""",
    """2024-04-18 06:12:44 INFO shaft-access gate=VS2 worker="[[PERSON:Nghipandulwa, J.]]" staff=[[ID_NUMBER:RUL-51102]] badge=[[ID_NUMBER:TLD-0088712]] dir=IN
2024-04-18 06:12:51 WARN shaft-access gate=VS2 worker="[[PERSON:Beukes, R.]]" staff=[[ID_NUMBER:RUL-49830]] reason=medical_expired
2024-04-18 06:13:07 INFO shaft-access gate=VS2 worker="[[PERSON:Tjituka, U.]]" staff=[[ID_NUMBER:RUL-50276]] dir=IN""",
    """INSERT INTO members (member_no, first_name, last_name, village, phone, joined) VALUES ('[[ID_NUMBER:NN-00214]]', '[[PERSON:Xoan]]', '[[PERSON:Tsamkxao]]', '[[LOCATION:Tsumkwe]]', '[[PHONE_NUMBER:0812213908]]', '[[DATE_TIME:2019-08-14]]');""",
    """<Patient>
  <identifier system="urn:oid:nam:mohss:mrn" value="[[ID_NUMBER:RUN-0099317]]"/>
  <name><family>[[PERSON:Sikongo]]</family><given>[[PERSON:Martha]]</given></name>
  <gender>female</gender>
  <birthDate>[[DATE_TIME:1972-02-09]]</birthDate>
  <address><line>[[ADDRESS:Erf 305]], [[LOCATION:Kehemu]]</line><city>[[LOCATION:Rundu]]</city><country>[[LOCATION:Namibia]]</country></address>
  <telecom system="phone" value="[[PHONE_NUMBER:+264 66 255 410]]"/>
</Patient>""",
    """employee:
  name: [[PERSON:Uerikua Hengari]]
  staff_no: [[ID_NUMBER:SUL-20418]]
  site: Walvis Bay depot
  role: Forklift Operator
  dob: [[DATE_TIME:1992-11-30]]
  phone: "[[PHONE_NUMBER:+264 81 340 8826]]"
  home: "[[ADDRESS:Erf 412]], [[LOCATION:Mondesa]], [[LOCATION:Swakopmund]]"
  medical_fitness: valid
  locker: 112""",
    """# .env for the conservancy payouts job
DB_HOST=[[IP_ADDRESS:10.0.3.14]]
DB_USER=payouts_svc
DB_PASSWORD=Ohungu!Rain2024
ADMIN_EMAIL=[[EMAIL_ADDRESS:tjeripo.kauta@nacso.org.na]]
ADMIN_NAME="[[PERSON:Tjeripo Kauta]]"
SMS_ALERT_TO=[[PHONE_NUMBER:+264813330417]]
SUPPORT_MAILBOX=support@conservancy-pay.example""",
    """POST /api/v2/auction/registrations HTTP/1.1
Host: bids.example-livestock.com.na
User-Agent: okhttp/4.12.0
X-Forwarded-For: [[IP_ADDRESS:105.232.41.19]]
Content-Type: application/json

{"name":"[[PERSON:Jacobus Coetzee]]","id":"[[ID_NUMBER:63051500219]]","phone":"[[PHONE_NUMBER:0811244870]]","brand":"[[ID_NUMBER:JCZ 7]]","venue":"[[LOCATION:Gobabis]]"}""",
    """def test_member_lookup():
    m = Member(name="[[PERSON:Ndahafa Shilongo]]", member_no="[[ID_NUMBER:GYM-004417]]",
               email="[[EMAIL_ADDRESS:ndahafa.s@gmail.com]]", dob="[[DATE_TIME:1995-03-02]]")
    assert lookup("[[ID_NUMBER:GYM-004417]]").email == "[[EMAIL_ADDRESS:ndahafa.s@gmail.com]]"
    assert m.plan == "gold\"""",
    """Ticket #58812 | Priority: High | Opened by [[PERSON:Martina Amadhila]] ([[EMAIL_ADDRESS:martina.amadhila@telecom.na]])
Customer: [[PERSON:Erkki Nauyoma]], account [[ID_NUMBER:7700 4471 209]], SIM [[PHONE_NUMBER:081 488 0193]]
Issue: no signal at home near [[LOCATION:Okongo]] since last week. Customer's alternate number: [[PHONE_NUMBER:085 551 7720]].""",
    """From: [[PERSON:Hannelore Voigts]] <[[EMAIL_ADDRESS:h.voigts@afol.com.na]]>
To: sales@example-pumps.com.na
Cc: [[PERSON:Werner Hälbich]] <[[EMAIL_ADDRESS:werner.halbich@gmail.com]]>
Date: [[DATE_TIME:Tue, 23 Apr 2024 07:41:12 +0200]]
Received: from [[IP_ADDRESS:196.216.167.80]] by mx1.example.na
Subject: Quotation for the new borehole pump – [[ADDRESS:Farm Okatjeru]]""",
    """=== FORM DUMP: clinic_registration ===
first_name=[[PERSON:Naemi]]
surname=[[PERSON:Uushona]]
dob=[[DATE_TIME:1999/04/27]]
id_no=[[ID_NUMBER:99042700651]]
village=[[LOCATION:Okatope]]
constituency=[[LOCATION:Okankolo]]
mobile=[[PHONE_NUMBER:0814470329]]
pregnant=yes
next_visit=[[DATE_TIME:2024/06/03]]""",
    """[2024-02-03T11:02:19Z] payment.failed card=[[CREDIT_CARD:4279208452524783]] holder="[[PERSON:ANNA NAMBAHU]]" amount=349.00 NAD merchant="FitZone Walvis" ip=[[IP_ADDRESS:41.205.133.72]] reason=insufficient_funds
[2024-02-03T11:04:55Z] payment.ok card=**** **** **** 2203 holder="[[PERSON:ANNA NAMBAHU]]" amount=349.00 NAD""",
    """SELECT * FROM policyholders WHERE id_number = '[[ID_NUMBER:6507297688085]]' AND surname = '[[PERSON:Ntuli]]';
-- returned: [[PERSON:Mandla Ntuli]], born [[DATE_TIME:1965-07-29]], funeral plan FP-3, cell [[PHONE_NUMBER:072 304 1189]]""",
    """{"resourceType":"Observation","status":"final","code":{"text":"Urine uranium"},"subject":{"reference":"Patient/6f1c2b","display":"[[PERSON:Hamunyela, Ester]]"},"effectiveDateTime":"[[DATE_TIME:2024-01-15T08:20:00+02:00]]","valueQuantity":{"value":4.2,"unit":"ug/L"},"performer":[{"display":"[[PERSON:Dr Hendrik Kruger]]"}]}""",
    """customer:
  id: [[ID_NUMBER:C-100921]]
  name: "[[PERSON:Keabetswe Modise]]"
  omang: "[[ID_NUMBER:341519806]]"
  address: "[[ADDRESS:Plot 5560]], [[LOCATION:Boseja]]"
  town: [[LOCATION:Maun]]
  mobile: "[[PHONE_NUMBER:+267 74 301 552]]"
  card_last4: "6219"
  loyalty: [[ID_NUMBER:CHOPPIES-88213]]""",
    """GET /profile?user=[[USERNAME:tuli_namib]]&redirect=/home HTTP/1.1
Host: social.example.com
Cookie: sid=8f14e45fceea167a5a36dedd4bea2543
X-Real-IP: [[IP_ADDRESS:2c0f:f8f0:c02b::19]]
Referer: https://social.example.com/[[USERNAME:ndapandula.ts]]""",
    """<visit>
  <client>[[PERSON:Kaarina Shikwambi]]</client>
  <client_no>[[ID_NUMBER:PHC-221094]]</client_no>
  <dob>[[DATE_TIME:03 Jan 1983]]</dob>
  <pharmacy>Eenhana Main</pharmacy>
  <item>Amlodipine 5mg x30</item>
  <prescriber>[[PERSON:Dr Filemon Kalenga]]</prescriber>
</visit>""",
    """test("masks library borrower", () => {
  const row = { borrower: "[[PERSON:Nikodemus Tjijenda]]", idNo: "[[ID_NUMBER:77021100481]]", cell: "[[PHONE_NUMBER:081 553 9027]]", loans: 3, shelf: "QA76.9" };
  expect(mask(row).borrower).toBe("***");
});""",
    """Jira SUP-4471: VPN drops for [[PERSON:Ingrid Mertens]] ([[USERNAME:imertens]]) on laptop DESKTOP-7KQ2L, client IP [[IP_ADDRESS:172.16.40.22]] (internal), public [[IP_ADDRESS:154.0.172.31]]. She works from [[ADDRESS:11 Bismarck Street]], [[LOCATION:Swakopmund]] on Mondays; reach her on [[PHONE_NUMBER:081 426 0173]].""",
    """Message-ID: <20240611.5518@mail.example.bw>
From: "[[PERSON:Goitseone Mothibi]]" <[[EMAIL_ADDRESS:goitse.mothibi@botsnet.bw]]>
To: hr@example-retail.bw
Subject: Leave form – [[PERSON:Goitseone Mothibi]], employee [[ID_NUMBER:DBW-071532]]
X-Originating-IP: [[IP_ADDRESS:168.167.88.213]]""",
    """{"event":"sale","lot":17,"head":8,"breed":"Simbra","seller":{"name":"[[PERSON:Petrus Beukes]]","producer_no":"[[ID_NUMBER:NLP-0388102]]"},"buyer":{"name":"[[PERSON:Uatjiua Kavari]]","bidder":212,"cell":"[[PHONE_NUMBER:+264 81 645 2209]]"},"price_per_kg":41.5,"auctioneer":"[[PERSON:Louis Swanepoel]]"}""",
    """Account,Name,Email,LastLogin,IP
[[USERNAME:mkahimise]],[[PERSON:Mbapeua Kahimise]],[[EMAIL_ADDRESS:mbapeua.k@gmail.com]],[[DATE_TIME:2024-06-02 19:44]],[[IP_ADDRESS:41.182.211.7]]""",
    """ERROR 2024-05-14 09:31:08,112 [payroll] IBAN rejected for employee [[ID_NUMBER:E-20931]] ([[PERSON:Mehmet Yıldız]]): [[IBAN_CODE:DE68 5001 0517 6401 1857 23]] -> bank unreachable; fallback to cheque at [[ADDRESS:Berliner Allee 48]], [[ZIP_CODE:40212]] [[LOCATION:Düsseldorf]]""",
    """<?xml version="1.0"?>
<Claim>
  <Member id="[[ID_NUMBER:NMC-773014]]">[[PERSON:Tuhafeni Amukoto]]</Member>
  <DateOfService>[[DATE_TIME:2024-03-22]]</DateOfService>
  <Provider>Ongwediva Medipark</Provider>
  <Diagnosis>J18.9</Diagnosis>
  <Contact>[[PHONE_NUMBER:081-270-5514]]</Contact>
</Claim>""",
    """[Unit]
Description=Gate camera uploader for [[PERSON:Dirk Rust]]'s farm
[Service]
Environment=OWNER_EMAIL=[[EMAIL_ADDRESS:dirk.rust@iway.na]]
Environment=UPLINK=[[IP_ADDRESS:196.44.100.58]]
Environment=SERIAL=CAM-GT-00913""",
    """Form: SIM registration | Name: [[PERSON:Fillemon Nghinamundova]] | ID: [[ID_NUMBER:01120800337]] | DOB: [[DATE_TIME:08/12/2001]] | Address: [[ADDRESS:House 7]], [[LOCATION:Okahenge]] village, [[LOCATION:Oshikoto]] | MSISDN: [[PHONE_NUMBER:+264 81 903 4420]] | Agent: Ondangwa Mall kiosk""",
    """Dear [[PERSON:Priyanka Chauhan]], your gym membership is renewed; we charged [[CREDIT_CARD:3702 836082 23834]] (Amex, exp 02/27) and will post the new fob to [[ADDRESS:Apartment 12, 40 Belgrave Gate]], [[LOCATION:Leicester]] [[ZIP_CODE:LE1 3GP]]. Your induction with trainer [[PERSON:Dean Whitfield]] is on [[DATE_TIME:Saturday 8 June at 11:15]].""",
    """PROVIDENT FUND – NOMINATION OF BENEFICIARIES. Member: [[PERSON:Kaarlo Shipanga]], member no. [[ID_NUMBER:MWPF-0448193]], employed at the uranium mine since [[DATE_TIME:4 January 2010]]. Beneficiaries: [[PERSON:Ndapewa Shipanga]] (spouse, 60%), [[PERSON:Tangi Shipanga]] (son, born [[DATE_TIME:18/02/2012]], 40%). Witness: [[PERSON:Rosa Gariseb]]. Signed at [[LOCATION:Arandis]] on [[DATE_TIME:9 May 2024]].""",
    """2024-06-21 14:02:11 sms-gw OUT to=[[PHONE_NUMBER:+264814471093]] body="Dear [[PERSON:Kauna]], your Meatco payment for 12 head was made to acc ending 4410." status=DELIVERED
2024-06-21 14:02:12 sms-gw OUT to=[[PHONE_NUMBER:+264812270561]] body="Dear [[PERSON:Mr Haindongo]], your carcass grading report is ready." status=QUEUED""",
    """Subscriber [[PERSON:Boitumelo Ramotswa]] ported [[PHONE_NUMBER:+267 71 880 431]] to another network on [[DATE_TIME:3 March 2024]]; the request came from [[IP_ADDRESS:41.75.10.208]] and porting PIN 5512 was confirmed by SMS; her postal address is [[ADDRESS:P O Box 402]], [[LOCATION:Francistown]].""",
    """JUDGMENT (extract). [[PERSON:Mr Daniel Okafor]] v. a property management company. The claimant, of [[ADDRESS:Flat 9, Haverstock House, 61 Chalk Farm Road]], [[LOCATION:London]] [[ZIP_CODE:NW1 8AH]], gave evidence on [[DATE_TIME:12 February 2024]] that he had reported the damp on [[DATE_TIME:3 October 2022]]. His counsel was [[PERSON:Ms Harriet Osei-Bonsu]].""",
    # --- Afrikaans, German, Oshindonga, Otjiherero and Oshikwanyama records ---
    lang("Afrikaans", """HUUROOREENKOMS. Verhuurder: [[PERSON:Johanna van Wyk]], [[ADDRESS:Posbus 3381]], [[LOCATION:Windhoek]]. Huurder: [[PERSON:Nicolaas Diergaardt]], ID-nommer [[ID_NUMBER:82060700148]], gebore [[DATE_TIME:7 Junie 1982]]. Eiendom: [[ADDRESS:Dolamstraat 14, Woonstel 3]], [[LOCATION:Khomasdal]]. Huur begin op [[DATE_TIME:1 Maart 2024]]. Selfoon van die huurder: [[PHONE_NUMBER:081 224 9037]]."""),
    lang("Afrikaans", """KOPERREGISTRASIE – Veeveiling [[LOCATION:Gobabis]]. Naam: [[PERSON:Hendrik Swart]]. Plaas: [[ADDRESS:Plaas Witvlei-Oos Nr. 118]]. ID: [[ID_NUMBER:69040300211]]. Brandmerk: [[ID_NUMBER:HSW 4]]. Selnr.: [[PHONE_NUMBER:081 127 5566]]. E-pos: [[EMAIL_ADDRESS:hswart.boerdery@gmail.com]]. Bankrekening: [[ID_NUMBER:6200 4471 830]]. Koper se nommer: 77."""),
    lang("German", """SCHADENMELDUNG. Versicherungsnehmer: [[PERSON:Friedrich von Wietersheim]], [[ADDRESS:Farm Okatjeru Nr. 86]], [[LOCATION:Omaruru]]. Schadentag: [[DATE_TIME:3. Februar 2024]]. Durch Blitzschlag verendeten 9 Rinder am Wasserloch. Polizze Nr. LW-22041. Kontakt: [[PHONE_NUMBER:064 570 112]], Handy [[PHONE_NUMBER:081 128 3304]]. Konto: [[ID_NUMBER:3400 1177 028]]."""),
    lang("German", """Aus der Gemeinde: Getauft wurde am [[DATE_TIME:14. April 2024]] [[PERSON:Lina Marie Gaerdes]], Tochter von [[PERSON:Jan]] und [[PERSON:Sabine Gaerdes]], [[ADDRESS:Moltkestraße 9]], [[LOCATION:Swakopmund]]. Paten: [[PERSON:Ute Redecker]] ([[LOCATION:Windhoek]]) und [[PERSON:Klaus Böhme]] ([[LOCATION:Lüderitz]]). Glückwünsche an [[EMAIL_ADDRESS:sabine.gaerdes@iway.na]]."""),
    lang("Oshindonga", """OKAKALATA KOSHIPANGELO. Edhina: [[PERSON:Nangula Kaulinge]]. Esiku lyokuvalwa: [[DATE_TIME:22 Apilili 1990]]. Onomola yomuvu: [[ID_NUMBER:ONJ-2016-07729]]. Omukunda: [[LOCATION:Onayena]], [[LOCATION:Oshikoto]]. Ongodhi: [[PHONE_NUMBER:081 299 4017]]. Omundohotola: [[PERSON:Dr Ndapewa Shaanika]]. Esiku lyokugaluka: [[DATE_TIME:5 Juni 2024]]."""),
    lang("Otjiherero", """OMBAPIRA YOMUNENE WOKUTJAMA. Ena: [[PERSON:Undjee Tjiueza]]. Eyuva ndi wa kwatwa: [[DATE_TIME:11 Oktober 1975]]. Onomora yomunene: [[ID_NUMBER:EHI-0092]]. Otjihuro: [[LOCATION:Otjokavare]], [[LOCATION:Kunene]]. Ozongombe: 64. Ongodi: [[PHONE_NUMBER:081 460 2281]]. Omuhona: [[PERSON:Kakuva Kasupi]]."""),
    lang("Oshikwanyama", """OMBAPILA YOMAPENDA OMAKULUNHU. Edina: [[PERSON:Kristofina Ndeyapo Nekwaya]]. Efiku lokudalwa: [[DATE_TIME:14 Maalitsa 1953]]. Onomola yomunhu: [[ID_NUMBER:53031400296]]. Omukunda: [[LOCATION:Odibo]], [[LOCATION:Ohangwena]]. Onhele yokufutwa: [[LOCATION:Eenhana]]. Onomola yongodi yomona: [[PHONE_NUMBER:081 733 6108]] ([[PERSON:Lahja Nekwaya]])."""),
    lang("Otjiherero", """Moro [[TITLE:Tate]] [[PERSON:Kandjii]], ovandu vomunene womahi uetu mave ku isana kotjiungura tjo [[DATE_TIME:20 Juni 2024]] kotjihuro [[LOCATION:Okonjatu]]. Eta omapandiro ayo nonomora yoye [[ID_NUMBER:OTJ-0381]]. Pura [[PERSON:Kazeongere Maharero]] ku [[PHONE_NUMBER:081 552 4196]]. Okuhepa."""),
]

GEN = [
    """Hi, I'm [[PERSON:Ndapandula Tsheehama]] and my debit order bounced twice this month. My account number is [[ID_NUMBER:6228 0145 573]] and you can phone me on [[PHONE_NUMBER:081 442 0917]] after work.""",
    """Could you please move my dentist appointment from [[DATE_TIME:the 14th of June]] to the following Friday? This is [[PERSON:Anneke Brand]], patient number [[ID_NUMBER:DP-11834]].""",
    """My grandfather [[PERSON:Josua Kavari]] is [[AGE:83]] and still walks to the kraal every morning; he was born at [[LOCATION:Okakarara]] on [[DATE_TIME:2 February 1941]].""",
    """The parcel for [[PERSON:thomas haufiku]] was left at the wrong gate, it should have gone to [[ADDRESS:17 Mozart Street]], [[LOCATION:Eros]], not number 71.""",
    """We sold forty-two weaners at the auction on Thursday and the money went into my brother [[PERSON:Kambonde]]'s account because mine was frozen; his cell is [[PHONE_NUMBER:+264 81 224 7703]].""",
    """Please update my address to [[ADDRESS:PO Box 9921]], [[LOCATION:Eros]], [[LOCATION:Windhoek]] and my email to [[EMAIL_ADDRESS:lucia.nambinga@gmail.com]]. Thanks, [[PERSON:Lucia Nambinga]].""",
    """I need a new SIM card for [[PHONE_NUMBER:085 771 0942]]; the contract is in the name of my late husband [[PERSON:Immanuel Shaningwa]] and my ID is [[ID_NUMBER:74090100327]].""",
    """After twelve years underground at the diamond mine, [[PERSON:Moses Tlhabanelo]] retired on [[DATE_TIME:31 March 2024]] and moved back to his cattle post outside [[LOCATION:Letlhakane]].""",
    """Dear team, [[PERSON:sarah o'connell]] from accounts will cover for me while I'm away; her extension is 2210 and her mobile is [[PHONE_NUMBER:07700 900 614]].""",
    """The rangers found the injured rhino cow near the spring, and [[PERSON:Tjiuongua]] radioed the conservancy office before sunset; nobody else was hurt.""",
    """My son [[PERSON:Tuli]] turned [[AGE:6]] on [[DATE_TIME:3 May]] and we'd like to enrol him at the school in [[LOCATION:Otjomuise]] for next year; our address is [[ADDRESS:Erf 3319]], [[LOCATION:Otjomuise]].""",
    """Thank you for the quick refund! The shoes were returned by [[PERSON:Zanele Khumalo]] at our store in [[LOCATION:Menlyn]], and the credit went back to card [[CREDIT_CARD:5471 9116 2807 6819]].""",
    """I am writing on behalf of my mother, [[PERSON:Saara Nepando]], aged [[AGE:71]], whose old age grant was not paid at the [[LOCATION:Outapi]] pay point this month; her ID number is [[ID_NUMBER:53021800264]].""",
    """Can someone call [[PERSON:Mr Gerhard Kotzé]] back about the borehole pump? His number is [[PHONE_NUMBER:067 302 458]] on the farm and [[PHONE_NUMBER:081 240 6618]] when he is in town.""",
    """The vet said our dog is fine, but the invoice came addressed to [[PERSON:Petra Hoffmann]] instead of [[PERSON:Petra Hofmann]]; please correct it to [[ADDRESS:4 Schanzen Road]], [[LOCATION:Klein Windhoek]].""",
    """We met [[PERSON:Ndahafa]] at the trade fair in [[LOCATION:Oshakati]] and she told us she has been selling goats since she was [[AGE:19]].""",
    """My flight to [[LOCATION:Frankfurt]] on [[DATE_TIME:18 July 2024]] was cancelled; booking reference QX7PLM, passenger [[PERSON:Ester Shiimi]], passport [[ID_NUMBER:P01223874]].""",
    """Please send the payslips for March to [[EMAIL_ADDRESS:ipumbu.shiimi@gmail.com]]; my employee number is [[ID_NUMBER:41882]] and I work night shift at the bakery.""",
    """The council letter for [[PERSON:Fiifi Mensah]] says the bins at [[ADDRESS:19 Cowley Road]], [[LOCATION:Oxford]] [[ZIP_CODE:OX4 1HP]] will be collected on Tuesdays from now on.""",
    """Yesterday [[PERSON:Ueitjiua]] and his cousin drove the cattle from [[LOCATION:Otjinene]] to the auction pens, a trip of almost six hours with the old Isuzu [[ID_NUMBER:N 8840 GO]].""",
    """Hi, this is [[PERSON:Mpho Sekgoma]] — I left my laptop on the bus from [[LOCATION:Gaborone]] to [[LOCATION:Palapye]] on [[DATE_TIME:Friday 12 April]]; if found please ring [[PHONE_NUMBER:+267 75 332 108]].""",
    """The hospital confirmed that [[PERSON:Kalimbo]]'s surgery is on [[DATE_TIME:22 August 2024 at 07:30]], and he must not eat after midnight.""",
    """I'd like to report a fraudulent transaction on my card [[CREDIT_CARD:4869 5933 0747 9820]]; I have never been to [[LOCATION:Dubai]], I'm at home in [[LOCATION:Lüderitz]]. — [[PERSON:Reinhard Kubirske]]""",
    """Register the new game guard please: [[PERSON:Kamwi Sinvula]], born [[DATE_TIME:1996/07/21]], ID [[ID_NUMBER:96072100481]], from [[LOCATION:Bukalo]], cell [[PHONE_NUMBER:081 351 9904]].""",
    """My landlord [[PERSON:Mr. Lionel Jacobs]] has not returned my deposit since I moved out of [[ADDRESS:Unit 6, 22 Fairway Drive]], [[LOCATION:Durbanville]] on [[DATE_TIME:30 April 2024]].""",
    """My daughter [[PERSON:Nelago]] lost her learner's licence; her full name is [[PERSON:Nelago Hidinwa]] and she was born on [[DATE_TIME:09.02.2006]].""",
    """The new shift roster puts [[PERSON:Hamutenya]], [[PERSON:van Rooyen]] and [[PERSON:Garoes]] on the early shift at the call centre from Monday, and [[PERSON:Haimbili]] moves to the night desk.""",
    """Please deliver the fridge to my sister [[PERSON:Selma Amakali]] at [[ADDRESS:Erf 221, Extension 4]], [[LOCATION:Ondangwa]]; she'll be home from 2 pm and her number is [[PHONE_NUMBER:081 600 3347]].""",
    """I renewed my gym membership online but the app still shows [[USERNAME:kavezeri_fit]] as expired — my member ID is [[ID_NUMBER:VF-220913]].""",
    """Our neighbour, old [[TITLE:Meneer]] [[PERSON:Steyn]], passed away on [[DATE_TIME:5 March]] at the age of [[AGE:91]]; the funeral will be at the farm near [[LOCATION:Maltahöhe]].""",
    """Congratulations to [[PERSON:Nangolo Mbumba]] of [[LOCATION:Eenhana]], who won the junior chess section on [[DATE_TIME:6 April]]!""",
    """I'm [[PERSON:Caroline Mwale]], the owner of the Toyota [[ID_NUMBER:CA 447-219]], and I was not driving in [[LOCATION:Stellenbosch]] on the day of that speeding fine.""",
    """Can you check whether [[PERSON:lahja]]'s medical aid covers the MRI? Her membership number is [[ID_NUMBER:NHP 0448 1123]] and she's booked for [[DATE_TIME:Tuesday 4 June]].""",
    """The contractor [[PERSON:Jan-Hendrik Cloete]] quoted N$ 38 000 to fence the new camp on [[ADDRESS:Farm Kleinfontein]]; call him on [[PHONE_NUMBER:081 129 0044]] before Friday.""",
    """My Twitter handle is [[USERNAME:ndeshi_writes]] and I've been locked out since I changed my phone to [[PHONE_NUMBER:+264 81 633 4410]]; my name on the account is [[PERSON:Ndeshipanda Hamutumwa]].""",
    """[[PERSON:Dr. Amupolo]] told us that the clinic in [[LOCATION:Okongo]] will have the vaccines from next week, and that [[TITLE:Meme]] [[PERSON:Foibe]] should bring the child's health passport.""",
    """We are organising a surprise party for [[PERSON:Harald]], who turns [[AGE:50]] on [[DATE_TIME:20 September]]; RSVP to [[PERSON:Gisela]] at [[EMAIL_ADDRESS:gisela.schneider@web.de]].""",
    """Dear Sir, I, [[PERSON:Uaundja Kaundjua]], request a transfer from the school in [[LOCATION:Okakarara]] to one in [[LOCATION:Windhoek]], as my wife has been appointed there from [[DATE_TIME:1 January 2025]].""",
    """The cyclist who was injured, [[PERSON:Shapwa Kanime]], [[AGE:34]], is recovering at the hospital in [[LOCATION:Oranjemund]] and his family has been told.""",
    """My NHS number is [[ID_NUMBER:627 937 9361]]; I'm [[PERSON:Eleanor Whitcombe]] and I need a repeat prescription for my inhaler sent to the pharmacy on [[ADDRESS:3 Market Place]], [[LOCATION:Frome]].""",
    """At the conservancy AGM [[PERSON:Kasaona]] was re-elected chairperson, and the treasurer, [[PERSON:Ms Kaaere Tjiposa]], reported the trophy-hunting income.""",
    """The shop owner [[PERSON:Naftal Hangula]] from [[LOCATION:Oshikango]] bought two chest freezers and paid with a cheque from account [[ID_NUMBER:2003 4471 198]].""",
    """Good morning, my name is [[PERSON:Amanda Gowases]] and I'd like to book a room from [[DATE_TIME:12 to 15 December]] for two adults; my phone is [[PHONE_NUMBER:081 772 4015]].""",
    """If found, please return this phone to [[PERSON:Ricardo Domingos]], [[ADDRESS:Rua 11 de Novembro 45]], [[LOCATION:Namibe]], or call [[PHONE_NUMBER:+244 931 227 480]].""",
    """Hey, it's [[PERSON:Tuyeni]]! Send the photos from the wedding to [[EMAIL_ADDRESS:tuyeni.ndjaba@yahoo.com]], and tell [[PERSON:Ndeyapo]] I owe her lunch.""",
    """My account was hacked; the attacker logged in from [[IP_ADDRESS:185.220.101.47]] and changed my recovery email to something I don't know. My username is [[USERNAME:kuhanga_p]].""",
    """On [[DATE_TIME:17 January 2024]] [[PERSON:Dawid Garoeb]] signed for the consignment of 120 bags of lick at the co-op in [[LOCATION:Khorixas]].""",
    """I'm writing to dispute the electricity bill for [[ADDRESS:8 Ben Amathila Avenue]], [[LOCATION:Walvis Bay]]; the meter was read while I, [[PERSON:Ruth Nashikaku]], was away.""",
    """The nurse said baby [[PERSON:Ndilimeke]] weighed 3.2 kg at birth on [[DATE_TIME:11 November 2023]] and that her mother, [[PERSON:Ndapewa Haikali]], is doing well.""",
    """Hello, I am [[PERSON:Samuel Kahorongo]], staff number [[ID_NUMBER:NDB 30417]]; please confirm my overtime for the marine vessel rotation that ended on [[DATE_TIME:26 May]].""",
    """Please note that [[PERSON:Olga Nakale]] has replaced [[PERSON:Victoria Katjimune]] as the school's contact for the feeding scheme; you can reach [[PERSON:Olga]] on [[PHONE_NUMBER:081 227 8803]].""",
    """For the visa I need to show that I live at [[ADDRESS:Flat 12, 37 Grafton Street]], [[LOCATION:Manchester]] [[ZIP_CODE:M13 9NU]] and that my date of birth is [[DATE_TIME:22/11/1997]] — [[PERSON:Tapiwa Moyo]].""",
    """The auctioneer, [[PERSON:Louis Swanepoel]], said [[TITLE:Oom]] [[PERSON:Koos]]'s Bonsmara bull fetched the top price of the day.""",
    """I have been a customer for ten years, my client number is [[ID_NUMBER:0044219871]], and I would like to close my savings account; kind regards, [[PERSON:Ingrid Hoaes]], [[PHONE_NUMBER:063 221 507]].""",
    """My friend [[PERSON:Kavezeri]] said the new rangers at [[LOCATION:Puros]] were trained by [[PERSON:Ms Bertha Tjirare]] last month.""",
    """Our records show that [[PERSON:Patience Mabunda]], [[AGE:29]], of [[ADDRESS:1842 Zone 2]], [[LOCATION:Ga-Rankuwa]], has been referred to the eye clinic on [[DATE_TIME:2024-07-09]].""",
    """After the blast, [[PERSON:Mbaeva]] and [[PERSON:Nghixulifwa]] checked the bench and signed the log at 14:20; the shift boss, [[PERSON:Erich Böttger]], countersigned.""",
    """Please forward the tender documents to [[PERSON:Abel Tjikuzu]] at [[EMAIL_ADDRESS:abel.tjikuzu@outlook.com]], and copy [[PERSON:Sakaria]], who will be on leave from [[DATE_TIME:3 June]].""",
    """I lost my wallet with my ID ([[ID_NUMBER:88110200419]]), my bank card and my driver's licence near the hospital in [[LOCATION:Katutura]]; my name is [[PERSON:Martha-Lee Gaes]].""",
    """The Uber driver, [[PERSON:Sello]], picked me up at [[ADDRESS:44 Jan Smuts Avenue]], [[LOCATION:Rosebank]] at 23:10 and his car was [[ID_NUMBER:HX 42 PL GP]].""",
    """Winner of the photo competition: [[PERSON:Leevi Mbidi]] from [[LOCATION:Opuwo]], [[AGE:22]], for his picture of the desert elephants near [[LOCATION:Orupembe]]; more of his work is at [[URL:https://leevimbidi.photo]].""",
    """When [[PERSON:Katharina]] rang the bank, they told her to bring her passport ([[ID_NUMBER:C8RL2K7T4]]) and her Meldebescheinigung for [[ADDRESS:Lindenstraße 31]], [[ZIP_CODE:50674]] [[LOCATION:Köln]].""",
    """Could the pharmacy deliver [[PERSON:Mrs Fiona Ntema]]'s insulin to [[ADDRESS:House 27]], [[LOCATION:Ngweze]] in [[LOCATION:Katima Mulilo]] tomorrow? She is [[AGE:76]] and cannot walk far.""",
    """Please call [[PERSON:Ndilimeke]] back at [[PHONE_NUMBER:0816605512]] about the lost luggage from flight SA 074 on [[DATE_TIME:2 March]].""",
    """I, [[PERSON:Kazeongere Tjihumino]], confirm that the 18 cattle branded [[ID_NUMBER:KTJ 2]] belong to me and were moved to [[LOCATION:Okondjatu]] with a permit on [[DATE_TIME:10 April 2024]].""",
    """Good afternoon, I'm calling about the home loan for [[ADDRESS:Erf 7714, Extension 11]], [[LOCATION:Rundu]]; the application was made by my wife, [[PERSON:Hileni Mpasi]], and me, [[PERSON:Andreas Mpasi]], on [[DATE_TIME:14 March]].""",
    """Please insure the new car from [[DATE_TIME:1 July]] under my existing policy; the registration is [[ID_NUMBER:N 22091 W]] and the main driver is my son [[PERSON:Lukas]], who is [[AGE:20]].""",
    """someone is pretending to be me on facebook with my photos, my real profile is [[URL:https://www.facebook.com/nelao.kapolo]] — please help, [[PERSON:nelao kapolo]]""",
    """The passport office in [[LOCATION:Gaborone]] says [[PERSON:Onkarabile Tau]]'s passport will be ready on [[DATE_TIME:28 June]]; she can collect it with her Omang, [[ID_NUMBER:794324017]].""",
    """[[PERSON:Gabriel Nunes]] flew from [[LOCATION:Luanda]] to [[LOCATION:Windhoek]] on [[DATE_TIME:5 May 2024]] and is staying with his aunt at [[ADDRESS:12 Church Street]], [[LOCATION:Windhoek West]] until the end of the month.""",
    """Dear customer [[PERSON:Siphiwe Ndlovu]], your fibre installation at [[ADDRESS:17 Acacia Crescent]], [[LOCATION:Polokwane]] [[ZIP_CODE:0699]] is confirmed for [[DATE_TIME:Wednesday, 19 June, between 08:00 and 12:00]]; our technician will call [[PHONE_NUMBER:079 331 2084]] on the way.""",
    # --- Oshikwanyama, Oshindonga, Otjiherero, Afrikaans and German of Namibia ---
    lang("Oshikwanyama", """Edina lange [[PERSON:Ndeshihafela Ashipala]], ondi na eedula [[AGE:42]] nohandi kala moshilando [[LOCATION:Eenhana]]. Onda dalwa mo [[DATE_TIME:3 Juni 1982]], nonomola yange yongodi [[PHONE_NUMBER:081 227 5143]]."""),
    lang("Oshikwanyama", """[[TITLE:Tate]] [[PERSON:Mweshipandeka]] okwa landifa eengombe nhatu k[[LOCATION:Okalongo]], novimaliwa ova tumwa kakonto [[ID_NUMBER:6229 1144 907]] mefiku [[DATE_TIME:12 Apilili 2024]]."""),
    lang("Oshindonga", """Edhina lyandje [[PERSON:Ndapewa Nghifikwa]] nonda valwa [[DATE_TIME:19 Mei 1995]] m[[LOCATION:Ondangwa]]. Ohandi longo koshipangelo shoka moshilando [[LOCATION:Oniipa]], nongodhi yandje [[PHONE_NUMBER:081 414 7092]]."""),
    lang("Oshindonga", """Kuku [[PERSON:Loide Shaanika]] oku na oomvula [[AGE:88]] na okwa kala nale m[[LOCATION:Oshigambo]]; okandjugo ke oke li pu [[ADDRESS:Erf 44]], [[LOCATION:Onethindi]]."""),
    lang("Otjiherero", """Ena randje [[PERSON:Vijandjua Kandjii]], ami mbi nozombura [[AGE:36]]. Mbi ri motjihuro tjo [[LOCATION:Okakarara]] nozongombe zandje 48; ongodi yandje [[PHONE_NUMBER:081 470 3319]]."""),
    lang("Otjiherero", """[[TITLE:Omuhona]] [[PERSON:Tjinaani Hoveka]] ma ya kotjihuro [[LOCATION:Otjituuo]] [[DATE_TIME:14 Juli 2024]] okuyenda kovandu; ozombapira ma ze yandjwa i [[PERSON:Katjiteo Kauaria]], ongodi [[PHONE_NUMBER:081 225 6618]]."""),
    lang("Afrikaans", """Ek is [[PERSON:Marietjie Engelbrecht]] en ek boer al vyftien jaar op [[ADDRESS:Plaas Rietfontein]] naby [[LOCATION:Gobabis]]; my selnommer is [[PHONE_NUMBER:081 127 0093]] as die veeveiling my wil kontak."""),
    lang("Afrikaans", """Ons seun [[PERSON:Ruan]] is op [[DATE_TIME:12 Oktober 2017]] gebore en begin volgende jaar in Graad 1; ons woon by [[ADDRESS:Kerkstraat 15]], [[LOCATION:Keetmanshoop]]. Groete, [[PERSON:Annelize Kotzé]]."""),
    lang("German", """Liebe [[PERSON:Uschi]], der Viehverkauf auf [[ADDRESS:Farm Ombujomatemba]] ist am 18. Mai ab 10 Uhr. Ruf bitte [[PERSON:Dieter Mertens]] unter [[PHONE_NUMBER:081 128 4471]] an, wenn ihr Anhänger braucht. Gruß, [[PERSON:Heike]]."""),
]

TABLE = [
    """lot,head,breed,avg_kg,seller,seller_cell,buyer
12,8,Brahman x,231,[[PERSON:P. Beukes]],[[PHONE_NUMBER:081 127 4410]],[[PERSON:U. Kavari]]
13,11,Simbra,208,[[PERSON:J. Tjijenda]],[[PHONE_NUMBER:081 553 9027]],Feedlot Namibia
14,6,Nguni,187,[[PERSON:Kazenambo F.]],[[PHONE_NUMBER:081 660 2174]],[[PERSON:H. Swart]]""",
    """staff_no;surname;first_name;section;shift;dosimeter
[[ID_NUMBER:RUL-40817]];[[PERSON:Shikongo]];[[PERSON:Tangeni]];Processing;B;[[ID_NUMBER:TLD-0093348]]
[[ID_NUMBER:RUL-41002]];[[PERSON:Gariseb]];[[PERSON:Rosa]];Laboratory;A;[[ID_NUMBER:TLD-0093361]]
[[ID_NUMBER:RUL-39544]];[[PERSON:Amukwaya]];[[PERSON:Johannes]];Mining;C;[[ID_NUMBER:TLD-0093302]]""",
    """| Name | Phone | Email | Plan |
|---|---|---|---|
| [[PERSON:Ndahafa Shilongo]] | [[PHONE_NUMBER:081 403 2217]] | [[EMAIL_ADDRESS:ndahafa.s@gmail.com]] | Gold |
| [[PERSON:Keith van der Merwe]] | [[PHONE_NUMBER:081 290 7716]] | [[EMAIL_ADDRESS:keithvdm@iafrica.com.na]] | Silver |
| [[PERSON:Bertha Ganes]] | [[PHONE_NUMBER:085 214 6630]] | [[EMAIL_ADDRESS:bertha.ganes@yahoo.com]] | Basic |""",
    """ id  | patient_name      | dob        | ward | bed
-----+-------------------+------------+------+-----
 101 | [[PERSON:Nelao Iyambo]]      | [[DATE_TIME:1988-01-12]] | Surg | 4
 102 | [[PERSON:Matheus Shikesho]]  | [[DATE_TIME:1959-10-03]] | Med  | 11
 103 | [[PERSON:Rauha Nambahu]]     | [[DATE_TIME:2001-06-25]] | Mat  | 2
(3 rows)""",
    """member_no\tname\tvillage\tphone\tjoined
[[ID_NUMBER:TOR-0214]]\t[[PERSON:Ueripaka Kasaona]]\t[[LOCATION:Bergsig]]\t[[PHONE_NUMBER:081 330 5512]]\t[[DATE_TIME:2011-03-04]]
[[ID_NUMBER:TOR-0381]]\t[[PERSON:Rosalia Tjambiru]]\t[[LOCATION:De Riet]]\t[[PHONE_NUMBER:081 472 9908]]\t[[DATE_TIME:2014-09-17]]
[[ID_NUMBER:TOR-0402]]\t[[PERSON:Elias Ganuseb]]\t[[LOCATION:Bergsig]]\t-\t[[DATE_TIME:2015-01-22]]""",
    """{"name": "[[PERSON:Anna Nambahu]]", "card": "[[CREDIT_CARD:4620 6508 7167 9761]]", "exp": "08/26", "amount": 349.00}
{"name": "[[PERSON:Jerome Isaacs]]", "card": "[[CREDIT_CARD:5378 5050 0352 7489]]", "exp": "01/25", "amount": 120.50}
{"name": "[[PERSON:Ndeyapo Hamata]]", "card": "[[CREDIT_CARD:4599 5473 5607 6926]]", "exp": "12/27", "amount": 75.00}""",
    """- name: [[PERSON:Kagiso Sebina]]
  omang: "[[ID_NUMBER:184512770]]"
  mine: Orapa
  role: Diamond Sorter
  cell: "[[PHONE_NUMBER:+267 71 449 102]]"
- name: [[PERSON:Lesego Molefhe]]
  omang: "[[ID_NUMBER:230822541]]"
  mine: Jwaneng
  role: Plant Operator
  cell: "[[PHONE_NUMBER:+267 74 882 019]]\"""",
    """Name:      [[PERSON:Hilma Shivute]]
ID No:     [[ID_NUMBER:79112500418]]
Born:      [[DATE_TIME:25.11.1979]]
Address:   [[ADDRESS:PO Box 2093]], [[LOCATION:Ondangwa]]
Cell:      [[PHONE_NUMBER:0812 470 335]]
Loan:      N$ 180 000
Status:    Approved""",
    """"Surname","First names","Date of birth","Nationality","Passport"
"[[PERSON:Domingos]]","[[PERSON:Ricardo Manuel]]","[[DATE_TIME:14/02/1987]]","[[NRP:Angolan]]","[[ID_NUMBER:N2104477]]"
"[[PERSON:Haimbodi]]","[[PERSON:Teresa]]","[[DATE_TIME:30/08/1992]]","[[NRP:Namibian]]","[[ID_NUMBER:P00881214]]"
"[[PERSON:Schneider]]","[[PERSON:Jonas]]","[[DATE_TIME:02/03/1979]]","[[NRP:German]]","[[ID_NUMBER:C4FJ71W09]]\"""",
    """NAME                 ACCOUNT        TYPE       BALANCE
[[PERSON:Shilongo N.]]          [[ID_NUMBER:62281407715]]    Savings    12 480.22
[[PERSON:Amakali S.]]           [[ID_NUMBER:62003318042]]    Cheque      3 101.90
[[PERSON:Nakale O.]]            [[ID_NUMBER:62117745013]]    Savings       880.05""",
    """order_id,customer,email,postcode,total
ORD-77120,[[PERSON:Gareth Pritchard]],[[EMAIL_ADDRESS:g.pritchard58@btinternet.com]],[[ZIP_CODE:CF83 1HQ]],42.99
ORD-77121,[[PERSON:Aisha Rahman]],[[EMAIL_ADDRESS:aisha.rahman@outlook.com]],[[ZIP_CODE:B12 8DL]],18.50
ORD-77122,[[PERSON:Callum McBride]],[[EMAIL_ADDRESS:callum.mcbride@gmail.com]],[[ZIP_CODE:EH10 4PW]],103.00""",
    """| learner | grade | dob | guardian | guardian_cell |
|---------|-------|-----|----------|---------------|
| [[PERSON:Panduleni Nghidinwa]] | 4 | [[DATE_TIME:2015-09-17]] | [[PERSON:Magano Nghidinwa]] | [[PHONE_NUMBER:081 402 6637]] |
| [[PERSON:Tuli Amutenya]] | 4 | [[DATE_TIME:2015-12-02]] | [[PERSON:Ndeshi Amutenya]] | [[PHONE_NUMBER:081 295 0310]] |
| [[PERSON:Ivan Isaacs]] | 5 | [[DATE_TIME:2014-04-29]] | [[PERSON:Chantal Isaacs]] | [[PHONE_NUMBER:081 710 4482]] |""",
    """employee_id\tname\ttax_id\tiban\tdept
[[ID_NUMBER:E-20931]]\t[[PERSON:Mehmet Yıldız]]\t[[ID_NUMBER:45637182981]]\t[[IBAN_CODE:DE68500105176401185723]]\tLogistics
[[ID_NUMBER:E-20944]]\t[[PERSON:Sophie Krüger]]\t[[ID_NUMBER:41024397860]]\t[[IBAN_CODE:DE06370400449506961610]]\tFinance
[[ID_NUMBER:E-20952]]\t[[PERSON:Lukas Wendt]]\t[[ID_NUMBER:63410197524]]\t[[IBAN_CODE:DE72760100857981509516]]\tIT""",
    """plate,make,owner,owner_id,expiry
[[ID_NUMBER:N 51234 W]],Toyota Hilux,[[PERSON:Ferdinand Kazenambo]],[[ID_NUMBER:66031200459]],2025-03
[[ID_NUMBER:N 2204 GO]],Isuzu FTR,[[PERSON:Johannes Ndilula]],[[ID_NUMBER:84101200563]],2024-11
[[ID_NUMBER:N 448 SK]],VW Polo,[[PERSON:Ingrid Mertens]],[[ID_NUMBER:90052200176]],2026-01""",
    """username,ip,last_login,country
[[USERNAME:tuli_namib]],[[IP_ADDRESS:41.182.35.201]],[[DATE_TIME:2024-06-01 22:14]],[[LOCATION:Namibia]]
[[USERNAME:kg_sebina]],[[IP_ADDRESS:168.167.44.19]],[[DATE_TIME:2024-06-02 06:51]],[[LOCATION:Botswana]]
[[USERNAME:zane.k]],[[IP_ADDRESS:2c0f:fb50:4003:802::200e]],[[DATE_TIME:2024-05-30 13:02]],[[LOCATION:South Africa]]""",
    """claimant | incident | date | animal | village | amount
[[PERSON:Rosalia Tjambiru]] | crop raid | [[DATE_TIME:14 Feb 2024]] | elephant | [[LOCATION:De Riet]] | N$ 1 500
[[PERSON:Ueitjiua Karutjaiva]] | calf killed | [[DATE_TIME:02 Mar 2024]] | lion | [[LOCATION:Warmquelle]] | N$ 2 000
[[PERSON:Tjimuine Kasupi]] | goats killed (3) | [[DATE_TIME:19 Mar 2024]] | hyena | [[LOCATION:Sesfontein]] | N$ 1 200""",
    """- tenant: [[PERSON:Tuyeni Kambonde]]
  unit: "[[ADDRESS:9 Feld Street, Flat 2]]"
  rent: 6800
  since: [[DATE_TIME:2024-03-01]]
- tenant: [[PERSON:Gerson Tjivikua]]
  unit: "[[ADDRESS:9 Feld Street, Flat 4]]"
  rent: 7200
  since: [[DATE_TIME:2022-08-01]]""",
    """Name;Vorname;Geburtsdatum;Straße;PLZ;Ort
[[PERSON:Lindemann]];[[PERSON:Katrin]];[[DATE_TIME:04.07.1985]];[[ADDRESS:Ahornweg 7]];[[ZIP_CODE:34117]];[[LOCATION:Kassel]]
[[PERSON:Bräuer]];[[PERSON:Jonas]];[[DATE_TIME:19.12.1990]];[[ADDRESS:Oranienstraße 185]];[[ZIP_CODE:10999]];[[LOCATION:Berlin]]
[[PERSON:Yıldız]];[[PERSON:Mehmet]];[[DATE_TIME:27.01.1983]];[[ADDRESS:Berliner Allee 48]];[[ZIP_CODE:40212]];[[LOCATION:Düsseldorf]]""",
    """+------------------+-----------------+------+--------+
| name             | nhs_no          | age  | clinic |
+------------------+-----------------+------+--------+
| [[PERSON:Eleanor Whitcombe]] | [[ID_NUMBER:627 937 9361]]    | [[AGE:72]]   | COPD   |
| [[PERSON:Rajesh Patel]]     | [[ID_NUMBER:657 775 7925]]    | [[AGE:58]]   | DM     |
| [[PERSON:Joan McAllister]]  | [[ID_NUMBER:591 320 2570]]    | [[AGE:81]]   | HF     |
+------------------+-----------------+------+--------+""",
    """ticket,opened,customer,msisdn,issue
INC-4411,2024-05-12,[[PERSON:Erkki Nauyoma]],[[PHONE_NUMBER:0814880193]],no signal
INC-4412,2024-05-12,[[PERSON:Beata Iipinge]],[[PHONE_NUMBER:0813301128]],data not working
INC-4413,2024-05-13,[[PERSON:Hans Gaeb]],[[PHONE_NUMBER:0857704412]],SIM blocked""",
    """{"guard": "[[PERSON:Simasiku Mwilima]]", "staff": "[[ID_NUMBER:KWA-017]]", "patrol": "P-88", "km": 14.2, "sightings": 6}
{"guard": "[[PERSON:Mubita Liswaniso]]", "staff": "[[ID_NUMBER:KWA-021]]", "patrol": "P-89", "km": 11.7, "sightings": 3}""",
    """Guest          Room  Check-in     Check-out    Phone
[[PERSON:Amanda Gowases]]   214   [[DATE_TIME:12 Dec 2024]]  [[DATE_TIME:15 Dec 2024]]  [[PHONE_NUMBER:081 772 4015]]
[[PERSON:Peter Smit]]       108   [[DATE_TIME:13 Dec 2024]]  [[DATE_TIME:14 Dec 2024]]  [[PHONE_NUMBER:+27 82 441 0937]]
[[PERSON:Mia Hartmann]]     301   [[DATE_TIME:13 Dec 2024]]  [[DATE_TIME:20 Dec 2024]]  [[PHONE_NUMBER:+49 171 2293045]]""",
    """client: [[PERSON:Annelie Louw]]
client_no: [[ID_NUMBER:10022]]
farm: [[ADDRESS:Farm Hochfeld-Süd]]
district: [[LOCATION:Okahandja]]
pets: 2
last_visit: [[DATE_TIME:2024-05-08]]
vet: [[PERSON:Dr P. Engelbrecht]]""",
    """id,first,last,email,gender,ip_address
1,[[PERSON:Nangula]],[[PERSON:Amutenya]],[[EMAIL_ADDRESS:nangula.amutenya@gmail.com]],F,[[IP_ADDRESS:41.182.77.104]]
2,[[PERSON:Sipho]],[[PERSON:Dlamini]],[[EMAIL_ADDRESS:sipho.dlamini@webmail.co.za]],M,[[IP_ADDRESS:102.132.14.9]]
3,[[PERSON:Gerda]],[[PERSON:Voigts]],[[EMAIL_ADDRESS:gerda.voigts@iway.na]],F,[[IP_ADDRESS:196.44.138.2]]""",
    """| Beneficiary | ID number | Region | Grant | Pay point |
|:--|:--|:--|:--|:--|
| [[PERSON:Saara Nepando]] | [[ID_NUMBER:53021800264]] | [[LOCATION:Omusati]] | old age | [[LOCATION:Outapi]] |
| [[PERSON:Erastus Haingura]] | [[ID_NUMBER:71090500287]] | [[LOCATION:Kavango East]] | disability | [[LOCATION:Rundu]] |
| [[PERSON:Kristofina Nekwaya]] | [[ID_NUMBER:53031400296]] | [[LOCATION:Ohangwena]] | old age | [[LOCATION:Eenhana]] |""",
    """driver\tlicence\tphone\troute\tdeparture
[[PERSON:Jannie Diergaardt]]\t[[ID_NUMBER:31220045002]]\t[[PHONE_NUMBER:081 299 0415]]\t[[LOCATION:Windhoek]]-[[LOCATION:Keetmanshoop]]\t06:00
[[PERSON:Petrus Nghilifa]]\t[[ID_NUMBER:35510277011]]\t[[PHONE_NUMBER:081 407 7732]]\t[[LOCATION:Windhoek]]-[[LOCATION:Oshakati]]\t05:30""",
    """Name | Student no. | Programme | Email
[[PERSON:Loide Kaulinge]] | [[ID_NUMBER:221045873]] | BSc Geology | [[EMAIL_ADDRESS:221045873@students.unam.na]]
[[PERSON:Kenneth Mubiana]] | [[ID_NUMBER:220913402]] | BSc Mining Eng | [[EMAIL_ADDRESS:220913402@students.unam.na]]
[[PERSON:Frieda Nghiyalwa]] | [[ID_NUMBER:222301177]] | BVSc | [[EMAIL_ADDRESS:222301177@students.unam.na]]""",
    """donor,amount_gbp,gift_aid,iban,town
[[PERSON:Fiona Gallagher]],15,yes,[[IBAN_CODE:GB02LOYD02367897241623]],[[LOCATION:Harrogate]]
[[PERSON:Ian Thornbury]],25,no,[[IBAN_CODE:GB90HBUK65764183336921]],[[LOCATION:York]]
[[PERSON:Priya Anand]],10,yes,[[IBAN_CODE:GB58MIDL32875754576437]],[[LOCATION:Leeds]]""",
    """    Applicant            ID               Erf / Area                  Income
    [[PERSON:Loide Mbango]]         [[ID_NUMBER:85030700215]]      [[ADDRESS:Shack 44]], [[LOCATION:Havana]]            4 200
    [[PERSON:Josef Goagoseb]]       [[ID_NUMBER:77110900373]]      [[ADDRESS:Erf 1190]], [[LOCATION:Goreangab]]         5 900
    [[PERSON:Helena Shivolo]]       [[ID_NUMBER:91020300528]]      [[ADDRESS:Erf 877]], [[LOCATION:Okahandja Park]]     3 750""",
    """sku,item,qty,unit_price,sold_by
CM-3301,Cement 50kg,40,110.00,[[PERSON:Dawid Garoeb]]
PT-0912,Roof paint 20L,2,1250.00,[[PERSON:Dawid Garoeb]]
WB-1020,Wheelbarrow 65L,6,890.00,[[PERSON:Mercia Hoebes]]""",
    """{"user": "[[USERNAME:NamibNomad_91]]", "rank": 1, "score": 48210, "country": "[[LOCATION:South Africa]]"}
{"user": "[[USERNAME:kalahari_ghost]]", "rank": 2, "score": 47980, "country": "[[LOCATION:Botswana]]"}
{"user": "[[USERNAME:ovambo_sniper]]", "rank": 3, "score": 47102, "country": "[[LOCATION:Namibia]]"}""",
    """Position  Name                    Staff no.   Next medical
Foreman   [[PERSON:Erich Böttger]]           [[ID_NUMBER:LH-1120]]     [[DATE_TIME:2024-08-14]]
Driller   [[PERSON:Moses Nghixulifwa]]       [[ID_NUMBER:LH-2291]]     [[DATE_TIME:2024-07-02]]
Blaster   [[PERSON:Vetaruhe Mbaeva]]         [[ID_NUMBER:LH-2377]]     [[DATE_TIME:2024-09-30]]""",
    """policy;insured;dob;cover;premium
HP-55190;[[PERSON:Kagiso Mokgethi]];[[DATE_TIME:1988/03/19]];Hospital plan;P 480
HP-55191;[[PERSON:Naledi Mokgethi]];[[DATE_TIME:1990/11/05]];Hospital plan;P 480
HP-55192;[[PERSON:Lorato Mokgethi]];[[DATE_TIME:2016/07/22]];Child add-on;P 120""",
    """| Customer | Address | Postcode | Meter |
| --- | --- | --- | --- |
| [[PERSON:Zanele Khumalo]] | [[ADDRESS:31 Sunbird Street]], [[LOCATION:Lynnwood]], [[LOCATION:Pretoria]] | [[ZIP_CODE:0081]] | 14002231 |
| [[PERSON:Thabo Mokoena]] | [[ADDRESS:907 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]] | [[ZIP_CODE:1804]] | 14009918 |""",
    """name: [[PERSON:Uerikua Hengari]]
email: [[EMAIL_ADDRESS:u.hengari@outlook.com]]
cell: [[PHONE_NUMBER:081 340 8826]]
emergency_contact: [[PERSON:Uatuva Hengari]]
emergency_cell: [[PHONE_NUMBER:081 601 2290]]
blood_group: A+
allergies: penicillin""",
    """Date,Description,Amount,Reference
2024-04-02,POS Purchase Shoprite 221,-412.30,POS 88214
2024-04-03,Transfer from [[PERSON:N SHIVUTE]] acc [[ID_NUMBER:62281400914]],2500.00,weaners
2024-04-05,ATM Withdrawal,-1000.00,ATM 0441
2024-04-06,Transfer to [[PERSON:T HAMUTENYA]],-300.00,school fees""",
    """host\tuser\tsrc_ip\tlast_seen
ws-017\t[[USERNAME:imertens]]\t[[IP_ADDRESS:172.16.40.22]]\t[[DATE_TIME:2024-06-04 08:12]]
ws-022\t[[USERNAME:dgaroeb]]\t[[IP_ADDRESS:172.16.40.37]]\t[[DATE_TIME:2024-06-04 08:40]]
ws-031\t[[USERNAME:nnakale]]\t[[IP_ADDRESS:172.16.41.5]]\t[[DATE_TIME:2024-06-03 17:55]]""",
    """Ear tag      Sex   Born      Owner                 Brand
NA-0448-2201 F     2022-10   [[PERSON:Nikodemus Tjijenda]]    [[ID_NUMBER:NTJ 3]]
NA-0448-2202 M     2022-11   [[PERSON:Nikodemus Tjijenda]]    [[ID_NUMBER:NTJ 3]]
NA-0512-1907 F     2019-09   [[PERSON:Vetumbuavi Mbaeva]]     [[ID_NUMBER:VMB 1]]""",
    """"full_name","phone","city","age"
"[[PERSON:Thandeka Nkosi]]","[[PHONE_NUMBER:+27 83 441 2290]]","[[LOCATION:Vryburg]]","[[AGE:31]]"
"[[PERSON:Ruan Steenkamp]]","[[PHONE_NUMBER:+27 72 901 3344]]","[[LOCATION:Upington]]","[[AGE:45]]"
"[[PERSON:Elsabe Cloete]]","[[PHONE_NUMBER:+27 82 300 1187]]","[[LOCATION:Upington]]","[[AGE:48]]\"""",
    """Voter        | Constituency   | Polling station
-------------+----------------+-----------------------
[[PERSON:Hamata, N.]]  | [[LOCATION:Ongwediva]]      | Ongwediva Primary
[[PERSON:Iita, P.]]    | [[LOCATION:Oshakati East]]  | Oshakati East Primary
[[PERSON:Uushona, M.]] | [[LOCATION:Okankolo]]       | Onyaanya Combined School""",
    """- passenger: "[[PERSON:Ester Shiimi]]"
  passport: "[[ID_NUMBER:P01223874]]"
  flight: LH 563
  date: [[DATE_TIME:2024-07-18]]
- passenger: "[[PERSON:Sem Shiimi]]"
  passport: "[[ID_NUMBER:P01308862]]"
  flight: LH 563
  date: [[DATE_TIME:2024-07-18]]""",
    """CARDHOLDER           PAN                   EXP    ISSUER
[[PERSON:Reinhard Kubirske]]    [[CREDIT_CARD:4869-5933-0747-9820]]   07/26  Bank Windhoek
[[PERSON:Liezel Kubirske]]      [[CREDIT_CARD:2223-6701-2347-7827]]   02/27  Bank Windhoek""",
    """recipient,account,bank,amount,reason
[[PERSON:Domingos Kalenga]],[[IBAN_CODE:AO71000672014043442943313]],BFA,185000 AOA,salary
[[PERSON:Cândido Kapingala]],[[IBAN_CODE:AO90001000845502970253168]],BPC,172500 AOA,salary
[[PERSON:Esperança Tchipilica]],[[IBAN_CODE:AO92005170386419462239024]],BIC,201000 AOA,salary""",
    """| Handle | Followers | Profile |
|---|---|---|
| [[USERNAME:ndeshi_writes]] | 12.4k | [[URL:https://x.com/ndeshi_writes]] |
| [[USERNAME:tjaronda.art]] | 3.1k | [[URL:https://www.instagram.com/tjaronda.art]] |
| [[USERNAME:kgosi_cooks]] | 48k | [[URL:https://www.tiktok.com/@kgosi_cooks]] |""",
    """owner_name\tpet\tspecies\towner_phone\tnext_vaccination
[[PERSON:Petra Hofmann]]\tRommel\tdog\t[[PHONE_NUMBER:081 299 1830]]\t2024-09-01
[[PERSON:Selma Amakali]]\tMimi\tcat\t[[PHONE_NUMBER:081 600 3347]]\t2024-07-15""",
    """Name:        [[PERSON:Petrus Amunyela]]
Member No.:  [[ID_NUMBER:RPF-0451120]]
Employer:    town council, [[LOCATION:Erongo]]
Joined:      [[DATE_TIME:04/01/2010]]
Spouse:      [[PERSON:Hilma Amunyela]]
Bank acc.:   [[ID_NUMBER:6229 0043 881]]""",
    """agent,email,region,phone
[[PERSON:Cecilia Ndjavera]],[[EMAIL_ADDRESS:cecilia.ndjavera@gmail.com]],[[LOCATION:Otjozondjupa]],[[PHONE_NUMBER:081 229 8870]]
[[PERSON:Rudolf Tjaronda]],[[EMAIL_ADDRESS:rtjaronda@outlook.com]],[[LOCATION:Omaheke]],[[PHONE_NUMBER:081 347 1225]]
Head office,info@example-agri.com.na,[[LOCATION:Khomas]],061 290 4400""",
    """{"id": "[[ID_NUMBER:RUN-0099317]]", "name": "[[PERSON:Martha Sikongo]]", "dob": "[[DATE_TIME:1972-02-09]]", "appt": "[[DATE_TIME:2024-06-11T09:00]]", "clinic": "Diabetes"}
{"id": "[[ID_NUMBER:RUN-0100452]]", "name": "[[PERSON:Josef Haingura]]", "dob": "[[DATE_TIME:1966-12-30]]", "appt": "[[DATE_TIME:2024-06-11T09:30]]", "clinic": "Diabetes"}""",
    """course,date,trainee,id_no,result
Forklift licence,[[DATE_TIME:2024-02-12]],[[PERSON:Vetaruhe Mbaeva]],[[ID_NUMBER:88072100611]],competent
First aid L2,[[DATE_TIME:2024-02-20]],[[PERSON:Ndapewa Uusiku]],[[ID_NUMBER:93110400538]],competent
Fire marshal,[[DATE_TIME:2024-03-04]],[[PERSON:Nico Swart]],[[ID_NUMBER:80031500274]],not yet competent""",
    """staff;name;subject;email;cell
[[ID_NUMBER:T-014]];[[PERSON:Mrs A. Hamukwaya]];Mathematics;[[EMAIL_ADDRESS:a.hamukwaya@gmail.com]];[[PHONE_NUMBER:081 330 9921]]
[[ID_NUMBER:T-022]];[[PERSON:Mr J. Isaacs]];Afrikaans;[[EMAIL_ADDRESS:jisaacs.teach@outlook.com]];[[PHONE_NUMBER:081 552 0713]]
[[ID_NUMBER:T-031]];[[PERSON:Ms P. Haufiku]];Life Science;[[EMAIL_ADDRESS:penda.haufiku@moe.edu.na]];[[PHONE_NUMBER:081 755 0138]]""",
    """claim_ref\tpolicyholder\tpostcode\tdate_of_loss\tstatus
CLM-22019\t[[PERSON:Joan McAllister]]\t[[ZIP_CODE:G41 2BN]]\t[[DATE_TIME:2024-01-07]]\tsettled
CLM-22034\t[[PERSON:Owen Price]]\t[[ZIP_CODE:SA1 6PE]]\t[[DATE_TIME:2024-01-19]]\topen
CLM-22040\t[[PERSON:Niamh Doherty]]\t[[ZIP_CODE:BT7 1NN]]\t[[DATE_TIME:2024-02-02]]\tdeclined""",
    """{"tracking": "NP448201937NA", "recipient": "[[PERSON:Selma Amakali]]", "address": "[[ADDRESS:Erf 221, Extension 4]]", "town": "[[LOCATION:Ondangwa]]", "phone": "[[PHONE_NUMBER:081 600 3347]]"}
{"tracking": "NP448201944NA", "recipient": "[[PERSON:Abel Tjikuzu]]", "address": "[[ADDRESS:PO Box 30112]]", "town": "[[LOCATION:Windhoek]]", "phone": "[[PHONE_NUMBER:081 309 2245]]"}
{"tracking": "NP448201958NA", "recipient": "[[PERSON:Gisela Schneider]]", "address": "[[ADDRESS:7 Lazarett Street]]", "town": "[[LOCATION:Swakopmund]]", "phone": "[[PHONE_NUMBER:081 128 7702]]"}""",
    """Volunteer:     [[PERSON:Ian Thornbury]]
Date of birth: [[DATE_TIME:11 March 1961]]
Address:       [[ADDRESS:14 Bootham Terrace]], [[LOCATION:York]] [[ZIP_CODE:YO30 7DH]]
Phone:         [[PHONE_NUMBER:01904 622 418]]
DBS check:     clear
Shop:          Gillygate charity shop, Saturdays""",
    """MEMBER NO   NAME                  CLASS        TIME
[[ID_NUMBER:VF-220913]]   [[PERSON:Kavezeri Tjiposa]]      Spin         06:00
[[ID_NUMBER:VF-221407]]   [[PERSON:Lineekela Amwaama]]     Boxfit       17:30
[[ID_NUMBER:VF-219982]]   [[PERSON:Charlene Beukes]]       Pilates      18:30""",
    """ rx_no  | patient            | medicine           | refill_due
--------+--------------------+--------------------+------------
 RX9012 | [[PERSON:Kaarina Shikwambi]]  | Amlodipine 5mg     | [[DATE_TIME:2024-07-03]]
 RX9013 | [[PERSON:Mrs E. Cloete]]      | Metformin 500mg    | [[DATE_TIME:2024-05-15]]
 RX9014 | [[PERSON:Ruth Nashikaku]]     | Salbutamol inhaler | [[DATE_TIME:2024-06-20]]
(3 rows)""",
    # --- tables in German, Afrikaans, Otjiherero, Oshindonga and Oshikwanyama ---
    lang("German", """Nr.;Name;Farm;Distrikt;Telefon
1;[[PERSON:Friedrich von Wietersheim]];[[ADDRESS:Okatjeru]];[[LOCATION:Omaruru]];[[PHONE_NUMBER:064 570 112]]
2;[[PERSON:Hannelore Voigts]];[[ADDRESS:Okapuka]];[[LOCATION:Windhoek]];[[PHONE_NUMBER:062 540 331]]
3;[[PERSON:Dirk Rust]];[[ADDRESS:Otjisazu]];[[LOCATION:Okahandja]];[[PHONE_NUMBER:081 128 5590]]"""),
    lang("Afrikaans", """| Naam | Geboortedatum | Selnommer | Woonplek |
|---|---|---|---|
| [[PERSON:Marietjie Engelbrecht]] | [[DATE_TIME:3 Mei 1968]] | [[PHONE_NUMBER:081 127 0093]] | [[LOCATION:Gobabis]] |
| [[PERSON:Hendrik Swart]] | [[DATE_TIME:3 April 1969]] | [[PHONE_NUMBER:081 127 5566]] | [[LOCATION:Witvlei]] |
| [[PERSON:Sanet Coetzee]] | [[DATE_TIME:21 Julie 1977]] | [[PHONE_NUMBER:081 244 0918]] | [[LOCATION:Leonardville]] |"""),
    lang("Otjiherero", """Ena\tOtjihuro\tOzongombe\tOngodi
[[PERSON:Vijandjua Kandjii]]\t[[LOCATION:Okakarara]]\t48\t[[PHONE_NUMBER:081 470 3319]]
[[PERSON:Kapena Muharukua]]\t[[LOCATION:Otjinene]]\t112\t[[PHONE_NUMBER:081 617 0044]]
[[PERSON:Undjee Tjiueza]]\t[[LOCATION:Otjokavare]]\t64\t[[PHONE_NUMBER:081 460 2281]]"""),
    lang("Oshindonga", """Edhina,Esiku lyokuvalwa,Omukunda,Ongodhi
[[PERSON:Nangula Kaulinge]],[[DATE_TIME:22/04/1990]],[[LOCATION:Onayena]],[[PHONE_NUMBER:081 299 4017]]
[[PERSON:Ndapewa Nghifikwa]],[[DATE_TIME:19/05/1995]],[[LOCATION:Oniipa]],[[PHONE_NUMBER:081 414 7092]]
[[PERSON:Loide Shaanika]],[[DATE_TIME:02/01/1936]],[[LOCATION:Onethindi]],-"""),
    lang("Oshikwanyama", """Edina: [[PERSON:Ndeshihafela Ashipala]]
Efiku lokudalwa: [[DATE_TIME:03.06.1982]]
Omukunda: [[LOCATION:Ohaingu]]
Oshilando: [[LOCATION:Eenhana]]
Onomola yongodi: [[PHONE_NUMBER:081 227 5143]]
Eengombe: 23"""),
]

CHAT = [
    """[09:14] [[PERSON:Martina]] (Support): Good morning, you're chatting with [[PERSON:Martina]]. How can I help?
[09:15] [[PERSON:Erkki Nauyoma]]: hi my line [[PHONE_NUMBER:081 488 0193]] has no network since Friday
[09:15] [[PERSON:Martina]] (Support): Sorry about that, [[PERSON:Erkki]]. Can you confirm your ID number for security?
[09:16] [[PERSON:Erkki Nauyoma]]: [[ID_NUMBER:87040500619]]
[09:17] [[PERSON:Martina]] (Support): Thank you. I've logged ticket INC-4411; a technician will check the tower near [[LOCATION:Okongo]].""",
    """Family ❤️
Mom: Did [[PERSON:Tuli]] get to the bus ok?
[[PERSON:Ndeyapo]]: yes he's with [[TITLE:Meme]] [[PERSON:Hilma]] now, they arrive [[LOCATION:Oshakati]] around 6
Dad: Tell him to call uncle [[PERSON:Festus]] on [[PHONE_NUMBER:081 203 4418]] when he gets there
[[PERSON:Ndeyapo]]: ok will do 👍""",
    """Marketplace – "2 x Bonsmara bulls, 3 yrs, N$ 28 000 each"
[[PERSON:Jaco Louw]]: Still available? I'm near [[LOCATION:Gobabis]] and can fetch with my trailer on Saturday.
[[PERSON:Ueriuka Tjikuua]]: Yes both still here. Farm is 40 km past [[LOCATION:Otjinene]], [[ADDRESS:Farm Okozonduezu]].
[[PERSON:Jaco Louw]]: Great. Send me a pin on WhatsApp, my number is [[PHONE_NUMBER:081 244 7109]].
[[PERSON:Ueriuka Tjikuua]]: Sent. Ask for my foreman [[PERSON:Kaera]] if I'm not at the house.""",
    """#pit-ops (team thread)
[[PERSON:Erich Böttger]] 05:52: Morning all. Blast at bench 1040 at 13:00, clear zone from 12:30.
[[PERSON:Moses Nghixulifwa]] 05:58: Drill rig 3 is down again, hydraulics. Called [[PERSON:Kobus]] from maintenance.
[[PERSON:Ndapewa Uusiku]] 06:03: Reminder: [[PERSON:Vetaruhe]] and [[PERSON:Moses]] have medicals on [[DATE_TIME:Tuesday 2 July at 08:00]], bring your dosimeters.
[[PERSON:Erich Böttger]] 06:05: 👍 and [[PERSON:Nico]], please sign the permit before 10.""",
    """Customer: [[PERSON:Priyanka Chauhan]]
Agent ([[PERSON:Dean]]): Hi [[PERSON:Priyanka]], I see your membership renewed on the card ending 3834. What can I do?
Customer: My new address is [[ADDRESS:Apartment 12, 40 Belgrave Gate]], [[LOCATION:Leicester]] [[ZIP_CODE:LE1 3GP]], but the fob went to my old flat.
Agent ([[PERSON:Dean]]): Got it. I'll resend it. Is [[PHONE_NUMBER:07700 900 152]] still the best number?
Customer: Yes, thanks [[PERSON:Dean]]!""",
    """Group: Class 7B parents
[[PERSON:Mrs Kamati]]: Dear parents, the school trip to the coast is on [[DATE_TIME:14 June]]. Forms back by Wednesday please.
[[PERSON:Ruth Nashikaku]]: Will [[PERSON:Mr Isaacs]] be going with them?
[[PERSON:Mrs Kamati]]: Yes, him and me. Emergency number on the day: [[PHONE_NUMBER:081 552 0713]].
[[PERSON:Chantal Isaacs]]: [[PERSON:Ivan]] is allergic to peanuts, I'll write it on his form.""",
    lang("Afrikaans", """Familie [[PERSON:Kotzé]] 🏡
Ma: Het julle gehoor [[TITLE:Oom]] [[PERSON:Gerrit]] is Dinsdag hospitaal toe in [[LOCATION:Keetmanshoop]]?
[[PERSON:Annelize Kotzé]]: Ja, [[TITLE:tannie]] [[PERSON:Rina]] het gebel. Hy word [[DATE_TIME:Vrydag 14 Junie]] geopereer.
[[PERSON:Ruan]]: Kan ons hom bel? Wat is sy nommer?
[[PERSON:Annelize Kotzé]]: [[PHONE_NUMBER:081 250 3347]], maar bel eers na 5."""),
    lang("Otjiherero", """Ozongombe z[[LOCATION:Okakarara]] (WhatsApp)
[[PERSON:Vijandjua Kandjii]]: Moro nu! Omuhingi wozongombe ma ya [[DATE_TIME:20 Juni]].
[[PERSON:Kapena Muharukua]]: Okuhepa [[PERSON:Vijandjua]]. Ami mbi nozongombe 12.
[[PERSON:Tjaronda]]: Mbi nozo 7. Ongodi yandje ombe: [[PHONE_NUMBER:081 336 0481]].
[[PERSON:Vijandjua Kandjii]]: Naua. Tu munika."""),
]

LOOKALIKE = [
    """Shipment summary: order SO-2024-11873, invoice INV 0044812, waybill 1Z 88A 420 03 4471 1098, booking BKG/WVB/240611/07, container MSCU 448201-3, seal 0071145, HS code 0805.10 (fresh oranges), customs entry CE 2024/44810, lot 17 and 18, pallet labels PL-0448-2201 to PL-0448-2219. Port office switchboard 064 208 5000, queries to exports@example-logistics.na. Consignee contact: [[PERSON:Vezemba Katjiuongua]], [[PHONE_NUMBER:081 229 0461]].""",
    """Release notes v10.4.2.17 (build 20240611.3): fixed crash in module 2.3.1.4, SHA-256 9f2c41d0e7ab44c5b3d1a6f0e2c98b7e1d4a5f60c3b2e1d0a9f8e7d6c5b4a3f2, UUID 3f1c9b2e-7d44-4e1a-9b0c-5a6e2f8d1c47, serial NB-7Q4-22K8-001. Tested on firmware 4.19.2.110 and bootloader 2.0.0.1. Maintainer: the platform team, platform@example.com. No user data is included in this release.""",
    """Book list for Grade 10: ISBN 978-99916-1-798-5 (Namibian history reader), ISBN 978-0-628-08376-0 (Afrikaans grammar), barcode 6008412454927 on the exercise books, EAN 6009310804500 on the calculators. Supplier reg. no. CC/2014/05123, VAT 2214478-01-5, tel. 061 237 9900. Ordered by [[PERSON:Ms Penda Haufiku]] for her class.""",
    """Directions: take the B1 north, turn left at Hosea Kutako Drive, continue past the Nelson Mandela Avenue circle and the Sam Nujoma Drive junction, then follow Fidel Castro Street to the Martin Luther Church. Parking is behind the Mandume Ndemufayo Avenue shops. The Parkinson's support group meets in hall B; the Alzheimer's clinic is on floor 2. Call the church office on 061 224 300, or ask for the sexton, [[PERSON:Gideon Ndjoze]], on [[PHONE_NUMBER:081 446 2209]].""",
    """Ref. DBW/HR/2024/0612 – Mine induction schedule. Rotation codes A1-B4, PPE kit numbers PPE-2204 to PPE-2231, gas detectors GD-77-0912 and GD-77-0915, vehicle fleet numbers LV-118 and LV-121, company registration 1992/000445/06, radio channel 14.3. Safety officer on duty: [[PERSON:Lesego Molefhe]] ([[PHONE_NUMBER:+267 74 882 019]]). All other enquiries: training@example-mining.bw, switchboard +267 295 1000.""",
    lang("German", """Auktionsbericht: Los 1 bis Los 64, insgesamt 1 284 Rinder, Durchschnittspreis N$ 42,10/kg. Katalognummer AK-2024/06, Rechnungsnummer RE 2024-11822, Vereinsregister-Nr. 21/1958, USt-Nr. 1144802-01-5. Zentrale: 062 562 400, auktion@example-verein.com.na. Käufer mit dem höchsten Gebot: [[PERSON:Friedrich von Wietersheim]], [[ADDRESS:Farm Okatjeru]]."""),
    """Conservancy quarterly report, Q2: trophy quota permits QP-24-0113 to QP-24-0129, game count transects T1-T18, GPS waypoints -19.4471, 13.9025 and -19.5123, 14.0218, camera trap IDs CT-044 to CT-061, collar frequencies 150.412 MHz and 150.433 MHz, fund account code 4410-220-17. Office line 065 273 118, reports@example-conservancy.org.na. Compiled by [[PERSON:Aletta Tjipangandjara]], Conservancy Manager.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind146", STYLES, OUT)
    languages: Counter[str] = Counter()
    for records in STYLES.values():
        for markup in records:
            languages[LANGUAGE.get(markup, "English")] += 1
    print("records per language:")
    for name, n in languages.most_common():
        print(f"  {name:12s} {n}")


if __name__ == "__main__":
    main()

"""Build tests/data/blind59.jsonl: a fifty-ninth *blind*, hand-written labeled PII set (table-heavy).

    .venv/bin/python tests/data/make_blind59.py

Blind: written without any knowledge of the detector. Read, and nothing
else: lines 1-121 of make_blind22.py (its docstring with the labeling
conventions and style descriptions, its import lines, and the first line of
its first record, which falls inside that range) and its tail from
`STYLES = {` to the end (the STYLES dict and main(), copied here as
scaffolding); gold_sets.py (whole file); lines 1-64 of make_handwritten.py
(its conventions, the MARK and TITLE_IN_NAME regexes and parse()). Not
read: minimize/, recognizers/, bench/, the README, any test other than
those lines, any *.jsonl, any other make_*.py (nor the rest of those two),
git history, log or status, and nothing under /tmp but the brief. The
detector, the bench and the tests were never run on this file. Do not tune
the detector against it: once it has been used to tune, it no longer
measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (GB, DE, NL, IE, BE,
AT, CH, AE, SA and BR); `gold_sets.check` re-checks both. National ids
with a public check digit were given a valid one, computed with hand-run
throwaway code while writing (the values were then typed into the
records): Brazilian CPF, CNS (cartão SUS), NHS number, Canadian SIN,
Aadhaar, South African ID (agreeing with the person's sex and birth date),
Australian TFN and Medicare number, Irish PPSN, Singapore NRIC / FIN,
Dutch BSN, French NIR key, and the US NPI; the ISBN-13 look-alikes are
valid too. Not checked (no public check digit, or none used): US SSNs,
UK NI numbers, PAN, BVN and NIN, Kenyan ids and KRA PINs, Tanzanian NIDA
numbers, Ghana card numbers, passports, licences, plates, bank account,
staff, student, member, patient and loyalty numbers.

Styles (ids `blind59-<style>-NNN`; 240 records). About nine records in ten
are in English (US, UK, Ireland, Canada, Australia, New Zealand, India,
Singapore, the Philippines, Nigeria, Ghana, Kenya, Uganda, South Africa
contexts and others, with names from the many cultures living there); 24
are in Brazilian Portuguese (12) and Swahili, Kenyan and Tanzanian (12):
- `gen` (80; 4 pt-BR, 4 sw): one to four LLM-style sentences with personal
  data woven in; extra weight on banking, fintech apps, microloans and
  mobile money (about 37 records), the rest spread over health, pharmacy,
  insurance, legal, schools and universities, HR, retail, travel and
  hotels, telecoms, government, lettings, gaming, social media, tech
  support, deliveries, gyms, vets, church and sport. Names at the start,
  middle and end, lowercase and possessive; ages, dates, addresses, phones
  and ids in many shapes.
- `bench` (85; 4 pt-BR, 4 sw): in the manner of ai4privacy
  pii-masking-200k/300k/400k (dense odd sentences with names, job titles,
  streets with building numbers and secondary addresses, IPs, MACs, user
  agents, card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1
  (claims, contracts, discharge summaries, loan and KYC forms, notices,
  letters, statements, court and probate papers) and Nemotron-PII (JSON,
  log lines, SQL, XML, YAML, .env, code, GraphQL, e-mail headers, tickets,
  HTML forms, curl commands, webhook payloads).
- `table` (60; 3 pt-BR, 3 sw): one small table per record, a header row
  (unlabeled) and two to five rows, as CSV (comma and semicolon), TSV,
  pipes / Markdown, fixed-width, JSON lines, YAML and key: value blocks,
  with varied column names and non-PII columns.
- `chat` (8; 1 pt-BR): support chats, a family messaging thread, a team
  channel, an SMS thread and a booking chat, with speakers' names and the
  personal data they trade.
- `lookalike` (7; 1 sw): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking and case refs, SKUs, ISBNs, versions shaped
  like IPs, hashes, UUIDs, serials, licence keys, company phones, role
  mailboxes, paybill and till numbers, eponyms, streets named after people
  with no number), the few real PII values labeled; one has no PII at all.

Labeling conventions: the same as make_blind22.py's (and the sets before
it); in short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name, labeled apart from it (also Sra., Dra., Seu, Bi.,
  Bw., Pastor, Sgt., Constable, Ma'am, and MR / MRS after an airline-style
  name); job titles are not TITLE, and family words (Mum, Cucu, Nanay) stay
  outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes
  (also S.L.P.; a Kenyan "S.L.P. 1287-10100" is split into ADDRESS
  and ZIP_CODE), house and building names; city, district, neighbourhood,
  county, state / province (also abbreviated) and country are LOCATION;
  postcodes of every shape (CEP, Eircode, Indian PIN code ...) are ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, in any shape; a clock
  time or weekday said with the date is inside the span, a time or weekday
  alone is not; not bare years, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer, member and participant numbers, bank and loan account
  numbers, non-US passports and licences, plates; US_SSN, US_PASSPORT,
  US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER,
  EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents,
  MACs, sort codes, BIC / SWIFT, routing, IFSC and bank / branch codes,
  CVVs, expiries, PINs, order / ticket / claim / policy / case / booking /
  prescription / tracking references, M-Pesa and other transaction codes,
  paybill and till numbers, company phone numbers and role mailboxes,
  versions, hashes, serials, partial numbers ("ending 4417", "last four
  4410"), pets, eponyms, brands, header rows.
- Calls made while writing this set: a "sex", "gender", "role", "dept",
  "status", "plan" or "segment" column stays unlabeled, an "age" column is
  AGE, a "country", "state", "province", "county", "region" or "uf" column
  is LOCATION (an XML <Ctry> too) and a "nationality" / "affiliation"
  column is NRP; a building number in its own field or XML element is
  ADDRESS, like its street, and a secondary address in its own field is
  ADDRESS; contiguous street + unit in prose is one ADDRESS span. Every IP
  address is IP_ADDRESS, servers' too. Dates of a person's own
  transactions, loan disbursements and repayment due dates, book due
  dates, account events, logins and the timestamps of log lines recording
  them are DATE_TIME, as are letter and e-mail dates; a statement period,
  invoice and shipment dates, case-opened dates and system events are not.
  Loan and wallet *account* numbers are ID_NUMBER, loan *application* and
  transaction references are not. A Pix key or mobile-money number is
  labeled as what it is (e-mail, phone, CPF). A provider's NPI, an
  attorney's bar number and an officer's badge number are ID_NUMBER. A
  service or bot account ("svc_backup", "support_bot", "ci-runner") is not
  USERNAME. Two people written together ("Javier & Rosa Peña") are two
  PERSON spans. A company's city in a look-alike text is LOCATION like any
  other city.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind59.jsonl")

GEN = [
    """Hi, my name is [[PERSON:Marcus Oyelaran]] and I'd like to dispute a charge of $412.80 that showed up on my checking account [[ID_NUMBER:4471902283]] on [[DATE_TIME:March 3rd]]. Best number to reach me is [[PHONE_NUMBER:(312) 748-2916]].""",
    """[[PERSON:Grace Wambui]] took out a 30-day Tala loan of KSh 4,500 on [[DATE_TIME:12 February 2025]] and repaid it a week early from her M-Pesa line, [[PHONE_NUMBER:0722 415 093]], which pushed her limit up to KSh 7,000.""",
    """The loan officer, [[PERSON:Rafael Domínguez]], confirmed that [[PERSON:chidi okafor]]'s microloan of ₦150,000 was approved and will be paid into his GTBank account [[ID_NUMBER:2087741936]] once his BVN, [[ID_NUMBER:22318840573]], is verified.""",
    """please send the deposit refund to [[PERSON:anika]]'s account, [[IBAN_CODE:GB53 BARC 2004 1543 8172 65]] - she moved out to [[ADDRESS:Flat 3, 18 Marlowe Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 2QH]] on [[DATE_TIME:1 June]] and hasn't heard anything since.""",
    """I lost my wallet on the bus this morning, can you freeze card [[CREDIT_CARD:4539 7182 0461 3375]] right away? It's in the name of [[PERSON:Deborah Lindqvist]], date of birth [[DATE_TIME:04/11/1987]].""",
    """[[PERSON:Tomás Herrera]], [[AGE:27]], opened an account with the app using [[EMAIL_ADDRESS:tomas.herrera91@gmail.com]] and verified his identity with his Spanish passport, [[ID_NUMBER:PAF482913]], from his flat in [[LOCATION:Hackney]].""",
    """Just Venmo me at @[[USERNAME:kelsey-marrone]] for the concert tickets, or Zelle to [[PHONE_NUMBER:617-902-3348]] if that's easier - [[PERSON:Kels]]""",
    """My MTN MoMo number is [[PHONE_NUMBER:024 771 3095]] but it's registered to my mother, [[PERSON:Akosua Boateng]], so the reversal has to go through her.""",
    """The Tuesday women's savings group in [[LOCATION:Kisumu]] is chaired by [[PERSON:Millicent Akinyi]], [[AGE:52]], who keeps the books for all twelve members and can be reached on [[PHONE_NUMBER:+254 712 884 301]].""",
    """[[TITLE:Mr]] and [[PERSON:Mrs Haddad]] closed on the house at [[ADDRESS:2207 Willowbend Court]], [[LOCATION:Plano]], [[LOCATION:TX]] [[ZIP_CODE:75093]] on [[DATE_TIME:Friday, August 15]]; their escrow account number is [[ID_NUMBER:88-2031457]].""",
    """According to the credit report pulled on [[DATE_TIME:Jan 9, 2025]], [[PERSON:Latoya Grimes]] (SSN [[US_SSN:518-62-4937]]) has two open credit cards, a car loan and one late payment from 2022.""",
    """[[PERSON:Ravi Shankar Iyer]]'s PAN is [[ID_NUMBER:AKRPI4821M]] and his Aadhaar is [[ID_NUMBER:4821 7609 3547]]; KYC for his mutual fund folio was completed on [[DATE_TIME:18-09-2024]].""",
    """hey it's [[PERSON:jess]] again, my Afterpay instalment bounced because the card on file ([[CREDIT_CARD:5187-0044-2291-7399]]) expired in August. can I swap it for my new one without losing my account?""",
    """Please wire the security deposit to the landlord, [[PERSON:Henrike Baumann]], IBAN [[IBAN_CODE:DE44 5001 0517 5407 3249 31]], BIC INGDDEFFXXX, with the reference "Kaution Whg. 4".""",
    """Someone logged into my online banking from [[IP_ADDRESS:185.220.101.47]] at [[DATE_TIME:3 a.m. on 14 November]]. I'm [[PERSON:Owen Pryce]], customer number [[ID_NUMBER:70041882]], and it definitely wasn't me.""",
    """Our newest credit union member, [[PERSON:Siosaia Taufa]], [[AGE:19]], opened a youth saver account on [[DATE_TIME:2 September 2024]] at the [[LOCATION:Ōtāhuhu]] branch with his first pay from the packhouse.""",
    """[[PERSON:Margaret O'Sullivan]], born [[DATE_TIME:23 May 1958]], PPS number [[ID_NUMBER:6433871C]], has asked for her State Pension to be paid into [[IBAN_CODE:IE77 BOFI 9000 1744 2719 38]] from next month.""",
    """The student loan statement for [[PERSON:Kwame Asante-Mensah]] went to [[EMAIL_ADDRESS:k.asantemensah@student.gla.ac.uk]] instead of his home address, [[ADDRESS:41 Dumbarton Road]], [[LOCATION:Glasgow]] [[ZIP_CODE:G11 6PA]].""",
    """An M-Pesa agent in [[LOCATION:Kakamega]] reported that a man calling himself [[PERSON:Brian Wekesa]] tried to withdraw cash from a line registered to ID number [[ID_NUMBER:29847163]] without producing the original card.""",
    """My Chime account got locked after I changed my number to [[PHONE_NUMBER:+1 (404) 631-2279]]. Name on the account is [[PERSON:DeShawn Whitfield]], DOB [[DATE_TIME:7-19-1993]], last four of my social are 4410.""",
    """Nanay [[PERSON:Lorna Bautista]], a [[AGE:47]]-year-old sari-sari store owner from [[LOCATION:Tacloban]], received her third microfinance loan on [[DATE_TIME:June 6, 2024]] and wants to add a freezer for ice candy.""",
    """[[PERSON:Dr. Fiona Gallagher]] submitted the pre-authorisation for [[PERSON:Liam Doherty]]'s knee surgery on [[DATE_TIME:Thursday 9 October]]; his policy number is VHI-883201 and the procedure is in [[LOCATION:Cork]].""",
    """Patient [[PERSON:Anjali Menon]], [[AGE:34]], NHS number [[ID_NUMBER:401 023 2781]], was seen at the fracture clinic in [[LOCATION:Leicester]] on [[DATE_TIME:22/01/2025]] and given a follow-up in six weeks.""",
    """Prescription ready for [[PERSON:Hector Villanueva]], DOB [[DATE_TIME:02/14/1961]]: we'll text [[PHONE_NUMBER:773-412-0968]] when it's packed, and his daughter [[PERSON:Marisol]] can pick it up for him.""",
    """[[PERSON:Mrs. Adebayo]] emailed to say that her son [[PERSON:Tobi]], who is in Year 4, will be absent from [[DATE_TIME:10 to 14 March]] for a family wedding in [[LOCATION:Lagos]].""",
    """Student ID [[ID_NUMBER:s3928471]] belongs to [[PERSON:Mei Lin Tan]], who transferred from [[LOCATION:Penang]] to the [[LOCATION:Melbourne]] campus in [[DATE_TIME:February 2023]] and is now in her final year.""",
    """Welcome aboard! [[PERSON:Jaspreet Kaur Sandhu]] starts as our payroll analyst on [[DATE_TIME:Monday, 3 November]]; her SIN is [[ID_NUMBER:546 138 298]] and her first deposit goes out with the next payroll run.""",
    """Returns for order #A-55821 were sent back by [[PERSON:Noah Feldman]] from [[ADDRESS:1180 Pearl Street, Apt 4B]], [[LOCATION:Boulder]], [[LOCATION:CO]] [[ZIP_CODE:80302]], but the label was never scanned.""",
    """[[PERSON:Isabella Rossi]] and [[PERSON:Luca Ferraro]] are booked on the flight to [[LOCATION:Lisbon]] on [[DATE_TIME:19 July at 07:45]]; her passport number is [[ID_NUMBER:YA4418207]] and his is still being renewed.""",
    """Guest [[PERSON:Yusuf Demir]] checked in to room 412 on [[DATE_TIME:Sunday 2 March at 11:20 pm]] and left a Mastercard, [[CREDIT_CARD:5425 8817 0392 6658]], on file for incidentals.""",
    """This is to confirm the port of [[PHONE_NUMBER:0412 775 309]] from Optus to Telstra for [[PERSON:Brendan Kowalczyk]] of [[LOCATION:Wollongong]], [[LOCATION:NSW]]; service may drop for up to two hours.""",
    """[[PERSON:Siobhán Nic Giolla Bhríde]] renewed her driving licence on [[DATE_TIME:8 August]] and her new licence number is [[ID_NUMBER:019284756]]; the old card should be cut up.""",
    """The tenants at [[ADDRESS:Unit 12, 45 Beach Road]], [[LOCATION:Coogee]], [[PERSON:Aroha Ngata]] and [[PERSON:Ben Whitcombe]], have given notice to vacate on [[DATE_TIME:31 January 2026]].""",
    """The account [[USERNAME:xX_ShadowFang_Xx]] was banned after its real owner, [[PERSON:Kyle Brennan]], [[AGE:16]], reported it stolen; the last login came from [[IP_ADDRESS:73.158.22.190]].""",
    """follow my sister [[PERSON:ama]] on insta @[[USERNAME:ama.bakes.accra]], she does custom cakes in [[LOCATION:East Legon]] and delivers anywhere in [[LOCATION:Accra]]!!""",
    """The laptop issued to [[PERSON:Priyanka Deshmukh]] (employee ID [[ID_NUMBER:E-20418]]) keeps pulling [[IP_ADDRESS:10.40.12.77]] even after we moved her to the finance VLAN.""",
    """Your parcel will be delivered to [[PERSON:Connor Walsh]] at [[ADDRESS:Apartment 6, Harbour View, 2 Quay Street]], [[LOCATION:Galway]] [[ZIP_CODE:H91 X2C8]] between 2 and 4 pm today.""",
    """Everyone at the gym calls him "[[PERSON:Tank]]", but the membership card says [[PERSON:Michael Osei-Bonsu]], member #[[ID_NUMBER:30418]], and it expired last month.""",
    """[[PERSON:Harriet Loveday]] brought her beagle Biscuit in for boosters on [[DATE_TIME:Saturday 4 October]]; the owner's mobile is [[PHONE_NUMBER:07700 914 382]] if the lab results come back early.""",
    """The hearing in [[PERSON:Rashid Al-Mansoori]] v. [[PERSON:Keller]] has been moved to [[DATE_TIME:April 22, 2025 at 9:30 a.m.]] in Courtroom 4B in [[LOCATION:Phoenix]].""",
    """[[PERSON:Fatima Zahra Benali]], a practising [[NRP:Muslim]], asked HR whether she could take [[DATE_TIME:31 March]] off for Eid and make the hours up later in the week.""",
    """As a registered [[NRP:Democrat]] in [[LOCATION:Ohio]], [[PERSON:Gary Lindholm]] received his mail-in ballot at [[ADDRESS:PO Box 2281]], [[LOCATION:Dayton]], [[LOCATION:OH]] [[ZIP_CODE:45401]].""",
    """[[PERSON:Olusegun]] turned [[AGE:forty]] last week and finally paid off the last of his car loan, which he says felt better than the party.""",
    """For the PayNow transfer, use [[PERSON:Nur Aisyah binte Rahman]]'s NRIC, [[ID_NUMBER:S8834127I]], or her mobile, [[PHONE_NUMBER:+65 9127 4480]]; both are linked to her DBS account.""",
    """Kiva borrower [[PERSON:Rosa Elena Quispe]], [[AGE:38]], from [[LOCATION:Cusco]], [[LOCATION:Peru]], is asking for $750 to buy alpaca fibre for the weaving cooperative she runs with her sisters.""",
    """I took a payday loan from a lender I found online and now they're texting my work number, [[PHONE_NUMBER:0161 496 0732]], and my partner [[PERSON:Stacey]]. I'm [[PERSON:Darren Hughes]] and the loan account is [[ID_NUMBER:PL-7718204]].""",
    """Your replacement card ending in 1007 will arrive at [[ADDRESS:88 Crescent Lane]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M4W 1T4]] within five to seven business days, [[PERSON:Ms. Okonkwo-Bell]].""",
    """[[PERSON:Daniel]] and [[PERSON:Sophie Marchetti]] added their daughter [[PERSON:Giulia]], [[AGE:18]], as a second holder on their joint account [[ID_NUMBER:30718264]], sort code 20-71-64.""",
    """Your identity check failed because the name on your driver's license ([[PERSON:JONATHAN R. PIERCE]], license [[US_DRIVER_LICENSE:D4827163]]) doesn't match the name on your bank account ([[PERSON:Jon Pierce]]).""",
    """[[PERSON:Nakato Sarah]] sent UGX 200,000 by MTN Mobile Money to [[PHONE_NUMBER:0772 904 118]] on [[DATE_TIME:5th May 2025 at 14:32]], but her brother [[PERSON:Ssemwogerere]] says it never reached him.""",
    """The IRS mailed [[PERSON:Keisha Montgomery]]'s refund check to her old address at [[ADDRESS:614 Elm St, Apt 2]], [[LOCATION:Savannah]], [[LOCATION:GA]] [[ZIP_CODE:31401]] even though she filed a change of address on [[DATE_TIME:February 11]].""",
    """[[PERSON:lerato]] set up a stokvel savings pot on the app with her friends [[PERSON:Naledi]] and [[PERSON:Zanele]]; the pot is linked to her own profile, ID number [[ID_NUMBER:9103220417086]].""",
    """[[PERSON:Connor McAllister]]'s TFN ([[ID_NUMBER:463 218 708]]) was quoted on the super rollover form he signed on [[DATE_TIME:15/07/2024]], along with his Medicare number, [[ID_NUMBER:2953 18404 1]].""",
    """[[PERSON:Ananya Krishnan]] and [[PERSON:Rohan Mehta]] are getting married on [[DATE_TIME:Saturday, 13 December 2025]] in [[LOCATION:Udaipur]]; RSVPs go to [[EMAIL_ADDRESS:ananya.rohan.wedding@gmail.com]].""",
    """We received an application from [[PERSON:Oluwaseun Adeyemi-Clarke]] ([[URL:https://www.linkedin.com/in/seun-adeyemi-clarke]]), who currently works as a ward nurse in [[LOCATION:Croydon]].""",
    """A wallet holding a [[LOCATION:New Jersey]] driver's license in the name of [[PERSON:Anthony Caruso]] ([[US_DRIVER_LICENSE:C4120 73581 06294]]) was handed in at the front desk this afternoon.""",
    """The electricity account at [[ADDRESS:17 Kestrel Way]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK4 3DS]] was moved into [[PERSON:Zainab Hussain]]'s name on the [[DATE_TIME:2nd of January]].""",
    """Junior registration: [[PERSON:Kai Tipene]], under-12s, born [[DATE_TIME:2014.03.09]]; parent contact is [[PERSON:Mere Tipene]] on [[PHONE_NUMBER:021 448 3920]].""",
    """[[TITLE:Pastor]] [[PERSON:Emeka Nwosu]] asked the congregation to pray for [[PERSON:Mrs. Chinwe Obi]], who is recovering at home in [[LOCATION:Enugu]] after her operation on [[DATE_TIME:19 April]].""",
    """The rental agreement lists [[PERSON:Pierre-Luc Gagnon]] as the main driver, Québec licence [[ID_NUMBER:G2553-180387-08]], and the car, plate [[ID_NUMBER:FVK 2291]], is due back [[DATE_TIME:Tuesday the 12th by 10 a.m.]]""",
    """[[PERSON:Emmanuel Mensah]], a [[NRP:Ghanaian]] national born on [[DATE_TIME:3 March 1990]], holds residence permit number [[ID_NUMBER:ZR5019847]] and has lived in [[LOCATION:Reading]] since 2016.""",
    """My grandmother [[PERSON:Edith Pemberton]] is [[AGE:91]] and still lives alone at [[ADDRESS:Rose Cottage, Church Lane]], [[LOCATION:Little Shelford]]; her carer [[PERSON:Monika]] comes in twice a day.""",
    """[[PERSON:Dr Sameer Qureshi]] will see [[PERSON:Olivia Bennett-Hart]] for her crown fitting on [[DATE_TIME:Wed 12 Nov, 4:15pm]]; the reminder text goes to [[PHONE_NUMBER:07823 661 094]].""",
    """Before meeting [[PERSON:Jake]] from Hinge, I sent my best friend his full name, [[PERSON:Jacob Antony Reyes]], his number, [[PHONE_NUMBER:(210) 448-9031]], and the name of the bar.""",
    """I'm [[PERSON:Wanjiru Mwangi]], loyalty member [[ID_NUMBER:KQ448190772]], and my bag didn't arrive on the flight from [[LOCATION:London]] to [[LOCATION:Nairobi]] on [[DATE_TIME:24 Dec]].""",
    """[[PERSON:Jun-ho Park]], a [[NRP:South Korean]] exchange student aged [[AGE:22]], is staying with the [[PERSON:Halvorsen]] family in [[LOCATION:Minneapolis]] until the end of the spring term.""",
    """pls tell [[PERSON:tunde]] to call [[TITLE:mrs]] [[PERSON:adeyemi]] back on [[PHONE_NUMBER:08034417762]] abt the school fees before friday""",
    """[[PERSON:Peter Kiprono]]'s KRA PIN, [[ID_NUMBER:A009876543K]], has to appear on the invoice before the county can pay him for the borehole work in [[LOCATION:Eldoret]].""",
    """[[PERSON:Mónica Salgado]] filed a claim after hail damaged the roof at [[ADDRESS:4821 Prairie Rose Dr]], [[LOCATION:Amarillo]], [[LOCATION:Texas]]; the adjuster is coming on [[DATE_TIME:May 28 at 1 pm]].""",
    """The State Department lists [[PERSON:Ethan Caldwell]]'s passport, [[US_PASSPORT:561203847]], as lost; he reported it at the embassy in [[LOCATION:Bangkok]] on [[DATE_TIME:October 30, 2024]].""",
    """A fundraiser set up by [[PERSON:Tasha Greene]] for her neighbour [[PERSON:Mr. Abdi Warsame]], [[AGE:73]], whose flat at [[ADDRESS:22 Hollis Court]] burned out on [[DATE_TIME:Sept. 8]], has raised $14,000 so far.""",
    """Compliance flagged a $9,800 transfer from [[PERSON:Viktor Szabo]] ([[EMAIL_ADDRESS:vszabo.trading@protonmail.com]]) to an account in [[LOCATION:Cyprus]], sent from [[IP_ADDRESS:2a02:587:c41:1d00::3f]] on [[DATE_TIME:2024-11-27 22:14]].""",
    """Oi, aqui é a [[PERSON:Juliana Castro]]. Caí num golpe do Pix ontem: transferi R$ 1.200 para uma chave que era o CPF [[ID_NUMBER:316.604.825-18]], achando que era da minha tia. Meu celular é [[PHONE_NUMBER:(11) 98432-7715]].""",
    """[[TITLE:Seu]] [[PERSON:Raimundo Nonato da Silva]], de [[AGE:58]] anos, dono de uma banca de açaí em [[LOCATION:Belém]], recebeu o microcrédito de R$ 3.500 em [[DATE_TIME:14/03/2025]] e paga as parcelas pelo aplicativo do banco.""",
    """A cliente [[PERSON:Fernanda Lopes Vieira]] pediu a portabilidade do salário; para receber do exterior, o IBAN dela é [[IBAN_CODE:BR05 1823 6120 0000 1005 5729 340C 1]] e o endereço cadastrado é [[ADDRESS:Rua Padre Chagas, 342, apto 801]], [[LOCATION:Porto Alegre]] - [[LOCATION:RS]], CEP [[ZIP_CODE:90570-080]].""",
    """Minha filha [[PERSON:Beatriz]] tem consulta com a [[TITLE:Dra.]] [[PERSON:Cláudia Menezes]] no dia [[DATE_TIME:2 de outubro, às 15h]], no posto de saúde da [[LOCATION:Vila Mariana]]. O cartão do SUS dela é [[ID_NUMBER:708 4012 9935 2215]].""",
    """Habari, naitwa [[PERSON:Wanjiku Kamau]]. Nilituma shilingi 2,500 kwa namba isiyo sahihi, [[PHONE_NUMBER:0711 238 940]], tarehe [[DATE_TIME:3 Machi saa nne asubuhi]]. Namba yangu ni [[PHONE_NUMBER:0722 651 384]], tafadhali nisaidieni kurudisha pesa.""",
    """[[TITLE:Bi.]] [[PERSON:Mwanaisha Juma]], mwenye umri wa miaka [[AGE:41]], mfanyabiashara wa vitenge huko [[LOCATION:Kariakoo]], [[LOCATION:Dar es Salaam]], amepata mkopo wa TSh 800,000 kutoka kikundi chake cha VICOBA tarehe [[DATE_TIME:15 Januari 2025]].""",
    """[[PERSON:Otieno]] alikopa kupitia Fuliza mara tatu mwezi huu. Kitambulisho chake ni [[ID_NUMBER:31502288]] na anaishi [[LOCATION:Kisumu]], mtaa wa [[LOCATION:Nyalenda]], karibu na soko.""",
    """Mzazi wa [[PERSON:Baraka Mollel]], [[TITLE:Bw.]] [[PERSON:Lazaro Mollel]], anaombwa kufika shuleni [[DATE_TIME:Jumatatu tarehe 10 Novemba saa tatu asubuhi]]; simu yake ni [[PHONE_NUMBER:+255 754 318 220]].""",
]

BENCH = [
    # ai4privacy-like
    """[[PERSON:Mrs. Delphine Okafor-Whitby]], as our new Senior Integration Strategist you are expected at [[ADDRESS:7702 Brekke Crossing, Suite 418]], [[LOCATION:North Anaisberg]] on [[DATE_TIME:11/04/2025]]; please bring the signed NDA and a passport photo for your badge.""",
    """Card [[CREDIT_CARD:6011493288701544]] (CVV 482, exp 09/27) belonging to [[PERSON:Hollis Kertzmann]] was used from [[IP_ADDRESS:91.204.17.233]] with agent Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36 to buy $900 in gift cards.""",
    """Hi [[PERSON:Zora]], the play-therapy intake for your [[AGE:8]]-year-old son [[PERSON:Milo Abernathy-Quist]] is set for [[DATE_TIME:14th March 2025, 16:00]]; please complete the form on the portal and confirm by text to [[PHONE_NUMBER:+44 7911 203 548]].""",
    """Transaction alert for [[PERSON:Maaike Verbruggen]]: account [[IBAN_CODE:NL02RABO0316842759]] received EUR 2,450.00 from [[PERSON:Jorrit van Wijk]] (BIC RABONL2U) on [[DATE_TIME:2024-08-19]]. A copy of this notice was sent to [[EMAIL_ADDRESS:m.verbruggen@ziggo.nl]].""",
    """Our records show that [[PERSON:Tevita Fifita]], Principal Research Designer, lives at [[ADDRESS:3315 Kuhic Terrace, Apt. 902]], [[LOCATION:Port Giovannafurt]], [[LOCATION:Kansas]] [[ZIP_CODE:66203-4471]] and prefers to be contacted at [[EMAIL_ADDRESS:tevita.fifita@yahoo.com]].""",
    """The MAC 3C:22:FB:9A:1E:07 registered to [[USERNAME:lhernandez_88]] requested [[IP_ADDRESS:192.168.4.117]] and later [[IP_ADDRESS:fe80::3e22:fbff:fe9a:1e07]]; its owner, [[PERSON:Lucía Hernández]], Director of Quality Assurance, was notified by [[EMAIL_ADDRESS:lucia.hernandez@kesslerhoeger.io]].""",
    """[[PERSON:Ikaika Kahananui]], your overdue balance of $1,208.44 on Amex [[CREDIT_CARD:3785 902331 40668]] (security code 7741) can be paid by calling 1-800-528-4800 or in person at the branch in [[LOCATION:Hilo]].""",
    """Please note that [[PERSON:Ms. Bronwyn Achterberg]], born [[DATE_TIME:July 2nd, 1979]], female, 168 cm, has been approved for the role of Legacy Data Architect and will relocate to [[LOCATION:Lake Roscoeview]], [[LOCATION:Vermont]].""",
    """Username [[USERNAME:priya.venkat]] with password Tq!93vLp#x was reset from [[IP_ADDRESS:49.207.181.12]] on [[DATE_TIME:Tuesday 18 June 2024 09:42 IST]]; account holder [[PERSON:Priya Venkataraman]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560034]].""",
    """Send the IBAN [[IBAN_CODE:CH93 0076 2011 6238 5295 7]] and BIC UBSWCHZH80A to [[PERSON:Jean-Baptiste Morel]] at [[EMAIL_ADDRESS:jb.morel@bluewin.ch]] so the boarding fees for [[PERSON:Chloé]] can be settled before term starts.""",
    """[[PERSON:Alderic Penhallow]] of [[ADDRESS:Flat 9, 221 Mount Pleasant Road]], [[LOCATION:Truro]], [[LOCATION:Cornwall]] [[ZIP_CODE:TR1 3JN]] applied for the Trainee Operations Officer post; NI number [[ID_NUMBER:JT 48 21 73 B]], mobile [[PHONE_NUMBER:+44 7456 118902]].""",
    """Account [[USERNAME:nightowl_deb]] (email [[EMAIL_ADDRESS:debora.schultz@web.de]]) last logged in on [[DATE_TIME:03.02.2025 23:51]] from [[IP_ADDRESS:84.160.212.9]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15.""",
    """The parish register lists [[PERSON:Jaylen Whitehorse]], [[AGE:45]], baptised [[NRP:Catholic]], residing at [[ADDRESS:18 Sage Hollow Road]], [[LOCATION:Gallup]], [[LOCATION:NM]] [[ZIP_CODE:87301]], as sponsor for the confirmation class.""",
    """Reminder: [[PERSON:Dr. Yevgenia Sokolova]]'s telehealth consult with patient [[PERSON:Marcus Tan]] is on [[DATE_TIME:2025-05-06T15:30:00+08:00]]; the link went to [[EMAIL_ADDRESS:marcus.tan.sg@outlook.com]] and his NRIC [[ID_NUMBER:T0412856C]] was verified at intake.""",
    """Buyer [[PERSON:Rania Khoury]] paid with Visa [[CREDIT_CARD:4716 2093 5581 0445]], exp 11/26, CVV 019; ship to [[ADDRESS:55 Gemmayzeh Street, Building 3, 2nd floor]], [[LOCATION:Beirut]]; billing phone [[PHONE_NUMBER:+961 3 448 120]].""",
    """[[PERSON:Mr. Chukwuemeka Eze]], Regional Mobility Coordinator, asks that from [[DATE_TIME:1 March 2025]] his salary be paid into [[IBAN_CODE:GB97LOYD30963418820457]] and that his old current account, [[ID_NUMBER:33917025]], be closed.""",
    """Profile: [[PERSON:Santiago Idrovo]], he/him, [[AGE:31]], eyes brown, Lead Tactics Engineer at Koss Group; mobile [[PHONE_NUMBER:+593 98 771 2046]]; home [[ADDRESS:Av. Amazonas N34-120]], [[LOCATION:Quito]]; username [[USERNAME:santi.idrovo]].""",
    """The vehicle with plate [[ID_NUMBER:KDD 418Q]] belongs to [[PERSON:Abdullahi Noor]] of [[LOCATION:Eastleigh]], [[LOCATION:Nairobi]]; he paid the clamping fee by M-Pesa from [[PHONE_NUMBER:0733 582 106]] on [[DATE_TIME:12/06/2024]].""",
    """Please be advised, [[PERSON:Magdalena Wiśniewska]], that your account is being migrated: the new login is [[USERNAME:m.wisniewska]], the temporary password is Zmiana#2024, and access is allowed only from [[IP_ADDRESS:31.0.122.88]].""",
    """In the paediatric asthma study, participant [[PERSON:Thiago]] (aged [[AGE:11]]) from [[LOCATION:Fortaleza]] used inhaler SN 4471-XR-22 twice daily; guardian [[PERSON:Ana Paula Rocha]], [[EMAIL_ADDRESS:anapaularocha@uol.com.br]].""",
    """Hi, [[PERSON:Krystal]]! Your new Diners Club card [[CREDIT_CARD:3608 274401 5195]] is active. The PIN, 3390, was mailed separately to [[ADDRESS:902 Calle Luna, Unit 3]], [[LOCATION:San Juan]], [[LOCATION:PR]] [[ZIP_CODE:00907]].""",
    """[[PERSON:Gwendolyn Ashworth]] (DOB [[DATE_TIME:1966-10-03]]) disputes the charge on JCB [[CREDIT_CARD:3566 0028 4417 9065]] made at 02:13 from [[IP_ADDRESS:118.69.54.201]] in [[LOCATION:Ho Chi Minh City]] while she was at home in [[LOCATION:Harrogate]].""",
    """Payroll update for [[PERSON:Dimitrios Papadakis]], Chief Usability Producer: new IBAN [[IBAN_CODE:DE68 1007 0024 0848 2156 00]], tax class 1, start date [[DATE_TIME:01.10.2024]], address [[ADDRESS:Kastanienallee 61]], [[ZIP_CODE:10119]] [[LOCATION:Berlin]].""",
    """We noticed a sign-in to [[EMAIL_ADDRESS:olamide.b@icloud.com]] from a new device (MAC 8C:85:90:4D:2A:F1, IP [[IP_ADDRESS:102.89.34.176]]) near [[LOCATION:Ibadan]], [[LOCATION:Nigeria]]. If this was you, [[PERSON:Olamide]], no action is needed.""",
    """Hello [[PERSON:Quinn]], your Discover card [[CREDIT_CARD:6521 7429 0118 8361]] now has a $6,500 limit. Your relationship manager, [[PERSON:Leilani Akana]], can be reached at [[EMAIL_ADDRESS:leilani.akana@discoverbank-mail.com]].""",
    """Form completed by [[PERSON:Anneliese Groß]], [[AGE:63]], widowed, [[NRP:Lutheran]], of [[ADDRESS:Hauptstraße 12a]], [[ZIP_CODE:79098]] [[LOCATION:Freiburg im Breisgau]], phone [[PHONE_NUMBER:+49 761 4471820]].""",
    """[[TITLE:Sgt.]] [[PERSON:Marcus Delacroix-Hill]], service number [[ID_NUMBER:30158822]], takes up a new posting at [[LOCATION:Catterick Garrison]] from [[DATE_TIME:6 January 2025]]; his personal email is [[EMAIL_ADDRESS:mdelacroixhill@hotmail.co.uk]].""",
    """Maintenance ticket opened by [[PERSON:Inês Carvalho]]: the router at [[ADDRESS:Rua do Almada 214, 3.º Esq.]], [[ZIP_CODE:4050-032]] [[LOCATION:Porto]] has MAC 00:1A:2B:3C:4D:5E and WAN IP [[IP_ADDRESS:188.81.44.219]]; customer number [[ID_NUMBER:CL-0093321]].""",
    """[[PERSON:Benedikt Hofer]] transferred EUR 18,000 from [[IBAN_CODE:AT61 1904 3002 3457 3201]] to [[PERSON:Sabine Egger]] ([[IBAN_CODE:DE58 7015 0000 1029 3847 56]]) on [[DATE_TIME:Friday 7 March]] for the car, reference "Golf TDI".""",
    """Employee [[PERSON:Ayesha Patel]], SA ID [[ID_NUMBER:9612040236088]], DOB [[DATE_TIME:04 Dec 1996]], joined the [[LOCATION:Durban]] office as Junior Claims Assessor; emergency contact [[PERSON:Yusuf Patel]], [[PHONE_NUMBER:082 417 6630]].""",
    """[[PERSON:Sipho Ndlovu]] (ID [[ID_NUMBER:8511075862084]], born [[DATE_TIME:7 November 1985]]) of [[ADDRESS:14 Jacaranda Street]], [[LOCATION:Soshanguve]], [[ZIP_CODE:0152]] applied for a R12,000 loan; his FNB account is [[ID_NUMBER:62840019357]].""",
    # gretel-like domain documents
    """AUTO INSURANCE CLAIM - FIRST NOTICE OF LOSS
Claim No.: CLM-2024-0088213
Insured: [[PERSON:Rebecca L. Thornbury]]
Policy No.: PAU-4471920-03
Date of Birth: [[DATE_TIME:09/22/1984]]
Address: [[ADDRESS:5519 Larkspur Lane]], [[LOCATION:Sacramento]], [[LOCATION:CA]] [[ZIP_CODE:95841]]
Phone: [[PHONE_NUMBER:(916) 340-2287]]
Driver License: [[US_DRIVER_LICENSE:B7730451]] (CA)
Date/Time of Loss: [[DATE_TIME:10/03/2024 approx. 5:40 PM]]
Location of Loss: Watt Ave at El Camino Ave, [[LOCATION:Sacramento]]
Description: Insured was rear-ended while stopped at a red light. Other driver: [[PERSON:Dylan Ortiz]], phone [[PHONE_NUMBER:(916) 772-0415]], insured with another carrier.
Injuries: Insured reports neck pain; seen at urgent care on [[DATE_TIME:10/04/2024]].""",
    """EMPLOYMENT AGREEMENT

This Agreement is made on [[DATE_TIME:15 January 2025]] between Harrowgate Logistics Ltd (the "Company") and [[PERSON:Adaeze Nwankwo]] of [[ADDRESS:27 Kingsley Avenue]], [[LOCATION:Stockport]] [[ZIP_CODE:SK4 3LP]] (the "Employee").

1. Commencement. The Employee's employment begins on [[DATE_TIME:3 February 2025]] and continuous employment is counted from that date.
2. Remuneration. GBP 34,500 per annum, paid monthly in arrears into the account notified by the Employee (sort code 20-45-77, account no. [[ID_NUMBER:61039854]]).
3. National Insurance number: [[ID_NUMBER:NR 59 03 62 D]].

Signed: [[PERSON:A. Nwankwo]]        Signed for the Company: [[PERSON:Martin Fellowes]], HR Director""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Halvorsen, Ingrid M.]]    MRN: [[ID_NUMBER:00482217]]
DOB: [[DATE_TIME:1949-02-17]] (Age [[AGE:75]])    Sex: F
Admitted: [[DATE_TIME:2024-12-02]]    Discharged: [[DATE_TIME:2024-12-09]]
Attending: [[PERSON:Dr. Obinna Chukwu]]
Diagnosis: Community-acquired pneumonia, right lower lobe.
Course: Treated with IV ceftriaxone and azithromycin, switched to oral on day 4. Daughter [[PERSON:Karin Halvorsen]] ([[PHONE_NUMBER:612-554-0938]]) will stay with patient at [[ADDRESS:4410 Xerxes Ave S]], [[LOCATION:Minneapolis]], [[LOCATION:MN]] [[ZIP_CODE:55410]] for the first week.
Follow-up: PCP [[PERSON:Dr. Sandra Kim]] on [[DATE_TIME:12/16/2024 at 10:20]].""",
    """GROUP MICROLOAN APPLICATION - INDIVIDUAL MEMBER SHEET
Group name: Umoja Traders, [[LOCATION:Machakos]]
Member: [[PERSON:Faith Mutheu Musyoka]]
National ID No.: [[ID_NUMBER:24410957]]
Date of birth: [[DATE_TIME:14/08/1988]]
Mobile money number: [[PHONE_NUMBER:0790 115 284]]
Business: second-hand clothes (mitumba), [[LOCATION:Machakos]] market stall 41
Loan requested: KSh 25,000 over 6 months
Next of kin: [[PERSON:Josephat Musyoka]] (husband), [[PHONE_NUMBER:0721 903 477]]
Guarantors: [[PERSON:Catherine Ndinda]], [[PERSON:Rose Wayua]]
Loan officer: [[PERSON:Dennis Kiptoo]]    Date: [[DATE_TIME:4 March 2025]]""",
    """NOTICE TO QUIT

To: [[PERSON:Jerome Baptiste]] and all other occupiers
Premises: [[ADDRESS:Flat 2B, Ashdown House, 119 Stamford Hill]], [[LOCATION:London]] [[ZIP_CODE:N16 5TU]]

I, [[PERSON:Gillian Marsh-Holloway]], your landlord, give you notice that you are required to give up possession of the premises on [[DATE_TIME:30 April 2025]], being the end of a period of your tenancy.

Rent arrears at the date of this notice: GBP 2,870.00.
Served by hand on [[DATE_TIME:27 February 2025]].
Landlord's address for service: [[ADDRESS:8 Orchard Mews]], [[LOCATION:Enfield]] [[ZIP_CODE:EN2 6QR]]; tel. [[PHONE_NUMBER:020 8366 1492]].""",
    """ACCOUNT STATEMENT - CURRENT ACCOUNT
Account holder: [[PERSON:MR KOFI ANNAN-BOATENG]]
Address: [[ADDRESS:61 Moss Lane]], [[LOCATION:Manchester]] [[ZIP_CODE:M16 7DF]]
IBAN: [[IBAN_CODE:GB88 HBUK 4012 7672 1049 38]]   BIC: HBUKGB4B
Statement period: 01 Nov 2024 to 30 Nov 2024
Opening balance: GBP 1,402.16
[[DATE_TIME:03 Nov]]  Card payment TESCO STORES 2231            -54.20
[[DATE_TIME:07 Nov]]  Faster payment from [[PERSON:A BOATENG]]           +300.00
[[DATE_TIME:15 Nov]]  Direct debit COUNCIL TAX                  -148.00
[[DATE_TIME:28 Nov]]  Salary NHS TRUST                        +2,211.87
Closing balance: GBP 3,711.83""",
    """CUSTOMER DUE DILIGENCE FORM (Individual)
1. Full name: [[PERSON:Olufunmilayo Adesanya-Roberts]]
2. Other names used: [[PERSON:Funmi Roberts]]
3. Date of birth: [[DATE_TIME:21st June 1977]]   Nationality: [[NRP:Nigerian]] / [[NRP:British]]
4. Residential address: [[ADDRESS:Plot 14, Admiralty Way]], [[LOCATION:Lekki Phase 1]], [[LOCATION:Lagos]]
5. Identity document: Nigerian passport no. [[ID_NUMBER:A08817342]]
6. BVN: [[ID_NUMBER:22190447631]]    NIN: [[ID_NUMBER:70381529846]]
7. Source of funds: proceeds of sale of property in [[LOCATION:Kent]]
8. Politically exposed person: No
Checked by [[PERSON:T. Okorie]], Compliance Officer, on [[DATE_TIME:09/01/2025]]""",
    """INCIDENT REPORT - Case 24-118830
Reporting officer: [[TITLE:Constable]] [[PERSON:R. Sandhu]], badge [[ID_NUMBER:4471]]
On [[DATE_TIME:Saturday, November 16, 2024 at about 23:10]] officers attended [[ADDRESS:2280 Kingsway]], [[LOCATION:Vancouver]], [[LOCATION:BC]] after a call from the resident, [[PERSON:Marguerite Lévesque]] ([[PHONE_NUMBER:604-871-3306]]), who reported that her ex-partner, [[PERSON:Trent Maddox]], DOB [[DATE_TIME:1990-04-11]], had kicked in the door. Maddox was located nearby and arrested. Witness: [[PERSON:Harjit Gill]], neighbour at unit 3.""",
    """IN THE CIRCUIT COURT OF [[LOCATION:COOK COUNTY]], [[LOCATION:ILLINOIS]]
[[PERSON:MARISOL GUTIERREZ]], Plaintiff,
v.
[[PERSON:DARNELL WHITFIELD]], Defendant.

SUMMONS
To the Defendant: [[PERSON:Darnell Whitfield]], [[ADDRESS:7329 S. Constance Ave., Apt. 1]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60649]]
You are summoned to appear on [[DATE_TIME:March 18, 2025, at 9:00 a.m.]] in Courtroom 1303 to answer the complaint. Plaintiff's attorney: [[PERSON:Helen Novak]], ARDC No. [[ID_NUMBER:6299174]], [[EMAIL_ADDRESS:hnovak@novaklegal.com]].""",
    """MORTGAGE PRE-APPROVAL

Date: [[DATE_TIME:12 February 2025]]
Applicants: [[PERSON:Aditya Rao]] and [[PERSON:Meghan Rao]]
Property: [[ADDRESS:16 Banksia Grove]], [[LOCATION:Kellyville]], [[LOCATION:NSW]] [[ZIP_CODE:2155]]

Dear [[PERSON:Aditya]] and [[PERSON:Meghan]],
We are pleased to confirm conditional approval of a home loan of AUD 920,000 over 30 years. This approval relies on the payslips and tax records you provided, including [[PERSON:Aditya]]'s TFN [[ID_NUMBER:871 540 329]], and on a satisfactory valuation. Settlement is expected on or about [[DATE_TIME:28 March 2025]].

[[PERSON:Lachlan Prior]], Lending Manager""",
    """DISPENSING RECORD
Rx #: 7718203
Patient: [[PERSON:Takahashi, Hiroshi]]   DOB: [[DATE_TIME:11/30/1952]]
Address: [[ADDRESS:1546 Kapiolani Blvd #1802]], [[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96814]]
Phone: [[PHONE_NUMBER:808-941-2267]]
Drug: Apixaban 5 mg tablets, qty 60, refills 3
Prescriber: [[PERSON:Dr. Leilani Fonoti]], NPI [[ID_NUMBER:1487720397]]
Filled: [[DATE_TIME:01/08/2025 14:52]]   Pharmacist: [[PERSON:J. Morikawa]], RPh
Counselled patient's wife, [[PERSON:Keiko]], on bleeding signs.""",
    """RESIDENTIAL TENANCY AGREEMENT (summary page)
Landlord: [[PERSON:Wiremu Tane Paki]], [[EMAIL_ADDRESS:wiremu.paki@xtra.co.nz]], [[PHONE_NUMBER:027 552 8841]]
Tenant(s): [[PERSON:Charlotte Ngaire Dunn]] (DOB [[DATE_TIME:05/05/1998]]), [[PERSON:Rahul Bhatia]] (DOB [[DATE_TIME:19/12/1996]])
Address of premises: [[ADDRESS:3/48 Ponsonby Road]], [[LOCATION:Grey Lynn]], [[LOCATION:Auckland]] [[ZIP_CODE:1021]]
Tenancy start: [[DATE_TIME:1 March 2025]]   Rent: NZD 720 per week   Bond: NZD 2,880
Bond lodged with Tenancy Services; bank account for rent [[ID_NUMBER:12-3077-0458219-00]].""",
    """STUDENT ENROLMENT FORM - 2025 intake
Student legal name: [[PERSON:Nomvula Grace Zulu]]   Preferred name: [[PERSON:Grace]]
Date of birth: [[DATE_TIME:2010/07/23]]   Grade: 9
Home language: isiZulu   Religion: [[NRP:Christian]]
Home address: [[ADDRESS:42 Acacia Crescent]], [[LOCATION:Westville]], [[LOCATION:Durban]], [[ZIP_CODE:3629]]
Parent/guardian 1: [[PERSON:Thabo Zulu]], cell [[PHONE_NUMBER:083 552 7104]], [[EMAIL_ADDRESS:thabo.zulu@mweb.co.za]]
Parent/guardian 2: [[PERSON:Lindiwe Zulu]], cell [[PHONE_NUMBER:072 810 3359]]
Medical notes: mild asthma; inhaler kept in bag.""",
    """BENEFICIARY DESIGNATION - GROUP LIFE PLAN
Member: [[PERSON:Gordon McTavish]]   Employee no.: [[ID_NUMBER:HR-104733]]   SIN: [[ID_NUMBER:728 104 654]]
Primary beneficiary (60%): [[PERSON:Elaine McTavish]], spouse, born [[DATE_TIME:March 14, 1971]]
Primary beneficiary (40%): [[PERSON:Duncan McTavish]], son, born [[DATE_TIME:October 2, 2001]]
Contingent beneficiary: Estate of the member
Member's address: [[ADDRESS:98 Rideau Terrace]], [[LOCATION:Ottawa]], [[LOCATION:Ontario]] [[ZIP_CODE:K1M 0Z2]]
Signature: [[PERSON:G. McTavish]]        Date signed: [[DATE_TIME:2024-06-30]]""",
    """INDEPENDENT CONTRACTOR AGREEMENT - Schedule B (Payment Details)
Contractor: [[PERSON:Oksana Kovalenko]], sole trader
Contractor address: [[ADDRESS:Kerkstraat 77-2]], [[ZIP_CODE:1017 GC]] [[LOCATION:Amsterdam]]
BSN: [[ID_NUMBER:237019486]]
Bank: [[IBAN_CODE:NL93 INGB 0006 5219 84]]  (BIC INGBNL2A)
Rate: EUR 85 per hour, invoiced monthly, payable within 14 days
Contractor email for invoices: [[EMAIL_ADDRESS:oksana.kovalenko.design@proton.me]]
Effective date: [[DATE_TIME:1 April 2025]]""",
    """FINAL NOTICE BEFORE LEGAL ACTION

[[PERSON:Mr. Brandon Kessler]]
[[ADDRESS:3901 Oak Hollow Dr, Unit 210]]
[[LOCATION:Lexington]], [[LOCATION:KY]] [[ZIP_CODE:40515]]

Re: Account ending 8824, original creditor: Maple Consumer Finance

Dear [[PERSON:Mr. Kessler]],
Our client reports an outstanding balance of $3,417.62. Despite letters dated [[DATE_TIME:October 1]] and [[DATE_TIME:November 4]], no payment has been received. Please call us at 1-888-640-2201 within 30 days. Our records also list [[PHONE_NUMBER:(859) 227-0193]] and [[EMAIL_ADDRESS:bkessler1986@aol.com]] as your contact details.""",
    """INFORMED CONSENT - Participant Copy
Study: Effect of a text-message reminder on adherence to hypertension medication
Participant name: [[PERSON:Lakshmi Narayanan]]   Participant ID: [[ID_NUMBER:HTN-0215]]
Age: [[AGE:56]]   Phone for reminders: [[PHONE_NUMBER:+91 98450 32718]]
I confirm that the study was explained to me in Tamil by [[PERSON:Dr. Suresh Balaji]] on [[DATE_TIME:22.11.2024]] and that I may withdraw at any time.
Witness: [[PERSON:R. Kavitha]]
Aadhaar (for payment of travel allowance): [[ID_NUMBER:7391 0524 6189]]""",
    """PRIVATE & CONFIDENTIAL

[[PERSON:Ms. Harriet Osei]]
[[ADDRESS:12 Fernhill Close]]
[[LOCATION:Sheffield]]
[[ZIP_CODE:S10 3FR]]

Dear [[PERSON:Harriet]],

Following the disciplinary hearing held on [[DATE_TIME:Thursday 6 February 2025]], I am writing to confirm that your employment is terminated with notice, your last day of service being [[DATE_TIME:7 March 2025]]. Your final salary, including 6.5 days of accrued holiday, will be paid on the usual date. You may appeal in writing to [[PERSON:Colin Ashby]] within ten working days.

Yours sincerely,
[[PERSON:Priya Lal]], People Partner""",
    """LASTING POWER OF ATTORNEY - Property and Financial Affairs (extract)
Donor: [[PERSON:Dorothy Ann Fairweather]], born [[DATE_TIME:2 August 1938]], of [[ADDRESS:Meadowbank, 7 Holly Road]], [[LOCATION:Keswick]], [[LOCATION:Cumbria]] [[ZIP_CODE:CA12 5DS]]
Attorneys (jointly and severally): [[PERSON:Susan Fairweather-Hay]], born [[DATE_TIME:11 May 1965]]; [[PERSON:Robert Fairweather]], born [[DATE_TIME:30 September 1968]]
Certificate provider: [[PERSON:Dr. Imran Siddiqui]]
Signed by the donor on [[DATE_TIME:17 October 2024]] in the presence of [[PERSON:Alan Crosby]]""",
    """TRAVEL VISA APPLICATION - Section A (Applicant)
Surname: [[PERSON:DELA CRUZ]]   Given names: [[PERSON:MARIA THERESA]]
Date of birth: [[DATE_TIME:1992-01-28]]   Place of birth: [[LOCATION:Iloilo City]], [[LOCATION:Philippines]]
Nationality: [[NRP:Filipino]]   Passport no.: [[ID_NUMBER:P4418260B]]   Expiry: 2031-05-10
Home address: [[ADDRESS:Blk 7 Lot 22, Camella Homes]], [[LOCATION:Jaro]], [[LOCATION:Iloilo City]] [[ZIP_CODE:5000]]
Mobile: [[PHONE_NUMBER:+63 917 482 3301]]   Email: [[EMAIL_ADDRESS:mtdelacruz92@gmail.com]]
Intended arrival: [[DATE_TIME:15 June 2025]]""",
    """CREDIT CARD APPLICATION - SUMMARY FOR UNDERWRITING
Applicant: [[PERSON:Carlos A. Mendoza]]   DOB: [[DATE_TIME:08/09/1990]]   SSN: [[US_SSN:287-40-1186]]
Address: [[ADDRESS:2118 Alameda St Apt 5]], [[LOCATION:Los Angeles]], [[LOCATION:CA]] [[ZIP_CODE:90058]]   Time at address: 3 yrs
Employer: Pacific Cold Storage, forklift supervisor   Annual income: $58,000
Housing payment: $1,650/mo rent
Existing cards: Visa ending 2291, store card ending 0074
Decision: approved, limit $3,000, card no. [[CREDIT_CARD:4485 9930 1274 6188]] issued [[DATE_TIME:02/20/2025]]""",
    """OUTWARD TELEGRAPHIC TRANSFER REQUEST
Remitter: [[PERSON:Lim Boon Keng]]   NRIC: [[ID_NUMBER:S7621039Z]]
Remitter account: [[ID_NUMBER:101-458291-3]]
Beneficiary name: [[PERSON:Lim Hui Min]]
Beneficiary address: [[ADDRESS:Flat 4, 31 Clifton Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS8 1AG]], [[LOCATION:United Kingdom]]
Beneficiary IBAN: [[IBAN_CODE:GB57MIDL40441255091736]]   SWIFT: MIDLGB22
Amount: GBP 6,000.00   Purpose: university fees and living expenses
Charges: OUR   Signature date: [[DATE_TIME:13/01/2025]]""",
    """NOTICE OF APPLICATION FOR PROBATE
Estate of [[PERSON:Francis Xavier Mulcahy]], late of [[ADDRESS:14 Tullow Road]], [[LOCATION:Carlow]], [[ZIP_CODE:R93 F6K2]], retired farmer, who died on [[DATE_TIME:2 December 2024]].
Any person having a claim against the estate should send details to the executor, [[PERSON:Bernadette Mulcahy]], c/o Kinsella & Co. Solicitors, before 30 May 2025.""",
    """PERSONAL LOAN - HARDSHIP VARIATION REQUEST
Borrower: [[PERSON:Mele Havili]]   Customer no.: [[ID_NUMBER:40017729]]
Loan account: [[ID_NUMBER:LN-55-20931]]
Reason: reduced hours at work since [[DATE_TIME:October 2024]]; partner [[PERSON:Sione]] unwell.
Request: interest-only payments for three months.
Contact: [[PHONE_NUMBER:0422 918 407]], [[ADDRESS:7 Wattle Street]], [[LOCATION:Logan Central]], [[LOCATION:QLD]] [[ZIP_CODE:4114]]
Assessed by [[PERSON:Kerry-Anne Doyle]] on [[DATE_TIME:20/11/2024]]: approved.""",
    # Nemotron-PII-like structured snippets
    '''{"customer_id": "[[ID_NUMBER:CUS-88120457]]", "full_name": "[[PERSON:Esperanza Villalobos]]", "dob": "[[DATE_TIME:1983-06-14]]", "email": "[[EMAIL_ADDRESS:e.villalobos83@gmail.com]]", "phone": "[[PHONE_NUMBER:+1-505-318-7720]]", "address": {"line1": "[[ADDRESS:711 Camino del Monte Sol]]", "city": "[[LOCATION:Santa Fe]]", "state": "[[LOCATION:NM]]", "zip": "[[ZIP_CODE:87501]]"}, "kyc_status": "verified", "risk_score": 12, "created_at": "[[DATE_TIME:2023-02-01T08:00:00Z]]"}''',
    """[[DATE_TIME:2025-01-14T06:12:44.118Z]] INFO  auth-svc  login_success user=[[USERNAME:kmurphy]] email=[[EMAIL_ADDRESS:kieran.murphy@outlook.ie]] src_ip=[[IP_ADDRESS:86.44.19.230]] mfa=totp session=9f3c1e7a
[[DATE_TIME:2025-01-14T06:13:02.540Z]] WARN  auth-svc  password_change user=[[USERNAME:kmurphy]] src_ip=[[IP_ADDRESS:86.44.19.230]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
[[DATE_TIME:2025-01-14T06:20:19.007Z]] INFO  billing   card_added user=[[USERNAME:kmurphy]] last4=2051 brand=visa""",
    """INSERT INTO patients (patient_id, first_name, last_name, date_of_birth, phone, nhs_number, postcode)
VALUES ('[[ID_NUMBER:P-0049921]]', '[[PERSON:Gareth]]', '[[PERSON:Llewellyn]]', '[[DATE_TIME:1971-09-03]]', '[[PHONE_NUMBER:029 2049 8813]]', '[[ID_NUMBER:638 119 4073]]', '[[ZIP_CODE:CF24 3AA]]'),
       ('[[ID_NUMBER:P-0049922]]', '[[PERSON:Bethan]]', '[[PERSON:Morgan-Price]]', '[[DATE_TIME:1988-12-27]]', '[[PHONE_NUMBER:07971 330 582]]', '[[ID_NUMBER:720 455 1834]]', '[[ZIP_CODE:CF11 9LJ]]');""",
    """<PmtInf>
  <PmtInfId>PMT-20250203-0017</PmtInfId>
  <Dbtr><Nm>[[PERSON:Annika Holmberg]]</Nm></Dbtr>
  <DbtrAcct><Id><IBAN>[[IBAN_CODE:DE72200400600526391844]]</IBAN></Id></DbtrAcct>
  <CdtTrfTxInf>
    <Amt><InstdAmt Ccy="EUR">1250.00</InstdAmt></Amt>
    <Cdtr><Nm>[[PERSON:Lukas Brandstetter]]</Nm><PstlAdr><StrtNm>[[ADDRESS:Mariahilfer Straße]]</StrtNm><BldgNb>[[ADDRESS:88]]</BldgNb><PstCd>[[ZIP_CODE:1070]]</PstCd><TwnNm>[[LOCATION:Wien]]</TwnNm><Ctry>[[LOCATION:AT]]</Ctry></PstlAdr></Cdtr>
    <CdtrAcct><Id><IBAN>[[IBAN_CODE:BE33363104275646]]</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>Miete Februar</Ustrd></RmtInf>
  </CdtTrfTxInf>
</PmtInf>""",
    """# on-call rotation - infra team
oncall:
  primary:
    name: [[PERSON:Dagny Solberg]]
    phone: "[[PHONE_NUMBER:+47 912 44 087]]"
    email: [[EMAIL_ADDRESS:dagny.solberg@fjordcloud.no]]
  secondary:
    name: [[PERSON:Eirik Haugland]]
    phone: "[[PHONE_NUMBER:+47 405 18 263]]"
    slack: "@[[USERNAME:eirik.h]]"
escalation_timeout_minutes: 15
pager_service: opsgenie
bastion_host: [[IP_ADDRESS:10.20.0.4]]""",
    '''def test_create_borrower(client):
    payload = {
        "name": "[[PERSON:Kwabena Osei]]",
        "msisdn": "[[PHONE_NUMBER:233244718093]]",
        "ghana_card": "[[ID_NUMBER:GHA-718223904-6]]",
        "dob": "[[DATE_TIME:1995-03-30]]",
        "loan_product": "SME_WEEKLY_30D",
        "amount": 1500,
    }
    resp = client.post("/v2/borrowers", json=payload)
    assert resp.status_code == 201''',
    """Ticket #INC-40912  |  Priority: P3  |  Channel: web form
Requester: [[PERSON:Yolanda Pretorius]] <[[EMAIL_ADDRESS:yolanda.pretorius@telkomsa.net]]>
Phone: [[PHONE_NUMBER:+27 82 611 4039]]
Subject: Debit order taken twice
Description: Hi, the premium for my funeral cover was taken twice from my account [[ID_NUMBER:1052 449 871]] on [[DATE_TIME:25 January]]. My ID number is [[ID_NUMBER:8204110318086]] if you need it, it's in my husband [[PERSON:Pieter]]'s name too. Please refund one of them.
Assigned to: [[PERSON:Sibusiso M.]]""",
    """<form action="/apply" method="post">
  <input type="text" name="first_name" value="[[PERSON:Mirela]]">
  <input type="text" name="last_name" value="[[PERSON:Dragomir]]">
  <input type="email" name="email" value="[[EMAIL_ADDRESS:mirela.dragomir@yahoo.ro]]">
  <input type="tel" name="mobile" value="[[PHONE_NUMBER:+40 722 318 904]]">
  <input type="date" name="dob" value="[[DATE_TIME:1993-11-08]]">
  <input type="text" name="city" value="[[LOCATION:Cluj-Napoca]]">
  <select name="plan"><option selected>Premium</option></select>
</form>""",
    """curl -X POST https://api.lendflow.example/v1/applications \\
  -H "Authorization: Bearer sk_live_51Hx9Qe7" \\
  -H "Content-Type: application/json" \\
  -d '{"applicant":{"name":"[[PERSON:Tremaine Jackson]]","ssn":"[[US_SSN:604-28-9153]]","dob":"[[DATE_TIME:1987-02-11]]","email":"[[EMAIL_ADDRESS:tjackson.atl@gmail.com]]","address":"[[ADDRESS:845 Ralph David Abernathy Blvd SW]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30310]]"},"amount":12000,"term_months":36}'""",
    """# .env.staging - DO NOT COMMIT
DB_HOST=[[IP_ADDRESS:10.0.3.21]]
DB_USER=app_rw
DB_PASSWORD=Hr7!kq92Lm
ADMIN_CONTACT_NAME=[[PERSON:Rohan Pillai]]
ADMIN_CONTACT_EMAIL=[[EMAIL_ADDRESS:rohan.pillai@finsight.in]]
ADMIN_CONTACT_PHONE=[[PHONE_NUMBER:+91-98201-44372]]
SMTP_FROM=no-reply@finsight.in
BILLING_CARD=[[CREDIT_CARD:5310667299410530]]
FEATURE_UPI_AUTOPAY=true""",
    """Return-Path: <[[EMAIL_ADDRESS:leona.griffiths@btinternet.com]]>
Received: from mail-wr1-f41.google.com ([[IP_ADDRESS:209.85.221.41]]) by mx.halifaxlettings.co.uk
From: "[[PERSON:Leona Griffiths]]" <[[EMAIL_ADDRESS:leona.griffiths@btinternet.com]]>
To: lettings@halifaxlettings.co.uk
Date: [[DATE_TIME:Mon, 10 Feb 2025 19:04:51 +0000]]
Subject: Re: Viewing at [[ADDRESS:22 Savile Park Road]]

Hi, I can do the viewing on [[DATE_TIME:Wednesday 12th at 5.30]]. My partner [[PERSON:Dev]] will come too. Thanks, [[PERSON:Leona]]""",
    """[[IP_ADDRESS:197.232.61.14]] - [[USERNAME:njeri_w]] [[[DATE_TIME:21/Mar/2025:08:14:09 +0300]]] "POST /api/v1/loans/repay HTTP/1.1" 200 512 "-" "okhttp/4.12.0"
[[IP_ADDRESS:197.232.61.14]] - [[USERNAME:njeri_w]] [[[DATE_TIME:21/Mar/2025:08:14:11 +0300]]] "GET /api/v1/loans/status?msisdn=[[PHONE_NUMBER:254722019348]] HTTP/1.1" 200 231 "-" "okhttp/4.12.0"
[[IP_ADDRESS:41.90.64.2]] - - [21/Mar/2025:08:15:40 +0300] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29\"""",
    '''{
  "loanId": "LN-2025-004417",
  "borrower": {
    "fullName": "[[PERSON:Aminata Diallo]]",
    "nationalId": "[[ID_NUMBER:1 88 04 75 112 045 69]]",
    "phone": "[[PHONE_NUMBER:+33 6 71 28 90 45]]",
    "iban": "[[IBAN_CODE:GB44MONZ04003377291846]]"
  },
  "principal": 2500.00,
  "currency": "EUR",
  "disbursedAt": "[[DATE_TIME:2025-02-03T10:21:00Z]]",
  "schedule": [{"due": "[[DATE_TIME:2025-03-03]]", "amount": 437.50}, {"due": "[[DATE_TIME:2025-04-03]]", "amount": 437.50}],
  "status": "ACTIVE"
}''',
    """mutation {
  updateProfile(input: {
    userId: "[[ID_NUMBER:u_7731820]]"
    displayName: "[[PERSON:Lorenzo Bianchi]]"
    handle: "[[USERNAME:lollo.bianchi]]"
    birthday: "[[DATE_TIME:1999-07-21]]"
    website: "[[URL:https://lorenzobianchi.photo]]"
    location: "[[LOCATION:Bologna]], [[LOCATION:Italy]]"
  }) { ok }
}""",
    """const testUsers = [
  { id: 1, name: '[[PERSON:Hana Kobayashi]]', email: '[[EMAIL_ADDRESS:hana.k@docomo.ne.jp]]', role: 'admin', lastIp: '[[IP_ADDRESS:126.75.201.9]]' },
  { id: 2, name: '[[PERSON:Tariq Mahmood]]', email: '[[EMAIL_ADDRESS:tariq.mahmood@gmail.com]]', role: 'viewer', lastIp: '[[IP_ADDRESS:2001:db8:4f1a::1c]]' },
];
module.exports = { testUsers, apiVersion: '3.2.1' };""",
    """JIRA SUP-2281: Refund not received
Reporter: [[PERSON:Beatrix Fenwick]] ([[EMAIL_ADDRESS:bfenwick@icloud.com]])
Environment: iOS app 5.14.2, iPhone 13
Steps: Customer cancelled the order on [[DATE_TIME:Jan 28]], was told refund in 5 days. Card on file Mastercard ending 7107. Customer's shipping address [[ADDRESS:48 Willow Bend]], [[LOCATION:Guelph]], [[LOCATION:ON]] [[ZIP_CODE:N1H 6T3]].
Comment ([[PERSON:Arjun S.]]): payment gateway shows refund pending, escalated to finance.""",
    '''{
  "Body": {
    "stkCallback": {
      "MerchantRequestID": "29115-34620561-1",
      "CheckoutRequestID": "ws_CO_191220191020363925",
      "ResultCode": 0,
      "ResultDesc": "The service request is processed successfully.",
      "CallbackMetadata": {
        "Item": [
          {"Name": "Amount", "Value": 1350.00},
          {"Name": "MpesaReceiptNumber", "Value": "SLC7H2K9QM"},
          {"Name": "TransactionDate", "Value": [[DATE_TIME:20250311142208]]},
          {"Name": "PhoneNumber", "Value": [[PHONE_NUMBER:254711420863]]}
        ]
      }
    }
  }
}''',
    """event=account.updated ts=[[DATE_TIME:2025-02-19T11:40:02Z]] actor=support_bot subject_id=[[ID_NUMBER:acct_55190244]] changes.name.old="[[PERSON:Siew Ling Ong]]" changes.name.new="[[PERSON:Siew Ling Ong-Harrison]]" changes.address.new="[[ADDRESS:9 Jalan Kemuning 2]], [[ZIP_CODE:47400]] [[LOCATION:Petaling Jaya]]" reason=marriage""",
    """Traceback (most recent call last):
  File "/srv/app/notify.py", line 88, in send_sms
    gateway.send(to=user.phone, body=msg)
app.errors.DeliveryError: undeliverable number [[PHONE_NUMBER:+61 491 570 006]] for user_id=[[ID_NUMBER:408812]] (email=[[EMAIL_ADDRESS:matilda.nguyen@bigpond.com]])""",
    """UPDATE accounts SET email = '[[EMAIL_ADDRESS:d.oyelowo@fastmail.com]]', phone = '[[PHONE_NUMBER:+234 803 112 4470]]' WHERE account_no = '[[ID_NUMBER:0098214476]]';
-- 1 row affected
SELECT account_no, holder_name, bvn FROM accounts WHERE account_no = '[[ID_NUMBER:0098214476]]';
-- [[ID_NUMBER:0098214476]] | [[PERSON:Damilola Oyelowo]] | [[ID_NUMBER:22451930874]]""",
    """[webservers]
web01 ansible_host=[[IP_ADDRESS:172.16.8.11]]
web02 ansible_host=[[IP_ADDRESS:172.16.8.12]]

[webservers:vars]
# owner: [[PERSON:Kateryna Bondarenko]] ([[EMAIL_ADDRESS:kateryna.bondarenko@gmail.com]]), mobile [[PHONE_NUMBER:+380 67 441 2093]]
ansible_user=deploy
http_port=8080""",
    """Support chat export (form fields)
name: [[PERSON:Obafemi Lawal]]
account email: [[EMAIL_ADDRESS:femi.lawal@yahoo.com]]
card: [[CREDIT_CARD:5061 0244 8190 7736 525]]
issue: card declined at POS on [[DATE_TIME:14/02/2025 around 7pm]], merchant says "do not honour"
device ip: [[IP_ADDRESS:105.112.40.19]]
agent notes: card not blocked, likely issuer-side limit; advised to call the bank.""",
    # Brazilian Portuguese
    """Prezada [[TITLE:Sra.]] [[PERSON:Luana Ribeiro Tavares]], coordenadora de logística, informamos que o cartão Elo [[CREDIT_CARD:6362 9744 1803 9256]] (CVV 551, validade 04/29) foi usado a partir do IP [[IP_ADDRESS:177.38.212.90]] em [[DATE_TIME:18/02/2025 às 22h47]]. Se não reconhece a compra, ligue para 4004-0001 ou responda para [[EMAIL_ADDRESS:luana.tavares@gmail.com]].""",
    """CÉDULA DE CRÉDITO BANCÁRIO Nº 2025/004418
EMITENTE: [[PERSON:Marcos Antônio Ferreira Lima]], [[NRP:brasileiro]], casado, motorista de aplicativo, portador do RG [[ID_NUMBER:MG-14.882.301]] e inscrito no CPF sob o nº [[ID_NUMBER:428.193.067-13]], residente na [[ADDRESS:Rua Itapecerica, 1120, casa 2]], bairro [[LOCATION:Lagoinha]], [[LOCATION:Belo Horizonte]]/[[LOCATION:MG]], CEP [[ZIP_CODE:31210-050]].
VALOR DO CRÉDITO: R$ 8.000,00, em 18 parcelas mensais de R$ 612,40, vencendo a primeira em [[DATE_TIME:10/04/2025]].
CONTA PARA CRÉDITO: Banco 341, agência 3812, conta corrente [[ID_NUMBER:44719-2]].
[[LOCATION:Belo Horizonte]], [[DATE_TIME:10 de março de 2025]].
_______________________
[[PERSON:Marcos A. F. Lima]]""",
    '''{"cliente": {"nome": "[[PERSON:Patrícia Nogueira Sampaio]]", "cpf": "[[ID_NUMBER:872.310.549-60]]", "data_nascimento": "[[DATE_TIME:1991-05-17]]", "celular": "[[PHONE_NUMBER:+55 21 99812-4407]]", "email": "[[EMAIL_ADDRESS:paty.sampaio@hotmail.com]]", "chave_pix": "[[EMAIL_ADDRESS:paty.sampaio@hotmail.com]]", "endereco": {"logradouro": "[[ADDRESS:Rua Barata Ribeiro]]", "numero": "[[ADDRESS:502]]", "complemento": "[[ADDRESS:apto 1104]]", "bairro": "[[LOCATION:Copacabana]]", "cidade": "[[LOCATION:Rio de Janeiro]]", "uf": "[[LOCATION:RJ]]", "cep": "[[ZIP_CODE:22040-002]]"}}, "conta": {"banco": "260", "agencia": "0001", "numero": "[[ID_NUMBER:88213940-7]]"}, "score_interno": 712}''',
    """Chamado #88213 - Reclamação (golpe do falso atendente)
Cliente: [[PERSON:José Roberto Almeida]]
CPF: [[ID_NUMBER:193.458.702-88]]
Telefone: [[PHONE_NUMBER:(85) 3261-4478]]
Relato: o cliente informa que em [[DATE_TIME:05/01/2025]] recebeu ligação de um falso atendente pedindo o código do token. Em seguida foram feitas duas transferências Pix para a conta de [[PERSON:Carla Souza Mendes]] (CPF [[ID_NUMBER:604.281.937-22]]), agência 0197, conta [[ID_NUMBER:20331-8]]. O cliente registrou boletim de ocorrência em [[LOCATION:Fortaleza]].
Atendente: [[PERSON:Renata P.]]""",
    # Swahili
    """SLD4K8TQ1Z Imethibitishwa. Ksh3,200.00 imetumwa kwa [[PERSON:JOSEPH MUTUA]] [[PHONE_NUMBER:0715902446]] tarehe [[DATE_TIME:14/3/25 saa 7:42 PM]]. Salio lako la M-PESA ni Ksh1,048.50. Gharama ya muamala ni Ksh53.00.
SLE2P7RX4B Imethibitishwa. Umepokea Ksh5,000.00 kutoka kwa [[PERSON:MARY AUMA]] [[PHONE_NUMBER:0746281903]] tarehe [[DATE_TIME:15/3/25 saa 9:05 AM]]. Salio lako jipya la M-PESA ni Ksh6,048.50.""",
    """FOMU YA MAOMBI YA MKOPO - Kikundi cha Wajasiriamali Mbezi
Jina kamili: [[PERSON:Rehema Hassani Mfinanga]]
Namba ya NIDA: [[ID_NUMBER:19850312-14105-00002-25]]
Tarehe ya kuzaliwa: [[DATE_TIME:12/03/1985]]
Simu (M-Pesa/Mixx): [[PHONE_NUMBER:0754 662 019]]
Makazi: Mtaa wa [[LOCATION:Mbezi Beach]], [[LOCATION:Kinondoni]], [[LOCATION:Dar es Salaam]]
Anwani ya posta: [[ADDRESS:S.L.P. 33418]], [[LOCATION:Dar es Salaam]]
Biashara: mama lishe (chakula)
Kiasi kinachoombwa: TSh 1,500,000 kwa miezi 12
Mdhamini: [[PERSON:Salum Omari Kitwana]], simu [[PHONE_NUMBER:0688 310 775]]
Tarehe ya maombi: [[DATE_TIME:20 Februari 2025]]""",
    '''{"tukio": "malipo_ya_mkopo", "mwanachama": {"jina": "[[PERSON:Kevin Ochieng Odhiambo]]", "nambari_ya_uanachama": "[[ID_NUMBER:SAC-004821]]", "kitambulisho": "[[ID_NUMBER:27710394]]", "simu": "[[PHONE_NUMBER:+254 729 551 084]]"}, "kiasi": 4500, "sarafu": "KES", "tarehe": "[[DATE_TIME:2025-03-21T08:14:09+03:00]]", "njia": "M-PESA Paybill 522533", "hali": "imekamilika"}''',
    """Mimi, [[PERSON:Grace Njeri Kariuki]], mwenye kitambulisho cha taifa namba [[ID_NUMBER:30128877]] na PIN ya KRA [[ID_NUMBER:A014298765B]], nathibitisha kwamba nimepokea mkopo wa Ksh 50,000 kutoka kwa chama cha akiba na mikopo tarehe [[DATE_TIME:7 Aprili 2025]]. Anwani yangu ni [[ADDRESS:S.L.P. 1287]]-[[ZIP_CODE:10100]], [[LOCATION:Nyeri]], barua pepe [[EMAIL_ADDRESS:gracenjeri.k@gmail.com]], simu [[PHONE_NUMBER:0724 881 530]].""",
]

TABLE = [
    """applicant_name,mobile_money_no,national_id,village,loan_amount_kes,product,cycle
[[PERSON:Mercy Chebet]],[[PHONE_NUMBER:0712 558 203]],[[ID_NUMBER:28810473]],[[LOCATION:Kapsabet]],15000,AGRI_INPUT,2
[[PERSON:Josphat Kiprotich]],[[PHONE_NUMBER:0722 930 116]],[[ID_NUMBER:23107729]],[[LOCATION:Nandi Hills]],30000,DAIRY,4
[[PERSON:Esther Jeruto]],[[PHONE_NUMBER:0798 441 650]],[[ID_NUMBER:33041862]],[[LOCATION:Mosoriot]],8000,RETAIL,1""",
    """emp_no\tsurname\tforename\tsort_code\taccount_no\tgross_monthly
[[ID_NUMBER:10442]]\t[[PERSON:Whitlock]]\t[[PERSON:Rosalind]]\t30-96-34\t[[ID_NUMBER:27730914]]\t3150.00
[[ID_NUMBER:10451]]\t[[PERSON:Adeyemi]]\t[[PERSON:Tolu]]\t20-04-15\t[[ID_NUMBER:60418825]]\t2875.50
[[ID_NUMBER:10467]]\t[[PERSON:Ó Briain]]\t[[PERSON:Cathal]]\t40-44-12\t[[ID_NUMBER:11937042]]\t4020.00
[[ID_NUMBER:10470]]\t[[PERSON:Kaur]]\t[[PERSON:Harleen]]\t09-01-27\t[[ID_NUMBER:84420671]]\t2610.25""",
    """| Customer | Date of birth | IBAN | City | Risk rating |
|---|---|---|---|---|
| [[PERSON:Joost de Graaf]] | [[DATE_TIME:12-04-1979]] | [[IBAN_CODE:NL47 RABO 0148 2039 57]] | [[LOCATION:Utrecht]] | low |
| [[PERSON:Fenna Bakker]] | [[DATE_TIME:30-11-1992]] | [[IBAN_CODE:NL33 INGB 0007 7312 96]] | [[LOCATION:Groningen]] | low |
| [[PERSON:Mehmet Yıldız]] | [[DATE_TIME:05-07-1985]] | [[IBAN_CODE:NL53 SNSB 0921 1847 30]] | [[LOCATION:Rotterdam]] | medium |""",
    """CARDHOLDER            CARD NUMBER           AMOUNT    MERCHANT              MCC
[[PERSON:GREGORY PAULSEN]]       [[CREDIT_CARD:4532 1067 7489 1323]]   212.40    HOME DEPOT 4410       5200
[[PERSON:ALICIA MONTOYA]]        [[CREDIT_CARD:5128 8473 0019 2648]]    38.99    NETFLIX.COM           4899
[[PERSON:BAO TRAN NGUYEN]]       [[CREDIT_CARD:3714 220981 77543]]    1450.00    DELTA AIR 0062        3058
[[PERSON:OLUWADAMILARE AJAYI]]   [[CREDIT_CARD:6011 0072 4418 3959]]    64.15    SHELL OIL 5732        5541""",
    """{"txn_id": "RCK81QZ0P4", "sender_msisdn": "[[PHONE_NUMBER:+256 772 904 118]]", "receiver_name": "[[PERSON:Okello Denis]]", "receiver_msisdn": "[[PHONE_NUMBER:+256 701 338 259]]", "amount_ugx": 150000, "ts": "[[DATE_TIME:2025-03-02T17:44:10+03:00]]"}
{"txn_id": "RCK81R3M7T", "sender_msisdn": "[[PHONE_NUMBER:+256 782 611 047]]", "receiver_name": "[[PERSON:Namubiru Joan]]", "receiver_msisdn": "[[PHONE_NUMBER:+256 757 220 914]]", "amount_ugx": 45000, "ts": "[[DATE_TIME:2025-03-02T18:01:55+03:00]]"}
{"txn_id": "RCK81S9WXA", "sender_msisdn": "[[PHONE_NUMBER:+256 772 904 118]]", "receiver_name": "[[PERSON:Achan Grace]]", "receiver_msisdn": "[[PHONE_NUMBER:+256 774 083 562]]", "amount_ugx": 20000, "ts": "[[DATE_TIME:2025-03-03T07:12:29+03:00]]"}""",
    """staff:
  - name: [[PERSON:Nadia Rahimi]]
    team: Underwriting
    extension: 2214
    emergency_contact:
      name: [[PERSON:Farid Rahimi]]
      phone: "[[PHONE_NUMBER:+1 647 555 9081]]"
  - name: [[PERSON:Colm Fitzgerald]]
    team: Collections
    extension: 2231
    emergency_contact:
      name: [[PERSON:Aoife Fitzgerald]]
      phone: "[[PHONE_NUMBER:+1 416 802 3377]]"
  - name: [[PERSON:Ji-woo Han]]
    team: Fraud
    extension: 2240
    emergency_contact:
      name: [[PERSON:Min-seo Han]]
      phone: "[[PHONE_NUMBER:+1 905 446 1290]]\"""",
    """Customer: [[PERSON:Ifeoma Nnaji]]
Account no: [[ID_NUMBER:3091847726]]
BVN: [[ID_NUMBER:22087419356]]
Phone: [[PHONE_NUMBER:0809 771 2045]]
Segment: SME

Customer: [[PERSON:Babatunde Alabi]]
Account no: [[ID_NUMBER:0124458930]]
BVN: [[ID_NUMBER:22614093387]]
Phone: [[PHONE_NUMBER:0703 228 6419]]
Segment: Retail

Customer: [[PERSON:Hauwa Bello]]
Account no: [[ID_NUMBER:2210938475]]
BVN: [[ID_NUMBER:22359208114]]
Phone: [[PHONE_NUMBER:0816 402 9937]]
Segment: Retail""",
    """patient_no,first_name,last_name,dob,sex,phone,next_appt
[[ID_NUMBER:CH-77120]],[[PERSON:Ruth]],[[PERSON:Abernethy]],[[DATE_TIME:1957-03-11]],F,[[PHONE_NUMBER:01224 559 018]],[[DATE_TIME:2025-04-02 09:15]]
[[ID_NUMBER:CH-77134]],[[PERSON:Declan]],[[PERSON:Murray]],[[DATE_TIME:1990-08-29]],M,[[PHONE_NUMBER:07812 004 736]],[[DATE_TIME:2025-04-02 09:30]]
[[ID_NUMBER:CH-77151]],[[PERSON:Shabana]],[[PERSON:Akhtar]],[[DATE_TIME:1968-01-05]],F,[[PHONE_NUMBER:07459 331 820]],
[[ID_NUMBER:CH-77163]],[[PERSON:Fraser]],[[PERSON:McLeod]],[[DATE_TIME:2001-12-19]],M,,[[DATE_TIME:2025-04-03 14:00]]""",
    """pupil\tyear\tguardian\trelationship\tguardian_mobile\tguardian_email
[[PERSON:Amara Obi]]\t3\t[[PERSON:Ngozi Obi]]\tmother\t[[PHONE_NUMBER:07908 114 562]]\t[[EMAIL_ADDRESS:ngozi.obi@gmail.com]]
[[PERSON:Leo Kaczmarek]]\t3\t[[PERSON:Piotr Kaczmarek]]\tfather\t[[PHONE_NUMBER:07551 820 339]]\t[[EMAIL_ADDRESS:p.kaczmarek@wp.pl]]
[[PERSON:Isla Grant]]\t4\t[[PERSON:Fiona Grant]]\tgrandmother\t[[PHONE_NUMBER:01506 432 117]]\t
[[PERSON:Zayn Hussain]]\t4\t[[PERSON:Imran Hussain]]\tfather\t[[PHONE_NUMBER:07723 661 508]]\t[[EMAIL_ADDRESS:imranh1984@hotmail.co.uk]]""",
    """| Guest | Room | Check-in | Nationality | Passport |
|-------|------|----------|-------------|----------|
| [[PERSON:Mr. Henrik Dahl]] | 304 | [[DATE_TIME:14 Mar 2025 15:20]] | [[NRP:Danish]] | [[ID_NUMBER:209317745]] |
| [[PERSON:Ms. Camila Ortega]] | 305 | [[DATE_TIME:14 Mar 2025 16:05]] | [[NRP:Chilean]] | [[ID_NUMBER:F18842071]] |
| [[PERSON:Dr. Kenji Watanabe]] | 411 | [[DATE_TIME:15 Mar 2025 01:40]] | [[NRP:Japanese]] | [[ID_NUMBER:TK4471903]] |""",
    """Employee,SSN,Driver License,State,Hire Date,Dept
[[PERSON:Tyler Brooks]],[[US_SSN:512-38-9047]],[[US_DRIVER_LICENSE:B0419-52768-31204]],[[LOCATION:WI]],[[DATE_TIME:03/17/2021]],Warehouse
[[PERSON:Ramona Ixchel Cruz]],[[US_SSN:621-07-4485]],[[US_DRIVER_LICENSE:46218305]],[[LOCATION:TX]],[[DATE_TIME:11/02/2022]],Payroll
[[PERSON:Wen Zhao]],[[US_SSN:139-84-2260]],[[US_DRIVER_LICENSE:748 215 903]],[[LOCATION:NY]],[[DATE_TIME:06/30/2023]],IT""",
    """USER         SOURCE IP          LAST LOGIN (UTC)        ROLE
[[USERNAME:a.kowalski]]   [[IP_ADDRESS:83.24.117.201]]      [[DATE_TIME:2025-02-27 07:58:13]]     admin
[[USERNAME:sbanerjee]]    [[IP_ADDRESS:117.200.48.96]]      [[DATE_TIME:2025-02-27 08:02:41]]     analyst
[[USERNAME:mtorres]]      [[IP_ADDRESS:2806:2f0:9021::7a]]  [[DATE_TIME:2025-02-26 23:47:05]]     analyst
svc_backup   [[IP_ADDRESS:10.12.0.9]]          2025-02-27 02:00:00     service""",
    """{"lead": "[[PERSON:Harper Lindqvist]]", "email": "[[EMAIL_ADDRESS:harper.lindqvist@northwindpay.com]]", "company": "Northwind Pay", "title": "Head of Risk", "profile": "[[URL:https://www.linkedin.com/in/harperlindqvist]]", "stage": "demo booked"}
{"lead": "[[PERSON:Kofi Mensah-Bonsu]]", "email": "[[EMAIL_ADDRESS:kofi@zuripay.africa]]", "company": "ZuriPay", "title": "CTO", "profile": "[[URL:https://www.linkedin.com/in/kofi-mensah-bonsu-4a1b2]]", "stage": "contacted"}
{"lead": "[[PERSON:Anushka Reddy]]", "email": "[[EMAIL_ADDRESS:anushka.reddy@lendkart.co]]", "company": "Lendkart", "title": "VP Product", "profile": null, "stage": "new"}""",
    """loan_book:
  - borrower: [[PERSON:Samuel Otieno Were]]
    loan_account: [[ID_NUMBER:ML-204417]]
    disbursed: [[DATE_TIME:2025-01-06]]
    principal_kes: 20000
    days_past_due: 0
  - borrower: [[PERSON:Beatrice Anyango]]
    loan_account: [[ID_NUMBER:ML-204452]]
    disbursed: [[DATE_TIME:2025-01-09]]
    principal_kes: 12000
    days_past_due: 14
  - borrower: [[PERSON:Moses Kibet]]
    loan_account: [[ID_NUMBER:ML-204468]]
    disbursed: [[DATE_TIME:2025-01-13]]
    principal_kes: 35000
    days_past_due: 3""",
    """Mieter;Wohnung;IBAN;Einzug;Kaltmiete
[[PERSON:Katharina Vogt]];EG links;[[IBAN_CODE:DE93120300001058342761]];[[DATE_TIME:01.03.2021]];780,00
[[PERSON:Yusuf Aydın]];1. OG rechts;[[IBAN_CODE:DE09370400440218993500]];[[DATE_TIME:15.08.2022]];845,00
[[PERSON:Lena]] und [[PERSON:Tobias Brandt]];2. OG links;[[IBAN_CODE:DE67600501017731942085]];[[DATE_TIME:01.11.2023]];910,00""",
    """| member # | name | plan | joined | emergency contact |
|---|---|---|---|---|
| [[ID_NUMBER:40211]] | [[PERSON:Tash Mbeki-Lowe]] | Off-peak | [[DATE_TIME:Jan 2024]] | [[PERSON:Ro]] [[PHONE_NUMBER:0437 882 106]] |
| [[ID_NUMBER:40219]] | [[PERSON:Dom Castellano]] | Premium | [[DATE_TIME:Feb 2024]] | [[PERSON:Gina Castellano]] [[PHONE_NUMBER:0412 009 583]] |
| [[ID_NUMBER:40233]] | [[PERSON:Hemi Walker]] | Student | [[DATE_TIME:Mar 2024]] | - |""",
    """Policyholder: [[PERSON:Agnieszka Nowak-Fraser]]
Policy: HOME-88-41207
Insured address: [[ADDRESS:27 Thornbury Crescent]], [[LOCATION:Halifax]], [[LOCATION:NS]] [[ZIP_CODE:B3M 2K9]]
Phone: [[PHONE_NUMBER:902-441-8867]]
Premium: 1,284.00 CAD/yr

Policyholder: [[PERSON:Rajinder Singh Gill]]
Policy: HOME-88-41233
Insured address: [[ADDRESS:1450 Oak Bay Ave, Unit 6]], [[LOCATION:Victoria]], [[LOCATION:BC]] [[ZIP_CODE:V8R 1C2]]
Phone: [[PHONE_NUMBER:250-598-2314]]
Premium: 1,610.00 CAD/yr""",
    """PNR\tPassenger\tSeat\tFrequent flyer\tDate of birth
QX7LMA\t[[PERSON:SHARMA/VIKRAM]] [[TITLE:MR]]\t14C\t[[ID_NUMBER:EK 402 118 773]]\t[[DATE_TIME:09JUN81]]
QX7LMA\t[[PERSON:SHARMA/POOJA]] [[TITLE:MRS]]\t14D\t[[ID_NUMBER:EK 402 118 790]]\t[[DATE_TIME:22FEB84]]
R2T9ZB\t[[PERSON:ALMEIDA/JOAO]] [[TITLE:MR]]\t31A\t\t[[DATE_TIME:03OCT66]]
R2T9ZB\t[[PERSON:MOKOENA/THANDI]] [[TITLE:MS]]\t31B\t[[ID_NUMBER:SA 7719 2204]]\t[[DATE_TIME:17JUL90]]""",
    """name,pan,aadhaar,ifsc,account_no,city
[[PERSON:Sneha Kulkarni]],[[ID_NUMBER:BQZPK7731H]],[[ID_NUMBER:3562 8190 4733]],HDFC0001234,[[ID_NUMBER:50100338127744]],[[LOCATION:Pune]]
[[PERSON:Mohammed Irfan Shaikh]],[[ID_NUMBER:CMRPS2290L]],[[ID_NUMBER:9204 6318 7505]],SBIN0004512,[[ID_NUMBER:32981074452]],[[LOCATION:Hyderabad]]
[[PERSON:Gurpreet Dhillon]],[[ID_NUMBER:AXVPD6604K]],[[ID_NUMBER:6183 7204 9256]],PUNB0229800,[[ID_NUMBER:2298001700043311]],[[LOCATION:Ludhiana]]""",
    """{"user_id": [[ID_NUMBER:88120041]], "username": "[[USERNAME:cryptokat]]", "email": "[[EMAIL_ADDRESS:kat.mwale@gmail.com]]", "signup_ip": "[[IP_ADDRESS:41.75.208.13]]", "country": "[[LOCATION:Zambia]]", "kyc_level": 1}
{"user_id": [[ID_NUMBER:88120057]], "username": "[[USERNAME:b_ochoa]]", "email": "[[EMAIL_ADDRESS:bochoa@live.com.mx]]", "signup_ip": "[[IP_ADDRESS:187.190.44.2]]", "country": "[[LOCATION:Mexico]]", "kyc_level": 2}
{"user_id": [[ID_NUMBER:88120063]], "username": "[[USERNAME:lindaj]]", "email": "[[EMAIL_ADDRESS:linda.johansson@telia.se]]", "signup_ip": "[[IP_ADDRESS:2a00:801:3f2:9b::e1]]", "country": "[[LOCATION:Sweden]]", "kyc_level": 2}""",
    """MEMBER NO  NAME                     ID NO      PHONE          SHARES (KES)
[[ID_NUMBER:SM-0091]]    [[PERSON:Wairimu Njoroge]]          [[ID_NUMBER:21188402]]   [[PHONE_NUMBER:0722 318 440]]       48,000
[[ID_NUMBER:SM-0094]]    [[PERSON:Hassan Abdi Farah]]        [[ID_NUMBER:30417759]]   [[PHONE_NUMBER:0701 926 113]]       12,500
[[ID_NUMBER:SM-0102]]    [[PERSON:Lucy Nyambura Githinji]]   [[ID_NUMBER:25590184]]   [[PHONE_NUMBER:0115 404 287]]       31,000""",
    """| Employee | SIN | Province | Start date | Pay type |
| --- | --- | --- | --- | --- |
| [[PERSON:Émilie Tremblay]] | [[ID_NUMBER:130-679-426]] | [[LOCATION:QC]] | [[DATE_TIME:2024-09-03]] | salaried |
| [[PERSON:Arjun Mehra]] | [[ID_NUMBER:962-045-175]] | [[LOCATION:ON]] | [[DATE_TIME:2024-10-15]] | hourly |
| [[PERSON:Kiona Littlechild]] | [[ID_NUMBER:618 203 475]] | [[LOCATION:AB]] | [[DATE_TIME:2025-01-06]] | hourly |""",
    """member_name,tfn,fund,rollover_amount,request_date,state
[[PERSON:Bridget O'Loughlin]],[[ID_NUMBER:312 987 650]],AustralianSuper,18450.22,[[DATE_TIME:05/02/2025]],[[LOCATION:VIC]]
[[PERSON:Tran Van Minh]],[[ID_NUMBER:520749181]],Hostplus,7220.00,[[DATE_TIME:11/02/2025]],[[LOCATION:QLD]]
[[PERSON:Sharon Watego]],,REST,3104.87,[[DATE_TIME:19/02/2025]],[[LOCATION:NT]]""",
    """estate: Ramsey family trust
settlor:
  name: [[PERSON:Douglas Ramsey]]
  born: [[DATE_TIME:1950-05-02]]
beneficiaries:
  - name: [[PERSON:Fiona Ramsey-Clark]]
    share: 0.5
    email: [[EMAIL_ADDRESS:fiona.rclark@btinternet.com]]
  - name: [[PERSON:Alasdair Ramsey]]
    share: 0.5
    address: "[[ADDRESS:3 Kirk Wynd]], [[LOCATION:Falkland]], [[ZIP_CODE:KY15 7BN]]\"""",
    """Owner: [[PERSON:Simone Laurent-Baker]]
Phone: [[PHONE_NUMBER:(503) 780-2214]]
Pet: Pepper (cat, 6 yrs)
Last visit: [[DATE_TIME:2025-01-22]]

Owner: [[PERSON:Marcus Oduya]]
Phone: [[PHONE_NUMBER:(971) 300-4458]]
Pet: Duke (German shepherd, 9 yrs)
Last visit: [[DATE_TIME:2025-02-03]]

Owner: [[PERSON:Lin Qiao]]
Phone: [[PHONE_NUMBER:(503) 555-0193]]
Pet: Mochi (rabbit, 2 yrs)
Last visit: [[DATE_TIME:2025-02-10]]""",
    """donor,email,gift_usd,zip,anonymous
[[PERSON:Eleanor Whitcombe]],[[EMAIL_ADDRESS:ewhitcombe@comcast.net]],500,[[ZIP_CODE:02139]],no
[[PERSON:Javier]] & [[PERSON:Rosa Peña]],[[EMAIL_ADDRESS:penafamily@gmail.com]],150,[[ZIP_CODE:78704]],no
Anonymous,,1000,[[ZIP_CODE:10025]],yes
[[PERSON:Dr. Obiageli Nwachukwu]],[[EMAIL_ADDRESS:obiageli.n@yahoo.com]],250,[[ZIP_CODE:30309-1412]],no""",
    """ACCOUNT NO\tNAME\tBVN\tPHONE\tBRANCH
[[ID_NUMBER:0157738291]]\t[[PERSON:Chinonso Eze]]\t[[ID_NUMBER:22530418879]]\t[[PHONE_NUMBER:+234 806 441 2093]]\tEnugu Main
[[ID_NUMBER:0039982154]]\t[[PERSON:Aisha Mohammed Lawan]]\t[[ID_NUMBER:22167730948]]\t[[PHONE_NUMBER:+234 703 119 8820]]\tKano Bompai
[[ID_NUMBER:2140067735]]\t[[PERSON:Emeka Okonjo]]\t[[ID_NUMBER:22904417326]]\t[[PHONE_NUMBER:+234 818 225 0041]]\tLagos Ikeja""",
    """| Applicant | Phone | Property | Viewing |
|:--|:--|:--|:--|
| [[PERSON:Jade Thornton]] | [[PHONE_NUMBER:07412 883 019]] | [[ADDRESS:Flat 4, 19 Clarendon Road]] | [[DATE_TIME:Sat 8 Mar, 11:00]] |
| [[PERSON:Kwesi Appiah]] | [[PHONE_NUMBER:07950 226 731]] | [[ADDRESS:Flat 4, 19 Clarendon Road]] | [[DATE_TIME:Sat 8 Mar, 11:30]] |
| [[PERSON:Maria]] & [[PERSON:Dan Popescu]] | [[PHONE_NUMBER:07388 440 612]] | [[ADDRESS:62 Hythe Avenue]] | [[DATE_TIME:Mon 10 Mar, 18:15]] |""",
    """{"case": "CB-55012", "cardholder": "[[PERSON:Renee Fontaine]]", "card": "[[CREDIT_CARD:4716940205177367]]", "amount": 89.00, "reason_code": "13.1", "opened": "2025-02-14"}
{"case": "CB-55019", "cardholder": "[[PERSON:Abimbola Taiwo]]", "card": "[[CREDIT_CARD:5355029174483106]]", "amount": 1240.50, "reason_code": "4853", "opened": "2025-02-15"}
{"case": "CB-55027", "cardholder": "[[PERSON:Gustavo Reyes]]", "card": "[[CREDIT_CARD:349983102752067]]", "amount": 312.75, "reason_code": "C08", "opened": "2025-02-15"}""",
    """ELECTOR                     ADDRESS                                POSTCODE
[[PERSON:ABBOTT, Margaret J]]          [[ADDRESS:14 Primrose Hill Road]]                  [[ZIP_CODE:NE9 5TR]]
[[PERSON:ABBOTT, Thomas]]              [[ADDRESS:14 Primrose Hill Road]]                  [[ZIP_CODE:NE9 5TR]]
[[PERSON:ADEBOLA, Funke]]              [[ADDRESS:Flat 2, 16 Primrose Hill Road]]          [[ZIP_CODE:NE9 5TR]]
[[PERSON:AHMED, Yasmin]]               [[ADDRESS:21 Primrose Hill Road]]                  [[ZIP_CODE:NE9 5TS]]""",
    """nric,name,mobile,postal_code,unit,cpf_contrib_sgd
[[ID_NUMBER:T9930517C]],[[PERSON:Goh Wei Jie]],[[PHONE_NUMBER:9182 4407]],[[ZIP_CODE:560412]],[[ADDRESS:#08-221]],1020.00
[[ID_NUMBER:G5517342M]],[[PERSON:Priyadarshini Subramaniam]],[[PHONE_NUMBER:8733 0916]],[[ZIP_CODE:738099]],[[ADDRESS:#12-04]],0.00
[[ID_NUMBER:S8834127I]],[[PERSON:Nur Aisyah binte Rahman]],[[PHONE_NUMBER:9127 4480]],[[ZIP_CODE:520147]],[[ADDRESS:#03-88]],880.50""",
    """users:
  - login: [[USERNAME:tkariuki]]
    full_name: [[PERSON:Tabitha Kariuki]]
    email: [[EMAIL_ADDRESS:tabitha.kariuki@gmail.com]]
    github: [[USERNAME:tabikariuki]]
    groups: [payments-core, oncall]
  - login: [[USERNAME:jpm]]
    full_name: [[PERSON:Juan Pablo Montoya Ruiz]]
    email: [[EMAIL_ADDRESS:juanpablo.montoya@protonmail.com]]
    github: [[USERNAME:jpmontoya-dev]]
    groups: [risk]
  - login: ci-runner
    full_name: CI Runner
    email: ci@internal
    groups: [automation]""",
    """Beneficiary: [[PERSON:Alessandro Greco]]
IBAN: [[IBAN_CODE:IE45 AIBK 9311 6722 0934 51]]
BIC: AIBKIE2D
Purpose: consulting fees Q1

Beneficiary: [[PERSON:Shirin Farahani]]
IBAN: [[IBAN_CODE:AE43 0330 0000 1987 2045 613]]
BIC: BOMLAEAD
Purpose: family support

Beneficiary: [[PERSON:Faisal Al-Qahtani]]
IBAN: [[IBAN_CODE:SA03 8000 0000 6080 1016 7519]]
BIC: RJHISARI
Purpose: property deposit""",
    """driver\tlicence_no\tplate\tpickup\treturn_due\tcar_class
[[PERSON:Niamh Gallagher]]\t[[ID_NUMBER:GALLA857182NG9LK]]\t[[ID_NUMBER:LR21 XKT]]\t[[DATE_TIME:2025-06-12 09:00]]\t[[DATE_TIME:2025-06-19 09:00]]\tcompact
[[PERSON:Ahmed Raza]]\t[[ID_NUMBER:RAZA9903148A99QX]]\t[[ID_NUMBER:YD70 KMB]]\t[[DATE_TIME:2025-06-12 10:30]]\t[[DATE_TIME:2025-06-14 10:30]]\tSUV
[[PERSON:Caroline Whitfield]]\t[[ID_NUMBER:WHITF762224CJ9TR]]\t[[ID_NUMBER:BK19 OPU]]\t[[DATE_TIME:2025-06-13 08:15]]\t[[DATE_TIME:2025-06-20 08:15]]\testate""",
    """| Subject ID | Initials | Age | Site | Randomised | Arm |
|---|---|---|---|---|---|
| [[ID_NUMBER:NAI-014]] | [[PERSON:J.K.M.]] | [[AGE:34]] | [[LOCATION:Nairobi]] | [[DATE_TIME:2024-10-02]] | A |
| [[ID_NUMBER:NAI-015]] | [[PERSON:A.W.]] | [[AGE:29]] | [[LOCATION:Nairobi]] | [[DATE_TIME:2024-10-04]] | B |
| [[ID_NUMBER:KSM-007]] | [[PERSON:P.O.O.]] | [[AGE:41]] | [[LOCATION:Kisumu]] | [[DATE_TIME:2024-10-09]] | A |
| [[ID_NUMBER:KSM-008]] | [[PERSON:M.A.]] | [[AGE:52]] | [[LOCATION:Kisumu]] | [[DATE_TIME:2024-10-11]] | B |""",
    """sender,sender_city,receiver,receiver_mobile,receiver_city,amount_php,channel
[[PERSON:Rowena Dizon]],[[LOCATION:Dubai]],[[PERSON:Leonardo Dizon]],[[PHONE_NUMBER:+63 918 224 7701]],[[LOCATION:Batangas City]],25000,GCash
[[PERSON:Jerome Macaraeg]],[[LOCATION:Riyadh]],[[PERSON:Evelyn Macaraeg]],[[PHONE_NUMBER:0927 335 0184]],[[LOCATION:Dagupan]],18000,bank
[[PERSON:Marites Soriano]],[[LOCATION:Hong Kong]],[[PERSON:Arnel Soriano]],[[PHONE_NUMBER:+63 995 610 4428]],[[LOCATION:Cabanatuan]],9500,cash pickup""",
    """{"order": "BN-771204", "customer": "[[PERSON:Chloe Vanderpoel]]", "email": "[[EMAIL_ADDRESS:chloe.vdp@gmail.com]]", "phone": "[[PHONE_NUMBER:+61 412 668 031]]", "instalments": 4, "amount_aud": 348.00}
{"order": "BN-771219", "customer": "[[PERSON:Hamza Qureshi]]", "email": "[[EMAIL_ADDRESS:hamza.q@outlook.com]]", "phone": "[[PHONE_NUMBER:+61 433 902 117]]", "instalments": 4, "amount_aud": 96.50}
{"order": "BN-771233", "customer": "[[PERSON:Sophie-Rose Tuhiwai]]", "email": "[[EMAIL_ADDRESS:sophrose.t@xtra.co.nz]]", "phone": "[[PHONE_NUMBER:+64 21 044 8813]]", "instalments": 6, "amount_aud": 1210.00}""",
    """CARD NO   BORROWER                  ITEM                              DUE
[[ID_NUMBER:L0033812]]  [[PERSON:Okafor, Chiamaka]]          The Famished Road                 [[DATE_TIME:21/03/2025]]
[[ID_NUMBER:L0041197]]  [[PERSON:Brennan, Seamus]]           Ulysses (annotated)               [[DATE_TIME:22/03/2025]]
[[ID_NUMBER:L0052206]]  [[PERSON:Varga, Zsófia]]             Python Crash Course, 3rd ed.      [[DATE_TIME:28/03/2025]]""",
    """speakers:
  - name: [[PERSON:Dr. Nkechi Amadi]]
    talk: "Credit scoring without credit history"
    handle: "@[[USERNAME:nkechi_amadi]]"
    email: [[EMAIL_ADDRESS:nkechi.amadi@unilag-research.ng]]
    city: [[LOCATION:Lagos]]
  - name: [[PERSON:Marta Szymańska]]
    talk: "Open banking APIs in practice"
    handle: "@[[USERNAME:marta_szy]]"
    email: [[EMAIL_ADDRESS:marta.szymanska@gmail.com]]
    city: [[LOCATION:Kraków]]
  - name: [[PERSON:Tomasz Lewandowski]]
    talk: "Fraud signals in mobile wallets"
    handle: null
    email: [[EMAIL_ADDRESS:tlewandowski@o2.pl]]
    city: [[LOCATION:Warsaw]]""",
    """Applicant: [[PERSON:Dylan Fairbrother]]
Current address: [[ADDRESS:9 Linnet Close]], [[LOCATION:Swindon]] [[ZIP_CODE:SN3 4HW]]
Employer reference: received
Previous landlord: [[PERSON:Mrs. Pauline Hext]], [[PHONE_NUMBER:01793 522 094]]
Outcome: pass

Applicant: [[PERSON:Roxana Ilie]]
Current address: [[ADDRESS:Room 3, 41 Cricklade Road]], [[LOCATION:Swindon]] [[ZIP_CODE:SN2 1AB]]
Employer reference: outstanding
Previous landlord: [[PERSON:Gary Tolland]], [[PHONE_NUMBER:07841 337 220]]
Outcome: pass with guarantor""",
    """Name,PPSN,Eircode,County,Scheme
[[PERSON:Padraig Ó Súilleabháin]],[[ID_NUMBER:8129540HA]],[[ZIP_CODE:V92 K2W3]],[[LOCATION:Kerry]],Fuel Allowance
[[PERSON:Bernadette Keogh]],[[ID_NUMBER:3907126F]],[[ZIP_CODE:Y35 F8R2]],[[LOCATION:Wexford]],Household Benefits
[[PERSON:Tadhg Moran]],[[ID_NUMBER:5520981K]],[[ZIP_CODE:F91 X7P4]],[[LOCATION:Sligo]],Carer's Allowance""",
    """| Applicant | Annual income | Decision | Card issued |
|-----------|---------------|----------|-------------|
| [[PERSON:Deandre Simmons]] | $41,000 | approved | [[CREDIT_CARD:4485 1390 7726 4010]] |
| [[PERSON:Kathleen O'Hara]] | $96,500 | approved | [[CREDIT_CARD:5407 1826 6390 4278]] |
| [[PERSON:Sunil Venkatesh]] | $23,800 | declined | - |
| [[PERSON:Marisela Ortiz]] | $62,000 | approved | [[CREDIT_CARD:3760 045192 88334]] |""",
    """driver\tphone\tvehicle_reg\tzone\tshift
[[PERSON:Bilal Chaudhry]]\t[[PHONE_NUMBER:07397 441 208]]\t[[ID_NUMBER:KX68 HZT]]\tEast\tAM
[[PERSON:Sandeep Gill]]\t[[PHONE_NUMBER:07506 338 917]]\t[[ID_NUMBER:LB20 WDE]]\tNorth\tPM
[[PERSON:Kacper Zieliński]]\t[[PHONE_NUMBER:07932 110 645]]\t[[ID_NUMBER:MF71 OAJ]]\tSouth\tAM""",
    """{"device_serial": "SN-HX4-00918273", "mac": "A4:C1:38:7E:22:F0", "owner_email": "[[EMAIL_ADDRESS:gabriel.moreau@free.fr]]", "last_seen_ip": "[[IP_ADDRESS:82.64.119.203]]", "firmware": "2.8.14"}
{"device_serial": "SN-HX4-00918290", "mac": "A4:C1:38:7E:31:0B", "owner_email": "[[EMAIL_ADDRESS:yan.ting.chua@singnet.com.sg]]", "last_seen_ip": "[[IP_ADDRESS:116.87.44.160]]", "firmware": "2.8.14"}
{"device_serial": "SN-HX4-00918311", "mac": "A4:C1:38:7E:3A:77", "owner_email": null, "last_seen_ip": "[[IP_ADDRESS:192.168.1.42]]", "firmware": "2.7.9"}""",
    """id_number,full_names,surname,cell,province,grant
[[ID_NUMBER:0209156149087]],[[PERSON:Lwazi Sibusiso]],[[PERSON:Dlamini]],[[PHONE_NUMBER:071 448 2903]],[[LOCATION:KwaZulu-Natal]],SRD
[[ID_NUMBER:7906305119084]],[[PERSON:Johannes Petrus]],[[PERSON:Botha]],[[PHONE_NUMBER:082 903 1147]],[[LOCATION:Free State]],none
[[ID_NUMBER:9612040236088]],[[PERSON:Ayesha]],[[PERSON:Patel]],[[PHONE_NUMBER:084 550 7719]],[[LOCATION:Gauteng]],none""",
    """EMPLOYEE               NI NUMBER        TAX CODE   PERIOD   NET PAY
[[PERSON:Holloway, Steven]]       [[ID_NUMBER:SK 20 71 94 C]]    1257L      11       2,184.66
[[PERSON:Nakamura, Aiko]]         [[ID_NUMBER:PE 44 08 31 A]]    1257L      11       1,902.10
[[PERSON:Oyebanji, Folake]]       [[ID_NUMBER:JH 61 29 07 D]]    BR         11         611.35""",
    """borrower: [[PERSON:Fatuma Said Ali]]
phone: "[[PHONE_NUMBER:+255 713 662 049]]"
group: Tumaini Women Group
repayments:
  - due: [[DATE_TIME:2025-02-07]]
    amount_tzs: 42000
    paid: true
  - due: [[DATE_TIME:2025-02-14]]
    amount_tzs: 42000
    paid: true
  - due: [[DATE_TIME:2025-02-21]]
    amount_tzs: 42000
    paid: false""",
    """Student number: [[ID_NUMBER:2301847]]
Name: [[PERSON:Ioana Popa]]
University email: [[EMAIL_ADDRESS:i.popa3@newcastle.ac.uk]]
Date of birth: [[DATE_TIME:14/09/2004]]
Programme: BSc Economics

Student number: [[ID_NUMBER:2301862]]
Name: [[PERSON:Malik Osei]]
University email: [[EMAIL_ADDRESS:m.osei7@newcastle.ac.uk]]
Date of birth: [[DATE_TIME:02/01/2005]]
Programme: BSc Accounting and Finance""",
    """| Donor | Town | Affiliation | Amount |
|---|---|---|---|
| [[PERSON:Harold Pemberton]] | [[LOCATION:Guildford]] | [[NRP:Conservative]] | £2,500 |
| [[PERSON:Sadia Rahman]] | [[LOCATION:Bradford]] | [[NRP:Labour]] | £1,000 |
| [[PERSON:Gwyn Price]] | [[LOCATION:Aberystwyth]] | [[NRP:Plaid Cymru]] | £750 |""",
    """naam,bsn,iban,woonplaats,toeslag
[[PERSON:Sanne Visser]],[[ID_NUMBER:618302748]],[[IBAN_CODE:NL38TRIO0390448216]],[[LOCATION:Zwolle]],huur
[[PERSON:Ricardo Martis]],[[ID_NUMBER:409156371]],[[IBAN_CODE:NL84ABNA0519377206]],[[LOCATION:Almere]],zorg""",
    """client\tssn\tfiling_status\tdependents\tprep_date
[[PERSON:Latisha Coleman]]\t[[US_SSN:431-56-2087]]\thead of household\t2\t[[DATE_TIME:02/18/2025]]
[[PERSON:Gregory]] & [[PERSON:Anne Hollis]]\t[[US_SSN:228-41-7790]]\tmarried filing jointly\t0\t[[DATE_TIME:02/21/2025]]
[[PERSON:Minh Chau Pham]]\t[[US_SSN:577-03-1164]]\tsingle\t0\t[[DATE_TIME:03/02/2025]]""",
    """{"alert": "velocity", "account": "[[ID_NUMBER:AC-30019284]]", "holder": "[[PERSON:Dariusz Wróbel]]", "ip": "[[IP_ADDRESS:91.239.18.77]]", "device": "Android 14 / Pixel 7", "score": 0.91}
{"alert": "new_payee", "account": "[[ID_NUMBER:AC-30022716]]", "holder": "[[PERSON:Ngaio Robertson]]", "ip": "[[IP_ADDRESS:122.56.201.14]]", "device": "iOS 18.2 / iPhone 15", "score": 0.64}""",
    """agent_name,agent_msisdn,ghana_card,region,float_ghs
[[PERSON:Abena Sarpong]],[[PHONE_NUMBER:0244 118 305]],[[ID_NUMBER:GHA-720114983-2]],[[LOCATION:Ashanti]],12000
[[PERSON:Yaw Darko]],[[PHONE_NUMBER:0551 902 447]],[[ID_NUMBER:GHA-713309275-8]],[[LOCATION:Eastern]],8500
[[PERSON:Fuseini Abdulai]],[[PHONE_NUMBER:0208 660 193]],[[ID_NUMBER:GHA-725581640-1]],[[LOCATION:Northern]],5000""",
    """| # | Member | Phone | Weekly saving (UGX) | Role |
|---|---|---|---|---|
| 1 | [[PERSON:Nabirye Harriet]] | [[PHONE_NUMBER:0772 118 450]] | 5,000 | chair |
| 2 | [[PERSON:Kisakye Robinah]] | [[PHONE_NUMBER:0701 664 092]] | 5,000 | treasurer |
| 3 | [[PERSON:Mugisha Ivan]] | [[PHONE_NUMBER:0756 300 817]] | 3,000 | member |
| 4 | [[PERSON:Auma Christine]] | - | 2,000 | member |""",
    """nome;cpf;celular;cidade;uf;limite_pix
[[PERSON:Adriana Moura Teixeira]];[[ID_NUMBER:318.604.729-31]];[[PHONE_NUMBER:(31) 99204-1187]];[[LOCATION:Contagem]];[[LOCATION:MG]];2.000,00
[[PERSON:Luiz Henrique Batista]];[[ID_NUMBER:902.117.485-52]];[[PHONE_NUMBER:(71) 98833-4502]];[[LOCATION:Salvador]];[[LOCATION:BA]];5.000,00
[[PERSON:Keila dos Santos]];[[ID_NUMBER:447.281.036-09]];[[PHONE_NUMBER:(92) 99170-2236]];[[LOCATION:Manaus]];[[LOCATION:AM]];1.000,00""",
    """| Devedor | CPF | Parcelas em atraso | Valor (R$) | Último contato |
|---|---|---|---|---|
| [[PERSON:Cícero Alves Pereira]] | [[ID_NUMBER:158.390.627-40]] | 3 | 1.284,90 | [[DATE_TIME:12/02/2025]] |
| [[PERSON:Sheila Cristina Rocha]] | [[ID_NUMBER:283.746.051-62]] | 1 | 412,30 | [[DATE_TIME:20/02/2025]] |
| [[PERSON:Wellington Farias]] | [[ID_NUMBER:671.502.398-03]] | 5 | 3.970,00 | - |""",
    """Nome: [[PERSON:Thaís Carvalho Mendes]]
Data de nascimento: [[DATE_TIME:03/08/1996]]
CPF: [[ID_NUMBER:539.018.264-24]]
E-mail: [[EMAIL_ADDRESS:thais.cmendes@gmail.com]]
IBAN: [[IBAN_CODE:BR10 0000 0000 0331 2000 9182 733C 1]]
Renda mensal: R$ 4.800,00

Nome: [[PERSON:Rodrigo Tavares Lins]]
Data de nascimento: [[DATE_TIME:27/11/1988]]
CPF: [[ID_NUMBER:724.860.315-53]]
E-mail: [[EMAIL_ADDRESS:rodrigo.lins@yahoo.com.br]]
IBAN: [[IBAN_CODE:BR90 6074 6948 0229 0000 4461 933C 1]]
Renda mensal: R$ 7.250,00""",
    """jina,simu,kitambulisho,mchango_kes,tarehe_ya_kujiunga
[[PERSON:Zawadi Akinyi Omondi]],[[PHONE_NUMBER:0723 404 118]],[[ID_NUMBER:29130475]],1000,[[DATE_TIME:05/01/2024]]
[[PERSON:Khadija Mohamed]],[[PHONE_NUMBER:0741 887 302]],[[ID_NUMBER:33829016]],500,[[DATE_TIME:12/01/2024]]
[[PERSON:Esther Wangari]],[[PHONE_NUMBER:0110 259 664]],[[ID_NUMBER:26604419]],1000,[[DATE_TIME:02/02/2024]]""",
    """| Mkopaji | Simu | Kiasi (TSh) | Tarehe ya kupokea | Hali |
|---|---|---|---|---|
| [[PERSON:Neema Joseph Massawe]] | [[PHONE_NUMBER:0765 214 309]] | 300,000 | [[DATE_TIME:10/01/2025]] | analipa |
| [[PERSON:Hamisi Rajabu]] | [[PHONE_NUMBER:0655 901 228]] | 500,000 | [[DATE_TIME:17/01/2025]] | amechelewa |
| [[PERSON:Upendo Mushi]] | [[PHONE_NUMBER:0784 330 516]] | 200,000 | [[DATE_TIME:24/01/2025]] | amemaliza |""",
    """Mteja: [[PERSON:Daudi Mwakyusa]]
Namba ya simu: [[PHONE_NUMBER:+255 752 118 904]]
NIDA: [[ID_NUMBER:19900714-53112-00001-29]]
Mkoa: [[LOCATION:Mbeya]]
Huduma: mkopo wa simu

Mteja: [[PERSON:Saida Athumani]]
Namba ya simu: [[PHONE_NUMBER:+255 621 440 387]]
NIDA: [[ID_NUMBER:19940228-11107-00003-16]]
Mkoa: [[LOCATION:Tanga]]
Huduma: akiba""",
]

CHAT = [
    """[09:14] Bot: Hi! I'm Penny, the virtual assistant. What can I help with today?
[09:14] Customer: i need a human please, my card got declined twice at the pharmacy
[09:16] Agent [[PERSON:Marguerite]]: Hi, I'm [[PERSON:Marguerite]] from the cards team. Can I have your full name and date of birth to verify?
[09:17] Customer: [[PERSON:Terrence Oduya]], [[DATE_TIME:3rd August 1979]]
[09:17] Agent [[PERSON:Marguerite]]: Thanks [[PERSON:Terrence]]. And the postcode on the account?
[09:18] Customer: [[ZIP_CODE:B13 9QR]] but I moved last week, the new one is [[ADDRESS:44 Yardley Wood Road]], [[ZIP_CODE:B14 7JS]]
[09:20] Agent [[PERSON:Marguerite]]: I can see a fraud block on the card ending 6041 after a payment attempt from [[LOCATION:Lisbon]]. Was that you?
[09:20] Customer: no!! never been there
[09:21] Agent [[PERSON:Marguerite]]: Ok, I've cancelled that card and ordered a new one to the new address. I've also updated your mobile to [[PHONE_NUMBER:07864 220 917]] as you asked.""",
    """Mum: [[PERSON:Kevo]] have you sent the school fees for [[PERSON:Shiru]]??
[[PERSON:Kevin]]: Yes mum, sent 18k to the paybill this morning, account number is her admission no [[ID_NUMBER:ADM-20417]]
Mum: Asante. Also send 2k to Cucu for medicine, her line is [[PHONE_NUMBER:0720 991 436]]
[[PERSON:Njoki]]: I'll do Cucu's one, I'm getting paid today
[[PERSON:Kevin]]: ok [[PERSON:Njoki]] thanks. Mum the M-Pesa message said "RCT4K8PL2Q Confirmed" so it went through
Mum: God bless you both""",
    """#people-ops
[[PERSON:Hannah Greenberg]] 10:02 AM
new starter on Monday: [[PERSON:Matías Echeverría]], senior data engineer. personal email for the welcome pack is [[EMAIL_ADDRESS:matias.echeverria.dev@gmail.com]], mobile [[PHONE_NUMBER:+34 612 44 09 81]]
[[PERSON:Tunde Bakare]] 10:05 AM
laptop ready. does he need a VPN account? I'll create [[USERNAME:mecheverria]]
[[PERSON:Hannah Greenberg]] 10:06 AM
yes please. his start date in the system says [[DATE_TIME:March 10]] but it's actually the [[DATE_TIME:17th]], can someone fix
[[PERSON:Ling Chen]] 10:11 AM
fixed. also need his address for the contract: [[ADDRESS:Carrer de Provença 281, 4º 2ª]], [[ZIP_CODE:08037]] [[LOCATION:Barcelona]]
[[PERSON:Hannah Greenberg]] 10:12 AM
:+1: thanks [[PERSON:Ling]]""",
    """SMS thread, loan officer phone
To [[PHONE_NUMBER:+63 917 205 4418]]: Good am [[TITLE:Ma'am]] [[PERSON:Edna]], reminder your weekly payment of P850 is due tomorrow, [[DATE_TIME:Feb 20]]. - [[PERSON:Jun]], Field Officer
From [[PHONE_NUMBER:+63 917 205 4418]]: [[PERSON:Sir Jun]] pwede po next week? My husband [[PERSON:Rolando]] was hospitalized
To [[PHONE_NUMBER:+63 917 205 4418]]: Sorry to hear that Ma'am. I will note it. Can you send the hospital receipt to [[EMAIL_ADDRESS:jun.navarro.fo@gmail.com]] so I can request a deferment?
From [[PHONE_NUMBER:+63 917 205 4418]]: ok po thank you. Member ID ko is [[ID_NUMBER:CM-88412-07]]""",
    """Landlord - [[PERSON:Mr Petrov]]: Hi [[PERSON:Amy]], the boiler engineer can come on [[DATE_TIME:Thursday 20th between 8 and 10]]. Is someone in?
[[PERSON:Amy Lindgren]]: Hi [[PERSON:Ivan]], my flatmate [[PERSON:Zoe]] will be home. Her number is [[PHONE_NUMBER:07508 126 334]] if he needs to call ahead
Landlord - [[PERSON:Mr Petrov]]: Perfect. Also, rent this month to the new account please: [[IBAN_CODE:GB52 NWBK 6073 0118 8347 25]]
[[PERSON:Amy Lindgren]]: Noted. Is that still in your name?
Landlord - [[PERSON:Mr Petrov]]: Yes, [[PERSON:Ivan Petrov]]. The old Barclays one is closed""",
    """Patient: hi, I booked for 3:30 but the video link isn't working
Clinic (reception): Hi! Can you confirm your name and DOB?
Patient: [[PERSON:Sakura Ito-Henderson]], [[DATE_TIME:11/06/1992]]
Clinic (reception): Thanks [[PERSON:Sakura]]. I've resent the link to [[EMAIL_ADDRESS:sakura.ih@gmail.com]]. [[PERSON:Dr. Mwangi]] is running about 10 minutes late.
Patient: great. can I also update my Medicare number, I got a new card: [[ID_NUMBER:4187 26307 1]]
Clinic (reception): Updated. See you shortly!""",
    """Traveller ([[PERSON:Oren Shapiro]]): Hi, I need to add my wife to the Cape Town booking
Agent ([[PERSON:Refilwe]]): Of course, [[PERSON:Mr Shapiro]]. Her full name as on her passport, date of birth and passport number please
Traveller ([[PERSON:Oren Shapiro]]): [[PERSON:Naomi Rachel Shapiro]], born [[DATE_TIME:14 Feb 1986]], passport [[ID_NUMBER:33870214]], she's [[NRP:Israeli]]
Agent ([[PERSON:Refilwe]]): Thank you. Flights [[DATE_TIME:2 May]] out, [[DATE_TIME:16 May]] back. I'll charge the difference to the card ending 4492
Traveller ([[PERSON:Oren Shapiro]]): actually use my other card, [[CREDIT_CARD:4761 7390 5528 8108]], exp 10/27""",
    """[14:02] [[PERSON:Gabriela]] (gerente PJ): Boa tarde, [[TITLE:Seu]] [[PERSON:Antônio]]! Recebi o pedido de aumento do limite do capital de giro
[14:05] [[PERSON:Antônio Bezerra]]: Boa tarde [[PERSON:Gabriela]]. Preciso de 15 mil até sexta, pra comprar mercadoria
[14:06] [[PERSON:Gabriela]] (gerente PJ): Tudo bem. Confirma pra mim seu CPF e o telefone de contato?
[14:08] [[PERSON:Antônio Bezerra]]: CPF [[ID_NUMBER:386.215.907-86]], celular [[PHONE_NUMBER:(81) 99741-3308]]
[14:09] [[PERSON:Antônio Bezerra]]: o Pix pra devolução pode ser no e-mail [[EMAIL_ADDRESS:bezerra.mercadinho@gmail.com]]
[14:12] [[PERSON:Gabriela]] (gerente PJ): Perfeito. Vou agendar a visita na loja, [[ADDRESS:Rua da Aurora, 905]], no dia [[DATE_TIME:18/03 às 10h]], combinado?""",
]

LOOKALIKE = [
    """Thanks for your order! Order no. 114-7730921-5528814 has shipped.
Items: 1 x USB-C hub (SKU HB-7C-0412-GRY), 2 x HDMI 2.1 cable 2m (SKU CB-H21-200)
Carrier: UPS, tracking 1Z 9A4 W81 03 4412 8872
Invoice: INV-2025-0038821, VAT reg. GB 412 8833 07
Questions? Call us on 0800 046 1188 or write to orders@gadgetbarn.co.uk (Mon-Fri 9-5).
Ship to: [[PERSON:Priyanka Sood]]""",
    """Release notes - build 2025.03.1
- Bumped the router firmware from 10.4.2.17 to 10.4.3.2; the old 10.4.2.x line is out of support.
- Fixed crash in the ledger exporter (commit 4f9c2e1a7b3d08e65c11f2a9d7e04b8a6c3f91d0).
- Migrated the config service to schema 3.11.0.204 and regenerated UUIDs (e.g. 6f1d2c8a-4b7e-4a90-9c3e-2d51f0a7b8e4).
- Docs: see ticket OPS-4471 and RFC-2119 wording for MUST/SHOULD.
- Removed the deprecated /v1/ping endpoint; clients on SDK 2.4.0 and older must upgrade.
Known issue: builds 2025.02.7 and 2025.02.8 report 255.255.255.0 as a version string on the status page.""",
    """Reading list for the book club, spring term:
1. Things Fall Apart - ISBN 978-0-385-50420-1
2. The Mayor of Casterbridge - ISBN 978-0-19-953556-9
3. The Remains of the Day - ISBN 978-1-78470-039-3
4. Half of a Yellow Sun - ISBN 978-1-84416-201-7
We meet at the community hall on Nelson Mandela Avenue, opposite the Florence Nightingale clinic. The talk on Parkinson's disease and Down syndrome research has moved to the Darwin Room. RSVP to [[PERSON:Hilary]] at [[EMAIL_ADDRESS:hilary.okonjo@btinternet.com]].""",
    """INVOICE 2025-0412   Date: 14.03.2025
From: Kraftwerk Logistik GmbH, Hafenstraße, [[LOCATION:Hamburg]], USt-IdNr. DE 298 441 730, Tel. +49 40 3009 4400
To: Northgate Distribution Ltd, Accounts Payable, ap@northgate-dist.co.uk
PO: NGD-PO-77182   Delivery note: LS-88104   Customer no.: K-1002
Pallet ID SSCC 340123450000018822, container MSKU 7734201
Payment terms: 30 days net. Routing 026009593, SWIFT DEUTDEHH.
Contact for queries: [[PERSON:Jens Albrecht]], ext. 212""",
    """IT asset register extract
Asset TAG-00871 | Dell Latitude 7440 | S/N 9XK4LQ3 | MAC F4:8E:38:0A:2C:19 | BIOS 1.18.2 | assigned: [[PERSON:Olga Petrenko]]
Asset TAG-00872 | Dell Latitude 7440 | S/N 7HL2MB9 | MAC F4:8E:38:0A:2C:7D | BIOS 1.18.2 | assigned: spare pool
Asset TAG-00901 | Cisco C9200L | S/N FOC2417Y0QR | IOS-XE 17.9.4 | assigned: Comms room B
Licence key: 7F3KQ-2MXR8-WD9PT-J64CV-HBBY2 (volume)
Warranty case 2013-5520-118 opened with the vendor.""",
    """TANGAZO KWA WATEJA: Kuanzia tarehe 1 Aprili, Paybill 400200 na Till 5123344 zitabadilishwa. Tumia nambari ya akaunti ya shule (mfano ADM001) wakati wa kulipa. Ukihitaji msaada piga 0722 000 000 au 100 bila malipo, au tembelea ofisi yetu iliyoko Barabara ya Kenyatta, [[LOCATION:Nairobi]]. Nambari za muamala kama QFG7H2K9LM hazina maana kwa wengine, usizishiriki. Imetolewa na [[PERSON:Mary Wanjiru Gathoni]], Meneja wa Huduma kwa Wateja.""",
    """Booking ref HX7Q2L | Flight BA 2491 | Gate B34 | Seat 22A | Baggage tag 0125 BA 448812
Bill of lading MAEU 241177803, HS code 8471.30.01, ETA port 2025-04-09.
Hotline 1-800-225-5632; pharmacy line 877-250-5823; our old fax 212-555-0147.
Hubble Road and Newton Way junction, near the Victoria and Albert dock; lot 17, bay 4.
Passenger: [[PERSON:Mr. Alastair Cheung]]""",
]


STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind59", STYLES, OUT)


if __name__ == "__main__":
    main()

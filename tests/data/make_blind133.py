"""Build tests/data/blind133.jsonl: a *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind133.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its closing scaffolding
from `STYLES = {` to the end of the file (copied below), the whole of
gold_sets.py, and lines 1-64 of make_handwritten.py (its conventions, the
MARK and TITLE_IN_NAME regexes and `parse()`). Not read: minimize/,
recognizers/, any other test, bench/, the README, any *.jsonl (this set's
output included), any other make_*.py, and no git history, log or status
(git was not run at all). The detector, the bench and the tests were never
run on or against this file. Do not tune the detector against it: once it
has been used to tune, it no longer measures anything; write a new set
instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn; IBANs pass
mod-97 with the right length for their country (the French RIB keys and the
Belgian national check digits are right too; the Senegalese and Malian
UEMOA IBANs, 28 characters, pass mod-97); `gold_sets.check` re-checks cards
and IBANs. National ids with a public check digit were given a valid one
(NHS number, Canadian SIN, Aadhaar, South African ID agreeing with sex and
birth date, French NIR key) and so was the ISBN-13 look-alike, all worked
out with throwaway code while writing, not generated here. Senegalese CNI,
Malian NINA, Guinean and Gambian ids, passports, licences, plates, BVN,
Kenyan ids, KRA PINs, PAN, UK NI numbers and US SSNs were not checked.

Styles (ids `blind133-<style>-NNN`; 240 records):
- `bench` (99): in the manner of ai4privacy pii-masking-200k/300k/400k (odd
  mixed sentences dense with names, job titles, streets with building
  numbers, secondary addresses, IPs, MACs, user agents, card / CVV /
  expiry, IBAN / BIC, crypto addresses, IMEIs, VINs), gretel-pii-masking-
  en-v1 (claims, contracts, medical, maternity and loan forms, notices,
  court papers, certificates) and Nemotron-PII (JSON, log lines, SQL, XML,
  YAML, .env and INI config, Python / Java / JS code, HL7, FHIR, vCard,
  iCal, email headers, GraphQL, curl, tickets and forms).
- `gen` (91): one to four LLM-style sentences with personal data woven into
  prose; names at the start, middle and end, lowercase and possessive;
  ages, dates, addresses, phones and ids in many shapes.
- `table` (35): one small table per record (CSV, semicolon CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks) with non-PII
  columns; header rows unlabeled.
- `chat` (8): support chats, WhatsApp threads, team chat, with speakers'
  names and the data they trade.
- `lookalike` (7): non-PII that looks like PII (order, tracking, invoice,
  lot and statement refs, SKUs, an ISBN, IP-shaped versions, hashes,
  serials, company phones, role mailboxes, eponyms, streets named after
  people without a number), the few real PII values labeled; one has no
  PII at all.
Domains with extra weight (about 72 of the 190 gen and bench records):
cattle herding and livestock markets, mobile money (Wave, Orange Money,
Moov, QMoney, Afrimoney, M-Pesa, MoMo), maternity clinics; the rest spread
widely (banking, insurance, health, pharmacy, legal, schools, HR, retail,
travel, telecoms, government, lettings, gaming, deliveries, vets ...).
Languages: about nine records in ten in English (Senegal, the Gambia,
Guinea, Mali and Sierra Leone, the US, UK, Ireland, Canada, Australia, New
Zealand, Nigeria, Ghana, Kenya, South Africa, India, Malaysia, Japan and
Hong Kong contexts among others, with names from the many cultures living there); 27 are not: 20
in the French of Senegal, Mali and Guinea, 4 in Fula (Pulaar) and 3 in
Mandinka, spread over every style.

Labeling conventions: the same as make_blind22.py's; in short:
- PERSON: any part of a name, lowercase or not, initials; a possessive
  "'s" is outside; family words (Auntie, Tata, Grandma) stay outside.
  TITLE: honorifics and ranks attached to a name (Mr, Mrs, Ms, Dr, Nurse,
  Mme, M., Madame, Chief, Alhaji, Cpl.), labeled apart; job titles are not.
- ADDRESS: number + street (+ unit / flat / suite / villa / porte),
  building numbers and compounds, PO boxes (BP); city, district,
  neighbourhood (Cité ..., quartier ...), region, county, state and country are
  LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, admission, delivery,
  LMP and EDD, move, start of a job, hearing, signature, letter) with a day
  or month, in any shape, with an attached weekday or clock time inside
  the span; not bare years, weekdays or times alone, durations, or dates
  not tied to a person (invoice dates, release dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal
  profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as named.
- Not labeled: passwords, genders, job titles, user agents, MACs, BIC,
  sort codes, IFSC and routing numbers, CVVs, expiries, PINs, order /
  ticket / claim / policy / case / transaction references, company phones,
  USSD and short codes, role mailboxes, versions, hashes, serials, partial
  numbers ("ending 4417"), pets, eponyms, brands and organisation names
  (hospital names containing a town included), a header row.
Calls made while writing this set:
- A mobile money wallet number is PHONE_NUMBER, the agent's too; agent and
  merchant codes and transaction ids are not labeled; the date and time of
  a named person's transfer or card use is DATE_TIME.
- An animal's ear tag, herd brand, veterinary certificate or market lot
  number is not labeled; a herder's transhumance certificate issued to
  him is ID_NUMBER like a licence; an animal's age is not AGE.
- A nationality adjective naming a document's issuer ("Gambian passport",
  "Ghana Card", "Georgia driver's license") is not NRP; a nationality said
  of a person is. Ethnic groups and languages (Krio) are not labeled.
- A log, audit or access-log line recording a person's action (login,
  request, payment, reset) has its timestamp labeled DATE_TIME; a system
  line without a person is not. Chat message times alone are not labeled.
- A pregnancy booklet / ANC card number is ID_NUMBER; gestational age,
  weights, blood results and bed numbers are not labeled.
- IMEIs, VINs, crypto addresses, GPS coordinates and internal row or user
  ids (id, user_id) are not labeled; an IP assigned to a person's laptop
  is IP_ADDRESS; server host names are not labeled.
- HL7 and vCard name prefixes (MRS, DR) are TITLE; names split into family
  and given fields are separate PERSON spans.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind133.jsonl")

GEN = [
    """Hi, I'm [[PERSON:Aminata Sow]] and my Wave account is the number [[PHONE_NUMBER:+221 77 418 26 93]]. On [[DATE_TIME:3 February]] I sent 25,000 CFA to my brother [[PERSON:Ibrahima]] in [[LOCATION:Kaolack]], but I typed [[PHONE_NUMBER:77 418 62 93]] by mistake and the person who got it does not pick up.""",
    """[[PERSON:Demba Ka]], [[AGE:52]], has moved cattle between [[LOCATION:Linguère]] and the [[LOCATION:Ferlo]] since he was a boy. Last dry season he sold eleven zebu bulls at the [[LOCATION:Dahra]] market and the buyer wrote his identity card number, [[ID_NUMBER:1 751 1971 00342]], on the back of the receipt.""",
    """[[PERSON:Mrs. Isatou Ceesay]] ([[AGE:29]]) was booked at the antenatal clinic in [[LOCATION:Brikama]] on [[DATE_TIME:14 March 2025]]. Her last period started on [[DATE_TIME:2 November 2024]], which puts her due date at [[DATE_TIME:9 August 2025]]; her husband [[PERSON:Lamin]] can be reached on [[PHONE_NUMBER:+220 772 4519]].""",
    """hello this is [[PERSON:juan pablo ortiz]], my checking account [[ID_NUMBER:004211873356]] got frozen yesterday after somebody tried to use my debit card at an ATM in [[LOCATION:El Paso]]. I live at [[ADDRESS:8814 Dyer St, Apt 12]], [[LOCATION:El Paso]], [[LOCATION:TX]] [[ZIP_CODE:79904]] if you need to mail me a new one.""",
    """The parcel for [[PERSON:Siobhán Ní Bhriain]] was left with a neighbour at [[ADDRESS:27 Ashgrove Park]], [[LOCATION:Ballincollig]], [[LOCATION:Co. Cork]] [[ZIP_CODE:P31 X2F8]] because nobody answered the door.""",
    """According to the vet's notes, the heifers belonging to [[PERSON:Oumarou Barry]] of [[LOCATION:Labé]] were vaccinated against contagious bovine pleuropneumonia on [[DATE_TIME:21 January 2025]]; he paid the vaccinator from his Orange Money wallet, [[PHONE_NUMBER:+224 622 41 87 05]].""",
    """My son [[PERSON:Kwame]] is [[AGE:7]] and starts at Hillcrest Primary on [[DATE_TIME:September 2nd]]. Please send the uniform invoice to [[EMAIL_ADDRESS:abena.owusu-mensah@gmail.com]], not to my husband's work address.""",
    """After the delivery, baby [[PERSON:Fatoumata]] was placed skin to skin with her mother [[PERSON:Mariama Diallo]]; she was born on [[DATE_TIME:6 May 2025 at 03:40]] at the maternity in [[LOCATION:Pikine]] and weighed 3.1 kg.""",
    """I transferred 150,000 francs from my Orange Money to [[PERSON:Moussa Keïta]]'s Moov account ([[PHONE_NUMBER:+223 66 27 14 90]]) so he could buy two rams before Tabaski, and he says nothing arrived.""",
    """Could you update my prescription record? My name is [[PERSON:Rohan Mehta]], date of birth [[DATE_TIME:11/08/1979]], NHS number [[ID_NUMBER:485 777 3457]], and I've moved to [[ADDRESS:Flat 3, 41 Belgrave Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE4 6AR]].""",
    """Our new tenant, [[PERSON:Chiamaka Obi]], signed the lease on [[DATE_TIME:1 June 2024]] and gave [[PHONE_NUMBER:0803 512 7764]] as her phone; the guarantor is her uncle, [[PERSON:Mr Ifeanyi Obi]], of [[ADDRESS:16 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]].""",
    """The herders' association in [[LOCATION:Kolda]] elected [[PERSON:Samba Baldé]] as treasurer; members who want to pay their dues by Wave can send to his number, [[PHONE_NUMBER:76 583 20 41]].""",
    """When [[PERSON:Nurse Ndey Jobe]] called [[PERSON:haddy]] at [[PHONE_NUMBER:3614022]] to remind her of the 28-week check on [[DATE_TIME:Thursday 17 April]], [[PERSON:haddy]] said she had no fare to come from [[LOCATION:Sukuta]].""",
    """Tell [[PERSON:Grace]] that [[PERSON:Tomás Herrera]] from IT reset her password and that her new username is [[USERNAME:gherrera_fin]]; she should log in from [[IP_ADDRESS:10.12.40.117]] on the office network only.""",
    """[[PERSON:Abdoulaye Coulibaly]]'s flock of forty Sahelian sheep was stolen near [[LOCATION:Ségou]] on the night of [[DATE_TIME:12 October]]; he reported it to the gendarmerie with his NINA card, number [[ID_NUMBER:19203104002217K]].""",
    """The travel agent booked [[PERSON:Ms. Kadiatou Bah]] on the [[LOCATION:Brussels]] flight of [[DATE_TIME:22 July 2025]] and emailed the e-ticket to [[EMAIL_ADDRESS:kadibah88@yahoo.fr]]; her Guinean passport [[ID_NUMBER:R0194455]] expires next spring.""",
    """At 38 weeks, [[PERSON:Awa Ndiaye]], [[AGE:34]], was referred from the health post in [[LOCATION:Thiadiaye]] to the regional hospital in [[LOCATION:Mbour]] for a breech presentation; the sage-femme [[PERSON:Coumba Faye]] went with her in the ambulance.""",
    """Hey, it's [[PERSON:Liam]]. Can you ring me back on [[PHONE_NUMBER:021 448 9053]] about the wedding photos? Also [[PERSON:aroha]]'s new email is [[EMAIL_ADDRESS:aroha.tepania@xtra.co.nz]].""",
    """My QMoney wallet ([[PHONE_NUMBER:+220 990 3318]]) shows a withdrawal of D2,500 at an agent in [[LOCATION:Serrekunda]] on [[DATE_TIME:8 March at 7:15 pm]] that I never made. Name on the wallet: [[PERSON:Ebrima Touray]].""",
    """The [[NRP:Kenyan]] buyer, [[PERSON:Daniel Kiprotich]], paid for the twenty Boran steers through M-Pesa from [[PHONE_NUMBER:0722 604 118]] and collected them at [[LOCATION:Garissa]] on [[DATE_TIME:5 February 2025]].""",
    """I, [[PERSON:Ousmane Sané]], holder of Senegalese passport [[ID_NUMBER:A02458817]], born on [[DATE_TIME:30 December 1990]] in [[LOCATION:Ziguinchor]], hereby authorise my sister [[PERSON:Ndèye Sané]] to collect my residence permit.""",
    """Pharmacist's note: [[PERSON:Margaret O'Donnell]], [[AGE:81]], cannot swallow the large tablets; her daughter [[PERSON:Claire]] ([[PHONE_NUMBER:087 214 6630]]) will pick up the liquid form on [[DATE_TIME:Friday the 14th]].""",
    """Since [[PERSON:Binta Jallow]] moved to [[LOCATION:Leeds]] she pays her mother's maternity bills in [[LOCATION:Basse]] by sending money to [[PHONE_NUMBER:+220 700 8841]], the Afrimoney number of her cousin [[PERSON:Sainabou]].""",
    """the claim was filed by [[PERSON:priya nair]] after her car was hit outside [[ADDRESS:112 Brunswick Street]], [[LOCATION:Fitzroy]] [[LOCATION:VIC]] [[ZIP_CODE:3065]]; her licence number is [[ID_NUMBER:048 771 302]].""",
    """At the wedding in [[LOCATION:Kati]], [[PERSON:Hamadoun Cissé]] from [[LOCATION:Mopti]] and [[PERSON:Boubacar Traoré]] argued for an hour over who would drive the bride back to [[LOCATION:Bamako]].""",
    """New patient registration: [[PERSON:Fatou Bintou Mbaye]], [[AGE:19]], first pregnancy, lives at [[ADDRESS:Rue 22 x 17]], [[LOCATION:Médina]], [[LOCATION:Dakar]]. Contact: [[PHONE_NUMBER:78 112 50 36]] (her aunt [[PERSON:Rokhaya]]).""",
    """[[PERSON:Mr. Okonkwo]] wants to know why his salary for May has not reached account [[ID_NUMBER:2034817765]] at First Bank; his staff number is [[ID_NUMBER:FMH/ADM/0931]].""",
    """The gym's records show that [[PERSON:Mei Ling Tan]] (member [[ID_NUMBER:SG-22814]]) froze her membership from [[DATE_TIME:1 Aug]] to [[DATE_TIME:30 Sept]] while she was in [[LOCATION:Penang]].""",
    """[[PERSON:Saliou]] sold his phone repair shop in [[LOCATION:Touba]] to [[PERSON:Pape Malick Guèye]], whose number is [[PHONE_NUMBER:70 844 19 02]], and moved to [[LOCATION:Milan]] in [[DATE_TIME:May]].""",
    """Can someone explain why [[PERSON:Aisha Rahman]]'s Aadhaar [[ID_NUMBER:5821 9034 7168]] shows her date of birth as [[DATE_TIME:01-01-1985]] when her school certificate says [[DATE_TIME:14-07-1986]]?""",
    """The midwife in [[LOCATION:Kédougou]] told [[PERSON:Mariatou Camara]] to come back on [[DATE_TIME:Monday 2 June]] with her husband [[PERSON:Sékou]] for the blood test, and to bring her pregnancy booklet, number [[ID_NUMBER:KDG-CPN-2025-0418]].""",
    """After her cows strayed into a neighbour's rice field in [[LOCATION:Kaur]], [[PERSON:Kumba Sowe]] had to pay a fine at the district tribunal in [[LOCATION:Janjanbureh]] on [[DATE_TIME:19 November]].""",
    """We regret to tell you that the visa application of [[PERSON:Adebayo Adeyemi]], passport [[ID_NUMBER:A08823517]], was refused on [[DATE_TIME:12 January 2025]]. A copy of the letter has been sent to [[EMAIL_ADDRESS:a.adeyemi@outlook.com]].""",
    """[[PERSON:Thandiwe Mokoena]] (ID [[ID_NUMBER:9209030121089]]) was born on [[DATE_TIME:3 September 1992]] and has worked at the [[LOCATION:Soweto]] branch since [[DATE_TIME:February 2016]].""",
    """The school nurse phoned [[PERSON:Mrs Hernández]] at [[PHONE_NUMBER:(602) 555-0148]] because [[PERSON:Diego]] had a fever; she picked him up at noon.""",
    """In [[LOCATION:Nioro du Sahel]], [[PERSON:Fanta Diakité]] runs a small mobile money kiosk; her customers send their savings to relatives in [[LOCATION:France]] and [[LOCATION:Spain]] through her agent number [[PHONE_NUMBER:+223 76 40 52 18]].""",
    """I'd like to cancel the order placed under [[PERSON:Gareth Pryce-Jones]]. The delivery address was [[ADDRESS:Flat 9, 2 Heol y Felin]], [[LOCATION:Aberystwyth]] [[ZIP_CODE:SY23 3NB]], and the phone on it is [[PHONE_NUMBER:07700 900 418]].""",
    """[[PERSON:Aïssatou Diallo]] gave birth to twins at the university hospital in [[LOCATION:Conakry]] on [[DATE_TIME:27 August 2024]]; the boys were named [[PERSON:Alpha]] and [[PERSON:Mamadou Saliou]] after their grandfathers.""",
    """The pastor asked [[PERSON:Emmanuel Mensah]], who is [[NRP:Ghanaian]] and [[NRP:Methodist]], to read at the service for Grandma [[PERSON:Akosua]] in [[LOCATION:Kumasi]].""",
    """[[PERSON:Mamadou Lamine Sy]] has 140 head of cattle and keeps his herd book in a school exercise book; the last page lists his phone, [[PHONE_NUMBER:77 650 38 14]], and his son [[PERSON:Alassane]]'s, [[PHONE_NUMBER:77 650 91 27]].""",
    """I was overcharged for roaming in [[LOCATION:Morocco]]. Account holder: [[PERSON:Youssef Benali]], account no. [[ID_NUMBER:7730 1984 22]], billing address [[ADDRESS:3 Place des Tilleuls]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]].""",
    """When [[PERSON:nathalie]] called the help line she gave her customer number, [[ID_NUMBER:CN-448120]], and her date of birth, [[DATE_TIME:4/22/88]], before the agent would talk to her.""",
    """[[PERSON:Ibrahim Jalloh]], a [[AGE:45]]-year-old trader from [[LOCATION:Freetown]], lost his phone at the [[LOCATION:Lungi]] ferry; the SIM was registered to his Sierra Leonean voter card [[ID_NUMBER:VC-04-118733]].""",
    """The dispute is between two herders: [[PERSON:Yero Sow]] of [[LOCATION:Podor]], who says the young bull with the split ear was born in his herd, and [[PERSON:Abou Diop]], who bought it at the [[LOCATION:Ourossogui]] market on [[DATE_TIME:4 April]] with a receipt.""",
    """Please note that [[PERSON:Dr. Sunita Reddy]] will see [[PERSON:Arjun Kapoor]] on [[DATE_TIME:Tuesday, 6 May at 9:45 am]] instead of Monday.""",
    """I opened the joint account with my late husband, and now the bank wants his death certificate before they can move the balance to me, [[PERSON:Seynabou Diouf]]; his phone, [[PHONE_NUMBER:77 209 64 51]], is still the one on the account.""",
    """Applicants: [[PERSON:Michael]] and [[PERSON:Rebecca Thornton]], both [[AGE:34]], currently renting at [[ADDRESS:512 Maple Ave]], [[LOCATION:Des Moines]], [[LOCATION:IA]] [[ZIP_CODE:50312]], moving in [[DATE_TIME:August 15]].""",
    """The dentist moved [[PERSON:Khady Fall]]'s appointment from [[DATE_TIME:the 3rd]] to [[DATE_TIME:the 10th of July]] because the hygienist, [[PERSON:Mame Diarra Seck]], is on leave.""",
    """Student [[PERSON:Wanjiru Kamau]] (adm. no. [[ID_NUMBER:SCT221-0478/2021]]) should collect her transcript from the registry before [[DATE_TIME:30 June]]; her KRA PIN is [[ID_NUMBER:A014452987Q]].""",
    """[[PERSON:Tidiane]] wants to study engineering in [[LOCATION:Dakar]]; his uncle in [[LOCATION:Tambacounda]] has promised to pay the first-year fees and gave the university his own number, [[PHONE_NUMBER:+221 78 330 12 64]].""",
    """On [[DATE_TIME:January 9th]], officer [[PERSON:R. Delgado]] stopped a blue pickup with plate [[ID_NUMBER:7KLM214]] driven by [[PERSON:Trevor Banks]], [[AGE:27]], of [[LOCATION:Fresno]].""",
    """The hospital called [[PERSON:Sira Konaté]]'s mother at [[PHONE_NUMBER:+223 20 22 41 76]] at dawn to say that [[PERSON:Sira]] had been hurt in a motorbike accident.""",
    """Last year [[PERSON:Jonathan Adjei]] paid [[PERSON:Kofi Asante]] for a used laptop advertised online; it never arrived in [[LOCATION:Tamale]] and [[PERSON:Kofi]]'s number, [[PHONE_NUMBER:024 417 3390]], is now switched off.""",
    """Could you confirm that [[PERSON:Leila Haddad]], date of birth [[DATE_TIME:17.05.1994]], is registered with you under patient number [[ID_NUMBER:P-0093175]]? She's moved to [[LOCATION:Montréal]] and her new health card is [[ID_NUMBER:HADL 9455 1718]].""",
    """[[PERSON:Mr Kebba Darboe]] of [[LOCATION:Farafenni]] was elected chair of the cattle owners' cooperative; he is a member of the [[NRP:UDP]] and makes no secret of it.""",
    """Don't forget: [[PERSON:Jess]]'s hen do is on [[DATE_TIME:Saturday 21 June]], meet at [[ADDRESS:14 Quayside]], [[LOCATION:Newcastle]] at 7. Text [[PERSON:Hannah]] on [[PHONE_NUMBER:07911 223 467]] if you're late.""",
    """In her second trimester, [[PERSON:Ramatoulaye Sall]] ([[AGE:23]]) was found to have high blood pressure; the doctor at the clinic in [[LOCATION:Thiès]] asked her to come back every week and to call [[PHONE_NUMBER:33 951 20 87]] if she has headaches.""",
    """Your fibre installation at [[ADDRESS:Unit 4, 88 Albert Road]], [[LOCATION:Parnell]], [[LOCATION:Auckland]] [[ZIP_CODE:1052]] is booked for [[DATE_TIME:11 February, 8am-12pm]]; the account holder on file is [[PERSON:Hemi Walker]].""",
    """[[PERSON:Aliou]] swears the cow he bought at [[LOCATION:Diaobé]] was sick: it died three days after he brought it home to [[LOCATION:Vélingara]], and the seller, [[PERSON:Tamba Mané]], is not answering [[PHONE_NUMBER:77 402 11 98]].""",
    """I'm writing on behalf of my father, [[PERSON:Gurpreet Singh Sandhu]], [[AGE:74]], who is [[NRP:Sikh]] and needs his turban accommodated during the MRI at Brampton Civic on [[DATE_TIME:April 3]].""",
    """The transfer reference doesn't matter; what matters is that [[PERSON:Mamadou Cellou Diallo]] received 2,000,000 GNF on [[PHONE_NUMBER:664 20 19 87]] instead of his namesake in [[LOCATION:Mamou]].""",
    """At the [[LOCATION:Banjul]] port, customs officer [[PERSON:Lamin Njie]] held the shipment addressed to [[PERSON:Fatou Sillah]], [[ADDRESS:22 Kombo Sillah Drive]], [[LOCATION:Brikama]], until she brought her ID card, [[ID_NUMBER:2308771]].""",
    """[[PERSON:Marisol Vega]] won the raffle at the [[LOCATION:San Antonio]] church fair and asked for the prize to be mailed to [[ADDRESS:PO Box 2291]], [[LOCATION:San Antonio]], [[LOCATION:TX]] [[ZIP_CODE:78298]].""",
    """The will of the late [[PERSON:Bakary Sanyang]], who died in [[LOCATION:Gunjur]] on [[DATE_TIME:14 August 2023]], names his nephew [[PERSON:Alieu Sanyang]] as executor; the Cadi court in [[LOCATION:Banjul]] will hear the matter on [[DATE_TIME:2 October]].""",
    """The HR file says [[PERSON:Olumide Bankole]] started as a warehouse supervisor on [[DATE_TIME:14/02/2022]], his BVN is [[ID_NUMBER:22190548761]] and his next of kin is [[PERSON:Funke Bankole]], [[PHONE_NUMBER:0706 331 9902]].""",
    """[[PERSON:Astou]] is [[AGE:41]] and has six children in [[LOCATION:Ranérou]]; the social worker [[PERSON:Dieynaba Ba]] helped her apply for the family cash-transfer programme, and her first payment is due on [[DATE_TIME:15 October]].""",
    """Players reported that the account [[USERNAME:xX_ShadowMamba_Xx]] belongs to [[PERSON:Kyle Brennan]] from [[LOCATION:Ohio]], who was already banned once for chargebacks.""",
    """[[PERSON:Ngozi]]'s new address is [[ADDRESS:Plot 44, Block C, Gwarinpa Estate]], [[LOCATION:Abuja]], and she'd like the pension statements sent there from now on.""",
    """The livestock inspector at [[LOCATION:Rosso]] checked the papers of [[PERSON:Sidi Ould Ahmed]], a [[NRP:Mauritanian]] herder crossing with 60 camels, and noted his transhumance certificate [[ID_NUMBER:CIT-MR-2024-00731]].""",
    """[[PERSON:Kadidia]] calls her mother in [[LOCATION:Kayes]] every Friday from [[PHONE_NUMBER:+223 74 18 90 33]], and on [[DATE_TIME:Friday 6 June]] the line was cut because her SIM had never been registered in her name.""",
    """[[PERSON:Yusuf Abdi]] ([[AGE:58]]) was admitted to the VA hospital in [[LOCATION:Minneapolis]]; his emergency contact is his wife, [[PERSON:Hodan]], at [[PHONE_NUMBER:612-555-0179]].""",
    """[[PERSON:Anta Gaye]] came in for her cataract check with her sister; the optician wrote the result in her file under number [[ID_NUMBER:OPH/RUF/1127]].""",
    """The deed shows that [[PERSON:Chinedu Eze]] bought the plot at [[ADDRESS:7 Ogui Road]], [[LOCATION:Enugu]] on [[DATE_TIME:3rd March 2011]] from [[PERSON:Mrs. Ada Nwosu]].""",
    """Our daughter [[PERSON:Noor]] was born on [[DATE_TIME:the 2nd of January]] at Liverpool Women's, so her first birthday party will be at [[ADDRESS:19 Smithdown Road]] that weekend.""",
    """In [[LOCATION:Fatick]], [[PERSON:Gorgui Sène]]'s taxi was hit by a lorry on the national road; the lorry driver, [[PERSON:Cheikh Ndoye]], gave his licence number as [[ID_NUMBER:DK-0041287]] and the name of his insurer.""",
    """I am [[PERSON:Fanta Camara]], [[NRP:Guinean]], [[AGE:26]] years old, living in [[LOCATION:Marseille]] since [[DATE_TIME:2019-09-14]]. I would like to know why my application for a residence card was put on hold.""",
    """[[PERSON:Ramata Sidibé]] lost her SIM card and with it access to her Moov Money wallet; the agent in [[LOCATION:Koutiala]] asked for her identity card, [[ID_NUMBER:007 4418 2019]], before swapping the SIM.""",
    """The nurse wrote "G3P2, LMP [[DATE_TIME:12/09/2024]], EDD [[DATE_TIME:19/06/2025]]" on [[PERSON:Haoua Maïga]]'s card and sent her home to [[LOCATION:Gao]] with iron tablets.""",
    """[[PERSON:pedro]] and [[PERSON:luisa]] moved from [[LOCATION:Medellín]] to [[LOCATION:Queens]] in [[DATE_TIME:March 2023]]; their new place is [[ADDRESS:37-12 82nd Street, Apt 3F]], [[LOCATION:Jackson Heights]], [[LOCATION:NY]] [[ZIP_CODE:11372]].""",
    """A [[AGE:15]]-year-old boy, [[PERSON:Modou Faal]], twisted his knee at the under-17 football trials in [[LOCATION:Kaolack]] and was taken to hospital by his coach, [[PERSON:Babacar Thiam]].""",
    """Hi [[PERSON:Jordan]], [[PERSON:Siddharth]] here. My Venmo is [[USERNAME:sid-iyer-22]] if you want to pay me back for the concert tickets.""",
    """[[PERSON:Sadio Kanté]] of [[LOCATION:Sikasso]] paid his electricity bill at the EDM office, but the meter is still in the name of the previous owner, [[TITLE:Mme]] [[PERSON:Dembélé]]; they will call him back on [[PHONE_NUMBER:65 40 12 78]].""",
    """My name is [[PERSON:Hawa Jawara]], Gambian ID [[ID_NUMBER:1928304]], and I want to check whether my voter card, [[ID_NUMBER:GAM-02-558912]], is still valid for the December vote.""",
    """Bonjour, je m'appelle [[PERSON:Ndèye Fatou Diop]]. J'ai accouché le [[DATE_TIME:12 mars 2025 à 22h15]] à la maternité de [[LOCATION:Grand-Yoff]] et je n'ai toujours pas reçu l'extrait de naissance de mon fils [[PERSON:Serigne Modou]]. Vous pouvez me joindre au [[PHONE_NUMBER:77 563 08 41]].""",
    """Mon père, [[PERSON:Amadou Tall]], [[AGE:67]] ans, éleveur à [[LOCATION:Dahra Djolof]], a vendu six bœufs au foirail de [[LOCATION:Pikine]] ; l'acheteur lui a envoyé l'argent par Wave au [[PHONE_NUMBER:+221 76 204 55 18]] mais il manque 50 000 F.""",
    """[[TITLE:Mme]] [[PERSON:Assitan Traoré]], domiciliée [[ADDRESS:rue 284, porte 61]], [[LOCATION:Kalaban Coura]], [[LOCATION:Bamako]], a porté plainte le [[DATE_TIME:2 avril 2025]] : quelqu'un a retiré 240 000 F CFA de son compte Orange Money ([[PHONE_NUMBER:+223 77 41 09 62]]) après lui avoir demandé son code secret au téléphone.""",
    """Le berger [[PERSON:Mamadou Saïdou Bah]] a quitté [[LOCATION:Télimélé]] le [[DATE_TIME:15 janvier]] avec 80 têtes de bétail en direction de [[LOCATION:Boké]] ; son frère [[PERSON:Thierno]] suit avec les chèvres.""",
    """Innde am ko [[PERSON:Kummba Jallo]], mi woni duuɓi [[AGE:24]]. Mi yahii lopitaal [[LOCATION:Matam]] ñalnde [[DATE_TIME:5 mee 2025]] ngam ƴeewndaade reedu am. Noddam e [[PHONE_NUMBER:77 318 40 26]].""",
    """[[PERSON:Hammadi Soh]] jeyi na'i capanɗe tati; o yeeyii ngaari mawndi e luumo [[LOCATION:Dahra]] ñalnde [[DATE_TIME:12 feebariyee]], o heɓii kaalis maako e Wave, [[PHONE_NUMBER:78 441 92 07]].""",
    """[[PERSON:Fatou Sanneh]] ye dingo soto [[LOCATION:Bwiam]] lopitaanoo to [[DATE_TIME:3 March 2025]]. A la telefoonoo nimbaroo mu [[PHONE_NUMBER:+220 741 2288]] ti.""",
    """[[PERSON:Lamin Bojang]] ye kodoo kii a baa [[PERSON:Isatou]] ma Afrimoney la, nimbaroo [[PHONE_NUMBER:+220 620 1174]]; a be [[LOCATION:Soma]].""",
]

BENCH = [
    """Attention [[PERSON:Ms. Mbathio Ndour]], your dental appointment at [[ADDRESS:4102 Boulevard du Centenaire, Bâtiment C]] has been moved to [[DATE_TIME:17/04/2025 09:30]]. As Senior Procurement Coordinator you may confirm from [[EMAIL_ADDRESS:m.ndour1991@orange.sn]] or from the workstation at [[IP_ADDRESS:41.82.193.7]].""",
    """Dear [[PERSON:Kebba]], as Principal Herd Operations Analyst for the [[LOCATION:Central River]] region you must submit the cattle census for [[LOCATION:Janjanbureh]]. Transport will be refunded to account [[ID_NUMBER:20110388412]], BIC TBGMGMGM, or to card [[CREDIT_CARD:4532 0177 8412 0936]] (CVV 418, exp 09/27).""",
    """The user [[USERNAME:ousmane.ba77]] signed in from [[IP_ADDRESS:196.207.241.18]] (MAC 3c:a6:2f:91:0e:5b, Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.5735.196 Mobile Safari/537.36) on [[DATE_TIME:2025-02-11 06:44]]; address on file [[ADDRESS:Villa 1187]], [[LOCATION:Sacré-Cœur 3]], [[LOCATION:Dakar]] [[ZIP_CODE:10200]].""",
    """[[PERSON:Kadiatou Sylla]], [[AGE:31]], female, eye colour brown, height 164 cm, resides at [[ADDRESS:Porte 24, Rue KA-031]], [[LOCATION:Kaloum]], [[LOCATION:Conakry]]. Her Orange Money wallet [[PHONE_NUMBER:+224 621 84 07 33]] was debited 1,250,000 GNF for goods ordered from [[PERSON:Alseny Camara]].""",
    """Transaction notice: [[PERSON:Moussa Sidibé]] ([[TITLE:Mr]]), Lead Livestock Trader, paid 1,800,000 XOF for 12 bulls at [[LOCATION:Niono]] from IBAN [[IBAN_CODE:ML04 ML01 6012 0100 1003 0254 7318]], BIC BDMAMLBA. Contact number [[PHONE_NUMBER:+223 76 51 08 24]].""",
    """Hi [[PERSON:Mariama]], your order has shipped to [[ADDRESS:2217 Frederick Douglass Blvd, Apt 4C]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10026]]. We charged the Mastercard [[CREDIT_CARD:5527-4419-0836-2170]] (exp 11/26, CVV 602); sales tax for [[LOCATION:New York County]] was added.""",
    """Account [[USERNAME:bintakanteh]] (password: Kanteh#2024!) was opened from [[IP_ADDRESS:2c0f:f0f8:6a1:3300::17]]. Holder [[PERSON:Binta Kanteh]], DOB [[DATE_TIME:04/11/1996]], gender Female, phone [[PHONE_NUMBER:+220 398 2217]].""",
    """Chief Obstetric Officer [[PERSON:Dr. Ibrahima Fofana]] asks that [[PERSON:Mrs. Aïcha Doumbia]], [[AGE:27]], of [[ADDRESS:Rue 405, Porte 18]], [[LOCATION:Hamdallaye ACI 2000]], [[LOCATION:Bamako]], be admitted on [[DATE_TIME:2025-06-03 at 08:00]] for induction; bill health insurance number [[ID_NUMBER:AMO-0412-77319]].""",
    """[[TITLE:Madame]] [[PERSON:Rokhaya Ndiaye]], Responsable principale des comptes à [[LOCATION:Thiès]], née le [[DATE_TIME:22/08/1983]], veuillez confirmer la connexion depuis l'adresse [[IP_ADDRESS:41.214.66.130]] (Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Safari/537.36). Le prélèvement de 85 000 XOF sera effectué sur l'IBAN [[IBAN_CODE:SN19 SN11 1010 2010 0052 7382 0023]].""",
    """Vehicle [[ID_NUMBER:DK-4417-AS]] (VIN 1HGCM82633A004352), registered to [[PERSON:Serigne Mbacké Diouf]] of [[ADDRESS:38 Avenue Bourguiba]], [[LOCATION:Dakar]], was flagged at the [[LOCATION:Diamniadio]] toll; the fine can be paid by Wave to merchant code 40218.""",
    """[[PERSON:Fatoumata Binta Diallo]] received 3,400,000 GNF from [[PERSON:Ousmane Barry]] on [[PHONE_NUMBER:+224 664 11 29 50]]. Device IMEI 356938035643809, model Tecno Spark 10. Her national ID: [[ID_NUMBER:GN-2019-0427731]].""",
    """Employee [[PERSON:Aboubacar Sidiki Koné]], [[NRP:Malian-American]], Senior Accounts Specialist, SSN [[US_SSN:529-41-7736]], lives at [[ADDRESS:1460 Grand Concourse, Apt 6B]], [[LOCATION:Bronx]], [[LOCATION:NY]] [[ZIP_CODE:10456]]; direct deposit to account [[ID_NUMBER:483920117765]], routing 021000021.""",
    """[[PERSON:Momodou Lamin Ceesay]], could you send the updated exam timetable for the upper basic schools in [[LOCATION:Kiang West]] to [[EMAIL_ADDRESS:mlceesay@gamvet.gm]]? My secondary address is [[ADDRESS:Compound 12, Kemo Street]], [[LOCATION:Brikama]].""",
    """Hello [[PERSON:Sipho]], we noticed a login to [[USERNAME:sipho_ndlovu88]] from [[IP_ADDRESS:105.225.14.92]]. Your card ending 3102 stays active. Registered address: [[ADDRESS:22 Jan Smuts Avenue]], [[LOCATION:Rosebank]], [[LOCATION:Johannesburg]], [[ZIP_CODE:2196]].""",
    """Regional Livestock Officer [[PERSON:Yaya Baldeh]] ([[EMAIL_ADDRESS:ybaldeh@moa.gov.gm]], [[PHONE_NUMBER:+220 566 3102]]) certifies that the N'Dama herd of [[PERSON:Ousman Krubally]], [[AGE:46]], at [[LOCATION:Sare Ngai]], [[LOCATION:Upper River Region]], was found free of anthrax at his visit of [[DATE_TIME:9 December 2024]].""",
    """Your Pulse account [[USERNAME:keishaB_93]] ([[EMAIL_ADDRESS:keisha.brathwaite93@icloud.com]]) is now linked to the bitcoin address 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2. Billing: [[ADDRESS:88 Lenox Road, Suite 210]], [[LOCATION:Brooklyn]], [[LOCATION:NY]] [[ZIP_CODE:11226]].""",
    """[[PERSON:Achieng Otieno]], born [[DATE_TIME:1990-07-19]], National ID [[ID_NUMBER:28841073]], KRA PIN [[ID_NUMBER:A009274155M]], has been approved for KES 85,000; the money goes to M-Pesa [[PHONE_NUMBER:0711 482 905]].""",
    """Payment confirmation: [[PERSON:Ndeye Awa Gueye]] paid 45,000 F CFA to the maternity from Orange Money [[PHONE_NUMBER:77 304 81 22]] for the delivery package of [[PERSON:Astou Gueye]] (admitted [[DATE_TIME:22/05/2025 16:05]]). Transaction ID: MP250522.1605.C34512.""",
    """[[PERSON:Tran Thi Mai]] of [[ADDRESS:Unit 5, 17 Hopkins Street]], [[LOCATION:Footscray]] [[LOCATION:VIC]] [[ZIP_CODE:3011]] paid with [[CREDIT_CARD:4916 3820 5577 3102]] exp 03/28; contact [[PHONE_NUMBER:0412 558 903]].""",
    """Our Dynamic Branding Liaison, [[PERSON:Aminata Touré]], requests access for her new laptop (MAC 8c:85:90:1a:c4:7e). Please whitelist [[IP_ADDRESS:154.124.88.201]] and send the credentials to [[EMAIL_ADDRESS:aminata.toure@kirene-agro.com]].""",
    """Please refund 15,000 XOF to [[PERSON:Cheikhouna Fall]], IBAN [[IBAN_CODE:SN43SN0801201003648752100189]], BIC CBAOSNDA, and post the letter to [[LOCATION:Cité Mixta]], [[ADDRESS:Immeuble B, Appartement 12]], [[LOCATION:Dakar]].""",
    """[[PERSON:Kwesi Boateng]], National Insurance [[ID_NUMBER:JT 48 22 91 B]], Junior Solutions Architect, lives at [[ADDRESS:Flat 14, Lennard Court, 62 Wellesley Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2AD]]; sort code 20-45-77, account [[ID_NUMBER:53917406]].""",
    """[[PERSON:Ali Ag Mohamed]], [[AGE:39]], herder based in [[LOCATION:Ménaka]], sent 500,000 XOF to [[PERSON:Fadimata Walet Intallah]] by Orange Money ([[PHONE_NUMBER:+223 79 30 44 12]]) for 40 goats. ID card [[ID_NUMBER:0912-4471-M]], sex male.""",
    """[[PERSON:Harpreet Kaur]]'s Aadhaar [[ID_NUMBER:7364 0128 8538]] and PAN [[ID_NUMBER:BKSPK4471L]] were used to open account [[ID_NUMBER:50100482217739]] at the [[LOCATION:Ludhiana]] branch; IFSC HDFC0001234, mobile [[PHONE_NUMBER:+91 98140 22713]].""",
    """Hi, I'm [[PERSON:Jalen]], pronouns they/them, Investor Data Strategist. My VRM is [[ID_NUMBER:LD19 XKP]], my locker PIN is 4471 and my old address was [[ADDRESS:7 Cranbrook Road]], [[LOCATION:Ilford]] [[ZIP_CODE:IG1 4DU]].""",
    """Cher [[PERSON:Babacar]], votre carte [[CREDIT_CARD:4024 0071 6658 2907]] (expire 05/26, CVV 913) a été utilisée le [[DATE_TIME:14/01/2025 à 23:12]] depuis l'IP [[IP_ADDRESS:41.83.17.240]]. Si ce n'est pas vous, appelez le 33 839 92 00.""",
    """[[PERSON:Fodé Soumah]], né le [[DATE_TIME:03/08/1985]] à [[LOCATION:Forécariah]], Contrôleur principal des douanes, demeurant à [[LOCATION:Matoto]], [[LOCATION:Conakry]], tél. [[PHONE_NUMBER:+224 657 30 12 88]], courriel [[EMAIL_ADDRESS:fode.soumah@gmail.com]].""",
    """[[PERSON:Fatima Zahra El Amrani]], SIN [[ID_NUMBER:046 291 837]], moved from [[LOCATION:Laval]] to [[ADDRESS:1120 Rue Sherbrooke Ouest, App. 804]], [[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H3A 2M8]] on [[DATE_TIME:July 1st]].""",
    """[[PERSON:Akua Serwaa]]'s Ghana Card [[ID_NUMBER:GHA-719305528-4]], MoMo number [[PHONE_NUMBER:055 731 2284]] and email [[EMAIL_ADDRESS:akua.serwaa@gmail.com]] were entered on the loan app from [[IP_ADDRESS:154.160.3.77]] with Mozilla/5.0 (iPhone; CPU iPhone OS 16_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Mobile/15E148 Safari/604.1.""",
    """[[PERSON:Zainab Conteh]], NHS [[ID_NUMBER:943 476 5919]], is booked to deliver at the birth centre; EDD [[DATE_TIME:28/09/2025]], address [[ADDRESS:45 Stapleton Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS5 0QP]], Krio interpreter needed.""",
    """Meet [[PERSON:Ibou]] at the northeast gate of the [[LOCATION:Diourbel]] bus station, GPS 14.6521, -16.2334, and bring the Ethereum address 0x4e9ce36e442e55ecd9025b9a6e0d88485d628a67 for his share of the sale.""",
    """[[PERSON:Ebrima Jatta]], Georgia driver's license [[US_DRIVER_LICENSE:058441927]], DOB [[DATE_TIME:02/14/1984]], of [[ADDRESS:3275 Buford Hwy NE, Apt 1207]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30329]], [[LOCATION:DeKalb County]].""",
    """Passenger [[PERSON:Mariam Diakhaby]], US passport [[US_PASSPORT:563019482]], seat 32K, connecting through [[LOCATION:Casablanca]] to [[LOCATION:Dakar]] on [[DATE_TIME:Dec 19, 2025]], phone [[PHONE_NUMBER:+1 646 555 0192]].""",
    """[[TITLE:M.]] [[PERSON:Seydou Coulibaly]], titulaire du compte [[IBAN_CODE:ML18 ML09 0010 1012 0002 1347 0051]], est prié de se présenter à l'agence de [[LOCATION:Kita]] avec sa carte NINA [[ID_NUMBER:18805103002045P]] avant le [[DATE_TIME:30 juin]].""",
    """[[PERSON:Lucía Fernández]], Chief Integration Producer at Wolff-Kuhn, your new Discover card [[CREDIT_CARD:6011 0073 9125 4488]] is on its way to [[ADDRESS:2041 S Kedzie Ave, Unit 2]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60623]]; activate it from [[IP_ADDRESS:73.44.190.12]].""",
    """LIVESTOCK INSURANCE CLAIM
Claimant: [[PERSON:Ousseynou Diagne]]
Policy no.: CNAAS-BV-2024-0551
Village: [[LOCATION:Keur Momar Sarr]], department of [[LOCATION:Louga]]
Phone: [[PHONE_NUMBER:+221 77 845 30 19]]
Date of loss: [[DATE_TIME:18 August 2024]]
Description: four cows drowned crossing the lake during the flood. Ear tags SN-LG-00412 to SN-LG-00415. Veterinary certificate VET/LGA/2024/118 signed by [[PERSON:Dr. Marième Kane]].""",
    """MICROLOAN APPLICATION
Applicant: [[PERSON:Néné Oumou Diallo]] | Date of birth: [[DATE_TIME:11 November 1988]] | National ID: [[ID_NUMBER:GN-2017-1184320]]
Mobile money wallet for disbursement: [[PHONE_NUMBER:+224 625 90 14 37]]
Purpose: purchase of two milking cows and a calf, [[LOCATION:Pita]] prefecture
Guarantor: [[PERSON:Thierno Amadou Sow]], [[PHONE_NUMBER:+224 628 01 55 76]], shopkeeper
Loan officer: [[PERSON:Aissata Condé]]""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Mrs. Adama Sissoko]]    MRN: [[ID_NUMBER:MRN-2025-004817]]
DOB: [[DATE_TIME:1996-02-09]] (age [[AGE:29]])
Admitted: [[DATE_TIME:2025-04-14 02:10]]    Discharged: [[DATE_TIME:2025-04-16]]
Procedure: spontaneous vaginal delivery, live female infant, 3.2 kg, Apgar 9/10
Attending: [[PERSON:Dr. Kofi Boakye]]
Follow-up: postnatal clinic on [[DATE_TIME:2025-04-23]]
Emergency contact: [[PERSON:Bakary Sissoko]] (husband), [[PHONE_NUMBER:+1 (718) 555-0163]]""",
    """EMPLOYMENT AGREEMENT

This agreement is made on [[DATE_TIME:3 March 2025]] between Sahel Dairy SARL, [[LOCATION:Richard-Toll]], and [[PERSON:Aminata Kane]], born [[DATE_TIME:27 May 1994]], holder of national identity card [[ID_NUMBER:2 482 1994 01276]], residing at [[ADDRESS:Villa 88]], [[LOCATION:Cité Niakh]], [[LOCATION:Saint-Louis]].
1. The Employee is engaged as Milk Collection Supervisor from [[DATE_TIME:1 April 2025]].
2. Salary is paid monthly to account [[IBAN_CODE:SN08SN0100152000048500003035]].""",
    """NOTICE TO QUIT

To: [[PERSON:Mr. Babatunde Alade]]
[[ADDRESS:Flat 2B, 14 Coker Road]], [[LOCATION:Ilupeju]], [[LOCATION:Lagos]]

Take notice that you are required to quit and deliver up possession of the flat on or before [[DATE_TIME:31st July 2025]], your tenancy having been determined.

Dated this [[DATE_TIME:30th day of April 2025]].
Landlord: [[TITLE:Chief]] [[PERSON:Mrs. Folake Adeyemi]], [[PHONE_NUMBER:0805 119 4430]]""",
    """GAMBIA POLICE FORCE - INCIDENT REPORT
Ref: GPF/BSS/2025/0318-44
Complainant: [[PERSON:Haruna Jallow]], [[AGE:52]], cattle owner, of [[LOCATION:Sinchu Baliya]]
Statement: On [[DATE_TIME:17 March 2025 around 02:00]], three men drove off nine head of cattle from my kraal. My herdsman [[PERSON:Samba Jallow]] followed the tracks towards [[LOCATION:Brikama]] and saw a white truck, registration [[ID_NUMBER:BJL 4471 F]].
Contact: [[PHONE_NUMBER:+220 771 0093]]
Recorded by: [[TITLE:Cpl.]] [[PERSON:Fatou Jarju]]""",
    """FICHE KYC - OUVERTURE DE COMPTE
Nom : [[PERSON:Diouf]]          Prénom(s) : [[PERSON:Marie-Thérèse]]
Date de naissance : [[DATE_TIME:14/06/1979]]   Lieu : [[LOCATION:Joal-Fadiouth]]
Profession : commerçante
N° CNI : [[ID_NUMBER:2 019 1979 03417]]
Adresse : [[ADDRESS:Villa 54]], [[LOCATION:Cité Sonatel 2]], [[LOCATION:Ouakam]], [[LOCATION:Dakar]]
Téléphone : [[PHONE_NUMBER:+221 77 512 38 60]]
Courriel : [[EMAIL_ADDRESS:mtdiouf79@yahoo.fr]]""",
    """CLAIM FORM - MEDICAL
Member name: [[PERSON:Salimata Konaté]]    Member ID: [[ID_NUMBER:XGH448201937]]    Group: 00418
Date of birth: [[DATE_TIME:05/30/1987]]    SSN: [[US_SSN:612-48-3307]]
Home address: [[ADDRESS:315 W 116th St, Apt 5D]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10026]]
Date of service: [[DATE_TIME:06/12/2025]]
Reason: prenatal ultrasound, second trimester
Provider: Harlem Women's Health Associates""",
    """IN THE KANIFING MAGISTRATES' COURT
Civil Suit No. KMC/112/2025
BETWEEN [[PERSON:FATOU BOJANG]] (Plaintiff) AND [[PERSON:MODOU NJIE]] (Defendant), of [[ADDRESS:17 Sayerr Jobe Avenue]], [[LOCATION:Serrekunda]].
WRIT OF SUMMONS: You are commanded to appear before this Court on [[DATE_TIME:the 9th day of June 2025 at 9 o'clock]] in the forenoon to answer a claim for D 65,000 being the price of three bulls sold and delivered.""",
    """INVOICE INV-20931    Date: 02/03/2025
Client: [[PERSON:Priscilla Amankwah]], [[ADDRESS:9 Osu Badu Street]], [[LOCATION:Airport West]], [[LOCATION:Accra]]
Tel: [[PHONE_NUMBER:020 814 7761]]
Patient: Rex (German Shepherd, 6 yrs)
Services: rabies booster, deworming, nail trim
Total: GHS 640.00, paid by card ending 2219""",
    """SCHOOL ENROLMENT FORM 2025/26
Pupil: [[PERSON:Mariama Jallow]]    Date of birth: [[DATE_TIME:12.01.2016]]    Age: [[AGE:9]]
Class: Grade 4
Parent/guardian: [[PERSON:Ousainou Jallow]], [[ADDRESS:Compound 41, Mosque Road]], [[LOCATION:Lamin]], [[LOCATION:West Coast Region]]
Phone: [[PHONE_NUMBER:7724189]]    Alternative: [[PHONE_NUMBER:3998076]] (mother, [[PERSON:Jainaba]])
Medical notes: asthma, inhaler in bag""",
    """FICHE DE RÉFÉRENCE / CONTRE-RÉFÉRENCE
Structure d'origine : poste de santé de [[LOCATION:Ndiaffate]]    Destination : centre de santé de [[LOCATION:Kaolack]]
Patiente : [[PERSON:Khadidiatou Mbodj]], [[AGE:22]] ans, G1P0
DDR : [[DATE_TIME:04/10/2024]]    Terme : 39 SA
Motif : travail prolongé, dilatation stationnaire à 6 cm
Heure de départ : 14h20
Accompagnante : [[PERSON:Mbaye Mbodj]] (mari), tél. [[PHONE_NUMBER:77 190 45 63]]
Agent référent : sage-femme [[PERSON:Ndèye Astou Thiam]]""",
    """MORTGAGE PRE-APPROVAL
Borrowers: [[PERSON:Adewale Ogunleye]] and [[PERSON:Yetunde Ogunleye]]
Property: [[ADDRESS:4418 Fairhaven Lane]], [[LOCATION:Katy]], [[LOCATION:Texas]] [[ZIP_CODE:77494]]
Borrower SSNs: [[US_SSN:437-82-1905]] / [[US_SSN:438-17-6620]]
Employer (primary): Memorial Hermann, Registered Nurse, since [[DATE_TIME:June 2018]]
Loan officer: [[PERSON:Brandon Leigh]], NMLS [[ID_NUMBER:1182044]], [[PHONE_NUMBER:281-555-0114]]""",
    """VEHICLE RENTAL AGREEMENT
Renter: [[PERSON:Tendai Moyo]]    Licence no.: [[ID_NUMBER:ZW 41882 7H]]
Home address: [[ADDRESS:12 Fife Avenue]], [[LOCATION:Harare]]
Pick-up: [[DATE_TIME:08 May 2025, 10:00]], airport desk, [[LOCATION:Cape Town]]
Return: [[DATE_TIME:15 May 2025, 10:00]]
Card on file: [[CREDIT_CARD:5351 1048 2937 6643]]    Vehicle: Toyota Corolla, fleet no. 2291""",
    """NOTICE OF TERMINATION
Employee: [[PERSON:Ryan Kowalski]]    Employee ID: [[ID_NUMBER:EMP-004417]]
Position: Forklift Operator, Night Shift
Effective date: [[DATE_TIME:April 30, 2025]]
Final pay will be deposited to the account ending 8820. Return your badge and keys to [[PERSON:Denise Whitaker]], HR Generalist, before your last day. Questions: [[EMAIL_ADDRESS:d.whitaker@midstatelogistics.com]]""",
    """CONTRAT DE VENTE DE BÉTAIL
Entre les soussignés :
[[PERSON:Hamidou Dicko]], éleveur, domicilié à [[LOCATION:Douentza]], carte NINA [[ID_NUMBER:17504112001387T]], vendeur,
et [[PERSON:Yacouba Ouattara]], commerçant, domicilié à [[LOCATION:Bouaké]] ([[LOCATION:Côte d'Ivoire]]), passeport [[ID_NUMBER:20AB41772]], acheteur,
il a été convenu la vente de 35 bovins de race zébu peul au prix de 12 250 000 F CFA, payés par virement sur le compte [[IBAN_CODE:ML04ML0160120100100302547318]].
Fait à [[LOCATION:Mopti]], le [[DATE_TIME:8 janvier 2025]].""",
    """CUSTOMER COMPLAINT FORM - WAVE GAMBIA
Name: [[PERSON:Sulayman Jobarteh]]
Wallet number: [[PHONE_NUMBER:+220 322 8190]]
ID type: National ID    ID number: [[ID_NUMBER:1180452]]
Date and time of transaction: [[DATE_TIME:21/03/2025 13:47]]
Amount: D 4,000
Recipient number: [[PHONE_NUMBER:+220 344 1029]] (registered to [[PERSON:Musa Ceesay]])
Complaint: I sent the money for my sister's hospital bill to the wrong number. Please reverse.""",
    """CONSENT FOR PROCEDURE
I, [[PERSON:Olga Petrenko]], date of birth [[DATE_TIME:23 October 1978]], consent to a laparoscopic cholecystectomy to be performed by [[PERSON:Dr. Hamid Qureshi]] on [[DATE_TIME:14 February 2025]].
An interpreter was offered; I am [[NRP:Ukrainian]] and understood the explanation in English.
Signed: [[PERSON:O. Petrenko]]    Date: [[DATE_TIME:12/02/2025]]
Witness: [[PERSON:Nurse Leanne Fairbairn]]""",
    """SPONSORSHIP LETTER

To the Entry Clearance Officer,

I, [[PERSON:Dr. Alieu Sowe]], of [[ADDRESS:63 Moss Lane]], [[LOCATION:Manchester]] [[ZIP_CODE:M16 7PN]], a [[NRP:British]] citizen, will sponsor the visit of my mother, [[PERSON:Mrs. Ndey Sowe]] (Gambian passport [[ID_NUMBER:PC0782214]], born [[DATE_TIME:03/03/1957]]), from [[DATE_TIME:1 July]] to [[DATE_TIME:30 August 2025]]. My NI number is [[ID_NUMBER:SK 73 10 55 D]] and I can be reached on [[PHONE_NUMBER:07463 118 902]].""",
    """OBITUARY
It is with deep sorrow that the [[PERSON:Touray]] family of [[LOCATION:Bakau]] announces the death of [[TITLE:Alhaji]] [[PERSON:Ebrima Touray]], retired veterinary officer, on [[DATE_TIME:Sunday 4th May 2025]], aged [[AGE:78]]. He served the livestock services in [[LOCATION:Basse]] and [[LOCATION:Kerewan]] for thirty years. Condolences may be sent to his daughter [[PERSON:Isatou Touray]] on [[PHONE_NUMBER:+220 991 4020]].""",
    """IRS NOTICE CP2000
Taxpayer: [[PERSON:Rosa Delgado-Martinez]]
SSN: [[US_SSN:588-30-4419]]
Address: [[ADDRESS:906 E Pecan St]], [[LOCATION:Pflugerville]], [[LOCATION:TX]] [[ZIP_CODE:78660]]
Tax year: 2023
We found income reported by your employer that you did not include on your return. Respond by the date shown above.""",
    """BIRTH NOTIFICATION
Child: [[PERSON:Ya Awa Jallow]]    Sex: F
Date and time of birth: [[DATE_TIME:07/02/2025 05:55]]
Place of birth: Bundung MCH Hospital
Mother: [[PERSON:Kaddy Sowe]], [[AGE:30]], [[NRP:Gambian]], petty trader
Father: [[PERSON:Alagie Jallow]], [[NRP:Gambian]], butcher
Residence: [[ADDRESS:Compound 214]], [[LOCATION:Kanifing Estate]]
Notified by: midwife [[PERSON:Awa Bah]]""",
    """FINAL DEMAND
To: [[PERSON:Mr. Chukwuemeka Nnadi]], [[ADDRESS:22 Aba Road]], [[LOCATION:Port Harcourt]], [[LOCATION:Rivers State]]
Loan account: [[ID_NUMBER:0049217735]]    BVN: [[ID_NUMBER:22417730591]]
You have failed to repay the balance of N 1,240,000 on your asset finance facility. Unless payment is received, we will report you to the credit bureau. Contact your relationship officer, [[PERSON:Blessing Eke]], on [[PHONE_NUMBER:0809 331 2077]].""",
    """MOTOR INSURANCE CERTIFICATE
Policyholder: [[PERSON:Grace Wambui Njoroge]]
ID/Passport: [[ID_NUMBER:31207745]]    KRA PIN: [[ID_NUMBER:A011873490K]]
Vehicle registration: [[ID_NUMBER:KDJ 418Q]]
Postal address: [[ADDRESS:P.O. Box 20471]], [[ZIP_CODE:00200]] [[LOCATION:Nairobi]]
Period of cover: 12 months""",
    """LEAVE AND LICENCE AGREEMENT
Licensor: [[PERSON:Mr. Ramesh Iyer]], [[AGE:61]], residing at [[ADDRESS:B-704, Sai Krupa Heights, Sector 17]], [[LOCATION:Vashi]], [[LOCATION:Navi Mumbai]] [[ZIP_CODE:400703]]
Licensee: [[PERSON:Ms. Farida Shaikh]], PAN [[ID_NUMBER:CQHPS7714N]], mobile [[PHONE_NUMBER:98201 44739]]
The licence shall commence on [[DATE_TIME:1st June 2025]] for eleven months.""",
    """LABORATORY REPORT
Patient: [[PERSON:Jean-Baptiste Mendy]]    Sex: M    Age: [[AGE:44]]
Patient no.: [[ID_NUMBER:ZG-0031942]]
Sample collected: [[DATE_TIME:11/03/2025 07:30]]
Requested by: [[PERSON:Dr. Fatou Badji]], [[LOCATION:Ziguinchor]]
Malaria RDT: negative. Hb 13.8 g/dL. Blood glucose 5.2 mmol/L.""",
    """MEMBERSHIP FORM - KOLDA MILK PRODUCERS' UNION
Member: [[PERSON:Coumba Baldé]]    Village: [[LOCATION:Saré Yoba]]
Herd size: 23 cows, 4 heifers, 1 bull
Mobile money number for milk payments: [[PHONE_NUMBER:77 811 06 42]]
Next of kin: [[PERSON:Moussa Baldé]], [[PHONE_NUMBER:76 420 18 33]]
Membership card no.: [[ID_NUMBER:KMP-0417]]""",
    """FICHE D'IDENTIFICATION D'ABONNÉ
Opérateur : Orange Guinée
Nom et prénoms : [[PERSON:Camara Mamadi]]
Date et lieu de naissance : [[DATE_TIME:02/02/1992]] à [[LOCATION:Kankan]]
Pièce d'identité : carte d'identité nationale n° [[ID_NUMBER:2019-0551873]]
Numéro attribué : [[PHONE_NUMBER:+224 620 77 41 19]]
Adresse : quartier [[LOCATION:Bordo]], [[LOCATION:Kankan]]""",
    """PATIENT REGISTRATION - ANTENATAL
Name: [[PERSON:Olamide Adebisi]]    Hospital no.: [[ID_NUMBER:LUTH/ANC/25/0883]]
Age: [[AGE:33]]    Religion: [[NRP:Christian]]    Occupation: Teacher
Address: [[ADDRESS:5 Bode Thomas Street]], [[LOCATION:Surulere]], [[LOCATION:Lagos]]
LMP: [[DATE_TIME:3rd January 2025]]    EDD: [[DATE_TIME:10th October 2025]]
Husband: [[PERSON:Tunde Adebisi]], [[PHONE_NUMBER:0812 440 9017]]""",
    """SCHOLARSHIP AWARD LETTER
Dear [[PERSON:Ms. Aminata Keita]],
We are pleased to inform you that you have been awarded the Sahel Women in Veterinary Science scholarship for 2025-2026. Please confirm acceptance by email to the programme office and send a copy of your passport, [[ID_NUMBER:B0421387]], and your bank details. Your student number at the university will be [[ID_NUMBER:VET-25-1142]].""",
    """PROPERTY VALUATION REPORT
Owner: [[PERSON:Li Wei]] and [[PERSON:Chen Xiaoming]]
Subject property: [[ADDRESS:27 Balmoral Crescent]], [[LOCATION:Box Hill]] [[LOCATION:VIC]] [[ZIP_CODE:3128]]
Inspection date: [[DATE_TIME:14 March 2025]], met on site by [[PERSON:Li Wei]]
Valuer: [[PERSON:Tom Hargreaves]], AAPI
Market value: $1,380,000""",
    """{
  "customer_id": "[[ID_NUMBER:WV-SN-00481273]]",
  "full_name": "[[PERSON:Mame Fatou Ndiaye]]",
  "msisdn": "[[PHONE_NUMBER:+221774102236]]",
  "date_of_birth": "[[DATE_TIME:1993-11-05]]",
  "kyc_level": 2,
  "id_document": {"type": "CNI", "number": "[[ID_NUMBER:2 301 1993 05128]]"},
  "city": "[[LOCATION:Rufisque]]",
  "last_login": "[[DATE_TIME:2025-03-02T18:22:41Z]]",
  "device_ip": "[[IP_ADDRESS:41.82.77.154]]",
  "wallet_balance": 18450
}""",
    """[[DATE_TIME:2025-03-14T09:12:44Z]] INFO auth: login succeeded user=[[USERNAME:mkeita]] src=[[IP_ADDRESS:197.155.148.20]] ua="Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0"
2025-03-14T09:15:00Z INFO cron: rotate-logs finished in 1.2s
[[DATE_TIME:2025-03-14T09:17:03Z]] WARN auth: password reset requested for [[EMAIL_ADDRESS:moussa.keita@sahelfin.ml]] from [[IP_ADDRESS:197.155.148.20]]
[[DATE_TIME:2025-03-14T09:17:05Z]] INFO mailer: reset link sent to [[EMAIL_ADDRESS:moussa.keita@sahelfin.ml]] template=pwd_reset_fr""",
    """INSERT INTO anc_patients (patient_no, full_name, dob, lmp, phone, village) VALUES
  ('[[ID_NUMBER:TB-ANC-0412]]', '[[PERSON:Dieynaba Sow]]', '[[DATE_TIME:2001-04-17]]', '[[DATE_TIME:2024-12-20]]', '[[PHONE_NUMBER:+221775093318]]', '[[LOCATION:Goudiry]]'),
  ('[[ID_NUMBER:TB-ANC-0413]]', '[[PERSON:Maimouna Camara]]', '[[DATE_TIME:1989-09-02]]', '[[DATE_TIME:2025-01-06]]', '[[PHONE_NUMBER:+221763301984]]', '[[LOCATION:Koumpentoum]]');""",
    """<herdRegistration region="[[LOCATION:Tombouctou]]" year="2025">
  <owner>
    <name>[[PERSON:Hassane Ag Alhousseini]]</name>
    <nina>[[ID_NUMBER:19011207003115B]]</nina>
    <phone>[[PHONE_NUMBER:+223 65 71 20 08]]</phone>
    <commune>[[LOCATION:Ber]]</commune>
  </owner>
  <animals species="camel" count="48"/>
  <animals species="cattle" count="17" brand="triangle-dot"/>
  <registeredBy>[[PERSON:Oumar Maïga]]</registeredBy>
</herdRegistration>""",
    """service: payouts-api
environment: production
owner:
  name: [[PERSON:Chidi Okafor]]
  email: [[EMAIL_ADDRESS:chidi.okafor@paystream.ng]]
  oncall_phone: "[[PHONE_NUMBER:+234 803 118 4429]]"
database:
  host: db-payouts.internal
  user: payouts_svc
  password: "Zk!29vQp#Lm"
alerts:
  channel: "#payouts-alerts"
  escalation: ops-escalations@paystream.ng""",
    """def test_register_anc_patient(client):
    patient = {
        "name": "[[PERSON:Aissatou Barry]]",
        "dob": "[[DATE_TIME:1998-07-23]]",
        "phone": "[[PHONE_NUMBER:+224 669 40 71 12]]",
        "edd": "[[DATE_TIME:2025-08-30]]",
        "facility": "HRL-MAT-02",
    }
    resp = client.post("/api/anc/register", json=patient)
    assert resp.status_code == 201""",
    """TICKET OPS-4471 | Priority: High | Reporter: [[PERSON:Nadia Haddad]]
Summary: customer refused cash-out at agent
Description: Customer [[PERSON:Ibrahima Gaye]] ([[PHONE_NUMBER:+221 78 209 41 77]]) says the agent in [[LOCATION:Mbacké]] refused his withdrawal of 60,000 F on [[DATE_TIME:12 March]] because his ID card [[ID_NUMBER:1 412 1987 02290]] had expired. Agent code 88213, agent phone [[PHONE_NUMBER:+221 77 640 18 05]] ([[PERSON:Modou Mbengue]]).
Assignee: [[USERNAME:a.sarr]]""",
    """curl -X POST https://api.lettings.example/v1/enquiries -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0NDcifQ.k3Fq9" -H "Content-Type: application/json" -d '{"name": "[[PERSON:Olusegun Bello]]", "email": "[[EMAIL_ADDRESS:segun.bello@gmail.com]]", "phone": "[[PHONE_NUMBER:07984 331 205]]", "property": "[[ADDRESS:Flat 3, 41 Peckham Rye]], [[LOCATION:London]] [[ZIP_CODE:SE15 4JR]]", "viewing": "[[DATE_TIME:Saturday 10 May, 11:00]]"}'""",
    """{"status": "approved", "applicant": {"name": "[[PERSON:Brian Otieno Ouma]]", "national_id": "[[ID_NUMBER:33018274]]", "msisdn": "[[PHONE_NUMBER:254722604118]]", "dob": "[[DATE_TIME:1995-02-28]]"}, "limit": 12000, "currency": "KES", "score": 641}""",
    r"""MSH|^~\&|MATERNITY|RVTH|LAB|RVTH|20250417093000||ADT^A01|MSG00412|P|2.5
PID|1||[[ID_NUMBER:RVTH0048821]]^^^RVTH^MR||[[PERSON:JAITEH]]^[[PERSON:ISATOU]]^^^[[TITLE:MRS]]||[[DATE_TIME:19940312]]|F|||[[ADDRESS:14 KAIRABA AVE]]^^[[LOCATION:SERREKUNDA]]^^^||[[PHONE_NUMBER:2207731402]]
PV1|1|I|LABWARD^BED4|||[[ID_NUMBER:DR1183]]^[[PERSON:SONKO]]^[[PERSON:MODOU]]^^^[[TITLE:DR]]""",
    """APP_NAME=schooltrack
APP_ENV=staging
ADMIN_NAME="[[PERSON:Souleymane Diallo]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:s.diallo@schooltrack.sn]]
ADMIN_PHONE=[[PHONE_NUMBER:+221776014455]]
SMTP_PASSWORD=hT7!kq92Lp
ORANGE_MONEY_MERCHANT=OM-SN-448120
SUPPORT_EMAIL=support@schooltrack.sn""",
    """const mockUser = {
  id: 4471,
  displayName: "[[PERSON:Chloé Martin-Diop]]",
  handle: "[[USERNAME:chloe_md]]",
  email: "[[EMAIL_ADDRESS:chloe.martindiop@proton.me]]",
  birthday: "[[DATE_TIME:1999-12-31]]",
  avatarUrl: "https://cdn.example.com/avatars/4471.png",
  profile: "[[URL:https://www.linkedin.com/in/chloe-martin-diop]]",
};""",
    """{
  "resourceType": "Patient",
  "id": "7f3c2a",
  "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:4010232137]]"}],
  "name": [{"family": "[[PERSON:Okafor]]", "given": ["[[PERSON:Ifeoma]]", "[[PERSON:Grace]]"], "prefix": ["[[TITLE:Mrs]]"]}],
  "gender": "female",
  "birthDate": "[[DATE_TIME:1990-05-14]]",
  "address": [{"line": ["[[ADDRESS:Flat 7, 19 Burdett Road]]"], "city": "[[LOCATION:London]]", "postalCode": "[[ZIP_CODE:E3 4TN]]"}],
  "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:07852 410 337]]"}]
}""",
    """From: [[PERSON:Awa Cissé]] <[[EMAIL_ADDRESS:awa.cisse@sante-mopti.ml]]>
To: [[PERSON:Dr. Boubacar Diarra]] <[[EMAIL_ADDRESS:bdiarra@chu-bamako.ml]]>
Date: [[DATE_TIME:Tue, 8 Apr 2025 10:42:17 +0000]]
Subject: Référence maternité - [[TITLE:Mme]] [[PERSON:Kadidiatou Sangaré]]
X-Originating-IP: [[[IP_ADDRESS:41.73.112.9]]]

Docteur, je vous réfère [[TITLE:Mme]] [[PERSON:Sangaré]], [[AGE:36]] ans, 5e grossesse, DDR [[DATE_TIME:15/08/2024]], pour prééclampsie. Son mari, [[PERSON:Drissa Sangaré]], est joignable au [[PHONE_NUMBER:+223 76 33 20 14]].""",
    """{"event": "p2p_transfer.completed", "ts": "[[DATE_TIME:2025-05-06T14:02:11.481Z]]", "sender": {"msisdn": "[[PHONE_NUMBER:+2207702214]]", "name": "[[PERSON:Omar Sowe]]"}, "receiver": {"msisdn": "[[PHONE_NUMBER:+2203518870]]", "name": "[[PERSON:Mariama Sowe]]"}, "amount": 1500, "currency": "GMD", "fee": 15, "txn_id": "QM25050614021148"}""",
    """UPDATE market_vendors SET phone = '[[PHONE_NUMBER:+221 76 118 42 90]]', stall = 'B-14', updated_by = '[[USERNAME:fdiop]]' WHERE vendor_name = '[[PERSON:Alioune Badara Thiaw]]' AND market = '[[LOCATION:Dahra]]';""",
    """[contact]
name = [[PERSON:Kwabena Asare]]
email = [[EMAIL_ADDRESS:kasare@cocoaboard-analytics.com]]

[ftp]
host = ftp.cocoaboard-analytics.com
user = [[USERNAME:kasare]]
pass = K@sare!2025
port = 21""",
    """Customer c = new Customer("[[PERSON:Thabo Nkosi]]", "[[EMAIL_ADDRESS:thabo.nkosi@webmail.co.za]]");
c.setIdNumber("[[ID_NUMBER:8704125794080]]");
c.setDateOfBirth(LocalDate.parse("[[DATE_TIME:1987-04-12]]"));
c.setMobile("[[PHONE_NUMBER:+27 82 417 5530]]");
repository.save(c);""",
    """[[IP_ADDRESS:102.176.44.9]] - [[USERNAME:fatima.b]] [[[DATE_TIME:10/Apr/2025:13:55:36 +0000]]] "GET /account/statements?month=2025-03 HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (Linux; Android 13; Infinix X6833B) AppleWebKit/537.36 Chrome/123.0 Mobile Safari/537.36"
[[IP_ADDRESS:102.176.44.9]] - [[USERNAME:fatima.b]] [[[DATE_TIME:10/Apr/2025:13:55:41 +0000]]] "GET /account/statements/download?id=88213 HTTP/1.1" 200 48211 "-" "Mozilla/5.0 (Linux; Android 13; Infinix X6833B) AppleWebKit/537.36 Chrome/123.0 Mobile Safari/537.36\"""",
    """ERROR [[DATE_TIME:2025-02-19 11:03:55]] [payments-worker] PaymentDeclined: card [[CREDIT_CARD:4556731209844539]] declined for customer [[EMAIL_ADDRESS:h.mensah@gmail.com]] (customer_id=[[ID_NUMBER:C-0099213]])
    at com.shop.pay.Gateway.charge(Gateway.java:218)
    at com.shop.pay.Worker.run(Worker.java:77)
    at java.base/java.lang.Thread.run(Thread.java:833)""",
    """Ticket GM-20931 | Channel: WhatsApp | Customer: [[PERSON:Ebrima Manneh]] | MSISDN: [[PHONE_NUMBER:+220 746 0912]]
Customer message: "N ye kodoo kii n baa ma [[PHONE_NUMBER:3620417]] la, bari a maa a soto. N too mu [[PERSON:Ebrima Manneh]] ti, n ka sabati [[LOCATION:Brikama]]."
Agent note: customer says he sent money to his mother's number and she never received it. Checked: transfer pending, released manually.""",
    """{"formulaire": "demande_carte_eleveur", "nom": "[[PERSON:Sangaré]]", "prenom": "[[PERSON:Bakary]]", "date_naissance": "[[DATE_TIME:15/03/1978]]", "village": "[[LOCATION:Dioura]]", "cercle": "[[LOCATION:Ténenkou]]", "telephone": "[[PHONE_NUMBER:+223 75 12 90 46]]", "nina": "[[ID_NUMBER:17803150012409Q]]", "nombre_bovins": 64, "nombre_ovins": 120}""",
    """BEGIN:VCARD
VERSION:3.0
N:[[PERSON:Mbaye]];[[PERSON:Khady]];;[[TITLE:Dr]];
FN:[[PERSON:Dr Khady Mbaye]]
ORG:Hôpital Principal;Maternité
TITLE:Gynécologue-obstétricienne
TEL;TYPE=CELL:[[PHONE_NUMBER:+221 77 644 21 09]]
EMAIL:[[EMAIL_ADDRESS:khady.mbaye@hpd.sn]]
ADR;TYPE=HOME:;;[[ADDRESS:Villa 12]];[[LOCATION:Dakar]];;[[ZIP_CODE:11000]];[[LOCATION:Sénégal]]
BDAY:[[DATE_TIME:1981-06-30]]
END:VCARD""",
    """mutation {
  createBeneficiary(input: {fullName: "[[PERSON:Grace Akinyi]]", msisdn: "[[PHONE_NUMBER:+254 733 902 415]]", relationship: "sister", bankAccount: "[[ID_NUMBER:1180294773]]"}) {
    id
    status
  }
}""",
    """### Bug: wrong EDD on the patient card
**Reported by:** [[PERSON:Ama Owusu]] ([[EMAIL_ADDRESS:ama.owusu@kbth.gov.gh]])
**Steps:** open patient [[ID_NUMBER:KBTH-MAT-22-1049]] ([[PERSON:Efua Mensah]]); LMP is entered as [[DATE_TIME:2024-11-02]].
**Expected:** EDD [[DATE_TIME:2025-08-09]]
**Actual:** EDD [[DATE_TIME:2025-09-08]] (day and month swapped)
**Browser:** Chrome 124 on Windows 11""",
    """BEGIN:VEVENT
DTSTART:[[DATE_TIME:20250612T093000]]
DTEND:[[DATE_TIME:20250612T100000]]
SUMMARY:Postnatal check - [[PERSON:Rohey Ndow]] and baby
LOCATION:[[LOCATION:Bakau]] health centre
ATTENDEE;CN=[[PERSON:Rohey Ndow]]:mailto:[[EMAIL_ADDRESS:rohey.ndow@gmail.com]]
ORGANIZER;CN=[[PERSON:Nurse Fatou Jobe]]:mailto:[[EMAIL_ADDRESS:fjobe@moh.gov.gm]]
END:VEVENT""",
    """{"event": "checkout_started", "user_id": "u_88213", "anonymous_id": "a7c1f0e2-5b9d-4c3e-8f21-0d6b9e4a7c13", "properties": {"email": "[[EMAIL_ADDRESS:dev.patel84@gmail.com]]", "shipping_zip": "[[ZIP_CODE:08817]]", "city": "[[LOCATION:Edison]]", "state": "[[LOCATION:NJ]]"}, "context": {"ip": "[[IP_ADDRESS:71.187.40.213]]", "userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15"}}""",
    """<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:kyc="urn:kyc.v2">
  <soapenv:Body>
    <kyc:VerifyCustomer>
      <kyc:FirstName>[[PERSON:Ngozi]]</kyc:FirstName>
      <kyc:LastName>[[PERSON:Eze]]</kyc:LastName>
      <kyc:BVN>[[ID_NUMBER:22309184475]]</kyc:BVN>
      <kyc:DOB>[[DATE_TIME:1986-10-01]]</kyc:DOB>
      <kyc:Phone>[[PHONE_NUMBER:08031124476]]</kyc:Phone>
    </kyc:VerifyCustomer>
  </soapenv:Body>
</soapenv:Envelope>""",
    """refill_id=RF-20931 patient="[[PERSON:Harold Jenkins]]" dob=[[DATE_TIME:1948-02-17]] rx="atorvastatin 40mg" qty=30 prescriber="[[PERSON:Dr. Anita Desai]]" pickup=[[DATE_TIME:2025-03-03T16:20]] store=2214 status=READY""",
    """Support ticket 7731 - app: Gaynaako (herders)
User: [[PERSON:Aliou Sow]] / [[PHONE_NUMBER:77 442 19 08]]
Message: "Mi waawaa naatde e konte am. Innde am ko [[PERSON:Aliou Sow]], mi woni ka [[LOCATION:Ranérou]]. Na'i am capanɗe nay ngoni e aplikaasioŋ oo."
Agent note (translated): cannot log in; 40 cattle registered on his account. OTP resent to the number above.""",
    """{"employe": {"nom_complet": "[[PERSON:Pape Samba Ndiaye]]", "matricule": "[[ID_NUMBER:MAT-20417]]", "nir": "[[ID_NUMBER:1 82 03 99 335 076 59]]", "iban": "[[IBAN_CODE:FR76 3000 4008 3700 0108 4726 568]]", "adresse": "[[ADDRESS:12 rue des Poissonniers]], [[ZIP_CODE:75018]] [[LOCATION:Paris]]", "poste": "chef d'équipe logistique"}, "periode": "2025-04", "net_a_payer": 2318.40}""",
    """>>> order = {"name": "[[PERSON:Hiroshi Tanaka]]", "card": "[[CREDIT_CARD:2223004817526097]]", "cvv": "771", "exp": "08/29", "ship_to": "[[ADDRESS:3-14-2 Kichijoji Honcho]], [[LOCATION:Musashino]], [[LOCATION:Tokyo]] [[ZIP_CODE:180-0004]]"}
>>> process(order)
PaymentResult(status='captured', auth='A71K2Q')""",
    """<invoice number="INV-7731" date="2025-01-15" currency="XOF">
  <customer>
    <name>[[PERSON:Ousmane Kandé]]</name>
    <phone>[[PHONE_NUMBER:+221 70 221 48 09]]</phone>
    <town>[[LOCATION:Vélingara]]</town>
  </customer>
  <line item="cement 50kg" qty="20" unit="4800"/>
  <line item="iron rod 12mm" qty="6" unit="5200"/>
  <payment method="Wave" ref="WV-T-99120418"/>
</invoice>""",
]

TABLE = [
    """agent_name,agent_phone,town,float_xof,status
[[PERSON:Mbaye Diagne]],[[PHONE_NUMBER:+221771203344]],[[LOCATION:Kébémer]],450000,active
[[PERSON:Astou Ndoye]],[[PHONE_NUMBER:+221784410921]],[[LOCATION:Louga]],120000,suspended
[[PERSON:Ibra Fall]],[[PHONE_NUMBER:+221706623018]],[[LOCATION:Dahra]],900000,active""",
    """reg_no\tmother\tage\tvillage\tdelivery\toutcome\tweight_g
[[ID_NUMBER:MAT-25-0211]]\t[[PERSON:Fatoumata Keita]]\t[[AGE:24]]\t[[LOCATION:Siby]]\t[[DATE_TIME:2025-03-02]]\tlive birth\t3150
[[ID_NUMBER:MAT-25-0212]]\t[[PERSON:Oumou Coulibaly]]\t[[AGE:17]]\t[[LOCATION:Kati]]\t[[DATE_TIME:2025-03-02]]\tlive birth\t2480
[[ID_NUMBER:MAT-25-0213]]\t[[PERSON:Bintou Diarra]]\t[[AGE:38]]\t[[LOCATION:Kalaban Coro]]\t[[DATE_TIME:2025-03-03]]\ttwins\t2100/2250""",
    """| Name | Dept | Email | Ext | Start date |
|---|---|---|---|---|
| [[PERSON:Keisha Morgan]] | Finance | [[EMAIL_ADDRESS:kmorgan@brightlane.com]] | 4417 | [[DATE_TIME:2021-06-14]] |
| [[PERSON:Luis Ortega]] | Warehouse | [[EMAIL_ADDRESS:lortega@brightlane.com]] | 4420 | [[DATE_TIME:2023-01-09]] |
| [[PERSON:Priya Desai]] | IT | [[EMAIL_ADDRESS:pdesai@brightlane.com]] | 4502 | [[DATE_TIME:2024-10-21]] |""",
    """RECEIPT  SELLER              BUYER               HEAD  PRICE_XOF
0412     [[PERSON:Demba Sow]]           [[PERSON:Modou Thiam]]         3     1050000
0413     [[PERSON:Penda Ka]]            [[PERSON:Samba Ndiaye]]        1     410000
0414     [[PERSON:Amadou Bâ]]           [[PERSON:Cheikh Tidiane Seck]] 7     2380000""",
    """{"user": "[[USERNAME:ama_k]]", "name": "[[PERSON:Ama Kyei]]", "email": "[[EMAIL_ADDRESS:ama.kyei@gmail.com]]", "plan": "pro", "country": "[[LOCATION:Ghana]]"}
{"user": "[[USERNAME:tobi.dev]]", "name": "[[PERSON:Oluwatobi Ade]]", "email": "[[EMAIL_ADDRESS:tobi.ade@outlook.com]]", "plan": "free", "country": "[[LOCATION:Nigeria]]"}
{"user": "[[USERNAME:mwangi254]]", "name": "[[PERSON:Peter Mwangi]]", "email": "[[EMAIL_ADDRESS:pmwangi@yahoo.com]]", "plan": "team", "country": "[[LOCATION:Kenya]]"}""",
    """volunteers:
  - name: [[PERSON:Siobhan Kelly]]
    phone: "[[PHONE_NUMBER:+353 86 412 7730]]"
    county: [[LOCATION:Galway]]
    shifts: 3
  - name: [[PERSON:Tadhg Murphy]]
    phone: "[[PHONE_NUMBER:+353 87 220 1943]]"
    county: [[LOCATION:Mayo]]
    shifts: 1
  - name: [[PERSON:Adaeze Okonkwo]]
    phone: "[[PHONE_NUMBER:+353 83 017 5528]]"
    county: [[LOCATION:Galway]]
    shifts: 2""",
    """Guest: [[PERSON:Ravi Shankar Pillai]]
Room: 412
Check-in: [[DATE_TIME:2025-05-03 14:00]]
Passport: [[ID_NUMBER:Z4471902]]
Nationality: [[NRP:Indian]]

Guest: [[PERSON:Ingrid Solberg]]
Room: 415
Check-in: [[DATE_TIME:2025-05-03 16:40]]
Passport: [[ID_NUMBER:FK0281547]]
Nationality: [[NRP:Norwegian]]""",
    """nom;prénom;village;téléphone;NINA;bovins;ovins
[[PERSON:Diallo]];[[PERSON:Amadou]];[[LOCATION:Sofara]];[[PHONE_NUMBER:76 41 20 88]];[[ID_NUMBER:18201045003127H]];32;15
[[PERSON:Cissé]];[[PERSON:Mariam]];[[LOCATION:Djenné]];[[PHONE_NUMBER:66 18 07 42]];[[ID_NUMBER:19107222001864A]];8;40
[[PERSON:Barry]];[[PERSON:Hama]];[[LOCATION:Konna]];[[PHONE_NUMBER:79 02 55 13]];[[ID_NUMBER:17612093004410C]];110;0""",
    """| Ticket | Customer | Wallet | Amount (GMD) | Date | Status |
|--------|----------|--------|--------------|------|--------|
| GM-1182 | [[PERSON:Isatou Darboe]] | [[PHONE_NUMBER:+220 770 1184]] | 2,000 | [[DATE_TIME:03/04/2025]] | resolved |
| GM-1183 | [[PERSON:Pa Modou Secka]] | [[PHONE_NUMBER:+220 390 5521]] | 750 | [[DATE_TIME:03/04/2025]] | open |
| GM-1190 | [[PERSON:Jainaba Colley]] | [[PHONE_NUMBER:+220 614 0087]] | 12,500 | [[DATE_TIME:05/04/2025]] | escalated |""",
    """id,first_name,last_name,dob,ssn_last4,zip,state
1001,[[PERSON:Maria]],[[PERSON:Gonzalez]],[[DATE_TIME:1975-03-22]],4417,[[ZIP_CODE:85033]],[[LOCATION:AZ]]
1002,[[PERSON:Darnell]],[[PERSON:Price]],[[DATE_TIME:1990-11-08]],0923,[[ZIP_CODE:30318]],[[LOCATION:GA]]
1003,[[PERSON:Huong]],[[PERSON:Le]],[[DATE_TIME:1968-07-30]],7751,[[ZIP_CODE:77036]],[[LOCATION:TX]]""",
    """NHS No       | Patient          | DOB        | Appointment       | Clinician
[[ID_NUMBER:729 104 3859]] | [[PERSON:Amira Yusuf]]      | [[DATE_TIME:02/02/1988]] | [[DATE_TIME:12/05/2025 10:20]]  | [[PERSON:Dr. Helen Marsh]]
[[ID_NUMBER:401 023 2137]] | [[PERSON:Gabriel Mensah]]   | [[DATE_TIME:19/09/1961]] | [[DATE_TIME:12/05/2025 10:40]]  | [[PERSON:Dr. Helen Marsh]]""",
    """adm_no\tname\tgender\tdob\tcounty\tguardian_phone
[[ID_NUMBER:KHS/2021/0418]]\t[[PERSON:Faith Chebet]]\tF\t[[DATE_TIME:2008-04-03]]\t[[LOCATION:Uasin Gishu]]\t[[PHONE_NUMBER:0722 318 440]]
[[ID_NUMBER:KHS/2021/0419]]\t[[PERSON:Abdi Hassan Noor]]\tM\t[[DATE_TIME:2007-12-19]]\t[[LOCATION:Garissa]]\t[[PHONE_NUMBER:0711 902 675]]
[[ID_NUMBER:KHS/2021/0422]]\t[[PERSON:Kevin Mutua]]\tM\t[[DATE_TIME:2008-01-27]]\t[[LOCATION:Machakos]]\t[[PHONE_NUMBER:0733 450 128]]""",
    """STAFF NO   NAME                 BANK ACCT    NET PAY (NGN)
[[ID_NUMBER:LG-00771]]   [[PERSON:Aisha Bello]]          [[ID_NUMBER:0123948871]]   312,400.00
[[ID_NUMBER:LG-00772]]   [[PERSON:Emeka Nwankwo]]        [[ID_NUMBER:2049117365]]   287,950.00
[[ID_NUMBER:LG-00790]]   [[PERSON:Halima Yakubu]]        [[ID_NUMBER:3110475528]]   401,000.00""",
    """{"to": "[[PHONE_NUMBER:+221773401128]]", "name": "[[PERSON:Coumba Diop]]", "visit": "[[DATE_TIME:2025-06-03]]", "type": "CPN3", "lang": "wo"}
{"to": "[[PHONE_NUMBER:+221786610453]]", "name": "[[PERSON:Adja Sarr]]", "visit": "[[DATE_TIME:2025-06-03]]", "type": "CPN1", "lang": "fr"}
{"to": "[[PHONE_NUMBER:+221762290017]]", "name": "[[PERSON:Ramata Ly]]", "visit": "[[DATE_TIME:2025-06-04]]", "type": "PNC", "lang": "ff"}""",
    """guest,card_number,exp,nights,rate_usd
[[PERSON:Sarah Goldberg]],[[CREDIT_CARD:5167 3200 4918 7750]],10/27,3,189
[[PERSON:Omar Farouk]],[[CREDIT_CARD:4111 7734 0982 2657]],02/26,2,215
[[PERSON:Chen Jing]],[[CREDIT_CARD:5424 1873 6609 1249]],06/28,5,179""",
    """emergency_contacts:
  [[PERSON:Jonas Becker]]:
    contact: [[PERSON:Lena Becker]]
    relation: spouse
    phone: "[[PHONE_NUMBER:+49 151 2240 7781]]"
  [[PERSON:Nomvula Dlamini]]:
    contact: [[PERSON:Sizwe Dlamini]]
    relation: brother
    phone: "[[PHONE_NUMBER:+27 73 118 4406]]"
  [[PERSON:Marco Rossi]]:
    contact: [[PERSON:Giulia Rossi]]
    relation: mother
    phone: "[[PHONE_NUMBER:+39 347 551 2093]]\"""",
    """Tenant: [[PERSON:Mr. Dale Fitzgerald]]
Unit: [[ADDRESS:Apt 2, 118 Harbour Street]], [[LOCATION:Halifax]], [[LOCATION:NS]] [[ZIP_CODE:B3H 1T4]]
Lease start: [[DATE_TIME:1 September 2023]]
Rent: 1,650 CAD
Arrears: 0

Tenant: [[PERSON:Ms. Anjali Rao]]
Unit: [[ADDRESS:Apt 5, 118 Harbour Street]], [[LOCATION:Halifax]], [[LOCATION:NS]] [[ZIP_CODE:B3H 1T4]]
Lease start: [[DATE_TIME:15 January 2024]]
Rent: 1,720 CAD
Arrears: 1,720""",
    """| Attendee | Nationality | Handle | Session |
| --- | --- | --- | --- |
| [[PERSON:Mamadou Sakho]] | [[NRP:Senegalese]] | @[[USERNAME:msakho_data]] | Mobile money APIs |
| [[PERSON:Awa Konaté]] | [[NRP:Ivorian]] | @[[USERNAME:awakonate]] | Credit scoring |
| [[PERSON:Lamin Fatty]] | [[NRP:Gambian]] | @[[USERNAME:laminfatty_gm]] | Agent networks |""",
    """N°;Nom de l'enfant;Sexe;Date de naissance;Mère;Père;Quartier
17;[[PERSON:Mamadou Aliou Diallo]];M;[[DATE_TIME:04/02/2025]];[[PERSON:Kadiatou Bah]];[[PERSON:Ibrahima Sory Diallo]];[[LOCATION:Hamdallaye]]
18;[[PERSON:Fanta Camara]];F;[[DATE_TIME:05/02/2025]];[[PERSON:Sayon Keïta]];[[PERSON:Lansana Camara]];[[LOCATION:Koloma]]
19;[[PERSON:Mariama Soumah]];F;[[DATE_TIME:05/02/2025]];[[PERSON:Aïssata Sylla]];[[PERSON:Alpha Soumah]];[[LOCATION:Dixinn]]""",
    """employee\tlaptop_mac\tassigned_ip\tfloor
[[PERSON:Grace Liu]]\t3c:22:fb:91:4e:07\t[[IP_ADDRESS:10.20.3.41]]\t3
[[PERSON:Tomasz Wójcik]]\tf0:18:98:2a:c5:bd\t[[IP_ADDRESS:10.20.3.42]]\t3
[[PERSON:Fatima Al-Sayed]]\t8c:85:90:77:10:e2\t[[IP_ADDRESS:10.20.4.17]]\t4""",
    """DRIVER              LICENCE        TRUCK PLATE    HERD OWNER          HEAD  ROUTE
[[PERSON:Babou Ndiaye]]        [[ID_NUMBER:SN-DK-118204]]   [[ID_NUMBER:TH-2290-B]]      [[PERSON:Ousmane Sall]]        24    [[LOCATION:Linguère]] - [[LOCATION:Dakar]]
[[PERSON:Malick Cissé]]        [[ID_NUMBER:SN-LG-077139]]   [[ID_NUMBER:LG-0471-A]]      [[PERSON:Yoro Dia]]            18    [[LOCATION:Dahra]] - [[LOCATION:Touba]]""",
    """{"contact": "[[PERSON:Nia Thompson]]", "title": "VP Partnerships", "linkedin": "[[URL:https://www.linkedin.com/in/niathompson]]", "email": "[[EMAIL_ADDRESS:nia.thompson@orbitpay.io]]"}
{"contact": "[[PERSON:Kofi Annor]]", "title": "Head of Risk", "linkedin": "[[URL:https://linkedin.com/in/kofi-annor-71b3a2]]", "email": "[[EMAIL_ADDRESS:k.annor@orbitpay.io]]"}
{"contact": "[[PERSON:Sofia Marques]]", "title": "Product Lead", "linkedin": null, "email": "[[EMAIL_ADDRESS:sofia.marques@orbitpay.io]]"}""",
    """name,sin,province,postal_code,hourly_rate
[[PERSON:Mathieu Tremblay]],[[ID_NUMBER:527-814-032]],[[LOCATION:QC]],[[ZIP_CODE:G1R 2L3]],24.50
[[PERSON:Harjit Gill]],[[ID_NUMBER:046-291-837]],[[LOCATION:BC]],[[ZIP_CODE:V3W 1H5]],27.00""",
    """| # | Player | Age | Position | Phone |
|---|--------|-----|----------|-------|
| 9 | [[PERSON:Ebou Bojang]] | [[AGE:19]] | Striker | [[PHONE_NUMBER:792 4410]] |
| 4 | [[PERSON:Pa Alieu Jobe]] | [[AGE:23]] | Centre-back | [[PHONE_NUMBER:351 0782]] |
| 1 | [[PERSON:Musa Kah]] | [[AGE:28]] | Goalkeeper | [[PHONE_NUMBER:704 6631]] |""",
    """Applicant: [[PERSON:Bintou Jawo]]
Passport no.: [[ID_NUMBER:PC1029384]]
Date of birth: [[DATE_TIME:21/06/1991]]
Collection office: [[LOCATION:Banjul]]
Status: ready for collection

Applicant: [[PERSON:Omar Sanneh]]
Passport no.: [[ID_NUMBER:PC1029411]]
Date of birth: [[DATE_TIME:09/10/1985]]
Collection office: [[LOCATION:Basse]]
Status: biometrics pending""",
    """payee,role,iban,amount_eur
[[PERSON:Camille Dubois]],translator,[[IBAN_CODE:FR7610278078100002047152111]],640.00
[[PERSON:Pieter Janssens]],illustrator,[[IBAN_CODE:BE20063041886756]],1200.00
[[PERSON:Sarah O'Neill]],copy editor,[[IBAN_CODE:GB47MIDL40051572846039]],385.50""",
    """member_no\tmember\tlitres_week\tpayment_wallet\tcollection_point
[[ID_NUMBER:LPC-0114]]\t[[PERSON:Aïssatou Sow]]\t62\t[[PHONE_NUMBER:77 215 40 09]]\t[[LOCATION:Ndioum]]
[[ID_NUMBER:LPC-0121]]\t[[PERSON:Dado Ba]]\t48\t[[PHONE_NUMBER:76 380 12 54]]\t[[LOCATION:Guédé]]
[[ID_NUMBER:LPC-0133]]\t[[PERSON:Houleye Kane]]\t35\t[[PHONE_NUMBER:78 504 66 21]]\t[[LOCATION:Ndioum]]""",
    """| Owner | Pet | Species | Phone | Next visit |
|-------|-----|---------|-------|------------|
| [[PERSON:Hannah Clarke]] | Bramble | cat | [[PHONE_NUMBER:07700 900 122]] | [[DATE_TIME:14 Jun]] |
| [[PERSON:Deepak Sharma]] | Coco | dog | [[PHONE_NUMBER:07700 900 877]] | [[DATE_TIME:2 Jul]] |
| [[PERSON:Ewa Nowak]] | Pimpek | rabbit | [[PHONE_NUMBER:07700 900 561]] | [[DATE_TIME:9 Jul]] |""",
    """oncall:
  week_23:
    primary: {name: [[PERSON:Ahmed Raza]], phone: "[[PHONE_NUMBER:+92 300 418 2271]]"}
    secondary: {name: [[PERSON:Julia Santos]], phone: "[[PHONE_NUMBER:+55 11 98412 3377]]"}
  week_24:
    primary: {name: [[PERSON:Kenji Watanabe]], phone: "[[PHONE_NUMBER:+81 90 4471 2086]]"}
    secondary: {name: [[PERSON:Ahmed Raza]], phone: "[[PHONE_NUMBER:+92 300 418 2271]]"}""",
    """applicant,age,current_address,suburb,state,postcode,weekly_income
[[PERSON:Jack Nguyen]],[[AGE:27]],[[ADDRESS:14/88 Victoria Road]],[[LOCATION:Marrickville]],[[LOCATION:NSW]],[[ZIP_CODE:2204]],1850
[[PERSON:Olivia Brown]],[[AGE:31]],[[ADDRESS:3 Wattle Close]],[[LOCATION:Werribee]],[[LOCATION:VIC]],[[ZIP_CODE:3030]],2100
[[PERSON:Mohammed Al-Hassan]],[[AGE:45]],[[ADDRESS:Unit 2, 9 Park Street]],[[LOCATION:Auburn]],[[LOCATION:NSW]],[[ZIP_CODE:2144]],2600""",
    """{"ts": "[[DATE_TIME:2025-04-02T07:14:09Z]]", "user": "[[USERNAME:ndeye.faye]]", "ip": "[[IP_ADDRESS:41.82.160.33]]", "result": "success"}
{"ts": "[[DATE_TIME:2025-04-02T07:15:51Z]]", "user": "[[USERNAME:moustapha.k]]", "ip": "[[IP_ADDRESS:154.125.10.201]]", "result": "bad_password"}
{"ts": "[[DATE_TIME:2025-04-02T07:15:58Z]]", "user": "[[USERNAME:moustapha.k]]", "ip": "[[IP_ADDRESS:154.125.10.201]]", "result": "success"}""",
    """CAND NO    CANDIDATE               SUBJECT        GRADE
[[ID_NUMBER:GM0412018]]  [[PERSON:Sainabou Cham]]           Mathematics    B
[[ID_NUMBER:GM0412019]]  [[PERSON:Alagie Marong]]           Biology        A
[[ID_NUMBER:GM0412027]]  [[PERSON:Nyima Kujabi]]            English        C""",
    """prénom_nom,CNI,téléphone,commune,montant
[[PERSON:Khoudia Diouf]],[[ID_NUMBER:2 171 1986 00419]],[[PHONE_NUMBER:77 440 18 92]],[[LOCATION:Foundiougne]],35000
[[PERSON:Aliou Ndour]],[[ID_NUMBER:1 171 1979 02233]],[[PHONE_NUMBER:78 220 71 45]],[[LOCATION:Sokone]],35000
[[PERSON:Ngoné Faye]],[[ID_NUMBER:2 171 1990 01108]],[[PHONE_NUMBER:76 503 14 80]],[[LOCATION:Passy]],35000""",
    """| Table | Guest | Meal | Plus one |
|-------|-------|------|----------|
| 1 | Auntie [[PERSON:Comfort]] | vegetarian | no |
| 1 | Uncle [[PERSON:Kwaku]] | standard | [[PERSON:Adwoa]] |
| 4 | [[PERSON:Rachel Goldstein]] | kosher | [[PERSON:Eli Goldstein]] |""",
    """Patient: [[PERSON:Kadiatu Kamara]]
ANC card: [[ID_NUMBER:KNM-ANC-0773]]
Age: [[AGE:20]]
Chiefdom: [[LOCATION:Nimikoro]]
LMP: [[DATE_TIME:14 Dec 2024]]
Next visit: [[DATE_TIME:20 May 2025]]

Patient: [[PERSON:Isatu Bangura]]
ANC card: [[ID_NUMBER:KNM-ANC-0781]]
Age: [[AGE:35]]
Chiefdom: [[LOCATION:Gbense]]
LMP: [[DATE_TIME:2 Jan 2025]]
Next visit: [[DATE_TIME:22 May 2025]]""",
]

CHAT = [
    """Wave Support: Hello, you're chatting with [[PERSON:Binta]]. How can I help?
[[PERSON:Ousman Jammeh]]: hi i sent 3000 dalasi to a wrong number this morning
[[PERSON:Binta]]: Sorry to hear that, [[PERSON:Ousman]]. Which number did you send from, and which one did it go to?
[[PERSON:Ousman Jammeh]]: from [[PHONE_NUMBER:7718820]] to [[PHONE_NUMBER:7718802]], it was meant for my brother [[PERSON:Ebrima]]
[[PERSON:Binta]]: Thank you. To verify you, please give your date of birth and ID number.
[[PERSON:Ousman Jammeh]]: [[DATE_TIME:12/08/1993]], [[ID_NUMBER:2214098]]
[[PERSON:Binta]]: Thanks. I've opened case WV-GM-55102 and the receiving wallet is on hold until we reach its owner.""",
    """[04:12] [[PERSON:Moustapha Diop]]: Alhamdulillah!! [[PERSON:Ndèye]] gave birth at the maternity in [[LOCATION:Pikine]], a baby girl, 3.4 kg
[04:13] Tata [[PERSON:Aïda]]: Masha Allah 😍 how is the mother?
[04:15] [[PERSON:Moustapha Diop]]: tired but fine. The naming ceremony is on [[DATE_TIME:Monday 12 May]], she will be called [[PERSON:Adja Khady]] after my mother
[04:20] [[PERSON:Cheikh]]: Congrats brother! Send the Wave number for the contributions
[04:21] [[PERSON:Moustapha Diop]]: [[PHONE_NUMBER:77 618 23 40]] (in [[PERSON:Ndèye]]'s name)""",
    """#ops-payouts
[[PERSON:Priya Raman]] 9:02 AM: @[[USERNAME:dan.k]] the payout to [[PERSON:Hector Alvarez]] bounced again, account [[ID_NUMBER:000123987654]] looks closed
[[PERSON:Dan Kowalczyk]] 9:05 AM: yeah he emailed from [[EMAIL_ADDRESS:h.alvarez.tx@gmail.com]], new account is [[ID_NUMBER:000481229013]], routing 111000025
[[PERSON:Priya Raman]] 9:06 AM: verify by phone first, he's on [[PHONE_NUMBER:(512) 555-0187]]
[[PERSON:Dan Kowalczyk]] 9:20 AM: done, he confirmed DOB [[DATE_TIME:3/14/1982]] and the last four of his SSN, updating now""",
    """Aynaaɓe [[LOCATION:Ferlo]] (WhatsApp)
[[PERSON:Samba Dia]]: Jam waali. Ngaari am ndaneeri majjii hanki ka [[LOCATION:Widou Thiengoly]]. Kala on yi'uɗo nde, noddee kam e [[PHONE_NUMBER:77 540 18 36]].
[[PERSON:Hamath Ka]]: Mi yi'ii ngaari ndaneeri hannde ka luumo [[LOCATION:Barkedji]]. Noddu [[PERSON:Yero Bâ]] e [[PHONE_NUMBER:77 905 31 62]], kanko woni ton.
[[PERSON:Samba Dia]]: Jaaraama [[PERSON:Hamath]]!""",
    """FirstAssist: Welcome! Please enter your account number.
User: [[ID_NUMBER:3012874419]]
FirstAssist: Thank you, [[PERSON:Chidinma]]. How may we help you today?
[[PERSON:Chidinma Okeke]]: I want to change my phone number from [[PHONE_NUMBER:08034417720]] to [[PHONE_NUMBER:09061228375]]
FirstAssist: Connecting you to an agent...
[[PERSON:Tunde]] (agent): Good afternoon ma. Kindly confirm your BVN and date of birth.
[[PERSON:Chidinma Okeke]]: [[ID_NUMBER:22184409173]], [[DATE_TIME:19 June 1991]]
[[PERSON:Tunde]] (agent): Thank you. An OTP has been sent to the new line; please visit any branch with a valid ID to complete the change.""",
    """Courier ([[PERSON:Rahul]]): I'm outside [[ADDRESS:Flat 12B, Kensington Tower, 7 Harbour Road]], [[LOCATION:Wan Chai]], but the guard won't let me up
Customer ([[PERSON:Tasha Williams]]): so sorry! call me on [[PHONE_NUMBER:+852 9123 8804]] and I'll come down
Courier ([[PERSON:Rahul]]): ok calling now
Customer ([[PERSON:Tasha Williams]]): coming, 2 min""",
    """Conseiller [[PERSON:Adama]] : Bonjour, comment puis-je vous aider ?
[[PERSON:Kadiatou Traoré]] : Bonjour, mon fils a envoyé 50 000 F sur mon numéro [[PHONE_NUMBER:74 21 08 63]] hier mais je n'ai rien reçu.
Conseiller [[PERSON:Adama]] : Pouvez-vous me donner votre numéro NINA et votre date de naissance ?
[[PERSON:Kadiatou Traoré]] : [[ID_NUMBER:18611074002238F]], née le [[DATE_TIME:7 novembre 1986]]
Conseiller [[PERSON:Adama]] : Merci [[TITLE:Mme]] [[PERSON:Traoré]]. Le transfert de [[PERSON:Bourama]] ([[PHONE_NUMBER:66 90 14 27]]) est en attente, il sera débloqué dans l'heure.""",
    """[[PERSON:Sophie]] ([[PERSON:Mia]]'s mum): Does anyone have [[PERSON:Mrs Patel]]'s email? The reading log link is broken
[[PERSON:Kemi]]: it's [[EMAIL_ADDRESS:r.patel@oakfieldprimary.org.uk]]
[[PERSON:Sophie]] ([[PERSON:Mia]]'s mum): thanks! Also [[PERSON:Mia]]'s party is [[DATE_TIME:Sat 14th, 2-4pm]] at [[ADDRESS:22 Elm Grove]], RSVP to [[PHONE_NUMBER:07823 440 119]]
[[PERSON:Dev]] ([[PERSON:Arjun]]'s dad): we'll be there 🎉""",
]

LOOKALIKE = [
    """Your order SN-2025-004471 has shipped. Tracking: 1Z999AA10123456784. Invoice INV-88213 is attached. Items: 2 x SKU ZB-4471-BLK (phone case), 1 x ISBN 978-2-7427-1023-2. Device firmware 10.4.221.7 is required for the case's NFC tag. Questions? Call +1 800 555 0199 or write to orders@zebrashop.com. Our returns warehouse is on Martin Luther King Jr. Boulevard.""",
    """DAHRA LIVESTOCK MARKET - WEEKLY BULLETIN, WEEK 14
Head sold: 1,842 cattle, 3,115 sheep and goats. Average price for a zebu bull: 412,000 XOF.
Lot numbers DH-14-0018 to DH-14-0452. Veterinary certificates VET/LGA/2025/0412 to 0530. Ear tags SN-LG-004412 onward.
Toll-free hotline 800 00 44 44; info@dahra-market.sn; market office on Avenue Alboury Ndiaye.
Bulletin compiled by [[PERSON:Mamadou Lamine Ndiaye]] ([[PHONE_NUMBER:77 318 09 26]]).""",
    """Release 2.14.0 (build 10.0.19045.3803)
- Bumped the bundled OpenSSL to 3.0.13 (CVE-2024-0727).
- Default listen address is still 0.0.0.0:8443; config schema v4.12.1.9.
- Commit a3f5c9e1, tarball sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08.
- Serial range for the new hardware keys: HK-2025-000412 to HK-2025-001200.
Thanks to [[PERSON:Aïcha Bâ]] ([[USERNAME:aicha-ba]]) for reporting the crash on the 4.12 config.""",
    """Transfert de 25 000 F vers le [[PHONE_NUMBER:77 501 22 48]] ([[PERSON:Aminata Ba]]) réussi. ID : CI250312.1134.B42117. Frais : 250 F. Nouveau solde : 12 400 F. Code marchand 40218. Pour annuler, composez le #144#391# dans les 10 minutes. Service client : 1441 (gratuit).""",
    """MATERNITY UNIT - VISITOR INFORMATION
Labour ward: Princess Mary Wing, floor 3, beds 1-24. Postnatal ward: Florence Nightingale Ward, floor 4.
Visiting hours 14:00-20:00. Switchboard 020 7188 7188, ext. 4417. Enquiries: maternity.enquiries@gstt.nhs.uk.
Vaccines in stock: BCG lot 4471B, Hep B lot HB-2210. Forms: MAT-07, MAT-12.
Ward manager: [[PERSON:Joyce Adeyemi]].""",
    """STATEMENT ST-2025-03-004417
Account holder: [[PERSON:Mr J. Okafor]]
Sort code 20-45-77 | BIC BARCGB22 | Card ending 4417
Cheques 000412-000418 presented. Standing order to Council Tax, reference 7730019284. Direct debit to Thames Water, reference TW-118-220-4471.
Branch: 1 Churchill Place. Lost cards: 0345 734 5345.""",
    """Reading list for the seminar: Donoghue v Stevenson; the Kwame Nkrumah Memorial Lecture; a note on Alzheimer's and Parkinson's care in [[LOCATION:Dakar]] hospitals. Meet at Cheikh Anta Diop University, then the bus to Blaise Diagne airport via Avenue Léopold Sédar Senghor. Room booking ref RB-0412; policy POL-7730-221. Please tell the coordinator, [[PERSON:Fatou Jagne]], if you cannot attend.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind133", STYLES, OUT)


if __name__ == "__main__":
    main()

"""Build tests/data/blind5.jsonl: a fifth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind5.py

Blind: written without reading the detector (minimize/detection/, recognizers/),
its tests, or the records of the other gold sets (handwritten.jsonl,
blind.jsonl, blind_table/, blind2.jsonl, blind3.jsonl, blind4.jsonl, and the
record lists inside the make_*.py scripts); only the docstrings of
make_blind3.py and make_blind4.py, the helper code of make_blind4.py outside
its records, and the `parse()` helper of make_handwritten.py were read, to keep
the conventions and the file format. Do not tune the detector against this
file; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code. Only the
offsets are computed, by `parse()` from make_handwritten.py, which strips the
inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs pass mod-97
with the right length for their country (check digits worked out by
hand-run code while writing, not generated here; `gold_sets.check` re-checks them and
refuses a bad one).

Styles (ids `blind5-<style>-NNN`, 50 records each):
- `gen`: one to three sentences of the kind found in public "LLM-generated PII
  sentence" datasets (ai4privacy pii-masking, gretel synthetic PII) on
  banking, insurance, healthcare, travel, HR, legal, education, telecom, real
  estate, government, gaming, dating apps, logistics and charity donations,
  with one to five PII values each: first names alone, surnames alone after
  an honorific, lowercase names, names that are also ordinary words, initials,
  names from many cultures, a few in native script.
- `form`: semi-structured text: key/value blocks, pipe and tab separated
  rows, CSV lines, log lines, JSON / YAML / vCard / SQL snippets, form
  submissions and slips, with labels in English, Spanish, French, German,
  Portuguese, Italian and Dutch.
- `doc`: longer texts (letters, referrals, discharge notes, insurance claims,
  police reports and statements, HR grievance and disciplinary write-ups,
  school reports, court and tribunal summaries, obituaries, minutes, case
  notes) with four to ten PII values each, places named without a kind word,
  relatives by first name, ages and dates in many shapes.
- `chat`: informal messages: lowercase, typos, emoji, slang, voice-to-text
  run-ons, handles, nicknames, loosely written phone numbers, partial
  addresses; a few not in English.
- `lookalike`: mostly non-PII text full of look-alikes (order / invoice /
  tracking numbers, versions shaped like IP addresses, amounts, room numbers,
  product, brand and company names built on people's names, eponyms,
  chemical formulas, flight numbers, creditor references shaped like IBANs),
  with the few real PII values labeled; many records have none.

Labeling conventions (as in make_blind3.py and make_blind4.py):
- PERSON: any part of a name, lowercase or not, any script, initials; a
  possessive "'s" (or a bare genitive "s") is outside. Nicknames are PERSON.
  TITLE: honorifics and ranks attached to a name (Mr, Ms., Mrs, Miss, Dr,
  Prof., Mme, M., Sr., Frau, Herr, Dott., Prof.ª, and passenger-list MR / MS
  / MSTR), labeled apart from the name. Job titles are not TITLE; Japanese
  "様", Korean vocative "아" and family words ("mum", "auntie", "sis") stay
  outside and unlabeled.
- ADDRESS: number + street (+ apt/unit/flat/suite/floor/bus), PO boxes,
  house and building names in an address. A unit alone ("flat 302") is not
  an ADDRESS. City, district, state/province (also abbreviated), county,
  country and named neighbourhoods are LOCATION. Postal codes of every shape
  are ZIP_CODE ("C.P." and "CEP" labels outside).
- DATE_TIME: calendar dates of a person or their event (birth, death,
  admission, appointment, move, signature, letter, donation), with a day or
  month, in any shape; not bare years, weekdays, clock times or durations. A
  weekday in front of a date is outside the span.
- AGE: the number only (digits or words), also inside "29F"; not pets' ages.
  USERNAME: handle without "@" (payment-app tags included). URL: personal
  pages and profiles only. NRP: a person's nationality, religion or political
  group (not a language, not a dietary label).
- ID_NUMBER: national / tax ids, MRNs, health and social-security numbers,
  insurance member ids, bank account numbers, employee / payroll / student /
  customer / supporter / membership / loyalty / frequent-flyer ids tied to a
  person, non-US passports, residence permits and licences, plates.
- US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD, IBAN_CODE, IP_ADDRESS,
  PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled on purpose: BIC/SWIFT, sort and routing numbers, CVV and expiry,
  order / invoice / ticket / case / claim / booking / tracking / flight /
  penalty-notice numbers, prices, percentages, versions, years, clock times,
  room / ward / bed / desk / extension numbers, product, model, serial, lot
  and part codes, ISBNs, CAS numbers, MAC addresses, coordinates, aircraft
  registrations, meeting ids and passcodes, PUKs, door codes, creditor
  references, company and product names, role mailboxes, company websites,
  emergency numbers, partial numbers ("card ending 7731", "last four 4419"),
  pets' names and ages.
- Judgement calls for this set: eponyms and brands built on a person's name
  (a disease, algorithm, unit, shop, brand, room, hospital or building named
  after someone, "Dr Martens", "Mrs. Fields") are not PERSON, and titles
  inside them are not TITLE; a public person named as such is PERSON. A
  street named after a person is part of its ADDRESS when it has a number,
  and unlabeled otherwise. Place names inside organisation names ("University
  of Lagos", "Glasgow Coma Scale") are not LOCATION. Dates not tied to a
  person (release dates, offer ends) are not labeled. A street address of a
  company site is still ADDRESS, and a city named as the site of a hub or
  office is still LOCATION. Every IP address is labeled, private ones
  included; log lines carry clock times only. A suspect's estimated age
  ("about 30") is AGE.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_sets import write_set

OUT = Path(__file__).with_name("blind5.jsonl")

GEN = [
    "Please move the remaining balance into [[PERSON:Ngozi]]'s savings account, [[IBAN_CODE:GB49 HBUK 4012 7645 2190 83]], before the quarter closes.",
    "Policyholder [[PERSON:Tariq Al-Mansouri]] phoned about the cracked windscreen on [[DATE_TIME:14 February 2024]] and would like a call back on [[PHONE_NUMBER:+971 50 318 4472]] after five.",
    "Dear [[TITLE:Ms.]] [[PERSON:Okonkwo]], the cardiology clinic has had to move your echocardiogram to Thursday [[DATE_TIME:9 May]], same time, same building.",
    "Could somebody check whether [[PERSON:hope]] still wants the aisle seat on the [[LOCATION:Lisbon]] leg, or did she swap with [[PERSON:Marcus]]?",
    "[[TITLE:Herr]] [[PERSON:Brandt]] would rather the refund went back to [[IBAN_CODE:DE88 7015 0000 0031 8462 07]] than to the card ending 7731.",
    "The lease for [[ADDRESS:Flat 11, 62 Holloway Road]], [[LOCATION:London]] [[ZIP_CODE:N7 8JL]] was countersigned by the tenant, [[PERSON:Priya Raghunathan]], on [[DATE_TIME:1 March 2023]].",
    "An extension to [[DATE_TIME:22 November]] has been granted to [[PERSON:Bùi Thị Lan]] (student no. [[ID_NUMBER:S2291407]]) for the dissertation draft.",
    "Somebody signed into [[PERSON:will]]'s account from [[IP_ADDRESS:185.220.101.47]] at 3am, so the studio froze it until he resets his password.",
    "Every month since the floods, [[PERSON:Aroha Ngata]] from [[LOCATION:Rotorua]] has given forty dollars to the appeal on the card [[CREDIT_CARD:4517 6203 0094 8778]].",
    "I matched with [[PERSON:Jae-won]] on [[DATE_TIME:3 August]] and he has texted me from [[PHONE_NUMBER:010-4829-3317]] every single night since, which is either sweet or alarming.",
    "Customs is holding the parcel addressed to [[PERSON:Kowalczyk]], [[ADDRESS:ul. Piotrkowska 118/4]], [[ZIP_CODE:90-006]] [[LOCATION:Łódź]], until he supplies his PESEL, [[ID_NUMBER:85041213578]].",
    "Loss adjuster's note: the claimant, [[PERSON:Grace Mwangi]] ([[AGE:41]]), says the pipe under her sink burst during the night of [[DATE_TIME:2 January]] while she was away in [[LOCATION:Mombasa]].",
    "会員の[[PERSON:佐藤 美咲]]様より、登録メールアドレスを[[EMAIL_ADDRESS:misaki.sato88@docomo.ne.jp]]へ変更したいとのご連絡がありました。生年月日[[DATE_TIME:1988年7月14日]]で本人確認済みです。",
    "[[PERSON:Bill]] in accounts thinks invoice INV-20931 was paid twice, so push the duplicate back to [[IBAN_CODE:NL63INGB0006172839]] once finance signs it off.",
    "Reminder for line managers: [[PERSON:Summer Castellanos]] (employee [[ID_NUMBER:E-004817]]) has her six-month probation review on [[DATE_TIME:2024-07-15]].",
    "Someone asked for a SIM swap on [[PHONE_NUMBER:+234 803 555 0142]] claiming to be [[PERSON:Chukwuemeka Eze]], but the date of birth they gave, [[DATE_TIME:11/06/1979]], did not match what we hold.",
    "The second viewing for [[PERSON:Mateus]] and [[PERSON:Luíza Ferreira]] at the two-bedroom on [[ADDRESS:Rua da Consolação, 2304, apto 71]], [[LOCATION:São Paulo]], is confirmed for Saturday [[DATE_TIME:8 June]].",
    "[[TITLE:Sr.]] [[PERSON:Haddad]], hemos recibido su solicitud de renovación; indique su NIE, [[ID_NUMBER:Y4829173K]], en toda la correspondencia con la oficina de [[LOCATION:Málaga]].",
    "Player [[USERNAME:xX_Valkyrie_Xx]] was banned for chargeback fraud; the account was registered to [[EMAIL_ADDRESS:freya.lindqvist@gmail.com]] and she streams at [[URL:https://twitch.tv/valkyrie_freya]].",
    "[[PERSON:Rangi]], [[AGE:29]], loves tramping and flat whites and would like to meet someone within an hour of [[LOCATION:Wellington]].",
    "Our driver couldn't find [[ADDRESS:7B Wharf Lane]] in [[LOCATION:Hull]]; the recipient, [[PERSON:O. Adeyemi]], isn't answering [[PHONE_NUMBER:07700 900 562]], so the parcel is back at the depot.",
    "We received £250 from [[TITLE:Dr]] [[PERSON:Anjali Desai]] in memory of her father, [[PERSON:Ramesh]], who was cared for at the hospice last winter.",
    "Statements for [[PERSON:Sigrid Haugen]] still go to [[ADDRESS:Thorvald Meyers gate 51]], [[ZIP_CODE:0555]] [[LOCATION:Oslo]], even though she closed [[IBAN_CODE:NO95 1503 6218 493]] last spring.",
    "[[PERSON:Delroy Campbell]] (MRN [[ID_NUMBER:7730194]]) is allergic to penicillin; his daughter [[PERSON:Keisha]] holds lasting power of attorney.",
    "[[PERSON:Yusuf Demir]] is travelling on passport [[ID_NUMBER:U18374562]]; he was born on [[DATE_TIME:23.09.1990]] in [[LOCATION:Trabzon]].",
    "Opposing counsel served the papers on [[TITLE:Mme]] [[PERSON:Lefèvre]] at her chambers at [[ADDRESS:27 boulevard Haussmann]] rather than at her home in [[LOCATION:Neuilly]].",
    "[[PERSON:Faith]] scored a 7 in the mock, and her dad wants her entered for the higher paper on [[DATE_TIME:3 June 2025]].",
    "The hatchback with plate [[ID_NUMBER:KA 05 MN 4421]] is registered to [[PERSON:Venkatesh Iyer]] of [[LOCATION:Jayanagar]], [[LOCATION:Bengaluru]].",
    "أرسل [[PERSON:أحمد الحربي]] طلب تحويل إلى الآيبان [[IBAN_CODE:SA6610000001234987650013]] من رقم جواله [[PHONE_NUMBER:0551234876]].",
    "[[PERSON:Дмитрий Соколов]] просит перенести приём к стоматологу на [[DATE_TIME:12 марта]], его номер [[PHONE_NUMBER:+7 916 204-83-17]].",
    "Pakisabi kay [[PERSON:Maricel]] na aprubado na ang loan niya; padadalhan namin siya ng SMS sa [[PHONE_NUMBER:0917 845 2260]] bago ang [[DATE_TIME:Hulyo 15]].",
    "Handover signed by [[PERSON:J.K.]] at the end of the night shift; the worry about bed 14 was passed to [[PERSON:Tomasz]].",
    "The [[PERSON:Fonoti]] family's claim: [[PERSON:Sione]], [[AGE:52]], and his wife [[PERSON:Mele]] lost most of their roof when the cyclone crossed [[LOCATION:Upolu]].",
    "HR note: the exit interview with [[PERSON:Ray Cash]] is on [[DATE_TIME:3/14]], so please have his final payslip ready by then.",
    "The port-out of [[PHONE_NUMBER:(503) 555-0187]] was authorised by the account holder, [[PERSON:Ximena Ruiz-Tagle]], who also asked us to remove the autopay card [[CREDIT_CARD:6011 0493 7728 8155]].",
    "According to the W-9, [[PERSON:Darnell Whitaker]]'s SSN is [[US_SSN:412-67-0938]] and his mailing address is [[ADDRESS:PO Box 2291]], [[LOCATION:Tulsa]], [[LOCATION:OK]] [[ZIP_CODE:74101]].",
    "[[PERSON:kwame]] said just send the deposit on the app to [[USERNAME:kwame_boateng_gh]] and he'll sort the receipt out later.",
    "Personnumret för [[PERSON:Åsa Björklund]] är [[ID_NUMBER:870412-4431]] och lönen ska sättas in på [[IBAN_CODE:SE05 8000 0832 7900 0412 8371]].",
    "[[PERSON:Milica Petrović]] from [[LOCATION:Novi Sad]] renewed her gym membership with the card [[CREDIT_CARD:5306 1422 8873 9063]].",
    "La paciente [[PERSON:Guadalupe Ortiz]], de [[AGE:67]] años, ingresó el [[DATE_TIME:4 de enero]] con dolor torácico y vive sola en [[LOCATION:Oaxaca]].",
    "The caseworker notes that [[PERSON:Abdirahman]] is [[NRP:Somali]] and a practising [[NRP:Muslim]], and would like a female interpreter present for his wife.",
    "[[PERSON:Kayla Brooks]] renewed her U.S. passport, no. [[US_PASSPORT:548203917]], just in time for the trip to [[LOCATION:Costa Rica]].",
    "At the rental desk [[PERSON:Hunter]] handed over a Florida driver's license, [[US_DRIVER_LICENSE:W425-718-90-412-0]], that expired two weeks ago.",
    "请把签好的合同寄给[[PERSON:王建国]]，地址是[[LOCATION:上海市]][[LOCATION:徐汇区]][[ADDRESS:漕溪北路88号]]，手机[[PHONE_NUMBER:138 1762 4490]]。",
    "[[PERSON:Elif Şahin]] ile görüşme [[DATE_TIME:5 Haziran]] tarihine ertelendi; iade [[IBAN_CODE:TR04 0001 0002 0198 7364 5210 04]] numaralı hesaba yapılacak.",
    "The transfer of three shares from [[PERSON:mohammed rafiq]] to [[PERSON:sana rafiq]] still needs a witness signature.",
    "[[PERSON:Precious Dlamini]] last signed in from [[IP_ADDRESS:196.25.1.200]] in [[LOCATION:Durban]].",
    "The panel shortlisted [[PERSON:Oluwaseun]] and [[PERSON:Phạm Minh Châu]] for the scholarship; both must upload transcripts by [[DATE_TIME:30 April]].",
    "A laptop registered to [[PERSON:Kai Tanaka]] connected from [[IP_ADDRESS:2001:db8:4f2a::1c]] and downloaded the payroll export.",
    "Hotel guest [[PERSON:Matteo Romano]] paid the deposit with [[CREDIT_CARD:3782 819553 00413]] and asked to check out late on [[DATE_TIME:17/08]].",
]

FORM = [
    "Patient registration\nName: [[PERSON:Hamid Rahimi]]\nDOB: [[DATE_TIME:1984-02-29]]\nMobile: [[PHONE_NUMBER:+49 151 2873 6640]]\nAddress: [[ADDRESS:Leipziger Str. 12]], [[ZIP_CODE:10117]] [[LOCATION:Berlin]]\nInsurer: AOK Nordost\nMember no.: [[ID_NUMBER:A123456780]]",
    "Nombre: [[PERSON:Lucía]]\nApellidos: [[PERSON:Moreno Gil]]\nDNI: [[ID_NUMBER:48291736L]]\nFecha de nacimiento: [[DATE_TIME:07/11/1992]]\nDomicilio: [[ADDRESS:C/ Colón 14, 2º B]]\nC.P.: [[ZIP_CODE:46004]]   Localidad: [[LOCATION:Valencia]]\nTeléfono: [[PHONE_NUMBER:612 48 90 37]]",
    "Nom : [[PERSON:Girard]] | Prénom : [[PERSON:Amélie]] | Née le : [[DATE_TIME:3 juin 1975]] à [[LOCATION:Angers]] | N° SS : [[ID_NUMBER:2 75 06 49 007 213 41]] | Tél. : [[PHONE_NUMBER:06 47 21 88 90]]",
    "Schadenmeldung\nVersicherungsnehmer: [[PERSON:Jürgen Hofbauer]]\nGeburtsdatum: [[DATE_TIME:12.08.1969]]\nSozialversicherungsnummer: [[ID_NUMBER:1237 120869]]\nAnschrift: [[ADDRESS:Mariahilfer Straße 88/3/12]], [[ZIP_CODE:1070]] [[LOCATION:Wien]]\nIBAN: [[IBAN_CODE:AT20 2011 1827 3645 0019]]\nSchadentag: [[DATE_TIME:5. März 2024]]\nSchadennummer: 24-883120",
    "Nome completo: [[PERSON:Thiago Albuquerque Nunes]]\nCPF: [[ID_NUMBER:529.982.247-25]]\nData de nascimento: [[DATE_TIME:21/04/1988]]\nEndereço: [[ADDRESS:Rua Padre Chagas, 415, ap. 302]] – [[LOCATION:Moinhos de Vento]], [[LOCATION:Porto Alegre]]/[[LOCATION:RS]]\nCEP: [[ZIP_CODE:90570-080]]\nCelular: [[PHONE_NUMBER:(51) 99812-4470]]",
    "Cognome: [[PERSON:Esposito]]\nNome: [[PERSON:Carmela]]\nCodice fiscale: [[ID_NUMBER:SPSCML71E52F839K]]\nLuogo di nascita: [[LOCATION:Napoli]]\nData di nascita: [[DATE_TIME:12/05/1971]]\nResidenza: [[ADDRESS:Via Toledo 256]], [[ZIP_CODE:80134]] [[LOCATION:Napoli]]\nCellulare: [[PHONE_NUMBER:+39 338 491 2207]]",
    "Naam: [[PERSON:Daan van der Berg]]\nBSN: [[ID_NUMBER:123456782]]\nGeboortedatum: [[DATE_TIME:30-01-2001]]\nAdres: [[ADDRESS:Oudegracht 212 bis]]\nPostcode en plaats: [[ZIP_CODE:3511 NR]] [[LOCATION:Utrecht]]\nRekeningnummer: [[IBAN_CODE:NL81 TRIO 0391 8273 64]]",
    "Export from the volunteer sign-up sheet:\nid,first_name,last_name,email,phone,city\n1042,[[PERSON:Hai]],[[PERSON:Tran]],[[EMAIL_ADDRESS:tran.hai.vn@gmail.com]],[[PHONE_NUMBER:+84 90 318 2265]],[[LOCATION:Da Nang]]\n1043,[[PERSON:Olga]],[[PERSON:Nowicka]],[[EMAIL_ADDRESS:o.nowicka@wp.pl]],[[PHONE_NUMBER:+48 601 228 913]],[[LOCATION:Gdańsk]]",
    "09:14:22 INFO auth: login ok user=[[USERNAME:tmokoena]] src=[[IP_ADDRESS:10.12.4.77]]\n09:14:25 WARN auth: 3 failed attempts user=[[USERNAME:r.pillay]] src=[[IP_ADDRESS:45.133.1.19]]\n09:15:02 INFO mail: reset link sent to [[EMAIL_ADDRESS:thabo.mokoena@corp-mail.co.za]]",
    '{"customer": {"name": "[[PERSON:Ingrid Solberg]]", "email": "[[EMAIL_ADDRESS:ingrid.solberg@proton.me]]", "tier": "gold", "card_last4": "4471", "dob": "[[DATE_TIME:1979-10-03]]", "last_ip": "[[IP_ADDRESS:84.210.17.142]]"}}',
    "| Name | Desk | Ext | Mobile |\n|---|---|---|---|\n| [[PERSON:Siobhán Kelly]] | 3.14 | 2207 | [[PHONE_NUMBER:087 219 4460]] |\n| [[PERSON:Rafael Quispe]] | 3.15 | 2208 | [[PHONE_NUMBER:087 553 0192]] |",
    "New submission – Contact us\nFull name: [[PERSON:marisol venegas]]\nEmail: [[EMAIL_ADDRESS:marisolv@yahoo.com.mx]]\nPhone (optional):\nSubject: Refund\nMessage: order 77120 arrived broken, please call me at [[PHONE_NUMBER:55 4921 0083]] after 6pm\nSubmitted from: [[IP_ADDRESS:189.203.44.15]]",
    "Emergency contacts (pasted from the sheet)\nEmployee\tContact\tRelation\tPhone\n[[PERSON:Anh Nguyen]]\t[[PERSON:Linh Nguyen]]\tsister\t[[PHONE_NUMBER:0412 555 019]]\n[[PERSON:Callum Reid]]\t[[PERSON:Morag Reid]]\tmother\t[[PHONE_NUMBER:01382 496 110]]",
    "SHIP TO:\n[[PERSON:FATIMA ZAHRA BENNANI]]\n[[ADDRESS:APT 6B, 340 RIVERSIDE DR]]\n[[LOCATION:NEW YORK]] [[LOCATION:NY]] [[ZIP_CODE:10025-3478]]\nTEL [[PHONE_NUMBER:646-555-0139]]\nREF PO-44817 / 2 OF 3",
    "Scheda di accettazione – Pronto Soccorso\nPaziente: [[PERSON:Giovanni Lombardi]], [[AGE:58]] anni\nTessera sanitaria: [[ID_NUMBER:80380000500123456789]]\nMedico curante: [[TITLE:Dott.]] [[PERSON:Ferraro]]\nAllergie: nessuna nota\nContatto: figlia [[PERSON:Chiara]], [[PHONE_NUMBER:347 882 1190]]",
    "Registration #5512 confirmed\nAttendee: [[TITLE:Prof.]] [[PERSON:Adaeze Nwosu]]\nAffiliation: University of Lagos\nDietary: halal\nBadge name: [[PERSON:Ada]]\nEmail: [[EMAIL_ADDRESS:anwosu@unilag.edu.ng]]",
    "Onboarding – [[PERSON:Mikael Virtanen]]\n[x] Contract signed ([[DATE_TIME:2 Sept]])\n[x] Henkilötunnus: [[ID_NUMBER:150392-217R]]\n[ ] Laptop ordered\n[ ] Bank details: [[IBAN_CODE:FI37 4291 0013 8744 56]]\nStart date: [[DATE_TIME:16.9.2024]]",
    "owner_name=[[PERSON:Lars Eriksen]]\nowner_email=[[EMAIL_ADDRESS:lars.eriksen@mail.dk]]\nowner_phone=[[PHONE_NUMBER:+45 28 91 44 07]]\nbilling_iban=[[IBAN_CODE:DK09 3000 0004 4182 73]]\nplan=business-3\nseats=12",
    'applicant:\n  given_name: [[PERSON:Ayesha]]\n  family_name: [[PERSON:Siddiqui]]\n  nationality: [[NRP:Pakistani]]\n  passport: [[ID_NUMBER:AB1928374]]\n  date_of_birth: [[DATE_TIME:1996-12-08]]\n  phone: "[[PHONE_NUMBER:+92 300 1847 552]]"\nvisa_type: student',
    "BEGIN:VCARD\nVERSION:3.0\nFN:[[PERSON:Kofi Mensah-Bonsu]]\nTEL;TYPE=cell:[[PHONE_NUMBER:+233 24 455 8190]]\nEMAIL:[[EMAIL_ADDRESS:kofi.mb@gmail.com]]\nADR;TYPE=home:;;[[ADDRESS:14 Oxford Street]];[[LOCATION:Osu]];[[LOCATION:Accra]];;[[LOCATION:Ghana]]\nBDAY:[[DATE_TIME:1983-05-17]]\nEND:VCARD",
    "From: [[PERSON:Beatriz Saraiva]] <[[EMAIL_ADDRESS:bia.saraiva@sapo.pt]]>\nTo: reservas@hotelmiradouro.pt\nSubject: Reserva 2 noites\n\nBom dia, somos dois adultos e chegamos no dia [[DATE_TIME:12 de outubro]]. O meu NIF para a fatura é [[ID_NUMBER:245 118 903]].",
    "Überweisung\nEmpfänger: [[PERSON:Katharina Vogt]]\nIBAN: [[IBAN_CODE:DE82120300000018829364]]\nBIC: BYLADEM1001\nBetrag: 1.250,00 EUR\nVerwendungszweck: Miete Oktober Whg. 4",
    "PAX LIST QR1147\n014  [[PERSON:OYELARAN]]/[[PERSON:ADEBOLA]] [[TITLE:MS]]  23C  FQTV QR [[ID_NUMBER:512093847]]\n015  [[PERSON:OYELARAN]]/[[PERSON:TEMI]] [[TITLE:MSTR]]  23D\n016  [[PERSON:HASSAN]]/[[PERSON:OMAR]] [[TITLE:MR]]  24A  PSPT [[ID_NUMBER:N04419283]]",
    "Fiche de police\nNom / Surname: [[PERSON:Kovačević]]\nPrénom / First name: [[PERSON:Ivana]]\nNationalité: [[NRP:croate]]\nN° passeport: [[ID_NUMBER:117294835]]\nDate d'arrivée: [[DATE_TIME:18/07/2024]]\nAdresse permanente: [[ADDRESS:Ilica 45]], [[ZIP_CODE:10000]] [[LOCATION:Zagreb]]\nCarte de garantie: [[CREDIT_CARD:3566 0021 8847 3090]]",
    "PROPERTY RECORD\nOwner: [[PERSON:Desmond O'Hare]]\nDOB: [[DATE_TIME:04/19/1961]]\nID shown: MA driver's license [[US_DRIVER_LICENSE:S41872093]]\nItem: bicycle, Trek FX 2, blue\nContact: [[PHONE_NUMBER:(617) 555-0148]], [[ADDRESS:88 Tremont St, Apt 2]], [[LOCATION:Boston]], [[LOCATION:MA]] [[ZIP_CODE:02108]]",
    "Inschrijfformulier basisschool\nNaam leerling: [[PERSON:Noor El Amrani]]\nGeboortedatum: [[DATE_TIME:14 februari 2018]]\nNaam ouder/verzorger: [[PERSON:Samira El Amrani]]\nTelefoon: [[PHONE_NUMBER:06-41 29 87 30]]\nE-mail: [[EMAIL_ADDRESS:s.elamrani@ziggo.nl]]\nAdres: [[ADDRESS:Javastraat 77-2]], [[ZIP_CODE:1094 HB]] [[LOCATION:Amsterdam]]",
    "Proposta de arrendamento\nArrendatário: [[PERSON:Rui Carvalho Pinto]]\nCartão de Cidadão: [[ID_NUMBER:14238576 4 ZX9]]\nNIF: [[ID_NUMBER:218 734 590]]\nMorada atual: [[ADDRESS:Rua de Santa Catarina 512, 3.º Esq.]], [[ZIP_CODE:4000-446]] [[LOCATION:Porto]]\nIBAN para caução: [[IBAN_CODE:PT93 0035 0744 0008 8123 9017 7]]",
    "Claim form – section B\n1. Insured person: [[PERSON:Wiremu Tane]]\n2. Date of birth: [[DATE_TIME:9 Oct 1970]]\n3. Member ID: [[ID_NUMBER:SCH-4419027]]\n4. Address: [[ADDRESS:27 Kowhai Street]], [[LOCATION:Gisborne]] [[ZIP_CODE:4010]]\n5. Date of loss: [[DATE_TIME:28/02/2024]]\n6. Description: hail damage to carport roof and rear windscreen",
    "ERROR PaymentService: charge declined customer_id=[[ID_NUMBER:CUS-0039281]] email=[[EMAIL_ADDRESS:jpark1990@naver.com]] card=[[CREDIT_CARD:5391730288462151]] amount=89.00 currency=USD\n  at com.shop.pay.Gateway.charge(Gateway.java:212)\n  at com.shop.pay.Retry.run(Retry.java:48)",
    "INSERT INTO members (id, full_name, email, phone, joined) VALUES (3301, '[[PERSON:Nomvula Khumalo]]', '[[EMAIL_ADDRESS:nomvula.k@webmail.co.za]]', '[[PHONE_NUMBER:+27 82 555 3190]]', '[[DATE_TIME:2023-06-01]]');",
    "Cardholder name: [[PERSON:Elena Popescu]]\nCard number: [[CREDIT_CARD:4929 1827 3645 0111]]\nExpiry: 09/27\nCVC: 318\nBilling postcode: [[ZIP_CODE:030167]]\nCountry: [[LOCATION:Romania]]",
    "Candidate | Role | Stage | Contact | Notes\n[[PERSON:Aiyana Redcloud]] | Data analyst | Final | [[EMAIL_ADDRESS:aiyana.redcloud@outlook.com]] | available from [[DATE_TIME:1 Nov]]\n[[PERSON:Sebastián Duarte]] | Data analyst | Screen | [[PHONE_NUMBER:+57 310 448 2190]] | based in [[LOCATION:Medellín]]",
    '[[IP_ADDRESS:203.0.113.54]] - [[USERNAME:jfernandes]] "GET /account/settings HTTP/1.1" 200 5120\n[[IP_ADDRESS:198.51.100.7]] - - "POST /login HTTP/1.1" 401 312\n[[IP_ADDRESS:2001:db8:85a3::8a2e:370:7334]] - [[USERNAME:k.osei]] "GET /invoices/INV-3301.pdf HTTP/1.1" 200 88213',
    "NAME: [[PERSON:MACLEOD]], [[PERSON:EILIDH]]\nDOB: [[DATE_TIME:03-JAN-1947]]   SEX: F\nMRN: [[ID_NUMBER:K7720194]]   CHI: [[ID_NUMBER:0301471628]]\nWARD 7B   BED 12\nALLERGY: NKDA",
    "Titular de la cuenta: [[PERSON:Javier Etxeberria Olano]]\nNIF: [[ID_NUMBER:72584193W]]\nIBAN: [[IBAN_CODE:ES81 2080 3074 6130 4152 8833]]\nDomicilio fiscal: [[ADDRESS:Avenida de la Libertad 21, 4º dcha.]], [[ZIP_CODE:20004]] [[LOCATION:Donostia]]\nCorreo electrónico: [[EMAIL_ADDRESS:jetxeberria@euskalnet.net]]",
    "BAIL D'HABITATION\nBailleur : SCI Les Tilleuls\nLocataire : [[TITLE:M.]] [[PERSON:Karim Benali]], né le [[DATE_TIME:2 février 1990]] à [[LOCATION:Oran]] ([[LOCATION:Algérie]])\nLogement : [[ADDRESS:8 rue Paul Bert, bât. C, 2e étage]], [[ZIP_CODE:69003]] [[LOCATION:Lyon]]\nLoyer : 780 € charges comprises\nIBAN du locataire : [[IBAN_CODE:FR71 1009 6185 2300 0773 4512 688]]",
    "Notfallkontakte\n1) [[PERSON:Heike Schumacher]] (Ehefrau) – [[PHONE_NUMBER:0171 4439021]]\n2) Hausarzt [[TITLE:Dr.]] [[PERSON:Özdemir]] – [[PHONE_NUMBER:089 2180 7733]]\nBlutgruppe: A+\nMedikamente: Ramipril 5 mg",
    "MEMBER: [[PERSON:Tomás Ó Briain]]\nMEMBERSHIP NO: [[ID_NUMBER:GAA-0098412]]\nVALID TO: 12/2025\nCLUB: Na Fianna\nCOUNTY: [[LOCATION:Dublin]]",
    "Product: Dyson V15 Detect | Serial: SX4-UK-HLA4471A | Owner: [[PERSON:Harriet Osei-Bonsu]] | Postcode: [[ZIP_CODE:LS6 2QT]] | Email: [[EMAIL_ADDRESS:harriet.ob@btinternet.com]] | Marketing opt-in: no",
    "Step 1 (a) First name and middle initial: [[PERSON:Marcus J.]]   Last name: [[PERSON:Thibodeaux]]\n(b) Social security number: [[US_SSN:523-81-4470]]\nAddress: [[ADDRESS:2219 Magazine St]]\nCity or town, state, and ZIP code: [[LOCATION:New Orleans]], [[LOCATION:LA]] [[ZIP_CODE:70130]]\n(c) [x] Married filing jointly",
    "badge_name;company;country;handle\n[[PERSON:Zeynep]];Trendyol;[[LOCATION:Türkiye]];[[USERNAME:zeynepcodes]]\n[[PERSON:Pita]];Spark NZ;[[LOCATION:New Zealand]];[[USERNAME:pita_builds]]",
    "Fattura intestata a: [[PERSON:Alessandro Greco]]\nP.IVA: [[ID_NUMBER:03812750961]]\nIndirizzo: [[ADDRESS:Corso Buenos Aires 43]], [[ZIP_CODE:20124]] [[LOCATION:Milano]] ([[LOCATION:MI]])\nPEC: [[EMAIL_ADDRESS:a.greco@pec.it]]\nIBAN: [[IBAN_CODE:IT83 B030 6909 6061 0000 0063 521]]",
    "Name / Nom / Nombre: [[PERSON:Mamadou Diallo]]\nDate of birth / Date de naissance: [[DATE_TIME:01.01.1987]]\nPlace of birth / Lieu de naissance: [[LOCATION:Conakry]]\nNationality / Nationalité: [[NRP:Guinean]]\nPhone / Téléphone: [[PHONE_NUMBER:+224 622 18 44 90]]",
    "Ticket #88213\nRequester: [[PERSON:Ravi Krishnan]] <[[EMAIL_ADDRESS:ravi.krishnan@infomail.in]]>\nPriority: P2\nAssignee: support-tier2\nDevice IP: [[IP_ADDRESS:192.168.1.23]]\nOS: Windows 11 23H2\nSummary: VPN drops every 20 minutes since client 5.1.3",
    "Paczka 640012938471 czeka w paczkomacie WAW23M, [[ADDRESS:ul. Grójecka 104]], [[LOCATION:Warszawa]]. Kod odbioru: 482913. Odbiorca: [[PERSON:Katarzyna W.]], tel. [[PHONE_NUMBER:+48 512 330 871]].",
    "VISITOR LOG – Reception\nTime | Visitor | Host | Car reg\n08:40 | [[PERSON:Leah Goldberg]] | [[PERSON:P. Sandhu]] | [[ID_NUMBER:LB19 XKE]]\n09:05 | [[PERSON:Connor Walsh]] | [[PERSON:P. Sandhu]] | [[ID_NUMBER:YR68 TZP]]\n09:30 | courier (DPD) | post room | –",
    "Cuestionario de salud\nNombre y apellidos: [[PERSON:Ana Belén Castro]]\nEdad: [[AGE:34]]\nCIP: [[ID_NUMBER:CSTR851103917011]]\nReligión (opcional): [[NRP:católica]]\n¿Fuma? No\n¿Alergias? Látex",
    "Ummeldung\nBisherige Wohnung: [[ADDRESS:Goethestraße 7]], [[ZIP_CODE:04109]] [[LOCATION:Leipzig]]\nNeue Wohnung: [[ADDRESS:Am Kupfergraben 3a]], [[ZIP_CODE:10117]] [[LOCATION:Berlin]]\nEinzugsdatum: [[DATE_TIME:01.10.2024]]\nName, Vorname: [[PERSON:Weber]], [[PERSON:Lena Marie]]",
    "Klantgegevens\nNaam: [[PERSON:Jef Peeters]]\nRijksregisternummer: [[ID_NUMBER:85.07.30-033.61]]\nAdres: [[ADDRESS:Meir 44 bus 3]], [[ZIP_CODE:2000]] [[LOCATION:Antwerpen]]\nRekening: [[IBAN_CODE:BE22 0012 8374 6591]]\nGSM: [[PHONE_NUMBER:0475 12 34 56]]",
    "Personalien\nName: [[PERSON:Gianluca Bernasconi]]\nAHV-Nr.: [[ID_NUMBER:756.1234.5678.97]]\nAdresse: [[ADDRESS:Via Nassa 5]], [[ZIP_CODE:6900]] [[LOCATION:Lugano]]\nIBAN: [[IBAN_CODE:CH18 0023 0230 9128 4810 1]]\nTelefono: [[PHONE_NUMBER:+41 91 923 44 10]]",
]

DOC = [
    # referral letter
    "Dear [[TITLE:Dr]] [[PERSON:Afolabi]],\n\nI would be grateful if you could see [[TITLE:Mrs]] [[PERSON:Winifred Acheampong]] (DOB [[DATE_TIME:17/03/1952]], NHS no. [[ID_NUMBER:943 476 5919]]), a [[AGE:72]]-year-old retired teacher who has fallen three times since Christmas. She lives alone at [[ADDRESS:9 Cedar Court, Laindon Road]], [[LOCATION:Basildon]] [[ZIP_CODE:SS15 5XX]], and her son [[PERSON:Kwabena]] visits most evenings. Her blood pressure was 148/82 lying and 121/70 standing this morning. She takes amlodipine 5 mg daily and alendronic acid weekly. She is hard of hearing, so [[PERSON:Kwabena]] may be the easier person to arrange the appointment with.\n\nYours sincerely,\n[[TITLE:Dr]] [[PERSON:H. Lindqvist]]\nGP partner",
    # police incident summary
    'Incident summary. At about 23:40 on Saturday [[DATE_TIME:6 April]], officers attended a disturbance outside the Crown & Anchor, [[ADDRESS:114 Fore Street]], [[LOCATION:Exeter]]. The complainant, [[PERSON:Jordan Ashby]] ([[AGE:27]]), stated he had been punched by a man he knew only as "[[PERSON:Deano]]". A witness, [[PERSON:Keeley Marsh]], gave her number as [[PHONE_NUMBER:07911 123 456]] and described the suspect as about six foot, wearing a grey Stone Island jacket. [[PERSON:Ashby]] was taken to hospital with a suspected fractured cheekbone. CCTV from the premises has been requested under log 50240406-1187.',
    # insurance claim narrative
    "Claim narrative – home contents. The policyholder, [[PERSON:Mei Ling Chua]], returned from [[LOCATION:Penang]] on [[DATE_TIME:19 December 2023]] to find the back door of [[ADDRESS:42 Jalan Ampang Hilir]], [[LOCATION:Kuala Lumpur]] forced open. Items reported missing are a MacBook Air M2, a Pandora bracelet and about RM 3,000 in cash. Her husband, [[PERSON:Daniel Tan]], had last checked the house four days earlier. A police report was lodged the same evening. [[TITLE:Ms]] [[PERSON:Chua]]'s IC number is [[ID_NUMBER:790214-10-5528]] and she asks that any settlement be paid into her Maybank account [[ID_NUMBER:1140 2288 7301]].",
    # HR grievance notes
    "Grievance hearing notes\nPresent: [[PERSON:Rosa Delgado]] (employee, payroll no. [[ID_NUMBER:PR-20417]]), her companion [[PERSON:Tom Hinds]] (union rep), [[PERSON:Fiona Gallagher]] (HR) and [[PERSON:Graham Pike]] (Head of Logistics).\n[[PERSON:Rosa]] explained that since returning from maternity leave on [[DATE_TIME:4 March]] she has been rostered exclusively on nights, despite her written request of [[DATE_TIME:12 February]] for day shifts. She believes this is linked to the complaint she made about [[TITLE:Mr]] [[PERSON:Pike]]'s comments at the Christmas party. [[PERSON:Graham]] said rota decisions are made by the planning software and not by him. [[PERSON:Fiona]] will pull the rota history and reconvene within ten working days.",
    # school report
    "End of year report – Year 4\nPupil: [[PERSON:Tevita Fifita]]   Class: Kauri   Teacher: [[TITLE:Mrs]] [[PERSON:Hoskins]]\n[[PERSON:Tevita]] has had a wonderful year. His reading has come on enormously and he now chooses chapter books at free time. In maths he is secure with times tables up to 10 but needs more practice with fractions. He turned [[AGE:9]] on [[DATE_TIME:11 November]] and shared a cake with the whole class, which was lovely. Please note that his grandmother, [[PERSON:Salote]], is now listed as an emergency contact on [[PHONE_NUMBER:021 555 0193]]. Attendance: 94%. Next year's teacher will be [[TITLE:Mr]] [[PERSON:Alofaituli]].",
    # court summary, civil
    "Summary of judgment. In [[PERSON:Okafor]] v Brightwater Housing Association, the claimant, [[PERSON:Chidinma Okafor]], sought damages for disrepair at [[ADDRESS:Flat 3, 17 Albion Terrace]], [[LOCATION:Leeds]]. The court found that the landlord had notice of the damp from [[DATE_TIME:October 2021]], when [[TITLE:Ms]] [[PERSON:Okafor]] first emailed photographs, and that repairs were not completed for nineteen months. Her daughter, [[PERSON:Adaeze]], then aged [[AGE:4]], developed asthma during this period. The landlord's surveyor, [[PERSON:Philip Crane]], accepted in cross-examination that the extractor fan had never worked. Damages were assessed at £8,750 plus costs.",
    # discharge summary
    "Discharge summary\nPatient: [[PERSON:Lorenzo Bianchi]], [[AGE:66]] y, MRN [[ID_NUMBER:00482917]]\nAdmitted [[DATE_TIME:02/09/2024]] via ED with central chest pain; discharged [[DATE_TIME:06/09/2024]].\nTroponin peaked at 1840 ng/L. Angiography showed a 90% LAD stenosis, treated with one drug-eluting stent. Started on ticagrelor 90 mg BD and atorvastatin 80 mg nocte.\nFollow-up: cardiac rehabilitation and review with [[TITLE:Dr]] [[PERSON:Nguyen]] in six weeks. His wife, [[PERSON:Graziella]], is aware and will drive him home to [[LOCATION:Leichhardt]]. GP: [[TITLE:Dr]] [[PERSON:S. Kapoor]].",
    # complaint letter
    "[[PERSON:Halima Yusuf]]\n[[ADDRESS:23 Wexham Road]]\n[[LOCATION:Slough]] [[ZIP_CODE:SL2 5DT]]\n\n[[DATE_TIME:8 January 2025]]\n\nDear Sir or Madam,\n\nI am writing about the boiler in my flat, which has failed four times since I moved in on [[DATE_TIME:30 September]]. Each time I have called your repairs line and been given a job number, most recently J-449120, but nobody has come. My son [[PERSON:Ibrahim]] is only [[AGE:two]] and we have been relying on a fan heater in one room. Please contact me on [[PHONE_NUMBER:07454 218 903]] or at [[EMAIL_ADDRESS:halima.yusuf94@hotmail.co.uk]] to arrange a visit this week.\n\nYours faithfully,\n[[PERSON:Halima Yusuf]]",
    # obituary
    '[[PERSON:Ingeborg]] "[[PERSON:Inge]]" [[PERSON:Halvorsen]] died peacefully at home in [[LOCATION:Tromsø]] on [[DATE_TIME:21 January 2025]], aged [[AGE:88]]. Born in [[LOCATION:Bodø]] on [[DATE_TIME:2 June 1936]], she taught chemistry at the same school for thirty-four years and never once, her students say, let anyone leave a Bunsen burner on. She is survived by her children [[PERSON:Arne]] and [[PERSON:Kari]], five grandchildren and a very spoiled cat called Mons. The funeral will be held on [[DATE_TIME:31 January]] at noon.',
    # immigration case note
    "Case note. The client, [[PERSON:Nasrin Haidari]], is an [[NRP:Afghan]] national who reached [[LOCATION:Greece]] in [[DATE_TIME:March 2022]] and the [[LOCATION:UK]] on [[DATE_TIME:11 November 2023]]. She is [[AGE:31]] and has a brother, [[PERSON:Farid]], with refugee status in [[LOCATION:Hamburg]]. She attends a [[NRP:Shia]] mosque in [[LOCATION:Sparkbrook]] and volunteers there two mornings a week. Her biometric residence permit number is [[ID_NUMBER:ZX1048372]]. Next appointment: [[DATE_TIME:14/02]] at 10:30 with her caseworker, [[PERSON:Ellen Brooke]].",
    # workplace accident book
    "Accident book entry. Injured person: [[PERSON:Piotr Zieliński]], forklift operator, employee no. [[ID_NUMBER:WH-1182]]. On [[DATE_TIME:2024-11-05]] at about 14:15, [[PERSON:Piotr]] slipped on hydraulic fluid in aisle 14 of the [[LOCATION:Daventry]] warehouse and struck his left elbow on a racking upright. First aid was given by [[PERSON:Shanice Clarke]]. His partner, [[PERSON:Agnieszka]], drove him to A&E and he returned two days later on light duties. The leak came from truck FLT-07, which has been taken out of service.",
    # reference letter
    "To whom it may concern,\n\nI have known [[PERSON:Aditya Venkataraman]] since [[DATE_TIME:September 2019]], when he joined my research group as a doctoral student. [[PERSON:Aditya]] is meticulous, generous with colleagues and unusually good at explaining hard ideas simply. His thesis on lattice Boltzmann methods for porous media has already produced two journal papers. I recommend him without reservation for the postdoctoral position. He can be reached at [[EMAIL_ADDRESS:aditya.v@alumni.ethz.ch]], and I am happy to be contacted at the address below.\n\n[[TITLE:Prof.]] [[TITLE:Dr.]] [[PERSON:Regula Amsler]]\nInstitute of Fluid Dynamics, [[ADDRESS:Sonneggstrasse 3]], [[ZIP_CODE:8092]] [[LOCATION:Zürich]]",
    # social work visit note
    "Home visit, Tues [[DATE_TIME:3/12]]. Present: [[PERSON:Brianna]] (mom, [[AGE:22]]), [[PERSON:Jaylen]] ([[AGE:3]]) and maternal grandmother [[PERSON:Denise Holloway]]. The apartment at [[ADDRESS:Unit 5, 1190 Ridgeway Ave]], [[LOCATION:Fresno]] was warm and tidy and the fridge was stocked. [[PERSON:Brianna]] has started the CNA course at the community college and [[PERSON:Denise]] covers childcare on Tuesdays and Thursdays. [[PERSON:Jaylen]]'s speech referral is still pending; I gave [[PERSON:Brianna]] the clinic's number again. Next visit in four weeks. Worker: [[PERSON:R. Castillo]].",
    # PTA minutes
    "Minutes of the Parents' Association meeting, held in the school hall. Present: [[PERSON:Olena Kravchenko]] (chair), [[PERSON:Gareth Bevan]] (treasurer), [[PERSON:Nkechi]] and [[PERSON:Sandeep]]. 1. The summer fair raised £3,412.60 after costs. 2. [[PERSON:Gareth]] reported that the bank still lists the previous treasurer as a signatory and will fix this. 3. [[PERSON:Olena]] will step down as chair at the AGM; nominations are open. 4. Volunteers for the disco should email [[PERSON:Nkechi]] at [[EMAIL_ADDRESS:nkechi.pta@gmail.com]]. 5. Any other business: none.",
    # psychiatric referral (Brussels)
    "Re: [[PERSON:Ahmad Karimi]], DOB [[DATE_TIME:5-Jun-2003]], [[ADDRESS:Rue Haute 188]], [[ZIP_CODE:1000]] [[LOCATION:Bruxelles]]\n\nI am referring this [[AGE:21]]-year-old student with a four-month history of low mood, early-morning waking and poor appetite. He lost his father in [[LOCATION:Herat]] last year and has not seen his mother, [[PERSON:Zahra]], since leaving [[LOCATION:Afghanistan]]. He denies any plan to harm himself but describes passive thoughts that he would be better off not waking up. He is happy to be contacted on [[PHONE_NUMBER:0487 66 21 09]] and prefers appointments after 4 pm because of lectures.\n\nKind regards,\n[[TITLE:Dr]] [[PERSON:Marie-Claire Dubois]]",
    # motor claim (Ireland)
    "Motor claim – first notification. Our insured, [[PERSON:Ruairí Mac Giolla]], was driving his Skoda Octavia, reg [[ID_NUMBER:191-D-22847]], on the N11 near [[LOCATION:Arklow]] on the [[DATE_TIME:3rd of February]] when a van pulled out of a lay-by. The van driver gave his name as [[PERSON:Declan Fitz]] and his number as [[PHONE_NUMBER:086 334 1290]], but that number has not answered since. [[PERSON:Ruairí]]'s passenger, [[PERSON:Niamh]], has whiplash and is attending a physio in [[LOCATION:Wicklow]]. Third-party vehicle: white Ford Transit, partial reg 06-WX. Garage estimate: €4,180, to be settled to [[IBAN_CODE:IE22 BOFI 9000 1722 9488 36]].",
    # witness statement
    "Statement of [[PERSON:Meredith Kaye Ellison]], age [[AGE:54]], pharmacist.\nOn the evening of [[DATE_TIME:October 17, 2024]] I was closing the pharmacy at [[ADDRESS:305 Main Street]], [[LOCATION:Bozeman]], when a man came in and demanded oxycodone. He was about [[AGE:30]], thin, with a scorpion tattoo on his neck. My technician, [[PERSON:Carlos]], pressed the panic button and the man left on foot toward the bus depot. I have seen him before; I believe he once filled a prescription under the name [[PERSON:Tyler Roush]]. I can be reached on [[PHONE_NUMBER:406-555-0163]].",
    # probate letter
    "Estate of the late [[PERSON:Ernest Wilfred Hargreaves]]\n\nDear [[TITLE:Mrs]] [[PERSON:Pollard]],\n\nFurther to our meeting, we confirm that your late father's will dated [[DATE_TIME:14 August 2009]] names you and your brother, [[PERSON:Clive]], as joint executors. The property at [[ADDRESS:Rosedene, 4 Mill Lane]], [[LOCATION:Much Wenlock]] [[ZIP_CODE:TF13 6AG]] is to be sold and the proceeds divided equally. We will need a certified copy of the death certificate and [[PERSON:Clive]]'s current address, which we understand is somewhere in [[LOCATION:Alberta]]. Our fees are estimated at £4,200 plus VAT.",
    # school incident report
    "Incident report – playground. At lunch on [[DATE_TIME:22/05]], [[PERSON:Oscar]] (Year 2) fell from the climbing frame and hit his head on the safety surface. He was seen by the first aider, [[TITLE:Miss]] [[PERSON:Patel]]. He did not lose consciousness but had a small bump above his left eye. His mum, [[PERSON:Hannah Lowe]], was phoned on [[PHONE_NUMBER:07723 410 889]] and collected him at 1.30 pm. A head-injury letter was given. Witnesses: [[PERSON:Amira]] and [[PERSON:Theo]], both Year 2.",
    # criminal sentencing summary
    "R v [[PERSON:Kallum Jude Brennan]]. The defendant, [[AGE:19]], pleaded guilty to dangerous driving after a police pursuit through [[LOCATION:Salford]] on [[DATE_TIME:11 July 2023]]. He reached 90 mph on the A6 and mounted the pavement near a bus stop where [[PERSON:Doreen Kaur]], [[AGE:71]], was waiting. She was not hurt but has not used that stop since. [[PERSON:Brennan]], of [[ADDRESS:27 Gerald Road]], [[LOCATION:Pendleton]], was sentenced to 12 months' detention suspended for 18 months and disqualified from driving for two years.",
    # bank letter
    "[[TITLE:Mr]] [[PERSON:Sung-min Park]]\n[[ADDRESS:Suite 1204, 88 Harbour Street]]\n[[LOCATION:Sydney]] [[LOCATION:NSW]] [[ZIP_CODE:2000]]\n\nDear [[PERSON:Sung-min]],\n\nWe have blocked your debit card after two transactions, one in [[LOCATION:Lagos]] and one in [[LOCATION:Kyiv]], were attempted within an hour of each other. You told our agent on [[DATE_TIME:2 March]] that the card, [[CREDIT_CARD:4761 7300 0019 2834]], had never left your wallet. Our records show your last genuine sign-in came from [[IP_ADDRESS:101.185.42.7]]. A replacement card is on its way to the address above and should arrive within five business days.",
    # tenancy agreement extract
    "1. THIS AGREEMENT is made on [[DATE_TIME:1 June 2024]] between Harbourside Lettings Ltd (the Landlord) and [[PERSON:Isabella Rossi]] and [[PERSON:Kwame Asante]] (the Tenants). 2. The Property is [[ADDRESS:Apartment 8, Marlowe House, 15 Quay Street]], [[LOCATION:Bristol]] [[ZIP_CODE:BS1 4QA]]. 3. The term is twelve months. 4. The rent is £1,450 per calendar month, payable in advance. 5. Emergency contact for the Tenants: [[PERSON:Giulia Rossi]] (mother), [[PHONE_NUMBER:+39 06 4821 7730]].",
    # gym complaint email
    "Hi, my name is [[PERSON:Deandra Joseph]] and I've been a member at your [[LOCATION:Brixton]] branch since [[DATE_TIME:January 2020]] (membership [[ID_NUMBER:PG-118830264]]). Last month you took two payments of £24.99 from my account. I cancelled on [[DATE_TIME:28 Feb]] and still have the confirmation email. Please refund the extra payment and confirm by email to [[EMAIL_ADDRESS:deandra.j@icloud.com]]. If I don't hear back within 14 days I'll ask my bank for a chargeback. Thanks, [[PERSON:Dee]]",
    # CV extract
    "[[PERSON:SOFÍA ALEJANDRA REYES]]\nFrontend developer · [[LOCATION:Montevideo]], [[LOCATION:Uruguay]] · [[PHONE_NUMBER:+598 94 318 220]] · [[EMAIL_ADDRESS:sofia.reyes.dev@gmail.com]] · [[URL:github.com/sofireyes]]\n\nExperience\n2021–present: Senior developer at a payments company; built the merchant dashboard in React 18 and TypeScript 5.\n2018–2021: Developer at a software consultancy; led the migration of three client apps from AngularJS.\n\nEducation: Licenciatura en Sistemas, 2017.\nLanguages: Spanish (native), English (C1), Portuguese (B2).",
    # vet letter
    "Dear [[TITLE:Mr]] [[PERSON:Oduya]],\n\nThank you for bringing Biscuit in on [[DATE_TIME:4 April]]. His blood results came back normal for a dog of eleven, and the lump on his flank is a harmless lipoma. His next booster is due in the autumn and we will send a reminder to [[PHONE_NUMBER:0722 418 006]]. Your client number with the practice is [[ID_NUMBER:NK-55120]], should you need to quote it. We are still at [[ADDRESS:12 Kenyatta Avenue]], [[LOCATION:Nakuru]], until the new clinic opens.\n\nWarm regards,\n[[PERSON:Wanjiru Kamau]], BVM",
    # Spanish discharge report
    "Informe de alta. Paciente: [[PERSON:Dolores Ruiz Márquez]], [[AGE:79]] años, NHC [[ID_NUMBER:3381902]]. Ingresa el [[DATE_TIME:12/01/2025]] por caída en domicilio con fractura pertrocantérea de cadera derecha. Intervenida el [[DATE_TIME:13/01]] sin incidencias. Buena evolución, inicia deambulación con andador al tercer día. Vive con su hija [[PERSON:Rocío]] en [[LOCATION:Triana]], [[LOCATION:Sevilla]]. Alta el [[DATE_TIME:20/01/2025]] con control en consultas externas en seis semanas.",
    # German authority letter
    "Sehr geehrte [[TITLE:Frau]] [[PERSON:Albrecht]],\n\nwir bestätigen den Eingang Ihres Widerspruchs vom [[DATE_TIME:3. Mai 2024]] gegen den Bescheid über Wohngeld. Ihre Kundennummer lautet [[ID_NUMBER:WG-118273]]. Bitte reichen Sie die Mietbescheinigung für die Wohnung [[ADDRESS:Bergstraße 14, 2. OG links]], [[ZIP_CODE:69120]] [[LOCATION:Heidelberg]] innerhalb von vier Wochen nach. Rückfragen beantwortet Ihnen [[TITLE:Herr]] [[PERSON:Kühn]] unter [[PHONE_NUMBER:06221 58-4417]].\n\nMit freundlichen Grüßen\nIm Auftrag",
    # French complaint record
    "Procès-verbal de plainte. Le [[DATE_TIME:14/09/2024]], [[TITLE:Mme]] [[PERSON:Nadia Bouzid]], née le [[DATE_TIME:22/11/1985]] à [[LOCATION:Marseille]], demeurant [[ADDRESS:36 avenue Jean Jaurès]], [[ZIP_CODE:13005]] [[LOCATION:Marseille]], déclare que son sac lui a été arraché vers 19h devant la station de métro. Le sac contenait son téléphone (n° [[PHONE_NUMBER:07 58 33 41 90]]), sa carte bancaire et sa carte d'identité n° [[ID_NUMBER:130813200451]]. Elle décrit l'auteur comme un jeune homme d'environ [[AGE:20]] ans, casqué, en scooter noir.",
    # loan officer notes
    "Loan officer notes. Applicant [[PERSON:Jocelyn Dimaculangan]], [[AGE:38]], runs a sari-sari store in [[LOCATION:Batangas City]]. Co-maker is her husband, [[PERSON:Rodel]], a tricycle driver. TIN [[ID_NUMBER:421-883-109-000]], SSS no. [[ID_NUMBER:04-2918374-5]]. She is requesting ₱80,000 for restocking, with a proposed weekly amortisation of ₱1,850. Contact number: [[PHONE_NUMBER:0918 223 4471]]. Recommend approval subject to barangay clearance.",
    # university attendance letter
    "Dear [[PERSON:Lucas]],\n\nOur records show that you attended 41% of scheduled teaching in the autumn term, below the level required for visa sponsorship. As a [[NRP:Brazilian]] national studying on a Student visa, you should be aware that we are obliged to report continued non-attendance. Please book a meeting with your personal tutor, [[TITLE:Dr]] [[PERSON:Emeka Obi]], before [[DATE_TIME:7 February]]. If you have been unwell, bring any evidence with you. We will write to you at [[EMAIL_ADDRESS:lucas.almeida@students.keele.ac.uk]] and quote your student ID, [[ID_NUMBER:2291847]].",
    # disciplinary outcome
    "Dear [[PERSON:Darius]],\n\nFurther to the disciplinary hearing on [[DATE_TIME:18 June]], chaired by [[PERSON:Helen Marsh]], I am writing to confirm the outcome. The panel found that on [[DATE_TIME:2 June]] you used a colleague's login, [[USERNAME:jsmithers]], to approve your own overtime claim of 14.5 hours. You accepted this but said you had been told it was common practice. You will receive a final written warning, which stays on file for twelve months. You may appeal within five working days by writing to [[PERSON:Priyanka Shah]] at [[EMAIL_ADDRESS:priyanka.shah@northgate-logistics.co.uk]].",
    # charity thank-you
    "Dear [[PERSON:Ioana]] and [[PERSON:Radu]],\n\nThank you for your generous gift of €500, received on [[DATE_TIME:12.12.2024]]. It will pay for a month of hot meals at our shelter in [[LOCATION:Cluj-Napoca]]. As you asked, we have recorded the gift in memory of [[PERSON:Ioana]]'s mother, [[PERSON:Elisabeta Munteanu]]. Your supporter number is [[ID_NUMBER:SP-0072291]], and any refund would go back to [[IBAN_CODE:RO16 BTRL RONC RT01 2345 6701]]. With warm thanks,\n[[PERSON:Corina]]",
    # broadband complaint
    "I am writing to complain about my broadband at [[ADDRESS:63 Kelvin Drive]], [[LOCATION:Glasgow]] [[ZIP_CODE:G20 8QL]]. Since [[DATE_TIME:14 October]] the connection has dropped every evening between seven and ten. Your engineer, who introduced himself as [[PERSON:Stuart]], visited on [[DATE_TIME:21 October]] and replaced the router (Hub 3, serial 4471-9920-BX), but nothing changed. My account number is [[ID_NUMBER:88213047]] and my mobile is [[PHONE_NUMBER:07812 004 519]]. I would like a refund for the days without service.\n[[PERSON:Fraser McAllister]]",
    # Portuguese school report
    "Boletim – 3.º período. Aluno: [[PERSON:Gonçalo Martins]], 8.º B. O [[PERSON:Gonçalo]] mostrou uma grande evolução a Matemática e mantém-se empenhado a Ciências. Precisa de melhorar a organização dos cadernos e a pontualidade. Encarregada de educação: [[PERSON:Marta Sousa]], contacto [[PHONE_NUMBER:912 345 870]]. A reunião com a diretora de turma, [[TITLE:Prof.ª]] [[PERSON:Helena Vaz]], ficou marcada para [[DATE_TIME:5 de julho]].",
    # small claims summary
    "Small claims summary. Plaintiff [[PERSON:Tamika R. Lewis]] rented [[ADDRESS:4410 Oak Lawn Ave, Unit 212]], [[LOCATION:Dallas]], [[LOCATION:TX]] [[ZIP_CODE:75219]] from defendant [[PERSON:Gary Huang]] from [[DATE_TIME:August 1, 2022]] to [[DATE_TIME:July 31, 2024]]. She seeks the return of a $1,600 deposit. [[PERSON:Huang]] withheld $1,150 for carpet replacement and repainting, citing photos taken at move-out. [[PERSON:Lewis]] produced her own move-in photos showing the carpet already stained. The court awarded the plaintiff $1,150 plus the $54 filing fee.",
    # paediatric referral
    "Referral to paediatric ENT: [[PERSON:Amara Conteh]], [[AGE:7]], DOB [[DATE_TIME:19.07.2017]]. Her mother, [[PERSON:Fatmata]], reports loud snoring and pauses in breathing most nights for about a year, and her teacher says [[PERSON:Amara]] falls asleep in class. Tonsils are grade 3 bilaterally; weight on the 25th centile. The family moved from [[LOCATION:Freetown]] last year and are registered at [[ADDRESS:Flat 2, 9 Brixton Hill]]. A Krio interpreter would help. Contact: [[PHONE_NUMBER:07398 553 210]].",
    # travel insurance claim
    "Travel claim. Our customer, [[PERSON:Hyun-woo Lim]], was due to fly from [[LOCATION:Seoul]] to [[LOCATION:Vancouver]] on [[DATE_TIME:2 December]] on KE071, but was admitted to hospital the night before with appendicitis. He has sent the discharge letter and the airline's non-refund confirmation. Cancellation costs are KRW 1,840,000 for flights and CAD 620 for the hotel at [[ADDRESS:1128 West Hastings Street]]. His travelling companion, [[PERSON:Ji-yeon]], also cancelled and is claiming separately. Payment should go to his account [[ID_NUMBER:110-482-937215]].",
    # whistleblowing report
    "Confidential concern raised via the hotline. The reporter, who asked to remain anonymous, states that the site manager at the [[LOCATION:Rotterdam]] depot, [[PERSON:Bram Visser]], has been telling drivers to falsify their tachograph records. Drivers named: [[PERSON:Youssef]], [[PERSON:Kees de Groot]] and a [[NRP:Polish]] agency driver called [[PERSON:Marek]]. The reporter supplied a screenshot of a message sent from [[PHONE_NUMBER:+31 6 1842 9073]] on [[DATE_TIME:9 januari]] with the instruction. Investigation lead: [[PERSON:Anouk Jansen]].",
    # dating-app trust and safety
    "Trust & Safety escalation. Reported user: [[USERNAME:surf_n_sun_92]] (display name \"[[PERSON:Blake]]\", stated age [[AGE:32]]). Reporter: [[USERNAME:mia.k.art]]. The reporter says [[PERSON:Blake]] asked her to move to another messenger and then requested $300 in gift cards for a 'customs fee' on a parcel. Linked accounts share the device IP [[IP_ADDRESS:102.89.33.140]] and the payout email [[EMAIL_ADDRESS:blake.surfer.92@protonmail.com]]. Action: both profiles banned and the case passed to the fraud team.",
    # NZ immunisation reminder
    "Kia ora [[PERSON:Mereana]],\n\nThis is a reminder that [[PERSON:Tamati]]'s immunisations are now due. Our records show his date of birth as [[DATE_TIME:08/04/2020]] and his NHI as [[ID_NUMBER:ZAB4472]]. The clinic at [[ADDRESS:55 Ruakura Road]], [[LOCATION:Hamilton]] takes walk-ins on weekday mornings. If that doesn't suit, text [[PERSON:Aroha]], our nurse, on [[PHONE_NUMBER:027 448 1930]] and she will find a time.\n\nNgā mihi",
    # family court summary
    "The application concerns [[PERSON:Lily-Mae]] ([[AGE:5]]) and [[PERSON:Harrison]] ([[AGE:8]]). Their mother, [[PERSON:Chloe Fairbrother]], seeks permission to relocate with the children to [[LOCATION:Cornwall]]; their father, [[PERSON:Ryan Pugh]], who lives in [[LOCATION:Swindon]], opposes. The court heard from the children's guardian, [[PERSON:Sunita Bhatt]], who found both parents loving and capable. The move is permitted. The children will spend alternate weekends and half of each school holiday with [[TITLE:Mr]] [[PERSON:Pugh]], with the mother meeting half the travel costs.",
    # email with signature
    "Hi [[PERSON:Jonas]],\n\nQuick one: the auditors need the signed engagement letter by Friday. Can you chase [[TITLE:Frau]] [[PERSON:Lange]] in [[LOCATION:Hamburg]]? Her direct line is [[PHONE_NUMBER:+49 40 3092 1187]]. Also, [[PERSON:Mette]] is away from [[DATE_TIME:14 April]] until [[DATE_TIME:25 April]], so send anything urgent to me.\n\nBest,\n[[PERSON:Astrid Kjær]]\nSenior Manager, Audit\n[[ADDRESS:Havnegade 39]], [[ZIP_CODE:1058]] [[LOCATION:København]]\nM: [[PHONE_NUMBER:+45 31 22 90 47]]",
    # missing person appeal
    "Police are asking for help to find [[PERSON:Kaito Watanabe]], [[AGE:16]], who was last seen leaving his home in [[LOCATION:Setagaya]] on the evening of [[DATE_TIME:3 March]]. He is about 170 cm tall and slim, with short black hair, and was wearing a navy school blazer and white trainers. [[PERSON:Kaito]] may have travelled to [[LOCATION:Osaka]], where he has friends. His parents say he has been unhappy since the new school term began. Anyone with information can also message his sister, [[PERSON:Yui]], on [[PHONE_NUMBER:080-3318-4429]].",
    # reasonable adjustment request
    "Reasonable adjustment request. Employee: [[PERSON:Thandiwe Ncube]], Customer Service, staff ID [[ID_NUMBER:ZA-44810]]. [[PERSON:Thandiwe]] has type 1 diabetes and asks for a fixed lunch break and permission to keep snacks at her desk. She is also a [[NRP:Seventh-day Adventist]] and cannot work Friday evenings or Saturdays. Her line manager, [[PERSON:Warren Botha]], supports both requests. An occupational health appointment is booked for [[DATE_TIME:19 September]] with [[TITLE:Dr]] [[PERSON:Naidoo]].",
    # staff newsletter
    "Staff news. Congratulations to [[PERSON:Fernando]] in IT, who married [[PERSON:Catalina]] in [[LOCATION:Cartagena]] on [[DATE_TIME:15 June]]! We also say farewell to [[PERSON:Bernadette O'Sullivan]], who retires after 31 years in payroll; her leaving drinks are at The Swan on Friday. A warm welcome to [[PERSON:Li Wei]], our new graduate engineer, who joins us from [[LOCATION:Chengdu]] – say hello on chat, where he is [[USERNAME:liwei.eng]]. Birthdays this month: [[PERSON:Gloria]] ([[AGE:60]]!) and [[PERSON:Sam K.]]",
    # parking appeal letter
    "Dear [[TITLE:Mr]] [[PERSON:Abara]],\n\nPenalty Charge Notice WK40918823 – vehicle [[ID_NUMBER:BD21 OPX]]\n\nThank you for your representation received on [[DATE_TIME:10/03/2025]]. You state that you were unloading shop stock outside [[ADDRESS:118 Kilburn High Road]], [[LOCATION:London]] [[ZIP_CODE:NW6 4HY]] at the time. The officer's photographs show the rear doors of the van open and goods on the pavement. We have therefore cancelled the charge and no further action is needed.\n\nYours sincerely,\n[[PERSON:M. Fenwick]]\nParking Appeals",
    # antenatal booking
    "Booking appointment. [[PERSON:Aaliyah Hussain]], [[AGE:26]], G2P1, LMP [[DATE_TIME:02/01/2025]], EDD [[DATE_TIME:09/10/2025]]. Previous vaginal delivery, uncomplicated. BMI 24. Her partner, [[PERSON:Imran]], attended; both are [[NRP:Muslim]] and would prefer female clinicians where possible. She lives at [[ADDRESS:14 Cheetham Hill Road]], [[LOCATION:Manchester]]. Blood group O negative; anti-D discussed. Midwife: [[PERSON:Jo Armitage]].",
    # account recovery ticket
    "Account recovery. The user says their account [[USERNAME:NightOwl_Thuy]] was taken over after they clicked a fake giveaway link. The original email on file is [[EMAIL_ADDRESS:thuy.nguyen.2004@gmail.com]]; the attacker changed it to [[EMAIL_ADDRESS:n1ght0wl.recover@mail.ru]] from [[IP_ADDRESS:5.188.62.214]]. The user gave the last four digits of the card used for their first purchase (8812) and a receipt for the season pass. They also gave their name as [[PERSON:Nguyễn Thị Thu Thủy]] and their date of birth as [[DATE_TIME:25/11/2004]], which matches the age check. Decision: restore the original email and reset two-factor authentication.",
    # employment tribunal
    "Employment tribunal, [[LOCATION:Cardiff]]. Claimant: [[PERSON:Owain Pritchard]]. Respondent: Celtic Coaches Ltd. [[TITLE:Mr]] [[PERSON:Pritchard]], a coach driver aged [[AGE:61]], was dismissed on [[DATE_TIME:30 November 2023]] after failing a medical. He alleged age discrimination, pointing to a remark by the operations manager, [[PERSON:Lisa Rees]], that the firm needed 'younger legs'. The tribunal accepted that the remark was made but found that the dismissal was caused by the revocation of his licence. The claim failed.",
    # gift aid declaration
    "A Gift Aid declaration has been received from [[PERSON:Margaret Anne Doyle]] of [[ADDRESS:7 Sunnybank Crescent]], [[LOCATION:Carlisle]] [[ZIP_CODE:CA2 4LZ]]. She confirms she pays enough income tax to cover it and wants Gift Aid claimed on all donations made since [[DATE_TIME:6 April 2021]]. She gives monthly by direct debit from account [[ID_NUMBER:40173398]]. Her late husband, [[PERSON:Patrick]], volunteered at our [[LOCATION:Penrith]] shop for many years. Please update her phone number to [[PHONE_NUMBER:01228 520 774]].",
]

CHAT = [
    "omg [[PERSON:tasha]] just texted me from her new number [[PHONE_NUMBER:0412 88 30 19]] save it before u forget 😭",
    "yo its [[PERSON:deji]] lost my fone 😩 new num is [[PHONE_NUMBER:080 3555 0192]] dont give it to [[PERSON:tunde]] lol",
    "hey its me im just leaving auntie [[PERSON:bisi]] place on [[ADDRESS:44 adeniyi jones avenue]] in [[LOCATION:ikeja]] traffic is crazy so tell mummy ill be late and also can you send me [[PERSON:kemi]]s email i think its [[EMAIL_ADDRESS:kemi.ade@yahoo.com]] or something full stop",
    "lmaooo [[PERSON:jake]] really dropped his whole addy in the group chat [[ADDRESS:1422 e 5th st apt 2]] 🤦‍♂️ delete it bro",
    "[[USERNAME:kitkat_vibes]] u coming to [[PERSON:Mo]]'s bday on sat?? its at his place in [[LOCATION:bushwick]] 🎉🎉",
    "guys pls vote for my cousin [[PERSON:Amani]] in the talent show, her insta is [[USERNAME:amani.sings]] 🙏🏾🙏🏾",
    "can u venmo me for the pizza 🍕 [[USERNAME:Carlos-Mejia-7]] its 14 each",
    "hi sir this is [[PERSON:ramesh]] from flat 302, water is leaking from ur bathroom into my ceiling again pls call [[PHONE_NUMBER:98450 12873]]",
    "[[PERSON:ana]] mi amor ya llegué a [[LOCATION:Guadalajara]] 🥰 te marco mañana, el hotel está en [[ADDRESS:av. chapultepec 480]]",
    "bruh the ref tonight was [[PERSON:Collina]] levels of bald 💀 and twice as strict",
    "happy bday [[PERSON:kezza]]!!! 🥳🥳 cant believe ur [[AGE:30]] now, old lady",
    "whoever keeps logging into my netflix from [[IP_ADDRESS:86.12.201.77]] i see u 👀 its prob [[PERSON:darren]]",
    "sent u the deposit 🏠 acct name [[PERSON:Ong Wei Jie]] acct no [[ID_NUMBER:019-3847261-5]] pls confirm when it lands",
    "lol my mum read our whole address out to the delivery guy on speaker [[ADDRESS:flat 9 81 stanhope rd]] [[ZIP_CODE:n6 5ab]] like the entire bus heard 😭😭",
    "[[PERSON:yaz]] u left ur card at the bar 🙃 [[CREDIT_CARD:5522 3300 4418 7697]] lmao imagine if i was a scammer, its behind the till",
    "call me when ur free [[PHONE_NUMBER:+44 7700 900 418]] not the old one thats dead",
    "meet u outside mustafa centre at 7, [[PERSON:raj]] says hes bringing [[PERSON:priya]] too 🙄",
    "ok so i talked to the landlord his name is [[PERSON:Fenton]] i think or [[PERSON:Fenwick]] anyway he says the lease starts [[DATE_TIME:june 1st]] and he wants first and last plus deposit which is like 4200 total and he wants all our social security numbers which im not sending over text obviously lol call me",
    "new phone who dis 😂 jk its [[PERSON:Thandi]] [[PHONE_NUMBER:072 555 0183]]",
    "bae can u grab my meds from boots, name on it is [[PERSON:Lakshmi Narayanan]] dob [[DATE_TIME:14/2/91]] 💊 ty",
    "does anyone have [[PERSON:Big Mike]]'s number? need the van tmrw",
    "add me on discord [[USERNAME:goblinqueen_]] and steam [[USERNAME:GQ_Bogdana]] 🎮 i'm on every night after 9",
    "ayo [[PERSON:Hemi]] im in [[LOCATION:Ponsonby]] wanna get food? 🌮",
    "pls stop giving my email to randoms [[PERSON:kev]] its [[EMAIL_ADDRESS:ellie.w.2002@gmail.com]] and now i get spam from everyone 😤",
    "sorry was driving 🚗 yeah tell [[PERSON:Ximena]] the party's at [[ADDRESS:2210 w pico blvd]] near [[LOCATION:koreatown]]",
    "[[PERSON:지훈]]아 내일 [[LOCATION:홍대]]에서 보자 🙌 [[PERSON:수아]]도 온대",
    "[[PERSON:nomsa]] the school wants a copy of [[PERSON:lwazi]]'s birth cert and ID, his ID no is [[ID_NUMBER:1503125218089]] can u send a pic",
    "yo is this [[PERSON:Chidi]]? got ur number from [[PERSON:Obinna]] at the wedding 🎊",
    "lost cat 🐱 ginger tom called Pumpkin, last seen in [[LOCATION:Leytonstone]] near the tube, if found pls call [[PHONE_NUMBER:07957 33 21 80]] ([[PERSON:Sophie]])",
    "hii this is [[PERSON:jenifer]] from the 2nd floor i think my packge went to ur apt by mistake, its adressed to [[PERSON:jenifer lopes]] [[ADDRESS:880 columbus ave apt 2f]]",
    "[[PERSON:Ahmed]] habibi call me 🙏 [[PHONE_NUMBER:+20 100 556 2390]]",
    "grp chat 4 [[PERSON:liam]]s stag 🍻 everyone send [[PERSON:connor]] 150 by fri, his revolut is [[USERNAME:connorob]]",
    "[[PERSON:kayode]] did u check results? my student num is [[ID_NUMBER:u2193847]] and it says resit lol 😭",
    "im at the er with [[PERSON:Jules]] she came off her bike, they need her insurance member id [[ID_NUMBER:XHP418827701]] its in her purse nvm found it",
    "who's got the wifi pw? also pls stop using my hotspot [[PERSON:Noa]] 😤",
    "dm'd u my addy for the giveaway 🎁 [[ADDRESS:12 kerrigan st]] [[LOCATION:marrickville]] [[ZIP_CODE:2204]] ty!!",
    "hey [[PERSON:Sandra]] it's [[PERSON:Paul]] I'm calling about the car you know the blue one registration [[ID_NUMBER:MX71 KPG]] the MOT is due on the [[DATE_TIME:28th of March]] and I wanted to know if you still want me to take it in or if [[PERSON:Gary]] is doing it anyway call me back on [[PHONE_NUMBER:07831 447 290]] thanks bye",
    "[[PERSON:kai]] ur so dramatic its just a [[PERSON:taylor swift]] concert 🙄",
    "his snap is [[USERNAME:dylxn.03]] and hes [[AGE:17]] apparently so no",
    "[[PERSON:Maya]] ([[AGE:29]]F) looking for a roommate in [[LOCATION:Williamsburg]], DM me on [[USERNAME:maya.r.nyc]]",
    "ngl [[PERSON:Rohan]]'s mom makes the best biryani, she's from [[LOCATION:Hyderabad]] 😋",
    "[[TITLE:ms.]] [[PERSON:p]] gave us a pop quiz 😩 and [[PERSON:jordan]] wasnt even there",
    "wey [[PERSON:pancho]] me debe 500 varos, su cel es [[PHONE_NUMBER:33 1284 7790]] por si lo ves jaja",
    "[[PERSON:Dom]] my ip keeps changing [[IP_ADDRESS:192.168.0.104]] then [[IP_ADDRESS:192.168.0.117]] is that normal for the router lol",
    "[[PERSON:Léa]] t'as l'adresse de la soirée ? c'est chez [[PERSON:Mathis]], [[ADDRESS:12 rue Oberkampf]], digicode 4471B 🍾",
    "hey [[PERSON:jonas]] hast du [[PERSON:lena]]s neue nummer? die alte [[PHONE_NUMBER:0176 2231 8890]] geht nicht mehr 🤷‍♀️",
    "[[PERSON:gabi]] manda o pix pro [[PERSON:rafa]], a chave é o email dele [[EMAIL_ADDRESS:rafael.souza.92@gmail.com]] kkkk",
    "ok so my birthday is [[DATE_TIME:dec 3]] and [[PERSON:nate]]'s is [[DATE_TIME:dec 4]] so we're doing a joint party 🎂🎂",
    "pls send the rent cheque to my po box not the house: [[ADDRESS:PO Box 318]], [[LOCATION:Whitehorse]] [[LOCATION:YT]] [[ZIP_CODE:Y1A 6K4]] thx, [[PERSON:Gord]]",
    "[[PERSON:نور]] وصلتي؟ أنا عند البوابة 🙂 رقمي الجديد [[PHONE_NUMBER:0501 882 431]]",
]

LOOKALIKE = [
    "Order ORD-2024-118734 for [[PERSON:Femi Adebayo]] shipped via UPS, tracking 1Z999AA10123456784; estimated delivery Tuesday between 10:00 and 14:00.",
    "Release notes v3.12.4 (build 22631.3447): fixed a crash in the export dialog when the file path contained Unicode; OpenSSL upgraded to 3.0.13.",
    "Room 4.107 is booked for the Fourier analysis seminar from 13:00; bring your own HDMI adapter, the one in the room walked off.",
    "Add 25 mL of 0.1 M H2SO4 to the NaHCO3 solution slowly; the CO2 will foam. Record the mass to 0.01 g and the temperature to 0.5 °C.",
    "Flight LH438 departs gate B22 at 14:35; the inbound aircraft, D-AIMK, is running 40 minutes late, so boarding will open at 14:50.",
    "Invoice 0207-4419-3382 for €1,249.00, billed to [[PERSON:Håkon Strand]], is due on receipt; please quote PO 55-1180 on the remittance.",
    "The Parkinson's clinic has moved to the Nightingale Wing, next door to the Alzheimer's day centre, and the Hodgkin lymphoma follow-ups are now on level 2.",
    "Ben & Jerry's Phish Food, two tubs, and a Jack Daniel's gift set – total $41.98 at member price, 3 points per dollar.",
    "Dr Martens 1460 boots, UK size 7, cherry red, SKU DM-11822600 – gift for [[PERSON:Lottie]], please remove the price tag.",
    "Firmware 10.4.2.118 fixes the Wi-Fi dropout; do not confuse it with bootloader 2.0.0.7, which must not be reflashed.",
    "The Marie Curie shop on the high street takes furniture donations on weekdays; sofas need their fire labels attached.",
    "Mrs. Fields cookie tins, Uncle Ben's rice and a Ferrero Rocher tower are this year's office raffle prizes; tickets £2 or three for £5.",
    "Kalman filter tuning: Q = 0.01, R = 4.2; then run Dijkstra on the 1,024-node graph and compare with the Bellman-Ford baseline.",
    "Please reorder Lincoln Electric welding wire, 0.9 mm, 15 kg spool, part no. ED030584 – requested by [[PERSON:Gustavo Pereira]] for bay 3.",
    "Pool car: Tesla Model 3, serviced at 48,211 km; next service due at 60,000 km or in 12 months, whichever comes first.",
    "Invoice INV-77120 (total £3,480.00 incl. VAT at 20%) was approved by [[PERSON:Karen Oyelowo]]; pay within 30 days to the usual supplier account.",
    "The 2020 Nobel Prize in Chemistry went to [[PERSON:Emmanuelle Charpentier]] and [[PERSON:Jennifer Doudna]] for CRISPR-Cas9 gene editing.",
    "Ticket #44817 (P3): the printer on floor 3 shows error 0x80070057; reassigned to [[PERSON:Dmitri]] in desktop support.",
    "Meeting room Hopper (8 seats) and room Lovelace (12 seats) are both free after 15:00; Turing is closed for the AV upgrade.",
    "Sample S-2291-B, batch 77A, lot 20240311, expiry 2026-03, collected by [[PERSON:J. Otieno]]; store at 2–8 °C.",
    "The Hope Street Hub (capacity 240) hosts Summer Jam on the bank holiday weekend; doors at 18:30, last entry 21:00.",
    "ISBN 978-0-14-103614-4, Wolf Hall by [[PERSON:Hilary Mantel]], paperback, £9.99, 2 in stock.",
    "Your SIM PUK is 48213390; PIN attempts remaining: 3. Do not share the PUK with anyone who calls you.",
    "Rack B12: switch port Gi1/0/24, VLAN 310, MAC 00:1A:2B:3C:4D:5E, 10 Gbps uplink to the core (owner: [[PERSON:Sanjay]]).",
    "Routing number 021000021, sort code 20-00-00 and SWIFT BARCGB22 belong to the company's operating account only.",
    "Point the printer at [[IP_ADDRESS:192.168.1.1]] as its gateway; the print server listens on port 9100 and the web UI on 8080.",
    "Survey marker at 51.5072, -0.1276, elevation 11 m; next calibration in 18 months.",
    "The Ferris wheel ride lasts 12 minutes and costs $18; children's tickets are half price and the Jacuzzi suite upgrade is $40.",
    "Case 2024-CV-01183 was adjourned, and the courtroom 6B hearing moves to the afternoon list at 14:00.",
    "Serial numbers 4471-2290-1183-0045 to 4471-2290-1183-0099 belong to the recalled batch of smoke detectors.",
    "Press 1 for billing or 2 for technical support; in an emergency, hang up and dial 999.",
    "The official Rubik's Cube single record, 3.13 seconds, is held by [[PERSON:Max Park]].",
    "Tracking JD014600006281937462: the parcel left the [[LOCATION:Coventry]] hub at 06:12 and is out for delivery.",
    "Model XPS 13 9340, i7-1360P, 32 GB, 1 TB; warranty reference W-559102-UK; assigned to [[EMAIL_ADDRESS:rana.haddad@meridianlabs.io]].",
    "Lot 12: a Chippendale mahogany chest, estimate £1,200–£1,800; lot 13: a Wedgwood jasperware vase, estimate £300–£500.",
    "Amount due 4,532.18 EUR; creditor reference RF18 5390 0754 7034; pay by the 28th to avoid the late fee.",
    "Use code SUMMER25 for 25% off; offer ends 31 August, one use per customer.",
    "Please ask [[PERSON:Rodrigo]] to update the Salesforce dashboard before the Q3 review; the numbers are in sheet 'FY24 v7'.",
    "Doppler ultrasound showed normal flow; Glasgow Coma Scale 15; Apgar 9 at five minutes.",
    "The Victoria line is part-suspended this weekend; replacement buses leave from the station forecourt every 8 minutes.",
    "Caesar salad £8.50, Beef Wellington £24, Eggs Benedict £9.00; service at 12.5% is not included.",
    "GOOGL closed at 171.24 and AAPL at 228.87; volume 31,204,118; the Dow Jones fell 0.4%.",
    "C6H12O6, CAS 50-99-7, molar mass 180.16 g/mol; dissolve 9.0 g in 500 mL for a 0.1 M solution.",
    "Room 1204 reports the minibar was charged twice ($38.00); the guest, [[TITLE:Mr]] [[PERSON:Akintola]], has been refunded.",
    "Passwords must be 12+ characters; yours was last changed 94 days ago; sessions time out after 15 min.",
    "Build #7781 failed at step 'integration-tests' (exit code 137) on runner ci-linux-04; commit 9f3c2e1 by [[USERNAME:okeke-dev]].",
    "The Hubble constant is about 70 km/s/Mpc, while the Planck satellite data give 67.4 ± 0.5.",
    "Order a Dell PowerEdge R760 with 2× Xeon Gold 6430; quote Q-88213-B is valid for 30 days; Morgan Stanley pricing tier applies.",
    "Zoom meeting ID 842 1187 3390, passcode 551203; host: [[PERSON:Ifeoma]].",
    "Update KB5034441 failed with 0x80070643 on 14 of 212 machines; rollback script v1.0.3 is attached to the change record.",
]

STYLES = {"gen": GEN, "form": FORM, "doc": DOC, "chat": CHAT, "lookalike": LOOKALIKE}


if __name__ == "__main__":
    write_set("blind5", STYLES, OUT)

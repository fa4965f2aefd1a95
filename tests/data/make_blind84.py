"""Build tests/data/blind84.jsonl: an eighty-fourth *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind84.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of the other gold sets
(no *.jsonl was opened, no other make_*.py beyond the lines named here). Only
these were read: lines 1-121 of make_blind22.py (its docstring with the
labeling conventions and the style descriptions, and its import lines), the
closing scaffolding of make_blind22.py from `STYLES = {` to the end (copied
below), gold_sets.py in full, and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes and `parse()`). No git
command was run and no history was looked at. The detector, the bench and
the tests were never run on this file. Do not tune the detector against it:
once it has been used to tune, it no longer measures anything; write a new
set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn; IBANs pass
mod-97 with the right length for their country, and the national check
characters inside the French, Spanish, Portuguese, Belgian and Italian
(CIN) IBANs are right too. National ids with a public check digit were given
a valid one: NHS numbers, Canadian SINs, Aadhaar (Verhoeff), BSN, Brazilian
CPF and the Sao Paulo RG, Italian codici fiscali (whose letters also agree
with the person's name, sex, birth date and birthplace code), South African
ids (agreeing with sex and birth date), TFNs, Irish PPSNs, Singapore NRIC /
FIN, the Spanish DNI, Emirates ids, the Polish PESEL, NZ IRD numbers and an
Australian Medicare number; likewise the ISBN-13s and the Italian VAT number
(partita IVA) among the look-alikes.
All of these were worked out with hand-run throwaway code while writing,
not generated here; `gold_sets.check` re-checks cards and IBANs. UK NI
numbers, US SSNs, PAN, BVN, Kenyan ids, SSS numbers, passports, licences,
plates, bank account numbers and staff, student, member, patient and
customer numbers were not checked.

Styles (ids `blind84-<style>-NNN`; 240 records), table-heavy:
- `gen` (80): one to four LLM-style "realistic sentences with personal
  data"; extra weight on banking and payments, telecom customer service and
  travel bookings, the rest spread over health, pharmacy, legal, schools,
  HR, retail, real estate, government, social media, gyms, vets, deliveries.
  Names at the start, middle and end, lowercase and possessive.
- `bench` (85): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd dense sentences with job titles, streets with building numbers,
  secondary addresses, IPs, MACs, user agents, card / CVV / expiry, IBAN /
  BIC), gretel-pii-masking-en-v1 (claims, leases, medical, loan, tax and KYC
  forms, notices, contracts) and Nemotron-PII (JSON, logs, SQL, XML, YAML,
  HL7, code, tickets, e-mail headers, forms).
- `table` (60): one small table per record as text (CSV, TSV, pipes /
  Markdown, fixed-width, JSON lines, YAML, key: value blocks), varied column
  names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, messaging threads and team chat with the
  speakers' names and the personal data they trade.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice refs, SKUs, ISBNs, IP-shaped versions, hashes, serials,
  company phones, role mailboxes, eponyms, streets named after people with
  no number), the few real PII values labeled; one has no PII at all.
About nine records in ten are in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, South Africa, Nigeria, Kenya, the
Philippines and the Gulf, with names from the many cultures living there);
25 records are in Brazilian Portuguese or Italian (8 gen, 8 bench, 6 table,
2 chat, 1 lookalike).

Labeling conventions (the same as make_blind22.py's, in short):
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames; a possessive "'s" is outside. TITLE: honorifics and ranks
  attached to a name (Mr, Dr., Prof., Sr., Sig.ra, Professor ...), labeled
  apart from it; job titles are not TITLE, family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, neighbourhood, county, state /
  province (also abbreviated) and country are LOCATION; postcodes are
  ZIP_CODE.
- DATE_TIME: a person's dates (birth, appointment, booking, travel, hearing,
  start of a job, signature, letter ...) with a day or month, in any shape;
  a weekday or clock time said with such a date is inside the span; not bare
  years, weekdays or times alone, durations, or dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff, student,
  customer and member numbers, bank account numbers, non-US passports and
  licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE, CREDIT_CARD,
  IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their names say.
- Not labeled: passwords, genders, job titles, employers, user agents, MAC
  addresses, sort codes, BIC / SWIFT, routing, IFSC and bank branch codes,
  CVVs and expiries, PINs, order / ticket / claim / policy / booking / PNR /
  tracking / e-ticket references, company phones and role mailboxes,
  versions, hashes, serials, partial numbers, pets, eponyms and brands, and
  header rows.
- Calls made while writing this set: a "sex", "gender", "role", "dept",
  "plan" or "status" column stays unlabeled, an "age" column is AGE, a
  "country" / "state" / "city" column is LOCATION, a "nationality" column is
  NRP; a building number or a secondary address in its own field is ADDRESS;
  a Brazilian bank "agência" number and an Italian ABI / CAB stay unlabeled
  like sort codes; a timestamp of a person's login or access (log lines,
  e-mail Date headers) is DATE_TIME, a job's or server's own timestamp is
  not; an airline-style name "SURNAME/GIVEN MS" keeps the trailing title
  apart as TITLE; a frequent-flyer or loyalty number is ID_NUMBER like other
  member numbers; names in HL7 "^"-separated fields are labeled per part;
  a registration plate is ID_NUMBER; a row id or primary key in SQL is not
  labeled; in chats a speaker's name in the speaker label is PERSON, a chat
  handle is USERNAME, and message clock times alone are not labeled; an
  e-mail written the airline way ("name//domain" in a PNR) is still
  EMAIL_ADDRESS; any IP address, a server's or a probe's too, is
  IP_ADDRESS, while IP-shaped version numbers are not.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind84.jsonl")

GEN = [
    """Hi, I'm [[PERSON:Tamsin Okafor]] and I've just spotted a card payment of £84.20 at a petrol station in [[LOCATION:Wakefield]] that I never made. The card is [[CREDIT_CARD:4540 3287 1190 6226]] and my current account is [[ID_NUMBER:41027735]]; please ring me back on [[PHONE_NUMBER:07700 900418]].""",
    """Customer [[PERSON:rahul menon]] called about roaming charges from his trip to [[LOCATION:Dubai]]. His mobile is [[PHONE_NUMBER:+91 98450 21376]], but the postpaid plan is in his father's name, [[PERSON:K. S. Menon]].""",
    """Booking confirmed for [[PERSON:Mr. Adebayo Ogunleye]] and [[PERSON:Mrs. Funmilayo Ogunleye]], flying [[LOCATION:Lagos]] to [[LOCATION:London]] on [[DATE_TIME:14 August 2025]]. PNR K7XQ2M. Lead passenger's passport: [[ID_NUMBER:A09384712]].""",
    """Can you update the billing address for [[PERSON:Sofía Castellanos]]? She moved to [[ADDRESS:2214 Alder Creek Dr, Apt 3B]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83706]] on [[DATE_TIME:March 1]] and still gets statements at the old place.""",
    """[[PERSON:Wei Lin Tan]]'s salary is paid into DBS account [[ID_NUMBER:012-456789-0]]. For the mortgage pre-approval we also need her NRIC, [[ID_NUMBER:S8734120H]], and she confirmed she is [[AGE:34]].""",
    """Hello, this is [[PERSON:Bronwyn]] from the fibre support team. I'm calling for [[PERSON:Mr. Hemi Walker]] about the outage at [[ADDRESS:17 Kowhai Street]], [[LOCATION:Whanganui]] [[ZIP_CODE:4500]] — is [[PHONE_NUMBER:021 448 9021]] still the best number to reach you?""",
    """Hi [[PERSON:Marisol]], your stay at the Harbourview Inn is confirmed from [[DATE_TIME:Fri 3 Oct]] to [[DATE_TIME:Mon 6 Oct]]. Check-in opens at 3 pm and the parking pass will be emailed to [[EMAIL_ADDRESS:marisol.aguilar84@gmail.com]].""",
    """I sent R2,500 to [[PERSON:Thandeka Mokoena]] by EFT yesterday but it bounced. Her ID number is [[ID_NUMBER:9301220124088]] and her cell is [[PHONE_NUMBER:082 614 7730]], can you check the account details on your side?""",
    """[[PERSON:Dr. Imogen Hartley]] will see [[PERSON:Oliver Brennan]] (aged [[AGE:7]]) on [[DATE_TIME:Tuesday 11 November at 09:40]]. Please bring his red book; NHS number [[ID_NUMBER:943 476 5919]].""",
    """To port your number [[PHONE_NUMBER:(647) 913-2208]] over to us, [[PERSON:Jean-Luc Ouellette]], we'll need the account number from your current provider and the billing postal code, which we have as [[ZIP_CODE:M4C 1B5]].""",
    """The visa application for [[PERSON:Ananya Iyer]], born [[DATE_TIME:02/09/1996]], gives her address as [[ADDRESS:Flat 12, Sai Krupa Apartments, 4th Cross]], [[LOCATION:Indiranagar]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560038]] and her Aadhaar as [[ID_NUMBER:4918 2736 4053]].""",
    """my card got swallowed by the atm on queen st and the branch is shut. can someone from the bank call me?? its [[PERSON:josh tuilagi]], [[PHONE_NUMBER:027 551 3096]]""",
    """Congratulations to our giveaway winner, [[USERNAME:pixelmonarch_88]]! In real life that's [[PERSON:Dana Whitcombe]] of [[LOCATION:Tulsa]], [[LOCATION:Oklahoma]], who takes home the console bundle.""",
    """Payroll: please switch [[PERSON:Keisha Barnes-Whitfield]]'s direct deposit to routing 021000021, account [[ID_NUMBER:4830019276]]. Her SSN is [[US_SSN:412-68-3309]] and her start date was [[DATE_TIME:June 2, 2025]].""",
    """Passenger [[PERSON:LOPEZ/MARIA ELENA]] [[TITLE:MS]] is in seat 22A on [[DATE_TIME:23NOV]], frequent flyer [[ID_NUMBER:UA 482 193 077]]; she asked for a wheelchair at the gate in [[LOCATION:Houston]].""",
    """Your SIM swap request for [[PHONE_NUMBER:0412 887 305]] was received on [[DATE_TIME:4 July 2025, 16:12]]. If this wasn't you, [[PERSON:Liam]], call us on 13 22 00 straight away.""",
    """Prescription ready for pickup: [[PERSON:Gloria Mendez-Ruiz]], DOB [[DATE_TIME:07-19-1958]], Rx #6620173, at the pharmacy on [[ADDRESS:1400 W Cermak Rd]], [[LOCATION:Chicago]].""",
    """Hey [[PERSON:Farah]], I've paid you back for the concert tickets. If it doesn't show up, my handle is @[[USERNAME:j-okonkwo-22]], or just Zelle me at [[EMAIL_ADDRESS:jide.okonkwo@gmail.com]].""",
    """The tenancy at [[ADDRESS:Unit 4, 58 Carrington Road]], [[LOCATION:Randwick]] [[LOCATION:NSW]] [[ZIP_CODE:2031]] starts on [[DATE_TIME:1/12/2025]] for [[PERSON:Mehmet Yilmaz]] and [[PERSON:Elif Yilmaz]]; the agent's contact for them is [[PHONE_NUMBER:0433 210 876]].""",
    """I've been on hold for forty minutes. Account holder: [[PERSON:Siobhán Ní Bhriain]], account no. [[ID_NUMBER:88 2041 7735]], landline [[PHONE_NUMBER:(091) 524 318]], address [[ADDRESS:3 Bóthar na Trá]], [[LOCATION:Salthill]], [[LOCATION:Co. Galway]], [[ZIP_CODE:H91 X2P4]].""",
    """Front desk note: guest [[PERSON:Takeshi Morimoto]] is arriving late ([[DATE_TIME:Sat 15 Nov around 23:30]]), paid with an Amex ending 1009 and asked for a quiet room away from the lift.""",
    """[[PERSON:Suresh Kumar Reddy]] has asked us to link PAN [[ID_NUMBER:BQKPR4821M]] with his savings account [[ID_NUMBER:50100238874412]] at the [[LOCATION:Kukatpally]] branch in [[LOCATION:Hyderabad]].""",
    """Membership frozen for [[PERSON:Ngozi Eze]] from [[DATE_TIME:1 Dec]] to [[DATE_TIME:31 Jan]] (maternity leave). Member ID [[ID_NUMBER:PG-208817]]; direct debits resume in February.""",
    """Biscuit the beagle is booked in for his boosters on [[DATE_TIME:Thursday the 9th at 2:15pm]]. Owner: [[PERSON:Gareth Pryce]], [[PHONE_NUMBER:01792 648330]].""",
    """Student [[PERSON:Aaliyah Johnson]] (ID [[ID_NUMBER:S20419873]]), grade 9, was absent on [[DATE_TIME:10/14]] and [[DATE_TIME:10/15]]. Her guardian, [[PERSON:Marcus Johnson]], can be reached at [[EMAIL_ADDRESS:mjohnson.atl@outlook.com]].""",
    """I was charged $219.99 by an airline for a flight I cancelled within 24 hours. The card is my Discover, [[CREDIT_CARD:6011 0437 7852 0910]]. Please open a dispute. — [[PERSON:Bethany Kowalczyk]], [[LOCATION:Scranton]], [[LOCATION:PA]]""",
    """[[PERSON:Wanjiru Kamau]] ([[PHONE_NUMBER:0722 318 604]]) reports that the reversal for KSh 3,000 she sent by mistake to [[PHONE_NUMBER:0711 902 457]] has not come through. Her ID no. is [[ID_NUMBER:28815706]].""",
    """[[PERSON:Olusegun]] and his partner [[PERSON:Grace Adeyemi-Brown]] want to move their Eurostar from [[DATE_TIME:12 December]] to [[DATE_TIME:the 14th]], same times, and keep the Standard Premier seats.""",
    """The hearing for [[PERSON:Quentin Ashby-Forde]] v Marlow Estates Ltd is listed for [[DATE_TIME:3 February 2026 at 10am]] at the county court in [[LOCATION:Central London]]; counsel to attend by 9:30.""",
    """Policyholder [[PERSON:Rosa Delgado]], [[AGE:61]], filed claim CLM-55021 after the hailstorm damaged the roof of her home at [[ADDRESS:905 Mesquite Ln]], [[LOCATION:Amarillo]], [[LOCATION:TX]] [[ZIP_CODE:79106]].""",
    """Please send the deposit refund to [[PERSON:Harriet Coles]], IBAN [[IBAN_CODE:GB98 BARC 2003 5342 1876 09]], and email her a copy of the inventory at [[EMAIL_ADDRESS:hcoles@btinternet.com]].""",
    """hi yes my name is [[PERSON:dave o'connell]] and my broadband has been down since monday, router serial ZX-4410-9921. call me on [[PHONE_NUMBER:087 229 4517]] not the landline""",
    """Dear [[PERSON:Ms. Haruka Sato]], your car rental in [[LOCATION:Reykjavík]] begins [[DATE_TIME:2025-09-07 08:00]]. The driving licence we hold for you is [[ID_NUMBER:302418776510]]; please bring the original.""",
    """Return label generated for [[PERSON:Camille Fontaine]]: ship from [[ADDRESS:221 rue Sherbrooke Ouest, app. 5]], [[LOCATION:Montréal]] [[LOCATION:QC]] [[ZIP_CODE:H2X 1X6]] before the 30-day window closes.""",
    """[[PERSON:Arjun Bhattacharya]] renewed his [[LOCATION:Ontario]] health card [[ID_NUMBER:4821-337-915-AK]] on [[DATE_TIME:Aug 5]] and is waiting for the new one in the mail.""",
    """Someone pretending to be from my bank called from [[PHONE_NUMBER:+44 20 7946 0321]] and knew my full name, [[PERSON:Eleanor Whitlock]], and my date of birth, [[DATE_TIME:the 3rd of May 1949]]. I did not give them anything.""",
    """Oi, aqui é a [[PERSON:Larissa Campos]]. Fiz um Pix de R$ 450,00 para a chave [[PHONE_NUMBER:+55 11 98732-4410]] por engano; o CPF do destinatário que apareceu foi [[ID_NUMBER:318.705.146-45]]. Dá para estornar?""",
    """Prezado [[TITLE:Sr.]] [[PERSON:Gilberto Nascimento]], a portabilidade do número [[PHONE_NUMBER:(21) 99654-3018]] para a nossa operadora foi agendada para [[DATE_TIME:18/11/2025]], entre 0h e 6h. Não desligue o aparelho nesse período.""",
    """Reserva confirmada: [[PERSON:Ana Beatriz Souza Lima]], voo [[LOCATION:Recife]]–[[LOCATION:Lisboa]] em [[DATE_TIME:22 de janeiro de 2026]], passaporte [[ID_NUMBER:FZ482913]]. A bagagem despachada já está incluída.""",
    """A conta do [[PERSON:joão pedro alves]] foi bloqueada depois de três tentativas de senha. O endereço cadastrado é [[ADDRESS:Rua Augusta, 1508, apto 72]], [[LOCATION:Consolação]], [[LOCATION:São Paulo]] – [[LOCATION:SP]], CEP [[ZIP_CODE:01304-001]], e o desbloqueio só pode ser feito na agência.""",
    """Gentile [[PERSON:Alessandro Moretti]], le confermiamo che l'addebito diretto verrà effettuato sull'IBAN [[IBAN_CODE:IT76 W030 6909 6061 0000 0123 456]] a partire dalla prossima fattura. Per informazioni chiami il numero verde 800 303 303.""",
    """Buongiorno, sono [[PERSON:Marco Ferraresi]], codice fiscale [[ID_NUMBER:FRRMRC84L02F205L]]; vorrei disattivare l'opzione estero sulla linea [[PHONE_NUMBER:347 215 8804]] perché sono rientrato a [[LOCATION:Milano]].""",
    """La prenotazione a nome [[PERSON:Valentina Greco]] per due notti all'Hotel Miramare di [[LOCATION:Sorrento]], dal [[DATE_TIME:venerdì 12 giugno]] al [[DATE_TIME:14 giugno]], è stata pagata con la carta [[CREDIT_CARD:5204 7331 1846 9054]].""",
    """Il [[TITLE:sig.]] [[PERSON:Lorenzo Conti]], [[AGE:70]] anni, residente in [[ADDRESS:via Libertà 118]], [[ZIP_CODE:90143]] [[LOCATION:Palermo]], ha la visita cardiologica [[DATE_TIME:lunedì 17 novembre alle 8:30]]; portare le analisi recenti.""",
    """This is [[PERSON:Ramona Estrada]] on the family plan. I want to add a line for my son [[PERSON:Diego]], he's [[AGE:16]] now, and put the new phone under [[PHONE_NUMBER:956-318-2240]].""",
    """[[PERSON:Nguyen Thi Thu Ha]], a [[NRP:Vietnamese]] citizen holding passport [[ID_NUMBER:C4821736]], needs a transit visa for [[LOCATION:Singapore]] on [[DATE_TIME:30 Dec]] on her way to [[LOCATION:Melbourne]].""",
    """[[PERSON:Gurpreet Sandhu]] opened a TFSA at the [[LOCATION:Surrey]] branch today. SIN [[ID_NUMBER:046 527 313]], date of birth [[DATE_TIME:1988-11-03]], preferred language Punjabi.""",
    """Parcel for [[PERSON:Yusuf Abdi]] at [[ADDRESS:Flat 9, Crane House, 40 Whitechapel Rd]], [[LOCATION:London]] [[ZIP_CODE:E1 1JX]] was left with the concierge at 13:12.""",
    """[[PERSON:Prof. Helena Marchetti]] has approved the extension for [[PERSON:kwame asante]] (student no. [[ID_NUMBER:2219448]]) until [[DATE_TIME:Friday 21 March, 5pm]].""",
    """A refund of $64.00 for [[PERSON:Ms. Priyanka Deshpande]] was issued to the Mastercard [[CREDIT_CARD:5588-1420-0937-4611]]; it can take 5–7 business days to appear.""",
    """Dear [[PERSON:Mr Callum Fraser]], your replacement SIM for [[PHONE_NUMBER:07911 123884]] will be delivered to [[ADDRESS:22 Ardgowan Terrace]], [[LOCATION:Glasgow]] [[ZIP_CODE:G3 7HQ]] within two working days.""",
    """G'day, [[PERSON:Shane]] here — can I move my flight out of [[LOCATION:Perth]] from [[DATE_TIME:Wed the 19th]] to the next day? My frequent flyer number is [[ID_NUMBER:1928 3374]].""",
    """[[PERSON:Pieter van der Merwe]]'s home loan application gives his ID as [[ID_NUMBER:7512095741085]], net income R48,000 a month and his address as [[ADDRESS:12 Protea Close]], [[LOCATION:Durbanville]], [[LOCATION:Cape Town]], [[ZIP_CODE:7550]].""",
    """Follow my baking journey at [[URL:https://www.instagram.com/sugarandsaffron.by.noor]]. New cardamom buns every Sunday! — [[PERSON:Noor]]""",
    """User [[PERSON:B. Ferreira]] ([[EMAIL_ADDRESS:bferreira@lakesidedental.com]]) can't reach the VPN from home on [[IP_ADDRESS:203.0.113.58]] since the client update.""",
    """Name change on booking 6TQ9WA: passenger [[PERSON:Catherine O'Malley]] is now [[PERSON:Catherine Duffy]] following her marriage on [[DATE_TIME:20 September]]; marriage certificate attached.""",
    """Good day! This is [[PERSON:Maricel Dela Cruz]]. My prepaid number [[PHONE_NUMBER:0917 482 3306]] was charged P299 for a promo I never registered to. My SSS no. is [[ID_NUMBER:34-5821937-4]] if you need to verify.""",
    """[[PERSON:Chukwuemeka Obi]] wants his BVN [[ID_NUMBER:22184093716]] linked to his current account [[ID_NUMBER:0123874459]] before he travels to [[LOCATION:Abuja]] next week.""",
    """[[PERSON:Leonard Pietrowski]], [[AGE:82]], MRN [[ID_NUMBER:00739214]], was admitted [[DATE_TIME:11/02/2025 21:47]] with chest pain. Emergency contact is his daughter [[PERSON:Renee]] at [[PHONE_NUMBER:(312) 846-0915]].""",
    """Our host [[PERSON:Ilse]] says the flat is at [[ADDRESS:Bloemgracht 118-III]], [[LOCATION:Amsterdam]], and the key box code is 4417. Check-in with her is on [[DATE_TIME:Thursday 2 April]].""",
    """We are pleased to offer [[PERSON:Fatima Zahra El Idrissi]] the position of Data Analyst, starting [[DATE_TIME:Monday, 5 January 2026]], at a salary of £41,500.""",
    """Dinner split: [[PERSON:Ravi]] owes £23, [[PERSON:Sophie]] owes £23 and [[PERSON:Tom H.]] owes £31. Send it to my Monzo, [[IBAN_CODE:GB39 MONZ 0400 0441 8239 07]], or cash is fine.""",
    """Called [[PERSON:Mrs. Beatrice Amankwah]] back at 14:05 about the double charge on her phone bill. She confirmed her date of birth as [[DATE_TIME:12.06.1971]] and her email as [[EMAIL_ADDRESS:b.amankwah71@yahoo.co.uk]].""",
    """[[PERSON:Tyrone Jackson]]'s [[LOCATION:Georgia]] driver's license, [[US_DRIVER_LICENSE:058412937]], expired on his birthday, [[DATE_TIME:April 27]], and he has a road test booked.""",
    """To renew by mail, [[PERSON:Emily Nakamura-Stein]] must send her old passport, [[US_PASSPORT:548213097]], with form DS-82 and one photo to the address on the form.""",
    """IRD number [[ID_NUMBER:049-813-325]] belongs to [[PERSON:Aroha Ngata]], whose refund should go to account [[ID_NUMBER:12-3045-0098712-00]].""",
    """Tatkal tickets booked for [[PERSON:Lakshmi Narayanan]] ([[AGE:67]], F) and [[PERSON:S. Narayanan]] ([[AGE:71]], M) from [[LOCATION:Chennai]] to [[LOCATION:Madurai]] on [[DATE_TIME:16-01-2026]]; PNR 4210983376.""",
    """can someone tell [[PERSON:mike]] that [[PERSON:jess]]'s new number is [[PHONE_NUMBER:+1 778 204 9917]]""",
    """The parish register records the baptism of [[PERSON:Isabella Marie Gutierrez]] on [[DATE_TIME:8 June 2025]], daughter of [[PERSON:Ramon]] and [[PERSON:Lucia Gutierrez]], both [[NRP:Catholic]].""",
    """[[PERSON:Mr. Vikram Malhotra]] asked to raise his daily transfer limit; he verified through his registered mobile [[PHONE_NUMBER:+91-99204-77815]] and the Visa card [[CREDIT_CARD:4929135573021478]].""",
    """Your eSIM QR code has been sent to [[EMAIL_ADDRESS:h.lindqvist@proton.me]]. Scan it before [[DATE_TIME:Sunday 9 March]] to keep your number. Welcome aboard, [[PERSON:Hanna Lindqvist]]!""",
    """Ferry booking NF-33018: vehicle [[ID_NUMBER:KX19 HBN]], driver [[PERSON:Aled Hughes]], crossing [[LOCATION:Holyhead]] to [[LOCATION:Dublin]] on [[DATE_TIME:Sunday 28 December at 08:55]].""",
    """Viewing for [[ADDRESS:Apartment 1204, 88 Harbour Street]], [[LOCATION:Sydney]] is confirmed with [[PERSON:Jia Hui Chen]] on [[DATE_TIME:Saturday 22 November at 11:00]].""",
    """We've blocked the card [[CREDIT_CARD:4147 0933 4021 6580]] after a sign-in from [[IP_ADDRESS:185.220.101.47]]. [[PERSON:Ms. Okoro]], please confirm whether this was you.""",
    """Medicare card [[ID_NUMBER:2953 18477 1]] for [[PERSON:Tegan Riley]]; the script for amoxicillin was sent to the chemist in [[LOCATION:Ballarat]].""",
    """Met [[PERSON:Javier]] at the climbing gym last night — he's [[AGE:29]], from [[LOCATION:Valparaíso]], and his insta is @[[USERNAME:javi.sube]].""",
    """[[PERSON:Niamh Gallagher]], PPSN [[ID_NUMBER:8765432S]], born [[DATE_TIME:17/04/2006]], applied for the student grant from [[ADDRESS:4 Church View]], [[LOCATION:Letterkenny]], [[LOCATION:Co. Donegal]].""",
    """I returned the router to your store on [[DATE_TIME:October 3rd]] and I'm still being billed for it. The account is under my wife's name, [[PERSON:Adaeze Nwankwo-Price]], at [[ADDRESS:4410 Birchwood Ct]], [[LOCATION:Plano]], [[LOCATION:TX]]. — [[PERSON:Kevin Price]]""",
    """Upgrade to business class approved for [[PERSON:Dr. Samuel Osei]] on [[DATE_TIME:the 9th of March]]; his alliance gold number is [[ID_NUMBER:LH 992 0041 8837 215]].""",
    """[[PERSON:Muhammad Hafiz bin Rahman]] ([[ID_NUMBER:T0298815H]]) asked for a higher PayNow limit; the OTP went to his mobile [[PHONE_NUMBER:+65 9127 4483]].""",
]

BENCH = [
    """Dear [[PERSON:Kirsten Vandervort]], as our Senior Tactics Engineer you are invited to the quarterly offsite at [[ADDRESS:4582 Schmidt Lodge, Suite 720]], [[LOCATION:North Tiara]], [[LOCATION:Nevada]] [[ZIP_CODE:89015]]. Please RSVP from [[EMAIL_ADDRESS:kirsten_vandervort@hotmail.com]] before the agenda closes.""",
    """Transaction alert: the Maestro card [[CREDIT_CARD:5041750022365894]] (CVV 417, exp 08/27) of [[PERSON:Ms. Delphine Okonjo]] was used from [[IP_ADDRESS:62.148.21.203]] with agent Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36.""",
    """Hi team, [[PERSON:Rodrigo]] here, the new Regional Accounts Supervisor. I start on [[DATE_TIME:27/06/2024]]; my workstation MAC is 3C:22:FB:91:0A:7E and it should get the static IP [[IP_ADDRESS:10.44.12.87]].""",
    """Patient surname [[PERSON:Bashirian]], given name [[PERSON:Odell]], sex Male, [[AGE:58]] y/o, born [[DATE_TIME:March 2nd, 1967]], resides at [[ADDRESS:31 Hintz Crescent]], [[LOCATION:East Kaitlyn]], [[LOCATION:Cambridgeshire]], [[ZIP_CODE:CB4 2QT]].""",
    """Your IBAN [[IBAN_CODE:DE89370400440532013000]] and BIC COBADEFFXXX have been linked to the profile [[USERNAME:Elna.Feest29]]. If you did not request this, reply from [[EMAIL_ADDRESS:elna.feest@yahoo.com]] within 48 hours.""",
    """The music therapy session for [[PERSON:Ifeoma]] ([[AGE:9]] years) is set for [[DATE_TIME:11/4/2024]] at [[ADDRESS:782 Rolfson Way]]; parent's contact number [[PHONE_NUMBER:+44 7839 204117]].""",
    """Login from [[IP_ADDRESS:2001:0db8:85a3:0000:0000:8a2e:0370:7334]] for account [[USERNAME:h.ravensworth]] at [[DATE_TIME:2024-02-19T22:41:07Z]] failed: password 'Tr0ub4dor&3' was rejected after three attempts.""",
    """Kindly transfer the consultancy fee to [[PERSON:Mr. Emeka Chidozie]] at [[IBAN_CODE:GB64HBUK40127691502266]], reference INV-20931, and copy our Chief Integration Officer on the remittance.""",
    """[[PERSON:Zuleika Marquardt]], Dynamic Markets Producer, female, [[AGE:44]]: please attach your SSN ([[US_SSN:529-30-4418]]) and driver's license ([[US_DRIVER_LICENSE:M620-457-88-312-0]]) to the onboarding packet by Friday.""",
    """Delivery details — building no. [[ADDRESS:41]], street [[ADDRESS:Kuhic Street]], unit [[ADDRESS:Apt. 1102]], city [[LOCATION:Lake Marisa]], zip [[ZIP_CODE:60714-2201]]. Recipient: [[PERSON:Augustine Pfannerstill]], tel [[PHONE_NUMBER:(773) 418-9024]].""",
    """The vehicle with plate [[ID_NUMBER:WD67 XKM]], registered to [[PERSON:Lowri Beddoe]], was recorded by the camera at [[DATE_TIME:08:14 on 22/10/2023]] near [[LOCATION:Cardiff]]; the notice goes to [[ADDRESS:9 Heol y Felin]], [[ZIP_CODE:CF14 7AB]].""",
    """Account [[ID_NUMBER:73029184]], sort code 20-00-00, held by [[PERSON:Harvey Blick]] has been overdrawn for 31 days. Contact him at [[EMAIL_ADDRESS:harvey.blick@outlook.com]] or [[PHONE_NUMBER:01632 960 482]].""",
    """Greetings [[PERSON:Mx. Rowan Tillman]], your family health plan for the household at [[ADDRESS:6613 Quigley Mills]], [[LOCATION:Port Jaylenton]], [[LOCATION:WA]] renews next month. The card on file is an Amex [[CREDIT_CARD:3782 916450 31179]] expiring 11/26.""",
    """User agent Mozilla/5.0 (Macintosh; Intel Mac OS X 13_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15 from [[IP_ADDRESS:89.207.132.170]] submitted the form for [[PERSON:Jamal Haddad]], DOB [[DATE_TIME:1990/07/15]], [[NRP:Jordanian]] passport [[ID_NUMBER:N04192837]].""",
    """Attention [[TITLE:Professor]] [[PERSON:Adaline Greenholt]]: the grant of €14,500 will be credited to [[IBAN_CODE:FR7630006000011234567890189]] once approved. For questions call [[PHONE_NUMBER:+33 6 42 68 53 17]].""",
    """[[PERSON:Eun-ji Park]] (she/her), [[AGE:27]], Customer Web Designer — portfolio at [[URL:https://eunjipark.design]], GitHub [[USERNAME:eunji-park-dev]], based in [[LOCATION:Busan]].""",
    """The therapy bill for [[PERSON:Carlos Mendoza]] was charged to JCB [[CREDIT_CARD:3530 1124 8870 6934]]; the cardholder's billing ZIP is [[ZIP_CODE:33126]] and the CVV given was 071.""",
    """We detected a new device (MAC 00:1B:44:11:3A:B7) on the home network of [[PERSON:Grete Johansen]] at [[ADDRESS:Storgata 14B]], [[ZIP_CODE:0184]] [[LOCATION:Oslo]]; it was assigned [[IP_ADDRESS:192.168.1.34]].""",
    """In her literature essay, [[PERSON:Madisyn]] wrote about her great-grandmother [[PERSON:Bridget]], who left [[LOCATION:County Mayo]] in [[DATE_TIME:April 1958]] with one suitcase.""",
    """Please reset the password for [[USERNAME:tkoss_1987]]. Recovery phone [[PHONE_NUMBER:+1-415-902-6638]], recovery email [[EMAIL_ADDRESS:theo.koss@icloud.com]]. Last login [[DATE_TIME:Tue, 04 Mar 2025 19:22:51 GMT]].""",
    """Hello [[PERSON:Ayesha Siddiqui]], your Forward Functionality Liaison contract pays £52,300 a year into sort code 40-11-62, account [[ID_NUMBER:31926819]]. Your NI number [[ID_NUMBER:QQ 12 34 56 C]] is on file.""",
    """Our records show [[PERSON:Mr. Gideon Wuckert]] ([[AGE:63]]) was employed as Lead Response Orchestrator from [[DATE_TIME:02/03/2011]] to [[DATE_TIME:30/09/2024]] at the [[LOCATION:Gislasonview]] office.""",
    """Secure message: card [[CREDIT_CARD:2223 1045 8827 1194]], exp 02/29, CVV 883, holder [[PERSON:NAOMI R KESSLER]], billing [[ADDRESS:1190 Greenfelder Pike, Apt 9]], [[LOCATION:Bergstromfort]], [[LOCATION:MN]] [[ZIP_CODE:55421]].""",
    """[[PERSON:Ludmila]] is a [[AGE:71]]-year-old [[NRP:Ukrainian]] retiree who relocated to [[LOCATION:Kraków]]; her pension is paid to [[IBAN_CODE:PL61 1090 1014 0000 0712 1981 2874]] and her PESEL is [[ID_NUMBER:86072204175]].""",
    """Incident #5521: [[PERSON:Tobias Schmitt]] reported that the laptop with serial C02XK1ZZJG5H was stolen from his flat at [[ADDRESS:Leopoldstraße 88]], [[ZIP_CODE:80802]] [[LOCATION:München]] on [[DATE_TIME:14.02.2024]].""",
    """Gender: Female | Job: Chief Accounts Coordinator | Name: [[PERSON:Paloma Reichert]] | Phone: [[PHONE_NUMBER:001-682-730-0194x213]] | Email: [[EMAIL_ADDRESS:preichert@yahoo.com]]""",
    """To the parents of [[PERSON:Kiara]] and [[PERSON:Jaden Rutherford]]: the trip deposit of $350 can be paid with card [[CREDIT_CARD:4011782233904566]] on the parent portal; your last sign-in came from [[IP_ADDRESS:172.16.254.9]].""",
    """Hey [[USERNAME:nightowl_priya]], your tutoring slot with [[PERSON:Mr. Halvorsen]] has moved to [[DATE_TIME:Thursday, 6 February 2025, 4:30 PM]]. Bring the calculus worksheet.""",
    """[[PERSON:Siddharth Rao]], Internal Intranet Analyst, [[AGE:31]], SSN [[US_SSN:231 47 8806]], lives in [[LOCATION:Schaumburg]] and drives a car with plate [[ID_NUMBER:4KT 882]].""",
    """Our legal team has sent the settlement to [[PERSON:Ms. Orla Fitzgerald]] at [[ADDRESS:PO Box 4471]], [[LOCATION:Ennis]], [[LOCATION:Co. Clare]], [[ZIP_CODE:V95 YT82]]; the IBAN on file is [[IBAN_CODE:IE90 AIBK 9311 5212 9091 20]].""",
    """[[PERSON:Hamza Al-Rashid]], an [[NRP:Emirati]] national, Emirates ID [[ID_NUMBER:784-1987-4412093-6]], asked to move his salary to [[IBAN_CODE:AE590330000010223344551]] starting [[DATE_TIME:1 June]].""",
    """[[PERSON:Sigrún]] from the design guild logged in as [[USERNAME:sigrun.h]] from [[IP_ADDRESS:2a02:c7f:8e1b:4d00::12]] and changed the recovery email to [[EMAIL_ADDRESS:sigrun.haraldsdottir@simnet.is]].""",
    """Candidate [[PERSON:Abimbola Fashola]], [[AGE:26]], applied for the Human Web Facilitator role. Reach her at [[EMAIL_ADDRESS:abimbola.f@protonmail.com]] or [[PHONE_NUMBER:+234 803 418 2290]]; address [[ADDRESS:15 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]].""",
    """Final notice for [[PERSON:Mr. Desmond Achterberg]]: the Discover card [[CREDIT_CARD:6500 3118 2204 7364]] is 60 days past due. Your account manager [[PERSON:Yolanda]] can be reached on ext. 4402.""",
    """[[PERSON:Margarethe Lindgren-Oyelaran]] asks that all correspondence go to [[EMAIL_ADDRESS:m.lindgren.oyelaran@gmx.de]] and to her new address, [[ADDRESS:Apartment 3, 19 Wexford Gardens]], [[LOCATION:Bristol]] [[ZIP_CODE:BS6 5RT]].""",
    """CLAIM FORM – HOMEOWNERS
Claim No: HO-2024-118320
Insured: [[PERSON:Raymond T. Calloway]]
Policy No: HP-7730218
Date of Loss: [[DATE_TIME:03/17/2024]]
Property: [[ADDRESS:5521 Ridgecrest Blvd]], [[LOCATION:Knoxville]], [[LOCATION:TN]] [[ZIP_CODE:37919]]
Phone: [[PHONE_NUMBER:865-690-2241]]
Description: Water heater failure flooded the finished basement. Adjuster [[PERSON:Linda Park]] inspected on [[DATE_TIME:03/21/2024]] and estimated $18,400.""",
    """RESIDENTIAL LEASE AGREEMENT
This Lease is made on [[DATE_TIME:September 1, 2025]] between Oakline Properties LLC ("Landlord") and [[PERSON:Jasmine Okoye]] and [[PERSON:Daniel Reyes]] ("Tenants") for the premises at [[ADDRESS:740 Maple Avenue, Unit 2R]], [[LOCATION:Evanston]], [[LOCATION:Illinois]] [[ZIP_CODE:60201]]. Monthly rent: $2,150, due on the first of each month. Tenant emergency contact: [[PERSON:Grace Okoye]], [[PHONE_NUMBER:(224) 531-0087]].""",
    """DISCHARGE SUMMARY
Patient: [[PERSON:Hollis, Margaret A.]]
MRN: [[ID_NUMBER:4471902]]
DOB: [[DATE_TIME:1949-08-30]] ([[AGE:76]] y)
Admitted: [[DATE_TIME:2025-10-02]]   Discharged: [[DATE_TIME:2025-10-06]]
Attending: [[PERSON:Dr. Nikhil Varma]]
Diagnosis: community-acquired pneumonia, improved on IV ceftriaxone.
Plan: oral antibiotics for 5 days; follow up with PCP [[PERSON:Dr. Ellen Stroud]] in one week.""",
    """LOAN APPLICATION – PERSONAL
Applicant: [[PERSON:Trevor M. Akinyemi]]
SSN: [[US_SSN:608-14-2290]]
Date of Birth: [[DATE_TIME:11/22/1984]]
Employer: Halvorsen Logistics, Inc.
Annual Income: $78,400
Current Address: [[ADDRESS:2290 Westbrook Terrace, Apt 14]], [[LOCATION:Columbus]], [[LOCATION:OH]] [[ZIP_CODE:43215]]
Years at Address: 3
Checking Account: [[ID_NUMBER:000418827731]] (Routing 044000037)
Requested Amount: $15,000""",
    """NOTICE OF HEARING
In re the Marriage of [[PERSON:Alicia Bernstein]], Petitioner, and [[PERSON:Mark Bernstein]], Respondent. Case No. 24-DR-00318.
PLEASE TAKE NOTICE that the hearing on Petitioner's request for order is set for [[DATE_TIME:January 14, 2026, at 9:00 a.m.]] in Department 12 of the Superior Court of California, County of [[LOCATION:San Mateo]].""",
    """EMPLOYMENT AGREEMENT
This Agreement is entered into as of [[DATE_TIME:15 April 2025]] between Brightwater Analytics Pty Ltd (ABN 51 824 753 556) and [[PERSON:Chloe Marguerite Dupont]] of [[ADDRESS:9/144 Lygon Street]], [[LOCATION:Carlton]] [[LOCATION:VIC]] [[ZIP_CODE:3053]] (the "Employee"). The Employee's tax file number [[ID_NUMBER:321 987 651]] and superannuation member number [[ID_NUMBER:SU-40291877]] are recorded in Schedule B.""",
    """PRESCRIPTION
Patient: [[PERSON:Ahmed Farouk]]     DOB: [[DATE_TIME:05-Jan-1962]]
Address: [[ADDRESS:88 Cedar Lane]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 3FJ]]
NHS No: [[ID_NUMBER:401 023 2137]]
Rx: Metformin 500 mg, one tablet twice daily with meals, 56 tablets.
Prescriber: [[PERSON:Dr. Rachel Ibbotson]], Westcotes Medical Centre""",
    """[[DATE_TIME:June 3, 2025]]

[[PERSON:Vanessa Li]]
[[ADDRESS:1187 Sutter St, #5]]
[[LOCATION:San Francisco]], [[LOCATION:CA]] [[ZIP_CODE:94109]]

Re: Dispute of charge

Dear Sir or Madam,
I am writing to dispute a $412.86 charge from an online retailer that I did not authorize. My card number is [[CREDIT_CARD:5455 0211 9873 0645]]. Please contact me at [[PHONE_NUMBER:415-602-7718]].""",
    """ENROLMENT CONFIRMATION
Student: [[PERSON:Kofi Mensah-Bonsu]]
Student ID: [[ID_NUMBER:u7731904]]
Programme: MSc Data Science (full time)
Date of birth: [[DATE_TIME:12 February 2000]]
Nationality: [[NRP:Ghanaian]]
Term address: [[ADDRESS:Room 214, Cartwright Hall]], [[LOCATION:Bradford]] [[ZIP_CODE:BD7 1DP]]""",
    """AUTO CLAIM – FIRST NOTICE OF LOSS
Insured [[PERSON:Beatriz Moreno]] (CA DL [[US_DRIVER_LICENSE:D2249170]]) reports that on [[DATE_TIME:08/09/2025 at 5:40 pm]] her vehicle, plate [[ID_NUMBER:8KDR214]], was rear-ended on I-405 near [[LOCATION:Irvine]]. Other driver: [[PERSON:Scott Halvorsen]], [[PHONE_NUMBER:949-220-7713]], insured with another carrier.""",
    """Referral to Cardiology
Re: [[PERSON:Mrs. Patience Adjei]], [[AGE:58]] F, DOB [[DATE_TIME:14/05/1967]], Hosp No. [[ID_NUMBER:RX0041187]]
Dear [[PERSON:Dr. Whitfield]],
I would be grateful if you could see this lady, who presents with exertional chest tightness over the past month. ECG shows T-wave inversion in V4–V6. She lives with her son [[PERSON:Kwabena]], who can be reached on [[PHONE_NUMBER:07458 221390]].""",
    """DEPARTMENT OF THE TREASURY – Notice CP2000
Taxpayers: [[PERSON:GREGORY]] & [[PERSON:ANN LINDQVIST]]
SSN: [[US_SSN:412-77-9031]]
Address: [[ADDRESS:PO BOX 2281]], [[LOCATION:BOZEMAN]] [[LOCATION:MT]] [[ZIP_CODE:59771-2281]]
Tax Year: 2023
Proposed amount due: $1,284.00
Respond by the date shown above.""",
    """KNOW YOUR CUSTOMER – INDIVIDUAL
Full name: [[PERSON:Oluwaseun Adekunle-Hart]]
Date of birth: [[DATE_TIME:29/11/1979]]
Nationality: [[NRP:British]]
Passport no.: [[ID_NUMBER:533829104]]
Residential address: [[ADDRESS:Flat 6, 41 Stanhope Road]], [[LOCATION:Reading]] [[ZIP_CODE:RG2 7HW]]
Source of funds: employment income
IBAN: [[IBAN_CODE:GB32 LOYD 3096 4877 0123 45]]""",
    """Grantor [[PERSON:Harold J. Whitcombe]], a widower, hereby conveys to [[PERSON:Melissa A. Torres]] the real property located at [[ADDRESS:1306 Orchard Hill Rd]], [[LOCATION:Fairfax County]], [[LOCATION:Virginia]], for the sum of $10 and other consideration. Signed and sealed on [[DATE_TIME:May 19, 2025]].""",
    """[[DATE_TIME:12 March 2025]]
PRIVATE & CONFIDENTIAL
[[PERSON:Mr. Lukasz Nowicki]]
Employee No. [[ID_NUMBER:E-20317]]

Dear [[PERSON:Lukasz]],
Following our meeting on [[DATE_TIME:10 March]] with [[PERSON:Sandra Oyelowo]] (HR Business Partner), I confirm that you will receive a first written warning, which will remain on file for six months.""",
    """TRAVEL INSURANCE CLAIM
Policyholder: [[PERSON:Meera Pillai]]
Trip: [[LOCATION:Mumbai]] → [[LOCATION:Bangkok]], [[DATE_TIME:02 Nov 2025]] – [[DATE_TIME:09 Nov 2025]]
Lost item: checked baggage (tag AI482913)
Contact: [[PHONE_NUMBER:+91 98203 44172]], [[EMAIL_ADDRESS:meera.pillai@rediffmail.com]]
Reimbursement to A/C [[ID_NUMBER:10234587712]], IFSC SBIN0001234""",
    """JUDGMENT AND SENTENCE
Defendant [[PERSON:Travis Lee Cobb]], born [[DATE_TIME:04/02/1991]], of [[ADDRESS:19 Elm Hollow Rd]], [[LOCATION:Paintsville]], [[LOCATION:KY]], having pleaded guilty, is sentenced to 12 months' probation and ordered to report to Officer [[PERSON:Dale Wix]] by [[DATE_TIME:November 30, 2025]].""",
    """CONSENT FOR PROCEDURE
I, [[PERSON:Giorgos Papadakis]], consent to a diagnostic colonoscopy under sedation. The risks have been explained to me by [[PERSON:Dr. Amara Nwosu]].
Signed: [[DATE_TIME:21/07/2025 14:10]]
Witness: [[PERSON:Nurse Abena Owusu]]""",
    """ACCOUNT HOLDER: [[PERSON:Ms S. K. Anand]]
Supply address: [[ADDRESS:27 Lavender Grove]], [[LOCATION:Coventry]] [[ZIP_CODE:CV5 6FE]]
Account number: [[ID_NUMBER:8820 1147 3309]]
Meter serial: E10BG04477
Tariff: Standard Variable
Direct Debit from account [[ID_NUMBER:55120883]], sort code 30-94-87, on the 12th of each month""",
    """Applicant [[PERSON:Mariam Yusuf Hassan]], a [[NRP:Somali]] national born [[DATE_TIME:1 January 1994]] in [[LOCATION:Mogadishu]], resides at [[ADDRESS:3/12 Tarrant Street]], [[LOCATION:Dandenong]] [[LOCATION:VIC]] [[ZIP_CODE:3175]]. ImmiCard [[ID_NUMBER:PLU482193]]. Interview booked for [[DATE_TIME:Wednesday 4 March 2026]].""",
    """{"customer_id": "[[ID_NUMBER:CUST-0048213]]", "first_name": "[[PERSON:Hyun-woo]]", "last_name": "[[PERSON:Kang]]", "email": "[[EMAIL_ADDRESS:hwkang@naver.com]]", "phone": "[[PHONE_NUMBER:+82 10-4821-7730]]", "dob": "[[DATE_TIME:1987-03-14]]", "address": {"street": "[[ADDRESS:221 Teheran-ro]]", "city": "[[LOCATION:Seoul]]", "postal": "[[ZIP_CODE:06142]]"}, "tier": "gold", "marketing_opt_in": false}""",
    """[[DATE_TIME:2025-03-04T11:22:08.114Z]] INFO auth-service login ok user=[[USERNAME:m.bellamy]] ip=[[IP_ADDRESS:81.2.69.160]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)" session=8f14e45fceea167a5a36dedd4bea2543
2025-03-04T11:22:09.002Z DEBUG auth-service token refreshed ttl=3600""",
    """INSERT INTO patients (id, full_name, dob, ssn, phone, city, blood_type) VALUES (10482, '[[PERSON:Rosalind Achebe]]', '[[DATE_TIME:1975-06-21]]', '[[US_SSN:318-40-7726]]', '[[PHONE_NUMBER:404-771-3098]]', '[[LOCATION:Atlanta]]', 'O+');""",
    """<employee>
  <name>[[PERSON:Fernando Aguirre]]</name>
  <empNo>[[ID_NUMBER:48812]]</empNo>
  <email>[[EMAIL_ADDRESS:faguirre@corp-mail.net]]</email>
  <hireDate>[[DATE_TIME:2019-09-16]]</hireDate>
  <dept>Finance</dept>
  <mobile>[[PHONE_NUMBER:+52 55 4129 8833]]</mobile>
  <office>[[LOCATION:Ciudad de México]]</office>
</employee>""",
    """alerts:
  owner: "[[PERSON:Dana Kowalski]]"
  email: [[EMAIL_ADDRESS:dana.kowalski@northwind-labs.io]]
  pager: "[[PHONE_NUMBER:+1 206 718 4402]]"
  escalation: ops-oncall@northwind-labs.io
db:
  host: [[IP_ADDRESS:10.0.14.22]]
  port: 5432
  user: [[USERNAME:dkowalski]]
  password: "S3cure!Pass_2024"
""",
    """# TODO([[PERSON:ahmed]]): remove the hardcoded test customer before release
TEST_CUSTOMER = {
    "name": "[[PERSON:Ahmed Qureshi]]",
    "card": "[[CREDIT_CARD:4266845021933774]]",
    "cvv": "602",
    "exp": "09/28",
    "zip": "[[ZIP_CODE:10027]]",
    "email": "[[EMAIL_ADDRESS:a.qureshi@example.com]]",
}""",
    """Ticket #88213 | Priority: High | Queue: Payroll
Requester: [[PERSON:Olga Petrenko]] <[[EMAIL_ADDRESS:olga.petrenko@ukr.net]]>
Subject: Can't access payroll portal
Body: Hi, I can't log in as [[USERNAME:opetrenko]] any more. My employee ID is [[ID_NUMBER:HR-55091]] and my phone is [[PHONE_NUMBER:+380 67 412 9083]]. Payslip for October is missing too.""",
    """--- form: account_opening (v3) ---
first_name=[[PERSON:Tomasz]]
last_name=[[PERSON:Wiśniewski]]
birth_date=[[DATE_TIME:1986-07-22]]
pesel=[[ID_NUMBER:86072204175]]
street=[[ADDRESS:ul. Długa 17 m. 4]]
postcode=[[ZIP_CODE:00-238]]
city=[[LOCATION:Warszawa]]
phone=[[PHONE_NUMBER:+48 601 224 873]]
consent_marketing=0""",
    """From: [[PERSON:Rachel Goldberg]] <[[EMAIL_ADDRESS:rgoldberg@fastmail.com]]>
To: [[PERSON:Ben Okafor]] <[[EMAIL_ADDRESS:ben.okafor@gmail.com]]>
Date: [[DATE_TIME:Mon, 17 Nov 2025 08:41:12 -0500]]
Subject: keys for the cabin

Ben, the lockbox at the cabin is on the porch; the address is [[ADDRESS:88 Loon Lake Rd]], [[LOCATION:Old Forge]], [[LOCATION:NY]] [[ZIP_CODE:13420]]. Call me at [[PHONE_NUMBER:917-208-4471]] if you get lost.""",
    """MSH|^~\\&|ADT|GENHOSP|LAB|GENHOSP|202510141032||ADT^A01|MSG00417|P|2.5
PID|1||[[ID_NUMBER:MRN7741029]]^^^GENHOSP^MR||[[PERSON:OKAFOR]]^[[PERSON:CHINEDU]]^[[PERSON:A]]||[[DATE_TIME:19810412]]|M|||[[ADDRESS:42 PARK AVE]]^^[[LOCATION:NEWARK]]^[[LOCATION:NJ]]^[[ZIP_CODE:07102]]||[[PHONE_NUMBER:(973)555-0148]]
PV1|1|I|4W^412^B""",
    """# .env.staging
APP_ENV=staging
ADMIN_NAME="[[PERSON:Kenji Tanaka]]"
ADMIN_EMAIL=[[EMAIL_ADDRESS:k.tanaka@hoshi-digital.jp]]
SUPPORT_EMAIL=support@hoshi-digital.jp
SEED_USER_PHONE=[[PHONE_NUMBER:+81 90-3318-2047]]
SEED_USER_CARD=[[CREDIT_CARD:3566001277493183]]
REDIS_URL=redis://[[IP_ADDRESS:10.2.0.5]]:6379/0""",
    """[[IP_ADDRESS:203.0.113.77]] - [[USERNAME:jmbanda]] [[[DATE_TIME:10/Oct/2024:13:55:36 -0700]]] "GET /account/statements?year=2024 HTTP/1.1" 200 2326 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
[[IP_ADDRESS:198.51.100.4]] - - [10/Oct/2024:13:55:40 -0700] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29\"""",
    """{"payment_id": "pay_8HfK2q", "amount": 1250.00, "currency": "EUR", "payer": {"name": "[[PERSON:Sanne de Vries]]", "iban": "[[IBAN_CODE:NL91ABNA0417164300]]", "email": "[[EMAIL_ADDRESS:sanne.devries@ziggo.nl]]"}, "payee": {"name": "Verhuur Zuid BV", "iban_last4": "7203"}, "status": "settled"}""",
    """UPDATE users SET email = '[[EMAIL_ADDRESS:m.oduya@fastmail.co.uk]]', phone = '[[PHONE_NUMBER:+44 7700 900 612]]', last_login = '[[DATE_TIME:2025-08-30 07:14:02]]' WHERE username = '[[USERNAME:moduya]]';""",
    """commit 3f9a1c2e7b5d40a8c6e91f0b2d7e44a1c9b8f310
Author: [[PERSON:Priya Venkataraman]] <[[EMAIL_ADDRESS:priya.v@users.noreply.github.com]]>
Date:   [[DATE_TIME:Wed Jul 9 16:02:44 2025 +0530]]

    fix: mask card numbers in checkout logs (reported by [[PERSON:Ola Nordmann]])""",
    """<shipment id="SHP-99120">
  <consignee>
    <name>[[PERSON:Beatrix Kowalczyk-Hale]]</name>
    <line1>[[ADDRESS:Unit 7, 212 Parramatta Road]]</line1>
    <suburb>[[LOCATION:Annandale]]</suburb>
    <state>[[LOCATION:NSW]]</state>
    <postcode>[[ZIP_CODE:2038]]</postcode>
    <phone>[[PHONE_NUMBER:+61 2 9518 4402]]</phone>
  </consignee>
  <weightKg>2.4</weightKg>
</shipment>""",
    """APPLICATION FOR e-KYC
Name of applicant: [[PERSON:Rohit Sharma]]
Father's name: [[PERSON:Ashok Kumar Sharma]]
PAN: [[ID_NUMBER:AKLPS7710Q]]
Aadhaar: [[ID_NUMBER:8364 0175 2299]]
DOB: [[DATE_TIME:14-08-1993]]
Address: [[ADDRESS:H.No. 221, Sector 15-A]], [[LOCATION:Faridabad]], [[LOCATION:Haryana]] – [[ZIP_CODE:121007]]
Mobile: [[PHONE_NUMBER:9810 447 215]]""",
    """const seedUsers = [
  { id: 1, name: "[[PERSON:Leilani Kahale]]", email: "[[EMAIL_ADDRESS:leilani.k@hawaiiantel.net]]", city: "[[LOCATION:Hilo]]", role: "admin" },
  { id: 2, name: "[[PERSON:Marcus Webb]]", email: "[[EMAIL_ADDRESS:mwebb@rocketmail.com]]", city: "[[LOCATION:Spokane]]", role: "viewer" },
];""",
    """2025-06-11 09:14:52,318 WARN  fraud.rules - velocity breach customer=[[ID_NUMBER:C-7710428]] name="[[PERSON:Imani Wanjiku]]" card=[[CREDIT_CARD:5522770143965818]] src_ip=[[IP_ADDRESS:41.90.64.13]] attempts=6 window=120s""",
    """Support form submission
Full name: [[PERSON:Nathaniel Ezra Brooks]]
Account email: [[EMAIL_ADDRESS:nate.brooks@me.com]]
Phone: [[PHONE_NUMBER:(503) 226-1948]]
Device: Pixel 8, Android 15
IMEI: 352099001761481
Problem: phone stuck on "SIM not provisioned" since the number transfer
Best time to call: after 6 pm""",
    """mutation {
  updateProfile(input: {
    fullName: "[[PERSON:Inés Carrasco Vidal]]",
    dni: "[[ID_NUMBER:48291037F]]",
    iban: "[[IBAN_CODE:ES9121000418450200051332]]",
    phone: "[[PHONE_NUMBER:+34 612 48 93 07]]",
    birthDate: "[[DATE_TIME:1992-05-30]]"
  }) { id updatedAt }
}""",
    """[SUP-2291] Refund not received after cancelled broadband contract
Reporter: [[PERSON:Declan Murphy]] ([[EMAIL_ADDRESS:declan.murphy@eircom.net]])
Assignee: [[PERSON:Aoife Byrne]]
Created: 2025-11-02 10:14
Labels: billing, refund
Description: Customer (PPSN [[ID_NUMBER:1234567FA]]) cancelled within the cooling-off period and wants the €59 refund paid to [[IBAN_CODE:IE92BOFI90001710027952]]. Installation address was [[ADDRESS:Apt 5, The Maltings, Bow Street]], [[LOCATION:Dublin 7]], [[ZIP_CODE:D07 N8R2]]; mobile [[PHONE_NUMBER:086 304 7712]].""",
    """Ficha cadastral
Nome: [[PERSON:Rafael Oliveira Santos]]
CPF: [[ID_NUMBER:529.982.247-25]]
RG: [[ID_NUMBER:24.871.036-9]] SSP/SP
Data de nascimento: [[DATE_TIME:03/08/1990]]
Endereço: [[ADDRESS:Av. Paulista, 1842, conj. 155]], [[LOCATION:Bela Vista]], [[LOCATION:São Paulo]]/[[LOCATION:SP]], CEP [[ZIP_CODE:01310-200]]
Celular: [[PHONE_NUMBER:(11) 97412-3386]]
E-mail: [[EMAIL_ADDRESS:rafael.osantos@uol.com.br]]
Profissão: analista de sistemas""",
    """{"pagador": "[[PERSON:Mariana Teixeira]]", "cpf": "[[ID_NUMBER:047.392.851-50]]", "cartao": "[[CREDIT_CARD:6362 9711 8402 3753]]", "validade": "04/29", "cvv": "318", "conta_iban": "[[IBAN_CODE:BR56 0036 0305 0051 2000 1234 567C 1]]", "parcelas": 3, "valor": 1899.90}""",
    """CONTRATO DE LOCAÇÃO RESIDENCIAL
LOCADOR: [[PERSON:Antônio Carlos Ribeiro]], [[NRP:brasileiro]], casado, engenheiro, CPF [[ID_NUMBER:862.140.937-22]], residente na [[ADDRESS:Rua das Laranjeiras, 310, apto 801]], [[LOCATION:Rio de Janeiro]]/[[LOCATION:RJ]].
LOCATÁRIA: [[PERSON:Fernanda Lima Costa]], [[NRP:brasileira]], solteira, professora, CPF [[ID_NUMBER:713.058.264-26]].
O prazo da locação é de 30 meses, com início em [[DATE_TIME:1º de dezembro de 2025]].""",
    """Chamado #44120 — a cliente [[PERSON:Thaís Barbosa]] ([[EMAIL_ADDRESS:thais.barbosa@gmail.com]]) relata acesso suspeito a partir do IP [[IP_ADDRESS:177.38.214.9]] em [[DATE_TIME:09/10/2025 às 02:14]]; o cartão Hipercard [[CREDIT_CARD:6062 8200 4917 7358]] foi bloqueado preventivamente.""",
    """MODULO DI ADESIONE
Cognome: [[PERSON:Bernardi]]
Nome: [[PERSON:Giulia]]
Codice fiscale: [[ID_NUMBER:BRNGLI91C54A944A]]
Nata a [[LOCATION:Bologna]] il [[DATE_TIME:14/03/1991]]
Residenza: [[ADDRESS:Via dell'Indipendenza 22]], [[ZIP_CODE:40121]] [[LOCATION:Bologna]] ([[LOCATION:BO]])
Cellulare: [[PHONE_NUMBER:+39 333 481 2290]]
IBAN per l'accredito: [[IBAN_CODE:IT33C0200801664000104512397]]""",
    """REFERTO AMBULATORIALE
Paziente: [[TITLE:Sig.ra]] [[PERSON:Francesca Russo]], nata il [[DATE_TIME:21/08/1999]], C.F. [[ID_NUMBER:RSSFNC99M61L219B]]
Medico: [[TITLE:Dott.]] [[PERSON:Paolo Gentile]]
Data visita: [[DATE_TIME:05/11/2025]]
Esito: lieve distorsione della caviglia destra; riposo per 7 giorni. Recapito: [[PHONE_NUMBER:011 562 3390]].""",
    """{"intestatario": "[[PERSON:Luca De Santis]]", "codice_fiscale": "[[ID_NUMBER:DSNLCU68A09H501Q]]", "data_nascita": "[[DATE_TIME:1968-01-09]]", "indirizzo": "[[ADDRESS:Viale di Trastevere 215, int. 6]]", "citta": "[[LOCATION:Roma]]", "cap": "[[ZIP_CODE:00153]]", "carta": "[[CREDIT_CARD:4532015567812000]]", "circuito": "VISA"}""",
    """CONTRATTO DI ABBONAMENTO MOBILE
Il/la sottoscritto/a [[PERSON:Chiara Esposito]], nata a [[LOCATION:Napoli]] il [[DATE_TIME:30 novembre 1976]], C.F. [[ID_NUMBER:SPSCHR76S70F839K]], documento d'identità n. [[ID_NUMBER:CA48213FK]], chiede l'attivazione della numerazione [[PHONE_NUMBER:+39 331 702 8841]] con addebito su [[IBAN_CODE:IT80A0503411701000000318842]].
Luogo e data: [[LOCATION:Napoli]], [[DATE_TIME:18/10/2025]]""",
]

TABLE = [
    """customer_id,full_name,account_no,product,balance_gbp
[[ID_NUMBER:C-100482]],[[PERSON:Hannah Whitaker]],[[ID_NUMBER:20417735]],Easy Saver,4120.55
[[ID_NUMBER:C-100517]],[[PERSON:Imran Chaudhry]],[[ID_NUMBER:63390142]],Current Plus,-212.08
[[ID_NUMBER:C-100533]],[[PERSON:Bethan Lloyd-Jones]],[[ID_NUMBER:09981276]],ISA 2025,15000.00
[[ID_NUMBER:C-100601]],[[PERSON:Kwame Boateng]],[[ID_NUMBER:47715830]],Current,883.40""",
    "msisdn\tsubscriber\tplan\tsim_iccid\tstatus\n[[PHONE_NUMBER:07700 900123]]\t[[PERSON:Lucy Tremayne]]\tUnlimited 5G\t8944110068213377412\tactive\n[[PHONE_NUMBER:07700 900877]]\t[[PERSON:Oisin Keane]]\tSIM Only 30GB\t8944110068213377503\tsuspended\n[[PHONE_NUMBER:07700 900456]]\t[[PERSON:Parveen Akhtar]]\tPay As You Go\t8944110068213377628\tactive",
    """| Seat | Passenger | DOB | Passport | Nationality |
|------|-----------|-----|----------|-------------|
| 14A | [[PERSON:HOFFMANN/KLAUS]] | [[DATE_TIME:12MAR61]] | [[ID_NUMBER:C01X00T47]] | [[NRP:German]] |
| 14B | [[PERSON:HOFFMANN/INGRID]] | [[DATE_TIME:30SEP63]] | [[ID_NUMBER:C01X00R92]] | [[NRP:German]] |
| 22C | [[PERSON:ABDULLAHI/AMINA]] | [[DATE_TIME:04JAN98]] | [[ID_NUMBER:B50219384]] | [[NRP:Nigerian]] |
| 31F | [[PERSON:CHEN/XIAOMING]] | [[DATE_TIME:19JUL85]] | [[ID_NUMBER:EJ8204417]] | [[NRP:Chinese]] |""",
    """{"room": "412", "guest": "[[PERSON:Amelia Hartmann]]", "check_in": "[[DATE_TIME:2025-12-19]]", "check_out": "[[DATE_TIME:2025-12-22]]", "email": "[[EMAIL_ADDRESS:amelia.hartmann@web.de]]", "rate": "BAR"}
{"room": "415", "guest": "[[PERSON:Rajesh Khanna]]", "check_in": "[[DATE_TIME:2025-12-20]]", "check_out": "[[DATE_TIME:2025-12-21]]", "email": "[[EMAIL_ADDRESS:rkhanna@hotmail.com]]", "rate": "CORP"}
{"room": "508", "guest": "[[PERSON:Siobhan Walsh]]", "check_in": "[[DATE_TIME:2025-12-20]]", "check_out": "[[DATE_TIME:2025-12-27]]", "email": "[[EMAIL_ADDRESS:siobhanwalsh@eircom.net]]", "rate": "ADV-NR"}""",
    """staff:
  - name: [[PERSON:Marguerite Osei-Tutu]]
    staff_no: [[ID_NUMBER:ST-0912]]
    email: [[EMAIL_ADDRESS:m.oseitutu@brookfieldcare.org.uk]]
    extension: 2241
    team: Night shift
  - name: [[PERSON:Daniel Ferreira]]
    staff_no: [[ID_NUMBER:ST-1047]]
    email: [[EMAIL_ADDRESS:d.ferreira@brookfieldcare.org.uk]]
    extension: 2250
    team: Days
  - name: [[PERSON:Ruth Abernethy]]
    staff_no: [[ID_NUMBER:ST-1103]]
    email: [[EMAIL_ADDRESS:r.abernethy@brookfieldcare.org.uk]]
    extension: 2219
    team: Bank""",
    """Name: [[PERSON:Gabriel Thibodeaux]]
Phone: [[PHONE_NUMBER:(504) 338-1920]]
Email: [[EMAIL_ADDRESS:gabe.thibodeaux@cox.net]]
Address: [[ADDRESS:711 Esplanade Ave]], [[LOCATION:New Orleans]], [[LOCATION:LA]] [[ZIP_CODE:70116]]
Segment: Premier

Name: [[PERSON:Renata Kowalski]]
Phone: [[PHONE_NUMBER:(414) 902-7734]]
Email: [[EMAIL_ADDRESS:renata.k@att.net]]
Address: [[ADDRESS:2508 N Farwell Ave, Apt 3]], [[LOCATION:Milwaukee]], [[LOCATION:WI]] [[ZIP_CODE:53211]]
Segment: Standard""",
    """EMP_NO  NAME                    SSN          STATE  GRADE
[[ID_NUMBER:004417]]  [[PERSON:Curtis Whitfield]]        [[US_SSN:219-44-7031]]  [[LOCATION:MD]]     G7
[[ID_NUMBER:004452]]  [[PERSON:Maya Goldstein-Ortiz]]    [[US_SSN:144-82-3967]]  [[LOCATION:NJ]]     G9
[[ID_NUMBER:004501]]  [[PERSON:Hoang Van Minh]]          [[US_SSN:623-09-1158]]  [[LOCATION:CA]]     G5""",
    """mrn,patient_name,dob,registered_gp,postcode,allergies
[[ID_NUMBER:H0049127]],[[PERSON:Doreen Pickering]],[[DATE_TIME:1938-02-14]],[[PERSON:Dr. A. Sandhu]],[[ZIP_CODE:NE3 4RT]],penicillin
[[ID_NUMBER:H0051186]],[[PERSON:Tariq Mahmood]],[[DATE_TIME:1971-10-09]],[[PERSON:Dr. L. Cheng]],[[ZIP_CODE:NE6 2PL]],none known
[[ID_NUMBER:H0052003]],[[PERSON:Skye McAllister]],[[DATE_TIME:2016-06-30]],[[PERSON:Dr. A. Sandhu]],[[ZIP_CODE:NE3 1JB]],peanuts""",
    """cardholder|pan|exp|bin_country|status
[[PERSON:ELIZABETH N GRANT]]|[[CREDIT_CARD:4556710933188405]]|07/27|US|active
[[PERSON:MOHAMED A SALEH]]|[[CREDIT_CARD:5162920044773812]]|11/26|GB|blocked
[[PERSON:YUKI TANABE]]|[[CREDIT_CARD:344128709952133]]|03/28|JP|active
[[PERSON:ROBERTO DIAZ]]|[[CREDIT_CARD:36148902374417]]|01/27|MX|expired-soon""",
    """student_id,student_name,year_group,guardian,guardian_phone
[[ID_NUMBER:2024-0318]],[[PERSON:Ellie Parsons]],Year 4,[[PERSON:Joanne Parsons]],[[PHONE_NUMBER:07700 900301]]
[[ID_NUMBER:2024-0322]],[[PERSON:Musa Diallo]],Year 4,[[PERSON:Aissatou Diallo]],[[PHONE_NUMBER:07700 900774]]
[[ID_NUMBER:2023-0197]],[[PERSON:Harrison Ng]],Year 5,[[PERSON:Wendy Ng]],[[PHONE_NUMBER:07700 900219]]""",
    """| member_no | name | age | plan | home club |
|---|---|---|---|---|
| [[ID_NUMBER:FF-30021]] | [[PERSON:Brooke Dawson]] | [[AGE:27]] | Off-peak | [[LOCATION:Geelong]] |
| [[ID_NUMBER:FF-30188]] | [[PERSON:Anand Krishnan]] | [[AGE:41]] | Anytime | [[LOCATION:Ballarat]] |
| [[ID_NUMBER:FF-30204]] | [[PERSON:Lachlan O'Brien]] | [[AGE:19]] | Student | [[LOCATION:Geelong]] |
| [[ID_NUMBER:FF-30390]] | [[PERSON:Mei Ling Foo]] | [[AGE:35]] | Anytime | [[LOCATION:Bendigo]] |""",
    "login_at\tuser\tsrc_ip\taction\tresult\n[[DATE_TIME:2025-10-21 08:02:17]]\t[[USERNAME:a.nakashima]]\t[[IP_ADDRESS:10.20.4.118]]\tvpn_connect\tok\n[[DATE_TIME:2025-10-21 08:05:44]]\t[[USERNAME:g.petrov]]\t[[IP_ADDRESS:91.204.33.7]]\tvpn_connect\tmfa_failed\n[[DATE_TIME:2025-10-21 08:06:02]]\t[[USERNAME:g.petrov]]\t[[IP_ADDRESS:91.204.33.7]]\tvpn_connect\tok\n[[DATE_TIME:2025-10-21 08:31:59]]\t[[USERNAME:l.mbeki]]\t[[IP_ADDRESS:2c0f:fb50:4003::1a]]\tweb_login\tok",
    """{"order": "RF-88120", "customer": "[[PERSON:Jonas Lindberg]]", "iban": "[[IBAN_CODE:SE4550000000058398257466]]", "amount_eur": 89.90}
{"order": "RF-88134", "customer": "[[PERSON:Katharina Gruber]]", "iban": "[[IBAN_CODE:AT611904300234573201]]", "amount_eur": 24.50}
{"order": "RF-88139", "customer": "[[PERSON:Émilie Laurent]]", "iban": "[[IBAN_CODE:FR1420041010050500013M02606]]", "amount_eur": 132.00}""",
    """booking_ref,lead_name,depart,return,destination,pax
BK7Q2R,[[PERSON:Hollie Marsden]],[[DATE_TIME:2026-02-14]],[[DATE_TIME:2026-02-21]],[[LOCATION:Tenerife]],2
BK7Q4T,[[PERSON:Faisal Al-Amin]],[[DATE_TIME:2026-03-01]],[[DATE_TIME:2026-03-08]],[[LOCATION:Marrakech]],4
BK7R0A,[[PERSON:Grace Whitmore]],[[DATE_TIME:2026-04-10]],[[DATE_TIME:2026-04-12]],[[LOCATION:Edinburgh]],1""",
    """contacts:
  - name: "[[PERSON:Tevita Fifita]]"
    mobile: "[[PHONE_NUMBER:+64 21 774 3902]]"
    email: "[[EMAIL_ADDRESS:tevita.fifita@xtra.co.nz]]"
    tags: [rugby, committee]
  - name: "[[PERSON:Sarah-Jane Lowe]]"
    mobile: "[[PHONE_NUMBER:+64 27 310 4486]]"
    email: "[[EMAIL_ADDRESS:sj.lowe@gmail.com]]"
    tags: [treasurer]""",
    """CALLING            CALLED             START     DUR   COST
[[PHONE_NUMBER:+254722318604]]      [[PHONE_NUMBER:+254733901227]]      09:14:02  04:31  12.40
[[PHONE_NUMBER:+254722318604]]      [[PHONE_NUMBER:+255754210883]]      11:40:19  12:07  96.00
[[PHONE_NUMBER:+254711902457]]      [[PHONE_NUMBER:+254722318604]]      18:02:55  00:48   0.00""",
    """| Applicant | Current address | Monthly income | Reference phone |
|:--|:--|--:|:--|
| [[PERSON:Joseph Mwale]] | [[ADDRESS:14 Birch Road]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 2DF]] | £2,850 | [[PHONE_NUMBER:01582 730 118]] |
| [[PERSON:Agnieszka Nowak]] | [[ADDRESS:Flat 2, 7 Church Street]], [[LOCATION:Dunstable]] [[ZIP_CODE:LU5 4RR]] | £3,100 | [[PHONE_NUMBER:07700 900 552]] |
| [[PERSON:Callum & Jade Price]] | [[ADDRESS:33 Hatters Way]], [[LOCATION:Luton]] [[ZIP_CODE:LU1 3HN]] | £4,400 | [[PHONE_NUMBER:07700 900 908]] |""",
    """nhs_no,surname,forename,dob,ward
[[ID_NUMBER:485 777 3457]],[[PERSON:OYELARAN]],[[PERSON:Folake]],[[DATE_TIME:22/03/1956]],Ward 7
[[ID_NUMBER:621 309 8844]],[[PERSON:MCBRIDE]],[[PERSON:Stuart]],[[DATE_TIME:09/12/1944]],Ward 7
[[ID_NUMBER:450 117 3920]],[[PERSON:KAUR]],[[PERSON:Harjit]],[[DATE_TIME:01/01/1962]],AMU""",
    """PASSENGER NAME RECORD
  1.1[[PERSON:ABERNATHY/COLIN]] [[TITLE:MR]]  1.2[[PERSON:ABERNATHY/JUNE]] [[TITLE:MRS]]
  1 BA 117 Y 12JAN LHRJFK HK2 0825 1115
  2 BA 112 Y 26JAN JFKLHR HK2 1930 0725+1
CTCM [[PHONE_NUMBER:+447700900318]]
CTCE [[EMAIL_ADDRESS:colin.abernathy//btinternet.com]]
FF BA [[ID_NUMBER:44120937]]
DOCS P/GBR/[[ID_NUMBER:533104882]]/GBR/[[DATE_TIME:14AUG59]]/M/02MAR31/[[PERSON:ABERNATHY]]/[[PERSON:COLIN]]""",
    """name,pan,aadhaar,mobile,city
[[PERSON:Deepa Subramaniam]],[[ID_NUMBER:AZRPS3381K]],[[ID_NUMBER:2751 9034 8636]],[[PHONE_NUMBER:+91 94440 18276]],[[LOCATION:Chennai]]
[[PERSON:Harpreet Gill]],[[ID_NUMBER:BDGPG0472L]],[[ID_NUMBER:6104 7298 3154]],[[PHONE_NUMBER:+91 98140 55302]],[[LOCATION:Ludhiana]]
[[PERSON:Mohammed Irfan Shaikh]],[[ID_NUMBER:CEKPS9910B]],[[ID_NUMBER:3592 0148 7767]],[[PHONE_NUMBER:+91 90220 61149]],[[LOCATION:Pune]]""",
    "name\tid_number\tcell\tprovince\tcost_centre\n[[PERSON:Sipho Ndlovu]]\t[[ID_NUMBER:8804175084083]]\t[[PHONE_NUMBER:083 412 7709]]\t[[LOCATION:Gauteng]]\tCC-210\n[[PERSON:Lerato Dlamini]]\t[[ID_NUMBER:0103050955089]]\t[[PHONE_NUMBER:071 220 4863]]\t[[LOCATION:KwaZulu-Natal]]\tCC-114\n[[PERSON:Johan Pretorius]]\t[[ID_NUMBER:6607285117087]]\t[[PHONE_NUMBER:082 901 3357]]\t[[LOCATION:Western Cape]]\tCC-210",
    """| Recipient | Phone | ID No. | Amount (KSh) | Purpose |
| --- | --- | --- | --- | --- |
| [[PERSON:Achieng Otieno]] | [[PHONE_NUMBER:0712 448 390]] | [[ID_NUMBER:31440872]] | 4,500 | school fees |
| [[PERSON:Kiprono Ruto]] | [[PHONE_NUMBER:0798 102 664]] | [[ID_NUMBER:27719035]] | 1,200 | transport |
| [[PERSON:Fatuma Hassan]] | [[PHONE_NUMBER:0733 590 217]] | [[ID_NUMBER:29004418]] | 10,000 | stock |""",
    """{"name": "[[PERSON:Ifeanyi Okeke]]", "bvn": "[[ID_NUMBER:22304819562]]", "account": "[[ID_NUMBER:2039184475]]", "phone": "[[PHONE_NUMBER:08034412907]]", "state": "[[LOCATION:Anambra]]", "kyc_tier": 3}
{"name": "[[PERSON:Halima Bello]]", "bvn": "[[ID_NUMBER:22190337481]]", "account": "[[ID_NUMBER:0071249983]]", "phone": "[[PHONE_NUMBER:08129904415]]", "state": "[[LOCATION:Kano]]", "kyc_tier": 2}
{"name": "[[PERSON:Tolulope Adeyemi]]", "bvn": "[[ID_NUMBER:22417730095]]", "account": "[[ID_NUMBER:3102266718]]", "phone": "[[PHONE_NUMBER:07062218840]]", "state": "[[LOCATION:Oyo]]", "kyc_tier": 3}""",
    """client_name,sin,province,postal_code,phone,advisor
[[PERSON:Marie-Ève Tremblay]],[[ID_NUMBER:527 190 482]],[[LOCATION:QC]],[[ZIP_CODE:G1R 4P5]],[[PHONE_NUMBER:418-692-3318]],desk 4
[[PERSON:Harjeet Dhaliwal]],[[ID_NUMBER:713 884 021]],[[LOCATION:BC]],[[ZIP_CODE:V3W 1L8]],[[PHONE_NUMBER:604-597-2210]],desk 2
[[PERSON:Connor MacLeod]],[[ID_NUMBER:276 501 137]],[[LOCATION:NS]],[[ZIP_CODE:B3H 2Y9]],[[PHONE_NUMBER:902-471-0086]],desk 4""",
    """employee|tfn|super_fund|state|postcode
[[PERSON:Jarrah Williams]]|[[ID_NUMBER:876 543 210]]|AustralianSuper|[[LOCATION:NT]]|[[ZIP_CODE:0810]]
[[PERSON:Olivia Papadopoulos]]|[[ID_NUMBER:718 293 040]]|Hostplus|[[LOCATION:SA]]|[[ZIP_CODE:5067]]
[[PERSON:Minh Tran]]|[[ID_NUMBER:459 217 360]]|REST|[[LOCATION:NSW]]|[[ZIP_CODE:2166]]""",
    """NRIC/FIN    NAME                      ADDRESS                              POSTAL
[[ID_NUMBER:S7621054C]]   [[PERSON:Lim Boon Keng]]             [[ADDRESS:Blk 412 Bedok North Ave 2, #08-117]]   [[ZIP_CODE:460412]]
[[ID_NUMBER:G5102836N]]   [[PERSON:Rahul Venkatesh]]           [[ADDRESS:21 Tampines St 92, #03-05]]            [[ZIP_CODE:528872]]
[[ID_NUMBER:F3318042W]]   [[PERSON:Maria Clara Santos]]        [[ADDRESS:8 Jurong West St 64, #11-22]]          [[ZIP_CODE:640008]]""",
    """- name: [[PERSON:Mereana Tipene]]
  ird: "[[ID_NUMBER:123-091-876]]"
  phone: "[[PHONE_NUMBER:09 378 4410]]"
  city: [[LOCATION:Auckland]]
  kiwisaver_rate: 4%
- name: [[PERSON:Callum Reid]]
  ird: "[[ID_NUMBER:049-813-325]]"
  phone: "[[PHONE_NUMBER:03 477 2091]]"
  city: [[LOCATION:Dunedin]]
  kiwisaver_rate: 3%""",
    """name,sss_no,mobile,city,branch
[[PERSON:Jericho Manalo]],[[ID_NUMBER:33-4412908-7]],[[PHONE_NUMBER:0918 204 3377]],[[LOCATION:Quezon City]],Cubao
[[PERSON:Rowena Bautista]],[[ID_NUMBER:02-1187345-9]],[[PHONE_NUMBER:0927 551 0982]],[[LOCATION:Cebu City]],Mandaue
[[PERSON:Aljon Villanueva]],[[ID_NUMBER:34-0928816-2]],[[PHONE_NUMBER:0905 318 4476]],[[LOCATION:Davao City]],Bajada""",
    """| Name | PPSN | Eircode | County | Scheme |
|------|------|---------|--------|--------|
| [[PERSON:Ciarán Ó Súilleabháin]] | [[ID_NUMBER:6029184C]] | [[ZIP_CODE:P12 W3K7]] | [[LOCATION:Cork]] | Fuel Allowance |
| [[PERSON:Bridget Nolan]] | [[ID_NUMBER:3390217RA]] | [[ZIP_CODE:R93 D2H4]] | [[LOCATION:Carlow]] | Household Benefits |""",
    "name\tbsn\tiban\tcity\n[[PERSON:Daan Bakker]]\t[[ID_NUMBER:236741093]]\t[[IBAN_CODE:NL77INGB0008812345]]\t[[LOCATION:Utrecht]]\n[[PERSON:Fleur Visser]]\t[[ID_NUMBER:618392014]]\t[[IBAN_CODE:NL88RABO0153729406]]\t[[LOCATION:Groningen]]\n[[PERSON:Youssef El Amrani]]\t[[ID_NUMBER:177208545]]\t[[IBAN_CODE:NL91ABNA0417164300]]\t[[LOCATION:Rotterdam]]",
    """kunde,customer_name,iban,city,segment
K-22019,[[PERSON:Friederike Brandt]],[[IBAN_CODE:DE29 1001 0010 0987 6543 21]],[[LOCATION:Berlin]],retail
K-22041,[[PERSON:Mustafa Demir]],[[IBAN_CODE:DE50 5001 0517 5409 7311 02]],[[LOCATION:Frankfurt am Main]],retail
K-22107,[[PERSON:Jan-Philipp Albers]],[[IBAN_CODE:DE66 2004 1111 0644 3782 01]],[[LOCATION:Hamburg]],private""",
    """{"creditor_ref": "SEPA-0419", "debtor": "[[PERSON:Pilar Ortega Ruiz]]", "iban": "[[IBAN_CODE:ES4600491500040512345672]]", "amount": 45.00, "mandate": "MND-7781"}
{"creditor_ref": "SEPA-0420", "debtor": "[[PERSON:Rui Miguel Carvalho]]", "iban": "[[IBAN_CODE:PT50003506830000077643134]]", "amount": 45.00, "mandate": "MND-7782"}
{"creditor_ref": "SEPA-0421", "debtor": "[[PERSON:Anouk Peeters]]", "iban": "[[IBAN_CODE:BE68539007547034]]", "amount": 60.00, "mandate": "MND-7790"}""",
    """Customer: [[PERSON:Rashid Al Mansoori]]
Emirates ID: [[ID_NUMBER:784-1979-3308152-9]]
Nationality: [[NRP:Emirati]]
Mobile: [[PHONE_NUMBER:+971 50 418 2273]]
IBAN: [[IBAN_CODE:AE59 0330 0000 1022 3344 551]]
Risk rating: Low
---
Customer: [[PERSON:Noura Al-Harbi]]
National ID: [[ID_NUMBER:1084472916]]
Nationality: [[NRP:Saudi]]
Mobile: [[PHONE_NUMBER:+966 55 201 7734]]
IBAN: [[IBAN_CODE:SA03 8000 0000 6080 1016 7519]]
Risk rating: Medium""",
    """| Policyholder | SSN | DOB | State | ZIP |
|---|---|---|---|---|
| [[PERSON:Wendell Harris]] | [[US_SSN:287-51-0946]] | [[DATE_TIME:08/14/1952]] | [[LOCATION:OH]] | [[ZIP_CODE:44107]] |
| [[PERSON:Lupe Fonoti]] | [[US_SSN:533-20-7718]] | [[DATE_TIME:01/30/1979]] | [[LOCATION:WA]] | [[ZIP_CODE:98402]] |
| [[PERSON:Irene Castellano]] | [[US_SSN:041-66-2390]] | [[DATE_TIME:11/02/1990]] | [[LOCATION:CT]] | [[ZIP_CODE:06511]] |""",
    """driver_name,dl_number,dl_state,dl_exp,vehicle_plate,route
[[PERSON:Marcus Bell]],[[US_DRIVER_LICENSE:B1204477]],[[LOCATION:CA]],2027-05,[[ID_NUMBER:7XKM442]],R12
[[PERSON:Teresa Nguyen]],[[US_DRIVER_LICENSE:31884902]],[[LOCATION:TX]],2026-11,[[ID_NUMBER:LHK-4021]],R07
[[PERSON:Dwayne Okafor]],[[US_DRIVER_LICENSE:O214-553-92-118]],[[LOCATION:FL]],2028-02,[[ID_NUMBER:QPV 81J]],R12""",
    "traveler\tpassport_no\tdob\temergency_contact\tcontact_phone\n[[PERSON:Abigail Foster]]\t[[US_PASSPORT:561874203]]\t[[DATE_TIME:1999-04-18]]\t[[PERSON:Kim Foster]]\t[[PHONE_NUMBER:(919) 405-2271]]\n[[PERSON:Jonah Weiss]]\t[[US_PASSPORT:A22194870]]\t[[DATE_TIME:2000-12-03]]\t[[PERSON:Deborah Weiss]]\t[[PHONE_NUMBER:(301) 668-0914]]\n[[PERSON:Sofia Ramirez]]\t[[US_PASSPORT:648201773]]\t[[DATE_TIME:1998-07-26]]\t[[PERSON:Luis Ramirez]]\t[[PHONE_NUMBER:(915) 533-8402]]",
    """name | company | email | handle | country
[[PERSON:Olamide Bankole]] | Paystack | [[EMAIL_ADDRESS:olamide.b@paystack.com]] | @[[USERNAME:olamidecodes]] | [[LOCATION:Nigeria]]
[[PERSON:Tereza Nováková]] | Avast | [[EMAIL_ADDRESS:tereza.novakova@gmail.com]] | @[[USERNAME:terezanov]] | [[LOCATION:Czechia]]
[[PERSON:Diego Armando Ríos]] | Mercado Libre | [[EMAIL_ADDRESS:drios@mercadolibre.com]] | @[[USERNAME:dario_dev]] | [[LOCATION:Argentina]]""",
    """username,display_name,profile_url,followers,verified
[[USERNAME:chef.kalani]],[[PERSON:Kalani Akana]],[[URL:https://www.tiktok.com/@chef.kalani]],48200,false
[[USERNAME:runwithrach]],[[PERSON:Rachel Ashdown]],[[URL:https://www.instagram.com/runwithrach/]],12950,false
[[USERNAME:drpatelderm]],[[PERSON:Dr. Nisha Patel]],[[URL:https://x.com/drpatelderm]],230400,true""",
    """UID   LOGIN        GECOS                  LAST_IP          SHELL
1001  [[USERNAME:bwilliams]]    [[PERSON:Brian Williams]]         [[IP_ADDRESS:172.31.9.44]]      /bin/bash
1002  [[USERNAME:nokonkwo]]     [[PERSON:Nkechi Okonkwo]]         [[IP_ADDRESS:172.31.9.61]]      /bin/zsh
1007  [[USERNAME:svidal]]       [[PERSON:Sebastián Vidal]]        [[IP_ADDRESS:100.64.12.3]]      /bin/bash""",
    """oncall:
  primary:
    name: [[PERSON:Hiroshi Yamada]]
    phone: "[[PHONE_NUMBER:+1 (646) 220-3318]]"
    email: [[EMAIL_ADDRESS:hyamada@quillpay.io]]
  secondary:
    name: [[PERSON:Ana Lúcia Prates]]
    phone: "[[PHONE_NUMBER:+1 (646) 220-3391]]"
    email: [[EMAIL_ADDRESS:aprates@quillpay.io]]
  escalation_mailbox: sre@quillpay.io""",
    """| Owner | Pet | Species | Phone | Next visit |
|-------|-----|---------|-------|------------|
| [[PERSON:Gwen Morgan]] | Pudding | cat | [[PHONE_NUMBER:029 2048 7713]] | [[DATE_TIME:Tue 18 Nov, 10:15]] |
| [[PERSON:Rhys Evans]] | Bramble | dog | [[PHONE_NUMBER:07700 900 114]] | [[DATE_TIME:Wed 19 Nov, 16:40]] |
| [[PERSON:Anjali Rao]] | Mango | rabbit | [[PHONE_NUMBER:07700 900 665]] | [[DATE_TIME:Fri 21 Nov, 09:00]] |""",
    """pupil,class,contact_name,relationship,phone
[[PERSON:Zara Ahmed]],2B,[[PERSON:Samina Ahmed]],mother,[[PHONE_NUMBER:0161 496 0732]]
[[PERSON:Zara Ahmed]],2B,[[PERSON:Tariq Ahmed]],father,[[PHONE_NUMBER:07700 900 283]]
[[PERSON:Oscar Lindqvist]],3A,[[PERSON:Maja Lindqvist]],mother,[[PHONE_NUMBER:07700 900 841]]
[[PERSON:Ruby-Mae Collins]],3A,[[PERSON:Pat Collins]],grandparent,[[PHONE_NUMBER:0161 496 0519]]""",
    """APPLICANT
  Name ............ [[PERSON:Desmond K. Ofori]]
  DOB ............. [[DATE_TIME:06/19/1983]]
  SSN ............. [[US_SSN:371-24-8859]]
  Phone ........... [[PHONE_NUMBER:(678) 330-1942]]
  Address ......... [[ADDRESS:480 Peachtree Pl NW, Unit 1207]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30308]]
CO-APPLICANT
  Name ............ [[PERSON:Akosua Ofori]]
  DOB ............. [[DATE_TIME:02/27/1986]]
  SSN ............. [[US_SSN:371-55-2014]]
  Phone ........... [[PHONE_NUMBER:(678) 330-2097]]""",
    """{"case": "CB-5012", "card": "[[CREDIT_CARD:4008376120495518]]", "holder": "[[PERSON:Patrick Ndiaye]]", "amount": 349.00, "reason": "10.4"}
{"case": "CB-5013", "card": "[[CREDIT_CARD:2710493365088271]]", "holder": "[[PERSON:Hye-jin Cho]]", "amount": 72.15, "reason": "13.1"}
{"case": "CB-5019", "card": "[[CREDIT_CARD:376241008319747]]", "holder": "[[PERSON:Albert Szabó]]", "amount": 1180.00, "reason": "4837"}
{"case": "CB-5020", "card": "[[CREDIT_CARD:5351207388460128]]", "holder": "[[PERSON:Precious Moyo]]", "amount": 15.99, "reason": "13.2"}""",
    """number,donor_operator,account_holder,port_date,contact_email
[[PHONE_NUMBER:0412 553 016]],Optus,[[PERSON:Bianca Russo]],[[DATE_TIME:2025-11-24]],[[EMAIL_ADDRESS:bianca.russo@bigpond.com]]
[[PHONE_NUMBER:0433 807 291]],Vodafone,[[PERSON:Tuan Pham]],[[DATE_TIME:2025-11-24]],[[EMAIL_ADDRESS:tuan.pham88@gmail.com]]
[[PHONE_NUMBER:0401 226 478]],Telstra,[[PERSON:Kirra Anderson]],[[DATE_TIME:2025-11-26]],[[EMAIL_ADDRESS:kirra.a@outlook.com.au]]""",
    "applicant\tnationality\tpassport\tarrival\tport_of_entry\n[[PERSON:Ahmad Karimi]]\t[[NRP:Afghan]]\t[[ID_NUMBER:P01882734]]\t[[DATE_TIME:03 Jan 2026]]\t[[LOCATION:Toronto]]\n[[PERSON:Ngozi Umeh]]\t[[NRP:Nigerian]]\t[[ID_NUMBER:B00471926]]\t[[DATE_TIME:11 Jan 2026]]\t[[LOCATION:Calgary]]\n[[PERSON:Thiago Mendes]]\t[[NRP:Brazilian]]\t[[ID_NUMBER:GC114203]]\t[[DATE_TIME:19 Jan 2026]]\t[[LOCATION:Vancouver]]",
    """| Member no. | Name | Tier | Email |
|---|---|---|---|
| [[ID_NUMBER:EK 402 118 773]] | [[PERSON:Priyanka Chopra-Mehta]] | Gold | [[EMAIL_ADDRESS:priyanka.cm@yahoo.in]] |
| [[ID_NUMBER:EK 519 004 226]] | [[PERSON:Ross Galbraith]] | Silver | [[EMAIL_ADDRESS:rgalbraith@blueyonder.co.uk]] |
| [[ID_NUMBER:EK 330 771 940]] | [[PERSON:Layla Haddad]] | Blue | [[EMAIL_ADDRESS:layla.haddad@icloud.com]] |""",
    """guest | loyalty_id | nights_ytd | phone | last_stay_city
[[PERSON:Ezekiel Moore]] | [[ID_NUMBER:HH-771204388]] | 22 | [[PHONE_NUMBER:+1 312 440 8817]] | [[LOCATION:Denver]]
[[PERSON:Saoirse Kelly]] | [[ID_NUMBER:HH-771309125]] | 9 | [[PHONE_NUMBER:+353 87 662 1045]] | [[LOCATION:Boston]]
[[PERSON:Arash Rahimi]] | [[ID_NUMBER:HH-770998412]] | 41 | [[PHONE_NUMBER:+1 416 208 7736]] | [[LOCATION:Toronto]]""",
    """rx_no,patient,dob,drug,qty,refills_left
RX-448120,[[PERSON:Bernadette Kowal]],[[DATE_TIME:1947-09-03]],lisinopril 10mg,90,2
RX-448131,[[PERSON:Jamal Whitaker]],[[DATE_TIME:1988-01-22]],sertraline 50mg,30,5
RX-448157,[[PERSON:Evelyn Tsosie]],[[DATE_TIME:1961-05-11]],atorvastatin 20mg,90,0""",
    """MAGISTRATES' COURT LIST – COURT 3
CASE        DEFENDANT                 AGE  TIME   OFFENCE
MC/25/0418  [[PERSON:Kyle Robert Dennison]]      [[AGE:24]]   10:00  Theft from shop
MC/25/0422  [[PERSON:Shannon Leigh Marr]]        [[AGE:31]]   10:00  Drink driving
MC/25/0431  [[PERSON:Ioan Petrescu]]             [[AGE:46]]   11:30  No insurance""",
    """guests:
  - party: "Auntie [[PERSON:Comfort]] & Uncle [[PERSON:Kojo]]"
    address: "[[ADDRESS:19 Dunmore Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2DT]]"
    rsvp: yes
    dietary: none
  - party: "[[PERSON:Tobi]] +1"
    address: "[[ADDRESS:Flat 3B, Marlowe Court, 8 Elm Grove]], [[LOCATION:Brighton]] [[ZIP_CODE:BN2 3ES]]"
    rsvp: pending
    dietary: vegan""",
    """{"trip": "T-55021", "rider": "[[PERSON:Naledi Khumalo]]", "rider_phone": "[[PHONE_NUMBER:+27 72 118 4409]]", "pickup": "[[ADDRESS:44 Jan Smuts Ave]], [[LOCATION:Rosebank]]", "dropoff": "[[ADDRESS:12 Fredman Dr]], [[LOCATION:Sandton]]", "fare_zar": 118}
{"trip": "T-55034", "rider": "[[PERSON:Brandon Naidoo]]", "rider_phone": "[[PHONE_NUMBER:+27 83 905 2217]]", "pickup": "O.R. Tambo Intl, Terminal A", "dropoff": "[[ADDRESS:7 Rivonia Rd]], [[LOCATION:Illovo]]", "fare_zar": 342}""",
    """title,first_name,last_name,house_no,postcode,gift_aid
[[TITLE:Mrs]],[[PERSON:Margaret]],[[PERSON:Ellison]],[[ADDRESS:14]],[[ZIP_CODE:YO31 7PD]],Y
[[TITLE:Mr]],[[PERSON:Rajinder]],[[PERSON:Bhogal]],[[ADDRESS:Rosedene]],[[ZIP_CODE:B21 9QN]],Y
[[TITLE:Dr]],[[PERSON:Helen]],[[PERSON:Mburu]],[[ADDRESS:221A]],[[ZIP_CODE:EH9 1SA]],N""",
    """| Resident | Age | Room | Next of kin | NOK phone |
|---|---|---|---|---|
| [[PERSON:Albert Cheung]] | [[AGE:91]] | 12 | [[PERSON:Wing Cheung]] (son) | [[PHONE_NUMBER:020 7946 0815]] |
| [[PERSON:Edna Fairweather]] | [[AGE:87]] | 14 | [[PERSON:Paula Grimes]] (niece) | [[PHONE_NUMBER:07700 900 471]] |
| [[PERSON:Hamish Drummond]] | [[AGE:84]] | 21 | [[PERSON:Fiona Drummond]] (daughter) | [[PHONE_NUMBER:01382 660 245]] |""",
    """nome,cpf,celular,cidade,uf
[[PERSON:Juliana Ferraz]],[[ID_NUMBER:190.467.385-66]],[[PHONE_NUMBER:(31) 98811-4520]],[[LOCATION:Belo Horizonte]],[[LOCATION:MG]]
[[PERSON:Caio Henrique Prado]],[[ID_NUMBER:405.821.679-49]],[[PHONE_NUMBER:(41) 99702-3318]],[[LOCATION:Curitiba]],[[LOCATION:PR]]
[[PERSON:Rosângela Moura]],[[ID_NUMBER:236.917.048-40]],[[PHONE_NUMBER:(71) 98204-6671]],[[LOCATION:Salvador]],[[LOCATION:BA]]
[[PERSON:Wesley Nunes]],[[ID_NUMBER:671.204.398-04]],[[PHONE_NUMBER:(85) 99134-0087]],[[LOCATION:Fortaleza]],[[LOCATION:CE]]""",
    """| Linha | Titular | Plano | Vencimento | E-mail |
|-------|---------|-------|-----------|--------|
| [[PHONE_NUMBER:(11) 94418-2207]] | [[PERSON:Patrícia Gomes]] | Controle 25GB | dia 10 | [[EMAIL_ADDRESS:patricia.gomes@terra.com.br]] |
| [[PHONE_NUMBER:(19) 99630-5512]] | [[PERSON:Eduardo Sampaio]] | Pós 50GB | dia 15 | [[EMAIL_ADDRESS:edu.sampaio@gmail.com]] |
| [[PHONE_NUMBER:(48) 98877-1034]] | [[PERSON:Luana Silveira]] | Pré | — | [[EMAIL_ADDRESS:luana.silveira@hotmail.com]] |""",
    """RESERVA 0048821 — PASSAGEIROS
Passageiro 1: [[PERSON:Marcelo Tavares Rocha]]
CPF: [[ID_NUMBER:083.516.724-08]]
Nascimento: [[DATE_TIME:17/05/1982]]
Passageiro 2: [[PERSON:Beatriz Tavares Rocha]]
CPF: [[ID_NUMBER:954.302.817-60]]
Nascimento: [[DATE_TIME:02/11/2014]]
Contato: [[PHONE_NUMBER:+55 62 99104-7735]] / [[EMAIL_ADDRESS:marcelo.trocha@yahoo.com.br]]
Trecho: [[LOCATION:Goiânia]] → [[LOCATION:Natal]], ida [[DATE_TIME:28/12/2025]], volta [[DATE_TIME:06/01/2026]]""",
    """cognome;nome;codice_fiscale;comune;cap
[[PERSON:Bianchi]];[[PERSON:Giovanni]];[[ID_NUMBER:BNCGNN79D18D612E]];[[LOCATION:Firenze]];[[ZIP_CODE:50129]]
[[PERSON:Marino]];[[PERSON:Elena]];[[ID_NUMBER:MRNLNE85R43L219P]];[[LOCATION:Torino]];[[ZIP_CODE:10128]]
[[PERSON:Colombo]];[[PERSON:Stefano]];[[ID_NUMBER:CLMSFN72T25A794F]];[[LOCATION:Bergamo]];[[ZIP_CODE:24121]]
[[PERSON:Ricci]];[[PERSON:Sara]];[[ID_NUMBER:RCCSRA01B47L781W]];[[LOCATION:Verona]];[[ZIP_CODE:37122]]""",
    """| Ospite | Arrivo | Partenza | Telefono | Documento |
|---|---|---|---|---|
| [[PERSON:Matteo Galli]] | [[DATE_TIME:12/01/2026]] | [[DATE_TIME:15/01/2026]] | [[PHONE_NUMBER:+39 010 553 2871]] | C.I. [[ID_NUMBER:CA71204MN]] |
| [[PERSON:Alessia Fontana]] | [[DATE_TIME:12/01/2026]] | [[DATE_TIME:13/01/2026]] | [[PHONE_NUMBER:+39 340 918 2236]] | patente [[ID_NUMBER:BA5518302K]] |
| [[PERSON:Hans Müller]] | [[DATE_TIME:14/01/2026]] | [[DATE_TIME:18/01/2026]] | [[PHONE_NUMBER:+49 171 2290 431]] | passaporto [[ID_NUMBER:C4JK29LT7]] |""",
    """{"beneficiario": "[[PERSON:Stefano Colombo]]", "iban": "[[IBAN_CODE:IT56O0103002800000003477120]]", "importo": 1250.00, "causale": "affitto dicembre"}
{"beneficiario": "[[PERSON:Sara Ricci]]", "iban": "[[IBAN_CODE:IT50 C083 2703 2390 0000 0012 988]]", "importo": 80.00, "causale": "quota palestra"}
{"beneficiario": "[[PERSON:Matteo Galli]]", "iban": "[[IBAN_CODE:IT17X0200805364000401128730]]", "importo": 415.50, "causale": "rimborso spese trasferta"}""",
]

CHAT = [
    """Chat started 14:02
[[PERSON:Ellie]] (Support): Hi, you're through to [[PERSON:Ellie]]. Can I take your name and the number on the account?
Customer: hi its [[PERSON:Marcus Adeyemi]], number is [[PHONE_NUMBER:07700 900 642]]
[[PERSON:Ellie]] (Support): Thanks [[PERSON:Marcus]]. For security, can you confirm your date of birth and the first line of your address?
Customer: [[DATE_TIME:19/08/1990]], [[ADDRESS:52 Gorse Hill Road]]
[[PERSON:Ellie]] (Support): Perfect. I can see the roaming add-on wasn't applied before your trip to [[LOCATION:Spain]], so you were charged per MB. I'll refund £38.50 to your account.
Customer: can it go back on my card instead, the one ending 3312
[[PERSON:Ellie]] (Support): Refunds go to the account, but it'll come off your next bill. Anything else, [[PERSON:Marcus]]?""",
    """[09:41] Virtual assistant: Hi! How can I help today?
[09:41] You: need to report a stolen card
[09:42] Agent [[PERSON:Derek M.]]: Hi, this is [[PERSON:Derek]]. I'm sorry to hear that. Can you give me the full card number?
[09:42] You: [[CREDIT_CARD:4761 7300 9824 6351]]
[09:43] Agent [[PERSON:Derek M.]]: And the name on the card plus your billing ZIP?
[09:43] You: [[PERSON:Angela Whitford]], [[ZIP_CODE:30062]]
[09:44] Agent [[PERSON:Derek M.]]: Thank you, [[PERSON:Angela]]. The card is frozen. A replacement will go to [[ADDRESS:1702 Canton Rd NE]], [[LOCATION:Marietta]], [[LOCATION:GA]] — is that still right?
[09:44] You: yes. my husband [[PERSON:Lamar]] is an authorized user, does his card still work?""",
    """[7:02 pm] Mummy: Beta please send [[PERSON:Neha]]'s new address, I have to post the wedding card
[7:10 pm] [[PERSON:Rohan]]: [[ADDRESS:B-704, Lodha Amara, Kolshet Road]], [[LOCATION:Thane West]] [[ZIP_CODE:400607]]
[7:11 pm] [[PERSON:Rohan]]: her number also changed, [[PHONE_NUMBER:98191 40372]]
[7:15 pm] [[PERSON:Kavita]] Masi: [[PERSON:Neha]] beta's birthday is on [[DATE_TIME:22nd Dec]] na? we can give the card then itself
[7:16 pm] Mummy: ok. [[PERSON:Rohan]] also send [[PERSON:Aditya]]'s email, his office one is bouncing
[7:20 pm] [[PERSON:Rohan]]: [[EMAIL_ADDRESS:aditya.kulkarni91@gmail.com]]""",
    """#support-escalations
@[[USERNAME:kasia.w]] 10:14  anyone know why the refund for [[PERSON:Mr. Onyango]] is stuck? his account is [[ID_NUMBER:AC-5531902]]
@[[USERNAME:devraj]] 10:16  checking. the IBAN he gave us was [[IBAN_CODE:GB47 RBOS 1610 0010 7422 91]], looks valid
@[[USERNAME:devraj]] 10:17  oh, it bounced because the name on file is "[[PERSON:Daniel Onyango]]" and the bank has "[[PERSON:D. O. Onyango]]"
@[[USERNAME:kasia.w]] 10:18  ugh. I'll ring him on [[PHONE_NUMBER:07700 900 335]] and ask him to update it
@[[USERNAME:mthompson]] 10:20  pls don't paste customer IBANs in here, put them in the ticket""",
    """[[PERSON:Jess]] (Wanderlust Travel): Morning! I've got your Bali package on hold. Can you send the passport details for everyone?
[[PERSON:Quang Nguyen]]: Sure. Me: [[ID_NUMBER:PA4471823]]. My wife [[PERSON:Linh Nguyen]]: [[ID_NUMBER:PB0938216]]. Our son [[PERSON:Bao]] is [[AGE:6]], his is [[ID_NUMBER:PC2210457]]
[[PERSON:Jess]] (Wanderlust Travel): Thanks! And dates of birth please?
[[PERSON:Quang Nguyen]]: [[DATE_TIME:3/4/1987]], [[DATE_TIME:21/9/1989]], [[DATE_TIME:15/6/2019]]
[[PERSON:Jess]] (Wanderlust Travel): Perfect. Flights are [[LOCATION:Sydney]] → [[LOCATION:Denpasar]] on [[DATE_TIME:Sat 10 Jan]], returning [[DATE_TIME:Sun 18 Jan]]. Deposit is $600 — card or bank transfer?
[[PERSON:Quang Nguyen]]: card. call me on [[PHONE_NUMBER:0423 118 590]] and I'll read it out""",
    """[[USERNAME:xXShadowFoxXx]]: yo who's hosting the LAN on saturday
[[USERNAME:lunaticlemon]]: me!! [[ADDRESS:88 Barrow St, apt 3F]], buzzer's broken so text when ur outside
[[USERNAME:xXShadowFoxXx]]: bet. whats ur number again
[[USERNAME:lunaticlemon]]: [[PHONE_NUMBER:646-201-7789]], and my real name is [[PERSON:Lena]] btw lol, the doorman won't know "lunaticlemon"
[[USERNAME:grindhouse_gus]]: ill bring the switch. venmo [[PERSON:lena]] for pizza?
[[USERNAME:lunaticlemon]]: yes @[[USERNAME:lena-marchetti-7]] on venmo, $12 each""",
    """[10:02] Banco Atende: Olá! Para continuar, informe seu nome completo e CPF.
[10:03] Cliente: [[PERSON:Priscila Andrade Melo]], [[ID_NUMBER:312.678.905-68]]
[10:03] Banco Atende: Obrigado, [[PERSON:Priscila]]. Como podemos ajudar?
[10:04] Cliente: meu cartão [[CREDIT_CARD:5067 1733 9020 1469]] foi clonado, apareceu uma compra em [[LOCATION:Manaus]] e eu moro em [[LOCATION:Campinas]]
[10:05] Atendente [[PERSON:Rogério]]: Oi, [[PERSON:Priscila]], aqui é o [[PERSON:Rogério]]. Já bloqueei o cartão. O novo vai para [[ADDRESS:Rua Barão de Jaguara, 900, casa 2]], CEP [[ZIP_CODE:13015-001]], certo?
[10:06] Cliente: isso. se precisar me liga no [[PHONE_NUMBER:(19) 98120-4467]]""",
    """Operatore ([[PERSON:Giada]]): Buongiorno, sono [[PERSON:Giada]] del servizio clienti. Con chi parlo?
Cliente: Salve, sono [[PERSON:Davide Marchi]], titolare della linea [[PHONE_NUMBER:328 441 9072]]
Operatore ([[PERSON:Giada]]): Grazie, [[PERSON:Davide]]. Mi conferma il codice fiscale?
Cliente: [[ID_NUMBER:MRCDVD83E14G702V]]
Operatore ([[PERSON:Giada]]): Vedo che l'opzione Estero è stata attivata il [[DATE_TIME:2 novembre]] e disattivata il [[DATE_TIME:9 novembre]]. Il traffico extra risale al [[DATE_TIME:7 novembre]].
Cliente: Sì, ero a [[LOCATION:Lisbona]] con mia moglie [[PERSON:Serena]]. Mi può mandare il dettaglio a [[EMAIL_ADDRESS:davide.marchi83@libero.it]]?""",
]

LOOKALIKE = [
    """Order #112-4409317-2285416 confirmed! Ships from fulfilment centre FC-LGB8 in 1–2 days. Items: SKU HX-2291-BLK (qty 2), SKU HX-2291-WHT (qty 1). Tracking: 1Z 999 AA1 01 2345 6784 (UPS). Invoice INV-2025-004417 is attached. Questions? Call 1-800-642-7731 or email orders@northpeak-outfitters.com. Thanks for shopping with us, [[PERSON:Devon]]!""",
    """Release 4.12.0.3 (build 20251104.2)
- Bumped OpenSSL to 3.0.15; image sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
- Compatible with controller firmware 2.4.118.6 and 3.1.0.22 (not 3.1.0.19)
- Fixed the Dijkstra route cache and the Bloom filter false-positive rate; closes #4471 and CVE-2025-31337
- Device serials starting SN-5CG12 need the hotfix KB5031455
- Config schema id 6f1c2a7e-44b1-4d0e-9b53-0c8e2f7a9d10
Support: +1 (800) 642-7676, support@relaywave.com""",
    """Module reading list (PHYS 2201): ISBN 978-0-306-40615-7 and ISBN 978-1-84356-028-9 are on short loan. Topics this term: the Doppler effect, Planck's constant, Hodgkin lymphoma in the medical physics strand, and Parkinson's disease imaging. Lectures are in the Florence Nightingale Building off Martin Luther King Jr Way, room B-204. Books on hold for patron [[ID_NUMBER:P0039182]] ([[PERSON:F. Mahlangu]]) until the desk closes; loan ref LN-99321.""",
    """INVOICE No. 2025/0871    PO: PO-77123    Tax point: 31/10/2025
Supplier: Harbour & Finch Ltd, Wellington Quay, company no. 08812345, VAT GB 284 7761 39
Customer contact: [[PERSON:Gemma Roberts]], Facilities
12 x HF-CHAIR-09 (serial range HF09-22011 to HF09-22022) @ £145.00
Payment ref HF-0871, due within 30 days. Queries: accounts@harbourfinch.co.uk / 0345 600 1122""",
    """CHANGE CHG0041187 — core switch upgrade
Scope: stack SW-CORE-01/02 to 17.9.4a (from 17.6.5); management VLAN 220; asset tags AT-00918, AT-00919
Controller version 8.2.10.44 stays; licence key 7XK2-99QM-4TTR-1B0Z
Maintenance window: Saturday 02:00–04:00, rollback plan RB-118
Port map revision r42, checksum a3f9c1e0
Approved by [[PERSON:Rhiannon Pugh]]; on-site contact: service desk x4000""",
    """Ordine n. 402-2291873-5530 confermato. Spedizione con corriere, codice di tracciamento 0583 1123 4471 99. Fattura n. FT/2025/01893, P.IVA 07643520567. Codice articolo CM-4471-BLU, taglia 42. Ritiro presso il punto vendita di Via Giuseppe Garibaldi, aperto fino alle 19:30. Assistenza: numero verde 800 123 456 o assistenza@casamoda.it. Grazie, [[PERSON:Federica]]!""",
    """E-TICKET RECEIPT
Ticket number: 176-2401937745    Booking ref: QX7L2B
Passenger: [[PERSON:NKEMDIRIM/CHIOMA]] [[TITLE:MS]]
EK 0784  [[DATE_TIME:14NOV]]  ACC-DXB  dep 14:35  Terminal 3  Gate B22  Seat 41K
Fare basis YLOWAE1   Baggage 2PC   Tag EK 448120   Aircraft A6-EVB
Contact centre: 600 555 555""",
]

STYLES = {
    "gen": GEN,
    "bench": BENCH,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind84", STYLES, OUT)


if __name__ == "__main__":
    main()

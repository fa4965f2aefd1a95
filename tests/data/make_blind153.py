"""Build tests/data/blind153.jsonl: a *blind*, hand-written labeled PII set (240 records).

    .venv/bin/python tests/data/make_blind153.py

It prints only counts (records per style, spans per entity type, and a
check that every `[[TYPE:value]]` mark was parsed), never a text or a value.

Blind: written without any knowledge of the detector it will measure. What
was read, and nothing else in the repository: the first 121 lines of
tests/data/make_blind22.py (its docstring with the labeling conventions and
style descriptions, and its imports) and its tail from `STYLES = {` to the
end (the STYLES dict and main(), copied as scaffolding); the whole of
tests/data/gold_sets.py; and lines 1-64 of tests/data/make_handwritten.py
(its conventions, the MARK and TITLE_IN_NAME regexes and `parse()`, which
are copied below). Not read: minimize/, recognizers/, bench/, any other
test, any other make_*.py (nor the record lists of make_blind22.py), the
README, and every *.jsonl (this set's output included; it was checked only
through the counts this script prints). No git command was run (no log,
status or diff). The detector, the bench, the tests and `minimize` were
never run. Do not tune the detector against this set: once it has been used
to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no loops, no templates filled by code.
Only the offsets are computed, by `parse()` (copied from make_handwritten.py
with its MARK and TITLE_IN_NAME regexes), which strips the inline
`[[TYPE:value]]` marks; `gold_sets.check` then checks every span, every card
(Luhn) and every IBAN (mod-97 and its country's length).

Check digits made valid (worked out with throwaway code while writing, not
kept and not generated here): card numbers (Luhn); IBANs (mod-97 and length;
the Spanish IBANs also carry right CCC control digits, the French ones a
right RIB key, the Portuguese ones a right NIB key); Spanish DNI and NIE
letters; Spanish social-security numbers (NAF, mod 97); the Spanish company
CIFs used as look-alikes; UK NHS numbers; Canadian SINs; Australian TFNs and Medicare numbers; New Zealand NHIs;
Irish PPSNs; Singapore NRICs; Portuguese NIFs; Indian Aadhaar numbers (Verhoeff); South
African ids (agreeing with birth date and sex); and the
look-alikes ISBN-13 / EAN-13 and ISO 6346 container numbers. Not checked:
US SSNs, UK NI numbers, passports, licences, plates, Catalan CIP / Basque
and Galician health card numbers, bank account numbers and staff, student,
member, patient and loyalty numbers.

Styles (ids `blind153-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: about 25 like ai4privacy pii-masking-200k/300k/400k (odd,
  dense mixed sentences with names, job titles, streets with building
  numbers, secondary addresses, IPv4 / IPv6, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), about 40 like gretel-pii-masking-en-v1 (claims,
  contracts, loan, medical, rental and benefit forms, notices, letters,
  settlements, petitions) and about 35 like Nemotron-PII (JSON, log lines,
  SQL, XML / FHIR, YAML, .env, HTTP requests, Python and Java test code,
  tickets, form dumps, mail headers, call records).
- `gen` (90): one to four "realistic sentences with personal data", names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small table per record rendered as text: CSV (comma and
  semicolon, quoted and not), TSV, pipes / Markdown / psql, fixed-width,
  JSON lines, YAML and key: value blocks; header rows sometimes unlabeled
  by design (a header is never labeled), non-PII columns mixed in.
- `chat` (8): support chats, family and marketplace threads, team group
  chats, with the speakers' names.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  tracking, invoice, booking, lot and customs references, SKUs, ISBN / EAN,
  IP-shaped versions, hashes, UUIDs, serials, container numbers, company
  registration numbers, company phones, role mailboxes, eponyms, streets
  named after people without a number), with the few real PII values
  labeled; one has no PII at all.

Languages: about nine records in ten in English (US, UK, Ireland, Canada,
Australia, New Zealand, India, Singapore, South Africa, and English text
about people, places and ids of the Basque Country, Navarre, Catalonia and
Galicia), the rest in Basque, Catalan and Galician. Domains, with extra
weight on fishing ports and canneries, cooperatives, universities and
regional health services (Osakidetza, CatSalut / ICS, SERGAS,
Osasunbidea, the NHS and others); the rest spread over banking, health,
pharmacy, legal, schools, HR, retail, travel, telecoms, government,
housing, gaming, social media, IT, deliveries, insurance and charities.

Labeling conventions: those of make_blind22.py (and the sets before it), in
short: PERSON for any part of a name (lowercase, initials, nicknames; the
possessive "'s" outside); TITLE for honorifics and ranks attached to a name
(also Sr., Don, Dona and Father written before a name; the Catalan
personal articles en / la / l' stay outside),
labeled apart; ADDRESS for number + street (+ unit), PO boxes, building
names, a building number or secondary address in its own field; LOCATION
for city, district, county, province, state, country; ZIP_CODE for
postcodes; DATE_TIME for a person's dates with a day or month (time of day
inside when attached); AGE the number only; USERNAME without "@"; URL only
personal pages and profiles; NRP nationality, religion, political group;
ID_NUMBER for national / tax / social-security / health-card ids, patient,
staff, student, customer and member numbers, bank accounts, non-US
passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
CREDIT_CARD, IBAN_CODE, IP_ADDRESS (IPv4 and IPv6), PHONE_NUMBER,
EMAIL_ADDRESS as named. Not labeled: passwords, genders, job titles,
employers and companies, user agents, MAC addresses, BIC / SWIFT, sort
codes, routing numbers, CVVs, expiries, PINs, order / ticket / claim /
policy / booking / tracking references, company phones, role mailboxes,
versions, hashes, serials and VINs, partial numbers, pets, eponyms, header rows,
"sex" / "gender" / "role" / "status" columns.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_set

OUT = Path(__file__).with_name("blind153.jsonl")

# copied from make_handwritten.py: MARK, TITLE_IN_NAME and parse()
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


GEN = [
    """[[PERSON:Maialen Etxeberria]] called the Osakidetza line on [[DATE_TIME:3 February 2025]] to move her mammogram at Basurto; her health card number is [[ID_NUMBER:BIZK 730915 04]] and she asked to be rung back on [[PHONE_NUMBER:688 41 27 93]].""",
    """Our new deckhand, [[PERSON:jon ander uriarte]], is [[AGE:19]] and lives at [[ADDRESS:Arrantzale kalea 7, 2º izq.]], [[ZIP_CODE:48370]] [[LOCATION:Bermeo]]. He starts on the tuna boat on [[DATE_TIME:June 2]].""",
    """Please refund the duplicate charge to the card ending 4417, not to [[PERSON:Grace Okonkwo]]'s old one. Her new contact number is [[PHONE_NUMBER:+234 803 552 1907]].""",
    """I'm writing on behalf of my father, [[PERSON:Ramón Piñeiro Lago]], who was born on [[DATE_TIME:14/09/1947]] and has lived in [[LOCATION:Cangas do Morrazo]] his whole life. His DNI is [[ID_NUMBER:36120548Z]].""",
    """The rental agreement for [[ADDRESS:Flat 3, 22 Leith Walk]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH6 5AA]] was signed by [[PERSON:Callum Fraser]] and [[PERSON:Aisha Bello]] on [[DATE_TIME:1 October 2024]].""",
    """Hey, it's [[PERSON:Wiremu]] from the gym — can you update my email to [[EMAIL_ADDRESS:wiremu.tane@xtra.co.nz]]? Membership no. [[ID_NUMBER:AKL-558102]].""",
    """After 31 years at the cannery in [[LOCATION:Ribeira]], [[PERSON:Carmen Otero]] ([[AGE:62]]) retires on [[DATE_TIME:30 April]]; her colleagues are collecting for a gift via [[PERSON:Uxía]], who can be reached at [[PHONE_NUMBER:981 87 33 02]].""",
    """The pharmacy flagged that [[TITLE:mr.]] [[PERSON:desmond achterberg]]'s warfarin prescription ran out on [[DATE_TIME:12 March 2025]]; his NHS number is [[ID_NUMBER:943 476 5919]].""",
    """Student [[PERSON:Nerea Lizarralde Goñi]] (ID [[ID_NUMBER:UPV-1043387]]) has requested an extension on her thesis deposit at the campus in [[LOCATION:Leioa]] until [[DATE_TIME:15 July 2025]].""",
    """Ship the replacement router to [[PERSON:Arjun Mehta]], [[ADDRESS:B-204, Lotus Residency, Baner Road]], [[LOCATION:Pune]] [[ZIP_CODE:411045]]. He'll be home after 6 pm; mobile [[PHONE_NUMBER:98220 41736]].""",
    """[[PERSON:Siobhán Ní Bhriain]]'s PPS number, [[ID_NUMBER:6433435F]], was entered twice on the carer's allowance form she posted from [[LOCATION:Galway]].""",
    """My landlord, [[PERSON:Mr. Pieterse]], still hasn't returned the deposit for [[ADDRESS:14 Kloof Nek Road]], [[LOCATION:Gardens]], [[LOCATION:Cape Town]] [[ZIP_CODE:8001]], and I moved out on [[DATE_TIME:28 February]].""",
    """When the claim came in, the adjuster spoke to [[PERSON:Toby Lindqvist]], who said the hailstorm dented his car, plate [[ID_NUMBER:1ABC 234]], parked outside his home in [[LOCATION:Toowoomba]], [[LOCATION:QLD]].""",
    """Can you please confirm the appointment for [[PERSON:Li Wei]] on [[DATE_TIME:Thursday 6 March at 9:40]]? Her patient number is [[ID_NUMBER:PT-0093315]].""",
    """A cooperativa de Mondragón contratou a [[PERSON:Iker Arrizabalaga]] como técnico; o seu número da Seguridade Social é [[ID_NUMBER:48 01928374 22]].""",
    """Estimada [[PERSON:Montserrat Vilaró]], us confirmem la visita al CAP de [[LOCATION:Vic]] el [[DATE_TIME:dijous 13 de març a les 10.15]]. El vostre codi CIP és [[ID_NUMBER:VIMO 0580512 03]].""",
    """Kaixo [[PERSON:Ane]], zure eskaera jaso dugu. Bidalketa [[ADDRESS:Zabalbide kalea 41, 3. B]] helbidera egingo dugu, [[ZIP_CODE:48006]] [[LOCATION:Bilbo]], [[DATE_TIME:martxoaren 4an]].""",
    """i think [[PERSON:danny o'rourke]] is [[AGE:34]] now, he moved to [[LOCATION:Halifax]] last spring and his new number is [[PHONE_NUMBER:902-555-0148]].""",
    """The bursar's office reissued the invoice to [[PERSON:Temitope Adeyemi-Clarke]] at [[EMAIL_ADDRESS:t.adeyemiclarke@student.ucc.ie]]; her student number [[ID_NUMBER:121734559]] was misspelled on the first copy.""",
    """Please note that [[PERSON:Harpreet Kaur Sandhu]], [[AGE:41]], has been named guardian of her nephew; the court order was issued in [[LOCATION:Brampton]] on [[DATE_TIME:November 18, 2024]].""",
    """We have booked [[TITLE:Mr.]] and [[PERSON:Mrs. Costa]] into the harbour-view room from [[DATE_TIME:5 August]] to [[DATE_TIME:9 August]]; the deposit was taken on card [[CREDIT_CARD:4532 0177 6512 0939]].""",
    """Our volunteer driver [[PERSON:Pat Mulcahy]] collects [[PERSON:Mrs. Nora Heffernan]] from [[ADDRESS:Apartment 6, Riverside Court, Bridge Street]], [[LOCATION:Mallow]], [[LOCATION:Co. Cork]] every Tuesday.""",
    """I lost my wallet on the ferry to [[LOCATION:Vigo]]; it had my passport [[ID_NUMBER:PAJ482913]] and my driving licence inside. — [[PERSON:Xoán Figueroa]]""",
    """[[PERSON:Dr. Amaia Sarasola]] will see the patient, [[PERSON:Gorka Mendizabal]] (DOB [[DATE_TIME:22.11.1980]]), at Cruces on [[DATE_TIME:the 19th]] to review his MRI.""",
    """Payroll update: [[PERSON:Chloe Nguyen]]'s TFN is [[ID_NUMBER:876 543 210]] and her super should go to the fund she nominated on [[DATE_TIME:2 January 2025]].""",
    """Hi team, [[PERSON:Ngozi]] here. The new IT laptop for [[PERSON:femi]] should be set up with [[EMAIL_ADDRESS:femi.adebayo@lagoscourier.ng]] and the VPN from [[IP_ADDRESS:10.44.18.201]].""",
    """The winner of the school raffle is [[PERSON:Mia Tūhoe-Ratana]], aged [[AGE:9]], from Room 12; her mum [[PERSON:Kiri]] will collect the prize on [[DATE_TIME:Friday 21 March]].""",
    """Send the cheque to [[PERSON:Gurdeep Bains]], [[ADDRESS:PO Box 4418]], [[LOCATION:Surrey]], [[LOCATION:BC]] [[ZIP_CODE:V3W 0A1]]; his SIN, [[ID_NUMBER:046 182 739]], is on the T4 already.""",
    """My son [[PERSON:Luca]] was born on [[DATE_TIME:23 May 2013]] and has a nut allergy, so please keep him off the catering list for the trip to [[LOCATION:Girona]].""",
    """According to the repair log, [[PERSON:Ashwin Pillai]] of [[ADDRESS:12 Jalan Besar, #05-11]], [[LOCATION:Singapore]] [[ZIP_CODE:208789]] reported the fault; his NRIC is [[ID_NUMBER:S8734512B]].""",
    """We’re delighted to welcome [[PERSON:Pilar Castiñeiras]] as the new manager of the fish market in [[LOCATION:Burela]]. She can be contacted on [[PHONE_NUMBER:+34 982 58 04 16]].""",
    """The transfer to [[PERSON:Koldo Azpiazu]]'s account [[IBAN_CODE:ES45 2095 0611 0391 0013 8452]] failed because the name on the account was spelled [[PERSON:Kold Azpiazu]].""",
    """Can [[PERSON:jess]] please ring [[PERSON:Mrs. Van der Merwe]] back on [[PHONE_NUMBER:082 417 3390]] about her son's bursary?""",
    """[[PERSON:Owen Price]], [[AGE:57]], of [[LOCATION:Swansea]], told the tribunal he was dismissed on [[DATE_TIME:9 September 2023]] after 22 years with the council.""",
    """For the Deusto alumni directory, [[PERSON:Itziar Olabarria]] has asked us to list [[URL:https://www.linkedin.com/in/itziar-olabarria]] and not her personal phone.""",
    """Tracking shows the parcel for [[PERSON:Sunita Rao]] left the depot, but the address on it, [[ADDRESS:44 Coronation Street]], [[LOCATION:Hamilton]] [[ZIP_CODE:3204]], is missing the unit number.""",
    """Gamer tag [[USERNAME:xXnordicfoxXx]] belongs to [[PERSON:Erik Halvorsen]], who reported the account hack from [[IP_ADDRESS:81.166.22.47]] on [[DATE_TIME:Jan 14]].""",
    """[[TITLE:Father]] [[PERSON:Declan Moriarty]] will officiate the wedding of [[PERSON:Aoife]] and [[PERSON:Tomás]] at St Brendan's on [[DATE_TIME:the 12th of July]].""",
    """Please update the records: [[PERSON:Joseba Garmendia]] moved from [[LOCATION:Tolosa]] to [[ADDRESS:Calle Mayor 18, 1º]], [[ZIP_CODE:31001]] [[LOCATION:Pamplona]] on [[DATE_TIME:1/3/2025]].""",
    """The insurer needs [[PERSON:Marcus Delacroix-Hill]]'s SSN, [[US_SSN:412-68-3305]], before it can process the disability claim filed in [[LOCATION:Baton Rouge]].""",
    """Hola [[PERSON:Núria]], el teu nou número de soci de la cooperativa del Priorat és [[ID_NUMBER:COOP-2291]]; la quota es cobrarà al compte [[IBAN_CODE:ES73 2080 0102 1730 4001 7735]].""",
    """[[PERSON:Rosalía Bouzas]] naceu en [[LOCATION:Marín]] o [[DATE_TIME:8 de xaneiro de 1975]] e traballa na lonxa desde os dezaoito anos; o seu teléfono é o [[PHONE_NUMBER:649 20 71 58]].""",
    """Last week [[PERSON:Tanvir Hossain]] opened a savings account at the [[LOCATION:Whitechapel]] branch; account no. [[ID_NUMBER:43087215]], sort code 20-32-06.""",
    """I'm [[PERSON:Beatriz Quintela]], a PhD student at USC; my supervisor [[PERSON:Prof. Anxo Seoane]] signed the ethics form on [[DATE_TIME:17 February 2025]].""",
    """The Aadhaar on file for [[PERSON:Lakshmi Narayanan]] is [[ID_NUMBER:4827 1936 0546]]; she lives in [[LOCATION:Madurai]], [[LOCATION:Tamil Nadu]].""",
]

GEN += [
    """[[PERSON:Ainhoa Gurrutxaga]] is not a customer; the complaint was filed by her neighbour [[PERSON:Peio Lasa]], who rents [[ADDRESS:Easo kalea 12, 4. eskuina]] in [[LOCATION:Donostia]].""",
    """Reminder from SERGAS: [[PERSON:Manuel Dopazo Rial]], your vaccine appointment at the health centre in [[LOCATION:Lalín]] is on [[DATE_TIME:Monday 24 March, 11:20]]. Call [[PHONE_NUMBER:986 78 10 45]] if you can't attend.""",
    """[[PERSON:abdi farah]] reported that his landlord entered the flat at [[ADDRESS:27 Kingsland Road, Flat 9]], [[LOCATION:London]] [[ZIP_CODE:E2 8AA]] without notice on [[DATE_TIME:4 March]].""",
    """The loan officer approved [[PERSON:Kwame Mensah]]'s application on [[DATE_TIME:11/02/2025]]; repayments will come from account [[IBAN_CODE:GB42 BARC 2003 5376 6491 28]].""",
    """Hi, this is [[PERSON:Ruth Goldstein]], I'm [[NRP:Jewish]] and need the kosher meal option for my flight to [[LOCATION:Tel Aviv]] on [[DATE_TIME:Feb 20]].""",
    """The nurse noted that [[PERSON:Haruto Sato]], [[AGE:71]], was admitted to Royal North Shore on [[DATE_TIME:2 March 2025 at 23:10]] with chest pain; Medicare card [[ID_NUMBER:2953 81747 1]].""",
    """[[PERSON:Xabier]] eta [[PERSON:Leire]] ezkonduko dira [[DATE_TIME:irailaren 20an]] [[LOCATION:Getaria]]n; gonbidapenak [[EMAIL_ADDRESS:leire.aranburu@gmail.com]] helbidera bidali.""",
    """To verify your identity for the Vodacom SIM swap, [[PERSON:Thandiwe Dlamini]], we need your ID number [[ID_NUMBER:9207250145085]] and the number being moved, [[PHONE_NUMBER:072 884 3016]].""",
    """Application received from [[PERSON:Oisín Keane]] for the housing list; current address [[ADDRESS:3 Church Lane]], [[LOCATION:Ennis]], [[LOCATION:Co. Clare]] [[ZIP_CODE:V95 E8K2]].""",
    """When [[PERSON:Lourdes Fernández]] turned [[AGE:80]], her grandchildren in [[LOCATION:Lugo]] threw a party on [[DATE_TIME:6 April]] and posted the photos under [[USERNAME:lourdes_avoa80]].""",
    """The charity received a £50 monthly pledge from [[PERSON:Mr. Gareth Pugh]] of [[ADDRESS:Ty Gwyn, 8 Heol y Felin]], [[LOCATION:Carmarthen]] [[ZIP_CODE:SA31 1QT]].""",
    """ICS informa: [[PERSON:Jordi Puigdomènech i Serra]], amb DNI [[ID_NUMBER:46729381M]], ha de presentar-se a l'Hospital de Sant Pau el [[DATE_TIME:3 d'abril]] a les vuit.""",
    """Our warehouse in [[LOCATION:Ontario]], [[LOCATION:California]] shipped the order, but [[PERSON:Dana Whitfield]] says the package was left at [[ADDRESS:1180 Mission Oaks Blvd, Apt 214]] instead.""",
    """[[PERSON:Rahul]] and [[PERSON:Sneha Iyer]] have asked the bank to add their daughter [[PERSON:Ananya]] ([[AGE:16]]) as a minor on joint account [[ID_NUMBER:50100238817764]].""",
    """The skipper, [[PERSON:Andoni Goikoetxea]], says the catch was landed at [[LOCATION:Ondarroa]] on [[DATE_TIME:18 October]], and the cannery in [[LOCATION:Lekeitio]] confirmed receipt.""",
    """When I phoned about my pension, they gave me a reference but I'd rather they wrote to me: [[PERSON:Brenda McAllister]], [[ADDRESS:15 Glenarm Avenue]], [[LOCATION:Belfast]] [[ZIP_CODE:BT15 4GG]].""",
    """User [[USERNAME:kofi_builds]] ([[EMAIL_ADDRESS:kofi.asante@protonmail.com]]) opened the support chat from [[IP_ADDRESS:2a02:c7f:5d14:9b00:4c1e:2f3a:91d8:7e22]] and asked to close his account.""",
    """Emergency contact for [[PERSON:Zoe Papadakis]]: her brother [[PERSON:Nikos]], [[PHONE_NUMBER:0412 338 905]], who lives in [[LOCATION:Melbourne]].""",
    """Vostede, [[PERSON:Brais Otero]], ten cita no Hospital Álvaro Cunqueiro o [[DATE_TIME:día 9 de maio ás 12:30]]; traia a tarxeta sanitaria [[ID_NUMBER:OTBR760515418012]].""",
    """[[PERSON:marta gil]] asked whether the Erasmus grant from the Universitat de València could be paid into her [[LOCATION:Portugal]] account [[IBAN_CODE:PT50 0035 0651 0005 2871 9302 9]].""",
    """The gas engineer visited [[PERSON:Mrs. Patel]]'s house at [[ADDRESS:62 Belgrave Road]], [[LOCATION:Leicester]] on [[DATE_TIME:the 3rd of December]] and found the boiler unsafe.""",
    """Parents' evening: [[PERSON:Ms. O'Donoghue]] will meet [[PERSON:Fionn]]'s parents at 6:15; his date of birth on the register is wrong ([[DATE_TIME:12/06/2014]] should be [[DATE_TIME:21/06/2014]]).""",
    """A Filipino nurse, [[PERSON:Maricel Dizon]], [[AGE:29]], joined the ward in [[LOCATION:Auckland]] on [[DATE_TIME:March 3]]; her APC number is pending.""",
    """[[PERSON:Carlos Iturbe]]'s card [[CREDIT_CARD:5520 3411 8790 4469]] was declined at the Eroski in [[LOCATION:Arrasate]], so he paid cash.""",
    """I, [[PERSON:Emily Hartmann]], authorise my sister [[PERSON:Laura Hartmann]] to collect my prescriptions from the Boots on George Street until [[DATE_TIME:31 May 2025]].""",
    """The co-op board voted to admit [[PERSON:Mikel Zubizarreta]] as a worker-member from [[DATE_TIME:1 January]]; his member no. will be [[ID_NUMBER:LK-30417]].""",
    """Tell [[PERSON:Priyanka]] the landlord's agent, [[PERSON:Rohit Malhotra]], will show the flat at [[ADDRESS:9 Sunrise Towers, Sector 62]], [[LOCATION:Noida]] on [[DATE_TIME:Saturday the 8th]].""",
    """The university's disability office has registered [[PERSON:Aidan Murphy-Walsh]] (student no. [[ID_NUMBER:C00291744]]) for extra exam time.""",
    """Bon dia, sóc l'[[PERSON:Arnau]], el nebot de la [[PERSON:Roser Bosch]]. Li podeu trucar al [[PHONE_NUMBER:639 204 718]]? Viu al [[ADDRESS:carrer de Sant Pere 5, 2n 1a]], [[ZIP_CODE:17600]] [[LOCATION:Figueres]].""",
    """[[PERSON:Joanna Kowalczyk-Reid]]'s mortgage was approved, says [[PERSON:Joanna]]'s broker, [[PERSON:Stuart Lamb]], by email to [[EMAIL_ADDRESS:joanna.kreid@btinternet.com]].""",
    """The police report lists the driver as [[PERSON:Tyrone Jackson]], [[AGE:23]], of [[LOCATION:Atlanta]], [[LOCATION:GA]], driver's license [[US_DRIVER_LICENSE:058214937]].""",
    """We'd like to thank [[PERSON:Fatima Zahra El Idrissi]] for volunteering at the food bank in [[LOCATION:Bilbao]] every Saturday since [[DATE_TIME:September 2022]].""",
    """Can you check if [[PERSON:nicolás]] from accounts sent the remittance to Conservas del Cantábrico? His extension is 214, but his mobile is [[PHONE_NUMBER:+34 617 82 40 93]].""",
    """[[PERSON:Aroha Walker]] booked a telehealth consult for [[DATE_TIME:14 April at 2:30 pm]] with [[PERSON:Dr. Sam Whitcombe]]; NHI [[ID_NUMBER:ZHK4128]].""",
    """The Bengal Tigers fan club's treasurer is [[PERSON:Imran Chowdhury]]; send dues to [[EMAIL_ADDRESS:imran.c.treasurer@outlook.com]] before [[DATE_TIME:June 30]].""",
    """O [[PERSON:Santiago Rivas]] é socio da confraría de pescadores de [[LOCATION:Ribeira]] desde [[DATE_TIME:marzo de 2001]]; o seu DNI é [[ID_NUMBER:33281074M]].""",
    """The passport of [[PERSON:Ethan Brooks]], [[US_PASSPORT:561839204]], expires next month, so he can't fly to [[LOCATION:Dublin]] for his cousin's wedding.""",
    """Hi [[PERSON:Graham]], just to confirm that your daughter [[PERSON:Isla]]'s nursery place starts on [[DATE_TIME:Monday 7 April]]; please bring her red book.""",
    """The employee file for [[PERSON:Ikram Haddad]] shows staff no. [[ID_NUMBER:EMP-004187]], start date [[DATE_TIME:2019-08-12]], and a home address at [[ADDRESS:5/41 Parramatta Rd]], [[LOCATION:Annandale]] [[ZIP_CODE:2038]].""",
    """Gure amonak, [[PERSON:Mari Karmen Uranga]]k, [[AGE:94]] urte beteko ditu datorren astean; bera [[LOCATION:Azpeitia]]n jaio zen.""",
    """The vet's receipt was made out to [[PERSON:Sophie Tremblay]], not to her dog Biscuit, and charged to her card [[CREDIT_CARD:4012 8845 0031 7727]].""",
    """Renewal notice for [[PERSON:Hamza Qureshi]]: your home insurance at [[ADDRESS:Unit 4, 118 Dominion Road]], [[LOCATION:Mount Eden]], [[LOCATION:Auckland]] [[ZIP_CODE:1024]] renews on [[DATE_TIME:12 May]].""",
    """Please let [[PERSON:Ferran]] know that [[PERSON:Laia Costa Pujol]], the new researcher at the UPF, will share his office from [[DATE_TIME:April 1]].""",
    """We found [[PERSON:Andrea Vázquez]]'s lost student card near the library; it has her NIE, [[ID_NUMBER:Y2390571B]], printed on the back.""",
    """As of [[DATE_TIME:10 March 2025]], the harbour master's office in [[LOCATION:Pasaia]] lists [[PERSON:Unai Zabala]] as owner of the boat registered to [[ADDRESS:Donibane kalea 33]].""",
]

# bench, in the manner of ai4privacy pii-masking-200k/300k/400k
BENCH = [
    """Dear [[PERSON:Ms. Aurelia Kowalski]], as Senior Markets Strategist your VPN profile was moved to [[IP_ADDRESS:172.16.254.9]]; the old MAC 3C:22:FB:91:0A:7E has been retired. Contact [[EMAIL_ADDRESS:aurelia.kowalski@fernhillcapital.com]] for queries.""",
    """Attention [[PERSON:Gorka]]: card [[CREDIT_CARD:4916 7100 5523 8041]] exp 09/27 CVV 318 was used at [[ADDRESS:4471 Harbour Lane, Suite 602]], [[LOCATION:North Vancouver]] from Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/121.0 Safari/537.36.""",
    """The Lead Accountability Engineer [[PERSON:Kimberly-Ann Osei]] (she/her, [[AGE:38]]) requested a payroll IBAN change to [[IBAN_CODE:DE89 3704 0044 0532 0130 00]], BIC COBADEFFXXX, effective [[DATE_TIME:04/15/2025]].""",
    """Hi [[PERSON:Maximilian]], your order will be delivered to building [[ADDRESS:882]], [[ADDRESS:Apt. 31]], [[ADDRESS:Rue des Tanneurs]], [[LOCATION:Bayonne]] [[ZIP_CODE:64100]]. Your login [[USERNAME:max.etcheverry88]] was last used from [[IP_ADDRESS:2001:0db8:85a3:0000:0000:8a2e:0370:7334]].""",
    """[[PERSON:Lucero Abernathy]], Dynamic Identity Producer, born [[DATE_TIME:March 3rd, 1991]], reports that her Mastercard [[CREDIT_CARD:5356 1190 2847 3616]] (CVV 071) was charged twice by [[IP_ADDRESS:103.24.77.150]].""",
    """Our records show the Chief Fishing Operations Officer, [[PERSON:Mr. Aitor Bengoetxea]], at [[ADDRESS:2, Portu kalea]], [[LOCATION:Ondarroa]], [[LOCATION:Bizkaia]], [[ZIP_CODE:48700]]. His device (MAC 8C-85-90-1F-4D-A2) connected via [[IP_ADDRESS:85.84.121.33]].""",
    """Please wire the settlement to [[PERSON:Oluwaseun Bankole]], IBAN [[IBAN_CODE:GB93 LOYD 3090 1287 4511 72]], BIC LOYDGB21, and email the receipt to [[EMAIL_ADDRESS:seunbankole@yahoo.co.uk]]. Gender: male. Eye colour: brown.""",
    """The [[AGE:45]]-year-old Regional Creative Director [[PERSON:Thandeka]] logged in with username [[USERNAME:tdube_creative]] and password Xr7!pL2q#z on [[DATE_TIME:2024-11-02 08:14:55]].""",
    """Student [[PERSON:Ximena Ocampo-Reyes]] from the Global Security Coordination program, living at [[ADDRESS:77 Elm Court, Unit 5B]], [[LOCATION:Ann Arbor]], [[LOCATION:MI]] [[ZIP_CODE:48104]], submitted her thesis on [[DATE_TIME:May 9]].""",
    """Invoice for [[PERSON:Dr. Roisin Gallagher]], Principal Intranet Analyst: amount €2,340.18, card [[CREDIT_CARD:4556 7320 1194 8831]], expiry 11/26, billing [[ADDRESS:Apartment 12, 40 Dame Street]], [[LOCATION:Dublin 2]], [[ZIP_CODE:D02 KX20]].""",
    """[[PERSON:Kaito]] needs the litecoin wallet reimbursed: his IBAN [[IBAN_CODE:NL68 RABO 0301 7621 45]], phone [[PHONE_NUMBER:+31 6 4128 7730]], account opened on [[DATE_TIME:17/08/2019]].""",
    """In our study, participant [[PERSON:Eider Jauregi]] ([[AGE:27]], female) from [[LOCATION:Gasteiz]] showed improved results; reach her at [[PHONE_NUMBER:945 21 88 03]] or [[EMAIL_ADDRESS:ejauregi@ehu.eus]].""",
    """The International Tactics Supervisor [[PERSON:Ravi Subramaniam]] moved to [[ADDRESS:5580 Brookfield Drive]], [[ADDRESS:Floor 3]], [[LOCATION:Plano]], [[LOCATION:Texas]] [[ZIP_CODE:75024]]; his SSN [[US_SSN:531-72-0846]] stays the same.""",
    """Hola [[PERSON:Pau]], your session from [[IP_ADDRESS:88.12.201.7]] using Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) was ended. Card [[CREDIT_CARD:3794 128830 17659]] will be charged on renewal.""",
    """Notification for [[PERSON:Anneliese Brandt-Ochoa]], Forward Response Agent: the vehicle VIN 1HGCM82633A004352 registered under plate [[ID_NUMBER:KX19 LMT]] was flagged at the [[LOCATION:Kent]] toll.""",
    """Please ensure [[PERSON:Yusuf Demir]]'s medical aid is updated; date of birth [[DATE_TIME:07.04.1986]], ID [[ID_NUMBER:8604075319088]], residence [[ADDRESS:18 Jacaranda Street]], [[LOCATION:Pretoria]], [[ZIP_CODE:0181]].""",
    """[[PERSON:Saoirse]], as Direct Branding Liaison you must update your 2FA; the new IPv6 allowlist entry is [[IP_ADDRESS:fe80::1ff:fe23:4567:890a]] and the old password 9vBq_22mx!! will expire.""",
    """Payment of ₹18,450 from [[PERSON:Deepika Venkatesan]] via card [[CREDIT_CARD:4175 0033 1290 6642]] (CVV 902, expiry 02/28) to [[ADDRESS:Flat 7C, Prestige Shantiniketan]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560048]] has been confirmed.""",
    """Kaixo [[PERSON:Garazi Urkiola]]: zure IBANa [[IBAN_CODE:ES20 3035 0287 8528 7100 4519]] da, BIC CLPEES2MXXX, eta zure erabiltzailea [[USERNAME:garazi.urk]].""",
    """The District Solutions Officer, [[PERSON:Hemi Parata]], aged [[AGE:52]], with NZ passport [[ID_NUMBER:LH482731]], requested a reissue at [[ADDRESS:PO Box 9921]], [[LOCATION:Rotorua]] [[ZIP_CODE:3046]].""",
    """Reminder to [[PERSON:Jasmine Wu-Hargreaves]]: your crypto exchange account [[USERNAME:jaswh_trades]] was accessed from [[IP_ADDRESS:203.0.113.45]] and the device MAC F4:5C:89:AB:12:07 at [[DATE_TIME:3:42 AM on Jan 9, 2025]].""",
    """Benvolgut [[PERSON:Oriol Ferrer]], Coordinador de Màrqueting: la targeta [[CREDIT_CARD:5424 1877 0366 0151]] caduca el 08/26. Confirmeu l'adreça [[ADDRESS:Passeig de Gràcia 96, 5è 2a]], [[ZIP_CODE:08008]] [[LOCATION:Barcelona]].""",
    """User [[USERNAME:deshawn_b]] ([[PERSON:DeShawn Bell]]), Future Group Designer, height 6'1", requested data deletion; last known address [[ADDRESS:2210 W Colfax Ave, Apt 408]], [[LOCATION:Denver]], [[LOCATION:CO]] [[ZIP_CODE:80204]].""",
    """Grant recipient [[PERSON:Farida Yusuf]] (Human Interactions Planner) — IBAN [[IBAN_CODE:FR76 3000 4008 1500 0123 4567 842]], BIC BNPAFRPPXXX — received €4,000 on [[DATE_TIME:21 janvier 2025]].""",
    """[[PERSON:Malakai Tupou]], the Legacy Metrics Architect, age [[AGE:33]], accesses the lab from [[IP_ADDRESS:192.168.40.17]] with user agent Mozilla/5.0 (X11; Linux x86_64; rv:122.0) Gecko/20100101 Firefox/122.0; badge [[ID_NUMBER:STF-77104]].""",
]

# bench, in the manner of gretel-pii-masking-en-v1
BENCH += [
    """INSURANCE CLAIM FORM
Claimant: [[PERSON:Harold J. Whitmore]]
Date of Birth: [[DATE_TIME:1958-02-19]]
Policy Number: HOM-22-0918834
Address: [[ADDRESS:418 Chestnut Hill Road]], [[LOCATION:Norwalk]], [[LOCATION:CT]] [[ZIP_CODE:06851]]
Date of Loss: [[DATE_TIME:January 27, 2025]]
Description: Burst pipe in basement flooded the laundry room. Contractor estimate attached.
Phone: [[PHONE_NUMBER:(203) 555-0172]]""",
    """EMPLOYMENT CONTRACT

This agreement is made on [[DATE_TIME:3 March 2025]] between Conservas Ortiz Lasa S.L. ("the Employer") and [[PERSON:Itsaso Larrañaga Aldekoa]] ("the Employee"), DNI [[ID_NUMBER:72548913J]], residing at [[ADDRESS:Herriko Plaza 4, 1. A]], [[ZIP_CODE:20808]] [[LOCATION:Getaria]]. The Employee shall work as quality technician in the canning line. Social security no. [[ID_NUMBER:20 30561290 53]].""",
    """LOAN APPLICATION SUMMARY
Applicant: [[PERSON:Nomvula Khumalo]]
ID Number: [[ID_NUMBER:7902230412082]]
Employer: Transnet Freight Rail
Monthly income: R 38,600
Bank account: [[ID_NUMBER:62841507733]] (FNB)
Residential address: [[ADDRESS:27 Protea Crescent]], [[LOCATION:Durban North]], [[ZIP_CODE:4051]]
Loan amount requested: R 120,000 over 48 months""",
    """Patient: [[PERSON:Eleanor Briggs]]   MRN: [[ID_NUMBER:MRN-00482931]]
DOB: [[DATE_TIME:08/12/1949]]   Age: [[AGE:75]]
Admitted: [[DATE_TIME:02/14/2025]]   Attending: [[PERSON:Dr. Samuel Okafor]]
Diagnosis: Community-acquired pneumonia, right lower lobe. Started on ceftriaxone 1 g IV daily.
Next of kin: [[PERSON:Martin Briggs]] (son), [[PHONE_NUMBER:614-555-0193]]""",
    """RESIDENTIAL TENANCY AGREEMENT
Landlord: [[PERSON:Graeme Duthie]]
Tenant(s): [[PERSON:Ananya Krishnan]], [[PERSON:Joel Krishnan]]
Premises: [[ADDRESS:2/15 Marine Parade]], [[LOCATION:St Kilda]] [[LOCATION:VIC]] [[ZIP_CODE:3182]]
Term: 12 months commencing [[DATE_TIME:1 April 2025]]
Rent: $620 per week, payable to BSB 063-182 Account [[ID_NUMBER:10447829]]
Bond lodged with RTBA: $2,480""",
    """NOTICE OF HEARING

To: [[PERSON:Terrence Malloy]]
[[ADDRESS:1902 Lakeview Terrace]]
[[LOCATION:Madison]], [[LOCATION:WI]] [[ZIP_CODE:53704]]

You are hereby notified that a hearing on your unemployment benefits appeal (Case No. UI-2025-04471) will be held on [[DATE_TIME:April 22, 2025 at 1:30 PM]] by telephone. Please call in at the number below five minutes early.""",
    """SETTLEMENT AGREEMENT AND RELEASE

This Settlement Agreement is entered into by and between [[PERSON:Rosa Delgado-Martín]] ("Claimant") and Harbourside Logistics Ltd ("Company"). The Company agrees to pay the Claimant the sum of £14,500 into account [[IBAN_CODE:GB21 HBUK 4012 7655 1088 34]] within 14 days of [[DATE_TIME:the date of signature]]. Claimant's National Insurance number: [[ID_NUMBER:JT 48 27 19 D]].""",
    """BENEFIT APPLICATION – HOUSING ASSISTANCE
Applicant name: [[PERSON:Kerry-Ann Thompson]]
SSN: [[US_SSN:229-41-8806]]
Household size: 4
Current address: [[ADDRESS:755 Oak Street, Apt 3]], [[LOCATION:Richmond]], [[LOCATION:VA]] [[ZIP_CODE:23220]]
Children: [[PERSON:Jaylen]] ([[AGE:11]]), [[PERSON:Maya]] ([[AGE:8]]), [[PERSON:Zion]] ([[AGE:4]])
Signature date: [[DATE_TIME:02/03/2025]]""",
    """PETITION FOR CHANGE OF NAME

Petitioner [[PERSON:Alexandra Mae Richter]], born [[DATE_TIME:June 4, 1996]], currently residing at [[ADDRESS:3317 Sycamore Avenue]], [[LOCATION:Boise]], [[LOCATION:Idaho]] [[ZIP_CODE:83705]], respectfully requests that her name be changed to [[PERSON:Alexandra Mae Lindgren]].""",
    """Dear [[PERSON:Mr. Oyelaran]],

We write regarding your complaint about the repair at [[ADDRESS:Flat 22, Holloway House, 9 Seven Sisters Road]], [[LOCATION:London]] [[ZIP_CODE:N7 6AF]]. Our surveyor, [[PERSON:Kevin Hale]], will attend on [[DATE_TIME:Wednesday 19 March]] between 8am and 1pm.

Yours sincerely,
Tenancy Services""",
    """MEDICAL CERTIFICATE
This is to certify that [[PERSON:Mr. Vikram Sethi]], aged [[AGE:44]], was examined on [[DATE_TIME:12-02-2025]] and is suffering from acute lumbar strain. He is advised rest for 10 days. Aadhaar: [[ID_NUMBER:7301 5529 8612]].
[[PERSON:Dr. Neha Bhatt]], MBBS, MD""",
    """CLAIM FOR DAMAGED GOODS
Fishing vessel "Gure Ametsa"
Owner: [[PERSON:Josu Agirre Etxabe]], [[ADDRESS:Kaiko kalea 9]], [[ZIP_CODE:48360]] [[LOCATION:Mundaka]]
Phone: [[PHONE_NUMBER:+34 94 687 22 15]]
On [[DATE_TIME:14 November 2024]] the vessel's refrigeration unit failed, and 1,800 kg of anchovy was lost before landing at [[LOCATION:Santoña]].""",
    """CONTRATO DE ARRENDAMENTO
Na cidade de [[LOCATION:Vigo]], a [[DATE_TIME:15 de xaneiro de 2025]], reúnense dunha parte [[TITLE:Don]] [[PERSON:Anxo Lorenzo Pazos]], con DNI [[ID_NUMBER:44106582B]], e doutra [[TITLE:Dona]] [[PERSON:Iria Soutelo Barreiro]], con DNI [[ID_NUMBER:53482760D]], para o arrendamento da vivenda situada na [[ADDRESS:Rúa do Príncipe 21, 3º B]], [[ZIP_CODE:36202]] [[LOCATION:Vigo]].""",
    """CERTIFICAT D'EMPADRONAMENT
L'Ajuntament de [[LOCATION:Reus]] certifica que [[PERSON:Marc Sabaté Roig]], nascut el [[DATE_TIME:2 de juny de 1988]], amb DNI [[ID_NUMBER:39027615L]], consta empadronat al [[ADDRESS:carrer de Monterols 14, 3r]], [[ZIP_CODE:43201]] [[LOCATION:Reus]], des del [[DATE_TIME:10 de febrer de 2016]].""",
    """VEHICLE ACCIDENT REPORT
Driver 1: [[PERSON:Ciarán Byrne]], licence no. [[ID_NUMBER:407215983]] (IE), vehicle [[ID_NUMBER:191-D-44871]]
Driver 2: [[PERSON:Maeve Sheridan]], vehicle [[ID_NUMBER:08-KE-2291]]
Location: junction of Main Street and Naas Road, [[LOCATION:Newbridge]], [[LOCATION:Co. Kildare]]
Date/time: [[DATE_TIME:11 February 2025, 17:45]]
Garda station notified: yes""",
    """CHARITY GIFT AID DECLARATION
I, [[PERSON:Philippa Ashworth]], of [[ADDRESS:The Old Rectory, Church Road]], [[LOCATION:Little Haywood]], [[LOCATION:Staffordshire]] [[ZIP_CODE:ST18 0TW]], want all donations I have made since [[DATE_TIME:6 April 2021]] to be treated as Gift Aid donations.
Signed: [[PERSON:P. Ashworth]]    Date: [[DATE_TIME:28/01/2025]]""",
    """Subject: Termination of Employment – [[PERSON:Liam Rourke]]

Dear [[PERSON:Liam]],

Further to our meeting on [[DATE_TIME:24 February 2025]], this letter confirms that your employment as Warehouse Supervisor will end on [[DATE_TIME:28 March 2025]]. Your final pay, including 6.5 days of accrued leave, will be paid to your nominated account.

Regards,
[[PERSON:Sinéad Walsh]], HR Manager""",
    """STUDENT ENROLMENT FORM – Mondragon Unibertsitatea
Name: [[PERSON:Ane Miren Otaegi]]
Date of birth: [[DATE_TIME:09/05/2004]]
DNI: [[ID_NUMBER:16054397Y]]
Degree: Bachelor in Industrial Design Engineering
Home address: [[ADDRESS:Zaldibar auzoa 3]], [[ZIP_CODE:20500]] [[LOCATION:Arrasate]], [[LOCATION:Gipuzkoa]]
Email: [[EMAIL_ADDRESS:aotaegi@alumni.mondragon.edu]]""",
    """PRESCRIPTION RECORD
Patient: [[PERSON:Margaret O'Sullivan]]  DOB: [[DATE_TIME:3 Aug 1952]]
Address: [[ADDRESS:14 Ardmore Park]], [[LOCATION:Bray]], [[LOCATION:Co. Wicklow]]
Medication: Atorvastatin 40 mg, one tablet at night, 28 tablets
Prescriber: [[PERSON:Dr. Fergal Lynch]]   Medical Card No: [[ID_NUMBER:4418207K]]
Dispensed: [[DATE_TIME:17/02/2025]]""",
    """DEMAND LETTER

[[DATE_TIME:March 5, 2025]]

[[PERSON:Bradley Kimura]]
[[ADDRESS:921 Kapahulu Ave, Unit 1204]]
[[LOCATION:Honolulu]], [[LOCATION:HI]] [[ZIP_CODE:96816]]

Re: Unpaid balance of $3,240.00 on account [[ID_NUMBER:70031-558]]

Dear [[PERSON:Mr. Kimura]], our records show that the above balance remains unpaid despite our notices dated [[DATE_TIME:January 6]] and [[DATE_TIME:February 4]].""",
    """Workers' Compensation Claim – Statement of Injured Worker
Name: [[PERSON:Joaquim Ferreira]]   Date of birth: [[DATE_TIME:15/10/1979]]   NIF: [[ID_NUMBER:235 817 406]]
Employer: Cooperativa Agrícola do Douro
On [[DATE_TIME:7 January 2025]] at about 10am I slipped on the wet floor of the bottling hall and injured my left wrist. My supervisor, [[PERSON:Rui Matos]], took me to hospital in [[LOCATION:Peso da Régua]].""",
    """POWER OF ATTORNEY
I, [[PERSON:Dorothy Evelyn Marsh]], of [[ADDRESS:7 Willow Grove]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG1 4LP]], appoint my son [[PERSON:Christopher Marsh]] of [[ADDRESS:55 Queen's Road]], [[LOCATION:Leeds]] [[ZIP_CODE:LS6 1NY]] as my attorney. Signed on [[DATE_TIME:the 2nd day of December 2024]].""",
    """HEALTH SERVICE REFERRAL (Osakidetza – OSI Bilbao-Basurto)
Patient: [[PERSON:Begoña Ibarretxe Uribe]]   TIS: [[ID_NUMBER:IBUR 540321 07]]
Date of birth: [[DATE_TIME:21/03/1954]]
Referred by: [[PERSON:Dr. Jon Elorriaga]] (primary care)
Reason: suspected carpal tunnel syndrome, right hand. Requested nerve conduction study.
Contact: [[PHONE_NUMBER:944 73 61 20]]""",
    """Rental Application
Full name: [[PERSON:Chen Jia-Hui]]
Current address: [[ADDRESS:1608-88 Harbour Street]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5J 0C3]]
SIN (optional): [[ID_NUMBER:527 391 841]]
Employer: University Health Network — Research Coordinator
Move-in date: [[DATE_TIME:May 1, 2025]]
Pets: one cat (Mochi)""",
    """NOTICE TO VACATE
Date: [[DATE_TIME:10 February 2025]]
To: [[PERSON:Tevita Fifita]] and [[PERSON:Losana Fifita]]
Property: [[ADDRESS:45B Mangere Road]], [[LOCATION:Otahuhu]], [[LOCATION:Auckland]] [[ZIP_CODE:1062]]
The landlord, [[PERSON:Warren Cheng]], gives 63 days' notice to end the tenancy on [[DATE_TIME:14 April 2025]] because the property is being sold.""",
    """AFFIDAVIT OF LOSS
I, [[PERSON:Segun Adewale]], [[NRP:Nigerian]], of [[ADDRESS:12 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]], do hereby make oath and state that my international passport no. [[ID_NUMBER:A09128734]] got missing on [[DATE_TIME:4th January 2025]] around [[LOCATION:Ikeja]].""",
    """Superannuation Beneficiary Nomination
Member: [[PERSON:Grace Ellison]]   Member no: [[ID_NUMBER:MS-4471920]]   TFN: [[ID_NUMBER:463 829 156]]
Beneficiary 1: [[PERSON:Noah Ellison]] (son), 50%
Beneficiary 2: [[PERSON:Ruby Ellison]] (daughter), 50%
Signed at [[LOCATION:Hobart]] on [[DATE_TIME:19/12/2024]]""",
    """SOL·LICITUD D'AJUT – Universitat Autònoma de Barcelona
Nom i cognoms: [[PERSON:Aina Mas Ribas]]
NIU: [[ID_NUMBER:1584217]]
Data de naixement: [[DATE_TIME:30/11/2002]]
Adreça: [[ADDRESS:Carrer Major 23]], [[ZIP_CODE:08193]] [[LOCATION:Bellaterra]]
Compte bancari: [[IBAN_CODE:ES96 2100 3000 1111 0224 4871]]
Telèfon: [[PHONE_NUMBER:622 18 40 97]]""",
    """Dear [[PERSON:Mrs. Abernethy]],

Thank you for your letter of [[DATE_TIME:12 January]]. We have reviewed the charges on your late husband [[PERSON:Douglas]]'s account and agree that the direct debit taken on [[DATE_TIME:2 January]], after his death on [[DATE_TIME:28 December 2024]], should be refunded.

Bereavement Team""",
    """CONSENT FORM – Clinical Trial NCT05812233
Participant: [[PERSON:Raúl Fernández Castro]]
Participant number: [[ID_NUMBER:SCQ-017]]
Site: Complexo Hospitalario Universitario de Santiago
Date of consent: [[DATE_TIME:06/02/2025]]
Witness: [[PERSON:Lucía Rey]]
Investigator: [[PERSON:Dr. Xosé Manuel Vilas]]""",
    """COMPLAINT
Complainant: [[PERSON:Marisol Gutiérrez]], [[AGE:36]], phone [[PHONE_NUMBER:+1 (915) 555-0134]]
Respondent: QuickFix Auto Repair
On [[DATE_TIME:December 9, 2024]], the complainant left her 2016 Honda Civic (plate [[ID_NUMBER:TX KMR-4419]]) for a brake repair. The respondent charged $1,280 and the brakes failed two days later.""",
    """SCHOOL INCIDENT REPORT
Student: [[PERSON:Kian Doherty]]   Year: 9   Student ID: [[ID_NUMBER:S-204417]]
Date: [[DATE_TIME:20 February 2025]]   Time: 12:40
Description: [[PERSON:Kian]] fell from the climbing frame during lunch and hurt his ankle. First aid given by [[PERSON:Ms. Ruth Ahern]]. Parent [[PERSON:Paula Doherty]] contacted on [[PHONE_NUMBER:087 664 2190]].""",
    """MORTGAGE OFFER
Borrowers: [[PERSON:Hamish]] and [[PERSON:Isobel McLeod]]
Property: [[ADDRESS:19 Braid Crescent]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH10 6AX]]
Loan: £285,000 over 30 years at 4.19% fixed for 5 years
Offer valid until: 30 June 2025
Monthly payment collected from account [[ID_NUMBER:31926819]]""",
    """Benquerido [[TITLE:Sr.]] [[PERSON:Eneko Arrieta]]: en relación coa súa reclamación do [[DATE_TIME:18 de febreiro]], confirmámoslle que o importe de 240 € aboarase na súa conta [[IBAN_CODE:ES30 0081 0212 9883 0001 9476]] antes de fin de mes.""",
    """PROBATE NOTICE
In the estate of [[PERSON:Walter Ignatius Booth]], late of [[ADDRESS:62 Ferry Road]], [[LOCATION:Invercargill]], retired fisherman, who died on [[DATE_TIME:9 November 2024]]. Claims to the executor, [[PERSON:Helen Booth]], c/o the estate's solicitors.""",
    """BENEFIT OVERPAYMENT NOTICE
Client: [[PERSON:Darnell Price]]   Client no.: [[ID_NUMBER:CL-88213406]]
Our records show you were paid Jobseeker Support from [[DATE_TIME:3 June 2024]] to [[DATE_TIME:15 July 2024]] while you were working. The overpayment is $1,872.40.""",
    """TRAVEL INSURANCE CLAIM
Insured: [[PERSON:Ayesha Siddiqui]], passport [[ID_NUMBER:BN4821937]] (Pakistan)
Trip: [[LOCATION:Karachi]] – [[LOCATION:Manchester]], departed [[DATE_TIME:8 January 2025]]
Claim: lost baggage (one suitcase), value GBP 640
Contact: [[EMAIL_ADDRESS:ayesha.siddiqui91@gmail.com]]""",
    """LETTER OF RECOMMENDATION
To whom it may concern,
I have known [[PERSON:Tamar Ben-David]] for four years as her supervisor at the Universitat de Barcelona, where she worked on marine biology from [[DATE_TIME:September 2020]]. She can be reached at [[PHONE_NUMBER:+34 611 45 92 08]].
[[PERSON:Prof. Josep Maria Llorens]]""",
    """GAS SAFETY RECORD
Landlord: [[PERSON:Yvonne Greaves]]   Tenant: [[PERSON:Bogdan Ionescu]]
Address: [[ADDRESS:31 Tennyson Street]], [[LOCATION:Nottingham]] [[ZIP_CODE:NG7 4BL]]
Inspection date: [[DATE_TIME:4 February 2025]]
Appliances: combi boiler (pass), gas hob (pass)""",
    """ASSOCIATION MEMBERSHIP RENEWAL – Confraría de Pescadores de Burela
Socio: [[PERSON:Suso Cao Fernández]]
N.º de socio: [[ID_NUMBER:BUR-0741]]
Buque: "Novo Amencer"
Domicilio: [[ADDRESS:Rúa Rosalía de Castro 11, 2º]], [[ZIP_CODE:27880]] [[LOCATION:Burela]]
Data de renovación: [[DATE_TIME:1 de marzo de 2025]]""",
]

# bench, in the manner of Nemotron-PII
BENCH += [
    """{"customer_id": "[[ID_NUMBER:CUST-0047182]]", "full_name": "[[PERSON:Imogen Fairweather]]", "email": "[[EMAIL_ADDRESS:imogen.fw@fastmail.com]]", "phone": "[[PHONE_NUMBER:+44 7700 918 344]]", "dob": "[[DATE_TIME:1987-05-30]]", "loyalty_tier": "gold", "created_at": "[[DATE_TIME:2023-09-14T10:22:07Z]]"}""",
    """[[DATE_TIME:2025-02-11T08:43:19.221Z]] INFO  auth-service  login ok user=[[USERNAME:mkeane_94]] src_ip=[[IP_ADDRESS:86.40.117.203]] session=7f3e9a1c-2b44-4d0e-9c1a-55b0e7d2a913 ua="Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2)" latency_ms=182""",
    """INSERT INTO patients (patient_id, first_name, last_name, dob, nhs_number, postcode) VALUES ('[[ID_NUMBER:P-300918]]', '[[PERSON:Gwen]]', '[[PERSON:Llewellyn]]', '[[DATE_TIME:1962-10-08]]', '[[ID_NUMBER:401 023 2137]]', '[[ZIP_CODE:CF10 3NQ]]');""",
    """<Patient xmlns="http://hl7.org/fhir">
  <identifier><system value="urn:oid:2.16.724.4.9.20.93"/><value value="[[ID_NUMBER:GAL-RIAN-770214]]"/></identifier>
  <name><family value="[[PERSON:Rial Andrade]]"/><given value="[[PERSON:Noa]]"/></name>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1977-02-14]]"/>
  <address><line value="[[ADDRESS:Rúa Nova 8, 1º]]"/><city value="[[LOCATION:Santiago de Compostela]]"/><postalCode value="[[ZIP_CODE:15705]]"/></address>
</Patient>""",
    """employee:
  id: [[ID_NUMBER:E-20931]]
  name: [[PERSON:Bongani Mthembu]]
  role: site engineer
  start_date: [[DATE_TIME:2022-07-01]]
  contact:
    mobile: "[[PHONE_NUMBER:+27 83 519 0274]]"
    email: [[EMAIL_ADDRESS:bongani.mthembu@gmail.com]]
  emergency_contact: [[PERSON:Zanele Mthembu]]""",
    """# .env.local — do not commit
DB_HOST=[[IP_ADDRESS:10.0.3.14]]
DB_USER=app_rw
DB_PASSWORD=q8!Lm2#vTz
ADMIN_EMAIL=[[EMAIL_ADDRESS:j.carrasco.dev@gmail.com]]
ADMIN_NAME="[[PERSON:Julián Carrasco]]"
SUPPORT_PHONE=+1-800-555-0100
STRIPE_TEST_CARD=[[CREDIT_CARD:4546170028399172]]""",
    """POST /api/v2/accounts HTTP/1.1
Host: api.kitebank.example
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:49.207.12.88]]

{"holder": "[[PERSON:Meenakshi Sundaram]]", "pan": "[[ID_NUMBER:BQTPS4471K]]", "mobile": "[[PHONE_NUMBER:+91 94440 18273]]", "dob": "[[DATE_TIME:19-07-1990]]"}""",
    """def test_mask_customer_record():
    record = {
        'name': '[[PERSON:Tomasz Wiśniewski]]',
        'iban': '[[IBAN_CODE:IE24AIBK93115212345671]]',
        'email': '[[EMAIL_ADDRESS:tomasz.w@eircom.net]]',
    }
    masked = mask(record)
    assert masked['name'] != record['name']""",
    """@Test
void rejectsUnderageApplicant() {
    Applicant a = new Applicant("[[PERSON:Keira Donnelly]]", LocalDate.parse("[[DATE_TIME:2011-04-03]]"), "[[EMAIL_ADDRESS:keira.donnelly11@icloud.com]]");
    a.setSsn("[[US_SSN:604-21-7753]]");
    assertThrows(ValidationException.class, () -> service.open(a));
}""",
    """Ticket #48213 — Priority: High
Reporter: [[PERSON:Aitziber Ugalde]] <[[EMAIL_ADDRESS:aitziber.ugalde@laboralkutxa.eus]]>
Assignee: it-helpdesk
Summary: cannot access payroll portal after password reset
Details: User's workstation [[IP_ADDRESS:10.20.31.147]] gets 403. Employee no. [[ID_NUMBER:LK-118402]]. She's at the [[LOCATION:Arrasate]] office until [[DATE_TIME:Friday 14 March]].""",
    """From: "[[PERSON:Hannah Obi]]" <[[EMAIL_ADDRESS:hannah.obi@outlook.com]]>
To: lettings@northbridgehomes.co.uk
Date: [[DATE_TIME:Mon, 10 Mar 2025 09:12:44 +0000]]
Subject: Deposit for [[ADDRESS:4 Alder Close]]
Received: from [[IP_ADDRESS:2a00:23c8:1b09:9301:d4f0:6a2e:11cc:8b07]] by mx.northbridgehomes.co.uk""",
    """CALL RECORD
call_id: 9f2c-44a1
caller_name: [[PERSON:Bridget Cassidy]]
caller_number: [[PHONE_NUMBER:+353 87 412 0936]]
callee: Bank of Ireland card services
start: [[DATE_TIME:2025-03-04 14:02:11]]
duration_s: 412
notes: customer disputes a charge on card [[CREDIT_CARD:4929 1883 3406 1721]]; verified DOB [[DATE_TIME:22/05/1983]]""",
    """FORM DUMP (web_signup, row 1882)
first_name=[[PERSON:Tiago]]
last_name=[[PERSON:Gonçalves]]
nif=[[ID_NUMBER:241903378]]
phone=[[PHONE_NUMBER:912 448 307]]
city=[[LOCATION:Braga]]
newsletter=true
referrer=google
ip=[[IP_ADDRESS:188.81.52.194]]""",
    """SELECT student_id, full_name, email FROM enrolments WHERE programme = 'MSc Marine Science';
-- result
[[ID_NUMBER:20231847]] | [[PERSON:Daniela Pereira Souto]] | [[EMAIL_ADDRESS:daniela.pereira@rai.usc.es]]
[[ID_NUMBER:20224410]] | [[PERSON:Iago Castro Vidal]]     | [[EMAIL_ADDRESS:iago.castro.vidal@rai.usc.es]]""",
    """{"event":"delivery_failed","parcel":"JD014600003828475021","recipient":{"name":"[[PERSON:Callum McBride]]","address":"[[ADDRESS:Flat 2/1, 58 Dumbarton Road]]","city":"[[LOCATION:Glasgow]]","postcode":"[[ZIP_CODE:G11 6RA]]","phone":"[[PHONE_NUMBER:07841 220 593]]"},"reason":"no access","attempt":2}""",
    """Feb 18 22:17:03 web01 sshd[2291]: Failed password for invalid user admin from [[IP_ADDRESS:45.155.205.12]] port 51844 ssh2
[[DATE_TIME:Feb 18 22:17:09]] web01 sshd[2294]: Accepted publickey for [[USERNAME:rhiannon]] from [[IP_ADDRESS:81.103.44.7]] port 60122 ssh2""",
    """<?xml version="1.0"?>
<claim id="CLM-2025-00931">
  <policyholder>
    <name>[[PERSON:Olumide Bakare]]</name>
    <dob>[[DATE_TIME:1975-12-03]]</dob>
    <address>[[ADDRESS:14 Glebe Road]], [[LOCATION:Sheffield]] [[ZIP_CODE:S10 1FB]]</address>
  </policyholder>
  <incident date="[[DATE_TIME:2025-01-30]]" type="theft"/>
</claim>""",
    """langile_berria:
  izena: [[PERSON:Amets Iriondo]]
  nan: [[ID_NUMBER:78990215G]]
  jaioteguna: [[DATE_TIME:1999-08-17]]
  helbidea: [[ADDRESS:Nagusia kalea 27, 2. ezk.]]
  herria: [[LOCATION:Bergara]]
  posta_kodea: "[[ZIP_CODE:20570]]"
  kooperatiba: Fagor Ederlan
  kontua: [[IBAN_CODE:ES04 3035 0121 3912 1004 7792]]""",
    """$ curl -X PATCH https://crm.example.org/contacts/88412 -H 'Authorization: Bearer eyJhbGciOi...' -d '{"name":"[[PERSON:Precious Moyo]]","phone":"[[PHONE_NUMBER:+263 77 418 2905]]","city":"[[LOCATION:Bulawayo]]"}'""",
    """Support chat transcript (exported)
[09:14] Agent ([[PERSON:Rhys]]): Can I take the account holder's name?
[09:14] Customer: [[PERSON:Adwoa Boateng]]
[09:15] Agent ([[PERSON:Rhys]]): And the postcode on the account?
[09:15] Customer: [[ZIP_CODE:SE15 4QL]]
[09:16] Customer: my account number is [[ID_NUMBER:60332187]]""",
    """{
  "resourceType": "Observation",
  "subject": {"reference": "Patient/[[ID_NUMBER:OSK-4471903]]", "display": "[[PERSON:Kepa Etxaniz]]"},
  "effectiveDateTime": "[[DATE_TIME:2025-02-26T09:30:00+01:00]]",
  "code": {"text": "HbA1c"},
  "valueQuantity": {"value": 6.8, "unit": "%"}
}""",
    """UPDATE members SET email = '[[EMAIL_ADDRESS:ngaire.tawhiri@gmail.com]]', phone = '[[PHONE_NUMBER:021 448 9031]]' WHERE member_no = '[[ID_NUMBER:M-009417]]'; -- requested by [[PERSON:Ngaire Tawhiri]] on [[DATE_TIME:3/3/2025]]""",
    """[[[DATE_TIME:2025-03-01 19:44:02]]] payments.WARN chargeback opened txn=pi_3Oq8 amount=89.99 EUR card=[[CREDIT_CARD:5289 4106 6372 1506]] holder="[[PERSON:Sebastián Ortega]]" country=ES ip=[[IP_ADDRESS:79.116.203.58]]""",
    """class TestAddressParser(unittest.TestCase):
    def test_irish_eircode(self):
        parsed = parse_address('[[ADDRESS:Apartment 4, 12 Patrick Street]], [[LOCATION:Kilkenny]], [[ZIP_CODE:R95 X2P7]]')
        self.assertEqual(parsed.postcode, 'R95 X2P7')""",
    """GET /profile?user=[[USERNAME:laia.puig]]&lang=ca HTTP/2
Host: www.forumxarxa.cat
Cookie: sid=0c91f7e2b8; theme=dark
X-Real-IP: [[IP_ADDRESS:83.44.190.21]]
Referer: [[URL:https://www.forumxarxa.cat/u/laia.puig]]""",
    """ticket: HR-3391
opened_by: [[PERSON:Charlotte Dubois]]
employee: [[PERSON:Mateo Jiménez]]
employee_no: [[ID_NUMBER:000731]]
issue: bank details change
new_iban: [[IBAN_CODE:ES16 2095 5305 1621 0183 7764]]
effective: [[DATE_TIME:2025-04-01]]
approved_by: payroll""",
    """Voicemail transcription, 17:52: Hi, this is [[PERSON:Arohanui]] calling from the fishing co-op in [[LOCATION:Taranaki]] for [[PERSON:Mr. Ruaumoko]]. Can you call me back on [[PHONE_NUMBER:027 558 1204]]? It's about the boat insurance renewal. Thanks. (no surname given)""",
    """{"id": 1, "nome": "[[PERSON:Xiana Martínez Lema]]", "dni": "[[ID_NUMBER:47263508A]]", "tarxeta_sanitaria": "[[ID_NUMBER:MALX800611012345]]", "concello": "[[LOCATION:Arteixo]]", "cp": "[[ZIP_CODE:15142]]"}
{"id": 2, "nome": "[[PERSON:Roi Barreiro]]", "dni": "[[ID_NUMBER:11589342X]]", "tarxeta_sanitaria": "[[ID_NUMBER:BARR820904011776]]", "concello": "[[LOCATION:Ferrol]]", "cp": "[[ZIP_CODE:15402]]"}""",
    """Account audit log
[[DATE_TIME:2025-01-06 10:02]]  [[USERNAME:s.haddad]] changed email from [[EMAIL_ADDRESS:samir.haddad@yahoo.com]] to [[EMAIL_ADDRESS:samir.h@proton.me]]
[[DATE_TIME:2025-01-06 10:03]]  [[USERNAME:s.haddad]] enabled 2FA (TOTP)
[[DATE_TIME:2025-01-09 22:47]]  login from [[IP_ADDRESS:94.200.17.61]] ([[LOCATION:Dubai]])""",
    """@pytest.fixture
def sample_claimant():
    return Claimant(
        name='[[PERSON:Dolores Aguirre]]',
        dob='[[DATE_TIME:1968-04-12]]',
        naf='[[ID_NUMBER:150987654354]]',
        address='[[ADDRESS:Avenida de Zarautz 61, 5º D]], [[ZIP_CODE:20018]] [[LOCATION:Donostia]]',
    )""",
    """Delivery manifest – run 14, van 3
stop 1: [[PERSON:Anil Gupta]], [[ADDRESS:88 Station Road]], [[LOCATION:Harrow]] [[ZIP_CODE:HA1 2RS]], tel [[PHONE_NUMBER:020 8427 5519]]
stop 2: Greggs (commercial drop, loading bay)
stop 3: [[PERSON:Mrs. J. Whitaker]], [[ADDRESS:3 Cedar Walk]], [[LOCATION:Pinner]] [[ZIP_CODE:HA5 3DE]]""",
    """public static final Customer FIXTURE = Customer.builder()
    .name("[[PERSON:Rhea D'Souza]]")
    .email("[[EMAIL_ADDRESS:rhea.dsouza@rediffmail.com]]")
    .aadhaar("[[ID_NUMBER:2884 0317 7622]]")
    .city("[[LOCATION:Mangaluru]]")
    .build();""",
    """Registre de trucades – Servei d'atenció CatSalut
Hora: 11:08 | Usuari: [[PERSON:Pere Camps Vidal]] | CIP: [[ID_NUMBER:CAVI 1530421 09]] | Telèfon: [[PHONE_NUMBER:972 20 41 68]] | Motiu: canvi de metge de capçalera al CAP de [[LOCATION:Salt]]""",
    """incident_id,reported_at,reporter,reporter_email,device_ip,summary
INC-77120,[[DATE_TIME:2025-02-28 16:40]],[[PERSON:Gareth Lloyd]],[[EMAIL_ADDRESS:gareth.lloyd@cardiffmet.ac.uk]],[[IP_ADDRESS:134.226.9.88]],phishing email received""",
    """Mail header excerpt:
Return-Path: <[[EMAIL_ADDRESS:kwabena.ofori@gmail.com]]>
X-Originating-IP: [[IP_ADDRESS:197.251.184.20]]
From: [[PERSON:Kwabena Ofori]] <[[EMAIL_ADDRESS:kwabena.ofori@gmail.com]]>
To: admissions@uvigo.gal
Subject: Application for MSc in Aquaculture, applicant passport [[ID_NUMBER:G2291847]]""",
]

TABLE = [
    """name,email,phone,city,plan
[[PERSON:Ruairí Brennan]],[[EMAIL_ADDRESS:ruairi.brennan@gmail.com]],[[PHONE_NUMBER:086 119 4402]],[[LOCATION:Limerick]],fibre-500
[[PERSON:Sadia Karim]],[[EMAIL_ADDRESS:sadia.karim@hotmail.co.uk]],[[PHONE_NUMBER:07956 302 118]],[[LOCATION:Bradford]],mobile-unl
[[PERSON:Ewan Scott]],[[EMAIL_ADDRESS:ewan_scott77@yahoo.com]],[[PHONE_NUMBER:0131 496 0822]],[[LOCATION:Edinburgh]],fibre-150""",
    """izena;abizenak;NAN;herria;kooperatiba
[[PERSON:Oihana]];[[PERSON:Lertxundi Zabaleta]];[[ID_NUMBER:15937426J]];[[LOCATION:Oñati]];ULMA
[[PERSON:Beñat]];[[PERSON:Aramendi Oiarzabal]];[[ID_NUMBER:30671152P]];[[LOCATION:Eskoriatza]];Fagor Ederlan
[[PERSON:Irati]];[[PERSON:Kortabarria]];[[ID_NUMBER:79315826G]];[[LOCATION:Aretxabaleta]];Eroski""",
    """| Patient | DOB | NHS No. | Ward | Bed |
|---|---|---|---|---|
| [[PERSON:Albert Nwachukwu]] | [[DATE_TIME:14/02/1941]] | [[ID_NUMBER:485 777 3457]] | Elm | 4 |
| [[PERSON:Joyce Penhaligon]] | [[DATE_TIME:02/09/1938]] | [[ID_NUMBER:632 184 9073]] | Elm | 7 |
| [[PERSON:Harinder Gill]] | [[DATE_TIME:30/06/1955]] | [[ID_NUMBER:710 554 2381]] | Oak | 2 |""",
    """emp_no	first	last	dept	start	mobile
[[ID_NUMBER:10442]]	[[PERSON:Li]]	[[PERSON:Na]]	Finance	[[DATE_TIME:2021-03-15]]	[[PHONE_NUMBER:+65 9123 4488]]
[[ID_NUMBER:10518]]	[[PERSON:Farhan]]	[[PERSON:Aziz]]	IT	[[DATE_TIME:2022-11-01]]	[[PHONE_NUMBER:+65 8276 0135]]
[[ID_NUMBER:10603]]	[[PERSON:Priya]]	[[PERSON:Menon]]	Legal	[[DATE_TIME:2023-06-19]]	[[PHONE_NUMBER:+65 9660 2071]]""",
    """ id  | customer            | card_number         | exp   | amount
-----+---------------------+---------------------+-------+--------
 101 | [[PERSON:Olivia Hendricks]]    | [[CREDIT_CARD:4005 5172 0093 8660]] | 04/27 | 129.00
 102 | [[PERSON:Marcus Tan]]          | [[CREDIT_CARD:5573 0219 4876 0139]] | 10/26 |  54.50
 103 | [[PERSON:Nia Roberts]]         | [[CREDIT_CARD:6011 5120 7738 9425]] | 01/28 | 310.75
(3 rows)""",
    """{"nom": "[[PERSON:Gemma Puig Soler]]", "edat": [[AGE:34]], "municipi": "[[LOCATION:Olot]]", "telefon": "[[PHONE_NUMBER:655 302 871]]", "soci": "[[ID_NUMBER:CA-1187]]"}
{"nom": "[[PERSON:Quim Bofill]]", "edat": [[AGE:58]], "municipi": "[[LOCATION:Banyoles]]", "telefon": "[[PHONE_NUMBER:680 144 932]]", "soci": "[[ID_NUMBER:CA-0412]]"}
{"nom": "[[PERSON:Mireia Casals]]", "edat": [[AGE:41]], "municipi": "[[LOCATION:Besalú]]", "telefon": "[[PHONE_NUMBER:617 908 225]]", "soci": "[[ID_NUMBER:CA-2030]]"}""",
    """NAME                 VESSEL            LICENCE      PORT
[[PERSON:Tomás Lago Freire]]    Nova Estrela      [[ID_NUMBER:PV-3318]]      [[LOCATION:Marín]]
[[PERSON:Xurxo Abal Pena]]      Mar de Ons        [[ID_NUMBER:PV-4102]]      [[LOCATION:Bueu]]
[[PERSON:Antía Costas]]         Virxe do Carme    [[ID_NUMBER:PV-2297]]      [[LOCATION:Cangas]]""",
    """- name: [[PERSON:Hinewai Rangi]]
  student_id: [[ID_NUMBER:2024001873]]
  course: BSc Marine Science
  email: [[EMAIL_ADDRESS:hrang417@aucklanduni.ac.nz]]
- name: [[PERSON:Oliver Beaumont]]
  student_id: [[ID_NUMBER:2024002519]]
  course: BCom
  email: [[EMAIL_ADDRESS:obea882@aucklanduni.ac.nz]]""",
    """"Account holder","IBAN","Branch","Opened"
"[[PERSON:Nerea Azkue]]","[[IBAN_CODE:ES35 3058 0950 3528 1003 8857]]","[[LOCATION:Zarautz]]","[[DATE_TIME:2014-06-02]]"
"[[PERSON:Ibai Lasarte]]","[[IBAN_CODE:ES48 2038 3420 1466 0042 8119]]","[[LOCATION:Tolosa]]","[[DATE_TIME:2019-10-21]]"
"[[PERSON:Miren Etxaniz]]","[[IBAN_CODE:ES10 2085 5410 2311 3027 6631]]","[[LOCATION:Azkoitia]]","[[DATE_TIME:2021-01-11]]\"""",
    """Ticket   Owner               Opened       Status
T-1001   [[PERSON:Sam Abbott]]          2025-02-03   open
T-1002   [[PERSON:Keisha Grant]]        2025-02-04   closed
T-1003   [[PERSON:Vusi Nkosi]]          2025-02-04   open""",
    """member_no,surname,given_names,dob,suburb,postcode
[[ID_NUMBER:880142]],[[PERSON:Papadopoulos]],[[PERSON:Eleni]],[[DATE_TIME:12/03/1966]],[[LOCATION:Brunswick]],[[ZIP_CODE:3056]]
[[ID_NUMBER:880157]],[[PERSON:Nguyen]],[[PERSON:Thi Lan]],[[DATE_TIME:05/11/1990]],[[LOCATION:Footscray]],[[ZIP_CODE:3011]]
[[ID_NUMBER:880163]],[[PERSON:O'Brien]],[[PERSON:Patrick James]],[[DATE_TIME:28/07/1979]],[[LOCATION:Geelong]],[[ZIP_CODE:3220]]""",
    """| Nome | DNI | Data nacemento | Concello |
| --- | --- | --- | --- |
| [[PERSON:Sabela Outeiro]] | [[ID_NUMBER:45881230W]] | [[DATE_TIME:03/04/1992]] | [[LOCATION:Lugo]] |
| [[PERSON:Martiño Varela]] | [[ID_NUMBER:Y6671208A]] | [[DATE_TIME:17/09/1985]] | [[LOCATION:Monforte de Lemos]] |""",
    """ip_address       | hostname        | owner
[[IP_ADDRESS:10.12.4.21]]       | lab-ws-021      | [[PERSON:Dr. Ines Carvalho]]
[[IP_ADDRESS:10.12.4.22]]       | lab-ws-022      | [[PERSON:Tariq Bashir]]
[[IP_ADDRESS:10.12.4.30]]       | lab-printer-01  | shared""",
    """Guest: [[PERSON:Katarzyna Nowak]]
Room: 412
Check-in: [[DATE_TIME:14 March 2025]]
Check-out: [[DATE_TIME:17 March 2025]]
Passport: [[ID_NUMBER:EK 4829163]]
Nationality: [[NRP:Polish]]
Card on file: [[CREDIT_CARD:4300 1928 5567 7120]]""",
    """"Name";"Age";"Sex";"Condition";"Clinic"
"[[PERSON:Ibrahim Musa]]";"[[AGE:63]]";"M";"type 2 diabetes";"OPD 2"
"[[PERSON:Blessing Eze]]";"[[AGE:29]]";"F";"antenatal";"ANC"
"[[PERSON:Chukwuma Obi]]";"[[AGE:47]]";"M";"hypertension";"OPD 1\"""",
    """username,display_name,joined,followers
[[USERNAME:tidepool_ana]],[[PERSON:Ana Souto]],[[DATE_TIME:2021-05-14]],1204
[[USERNAME:gaztelugatxe_fan]],[[PERSON:Unax]],[[DATE_TIME:2022-08-30]],88
[[USERNAME:marcpons_bcn]],[[PERSON:Marc Pons]],[[DATE_TIME:2019-12-01]],5530""",
    """+---------------------+-------------------+---------------+
| contact             | phone             | postcode      |
+---------------------+-------------------+---------------+
| [[PERSON:Jamal Rahman]]        | [[PHONE_NUMBER:(416) 555-0187]]    | [[ZIP_CODE:M4C 1B5]]       |
| [[PERSON:Élodie Gagnon]]       | [[PHONE_NUMBER:(514) 555-0142]]    | [[ZIP_CODE:H2T 1S6]]       |
| [[PERSON:Connor MacIsaac]]     | [[PHONE_NUMBER:(902) 555-0119]]    | [[ZIP_CODE:B3H 2Y9]]       |
+---------------------+-------------------+---------------+""",
    """Applicant	SSN	DOB	State	Income
[[PERSON:Brianna Lopez]]	[[US_SSN:318-55-2094]]	[[DATE_TIME:1993-01-27]]	[[LOCATION:AZ]]	52,400
[[PERSON:Tyler Hughes]]	[[US_SSN:447-12-8830]]	[[DATE_TIME:1988-09-09]]	[[LOCATION:NV]]	61,900
[[PERSON:Keanu Kahale]]	[[US_SSN:575-90-1146]]	[[DATE_TIME:1996-06-15]]	[[LOCATION:HI]]	48,750""",
    """[[PERSON:Rajesh Kumar]], [[PHONE_NUMBER:+91 98110 42877]], [[LOCATION:Delhi]], 3 items
[[PERSON:Swati Joshi]], [[PHONE_NUMBER:+91 99203 15566]], [[LOCATION:Mumbai]], 1 item
[[PERSON:Anil Reddy]], [[PHONE_NUMBER:+91 90004 77812]], [[LOCATION:Hyderabad]], 5 items""",
    """patient_id: [[ID_NUMBER:ICS-0091442]]
nom: [[PERSON:Eulàlia Ferrer Pons]]
data_naixement: [[DATE_TIME:1949-11-23]]
CIP: [[ID_NUMBER:FEPE 1491123 04]]
telefon: [[PHONE_NUMBER:971 72 18 40]]
municipi: [[LOCATION:Palma]]
al·lèrgies: penicil·lina""",
    """{"plate": "[[ID_NUMBER:4821 KLM]]", "owner": "[[PERSON:Asier Uribe]]", "city": "[[LOCATION:Getxo]]", "fine_eur": 200}
{"plate": "[[ID_NUMBER:7730 HJB]]", "owner": "[[PERSON:Lorea Mujika]]", "city": "[[LOCATION:Eibar]]", "fine_eur": 90}
{"plate": "[[ID_NUMBER:0912 GZN]]", "owner": "[[PERSON:Julen Agirre]]", "city": "[[LOCATION:Durango]]", "fine_eur": 200}""",
    """Staff ID  Name                 Role            Ext.
[[ID_NUMBER:S-0211]]    [[PERSON:Mere Takerei]]         nurse           4411
[[ID_NUMBER:S-0214]]    [[PERSON:James Liu]]            registrar       4420
[[ID_NUMBER:S-0229]]    [[PERSON:Fiona Galbraith]]      pharmacist      4435""",
    """candidate,university,graduated,email,linkedin
[[PERSON:Ainara Goñi]],UPV/EHU,[[DATE_TIME:2023-07]],[[EMAIL_ADDRESS:ainara.goni@gmail.com]],[[URL:https://linkedin.com/in/ainaragoni]]
[[PERSON:Pol Rovira]],UPC,[[DATE_TIME:2022-06]],[[EMAIL_ADDRESS:pol.rovira.eng@gmail.com]],[[URL:https://linkedin.com/in/pol-rovira]]
[[PERSON:Uxía Seijo]],UDC,[[DATE_TIME:2024-02]],[[EMAIL_ADDRESS:uxia.seijo@udc.es]],""",
    """| Borrower | Account | Balance | Next payment |
|:--|:--|--:|:--|
| [[PERSON:Declan Hughes]] | [[ID_NUMBER:90117284]] | £4,210.55 | [[DATE_TIME:01/04/2025]] |
| [[PERSON:Amara Nwosu]] | [[ID_NUMBER:90119930]] | £12,004.00 | [[DATE_TIME:15/04/2025]] |""",
    """Species,Lot,Weight kg,Buyer
Hake,L-2291,420,Conservas Ortiz
Anchovy,L-2292,1180,Conservas Olasagasti
Bonito,L-2293,860,[[PERSON:Xabier Olaizola]]""",
    """Name: [[PERSON:Naledi Mokoena]]
ID: [[ID_NUMBER:9108162730081]]
Cell: [[PHONE_NUMBER:083 441 2097]]
Address: [[ADDRESS:15 Vilakazi Street]], [[LOCATION:Orlando West]], [[LOCATION:Soweto]], [[ZIP_CODE:1804]]
Employer: City Power
Salary band: C3""",
    """user_id  | username        | last_login           | ip
---------+-----------------+----------------------+----------------
 5501    | [[USERNAME:katie.m]]         | [[DATE_TIME:2025-03-02 21:14]]     | [[IP_ADDRESS:90.218.44.10]]
 5502    | [[USERNAME:dr_okeke]]        | [[DATE_TIME:2025-03-03 07:55]]     | [[IP_ADDRESS:41.190.3.122]]
 5503    | [[USERNAME:bjorn_h]]         | [[DATE_TIME:2025-02-27 18:30]]     | [[IP_ADDRESS:2a01:4f8:c17:b8e::2]]""",
    """Vendor,Item,SKU,Qty,Contact
Acme Nets Ltd,Trawl net 40mm,NET-40-220,2,sales@acmenets.co.uk
Galician Ropes SL,Mooring line,ROP-16-100,6,pedidos@galicianropes.es
Private seller,Outboard motor 15hp,—,1,[[PERSON:Declan Reilly]] [[PHONE_NUMBER:085 301 7742]]""",
    """Zenbakia;Izen-abizenak;Jaiotze data;Telefonoa;Herria
1;[[PERSON:Garbiñe Arregi]];[[DATE_TIME:1961/05/19]];[[PHONE_NUMBER:943 83 11 27]];[[LOCATION:Zumaia]]
2;[[PERSON:Patxi Elizondo]];[[DATE_TIME:1958/12/02]];[[PHONE_NUMBER:948 22 64 10]];[[LOCATION:Iruñea]]
3;[[PERSON:Arantxa Mendiola]];[[DATE_TIME:1970/03/08]];[[PHONE_NUMBER:945 14 09 52]];[[LOCATION:Gasteiz]]""",
    """Beneficiary         Relationship   Share   Bank account
[[PERSON:Noor Al-Hashimi]]     daughter       50%     [[IBAN_CODE:GB33 MIDL 4005 1571 8436 02]]
[[PERSON:Zaid Al-Hashimi]]     son            50%     [[IBAN_CODE:IE72 BOFI 9000 1789 0345 21]]""",
    """{"order": "ORD-55102", "sku": "TSH-BLU-M", "qty": 2, "ship_to": "[[PERSON:Harriet Cole]]", "address": "[[ADDRESS:9 Mill Lane]]", "town": "[[LOCATION:Ludlow]]", "postcode": "[[ZIP_CODE:SY8 1BB]]"}
{"order": "ORD-55103", "sku": "MUG-WHT", "qty": 1, "ship_to": "[[PERSON:Dev Banerjee]]", "address": "[[ADDRESS:Flat 5, 71 Gloucester Road]]", "town": "[[LOCATION:Bristol]]", "postcode": "[[ZIP_CODE:BS7 8AS]]"}""",
    """Volunteer roster — Food Bank, week of 10 March
Mon: [[PERSON:Agnes Moloney]] (driver), [[PERSON:Kofi]]
Tue: [[PERSON:Ellie Fraser]]
Wed: closed
Thu: [[PERSON:Ruth]] & [[PERSON:Brian Kavanagh]]
Fri: [[PERSON:agnes]] again""",
    """athlete,country,age,club,best_time
[[PERSON:Amets Larrea]],[[LOCATION:Spain]],[[AGE:24]],Bilbao Atletismo,2:11:40
[[PERSON:Cillian Ward]],[[LOCATION:Ireland]],[[AGE:28]],Raheny Shamrock,2:13:05
[[PERSON:Jomo Kiprotich]],[[LOCATION:Kenya]],[[AGE:31]],Iten Elite,2:07:58""",
    """Tenant              Unit   Lease start   Rent    Phone
[[PERSON:Mohammed Al-Rashid]]  [[ADDRESS:3B]]     [[DATE_TIME:01/02/2024]]    $1,850  [[PHONE_NUMBER:(617) 555-0160]]
[[PERSON:Gabriela Silva]]      [[ADDRESS:4A]]     [[DATE_TIME:15/06/2023]]    $1,920  [[PHONE_NUMBER:(617) 555-0144]]
[[PERSON:Owen Fitzgerald]]     [[ADDRESS:5C]]     [[DATE_TIME:01/09/2024]]    $2,100  [[PHONE_NUMBER:(617) 555-0131]]""",
    """record: 1
  paciente: [[PERSON:Lois Ferreiro Gil]]
  tarxeta: [[ID_NUMBER:FEGL590704015532]]
  idade: [[AGE:65]]
  consulta: 3
  cita: [[DATE_TIME:2025-03-18 09:10]]
record: 2
  paciente: [[PERSON:Ramiro Insua]]
  tarxeta: [[ID_NUMBER:INRA481122019087]]
  idade: [[AGE:76]]
  consulta: 5
  cita: [[DATE_TIME:2025-03-18 09:30]]""",
]

CHAT = [
    """[10:02] Support ([[PERSON:Megan]]): Hi, thanks for contacting FibreNet! Who am I speaking with?
[10:02] [[PERSON:Ahmed Siddiqui]]: hi [[PERSON:megan]], it's [[PERSON:Ahmed]], my internet has been down since yesterday
[10:03] Support ([[PERSON:Megan]]): Sorry to hear that, [[PERSON:Ahmed]]. Can you confirm the address on the account?
[10:03] [[PERSON:Ahmed Siddiqui]]: [[ADDRESS:41 Larkspur Drive]], [[LOCATION:Swindon]] [[ZIP_CODE:SN25 2HF]]
[10:04] Support ([[PERSON:Megan]]): And your date of birth for security?
[10:04] [[PERSON:Ahmed Siddiqui]]: [[DATE_TIME:9th Nov 1984]]
[10:05] Support ([[PERSON:Megan]]): Thanks. I've booked an engineer for [[DATE_TIME:Thursday 13 March, 8am-12pm]]. Reference FN-77182.""",
    """Family group 👨‍👩‍👧‍👦
Mum: has anyone got Gran's new number?
[[PERSON:Tom]]: it's [[PHONE_NUMBER:07712 448 903]], she changed it after the scam call
[[PERSON:Lucy]]: thanks [[PERSON:tom]]. also her GP appointment is [[DATE_TIME:Tuesday the 18th at 10:20]], can someone drive her?
Dad: I'll take her, tell [[PERSON:Dr Ashby]] I'll be in the waiting room
Mum: ok. [[PERSON:lucy]] can you bring the blue folder with her NHS number in it? it's [[ID_NUMBER:829 301 4679]] if anyone needs it""",
    """Marketplace – Listing: "Bosch washing machine, 2 yrs old, £120"
[[PERSON:Chidi Okeke]]: Hi, is this still available?
[[PERSON:Rebecca Stanton]]: Yes! Can you collect tomorrow?
[[PERSON:Chidi Okeke]]: Yep, what's the address?
[[PERSON:Rebecca Stanton]]: [[ADDRESS:18 Foxglove Close]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK5 6GP]]. Text me when you're near: [[PHONE_NUMBER:07405 118 762]]
[[PERSON:Chidi Okeke]]: Perfect, I'll come around 6. Cash ok?
[[PERSON:Rebecca Stanton]]: Cash is fine 👍""",
    """#harbour-ops (Slack)
[[PERSON:Iñaki Zubiaurre]] 07:41: Trawler from [[LOCATION:Bermeo]] arriving 09:30, 14 t bonito
[[PERSON:Leire Astigarraga]] 07:43: cannery line 2 is ready. @[[USERNAME:jonkoldo]] can you call the skipper? his cell is [[PHONE_NUMBER:656 90 14 72]]
[[PERSON:Jon Koldo Mendia]] 07:44: on it
[[PERSON:Iñaki Zubiaurre]] 07:52: reminder, [[PERSON:Leire]]'s last day is [[DATE_TIME:March 31]], cake on Friday
[[PERSON:Jon Koldo Mendia]] 07:53: 🎂""",
    """Xat de suport – Banc
Agent ([[PERSON:Núria]]): Bon dia! Amb qui parlo?
[[PERSON:Josep Miralles]]: Bon dia, sóc en [[PERSON:Josep Miralles]]. M'han bloquejat la targeta.
Agent ([[PERSON:Núria]]): Em pot dir el DNI, si us plau?
[[PERSON:Josep Miralles]]: [[ID_NUMBER:50291738F]]... perdó, és [[ID_NUMBER:38610724A]]
Agent ([[PERSON:Núria]]): Gràcies. La targeta acabada en 9921 queda desbloquejada. Li enviarem un SMS al [[PHONE_NUMBER:689 114 305]].""",
    """Team chat – Year 10 trip to [[LOCATION:Dublin]]
[[PERSON:Ms Harrington]]: Permission slips due [[DATE_TIME:Friday 7th March]]. Still missing: [[PERSON:Aoife Ryan]], [[PERSON:Jack Doyle]], [[PERSON:Zara Iqbal]].
[[PERSON:Mr O'Neill]]: [[PERSON:Zara]]'s mum emailed hers from [[EMAIL_ADDRESS:nadia.iqbal@gmail.com]], I'll print it.
[[PERSON:Ms Harrington]]: Great. [[PERSON:Jack]] has his EHIC expired, can someone tell his dad?
[[PERSON:Mr O'Neill]]: will do, I have [[PERSON:Mr Doyle]]'s number: [[PHONE_NUMBER:087 220 6134]]""",
    """WhatsApp – Cousins 🇮🇳🇿🇦
[[PERSON:Kavya]]: [[PERSON:Rohan]] bhai, did you get the wedding invite? [[DATE_TIME:12th April]] in [[LOCATION:Durban]]!
[[PERSON:Rohan]]: yes!! sending you my flight: leaving [[LOCATION:Chennai]] [[DATE_TIME:9 April]], landing [[LOCATION:Johannesburg]] the next morning
[[PERSON:Kavya]]: aunty [[PERSON:Meena]] says you can stay at hers, [[ADDRESS:22 Umgeni Road]], [[LOCATION:Greyville]]
[[PERSON:Rohan]]: 🙏 tell her thanks. my SA number will be [[PHONE_NUMBER:+27 71 550 2908]]""",
    """Live chat — UniStudy Accommodation
Bot: Welcome! Please enter your student number.
User: [[ID_NUMBER:B00917264]]
Bot: Thanks, [[PERSON:Eoin]]. How can we help?
User: the heating in my room ([[ADDRESS:Block C, Room 214]]) is broken since [[DATE_TIME:Sunday 2 March]]
Agent ([[PERSON:Paul]]): Hi [[PERSON:Eoin]], [[PERSON:Paul]] here. Maintenance will visit tomorrow, [[DATE_TIME:3 March]], in the morning. Can we reach you on [[PHONE_NUMBER:083 992 4107]]?
User: yes that's my mobile, thanks [[PERSON:paul]]""",
]

LOOKALIKE = [
    """Shipping advice – Conservas del Norte S.A. (CIF A48011233)
Container MSCU4829130, seal 0041782, lot LT-2025-0311-B, 2,400 cases of bonito del norte in olive oil (EAN 8412345678905).
Bill of lading MEDUBI250314, customs MRN 25ES00481710004982, invoice FV-2025/00412 dated 14.03.2025.
Loading at [[LOCATION:Santurtzi]], vessel voyage 511E. Questions to exports@conservasdelnorte.es or +34 944 00 12 30 (switchboard).""",
    """Release notes v4.18.2.0 (build 2025.03.11.1742)
- Fixed crash when the config hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 mismatched.
- Devices with serial SN-7F3K-22Q9-X001 through SN-7F3K-22Q9-X450 need firmware 10.2.3.4 before upgrading.
- The Kalman filter and the Fourier transform now run on the GPU; thanks to [[PERSON:Priya Nand]] for the patch (PR #8821).
- Session ids are now UUIDs, e.g. 3b241101-e2bb-4255-8caf-4136c566a962.""",
    """Your order #114-2290371-5518842 has shipped! Tracking: 1Z 999 AA1 01 2345 6784 (UPS). Items: "The Basque History of the World" (ISBN 9788499227412), "Cod: A Biography" (ISBN 9788416753109), SKU BK-00172. Delivery to [[PERSON:Maite Goikoetxea]], [[ADDRESS:Calle Licenciado Poza 31, 4º dcha.]], [[ZIP_CODE:48011]] [[LOCATION:Bilbao]]. Questions? Call our customer line 0800 496 1122.""",
    """Visitor information: the university library on Avenida Castelao is open 8:00–21:00; the Rosalía de Castro reading room (floor 2) holds the Darwin collection. Room bookings use codes like RB-2025-0442. The Wi-Fi network eduroam uses RADIUS server 10.1.0.1/24 (not for public use). For lost property write to conserxaria@uvigo.gal or call 986 81 20 00. Parking permits are issued under plate-scan system v2.3.1.""",
    """Ref. pedido 2025/ES/000418 — Cooperativa Vitivinícola do Ribeiro (CIF F20054870). Lote 24-RB-117, 600 botellas (EAN 8437012345126), contedor TGHU7741023, DUA 25ES001537200014. Factura FR-1190 de data 02/03/2025. Contacto: administracion@coopribeiro.gal, tel. 988 47 01 75. Persoa de contacto: [[PERSON:Branca Seoane]].""",
    """Booking confirmation PNR K7XQ2M for passenger [[PERSON:Ahmad Karimi]]. Flight VY 8312 BIO–BCN, seat 14C, e-ticket 075-2381947720. Baggage tag BIO 294571. Hotel reservation 48211937 at Hotel Príncipe de Vergara. Loyalty account Iberia Plus [[ID_NUMBER:1123 4470 5581]]. Customer service: +34 900 100 200 / help@travelplatform.com.""",
    """Maintenance log, cannery line 3, [[LOCATION:Getaria]]: autoclave AC-04 serviced by the contractor, pressure set to 1.2.0.8 bar profile, checksum d41d8cd98f00b204e9800427e998ecf8. Spare part order PO-77431 for Parker seals (part 2-214-N674-70). Next audit ISO 22000 ref AUD-2025-Q2. Contact the plant office at info@conservasgetaria.eus.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    marks = spans = 0
    for records in STYLES.values():
        for markup in records:
            marks += len(MARK.findall(markup))
            parsed = parse(markup)[1]
            spans += len(parsed)
    write_set("blind153", STYLES, OUT)
    print("check passed on every record (spans, Luhn, mod-97)")
    print("records per style:")
    for style, records in STYLES.items():
        print(f"  {style:10s} {len(records)}")
    kinds: Counter[str] = Counter()
    for records in STYLES.values():
        for markup in records:
            kinds.update(span["entity_type"] for span in parse(markup)[1])
    print("spans per entity type:")
    for kind, n in kinds.most_common():
        print(f"  {kind:18s} {n}")
    print(f"  {'total':18s} {sum(kinds.values())}")
    split = sum(len(TITLE_IN_NAME.findall(m.group(2))) for rs in STYLES.values() for r in rs for m in MARK.finditer(r) if m.group(1) == "PERSON")
    ok = marks + split == spans and all(r.count("[[") == len(MARK.findall(r)) for rs in STYLES.values() for r in rs)
    print(f"marks parsed: {marks} marks + {split} titles split from names = {spans} spans: {'ok' if ok else 'MISMATCH'}")


if __name__ == "__main__":
    main()

"""Build tests/data/blind141.jsonl: a hundred-and-forty-first *blind*, hand-written labeled PII set.

    .venv/bin/python tests/data/make_blind141.py

Blind: written without reading the detector (minimize/, recognizers/), its
tests, the bench scripts, the README, or the records of any other gold set
(no *.jsonl was opened, this set's own output included, and no record list
inside another make_*.py was read). Only these were read, to keep the
conventions and the file format: the first 121 lines of make_blind22.py
(its docstring with the labeling conventions and style descriptions, and
its import lines) and its tail from `STYLES = {` to the end (the STYLES
dict and main(), copied as scaffolding); gold_sets.py in full (the checks
and write_and_report()); and lines 1-64 of make_handwritten.py (its
conventions, the MARK and TITLE_IN_NAME regexes, and parse()). git was not
run at all, so no history was looked at. The detector, the bench, pytest
and `minimize` were never run, on this file or on anything else; only this
script (which prints counts) and throwaway code computing check digits
were run. Do not tune the detector against this set: once it has been used
to tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks (the summary printed at the end
only counts them). Cards pass Luhn and IBANs pass mod-97 with their
country's length; the RIB keys inside the French IBANs and the national
check digits inside the Belgian ones are right too. Moroccan (MA, 28
characters) and Algerian (DZ, 26 characters) IBANs are not in
gold_sets.IBAN_LENGTHS, so `gold_sets.check` verifies them on mod-97 only;
the RIB keys inside them were not worked out. National ids with a public
check digit were given a valid one with hand-run throwaway code that was
not kept: French NIR (key = 97 - number mod 97; the emigrants born in
Algeria or Morocco carry department 99 and country code 352 or 350, and
sex, year and month agree with the person where they show), Belgian
national numbers (sex digit and birth date agree), Canadian SIN (Luhn),
NHS numbers (mod 11), and so do the look-alikes that carry one: ISBN-13 and
EAN-13, SIREN / SIRET and the EORI built on a SIRET (Luhn), the French VAT
key, Belgian enterprise and establishment unit numbers (mod 97) and an
IMEI (Luhn). Not checked (no public check digit, or none used here):
Algerian NIN, identity card, CHIFA and CNAS numbers, CCP keys and RIB keys,
Moroccan CIN, Massar codes and RIB keys, Quebec RAMQ numbers (their letters
and birth date do agree with the person), UK NI numbers and driving
licences (the licences do encode the surname and birth date), US SSNs and
Medicare MBIs, passports, licences, plates, bank account numbers and staff,
student, member, subscriber and patient numbers.

Styles (ids `blind141-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of the public PII-masking
  benchmarks: 34 like ai4privacy pii-masking-200k/300k/400k (odd dense
  sentences with names, titles, job titles, streets with building numbers,
  secondary addresses, IPv4 / IPv6, MACs, user agents, card / CVV /
  expiry, IBAN / BIC), 32 like gretel-pii-masking-en-v1 (claims,
  contracts, loan, medical, rental, benefit, school and pension forms,
  notices, letters, a petition, a bill of sale) and 34 like Nemotron-PII
  (JSON, log lines, SQL, XML / FHIR, YAML, .env and INI files, HTTP
  requests and responses, test code, tickets, form dumps, mail headers,
  a traceback, a GraphQL mutation, a Slack export).
- `gen` (90): one to four "realistic sentences with personal data", names
  at the start, middle and end, lowercase and possessive; ages, dates,
  addresses, phones and ids in many shapes.
- `table` (35): one small table each rendered as text (CSV with comma and
  semicolon, quoted and not, TSV, pipes / Markdown, psql, fixed-width, JSON
  lines, YAML, key: value blocks), header rows unlabeled, non-PII columns
  (status, department, amounts, meters, SKUs, MACs, tax codes) mixed in.
- `chat` (8): a bank support chat, a pension support chat, a family thread
  about a money transfer, a family thread about a birthday, two
  marketplace chats, a team thread, and a village water committee group;
  speakers' names labeled at every turn.
- `lookalike` (7): texts full of non-PII that looks like PII (order,
  invoice, tracking, booking, lot, customs, tender and registry
  references, SKUs, ISBN / EAN, versions and firmware shaped like IPs,
  hashes, UUIDs, serials, company registration and VAT numbers, company
  phones, company accounts, role mailboxes, eponyms, streets named after
  people without a number, airport codes), with the few real PII values
  labeled; the first has no PII at all.

Languages: 215 records in English (Algeria, Morocco, France, Belgium,
Canada / Quebec, the UK and the US, with names of the people who live
there), and 25 in the languages of Kabylie and the Souss, spread over all
styles: 10 in Kabyle (Berber Latin alphabet, with ɛ ɣ ḥ ṛ ṣ ṭ ẓ č ǧ), 3 in
Tamazight of the Souss in the Berber Latin alphabet, 4 in Tamazight of the
Souss in Tifinagh, and 8 in the French of Kabylie and of the Souss.

Domains: extra weight on olive oil cooperatives, emigrant workers'
pensions and transfers, and mountain villages' water committees (56
records together); the rest spread over banking, health, pharmacy, legal,
schools and universities, HR and payroll, retail, travel and hotels,
telecoms, government, housing and lettings, gaming, social media, IT,
deliveries, gyms, vets, insurance, charities and marketplaces.

Labeling conventions: those of make_blind22.py's docstring, exactly; in
short:
- PERSON: any part of a name, lowercase or not, initials, middle names; a
  possessive "'s" is outside; nicknames are PERSON. TITLE: honorifics and
  ranks attached to a name, labeled apart from it; job titles are not
  TITLE and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes, house
  and building names; city, district, county, state / province (also
  abbreviated) and country are LOCATION; postcodes are ZIP_CODE.
- DATE_TIME: a person's dates with a day or month, in any shape, with the
  time attached to them; not bare years, weekdays alone, durations, or
  dates not tied to a person.
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, genders, job titles, user agents, MACs, sort
  codes, routing / transit / institution numbers, BICs, CVVs and
  expiries, PINs, order / ticket / claim / policy / booking / tracking
  references, company phones and role mailboxes, versions, hashes,
  serials, partial numbers, pets, eponyms and brands named after people, a
  header row; in tables, sex / role / dept / status columns unlabeled, an
  age column AGE, a country or state column LOCATION, a nationality column
  NRP, a building number or street in its own field ADDRESS, a last-login
  timestamp DATE_TIME.

Calls made while writing this set, in the same spirit:
- Kinship and respect words are family words and stay outside the name:
  Kabyle "Nna", "yemma", "ɛemti", English "Aunty", "Uncle", "Nan"; a chat
  speaker saved as "Yemma" is unlabeled. French "M.", "Mme", "Mlle",
  "Madame" and "Me" (Maître) are TITLE; TITLE_IN_NAME only splits
  Mr / Mrs / Ms / Mx / Dr / Prof / Nurse / Sir, so these are marked apart by
  hand, and so are a "title" column and the "MR" / "MRS" after a name in an
  airline PNR.
- Villages, douars, hamlets, communes, wilayas, provinces and named
  districts (Hay Mohammadi, Hay Dakhla) are LOCATION, with "Douar" kept
  inside when it is written as part of the name; housing estates and
  lots with a building or lot number ("Cité 1000 Logements, Bt 12, n° 4",
  "lot 14, lotissement Tighilt", "Zone d'activité, lot 27") are ADDRESS.
  Names written in Tifinagh are labeled like Latin ones.
- An Algerian postal account with its key ("CCP 0017294536 clé 48": the
  span is the number with "clé" and the key) and Algerian / Moroccan RIBs
  are ID_NUMBER; cooperative member numbers, water-committee subscriber
  numbers ("abonné n° 214"), health cards (RAMQ, CHIFA), MRNs, Medicare
  MBIs, Moroccan plates written with an Arabic letter and UK plates are
  ID_NUMBER; water meter numbers, olive and coffee lots, press and pump
  serials, chip numbers, IMEIs, VINs, transfer references (MTCN) and
  prescription numbers are not labeled.
- Accounts, registry numbers, VAT and ICE numbers of companies, communes
  and associations are not labeled, like company phones; an IBAN of a
  person is labeled even when it is used to collect money for others.
- DATE_TIME covers a person's own dates, in every language ("12 Dujembeṛ",
  "18 ⵏⵓⵡⴰⵏⴱⵉⵔ", "9 Yulyu ɣef 10:00"): birth, death, appointments,
  hearings, visits, arrivals, moves, starts, leaves, signatures and
  letters (a life certificate's date, the Date header of a person's
  e-mail), joining a cooperative, registering an account, a last login.
  Not labeled: transaction dates (transfers, gifts, receipts, orders),
  collective events (a water cut, a harvest season), a pet's treatment
  date, and system timestamps (log-line times, created_at, ts fields).
- Every IP address is IP_ADDRESS, private and server ones included.
- ISO country codes in machine fields ("country": "GB") and airport codes
  are not LOCATION; US state and Canadian province abbreviations are, and
  so is a state named as a noun ("her Texas driver license").
- Masked values ("BH******") and partial numbers ("ending 4417", last4)
  are not labeled. Language names and adjectives ("Berber place names",
  "Belgian pension") are not NRP.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind141.jsonl")

# Each record is (language, domain, markup). language: "en", "fr" (French of
# Kabylie or the Souss), "kab" (Kabyle, Berber Latin alphabet), "tzm-latn"
# (Tamazight of the Souss, Berber Latin alphabet), "tzm-tfng" (Tamazight of
# the Souss, Tifinagh). domain: "oil", "pension" (emigrant workers' pensions
# and transfers), "water" (mountain villages' water committees) or "" (the
# rest). Only the markup goes into the set; the two tags are for the summary.

GEN = [
    ("en", "oil", """[[PERSON:Lounes Ait Ouali]] brought 14 quintals of olives to the cooperative press in [[LOCATION:Bouzeguène]] on Saturday; his member card reads [[ID_NUMBER:COOP-BZG-0417]] and the weighing slip was texted to [[PHONE_NUMBER:0661 72 40 18]]."""),
    ("en", "pension", """My father, [[PERSON:Mohand Ouamar Hadjeb]], worked at the Renault plant in [[LOCATION:Boulogne-Billancourt]] from 1969 to 1998 and now lives back in [[LOCATION:Ath Yenni]]. His French social security number is [[ID_NUMBER:1 48 03 99 352 117 10]], and the life certificate he signed at the consulate on [[DATE_TIME:12 February 2024]] never reached the CNAV."""),
    ("en", "water", """The water committee of [[LOCATION:Tiferdoud]] asks [[PERSON:Smail Kaci]], subscriber [[ID_NUMBER:TF-112]], to settle his meter fees before the spring; he can call the treasurer, [[PERSON:Belaid Amrouche]], on [[PHONE_NUMBER:0770 18 55 62]]."""),
    ("en", "", """Hi, I'm [[PERSON:Chloe Pemberton]] and my debit card ending 7731 was blocked after a payment in [[LOCATION:Lisbon]]. I was born on [[DATE_TIME:9 November 1991]] and my postcode is [[ZIP_CODE:LS6 2QT]], if that helps you find the account."""),
    ("en", "", """Patient [[PERSON:Marie-Josée Tremblay]], [[AGE:57]], RAMQ [[ID_NUMBER:TREM 6752 1214]], has a follow-up with [[PERSON:Dr. Gaétan Bouchard]] on [[DATE_TIME:October 3 at 9:15]] at the CLSC on [[ADDRESS:1705 rue de la Visitation]], [[LOCATION:Montréal]]."""),
    ("en", "", """the prescription for [[PERSON:darnell hughes]] (dob [[DATE_TIME:04/17/1983]]) is ready at the Walgreens on Fulton. his insurance member id is [[ID_NUMBER:W84920173]] and he asked us to text [[PHONE_NUMBER:718-604-2291]] when it's filled."""),
    ("fr", "pension", """Bonjour, je suis [[PERSON:Fatma Oubelkacem]], veuve de [[PERSON:Arezki Oubelkacem]], décédé le [[DATE_TIME:17 novembre 2023]] à [[LOCATION:Iferhounène]]. Je demande la pension de réversion de la CARSAT ; mon numéro de sécurité sociale est le [[ID_NUMBER:2 53 02 99 352 084 23]] et vous pouvez joindre mon fils [[PERSON:Yidir]] au [[PHONE_NUMBER:+213 552 19 47 30]]."""),
    ("kab", "water", """Azul fell-awen. Nekk d [[PERSON:Ouali Yahiaoui]], amassay n tiddukla n waman n taddart n [[LOCATION:Ait Laaziz]]. Win ur nxelleṣ ara lkuntur-is n waman, ad d-yessiwel ɣur-i ɣer [[PHONE_NUMBER:0555 63 21 08]] neɣ ad yaru ɣer [[EMAIL_ADDRESS:ouali.yahiaoui@gmail.com]]. Tanemmirt."""),
    ("en", "", """[[PERSON:Mr Okonkwo]]'s tenancy hearing at the First-tier Tribunal has been moved to [[DATE_TIME:Tuesday 11 June 2024, 2pm]]; his solicitor, [[PERSON:Harriet Vance]], can be reached on [[PHONE_NUMBER:07911 482 337]]."""),
    ("en", "", """[[PERSON:Inès Vandenbroucke]] ([[AGE:9]]) will be picked up from the école communale in [[LOCATION:Schaerbeek]] by her grandmother, [[PERSON:Rachida El Ouafi]], every Wednesday; emergency contact [[PHONE_NUMBER:+32 478 21 90 64]]."""),
    ("en", "oil", """We shipped the 40 tins to [[PERSON:Nadia Benali]] at [[ADDRESS:2217 N Halsted St, Apt 3R]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60614]]. She imports olive oil from the [[LOCATION:Seddouk]] cooperative and asked that invoices go to [[EMAIL_ADDRESS:nadia.benali@outlook.com]]."""),
    ("en", "", """[[PERSON:Julien Morel]] starts as a warehouse lead in [[LOCATION:Vénissieux]] on [[DATE_TIME:2 September 2024]]; payroll still needs his social security number ([[ID_NUMBER:1 94 07 69 123 457 19]]) and his RIB, [[IBAN_CODE:FR76 1027 8060 7900 0217 3014 527]]."""),
    ("kab", "pension", """Azul, nekk d [[PERSON:Tassadit Mammeri]]. Argaz-iw, [[PERSON:Akli Mammeri]], yexdem deg lminat n [[LOCATION:Saint-Étienne]] azal n 25 iseggasen. Yemmut ass n [[DATE_TIME:3 Yennayer 2024]], tura bɣiɣ ad d-ṭṭfeɣ lpansyu-ines. Uṭṭun-iw n tilifun d [[PHONE_NUMBER:0796 44 12 58]]."""),
    ("en", "", """Return request from [[PERSON:Gwen Harries]], [[ADDRESS:Flat 2, 14 Heol y Deri]], [[LOCATION:Cardiff]] [[ZIP_CODE:CF14 6HF]]: order 204-778193 arrived with a cracked kettle, and she'd like the refund on the card ending 0429."""),
    ("en", "", """[[PERSON:Hassan Ouzzine]], passport [[ID_NUMBER:BK4718206]], checks into the riad in [[LOCATION:Taroudant]] on [[DATE_TIME:14 April]] with his wife [[PERSON:Fadma]]; booking ref RIAD-88213, contact [[PHONE_NUMBER:+212 661 48 27 09]]."""),
    ("en", "", """the line [[PHONE_NUMBER:(438) 771-2094]] belongs to [[PERSON:kevin lapointe]], who ported it from Vidéotron on Monday. his account number is [[ID_NUMBER:0482 7719 36]] and the billing address is [[ADDRESS:88 rue Saint-Viateur Ouest, app. 4]], [[LOCATION:Montréal]] [[LOCATION:QC]] [[ZIP_CODE:H2T 2L1]]."""),
    ("en", "water", """Field note: [[PERSON:Mbarek Amzil]], who keeps the pump key for [[LOCATION:Douar Tazoult]] in the commune of [[LOCATION:Igherm]], says 31 households pay 20 dirhams a month for water. His number is [[PHONE_NUMBER:06 70 14 83 52]]."""),
    ("en", "", """[[PERSON:Rosa Delgado]] renewed her [[LOCATION:Texas]] driver license [[US_DRIVER_LICENSE:40218837]] at the [[LOCATION:El Paso]] office; her SSN on file is [[US_SSN:512-38-7704]] and she moved to [[ADDRESS:6120 Montana Ave, Unit 9]] on [[DATE_TIME:May 1]]."""),
    ("en", "", """GG to [[USERNAME:xX_Massi_Xx]]. His real name is [[PERSON:Massinissa Ferhat]], he's [[AGE:17]] and from [[LOCATION:Béjaïa]], and he keeps posting his Discord, [[USERNAME:massi.frht]], in the lobby."""),
    ("en", "", """[[PERSON:Priscilla Wong]] booked Biscuit (her beagle) in for vaccines on [[DATE_TIME:Thursday 22 August at 4:40 pm]]; call her at [[PHONE_NUMBER:604-318-2270]] if the clinic on Commercial Drive runs late."""),
    ("en", "oil", """At the [[LOCATION:Akbou]] press, [[PERSON:Dihia Chabane]] ([[AGE:34]]) keeps the quality log; members such as [[PERSON:Amar Hamoudi]] (card [[ID_NUMBER:AK-2231]]) are paid into their postal accounts, his being CCP [[ID_NUMBER:0017294536 clé 48]]."""),
    ("en", "", """Claim for [[PERSON:Pieter Claes]], national number [[ID_NUMBER:63.08.07-071.31]], after his van, plate [[ID_NUMBER:1-XKT-482]], was hit on [[ADDRESS:Chaussée de Gand 212]] in [[LOCATION:Molenbeek-Saint-Jean]]."""),
    ("en", "pension", """My grandad [[PERSON:Abdelkader Benyahia]] gets his UK State Pension paid into [[IBAN_CODE:GB36 BARC 2095 1473 0155 28]]. He's [[AGE:84]], lives in [[LOCATION:Tizi Ouzou]] now, and his National Insurance number is [[ID_NUMBER:JT 48 21 93 C]]."""),
    ("en", "", """Found [[PERSON:Sofiane]]'s old account, [[URL:https://www.instagram.com/sofiane.kbl06]]. He signed up with [[EMAIL_ADDRESS:sofiane.kbl06@yahoo.fr]] and still lists [[LOCATION:Tichy]] as his hometown."""),
    ("kab", "oil", """Ad d-yas [[PERSON:Arezki Ouchène]] ass n [[DATE_TIME:12 Dujembeṛ]] ɣer tmaɛṣert n [[LOCATION:Ighil Ali]] s 9 n lqenṭar n uzemmur. Uṭṭun-is n uɛeggal: [[ID_NUMBER:IA-0563]]. Ma tebɣam ad t-tsiwlem: [[PHONE_NUMBER:0698 20 71 45]]."""),
    ("en", "", """Courier note: leave the parcel for [[PERSON:Owen Mbeki-Shaw]] with the neighbour at [[ADDRESS:41B Tanner Street]], [[LOCATION:London]] [[ZIP_CODE:SE1 3LE]]. Tracking 1Z 84V 29W 66 1048 2213, recipient phone [[PHONE_NUMBER:07405 219 884]]."""),
    ("en", "", """Membership freeze approved for [[PERSON:Yasmine Haddad]] (member [[ID_NUMBER:FL-300918]]) from [[DATE_TIME:1 July]] to [[DATE_TIME:31 August]]; she'll be in [[LOCATION:Oran]] visiting family."""),
    ("en", "", """Thank you, [[PERSON:Mrs Eileen Fairbanks]], for your Gift Aid declaration. We'll claim on donations from [[ADDRESS:7 Orchard Close]], [[LOCATION:Taunton]] [[ZIP_CODE:TA1 4RW]] and write to you at [[EMAIL_ADDRESS:eileen.fairbanks@btinternet.com]]."""),
    ("en", "", """[[PERSON:Karim Zerrouki]] can't log in from [[IP_ADDRESS:41.107.22.183]]. His username is [[USERNAME:kzerrouki]] and the lockout started right after he changed his password to Tikjda2024!."""),
    ("tzm-tfng", "water", """ⴰⵣⵓⵍ. ⵉⵙⵎ ⵉⵏⵓ [[PERSON:ⵍⵃⵙⵏ ⴰⵢⵜ ⴱⴰⵀⴰ]], ⴷⴰⵔⵉ [[AGE:61]] ⵏ ⵓⵙⴳⴳⵯⴰⵙ, ⵣⴷⵖⵖ ⴳ [[LOCATION:ⵜⴰⴼⵔⴰⵡⵜ]]. ⴰⵎⴰⵏ ⵓⵔ ⴷ ⵉⵜⵜⴰⵡⴹ ⴰⴷⵓⵡⴰⵔ ⵏⵏⵖ. ⵜⵉⵍⵉⴼⵓⵏ ⵉⵏⵓ: [[PHONE_NUMBER:0662 37 19 84]]."""),
    ("en", "", """Viewing for [[PERSON:Tom]] and [[PERSON:Aisling Brennan]] at [[ADDRESS:Unit 6, 19 Dock Road]] on [[DATE_TIME:Saturday the 8th at 11]]. They're renting in [[LOCATION:Belfast]] for now and their mortgage broker is [[PERSON:Declan Moyles]]."""),
    ("en", "pension", """[[PERSON:Mustapha Boutaleb]], [[AGE:76]], worked underground at a [[LOCATION:Charleroi]] pit until 1987 and now receives his Belgian pension in [[LOCATION:Tiznit]]; the Federal Pension Service wrote to him about the account it pays into, [[IBAN_CODE:BE93 0682 3904 1167]]."""),
    ("en", "", """I, [[PERSON:Gregory Tan]], authorize the transfer from checking account [[ID_NUMBER:004471928305]] (routing 021000021) to my wife, [[PERSON:Mei Lin Tan]]. My SSN is [[US_SSN:219-74-6613]]."""),
    ("fr", "oil", """[[PERSON:Brahim Oulhaj]], adhérent n° [[ID_NUMBER:ADH-0291]] de la coopérative oléicole de [[LOCATION:Tiout]], a déposé 600 kg d'olives cette semaine ; il sera payé par virement sur son RIB [[ID_NUMBER:181 450 2111000273500188 22]]."""),
    ("en", "", """Student [[PERSON:Aaliyah Brooks]], ID [[ID_NUMBER:S20417783]], grade 7, was absent on [[DATE_TIME:March 12]] and [[DATE_TIME:March 13]]; her mom, [[PERSON:Tanya]], called from [[PHONE_NUMBER:(404) 815-3390]]."""),
    ("en", "pension", """The consulate in [[LOCATION:Lyon]] certified that [[PERSON:Said Belkacem]], born [[DATE_TIME:24/05/1956]] in [[LOCATION:Azazga]], is alive. His retirement file is under the NIR [[ID_NUMBER:1 56 05 99 352 210 42]], and the payments go to Algérie Poste CCP [[ID_NUMBER:0007418862 clé 51]]."""),
    ("en", "pension", """[[PERSON:Karima Aït Saïd]] sends 300 euros every month from [[LOCATION:Montreuil]] to her mother, Nna [[PERSON:Ouardia]], in [[LOCATION:Larbaâ Nath Irathen]]. The last Western Union transfer was MTCN 482-711-9063, collected with identity card [[ID_NUMBER:109832745]]."""),
    ("en", "", """Social housing file: [[PERSON:Sabrina Meziane]], [[AGE:29]], CAF number [[ID_NUMBER:4721903]], currently at [[ADDRESS:12 rue des Mûriers, bât. C, 3e étage]], [[ZIP_CODE:93200]] [[LOCATION:Saint-Denis]]."""),
    ("en", "", """Policyholder [[PERSON:Brian O'Leary]] reported hail damage to the roof; adjuster [[PERSON:Lena Fischer]] will inspect [[ADDRESS:4409 Cedar Ridge Dr]], [[LOCATION:Omaha]], [[LOCATION:NE]] [[ZIP_CODE:68106]] on [[DATE_TIME:July 2 at 10 am]]. Claim CLM-22-774190."""),
    ("en", "", """[[PERSON:Priyanka Shah]]'s last day at the [[LOCATION:Leicester]] depot is [[DATE_TIME:Friday 27 September]]. HR will post her P45 to [[ADDRESS:33 Evington Lane]], [[ZIP_CODE:LE5 5PQ]]; her NI number is [[ID_NUMBER:SH 71 40 28 B]]."""),
    ("kab", "pension", """[[PERSON:Lyes]], ttxil-k ceyyeɛ-d idrimen i yemma-k, ad tṛuḥ ɣer ṭṭbib n [[LOCATION:Tizi Ouzou]] ass n [[DATE_TIME:15 Ɣuct]]. Nekni aql-aɣ deg [[LOCATION:Beni Douala]]. Lkaṛṭa n baba-k: [[CREDIT_CARD:6280 5801 7734 4024]]."""),
    ("en", "", """SIM swap for [[PERSON:Callum Reid]] on [[PHONE_NUMBER:07584 330 176]], verified with DOB [[DATE_TIME:02.03.1988]] and the last four digits of his card; the handset IMEI 352910064182730 stays the same."""),
    ("en", "oil", """[[PERSON:Farid Ait Hamou]] of [[LOCATION:Laval]] orders 20 litres every December from his cousin [[PERSON:Hocine]] at the [[LOCATION:Ouadhia]] press. The Interac payments go to [[EMAIL_ADDRESS:farid.aithamou@videotron.ca]] and his cell is [[PHONE_NUMBER:450-681-3327]]."""),
    ("en", "", """[[TITLE:Me]] [[PERSON:Geneviève Roy]] represents [[PERSON:Samir Bensalem]] in the small claims file; the hearing at the courthouse in [[LOCATION:Québec]] is on [[DATE_TIME:November 19, 2024, at 9:30]]."""),
    ("en", "", """Repeat prescription for [[PERSON:Mr Desmond Achterberg]], NHS number [[ID_NUMBER:485 277 3106]], to be collected from Boots on [[DATE_TIME:Monday 4 March]]. He is [[AGE:79]] and lives at [[ADDRESS:2 Pear Tree Cottages]], [[LOCATION:Hexham]]."""),
    ("en", "water", """Minutes, [[LOCATION:Ait Hichem]] village committee: [[PERSON:Amirouche Saadi]] will collect the 500 DA water contribution from each family; those abroad can pay through [[PERSON:Kamel]] in [[LOCATION:Paris]] on [[PHONE_NUMBER:+33 6 12 84 39 07]]."""),
    ("en", "", """Hi, this is [[PERSON:Anjali Mehra]]. My Visa [[CREDIT_CARD:4716 5209 0033 8173]] was declined at Costco in [[LOCATION:Brampton]] even though the limit resets on the 15th. SIN for verification: [[ID_NUMBER:527 183 404]]."""),
    ("tzm-latn", "pension", """Azul. Nkki d [[PERSON:Ijja Ouhammou]], tamɣart n [[PERSON:Lḥusayn Ouhammou]] lli ixdmn g lmina n [[LOCATION:Liévin]]. Immut g [[DATE_TIME:2 ɣuct 2023]]. Riɣ ad amẓɣ lpansyu ns. Tilifun inu: [[PHONE_NUMBER:0671 90 25 38]]."""),
    ("en", "", """@[[USERNAME:tinhinane_art]] (that's [[PERSON:Tinhinane Kaci]], [[AGE:22]], from [[LOCATION:Bouira]]) won the fan-art contest! We'll ship the tablet as soon as she confirms her address by DM."""),
    ("en", "", """Driver: gate code 4471, then ring [[PERSON:Mr. Alvarez]] in [[ADDRESS:apartment 12C, 305 W 98th St]], [[LOCATION:New York]], [[LOCATION:NY]] [[ZIP_CODE:10025]]; if there's no answer, text [[PHONE_NUMBER:917-228-6034]]."""),
    ("en", "", """[[PERSON:Nadir Benmansour]], a [[AGE:45]]-year-old farmer from [[LOCATION:Draâ El Mizan]], was admitted to the university hospital in [[LOCATION:Tizi Ouzou]] on [[DATE_TIME:19 January 2024]] after falling from a ladder during the olive harvest; his CHIFA card number is [[ID_NUMBER:75 0318 2240 17]]."""),
    ("en", "", """Onboarding: [[PERSON:Deshawn Carter]], start date [[DATE_TIME:8/19/2024]], home [[ADDRESS:1127 Magnolia Ave]], [[LOCATION:Memphis]], [[LOCATION:TN]] [[ZIP_CODE:38104]], SSN [[US_SSN:431-58-2290]], direct deposit to account [[ID_NUMBER:7730198264]]."""),
    ("en", "water", """The [[LOCATION:Agouni Gueghrane]] village committee tells [[PERSON:Mr Rabah Ait Ouarab]] that the pipe to his house, [[ADDRESS:lot 14, lotissement Tighilt]], will be connected on [[DATE_TIME:5 June]]; questions to [[PERSON:Hamid]] on [[PHONE_NUMBER:0561 38 04 72]]."""),
    ("en", "", """[[PERSON:Zainab Idrissi]] and her son [[PERSON:Adam]] ([[AGE:6]]) fly from [[LOCATION:Manchester]] to [[LOCATION:Agadir]] on [[DATE_TIME:20 July 2024]]; passports [[ID_NUMBER:543810927]] and [[ID_NUMBER:561274390]], booking ref 7KQ2LM."""),
    ("en", "", """[[PERSON:Élodie Garnier]] ordered two rain jackets to be shipped to [[ADDRESS:5 impasse des Tilleuls]], [[ZIP_CODE:44300]] [[LOCATION:Nantes]], and paid with her Mastercard [[CREDIT_CARD:5178 0533 9026 4186]]."""),
    ("en", "pension", """[[PERSON:Abdellah Agourram]] moved back to [[LOCATION:Inezgane]] in 2019 after thirty years in [[LOCATION:London]] kitchens. The International Pension Centre needs his new address, [[ADDRESS:Lotissement Al Amal, rue 12, n° 37]], and his phone, [[PHONE_NUMBER:+212 6 52 90 17 43]]."""),
    ("en", "", """[[PERSON:Sanne De Wilde]] asked the commune of [[LOCATION:Ixelles]] for a residence certificate: national register number [[ID_NUMBER:78.11.30-246.84]], address [[ADDRESS:Rue du Bailli 61, bte 5]], [[ZIP_CODE:1050]] [[LOCATION:Bruxelles]]."""),
    ("en", "", """Admin note: [[PERSON:Youcef Belaidi]] connected to the VPN from [[IP_ADDRESS:2001:41d0:302:2200::1f4a]] at 02:14 with the account [[USERNAME:ybelaidi.adm]]. Flagged because he is on leave until [[DATE_TIME:9 September]]."""),
    ("en", "oil", """[[PERSON:Dihya]] and [[PERSON:Yuba Amrouche]] will start picking olives in [[LOCATION:Ath Mellikeche]] on [[DATE_TIME:28 November]]; questions about the pressing to [[EMAIL_ADDRESS:yuba.amrouche@hotmail.com]]."""),
    ("en", "", """Reminder for [[PERSON:Jacob Nowak]]: cleaning with [[PERSON:Dr. Amina Rahal]] on [[DATE_TIME:Wed, Feb 7, 3:20 PM]] at [[ADDRESS:915 Boylston St, Suite 402]], [[LOCATION:Boston]]. Reply C to confirm or call the front desk at 617-555-0148."""),
    ("en", "oil", """At the Sunday market in [[LOCATION:Aubervilliers]], [[PERSON:Madjid Saidani]] sells oil pressed in his village, [[LOCATION:Taourirt Mimoun]]; people pay him with Lydia on [[PHONE_NUMBER:07 68 21 44 90]] or by transfer to [[IBAN_CODE:FR76 1751 5900 0008 1274 6352 085]]."""),
    ("en", "", """[[PERSON:Salma Aznag]], born [[DATE_TIME:2011-03-27]], Massar code [[ID_NUMBER:J130482716]], moves from her school in [[LOCATION:Tiznit]] to a collège in [[LOCATION:Agadir]] this September; her father's CIN is [[ID_NUMBER:JE218834]]."""),
    ("en", "pension", """[[PERSON:Malika Ould Ali]], [[AGE:66]], splits her year between [[LOCATION:Montréal]] and [[LOCATION:Bouzeguène]]. Retraite Québec deposits her pension into her Desjardins account [[ID_NUMBER:0447281]] (transit 30182), and her SIN is [[ID_NUMBER:293 714 606]]."""),
    ("en", "", """tagging [[PERSON:lamia]] and [[PERSON:rayan bouzid]] in the lycée reunion album. [[PERSON:rayan]]'s on facebook as [[URL:facebook.com/rayan.bouzid.31]] and [[PERSON:lamia]] only uses tiktok now ([[USERNAME:lamiaa.bjy]])."""),
    ("en", "", """[[PERSON:Hamza Qureshi]]'s car, registration [[ID_NUMBER:BD19 XKW]], was parked outside [[ADDRESS:58 Stratford Road]], [[LOCATION:Birmingham]] when it was hit; policy MTR-4418207, driving licence [[ID_NUMBER:QURES904157HA9PL]]."""),
    ("fr", "pension", """Je soussigné [[PERSON:Mbarek Ahrouch]], né le [[DATE_TIME:3 décembre 1961]] à [[LOCATION:Tafraout]], ancien mineur à [[LOCATION:Hénin-Beaumont]], demande que ma pension soit versée sur le compte [[IBAN_CODE:MA71 2308 1042 1187 3002 1456 0093]] ; n° de sécurité sociale [[ID_NUMBER:1 61 12 99 350 043 39]]."""),
    ("en", "", """Trainer notes: [[PERSON:Marcus Bell]], [[AGE:41]], bad left knee, wants to drop 8 kg before his sister's wedding. Emergency contact is his partner, [[PERSON:Jordan]], on [[PHONE_NUMBER:(512) 906-4418]]."""),
    ("en", "", """[[PERSON:Nassim Larbi]] opened a savings account at the BNA branch in [[LOCATION:Tigzirt]]: RIB [[ID_NUMBER:001 00612 0300417288 63]], card [[CREDIT_CARD:6280 5833 1046 9153]], and [[EMAIL_ADDRESS:nassim.larbi15@gmail.com]] for e-statements."""),
    ("en", "", """[[PERSON:Hélène Dubois]]'s cat was microchipped (chip 250268780091142); the registration lists [[ADDRESS:9 chemin des Vignes]], [[ZIP_CODE:1380]] [[LOCATION:Lasne]], [[LOCATION:Belgium]], and her mobile, [[PHONE_NUMBER:0495 62 18 07]]."""),
    ("en", "water", """The [[LOCATION:Anza]] water association fined [[PERSON:Youssef Bouhssine]] for a second illegal connection at [[ADDRESS:Bloc B, n° 118]]; he must come to the office with his CIN [[ID_NUMBER:J372905]] on [[DATE_TIME:Monday 17 June]]."""),
    ("en", "", """[[PERSON:Sarah-Ève Gagnon]] returns from maternity leave on [[DATE_TIME:January 6, 2025]]. Her employee number is [[ID_NUMBER:E-20931]] and she'd like her pay stubs sent to [[EMAIL_ADDRESS:se.gagnon@icloud.com]]."""),
    ("en", "", """Order for [[PERSON:Rachid Ait Lahcen]]'s grocery in [[LOCATION:Anderlecht]]: 60 jars of thyme honey from a [[LOCATION:Taroudant]] cooperative, paid from [[IBAN_CODE:BE34 3630 8577 2490]]; deliver to [[ADDRESS:Rue Wayez 143]], [[ZIP_CODE:1070]]."""),
    ("kab", "", """Ttxil-m a [[PERSON:Kahina]], ini-as i ɛemti [[PERSON:Zahra]] belli ṭṭbib ad tt-iẓer ass n [[DATE_TIME:9 Yulyu ɣef 10:00]] deg [[LOCATION:Azeffoun]]. Uṭṭun n lɛiyada: 026 41 88 20."""),
    ("en", "", """Donor update: [[PERSON:Harold]] and [[PERSON:Bev Lindqvist]] of [[LOCATION:Duluth]], [[LOCATION:MN]] pledged to fund a school library for a mountain village in [[LOCATION:Kabylie]]; the card on file is their Amex [[CREDIT_CARD:3714 982051 63303]]."""),
    ("en", "", """Inwi customer [[PERSON:Ayoub El Mansouri]], line [[PHONE_NUMBER:0700 28 14 63]], asked to transfer the contract to his sister [[PERSON:Hajar]]; both showed their CIN, [[ID_NUMBER:JC84120]] and [[ID_NUMBER:JC91377]]."""),
    ("en", "", """[[PERSON:Jerome Whitfield]] (DOB [[DATE_TIME:11-02-1979]]), US passport [[US_PASSPORT:548109237]], is due at the immigration court in [[LOCATION:Newark]] on [[DATE_TIME:December 3]] for his wife's case."""),
    ("en", "pension", """My brother [[PERSON:Hakim]] sends me 200 euros a month from [[LOCATION:Marseille]] through Taptap Send; it lands in my CCP account [[ID_NUMBER:0019823347 clé 06]], in the name of [[PERSON:Ouiza Brahimi]], in [[LOCATION:Tazmalt]]."""),
    ("en", "", """Can you update the shipping address for [[PERSON:Kayla Robinson]]? The new one is [[ADDRESS:PO Box 2217]], [[LOCATION:Flagstaff]], [[LOCATION:AZ]] [[ZIP_CODE:86003]], and the card is [[CREDIT_CARD:4147 2099 5816 3308]]."""),
    ("en", "water", """[[PERSON:Idir Boudjemaa]] in [[LOCATION:Sherbrooke]] raised 2,400 dollars from emigrants of [[LOCATION:Ait Saada]] for the new spring catchment; donors can send an Interac transfer to [[EMAIL_ADDRESS:idir.boudjemaa@gmail.com]] or call him at [[PHONE_NUMBER:819-570-2283]]."""),
    ("en", "", """Hello, [[PERSON:Thomas Lefèvre]] here, [[AGE:52]], from [[LOCATION:Rennes]]. Please replace my Mastercard [[CREDIT_CARD:5499 6031 8227 0452]]; the new one can go to [[ADDRESS:27 boulevard de la Liberté]], [[ZIP_CODE:35000]]."""),
    ("en", "", """[[PERSON:Aoife Gallagher]] ([[AGE:34]]) was referred by her GP, [[PERSON:Dr Rahul Menon]], for an MRI at the hospital in [[LOCATION:Salford]] on [[DATE_TIME:14/11/2024 at 08:45]]; NHS no. [[ID_NUMBER:943 476 5919]]."""),
    ("tzm-tfng", "oil", """ⴰⵙⵙ ⵏ [[DATE_TIME:18 ⵏⵓⵡⴰⵏⴱⵉⵔ]], [[PERSON:ⴱⵔⴰⵀⵉⵎ ⴰⵎⵣⵉⵍ]] ⴰⴷ ⵢⴰⵡⵉ ⴰⵣⵎⵎⵓⵔ ⵙ ⵜⵎⴰⵄⵚⵕⵜ ⵏ [[LOCATION:ⵉⴳⵔⵎ]]. ⵓⵟⵟⵓⵏ ⵏⵙ: [[ID_NUMBER:IG-0148]]. ⵜⵉⵍⵉⴼⵓⵏ: [[PHONE_NUMBER:0650 73 28 16]]."""),
    ("en", "", """[[PERSON:Olivier Pelletier]] and [[PERSON:Nour Kassem]] land in [[LOCATION:Algiers]] on [[DATE_TIME:Dec 21]] and drive up to [[LOCATION:Tikjda]]. The rental car's plate is [[ID_NUMBER:03215 124 16]], and [[PERSON:Nour]]'s passport is [[ID_NUMBER:HK418273]]."""),
    ("en", "", """[[PERSON:Ikram Belhadj]], student number [[ID_NUMBER:2318840]], asked the registry in [[LOCATION:Leeds]] to change her term address to [[ADDRESS:Room 214, Lupton Residences, 19 Headingley Lane]], [[ZIP_CODE:LS6 1BL]]."""),
    ("en", "", """git blame says the hard-coded address [[EMAIL_ADDRESS:r.ouakli@gmail.com]] came in with [[PERSON:Rayan Ouakli]]'s commit; he also left his home IP, [[IP_ADDRESS:105.98.41.17]], in the test config."""),
    ("en", "pension", """[[PERSON:Rabah Iguerbouchène]], [[AGE:80]], lives in the migrant workers' hostel at [[ADDRESS:4 rue Jean-Jaurès, room 117]], [[ZIP_CODE:42100]] [[LOCATION:Saint-Étienne]], and sends half of his Agirc-Arrco pension home to [[LOCATION:Michelet]]."""),
    ("en", "", """Glovo rider: order for [[PERSON:Imane Bouzid]], [[ADDRESS:Résidence Les Palmiers, imm. 4, appt 12]], [[LOCATION:Hay Dakhla]], [[LOCATION:Agadir]]. She said to call [[PHONE_NUMBER:06 61 09 37 52]] from the gate."""),
    ("en", "", """Report: the account [[USERNAME:kabyle_pottery_queen]] belongs to [[PERSON:Sonia Hamidouche]], who sells pottery from [[LOCATION:Maatkas]] and reposts buyers' phone numbers, like [[PHONE_NUMBER:0551 27 63 04]], without asking them."""),
    ("en", "", """[[PERSON:Massinissa]], son of [[PERSON:Lwennas Hadjeb]], enrolled at the university of [[LOCATION:Bejaia]] on [[DATE_TIME:22 September 2024]]; his student mail is [[EMAIL_ADDRESS:massi.hadjeb@univ-bejaia.dz]]."""),
    ("en", "", """[[PERSON:Maria Esperanza Villalobos]], SSN [[US_SSN:601-22-4817]], asked for a replacement Medicare card to be mailed to [[ADDRESS:1840 S Kolb Rd, Lot 37]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85710]]."""),
]

BENCH = [
    # in the manner of ai4privacy pii-masking-200k/300k/400k
    ("en", "", """Dear [[PERSON:Ms. Tassadit Hamoudi]], as Senior Compliance Liaison your badge for [[ADDRESS:14 Boulevard Stiti]], [[ADDRESS:Floor 3]], [[LOCATION:Tizi Ouzou]] [[ZIP_CODE:15000]] has been linked to the workstation at [[IP_ADDRESS:197.112.40.9]]; to confirm, reply from [[PHONE_NUMBER:+213 661 20 84 17]] with your date of birth, [[DATE_TIME:12/03/1987]]."""),
    ("en", "", """The coding bootcamp in [[LOCATION:Quebec City]] has assigned [[PERSON:Mathis Bergeron]], [[AGE:24]], the login [[USERNAME:mbergeron_dev]] with temporary password qW7!rT2p; lab sessions will run from his device (MAC 3C:22:FB:91:0A:7E, Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Safari/537.36)."""),
    ("en", "", """Invoice settlement request: [[PERSON:Mr. Gideon Farrow]], Regional Logistics Supervisor, please debit card [[CREDIT_CARD:5424 1880 3975 1268]] (CVV 481, exp 09/27) for the £2,310.45 consultancy fee and send the receipt to [[EMAIL_ADDRESS:gideon.farrow@protonmail.com]]."""),
    ("en", "", """The transfer of €4,800 from [[TITLE:Madame]] [[PERSON:Louise Verhaegen]]'s account [[IBAN_CODE:BE26 0014 5279 1329]] (BIC GEBABEBB) to her landlord, [[PERSON:Koen Maes]], for the flat at [[ADDRESS:Boulevard d'Avroy 38]], [[ADDRESS:2e étage]], [[ZIP_CODE:4000]] [[LOCATION:Liège]] is pending approval."""),
    ("en", "", """Our records show the gamer tag [[USERNAME:NightOwl_Ouarda]] was registered on [[DATE_TIME:2019-07-14]] by [[PERSON:Ouarda Belkacemi]], female, [[AGE:31]], connecting through [[IP_ADDRESS:2c0f:f8f0:c5a1:1b00:8d2e:44ff:fe10:7a3c]]."""),
    ("en", "", """In the mindfulness module, participants like [[PERSON:Kwame]] from [[LOCATION:Worcester]], [[LOCATION:Massachusetts]] are reminded to keep their PIN 7720 and their account number [[ID_NUMBER:55019377]] offline."""),
    ("en", "", """Please verify the claimant [[PERSON:Hakima Ouamrane]], Chief Horticulture Officer, residing at [[ADDRESS:Cité 1000 Logements, Bt 12, n° 4]], [[LOCATION:Bouira]] [[ZIP_CODE:10000]], social security number [[ID_NUMBER:58 0712 3391 24]], phone [[PHONE_NUMBER:0772 91 40 36]]."""),
    ("en", "", """The art therapy session for [[PERSON:Bradley Nguyen-Hart]] (born [[DATE_TIME:03/30/1996]]) will be billed to [[CREDIT_CARD:4012 8845 1903 7225]], exp 11/26, and the confirmation sent to [[PHONE_NUMBER:+1-503-774-2019]]; he asked for the quiet room in [[ADDRESS:Suite 5B]] of the clinic at [[ADDRESS:2280 NW Lovejoy St]]."""),
    ("en", "oil", """Olive oil tasting panel: [[PERSON:Kamel Hamitouche]] (Quality Analyst) will log acidity readings from [[IP_ADDRESS:41.111.198.3]]; his payroll IBAN is [[IBAN_CODE:DZ88 0070 0020 0039 8172 6619 40]] and his office is at [[ADDRESS:Zone d'activité, lot 27]], [[LOCATION:Akbou]] [[ZIP_CODE:06001]]."""),
    ("kab", "", """Amahil amaynut, [[PERSON:Aghiles Meziani]], ad yekcem s yisem n useqdac [[USERNAME:aghiles.mz]] seg [[IP_ADDRESS:105.235.130.44]]. Ma yella ugur, siwel-as ɣer [[PHONE_NUMBER:0540 82 19 63]] neɣ aru-yas ɣer [[EMAIL_ADDRESS:a.meziani@tizi-net.dz]]. Ass n tlalit-is: [[DATE_TIME:17/06/1990]]."""),
    ("en", "", """As Director of Community Outreach, [[PERSON:Mrs. Yvonne Achebe-Lowe]] must file the grant report by the end of Q3; her driving licence [[ID_NUMBER:ACHEB759214YA9ZX]] and her home at [[ADDRESS:14 Kingsland Road]], [[ADDRESS:Flat 9]], [[LOCATION:Hackney]], [[ZIP_CODE:E2 8DA]] were verified."""),
    ("en", "", """Reminder: [[PERSON:Thibault]], the shuttle from the [[LOCATION:Gatineau]] office leaves at 7:10; your Amex [[CREDIT_CARD:3407 681552 94417]] was charged for the seat and the receipt went to [[EMAIL_ADDRESS:thibault.lavoie88@gmail.com]]."""),
    ("en", "pension", """Pension disbursement: [[PERSON:Amar Ait Abdellah]], retired foundry worker, born [[DATE_TIME:1944-10-05]], NIR [[ID_NUMBER:1 44 10 99 352 031 16]], to receive monthly payments on [[IBAN_CODE:FR53 2004 1010 1208 3214 5J02 663]] while residing in the village of [[LOCATION:Ait Ergane]], commune of [[LOCATION:Ain El Hammam]], wilaya of [[LOCATION:Tizi Ouzou]]."""),
    ("en", "", """The counselling practice has noted that [[PERSON:Leilani Kahale]], [[AGE:38]], of [[ADDRESS:91-1024 Kaileolea Dr]], [[LOCATION:Ewa Beach]], [[LOCATION:HI]] [[ZIP_CODE:96706]], prefers calls to [[PHONE_NUMBER:808.672.4410]] after 5pm."""),
    ("en", "", """Hey [[PERSON:Jasper]], the drone footage from [[LOCATION:Chefchaouen]] is uploaded; I used your SSN [[US_SSN:287-61-0934]] for the insurance form and the Visa [[CREDIT_CARD:4921 8033 7164 0959]] with CVV 702, hope that's ok."""),
    ("en", "", """Transaction alert for [[PERSON:Nabil Ouazene]]: card [[CREDIT_CARD:5319 0627 4410 8833]] used at [[ADDRESS:22 rue Larbi Ben M'hidi]], [[LOCATION:Bejaia]]; device UA Mozilla/5.0 (Linux; Android 13; SM-A145F) and IP [[IP_ADDRESS:154.121.7.88]]."""),
    ("en", "", """The botanic garden volunteer roster lists [[PERSON:Gwendolyn Price]], [[AGE:67]], [[ADDRESS:Apt. 3]], [[ADDRESS:220 Elm Street]], [[LOCATION:Burlington]], [[LOCATION:VT]] [[ZIP_CODE:05401]], as lead for the lavender beds."""),
    ("en", "water", """Regarding the borehole pump in [[LOCATION:Tamanar]]: [[PERSON:Mr. Lahcen Id Belkacem]], Water Committee Treasurer, will transfer the 3,500 MAD repair fee from [[IBAN_CODE:MA41 0076 4000 0415 2300 3192 8407]]; contact him on [[PHONE_NUMBER:+212 672 30 41 95]]."""),
    ("en", "", """[[PERSON:Ezra Goldberg]], kindly note the hackathon Wi-Fi logs show your laptop (MAC 8c:85:90:1e:44:b2) at [[IP_ADDRESS:10.44.2.117]]; your user id [[USERNAME:egoldberg]] will be reset tonight."""),
    ("en", "", """Client [[TITLE:Mlle]] [[PERSON:Océane Vasseur]], Junior Actuary, living at [[ADDRESS:18 rue Nationale, Appt 21]], [[ZIP_CODE:59800]] [[LOCATION:Lille]], has her salary paid into [[IBAN_CODE:FR76 3000 4015 8700 0124 7956 327]]; sécu [[ID_NUMBER:2 89 05 33 063 142 68]]."""),
    ("en", "", """To book the pottery course, [[PERSON:Rhys]] used [[EMAIL_ADDRESS:rhys.pugh@live.co.uk]], the phone [[PHONE_NUMBER:+44 7700 118 204]] and his Monzo card [[CREDIT_CARD:5355 2218 7407 6617]], valid thru 08/26."""),
    ("en", "", """Beekeepers' cooperative payout: member [[PERSON:Ouerdia Ferhani]], [[AGE:58]], female, from [[LOCATION:Tifra]], delivered 22 kg of honey; pay member [[ID_NUMBER:COOP-TF-0088]] through CCP [[ID_NUMBER:0021774810 clé 33]] and notify [[PHONE_NUMBER:0657 18 32 40]]."""),
    ("en", "", """Hi [[PERSON:Dominique]], your dating profile [[URL:https://app.lovedate.ca/u/dom.gauthier]] was reported; please verify with your birth date [[DATE_TIME:1993-08-22]] and the last login IP [[IP_ADDRESS:142.116.53.201]]."""),
    ("en", "", """The orthodontic loan for [[PERSON:Mateo Ruiz]], [[AGE:14]], is guaranteed by his father [[PERSON:Alejandro Ruiz]], SSN [[US_SSN:634-20-1187]], Discover [[CREDIT_CARD:6011 0248 8316 7201]], [[ADDRESS:7730 Bissonnet St]], [[LOCATION:Houston]], [[LOCATION:TX]] [[ZIP_CODE:77074]]."""),
    ("en", "", """As part of the genealogy project, [[PERSON:Yamina Belhocine]] shared that her grandfather, [[PERSON:Tahar Belhocine]], born [[DATE_TIME:2 March 1921]] in [[LOCATION:Ighil Imoula]], left for [[LOCATION:Marseille]] in 1947; reach her at [[EMAIL_ADDRESS:yamina.belhocine@orange.fr]]."""),
    ("en", "", """[[PERSON:Quentin]] from [[LOCATION:Namur]], your national number [[ID_NUMBER:85.12.03-455.63]] and card [[CREDIT_CARD:4556 7302 8814 3607]] (exp 02/28) were used to register the escape-room booking for six people."""),
    ("en", "", """Network audit: the host of [[PERSON:Sami Chergui]] at [[IP_ADDRESS:192.168.1.47]] and [[IP_ADDRESS:fe80::1c4f:9aff:fe21:7d03]], MAC 1C-4F-9A-21-7D-03, user [[USERNAME:schergui]], last login [[DATE_TIME:2024-05-18 22:41]]."""),
    ("en", "", """Eco-lodge booking for [[PERSON:Anouk]] and [[PERSON:Bram Peeters]], arriving in [[LOCATION:Imlil]] on [[DATE_TIME:14/08]]; deposit from [[IBAN_CODE:BE08 1325 5340 1613]], BIC BBRUBEBB."""),
    ("en", "", """[[PERSON:Lamine Touati]], Chief Data Wrangler, pushed the survey to [[URL:https://github.com/ltouati]] from [[IP_ADDRESS:105.101.77.240]]; respondents' emails such as [[EMAIL_ADDRESS:hnacer.1977@gmail.com]] were not hashed."""),
    ("en", "", """Travel insurance profile: insured [[PERSON:Hocine Ait Kaci]], [[AGE:71]], retiree, [[ADDRESS:23 avenue Gambetta, Apt 41]], [[ZIP_CODE:13001]] [[LOCATION:Marseille]]; beneficiary [[PERSON:Djedjiga Ait Kaci]], [[LOCATION:Tizi Rached]]; premium paid with [[CREDIT_CARD:4761 3095 0287 4411]]."""),
    ("en", "", """Your gym fob for [[ADDRESS:Unit 4]], [[ADDRESS:62 Cowgate]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH1 1JX]] is registered to [[PERSON:Fraser Lindsay]], [[AGE:27]], male, mobile [[PHONE_NUMBER:07887 214 603]]."""),
    ("en", "", """To finalize [[PERSON:Kenji Watanabe]]'s relocation, HR needs his SIN [[ID_NUMBER:451 082 754]], his [[LOCATION:Ontario]] address [[ADDRESS:1201-55 Harbour Sq]], [[LOCATION:Toronto]], [[LOCATION:ON]] [[ZIP_CODE:M5J 2L1]], and his start date, [[DATE_TIME:2024-10-01]]."""),
    ("en", "", """The student [[PERSON:Amazigh Rahmani]] (ID [[ID_NUMBER:20231874]]) connected from [[IP_ADDRESS:41.98.221.6]] with Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) to submit his thesis on Berber place names; advisor [[PERSON:Prof. Nadia Ait Ferroukh]]."""),
    ("en", "", """Charity 5K: [[PERSON:Siobhan O'Neill]], bib 2231, emergency contact [[PERSON:Ciarán]] at [[PHONE_NUMBER:07823 440 915]], entry fee paid from [[IBAN_CODE:GB02 NAIA 0701 1638 8204 71]]."""),
    # in the manner of gretel-pii-masking-en-v1
    ("en", "", """INSURANCE CLAIM FORM - HOME CONTENTS
Policyholder: [[PERSON:Daniel Kowalczyk]]
Date of birth: [[DATE_TIME:14 Jan 1975]]
Address: [[ADDRESS:18 Fernbank Road]], [[LOCATION:Sheffield]] [[ZIP_CODE:S6 2GZ]]
Phone: [[PHONE_NUMBER:0114 296 3381]]
Policy number: HC-7781-2290
Description of loss: a burst pipe in the loft flooded the back bedroom; carpet, bed and a wardrobe ruined. Plumber's invoice attached."""),
    ("en", "", """RESIDENTIAL LEASE AGREEMENT
This lease is made on [[DATE_TIME:1 September 2024]] between [[PERSON:Gérard Lemaire]] ("Landlord") and [[PERSON:Amel Boukhalfa]] ("Tenant") for the premises at [[ADDRESS:41 rue de la Madeleine, 2e étage gauche]], [[ZIP_CODE:1000]] [[LOCATION:Bruxelles]].
Monthly rent: EUR 980, payable on the 5th to [[IBAN_CODE:BE05 0910 1733 8575]].
Tenant's national number: [[ID_NUMBER:04.05.22-318.43]]."""),
    ("en", "", """Loan Application - Personal
Applicant: [[PERSON:Tamika R. Johnson]]
SSN: [[US_SSN:409-71-3356]]
DOB: [[DATE_TIME:06/22/1988]]
Employer: Piedmont Health Partners (Billing Specialist)
Annual income: $54,300
Residence: [[ADDRESS:2815 Peachtree Rd NE, Apt 1104]], [[LOCATION:Atlanta]], [[LOCATION:GA]] [[ZIP_CODE:30305]]
Contact: [[PHONE_NUMBER:(470) 229-8174]] / [[EMAIL_ADDRESS:tamika.johnson88@gmail.com]]
Amount requested: $12,000 over 48 months"""),
    ("en", "", """DISCHARGE SUMMARY
Patient: [[PERSON:Ahmed Oukaci]], [[AGE:63]] y/o M
MRN: [[ID_NUMBER:MRN-00482715]]
Admitted: [[DATE_TIME:04/03/2024]]   Discharged: [[DATE_TIME:09/03/2024]]
Attending: [[PERSON:Dr. Florence Marchal]]
Diagnosis: community-acquired pneumonia; type 2 diabetes.
Follow-up with his GP, [[PERSON:Dr Samia Lounici]], in [[LOCATION:Villeurbanne]] within 7 days. Next of kin: [[PERSON:Nora Oukaci]] (daughter), [[PHONE_NUMBER:06 48 27 11 90]]."""),
    ("en", "pension", """Dear [[PERSON:Mr Amokrane Benali]],
Your State Pension - National Insurance number [[ID_NUMBER:PZ 61 88 20 D]]
We have received your life certificate dated [[DATE_TIME:2 April 2024]] and signed in [[LOCATION:Tizi Ouzou]]. Your pension will continue to be paid into your account [[IBAN_CODE:GB66 MIDL 4005 1562 8371 40]]. If you move from [[ADDRESS:Cité des 240 Logements, bloc D, n° 7]], [[LOCATION:Tizi Ouzou]], please tell us straight away.
International Pension Centre"""),
    ("en", "", """SNAP Recertification - Household Members
1. [[PERSON:Lucia Mendoza]], head of household, DOB [[DATE_TIME:02/11/1984]], SSN [[US_SSN:455-19-8820]]
2. [[PERSON:Diego Mendoza]], son, DOB [[DATE_TIME:09/30/2012]]
3. [[PERSON:Sofia Mendoza]], daughter, DOB [[DATE_TIME:05/07/2016]]
Address: [[ADDRESS:1409 E Cesar Chavez St]], [[LOCATION:Austin]], [[LOCATION:TX]] [[ZIP_CODE:78702]]
Interview scheduled: [[DATE_TIME:Aug 14, 2024 10:30 AM]] by phone at [[PHONE_NUMBER:512-380-7129]]"""),
    ("fr", "water", """AVIS AUX VILLAGEOIS
Le comité de village d'[[LOCATION:Ath Ali Ouharzoune]] informe que l'eau sera coupée du 10 au 12 mars pour le nettoyage du réservoir. Les abonnés en retard de paiement, notamment [[TITLE:M.]] [[PERSON:Saïd Hamadache]] (abonné n° [[ID_NUMBER:214]]) et [[TITLE:Mme]] [[PERSON:Djamila Oumessaoud]] (abonnée n° [[ID_NUMBER:187]]), sont priés de régler leur cotisation auprès du trésorier, [[PERSON:Mouloud Ait Idir]], joignable au [[PHONE_NUMBER:0558 14 72 06]].
Le président, [[PERSON:Hend Taleb]]"""),
    ("en", "", """PETITION TO [[LOCATION:BEXLEY]] COUNCIL
We, the undersigned residents of Oakfield Gardens, object to the closure of the branch library.
1. [[PERSON:Margaret Holloway]], [[ADDRESS:12 Oakfield Gardens]], signed [[DATE_TIME:03/05/2024]]
2. [[PERSON:Tunde Adeyemi]], [[ADDRESS:15 Oakfield Gardens]], signed [[DATE_TIME:03/05/2024]]
3. [[PERSON:Jaswinder Kaur]], [[ADDRESS:Flat 1, 20 Oakfield Gardens]], signed [[DATE_TIME:04/05/2024]]
4. [[PERSON:R. Whitcombe]], [[ADDRESS:3 Oakfield Gardens]], signed [[DATE_TIME:04/05/2024]]"""),
    ("en", "", """Rental application - [[LOCATION:Sherbrooke]]
Applicant: [[PERSON:Émile Fortin-Nadeau]]
Current address: [[ADDRESS:450 rue King Ouest, app. 12]], [[LOCATION:Sherbrooke]] ([[LOCATION:Québec]]) [[ZIP_CODE:J1H 1R4]]
Date of birth: [[DATE_TIME:1999-11-08]]
Employer: Université de Sherbrooke, research assistant
Reference: previous landlord [[TITLE:Mme]] [[PERSON:Lise Paquette]], [[PHONE_NUMBER:819 563-4410]]
Desired move-in: [[DATE_TIME:July 1st]]"""),
    ("fr", "pension", """[[PERSON:Lahcen Oubella]]
[[LOCATION:Douar Ait Ouafqa]], commune d'[[LOCATION:Ammeln]]
[[ZIP_CODE:85450]] [[LOCATION:Tafraout]], [[LOCATION:Maroc]]
Tél. : [[PHONE_NUMBER:+212 6 61 38 47 02]]

À la CARSAT Nord-Picardie, service des retraites internationales

Objet : certificat de vie, n° de sécurité sociale [[ID_NUMBER:1 49 07 99 350 126 76]]

Madame, Monsieur,
Je vous envoie mon certificat de vie signé le [[DATE_TIME:14 février 2024]] au consulat d'[[LOCATION:Agadir]]. J'ai travaillé aux Houillères du Nord de 1964 à 1986. Je vous prie de continuer à verser ma pension sur mon compte [[IBAN_CODE:MA41 0118 1000 0042 7193 0088 1547]].
Salutations respectueuses,
[[PERSON:L. Oubella]]"""),
    ("en", "", """CONTRACT OF EMPLOYMENT
Employer: Harbourside Dental Ltd
Employee: [[PERSON:Natalia Wiśniewska]]
Address: [[ADDRESS:27 Clarence Street]], [[LOCATION:Plymouth]] [[ZIP_CODE:PL1 3JP]]
NI number: [[ID_NUMBER:NW 42 67 18 A]]
Position: Dental Nurse
Commencement date: [[DATE_TIME:15 April 2024]]
Salary: £24,600 per annum, paid monthly to sort code 30-96-34, account [[ID_NUMBER:71930458]]
Signed: [[PERSON:N. Wiśniewska]]    Date: [[DATE_TIME:28 March 2024]]"""),
    ("en", "", """REFERRAL - CARDIOLOGY
Patient name: [[PERSON:Walter J. Kowalski]]
DOB: [[DATE_TIME:1951-09-14]]    Age: [[AGE:73]]
Medicare ID: [[ID_NUMBER:3TK7-HW2-RP48]]
Referring physician: [[PERSON:Dr. Priya Nandakumar]], [[LOCATION:Scranton]], [[LOCATION:PA]]
Reason: exertional chest pain, abnormal stress ECG.
Appointment: [[DATE_TIME:10/08/2024 at 1:45 PM]]
Patient phone: [[PHONE_NUMBER:570-341-8862]]"""),
    ("en", "oil", """SUPPLY AGREEMENT
Between the olive oil cooperative of [[LOCATION:Beni Maouche]], represented by its president, [[PERSON:Abdelhamid Sider]], and the buyer, [[PERSON:Claire Mouton]], trading as Mouton Épicerie Fine, [[ADDRESS:6 place du Marché]], [[ZIP_CODE:26110]] [[LOCATION:Nyons]].
Quantity: 1,200 litres of extra virgin oil, 2024-25 harvest.
Payment: by transfer from [[IBAN_CODE:FR76 1130 6000 3040 1129 3758 088]] within 30 days of delivery.
Signed at [[LOCATION:Beni Maouche]] on [[DATE_TIME:16 January 2025]] by [[PERSON:A. Sider]] and at [[LOCATION:Nyons]] on [[DATE_TIME:20 January 2025]] by [[PERSON:C. Mouton]]."""),
    ("en", "", """NOTICE OF HEARING
Case No. 24-LT-003918
Plaintiff: Greenway Property Management LLC
Defendant: [[PERSON:Marcus D. Oyelaran]]
Premises: [[ADDRESS:6650 N Sheridan Rd, Unit 707]], [[LOCATION:Chicago]], [[LOCATION:IL]] [[ZIP_CODE:60626]]
The hearing is set for [[DATE_TIME:September 17, 2024 at 9:30 a.m.]] in Courtroom 1302 of the Richard J. Daley Center."""),
    ("kab", "water", """ALƔU I IMEZDAƔ N TADDART
Tajmaɛt n [[LOCATION:Taqerrabt]] tettmuddu-d talɣut: aman ad ḥebsen seg 5 ar 7 deg Meɣres, ad neṣṣeggem aqadus ameqqran. Wid ur nxelleṣ ara tasqamt n 2023: [[PERSON:Ɛli Ait Menṣur]] (uṭṭun [[ID_NUMBER:TQ-041]]), [[PERSON:Ǧamila Ḥemmuc]] (uṭṭun [[ID_NUMBER:TQ-077]]). Ad xelṣen ɣer [[PERSON:Muḥ Uɛmer Saɛdi]], [[PHONE_NUMBER:0662 08 51 93]]."""),
    ("en", "", """Dear Sirs,
Estate of the late [[PERSON:Albert Henry Dutton]] (died [[DATE_TIME:11 February 2024]])
We act for the executor, [[PERSON:Mrs Pauline Dutton]], of [[ADDRESS:Rose Cottage, Mill Lane]], [[LOCATION:Ledbury]] [[ZIP_CODE:HR8 2DF]]. Please freeze account [[ID_NUMBER:20951473]] and forward the closing balance to our client account.
Yours faithfully,
[[PERSON:K. Ashworth]]
Ashworth & Pryce Solicitors"""),
    ("en", "pension", """OCCUPATIONAL DISEASE ALLOWANCE - APPLICATION
Applicant: [[PERSON:Youssef El Amrani]]
National register no.: [[ID_NUMBER:56.02.14-137.51]]
Address: [[ADDRESS:Rue de la Perle 17, boîte 3]], [[ZIP_CODE:1080]] [[LOCATION:Molenbeek-Saint-Jean]]
Bank account: [[IBAN_CODE:BE34 3101 6205 8390]]
Former employer: Charbonnages de Monceau-Fontaine (miner, 1975-1992)
Condition: silicosis; supplement to his retirement pension requested."""),
    ("en", "", """CONSENT TO TREATMENT
Patient: [[PERSON:Jean-François Thibodeau]]    Health insurance card: [[ID_NUMBER:THIJ 8104 2219]]
Procedure: extraction of tooth 38 under local anaesthesia.
I, [[PERSON:Jean-François Thibodeau]], consent to the above procedure.
Signature: ____________    Date: [[DATE_TIME:2024-06-12]]
Witness: [[PERSON:Mélanie Côté]], dental hygienist"""),
    ("en", "", """Dear [[PERSON:Ms Hajar Ouchen]],
We are pleased to confirm your scholarship for the MSc in Water Engineering starting [[DATE_TIME:23 September 2024]]. Please e-mail a copy of your passport ([[ID_NUMBER:UZ6481027]]) and of your CIN ([[ID_NUMBER:JK47120]]) from your university address, [[EMAIL_ADDRESS:hajar.ouchen@edu.uiz.ac.ma]], and confirm your postal address: [[ADDRESS:Rue 14, n° 22]], [[LOCATION:Hay Mohammadi]], [[LOCATION:Agadir]] [[ZIP_CODE:80000]].
Admissions Office"""),
    ("en", "", """JOINT ACCIDENT REPORT - SUMMARY
Vehicle A: driver [[PERSON:Stéphane Vidal]], licence no. [[ID_NUMBER:120675300489]], plate [[ID_NUMBER:FG-318-KT]], insurance policy 7734019-A
Vehicle B: driver [[PERSON:Nawel Bensaïd]], licence no. [[ID_NUMBER:170931200774]], plate [[ID_NUMBER:GB-092-RN]]
Place: junction of avenue Jean-Médecin and rue Pastorelli, [[LOCATION:Nice]]
Circumstances: B was reversing out of a delivery bay when A passed on the right."""),
    ("en", "", """MORTGAGE PRE-APPROVAL
Borrower: [[PERSON:Mohamed Ait Bella]]    Co-borrower: [[PERSON:Khadija Ait Bella]]
Residence: [[ADDRESS:31 Thornhill Road]], [[LOCATION:London]] [[ZIP_CODE:N1 1JL]]
Property to be built: plot in [[LOCATION:Ait Melloul]], [[LOCATION:Morocco]]
Income: his salary as a bus driver and hers as a teaching assistant
Account for repayments: [[IBAN_CODE:GB93 HBUK 4012 7690 2144 57]]"""),
    ("en", "", """SCHOOL ENROLMENT FORM
Pupil: [[PERSON:Lina Haddouchi]], born [[DATE_TIME:11/02/2013]]
Parent 1: [[PERSON:Karim Haddouchi]], [[PHONE_NUMBER:0486 33 71 20]]
Parent 2: [[PERSON:Sophie Lambert]], [[EMAIL_ADDRESS:sophie.lambert.bxl@gmail.com]]
Home address: [[ADDRESS:Avenue de Fré 88]], [[ZIP_CODE:1180]] [[LOCATION:Uccle]]
Class requested: 6th primary, September intake"""),
    ("en", "", """LABORATORY REPORT
Patient: [[PERSON:Fatiha Saadoune]]    Sex: F    Age: [[AGE:52]]
Referring doctor: [[PERSON:Dr. Mourad Ghezali]], [[LOCATION:Tizi Ouzou]]
Sample collected: [[DATE_TIME:07/05/2024 08:10]]
HbA1c 8.1 %, fasting glucose 1.62 g/L
Patient ID: [[ID_NUMBER:LAB-TZ-558201]]"""),
    ("en", "", """Receipt for income tax purposes
Donor: [[PERSON:Ferroudja Amiri]], [[ADDRESS:2250 boulevard Rosemont, app. 8]], [[LOCATION:Montréal]] ([[LOCATION:Québec]]) [[ZIP_CODE:H2G 1T5]]
Gift: $500 to the children's library project of [[LOCATION:Ait Bouadou]]
Received: 2024-11-28    Receipt no. 2024-0317
Authorized signature: [[PERSON:Rachid Oussalah]], treasurer"""),
    ("en", "", """From: [[PERSON:Gareth Llewellyn]]
[[ADDRESS:4 Bryn Teg]], [[LOCATION:Llandeilo]] [[ZIP_CODE:SA19 6BW]]
Account no. [[ID_NUMBER:VM-30918827]]
Dear Sir or Madam,
I have had no broadband since the engineer's visit on [[DATE_TIME:2 May]]. Please call me on [[PHONE_NUMBER:01558 823 409]] (the landline, when it works) or on [[PHONE_NUMBER:07968 302 115]]."""),
    ("en", "", """Dear [[PERSON:Mr. Hamid Bouaziz]],
Following your complaint about batch 24-CF-117 (stale taste), the roastery will replace the six 1 kg bags delivered to [[ADDRESS:11 rue Ampère]], [[ZIP_CODE:69007]] [[LOCATION:Lyon]]. Our driver, [[PERSON:Karim]], will call you on [[PHONE_NUMBER:06 22 91 40 38]] to arrange a time.
Kind regards,
[[PERSON:Naima Ait Djoudi]], quality officer"""),
    ("en", "", """NOTICE OF SUSPENSION
Student: [[PERSON:Tyler Brandt]], Grade 10, ID [[ID_NUMBER:1048822]]
Parent/Guardian: [[PERSON:Monica Brandt]], [[ADDRESS:509 Willow Bend]], [[LOCATION:Naperville]], [[LOCATION:IL]] [[ZIP_CODE:60540]]
Re-entry meeting: [[DATE_TIME:Thursday, October 10, at 8:00 a.m.]] with Assistant Principal [[PERSON:R. Okafor]]"""),
    ("en", "", """DEPOSIT PROTECTION CERTIFICATE
Tenant(s): [[PERSON:Aleksander Nowicki]], [[PERSON:Hannah Price]]
Property: [[ADDRESS:Flat 5, 77 Gloucester Road]], [[LOCATION:Bristol]] [[ZIP_CODE:BS7 8AS]]
Tenancy start date: [[DATE_TIME:01/10/2024]]
Deposit: £1,150, scheme reference DPS-8823-19A
Landlord: [[PERSON:Imran Chaudhry]], [[EMAIL_ADDRESS:i.chaudhry@lettingsbristol.co.uk]]"""),
    ("en", "pension", """CNR - APPLICATION FOR A RETIREMENT PENSION (translation)
Name: [[PERSON:Ouamar Belaidi]]    Father's name: [[PERSON:Mohand]]
Born: presumed 1952, in [[LOCATION:Illoula Oumalou]]
NIN: [[ID_NUMBER:109520118004310007]]
Social security no.: [[ID_NUMBER:52 1507 0231 48]]
Periods abroad: [[LOCATION:France]], 1972-1999 (car plant, [[LOCATION:Sochaux]])
Payment: CCP [[ID_NUMBER:0003381925 clé 17]]
Address: [[ADDRESS:Cité Bouaziz, n° 9]], [[LOCATION:Illoula Oumalou]]"""),
    ("en", "", """PET INSURANCE CLAIM
Owner: [[PERSON:Rebecca Lindholm]]    Policy: PAW-55120-7
Owner address: [[ADDRESS:88 Cider Mill Rd]], [[LOCATION:Glastonbury]], [[LOCATION:CT]] [[ZIP_CODE:06033]]
Pet: Mabel (cat), 9 years
Treatment date: 05/19/2024    Vet: [[PERSON:Dr. Joel Akers]], Riverside Animal Clinic
Reimburse by direct deposit to account [[ID_NUMBER:3318027465]]"""),
    ("en", "", """[[DATE_TIME:August 5, 2024]]
[[PERSON:Ms. Imane Belarbi]]
[[ADDRESS:3420 chemin de la Côte-des-Neiges, app. 1106]]
[[LOCATION:Montréal]], [[LOCATION:QC]] [[ZIP_CODE:H3H 1T7]]
Dear [[PERSON:Imane]],
We are pleased to offer you the position of Junior Data Analyst, starting [[DATE_TIME:September 3, 2024]]. Please bring your SIN ([[ID_NUMBER:217 609 346]]) and a void cheque on your first day.
[[PERSON:Philippe Gauthier]], HR Director"""),
    ("en", "", """BILL OF SALE - MOTOR VEHICLE
Seller: [[PERSON:Raymond Kessler]], [[ADDRESS:212 Pine Hollow Rd]], [[LOCATION:Harrisburg]], [[LOCATION:PA]] [[ZIP_CODE:17112]]
Buyer: [[PERSON:Anita Dsouza]], [[LOCATION:Pennsylvania]] driver's license [[US_DRIVER_LICENSE:29 415 883]]
Vehicle: 2016 Honda Civic, VIN 2HGFC2F59GH541208, odometer 88,412 miles
Price: $9,400, paid in full by cashier's check.
Signed by both parties on [[DATE_TIME:July 27, 2024]]."""),
    # in the manner of Nemotron-PII
    ("en", "", """{"customer_id": "[[ID_NUMBER:CUST-0081924]]", "first_name": "[[PERSON:Ghislaine]]", "last_name": "[[PERSON:Tessier]]", "email": "[[EMAIL_ADDRESS:g.tessier@sympatico.ca]]", "phone": "[[PHONE_NUMBER:+1 418 692 3307]]", "address": {"street": "[[ADDRESS:55 rue Saint-Jean]]", "city": "[[LOCATION:Québec]]", "province": "[[LOCATION:QC]]", "postal_code": "[[ZIP_CODE:G1R 1N9]]"}, "loyalty_tier": "gold", "created_at": "2021-03-14T10:22:05Z"}"""),
    ("en", "", """2024-06-03T08:14:22.118Z INFO  auth-service login succeeded user=[[USERNAME:ahamoudi]] ip=[[IP_ADDRESS:41.200.16.73]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
2024-06-03T08:14:25.902Z WARN  profile-service email change requested user=[[USERNAME:ahamoudi]] new_email=[[EMAIL_ADDRESS:amina.hamoudi@yahoo.com]]
2024-06-03T08:15:01.330Z ERROR payment-service card declined user=[[USERNAME:ahamoudi]] pan=[[CREDIT_CARD:4539128704165233]] reason=insufficient_funds"""),
    ("en", "oil", """INSERT INTO members (member_no, full_name, village, phone, olive_trees, joined) VALUES
('[[ID_NUMBER:SD-0412]]', '[[PERSON:Mokrane Bellil]]', '[[LOCATION:Seddouk Ouadda]]', '[[PHONE_NUMBER:0664 51 20 87]]', 140, '[[DATE_TIME:2009-11-02]]'),
('[[ID_NUMBER:SD-0413]]', '[[PERSON:Zoulikha Bellil]]', '[[LOCATION:Seddouk Ouadda]]', '[[PHONE_NUMBER:0771 38 02 66]]', 65, '[[DATE_TIME:2011-01-17]]'),
('[[ID_NUMBER:SD-0418]]', '[[PERSON:Hacène Ouari]]', '[[LOCATION:Amalou]]', NULL, 210, '[[DATE_TIME:2015-10-30]]');"""),
    ("en", "", """<Patient xmlns="http://hl7.org/fhir">
  <identifier><system value="urn:oid:1.2.250.1.213.1.4.8"/><value value="[[ID_NUMBER:272067511423602]]"/></identifier>
  <name><family value="[[PERSON:Lemaire-Kaci]]"/><given value="[[PERSON:Nadia]]"/></name>
  <telecom><system value="phone"/><value value="[[PHONE_NUMBER:+33 6 71 20 48 93]]"/></telecom>
  <gender value="female"/>
  <birthDate value="[[DATE_TIME:1972-06-19]]"/>
  <address><line value="[[ADDRESS:8 rue Didot]]"/><city value="[[LOCATION:Paris]]"/><postalCode value="[[ZIP_CODE:75014]]"/></address>
</Patient>"""),
    ("en", "", """# staging seed data
users:
  - username: [[USERNAME:cmercier]]
    full_name: [[PERSON:Camille Mercier]]
    email: [[EMAIL_ADDRESS:camille.mercier@free.fr]]
    role: admin
    password: "Azerty!2024"
  - username: [[USERNAME:btaleb]]
    full_name: [[PERSON:Bilal Taleb]]
    email: [[EMAIL_ADDRESS:bilal.taleb@laposte.net]]
    role: viewer
    password: "Soleil#88"
smtp:
  host: smtp.example-hosting.fr
  from: noreply@example-hosting.fr"""),
    ("en", "", """# .env.local - DO NOT COMMIT
DB_HOST=[[IP_ADDRESS:10.0.3.21]]
DB_USER=shop_app
DB_PASSWORD=Zit2024!oleic
ADMIN_EMAIL=[[EMAIL_ADDRESS:yacine.hamdi@gmail.com]]
ADMIN_PHONE=[[PHONE_NUMBER:+213770412259]]
STRIPE_TEST_CARD=[[CREDIT_CARD:4319400266178532]]
SENTRY_DSN=https://3f9a1c@o44812.ingest.sentry.io/551203"""),
    ("en", "pension", """POST /api/v2/transfers HTTP/1.1
Host: api.remit-staging.test
Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4ODIxIn0.Jx3kQ9
Content-Type: application/json
X-Forwarded-For: [[IP_ADDRESS:82.64.171.25]]

{"sender": {"name": "[[PERSON:Slimane Ait Ouarab]]", "iban": "[[IBAN_CODE:FR7630003027300005028871619]]", "phone": "[[PHONE_NUMBER:+33 6 84 12 07 55]]"}, "receiver": {"name": "[[PERSON:Taous Ait Ouarab]]", "ccp": "[[ID_NUMBER:0012839904 clé 72]]", "city": "[[LOCATION:Mekla]]"}, "amount": 250, "currency": "EUR", "purpose": "family support"}"""),
    ("en", "", """def test_mask_customer_record():
    record = {
        "name": "[[PERSON:Josiane Carpentier]]",
        "ssn": "[[US_SSN:338-41-9027]]",
        "card": "[[CREDIT_CARD:5587 1209 3346 1705]]",
        "dob": "[[DATE_TIME:1969-12-01]]",
    }
    masked = mask(record)
    assert masked["name"] != "[[PERSON:Josiane Carpentier]]"
    assert masked["card"].endswith("1705")"""),
    ("en", "", """Ticket #INC-448120 | Priority: P3 | Channel: email
Requester: [[PERSON:Lucas Ferreira-Moreau]] <[[EMAIL_ADDRESS:lucas.fm@hotmail.fr]]>
Subject: can't download my payslip
Body: Hi, since the migration I get error 403 when I open my payslips. My employee ID is [[ID_NUMBER:FR-22718]] and I'm connecting from home ([[IP_ADDRESS:90.112.45.203]]). Thanks, [[PERSON:Lucas]]
Assignee: [[USERNAME:k.benyahia]] (L2 support)"""),
    ("en", "", """--- web form submission #20931 ---
field_first_name: [[PERSON:Amine]]
field_last_name: [[PERSON:Chaouch]]
field_dob: [[DATE_TIME:1997/04/03]]
field_phone: [[PHONE_NUMBER:0033 7 81 22 90 46]]
field_email: [[EMAIL_ADDRESS:amine.chaouch97@gmail.com]]
field_address_1: [[ADDRESS:Résidence Les Tilleuls, bât. B]]
field_address_2: [[ADDRESS:14 avenue Paul-Vaillant-Couturier]]
field_zip: [[ZIP_CODE:94800]]
field_city: [[LOCATION:Villejuif]]
field_consent_marketing: no
submitted_from: [[IP_ADDRESS:2a01:cb04:8a4:5e00:41d:9e2f:b3c1:6602]]"""),
    ("en", "", """Return-Path: <[[EMAIL_ADDRESS:s.bouzidi@orange.fr]]>
Received: from smtp-out.orange.fr (smtp-out.orange.fr [ [[IP_ADDRESS:80.12.242.131]] ]) by mx.atelier-poterie.dz
From: [[PERSON:Salim Bouzidi]] <[[EMAIL_ADDRESS:s.bouzidi@orange.fr]]>
To: Atelier de poterie <contact@atelier-poterie.dz>
Subject: commande de 3 jarres
Date: [[DATE_TIME:Mon, 18 Nov 2024 19:02:44 +0100]]
X-Originating-IP: [[IP_ADDRESS:86.247.130.12]]"""),
    ("en", "", """[{"gamertag": "[[USERNAME:Azrou_Sniper]]", "real_name": "[[PERSON:Anir Oubaha]]", "country": "[[LOCATION:Morocco]]", "birthdate": "[[DATE_TIME:2006-02-14]]", "last_ip": "[[IP_ADDRESS:105.158.44.210]]"}, {"gamertag": "[[USERNAME:kaboul99]]", "real_name": "[[PERSON:Kevin Abboud]]", "country": "[[LOCATION:Belgium]]", "birthdate": "[[DATE_TIME:2004-09-30]]", "last_ip": "[[IP_ADDRESS:178.51.92.7]]"}]"""),
    ("en", "pension", """-- ticket 5521: pension paid twice to the same beneficiary
SELECT beneficiary_id, full_name, iban, country FROM pension_payments
WHERE full_name = '[[PERSON:Belkacem Ait Yahia]]' AND iban = '[[IBAN_CODE:FR7613335003010880271645376]]';
-- 2 rows: beneficiary_id [[ID_NUMBER:CNAV-0448192]], country [[LOCATION:Algérie]]"""),
    ("en", "", """<soap:Body><OpenAccountRequest><Customer><Name>[[PERSON:Nicole Barnard]]</Name><SSN>[[US_SSN:276-90-4418]]</SSN><DOB>[[DATE_TIME:1982-07-07]]</DOB><Address>[[ADDRESS:415 Bayview Ln]]</Address><City>[[LOCATION:Charleston]]</City><State>[[LOCATION:SC]]</State><Zip>[[ZIP_CODE:29412]]</Zip><Phone>[[PHONE_NUMBER:8437729156]]</Phone></Customer></OpenAccountRequest></soap:Body>"""),
    ("en", "", """[[IP_ADDRESS:105.235.135.18]] - - [12/Mar/2024:21:44:09 +0100] "GET /profile/[[USERNAME:tiziri.aitali]] HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Linux; Android 12)"
[[IP_ADDRESS:105.235.135.18]] - - [12/Mar/2024:21:44:31 +0100] "POST /profile/[[USERNAME:tiziri.aitali]]/phone?value=[[PHONE_NUMBER:0550817462]] HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Linux; Android 12)\""""),
    ("en", "", """# .gitlab-ci.yml
variables:
  GIT_AUTHOR_NAME: "[[PERSON:Mehdi Khelifa]]"
  GIT_AUTHOR_EMAIL: "[[EMAIL_ADDRESS:mehdi.khelifa@epitech.eu]]"
  DEPLOY_HOST: "[[IP_ADDRESS:51.91.204.66]]"
  RELEASE: "2.14.3"
deploy:
  script: ssh deploy@$DEPLOY_HOST 'systemctl restart api'"""),
    ("en", "water", """WORK ORDER WO-2024-0619
Site: village reservoir, [[LOCATION:Tala Khelil]]
Reported by: [[PERSON:Mohand Saïd Touati]], water committee member, [[PHONE_NUMBER:0667 21 90 38]]
Issue: float valve stuck, tank overflowing since Sunday
Technician assigned: [[PERSON:Rabah Yousfi]] ([[USERNAME:r.yousfi]])
Visit planned: [[DATE_TIME:2024-06-20 09:00]]
Notes: key kept by the mosque caretaker; pump serial GRF-55-19827."""),
    ("en", "", """{"order": "CMD-88217", "status": "shipped", "customer": {"name": "[[PERSON:Pauline Girard]]", "email": "[[EMAIL_ADDRESS:pauline.girard@gmx.fr]]", "phone": "[[PHONE_NUMBER:06 33 18 70 42]]", "ship_to": "[[ADDRESS:3 allée des Cerisiers]], [[ZIP_CODE:67200]] [[LOCATION:Strasbourg]]"}, "items": [{"sku": "MIEL-LAV-500G", "qty": 2}], "tracking": "6A19283746501"}"""),
    ("en", "", """{"ts":"2024-02-01T12:00:03Z","event":"beneficiary_added","user":"[[USERNAME:nadir.k]]","beneficiary":"[[PERSON:Saliha Kerrouche]]","account":"[[ID_NUMBER:00799999002173641538]]","city":"[[LOCATION:Bouira]]"}
{"ts":"2024-02-01T12:01:47Z","event":"transfer_created","user":"[[USERNAME:nadir.k]]","amount_dzd":15000,"ref":"TRX-5520913"}"""),
    ("en", "", """const fixtures = [
  { name: '[[PERSON:Oumaima Lahlou]]', cin: '[[ID_NUMBER:BH482190]]', phone: '[[PHONE_NUMBER:+212 661-203-447]]' },
  { name: '[[PERSON:Reda Benjelloun]]', cin: '[[ID_NUMBER:BE771093]]', phone: '[[PHONE_NUMBER:+212 706-118-952]]' },
];
test('redacts CIN', () => {
  expect(redact(fixtures[0]).cin).toBe('BH******');
});"""),
    ("tzm-tfng", "oil", """{"ⵉⵙⵎ": "[[PERSON:ⴼⴰⴹⵎⴰ]]", "ⵉⵙⵎ_ⵏ_ⵜⵡⴰⵛⵓⵍⵜ": "[[PERSON:ⵓⵎⵓⵙⵙ]]", "ⴰⵙⵙ_ⵏ_ⵜⵍⴰⵍⵉⵜ": "[[DATE_TIME:1968-05-21]]", "ⴰⴷⵖⴰⵔ": "[[LOCATION:ⵜⴰⵍⵉⵡⵉⵏ]]", "CIN": "[[ID_NUMBER:J198374]]", "ⵜⵉⵍⵉⴼⵓⵏ": "[[PHONE_NUMBER:0667 42 19 05]]", "ⴰⵣⵎⵎⵓⵔ_kg": 420}"""),
    ("tzm-latn", "", """Ticket #8841 | canal: WhatsApp
Azul, nkki d [[PERSON:Ḥmad Amzzal]] zg [[LOCATION:Biougra]]. Tilifun inu, [[PHONE_NUMBER:0612 48 90 37]], ur a ittxdam zg lḥdd. Uṭṭun n lkarṭ inu (CIN): [[ID_NUMBER:JA104827]]. Tanmmirt.
statut: ouvert | agent: [[USERNAME:s.elhaddaoui]]"""),
    ("en", "", """Traceback (most recent call last):
  File "/srv/app/billing.py", line 88, in charge
    gateway.charge(card="[[CREDIT_CARD:2223 0071 4852 3998]]", holder="[[PERSON:Miriam Adeyemi]]")
gateway.errors.CardExpired: card expired 03/24 for customer [[ID_NUMBER:C-7781204]]"""),
    ("en", "", """{"resourceType": "Patient", "id": "a7f3c2", "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "[[ID_NUMBER:4010232188]]"}], "name": [{"family": "[[PERSON:Adebayo]]", "given": ["[[PERSON:Folake]]"], "prefix": ["[[TITLE:Mrs]]"]}], "birthDate": "[[DATE_TIME:1979-01-23]]", "address": [{"line": ["[[ADDRESS:22 Coldharbour Lane]]"], "city": "[[LOCATION:London]]", "postalCode": "[[ZIP_CODE:SE5 9NR]]"}]}"""),
    ("en", "", """[contact]
owner = [[PERSON:Florian Masson]]
owner_email = [[EMAIL_ADDRESS:florian.masson@wanadoo.fr]]
owner_mobile = [[PHONE_NUMBER:+33 7 45 90 12 63]]

[billing]
iban = [[IBAN_CODE:FR7612506200567820411653057]]
siret = 517 306 148 00027"""),
    ("en", "pension", """From: [[PERSON:Nora Haddadi]] <[[EMAIL_ADDRESS:nora.haddadi@gmail.com]]>
To: retraite-internationale@carsat-example.fr
Subject: life certificate - my father [[PERSON:Tayeb Haddadi]]
Date: [[DATE_TIME:Tue, 5 Mar 2024 11:20:07 +0100]]

Hello, attached is the life certificate of my father, [[PERSON:Tayeb Haddadi]], pension number [[ID_NUMBER:07 8821 4419]], born [[DATE_TIME:01/01/1946]] in [[LOCATION:Sidi Aïch]]. His postal address is [[ADDRESS:Rue des Frères Amrouche, n° 3]], [[LOCATION:Sidi Aïch]] [[ZIP_CODE:06009]], [[LOCATION:Algeria]]."""),
    ("en", "", """UPDATE subscribers SET phone = '[[PHONE_NUMBER:0556 70 31 24]]', address = '[[ADDRESS:Cité 200 Logements, bloc 4, n° 12]]' WHERE sub_no = '[[ID_NUMBER:ADSL-0093317]]'; -- [[PERSON:Tahar Oukil]] moved within [[LOCATION:Ain El Hammam]]"""),
    ("en", "", """[HR-2291] Update bank details for employee
Reporter: [[PERSON:Chantal Beaulieu]]
Description: Please change the direct deposit for [[PERSON:Marc-André Poirier]] (emp #[[ID_NUMBER:40718]]) to institution 815, transit 30145, account [[ID_NUMBER:0812266]], effective next pay. His new address is [[ADDRESS:77 rue des Érables]], [[LOCATION:Lévis]] [[ZIP_CODE:G6V 4K2]].
Labels: payroll, urgent"""),
    ("en", "", """{"type": "payment_intent.succeeded", "data": {"object": {"amount": 4500, "currency": "gbp", "billing_details": {"name": "[[PERSON:Eleanor Whitlock]]", "email": "[[EMAIL_ADDRESS:eleanor.whitlock@outlook.com]]", "phone": "[[PHONE_NUMBER:+447712480336]]", "address": {"line1": "[[ADDRESS:9 Sunnyside Terrace]]", "city": "[[LOCATION:Harrogate]]", "postal_code": "[[ZIP_CODE:HG1 2AX]]", "country": "GB"}}, "payment_method_details": {"card": {"brand": "visa", "last4": "6523", "exp_month": 4, "exp_year": 2027}}}}}"""),
    ("en", "", """policy: LIFE-PL-228190
insured: [[PERSON:Abdelkrim Benmansour]]
beneficiaries:
  - id: ben_0192
    name: [[PERSON:Kheira Benmansour]]
    relation: mother
    share: 50
    city: [[LOCATION:Oran]]
    phone: "[[PHONE_NUMBER:+213 661 55 20 18]]"
  - id: ben_0193
    name: [[PERSON:Yacine Benmansour]]
    relation: brother
    share: 50
    account: "[[ID_NUMBER:002 00045 0417729003 91]]"
    city: [[LOCATION:Mostaganem]]"""),
    ("en", "", """Jun 14 06:02:11 gate-01 access[412]: badge=[[ID_NUMBER:FG-204417]] member="[[PERSON:Olivia Brennan]]" result=granted
Jun 14 06:05:47 gate-01 access[412]: badge=[[ID_NUMBER:FG-118302]] member="[[PERSON:Rashid Bello]]" result=denied reason=expired"""),
    ("en", "", """HTTP/1.1 200 OK
Content-Type: application/json

{"id": 88123410, "handle": "[[USERNAME:tafsut_kabylie]]", "display_name": "[[PERSON:Tafsut Ait Amer]]", "bio": "teacher in [[LOCATION:Tigzirt]] | olive picker in november", "website": "[[URL:https://tafsut-aitamer.blogspot.com]]", "followers": 2214}"""),
    ("en", "", """{"channel": "#ops-alerts", "user": "[[USERNAME:wmcallister]]", "text": "heads up, [[PERSON:Dana]]'s laptop ([[IP_ADDRESS:172.16.8.42]]) is still syncing the customer export with SSNs like [[US_SSN:523-80-1166]] in clear", "ts": "1718021455.000200"}"""),
    ("en", "", """mutation { createShipment(input: { recipient: "[[PERSON:Yuki Tanaka-Brooks]]", street: "[[ADDRESS:1450 Oak Bay Ave]]", city: "[[LOCATION:Victoria]]", province: "[[LOCATION:BC]]", postalCode: "[[ZIP_CODE:V8R 1C9]]", phone: "[[PHONE_NUMBER:250-598-3316]]", service: EXPRESS }) { trackingNumber } }"""),
]

TABLE = [
    ("en", "", """emp_id,first_name,last_name,dept,hire_date,mobile,status
[[ID_NUMBER:E1042]],[[PERSON:Brandon]],[[PERSON:Miller]],Logistics,[[DATE_TIME:2019-04-15]],[[PHONE_NUMBER:312-448-2091]],active
[[ID_NUMBER:E1057]],[[PERSON:Yesenia]],[[PERSON:Ortiz]],Finance,[[DATE_TIME:2020-09-01]],[[PHONE_NUMBER:773-206-5518]],on leave
[[ID_NUMBER:E1093]],[[PERSON:Tremaine]],[[PERSON:Scott]],IT,[[DATE_TIME:2022-01-10]],[[PHONE_NUMBER:708-391-4472]],active"""),
    ("en", "oil", """"member_no","name","village","quintals","litres","paid_to_ccp"
"[[ID_NUMBER:OUZ-117]]","[[PERSON:Akli Ouali]]","[[LOCATION:Ait Bouyahia]]","12.5","231","[[ID_NUMBER:0024417836 clé 09]]"
"[[ID_NUMBER:OUZ-121]]","[[PERSON:Fatima Nait Saada]]","[[LOCATION:Tassaft]]","7","128","[[ID_NUMBER:0015590421 clé 64]]"
"[[ID_NUMBER:OUZ-140]]","[[PERSON:Rachid Mekhnache]]","[[LOCATION:Ait Bouyahia]]","19","352",""
"[[ID_NUMBER:OUZ-152]]","[[PERSON:Nouara Belaid]]","[[LOCATION:Agouni Ahmed]]","4.5","80","[[ID_NUMBER:0031172258 clé 40]]\""""),
    ("en", "", """last_name;first_name;birth_date;iban;city
[[PERSON:Lefebvre]];[[PERSON:Marion]];[[DATE_TIME:12/04/1986]];[[IBAN_CODE:FR76 1660 6100 1200 4892 7311 512]];[[LOCATION:Caen]]
[[PERSON:Benhamou]];[[PERSON:Yanis]];[[DATE_TIME:30/09/1991]];[[IBAN_CODE:FR76 1820 6004 1265 0198 3441 204]];[[LOCATION:Rouen]]
[[PERSON:Diallo]];[[PERSON:Aminata]];[[DATE_TIME:05/01/1979]];[[IBAN_CODE:FR76 3006 6100 2100 0104 9833 719]];[[LOCATION:Le Havre]]"""),
    ("en", "", """pupil\tyear\tdob\tparent\tparent_mobile\tallergies
[[PERSON:Oliver Hughes]]\t4\t[[DATE_TIME:2015-03-02]]\t[[PERSON:Claire Hughes]]\t[[PHONE_NUMBER:07700 341 228]]\tnuts
[[PERSON:Amira Farouk]]\t4\t[[DATE_TIME:2014-11-19]]\t[[PERSON:Samir Farouk]]\t[[PHONE_NUMBER:07852 604 117]]\tnone
[[PERSON:Leo Kaminski]]\t4\t[[DATE_TIME:2015-06-27]]\t[[PERSON:Joanna Kaminska]]\t[[PHONE_NUMBER:07392 118 550]]\tdairy
[[PERSON:Grace Oduya]]\t4\t[[DATE_TIME:2015-01-08]]\t[[PERSON:Esther Oduya]]\t[[PHONE_NUMBER:07418 227 903]]\tnone"""),
    ("en", "water", """| Household head | Hamlet | People | Meter no. | Phone | Paid 2024 |
|---|---|---|---|---|---|
| [[PERSON:Mohand Akli Hamani]] | [[LOCATION:Tighilt]] | 7 | CPT-0912 | [[PHONE_NUMBER:0551 40 28 77]] | yes |
| [[PERSON:Zahia Ait Said]] | [[LOCATION:Tighilt]] | 3 | CPT-0918 | [[PHONE_NUMBER:0663 17 90 21]] | no |
| [[PERSON:Boussad Lounici]] | [[LOCATION:Ighil Oumsed]] | 5 | CPT-1004 | [[PHONE_NUMBER:0778 02 64 39]] | yes |
| [[PERSON:Tayeb Kaci]] (in [[LOCATION:Lyon]]) | [[LOCATION:Ighil Oumsed]] | 0 | CPT-1011 | [[PHONE_NUMBER:+33 6 58 20 14 97]] | yes |"""),
    ("en", "", """ id |      full_name       |            email             | postal_code | province
----+----------------------+------------------------------+-------------+----------
  1 | [[PERSON:Noémie Lavoie]]        | [[EMAIL_ADDRESS:noemie.lavoie@videotron.ca]]   | [[ZIP_CODE:G1K 3A9]]     | [[LOCATION:QC]]
  2 | [[PERSON:Amadou Sow]]           | [[EMAIL_ADDRESS:amadou.sow@outlook.com]]       | [[ZIP_CODE:H1N 2G4]]     | [[LOCATION:QC]]
  3 | [[PERSON:Kirsten MacLeod]]      | [[EMAIL_ADDRESS:kmacleod@ns.sympatico.ca]]     | [[ZIP_CODE:B3H 1Y6]]     | [[LOCATION:NS]]
(3 rows)"""),
    ("en", "pension", """BENEFICIARY              BORN        RESIDENCE         NIR                     MONTHLY EUR
[[PERSON:AMRANI Said]]              [[DATE_TIME:14/11/1947]]  [[LOCATION:Azazga]]            [[ID_NUMBER:1 47 11 99 352 088 22]]    612.40
[[PERSON:BELLAL Zoubida]]           [[DATE_TIME:03/06/1950]]  [[LOCATION:Larbaa Nath Irathen]]  [[ID_NUMBER:2 50 06 99 352 145 76]]    388.15
[[PERSON:OUTALEB Ahmed]]            [[DATE_TIME:21/01/1952]]  [[LOCATION:Taroudant]]         [[ID_NUMBER:1 52 01 99 350 077 76]]    701.92
[[PERSON:CHABANE Mohand Arezki]]    [[DATE_TIME:09/04/1939]]  [[LOCATION:Aït Yenni]]         [[ID_NUMBER:1 39 04 99 352 012 87]]    455.00"""),
    ("en", "", """{"member": "[[ID_NUMBER:PG-55102]]", "name": "[[PERSON:Chloe Adeyemi]]", "checkin": "06:12", "class": "spin", "age": [[AGE:29]]}
{"member": "[[ID_NUMBER:PG-55187]]", "name": "[[PERSON:Rory McGinley]]", "checkin": "06:15", "class": "weights", "age": [[AGE:41]]}
{"member": "[[ID_NUMBER:PG-56020]]", "name": "[[PERSON:Sunita Rao]]", "checkin": "06:31", "class": "spin", "age": [[AGE:35]]}"""),
    ("en", "", """clients:
  - owner: [[PERSON:Marc Peeters]]
    phone: "[[PHONE_NUMBER:0475 12 88 30]]"
    pet: Rex
    species: dog
    address: "[[ADDRESS:Rue de Fer 14]], [[ZIP_CODE:5000]] [[LOCATION:Namur]]"
  - owner: [[PERSON:Latifa Bouchiba]]
    phone: "[[PHONE_NUMBER:0489 30 71 62]]"
    pet: Mimi
    species: cat
    address: "[[ADDRESS:Avenue Reine Astrid 9, bte 2]], [[ZIP_CODE:5100]] [[LOCATION:Jambes]]"
  - owner: [[PERSON:Jan Vermeulen]]
    phone: "[[PHONE_NUMBER:+32 472 55 19 08]]"
    pet: Pluisje
    species: rabbit
    address: "[[ADDRESS:Kerkstraat 31]], [[ZIP_CODE:2000]] [[LOCATION:Antwerpen]]\""""),
    ("en", "", """Guest: [[PERSON:Camille Roussel]]
Nationality: [[NRP:French]]
Passport: [[ID_NUMBER:19FV48213]]
Arrival: [[DATE_TIME:12/04/2024]]
Room: 12
---
Guest: [[PERSON:Thomas Verbeke]]
Nationality: [[NRP:Belgian]]
Passport: [[ID_NUMBER:EM581204]]
Arrival: [[DATE_TIME:12/04/2024]]
Room: 14
---
Guest: [[PERSON:Ethan Cole]]
Nationality: [[NRP:American]]
Passport: [[US_PASSPORT:641182057]]
Arrival: [[DATE_TIME:13/04/2024]]
Room: 3"""),
    ("kab", "", """Isem,Taddart,Uṭṭun n uɛeggal,Tilifun,Idrimen (DA),Yexleṣ
[[PERSON:Ḥmed Uqasi]],[[LOCATION:Iɣil Bwammas]],[[ID_NUMBER:IB-017]],[[PHONE_NUMBER:0770 52 18 04]],2000,ih
[[PERSON:Ṭawes At Ɛli]],[[LOCATION:Iɣil Bwammas]],[[ID_NUMBER:IB-023]],[[PHONE_NUMBER:0553 91 46 20]],1000,ala
[[PERSON:Ɛmer Ǧeɛfer]],[[LOCATION:Tawrirt]],[[ID_NUMBER:IB-031]],[[PHONE_NUMBER:0698 33 07 15]],3000,ih
[[PERSON:Nnuja Ḥemmadi]],[[LOCATION:Tawrirt]],[[ID_NUMBER:IB-040]],[[PHONE_NUMBER:0661 28 74 90]],500,ih"""),
    ("fr", "oil", """N° adhérent;Nom et prénom;CIN;Douar;Téléphone;Olives (kg)
[[ID_NUMBER:TLV-031]];[[PERSON:Aït Lahcen Mbarek]];[[ID_NUMBER:JE301882]];[[LOCATION:Tiwadou]];[[PHONE_NUMBER:0661 50 23 18]];740
[[ID_NUMBER:TLV-044]];[[PERSON:Oubaha Fadma]];[[ID_NUMBER:JE117450]];[[LOCATION:Tiwadou]];[[PHONE_NUMBER:0670 84 12 39]];310
[[ID_NUMBER:TLV-052]];[[PERSON:Bouzid Lhoussaine]];[[ID_NUMBER:J402936]];[[LOCATION:Assaki]];[[PHONE_NUMBER:0648 27 90 51]];1 120
[[ID_NUMBER:TLV-060]];[[PERSON:Ait Brahim Itto]];[[ID_NUMBER:JE280114]];[[LOCATION:Assaki]];;455"""),
    ("fr", "", """| Nom | Prénom | Né(e) le | Classe | Arrêt du bus | Téléphone du parent |
|-----|--------|----------|--------|--------------|---------------------|
| [[PERSON:Ouchène]] | [[PERSON:Thiziri]] | [[DATE_TIME:14/02/2011]] | 2AM | [[LOCATION:Aït Frah]] | [[PHONE_NUMBER:0552 71 38 06]] |
| [[PERSON:Hamici]] | [[PERSON:Amayas]] | [[DATE_TIME:03/09/2010]] | 3AM | [[LOCATION:Aït Frah]] | [[PHONE_NUMBER:0771 40 92 63]] |
| [[PERSON:Saidi]] | [[PERSON:Lydia]] | [[DATE_TIME:22/12/2011]] | 2AM | [[LOCATION:Taourirt Amokrane]] | [[PHONE_NUMBER:0660 18 25 47]] |"""),
    ("tzm-tfng", "water", """| ⵉⵙⵎ | ⴰⴷⵓⵡⴰⵔ | ⵜⵉⵍⵉⴼⵓⵏ | ⴰⵎⵓⵔ (DH) |
|---|---|---|---|
| [[PERSON:ⵎⴱⴰⵔⴽ ⴰⵢⵜ ⵍⵃⵙⵏ]] | [[LOCATION:ⵜⵉⵡⵜ]] | [[PHONE_NUMBER:0661 72 05 38]] | 120 |
| [[PERSON:ⵉⵟⵟⵓ ⵓⴱⵓⵣⵉⴷ]] | [[LOCATION:ⵜⵉⵡⵜ]] | [[PHONE_NUMBER:0670 19 44 82]] | 60 |
| [[PERSON:ⵃⵎⴰⴷ ⵓⵍⵃⴰⵊ]] | [[LOCATION:ⵉⴳⵔⵎ]] | [[PHONE_NUMBER:0652 30 81 17]] | 120 |"""),
    ("en", "", """account_no,subscriber,msisdn,plan,balance_usd
[[ID_NUMBER:884120337]],[[PERSON:Luis Carmona]],[[PHONE_NUMBER:+1 915 204 7731]],Unlimited Plus,0.00
[[ID_NUMBER:884120358]],[[PERSON:Heather Quinlan]],[[PHONE_NUMBER:+1 915 318 0462]],Basic 5GB,42.17
[[ID_NUMBER:884120391]],[[PERSON:Obinna Eze]],[[PHONE_NUMBER:+1 915 566 2093]],Family,118.40"""),
    ("en", "", """patient\tramq\tappointment\tclinic\tphysician
[[PERSON:Gilles Ouellet]]\t[[ID_NUMBER:OUEG 5903 0412]]\t[[DATE_TIME:2024-11-04 08:30]]\tcardiology\t[[PERSON:Dr. Hélène Bouffard]]
[[PERSON:Nathalie Girard]]\t[[ID_NUMBER:GIRN 7461 1807]]\t[[DATE_TIME:2024-11-04 09:15]]\tdermatology\t[[PERSON:Dr. Karim Haddad]]
[[PERSON:Ahmed Zerrouki]]\t[[ID_NUMBER:ZERA 8208 2903]]\t[[DATE_TIME:2024-11-05 13:40]]\tcardiology\t[[PERSON:Dr. Hélène Bouffard]]"""),
    ("en", "", """ username   |     full_name      |     last_login      |       ip        | mfa
------------+--------------------+---------------------+-----------------+-----
 [[USERNAME:mlaroche]]   | [[PERSON:Martin Laroche]]     | [[DATE_TIME:2024-09-30 17:02:11]] | [[IP_ADDRESS:88.160.12.204]]   | t
 [[USERNAME:abensaid]]   | [[PERSON:Asma Bensaid]]       | [[DATE_TIME:2024-10-01 08:45:57]] | [[IP_ADDRESS:41.96.133.8]]     | f
 [[USERNAME:jdufresne]]  | [[PERSON:Julie Dufresne]]     | [[DATE_TIME:2024-10-01 09:12:30]] | [[IP_ADDRESS:2a01:e0a:1f2:8c40::7]] | t
(3 rows)"""),
    ("en", "", """NI NUMBER    NAME                     TAX CODE   GROSS PAY
[[ID_NUMBER:AB 12 57 93 D]]  [[PERSON:PATEL, Nikhil]]            1257L      2,845.00
[[ID_NUMBER:KT 40 88 15 A]]  [[PERSON:O'BRIEN, Siobhan]]         1257L      2,310.50
[[ID_NUMBER:RW 71 30 26 C]]  [[PERSON:WOJCIK, Pawel]]            BR         1,980.75
[[ID_NUMBER:JH 08 94 62 B]]  [[PERSON:OKORO, Blessing]]          1257L      3,102.20"""),
    ("en", "", """{"driver": "[[PERSON:Yassine Boukhris]]", "phone": "[[PHONE_NUMBER:0661 44 90 27]]", "plate": "[[ID_NUMBER:58231-A-33]]", "zone": "[[LOCATION:Talborjt]]"}
{"driver": "[[PERSON:Hamza Ait Ouaarab]]", "phone": "[[PHONE_NUMBER:0708 12 56 39]]", "plate": "[[ID_NUMBER:14407-B-33]]", "zone": "[[LOCATION:Dcheira]]"}
{"driver": "[[PERSON:Said Oukhouya]]", "phone": "[[PHONE_NUMBER:0622 35 81 04]]", "plate": "[[ID_NUMBER:71960-D-33]]", "zone": "[[LOCATION:Inezgane]]"}"""),
    ("en", "", """creators:
  - handle: [[USERNAME:cookwithlila]]
    url: [[URL:https://www.youtube.com/@cookwithlila]]
    contact: [[EMAIL_ADDRESS:lila.mansouri.pro@gmail.com]]
    followers: 184000
    niche: food
  - handle: [[USERNAME:dad_of_3_dan]]
    url: [[URL:https://www.tiktok.com/@dad_of_3_dan]]
    contact: [[EMAIL_ADDRESS:danwhitaker.collabs@outlook.com]]
    followers: 92000
    niche: parenting"""),
    ("en", "", """Name: [[PERSON:Robert Kline]]
DOB: [[DATE_TIME:07/19/1961]]
SSN: [[US_SSN:212-48-9930]]
Address: [[ADDRESS:4 Hickory Ct]], [[LOCATION:Dover]], [[LOCATION:DE]] [[ZIP_CODE:19904]]
Policy: TL-20-558103

Name: [[PERSON:Angela Kline]]
DOB: [[DATE_TIME:02/02/1964]]
SSN: [[US_SSN:212-61-4407]]
Address: [[ADDRESS:4 Hickory Ct]], [[LOCATION:Dover]], [[LOCATION:DE]] [[ZIP_CODE:19904]]
Policy: TL-20-558104"""),
    ("en", "", """"title","first_name","last_name","house_no","street","town","postcode","gift_aid"
"[[TITLE:Mrs]]","[[PERSON:Doreen]]","[[PERSON:Ashby]]","[[ADDRESS:17]]","[[ADDRESS:Priory Walk]]","[[LOCATION:Leominster]]","[[ZIP_CODE:HR6 8NB]]","Y"
"[[TITLE:Mr]]","[[PERSON:Kofi]]","[[PERSON:Mensah]]","[[ADDRESS:3a]]","[[ADDRESS:Station Road]]","[[LOCATION:Ledbury]]","[[ZIP_CODE:HR8 2DB]]","Y"
"[[TITLE:Dr]]","[[PERSON:Ffion]]","[[PERSON:Parry]]","[[ADDRESS:Ty Gwyn]]","[[ADDRESS:Church Lane]]","[[LOCATION:Kington]]","[[ZIP_CODE:HR5 3AH]]","N\""""),
    ("en", "", """| Case | Client | National no. | Hearing | Counsel |
|------|--------|--------------|---------|---------|
| 24/1187/A | [[PERSON:Nicolas Dumont]] | [[ID_NUMBER:91.07.24-163.10]] | [[DATE_TIME:18 Nov 2024, 09:00]] | [[TITLE:Me]] [[PERSON:Van Damme]] |
| 24/1203/C | [[PERSON:Fatima Zahra Alaoui]] | [[ID_NUMBER:88.03.11-208.70]] | [[DATE_TIME:21 Nov 2024, 14:00]] | [[TITLE:Me]] [[PERSON:Lejeune]] |
| 24/1219/A | [[PERSON:Geert Wouters]] | [[ID_NUMBER:72.10.02-317.41]] | [[DATE_TIME:25 Nov 2024, 10:30]] | [[TITLE:Me]] [[PERSON:Van Damme]] |"""),
    ("en", "", """rx_no,patient,dob,drug,prescriber,phone
RX-7730194,[[PERSON:Gloria Tran]],[[DATE_TIME:1958-08-30]],metformin 500mg,[[PERSON:Dr. S. Iyer]],[[PHONE_NUMBER:(971) 204-8815]]
RX-7730211,[[PERSON:Peter Hollis]],[[DATE_TIME:1947-03-12]],warfarin 5mg,[[PERSON:Dr. A. Mbeki]],[[PHONE_NUMBER:(503) 917-2260]]
RX-7730239,[[PERSON:Ramona Ybarra]],[[DATE_TIME:1990-12-05]],sertraline 50mg,[[PERSON:Dr. S. Iyer]],[[PHONE_NUMBER:(971) 338-0472]]"""),
    ("en", "", """pnr\tpassenger\tpassport\tnationality\tflight\tdeparture
K7QX2M\t[[PERSON:BOUDIAF/SAMIR]] [[TITLE:MR]]\t[[ID_NUMBER:198273645]]\t[[NRP:Algerian]]\tAH1004\t[[DATE_TIME:2024-07-02]]
K7QX2M\t[[PERSON:BOUDIAF/LEILA]] [[TITLE:MRS]]\t[[ID_NUMBER:198273702]]\t[[NRP:Algerian]]\tAH1004\t[[DATE_TIME:2024-07-02]]
R2LM8T\t[[PERSON:MARTIN/JULIEN]] [[TITLE:MR]]\t[[ID_NUMBER:20AK73118]]\t[[NRP:French]]\tAF1854\t[[DATE_TIME:2024-07-03]]"""),
    ("en", "", """ rank |   gamertag      |   real_name         | country | score
------+-----------------+---------------------+---------+-------
    1 | [[USERNAME:Tiziri_Frag]]     | [[PERSON:Tiziri Aouchiche]]    | [[LOCATION:Algeria]] | 48210
    2 | [[USERNAME:MapleSn1per]]     | [[PERSON:Owen Tremblay]]       | [[LOCATION:Canada]]  | 47955
    3 | [[USERNAME:zlatan_du_93]]    | [[PERSON:Mehdi Rahou]]         | [[LOCATION:France]]  | 45120
(3 rows)"""),
    ("en", "", """{"listing": "L-55018", "item": "used fridge", "price_mad": 1500, "seller": "[[PERSON:Khalid Amrani]]", "phone": "[[PHONE_NUMBER:0661 90 47 28]]", "city": "[[LOCATION:Agadir]]"}
{"listing": "L-55023", "item": "kids bike", "price_mad": 350, "seller": "[[PERSON:Naima Ouaziz]]", "phone": "[[PHONE_NUMBER:0700 81 26 53]]", "city": "[[LOCATION:Inezgane]]"}
{"listing": "L-55031", "item": "argan press (manual)", "price_mad": 2200, "seller": "[[PERSON:Brahim Ait Oufkir]]", "phone": "[[PHONE_NUMBER:0670 33 58 19]]", "city": "[[LOCATION:Tiznit]]"}"""),
    ("en", "", """LOT  TENANT                 MOBILE            MOVE-IN      RENT
A12  [[PERSON:Mathilde Perrin]]        [[PHONE_NUMBER:06 81 24 39 70]]    [[DATE_TIME:01/03/2023]]   720
B04  [[PERSON:Kevin N'Diaye]]          [[PHONE_NUMBER:07 52 18 66 03]]    [[DATE_TIME:15/09/2022]]   655
B07  [[PERSON:Hocine Larbi]]           [[PHONE_NUMBER:06 14 70 92 35]]    [[DATE_TIME:01/01/2024]]   690"""),
    ("en", "", """speakers:
  - name: [[PERSON:Dr. Yasmina Tahar]]
    affiliation: Université Mouloud Mammeri
    email: [[EMAIL_ADDRESS:y.tahar@ummto.dz]]
    x_handle: [[USERNAME:yasmina_tahar]]
    talk: "Drip irrigation on terraced olive groves"
  - name: [[PERSON:Mark Ellison]]
    affiliation: independent
    email: [[EMAIL_ADDRESS:mark@ellison-consulting.co.uk]]
    x_handle: [[USERNAME:mellison_water]]
    talk: "Small water utilities in rural [[LOCATION:Wales]]\""""),
    ("en", "", """Customer: [[PERSON:Nacer Boukhalfa]]
RIB: [[ID_NUMBER:007 00215 0301884217 29]]
Card: [[CREDIT_CARD:5243 9861 0053 3724]]
Mobile: [[PHONE_NUMBER:0550 63 17 42]]
Wilaya: [[LOCATION:Bejaia]]

Customer: [[PERSON:Sihem Ouali]]
RIB: [[ID_NUMBER:007 00215 0302297108 55]]
Card: [[CREDIT_CARD:4023 6075 1184 9371]]
Mobile: [[PHONE_NUMBER:0699 28 04 16]]
Wilaya: [[LOCATION:Bejaia]]"""),
    ("en", "", """student_no,name,program,dob,email
[[ID_NUMBER:40218775]],[[PERSON:Maya Chen]],B.Eng Civil,[[DATE_TIME:2004-05-11]],[[EMAIL_ADDRESS:maya.chen@mail.mcgill.ca]]
[[ID_NUMBER:40219102]],[[PERSON:Félix Arsenault]],B.A. History,[[DATE_TIME:2003-10-29]],[[EMAIL_ADDRESS:felix.arsenault@mail.mcgill.ca]]
[[ID_NUMBER:40220416]],[[PERSON:Rania Haddad]],B.Sc. Nursing,[[DATE_TIME:2005-01-17]],[[EMAIL_ADDRESS:rania.haddad2@mail.mcgill.ca]]"""),
    ("en", "", """| Volunteer | Age | Shirt | Phone | City |
|---|---|---|---|---|
| [[PERSON:Dolores Fitch]] | [[AGE:71]] | M | [[PHONE_NUMBER:(207) 443-1082]] | [[LOCATION:Bath]], [[LOCATION:ME]] |
| [[PERSON:Caleb Rourke]] | [[AGE:16]] | L | [[PHONE_NUMBER:(207) 729-5516]] | [[LOCATION:Brunswick]], [[LOCATION:ME]] |
| [[PERSON:Nasra Abdi]] | [[AGE:34]] | S | [[PHONE_NUMBER:(207) 808-3340]] | [[LOCATION:Lewiston]], [[LOCATION:ME]] |"""),
    ("en", "", """member;name;birth_date;iban_direct_debit;municipality
[[ID_NUMBER:BF-2201]];[[PERSON:Lotte Janssens]];[[DATE_TIME:29/05/1967]];[[IBAN_CODE:BE30 7506 6172 9011]];[[LOCATION:Leuven]]
[[ID_NUMBER:BF-2214]];[[PERSON:Mehdi El Khattabi]];[[DATE_TIME:08/12/1995]];[[IBAN_CODE:BE73 0018 8231 0460]];[[LOCATION:Heverlee]]
[[ID_NUMBER:BF-2230]];[[PERSON:Pieter-Jan Goossens]];[[DATE_TIME:17/02/1989]];[[IBAN_CODE:BE96 7354 4021 6805]];[[LOCATION:Kessel-Lo]]"""),
    ("en", "", """hostname      | owner             | ipv4            | ipv6                          | mac
--------------+-------------------+-----------------+-------------------------------+-------------------
lt-acc-014    | [[PERSON:Sylvie Martel]]     | [[IP_ADDRESS:10.20.4.14]]      | [[IP_ADDRESS:fd00:20:4::14]]                 | 00:1b:63:84:45:e6
lt-dev-102    | [[PERSON:Omar Benali]]       | [[IP_ADDRESS:10.20.9.102]]     | [[IP_ADDRESS:fd00:20:9::102]]                | 3c:52:82:1f:aa:07
ws-hr-003     | [[PERSON:Grace Liu]]         | [[IP_ADDRESS:10.20.2.3]]       | [[IP_ADDRESS:fd00:20:2::3]]                  | f4:8e:38:c2:19:5d"""),
    ("en", "", """staff_no\tname\tabsent_from\tabsent_to\treason\tmanager
[[ID_NUMBER:S40117]]\t[[PERSON:Kerry Blackwood]]\t[[DATE_TIME:02/09/2024]]\t[[DATE_TIME:06/09/2024]]\tflu\t[[PERSON:D. Marsh]]
[[ID_NUMBER:S40262]]\t[[PERSON:Imran Siddiqui]]\t[[DATE_TIME:09/09/2024]]\t[[DATE_TIME:10/09/2024]]\tdental\t[[PERSON:D. Marsh]]
[[ID_NUMBER:S40391]]\t[[PERSON:Beata Nowak]]\t[[DATE_TIME:16/09/2024]]\t[[DATE_TIME:27/09/2024]]\tsurgery\t[[PERSON:L. Fenwick]]"""),
]

CHAT = [
    ("en", "", """[[PERSON:Sophie]] (NorthBank): Hi, you're chatting with NorthBank. Can I take your full name and date of birth?
[[PERSON:Daniel Osei]]: [[PERSON:Daniel Kwame Osei]], [[DATE_TIME:17/08/1990]]
[[PERSON:Sophie]] (NorthBank): Thanks, [[PERSON:Daniel]]. And the postcode on the account?
[[PERSON:Daniel Osei]]: [[ZIP_CODE:M14 5RT]]
[[PERSON:Sophie]] (NorthBank): I can see a payment of £49.99 to StreamMax this morning. Was that you?
[[PERSON:Daniel Osei]]: no!! my card is [[CREDIT_CARD:4893 1777 0624 0510]], can you block it
[[PERSON:Sophie]] (NorthBank): Done. A new card will be posted to [[ADDRESS:22 Platt Lane]], [[LOCATION:Manchester]] within 5 working days.
[[PERSON:Daniel Osei]]: ok ta. call me on [[PHONE_NUMBER:07931 558 204]] if anything else shows up"""),
    ("kab", "pension", """[[PERSON:Yidir]] ([[LOCATION:Lyon]]): Azul a yemma! Ceyyɛeɣ-am-d 150 n yidrimen s Western Union, uṭṭun n tuzna: 482 117 9306.
Yemma: Tanemmirt a mmi. Ad ṛuḥeɣ ɣer lbusṭa n [[LOCATION:Ɛin Leḥmam]] azekka.
[[PERSON:Thiziri]]: [[PERSON:Yidir]], ur tettu ara lkaɣeḍ n lpansyu n baba. Ma tebɣiḍ siwel-iyi ɣer [[PHONE_NUMBER:0554 20 73 18]].
[[PERSON:Yidir]] ([[LOCATION:Lyon]]): Ih, ad d-aseɣ ass n [[DATE_TIME:24 Yulyu]], ad ten-id-awiɣ yid-i.
Yemma: Rebbi ad ak-yefk ṣṣeḥḥa."""),
    ("en", "", """[[PERSON:Brittany Holt]]: Hi, is the crib still available?
[[PERSON:Marcus Webb]]: yes! $80, pick up only
[[PERSON:Brittany Holt]]: can I come saturday around 2? what's the address
[[PERSON:Marcus Webb]]: [[ADDRESS:3318 Birchwood Dr]], [[LOCATION:Lansing]]. text me when you're outside, [[PHONE_NUMBER:517-294-6083]]
[[PERSON:Brittany Holt]]: ok my husband [[PERSON:Jake]] might come instead, he drives a gray tahoe
[[PERSON:Marcus Webb]]: 👍 venmo is @[[USERNAME:marcus-webb-88]] if you want to hold it"""),
    ("tzm-latn", "", """[[PERSON:Lahcen]]: Azul, is ur ta tznzt takrrust?
[[PERSON:Mohamed Ait Oumghar]]: Ur ta tt znziɣ. Tlla g [[LOCATION:Ait Melloul]].
[[PERSON:Lahcen]]: Mnck atig?
[[PERSON:Mohamed Ait Oumghar]]: 45 000 DH. Is trit ad tt-tẓṛt ass n [[DATE_TIME:9 nuwanbir g 10:00]]?
[[PERSON:Lahcen]]: Waxxa. Tilifun inu [[PHONE_NUMBER:0623 71 48 05]]. Mamnk tga lmatrikul?
[[PERSON:Mohamed Ait Oumghar]]: [[ID_NUMBER:30917-ب-33]]."""),
    ("en", "", """[[PERSON:Julie Tremblay]]: who has the prod DB creds? [[PERSON:Marc]] is off till [[DATE_TIME:Monday the 14th]]
[[PERSON:Samir Haddad]]: I do, DM'd you. also FYI the customer from ticket 4471 ([[PERSON:Denise Roy]], [[EMAIL_ADDRESS:denise.roy58@hotmail.com]]) called again
[[PERSON:Julie Tremblay]]: ugh. her account is [[ID_NUMBER:QC-220918]] right?
[[PERSON:Samir Haddad]]: yep, and she wants a call at home, [[PHONE_NUMBER:418-622-9035]], not on her cell
[[PERSON:Kevin Boucher]]: I'll take it, I'm at the [[LOCATION:Lévis]] office anyway lol"""),
    ("kab", "water", """[[PERSON:Mouloud]] (amassay): Azul a widak n tajmaɛt. Aqadus n [[LOCATION:Tala Ɛmara]] yerreẓ iḍelli.
[[PERSON:Rachid Ait Ali]]: Ad d-awiɣ plombier azekka. Isem-is [[PERSON:Ɛmer]], uṭṭun-is: [[PHONE_NUMBER:0560 22 84 39]].
[[PERSON:Mouloud]] (amassay): Tanemmirt. A [[PERSON:Saɛid]], jmeɛ idrimen n wid ur nxelleṣ ara: [[PERSON:Lmulud At Qasi]] d [[PERSON:Ḥuriya Buɛziz]].
[[PERSON:Saïd Hamdi]]: Ih. Wid yellan di [[LOCATION:Fransa]] ad d-ceyyɛen ɣer lkunt-iw: [[IBAN_CODE:FR76 1010 7001 3800 6157 2084 936]]."""),
    ("en", "pension", """[[PERSON:Nadia]] (advisor): Hello, how can I help you today?
[[PERSON:Karim Belhadi]]: hello, I'm writing for my father [[PERSON:Ali Belhadi]], he lives in [[LOCATION:Bouzeguène]] and his pension stopped in March
[[PERSON:Nadia]] (advisor): I'm sorry to hear that. Can you give me his social security number?
[[PERSON:Karim Belhadi]]: [[ID_NUMBER:1 43 05 99 352 064 49]]
[[PERSON:Nadia]] (advisor): Thank you. We haven't received his 2024 life certificate. It can be signed at the town hall and uploaded from his online account.
[[PERSON:Karim Belhadi]]: ok. he was born [[DATE_TIME:12/05/1943]], does the town hall need anything else?
[[PERSON:Nadia]] (advisor): Just his identity card. Once we have the certificate, payments resume to his account ending 4417.
[[PERSON:Karim Belhadi]]: thanks. my email if needed: [[EMAIL_ADDRESS:karim.belhadi@sfr.fr]]"""),
    ("en", "", """Aunty [[PERSON:Pam]]: Nan turns [[AGE:90]] on [[DATE_TIME:Saturday 19th October]]!! Booked the function room at the Red Lion for 1pm
[[PERSON:Chloe]]: omg amazing, I'll do the cake. Nan's address for the card is still [[ADDRESS:14 Willow Court]], [[LOCATION:Stockport]] [[ZIP_CODE:SK4 3PH]] right?
Aunty [[PERSON:Pam]]: yes love. Uncle [[PERSON:Ray]] will pick her up at 12
[[PERSON:Ryan]]: can someone send me the bank details for the collection
Aunty [[PERSON:Pam]]: [[IBAN_CODE:GB37 MONZ 0400 0452 9177 36]], name [[PERSON:P. Howarth]]"""),
]

LOOKALIKE = [
    ("en", "", """SHIPMENT NOTICE
Order SO-2024-118734 / invoice INV-77310 / delivery note BL-0049921
Carrier tracking 1Z 9W8 47V 03 1142 8830, pallet SSCC 003456789012345678, container MSCU 482917-3, seal 0081723.
Contents: 24 x SKU GLS-TUM-330 (EAN 3760123451017), lot L24-311, best before 03/2026; 6 x SKU CRK-OPN-01.
Customs: HS 7013.37, export declaration 24FR000123456789, EORI FR44218739900013.
Shipper: SAS Verrerie du Rhône, SIREN 442 187 399, VAT FR06442187399, dock 4, rue Ampère, quai Pasteur gate.
Scanner firmware 10.4.2.1, label template v3.2.0.7.
Questions: logistics desk 0 800 123 456 or orders@verrerie-rhone.example, quoting the order number."""),
    ("en", "oil", """LAB CERTIFICATE - EXTRA VIRGIN OLIVE OIL
Lot AKB-24-0917 | harvest 2024/25 | acidity 0.38 % | peroxide 9.1 meq O2/kg | K232 1.92 | K270 0.14 | delta-K 0.003
Press line serial PRL-SP-7730-1142; analyzer firmware 2.10.4.1; sample ID 5f2c9e1a-7b3d-4c8e-9a61-0d4e2b7f3a90
Standard COI/T.15/NC No 3/Rev. 19; customs tariff 1509.20.00; trade register RC 06/00-0234567 B 18; tax id NIF 001806023456789
Bottles EAN 6131002105845, 750 ml; cartons of 12; pallet of 60 cartons; tank T-3, 12,400 L.
Cultivar: Chemlal 85 %, Azeradj 15 %. Mill on the road to [[LOCATION:Tazmalt]], after the Amirouche roundabout.
Released for export by [[PERSON:Lyes Boukerrou]], quality manager, signed [[DATE_TIME:8 January 2025]]."""),
    ("en", "", """Release notes, build 2024.11.3 (commit 9c41e7a2b8f05d3e6a1c7b9d2e4f8a0b3c5d7e9f)
- Bumped the parser to 3.18.0.2 and the TLS library to 1.1.1.23; the old 4.2.2.1 profile is removed.
- Fixed the Dijkstra routing on graphs with 10.000+ nodes and the Levenshtein scorer on Unicode input.
- Device serials now accept the SN-2024-00017731 shape; the test UUID 123e4567-e89b-42d3-a456-426614174000 was removed from fixtures.
- Hash of the installer: sha256 4be3c1f0e2a9d87b6c5f4e3d2c1b0a99887766554433221100ffeeddccbbaa99.
- Error codes E-4012-771 and E-5003-118 now link to the knowledge base.
Thanks to [[PERSON:Inès Ferrand]] for reporting the Bézier rendering bug."""),
    ("en", "", """Itinerary - booking ref QK7M2P, e-ticket 057 2143387761, frequent flyer tier Silver
AT 760 CMN-AGA, seat 14C, gate B7, terminal 1; AH 1004 ALG-ORY; transit via CDG 2E
Hotel confirmation 88413027, room type DBL-SV; car rental agreement RA-0912-55813, category CDMR
Pick-up: agency on boulevard Mohammed V, then drop-off on rue Didouche Mourad. Hotel reception +212 528 84 00 00.
Traveller: [[PERSON:Sarah Whitmore]]. Baggage tags AT 481973, AT 481974. Fare basis YLOWMA, tax code MA 28.00."""),
    ("en", "", """Library hold slip
Item 1: ISBN 978-2-7466-4083-2, shelf mark 641.5 HAD, barcode 31290041182736
Item 2: ISBN 978-1-84408-327-5, Dewey 333.91, barcode 31290039917425
Item 3: EAN 6113251004728 (audio CD), media code CD-0418
Hold for [[PERSON:Mehdi Larbi]], library card [[ID_NUMBER:21184006531207]]. Pick-up desk: Branch 07, Hubbard Street. Loan period 21 days; renewal code R2."""),
    ("en", "", """COMPANY EXTRACT - Crossroads Bank for Enterprises
Enterprise number 0412.738.661 (legal person, active since 1998); establishment units 2.145.998.306 and 2.247.112.688
VAT BE0412738661; NACE-BEL 2008 codes 46.331, 47.241; joint committee 202; share capital EUR 61,500
Registered office: avenue Louise, [[LOCATION:Brussels]]; publication in the Moniteur belge no. 24-0118723
Bank account of the company: BE62 0634 4719 2061; switchboard +32 2 640 00 00; invoices@crossroads-bakery.example
Managing director: [[PERSON:Anne-Sophie Claeys]], national number [[ID_NUMBER:67.05.29-054.33]]."""),
    ("fr", "", """PROVINCE DE [[LOCATION:CHTOUKA AÏT BAHA]] - COMMUNE DE [[LOCATION:TANALT]]
Avis d'appel d'offres ouvert n° 07/2024/CT, séance publique, marché de travaux n° 12-2024
Objet : aménagement de la piste reliant la RN1 au centre, lot unique, estimation 1 840 000,00 DH TTC
Cautionnement provisoire : 18 000 DH ; norme NM 10.1.008 ; classe 4, qualification 3.1 et 3.2
ICE de la commune : 001525398000087 ; compte Trésor n° 310 010 1006024104312301 78
Le dossier est retiré au bureau des marchés, boulevard Hassan II. Renseignements : [[TITLE:M.]] [[PERSON:Hassan Aït Lhaj]], technicien de la commune."""),
]

RECORDS = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}

STYLES = {style: [markup for _lang, _domain, markup in records] for style, records in RECORDS.items()}


def main() -> None:
    write_and_report("blind141", STYLES, OUT)
    languages = Counter(lang for records in RECORDS.values() for lang, _domain, _markup in records)
    print("records per language:")
    for lang, n in languages.most_common():
        print(f"  {lang:10s} {n}")
    domains = Counter(domain for records in RECORDS.values() for _lang, domain, _markup in records if domain)
    print(f"records on the weighted domains: {sum(domains.values())} ({', '.join(f'{d} {n}' for d, n in domains.most_common())})")


if __name__ == "__main__":
    main()

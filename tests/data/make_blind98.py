"""Build tests/data/blind98.jsonl: a *blind*, hand-written labeled PII set (NN = 98).

    .venv/bin/python tests/data/make_blind98.py

Blind: written without any knowledge of the detector. Only these were read:
lines 1-121 of make_blind22.py (its docstring with the labeling conventions
and style descriptions, and its import lines) and its tail from `STYLES = {`
to the end (the scaffolding copied below); gold_sets.py (whole file); and
lines 1-64 of make_handwritten.py (its conventions, the MARK and
TITLE_IN_NAME regexes, and `parse()`). Not read: minimize/, recognizers/,
the tests (beyond those lines), bench/, the README, any *.jsonl (this
set's own output included), the other make_*.py scripts and the record
lists in make_blind22.py, anything under /tmp; git was never run (no
history, log or status). The detector, the bench and the tests were never
run. Do not tune the detector against this set: once it has been used to
tune, it no longer measures anything; write a new set instead.

Every record below is written out by hand in the voice of a third-party
evaluator: no Faker, no word lists, no templates filled by code, no loops.
Only the offsets are computed, by `parse()` from make_handwritten.py, which
strips the inline `[[TYPE:value]]` marks. Card numbers pass Luhn and IBANs
pass mod-97 with the right length for their country (the national check
digits inside the Spanish IBANs and the French RIB keys are right too);
they were worked out with throwaway `python -c` one-liners while writing,
not generated here, and `gold_sets.check` re-checks cards and IBANs. National
ids with a public check digit were given a valid one the same way: Spanish
DNI and NIE, Iranian national code (code melli), NHS number, Canadian SIN,
South African ID (agreeing with the person's sex and birth date where they
show), Australian TFN and Medicare number, NZ NHI, Irish PPSN, Singapore
NRIC, Dutch BSN, Polish PESEL, Portuguese NIF, Mexican CURP, Saudi
Iqama, South African tax number; and so were the look-alikes that carry
one (ISBN-13, a Spanish company CIF). Not checked (no public check digit or
none used): US SSNs, UK NI numbers, PAN, Nigerian NIN, Kenyan ids,
Pakistani CNIC, passports, licences, plates, bank account numbers and
staff, student, member, patient and customer numbers.

Styles (ids `blind98-<style>-NNN`; 240 records):
- `bench` (100): records in the manner of ai4privacy pii-masking-200k/300k/
  400k (odd mixed sentences dense with names, job titles, streets with
  building numbers and secondary addresses, IPs, MACs, user agents,
  card / CVV / expiry, IBAN / BIC), gretel-pii-masking-en-v1 (claims,
  contracts, leases, medical, loan and probate forms, notices) and
  Nemotron-PII (JSON, FHIR, log lines, SQL, XML, YAML, config, code,
  GEDCOM, tickets and forms).
- `gen` (90): one to four LLM-style sentences with personal data woven in
  (banking, health, pharmacy, legal, schools, HR, retail, travel,
  telecoms, housing, gaming, social media, security alerts, vets ...),
  names at the start, middle and end, lowercase and possessive.
- `table` (35): one small table per record (CSV, TSV, semicolon CSV,
  pipes / Markdown, fixed-width, JSON lines, YAML, key: value blocks),
  varied column names and non-PII columns; header rows unlabeled.
- `chat` (8): support chats, family and team chats, an SMS thread and a
  gaming channel, with speakers' names and the data they trade.
- `lookalike` (7): text full of non-PII that looks like PII (order,
  tracking, invoice and incident refs, SKUs, ISBNs, NDCs, lot numbers,
  IP-shaped versions and OIDs, hashes, serials, MACs, company phones, role
  mailboxes, eponyms, streets named after people with no number), with the
  few real PII values labeled; one has no PII at all.
Domains with extra weight: genealogy, funerals, wills and probate,
cemeteries and family history make up roughly a third of `gen` and `bench`
(obituaries, death and funeral notices, probate notices and inventories,
burial registers, grave deeds, census and parish entries, GEDCOM, DNA
matches, heir searches, estate accounts), and turn up in the other styles.

Languages: about nine records in ten are in English (US, UK, Ireland,
Canada, Australia, New Zealand, South Africa, Nigeria, Ghana, Kenya, India,
Singapore, the Philippines ... with names from the many cultures living
there); 26 are in Spanish (Spain, with Catalan, Basque and Galician names
and places: 6 gen, 6 bench, 2 table, 1 chat, 1 lookalike) or Persian
(Arabic script, Persian digits and romanized: 4 gen, 4 bench, 1 table,
1 chat).

Labeling conventions: those of make_blind22.py (and the sets before it), in
short:
- PERSON: any part of a name, lowercase or not, initials, middle names,
  nicknames (a quoted nickname inside a full name stays inside the span),
  "née X" (X is PERSON); a possessive "'s" is outside. TITLE: honorifics
  and ranks attached to a name, labeled apart; job titles are not TITLE
  and family words stay outside.
- ADDRESS: number + street (+ unit / flat / suite / floor), PO boxes,
  house and building names; city, district, county, state / province and
  country are LOCATION; postcodes of every shape are ZIP_CODE.
- DATE_TIME: a person's dates (birth, death, burial, baptism, marriage,
  appointment, hearing, visit, signature, letter ...) with a day or month,
  in any shape and calendar; a weekday or clock time said with the date is
  inside the span; not bare years, weekdays or times alone, durations, or
  dates not tied to a person (invoice, charge, renewal, expiry dates).
- AGE: the number only. USERNAME: handle without "@". URL: personal pages
  and profiles only. NRP: nationality, religion or political group.
- ID_NUMBER: national / tax / social-security ids, patient, staff,
  student, customer and member numbers, bank account numbers, non-US
  passports and licences, plates; US_SSN, US_PASSPORT, US_DRIVER_LICENSE,
  CREDIT_CARD, IBAN_CODE, IP_ADDRESS, PHONE_NUMBER, EMAIL_ADDRESS as their
  names say.
- Not labeled: passwords, API keys, genders, job titles, employers, user
  agents, MACs, sort codes, BSB, IFSC, BIC, CVVs and expiries, partial
  numbers ("ending 4417"), order / ticket / claim / policy / case /
  booking / tracking references, company phones and role mailboxes,
  versions, hashes, serials, pets, eponyms and brands, header rows.
- Calls made while writing this set: cemetery, church, hospital and
  funeral-home names, and grave, plot, section, row and niche numbers are
  unlabeled, and so are probate case numbers and certificate references;
  a street without a house number stays unlabeled even as a person's
  abode; bare years and "ABT 1921" style GEDCOM years are unlabeled, while
  Solar Hijri and Hebrew dates of a person are DATE_TIME; Spanish and
  Persian honorifics (Sra., Don, Doña, آقای, خانم) and ranks or clerical
  styles (Pte., Cpl., Capt., Sgt. Major, Rev., Father, Sen., Master, a
  Ghanaian "Nana" before a chief mourner's name) are TITLE, while kinship
  words (Auntie, Aunty, Tita, Uncle, Nana as grandmother, Paati) and "the
  late" / "شادروان" stay outside; every IPv4 / IPv6 address is IP_ADDRESS,
  servers' included, while IMEI, IMSI, crypto addresses and MACs are not
  labeled; a person's account dates in named fields or prose (last_login,
  activation, created_at, a sign-in alert, an approval) are DATE_TIME, but
  the leading timestamp of a log line and a log table's timestamp column
  are not; a charity named as a beneficiary is not PERSON; a "country"
  or "state" column is LOCATION, "nationality" and "religion" are NRP, a
  "relationship", "dept", "team" or "role" column is unlabeled.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_sets import write_and_report

OUT = Path(__file__).with_name("blind98.jsonl")

GEN = [
    """My grandmother [[PERSON:Eileen Margaret Doyle]] was born on [[DATE_TIME:14 February 1931]] in [[LOCATION:Ballinasloe]], [[LOCATION:County Galway]], and sailed for [[LOCATION:Boston]] when she was [[AGE:19]]. If anyone has parish records for her parents, [[PERSON:Patrick]] and [[PERSON:Nora Doyle]] (née [[PERSON:Kilbride]]), please write to me at [[EMAIL_ADDRESS:siobhan.doyle.roots@gmail.com]].""",
    """The funeral service for [[PERSON:Harold James Whitcombe]], [[AGE:87]], of [[LOCATION:Dunedin]] will be held on [[DATE_TIME:Friday 21 March at 11am]] at St Paul's Cathedral, followed by a private interment at Andersons Bay Cemetery.""",
    """hey its [[PERSON:marcus]] again, the locksmith never showed at [[ADDRESS:4417 Alder Creek Dr, Unit 12]] so i rebooked for [[DATE_TIME:6/18 at 2:30pm]]. text me on [[PHONE_NUMBER:512-390-7764]] if anything changes""",
    """Under the will of [[PERSON:Rosalind Akinyi Otieno]], signed on [[DATE_TIME:3rd September 2019]], the house at [[ADDRESS:22 Riverside Drive]], [[LOCATION:Westlands]], [[LOCATION:Nairobi]] passes to her daughter [[PERSON:Wanjiru]], and her son [[PERSON:Brian Otieno]] is named sole executor.""",
    """[[PERSON:Tan Wei Ling]] (NRIC [[ID_NUMBER:S8834517G]]) has been enrolled in the pottery course starting [[DATE_TIME:7 January 2025]]; her confirmation went to [[EMAIL_ADDRESS:weiling.tan88@yahoo.com.sg]] and the class meets on Tuesdays at 7pm.""",
    """Mi bisabuelo [[PERSON:Josep Maria Puigdomènech i Ferrer]] nació en [[LOCATION:Olot]] el [[DATE_TIME:2 de noviembre de 1889]] y murió en [[LOCATION:Buenos Aires]] sin volver nunca a [[LOCATION:Catalunya]]. Busco a cualquier descendiente de su hermana [[PERSON:Montserrat]]; podéis escribirme a [[EMAIL_ADDRESS:jordi.puigdomenech@xtec.cat]].""",
    """Please update the emergency contact for [[PERSON:Oluwaseun Adebayo-Cole]] to his wife, [[PERSON:Temitope]], on [[PHONE_NUMBER:+234 803 417 2290]].""",
    """I'm [[PERSON:Jessica Nguyen]], [[AGE:34]], and I'd like my prescription moved to your branch at [[ADDRESS:1820 W Broadway]], [[LOCATION:Vancouver]], [[LOCATION:BC]] [[ZIP_CODE:V6J 1Y9]]. My date of birth is [[DATE_TIME:09/22/1990]] and the best number is [[PHONE_NUMBER:604-771-3382]].""",
    """On [[DATE_TIME:12/04/2023]], [[PERSON:Ravi Shankar Iyer]] of [[ADDRESS:Flat 3B, Sai Krupa Apartments, 14th Cross]], [[LOCATION:Malleswaram]], [[LOCATION:Bengaluru]] [[ZIP_CODE:560003]] applied for a home loan of ₹48 lakh, quoting PAN [[ID_NUMBER:AGLPI4471K]].""",
    """War graves records show that [[TITLE:Pte.]] [[PERSON:Thomas Albert Hughes]] of the 2nd Battalion, Royal Welch Fusiliers, died of wounds on [[DATE_TIME:9 April 1917]], aged [[AGE:22]], and lies in Plot II, Row C, Grave 14 at Duisans British Cemetery near [[LOCATION:Arras]]. His mother, [[PERSON:Mrs. Ellen Hughes]], was then living at [[ADDRESS:7 Chapel Street]], [[LOCATION:Ruabon]].""",
    """The bride's parents, [[PERSON:Jaime]] and [[PERSON:Lourdes Villanueva]] of [[LOCATION:Quezon City]], request the pleasure of your company on [[DATE_TIME:Saturday, the 14th of June 2025]]. Kindly RSVP to Tita [[PERSON:Baby]] at [[PHONE_NUMBER:0917 552 8813]].""",
    """Can someone help? My login keeps failing. Username is [[USERNAME:kwame_asante_gh]], registered email [[EMAIL_ADDRESS:k.asante@outlook.com]], and the last successful sign-in was from [[IP_ADDRESS:41.215.160.88]].""",
    """After [[PERSON:Dorothy]]'s passing on the [[DATE_TIME:2nd of October]], her nephew [[PERSON:Graham Pettigrew]] applied for a grant of probate at the [[LOCATION:Leeds]] District Probate Registry; the estate includes her bungalow at [[ADDRESS:18 Moorland View]], [[LOCATION:Harrogate]] [[ZIP_CODE:HG2 7LB]].""",
    """Patient [[PERSON:Aroha Ngata]], [[AGE:41]], NHI [[ID_NUMBER:ZKT4821]], was seen in the [[LOCATION:Rotorua]] clinic on [[DATE_TIME:14/08/2024]] for a follow-up; her GP is [[PERSON:Dr. Simon Farrelly]].""",
    """My daughter [[PERSON:Leila Haddad]] starts Year 7 at the school on [[DATE_TIME:Monday 1 September]]. Her student number is [[ID_NUMBER:20391147]], and if she's unwell please call me, [[PERSON:Rania]], on [[PHONE_NUMBER:07700 614 392]].""",
    """In loving memory of [[PERSON:Bogdan Kowalczyk]], who fell asleep in the Lord on [[DATE_TIME:January 9, 2024]] at the age of [[AGE:92]]. A Polish-language Mass will be offered at St. Hyacinth Basilica, [[LOCATION:Chicago]], on [[DATE_TIME:January 16 at 10:00 a.m.]], and burial will follow at Resurrection Cemetery in [[LOCATION:Justice]], [[LOCATION:Illinois]].""",
    """[[PERSON:Chinedu Okafor]] wired £2,400 to his landlord from account [[ID_NUMBER:41827736]]; the receiving IBAN was [[IBAN_CODE:GB31 LOYD 3096 3813 4788 52]] and the reference was just "rent march".""",
    """Our new hire, [[PERSON:Priyanka Deshmukh]], joins the Pune office on [[DATE_TIME:April 3rd]] as a data engineer; her employee ID will be [[ID_NUMBER:EMP-208814]] and her laptop should be delivered to [[ADDRESS:B-702, Kumar Pebble Park, Handewadi Road]], [[LOCATION:Hadapsar]], [[LOCATION:Pune]] [[ZIP_CODE:411028]].""",
    """Hola, soy [[PERSON:Uxue Etxeberria Goikoetxea]]. Os escribo porque el recibo de la luz de marzo me ha llegado a mi antigua dirección; ahora vivo en [[ADDRESS:calle Urbieta 14, 3º izquierda]], [[ZIP_CODE:20006]] [[LOCATION:Donostia]]. Mi DNI es [[ID_NUMBER:72011458E]].""",
    """The 1901 census lists [[PERSON:William Henry Tanner]], a coal porter aged [[AGE:38]], at [[ADDRESS:14 Paradise Row]], [[LOCATION:Bethnal Green]], with his wife [[PERSON:Mary Ann]] and five children, the youngest of whom, [[PERSON:Florence]], was baptised on [[DATE_TIME:17 March 1900]].""",
    """Hi! I ordered the blue stroller but got a grey one. Could you send the right one to [[PERSON:Amelia Thornton]], [[ADDRESS:61 Kings Road]], [[LOCATION:Brighton]] [[ZIP_CODE:BN1 2HB]]? You can reach me on [[PHONE_NUMBER:+44 7481 209 337]].""",
    """The coroner's office has released the body of [[PERSON:Declan Foley]], [[AGE:56]], to Healy & Sons Funeral Directors; his sister [[PERSON:Bríd Foley]], who identified him on [[DATE_TIME:Tuesday 4 February]], is handling the arrangements and can be reached at [[PHONE_NUMBER:087 334 1902]].""",
    """During the audit we found that [[PERSON:jonathan mbeki]]'s account had been accessed from [[IP_ADDRESS:102.134.7.219]] and from [[IP_ADDRESS:2c0f:fb50:4003::1a2]] within the same hour, so his password was reset and a notice sent to [[EMAIL_ADDRESS:jmbeki@capeaccounting.co.za]].""",
    """Nana [[PERSON:Ruth Wiremu]]'s headstone unveiling will take place at Karori Cemetery on [[DATE_TIME:Sunday 9 November]], one year after she passed. Whānau who want to help with the hākari can contact [[PERSON:Mere]] on [[PHONE_NUMBER:021 448 3106]].""",
    """[[PERSON:Dr. Anjali Mehta]] has confirmed your appointment on [[DATE_TIME:Thursday, 22 May 2025, 9:40 AM]]. Please bring your Medicare card (number [[ID_NUMBER:2953 18200 1]]) and arrive ten minutes early.""",
    """Salam, man [[PERSON:Farhad]] hastam, [[AGE:29]] sale, az [[LOCATION:Esfahan]]. Shomare-ye hamrahe man [[PHONE_NUMBER:0913 208 4471]] ast va email-am [[EMAIL_ADDRESS:farhad.mousavi93@gmail.com]].""",
    """My father, [[PERSON:Sizwe Dlamini]], left everything to my mother in his will, but the bank says they need his ID number, [[ID_NUMBER:7606025345080]], and the death certificate before they can release the funds in account [[ID_NUMBER:62 0841 7723]].""",
    """We're trying to trace the [[PERSON:McAllister]] line: [[PERSON:Hugh McAllister]] married [[PERSON:Jane Orr]] at [[LOCATION:Ballymoney]] on [[DATE_TIME:12 Dec 1868]], and their son [[PERSON:Samuel]] appears in [[LOCATION:Dunedin]] by 1891. Any [[PERSON:McAllister]] cousins in [[LOCATION:New Zealand]] are welcome to get in touch.""",
    """Rental application: [[PERSON:Marisol Ortega]], DOB [[DATE_TIME:1988-07-03]], current address [[ADDRESS:2290 Calle Loma, Apt 5]], [[LOCATION:Tucson]], [[LOCATION:AZ]] [[ZIP_CODE:85705]], SSN [[US_SSN:612-48-3390]], monthly income $4,850.""",
    """The last time anyone heard from [[PERSON:Ayesha Rahman]] was on [[DATE_TIME:28 July at about 9pm]], when she messaged her flatmate from [[LOCATION:Whitechapel]]; police ask anyone with information to call 101.""",
    """[[PERSON:Mr Lindani]] and [[PERSON:Mrs Nomvula Khumalo]] would like to thank everyone who supported the family after the loss of their son [[PERSON:Thabo]], who passed away on [[DATE_TIME:18 August 2024]] aged [[AGE:24]].""",
    """please cancel the gym membership for [[PERSON:liam o'connor]], member no [[ID_NUMBER:PF-3391072]]. I moved to [[LOCATION:Galway]] and there's no branch here. card on file is the one ending 4417, don't charge it again""",
    """[[PERSON:Xoán Carballeira Outeiro]], veciño de [[LOCATION:Ourense]], solicitó el [[DATE_TIME:15 de enero]] la exhumación de los restos de su abuelo [[PERSON:Manuel]] del cementerio de [[LOCATION:San Francisco]] para trasladarlos al panteón familiar en [[LOCATION:Allariz]].""",
    """[[PERSON:Hamid Karimi]]'s landlord in [[LOCATION:Toronto]] kept the deposit; [[PERSON:Hamid]]'s lawyer, [[PERSON:Ms. Leah Goldberg]], filed the claim on [[DATE_TIME:March 11, 2025]] and listed his SIN as [[ID_NUMBER:527 188 304]] by mistake, so the form had to be redacted.""",
    """The obituary in the Courier says that [[PERSON:Margaret "Peggy" Lindqvist]] died peacefully at home in [[LOCATION:Duluth]] on [[DATE_TIME:Oct. 3]], surrounded by family; she was [[AGE:94]] and a lifelong member of Bethany Lutheran Church.""",
    """Sorry for the late reply, [[PERSON:Kemi]]! The venue for the naming ceremony is [[ADDRESS:12 Adeola Odeku Street]], [[LOCATION:Victoria Island]], [[LOCATION:Lagos]], and it starts at 11. My number is [[PHONE_NUMBER:0809 112 7745]] if you get lost.""",
    """[[PERSON:Hoang Van Duc]], born [[DATE_TIME:5 May 1962]] in [[LOCATION:Hai Phong]], arrived in [[LOCATION:Melbourne]] as a refugee in 1979; his naturalisation certificate is in the family papers his granddaughter [[PERSON:Lily Hoang]] is now digitising.""",
    """I need to change the delivery address on my order to [[ADDRESS:PO Box 1187]], [[LOCATION:Alice Springs]] [[LOCATION:NT]] [[ZIP_CODE:0871]]. Name on the account is [[PERSON:Brendan Tjungurrayi]], phone [[PHONE_NUMBER:0438 910 227]].""",
    """[[TITLE:خانم]] [[PERSON:مریم احمدی‌نژاد]] متولد [[DATE_TIME:۱۲ اردیبهشت ۱۳۶۸]] در [[LOCATION:شیراز]] است و برای تمدید گذرنامه‌اش نوبت [[DATE_TIME:۳ آذر ساعت ۹:۳۰]] گرفته است. شماره تماس او [[PHONE_NUMBER:۰۹۱۷ ۳۱۲ ۴۴۸۰]] است.""",
    """Grandpa's old address book had Auntie [[PERSON:Pearl]]'s address as [[ADDRESS:31 Bay Street]], [[LOCATION:Kingston]], [[LOCATION:Jamaica]], but [[PERSON:Pearl]] moved to [[LOCATION:Brixton]] in 1962 and died there on [[DATE_TIME:4 June 1998]].""",
    """The claims adjuster, [[PERSON:Rebecca Stein]], visited [[TITLE:Mr.]] and [[TITLE:Mrs.]] [[PERSON:Alvarez]]' home at [[ADDRESS:915 Maple Ave]], [[LOCATION:Cedar Rapids]], [[LOCATION:IA]] on [[DATE_TIME:July 2]] to inspect the hail damage; her direct line is [[PHONE_NUMBER:(319) 846-2207]].""",
    """[[PERSON:Siddharth]] and I are getting married on [[DATE_TIME:12.12.2025]] in [[LOCATION:Jaipur]]! Save the date, and send your address to [[EMAIL_ADDRESS:ananya.sid.wedding@gmail.com]] so we can post the invitations.""",
    """Kindly note that [[PERSON:Mrs. Grace Wanjiku Mwangi]] of [[LOCATION:Nyeri]] died on [[DATE_TIME:20th January 2025]]; her estate is being administered by her son [[PERSON:Peter Mwangi Kariuki]], ID [[ID_NUMBER:23481907]], who may be contacted on [[PHONE_NUMBER:0722 614 830]].""",
    """Our volunteer driver [[PERSON:Gurpreet Singh Sandhu]] will pick [[PERSON:Mrs. Ellison]] up at [[ADDRESS:48 Wattle Grove]], [[LOCATION:Ballarat]] at 8:15 for her hospital appointment on [[DATE_TIME:Wednesday 16 April]].""",
    """La familia de [[PERSON:Arantxa Zubizarreta Olaizola]], fallecida en [[LOCATION:Bilbao]] el pasado [[DATE_TIME:3 de febrero]] a los [[AGE:81]] años, agradece las muestras de cariño recibidas. El funeral se celebrará en la iglesia de San Antón el [[DATE_TIME:sábado 8 a las 12:00]].""",
    """I was double charged at the hotel in [[LOCATION:Cebu]]; the card is [[CREDIT_CARD:4761 7300 9184 4327]] and the booking was under [[PERSON:Ma. Cristina Dela Rosa]] for check-in on [[DATE_TIME:Dec 20]].""",
    """When great-aunt [[PERSON:Hannah Rosenbaum]] came to [[LOCATION:New York]] in 1923 she gave her age as [[AGE:17]], but her [[LOCATION:Białystok]] birth record says [[DATE_TIME:8 Elul 5663]], which is [[DATE_TIME:31 August 1903]].""",
    """The account holder, [[PERSON:Mei Chen]], reported her phone stolen on [[DATE_TIME:Sunday night, 2 March]]; the SIM for [[PHONE_NUMBER:0412 733 908]] has been blocked and a replacement will be posted to [[ADDRESS:5/27 Hercules Street]], [[LOCATION:Chatswood]] [[LOCATION:NSW]] [[ZIP_CODE:2067]].""",
    """[[PERSON:Abdirahman Warsame]], [[AGE:45]], a taxi driver from [[LOCATION:Minneapolis]], told the council that his cousin [[PERSON:Fadumo]] had waited eight months for a housing voucher.""",
    """Beneficiaries named in the trust are [[PERSON:Oliver]], [[PERSON:Charlotte]] and [[PERSON:Henry Baxter-Quinn]], each to receive an equal share on reaching [[AGE:25]]; [[PERSON:Sir Anthony Baxter-Quinn]] and [[PERSON:Ms. Fiona Lyle]] act as trustees.""",
    """My cat got out again, if anyone in [[LOCATION:Leith]] sees a ginger tom called Biscuit please ring [[PERSON:Callum]] on [[PHONE_NUMBER:07912 448 105]] or bring him to [[ADDRESS:3F2, 19 Easter Road]].""",
    """[[PERSON:Fatemeh Rostami]]'s grave is in section 62 of Behesht-e Zahra in [[LOCATION:Tehran]]; she died on [[DATE_TIME:17 Dey 1399]] ([[DATE_TIME:6 January 2021]]), and her son [[PERSON:Ali]] still visits every Thursday.""",
    """The plaintiff, [[PERSON:Kayode Balogun]], alleges that on or about [[DATE_TIME:June 14, 2023]] the defendant's driver rear-ended his vehicle, plate [[ID_NUMBER:KJA 417 GH]], on the Third Mainland Bridge.""",
    """Student [[PERSON:Ngozi Eze]] (matric no. [[ID_NUMBER:UNN/2019/248113]]) has been cleared for graduation; her transcript will be sent to [[EMAIL_ADDRESS:ngozi.eze19@unn.edu.ng]] by the end of November.""",
    """We lost mum, [[PERSON:Christine Anne Palmer]], on [[DATE_TIME:Tuesday 11 February 2025]] at [[AGE:71]]. The service is at Woden Valley crematorium, and in lieu of flowers donations can go to the Cancer Council in her name.""",
    """Hi [[PERSON:Tomás]], it's [[PERSON:Eduardo]] from the dealership. Your car is ready; the loan paperwork lists your license as [[US_DRIVER_LICENSE:D412-778-39-021-0]] and your address as [[ADDRESS:77 Sunset Blvd, Apt 3]], [[LOCATION:Hialeah]], [[LOCATION:FL]] [[ZIP_CODE:33010]] — is that still right?""",
    """The records clerk found that [[PERSON:Johanna Petronella van der Merwe]], widow of [[PERSON:Gert van der Merwe]], was buried on [[DATE_TIME:3 May 1952]] in the [[LOCATION:Graaff-Reinet]] cemetery; her death notice lists eight children, the eldest [[PERSON:Koos]] then living in [[LOCATION:Bloemfontein]].""",
    """Note for the file: spoke to [[PERSON:kevin tran]] at 3pm, he wants the refund to go to the same card, [[CREDIT_CARD:5200 8211 7734 9020]], and not to his PayPal ([[EMAIL_ADDRESS:kevtran.art@icloud.com]]).""",
    """[[PERSON:Dr. Sarah Okonkwo-Bright]] will present the family history workshop at [[LOCATION:Croydon]] library; places are free but must be booked through [[PERSON:Janet]] on [[PHONE_NUMBER:020 8726 4419]].""",
    """Passport renewal for [[PERSON:Arjun Malhotra]], Indian passport [[ID_NUMBER:Z4472918]], expiring 30/09/2025; applicant's current address in [[LOCATION:Singapore]] is [[ADDRESS:Blk 418 Serangoon Central, #09-112]], [[ZIP_CODE:550418]].""",
    """مراسم ختم شادروان [[PERSON:حسین رضایی]] روز [[DATE_TIME:جمعه ۱۸ آبان ۱۴۰۲ ساعت ۱۵]] در مسجد الجواد برگزار می‌شود. پسرش [[PERSON:امیر]] از دوستان و آشنایان دعوت کرده است.""",
    """Hey, this is [[PERSON:Chloe]] from upstairs (flat 4). Someone left a parcel for [[PERSON:D. Abernethy]] at our door — it's addressed to [[ADDRESS:Flat 2, 88 Gloucester Terrace]], so I guess that's you?""",
    """The deceased, [[PERSON:Juan Pablo Restrepo]], a Colombian national born [[DATE_TIME:11 November 1966]], held a UK residence permit and a bank account with number [[ID_NUMBER:30965512]] at the [[LOCATION:Stockwell]] branch.""",
    """We have your booking, [[PERSON:Ms. Haruka Sato]]: two nights from [[DATE_TIME:Friday 4 July]] in a twin room. The card used, [[CREDIT_CARD:3566 0020 4471 9280]], will be charged on arrival.""",
    """At [[AGE:103]], [[PERSON:Isabella "Bella" Russo]] of [[LOCATION:Leichhardt]] is the oldest parishioner at St Fiacre's, and her great-grandson [[PERSON:Luca]] is collecting her stories of growing up in [[LOCATION:Calabria]].""",
    """[[TITLE:Sra.]] [[PERSON:Núria Casals Vilaró]], le confirmamos la cita para la lectura del testamento de su padre, [[PERSON:Pere Casals]], el [[DATE_TIME:jueves 12 de junio a las 10:30]] en la notaría de la calle Major de [[LOCATION:Lleida]]. Traiga su DNI ([[ID_NUMBER:47382916H]]).""",
    """Security alert: a new device signed in to [[USERNAME:r.okoro]] on [[DATE_TIME:Apr 7, 2025 at 23:14]] from [[IP_ADDRESS:197.210.55.142]] ([[LOCATION:Abuja]], [[LOCATION:Nigeria]]). If this wasn't you, reset your password.""",
    """I'm looking for anyone who knew my birth mother, [[PERSON:Sandra Kay Whitfield]], who gave me up for adoption at [[LOCATION:Tulsa]] on [[DATE_TIME:August 14, 1974]]; she would have been about [[AGE:17]]. My name then was Baby Boy [[PERSON:Whitfield]]; now I'm [[PERSON:Michael Lehner]].""",
    """[[PERSON:Mohammed Al-Sayed]] is due to give evidence at the tribunal on [[DATE_TIME:2 October 2025 at 10am]]; his representative, [[PERSON:Ms. Nadia Chaudhry]], asks that correspondence go to [[EMAIL_ADDRESS:n.chaudhry@chaudhrylegal.co.uk]].""",
    """The vet said [[PERSON:Sam Kiplagat]]'s dog needs surgery; [[PERSON:Sam]] paid the deposit through M-Pesa from [[PHONE_NUMBER:0711 208 935]] on [[DATE_TIME:Saturday 15th]].""",
    """Our family reunion will be on [[DATE_TIME:July 19th]] at Uncle [[PERSON:Ray]]'s farm, [[ADDRESS:4120 County Road 9]], [[LOCATION:Tupelo]], [[LOCATION:MS]]. Bring a dish and any old photos of Grandma [[PERSON:Odessa]] and Grandpa [[PERSON:Lucius Washington]] for the slideshow.""",
    """Please amend the death registration for [[PERSON:Aisling Ní Bhriain]]: her date of birth was [[DATE_TIME:19/03/1944]], not [[DATE_TIME:19/08/1944]], and her PPS number is [[ID_NUMBER:6437201A]].""",
    """[[PERSON:Jae-won Park]] told the interviewer he was [[AGE:52]] and had run the dry cleaner on [[ADDRESS:2715 W Olympic Blvd]] in [[LOCATION:Koreatown]] since his father, [[PERSON:Park Young-sik]], retired.""",
    """This is a reminder that the council tax for [[ADDRESS:9 Elm Close]], [[LOCATION:Swindon]] [[ZIP_CODE:SN3 4QT]] is still registered to the late [[PERSON:Mr. Peter Allsop]]; his executor, [[PERSON:Karen Allsop]], should contact us to close the account.""",
    """Buenas, soy [[PERSON:Brais]]. ¿Alguien sabe si el registro civil de [[LOCATION:Lugo]] da partidas de nacimiento anteriores a 1900? Busco la de mi tatarabuela, [[PERSON:Uxía Vázquez Rei]], que creo que nació en [[LOCATION:Sarria]] hacia [[DATE_TIME:agosto de 1871]].""",
    """My flatmate [[PERSON:Zainab]] used my card ([[CREDIT_CARD:4012 8881 7733 6654]]) to book flights without asking — can I dispute the charge? I'm [[PERSON:Hafsa Siddiqui]], [[AGE:23]], studying in [[LOCATION:Manchester]].""",
    """Lot 42 in the estate sale includes letters from [[PERSON:Cornelius Vanderbilt]]? No — the auction house confirmed they were written by [[PERSON:Cornelius Van Buren]], a farmer of [[LOCATION:Kinderhook]], to his wife [[PERSON:Sarah]] between [[DATE_TIME:May]] and [[DATE_TIME:September 1864]].""",
    """Interview scheduled: [[PERSON:Anh Thu Pham]] with [[PERSON:Carlos]] from the hiring team on [[DATE_TIME:Mon 10 Mar, 14:00–14:45]]. Candidate phone [[PHONE_NUMBER:+61 491 570 006]].""",
    """The [[PERSON:Hendricks]] family plot at Oak Hill holds [[PERSON:Josiah]] (died [[DATE_TIME:Feb. 2, 1881]]), his wife [[PERSON:Mercy]], and their infant daughter [[PERSON:Lydia]], whose stone reads only "aged [[AGE:2]]".""",
    """Salam, [[PERSON:Negin]] hastam. Mikhastam begam ke ghabr-e pedarbozorgam, [[PERSON:Mahmoud Sadeghi]], too-ye Aramgah-e [[LOCATION:Mashhad]] ast va tarikh-e fot-esh [[DATE_TIME:5 Esfand 1385]] bude.""",
    """[[PERSON:Mr. Adeyemi]], your new council flat at [[ADDRESS:Flat 14, Gorsefield House, 9 East India Dock Road]], [[LOCATION:London]] [[ZIP_CODE:E14 6JE]] will be ready from [[DATE_TIME:1 September]]; collect your keys from the housing office.""",
    """My late husband [[PERSON:Ronald]]'s pension hasn't been stopped and I'm worried about an overpayment. His National Insurance number was [[ID_NUMBER:JT 41 73 90 C]] and he died on [[DATE_TIME:27 November 2024]].""",
    """Hi, I'm [[PERSON:Priya]] from [[LOCATION:Leicester]], [[AGE:38]], mum of two. I run a small henna business from home and you can find my work at [[URL:https://www.instagram.com/hennabypriya_lei]].""",
    """[[PERSON:Elias Haddad]] was admitted on [[DATE_TIME:4/9/2025 at 06:20]] with chest pain; his medical record number is [[ID_NUMBER:MRN 00481377]] and his next of kin is his brother [[PERSON:Georges]].""",
    """Good news: the DNA match confirmed that [[PERSON:Leonie Brandt]] of [[LOCATION:Adelaide]] and [[PERSON:Klaus Brandt]] of [[LOCATION:Hamburg]] share a great-grandfather, [[PERSON:Friedrich Wilhelm Brandt]], who emigrated in 1883.""",
    """The hospital chaplain asked whether [[PERSON:Mrs. Miriam Katz]], who is [[NRP:Jewish]], would like a rabbi to visit before her surgery on [[DATE_TIME:Monday, April 14]]; her son [[PERSON:Avi]] said yes and left his cell, [[PHONE_NUMBER:+1 718 336 2094]].""",
    """gg to [[USERNAME:NightOwl_Kez]] for carrying the whole lobby lol. if you want to join our clan DM me, I'm [[PERSON:Kezia]] ([[USERNAME:kez.amoah]] on insta), [[AGE:19]], from [[LOCATION:Kumasi]] but living in [[LOCATION:Leeds]] now""",
    """Your private viewing of [[ADDRESS:27 Tui Street]], [[LOCATION:Ponsonby]] is booked for [[DATE_TIME:Saturday 22 March at 1:15pm]]. If you're running late, text [[PERSON:Sandeep Rao]] on [[PHONE_NUMBER:021 884 3307]].""",
    """Does anyone have a photo of [[TITLE:Cpl.]] [[PERSON:Eric Tamaki]], 28th Māori Battalion, killed at [[LOCATION:Cassino]] on [[DATE_TIME:18 February 1944]]? His niece, [[PERSON:Huia Tamaki-Reid]], is putting together a whakapapa book and can be emailed at [[EMAIL_ADDRESS:huia.tr@gmail.com]].""",
    """[[PERSON:Shirin Farahani]], [[AGE:67]], left [[LOCATION:Tehran]] in 1979 and has taught Persian calligraphy in [[LOCATION:Los Angeles]] ever since; her granddaughter [[PERSON:Dara]] says the family is [[NRP:Baháʼí]] and that [[PERSON:Shirin]]'s brother was jailed for it.""",
]

BENCH = [
    """Dear [[PERSON:Delphine Aubert-Mensah]], as Lead Intranet Strategist you are asked to confirm the compliance training on [[DATE_TIME:03/11/2024]] from your registered device ([[IP_ADDRESS:58.193.211.7]], MAC 3c:22:fb:91:0e:4d). Reply to [[EMAIL_ADDRESS:delphine.aubert@northgate-ins.com]] or call [[PHONE_NUMBER:+33 6 41 27 88 03]].""",
    """NOTICE TO CREDITORS. Estate of [[PERSON:EVELYN RUTH MARCHETTI]], Deceased. Case No. 2025-PR-00418. All persons having claims against the estate of the decedent, who died on [[DATE_TIME:January 27, 2025]], a resident of [[LOCATION:Maricopa County]], [[LOCATION:Arizona]], must present them within four months to the Personal Representative, [[PERSON:Daniel J. Marchetti]], c/o [[ADDRESS:2001 N Central Ave, Suite 650]], [[LOCATION:Phoenix]], [[LOCATION:AZ]] [[ZIP_CODE:85004]].""",
    """{"record_id": "INT-7731", "deceased": {"first_name": "[[PERSON:Mildred]]", "middle_name": "[[PERSON:Iona]]", "last_name": "[[PERSON:Fairweather]]", "date_of_birth": "[[DATE_TIME:1929-05-17]]", "date_of_death": "[[DATE_TIME:2024-12-30]]", "age": [[AGE:95]], "ssn": "[[US_SSN:430-22-6718]]"}, "informant": {"name": "[[PERSON:Carol Fairweather-Beck]]", "relationship": "daughter", "phone": "[[PHONE_NUMBER:501-663-2094]]", "email": "[[EMAIL_ADDRESS:carol.beck@windstream.net]]"}, "disposition": "burial", "cemetery": "Oakland Cemetery", "section": "F", "lot": "112"}""",
    """2025-02-14 08:12:55,301 INFO  [auth-svc] login success user=[[USERNAME:tkowalski]] email=[[EMAIL_ADDRESS:tomasz.kowalski@brightline.pl]] src=[[IP_ADDRESS:83.24.117.9]] ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0 Safari/537.36" session=9f3a1c77e2""",
    """INSURANCE CLAIM FORM — Section A: Claimant. Name: [[PERSON:Obinna Chukwuemeka Eze]]. Date of birth: [[DATE_TIME:02 Oct 1979]]. Address: [[ADDRESS:17 Harcourt Road]], [[LOCATION:Port Harcourt]], [[LOCATION:Rivers State]]. Policy no.: NGL-HM-0048821. Claim ref.: CLM/25/00317. Date of loss: 18 January 2025. Description: flooding damaged ground floor and generator. Contact: [[PHONE_NUMBER:+234 (0) 703 551 2980]].""",
    """The account of [[PERSON:Mr. Keanu Kahananui]], Regional Quality Supervisor, was flagged after a payment with card [[CREDIT_CARD:4539 1488 0343 6780]] (exp 09/27, CVV 512) from [[IP_ADDRESS:2603:800c:1a02:4f00:9d2e:51ff:fe3b:7a10]]. Billing address on file: [[ADDRESS:94-1021 Waipahu St, Apt 3C]], [[LOCATION:Waipahu]], [[LOCATION:HI]] [[ZIP_CODE:96797]].""",
    """IN THE ESTATE OF [[PERSON:Albert Ernest Pomfret]], late of [[ADDRESS:Rose Cottage, 3 Mill Lane]], [[LOCATION:Long Melford]], [[LOCATION:Sudbury]], [[LOCATION:Suffolk]] [[ZIP_CODE:CO10 9DY]], retired engineer, who died on [[DATE_TIME:6 August 2024]]. Claims to [[PERSON:Helen Margaret Pomfret]] and [[PERSON:Simon Pomfret]], executors, c/o Birketts LLP, by 30 April 2025.""",
    """INSERT INTO burial_register (plot_id, surname, given_names, dob, dod, interment_date, next_of_kin, nok_phone) VALUES ('C-14-07', '[[PERSON:O'Rourke]]', '[[PERSON:Michael Joseph]]', '[[DATE_TIME:1941-03-02]]', '[[DATE_TIME:2025-01-19]]', '[[DATE_TIME:2025-01-24]]', '[[PERSON:Siobhán O'Rourke-Lynch]]', '[[PHONE_NUMBER:+353 86 274 1193]]');""",
    """Patient: [[PERSON:Guadalupe Ramírez Soto]] | MRN: [[ID_NUMBER:004417893]] | DOB: [[DATE_TIME:11/30/1957]] | Age: [[AGE:67]] | Admitted: [[DATE_TIME:03/02/2025 22:47]] | Attending: [[PERSON:Dr. Nathaniel Osei]] | Dx: NSTEMI | Insurance: Medicare, beneficiary ID [[ID_NUMBER:5TQ2-HW8-KJ41]] | Emergency contact: [[PERSON:Rosa Soto]] (daughter), [[PHONE_NUMBER:(956) 218-4470]].""",
    """Transfer confirmation: sender [[PERSON:Lars Henrik Bakke]], IBAN [[IBAN_CODE:DE44 5001 0517 5407 3249 31]], beneficiary [[PERSON:Amira Benali]], IBAN [[IBAN_CODE:FR76 3000 4008 2100 0105 5720 801]], BIC BNPAFRPPXXX, amount EUR 1,250.00, value date 2025-03-04, reference "deposit flat 3".""",
    """<person id="p204"><name><given>[[PERSON:Johann Georg]]</given><surname>[[PERSON:Schüler]]</surname></name><birth date="[[DATE_TIME:1834-11-08]]" place="[[LOCATION:Württemberg]]"/><emigration year="1853" port="Bremen"/><death date="[[DATE_TIME:1902-02-14]]" place="[[LOCATION:New Braunfels]], [[LOCATION:Texas]]"/><spouse ref="p205">[[PERSON:Anna Maria Klein]]</spouse></person>""",
    """The lease agreement is made on [[DATE_TIME:1 March 2025]] between [[PERSON:Harpreet Kaur Gill]] (Landlord), of [[ADDRESS:55 Woodside Crescent]], [[LOCATION:Brampton]], [[LOCATION:ON]] [[ZIP_CODE:L6T 3K8]], and [[PERSON:Diego Fernández]] (Tenant), whose SIN is [[ID_NUMBER:046 298 121]], for the basement unit at the same address at $1,650 per month.""",
    """Ticket #48812 | Opened by: [[PERSON:Yuki Tanabe]] ([[EMAIL_ADDRESS:yuki.tanabe@kestrel-logistics.jp]]) | Priority: High | Subject: VPN drops every 10 min | Details: client IP [[IP_ADDRESS:10.44.17.203]], public IP [[IP_ADDRESS:126.88.201.54]], laptop serial PF3K9X2Z, Windows 11 23H2. Callback: [[PHONE_NUMBER:+81 90-4417-2283]].""",
    """ESQUELA. Falleció en [[LOCATION:Vitoria-Gasteiz]] el día [[DATE_TIME:12 de marzo de 2025]], a los [[AGE:88]] años de edad, [[TITLE:Don]] [[PERSON:Iñaki Aguirre Larrañaga]], viudo de [[TITLE:Doña]] [[PERSON:Begoña Ibarra]]. Sus hijos, [[PERSON:Mikel]] y [[PERSON:Edurne]], ruegan una oración por su alma. Funeral: [[DATE_TIME:sábado 15, a las 11:00]], parroquia de San Miguel.""",
    """Employee onboarding: full name [[PERSON:Thandiwe Mokoena]], ID number [[ID_NUMBER:9211270124088]], tax number [[ID_NUMBER:0417382959]], start date [[DATE_TIME:2025-04-01]], position Junior Actuarial Analyst, bank: FNB, account [[ID_NUMBER:62880431179]], branch code 250655, residential address [[ADDRESS:12 Jacaranda Street]], [[LOCATION:Hatfield]], [[LOCATION:Pretoria]], [[ZIP_CODE:0083]], cell [[PHONE_NUMBER:082 417 6630]].""",
    """[[PERSON:Kasandra Wiley-Obuya]], our Forward Marketing Associate, asked that her salary be paid into [[IBAN_CODE:IE33 BOFI 9000 1712 8733 45]] from April onward; her previous account, ending 0291, should be closed. Her login is [[USERNAME:kwiley_obuya]] and she works remotely from [[LOCATION:Cork]].""",
    """Memorial order form — Monument: grey granite upright, 24x30. Inscription: "In loving memory of [[PERSON:Walter Kenneth Briggs]], [[DATE_TIME:April 9, 1938]] – [[DATE_TIME:November 2, 2024]], and his wife [[PERSON:June Briggs]], [[DATE_TIME:Feb 14, 1941]] –". Cemetery: Riverside, Section 9, Lot 44. Purchaser: [[PERSON:Gary Briggs]], [[ADDRESS:802 Elm St]], [[LOCATION:Mankato]], [[LOCATION:MN]] [[ZIP_CODE:56001]]; tel. [[PHONE_NUMBER:507-388-1265]]. Deposit paid by card [[CREDIT_CARD:5425 2334 3010 9101]].""",
    """users:
  - id: 1183
    name: [[PERSON:Adaeze Nwosu]]
    email: [[EMAIL_ADDRESS:adaeze.nwosu@paystackmail.ng]]
    role: admin
    last_login: [[DATE_TIME:2025-03-09T17:42:10+01:00]]
    last_ip: [[IP_ADDRESS:105.112.44.190]]
  - id: 1184
    name: [[PERSON:Emeka Obi]]
    email: [[EMAIL_ADDRESS:e.obi@paystackmail.ng]]
    role: viewer
    last_login: [[DATE_TIME:2025-03-08T09:03:55+01:00]]
    last_ip: [[IP_ADDRESS:197.211.58.7]]""",
    """Application for Letters of Administration. Intestate: [[PERSON:Rajesh Kumar Pillai]], date of death [[DATE_TIME:22/10/2024]], last address [[ADDRESS:7 Tampines Street 81, #04-219]], [[LOCATION:Singapore]] [[ZIP_CODE:520007]], NRIC [[ID_NUMBER:S7712083A]]. Applicant: [[PERSON:Lakshmi Pillai]], widow, NRIC [[ID_NUMBER:T0271946G]], mobile [[PHONE_NUMBER:9127 4408]].""",
    """Hey [[PERSON:Marguerite]]! Your subscription renews on 05/19 using card [[CREDIT_CARD:6011 5432 8891 2044]]. Your shipping address is [[ADDRESS:4402 Pine Hollow Rd]], [[LOCATION:Asheville]], [[LOCATION:NC]] [[ZIP_CODE:28806]] and your username is [[USERNAME:margot_fernsby]]. Not you? Contact support.""",
    """const contact = {
  fullName: "[[PERSON:Aleksandra Wiśniewska]]",
  phone: "[[PHONE_NUMBER:+48 601 228 914]]",
  email: "[[EMAIL_ADDRESS:ola.wisniewska@onet.pl]]",
  pesel: "[[ID_NUMBER:85071203468]]",
  address: { street: "[[ADDRESS:ul. Długa 17/4]]", city: "[[LOCATION:Gdańsk]]", zip: "[[ZIP_CODE:80-827]]" },
  newsletter: false,
};""",
    """LOAN APPLICATION. Applicant: [[PERSON:Kwabena Owusu-Ansah]]. DOB: [[DATE_TIME:23rd July 1985]]. Marital status: married. Dependants: 2. Employer: Volta Shipping Ltd. Occupation: Port operations manager. Annual income: GBP 58,000. Current address: [[ADDRESS:Flat 9, Harland Court, 41 Station Road]], [[LOCATION:Croydon]] [[ZIP_CODE:CR0 2RB]] (since [[DATE_TIME:June 2019]]). NI number: [[ID_NUMBER:SP 22 84 71 B]]. Bank: [[IBAN_CODE:GB65 MIDL 4005 1571 6039 21]].""",
    """Family tree export (GEDCOM 5.5.1):
0 @I12@ INDI
1 NAME [[PERSON:Bridget]] /[[PERSON:Callaghan]]/
1 SEX F
1 BIRT
2 DATE [[DATE_TIME:12 MAR 1858]]
2 PLAC [[LOCATION:Skibbereen]], [[LOCATION:Cork]], [[LOCATION:Ireland]]
1 DEAT
2 DATE ABT 1921
2 PLAC [[LOCATION:Fall River]], [[LOCATION:Massachusetts]]
1 FAMS @F4@
0 @I13@ INDI
1 NAME [[PERSON:Timothy]] /[[PERSON:Sheehan]]/
1 BIRT
2 DATE [[DATE_TIME:4 JAN 1855]]""",
    """The witness, [[PERSON:Ms. Olamide Fashola]], [[AGE:31]], a pharmacist residing at [[ADDRESS:22B Bode Thomas Street]], [[LOCATION:Surulere]], stated that on the night of [[DATE_TIME:9 February 2025]] she saw the accused, [[PERSON:Tunde Bakare]], leave the premises with a laptop bag.""",
    """Contrato de arrendamiento. En [[LOCATION:Santiago de Compostela]], a [[DATE_TIME:1 de abril de 2025]]. De una parte, [[PERSON:Antía Fernández Castro]], con DNI [[ID_NUMBER:39920471S]] y domicilio en [[ADDRESS:Rúa do Vilar 32, 2.º B]], [[ZIP_CODE:15705]]; de otra, [[PERSON:Pau Ribas Soler]], con NIE [[ID_NUMBER:X4817263M]]. La renta se abonará en la cuenta [[IBAN_CODE:ES71 0182 5322 2602 0150 3947]].""",
    """[2025-01-03 21:07:44] WARN payment declined card=[[CREDIT_CARD:5191780322456182]] holder="[[PERSON:J. Okonjo]]" amount=89.99 EUR ip=[[IP_ADDRESS:77.111.245.18]] reason=insufficient_funds order=ORD-5521873""",
    """To whom it may concern: this certifies that [[PERSON:Liang Jiaqi]], born [[DATE_TIME:August 3, 2001]], passport no. [[ID_NUMBER:EJ4471920]], has been enrolled as a full-time student in the MSc Data Science program from [[DATE_TIME:September 9, 2024]]. Student ID: [[ID_NUMBER:2410038817]]. Registrar: [[PERSON:Prof. Helen Marsh]].""",
    """Cremation authorization. Decedent: [[PERSON:Rosemary Theresa Kowalski]], DOD [[DATE_TIME:2/11/2025]], place of death: St. Joseph's Hospice, [[LOCATION:Buffalo]], [[LOCATION:NY]]. Authorizing agent: [[PERSON:Stanley Kowalski Jr.]], son, address [[ADDRESS:117 Fillmore Ave]], [[LOCATION:Buffalo]], [[LOCATION:NY]] [[ZIP_CODE:14210]], driver license [[US_DRIVER_LICENSE:482 193 776]]. Remains to be released to [[PERSON:Stanley]] in a temporary container.""",
    """[[PERSON:Nurse Precious Mahlangu]] noted that the patient, [[PERSON:Mr. Jabulani Zulu]] ([[AGE:72]]), refused his evening meds on [[DATE_TIME:14 March at 18:30]]; his daughter [[PERSON:Lerato]] was phoned on [[PHONE_NUMBER:071 883 0542]].""",
    """Order #ZX-40018 — Ship to: [[PERSON:Ingrid Solberg]], [[ADDRESS:Storgata 14B]], [[ZIP_CODE:0155]] [[LOCATION:Oslo]], [[LOCATION:Norway]]. Phone: [[PHONE_NUMBER:+47 928 41 337]]. Paid with card ending 3310. Gift message: "Til mormor, gratulerer med [[AGE:80]]-årsdagen!" (gift wrap).""",
    """[[PERSON:محمدرضا کریمی]]، کارمند بانک ملت، با کد ملی [[ID_NUMBER:1288403925]] و شماره شبای [[IBAN_CODE:IR41 0120 0000 0000 4182 7364 55]] درخواست وام مسکن داده است. نشانی: [[ADDRESS:خیابان ولیعصر، کوچه نسترن، پلاک ۱۴، واحد ۳]]، [[LOCATION:تهران]]؛ کد پستی [[ZIP_CODE:۱۵۹۸۷۴۴۳۱۱]]؛ تلفن همراه [[PHONE_NUMBER:۰۹۱۲ ۴۴۸ ۲۱۰۷]].""",
    """Probate inventory, Estate of [[PERSON:Winifred A. Lockhart]] (d. [[DATE_TIME:Sept. 30, 2024]]): 1. Real property at [[ADDRESS:61 Hawthorn Lane]], [[LOCATION:Concord]], [[LOCATION:NH]] [[ZIP_CODE:03301]] — $412,000. 2. Checking account no. [[ID_NUMBER:4410 2287 19]] at Granite Savings — $18,430.22. 3. 1997 Buick LeSabre, plate [[ID_NUMBER:4417 ZK]] — $1,200. Executrix: [[PERSON:Nancy Lockhart Dunn]].""",
    """Subject: Your Gym Membership. Hi [[PERSON:Tevita]], we tried to charge [[CREDIT_CARD:2221 0045 1930 7723]] on March 1 but it was declined. Please update it at members.fitzone.co.nz. Member ID [[ID_NUMBER:FZ-0088713]], home club: [[LOCATION:Manukau]].""",
    """The cemetery database lists: Grave 118, Section St. Brigid — [[PERSON:Catherine "Kate" Mulvaney]], b. [[DATE_TIME:3 May 1899]] [[LOCATION:Tuam]], d. [[DATE_TIME:21 Dec 1974]] [[LOCATION:Chicago]]; [[PERSON:Edward Mulvaney]], b. [[DATE_TIME:15 Jun 1896]], d. [[DATE_TIME:8 Aug 1961]]. Plot owner of record: [[PERSON:Francis X. Mulvaney]], [[ADDRESS:5531 S Normal Ave]], [[LOCATION:Chicago]] [[ZIP_CODE:60621]].""",
    """Hi [[PERSON:Joaquín]]! Thanks for signing up. Your temporary password is Tz!9qv#21 and your account number is [[ID_NUMBER:77820194]]. We've verified your phone [[PHONE_NUMBER:+1 (305) 774-2018]] and your device (iPhone 14, iOS 17.3, IP [[IP_ADDRESS:172.58.44.101]]).""",
    """DISCHARGE SUMMARY. Name: [[PERSON:Mehmet Yılmaz]]. Hospital no.: [[ID_NUMBER:H2193847]]. NHS no.: [[ID_NUMBER:485 777 3457]]. DOB: [[DATE_TIME:07.06.1963]]. Admitted [[DATE_TIME:28/02/2025]], discharged [[DATE_TIME:05/03/2025]]. GP: [[PERSON:Dr. F. Ahmed]], Green Lanes Surgery. Follow-up in fracture clinic on [[DATE_TIME:Tuesday 18 March at 09:15]]. Interpreter required (Turkish).""",
    """Heir search agreement. The undersigned, [[PERSON:Gloria Jean Whitaker]], of [[ADDRESS:3318 Poplar Ridge Rd]], [[LOCATION:Knoxville]], [[LOCATION:TN]] [[ZIP_CODE:37920]], SSN [[US_SSN:409-71-2256]], agrees that Heritage Locators may recover her share of the estate of her late cousin [[PERSON:Raymond Earl Tate]], who died intestate on [[DATE_TIME:October 17, 2023]] in [[LOCATION:Dayton]], [[LOCATION:Ohio]], in exchange for 25% of any amount received.""",
    """mysql> SELECT id, username, full_name, phone, created_at FROM members WHERE city = 'Kisumu';
+-----+--------------+-------------------+---------------+---------------------+
| id  | username     | full_name         | phone         | created_at          |
+-----+--------------+-------------------+---------------+---------------------+
| 412 | [[USERNAME:achieng_o]]    | [[PERSON:Achieng Odhiambo]]  | [[PHONE_NUMBER:+254712660418]] | [[DATE_TIME:2023-11-02 10:14:09]] |
| 419 | [[USERNAME:okoth.b]]      | [[PERSON:Benard Okoth]]      | [[PHONE_NUMBER:+254733158207]] | [[DATE_TIME:2024-01-19 16:40:51]] |
+-----+--------------+-------------------+---------------+---------------------+""",
    """Dear Sir/Madam, I write on behalf of my mother, [[PERSON:Mrs. Kathleen Brennan]] (customer no. [[ID_NUMBER:0084412937]]), who passed away on [[DATE_TIME:12 January 2025]]. Please close her current account and send the closing balance to me, [[PERSON:Siobhan Brennan]], at [[IBAN_CODE:IE29 AIBK 9311 5212 3456 78]]. Her PPSN was [[ID_NUMBER:1180456N]]. My address is [[ADDRESS:14 Orchard Grove]], [[LOCATION:Navan]], [[LOCATION:Co. Meath]], [[ZIP_CODE:C15 H2X8]].""",
    """Congratulations, [[PERSON:Zanele]]! As our Principal Usability Coordinator, your badge will be activated on [[DATE_TIME:12/05]]. Please bring your South African ID ([[ID_NUMBER:8503145012089]])— wait, that's your brother [[PERSON:Sipho]]'s? Please double-check before HR uploads it.""",
    """<claim><claimant><name>[[PERSON:Beatriz Almeida Santos]]</name><dob>[[DATE_TIME:1978-12-01]]</dob><nif>[[ID_NUMBER:248113976]]</nif><phone>[[PHONE_NUMBER:+351 912 448 106]]</phone><address>[[ADDRESS:Rua das Flores 88, 3.º Esq.]], [[ZIP_CODE:4050-265]] [[LOCATION:Porto]]</address></claim><incident date="2025-02-22" type="water damage"/><policy>PT-HOME-771023</policy></claim>""",
    """Funeral arrangement sheet. Deceased: [[PERSON:Joseph Kofi Mensah]], [[AGE:79]], died [[DATE_TIME:Saturday 1 March 2025]] at Korle Bu. One-week observance: [[DATE_TIME:Saturday 8 March]]. Burial: [[DATE_TIME:Saturday 26 April 2025]], Osu Cemetery, [[LOCATION:Accra]]. Chief mourner: [[TITLE:Nana]] [[PERSON:Kwame Mensah]]; widow: [[PERSON:Mrs. Akosua Mensah]]. Contacts: [[PHONE_NUMBER:024 411 9083]], [[PHONE_NUMBER:+44 7588 201 447]] (UK, [[PERSON:Ama]]).""",
    """$ cat /etc/app/notify.conf
[smtp]
host = mail.internal.lan
user = [[EMAIL_ADDRESS:alerts-bot@driftwood.io]]
[oncall]
primary = [[PERSON:Rhys Pritchard]] <[[EMAIL_ADDRESS:rhys.pritchard@driftwood.io]]>
primary_phone = [[PHONE_NUMBER:+44 7700 918 224]]
secondary = [[PERSON:Funmi Adeyinka]] <[[EMAIL_ADDRESS:funmi.a@driftwood.io]]>""",
    """Notificación de herencia: [[PERSON:Ramón Castiñeira Lema]], con DNI [[ID_NUMBER:16453309Y]], fallecido en [[LOCATION:Vigo]] el [[DATE_TIME:20/11/2024]], dejó testamento ante el notario [[PERSON:Alberto Seoane]]. Herederos: [[PERSON:Uxía Castiñeira]] y [[PERSON:Iago Castiñeira]]. Saldo en la cuenta [[IBAN_CODE:ES42 0081 0216 7000 0612 8843]]: 23.417,80 €.""",
    """User [[PERSON:Hemi Tawhiri]] ([[USERNAME:hemi.t]] on Discord, [[EMAIL_ADDRESS:hemi.tawhiri@xtra.co.nz]]) reported that his Steam account [[USERNAME:kiwiwarrior_94]] was hijacked on [[DATE_TIME:Jan 30]]; attacker IP [[IP_ADDRESS:45.134.26.77]], last legit IP [[IP_ADDRESS:122.57.18.240]].""",
    """Birth registration extract — Child: [[PERSON:Amara Chisom Nwachukwu]]; sex: F; date of birth: [[DATE_TIME:14/06/2024 03:52]]; place: Lagoon Hospital, [[LOCATION:Ikoyi]]; father: [[PERSON:Ikenna Nwachukwu]], NIN [[ID_NUMBER:48120937715]]; mother: [[PERSON:Chiamaka Nwachukwu]] (née [[PERSON:Okeke]]).""",
    """Bereavement notification: Deceased [[PERSON:Glenys Mair Pritchard]], DOB [[DATE_TIME:02/04/1936]], DOD [[DATE_TIME:18/02/2025]], NHS no. [[ID_NUMBER:401 023 2137]], last address [[ADDRESS:Bryn Awel, 4 Heol y Dderwen]], [[LOCATION:Llandeilo]] [[ZIP_CODE:SA19 6HN]]. Reported by: [[PERSON:Gareth Pritchard]], son, [[PHONE_NUMBER:01558 823 117]].""",
    """Customer [[PERSON:Sunita Bhattacharya]] (cust. ID [[ID_NUMBER:C-2297114]]) asked to change her delivery slot from [[DATE_TIME:Wed 12/03 8-10am]] to [[DATE_TIME:Thu 13/03 6-8pm]]. Address: [[ADDRESS:27 Larkspur Way]], [[LOCATION:Milton Keynes]] [[ZIP_CODE:MK4 3GB]]. Tel: [[PHONE_NUMBER:07824 551 093]].""",
    """The Estate of [[PERSON:Anthony "Tony" DiMarco]] v. Sunrise Senior Living: plaintiff's decedent, aged [[AGE:84]], fell at the facility on [[DATE_TIME:May 4, 2022]] and died on [[DATE_TIME:May 19, 2022]]. The administrator of the estate, [[PERSON:Lisa DiMarco-Ruiz]], resides at [[ADDRESS:48 Orchard Street]], [[LOCATION:Hoboken]], [[LOCATION:NJ]] [[ZIP_CODE:07030]].""",
    """Pedido online: [[PERSON:Nerea Olabarria]] · [[EMAIL_ADDRESS:nerea.olabarria@euskaltel.net]] · [[PHONE_NUMBER:688 412 907]] · Envío a [[ADDRESS:Avenida Sabino Arana 22, 5.º D]], [[ZIP_CODE:48013]] [[LOCATION:Bilbao]] ([[LOCATION:Bizkaia]]) · Pagado con tarjeta [[CREDIT_CARD:4916 2207 5531 9042]] · Entrega prevista: 3–5 días.""",
    """2024-11-22T14:03:19Z user.update id=55102 changed fields={"phone": "[[PHONE_NUMBER:+1 416 555 2290]]" -> "[[PHONE_NUMBER:+1 647 832 1170]]", "address": "[[ADDRESS:88 Dundas St W, Unit 1504]]" -> "[[ADDRESS:12 Brookview Dr]]"} by=[[USERNAME:n.raghavan]] from=[[IP_ADDRESS:99.231.8.146]]""",
    """Grave purchase deed — Purchaser: [[PERSON:Mrs. Dolores Patricia Quinlan]], of [[ADDRESS:9 St. Kevin's Park]], [[LOCATION:Rathgar]], [[LOCATION:Dublin 6]], has purchased the exclusive right of burial in Grave No. 44, Row K, St. Patrick's Section, for the interment of her husband [[PERSON:Cornelius Quinlan]], died [[DATE_TIME:3rd February 2025]], and herself.""",
    """Hi, this is the Amazon returns bot. We refunded $64.18 to [[PERSON:Chantal Boudreau]]'s card ending 7720. Questions? Reach [[PERSON:Chantal]]'s account manager at [[EMAIL_ADDRESS:m.lefebvre@boudreaucatering.ca]] or the store at 1-888-280-4331.""",
    """Form DS-82 (excerpt): Last name: [[PERSON:NAKAMURA]]; First and middle: [[PERSON:KENJI ROBERT]]; Date of birth: [[DATE_TIME:04-22-1981]]; Place of birth: [[LOCATION:Honolulu]], [[LOCATION:Hawaii]]; SSN: [[US_SSN:575-38-1046]]; Most recent passport number: [[US_PASSPORT:548812093]]; Mailing address: [[ADDRESS:2210 Kalia Rd Apt 1807]], [[LOCATION:Honolulu]] [[LOCATION:HI]] [[ZIP_CODE:96815]].""",
    """Our records show that [[PERSON:Mustafa Ali Osman]] (date of birth [[DATE_TIME:1 January 1990]], refugee travel document [[ID_NUMBER:R0881427]]) arrived at [[LOCATION:Heathrow]] on [[DATE_TIME:17 June 2024]] and is now living with his uncle [[PERSON:Yusuf]] at [[ADDRESS:56 Queens Road]], [[LOCATION:Leicester]] [[ZIP_CODE:LE2 1TT]].""",
    """{"event":"donation","donor":{"name":"[[PERSON:Helga Sørensen]]","email":"[[EMAIL_ADDRESS:helga.sorensen@mail.dk]]","iban":"[[IBAN_CODE:DK75 3000 4217 8801 93]]"},"in_memory_of":"[[PERSON:Poul Erik Sørensen]]","amount_dkk":500,"date":"2025-02-11","message":"Til minde om min far"}""",
    """We regret to inform you that [[TITLE:Sgt. Major]] (ret.) [[PERSON:Leonard Okafor]] passed away on [[DATE_TIME:18 March 2025]]. Military honours will be rendered at the graveside at Cantonments Cemetery, [[LOCATION:Accra]], on [[DATE_TIME:Friday 11 April at 10:00 GMT]].""",
    """Call log: 10:42 inbound from [[PHONE_NUMBER:0412 556 903]] — caller [[PERSON:Bronwyn Keats]] re late husband [[PERSON:Alan Keats]]'s superannuation. TFN provided: [[ID_NUMBER:876 129 437]]. DOB of deceased [[DATE_TIME:30/01/1950]], DOD [[DATE_TIME:02/02/2025]]. Member no. [[ID_NUMBER:30841927]]. Sent claim pack to [[ADDRESS:14 Banksia Ave]], [[LOCATION:Toowoomba]] [[LOCATION:QLD]] [[ZIP_CODE:4350]].""",
    """Dear [[PERSON:Aurelio]], your medical test results are ready. Our Senior Directives Specialist, [[PERSON:Mrs. Kimberly Hoang]], can be reached at [[EMAIL_ADDRESS:kimberly.hoang@greenfieldclinic.org]]. Please verify your identity using your date of birth ([[DATE_TIME:11th March 1992]]) and the last four of your SSN.""",
    """امضا کنندگان وصیت‌نامه: [[PERSON:فاطمه نوروزی]] (کد ملی [[ID_NUMBER:0453902189]]) و [[PERSON:علی‌اکبر نوروزی]] (کد ملی [[ID_NUMBER:0027165493]])، ساکن [[LOCATION:کرج]]، [[ADDRESS:گوهردشت، بلوار موذن، پلاک ۲۲]]. تاریخ تنظیم: [[DATE_TIME:۲۵ بهمن ۱۴۰۲]].""",
    """Access request from [[PERSON:Yohannes Tesfaye]] ([[USERNAME:ytesfaye]], employee [[ID_NUMBER:00418273]]) to share \\\\fs02\\finance. Approved by [[PERSON:Meron Haile]] on [[DATE_TIME:2025-03-06 11:20]]. Workstation: WS-ADD-0912, IP [[IP_ADDRESS:10.12.4.77]], MAC 00-1B-63-84-45-E6.""",
    """[[PERSON:Leilani Kahale]], Dynamic Factors Orchestrator, was born on [[DATE_TIME:16th October 1994]]. She drives a Toyota with plate [[ID_NUMBER:SKL 842]] and parks at [[ADDRESS:1450 Ala Moana Blvd]], level 3. Her Bitcoin address 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 was used for the last payment.""",
    """Obituary submission form. Name of deceased: [[PERSON:Ernestine Louise Batiste]]. Age: [[AGE:91]]. Date of death: [[DATE_TIME:February 24, 2025]]. City: [[LOCATION:New Orleans]]. Survived by: daughters [[PERSON:Yvette Batiste Guidry]] and [[PERSON:Claudette Batiste]]; son [[PERSON:Lionel]]; 11 grandchildren. Preceded in death by her husband [[PERSON:Alphonse Batiste Sr.]]. Service: [[DATE_TIME:Saturday, March 8, 2025, 10:00 a.m.]], St. Augustine Catholic Church. Submitted by [[PERSON:Yvette Guidry]], [[PHONE_NUMBER:504-914-2231]].""",
    """DELETE FROM subscribers WHERE email IN ('[[EMAIL_ADDRESS:grace.achterberg@ziggo.nl]]', '[[EMAIL_ADDRESS:bram.dejong1977@hotmail.com]]'); -- per GDPR request from [[PERSON:Grace Achterberg]] dated [[DATE_TIME:2025-02-27]], BSN [[ID_NUMBER:237645105]] verified by phone""",
    """Please find attached the invoice for [[PERSON:Ms. Ifeoma Udeh]], PhD. She can be contacted at [[ADDRESS:Suite 4, 12 Admiralty Way]], [[LOCATION:Lekki Phase 1]], or at [[PHONE_NUMBER:+234 909 331 8126]]. Her account [[ID_NUMBER:0123847701]] (GTBank) should be credited with the balance.""",
    """ESTATE ACCOUNT STATEMENT. Deceased: [[PERSON:Thomas McKenzie Reid]]. Executor: [[PERSON:Alison Reid]]. Receipts: proceeds of sale of [[ADDRESS:23 Comely Bank Row]], [[LOCATION:Edinburgh]] [[ZIP_CODE:EH4 1EA]] £286,500; Royal Bank of Scotland a/c [[ID_NUMBER:10442871]] £12,904.33. Payments: funeral account (Wm Purves) £4,870; legacy to [[PERSON:Fiona Reid]] £10,000. Balance transferred to [[IBAN_CODE:GB70 BARC 2032 5343 9175 60]].""",
    """Report: [[PERSON:Marta Sánchez-Villalobos]], [[AGE:42]], was stopped at the [[LOCATION:Algeciras]] port on [[DATE_TIME:4 Jan 2025]] carrying passport [[ID_NUMBER:PAB482917]] and a Moroccan residence card in the name of [[PERSON:Marta Sanchez]].""",
    """Hi team — reminder that [[PERSON:Dimitrios Papadakis]] ([[USERNAME:dimi]] on Slack, [[EMAIL_ADDRESS:dpapadakis@helixcloud.eu]]) is out from [[DATE_TIME:17 March]] to [[DATE_TIME:21 March]]. For urgent issues ping [[PERSON:Ewa Nowak]] on [[PHONE_NUMBER:+49 151 2274 9318]]. VPN gateway is vpn2.helixcloud.eu ([[IP_ADDRESS:185.44.22.10]]).""",
    """Register of burials, St Mary's, [[LOCATION:Whitby]], 1874 — No. 412: [[PERSON:Jane Storr]], abode Baxtergate, buried [[DATE_TIME:19 March]], aged [[AGE:4]]. No. 413: [[PERSON:William Harland]], mariner, abode Church Street, buried [[DATE_TIME:23 March]], aged [[AGE:61]]. Officiating: [[PERSON:J. Keane]].""",
    """user_id,event,amount,card,ip
88201,purchase,34.99,[[CREDIT_CARD:4485271966305289]],[[IP_ADDRESS:68.44.117.203]]
(holder [[PERSON:Bethany Cole]], DOB [[DATE_TIME:1996-02-29]], email [[EMAIL_ADDRESS:bethcole96@gmail.com]])""",
    """Request to open a grave for a second interment: Grave owner [[PERSON:Hilda Maud Pearce]] (deceased); applicant [[PERSON:Graham Pearce]], grandson, of [[ADDRESS:2 Cliff Terrace]], [[LOCATION:Newquay]] [[ZIP_CODE:TR7 1SQ]]; deceased to be interred: [[PERSON:Doreen Pearce]], died [[DATE_TIME:27/02/2025]], aged [[AGE:89]]; funeral date requested [[DATE_TIME:Thursday 13 March, 2pm]].""",
    """Dear [[PERSON:Faisal]], your visa application (ref VAF-2205-77813) is scheduled for biometrics on [[DATE_TIME:09-04-2025 at 08:40]] at the [[LOCATION:Riyadh]] VFS centre. Passport: [[ID_NUMBER:U4482917]]; Iqama: [[ID_NUMBER:2417738909]]; IBAN for refunds: [[IBAN_CODE:SA08 8000 0247 6080 1041 8822]].""",
    """Patient intake (dental): [[PERSON:Hyun-woo Lim]], DOB [[DATE_TIME:3/14/1970]], age [[AGE:55]], address [[ADDRESS:4101 Whitsett Ave, #12]], [[LOCATION:Studio City]], [[LOCATION:CA]] [[ZIP_CODE:91604]], phone [[PHONE_NUMBER:818-402-6634]], insurer Delta Dental, subscriber ID [[ID_NUMBER:DD0098714452]], employer Universal Studios, emergency contact [[PERSON:Soo-ah Lim]] (wife).""",
    """Nota de la funeraria: traslado de [[PERSON:Jordi Vilaseca Bonet]] (DNI [[ID_NUMBER:44109827J]]), fallecido en el Hospital de Sant Pau el [[DATE_TIME:8 de febrero de 2025 a las 04:10]], al tanatorio de [[LOCATION:Sabadell]]. Contacto familiar: [[PERSON:Laia Vilaseca]], [[PHONE_NUMBER:+34 655 218 390]], [[EMAIL_ADDRESS:laia.vilaseca@gmail.com]]. Incineración prevista el lunes.""",
    """from crm import Client
c = Client(api_key="sk_live_51Hq8xQ2eZvKYlo2C0pX")
c.create_contact(
    name="[[PERSON:Bilal Chaudhry]]",
    email="[[EMAIL_ADDRESS:bilal.chaudhry@outlook.com]]",
    phone="[[PHONE_NUMBER:+92 300 4417 229]]",
    cnic="[[ID_NUMBER:35202-4471982-5]]",
    city="[[LOCATION:Lahore]]",
)""",
    """Tax notice for [[PERSON:Hemant Kulkarni]], PAN [[ID_NUMBER:AKPPK4471Q]], assessment year 2024-25: refund of ₹12,420 credited to account [[ID_NUMBER:50100284471923]] (IFSC HDFC0001234). Registered mobile [[PHONE_NUMBER:+91 98220 41765]]; address [[ADDRESS:C-14, Shanti Kunj Society, Baner Road]], [[LOCATION:Pune]] [[ZIP_CODE:411045]].""",
    """The family history society confirmed that [[TITLE:Reverend]] [[PERSON:Septimus Hale]] was vicar of [[LOCATION:Little Snoring]] from 1868; his daughter [[PERSON:Adelaide]] married [[TITLE:Capt.]] [[PERSON:Hugh Fenwick]] there on [[DATE_TIME:4 June 1889]], and both are buried in the churchyard.""",
    """Pedido de cotización para lápida: fallecido [[PERSON:Francisco Javier Ortiz Gómez]] (1941–2025), cementerio de la Almudena, [[LOCATION:Madrid]]. Solicitante: [[PERSON:Lucía Ortiz]], [[ADDRESS:calle de Alcalá 211, 4.º A]], [[ZIP_CODE:28028]] [[LOCATION:Madrid]]; tel. [[PHONE_NUMBER:91 356 22 84]].""",
    """Refund approved for [[PERSON:Eleanor Voss]]: $129.00 back to her Amex [[CREDIT_CARD:3782 751904 66211]]. Her account email is [[EMAIL_ADDRESS:e.voss@protonmail.com]] and she logged in from [[IP_ADDRESS:24.17.89.130]] using Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Safari/605.1.15.""",
    """Probate court minute: Hearing on petition for letters testamentary, Estate of [[PERSON:Clarence Oyelaran]]. Petitioner [[PERSON:Funke Oyelaran]] present with counsel [[PERSON:A. Whitmore]]. Will dated [[DATE_TIME:June 6, 2018]] admitted. Bond waived. Next hearing [[DATE_TIME:July 15, 2025 at 9:00 a.m.]], Dept. 11.""",
    """[[PERSON:Nikhil]] ([[USERNAME:nik_the_dev]]) pushed commit a7f3e91 from [[IP_ADDRESS:49.36.212.88]]; the config it added contains ADMIN_EMAIL=[[EMAIL_ADDRESS:nikhil.verma@quanta.in]] and a hard-coded password, which has been rotated.""",
    """Memorial tribute page: [[PERSON:Ahmad Zahir Sultani]] — [[DATE_TIME:March 3, 1952]] to [[DATE_TIME:February 20, 2025]]. Born in [[LOCATION:Herat]], he came to [[LOCATION:Fremont]] in 1984 and ran Kabul Kabob House for thirty years. Condolences to the family at [[URL:https://www.forevermissed.com/ahmad-zahir-sultani]] or to his son [[PERSON:Tariq]] at [[EMAIL_ADDRESS:tariq.sultani@gmail.com]].""",
    """Subscriber record: name=[[PERSON:Chioma Adeyemi-Hart]] msisdn=[[PHONE_NUMBER:447911203884]] imsi=234159876543210 imei=356938035643809 plan=Unlimited+ activation=[[DATE_TIME:2023-08-14]] billing_addr=[[ADDRESS:3 Raleigh Close]], [[LOCATION:Luton]] [[ZIP_CODE:LU3 2QN]]""",
    """[[TITLE:Sen.]] [[PERSON:Patricia Holloway]]'s constituent office forwarded a letter from [[PERSON:Mr. Dale Kimura]], a Vietnam veteran, [[AGE:76]], of [[LOCATION:Spokane]], who asks why his late wife [[PERSON:Sharon]] was refused burial next to him at the state veterans' cemetery.""",
    """گزارش پیگیری: [[TITLE:آقای]] [[PERSON:رضا کاظمی]] در تاریخ [[DATE_TIME:۱۴۰۳/۱۱/۰۲]] با شماره [[PHONE_NUMBER:۰۲۱-۸۸۷۴۲۱۹۳]] تماس گرفت و اعلام کرد کارت بانکی [[CREDIT_CARD:6219 8600 4512 3784]] مسدود شده است. ایمیل: [[EMAIL_ADDRESS:reza.kazemi@chmail.ir]].""",
    """[[LOCATION:Rowan County]] marriage bond: [[PERSON:Jesse Carlton Pruitt]], age [[AGE:23]], of [[LOCATION:Salisbury]], and [[PERSON:Annie Belle Hollifield]], age [[AGE:19]], of [[LOCATION:Cleveland]], married [[DATE_TIME:Dec. 24, 1908]] by [[TITLE:Rev.]] [[PERSON:W. T. Garvin]]. Bondsman: [[PERSON:L. C. Hollifield]].""",
    """Account recovery request — Name: [[PERSON:Sofía Beltrán]]; username: [[USERNAME:sofibeltran.art]]; recovery email: [[EMAIL_ADDRESS:sofia.beltran.g@gmail.com]]; phone: [[PHONE_NUMBER:+52 55 4418 2093]]; CURP: [[ID_NUMBER:BEGS950712MDFLMF02]]; last known password: SofiA1995!; device: Samsung SM-A546E.""",
    """Claim for funeral expenses (SF200 equivalent). Deceased: [[PERSON:Sandra Lee Holt]], died [[DATE_TIME:15 February 2025]]. Claimant: [[PERSON:Wayne Holt]], partner, NI [[ID_NUMBER:NR 73 20 55 A]], date of birth [[DATE_TIME:6 September 1961]], address [[ADDRESS:41 Coronation Street]], [[LOCATION:Barnsley]] [[ZIP_CODE:S71 1QE]]. Funeral director: Co-op Funeralcare, Barnsley; invoice £3,940.""",
    """Listing contact: [[PERSON:Rahim Uddin]], [[PHONE_NUMBER:+880 1711-492830]], [[EMAIL_ADDRESS:rahim.uddin.bd@gmail.com]]. Property: 3-bed flat at [[ADDRESS:House 22, Road 11, Block F]], [[LOCATION:Banani]], [[LOCATION:Dhaka]]. Available from [[DATE_TIME:1 May]] to a family, no bachelors.""",
    """<patient><id>[[ID_NUMBER:PT-0044718]]</id><name>[[PERSON:Bjørn Halvorsen]]</name><dob>[[DATE_TIME:1955-09-12]]</dob><phone>[[PHONE_NUMBER:+47 412 88 330]]</phone><allergies>penicillin</allergies><next_appt>[[DATE_TIME:2025-04-03T10:15]]</next_appt><gp>[[PERSON:Dr. Ingrid Aas]]</gp></patient>""",
    """An application to correct the death certificate of [[PERSON:Violet Mae Harrington]] (died [[DATE_TIME:March 30, 2025]], [[LOCATION:Shreveport]], [[LOCATION:Louisiana]]) was filed by her daughter [[PERSON:Lorraine Harrington Doss]], who states that her mother's birth date was [[DATE_TIME:July 7, 1931]], not [[DATE_TIME:July 1, 1931]], and that her father's name was [[PERSON:Elmer Tillman]], not Tilman.""",
    """Sevgili [[PERSON:Ayşe]], please send the deposit for the Airbnb to [[PERSON:Kerem Demir]], [[IBAN_CODE:TR49 0001 0001 5800 3118 4729 11]]. We arrive in [[LOCATION:Kaş]] on [[DATE_TIME:July 12]] and his number there is [[PHONE_NUMBER:+90 532 417 2290]].""",
    """Staff directory entry: [[PERSON:Aditi Rao]], Senior Paralegal (Wills, Trusts & Probate), direct line [[PHONE_NUMBER:+1 212 608 4419]], [[EMAIL_ADDRESS:arao@hendersonlowe.com]], office 14B. Assistant: [[PERSON:Marcus Bell]]. General enquiries: info@hendersonlowe.com, (212) 608-4400.""",
    """[[PERSON:Mahsa Jafari]]? No: [[PERSON:Mahsa Jafarian]], tavallod [[DATE_TIME:1372/06/21]], code melli [[ID_NUMBER:2398100472]], shomare kart [[CREDIT_CARD:5892 1044 5566 7717]], address: [[LOCATION:Shiraz]], [[ADDRESS:Khiaban-e Zand, Kuche 12, Pelak 7]], tel [[PHONE_NUMBER:0917 441 2036]].""",
    """Excerpt of will: "I give my wedding ring to my granddaughter [[PERSON:Imogen Clarke]], and my house at [[ADDRESS:12 Vicarage Road]], [[LOCATION:Olney]] [[ZIP_CODE:MK46 4AP]] to my son [[PERSON:Robert Clarke]] absolutely. I appoint [[PERSON:Robert]] and my friend [[PERSON:Dr. Priya Natarajan]] executors." Signed [[PERSON:Muriel Clarke]], [[DATE_TIME:14th day of May 2021]]; witnesses [[PERSON:J. Okoro]] and [[PERSON:T. Blake]].""",
    """Dear [[PERSON:Evangeline Osterhout]], we have updated your mailing address to [[ADDRESS:7721 Tamarack Court, Floor 3]], [[LOCATION:Boise]], [[LOCATION:ID]] [[ZIP_CODE:83709]]. Your Chief Accounts Liaison badge (user [[USERNAME:eosterhout77]]) is linked to MAC 9c:b6:d0:4e:11:a2 and last authenticated from [[IP_ADDRESS:174.27.155.62]] with Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0.""",
    """Please process the payout for [[PERSON:Gunnar Eriksen]] (date of birth [[DATE_TIME:30.08.1971]]) to [[IBAN_CODE:NL89 RABO 0318 2746 59]], BIC RABONL2U; the remainder goes to his co-heir [[PERSON:Marijke Eriksen-de Vries]], [[IBAN_CODE:DE85 1001 0010 0812 2771 19]], BIC PBNKDEFFXXX. Card on the estate account, [[CREDIT_CARD:4111 1122 3344 5569]] (CVV 077, exp 02/26), is to be cancelled.""",
    """{"resourceType": "Patient", "id": "pt-55120", "identifier": [{"system": "urn:mrn", "value": "[[ID_NUMBER:MRN-2209184]]"}], "name": [{"family": "[[PERSON:Castellanos]]", "given": ["[[PERSON:Ximena]]", "[[PERSON:Paola]]"]}], "gender": "female", "birthDate": "[[DATE_TIME:1993-06-25]]", "telecom": [{"system": "phone", "value": "[[PHONE_NUMBER:(210) 447-8831]]"}], "address": [{"line": ["[[ADDRESS:5102 Fredericksburg Rd, Apt 1204]]"], "city": "[[LOCATION:San Antonio]]", "state": "[[LOCATION:TX]]", "postalCode": "[[ZIP_CODE:78229]]"}], "extension": [{"url": "religion", "valueString": "[[NRP:Catholic]]"}], "bloodType": "O+"}""",
    """PERSONAL LOAN AGREEMENT. This agreement, dated [[DATE_TIME:10 February 2025]], is between Harbour Credit Union (the Lender) and [[PERSON:Malakai Vunipola]] (the Borrower), born [[DATE_TIME:04/11/1989]], of [[ADDRESS:3/18 Kiora Road]], [[LOCATION:Miranda]] [[LOCATION:NSW]] [[ZIP_CODE:2228]], driver licence [[ID_NUMBER:17 442 918]], TFN [[ID_NUMBER:450 218 773]]. Principal: AUD 22,000. Term: 60 months. Repayments from BSB 633-000, account [[ID_NUMBER:1448 90213]]. Guarantor: [[PERSON:Salote Vunipola]], mobile [[PHONE_NUMBER:0413 772 058]].""",
    """case_id: FH-2025-0211
decedent: [[PERSON:Harold "Buddy" Lee Simmons]]
born: [[DATE_TIME:June 3, 1944]] in [[LOCATION:Muskogee]], [[LOCATION:OK]]
died: [[DATE_TIME:March 2, 2025 at 4:40 a.m.]], Saint Francis Hospital
veteran: yes (US Army, Vietnam)
service: [[DATE_TIME:Friday, March 7, 2 p.m.]], First Baptist Church of [[LOCATION:Broken Arrow]]
survivors: wife [[PERSON:Loretta]]; sons [[PERSON:Keith]] and [[PERSON:Darrell Simmons]]; sister [[PERSON:Opal Reeves]] of [[LOCATION:Tahlequah]]
informant: [[PERSON:Keith Simmons]], [[PHONE_NUMBER:918-409-6623]], [[EMAIL_ADDRESS:ksimmons.ba@cox.net]]""",
]

TABLE = [
    """name,dob,dod,plot,inscription_ok
[[PERSON:Agnes Mary Tully]],[[DATE_TIME:1912-04-03]],[[DATE_TIME:1998-11-21]],B-12-04,yes
[[PERSON:Francis Tully]],[[DATE_TIME:1909-08-30]],[[DATE_TIME:1976-02-07]],B-12-04,yes
[[PERSON:Bernadette Tully Ryan]],[[DATE_TIME:1940-01-15]],[[DATE_TIME:2023-06-09]],B-12-05,no""",
    """| Employee | Staff ID | Dept | Mobile | Start date |
|---|---|---|---|---|
| [[PERSON:Olusegun Afolabi]] | [[ID_NUMBER:ST-20817]] | Finance | [[PHONE_NUMBER:0803 224 1196]] | [[DATE_TIME:2023-02-01]] |
| [[PERSON:Ngozi Ibekwe]] | [[ID_NUMBER:ST-20822]] | Legal | [[PHONE_NUMBER:0816 550 3071]] | [[DATE_TIME:2023-03-15]] |
| [[PERSON:Femi Adeola]] | [[ID_NUMBER:ST-21004]] | IT | [[PHONE_NUMBER:0705 118 4462]] | [[DATE_TIME:2024-09-02]] |""",
    """id\tfull_name\temail\tcountry\tplan\tsignup_ip
1042\t[[PERSON:Camille Rousseau]]\t[[EMAIL_ADDRESS:camille.rousseau@free.fr]]\t[[LOCATION:France]]\tpro\t[[IP_ADDRESS:90.112.48.7]]
1043\t[[PERSON:Rohan Kapoor]]\t[[EMAIL_ADDRESS:rohankapoor.dev@gmail.com]]\t[[LOCATION:India]]\tfree\t[[IP_ADDRESS:106.51.77.203]]
1044\t[[PERSON:Ella Johansson]]\t[[EMAIL_ADDRESS:ella.j@telia.se]]\t[[LOCATION:Sweden]]\tteam\t[[IP_ADDRESS:81.228.9.140]]""",
    """{"patient_id": "[[ID_NUMBER:P-88412]]", "name": "[[PERSON:Tendai Moyo]]", "age": [[AGE:46]], "ward": "4B", "bp": "138/88", "admitted": "[[DATE_TIME:2025-03-01]]"}
{"patient_id": "[[ID_NUMBER:P-88417]]", "name": "[[PERSON:Rutendo Chikwanha]]", "age": [[AGE:29]], "ward": "Maternity", "bp": "112/70", "admitted": "[[DATE_TIME:2025-03-02]]"}
{"patient_id": "[[ID_NUMBER:P-88420]]", "name": "[[PERSON:Farai Ncube]]", "age": [[AGE:63]], "ward": "4B", "bp": "151/95", "admitted": "[[DATE_TIME:2025-03-02]]"}""",
    """SURNAME      FORENAMES          RELATION   AGE  OCCUPATION         BIRTHPLACE
[[PERSON:Gallagher]]    [[PERSON:Owen]]               Head       [[AGE:44]]   Dock labourer      [[LOCATION:Donegal]]
[[PERSON:Gallagher]]    [[PERSON:Margaret]]           Wife       [[AGE:41]]                      [[LOCATION:Glasgow]]
[[PERSON:Gallagher]]    [[PERSON:Patrick Joseph]]     Son        [[AGE:16]]   Rivet heater       [[LOCATION:Govan]]
[[PERSON:Gallagher]]    [[PERSON:Mary Ellen]]         Daughter   [[AGE:9]]    Scholar            [[LOCATION:Govan]]""",
    """customer: [[PERSON:Hiroshi Watanabe]]
customer_no: [[ID_NUMBER:CU-4471902]]
phone: [[PHONE_NUMBER:+81 3-5412-7708]]
email: [[EMAIL_ADDRESS:h.watanabe@nifty.com]]
address: [[ADDRESS:2-14-8 Ebisu-Minami]], [[LOCATION:Shibuya-ku]], [[LOCATION:Tokyo]] [[ZIP_CODE:150-0022]]
loyalty_tier: Gold
last_order: 2025-02-17""",
    """Beneficiary          Share   Relationship    Account
[[PERSON:Liam Carter]]          40%     son             [[IBAN_CODE:GB90 HBUK 4012 7659 0188 26]]
[[PERSON:Sophie Carter-Nash]]   40%     daughter        [[IBAN_CODE:NL85 INGB 0006 7123 45]]
St. Barnabas Hospice 20%     charity         cheque""",
    """Nombre;Apellidos;DNI;Teléfono;Municipio;Provincia
[[PERSON:Aitor]];[[PERSON:Mendizabal Etxeberria]];[[ID_NUMBER:53287640K]];[[PHONE_NUMBER:943 218 447]];[[LOCATION:Tolosa]];[[LOCATION:Gipuzkoa]]
[[PERSON:Marta]];[[PERSON:Rovira Puig]];[[ID_NUMBER:20876154C]];[[PHONE_NUMBER:+34 679 330 184]];[[LOCATION:Girona]];[[LOCATION:Girona]]
[[PERSON:Iago]];[[PERSON:Lorenzo Fernández]];[[ID_NUMBER:Y2093847X]];[[PHONE_NUMBER:986 441 209]];[[LOCATION:Pontevedra]];[[LOCATION:Pontevedra]]""",
    """- name: [[PERSON:Priscilla Adjei]]
  username: [[USERNAME:padjei]]
  team: platform
  timezone: Europe/London
  phone: "[[PHONE_NUMBER:+44 7531 882 016]]"
- name: [[PERSON:Mateo Giménez]]
  username: [[USERNAME:mgimenez]]
  team: data
  timezone: America/Argentina/Buenos_Aires
  phone: "[[PHONE_NUMBER:+54 9 11 4418-2207]]"
- name: [[PERSON:Wen Jie Koh]]
  username: [[USERNAME:wjkoh]]
  team: platform
  timezone: Asia/Singapore
  phone: "[[PHONE_NUMBER:+65 9273 4410]]\"""",
    """Order | Customer | Ship to | Items | Total
ORD-77120 | [[PERSON:Bianca Ferreira]] | [[ADDRESS:18 Ridgeway Rd]], [[LOCATION:Johannesburg]] [[ZIP_CODE:2196]] | 3 | R1,240
ORD-77121 | [[PERSON:Kabelo Sithole]] | [[ADDRESS:7 Main Rd, Unit 4]], [[LOCATION:Claremont]] [[ZIP_CODE:7708]] | 1 | R399
ORD-77124 | [[PERSON:Annelie du Plessis]] | [[ADDRESS:PO Box 1120]], [[LOCATION:Stellenbosch]] [[ZIP_CODE:7599]] | 2 | R870""",
    """Card holder              Card number            Exp    Limit
[[PERSON:Rachel Goldstein]]         [[CREDIT_CARD:4716 8830 2295 1400]]    11/27  $8,000
[[PERSON:Tobias Goldstein]]         [[CREDIT_CARD:5555 3412 8876 0933]]    03/26  $2,500
[[PERSON:Noa Goldstein]]            [[CREDIT_CARD:4917 6130 0428 8597]]    08/28  $500""",
    """student_id,first,last,grade,guardian,guardian_phone,allergies
[[ID_NUMBER:S-1207]],[[PERSON:Malia]],[[PERSON:Fonoti]],3,[[PERSON:Losa Fonoti]],[[PHONE_NUMBER:027 441 9082]],none
[[ID_NUMBER:S-1211]],[[PERSON:Jack]],[[PERSON:Huang]],3,[[PERSON:Lin Huang]],[[PHONE_NUMBER:021 330 7715]],peanuts
[[ID_NUMBER:S-1219]],[[PERSON:Ana]],[[PERSON:Tupou]],4,[[PERSON:Sione Tupou]],[[PHONE_NUMBER:022 904 1186]],none""",
    """Date: 14 March 2025
Deceased: [[PERSON:Ivy Pearl Lawson]]
Date of death: [[DATE_TIME:9 March 2025]]
Age: [[AGE:97]]
Place of death: [[LOCATION:Wagga Wagga]]
Funeral: [[DATE_TIME:Tuesday 18 March, 11:00 am]]
Venue: Wagga Wagga Lawn Cemetery chapel
Next of kin: [[PERSON:Geoffrey Lawson]] (son), [[PHONE_NUMBER:0427 330 918]]
Celebrant: [[PERSON:Maree Collins]]""",
    """ردیف | نام و نام خانوادگی | کد ملی | تلفن همراه | شهر
۱ | [[PERSON:سارا محمدی]] | [[ID_NUMBER:0762451181]] | [[PHONE_NUMBER:۰۹۱۲۳۴۱۸۸۰۲]] | [[LOCATION:تهران]]
۲ | [[PERSON:امید حسینی]] | [[ID_NUMBER:3301786243]] | [[PHONE_NUMBER:۰۹۳۵۷۷۰۲۱۴۶]] | [[LOCATION:تبریز]]
۳ | [[PERSON:نگار صالحی]] | [[ID_NUMBER:4519028736]] | [[PHONE_NUMBER:۰۹۱۳۶۰۸۴۴۱۹]] | [[LOCATION:اصفهان]]""",
    """host,ip,owner,owner_email,os,last_patch
ws-ldn-014,[[IP_ADDRESS:10.20.14.31]],[[PERSON:Harriet Osei]],[[EMAIL_ADDRESS:harriet.osei@fenwickpartners.co.uk]],Win11,2025-02-11
ws-ldn-022,[[IP_ADDRESS:10.20.14.58]],[[PERSON:Callum Ross]],[[EMAIL_ADDRESS:callum.ross@fenwickpartners.co.uk]],Win11,2025-02-11
srv-bkp-01,[[IP_ADDRESS:10.20.1.5]],IT Ops,it-ops@fenwickpartners.co.uk,Ubuntu 22.04,2025-01-28""",
    """| Ancestor | Born | Where | Died | Source |
|:--|:--|:--|:--|:--|
| [[PERSON:Giuseppe Lombardi]] | [[DATE_TIME:3 Jun 1871]] | [[LOCATION:Potenza]] | [[DATE_TIME:19 Oct 1944]] | parish register |
| [[PERSON:Rosina Lombardi]] (née [[PERSON:Caputo]]) | 1875 | [[LOCATION:Tito]] | 1950 | family bible |
| [[PERSON:Vito Lombardi]] | [[DATE_TIME:11 Feb 1899]] | [[LOCATION:New Haven]] | [[DATE_TIME:2 Aug 1967]] | SSDI |""",
    """{"name":"[[PERSON:Kofi Boateng]]","dob":"[[DATE_TIME:14/02/1988]]","passport":"[[ID_NUMBER:G2281947]]","nationality":"[[NRP:Ghanaian]]","seat":"22C","meal":"VGML"}
{"name":"[[PERSON:Adwoa Boateng]]","dob":"[[DATE_TIME:30/07/1990]]","passport":"[[ID_NUMBER:G2281955]]","nationality":"[[NRP:Ghanaian]]","seat":"22D","meal":"STD"}
{"name":"[[PERSON:Yaw Boateng]]","dob":"[[DATE_TIME:05/05/2019]]","passport":"[[ID_NUMBER:G3017740]]","nationality":"[[NRP:British]]","seat":"22E","meal":"CHML"}""",
    """Tenant               Unit   Lease start   Rent     Phone
[[PERSON:Marcus Delgado]]       2A     [[DATE_TIME:01/06/2024]]    $1,450   [[PHONE_NUMBER:(718) 409-2231]]
[[PERSON:Yasmin El-Amin]]       3C     [[DATE_TIME:15/09/2023]]    $1,520   [[PHONE_NUMBER:(347) 882-0154]]
(vacant)             4B     -             $1,600   -
[[PERSON:Dmitri Volkov]]        5A     [[DATE_TIME:01/01/2025]]    $1,700   [[PHONE_NUMBER:(929) 331-7046]]""",
    """ssn\tname\twages_2024\tstate
[[US_SSN:521-84-3307]]\t[[PERSON:Shawna Redcloud]]\t41,220.00\t[[LOCATION:SD]]
[[US_SSN:503-19-7742]]\t[[PERSON:Travis Eagleheart]]\t38,905.50\t[[LOCATION:SD]]
[[US_SSN:468-22-0915]]\t[[PERSON:Colleen Bergstrom]]\t52,030.00\t[[LOCATION:MN]]""",
    """Volunteer sign-up — [[LOCATION:Brisbane]] cemetery transcription day
Name                 | Email                          | Mobile        | Shift
[[PERSON:Kylie Tran]]           | [[EMAIL_ADDRESS:kylie.tran77@bigpond.com]]       | [[PHONE_NUMBER:0402 118 339]]  | AM
[[PERSON:Hamish McLeod]]        | [[EMAIL_ADDRESS:hamish.mcleod@uq.net.au]]        | [[PHONE_NUMBER:0433 902 714]]  | PM
Aunty [[PERSON:Joan Walker]]    | (no email)                     | [[PHONE_NUMBER:07 3848 2201]]  | AM""",
    """account_no,holder,opened,branch,balance
[[ID_NUMBER:0093318820]],[[PERSON:Mary-Kate Flanagan]],2011-05-04,[[LOCATION:Limerick]],"€4,120.55"
[[ID_NUMBER:0093318839]],[[PERSON:Seán Flanagan]],2019-10-22,[[LOCATION:Limerick]],"€310.00"
[[ID_NUMBER:0093410076]],[[PERSON:Niamh Ó Súilleabháin]],2022-01-13,[[LOCATION:Ennis]],"€12,880.02\"""",
    """Name: [[TITLE:Rev. Fr.]] [[PERSON:Emmanuel Chukwu]]
Parish: St. Anthony's, [[LOCATION:Enugu]]
Ordained: [[DATE_TIME:12 August 2006]]
Phone: [[PHONE_NUMBER:+234 806 713 2094]]
Email: [[EMAIL_ADDRESS:frchukwu.emma@yahoo.com]]
Religion: [[NRP:Catholic]]""",
    """MRN       Patient               DOB         Procedure          Surgeon
[[ID_NUMBER:00783341]]  [[PERSON:Gwendolyn Price]]      [[DATE_TIME:02/17/1949]]  Hip replacement    [[PERSON:Dr. Vikram Sethi]]
[[ID_NUMBER:00791127]]  [[PERSON:Arturo Benavides]]     [[DATE_TIME:10/09/1966]]  Cholecystectomy    [[PERSON:Dr. Laura Kim]]
[[ID_NUMBER:00802256]]  [[PERSON:Destiny Washington]]   [[DATE_TIME:06/23/1990]]  Appendectomy       [[PERSON:Dr. Laura Kim]]""",
    """# guests.tsv (wedding)
name\tside\ttable\tdiet\temail
[[PERSON:Ananya Krishnan]]\tbride\t1\tveg\t[[EMAIL_ADDRESS:ananya.k@gmail.com]]
[[PERSON:Rahul Menon]]\tgroom\t1\tnon-veg\t[[EMAIL_ADDRESS:rahulmenon89@hotmail.com]]
Paati ([[PERSON:Saraswathi Krishnan]])\tbride\t2\tveg\t-
[[PERSON:Ben O'Driscoll]]\tgroom\t5\tvegan\t[[EMAIL_ADDRESS:ben.odriscoll@proton.me]]""",
    """plate,make,owner,owner_address,permit_zone
[[ID_NUMBER:LR19 XKP]],Ford Fiesta,[[PERSON:Jasmine Akhtar]],"[[ADDRESS:14 Wentworth Road]], [[LOCATION:Sheffield]] [[ZIP_CODE:S10 2FL]]",B
[[ID_NUMBER:YD70 MWA]],VW Golf,[[PERSON:Tom Hargreaves]],"[[ADDRESS:Flat 6, 201 Ecclesall Road]], [[LOCATION:Sheffield]] [[ZIP_CODE:S11 8HW]]",B
[[ID_NUMBER:SF22 OKL]],Kia Niro,[[PERSON:Dr. Ruth Benjamin]],"[[ADDRESS:3 Oakbrook Close]], [[LOCATION:Sheffield]] [[ZIP_CODE:S11 7EB]]",C""",
    """field           value
--------------  ----------------------------------
applicant       [[PERSON:Nomvula Dube]]
id_number       [[ID_NUMBER:8804190876083]]
date_of_birth   [[DATE_TIME:19 April 1988]]
cell            [[PHONE_NUMBER:+27 83 441 9027]]
email           [[EMAIL_ADDRESS:nomvula.dube@webmail.co.za]]
income_band     R25k-R35k
consent         Y""",
    """| Name | Handle | Followers | Joined | Profile |
|------|--------|-----------|--------|---------|
| [[PERSON:Zara Iqbal]] | @[[USERNAME:zarabakes]] | 18.2k | 2019 | [[URL:https://www.tiktok.com/@zarabakes]] |
| [[PERSON:Diego Armas]] | @[[USERNAME:diegoarmas_fit]] | 4,310 | 2021 | [[URL:https://instagram.com/diegoarmas_fit]] |
| [[PERSON:Lottie Evans]] | @[[USERNAME:lottiereads]] | 902 | 2023 | [[URL:https://www.goodreads.com/lottiereads]] |""",
    """Índice de enterramientos — cementerio de Polloe ([[LOCATION:Donostia]])
Difunto                      Fecha defunción   Edad   Nicho
[[PERSON:Koldo Arrieta Urkiola]]        [[DATE_TIME:04/01/2025]]        [[AGE:79]]     N-318
[[PERSON:Miren Itziar Zabala]]          [[DATE_TIME:17/01/2025]]        [[AGE:92]]     N-322
[[PERSON:José Luis Otegi Sarasola]]     [[DATE_TIME:29/01/2025]]        [[AGE:66]]     N-325""",
    """timestamp,user,action,src_ip
2025-03-10 09:01:12,[[USERNAME:a.bianchi]],login,[[IP_ADDRESS:151.38.90.14]]
2025-03-10 09:14:40,[[USERNAME:a.bianchi]],export_report,[[IP_ADDRESS:151.38.90.14]]
2025-03-10 09:15:03,[[USERNAME:l.moretti]],login_failed,[[IP_ADDRESS:185.220.101.47]]
2025-03-10 09:15:09,[[USERNAME:l.moretti]],login_failed,[[IP_ADDRESS:185.220.101.47]]""",
    """Claimant: [[PERSON:Ahmed Hassan Ibrahim]]
Claimant DOB: [[DATE_TIME:1 July 1975]]
Policy: TRV-882014
Claim ref: C-25-004412
Incident: lost luggage, [[LOCATION:Dubai]] airport
Bank: [[IBAN_CODE:AE07 0331 2345 6789 0123 456]]
Contact: [[PHONE_NUMBER:+971 50 418 2276]] / [[EMAIL_ADDRESS:ahmed.h.ibrahim@gmail.com]]""",
    """Sibling     Born            Married                    Died
[[PERSON:Edith]]       [[DATE_TIME:2 Feb 1915]]      [[PERSON:Arthur Pennington]], 1938    [[DATE_TIME:14 Jul 2001]]
[[PERSON:Harold]]      [[DATE_TIME:19 Nov 1917]]     never                      [[DATE_TIME:6 Jun 1944]] ([[LOCATION:Normandy]])
[[PERSON:Winifred]]    [[DATE_TIME:8 Apr 1921]]      [[PERSON:George Lamb]], 1946          [[DATE_TIME:30 Dec 1999]]""",
    """sku,qty,customer_email,customer_phone,delivery_postcode
TB-2231-GR,2,[[EMAIL_ADDRESS:olivia.m.brooks@gmail.com]],[[PHONE_NUMBER:07459 220 817]],[[ZIP_CODE:BS6 5QA]]
TB-2231-BL,1,[[EMAIL_ADDRESS:k.nakashima@btinternet.com]],[[PHONE_NUMBER:01632 960 418]],[[ZIP_CODE:GL50 2JH]]
MUG-004,4,[[EMAIL_ADDRESS:dev.patel.1992@yahoo.co.uk]],[[PHONE_NUMBER:07911 604 552]],[[ZIP_CODE:LE4 6AB]]""",
    """member: [[PERSON:Joseph Ikaika Kamakea]]
  member_id: [[ID_NUMBER:HMSA-88120447]]
  dob: [[DATE_TIME:1983-10-02]]
  dependents:
    - [[PERSON:Leilani Kamakea]] (spouse, dob [[DATE_TIME:1985-03-19]])
    - [[PERSON:Kai Kamakea]] (child, dob [[DATE_TIME:2016-07-08]])
  pcp: [[PERSON:Dr. Grace Fujimoto]]""",
    """Room  Guest                    Check-in           Nights  Card
101   [[PERSON:Mr. Sanjay Gupta]]        [[DATE_TIME:Fri 07/03 15:20]]     2       [[CREDIT_CARD:4024 0071 8846 3276]]
104   [[PERSON:Ms. Oyelaran]]            [[DATE_TIME:Fri 07/03 19:05]]     1       cash
210   [[PERSON:Erik]] & [[PERSON:Ingrid Nilsen]]    [[DATE_TIME:Sat 08/03 12:40]]     3       [[CREDIT_CARD:5351 1047 2289 0369]]""",
    """NAME,DATE_OF_DEATH,RESIDENCE,AGE,FUNERAL_HOME
"[[PERSON:Castillo]], [[PERSON:Rosa Elena]]",[[DATE_TIME:03/04/2025]],[[LOCATION:Laredo]],[[AGE:88]],Rose Garden Funeral Home
"[[PERSON:Whitaker]], [[PERSON:Lyle D.]]",[[DATE_TIME:03/05/2025]],[[LOCATION:Zapata]],[[AGE:71]],Hillcrest Memorial
"[[PERSON:Nguyen]], [[PERSON:Thi Lan]]",[[DATE_TIME:03/05/2025]],[[LOCATION:Laredo]],[[AGE:59]],Rose Garden Funeral Home""",
]

CHAT = [
    """[09:02] Agent [[PERSON:Priya]] (NorthBank): Good morning! Who am I speaking with today?
[09:02] Customer: hi its [[PERSON:Daniel Oyelowo]]
[09:03] Agent [[PERSON:Priya]] (NorthBank): Thanks [[PERSON:Daniel]]. Can you confirm your date of birth and the postcode on the account?
[09:03] Customer: [[DATE_TIME:19/04/1987]], [[ZIP_CODE:SE15 4QN]]
[09:04] Agent [[PERSON:Priya]] (NorthBank): Perfect. I can see a pending payment of £420 to an account ending 8812. Was that you?
[09:05] Customer: no!! I never sent that. my number is [[PHONE_NUMBER:07723 418 950]] if you need to call
[09:05] Agent [[PERSON:Priya]] (NorthBank): I've frozen card ending 5567 and a new one will go to [[ADDRESS:Flat 3, 27 Bellenden Road]].""",
    """Family 🕊️ Mum's arrangements
[[PERSON:Colm]]: Funeral director says the earliest slot at Glasnevin is [[DATE_TIME:Thursday the 20th at 11]]
[[PERSON:Aoife]]: that works. I'll tell [[TITLE:Father]] [[PERSON:Brendan]] — his mobile is [[PHONE_NUMBER:086 118 4427]] if anyone needs him
[[PERSON:Colm]]: Can someone send Auntie [[PERSON:Máire]] the details? she's still at [[ADDRESS:12 Griffith Avenue]]
[[PERSON:Ciarán]]: I'll drive over to her tonight. Also the death notice for rip.ie needs mum's full name — [[PERSON:Margaret Teresa Byrne]] (née [[PERSON:Kavanagh]]), right?
[[PERSON:Aoife]]: yes, and put "late of [[LOCATION:Drumcondra]]" 💔""",
    """#eng-onboarding
[[PERSON:Sasha Ivanova]] 10:14 AM: welcome [[PERSON:Tunde]]!! 🎉 everyone, [[PERSON:Tunde Ogunleye]] joins the payments squad today
[[PERSON:Tunde Ogunleye]] 10:15 AM: thanks all! my github is [[USERNAME:tunde-og]] if someone can add me to the org
[[PERSON:Marco Bellini]] 10:17 AM: done. [[PERSON:tunde]] your laptop is at the front desk, the temp password is on a sticky note (pls change it)
[[PERSON:Sasha Ivanova]] 10:18 AM: also HR needs your emergency contact, DM [[PERSON:Gemma]] ([[EMAIL_ADDRESS:gemma.hart@lumenpay.com]])""",
    """[[PERSON:Lourdes]] 👩‍🦳: Chicos, ya tengo la cita con el notario para lo de la herencia del abuelo: [[DATE_TIME:martes 25 a las 9:30]], en [[ADDRESS:calle Colón 18, 2.º]], [[LOCATION:Valencia]]
[[PERSON:Pablo]]: Vale. ¿Hace falta llevar el DNI?
[[PERSON:Lourdes]] 👩‍🦳: Sí, y el número de cuenta para el reparto. El mío es [[IBAN_CODE:ES93 2080 0388 2030 4001 8254]]
[[PERSON:Carmen Ferrer]]: Yo no puedo ir, estoy en [[LOCATION:Mallorca]]. [[PERSON:Pablo]], ¿me representas? Te mando el poder firmado
[[PERSON:Pablo]]: Claro. Mándamelo a [[EMAIL_ADDRESS:pablo.ferrer.m@gmail.com]]""",
    """[[PERSON:نیلوفر]]: سلام، آگهی مبل هنوز هست؟
[[PERSON:بهرام]]: سلام، بله هست. کی می‌خواین ببینین؟
[[PERSON:نیلوفر]]: [[DATE_TIME:پنجشنبه ساعت ۵]] خوبه؟ آدرس رو بفرستین لطفاً
[[PERSON:بهرام]]: [[LOCATION:تهران]]، [[ADDRESS:سعادت‌آباد، خیابان سرو غربی، پلاک ۴۸، طبقه دوم]]. شماره‌ام هم [[PHONE_NUMBER:۰۹۱۹۲۲۰۴۷۱۸]]
[[PERSON:نیلوفر]]: ممنون. اگه خریدم کارت به کارت میکنم به [[CREDIT_CARD:6104-3398-7612-3450]] درسته؟
[[PERSON:بهرام]]: بله، به نام [[PERSON:بهرام صادقی]]""",
    """SkyJet Support Chat
Virtual assistant: Hi! I'm Jetty 🤖. What's your booking reference?
You: QX7P2L
Virtual assistant: Thanks. I'm transferring you to a human agent.
[[PERSON:Leon]] (Agent): Hi, I'm [[PERSON:Leon]]. I see 2 passengers: [[PERSON:Ms. Aiyana Whitehorse]] and [[TITLE:Master]] [[PERSON:Noah Whitehorse]]. How can I help?
You: I need to correct my son's date of birth, it should be [[DATE_TIME:12 Aug 2017]] not [[DATE_TIME:21 Aug 2017]]. His passport is [[US_PASSPORT:671024418]]
[[PERSON:Leon]] (Agent): Done ✅. A confirmation is on its way to [[EMAIL_ADDRESS:aiyana.whitehorse@gmail.com]].""",
    """Mon 3 Mar
Landlord ([[PERSON:Gary]]): Hi [[PERSON:Chiara]], rent for March hasn't come through yet
Me: Hi [[PERSON:Gary]], sorry! Sent it just now from my new account, it's [[ID_NUMBER:40918233]]
Landlord ([[PERSON:Gary]]): Got it thanks. Also the boiler man is coming [[DATE_TIME:Weds 5th between 8-12]], can you be in?
Me: I'm at work, but my partner [[PERSON:Luca]] will be there. His number's [[PHONE_NUMBER:07395 661 204]]
Landlord ([[PERSON:Gary]]): 👍""",
    """#lfg-raids
[[USERNAME:xXShadowHowlXx]]: need 2 more for mythic tonight, 8 server time
[[USERNAME:moonfairy_88]]: I'm in. [[USERNAME:brickhouse_dave]] u coming?
[[USERNAME:brickhouse_dave]]: ya but my real name isnt dave lol its [[PERSON:Obi]] 😂
[[USERNAME:xXShadowHowlXx]]: lmao ok [[PERSON:obi]]. add me on bnet: [[USERNAME:ShadowHowl#21877]]
[[USERNAME:moonfairy_88]]: mods pls ban [[USERNAME:gr1efer]], he posted [[PERSON:Kayla]]'s home address ([[ADDRESS:114 Birch Lane]], [[LOCATION:Fargo]]) in general 😡""",
]

LOOKALIKE = [
    """Your order has shipped! Order no. 114-7738201-4490176 · Invoice INV-2025-088412 · Tracking 1Z 4F8 E21 03 7720 1186 (UPS Ground). Items: USB-C hub (SKU HB-7C-0042, serial SN4C7Y21882), HDMI cable 2 m (SKU CB-HD-2000). Questions? Call us on 1-800-555-0199 or email support@gizmohaus.com, Mon–Fri 9–5. This order was placed by [[PERSON:Kenneth Obuya]].""",
    """Release notes, v4.12.0 (build 4.12.0.2291). Fixed: Dijkstra's shortest-path routine now handles zero-weight edges; the Fourier transform module no longer overflows at 65,536 samples; the Kalman filter default gain is 0.82. Upgraded OpenSSL to 3.0.13 and zlib to 1.3.1. Checksums: sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08. Known issue #7731: the installer reports 10.0.19045.3803 as an unsupported Windows build. Contact the release team at releases@orbitalsoft.dev.""",
    """Catalogue — Hayes & Sons Booksellers, Nelson Mandela Boulevard. New in: "The Tudors in Ruins" (ISBN 978-0-14-103614-4, £12.99); "Persian Gardens" (ISBN 978-600-119-458-0, £18.00); "Darwin's Finches Revisited" (ISBN 978-1-84954-237-1, £9.50). Shop phone 0161 496 0733. Special order for [[PERSON:Mrs. Adebisi]], to be collected from our Victoria Street branch; she asked us to email [[EMAIL_ADDRESS:f.adebisi@gmail.com]] when it arrives.""",
    """Lab inventory, room B214: Bunsen burners ×6 (part BB-220-NG); Geiger counter, serial GC-0019-4471; centrifuge Eppendorf 5424R, S/N 5404FK318822; Petri dishes 90 mm, lot 24A1187; network switch, MAC 00:1A:2B:3C:4D:5E, firmware 3.1.0.22. Asset tags AT-00412 to AT-00431. Calibration due 2025-06-30. Responsible: [[PERSON:Dr. Farzana Haque]].""",
    """Factura n.º F-2025/00418 · Fecha: 14/02/2025 · Emisor: Talleres Goikoa S.L., CIF B20817342, Polígono Ugaldetxo, Oiartzun · Teléfono de atención: 943 491 200 · Pedido PED-77812, albarán ALB-00931 · Ref. pieza 7741-AX-2209 · Cliente: [[PERSON:Gorka Iribarren]] · Entrega en taller de la avenida Ramón y Cajal · Consultas: facturacion@goikoa.eus""",
    """Pharmacy stock check: Levodopa/carbidopa 100/25 (for Parkinson's), NDC 0093-0292-01, lot K2241A, exp 2026-03; Donepezil 10 mg (Alzheimer's), NDC 60505-2598-3, lot 8810C; ABVD kit (Hodgkin's lymphoma), batch 24-7719. Reorder point 40. Supplier hotline 1-877-402-3310. Counted by [[PERSON:Ramona]] on shift B.""",
    """Incident IR-2025-0317: alerts fired for OID 1.3.6.1.4.1.2021.10.1.3.1 on core-rtr-02 (firmware 17.9.4.1, build 4.2.0.118). The config backup hash is d41d8cd98f00b204e9800998ecf8427e. The only real-world address seen was a login by [[USERNAME:hkaur]] from [[IP_ADDRESS:86.142.77.19]]; escalation to noc@meridian-net.co.uk, on-call line 0345 600 7744.""",
]

STYLES = {
    "bench": BENCH,
    "gen": GEN,
    "table": TABLE,
    "chat": CHAT,
    "lookalike": LOOKALIKE,
}


def main() -> None:
    write_and_report("blind98", STYLES, OUT)


if __name__ == "__main__":
    main()

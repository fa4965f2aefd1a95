"""The default detector end to end: core pack patterns, and findings read together (refine.py)."""
from __future__ import annotations

import pytest

from minimize.detection.refine import _is_code


def _found(detector, text):
    [spans] = detector.detect([text])
    return {(s.entity_type, text[s.start : s.end]) for s in spans}


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("my postcode is EH8 9YL", "ZIP_CODE", "EH8 9YL"),  # UK postcode, upper case
        ("send SAR 15,000 to SA8165000000123456789012 before the end", "IBAN_CODE", "SA8165000000123456789012"),
        # (an IBAN before a word: the pattern's 4-character groups no longer run on into "befo")
        ("Toronto, ON M5H 2N2", "ZIP_CODE", "M5H 2N2"),  # Canadian postal code
        ("PIN code 682016 for Kochi", "ZIP_CODE", "682016"),  # 6 digits after a context word
        ("i'm 34 and have never filed taxes", "AGE", "34"),  # "i'm N"
        ("young for a CFO, he's only 31.", "AGE", "31"),  # "he's only N"
        ("Dear Sun-hee, happy 40th birthday!", "AGE", "40"),  # an ordinal before "birthday"
        ("a forty-two-year-old woman", "AGE", "forty-two"),  # an age in words
        ("Grandpa turned ninety last week", "AGE", "ninety"),  # "turned" and a number word
        ("She moved to Vancouver at 16. After that", "AGE", "16"),  # "at N" after a life event
        ("Profile: Daniela Castro | 33 | Bogotá", "AGE", "33"),  # a number between pipes after a name
        ("Gulnara Abenova, 38, reports fever", "AGE", "38"),  # a number right after a name
        ("Will, 31, from Austin — loves dogs", "PERSON", "Will"),  # a given name that is a word, before an age
        ("Clémence Fabre\n17 rue de la République, 69002 Lyon\nclemence.fabre@gmail.com", "PERSON", "Clémence Fabre"),
        ("佐藤 美咲様（29歳）のご予約を承りました。", "PERSON", "佐藤 美咲"),  # a name before its honorific
        ("נולדה ב-3 בינואר 1994 וגרה ברחוב הרצל 45 דירה 8, חיפה.", "DATE_TIME", "3 בינואר 1994"),  # "in" glued on
        ("נולדה ב-3 בינואר 1994 וגרה ברחוב הרצל 45 דירה 8, חיפה.", "ADDRESS", "רחוב הרצל 45 דירה 8"),
        ("رقم الهاتف +962 79 548 2213، مقيمة في عمّان.", "LOCATION", "عمّان"),  # a city with its vowel marks
        ("проживает по адресу: г. Казань, ул. Баумана, д. 17", "LOCATION", "Казань"),  # after "г." (town)
        ("03 Feb  FPS IN LAYLA AL-HASHIMI RENT SHARE     450.00", "PERSON", "LAYLA AL-HASHIMI"),  # a statement's payer
        ("20 Feb  TFR TO HASHIMI I SAVINGS 30419104     200.00", "PERSON", "HASHIMI I"),
        ("Baba adı: Mustafa        Ana adı: Hatice", "PERSON", "Mustafa"),  # a parent's name on a Turkish form
        ("12 Daire: 6, Çankaya/Ankara, posta kodu 06680, cep 0532 418 77 06", "ZIP_CODE", "06680"),  # a postcode's label
        ("Contact: 01223 842 177 / 07702 331 846        Email: p.os@talk21.com", "PHONE_NUMBER", "07702 331 846"),
        ("letters go to Ard na Mara, Main Street, Dungloe, Co. Donegal F94 K2C6", "ADDRESS", "Ard na Mara, Main Street"),
        ("تم تحديد موعد تجديد رخصة القيادة يوم ١٥ رمضان ١٤٤٦ في الرياض", "DATE_TIME", "١٥ رمضان ١٤٤٦"),  # a Hijri date
        ("مریم احمدی، کد ملی 0076543218، متولد ۱۴ مهر ۱۳۶۸، ساکن تهران", "DATE_TIME", "۱۴ مهر ۱۳۶۸"),  # a Persian one
        ("the doctor would like to see you on Tuesday the eleventh, half past nine.", "DATE_TIME", "eleventh"),
        ("at the big Tesco in Cheltenham, yesterday, the fourth, about half five.", "DATE_TIME", "fourth"),
        ("vorrei vederlo giovedì 27 se possibile.", "DATE_TIME", "giovedì 27"),  # a word after another language's weekday
        ("הגישה בקשה למשכנתא ב-12.2.2025. כתובת", "DATE_TIME", "12.2.2025"),  # a preposition glued before the date
        ("คุณสมชาย ใจดี เลขบัตรประชาชน 1 1037 00412 39 5 ที่อยู่", "ID_NUMBER", "1 1037 00412 39 5"),  # a Thai id's groups
        ("Kiprono is arriving in a silver Axio, KDG 417T. Pickup", "ID_NUMBER", "KDG 417T"),  # a Kenyan plate
        ("1420 NW 119th St, Miami, FL 33167, tag QXL R72, cited 03/22/2025", "ID_NUMBER", "QXL R72"),
        ("ul. Baumana, d. 44, kv. 17, индекс 420111. Контактный", "ZIP_CODE", "420111"),
        ("Av. Corrientes 2530, piso 7 dto. C, CABA (C1046AAQ), cel.", "ZIP_CODE", "C1046AAQ"),  # Argentina's CPA
        ("Kfz-Kennzeichen C-KW 4117, Konfession evangelisch.", "NRP", "evangelisch"),
        ("Staatsangehörigkeit Österreich, Religion röm.-kath., Tel.", "NRP", "röm.-kath."),
        ("CAMILA RODRIGUES DE ASSIS\nBrasileira, solteira, 29 anos", "NRP", "Brasileira"),
        ("employer Safaricom PLC; DOB 06/04/1992, 32 years; guarantor", "AGE", "32"),
        ("A second man, older, bald, about 50, was sitting in the car", "AGE", "50"),
        ("Renter: Bo-ra Kim, TX DL 34920817, DOB 1991-02-11", "PERSON", "Bo-ra Kim"),
        ("O'DWYER, Patrick Joseph (\"Paddy\"), late of The Cottage, Ballyduff", "PERSON", "O'DWYER"),
        ("O'DWYER, Patrick Joseph (\"Paddy\"), late of The Cottage, Ballyduff", "PERSON", "Paddy"),
        ("Geachte mevrouw Bakker-Oudshoorn, wij hebben uw aanvraag", "PERSON", "Bakker-Oudshoorn"),
        ("References\n1. Riess et al. 1998, AJ 116, 1009", "PERSON", "Riess"),
        ("4) Varie: la sig.ra Bonino Adeyemi segnala infiltrazioni", "TITLE", "sig.ra"),
        ("10 Mar  FPS to T OKONJO \"rent share march\"     554.55", "PERSON", "T OKONJO"),
        ("25 Mar  Standing order to R FROST \"phone\"      1,841.88", "PERSON", "R FROST"),
        ("laptop SN-0482 assigned to Björn Eriksen-Yamada (beriksen), static IP", "USERNAME", "beriksen"),
        ("Logistics sp. z o.o. z siedzibą w Gdyni, ul. Hutnicza 40", "LOCATION", "Gdyni"),  # a Polish locative
        ('WARN account locked user=karo_ede name="Oghenekaro Ede" phone=+2348034417729', "PERSON", "Oghenekaro Ede"),
        ("Str. Memorandumului nr. 21, ap. 9, jud. Cluj, a depus cererea", "LOCATION", "Cluj"),  # after its kind's word
        ("AB Den Haag, kadastraal bekend gemeente 's-Gravenhage sectie F", "LOCATION", "'s-Gravenhage"),
        ("mailing address Blk 208 Lorong 8 Toa Payoh #11-352, Singapore 310208.", "ADDRESS",
         "Blk 208 Lorong 8 Toa Payoh #11-352"),
        ("Rahul (Support): Ji sir, kal 12 tarikh ko dobara deliver karenge", "DATE_TIME", "12 tarikh"),
        ("We matched! I'm Jade 🙂 31, from Bristol, vegan", "AGE", "31"),  # an emoji between a profile's name and age
        ("the sample was taken from participant K.M.O. in the presence of Dr. Ifeoma", "PERSON", "K.M.O."),
        ("consent log: participant 447-012-0031, initials R.K.M., DOB 1959-03-11", "PERSON", "R.K.M."),
        ("Candidate Tavita Leota, 44, Labour, was nominated for the seat", "NRP", "Labour"),  # a candidate's party
        ("Retired ferry captain, 79, honoured for 1987 rescue", "AGE", "79"),
        ("Case No: MA23P01188\n\nRe J (A Child)\n\n1. This is an application", "PERSON", "J"),  # a court's child
        ("Arresting officer: Ofc. T. Lindahl #2231", "ID_NUMBER", "2231"),  # a collar number after an initial
        ("Age at admission: 72\nWard: 7B", "AGE", "72"),
        ("Marta: ur 29 right?\nliam: 31 actually lol", "AGE", "31"),  # the answer to a guessed age
        ("cuántos cumple tu abuela?\nLupita: 40 el sábado", "AGE", "40"),
        ("the estate passed to Mr. Declan Roe, a widower of seventy-six, in March", "AGE", "seventy-six"),
        ("She grew up in Tabriz and is 37.", "AGE", "37"),  # an age closing a sentence about a person
        ("Boarding: infant Ayo Bello (lap infant, 10 months), seat 14C", "AGE", "10"),  # a baby's age in months
        ("New starter: baby Freya (8 months) in the Acorn room", "AGE", "8"),
        ("Suspect is Asian, about 30, 5 ft 8, dark jacket", "AGE", "30"),  # a description's guess
        ("lol u look like 40 😂", "AGE", "40"),
        ("Zhou Min, born 1979-02-14, 45, mobile +86 138 0013 8000", "AGE", "45"),  # after a date of birth
        ("Occupant 2: Rangi Whitcombe, DOB 04/09/1991", "PERSON", "Rangi Whitcombe"),  # a numbered label
        ("Dispatcher (Moana): unit 4 on the way\nCaller: thank you", "PERSON", "Moana"),  # a speaker after a role
        ("la paciente ingresó ayer; su nieta Itziar firmó el consentimiento", "PERSON", "Itziar"),  # a relative's name
        ("Kontakt: seine Tochter Wiebke, erreichbar ab 18 Uhr", "PERSON", "Wiebke"),
        ("12 Mar   FPI FROM J OKAFOR REF JAN RENT        650.00", "PERSON", "J OKAFOR"),  # a statement's payer
        ("14 Mar   SO TO MR D PATEL REF LOAN        50.00", "PERSON", "D PATEL"),
        ("titulaire : Vesna Horvat, nacionalidad croata, NIE X1234567L", "NRP", "croata"),
        ("send it back on Revolut, lena-k-92 or cash", "USERNAME", "lena-k-92"),  # a handle after the app's name
        ("card verified; online banking ID pmoreno77x; last login 09:12", "USERNAME", "pmoreno77x"),
        ("ok im outside, white prius BXT4471, hazards on", "ID_NUMBER", "BXT4471"),  # a ride's plate after its car
        ("Op 12 okt 2024 om 09:15 schreef Sanne:", "DATE_TIME", "12 okt 2024"),  # a Dutch short month
        ("the break-in happened on the night of 14/02 while we were away", "DATE_TIME", "14/02"),
        ("my birthday is April second, nineteen eighty-eight", "DATE_TIME", "April second, nineteen eighty-eight"),
        ("domiciliée Avenue Louise 331 bte 7, 1050 Ixelles", "ADDRESS", "Avenue Louise 331 bte 7"),
        ("née le 3 juin 1979, domiciliée Avenue Louise 331 bte 7, 1050 Ixelles", "ADDRESS", "Avenue Louise 331 bte 7"),
        ("adresse : 8 cours Lafayette, appartement 12, 69003 Lyon", "ADDRESS", "8 cours Lafayette, appartement 12"),
        ("lives at 2/14 Esplanade, Cottesloe WA 6011", "ZIP_CODE", "6011"),  # a street that is only its kind word
        ("Flat 5, 9 The Crescent, Taunton TA1 4EA", "ADDRESS", "Flat 5, 9 The Crescent"),
        ("担当医 佐藤 健 先生、患者氏名：小林 恵 様", "PERSON", "佐藤 健"),  # a Japanese name apart from its honorific
        ("担当医 佐藤 健 先生、患者氏名：小林 恵 様", "PERSON", "小林 恵"),
        ("緊急連絡先：夫 小林 大輔（080-1234-5678）", "PERSON", "小林 大輔"),  # after a relative
        ("東京都目黒区自由が丘1丁目8-21　メゾン自由が丘", "ADDRESS", "自由が丘1丁目8-21"),
        ("Blake Ocampo, gamertag NightOwlRunner42, was banned", "USERNAME", "NightOwlRunner42"),  # PascalCase, digits
        ("sure, just venmo me for the tickets later tonight: Sam-Ortiz-7", "USERNAME", "Sam-Ortiz-7"),
        ("thanks to Priya Natarajan (pnatarajan-ops) for the fix", "USERNAME", "pnatarajan-ops"),
        ("Security log: failed password attempts for ddouglas from 10.2.3.4", "USERNAME", "ddouglas"),
        ("ping me on Slack at jmwangi if the build breaks", "USERNAME", "jmwangi"),
        ("Member: Rosa Díaz | Health plan member no.: HPN-22018447-01 | Allergies", "ID_NUMBER", "HPN-22018447-01"),
        ('{"name": "Lwazi Dube", "id_number": "8801235111088", "city": "Durban"}', "ID_NUMBER", "8801235111088"),
        ("I, Lerato Mokoena, student number MKLLER002, request a transcript", "ID_NUMBER", "MKLLER002"),
        ("hr.bot 09:01: what's your staff number?\nk.osei 09:02: 30418\nhr.bot 09:02: thanks", "ID_NUMBER", "30418"),
        ("Credit file: NOMVULA GRACE DLAMINI, SSN XXX-XX-1234, DOB 03/1979", "PERSON", "NOMVULA GRACE DLAMINI"),
        ("Passenger MRS SIOBHAN O'NEILL, seat 14C", "PERSON", "SIOBHAN O'NEILL"),  # an apostrophe in capitals
        ("Cpt. Ifeanyi Obi of the 3rd battalion", "TITLE", "Cpt."),
        ("deliver to 41 W Elm St Decatur IL 62521 by Friday", "LOCATION", "Decatur"),  # no comma after the street
        ("Flat 3, 8 Grey Street, Newcastle upon Tyne, Tyne and Wear NE1 6AE", "LOCATION", "Tyne and Wear"),
        ("Mail: Dale Hooper, RR 2 Box 117B, Ponca City, OK 74601", "ADDRESS", "RR 2 Box 117B"),  # a rural route's box
        ("ok so Priya's 30th is next Saturday at the rooftop", "AGE", "30"),  # whose birthday
        ("She has been a member of the Green Party since 2010.", "NRP", "Green"),  # a person's party
        ("ship to 45 Main St, Boise, ID 83702", "ZIP_CODE", "83702"),  # NER's "ID 83702" cut before its code
        ("Dear Registrar, I, Zodwa Khumalo, ask that my surname be changed to Khumalo-Zulu after marrying Sipho Zulu.",
         "PERSON", "Khumalo-Zulu"),  # two names found apart, joined by a hyphen
        ("I sell prints on Etsy under the name inkandmoss and nowhere else", "USERNAME", "inkandmoss"),
        ("Name: Farah Siddiqui\nBuilding number: 12\nStreet: Shahrah-e-Faisal Road\nCity: Karachi", "ADDRESS", "12"),
        ("Name: Farah Siddiqui\nBuilding number: 12\nStreet: Shahrah-e-Faisal Road\nCity: Karachi", "ADDRESS",
         "Shahrah-e-Faisal Road"),  # a form's street field with no number
        ("Please forward it to Flat 2, 14 Northgate, Darlington DL1 1RW", "ADDRESS", "Flat 2, 14 Northgate"),
        ("Titel | Vorname | Nachname\nHerr | Jonas | Weber\nFrau Dr. | Aylin | Yıldız", "TITLE", "Frau Dr."),
        ("Worker Tesfaye Bekele, Fayda FAN 1234 5678 9012 3456, Addis Ababa", "ID_NUMBER", "1234 5678 9012 3456"),
        ("Customer Kaito Sato, My Number 1234 5678 9012, Osaka", "ID_NUMBER", "1234 5678 9012"),  # not a phone
        ("Kunde Lukas Gruber, SVNR 1234 120385, Wien", "ID_NUMBER", "1234 120385"),
        ("Clubcard 6340 1234 5678 9012 belongs to Jean Marsh", "ID_NUMBER", "6340 1234 5678 9012"),  # no phone
        ("Inmate Jerome Tate, booking number 2025-004471, DOC #A1234BC", "ID_NUMBER", "A1234BC"),
        ("Inmate Jerome Tate, booking number 2025-004471, DOC #A1234BC", "PERSON", "Jerome Tate"),  # not the role
        ("Pacjent Anna Kowalska, PESEL 85031212345, Kraków", "PERSON", "Anna Kowalska"),
        ("I (Beatrix Llewellyn, cust. #A-00488129) was charged twice", "ID_NUMBER", "A-00488129"),
        ("is it still free? im kabir btw, 23, doing my masters", "AGE", "23"),  # a chat word between name and age
        ("TO: Anneliese Vandermeer, 15 Keizersgracht, 1015 CJ Amsterdam", "ADDRESS", "15 Keizersgracht"),
        ("Address: Carrera 7 # 71-21, Torre B, Of. 1203, Bogotá D.C.", "ADDRESS", "Carrera 7 # 71-21, Torre B, Of. 1203"),
        ("Flat 2B, 41 Clarence Street, Brighton BN1 2LA – Mr Oluwaseun Adeyemi (tenant)", "PERSON", "Oluwaseun Adeyemi"),
        ("member_no|surname|dob|parish\nCC-10482|Thompson|1979-04-12|Clarendon", "LOCATION", "Clarendon"),  # a parish
        ("Could you reset the password for user tbrennigan? He is locked out", "USERNAME", "tbrennigan"),  # "for user"
        ("Wei Zhang (wzhang88 on GitHub) opened the pull request", "USERNAME", "wzhang88"),
        ("On behalf of the Okonkwo family, we thank everyone who came", "PERSON", "Okonkwo"),  # a family's name
        ("hey it's Marcus, can you tell Jenna I'll be late?", "PERSON", "Jenna"),  # not "Jenna I'll"
        ("| Name | Religion | Age |\n|---|---|---|\n| Jocelyn Ramos | Iglesia ni Cristo | 41 |", "NRP", "Iglesia ni Cristo"),
        ("Maria Fuentes ('Lola'), member no. GYM-448201, 67, paid the annual fee", "AGE", "67"),
        ("Bestelling voor Sanne Kuijpers (sannekuijpers, sanne.k@kpnmail.nl) betaald", "USERNAME", "sannekuijpers"),
        ("Tenants Cole and Marisol Brennan of Unit 6, 14 Harbour Road", "PERSON", "Cole"),  # a role before a listed name
        ("| 2A | Omar & Leila Benali | 267-818-0293 |", "PERSON", "Omar"),
        ("Renter: Brooklyn Hayes, 24 (young driver surcharge applies)", "AGE", "24"),
        ("Venkat Subramaniam, FIN G6214093W, Indian national, 34, employer Keppel", "AGE", "34"),  # two items between
        ("my dad Arturo will be 70 next month; can they both", "AGE", "70"),
        ("DD is two and has eczema, DS is 5. The manager", "AGE", "5"),
        ("السيد خالد العتيبي، 45 عامًا، راجع فرع البنك", "AGE", "45"),
        ("Your laptop is registered to username dokaforreyes at 172.16.40.23.", "USERNAME", "dokaforreyes"),
        ("[voice] Ravenclaw99: ok push B\n[voice] MoMo_Salah_fan: brb\n[voice] Ravenclaw99: bro", "USERNAME", "Ravenclaw99"),
        ("Adresse : 14 bis rue des Capucins, 69001 Lyon ; Tél. : 06 12 44 87 30", "ADDRESS", "14 bis rue des Capucins"),
        ("<address>\n  <line1>The Old Forge</line1>\n  <line2>Back Lane</line2>\n</address>", "ADDRESS", "The Old Forge"),
        ("4th Floor, Tower B, Panchshil Tech Park, Yerwada, Pune 411006", "ADDRESS", "4th Floor, Tower B, Panchshil Tech Park"),
        ("CALLER: forty-two Scar Lane, H D three, four D Q", "ADDRESS", "forty-two Scar Lane"),
        ("| Name | City | PIN |\n|---|---|---|\n| Karthik Iyer | Chennai | 600017 |", "ZIP_CODE", "600017"),
        ("Flat 1202, Lakeview Residency, 14th Main Road, HSR Layout, Bengaluru 560102", "LOCATION", "HSR Layout"),
        ("陈晓雨女士，身份证号 440305199006173828，收货地址", "TITLE", "女士"),
        ("Solicitud de cuenta — Titular: D.ª Ioana Popescu; NIE: Y4471029G", "TITLE", "D.ª"),
        ("LOCADOR: Roberto Almeida Prado, brasileiro, casado, engenheiro", "NRP", "brasileiro"),
        ("Le 24 févr. 2025 à 09:15, Olivier Ravel a écrit", "DATE_TIME", "24 févr. 2025"),
        ("[09:14:09] INFO  api: GET /api/v2/users/558120/profile 200 user=jmaalouf", "ID_NUMBER", "558120"),
        ('נועה לוי, ת"ז 031584725, כתובת: רחוב הרצל 18 דירה 6, חיפה. טלפון', "LOCATION", "חיפה"),  # Haifa, in Hebrew
        ("NHS 450 918 2635, address Bryn Awel, Ffordd y Traeth, Aberdaron, Pwllheli LL53 8BE", "ADDRESS",
         "Bryn Awel, Ffordd y Traeth"),  # a Welsh house's name, a street its kind word first
        ("Schreinerei Albrecht GmbH · Industriestraße 14 · 79110 Freiburg im Breisgau", "ZIP_CODE", "79110"),
        ("AGENT: the first line of the address?\nCALLER: Number twelve Foxglove Close.", "ADDRESS", "twelve Foxglove Close"),
        ("nos vemos en col. Santa María la Ribera, el sábado 22 a las 3", "DATE_TIME", "sábado 22"),
        ("Posted by tiredmumof3 in Women's Health", "USERNAME", "tiredmumof3"),
        ("مرحباً أحمد، نذكّرك بموعدك مع د. سلمى العتيبي يوم ١٥ مايو", "PERSON", "سلمى العتيبي"),  # after a title
        ("مرحباً أحمد، نذكّرك بموعدك مع د. سلمى العتيبي يوم ١٥ مايو", "TITLE", "د."),
        ("Rohit: Flat 1204, Tower B, Mahagun Moderne, Sector 78, Noida 201301", "ADDRESS", "Flat 1204, Tower B, Mahagun Moderne"),
        ("Rohit: Flat 1204, Tower B, Mahagun Moderne, Sector 78, Noida 201301", "LOCATION", "Sector 78"),
        ("address Unit 1408 Avida Towers, 34th St., Bonifacio Global City", "ADDRESS", "Unit 1408 Avida Towers, 34th St."),
        ("New supply for Ewan McTavish, The Old Schoolhouse, Kirkton, Aberfeldy PH15 2EY;", "ADDRESS", "The Old Schoolhouse"),
        ('"address": [{"line": ["Rose Cottage", "12 Church Lane"], "city": "Ludlow"}]', "ADDRESS", "Rose Cottage"),
        ("eski eşim Burak Şahin, 34 BKT 418 plakalı aracıyla", "ID_NUMBER", "34 BKT 418"),  # a plate before its word
        ("Komiser Yardımcısı Serkan Yılmaz, sicil no 118437", "ID_NUMBER", "118437"),
        ("Dr Rachel Tuhiwai, GP (MCNZ 48172)", "ID_NUMBER", "48172"),
        ("References\n1. Okonkwo A, Lindqvist M. Soil carbon under grazing. Nat Sustain.", "PERSON", "Okonkwo"),
        ("References\n1. Okonkwo A. Soil carbon. Nat Sustain. 2021.\n2. Haraway, D. Staying with the Trouble. Duke; 2016.",
         "PERSON", "D."),
        ("12 Daire: 6, Çankaya/Ankara, posta kodu 06680, cep 0532 418 77 06", "PHONE_NUMBER", "0532 418 77 06"),
        ("születési idő 1989. október 14., lakcím 1072 Budapest, Akácfa utca 19.", "ZIP_CODE", "1072"),
        ("reprezentowaną przez Pana Marka Zielińskiego, Prezesa", "TITLE", "Pana"),  # a title NER read into the name
        ("Bill to: Mrs Harriet Coombes, The Granary", "PERSON", "Harriet Coombes"),  # ... which keeps the name apart
        ("Bi. Amina Mwakyusa, mwenye umri wa miaka 45, amesajiliwa", "TITLE", "Bi."),
        ("Bi. Amina Mwakyusa, mwenye umri wa miaka 45, amesajiliwa", "AGE", "45"),
        ("Nom : Lefebvre ; Prénom : Côme ; Civilité : M. ; Né le 23/05/1984", "TITLE", "M"),
        ("Ezinne from Enugu, 24: your account ezinne_o24 is locked", "AGE", "24"),  # a profile's heading
        ("described the man as about 25, wearing a grey tracksuit", "AGE", "25"),
        ("a woman at the front, who I would say was around 60. She later", "AGE", "60"),
        ("Et Hugo fête ses 30 ans donc ramène un truc", "AGE", "30"),
        ("Leni hat am 21.11. Geburtstag, sie wird 30 🎂 wir wollen", "AGE", "30"),
        ("佐藤 美咲様（29歳）のご予約を承りました。", "TITLE", "様"),
        ("김지은님의 배송지는 서울특별시 마포구", "PERSON", "김지은"),
        ("患者王秀英，女，63岁，于2025年3月2日入院。", "AGE", "63"),
        ("คุณสมชาย ใจดี อายุ 58 ปี นัดตรวจสุขภาพ", "AGE", "58"),
        ("Olivia Brennan 10:48: yes, 4 Calder Close, Wakefield WF1 4PQ since 1 March", "LOCATION", "Wakefield"),
        ("Mr. Darnell Okafor\n577 Lenox Road, Apt 3C\nBrooklyn, NY 11203\n\nDear Mr. Okafor:", "LOCATION", "Brooklyn"),
        ("Notice to Ms Olive Harrington, Top Floor Flat, 22 Belvoir Road, Bristol BS6 5DQ", "ADDRESS",
         "Top Floor Flat, 22 Belvoir Road"),  # a flat's floor before it; the suffix word "Flat" hides no street
        ("ROSARIO M. DELA PAZ, of legal age, Filipino, widow, with residence at", "NRP", "Filipino"),  # a deed's party
        ("A-304, Sai Krupa Residency, Baner Road, Pune – 411045, Maharashtra\nMobile", "LOCATION", "Maharashtra"),
        ("4812 W Cermak Rd, Cicero,\nIL 60804. Cardiology", "LOCATION", "IL"),  # a state's code on the next line
        ("just moved into 2/18 Kooyong Rd Caulfield North VIC 3161 and need the gas", "ZIP_CODE", "3161"),  # no comma
        ("Statement taken by: PC Lewis Grant 2386", "ID_NUMBER", "2386"),  # a collar number after the name
        ("1. Ramírez-Osorio, L., & Haugen, T. (2023). Kalman filters", "PERSON", "Haugen"),  # a reference's authors
        ("my dad (72) has an appointment", "AGE", "72"),  # after a relative, in brackets
        ("Ahmed Hassan, sixty-seven, a retired teacher", "AGE", "sixty-seven"),  # words after a name
        ("Patient Haruto Matsumoto, male, 71, MRN 448812", "AGE", "71"),  # past the sex
        ("Reporting person: Chanel Baptiste, 33\nAddress of incident: 1719 Elm Street", "AGE", "33"),  # a line's end
        ("Label: Arthur Penhaligon, 79 — take ONE tablet three times a day", "AGE", "79"),  # a dash's
        ("Yuki Tanaka (田中 由紀), 23, is a student", "AGE", "23"),  # past a bracket after the name
        ("Marcus Chen (age thirty-one) runs a shop", "AGE", "thirty-one"),  # "age" and words
        ("Daniel Kim, who will turn forty next spring", "AGE", "forty"),  # "turn"
        ("our kiddo turns five tomorrow", "AGE", "five"),  # a small number word
        ("my father died when I was nine.", "AGE", "nine"),  # "when I was"
        ("María López, de 27 años, vive en", "AGE", "27"),  # Spanish
        ("La Mireia Font, de 33 anys, va iniciar sessió", "AGE", "33"),  # Catalan
        ("Penyewa berusia 21 tahun dan KTP-nya bernomor", "AGE", "21"),  # Indonesian
        ("Jakub Nowak, lat 34, zamieszkały", "AGE", "34"),  # Polish
        ("生年月日: 1996年11月8日 (満27歳)", "AGE", "27"),  # Japanese: CJK runs are no codes
        ("The new tenant, Ivan Petrov, is 41 and from Omsk.", "AGE", "41"),  # ", is N" after a name
        ("He is about 40, heavy build", "AGE", "40"),  # "is about N"
        ("cant believe ur 30 drinks on me", "AGE", "30"),  # "you're N" in chat
        ("children aged 4 and 7. Caseworker", "AGE", "4"),  # the first of listed ages
        ("children aged 4 and 7. Caseworker", "AGE", "7"),  # ... and the next
        ("ages 3, 5 and 9 at the time", "AGE", "5"),  # a longer list
        ("I (28F) and my boyfriend (30M) split rent", "AGE", "28"),  # age and sex in brackets
        ("Pt D.K. (44M) day 3 DKA", "AGE", "44"),  # clinical shorthand
        ("at the age of twelve and now runs a group", "AGE", "twelve"),  # words, then "and"
        ("Camille Dubois, âgée de 29 ans, habite", "AGE", "29"),  # French
        ("Ana tem 34 anos e mora no Porto", "AGE", "34"),  # Portuguese
        ("Ana Lucía Gómez, de treinta y cinco años, vive en", "AGE", "treinta y cinco"),  # words, Spanish
        ("Giorgio Marchetti, sessantadue anni, abita in", "AGE", "sessantadue"),  # words, Italian
        ("Jean-Luc Tremblay, soixante-huit ans, habite au", "AGE", "soixante-huit"),  # words, French
        ("his SSN is 536 22 8726 on file", "US_SSN", "536 22 8726"),  # spaces, with context
        ("social security number 412567890", "US_SSN", "412567890"),  # no separators, with context
        ("driver's license D123-4567-8901 rejected", "US_DRIVER_LICENSE", "D123-4567-8901"),  # state format
        ("Dear Dr. Ramanathan,", "TITLE", "Dr."),  # honorific
        ("Dear Dr. Ramanathan,", "PERSON", "Ramanathan"),  # the name after it
        ("She flew to Kraków on 12 August.", "LOCATION", "Kraków"),  # gazetteer / NER
        ("Seen on 15 January 2025 in clinic", "DATE_TIME", "15 January 2025"),  # a calendar date
        ("Limerick V94 X2T6\n\nDear Declan", "ZIP_CODE", "V94 X2T6"),  # an Eircode with letters and digits
        ("Florianópolis - SC, 88015-530\nCelular", "ZIP_CODE", "88015-530"),  # a Brazilian CEP
        ("Lives at 19 Rue des Lilas, 75019 Paris", "ADDRESS", "19 Rue des Lilas"),  # street
        ("Sveavägen 44, lgh 1102, 111 34 Stockholm", "ZIP_CODE", "111 34"),  # a postal code before its town
        ("Rua Augusta 142, 2.º Esq., 1100-053 Lisboa", "ZIP_CODE", "1100-053"),  # Portugal
        ("at Keizersgracht 318-II, 1016 EZ Amsterdam", "ZIP_CODE", "1016 EZ"),  # the Netherlands
        ("Musashino-shi, Tokyo 180-0004\n", "ZIP_CODE", "180-0004"),  # after its town
        ("現住所: 〒530-0012 大阪府", "ZIP_CODE", "530-0012"),  # Japan's postal mark
        ("Lakcím: 1052 Budapest, Váci utca 24.", "ZIP_CODE", "1052"),  # a postal code after a label, before its town
        ("12, rue de la Gare, L-1611 Luxembourg, IBAN", "ZIP_CODE", "L-1611"),  # a country's letter before it
        ("den Grundbuchauszug für das Objekt in 93047 Regensburg.", "ZIP_CODE", "93047"),  # after "in", before its town
        ("She lives at Brīvības iela 55, Rīga, LV-1010, Latvia.", "ZIP_CODE", "LV-1010"),  # ... after its town
        ("gave House 118, Sector 21-C, Chandigarh 160022 as her address.", "ZIP_CODE", "160022"),  # six digits after a town
        ("send it to 221 baker st london nw1 6xe", "ZIP_CODE", "nw1 6xe"),  # a British postcode written small
        ("my postcode is sw1a 1aa thx", "ZIP_CODE", "sw1a 1aa"),  # ... after its label
        # a name and an age opening a listing, a sentence or a field; a party of a case and an age
        ("Rangi, 29, loves tramping and flat whites.", "PERSON", "Rangi"),
        ("Rangi, 29, loves tramping and flat whites.", "AGE", "29"),
        ("Referral to paediatric ENT: Amara Conteh, 7, DOB 19.07.2017.", "PERSON", "Amara Conteh"),
        ("Referral to paediatric ENT: Amara Conteh, 7, DOB 19.07.2017.", "AGE", "7"),
        ("R v Kallum Brennan. The defendant, 19, pleaded guilty.", "AGE", "19"),
        ("Patient: Lorenzo Bianchi, 66 y, MRN 00482917", "AGE", "66"),  # "66 y"
        ("un jeune homme d'environ 20 ans, casqué", "AGE", "20"),  # French "about 20 years"
        ("his snap is on there and hes 17 apparently", "AGE", "17"),  # chat without an apostrophe
        # who a family word, a wish or a personal thing names
        ("im just leaving auntie bisi place now", "PERSON", "bisi"),
        ("happy bday kezza!!! cant believe it", "PERSON", "kezza"),
        ("venmo me when u can 🙏 jules u still owe me for the wifi", "PERSON", "jules"),  # after an emoji
        ("hola marta, que tal el finde", "PERSON", "marta"),  # a greeting of another language
        ("yes mum im at becca's tonight, 41 whitmore rd", "PERSON", "becca"),  # a given name's possessive, small
        ("yo its deji lost my fone, new num soon", "PERSON", "deji"),
        ("Please move the balance into Ngozi's savings account today.", "PERSON", "Ngozi"),  # a town too
        ("Somebody signed into will's account from a new device", "PERSON", "will"),
        # a passenger list: surname/given name and the title
        ("014  OYELARAN/ADEBOLA MS  23C", "PERSON", "OYELARAN"),
        ("014  OYELARAN/ADEBOLA MS  23C", "PERSON", "ADEBOLA"),
        ("014  OYELARAN/ADEBOLA MS  23C", "TITLE", "MS"),
        ("PNR K7QX2L  1.MWANGI/DANIEL KAMAU MR  KQ 100 Y", "PERSON", "MWANGI"),  # a list's number glued to the name
        # a title inside NER's misreading of a greeting in another language
        ("Sehr geehrte Frau Albrecht,\n\nwir bestätigen", "PERSON", "Albrecht"),
        # a key glued before a value is no code ("BDAY:" in a vCard)
        ("BEGIN:VCARD\nFN:Kofi Mensah\nBDAY:1983-05-17\nEND:VCARD", "DATE_TIME", "1983-05-17"),
        # dates with months of other languages, and a day/month after a weekday or an appointment
        ("перенести приём на 12 марта, его номер", "DATE_TIME", "12 марта"),
        ("Elif Şahin ile görüşme 5 Haziran tarihine ertelendi", "DATE_TIME", "5 Haziran"),
        ("bago ang Hulyo 15.", "DATE_TIME", "Hulyo 15"),
        ("Next appointment: 14/02 at 10:30", "DATE_TIME", "14/02 at 10:30"),
        ("Home visit, Tues 3/12. Present: the family", "DATE_TIME", "Tues 3/12"),
        ("Intervenida el 13/01 sin incidencias.", "DATE_TIME", "13/01"),
        # phones: a phone's own "n°", a country code on a number in a range for fiction
        ("son téléphone (n° 07 58 33 41 90), sa carte", "PHONE_NUMBER", "07 58 33 41 90"),
        ("call me when ur free +44 7700 900 418 not the old one", "PHONE_NUMBER", "+44 7700 900 418"),
        ("We have 001-589-442-7710x338 on file and DOB 1987-02-19.", "PHONE_NUMBER", "001-589-442-7710x338"),  # an extension
        ("Phone: 555.201.3344x9021.", "PHONE_NUMBER", "555.201.3344x9021"),
        ("地址是上海市，手机138 1762 4410。", "PHONE_NUMBER", "138 1762 4410"),  # glued to Chinese
        # nationality and religion fields in other languages
        ("Nationalité: croate\nN° passeport: 117294835", "NRP", "croate"),
        ("Religión (opcional): católica\n¿Fuma? No", "NRP", "católica"),
        # addresses: a label in capitals, "C/", Portugal's code, a German floor, a lower-case UK postcode
        ("APT 6B, 340 RIVERSIDE DR\nNEW YORK NY 10025-3478", "ADDRESS", "APT 6B, 340 RIVERSIDE DR"),
        ("APT 6B, 340 RIVERSIDE DR\nNEW YORK NY 10025-3478", "LOCATION", "NY"),
        ("Domicilio: C/ Colón 14, 2º B", "ADDRESS", "C/ Colón 14, 2º B"),
        ("Rua Santa Catarina 512, 3.º Esq., 4000-446 Porto", "ZIP_CODE", "4000-446"),
        ("Rua Santa Catarina 512, 3.º Esq., 4000-446 Porto", "LOCATION", "Porto"),
        ("Bergstraße 14, 2. OG links, 69120 Heidelberg", "LOCATION", "Heidelberg"),
        ("Rua Padre Chagas, 415, ap. 302 – Moinhos de Vento, Porto Alegre/RS", "LOCATION", "Moinhos de Vento"),
        ("on speaker flat 9 81 stanhope rd n6 5ab like", "ZIP_CODE", "n6 5ab"),
        ("send it to 12 kerrigan st marrickville 2204 ty!!", "ZIP_CODE", "2204"),
        # a relation, a comma, a name; who someone claims to be; a Korean given name alone
        ("Co-maker is her husband, Rodel, a tricycle driver.", "PERSON", "Rodel"),
        ("someone on whatsapp claiming to be Chukwuemeka Eze, but", "PERSON", "Chukwuemeka Eze"),
        ("I matched with Jae-won on 3 August and he has texted", "PERSON", "Jae-won"),
        ("grp chat: everyone send connor 150 by fri", "PERSON", "connor"),  # a name younger than the census
        # a neighbourhood before its city; countries as other languages name them
        ("Vive con su hija en Triana, Sevilla. Alta el 20/01/2025", "LOCATION", "Triana"),
        ("né le 2 février 1990 à Oran (Algérie)", "LOCATION", "Algérie"),
        # a role before a name; a known first name opening a sentence before "from"
        ("Candidate Oluwadamilare Bankole gave his date of birth as 1994.", "PERSON", "Oluwadamilare Bankole"),
        ("Priyanka from Pune wrote that her Aadhaar was wrong.", "PERSON", "Priyanka"),
        # a labelled name NER reads only in part stays whole ("venegas" is in no list)
        ("New submission\nFull name: marisol venegas\nEmail: marisolv@yahoo.com.mx", "PERSON", "marisol venegas"),
        # a form's next field after a gap is no part of the name NER runs on into
        ("Insured: Bogusława Lis  Policy HH-3307712\nRisk address: 4 Orchard Way", "PERSON", "Bogusława Lis"),
        # a place NER runs into a postal code that also reads as a phone keeps its words
        ("move her address to 3-8-21 Nishiki, Naka-ku, Nagoya 460-0003.", "LOCATION", "Nagoya"),
        # a French ordinal is no code
        ("employé dans notre entreprise depuis le 1er septembre 2019 en qualité", "DATE_TIME", "1er septembre 2019"),
    ],
)
def test_when_default_detector_reads_text_then_it_finds(detector, text, entity, value):
    assert (entity, value) in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("write to ana.ruiz@example.com", "URL"),  # an email's domain is not a URL
        ("Order CUST-692743 shipped", "PERSON"),  # an id is not a name
        ("ticket NG-88412-X closed", "LOCATION"),  # "NG" inside a code is not Nigeria
        ("The call lasted 3 days and cost 10:15 minutes", "DATE_TIME"),  # durations and times
        ("Meet on Monday", "DATE_TIME"),  # a weekday alone
        ("licences (v4.2) for 3 seats", "US_DRIVER_LICENSE"),  # a version with a licence word nearby
        ("A12345678", "US_DRIVER_LICENSE"),  # letter + digits without any context word
        ("US", "LOCATION"),  # a country code alone in a value
        ("set the grid to cell b2 3ab and save", "ZIP_CODE"),  # a postcode's shape in small letters, no place
        ("respondents aged 18 to 65", "AGE"),  # an age range in statistics
        ("We moved the meeting to the office at 10:30 today", "AGE"),  # a time after "moved ... at"
        ("our 3rd anniversary sale", "AGE"),  # an ordinal that is no birthday
        ("he is twenty minutes late", "AGE"),  # a number word before a unit
        ("I met Ana Ruiz, two weeks ago", "AGE"),  # a number word after a name, then a unit
        ("please turn two pages back", "AGE"),  # "turn" and a count
        ("when I was 5 minutes late", "AGE"),  # "when I was" and a duration
        ("hace 27 años que vivo aquí", "AGE"),  # "27 years ago"
        ("il y a 3 ans, nous avons", "AGE"),  # French "3 years ago"
        ("between the ages of 18 and 65 were asked", "AGE"),  # a range with "and"
        ("I'll send ur 30 bucks tomorrow", "AGE"),  # "your 30 bucks"
        ("he is 6 ft tall", "AGE"),  # a height
        ("office (4F), Shibuya", "AGE"),  # a floor: one digit and F is no age
        ("tutor,group\nPriya Shah,2\nTom Lee,3\n(end of list)", "AGE"),  # a CSV row's last cell after a name
        ("salary 19200.13", "PHONE_NUMBER"),  # an amount
        ("the 2024 Paris Olympics, then Tokyo 2020.", "ZIP_CODE"),  # years next to places
        ("we sold 1200 Berlin tickets", "ZIP_CODE"),  # a count before a place, mid-sentence
        ("model A12 3456 in stock", "ZIP_CODE"),  # an Eircode's shape, all digits, no context
        ("Widget, 12, 4.99 each", "PERSON"),  # a row of numbers, no name and age
        ("my mum's number is on the fridge", "PERSON"),  # a family word owns the number
        ("el 3/4 del presupuesto se fue", "DATE_TIME"),  # a share, not a date
        ("Sales from Europe rose. Member Services will call.", "PERSON"),  # words where names go
        ("Rua Augusta 274, CEP 01304-001", "LOCATION"),  # a postal code's kind word
        ("Nationality: N/A", "NRP"),  # an empty field
        ("Bergstraße 14, 2. OG links, 69120 Heidelberg", "PERSON"),  # "links" is no town, no name
        ("Lucia, grandmother of 14 and great-grandmother of 3, died peacefully", "AGE"),  # her grandchildren
        ("reporter IP 121.134.77.208; suspect IP 98.207.14.63.", "PERSON"),  # an id's label, no name
        ("DOB: 14/07/1962 (62 yrs)     Address: 18 Hope Road", "PHONE_NUMBER"),  # a date and an age, no phone
        ("67 yo M with hx of CHF who presented to the ED with SOB", "PERSON"),  # a clinical note's abbreviations
        ("User garrett_okuneva with password Xk9#mQ2!pL logged in from 2001:0db8:85a3::7334", "ADDRESS"),  # a password
        ("Patient: Biscuit (canine, 7y, neutered) | Owner: T. Hale", "AGE"),  # a pet's age
    ],
)
def test_when_text_only_looks_like_pii_then_that_entity_is_not_reported(detector, text, entity):
    assert entity not in {e for e, _ in _found(detector, text)}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Mr Danso, UTR 8473 92016 5, NI number PZ 41 88 19 C, Leeds", "NI"),  # National Insurance, no place
        ("Müşteri: Emre Yıldırım, T.C. Kimlik No: 59103784232, doğum tarihi", "T.C. Kimlik"),
        ("Versicherte: Nicole Brunner, AHV-Nr. 756.3819.4027.53, geboren", "AHV-Nr"),
    ],
)
def test_when_ner_reads_an_ids_label_as_a_name_or_place_then_the_label_is_dropped(detector, text, label):
    assert label not in {value for _, value in _found(detector, text)}


def test_when_ner_runs_chat_words_into_a_name_then_they_are_left_out(detector):
    values = {value for _, value in _found(detector, "[09:14] tanya: omg did u hear abt marcus and keisha??")}
    assert "abt marcus" not in values
    assert "Tel Aviv" in {value for _, value in _found(detector, "Rothschild Blvd 22, Apt 9, Tel Aviv 6688218, Israel")}


def test_when_a_role_opens_a_name_then_the_name_is_found_without_it(detector):
    values = {value for kind, value in _found(detector, "Pacjent Anna Kowalska, PESEL 85031212345, Kraków") if kind == "PERSON"}
    assert values == {"Anna Kowalska"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("omg jess ur gonna love this, me and tyler are moving", "jess"),  # not "jess ur"
        ("the party is at his cousin ricky's place, bring drinks", "ricky"),  # not "ricky's"
    ],
)
def test_when_a_name_runs_into_a_chat_word_or_a_possessive_then_they_are_left_out(detector, text, name):
    assert name in {value for kind, value in _found(detector, text) if kind == "PERSON"}


def test_when_a_chat_laughs_then_the_laughter_is_no_place(detector):
    assert not {value for _, value in _found(detector, "lmaooo did u see what kev posted?? hahaha")} & {"lmaooo", "hahaha"}


def test_when_a_chat_speaker_has_a_role_and_a_name_then_the_role_is_no_place(detector):
    text = "Customer: new address is 12 Kestrel Close, Canterbury CT1 3RB\nAgent (Mei): No problem, updated."
    assert ("LOCATION", "Agent") not in _found(detector, text)


def test_when_a_log_line_names_the_next_key_after_a_login_word_then_the_key_is_no_login(detector):
    found = _found(detector, "ts=2025-03-14T09:12:44Z user=ksato action=login src_ip=203.0.113.45")
    assert ("USERNAME", "ksato") in found
    assert ("USERNAME", "src_ip") not in found


def test_when_a_fixed_width_header_follows_a_nationality_label_then_the_header_is_no_people(detector):
    found = _found(detector, "Name                 Nationality   Passport No.\nAhmed Al Mansoori    Emirati       P1234567")
    assert ("NRP", "Emirati") in found
    assert ("NRP", "Passport") not in found


def test_when_a_phone_label_in_capitals_follows_an_address_then_it_is_no_place(detector):
    found = _found(detector, "ACME LTD\n12 HIGH ST\nLEEDS LS1 4AB\nTEL 0113 496 0000")
    assert ("ZIP_CODE", "LS1 4AB") in found
    assert not {value for kind, value in found if kind == "LOCATION" and "TEL" in value}


def test_when_a_phone_label_follows_an_address_then_it_is_no_postal_code(detector):
    found = _found(detector, "domicilié Rue Haute 212, 1000 Bruxelles, GSM 0478 21 33 90")
    assert ("ZIP_CODE", "1000") in found
    assert not {value for kind, value in found if kind in ("ZIP_CODE", "LOCATION") and "GSM" in value or value == "0478"}


def test_when_card_digits_lie_inside_an_iban_then_only_the_iban_is_reported(detector):
    found = _found(detector, "whose IBAN is AT61 1904 3002 3457 3201.")
    assert ("IBAN_CODE", "AT61 1904 3002 3457 3201") in found
    assert "CREDIT_CARD" not in {e for e, _ in found}


def test_when_two_types_claim_the_same_digits_then_the_better_reading_wins(detector):
    found = _found(detector, "his SSN is 536 22 8726 on file")
    assert ("US_SSN", "536 22 8726") in found and ("PHONE_NUMBER", "536 22 8726") not in found


@pytest.mark.parametrize(
    ("token", "code"),
    [
        ("CUST-692743", True),  # prefix and number
        ("s-16", True),  # short prefix
        ("QN65Q80C", True),  # letters and digits glued
        ("45-year-old", False),  # words and a number
        ("23rd", False),  # an ordinal
        ("1er", False),  # an ordinal in French
        ("10mg", False),  # a unit
        ("2024-06-30", False),  # a date has no letters
        ("Teheran-ro", False),  # a street name has no digits
    ],
)
def test_when_a_token_mixes_letters_and_digits_then_it_is_a_code_unless_it_reads_as_words(token, code):
    assert _is_code(token) == code


def test_when_an_account_label_precedes_an_iban_then_the_iban_is_reported_as_such(detector):
    found = _found(detector, "Salary will be paid into account DE44 5001 0517 5407 3249 31 from May.")
    assert ("IBAN_CODE", "DE44 5001 0517 5407 3249 31") in found


def test_when_ner_reads_an_age_in_words_as_a_name_then_the_age_wins(detector):
    found = _found(detector, "Ana Lucía Gómez, de treinta y cinco años, vive en Madrid.")
    assert ("AGE", "treinta y cinco") in found
    assert not any(e == "PERSON" and "treinta" in v for e, v in found)


def test_when_ner_reads_a_place_with_a_code_at_its_edge_then_the_place_stays_without_the_code(detector):
    found = _found(detector, "I moved to 77 Harbour Road, Kilkenny R95 X2Y4 last year")
    assert ("LOCATION", "Kilkenny") in found and ("ZIP_CODE", "R95 X2Y4") in found
    assert not any(e == "LOCATION" and "R95" in v for e, v in found)


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Carlos de la Fuente, RFC FUCJ800512KX3, 44, domicilio Calle Reforma 222", {"44"}),  # one item between
        ("Aroha Te Rangi, NHI ZAC5361, 60, 27 Queen Street", {"60"}),
        ("We just moved from Bradford. Our boys are 6 and 9 if yours want to play", {"6", "9"}),  # two children
        ("Maria Lopez, London, 45, teacher", {"45"}),
        ("Daan de Vries (58), BSN 204817369, Lijnbaansgracht 22", {"58"}),  # in brackets
        ("pls dont share this but tom is 52 not 45 lmao", {"52"}),  # "N not M": the first is the age
        ("Marc-André Tremblay, 52 ans, 4520 rue Saint-Denis", {"52"}),  # the word for years in French
        ("Catalina Fuentes Soto, RUT 16.482.903-K, 38 años, Av. Providencia", {"38"}),  # ... and Spanish
        ("The witness, a man of 60 named Tomasz Zieliński", {"60"}),  # "a man of N"
        ("filling in forms for my family since I was 11. When my mother", {"11"}),  # "since I was N"
        ("when I was 5 minutes late the bus left", set()),
        ("my bf marco is twenty-six but acts like a toddler", {"twenty-six"}),  # a boyfriend's age in words
        ("the twins were born 2 and 3 minutes apart", set()),  # minutes, not years
    ],
)
def test_when_an_age_follows_a_name_or_children_in_a_listing_then_it_is_found(detector, text, ages):
    assert {v for e, v in _found(detector, text) if e == "AGE"} == ages


def test_when_a_big_city_named_like_a_person_follows_from_then_it_is_no_name(detector):
    assert ("PERSON", "Bradford") not in _found(detector, "We just moved from Bradford. Our boys are 6")


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Rev. Thomas Whitmore, 63, a Baptist minister, SSN 221-48-9930", {"Baptist"}),  # NER misses religions
        ("Mrs. Patience Owusu, 55, Ghanaian, Methodist, lives at", {"Ghanaian", "Methodist"}),
        ("the victim, Marek Nowicki (DOB 02/09/1987), a Polish national", {"Polish"}),
        ("Nationality: Turkish\nLanguages: Turkish, English, German (B2)", {"Turkish"}),  # languages are no people
        ("Employee speaks Spanish; interpreter requested for the meeting.", set()),
    ],
)
def test_when_text_names_a_persons_group_then_it_is_nrp_but_a_language_is_not(detector, text, groups):
    found = _found(detector, text)
    assert {v for e, v in found if e == "NRP"} == groups
    assert not {v for e, v in found if e == "PERSON"} & {"English", "German", "Spanish"}


def test_when_ner_reads_an_emoji_as_a_name_then_it_is_dropped(detector):
    assert ("PERSON", "🎓") not in _found(detector, "whos coming to hana's graduation on may 24? 🎓")


def test_when_a_first_name_stands_before_a_city_then_it_is_no_district(detector):
    text = "a note from Sarah, London office"
    assert ("LOCATION", "Sarah") not in _found(detector, text) and ("LOCATION", "London") in _found(detector, text)


def test_when_a_table_and_ner_read_the_same_cells_then_each_value_is_one_finding(detector):
    text = "Employee\tContact\tRelation\tPhone\nCallum Reid\tMorag Reid\tmother\t01382 496 110"
    [spans] = detector.detect([text])
    values = [(s.entity_type, text[s.start:s.end]) for s in spans]
    assert values.count(("PERSON", "Callum Reid")) == 1 and ("PERSON", "Morag Reid") in values
    assert not [v for t, v in values if "\t" in v]  # no name runs across cells or header words


def test_when_a_form_label_opens_a_line_then_it_is_no_place(detector):
    text = "Lukas Berger\nKastanienallee 12, 10435 Berlin\nTelefon: 0176 4418 2290\nE-Mail: lukas@web.de"
    found = _found(detector, text)
    assert ("LOCATION", "Berlin") in found
    assert not [value for entity, value in found if value == "Telefon"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("tenants:\n  - name: Harjit Sandhu\n    unit: 12\n    city: Toronto\n  - name: Obi Anyanwu\n    unit: 14\n"
         "    city: Toronto\n", "unit"),  # an indented YAML block's keys are no speakers or names
        ("- name: Aroha Ngata\n  nhi: KRT5808\n- name: Hamish Tuck\n  nhi: MWB2364\n", "nhi"),
        ("kevin.obrien 10:42 AM\n@sarah.lindgren can you set up the laptop", "AM"),  # a clock's AM
        ("Bill to: Thomas Müller, Hauptstraße 5", "Bill"),  # an invoice's label
        ("Applicant: Priya Nair, PAN AFNPN4418C, monthly income Rs 1,45,000, employer Infosys", "45"),  # lakhs, no age
        ("Wien, Österreich; Mobil +43 664 318 27 40; Mobile: +91 98401 27736", "Mobil"),  # a phone's label, no town
        ("Wien, Österreich; Mobil +43 664 318 27 40; Mobile: +91 98401 27736", "Mobile"),
        ('{"identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "6381204412"}]}',
         '"https://fhir.nhs.uk/Id/nhs-number"'),  # a code system's address
    ],
)
def test_when_a_key_or_a_label_looks_like_a_name_then_it_is_none(detector, text, word):
    assert not {f for f in _found(detector, text) if f[1] == word}


def test_when_a_yaml_list_of_people_names_its_items_then_each_name_is_found(detector):
    text = "tenants:\n  - name: Obi Anyanwu\n    unit: 2301\n  - name: Harjit Sandhu\n    unit: 1204\n"
    assert {("PERSON", "Obi Anyanwu"), ("PERSON", "Harjit Sandhu")} <= _found(detector, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # speakers of a Japanese or Korean chat: a full-width colon, names in scripts without capitals
        ("ゆうき：明日の集合、けんたくんの家でいい？\nみお：いいよ！住所おしえて🙏\nけんた：世田谷区だよ。\nみお：了解！\n"
         "けんた：090-2218-4471 まで", {"みお", "けんた"}),
        ("민수: 지현아 다음주 토요일 결혼식 주소 보내줄게\n민수: 서울 강남구\n지현: 고마워!\n민수: 신한", {"민수", "지현"}),
    ],
)
def test_when_a_chat_is_written_without_capitals_then_its_speakers_are_names(detector, text, names):
    assert names <= {value for entity, value in _found(detector, text) if entity == "PERSON"}


def test_when_a_japanese_yaml_block_lists_people_then_its_values_are_typed_and_its_keys_are_none(detector):
    text = ("employees:\n  - 社員番号: J-10483\n    氏名: グエン・ヴァン・アン\n    連絡先氏名: グエン・ティ・マイ\n"
            "    電話: \"080-4419-3087\"\n  - 社員番号: J-10484\n    氏名: 高橋 さくら\n    電話: \"070-2284-1196\"\n")
    found = _found(detector, text)
    assert {("PERSON", "グエン・ヴァン・アン"), ("PERSON", "グエン・ティ・マイ"), ("PERSON", "高橋 さくら")} <= found
    assert not {value for _, value in found if value in ("氏名", "電話", "連絡先", "社員番号")}


def test_when_a_german_or_french_letter_is_read_then_its_function_words_are_no_names(detector):
    text = "Sehr geehrte Frau Albrecht,\nbitte rufen Sie mich an. Wir danken.\n\nMit freundlichen Grüßen\nH. Kühn"
    found = {value for _, value in _found(detector, text)}
    assert not found & {"Sehr", "Sie", "Wir", "Mit"} and "Albrecht" in found
    assert not {value for _, value in _found(detector, "Hoi Sanne! Je pakketje ligt bij de buren. Ze is thuis tot 18u.")} & {
        "Je", "Ze"}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a seafarers' list: the Seaman's book column holds ids, the Rank column no names or places
        ("Name\tRank\tNationality\tSeaman's book\nArvind Rajaram\tMaster\tIndian\tMUM 144182\n"
         "Samisoni Tuipulotu\tAB\tTongan\tTON-2271", {("ID_NUMBER", "MUM 144182"), ("ID_NUMBER", "TON-2271")},
         {"Master", "AB"}),
        # a trial's subjects by number and initials, an Italian club's member codes
        ("| Subject ID | Initials | Age |\n|---|---|---|\n| 031-004 | K.L. | 58 |\n| 044-001 | A.vdM. | 47 |",
         {("ID_NUMBER", "031-004"), ("ID_NUMBER", "044-001"), ("PERSON", "A.vdM.")}, set()),
        ("Nome;Cognome;Codice socio;Telefono\nGiuseppe;Lo Cascio;CS-2241;333 441 8227\nRosaria;Giacalone;CS-2259;347 227 9041",
         {("ID_NUMBER", "CS-2241"), ("ID_NUMBER", "CS-2259")}, set()),
    ],
)
def test_when_a_table_names_its_columns_then_ids_are_typed_and_a_rank_is_no_name(detector, text, expected, absent):
    found = _found(detector, text)
    assert expected <= found
    assert not {value for _, value in found} & absent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('- {customer: "Harpreet Singh Gill", aadhaar: "6796 8600 3528", pan: "AQZPG2271K"}', ("ID_NUMBER", "6796 8600 3528")),
        ("phone +976 9911 4827, register number УБ92041718, address", ("ID_NUMBER", "УБ92041718")),
        ("please bring your NIS number (NIS 418822) and proof", ("ID_NUMBER", "NIS 418822")),
        ("Private Mihi, served 2NZEF, service no. 28441", ("ID_NUMBER", "28441")),
        ("Clinical trial screening: subject 203-017, 67 y/o male", ("ID_NUMBER", "203-017")),
        ("Subject number: 014-0087   Initials: M-V.D.   Sex: F", ("PERSON", "M-V.D.")),
        ("Queries may be directed to Ms. Arlene Frederick, at arlene.frederick@gov.gd.",
         ("EMAIL_ADDRESS", "arlene.frederick@gov.gd")),
    ],
)
def test_when_an_id_or_an_email_is_written_its_own_way_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abuelita Carmen: ok tu tío Rafa te busca, su cel es 305 418 2270", ("PERSON", "Rafa")),
        ("Chị Hoa: em ơi, mai chị gửi hàng cho anh Tuấn ở 45 Lê Lợi, Huế nha", ("PERSON", "Tuấn")),
        ("คุณ สมศรี ทองดี อายุ 61 ปี", ("PERSON", "สมศรี ทองดี")),
        ("Artist: Damion Reid (performing as Blaze Dami)", ("PERSON", "Blaze Dami")),
        ('AKINYI, Rosemary Atieno ("Mama Rose"). Passed away peacefully', ("PERSON", "Mama Rose")),
        ("iMessage\nMom: Did you call the alumni office about your transcript\nJade: yes they need my student ID\n"
         "Mom: Use my card then\nJade: ok send me a pic of it", ("PERSON", "Jade")),
        ("Processed by: jbrennan", ("USERNAME", "jbrennan")),
        ("Forum: expat.ph › Visas\nPost by BrisbaneBob\nMy wife and I are applying", ("USERNAME", "BrisbaneBob")),
        ('"Hi, I\'m Bongani, 43 this year, retired miner."', ("AGE", "43")),
        ("Пані Олена Шевчук, 54 роки, евакуйована", ("AGE", "54")),
        ("Pumanaw noong ika-2 ng Pebrero, sa edad na 88.", ("AGE", "88")),
        ("Mbak, besok jadi ke posyandu? Dek Ayu umurnya udah 9 bulan kan", ("AGE", "9")),
    ],
)
def test_when_a_person_is_named_by_kin_stage_name_or_speech_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Abuelita Carmen: mijo ya llegué a Miami??\nJonathan: not yet\nAbuelita Carmen: ok tu tío Rafa te busca",
         {"mijo ya", "tu", "ok tu"}),
        ("Rafa: blz, manda o pix então: gui.santos@gmail.com", {"manda"}),
        ("between Chase Whitaker (\"Landlord\") and June Okafor (\"Tenant\").", {"Landlord", "Tenant"}),
        ("Reviewed by: Sarah. Processed by bank. Posted by admin. Entered by mistake.", {"bank", "admin", "mistake"}),
        ("The company grew 12% this year, 43 this year alone.", {"43"}),
    ],
)
def test_when_another_languages_small_word_or_a_defined_term_is_read_then_it_is_no_pii(detector, text, words):
    assert not {value for _, value in _found(detector, text)} & words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crew change: 2nd Officer Rolando Macapagal (Filipino, 34) signs off", ("NRP", "Filipino")),
        ("Queixoso: Henrique Tavares Simões, 34 anos, português, NIF 340217618", ("NRP", "português")),
        ("生年月日：1998年7月22日生（満26歳）　男\n国籍：ベトナム\n", ("NRP", "ベトナム")),
        ("学歴・職歴\n2016年 9月　ハノイ工科大学 入学", ("DATE_TIME", "2016年 9月")),
        ("en la ciudad de Oaxaca, a los catorce días del mes de marzo de dos mil veinticinco, ante mí",
         ("DATE_TIME", "catorce días del mes de marzo de dos mil veinticinco")),
        ("Fahad: fi Al Nahda, bldg 12 flat 504, Sharjah", ("ADDRESS", "bldg 12 flat 504")),
        ("We will post it to mkr. Samal-2, d. 58, kv. 12, Almaty 050059.", ("ADDRESS", "mkr. Samal-2, d. 58, kv. 12")),
    ],
)
def test_when_a_nationality_a_date_or_an_address_is_written_another_countrys_way_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_an_office_names_a_building_and_a_room_then_it_is_no_address(detector):
    found = _found(detector, "The meeting moved to Building 7, Room 12; the room (Atlantic, 12) is booked.")
    assert not {value for entity, value in found if entity in ("ADDRESS", "NRP")}


@pytest.mark.parametrize(
    ("text", "label", "kept"),
    [
        ("Nombre: Lucía Ferreyra; CUIT: 27-33982558-6; Domicilio: Av. Corrientes 4418, CABA", "Domicilio", "Lucía Ferreyra"),
        ("Full name: Mohammed Al-Otaibi | Nationality: Saudi | National ID: 1098237456", "Nationality", "Mohammed Al-Otaibi"),
        ("Nama: Rina Siregar; HP: 0812-6041-8822; Agama: Kristen Protestan.", "Agama", "Rina Siregar"),
        ("Tél. : 06 61 41 82 27. Courriel : y.elamrani@menara.ma", "Courriel", None),
        ("Consultant: Dr. Helena Marchbank    GP: Dr Rao", None, "Helena Marchbank"),  # a title's dot ends no field
    ],
)
def test_when_a_one_line_form_names_its_next_field_then_the_label_is_no_name(detector, text, label, kept):
    values = {value for _, value in _found(detector, text)}
    assert label not in values
    assert kept is None or any(kept in value for value in values)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Ivy turned seven on March 3rd and had a party.", {("PERSON", "Ivy")}, set()),
        ("Faith scored a 7 in the mock.", {("PERSON", "Faith")}, set()),
        ("The car turned left. Monday turned out fine. Sales couldn't be better.", set(), {"Monday", "Sales", "The"}),
    ],
)
def test_when_a_given_name_opens_a_sentence_before_what_a_person_does_then_it_is_a_name(detector, text, expected, absent):
    found = _found(detector, text)
    assert expected <= found
    assert not {value for _, value in found} & absent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'anno 2025, il giorno 12 del mese di giugno, alle ore 18:30", ("DATE_TIME", "12 del mese di giugno")),
        ("ante el funcionario con carné profesional 118204, comparece:", ("ID_NUMBER", "118204")),
        ("Klinik II · Weinbergstraße 12 · 70184 Stuttgart\n\nHerrn\nDr. med. Florian Kessler\nHauptstraße 4",
         ("TITLE", "Herrn")),
    ],
)
def test_when_a_minute_a_deposition_or_a_german_letter_is_read_then_its_date_id_and_title_are_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was seen in Minneapolis at 11:52 pm on 9 March. She later reported", ("DATE_TIME", "11:52 pm on 9 March")),
        ("be at 1912 Larkspur Lane, Boise, on 22 May at 8 am to pack everything", ("DATE_TIME", "22 May at 8 am")),
        ("who logged in from 49.207.51.183 at 03:12 IST on 6 Aug and moved", ("DATE_TIME", "03:12 IST on 6 Aug")),
        ("On 12 June 2024 at approximately 19:30 the complainant", ("DATE_TIME", "12 June 2024 at approximately 19:30")),
        ("The couple, Mehmet Yilmaz and Zeynep Arslan, both 26.", ("AGE", "26")),
        ("Mi hermana Sofía acaba de cumplir 30 años y quiere", ("AGE", "30")),
        ("Yusuf Demir floh 2019 als 16-Jähriger mit seiner Familie", ("AGE", "16")),
        ("if anyone wants to send flowers for her 90th on 19th of Jan", ("AGE", "90")),
        ("Nomsa Khumalo, a mother of two from Durban, was 32 when she opened the account.", ("AGE", "32")),
        ("Anders, the tall one, is thirty-four; his girlfriend Maja is 29.", ("AGE", "thirty-four")),
        ("the car belongs to my dad, Phil Summers, who's 79 and needs it", ("AGE", "79")),
        ("Deux jours après ses 50 ans (elle est née le 11 juin 1974)", ("AGE", "50")),
        ("patient 88172 (Female, 73) from Harrisonburg reported chest pain", ("AGE", "73")),
        ("Mdm Siti Aminah binte Rahmat, 44, of Blk 512 Ang Mo Kio Ave 8", ("PERSON", "Siti Aminah binte Rahmat")),
        ("In a voicemail, Sister Mary Bernadette Foley, 82, of Galway said", ("TITLE", "Sister")),
        ("During the traffic stop on I-95, Trooper Dana Whitaker ran the plate", ("TITLE", "Trooper")),
        ("Sipho Ndlovu, known on the street as 'Skhumba', was arrested.", ("PERSON", "Skhumba")),
        ("The victim, identified in the record only as R.M. (a minor, age 16), was", ("PERSON", "R.M.")),
        ("my cell is 072 338 4419 xx -- Lerato", ("PERSON", "Lerato")),
        ("client,sin,province,phone\nÉtienne Gagnon,724 906 524,QC,418-555-0133\n"
         "Sarah Two Feathers,202 761 615,AB,403-555-0121", ("PERSON", "Sarah Two Feathers")),
        ("donor,email,amount\nMargaret & Don Hewitt,hewittfamily@shaw.ca,$250.00\nAnonymous,,$50.00",
         ("PERSON", "Margaret & Don Hewitt")),
        ("record_id\temployee\tssn\tstate\twages_2024\nW2-0091\tKenneth Oduya\t318-52-0964\tIL\t58,220.00\n"
         "W2-0092\tLorena Castillo\t602-19-4437\tTX\t61,905.50", ("LOCATION", "TX")),
    ],
)
def test_when_a_generated_sentence_says_a_time_an_age_or_a_name_in_passing_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The meeting is at 3, who's 5 minutes late? It was 10 when he called. His 3rd attempt. The price is thirty-four.",
         {"5", "10", "3", "thirty-four"}),
        ("donor,email,amount\nMargaret & Don Hewitt,hewittfamily@shaw.ca,$250.00\nAnonymous,,$50.00", {"Anonymous"}),
        ("| N° client | Nom | Ville |\n|---|---|---|\n| FR-33018 | Benali | Marseille |", {("PERSON", "FR-33018")}),
    ],
)
def test_when_a_number_or_a_placeholder_only_looks_like_an_age_or_a_name_then_it_is_none(detector, text, absent):
    found = _found(detector, text)
    assert not ({value for _, value in found} | found) & absent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("transferred from account AE62 0330 7162 0218 3220 023 on 4 Ramadan (15 March).", ("DATE_TIME", "4 Ramadan")),
        ("concluded in Fès on 14 Rajab 1440 (21 March 2019); husband", ("DATE_TIME", "14 Rajab 1440")),
        ('{"user": "kiri_m", "ip": "203.86.201.14", "last_login": "2025-01-03T22:41:07+13:00", "plan": "pro"}',
         ("DATE_TIME", "2025-01-03T22:41:07+13:00")),
        ("Rashida Campbell reported that 'Gr1mR3aper' posted her home IP", ("USERNAME", "Gr1mR3aper")),
        ("Apt 3C, 771 Grand Concourse, Bronx, NY 10451 is leased to Ana Ruiz", ("ADDRESS", "Apt 3C, 771 Grand Concourse")),
        ("Name: Gurpreet Kaur Sandhu | Town: Khanna, Ludhiana, Punjab - 141401", ("ZIP_CODE", "141401")),
        ("SUPERIOR COURT OF ARIZONA, MARICOPA COUNTY\nState of Arizona v. Travis Dean Holcomb, Case No. CR2024-118273\n\n"
         "Defendant: Travis Dean Holcomb, DOB 04/19/1991 (age 33)", ("LOCATION", "ARIZONA")),
        ("Defendant: Travis Dean Holcomb, DOB 04/19/1991 (age 33)", ("DATE_TIME", "04/19/1991")),
    ],
)
def test_when_a_hijri_date_a_login_time_a_handle_or_a_heading_place_is_written_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_a_quoted_code_only_looks_like_a_handle_then_it_is_none(detector):
    found = _found(detector, 'The model "iPhone15Pro", the code \'X9y\' and {"id": "cus_7Hq2LmX9"} were logged.')
    assert not [value for entity, value in found if entity == "USERNAME"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("login from 2600:1700:5b10::88ab at 2024-05-30T21:07:44-10:00; device iPhone15,3",
         ("DATE_TIME", "2024-05-30T21:07:44-10:00")),
        ('49.36.118.204 - sunita_r [02/Jun/2024:14:22:10 +0530] "GET /account/settings HTTP/1.1" 200',
         ("DATE_TIME", "02/Jun/2024:14:22:10 +0530")),
        ("Sie wohnt in Freiburg und ist letzte Woche 70 geworden.", ("AGE", "70")),
        ("On her Filipino passport, Jocelyn Dizon's birthday is listed as 3 May 1988.", ("NRP", "Filipino")),
        ("La doctora Inés Carrasco atendió a mi hijo.", ("TITLE", "doctora")),
        ("Timesheet approved: Hana Kobayashi (emp 003958), 38.5 h, cost centre 4410", ("ID_NUMBER", "003958")),
        ("Officer Begay wrote down the plate, 8ZKL204, and the name on the registration", ("ID_NUMBER", "8ZKL204")),
        ("It's Gráinne Ní Bhriain, Unit 6, Block C, Parkwest Business Campus, Dublin D12 W8K3.",
         ("ADDRESS", "Unit 6, Block C, Parkwest Business Campus")),
        ("can someone add my venmo marco-deluca-7 to the lunch sheet?", ("USERNAME", "marco-deluca-7")),
        ("Someone posted her home address in #general. Reported by quietcartographer.", ("USERNAME", "quietcartographer")),
        ("Mrs Faith Wanjiru Kariuki\nP.O. Box 5521-00200\nNairobi\n\nDear Faith,", ("LOCATION", "Nairobi")),
        ('{"event": "password_reset", "ip": "41.82.190.7", "geo": "Dakar", "mfa": "totp"}', ("LOCATION", "Dakar")),
        ("id_pedido\tcliente\tdni\tteléfono\tcp\timporte_€\nP-77120\tLucía Ferrer Soler\t56592336P\t612 448 907\t08012\t54,90\n"
         "P-77121\tJorge Benítez\t91160637E\t699 120 384\t41003\t12,00", ("ZIP_CODE", "41003")),
        ("matricola | cognome | nome | reparto\n004518 | Ferri | Alessandra | Contabilità\n004533 | Conti | Paolo | Logistica",
         ("ID_NUMBER", "004533")),
        ("| claim_no | insured | amount | adjuster |\n|---|---|---|---|\n| CLM-71020 | Mandla Zwane | R 18 400 | S. Pillay |\n"
         "| CLM-71044 | Carina du Plessis | R 6 250 | S. Pillay |", ("PERSON", "S. Pillay")),
    ],
)
def test_when_a_log_a_letter_or_a_table_holds_pii_its_own_way_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_a_high_commission_heads_a_letter_then_deputy_is_no_title(detector):
    found = _found(detector, "The Visa Officer\nBritish Deputy High Commission\nLagos\n\nLETTER OF INTRODUCTION")
    assert ("LOCATION", "Lagos") in found and not {value for _, value in found} & {"Deputy", "High Commission"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je eerste dienst is op zaterdag 8 maart om 9.00 uur aan de Kanaalweg 31.",
         ("DATE_TIME", "zaterdag 8 maart om 9.00 uur")),
        ("Noah Janssens sera absent du lundi 17 au mercredi 19 mars pour raison médicale.", ("DATE_TIME", "lundi 17")),
        ("after leaving a tavern in New Brighton on Saturday, 1 March. Anyone with information", ("DATE_TIME", "Saturday, 1 March")),
        ("closing at 1400 Middlebrook Trail, Round Rock, TX 78681 on Friday 2/28! Welcome home", ("DATE_TIME", "Friday 2/28")),
        ("The death has occurred of Bridget (Bridie) Fitzgerald (née Keane), Ennis.", ("PERSON", "Bridie")),
        ("BOTHA, Johannes Petrus (“Jopie”). Born 2 May 1941, passed away peacefully", ("PERSON", "BOTHA")),
        ("declared wanted one Emeka Nwosu, a.k.a. “Small Doctor”, 32, last known address", ("PERSON", "Small Doctor")),
        ("Title: Mx. | First: Rowan | Last: Ellery-Banks | Gender: non-binary", ("PERSON", "Ellery-Banks")),
        ("Ihr Benutzername lautet jannik.ob87, die letzte Anmeldung erfolgte", ("USERNAME", "jannik.ob87")),
        ("Rider update: Jomar Villanueva (plate NBC 4172) has picked up your order.", ("ID_NUMBER", "NBC 4172")),
        ("Mr Sushila Malhotra, a senior citizen of 79 years, who was not given", ("AGE", "79")),
        ("made repeated comments about her age (46) and suggested", ("AGE", "46")),
        ("CITY/STATE/ZIP: MIAMI FL 33133", ("LOCATION", "FL")),
        ("RM   GUEST                  NAT   PASSPORT\n304  Aiko Matsumoto         JPN   TR4418203\n"
         "305  Pierre-Louis Garnier   FRA   21CK09314", ("NRP", "JPN")),
        ("n°_adhérent;nom;prénom;ville\nA-2291;Lefèvre;Margaux;Rennes\nA-2294;Diallo;Mamadou;Saint-Malo", ("PERSON", "Mamadou")),
    ],
)
def test_when_an_obituary_a_form_or_a_roster_names_someone_its_own_way_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Kyle Robertson (employee ID 88213) is informed. Employee ID 88213.", {("LOCATION", "ID")}),
        ("Religion: Christian (Episcopal)        Ethnicity: Dinka", {("PERSON", "Ethnicity"), ("PERSON", "Christian")}),
        ("The North (East) Region and the Paris (France) Office", {("PERSON", "East"), ("PERSON", "Region")}),
        ("CITY/STATE/ZIP: MIAMI FL 33133", {("LOCATION", "CITY")}),
        ("Ihr Benutzername lautet jannik.ob87", {("LOCATION", "Ihr Benutzername"), ("PERSON", "Ihr Benutzername")}),
    ],
)
def test_when_a_label_or_a_bracket_only_looks_like_a_name_or_a_state_then_it_is_none(detector, text, absent):
    assert not _found(detector, text) & absent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" id  |    full_name     |     ssn     | state |     dl_number\n-----+------------------+-------------+-------+------\n"
         " 101 | Kayla Brennan    | 318-40-2271 | IL    | B655-4021-7719\n 102 | Omar Haddad      | 372-91-5508 | MI    | H 312 554\n"
         "(2 rows)", ("LOCATION", "MI")),
        ("             name        city  age  member_since\n0     Wiremu Tane    Hamilton   52          2011\n"
         "1   Olivia Fonoti    Auckland   37          2016", ("AGE", "37")),
        ("EMPNO  SURNAME      FORENAME  SALARY\n00412  Walters      Diane     41,500\n00418  Oyelaran     Femi      38,200",
         ("ID_NUMBER", "00418")),
        ("No. | Player | Pos | Age | Nationality\n1 | Tomás Ibarra | GK | 27 | Chilean\n4 | Kofi Mensah-Bonsu | CB | 23 | Ghanaian",
         ("PERSON", "Tomás Ibarra")),
        ("Feb 03 14:22:10 web-02 sshd[2231]: Accepted publickey for jkowalski from 85.221.140.9 port 51122 ssh2",
         ("DATE_TIME", "Feb 03 14:22:10")),
        ("Patient: Harold Bell | DOB: 1961-09-05 | Sex: M | Medicaid ID: TX48291736 | PCP: Dr. Lisa Tran",
         ("ID_NUMBER", "TX48291736")),
        ("Geachte heer Bakker, uw afspraak bij de huisarts is verzet.", ("TITLE", "heer")),
        ("Dr Adeleke documented that Mr Bell, 58, is a Jehovah's Witness and declines blood products.",
         ("NRP", "Jehovah's Witness")),
        ("A consulta de Bruno ficou agendada para segunda, 10/03. Quer cancelar?", ("DATE_TIME", "segunda, 10/03")),
    ],
)
def test_when_a_database_shell_a_data_frame_or_a_log_prints_pii_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Feb 03 14:22:10 web-02 sshd[2231]: Accepted publickey for jkowalski from 85.221.140.9 port 51122 ssh2",
         {("ZIP_CODE", "51122")}),
        ("timestamp,username,src_ip,action\n09:14:02,bwalker,10.0.0.4,login\n09:15:40,ktan,10.0.0.9,logout",
         {("USERNAME", "src_ip"), ("USERNAME", "action")}),
        ("No. | Player | Pos | Age\n1 | Tomás Ibarra | GK | 27\n4 | Kofi Mensah-Bonsu | CB | 23", {("PERSON", "CB")}),
    ],
)
def test_when_a_port_or_a_header_only_looks_like_pii_then_it_is_none(detector, text, absent):
    assert not _found(detector, text) & absent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("policy_holder: Keisha Dunbar; license_plate: 7TRX402; state: MD; date_of_incident: 2024-12-19",
         ("ID_NUMBER", "7TRX402")),
        ("member_id: W284710395; group_no: 004417; first_name: Ifeoma; last_name: Chukwu; dob: 08/30/1991",
         ("PERSON", "Ifeoma")),
        ("emp_code\tname\tdept\tmobile\nE1042\tKavya Reddy\tFinance\t98480 22713\nE1057\tArjun Malhotra\tSales\t98111 40268",
         ("ID_NUMBER", "E1057")),
        ("ADM    NAME                     FORM  PARENT PHONE\n10294  Mercy Wanjiku Githinji   2E    0722 310 774\n"
         "10311  Kevin Otieno Ouma        2E    0711 908 245", ("ID_NUMBER", "10311")),
        ("| Name | NRIC | Block/Unit | Postal |\n|---|---|---|---|\n| Goh Mei Xin | S8204417E | Blk 203 Toa Payoh North #09-1121 | 310203 |",
         ("ADDRESS", "Blk 203 Toa Payoh North #09-1121")),
        ("Fees for Brian Kiprotich (adm. no. 20731, Form 3) can be paid", ("ID_NUMBER", "20731")),
        ("Cape Town, 8001; income tax ref 0417 382 915; cell 082 447 1930", ("ID_NUMBER", "0417 382 915")),
        ("Séamus Ó Súilleabháin, Leaving Cert exam no. 241837, PPSN 2817406LA", ("ID_NUMBER", "241837")),
        ("Name: Musa Abubakar | NIN: 71203948817 | Voter's card: 90F5B4C71A295837406 |", ("ID_NUMBER", "90F5B4C71A295837406")),
        ('A second man, who the others called "Skhumba", was waiting in a white Polo.', ("PERSON", "Skhumba")),
        ("I live at Flat 9, 101 Green Lanes, Harringay.", ("ADDRESS", "Flat 9, 101 Green Lanes")),
        ("Pastor Abena Owusu-Ansah asks that we keep Brother Kofi's family in prayer.", ("TITLE", "Brother")),
        ("kannst du Opa Heinz am Samstag, den 12.04. vom Bahnhof abholen?", ("DATE_TIME", "Samstag, den 12.04.")),
        ("Titular: Alessandro Ricci · Nacionalidad: italiana · NIE: X4127385N", ("NRP", "italiana")),
    ],
)
def test_when_a_record_of_fields_a_roster_or_a_letter_holds_pii_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_a_field_record_names_its_keys_then_they_are_no_logins_but_a_handle_before_a_colon_is(detector):
    found = _found(detector, "policy_holder: Keisha Dunbar; license_plate: 7TRX402; claim_amount: 6,420.00")
    assert not [value for entity, value in found if entity == "USERNAME"]
    assert ("USERNAME", "lunar_moth_94") in _found(detector, "Card on file for lunar_moth_94: 6011 7382 9104 6250")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I have no objection to taking the prescribed oath.\n\nSigned at Mowbray on 15/02/2025.", ("LOCATION", "Mowbray")),
        ("Security answer (mother's maiden name): Kearney.", ("PERSON", "Kearney")),
        ("ADEBOLA (BOLA) ONIPEDE\n1207-45 Charles St E, Toronto", ("PERSON", "ONIPEDE")),
    ],
)
def test_when_a_statement_a_security_answer_or_a_cv_heading_names_pii_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_something_is_done_at_home_then_home_is_no_place(detector):
    assert ("LOCATION", "Home") not in _found(detector, "The form was signed at Home. It was done at Work.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("medical_record_number: MR0048217 | diagnosis: type 2 diabetes | insurance_member_id: HUM918274605",
         ("ID_NUMBER", "HUM918274605")),
        ('{"emp": "CA-5512", "name": "Nathalie Bergeron", "province": "QC"}\n{"emp": "CA-5519", "name": "Kulvir Grewal"}',
         ("ID_NUMBER", "CA-5519")),
        ("reisender: Ingrid Halvorsen; nationalität: norwegisch; reisepass: FH4829173", ("NRP", "norwegisch")),
        ("age: 46 | race_ethnicity: Filipino | date_of_consent: 2024-12-09", ("NRP", "Filipino")),
        ("Olá, meu nome é Rafael Nogueira Lima, tenho 29 anos e moro na Rua Augusta, 1508", ("AGE", "29")),
        ("At 29, Ngozi Okafor became the youngest partner at the firm.", ("AGE", "29")),
        ("Big Mike just pulled a 500-lb deadlift at 52 years young.", ("AGE", "52")),
        ("GG to everyone in last night's raid — shout-out to xXNightOwlXx for carrying.", ("USERNAME", "xXNightOwlXx")),
        ("IBAN ES24 8836 2003 2140 7827 4201, usuario web gherrera77.", ("USERNAME", "gherrera77")),
        ("Table for 6 under Mdm Lim Siew Hoon, 31 Dec, 7.30pm, contact +65 8127 3390.", ("DATE_TIME", "31 Dec, 7.30pm")),
        ("Ihr Fahrzeug ist fertig und kann ab Freitag, 14.03. abgeholt werden.", ("DATE_TIME", "Freitag, 14.03.")),
        ("THIS AGREEMENT is made this 1st day of February, 2025\nBETWEEN Chief Emeka Okonkwo", ("DATE_TIME", "1st day of February, 2025")),
        ("La prof.ssa Chiara Lombardi comunica che la riunione è spostata.", ("TITLE", "prof.ssa")),
        ("Save the date! Ishaan & Meher are getting married on 22.11.2025 in Udaipur.", ("PERSON", "Ishaan")),
        ("Save the date! Priyanka & Dev are getting married on Saturday, 14 Dec", ("PERSON", "Dev")),  # one we know
        ("RSVP from Luis & Carmen Ibarra: they'll both be there on June 14.", ("PERSON", "Carmen Ibarra")),
        ("NOTICE TO TYRONE BANKS AND KEISHA BANKS, 2719 W Greenfield Ave, Apt 3", ("PERSON", "KEISHA BANKS")),
        # whose an account is: a town's name too ("Chanda"), or a name no list holds
        ("The Airtel Money wallet registered to Chanda Mulenga, +260 97 7410 882, was frozen", ("PERSON", "Chanda Mulenga")),
        ("open the account for 77 Gordon Street in the name of Anaru Walker and send", ("PERSON", "Anaru Walker")),
        # a name after whose it is; a transcript's speaker by role, then name; a phone kept on an order
        ("if anyone knows him irl his name's Kairo Mensah and he still owes me", ("PERSON", "Kairo Mensah")),
        ("Operatore (Valentina): Buongiorno, patronato ACLI di Verona.\nUtente: salve", ("PERSON", "Valentina")),
        ("We'll call you on the number on the order, 07908 334 120. Is that still right?", ("PHONE_NUMBER", "07908 334 120")),
        ("Delivery to Blk 7 Lot 22, Mabolo Heights, contact no. 0917 882 4016.", ("PHONE_NUMBER", "0917 882 4016")),
        # an id's "No." is no flat's; a subdivision after a lot; a Ukrainian passport; a code closing an address
        ("Teresita Manalo, SSS No. 03-4418762-9, Blk 12 Lot 7 Camella Homes, Bacoor", ("ID_NUMBER", "03-4418762-9")),
        ("Teresita Manalo, SSS No. 03-4418762-9, Blk 12 Lot 7 Camella Homes, Bacoor", ("ADDRESS", "Blk 12 Lot 7 Camella Homes")),
        ("Орендодавець: Коваленко Віктор, паспорт КМ 418305", ("PASSPORT", "КМ 418305")),
        ("квартира за адресою вул. Дерибасівська, 21, кв. 5, м. Одеса, 65026.", ("ZIP_CODE", "65026")),
        ('Employee, residing at Stand 4471, Phokeng, 0335 ("the Employee").', ("ZIP_CODE", "0335")),
        # another person's age after their name; a courtesy title and a surname written small
        ("The grants were approved at panel on 30 October; Kwame is 41 and Esi 37.", ("AGE", "37")),
        ("They married in Madurai on 11 May 1962; Grandpa was 26 and Grandma only 19.", ("AGE", "19")),
        ("Repeat prescription ready for mrs d. o'sullivan of 27 Glenview Park, Tallaght", ("PERSON", "d. o'sullivan")),
        ("hi mr o'connor, sorry malia was away yesterday", ("TITLE", "mr")),
        # a day set against another in chat, a birthday's day, a day something is due by
        ("tell him the traditional is Saturday 10 May not the 17th!!", ("DATE_TIME", "the 17th")),
        ("let's all try to visit on her birthday, the 21st", ("DATE_TIME", "the 21st")),
        ("[09/05/2025, 18:16] Jamal: she's 90 on the 14th right?", ("DATE_TIME", "the 14th")),
        ("Otieno 08:30: Sawa. Landlord Mr. Gachanja anataka pesa by 5th", ("DATE_TIME", "5th")),
        # a chat's speaker with a clock after the name
        ("Nurse Amy 07:12: discharge to the care home today, transport booked 11:00\nTendai Moyo 07:31: thanks. did Dr. "
         "Halloran review the meds?\nNurse Amy 07:40: yes he did, all fine now", ("PERSON", "Tendai Moyo")),
        ("Die Sendung an Valentina Gruber, Hauptplatz 3, Top 7, 4020 Linz, konnte nicht", ("PERSON", "Valentina Gruber")),
        # a weekday and a dotted day and month, a time after it in Czech
        ("Kasia: Dzięki!! Wizyta jest w czwartek 17.10, nie pomyl dni", ("DATE_TIME", "czwartek 17.10")),
        ("Hodí se vám čtvrtek 20. 3. v 17:00?", ("DATE_TIME", "čtvrtek 20. 3. v 17:00")),
        ("se objednala k MUDr. Horákovi na úterý 15. dubna v 8:30. Telefon", ("DATE_TIME", "úterý 15. dubna v 8:30")),
        # a benchmark's record in sentences, a field each
        ("Gender: Female. Age: 61. Name: Philippa Okoro-Grant. Street: Kingfisher Way. Building: 27. City: Milton Keynes.",
         ("ADDRESS", "Kingfisher Way")),
        ("Thanks for your help. Kind regards, Precious Moyo, 14 Ladysmith Road, Brighton", ("PERSON", "Precious Moyo")),
        # a postcode right after the street, no comma, before its town
        ("Dieter Brandt, Lindenstraße 8 79098 Freiburg, paid the fine.", ("ZIP_CODE", "79098")),
        # a Catalan floor and door, a Spanish ground floor; "d'" inside a street's or a town's name
        ("no s'ha lliurat a Rambla d'Ibèria 15, 4t 3a, 08202 Sabadell.", ("ADDRESS", "Rambla d'Ibèria 15, 4t 3a")),
        ("Recollida a Carrer Major 12, 2n, 17250 Platja d'Aro, i lliurament a Lleida", ("LOCATION", "Platja d'Aro")),
        ("un pedido a nombre de Marta Gil, Calle Mayor 33, bajo B, 46440 Almussafes.", ("ZIP_CODE", "46440")),
        ("un pedido a nombre de Marta Gil, Calle Mayor 33, bajo B, 46440 Almussafes.", ("ADDRESS", "Calle Mayor 33, bajo B")),
        # a Gaelic surname's second capital
        ("Fergus MacLeod submitted his Self Assessment at 23:58 on 31 January.", ("PERSON", "Fergus MacLeod")),
        # naming and age in Russian and Ukrainian ("they call me", "to me ... 24")
        ("Меня зовут Алина, мне 24, я из Казани.", ("PERSON", "Алина")),
        ("Меня зовут Алина, мне 24, я из Казани.", ("AGE", "24")),
        ("Привіт! Я Соломія, мені 28, живу у Львові.", ("AGE", "28")),
        # a login after "user" in a record's field; an initial and a surname written small
        ("Reset request: user wkimura (employee E-55102) from 126.77.201.3", ("USERNAME", "wkimura")),
        ("Security notice for j.okwuosa: a sign-in from Abuja (105.112.47.201)", ("USERNAME", "j.okwuosa")),
        ("Laptop serial 5CG2041XYZ, cost centre 4400-118. Assigned to t.mahlaba.", ("USERNAME", "t.mahlaba")),
        # a nurse signing with an initial; a county in a caption; a name in capitals with a middle initial
        ("| Carlo Whitcombe | 2023-01-09 | MMR | MX4471 | 2024-01-15 | RN T. Ngata |", ("PERSON", "T. Ngata")),
        ("STATE OF MINNESOTA, COUNTY OF HENNEPIN. CRIMINAL COMPLAINT.", ("LOCATION", "HENNEPIN")),
        ("MARGARET L. HOLLOWAY, Plaintiff, v. DERRICK J. FAIRBANKS, Defendant.", ("PERSON", "DERRICK J. FAIRBANKS")),
        ("Cardholder: BRIDGET A. O'SULLIVAN / Card: 2223 1045 8876 1293", ("PERSON", "BRIDGET A. O'SULLIVAN")),
        # a tracker's time; a Romanian age; a town no list holds before its state and ZIP code
        ("Reporter: Chinonso Eze\nCreated: 12/Mar/25 9:14 AM\nDescription: update", ("DATE_TIME", "12/Mar/25 9:14 AM")),
        ("Elena Vasilescu, în vârstă de 34 de ani, a depus cererea.", ("AGE", "34")),
        ("City or town, state, and ZIP code: Aiea, HI 96701", ("LOCATION", "Aiea")),
        # a Kenyan box and its postal code; a Canadian rural route's site
        ("Miss Faith Chebet\nP.O. Box 411-20200\nKericho", ("ADDRESS", "P.O. Box 411-20200")),
        ("her mail sent to RR 2, Site 14, Box 9, Prince Albert, SK S6V 5R2.", ("ADDRESS", "RR 2, Site 14, Box 9")),
        # a login after "is" in French; an Ontario health card; a Romanian identity card's series and number
        ("votre identifiant est olemaire75 et l'adresse IP enregistrée est 88.160.1.2", ("USERNAME", "olemaire75")),
        ("Ontario health card on the file is 4829-301-771-KJ; I told him", ("ID_NUMBER", "4829-301-771-KJ")),
        ("posesoare a C.I. seria RX nr. 774102, CNP 2880730411229.", ("ID_NUMBER", "RX nr. 774102")),
        # a Polish advocate; a Flemish schoolteacher (her name, no title)
        ("Pełnomocnikiem powódki jest mec. Paweł Zieliński, tel. +48 58 341 27 90.", ("TITLE", "mec.")),
        ("Het formulier mag terug naar juf Els of per mail naar els.wouters@school.be", ("PERSON", "Els")),
        # a handle in brackets before the app it is used on; a library card; a Dutch identity document's number
        ("Shout out to jasmine tan (jas.tan.bakes on insta) for the insane cake", ("USERNAME", "jas.tan.bakes")),
        ("Overdue notice for Sophie Tremblay-Roy, library card 29108 00471 3325: three items", ("ID_NUMBER", "29108 00471 3325")),
        ("geboren op 12 augustus 1998 te Rotterdam, legitimatienummer NXR7K2P49, hierna huurder.", ("ID_NUMBER", "NXR7K2P49")),
        # a database shell's table with its corners
        ("+--------------+------------------------------+\n| username     | email                        |\n"
         "+--------------+------------------------------+\n| moonchild_ke | achieng.otieno@gmail.com     |\n"
         "| bigdave1977  | dave.ruston77@btinternet.com |\n+--------------+------------------------------+",
         ("USERNAME", "bigdave1977")),
        # a day and month after when something ends or a birthday's bracket; Catalan weekdays and "a les" times
        ("Also your lease ends 30/04, would you and Tyson like to renew?", ("DATE_TIME", "30/04")),
        ("she posted her address and her birthday (17/07) publicly", ("DATE_TIME", "17/07")),
        ("té visita al seu CAP el dijous 6 de febrer a les 9.15. El codi", ("DATE_TIME", "dijous 6 de febrer a les 9.15")),
        ("des de la IP 83.44.217.9 el 12/02/2025 a les 23:41. El correu", ("DATE_TIME", "12/02/2025 a les 23:41")),
        ("Hà Nội trước ngày 30/9.", ("DATE_TIME", "ngày 30/9")),  # ("the day of": the gold sets take it in)
        # whoever guides the person, after a label; a given name before the age it is; an Austrian academic title
        ("Bring your NI number (JT 58 21 07 C) and proof of address. Work coach: Imran", ("PERSON", "Imran")),
        ("Ages for the gala: Amara is 10, Jude is 12 and Lily-Rose Bennett is 9.", ("PERSON", "Amara")),
        ("Sehr geehrte Frau Mag. Hofbauer, die Übergabe der Wohnung", ("PERSON", "Hofbauer")),
        # a message signed by two, written small; a record's bare "name" holding an initial and a surname
        ("we moved out on 28/02/2025 and left the place spotless. — kiri & sam", ("PERSON", "kiri")),
        ('{"door": "Main", "member": "GYM-0077214", "name": "O. Hrytsenko", "time": "2025-07-28 06:12"}',
         ("PERSON", "O. Hrytsenko")),
        # a doctor in Hindi; a name before a postposition
        ("ग्राहक प्रोफ़ाइल — डॉ. अनुराधा त्रिपाठी, ईमेल anuradha.tripathi@yahoo.in", ("PERSON", "अनुराधा त्रिपाठी")),
        ("श्री रमेश चंद्र गुप्ता का पोस्टपेड नंबर +91 99100 48273 है", ("PERSON", "रमेश चंद्र गुप्ता")),
        # courtesy titles in Tamil, Bengali and Urdu; a Tamil form's name label
        ("திரு. க. முருகன், தொலைபேசி 98401 22345", ("PERSON", "க. முருகன்")),
        ("জনাব রফিকুল ইসলাম, মোবাইল ০১৭১১-৫৫৫১২৩", ("PERSON", "রফিকুল ইসলাম")),
        ("جناب عمران خان کا شناختی کارڈ", ("PERSON", "عمران خان")),
        ("பெயர்: முருகன் செல்வம்\nவயது: 42", ("PERSON", "முருகன் செல்வம்")),
        # a name, its age in brackets, then what the person did
        ("Placement update: Destiny (14) moved from the Hartley foster home", ("PERSON", "Destiny")),
    ],
)
def test_when_a_pipe_record_a_deed_or_a_wedding_notice_holds_pii_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a year after a street is no postcode, nor a table's next cell a town
        ("She lived at 12 Rue Haute 2024 Paris was her last stop", ("ZIP_CODE", "2024")),
        ("ACC-2210847\tNiamh Doherty\t12 Lisburn Road\tBT9 6AA\tFixed 12M\t-42.18", ("LOCATION", "Fixed")),
        ("Мне 24 часа на ответ, потом заявка закрывается.", ("AGE", "24")),
        # a nurse's letters are no title; a field of code is no login; a phone inside a box's code is none
        ("| Carlo Whitcombe | 2023-01-09 | MMR | MX4471 | 2024-01-15 | RN T. Ngata |", ("TITLE", "RN")),
        ("if (e.target.value) { s.length = 0 }", ("USERNAME", "e.target")),
        ("Miss Faith Chebet\nP.O. Box 411-20200\nKericho", ("PHONE_NUMBER", "411-20200")),
        # how a user is, after "user" and a verb, is no login
        ("The user is happy with the fix.", ("USERNAME", "happy")),
        ("der Benutzer ist angemeldet", ("USERNAME", "angemeldet")),
        ("Hij is meester in de rechten.", ("TITLE", "meester")),
        ("we met (twice on teams) and it went well", ("USERNAME", "twice")),
        ("June is 30 days long.", ("PERSON", "June")),
        ("prices went up again — salt and pepper", ("PERSON", "salt")),
    ],
)
def test_when_a_number_or_a_cell_only_sits_beside_an_address_or_a_cue_then_it_is_not_read_as_one(detector, text, unwanted):
    assert unwanted not in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please quote student ID S2291847 in all correspondence with admissions.", ("ID_NUMBER", "S2291847")),
        ('driver="Yaw Mensah" phone=+233557904418 vehicle=AS 904-24 rating=4.67', ("ID_NUMBER", "AS 904-24")),
        ("licence_no=40820004L2T9; vehicle_plate=BX 48 KL GP; route=Johannesburg-Polokwane", ("ID_NUMBER", "BX 48 KL GP")),
        ("He asked us to update the registration of vehicle NDA 4821 to his new address.", ("ID_NUMBER", "NDA 4821")),
        ("DEA BR4829175, Texas medical license Q7714, practice address 4410 Medical Dr", ("ID_NUMBER", "Q7714")),
        ("Voici le recto de ma carte nationale d'identité n° X4RTBPFW4", ("ID_NUMBER", "X4RTBPFW4")),
    ],
)
def test_when_a_verb_a_key_or_a_longer_label_comes_before_an_id_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_a_quote_has_a_number_then_it_is_still_no_persons_id(detector):
    assert not [span for span in _found(detector, "Your quote ID 48291734 is valid for 30 days.") if span[0] == "ID_NUMBER"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bia: gente o Rafa fez o pix errado kkkk\nRafa: era pra ir pro outro número\nBia: liga no banco rápido\n"
         "Duda: meu primo trabalha no banco, vou te passar o contato dele", ("PERSON", "Duda")),
        ("Tendai: mum's flight lands 6.40 tmrw, who's getting her??\nRumbi: me n kuda will go, which terminal\n"
         "Tendai: T3 they said\nkuda: parking at T3 is robbery btw", ("PERSON", "kuda")),
        ("Ate Joy: bunso pa-send naman ng address mo\nPaolo: Blk 12 Lot 7, Villa Verde Subd., Antipolo po\n"
         "Ate Joy: sige. cp mo pa rin ba yung dati?\nPaolo: opo ate. gcash na lang din", ("PERSON", "Paolo")),
    ],
)
def test_when_people_take_turns_in_a_chat_then_every_speaker_is_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Cliente: oi, meu pedido não chegou\nAtendente: qual o número?\nCliente: é o 1124, pode ver por favor",
         ("PERSON", "Cliente")),
        ("Fixed: the sync agent on macOS no longer hangs\nChanged: the default retry is now longer\n"
         "Fixed: exported files now keep their leading zeros", ("PERSON", "Fixed")),
        ("Ate Joy: sige. cp mo pa rin ba yung dati?\nPaolo: opo ate. gcash na lang din sa number na yan",
         ("PERSON", "pa rin ba")),
    ],
)
def test_when_a_changelog_a_role_or_small_words_open_lines_then_they_are_no_speakers(detector, text, absent):
    assert absent not in _found(detector, text)


def test_when_a_kinship_word_follows_a_given_name_then_the_name_is_found(detector):
    assert ("PERSON", "Ankit") in _found(detector, "Ankit bhai, form mein PAN maang rahe hain")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the mobile number on their registration card, +233 24 418 7720, had been typed in wrong",
         ("PHONE_NUMBER", "+233 24 418 7720")),
        ("ha saltato la visita per un ricovero all'ospedale di Bergamo. Lo sperimentatore ha segnalato", ("LOCATION", "Bergamo")),
        ("Wir haben den Grundbuchauszug aus Regensburg erhalten.", ("LOCATION", "Regensburg")),
    ],
)
def test_when_a_number_follows_a_card_or_a_city_is_named_like_a_rare_surname_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Student: Ngozi Obi-Okafor / ID s4402917 / username nobiokafor / email n.obi-okafor@student.ac.uk",
         ("USERNAME", "nobiokafor")),
        ("A password reset was requested for your account apennhowe from IP 82.132.219.4", ("USERNAME", "apennhowe")),
        ("done, account is ralmansoori, temp pw went by SMS", ("USERNAME", "ralmansoori")),
        ("Employee onboarding record: employee_id E-004471, name Oluwadamilola Fashola", ("ID_NUMBER", "E-004471")),
        ("Your customer reference remains CR00718244.", ("ID_NUMBER", "CR00718244")),
        ('{"email":"p.nakamura@icloud.com","user_id":"cus_7Hq2LmX91"}', ("ID_NUMBER", "cus_7Hq2LmX91")),
        ("Please keep in your prayers Father Tomás Byrne, who is recovering.", ("TITLE", "Father")),
        ("We report the death of the Reverend Alistair Munro.", ("TITLE", "Reverend")),
        ("Le consentement a été recueilli en présence du Pr Laurent Fabre.", ("TITLE", "Pr")),
        ("Good day Ma'am Kristine! Your braces adjustment is tomorrow.", ("TITLE", "Ma'am")),
        ("Arresting officer: Tpr. J. Collier #1187", ("TITLE", "Tpr.")),
    ],
)
def test_when_a_login_an_id_key_or_a_priests_title_is_written_plainly_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    "text", ["Your account is overdrawn by 40 pounds.", "The username resets are handled by IT.", "the user_id column holds 4 digits"]
)
def test_when_an_account_word_is_followed_by_prose_then_no_login_or_id_is_found(detector, text):
    assert not [span for span in _found(detector, text) if span[0] in ("USERNAME", "ID_NUMBER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fn,mi,ln,dob,ssn\nDarnell,J,Whitaker,1979-02-14,219-44-7810\nNhung,T,Pham,1992-07-23,614-82-0093",
         ("PERSON", "Whitaker")),
        ("PAX NAME                 PASSPORT     DOB\nO'SULLIVAN/CATHAL        PE4418293    14MAR1979\n"
         "NAKASHIMA/REN            TK8203917    30NOV1995", ("PERSON", "NAKASHIMA/REN")),
        ("CARD NO          BORROWER               BRANCH\n21184003917245   Okoro, Chukwudi        Central\n"
         "21184004410388   Lam, Wing Yee          Northside", ("PERSON", "Lam, Wing Yee")),
        ("PT_NO   NAME                   LAST_VISIT\n10482   Lachlan O'Rourke       2024-09-03\n"
         "10517   Mai Nguyen             2024-08-19", ("ID_NUMBER", "10517")),
        ("id_mitra\tnama\tplat_nomor\tkota\nMTR-31740922\tAgus Setiawan\tB 4471 TKV\tJakarta Selatan\n"
         "MTR-35780118\tRina Wulandari\tL 2290 AF\tSurabaya", ("ID_NUMBER", "L 2290 AF")),
        ('{"applicant": "Ng Wei Ling", "doc_type": "NRIC", "doc_number": "S8663923H", "dob": "1986-10-04"}\n'
         '{"applicant": "Thabo Molefe", "doc_type": "SA_ID", "doc_number": "7601306709088", "dob": "1976-01-30"}',
         ("ID_NUMBER", "S8663923H")),
        ('{"name": "Nokuthula Dube", "id_number": "8307190827080"}\n{"name": "Lerato Sithole", "id_number": "6709303123087"}',
         ("ID_NUMBER", "6709303123087")),
        ('{"holder": "Hina Matsumoto", "pan": "3589 1164 0072 3554", "exp": "09/27"}\n'
         '{"holder": "Oren Shapiro", "pan": "6011 7715 0338 2947", "exp": "02/26"}', ("CREDIT_CARD", "6011 7715 0338 2947")),
    ],
)
def test_when_a_table_names_its_columns_briefly_or_in_another_language_then_its_cells_are_typed(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pada Kamis, 6 Maret 2025 sekitar pukul 19.30 WIB pelapor kehilangan dompet.",
         ("DATE_TIME", "Kamis, 6 Maret 2025 sekitar pukul 19.30 WIB")),
        ("Relata que em 02/03/2025, por volta das 22h, teve o celular roubado.", ("DATE_TIME", "02/03/2025, por volta das 22h")),
        ("Le prélèvement est prévu le 11 juin 2024 à 8h00.", ("DATE_TIME", "11 juin 2024 à 8h00")),
        ("We moved the session from Wed 5th at 4pm to Thursday 6 March at 5:30pm.", ("DATE_TIME", "Wed 5th at 4pm")),
        ("The front-desk register for Saturday night, 17 August shows Rohan Iyer.", ("DATE_TIME", "Saturday night, 17 August")),
        ("The engineer will visit on 12th September between 8am and 12pm.", ("DATE_TIME", "12th September between 8am and 12pm")),
        ("Jas: ward, mum's being discharged thurs 6th\nAnnie: thank god. can u get her", ("PERSON", "Annie")),
    ],
)
def test_when_a_date_comes_with_its_weekday_or_time_in_another_language_then_all_of_it_is_the_date(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Web form submitted from 2a00:23c7:8f1d:4e01:9c2a:51ff:fe3b:66a0: "My name is Hayley"',
         ("IP_ADDRESS", "2a00:23c7:8f1d:4e01:9c2a:51ff:fe3b:66a0")),
        ("Prescriber: Dr. Eoin Keane, MCRN 019443. Dispensed 4/1/24.", ("ID_NUMBER", "019443")),
        ("She was given screening number SCR-0441 and agreed to be contacted.", ("ID_NUMBER", "SCR-0441")),
        ("Protocol deviation: participant P-3308 took her study tablets with food.", ("ID_NUMBER", "P-3308")),
        ("The safety physician noted that subject 0214 at the Durban site had a rash.", ("ID_NUMBER", "0214")),
        ("Driver: Baljit · Toyota Camry CBXR 417 · Rider phone +1 647 555 0133", ("ID_NUMBER", "CBXR 417")),
        # plates after a model in brackets, after a colour and a model, and after their labels in four languages
        ("Chiamaka Eze collected the Toyota Corolla (LAG 482 KJ) from our Ikeja office", ("ID_NUMBER", "LAG 482 KJ")),
        ("the car is a silver Corolla KJA 719 GH. anyone who knows him pls dm me", ("ID_NUMBER", "KJA 719 GH")),
        ("Pojazd: Škoda Octavia, nr rej. PO 4KL72", ("ID_NUMBER", "PO 4KL72")),
        ("Mi NIE es Y2093561T, la matrícula era 4821 LMK y podéis escribirme", ("ID_NUMBER", "4821 LMK")),
        ("een boete in Gent op zaterdag 8 maart om 15u20 voor nummerplaat 1-HKT-392, maar", ("ID_NUMBER", "1-HKT-392")),
        ("een boete in Gent op zaterdag 8 maart om 15u20 voor nummerplaat 1-HKT-392, maar",
         ("DATE_TIME", "zaterdag 8 maart om 15u20")),
        # a utility's consumer, a platform's rider or partner, a French card, a Spanish member (feminine)
        ("Disconnection notice for consumer no. 110384920175: Smt. Kavitha Ramaswamy", ("ID_NUMBER", "110384920175")),
        ("Rider payout failed: Oluwaseun Adeyemi, rider no. 448 217 – the bank rejected", ("ID_NUMBER", "448 217")),
        ("payout to delivery partner Arjun Nair (partner code SWP-77210) was credited", ("ID_NUMBER", "SWP-77210")),
        ("Olivier Nguyen-Lapointe, né le 2 février 2001, carte no 02 0338 4471 6, domicilié", ("ID_NUMBER", "02 0338 4471 6")),
        ("Mi número de socia es 004581 y mi móvil", ("ID_NUMBER", "004581")),
        # a student's registration number with slashes; a pilot's licence; a passport in Indonesian; a health plan's id
        ("Admission letter: Brian Otieno Ouma, Reg. No. J17/4482/2025, is admitted", ("ID_NUMBER", "J17/4482/2025")),
        ("Your pilot licence GH-ATPL-2207 renewal is approved.", ("US_DRIVER_LICENSE", "GH-ATPL-2207")),
        ("Nomor paspor saya C4JX18RT2, alamat tinggal Jl. Raya Seminyak No. 21", ("PASSPORT", "C4JX18RT2")),
        ("religion: Sikh\nhealth_plan_id: BCN-77120438\nemergency_contact: Manpreet Dhillon", ("ID_NUMBER", "BCN-77120438")),
        # a Mexican neighbourhood in lower case, a street with "de las"
        ("Domicilio actual: Av. de las Américas 1545, Torre B, Depto. 804, col. Providencia, Guadalajara",
         ("LOCATION", "Providencia")),
        ("Domicilio actual: Av. de las Américas 1545, Torre B, Depto. 804, col. Providencia, Guadalajara",
         ("ADDRESS", "Av. de las Américas 1545, Torre B, Depto. 804")),
        ("Reporting person: Luis Alberto Medina, M/29, DL D4471092 (CA)", ("AGE", "29")),
        ("Q1 Your name? -> jess w\nQ2 Age? -> 34\nQ3 Where do you live? -> leeds", ("AGE", "34")),
        ("Home Health Plan of Care\nPatient: Evelyn Sato, 84\nAddress: 2290 Kalakaua Ave", ("AGE", "84")),
        # a Japanese chōme-block-house address and its district; a Singapore HDB block and its unit
        ("The flat is at 1-2-3 Minami-Aoyama, Room 802, Minato-ku. Call me", ("ADDRESS", "1-2-3 Minami-Aoyama, Room 802")),
        ("Tan Wei Ling, 34 years of age, Blk 212 Toa Payoh Lorong 8, #11-305, Singapore 310212",
         ("ADDRESS", "Blk 212 Toa Payoh Lorong 8, #11-305")),
        ("Blk 118 #04-221 Ong Boon Keat            T0219584J", ("ADDRESS", "Blk 118 #04-221")),  # no street
        # a small given name and the small surname after it
        ("overdue notice for patron babajide oyelaran, card 0007 2214 9901", ("PERSON", "babajide oyelaran")),
        # a form's name label after a dash that opens it
        ("Personalfragebogen — Name: Weber, Vorname: Jonas Matthias, geb. am 17.03.1990", ("PERSON", "Weber")),
        # a people between commas, after an age or before a passport
        ("Visa application of Juan Miguel Reyes, Filipino, passport P4418207B, born 17 July 1988", ("NRP", "Filipino")),
        ("between Ramon Bautista Aquino, 31, Filipino, and Hye-jin Park, 28, Korean.", ("NRP", "Filipino")),
        # a benchmark record's address parts in a sentence; a form's spaced dashes; a lab report's age and sex
        ("Name: Dasia Wehner, building number 2209, street Kinney Ave, secondary address Unit 14.", ("ADDRESS", "2209")),
        ("Name: Dasia Wehner, building number 2209, street Kinney Ave, secondary address Unit 14.", ("ADDRESS", "Kinney Ave")),
        ("Name: Dasia Wehner, building number 2209, street Kinney Ave, secondary address Unit 14.", ("ADDRESS", "Unit 14")),
        ("Part I  Social security number: 258 - 47 - 9913\nSignature: T. Johnson", ("US_SSN", "258 - 47 - 9913")),
        ("Lab report – Mrs. Lakshmi Venkataraman, 58 Y / F, patient ID MH-2207-44319", ("AGE", "58")),
        # SQL rows with a function's call among the values
        ("INSERT INTO customers (full_name, city, state, zip, created)\nVALUES ('Latoya Jefferson', 'Atlanta', 'GA', "
         "'30305', NOW()),\n       ('Dmitri Sokolov', 'New York', 'NY', '10065', NOW());", ("ZIP_CODE", "10065")),
        # a building's or a flat's number in a field of its own
        ("Street: Kozey Mews | Building: 702 | City: West Tobias | Postcode: PL4 8RT", ("ADDRESS", "702")),
        ("Street: 4127 Bramblewood Ln\nApt: #210\nCity: Boise", ("ADDRESS", "#210")),
        # an Irish surname's particle, a caps name's middle initial, and no next field after two blanks
        ("Event: wedding | Couple: Aoife Brennan & Liam Ó Súilleabháin | Date: Sat 23 Aug 2025",
         ("PERSON", "Liam Ó Súilleabháin")),
        ("STATEMENT OF ACCOUNT\nMR ADEWALE K OGUNDIPE\nFLAT 2, 17 PEMBROKE ROAD", ("PERSON", "ADEWALE K OGUNDIPE")),
        ("Prescriber: DR. HOLLIS P. KINCAID  REFILLS: 2", ("PERSON", "HOLLIS P. KINCAID")),
        ("Reporting user AlexTheExplorer (profile says Alex, 34, Bristol).", ("USERNAME", "AlexTheExplorer")),
        ("Surname: Raghavan. First name(s): Meenakshi. Date of birth: 23-11-1990.", ("PERSON", "Meenakshi")),
        ("Her new address is Room 1802, 18/F, Tower 2, 33 Canton Road, Tsim Sha Tsui, Kowloon.",
         ("ADDRESS", "Room 1802, 18/F, Tower 2, 33 Canton Road")),
        ("At 0214 hrs on 2024-12-26, members attended 4417 50 Ave, Red Deer, for a disturbance.", ("ADDRESS", "4417 50 Ave")),
        ("At 0214 hrs on 2024-12-26, members attended 4417 50 Ave, Red Deer, for a disturbance.",
         ("DATE_TIME", "0214 hrs on 2024-12-26")),
    ],
)
def test_when_a_trial_a_ride_a_report_or_a_hong_kong_flat_holds_pii_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_a_car_model_comes_with_a_year_then_the_year_is_no_plate(detector):
    assert not [s for s in _found(detector, "She drives a Toyota Camry XLE 2020 to work.") if s[0] == "ID_NUMBER"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U12 squad for Saturday v Ballincollig: Saoirse, Aoife M., Aoife K., Róisín, Clodagh, Éabha. Meet at 9.",
         ("PERSON", "Éabha")),
        ("user banned: linked to 3 alt accounts (darkfire_2, dfire.alt, notdarkfire). contact appeals", ("USERNAME", "notdarkfire")),
        ("Av. Chapultepec 480, Col. Americana, 44160 Guadalajara, Jal. -- Tel.: 33 3615 2290", ("LOCATION", "Jal.")),
        ("Residente na Rua Padre Eustáquio 204, Belo Horizonte/MG. Relata que", ("LOCATION", "MG")),
        ("Citation issued to Brandon K. Ellis, OH DL SR482915, for 58 in a 35 zone.", ("LOCATION", "OH")),
        ("| Name | Role | Office |\n|---|---|---|\n| Adwoa Mensah | Practice Manager | Reading |\n"
         "| Hamish Crawford | Principal | Reading |", ("LOCATION", "Reading")),
    ],
)
def test_when_a_list_a_state_in_short_or_an_office_column_holds_pii_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("We stock Lindt, Cadbury and Ben & Jerry's in the freezer aisle.", ("PERSON", "Cadbury")),
        ("pay on cashapp $JunPark88 or venmo @jun-park-art", ("USERNAME", "venmo")),
        ("Pop round for a cuppa any time. Love, Sione & Leilani", ("PERSON", "Love")),
        ('{"member": "Ama Owusu", "homeClub": "Club 14"}\n{"member": "Kofi Mensah", "homeClub": "Club 03"}',
         ("LOCATION", "Club 14")),
    ],
)
def test_when_brands_apps_or_a_sign_off_stand_in_a_list_then_they_are_no_names(detector, text, absent):
    assert absent not in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kemi: the landlord just messaged, inspection is on Thursday\nPriya D: I'm WFH I'll do it\n"
         "Kemi: thanks so much\nPriya D: yeah no worries at all", ("PERSON", "Priya D")),
        ("Jaylen (15) from Baltimore submitted the science fair entry form.", ("AGE", "15")),
        ("Bonjour Mme Aït-Ahmed, votre compte nadia.aitahmed a été connecté depuis une nouvelle adresse.",
         ("USERNAME", "nadia.aitahmed")),
        ("Work email: a.nowicki@bluepeak.example\nCorporate account: ext-anowicki\nVPN source IP: 89.64.17.203",
         ("USERNAME", "ext-anowicki")),
        ("Ouverture de compte : Mme Céline Vandenbrouck, née le 3 mars 1990", ("TITLE", "Mme")),
    ],
)
def test_when_a_speaker_has_an_initial_or_an_account_is_named_in_french_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tenants:\n  - name: Connor Whitby\n    unit: Unit 4\n    street: 27 Hastings St\n"
         "  - name: Leilani Fonoti\n    unit: Unit 9\n    street: 27 Hastings St", ("ADDRESS", "Unit 9")),
        ("| Unit | Tenant | Lease start |\n|------|--------|------|\n| 1A | Marisol Peña | 2022-06-01 |\n"
         "| 2C | Kwabena Ofori | 2023-09-15 |", ("ADDRESS", "2C")),
    ],
)
def test_when_a_unit_column_holds_flats_then_they_are_addresses(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_a_units_column_counts_things_then_it_is_no_address(detector):
    text = "product,units,price\nWidget,12,4.99\nGadget,30,9.50"
    assert not [s for s in _found(detector, text) if s[0] == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sim swap request from customer summer okafor, 34, for line +234 803 555 2710", ("PERSON", "summer okafor")),
        ("new member signup: liam o'connell, 27, mobile 0412 738 905", ("PERSON", "liam o'connell")),
        ("Member jordan reyes-whitfield (no. GYM0048312) has frozen the account", ("PERSON", "jordan reyes-whitfield")),
        ("hi dr. patel, this is grace kim, mochi's mom", ("PERSON", "grace kim")),
    ],
)
def test_when_a_full_name_is_written_small_after_whose_it_is_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_small_words_follow_a_role_word_then_they_are_no_name(detector):
    text = "the customer service team will call back. This is going well. The user name field was empty."
    assert not [s for s in _found(detector, text) if s[0] == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"report_id": "R-77120", "reporter": "lily.in.leeds", "category": "catfishing"}\n'
         '{"report_id": "R-77121", "reporter": "tomasz_w", "category": "money_request", "age_claimed": 46}',
         ("USERNAME", "tomasz_w")),
        ('{"report_id": "R-77121", "reporter": "tomasz_w", "category": "money_request", "age_claimed": 46}', ("AGE", "46")),
        ("| Case | Reported profile | Age shown | Location shown |\n|------|------|------|------|\n"
         "| DS-4410 | sweet_anna_kyiv | 26 | Kyiv |\n| DS-4419 | jess_loves_hiking | 30 | Denver |", ("LOCATION", "Denver")),
        ("| Case | Reported profile | Age shown | Location shown |\n|------|------|------|------|\n"
         "| DS-4410 | sweet_anna_kyiv | 26 | Kyiv |\n| DS-4419 | jess_loves_hiking | 30 | Denver |", ("USERNAME", "jess_loves_hiking")),
    ],
)
def test_when_a_report_table_names_logins_ages_and_places_its_own_way_then_they_are_found(detector, text, expected):
    assert expected in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient: OKONKWO, CHINEDU   Sex: M   Age: 39Y\nHospital No: UNTH/0048812", ("AGE", "39")),
        ('Reported user: adventure_dan, profile name "Dan", claims 35\nCategory: Harassment', ("AGE", "35")),
        ("Amara (3) will be collected on Friday by her aunt.", ("AGE", "3")),
        ("Patient: Mr. Venkatesh Subramanian, 62/M, UHID MH2409117.", ("AGE", "62")),
        ("Reported: Arjun Malhotra, who claims to be 33 and a doctor in Gurugram.", ("AGE", "33")),
        ("Quiero denunciar el perfil de Matías. Dice tener 32 años y vivir en Palermo.", ("AGE", "32")),
        ("Zeynep Hanım, kızınız Defne'nin (4 yaş) anaokulumuza kaydı tamamlandı.", ("AGE", "4")),
    ],
)
def test_when_an_age_is_claimed_glued_or_said_in_brackets_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_a_hong_kong_floor_follows_a_flat_then_it_is_no_age(detector):
    text = "Tenant Chan Ka Wai of Flat B, 12/F, Block 3, Laguna City says the aircon is broken."
    assert not [s for s in _found(detector, text) if s[0] == "AGE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mar 19 02:14:07 db-prod-03 sudo:   kpatel : TTY=pts/1 ; PWD=/home/kpatel ; USER=root", ("USERNAME", "kpatel")),
        ("MOD-QUEUE item 88213: reporter_id=U-5582014 flagged profile sunny_dimples_22", ("ID_NUMBER", "U-5582014")),
        ("Business account: sort code 80-22-60, no. 10447218\nContact: 07731 044 219", ("ID_NUMBER", "10447218")),
        ("Kami melaporkan pengemudi Agus Setiawan, pelat B 4127 TKQ, yang mengambil rute memutar.", ("ID_NUMBER", "B 4127 TKQ")),
        ("Please confirm the NRIC on your offer letter, S8734291C, and send us your bank details.", ("ID_NUMBER", "S8734291C")),
        ("Juror summons: Carolyn Mbatha, juror no. 418822, please report on Monday.", ("ID_NUMBER", "418822")),
        ("Quiero denunciar el perfil de Matías (matii.rc). Dice tener 32 años.", ("USERNAME", "matii.rc")),
        ("Home: 112/5 Nguyen Trai, District 1, Ho Chi Minh City", ("LOCATION", "District 1")),
        ("last app login 2025-03-20 07:12:44 EDT from 2600:1700:5a90:8e0::41", ("DATE_TIME", "2025-03-20 07:12:44 EDT")),
        ("Author: Sven <sven.halvorsen@gmail.com>\nDate:   Tue Mar 12 22:41:07 2024 +0100\n\n    fix: stop logging",
         ("DATE_TIME", "Tue Mar 12 22:41:07 2024 +0100")),
    ],
)
def test_when_a_log_a_bank_line_or_a_foreign_plate_holds_pii_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_a_nric_check_letter_is_wrong_then_no_shape_reads_it(detector):
    assert not [s for s in _found(detector, "Batch S8734291D shipped.") if s[0] == "ID_NUMBER"]


def test_when_a_commits_date_ends_on_its_year_and_offset_then_it_is_one_date(detector):
    text = "commit 4f9a2c1e8b7d\nAuthor: Sebastián Rojas <srojas@rojasdev.cl>\nDate:   Tue Apr 9 18:22:47 2024 -0400\n\n    Fix"
    assert ("DATE_TIME", "Tue Apr 9 18:22:47 2024 -0400") in _found(detector, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("username\temail\tlast_login\tplan\t2fa\nquietfox\tr.adeyinka@gmail.com\t2024-10-29 21:14\tpro\ton\n"
         "bigdave1971\tdave.hollins71@aol.com\t2024-09-14 18:30\tfree\toff", ("USERNAME", "quietfox")),
        ("| Volunteer | Booth | Party | Mobile |\n|---|---|---|---|\n| Siobhan Rourke | Marrickville PS | Greens | 0411 287 553 |\n"
         "| Dean Papadopoulos | Dulwich Hill PS | Labor | 0422 930 117 |", ("NRP", "Labor")),
        ("[player]\nname = Ciarán Maguire\ndob = 2008-05-14\ncounty = Roscommon\ngrade = minor", ("LOCATION", "Roscommon")),
        ("Hey team, customer marcus delacroix-hill (account CUST-00917254) says the courier", ("PERSON", "marcus delacroix-hill")),
    ],
)
def test_when_a_header_opens_on_a_digit_an_ini_file_or_a_party_column_holds_pii_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_a_party_column_names_the_sides_of_a_case_then_they_are_no_people(detector):
    text = "| Party | Name | Phone |\n|---|---|---|\n| Claimant | Ama Owusu | 0411 287 553 |\n| Respondent | Kofi Mensah | 0422 930 117 |"
    assert not [s for s in _found(detector, text) if s[0] == "NRP"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IN THE DISTRICT COURT OF HARRIS COUNTY, TEXAS. Cause No. 2024-48817.", ("LOCATION", "HARRIS COUNTY")),
        ("Bring this SMS and quote ID number 9307220214084.", ("ID_NUMBER", "9307220214084")),
        ("firstname: Ana\nlastname: Batista-Lund\nbuildingnumber: 5521\nstreet: Larkin Trail", ("ADDRESS", "5521")),
    ],
)
def test_when_a_court_names_its_county_or_a_label_is_quoted_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_a_county_court_sits_then_the_county_is_no_place(detector):
    assert not [s for s in _found(detector, "IN THE COUNTY COURT AT BRISTOL\nClaim No. K00BS123") if s[1] == "THE COUNTY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DISCHARGE SUMMARY\nPatient: Kowalski, Agnieszka M.    Age: 64    Sex: F\nMRN: 004418273",
         ("PERSON", "Kowalski, Agnieszka M.")),
        ("Father's name: Srinivas Reddy\nMother's name: Padmaja Reddy\nPresent address: Flat 302", ("PERSON", "Padmaja Reddy")),
        ("Rendez-vous confirmé avec M. Dupont le 3 mars.", ("TITLE", "M.")),
    ],
)
def test_when_a_form_writes_surname_comma_given_or_a_parents_name_then_it_is_found(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_an_initial_ends_a_field_before_a_gap_then_it_is_no_title(detector):
    found = _found(detector, "Patient: Kowalski, Agnieszka M.    Age: 64    Sex: F")
    assert ("TITLE", "M.") not in found and ("PERSON", "Age") not in found


@pytest.mark.parametrize("text", ["stop 3: Ms. June Ellery, 14 Ripon Road, Harrogate", "Please call Mrs. April Nguyen tomorrow."])
def test_when_a_title_comes_before_a_month_named_given_name_then_it_is_a_title(detector, text):
    assert [s for s in _found(detector, text) if s[0] == "TITLE"]


def test_when_an_indonesian_report_names_an_account_then_its_login_is_found(detector):
    assert ("USERNAME", "rizky.adventure") in _found(detector, "Saya ingin melaporkan akun rizky.adventure di aplikasi kencan.")


def test_when_an_id_column_numbers_people_then_its_codes_are_ids(detector):
    text = "id\tfull_name\tpan\tcity\nC-8812\tSuresh Babu Reddy\tAKLPR4420D\tVijayawada\nC-8813\tPooja Agarwal\tBFGPA1187Q\tJaipur"
    assert ("ID_NUMBER", "C-8813") in _found(detector, text)


@pytest.mark.parametrize(
    "text",
    ["id,product,price\nA-1001,Widget,4.99\nA-1002,Gadget,9.50",
     "id,first_name,last_name,city\n1041,Ifeanyi,Nwachukwu,Lagos\n1042,Sofie,Andersen,Aarhus"],
)
def test_when_an_id_column_numbers_rows_or_things_then_it_holds_no_id(detector, text):
    assert not [s for s in _found(detector, text) if s[0] == "ID_NUMBER"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id;nom_complet;né(e) le;tél;code postal\n17;Aurélien Giraud;21/07/1986;+33 6 21 47 88 09;31000\n"
         "18;Manon Lebrun;02/02/2001;+33 7 58 10 96 42;35000", ("ZIP_CODE", "35000")),
        ("| Nome | Telemóvel | Código postal | Localidade |\n|---|---|---|---|\n| Rui Antunes | 914 228 307 | 4000-446 | Porto |\n"
         "| Filipa Correia | 912 004 118 | 1100-148 | Lisboa |", ("LOCATION", "Porto")),
        ("| Unit | Tenant | Lease start |\n|---|---|---|\n| Flat 0/1 | Euan McLeish | 01/10/2022 |\n"
         "| Flat 1/2 | Olamide Ajose | 15/03/2023 |", ("ADDRESS", "Flat 1/2")),
    ],
)
def test_when_a_header_genders_a_word_or_names_a_locality_then_the_table_is_read(detector, text, expected):
    assert expected in _found(detector, text)


def test_when_a_labelled_name_is_followed_by_a_house_number_then_it_is_no_age(detector):
    assert ("AGE", "12") not in _found(detector, "Patient: John Smith, 12 Baker Street, London")


def test_when_a_unit_label_holds_no_number_then_no_address_is_read(detector):
    assert not [v for k, v in _found(detector, "Unit: mg/dL | Suite: Enterprise | Building: closed") if k == "ADDRESS"]


def test_when_a_street_word_is_followed_by_lowercase_prose_then_no_address_is_read(detector):
    text = "The old depot on that street near Hancock Park closed in 1998."
    assert not [v for k, v in _found(detector, text) if k == "ADDRESS"]


def test_when_a_capitalised_word_ending_like_a_people_follows_an_amount_then_it_is_no_nationality(detector):
    text = "Totals: 31, Italian, 12 Boston, and 14 Roman; Order 4417, American Express, paid."
    assert ("NRP", "American") not in _found(detector, text)


def test_when_a_service_rank_has_a_digit_then_it_is_a_title_and_no_code(detector):
    text = 'WO2 Darren "Daz" Hopkins leaves the Army on Friday.'
    assert ("TITLE", "WO2") in _found(detector, text)


def test_when_a_day_has_its_hungarian_case_ending_then_it_is_no_code(detector):
    assert ("DATE_TIME", "2025. január 18-án") in _found(detector, "Az autó 2025. január 18-án új eszközről")

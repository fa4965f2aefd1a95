"""Identity numbers after their label (recognizers/ids.py), alone and in the default detector."""
from __future__ import annotations

import pytest

from minimize.detection.recognizers.ids import IdNumberRecognizer
from minimize.evaluate import compatible


@pytest.fixture(scope="module")
def ids():
    return IdNumberRecognizer()


def _found(recognizer, text):
    return {(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Employee Anna Berg (ID EMP-40417) is on leave", ("ID_NUMBER", "EMP-40417")),  # bare "ID", a code
        ("admitted (DOB 01/02/1970, MRN 551902) today", ("ID_NUMBER", "551902")),  # medical record number
        ("Staff number: 77120 starts Monday", ("ID_NUMBER", "77120")),  # a label with "number:"
        ("NI number AB 12 34 56 C supplied", ("ID_NUMBER", "AB 12 34 56 C")),  # letter prefix and suffix
        ("Steuer-ID 12 345 678 901, IBAN", ("ID_NUMBER", "12 345 678 901")),  # spaced digit groups
        ("Aadhaar: 2345 6789 0123, name", ("ID_NUMBER", "2345 6789 0123")),  # a phone-like run
        ("SIN 130 692 544, 12 Rue", ("ID_NUMBER", "130 692 544")),  # capitals-only acronym
        ("PPS number: 7654321KA\nDate", ("ID_NUMBER", "7654321KA")),  # digits then letters
        ("a citizen, A-number A301-224-118, scheduled", ("ID_NUMBER", "A301-224-118")),  # dashed groups
        ("beneficiary Harold J. Brennan, MBI 1EG4-TE5-MK73, lives", ("ID_NUMBER", "1EG4-TE5-MK73")),  # Medicare
        ("born 30 November 1992, Ghana card GHA-718204936-4, email", ("ID_NUMBER", "GHA-718204936-4")),
        ("O'Brien, customer no. CU-77120394, changed her phone", ("ID_NUMBER", "CU-77120394")),  # a customer's
        ("Mr. Samuel Rotich, KRA PIN A004815273Z, mobile", ("ID_NUMBER", "A004815273Z")),  # Kenya's tax PIN
        ("Mr. Adrian Paul Vasile, CNP 1850614400218, domiciled", ("ID_NUMBER", "1850614400218")),  # Romania
        ("withheld for T.K. Oduya (candidate no. 40817) pending", ("ID_NUMBER", "40817")),  # an exam candidate
        ("phone +1 512 555 0166, Known Traveler Number TT48C29Q1, card", ("ID_NUMBER", "TT48C29Q1")),
        ("Student: Amara Nwosu-Lee (matric S2290417), aged 19", ("ID_NUMBER", "S2290417")),
        ("Hilton Honors no. 918 204 337, requests a quiet room", ("ID_NUMBER", "918 204 337")),  # loyalty
        ("Please quote your employee number, GB-448120, in any reply.", ("ID_NUMBER", "GB-448120")),  # a comma
        ("driver Oksana Melnyk, licence MELNY862125O99LK", ("US_DRIVER_LICENSE", "MELNY862125O99LK")),  # bare word
        ("Montréal (QC) H2J 2L3, NAS 518 204 736", ("ID_NUMBER", "518 204 736")),  # Canada's SIN in French
        ("Student ID: S20219931 | Grade 9", ("ID_NUMBER", "S20219931")),  # in a pipe-separated line
        ("TC kimlik 12345678950) lives", ("ID_NUMBER", "12345678950")),  # a foreign label
        ("passport no. K4418203.", ("PASSPORT", "K4418203")),  # end of a sentence
        ("German, passport C01X00T47, arriving", ("PASSPORT", "C01X00T47")),  # letters among digits
        ("driver's license number is 731 284 956.", ("US_DRIVER_LICENSE", "731 284 956")),  # a licence
        ("Hosp. no. QX7730214\nSeen", ("ID_NUMBER", "QX7730214")),  # an abbreviated hospital label
        ("Employee no.: E-204771\nDept", ("ID_NUMBER", "E-204771")),  # "no." then a colon
        ("Staff ref: HR-55102", ("ID_NUMBER", "HR-55102")),  # a person's reference
        ("student (roll no. 22CSE2048), 19", ("ID_NUMBER", "22CSE2048")),  # a school roll number
        ("Reg. No.: 2020/118245\n", ("ID_NUMBER", "2020/118245")),  # a registry's number
        ("your student ID will be U77120345.", ("ID_NUMBER", "U77120345")),  # "will be"
        ("CPR-nr. 010203-4455, IBAN", ("ID_NUMBER", "010203-4455")),  # an acronym glued to "-nr."
        ("T.C. Kimlik No 20000000046, lives", ("ID_NUMBER", "20000000046")),  # dotted foreign label
        ("resident registration number 850101-1234567", ("ID_NUMBER", "850101-1234567")),
        ("UAN (PF): 200947731286", ("ID_NUMBER", "200947731286")),  # a bracketed note after the label
        ("SSS number 33-2847364-1 on file", ("ID_NUMBER", "33-2847364-1")),  # an acronym, then "number"
        ("su cédula es 80.123.456.", ("ID_NUMBER", "80.123.456")),  # a Spanish "is"
        ("Driver number: SMITH704231JR9TX", ("US_DRIVER_LICENSE", "SMITH704231JR9TX")),
        ("Camry (NY lic. 7LKD332) parked", ("US_DRIVER_LICENSE", "7LKD332")),  # "lic."
        ("a red civic reg KP21 XRT by the gate", ("ID_NUMBER", "KP21 XRT")),  # a UK plate: two digits
        ("with plate JKM-4410 and", ("ID_NUMBER", "JKM-4410")),
        ("VIN 1HGCM82633A004352; policy", ("ID_NUMBER", "1HGCM82633A004352")),  # 17 characters
        ("taken by PC Ann Roe, collar number 4417.", ("ID_NUMBER", "4417")),  # a police officer's number
        ("paid into account 2034417856 (Zenith)", ("ID_NUMBER", "2034417856")),  # a bank account
        ("acc no 41920573 sort code 20-45-77", ("ID_NUMBER", "41920573")),  # abbreviated
        ("contact for account ACCT-0093371152: new", ("ID_NUMBER", "ACCT-0093371152")),  # an account code
        ("Hannah Roe (library card no. 2904417) has", ("ID_NUMBER", "2904417")),  # a card in a person's name
        ("born 1981-11-23, Ghana Card GHA-714402953-6, phone", ("ID_NUMBER", "GHA-714402953-6")),  # "<Country> Card"
        ("(Solar Hijri), national code 0084575948, mobile", ("ID_NUMBER", "0084575948")),
        ("Her PPS number (6104418KA) should be quoted", ("ID_NUMBER", "6104418KA")),  # the value in brackets
        ("numéro de sécurité sociale 1 79 04 69 123 456 78.", ("ID_NUMBER", "1 79 04 69 123 456 78")),  # French
        ("Name: Hildur | Kennitala: 120389-2389 | Phone", ("ID_NUMBER", "120389-2389")),  # Icelandic
        ("Hassan Raza, CNIC 35202-4417829-3, resident", ("ID_NUMBER", "35202-4417829-3")),  # Pakistani acronym
        ("an iPhone 14 with IMEI 356938035643809, in", ("ID_NUMBER", "356938035643809")),  # a carried device
        ("Utrecht, rijbewijs 5218844710, tel", ("US_DRIVER_LICENSE", "5218844710")),  # a Dutch licence
        ("Veículo: VW Polo 2020, placa QJK-4E21\n", ("ID_NUMBER", "QJK-4E21")),  # a plate, Portuguese
        ("Utrecht, kenteken K-218-ZT, rijbewijs", ("ID_NUMBER", "K-218-ZT")),  # a Dutch plate in three groups
        ("for her car, registration WX 41827, parked", ("ID_NUMBER", "WX 41827")),  # a Polish plate
        ("Driver will be Andrzej, truck reg PO 7H218.", ("ID_NUMBER", "PO 7H218")),  # five characters after a space
        ("indique su NIE, Y4829173K, en toda", ("ID_NUMBER", "Y4829173K")),  # an acronym, then a comma
        ("until he supplies his PESEL, 85041213578.", ("ID_NUMBER", "85041213578")),
        ("records show his NHI as ZAB4472. The clinic", ("ID_NUMBER", "ZAB4472")),  # "as"
        ("Your client number with the practice is NK-55120, should", ("ID_NUMBER", "NK-55120")),  # a phrase, "is"
        ("O meu NIF para a fatura é 245 118 903.", ("ID_NUMBER", "245 118 903")),  # the same in Portuguese
        ("Personnumret för Åsa Björklund är 870412-4431 och", ("ID_NUMBER", "870412-4431")),  # and in Swedish
        ("Ihre Kundennummer lautet WG-118273. Bitte", ("ID_NUMBER", "WG-118273")),  # a German compound, "lautet"
        ("Your supporter number is SP-0072291, and", ("ID_NUMBER", "SP-0072291")),  # a charity's supporter
        ("checked in with frequent-flyer number 502 884 193.", ("ID_NUMBER", "502 884 193")),  # a hyphen
        ("my student num is u2193847 and it says resit", ("ID_NUMBER", "u2193847")),  # "num"
        ("Tessera sanitaria: 80380000500123456789\nMedico", ("ID_NUMBER", "80380000500123456789")),  # Italian
        ("sa carte d'identité n° 130813200451. Elle", ("ID_NUMBER", "130813200451")),  # French, "n°"
        ("Cartão de Cidadão: 14238576 4 ZX9\nNIF", ("ID_NUMBER", "14238576 4 ZX9")),  # Portuguese, its check group
        ("Rijksregisternummer: 85.07.30-033.61\nAdres", ("ID_NUMBER", "85.07.30-033.61")),  # Belgian
        ("Al-Qahtani, 36, iqama 2401839274, IBAN", ("ID_NUMBER", "2401839274")),  # Saudi residence permit
        ("生年月日：平成8年5月14日\u3000個人番号：4829 1736 5520\u3000住所", ("ID_NUMBER", "4829 1736 5520")),
        ("| Née le : 3 juin 1975 | N° SS : 2 75 06 49 007 213 41 | Tél.", ("ID_NUMBER", "2 75 06 49 007 213 41")),
        ("Edad: 34\nCIP: CSTR851103917011\nReligión", ("ID_NUMBER", "CSTR851103917011")),  # Spain's health card
        ("Paciente: Dolores Ruiz, NHC 3381902. Ingresa", ("ID_NUMBER", "3381902")),  # a clinical record
        ("Ms Chua's IC number is 790214-10-5528 and", ("ID_NUMBER", "790214-10-5528")),  # Malaysia's identity card
        ("Nowak-Jabłońska, NIP 526-104-82-91, rachunek", ("ID_NUMBER", "526-104-82-91")),  # Polish tax number
        ("014  OYELARAN/ADEBOLA MS  23C  FQTV QR 512093847\n", ("ID_NUMBER", "512093847")),  # after the airline
        ("016  HASSAN/OMAR MR  24A  PSPT N04419283", ("PASSPORT", "N04419283")),  # a passenger list's passport
        ("Nationalité: croate\nN° passeport: 117294835\n", ("PASSPORT", "117294835")),  # French label order
        ("Summer Castellanos (employee E-004817) has", ("ID_NUMBER", "E-004817")),  # a role word, then a code
        ("since January 2020 (membership PG-118830264). Last", ("ID_NUMBER", "PG-118830264")),
        ("ERROR charge declined customer_id=CUS-0039281 email=x", ("ID_NUMBER", "CUS-0039281")),  # a log's key
        ('{"patientId": "P-4412093", "ward": 4}', ("ID_NUMBER", "P-4412093")),  # a camelCase key in JSON
        ("Penalty Charge Notice – vehicle BD21 OPX\n", ("ID_NUMBER", "BD21 OPX")),  # a British plate, unlabelled
        ("08:40 | Leah Goldberg | P. Sandhu | LB19 XKE\n", ("ID_NUMBER", "LB19 XKE")),  # in a table
        ("Titular: 48120573L, Madrid", ("ID_NUMBER", "48120573L")),  # a DNI whose check letter is right
        ("titular X1234567L desde 2019", ("ID_NUMBER", "X1234567L")),  # an NIE whose check letter is right
        # more labels: a plate's, a prison's, a professional register's, Austria's social insurance
        ("Tampa, FL 33611. Vehicle tag JKT R42.", ("ID_NUMBER", "JKT R42")),
        ("oi jono ur rego is XYZ 18K? someone", ("ID_NUMBER", "XYZ 18K")),
        ("Darnell Hughes, prison number A4471CD, aged 41", ("ID_NUMBER", "A4471CD")),
        ("Referring dentist: Eoin Hartigan, GDC 218830.", ("ID_NUMBER", "218830")),
        ("Herr Wolfgang Egger, SV-Nr. 1237 150358, Wien", ("ID_NUMBER", "1237 150358")),
        ("Ravi Shankar Pillai (emp. no. IN-204418), aged 45", ("ID_NUMBER", "IN-204418")),
        # shapes that say what they are without a label
        ("its RSSMRA42B51F205W i think", ("ID_NUMBER", "RSSMRA42B51F205W")),  # a codice fiscale
        ("send me ur nin again, is it JT 41 88 02 C?", ("ID_NUMBER", "JT 41 88 02 C")),  # a NINO in pairs
        ("ur licence says KOWAL804155MA9XT lmao", ("ID_NUMBER", "KOWAL804155MA9XT")),  # a British licence
        ("N° client : 44120, merci", ("ID_NUMBER", "44120")),  # "number" before whose it is, in French
        ("su número de socio es 55-1203.", ("ID_NUMBER", "55-1203")),  # in Spanish
        ("numero cliente 7712034 per", ("ID_NUMBER", "7712034")),  # in Italian
        ("Mijn klantnummer is 100447382.", ("ID_NUMBER", "100447382")),  # in Dutch
        ("Sophia Papadakis, 35, AFM 137550284, Ermou 54", ("ID_NUMBER", "137550284")),  # a Greek tax number
        ("Quarto: 412\nPlaca do veículo: QHK7B31", ("ID_NUMBER", "QHK7B31")),  # a plate, in Portuguese
        ("Número de historia clínica: HC-2049173. Traiga", ("ID_NUMBER", "HC-2049173")),
        ("vehicle registration number KA05MN1234", ("ID_NUMBER", "KA05MN1234")),  # a vehicle's plate is its keeper's
        ("Her social number 94837483 is on file.", ("ID_NUMBER", "94837483")),
        ("IDCARD 39482-KL", ("ID_NUMBER", "39482-KL")),
        ("ID document AB1234567", ("ID_NUMBER", "AB1234567")),
        ("número de identificación 1.234.567.890", ("ID_NUMBER", "1.234.567.890")),
        ("carta d'identità n. CA12345AB", ("ID_NUMBER", "CA12345AB")),  # "n." before the number
        ("BSN-nummer 123456782", ("ID_NUMBER", "123456782")),
        ("CC 1.020.734.567", ("ID_NUMBER", "1.020.734.567")),  # a Colombian cédula
        ("cédula de ciudadanía 1020734567", ("ID_NUMBER", "1020734567")),
        ("Krankenversicherungsnummer A123456780", ("ID_NUMBER", "A123456780")),
        ("Số tài khoản được cấp: 0071004418823", ("ID_NUMBER", "0071004418823")),  # a bank account, in Vietnamese
        ("NID 1990123456789", ("ID_NUMBER", "1990123456789")),  # Bangladesh
        ("MyKad 900101-14-5678", ("ID_NUMBER", "900101-14-5678")),  # Malaysia
        ("dowód osobisty ABC123456", ("ID_NUMBER", "ABC123456")),  # Poland
        ("Teudat Zehut 123456782", ("ID_NUMBER", "123456782")),  # Israel
        ("clave de elector GMVLMR80070501M100", ("ID_NUMBER", "GMVLMR80070501M100")),  # Mexico
        ("PhilSys number 1234-5678-9012-3456", ("ID_NUMBER", "1234-5678-9012-3456")),  # the Philippines
        ("DOB December 12, 1977, Washington DL FORTIDM512RB, phone", ("US_DRIVER_LICENSE", "FORTIDM512RB")),  # few digits
        ("prosi o twój numer albumu (s20481) i PESEL", ("ID_NUMBER", "s20481")),  # a student's number
        ("passenger Yaw Asante, Executive Club no. 48219037.", ("ID_NUMBER", "48219037")),  # an airline's club
        ("Giulia Moretti, 29 anni, patente U1H48291K, residente", ("US_DRIVER_LICENSE", "U1H48291K")),  # Italian licence
        ("Loyalty card 6035 1234 5678 9012", ("ID_NUMBER", "6035 1234 5678 9012")),  # a card in a person's name
        ("sole trader, EIN 12-3456789", ("ID_NUMBER", "12-3456789")),  # a US employer's tax number
        ("The vehicle with VRM EV07ELP was caught speeding", ("ID_NUMBER", "EV07ELP")),  # a British plate's label
        ("Claire Weber-Schmit, matricule 1987 0423 118 54, 12, rue", ("ID_NUMBER", "1987 0423 118 54")),  # Luxembourg
        ("602 00 Brno, číslo OP 208447193, phone", ("ID_NUMBER", "208447193")),  # a Czech identity card
        ("arrived on 20 November 2022. BRP number ZX8183264. He", ("ID_NUMBER", "ZX8183264")),  # a residence permit
        ("VALUES ('Lee Ji-hoon', '12가 3456', 'Incheon')", ("ID_NUMBER", "12가 3456")),  # a Korean plate, no label
        ("Carte d'identité nationale (CIN) AB123456", ("ID_NUMBER", "AB123456")),  # Morocco, Tunisia
        ("CIN: BK 482913, Casablanca", ("ID_NUMBER", "BK 482913")),
        ("fødselsnummer 01018812345", ("ID_NUMBER", "01018812345")),  # Norway
        ("TAJ szám: 123 456 789", ("ID_NUMBER", "123 456 789")),  # Hungary
        ("РНОКПП 3012345678", ("ID_NUMBER", "3012345678")),  # Ukraine
        ("Thai ID 1 1017 00203 45 6", ("ID_NUMBER", "1 1017 00203 45 6")),
        ("IRD number 123-456-789", ("ID_NUMBER", "123-456-789")),  # New Zealand
        ("C.I. 1.234.567-8", ("ID_NUMBER", "1.234.567-8")),  # Uruguay
        ("22 Ogui Road, Enugu, pension PIN PEN100630925118, religion", ("ID_NUMBER", "PEN100630925118")),
        ("insured Kofi Mensah Owusu, SSNIT no. C018409270041, of", ("ID_NUMBER", "C018409270041")),
        ("Korhonen, 33, personal identity code 140389-526C, address", ("ID_NUMBER", "140389-526C")),
        ("étudiante, numéro d'inscription ESS-2019-04817, tél.", ("ID_NUMBER", "ESS-2019-04817")),
        ("drove into the back of my car (reg. 192-CE-1184). The", ("ID_NUMBER", "192-CE-1184")),
        ("officer: Ofc. R. Castellanos, star no. 7718", ("ID_NUMBER", "7718")),
        ("in Freiburg im Breisgau, Personalnummer 40718, war", ("ID_NUMBER", "40718")),
        ("son salaire sur le RIB 011 810 0000630915207700 52. Tél", ("ID_NUMBER", "011 810 0000630915207700 52")),
        ("Traveler Number TT48201937, MileagePlus HK392018, flies", ("ID_NUMBER", "HK392018")),  # an airline's programme
        ("à Thiès, titre de séjour n° 6902183745, NIR", ("ID_NUMBER", "6902183745")),
        ("véhicule immatriculé VD 418273, châssis WVWZZZ", ("ID_NUMBER", "VD 418273")),  # a plate after its verb
        ("alla guida del veicolo targato FT 482 KD (telaio", ("ID_NUMBER", "FT 482 KD")),
        ("se deposite en su CBU 0140028203400958271446; teléfono", ("ID_NUMBER", "0140028203400958271446")),
        ("Age/Sex: 63/M     UHID: SVMH-2024-018273", ("ID_NUMBER", "SVMH-2024-018273")),
        ("Patient #20481 was discharged", ("ID_NUMBER", "20481")),  # the number sign touching the number
        ("Kundennr. 448190", ("ID_NUMBER", "448190")),
        ("Employee 00482 badge reactivated", ("ID_NUMBER", "00482")),  # a staff number with its zeros
        ("Nr. legitymacji 123456", ("ID_NUMBER", "123456")),  # a Polish student card
        # a plate after the vehicle itself, or its word in other languages
        ("06680; his car 06 BRK 903 is parked in space 14", ("ID_NUMBER", "06 BRK 903")),
        ("two men riding motorcycle KMFD 630R, who fled", ("ID_NUMBER", "KMFD 630R")),
        ("Toyota Fielder, reg. KDK 472M, chassis", ("ID_NUMBER", "KDK 472M")),
        ("mobiel 06-29053714; kenteken auto K-902-RT.", ("ID_NUMBER", "K-902-RT")),
        ("BIC HELADEF1822. Kfz-Kennzeichen K-AS 4172. Login", ("ID_NUMBER", "K-AS 4172")),
        ("Kennzeichen W-48217K; Telefon", ("ID_NUMBER", "W-48217K")),
        ("numéro national 76.09.21-051.08; plaque 1-KPX-483; GSM", ("ID_NUMBER", "1-KPX-483")),
        ("araç plakası 35 ZK 4127; kart", ("ID_NUMBER", "35 ZK 4127")),
        ("personnummer: 790611-1534; registreringsnummer: KBT 48F.", ("ID_NUMBER", "KBT 48F")),  # Swedish
        ("fødselsnummer: 14038521765; bilnummer: EL 48213; IP", ("ID_NUMBER", "EL 48213")),  # Norwegian
        ("Oulu, hetu 021195-719V, rekisterinumero KTL-482, IP", ("ID_NUMBER", "KTL-482")),  # Finnish
        ("CNP 1951103350126, număr de înmatriculare TM 48 KRP, IP", ("ID_NUMBER", "TM 48 KRP")),  # Romanian
        ("rekening BCA 4820193765, nomor polisi B 2917 KZA, domisili", ("ID_NUMBER", "B 2917 KZA")),  # Indonesian
        # a Finnish identity code in short, a gamer's Steam account, an airline's programme, a staff pass,
        # a vet's register, an employee's bare number
        ("Oulu, hetu 021195-719V, IP", ("ID_NUMBER", "021195-719V")),
        ("Steam user mossbyte (SteamID 76561198043217756) has", ("ID_NUMBER", "76561198043217756")),
        ("add my Etihad Guest number 100384722915 and", ("ID_NUMBER", "100384722915")),
        ("her staff pass SG-44719 must be returned", ("ID_NUMBER", "SG-44719")),
        ("Dr. Aled Morgan MRCVS (RCVS no. 7038221)", ("ID_NUMBER", "7038221")),
        ("Camila Restrepo, employee 88213, Accounts Payable", ("ID_NUMBER", "88213")),
        # a client's id in a person's shape, a worker's clock number, four digits after a dash, a patient's in short
        ("Mr. Delgado, call us at 1-800-432-1000 and quote client ID C-44817302.", ("ID_NUMBER", "C-44817302")),
        ("Witness: Sello Nkosi (clock no. 304418). Treating doctor", ("ID_NUMBER", "304418")),
        ("Issued to: Pule Radebe (boilermaker, clock ST-5521).", ("ID_NUMBER", "ST-5521")),
        ("allowance was captured against employee NS-4471 instead", ("ID_NUMBER", "NS-4471")),
        ("Ifeanyi Obi-Marshall (staff RP-3041) received the parcel", ("ID_NUMBER", "RP-3041")),
        ("landline 01632 960 442. Pt no. 44187.", ("ID_NUMBER", "44187")),
        ("Werknemer: Jacobus Nel | Werknemernr.: BM-2207 | ID-nr.", ("ID_NUMBER", "BM-2207")),
        ("nový vodič VZV Marián Oravec, osobné číslo SK-0482, rodné", ("ID_NUMBER", "SK-0482")),
        ("I want to lodge an appeal. My company number is ZC-7741 and", ("ID_NUMBER", "ZC-7741")),
        ("CrashReporter: uncaught exception\n  user.id=58820417\n  user.email=x", ("ID_NUMBER", "58820417")),
        ("Pokhara, Kaski; citizenship certificate no. 41-01-74-03385.", ("ID_NUMBER", "41-01-74-03385")),
        ("Customer Juan Camilo Restrepo, C.C. 1.020.447.839, reported", ("ID_NUMBER", "1.020.447.839")),
        ("à Thiès, CNI 1 751 1987 04218, domicilié", ("ID_NUMBER", "1 751 1987 04218")),
        ("v Praze 6; vozidlo 6AH 2291.", ("ID_NUMBER", "6AH 2291")),  # a Czech vehicle, a Croatian plate's label
        ("mob. 098 482 9173, reg. oznaka ST 4829-KR.", ("ID_NUMBER", "ST 4829-KR")),
        ("add me on switch, my friend code is SW-4829-1736-0582", ("ID_NUMBER", "SW-4829-1736-0582")),
    ],
)
def test_when_a_label_names_a_persons_id_then_the_value_after_it_is_found(ids, text, expected):
    assert expected in _found(ids, text)


@pytest.mark.parametrize(
    "text",
    [
        "order ID 558812 shipped",  # an order's id
        "Invoice no. 20240117 attached",  # an invoice number: no person's label
        "Statement no. 0524 for March",  # a statement
        "ticket #44182 reopened",  # a ticket
        "No. 14, 2nd Main Road",  # a bare "No." is no label
        "P.O. Box 8810, Boise, ID 83707-2810",  # Idaho and a zip code
        "ID: verified in person",  # a label without a number
        "my student ID is 42",  # too few digits for an id
        "transaction ID TXN-88123 failed",  # a transaction
        "subscription ID is 7781220",  # a subscription
        "a bike reg 2021 model",  # "reg" with a year: no plate (no letters), no "number"
        "company registration number 01234567",  # a company's number
        "Unit no. 1204, Main St",  # a flat, not a person's id
        "refund to your account ending 4471 within 10 days",  # a word, then the last digits
        "card no. 4539 1488 0343 6467 was declined",  # a payment card: the card recognizers read it
        "account 12 is closed",  # too few digits
        "the client ID 4471-2231 of our API is revoked",  # an OAuth client
        "Gift card 1234 5678 9012 balance",  # a product card, not an id card
        "the software licence MIT2024X is attached",  # a software licence
        "order_id=ORD-552211 status=shipped",  # an order's key
        "the customer_id column is an int",  # a person's key in prose, no value
        "customer_id: integer, required",  # a schema: no digits
        "build_id=20240117 version=2.4.1",  # a build's key
        "the staff SOP-2024 guide applies",  # a role word before a code with a year
        "employee 2021 cohort",  # a role word before a year
        "patient COVID-19 ward 7",  # a role word before a disease
        "Customer CRM-2024 migration",  # a project's code
        "INN 2024 conference",  # a year after an acronym
        "ref 12345678A in the archive",  # eight digits and a letter, the check letter wrong
        "exported dump_x 20240115T",  # a date starting a time, its letter right by chance
        "the model MK80 GTI",  # no plate's age
        "flight BA2490 and the code LB19XKE",  # a flight; a plate's letters without the space are any code
        "the ID, 2024 edition",  # a year
        "facture n° F-3319, 186,40 €",  # an invoice's number, in French
        "numéro de commande 558812",  # an order's
        "el número de mi prima 55 1234 8870",  # a phone number
        "part QN65Q80C and batch DF 12 34 56 A",  # no NINO starts with D; a TV's model
        "the price tag 45 and the emp. count 1200",  # a price, a count
        "serial ABCDE123456XY1ZZ ok",  # a licence's shape with no birth date in it
        "Kestrel Robotics Ltd (licence no. ABC1D2EF3).",  # a software licence's key: few digits, no driver
        "Vehicle: 2019 Toyota Corolla; the car A4; the vehicle ID 12345; truck FLT-07",  # a year, a model, a fleet code
        "70cl at £31.50 each; VAT reg. GB 221 4471 90.",  # a company's registration
        "we hired employee 10000 last year",  # a round count after a role word
        "set client ID abc123def456 in the OAuth config",  # an app's client id
        "the clock 14:00 and the clock ST-55",  # a time, a short code
        "staff SOP-2024 and employee HR-1999",  # years after a dash
        "Registered in England, company number 04567890.",  # a firm's registration
        "model.id = 3 and build.id=20240117",  # a thing's key with a dot
    ],
)
def test_when_the_number_is_no_persons_id_then_nothing_is_found(ids, text):
    assert not _found(ids, text)


def test_when_no_label_word_is_in_the_text_then_the_patterns_do_not_run(ids, monkeypatch):
    import minimize.detection.recognizers.ids as module

    class Boom:
        def finditer(self, *args):
            raise AssertionError("the full pattern ran without a label word")

    monkeypatch.setattr(module, "_ID", Boom())
    assert ids.analyze("Call me at 555 0100 tomorrow about the 3 boxes", None) == []


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("Aadhaar: 4829 1736 5502, name: Sunita", "ID_NUMBER", "4829 1736 5502"),  # beats the phone reading
        ("Kyle Roe (employee ID 88213) is informed", "ID_NUMBER", "88213"),  # beats the zip reading
        ("place of birth LAGOS, passport no. P7729041.", "PASSPORT", "P7729041"),  # a code ending a sentence
        ("Ms Tate presented Texas driver's license 38475019 and", "US_DRIVER_LICENSE", "38475019"),  # not a phone
        ("her SSS number 34-1827364-5 be corrected", "ID_NUMBER", "34-1827364-5"),  # not a phone
        ("US passport 912803456, issued", "US_PASSPORT", "912803456"),  # the national format names it better
        ("until he supplies his PESEL, 85041213578.", "ID_NUMBER", "85041213578"),  # not a phone
        ("O meu NIF para a fatura é 245 118 903.", "ID_NUMBER", "245 118 903"),  # not a phone
        # a wallet whose checksum fails, as test data writes them: its shape and a context word
        ("Litecoin wallet LTc7qW3nP9bXk2R8vHdF4mZ6yJs1aEuGtN; thanks", "CRYPTO", "LTc7qW3nP9bXk2R8vHdF4mZ6yJs1aEuGtN"),
        ("asset: BTC\ndestination: 3Fq8Zr2xKvT6mWc9Nd4HbY7sLp5JeRgA1u", "CRYPTO", "3Fq8Zr2xKvT6mWc9Nd4HbY7sLp5JeRgA1u"),
    ],
)
def test_when_the_default_detector_reads_a_labelled_id_then_it_reports_the_id(detector, text, entity, value):
    [spans] = detector.detect([text])
    found = {(s.entity_type, text[s.start : s.end]) for s in spans}
    assert (entity, value) in found
    assert not {e for e, v in found if v == value} - {entity}  # no phone or zip for the same digits


def test_when_a_base58_shape_has_no_wallet_word_then_it_is_no_wallet(detector):
    text = "token 3Fq8Zr2xKvT6mWc9Nd4HbY7sLp5JeRgA1u in the header"
    assert "CRYPTO" not in {s.entity_type for s in detector.detect([text])[0]}


def test_when_evaluating_then_a_passport_or_licence_finding_counts_for_a_gold_id_number():
    assert {"ID_NUMBER", "PASSPORT", "US_DRIVER_LICENSE"} <= compatible("ID_NUMBER")


def test_when_evaluating_then_a_wallet_mac_or_bank_account_counts_for_a_gold_id_number():
    # identifiers of a person under their own type: the value is found, not a false positive
    assert {"CRYPTO", "MAC_ADDRESS", "US_BANK_NUMBER"} <= compatible("ID_NUMBER")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("his wallet 0x3fA8c9e2B71d40A6e5c8D91f02b7E4a6C1d9F37b in", "0x3fA8c9e2B71d40A6e5c8D91f02b7E4a6C1d9F37b"),  # Ethereum
        ("pay bc1q9h6ychmvkx8s7k3yq7w0n9hx2w4ndk3ll8m4lc now", "bc1q9h6ychmvkx8s7k3yq7w0n9hx2w4ndk3ll8m4lc"),  # bech32
    ],
)
def test_when_a_wallet_address_has_no_valid_checksum_then_its_shape_finds_it(detector, text, value):
    [spans] = detector.detect([text])
    assert ("CRYPTO", value) in {(s.entity_type, text[s.start : s.end]) for s in spans}


def test_when_a_hex_run_is_longer_than_a_wallet_then_it_is_no_wallet(detector):
    text = "tx 0x3fA8c9e2B71d40A6e5c8D91f02b7E4a6C1d9F37b3fA8c9e2B71d40A6e5c8D91f failed"  # a hash
    [spans] = detector.detect([text])
    assert not [s for s in spans if s.entity_type == "CRYPTO"]


def test_when_a_licence_after_its_label_has_four_digits_then_it_is_kept(detector):
    text = "his Camry (CA lic. 8KDJ441) was parked"  # refine() wants 5 digits of a bare licence pattern
    [spans] = detector.detect([text])
    assert ("US_DRIVER_LICENSE", "8KDJ441") in {(s.entity_type, text[s.start : s.end]) for s in spans}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Klant: 100447382", "100447382"),  # a customer's number given as a chat's answer
        ("Kofi: yh G3318270\nDad: and Esi's?", "G3318270"),  # a passport sent without its word
        ("Corinne Vasquez, licence S.0187264, Silver State Realty", "S.0187264"),
        ("| Alfie Nwankwo | 03/03/2016 | A820418203017 | Mrs C. Nwankwo |", "A820418203017"),
        ("博士研究生王雨桐（身份证号110105199603120823）已于", "110105199603120823"),  # a script without blanks touches it
        ("bet. my steam is 76561198047218364 add me", "76561198047218364"),  # 16+ digits are no hash
        ("Code permanent : TREJ12079804\n", "TREJ12079804"),  # Quebec's student code, not a thing's code
        ("her enhanced DBS certificate number is 001718293046. She", "001718293046"),
        # a bare run of digits with no phone word: the person's code, not a phone guessed from its digits
        ("Kadri Tamm, isikukood 48507140278, hääletas", "48507140278"),
        ("CPF 702.945.318-23, RG 2004118273, Rua Barão", "2004118273"),
        ("form mein PAN maang rahe hain. Mera BXKPS4417M hai", "BXKPS4417M"),  # an Indian PAN by its shape
        ("Court file: 27-CR-23-48192        SID: MN70512263\nAddress", "MN70512263"),  # an acronym's label, no key
    ],
)
def test_when_a_code_is_shaped_like_a_persons_number_then_the_fallback_finds_it(detector, text, value):
    assert ("ID_NUMBER", value) in {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}


@pytest.mark.parametrize(
    "text",
    [
        "Case No. 2024-CV-01183. Plaintiff Rosa Jiménez",  # a case, a claim, a part, a policy
        "COURT AT BIRMINGHAM\nClaim No. K00BM412\n\nBetween",
        "Part no. 4471-22-B (M8 x 40 mm bolts)",
        "Policy no.: HPX/448/92017\nVehicle: 2019 Toyota",
        "Release 4.11.2 fixes CVE-2024-3094 and bumps the minimum",  # an advisory and a version
        "Patch 2024-05 (KB5037768) fixes it",
        "withdrawal_id: WD-88213\n",  # a record's key
        "Lat 35.6895, long 139.6917, altitude 40 m",  # coordinates
        "logged at 2024-05-02T14:22:09Z by the agent",  # a timestamp
        "your ticket number is 7731920. Please keep it",
        "IMEI 356938108542179; ICCID 8992030012847719305; plan",  # a phone's and a SIM's numbers
        "Biscuit, 4 years old, microchip 941000024785331. Please",  # a pet's chip
        "the deposit is protected with the DPS under certificate DPS-88120-441, and",
    ],
)
def test_when_a_code_belongs_to_a_thing_then_the_fallback_stays_quiet(text):
    from minimize.detection.recognizers.ids import PersonalCodeRecognizer

    assert not PersonalCodeRecognizer().analyze(text, None)


def test_when_another_finding_reads_the_code_then_the_fallback_yields(detector):
    text = "Call me: 416.555.0139 or at 1-2-3 Shibuya, Tokyo 150-0022."
    found = {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}
    assert ("PHONE_NUMBER", "416.555.0139") in found
    assert not {f for f in found if f[0] == "ID_NUMBER" and f[1] == "416.555.0139"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Call me on 4155550142 tomorrow", "4155550142"),  # a verb of calling
        ("Tel: 07961442018", "07961442018"),  # a trunk 0
        ("mobile 4155550142", "4155550142"),  # a phone word
    ],
)
def test_when_a_bare_number_has_a_phone_word_or_a_trunk_zero_then_it_stays_a_phone(detector, text, value):
    assert ("PHONE_NUMBER", value) in {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}


def test_when_a_spaced_slash_joins_two_numbers_then_each_is_read_alone(detector):
    text = "Low Fell Farm, Allendale NE47 9PL\nTel: 01434 683 209 / 07961 442 018 (Gillian)"
    assert ("PHONE_NUMBER", "01434 683 209") in {(s.entity_type, text[s.start : s.end]) for s in detector.detect([text])[0]}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She cleared her DBS check; certificate number 001718293645 is held by HR.", "001718293645"),
        ("Subscriber: Kenneth Chow, certificate no. 0012 884 771, plan 40219", "0012 884 771"),
        ("Dentist: Dr. Priya Nair, provider no. 412883", "412883"),
        ("domiciliat în București, posesor al CI RX 447218.", "RX 447218"),  # a Romanian identity card
        ("Madame Tremblay-Roy, votre compte d'électricité no 299 014 587 213 présente un solde", "299 014 587 213"),
        ("19:22  Omar Raza  visiting Apt 11B   Car: NJ-H91KLM", "NJ-H91KLM"),  # a visitor log's plate after its label
        ("sort code's in the HR folder. his NI is RV 71 28 40 D", "RV 71 28 40 D"),  # "NI is", whatever its letters
        ("Sewa bulanan RM1,800, dibayar ke akaun Maybank 1142 0388 5127 sebelum", "1142 0388 5127"),  # Malay "account"
        ("Ananya Krishnamurthy (zID z5391047) has been granted", "z5391047"),  # a university's student id
        ("the driver's taxi authority number is TA 55218.", "TA 55218"),
        ("Nombor ahli kelabnya KBSI-0217.", "KBSI-0217"),  # a club member's number in Malay
        ("el 5 de maig. Número de sòcia: CN-0871.", "CN-0871"),  # ... in Catalan
    ],
)
def test_when_a_certificate_a_provider_a_french_account_or_a_labelled_car_is_named_then_its_number_is_found(
        ids, text, value):
    assert ("ID_NUMBER", value) in _found(ids, text)


def test_when_a_gift_certificate_is_numbered_then_it_is_no_id(ids):
    assert not _found(ids, "Your gift certificate number 448213790 is valid for a year.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vehicle ........... Honda Vezel, SLK 4906 K", "SLK 4906 K"),  # a plate after a model and a comma
        ("Your Axia VFT 2281 is due back Sunday.", "VFT 2281"),  # after a Malaysian model
        ("No. polisi kendaraan: B 1893 SKL", "B 1893 SKL"),  # an Indonesian plate after its label
    ],
)
def test_when_a_plate_follows_a_model_or_an_indonesian_label_then_it_is_found(ids, text, value):
    assert ("ID_NUMBER", value) in _found(ids, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("WARN telematics-gw: geofence_exit vehicle_vin='5YJ3E1EAXLF604215' owner_account=x", "5YJ3E1EAXLF604215"),
        ('{"vin": "WBA8E5G51HNU41862", "owners": []}', "WBA8E5G51HNU41862"),  # a VIN by its check digit
        ("07:10 Ahmed Warsame (A1192MH) escorted to healthcare at HMP Leeds.", "A1192MH"),  # a prisoner's number
        ("please bring your Medicare card, 2950 48172 1.", "2950 48172 1"),  # Australia's, with its check digit
    ],
)
def test_when_a_vin_a_prisoners_or_a_medicare_number_has_its_shape_and_check_then_it_is_found(ids, text, value):
    assert ("ID_NUMBER", value) in {(r.entity_type, text[r.start:r.end]) for r in ids.analyze(text, None)}


@pytest.mark.parametrize(
    "text",
    [
        "Build hash 5YJ3E1EAXLF604216 shipped.",  # seventeen characters, a wrong check digit
        "Part B1234CD shipped to the warehouse.",  # a prisoner's shape, no prison in the text
        "Medicare rebate item 2950 48173 1 applies.",  # a wrong check digit (the ninth)
    ],
)
def test_when_a_code_fails_the_check_or_has_no_context_then_it_is_no_id(ids, text):
    assert not [r for r in ids.analyze(text, None) if r.entity_type == "ID_NUMBER"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Owner: Thomas & Elise Vandermeer\nClient #: 100482\nAddress: 7 Lakeview Close", "100482"),  # "#" as the label
        ('{"yp_id": "YOS-30418", "forename": "Kacper", "surname": "Nowak"}', "YOS-30418"),  # a young person's
        ('{"name": "Angus Matheson", "service_number": "D154322F", "dob": "12 May 1952"}', "D154322F"),
    ],
)
def test_when_a_key_names_a_persons_number_then_its_value_is_found(ids, text, value):
    assert ("ID_NUMBER", value) in {(r.entity_type, text[r.start:r.end]) for r in ids.analyze(text, None)}


@pytest.mark.parametrize("text", ['{"service_id": "4412", "status": "up"}', '{"tenant_id": "88213", "plan": "pro"}'])
def test_when_a_key_names_a_software_service_or_tenant_then_its_value_is_no_persons_id(ids, text):
    assert not [r for r in ids.analyze(text, None) if r.entity_type == "ID_NUMBER"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Shop 4, 61 Iwo Road, Ibadan\nAgent code: MNP/OY/22871\nBVN", "MNP/OY/22871"),  # a banking agent's code
        ("Agent: Mary Chebet, agent no. 204418, Eldoret", "204418"),
        ("Her agent code is MP-AG-0192274 and the terminal", "MP-AG-0192274"),
        ("Your loan officer, Denise Alvarado (NMLS #1122874), can be reached", "1122874"),  # a US loan officer
        ("Sione Taufa (OS, DOB 1999-02-11, seaman's book FJ 208451) and", "FJ 208451"),  # a seafarer's record
        ("Өргөдөл гаргагч: Доржийн Цэцэгмаа\nРегистрийн дугаар: ЖИ61030728\nХаяг", "ЖИ61030728"),  # Mongolia's register
        ("Регистр: ДО79112908.", "ДО79112908"),
    ],
)
def test_when_an_agent_a_loan_officer_or_a_seafarer_is_numbered_then_the_number_is_found(ids, text, value):
    assert ("ID_NUMBER", value) in _found(ids, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2025-02-28 14:03:11 POS tid=2058LX93 agent=AGT-OG-01177 txn=WITHDRAWAL", "AGT-OG-01177"),  # a log's agent
        ("order=GL-9921847 assigned courier=CR-11820 (Tunde Olaleye) eta=18m", "CR-11820"),
        ('[{"role": "CPT", "name": "Ama Owusu", "staff": "019588"}]', "019588"),
        ('{"ajiltan": "Bayarmaa Gombo", "registr": "УП89092134", "utas": "99112480"}', "УП89092134"),
        ('{"wallet_id": "GH-W-0091842", "holder": "Efua Mensah"}', "GH-W-0091842"),  # a mobile-money wallet
    ],
)
def test_when_a_bare_key_names_a_person_then_its_value_is_found(ids, text, value):
    assert ("ID_NUMBER", value) in _found(ids, text)


@pytest.mark.parametrize(
    "text",
    [
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36",  # a browser's agent
        '{"staff": 12, "agent": "default", "courier": "DHL"}',  # counts and names, no person's number
        "Our travel agent booked flight 4471 for us.",  # an agent, no label of a number
    ],
)
def test_when_an_agent_or_staff_key_holds_no_persons_number_then_nothing_is_found(ids, text):
    assert not _found(ids, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ola driver Suresh Yadav (KA 05 MJ 4412) was rude", "KA 05 MJ 4412"),  # an Indian plate, by its state
        ("parked: MH12AB1234, level 2", "MH12AB1234"),
        ("таны Регистрийн УБ85120617-тай холбоотой", "УБ85120617"),  # a Mongolian register number, a case ending glued
        ("Батсүхийн Оюунбилэг             УБ83061927    9911-5520", "УБ83061927"),
    ],
)
def test_when_a_plate_or_a_mongolian_register_number_has_its_shape_then_it_is_found(ids, text, value):
    assert ("ID_NUMBER", value) in _found(ids, text)


@pytest.mark.parametrize(
    "text",
    [
        "Order KA 2024 ships soon",  # a state's code, no plate's groups
        "код УБ85139917 хүчингүй",  # a register's shape with no month 13 or day 39
        "see XX 05 MJ 4412",  # no Indian state's code
    ],
)
def test_when_a_code_only_nears_a_plates_or_a_registers_shape_then_it_is_no_id(ids, text):
    assert not _found(ids, text)


def test_when_a_pilots_licence_is_named_whole_then_its_number_is_a_licence(ids):
    assert ("US_DRIVER_LICENSE", "HU.FCL.00418") in _found(ids, "His Part-FCL licence is HU.FCL.00418 and his profile")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Die bakkie se registrasie is CA 418-227, tannie", "CA 418-227"),  # a plate in Afrikaans, Estonian, Swedish
        ("sõiduki number 482 BKT, juhiluba ET205864.", "482 BKT"),
        ("konto SE89 5000 0000 0549 1203 8456, bil KLT 48R, yrke: snickare.", "KLT 48R"),
        ("Pharmacist: Cian Doherty MPSI. PPSN on file: 6193027F. Keep", "6193027F"),  # "on file" before the value
        ("employee ID WDHB-018273, Nursing Council registration 418273, DOB", "418273"),  # a nurse's registration
        ('{"event":"delivery_attempt","driver":{"id":"DRV-0931","name":"Sanjay Patel"}}', "DRV-0931"),  # a person's object
        ('"worker": {"id": "wk_88310472", "name": "Lucía Fernández"}', "wk_88310472"),
        ("billing INFO 14:05:12 card updated customer=CUS-77218 name=\"Kofi Boakye\"", "CUS-77218"),  # a log's customer
        ("GET /account/statements?customer=IT-77420915 HTTP/1.1", "IT-77420915"),
    ],
)
def test_when_a_plate_a_registration_or_a_persons_key_in_a_record_names_a_number_then_it_is_found(ids, text, value):
    assert ("ID_NUMBER", value) in _found(ids, text)


@pytest.mark.parametrize(
    "text",
    [
        '{"product": {"id": "SKU-44120"}, "driver": {"id": "ab"}}',  # a thing's id; a person's with no digits
        '{"user": {"id": 55120, "username": "tk"}}',  # an app's account, numbered by the app
        "[10:44] Customer: 7731. Order is #A-9\nAgent: thanks",  # a chat's speaker, not a record's key
        "registration on file with the council since 2019; the bil was 400 kr",  # no value after the labels
        '{"customer": "Acme Ltd", "patient": "see notes"}',  # a person's key, no number
    ],
)
def test_when_no_persons_number_follows_these_keys_then_nothing_is_found(ids, text):
    assert not _found(ids, text)


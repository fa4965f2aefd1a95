"""Identity numbers after the label that names them: "MRN 448812", "employee ID
EMP-20931", "Steuer-ID 86 095 742 719", "NI number SO 31 45 72 D", "passport no.
C01X00T47".

National and institutional id numbers have hundreds of formats, most of them a
bare run of digits: alone they look like any other number, so Presidio has
patterns for a few countries and they need a context word. Here the label is
the evidence: a value with at least 4 digits right after a label that names
a person's id (a record, staff, student, tax, insurance, residence or identity
number) is one, whatever its format. Labels of things that are not people
("order ID", "invoice no.", "ticket #") name no person and are skipped, and a
bare "No." or "#" is no label. A passport label gives PASSPORT, a driver's
licence US_DRIVER_LICENSE, any other ID_NUMBER.

Three readings need no such label: a code after the person it belongs to
("employee E-004817", "membership PG-118830264": capitals, then digits), a key
glued to its value in a log or a record ("customer_id=CUS-0039281"), and two
values whose shape says what they are: a Spanish DNI or NIE whose check letter
is right ("Y4829173K") and a current British number plate ("BD21 OPX").
"""
from __future__ import annotations

import re

import regex
from presidio_analyzer import RecognizerResult

from minimize.checksums import luhn_valid
from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.recognizers.name_words import NOT_NAME_WORDS, first_names
from minimize.detection.recognizers.words import is_rare
from minimize.detection.refine import FALLBACK_SCORE

#: who holds a library's card (its number is theirs, whatever Luhn's check says of its digits)
_LIBRARY_HOLDERS = r"library|patron|borrower"
# Labels of a person's id. Short acronyms only in capitals ("SIN", not "sin").
_PERSON_IDS = (
    r"(?i:medical[ \t]+record(?:[ \t]+(?:number|no|num))?|patient[ \t]+(?:id|number|no|#)|health[ \t]+(?:card|"
    r"insurance|plan)(?:[ \t]+(?:beneficiary|member|subscriber))?(?:[ \t]+(?:id|number|no))?|(?:medicare|medicaid)(?:[ \t]+(?:id|number|no|#))?|nhs(?:[ \t]+(?:number|no))?|"
    r"(?:member|membership|subscriber|beneficiary|policyholder|insurance|insured)[ \t]+(?:id|number|no|#)|"
    r"(?:employee|staff|personnel|payroll|badge|student|pupil|matriculation|enrol(?:l)?ment|"
    r"military|veteran|inmate|prisoner|prison|emp\.?|customer|candidate|applicant|loyalty|rewards?|honou?rs|frequent[ \t-]flyer|"
    # people a charity, a club, a practice or a pension fund numbers: "supporter number", "client no."
    r"supporter|donor|volunteer|pensioner|claimant|participant|passenger|juror|"
    # a utility's consumer, a platform's rider or partner, a library's patron, a landlord's tenant
    r"consumer|rider|partner|patron|tenant|courier|borrower|cardholder|"
    # a banking agent's or a mobile-money agent's own code ("Agent code: MNP/OY/22871", "agent no. 204418")
    r"agent|"
    # a plant's or an estate's worker ("Worker No.: KTE-0715")
    r"worker|"
    # a fisheries observer's number, in English and Tok Pisin ("Observer no.: SIOB-0611", "Obs no.", "obseva namba"),
    # a doctor's as examiner or prescriber ("approved examiner no. 0412")
    r"observer|obseva|obs\.?|examiner|prescriber|"
    # who a land office, a co-operative or a bursary numbers ("landowner no. PLA-0227", "scholar reference BDCS-2025-0418")
    r"landowner|landholder|smallholder|farmer|grower|fisher(?:man)?|scholar|trainee|apprentice|"
    r"known[ \t]+travell?er)[ \t]+(?:id|number|num|no|#|code|ref|reference|namba)|client[ \t]+(?:number|num|no)|"
    # a national id in Tok Pisin, before its digits: "aidi 1007 4418 2250", "aidi kat"
    r"aidi(?:[ \t]+kat)?(?=[ \t:]+\d)|"
    # a client's id in a person's shape, never an app's OAuth client id ("client ID C-44817302"); a worker's
    # clock number at a mine or a plant ("clock no. 304418", "clock ST-5521"); a patient's in short ("Pt no.")
    r"client[ \t]+id(?=[ \t:#]*(?-i:[A-Z]{1,3}-?\d{5,10})(?![\w\-]))|clock[ \t]+(?:number|no|card)|"
    r"clock(?=[ \t]+(?-i:[A-Z]{1,3})-\d{3,6}(?![\w\-]))|pt\.?[ \t]+(?:number|no|\#)|"
    # a worker's number in Afrikaans, Czech and Slovak: "werknemernr.", "osobní číslo"
    r"werknemer(?:nommer|nr)|osobn[éíi][ \t]+[čc][íi]slo|"
    # a worker's number at their company, said as theirs: "My company number is ZC-7741" (never a firm's registration)
    r"(?<=\bmy[ \t]+)company[ \t]+(?:number|no)|"
    r"badge|collar|shield|star[ \t]+(?:no|number|#)|matric|matricule|personalnummer|staff[ \t]+pass|"
    r"cust\.?[ \t]*(?:\#|no\.?|number)|"  # "cust. #A-00488129"
    # a gamer's Steam account, Finland's identity code in short, an airline's programme by name
    r"steam[ \t]?id(?:64)?|hetu|etihad[ \t]+guest(?:[ \t]+(?:number|no))?|"
    # a citizenship certificate (Nepal), a game console's friend code, a seafarer's record book
    r"citizenship[ \t]+(?:certificate|card|number|no)(?:[ \t]+(?:number|no))?|friend[ \t]+code|"
    r"(?:seam[ae]n|seafarer)['’]?s?[ \t]+(?:record[ \t]+|discharge[ \t]+|identity[ \t]+)?book|"
    # Mongolia's civil register ("Регистрийн дугаар")
    r"регистр(?:ийн[ \t]+дугаар)?(?!\p{L})|registr|"
    # a bank account's RIB (France, Morocco), a pension's PIN (Nigeria's RSA), Ghana's SSNIT, Finland's identity code,
    # a student's registration in French
    r"rib|(?:pension|rsa)[ \t]+pin|ssnit(?:[ \t]+(?:no|number))?|personal[ \t]+identity[ \t]+code|"
    # a professional's order in Italy, up to its "n.": "iscritto all'Ordine dei Medici di Torino al n. 14827"
    r"ordine[ \t]+de(?:i|gli|lle)(?:[ \t]+[\p{L}'’]+){1,7}?(?=[ \t,]*\(?[ \t]*(?:n\.|n[°º]|numero\b))|"
    # a worker's number in German in short ("PersNr 0417", "Pers.-Nr."), in isiZulu ("inombolo yomsebenzi"),
    # and an Ethiopian's Fayda in Amharic ("የፋይዳ ቁጥር፦ 3150 6642 0817")
    r"pers(?:onal)?(?:\.-?|-|[ \t])?nr|inombolo[ \t]+(?:yakhe[ \t]+|yami[ \t]+|yakho[ \t]+)?(?:yomsebenzi|kamazisi|yomazisi)|"
    r"የፋይዳ[ \t]+ቁጥር|"
    # Hungary's vehicle registration certificate, its keeper's: "forgalmi engedély száma: LK 482913"
    r"forgalmi[ \t]+enged[ée]ly(?:[ \t]+sz[áa]ma)?|"
    r"num[ée]ro[ \t]+d['’]inscription|"
    # a bank account ("account 78401922", "acc no 41920573", "A/c 5010...") singles out its holder
    r"(?:bank[ \t]+|checking[ \t]+|savings[ \t]+|current[ \t]+)?(?:account|acct|acc|a/c)|"
    # a card in a person's name ("library card no.", "Ghana Card", "ID card"): see _CARD
    r"card[ \t]+(?:number|no|num|#)|(?:loyalty|rewards?|membership|member|library|observer)[ \t]+card|"
    # a social security number in any country's shape ("social security no. 3079 020891", "61 0415 2274 39"); the US
    # one's own shape is the SSN recognizer's
    r"social[ \t]+security(?:[ \t]+(?:number|no|num|#))?(?=[ \t:.#]*(?:is[ \t]+)?(?!\d{3}-?\d{2}-?\d{4}\b)\d)|"
    # a member's number in Indonesian and Javanese ("no. anggota SRM-0664", "anggota KUD kanthi nomer SR-0751"), an
    # account's ("no. rekening 0151 8392 74"), Morocco's pupil code ("code Massar J130482716")
    r"(?:no\.?|nomor|nomer)[ \t]+anggota(?:nya|ne)?|anggota(?:[ \t]+\p{L}+){0,2}?[ \t]+(?:kanthi|dengan)[ \t]+(?:nomor|nomer|no\.?)|"
    r"(?:no\.?[ \t]+)?rekening(?:nya)?|massar(?:[ \t]+code)?|code[ \t]+massar|"
    # a device a person carries: its IMEI singles them out
    r"imei|meid|"
    # a British account after its sort code: "sort code 80-22-60, no. 10447218"
    r"sort[ \t]+code[ \t]+\d{2}-\d{2}-\d{2},?[ \t]+(?:account[ \t]+)?(?:no|number)|"
    # a professional's licence to practise: "Texas medical license Q7714"
    r"(?:medical|nursing|practi[sc]ing|professional|teaching)[ \t]+licen[cs]e|"
    # a health professional's registration with their council or board: "Nursing Council registration 418273"
    r"(?:council|board|medical|nursing|professional|GMC|NMC|HCPC|AHPRA|MCNZ)[ \t]+registration(?:[ \t]+(?:number|no))?|"
    # a dentist's or a doctor's provider number; a person's certificate (a DBS check's, an insurance's; not a gift's)
    r"provider[ \t]+(?:number|no|num|#)|"
    # a taxi or private-hire driver's licence, a club member in Malay, a bank account in Malay ("akaun Maybank 1142 ...")
    r"(?<=\b(?:taxi|hackney|hire|driver['’]?s?)[ \t]+)(?:authority|licen[cs]e|badge)[ \t]+(?:number|no)|"
    r"nombor[ \t]+ahli(?:[ \t]+kelab(?:nya)?)?|akaun(?:[ \t]+(?:bank|(?-i:\p{Lu})\p{L}+))?|(?<!gift[ \t])(?<!ssl[ \t])(?<!tls[ \t])certificate[ \t]+(?:number|no|num|#)|"
    # an account in French: "votre compte d'électricité no 299 014 587 213", "compte client n° ..."
    r"compte(?:[ \t]+(?:client|bancaire|d['’]\p{L}+|de[ \t]+\p{L}+))?(?=[ \t]+(?:n[°º]|no)\b)|"
    # a hospital's, a school's or a registry's number for a person ("Hosp. no.", "roll no.", "Chart #")
    r"(?:hospital|hosp|clinic|chart|roll|admission|adm|registration|register|reg)\.?[ \t]+(?:number|no|nr|#)|"
    r"(?:hospital|clinic)[ \t]+file(?:[ \t]+(?:number|no))?|"  # "(clinic file KZN-88142)"
    # a person's own file: "in her file under number OPH/RUF/1127", "his file no. 0417/22"
    r"file(?<=\b(?:his|her|their|my|your)[ \t]+(?:own[ \t]+)?file)(?:[ \t]+under)?[ \t]+(?:number|no|\#)|"
    # a person's certificate by a code of capitals ("noted his transhumance certificate CIT-MR-2024-00731", "operator
    # certificate TLB/COP/77125"; never a gift's or a server's)
    r"certificate(?:(?<=\b(?:his|her|their|my|your)[ \t]+(?:[\p{L}\-]+[ \t]+){0,2}certificate)"
    r"(?<!(?:gift|ssl|tls|server|root|ca)[ \t]+certificate)|(?<=\boperator(?:['’]?s)?[ \t]+certificate))(?=[ \t:#]*(?-i:(?!(?:ISO|IEC|EN|DIN|BS|ASTM)\b)[A-Z]{2,5}(?:[\-/][A-Z0-9]{1,6}){1,4})(?![\w\-/]))|"
    # a Nigerian corps member's NYSC state code: "state code LA/16C/4418"
    r"state[ \t]+code(?=[ \t:]*(?-i:[A-Z]{2}/\d{2}[A-Z]/\d{3,5})(?![\w/]))|"
    # a member's number in Tagalog and Cebuano: "miyembro numero BK-0331", "numero ng miyembro"
    r"miyembro[ \t]+(?:numero|num|no|blg)|numero[ \t]+(?:ng[ \t]+)?miyembro|"
    # a soldier's service number, a trial subject's number: "service no. 28441", "subject 203-017"
    r"(?:service|regimental|army)[ \t]+(?:number|no)|(?:screening|randomi[sz]ation|enrolment|enrollment)[ \t]+(?:number|no|id)|(?:subject|participant)(?:[ \t]+(?:id|number|no|#)|(?=[ \t]+\d{2,4}-\d{2,4}\b))|"
    # a clinical record and a student's register number in Spanish and Polish; an airline's club
    r"(?:n[úu]mero[ \t]+de[ \t]+)?historia[ \t]+cl[íi]nica|(?:numer|nr)[ \t]+(?:albumu|legitymacji)|legitymacj[ai]|"
    r"(?:executive|frequent|flying|miles|skywards|privilege)[ \t]+club[ \t]+(?:no|number|#)|"
    # airlines' programmes by name, Argentina's bank account (CBU), a hospital's UHID, a French residence permit
    r"mileageplus|aadvantage|skymiles|krisflyer|asia[ \t]+miles|flying[ \t]+blue|miles[ \t]*&[ \t]*more|avios|"
    r"cbu|cvu|cuenta[ \t]+corriente|uhid|titre[ \t]+de[ \t]+s[ée]jour|carn[ée][ \t]+profesional|"
    r"national[ \t]+(?:id|identity|identification|insurance|code|number)(?:[ \t]+(?:card|number|no))?|"
    # social security in other languages ("numéro de sécurité sociale", "seguridad social")
    r"s[ée]curit[ée][ \t]+sociale|seguridad[ \t]+social|seguran[çc]a[ \t]+social|sicurezza[ \t]+sociale|"
    r"sozialversicherungs(?:nummer)?|krankenversicherungs(?:nummer)?|kennitala|henkil[öo]tunnus|"
    # "social number", "IDCARD", "ID document"
    r"social[ \t]+(?:number|no|num|#)|id[ \t_\-]?card|id[ \t]+document|"
    # a bank account in Vietnamese: "Số tài khoản"
    r"s[ốo][ \t]+t[àa]i[ \t]+kho[ảa]n(?:[ \t]+đ[ưu][ợo]c[ \t]+c[ấa]p)?|"
    # identity cards of Poland, Israel, Greece, Mexico and Malaysia by their names
    r"dow[óo]d(?:[ \t]+osobist(?:y|ego))?|(?:numer|nr)[ \t]+dowodu|teudat[ \t]+zehut|ת\.ז\.?|αριθμ[όο]ς[ \t]+ταυτ[όο]τητας|"
    r"clave[ \t]+de[ \t]+elector|mykad|philsys(?:[ \t]+(?:id|number|no))?|"
    # Czechia's and Slovakia's identity card: "číslo OP", "č. OP"
    r"(?:[čc][íi]slo|[čc]\.)[ \t]*(?-i:OP)|"
    # Norway's birth number, Belgium's and France's national numbers, Hungary's tax, social and identity
    # numbers, Ukraine's and Kazakhstan's tax numbers, Thailand's identity card, New Zealand's tax number,
    # Australia's Centrelink reference
    r"f[øo]dselsnummer|personnummer|num[ée]ro[ \t]+(?:de[ \t]+registre[ \t]+)?national|registre[ \t]+national|"
    r"ad[óo]azonos[íi]t[óo](?:[ \t]+jel)?|szem[ée]lyi(?:[ \t]+(?:igazolv[áa]ny(?:[ \t]+sz[áa]m[a]?)?|sz[áa]m))?|taj(?:[ \t]+sz[áa]m)?|"
    r"рнокпп|іпн|иин|thai[ \t]+id(?:[ \t]+(?:card|number|no))?|เลขประจำตัวประชาชน|ird(?:[ \t]+(?:number|no))?|"
    r"centrelink(?:[ \t]+(?:crn|reference|number|no))?|"
    # a health card, an identity card and a customer's number in other languages: Italian, Spanish,
    # French, German, Portuguese, Belgian, Saudi
    r"tessera[ \t]+sanitaria|tarjeta[ \t]+sanitaria|carte[ \t]+vitale|carte[ \t]+(?:nationale[ \t]+)?d['’]identit[ée](?:[ \t]+nationale)?|"
    r"carta[ \t]+d['’]identit[àa]|documento[ \t]+(?:nacional[ \t]+)?de[ \t]+identidad|cart[ãa]o[ \t]+de[ \t]+cidad[ãa]o|"
    r"(?:kunden|mitglieds|versicherten|patienten|matrikel)-?(?:nummer|nr)|rijksregister(?:nummer)?|iqama|"
    # a customer's or member's number in Dutch, Swedish, Danish, Norwegian, Finnish, Polish
    r"klant(?:en)?nummer|lidnummer|relatienummer|kundnummer|medlemsnummer|kundenummer|asiakasnumero|"
    # a library's borrower, a member's subscription, a Dutch identity document, a French mutual's member
    rf"(?:{_LIBRARY_HOLDERS})[ \t]+card(?:[ \t]+(?:no\.?|number))?|membership[ \t]+(?:card[ \t]+)?(?:no|number)|"
    r"legitimatienummer|num[ée]ro[ \t]+de[ \t]+soci[ée]taire|"
    r"numer[ \t]+(?:klienta|członkowski)|"
    # "number" before whose it is, in French, Spanish, Portuguese, Italian: "N° client", "número de socio"
    r"carte[ \t]+(?:n[°º]|no)\.?|"  # "carte no 02 0338 4471 6"
    r"(?:n[°º]\.?|num[ée]ro|n[úu]mero)[ \t]+(?:de[ \t]+|d['’]|del[ \t]+)?(?:client[e]?|adh[ée]rent|membre|socio|socia|s[òo]ci[oa]?|"
    r"afiliad[oa]|patiente?|paciente|assur[ée]e?|allocataire|[ée]tudiante?|estudiante|fiscal|contribuable|"
    r"identidad|identit[ée]|identificaci[óo]n|identification)|"
    r"sicil(?:[ \t]+(?:no|numarası))?|"  # a Turkish staff or police register number
    r"(?:citizen|resident|residence|voter(?:['’]s)?|elector|electoral|identity|id|identification|personal|civil|emirates)[ \t]+"
    r"(?:registration[ \t]+|roll[ \t]+)?(?:id|card|number|no|permit)|social[ \t]+insurance(?:[ \t]+(?:number|no))?|"
    r"tax[ \t]+(?:id|identification|file|reference|ref|number|no)(?:[ \t]+(?:number|no))?|"
    r"exam(?:ination)?[ \t]+(?:number|no)|"  # a school exam's candidate: "Leaving Cert exam no. 241837"
    r"steuer[ \t-]?id|steuer[ \t-]?(?:identifikations)?nummer|idnr|personalausweis(?:nummer)?|"
    r"aadhaa?r|personnum(?:mer|ret)|burgerservicenummer|codice[ \t]+fiscale|"
    r"c[ée]dula(?:[ \t]+de[ \t]+(?:ciudadan[íi]a|identidad))?|t\.?[ \t]?c\.?[ \t]+kimlik(?:[ \t]+no)?|kimlik|"
    r"pesel|alien[ \t]+(?:registration[ \t]+)?(?:number|no)|a-number|uscis(?:[ \t]+(?:number|no))?|"
    r"green[ \t]+card|work[ \t]+permit|residence[ \t]+permit|visa[ \t]+(?:number|no)|"
    r"id[ \t]+card|identity[ \t]+document|身份证(?:号码?)?|身份證(?:號碼?)?|주민등록번호|マイナンバー|個人番号)"
    r"|(?-i:File(?<=(?:^|\n|[ \t]{2}|\t)[ \t]*File)[ \t]+(?:number|[Nn]o)(?=\.?[ \t]*:))"
    r"|(?-i:MRN|NHS|CHI|IHI|NINO|NI[ \t]+(?:number|no|No)|NI(?=[ \t]+is[ \t]+[A-Z]{2}[ \t]?\d\d)|zID|SIN|PPSN?|TFN|TIN|ITIN|BSN|NIE|NIF|DNI|CPF|CURP|"
    r"RFC(?![ \t:#]*\d)|"  # Mexico's tax number starts with the name's letters: never "RFC 3986", an IETF standard
    r"NRIC|FIN|HKID|EIN|BRP|CPR|PAN|EPIC|UAN|UIN|OIB|EGN|AMKA|JMBG|ID|UPN|ULN|GMC|NMC|NPI|NSS|SSS|AHV|AVS|NIS|"
    # professional registers (dentists, health professions, pharmacists, Australia's) and Austria's social insurance
    r"GDC|HCPC|GPhC|AHPRA|RCVS|MCNZ|MCRN|KTN|SV-?Nr\.?|SVNR|"
    # Ethiopia's Fayda number, Japan's My Number (12 digits), Israel's teudat zehut
    r"Fayda(?:[ \t]+FAN)?|FAN(?=[ \t]+\d)|My[ \t]+Number(?=[ \t:]*\d{4}[ \t]?\d{4}[ \t]?\d{4}(?![ \t]?\d))|"
    r"[Tt]eudat[ \t]+[Zz]ehut|"
    # a prison's number for its inmate ("DOC #A1234BC"), a supermarket's loyalty card ("Clubcard 6340 1234 5678 9012")
    r"DOC[ \t]*\#|(?i:clubcard|nectar[ \t]+card)(?:[ \t]+(?i:no\.?|number))?|"
    # tax numbers of Greece, Turkey, Jamaica and the Gulf, Colombia, Peru and Ecuador, Romania, Guatemala
    r"AFM|ΑΦΜ|ΑΔΤ|VKN|TCKN|TRN|NIT|RUC|CUI|DPI|CC(?=[ \t]+\d)|NID|NTN|UMID|RUN|INE|"
    # Morocco's and Tunisia's identity card, Portugal's social security, France's NIR, Qatar's ID, Uruguay's
    # C.I., El Salvador's DUI, Slovenia's EMŠO, Moldova's IDNP, Uzbekistan's PINFL, Australia's CRN
    r"CIN|NISS|NIR|QID|C\.I\.|CI(?=[ \t:]+\d)|CI(?=[ \t:]+[A-Z]{2}[ \t]?\d{6}\b)|DUI|EMŠO|EMSO|IDNP|PINFL|CRN|IIN|CNI|CDC|SIRB|C\.C\.(?=[ \t]*\d)|"
    r"RRN|TC|CLABE|NHI|NIN|CNIC|NIC|CCCD|CMND|NIK|KTP|IMEI|MBI|CNP|CUIL|CUIT|RUT|BVN|NAS|KRA[ \t]+PIN(?:[ \t]+(?i:certificate))?|"
    # Romania's identity card by its series and number ("CI seria și nr. RT 630715", "CI seria RT nr. 630715"),
    # Australia's Unique Student Identifier, Northern Ireland's Health and Care number ("H&C No: 335 525 1372")
    r"(?:CI|BI|C\.I\.)[ \t]+seria(?:[ \t]+(?:și|şi|si)|[ \t]+[A-Z]{2},?)?[ \t]+(?:nr|număr|numar)|USI|H&C(?=[ \t]+(?i:no|number))|"
    # Spain's health card and clinical record, Russia's and Poland's tax numbers, Malaysia's identity card,
    # France's "N° SS" (sécurité sociale)
    r"CIP|NHC|INN|NIP|IC[ \t]+(?:number|no|No)|N[°º][ \t]?SS|"
    # a frequent flyer number in an airline's passenger list, after the airline's code: "FQTV QR 512093847"
    r"FQTV(?:[ \t]+[A-Z0-9]{2}(?=[ \t]+\d))?|"
    r"NMLS(?:[ \t]+ID)?|"  # a US loan officer's licence in the national register
    # Russia's compulsory health insurance policy, India's pension account, a bank's account in Indonesia by the
    # bank's name ("transfer ke BCA 0151839274")
    r"OMS[ \t]+(?i:policy|polis)|PRAN|(?:BCA|BRI|BNI|BSI|BTN|Mandiri)(?=[ \t]*:?[ \t]*\d{10,16}(?![\d\-]))|"
    # a UK Home Office case's reference, an interpreter's register (Australia's NAATI, the UK's NRPSI), an
    # outpatient's number ("HO ref: S2219075", "NAATI credential (CPN7Q2K8X)", "NRPSI 17309", "OPD No.: 0417/24")
    r"HO[ \t]+ref|(?i:home[ \t]+office[ \t]+(?:ref|reference)(?:[ \t]+(?:number|no))?)|NAATI(?:[ \t]+(?i:credential|CPN|number|no))?|"
    r"NRPSI(?:[ \t]+(?i:number|no))?|OPD[ \t]+(?i:number|no)|"
    r"DVA(?:[ \t]+(?i:file))?(?=[ \t]+(?i:no|number))|"  # an Australian veteran's file: "DVA file no.: NX 213804"
    r"(?i:(?<=\b(?:her|his|my|your|their)[ \t]+)accreditation[ \t]+(?:number|no)))"  # (never a laboratory's)
    # an id card named after its country or issuer: "Ghana Card GHA-714402953-6", "Aadhaar card"
    r"|(?-i:(?!(?:Gift|Credit|Debit|Loyalty|Rewards?|Prepaid|Store|Bank|Memory|Sim|Business|Birthday|Greeting|"
    r"Boarding|Report|Score|Key|Access|Graphics|Sound|Video|Network|Visa|Discount|Phone|Calling)\b)"
    r"\p{Lu}\p{Ll}+[ \t]+[Cc]ard)"
)
_PASSPORT = (
    r"(?i:passport|passeport|pasaporte|passaporto|passaporte|reisepass|paspoort|paszport|paspor|pasaport|pașaport)|"
    r"(?-i:PSPT)|护照(?:号码)?|護照(?:號碼)?|パスポート(?:番号)?|여권(?:번호)?|паспорт[аіу]?"  # PSPT: a passenger list's passport
)
_LICENCE = (
    r"(?i:driver'?s?[ \t]+licen[cs]e|driving[ \t]+licen[cs]e|licen[cs]e[ \t]+(?:number|no|#)|"
    r"(?:part-fcl|pilot['’]?s?|atpl|cpl|ppl)[ \t]+licen[cs]e|"  # a pilot's, named whole: "Part-FCL licence is HU.FCL.00418"
    r"driver[ \t]+(?:number|no)|lic\.|(?<=\b(?-i:[A-Z]{2})[ \t]+)licen[cs]e|"  # a state's: "NJ license K4018 27730 66202"
    r"(?:learner['’]?s?|provisional)[ \t]+(?:permit|licen[cs]e)|"  # a learner driver's: "learner permit ENU 70356 AB"
    r"licen[cs]e(?=[ \t]+(?-i:[A-Z0-9]{8,}\b|(?=[A-Z0-9\-]{8,}\b)(?=[A-Z\-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)+\b))|"
    # in other languages: Dutch, German, French, Spanish/Portuguese, Italian
    r"rijbewijs|f[üu]hrerschein(?:nummer)?|permis[ \t]+de[ \t]+conduire|licencia[ \t]+de[ \t]+conducir|"
    r"carteira[ \t]+de[ \t]+motorista|CNH|patente(?:[ \t]+di[ \t]+guida)?)|(?-i:DL)"
)
#: the vehicle itself, before its plate ("his car 06 BRK 903"): a plate only, never another number, after one
#: a boat's registration is its owner's as a car's plate is: its port's letters and a number ("GWD-2290", "KHI-FB-6604",
#: "PZ 123"), never a ship's name and voyage ("MSC GULSUN 2041N")
_BOAT_NOUNS = ("boat", "vessel")
_BOAT_REGISTRATION = regex.compile(r"[A-Z]{1,4}(?:-[A-Z]{1,4})?[ \-]\d{2,5}")
_VEHICLE_NOUNS = ("car", "vehicle", "boat", "vessel", "motorcycle", "motorbike", "scooter", "van", "truck", "lorry", "taxi", "moto", "bil", "bilen",
                  "voiture", "coche", "carro", "fahrzeug", "mietwagen", "mietwagens", "pkw", "vozidlo", "vozidla", "pojazd", "samochód", "samochodu")
#: a ride's car as its app or its driver names it, right before the plate: "silver corolla KLD482", "white sedan ABC-1234"
_CAR_WORDS = ("sedan", "hatchback", "suv", "ute", "minivan", "corolla", "camry", "prius", "civic", "yaris", "axio", "myvi", "axia",
              "bezza", "alza", "vezel", "avanza", "xenia", "innova", "vios", "polo", "dzire", "swift", "vitz", "hilux",
              "fortuner", "ranger", "navara", "creta", "tacoma", "f-150")
#: car makes, before a model and its plate: "Toyota Camry CBXR 417", "Honda Civic 8ABC123"
_CAR_MAKES = ("toyota", "honda", "nissan", "ford", "hyundai", "kia", "mazda", "volkswagen", "vw", "bmw", "audi", "mercedes", "perodua",
              "proton",
              "chevrolet", "chevy", "tesla", "subaru", "suzuki", "lexus", "renault", "peugeot", "skoda", "volvo", "mitsubishi",
              "dodge", "jeep", "fiat", "opel", "vauxhall", "citroen", "citroën", "seat", "dacia", "proton", "perodua")
# a plate right after a car's model, maybe in brackets: "corolla KLD482", "Camry CBXR 417", "Corolla KJA 719 GH"
# (not a year: "Camry XLE 2020")
_PLATE_AFTER_CAR = (r",?[ \t]+\(?(?-i:[A-Z]{2,4}[ \-]?(?!(?:19|20)\d\d\b)\d{2,4}|[A-Z]{2,3}[ ]\d{3}-\d{3}|[A-Z][ ]\d{1,4}[ ][A-Z]{1,3}\b|\d[A-Z]{3}\d{3}|"
                    r"(?=[A-Z\d\-]*\d)[A-Z][A-Z\d\-]{3,8})(?![\w\-])")
# A vehicle's plate or VIN singles out its keeper ("plate KJN-4827", "reg LB19 XKT"); its
# value is read by _PLATE, with fewer digits than a person's id.
_VEHICLE = (
    r"(?i:reg(?:istarska)?\.?[ \t]+oznaka|"  # Croatian, before "reg" alone
    r"(?:licen[cs]e|number|registration|reg|vehicle)[ \t_]+plate|plates?|reg(?:istration)?|rego|vehicle[ \t]+tag|"
    # "tag QXL R72", "Unit 1 tag LKM-492": a plate's shape after it
    r"tag[ \t]+(?:number|no)|tag(?=[ \t]+(?:[A-Z0-9]{2,4}[ ][A-Z0-9]{2,4}\b|(?-i:[A-Z]{3}-\d{3,4})(?![\w\-])))|"
    # the vehicle itself, before its plate: "his car 06 BRK 903", "motorcycle KMFD 630R", "kenteken auto K-902-RT"
    rf"(?:{'|'.join(_VEHICLE_NOUNS)})"
    r"(?:[ \t]*\(?(?:reg(?:istration)?|plate|number|no)\.?)?|"  # "my car (reg. 192-CE-1184)"
    rf"(?:{'|'.join(_CAR_WORDS)}),?(?={_PLATE_AFTER_CAR})|"
    # a car by its make and model, then the plate: "Toyota Camry CBXR 417", "Toyota Corolla (LAG 482 KJ)"
    rf"(?:{'|'.join(_CAR_MAKES)})[ \t]+\p{{L}}[\p{{L}}\d\-]*,?(?={_PLATE_AFTER_CAR})|"  # ("Honda Vezel, SLK 4906 K")
    r"parking[ \t]+(?:session|permit)[ \t]+for|"  # "your parking session for F47 KRT"
    r"kenteken[ \t]+(?:auto|wagen)|kfz-kennzeichen|plaque(?:[ \t]+d['’]immatriculation)?|(?:araç[ \t]+)?plakas[ıi]|"
    r"plaka|rendsz[áa]m|(?-i:SPZ|ŠPZ)|immatricul[ée]e?|targat[oa]|kontrollschild|traktor-kontrollschild|"
    # a plate in other languages: Spanish/Portuguese, Dutch, German, Italian, French, Polish
    r"placas?(?:[ \t]+d[oe]l?[ \t]+ve[íi]culo)?|matr[íi]cula(?:[ \t]+del[ \t]+veh[íi]culo)?|kenteken|kennzeichen|targa|"
    r"immatriculation|tablica|rejestracja|nr[ \t]+rej\.|nr[ \t]+rejestracyjny|nummerplaat|"
    # Swedish, Norwegian, Danish, Finnish, Romanian, Indonesian
    r"registreringsnummer|regnr|bilnummer|kjennemerke|nummerplade|rekisterinumero|rekisteritunnus|"
    # Afrikaans, Estonian, Serbian and Macedonian, Bulgarian
    r"registrasie(?:nommer)?|s[õo]iduki[ \t]+(?:number|registreerimisnumber)|регистарска[ \t]+ознака|"
    r"регистрационен[ \t]+номер|рег\.[ \t]*(?:№|номер)|"
    r"num[ăa]r(?:ul)?[ \t]+de[ \t]+[îi]nmatriculare|(?:nomor|nomer|no\.?)[ \t]+polisi(?:na|nya)?(?:[ \t]+kendaraan)?|(?:plat|pelat)(?:[ \t]+(?:nomor|mobil(?:nya)?|motor(?:nya)?))?)"
    r"|(?-i:VIN|VRM)"  # VRM: a British "vehicle registration mark"
)
# A person the code after them belongs to, without "id" or "number": "(employee E-004817)",
# "membership PG-118830264". A label only before a code of capitals then 5 digits or more: not before
# a count, a year ("staff SOP-2024") or a word ("student (roll no. 22CSE2048)").
_ROLE = (
    r"(?i:employee|staff|member|membership|student|pupil|patient|customer|client|supporter|subscriber|"
    r"policyholder|candidate|applicant|passenger)(?=[ \t]*[(:#]?[ \t]*(?-i:[A-Z]{1,4}-?\d{5}|0\d{4,}))"  # "Employee 00482"
    # four digits after a dash too, never a year ("employee NS-4471", "staff RP-3041"; not "staff SOP-2024")
    r"|(?i:employee|staff|member|student|patient|customer|client)(?=[ \t]*[(:#]?[ \t]*(?-i:[A-Z]{1,4}-(?!(?:19|20)\d\d\b)\d{4}(?![\w\-])))"
    # a co-operative's member by its code and the village's ("pay member COOP-TF-0088")
    r"|(?i:member)(?=[ \t]+(?-i:[A-Z]{2,4}-[A-Z]{2,4}-(?!(?:19|20)\d\d\b)\d{4})(?![\w\-]))"
    # a number of five to eight digits after a person on a payroll, a roll or a ward ("employee 88213")
    r"|(?i:employee|emp\.?|student|pupil|patient)(?=[ \t]+(?!\d*000(?!\d))\d{5,8}(?![\d.,]\d))"  # not a round count
    # four digits (or two and four) closed by a comma or a bracket, never a year or a round sum: "(employee 5523, born"
    r"|(?i:employee)(?=[ \t]+(?!(?:19|20)\d\d\b|\d\d00\b)(?:\d{4}|\d\d-\d{4})[,)])"
    # a trial's participant by a site's code ("participant P-3308") or a padded number ("subject 0214")
    r"|(?i:participant|subject)(?=[ \t]+(?-i:[A-Z]{1,4}-\d{3,}|0\d{3,})(?![\w\-]))"
)
# A member's or a subscriber's number after the word and "n°" ("abonné n° 214", "adhérent n° ADH-0291", "member n° 0417"):
# a club's or a co-operative's roll is short, three digits name a person on it
_MEMBER_NO = r"(?i:(?:adh[ée]rent|abonn[ée]|membre|soci[ée]taire|member|subscriber)e?s?(?=[ \t]+n[°º]))"
_LABEL = (rf"(?P<passport>{_PASSPORT})|(?P<licence>{_LICENCE})|(?P<vehicle>{_VEHICLE})"
          rf"|(?P<id>{_PERSON_IDS}|{_ROLE}|(?P<member_no>{_MEMBER_NO}))")
# "is" in Spanish, French, German, Portuguese, Italian, Swedish: "Ihre Kundennummer lautet WG-118273"
# (and "was": "la matrícula era"; Indonesian "adalah", and "saya", my, after the noun: "Nomor paspor saya C4JX18RT2")
_IS = r"\bes|\best|\bist|\blautet|\b[ée]|\b[äa]r|\bera|\bfoi|\b[ée]tait|\badalah|\bsaya"
# Between the label and the value: "no.:", "number is", "#", "(", "=".
_SEPARATOR = (
    r"(?i:-(?:nr|no|nummer)\b\.?)?"  # "CPR-nr.", "BSN-nummer"
    r"(?i:[ \t]*(?:\([A-Za-z .]{1,10}\)|[:#=(፦]|\)(?=[ \t]*:)|(?<=\b(?:number|no|id|plate|card))[ \t]*,|(?<=\b(?:no|nr|ref|num))\.|\bno\b\.?|\bnr\b\.?|\bnumbers?\b|\bnum\b|"
    r"(?<=\bcar)[ \t]*,(?=[ \t]*(?-i:[A-Z]{1,3}[ ]?\d{1,4}[ ]?[A-Z]{0,3})[ \t]*(?:[,;.)]|$))|(?<=\bcard[ \t]+)reads\b|"
    r"\bn[°º]|\bn\.(?=[ \t])|(?<=(?-i:\b[A-Z]{3,}))[ \t]*,|(?<=\breg)\.|(?<=nr)\.|"  # "carte d'identité n° 1308...", "his PESEL, 8504..." (not "ID, 2024")
    # "is" and "as" ("his NHI as ZAB4472"), in other languages too
    rf"\bis\b|\bwas\b|\bremains\b|\bwill[ \t]+be\b|(?-i:\bas\b)|\bof\b|\bcard\b|(?:{_IS})\b|是|は|：|"
    r"\bon[ \t]+(?:the[ \t]+)?(?:file|form|record|booking|application)\b|"  # "PPSN on file: 6193027F", "on the booking:"
    # an account, then its digits after a comma ("her own Kina Bank account, 60 0291 4478"); Tok Pisin's "number" and
    # "of me" ("akaun bilong mi, namba 1003 2871 5564")
    r"(?<=\baccount)[ \t]*,(?=[ \t]*\d[\d \-]{6,}\d)|\bnamba\b|\bbilong[ \t]+(?:mi|em|yu|en|ol|yumi|mipela)\b,?|"
    # French "is the", isiZulu "is": "Mon numéro de sociétaire est le SO-4417829", "yomsebenzi ngu-ES-0921"
    r"(?<=\best[ \t]{1,3})l[ea]\b|\bngu-|"
    # a short phrase before "is": "client number with the practice is NK-55120", "NIF para a fatura é"
    # (or what it is on: "the plate on his F-150 was NVG-4827"); "read" for "is": "whose plate read LKP-4420"
    # ("the vehicle registered to them is PKR552", "CRN for the Child Care Subsidy is 407 218 339K")
    rf"\b(?:with|at|for|on|registered|issued|assigned|para|pour|per|f[üu]r|f[öo]r)(?:[ \t]+[\p{{L}}\d'’\-]+){{1,4}}?[ \t]+(?=(?:is|was|{_IS})\b)|"
    r"(?<=\bplates?[ \t]+)read\b)){0,3}[ \t]*"
    r"(?:(?<=[:=][ \t]{0,2})[\"“])?"  # a record's quoted value: aadhaar: "9151 6939 2191"
)
# The value: a token with letters, digits and inner dashes ("EMP-20931", "A205-118-447"),
# or groups of digits with a letter prefix or suffix ("SO 31 45 72 D", "86 095 742 719").
_VALUE = (
    # ("УБ92041718": Mongolia's; "КМ 418305": a Ukrainian passport's series and number;
    # "ΑΚ 418203": a Greek identity card's)
    r"(?P<value>(?-i:[A-Z]{1,3}[ \t]|[А-ЯЁӨҮІЇЄҐΑ-ΩΆΈΉΊΌΎΏ]{2}[ \t]?(?=\d{6}))?[A-Za-z0-9]+(?:[\-/.][A-Za-z0-9]+)*"
    # Portugal's citizen card ends in a check digit and two letters and a digit: "14238576 4 ZX9"
    # (or a check letter glued to the last group: Australia's CRN "407 218 339K")
    r"(?:[ \t](?:\d{1,6}(?-i:[A-Z])?(?![\w/])|(?-i:[A-Z]|[A-Z]{2}\d)(?![\w'])))*)"
)
_ID = regex.compile(
    rf"(?<![\p{{Latin}}\d_\-])(?:{_LABEL})(?:(?<=#)|(?![\p{{Latin}}\d_]|-(?!(?i:nr|no|nummer)\b))){_SEPARATOR}{_VALUE}"
    r"(?![\w\-]|\.\w)"  # ("Patient #20481": the number sign may touch the number)
)
# A key glued to its value in a log line or a record: "customer_id=CUS-0039281", "patientId": "P-44120".
# Only keys naming a person's number, with "=" or ":" (a bare "customer_id" in prose is code).
_KEY_VALUE = regex.compile(
    r"(?<![\w.\-])(?i:customer|cust|client|patient|member|employee|emp|staff|student|citizen|person|subscriber|"
    r"policyholder|beneficiary|insured|national|tax|passport|licen[cs]e|driver|nhs|ssn|sin|nino|user|reporter|health_plan|wallet|"
    # a service member's, a young offender's, a prisoner's, a player's: "service_number", "yp_id", "Client #: 100482"
    # (never a software service's or a SaaS tenant's: "service_id", "tenant_id")
    r"service(?=[_\-](?:number|no|num|nr)\b)|yp|pupil|prisoner|inmate|offender|player|applicant|candidate|"
    r"worker|weaver|artisan|seller|"  # a marketplace's seller, a co-operative's weaver: "seller_id": "SLR-220417"
    r"id(?=[_\-](?:number|no|num|nr)\b))"  # "id_number": "9007286044082"
    # (a space may stand for "=" before a code with digits: "employee_id E-004471")
    # (or a dot, as a crash report writes its keys: "user.id=58820417")
    r"(?:(?:[_\-]|(?<=[a-z])(?=[A-Z]))(?i:id|no|num|number|nr|ref|code)|[ \t]?\#|\.(?i:id)(?=[ \t]*[=:]))"
    r"(?:[\"']?[ \t]*[=:][ \t]*[\"']?|[ \t]+(?=[A-Z0-9]))"
    r"(?P<value>[A-Za-z0-9]+(?:[\-/._][A-Za-z0-9]+)*)(?![\w\-]|\.\w)"
)
# A person's key with no "id" after it, in a log or a record: "agent=AGT-OG-01177", "courier=CR-11820", "customer=CUS-77218",
# "staff": "019588", "registr": "УП89092134" (never "user-agent: Mozilla/5.0": a word or a dash before it)
_BARE_KEYS = r"agent|courier|staff|registr|регистр|customer|patient|member|student|employee|resident|boat|vessel"
_BARE_KEY_VALUE = regex.compile(
    # (with "=" or as a record's quoted key, never a chat's speaker: "Customer: 4321" answers a question)
    rf"(?<![\w.\-])(?:(?i:{_BARE_KEYS})[ \t]*=|(?<=[\"'])(?i:{_BARE_KEYS})[\"'][ \t]*:)[ \t]*[\"']?"
    r"(?P<value>(?:[А-ЯЁӨҮ]{2})?[A-Za-z0-9]+(?:[\-/._][A-Za-z0-9]+)*)(?![\w\-]|\.\w)"
)
# a person's object in JSON and its "id" first inside: {"driver":{"id":"DRV-0931", ...}, "worker": {"id": "wk_88310472"
# (an app's "user" or "tenant" object is an account's, numbered by the app: our gold sets leave it)
# (or its "number", and an identity document's after its type: "candidate": {"number": "5532", "observer":{"id":"SIOB-0533",
# "id_document": {"type": "VOTERS_CARD", "number": "90F5B04F29673452876"})
_NESTED_PERSON_ID = regex.compile(
    r"\"(?i:driver|worker|customer|patient|employee|rider|courier|student|guest|passenger|applicant|agent|staff|resident|"
    r"observer|candidate|pupil|member|(?:id|identity)_?document|passport|national_id)\"[ \t]*:[ \t]*\{[ \t\n]*"
    r"(?:\"type\"[ \t]*:[ \t]*\"[^\"\n]{1,30}\"[ \t]*,[ \t\n]*)?"
    r"\"(?:id|number)\"[ \t]*:[ \t]*\"?(?P<value>[A-Za-z0-9][\w\-]{2,40}?)\"?[ \t]*[,}\n]"
)
# A record's id beside its person's name, the record being the person: {"id": "C-3391", "name": "Bronwyn McKenzie"},
# <child id="KC-3318" name="Harper Nguyen-Smith">, id="88213", first_name='Chidinma', <manager ref="E10011">Deborah Klein<
# (two other fields may come between: "id": 880419, "username": "solenne_k", "display_name"). A key naming a thing
# ("order_id", "product_id") is left, and so is a bare "name" whose value is no person's: see _is_person_record.
# A number alone is left too: a database's row number ({"id": 55120, "username": ...}) is no document's number.
_ID_BESIDE_NAME = regex.compile(
    r"(?<![\w\-])[\"']?(?P<key>(?:[A-Za-z]+_)?(?i:id|no|ref))[\"']?[ \t]*[:=][ \t]*[\"']?"
    # (a log line's fields are split by blanks: "applicant_login ok id=OFW-2019-8830412 name=\"Rachelle Ann Go Ledesma\"")
    r"(?P<value>(?=[\w\-/]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-/]{2,30})(?:[\"'][ \t]*|(?=[ \t]*,)|(?<==[\w\-/]+)(?=[ \t]+\w+=))"
    r"(?:,?[ \t\n]*(?:[\"']?\w+[\"']?[ \t]*[:=][ \t]*(?:\"[^\"\n]{0,40}\"|'[^'\n]{0,40}'|[\w.\-]+)[ \t]*,[ \t\n]*){0,2}"
    r"[\"']?(?P<namekey>(?:[A-Za-z]+_)?name)[\"']?[ \t]*[:=][ \t]*(?:[\"'](?P<name>[^\"'\n]{2,60})[\"']|(?P<nested>\{[ \t\n]*\"(?:first|given)))"
    r"|>(?P<text>[^<\n]{2,60})<)"
)
# An XML element naming a person's number ("<cin>101 982 337 541</cin>", "<EmployeeNumber>"), or the number inside a
# person's element ("<Employee><Number>00831</Number>")
_XML_PERSON_ID = regex.compile(
    r"<(?i:(?:(?:employee|patient|student|member|customer|citizen|national|person|staff|pupil)_?(?:id|no|number|nr))|"
    r"cin|nin|nid|nic|cnic|nric|ppsn|tfn|sin|nino|bvn|kra_?pin|tax_?(?:id|no|number)|"
    r"(?:employee|patient|student|member|customer|staff|pupil)>[ \t\n]*<(?:number|no|id))>"
    r"[ \t]*(?P<value>[A-Za-z0-9](?:[A-Za-z0-9\-/ ]{0,30}[A-Za-z0-9])?)[ \t]*</"
)
_ID_BESIDE_NAME_HINT = re.compile(r"(?:id|no|ref)[\"']?[ \t]*[:=]")
# the name keys that only a person's record has ("first_name", "hoh_name": a head of household's), never a customer's on an order
_PERSON_NAME_KEYS = ("first", "last", "full", "given", "family", "display", "legal", "hoh", "patient", "child", "student",
                     "employee", "member", "person", "sur", "fore", "middle")
_TITLED_WORDS = regex.compile(r"\p{Lu}[\p{L}'’\-]+(?:[ ]\p{Lu}[\p{L}'’\-]+){1,3}")
# A worker's token at an estate or a plant, a code of capitals and a few digits ("Worker token: HKT-3318", "(token DHK-2290)",
# "token": "LPK-0112"): never a login's token, long and random
_TOKEN = regex.compile(
    r"(?<![\w\-])(?i:(?:worker[ \t]+)?token(?:[ \t]+(?:number|no\.?|num))?)[\"']?"
    r"(?:[ \t]*[:=(][ \t]*[\"']?|[ \t]+(?:is[ \t]+)?)(?P<value>(?-i:[A-Z]{2,4}-(?!(?:19|20)\d\d\b)\d{4,6}))(?![\w\-])"
)
# a person's record in YAML and its code first inside: "employee:\n  code: KTM-EMP-0917"
_YAML_PERSON_ID = regex.compile(
    r"(?m)^(?P<indent>[ \t-]*)(?i:employee|patient|student|member|worker|customer|staff|pupil|driver|rider|passenger|applicant)"
    r"[ \t]*:[ \t]*\n(?P=indent)[ \t]+(?i:id|code|number|no)[ \t]*:[ \t]*[\"']?(?P<value>[A-Za-z0-9][\w\-/]{2,30}?)[\"']?[ \t]*$"
)
# A person's number in a URL's path or a log's target, after the collection of people it is in: "GET /students/21BCE1734/transcript",
# "record=patient/MRN-301882", "target=resident:R-0019384"
_PERSON_PATH = regex.compile(
    r"(?<=[/=])(?i:patients?|students?|employees?|members?|customers?|residents?|clients?|pupils?|staff|observers?)[/:]"
    r"(?P<value>[A-Za-z0-9][A-Za-z0-9\-]{2,30})(?=[/\s\"'?&#;,)]|$)"
)
# A person's code in brackets after their role and their name: "observer Felix Tabe (PGOB-2874)", "driver=Sukhwinder
# Bhamra (CV-2281)", "Counter agent: Leilani (#2214)" (capitals and four digits or more, or a number sign; never a year)
_ROLE_NAME_CODE = regex.compile(
    r"(?i:\b(?:observer|employee|staff|student|pupil|patient|member|driver|operator|agent|worker|officer|inmate|prisoner|"
    r"passenger|candidate|technician|courier|rider))[ \t]*[:=]?[ \t]*(?P<name>(?:\p{Lu}[\p{L}'’\-]+[ \t]){0,2}\p{Lu}[\p{L}'’\-]+)"
    r"[ \t]*\((?:\#[ \t]?)?(?P<value>[A-Z]{1,4}-?(?!(?:19|20)\d\d\))\d{4,8}|(?<=\#[ \t]?)\d{4,8}|\d{5,8})\)"
)
_ROLE_NAME_CODE_HINT = re.compile(r"\((?:#[ \t]?)?[A-Z]{0,4}-?\d{4,8}\)")
_PERSON_PATH_HINT = re.compile(r"(?:patient|student|employee|member|customer|resident|client|pupil|staff|observer)s?[/:]")
_BARE_KEY_HINT = re.compile(rf"(?:{_BARE_KEYS})(?:[ \t]*=|[\"'][ \t]*:)")
_OWN_RECOGNIZER_KEY = re.compile(r"(?i)passport|licen[cs]e|driver")
_KEY_HINT = re.compile(r"[a-z](?:[_\-.]?(?:id|no|num|number|nr|ref|code)|[ \t]?#)(?:[\"']?[ \t]*[=:]|[ \t]+[a-z0-9])")
# Values whose own shape says what they are, without a label:
# a Spanish DNI (8 digits) or NIE (X, Y or Z and 7 digits) with its check letter ("Y4829173K"), checked below;
_ES_ID = re.compile(r"(?<![\w\-])(?P<value>[XYZ]?\d{7,8})-?(?P<check>[A-Z])(?![\w\-])")
_ES_ID_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_NIE_FIRST = str.maketrans("XYZ", "012")  # an NIE's letter stands for a digit in its check
_ISO_DAY = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])T")  # "20240115T" starts a time
# a British number plate of the current format, two letters, the age (02-25 or 51-75), a space and
# three letters ("BD21 OPX"): no I or Q, no Z in the first two. Without the space it is any code.
_UK_PLATE = re.compile(r"(?<![\w\-])[A-HJ-PR-Y]{2}(?:0[2-9]|1\d|2[0-5]|5[1-9]|6\d|7[0-5]) [A-HJ-PR-Z]{3}(?![\w\-])")
# a RIB (relevé d'identité bancaire, France and Morocco): a bank account in groups of digits after its label
_RIB = re.compile(r"\bRIB[ \t]*:?[ \t]*(\d[\d ]{15,30}\d)(?![\d])")
# ... and without its label, in its four parts whose key checks them (bank, branch, account, key: France's, and
# Madagascar's, Tunisia's, Senegal's): "00008 00040 05320471093 11"
_RIB_SHAPE = re.compile(r"(?<![\w\-.,])(\d{5}) (\d{5}) ([0-9A-Z]{11}) (\d{2})(?![\w\-]|[.,]\d)")
_RIB_LETTERS = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
# France's NIR (social security): sex, year, month, département, commune, order, key (97 less the number mod 97),
# spaced or whole: "1 84 11 33 815 806 30" (Corsica's 2A and 2B count as 19 and 18)
_FR_NIR = re.compile(r"(?<![\w\-.,])([12]) ?(\d\d) ?(0[1-9]|1[0-2]|[2-9]\d) ?(\d\d|2[AB]) ?(\d{3}) ?(\d{3}) ?(\d\d)(?![\w\-]|[.,]\d)")
# South Korea's resident registration number: the birth date, a dash, the sex and century digit, five, a check
# digit ("870314-1048214"), in any script's text
_KR_RRN = re.compile(r"(?<![\w\-])\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8]\d{6}(?!\w|-\d)")  # ("...-ui": a particle)
# a travel document in an airline's or a border system's XML, its type beside it (P a passport):
# <Document DocType="P" DocID="PX4418027" DocIssueCountry="IE" .../>
_DOC_ID = regex.compile(
    r"<(?:\w+:)?Document\b[^<>]{0,200}?"
    r"(?:\bDocType=\"(?P<type>\w{1,3})\"[^<>]{0,200}?\bDocID=\"(?P<value>[A-Z0-9][A-Z0-9\-]{4,19})\""
    r"|\bDocID=\"(?P<value>[A-Z0-9][A-Z0-9\-]{4,19})\"(?:[^<>]{0,200}?\bDocType=\"(?P<type2>\w{1,3})\")?)"
)
# Poland's PESEL, eleven digits ending in a check digit (checked below), where the text says PESEL: "Bring the PESEL
# confirmation (88071914523)"
_PESEL = re.compile(r"(?<![\w\-.,])\d{11}(?![\w\-]|[.,]\d)")
# a UK Home Office case's reference (a letter and seven digits) after "Ref:" in a letter about a person's asylum or
# immigration case: "Subject: Ref: U1170832 - decision on your asylum claim"
_CASE_REF = re.compile(r"\b(?:Our[ \t]+|Your[ \t]+)?Ref(?:erence)?(?:[ \t]+(?:no|number))?\.?[ \t]*:[ \t]*([A-Z]\d{7})(?![\w\-])")
_CASE_REF_HINT = re.compile(r"(?i)asylum|home office|immigration|ukvi|leave to remain|refugee")
# a form's "File number:" is a person's where the form names one: a name's field or a person's by their role ("Veteran:
# Raymond T. Kowalczyk"; not a claimant or a client, often a firm), a birth date, a SIN, a home's address
_PERSON_FORM = regex.compile(
    r"(?im)^[ \t]*(?:(?:(?:full|former|legal|family|given|first|last|applicant['’]?s?)[ \t]+)?name|veteran|applicant|"
    r"patient|member|employee|student|tenant|beneficiary|(?:home|mailing|new|residential)[ \t]+address)[ \t]*:|"
    r"\b(?:date[ \t]+of[ \t]+birth|DOB|(?-i:SIN|UCI|NAS))\b"
)
# a library's patron barcode (Codabar, fourteen digits from a 2) as its card prints it: "2 1187 00934 5521"
_LIBRARY_BARCODE = re.compile(r"(?<![\w\-])2 \d{4} \d{5} \d{4}(?![\w\-])")
# a Hungarian plate before its label: "Az AEB-213 forgalmi rendszámú gépjármű", "AA-BK-417 rendszámú"
_HU_PLATE_BEFORE = re.compile(r"(?<![\w\-])([A-Z]{3}-\d{3}|[A-Z]{2}-[A-Z]{2}-\d{3})[ \t]+(?:forgalmi[ \t]+)?rendsz[áa]m[úu]")
# a patient's file number, the patient named before it on the line or at the start of the next one:
# "Patient: Ms. Bello    File no.: D-66120", "Patient: Bewar Hamid Rashid, 51, M\nFile no.: QT-PHC-08813"
_PATIENT_FILE = regex.compile(
    r"(?i:\bpatient\b[^\n]{0,60}?(?:\n[^\n]{0,20}?)?\bfile[ \t]+(?:no\.?|number|nr\.?|\#))[ \t]*:?[ \t]*"
    r"(?P<value>(?=[A-Z0-9\-/]*\d)[A-Z0-9][A-Z0-9\-/]{3,19})(?![\w\-])"
)
# labels of scripts without spaces, touching their value: a Japanese bank account ("普通 1284471", ordinary
# deposit), a Japanese health insurance card ("記号・番号 1204・5583"), a plate in Chinese ("车牌号SKL4821C") and
# in Thai ("รถทะเบียน 2กท 7415"; never "ทะเบียนบ้าน", a house's, whose letters carry marks)
_NON_LATIN_LABELLED = re.compile(
    r"(?:普通|当座)(?:預金)?(?:口座)?[ \t　]*(?:番号)?[：:]?[ \t　]*(\d{7})(?!\d|,\d|円)"
    r"|記号[・･]?番号[ \t　]*[：:]?[ \t　]*(\d{1,8}[・･\-－ ]\d{1,8})(?!\d)"
    r"|(?:车牌|車牌)(?:号码?|號碼?)?[ \t]*(?:是|为|為)?[：:]?[ \t]*((?=[A-Z0-9\-]*\d)[A-Z][A-Z0-9\-]{3,9})(?![A-Za-z0-9])"
    # a boat's registration in Balochi and Urdu ("بوجیگءِ نمبر: ORM-0338", "کشتی نمبر GWD-2290")
    r"|(?:بوجیگ|کشتی)\S{0,3}[ \t]*نمبر[ \t]*[:：]?[ \t]*((?-i:[A-Z]{2,4}(?:-[A-Z]{1,4})?-\d{3,5}))(?![\w\-])"
    r"|ทะเบียน(?:รถ)?[ \t]*(?:เลขที่|หมายเลข)?[ \t]*(\d?[ก-ฮ]{1,2}[ \t\-]?\d{1,4})(?![\d\u0e30-\u0e4e])"
)
# a Russian plate (letters that Latin shares, three digits, the region: "А417ВК 178") and a Chinese one with its
# dot ("鲁B·7K2L9": the province, the city's letter, five or six)
_PLATE_SHAPES = re.compile(
    r"(?<![\w\-])[АВЕКМНОРСТУХ]\d{3}[АВЕКМНОРСТУХ]{2}[ ]?\d{2,3}(?![\w\-])"
    r"|(?<![A-Za-z0-9])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·•・](?=[A-Z]*\d)[A-Z0-9]{5,6}(?![A-Za-z0-9])"
)
# a South Korean plate: two or three digits, a Hangul syllable, four digits ("12가 3456"); nothing else has it
_KR_PLATE = re.compile(r"(?<![\w\-])\d{2,3}[가-힣] ?\d{4}(?![\w\-])")
# a beneficiary's or an ordering customer's account in a SWIFT MT message (":59:/20501330200418811")
_SWIFT_ACCOUNT = re.compile(r"(?m)^:(?:50[AFK]?|59[AF]?):/([A-Z0-9]{6,34})[ \t]*$")
# a New Zealand bank account: bank, branch, account, suffix ("12-3140-0718823-00")
_NZ_ACCOUNT = re.compile(r"(?<![\w\-])\d{2}-\d{4}-\d{7}-\d{2,3}(?![\w\-])")
# Malaysia's MyKad number: the birth date, the place of birth's code, four digits ("890214-10-5526")
_MY_IC = re.compile(r"(?<![\w\-])\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-(?P<place>\d\d)-\d{4}(?![\w\-])")
# a Moroccan plate: the number, the series' Arabic letter, the prefecture ("30917-ب-33")
_MA_PLATE = re.compile(r"(?<![\w\-])\d{1,5}[ ]?-[ ]?[\u0621-\u064A]\u0640?[ ]?-[ ]?\d{1,2}(?![\w\-])")
# a German plate (the district, a dash, one or two letters, up to four digits: "HH-LH 204"), read where a car is named
# (a car's make on its line, as a fleet's or a dealer's table has: "BMW X3\tMi, 12.03.\tPI-JB 77"; never a standard's "ISO-EN 9001")
_DE_PLATE = re.compile(r"(?<![\w\-])(?!(?:ISO|DIN|IEC|EN|VDE|VDI|VW|BMW|AMG)-)[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ ]\d{1,4}[EH]?(?![\w\-]|[.,]\d)")
_CAR_HINT = re.compile(rf"(?i)\b(?:{'|'.join(m for m in _CAR_MAKES if m not in ('seat', 'dodge'))}|kennzeichen|fahrzeug|pkw)\b")
# an Algerian postal account with its key ("CCP 0003381925 clé 17")
_CCP = re.compile(r"\bCCP[ \t]*(?:n[°º][ \t]*)?:?[ \t]*(\d{6,12}(?:[ \t]+cl[ée][ \t]*:?[ \t]*\d{2})?)(?![\d\-])")
# India's voter id (EPIC: three letters, seven digits) as a form's or a URL's field ("&epic=XMP0427731")
_EPIC_FIELD = re.compile(r"(?i:\bepic(?:[_\-]?(?:no|number|id))?)[\"']?[ \t]*[=:][ \t]*[\"']?([A-Z]{3}\d{7})(?![\w])")
# a Singapore NRIC or FIN: S, T, F or G, seven digits, a check letter ("S8734291C"), checked below
# Mongolia's civil register number: two Cyrillic letters, then the birth date (YYMMDD, the month plus 20
# after 1999) and two digits ("УБ85120617"); a case ending may be glued on with a dash ("…617-тай")
_MN_REGISTER = re.compile(r"(?<![\w\-])[А-ЯЁӨҮ]{2}\d\d(?P<month>[0-3]\d)(?P<day>[0-3]\d)\d\d(?!\w|-\d)")
# an Indian number plate, by its state's code: "KA 05 MJ 4412", "MH12AB1234"
_IN_STATES = ("AN|AP|AR|AS|BR|CG|CH|DD|DL|DN|GA|GJ|HP|HR|JH|JK|KA|KL|LA|LD|MH|ML|MN|MP|MZ|NL|OD|OR|PB|PY|RJ|SK|TN|TR|TS|"
              "UK|UP|WB")
# (Delhi's districts add a letter: "DL 3C BK 4417")
_IN_PLATE = re.compile(rf"(?<![\w\-])(?:{_IN_STATES})([ \-]?)(?:\d{{2}}|\d[A-Z])\1[A-Z]{{1,3}}\1\d{{4}}(?![\w\-])")
_SG_NRIC = re.compile(r"(?<![\w\-])[STFG]\d{7}[A-Z](?![\w\-])")
# A vehicle's VIN, its ninth character the check digit (mandatory in North America and China, kept by most makers):
# seventeen capitals and digits without I, O or Q ("5YJ3E1EAXLF604215")
_VIN = re.compile(r"(?<![\w\-])(?=[A-HJ-NPR-Z0-9]*[A-Z])(?=[A-HJ-NPR-Z0-9]*\d)[A-HJ-NPR-Z0-9]{17}(?![\w\-])")
_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
               "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
# An English or Welsh prisoner's number (a letter, four digits, two letters: "A1192MH"), read only where the
# text speaks of prison: the shape alone is a part's or a product's code as often
_PRISON_NUMBER = re.compile(r"(?<![\w\-])[A-Z]\d{4}[A-Z]{2}(?![\w\-])")
# (or a prison's daily words: "Roll check: all correct", "adjudication", "on remand")
_PRISON_HINT = re.compile(r"(?i)prison|\bHMP|\bHMYOI|\bNOMS\b|inmate|custody|carchar|príosún|\bCEF\b|roll[ \t]+check|adjudicat|on[ \t]+remand")
# An Australian Medicare card's number: ten digits (the eighth-ninth a check, the tenth the card's issue), where
# the text says Medicare ("2950 48172 1")
_MEDICARE_AU = re.compile(r"(?<![\d\-])[2-6]\d{3}[ ]?\d{5}[ ]?\d(?:[ /\-]?\d)?(?![\d\-])")
# an Indian PAN: five letters, the fourth saying whose (P a person, C a company, H a family...), four digits, a letter
_IN_PAN = re.compile(r"(?<![\w\-])[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z](?![\w\-])")
# an Italian codice fiscale (surname, name, birth date and place, check letter: "RSSMRA42B51F205W")
_IT_CF = re.compile(r"(?<![\w\-])[A-Za-z]{6}\d{2}[ABCDEHLMPRSTabcdehlmprst]\d{2}[A-Za-z]\d{3}[A-Za-z](?![\w\-])")
_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
# a British National Insurance number: two letters (not D, F, I, Q, U, V; no O second), six digits, A-D;
# written in pairs ("JT 41 88 02 C") it is one, run together it may be a code (a weaker score)
_UK_NINO = re.compile(
    r"(?<![\w\-])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"(?P<sep>[ \-]?)\d{2}(?P=sep)\d{2}(?P=sep)\d{2}(?P=sep)[A-D](?![\w\-])"
)
# a British driving licence: five letters of the surname (9s pad it), the birth date coded (decade, month
# + 50 for women, day, year), two initials, a digit, two letters ("KOWAL804155MA9XT")
_UK_LICENCE = re.compile(r"(?<![\w\-])[A-Z][A-Z9]{4}\d(?P<month>[0156]\d)(?P<day>[0-3]\d)\d[A-Z][A-Z9]\d[A-Z]{2}(?![\w\-])")
# A plate ("KJN-4827", "LB19 XKT", "8KDJ441") or a VIN: capitals and digits, both.
# (or, after "VIN", a Nigerian voter's nineteen: "VIN 90F5B1C2D7294173648")
_PLATE = regex.compile(
    r"(?-i:(?!(?:ID|NO|NR|VIN|REG)\b)[A-HJ-NPR-Z0-9]{17}|(?<=VIN[ \t:]{1,3})[A-Z0-9]{19}|(?!(?:ID|NO|NR|VIN|REG)\b)(?=[A-Z0-9 \-]*\d)(?=[A-Z0-9 \-]*[A-Z])[A-Z0-9]{1,8}(?:[ \-][A-Z0-9]{1,6}){0,2}(?:[ ][A-Z]{2}(?=[;,)\n]|$))?)(?![\w\-])"
)
# a plate of the Emirates, its emirate's name first: "Dubai K 48213", "Abu Dhabi 5 12345"
_EMIRATE_PLATE = regex.compile(
    r"(?:Dubai|Abu[ \t]Dhabi|Sharjah|Ajman|Fujairah|Ras[ \t]Al[ \t]Khaimah|RAK|Umm[ \t]Al[ \t]Quwain|UAQ)[ \t]+"
    r"(?:[A-Z]{1,2}|\d{1,2})[ \t]?\d{1,5}(?![\w\-])"
)
# the next of a list after "and" (in Indonesian, Malay, French, Spanish, German too): capitals and digits, or digits
_AND_SAME = regex.compile(
    r"[ \t]*,?[ \t]+(?:and|dan|et|y|und|&)[ \t]+(?P<value>(?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{3,30})(?![\w\-])")
_SWEDISH_PLATE = regex.compile(r"[A-HJ-PR-UW-Z]{3}[ ]?\d{2}[A-HJ-PR-UW-Z0-9]")
_THREE_AND_THREE = regex.compile(r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{3}[ ](?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{3}")
# A code shaped like a person's number with no label at all: capitals and five digits or more, or seven digits
# and more ("A820418203017", "GHA-714402953-6", "4820193765"); read only where no word before it names a thing
_CODE_SHAPE = regex.compile(
    r"(?<![\p{Latin}\p{Greek}\p{Cyrillic}\d_\-./@:#$€£%+=&*^])(?=[A-Z0-9\-./]*\d)"
    r"(?:(?=(?:[A-Z\-./]*\d){5})(?=[\d\-./]*[A-Z])|(?=(?:[\-./]*\d){7}))"
    r"[A-Z0-9](?:[A-Z0-9]|[\-./](?=[A-Z0-9])){5,29}(?![\p{Latin}\p{Greek}\p{Cyrillic}\d_\-@]|[./]\w)"
)
# dates and times, decimals, versions, IPs, hashes, year ranges, security advisories and patches, zeros
_NOT_CODE_SHAPE = regex.compile(
    r"\d{1,4}[\-/.]\d{1,2}[\-/.]\d{1,4}(?:T\d\d)?|\d+\.\d+|\d+(?:\.\d+){2,}|(?=\d*[A-F])[0-9A-F]{16,}|(?:19|20)\d\d[\-/](?:19|20)?\d\d"
    r"|(?:CVE|KB|MSG|RFC|ISO|EN|DIN|SKU|INV|PO|SO|GRN|RMA|ORD|TXN|TX|REF|CASE|TKT|BOL|IR|CN|CHG|CLM|FAC|ED)[\-\d].*|0+"
)
# (a script without spaces may touch the code: "身份证号110105199603120823"; an EDI or HL7 field's, after
# "*" or "^", is the message recognizer's to type)
# A word before the code naming a thing, not a person, anywhere in the few words before it: "Tracking ref:",
# "your case number is", "Claim No.", "policy", "asset tag", "part no.", "IFSC", "company no."
_NOT_CODE_BEFORE = regex.compile(
    # a record's key: "withdrawal_id: ", "orderNo=" (a letter written small before it: "SID:" is an acronym's label)
    r"(?i)(?-i:[a-z])_?(?:(?<!orc)id|no|nr|ref|number)[\"']?[ \t]*[:=][ \t]*[\"']?$|"
    r"\b(?:isbn|issn|doi|cas|ean|upc|gtin|asin|imo|mmsi|icao|iata|hs|sic|naics|order|invoice|inv|ticket|case|claim|"
    r"policy|transaction|txn|tracking|track|reference|ref|request|confirmation|booking|reservation|shipment|parcel|"
    r"package|product|item|part|sku|serial|model|version|build|batch|lot|session|job|subscription|plan|task|issue|"
    r"bug|incident|purchase|po|grn|receipt|statement|message|device|asset|file|document|record|transfer|payment|refund|"
    r"return|rma|authori[sz]ation|quote|estimate|project|contract|agreement|flight|room|table|seat|gate|store|"
    r"branch|meeting|company|business|firm|vat|trade|charity|registry|(?<!(?:dbs|birth|citizenship)[ \t]{1,3})certificate|appeal|complaint|report|crime|"
    r"locator|pnr|awb|waybill|consignment|sscc|bill|note|grant|dossier|protocol|protokol|sinistro|denuncia|frame|"
    r"framenummer|aircraft|update|patch|release|campaign|merchant|ifsc|swift|bic|fein|ein|cnpj|withdrawal|deposit|"
    r"rental|licen[cs]e[ \t]+key|code(?![ \t]+permanent)|coupon|voucher|promo|discount|tag|container|tracking|dpd|ups|fedex|dhl|usps|"
    r"application|loan|warrant|chassis|ch[âa]ssis|chassi|telaio|vin|sn|exhibit|pallet|bay|shelf|sample|isin|ticker|"
    r"catastral|pedido|sipari[şs]|facture|factura|fattura|rechnung|notice|penalty|planning|lab|x-ray|firmware|host|"
    r"creditor|endtoendid|iccid|imei|imsi|meid|microchip|chip|rx|ems|evri|astm|ssh2|change|offer|range|routing|sort|bsb|aba)"
    r"\b(?:[^\n.;!?]|(?<=\b(?i:no|nr|ref|crim|reg|app))\.){0,20}$"
)
# A cheap first look for any label (most texts have none), with the standard library's
# `re`: over lowercased text it is several times faster than `regex` for such a list.
_HINT_WORDS = re.compile(
    r"passport|licen[cs]e|record|patient|health|medic|nhs|member|subscriber|beneficiar|insur|employee|staff|"
    r"personnel|payroll|badge|student|pupil|matricul|enrol|military|veteran|inmate|prison|national|citizen|"
    r"vehicle tag|tag n|rego|emp\. ?n|emp \d|adm\. ?n|exam n|tax ref|sv-?nr|carn|register n|service n|regimental|army n|subject (?:id|n|#|\d)|participant (?:\d|[a-z]{1,4}-\d)|"
    r"resident|voter|elector|identi|personal|civil|emirates|social|tax|steuer|idnr|ausweis|aadhaa?r|personnum|"
    r"burgerservice|fiscale|dula|kimlik|pesel|alien|a-number|uscis|green card|permit|visa|id card|hosp|clinic|"
    r"chart|roll n|admission|reg |reg\.|registration|driver|lic\.|\bplate|matric|loyalty|frequent.flyer|"
    # words in most tickets: a hint only with the label's own word, or a code, after them
    r"(?:customer|client|candidate|applicant|rewards?|honou?rs|travell?er|supporter|donor|volunteer|pensioner|"
    r"claimant|participant|passenger|policyholder|consumer|rider|partner|patron|tenant|courier|borrower|cardholder|agent|"
    r"landowner|landholder|smallholder|farmer|grower|fisher|fisherman|scholar|trainee|apprentice) "
    r"(?:id|n|#|code|ref|[(:#]? ?[a-z]{1,4}-?\d{5})|carte n"
)
_LIBRARY_CARD = re.compile(rf"(?i)(?:{_LIBRARY_HOLDERS})\b")
# More label words, looked for with `in` (a longer alternation above costs every text more)
_HINT_SUBSTRINGS = (
    "collar", "shield", "imei", "meid", "library card", "patron card", "borrower card", "legitimatie", "sociétaire",
    "societaire", "curit", "seguridad", "seguran", "sicurezza", "sozialversicherung",
    "kennitala", "henkil", "rijbewijs", "hrerschein", "permis", "licencia", "carteira", "patente", "placa",
    "matr", "kenteken", "kennzeichen", "targa", "immatriculation", "tablica", "rejestracja", "car ", "vehicle", "motor",
    "scooter", "van ", "truck", "lorry", "taxi", "moto ", "voiture", "coche", "carro", "fahrzeug", "plaque", "plaka",
    *(f"{make} " for make in _CAR_MAKES), *_CAR_WORDS, "screening", "randomi",
    "rendsz", "spz", "cust.", "cust #", "cust no", "clubcard", "nectar", "fayda", "my number", "teudat", "sedan", "hatchback", "suv ", " ute ", "minivan", "corolla", "camry", "prius", "civic", "yaris", "axio",
    "护照", "護照", "パスポート", "여권", "身份", "주민등록", "マイナンバー", "個人番号",
    "passeport", "pasaport", "passaport", "reisepass", "paspoort", "paszport", "paspor", "tessera", "sanitaria", "carte ",
    "carta d", "identidad", "cidad", "kunden", "mitglieds", "versicherten", "matrikel", "rijksregister", "iqama",
    "n°", "nº", "numéro", "número", "numero", "klant", "lidnummer", "relatienummer", "kundnummer", "medlemsnummer",
    "kundenummer", "asiakasnumero", "numer k", "historia cl", "albumu", "club n", "club #", "social n", "social #",
    "idcard", "id-card", "id_card", "id document", "identificaci", "identification", "krankenversicherung",
    "tài kho", "tai khoan", "dowód", "dowod", "teudat", "ת.ז", "ταυτ", "clave de elector", "mykad", "philsys",
    "číslo", "cislo", "č.", "star n", "star #", "personalnummer", "rib ", "pension pin", "rsa pin", "ssnit",
    "identity code", "inscription", "legitymac", "mileageplus", "aadvantage", "skymiles", "krisflyer", "asia miles", "flying blue",
    "miles &", "avios", "cbu", "cvu", "cuenta corriente", "uhid", "titre de s", "immatricul", "targat", "kontrollschild", "dselsnummer", "personnummer", "registre national", "adóazonos", "adoazonos", "személyi",
    "szemelyi", "taj", "рнокпп", "іпн", "иин", "thai id", "เลขประจำตัวประชาชน", "ird", "centrelink",
    "steam", "hetu", "etihad", "registrering", "regnr", "bilnummer", "kjennemerke", "nummerplade", "nummerplaat", "nr rej", "rekisteri",
    "nmatriculare", "polisi", "plat ", "pelat", "juror", "sort code", "citizenship", "friend code", "vozidl", "pojazd", "samoch", "oznaka",
    "registrasie", "sõiduki", "soiduki", "ознака", "регистрацион", "рег.", "mcnz", "ktn", "sicil", "паспорт", "my company n", "clock ", "seaman", "seamen", "seafarer", "fcl", "pilot", "atpl", "cpl ", "ppl ", "регистр", "registr", "pt n", "pt. n", "pt #", "werknemer", "osobn", "authority n", "ahli", "akaun", "sòci", "zid", " bil ", "tag ", "car:", "provider n", "provider #", "certificate n", "certificate #", "compte",
    "boat", "vessel", "file n", "file under n", "file #", "certificate", "state code", "miyembro",
    "home office", "accreditation", "observer", "obseva", "obs n", "obs. n", "aidi", "examiner n", "prescriber n",
    "ordine de", "persnr", "pers.-nr", "pers.nr", "pers-nr", "pers. nr", "personal-nr", "personalnr", "inombolo", "ፋይዳ",
    "forgalmi", "mietwagen", "pkw", "plat=", "plat:",
    "anggota", "rekening", "massar", "abonn", "adhérent", "adherent", "membre n", "member n", "parking", "dubai", "abu dhabi",
    "sharjah", "ajman", "fujairah", "worker", "car,",
)
# "account" and "card" are in most support tickets: a hint only with a digit soon after, in the same sentence
_ACCOUNT_HINT = re.compile(r"(?:account|acct|acc|a/c|card)(?:[^\n\d.!?]|(?<=n[or])\.){0,20}\d")  # "no." ends none
_HINT_ACRONYMS = re.compile(
    r"MRN|NHS|CHI|IHI|NI|SIN|PPS|TFN|TIN|BSN|NIE|NIF|DNI|CPF|CURP|RFC|NRIC|FIN|HKID|EIN|CPR|PAN|EPIC|UAN|UIN|OIB|EGN|"
    r"AMKA|JMBG|ID|DL|UPN|ULN|GMC|NMC|NPI|NSS|SSS|AHV|AVS|RRN|TC|CLABE|NHI|VIN|VRM|BRP|NIN|CNIC|NIC|CCCD|CMND|NIK|KTP|"
    r"IMEI|CNH|MBI|MCRN|CNP|CUIL|CUIT|RUT|BVN|NAS|KRA|CIP|NHC|INN|NIP|IC|FQTV|PSPT|GDC|HCPC|GPhC|AHPRA|RCVS|"
    r"AFM|ΑΦΜ|ΑΔΤ|VKN|TCKN|TRN|NIT|RUC|CUI|DPI|CC|NID|NTN|UMID|RUN|INE|CIN|NISS|NIR|QID|C\.I\.|CI|DUI|EMŠO|EMSO|"
    r"IDNP|PINFL|CRN|IIN|CNI|CDC|SIRB|C\.C\.|DOC|NMLS|HO|NAATI|NRPSI|OPD|USI|H&C|DVA|OMS|PRAN|BCA|BRI|BNI|BSI|BTN|Mandiri"
)
# Words that make the next "ID", "number" or "#" an object's, not a person's.
_NOT_A_PERSON = regex.compile(
    r"(?i)\b(?:order|invoice|ticket|case|transaction|txn|tracking|reference|ref|request|req|confirmation|booking|"
    r"reservation|shipment|parcel|package|product|item|part|sku|serial|model|version|build|batch|lot|session|job|"
    r"subscription|plan|license[ \t]+key|licence[ \t]+key|"
    r"task|issue|bug|incident|purchase|po|receipt|statement|claim|message|device|app|application|client|api|file|"
    r"document|doc|record|event|request|transfer|payment|refund|return|quote|project|contract|vehicle|vin|flight|"
    r"room|table|seat|gate|store|branch|meeting|zoom|call|chat|thread|group|team|tenant|org|account|customer|"
    r"vendor|supplier|merchant|terminal|asset|container|process|pid|thread|commit|trace|span|run|wifi|network|"
    r"company|business|firm|vat|trade|charity|domain|software|server|site|music|liquor|broadcast|trading|open[ \t]+source)"
    r"[ \t]*$"
)
# A chat's answer to the question for a person's number: "what's your employee number?\ntomas.ruiz 10:06: 40771"
# (a few words may come before the "?": "passport number for the register update?", "my staff no is 44192, yours?";
# or the asking is a request: "Please enter your employee number.", "what's his staff number again")
_ASKED_LABEL = r"(?:employee|staff|member(?:ship)?|student|account|customer|patient|badge|payroll|passport|nhi|nhs|id)[ \t]+(?:number|no\.?|id|\#)"
_ANSWERED_ID = regex.compile(
    rf"(?i:\b{_ASKED_LABEL}[^\n?]{{0,40}}\?|\b(?:enter|what['’]?s|what[ \t]+is)[ \t]+(?:your|his|her|their)[ \t]+{_ASKED_LABEL})"
    r"[^\n]*\n(?:[^\n]{1,40}?:[ \t]+)?(?P<value>(?=[A-Z\d\-]*\d)[A-Z\d][A-Z\d\-]{3,19})(?![\w\-])"
)
# Words of _NOT_A_PERSON that are verbs before a label naming a person: "quote student ID S2291847"
_VERB_BEFORE_PERSON = regex.compile(r"(?i)(?:quote|call|file|record|request|return)[ \t]*")
_PERSON_LABEL = regex.compile(r"(?i)(?:student|employee|staff|patient|pupil|member|customer|client|passenger|candidate|applicant|"
                              r"id[ \t]+(?:number|no)|national[ \t]+id|identity)\b")
_ASKED_HINT = re.compile(r"(?:number|no\.?|id|#)[^\n?]{0,40}\?|(?:enter|what'?s|what is) (?:your|his|her|their) ")
_STATE_ZIP = regex.compile(r"\p{L}[ \t]*,[ \t]*ID[ \t]+\d{5}(?:-\d{4})?$")
_DIGIT = regex.compile(r"\d")
# A plate spelt out in the phonetic alphabet on a call: "It's Bravo Lima one nine, X-ray Kilo Papa", "golf bravo seven
# one, x-ray tango alpha": five letters and digits or more in a run, with a letter's word and a digit's
_NATO_WORDS = ("alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "juliett",
               "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor",
               "whiskey", "whisky", "x-ray", "xray", "yankee", "zulu")
_NATO_HINT = ("bravo", "x-ray", "xray", "tango", "kilo", "zulu", "foxtrot", "yankee", "whisk", "sierra", "charlie", "juliet")
_SPELT_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|niner)"
_SPELT_TOKEN = rf"(?:{'|'.join(_NATO_WORDS)}|{_SPELT_DIGIT})"
_SPELT_PLATE = re.compile(rf"(?i)\b{_SPELT_TOKEN}(?:(?:,?[ \t]+|-){_SPELT_TOKEN}){{4,11}}\b")
_SPELT_LETTER = re.compile(rf"(?i)\b(?:{'|'.join(_NATO_WORDS)})\b")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_WORD_FIRST = regex.compile(r"[a-z]+[ \t]")
#: the value's digits (fewer is a count or a short code, not an id)
MIN_DIGITS = 4
MIN_PLATE_DIGITS = 2
MIN_MEMBER_DIGITS = 3  # after "abonné n°", "member n°"
MIN_NOUN_PLATE_DIGITS = 3  # after "car", "truck": not a fleet's "FLT-07"
SCORE = 0.75  # above a phone's or a zip's reading of the same digits
SHAPE_SCORE = 0.6  # a national id's full shape without its check
PLATE_SCORE = 0.45  # a plate's shape alone: above the standard threshold, below the permissive one


@RECOGNIZERS.register("IdNumberRecognizer")
class IdNumberRecognizer(OwnRecognizer):
    """ID_NUMBER (PASSPORT, US_DRIVER_LICENSE) for a value right after the label naming it."""

    ENTITIES = ["ID_NUMBER", "PASSPORT", "US_DRIVER_LICENSE"]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = self._shaped(text)
        lower = text.lower()
        if any(word in lower for word in _NATO_HINT):
            results += [self._result("ID_NUMBER", *match.span()) for match in _SPELT_PLATE.finditer(text)
                        if _spelt_plate(match.group())]
        if ("_" in text or "Id" in text or "-" in text or "#" in text or ".id" in text) and _KEY_HINT.search(lower):
            for match in _KEY_VALUE.finditer(text):
                if "#" in match.group() and _OWN_RECOGNIZER_KEY.match(match.group()):
                    continue  # "passport # 562894107": the passport's and licence's own recognizers name it better
                if len(_DIGIT.findall(match.group("value"))) >= MIN_DIGITS:
                    results.append(self._result("ID_NUMBER", *match.span("value")))
        if '"id"' in text or '"number"' in text:
            results += [self._result("ID_NUMBER", *match.span("value")) for match in _NESTED_PERSON_ID.finditer(text)
                        if len(_DIGIT.findall(match.group("value"))) >= MIN_DIGITS]
        if "token" in lower:
            results += [self._result("ID_NUMBER", *match.span("value")) for match in _TOKEN.finditer(text)]
        if ":\n" in text:
            results += [self._result("ID_NUMBER", *match.span("value")) for match in _YAML_PERSON_ID.finditer(text)
                        if len(_DIGIT.findall(match.group("value"))) >= MIN_DIGITS]
        if ("name" in lower or "</" in text) and _ID_BESIDE_NAME_HINT.search(lower):
            results += [self._result("ID_NUMBER", *match.span("value")) for match in _ID_BESIDE_NAME.finditer(text)
                        if _is_person_record(match)]
        if "</" in text:
            results += [self._result("ID_NUMBER", *match.span("value")) for match in _XML_PERSON_ID.finditer(text)
                        if len(_DIGIT.findall(match.group("value"))) >= MIN_DIGITS]
        if "(" in text and _ROLE_NAME_CODE_HINT.search(text):
            # (a name's word a first name or in no word list: not "Member Services (MS-1234)")
            results += [self._result("ID_NUMBER", *match.span("value")) for match in _ROLE_NAME_CODE.finditer(text)
                        if any(w.lower() in first_names() or is_rare(w) for w in match.group("name").split())
                        and not NOT_NAME_WORDS.intersection(match.group("name").split())]
        if ("/" in text or "=" in text) and _PERSON_PATH_HINT.search(lower):
            results += [self._result("ID_NUMBER", *match.span("value")) for match in _PERSON_PATH.finditer(text)
                        if len(_DIGIT.findall(match.group("value"))) >= MIN_DIGITS and not _YEAR.fullmatch(match.group("value"))]
        if _BARE_KEY_HINT.search(lower):
            results += [self._result("ID_NUMBER", *match.span("value")) for match in _BARE_KEY_VALUE.finditer(text)
                        if len(_DIGIT.findall(match.group("value"))) >= MIN_DIGITS]
        if ("?" in text or "enter " in lower or "what" in lower) and _ASKED_HINT.search(lower):
            for match in _ANSWERED_ID.finditer(text):
                if len(_DIGIT.findall(match.group("value"))) >= MIN_DIGITS:
                    results.append(self._result("ID_NUMBER", *match.span("value")))
        if not (_HINT_ACRONYMS.search(text) or _has_hint_word(lower)):
            return results
        for match in _ID.finditer(text, overlapped=True):  # "registration of vehicle NDA 4821": the inner label too
            before = _NOT_A_PERSON.search(text, max(0, match.start() - 20), match.start())
            if before and _VERB_BEFORE_PERSON.fullmatch(before.group()) and _PERSON_LABEL.match(match.group("id") or ""):
                before = None  # "please quote student ID S2291847": a verb, not a quote's number
            elif before and before.group().lower().startswith("customer") and (match.group("id") or "").lower().startswith("a"):
                before = None  # "customer account no. 0471 8829 31": a customer's account is theirs
            if match.group("vehicle"):
                if before and not before.group().lower().startswith("vehicle"):
                    continue  # "VAT reg. GB 123 4567": a company's registration
                # after the vehicle itself ("his car 06 BRK 903") a plate only, with more digits than a fleet code
                # (a noun as a record's label is a label: "Car: NJ-H91KLM")
                noun = match.group("vehicle").lower() in _VEHICLE_NOUNS + _CAR_WORDS \
                    and ":" not in text[match.end("vehicle"):match.start("value")]
                plate = _EMIRATE_PLATE.match(text, match.start("value")) or _PLATE.match(text, match.start("value"))
                # (a Swedish plate has two digits: "bil KLT 48R")
                # (nor two groups of three, letters and a digit in each: "Your vehicle 1XY 7KP", Victoria's)
                few = MIN_NOUN_PLATE_DIGITS if noun and not (plate and (_SWEDISH_PLATE.fullmatch(plate.group())
                                                                        or _THREE_AND_THREE.fullmatch(plate.group()))) \
                    else MIN_PLATE_DIGITS
                if plate and match.group("vehicle").lower().startswith(_BOAT_NOUNS) and not _BOAT_REGISTRATION.fullmatch(plate.group()):
                    continue  # "Vessel: MSC GULSUN 2041N": a ship's name and voyage, not a boat's registration
                if plate and not plate.group().isdigit() and not text.startswith("/", plate.end()) \
                        and len(_DIGIT.findall(plate.group())) >= few:
                    results.append(self._result("ID_NUMBER", plate.start(), plate.end()))
                    continue
                if noun or not text[match.end("vehicle"):match.start("value")].strip():
                    continue  # "reg 2021": a registration number needs "no.", "number" or ":"
            start, end = match.span("value")
            value = text[start:end].rstrip(".")
            digits = len(_DIGIT.findall(value))
            # a licence of letters mostly ("FORTIDM512RB", Washington's) has few digits but a licence's length
            label = (match.group("licence") or "").lower()
            long_licence = ("driv" in label or label == "dl") and digits >= 2 and len(value) >= 8 and value.isalnum()
            # ... and a student's or member's code of capitals mostly ("student number NDLTHA004")
            # (a French identity card's nine: "X4RTBPFW4")
            long_code = bool(match.group("id")) and (digits >= 3 and len(value) >= 8 or digits and len(value) >= 9) \
                and value.isalnum() and value.isupper()
            # (a club's roll after "n°": "abonné n° 214")
            short_member = bool(match.group("member_no")) and digits >= MIN_MEMBER_DIGITS
            if digits < MIN_DIGITS and not (long_licence or long_code or short_member) or _WORD_FIRST.match(value) \
                    or _YEAR.fullmatch(value):
                continue  # a count, a short code or a year; "account ending 4471" (a word, then digits)
            if before and not match.group("passport") and not (match.group("vehicle") and before.group().lower().startswith("vehicle")):
                continue  # "order ID 12345", "invoice no. 0524"; a vehicle's plate is its keeper's
            if match.group("id") == "ID" and _STATE_ZIP.search(text, max(0, match.start() - 30), end):
                continue  # "Boise, ID 83707": Idaho and a zip code
            if (match.group("id") or "").startswith("File") and not _PERSON_FORM.search(text):
                continue  # "File number: 2023/0417" of a firm's or a court's papers: a form about a person only
            if "card" in (match.group("id") or "").lower() and _is_payment_card(value) \
                    and not _LIBRARY_CARD.match(match.group("id")):  # (a library's card may pass Luhn's check too)
                continue  # "card no. 4539 1488 0343 6467": a payment card, read by the card recognizers
            entity = "PASSPORT" if match.group("passport") else "US_DRIVER_LICENSE" if match.group("licence") \
                else "ID_NUMBER"
            results.append(self._result(entity, start, start + len(value)))
            # a second value of the same shape in a list: "no. anggota SRM-0664 dan SRM-0665", "passports X and Y"
            more = _AND_SAME.match(text, start + len(value))
            if more and len(more.group("value")) == len(value) and value.isupper() == more.group("value").isupper():
                results.append(self._result(entity, *more.span("value")))
        return results

    def _shaped(self, text: str) -> list:
        """Spanish DNIs and NIEs and Italian codici fiscali with a right check letter, British plates of
        the current format, National Insurance numbers and driving licences, Indian PANs."""
        results = [make_result(self, "ID_NUMBER", m.start(), m.end(), PLATE_SCORE, "a British number plate")
                   for m in _UK_PLATE.finditer(text)]
        results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "a South Korean number plate")
                    for m in _KR_PLATE.finditer(text)]
        results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "an Indian PAN") for m in _IN_PAN.finditer(text)]
        results += [make_result(self, "ID_NUMBER", m.start(), m.end(), PLATE_SCORE, "an Indian number plate")
                    for m in _IN_PLATE.finditer(text)]
        if not text.isascii():
            results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "a Mongolian register number")
                        for m in _MN_REGISTER.finditer(text) if _mn_date_valid(m)]
        if "RIB" in text:
            results += [make_result(self, "ID_NUMBER", *m.span(1), SCORE, "a RIB") for m in _RIB.finditer(text)]
        if " " in text:
            results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "a RIB with its key")
                        for m in _RIB_SHAPE.finditer(text) if _rib_valid(m)]
        results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "a French NIR with its key")
                    for m in _FR_NIR.finditer(text) if _nir_valid(m)]
        if "-" in text:
            results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "a Korean resident number with its check")
                        for m in _KR_RRN.finditer(text) if _kr_rrn_valid(m.group())]
        results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "a library's patron barcode")
                    for m in _LIBRARY_BARCODE.finditer(text)]
        if "-" in text:
            results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "a New Zealand bank account")
                        for m in _NZ_ACCOUNT.finditer(text)]
            results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "a Malaysian MyKad number")
                        for m in _MY_IC.finditer(text) if _my_place_valid(int(m.group("place")))]
            if not text.isascii():
                results += [make_result(self, "ID_NUMBER", m.start(), m.end(), PLATE_SCORE, "a Moroccan number plate")
                            for m in _MA_PLATE.finditer(text)]
            results += [make_result(self, "ID_NUMBER", m.start(), m.end(), PLATE_SCORE, "a German number plate")
                        for m in _DE_PLATE.finditer(text) if _CAR_HINT.search(_line_of(text, m.start()))]
        if ":/" in text:
            results += [make_result(self, "ID_NUMBER", *m.span(1), SCORE, "an account in a SWIFT message")
                        for m in _SWIFT_ACCOUNT.finditer(text)]
        if "CCP" in text:
            results += [make_result(self, "ID_NUMBER", *m.span(1), SCORE, "a postal account") for m in _CCP.finditer(text)]
        if "epic" in text or "EPIC" in text:
            results += [make_result(self, "ID_NUMBER", *m.span(1), SCORE, "a voter's EPIC") for m in _EPIC_FIELD.finditer(text)]
        if "DocID=" in text:
            for match in _DOC_ID.finditer(text):
                kind = "PASSPORT" if match.group("type") == "P" or match.group("type2") == "P" else "ID_NUMBER"
                results.append(self._result(kind, *match.span("value")))
        if "PESEL" in text:
            results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "a PESEL with its check digit")
                        for m in _PESEL.finditer(text) if _pesel_valid(m.group())]
        if "Ref" in text and _CASE_REF_HINT.search(text):
            results += [make_result(self, "ID_NUMBER", *m.span(1), SCORE, "a Home Office case's reference")
                        for m in _CASE_REF.finditer(text)]
        if "rendsz" in text:
            results += [make_result(self, "ID_NUMBER", *m.span(1), SCORE, "a Hungarian plate before its label")
                        for m in _HU_PLATE_BEFORE.finditer(text)]
        if ("file" in text or "File" in text) and ("atient" in text or "ATIENT" in text):
            results += [self._result("ID_NUMBER", *m.span("value")) for m in _PATIENT_FILE.finditer(text)
                        if len(_DIGIT.findall(m.group("value"))) >= MIN_DIGITS]
        if not text.isascii():
            results += [make_result(self, "ID_NUMBER", *m.span(m.lastindex), SCORE, "a plate or an account after its label")
                        for m in _NON_LATIN_LABELLED.finditer(text)]
            results += [make_result(self, "ID_NUMBER", m.start(), m.end(), PLATE_SCORE, "a Russian or a Chinese number plate")
                        for m in _PLATE_SHAPES.finditer(text)]
        for match in _IT_CF.finditer(text):
            # the shape says it; test data and typos often miss the check letter, so that only scores higher
            checked = _cf_check(match.group().upper())
            results.append(make_result(self, "ID_NUMBER", match.start(), match.end(), SCORE if checked else SHAPE_SCORE,
                                       "an Italian codice fiscale"))
        for match in _UK_NINO.finditer(text):
            score = SCORE if match.group("sep") else PLATE_SCORE
            results.append(make_result(self, "ID_NUMBER", match.start(), match.end(), score,
                                       "a British National Insurance number"))
        for match in _UK_LICENCE.finditer(text):
            month, day = int(match.group("month")) % 50, int(match.group("day"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                results.append(make_result(self, "ID_NUMBER", match.start(), match.end(), SCORE,
                                           "a British driving licence number"))
        results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "a VIN with its check digit")
                    for m in _VIN.finditer(text) if _vin_valid(m.group())]
        if _PRISON_HINT.search(text):
            results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "a prisoner's number")
                        for m in _PRISON_NUMBER.finditer(text)]
        if "Medicare" in text or "medicare" in text:
            results += [make_result(self, "ID_NUMBER", m.start(), m.end(), SCORE, "an Australian Medicare number")
                        for m in _MEDICARE_AU.finditer(text) if _medicare_valid(m.group())]
        for match in _SG_NRIC.finditer(text):
            if _sg_nric_valid(match.group()):
                results.append(make_result(self, "ID_NUMBER", match.start(), match.end(), SCORE,
                                           "a Singapore NRIC or FIN with its check letter"))
        for match in _ES_ID.finditer(text):
            number = int(match.group("value").translate(_NIE_FIRST))
            if _ES_ID_LETTERS[number % 23] == match.group("check") and not _ISO_DAY.fullmatch(match.group()):
                results.append(make_result(self, "ID_NUMBER", match.start(), match.end(), SCORE,
                                           "a Spanish DNI or NIE with its check letter"))
        return results

    def _result(self, entity: str, start: int, end: int):
        result = make_result(self, entity, start, end, SCORE, "a value after the label of an identity number")
        # The label is the context word: refine() keeps context-needing types (PASSPORT) for it.
        result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        return result


def _spelt_plate(words: str) -> bool:
    """Two letters' words or more and a digit's word: a code read out, not a radio call sign alone ("Bravo Zulu")."""
    letters = len(_SPELT_LETTER.findall(words))
    return letters >= 2 and bool(regex.search(rf"(?i)\b{_SPELT_DIGIT}\b", words))


def _pesel_valid(number: str) -> bool:
    """A PESEL's last digit: its first ten weighted 1, 3, 7, 9, mod 10, from 10; its month a real one (plus 20 a
    century after 1999, 80 before 1900), its day too."""
    digits = [int(d) for d in number]
    month, day = int(number[2:4]) % 20, int(number[4:6])
    check = (10 - sum(d * w for d, w in zip(digits[:10], (1, 3, 7, 9, 1, 3, 7, 9, 1, 3))) % 10) % 10
    return check == digits[10] and 1 <= month <= 12 and 1 <= day <= 31


def _line_of(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]


def _my_place_valid(code: int) -> bool:
    """A MyKad's place of birth: a state (01-16), a country or a region abroad (21-68, 71-72, 74-79, 82-99)."""
    return 1 <= code <= 16 or 21 <= code <= 68 or code in (71, 72) or 74 <= code <= 79 or code >= 82


def _mn_date_valid(match) -> bool:
    month, day = int(match.group("month")), int(match.group("day"))
    return (1 <= month <= 12 or 21 <= month <= 32) and 1 <= day <= 31


def _vin_valid(code: str) -> bool:
    total = sum(_VIN_VALUES[char] * weight for char, weight in zip(code, _VIN_WEIGHTS, strict=True)) % 11
    return code[8] == ("X" if total == 10 else str(total))


def _medicare_valid(number: str) -> bool:
    """An Australian Medicare number's ninth digit: its first eight weighted 1, 3, 7, 9, mod 10."""
    digits = [int(d) for d in number if d.isdigit()]
    return sum(d * w for d, w in zip(digits[:8], (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == digits[8]


def _rib_valid(match) -> bool:
    """A RIB's key: 97 less (89 x bank + 15 x branch + 3 x account) mod 97, the account's letters as digits."""
    bank, branch, account, key = match.groups()
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account.translate(_RIB_LETTERS))) % 97 == int(key)


def _nir_valid(match) -> bool:
    """A French NIR's key: 97 less its first thirteen digits mod 97 (Corsica's "2A" as 19, "2B" as 18)."""
    sex, year, month, dept, commune, order, key = match.groups()
    number = int(sex + year + month + {"2A": "19", "2B": "18"}.get(dept, dept) + commune + order)
    return 97 - number % 97 == int(key)


def _kr_rrn_valid(code: str) -> bool:
    """A Korean resident number's last digit: its first twelve weighted 2-9, 2-5; 11 less the sum mod 11, mod 10."""
    digits = [int(d) for d in code if d.isdigit()]
    total = sum(d * w for d, w in zip(digits[:12], (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
    return (11 - total % 11) % 10 == digits[12]


def _sg_nric_valid(code: str) -> bool:
    """A Singapore NRIC's or FIN's check letter: weighted digits, plus 4 for T and G (born or issued since 2000)."""
    total = sum(int(d) * w for d, w in zip(code[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if code[0] in "TG" else 0)
    letters = "JZIHGFEDCBA" if code[0] in "ST" else "XWUTRQPNMLK"
    return code[8] == letters[total % 11]


def _cf_check(code: str) -> bool:
    """An Italian codice fiscale's last letter: odd places by a table, even ones by their value, mod 26."""
    total = 0
    for i, char in enumerate(code[:15]):
        value = int(char) if char.isdigit() else ord(char) - ord("A")
        total += _CF_ODD[value] if i % 2 == 0 else value
    return code[15] == chr(ord("A") + total % 26)


def _has_hint_word(lower: str) -> bool:
    return bool(_HINT_WORDS.search(lower) or any(word in lower for word in _HINT_SUBSTRINGS)
                or ("acc" in lower or "a/c" in lower or "card" in lower) and _ACCOUNT_HINT.search(lower))


def _is_person_record(match) -> bool:
    """A record's id beside a person's name (see _ID_BESIDE_NAME): a person's name key, or a bare "name" (or an
    element's text) of two to four capitalised words from a known first name; never a thing's key ("order_id")."""
    value, key = match.group("value"), match.group("key")
    if len(_DIGIT.findall(value)) < MIN_DIGITS or _YEAR.fullmatch(value) or "_" in key and _NOT_A_PERSON.search(key.rsplit("_", 1)[0]):
        return False
    namekey = match.group("namekey") or ""
    if "_" in namekey:
        return namekey.split("_")[0].lower() in _PERSON_NAME_KEYS
    if match.group("nested"):
        return True  # "name": {"first": "Priscilla", ...}
    name = match.group("name") or match.group("text") or ""
    return bool(_TITLED_WORDS.fullmatch(name)) and name.split()[0].lower() in first_names() \
        and not NOT_NAME_WORDS.intersection(name.split())  # not "Victoria Station"


def _is_payment_card(value: str) -> bool:
    """13-19 digits passing the Luhn check: a bank card's number (never fourteen from a 2: a library's patron barcode)."""
    digits = "".join(c for c in value if c.isdigit())
    return 13 <= len(digits) <= 19 and luhn_valid(digits) and not (len(digits) == 14 and digits[0] == "2")


@RECOGNIZERS.register("PersonalCodeRecognizer")
class PersonalCodeRecognizer(OwnRecognizer):
    """ID_NUMBER for a code shaped like a person's number with no label ("A820418203017", "4820193765").

    Text written about people holds their numbers more often than not, and every id of a country no
    label list knows looks like this. A fallback only: refine() keeps it where no other finding reads
    the same characters (a phone, a date, a postcode, a labelled id), and never after a word naming
    a thing ("order", "invoice", "ISBN"). Its score keeps it in standard mode, not in permissive.
    """

    ENTITIES = ["ID_NUMBER"]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for match in _CODE_SHAPE.finditer(text):
            value = match.group()
            if _NOT_CODE_SHAPE.fullmatch(value) or _NOT_CODE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue
            results.append(make_result(self, "ID_NUMBER", match.start(), match.end(), FALLBACK_SCORE,
                                       "a code shaped like a person's number"))
        return results

"""Names that spaCy's NER misses: after a title, a cue ("my name is", "ask for",
"hi"), a form label ("Name:", "Patient:"), a greeting or sign-off, in capitals
("ANJALI SHARMA", "LIU, MIN"), and lowercase names in lowercase chat.

NER reads capitals as its main hint, so "hey it's priya" or "Dear Mr. Fofana"
slip through. The cues are cheap regexes; a word taken as a name must look like
one: capitalised, or a known first name (the lists in name_words.py: the US
census, given names of many countries, our own; never Faker's lists).
"""
from __future__ import annotations

import re
from itertools import pairwise

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from minimize.detection.columns import FIRM_ENDS
from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.address import STREET_SUFFIX
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.recognizers.gazetteer import ENGLISH_WORDS, gazetteer
from minimize.detection.recognizers.words import ascii_form, english_words, is_rare
from minimize.detection.recognizers.name_words import (
    ACUTE_ONLY, BRANDS, CHAT_WORDS, ENGLISH, MONTHS, NOT_NAME_WORDS, NOT_NAMES, PATRONYMIC_WORDS, PERSON_CUES,
    PLACE_PREPOSITIONS,
    ROLE_NOUNS, WORD_NAMES, census_surnames, first_names, known_first_names, surnames, world_first_names,
)

TITLES = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr\.[ \t](?:med|iur|jur|phil)\.?|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Rev|Revd|Fr|Capt|Cpt|Col|Lt|Sgt|Nurse|Judge|Justice|"
    r"Hon|Madam|Mme|Mlle|Herr|Frau|Sra|Sr|Dra|Srta|Sen|Senator|Rep|Gov|Governor|Mayor|Officer|Det|Detective|"
    # "Sister Mary Bernadette Foley", a ward sister ("Sister O'Neill")
    r"Trooper|Tpr|Sheriff|Sister(?=[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+\p{Lu}|O['’]\p{Lu}\p{Ll}+|Ma?c\p{Lu}\p{Ll}+))|"
    r"Brother(?=[ \t]+\p{Lu}\p{Ll}+)|"
    # a priest ("Father Tomás Byrne", "the Reverend Alistair Munro"), a French professor ("le Pr Laurent Fabre"),
    # a Filipino courtesy ("Good day Ma'am Kristine")
    r"Father(?=[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu})|Reverend|Pr(?=\.?[ \t]+\p{Lu}\p{Ll})|Ma['’]am(?=[ \t]+\p{Lu}\p{Ll})|"
    r"Insp|Inspector|Ofc|Sergeant|Constable|Cpl|Corporal|Pvt|Maj|Gen|Adm|Admiral|Cmdr|Commander|Supt|Superintendent|"
    # British and Commonwealth service ranks: "LCpl Sione Tuilagi", "WO2 Darren Hopkins", "CSgt Yilmaz", "Sqn Ldr Shah"
    r"Pte|LCpl|LSgt|SSgt|CSgt|WO1|WO2|2Lt|Gnr|Spr|Rfn|Fus|Gdsm|Mne|Cfn|Kgn|LAC|SAC|Cdr|Lt[ \t]Cdr|Lt[ \t]Col|Flt[ \t]Lt|"
    r"Sqn[ \t]Ldr|Wg[ \t]Cdr|Gp[ \t]Capt|Brig|"
    r"Pastor|Rabbi|Imam|Bishop|Deacon|Sheikh|Dott|Avv|Ing|"
    # courts and offices: "HHJ Fitzpatrick" (His Honour Judge), "Atty. Bautista", "Cllr Khan", "Commissioner Reyes"
    r"HHJ|Atty|Attorney|Commissioner|Magistrate|Coroner|Cllr|Councillor|Councilor|Alderman|Ambassador|Amb|"
    # Turkish, Filipino and Dutch academic and professional titles: "Uzm. Dr.", "Doç. Dr.", "Engr.", "Drs."
    r"Uzm|Doç|Engr|Eng|Drs|Mgr|Bc|PhDr|MUDr|JUDr|RNDr|Mag(?=\.)|"  # (Austria's "Frau Mag. Hofbauer")
    # Italian, Spanish, Portuguese, Dutch, Scandinavian, Polish, Turkish, Indian, Malay and West African
    # courtesy titles: "Sig.ra Conti", "Dott.ssa Ferri", "Doña Carmen", "Dhr. Jansen", "Pani Nowak",
    # "Sayın Yılmaz", "Smt. Lakshmi", "Puan Aishah", "Alhaji Bello"
    r"Sig|Sig\.ra|Sig\.na|Dott\.ssa|Prof\.ssa|Doña|Dña|Dona|Dhr|Mevr|Mw|Fru|Pani|Sayın|Shri|Smt|Kumari|"
    r"Encik|Puan|Cik|Datuk|Dato'?|Datin|Haji|Hajjah|Hajah|Ustaz|Ustazah|Alhaji|Alhaja|Mallam|"
    # courtesy titles written out: "Mister Chen", "Monsieur Diallo", "Mevrouw Wouters", "Señora Paz"
    r"Mister|Missus|Monsieur|Madame|Mademoiselle|Señor|Señora|Señorita|Senhor|Senhora|Signor|Signora|Signorina|"
    r"Mevrouw|Meneer|Mijnheer|Herra|Rouva|Herrn|Dna|Dl|"  # German "an Herrn ...", Romanian Doamna and Domnul
    # Romanian written out ("Stimate domnule Vlad Ionescu"), a Polish physician ("lek. Paweł Kubiak"), Javanese and
    # Indonesian "mbak" and "mas" ("Oke mbak Rina")
    r"[Dd]omnul(?:e|ui)?|[Dd]oamn(?:a|ă|ei)|[Ll]ek(?=\.)|[Mm]bak|Mas(?=[ \t]+\p{Lu}\p{Ll}+\b)|"
    # a Polish advocate ("mec. Paweł Zieliński"), a Dutch or Flemish schoolteacher ("juf Els", "meester Bart")
    r"[Mm]ec(?=\.)|[Jj]uf(?=[ \t]+\p{Lu}\p{Ll})|[Mm]eester(?=[ \t]+\p{Lu}\p{Ll}+\b(?![ \t]+in\b))|"
    r"Garda|"  # an Irish police officer's rank: "Garda Eoin Brady"
    # Ethiopian, Fijian, Indonesian, Vietnamese, Danish, Dutch, Latin American, Singaporean, Tamil, Malay, Arabic,
    # Greek, Polish/Ukrainian, Turkish, Swahili, French and Italian courtesy and professional titles
    r"Ato|Weyzero|Woizero|Ratu|Ibu|Bapak|Pak|Ông|Bà|Hr|Frk|Mej|Lic|Licda|Mdm|Captain|Sri|Thiru|Tmt|Tuan|Shaikh|"
    r"Sayyid|Kyria|Kyrios|Κυρία|Κύριος|κυρία|κύριος|κ\.|Pan|Пан|Пані|пан|пані|пане|панові|Господин|Госпожа|Bay|Bayan|Ustadh|Mwalimu|Bwana|Maître|Arch|"
    r"Geom|Rag|Don|Oba|Ponia|Ponas|Sr\.ª|Sra\.ª|Prof\.ª|Dr\.ª|Eng\.ª|"  # Portuguese: "a diretora de turma, Prof.ª Helena Vaz"
    # a Greek doctor or professor ("Θεράπων ιατρός: Δρ. Ελένη Κωνσταντίνου"); a Vietnamese doctor, "Bác sĩ" in short,
    # before a name with its tone marks ("BS. Nguyễn Hữu Phước", never a degree's "BS Biology")
    r"Δρ|Καθ|B[Ss](?=\.[ \t]+\p{Lu}\p{Ll}*[^\x00-\x7F])|"
    # a Filipino barangay captain, a Nigerian "Comrade", a church's "Bro." and "Sis.", German police ranks
    r"Kapitan|Comrade|Bro(?=\.)|Sis(?=\.)|POK|PHK|KHK|KOK|Mzee|"
    # Afrikaans ("Mnr. D. Jordaan", "Me. Lizanne Human", "Ds. Gert Rossouw"), isiZulu ("Nkk. Zanele Mkhize"), Georgian
    # and Armenian romanized ("kalbatoni Maia Lomidze", "paron Hovhannes Ghazaryan")
    r"Mnr|Mev|Ds(?=\.[ \t]+\p{Lu})|(?<=(?:^|[\n,:;(])[ \t]*)Me(?=\.[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll})|Nkk(?=\.)|Nksz(?=\.)|Mnu(?=\.)|"
    r"Batoni|Kalbatoni|Paron|Tikin|"
    # Bulgarian and Macedonian in short ("д-р Светлин Колев", "г-дин Петрушевски"); Slovenian ("ga. Kos,", "Ga. Vesna
    # Horvat": a name after it, never a sentence's first word, "lag jaye ga. Unhon ne"); Hausa "Hajiya"
    r"[дД]-р|[гГ]-н|[гГ]-жа|[гГ]-ца|[гГ]-дин|[гГ]-ѓа|[гГ]-ѓица|[Gg]ospod(?:u|a)?|[Gg]ospa|[Gg]ospe|[Gg]a(?=\.[ \t]+\p{Lu}\p{Ll}+(?:[ \t]*[,(]|[ \t]+\p{Lu}\p{Ll}))|"
    r"Hajiya|Hajia|Hajji|"
    # a Philippine police rank before a full name: "Reporting officer: SPO2 Arnaldo Yu", "PCpl Jerome Dizon"
    r"(?:S?PO[1-4]|PCpl|PSSg|PMSg|PSMS|PCMS|PEMS|PLt|PCapt|PMaj|PLtCol|PCol|PBGen)(?=[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu})|"
    # Guaraní ("Ña Cristina Gauto", "Karai Eusebio"), a Peruvian midwife ("Obst. Karina Paucar"), a Bangladeshi
    # woman's "Mst." (Mosammat); a US soldier's rank in capitals ("SFC Daniel Reyes", "CPT Andrew K. Whitmore")
    r"Ña|Karai|Obst(?=\.)|Mst(?=\.?[ \t]+\p{Lu})|Mosammat|Mosamat|"
    r"(?:SFC|SSG|SGT|1SG|MSG|SGM|CSM|PFC|SPC|CPL|CPT|MAJ|LTC|COL|1LT|2LT|CW[2-5])(?=[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu})|"
    # Swahili "Bi." and "Bw.", Polish "Pana"/"Panią" (a name's other cases), an Italian carabiniere's "App. Sc."
    r"Bi(?=\.)|Bw(?=\.)|Pana|Panią|Panu|Panem|Panie|App\.[ \t]Sc|D\.ª|"
    # French "M." (Monsieur) before a name, not an initial among others ("J. M. Smith")
    # (one blank, and a name after it, not a form's next label: "Agnieszka M.    Age: 64" is an initial)
    r"(?<!\b\p{Lu}\.[ \t]?)(?<!(?i:gender|sex|sexe|sexo|geschlecht)[: \t]{1,3})M(?=\.[ ]\p{Lu}\p{Ll}+\b(?![ \t]*:))|"
    # a South African advocate ("Adv. Pillay"), a boy's "Master" before his names ("Master Ibrahim Siddiqui")
    r"Adv(?=\.[ \t]+\p{Lu}\p{Ll})|Master(?=[ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+(?:,|[ \t]+\(|[ \t]+aged?\b))|"
    r"MR|MRS|MSTR|"  # a booking's titles in capitals: "MR Rocky Tuilagi and MRS Seini Tuilagi"
    r"RN(?=[ \t]+\p{Lu}\.[ \t]?\p{Lu}\p{Ll})|"  # a registered nurse signing with an initial: "RN T. Ngata"
    r"NP(?=[ \t]+\p{Lu}\p{Ll}+[ \t]*(?:[|,;)\n]|$))"  # a nurse practitioner, a surname alone after: "| NP Ramirez |"
)
# words before a name that say who it is without being a courtesy title: a nurse's letters, a schoolteacher's "juf"
_CUE_ONLY_TITLES = ("RN", "juf", "Juf", "meester", "Meester")
#: a one-line form's labels, which a title field's value may run into: "Title: Miss Surname: Oyelaran"
_FORM_LABELS = frozenset("surname name names forename forenames first last given family sex gender dob nationality".split())
#: the small words inside a name ("Maria do Céu Antunes", "Pieter van Dijk")
_NAME_PARTICLES = frozenset("van von de da do dos das del bin al el ben le la".split())
# a form's field for a courtesy title, alone on its line or before the next field
_TITLE_FIELD = regex.compile(
    rf"(?i:\b(?:title|salutation|anrede|civilit[ée]|tratamiento|prefix)(?:[ \t]+on[ \t]+account)?[ \t]*:[ \t]*)"
    rf"(?P<title>(?-i:{TITLES}|M|Chief))\.?(?=[ \t]*(?:[,;|\n]|\.?$|\.[ \t]))"  # (a form's "Civilité : M.", "Title: Chief")
)
# a German address block's courtesy title on a line of its own above the name: "Herrn\nDr. med. Florian Kessler"
_TITLE_LINE = regex.compile(r"(?m)^[ \t]*\K(?:Herrn|Herr|Frau)(?=[ \t]*\n[ \t]*(?:(?:Dr|Prof)\.[ \t]|\p{Lu}\p{Ll}+[ \t]+\p{Lu}))")
# a rank or court before a title: "Employment Judge Okonkwo", "Detective Inspector Hale"
_TITLE_PREFIX = (
    r"Deputy|District|Circuit|Employment|Tribunal|Immigration|Chief|Senior|Acting|Associate|Assistant|Detective|"
    r"Police|Staff|Lance|Vice|Regional|High[ \t]+Court|Assoc\.|Asst\."
)
# Police ranks with a collar number before the name: "PC 4471 Daniels", "DS 208 Okafor"
_BADGE_TITLES = r"PC|PCSO|DC|DS|DI|DCI|Sgt|Cst|Const|Officer|Det|Trooper|Deputy"
_BADGE_TITLE = regex.compile(_BADGE_TITLES)
# the particles a surname may open with: "Mr de Vries", "Dr van der Berg", "Mme de la Tour"
_PARTICLES = r"(?:van|von|de|da|di|du|del|della|der|den|dos|das|le|la|ter|ten|al|el|bin|ibn|ben|ap|ab|ferch)"  # (Welsh "ap")
_PARTICLE_RUN = rf"(?:{_PARTICLES}[ \t]+(?:(?:der|den|la|le|los|las)[ \t]+)?)"
_TITLE = regex.compile(
    rf"(?<![\w.])(?:(?:(?:{_TITLE_PREFIX})[ \t]+){{0,2}}(?:{TITLES})\b\.?(?:[ \t]+(?:(?:and|&)[ \t]+)?(?:{TITLES})\b\.?)*(?=[ \t]+{_PARTICLE_RUN}?\p{{Lu}})|(?:{_BADGE_TITLES})\b\.?(?=[ \t]+\#?(?!(?:19|20)\d\d\b)\d{{1,6}}[ \t]+\p{{Lu}}))"
)
# a street and its number, then a comma: "Col." after them is a colonia
_COLONIA_BEFORE = regex.compile(r"\d[^\n,]*,[ \t]*$")
# (a Gaelic or Romance prefix before a second capital: "MacLeod", "McKenna", "DeShawn", "LaToya")
CAMEL_PREFIX = r"(?:Ma?c|Fitz|D[aei]|L[ae])"
_CAP_WORD = (r"(?!I['’])\p{Lu}[\p{Ll}'’\-]*\p{Ll}(?<!['’]s)(?:-\p{Lu}\p{Ll}+)?|\p{Lu}'\p{Lu}\p{Ll}+|\p{Lu}\.(?:[ \t]?\p{Lu}\.)?"
             rf"|{CAMEL_PREFIX}\p{{Lu}}\p{{Ll}}+")
# (words of a name are never a tab apart: "Contact\tRelation\tPhone" is a table's header)
_CAP_NAME = rf"(?:{_CAP_WORD})(?:[ ]+(?:(?:van|von|de|da|do|dos|das|del|bin|al|el|ben|le|la)[ ]+)?(?:{_CAP_WORD})){{0,3}}"  # "Maria do Céu"
# after a title: a name, maybe opening with a particle, or one initial standing for it ("Mr B, the father")
_AFTER_TITLE = regex.compile(
    rf"[ \t]+(?:\#?\d{{1,6}}[ \t]+)?(?P<name>{_PARTICLE_RUN}?(?:{_CAP_NAME})|(?!I\b)\p{{Lu}}(?=[ \t]*[,;:)\n]|[ \t]+\p{{Ll}}))"
)
_ELIDED = r"(?<=(?<!\p{L})(?:[dDlL]|[qQ]u)['’])"  # "d'", "l'", "qu'" glued before a word
# a capitalised word alone: no capitalised word right after it, no pet's bracket ("Tama (dog)")
_LONE_CAPITALISED = regex.compile(
    # (French elides before it, "l'inscription d'Inès", Catalan's article too, "Sóc l'Arnau"; Turkish glues its case
    # after, "kızınız Defne'nin", "Ali'den")
    rf"(?:(?<![\p{{L}}\d_@.#/\-'’])|{_ELIDED})\p{{Lu}}\p{{Ll}}{{2,}}(?:-\p{{Lu}}\p{{Ll}}{{2,}})?"  # ("Lily-Mae")
    r"(?![\p{L}\d_@\-]|['’](?!(?:n?[iıuü]n|[dt][ae]n?|y[aeiıuü]|y?l[ae])(?!\p{L}))\p{L}{2}|[ \t]+\p{Lu}"
    r"|[ \t]*\((?:dog|cat|pet|puppy|kitten)\))"
)
_CAPITALISED_BEFORE = regex.compile(r"\p{Lu}[\p{L}.]*[ \t]$")  # ... nor right before it
# Turkish titles after the name: "Ahmet Bey", "Ayşe Hanım"; Basque ones in lower case: "Iñaki Zubizarreta jauna"
_TITLE_AFTER = regex.compile(
    r"(?<![\w.])(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})[ \t]+(?P<title>Bey|Hanım|Hanim|Efendi|jauna|andrea)\b"
)  # "Mehmet Can Aydın Bey"
# a title in capitals before a name in capitals, as tickets and registers print them: "MS ANITA KRISHNAN"
_CAPS_WORD = r"(?:\p{Lu}['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}+)*"  # "O'BRIEN"
_CAPS_TITLE = regex.compile(
    rf"(?<![\w.])(?P<title>MR|MRS|MS|MISS|MX|DR|PROF)\.?[ \t]+(?P<name>(?:\p{{Lu}}\.?[ \t]+){{0,2}}{_CAPS_WORD}"
    # (a middle initial between the words: "MR ADEWALE K OGUNDIPE")
    # (one blank between the words: two or more end a field, "DR. HOLLIS P. KINCAID  REFILLS: 2")
    rf"(?:[ ](?!REF\b)(?:{_CAPS_WORD}(?![\w-]|:)|\p{{Lu}}\.?(?=[ ]{_CAPS_WORD}))){{0,3}})(?![\w-])"  # "SO TO MRS K OSEI REF TUITION": a bank statement's payee
)
# A passenger list or boarding pass: "OYELARAN/ADEBOLA MS", "HASSAN/OMAR MR", "SMITH/JOHN PAUL MSTR"
_PASSENGER = regex.compile(
    r"(?<![\w/])(?P<surname>\p{Lu}[\p{Lu}'\-]+)/(?P<given>(?:(?!(?:MRS|MR|MS|MISS|MSTR|DR)\b)\p{Lu}[\p{Lu}'\-]+[ ]){1,3}?)"
    r"(?P<title>MRS|MR|MS|MISS|MSTR|DR)(?![\w/])"
)
# a police rank without a collar number, before a first name and a surname: "PC Ryan Doyle"
# a police rank before a surname alone: "Witnessed by: PC Haworth", "DS Okafor took the statement"
_BADGE_SURNAME = regex.compile(r"(?<![\w.])(?P<title>PC|PCSO|DC|DS|DI|DCI|Sgt)\.?[ \t]+(?P<name>\p{Lu}\p{Ll}+)(?![ \t]+\p{Lu}|[\w-])")
# a chief's title before a given name ("Chief Emeka Okafor"), never an office ("Chief Financial Officer")
_CHIEF = regex.compile(r"(?<![\w.])Chief[ \t]+(?=(\p{Lu}\p{Ll}+))")
_BADGE_HINT = re.compile(r"\b(?:PC|PCSO|DC|DS|DI|DCI|Sgt)\b")
_RANK = regex.compile(r"(?<![\w.])(?:PC|PCSO|DC|DS|DI|DCI|Cst|Tpr)\.?(?=[ \t]+(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\p{Ll})")
_ANY = r"\p{L}[\p{L}\p{M}'’\-]*"  # (a tone mark written apart is of the word: Yoruba "Bọ́lánlé")
# words of one name are one space apart: "Family: Ferreira    Worker: ..." is two fields
# a middle initial: "brandon t. okafor-reyes"; initials first: "Signed: A. Raghavan"
_WORDS = rf"(?P<name>(?:(?-i:\p{{Lu}})\.[ \t]?){{0,2}}{_ANY}(?:[ \t](?:\p{{L}}\.[ \t])?{_ANY}){{0,2}})"
# a relation between a label and the name: "Emergency contact: wife, Tran Thi Hoa"
_RELATIONS = (
    r"wife|husband|son|daughter|mother|father|mum|mom|dad|brother|sister|partner|spouse|roommate|flatmate|"
    r"friend|neighbou?r|uncle|aunt|cousin|niece|nephew|grandmother|grandfather|grandma|grandpa|guardian|carer"
)
_RELATION_PREFIX = rf"(?:(?:{_RELATIONS})\b[ \t]*[,:(\-–]?[ \t]*)?"

# A form label, then a name: "Name: Ana Ruiz", "account holder is alphonse mary".
_LABEL = regex.compile(
    r"(?im)(?:^|[;|·.]\s*|[ \t][—–][ \t]+|\b(?=account[ \t]+holder|name[ \t]+on|cardholder)"  # ("Fragebogen — Name:")
    r"|^[ \t]*\d{1,2}(?:\.[a-z\d]{1,2})?\.?[ \t]+)"  # a form's numbered field: "1.a Family Name: NWANKWO"
    r"(?:(?:father|mother|spouse|guardian|parent)['’]s[ \t]+)?(?:full[ \t]+)?(?:name(?:[ \t]+on[ \t]+(?:account|card|file))?|"
    r"cardholder|card[ \t]+holder|account[ \t]+name|customer[ \t]+name|patient[ \t]+name|patient|tenant|applicant|driver|sender|"
    r"recipient|account[ \t]+holder|holder|name[ \t]+of[ \t]+insured|insured|caller|customer|client|witness|guest|"
    r"employee|next[ \t]+of[ \t]+kin|signed|referee|candidate|contact|contact[ \t]+person|attn|attention|parent|"
    r"guardian|emergency[ \t]+contact|beneficiary|lessee|lessor|payee|owner|borrower|student|pupil|member|"
    r"surname|last[ \t]+name|family[ \t]+name|forenames?(?:\(s\))?|first[ \t]+names?(?:\(s\))?|given[ \t]+names?(?:\(s\))?|"
    r"middle[ \t]+names?|maiden[ \t]+name)(?:[ \t]+[1-9])?"  # "Tenant 2: Indigo Sato-Lennox"
    # (a surname, a comma and the given name, maybe an initial, to the field's end: "Patient: Kowalski, Agnieszka M.    Age: 64")
    rf"(?:\)?[ \t]*[:\-]|[ \t]+is)[ \t]*{_RELATION_PREFIX}{_WORDS}"
    r"(?P<given>(?-i:,[ \t]+\p{Lu}\p{L}+(?:[ \t]\p{Lu}\.)?)(?=[ \t]{2,}|\t|[ \t]*(?:[.;|\n]|$)))?"
)
# Labels that are names only before a colon, in forms and headers, also after a gap in a
# form row ("Family: Ferreira    Worker: Mark Odhiambo") and in other languages:
# "Known as: Long", "Pt: Le Thi Thu", "Hasta: Emine Yıldız", "氏名: 高橋 美咲", "Nombre: ...".
_LABEL_COLON = regex.compile(
    r"(?im)(?:^|[;|·]\s*|\.(?<=[\p{L}\d]{2}\.)[ \t]+|[ \t]{2,}|\t)(?:known[ \t]+as|preferred[ \t]+name|nick[ \t]?name|alias|a\.?k\.?a\.?|"
    r"pt|family|worker|social[ \t]+worker|case[ \t]+worker|key[ \t]+worker|reported[ \t]+by|prepared[ \t]+by|"
    # whoever guides the person: "Work coach: Imran", "Mentor: Dr Adaeze Obi", "Probation officer: ..."
    r"work[ \t]+coach|mentor|tutor|(?:case|care)[ \t]+manager|probation[ \t]+officer|support[ \t]+worker|advis[eo]r|"
    # meeting minutes: "Present: ...", "Apologies: Rose", "Minutes: K. Osei"
    r"present|attendees|apologies|absent|chair|chaired[ \t]+by|minutes(?:[ \t]+taken[ \t]+by)?|"
    r"completed[ \t]+by|requested[ \t]+by|approved[ \t]+by|reviewed[ \t]+by|authori[sz]ed[ \t]+by|seen[ \t]+by|"
    r"signed(?:[ \t]+for)?[ \t]+by|received[ \t]+by|collected[ \t]+by|delivered[ \t]+to|"
    r"attending|consultant|gp|physician|doctor|nurse|author|mother|father|"
    # a household roster, a task list: "Head: ...", "spouse: ...", "Action: Priya to update"
    r"head(?:[ \t]+of[ \t]+household)?|spouse|wife|husband|son|daughter|grandmother|grandfather|dependant|"
    r"action|actions|owner|assignee|assigned[ \t]+to|witnessed(?:[ \t]+by)?|"
    # where an order goes: "Ship to: Hope Nakashima, 2-14-7 ..."
    r"ship(?:ping)?[ \t]+to|deliver(?:y)?[ \t]+to|bill(?:ing)?[ \t]+to|sold[ \t]+to|shipping|recipient|addressee|"
    r"renter|hirer|lessee|borrower|co-?borrower|guarantor|cardholder|account[ \t]+holder|"
    # the parties of a lease, a sale or a delivery: "LANDLORD: Chase Whitaker", "receiver: Themba Nkosi"
    r"landlord|landlady|tenants?|occupants?|seller|buyer|vendor|purchaser|receiver|consignee|shipper|carer|"
    r"(?:likes|prefers)[ \t]+to[ \t]+be[ \t]+called|"
    r"hasta(?:[ \t]+ad[ıi])?|ad[ \t]+soyad[ıi]?|ad[ıi][ \t]+soyad[ıi]|nombre(?:[ \t]+completo)?|apellidos?|"
    r"paciente|nom|pr[ée]nom|nom[ \t]+de[ \t]+famille|nome|cognome|vorname|nachname|naam|imi[eę](?:[ \t]+i[ \t]+nazwisko)?|"
    r"nazwisko|họ[ \t]+tên|氏名|姓名|名前|이름|성명|"
    # a form's name field in Zulu, Swahili, Albanian, Somali, Hausa, Samoan, Māori, Yoruba; a form's forenames
    r"igama|jina|emri|magaca|suna|igoa|ingoa|or[úu]k[ọo]|forenames?|other[ \t]+names|given[ \t]+names|"
    # a parent's name on a Turkish form, a signature's field in Polish: "Baba adı: Mustafa", "Podpis Pracownika: K. ..."
    r"baba[ \t]+ad[ıi]|ana[ \t]+ad[ıi]|anne[ \t]+ad[ıi]|podpis(?:[ \t]+\p{L}+)?|"
    # a driving licence's fields (AAMVA): "LN: NAKAGAWA", "FN: TOMOKO ANN"; a form's "First: Rowan | Last: Ellery-Banks"
    r"ln|fn|first|last|"
    # whom to call in an emergency on a label or a wristband ("ICE: HUGH 07700 900 462"); a Turkish form's customer
    r"(?-i:ICE)|m[üu][şs]teri(?:[ \t]+bilgileri)?)"
    rf"[ \t]*[:：][ \t]*{_RELATION_PREFIX}[\"“]?{_WORDS}"  # (an alias in quotes: 'AKA: "T-Bone"')
)
# Cues that vouch for the next word(s) in any case: "my name is li na", "hi this is
# stefania pagnotto", "gianluigi here", "ask for chakradhar", "my neighbour reimund löchel".
_NAMED = regex.compile(
    r"(?i)\b(?:my[ \t]+name[ \t]+is|(?:my|his|her|their|your)[ \t]+name['’]s|i[ \t]+am[ \t]+called|call[ \t]+me|name[ \t]+is|name[ \t]+was|"
    r"(?:hi|hello|hey)[, \t]+(?:this[ \t]+is|it's|its|it[ \t]+is|i'm|im)|"
    r"(?:ask|asking|asked)[ \t]+for|next[ \t]+of[ \t]+kin|claiming[ \t]+to[ \t]+be|pretending[ \t]+to[ \t]+be|posing[ \t]+as|"
    r"introduced[ \t]+(?:himself|herself|themselves)[ \t]+as|(?:goes|went)[ \t]+by|spoke[ \t]+(?:to|with)|talked[ \t]+(?:to|with)|speak[ \t]+(?:to|with)|"
    r"my[ \t]+(?:neighbou?r|mum|mom|mother|dad|father|wife|husband|son|daughter|brother|sister|friend|colleague|"
    r"boss|partner|landlord|landlady|tenant|lawyer|uncle|aunt|cousin|nephew|niece|grandma|grandpa|fianc[ée]e?))"
    rf"[, \t]+['‘\"“]?{_WORDS}"
)
# ... and more such cues, looked for only when a cheap first look finds their words: whose name a thing is
# under ("the name on the order is Ploy Srisuk"), what people call someone, and naming in other languages
# (Spanish, French, Italian, German, Dutch, Portuguese, Indonesian, Tagalog, Turkish, Polish, Czech)
_NAMED_MORE = regex.compile(
    r"(?i)\b(?:name[ \t]+(?:on|for)[ \t]+(?:the|my|his|her|this|that|your)[ \t]+\w+[ \t]+(?:is|was)|"
    r"called[ \t]+(?:him|her|them)|(?:known|referred[ \t]+to)(?:[ \t]+to[ \t]+\w+)?(?:[ \t]+only)?[ \t]+as|"
    r"me[ \t]+llamo|se[ \t]+llama|mi[ \t]+nombre[ \t]+es|je[ \t]+m['’]appelle|(?:il|elle)[ \t]+s['’]appelle|"
    r"mi[ \t]+chiamo|si[ \t]+chiama|ich[ \t]+hei(?:ß|ss)e|(?:er|sie)[ \t]+hei(?:ß|ss)t|mein[ \t]+name[ \t]+ist|"
    r"ik[ \t]+heet|mijn[ \t]+naam[ \t]+is|meu[ \t]+nome[ \t]+[ée]|me[ \t]+chamo|chamo-me|nama[ \t]+saya|namanya|"
    r"ako[ \t]+si|benim[ \t]+ad[ıi]m|nazywam[ \t]+si[ęe]|jmenuji[ \t]+se|"
    r"or[úu]k[ọo][ \t]+mi[ \t]+ni|"  # Yoruba: "Orúkọ mi ni Bọ́lánlé Akínyẹmí"
    r"(?:меня|его|её|ее)[ \t]+зовут|(?:мене|його|її)[ \t]+зв(?:ати|уть))"
    rf"[, \t]+['‘\"“]?{_WORDS}"
)
_NAMED_MORE_HINT = (  # looked for in lower case
    "name on ", "name for ", "called him", "called her", "called them", "known ", "referred to", "llam", "appelle",
    "chiam", "heiß", "heiss", "name ist", "ik heet", "naam is", "nome", "nombre", "chamo", "nama", "ako si", "adım", "adim",
    "nazywam", "jmenuji", "зовут", "звати", "звуть", " mi ni ",
)
# ... and "gianluigi here" opening a line (apart: with the cues above in one pattern, both scan slower)
_NAMED_HERE = regex.compile(r"(?im)^[ \t]*(?P<name2>\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*)?)[ \t]+here\b")
# Cues that vouch only for a known first name: "it's priya", "hey dave", "and sarah".
# (three patterns, one per kind of cue: as alternatives of one they scan slower)
# "I am", "it is" in other languages: "c'est Margaux", "sono Marta", "ik ben Sanne"
_I_AM_WORDS = r"c['’]est|soy|sono|ich[ \t]+bin|ik[ \t]+ben|sou[ \t]+[ao]"
_CUED_NAME = r"(?P<name>(?-i:\p{Ll}[\p{Ll}'’\-]+(?:[ \t]+\p{Ll}[\p{Ll}'’\-]+)?))(?![\p{L}\p{M}_\d\-'’])"  # (never a key's "siv_applicants")
_CUED = (
    regex.compile(
        r"(?i)\b(?:this[ \t]+is|it's|its|it[ \t]+is|i'm|im|i[ \t]+am|hi|hey|hello|dear|yo|thanks|thank[ \t]+you|bye|"
        r"ciao|hola|salut|hallo|hoi|hej|coucou|"  # greetings of other languages
        rf"{_I_AM_WORDS}|aku|saya|"
        r"thx|ty|who[ \t]+is|who's|"
        r"love|cheers|regards|talk[ \t]+to|tell|told|with|and|from|for|u|sorry|congrats|birthday|remind|fetch|"
        r"pick[ \t]+up|grab|call|text|ping|cc|dm|msg|message|ask|remind|to|saw|met|seen|send|pay|paid|owe|owes|give|gave|"
        rf"invite|invited|miss|(?<=\w)@)[ \t,]+{_CUED_NAME}"
    ),
    regex.compile(rf"(?m)^[ \t]*{_CUED_NAME}"),
    regex.compile(rf"[\n.!?:;,\]\p{{So}}][ \t]*{_CUED_NAME}"),  # (an emoji ends a message's sentence too)
)
# A known first name, capitalised, where names go: after a relation or role ("Wife
# Akosua", "your patient Thandiwe Nkosi"), after a verb of contact ("Call Deepa"),
# opening a sentence before a verb ("Elif says hi", "Abena is 31"), or as a chat
# speaker ("Wei: ok"). A word that is also an English word ("Grace said") is not
# a known first name (see ENGLISH); places win over names in refine().
#: what people do in a report, after a name that opens a sentence ("Elif raised", "Park agreed")
_REPORTING_VERBS = r"raised|reported|agreed|noted|proposed|suggested|mentioned|explained|complained|requested|joined|starts"
#: a trade before the worker's name: "electrician Bonginkosi reset it", "security guard Vusi Dlamini found"
_TRADES = frozenset(
    """electrician plumber bartender barman barmaid waiter waitress cleaner guard engineer technician mechanic courier
    receptionist paramedic midwife caretaker foreman porter nanny babysitter locksmith handyman""".split()
)
# (three patterns, not one with three alternatives: each alone is scanned several times faster)
_KNOWN_CAPITALISED = (
    regex.compile(
        r"(?i:\b(?:wife|husband|son|daughter|mother|father|mum|mom|dad|brother|sister|partner|fianc[ée]e?|"
        r"neighbou?r|friend|colleague|patient|client|customer|tenant|landlord|nurse|doctor|teacher|student|boss|"
        r"manager|intern|driver|caller|guest|witness|uncle|aunt|cousin|grandson|granddaughter|nephew|niece|"
        rf"{'|'.join(_TRADES)}|"
        r"plaintiff|defendant|applicant|respondent|claimant|accused|deceased|victim|suspect|petitioner|insured|"
        r"holder|recipient|sender|carer|owner|candidate|employee|passenger|resident|pupil|trainee|visitor|beneficiary|"
        r"borrower|guarantor|executor|buyer|seller|purchaser|lessee|requester|traveller|traveler|subscriber|"
        r"policyholder|cardholder|recruit|prisoner|inmate|cadet|nok|next[ \t]+of[ \t]+kin|"  # a ward's "NOK Thembi"
        r"utente|paciente|cliente|"  # a patient or a customer in Portuguese, Spanish, Italian: "Utente Maria do Céu Antunes"
        r"bernama|"  # Malay and Indonesian "named": "pemandu Grab bernama Kumar" (a given name we know: "produk bernama Indomie")
        r"(?:known|knew(?:[ \t]+(?:him|her|them))?)[ \t]+(?:only[ \t]+)?as|"  # "a woman he knew only as Olena"
        r"call|ask|asked|tell|told|email|text|thank|ping|meet|met|contact|remind|fetch|visit|see|saw|with|ring|follow|"
        r"estate[ \t]+of|testament[ \t]+of|memory[ \t]+of|survived[ \t]+by|"
        r"delivery[ \t]+for|deliver[ \t]+to|ship[ \t]+to|parcel[ \t]+for|package[ \t]+for|care[ \t]+of|c/o|"
        r"contact[ \t]+for|addressed[ \t]+to|by|to|except|add|from|for|behalf[ \t]+of|over[ \t]+to|referred[ \t]+by|"
        r"spoke[ \t]+(?:with|to)|granted[ \t]+to|called|writing|signed[ \t]+by|chez|"
        rf"{_I_AM_WORDS})[ \t]*,?[ \t]+)"
        rf"(?P<name>(?-i:{_CAP_NAME}))"
    ),
    regex.compile(
        # (or after a dash between two clauses: "the vet called — Marguerite can collect Rufus")
        r"(?:^|(?<=[.!?;]\s)|(?<=\n)|(?<=\s[—–]\s))[ \t]*(?P<name>(?-i:\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?))(?=[ \t]+(?:says|said|is|was|"
        r"will|has|had|called|asked|told|wants|wanted|brings|brought|left|came|went|lives|works|moved|needs|thinks|"
        rf"can|could|would|should|{_REPORTING_VERBS}|started|from|"
        r"wrote|writes|sent|sends|paid|pays|emailed|texted|messaged|phoned|"
        r"confirmed|booked|ordered|signed|arrived|replied|shared|posted|submitted|applied|filed|bought|gave|took|"
        r"lost|found|visited|met|saw|missed|forgot|received|uploaded|updated|changed|cancelled|canceled|"
        r"scheduled|approved|registered|enrolled|completed|declined|accepted|attended|transferred|deposited|"
        r"withdrew|purchased|returned|requested|rescheduled|renewed|opened|"
        r"and[ \t]+\p{Lu})\b)",
        regex.MULTILINE,
    ),
    regex.compile(
        r"(?m:^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?P<name>\p{L}[\p{L}'’\-]*)[ \t]*:[ \t]+(?=\S))"),
)
#: cues of _KNOWN_CAPITALISED after which a word no language has is a name, alone (not the verbs of reaching a desk or a
#: service: "Contact Zendesk", "email Mailchimp")
_RARE_NAME_CUES = (PERSON_CUES - {"call", "email", "text", "ping", "contact", "follow", "ring", "recruit"}) | ROLE_NOUNS | _TRADES
# "Hi Priyanka,", "Hi Aditi & Rohan!", "Thanks,\nRahul", "- Takahashi Yumi" at the end: a
# capitalised name (or two) alone between a greeting or sign-off and the end of the line (or a quote's start:
# '"Dear Funmilayo, your refill ...' in an SMS log).
_GREETING = regex.compile(
    r"(?im)(?:^|(?<=[.!?:]\s)|(?<=:)|(?<=[\"“‘]))(?:hi|hello|hey|dear|good[ \t]+(?:morning|afternoon|evening)|thanks|thank[ \t]+you|"
    r"g['’]?day|"  # Australian
    # in other languages: Italian, Spanish, Portuguese, French, German, Dutch, Nordic, Indonesian, Turkish, Polish
    r"ciao|hola|buenas|buongiorno|buonasera|ol[áa]|oi|bom[ \t]+dia|boa[ \t]+tarde|salut|bonjour|bonsoir|coucou|hallo|"
    r"moin|servus|hoi|hej|hei|halo|hai|selamat[ \t]+(?:pagi|siang|sore|malam)|merhaba|cze[śs][ćc]|"
    r"dia[ \t]+dh(?:uit|aoibh)|sain[ \t]+bain(?:a[ \t]+)?uu|"  # Irish ("Dia dhuit Siobhán,"), Mongolian in Latin letters
    # "dear" in other languages: Hungarian, German, Spanish, French, Dutch, Polish, Romanian, Turkish, Nordic
    r"kedves|tisztelt|szia|liebe|lieber|querid[oa]|estimad[oa]|ch[èe]re|cher|beste|drog[ai]|drag[ăa]|say[ıi]n|k[æä]re|kj[æ]re|"
    r"welcome|(?:congratulations|congrats)(?:[ \t]+to)?)(?:[ \t]+(?:again|so[ \t]+much|a[ \t]+lot))?[ \t,]+"
    # (or a booking's name in capitals, two words or more, none short: "Hi DANIEL O'CONNOR-REYES,", never "WELCOME TO
    # NEW MEMBERS")
    rf"(?P<name>(?-i:{_CAP_NAME}|(?=\p{{Lu}}{{3}}){_CAPS_WORD}(?:[ \t]+(?=(?:\p{{Lu}}['’])?\p{{Lu}}{{3}}){_CAPS_WORD}){{1,3}}))(?:[ \t]*(?:&|and)[ \t]*(?P<second>(?-i:{_CAP_NAME})))?"
    r"[ \t]*(?=[,!:\n]|$)"
)
_SPEAKER_PREFIX = regex.compile(r"[^\n:]{1,25}:[ \t]*")
_SIGN_OFF = regex.compile(
    r"(?im)(?:^|[.!][ \t]*)(?:thanks|thank[ \t]+you|many[ \t]+thanks|best|best[ \t]+regards|kind[ \t]+regards|"
    r"warm[ \t]+regards|regards|cheers|love|sincerely|yours(?:[ \t]+(?:truly|sincerely|faithfully))?|br|talk[ \t]+soon|"
    r"with[ \t]+(?:gratitude|thanks|love|best[ \t]+wishes)|best[ \t]+wishes|warm[ \t]+wishes|warmly|all[ \t]+the[ \t]+best|"
    r"take[ \t]+care|respectfully|gratefully|cordialement|saludos|un[ \t]+saludo|atentamente|(?:liebe|viele|beste)[ \t]+grüße|"
    r"mit[ \t]+freundlichen[ \t]+grüßen|met[ \t]+vriendelijke[ \t]+groet(?:en)?|cordiali[ \t]+saluti|atenciosamente|abraços|"
    r"pozdrawiam|med[ \t]+vänlig[ \t]+hälsning)"
    rf"[ \t]*[,!.]?[ \t]*(?:\n[ \t]*|[ \t]+)(?P<name>(?-i:{_CAP_NAME}))"
    rf"(?:[ \t]*(?:&|and)[ \t]*(?P<second>(?-i:{_CAP_NAME})))?(?:[ \t]+x{{1,4}})?[ \t]*(?:\n|$|,(?=[ \t]*\d))"  # "Priya xx", "Nick & Sally"
    # (or the sender's address after a comma: "Kind regards, Precious Moyo, 14 Ladysmith Road")
    # "— A. Chowdhury" on its own line or after a sentence, never a heading's "Case note — Family Support"
    rf"|[-–—](?<=(?:^[ \t]*|[.!?)\]\"'”\p{{So}}][ \t]+)[-–—])[ \t]*(?P<name>(?-i:{_CAP_NAME}))[ \t]*$"
    # "... my number is 0612 345 678 - Julien": a dash and a name closing the whole message
    rf"|[-–—](?<=\S[ \t]+[-–—])[ \t]*(?P<name>(?-i:{_CAP_NAME}))[ \t]*[.!]?[ \t]*\Z"
    # "... got hacked. – wade" closing a chat message
    r"|[-–—](?<=(?:^[ \t]*|[.!?)\p{So}][ \t]+)[-–—])[ \t]*(?P<name>(?-i:\p{Ll}{3,}))[ \t]*\Z"
    r"|(?:^|[.!\n][ \t]*)(?:thanks|thx|cheers|regards|bye|love|ttyl)[, \t]+(?P<name>(?-i:\p{Ll}{3,}))[ \t]*[!.]?[ \t]*(?:\n|$)"
)
# A signature: the name on the line after "--", or a name before "| Role" ("Devendra Rao | Ops Lead").
_ROLES = (
    r"Lead|Manager|Director|Engineer|Officer|Head|Chief|Analyst|Consultant|Specialist|Coordinator|Administrator|"
    r"Assistant|Associate|Partner|Founder|CEO|CTO|CFO|COO|CIO|VP|President|Developer|Designer|Nurse|Doctor|"
    r"Physician|Attorney|Lawyer|Counsel|Solicitor|Agent|Representative|Advisor|Adviser|Supervisor|Executive|"
    r"Accountant|Clerk|Secretary|Teacher|Professor|Editor|Writer|Intern|Technician|Architect|Scientist|Researcher|"
    r"Owner|Recruiter|Paralegal|Pharmacist|Therapist|Receptionist"
)
#: the words of _ROLES: a capitalised one after a name is the person's job, not another name
ROLE_NAMES = frozenset(_ROLES.split("|")) | {"Leader", "Senior", "Junior", "Deputy", "Chair", "Esq"}
_SIGNATURE = regex.compile(
    rf"(?m)^[ \t]*(?:--|—|__)[ \t]*\n[ \t]*(?P<name>{_CAP_NAME})[ \t]*(?=[|,·•–—\n]|$)"
    rf"|(?m)^[ \t]*(?P<name>{_CAP_NAME})[ \t]*[|·•][ \t]*(?:[\p{{L}}&/\-]+[ \t]+){{0,3}}(?:{_ROLES})\b"
)
# Names in capitals, as CV headers and registers write them: "ANJALI SHARMA", "LIU, MIN"
_CAPS_NAME = regex.compile(  # (an Irish surname: "PATRICIA O'SULLIVAN-MAHER")
    r"(?<![\w-])(?P<name>\p{Lu}{2,}(?:,?[ \t]+(?:\p{Lu}['’])?\p{Lu}{2,}(?:-\p{Lu}{2,})?){1,3})(?![\w'’-])"
)
# a given name before the age it is ("Ages for the gala: Amara is 10, Jude is 12"); never a month's days ("June is 30 days")
_NAME_IS_AGE = regex.compile(
    r"(?<![\w'’\-])(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+(?:is|was|turns|turned|just[ \t]+turned)[ \t]+"
    r"(?:1[01]\d|[1-9]?\d)(?=[ \t]*(?:[,.;!]|and\b|$)|[ \t]+(?:years?|yrs?)[ \t]+old\b)"
)
# ... a sentence going on about the person after the age: "Astou is 41 and has six children" (not "Kubernetes is 10
# years old": a word no language has is a name by what follows)
_MORE_AFTER_AGE = regex.compile(r"[ \t]*(?:,|and\b)")
# ... with a middle initial, as captions and cards write a name: "v. DERRICK J. FAIRBANKS,", "BRIDGET A. O'SULLIVAN"
_CAPS_WITH_INITIAL = regex.compile(
    r"(?<![\w-])(?P<given>\p{Lu}{2,})[ ]\p{Lu}\.?[ ](?P<last>(?:\p{Lu}['’])?\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?![\w-])"
)  # (as a card prints it too, with no dot: "ELIZABETH A HARTLEY")
_CAPS_INITIAL_HINT = regex.compile(r"[A-Z]{2} [A-Z] [A-Z]{2}")
#: capitals before a given name in capitals that say a name follows ("STATEMENT OF ESTHER ADJEI")
_CAPS_CUES = frozenset("of to for from by attn re dear mr mrs ms miss dr".split())
_CAPS_BEFORE = regex.compile(r"\p{Lu}[ \t]+\Z")
_LOWER_AFTER = regex.compile(r"[ \t]+\p{Ll}")
_FOLLOWING = regex.compile(r"[ \t]+(\p{L}[\p{L}'’\-]+)\b")
_LOWER_WORD = regex.compile(r"(?<![\w@.])\p{Ll}{3,}(?![\w@])")
_WORD = regex.compile(r"\p{L}+")
# a currency's or a unit's word before its amount is no one alone after a role: "lent the Respondent Kshs. 180,000"
_AMOUNT_NEXT = regex.compile(r"\.?[ \t]*\d")
_NAME_END = regex.compile(r"[ \t]*(?:[,.!?;:)\n\p{So}]|$|[ \t]+(?:here|again|said|says|from|when|and|is|was|at|on)\b)")

_PERSON_VERB = regex.compile(
    r"[ \t]+(?:said|says|told|tells|asked|asks|phoned|emailed|texted|is[ \t]+allergic|was[ \t]+born|is[ \t]+pregnant|"
    rf"{_REPORTING_VERBS}|"
    r"passed[ \t]+away|died|lives|lived|works|worked|thinks|feels|wants|wanted|loves|hates|needs[ \t]+(?:a|an|her|his|to)|"
    r"scheduled|requested|booked|rescheduled|cancelled|canceled)\b"
)
#: words that make a titled name an institution's: "Sri Venkateswara Multispeciality Hospital", "St Mary's Church"
_INSTITUTION_WORDS = frozenset(
    "Hospital Hospitals Clinic University College School Academy Church Temple Mosque Cathedral Chapel Bank Ltd Inc "
    "LLC Group Hotel Foundation Trust Institute Museum Library Society Association".split()
)
# a title in brackets after the name, as a letter's sender writes it: "Marjorie Ellingham (Mrs)"
_TITLE_IN_BRACKETS = regex.compile(r"(?<=\p{L})[ \t]*\((?P<title>Mr|Mrs|Ms|Miss|Mx|Dr)\.?\)|(?<=\p{Ll}),?[ \t]+(?P<title>Esq\.?)(?!\w)")
# "ms rivera", "ask dr okafor": a title in lower case, then one word (checked against the name lists)
_LOWER_TITLE = regex.compile(
    r"(?<![\w.@'])(?P<title>mr|mrs|ms|miss|dr|dra|prof|dott|sig|sr|sra|srta|pani|paní|pan|herr|frau|mme|señor|señora|mister|"
    r"signor|signora|mevrouw|meneer|monsieur|madame|senhor|senhora|doña|pana|panią|panu|ông|bà|sig\.ra|sig\.na|dott\.ssa|"
    r"pane|pána|pánovi|don|dona|batoni|kalbatoni|paron|tikin|"
    r"mevr|dhr|heer|κυρία|κύριος|κα|κος|doctora|licenciada|licenciado|ingeniera|ingeniero|prof\.ssa)\.?"
    r"(?:[ \t]+(?:de|van|der|den|von|da|di|del|la|le)(?=[ \t]+\p{Lu}))*"  # ("mevr. de Bruin": the particle, then the name)
    # "dr okafor", "il numero del dott. Galli", "mevrouw J. Verhoeven-Bakker" (an initial, then a capitalised name)
    r"[ \t]+(?P<name>\p{L}[\p{Ll}']+(?:-\p{L}[\p{Ll}']+)*\b|\p{Lu}\.(?=[ \t]?\p{Lu}\p{Ll}))"  # ("Bakker-Oudshoorn")
)
#: verbs whose object is a person: a known first name after them needs no further evidence ("ping joy instead")
_PERSON_OBJECT_VERBS = frozenset("ping cc dm msg message tell told ask remind thank text".split())
# More evidence for a person, each a relation a name stands in (each with a cheap test first):
# a mail header's display name: "From: Yamamoto Daisuke <d.yamamoto@...>", 'From: "Halvorsen, Ingrid" <...>',
# "An: Bjørn Eriksen <b@...>", the last of a list of recipients (also read by recognizers/fields.py)
MAIL_HEADER = regex.compile(
    r"(?im)^(?:>[ \t]*)*(?:from|to|cc|bcc|reply-to|sender|de|von|an|para|à)[ \t]*:[ \t]*(?:.*,[ \t]*)?"  # "> From:" quoted
    r"(?:\"(?P<name>[^\"\n@]{2,60})\"|(?P<name>\p{L}[\p{L}'’.\-]*(?:[ \t]+\p{L}[\p{L}'’.\-]*){0,3}))[ \t]*<[^<>@\s]+@"
)
# More relations that make a name, each run only when its mark is in the text: "Sato-san",
# "Chukwuemeka 'Emeka' Okafor", "Congratulations to Moody Adeyemi, who", "Agent (Priyanka): Thanks"
_HONORIFIC_SUFFIX = regex.compile(r"(?P<name>\p{Lu}\p{Ll}+)-(?:san|sama|kun|chan|sensei|senpai)\b")
_NICKNAME_INSIDE = regex.compile(r"(?P<name>\p{Lu}\p{Ll}+[ \t]+['\"“‘]\p{Lu}\p{Ll}+['\"”’][ \t]+\p{Lu}[\p{Ll}\-']+)")
_WHO = regex.compile(
    r"(?i:\b(?:to|with|thanks|congratulations|congrats|welcome))[ \t]+(?P<name>(?-i:\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)),"
    r"[ \t]+who\b"
)
_SPEAKER_IN_BRACKETS = regex.compile(
    r"\b(?:Agent|Rep|Advisor|Adviser|Operator|Caller|Customer|Nurse|Officer|Interviewer|Host|Tech|Support|Driver|Rider|"
    r"Courier|Passenger|Guest|Seller|Buyer|Tenant|Landlord|Teacher|Parent|Coach|Doctor|Patient|Client|Dispatcher|Mod|"
    # in other languages: "Operatore (Valentina):", "Agente (Sergio):", "Atendente (Larissa):"
    r"Operatore|Operador|Operadora|Agente|Atendente|Asesor|Asesora|Conseiller|Conseillère|Berater|Beraterin|Medewerker|"
    r"Cliente|Utente|Kunde|Klant)[ \t]*"
    r"\((?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)\)[ \t]*:"
)
# A hyphenated given name and a surname, with no cue: "Jean-Baptiste Moreau", "Hyun-woo Baek" (a known
# first name before the hyphen; after it a capital, or a Korean given name's second syllable)
_KOREAN_SYLLABLES = (
    r"woo|jin|min|seo|yeon|hyun|joon|jun|ho|hee|young|yeong|soo|eun|won|bin|hoon|kyung|seok|sung|chul|hwa|rin|"
    r"yun|yoon|jae|dong|gyu|kyu|sik|tae|sun|sook|ah|ji|mi|na|ra|ha|in|hye|jung|sang|seung|chae|yeol|hwan|woong|da|so"
)
_HYPHENATED_GIVEN = regex.compile(
    rf"(?<![\w\-])(?P<name>(?P<first>\p{{Lu}}\p{{Ll}}+)-(?P<second>\p{{Lu}}\p{{Ll}}+|(?:{_KOREAN_SYLLABLES}))"
    r"[ \t]+\p{Lu}[\p{Ll}'’\-]+)"
)
# ... or a Korean given name alone, both syllables Korean: "I matched with Jae-won on Friday"
_KOREAN_GIVEN = regex.compile(rf"(?<![\w\-])(?P<name>(?i:(?:{_KOREAN_SYLLABLES})-(?:{_KOREAN_SYLLABLES})))(?![\w\-])")
# A relation, a comma, a name alone: "her husband, Rodel, a tricycle driver", "his grandmother, Salote, is"
_APPOSITIVE = regex.compile(
    r"(?i:\b(?:my|his|her|their|our|your)[ \t]+(?:wife|husband|son|daughter|mother|father|mum|mom|dad|brother|sister|"
    r"partner|spouse|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|uncle|aunt|cousin|niece|nephew|"
    r"stepson|stepdaughter|fianc[ée]e?|carer|guardian|friend|neighbou?r|flatmate|roommate))[ \t]*,[ \t]*"
    r"(?P<name>(?-i:\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?))(?=[ \t]*[,.;)]|[ \t]+(?:is|was|has|had|who|will)\b)"
)
# A chat opening on who writes and where from: "heyy its gabi from the gym", "Hi, it's Will from the claims team"
_FROM_WHERE = regex.compile(
    r"(?i:\b(?:it'?s|it[ \t]+is|this[ \t]+is|i'?m|i[ \t]+am))[ \t]+(?P<name>\p{L}[\p{L}'’\-]{1,20})"
    r"[ \t]+from[ \t]+(?i:the|your|ur|our|my|\p{Lu})"
)
# cheap first looks with the standard library's `re` (a hyphen and " from " are in most texts)
_NICKNAME_HINT = re.compile(r"['\"“‘][^\W\d_]+['\"”’][ \t]")
_WISHED_HINT = re.compile(r"(?im)happy|hbd|congrat|^\W*(?:yo|hey|hi|oi)\b")
_KOREAN_HINT = re.compile(r"\b[A-Za-z][a-z]{1,4}-[a-z]{2,5}\b")
_APPOSITIVE_HINT = re.compile(r"(?i)\b(?:my|his|her|their|our|your) [a-z]+ ?, ?[A-Z]")
# years after an age in other languages: "Maria do Céu Rebelo Antunes, 74 anos", "Guðrún Ósk Sigurðardóttir, 23 ára"
_AGE_YEARS = r"anos|años|ans|anni|Jahre|jaar|år|ára|lat|yaş|éves|vuotta|tuổi|oed|godina|ετών|χρονών|лет|года|років"
_YEARS_AFTER = regex.compile(rf"[ \t]*(?:{_AGE_YEARS})\b")
_NAME_AGE_HINT = re.compile(rf"[^\W\d_]\.?(?:,| [·•|]) ?\d{{1,3}}(?:[,;)]| ?[·•|]| ?(?:y|yo|yrs?|years?|[MF]|{_AGE_YEARS})\b)")  # "M.P., 58F"
_HYPHENATED_HINT = re.compile(r"[A-Z][a-z]+-[A-Za-z][a-z]+[ \t]+[A-Z]")
_FROM_WHERE_HINT = re.compile(r"(?i)\b(?:it'?s|it is|this is|i'?m|i am)[ \t]+\S+[ \t]+from[ \t]")
# A CV or letter opening on the writer's name in capitals: "KWAME MENSAH-BONSU\nChartered Accountant"
_CAPS_HEADER = regex.compile(
    r"(?:\A|(?i:curriculum[ \t]+vitae|r[ée]sum[ée]|cv)[ \t]*\n\s*)[ \t]*"
    r"(?P<name>(?!(?i:curriculum|r[ée]sum[ée]|cv)\b)\p{Lu}{2,}(?:[ \t]+(?:[\"“]\p{Lu}{2,}[\"”]|\p{Lu}[\p{Lu}'’\-]+)){1,3})[ \t]*\n"
)  # "CURRICULUM VITAE\n\nMARIA LOURDES "MALOU" BAUTISTA"
# a name, then its age in brackets, in a listing: "Daan de Vries (58), BSN 204817369"; a profile's
# "Sage (26, she/her) is new in Leeds"
_AGED = regex.compile(
    rf"(?P<name>{_CAP_NAME})[\"”]?[ \t]*\((?:aged?[ \t]*)?(?:1[01]\d|[1-9]?\d)(?:,[ \t]*(?:she|he|they)/\p{{Ll}}+)?\)"
    r"(?=[ \t]*[,;:.]|[ \t]+(?:and|withdrew|was|is|has|had|from|who|whose|will|of|in|at|"  # '"Ryan" (34) whose'"
    # ... or what the person did: "Destiny (14) moved from the foster home", "Kai (7) attends"
    r"moved|went|came|lives|lived|stays|stayed|attends|attended|arrived|left|said|says|told|reported|disclosed|"
    r"presented|remains|needs|joined|started|returned|visited|missed|asked|wants|turned)\b)"
)
# a name, then who the person is to the writer: "Babak (my co-author) can only join"
_BRACKETED = regex.compile(rf"(?P<name>{_CAP_NAME})[ \t]*\((?:my|our|his|her|their)[ \t]+[\p{{L}}\-]+\)")
# the writer's colleague or relation, then a capitalised name: "Our engineer Fujita will connect"
_COLLEAGUE = regex.compile(
    r"(?i:\b(?:my|our|your|his|her|their)[ \t]+(?:engineer|colleague|manager|boss|technician|lawyer|solicitor|"
    r"accountant|assistant|doctor|consultant|supervisor|director|teacher|tutor|co-author|coauthor|friend|"
    r"neighbou?r|landlord|landlady|agent|advisor|adviser|contact|representative|rep|partner|client|intern)[ \t]+)"
    rf"(?P<name>(?-i:{_CAP_NAME}))"
)
# a person from a team: "stone from accounts says"
_FROM_TEAM = regex.compile(
    r"(?im:(?:^|[.!?;]\s+)(?P<name>\p{L}[\p{L}'’\-]+)[ \t]+from[ \t]+(?:the[ \t]+)?(?:accounts|accounting|hr|it|"
    r"finance|payroll|sales|legal|marketing|support|ops|operations|procurement|facilities|reception|security|"
    r"compliance|engineering|billing|admin|customer[ \t]+service|[\p{L}]+[ \t]+team)\b)"
)
# a chat message opening with the person it speaks to: "joy can u send me", "oluwadamilare you're on"
_VOCATIVE = regex.compile(
    r"(?m:^[ \t]*(?P<name>\p{Ll}{3,})[, \t]+(?:(?:can|could|would|will|did|do)[ \t]+(?:u|you)|you're|youre|you[ \t]+are)\b)"
)
# who a relation is, in brackets after it: "Mum (Funmi) was informed", "next of kin: wife (Amara)"
_RELATION_BRACKETED = regex.compile(
    r"(?i:\b(?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|brother|sister|grandma|grandmother|"
    r"grandpa|grandfather|aunt|auntie|uncle|carer|guardian|parent|spouse|fianc[ée]e?))[ \t]*\("
    r"(?P<name>(?-i:\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?))\)"
)
# a relative in another language, then the name: "su hijo Iñaki", "sa fille Maëlle", "seine Frau Birgit", "zijn zoon Daan"
_RELATIVE_OTHER_LANGUAGE = (
    r"(?:su|sus|mi|tu|nuestr[oa]|son|sa|mon|ma|notre|leur|suo|sua|mio|mia|sein|seine|seinem|seiner|ihr|ihre|ihrem|ihrer|"
    r"mein|meine|zijn|haar|mijn|seu|meu|minha|jej|jego|m[óo]j|moja)[ \t]+(?:hij[oa]|espos[oa]|marido|madre|padre|herman[oa]|"
    r"niet[oa]|abuel[oa]|fils|fille|[ée]pouse|mari|femme|fr[èe]re|s[œo]eur|m[èe]re|p[èe]re|figli[oa]|moglie|marito|"
    r"fratello|sorella|sohn|tochter|frau|mann|bruder|schwester|mutter|vater|zoon|dochter|vrouw|man|broer|zus|moeder|"
    r"vader|filh[oa]|irm[ãa]o?|m[ãa]e|pai|syn|c[óo]rka|[żz]ona|m[ąa][żz]|"
    # uncles, aunts, cousins, nephews and in-laws: "tu tío Rafa", "ma tante Odile", "mein Onkel Jupp"
    r"t[íi][oa]|prim[oa]|sobrin[oa]|cu[ñn]ad[oa]|suegr[oa]|oncle|tante|cousine?|neveu|ni[èe]ce|onkel|neffe|nichte|"
    r"oom|neef|nicht)"
)
_RELATIVE_NAMED = regex.compile(
    rf"(?i:\b{_RELATIVE_OTHER_LANGUAGE})[ \t]+(?P<name>(?-i:\p{{Lu}}\p{{Ll}}+(?:[ \t]+\p{{Lu}}\p{{Ll}}+)?))"
)
#: (looked for in the lowercased text: a regex over the possessives and the relations costs every text 6x more)
_RELATIVE_NAMED_HINT = (
    "hijo", "hija", "espos", "marido", "fils", "fille", "épouse", "femme", "frère", "sœur", "figli", "moglie", "marito",
    "fratello", "sorella", "sohn", "tochter", "frau", "mann", "bruder", "schwester", "mutter", "vater", "zoon", "dochter",
    "vrouw", "broer", "moeder", "vader", "filho", "filha", "irmã", "irmão", "nieto", "nieta", "hermano", "hermana",
    "abuel", "madre", "padre", "mère", "père", "mãe", "córka", "żona", "mąż",
    "tío", "tía", "tio ", "tia ", "primo", "prima", "sobrin", "cuñad", "suegr", "oncle", "tante", "cousin", "neveu",
    "nièce", "onkel", "neffe", "nichte", "oom ", "neef", "nicht ",
)
# a given name opening a sentence before what only a person does: "Ivy turned seven on March 3rd", "Faith scored a 7"
# (a given name that is a word too, "Hope", "Faith", "Will", is rarely the word there)
_SUBJECT_NAME = regex.compile(
    r"(?:^|(?<=[.!?][ \t]{1,3}|\n[ \t]*))(?P<name>\p{Lu}\p{Ll}{2,})(?=[ \t]+(?:turned|turns|is[ \t]+turning|will[ \t]+turn|"
    r"scored|texted|emailed|phoned|rang|messaged|was[ \t]+born|got[ \t]+married|moved[ \t]+(?:to|in|out|house)|"
    r"signed[ \t]+(?:for|up|in)|booked|paid|rented|enrolled|graduated|resigned|retired|passed[ \t]+away|"
    r"still[ \t]+wants|wants[ \t]+to|said[ \t]+(?:she|he|they)|couldn'?t|can'?t[ \t]+make)\b)"
)
# a Vietnamese name after the kinship word one calls the person by: "cho anh Tuấn", "chị Hoa ơi", "bác Minh"
_VIETNAMESE_KIN = regex.compile(
    r"(?<!\p{L})(?:anh|chị|em|cô|chú|bác|ông|bà|cậu|dì)[ ](?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:[ ]\p{Lu}[\p{Ll}\p{M}]+){0,2})"
)
# a South Asian name before the kinship or respect word said after it: "Ankit bhai", "Sharma ji", "Priya didi"
_KIN_WORDS_AFTER = ("bhai", "bhaiya", "bhaiyya", "didi", "ji", "sahab", "saab", "sahib", "anna", "akka", "bhabhi", "chechi",
                    "chettan", "mausi", "chacha", "chachi",
                    "aka", "opa")  # Uzbek elder brother and sister after the name: "from Olim aka at the Chorsu bazaar"
_KIN_AFTER = regex.compile(
    rf"(?<![\p{{L}}'’])(?P<name>\p{{Lu}}\p{{Ll}}{{2,}})(?=[ \t]+(?:{'|'.join(_KIN_WORDS_AFTER)})\b)"
)
_KIN_AFTER_HINT = tuple(f" {word}" for word in _KIN_WORDS_AFTER)
_SUBJECT_NAME_HINT = regex.compile(r"\p{Lu}\p{Ll}+ (?:turn|is turning|will turn|scored|texted|emailed|phoned|rang|messaged|was born|got|"
                                    r"moved|signed|booked|paid|rented|enrolled|graduated|resigned|retired|passed|still|wants|said|"
                                    r"couldn|can)")
_VIETNAMESE_HINT = regex.compile(r"[ơưđĐạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")  # letters only Vietnamese has
# a household by its surname: "(fam. Kuipers)", "familie De Smet", "la famille Diallo"
_FAMILY_OF = regex.compile(r"(?<![\w.])(?:[Ff]am\.|[Ff]amilie|[Ff]amille|[Ff]amilia)[ \t]+(?P<name>(?:(?:de|van|van[ \t]der|De|Van)[ \t]+)?\p{Lu}\p{Ll}+)")
# a family by its surname in the plural: "hosted by the Muellers", "dinner at the Okonkwos'"
_FAMILY_PLURAL = regex.compile(r"(?<=\b[Tt]he[ \t]+)(?P<name>\p{Lu}\p{Ll}{2,}?)(?:es|s)(?=['’]|\b)(?![ \t]+\p{Lu})")
# ... or by its surname before "family": "on behalf of the Okonkwo family", "the Al-Sayed family's", "the Brennan-Kowalczyk household"
# Hungarian order, the family name first, then a given name with its accent: "Molnár Dániel", "Kiss Ágnes"
_FAMILY_FIRST = regex.compile(r"(?<![\w.])(?P<name>(?P<family>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)[ ]"
                              r"(?P<given>\p{Lu}\p{Ll}*[áéíóúöüőű]\p{Ll}*|[ÁÉÍÓÚÖÜŐŰ]\p{Ll}+))(?![\w])")
_HUNGARIAN_HINT = regex.compile(r"[őű]|\b(?:és|szám|utca|kerület|éves|számon|születési|anyja)\b")  # Hungarian text only
#: words before a name that are no family name: greetings and "dear" of Hungarian
_NOT_FAMILY_FIRST = frozenset({"kedves", "tisztelt", "szia", "üdv", "hello", "hi", "dear", "hey"})
_FAMILY_NAMED = regex.compile(  # ... or two: "between the Lindqvist and Achebe families"
    r"(?<=\b[Tt]he[ \t]+)(?P<name>\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?)"
    r"(?:[ \t]+(?:and|&)[ \t]+(?P<second>\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?))?(?=[ \t]+(?:famil(?:y|ies)|households?)\b)"
)
#: plurals of surnames that are more often people by their part: "the Tenants", "the Parents' Association"
_PLURAL_NOT_FAMILIES = frozenset("tenant parent guest member owner partner trustee director gang".split())
# whose name a booking is under: "The reservation is under Love, party of four"
_BOOKED_UNDER = regex.compile(
    r"(?i:\b(?:(?:reservation|booking|table|order|room|appointment)[ \t]+(?:is[ \t]+|was[ \t]+)?under[ \t]+"
    r"(?:the[ \t]+name[ \t]+(?:of[ \t]+)?)?|under[ \t]+the[ \t]+name[ \t]+(?:of[ \t]+)?))"  # ("for six under the name Watanabe")
    r"(?P<name>(?-i:\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?))"
)
# a maiden name: "Chioma Obi-Nwankwo (née Eze)", "Anna Schmidt geb. Weber", "Anna Nowak z domu Kowalska"
_MAIDEN = regex.compile(
    r"(?<![\w.])(?:n[ée]e|geb\.|geborene|z[ \t]+domu)\s+(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
)
# a nickname: "Kenji Morita (KJ to his friends)", "aka Smokey", "nicknamed 'Bubbles'"
_NICKNAMED = regex.compile(
    r"\((?P<name>\p{Lu}[\p{L}\-]{1,14})[ \t]+to[ \t]+(?:his|her|their)[ \t]+(?:friends|family|mates|colleagues)\)"
    r"|\b(?:aka|a\.k\.a\.?|nicknamed)[ \t]+(?:[\"'“‘](?P<name>\p{Lu}[\p{L}\-]{1,14}(?:[ \t]+\p{Lu}[\p{L}\-]{1,14})?)[\"'”’]"
    r"|(?P<name>\p{Lu}[\p{L}\-]{1,14}))"
    # a stage name: "Damion Reid (performing as Blaze Dami)", "goes by Tee"
    r"|\b(?:performing|performs|billed|appearing)[ \t]+as[ \t]+[\"'“‘]?(?P<name>\p{Lu}[\p{L}\-]{1,14}(?:[ \t]+\p{Lu}[\p{L}\-]{1,14})?)"
    r"|\b(?:goes|going)[ \t]+by[ \t]+[\"'“‘]?(?P<name>\p{Lu}[\p{L}\-]{1,14})"
)
# a couple by their given names, before what couples do: "Save the date! Ishaan & Meher are getting married"
_COUPLE = regex.compile(
    r"(?<![\w.])(?P<name>\p{Lu}\p{Ll}+)[ \t]+(?:&|and)[ \t]+(?P<second>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)"
    r"(?=[ \t]+(?:(?:are|were)[ \t]+(?:getting[ \t]+married|married|engaged|expecting|tying[ \t]+the[ \t]+knot|celebrating)"
    r"|(?:just[ \t]+)?got[ \t]+(?:married|engaged)))"  # ("Rizwangul and Memetjan Obulqasim got married in Osh")
)
# two people by their given names and "&" or "and", the second maybe with a surname: "RSVP from Luis & Carmen Ibarra"
# (not what someone is put down as: "has Yusuf down as Muslim and Rivka Stern as Jewish")
_TWO_GIVEN_NAMES = regex.compile(
    r"(?<![\w.&'’])(?<!\bas[ \t]+)(?P<name>\p{Lu}\p{Ll}+)[ \t]+(?:&|and)[ \t]+(?P<second>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?)(?![\w&'’])"
)
# whose an account, a card or a parcel is, by a full name: "registered to Chanda Mulenga", "in the name of Anaru Walker"
# (a place's name beside a preposition loses to a name here: "Chanda" is a town too)
_OWNER_CUE = regex.compile(
    r"(?i:\b(?:registered|issued|belongs|belonging|assigned|made[ \t]+out|transferred)[ \t]+to|\bin[ \t]+the[ \t]+name[ \t]+of|"
    r"\b(?:signed[ \t]+for|collected|received|owned|held|opened)[ \t]+by)[ \t]+"
    rf"(?P<name>\p{{Lu}}\p{{Ll}}+(?:[ \t]+(?:(?:{_PARTICLES}|binti)[ \t]+)?\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?){{1,2}})(?![\p{{L}}&])"
)
_FIRM_WORD = regex.compile(rf"(?i:{FIRM_ENDS}|co|church|ministry)")
# a courtesy title written small before a surname written small, in chat: "hi mr o'connor", "ready for mrs d. o'sullivan"
_SMALL_TITLE = regex.compile(
    r"(?<![\w.@])(?P<title>mrs|mr|miss)\.?[ \t]+(?P<name>(?:[a-z]\.[ \t]*)?(?:[a-z]['’])?[a-z]{2,}(?:-[a-z]{2,})?)(?![\w@.]\w)"
)
# two people in capitals, each given name and surname: "NOTICE TO TYRONE BANKS AND KEISHA BANKS"
_TWO_NAMES_IN_CAPITALS = regex.compile(
    r"(?<![\p{L}.&'’])(?P<name>\p{Lu}{2,}[ \t]+\p{Lu}{2,}(?:-\p{Lu}{2,})?)[ \t]+(?:AND|&)[ \t]+"
    r"(?P<second>\p{Lu}{2,}[ \t]+\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?![\p{L}])"
)
# a recipient's name right before the street address: "Die Sendung an Valentina Gruber, Hauptplatz 3, 4020 Linz"
# (never a street after its number: "112 Nguyen Trai, District 1")
_NAME_BEFORE_STREET = regex.compile(
    r"(?<![\w.'’\-])(?<!\d[ \t]+)(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}),[ \t]+"
    r"(?=\d{1,5}[A-Za-z]?[ \t]+\p{Lu}\p{Ll}|\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?[ \t]+\d{1,4}[a-z]?(?:,|[ \t]+\d{4,5}\b))"
)
# a mother's maiden name as a security answer: "Security answer (mother's maiden name): Kearney"
_MAIDEN_ANSWER = regex.compile(r"(?i:maiden[ \t]+name)\)?[ \t]*[:：=][ \t]*(?P<name>\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+)?)")
# a call name in brackets between the given name and the surname: "Bridget (Bridie) Fitzgerald", "ADEBOLA (BOLA) ONIPEDE"
_NICK_BETWEEN = regex.compile(
    r"(?<![\w.])(?P<first>\p{Lu}\p{Ll}+|\p{Lu}{3,})[ ]\((?P<nick>\p{Lu}\p{Ll}+|\p{Lu}{3,})\)[ ](?P<last>\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?|\p{Lu}{3,})(?![\w]|[ \t]*:)"
)
# a quoted nickname in brackets after the name: 'AKINYI, Rosemary Atieno ("Mama Rose")' (a known given name in
# it: a contract's defined term is written so too, 'Chase Whitaker ("Landlord")')
_QUOTED_NICKNAME = regex.compile(r"(?<=\p{Lu}\p{Ll}+[ \t]+)\([\"“](?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[\"”]\)")
_NICKNAMED_HINT = (" to his ", " to her ", " to their ", "aka ", "a.k.a", "nicknamed ", " as ", " by ")
# a name a report knows someone by: "known on the street as 'Skhumba'", "identified in the record only as R.M."
_KNOWN_AS = (  # (in Spanish and Portuguese: 'un varón que se hacía llamar "Rulo"', 'conocido como "Chino"', 'apodado "Gordo"')
    r"\b(?:(?:known|referred[ \t]+to|identified)(?:[ \t]+[\p{Ll}]+){0,4}[ \t]+as|called|llamar|conocid[oa][ \t]+como"
    r"|conhecid[oa][ \t]+como|apodad[oa]|apelidad[oa])[ \t]+"
)
_KNOWN_AS_QUOTED = regex.compile(rf"{_KNOWN_AS}['\"“‘](?P<name>\p{{Lu}}\p{{Ll}}+(?:[ \t]+\p{{Lu}}\p{{Ll}}+)?)['\"”’]")
_KNOWN_AS_INITIALS = regex.compile(rf"{_KNOWN_AS}(?P<name>(?:\p{{Lu}}\.){{2,3}})(?![\w.])")
# a message signed after a dash at its very end: "... my cell is 072 338 4419 xx -- Lerato"
_DASH_SIGNED = regex.compile(r"(?:--|—|–)[ \t]*(?P<name>\p{Lu}\p{Ll}{2,})[ \t]*[.!]?[ \t]*\Z")
# ... by two, maybe written small: "left the place spotless. — kiri & sam"
_DASH_SIGNED_PAIR = regex.compile(
    r"(?:--|—|–)[ \t]*(?P<name>\p{L}\p{Ll}+)[ \t]*(?:&|and|\+)[ \t]*(?P<name2>\p{L}\p{Ll}+)[ \t]*[.!]?[ \t]*(?:x+[ \t]*)?\Z"
)
# ... or by one name alone closing it: after its last sentence ("Text only after 8 pm. Dre"), after a kiss ("in
# Peckham and Lewisham x Bisi"), or after a phone number ("whatsapp 06 1234 5678 - sanne", "070 318 442, Горан.")
_CLOSING_NAME = regex.compile(
    r"(?:(?P<sentence>[.!?][ \t]+)|(?P<kiss>(?<![\w])(?<!\d[ \t])x{1,3}[ \t]+)|(?P<phone>(?<![\p{L}\d])\d[\d \t\-.]{5,}\d[ \t]*[,\-–—][ \t]*))"
    r"(?P<name>\p{L}\p{Ll}{2,})[ \t]*(?:x{1,3}[ \t]*)?[.!]?[ \t]*\Z"
)
# a Dutch call name in brackets between the initials and the surname: "Dhr. J.W. (Joost) de Haan", "J.W. (Jan-Willem) Smits"
_CALL_NAME_AFTER_INITIALS = regex.compile(
    r"(?<![\w.])(?:\p{Lu}\.){1,4}[ ]?\((?P<call>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\)[ ]"
    r"(?P<last>(?:(?:van[ ]de[nr]?|van|de|der|den|ter|ten|te)[ ])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\w\-])"
)
# a work cited by its author and its year: "'Things Fall Apart' (Achebe, 1958)", "(Okafor & Lindqvist, 2019)"
_CITATION = regex.compile(
    r"\((?P<name>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)(?:[ ](?:and|&)[ ](?P<second>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)"
    r"|[ ]et[ ]al\.?)?,[ ](?:1[6-9]|20)\d\d[a-z]?(?=[),;:])"
)
#: what stands before a year in brackets and is no author: a season, a month cut short ("(Fall, 2019)", "(Jan, 2020)")
_NOT_AUTHORS = frozenset("fall autumn spring summer winter jan feb mar apr jun jul aug sep sept oct nov dec".split())
# a Korean name in Latin letters, then the honorific said after it: "Kim Seo-hyun nim, 34-se", "Bae Su-ji nim-ui kadeu"
_KOREAN_TITLE_AFTER = regex.compile(r"(?P<name>\p{Lu}\p{Ll}{1,4}[ ]\p{Lu}\p{Ll}+-\p{Ll}+)[ ](?P<title>nim|ssi)(?!\p{L})")
# who owns a to-do in code: "# TODO(ajit): remove hardcoded test user", "// FIXME(yael)"
_TODO_OWNER = regex.compile(r"\b(?:TODO|FIXME|XXX|HACK)\((?P<name>\p{L}[\p{L}\d._\-]{1,30})\)")
# a message opening on whom it is for, before what is theirs: '"JAMAL, your refill is ready"', "Shoira, your bus ticket"
_ADDRESSED_YOUR = regex.compile(r"(?m)(?:^|(?<=[\"“]))[ \t]*(?P<name>\p{Lu}\p{Ll}+|\p{Lu}{3,})(?=,[ \t]+your\b)")
# whose name it is, in Hindi and Urdu written in Latin letters: "Agent ka naam Chaudhry Nadeem hai", "mera naam Rahul hai"
_NAAM_HAI = regex.compile(
    r"(?i:\b(?:mera|mere|meri|uska|uski|unka|unki|iska|inka|ka|ki|ke)[ \t]+naam[ \t]+)"
    r"(?P<name>\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,2}?)(?=[ \t]+(?i:hai|hain|tha|thi)\b)"
)
# a name's field inside a one-line form, up to the next label: "Surname: Oyelaran Forenames: Temitope Grace Previous
# surname: Bello Sex: F"
_INLINE_NAME_FIELD = regex.compile(
    r"(?<![\p{L}])(?i:forenames?|first[ \t]+names?|given[ \t]+names?|middle[ \t]+names?|surname|last[ \t]+name|"
    r"family[ \t]+name|full[ \t]+name)[ \t]*:[ \t]*(?P<name>\p{Lu}[\p{Ll}'’\-]+(?:[ ]\p{Lu}[\p{Ll}'’\-]+){0,3}?)"
    r"(?=[ ]\p{Lu}\p{L}*(?:[ ]\p{Ll}+)?[ \t]*:|[ \t]*(?:[,;|\n]|$))"
)
#: small words of Hindi and Urdu written in Latin letters that the name lists hold as names too
_HINDUSTANI_WORDS = frozenset("kya kaun kuch bhi nahi nahin toh yeh woh ye wo hi sab koi".split())
# a party in a court's caption, its role after a leader of dots: "SAMSON KIPROTICH KORIR ........ RESPONDENT"
_CAPTION_PARTY = regex.compile(
    rf"(?m)^[ \t]*(?P<name>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{1,4}})[ \t]*\.{{4,}}[ \t]*(?:\d(?:ST|ND|RD|TH)[ \t]+)?"
    r"(?:CLAIMANT|RESPONDENT|PLAINTIFF|DEFENDANT|APPELLANT|APPLICANT|PETITIONER|ACCUSED)S?\b"
)
# a phone, a tablet or a Mac named for its owner, in a network's log: "DHCPACK ... (Eleni-iPhone)", "Johns-MacBook-Pro"
_DEVICE_OWNER = regex.compile(
    r"(?<![\w\-])(?P<name>\p{Lu}\p{Ll}{2,}?)(?:s?-|['’]s[ ])(?:iPhone|iPad|MacBook|iMac|Galaxy|Pixel)(?![\p{Ll}])"
)
_DEVICE_HINT = ("iPhone", "iPad", "MacBook", "iMac", "Galaxy", "Pixel")
# whose child or spouse someone is, as deeds and affidavits say it: "I, Gordhan Das, son of Tikam Das, of Mirpurkhas"
_KIN_OF = regex.compile(
    r"(?i:\b(?:son|daughter|wife|widow|husband|child|grandson|granddaughter)[ \t]+of[ \t]+(?:the[ \t]+late[ \t]+)?)"
    rf"(?P<name>(?-i:{_CAP_NAME}))"
)
_KIN_BEFORE_OF = regex.compile(r"(?i:granddaughter|grandson|daughter|son|wife|widow|husband|child)\Z")  # read back from " of "
# a name, then its owner's login in brackets, an address's or a handle's, that holds a word of the name: "User Grace
# Mutua (gmutua@kilifitech.co.ke)", "From: Jovelyn Amper (jove.amper)" (the words before it are read apart, backwards)
_LOGIN_IN_BRACKETS = regex.compile(r"\([ \t]*@?(?P<login>[\w.+\-]{3,40})(?:@[\w\-]+(?:\.[\w\-]+)+)?[ \t]*\)")
_WORDS_BEFORE_LOGIN = regex.compile(r"(?:\p{Lu}[\p{L}'’\-]+[ ]){0,3}\p{Lu}[\p{L}'’\-]+[ \t]*\Z")
_LOGIN_PARTS = regex.compile(r"[^\W\d_]{3,}")
# a log's key naming a person's part, then the name quoted: 'skipper="Yar Jan"', "driver_name='Amina Bello'" (read from
# each '="', the key before it looked up)
_QUOTED_VALUE = regex.compile(r"=[ \t]*(?P<q>[\"'])(?P<name>\p{Lu}[\p{L}'’\-]+(?:[ ]\p{Lu}[\p{L}'’\-]+){0,3})(?P=q)")
_KEY_BEFORE = regex.compile(r"(?<![\w.\-])(?:[A-Za-z]+_)??(?P<role>[A-Za-z]+?)(?:_?[Nn]ame)?[ \t]*\Z")
_ROLE_KEYS = frozenset(
    """skipper captain master nakhoda driver pilot rider courier owner holder operator officer agent inspector buyer
    seller vendor sender recipient receiver consignee payee payer beneficiary guest passenger patient client customer
    tenant employee member applicant witness contact fisher fisherman farmer worker teacher student doctor nurse
    signatory approver requester assignee reporter lead""".split()
)
# a name opening a sentence, then what a person does with their own: "Anta Gaye came in for her cataract check",
# "Jean-François Ouellet gave his SIN as ...", "nilufar and her mother sell", "so tolani just posted her new address"
# (never "her" as the object: "Zalando sent her a refund")
_NAME_WORD = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
# (matched from the sentence's start before each "his" and "her")
_SUBJECT_OWN = regex.compile(
    r"[ \t]*(?:(?:so|and|then|but|also|lol|omg|btw|ok|wait)[ \t,]+){0,2}"
    rf"(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}|\p{{Ll}}{{3,}})"
    r"(?:[ \t]+(?:and|&|with)[ \t]+(?:his|her)[ \t]+(?:mother|father|mum|mom|dad|wife|husband|son|daughter|sister|"
    r"brother|children|kids|family|grandmother|grandfather|aunt|uncle|cousin|partner|baby)\b"
    r"|(?:[ \t]+(?:just|also|finally|then))?[ \t]+(?:came|went|gave|posted|sent|changed|updated|moved|brought|took|"
    r"lost|left|paid|showed|forgot|broke|hurt|injured|sold|booked|cancelled|canceled|renewed|dropped|picked|handed|"
    r"shared|texted|filed|submitted|uploaded|emailed|gives|brings|sends|posts)"
    r"(?:[ \t]+(?:in|up|back|over|out|off|for|to|on|by|at|with)){0,2}[ \t]+(?:his|her)"
    r"[ \t]+(?!(?:a|an|the|some|this|that|to|up|back|home|out|off|in|on|and|for|it|them|money|away)\b)\p{L})"
)
_HIS_HER = re.compile(r" (?:his|her) ")
_SENTENCE_END = re.compile(r"[.!?\n][^.!?\n]*\Z")
# ... or then where the person is from and what they said: "Gulbahor from the Osh bazaar texted from +996 ..."
_SUBJECT_FROM = regex.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})[ \t]+from[ \t]+"
    r"(?:[\p{L}\-]+[ \t]+){1,4}?(?:texted|phoned|rang|messaged|emailed|called|wrote|said|says|told|asked)\b"
)
# a full name, then the town the person is of, opening a clause: "Rizalina Obenza of Guiuan, Eastern Samar, received"
# (read back from each " of " before a capital)
_NAME_BEFORE_OF = regex.compile(rf"(?:^|(?<=[.!?:;,][ \t])|(?<=\n))[ \t]*(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,2}}),?\Z")
_PLACE_AFTER_OF = regex.compile(r"(?P<place>\p{Lu}\p{Ll}+)(?=[ \t]*[,;(]|[ \t]+\p{Ll})")
_NAME_SUFFIX = regex.compile(r"[ ](?:Jr|Sr|Snr|Jnr)\.?(?![\w])|[ ](?:II|III|IV)(?![\w])")
# who is on duty, between commas: "Mandatory Controls Developer on shift, Assel, flagged the login"
_ON_DUTY = regex.compile(
    r"(?i:\bon[ \t]+(?:shift|duty|call|watch))[ \t]*,[ \t]*(?P<name>(?-i:\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?))"
    r"(?=[ \t]*[,;(]|[ \t]+(?:said|says|was|is|has|had|\p{Ll}+ed)\b)"
)
_ON_DUTY_HINT = re.compile(r"on (?:shift|duty|call|watch),")
# a name's Arabic compound as Pakistan and India write it, the article apart: "Noor ul Ain", "Zia-ud-Din", "Ehsan ul Haq"
_ARTICLE_COMPOUND = regex.compile(
    r"(?<![\p{L}'’\-])(?P<name>(?P<first>\p{Lu}\p{Ll}+)[ \-](?:ul|ud|un|ur|us|uz)[ \-]\p{Lu}\p{Ll}+"
    r"(?:[ ]\p{Lu}\p{Ll}+)?)(?![\p{L}\-])"
)
_ARTICLE_COMPOUND_HINT = (" ul ", " ud ", " un ", " ur ", " us ", " uz ", "-ul-", "-ud-", "-un-", "-ur-")
# Tagalog, Cebuano and Ilocano name a person after an article of their own: "ang akong inahan nga si Cresencia",
# "kay Lito", "Sina Ana at Ben" (a place after one is no person, nor Spanish "si Dios quiere")
_PERSONAL_ARTICLE = regex.compile(
    r"(?<![\p{L}'’])(?:[Ss]i|ni|[Kk]ay|[Ss]ina|nina|kina)[ \t]+(?P<name>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2})(?![\p{L}\-])"
)
#: God's names after a personal article, no one's: "Iglesia ni Cristo", "ni Hesus"
_HOLY_NAMES = frozenset("Cristo Kristo Dios Diyos Jesus Hesus Hesukristo Jesucristo Allah Bathala".split())
_PERSONAL_ARTICLE_HINT = (" si ", " ni ", " kay ", " sina ", " nina ", " kina ", "Si ", "Kay ")
_FILIPINO_WORDS = (" ang ", "Ang ", " ng ", " mga ", " nga ", " ako ", "Ako ", " po ")  # Tagalog and Cebuano small words
# Filipino words of respect for an elder before the given name: Ilocano "Lakay Andres", Tagalog "Mang Ben", "Aling Nena"
# (a word of kin, like "Kuya" and "Ate": the name after it is the person's, the word no title of a form)
_ELDER_BEFORE = regex.compile(
    r"(?<![\w.])(?:Lakay|Baket|Manong|Manang|Mang|Aling|Tatang|Nanang)[ \t]+(?P<name>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?)"
)  # (a given name we know after it: "Mang Inasal" is a chain of grills)
_ELDER_HINT = re.compile(r"(?:Lakay|Baket|Manong|Manang|Mang|Aling|Tatang|Nanang) ")
# a party's label with a word before it, opening its line: "Relief beneficiary: Crisostomo Palad Jr., 69",
# "Second applicant: Wanjiru Kamau" (the label alone, "Beneficiary:", is _LABEL's)
_QUALIFIED_LABEL = regex.compile(
    r"(?m)^[ \t]*\p{Lu}\p{Ll}+[ \t]+(?i:beneficiary|applicant|tenant|borrower|guarantor|witness|recipient|patient|"
    r"claimant|payee|lessee|householder|head[ \t]+of[ \t]+household)[ \t]*:[ \t]*"
    rf"(?P<name>{_CAP_NAME})"
)
# a list's line opening on a name and the age in brackets, then a dash and what happened: "Sanjarbek (17) - sent home"
_AGED_LIST_ITEM = regex.compile(
    rf"(?m)^[ \t]*(?:[-*•][ \t]+)?(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})[ \t]*\((?:aged?[ \t]*)?(?:1[01]\d|[1-9]?\d)\)"
    r"[ \t]*[-–—][ \t]+\p{Ll}"
)
# a name with its father's name: "Nur Aisyah binti Kamarudin", "Ravi a/l Subramaniam" (the word between says it)
_PATRONYMIC_NAME = regex.compile(
    r"(?<![\w.])(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}[ \t]+"
    rf"(?:{PATRONYMIC_WORDS})"
    r"[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)"
)
_PATRONYMIC_HINT = re.compile(r" (?:binti?|binte|bte|bint|ibn|[as]/[lpo]|d/o) [A-Z]")
# whose son, daughter or wife, an Indian form's "S/o", "D/o", "W/o" after a comma too: "Ankit Bora, S/o Late Hemen Bora"
_CHILD_OF_MARK = regex.compile(
    r"(?<![\w/])(?:[SDW]/[Oo]|[sdw]/o)\.?[ \t]+(?:(?:Late|Lt\.|Shri|Sri|Smt\.?)[ \t]+)?"
    r"(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,3})"
)
_CHILD_OF_HINT = re.compile(r"\b[SDWsdw]/[Oo]\b")
# a name in brackets with the age after a comma: "member KTP-0412 (Sutinah, 64)", "(Kwame Asante, 37 yrs)"
_NAME_AGE_BRACKETED = regex.compile(
    rf"\((?P<name>{_CAP_NAME}),[ \t]*(?:aged?[ \t]*)?(?:1[01]\d|[1-9]?\d)"
    r"(?:[ \t]*(?:[MFmf]|y/?o|yrs?|years?(?:[ \t]+old)?|tahun|thn))?\)"
)
# a pet's word just before the brackets: "one cat (Miso, age 3)" names an animal
_PET_BEFORE = regex.compile(r"(?i)\b(?:cats?|dogs?|kittens?|pupp(?:y|ies)|pets?|horses?|pony|parrots?|rabbits?)\b[^()\n]{0,12}$")
# a person by a name form's label in Malay and Indonesian, Javanese and Sundanese: "Nama: ...", "Jeneng: ...", "Ngaran: ..."
_LABEL_NUSANTARA = regex.compile(
    rf"(?im)(?:^|[;|·]\s*|[ \t]{{2,}}|\t)(?:nama(?:[ \t]+(?:lengkap|pelanggan|pasien|penerima|pemohon))?|jeneng|ngaran)"
    rf"[ \t]*[:：][ \t]*(?P<name>{_CAP_NAME})"
)
# "I am", "my name is" in Kabyle: "Nekk d Mohand Ait Ali", "Isem-iw d Tiziri"
_KABYLE_I_AM = regex.compile(rf"(?<![\w\-])(?:[Nn]ekk|[Ii]sem-?iw)[ \t]+d[ \t]+(?P<name>{_CAP_NAME})")
# a given name and a surname in fields side by side, quoted in code or between a table's bars:
# '("24017789", "Ngozi", "Eze-Lind", ...)', "| 10233 | Rosalind | Okafor | 457-..."
_GIVEN_THEN_SURNAME_FIELD = regex.compile(
    r"(?P<q>[\"'])(?P<first>\p{Lu}\p{Ll}+)(?P=q)[ \t]*,[ \t]*(?P=q)(?P<last>(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?P=q)"
    r"|(?P<bar>[|;\t])[ \t]*(?P<first>\p{Lu}\p{Ll}+)[ \t]*(?P=bar)[ \t]*"
    r"(?P<last>(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*(?=(?P=bar)|[ \t]*$)"
)
# whoever signs a hospital note, the grade after: "kc (FY1)", "Hamid Rasuli (SHO)"
_NOTE_SIGNER = regex.compile(
    r"(?m)(?:^|(?<=\b(?:by|from)[ \t]))[ \t]*(?P<name>\p{L}{2,3}|\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]*"
    r"\((?:FY[12]|SHO|ST[1-8]|StR|SpR|CT[1-3]|GPST[1-4]|(?i:registrar|reg|cons|consultant|staff[ \t]+nurse|HCA|ANP|CNS))\)"
)
#: words after a Malay or Javanese name label that say a shop, an office or a place ("Nama: Toko Sinar Jaya")
_NUSANTARA_PLACES_AND_FIRMS = frozenset(
    "toko warung koperasi bank rumah klinik apotek sekolah masjid kantor desa kampung jalan jl kelurahan kecamatan "
    "kabupaten kota pt cv ud yayasan".split()
)
#: a town's score in the gazetteer (15,000 to 100,000 people): such a name may be a surname too
_TOWN_SCORE = 0.5
_MAIDEN_HINT = ("née", "nee ", "nee\n", "geb. ", "geb ", "geborene ", "z domu ")  # looked for in lower case
# whom thanks or wishes are for, closing the sentence: "thanks again for the recommendation letter, Hope."
_THANKED = regex.compile(
    r"(?i:\b(?:thanks|thank[ \t]+you|cheers|congrats|congratulations|sorry|good[ \t]+luck|miss[ \t]+you|love[ \t]+you)"
    r"\b[^.!?\n]{0,80}),[ \t]*(?P<name>(?-i:\p{Lu}\p{Ll}+))[ \t]*(?=[.!]|\Z)"
)
# whom thanks go to: "Thanks to Zhaksylyk for the help!", "shout-out to Mele for the cake"
_THANKS_TO = regex.compile(
    r"(?i:\b(?:thanks|thank[ \t]+you|many[ \t]+thanks|big[ \t]+thanks|shout[ \t\-]?out|kudos)[ \t]+to[ \t]+)"
    r"(?P<name>(?-i:\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?))(?=[ \t]+for\b|[ \t]*[!.,]|[ \t]+and\b)"
)
_RELATION_BRACKETED_HINT = re.compile(r"[a-z][ \t]*\([A-Z]")
_THANKED_HINT = re.compile(r"(?i)thank|cheers|congrat|sorry|luck|miss you|love you")
# who is to be called back: "Can someone call Oluwadamilare back on 0803 ..."
_CALL_BACK = regex.compile(
    # (or done, to a given name written small: "Nurse Ndey Jobe called haddy at 3614022")
    r"(?i:\b(?:call(?:ed)?|ring|rang|phoned?|texted|text|email(?:ed)?)[ \t]+)(?P<name>(?-i:\p{Lu}\p{Ll}+|\p{Ll}{3,}))(?:[ \t]+back\b"
    # ... or on a number or an address given right after: "Call Priyamvada at 080-2345-6789"
    r"|(?=[ \t]+(?:at|on)[ \t]+(?:\+|\(|\d|[\w.\-]+@)))"
)
# the parties of a case: "(Ahmed v. Northwind Ltd)", "Okafor v Lagos Transit Ltd"
_CASE_PARTIES = regex.compile(
    rf"(?<![\w.])(?P<left>{_CAP_NAME})[ \t]+(?:v\.?|vs\.?)[ \t]+(?P<right>{_CAP_NAME})"
)
_CASE_HINT = re.compile(r" vs?\.? [A-Z]")
def _single_rare_words(match: regex.Match) -> bool:
    sides = (match.group("left"), match.group("right"))
    return all(" " not in side and is_rare(side) and side.lower() not in english_words() for side in sides)


#: who brings a case on behalf of the state: never a person's name
_STATE_PARTIES = frozenset("R Regina Rex State People Crown Commonwealth United States Government Attorney".split())
_NOT_PARTY_WORDS = NOT_NAME_WORDS | _STATE_PARTIES
# a known given name opening a message, before an emoji, a comma or "!": "Lupita 😘 ya llegué", "Adwoa, pls"
_OPENING_NAME = regex.compile(r"(?m)^[ \t]*(?P<name>\p{Lu}\p{Ll}{2,})(?=[ \t]*(?:[\p{So}\p{Sk}]|,[ \t]|!))")
#: labels of a message's or a document's header, not a speaker's
_HEADER_LABELS = frozenset("subject re fw fwd from to cc bcc date title topic note notes summary re: action update status".split())
# whose statement, evidence or affidavit it is: "Witness statement of Adebowale, taken 3 May"
_STATEMENT_OF = regex.compile(
    r"(?i:\b(?:statement|testimony|affidavit|deposition|evidence|declaration)[ \t]+of[ \t]+)"
    r"(?P<name>(?-i:\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}))"
)
# who has died, named after "the late": "wife of the late Tavita", "the late Mr. Okoro" (the title is read apart)
_THE_LATE = regex.compile(r"\bthe[ \t]+late[ \t]+(?P<name>(?P<initials>(?:\p{Lu}\.[ \t]?){1,2})?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})")
# a child a family court names by a letter: "Re J (A Child)", "Re L and M (Children)"
_COURT_CHILD = regex.compile(r"\bRe[ \t]+(?P<name>\p{Lu})(?:[ \t]+and[ \t]+(?P<second>\p{Lu}))?[ \t]+\((?:A[ \t]+Child|Children)\)")
# ... or by its letters and its age: "in respect of J, who is 7", "The minor child, A.B., aged 9"
_LETTER_CHILD = regex.compile(
    r"(?<![\w.'’&])(?P<name>(?!I\b)\p{Lu}(?:\.\p{Lu})*\.?)(?=,[ \t]+(?:who[ \t]+is|aged)[ \t]+(?:\d{1,2}|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b)"
)
# an appellant a tribunal names by initials only: "Between\nYH\n(ANONYMITY ORDER MADE)", "Between MK (anonymity order made)"
_ANONYMISED = regex.compile(
    r"(?<![\w.'’&])(?P<name>\p{Lu}{1,3}|(?:\p{Lu}\.){1,3})\s*\((?i:anonymity[ \t]+(?:order|direction)[ \t]+(?:made|granted))\)"
)
# a participant, a subject or a minor known by initials after a label: "Participant: R.M.S.", "Initials: M-V.D."
_INITIALS_LABEL = regex.compile(
    r"(?i:\b(?:participant|subject|patient|pt|client|respondent|child|minor|juvenile|witness|complainant|victim|initials))"
    r"(?:[ \t]+(?i:initials|id))?(?:[ \t]*:[ \t]*|[ \t]+(?=(?:\p{Lu}\.){2}))(?P<name>(?:\p{Lu}\.){2,4}|\p{Lu}\.\p{Lu}\.?|\p{Lu}-\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}\.\p{Ll}{1,3}\p{Lu}\.)(?![\w.])"
)
_ADDRESSEE_AFTER_SPEAKER = regex.compile(
    r"(?m)^(?:\[[^\]\n]{1,20}\][ \t]*)?(?P<speaker>[^\n:\[]{1,25}):[ \t]+(?P<name>\p{Lu}\p{Ll}{2,})(?=,?[ \t]+\p{Ll})"
)
# a signature: a name, a comma and the team it writes for, on the message's last lines: "Ilse, Kettleworks Support"
_NAME_FOR_TEAM = regex.compile(
    r"(?m)^[ \t]*(?P<name>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?),[ \t]+(?:[\p{L}&.'\-]+[ \t]+){0,3}"
    r"(?:Support|Team|Care|Service|Services|Desk|Office|Helpdesk|Help[ \t]Desk)[ \t]*(?=\n|\Z)"
)
# the answer to a question asking for a name, in a transcript: "Agent: Can I take your full name?\nCustomer:
# oluwadamilare ogunleye, 12/9/96"
_ANSWERED_NAME = regex.compile(
    r"(?im)^[^\n]*\bname\b[^\n]*\?[ \t]*\n[ \t]*[\p{L} ]{1,20}:[ \t]*"
    r"(?P<name>\p{L}[\p{L}'’\-]+(?:[ \t]+\p{L}[\p{L}'’\-]+){0,2})(?=[ \t]*(?:[,.]|\n|$))"
)
_NAME_QUESTION_HINT = re.compile(r"(?i)\bname\b[^\n]*\?[ \t]*\n")
# A name spelled out letter by letter: "Marguerite Lebeau. L-E-B-E-A-U."
# a known first name inside a sentence, after a small word or a comma: "Driver will be Andrzej, mobile"
_MID_SENTENCE = regex.compile(r"(?<=[\p{Ll},][ \t]+)\p{Lu}\p{Ll}{2,}\b(?![ \t]+\p{Lu}|['’\-@]|\.\w)")  # "given to Ivy."
# a determiner or a possessive before a capitalised word: a thing's name ("the Hunter range", "our Rose Garden")
_THING_BEFORE = regex.compile(r"(?i)\b(?:the|a|an|my|our|your|their|his|her|its|this|that)[ \t]+\Z")
# a known name owning something: "Priyanka's workstation", "is Okafor's laptop"
_POSSESSIVE = regex.compile(r"(?<![\w'’.\-])(?P<name>\p{Lu}\p{Ll}{2,})['’]s\b")
_SMALL_POSSESSIVE = regex.compile(r"(?<![\w'’.\-])(?P<name>\p{Ll}{3,})['’]s\b")
#: roles a report or a study puts before a name: "Participant K.L. (age 42)", "Passenger Brianna Stone (24)"
_ROLES_BEFORE_NAMES = frozenset(
    "participant subject volunteer interviewee case child pupil passenger suspect victim pedestrian occupant "
    "complainant borrower".split()
)
# a surname in capitals opening a line or a table's cell, a comma, then a known given name (an obituary's, a register's
# heading, a gate log's "| MORRISON, Kyle |")
# (an Irish "O'" before it, and a call name after the given names: "O'DWYER, Patrick Joseph ("Paddy"), late of")
_SURNAME_FIRST = regex.compile(
    r"(?m)(?:^|(?<=\|))[ \t]*(?P<name>(?:\p{Lu}['’])?\p{Lu}{3,}(?:[-'’]\p{Lu}+)*),[ \t]+(?P<given>\p{Lu}\p{Ll}+)\b"
    r"(?:(?:[ ]\p{Lu}\p{Ll}+){0,2}[ ]\([\"“](?P<nick>\p{Lu}\p{Ll}+)[\"”]\))?"
)
# ... or after a record's label, in capitals or not: "SUBJECT: ROBERTSON, DEREK ALAN  DOB", "Contacts > Okwuosa, Chinedu"
_SURNAME_FIRST_AFTER_LABEL = regex.compile(
    r"(?<=\b(?i:subject|name|patient|contacts?|client|customer|member|employee|insured|defendant|suspect|victim|applicant|"
    r"tenant|guest|student|pupil|resident|claimant|complainant|deceased|respondent|appellant|petitioner|plaintiff|"
    # a court's parties, each after the one before ("In the Matter of: SAMADI, NAJIBULLAH", "Claimant(s): NAZARI,
    # Sediqa; NAZARI, Ali Reza (minor)")
    r"in[ \t]+the[ \t]+matter[ \t]+of)(?:\(s\)|s)?[ \t]*[:>][ \t]*(?:[^;\n]{3,60};[ \t]*){0,3})"
    r"(?P<name>\p{Lu}[\p{L}'’\-]+),[ \t]+(?P<given>\p{Lu}[\p{L}'’\-]+)(?:[ \t](?P<middle>\p{Lu}[\p{L}'’\-]+))?"
    r"(?=[ \t]{2,}|[ \t]*(?:$|\n|[|;(]))"
)
# ... or a quoted value of a record or a log, surname first: '"name": "Oyelaran, Temitope B."', 'name="Quispe Ch.,
# Edwin"' (a second surname cut short), '"O'Neill, Bridget","31/02/1966"', 'label: "SMITH, Jonathan  DOB ...'
_QUOTED_SURNAME_FIRST = regex.compile(
    r"(?<=[\"“])(?P<name>(?:\p{Lu}['’])?\p{Lu}[\p{L}'’\-]+(?:[ ]\p{Lu}\p{Ll}{0,2}\.)?),[ ]+(?P<given>\p{Lu}\p{Ll}+)"
    r"(?:[ ]\p{Lu}\p{Ll}+|[ ]\p{Lu}\.){0,2}(?=[\"”]|[ \t]{2,})"
)
# a party to a contract, then the role it is called by: 'Chase Whitaker ("Landlord")', 'Ana Ruiz (the "Buyer")'
_PARTY = regex.compile(
    rf"(?:(?i:between|and)[ \t]+)?(?P<name>{_CAP_NAME})[ \t]*\((?:the[ \t]+|each[ \t]+a[ \t]+|hereinafter[ \t]+(?:the[ \t]+)?)?[\"“'‘]?"
    r"(?:Landlord|Landlady|Tenant|Lessee|Lessor|Buyer|Seller|Purchaser|Vendor|Employee|Borrower|Lender|Guarantor|"
    r"Contractor|Consultant|Freelancer|Client|Licensee|Licensor|Executor|Trustee|Beneficiary|Claimant|Respondent|"
    r"Applicant|Petitioner|Defendant|Plaintiff|Owner|Occupier|Member|Author|Artist|Guardian|Parent|Donor)s?[\"”'’]?\)"
)
# a person, then their pronouns or a number of theirs in brackets: "Thelonious Baptiste (he/him, 61)",
# "Vusi Ndlovu (ID 8503025819082)", "Jane Roe (DOB 02/03/1981)"
_NAME_BEFORE_BRACKET = regex.compile(
    rf"(?P<name>{_CAP_NAME})[ \t]*\((?:(?P<pronouns>(?:he|she|they|ze|xe)/(?:him|her|them|hir|zir|they))"
    # a person's own national number: one given name is enough before it ("and Mahrang (CNIC 52401-2209417-8)")
    r"|(?P<personal>(?-i:CNIC|NICOP|NIC|SIN|NID|NRC|BVN|Aadhaar|SSN|NIN|PESEL))[ \t:#.]*\d"
    r"|(?-i:ID|DOB|D\.O\.B\.|MRN|NHS|SSN|NIN|NI|kt\.|EGN|EMBG|EMŠO|PESEL)[ \t:#]*\d|born[ \t]+\d|b\.[ \t]*\d"
    r"|(?-i:(?:No\.?[ \t]*)?K/P|NRIC|MyKad|IC)[ \t:.#]*\d)"  # a Malaysian identity card: "Lim Chee Keong (No. K/P 800913-07-5123)"
)
# in capitals, as a claim's heading names its parties: "BETWEEN DARIUS FENWICK (Claimant) and ..."
_CAPS_PARTY = regex.compile(
    rf"(?:(?i:between|and)[ \t]+)(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,3}})[ \t]*\((?i:the[ \t]+)?"
    r"(?i:Claimant|Respondent|Applicant|Petitioner|Defendant|Plaintiff|Appellant)s?\)"
)
# A name, then an age in a listing, opening a sentence, a field or a list item: "Rangi, 29, loves
# tramping", "ENT: Amara Conteh, 7, DOB ...", "the twins, Tom, 12, and Lucy, 9" (refine reads the age)
_NAME_AGE = regex.compile(
    rf"(?:^|(?<=[.:;!?]\s)|(?<=\n)|(?<=,[ \t])|(?<=\band[ \t])|(?<=[\"“]))[ \t]*(?:[-*•][ \t]+)?(?P<name>{_CAP_NAME})(?:,|[ \t]+[·•|])[ \t]*"
    rf"(?:1[01]\d|[1-9]?\d)(?=[ \t]*(?:[,;)·•|]|(?:y|yo|yrs?|years?|[MF]|{_AGE_YEARS})\b))",  # "Kai, 29 · 3 km away": a profile; "- Zayd, 30, matched"
    regex.MULTILINE,
)
# Who a family word is said of, any case: "auntie bisi's place", "uncle Tunde", "tita Marites"; or whose relative
# one is, named small: "his sister anjali called", "my flatmate jonno moved out"
_FAMILY_NAME = regex.compile(
    r"(?i:\b(?:(?P<kin>auntie|aunty|aunt|uncle|cousin|nana|granny|grandma|grandpa|tita|tito|tia|tio|tía|tío|oma|opa)|"
    r"(?:my|his|her|their|our|your)[ \t]+(?:(?:little|big|baby|twin|older|younger)[ \t]+)?"
    r"(?:sister|brother|flatmate|roommate|housemate|husband|wife|fianc[ée]e?|boyfriend|girlfriend))[ \t]+)"
    r"(?P<name>\p{L}[\p{L}'’\-]{2,})(?![\w@])"
)
# Who a wish or a greeting is for, alone before its mark: "happy bday kezza!!!", "yo its deji lost my fone"
_WISHED = regex.compile(
    r"(?i:\bhappy[ \t]+(?:b-?day|birthday|bday|anniversary|retirement)|\b(?:hbd|congrats|congratulations))[ \t,]+"
    r"(?P<name>\p{L}[\p{L}'’\-]{2,})(?=[ \t]*(?:[!.,\p{So}]|$))"
    r"|(?im:^\W*(?:yo+|hey+|hi+|hiya|oi)[ \t,]+(?:its|it's|it’s|it[ \t]+is)[ \t]+)(?P<name>\p{Ll}{3,})(?=[ \t,!.]|$)"
)
# Whose a personal thing is: "kemi's email", "lwazi's birth cert", "Ngozi's savings account"
_OWNER_OF = regex.compile(
    r"(?<![\w'’.\-])(?P<name>\p{L}[\p{L}\-]{2,})['’]s[ \t]+(?:(?:new|old|neue|alte|work|personal|home|own|current|"
    r"savings|checking|bank|mobile|cell|phone|email)[ \t]+)?(?:e-?mail|number|nummer|numéro|número|phone|mobile|cell|"
    r"address|adresse|account|birthday|bday|b-day|birth[ \t]+cert(?:ificate)?|passport|licen[cs]e|ssn|dob|"
    r"immuni[sz]ations|vaccinations|insta|snap|handle|ig|venmo|revolut|paypal|appointment|appt|prescription|"
    r"medication|referral|diagnosis|surgery|test[ \t]+results|results|scan|application|claim|visa|salary|payslip|"
    r"tenancy|lease|deposit|rent|mortgage|loan|pension|wife|husband|son|daughter|mother|father|mum|mom|dad)\b"
)
#: possessors of such things that are no person's name ("mum's number", "the bank's email"),
#: beside NOT_NAMES and ROLE_NOUNS, which are never owners either
_NOT_OWNERS = frozenset(
    """mums moms dads sis babe bae bestie work school uni company bank dentist gp office hotel shop store gym
    club church nobody hubby wifey granny nana auntie aunty friend neighbour neighbor yesterday child kid baby
    owner holder""".split()
)
_NUMBER_ITEM_AFTER = regex.compile(r"[ \t]*,[ \t]*[\d$€£]")
_SPELLED = regex.compile(r"(?<![\w-])\p{Lu}(?:-\p{Lu}){3,}(?![\w-])")
_SMALL_WORD = re.compile(r"(?<![\w@.'’\-/])[a-zà-ÿ][a-zà-ÿ'’\-]+(?=[ \t])")
_CAPITALISED_WORD = regex.compile(rf"(?:(?<![\w@.'’\-/])|{_ELIDED})\p{{Lu}}\p{{Ll}}{{2,}}(?![\w@'’\-/])")  # "de l'Aina Mir"
_NEXT_CAPITALISED = regex.compile(rf" ((?:\p{{Lu}}['’]|{CAMEL_PREFIX})?\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?)(?![\w@\-/])")
_ARTICLE_BEFORE = regex.compile(r"(?i)(?<![\w])(?:the|a|an)[ \t]+\Z")
# an HL7 name, family name first, in an XML element named for a person ("<PatientName>OKONJO^ADAOBI^N<"; HL7's other
# fields hold addresses and codes the same way: "WALK^FLAT", "SPO^Spouse")
_CARET_NAME = regex.compile(r"(?<=<\w*(?:Name|Provider|Physician|Doctor|Patient|Clinician|Practitioner)\w*>)"
                            r"\p{Lu}[\p{L}'’\-]+\^\p{Lu}[\p{L}'’\-]+(?:\^\p{Lu}[\p{L}'’\-]*)?(?=[\^<])")
# ... or any HL7 field holding a person: an ID, family^given^middle^suffix, then the prefix, a title ("PV1|...|005129^
# Reyes^Daniel^^^DR|", "<OrderingProvider>HALVORSEN^ERIK^^^DR<"); without one, a given name we know ("NK1|1|Kowalski^Piotr|")
_HL7_NAME = regex.compile(
    r"(?<=[|~>])(?:\d+\^)?(?P<family>\p{Lu}[\p{L}'’\-]+)\^(?P<given>\p{Lu}[\p{L}'’\-]+)(?:\^(?:\p{Lu}[\p{L}'’\-]*)?)?"
    r"(?:\^[\p{L}.]*)?(?:\^(?P<title>DR|Dr|MR|Mr|MRS|Mrs|MS|Ms|MISS|Miss|PROF|Prof|REV|Rev)\.?)?(?=[|~<\^\r\n]|$)"
)
# a name before its possessive, where NER reads the pair with the noun after it as a firm ("Tamati Walker's IRD
# number", "Lily-Mae's grandad")
_POSSESSED = regex.compile(
    r"(?<![\w'’\-.])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[ ](?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))?['’]s(?!\w)"
)
# a nickname in brackets or quotes between a given name and the surname: "Jacobus (Kobus) Nel", "Margaret 'Peggy' Ryan"
_NICKNAME_BETWEEN = regex.compile(
    r"(?<![\w'’\-])(?P<first>\p{Lu}\p{Ll}+)[ ](?:\((?P<nick>\p{Lu}\p{Ll}+)\)|['‘\"“](?P<nick>\p{Lu}\p{Ll}+)['’\"”])[ ]"
    r"(?P<last>(?:(?:Ó|Ní|Nic|Mac|Mc|van|de|du|le|da|di)[ ])?\p{Lu}[\p{L}'’\-]+)(?![\w'’\-])"
)
# isiZulu glues a noun's prefix to a name: "Igama lami ngu-Nokwanda Mthembu" (my name is), "U-Mfundo Zungu uzovela"
_ZULU_PREFIXED = regex.compile(r"(?<![\w\-])(?:[Nn]gu|U|u|ku|ka|no)-(?P<name>\p{Lu}\p{Ll}{2,}(?:[ ]\p{Lu}\p{Ll}{2,})?)(?![\w\-])")
# an initial and a surname, maybe after its particle ("T. Mabena", "P. du Toit"): lists of attendees and signatories
_INITIAL_SURNAME = regex.compile(
    # (an opening quote may stand before it, '"K. Aboagye follow-up"'; a seconds' mark may not: 51°30'26" N. Main)
    r"(?<![\w.'’\-°/′″])(?<!\d\")(?<!\d[ ])\p{Lu}\.[ ]?(?P<particle>(?:du|de|van|von|der|den|le|la|da|di)[ ])?"
    r"(?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\w'’\-]|\.\w|\.[ ]\d)"  # (a journal's "J. Hydrol. 617")
)
# ... the whole of a quoted value, a payee's or a signer's, maybe in capitals: '"controller": "D. Kruger"', 'signed
# for by "R. ABUBAKAR"' (a surname that is a word too, "Morrow", is a name there)
_QUOTED_INITIAL_SURNAME = regex.compile(
    r"(?<=[\"“])(?:\p{Lu}\.[ ]?){1,2}(?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?=[\"”])"
)
_PARTICLE_HINT = re.compile(r"[a-z] (?:van|von|de|da|del|der|den|di|du|le|la|dos|das) [A-Z]")
# two words that may be a first name and a surname, with particles between ("Pieter de Vries")
_NAME_PAIR = regex.compile(
    r"(?<![\w@.'’\-/])(?P<first>\p{L}\p{Ll}[\p{Ll}'’\-]*(?:-\p{Lu}\p{Ll}+)?)[ \t]+"  # "Jan-Willem"
    r"(?P<particles>(?:(?:van|von|de|da|del|der|den|di|du|le|la|dos|das)[ \t]+){1,2})?"
    r"(?P<last>\p{L}(?:['’]\p{L})?\p{Ll}[\p{Ll}'’\-]*)(?![\w@'’\-/])"  # "o'connell"
)
def _census_spelling(word: str) -> bool:
    """A lowercase surname as the census writes it, or as people do: with its accent ("fernández"),
    its apostrophe ("o'connell") or two of them joined ("ellis-pugh"). Folded only at five letters or
    more, and only the acute, where no common word of another language turns into a surname ("está",
    Vietnamese "thông")."""
    if word in surnames():
        return True
    parts = word.split("-")
    if len(parts) == 2:
        return all(part in surnames() for part in parts)
    bare = ascii_form(word).replace("'", "").replace("’", "")
    return len(bare) > 4 and bare != word and ACUTE_ONLY.fullmatch(word) is not None and bare in surnames()

# A letter's recipient or a record's subject: a name alone on its line above a date of birth or an address
_NAME_LINE = regex.compile(
    rf"(?m)^[ \t]*(?P<name>\p{{Lu}}[\p{{L}}'’\-]+(?:[ \t]\p{{Lu}}[\p{{L}}'’\-]+){{1,2}})[ \t]*\n[ \t]*"
    r"(?:DOB|D\.O\.B|Date[ \t]+of[ \t]+birth|Born|MRN|NHS|Flat|Apt|Apartment|Unit|Suite|\d+[A-Za-z]?,?[ \t]+\p{Lu}\p{Ll})"
    rf"|(?:\A|\n[ \t]*\n)[ \t]*(?P<name>{_CAP_NAME})[ \t]*\n[ \t]*(?:[\p{{L}}&/\-]+[ \t]+){{0,3}}(?:{_ROLES}|Leader)\b"
)
# the rest of a firm's name after its first word: "& Finch Joinery Ltd", "Brothers Ltd"
_COMPANY_AFTER = regex.compile(
    r"(?:[ \t]*(?:&|and)[ \t]+)?(?:[ \t]*\p{Lu}[\p{L}.'’\-]*){0,3}[ \t]+(?:Ltd|Limited|Inc|LLC|GmbH|plc|PLC|Corp|Co|AG|SA|BV|Pty)\b"
)
_NAME_TOKEN = regex.compile(r"[^\s,.!?;:()<>]+")
#: "I am" and "it is" in other languages: before a place as often as before a name ("c'est Paris")
_I_AM = frozenset({"c'est", "soy", "sono", "ich bin", "ik ben", "sou a", "sou o"})
_CONJUNCTIONS = frozenset("y e et und en og och o ou".split())
_AFTER_TO = regex.compile(r"[ \t]*(?:,|\n|$)")
#: one title word, alone ("Dr.", "Frau")
TITLE_WORD = regex.compile(rf"(?:{TITLES})\.?")
_VERB_FORM = regex.compile(r"(?:ed|ing)$|^(?:says|said|lives|works|died|passed|wants|needs|thinks|loves|hates|is|was)$")
_SPEAKER_LINE = regex.compile(r"(?m)^[ \t]*(\p{L}[\p{L} .'\-]{0,24}?)[ \t]*:[ \t]*([^\n]*)")
_NUMBER_AFTER = regex.compile(r"[ \t]*(?:,[ \t]*)?(?:the[ \t]+)?\d")
STRONG_SCORE = 0.65  # after "my name is", "ask for", a label, a greeting, a title
AFTER_TITLE_SCORE = 0.7
TITLE_SCORE = 0.6
WEAK_SCORE = 0.5  # a lowercase known first name after a cue
# a chat's speaker by the lines they open: as strong as a label, and it outlives NER's reading of the same
# word, which drops a capitalised word before a colon as a form's label ("Jhen: sige po")
SPEAKER_SCORE = 0.55
PAIR_SCORE = 0.55  # a given name and a surname together, no cue: kept inside NER's wider reading
LOWERCASE_SCORE = 0.45  # a known first name in a text written in lowercase


@RECOGNIZERS.register("NameCueRecognizer")
class NameCueRecognizer(OwnRecognizer):
    """PERSON after titles, cues, labels, greetings and sign-offs; TITLE for the honorific itself."""

    ENTITIES = ["PERSON", "TITLE"]

    def load(self) -> None:
        first_names()
        surnames()
        self.places = gazetteer()

    def analyze(self, text, entities, nlp_artifacts=None):
        found: list[tuple[str, int, int, float]] = []
        for match in _TITLE.finditer(text):
            name = _AFTER_TITLE.match(text, match.end())
            words = name.group("name").split() if name else []
            # ("Ms. June Ellery", "Mrs. April Nguyen": a month that is a given name, a surname after it)
            if name and (words[0].strip(".,") in NOT_NAME_WORDS and not (words[0] in _MONTH_NAMES and len(words) > 1)
                         or any(word.strip(".,") in _INSTITUTION_WORDS for word in words)):
                continue  # "Attorney General", "Sri Venkateswara Hospital": an office or a place, not a person
            if match.group().startswith("Col") and _COLONIA_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue  # "Av. Juárez 118, Col. Centro": a Mexican address's neighbourhood, not a colonel
            if not match.group().startswith(_CUE_ONLY_TITLES):
                found.append(("TITLE", match.start(), match.end(), TITLE_SCORE))
            if name and len(words) == 1 and words[0].lower() in _FORM_LABELS and text.startswith(":", name.end("name")):
                continue  # "Title: Miss Surname: Oyelaran": a form's next label, not her name ("Dr Patel: ..." speaks)
            if name:
                found.append(("PERSON", name.start("name"), name.end("name"), AFTER_TITLE_SCORE))
        if "m" in text or "d" in text or "s" in text or "p" in text:
            # "ms rivera said", "ask dr okafor", "il numero del dott. galli": a lowercase title before a
            # known surname or first name
            for match in _LOWER_TITLE.finditer(text):
                word = match.group("name").lower()
                capitalised = match.group("name")[0].isupper() and match.group("name").lower() not in STOP_WORDS
                if (word in surnames() or is_first_name(word) or word.endswith(".") or capitalised
                        or is_rare(word)) and (capitalised or match.group("title") not in ("ông", "bà")):
                    # "paní Kateřina", "mrs. okonkwo"; Vietnamese "ông" and "bà" only before a capital ("bà ngoại": grandma)
                    dot = text.startswith(".", match.end("title"))  # "dra. ruiz": the abbreviation's dot too
                    found.append(("TITLE", match.start(), match.end("title") + dot, TITLE_SCORE))
                    # as a pair's: NER's reading of the same word is cut later, this one stays
                    found.append(("PERSON", match.start("name"), match.end("name"), PAIR_SCORE))
        if "(M" in text or "(D" in text or "Esq" in text:
            found += [("TITLE", *m.span("title"), TITLE_SCORE) for m in _TITLE_IN_BRACKETS.finditer(text)]
        if ":" in text:  # "Title on account: Dr.", "Anrede: Frau": a form's title field
            found += [("TITLE", *m.span("title"), TITLE_SCORE) for m in _TITLE_FIELD.finditer(text)]
        if "Herr" in text or "Frau" in text:  # a German letter's address block: "Herrn\nDr. med. Florian Kessler"
            found += [("TITLE", *m.span(), TITLE_SCORE) for m in _TITLE_LINE.finditer(text)]
        signed = "--" in text or "—" in text or "__" in text or "|" in text or "·" in text or "•" in text
        for pattern in (_GREETING, _SIGN_OFF, _SIGNATURE) if signed else (_GREETING, _SIGN_OFF):
            for match in pattern.finditer(text):
                if pattern is _GREETING and text[max(0, match.start() - 2) : match.start()].strip().endswith(":") \
                        and not _SPEAKER_PREFIX.fullmatch(text, text.rfind("\n", 0, match.start()) + 1, match.start()):
                    continue  # after a colon only a chat's speaker ("Giulia: ciao Fede!!"), not any label
                start, end = _group_span(match)
                words = text[start:end].split()
                if start >= 0 and words[0].lower() not in NOT_NAMES and words[0] not in STOP_WORDS \
                        and words[0] not in CHAT_WORDS and not TITLE_WORD.fullmatch(words[0].rstrip(".")) and not (
                        pattern is _SIGNATURE and {w.strip(".,") for w in words} & NOT_NAME_WORDS):
                    found.append(("PERSON", start, end, STRONG_SCORE))
                    if pattern is not _SIGNATURE and match.group("second"):  # "Hi Aditi & Rohan!"
                        found.append(("PERSON", match.start("second"), match.end("second"), STRONG_SCORE))
        for match in (m for pattern in _KNOWN_CAPITALISED for m in pattern.finditer(text)):
            start, end = _group_span(match)
            words = text[start:end].split()
            cue = match.group()[: start - match.start()].strip().lower()
            two_capitalised = len(words) >= 2 and cue and cue not in ("with", "see", "saw") and not (
                {w.strip(".,") for w in words} & NOT_NAME_WORDS) and not (
                cue.rstrip(", ") in _TRADES and (cue.endswith(",") or words[0].lower() in english_words()))
            # ("Engineer Job Description", "guard Dog Unit"; a CV's "Data Engineer, Outfox Payments" names a firm)
            # "remind June that", "his wife June and": a first name that is also a word, vouched for by
            # a relation or a verb only people take (never "June 5": a date)
            # (or a surname, capitalised after what only people are asked to do: "Ask Cash in receiving")
            vouched = cue in PERSON_CUES and words and (words[0].lower() in known_first_names() or
                                                        words[0].lower() in census_surnames() and words[0] not in NOT_NAME_WORDS) \
                and not _NUMBER_AFTER.match(text, start + len(words[0]))
            # ... or opening a sentence before what only a person does ("Hope is allergic", "Park said yes")
            vouched = vouched or (not cue and words and (words[0].lower() in known_first_names()
                                                         or words[0].lower() in census_surnames())
                                  and words[0].lower() not in ROLE_NOUNS and words[0].lower() not in STOP_WORDS
                                                         and bool(_PERSON_VERB.match(text, start + len(words[0]))))
            # "from London Heathrow", "emigrated to Bradford": a place after a preposition
            # (or a big city named like a person: "moved from Bradford"; NER tells which it is)
            place = (cue in PLACE_PREPOSITIONS or cue.replace("’", "'") in _I_AM) and (text[start:end] in self.places or words[0] in self.places
                                                   or words[0].lower() in self.places)
            # ... or a word no language has, alone after a relation, a role or a meeting, before the clause goes on
            # ("Meet Ibou at the gate", "Farida's sister Munisa on +998 ...", "The wholesale buyer Saodat from Andijan")
            # (never a CV's "Ward Nurse, Medical-Surgical" nor a heading's "Employee Onboarding: ...")
            vouched = vouched or len(words) == 1 and cue in _RARE_NAME_CUES and self._given_or_rare(words[0]) \
                and all(map(is_rare, words[0].split("-"))) and not _VERB_FORM.search(words[0].lower()) \
                and bool(_NAME_END.match(text, end)) and not text.startswith(":", end) and not _AMOUNT_NEXT.match(text, end)
            if words and (is_first_name(words[0].lower()) or two_capitalised or vouched) \
                    and words[0].lower() not in NOT_NAMES and not place:
                if len(words) > 1 and not (words[1].lower() in surnames() or words[1].lower() in first_names()
                                           or words[1][0].isupper() or words[1] in _NAME_PARTICLES and len(words) > 2):
                    end = start + len(words[0])
                # a relation or verb vouches more than a sentence start or a chat speaker label
                found.append(("PERSON", start, end, STRONG_SCORE if cue else WEAK_SCORE))
        for match in _CAPS_TITLE.finditer(text):
            found.append(("TITLE", match.start(), match.end("title"), TITLE_SCORE))
            found.append(("PERSON", match.start("name"), match.end("name"), AFTER_TITLE_SCORE))
        if "Bey" in text or "Han" in text or "Efendi" in text or " jauna" in text or " andrea" in text:
            for match in _TITLE_AFTER.finditer(text):
                words = match.group("name").split()
                # the name opens on its first known given name ("Toplantıya Ahmet Bey": a word, then the name)
                first = next((i for i, word in enumerate(words) if word.lower() in known_first_names()), len(words) - 1)
                start = match.start("name") + len(" ".join(words[:first])) + (first > 0)
                if words[first].lower() not in STOP_WORDS and words[first] not in NOT_NAME_WORDS:
                    found.append(("PERSON", start, match.end("name"), AFTER_TITLE_SCORE))
                    found.append(("TITLE", *match.span("title"), TITLE_SCORE))
        if "/" in text:
            for match in _PASSENGER.finditer(text):
                found.append(("PERSON", *match.span("surname"), AFTER_TITLE_SCORE))
                found.append(("PERSON", match.start("given"), match.end("given") - 1, AFTER_TITLE_SCORE))
                found.append(("TITLE", *match.span("title"), TITLE_SCORE))
        for match in _BADGE_SURNAME.finditer(text) if _BADGE_HINT.search(text) else ():
            if match.group("name").lower() in census_surnames() and match.group("name") not in NOT_NAME_WORDS:
                found.append(("TITLE", *match.span("title"), TITLE_SCORE))  # "Witnessed by: PC Haworth"
                found.append(("PERSON", *match.span("name"), AFTER_TITLE_SCORE))
        for match in _CHIEF.finditer(text) if "Chief " in text else ():
            if match.group(1).lower() in first_names():
                found.append(("TITLE", match.start(), match.end() - 1, TITLE_SCORE))
                name = _AFTER_TITLE.match(text, match.end() - 1)
                found.append(("PERSON", name.start("name"), name.end("name"), AFTER_TITLE_SCORE))
        for match in _RANK.finditer(text):
            word = match.group(1)  # a given name after a police rank: known, or no word of a brand or a verb ("PC World")
            if word.lower() in known_first_names() or word not in NOT_NAME_WORDS and word not in self.places \
                    and not _VERB_FORM.search(word.lower()) and word.lower() not in STOP_WORDS:
                found.append(("TITLE", match.start(), match.end(), TITLE_SCORE))
                name = _AFTER_TITLE.match(text, match.end())
                found.append(("PERSON", name.start("name"), name.end("name"), AFTER_TITLE_SCORE))
        for match in _CAPS_NAME.finditer(text):
            name, end = match.group("name"), match.end()
            if _CAPS_TITLE.match(text, match.start()):
                continue  # "MS ANITA KRISHNAN": read above as a title and a name
            register = "," in name and _LOWER_AFTER.match(text, end)  # "LIU, MIN appears"
            if not (register or self._all_name_words(name)) and "," in name and " " in name.split(",")[0]:
                name = name.split(",")[0]  # "LINDSAY ANNE MCGREGOR, SSN ***-**-4471": the name before the next field
                end = match.start() + len(name)
            words = [w.strip(",") for w in name.lower().split()]
            if register or self._all_name_words(name):
                found.append(("PERSON", match.start(), end, STRONG_SCORE))
            elif "," not in name:
                # "STATEMENT OF ESTHER ADJEI": a given name in capitals, then surnames no word or place shares
                given = next((i for i, w in enumerate(words[:-1]) if is_first_name(w)), None)
                cued = given is not None and (words[given - 1] in _CAPS_CUES if given else
                                              not _CAPS_BEFORE.search(text, max(0, match.start() - 3), match.start()))
                if cued and self._surnames_alone(words[given + 1 :]):
                    start = match.start() + len(" ".join(name.split()[:given])) + (given > 0)
                    found.append(("PERSON", start, end, STRONG_SCORE))
        if ("&" in text or " and " in text) and ("—" in text or "–" in text or "--" in text) \
                and (pair := _DASH_SIGNED_PAIR.search(text)) \
                and all(pair.group(g).lower() in known_first_names() for g in ("name", "name2")):
            found += [("PERSON", *pair.span(g), WEAK_SCORE) for g in ("name", "name2")]
        if " is " in text or " turn" in text or " was " in text:
            for match in _NAME_IS_AGE.finditer(text):
                name = match.group("name")
                # (or a word no language has opening a sentence: "Astou is 41 and has six children")
                before = text[: match.start()].rstrip(" \t")
                if (name.split("-")[0].lower() in known_first_names()
                    or self._given_or_rare(name) and (not before or before[-1] in ".!?\n:;")
                    and _MORE_AFTER_AGE.match(text, match.end())) \
                        and name not in NOT_NAME_WORDS and name not in _MONTH_NAMES and name not in self.places:
                    found.append(("PERSON", *match.span("name"), WEAK_SCORE))
        for match in _CAPS_WITH_INITIAL.finditer(text) if ". " in text or _CAPS_INITIAL_HINT.search(text) else ():
            last, dotted = match.group("last").title(), "." in match.group()
            # (without the dot, a given name that is no English word: "ELIZABETH A HARTLEY", never "MAKE A WISH")
            if match.group("given").lower() in (known_first_names() if dotted else first_names()) \
                    and last not in NOT_NAME_WORDS and last not in self.places:
                found.append(("PERSON", match.start(), match.end(), STRONG_SCORE))
        found += self._more(text)
        found += self._marked_by_forms(text)
        lowercase = _mostly_lowercase(text)
        speakers = _speakers(text) if ":" in text else frozenset()
        readings = [(_LABEL, "named"), (_LABEL_COLON, "label"), (_NAMED, "named"), (_NAMED_HERE, "named")]
        lower = text.lower()
        if any(hint in lower for hint in _NAMED_MORE_HINT):
            readings.append((_NAMED_MORE, "named"))
        for pattern, strength in readings + [(cued, "cued") for cued in _CUED]:
            # cues overlap ("just saw grant": "just saw" is read as a name first and fails)
            for match in pattern.finditer(text, overlapped=strength == "cued" and lowercase):
                where = match.start("name2") if match.groupdict().get("name2") else match.start("name")
                if speakers and strength != "cued" and _line_label(text, where) in speakers:
                    continue  # "Caller: Yeah, it's ...": a speaker in a transcript, not a form field
                span = _name_words(text, match, strength)
                if span and strength == "label" and _COMPANY_AFTER.match(text, span[1]):
                    continue  # "Bill to: Harrow & Finch Joinery Ltd": a firm's name
                if span and match.groupdict().get("given") and span[1] == match.end("name"):
                    span = (span[0], match.end("given"))  # "Account holder: Miranda, Justin."
                if span:
                    found.append(("PERSON", *span, STRONG_SCORE if strength != "cued" else WEAK_SCORE))
        if not lowercase:
            found += self._name_pairs(text)
            found += self._lone_given_names(text)
        if lowercase:
            # chat written all in lowercase: a known first name anywhere is a name
            for match in _LOWER_WORD.finditer(text):
                word = match.group()
                if is_first_name(word):  # "léa"
                    end = _next_name_word(text, match.end())
                    found.append(("PERSON", match.start(), end, LOWERCASE_SCORE))
        return [make_result(self, *item) for item in found]


    def _lone_given_names(self, text: str) -> list[tuple[str, int, int, float]]:
        """A capitalised word standing alone that is a known given name and no word of any language we read,
        nor a place ("Thank you for all the love. Sione", "l'inscription d'Inès", "kızınız Defne'nin"): a
        name NER leaves when no sentence frames it. Not inside a run of capitalised words (an eponym's
        "Kenyatta National Hospital", "St Barnabas Church"), not a pet's ("Sigge (cat)")."""
        found = []
        known = known_first_names()
        for match in _LONE_CAPITALISED.finditer(text):
            word = match.group()
            parts = word.split("-")
            # (or a hyphened given name known whole: Mongolian "Bat-Erdene", whose "Bat" is a word)
            whole = len(parts) > 1 and ascii_form(word.lower()) in known and all(map(is_rare, parts[1:]))
            # ... or one French elides to ("d'Inès": a name other languages write as a word, never "d'Orange")
            elided = text[match.start() - 1 : match.start()] in ("'", "’") and ascii_form(word.lower()) in known \
                and word.lower() not in english_words()
            if (whole or elided or all(ascii_form(part.lower()) in known and is_rare(part) for part in parts)) \
                    and word not in self.places \
                    and word not in NOT_NAME_WORDS and not _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30),
                                                                                      match.start()):
                # (after its article it outlives NER's reading of the article glued to a word before: "Sóc l'Arnau")
                found.append(("PERSON", match.start(), match.end(), PAIR_SCORE if elided else WEAK_SCORE))
        return found

    def _name_pairs(self, text: str) -> list[tuple[str, int, int, float]]:
        """A given name then a surname, both small ("the loan officer aoife byrne confirmed"), or a
        known first name, a particle and a capitalised word ("Invoice to Pieter de Vries"): names
        with no cue, which NER misses. Each word is looked up first; the pair is read only then."""
        found = []
        world = world_first_names()
        for word in _SMALL_WORD.finditer(text):
            if word.group() in world:
                pair = _NAME_PAIR.match(text, word.start())
                # a surname the census knows, or any word before what people do ("emre yıldız joined")
                if pair and not pair.group("particles") and pair.group("last")[0].islower() and (
                        _census_spelling(pair.group("last")) or _PERSON_VERB.match(text, pair.end())):
                    found.append(("PERSON", pair.start(), pair.end(), PAIR_SCORE))
                elif _PERSON_VERB.match(text, word.end()):  # "then kwame said"
                    found.append(("PERSON", word.start(), word.end(), PAIR_SCORE))
        for word in _CAPITALISED_WORD.finditer(text):
            lower = word.group().lower()
            if is_first_name(lower) and word.group() not in self.places and word.group() not in ROLE_NAMES:
                span = self._capitalised_pair(text, word)
                if span:
                    found.append(("PERSON", *span, PAIR_SCORE))
            elif lower in known_first_names() and word.group() not in NOT_NAME_WORDS and word.group() not in ROLE_NAMES \
                    and not TITLE_WORD.fullmatch(word.group()) and lower not in STOP_WORDS:
                # a given name that is also a word or a place ("Cole", "Sterling", "Georgia"), then a double-barrelled
                # surname ("Georgia Pennington-Hale"), maybe after a middle name ("Georgia Mae Sutherland-Ross")
                span = self._word_name_pair(text, word)
                if span:
                    found.append(("PERSON", *span, PAIR_SCORE))
        if "^" in text and ">" in text:
            found += [("PERSON", *m.span(), STRONG_SCORE) for m in _CARET_NAME.finditer(text)
                      if not any(part.title() in NOT_NAME_WORDS for part in m.group().split("^"))]
        if "^" in text and ("|" in text or ">" in text):
            for match in _HL7_NAME.finditer(text):
                family, given = match.group("family").title(), match.group("given").title()
                # (codes share the shape: "SPO^Spouse", "HARTFORD^CT^06106", "PRN^CP")
                if (match.group("title") or given.lower() in known_first_names()) \
                        and not {family, given} & NOT_NAME_WORDS and family not in self.places:
                    found += [("PERSON", *match.span(g), STRONG_SCORE) for g in ("family", "given")]
                    if match.group("title"):
                        found.append(("TITLE", *match.span("title"), TITLE_SCORE))
        if "(" in text or "'" in text or '"' in text or "‘" in text or "“" in text:
            # (each name apart, as a record's fields keep them: "Jacobus", "Kobus", "Nel")
            found += [("PERSON", *m.span(part), STRONG_SCORE) for m in _NICKNAME_BETWEEN.finditer(text)
                      if (m.group("first").lower() in known_first_names() or m.group("nick").lower() in known_first_names()
                          or is_rare(m.group("first")) or is_rare(m.group("nick")))
                      and m.group("last") not in NOT_NAME_WORDS and m.group("last") not in self.places
                      for part in ("first", "nick", "last")]
        if "'s" in text or "’s" in text:
            for match in _POSSESSED.finditer(text):
                first, last = match.group("first"), match.group("last")
                # a given name the lists know, and a word no language has among the two, or a double given name
                # ("Tamati Walker's", "Hone Tipene's", "Lily-Mae's"; never "May Day's", "Grace Church's")
                if all(part.lower() in known_first_names() for part in first.split("-")) \
                        and (is_rare(first) or "-" in first or last and is_rare(last)) and first not in self.places \
                        and first not in NOT_NAME_WORDS and not (last and (last in NOT_NAME_WORDS or last in self.places)):
                    found.append(("PERSON", match.start(), match.end() - 2, PAIR_SCORE))
        if "u-" in text or "U-" in text or "a-" in text or "o-" in text:
            for match in _ZULU_PREFIXED.finditer(text):
                words = match.group("name").split()
                # a given name or a word no language has ("Nokwanda"); never "U-Bahn", "U-Haul"
                if all(is_rare(word) or word.lower() in world_first_names() for word in words) \
                        and not any(word in self.places or word in NOT_NAME_WORDS for word in words):
                    found.append(("PERSON", *match.span("name"), PAIR_SCORE))
        if "." in text:
            for match in _INITIAL_SURNAME.finditer(text):
                last = match.group("last")
                # a surname no language has as a word ("Mabena"), or the census's that English lacks ("Kruger")
                if (is_rare(last) or match.group("particle") or last.lower() in surnames()) \
                        and last.lower() not in english_words() and last not in NOT_NAME_WORDS and last not in self.places:
                    found.append(("PERSON", match.start(), match.end(), PAIR_SCORE))
            for match in _QUOTED_INITIAL_SURNAME.finditer(text) if '"' in text or "“" in text else ():
                last = match.group("last").title()
                if (last.lower() in surnames() or is_rare(last)) and last not in NOT_NAME_WORDS and last not in self.places:
                    found.append(("PERSON", match.start(), match.end(), STRONG_SCORE))
        if _PARTICLE_HINT.search(text):
            for pair in _NAME_PAIR.finditer(text, overlapped=True):
                first, last = pair.group("first"), pair.group("last")
                # (either name may be a town's too, "Daan" in Taiwan, "Breda": the whole is no place's, never "Rio de Janeiro")
                if pair.group("particles") and first[0].isupper() and last[0].isupper() \
                        and (first.lower() in first_names() or first.split("-")[0].lower() in first_names()
                             or first.lower() in known_first_names() and is_rare(first)) \
                        and last not in NOT_NAME_WORDS and pair.group() not in self.places:
                    found.append(("PERSON", pair.start(), pair.end(), PAIR_SCORE))
        return [item for item in found if not _place_word_after(text, item[2])]

    @staticmethod
    def _all_name_words(name: str) -> bool:
        """Capital words all given names or surnames, one a given name at least: "ESTHER ADJEI", "LIU, MIN"."""
        words = [w.strip(",") for w in name.lower().split()]
        return any(w in known_first_names() for w in words) and all(w in known_first_names() or w in surnames() for w in words)

    def _surnames_alone(self, words: list[str]) -> bool:
        """Whether lowercased words after a given name in capitals may all be surnames: "ESTHER ADJEI",
        not "JAMES STREET", "GRACE HOSPITAL" or "PARIS OFFICE"."""
        for word in words:
            title = word.title()
            if title in NOT_NAME_WORDS or title in ROLE_NAMES or STREET_SUFFIX.fullmatch(title) or TITLE_WORD.fullmatch(title) \
                    or title in self.places or word in STOP_WORDS or title in ENGLISH_WORDS:
                return False
        return True

    def _word_name_pair(self, text: str, first) -> tuple[int, int] | None:
        end = first.end()
        middle = _NEXT_CAPITALISED.match(text, end)
        if middle and middle.group(1).lower() in known_first_names() and middle.group(1) not in NOT_NAME_WORDS:
            end = middle.end()  # "Georgia Mae Sutherland"
        last = _NEXT_CAPITALISED.match(text, end)
        if not last:
            return None
        word = last.group(1)
        parts = word.split("-")
        double_barrelled = len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() and len(p) > 2 for p in parts)
        # (a surname that is also a word, "Long Range", "Royal Mail", says too little)
        return (first.start(), last.end()) if double_barrelled and not _place_word_after(text, last.end()) else None

    def _capitalised_pair(self, text: str, first) -> tuple[int, int] | None:
        """A given name no English word shares, then one or two capitalised surnames ("Marcus Ellery",
        "Zanele Khumalo", "Gwendolyn Price"): none a place, an organisation's word or a street's kind."""
        end = first.end()
        for _ in range(2):
            last = _NEXT_CAPITALISED.match(text, end)
            if not last:
                break
            word = last.group(1)
            # (a town's name may be the surname, the given name first no word: "Ananya Raman", "Pius Wari";
            # never a city's, "Ahmed Cairo")
            town = end == first.end() and self.places.get(word, 1.0) <= _TOWN_SCORE
            if word in NOT_NAME_WORDS or word in ROLE_NAMES or TITLE_WORD.fullmatch(word) \
                    or STREET_SUFFIX.fullmatch(word) or word in self.places and not town \
                    or word.lower() in self.places or word.lower() in STOP_WORDS \
                    or word in ENGLISH_WORDS:
                break
            end = last.end()
        if end == first.end() or text[first.start() : end] in self.places or text[first.start() : end] in BRANDS \
                or _place_word_after(text, end) \
                or _ARTICLE_BEFORE.search(text, max(0, first.start() - 5), first.start()):
            # "the Marshall Plan", "a Patek Philippe": a thing named after a person
            return None
        return first.start(), end

    def _more(self, text: str) -> list[tuple[str, int, int, float]]:
        """Names by their relation: an e-mail header, "(my co-author)", "our engineer X", "X from accounts",
        a chat opening on the addressee, a spelled-out surname, a name line above a birth date or a role."""
        found = []
        low = text.lower()
        for pattern, kind, wanted in ((MAIL_HEADER, "name", "@"), (_BRACKETED, "name", "("), (_COLLEAGUE, "name", None),
                                      (_HONORIFIC_SUFFIX, "name", "-"),
                                      (_NICKNAME_INSIDE, "name", _NICKNAME_HINT), (_WHO, "name", ", who"),
                                      (_SPEAKER_IN_BRACKETS, "name", "):"), (_AGED, "name", ")"),
                                      (_HYPHENATED_GIVEN, "hyphen", _HYPHENATED_HINT), (_FROM_WHERE, "name", _FROM_WHERE_HINT),
                                      (_CAPS_HEADER, "header", "\n"),
                                      (_FROM_TEAM, "team", " from "), (_VOCATIVE, "voc", None),
                                      (_KOREAN_GIVEN, "name", _KOREAN_HINT), (_APPOSITIVE, "name", _APPOSITIVE_HINT),
                                      (_RELATION_BRACKETED, "name", _RELATION_BRACKETED_HINT),
                                      (_CALL_BACK, "name", ("call ", "ring ", "phone ", "text ", "email ", "called ", "rang ", "phoned ",
                                                                       "texted ", "emailed ")), (_FAMILY_OF, "name", "fam"),
                                      (_RELATIVE_NAMED, "name", _RELATIVE_NAMED_HINT), (_VIETNAMESE_KIN, "name", _VIETNAMESE_HINT),
                                      (_KIN_AFTER, "known or rare", _KIN_AFTER_HINT),
                                      (_QUOTED_NICKNAME, "known", ('("', "(“")),
                                      (_SUBJECT_NAME, "known", _SUBJECT_NAME_HINT), (_MAIDEN_ANSWER, "name", "maiden"),
                                      (_KNOWN_AS_QUOTED, "nickname", (" as '", ' as "', " as “", " as ‘", "called '", 'called "',
                                                                          "called “", "called ‘", "llamar ", "como ", "apodad",
                                                                          "apelidad")),
                                      (_KNOWN_AS_INITIALS, "name", " as "),
                                      (_DASH_SIGNED, "known or rare", ("--", "—", "–")),
                                      (_BOOKED_UNDER, "name", " under "), (_THANKED, "thanked", _THANKED_HINT),
                                      (_MAIDEN, "name", _MAIDEN_HINT), (_NICKNAMED, "name", _NICKNAMED_HINT),
                                      (_PATRONYMIC_NAME, "name", _PATRONYMIC_HINT),
                                      (_THANKS_TO, "known or rare", _THANKED_HINT),
                                      (_STATEMENT_OF, "known or rare", ("statement of", "testimony of", "affidavit of",
                                                                        "deposition of", "evidence of", "declaration of"))):
            if wanted and (wanted not in low if isinstance(wanted, str) else not any(w in low for w in wanted)
                           if isinstance(wanted, tuple) else not wanted.search(text)):
                continue
            for match in pattern.finditer(text):
                start, end = _group_span(match)
                word = text[start:end].split()[0]
                lower = word.lower()
                if (_VERB_FORM.search(lower) or lower.rstrip("s") in ROLE_NOUNS or lower in _ROLES_BEFORE_NAMES) \
                        and " " in text[start:end] and lower not in known_first_names():
                    # "Visited Kerry-Ann Walters (24)", "Participant K.L. (age 42)": a verb or a role before the name
                    start += len(word) + 1
                    word = text[start:end].split()[0]
                    lower = word.lower()
                capitalised_in_chat = pattern is _FROM_WHERE and word[0].isupper()  # "it's Will from the team"
                if (lower in STOP_WORDS or lower in NOT_NAMES) and not capitalised_in_chat \
                        or lower in CHAT_WORDS or word in NOT_NAME_WORDS:
                    continue
                known = lower in known_first_names() or lower in census_surnames()
                if kind == "team" and not (known or word[0].isupper()):
                    continue
                if pattern is _CALL_BACK and (not known and not is_rare(lower) or word.islower() and lower not in first_names()
                                              and not _own_mail_after(text, end, lower)):
                    continue  # "Call Reception on 020 ...": a desk, not a person; written small, a given name we know only
                    # (or any, its own address after it: "I emailed dean at dean.morrow@outlook.com")
                first, _, second = lower.partition("-")
                if kind == "hyphen" and not (first in first_names() or first in known_first_names()
                                             and is_first_name(second, known_first_names())):  # "Jean-François"
                    continue  # "Jean-Baptiste", "Hyun-woo": known first names ("Rose-Gold Edition" is none)
                if kind == "header" and lower not in first_names():
                    continue  # "AMARA OKONKWO" opens a CV; "URGENT NOTICE" does not
                if pattern is _WHO and " " not in text[start:end] \
                        and lower not in known_first_names():
                    continue  # "Thanks to Apple, who sponsored": companies take "who" too
                if kind == "voc" and not (known or (len(word) >= 6 and not word.endswith("ly"))):
                    continue
                if kind in ("thanked", "known or rare") and lower not in known_first_names() and not is_rare(word):
                    continue  # "Thanks for coming, Everyone.": a known given name only
                if kind == "nickname" and not all(w.lower() in known_first_names() or is_rare(w) and is_rare(w.lower())
                                                  and w.lower() not in ENGLISH for w in text[start:end].split()):
                    continue  # "known on the street as 'Skhumba'", not "known as 'Widget Pro'"
                if kind == "known" and not any(w.lower() in known_first_names() for w in text[start:end].split()):
                    continue
                found.append(("PERSON", start, end, STRONG_SCORE if kind in ("name", "hyphen", "header", "known") else WEAK_SCORE))
        for match in _MID_SENTENCE.finditer(text):
            word = match.group()
            lower = word.lower()
            if word in self.places or word in NOT_NAME_WORDS:
                continue
            # (with its accents, which the lists leave out: "recebido por Sebastião", "o perfil de Matías"; never
            # Turkish's dotless i: "Hasta Adı: Hüseyin" is the patient's name's label)
            if (is_first_name(lower) if "ı" not in lower else lower in first_names()) or lower in WORD_NAMES and not _THING_BEFORE.search(text, max(0, match.start() - 6), match.start()):
                found.append(("PERSON", match.start(), match.end(), WEAK_SCORE))
        for match in _OPENING_NAME.finditer(text):
            word = match.group("name")
            if word.lower() in first_names() and word not in self.places and word not in NOT_NAME_WORDS:
                found.append(("PERSON", *match.span("name"), WEAK_SCORE))
        if "the late" in text:
            for match in _THE_LATE.finditer(text):
                word = match.group("name").split()[-1 if match.group("initials") else 0]
                # (after initials a surname: "Estate of the late D. Pryor")
                if (word.lower() in known_first_names() or is_rare(word)
                        or match.group("initials") and word.lower() in surnames()) and word not in self.places \
                        and word not in NOT_NAME_WORDS and word not in MONTHS:
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if "Child" in text:
            for match in _COURT_CHILD.finditer(text):
                found += [("PERSON", *match.span(g), STRONG_SCORE) for g in ("name", "second") if match.group(g)]
        if "nonymity" in low or "NONYMITY" in text:
            found += [("PERSON", *m.span("name"), STRONG_SCORE) for m in _ANONYMISED.finditer(text)]
        if ", who is " in text or ", aged " in text:
            letters = set()
            for match in _LETTER_CHILD.finditer(text):
                found.append(("PERSON", *match.span("name"), STRONG_SCORE))
                if len(match.group("name")) == 1 and match.group("name") != "A":
                    letters.add(match.group("name"))
            for letter in letters:  # the same child further on: "J lives with his mother", "Order: L will spend"
                found += [("PERSON", m.start(), m.end(), STRONG_SCORE) for m in regex.finditer(
                    rf"(?<![\p{{L}}\d.'’\-/&]){letter}(?=[ \t]+\p{{Ll}}|[ \t]*[,;)]|\.(?:\s|$))", text)]
        if ":" in text or "." in text:  # "Participant: R.M.S.", "from participant K.M.O. in the presence of"
            found += [("PERSON", *m.span("name"), STRONG_SCORE) for m in _INITIALS_LABEL.finditer(text)]
        if ":" in text:
            # a chat message opening on whom it speaks to, a word no dictionary holds: "Mum: Sipho don't forget"
            for match in _ADDRESSEE_AFTER_SPEAKER.finditer(text):
                word = match.group("name")
                if is_rare(word) and word not in self.places and word not in NOT_NAME_WORDS \
                        and match.group("speaker").strip().lower() not in _HEADER_LABELS:  # "Subject: Handover notes"
                    found.append(("PERSON", *match.span("name"), WEAK_SCORE))
        if "," in text:
            for match in _NAME_FOR_TEAM.finditer(text):
                if match.group("name").split()[0].lower() in known_first_names():
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if "?" in text and _NAME_QUESTION_HINT.search(text):
            for match in _ANSWERED_NAME.finditer(text):
                words = match.group("name").lower().split()
                if not (words[0] in STOP_WORDS or words[0] in NOT_NAMES or words[0] in CHAT_WORDS or words[0] in _ANSWER_WORDS):
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        found += self._speakers_named(text) if ":" in text or "：" in text else []
        if ". (19" in text or ". (20" in text or "1. " in text:
            found += _cited_authors(text)
        if "FPS " in text or "FPI " in text or "FPO " in text or "TFR " in text or "BGC " in text or "BACS " in text \
                or "SO TO " in text or "TRANSFER TO " in text or " order to " in text.lower() \
                or "NEFT " in text or "IMPS " in text or "RTGS " in text:  # "TRANSFER TO M OKAFOR"
            found += _payment_parties(text)
        if "\n" in text and (top := _TOP_LINE_NAME.match(text)):
            words = top.group("name").split()
            # (or the name's own words make up an email's login below it: "clemence.fabre@gmail.com")
            logins = " ".join(m.group(1).lower() for m in _EMAIL_LOGIN.finditer(text)) if "@" in text else ""
            if (words[0].lower() in first_names() or words[0].lower() in known_first_names()
                    or all(is_rare(w) for w in words)
                    or logins and all(ascii_form(w).lower() in logins for w in words)) and not any(
                    w in NOT_NAME_WORDS or w.lower() in STOP_WORDS or w in self.places for w in words):
                found.append(("PERSON", *top.span("name"), STRONG_SCORE))
        if "'s" in text or "’s" in text:
            for match in _POSSESSIVE.finditer(text):
                word = match.group("name")
                if (word.lower() in first_names() or word.lower() in surnames()) and word not in self.places \
                        and word not in NOT_NAME_WORDS:
                    found.append(("PERSON", match.start("name"), match.end("name"), WEAK_SCORE))
            # written small in a chat: "im at becca's tonight" (a given name no English word shares)
            for match in _SMALL_POSSESSIVE.finditer(text):
                word = match.group("name")
                if word in first_names() and word not in CHAT_WORDS and word.title() not in self.places:
                    found.append(("PERSON", match.start("name"), match.end("name"), WEAK_SCORE))
        if "," in text:  # "HALVORSEN, Ingrid Marie (née Lindqvist)": a surname in capitals, then the given names
            for match in _SURNAME_FIRST.finditer(text):
                given = match.group("given")
                # a known given name, or any with a call name in quotes after it ("BOTHA, Johannes Petrus (“Jopie”)")
                if (given.lower() in known_first_names() or match.group("nick")) \
                        and match.group("name").title() not in NOT_NAME_WORDS \
                        and match.group("name").title() not in self.places and match.group("name") not in _NOT_INITIALS:
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
                    found.append(("PERSON", *match.span("given"), STRONG_SCORE))
                    if match.group("nick"):
                        found.append(("PERSON", *match.span("nick"), STRONG_SCORE))
        if "," in text and (":" in text or ">" in text):
            for match in _SURNAME_FIRST_AFTER_LABEL.finditer(text):
                name, given = match.group("name"), match.group("given")
                if given.lower() in known_first_names() and name.title() not in NOT_NAME_WORDS \
                        and name.title() not in self.places and given.title() not in self.places:
                    found.append(("PERSON", match.start("name"), match.end(), STRONG_SCORE))
        if "," in text and ('"' in text or "“" in text):
            for match in _QUOTED_SURNAME_FIRST.finditer(text):
                name, given = match.group("name").split()[0].title(), match.group("given")
                # a known given name after a surname, never a greeting's or a place's ('"Thanks, Emily"', '"Paris, Texas"')
                if given.lower() in known_first_names() and name.lower() not in STOP_WORDS and name not in NOT_NAME_WORDS \
                        and name.lower() not in NOT_NAMES and name.lower() not in CHAT_WORDS and name not in self.places \
                        and (name.lower().replace("'", "").replace("’", "") in surnames() or is_rare(name)):  # "O'Neill"
                    found.append(("PERSON", match.start("name"), match.end(), STRONG_SCORE))
        if ") " in text:
            for match in _NICK_BETWEEN.finditer(text):
                first, nick = match.group("first"), match.group("nick")
                # a known given name on either side of the brackets ("Edna (Hollis) Whitcomb": a maiden name), or a call
                # name cut from the given name ("ADEBOLA (BOLA) ONIPEDE")
                if (first.lower() in known_first_names() or nick.lower() in known_first_names()
                        or len(nick) >= 3 and nick.lower() in first.lower() and nick.lower() != first.lower()) \
                        and first.title() not in NOT_NAME_WORDS and first.title() not in self.places:
                    found += [("PERSON", *match.span(group), STRONG_SCORE) for group in ("first", "nick", "last")]
        if " married" in text or " engaged" in text or " expecting" in text or " celebrating" in text:
            for match in _COUPLE.finditer(text):  # (one given name we know vouches for the other: "Priyanka & Dev")
                given = [match.group("name"), match.group("second").split()[0]]
                # ... or both are words no language has ("Rizwangul and Memetjan Obulqasim got married")
                if (any(word.lower() in known_first_names() for word in given) or all(map(self._given_or_rare, given))) \
                        and not {match.group("name"), *match.group("second").split()} & NOT_NAME_WORDS \
                        and not all(word in self.places for word in given):  # "Paris and Berlin got married" in a song
                    found += [("PERSON", *match.span(g), STRONG_SCORE) for g in ("name", "second")]
        if " AND " in text or " & " in text:
            for match in _TWO_NAMES_IN_CAPITALS.finditer(text):
                if all(is_first_name(match.group(g).split()[0].lower()) for g in ("name", "second")):
                    found += [("PERSON", *match.span(g), STRONG_SCORE) for g in ("name", "second")]
        if "mr" in text or "miss " in text:
            for match in _SMALL_TITLE.finditer(text):  # (a surname no dictionary holds: not "mr right")
                surname = match.group("name").rsplit(" ", 1)[-1].replace("’", "'")
                if is_rare(surname) or "'" in surname or surname in surnames() and surname not in english_words():
                    found += [("TITLE", *match.span("title"), TITLE_SCORE), ("PERSON", *match.span("name"), STRONG_SCORE)]
        if " to " in text or " of " in text or " by " in text:
            for match in _OWNER_CUE.finditer(text):
                words = match.group("name").split()
                if not set(words) & NOT_NAME_WORDS and match.group("name") not in self.places \
                        and not _FIRM_WORD.fullmatch(words[-1]) and not STREET_SUFFIX.fullmatch(words[-1]):
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if ", " in text:
            for match in _NAME_BEFORE_STREET.finditer(text):  # (a given name we know first: not "Victoria Park, 14 ...")
                words = match.group("name").split()
                if is_first_name(words[0].lower()) and not set(words) & NOT_NAME_WORDS \
                        and not STREET_SUFFIX.fullmatch(words[-1]) and match.group("name") not in self.places:
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if " & " in text or " and " in text:
            for match in _TWO_GIVEN_NAMES.finditer(text):  # (given names of our short list only: not "Faith and Hope")
                first, second = match.group("name"), match.group("second").split()[0]
                if is_first_name(first.lower()) and is_first_name(second.lower()) and not {first, second} & NOT_NAME_WORDS:
                    found += [("PERSON", *match.span(g), STRONG_SCORE) for g in ("name", "second")]
        if "(" in text:
            for match in _NAME_BEFORE_BRACKET.finditer(text):
                words = match.group("name").split()
                # the name starts at its given name, after a role's words ("Principal Factors Administrator Caspian ...")
                first = next((i for i, w in enumerate(words) if w.lower() in known_first_names()
                              or is_rare(w) and w.lower() not in english_words()), len(words))
                name = " ".join(words[first:])
                alone = len(words) - first == 1 and match.group("personal") and self._given_or_rare(words[first])
                if (len(words) - first > 1 or alone) and not set(words[first:]) & NOT_NAME_WORDS and name not in self.places \
                        and (match.group("pronouns") or words[first].lower() in known_first_names()
                             or all(map(is_rare, words[first:]))):
                    found.append(("PERSON", match.end("name") - len(name), match.end("name"), STRONG_SCORE))
            parties = [*_PARTY.finditer(text), *(_CAPS_PARTY.finditer(text) if "BETWEEN" in text or " AND " in text
                                                 or "(Claimant" in text or "(Defendant" in text else ())]
            for match in parties:
                words = [w.strip(".,") for w in match.group("name").split()]
                # "June Okafor-Bell": a month's name is a first name here, the role says who it is
                if not set(words) & NOT_NAME_WORDS - MONTHS and words[0].lower() not in NOT_NAMES:
                    found.append(("PERSON", match.start("name"), match.end("name"), STRONG_SCORE))
        if _HUNGARIAN_HINT.search(text):
            for match in _FAMILY_FIRST.finditer(text):
                family = match.group("family").lower()
                if match.group("given").lower() in known_first_names() and family not in _NOT_FAMILY_FIRST \
                        and family not in STOP_WORDS \
                        and not TITLE_WORD.fullmatch(match.group("family")):
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if " famil" in text or " household" in text:
            for match in _FAMILY_NAMED.finditer(text):
                for group in ("name", "second") if match.group("second") else ("name",):
                    word = match.group(group)
                    if word not in self.places and word not in NOT_NAME_WORDS and word.lower() not in STOP_WORDS \
                            and (word.lower() in surnames() or is_rare(word)):  # never "the Royal family", "the Smart family plan"
                        found.append(("PERSON", *match.span(group), STRONG_SCORE))
        if "the " in text or "The " in text:
            for match in _FAMILY_PLURAL.finditer(text):
                stem = match.group("name")
                lower = stem.lower()
                if lower in surnames() and stem not in self.places and stem not in NOT_NAME_WORDS \
                        and lower not in known_first_names() and lower not in ROLE_NOUNS and lower not in NOT_NAMES \
                        and lower not in _PLURAL_NOT_FAMILIES:
                    found.append(("PERSON", match.start("name"), match.end(), WEAK_SCORE))
        if _CASE_HINT.search(text):
            for match in _CASE_PARTIES.finditer(text):
                for side in ("left", "right"):
                    start, value = match.start(side), match.group(side)
                    while " " in value and (value.split()[0].lower() in STOP_WORDS or value.split()[0].lower() in ROLE_NOUNS):
                        cut = value.index(" ") + 1  # "In Okafor v ...", "Plaintiff Rosa Jiménez v. ..."
                        start, value = start + cut, value[cut:]
                    words = [w.strip(".,") for w in value.split()]
                    lower = words[0].lower()
                    # a firm is a party too ("Wells Fargo", "Brightwater Housing Association"): a person's
                    # name opens on a known first name, or is a known name alone
                    known = lower in known_first_names() or len(words) == 1 and all(
                        part in census_surnames() for part in lower.split("-"))  # "Delgado-Finch" too
                    # ... or, both sides a single word, a surname no dictionary holds ("Mokoena v Dlamini")
                    known = known or len(words) == 1 and _single_rare_words(match)
                    if known and not set(words) & _NOT_PARTY_WORDS and value not in self.places \
                            and lower not in NOT_NAMES and lower not in STOP_WORDS and value not in BRANDS:
                        found.append(("PERSON", start, start + len(value), STRONG_SCORE))
        found += self._named_by_what_they_have(text)
        found += self._lowercase_full_names(text)
        if "-" in text:
            for match in _SPELLED.finditer(text):
                word = match.group().replace("-", "")
                if regex.search(rf"(?i)\b{word}\b", ascii_form(text[: match.start()])):  # "Gráinne, that's G-R-A-I-N-N-E"
                    found.append(("PERSON", match.start(), match.end(), STRONG_SCORE))
        for match in _NAME_LINE.finditer(text):
            start, end = _group_span(match)
            words = [w.strip(".,") for w in text[start:end].split()]
            if set(words) & NOT_NAME_WORDS or words[0].lower() in NOT_NAMES:
                continue
            role = match.group().rstrip().endswith(tuple(_ROLES.split("|"))) or match.group().endswith("Leader")
            if role or any(w.lower() in known_first_names() or w.lower() in census_surnames() for w in words):
                found.append(("PERSON", start, end, STRONG_SCORE))
        return found + self._marked_names(text) + self._named_by_who_they_are(text)

    def _marked_by_forms(self, text: str) -> list[tuple[str, int, int, float]]:
        """Names a form's mark or field says: a father's after "S/o", a name in brackets before the age, a Malay or
        Javanese name label, Kabyle "Nekk d", a given name and a surname in fields side by side, a note's signer."""
        found = []
        if "/" in text and _CHILD_OF_HINT.search(text):
            for match in _CHILD_OF_MARK.finditer(text):
                span = self._plain_name(text, match.start("name"), match.group("name"))
                if span:
                    found.append(("PERSON", *span, STRONG_SCORE))
        if "(" in text:
            for match in _NAME_AGE_BRACKETED.finditer(text):
                words = match.group("name").split()
                first = words[0].lower()
                # a given name or a word no language has ("Sutinah"), never "(Chapter, 12)" nor "(Paris, 24)"
                if (is_first_name(first) or is_rare(words[0]) or len(words) > 1 and first in known_first_names()) \
                        and not any(word in NOT_NAME_WORDS or word in ROLE_NAMES for word in words) \
                        and match.group("name") not in self.places \
                        and not _PET_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
            if ")" in text:
                for match in _NOTE_SIGNER.finditer(text):
                    name = match.group("name")
                    if " " not in name and len(name) <= 3:
                        ok = (name.isupper() or name.islower()) and name.lower() not in STOP_WORDS \
                            and not TITLE_WORD.fullmatch(name.title())
                    else:
                        ok = (name.split()[0].lower() in known_first_names() or is_rare(name.split()[0])) \
                            and not any(word in NOT_NAME_WORDS for word in name.split())
                    if ok:
                        found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if ":" in text or "：" in text:
            for match in _LABEL_NUSANTARA.finditer(text):
                span = self._plain_name(text, match.start("name"), match.group("name"))
                if span and not any(word.lower() in _NUSANTARA_PLACES_AND_FIRMS for word in match.group("name").split()):
                    found.append(("PERSON", *span, STRONG_SCORE))
        if "ekk d " in text or "sem" in text:
            for match in _KABYLE_I_AM.finditer(text):
                span = self._plain_name(text, match.start("name"), match.group("name"))
                if span:
                    found.append(("PERSON", *span, STRONG_SCORE))
        if "|" in text or "\t" in text or ";" in text or '", "' in text or "', '" in text:
            for match in _GIVEN_THEN_SURNAME_FIELD.finditer(text, overlapped=True):
                first, last = match.group("first"), match.group("last")
                if is_first_name(first.lower()) and first not in self.places and first not in ROLE_NAMES \
                        and (is_rare(last) or last.lower() in census_surnames()) and last not in NOT_NAME_WORDS \
                        and last not in ROLE_NAMES and last not in self.places and last not in MONTHS \
                        and not STREET_SUFFIX.fullmatch(last) and not TITLE_WORD.fullmatch(last):
                    # (the fields say more than NER's guess of a place: "Chioma" in a row is no town)
                    found += [("PERSON", *match.span(g), STRONG_SCORE) for g in ("first", "last")]
        return found

    def _plain_name(self, text: str, start: int, name: str) -> tuple[int, int] | None:
        """The capitalised words of a name a mark vouches for, cut before the first that is an organisation's,
        a role's or a month's word; None when no word is left or the whole is a place."""
        kept = []
        for word in name.split():
            if word in NOT_NAME_WORDS or word in ROLE_NAMES or word in MONTHS or TITLE_WORD.fullmatch(word) \
                    or STREET_SUFFIX.fullmatch(word):
                break
            kept.append(word)
        if not kept or " ".join(kept) in self.places or kept[0].lower() in STOP_WORDS:
            return None
        end = start
        for word in kept:
            end = text.index(word, end) + len(word)
        return start, end

    def _named_by_who_they_are(self, text: str) -> list[tuple[str, int, int, float]]:
        """Names by whose kin they are, a login in brackets made of them, a log's key naming their part, what they
        do with their own, an Arabic compound, a Filipino article or elder's word, a party's qualified label, a
        list's line with an age. Each looked for only with its mark."""
        found = []
        at = text.find(" of ")
        while at >= 0:  # "son of Tikam Das", "Rizalina Obenza of Guiuan": a capital after " of " first
            if text[at + 4 : at + 5].isupper() or text.startswith("the late ", at + 4):
                found += self._named_around_of(text, at)
            at = text.find(" of ", at + 4)
        if "(" in text:
            for login in _LOGIN_IN_BRACKETS.finditer(text):
                gap = login.start() - (text[login.start() - 1 : login.start()] == " ")
                word = text.rfind(" ", max(0, gap - 30), gap) + 1
                if not text[word : word + 1].isupper():
                    continue  # (a capitalised word right before the bracket first: never code's "print(value)")
                span = self._name_of_login(text, login)
                if span:
                    found.append(("PERSON", *span, STRONG_SCORE))
        if "=\"" in text or "='" in text or "= \"" in text:
            for match in _QUOTED_VALUE.finditer(text):
                key = _KEY_BEFORE.search(text, max(0, match.start() - 40), match.start())
                if key and key.group("role").lower() in _ROLE_KEYS and self._name_words_plain(match.group("name").split()):
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if " his " in text or " her " in text:
            starts = set()
            for pronoun in _HIS_HER.finditer(text):
                end = _SENTENCE_END.search(text, max(0, pronoun.start() - 80), pronoun.start())
                start = end.start() + 1 if end else 0 if pronoun.start() <= 80 else -1
                if start < 0 or start in starts:
                    continue
                starts.add(start)
                match = _SUBJECT_OWN.match(text, start)
                # (written small too, a given name or a word no language has: "nilufar", "tolani"; never "staff")
                if match and self._name_words_plain(match.group("name").split()):
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if " from " in text:
            for match in _SUBJECT_FROM.finditer(text):
                if self._name_words_plain(match.group("name").split()):
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if any(hint in text for hint in _ARTICLE_COMPOUND_HINT):
            for match in _ARTICLE_COMPOUND.finditer(text):
                words = regex.split(r"[ \-]", match.group("name"))  # (the word after the article too: "Zia ul Haq")
                if any(self._given_or_rare(w) or w.lower() in known_first_names() for w in (words[0], words[2])) \
                        and not set(words) & NOT_NAME_WORDS and words[0] not in self.places:
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        aged = ") -" in text or ") –" in text or ") —" in text
        article = text.startswith(("si ", "ni ", "kay ")) or any(hint in text for hint in _PERSONAL_ARTICLE_HINT)
        filipino = article and any(word in text for word in _FILIPINO_WORDS)
        for pattern, hint in ((_PERSONAL_ARTICLE, article), (_ON_DUTY, _ON_DUTY_HINT.search(text)),
                              (_ELDER_BEFORE, _ELDER_HINT.search(text)), (_AGED_LIST_ITEM, aged)):
            for match in pattern.finditer(text) if hint else ():
                words = match.group("name").split()
                keep = len(words)
                while keep > 1 and not self._name_words_plain(words[:keep]):
                    keep -= 1  # "si Cresencia Bogo": the name, not the place after it
                # (a word no language has after "si" or "ni" only in Filipino text: Haitian "si Bondye vle", Kinyarwanda's "ni")
                if pattern is _PERSONAL_ARTICLE and words[0] in _HOLY_NAMES:
                    continue  # "Iglesia ni Cristo" (a church), "salamat sa Dios"
                if self._name_words_plain(words[:keep]) and (words[0].lower() in known_first_names()
                                                             or is_rare(words[0]) and pattern is not _ELDER_BEFORE
                                                             and (pattern is not _PERSONAL_ARTICLE or filipino)):
                    start = match.start("name")
                    end = start + len(" ".join(words[:keep]))
                    suffix = _NAME_SUFFIX.match(text, end)  # "Crisostomo Palad Jr."
                    found.append(("PERSON", start, suffix.end() if suffix else end, STRONG_SCORE))
        at = text.find(":")
        while at >= 0:  # a party's qualified label opening its line: two words before the colon
            line = text.rfind("\n", 0, at) + 1
            if at - line < 40 and text[line:at].count(" ") <= 4 and (match := _QUALIFIED_LABEL.match(text, line)):
                words = match.group("name").split()
                keep = len(words)
                while keep > 1 and not self._name_words_plain(words[:keep]):
                    keep -= 1  # "Crisostomo Palad Jr., 69": the name, its suffix below
                if pattern is _PERSONAL_ARTICLE and words[0] in _HOLY_NAMES:
                    continue  # "Iglesia ni Cristo" (a church), "salamat sa Dios"
                if self._name_words_plain(words[:keep]) and (words[0].lower() in known_first_names() or is_rare(words[0])):
                    start = match.start("name")
                    end = start + len(" ".join(words[:keep]))
                    suffix = _NAME_SUFFIX.match(text, end)
                    found.append(("PERSON", start, suffix.end() if suffix else end, STRONG_SCORE))
            line_end = text.find("\n", at)  # (the first colon of each line only)
            at = text.find(":", line_end) if line_end >= 0 else -1
        return found

    def _named_around_of(self, text: str, at: int) -> list[tuple[str, int, int, float]]:
        """Whose child or spouse someone is ("son of Tikam Das"), or a full name before the town the person is of
        ("Rizalina Obenza of Guiuan, Eastern Samar"): `at` is where " of " stands."""
        found = []
        kin = _KIN_BEFORE_OF.search(text, max(0, at - 14), at)
        if kin and (match := _KIN_OF.match(text, kin.start())):
            if self._name_words_plain(match.group("name").split()):  # never "son of God", "wife of Bath"
                found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if (place := _PLACE_AFTER_OF.match(text, at + 4)) and (name := _NAME_BEFORE_OF.search(text, max(0, at - 60), at)):
            words, place = name.group("name").split(), place.group("place")
            # each word a given name or a surname we know or a word no language has, the place a town we know or such a
            # word ("Guiuan"); never "Bank of", "Duke of York"
            if self._name_words_plain(words) and all(
                    w.lower() in known_first_names() or w.lower() in census_surnames() or is_rare(w) for w in words) \
                    and (place in self.places or is_rare(place) and place.lower() not in english_words()):
                found.append(("PERSON", *name.span("name"), STRONG_SCORE))
        return found

    def _name_words_plain(self, words: list[str]) -> bool:
        """Capitalised words that may be a name: none an organisation's, a title's, a role's or a month's word, the
        whole no place; each a given name or a surname we know, or no word of English; one at least a given name
        no English word shares or a word no language has ("Anta Gaye", "Yar Jan"; never "Mission Control")."""
        if not words or " ".join(words) in self.places or len(words) == 1 and (
                words[0] in self.places or words[0].title() in self.places):
            return False
        for word in words:
            lower = word.lower()
            if word in NOT_NAME_WORDS or word.title() in NOT_NAME_WORDS or word in ROLE_NAMES or word in MONTHS \
                    or lower in STOP_WORDS or lower in NOT_NAMES or lower in ROLE_NOUNS or lower in CHAT_WORDS \
                    or lower in KIN_BEFORE or TITLE_WORD.fullmatch(word):
                return False
            if lower in english_words() and lower not in known_first_names() and lower not in census_surnames():
                return False
        return any(word.lower() in first_names() or is_rare(word) and word.lower() not in english_words() for word in words)

    def _name_of_login(self, text: str, login) -> tuple[int, int] | None:
        """The name before a login in brackets, the login made of its words: "Grace Mutua (gmutua@...)", not
        "Acme Billing (billing@acme.com)" (an English word only) nor "User" before the name."""
        before = _WORDS_BEFORE_LOGIN.search(text, max(0, login.start() - 80), login.start())
        if not before:
            return None
        handle = ascii_form(login.group("login")).lower()
        parts = _LOGIN_PARTS.findall(handle)
        words = before.group().split()
        kept, matched = [], False
        for word in reversed(words):  # from the bracket back, while the words may be a name's
            lower = word.lower()
            bare = ascii_form(lower).replace("'", "").replace("’", "")
            if word in NOT_NAME_WORDS or word.title() in NOT_NAME_WORDS or word in ROLE_NAMES or lower in STOP_WORDS \
                    or lower in NOT_NAMES or lower in ROLE_NOUNS or TITLE_WORD.fullmatch(word) or word in MONTHS:
                break
            in_login = len(bare) >= 3 and (bare in handle or any(len(p) >= 4 and bare.startswith(p) for p in parts))
            if lower in english_words() and lower not in known_first_names():
                break  # "Billing", "Widgets" (census surnames both)
            kept.insert(0, word)
            matched = matched or in_login
        if not kept or not matched or " ".join(kept) in self.places or len(kept) == 1 and kept[0] in self.places:
            return None
        end = before.start() + len(before.group().rstrip())
        return end - len(" ".join(kept)), end

    def _given_or_rare(self, word: str) -> bool:
        """A given name no English word shares, or a word no language has ("Shoira"), and no place's."""
        lower = word.lower()
        return (lower in first_names() or is_rare(word) and lower not in english_words()) \
            and word not in self.places and word.title() not in self.places and word.title() not in NOT_NAME_WORDS

    def _marked_names(self, text: str) -> list[tuple[str, int, int, float]]:
        """Names by a mark of where they stand: a message's closing name, a Dutch call name between initials and
        surname, a cited author, a Korean honorific after the name, a to-do's owner, an addressee before "your",
        "naam ... hai", a one-line form's name field, a court caption's party, a device named for its owner. Each
        looked for only with its mark."""
        found = []
        tail = _CLOSING_NAME.search(text, max(0, len(text) - 60))
        if tail:
            word = tail.group("name")
            # after a sentence a given name we know; after a kiss or a phone number also a word no language has
            if (word.lower() in first_names() if tail.group("sentence") or word.islower() else self._given_or_rare(word)) \
                    and word not in self.places and word not in NOT_NAME_WORDS:
                found.append(("PERSON", *tail.span("name"), WEAK_SCORE if tail.group("sentence") else STRONG_SCORE))
        if ".(" in text or ". (" in text:
            for match in _CALL_NAME_AFTER_INITIALS.finditer(text):
                call, last = match.group("call"), match.group("last").split()[-1]
                # a given name we know in the brackets, a surname after them: never "U.S. (Delaware) Corporation"
                if all(part.lower() in known_first_names() for part in call.split("-")) and call not in self.places \
                        and (last.lower() in surnames() or is_rare(last) and last.lower() not in english_words()) \
                        and last not in NOT_NAME_WORDS and last not in self.places:
                    found.append(("PERSON", match.start(), match.end(), STRONG_SCORE))
        if ", 1" in text or ", 20" in text:
            for match in _CITATION.finditer(text) if "(" in text else ():
                for group in ("name", "second") if match.group("second") else ("name",):
                    word = match.group(group)
                    lower = word.lower()  # (a surname that is a word too, "Morrison", "Brown"; never "(Summer, 2019)")
                    if (lower in census_surnames() or is_rare(word)) and lower not in ENGLISH and lower not in STOP_WORDS \
                            and lower not in _NOT_AUTHORS and word not in NOT_NAME_WORDS and word not in self.places:
                        found.append(("PERSON", *match.span(group), STRONG_SCORE))
        if " nim" in text or " ssi" in text:
            for match in _KOREAN_TITLE_AFTER.finditer(text):
                found += [("PERSON", *match.span("name"), STRONG_SCORE), ("TITLE", *match.span("title"), TITLE_SCORE)]
        if "TODO(" in text or "FIXME(" in text or "XXX(" in text or "HACK(" in text:
            for match in _TODO_OWNER.finditer(text):
                # a given name we know, maybe in a handle ("yael.k"); a topic is no one's ("TODO(i18n)", "TODO(backend)")
                if regex.split(r"[._\-]", match.group("name").lower())[0] in known_first_names():
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if ", your" in text:
            for match in _ADDRESSED_YOUR.finditer(text):
                word = match.group("name")
                lower = word.lower()  # (in capitals a given name we know: never "FYI, your", "URGENT, your")
                if (lower in first_names() if word.isupper() else self._given_or_rare(word)) \
                        and lower not in STOP_WORDS and lower not in NOT_NAMES and lower not in CHAT_WORDS:
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if "naam" in text or "Naam" in text:
            for match in _NAAM_HAI.finditer(text):
                words = match.group("name").split()
                # a given name among the words, capitalised or no word of the language: never "uska naam kya hai" (what
                # is it), "company ka naam Infosys hai"
                if any(w.lower() in known_first_names() and (w[0].isupper() or w not in _HINDUSTANI_WORDS) for w in words) \
                        and match.group("name") not in self.places \
                        and not _PET_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if ":" in text and ("ame" in text or "AME" in text):
            for match in _INLINE_NAME_FIELD.finditer(text):
                words = match.group("name").split()
                if words[0].lower() not in STOP_WORDS and words[0].lower() not in NOT_NAMES \
                        and not set(words) & NOT_NAME_WORDS and any(
                        w.lower() in known_first_names() or w.lower() in census_surnames() or is_rare(w) for w in words):
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if "...." in text:
            for match in _CAPTION_PARTY.finditer(text):
                words = match.group("name").title().split()
                if not any(w in NOT_NAME_WORDS or _FIRM_WORD.fullmatch(w) or w in self.places for w in words):
                    found.append(("PERSON", *match.span("name"), STRONG_SCORE))
        if any(hint in text for hint in _DEVICE_HINT):
            for match in _DEVICE_OWNER.finditer(text):
                start, end = match.span("name")
                if text.startswith("s", end) and text[start : end + 1].lower() in known_first_names():
                    end += 1  # "Thomas-iPhone": the name's own "s", not a possessive's
                word = text[start:end]
                if self._given_or_rare(word):  # (never a brand's or a room's: "Samsung-Galaxy", "Kitchen-iPad")
                    found.append(("PERSON", start, end, STRONG_SCORE))
        return found


    def _speakers_named(self, text: str) -> list[tuple[str, int, int, float]]:
        """The speakers of a chat transcript ("dre: buzzer broke", "grimwald: bruh"): a label opening two
        lines or more where two speakers or more talk; not a role ("Agent:"), a relation ("Mum:") or a field."""
        # (a lowercase key of an indented YAML block, "    postal: M5J 0C3", speaks no more than a form's does)
        labels = [(m.group("name"), m.span("name")) for m in _SPEAKER_LABEL.finditer(text)
                  if not (m.group("name").islower() and _YAML_INDENT.match(text, m.start()))]
        counts: dict[str, int] = {}
        for name, _ in labels:
            counts[name] = counts.get(name, 0) + 1
        if len(counts) < 2:
            return []
        found = []

        def plain(name: str) -> bool:
            lower = name.lower()
            return lower not in ROLE_SPEAKERS and lower not in ROLE_NOUNS and lower not in NOT_NAMES \
                and lower not in STOP_WORDS and lower not in CHAT_WORDS and name not in NOT_NAME_WORDS \
                and name not in self.places

        def looks_like_one(name: str) -> bool:
            # a name, a handle ("kai.dev", "dre"), never a capitalised word of a form repeated ("Item:", "Product:")
            lower = name.lower()
            rare = all(is_rare(word) for word in lower.split())  # "Bukky", not "Atendente Larissa"
            return (is_first_name(lower) or lower in surnames() or name.islower() or rare
                    or any(c.isdigit() or c in "_." for c in name) or _caseless_name(name)) \
                and not name.isupper() and plain(name)

        # among people who talk, a speaker named like a word is a person too ("Reed: haha thanks", "Rich: ...");
        # and an interview's speakers by their initials ("TW: Can you tell us ...", "LG: On the late shift")
        def says(span: tuple[int, int]) -> bool:  # a sentence after the label, not a form's value ("Item: Widget")
            end = text.find("\n", span[1])
            return len(_SAID_WORD.findall(text, span[1] + 1, len(text) if end < 0 else end)) >= 3

        talking = {name for name, span in labels if says(span)}

        def chats(span: tuple[int, int]) -> bool:  # words written small, as people talk ("she's staying with me")
            end = text.find("\n", span[1])
            return len(_SMALL_SAID_WORD.findall(text, span[1] + 1, len(text) if end < 0 else end)) >= 3

        chatting = {name for name, span in labels if chats(span)}
        people = any(looks_like_one(name) for name in counts)
        initials = [name for name in counts if _INITIALS_SPEAKER.fullmatch(name) and name not in _NOT_INITIALS
                    and name in talking]
        caseless = people and any(counts[name] >= 2 and _caseless_name(name) for name in counts)
        # a person named by a role or a relation talks with them ("Mom: ..." and "Jade: ..."): the other speaker is someone
        partnered = any(name.lower() in _PERSON_ROLE_SPEAKERS for name in counts)
        # a conversation: speakers take turns ("Ploy: ...", "Nok: ...", "Ploy: ..."), one speaks again or three talk, and
        # they talk as people do; a form names each field once, a log repeats one level
        def _given_and_initial(name: str) -> bool:  # "Nok", "kuda", "Priya D"; no role, answer or English word
            given, _, initial = name.partition(" ")
            return given.isalpha() and (given.istitle() or given.islower()) and (not initial or len(initial.rstrip(".")) == 1) \
                and plain(given) and given.lower() not in _ANSWER_WORDS \
                and (given.lower() not in english_words() or given.lower() in known_first_names())

        turns = sum(1 for (a, _), (b, _) in pairwise(labels) if a != b)
        # (or three speakers or more who each talk as people do, once each, two of them by known given names: "Wim: ...",
        # "Katrien: ...", "Dries Lemmens: ..."; a form's "Domicilio:", "Motivo:", "Evolución:" are none)
        named = sum(1 for name in chatting if name.split()[0].lower() in known_first_names())
        conversation = turns >= 2 and (max(counts.values()) >= 2 and len(chatting) >= 2 or len(chatting) >= 3 and named >= 2)
        for name, span in labels:
            if counts[name] >= 2 and looks_like_one(name) \
                    or caseless and _caseless_name(name) and plain(name) \
                    or people and name in talking and name.istitle() and name.replace(" ", "").isalpha() and plain(name) \
                    and _whole_name(name) \
                    and (is_first_name(name.split()[0].lower(), known_first_names()) or counts[name] >= 2
                         or all(is_rare(word) for word in name.split()) and name in chatting) \
                    or len(initials) >= 2 and name in initials \
                    or conversation and name in talking and _given_and_initial(name) \
                    or partnered and counts[name] >= 2 and name in talking and name.istitle() and name.isalpha() \
                    and plain(name) and name.lower() in known_first_names():
                found.append(("PERSON", *span, SPEAKER_SCORE))
        return found

    def _lowercase_full_names(self, text: str) -> list[tuple[str, int, int, float]]:
        """A given name and a surname written small after whose they are ("customer summer okafor, 34", "belongs to
        wren castellanos"): a known given name, then a surname of the census or a word no common English word."""
        found = []
        for match in _LOWER_FULL_NAME.finditer(text):
            given, surname = match.group("given"), match.group("surname")
            last = surname.split("-")[0].replace("'", "").replace("’", "")
            if given.endswith("."):  # after an initial a surname no English word shares
                if (last in surnames() or is_rare(last)) and last not in english_words():  # never "user i. think"
                    found.append(("PERSON", match.start("given"), match.end("surname"), STRONG_SCORE))
                continue
            if ascii_form(given) in known_first_names() and given not in STOP_WORDS and given not in CHAT_WORDS \
                    and (last in census_surnames() or last not in english_words()) \
                    and surname not in STOP_WORDS and surname not in CHAT_WORDS:
                found.append(("PERSON", match.start("given"), match.end("surname"), STRONG_SCORE))
        return found

    def _named_by_what_they_have(self, text: str) -> list[tuple[str, int, int, float]]:
        """Names by an age after them, a family word before them, a wish, or a personal thing they own."""
        found = []
        low = text.lower()
        patterns = ((_NAME_AGE, _NAME_AGE_HINT), (_FAMILY_NAME, ("aunt", "uncle", "cousin", "nana", "gran", "tia ", "tio ", "tía",
                                                                      "tío", "tita", "tito", "opa ", "oma ", "sister",
                                                                      "brother", "mate ", "husband", "wife ", "fianc",
                                                                      "friend ")),
                    (_WISHED, _WISHED_HINT), (_OWNER_OF, ("'s ", "’s ")))
        for pattern, hint in patterns:
            if not (hint.search(text) if isinstance(hint, re.Pattern) else any(h in low for h in hint)):
                continue
            for match in pattern.finditer(text):
                start, end = _group_span(match)
                if match.group() in BRANDS:
                    continue  # "Uncle Ben's rice"
                words = text[start:end].split()
                lower = words[0].lower().strip(".")
                owner = pattern is _OWNER_OF  # a town has no birth certificate: "Ngozi's" is a person's
                # (a given name that is a word, capitalised before an age: "Will, 31, from Austin")
                aged = pattern is _NAME_AGE and words[0][0].isupper() and words[0] not in ("May", "June", "April", "August")
                # (after "auntie" or "grandpa" a given name that is a word too is the name: "auntie pat", "grandpa ray")
                titled = pattern is _FAMILY_NAME and match.group("kin") and lower in known_first_names()
                if pattern is _FAMILY_NAME and ascii_form(lower) not in known_first_names() and lower in english_words() \
                        and words[0].islower():
                    continue  # a thing, not a name: "cousin marriage", "her sister ship" (never "Tita Baby", capitalised)
                if lower in STOP_WORDS and not ((owner or aged) and lower in known_first_names()) or lower in NOT_NAMES or lower in CHAT_WORDS or lower in ROLE_NOUNS \
                        or words[0] in NOT_NAME_WORDS or _VERB_FORM.search(lower) \
                        or not owner and (text[start:end] in self.places or len(words) == 1 and words[0] in self.places) \
                        or lower in ENGLISH and not (pattern is _NAME_AGE or titled or owner and lower in known_first_names()):
                    continue
                if pattern is _NAME_AGE and len(words) == 1 and _NUMBER_ITEM_AFTER.match(text, match.end()):
                    continue  # "Widget, 12, 4.99": a row of numbers, not a name and an age
                if pattern is _NAME_AGE and (_YEARS_AFTER.match(text, match.end()) or text[start - 1 : start] in ('"', "“")) \
                        and not any(w.lower() in known_first_names() or is_rare(w) for w in words):
                    continue  # "Depois, 12 anos mais tarde": years in a sentence, no one's age; a quote's '"Total, 12, paid"'
                if pattern is _OWNER_OF and (lower in _NOT_OWNERS or not (
                        words[0][0].isupper() or lower in known_first_names() or _mostly_lowercase(text))):
                    continue  # lowercase owners only in chat written in lowercase, or known names
                found.append(("PERSON", start, end, STRONG_SCORE if pattern is _NAME_AGE else WEAK_SCORE))
        return found


# a name written small after whose it is: "customer summer okafor", "Member jordan reyes-whitfield", "this is grace kim",
# "belongs to wren castellanos", "signed off lucia ferreyra's", "new member signup: liam o'connell"
_LOWER_FULL_NAME = regex.compile(
    r"(?i:\b(?:customer|member|client|patient|tenant|guest|student|employee|applicant|caller|rider|passenger|"
    r"resident|claimant|user|subscriber|signup|sign-up|this[ \t]+is|belongs[ \t]+to|signed[ \t]+off|on[ \t]+behalf[ \t]+of|"
    r"(?<!\w)(?:dr|mr|mrs|ms|prof)\.?)"  # "welcome back dr. helen achterberg"; "A student, tomás aguirre, 20"
    r"[ \t]*[:,]?[ \t]+)"
    r"(?P<given>\p{Ll}{3,}|\p{Ll}\.)[ \t]+(?P<surname>(?:\p{Ll}['’])?\p{Ll}{3,}(?:-\p{Ll}{3,})?)(?![\p{L}@.\-]\w|\p{L})"
)  # ("Customer j. oyelaran is disputing a charge": an initial)
#: months that are given names too
_MONTH_NAMES = frozenset({"April", "May", "June", "August"})
#: a reply that is no name ("sure", "yeah", "one moment")
_ANSWER_WORDS = frozenset("sure yeah yep yes no nope ok okay one just sorry hang hold hi hello um erm uh certainly".split())
#: speakers of a transcript who are roles, not names ("Agent:", "Caller:", "Mum:")
#: speakers named by a role or a relation to someone: whoever else talks is a person
_PERSON_ROLE_SPEAKERS = frozenset(
    "mum mom dad mama papa mother father grandma nan gran agent customer caller rep operator nurse doctor driver "
    "tenant landlord passenger client courier".split()
)
ROLE_SPEAKERS = frozenset(
    """agent customer caller operator rep representative support admin moderator host guest interviewer interviewee
    speaker doctor dr nurse patient teacher student me you mum mom dad mother father user assistant system bot
    note notes re subject from to cc bcc date time q a question answer update edit ps nb tip warning error info step
    status action result comment reply response example input output officer witness tenant landlord driver
    dispatcher passenger client advisor adviser staff manager receptionist pharmacist adjuster claimant insured
    investigator examiner inspector clerk outbound inbound return departure arrival
    cliente atendente medewerker klant kunde mitarbeiter agente operador operatore conseiller conseillère vendedor
    vendeur asesor asesora paciente patient patiente médico medico arzt human ai""".split()
)
_INITIALS_SPEAKER = regex.compile(r"[A-Z]{2,3}")
_SAID_WORD = regex.compile(r"\p{L}*\p{Ll}[\p{L}'’]*")  # a word of a sentence has a small letter
_SMALL_SAID_WORD = regex.compile(r"(?<![\p{L}'’<@./])\p{Ll}[\p{Ll}'’]*(?![\p{L}@.]\w)")
#: capitals opening lines that are no one's initials
_NOT_INITIALS = frozenset("""PS NB RE CC BCC FW FWD TO ID OK QA HR IT PM AM UK US EU DOB SSN NHS MRN ETA FYI BTW ATTN
    REF TEL FAX URL IP VIN PIN CVV SKU PO NA TBD API FAQ CEO CFO CTO VP""".split())
# A CV's or a letter's opening line, a name alone above an address or a contact ("Clémence Fabre\n17 rue de la ...")
_TOP_LINE_NAME = regex.compile(
    r"\s*(?P<name>\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’\-]*){1,2})[ \t]*\n[ \t]*[^\n]{0,60}(?:\d|@)"
)
_EMAIL_LOGIN = regex.compile(r"([\w.\-+]+)@[\w\-]+\.")
# A reference's authors before its year: "Ramírez-Osorio, L., & Haugen, T. (2023). Kalman filters ..."
_AUTHOR_LIST = regex.compile(
    r"(?m)(?:^|(?<=\]\s)|(?<=^\d{1,3}\.\s))(?P<list>(?:\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}[\p{L}'’\-]+)?,[ \t]+(?:\p{Lu}\.[ \t\-]?){1,3}"
    r"(?:,[ \t]+|,?[ \t]+&[ \t]+|[ \t]*(?=\())){1,8})\((?:19|20)\d\d[a-z]?\)"
)
# ... in a numbered list, Vancouver's "Okonkwo A, Lindqvist M." or one author's "Haraway, D." before the title
_NUMBERED_AUTHORS = regex.compile(
    r"(?m)^[ \t]*\d{1,3}\.[ \t]+(?P<list>(?:\p{Lu}[\p{L}'’\-]+[ ]\p{Lu}{1,3}(?:,[ ]\p{Lu}[\p{L}'’\-]+[ ]\p{Lu}{1,3}){0,8}"
    r"(?:,[ ]et[ ]al)?|\p{Lu}[\p{L}'’\-]+,[ ](?:\p{Lu}\.[ ]?){1,3}))\.?[ ]+\p{Lu}"
    # ... or the first author and "et al." before the year: "1. Riess et al. 1998, AJ 116"
    r"|(?m)^[ \t]*\d{1,3}\.[ \t]+(?P<surname>\p{Lu}[\p{L}'’\-]+)[ ]et[ ]al\.?,?[ ](?:19|20)\d\d"
)
_INITIALS_AFTER = regex.compile(r"(?P<surname>\p{Lu}[\p{L}'’\-]+),?[ ](?P<initials>(?:\p{Lu}\.[ ]?)*\p{Lu}\.|\p{Lu}{1,3}(?![\p{L}]))")
_AUTHOR = regex.compile(r"(?P<surname>\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}[\p{L}'’\-]+)?),[ \t]+(?P<initials>(?:\p{Lu}\.[ \t\-]?)*\p{Lu}\.)")


# a bank statement's payee or payer after the payment's code: "FPS IN LAYLA AL-HASHIMI RENT SHARE", "TFR TO HASHIMI I"
_PAYMENT_CODE = regex.compile(
    # (India's: "NEFT credit from ANAND K Rs 25,000")
    r"\b(?:FPS|FPI|FPO|FASTER[ \t]+PAYMENT|BGC|BACS|TFR|TRANSFER|STO|SO|DD|NEFT|IMPS|RTGS)[ \t]+"
    r"(?i:(?:IN|OUT|TO|FROM|CREDIT|DEBIT)[ \t]+){0,2}(?:(?:MR|MRS|MS|MISS|DR)[ \t]+)?"
    r"|\b(?i:standing[ \t]+order|direct[ \t]+debit|transfer|faster[ \t]+payment)[ \t]+(?i:to|from)[ \t]+"  # "Standing order to R FROST"
)
_UPPER_TOKEN = regex.compile(r"\p{Lu}[\p{Lu}'’\-]*+(?!\p{Ll})")  # (never the "R" of "Rs 25,000")


def _payment_parties(text: str) -> list[tuple[str, int, int, float]]:
    """The people a statement's payments go to or come from: capital words after the payment's code while
    they are known given names, surnames or initials ("N MBEKI LOAN BACK THANKS": "N MBEKI")."""
    found = []
    for code in _PAYMENT_CODE.finditer(text):
        at, start, end, known = code.end(), code.end(), code.end(), False
        for _ in range(4):
            token = _UPPER_TOKEN.match(text, at)
            if not token:
                break
            word = token.group().lower()
            bare = word.removeprefix("al-").removeprefix("el-")
            given = word in first_names() or word in known_first_names()
            if not given and (token.group().title() in gazetteer() or token.group().title() in NOT_NAME_WORDS):
                break  # "CARDIFF COUNCIL": a place's, a body's
            name = given or word in surnames() or is_rare(bare) and bare not in STOP_WORDS
            if not (name or len(word) == 1):
                break
            known = known or name
            end = token.end()
            if not text.startswith(" ", end) or text.startswith("  ", end):
                break
            at = end + 1
        if known and end > start:
            found.append(("PERSON", start, end, STRONG_SCORE))
    return found


def _cited_authors(text: str) -> list[tuple[str, int, int, float]]:
    """The surnames and initials of a reference list's authors (APA's "Surname, I. I., & Surname, I. (2023)")."""
    found = []
    for pattern, author_pattern in ((_AUTHOR_LIST, _AUTHOR), (_NUMBERED_AUTHORS, _INITIALS_AFTER)):
        for match in pattern.finditer(text):
            if "surname" in match.re.groupindex and match.group("surname"):
                found.append(("PERSON", *match.span("surname"), STRONG_SCORE))
                continue
            for author in author_pattern.finditer(text, *match.span("list")):
                found.append(("PERSON", *author.span("surname"), STRONG_SCORE))
                found.append(("PERSON", *author.span("initials"), STRONG_SCORE))
    return found


_YAML_INDENT = regex.compile(r"\n?(?:[ \t]{2,}|[ \t]*-[ \t]+)")
_SPEAKER_LABEL = regex.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?"
    # a WhatsApp export's day and time before the speaker: "12/03/2024, 21:06 - Desmond: ..."
    r"(?:(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+)?\d{1,2}[:.]\d\d(?:[ \t]?[APap][Mm])?[ \t]*[-–][ \t]*)?"
    r"(?P<name>\p{L}[\p{L}\d_.'’\-]{1,20}(?:[ ]\p{Lu}(?:[\p{L}'’\-]{1,20}|\.?(?=:)))?)"  # "Marg Holloway: ...", "Priya D: ..."
    r"(?:[ \t]*\([^()\n]{1,25}\))?(?:[ \t]+\d{1,2}:\d\d(?:[ \t]?[APap][Mm])?)?"  # a clock after them: "Otieno 08:30: Sawa"
    r"(?::[ \t]+|：[ \t]*)\S"  # a note on who they are: "Becky (Noah's mum): ..."
)  # (a full-width colon in Japanese and Chinese: "けんた：世田谷区...")


def is_first_name(lower: str, names: frozenset[str] | None = None) -> bool:
    """A first name of the list, or one once its accents are gone ("tomás", "giò")."""
    names = first_names() if names is None else names
    return lower in names or not lower.isascii() and ascii_form(lower) in names


def _place_word_after(text: str, end: int) -> bool:
    """A place named like a person: "Florence Nightingale Museum", "Willow Creek Dr"."""
    following = _FOLLOWING.match(text, end)
    return bool(following) and (following.group(1) in NOT_NAME_WORDS or bool(STREET_SUFFIX.fullmatch(following.group(1))))


def _group_span(match) -> tuple[int, int]:
    """Where the `name` group matched (patterns with two alternatives name both `name`)."""
    starts, ends = match.starts("name"), match.ends("name")
    return (starts[-1], ends[-1]) if starts else (-1, -1)


def _name_words(text: str, match, strength: str) -> tuple[int, int] | None:
    """The name's start and end in a cue match, or None. Its first word must qualify:
    after a strong cue any word that is not a common one, after a weak cue a known
    first name. Later words join while they keep the first word's case."""
    group = "name2" if match.groupdict().get("name2") else "name"
    base = match.start(group)
    words = list(_NAME_TOKEN.finditer(match.group(group)))
    while len(words) > 1 and len(words[0].group()) == 1 and match.group(group)[words[0].end() : words[0].end() + 1] == ".":
        words = words[1:]  # "A. Raghavan": the initial stays in the name, the surname is read
    if not words:
        return None
    first = words[0].group()
    lower = first.lower()
    if lower in STOP_WORDS or lower in NOT_NAMES or lower in CHAT_WORDS or TITLE_WORD.fullmatch(first) \
            or _BADGE_TITLE.fullmatch(first):
        return None
    if first.islower() and lower not in known_first_names() and (
            strength == "label" or _VERB_FORM.search(lower)):
        return None  # "Pt: stable", "my father died": a word, not a name
    if strength == "cued":
        cue = text[match.start() : base].strip(" ,\t").lower().split()
        known = lower in first_names() or (
            lower in known_first_names() and (_NAME_END.match(text, base + words[0].end())
                                               or (cue and cue[-1] in _PERSON_OBJECT_VERBS))
        )
        if known and cue and cue[-1] == "to" and lower not in first_names():
            # "pass the msg to hope, ...", never the verb of "i need to mark."
            known = bool(_AFTER_TO.match(text, base + words[0].end()))
        if not known:
            return None
    end = words[0].end()
    for word in words[1:]:
        value = word.group()
        low = value.lower()
        if low in STOP_WORDS or low in NOT_NAMES or value.islower() != first.islower() \
                or low in _CONJUNCTIONS and text[base + word.end() : base + word.end() + 1] != ".":
            break  # "me llamo valentina y ...": a conjunction of another language, not an initial
        if strength == "cued" and not (low in first_names() or low in surnames()):
            break
        if not value[0].isupper() and not (low in first_names() or low in surnames()) and strength == "cued":
            break
        end = word.end()
    while end > 1 and match.group(group)[end - 1] in "'’\"”":  # "known only as 'Tizzy'": the quote closes
        end -= 1
    return base, base + end


_MAIL_AFTER = regex.compile(r"[ \t]+(?:at|on)[ \t]+([\w.+\-]+)@")


def _own_mail_after(text: str, end: int, lower: str) -> bool:
    """Whether an address right after `end` opens on the word before it ("dean at dean.morrow@outlook.com")."""
    mail = _MAIL_AFTER.match(text, end)
    return bool(mail) and mail.group(1).lower().startswith(lower)


def _caseless_name(name: str) -> bool:
    """A short word of a script without capitals that may be a speaker's name ("민수", "けんた"), not a form's
    label ("氏名", "住所", "전화")."""
    return len(name) <= 6 and not any(c.isupper() or c.islower() for c in name) and name[-1] not in _LABEL_ENDINGS


_LABEL_ENDINGS = frozenset("名所号日話先者地別籍欄額号年月時間格齢業歴格格번호소일화처명령")


#: words of kin and address before a speaker's given name ("Ate Joy", "Kuya Jun", "Bu Ratna")
KIN_BEFORE = frozenset("""kuya ate bu ibu pak bapak abuelita abuelito abuela abuelo tia tio tía tío aunty auntie uncle nana
    mama papa baba mzee bibi dada kaka didi bhaiya bhai appa amma oma opa nonna nonno teta sis bro""".split())


def _whole_name(name: str) -> bool:
    """A speaker's words are a name, not a role, a kin word or an English word before one ("Tendai Moyo", not
    "Agent Priya", "Ate Joy", "Loan Amount")."""
    first = name.split()[0].lower()
    return " " not in name or first not in KIN_BEFORE and (first not in english_words() or is_first_name(first))


def _speakers(text: str) -> frozenset[str]:
    """Labels that open two or more lines, one of them a sentence: the speakers of a transcript."""
    seen: dict[str, int] = {}
    talk: set[str] = set()
    for match in _SPEAKER_LINE.finditer(text):
        label = match.group(1).lower()
        seen[label] = seen.get(label, 0) + 1
        if len(match.group(2).split()) >= 6:
            talk.add(label)
    return frozenset(label for label in talk if seen[label] >= 2)


def _line_label(text: str, at: int) -> str:
    """The label before the first colon of the line holding `at`, lowercased."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.split(":", 1)[0].strip().lower()


def _next_name_word(text: str, end: int) -> int:
    """End of a lowercase surname right after `end` ("marco bianchi"), or `end`."""
    match = _FOLLOWING.match(text, end)
    if match:
        word = match.group(1)
        if word.islower() and (word in surnames() or word in first_names()):
            return match.end()
    return end


def _mostly_lowercase(text: str) -> bool:
    words = _WORD.findall(text)
    capitals = sum(1 for w in words if w[0].isupper() and w not in ("I", "OK"))
    return len(words) >= 3 and capitals <= len(words) * 0.08

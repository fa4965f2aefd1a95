"""Findings of all recognizers, made consistent with each other, then thresholded.

Presidio scores each recognizer alone. Some evidence only shows when findings
are read together, and some findings are noise that Presidio's recognizers
report by design:

- a URL inside an email address is the email's domain, not a second finding;
- a weak pattern that needs a context word (a driver's licence is any letter
  and 7 digits) counts only when the context word was there;
- spans inside code-like tokens ("CUST-692743", "NG-88412-X") are ids, not names,
  places or dates;
- DATE_TIME without a calendar date ("10:15", "3 days", "Monday", "2019") is not PII;
- a finding inside a stronger finding of another type is shadowed by it;
- a number right after a name, "Ana Ruiz, 42," or "Ana Ruiz (42)", is an age.

The threshold is applied last, so that evidence can lift a candidate above it.
"""
from __future__ import annotations

from collections.abc import Sequence

import regex

from minimize.detection.lists import listed_alike
from minimize.detection.recognizers.name_words import ROLE_NOUNS
from minimize.detection.recognizers.words import is_rare
from minimize.types import Span

#: entities whose patterns are too weak alone: kept only when a context word raised their score
NEEDS_CONTEXT = frozenset(
    {"US_DRIVER_LICENSE", "US_BANK_NUMBER", "US_PASSPORT", "PASSPORT", "US_ITIN", "MEDICAL_LICENSE", "UK_NHS"}
)  # UK_NHS: one 10-digit number in 11 passes its checksum, so phone numbers do
#: NER entities never touch a code-like token; these patterns may be a whole one, never a part
NER_TYPES = frozenset({"PERSON", "LOCATION", "NRP", "DATE_TIME", "ORGANIZATION", "TITLE"})
PART_NOT_IN_CODES = frozenset(
    {"US_DRIVER_LICENSE", "ZIP_CODE", "PHONE_NUMBER", "AGE", "US_BANK_NUMBER", "US_PASSPORT", "PASSPORT"}
)
#: findings of a fixed shape: NER words overlapping them are part of them
STRUCTURED = frozenset(
    {"EMAIL_ADDRESS", "URL", "IP_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "ID_NUMBER",
     "USERNAME", "PASSPORT", "US_PASSPORT", "US_DRIVER_LICENSE"}
)
#: words NER takes for names or places in lowercase chat
CHAT_WORDS = frozenset(
    "pls plz thx thanks ok okay soon said tel dob ssn hi hey yes no lol btw asap fyi im u ur ty np idk omg "
    "re fw fwd cc bcc tbd eta nvm yo bro sis pt hx dx rx tx sx mr mrs ms dr said says escalated urgent "
    "asked called regards cheers abt wbu hbu tho rn ngl smh venmo irl pic pics "
    "sob chf htn copd hpi pmh cxr ecg ekg nkda prn"  # a clinical note's abbreviations ("presented with SOB")
    .split()
)
#: small words of other languages NER takes for names when written small: Spanish and Portuguese ("tu tío",
#: "mijo ya", "manda o pix"), Indonesian and Malay ("udah", "kan"), Tagalog ("sa", "ng"), Vietnamese
#: ("mai", "anh", "nha"), Gulf Arabic in Latin letters ("wen", "ya akhi"). Not "ada": a name too
FOREIGN_SMALL_WORDS = frozenset(
    "tu te ya yo mijo mija abuela abuelo abuelita oye manda mano vc voce você tb blz "
    "udah sudah jadi kan lah aja yg dong deh sila "
    "sa ng na yung po naman pa rin ba lang din yan yun opo kayo niya nila natin ito iyan dito diyan "
    "mai anh nha ơi dạ ạ "
    "wen akhi yalla inshallah habibi".split()
)
#: findings whose inner digits are theirs only (a card or phone number inside one is not another value)
CONTAINERS = frozenset({"IBAN_CODE"})
AGE_AFTER_NAME_SCORE = 0.6
POSTCODE_BY_PLACE_SCORE = 0.6
# Postal code shapes: Sweden/Greece "111 34", Portugal "1100-053", Japan "180-0004", Brazil
# "01310-100", Poland "00-950", the Netherlands "1016 EZ", 4-6 digits, and a British postcode
# written small in a chat ("london nw1 6xe"; in capitals the recognizers read it anywhere).
_POSTCODE = (r"(?-i:\d{3} \d{2}|\d{4}-\d{3}|\d{3}-\d{4}|\d{5}-\d{3}|\d{2}-\d{3}|[1-9]\d{3} ?[A-Z]{2}|\d{4,6}"
             r"|[a-z]{1,2}\d[a-z\d]? \d[abd-hjlnp-uw-z]{2}"
             r"|[A-Z]{1,2}-\d{4,5})")  # a country's letter before it: "L-1611 Luxembourg", "CH-8001 Zürich"
# before its town it opens a line or follows a comma or a label; after its town it ends the address
_CODE_BEFORE_PLACE = regex.compile(  # "Lakcím: 1052 Budapest", "lakcím 1072 Budapest", "in 93047 Regensburg"
    rf"(?:^|[,\n〒]|(?<=\p{{L}}):|(?<=\b(?i:lakcím|adresse|address|anschrift|adres|indirizzo|dirección|endereço|adresa|osoite|"
    rf"domicilio|wohnhaft|domiciliul|bydliště|naslov|adresas|in|to|nach|aus|from|near|bei|à|en)))[ \t]*(?P<code>{_POSTCODE})[ \t]+$"
)
# (five or six digits after a town need no stop after them: "gave Sector 21-C, Chandigarh 160022 as her address")
_CODE_AFTER_PLACE = regex.compile(
    rf"[ \t]+(?:(?P<code>{_POSTCODE})(?=[ \t]*(?:$|[,.;)\n]))|(?P<code>\d{{5,6}})(?![\d\-/.,]\d))"
    r"|,[ \t]*(?P<code>(?-i:[A-Z]{2}-\d{4,5}))(?=[ \t]*(?:$|[,.;)\n]))"  # "Rīga, LV-1010, Latvia": a country's letters
    r"|[ \t]*[–\-][ \t]*(?P<code>\d{6})(?![\d\-/.,]\d)"  # an Indian PIN after a dash: "Ludhiana, Punjab - 141401"
    # a code closing the address after a comma: "м. Одеса, 65026.", "Phokeng, 0335 (" (no CSV's ",45000")
    r"|,[ \t]+(?P<code>\d{4,6})(?=[ \t]*(?:$|[.;)(\n]))"
)
_YEAR = regex.compile(r"(?:19|20)\d\d")
_WHEN_WORD = regex.compile(r"[ \t,;]*(?:(?i:on|at|from|by|until|till|dated|since)[ \t]+)?")
_DIGIT = regex.compile(r"\d")
_WORD_CHAR = regex.compile(r"[\p{L}\d]")
_GLUED = regex.compile(r"\p{L}\d|\d\p{L}")
_CAPITALISED_WORDS = regex.compile(r"\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,3}")
# A language, not a people: "Languages: Turkish, English", "speaks Spanish", "French (C1)", "in German"
_LANGUAGE_BEFORE = regex.compile(
    r"(?i)(?:\b(?:speaks?|speaking|spoken|fluent[ \t]+in|fluency[ \t]+in|mother[ \t]+tongue(?:[ \t]+is)?|"
    r"native[ \t]+language(?:[ \t]+is)?|translated[ \t]+(?:in)?to|interpreter[ \t]+(?:for|in)|in)[ \t]+"
    r"(?:(?:fluent|basic|some|good|only|conversational|native|a[ \t]+little)[ \t]+)?"
    r"|\blanguages?(?:[ \t]+spoken)?[ \t]*:[^\n.;]{0,60})$"
)
#: languages that are also names to NER or the name lists ("German", "English" in a CV's languages)
LANGUAGES = frozenset(
    "English German French Spanish Italian Portuguese Dutch Polish Russian Ukrainian Czech Greek Turkish Arabic "
    "Hebrew Persian Farsi Urdu Hindi Bengali Punjabi Tamil Telugu Chinese Mandarin Cantonese Japanese Korean "
    "Vietnamese Thai Swahili Yoruba Igbo Hausa Amharic Somali Danish Swedish Norwegian Finnish Irish Welsh "
    "Marathi Nepali Gujarati Kannada Malayalam Sinhala Tagalog Malay Indonesian Zulu Xhosa Afrikaans Romanian "
    "Hungarian Bulgarian Serbian Croatian Slovak Slovenian Lithuanian Latvian Estonian Icelandic Catalan Basque "
    "Galician Albanian Georgian Armenian Kazakh Uzbek Mongolian Burmese Khmer Lao Pashto Dari Kurdish Tigrinya "
    "Oromo Twi Shona Wolof Maori Māori Samoan Tongan Fijian Hawaiian Quechua Guarani".split()
)
_LANGUAGE_AFTER = regex.compile(
    r"(?i)[ \t]*(?:\([ \t]*(?:native|fluent|basic|intermediate|advanced|conversational|mother[ \t]+tongue|[ABC][12])\b"
    r"|[ \t](?:speaker|language|translation|version|subtitles|lessons?|class|course|teacher|grammar|interpreter)s?\b)"
)

# A token: what lies between spaces and brackets; an id or code among them is
# one with letters and digits, unlike words ("45-year-old", "23rd", "10mg").
_TOKEN_CHAR = r"[^\s,;()\[\]\"'<>|^~*&]"  # "|^~*" part the fields of HL7, X12 and tables, "&" a query's
# the tokens holding a digit: only they can be codes (most tokens are words, read no further)
_TOKEN_WITH_DIGIT = regex.compile(rf"{_TOKEN_CHAR}*\d{_TOKEN_CHAR}*")
_LIST_NUMBER = regex.compile(r"\d{1,3}\.(?=\p{L})")  # a list's item number glued to the item
_KEY = regex.compile(r"(?:\p{L}[\p{L}_\-]*[:=](?=[^/:=]))+")  # keys nest: "Environment=ADMIN_PHONE=+1-919-..."
_ORDINAL_OR_UNIT = regex.compile(  # (Kurmanji's day: "12ê Adarê")
    r"(?i)^\d+(?:st|nd|rd|th|er|re|ère|e|ê|eme|ème|s|am|pm|mg|ml|kg|g|km|cm|mm|m|f|h|hr|hrs|min|k|x|yo|yr|yrs|gb|mb|tb|kb|d|y)$"
)
_CLOCK_TOKEN = regex.compile(r"(?i)^(?:(?:1[0-2]|0?[1-9])[.:][0-5]\d(?:[ap]m)|(?:[01]?\d|2[0-3])h(?:[0-5]\d)?)$")  # "7.30pm", "8h00"
_AGE_SEX_TOKEN = regex.compile(r"^(?:\d{1,3}/[MFmf](?:/\p{L}+)?|[MF]/\d{1,3})$")  # "56/M", "29/F/Berlin", "M/29"
_AGE_TOKEN = regex.compile(r"(?i)^\d{1,3}-(?:(?:yrs?|y|years?)-?(?:old|o)|jährige[rnm]?)$")  # "16-Jähriger"
_RANK_TOKEN = regex.compile(r"^(?:WO[12]|2Lt)$")  # a service rank with a digit ("WO2 Darren Hopkins"): a title, no code
#: Hungarian case endings glued to a day ("18-án" on the 18th, "22-i" of the 22nd, "27-re" for the 27th; also read by
#: recognizers/dates.py)
HU_DAY_ENDINGS = r"án|én|jén|ján|i|ig|re|ra|tól|től|a|e|ei|ai|éig|áig"
# A number with a case ending, a prefix or an article glued on: a day, an hour or a month's number, no code
_GLUED_DAY_TOKEN = regex.compile(
    rf"^(?:0?[1-9]|[12]\d|3[01])\.?-(?:{HU_DAY_ENDINGS})$"
    # ... and other languages' endings on a day, a month's number, a date or an hour: Mongolian ("7-р сарын 15-нд",
    # "3-nd 06:00-d", "2025.01.22-нд"), Basque ("ekainaren 3a", "17an", "1etik", "2024ko", "10:00etan"), and
    # Maltese's article before a day ("il-15 ta' Jannar")
    r"|^(?:\d{1,2}|(?:19|20)\d\d\.\d\d\.\d\d|(?:[01]?\d|2[0-3]):[0-5]\d)-(?:р|r|нд|ны|ний|д|т|аас|ээс|оос|nd|d|ny|nii)$"
    r"|^(?:(?:0?[1-9]|[12]\d|3[01])(?:a|e?an|e?tik|e?ra|e?rako|e?ko)|(?:19|20)\d\d(?:e?ko|e?an|e?tik|e?ra)"
    r"|(?:[01]?\d|2[0-3])(?::[0-5]\d)?e?tan)$"
    r"|^(?:il|l|it|is|id|ix|iż|in|ir|iċ|fil|fl|sal|mill|għall)-(?:0?[1-9]|[12]\d|3[01])$"
    # ... and Korean and Japanese romanized, a particle maybe glued after: "1987nyeon 3wol 14il", "30il-e", "2024-nen
    # 11-gatsu 3-ka", and an age: "16-sai", "29-sal-igo"
    r"|^(?:(?:19|20)\d\d-?(?:nyeon|nen)|\d{1,2}-?(?:wol|il|gatsu|nichi|ka)|\d{1,3}-?(?:sai|sal))"
    r"(?:-(?:e|ui|eun|neun|i|ga|ro|euro|buteo|kkaji|eseo|igo|ieyo|imnida|desu|de|no|ni|made|kara))?$"
    # ... and Greek's ordinal day ("1η Σεπτεμβρίου", "της 3ης Μαΐου")
    r"|^(?:0?[1-9]|[12]\d|3[01])(?:η|ης)$"
    # ... and Armenian's and Georgian's endings ("6-ին", "30-ը"), isiZulu's prefix ("ka-9 Okthoba", "ngo-09:00")
    r"|^\d{1,4}-[\p{Armenian}\p{Georgian}]{1,4}$|^(?:ka|ku|ngo|nga|no|e|kwa)-\d{1,4}(?::\d\d)?$"
    # ... romanized ("hulisi 3-in", "3-ic"), and a Korean age romanized ("34-se")
    r"|^(?:0?[1-9]|[12]\d|3[01])-(?:in|ic|n)$|^\d{1,3}-se$"
)
_EMAIL_KEY = regex.compile(r"[^@\s]{0,80}=(?=[^=@\s]+@)")  # up to the last "=": "Awa&email=ana@..." in a query
_GAP = regex.compile(r"[ \t]{2,}|\t|[ \t]*\n")
# the end of a one-line form's field before a label (not a title's dot: "Dr. Helena Marchbank    GP: ...")
_FIELD_BEFORE = regex.compile(
    r"(?:[;|•·]|(?<=\p{L}|\d)(?<!\b(?i:dr|mr|mrs|ms|mx|prof|st|sr|jr|fr|rev|capt|sgt|lt|col|gen|hon|mme|mlle|sra|srta|dra|ing|lic))\.)[ \t]+$"
)
_HOUSE_NUMBER_LABEL = regex.compile(r"[ \t]*(?i:no|nr|n°|nº)[ \t]*:")  # "1245. Sokak No: 8": a street, its number's label after
_LABEL_AFTER = regex.compile(r"[ \t]*(?:[\p{L}/][\p{L}/ \t]{0,25})?:")  # "Telefon:", "Nome completo:", "CITY/STATE/ZIP:"
_KEY_LINE_START = regex.compile(r"(?:^|\n)(?:[ \t]{2,}|[ \t]*-[ \t]+)$")  # an indented block's key (a chat's speakers are not)
#: capitalised words of German, Dutch and French letters that the English model reads as names or places
_FUNCTION_WORDS = frozenset(
    "Sehr Wir Sie Mit Ihre Ihr Ihren Ihrem Bitte Danke Ich Und Der Die Das Den Dem Des Ein Eine Einen Für Über Unter "
    "Nach Bei Aus Zum Zur Vom Auf Wie Wenn Dass Als Auch Noch Nur Hiermit Anbei Leider Gerne Vielen Herzlichen "
    "Nous Vous Merci Bonjour Bonsoir Cordialement Veuillez Madame Monsieur Wij Met Graag Beste Geachte Hartelijk "
    "Groeten Bedankt Alvast Je Ze Hij Zij Het Een Dit Dat Jij Jullie "
    "Selamat Nomor Jangan Terima Mohon Saya Kami Kita Anda Tolong Silakan Stimate Stimată".split()  # Indonesian, Romanian
)
#: ... of them, the pronouns and possessives that open no name or place of more words ("Ihr Benutzername", "Vous avez")
_PRONOUNS_FIRST = frozenset("Sehr Wir Sie Mit Ihre Ihr Ihren Ihrem Ich Nous Vous Wij Jij Hij Zij Jullie".split())
_PORT_BEFORE = regex.compile(r"(?i)\bport[ \t:=]+$")
_PHONE_LABELS = frozenset({"Mobile", "Mobil", "MOBILE", "Cell", "मोबाइल", "موبايل", "موبائل", "Мобильный", "Мобилен"})
_NUMBER_NEXT = regex.compile(r"[ \t]*[:：.]?[ \t]*[+(\d]")
_SYSTEM_KEY = regex.compile(r"\"system\"[ \t]*:[ \t]*\"?$")
_TO_LABEL = regex.compile(r"[ \t]+to[ \t]*:")
_KEY_END = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]*[:：][ \t]")  # ("連絡先" of "連絡先氏名: ")
_TIME_AFTER = regex.compile(
    r",?[ \t]+(?:(?i:at|by|@|um|à|às|as|a[ \t]+las|alle(?:[ \t]+ore)?|om|kl\.?|klo|(?:sekitar[ \t]+)?pukul|"
    r"por[ \t]+volta[ \t]+d[ao]s|vers|(?:o[ \t]+)?godz\.?|saat|la[ \t]+ora|v|ve|o|a[ \t]+les|"  # "godz. 10:00", "saat 14:30", "v 8:30", "a les 9.15"
    r"am|ag|בשעה|ב-|الساعة|(?:على[ \t]+)?الساعة)[ \t]*"  # Welsh "am 10:00", Irish "ag 11:00", Hebrew, Arabic
    r")?(?:(?i:approximately|approx\.?|about|around|roughly)[ \t]+)?"  # "at about 6pm", "around 23:00"
    # a visit's window: "12th September between 8am and 12pm", "Feb 21 between 1 and 3 pm", "19/10 between 8 and 12",
    # "Mon 11/18 between 8am and noon"
    r"(?:(?i:between)[ \t]+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:[ \t]*(?i:[ap]\.m\.|[ap]m))?[ \t]+(?i:and)[ \t]+"
    r"(?:(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?(?:[ \t]*(?i:[ap]\.m\.|[ap]m))?(?![\w:]|[.,]\d|[ \t]+(?i:people|persons|guests|years|"
    r"hours|minutes|days|weeks|months|[ap]\.?m\.?\b))|(?i:noon|midday|midnight))(?!\w)"
    # ... or its hours from and to: "from 5 to 9 pm", "1-5 PM", "from 13:05 to 14:20"
    r"|(?:(?i:from)[ \t]+)?(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?(?:[ \t]*(?i:[ap]\.m\.|[ap]m))?[ \t]*(?:[–\-]|(?i:to|till|until))"
    r"[ \t]*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ \t]*(?i:[ap]\.m\.|[ap]m)(?!\w)"
    r"|(?:(?i:from)[ \t]+)?(?:[01]?\d|2[0-3]):[0-5]\d[ \t]*(?:[–\-]|(?i:to|till|until))[ \t]*(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"
    # "às 10h", "por volta das 22h", "pukul 19.30 WIB"
    r"|(?<=(?i:às|as|das|à|vers)[ \t]+)(?:[01]?\d|2[0-3])h(?:[0-5]\d)?(?!\w)"
    r"|(?<=(?i:pukul)[ \t]+)(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[ \t]+(?-i:WIB|WITA|WIT))?(?!\w)"
    r"|(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?|h[0-5]\d)(?:[ \t]*(?i:[ap]\.m\.|[ap]m)(?!\w))?"
    # (a log's seconds and zone: "2025-03-20 07:12:44 EDT")
    r"(?:[ \t](?-i:UTC|GMT|EDT|EST|CDT|CST|MDT|MST|PDT|PST|BST|CET|CEST|IST|AEST|AEDT|SAST|WAT|EAT|JST|KST|HKT|SGT|WIB)(?!\w))?"
    r"(?:(?<=:\d\d:\d\d)[ \t](?:19|20)\d\d(?!\d))?(?:(?<=:\d\d|\d{4})[ \t][+\-]\d{4}(?!\d))?"  # git's "22:41:07 2024 +0100"
    r"|(?<=(?i:om|um|kl\.?|a[ \t]les)[ \t]+)(?:[01]?\d|2[0-3])[.:u][0-5]\d(?:[ \t]*(?i:uur|uhr))?"  # "om 9.00 uur", "um 14.30 Uhr", "om 15u20"
    r"|(?:1[0-2]|0?[1-9])\.[0-5]\d[ \t]*(?i:[ap]\.m\.|[ap]m)(?!\w)"  # "31 Dec, 7.30pm"
    r"|(?<=(?i:at|,|about|around|approximately|roughly)[ \t]+)(?:1[0-2]|0?[1-9])[ \t]*(?i:[ap]\.m\.|[ap]m)(?!\w))(?![\d:])"  # "22 May at 8 am", "19/06, 11 am"
)
#: English weekdays in short ("Wed 5th", "sat 24th")
_WEEKDAY_SHORT = r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
#: the weekdays of English, Spanish, French, Portuguese ("segunda-feira"), Italian, German and Dutch
WEEKDAYS = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|segunda|ter[çc]a|quarta|quinta|sexta|luned[ìi]|marted[ìi]|"
    r"mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|"
    r"dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|"  # Indonesian and Malay
    r"poniedziałek|poniedzialek|wtorek|środa|środę|czwartek|piątek|sobota|sobotę|niedziela|niedzielę|"  # Polish
    r"pondělí|úterý|středa|středu|čtvrtek|pátek|sobotu|neděle|neděli|"  # Czech
    r"pazartesi|salı|çarşamba|perşembe|cumartesi|"  # Turkish
    r"maanantaina?|tiistaina?|keskiviikkona?|torstaina?|perjantaina?|lauantaina?|sunnuntaina?|"  # Finnish
    r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag|"  # Swedish, Danish, Norwegian
    r"huwebes|biyernes|miyerkules|"  # Tagalog (the rest are Spanish)
    r"dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|"  # Catalan
    r"Δευτέρα|Τρίτη|Τετάρτη|Πέμπτη|Παρασκευή|Σάββατο|Κυριακή|"  # Greek
    r"d?dydd[ \t]+(?:Llun|Mawrth|Mercher|Iau|Gwener|Sadwrn|Sul)|"  # Welsh ("ddydd Mawrth": mutated after a noun)
    r"Dé[ \t]+(?:Luain|Máirt|Céadaoin|hAoine|Sathairn|Domhnaigh)|Déardaoin|"  # Irish
    r"hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|"  # Hungarian
    # Bulgarian, Russian, Ukrainian, Serbian ("неделя", "недеља" are also a week, Russian "среда" a milieu: left out);
    # Slovenian, Croatian, Slovak, in the accusative too ("v sredo, 16. oktobra")
    r"понеделник|вторник|сряда|четвъртък|петък|събота|понедельник|среду|четверг|пятница|пятницу|суббота|"
    r"субботу|воскресенье|понеділок|вівторок|середа|середу|четвер|п['’]ятниця|п['’]ятницю|субота|суботу|неділя|неділю|"
    r"понедељак|уторак|четвртак|петак|"
    r"ponedeljek|torek|sreda|sredo|četrtek|petek|soboto|nedelja|nedeljo|ponedjeljak|ponedeljak|utorak|srijeda|srijedu|"
    r"sredu|četvrtak|petak|subota|subotu|nedjelja|nedjelju|nedelju|pondelok|utorok|streda|stredu|štvrtok|piatok|nedeľa|nedeľu|"
    r"(?:mánu|þriðju|miðviku|fimmtu|föstu|laugar|sunnu)dag(?:ur|inn|inn|s)?|"  # Icelandic ("fimmtudaginn 14. nóvember")
    r"(?:astelehen|astearte|asteazken|ostegun|ostiral|larunbat|igande)(?:ean|a)?|"  # Basque ("ostegunean, urriaren 17an")
    r"Litinin|Talata|Laraba|Alhamis|Jumm?a['’]?a|Asabar|Lahadi|"  # Hausa ("Talata 4 ga Maris")
    r"(?:ngo)?(?:Msombuluko|Lwesibili|Lwesithathu|Lwesine|Lwesihlanu|Mgqibelo|Sonto)|"  # isiZulu ("ngoMgqibelo 19 Oktoba")
    r"יום[ \t]+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי)|"  # Hebrew
    r"(?:يوم[ \t]+)?(?:الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)"  # Arabic
)
# a weekday said with the date is part of it: "Saturday, 1 March", "zaterdag 8 maart", "mercredi 19 mars"
_WEEKDAY_BEFORE_DATE = regex.compile(
    rf"(?i)\b(?:{WEEKDAYS}|(?:{_WEEKDAY_SHORT})\.?)(?:-feira)?"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?,?[ \t]+$"  # "Saturday night, 17 August"
)
# ... or before it: "11:52 pm on 9 March", "03:12 IST on 6 Aug"
_TIME_BEFORE = regex.compile(
    r"(?<![\d:])(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]*(?:(?i:[ap]\.m\.|[ap]m)|(?-i:[A-Z]{2,4})))?"
    r"|(?:1[0-2]|0?[1-9])[ \t]*(?i:[ap]\.m\.|[ap]m)|(?:[01]\d|2[0-3])[0-5]\d[ \t]*(?i:hrs|hours))[ \t]+(?i:on)[ \t]+$"  # "0214 hrs on"
)
_ROLES_BEFORE_NAMES = ROLE_NOUNS | frozenset(
    "inmate prisoner suspect victim deceased accused pupil trainee passenger donor volunteer participant "
    "kunde kundin patientin pacjent pacjentka asiakas potilas cliente paciente klant".split()
)
_LAST_WORD = regex.compile(r"(?<=\p{L})[ \t]+(\p{L}+)$")
_POSSESSIVE_END = regex.compile(r"['’]s$")
_FIRST_WORD = regex.compile(r"(\p{L}+)[ \t]+(?=\p{L})")
_WIDE_GAP = regex.compile(r"[ ]{3,}|\t")
_FORM_GAP = regex.compile(r"[ ]{2,}|\t")  # between a form's fields on one line (no name holds two blanks)
_FIELD_GAP_BEFORE = regex.compile(r"\S(?:[ ]{2,}|\t)$")  # (a gap after a field's value, not a line's indent)
_LABEL_ENDS = regex.compile(r"(?:[ ][\p{L}/]+){0,3}:")  # the rest of a label the words before it open: " of birth:"
_WORD_READERS = frozenset({"SpacyRecognizer", "NameCueRecognizer", "NameShapeRecognizer", "PlaceShapeRecognizer"})
_GLUED_PREPOSITION = regex.compile(r"[בלמוהכש]-?\d[\d./]*$")
_GLUED_CASE = regex.compile(r"\d{1,4}-(?:чу|гӀа|лгӀа)$")  # Chechen's "on the 3rd": "3-чу июнехь"
# Chechen's and Ossetian's own letters: a word holding one is no English word, and NER's reading of it is a guess
_CAUCASIAN_LETTERS = regex.compile(r"[ӀӏӔӕ]|хь|кх|аь|оь|уь", regex.IGNORECASE)
_CLOCK_BEFORE = regex.compile(r"\d:\d\d[ \t]?$")
_POSTAL_WORDS = frozenset({"CEP", "PLZ", "C.P.", "CP", "NPA", "CAP", "Col", "Col."})
#: an id's or an account's label NER reads as a name, a place or a people before the number ("NI number PZ 41 88 19 A",
#: "reporter IP 121.134.77.208", "T.C. Kimlik No 384...", "Ghana Card GHA-...", "AHV-Nr. 756...", "konto SE27 8000 ...")
_ID_LABELS = frozenset(
    "NI NIC CIN IP ID PIN DL SSN TIN NIE NIF DNI CPF PAN PESEL C.P. AHV AHV-Nr T.C. Fayda konto tili conto cuenta compte "
    "rekening".split()
)
_ID_LABEL_LAST_WORDS = frozenset({"Kimlik", "Card", "Nr", "No", "Zehut"})
_SLASHED_DATE = regex.compile(r"\b(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\d\d\b|\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)\d\d\b")
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i")  # "Indian", "Maltese", "Danish", "Icelandic", "Omani"
_TITLE_FIRST = regex.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+\p{Lu}")
# a disease or a law named for whom described it: "Parkinson's disease", "Down's syndrome", "Murphy's law"
_EPONYM_AFTER = regex.compile(r"['’]s[ \t]+(?i:disease|syndrome|palsy|law|principle|sign|sarcoma|lymphoma)\b")
_LAUGHTER = regex.compile(r"(?i)l+o+l+[lo]*|l+m+f*a+o+|(?:h+a+){2,}h*|(?:a+h+){2,}a*|o+m+g+|r+o+f+l+")
_CARD_NEXT = regex.compile(r"[ \t]+(?:Card|ID)[ \t]*[:：]?[ \t]*[A-Z\d]")  # "Ghana Card GHA-...", "Emirates ID 784-..."
_ID_NEXT = regex.compile(r"[ \t]*(?:(?i:number|no\.?|nr\.?|\#)[ \t]*)?[:：.]?[ \t]*[+(\dA-Z]")
_LINE_START = regex.compile(r"(?:^|\n)[ \t]*$")
_QUOTES = "\"'`‘’“”"
_LETTERS_DIGITS = regex.compile(r"\p{L}+|\d+")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
# scripts whose words glue to digits without a code being meant: "۱۰مه" (the 10th), "ឆ្នាំ២០២៤" (year 2024)
_GLUED_SCRIPT = regex.compile(r"[\p{Arabic}\p{Khmer}\p{Lao}\p{Thai}\p{Myanmar}]")
#: recognizers that read dates in their own languages' words, which the calendar test does not know
#: ("၁၉၆၈ ခုနှစ်၊ ဧပြီလ ၂၁ ရက်", "۱۸ حمل ۱۴۰۴")
_DATE_READERS = frozenset({"DateShapeRecognizer", "BurmeseRecognizer", "DariPashtoRecognizer", "LaoKhmerRecognizer",
                           "KurdishRecognizer", "SindhiBalochiRecognizer", "UyghurRecognizer", "AssameseManipuriRecognizer",
                           "TamazightRecognizer", "ChechenOssetianRecognizer"})
#: scripts the English model cannot read: its findings there are noise
UNREAD_SCRIPT = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Arabic}\p{Hebrew}\p{Thai}\p{Devanagari}\p{Bengali}\p{Ethiopic}\p{Sinhala}"
    r"\p{Khmer}\p{Myanmar}\p{Georgian}\p{Armenian}\p{Tamil}\p{Telugu}\p{Gujarati}\p{Gurmukhi}\p{Kannada}\p{Malayalam}\p{Lao}\p{Tifinagh}\p{Meetei_Mayek}]"
)
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?"
)
#: month names in Spanish, Portuguese, French, Italian and German (also read by recognizers/dates.py)
FOREIGN_MONTH = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember|"
    r"januari|februari|maart|mei|augustus|marts|augusti|maj|"  # Dutch, Danish/Norwegian, Swedish
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"  # Polish
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"  # Russian
    r"ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"  # Turkish
    r"pebrero|marso|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|"  # Tagalog (the rest are Spanish)
    r"maret|agustus|desember|"  # Indonesian (the rest are Dutch or English)
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"  # Romanian
    r"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince|"  # Czech
    r"tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|"  # Finnish
    r"lokakuuta|marraskuuta|joulukuuta|"
    r"siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|studenoga|prosinca|"  # Croatian
    r"Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|"
    r"Δεκεμβρίου|"  # Greek
    r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"  # Arabic
    r"شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|"  # Levantine Arabic
    r"farvardin|ordibehesht|khordad|mordad|shahrivar|esfand|"  # Persian (Solar Hijri)
    r"hamal|sawr|jawza|saratan|sunbula|aqrab|qaws|jadi|dalw|"  # Dari (Afghanistan's Solar Hijri)
    r"มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"  # Thai
    r"януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември|"  # Bulgarian
    r"січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|"  # Ukrainian
    r"јануара?|фебруара?|марта?|априла?|маја?|јуна?|јула?|августа?|септембра?|октобра?|новембра?|децембра?|"  # Serbian
    r"(?:jaanuar|veebruar|märts|aprill|juuni|juuli|oktoober|detsember)(?:il)?|"  # Estonian ("3. märtsil")
    r"janvār(?:is|ī)|februār(?:is|ī)|martā|aprīlī|maijā|jūnijā|jūlijā|augustā|septembrī|oktobrī|novembrī|decembrī|"  # Latvian
    r"sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio|"  # Lithuanian
    r"januára|februára|apríla|mája|júna|júla|augusta|septembra|októbra|novembra|decembra|"  # Slovak
    r"januarja|februarja|aprila|junija|julija|avgusta|avgust|oktobra|"  # Slovenian
    r"januara|februara|marta|juna|jula|septembar|oktobar|novembar|decembar|"  # Serbian, Bosnian
    r"janúar|febrúar|apríl|maí|júní|júlí|ágúst|október|nóvember|desember|"  # Icelandic
    r"gener|febrer|març|maig|juny|juliol|agost|setembre|desembre|"  # Catalan
    r"xaneiro|febreiro|xuño|xullo|decembro|"  # Galician (the rest are Portuguese or Spanish)
    r"januarie|februarie|junie|julie|"  # Afrikaans (the rest are Dutch, English or Indonesian)
    r"januwari|februwari|mashi|ephreli|meyi|julayi|agasti|septhemba|okthoba|disemba|"  # isiZulu (and Swahili's)
    r"mac|julai|ogos|disember|machi|aprili|agosti|septemba|oktoba|novemba|desemba|"  # Malay, Swahili
    # Hausa (its "Maris", "Mayu", "Yuni", "Yuli", "Agusta" are names too: recognizers/dates.py reads them after "ga"),
    # Igbo ("14 Ọktoba 1990"), Maltese
    r"janairu|fabrairu|afrilu|satumba|nuwamba|disamba|jenụwarị|febụwarị|maachị|eprel|julaị|ọgọọstụ?|ọgọstụ?|ọktoba|"
    r"jannar|frar|marzu|mejju|[ġg]unju|lulju|awwissu|settembru|ottubru|novembru|di[ċc]embru|"
    r"janar|shkurt|prill|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor|"  # Albanian
    r"जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|"  # Hindi
    r"ב?(?:ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)|"  # Hebrew
    r"Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr|"  # Welsh (Mai is French's)
    r"Eanáir|Feabhra|Márta|Aibreán|Bealtaine|Meitheamh|Iúil|Lúnasa|(?:Meán|Deireadh)[ \t]+Fómhair|Samhain|Nollaig"  # Irish
)
#: ordinal words of a day ("fourth", "twenty-first", also read by recognizers/dates.py)
ORDINAL_WORDS = (
    r"(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
    r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
# A date as one token with letters: a month's name ("5-Aug" of "Aug 5-Aug 16", "March/2023") or a time after "T"
_DATE_TOKEN = regex.compile(
    rf"(?i)^(?:\d{{1,2}}[-–](?:{_MONTH})(?:-\d{{2,4}})?|(?:{_MONTH})[-–]\d{{1,2}}|(?:{_MONTH})/(?:19|20)\d\d|\d{{4}}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+\-]\d\d:?\d\d)?"
    rf"|\[?\d{{1,2}}/(?:{_MONTH})/\d{{4}}:\d\d:\d\d:\d\d|\d{{1,2}}/(?:{_MONTH})/(?:\d\d){{1,2}})$"  # "12/Mar/25"
)
# A date with a day or a month: "3 March", "March 3", "January 2024", "03/04/1985", "1985-04-03", "4/5",
# "09-JUL-1990", "3 de marzo", "fourth of October", "1977年4月2日".
_CALENDAR_DATE = regex.compile(
    rf"(?i)\b(?:{_MONTH})\b\.?,?[ \t]+(?:the[ \t]+)?\d|\d(?:st|nd|rd|th)?[ \t\-]+(?:of[ \t]+)?(?:{_MONTH})\b"
    rf"|\d\.?[ \t]+(?:de[ \t]+|ng[ \t]+)?(?:{FOREIGN_MONTH})(?!\w)|\b(?:{ORDINAL_WORDS})[ \t]+of[ \t]+(?:{_MONTH})\b"
    r"|\b(?i:the)[ \t]+\d{1,2}(?:st|nd|rd|th)\b"  # "Thursday the 14th"
    # "friday 21st"; "June twenty-eighth", as a call says it
    rf"|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_WEEKDAY_SHORT})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)\b"
    rf"|\b(?:{_MONTH})[ \t]+(?:the[ \t]+)?(?:{ORDINAL_WORDS})\b"
    r"|\d年\d{1,2}月|\d년[ \t]*\d{1,2}월|\d月\d{1,2}日|\d월[ \t]*\d{1,2}일"
    r"|(?:(?<![\d.\-/])|(?<=\p{L}-))(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}/\d{1,2})(?![\d\-/])"
    r"|\b\d\d(?-i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d\d){0,2}\b"  # "22SEP84" (airlines)
    r"|\b\d{1,2}\.[ ]\d{1,2}\.[ ](?:19|20)\d\d\b"  # "7. 2. 1988" (Czech)
    r"|(?<![\d.])\d{1,2}\.\d{1,2}\.(?!\d)"  # "am 1.4." (German)
    r"|\d[ \t]+tháng[ \t]+\d"  # "ngày 5 tháng 3 năm 2024" (Vietnamese)
    rf"|\d[ \t]*m\.[ \t]*(?:{FOREIGN_MONTH})[ \t]+\d"  # "2024 m. kovo 3 d." (Lithuanian)
)
_AIRLINE_DAY = regex.compile(r"\d\d(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:\d\d){0,2}")
# An age in words, two to ninety-nine ("one" is rarely an age and often a pronoun).
_AGE_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen)"
)
# "Ana Ruiz, 42,", "Ana Ruiz (42)", "baby Bodhi (9 months)", "Ana Ruiz (nurse, 42)", "Arjun is 7 and", "61 M", "Ana Ruiz | 42 |", "Oliver Hughes, thirty-three,";
# after a name or a relative, maybe past a bracket ("Yuki Tanaka (田中 由紀), 23,") or a sex ("Ana Ruiz, female, 71,")
_AGE_AFTER = regex.compile(
    r"(?:[ \t]+(?i:btw|tho|lol|here))?"  # "im kabir btw, 23"
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:,[ \t]*(?i:male|female|[MF])(?=,))?"
    r"(?:,[ \t]*|[ \t]*\([ \t]*(?:(?![^()\n,]*(?i:canine|feline|k9|dog|cat|puppy|kitten|equine|rabbit))[^()\n,]{1,25},[ \t]*)?|,?[ \t]+(?:is|was|are|were|turned|turns|aged)[ \t]+|[ \t]*[|·•][ \t]*"
    r"|[ \t]*\p{Extended_Pictographic}[\p{Extended_Pictographic}\uFE0F]*[ \t]*)"  # a profile's emoji: "Jade 🙂 31, from"
    r"(?:(?i:about|around|approximately|roughly|nearly|almost|only|just|now|then|still|aged)[ \t]+)?"
    rf"(1[01]\d|[1-9]?\d|(?i:{_AGE_WORDS}))(?![,.]\d)"
    r"(?=[ \t]*(?:\)|,|\||·|•|:(?!\d)|\((?!\d)|(?:months?|mths?)(?:[ \t]+old)?[ \t]*\)|(?:[MF]|y/?o|yrs?|y)\b|[ \t]+(?:and|but|not|years?|ans|años|anos|anni|jahre|jaar|år|lat|yaş)\b"
    r"|[.;!?]?$|[.;!?][ \t]"
    # a line's or a dash's end after a comma and a blank ("Chanel Baptiste, 33\n"; never a CSV row's last cell)
    r"|(?<=,[ \t]+(?:1[01]\d|[1-9]?\d))(?:[ \t]*\n|[ \t]+[—–][ \t])))"
)
_AGE_CLOSED = regex.compile(r"[ \t]*[:)]")  # "from Enugu, 24:": the age closes a profile's heading
# one more item of a listing between a name and its age: ", RFC FUCJ800512KX3" / ", NHI ZAC5361";
# or where they are from: "Ezinne from Enugu, 24: your account ..."
_ONE_ITEM = regex.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?,[ \t]*[^,\n()]{1,30}(?=,)|[ \t]+(?:from|of)[ \t]+\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+)?(?=,)")
_AND_AGE = regex.compile(
    # (or another person's age after their name: "Kwame is 41 and Esi 37", "Grandpa was 26 and Grandma only 19")
    r"[ \t]+and[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+(?:(?:only|just)[ \t]+)?(?=\d{1,3}[ \t]*[.,;!]|\d{1,3}[ \t]*$))?"
    r"(1[01]\d|[1-9]?\d)(?![\w.,]\d|[ \t]*(?:%|(?i:percent|per|min(?:ute)?s?|hours?|hrs?|days?|weeks?|"
    r"months?|times|sec(?:ond)?s?|points?|pts|kg|lbs?|km|miles?|cm|ft|inch(?:es)?)\b))"
)
# "María Gómez, de treinta y cinco años,", "Jean Roy, soixante-huit ans,", "Lan, ba mươi tám tuổi":
# after a name and a comma, up to three words before the word for "years" in another language
_AGE_WORDS_BEFORE_YEARS = regex.compile(
    r",[ \t]*(?:(?i:de|âgée?s?|agée?s?|di|com)[ \t]+(?:de[ \t]+)?)?(\p{L}+(?:[- ]\p{L}+){0,2})"
    r"[ \t]+(?:a[ñn]os|ans|anni|anos|tuổi|ya[şs][ıi]nda|jaar|år|lat|let|лет|года?)\b"
)
_RELATIVE = regex.compile(
    r"(?i)\b(?:mom|mum|mother|dad|father|son|daughter|wife|husband|partner|grandma|grandpa|grandmother|"
    r"grandfather|brother|sister|child|baby|boy|girl|patient|nana|granny|uncle|aunt|niece|nephew|"
    r"sons|daughters|brothers|sisters|children|kids|boys|girls|twins|bf|gf|boyfriend|girlfriend|bestie|bff|"
    # the people of a case: "The defendant, 19, pleaded guilty"
    r"defendant|accused|victim|suspect|claimant|complainant|appellant|deceased|witness|offender|casualty)\b"
)
#: same span, two types: the first names the value better (a phone-shaped SSN is an SSN)
PREFERRED = {
    ("US_SSN", "PHONE_NUMBER"), ("CREDIT_CARD", "PHONE_NUMBER"), ("IBAN_CODE", "PHONE_NUMBER"),
    ("US_PASSPORT", "PHONE_NUMBER"), ("PASSPORT", "PHONE_NUMBER"), ("US_DRIVER_LICENSE", "PHONE_NUMBER"),
    ("ADDRESS", "PERSON"), ("ADDRESS", "LOCATION"), ("ZIP_CODE", "DATE_TIME"), ("PHONE_NUMBER", "DATE_TIME"),
    ("AGE", "DATE_TIME"), ("US_SSN", "US_BANK_NUMBER"), ("ZIP_CODE", "US_BANK_NUMBER"),
    ("US_PASSPORT", "US_DRIVER_LICENSE"), ("US_PASSPORT", "PASSPORT"), ("PASSPORT", "US_DRIVER_LICENSE"),
    ("PHONE_NUMBER", "US_BANK_NUMBER"), ("PHONE_NUMBER", "US_DRIVER_LICENSE"), ("PHONE_NUMBER", "UK_NHS"),
    ("CREDIT_CARD", "US_BANK_NUMBER"), ("TITLE", "USERNAME"),  # "Ouverture de compte : Mme Céline ...": a title
    # an id after its label ("SIN 046 454 286", "employee ID 88213") is not a phone or a zip
    ("ID_NUMBER", "PHONE_NUMBER"), ("ID_NUMBER", "ZIP_CODE"), ("ID_NUMBER", "US_BANK_NUMBER"),
    ("ID_NUMBER", "DATE_TIME"), ("ID_NUMBER", "US_DRIVER_LICENSE"), ("ID_NUMBER", "PASSPORT"),
}
#: the recognizer reading an id after the label naming it: its type beats any other reading
LABELLED_ID = "IdNumberRecognizer"
#: recognizers that type a value by its place in a format (an HL7 field, a table's column, a log key):
#: the guesses below about codes and shapes are for words read in prose, not for these
BY_POSITION = frozenset({"MessageSegmentRecognizer", "TextTableRecognizer", "FieldValueRecognizer"})
NATIONAL_IDS = frozenset({"US_PASSPORT", "US_SSN", "US_ITIN", "UK_NHS"})
#: values whose country prefix and checksum name them, whatever label comes before
SELF_DESCRIBING = frozenset({"IBAN_CODE"})
#: recognizers whose LOCATION beats NER's PERSON on the same words ("Guildford", "Gangnam-gu")
#: a NameCueRecognizer score from a strong cue (title, label, "my name is"), not a weak one
STRONG_CUE = 0.6
PLACE_EVIDENCE = frozenset({"StreetAddressRecognizer", "LocationGazetteerRecognizer",
                            # (their own scripts' and romanizations' places, by their kind's word or a list)
                            "LaoKhmerRecognizer", "BurmeseRecognizer", "DariPashtoRecognizer",
                            "KurdishRecognizer", "SindhiBalochiRecognizer", "UyghurRecognizer", "AssameseManipuriRecognizer",
                            "TamazightRecognizer", "ChechenOssetianRecognizer"})
#: the codes of the US states and DC
US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|"
    "PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
# "Austin, TX": a state or province code after a place (on the next line too: "Cicero,\nIL 60804")
_STATE_AFTER = regex.compile(
    rf"(?:,[ \t]*\n?[ \t]*|/)((?-i:{US_STATES}|PR|NSW|VIC|QLD|WA|SA|TAS|ACT|NT|ON|QC|BC|AB|MB|"
    r"NS|NB|NL|PE|SK|"
    # Brazil's states ("Belo Horizonte/MG", "Salvador, BA") and Mexico's in short ("Guadalajara, Jal.")
    r"AC|AP|AM|BA|CE|DF|ES|GO|MG|PB|PI|RJ|RN|RS|RO|RR|SP|SE|TO|"
    r"Jal\.|Mich\.|Gto\.|N\.[ ]?L\.|Qro\.|Chih\.|Son\.|Ver\.|Pue\.|Oax\.|Yuc\.|Q\.[ ]?R(?:oo)?\.|B\.[ ]?C\.(?:[ ]?S\.)?|"
    r"Coah\.|Tamps\.|Sin\.|Dgo\.|Zac\.|Ags\.|Hgo\.|Mor\.|Tab\.|Chis\.|Gro\.|Nay\.|Camp\.|Tlax\.|CDMX|Edomex))(?!\w)"
)

# ... or after a blank when its postal code follows: "Caulfield North VIC 3161", "Hartford CT 06103"
_STATE_AND_POSTCODE = regex.compile(
    rf"[ \t]+(?P<state>(?-i:NSW|VIC|QLD|WA|SA|TAS|ACT|NT))[ \t]+(?P<code>\d{{4}})(?![\d\-/.,]\d)"
    rf"|[ \t]+(?P<state>(?-i:{US_STATES}))[ \t]+(?P<code>\d{{5}}(?:-\d{{4}})?)(?![\d\-/.,]\d)"
)

# ... or before the licence or the plate it issued: "OH DL SR482915", "NV plate 448-KRT"
_STATE_BEFORE_ID = regex.compile(
    rf"(?<![\w\-])((?-i:{US_STATES}))[ \t]+"
    r"(?:(?-i:DL)|(?i:driver'?s?[ \t]+licen[cs]e|licen[cs]e|plate|tag))[ \t]*(?:(?i:no\.?|number|\#)[ \t]*)?:?[ \t]*$"
)

#: recognizers whose findings stand only where nothing else was found: a number, a name or a place by its shape alone
FALLBACK = frozenset({"PersonalCodeRecognizer", "NameShapeRecognizer", "PlaceShapeRecognizer"})
#: their score: kept in strict (0.3) and standard (0.4) mode, dropped in permissive (0.5)
FALLBACK_SCORE = 0.42
#: verbs of calling before a number: spaCy counts "call" a stop word, so it never raises a phone's score
CALL_VERBS = "call|ring|phone|text|reach|dial"
_CALL_BEFORE = regex.compile(rf"(?i)\b(?:{CALL_VERBS}|mob|whatsapp|sms)\b[^.\n\d]{{0,20}}$")
#: a phone's score below this came from its digits alone: no separators, no phone word beside it
#: (recognizers/phone.py scores a valid number written with separators at this)
WEAK_PHONE = 0.6


def refine(text: str, spans: Sequence[Span], boosted: Sequence[bool], threshold: float) -> list[Span]:
    """The findings worth reporting, from every recognizer's candidates (any score)."""
    kept = [s for s, b in zip(spans, boosted) if not (s.entity_type in NEEDS_CONTEXT and not b)]
    # fallbacks stand only where no other finding reads any of their characters
    fallbacks = [s for s in kept if s.recognizer in FALLBACK]
    kept = [s for s in kept if s.recognizer not in FALLBACK] if fallbacks else kept
    # a licence number has more than a letter and a digit or two ("v4" is a version)
    kept = [s for s in kept if s.entity_type != "US_DRIVER_LICENSE" or s.recognizer == LABELLED_ID
            or len(_DIGIT.findall(text, s.start, s.end)) >= 5]
    codes = [(a, b) for a, b in map(_stripped, _TOKEN_WITH_DIGIT.finditer(text)) if _is_code(text[a:b])]
    kept = [t for t in (s if s.recognizer in BY_POSITION else _without_codes(text, s, codes) for s in kept) if t]
    kept = [_with_time(text, _as_date(text, _clean_edges(text, piece))) for s in kept for piece in _columns(text, s)]
    kept = [_after_values(text, _before_values(text, s, kept), kept) for s in kept]
    kept = [s for s in kept if s.recognizer in BY_POSITION or not _noise(text, s, kept, codes)]
    ages, misread = _ages_after_names(text, kept)
    kept = [s for s in kept if not (s.recognizer == "SpacyRecognizer" and any(a <= s.start and s.end <= b for a, b in misread))]
    kept += ages + _states_after_places(text, kept) + _postcodes_by_places(text, kept, threshold)
    kept = _unshadowed(_preferred(text, _titles_apart(text, kept)))
    kept = _one_per_value([s for s in kept if s.score >= threshold])
    kept += [s for s in listed_alike(text, kept) if s.score >= threshold]
    kept = _without_bare_phones_on_codes(text, kept, fallbacks)
    return kept + [s for s in fallbacks if s.score >= threshold and _stands(text, s, kept)]


#: words a name's shape may take in before NER's name that are no part of it: relations, prepositions, articles
_NOT_ADDED_NAMES = frozenset(
    """son daughter mother father mum mom dad brother sister wife husband uncle aunt nan gran baby in on at to of
    for by from with and or the a an as if so but then dear hi hello thanks summary judgment""".split()
)


def _stands(text: str, fallback: Span, kept: list[Span]) -> bool:
    """A fallback stands where no other finding reads its characters, or, for a name, where it reads
    on past the names others found ("Ελένη Καραγιάννη" where NER read "Ασφαλισμένη Ελένη")."""
    others = [k for k in kept if _overlap(k, fallback)]
    if not others:
        return True
    if fallback.entity_type != "PERSON" or any(k.entity_type != "PERSON" for k in others):
        return False
    # the words it adds are no dictionary's, or given names that are no relation or small word ("Faith
    # Adebayo" where NER read "Adebayo"; not "Son Yiannis", "In Okafor")
    start, end = min(k.start for k in others), max(k.end for k in others)
    added = text[fallback.start:start].split() + text[end:fallback.end].split()
    return bool(added) and all(is_rare(word) or word.lower() not in _NOT_ADDED_NAMES for word in added)


def _without_bare_phones_on_codes(text: str, kept: list[Span], fallbacks: list[Span]) -> list[Span]:
    """Drop a phone guessed from a bare run of digits, with no phone word near it, where a person's
    code reads the same digits: "isikukood 48507140278", "RG 2004118273" are ids. A national number
    written with its trunk 0 or a "+" stays a phone."""
    codes = {(s.start, s.end) for s in fallbacks if s.recognizer == "PersonalCodeRecognizer"}
    return [s for s in kept if not (s.entity_type == "PHONE_NUMBER" and s.score < WEAK_PHONE and (s.start, s.end) in codes
                                    and text[s.start] not in "0+(" and not _CALL_BEFORE.search(text, max(0, s.start - 30), s.start))]


def opens_form_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens a line and a colon closes it, maybe after a few more words: a
    form's label ("Telefon: 0176 ...", "Nome completo: Thiago"), not a value."""
    return bool(_LABEL_AFTER.match(text, end)) and bool(_LINE_START.search(text, max(0, start - 40), start))


def _one_per_value(spans: list[Span]) -> list[Span]:
    """One finding per type and span, the best scored ("Callum Reid" read by a table's header and by NER)."""
    best: dict[tuple[str, int, int], Span] = {}
    for span in spans:
        key = (span.entity_type, span.start, span.end)
        if key not in best or span.score > best[key].score:
            best[key] = span
    return [span for span in spans if best[(span.entity_type, span.start, span.end)] is span]


def _stripped(token: regex.Match) -> tuple[int, int]:
    """A token's span without the punctuation ending its sentence ("P7729041." is "P7729041") and
    without a key glued before it ("BDAY:1983-05-17" is a date, "customer_id=CUS-0039281" a code)."""
    value = token.group()
    key = _KEY.match(value) if ":" in value or "=" in value else _LIST_NUMBER.match(value)  # "1.MWANGI/DANIEL"
    return token.start() + (key.end() if key else 0), token.start() + len(value.rstrip(".:!?"))


def _clean_edges(text: str, span: Span) -> Span:
    """A finding without what its recognizer took from around it: the key glued before an email
    ("email=ana@uol.com.br"; Presidio's pattern allows "=" in the address) and the quotes NER takes
    along ("Beatriz Souza'" in a log's name='...')."""
    start, end = span.start, span.end
    if span.entity_type == "EMAIL_ADDRESS":
        key = _EMAIL_KEY.match(text, start, end)
        start = key.end() if key else start
    elif span.recognizer == "SpacyRecognizer":
        # chat words NER ran into from before a name ("abt marcus", "u keisha"; never "Tel" of "Tel Aviv")
        while span.entity_type in ("PERSON", "LOCATION") and (word := _FIRST_WORD.match(text, start, end)) \
                and word.group(1).lower() in CHAT_WORDS and word.group(1).lower() != "tel":
            start = word.end()
        # ... and a role before a name ("Inmate Jerome Tate", "Claimant Chukwuemeka Eze", "Kunde Lukas Gruber")
        if span.entity_type == "PERSON" and (word := _FIRST_WORD.match(text, start, end)) \
                and word.group(1).lower() in _ROLES_BEFORE_NAMES and " " in text[word.end():end].strip():
            start = word.end()
        while end - start > 1 and text[end - 1] in _QUOTES:
            end -= 1
        while end - start > 1 and text[start] in _QUOTES:
            start += 1
        if (tag := text.find("<", start + 1, end)) > 0:
            end = tag  # a markup tag NER ran into ("Tupaea</field")
    if span.entity_type in ("PERSON", "LOCATION") and span.recognizer in _WORD_READERS:
        # a form's wide gap ends a name or a place read on into the next field ("Zieliński        Podpis Pracownika")
        gap = _WIDE_GAP.search(text, start, end)
        if gap and gap.start() > start:
            end = gap.start()
    if span.entity_type == "PERSON":
        # a chat word after a name ("jess ur gonna"), and a possessive ("ricky's place") are no part of it
        while (word := _LAST_WORD.search(text, start, end)) and word.group(1).lower() in CHAT_WORDS:
            end = word.start()
        if (owner := _POSSESSIVE_END.search(text, start, end)) and owner.start() > start:
            end = owner.start()
    return span if (start, end) == (span.start, span.end) else Span(span.entity_type, start, end, span.score, span.recognizer)


def _columns(text: str, span: Span) -> list[Span]:
    """NER's date read across a table's columns, one piece per column ("03/11/2024   05/11/2024",
    "12 Mar   FPI FROM J OKAFOR"): the pieces that are no date are noise below. NER's name read across
    a form's fields ("Surname: Adebayo  First name: ..." as "Adebayo  First", "Rahim Uddin  Hospital"): the
    value, not the next label nor a dictionary's word after it."""
    wide = _WIDE_GAP if span.entity_type == "DATE_TIME" else _FORM_GAP if span.entity_type in ("PERSON", "LOCATION", "NRP") else None
    if wide is None or span.recognizer != "SpacyRecognizer" or not wide.search(text, span.start, span.end):
        return [span]
    pieces, start = [], span.start
    for gap in [*wide.finditer(text, span.start, span.end), None]:
        end = gap.start() if gap else span.end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and not (wide is _FORM_GAP and start > span.start and (
                text[end - 1] == ":" or _LABEL_ENDS.match(text, end)
                or not any(is_rare(word.strip(".,;:")) for word in text[start:end].split()))):
            pieces.append(Span(span.entity_type, start, end, span.score, span.recognizer))
        start = gap.end() if gap else end
    return pieces


def _as_date(text: str, span: Span) -> Span:
    """NER's people, places or groups that are a calendar date ("DOB 04/19/1991" read as NRP) are the date."""
    if span.recognizer == "SpacyRecognizer" and span.entity_type in ("NRP", "PERSON", "LOCATION") \
            and _CALENDAR_DATE.fullmatch(text, span.start, span.end):
        return Span("DATE_TIME", span.start, span.end, span.score, span.recognizer)
    return span


def _with_time(text: str, span: Span) -> Span:
    """A calendar date with the clock time said right after or before it, or its weekday before it: "11/18/2025 at
    3:45 PM", "Nov 21 at 6:15 AM", "11:52 pm on 9 March", "Saturday, 1 March", "du lundi 17 au mercredi 19 mars"."""
    if span.entity_type != "DATE_TIME":
        return span
    if span.recognizer == "SpacyRecognizer" and text.startswith(":", span.end) and "\n" in text[span.start:span.end]:
        # "thurs 6th\nAnnie: thank god": NER ran on into the next line's speaker
        end = text.rfind("\n", span.start, span.end)
        span = Span(span.entity_type, span.start, len(text[:end].rstrip()), span.score, span.recognizer)
    weekday = _WEEKDAY_BEFORE_DATE.search(text, max(0, span.start - 24), span.start) \
        if "\n" not in text[span.start:span.end] else None
    # (an ordinal after its weekday is a date too: "Wed 5th at 4pm")
    # (or our day and month after its weekday: "czwartek 17.10"; or a day we read with its weekday, ending on its
    # number: "jueves 27" before "a las 11:00")
    words = text[span.start:span.end].split()
    ours = span.recognizer == "DateShapeRecognizer" and (
        words[-1].isdigit() and (len(words) == 1 or len(words) == 2 and words[0].isalpha()) or weekday)
    if not (_CALENDAR_DATE.search(text, weekday.start() if weekday else span.start, span.end) or ours):
        return span
    after = _TIME_AFTER.match(text, span.end)
    before = _TIME_BEFORE.search(text, max(0, span.start - 20), span.start) or weekday
    if not (after or before):
        return span
    return Span(span.entity_type, before.start() if before else span.start, after.end() if after else span.end,
                span.score, span.recognizer)


def _before_values(text: str, span: Span, spans: Sequence[Span]) -> Span:
    """NER's words cut before a value it ran into ("Nagoya 460-0003" is a place, then a number read
    as a phone): the words keep their reading, the number its own."""
    if span.recognizer != "SpacyRecognizer" or span.entity_type not in ("LOCATION", "PERSON"):
        return span
    cut = min((o.start for o in spans if (o.entity_type in STRUCTURED or o.entity_type == "ZIP_CODE"
                                          and o.recognizer == "StreetAddressRecognizer")  # "NM 88310"
               and span.start < o.start < span.end), default=None)
    if cut is None:
        return span
    end = cut
    while end > span.start and text[end - 1] in " \t":
        end -= 1
    # only capitalised words a blank apart from the value ("Nagoya 460-0003"), never a key or a
    # field before it ("src=10.12...", "Sharks,808-...", "PER*IC**TE*514...")
    if end == cut or not _CAPITALISED_WORDS.fullmatch(text, span.start, end):
        return span
    return Span(span.entity_type, span.start, end, span.score, span.recognizer)


def _after_values(text: str, span: Span, spans: Sequence[Span]) -> Span:
    """NER's date begun inside a value before it ("...7418 36 on 3rd Feb" after an IBAN): the date after the value."""
    if span.recognizer != "SpacyRecognizer" or span.entity_type != "DATE_TIME":
        return span
    value_end = max((o.end for o in spans if o.entity_type in STRUCTURED and o.score >= 0.5
                     and o.start <= span.start < o.end < span.end), default=None)
    if value_end is None:
        return span
    start = _WHEN_WORD.match(text, value_end).end()
    if not _CALENDAR_DATE.search(text, start, span.end):
        return span
    return Span(span.entity_type, start, span.end, span.score, span.recognizer)


def _is_code(token: str) -> bool:
    """"CUST-692743", "NG-88412-X", "QN65Q80C", "s-16", "fc16"; not "45-year-old", "23rd", "10mg", "4/5"."""
    parts = _LETTERS_DIGITS.findall(token)
    letters = [p for p in parts if not p.isdigit()]
    if not letters or len(letters) == len(parts) or "@" in token or "://" in token:
        return False
    if _CJK.search(token) or _GLUED_SCRIPT.search(token):
        return False  # words run together without spaces ("満27歳", "1977年4月2日", "ឆ្នាំ២០២៤"), an ordinal ("۱۰مه"): no code
    if _GLUED_PREPOSITION.match(token) or _GLUED_CASE.match(token):
        return False  # Hebrew's "on the" glued to a number: "ב-3 בינואר"; Chechen's case ending: "3-чу"
    if _DATE_TOKEN.match(token):
        return False  # "09-JUL-1990", "2021-11-04T10:22"
    if len(parts) == 2 and _ORDINAL_OR_UNIT.match(token):
        return False
    if _AGE_TOKEN.match(token) or _AGE_SEX_TOKEN.match(token) or _GLUED_DAY_TOKEN.match(token) or _RANK_TOKEN.match(token):
        return False  # "45-yr-old", "7-y-o", "56/M": an age written as one word; "18-án" a day, "WO2" a rank
    if _CLOCK_TOKEN.match(token):
        return False  # "7.30pm", "10.15am", "8h00": a clock's time
    glued = _GLUED.search(token) is not None
    return glued or any(p != p.lower() or len(p) <= 2 for p in letters)


def _without_codes(text: str, span: Span, codes: list[tuple[int, int]]) -> Span | None:
    """A NER span without the codes in it: a place without the code at its edge ("Kilkenny R95" of
    "Kilkenny R95 X2Y4" is "Kilkenny"), a name without the next field of a form after a gap; None
    for anything else a code touches ("Galaxy S23" is no name)."""
    if span.entity_type not in NER_TYPES or _airline_day(text, span):
        return span
    if span.entity_type != "LOCATION":
        touching = [a for a, b in codes if a < span.end and span.start < b]
        if not touching:
            return span
        # a form's next field run into the name ("Insured: Bogusława Lis  Policy HH-3307712"): the
        # name ends at the gap before the code
        gap = _GAP.search(text, span.start, span.end)
        if gap and gap.start() > span.start and min(touching) >= gap.end():
            return Span(span.entity_type, span.start, gap.start(), span.score, span.recognizer)
        return None
    start, end = span.start, span.end
    for a, b in codes:
        if a < end and start < b:
            if a <= start and end <= b or start < a and b < end:
                return None
            start, end = (b, end) if a <= start else (start, a)
    if (start, end) == (span.start, span.end):
        return span
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return Span(span.entity_type, start, end, span.score, span.recognizer) if end > start else None


def _unread_word(text: str, word: str, kind: str) -> bool:
    """A word of a language the English model never learnt, read as a name: Chechen's or Ossetian's own letters
    (their places with a case ending it reads well: "Польшехь"), or a frequent Berber word in a Berber text."""
    from minimize.detection.recognizers import tamazight

    return kind in ("PERSON", "NRP") and bool(_CAUCASIAN_LETTERS.search(word)) \
        or kind in ("PERSON", "LOCATION") and tamazight.common_word(word) and tamazight.is_tamazight(text)


def _airline_day(text: str, span: Span) -> bool:
    """An airline record's day, alone or between slashes ("1 AF 719 Y 12MAR DSSCDG", "P/SEN/A05209371/SEN/22SEP84/F/"):
    a field of its own, not part of a code."""
    return span.entity_type == "DATE_TIME" and bool(_AIRLINE_DAY.fullmatch(text, span.start, span.end))


def _noise(text: str, span: Span, spans: Sequence[Span], codes: list[tuple[int, int]]) -> bool:
    kind = span.entity_type
    if kind in NER_TYPES and kind != "TITLE" and span.recognizer != "StreetAddressRecognizer" and span.recognizer not in BY_POSITION \
            and all(w.strip(".,!?") in CHAT_WORDS for w in text[span.start:span.end].lower().split()) \
            and not (kind == "LOCATION" and text[span.start:span.end].isupper()
                     and text[:span.start].rstrip().lower().endswith((":", "state"))):
        return True  # "pls", "ssn", "soon": NER misreading lowercase chat ("tx" after a street is Texas; "state: HI", "state TX," states)
    if kind in ("PERSON", "LOCATION") and span.recognizer in ("SpacyRecognizer", "NameCueRecognizer") \
            and all(word in FOREIGN_SMALL_WORDS for word in text[span.start:span.end].split()):
        return True  # "tu", "mai", "mijo ya": another language's small words, written small, are no names
    if kind in NER_TYPES and span.recognizer == "SpacyRecognizer":
        dated = kind == "DATE_TIME" and _dated(text, span)
        if any(o.entity_type in STRUCTURED and _overlap(span, o) and not (dated and o.entity_type == "PHONE_NUMBER")
               for o in spans):
            return True  # words inside an email, URL, IP or number are that value, not a name (a date is no phone)
    if kind == "ZIP_CODE" and _PORT_BEFORE.search(text, max(0, span.start - 6), span.start):
        return True  # "from 85.221.140.9 port 51122": a network port
    if kind == "LOCATION" and text[span.start:span.end] in _POSTAL_WORDS:
        return True  # "CEP 01304-001": a postal code's kind word
    if kind == "LOCATION" and span.recognizer in ("SpacyRecognizer", "StreetAddressRecognizer") \
            and opens_form_label(text, span.start, span.end):
        return True  # a form's label ("Telefon: ...", "Nome completo: ..."), not a place
    if kind in ("PERSON", "LOCATION") and span.recognizer == "SpacyRecognizer" and _FIELD_BEFORE.search(text, max(0, span.start - 4), span.start) \
            and _LABEL_AFTER.match(text, span.end) and not _HOUSE_NUMBER_LABEL.match(text, span.end):
        return True  # a one-line form's next label ("...; Domicilio: Av. ...", "| Nationality: Saudi"), no chat's speaker
    if kind == "PERSON" and span.recognizer in ("SpacyRecognizer", "NameCueRecognizer") and _LABEL_ENDS.match(text, span.end) \
            and _FIELD_GAP_BEFORE.search(text, max(0, span.start - 8), span.start):
        return True  # a paper form's next field on the line ("Title: Miss  Date of birth: ..."), no name
    if (kind in NER_TYPES or kind == "USERNAME") and _lower_or_caseless(text[span.start:span.end]) \
            and _KEY_LINE_START.search(text, max(0, span.start - 40), span.start) and _KEY_END.match(text, span.end):
        return True  # an indented YAML block's key ("    postal: M5J 0C3", "  nhi: KRT5808"), not a name or a login
    if kind == "LOCATION" and text[span.start:span.end] in _PHONE_LABELS and _NUMBER_NEXT.match(text, span.end):
        return True  # "Mobil +43 664 ...", "मोबाइल: 98351 ...": a phone's label, not the town of Mobile
    if kind in ("PERSON", "LOCATION", "NRP") and span.recognizer == "SpacyRecognizer" and (
            (value := text[span.start:span.end]) in _ID_LABELS or value.rsplit(" ", 1)[-1] in _ID_LABEL_LAST_WORDS) \
            and _ID_NEXT.match(text, span.end):
        return True  # an id's label before its number, not a name or a place
    if kind == "PHONE_NUMBER" and _SLASHED_DATE.search(text, span.start, span.end):
        return True  # a birth date and the age after it ("14/07/1962 (62 yrs)") read as one number
    if kind == "LOCATION" and span.recognizer == "SpacyRecognizer" and _TITLE_FIRST.match(text, span.start, span.end):
        return True  # "Mr Oluwaseun Adeyemi" read as a place: a person, whom the name cues read
    if kind == "LOCATION" and _CARD_NEXT.match(text, span.end):
        return True  # the country naming an identity card, not where its holder is
    if kind == "PERSON" and text[span.start:span.end] in ("Bill", "Ship", "Sold") and _TO_LABEL.match(text, span.end):
        return True  # an invoice's "Bill to:", "Ship to:"
    if kind in NER_TYPES and span.recognizer == "SpacyRecognizer" and (text[span.start:span.end] in _FUNCTION_WORDS
                                                                       or text[span.start:span.end].split()[0] in _PRONOUNS_FIRST):
        return True  # "Sehr geehrte", "Mit freundlichen Grüßen", "Wir", "Sie": a letter's words of another language
    if kind in NER_TYPES and span.recognizer == "SpacyRecognizer" and text[span.start:span.end] in ("AM", "PM") \
            and _CLOCK_BEFORE.search(text, max(0, span.start - 8), span.start):
        return True  # "kevin.obrien 10:42 AM": a chat's clock, not a name
    if kind == "PERSON" and (span.recognizer == "SpacyRecognizer" or span.recognizer == "NameCueRecognizer"
                             and span.score < STRONG_CUE) and (
            text[span.start:span.end].lower() in ROLE_NOUNS or _EPONYM_AFTER.match(text, span.end)):
        return True  # a role ("Tenant shall pay", "Driver's license") or an eponym ("Parkinson's disease"), no one named
    if kind in NER_TYPES and _LAUGHTER.fullmatch(text, span.start, span.end):
        return True  # "lmaooo", "hahaha": NER reading a chat's laughter
    if kind in NER_TYPES and not _WORD_CHAR.search(text, span.start, span.end):
        return True  # "🎓": NER reading an emoji
    if span.recognizer == "SpacyRecognizer" and UNREAD_SCRIPT.search(text, span.start, span.end):
        return True  # the English model cannot read Chinese, Korean, Arabic, Hebrew... ("김민수 씨에게 연락하세요")
    if span.recognizer == "SpacyRecognizer" and " " not in (value := text[span.start:span.end]) \
            and _unread_word(text, value, kind) and not any(o is not span and _overlap(span, o) for o in spans):
        return True  # one Chechen, Ossetian or Berber word NER guessed at ("Хьан", "Мӕ", "aman"), no other reader's
    if kind == "PERSON" and span.recognizer == "SpacyRecognizer" and _DIGIT.search(text, span.start, span.end):
        return True  # names have no digits ("2015年4月 関西大学" is a date and a university)
    if kind in ("PERSON", "LOCATION") and span.recognizer == "SpacyRecognizer" and any(
            o.entity_type == "DATE_TIME" and o.recognizer == "DateShapeRecognizer" and o.start <= span.start
            and span.end <= o.end for o in spans):
        return True  # a month of another language inside a date we read ("3. febrúar", "30 Ιουνίου")
    if (kind == "NRP" or kind in ("PERSON", "LOCATION") and text[span.start:span.end] in LANGUAGES) and (
            _LANGUAGE_BEFORE.search(text, max(0, span.start - 80), span.start) or _LANGUAGE_AFTER.match(text, span.end)):
        return True  # a language, not a people ("speaks Spanish", "Languages: Turkish, English")
    if kind in ("PERSON", "LOCATION") and text[span.start:span.end] in LANGUAGES and _whole_cell(text, span):
        return True  # a table's cell holding a language alone: "| Dari |", ",Pashto;Urdu,"
    if kind == "URL" and ("hl7.org/fhir" in text[span.start:span.end]
                          or _SYSTEM_KEY.search(text, max(0, span.start - 16), span.start)):
        return True  # a FHIR code system's address names a standard, no one's page
    if kind == "URL" and "/" not in text[span.start:span.end] and _WORD_CHAR.match(text, span.end):
        return True  # cut inside a word: "sarah.li" of "sarah.lindgren", "F.NA" of "F.NAC." are no addresses
    if kind == "URL" and any(o.entity_type == "EMAIL_ADDRESS" and _overlap(span, o) for o in spans):
        return True
    if kind == "URL" and _LIST_NUMBER.match(text, span.start) and "/" not in text[span.start:span.end] \
            and text[span.start:span.end].count(".") == 1:
        return True  # "1.MW" of "1.MWANGI/DANIEL": a list's number and a word, no address
    if kind == "DATE_TIME" and span.recognizer not in _DATE_READERS and not _CALENDAR_DATE.search(text, span.start, span.end):
        return True
    if kind == "LOCATION" and span.end - span.start <= 3 and text[span.start:span.end].isupper() \
            and not text[:span.start].strip(" \t\"'") and not text[span.end:].strip(" \t\"'."):
        return True  # a country or state code alone in a value ("US", "DE") is a code, not a place
    if kind in PART_NOT_IN_CODES and any(a <= span.start and span.end <= b and (a, b) != (span.start, span.end)
                                         for a, b in codes) and not _airline_day(text, span):
        return True
    return False


def is_calendar_date(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a day or a month of a calendar (refine() keeps NER's dates only then)."""
    return _CALENDAR_DATE.search(text, start, end) is not None


def _titles_apart(text: str, spans: list[Span]) -> list[Span]:
    """A name that opens on a title we read loses the title ("Pana Marka" is "Pana", then "Marka"): both are
    reported, as a TITLE and a PERSON, and the title is never shadowed by the longer name."""
    titles = {s.start: s.end for s in spans if s.entity_type == "TITLE"}
    if not titles:
        return spans
    out = []
    for s in spans:
        end = titles.get(s.start)
        if s.entity_type == "PERSON" and end is not None and end < s.end:
            start = end
            while start < s.end and text[start] in " \t.":
                start += 1
            if start < s.end:
                s = Span("PERSON", start, s.end, s.score, s.recognizer)
        out.append(s)
    return out


def _lower_or_caseless(value: str) -> bool:
    """Written small, or in a script without capitals ("postal", "住所")."""
    return value.islower() or not any(c.isupper() or c.islower() for c in value)


def _ages_after_names(text: str, spans: Sequence[Span]) -> tuple[list[Span], list[tuple[int, int]]]:
    """Ages right after a name or a relative, and the stretches they were read from: NER words
    there are the age misread ("de treinta y cinco años" as a name)."""
    ages, stretches = [], []
    taken = {(s.start, s.end) for s in spans if s.entity_type == "AGE"}
    names = {s.end for s in spans if s.entity_type == "PERSON"}
    ends = names | {m.end() for m in _RELATIVE.finditer(text)}
    for end in sorted(ends):
        match = _AGE_AFTER.match(text, end)
        if not match and end in names and (item := _ONE_ITEM.match(text, end)):
            match = _AGE_AFTER.match(text, item.end())  # "Carlos Ruiz, RFC FUCJ800512KX3, 44, domicilio"
            if not match and (second := _ONE_ITEM.match(text, item.end())) and second.group().startswith(","):
                item = second  # two items: "Venkat Subramaniam, FIN G6214093W, Indian national, 34, employer"
                match = _AGE_AFTER.match(text, item.end())
            # (after where they are from, the age closes the heading or sits between commas: "Amara Okoye of Lagos, 17,
            # this year's scholar")
            match = match if match and match.group().startswith(",") and (item.group().lstrip(" \t").startswith((",", "(")) or _AGE_CLOSED.match(
                text, match.end()) or text.startswith(",", match.end())) else None
        in_words = None if match else _AGE_WORDS_BEFORE_YEARS.match(text, end)
        match = match or in_words
        if match and match.span(1) not in taken:
            taken.add(match.span(1))
            ages.append(Span("AGE", match.start(1), match.end(1), AGE_AFTER_NAME_SCORE, "AgeAfterNameRule"))
            if more := _AND_AGE.match(text, match.end(1)):  # "our boys are 6 and 9"
                ages.append(Span("AGE", more.start(1), more.end(1), AGE_AFTER_NAME_SCORE, "AgeAfterNameRule"))
            if in_words:
                stretches.append(in_words.span())
    return ages, stretches


def _postcodes_by_places(text: str, spans: Sequence[Span], threshold: float) -> list[Span]:
    """A postal code right before or after a place: "111 34 Stockholm", "1016 EZ Amsterdam",
    "Tokyo 180-0004" (never a year: "2024 Paris", "Tokyo 2020")."""
    taken = [(s.start, s.end) for s in spans if s.entity_type in ("ZIP_CODE", "ADDRESS", "PHONE_NUMBER", "ID_NUMBER")
             and s.score >= threshold]
    found = []
    for place in spans:
        if place.entity_type != "LOCATION" or place.score < threshold:
            continue
        before = _CODE_BEFORE_PLACE.search(text, max(0, place.start - 16), place.start)
        after = _CODE_AFTER_PLACE.match(text, place.end)
        for match in (before, after):
            if match is None or _YEAR.fullmatch(match.group("code")):
                continue
            start, end = match.span("code")
            if not any(a < end and start < b for a, b in taken):
                taken.append((start, end))
                found.append(Span("ZIP_CODE", start, end, POSTCODE_BY_PLACE_SCORE, "PostcodeByPlaceRule"))
    return found


def _states_after_places(text: str, spans: Sequence[Span]) -> list[Span]:
    """A state's code after a place ("Austin, TX") or before the licence or plate it issued ("OH DL SR482915");
    a state and its postal code after a place ("Caulfield North VIC 3161")."""
    taken = {s.start for s in spans if s.entity_type == "LOCATION"}
    codes = {s.start for s in spans if s.entity_type in ("ZIP_CODE", "ADDRESS")}
    found = []
    for span in spans:
        if span.entity_type == "LOCATION" and (both := _STATE_AND_POSTCODE.match(text, span.end)):
            if both.start("state") not in taken:
                found.append(Span("LOCATION", *both.span("state"), span.score, "StateAfterPlaceRule"))
            if both.start("code") not in codes:
                found.append(Span("ZIP_CODE", *both.span("code"), POSTCODE_BY_PLACE_SCORE, "PostcodeByPlaceRule"))
            continue
        if span.entity_type == "LOCATION":
            match = _STATE_AFTER.match(text, span.end)
        elif span.entity_type in ("ID_NUMBER", "US_DRIVER_LICENSE"):
            match = _STATE_BEFORE_ID.search(text, max(0, span.start - 30), span.start)
        else:
            continue
        if match and match.start(1) not in taken:
            found.append(Span("LOCATION", match.start(1), match.end(1), span.score, "StateAfterPlaceRule"))
    return found


def _preferred(text: str, spans: list[Span]) -> list[Span]:
    """Of two types claiming the same characters keep the better reading (one, never none)."""
    lost: set[int] = set()
    for i, s in enumerate(spans):
        for j, o in enumerate(spans):
            if i != j and j not in lost and (o.start, o.end) == (s.start, s.end) and _beats(text, o, s) \
                    and not _weak_phone_on_a_date(text, o, s):
                lost.add(i)
                break
        # a gazetteer place inside a longer name is part of the name ("Ngozi Okonkwo-Bello")
        if s.entity_type == "LOCATION" and s.recognizer == "LocationGazetteerRecognizer" and any(
            o.entity_type == "PERSON" and o.start <= s.start and s.end <= o.end and (o.end - o.start) > (s.end - s.start)
            for o in spans
        ):
            lost.add(i)
    return [s for i, s in enumerate(spans) if i not in lost]


def _dated(text: str, span: Span) -> bool:
    """A calendar date, alone or opening the span with its time after it ("Tue Apr 9 18:22:47 2024 -0400")."""
    if _CALENDAR_DATE.fullmatch(text, span.start, span.end):
        return True
    date = _CALENDAR_DATE.search(text, span.start, span.end)
    return bool(date and date.start() - span.start <= 5 and _TIME_AFTER.match(text, date.end()))


def _weak_phone_on_a_date(text: str, o: Span, s: Span) -> bool:
    """A phone guessed with less confidence than a calendar date read on the same digits ("18. 5. 1991")."""
    return o.entity_type == "PHONE_NUMBER" and s.entity_type == "DATE_TIME" and o.score < s.score \
        and _CALENDAR_DATE.fullmatch(text, s.start, s.end) is not None


def _beats(text: str, o: Span, s: Span) -> bool:
    """Whether `o` is the better reading of the characters `s` also claims."""
    if LABELLED_ID in (o.recognizer, s.recognizer) and o.recognizer != s.recognizer:
        # its label said what the value is ("driver's license 28475019"), unless a national format
        # names it more precisely (a US passport number after "passport")
        labelled, other = (o, s) if o.recognizer == LABELLED_ID else (s, o)
        if other.entity_type in NATIONAL_IDS and (other.entity_type, labelled.entity_type) in PREFERRED:
            return other is o
        if other.entity_type in SELF_DESCRIBING:
            return other is o  # "account DE44 5001 0517 5407 3249 31": an IBAN says what it is
        return labelled is o
    kinds = (o.entity_type, s.entity_type)
    if kinds in (("ID_NUMBER", "CREDIT_CARD"), ("CREDIT_CARD", "ID_NUMBER")):
        # a key or a column naming an id ("id_number": "6709303123087") says more than the Luhn check's luck,
        # unless the value is as long as a card's ("pan": a card's primary account number, or India's tax id)
        keyed = [span for span in (o, s) if span.entity_type == "ID_NUMBER" and span.recognizer in BY_POSITION]
        if keyed and len(_DIGIT.findall(text, o.start, o.end)) < 15:
            return keyed[0] is o
    if kinds in PREFERRED:
        return True
    if kinds == ("LOCATION", "PERSON"):
        # a place from the gazetteer or an address beats NER's guess of a name ("Guildford")
        if o.recognizer in PLACE_EVIDENCE and s.recognizer == "SpacyRecognizer":
            return True
        if o.recognizer in PLACE_EVIDENCE and s.recognizer == "NameCueRecognizer":
            return o.score >= s.score
        # ... and NER's place beats a name guessed from a weak cue ("Paris is lovely")
        if o.recognizer == "SpacyRecognizer" and s.recognizer == "NameCueRecognizer":
            return s.score < STRONG_CUE
    if kinds == ("PERSON", "NRP") and o.recognizer == "NameCueRecognizer" and s.recognizer == "SpacyRecognizer":
        # "the Okonkwo family": a family's name, not a people (but "Indian", "Ghanaian", "Maltese" stay peoples)
        return o.score >= STRONG_CUE and not text[o.start:o.end].lower().endswith(_DEMONYM_ENDINGS)
    if kinds == ("LOCATION", "NRP") and o.recognizer in PLACE_EVIDENCE and s.recognizer == "SpacyRecognizer":
        return True  # "Pune – 411045, Maharashtra": a state, not a people
    if kinds == ("PERSON", "LOCATION"):
        # a name after a cue beats NER's guess of a place ("Dr Mbeki", "hi this is lei kong")
        if o.recognizer == "NameCueRecognizer" and s.recognizer == "SpacyRecognizer":
            return o.score >= STRONG_CUE
        if o.recognizer == "NameCueRecognizer" and s.recognizer in PLACE_EVIDENCE:
            return o.score > s.score
    return False


_PHONE_OVER_ZIP = ("PHONE_NUMBER", "ZIP_CODE")


def _unshadowed(spans: list[Span]) -> list[Span]:
    # A finding inside a longer one of another type with a higher score loses:
    # the "Ahmadu Bello" of "14 Ahmadu Bello Way", a phone-shaped SSN; a postcode read at a phone's start loses
    # whatever its score ("07412" of "07412 660 537" in a table with a postcode column).
    # Inside an account number (IBAN) a run of digits is part of it, whatever its score ("1904 3002 3457 3201"
    # of "AT61 1904 3002 3457 3201" passes a card's Luhn check).
    return [
        s for s in spans
        if not any(o.entity_type != s.entity_type and o.start <= s.start and s.end <= o.end
                   and (o.end - o.start) >= (s.end - s.start)
                   and (o.score > s.score or (o.entity_type in CONTAINERS or (o.entity_type, s.entity_type) == _PHONE_OVER_ZIP)
                        and (o.end - o.start) > (s.end - s.start))
                   for o in spans)
    ]


def _whole_cell(text: str, span: Span) -> bool:
    """Whether the span is all of a delimited table's cell: between pipes, tabs or semicolons (blanks aside), or
    commas with no blank, as a CSV writes them ("Karimi,Dari;Farsi,0413"; never prose's "Ali, Somali, DOB")."""
    before, after = text[: span.start].rstrip(" "), text[span.end :].lstrip(" ")
    opens = not before or before[-1] in "|;\t\n" or text[span.start - 1] == ","
    closes = not after or after[0] in "|;\t\n" or text[span.end : span.end + 1] == ","
    return opens and closes


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end

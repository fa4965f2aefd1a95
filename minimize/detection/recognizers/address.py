"""Street addresses (US and common international shapes), PO boxes, and the
city / state / postal code / country that follow a street in an address.

Vanilla Presidio has no address recognizer: spaCy finds "Springfield" but
never "742 Evergreen Terrace, Apt 3". A street is recognized by its shape:
a house number and a street type ("12 Main St", "Hauptstraße 12",
"8 rue de la République", "Rua Augusta 274", "Bağdat Caddesi No: 112"),
units before or after it ("Flat 3, ...", "..., Suite 4200"). After a street,
the rest of the address is read component by component ("Plano, TX 75023",
"\n10115 Berlin\nGermany"): there, a postal code needs no context word, since
the address is its context.
"""
from __future__ import annotations

import re

import regex
from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from minimize.detection.recognizers import RECOGNIZERS, make_result
from minimize.detection.recognizers.base import OwnRecognizer
from minimize.detection.recognizers.gazetteer import region_names
from minimize.detection.recognizers.words import is_rare

_CAP = r"(?:\p{Lu}\p{Ll}{0,2}\.|\p{Lu}[\p{L}'’\-]*|[dl]['’]\p{Lu}[\p{L}'’\-]*|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))"  # "d'Ibèria"
_CONNECT = (r"(?:de\ las|de\ los|de|del|de\ la|des|du|da|do|dos|das|la|le|of|the|van|von|der|dei|degli|della|delle|dello|di"
            r"|et)")  # "27 rue Marius et Ary Leblond"
# 1-5 capitalised words, with "de la", "of" ... between them (never first)
_NAME = rf"{_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+)?{_CAP}){{0,4}}"
# Street types: the USPS standard suffixes (Publication 28) and their common
# abbreviations, plus British and Indian ones; full words also match in lowercase.
_SUFFIX_WORDS = (
    "Alley|Annex|Arcade|Avenue|Bayou|Beach|Bend|Bluffs?|Bottom|Boulevard|Branch|Bridge|Brooks?|Burgs?|Bypass|"
    "Camp|Canyon|Cape|Causeway|Centers?|Centre|Circles?|Cliffs?|Close|Club|Commons?|Corners?|Course|Courts?|"
    "Coves?|Creek|Crescent|Crest|Crossing|Crossroad|Curve|Dale|Dam|Divide|Drives?|Estates?|Expressway|"
    "Extensions?|Falls?|Ferry|Fields?|Flats?|Fords?|Forest|Forges?|Forks?|Fort|Freeway|Gardens?|Gateway|"
    "Glens?|Greens?|Groves?|Harbors?|Haven|Heights|Highway|Hills?|Hollow|Inlet|Islands?|Isle|Junctions?|"
    "Keys?|Knolls?|Lakes?|Land|Landing|Lanes?|Lights?|Loaf|Locks?|Lodge|Loop|Mall|Manors?|Meadows?|Mews|"
    "Mills?|Mission|Motorway|Mount|Mountains?|Neck|Orchard|Oval|Overpass|Parks?|Parkways?|Pass|Passage|Path|"
    "Pike|Pines?|Place|Plains?|Plaza|Points?|Ports?|Prairie|Radial|Ramp|Ranch|Rapids?|Rest|Ridges?|River|"
    "Roads?|Route|Row|Rue|Run|Shoals?|Shores?|Skyway|Springs?|Spurs?|Squares?|Station|Stravenue|Stream|"
    "Streets?|Summit|Terrace|Throughway|Trace|Track|Trafficway|Trail|Trailer|Tunnel|Turnpike|Underpass|"
    "Unions?|Valleys?|Viaduct|Views?|Villages?|Ville|Vista|Walks?|Wall|Ways?|Wells?|Broadway|Marg|Nagar|"
    "Caddesi|Sokak|Sokağı|Bulvarı|Mahallesi|Parade|Esplanade|Promenade|Quay|Wharf|Rise|Circuit|Approach|Wynd|"
    "Reach|Cottages|Villas|Buildings|Mansions|Concourse"
)
_SUFFIX_ABBREVIATIONS = (
    "St|Ave|Av|Rd|Blvd|Ln|Dr|Ct|Pl|Ter|Pkwy|Hwy|Cir|Sq|Cres|Trl|Expy|Fwy|Gdns|Cad|Sok|Mah|Aly|Byp|Cswy|Pde|Esp|"
    "Ctr|Crk|Xing|Est|Ext|Frk|Ft|Grn|Hbr|Hts|Jct|Ldg|Mnr|Mtn|Mt|Pt|Rte|Sta|Tpke|Vly|Vw|Vlg|Vis"
)
# abbreviations as written, or in capitals on a label ("340 RIVERSIDE DR")
_SUFFIX = rf"(?:(?i:{_SUFFIX_WORDS})|(?:{_SUFFIX_ABBREVIATIONS}|{_SUFFIX_ABBREVIATIONS.upper()})\.?)"
#: a street's kind word after its name ("Willow Creek Dr"): a street, not a person's name
STREET_SUFFIX = regex.compile(rf"{_SUFFIX}(?![\w])")
_DIRECTION = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|Northeast|Northwest|Southeast|Southwest)\.?"
_NUMBER = r"\d{1,6}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?){0,2}(?:[-/][A-Za-z](?![\w\-]))?"  # "101/2/14": house, stair, door; "140-A", "22/B"
_UNIT_WORD = (
    r"(?:(?i:apt|appt|apartment|appartement|appartamento|suite|ste|unit|flat|fl|floor|level|lvl|rm|room|bldg|building|daire|block|blk|"
    r"piano|piso|andar|étage|etage|stock|dpto|depto|interno|int|scala|sc|bloco|bl|kat|ap|app|bât|bat|bâtiment|"
    r"esc|escalier|porte|bus|bte|boîte|apto|lgh|torre|oficina|of(?=\.)|et(?=\.)|kv(?=\.)|(?-i:stan)(?=\.)|lok(?=\.))"  # "kv. 118": a flat in Ukraine and Russia  # "ET. 3": a floor in Bulgaria, with its dot
    # "stan. 12": a flat in Slovenia (in lower case, with its dot: never the name "Stan"); "lok. 48": a Polish one
    r"|House[ \t]+No|House|Plot|Shop|Block|Blk|No|Villa|Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus)"
)
_UNIT_AFTER = (
    rf"(?:,?[ \t]*(?:(?-i:{_UNIT_WORD})(?!\p{{L}})\.?:?[ \t]*[#]?[\w\-/]+|\#[ \t]?\w+(?:-\w+)?|\d{{1,2}}(?:st|nd|rd|th)[ \t]+(?i:floor)|\d{{1,2}}(?:e|er|ème|eme)[ \t]+étage|"
    # an Islamabad sector after its street: "House 27, Street 9, F-7/2"
    r"(?-i:[D-I]-\d{1,2}/[1-4])(?![\w/\-])|"
    # a Czech or Slovak floor: "Tř. Míru 14, 2. patro" (before the dotted floor below, which would cut its word)
    r"\d{1,2}\.[ \t]*(?:patro|patře|podlaží|poschodí|poschodie)(?!\p{L})|"
    # an Indonesian neighbourhood and its ward: "Jl. Melati No. 4, RT 003/RW 011", "RT.05 RW.02", "RT/RW 002/005"
    r"(?-i:RT|Rt)\.?[ \t]*\d{1,3}[ \t]*(?:/|[ \t])[ \t]*(?-i:RW|Rw)\.?[ \t]*\d{1,3}(?![\w/])|(?-i:RT/RW)[ \t]*\d{1,3}/\d{1,3}(?![\w/])|"
    # a Dutch floor: "Kneuterdijk 41, 3e verdieping", "2de etage", "begane grond"
    r"\d{1,2}(?:e|de|ste)[ \t]+(?i:verdieping|etage)|(?i:begane[ \t]+grond)|"
    # "4º dcha.", "3.º Esq.", "2. OG links" (a German floor and side)
    rf"\d{{1,2}}\.?[º°ª.][ \t]*(?:izq|dcha|der|th|tv|mf|\p{{L}}{{1,4}})\.?(?:[ \t]+(?:links|rechts|mitte))?|m\.[ \t]*\d+|"
    # a Spanish floor and door in digits: "5º 2ª"
    r"\d{1,2}[º°ª][ \t]*\d{1,2}[º°ª]|"
    # a Catalan floor and door ("4t 3a", "2n"), a ground floor or a mezzanine ("bajo B", "baixos", "entlo. 2ª")
    r"(?<=\d,?[ \t]*)\d{1,2}(?-i:r|n|t|è)(?:[ \t]+\d{1,2}a)?(?![\w'’])|"
    r"(?<=\d,?[ \t]*)(?-i:bajo|bajos|baixos|entlo\.|entresuelo|entresòl|àtic|ático|principal|pral\.)"
    r"(?:[ \t]+(?-i:[A-H]|\d{1,2}[ºª]?)(?![\w'’]))?|"
    # a Finnish staircase and flat after the house number: "Mannerheimintie 12 B 7"
    r"(?<=\d[ \t]+)(?-i:[A-H])[ \t]+\d{1,3}(?![\w\-]|[.,]\d)|"
    # a German rear or side building: "Boxhagener Str. 71, Hinterhaus"
    r"(?<=\d,?[ \t]*)(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus)(?!\p{L})|"
    # a Turkish door and floor after "No:214": "D:9", "K:3"
    r"(?<=\d[ \t]*)(?-i:[DK])[:.][ \t]*\d{1,4}(?!\w)|"
    # a road's kilometre after its number (Brazil): "Estrada Municipal 220, km 4", "Rodovia SP-123 km 45,5"
    r"(?<=\d,?[ \t]*)(?-i:km|Km|KM)\.?[ \t]*\d{1,4}(?:,\d{1,3})?(?![\w\-]|,\d)))"
)
_UNIT_BEFORE = (
    # a block or a unit before the house number, no comma: "Blk 123 Ang Mo Kio Ave 3", "Unit 5/42 Smith Street"
    r"(?:(?-i:Blk|BLK|Block|Unit|UNIT)\.?[ \t]+(?=\d{1,4}(?:/\d{1,5})?[A-Za-z]?[ \t]+\p{Lu}))|"
    # a farm's name before its road: "Sítio Recanto das Águas, Estrada Municipal 220, km 4"
    rf"(?:(?-i:Sítio|Chácara|Fazenda|Finca|Hacienda|Quinta|Granja)[ \t]+{_NAME},[ \t]*)|"
    rf"(?:(?:(?-i:Top|Ground|First|Second|Third|Basement|Upper|Lower|Garden)[ \t]+)?"  # "Top Floor Flat, 22 Belvoir Road"
    # (no number of five digits in a row: "SSS No. 03-4418762-9, Blk 12" is an id's)
    rf"(?-i:{_UNIT_WORD})(?!\p{{L}})\.?[ \t]*[#]?(?![\w\-/]*\d{{5}})[\w\-/]+,[ \t]*(?:(?:\p{{Lu}}[\p{{L}}'\-]*[ \t]+){{1,3}}"
    r"(?:House|Court|Building|Tower|Towers|Apartments|Mansions|Centre|Center|Plaza|Residency|Heights|Lodge),[ \t]*"
    # a building's own name before its house number: "Apartment 9, The Maltings, 10 Quay Street"
    r"|(?:The[ \t]+)?\p{Lu}[\p{L}'\-]*(?:[ \t]+\p{Lu}[\p{L}'\-]*){0,2},[ \t]*(?=\d))?"
    r"|[A-Z]-\d{1,4},[ \t]*"
    r"|\d{1,2}[º°ª][ \t]*[A-H]?,[ \t]*"  # Spain's floor and door first: "3º B, Calle de Toledo 88"
    # Hong Kong's flat, floor and tower before the street: "Room 1802, 18/F, Tower 2, 33 Canton Road"
    rf"|(?-i:{_UNIT_WORD})\.?[ \t]*[\w\-]+,[ \t]*\d{{1,3}}/F,[ \t]*(?:(?-i:Tower|Block|Blk)[ \t]+\w{{1,3}},[ \t]*)?(?=\d))"
)
_GERMANIC = (
    r"(?:\p{L}[\p{L}\-]*(?:-(?:Straße|Strasse|Gasse|Weg|Allee|Platz|Ring)|straße|strasse|str\.|gasse|weg|allee|platz|damm|ufer|gatan|vägen|gränd|torget|gade|vej|"
    r"vejen|vegen|gaten|"  # Danish and Norwegian with their article: "Strandvejen 118"
    r"smauet|bodene|brygge|brygga|svingen|tunet|"  # ... and Bergen's lanes, wharves and boathouses: "Sandviksbodene 3"
    r"veien|gata|laan|straat|plein|gracht|kade|steeg|dreef|markt|singel|dijk|steenweg|utca|ulice|iela|katu|tie)"
    r"|\p{Lu}[\p{Lu}\-]*(?:STRASSE|STRAẞE|GASSE|ALLEE|PLATZ|WEG|DAMM))"  # a bank message's capitals: "AUGUSTENSTRASSE 61"
)
_ROMANCE = (
    r"(?i:rue|avenue|av\.|avda\.?|avenida|calle|c/|carrer|rua|via|viale|piazza|corso|largo|vicolo|travessa|"
    r"praça|plaza|paseo|ul\.|ulica|aleja|al\.|boulevard|bd\.?|chemin|impasse|allée|quai|cours|strada|jalan|jl\.|"
    r"calea|bulevardul|str\.|rambla|ronda|passeig|pl\.|plac|borgo|contrada|rotonda|stretto|incrocio|vico|"
    r"canale|piazzale|chemin|route|ruelle|place|cañada|camino|callejón|glorieta|pasaje|travesía|cuesta|plaça|"
    r"carrera|residencial|quadra|conjunto|setor|vila|alameda|rodovia|estrada|avinguda|travessera|passatge|"
    # Peru's jirón, Israel's rehov and sderot; Quebec's montée ("95, montée des Arsenaux")
    r"jr\.|jirón|jiron|rehov|rechov|sderot|bulevar|bulvar|prosp\.|vul\.|prov\.|montée|"
    r"lorong|lrg\.)"  # a Malaysian lane: "Lorong Kenari 4, No. 56"
)

# Streets that start with their house number (fast: most positions fail at once)
_STREET_NUMBER_FIRST = rf"""
        # 742 Evergreen Terrace; 350 Fifth Avenue; 88 Queen St W; 15 Teheran-ro 34-gil; 14-16 Kingsway
        # (in lower case, never a small word first: "Aïcha Doumbia, 27, of Rue 405" is an age)
        # (not a date's year: "né le 14 mai 1987, domicilié Rue Haute 212")
        # (a police report's hundred block: "near the 1500 block of Fulton St")
        (?:(?!(?:19|20)\d\d\b)|(?<!\d\.?[ \t]+\p{{L}}{{3,9}}\.?,?[ \t]+)){_NUMBER}(?:(?<=00)[ \t]+block[ \t]+of)?,?[ \t]+(?:{_DIRECTION}[ \t]+)?(?:{_NAME}[ \t]+{_SUFFIX}(?:[ \t]+{_DIRECTION}|[ \t]+\d{{1,2}}(?=,))?(?!\w)
                                                |(?:[nsew][ \t]+)?(?:(?!(?:bis|ter|quater|of|and|or|to|in|on|at|for|from|by|with|is|was)\b)\p{{Ll}}+|\d{{1,3}}(?:st|nd|rd|th))(?:[ \t]+\p{{Ll}}+){{0,2}}[ \t]+(?:(?i:{_SUFFIX_WORDS})|st|ave|rd|blvd|ln|pde|dr|ct|pl|ter|cir|hwy|pkwy)(?!\w)
                                                |\p{{Lu}}\p{{L}}+-(?:ro|gil|daero)(?:[ \t]+\d{{1,3}}-gil)?
                                                |\d{{1,3}}[A-Z]?[ \t]+(?-i:Ave|Avenue|St|Street)(?:[ \t]+(?-i:NW|NE|SW|SE))?(?!\w)  # 4417 50 Ave (Alberta); 12788 76A Ave
                                                |(?!(?:Out|In|Be|Along|Off|Up|Down|A)side\b)\p{{Lu}}\p{{Ll}}+(?:way|gate|side)(?!\w)  # 8 Quayside
                                                |(?:Esplanade|Parade|Promenade|The[ \t]+(?:{_SUFFIX_WORDS}|Green))(?!\w)  # 3/27 Esplanade; 5 The Crescent
                                                |(?:\p{{Lu}}\p{{Ll}}+[ \t]+)?Strand(?!\w)  # 88 Fairview Strand (a surname too: after a number only)
                                                |\p{{Lu}}\p{{Ll}}+[ \t]+Side(?=,[ \t]*\p{{Lu}}\p{{Ll}})  # 3 Canal Side, Skipton (its town after it)
                                                |\p{{Lu}}\p{{Ll}}+[ \t]+strand(?!\w)  # 22 Fairview strand (typed in a chat)
                                                |(?-i:Route|Highway|Hwy\.?|State[ \t]+Route|County[ \t]+Road|Rte\.?)[ \t]+\d{{1,4}}[A-Z]?(?:[ \t]+(?-i:North|South|East|West))?(?=[ \t]*(?:[,;\n]|$))  # 1450 Route 9W, Newburgh; Hwy 1 North
                                                |(?<=\d[ \t])(?-i:\p{{Lu}}){_GERMANIC}(?!\w)(?![ \t]*\d))  # 15 Keizersgracht (the English way)
      | # 8 rue de la République; 14 bis rue des Capucins
        {_NUMBER}(?:[ \t]+(?:bis|ter|quater))?,?[ \t]+{_ROMANCE}[ \t]+(?:{_CONNECT}[ \t]+)?{_NAME}
      | # 997, chemin brunel (lower case, French/Spanish/Portuguese/Italian)
        {_NUMBER},?[ \t]+(?i:rue|chemin|avenue|calle|rua|viale|piazza|stretto|contrada|borgo|cours|allée|quai|impasse|boulevard|avenida|carrer|travessa)[ \t]+(?:{_CONNECT}[ \t]+)*(?!{_CONNECT}\b)\p{{Ll}}[\p{{L}}'\-]+
      | # 2-11-3 Meguro; 4 Chome-2-8 Shibakoen (Japanese block numbers)
        \d{{1,2}}[ \t]?Chome-\d{{1,3}}(?:-\d{{1,3}})?(?:[ \t]+\p{{Lu}}\p{{L}}+)?
      | \d{{1,2}}-\d{{1,3}}-\d{{1,3}}[ \t]+\p{{Lu}}\p{{L}}+
"""
# UK and Canadian postcodes: "HG1 2AB", "M5H 2N2"
_UK_CA_CODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
_TOWN = r"\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,2}"  # not a state code
# ", Harrogate HG1 2AB", ", Mumbai 400053", ", 0262 Oslo": a town and a postal code closing an address
# (an Indian PIN after a dash too: "Pune – 411045")
_TOWN_AND_CODE = (rf",[ \t]*(?:{_TOWN}(?:[ \t]+(?:{_UK_CA_CODE}|\d{{6}}|\d{{5}}(?:-\d{{4}})?)|[ \t]*[–\-][ \t]*\d{{6}})"
                  rf"|\d{{4,5}}[ \t]+\p{{Lu}}\p{{Ll}}+)(?![\w-])")
_CODE_AND_TOWN = r",[ \t]*(?:\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4,5})[ \t]+\p{Lu}\p{Ll}+(?![\w-])"
_TOWN_AND_UK_CODE = rf",[ \t]*{_TOWN}[ \t]+(?:{_UK_CA_CODE})(?![\w-])"
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
# the label before a street is not its name: "Wohnadresse Mariahilfer Straße 101"
_ADDRESS_LABEL = r"(?i:\p{L}*(?:adresse|address|anschrift|adres|indirizzo|dirección|direccion)\b)"
_OWN_WORD_TYPES = (
    r"Str\.|"  # "Boxhagener Str. 71"
    "gate|gata|gatan|vei|veien|vej|gade|straße|strasse|weg|laan|straat|allee|allé|platz|vägen|väg|torget|gränd|"
    "Straße|Strasse|Gasse|Weg|Allee|Platz|Ring|Laan|Straat|Vägen|Väg|Gatan|Gata|Torget|Gränd|Vej|Gade|Veien|"
    "ko['‘’ʻ]chasi|shoh[ \t]ko['‘’ʻ]chasi|mavzesi|köşesi|көшесі|даңғылы|"  # Uzbek and Kazakh
    "kalea|etorbidea|hiribidea|pasealekua|zumardia|enparantza|"  # Basque: "Nafarroa etorbidea 8"
    r"g\.|gatvė|pr\.|prospektas|mnt\.?|maantee|tn\.?|tänav|pst\.?|puiestee|bulvāris|prospekts|iela|gatve|laukums"  # Baltic
)
# Streets that start with a word, one family at a time, each tried only when the
# text holds its cheap hint (a word-first pattern is costly at every capital).
_ROMANCE_WORDS = (
    r"cañada|camino|callejón|glorieta|pasaje|travesía|cuesta|plaça|carrera|residencial|quadra|conjunto|setor|"
    r"vila|alameda|rodovia|estrada|avinguda|travessera|passatge|jr|jirón|jiron|rehov|rechov|sderot|bulevar|bulvar|"
    r"rue|avenue|av|avda|avenida|calle|carrer|rua|via|viale|piazza|corso|largo|vicolo|travessa|praça|plaza|paseo|"
    r"ul|ulica|aleja|al|boulevard|bd|chemin|impasse|allée|quai|cours|strada|jalan|jl|calea|bulevardul|str|rambla|ronda|"
    r"passeig|pl|plac|borgo|contrada|rotonda|stretto|incrocio|vico|canale|piazzale|route|ruelle|place|prosp|vul|prov|montée|"
    r"lorong|lrg"
)
# Latin America's flat words after a street of no type; where someone lives; a house number in words and
# where it is said
_FLAT_WORDS = r"depto|dpto|departamento|apto|apartamento|piso|oficina|torre|bloque|casa|int\.|interior"
_LIVES_IN = (
    r"(?:viv[eo]n?|vivimos|moro|mora[m]?|reside[sn]?|habite|habita|wohnt|woont|lives|living)[ \t]+"
    r"(?:en|em|na|no|à|op|aan|at)[ \t]+"
)
_NUMBER_WORDS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|hundred"
)
_GIVEN_AT = r"(?::|\b(?:at|is|to|on|address|live|lives))"
# one Japanese syllable in Latin letters, its doubled consonant too ("Roppongi")
_ROMAJI = r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|[yfjw])?[aeiouāēīōū]|n(?![aeiouyāēīōū])|(?P<geminate>[kstpc])(?=(?P=geminate)))"
# Arabic written in Latin letters and digits (Levant, Egypt, Gulf): a street or building by its name, a floor, a block
# or a house by its number: "bineyet el Khoury, ta2 3, share3 Mar Mikhael", "22 share3 El Nozha", "qet3a 3, manzel 22"
# (the digit in the word is a letter, "3" for ʿayn, "2" for hamza: no English or other word is spelt so)
_ARABIZI_NAMED = r"(?i:share3|shere3|shari3|shar3|sharee3|bineyet|binayet|bineye|binaye|benayet|bnayet|binayat|3emara|3imara|3amaret)"
_ARABIZI_NUMBERED = r"(?:(?i:tabe2|tabi2|taabe2|manzel|manzil|qet3a|qit3a|9et3a|ket3a|sha22a|sha2a|sh2a)|ta2|Ta2)"
_ARABIZI_NAME = (r"(?:(?:el|al|l|El|Al)[ \t\-]+\p{L}[\p{L}\d'’\-]*|\p{Lu}[\p{L}\d'’\-]*|\d{1,4}[A-Za-z]?(?![\w\-]))"
                 r"(?:[ \t]+\p{Lu}[\p{L}\d'’\-]*){0,2}")
_ARABIZI_PART = (rf"(?:\d{{1,4}}[ \t]+)?{_ARABIZI_NAMED}[ \t]+{_ARABIZI_NAME}"
                 rf"|{_ARABIZI_NUMBERED}[ \t]+(?:(?i:ra2m)[ \t]+)?\d{{1,4}}[A-Za-z]?(?![\w\-])")
# ... and the parts it shares with English: "villa 31, share3 18", "bineyet Khoury, 3rd floor, share3 Makdessi"
_ARABIZI_OTHER_PART = r"(?i:villa|floor|flat|apt|building)[ \t]+\d{1,4}[A-Za-z]?(?![\w\-])|\d{1,2}(?:st|nd|rd|th)[ \t]+(?i:floor)"
# a Cyrillic street's name, in quotes in Bulgaria ("„Васил Левски“"), and the flat, floor, entrance or block after its
# number: "кв. 5", "ет. 4, ап. 11", "вх. А", "бл. 42", Macedonian "влез 2, кат 5, стан 19"
_CYRILLIC_NAME = r"[„“\"«]?\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{L}[\p{L}'’\-]+){0,2}(?:(?<=-)\d{1,3}(?!\d))?[“”\"»]?"  # "Джал-29"
_CYRILLIC_UNITS = (
    r"(?:,?[ \t]*(?:(?:кв|оф|корп|ет|эт|ап|вх|бл|под)\.[ \t]*(?:\d{1,4}\p{L}?|\p{Lu})(?!\p{L})"
    r"|(?:кат|стан|влез)[ \t]+\d{1,4}(?![\w\-])))*"
)
# Slovene and Croatian street types after the name ("Tržaška cesta 45", "na Celovški cesti 112"), the small words a
# sentence has and a street's name has not ("Ulica je bila prazna 3 dni"), and a year, a price, a weight or a distance
# for a number ("Una cesta 3 euro", "Tržaški cesti 3 km pred")
_SLOVENE_TYPES = r"ulica|ulici|cesta|cesti|trg|trgu|nabrežje|nabrežju|obala|obali|ul\."
_SLAVIC_SMALL = r"je|in|so|bo|ni|pa|ter|ali|da|se|i|su|ima|kot|kao|ki|ko|le|ne|a|bi|bil|bila|s|z|u|o|to|ta|te"
_SLAVIC_HOUSE_NUMBER = rf"(?!(?:19|20)\d\d\b){_NUMBER}(?!\w)(?![ \t]*(?:€|%|(?i:kg|km|m|eur|euro|eura|evra|kn|min)\b))"
# an Icelandic street: one word, its kind at its end, in any case: "Laugavegur", "Sunnuvegi", "Brekkugötu", "Víðihlíð"
# (no "-land", "-berg", "-nes", "-ás": "England 3", "Goldberg 2", "Tomás 3")
_ICELANDIC_ENDINGS = (
    "gata|götu|vegur|vegi|veg|stígur|stíg|braut|hlíð|tún|túni|bær|bæ|holti|gerði|torg|torgi|stræti|hæð|teigur|teigi|leiti|"
    "vangur|vangi|smári|mýri|hvarf|garður|garði|vellir|völlum|bakki|bakka|kór|salir|sölum|hólar|hólum|brekka|brekku|heiði|"
    "kvísl|flöt|hraun|hrauni|múli|tröð|hjalli"
)
_ICELANDIC_STREET = rf"(?<![\w\-])\p{{Lu}}\p{{Ll}}{{2,}}(?:{_ICELANDIC_ENDINGS})[ \t]+\d{{1,4}}[a-zA-Z]?(?![\w\-/]|\.\d)"
# a Maltese street's name, its article glued on: "il-Wied", "Santa Marija", "ta' Xbiex"; and Malta's postcode, "BKR 9052"
_MALTESE_NAME = r"(?:\p{Ll}{1,3}-|ta['’][ \t]+)?\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:\p{Ll}{1,3}-|ta['’][ \t]+)?\p{Lu}[\p{L}'’\-]*){0,3}"
_MALTESE_CODE = r"[A-Z]{3}[ \t]?\d{4}(?!\d)"
# what follows "Purok" that is no purok's name: its officers and meetings ("Purok Leader Ramos", "Purok Assembly")
_PUROK_NOT_NAME = (r"Leader|Leaders|President|Chairman|Chairperson|Chair|Officer|Officers|Captain|Head|Council|Meeting|"
                   r"Assembly|System|Level|Members?|Residents?|Secretary|Treasurer|Coordinator|Kagawad|Chief|Elections?|"
                   r"Association|Officials?|Committee")
# words numbered in English text that are no street's name before a flat: "Table 4, apt 2", "Terminal 2, 3rd floor"
_NOT_STREET_NAME = (
    r"Figure|Fig|Table|Chapter|Section|Page|Room|Rm|Building|Bldg|Block|Blk|Floor|Level|Unit|Phase|Version|Step|Item|"
    r"Day|Week|Year|Grade|Class|Apartment|Apt|Flat|Suite|House|Lot|Plot|No|Number|Gate|Terminal|Hall|Exit|Platform|"
    r"Windows|Bus|Route|Line|Part|Lesson|Episode|Season|Vol|Volume|Issue|Model|Type|Size|Box|Case|Ward|Bed|Stage|Area|"
    r"Zone|Sector|Tower|Wing|Gallery|Studio|Court|Office|Desk|Door|Entrance|Team|Group|Batch|Order|Ticket|Invoice|"
    r"Rev|Ref|Lab|Bay|Dock|Pier|Stand|Booth|Seat|Row|Track|Channel|Game|Round|Match|Q[1-4]|Monday|Tuesday|Wednesday|"
    rf"Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|{_MONTHS}"
)
# a CIS street's type word, romanised: "ulitsa Lenina", "prospekt Mira", "pr. Kosta"
_CIS_STREET_TYPES = (r"(?i:ulitsa|prospekt|pereulok|shosse|proezd|naberezhnaya|ploshchad|bulvar)(?![\w\-])"
                     r"|(?-i:pr|prosp|pr-t|ul)\.")
_WORD_FIRST = [
    (  # Rua Augusta 274; calle de Alcalá 48; Av. Paulista, 1578; ul. Marszałkowska 84/92; C/ Colón 14
        rf"(?i:\b(?:{_ROMANCE_WORDS})\b|\bc/)",
        # Quito numbers a house by its block and the street's side: "Av. Amazonas N34-451"; Serbian "br." ("broj"):
        # "ul. Knez Mihailova br. 12"
        rf"{_ROMANCE}[ \t]+(?:{_CONNECT}[ \t]+)?{_NAME},?[ \t]+(?:(?:[nN][º°o]|[nN]r|br)\.?[ \t]*)?"
        rf"(?:{_NUMBER}|(?-i:N|S|E|Oe?)\d{{1,3}}[A-Z]?-\d{{1,4}})(?![\d,.]\d)",
    ),
    (  # paseo carlos cañete 16; aleja korczaka 166; c/ la palma 22 (lower case)
        rf"(?i:\b(?:{_ROMANCE_WORDS})\b|\bc/)",
        # (never inside a password: "Xk9#mQ2!pL logged in from 2001:0db8:..."; nor a Croatian sentence, "Ulica je bila
        # prazna 3 dana"; nor English "via": only Italian's "in via castiglione 31")
        rf"(?<![!#$%&*@^~])(?:(?i:(?!(?<!\bin[ \t])via\b)(?:{_ROMANCE_WORDS})\.?)[ \t]+|(?i:c/)[ \t]*)(?!(?:at|in|on|of|to|for|is|was|the|an?|and|or|with|by|from|je|su|ni|bi|bila|bil)\b)\p{{Ll}}[\p{{Ll}}'\-]+(?:[ \t]+\p{{Ll}}[\p{{Ll}}'\-]+){{0,2}},?[ \t]+{_NUMBER}(?![\d,.:]\d)",
    ),
    (  # вул. Хрещатик, 22, кв. 5; ул. Тверская, д. 7 (Ukrainian, Russian, Bulgarian: the type word first)
        # ... Bulgarian and Macedonian: "ул. „Шипка“ № 23, ет. 4, ап. 11", "бул. Илинден бр. 47, влез 2, кат 5"
        # ... a microdistrict, "мкр. Джал-29, д. 14, кв. 8"; Tajik's street and avenue, "кӯчаи Фирдавсӣ 48"
        r"(?:вул|ул|просп|пр-т|пров|пер|бул|бульв|пл|мкр|мкрн)\.|(?:вулиця|улица|проспект|провулок|переулок|бульвар|булевар"
        r"|кӯчаи|хиёбони)[ \t]|ж\.[ \t]?к\.|жк[ \t]",
        r"(?:(?:вул|ул|просп|пр-т|пров|пер|бул|бульв|пл|мкр|мкрн)\.|вулиця|улица|проспект|провулок|переулок|бульвар|булевар"
        r"|кӯчаи|хиёбони)[ \t]*"
        rf"{_CYRILLIC_NAME},?[ \t]+(?:(?:д|буд|бр)\.[ \t]*|№[ \t]*)?\d{{1,4}}(?:-?\p{{L}}(?!\p{{L}}))?"
        rf"(?:/\d{{1,4}})?{_CYRILLIC_UNITS}"
        # a Bulgarian housing estate, its block and no street number: "ж.к. „Младост“ 1, бл. 42, вх. А, ап. 17"
        rf"|(?:ж\.[ \t]?к\.|жк)[ \t]*{_CYRILLIC_NAME}(?:[ \t]+\d{{1,2}})?(?=,?[ \t]*бл\.){_CYRILLIC_UNITS}",
    ),
    (  # Vietnam: the house number, its lanes, then the street: "Số 27 ngõ 54 Phố Huế", "12 Đường Lê Lợi"
        r"(?i:\b(?:phố|đường|ngõ|ngách|hẻm)[ \t]+)",
        r"(?:(?i:số)[ \t]+)?\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?:,?[ \t]+(?i:ngõ|ngách|hẻm|kiệt)[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4})?)*"
        rf",?[ \t]+(?i:phố|đường)[ \t]+{_NAME}"
        # ... or the street's name right after a lane, without its type: "Số 18 ngõ 42 Hàng Bạc"
        r"|(?:(?i:số)[ \t]+)?\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?:,?[ \t]+(?i:ngõ|ngách|hẻm|kiệt)[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4})?)+"
        rf"[ \t]+{_NAME}",
    ),
    (  # a street named without its type, known by the flat after it (Latin America): "Los Aromos 1440, depto 302"
        # ... or by Spain's floor and door: "Kale Nagusia 4, 2º dcha."
        rf"\d,?[ \t]*(?:(?i:{_FLAT_WORDS})\b|\d{{1,2}}[º°ª])",
        rf"(?!{_ADDRESS_LABEL}){_NAME}[ \t]+\d{{1,5}}[A-Za-z]?(?=,?[ \t]*(?:(?i:{_FLAT_WORDS})\.?[ \t]*\#?\d"
        rf"|\d{{1,2}}[º°ª][ \t]*(?:[A-H]|izq|dcha|der|izda|\d{{1,2}}[ºª])(?![\w'’])))",
    ),
    (  # where someone lives, a street with no type word: "ahora vive en Thames 1842, Palermo"
        rf"(?i:\b{_LIVES_IN}\p{{Lu}})",
        rf"(?<=(?i:\b{_LIVES_IN}))(?!{_UNIT_WORD}(?!\p{{L}})){_NAME}[ \t]+(?!(?:19|20)\d\d\b)\d{{1,5}}[A-Za-z]?"
        r"(?=[ \t]*(?:[,;\n]|$))",
    ),
    (  # a Bangkok lane off its road: "55 Sukhumvit Soi 31"
        r"\bSoi[ \t]+\d",
        rf"{_NUMBER},?[ \t]+\p{{Lu}}\p{{L}}+(?:[ \t]+\p{{Lu}}\p{{L}}+)?[ \t]+Soi[ \t]+\d{{1,3}}(?:/\d{{1,3}})?(?![\w\-])",
    ),
    (  # a block and a lot or villa: Ecuador's "Mz. 104, Villa 12", the Philippines' "Blk 12 Lot 8, Camella Homes"
        r"\b(?:Mz|Mza|Manzana|Blk|Block)\.?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+(?:Villa|Solar|Lote?|Casa)\b",
        r"(?:Mz|Mza|Manzana|Blk|Block)\.?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+(?:Villa|Solar|Lote?|Casa)[ \t]*\d{1,4}[A-Za-z]?"
        r"(?:,?[ \t]+Phase[ \t]*\d{1,2}[A-Za-z]?)?"  # "Blk 7 Lot 22 Phase 2, Camella Homes", "Blk 12 Lot 7 Camella Homes"
        r"(?:,?[ \t]+(?:\p{Lu}\p{L}+[ \t]+){1,2}(?:Homes|Village|Subdivision|Subd\.|Heights|Estates?|Residences|Hills|Park))?"
        # "Blk 7 Lot 22, Sampaguita St.", "Blk 12 Lot 8 Sampaguita St."
        rf"(?:,?[ \t]*{_NAME}[ \t]+{_SUFFIX}(?!\w))?(?![\w\-])",
    ),
    (  # a house number said in words: "eleven Protea Street", "at\nnumber nine Orchard Way under the pot"
        rf"(?:{_GIVEN_AT}|\b(?i:number))\s+(?i:{_NUMBER_WORDS})[ \t]+(?-i:\p{{Lu}})",
        # said where an address is asked for or given, and closing its phrase: never "two Main Street shops"
        rf"(?<={_GIVEN_AT}[ \t]+)(?i:(?:{_NUMBER_WORDS}))[ \t]+{_NAME}[ \t]+(?-i:{_SUFFIX_WORDS})(?=[ \t]*(?:[,.;\n]|$))"
        # ... or after "number" ("number nine Orchard Way", never "number two Main Street shop": a word's capital)
        rf"|(?<=\b(?i:number)[ \t]+)(?i:(?:{_NUMBER_WORDS}))[ \t]+{_NAME}[ \t]+(?-i:{_SUFFIX_WORDS})(?![\w\-])(?![ \t]+\p{{Lu}})",
    ),
    (  # a number and a compass word before the street's name, no type word (Portland): "4411 Southeast Division"
        r"\d[ \t]+(?:Northeast|Northwest|Southeast|Southwest)[ \t]+\p{Lu}",
        rf"{_NUMBER}[ \t]+(?:Northeast|Northwest|Southeast|Southwest)[ \t]+\p{{Lu}}\p{{Ll}}+(?:[ \t]+\p{{Lu}}\p{{Ll}}+)?(?![\w\-])",
    ),
    (  # US military mail: "USS Sampson, FPO AE 54206", "Unit 3617 Box 3081, DPO AP 78097"
        r"\b[FAD]PO\b",
        r"(?:(?:USS|USNS|USNV|USCGC|PSC|CMR|Unit)[ \t]+[\w \t]{1,30}?,?[ \t]+)?(?-i:[FAD]PO)[ \t]+(?-i:AA|AE|AP)[ \t]+\d{5}",
    ),
    (  # Hauptstraße 12; Storgatan 14
        re.compile(
            r"(?:straße|strasse|str\.|gasse|weg|allee|platz|damm|ufer|gatan|vägen|gränd|torget|gade|vej|veien|gata|laan|"
            r"straat|plein|gracht|kade|steeg|dreef|markt|singel|dijk|steenweg|utca|ulice|iela|katu|tie|Straße|Gasse|Weg|"
            r"Allee|Platz|Ring|vejen|vegen|gaten|smauet|bodene|brygge|brygga|svingen|tunet|STRASSE|STRAẞE|GASSE|ALLEE|PLATZ|"
            r"WEG|DAMM)[ \t]+\d"
        ),
        rf"{_GERMANIC}[ \t]+{_NUMBER}(?!\w)",
    ),
    (  # Kongens gate 21; Karl Johans gate 5; Laan van Meerdervoort 10 (street type as its own word)
        # (never a year said after the street: "Абай көшесі 1990 жылы салынған")
        rf"\b(?:{_OWN_WORD_TYPES})[ \t]+\d",
        rf"(?!{_ADDRESS_LABEL}){_NAME}[ \t]+(?:{_OWN_WORD_TYPES})[ \t]+(?!(?:19|20)\d\d[ \t]+(?:жыл|yil|йил)){_NUMBER}(?!\w)",
    ),
    (  # a flat or suite alone, as forms and PII benchmarks write a secondary address: "Apt. 552", "Suite 840"
        # ... a Belgian box, "<Box>bte 12</Box>"; a Russian flat, "хозяина квартиры кв. 9" (never "50 кв. м", "1 кв. 2024")
        r"(?i:\b(?:apt|apartment|suite|ste|flat|bte)\b)|кв\.[ \t]?\d",
        r"(?<![\w\-])(?:(?i:apt\.?|apartment|suite|ste\.?)|Flat|FLAT|bte|Bte)[ \t]*(?:no\.?[ \t]*|\#[ \t]*)?\d{1,5}[A-Za-z]?"
        r"(?![\w\-/]|[.,:]\d|[ \t\-]*(?i:bed|br\b|storey|story|floors?\b|%))"
        r"|(?<![\w\-.])(?<!\d[ \t]?)кв\.[ \t]?(?!(?:19|20)\d\d)\d{1,4}(?![\w\-/]|[.,]\d)",
    ),
    (  # Üllői út 26; Váci utca 12; Andrássy út 60 (Hungarian: the street type as its own word)
        r"(?-i:\b(?:út|utca|u\.|körút|krt\.|tér|sor|köz|sétány|fasor|sugárút|rakpart|körtér|dűlő)[ \t]+\d)",
        rf"{_NAME}[ \t]+(?-i:út|utca|u\.|körút|krt\.|tér|sor|köz|sétány|fasor|sugárút|rakpart|körtér|dűlő)[ \t]+{_NUMBER}(?!\w)",
    ),
    (  # Slovene and Croatian: the street's adjective, its type, the number: "Prešernova ulica 8", "Kongresni trg 12",
        # "na Celovški cesti 112", "u Vukovarskoj ulici 25"; "pot" and "put" (English words) only after an adjective's
        # ending: "Rožna pot 5", "Zagrebački put 3", never "Main pot 2", "Just put 3"
        re.compile(r"(?:ulica|ulici|cesta|cesti|trg|trgu|nabrežje|nabrežju|obala|obali|ul\.|pot|poti|put|putu)[ \t]+\d"),
        rf"(?<![\w\-])\p{{Lu}}\p{{Ll}}{{2,}}(?:[aeio]|oj|em|om|ov|ev|in)[ \t]+(?:{_SLOVENE_TYPES})[ \t]+{_SLAVIC_HOUSE_NUMBER}"
        rf"|(?<![\w\-])\p{{Lu}}\p{{Ll}}+(?:sk|šk|čk|ck|ov|ev|n|j)[aeio][ \t]+(?:pot|poti|put|putu)[ \t]+{_SLAVIC_HOUSE_NUMBER}",
    ),
    (  # ... and the type first, then its name: "Ulica heroja Staneta 9", "Trg republike 3", "Trg bana Jelačića 1"
        # (its small words in the genitive, "heroja", "republike", "bratov"; or any after a preposition, "Cesta v Mestni
        # log 55"), the number closing it: never a sentence ("Ulica je bila prazna 3 dni", "Trg were mentioned 3 times")
        re.compile(r"\b(?:Ulica|Cesta|Trg|Nabrežje|Obala|Šetalište)[ \t]"),
        rf"(?:Ulica|Cesta|Trg|Nabrežje|Obala|Šetalište)[ \t]+"
        rf"(?:(?!(?:{_SLAVIC_SMALL}|{_CONNECT})\b)(?:\p{{Lu}}[\p{{L}}\-]+|\p{{Ll}}+(?:[aeiou]|ov|ev|ih|ij))(?![\p{{L}}\-])"
        rf"(?:[ \t]+(?!(?:{_SLAVIC_SMALL})\b)(?:\p{{Lu}}[\p{{L}}\-]+|\p{{Ll}}+(?:[aeiou]|ov|ev|ih|ij))(?![\p{{L}}\-])){{0,3}}"
        rf"|(?:v|na|ob|pod|pri|k|za|do)[ \t]+\p{{L}}[\p{{L}}\-]+(?:[ \t]+(?!(?:{_SLAVIC_SMALL})\b)\p{{L}}[\p{{L}}\-]+){{0,2}})"
        rf"[ \t]+{_SLAVIC_HOUSE_NUMBER}(?=[ \t]*(?:[,;.:)|/\"\n\t]|$)|[ \t]+(?:v|u|in|na|pri|kod)[ \t])",
    ),
    (  # Icelandic: "Víðihlíð 14", "Brekkugötu 7", "Laugavegur 24"
        re.compile(rf"(?:{_ICELANDIC_ENDINGS})[ \t]+\d"),
        _ICELANDIC_STREET,
    ),
    (  # Kazakh: the street, then its house and flat with their words: "Әл-Фараби көшесі, 65-үй, 12-пәтер",
        # "Қабанбай батыр даңғылы, 11-үй, 204-пәтер" (a label before the name is no part of it)
        # ... and Kyrgyz, in Cyrillic or Latin letters: "Чүй проспектиси, 215, 12-батир", "Lenin köchösü 22"
        re.compile(r"(?:көшесі|даңғылы|көш\.|даңғ\.|көчөсү|проспектиси|köchösü)[ \t]*,?[ \t]+(?:\d|үй)"),
        r"(?!(?:Мекенжайы|Мекенжай|Адрес|Адресі)\b)\p{Lu}[\p{L}\-]+(?:[ \t]+\p{L}[\p{L}\-]+){0,2}[ \t]+"
        r"(?:көшесі|даңғылы|көш\.|даңғ\.|көчөсү|проспектиси|köchösü)"
        r",?[ \t]+(?:\d{1,4}\p{L}?(?:/\d{1,3})?(?:-|[ \t]+)үй|үй[ \t]+\d{1,4}\p{L}?|(?!(?:19|20)\d\d\b)\d{1,4}\p{L}?)(?![\w\-])"
        r"(?:,?[ \t]+(?:\d{1,4}(?:-|[ \t]+)(?:пәтер|кеңсе|батир)|(?:пәтер|кеңсе|батир)[ \t]+\d{1,4})(?![\w\-]))?",
    ),
    (  # Mongolian: the sub-district, then the street, building and flat: "13-р хороо, Их тойруу 27, 4 тоот",
        # "1-р хороо, Энхтайвны өргөн чөлөө 12, 3-р байр, 45 тоот" (the district before it is a place)
        re.compile(r"хороо"),
        r"\d{1,2}(?:-?р|[ \t]+дугаар)[ \t]+хороо(?:лол)?(?:,[ \t]*(?:\p{Lu}[\p{L}\-]*(?:[ \t]+\p{L}[\p{L}\-]*){0,3}[ \t]+"
        r"(?:гудамж(?:[ \t]+\d{1,4}\p{L}?)?|\d{1,4}\p{L}?(?:/\d{1,3})?)|\d{1,4}(?:-р)?[ \t]+(?:байр|тоот))(?![\w\-]))+",
    ),
    (  # Malta: a street with no number after a flat, a block or a building, or before its town and postcode:
        # "Flat 3, Block B, Triq il-Wied", "Villa Rita, Triq Santa Marija,Ħal Għaxaq,GXQ 2204"
        re.compile(r"\bTriq[ \t]"),
        rf"(?:(?-i:{_UNIT_WORD})\.?[ \t]*\#?[\w\-/]+,[ \t]*){{1,2}}(?:(?:\p{{Lu}}[\p{{L}}'’\-]*[ \t]+){{1,3}}"
        rf"(?:Court|Flats|Apartments|Mansions|Building|Residence|House|Towers?|Complex),[ \t]*)?Triq[ \t]+{_MALTESE_NAME}"
        rf"|Triq[ \t]+{_MALTESE_NAME}(?=,[ \t]*{_MALTESE_NAME},?[ \t]*{_MALTESE_CODE})",
    ),
    (  # Yoruba: the house's number, then its road or quarter: "Ilé 2, Àdúgbò Mọ̀kọ́lá", "Ilé 14, Òpópónà Ẹ̀rúwà"
        # (letters with tone marks of their own: "ọ̀")
        re.compile(r"\bIl[eé][ \t]+\d"),
        r"Il[eé][ \t]+\d{1,4}[A-Za-z]?,?[ \t]+(?:Òpópónà|Opopona|Àdúgbò|Adugbo|Ọ̀nà)[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*"
        r"(?:[ \t]+\p{Lu}[\p{L}\p{M}'’\-]*){0,2}",
    ),
    (  # 22 Crossgate, Cupar; 14 Kirk Wynd, Kirkcaldy: a Scottish or Northern English street with no type, before its town
        r"(?-i:\d[A-Za-z]?[ \t]+(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]*(?:gate|Wynd|wynd),)",
        r"(?<![\w\-/.,])\d{1,4}[A-Za-z]?[ \t]+(?-i:(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]*(?:gate|Wynd|wynd))(?=,[ \t]*\p{Lu})",
    ),
    (  # a Welsh street with no type word, its name joined by its article: "5 Pen-y-Bryn", "12 Maes-yr-Haf"
        r"\p{Ll}-(?:y|yr)-\p{Lu}",
        # (closing its phrase: never "3 Pen-y-Fan walks")
        r"(?<![\w\-/.,])\d{1,4}[A-Za-z]?,?[ \t]+\p{Lu}\p{Ll}+-(?:y|yr)-\p{Lu}\p{Ll}+(?![\w\-])(?=[ \t]*(?:[,;.)\"'”\n]|$))",
    ),
    (  # an Indian house number: "U-block, H.No. 41", "H. No. 12-2-418/A"
        r"\bH\.[ \t]?No\b",
        r"(?<![\w.])H\.[ \t]?No\.?[ \t]*\d{1,5}(?:[\-/]\d{1,5})*(?:/?[A-Za-z])?(?![\w\-])",
    ),
    (  # Indonesia: a road's kilometre and its lane before the number, "Jl. Kaliurang Km 5,6, Gg. Kinanti No. 3"; a
        # housing estate's block, "Perumahan Citra Raya Blok H3 No. 9"
        r"\b(?:Jl|Jln|Jalan|Perumahan|Perum|Komplek|Kompleks)\b\.?[ \t]",
        rf"(?:Jl\.?|Jln\.?|Jalan)[ \t]+{_NAME}(?:[ \t]+(?i:km)\.?[ \t]*\d{{1,3}}(?:[,.]\d{{1,2}})?)?"
        rf"(?:,?[ \t]*(?:Gg\.|Gang)[ \t]+{_NAME})?,?[ \t]+No\.?[ \t]*{_NUMBER}(?![\w\-])"
        rf"|(?:Perumahan|Perum\.?|Komplek|Kompleks)[ \t]+{_NAME}[ \t]+Blok[ \t]+[A-Z]{{1,2}}\d{{0,3}}(?![\w\-])"
        r"(?:[ \t]*/[ \t]*\d{1,3})?(?:,?[ \t]*No\.?[ \t]*\d{1,4}[A-Za-z]?(?![\w\-]))?",
    ),
    (  # Japanese in Latin letters: a district, its block, lot and house, "Dougenzaka 2-6-17", "Marunouchi 2-7-2, JP
        # Tower 22-kai"; read where the text is romanised Japanese ("Chiyoda-ku", "Nanami-san", "13-ji"), the district
        # a word of Japanese syllables ("Game 1-2-3", "Score 2-1-0" are no such text)
        r"\w-(?:ku|shi|cho|chō|machi|ken|kai|gatsu|nichi|ji|san|sama|kun|chan)\b",
        rf"(?<![\w\-])(?=\p{{Lu}})(?i:{_ROMAJI}){{3,}}(?:-(?i:{_ROMAJI})+)?[ \t]+\d{{1,2}}-\d{{1,2}}-\d{{1,3}}(?![\w\-])"
        r"(?:,?[ \t]+(?:\p{Lu}[\p{L}]*[ \t]+){1,3}\d{1,2}(?:-kai|F)(?![\w\-]))?",
    ),
    (  # Arabizi: at least one part in its own words, the others a comma apart ("villa 31, share3 18, Al Mushrif")
        re.compile(rf"{_ARABIZI_NAMED}|{_ARABIZI_NUMBERED}".replace("(?i:", "(?:"), re.IGNORECASE),
        rf"(?:(?:{_ARABIZI_OTHER_PART}),[ \t]*){{0,2}}(?:{_ARABIZI_PART})"
        rf"(?:,[ \t]*(?:{_ARABIZI_PART}|{_ARABIZI_OTHER_PART})){{0,4}}",
    ),
    (  # a US street of Spanish words after its number: "2291 Alameda de las Pulgas", "1400 Camino Real"
        r"\d[ \t]+(?:Alameda|Avenida|Calle|Camino|Paseo|Via|Vía|Rancho|Vista|Plaza|Calle)[ \t]",
        r"(?<![\w\-/.,])\d{1,5}[ \t]+(?-i:(?:Alameda|Avenida|Calle|Camino|Paseo|Via|Vía|Rancho|Vista|Plaza)"
        r"(?:[ \t]+(?:de|del|la|las|los|el|\p{Lu}[\p{L}'\-]+)){1,4})(?=,|[ \t]+(?:Apt|Suite|Unit|\#))",
    ),
    (  # a Saudi national address: the building's number, its street, then the additional number: "3318 Tariq Bin Ziyad,
        # Additional No. 6621"
        r"\bAdditional[ \t]+(?:No|Number)\b",
        r"(?<![\w\-/.,])\d{4}[ \t]+\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:bin|ibn|bint|al|el|\p{Lu}[\p{L}'’\-]*)){0,5},?[ \t]+"
        r"Additional[ \t]+(?:No\.?|Number):?[ \t]*\d{4}(?![\w\-])",
    ),
    (  # Arabic: the street's word, its name, then its number: "زنقة المعتمد بن عباد رقم 14" (Morocco), "شارع الحمراء 12",
        # "نهج الحبيب ثامر 5" (Tunisia); never a year or a sentence ("شارع الحمراء في 2020")
        re.compile(r"(?:شارع|زنقة|نهج|درب)[ \t]"),
        r"(?<!\p{Arabic})(?:شارع|زنقة|نهج|درب)(?:[ \t]+(?!(?:في|من|إلى|الى|على|منذ|عام|سنة|و|مع|عن)(?!\p{Arabic}))\p{Arabic}+){1,5}?"
        r"[ \t]+(?:رقم[ \t]+)?(?!(?:19|20)\d\d(?!\d))\d{1,4}(?![\d\-/.,]\d|\d)",
    ),
    (  # Madagascar's lot, by its quarter's roman numeral and letters: "Lot II M 45 Bis", "Lot IVG 123 Ter"
        r"\bLot[ \t]+[IVX]",
        r"(?<![\w\-])Lot[ \t]+[IVX]{1,4}[ \t]?[A-Z]{1,3}[ \t]?\d{1,4}[A-Z]?(?:[ \t]+(?:Bis|bis|Ter|ter))?(?![\w\-])",
    ),
    (  # a South African farm's portion: "Portion 7 of the farm Rietvlei 312", "Remaining Extent of the farm Zandfontein 42 IR"
        r"\bof[ \t]+(?:the[ \t]+)?[Ff]arm[ \t]",
        r"(?:Portion|Remainder|Remaining[ \t]+Extent)[ \t]+(?:\d{1,4}[ \t]+)?of[ \t]+(?:the[ \t]+)?[Ff]arm[ \t]+"
        r"\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,2}[ \t]+(?:No\.?[ \t]*)?\d{1,4}(?:[ \t]+[A-Z]{2}(?![\w\-]))?(?![\w\-])",
    ),
    (  # Greek: a street's name and number, no type word, after "οδός" ("της οδού Ερμού 54"), or in the genitive after
        # "στην" ("στην Ερμού 54, Θεσσαλονίκη"; never "στην Αθήνα 3 χρόνια"); a type word first, "Λεωφ. Κηφισίας 12"
        re.compile(r"(?:στην?|[οΟ]δ(?:ού|ός|ό|\.)|επί της|Λεωφ\.|Λεωφόρο[ςυ]?|Πλατεία[ς]?)[ \t]"),
        r"(?:(?<=(?:[οΟ]δ(?:ού|ός|ό|\.)|Οδ\.|επί[ \t]+της)[ \t]+)\p{Lu}[\p{Greek}\-]+(?:[ \t]+\p{Lu}[\p{Greek}\-]+){0,2}"
        r"|(?<=στην?[ \t]+)(?:\p{Lu}[\p{Greek}\-]+[ \t]+){0,2}\p{Lu}[\p{Greek}\-]*(?:ου|ού|ς|ών)"
        r"|(?:Λεωφ\.|Λεωφόρος|Λεωφόρου|Λεωφόρο|Πλατεία|Πλατείας)[ \t]+\p{Lu}[\p{Greek}\-]+(?:[ \t]+\p{Lu}[\p{Greek}\-]+){0,2})"
        r"[ \t]+\d{1,3}[Α-ΩA-Z]?(?![\w\-/]|[.,]\d)(?=[ \t]*(?:[,;·)\n.]|$))",
    ),
    (  # Bağdat Caddesi No: 112 (Turkish: the number after "No")
        r"Caddesi|Sokak|Sokağı|Bulvarı|Cad\.|Sok\.",
        # ... or a street known by its number: "Hoşnudiye Mah. 731. Sok. No:3 D:5"
        rf"(?:(?:\p{{Lu}}\p{{L}}+[ ](?:\p{{Lu}}\p{{L}}+[ ])?(?:Mah\.|Mh\.|Mahallesi)[ ])?\d{{1,5}}\.|{_NAME})[ \t]+(?-i:Caddesi|Cad\.|Sokak|Sokağı|Sok\.|Bulvarı)[ \t]+No[ \t]*[:.]?[ \t]*\d{{1,5}}(?:/\d{{1,4}})?",
    ),
    (  # Main Street and 5th Avenue (a corner); the hint is the pattern's "Street and" (as a
        # lookbehind, so the search looks for "and" first: " and " alone is in most texts)
        rf"(?<=(?:(?i:{_SUFFIX_WORDS})|(?:{_SUFFIX_ABBREVIATIONS})\.?)[ \t]+)(?:and|&)[ \t]",
        rf"{_NAME}[ \t]+{_SUFFIX}[ \t]+(?:and|&)[ \t]+{_NAME}[ \t]+{_SUFFIX}(?!\w)",
    ),
    (  # a street of any name, known by the town and postal code after it: "8 Willow Bank, Harrogate
        # HG1 2AB", "B-204, Lotus Apartments, Andheri West, Mumbai 400053" (hint: the town and code)
        _TOWN_AND_CODE,
        rf"(?:{_NUMBER}|[A-Z]-\d{{1,4}}),?[ \t]+(?!{_MONTHS}\b){_NAME}(?:,[ \t]*{_NAME}){{0,2}}(?={_TOWN_AND_CODE})",
    ),
    (  # a street of any name, number after it, known by the postal code and town after that:
        # "Ilica 45, 10000 Zagreb", "Ermou 56, 4th floor, 105 63 Athens" (hint: the code and town)
        _CODE_AND_TOWN,
        rf"(?!{_ADDRESS_LABEL}){_NAME}[ \t]+(?:\d{{1,3}}[A-Za-z]?|\d{{4}}(?=/))(?:[-/]\d{{1,4}}[A-Za-z]?){{0,2}}"
        rf"(?:{_UNIT_AFTER})*(?={_CODE_AND_TOWN})",  # a short house number ("Vinohradská 1511/230" has two parts):
        # "Invoice 2024, 10000 Units" is no street
    ),
    (  # a German street opening on its preposition, no type word, its postcode and town after "in": "für das Objekt
        # Am Mühlbach 7 in 93047 Regensburg", "Auf dem Berg 3 in 79098 Freiburg" (never "Am Montag 5 Stunden")
        re.compile(r"[ \t]in[ \t]\d{5}[ \t]"),
        r"(?-i:Am|Im|An[ \t]+der|An[ \t]+den|Auf[ \t]+der|Auf[ \t]+dem|Zum|Zur|In[ \t]+der|In[ \t]+den|Unter[ \t]+den|Hinter[ \t]+der"
        r"|Vor[ \t]+dem|Beim)[ \t]+\p{Lu}[\p{L}\-]+(?:[ \t]+\p{Lu}[\p{L}\-]+)?[ \t]+\d{1,3}[a-z]?(?![\w\-])"
        r"(?=[ \t]+in[ \t]+\d{5}[ \t]+\p{Lu})",
    ),
    (  # a street with its type but no number, known by the town and a UK or Canadian postcode after it:
        # "Church Street, Ludlow SY8 1AW"
        _TOWN_AND_UK_CODE,
        rf"(?!{_ADDRESS_LABEL}){_NAME}[ \t]+{_SUFFIX}(?={_TOWN_AND_UK_CODE})",
    ),
    (  # a house's name, then its street with no number: "Rose Cottage, Church Lane", "Ballinacurra House,
        # Ballinacurra Road" (the house name says it is an address; a street alone would not)
        r"(?:House|Cottage|Lodge|Farm|Barn|Mill|Manor|Hall|Grange|Rectory|Vicarage|Villa)[ \t]*,[ \t]*\p{Lu}",
        rf"(?:(?:The[ \t]+)?\p{{Lu}}[\p{{L}}'\-]*[ \t]+){{1,2}}(?:House|Cottage|Lodge|Farm|Barn|Mill|Manor|Hall|Grange|"
        rf"Rectory|Vicarage|Villa)[ \t]*,[ \t]*{_NAME}[ \t]+{_SUFFIX}(?!\w)",
    ),
    (  # Czech and Slovak: the street's name (an adjective or a genitive), then the number, often two with a slash
        # ("Korunní 1208/74", "Jugoslávských partyzánů 1580/3", "Mlynská 12"); read where the text has their letters
        r"[ěščřžůňťďľĺô]|\bulic[ei][ ]",
        # (more words only in the genitive or an adjective's ending: never "Kupní cena 3", "Svobodová a od 1")
        r"(?<![\w\-])\p{Lu}\p{Ll}*(?:ská|cká|ní|ova|ého|ých|ů|ná)(?:[ ]\p{Ll}+(?:ů|ých|ého|ské|ní))?[ ]\d{1,5}(?:/\d{1,4}[a-z]?)?"
        r"(?![\w/]|[ ](?:let|rokov|roků|rok|roky|lety|Kč|€|ks|km|kg)\b)"
        # ... a name of any ending with both numbers, closing its phrase ("Cejl 517/36, Brno"; never a law's "Zákon
        # 89/2012 Sb.", "Vyhláška 50/78 a ..."), or after "v ulici" ("v ulici Cejl 12")
        r"|(?<![\w\-])\p{Lu}\p{Ll}+[ ]\d{1,5}/(?!(?:19|20)\d\d\b)\d{1,3}[a-z]?(?![\w/])(?=[ \t]*(?:[,;\n]|$))"
        r"|(?<=\b(?:ulici|ulice|ulicí)[ ])\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?[ ]\d{1,5}(?:/\d{1,4}[a-z]?)?(?![\w/])",
    ),
    (  # Korean road names: "Teheran-ro 152", "Sejong-daero 209", "Dosan-daero 45-gil 12"
        r"\p{L}-(?:ro|gil|daero)\b",
        r"\p{Lu}\p{L}+-(?:ro|gil|daero)(?:[ \t]+\d{1,3}(?:beon)?-?gil)?[ \t]+\d{1,5}(?:-\d{1,5})?(?![\w\-])",
    ),
    (  # the street type first, then the number after it, in Wales and Thailand: "3 Heol y Felin",
        # "99/12 Soi Sukhumvit 31", "12 Thanon Ratchadamnoen"
        # ... and Malta's "44, Triq il-Merkanti"
        # ... and Ireland's in Irish: "5 Bóthar na Trá", "14 Ard na Gréine"
        # ... and more Welsh ones: "27 Clos yr Wenallt", "4 Cilgant y Bryn", "9 Maes y Dre"
        r"\b(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Clos|Cilgant|Maes|Teras|Llys|Cwrt|Soi|Thanon|Triq|Bóthar|Sráid|Ascaill|Ard|Cnoc|"
        r"Páirc|Plás|Radharc|Céide|Lána)"
        r"[ \t]+(?:yr?[ \t]+|na[ \t]+|an[ \t]+|\p{Ll}{1,3}-)?\p{Lu}",
        rf"{_NUMBER},?[ \t]+(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Clos|Cilgant|Maes|Teras|Llys|Cwrt|Soi|Thanon|Triq|Bóthar|Sráid|"
        rf"Ascaill|Ard|Cnoc|Páirc|Plás|Radharc|Céide|Lána)[ \t]+(?:(?:y|yr|na|an)[ \t]+|\p{{Ll}}{{1,3}}-)?{_NAME}"
        r"(?:[ \t]+\d{1,3}(?![\w\-]))?",
    ),
    (  # a South African township's stand by its number and section: "4412 Zone 7", "1182 Phase 1", "House 1127, Phase 2",
        # "8812 Extension 3" (a section's word in capitals after a house number: never "phase 1 trials")
        re.compile(r"(?-i:\b(?:Zone|Phase|Extension|Ext\.)[ \t]+\d)"),
        # (its number two digits or more, no year, and a comma or the line's end after it: not "2 Phase 1 trials")
        r"(?<![\w\-/.,])(?<!(?i:block|blk|lot)[ \t])(?:(?-i:House|Stand|Erf)[ \t]+)?(?!(?:19|20)\d\d\b)\d{2,5}[A-Za-z]?,?[ \t]+(?-i:Zone|Phase|Extension|Ext\.)"
        r"[ \t]+\d{1,3}(?=[ \t]*(?:,|\n|$))",
    ),
    (  # Colombian grid addresses: "Carrera 43A # 1 Sur-50", "Calle 26 No. 68C-61", "Cra. 7 # 32-16"
        r"\b(?:Carrera|Calle|Cra|Kra|Cl|Transversal|Diagonal|Avenida|Av)\.?[ \t]+\d{1,3}[A-Za-z]?\b[^\n]{0,12}(?:\#|No\.?)",
        r"(?:Carrera|Calle|Cra\.?|Kra\.?|Cl\.?|Transversal|Diagonal|Avenida|Av\.?)[ \t]+\d{1,3}[A-Za-z]?"
        r"(?:[ \t]+(?:Bis|Sur|Norte|Este|Oeste))?[ \t]*(?:\#|No\.?|N[°º])[ \t]*\d{1,3}[A-Za-z]?"
        r"(?:[ \t]+(?:Bis|Sur|Norte|Este|Oeste))?[ \t]*-[ \t]*\d{1,3}(?![\w\-])",
    ),
    (  # a Philippine purok, a barangay's zone, by its number or its name: "Purok 5", "Purok Rosas, Barangay Poblacion"
        # (never its officers or meetings: "Purok Leader Ramos", "the Purok Assembly")
        re.compile(r"\b(?:Purok|PUROK|purok|Prk\.)[ \t]"),
        r"(?<![\w\-])(?:Purok|PUROK|purok|Prk\.)[ \t]+(?:\d{1,2}[A-Za-z]?(?:-[A-Za-z])?(?![\w\-/.,]\d)(?![\w\-/])"
        rf"|(?-i:(?!(?:{_PUROK_NOT_NAME})\b)\p{{Lu}}\p{{Ll}}+(?:[ \t]+(?!(?:{_PUROK_NOT_NAME}|Barangay|Brgy|Sitio)\b)\p{{Lu}}\p{{Ll}}+)?)"
        r"(?![\w\-]))",
    ),
    (  # a numbered street and its door, as Bamako and Ouagadougou number them: "Rue 405, Porte 18", "rue 284, porte 61"
        # (the door, "Porte 18", follows as a unit)
        re.compile(r"[Pp]orte[ \t]+\d|PORTE[ \t]+\d"),
        r"(?<![\w\-])(?i:rue)[ \t]+\d{1,4}[A-Za-z]?(?=,?[ \t]+(?i:porte)[ \t]+\d{1,4}(?![\w\-]))"
        r"|(?<![\w\-])(?i:porte)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+(?i:rue)[ \t]+\d{1,4}[A-Za-z]?(?![\w\-])",
    ),
    (  # Uzbek, in Latin or Cyrillic letters: the street, then its house and flat with their words: "Yangi Turon
        # ko'chasi, 7-uy", "Бобур шоҳ кўчаси, 56-уй, 7-хонадон"; a plain number closing its phrase ("Navoiy ko'chasi, 12.")
        re.compile(r"ko['‘’ʻ`]chasi|кўчаси|кучаси|mavzesi|мавзеси"),
        rf"(?!(?:Manzil|Manzili|Манзил|Манзили)\b)\p{{Lu}}[\p{{L}}'‘’ʻ`\-]+(?:[ \t]+(?:\p{{Lu}}[\p{{L}}'‘’ʻ`\-]+|shoh|шоҳ|ota|ота)){{0,2}}"
        rf"[ \t]+(?:ko['‘’ʻ`]chasi|кўчаси|кучаси|mavzesi|мавзеси),?[ \t]+"
        rf"(?:\d{{1,4}}\p{{L}}?(?:/\d{{1,3}})?-?(?:uy|уй)|(?:uy|уй)[ \t]+\d{{1,4}}\p{{L}}?"
        rf"|(?!(?:19|20)\d\d\b)\d{{1,4}}\p{{L}}?(?:/\d{{1,3}})?(?=[ \t]*(?:[,;.\n\"'»]|$)))(?![\w\-])"
        rf"(?:,?[ \t]+(?:\d{{1,4}}-?(?:xonadon|хонадон)|(?:xonadon|хонадон|kv\.|кв\.)[ \t]*\d{{1,4}})(?![\w\-]))?",
    ),
    (  # a street named without its type, then its number and a flat, an office or a floor in English words (Almaty,
        # Athens): "Tole Bi 286, apt 19", "Abay 44, office 12", "Iasonos 14, 2nd floor" (never a figure's, a gate's or
        # a course's numbered part: "Table 4, apt 2", "Terminal 2, 3rd floor")
        # ... a building, or a flat as CIS addresses romanise it, its street's type word before it: "Sunset Boulevard 221,
        # building 17", "Lesnaya 14, kv. 8", "prospekt Mira 33, kv. 71"
        re.compile(r"\d,[ \t]*(?:(?i:apt|apartment|flat|office|suite|building|bldg)\b|\d(?:st|nd|rd|th)[ \t]+floor|kv\.)"),
        rf"(?<![\w\-])(?!{_ADDRESS_LABEL})(?:(?:{_CIS_STREET_TYPES})[ \t]+)?(?!(?:{_NOT_STREET_NAME})\b)\p{{Lu}}[\p{{L}}'’\-]*"
        rf"(?:[ \t]+(?!(?:{_NOT_STREET_NAME})\b)\p{{Lu}}[\p{{L}}'’\-]*){{0,2}}[ \t]+(?!(?:19|20)\d\d\b)\d{{1,4}}[A-Za-z]?,[ \t]*"
        rf"(?:(?i:apt|apartment|flat|office|suite|building|bldg)\.?[ \t]*\#?\d{{1,4}}[A-Za-z]?|\d(?:st|nd|rd|th)[ \t]+floor"
        rf"|kv\.[ \t]*\d{{1,4}}[A-Za-z]?)(?![\w\-/]|[.,]\d)",
    ),
    (  # a CIS street romanised, its type word first, then its name and number: "ulitsa Lenina 72", "pr. Mira 118"
        regex.compile(rf"(?:{_CIS_STREET_TYPES})[ \t]+\p{{Lu}}"),
        rf"(?<![\w\-])(?:{_CIS_STREET_TYPES})[ \t]+\p{{Lu}}[\p{{L}}'’\-]+(?:[ \t]+\p{{Lu}}[\p{{L}}'’\-]+)?,?[ \t]+"
        r"(?:(?-i:d|dom)\.[ \t]*)?(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?![\w\-/]|[.,]\d)",
    ),
    (  # a Czech or Slovak avenue, square or embankment, its type word first: "Tř. Svobody 27", "nám. Míru 5"
        re.compile(r"(?:[Tt]ř\.|[Tt]řída|[Nn]ám\.|[Nn]áměstí|[Nn]ábř\.|[Nn]ábřeží|[Nn]ámestie)[ \t]+[^\W\d_]"),
        rf"(?<![\w\-])(?-i:[Tt]ř\.|[Tt]řída|[Nn]ám\.|[Nn]áměstí|[Nn]ábř\.|[Nn]ábřeží|[Nn]ámestie)[ \t]+{_NAME}[ \t]+"
        r"(?!(?:19|20)\d\d\b)\d{1,4}(?:/\d{1,4})?[a-z]?(?![\w\-/]|[.,]\d)",
    ),
    (  # a Malaysian lot or house number before its village, estate, road or lane: "Lot 2261, Kampung Losong",
        # "No. 12, Jalan Mawar 3"
        re.compile(r"\b(?:Kampung|Kampong|Kg\.|Taman|Felda|Jalan|Jln\.?|Lorong|Lrg\.)[ \t]+[A-Z]"),
        r"(?<![\w\-])(?:Lot[ \t]+No\.?|Lot|No\.?)[ \t]*\d{1,5}[A-Za-z]?(?:-\d{1,3})?,?[ \t]+"
        r"(?:Kampung|Kampong|Kg\.|Taman|Felda|Jalan|Jln\.?|Lorong|Lrg\.)[ \t]+\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,3}"
        r"(?:[ \t]+\d{1,3}[A-Za-z]?(?:/\d{1,3}[A-Za-z]?)?)?(?![\w\-])",
    ),
    (  # an Indonesian hamlet or village before its neighbourhood and ward: "Dusun Jetis RT 05/RW 01" (the numbers follow
        # as a unit; never a neighbourhood's head, "Ketua RT 03")
        re.compile(r"\bR[Tt]\.?[ \t]*\d{1,3}[ \t]*(?:/|[ \t])[ \t]*R[Ww]"),
        r"(?<![\w\-])(?:(?:Dusun|Desa|Dukuh|Kampung|Kp\.|Perum\.?|Perumahan|Gang|Gg\.|Blok|Kelurahan|Kel\.)[ \t]+)?"
        r"(?!(?:Ketua|Pak|Bu|Bapak|Ibu|Pengurus|Warga|Pos)\b)\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,2}"
        r"(?=,?[ \t]*R[Tt]\.?[ \t]*\d{1,3}[ \t]*(?:/|[ \t])[ \t]*R[Ww])",
    ),
    (  # a South Asian quarter and its house, in Latin letters: "Mohalla Shar, ghar 44", "ghar no. 12, Mohalla Qazi"
        re.compile(r"(?i:mohall?ah?|muhall?ah?)[ \t]"),
        r"(?<![\w\-])(?i:mohall?ah?|muhall?ah?)[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?,?[ \t]+(?i:ghar|makan|makaan|house)[ \t]+"
        r"(?:(?i:no|number|nambar|nmbr)\.?[ \t]*)?\d{1,4}[A-Za-z]?(?![\w\-])"
        r"|(?<![\w\-])(?i:ghar|makan|makaan|house)[ \t]+(?:(?i:no|number|nambar|nmbr)\.?[ \t]*)?\d{1,4}[A-Za-z]?,?[ \t]+"
        r"(?i:mohall?ah?|muhall?ah?)[ \t]+\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?(?![\w\-])",
    ),
    (  # without a house number only after a unit: "Plot 14, Ahmadu Bello Way", "House 12, Road 27"
        # ... and a Nigerian or Indian layout: "Plot 41, Trans-Amadi Layout"
        rf"(?<=(?:{_UNIT_WORD})(?!\p{{L}})\.?[ \t]*[#]?[\w\-/]+),|(?<=[A-Z]-\d{{1,4}}),",  # from the comma: fast
        rf"(?<=,[ \t]*)(?P<weak>(?:{_NAME}[ \t]+)?(?:{_SUFFIX}|Sector|Block|(?<!(?i:site|page|figure|floor|screen|table|grid|plan|print|default|new|final)[ \t]+)Layout)(?:[ \t]*\d{{1,4}}[A-Za-z]?)?(?!\w))",
    ),
]
# a house's own name before its number and street: "Rosewood House, 3 Heol y Nant", "Ivy Cottage, 12 Mill Lane"
_HOUSE_WORDS = (r"House|Cottage|Lodge|Farm|Barn|Mill|Manor|Hall|Villa|Court|Mansions|Buildings|Chambers|Grange|Rectory|Vicarage|"
                r"Schoolhouse|Farmhouse|Croft|Steading|Bungalow|Cottages")
_HOUSE_NAME = (
    rf"(?:(?:The[ \t]+)?\p{{Lu}}[\p{{L}}'\-]*[ \t]+){{1,2}}(?:{_HOUSE_WORDS})[ \t]*(?:,[ \t]*|\n[ \t]*)(?=\d)"
    r"|The[ \t]+\p{Lu}[\p{L}'\-]*(?:[ \t]+\p{Lu}[\p{L}'\-]*)?[ \t]*,[ \t]*(?=\d)"  # "The Old Forge, 3 Mill Lane"
    # ... a Gaelic or Welsh one, on a letter's line of its own too: "Tigh na Mara\n7 Shore Road", "Bryn y Môr, 4 Heol Las"
    r"|(?:Bryn|Tŷ|Plas|Pen|Glan|Ard|Cois|Teach|Tigh|Cnoc|Radharc)[ \t]+(?:na|an|y|yr)[ \t]+\p{Lu}[\p{L}'’\-]+"
    r"[ \t]*(?:,[ \t]*|\n[ \t]*)(?=\d)"
)
# ... and before a street with no number, where a British or Irish postcode follows ("The Granary, Mill Road,
# Thaxted CM6 2LD", "Apartment 14, The Maltings,\nBishop Street, Dublin 8, D08 R2X7", "The Old Forge, Church End")
_HOUSE_THEN_STREET = regex.compile(
    rf"(?<![\w@/.-])(?:(?-i:{_UNIT_WORD})\.?[ \t]*\#?\w{{1,5}},[ \t]*)?"
    rf"(?:The[ \t]+\p{{Lu}}[\p{{L}}'’\-]*(?:[ \t]+\p{{Lu}}[\p{{L}}'’\-]*)?|(?:\p{{Lu}}[\p{{L}}'’\-]*[ \t]+){{1,2}}(?:{_HOUSE_WORDS})"
    # a house's name in Welsh or Irish: "Bryn Awel", "Ard na Mara", "Cois Abhann", "Tŷ Gwyn"
    r"|(?:Bryn|Tŷ|Ty|Plas|Pen|Glan|Ard|Cois|Teach|Tigh|Cnoc|Radharc)[ \t]+(?:na[ \t]+|an[ \t]+|y[ \t]+)?\p{Lu}[\p{L}'’\-]+"
    r"|(?:Y|Yr)[ \t]+\p{Lu}[\p{L}'’\-]+)"  # "Y Berllan", "Yr Hendre"
    r"[ \t]*,[ \t]*\n?[ \t]*(?:(?:\p{Lu}[\p{L}'’\-]*[ \t]+){1,3}"
    r"(?:Road|Street|Lane|End|Green|Close|Way|Drive|Avenue|Row|Hill|Place|Gardens|Terrace|Square|Crescent|Walk|Mews|Rise|"
    r"Grove|Park|Court|Yard|Bóthar|Sráid)"
    # a Welsh or Irish street, its kind word first: "Ffordd y Traeth", "Bóthar na Trá" (with a house's name, an
    # address with no postcode after it: "Y Berllan, Heol y Wern, Caerfyrddin")
    r"|(?P<celtic>(?:Ffordd|Heol|Stryd|Lôn|Bóthar|Sráid|Ascaill)[ \t]+(?:y[ \t]+|yr[ \t]+|na[ \t]+|an[ \t]+)?\p{Lu}[\p{L}'’\-]+))"
    r"(?![\w\-])"
    # ... or a house's own name alone before its village: "The Old Schoolhouse, Kirkton, Aberfeldy PH15 2EY"
    rf"|(?<![\w@/.-])The[ \t]+(?:\p{{Lu}}[\p{{L}}'’\-]*[ \t]+)?(?:{_HOUSE_WORDS})(?=,[ \t]*\p{{Lu}})"
)
_BRITISH_IRISH_CODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d[\dW][ \t]?[AC-FHKNPRTV-Y\d]{4})\b")
_POSTCODE_SOON = regex.compile(rf"[^\n]{{0,60}}?\n?[^\n]{{0,40}}?(?<![\w-])(?:{_UK_CA_CODE}|[AC-FHKNPRTV-Y]\d[\dW][ \t]?[AC-FHKNPRTV-Y\d]{{4}})(?![\w-])")
# a British or Irish address no street pattern reads, its parts a comma apart before its town and postcode: "7 Balallan,
# Isle of Lewis HS2 9PN", "Rosebank Cottage, Lower Slaughter, Gloucestershire GL54 2HR", "4 Ashgrove Lawn, Cork T12 H2X9"
# (it opens on a house's number, "The", or a house's word; its last part before the code is the town)
_PLACE_PART = r"\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:of|na|an|y|\p{Lu}[\p{L}'’\-]*)){0,3}"
_PARTS_BEFORE_POSTCODE = regex.compile(
    rf"(?<![\w@/.\-])(?P<address>(?:\d{{1,4}}[A-Za-z]?[ \t]+|The[ \t]+)?{_PLACE_PART}(?:,[ \t]*{_PLACE_PART}){{0,2}}),[ \t]*"
    rf"(?P<town>\p{{Lu}}[\p{{L}}'’\-]*(?:[ \t]+(?:of|upon|on|\p{{Lu}}[\p{{L}}'’\-]*)){{0,3}}),?[ \t]+"
    rf"(?P<code>{_UK_CA_CODE}|[AC-FHKNPRTV-Y]\d[\dW][ \t]?[AC-FHKNPRTV-Y\d]{{4}})(?![\w\-])"
)
_HOUSE_OPENING = regex.compile(  # (of its first part; "12 March, London SW1A 1AA" is a day)
    rf"(?!\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))(?:\d|The[ \t]).*"
    rf"|.*\b(?:{_HOUSE_WORDS})"
)
_HOUSE_HINTS = tuple(_HOUSE_WORDS.split("|"))
_CELTIC_HOUSE_HINTS = ("Bryn ", "Tŷ ", "Ty ", "Plas ", "Pen ", "Glan ", "Ard ", "Cois ", "Teach ", "Tigh ", "Cnoc ", "Radharc ",
                       "Y ", "Yr ")
_CELTIC_STREET_HINTS = ("Ffordd ", "Heol ", "Stryd ", "Lôn ", "Bóthar ", "Sráid ", "Ascaill ")
# an Irish town and county after a street: "..., Bray Road, Cabinteely, Co. Dublin"
_COUNTY_SOON = regex.compile(r"(?:,[ \t]*\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,2}){1,2},[ \t]*(?:Co\.|County)[ \t]+\p{Lu}")
# a unit in a named tower or condominium, no street number: "Unit 1206, Tower 2, Avida Towers Centera"
_UNIT_IN_TOWER = regex.compile(
    r"(?<![\w\-])(?:(?-i:Unit|Rm|Room|Apt|Suite|Flat)\.?[ \t]+\#?\w{1,6}(?:-\w{1,3})?|\d{1,2}(?:st|nd|rd|th)[ \t]+Floor),?[ \t]*(?:"
    r"(?:(?:Tower|Bldg|Building|Block)\.?[ \t]+\w{1,4},[ \t]*)?"
    r"(?:\p{Lu}[\p{L}'’\-]*[ \t]+){1,3}(?:Towers?|Residences|Condominiums?|Condo|Suites|Plaza|Heights|Place|Residency|"
    r"Apartments|Mansions|Tech[ \t]+Park|Business[ \t]+(?:Park|Campus|Centre|Center)|IT[ \t]+Park)(?:[ \t]+\p{Lu}[\p{L}'’\-]*)?"
    # ... or any building's name after its tower or wing: "Flat 1204, Tower B, Mahagun Moderne"
    r"|(?:Tower|Block|Wing)[ \t]+\w{1,4},[ \t]*\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,2})"
    r"(?:,[ \t]*\d{1,3}(?:st|nd|rd|th)[ \t]+(?:St|Street|Ave|Avenue)\.?)?(?![\w\-])"  # "..., 34th St."
)
# a flat or unit named alone in a sentence, after a word placing someone in it: "previous owner of unit 504", "it's jess
# from unit 3", "confirmed that unit 1207 will be ready", "Message thread, Unit 1108" (not "Unit 1 tag", "unit 3 of the course")
_UNIT_IN_PROSE = regex.compile(
    r"(?<=\b(?:of|from|in|into|at|to|that|for|thread,|place,|home,|bell,|doorbell,|buzzer,)[ \t]+)(?:[Uu]nit|[Aa]partment|[Aa]pt\.?|[Ff]lat)[ \t]+\#?\d{1,5}[A-Za-z]?"
    r"(?![\w\-/]|[ \t]+(?:of|tag|tests?|price|prices|cost|costs|sales|units?|convert|conversion|is[ \t]+the|lesson)\b)"
    # a Malaysian flat by its block, floor and number, after its word anywhere: "unit A-17-03"
    r"|(?<=\b(?:[Uu]nit|UNIT)[ \t]+)[A-Z]-\d{1,2}-\d{1,3}(?![\w\-])"
)
UNIT_IN_PROSE_SCORE = 0.6
# a neighbour's house by its number alone: "leave it with the neighbour at No. 9" (not "No. 1 in the charts")
_NEIGHBOUR_AT_NUMBER = regex.compile(
    r"(?<=\b(?i:neighbou?rs?|next[ \t]door)\b[^\n.!?]{0,25}?\b(?:at|in)[ \t]+)No\.?[ \t]*\d{1,4}[A-Za-z]?(?![\w\-/]|[.,]\d)"
)
# a house by its number alone, a place's name after it (north-east India, the Caucasus): "House No. 61, Nongthymmai",
# "Ms. Nino Beridze of house 12, Duisi", "House 27, Survey Bylane 4, Beltola" (never a vote's count, "House 52, Senate 48",
# nor a parliament's, "the House 12, Parliament 9")
_HOUSE_ALONE = regex.compile(
    r"(?<![\w\-])(?<!\b(?i:the)[ \t]+)(?:(?:(?-i:Ground|First|Second|Third|Top)[ \t]+[Ff]loor,[ \t]*)?(?-i:House|HOUSE)"
    r"|(?<=\b(?:of|at)[ \t]+)house)"
    r"(?:[ \t]+(?i:no|number)\.?)?[ \t]*\#?\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?(?![\w\-/]|[.,]\d)"
    r"(?:,[ \t]*(?:\p{Lu}\p{Ll}+[ \t]+)?(?-i:Bylane|By-lane|Lane|Gali|Path)[ \t]+(?:No\.?[ \t]*)?\d{1,3}(?![\w\-/]))?"
    r"(?=,[ \t]*(?>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)*)(?![ \t]*\d)(?![\w\-]))"
)
# a tea garden's quarter in its numbered line (Assam): "Quarter 9, No. 2 Line", "quarter no. 44 in No. 5 Line",
# "No. 7 Line, Q-22"; a line by its name only where quarters are spoken of: "Factory Line, Q-4"
_TEA_LINE = r"No\.?[ \t]*\d{1,2}[ \t]+Line"
_QUARTER = r"(?:(?-i:Quarter|quarter|QUARTER|Qtr\.?)[ \t]*(?:(?i:no)\.?[ \t]*)?\d{1,4}[A-Za-z]?|Q-\d{1,4}[A-Za-z]?)"
_QUARTER_IN_LINE = regex.compile(
    rf"(?<![\w\-]){_QUARTER}(?:,[ \t]*|[ \t]+(?:in|on|of)[ \t]+){_TEA_LINE}(?![\w\-])(?![ \t]+(?:of|items?)\b)"
    rf"|(?<![\w\-])(?:{_TEA_LINE}|(?P<named>\p{{Lu}}\p{{Ll}}+[ \t]+Line)),[ \t]*{_QUARTER}(?![\w\-])"
)
_TEA_LINE_ANYWHERE = regex.compile(_TEA_LINE)
# a house number, a street in lower case, then a British postcode in lower case, as chats write them: "27 ashgrove,
# luton lu1 3qr"
# (a real postcode area and inward letters: never "mp3 4gb")
_UK_AREAS = (
    "ab|al|b|ba|bb|bd|bh|bl|bn|br|bs|bt|ca|cb|cf|ch|cm|co|cr|ct|cv|cw|da|dd|de|dg|dh|dl|dn|dt|dy|e|ec|eh|en|ex|fk|fy|g|"
    "gl|gu|ha|hd|hg|hp|hr|hs|hu|hx|ig|ip|iv|ka|kt|kw|ky|l|la|ld|le|ll|ln|ls|lu|m|me|mk|ml|n|ne|ng|nn|np|nr|nw|ol|ox|pa|"
    "pe|ph|pl|po|pr|rg|rh|rm|s|sa|se|sg|sk|sl|sm|sn|so|sp|sr|ss|st|sw|sy|ta|td|tf|tn|tq|tr|ts|tw|ub|w|wa|wc|wd|wf|wn|wr|"
    "ws|wv|yo|ze"
)
_LOWER_UK_POSTCODE = rf"(?:{_UK_AREAS})\d[a-z\d]?[ \t]?\d[abd-hjlnp-uw-z]{{2}}"
_LOWER_UK_HINT = regex.compile(rf"(?<![\w\-]){_LOWER_UK_POSTCODE}(?![\w\-])")
_LOWER_UK_ADDRESS = regex.compile(
    r"(?<![\w\-/.,])(?P<street>\d{1,4}[a-z]?[ \t]+[a-z]{3,}(?:[ \t]+[a-z]{2,}){0,2})"
    r"(?:,[ \t]*(?P<town>[a-z]{3,}(?:[ \t]+[a-z]{3,})?),?[ \t]+|,?[ \t]+)"
    rf"(?P<zip>{_LOWER_UK_POSTCODE})(?![\w\-])"
)
# a ZIP code asked for where a service is found: "at the office nearest 78501", "book at any centre near 96815"
_ZIP_NEAR_PLACE = regex.compile(
    r"(?<=\b(?i:office|offices|centre|centres|center|centers|branch|branches|store|stores|location|locations|clinic|"
    r"clinics|shop|shops|pharmacy|pharmacies|dealer|dealers|station|stations)[ \t]+"
    r"(?i:near|nearest|nearest[ \t]+to|closest[ \t]+to|around)[ \t]+)\d{5}(?:-\d{4})?(?![\w\-]|[.,]\d)"
)
_NEXT_WORD = regex.compile(r"[ \t]+(\p{L}+)")
# Oman's three-digit postal code and its town after a box: "PO Box 3318, 112 Ruwi"
_BOX_CODE_TOWN = regex.compile(r"[ \t]*,[ \t]*(?P<zip>\d{3})[ \t]+(?P<town>\p{Lu}\p{Ll}+)(?![\w\-])")
# a postal code and its town before the street (Hungary, Central Europe): "a 7621 Pécs, Király utca 19."
_CODE_TOWN_BEFORE = regex.compile(
    r"(?<![\w\-.,/:#])(?<!(?i:in|since|seit|im|from|until|year|of|en|à|depuis|order|invoice|ticket|ref|case|no|nr|flight|room)"
    r"\.?[ \t]+)(?P<zip>\d{4,5})[ \t]+"
    r"(?P<town>\p{Lu}\p{Ll}+(?:[ \t\-]\p{Lu}\p{Ll}+)?),[ \t]*$"
)
# the postal code of an address in XML, its tag a plain "Code" after the town's: "<City>Cape Town</City><Code>7500</Code>"
_XML_POSTCODE = regex.compile(
    r"</(?:City|Town|Suburb|Province|State|Locality)>\s*<(?P<tag>Code|PostalCode|PostCode|Postcode|ZipCode|Zip|Postal)>"
    r"[ \t]*\K[A-Z\d][A-Z\d \-]{1,8}(?=[ \t]*</(?P=tag)>)"
)
# a Singapore postal code after the country's name in Chinese: "新加坡560123"
_SINGAPORE_CODE_HAN = regex.compile(r"(?<=新加坡[ \t]?)\d{6}(?!\d)")
# a building's number and a flat or door in it, no street: "bldg 12 flat 504" (Gulf), "Building 41, Door 18" (Mongolia;
# not an office's "Building 7, Room 12");
# a house and a flat in a microdistrict or on a street as CIS addresses romanise them: "mkr. Samal-2, d. 58, kv. 12"
_BUILDING_UNIT = regex.compile(
    r"(?<![\w\-])(?i:bldg|building)\.?[ \t]*\#?\d{1,4}[A-Za-z]?,?[ \t]+(?i:flat|apt|apartment|unit|door)\.?[ \t]*"
    r"\#?\d{1,5}[A-Za-z]?(?![\w\-])"
    r"|(?<![\w\-])(?:mkr|mkrn|md|ul|pr|prosp|per|bul|sh)\.[ \t]*\p{Lu}[\p{L}\-\d ]{1,30}?,[ \t]*(?:d|dom)\.[ \t]*\d{1,4}\p{L}?"
    r"(?:,[ \t]*(?:kv|apt|of)\.[ \t]*\d{1,4})?(?![\w\-])"
    # ... a building on its street: "will visit building 72 on Pondside Lane"
    rf"|(?<![\w\-])(?i:bldg|building)\.?[ \t]*\d{{1,4}}[A-Za-z]?[ \t]+(?:on|at)[ \t]+{_NAME}[ \t]+{_SUFFIX}(?!\w)"
    # ... or the street's type after its name, the house, then its building or flat: "Varshavskoye sh., 118, bldg 2,
    # room 14", "Leninsky pr., 45, korp. 3, kv. 12"
    r"|(?<![\w\-])\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[ \t]+(?:ul|sh|pr|prosp|per|pl|bul|nab)\.,?[ \t]*(?:d\.[ \t]*)?"
    r"\d{1,4}\p{L}?(?:,[ \t]*(?:bldg|korp|str|kv|apt|room|of|office)\.?[ \t]*\d{1,4}[A-Za-z]?)+(?![\w\-])"
)
# An address made of numbered parts, no street number: "Makan 27, Gali 4, Sector G-9/2", "Street 4, House 115",
# "Building 4, Floor 3, Desk 3-117", "Lot 7, Block 12, Camella Homes", "Flat B, 12/F, Block 3, Laguna City",
# "C-142, Second Floor", "Office 1403, Al Moosa Tower 2", "Cité Keur Gorgui, villa 41" (two parts at least, of two
# kinds: "Phase 2, Phase 3" is a trial's, "Unit 1, Lesson 2" a course's); a camp's shelter, "Phase 2, Tent 311",
# "Sector 3, Caravan 117"; Papua New Guinea's "Section 118, Allotment 9"; a Pakistani ward, "House 71, Ward No. 4"; a
# Gambian compound, "Compound 214, Kanifing Estate"; Dakar's "Immeuble B, Appartement 12"; "Room 2.17, Foundation
# Building" (a room numbered by its floor and a dot)
_PART_KEYS = (r"House|Makan|Gali|Street|Road|Lane|Sector|सेक्टर|Block|Blk|Plot|Lot|Phase|Floor|Level|Flat|Villa|villa|"
              r"Building|Bldg|Office|Room|Desk|Unit|Apt|Apartment|Suite|Portion|Zone|Tower|Wing|Nyumba|bâtiment|bloc|"
              r"immeuble|escalier|appartement|app|Door|Tent|Caravan|Shelter|Allotment|Ward|Compound|Immeuble|Appartement|"
              r"Bâtiment|Escalier|"
              # a shop in its market, a Guwahati by-lane, an Algerian block, building or plot, a numbered street ("Rue 14, n° 22")
              r"Shop|Bylane|Bloc|bât|Bât|lot|Rue")
_ALL_PART_KEYS = _PART_KEYS + "|Section"  # (a section only with its allotment: no hint of its own, "Section 3" is any text's)
_PART_CODE = r"(?:[A-Z]{1,2}-?)?\d{1,5}(?:\.\d{1,3}(?![\d.]))?[A-Za-z]?(?:[\-/][A-Za-z\d]{1,4}){0,3}(?![\w\-/])|[A-Z](?![\w\-/])"
_NUMBERED_PART = (
    rf"(?P<key>(?:(?<=,[ \t]*)\p{{Lu}}\p{{Ll}}+[ \t]+(?=Zone|Sector|Bylane))?(?:{_ALL_PART_KEYS}))\.?[ \t]*"  # "Cadastral Zone A0"
    rf"(?:No\.?|Na\.?|n°|Nr\.?)?[ \t]*(?:{_PART_CODE})"
    r"|(?P<key>\#)[ \t]?\d{1,5}[A-Za-z]?(?![\w\-/])|(?P<key>[A-Z]{1,2}-)\d{1,4}[A-Za-z]?(?![\w\-/])"  # "#48", "C-142"
    r"|(?P<key>[A-Z]-(?i:block|blk))(?![\w\-])|(?P<key>[HD]\.)[ \t]?No\.?[ \t]*\d{1,5}(?:[\-/]\w{1,4}){0,3}(?![\w\-/])"
    r"|\d{1,2}(?:st|nd|rd|th|e|er|ème)[ \t]+(?P<key>Floor|floor|Block|block|étage)|\d{1,3}/(?P<key>F)(?![\w\-])"
    r"|(?:Ground|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Top)[ \t]+(?P<key>Floor)(?![\w\-])"
    r"|(?P<key>n°)[ \t]*\d{1,5}[A-Za-z]?(?![\w\-/])"  # "bâtiment C, n° 14"
)
_PART_PLACE_WORDS = (r"Homes|Residency|Residences|Apartments|Towers?|College|Hall|Centre|Center|Mansions?|City|Heights|"
                     r"Gardens|Court|Estate|Village|Plaza|Complex|Enclave|Society|House|Building|Logements|Chambers|Mall|Market")
_NAMED_PART = (  # a building or estate by its name, a street with its type, a housing estate ("Cité", "Mtaa wa")
    rf"(?P<named>{_NAME}[ \t]+(?:{_PART_PLACE_WORDS})(?:[ \t]+[A-Z\d]{{1,3}})?(?![\w\-])"
    rf"|{_NAME}[ \t]+{_SUFFIX}(?!\w)|(?:Cité|Mtaa[ \t]+wa)[ \t]+(?:(?:des|du|de[ \t]+la|el)[ \t]+)?(?:\d{{1,4}}[ \t]+)?{_NAME}"
    # a French housing estate, a plot's estate, an industrial zone: "Résidence Les Tilleuls", "lotissement Tighilt",
    # "Zone d'activité"
    rf"|(?:Résidence|[Ll]otissement)[ \t]+{_NAME}|(?:Zone|ZONE)[ \t]+(?:d['’]activités?|industrielle|artisanale)(?:[ \t]+{_NAME})?"
    # a numbered quarter next to its villa (Dakar): "Villa 112, Sacré-Cœur 3", "Liberté 6, Villa 4521"
    rf"|(?<=(?i:villa)[ \t]*\d{{1,5}}[A-Za-z]?,[ \t]*){_NAME}[ \t]+\d{{1,2}}(?![\w\-])(?=[ \t]*(?:[,;\n]|$))"
    rf"|{_NAME}[ \t]+\d{{1,2}}(?=,[ \t]*(?i:villa)[ \t]*\d))"
)
# parts that place a room in any building (an office's "Building 7, Room 12", a game's level, a trial's phase, a
# batch's lot): not enough alone
# (a hospital's ward, a chemist's compound too: "Ward 4, Room 12", "Compound 12, Phase 2")
_GENERIC_PART_KEYS = frozenset({"phase", "level", "floor", "room", "desk", "unit", "zone", "lot", "étage", "escalier", "n°",
                                "ward", "compound",
                                "building", "bldg", "office", "section"})
_NUMBERED_PARTS = regex.compile(
    rf"(?<![\w@/.\-])(?:(?:{_NAMED_PART}),[ \t]*)?(?:{_NUMBERED_PART})"
    rf"(?:(?:,[ \t]*|[ \t]+)(?:{_NUMBERED_PART})|,?[ \t]+(?:{_NAMED_PART})){{0,4}}"
)
_NUMBERED_PARTS_HINT = re.compile(
    rf"\b(?:{_PART_KEYS})\.?[ \t]*(?:No\.?|Na\.?|n°)?[ \t]*[A-Z]?-?\d|\b[A-Z]{{1,2}}-\d|\#\d|\d/F\b|[HD]\.[ \t]?No|[A-Z]-(?i:block)"
    r"|\d(?:st|nd|rd|th|e|er|ème) (?:Floor|floor|Block|block|étage)|(?:First|Second|Third|Ground|Top) Floor|Cité "
    r"|\b(?:bât|Bât|Bloc|bloc)\.?[ \t]+[A-Z]\b"
)
# ... a room's number with its floor before a dot ("Room 2.17"): an address only with its town after it
_DOTTED_ROOM = regex.compile(r"\d\.\d")
# a Singapore or Malaysian block on a lorong or jalan, with its unit: "Blk 208 Lorong 8 Toa Payoh #11-352"
_BLOCK_ON_LORONG = regex.compile(
    r"(?<![\w\-])(?:Blk|Block)\.?[ \t]+\d{1,4}[A-Z]?[ \t]+(?:Lorong|Jalan|Jln)[ \t]+(?:\d{1,3}[A-Z]?[ \t]+)?"
    r"\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,3}(?:,?[ \t]*\#\d{1,3}-\d{1,5})?"
)
# a Zambian or Malawian plot by its number, then its township and town: "Plot 1142, Chalala, Lusaka" (a word of them
# no common word: never a chart's "Plot 2, Sales, Marketing"; none numbered: "Plot 3, Figure 2, Panel B")
_PLOT_PLACE = r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?(?![\w\-])(?![ \t]*\d)"
_PLOT_IN_TOWN = regex.compile(
    r"(?<![\w\-])Plot[ \t]+(?:No\.?[ \t]*)?\d{1,5}[A-Za-z]?(?:/\d{1,4})?(?![\w\-/.])"
    rf"(?=,[ \t]*(?P<places>{_PLOT_PLACE},[ \t]*{_PLOT_PLACE})(?:[ \t]*[,.;\n]|$))"
)
# a planned city's sector between a street and its town: "Mahagun Moderne, Sector 78, Noida 201301"
_SECTOR = regex.compile(r"(?<=,[ \t]*)Sector[ \t]+\d{1,3}(?:-?[A-Z])?(?=,[ \t]*\p{Lu})")
# a Hebrew street, its number and flat, past a preposition glued before it: "וגרה ברחוב הרצל 45 דירה 8"
_HEBREW_STREET = regex.compile(
    r"(?:(?<=[בלמו])|(?<![\p{Hebrew}]))(?:רחוב|רח['׳]|שדרות|שד['׳]|דרך)[ \t]+[\p{Hebrew}'׳\"״\-]+(?:[ \t][\p{Hebrew}'׳\"״\-]+){0,3}?"
    r"[ \t]+\d{1,4}(?:[ \t]*,?[ \t]*(?:דירה|דירת|קומה)[ \t]+\d{1,4})*"
)
# a town before its Irish county: "of Ballinacor, Co. Donegal", "An Spidéal, Co. Galway"
_TOWN_BEFORE_COUNTY = regex.compile(
    # (and a house's name before the town, after "at", "of" or "to": "lives at Cnoc na Gréine, An Spidéal, Co. Galway";
    # or anywhere when an Irish house word opens it: "Róisín Ní Bhriain, Teach an Chnoic, An Daingean, Co. Chiarraí")
    r"(?:(?P<house>(?<=\b(?:at|of|to)[ \t]+)\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:na|an|an\p{Ll}+|de|le|\p{Lu}[\p{L}'’\-]+)){0,3}"
    r"|(?<![\w\-])(?:Teach|Tigh|Cnoc|Ard|Cois|Radharc)[ \t]+(?:na|an)[ \t]+\p{Lu}[\p{L}'’\-]+),[ \t]*)?"
    r"(?<![\w\-])(?P<town>\p{Lu}[\p{L}'’\-]+(?:[ \t]+(?:na|an|de|le|\p{Lu}[\p{L}'’\-]+)){0,3}),[ \t]*(?:Co\.|County)[ \t]+"
    r"(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|"
    r"Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|"
    r"Wexford|Wicklow"
    # ... the Gaeltacht's counties in Irish: "Co. Chiarraí", "Co. na Gaillimhe", "Co. Dhún na nGall"
    r"|Chiarraí|Ciarraí|Ghaillimh|Gaillimh|na[ \t]Gaillimhe|Dhún[ \t]na[ \t]nGall|Dún[ \t]na[ \t]nGall|Mhaigh[ \t]Eo|"
    r"Maigh[ \t]Eo|Chorcaí|Corcaigh|Phort[ \t]Láirge|Port[ \t]Láirge|na[ \t]Mí)\b"
)
_PREFIXED = rf"(?<![\w@/.-])(?P<unit>{_UNIT_BEFORE}|{_HOUSE_NAME})?"
_UNPREFIXED = r"(?<![\w@/.-])(?P<unit>(?!))?"  # the same groups, no unit before: several times faster to scan
# the words a unit or a house's name before a street opens with; without one, the streets are read unprefixed
_PREFIX_HINT = re.compile(
    rf"\b(?:{_UNIT_WORD})(?![^\W\d_])\.?[ \t]*#?[\w\-/]+,|\b(?:{_HOUSE_WORDS})[ \t]*(?:,[ \t]*|\n[ \t]*)\d|\b[A-Z]-\d{{1,4}},"
    r"|\b(?:Bryn|Tŷ|Plas|Pen|Glan|Ard|Cois|Teach|Tigh|Cnoc|Radharc) (?:na|an|y|yr) \w+[ \t]*(?:,[ \t]*|\n[ \t]*)\d"
    r"|\b(?:Sítio|Chácara|Fazenda|Finca|Hacienda|Quinta|Granja) [A-ZÀ-Ý]"
    r"|\b(?:Blk|BLK|Block|Unit|UNIT)\.?[ \t]+\d|\bThe [A-Z][\w'\-]*(?: [A-Z][\w'\-]*)?, ?\d|\d[º°ª] ?[A-H]?,"
)
_STREETS = [
    (hint, regex.compile(rf"{_PREFIXED}(?:{body})(?:{_UNIT_AFTER})*", regex.VERBOSE),
     regex.compile(rf"{_UNPREFIXED}(?:{body})(?:{_UNIT_AFTER})*", regex.VERBOSE))
    # a hint is a pattern for `regex` or one compiled already (with `re`, faster for an unanchored word list)
    for hint, body in [(None, _STREET_NUMBER_FIRST)] + [(regex.compile(hint) if isinstance(hint, str) else hint, body)
                                                          for hint, body in _WORD_FIRST]
]
_PO_BOX = regex.compile(
    # (a US rural route's box too: "RR 1 Box 44A", "HC 62 Box 1190"; a Canadian one's site: "RR 2, Site 14, Box 9")
    r"(?<![\w.])(?:(?-i:RR|R\.R\.|HC|Rural[ \t]+Route)[ \t]*\d{1,3},?[ \t]+(?:(?-i:Site|Comp)[ \t]+\d{1,3},?[ \t]+)?(?-i:Box)|(?:P\.?[ \t]?O\.?[ \t]?Box|Post[ \t]+Office[ \t]+Box)"
    # a Ghanaian box's area letters: "P.O. Box KN 4412"; a Nigerian private mail bag (not "PMB": a symptom's too)
    r"(?:[ \t]+(?-i:[A-Z]{2,3})(?=[ \t]+\d))?|(?-i:Box)|Private[ \t]+Mail[ \t]+Bag|Postfach|Apartado(?:[ \t]+Postal)?|"
    r"Caixa[ \t]+Postal|Private[ \t]+Bag|Casilla(?:[ \t]+de[ \t]+Correo)?|Bo[îi]te[ \t]+Postale|Postbus|Postboks|"
    # French-speaking Africa's "BP 4412" and "B.P. 1510" (boîte postale), in capitals only
    # ... and France's bulk-mail box of five digits, "TSA 73917" (tri service acheminement)
    r"(?-i:BP|B\.P\.)|(?-i:TSA)(?=[ \t]+\d{5}(?!\d)))[ \t]+\d{1,6}(?-i:[A-Z])?\b(?!/)",  # (never a blood pressure: "BP 150/95")
    regex.IGNORECASE,
)
# A Japanese address: the rest of the line after the postal mark and code ("〒530-0012 大阪府大阪市北区芝田2-4-10")
# a Kenyan box's postal code after a dash: "P.O. Box 411-20200"
_BOX_POSTCODE = regex.compile(r"-(\d{5})(?![\w\-])")
_AFTER_POSTAL_MARK = regex.compile(r"〒[ \t]?\d{3}-\d{4}[ \t　]*\K[^\s,;]{2,40}(?:[ \t　][^\s,;]{1,30}){0,3}")
# The parts after a street: separators, then postal codes, states, places.
_POSTAL = (
    r"(?:\d{4}[ \t]?[A-Z]{2}(?![\w-])|\d{5}(?:-\d{4}|-\d{3})?|\d{3}[ \t]\d{2}|\d{3}-\d{4}|\d{2}-\d{3}|\d{4}-\d{3}|\d{4,6}"
    rf"|{_UK_CA_CODE}|[A-Z]\d{{4}}[A-Z]{{3}}"  # a Dutch "2562 HH" before its four digits alone
    r"|[AC-FHKNPRTV-Y]\d{2}[ \t]?[AC-FHKNPRTV-Y\d]{4}"  # ... Irish Eircode "D02 H282"
    # ... Malta's "VLT 1175" (not "NSW 2000": a state; not a phone's "GSM 0478 21 33 90")
    r"|(?!NSW|VIC|TAS|QLD|ACT|GSM|TEL|FAX|MOB)[A-Z]{3}[ \t]\d{4}(?![ \t]\d))(?![\w-])"
)
# "NEW YORK NY" opens with a place; a solicitor's "DX 63101" (document exchange) is none, nor a phone's "GSM"
_STATE = r"(?!(?:DX|GSM|TEL|FAX|MOB)\b)\p{Lu}{2,3}(?![\w-])(?![ \t]+\p{Lu}{3,}(?![\w-]))"
_PLACE = (  # "NEW YORK" on a label (a two-letter word after it is the state); "'s-Hertogenbosch"
    r"(?:'s-)?\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:\p{Lu}\p{Ll}[\p{L}'’\-]*|\p{Lu}{3,}(?![\w-])(?![ \t]\d{4}(?!\d))|"
    # a joining word only before a capital ("Frankfurt am Main", never "Göteborg on 19 November")
    r"(?:de|do|da|del|la|sur|am|upon|on|and)(?=[ \t]+\p{Lu})|[dl]['’]\p{Lu}\p{Ll}+|\d{1,2}(?![\w-])"  # "Tyne and Wear", "Platja d'Aro"
    r"|(?:il|l|ir|is|it|iż|iċ|id|in|ix|al|el)-\p{Lu}[\p{L}'’\-]*)){0,3}"  # "San Pawl il-Baħar" (Malta)
)
# a form's label for an address's next part, on the line after the street: "PLZ/Ort: 69120 Heidelberg"
_PART_LABEL = (
    r"(?i:plz(?:[ \t]*/[ \t]*ort)?|ort|stadt|city|town|post[ \t]?code|postal[ \t]+code|zip(?:[ \t]+code)?|cp|cep|"
    r"cidade|ciudad|ville|città|localidad|localité|provincia|province|state|county|country|land|pays|país|paese)"
    r"[ \t]*:[ \t]*"
)
_TAIL_PART = regex.compile(
    rf"\)?(?P<sep>[ \t]*(?:,|\n(?:[ \t]*{_PART_LABEL})?|[ \t]-[ \t]|–|[ \t]·[ \t])[ \t]*|[ \t]+\(?|/"  # ("·": a letterhead's)
    r"|(?P<quote>[\"'])[ \t]*,[ \t]*(?P=quote))"  # a record's quoted values: "... Straße 117/12", "1060", "Wien"
    rf"(?:(?P<zip>{_POSTAL})|(?P<state>{_STATE})|(?P<place>{_PLACE}))"
)
_TOWN_NEXT = regex.compile(r" \p{Lu}\p{Ll}")  # (one space: a table's cells are further apart)
_QUOTED_TOWN_NEXT = regex.compile(r"([\"'])[ \t]*,[ \t]*\1\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?\1")
_QUOTE_CLOSES = regex.compile(r"[\"']")
_YEAR = regex.compile(r"(?:19|20)\d\d")
_STATE_ZIP_NEXT = regex.compile(r"[ \t]+\p{Lu}{2}[ \t]+\d{5}(?:-\d{4})?(?![\w-])")
# a Singapore unit closing the street, its six-digit code after it in a table's spaces: "... Ring Road  #09-57   730612"
_SINGAPORE_UNIT_END = regex.compile(r"\#\d{1,3}-\d{1,5}$")
# Iceland's three-digit postcode and its town after the street (past its flat, "íbúð 0304"), or alone in a table's cell:
# "Víðihlíð 14, 105 Reykjavík", "Víðihlíð 14,105"
_ICELANDIC_STREET_AT = regex.compile(_ICELANDIC_STREET)
_ICELANDIC_CODE = regex.compile(
    r"(?:[ \t]*,[ \t]*(?:íbúð|íb\.)[ \t]*\d{1,4}\p{L}?)?[ \t]*,[ \t]*(?P<zip>[1-9]\d\d)"
    r"(?:[ \t]+(?P<town>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?![\w\-])|(?=[ \t]*(?:[,;\t\n]|$)))"
)
_LABEL_AFTER = regex.compile(r"[ \t]*:(?!\d)")
_LONG_NUMBER_AFTER = regex.compile(r"[ \t]+\d{6,}")
_SPEAKER_AFTER = regex.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:[ \t]")  # "Lea: ok", "Agent (Mei): Hi"
# a country's code closing an address line after its postal code: "Bengaluru 560038, IN"
_COUNTRY_CODE_AT_END = regex.compile(r"[ \t]*(?:\n|$)")
# Chat in lower case: "2301 elm st apt 5 dallas tx 75201", "1109 Maple Ave, edison nj"; a state code
# that is also a word ("in", "me", "ok") only with the zip code after it
_STATE_CODES = "ak|az|ar|ca|ct|fl|ia|ks|ky|md|mi|mn|mt|nv|nh|nj|nm|ny|nc|nd|ri|sc|sd|tn|tx|ut|vt|va|wv|wi|wy|dc"
_WORD_STATE_CODES = "al|co|de|ga|hi|id|il|in|la|ma|me|mo|ms|ne|oh|ok|or|pa|wa"
_LOWER_TOWN_STATE = regex.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+)(?P<place>\p{Ll}{3,}(?:[ \t]\p{Ll}{3,})?),?[ \t]+"
    rf"(?:(?P<state>{_STATE_CODES})(?:[ \t]+(?P<zip>\d{{5}}(?:-\d{{4}})?))?"
    rf"|(?P<wordstate>{_WORD_STATE_CODES})[ \t]+(?P<wordzip>\d{{5}}(?:-\d{{4}})?)"
    # an Australian state and its code, which may look like a year: "bondi nsw 2026"
    r"|(?P<austate>nsw|vic|qld|tas|act|wa|sa|nt)[ \t]+(?P<auzip>\d{4})"
    r"|(?P<townzip>\d{5}(?:-\d{4})?|(?!(?:19|20)\d\d\b)\d{4}))"  # "nyc 10024", "marrickville 2204": a town, its code
    r"(?![\w-])"
)
# ... or a UK postcode in lower case right after the street: "81 stanhope rd n6 5ab"
# (a town between them too: "22 cromwell rd hove bn3 3ef")
_LOWER_UK_CODE = regex.compile(r"[ \t]*,?[ \t]*(?:(?P<town>[a-z]{3,20}),?[ \t]+)?([a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2})(?![\w-])")
#: capitalised words that end an address rather than name a place
_NOT_PLACE = frozenset(
    "Please Thanks Thank Love Best Regards Cheers Kind Sincerely The I We My Our Your He She They It This That "
    "Call Tel Phone Email Mobile Fax Contact Attn Dear Hi Hello Rent Tracking Ref Order Note Unit Apt Suite "
    "Flat Floor Room Tenant Name Date Invoice Total Code Gate IBAN BIC SWIFT VAT DOB SSN NHS PAN ID Passport DX "
    "Account Acct Tax Born Age Ref Reg Licence License Mob Mobile Email Web Website Cel Cell Celular Móvil Movil "
    "Tlf Telf Fone Telefone Telefon Teléfono Tél Co UMID TIN SSS CRN PhilHealth Aadhaar GSTIN NIN BVN KRA PIN Eircode "
    "NRIC CPF RG NIF NIE DNI PESEL BSN GSM Mr Mrs Ms Miss Mx Dr Prof Sir".split()
)

# Words that make a lowercase "number words suffix" ordinary prose, not a street
_ORDINARY = STOP_WORDS | set(
    "days day hours hour minutes mins weeks week months month years year times pages miles km steps people "
    "items units kids points more less long short hot cold".split()
)
_UNIT_JUST_BEFORE = regex.compile(rf"(?:{_UNIT_BEFORE})$")
# address labels of more languages: Icelandic, Slovene and Croatian, Azerbaijani, Catalan, Basque, Galician, Baltic,
# Finnish, Hungarian, Romanian, Haitian, Yoruba, Samoan, Māori, Swahili, Malay, Tagalog, Somali, Hausa, Zulu, and in
# Cyrillic, Georgian, Armenian, Hebrew, Arabic, Persian, Urdu, Hindi, Bengali, Tamil, Sinhala, Thai and Amharic
_MORE_ADDRESS_LABELS = (
    "heimilisfang", "naslov", "ünvan", "unvan", "adreça", "helbidea", "enderezo", "adresas", "adrese", "aadress",
    "osoite", "lakcím", "cím", "adresă", "adrès", "àdírẹ́sì", "adiresi", "tuatusi", "wāhi noho", "anwani", "alamat",
    "tirahan", "ciwaanka", "adireshi", "ikheli", "адрес", "адреса", "хаяг", "მისამართი", "հասցե", "כתובת", "العنوان",
    "عنوان", "نشانی", "آدرس", "پتہ", "पता", "ঠিকানা", "முகவரி", "ලිපිනය", "ที่อยู่", "አድራሻ",
)
_MORE_LABELS_PATTERN = "|".join(label.replace(" ", r"[ \t]+") for label in _MORE_ADDRESS_LABELS)
# A street no pattern knows, after a label that says it is an address: "Địa chỉ: 45 Lê Lợi, Quận 1"
# (its parts a comma apart, Arabic's "،" and Ethiopic's "፣" too; a word of two letters, a vowel's mark between them in
# Indic scripts: "বাড়ি", "අංක")
_LABEL_PART_END = r"[,;\n،፣]"
_TWO_LETTERS = r"\p{L}\p{M}*\p{L}"
# ... a part that numbers one piece of it, after its first: "বাড়ি নং ১৪, রোড নং ৫", "مکان نمبر 23، گلی نمبر 7، بلاک 13-D"
# (never "Tel 555 1234")
_NUMBERED_LABEL_PART = r"\p{L}[\p{L}\p{M}.]*(?:[ \t]+\p{L}[\p{L}\p{M}.]*)?[ \t]*\d{1,4}(?:-?[\p{L}\d]{1,2})?(?![\w\-])"
_LABEL_COMMA = r"[ \t]*[,،፣][ \t]*"
_LABELLED_STREET = regex.compile(
    r"(?im)(?:^|[;|,،፣]\s*|(?<=\w{2}\.)[ \t]+)[ \t]*(?:(?:(?:home|street|postal|mailing|residential|current|new)[ \t]+)?"
    r"(?:address|addr|adres|adresse|"
    r"địa[ \t]+chỉ|dirección|direccion|domicilio|endereço|morada|indirizzo|anschrift|wohnadresse|adresa|"
    r"διεύθυνση)(?<!(?:ip|mail|mac|web|wallet|server|network|memory|contract)[ \t_\-]address)"
    r"(?:[ \t]*:[ \t]*|[ \t]+(?=\d))"
    # the label in more languages, which no English phrase opens ("naslov Slovenska cesta 54", "Heimilisfang: ...")
    rf"|(?:{_MORE_LABELS_PATTERN})(?:[ \t]*[:：፦][ \t]*|[ \t]+))"
    r"(?!\d{1,3}\.\d)"  # not an IP address
    # the house's number its own part before the street: "12, காமராஜர் தெரு", "No. 45, Galle Road"
    rf"(?P<street>(?:\p{{L}}[\p{{L}}\p{{M}}.]{{0,5}}[ \t]*)?\d{{1,5}}\p{{L}}?[ \t]*[,،][ \t]*(?=[^,;\n،፣]*{_TWO_LETTERS})"
    r"[^,;\n،፣\d]{3,40}?"
    # (numbered parts run on: "বাড়ি নং ১৪, রোড নং ৫"; after a street, a numbered part is its district: "45 Lê Lợi, Quận 1")
    rf"|{_NUMBERED_LABEL_PART}(?:{_LABEL_COMMA}{_NUMBERED_LABEL_PART})+"
    rf"|(?=[^,;\n،፣]*\d)(?=[^,;\n،፣]*{_TWO_LETTERS})[^,;\n،፣]{{3,60}}?"
    # ... or after its town and district, in a script of its own: "አዲስ አበባ፣ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1247"
    rf"|(?:[^,;\n،፣\d\p{{Latin}}]{{2,30}}?{_LABEL_COMMA}){{1,2}}{_NUMBERED_LABEL_PART}"
    rf"(?:{_LABEL_COMMA}{_NUMBERED_LABEL_PART})*)[ \t]*(?={_LABEL_PART_END}|$)"
)
_CODE_AND_TOWN = regex.compile(r"(?:\p{Lu}{1,2}-)?\d{3,6}[ \t]+\p{Lu}[\p{L}\-]+")
# a form that gives the street and the house apart: "Street: Ballygunge Circular Road", "Building number: 7"
# ... or in a sentence, as benchmark records do: "building number 2209, street Kinney Ave, secondary address Unit 14"
_STREET_FIELDS = regex.compile(
    rf"(?im)(?:^|[;|,:]\s*|(?<=\p{{Ll}}[ \t]))[ \t]*(?:(?:street|street[ \t]+name)(?:[ \t]*:[ \t]*|[ \t]+(?=(?-i:\p{{Lu}})))"
    rf"(?P<street>[^,;|\n]{{2,60}}?\b(?:{_SUFFIX}))"
    # ("... and the building number is 1120.")
    # ("... her building number as 45 on Raimbek Avenue")
    r"|(?:building|house|door)[ \t]+(?:number|no\.?|nr\.?)(?:[ \t]*:[ \t]*|[ \t]+(?:(?:is|as|was)[ \t]+)?)(?P<street>\d{1,5}[A-Za-z]?)"
    r"|secondary[ \t_]?address(?:[ \t]*:[ \t]*|[ \t]+)(?P<street>(?i:apt\.?|apartment|suite|ste\.?|unit|flat|room|floor|kv\.)"
    r"[ \t]*\#?\w{1,6}|\#[ \t]?\w{1,6}))[ \t]*(?=[,;|.\n]|$|on[ \t]+(?-i:\p{Lu}))"
)
# ... and a field of its own for the building's number or the flat, wherever it stands: "Building: 702 |", "Apt: #210"
# (a Brazilian office suite, "conjunto", after its flat's label: "Apt: conj. 52")
_UNIT_FIELD = regex.compile(
    r"(?=[#\d]|(?i:conj|cj)\.)(?<=\b(?i:building(?:[ \t_]?(?:no|number|num|\#))?|bldg|apt|apartment|unit|suite|flat|apt/unit|unit/apt)"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?)(?:(?i:conj|cj)\.[ \t]*)?\#?\d{1,5}[A-Za-z]?(?=[\"']|[ \t]*(?:[|;,\n]|$))"  # JSON's too: '"unit":"1204"'
)
# ... and a building's own name in its field: "Building: Al Nahda Residence 2", '"building":"Harbor Point Tower B"'
_BUILDING_NAME_FIELD = regex.compile(
    r"\b(?i:building|bldg)(?:[ \t_]?(?i:name))?[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<name>(?:The[ \t]+)?\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,3}?[ \t]+"
    r"(?:Residence|Residences|Residency|Tower|Towers|Building|Plaza|Court|Heights|Apartments|House|Mansions?|Villas|"
    r"Gardens|Condominiums?|Condo)(?:[ \t]+(?:[A-Z]|\d{1,3})(?![\w\-]))?)(?![\w\-])"
)
# a Ghana Post GPS digital address after its word: 'gps=GA-077-3561', "Digital address: AK-484-9321"
_GHANA_GPS = regex.compile(
    r"\b(?i:gps|ghana[ \t]?post(?:[ \t]?gps)?|digital[ \t]+address)[\W_]{0,4}\K(?-i:[A-Z]{2})-\d{3,4}-\d{4}(?![\w\-])"
)
# a camp's shelter: in a record's field, 'tent="9"', '"tent": "C-118"', 'block="B-22"' (a block only with its letter:
# "block: 12" is any code's), or in prose by its letter and number, "tent D-47", "the neighbours from block D-12"
_SHELTER = regex.compile(
    r"\b(?i:tent|caravan|shelter)[\"']?[ \t]*[:=][ \t]*[\"']?\K(?:[A-Z]{1,2}-?)?\d{1,5}[A-Za-z]?(?![\w\-])"
    r"(?=[ \t]*(?:[\"'<,;|}\n]|$))"  # (the field's end: "tent: 2 person dome" counts tents)
    r"|\b(?i:block)[\"']?[ \t]*[:=][ \t]*[\"']?\K[A-Z]{1,2}-\d{1,4}[A-Za-z]?(?![\w\-])"
    r"|\b(?i:tent|caravan|shelter|(?P<block>block))[ \t]+(?-i:[A-Z])-\d{1,4}[A-Za-z]?(?![\w\-])"
)
# A British postcode read out on a call, its digits in words: "L-S-nine, four-D-W", "D E four, five Q R",
# "S E fifteen, four T P" (letters one by one, a space or a dash apart: no word of prose is spelled so)
_DIGIT_WORD = r"(?i:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_DISTRICT_WORD = rf"(?i:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ \-]{_DIGIT_WORD})?)"
_SPOKEN_POSTCODE = regex.compile(
    rf"(?<![\w\-])(?:[BEGLMNSW]|[A-Z][ \-][A-Z])[ \-](?:{_DISTRICT_WORD}|{_DIGIT_WORD}(?:[ \-]{_DIGIT_WORD})?)"
    rf",?[ \t]+{_DIGIT_WORD}[ \-][A-Z][ \-][A-Z](?![\w\-])"
)
_SPOKEN_POSTCODE_HINT = regex.compile(rf"[ \-]{_DIGIT_WORD}[ \-][A-Z][ \-][A-Z](?![\w\-])")
# A province's or state's name closing an address, its four-digit code after it: "Brgy. San Isidro, Cainta, Rizal 1900",
# "Bacoor, Cavite 4102" (a region of regions.txt only, after an address's earlier parts: "Kent 2019" alone is a year)
_REGION_AND_CODE = regex.compile(
    r",[ \t]*(?P<region>\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2})[ \t]+(?P<zip>\d{4})"
    r"(?![\w\-/:]|[.,]\d)"
)
UNIT_FIELD_SCORE = 0.6  # a bare number after its label: weaker evidence than a street and its number
_STREET_FIELD_HINTS = ("street", "number", "secondary", "building", "bldg", "apt", "apartment", "unit", "suite", "flat")
# (words looked for in the lowercased text: several times cheaper than one regex over them all)
_LABELLED_STREET_HINTS = ("addr", "adres", "địa", "direcci", "domicil", "endere", "morada", "indirizzo", "anschrift",
                          "adresa", "διεύθυνση", *_MORE_ADDRESS_LABELS)
STREET_SCORE = 0.9  # above NER's 0.85: the street's words are not a PERSON
WEAK_STREET_SCORE = 0.5  # a "Road 27"-like street only counts after a unit ("House 12, Road 27")
PO_BOX_SCORE = 0.8
BARE_BOX_SCORE = 0.45  # "Box 77": a word "Box" and a number
TAIL_SCORE = 0.7


@RECOGNIZERS.register("StreetAddressRecognizer")
class StreetAddressRecognizer(OwnRecognizer):
    ENTITIES = ["ADDRESS", "LOCATION", "ZIP_CODE"]
    CONTEXT = ["address", "live", "lives", "living", "street", "ship", "deliver", "mail", "resides", "residing"]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for match in self._streets(text):
            if match.group()[:1].isdigit() and match.group().islower() and _ordinary_words(match.group()):
                continue  # "3 days in the park", "2 hours drive"
            value = match.group().rstrip(", \t")
            if value.endswith(".") and len(value.split()[-1]) > 4:
                value = value[:-1]  # "...Drive." ends a sentence; "St." keeps its dot
            end = match.start() + len(value)
            results.append(self._result("ADDRESS", match.start(), end, STREET_SCORE))
            results.extend(self._tail(text, end, value))
            if before := _CODE_TOWN_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                results.append(self._result("ZIP_CODE", *before.span("zip"), TAIL_SCORE))
                results.append(self._result("LOCATION", *before.span("town"), TAIL_SCORE))
        if ", " in text and ("The " in text or any(word in text for word in _HOUSE_HINTS + _CELTIC_HOUSE_HINTS)) \
                and (_BRITISH_IRISH_CODE.search(text) or "Co. " in text or "County " in text
                     or any(word in text for word in _CELTIC_STREET_HINTS)):
            for match in _HOUSE_THEN_STREET.finditer(text):
                start, end = match.span()
                # (its postcode, its Irish county after its town, or a Welsh or Irish street says it is an address)
                if (_POSTCODE_SOON.match(text, end) or _COUNTY_SOON.match(text, end) or match.group("celtic")) and not any(
                        r.entity_type == "ADDRESS" and r.start < end and start < r.end and not (start <= r.start and r.end <= end)
                        for r in results):
                    # (the unit or the street read alone before are parts of it)
                    results = [r for r in results if not (r.entity_type == "ADDRESS" and start <= r.start and r.end <= end)]
                    results.append(self._result("ADDRESS", start, end, STREET_SCORE))
                    results.extend(self._tail(text, match.end(), match.group()))
        if ", " in text and _BRITISH_IRISH_CODE.search(text):
            for match in _PARTS_BEFORE_POSTCODE.finditer(text):
                start, end = match.span("address")
                if not _HOUSE_OPENING.fullmatch(match.group("address").split(",")[0]) or any(
                        r.entity_type == "ADDRESS" and r.start < match.end("town") and start < r.end for r in results):
                    continue
                results.append(self._result("ADDRESS", start, end, STREET_SCORE))
                results.append(self._result("LOCATION", *match.span("town"), TAIL_SCORE))
                results.append(self._result("ZIP_CODE", *match.span("code"), TAIL_SCORE))
        if ", " in text and any(word in text for word in ("Tower", "Residences", "Condo", "Suites", "Plaza", "Heights",
                                                            "Residency", "Apartments", "Mansions", "Place", "Park", "Business")):
            for match in _UNIT_IN_TOWER.finditer(text):
                start, end = match.span()
                if not any(r.entity_type == "ADDRESS" and r.start < end and start < r.end
                           and not (start <= r.start and r.end <= end) for r in results):
                    results = [r for r in results if not (r.entity_type == "ADDRESS" and start <= r.start and r.end <= end)]
                    results.append(self._result("ADDRESS", start, end, STREET_SCORE))
                    results.extend(self._tail(text, end, match.group()))
        if _NUMBERED_PARTS_HINT.search(text):
            for match in _NUMBERED_PARTS.finditer(text):
                start, end = match.span()
                # (only where it adds parts before an address read already: "U-block, H.No. 41" keeps "H.No. 41",
                # "Unit 1408 Avida Towers, 34th St." gains no town after it)
                if not _numbered_parts_address(match) or any(
                        r.entity_type == "ADDRESS" and r.start < end and start < r.end
                        and not (start < r.start < end) for r in results):
                    continue
                # (a street read already from its last part on is its end, its tail read with it: "Rue 14, n° 22, Hay
                # Mohammadi, Agadir 80000")
                beyond = [r for r in results if r.entity_type == "ADDRESS" and start < r.start < end < r.end]
                tail = [] if beyond else self._tail(text, end, match.group())
                if not tail and _DOTTED_ROOM.search(match.group()):
                    continue  # a room numbered by its floor and a dot is any campus's: "the seminar meets in Room 3.14, Block B"
                end = max([end] + [r.end for r in beyond])
                results = [r for r in results if not any(r is other for other in beyond)]
                results.append(self._result("ADDRESS", start, end, STREET_SCORE))
                results.extend(tail)
        if "nit " in text or "partment " in text or "pt " in text or "pt. " in text or "lat " in text:
            for match in _UNIT_IN_PROSE.finditer(text):
                start, end = match.span()
                if not any(r.entity_type == "ADDRESS" and r.start < end and start < r.end for r in results):
                    results.append(self._result("ADDRESS", start, end, UNIT_IN_PROSE_SCORE))
        if ("No" in text or "no." in text) and ("eighbo" in text or "next door" in text):
            results += [self._result("ADDRESS", m.start(), m.end(), UNIT_IN_PROSE_SCORE)
                        for m in _NEIGHBOUR_AT_NUMBER.finditer(text)]
        if "רחוב" in text or "רח'" in text or "שדרות" in text or "דרך " in text:
            results += [self._result("ADDRESS", m.start(), m.end(), STREET_SCORE) for m in _HEBREW_STREET.finditer(text)]
        if "ldg" in text or "uilding" in text or "UILDING" in text or " d. " in text or "kv." in text or "korp" in text:
            for match in _BUILDING_UNIT.finditer(text):
                start, end = match.span()
                if not any(r.entity_type == "ADDRESS" and r.start <= start and end <= r.end for r in results):
                    results = [r for r in results if not (r.entity_type == "ADDRESS" and start <= r.start and r.end <= end)]
                    results.append(self._result("ADDRESS", start, end, STREET_SCORE))
        if "Lorong" in text or "Jalan" in text or "Jln" in text:
            for match in _BLOCK_ON_LORONG.finditer(text):
                start, end = match.span()
                if not any(r.entity_type == "ADDRESS" and r.start <= start and end <= r.end for r in results):
                    results = [r for r in results if not (r.entity_type == "ADDRESS" and start <= r.start and r.end <= end)]
                    results.append(self._result("ADDRESS", start, end, STREET_SCORE))
                    results.extend(self._tail(text, end, match.group()))
        if "Plot " in text:
            for match in _PLOT_IN_TOWN.finditer(text):
                start, end = match.span()
                if any(is_rare(word) for word in _LETTERS.findall(match.group("places"))) and not any(
                        r.entity_type == "ADDRESS" and r.start < end and start < r.end for r in results):
                    results.append(self._result("ADDRESS", start, end, STREET_SCORE))
                    results.extend(self._tail(text, end, match.group()))
        if "Sector " in text:
            results += [self._result("LOCATION", *m.span(), TAIL_SCORE) for m in _SECTOR.finditer(text)]
        if "Co. " in text or "County " in text:
            for match in _TOWN_BEFORE_COUNTY.finditer(text):
                start, end = match.span("town")
                if not any(r.start < end and start < r.end for r in results):
                    results.append(self._result("LOCATION", start, end, TAIL_SCORE))
                    if match.group("house"):
                        results.append(self._result("ADDRESS", *match.span("house"), STREET_SCORE))
        lower = text.lower()
        if "tent" in lower or "caravan" in lower or "shelter" in lower or "block" in lower:
            # (a block in prose only where the text speaks of a camp: "Error in block B-12" is a chip's)
            results += [self._result("ADDRESS", m.start(), m.end(), UNIT_FIELD_SCORE) for m in _SHELTER.finditer(text)
                        if not (m.group("block") and "camp" not in lower) and not any(r.entity_type == "ADDRESS" and r.start < m.end() and m.start() < r.end for r in results)]
        if "gps" in lower or "digital address" in lower or "ghanapost" in lower:
            results += [self._result("ADDRESS", *m.span(), STREET_SCORE) for m in _GHANA_GPS.finditer(text)]
        if any(word in lower for word in _LABELLED_STREET_HINTS):
            # a labelled street that no pattern read: the label is the evidence
            for match in _LABELLED_STREET.finditer(text):
                start, end = match.span("street")
                if _CODE_AND_TOWN.fullmatch(match.group("street")):
                    continue  # "Lakcím: 1052 Budapest, Váci utca 24.": a postcode and its town open the address
                if not any(r.entity_type == "ADDRESS" and r.start < end and start < r.end for r in results):
                    results.append(self._result("ADDRESS", start, end, STREET_SCORE))
                    results.extend(self._tail(text, end, match.group("street")))
        if any(word in lower for word in _STREET_FIELD_HINTS):
            for match in _STREET_FIELDS.finditer(text):
                start, end = match.span("street")
                if not any(r.entity_type == "ADDRESS" and r.start < end and start < r.end for r in results):
                    results.append(self._result("ADDRESS", start, end, STREET_SCORE))
            results += [self._result("ADDRESS", m.start(), m.end(), UNIT_FIELD_SCORE) for m in _UNIT_FIELD.finditer(text)]
            results += [self._result("ADDRESS", *m.span("name"), UNIT_FIELD_SCORE) for m in _BUILDING_NAME_FIELD.finditer(text)]
        if "〒" in text:
            results += [self._result("ADDRESS", m.start(), m.end(), STREET_SCORE) for m in _AFTER_POSTAL_MARK.finditer(text)]
        if ("-" in text or " " in text) and _SPOKEN_POSTCODE_HINT.search(text):
            results += [self._result("ZIP_CODE", *m.span(), TAIL_SCORE) for m in _SPOKEN_POSTCODE.finditer(text)]
        if text.count(",") > 1:
            for match in _REGION_AND_CODE.finditer(text):
                line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
                words = match.group("region").split()
                # (the region its last words: "Cainta Rizal"; an address's parts before it, one with a number)
                if "," in line and any(c.isdigit() for c in line) and \
                        any(" ".join(words[i:]) in region_names() for i in range(len(words))):
                    results.append(self._result("ZIP_CODE", *match.span("zip"), TAIL_SCORE))
        if "House" in text or "house" in text or "HOUSE" in text:
            for match in _HOUSE_ALONE.finditer(text):
                start, end = match.span()
                if not any(r.entity_type == "ADDRESS" and r.start <= start and end <= r.end for r in results):
                    results = [r for r in results if not (r.entity_type == "ADDRESS" and start <= r.start and r.end <= end)]
                    results.append(self._result("ADDRESS", start, end, STREET_SCORE))
        if "Line" in text:
            quarters = "quarter" in text.lower() or _TEA_LINE_ANYWHERE.search(text)
            results += [self._result("ADDRESS", *m.span(), STREET_SCORE) for m in _QUARTER_IN_LINE.finditer(text)
                        if quarters or not m.group("named")]
        if _LOWER_UK_HINT.search(text):
            for match in _LOWER_UK_ADDRESS.finditer(text):
                start, end = match.span("street")
                town = match.group("town")
                words = match.group("street").split()
                # (a count of things is no street: "won 5 games, liverpool le1 5ab")
                if any(w in _ORDINARY for w in words[1:]) or len(words) == 2 and words[1].endswith("s") \
                        and words[0] not in ("1", "01") or town and any(w in STOP_WORDS for w in town.split()) or any(
                        r.entity_type == "ADDRESS" and r.start < end and start < r.end for r in results):
                    continue
                results.append(self._result("ADDRESS", start, end, STREET_SCORE))
                if town:
                    results.append(self._result("LOCATION", *match.span("town"), TAIL_SCORE))
                results.append(self._result("ZIP_CODE", *match.span("zip"), TAIL_SCORE))
        if "near" in text or "around" in text or "closest" in text:
            for match in _ZIP_NEAR_PLACE.finditer(text):
                word = _NEXT_WORD.match(text, match.end())
                if not word or word.group(1).lower() in STOP_WORDS:  # (never a count: "stores near 10000 cities")
                    results.append(self._result("ZIP_CODE", *match.span(), TAIL_SCORE))
        if "</" in text:
            results += [self._result("ZIP_CODE", *m.span(), TAIL_SCORE) for m in _XML_POSTCODE.finditer(text)]
        if "新加坡" in text:
            results += [self._result("ZIP_CODE", *m.span(), TAIL_SCORE) for m in _SINGAPORE_CODE_HAN.finditer(text)]
        for match in _PO_BOX.finditer(text):
            bare = match.group().split()[0] == "Box"
            if code := _BOX_POSTCODE.match(text, match.end()):  # the box and its code one value: no phone in it
                results.append(self._result("ADDRESS", match.start(), code.end(), PO_BOX_SCORE))
                results.extend(self._tail(text, code.end())[:1])  # its town ("Kisumu, M-Pesa 0711 ...": no more)
                continue
            results.append(self._result("ADDRESS", match.start(), match.end(), BARE_BOX_SCORE if bare else PO_BOX_SCORE))
            if not bare and (code := _BOX_CODE_TOWN.match(text, match.end())):
                results.append(self._result("ZIP_CODE", *code.span("zip"), TAIL_SCORE))
                results.append(self._result("LOCATION", *code.span("town"), TAIL_SCORE))
                results.extend(self._tail(text, code.end()))
                continue
            results.extend(self._tail(text, match.end()))
        return results

    @staticmethod
    def _streets(text: str):
        """Street matches of both families, the longer one where they overlap."""
        prefixed = _PREFIX_HINT.search(text) is not None
        patterns = [with_unit if prefixed else bare for hint, with_unit, bare in _STREETS if hint is None or hint.search(text)]
        # a street name alone ("Wall Street", the "Top Floor Flat" of "Top Floor Flat, 22 Belvoir Road") is too weak
        # without a unit first: it never hides the street after it
        matches = sorted((m for p in patterns for m in p.finditer(text)
                          if not (m.groupdict().get("weak") and not (m.group("unit") or _UNIT_JUST_BEFORE.search(text, 0, m.start())))),
                         key=lambda m: (m.start(), -m.end()))
        end = -1
        for match in matches:
            if match.start() >= end:
                end = match.end()
                yield match

    def _tail(self, text: str, at: int, street: str = "") -> list[RecognizerResult]:
        """City, state, postal code and country right after a street, up to 5 parts."""
        if street.islower() and (code := _LOWER_UK_CODE.match(text, at)):
            town = [self._result("LOCATION", *code.span("town"), TAIL_SCORE)] \
                if code.group("town") and code.group("town") not in STOP_WORDS else []
            return town + [self._result("ZIP_CODE", *code.span(2), TAIL_SCORE)]
        if _ICELANDIC_STREET_AT.match(street) and (code := _ICELANDIC_CODE.match(text, at)):
            town = [self._result("LOCATION", *code.span("town"), TAIL_SCORE)] if code.group("town") else []
            return [self._result("ZIP_CODE", *code.span("zip"), TAIL_SCORE)] + town
        lower = _LOWER_TOWN_STATE.match(text, at)
        if lower and lower.group("townzip") and not street.islower():
            lower = None  # "Bergstraße 14, 2. OG links, 69120 Heidelberg": a word, not a town in lower case
        if lower and not any(w in STOP_WORDS for w in lower.group("place").split()):
            kinds = ("place", "state", "zip", "wordstate", "wordzip", "austate", "auzip", "townzip")
            return [self._result("ZIP_CODE" if kind.endswith("zip") else "LOCATION", *lower.span(kind), TAIL_SCORE)
                    for kind in kinds if lower.group(kind)]
        found = []
        previous = "street"
        for _ in range(5):
            part = _TAIL_PART.match(text, at)
            if not part:
                break
            spaced = not any(mark in part.group("sep") for mark in ",\n-–/·")
            kind = "zip" if part.group("zip") else "state" if part.group("state") else "place"
            value = part.group(kind)
            if kind == "place":
                words = value.split()
                if words[0] in _NOT_PLACE or words[0].title() in _NOT_PLACE or "\n" in part.group("sep") and _SPEAKER_AFTER.match(text, part.end()):
                    break  # "...Hinterhaus\nLea: ok": the next line's speaker
                if _LABEL_AFTER.match(text, part.end()) or value.isupper() and len(value) > 3 and _LONG_NUMBER_AFTER.match(text, part.end()):
                    # the next field's label: "..., 12 тоот, Утас: +976 ...", "..., 1000 Ljubljana, EMŠO 3005971501882";
                    # a town before it stays ("69003 Lyon Téléphone : 07 61 ...")
                    if len(words) > 1:
                        start = part.start(kind)
                        found.append(self._result("LOCATION", start, start + value.rindex(words[-1]) - 1, TAIL_SCORE))
                    break
            if kind == "state" and previous == "zip" and not (
                    "," in part.group("sep") and len(value) == 2 and _COUNTRY_CODE_AT_END.match(text, part.end())):
                break  # a state comes before the postal code ("QC H2J 2L3"): after it, "NAS 518..." is a label
            if kind == "zip" and previous == "zip":
                break  # one postal code to an address: "Ħal Għaxaq,GXQ 2204,7942 0873" goes on with a phone
            if kind == "zip" and previous == "street" and part.group("quote") and not _QUOTED_TOWN_NEXT.match(text, part.end()):
                break  # a record's number right after its street is a code only before its town: never '12 Main St', '1999'
            if kind == "place" and part.group("quote"):
                value = value.rstrip(part.group("quote"))  # (a town's letters take in its closing quote: 'Randwick')
                if not _QUOTE_CLOSES.match(text, part.start(kind) + len(value)):
                    break  # a quoted value that goes on is no town: '12 Main St', 'Paid in full'
            # Only comma or new line separate places; a space may only come before a
            # postal code or a state code, or after a postal code ("10115 Berlin").
            if spaced and not (kind in ("zip", "state") and previous != "street" or previous == "zip" and kind == "place"
                               or previous == "street" and kind == "place" and _STATE_ZIP_NEXT.match(text, part.end())
                               or previous == "street" and kind == "zip" and part.group("sep") == " "
                               and _TOWN_NEXT.match(text, part.end())
                               and not _YEAR.fullmatch(value)
                               or previous == "street" and kind == "zip" and len(value) == 6
                               and _SINGAPORE_UNIT_END.search(street)):
                break  # (a town right after the street only before its state and zip: "902 E Olive St Springfield MO 65806";
                # a code right after it only before its town: "Lindenstraße 8 79098 Freiburg", never "... 2024 Paris";
                # ... or a Singapore code after the unit: "Woodlands Ring Road #09-57 730612")
            start = part.start(kind)
            entity = "ZIP_CODE" if kind == "zip" else "LOCATION"
            found.append(self._result(entity, start, start + len(value), TAIL_SCORE))
            if kind == "zip" and previous == "street" and _SINGAPORE_UNIT_END.search(street):
                break  # a Singapore code closes the address: the next line of a table is the next person's
            previous = kind
            at = start + len(value)
        return found

    def _result(self, entity: str, start: int, end: int, score: float):
        return make_result(self, entity, start, end, score)


_LETTERS = regex.compile(r"\p{L}+")
_HOUSE_NUMBER = regex.compile(r"^\d+\p{L}?")


def _numbered_parts_address(match) -> bool:
    """Two parts or more, one of them a dwelling's ("Floor 3, Room 12" is any office's; "C-142, D-160" a part list)."""
    keys = ["x-" if key.endswith("-") else key.lower() for key in match.captures("key")]
    named = match.captures("named")
    if len(keys) + len(named) < 2:
        # one Indian door number alone, its parts dashed: "Door No. 12-4-88"
        return keys[:1] in (["door"], ["d."]) and "-" in match.group()
    if "section" in keys and "allotment" not in keys:
        return False  # a section with its allotment only (Papua New Guinea): "Form I-9, Section 2" is a form's
    return (bool(named) or len(set(keys)) > 1) and (bool(named) or any(k not in _GENERIC_PART_KEYS for k in keys))


def _ordinary_words(value: str) -> bool:
    words = _LETTERS.findall(_HOUSE_NUMBER.sub("", value))  # "27a dunmore rd": the house's letter is no word
    return any(w in _ORDINARY for w in words[:-1]) or len(words) < 2

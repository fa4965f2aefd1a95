"""The words the name recognizers weigh: the name lists (US census first names and surnames, given
names of many countries, our own list) and the words that are no names (English words that are also
given names, roles, brands and firms named after people, chat fillers).

    known_first_names()   # every known first name, words included ("frank", "grace")
    first_names()         # those no English word shares: safe without a cue ("aoife", "kwame")
    surnames()            # census surnames that are no English word

Names are lowercase in the lists; the frozensets of capitalised words are matched as written.
Never Faker's lists: they generate the synthetic evaluation data.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from minimize.detection.recognizers.words import ascii_form, common_words

#: first names that are ordinary lowercase English words: not names in lowercase without a cue
ENGLISH = frozenset(
    """will may june april august rose grace hope joy faith mark bill art sue pat rich don guy ray jack dean
    frank gene major page price long young love king sun son chad dale dawn drew glen rick max fern rod lane
    ward gay herb bud sol val del dong hung long sang sung ma bo chi jc wm see so in an else many my van
    gale ivy lily iris ruby jade pearl crystal amber angel autumn summer winter spring star sky dusty sandy
    rusty buck bob cliff dell dot else eve fay hazel holly jewel joy lacy lynn mae marsh merry mercy miles
    misty nan noble norm olive penny pink pleasant rain reed rocky royal sage shad sherry story sunny
    tad tom true twila violet walker way wes wiley will young case cash chance chase clay cole colt cruz
    dallas dick ernest early earnest fair field ford forest grant hale hardy harley heath hunter lance
    lewis lincoln mason miller myles page parker pierce porter price ross sterling stone tanner taylor
    thomas tracy travis tucker tyler ulysses victor wade wallace walter warren wayne webster wesley
    wilbur worth al ed eli abe ali jean gus ike jay jed kip lee les lon lou mac mel ned sal ted min ping lan
    mere mai mona can amir said soon harsh miss word edge paint loan monday tuesday wednesday thursday friday
    saturday sunday january february march july october november december""".split()
)
#: given names that are also words, capitalised inside a sentence far more often as names than as the
#: words ("lol Faith and Hope are twins", "ask Jade"): the flowers, virtues and seasons people are named
WORD_NAMES = frozenset(
    """faith hope grace joy rose lily ivy holly hazel ruby amber autumn summer dawn crystal pearl jade violet
    olive daisy iris fern poppy willow heather jasmine melody harmony destiny charity mercy patience prudence
    frank ray drew max dean chase hunter mason tyler parker wade cliff rocky dusty rusty sandy""".split()
)
#: words after a cue that are not names ("ask for help", "Hi all", "my son is ...")
NOT_NAMES = frozenset(
    """all team everyone sir madam there colleagues customer customers friends support guys folks parent parents
    neighbours neighbors hiring manager valued user users member members applicant candidate partner partners
    dear hi hello sales admin doctor nurse both you again mum mom dad mummy mommy daddy boss help assistance refund details advice
    more info information directions permission money it them him her me us someone somebody anyone one
    clarification confirmation feedback approval receipt invoice supervisor agent a an the this that my your
    our their his its is was has had who whom what new old best good great sorry thanks please just also back
    here now today tomorrow soon mate buddy dude bro man guys everybody much lot
    it's i'm im its yes yeah yep nope ok okay sure certainly
    wife husband son daughter mother father brother sister spouse roommate flatmate uncle aunt cousin niece
    nephew grandmother grandfather grandma grandpa guardian carer sons daughters kids children
    vcard vevent vcalendar vtodo vtimezone valarm
    địa""".split()  # Vietnamese "Địa chỉ" (address): "dia" once its accents are gone
)
#: capitalised words that make "to New York Office", "by Google Cloud" no person's name
NOT_NAME_WORDS = frozenset(
    """Inc Ltd LLC Ltd. Co Corp GmbH AG SA Bank Group Team Support Services Service University Hospital Clinic
    Street Road Avenue Office Department Center Centre Store Shop Company Cloud Airlines Airport Station Hotel
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December The New North South East West Port Lake Mount Saint St
    Customer Account Order Ticket Invoice Manager Director Court City County State General Patient Summary
    Podpis Pracownika Pracodawcy Kimlik Imza Kunde Kundin Pacjent Pacjentka Asiakas Potilas Paciente Klant Inmate
    Report Details Record Letter Note Notes Form Information Statement Discharge Referral Personal Contact
    Museum Foundation Institute Award Prize Bridge Park Hall House School College Building Library Trust
    Memorial Gallery Theatre Theater Stadium Arena Square Lane Trading Holdings Partners Honors Rewards Data
    Solutions Systems Technologies Consulting Capital Insurance Logistics Foods Motors Pharma Labs
    Google Apple Amazon Microsoft Samsung Facebook Netflix Spotify World Mart Express Direct Online Plus Pro
    Easter Christmas Xmas Eid Diwali Passover Hanukkah Ramadan Thanksgiving Halloween Pentecost Lent""".split()
)
#: brands and firms named after people: their names, not a person ("3 x Tommy Hilfiger polos")
BRANDS = frozenset(
    name.strip() for name in """Tommy Hilfiger|Calvin Klein|Ralph Lauren|Hugo Boss|Louis Vuitton|Giorgio Armani
    |Estée Lauder|Marc Jacobs|Michael Kors|Kate Spade|Vera Wang|Tory Burch|Stella McCartney|Christian Dior
    |Christian Louboutin|Jimmy Choo|Walt Disney|Morgan Stanley|Goldman Sachs|Charles Schwab|Dean Witter
    |Harvey Nichols|Helly Hansen|Patek Philippe|Carolina Herrera|Vivienne Westwood|Alexander McQueen
    |Stella Artois|Johnnie Walker|Jose Cuervo|Ronald McDonald|Wells Fargo|Dow Jones|Uncle Ben|Aunt Jemima
    |Jack Daniel|George Foreman|Ben Jerry|Martha Stewart|Calvin Harris""".split("|")
)
#: people named by their part ("Caller said", "the Landlord", "Dear Colleague"): never a name alone
ROLE_NOUNS = frozenset(
    """caller customer client patient driver officer member user agent manager nurse doctor teacher tenant
    tenants landlord landlords landlady lessee lessor buyer seller purchaser vendor claimant respondent
    defendant plaintiff applicant appellant employer employee contractor colleague sender recipient receiver
    guest witness student resident visitor carer engineer reporter writer author speaker chair secretary
    sir madam dear experience holder bearer signatory insured policyholder cardholder""".split()
)
MONTHS = frozenset("January February March April May June July August September October November December".split())
#: cues before a capitalised word that only a person follows ("ask Will", "wife June")
PERSON_CUES = frozenset(
    """wife husband son daughter mother father mum mom dad brother sister partner fiancé fiancée fiance fiancee
    neighbour neighbor friend colleague patient client tenant landlord uncle aunt cousin grandson granddaughter
    nephew niece call ask asked tell told email text thank ping remind ring meet met contact carer caregiver follow
    recruit prisoner inmate cadet trainee""".split()
) | {"survived by"}
#: cues of _KNOWN_CAPITALISED that places follow as often as people ("from Alexandria", "to Bradford")
PLACE_PREPOSITIONS = frozenset({"by", "to", "from", "for", "with", "except", "add", "via", "c/o", "over to"})
#: the word between a name and the father's name: Malay and Arabic "bin", "binti", "ibn"; "a/l", "s/o" in Malaysia
PATRONYMIC_WORDS = r"binti|binte|bin|bte|bt|bint|ibn|a/[lp]|[sd]/o"
#: lowercase words of chat that are no names ("- lol" closing a message)
CHAT_WORDS = frozenset("lol lmao lmfao jk thx ok okay xoxo ttyl brb idk smh fyi btw haha hahaha omg pls plz "
                       "erm um umm uh uhh hmm er ah oh".split())


def _read_census(file: str) -> list[str]:
    return [line.split()[0].lower() for line in (resources.files("names") / file).read_text().splitlines()]


@lru_cache(maxsize=1)
def known_first_names() -> frozenset[str]:
    """Every known first name, English words included ("frank", "VICTOR"): the US census lists,
    given names of many countries (world_given_names.txt, see tools/build_world_names.py) and
    our own list (given_names.txt)."""
    out = set(_read_census("dist.male.first")) | set(_read_census("dist.female.first")) | world_first_names()
    out.update(_read_list("given_names.txt"))
    return AccentBlind(n for n in out if len(n) > 1)


@lru_cache(maxsize=1)
def world_first_names() -> frozenset[str]:
    """Given names of many countries that are no word of English or of another language's
    stop list ("aoife", "emre", "kwame"): see tools/build_world_names.py."""
    return AccentBlind(_read_list("world_given_names.txt"))


class AccentBlind(frozenset):
    """Names that hold their spellings with an acute accent too: the lists write most names without,
    Hungarian and Irish records with them ("dániel", "siobhán"). Only the acute, and never a common word:
    other marks and other words fold into names too ("în" in, "năm" year, "sarà", "génie", "está")."""

    def __contains__(self, word) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and len(word) > 4 and not word.isascii()  # (Vietnamese syllables are shorter: "toán")
            and ACUTE_ONLY.fullmatch(word) is not None
            and frozenset.__contains__(self, ascii_form(word)) and word.lower() not in common_words())


ACUTE_ONLY = regex.compile(r"[a-zA-ZáéíóúýÁÉÍÓÚÝ'’\-]+")  # letters, with no mark but the acute


def _read_list(file: str) -> list[str]:
    lines = (resources.files(__package__) / file).read_text(encoding="utf-8").splitlines()
    return [word for line in lines if not line.startswith("#") for word in line.split()]


@lru_cache(maxsize=1)
def census_surnames() -> frozenset[str]:
    """Every surname of the US census list, English words included ("stone", "grant")."""
    return frozenset(_read_census("dist.all.last"))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Known first names that are not also common English words: safe without a cue."""
    return frozenset(n for n in known_first_names() if len(n) > 2 and n not in ENGLISH and n not in STOP_WORDS)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Lowercase surnames of the US census list (the `names` package), minus English words."""
    return frozenset(w for w in _read_census("dist.all.last") if w not in ENGLISH and w not in STOP_WORDS)

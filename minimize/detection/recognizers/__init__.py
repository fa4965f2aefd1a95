"""Our own Python recognizers, for what a YAML pattern cannot check.

A pack names one with `type: minimize`:

    - name: PhoneNumberRecognizer
      type: minimize
      supported_language: en
      context: [phone, call]        # optional: replaces the class's own context words

Each class (an `OwnRecognizer`, base.py) registers itself under its name (an
explicit registry, never `__subclasses__()`); the modules are imported only when a detector is built,
since they import Presidio.
"""
from __future__ import annotations

import importlib
from typing import Any

from minimize.registry import Registry

RECOGNIZERS: Registry[type] = Registry("recognizer")
#: modules whose classes register themselves; imported on first use
_MODULES = ("address", "burmese", "cards", "chats", "dari_pashto", "dates", "fields", "gazetteer", "ibans", "ids", "kurdish", "lao_khmer", "messages",
            "name_shape", "names", "phone", "scripts", "sindhi_balochi", "tables", "usernames", "uyghur",
            "assamese_manipuri", "tamazight", "chechen_ossetian")
#: the keys a `type: minimize` pack entry may have
ENTRY_KEYS = frozenset({"name", "type", "supported_language", "supported_languages", "context", "enabled"})


def load_all() -> None:
    for module in _MODULES:
        importlib.import_module(f"{__name__}.{module}")


def build_recognizer(entry: dict[str, Any], language: str):
    """The recognizer a `type: minimize` pack entry describes, for `language`."""
    load_all()
    cls = RECOGNIZERS.get(entry["name"])
    kwargs: dict[str, Any] = {"supported_language": language}
    if entry.get("context"):
        kwargs["context"] = list(entry["context"])
    return cls(**kwargs)


def make_result(recognizer, entity: str, start: int, end: int, score: float, why: str = ""):
    """A RecognizerResult as Presidio's own recognizers make them (the context
    enhancer needs the explanation; the name shows in findings and audit)."""
    from presidio_analyzer import AnalysisExplanation, RecognizerResult

    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=recognizer.name, original_score=score, textual_explanation=why or None
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )

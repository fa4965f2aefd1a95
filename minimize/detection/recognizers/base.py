"""What every one of our Python recognizers shares: its entities, its context words, its name.

    class DateShapeRecognizer(OwnRecognizer):
        ENTITIES = ["DATE_TIME"]

The name is the class's (the one a pack entry gives); `load()` does nothing
unless a recognizer has data to read once.
"""
from __future__ import annotations

from presidio_analyzer import LocalRecognizer


class OwnRecognizer(LocalRecognizer):
    ENTITIES: list[str] = []
    #: context words Presidio's enhancer looks for near a finding (a pack entry may replace them)
    CONTEXT: list[str] = []

    def __init__(self, supported_language: str = "en", context: list[str] | None = None):
        super().__init__(
            supported_entities=list(self.ENTITIES),
            supported_language=supported_language,
            name=type(self).__name__,
            context=context or list(self.CONTEXT),
        )

    def load(self) -> None:
        pass


def distinct_places(found: list) -> list:
    """One finding per type and span, and no place inside a longer place or address (a language module's rules
    overlap: "ئالمۇتا" alone and inside "ئالمۇتا ۋىلايىتى")."""
    places = [(r.start, r.end) for r in found if r.entity_type in ("LOCATION", "ADDRESS")]
    return list({(r.entity_type, r.start, r.end): r for r in found
                 if r.entity_type != "LOCATION" or not any(a <= r.start and r.end <= b and b - a > r.end - r.start
                                                           for a, b in places)}.values())

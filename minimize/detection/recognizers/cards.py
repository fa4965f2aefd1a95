"""Card numbers Presidio's card pattern misses: Mastercard's 2-series (2221-2720),
American Express written in its own 4-6-5 grouping ("3478 200490 07274"), and any
issuer's 16 to 19 digits in groups of four (Verve, Troy, RuPay, Mir).

Same Luhn check and context words as Presidio's CreditCardRecognizer: only the
pattern is new, so the class subclasses it instead of copying it.
"""
from __future__ import annotations

from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import CreditCardRecognizer

from minimize.detection.recognizers import RECOGNIZERS


@RECOGNIZERS.register("MastercardSeries2Recognizer")
class MastercardSeries2Recognizer(CreditCardRecognizer):
    PATTERNS = [
        Pattern(
            "Mastercard 2-series (weak)",
            r"\b(?:222[1-9]|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)[- ]?\d{4}[- ]?\d{4}[- ]?\d{4}\b",
            0.3,
        ),
        Pattern("American Express 4-6-5 (weak)", r"\b3[47]\d{2}[- ]?\d{6}[- ]?\d{5}\b", 0.3),
        # any issuer in groups of four, 16 to 19 digits: Verve (5061, 19 digits), Troy (9792), RuPay, Mir
        Pattern("Card in groups of four (weak)", r"(?<![\d\-])\d{4}([- ])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![\d\-])", 0.3),
    ]

    def __init__(self, supported_language: str = "en", context: list[str] | None = None):
        super().__init__(
            patterns=self.PATTERNS,
            context=context,
            supported_language=supported_language,
            name="MastercardSeries2Recognizer",
        )

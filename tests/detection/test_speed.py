import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from minimize.detection.speed import DetectionCache, bounded_vocab
from minimize.errors import DetectionError
from minimize.types import Span


class CountingDetect:
    """A detector function that finds "Ana" and remembers every text it was asked about."""

    def __init__(self):
        self.asked: list[str] = []

    def __call__(self, texts):
        self.asked.extend(texts)
        return [[Span("PERSON", i, i + 3, 0.85, "fake")] if (i := t.find("Ana")) >= 0 else [] for t in texts]


def test_when_values_repeat_then_each_distinct_value_is_detected_once_with_identical_spans():
    detect, cache = CountingDetect(), DetectionCache()
    texts = ["Ana", "retail", "Ana", "smb", "retail"]
    first = cache.detect(detect, texts)
    second = cache.detect(detect, list(reversed(texts)))
    assert first == CountingDetect()(texts)
    assert second == list(reversed(first))
    assert sorted(detect.asked) == ["Ana", "retail", "smb"]


def test_when_more_values_than_entries_then_the_cache_stays_bounded_and_forgets_the_oldest():
    detect, cache = CountingDetect(), DetectionCache(max_entries=3)
    cache.detect(detect, ["a", "b", "c", "d"])
    assert len(cache) == 3
    detect.asked.clear()
    cache.detect(detect, ["a", "d"])
    assert detect.asked == ["a"]  # "a" was the oldest: evicted; "d" still cached


@pytest.mark.parametrize(
    "text, cached",
    [
        ("Ana", True),  # a cell
        ("x" * 64, True),  # at the limit
        ("x" * 65, False),  # free text: not kept (still detected once per batch)
    ],
)
def test_when_a_value_is_long_then_it_is_not_cached(text, cached):
    cache = DetectionCache(max_chars=64)
    cache.detect(CountingDetect(), [text])
    assert (len(cache) == 1) is cached


def test_when_detect_returns_too_few_answers_then_it_fails_closed_and_caches_nothing():
    cache = DetectionCache()
    with pytest.raises(DetectionError):
        cache.detect(lambda texts: [], ["Ana"])
    assert len(cache) == 0


def test_when_the_cached_spans_are_changed_by_a_caller_then_the_cache_is_not():
    cache = DetectionCache()
    cache.detect(CountingDetect(), ["Ana"])[0].clear()
    assert cache.detect(CountingDetect(), ["Ana"]) == [[Span("PERSON", 0, 3, 0.85, "fake")]]


def test_when_a_real_detector_runs_in_memory_zones_then_spacy_strings_stop_growing(detector):
    from minimize.detection.speed import BATCHES_PER_ZONE

    bounded_vocab(detector)
    bounded_vocab(detector)  # idempotent
    nlp = detector._backend._analyzer.nlp_engine.nlp["en"]
    detector._backend._analyzer.nlp_engine.process_batch.close_zone()  # start at a zone's beginning
    sizes, found = [], []
    for round_ in range(3):
        for batch in range(BATCHES_PER_ZONE):
            texts = [f"Write to ana{round_}x{batch}y{i}@example.com or call 415-555-{i:04d}, ticket Q{round_}Z{batch}Y{i}"
                     for i in range(5)]
            found.append([len(spans) for spans in detector.detect(texts)])
        sizes.append(len(nlp.vocab.strings))
    assert sizes[0] == sizes[1] == sizes[2]  # each zone freed what its batches added
    assert all(counts == found[0] for counts in found)


def test_when_zones_free_the_new_words_then_spacys_hash_tables_still_grow_unless_the_pipeline_is_renewed():
    """The memory benchmark's growth with the input: a zone frees each new word, but the
    vocabulary's hash tables (preshed) keep a deleted cell for it and double on resize."""
    import spacy

    from minimize.detection.speed import _ZonedBatches

    def run(renewing: bool):
        pipeline = {"nlp": spacy.blank("en")}
        start = pipeline["nlp"].vocab.strings._map.capacity

        def renew():
            pipeline["nlp"] = spacy.blank("en")
            return pipeline["nlp"]

        batches = _ZonedBatches(pipeline["nlp"], lambda texts, language: (len(d) for d in pipeline["nlp"].pipe(texts)),
                                batches_per_zone=1, renew=renew if renewing else None, words_per_pipeline=5_000)
        for zone in range(20):  # 40,000 distinct words
            assert list(batches([f"w{zone}x{i} v{zone}y{i}" for i in range(1000)], "en")) == [2] * 1000
        strings = pipeline["nlp"].vocab.strings
        return start, strings._map.capacity, len(strings), batches.renewals

    start, grown, live, renewals = run(renewing=False)
    assert renewals == 0 and grown >= 8 * start  # ~60 bytes per distinct word, never given back
    start, capacity, live_renewed, renewals = run(renewing=True)
    assert renewals >= 5 and capacity <= 4 * start  # bounded by words_per_pipeline
    assert live_renewed == live  # the live strings never showed it: the zones free them all


def test_when_a_pipeline_has_taken_in_enough_new_words_then_a_fresh_one_finds_the_same_spans():
    from minimize.detection.detector import Detector

    from tests.conftest import FULL_CONFIG

    detector = bounded_vocab(Detector.build(FULL_CONFIG), batches_per_zone=2, words_per_pipeline=300)
    engine = detector._backend._analyzer.nlp_engine
    first = engine.nlp["en"]

    def texts(round_):
        return [f"Maria Gonzalez wrote from Lisbon to ana{round_}x{i}@example.com, ticket Q{round_}Z{i}, "
                f"call 415-555-{i:04d}" for i in range(10)]

    before = detector.detect(texts(0))
    for round_ in range(1, 20):
        detector.detect(texts(round_))
    assert engine.process_batch.renewals >= 2
    nlp = engine.nlp["en"]
    assert nlp is not first and engine.process_batch._nlp is nlp
    assert _ner_ops(nlp) == {("NumpyOps", False)}  # loaded as the first one was
    assert detector.detect(texts(0)) == before
    assert any(span.entity_type == "PERSON" for span in before[0])


def test_when_a_consumer_stops_early_then_the_zone_closes_and_the_next_batch_runs():
    from minimize.detection.speed import _ZonedBatches

    class Zone:
        opened = closed = 0

        def __enter__(self):
            Zone.opened += 1

        def __exit__(self, *exc):
            Zone.closed += 1

    class Nlp:
        def memory_zone(self):
            return Zone()

    batches = _ZonedBatches(Nlp(), lambda texts, language: iter(texts), batches_per_zone=2)
    stopped = batches(["a", "b"], "en")
    next(stopped)
    stopped.close()  # e.g. a detector error between two texts
    assert (Zone.opened, Zone.closed) == (1, 1)
    assert list(batches(["c"], "en")) == ["c"] and list(batches(["d"], "en")) == ["d"]
    assert (Zone.opened, Zone.closed) == (2, 2)  # two batches per zone: closed after the second


def _ner_ops(nlp) -> set:
    return {(type(node.ops).__name__, getattr(node.ops, "use_blis", None)) for node in nlp.get_pipe("ner").model.walk()}


def test_when_a_model_loads_then_its_matrix_products_go_through_numpy_with_the_same_entities(detector):
    import spacy

    nlp = detector._backend._analyzer.nlp_engine.nlp["en"]
    as_shipped = spacy.load(detector._backend._config.model, exclude=["tagger", "parser", "lemmatizer"])
    assert _ner_ops(nlp) == {("NumpyOps", False)}
    assert _ner_ops(as_shipped) == {("NumpyOps", True)}  # thinc's default: its bundled BLIS
    texts = [
        "Maria Gonzalez flew from Lisbon to Osaka with Dr. Kenji Watanabe on Tuesday.",
        "Send the forms to Olumide Adeyemi at the Lagos office before the audit in March.",
    ]

    def entities(model):
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in model.pipe(texts)]

    assert entities(nlp) == entities(as_shipped)
    assert any(entities(nlp))


def test_when_a_batch_is_detected_then_blas_runs_one_thread_and_the_setting_is_restored_after(detector):
    from threadpoolctl import threadpool_info

    def blas_threads() -> list[int]:
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

    before = blas_threads()
    batch = detector._backend._analyzer.nlp_engine.process_batch(["Ana lives in Porto."], "en", batch_size=1)
    next(batch)
    inside = blas_threads()
    list(batch)
    assert inside and set(inside) == {1}
    assert blas_threads() == before


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["see", "example.com", "/path?x=1", "www.foo.co.uk", "ana.souza@uol.com.br", "e.g.",
                                 "shop.example.org.", "v2.3.1", "1.5GB", "-", ".", " ", "\n", "Dr.", "a.b.c.d"]),
                max_size=12))
def test_when_a_pattern_is_scanned_from_its_possible_starts_then_it_finds_what_a_full_scan_finds(words):
    from presidio_analyzer.predefined_recognizers import UrlRecognizer

    from minimize.detection.regex_guard import PREFILTERS, _Bounded

    flags = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE
    pattern = next(p for p in UrlRecognizer.PATTERNS if p.name == "Non schema URL")
    compiled = regex.compile(pattern.regex, flags)
    starts = regex.compile(PREFILTERS[("UrlRecognizer", pattern.name)], flags)
    text = " ".join(words)
    full = [m.span() for m in compiled.finditer(text)]
    assert [m.span() for m in _Bounded(compiled, "UrlRecognizer", pattern.name, starts).finditer(text)] == full

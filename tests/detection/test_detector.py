"""Batch detection through the real Presidio engine and the default spaCy model."""
from __future__ import annotations

import subprocess
import sys
import threading

import pytest
import spacy

from minimize.detection import DetectionConfig, Detector, build_detector
from minimize.errors import DetectionError
from minimize.types import Span

VARIED_TEXTS = [
    "John Smith moved to Paris in March 2021 with his wife Mary.",
    "Call Dr. Alice Johnson at 212-555-0199 or email alice.johnson@example.com.",
    "Card number 4111 1111 1111 1111, expires 09/27.",
    "",
    "No personal data in this sentence at all.",
    "Ms. Priya Patel lives at 42 Baker Street, London, and is 34 years old.",
    "Server 192.168.10.4 answered; see https://intranet.example.org/status for details.",
    "SSN 536-22-8726 belongs to Robert Brown of Denver, Colorado.",
    "Reach me on +44 20 7946 0958 or at bob@example.co.uk.",
    "   ",
    "The IBAN GB82 WEST 1234 5698 7654 32 is on file for Maria Garcia.",
    "zip code 62704, Springfield, IL 62704",
    "Patient aged 67 was seen on 2024-01-15 by Nurse Kim Lee.",
    "Meeting notes: Tom and Jerry discussed the budget in Berlin.",
    "Email: jane_doe+news@mail.example.com; phone (415) 555-2671.",
    "Juan Pérez flew from Madrid to New York on 3 January 1999.",
    "A German engineer and a Canadian nurse met in Tokyo.",
    "Contact: li.wei@example.cn, 010-5555-0100, Beijing.",
    "Nothing here but numbers 12 34 56 and words.",
    "Her credit card 5555 5555 5555 4444 was declined at the Chicago store.",
    "Sarah O'Connor, age: 42, zip 10001-1234.",
]


def test_when_batch_detected_then_same_spans_as_one_text_at_a_time(detector):
    batch = detector.detect(VARIED_TEXTS)
    single = [detector.detect([text])[0] for text in VARIED_TEXTS]
    assert batch == single
    assert sum(map(len, batch)) > 30  # the texts are not trivially empty of PII


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        ("write to alice.johnson@example.com today", "EMAIL_ADDRESS", "alice.johnson@example.com"),  # plain email
        ("Email: jane_doe+news@mail.example.com", "EMAIL_ADDRESS", "jane_doe+news@mail.example.com"),  # plus tag, subdomain
        ("call me at 212-555-0199 tomorrow", "PHONE_NUMBER", "212-555-0199"),  # US phone with dashes
        ("phone (415) 555-2671 please", "PHONE_NUMBER", "(415) 555-2671"),  # US phone with parentheses
        ("Card number 4111 1111 1111 1111 expired", "CREDIT_CARD", "4111 1111 1111 1111"),  # Luhn-valid Visa
        ("my card 5555555555554444 was declined", "CREDIT_CARD", "5555555555554444"),  # Mastercard, no spaces
        ("Lagos State, Verve card 5061 0991 2374 4058 172, email", "CREDIT_CARD", "5061 0991 2374 4058 172"),  # 19 digits
        ("TR26 0001 0002 1845 7291 0040 18, kart 9792 0318 4456 2106.", "CREDIT_CARD", "9792 0318 4456 2106"),  # Troy
        ("John Smith moved to Paris last year.", "PERSON", "John Smith"),  # NER person
        ("Yesterday Maria Garcia signed the lease.", "PERSON", "Maria Garcia"),  # NER person mid-sentence
        ("John Smith moved to Paris last year.", "LOCATION", "Paris"),  # NER location
        ("SSN 536-22-8726 on file", "US_SSN", "536-22-8726"),  # Presidio US SSN (078-05-1120 is on its invalid list)
    ],
)
def test_when_text_holds_pii_then_span_covers_it(detector, text, entity, value):
    [spans] = detector.detect([text])
    assert (entity, value) in {(s.entity_type, text[s.start : s.end]) for s in spans}


def test_when_spans_returned_then_they_are_sorted_spans_with_recognizer_names(detector):
    [spans] = detector.detect(["Call Alice Johnson at 212-555-0199 or alice@example.com."])
    assert all(isinstance(s, Span) and s.recognizer for s in spans)
    assert spans == sorted(spans, key=lambda s: (s.start, s.end, s.entity_type, -s.score, s.recognizer))
    # the core pack replaces Presidio's PhoneRecognizer with its own
    assert {"EmailRecognizer", "PhoneNumberRecognizer", "SpacyRecognizer"} <= {s.recognizer for s in spans}


@pytest.mark.parametrize(
    "texts",
    [
        [],  # empty batch
        [""],  # one empty text
        ["", "", ""],  # only empty texts
    ],
)
def test_when_texts_are_empty_then_no_spans(detector, texts):
    assert detector.detect(texts) == [[] for _ in texts]


def test_when_empty_texts_are_mixed_in_then_others_keep_their_spans(detector):
    result = detector.detect(["", "mail bob@example.com", ""])
    assert result[0] == [] and result[2] == []
    assert "EMAIL_ADDRESS" in {s.entity_type for s in result[1]}


@pytest.mark.parametrize(
    "texts",
    [
        "a single string",  # a str is a sequence, but not of texts
        ["ok", 42],  # a non-string value
        [None],  # a missing value
    ],
)
def test_when_texts_are_not_strings_then_detection_error(detector, texts):
    with pytest.raises(DetectionError):
        detector.detect(texts)


def test_when_default_config_then_ner_and_pack_entities_are_supported(detector):
    assert detector.needs_ner
    assert {"PERSON", "LOCATION", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "ZIP_CODE", "AGE"} <= (
        detector.supported_entities
    )


def test_when_only_pattern_entities_requested_then_spacy_model_is_never_loaded(monkeypatch):
    def no_model(*args, **kwargs):
        raise AssertionError("spacy.load called although no NER entity was requested")

    monkeypatch.setattr(spacy, "load", no_model)
    detector = Detector.build(DetectionConfig(entities=("EMAIL_ADDRESS", "PHONE_NUMBER")))
    assert not detector.needs_ner
    assert detector.supported_entities == {"EMAIL_ADDRESS", "PHONE_NUMBER"}
    [spans] = detector.detect(["John Smith: john@example.com, 212-555-0199"])
    assert [s.entity_type for s in spans] == ["EMAIL_ADDRESS", "PHONE_NUMBER"]


def test_when_an_ner_entity_is_requested_then_ner_runs():
    detector = build_detector(DetectionConfig(entities=("PERSON",)))
    assert detector.needs_ner
    [spans] = detector.detect(["John Smith wrote to john@example.com"])
    assert [(s.entity_type, s.start, s.end) for s in spans] == [("PERSON", 0, 10)]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (DetectionConfig(model="xx_no_such_model"), "spaCy model 'xx_no_such_model' is not installed: pip install xx_no_such_model"),  # typo in model name
        (DetectionConfig(entities=("EMAIL",)), "unknown entity type(s) EMAIL"),  # entity name typo
        (DetectionConfig(language="zz", entities=("EMAIL_ADDRESS",)), "spaCy has no language 'zz'"),  # bad language code
    ],
)
def test_when_config_is_wrong_then_detection_error_says_how_to_fix(config, message):
    with pytest.raises(DetectionError) as caught:
        Detector.build(config)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_when_model_is_missing_but_ner_not_needed_then_detector_builds():
    detector = Detector.build(DetectionConfig(model="xx_no_such_model", entities=("EMAIL_ADDRESS",)))
    assert not detector.needs_ner


def test_when_deny_list_given_then_phrases_are_found_whatever_their_case():
    config = DetectionConfig(
        entities=("PROJECT_CODENAME",), deny_lists={"PROJECT_CODENAME": ["Bluebird", "Red Falcon"]}
    )
    text = "The bluebird launch slipped; RED FALCON is next, not Bluebirds."
    [spans] = build_detector(config).detect([text])
    assert [(text[s.start : s.end], s.entity_type, s.recognizer) for s in spans] == [
        ("bluebird", "PROJECT_CODENAME", "DenyList_PROJECT_CODENAME"),
        ("RED FALCON", "PROJECT_CODENAME", "DenyList_PROJECT_CODENAME"),
    ]


def test_when_deny_list_entity_is_not_in_entities_then_it_is_still_detected():
    config = DetectionConfig(entities=("EMAIL_ADDRESS",), deny_lists={"PROJECT_CODENAME": ["Bluebird"]})
    detector = build_detector(config)
    assert detector.supported_entities == {"EMAIL_ADDRESS", "PROJECT_CODENAME"}
    [spans] = detector.detect(["Bluebird: ops@example.com"])
    assert [s.entity_type for s in spans] == ["PROJECT_CODENAME", "EMAIL_ADDRESS"]


def test_when_allow_list_given_then_those_values_are_never_reported():
    config = DetectionConfig(entities=("EMAIL_ADDRESS",), allow_list=("support@example.com",))
    text = "Write to support@example.com or jane@example.org."
    [spans] = build_detector(config).detect([text])
    assert [text[s.start : s.end] for s in spans] == ["jane@example.org"]


def test_when_same_config_asked_twice_then_one_detector_is_shared():
    first = build_detector(DetectionConfig(entities=["EMAIL_ADDRESS"]))  # a list, as YAML gives
    second = build_detector(DetectionConfig(entities=("EMAIL_ADDRESS",)))
    other = build_detector(DetectionConfig(entities=("EMAIL_ADDRESS",), score_threshold=0.5))
    assert first is second
    assert other is not first


def test_when_threads_build_at_once_then_they_share_one_detector():
    config = DetectionConfig(entities=("IP_ADDRESS",))
    built = []
    threads = [threading.Thread(target=lambda: built.append(build_detector(config))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 8 and all(d is built[0] for d in built)


class _ExplodingBackend:
    supported_entities = frozenset({"EMAIL_ADDRESS"})
    ner_loaded = False

    def analyze(self, texts):
        raise RuntimeError(f"could not parse {texts[0]!r}")


def test_when_engine_fails_then_detection_error_without_the_text():
    detector = Detector(DetectionConfig(), _ExplodingBackend())
    with pytest.raises(DetectionError) as caught:
        detector.detect(["secret jane@example.com"])
    assert "jane@example.com" not in str(caught.value)
    assert "RuntimeError" in str(caught.value)


def test_when_package_is_imported_then_nothing_heavy_is_loaded():
    code = "import sys, minimize.detection; print(sorted({'presidio_analyzer', 'spacy', 'tldextract'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"

"""Detection never touches the network, not even tldextract's suffix-list download."""
from __future__ import annotations

import tldextract
import tldextract.tldextract as tld_module

from minimize.detection import DetectionConfig, Detector


def test_when_network_is_blocked_then_the_guard_sees_tldextracts_download(no_network, tmp_path):
    # Control: a stock extractor with an empty cache does try to go online,
    # so the guard below would notice if detection let it.
    tldextract.TLDExtract(cache_dir=str(tmp_path))("https://www.example.com")
    assert no_network


def test_when_network_is_blocked_then_emails_are_still_found_without_trying_it(no_network, tmp_path, monkeypatch):
    # Start from a fresh, online-capable extractor, as in a new worker process.
    monkeypatch.setattr(tld_module, "TLD_EXTRACTOR", tldextract.TLDExtract(cache_dir=str(tmp_path)))
    detector = Detector.build(DetectionConfig(entities=("EMAIL_ADDRESS",)))
    text = "Write to jane.doe@example.co.uk or bob@mail.example.com."
    [spans] = detector.detect([text])
    assert [text[s.start : s.end] for s in spans] == ["jane.doe@example.co.uk", "bob@mail.example.com"]
    assert no_network == []


def test_when_detector_runs_ner_offline_then_no_connection_is_tried(detector, no_network):
    [spans] = detector.detect(["Jane Doe (jane@example.org) lives in Boston, zip 02110."])
    assert {"PERSON", "EMAIL_ADDRESS", "LOCATION", "ZIP_CODE"} <= {s.entity_type for s in spans}
    assert no_network == []


def test_when_the_word_segmenters_load_offline_then_no_connection_is_tried(no_network):
    # a fresh load: jieba, Janome and Kiwi read their dictionaries and model from their packages
    from minimize.detection import segmenters

    for loader in (segmenters._jieba, segmenters._janome, segmenters._kiwi):
        loader.cache_clear()
    found = [segmenters.names(text) for text in ("张伟和王芳昨天去了北京。", "田中太郎は東京に住んでいます。", "김민수는 서울에 삽니다.")]
    assert all(found)
    assert no_network == []

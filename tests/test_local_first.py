"""Nothing leaves the machine: detectors build and records are minimized with every socket blocked."""
from __future__ import annotations

import socket

import pytest
import tldextract
import tldextract.tldextract as tld_module

from minimize.detection import Detector
from minimize.engine import Engine
from minimize.policy import compile_policy
from minimize.types import Record

POLICY = compile_policy(
    {
        "mode": "strict",
        "fields": {
            "id": {"action": "keep"},
            "customer_id": {"action": "hash", "length": 16, "prefix": "cust_"},
            "full_name": {"action": "synthesize", "entity": "PERSON"},
            "email": {"action": "synthesize", "entity": "EMAIL_ADDRESS"},
            "notes": {"action": "scan"},
        },
        "entities": {
            "PERSON": {"action": "synthesize"},
            "EMAIL_ADDRESS": {"action": "hash", "length": 12},
            "PHONE_NUMBER": {"action": "mask", "keep_last": 2},
            "DEFAULT": {"action": "placeholder"},
        },
        "detection": {"packs": ["recognizers/core.yaml"]},
    }
)

RECORDS = [
    Record(
        "c-1",
        {
            "id": "c-1",
            "customer_id": "ACME-000123",
            "full_name": "Jane Doe",
            "email": "jane.doe@example.com",
            "notes": "Spoke with Jane Doe; call back on (415) 555-0123 or write to jane.doe@example.com.",
            "internal_score": 0.82,
        },
        "customers.jsonl",
        1,
    ),
    Record(
        "c-2",
        {
            "id": "c-2",
            "customer_id": "ACME-000456",
            "full_name": "Robert Brown",
            "email": "rbrown@mail.example.org",
            "notes": "Robert Brown asked us to use +1 212 555 0199 from now on.",
        },
        "customers.jsonl",
        2,
    ),
]
RAW = ["ACME-000123", "ACME-000456", "Jane Doe", "jane.doe@example.com", "555-0123",
       "Robert Brown", "rbrown@mail.example.org", "555 0199"]  # fmt: skip


def assert_minimized(result) -> None:
    assert result.failures == []
    assert [r.record_id for r, _ in result.records] == ["c-1", "c-2"]
    output = repr([data for _, data in result.records])
    for raw in RAW:
        assert raw not in output, raw
    first = result.records[0][1]
    assert first["customer_id"].startswith("cust_") and len(first["customer_id"]) == len("cust_") + 16
    assert "internal_score" not in first  # strict mode dropped the unnamed field
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"} <= {e.entity_type for e in result.audit if e.start is not None}


@pytest.fixture
def fresh_tldextract(monkeypatch, tmp_path):
    """An online-capable suffix-list extractor with an empty cache, as in a new worker."""
    monkeypatch.setattr(tld_module, "TLD_EXTRACTOR", tldextract.TLDExtract(cache_dir=str(tmp_path)))


@pytest.mark.parametrize(
    "call",
    [
        lambda: socket.create_connection(("example.com", 443), timeout=1),  # the usual client path
        lambda: socket.getaddrinfo("example.com", 443),  # a DNS lookup
        lambda: socket.socket().connect(("93.184.216.34", 80)),  # a raw connect to an address
    ],
)
def test_when_network_is_blocked_then_the_guard_refuses_and_records_the_attempt(no_network, call):
    with pytest.raises(OSError, match="network disabled in tests"):
        call()
    assert len(no_network) == 1


def test_when_network_is_blocked_then_records_are_minimized_with_the_session_detector(no_network, detector, key):
    result = Engine(POLICY, key, detector=detector).minimize(RECORDS)
    assert_minimized(result)
    assert no_network == []


def test_when_network_is_blocked_then_a_fresh_detector_builds_and_minimizes_offline(no_network, fresh_tldextract, key):
    detector = Detector.build(POLICY.detection)  # not the cached one: spaCy, Presidio and packs load here
    assert detector.needs_ner
    result = Engine(POLICY, key, detector=detector).minimize(RECORDS)
    assert_minimized(result)
    assert no_network == []


def test_when_network_is_blocked_then_the_engine_builds_its_own_detector_offline(no_network, fresh_tldextract, key):
    # a detection config no other test uses, so build_detector really builds here
    policy = compile_policy(
        {
            "mode": "standard",
            "detection": {"entities": ["EMAIL_ADDRESS", "PHONE_NUMBER"], "score_threshold": 0.37},
            "entities": {"EMAIL_ADDRESS": {"action": "hash"}, "PHONE_NUMBER": {"action": "redact"}},
        }
    )
    engine = Engine(policy, key)  # no detector given: built lazily on first use
    result = engine.minimize([Record("m-1", {"body": "Mail ann@example.co.uk or ring (415) 555-0123."})])
    [(_, data)] = result.records
    assert "ann@example.co.uk" not in data["body"] and "555-0123" not in data["body"]
    assert no_network == []

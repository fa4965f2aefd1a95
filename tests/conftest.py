"""Shared session fixtures: keys, one heavy detector per session, and a network guard."""
from __future__ import annotations

import socket

import pytest

from minimize.detection import DetectionConfig, build_detector
from minimize.keys import SecretKey

#: the default detector (spaCy NER + Presidio's recognizers) plus the core pack
FULL_CONFIG = DetectionConfig(packs=("recognizers/core.yaml",))


@pytest.fixture(scope="session")
def key() -> SecretKey:
    return SecretKey(b"k" * 32, "test")


@pytest.fixture(scope="session")
def other_key() -> SecretKey:
    return SecretKey(b"o" * 32, "test-other")


@pytest.fixture(scope="session")
def detector():
    return build_detector(FULL_CONFIG)


class NetworkAttempts(list):
    """Every connect / DNS lookup tried while the guard is on (each one also fails)."""


@pytest.fixture
def no_network(monkeypatch) -> NetworkAttempts:
    attempts = NetworkAttempts()

    def refuse(what):
        def blocked(*args, **kwargs):
            attempts.append(what)
            raise OSError(f"network disabled in tests ({what})")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    return attempts

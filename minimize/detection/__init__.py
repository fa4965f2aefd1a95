"""PII detection: Presidio engine built from explicit config, recognizer packs, batch detection.

    detector = build_detector(DetectionConfig(entities=("EMAIL_ADDRESS",)))
    detector.detect(["mail jane@example.com"])   # [[Span("EMAIL_ADDRESS", 5, 21, 1.0, "EmailRecognizer")]]

Nothing heavy happens at import time: Presidio and spaCy load in `build_detector`.
"""
from __future__ import annotations

import threading

from minimize.detection.config import DEFAULT_MODEL, DetectionConfig
from minimize.detection.detector import Detector
from minimize.detection.packs import read_pack, resolve_pack
from minimize.detection.speed import bounded_vocab

__all__ = ["DEFAULT_MODEL", "DetectionConfig", "Detector", "build_detector", "clear_detector_cache", "preflight"]

_detectors: dict[tuple, Detector] = {}
_build_lock = threading.Lock()


def build_detector(config: DetectionConfig | None = None) -> Detector:
    """The process-wide Detector for `config`, built on first use and shared after.

    Keyed by the config and the resolved pack files, since relative pack paths
    depend on the current directory. Threads asking at once get the same one.
    """
    config = config or DetectionConfig()
    key = (config, tuple(resolve_pack(name) for name in config.packs))
    detector = _detectors.get(key)
    if detector is None:
        with _build_lock:
            detector = _detectors.get(key)
            if detector is None:
                detector = bounded_vocab(Detector.build(config))  # spaCy memory freed per batch
                _detectors[key] = detector
    return detector


def preflight(config: DetectionConfig) -> None:
    """Cheap start-up checks (packs exist, the spaCy model is installed), so that a
    typo fails the job in one line instead of rejecting every record on the workers."""
    import importlib.util

    from minimize.errors import DetectionError

    for name in config.packs:
        read_pack(resolve_pack(name))  # a missing pack, bad YAML or a catastrophic regex fails here
    if importlib.util.find_spec(config.model) is None:
        raise DetectionError(
            f"spaCy model '{config.model}' is not installed: pip install it, or set detection.model "
            f"to an installed pipeline (default {DEFAULT_MODEL})"
        )


def clear_detector_cache() -> None:
    """Forget built detectors (tests; or to reload edited packs)."""
    with _build_lock:
        _detectors.clear()

"""Keep third-party libraries used by detection off the network.

Presidio's EmailRecognizer validates domains with `tldextract.extract`, whose
module-level extractor fetches the public suffix list over HTTP on first use in
every process (and only then falls back to its bundled snapshot). `extract`
reads the module global `TLD_EXTRACTOR` at call time, so replacing that global
with an extractor that has no URLs and no disk cache makes every caller offline.
"""
from __future__ import annotations

import threading

import tldextract
import tldextract.tldextract as _tld_module

_lock = threading.Lock()


def make_tldextract_offline() -> None:
    """Point `tldextract.extract` at the bundled suffix-list snapshot (idempotent)."""
    with _lock:
        if getattr(_tld_module.TLD_EXTRACTOR, "_minimize_offline", False):
            return
        extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        extractor._minimize_offline = True  # marks our instance, so we patch once
        _tld_module.TLD_EXTRACTOR = extractor

"""The secret key and the keyed digests made from it.

The key comes from the environment (`env:NAME`, default `env:MINIMIZE_KEY`) or
a file (`file:PATH`), never from the command line or the policy itself. It is
never printed: `SecretKey.__repr__` hides it. Changing the key unlinks every
hash, pseudonym and date shift made with the old one.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path
from typing import Mapping

from minimize.errors import SecretKeyError

DEFAULT_SOURCE = "env:MINIMIZE_KEY"
MIN_KEY_BYTES = 32
DIGEST_PREFIX = "hmac-sha256:"
_SEP = b"\x1f"  # unit separator: parts can never run into each other


class SecretKey:
    """An HMAC-SHA256 key. Digests are domain-separated by their first part."""

    __slots__ = ("_secret", "source")

    def __init__(self, secret: bytes, source: str = "inline"):
        if len(secret) < MIN_KEY_BYTES:
            raise SecretKeyError(
                f"key from {source} is {len(secret)} bytes; at least {MIN_KEY_BYTES} are required "
                f"(generate one with: python -c 'import secrets; print(secrets.token_hex(32))')"
            )
        self._secret = secret
        self.source = source

    def digest(self, *parts: object) -> bytes:
        message = _SEP.join(str(p).encode("utf-8", "surrogatepass") for p in parts)
        return hmac.new(self._secret, message, hashlib.sha256).digest()

    def value_digest(self, value: object) -> str:
        """The audit trail's digest of an original value (see `audit find`).

        Normalised (trimmed, case-folded) so that a subject's `Alice@Example.com`
        finds the `alice@example.com` the data held.
        """
        return DIGEST_PREFIX + self.digest("audit", normalize_value(value)).hex()

    def __repr__(self) -> str:
        return f"SecretKey(source={self.source!r})"

    __str__ = __repr__


def normalize_value(value: object) -> str:
    return " ".join(str(value).split()).casefold()


def load_key(source: str | None = None, environ: Mapping[str, str] | None = None) -> SecretKey:
    """Read the key named by `source` (`env:NAME` or `file:PATH`)."""
    source = source or DEFAULT_SOURCE
    environ = os.environ if environ is None else environ
    kind, _, name = source.partition(":")
    if kind == "env" and name:
        raw = environ.get(name)
        if not raw:
            raise SecretKeyError(
                f"no key: set the environment variable {name} to a secret of at least "
                f"{MIN_KEY_BYTES} bytes (hashing and pseudonyms refuse to run unkeyed)"
            )
        return SecretKey(raw.encode("utf-8"), source)
    if kind == "file" and name:
        path = Path(name).expanduser()
        try:
            raw_bytes = path.read_bytes().strip()
        except OSError as exc:
            raise SecretKeyError(f"cannot read key file {path}: {exc.strerror}") from None
        return SecretKey(raw_bytes, source)
    raise SecretKeyError(f"key source must be 'env:NAME' or 'file:PATH', got '{source}'")


def unkeyed(*_parts: object) -> bytes:
    """Stand-in digest for runs without a key: keyed operators refuse to run."""
    raise SecretKeyError(
        "this policy hashes or pseudonymises values but no key is configured: set MINIMIZE_KEY "
        "or the policy's `key:` (unkeyed hashes of emails and phones are reversible by guessing)"
    )

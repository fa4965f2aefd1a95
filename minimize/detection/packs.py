"""Recognizer packs: find and read `recognizers/*.yaml` files (Presidio's YAML format).

A relative pack path is looked up first in the current directory, then in the
project root (the folder holding the `minimize` package), so the shipped
`recognizers/core.yaml` works from any directory in a source checkout. An
absolute path is used as it is. The recognizers themselves are validated and
built in `presidio.py`; this module only deals with files.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from minimize.detection import regex_guard
from minimize.errors import DetectionError

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Pack:
    path: Path
    data: dict[str, Any]


def resolve_pack(name: str) -> Path:
    """The absolute path of a pack named in `detection.packs`."""
    path = Path(name).expanduser()
    candidates = [path] if path.is_absolute() else [Path.cwd() / path, PROJECT_ROOT / path]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve()
    looked = ", ".join(str(c) for c in dict.fromkeys(candidates))
    raise DetectionError(
        f"recognizer pack '{name}' not found (looked in {looked}); fix the path in detection.packs"
    )


def read_pack(path: Path) -> Pack:
    """Parse a pack file; its shape is checked here, its recognizers by Presidio's schema."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DetectionError(f"recognizer pack {path}: cannot read it ({exc})") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise DetectionError(f"recognizer pack {path}: invalid YAML{where}: {problem}") from exc
    recognizers = data.get("recognizers") if isinstance(data, dict) else None
    if not isinstance(recognizers, list) or not recognizers:
        raise DetectionError(
            f"recognizer pack {path}: expected a mapping with a non-empty 'recognizers' list "
            "(Presidio's YAML recognizer format)"
        )
    regex_guard.check_pack(path, data)  # no pattern that can backtrack catastrophically
    return Pack(path=path, data=data)

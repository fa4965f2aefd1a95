"""Field paths: `contact.email` names a nested key, `tags[]` every element of a list.

A *concrete* path names one value in one record (`tags[2]`, the contract's
spelling in findings and audit events); its *pattern* replaces indexes with
`[]` (`tags[]`), which is how policies name fields.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

_INDEX = re.compile(r"\[\d+\]")
_PART = re.compile(r"^[^.\[\]]+(\[\])*$")


def pattern_of(concrete: str) -> str:
    return _INDEX.sub("[]", concrete)


def child(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


def element(parent: str, index: int | None) -> str:
    return f"{parent}[{'' if index is None else index}]"


def is_valid_pattern(path: str) -> bool:
    return bool(path) and all(_PART.match(part) for part in path.split("."))


def prefixes(patterns: Iterable[str]) -> frozenset[str]:
    """Every proper ancestor of each pattern: `a.b[].c` -> {a, a.b, a.b[]}."""
    out: set[str] = set()
    for pattern in patterns:
        parts = pattern.split(".")
        for i, part in enumerate(parts):
            head = ".".join(parts[:i])
            name = part.split("[")[0]
            node = child(head, name)
            out.add(node)
            for _ in range(part.count("[]")):
                node += "[]"
                out.add(node)
        out.discard(pattern)
    return frozenset(out)


def get(record: Mapping[str, Any], path: str) -> Any:
    """Value at a dotted path of plain keys (no indexes); None when absent."""
    node: Any = record
    for key in path.split("."):
        if not isinstance(node, Mapping) or key not in node:
            return None
        node = node[key]
    return node

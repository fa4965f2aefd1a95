"""Compile a policy once: YAML -> validated spec -> field/entity -> operator instances.

Every mistake becomes one `PolicyError` line that names the YAML path and says
how to fix it, e.g. `fields.zip.keep_digits: must be 1-5, got 9`.
"""
from __future__ import annotations

import hashlib
import json
import re
import reprlib
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import yaml
from pydantic import ValidationError

from minimize import paths
from minimize.detection.config import DEFAULT_PACKS, DetectionConfig
from minimize.errors import PolicyError
from minimize.operators import OPERATORS, Operator, build_operator
from minimize.policy.schema import PolicySpec, RuleSpec

SCAN = "scan"
DEFAULT_ENTITY = "DEFAULT"
#: strict favours recall (a missed name is worse than a replaced word),
#: permissive favours precision. Measured with bench/detection_quality.py on the
#: hand-written set and a synth set: from 0.2 to 0.4 nothing changes (our scores
#: sit either above 0.4 or, for weak patterns without their context word, far
#: below); 0.5 drops lowercase-chat names and bare national phone numbers (leak
#: rate 6% -> 8% and 6% -> 12%); 0.6 loses more (12% / 14%) at the same precision.
MODE_THRESHOLDS = {"strict": 0.3, "standard": 0.4, "permissive": 0.5}
_ENTITY_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")


@dataclass(frozen=True)
class Rule:
    """A compiled rule; `name` is its YAML path, quoted in audit events."""

    name: str
    action: str
    operator: Operator | None  # None for `scan`
    entity: str | None = None
    why: str | None = None

    @property
    def params(self) -> dict[str, Any]:
        return self.operator.describe() if self.operator is not None else {}


@dataclass(frozen=True)
class CompiledPolicy:
    spec: PolicySpec
    detection: DetectionConfig
    fields: Mapping[str, Rule]
    entities: Mapping[str, Rule]
    default_entity: Rule
    field_prefixes: frozenset[str]
    digest: str
    source: str = "<policy>"

    @property
    def mode(self) -> str:
        return self.spec.mode

    @property
    def id_field(self) -> str:
        return self.spec.id_field

    @property
    def key_source(self) -> str:
        return self.spec.key

    def entity_rule(self, entity: str) -> Rule:
        return self.entities.get(entity, self.default_entity)

    @property
    def needs_key(self) -> bool:
        rules = [*self.fields.values(), *self.entities.values(), self.default_entity]
        return any(r.operator is not None and r.operator.keyed for r in rules)

    @property
    def needs_detection(self) -> bool:
        return self.mode == "standard" or any(r.action == SCAN for r in self.fields.values())


def read_yaml(path: str | Path, what: str = "policy") -> Any:
    """A YAML file's data; a missing file or bad YAML is one PolicyError line (with the line number)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"cannot read {what} {path}: {exc.strerror}") from None
    return parse_yaml(text, str(path))


def parse_yaml(text: str, source: str) -> Any:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise PolicyError(f"{source}{where}: {problem}") from None
    _check_size(data, source)
    return data


def load_policy(path: str | Path) -> CompiledPolicy:
    return compile_policy(read_yaml(path), source=str(path))


def load_policy_text(text: str, source: str = "<policy>") -> CompiledPolicy:
    """Compile a policy from its YAML text (a copy kept beside a run's output, say)."""
    return compile_policy(parse_yaml(text, source), source=source)


#: values a policy may hold once YAML aliases are expanded (a real one has a few hundred)
MAX_POLICY_VALUES = 100_000


def _check_size(data: Any, source: str) -> None:
    """Refuse an alias bomb (`&a [x, x, ...]`, `[*a, *a, ...]` nested): expanded, it would
    take minutes and gigabytes to validate. Stops counting at the limit."""
    stack, seen = [data], 0
    while stack:
        value = stack.pop()
        seen += 1
        if seen > MAX_POLICY_VALUES:
            raise PolicyError(
                f"{source}: more than {MAX_POLICY_VALUES:,} values once YAML aliases are expanded; "
                "a policy this large is a mistake (or an alias bomb)"
            )
        if isinstance(value, Mapping):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)


def compile_policy(data: Any, source: str = "<policy>") -> CompiledPolicy:
    if not isinstance(data, Mapping):
        raise PolicyError(f"{source}: a policy is a mapping with keys version, mode, fields, entities ...")
    try:
        spec = PolicySpec.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(f"{source}: {first_error(exc)}") from None
    try:
        return _compile(spec, source)
    except PolicyError as exc:
        raise PolicyError(f"{source}: {exc}") from None


def _compile(spec: PolicySpec, source: str) -> CompiledPolicy:
    fields: dict[str, Rule] = {}
    for path, rule in spec.fields.items():
        if not paths.is_valid_pattern(path):
            raise PolicyError(
                f"fields.{path}: not a field path (write a.b for nested keys, tags[] for list elements)"
            )
        fields[path] = _rule(f"fields.{path}", rule, allow_scan=True)
    entities: dict[str, Rule] = {}
    for entity, rule in spec.entities.items():
        if not _ENTITY_NAME.match(entity):
            raise PolicyError(
                f"entities.{entity}: entity types are UPPER_SNAKE like PERSON or EMAIL_ADDRESS"
            )
        entities[entity] = _rule(f"entities.{entity}", rule, allow_scan=False, entity=entity)
    default = entities.pop(DEFAULT_ENTITY, None) or Rule(
        f"entities.{DEFAULT_ENTITY}", "placeholder", build_operator("placeholder", {})
    )
    det = spec.detection
    detection = DetectionConfig(
        model=det.model,
        language=det.language,
        score_threshold=(
            det.score_threshold if det.score_threshold is not None else MODE_THRESHOLDS[spec.mode]
        ),
        entities=tuple(det.entities) if det.entities is not None else None,
        packs=tuple(det.packs) if det.packs is not None else DEFAULT_PACKS,
        deny_lists=tuple((k, tuple(v)) for k, v in sorted(det.deny_lists.items())),
        allow_list=tuple(det.allow_list),
        chunk_size=det.chunk_size,
        chunk_overlap=min(det.chunk_overlap, det.chunk_size // 2),
    )
    return CompiledPolicy(
        spec=spec,
        detection=detection,
        fields=MappingProxyType(fields),
        entities=MappingProxyType(entities),
        default_entity=default,
        field_prefixes=paths.prefixes(fields),
        digest=policy_digest(spec),
        source=source,
    )


def _rule(where: str, spec: RuleSpec, allow_scan: bool, entity: str | None = None) -> Rule:
    action = spec.action
    if action == SCAN:
        if not allow_scan:
            raise PolicyError(f"{where}.action: 'scan' applies to fields; pick an operator for an entity")
        if spec.params:
            raise PolicyError(f"{where}.{sorted(spec.params)[0]}: 'scan' takes no parameters")
        return Rule(where, SCAN, None, spec.entity, spec.why)
    if action not in OPERATORS:
        message = OPERATORS.unknown_message(action).replace("(known: ", "(known: scan, ")
        raise PolicyError(f"{where}.action: {message}")
    params = spec.params
    if action == "synthesize" and spec.entity and "entity" not in params:
        params["entity"] = spec.entity  # a field's entity tells synthesize what to fake
    try:
        operator = build_operator(action, params)
    except PolicyError as exc:
        raise PolicyError(f"{where}.{exc}") from None
    except (TypeError, ValueError) as exc:
        raise PolicyError(f"{where}: invalid parameters for '{action}' ({exc})") from None
    return Rule(where, action, operator, spec.entity or entity, spec.why)


def policy_digest(spec: PolicySpec) -> str:
    canonical = json.dumps(spec.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


_SHORT = reprlib.Repr()
_SHORT.maxstring = _SHORT.maxother = 80


def first_error(exc: ValidationError) -> str:
    errors = exc.errors()
    err = errors[0]
    loc = ".".join(str(part) for part in err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        message = "unknown key (check the spelling; see the policy reference in README.md)"
    elif kind == "missing":
        message = "required" + (" (write {action: NAME, ...})" if loc.endswith(".action") else "")
    elif kind == "model_type" and len(err["loc"]) == 2 and err["loc"][0] in ("fields", "entities"):
        message = f"a rule is a mapping: write {{action: {err.get('input')}}}"
    elif kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        message = f"must be {expected}, got {err.get('input')!r}"
    else:
        message = err["msg"].removeprefix("Value error, ")
        secret = err["loc"][:1] == ("key",)  # never echo what may be an inline secret
        if not secret and (kind.endswith(("_type", "_parsing")) or kind.startswith(("greater", "less"))):
            message += f", got {_SHORT.repr(err.get('input'))}"  # bounded: the input may be huge
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{loc or 'policy'}: {message}{more}"

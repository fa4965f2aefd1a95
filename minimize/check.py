"""`minimize check`: validate a policy or job spec and say what it does to each field.

Also warns about weak choices a privacy officer would question: a `keep` on a
field whose name suggests PII, an untruncated `hash` of a low-entropy value
(a hashed 5-digit zip is reversed by trying all 100,000), and noise with a
large epsilon (little noise).
"""
from __future__ import annotations

import re

from minimize.policy import CompiledPolicy, Rule, load_policy

PII_NAME = re.compile(r"(e-?mail|phone|mobile|ssn|social|name|address|street|dob|birth|passport|licen[cs]e|iban|card)", re.I)
LOW_ENTROPY_NAME = re.compile(r"(zip|postal|postcode|age|dob|birth|gender|sex|year|state|country)", re.I)
UNNAMED = {
    "strict": "dropped (strict mode keeps only the fields named here)",
    "standard": "string values scanned for PII and entity rules applied; other values kept",
    "permissive": "kept unchanged",
}


def warnings(policy: CompiledPolicy) -> list[str]:
    out = []
    for path, rule in policy.fields.items():
        if rule.action == "keep" and PII_NAME.search(path):
            out.append(f"fields.{path}: 'keep' on a field whose name suggests PII; hash, generalize or synthesize it")
        if rule.action == "hash" and LOW_ENTROPY_NAME.search(path):
            out.append(
                f"fields.{path}: a hash of a low-entropy value is reversible by trying every value "
                f"(a 5-digit zip has only 100,000); generalize it instead"
            )
        if rule.action == "noise" and rule.params.get("epsilon", 0) > 10:
            out.append(f"fields.{path}: noise with epsilon {rule.params['epsilon']} > 10 adds almost no protection")
    return out


def rows(policy: CompiledPolicy) -> list[tuple[str, str, str, str, str]]:
    def params(rule: Rule) -> str:
        shown = {k: v for k, v in rule.params.items() if v not in (None, "", (), [])}
        return ", ".join(f"{k}={v}" for k, v in shown.items())

    table = [(f, r.action, params(r), r.entity or "", r.why or "") for f, r in policy.fields.items()]
    table.append(("(unnamed fields)", {"strict": "drop", "standard": "scan", "permissive": "keep"}[policy.mode],
                  "", "", UNNAMED[policy.mode]))
    for entity, rule in [*policy.entities.items(), ("DEFAULT", policy.default_entity)]:
        table.append((f"entity {entity}", rule.action, params(rule), entity, rule.why or ""))
    return table


def format_table(header: tuple[str, ...], body: list[tuple]) -> str:
    widths = [max(len(str(row[i])) for row in [header, *body]) for i in range(len(header))]
    lines = ["  ".join(str(cell).ljust(w) for cell, w in zip(row, widths)).rstrip() for row in [header, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def check_command(path: str) -> int:
    from minimize.job import is_job_spec, load_job

    if is_job_spec(path):
        spec, job = load_job(path)
        print(f"job {spec.name}: {job.input} -> {job.output} (runner {job.runner})")
        policy = load_policy(job.policy_path)
    else:
        policy = load_policy(path)
    print(f"policy {policy.source}  mode={policy.mode}  id_field={policy.id_field}  key={policy.key_source}")
    print(f"digest {policy.digest}")
    d = policy.detection
    print(f"detection: model={d.model} language={d.language} threshold={d.score_threshold} "
          f"packs={list(d.packs) or '-'} entities={list(d.entities) if d.entities else 'all'}")
    print()
    print(format_table(("field", "action", "parameters", "entity", "why"), rows(policy)))
    found = warnings(policy)
    if found:
        print()
        for line in found:
            print(f"warning: {line}")
    return 0

"""`minimize check`: validate a policy, job spec or synth job spec and say what it does to each field.

Also warns about weak choices a privacy officer would question: a `keep` on a
field whose name suggests PII (or on PERSON, EMAIL_ADDRESS ... found in text),
a `hash` of a low-entropy value left whole (a hashed 5-digit zip is reversed by
trying all 100,000: generalize it instead), and noise with epsilon above 10.
"""
from __future__ import annotations

import dataclasses
import re

from minimize.policy import CompiledPolicy, Rule, load_policy

#: words that, as a part of a field name, say it holds a direct identifier
PII_WORDS = {
    "email", "mail", "phone", "mobile", "cell", "tel", "telephone", "ssn", "social", "name", "fullname",
    "firstname", "lastname", "surname", "address", "street", "dob", "birth", "birthday", "birthdate",
    "passport", "license", "licence", "iban", "card", "ip",
}
#: `name` after these words names a thing, not a person (product_name, file_name)
NOT_A_PERSON = {"file", "product", "company", "business", "org", "organization", "organisation", "host",
                "domain", "server", "table", "column", "field", "event", "brand", "app", "category",
                "segment", "plan", "project", "city", "country", "state", "region", "item", "model"}
#: low-entropy kinds of value: (words in a field name, entities, how few values, what to do instead)
LOW_ENTROPY = [
    ({"zip", "zipcode", "postal", "postcode"}, {"ZIP_CODE"}, "a 5-digit zip has only 100,000",
     "{action: generalize, keep_digits: 3}"),
    ({"dob", "birth", "birthday", "birthdate"}, set(), "a birth date (110 years of days) has only about 40,000",
     "{action: generalize, to: year} (or to: age_band)"),
    ({"age"}, {"AGE"}, "an age has only about 120", "{action: generalize, bins: [0, 18, 30, 45, 65, 120]}"),
    ({"gender", "sex"}, set(), "a gender has only a handful of", "{action: keep} or {action: drop}"),
    ({"year"}, set(), "a year has only about 100", "{action: generalize, to: decade}"),
    ({"state", "province", "region"}, {"US_STATE"}, "a state has only about 50", "{action: keep} or {action: drop}"),
    ({"country"}, set(), "a country has only about 250", "{action: keep} or {action: drop}"),
]
#: entity rules that must not `keep`: these identify a person on their own
DIRECT_IDENTIFIERS = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE",
                      "US_PASSPORT", "US_DRIVER_LICENSE", "IP_ADDRESS", "ADDRESS"}
MAX_EPSILON = 10
UNNAMED = {
    "strict": "dropped (strict mode keeps only the fields named here)",
    "standard": "string values scanned for PII and entity rules applied; other values kept",
    "permissive": "kept unchanged",
}


def name_words(path: str) -> list[str]:
    """`contact.emailAddress`, `date_of_birth`, `tags[]` -> lower-case words."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", path)
    return [w for w in re.split(r"[^a-zA-Z0-9]+", spaced.lower()) if w]


def suggests_pii(path: str) -> str | None:
    """The word of the field's name that suggests it holds PII, if any."""
    words = name_words(path)
    for i, word in enumerate(words):
        if word == "name" and i and words[i - 1] in NOT_A_PERSON:
            continue
        if word in PII_WORDS or word.startswith(("email", "phone")):
            return word
    return None


def low_entropy(path: str, rule: Rule) -> tuple[str, str] | None:
    """(how few values, what to do instead) when the field holds a low-entropy value."""
    words = set(name_words(path))
    for names, entities, how_few, instead in LOW_ENTROPY:
        if words & names or rule.entity in entities:
            return how_few, instead
    return None


def warnings(policy: CompiledPolicy) -> list[str]:
    out = []
    for path, rule in policy.fields.items():
        word = suggests_pii(path) if rule.action == "keep" else None
        if word:
            out.append(f"fields.{path}: 'keep' on a field whose name suggests PII ('{word}'); "
                       f"synthesize, hash, generalize, mask or drop it")
        weak = low_entropy(path, rule) if rule.action == "hash" else None
        if weak:
            how_few, instead = weak
            out.append(
                f"fields.{path}: 'hash' of a low-entropy value is trivially reversible: {how_few} possible "
                f"values, so anyone who can hash with the key (or run this job) recovers each one by trying "
                f"them all, and a shorter hash does not help; generalize it instead: {instead}"
            )
        epsilon = rule.params.get("epsilon") if rule.action == "noise" else None
        if epsilon is not None and epsilon > MAX_EPSILON:
            scale = rule.params.get("sensitivity", 1.0) / epsilon
            out.append(
                f"fields.{path}: noise with epsilon {epsilon:g} > {MAX_EPSILON} adds almost no protection "
                f"(the mean change, sensitivity/epsilon, is only \u00b1{scale:g}); use epsilon 0.1-2 (smaller = more noise)"
            )
    for entity, rule in policy.entities.items():
        if rule.action == "keep" and entity in DIRECT_IDENTIFIERS:
            out.append(f"entities.{entity}: 'keep' leaves every {entity} found in text unchanged; "
                       f"synthesize, placeholder or redact it")
    return out


def format_param(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(format_param(v) for v in value) + "]"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def params_text(rule: Rule) -> str:
    """The parameters that differ from the operator's defaults (`keep_last=2`, not `char=*` too)."""
    defaults = {f.name: f.default for f in dataclasses.fields(rule.operator)} if rule.operator else {}
    shown = {k: v for k, v in rule.params.items() if v not in (None, "", (), []) and v != defaults.get(k)}
    return ", ".join(f"{k}={format_param(v)}" for k, v in shown.items())


def rows(policy: CompiledPolicy) -> list[tuple[str, str, str, str, str]]:
    table = [(f, r.action, params_text(r), r.entity or "", r.why or "") for f, r in policy.fields.items()]
    table.append(("(unnamed fields)", {"strict": "drop", "standard": "scan", "permissive": "keep"}[policy.mode],
                  "", "", UNNAMED[policy.mode]))
    for entity, rule in [*policy.entities.items(), ("DEFAULT", policy.default_entity)]:
        table.append((f"entity {entity}", rule.action, params_text(rule), entity, rule.why or ""))
    return table


def format_table(header: tuple[str, ...], body: list[tuple]) -> str:
    widths = [max(len(str(row[i])) for row in [header, *body]) for i in range(len(header))]
    lines = ["  ".join(str(cell).ljust(w) for cell, w in zip(row, widths)).rstrip() for row in [header, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def is_synth_spec(path: str) -> bool:
    from minimize.policy.compile import read_yaml

    try:
        data = read_yaml(path, "spec")
    except Exception:  # noqa: BLE001 - not readable as a synth spec: checked as a policy, which says why
        return False
    return isinstance(data, dict) and "schema" in data and "rows" in data and "policy" not in data


def synth_rows(fields: dict, prefix: str = "") -> list[tuple[str, str, str, str]]:
    """(field, kind of value, entity it is labeled as, null rate) for every field of a synth schema."""
    from minimize.synth.schema import KINDS

    out = []
    for name, spec in fields.items():
        path = f"{prefix}{name}"
        kind = next((k for k in KINDS if k != "entity" and getattr(spec, k) is not None), "entity")
        entity = spec.entity or ("(in text: labeled)" if spec.text is not None else "-")
        out.append((path, kind, entity, f"{spec.null_rate:g}" if spec.null_rate else "-"))
        if spec.object is not None:
            out.extend(synth_rows(spec.object, f"{path}."))
        if spec.list is not None:
            out.extend(synth_rows({"[]": spec.list.item}, path))
    return out


def check_synth(path: str) -> int:
    from minimize.synth.job import load_spec

    spec, schema = load_spec(path)
    print(f"synth job {spec.name}: {spec.rows:,} rows, seed {spec.seed}, {spec.format} -> {spec.output} "
          f"(runner {spec.runner}, {spec.workers} worker{'s' if spec.workers != 1 else ''})")
    print(f"schema {spec.schema_path}  locale={schema.locale}  id_field={schema.id_field}  "
          f"locales={dict(schema.locales) if schema.locales else '-'}")
    print("every value is generated: nothing real goes in, no key is needed")
    print()
    print(format_table(("field", "value", "labeled as", "null rate"), synth_rows(schema.fields)))
    return 0


def check_command(path: str) -> int:
    from minimize.job import is_job_spec, load_job

    if is_synth_spec(path):
        return check_synth(path)
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
    if is_job_spec(path):
        from minimize.columns_report import check_lines

        print()
        print("\n".join(check_lines(job.input, job.format, policy.id_field)))
    found = warnings(policy)
    if found:
        print()
        for line in found:
            print(f"warning: {line}")
    return 0

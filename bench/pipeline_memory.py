"""Peak memory and throughput of a whole `minimize run` as the input grows.

    .venv/bin/python bench/pipeline_memory.py                 # 50,000 and 200,000 records
    .venv/bin/python bench/pipeline_memory.py --sizes 20000 --workers 2

Generates customer records (structured fields plus a short note with an email
and a phone number), runs the CLI under `/usr/bin/time -v` and prints records/s
and peak RSS per size. Memory must not grow with the input: the pipeline
streams (no step holds the dataset). The policy scans notes for pattern
entities only, so the run measures the pipeline rather than spaCy's speed; pass
--ner to scan for names too (much slower).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POLICY = """
mode: strict
fields:
  id: {action: keep}
  customer_id: {action: hash, length: 16}
  full_name: {action: synthesize, entity: PERSON}
  email: {action: synthesize, entity: EMAIL_ADDRESS}
  phone: {action: mask, keep_last: 2}
  date_of_birth: {action: generalize, to: year}
  zip: {action: generalize, keep_digits: 3}
  salary: {action: noise, epsilon: 1.0, sensitivity: 1000, decimals: 0}
  segment: {action: keep}
  notes: {action: scan}
entities:
  DEFAULT: {action: placeholder}
"""
FIRST = ["Ana", "Bo", "Chen", "Dara", "Emeka", "Freya", "Gustavo", "Hana", "Ivan", "Jun"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Silva", "Haddad", "Kowalski"]


def make_input(path: Path, n: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            email = f"{first}.{last}{i}@example.com".lower()
            phone = f"415-555-{rnd.randrange(10000):04d}"
            record = {
                "id": f"c-{i}",
                "customer_id": f"CUST-{i:07d}",
                "full_name": f"{first} {last}",
                "email": email,
                "phone": phone,
                "date_of_birth": f"{rnd.randrange(1940, 2005)}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}",
                "zip": f"{rnd.randrange(100000):05d}",
                "salary": rnd.randrange(20000, 200000),
                "segment": rnd.choice(["retail", "smb", "enterprise"]),
                "internal_score": rnd.random(),
                "notes": f"Customer asked to be reached at {email} or {phone} after the order {i}.",
            }
            out.write(json.dumps(record) + "\n")


def run(input_path: Path, output: Path, policy: Path, workers: int) -> dict:
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "minimize", "run", "--policy", str(policy),
           "--input", str(input_path), "--output", str(output), "--overwrite", "--workers", str(workers)]
    started = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ})
    elapsed = time.monotonic() - started
    if proc.returncode != 0:
        sys.exit(f"run failed:\n{proc.stderr[-2000:]}")
    # /usr/bin/time reports the largest resident set of the process tree's biggest member
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1))
    summary = json.loads((output / "summary.json").read_text())
    return {"seconds": elapsed, "rss_mb": rss_kb / 1024, "summary": summary}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,200000")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--ner", action="store_true", help="also scan notes for names (spaCy NER)")
    args = parser.parse_args()
    os.environ.setdefault("MINIMIZE_KEY", "bench-key-0123456789abcdef0123456789abcdef")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        policy = tmp / "policy.yaml"
        text = POLICY
        if not args.ner:
            text += "detection:\n  entities: [EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, US_SSN]\n"
        policy.write_text(text)
        print(f"{'records':>9} {'seconds':>8} {'rec/s':>8} {'peak RSS MB':>12}  accounted")
        for n in [int(s) for s in args.sizes.split(",")]:
            data = tmp / f"in-{n}.jsonl"
            make_input(data, n)
            result = run(data, tmp / f"out-{n}", policy, args.workers)
            s = result["summary"]
            ok = s["records_in"] == n == s["records_out"] + s["records_rejected"] + s["records_suppressed"]
            print(f"{n:>9} {result['seconds']:>8.1f} {n / result['seconds']:>8.0f} {result['rss_mb']:>12.0f}  {ok}")


if __name__ == "__main__":
    main()

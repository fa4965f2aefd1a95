"""The output folder of a run: never looks complete unless it is.

On a local disk the job writes into a hidden sibling (`.DIR.incomplete-*`) and
renames it at the end. Object stores (s3://, gs://) have no rename: the job
writes in place and `summary.json` is written last, so a folder without
`summary.json` is incomplete; `verify` and `report` refuse it.
"""
from __future__ import annotations

import json
import os
import shutil
import uuid

from apache_beam.io.filesystems import FileSystems

from minimize.errors import OutputError

SUMMARY_FILE = "summary.json"


def is_remote(path: str) -> bool:
    return "://" in path


def join(folder: str, *parts: str) -> str:
    return FileSystems.join(folder, *parts) if is_remote(folder) else os.path.join(folder, *parts)


def _listing(folder: str) -> list[str]:
    try:
        result = FileSystems.match([join(folder, "**")])[0]
    except Exception as exc:  # BeamIOError: missing bucket, bad credentials ...
        raise OutputError(f"cannot list output {folder}: {_cause(exc)}") from None
    return [m.path for m in result.metadata_list]


def _cause(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    for marker in ("NoSuchBucket", "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "Forbidden",
                   "Could not connect", "EndpointConnectionError"):
        if marker in text:
            return marker
    return type(exc).__name__


def _work_prefix(final: str) -> str:
    """`.NAME.incomplete-`: the hidden siblings a local job writes into before the rename."""
    return f".{os.path.basename(os.path.abspath(final))}.incomplete-"


def remove_stale_work(final: str) -> list[str]:
    """Delete what killed jobs left beside `final`: only `.NAME.incomplete-PID-*` siblings of
    this very output whose process is gone (a running job's folder is left alone). Returns
    the names removed."""
    parent, prefix = os.path.dirname(os.path.abspath(final)), _work_prefix(final)
    removed = []
    try:
        names = os.listdir(parent)
    except OSError:
        return removed
    for name in names:
        if not name.startswith(prefix):
            continue
        pid = name[len(prefix) :].split("-", 1)[0]
        if pid.isdigit() and _alive(int(pid)):
            continue
        shutil.rmtree(os.path.join(parent, name), ignore_errors=True)
        removed.append(name)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


class OutputFolder:
    def __init__(self, final: str, overwrite: bool):
        self.final = final.rstrip("/") if is_remote(final) else final
        self.overwrite = overwrite
        self.work = self.final

    def prepare(self) -> str:
        """Check the folder may be written and return where the job writes."""
        if is_remote(self.final):
            existing = _listing(self.final)
            if existing and not self.overwrite:
                raise OutputError(f"{self.final} is not empty; pass --overwrite to replace it")
            if existing:
                FileSystems.delete(existing)
            self._probe()
            return self.final
        if os.path.exists(self.final):
            if not os.path.isdir(self.final):
                raise OutputError(f"{self.final} exists and is not a folder")
            if os.listdir(self.final) and not self.overwrite:
                raise OutputError(f"{self.final} is not empty; pass --overwrite to replace it")
        parent = os.path.dirname(os.path.abspath(self.final))
        try:
            os.makedirs(parent, exist_ok=True)
            remove_stale_work(self.final)
            name = f"{_work_prefix(self.final)}{os.getpid()}-{uuid.uuid4().hex[:8]}"
            self.work = os.path.join(parent, name)
            os.makedirs(self.work)
        except OSError as exc:
            raise OutputError(f"cannot create the output folder {self.final}: {exc.strerror}") from None
        return self.work

    def _probe(self) -> None:
        """Fail now, not after an hour of work, when the store refuses writes (no bucket, no rights)."""
        probe = join(self.final, ".minimize-write-probe")
        try:
            with FileSystems.create(probe) as f:
                f.write(b"probe")
            FileSystems.delete([probe])
        except Exception as exc:  # BeamIOError / S3ClientError / IOError
            raise OutputError(
                f"cannot write to {self.final}: {_cause(exc)} (does the bucket exist, and may these credentials write to it?)"
            ) from None

    def read_text(self, *parts: str) -> str:
        with FileSystems.open(join(self.work, *parts)) as f:
            return f.read().decode("utf-8")

    def delete(self, *parts: str) -> None:
        path = join(self.work, *parts)
        if is_remote(path):
            matched = FileSystems.match([path + "/**"])[0].metadata_list
            if matched:
                FileSystems.delete([m.path for m in matched])
        else:
            shutil.rmtree(path, ignore_errors=True)

    def publish(self, summary: dict) -> None:
        """Write summary.json last, then (locally) rename into place."""
        with FileSystems.create(join(self.work, SUMMARY_FILE)) as out:
            out.write((json.dumps(summary, indent=2, sort_keys=True) + "\n").encode("utf-8"))
        if not is_remote(self.final):
            # the old folder is renamed away (not deleted in place), so a kill at any
            # moment leaves either the old complete folder, or none, never half of one
            replaced = None
            if os.path.exists(self.final):
                replaced = self.work + ".replaced"
                os.rename(self.final, replaced)
            os.rename(self.work, self.final)
            if replaced:
                shutil.rmtree(replaced, ignore_errors=True)

    def abort(self) -> None:
        """Best effort: remove what the failed job wrote (it never looks complete anyway)."""
        try:
            if is_remote(self.final):
                written = _listing(self.final)
                if written:
                    FileSystems.delete(written)
            else:
                shutil.rmtree(self.work, ignore_errors=True)
        except Exception:  # noqa: BLE001 - cleanup must not hide the job's own error
            pass

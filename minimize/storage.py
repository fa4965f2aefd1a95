"""Files in a run folder, local or in an object store, through Beam's file systems.

Tools that read a finished run (report, audit find, verify) use these so that a
folder on `s3://` or `gs://` works as one on disk. A folder without
`summary.json` is incomplete (its job failed or still runs) and is refused.
"""
from __future__ import annotations

import io
import os
from typing import Iterator

from apache_beam.io.filesystems import FileSystems

from minimize.errors import InputError

SUMMARY_FILE = "summary.json"


def is_remote(path: str) -> bool:
    return "://" in path


def join(folder: str, *parts: str) -> str:
    return FileSystems.join(folder, *parts) if is_remote(folder) else os.path.join(folder, *parts)


def exists(path: str) -> bool:
    return FileSystems.exists(path)


def read_bytes(path: str) -> bytes:
    with FileSystems.open(path, compression_type="uncompressed") as f:
        return f.read()


def read_text(path: str) -> str:
    return read_bytes(path).decode("utf-8")


def write_bytes(path: str, data: bytes) -> None:
    """Write a whole file; on a local disk through a temporary name, so no reader sees half of it."""
    if is_remote(path):
        with FileSystems.create(path, compression_type="uncompressed") as out:
            out.write(data)
        return
    tmp = path + ".tmp"
    with open(tmp, "wb") as out:
        out.write(data)
    os.replace(tmp, path)


def files(folder: str, suffix: str = "") -> list[str]:
    """The files directly or deeper under `folder`, sorted, ending in `suffix`."""
    if not is_remote(folder) and not os.path.isdir(folder):
        return []
    matched = FileSystems.match([join(folder, "**")])[0].metadata_list
    return sorted(m.path for m in matched if m.path.endswith(suffix) and not m.path.endswith("/"))


def lines(path: str) -> Iterator[str]:
    """A text file's lines, streamed."""
    with FileSystems.open(path, compression_type="uncompressed") as raw:
        yield from io.TextIOWrapper(raw, encoding="utf-8")


def require_complete(folder: str) -> None:
    """Refuse a run folder without summary.json: its job failed or is still running."""
    if not exists(join(folder, SUMMARY_FILE)):
        raise InputError(
            f"{folder} has no {SUMMARY_FILE}: the run that wrote it did not finish (or this is not a "
            f"`minimize run` output folder); re-run the job"
        )

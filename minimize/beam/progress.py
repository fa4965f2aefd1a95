"""Progress of a long run on stderr: records, rate, elapsed, per worker process.

The CLI turns it on (MINIMIZE_PROGRESS=1) only when stderr is a terminal, so
logs and pipes get nothing. Counts only: never a value.
"""
from __future__ import annotations

import os
import sys
import time

ENV = "MINIMIZE_PROGRESS"
EVERY_SECONDS = 2.0


class Progress:
    def __init__(self):
        self.enabled = os.environ.get(ENV) == "1"
        self.started = self.last = time.monotonic()
        self.records = 0

    def add(self, n: int) -> None:
        if not self.enabled:
            return
        self.records += n
        now = time.monotonic()
        if now - self.last >= EVERY_SECONDS:
            self.last = now
            elapsed = now - self.started
            sys.stderr.write(
                f"minimize: worker {os.getpid()}: {self.records:,} records, "
                f"{self.records / elapsed:,.0f} rec/s, {elapsed:,.0f} s\n"
            )
            sys.stderr.flush()

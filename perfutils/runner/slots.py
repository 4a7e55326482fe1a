"""Worker slots: each concurrently running sandbox job gets its own unprivileged uid.

Process limits are per uid, and the runner kills every process of a slot's uid after each job,
so two jobs must never share a slot at the same time, even across processes (Ray workers,
parallel test runs). A slot is an exclusive `flock` on a file; it is released when the holder
exits, however it exits.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

MAX_SLOTS = 256
LOCK_DIR = Path(os.environ.get("PERFUTILS_SLOT_DIR", Path(tempfile.gettempdir()) / "perfutils-slots"))


@contextmanager
def slot_lease(timeout_s: float = 600.0):
    """Yield a free slot number, held exclusively until the block ends."""
    LOCK_DIR.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout_s
    while True:
        for slot in range(MAX_SLOTS):
            fd = os.open(LOCK_DIR / f"slot-{slot}.lock", os.O_CREAT | os.O_RDWR, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            try:
                yield slot
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"no free sandbox slot among {MAX_SLOTS} after {timeout_s} s")
        time.sleep(0.05)

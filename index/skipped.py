"""Statements the index could not take: recorded per generation, skipped, and named by ``index verify`` and
``/readyz`` until a later change (or a rebuild) indexes them.

One statement that breaks indexing must never stop the others: when a batch fails, its statements are
applied one by one, and each that still fails is written here (``INDEX_DIR/gen-*/skipped.json``) with the
reason, while the change-log position moves past it. Failures of the machine rather than of a statement
(a full or read-only disk) are not recorded: they stop the sync, and the next one retries everything.
"""

from __future__ import annotations

import errno
import fcntl
import json
from collections.abc import Iterable
from pathlib import Path

from .store import IndexStore, write_atomically

FILE = "skipped.json"
_MACHINE = {errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS, errno.EACCES, errno.EMFILE, errno.ENFILE}


def machine_trouble(exc: BaseException) -> bool:
    """Whether ``exc`` is the machine's fault (retry everything later), not one statement's."""
    return isinstance(exc, (MemoryError, KeyboardInterrupt, SystemExit)) or (
        isinstance(exc, OSError) and exc.errno in _MACHINE
    )


def reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]


class Skipped:
    """The skip record of one generation."""

    def __init__(self, store: IndexStore, generation: str) -> None:
        self.path: Path = store.path(generation) / FILE

    def read(self) -> dict[str, str]:
        """slug -> why it is not in the index."""
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def record(self, failed: dict[str, str], applied: Iterable[str] = ()) -> None:
        """Add ``failed`` and drop ``applied`` (indexed after all), under a lock shared with other processes."""
        applied = set(applied)
        if not failed and not (applied and self.path.exists()):
            return
        with open(self.path.with_name(FILE + ".lock"), "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                known = self.read()
                now = {slug: why for slug, why in known.items() if slug not in applied} | failed
                if now != known:
                    write_atomically(self.path, json.dumps(now, indent=1, sort_keys=True))
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

"""The index directory on disk: generations, the ``current`` pointer and each generation's applied position.

Layout::

    INDEX_DIR/current          one line: the name of the live generation (replaced atomically)
    INDEX_DIR/gen-<stamp>/     a Whoosh index plus ``position`` (the last change-log position it holds)
                               and ``format`` (the codec and analyzer it was written with)
    INDEX_DIR/rebuild.lock     held (fcntl) while a rebuild runs, so two rebuilds never race

A rebuild writes a new generation beside the live one and renames a new pointer into place; readers
notice on their next check and open the new one. The previous generation is kept until the next swap
so a search already holding it can finish. A generation whose ``format`` is not :data:`FORMAT` (an older
codec, or words analysed by other rules) is not :meth:`IndexStore.compatible`, and is rebuilt.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index

from .analysis import ANALYZER
from .files import PositionalStorage
from .ondisk import CODEC
from .schema import SCHEMA, build_schema

POINTER = "current"
POSITION = "position"
FORMAT_FILE = "format"
FORMAT = f"{CODEC} {ANALYZER} {SCHEMA}"


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so readers see the old or the new content, never a torn one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    try:
        fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class IndexStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def current(self) -> str | None:
        """Name of the live generation, or None when there is none yet (or its directory is gone)."""
        try:
            name = (self.root / POINTER).read_text(encoding="utf-8").strip()
        except (FileNotFoundError, NotADirectoryError):
            return None
        return name if name and (self.root / name).is_dir() else None

    def path(self, generation: str) -> Path:
        return self.root / generation

    def open(self, generation: str):
        """The Whoosh index of ``generation``; its files are read with ``pread`` (threads need no lock)."""
        return PositionalStorage(str(self.path(generation))).open_index()

    def create(self) -> str:
        """A new, empty generation directory (not yet live)."""
        self.root.mkdir(parents=True, exist_ok=True)
        name = f"gen-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        path = self.path(name)
        path.mkdir()
        whoosh_index.create_in(str(path), build_schema())
        write_atomically(path / FORMAT_FILE, FORMAT + "\n")
        self.write_position(name, 0)
        return name

    def format(self, generation: str) -> str | None:
        """The codec and analyzer ``generation`` was written with (None if it predates the record)."""
        try:
            return (self.path(generation) / FORMAT_FILE).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None

    def compatible(self, generation: str) -> bool:
        """Whether ``generation`` was written with this code's codec and analyzer."""
        return self.format(generation) == FORMAT

    def swap(self, generation: str) -> None:
        """Make ``generation`` live and delete all but it and the one it replaces."""
        previous = self.current()
        write_atomically(self.root / POINTER, generation + "\n")
        for child in self.root.glob("gen-*"):
            if child.name not in (generation, previous) and child.is_dir():
                shutil.rmtree(child, ignore_errors=True)

    def prune(self) -> int:
        """Delete every generation but the live one (``pressline index rebuild`` leaves no old copy behind);
        waits for a rebuild in progress, whose new generation is not live yet. Returns how many went."""
        with self.rebuild_lock():
            live = self.current()
            old = [child for child in self.root.glob("gen-*") if child.name != live and child.is_dir()]
            for child in old:
                shutil.rmtree(child, ignore_errors=True)
        return len(old)

    def position(self, generation: str) -> int:
        try:
            return int((self.path(generation) / POSITION).read_text(encoding="utf-8").strip() or 0)
        except (FileNotFoundError, ValueError):
            return 0

    def write_position(self, generation: str, position: int) -> None:
        write_atomically(self.path(generation) / POSITION, f"{position}\n")

    @contextmanager
    def rebuild_lock(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / "rebuild.lock", "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

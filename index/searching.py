"""One searcher per process, replaced by a freshly opened one when the index changes.

``Searcher.refresh()`` is never used: in Whoosh-Reloaded a refreshed searcher keeps returning deleted
documents. Instead, at most every ``interval`` seconds (or at once after this process commits), the pool
checks the ``current`` pointer and ``up_to_date()``; when stale it opens ``ix.searcher()`` and closes the
old searcher once the last request holding it lets go.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from . import damage
from .damage import IndexDamaged
from .docsets import FactsCache, Leaf
from .store import IndexStore

log = logging.getLogger(__name__)


class Snapshot:
    """A searcher over one generation, with its segment leaves; reference-counted by the pool."""

    def __init__(self, generation: str, index, facts: FactsCache) -> None:
        self.generation = generation
        self.index = index
        self.searcher = index.searcher()
        self.users = 0
        self.retired = False
        # No lock around reads: the index's files are read with pread at a position per thread
        # (index/files.py), so threads of one process search this snapshot at the same time.
        self.leaves = [
            Leaf(sub, sub.reader(), offset, facts.facts(generation, sub.reader()), sub.reader().deleted_docs_set)
            for sub, offset in self.searcher.leaf_searchers()
            if sub.reader().segment() is not None  # an empty index has an EmptyReader and no segment
        ]
        for leaf in self.leaves:
            # Whoosh opens a segment's stored-fields file on first use; another process merging segments may
            # delete that file meanwhile. Opening it now keeps it readable for this snapshot's life.
            if leaf.reader.doc_count_all():
                leaf.reader.stored_fields(0)

    def segment_keys(self) -> set[tuple[str, str]]:
        return {(self.generation, leaf.reader.segment().segment_id()) for leaf in self.leaves}

    def close(self) -> None:
        self.searcher.close()


class SearcherPool:
    def __init__(self, store: IndexStore, interval: float = 0.2) -> None:
        self.store = store
        self.interval = interval
        self.facts = FactsCache()
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._checked = 0.0
        self._stale = True

    def invalidate(self) -> None:
        """This process just changed the index: check before the next search, not up to ``interval`` later."""
        self._stale = True

    @contextmanager
    def snapshot(self) -> Iterator[Snapshot | None]:
        """The current snapshot (None when no index exists yet), held for the duration of the block."""
        with self._lock:
            self._refresh_locked()
            snap = self._snapshot
            if snap is not None:
                snap.users += 1
        try:
            yield snap
        finally:
            if snap is not None:
                with self._lock:
                    snap.users -= 1
                    if snap.retired and snap.users == 0:
                        snap.close()

    def _refresh_locked(self) -> None:
        now = time.monotonic()
        if not self._stale and self._snapshot is not None and now - self._checked < self.interval:
            return
        self._stale = False
        self._checked = now
        generation = self.store.current()
        old = self._snapshot
        if generation is None:
            self._replace(None)
            return
        if old is not None and old.generation == generation and old.searcher.up_to_date():
            return
        index = old.index if old is not None and old.generation == generation else None
        fresh = self._open(generation, index)
        if fresh is None:
            return  # keep serving the old snapshot; hits are re-checked against the database anyway
        self._replace(fresh)
        self.facts.keep_only(fresh.segment_keys())

    def _open(self, generation: str, index, attempts: int = 3) -> Snapshot | None:
        """A new snapshot; retried because another process's merge may delete the files of the table of
        contents just read (Whoosh then fails with a None stored-fields reader or a missing file). Its files'
        sizes are checked against the manifest first (:mod:`index.damage`): a truncated segment is
        :class:`IndexDamaged`, not a searcher that reads zeros."""
        for attempt in range(attempts):
            try:
                index = index or self.store.open(generation)
                segments = [segment.segment_id() for segment in index._segments()]
                wrong = damage.check(self.store, generation, damage.segment_files(self.store, generation, segments))
                if not wrong:
                    return Snapshot(generation, index, self.facts)
            except Exception:
                if attempt == attempts - 1:
                    if self._snapshot is None:
                        wrong = damage.check(self.store, generation, checksums=True)
                        if wrong:
                            raise IndexDamaged(generation, "; ".join(wrong)) from None
                        raise
                    log.warning("could not open a fresh searcher for %s; keeping the previous one", generation)
                    self._stale = True
                    return None
                time.sleep(0.01 * (attempt + 1))
                index = None
                continue
            self._stale = True
            raise IndexDamaged(generation, "; ".join(wrong))
        return None

    def _replace(self, fresh: Snapshot | None) -> None:
        old = self._snapshot
        self._snapshot = fresh
        if old is not None:
            old.retired = True
            if old.users == 0:
                old.close()

    def close(self) -> None:
        with self._lock:
            self._replace(None)

"""The search engine the faces use: one object joining the two jobs, each in its own module.

:class:`index.keeping.IndexKeeper` keeps the index in step with the database (ensure, sync, rebuild, lag,
verify); :class:`index.finding.Finder` answers queries over a snapshot. Both share one
:class:`index.searching.SearcherPool`, so a commit by this process is seen by the next search at once.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from statements import Catalogue, ChangeEvent, ChangeLog, Viewer
from statements.clock import Clock, utcnow

from .damage import IndexDamaged
from .finding import Finder
from .keeping import SYNC_EVERY, IndexKeeper, IndexReport
from .schema import STATEMENT
from .searching import SearcherPool
from .store import IndexStore
from .synonyms import Synonyms
from .types import QuoteHit, SearchQuery, SearchResults
from .writer import Indexer

T = TypeVar("T")


class SearchIndex:
    def __init__(self, path: Path, catalogue: Catalogue, changes: ChangeLog, clock: Clock = utcnow, *,
                 interval: float = 0.2, ensure: bool = True, write_wait: float = 2.0,
                 sync_every: float | None = SYNC_EVERY, synonyms: Synonyms | None = None) -> None:  # fmt: skip
        """``interval``: seconds between checks for a newer index; ``ensure=False`` skips opening (and if need
        be rebuilding) the index now, for the CLI; ``write_wait``: how long a change waits for the writer lock
        (three times) before leaving the change to the next sync; ``sync_every``: seconds between a search's
        check that this index has caught up with the change log (None: never; other nodes' changes then
        arrive only through ``sync()``); ``synonyms``: the office's table (default: :data:`index.synonyms.DEFAULT`)."""
        self.path = Path(path)
        self.store = IndexStore(self.path)
        self.pool = SearcherPool(self.store, interval)
        self.indexer = Indexer(self.store, catalogue, changes, clock, committed=self.pool.invalidate)
        self.keeper = IndexKeeper(self.store, self.pool, self.indexer, catalogue, changes,
                                  write_wait=write_wait, sync_every=sync_every)  # fmt: skip
        self.finder = Finder(self.pool, catalogue, clock, synonyms if synonyms is not None else Synonyms.load())
        # An owner that never calls close() (an app factory's object simply dropped) must not leak the
        # segment files the searcher holds open.
        weakref.finalize(self, self.pool.close)
        if ensure:
            self.keeper.ensure()

    # -- keeping the index in step (index/keeping.py) ------------------------------------------------------

    def on_change(self, event: ChangeEvent) -> None:
        self.keeper.on_change(event)

    def sync(self, timeout: float = 2.0, attempts: int = 3) -> int:
        return self.keeper.sync(timeout, attempts)

    def rebuild(self, progress: Callable[[int], None] | None = None) -> int:
        return self.keeper.rebuild(progress)

    def verify(self) -> list[str]:
        return self.keeper.verify()

    def lag(self) -> int:
        return self.keeper.lag()

    def exists(self) -> bool:
        """Whether there is a live index at ``path`` (a new or emptied directory has none)."""
        return self.store.current() is not None

    def prune(self) -> int:
        """Delete the previous generations a rebuild keeps for searches already running (see IndexStore)."""
        return self.store.prune()

    def close(self) -> None:
        self.pool.close()

    # -- answering queries (index/finding.py) --------------------------------------------------------------

    def search(self, query: SearchQuery, viewer: Viewer) -> SearchResults:
        """Raises :class:`IndexDamaged` (the faces answer 503, Retry-After) while the live index is damaged."""
        self.keeper.catch_up()
        return self._guarded(lambda: self.finder.search(query, viewer, self.keeper.rebuilding))

    def quotes(self, text: str, viewer: Viewer, limit: int = 10) -> list[QuoteHit]:
        return self._guarded(lambda: self.finder.quotes(text, viewer, limit))

    def _guarded(self, answer: Callable[[], T]) -> T:
        self.keeper.raise_if_damaged()
        try:
            return answer()
        except IndexDamaged as exc:
            self.keeper.damaged(exc)
            raise
        except Exception as exc:
            found = self.keeper.diagnose(exc)
            if found is None:
                raise
            self.keeper.damaged(found)
            raise found from None

    def health(self) -> dict:
        return self.keeper.health()

    def check(self) -> IndexReport:
        return self.keeper.check()


__all__ = ["STATEMENT", "IndexDamaged", "IndexReport", "SearchIndex"]

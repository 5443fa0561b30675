"""Keeping this node's index in step with the database: open or rebuild it, apply the change log, measure lag.

The query path (:mod:`index.finding`) never writes; everything that changes the index on disk starts here
and goes through :class:`index.writer.Indexer`.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

from statements import Catalogue, ChangeEvent, ChangeLog
from statements.errors import PresslineError

from . import damage
from .damage import IndexDamaged, IndexOutdated
from .schema import build_schema
from .searching import SearcherPool
from .skipped import Skipped, reason
from .store import FORMAT, IndexStore
from .verify import drifted
from .writer import IndexBusy, Indexer

log = logging.getLogger(__name__)


@dataclass
class IndexReport:
    """What ``pressline index verify`` found: nothing at all when the index is sound and in step."""

    generation: str | None = None
    damaged: list[str] = field(default_factory=list)  # files not as written (the node rebuilds beside)
    skipped: dict[str, str] = field(default_factory=dict)  # slug -> why the index could not take it
    drifted: list[str] = field(default_factory=list)  # slugs whose indexed versions differ from the database

    @property
    def sound(self) -> bool:
        return not (self.damaged or self.skipped or self.drifted)


SYNC_EVERY = 1.0  # seconds between checks that this process's index has caught up with the change log
DIAGNOSE_EVERY = 60.0  # seconds: after an unexpected read error, checksum the index at most this often
SMALL_CORPUS = 2000  # statements: rebuild a missing index before the constructor returns, else in the background


class IndexKeeper:
    """Opens (and if need be rebuilds) the live index, applies changes after commits, and catches up."""

    def __init__(self, store: IndexStore, pool: SearcherPool, indexer: Indexer, catalogue: Catalogue,
                 changes: ChangeLog, *, write_wait: float = 2.0,
                 sync_every: float | None = SYNC_EVERY) -> None:  # fmt: skip
        self.store = store
        self.pool = pool
        self.indexer = indexer
        self.catalogue = catalogue
        self.changes = changes
        self.write_wait = write_wait
        self.sync_every = sync_every
        self._rebuilding = threading.Event()
        self._synced = 0.0
        self._damage: IndexDamaged | None = None
        self._outdated: str | None = None  # a live generation another release wrote, while its successor builds
        self._sound: tuple[str, int] | None = None  # (generation, time slot) last checksummed and found sound

    @property
    def rebuilding(self) -> bool:
        return self._rebuilding.is_set()

    def ensure(self) -> None:
        """Open the live index; rebuild it beside when missing, unreadable, or written by another codec or
        analyzer (in the background if large, the old one answering meanwhile)."""
        if self._usable():
            self._quiet_sync()
            return
        if len(self.catalogue.all_slugs()) <= SMALL_CORPUS:
            self.indexer.rebuild(needed=self._unusable)
            return
        generation = self.store.current()
        if generation is not None and not self.store.compatible(generation):
            self._outdated = generation
        self.rebuild_in_background(needed=self._unusable)

    def _usable(self) -> bool:
        generation = self.store.current()
        if generation is None:
            return False
        if not self.store.compatible(generation):
            log.warning("search index %s was written as %r, not %r; rebuilding", generation,
                        self.store.format(generation), FORMAT)  # fmt: skip
            return False
        wrong = damage.check(self.store, generation)
        if wrong:
            log.error("search index %s is damaged (%s); rebuilding", generation, "; ".join(wrong))
            return False
        return self._readable(generation)

    def _unusable(self) -> bool:
        """Checked again under the rebuild lock: another process may have rebuilt meanwhile."""
        return not self._usable()

    def _readable(self, generation: str) -> bool:
        # Whoosh leaves the table-of-contents file open when it cannot parse it: silence that one warning.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                with self.store.open(generation).searcher() as searcher:
                    missing = set(build_schema().names()) - set(searcher.schema.names())
                if missing:  # written by an older release: its documents lack what queries now rely on
                    log.warning("search index %s lacks fields %s; rebuilding", generation, sorted(missing))
                return not missing
            except Exception as exc:  # no traceback kept: it would hold the open file
                log.warning("search index %s unreadable (%s); rebuilding", generation, repr(exc))
                return False
            finally:
                gc.collect()

    def rebuild_in_background(self, needed: Callable[[], bool] | None = None) -> None:
        if self._rebuilding.is_set():
            return
        self._rebuilding.set()

        def run() -> None:
            try:
                self.indexer.rebuild(needed=needed)
            except Exception:
                log.exception("background index rebuild failed")
            finally:
                self._rebuilding.clear()

        threading.Thread(target=run, name="pressline-index-rebuild", daemon=True).start()

    def on_change(self, event: ChangeEvent) -> None:
        """Workflow listener: apply the change log right after a commit, in this process. If the log holds
        back at a hole (another transaction's number, not committed yet), this statement is re-indexed on its
        own so the change is still searchable before the call returns."""
        self._quiet_sync()
        try:
            if self.indexer.applied() < self.indexer.position_of(event.slug):
                self.indexer.refresh(event.slug, self.write_wait)
        except IndexBusy:
            log.warning("search index busy; the next sync will apply %s", event.slug)

    def _quiet_sync(self, timeout: float | None = None, attempts: int = 3) -> int:
        try:
            return self.sync(self.write_wait if timeout is None else timeout, attempts)
        except IndexBusy:
            log.warning("search index busy; the next sync will apply the change")
            return 0

    def sync(self, timeout: float = 2.0, attempts: int = 3) -> int:
        """Apply change-log entries since the stored position; safe from any process at any time."""
        self._synced = time.monotonic()
        return self.indexer.sync(timeout, attempts)

    def rebuild(self, progress: Callable[[int], None] | None = None) -> int:
        """Build a fresh generation beside the live one and swap it in; searches keep answering."""
        return self.indexer.rebuild(progress)

    def verify(self) -> list[str]:
        """Slugs whose indexed versions differ from what the database says should be indexed."""
        with self.pool.snapshot() as snap:
            return drifted(snap, self.catalogue)

    def check(self) -> IndexReport:
        """Everything ``pressline index verify`` reports: damaged files (checksums), skipped statements, and
        statements whose indexed versions differ from the database."""
        generation = self.store.current()
        if generation is None:
            return IndexReport(drifted=sorted(self.catalogue.all_slugs()))
        skipped = Skipped(self.store, generation).read()
        damaged = damage.check(self.store, generation, checksums=True)
        if damaged:
            return IndexReport(generation, damaged=damaged, skipped=skipped)
        try:
            drifted = self.verify()
        except Exception as exc:  # a file the manifest does not cover (an index from before it) is unreadable
            return IndexReport(generation, damaged=[f"unreadable ({reason(exc)})"], skipped=skipped)
        return IndexReport(generation, drifted=[s for s in drifted if s not in skipped], skipped=skipped)

    def health(self) -> dict:
        """For ``/readyz``: ``state`` (ok, rebuilding or damaged), what is damaged, what is skipped."""
        generation = self.store.current()
        skipped = sorted(Skipped(self.store, generation).read()) if generation else []
        found = self._damage if self._damage is not None and self._damage.generation == generation else None
        if found is None and generation is not None:
            wrong = damage.check(self.store, generation)
            found = IndexDamaged(generation, "; ".join(wrong)) if wrong else None
            if found is not None:
                self.damaged(found)
        state = "damaged" if found is not None else "rebuilding" if self.rebuilding else "ok"
        return {"state": state, "damage": found.detail if found else None, "skipped": skipped}

    # -- damage ----------------------------------------------------------------------------------------------

    def damaged(self, exc: IndexDamaged) -> None:
        """The live generation is damaged: remember it and rebuild beside it (once, whichever process is
        first; the others find the new generation when they take the rebuild lock)."""
        if self._damage is None or self._damage.generation != exc.generation:
            log.error("%s; rebuilding beside it", exc)
        self._damage = exc
        self.rebuild_in_background(needed=lambda: self.store.current() == exc.generation)

    def raise_if_damaged(self) -> None:
        """Before a search: fail fast (and make sure the repair is under way) while the live index is damaged."""
        if self._outdated is not None:
            if self.store.current() == self._outdated:
                raise IndexOutdated(self._outdated)
            self._outdated = None
        found = self._damage
        if found is None:
            return
        if self.store.current() != found.generation:
            self._damage = None
            return
        self.damaged(found)
        raise found

    def diagnose(self, exc: Exception) -> IndexDamaged | None:
        """After an unexpected error reading the index: damage if the files are not what was written (their
        checksums say so), else None (a bug, to be reported as one)."""
        generation = self.store.current()
        if generation is None or isinstance(exc, (IndexBusy, PresslineError)):  # the database's trouble, not ours
            return None
        if self._sound == (generation, int(time.monotonic() // DIAGNOSE_EVERY)):
            return None  # checksummed a moment ago: a bug repeating, not new damage
        wrong = damage.check(self.store, generation, checksums=True)
        if not wrong:
            self._sound = (generation, int(time.monotonic() // DIAGNOSE_EVERY))
        return IndexDamaged(generation, "; ".join(wrong)) if wrong else None

    def lag(self) -> int:
        generation = self.store.current()
        applied = self.store.position(generation) if generation else 0
        return max(self.changes.head() - applied, 0)

    def catch_up(self) -> None:
        """Before a search: at most every ``sync_every`` seconds, apply what other nodes committed."""
        if self.sync_every is None or time.monotonic() - self._synced < self.sync_every:
            return
        self._synced = time.monotonic()
        try:
            if self.lag():
                self._quiet_sync(timeout=0.2, attempts=1)
        except Exception:
            log.exception("index catch-up failed")

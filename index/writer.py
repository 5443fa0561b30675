"""The one path that writes the index: applying the change log (sync) and building a new generation (rebuild).

Every write goes through :func:`exclusive_writer`: ``ix.writer(timeout=...)`` with a bounded number of
attempts, so concurrent processes queue briefly and a request never sees a ``LockError`` (it sees
:class:`IndexBusy`, which callers turn into "try again later" or ignore: the next sync catches up).
Applying a change is idempotent (delete the slug's documents, add what ``indexable()`` says now), so a crash
between the database commit and the index write, or between the index commit and the position write, is
repaired by simply applying the same changes again.
"""

from __future__ import annotations

import fcntl
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import timedelta

from whoosh.index import LockError
from whoosh.reading import SegmentReader

from statements import Catalogue, ChangeLog
from statements.clock import Clock

from . import damage
from .bulk import BUDGET_MB, BulkWriter
from .codec import FastWriter
from .parallel import PARALLEL_FROM, Analysed, analysed
from .schema import versions_documents
from .skipped import Skipped, machine_trouble, reason
from .store import IndexStore

log = logging.getLogger(__name__)

BATCH = 500
GAP_GRACE = timedelta(seconds=30)  # a hole in the change log this young may still be a commit in flight


class IndexBusy(Exception):
    """Another process kept the index writer locked for longer than we were willing to wait."""


SMALL_SEGMENT = 1000  # documents: syncs merge segments smaller than this once there are a few of them


def merge_small(writer, segments):
    """Merge policy for syncs: fold small segments together, never touch the large ones a rebuild wrote
    (Whoosh's default policy would, past about twenty segments, merge them all inside a web request)."""
    small = [s for s in segments if s.doc_count_all() < SMALL_SEGMENT]
    if len(small) < 4:
        return segments
    for segment in small:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [s for s in segments if s not in small]


@contextmanager
def exclusive_writer(ix, timeout: float = 2.0, attempts: int = 3, merge=merge_small, kind: type = FastWriter,
                     **options) -> Iterator:  # fmt: skip
    """A Whoosh writer (``kind``), committed on success and cancelled on error; never raises ``LockError``.

    ``merge`` is a Whoosh merge policy, or False to add a segment without merging anything."""
    writer = None
    for _ in range(attempts):
        try:
            writer = kind(ix, timeout=timeout, delay=0.02, **options)
            break
        except LockError:
            continue
    if writer is None:
        raise IndexBusy(f"index writer busy for {timeout * attempts:.1f}s")
    try:
        yield writer
    except BaseException:
        _abandon(writer)
        raise
    try:
        writer.commit(merge=False) if merge is False else writer.commit(mergetype=merge)
    except BaseException:
        _abandon(writer)
        raise
    damage.record(ix)


def _abandon(writer) -> None:
    """Cancel a writer and, whatever state a failed commit left it in, let go of the lock."""
    try:
        writer.cancel()
    except Exception:
        log.exception("cancelling the index writer failed")
    finally:
        if writer.writelock is not None:
            try:
                writer.writelock.release()
            except Exception:
                log.debug("index write lock already released")


class Indexer:
    def __init__(self, store: IndexStore, catalogue: Catalogue, changes: ChangeLog, clock: Clock,
                 committed: Callable[[], None] = lambda: None) -> None:  # fmt: skip
        self.store = store
        self.catalogue = catalogue
        self.changes = changes
        self.clock = clock
        self.committed = committed

    # -- sync ----------------------------------------------------------------------------------------------

    def sync(self, timeout: float = 2.0, attempts: int = 3) -> int:
        """Apply change-log entries after the live generation's position. Returns how many statements changed.

        A batch that fails is applied again one statement at a time; a statement that still fails is recorded
        as skipped (:mod:`index.skipped`) and the position moves past it, so it never holds the others back."""
        generation = self.store.current()
        if generation is None:
            return self.rebuild()
        ix = self.store.open(generation)
        position = self.store.position(generation)
        if not self._pending(position):
            return 0
        slugs: list[str] = []
        failed: dict[str, str] = {}
        try:
            with exclusive_writer(ix, timeout, attempts) as writer:
                position = self.store.position(generation)  # re-read under the lock: someone may have caught up
                slugs, position = self._gather(position)
                for slug in slugs:
                    self._replace(writer, slug)
        except IndexBusy:
            raise
        except Exception as exc:
            if not slugs or machine_trouble(exc):
                raise
            log.warning("applying %d change(s) failed (%s); applying them one by one", len(slugs), reason(exc))
            failed = self._one_by_one(ix, slugs, timeout, attempts)
        if slugs:
            Skipped(self.store, generation).record(failed, applied=[s for s in slugs if s not in failed])
            self._advance(generation, position)
            self.committed()
        return len(slugs) - len(failed)

    def _gather(self, position: int) -> tuple[list[str], int]:
        """Slugs changed after ``position`` up to the first young hole, and the position they reach."""
        slugs: dict[str, None] = {}
        while True:
            batch = self.changes.since(position, BATCH)
            usable = self._contiguous(batch, position)
            if not usable:
                break
            slugs.update(dict.fromkeys(change.slug for change in usable))
            position = usable[-1].position
            if len(usable) < len(batch) or len(batch) < BATCH:
                break
        return list(slugs), position

    def _one_by_one(self, ix, slugs: list[str], timeout: float, attempts: int) -> dict[str, str]:
        failed = {}
        for slug in slugs:
            try:
                with exclusive_writer(ix, timeout, attempts) as writer:
                    self._replace(writer, slug)
            except IndexBusy:
                raise
            except Exception as exc:
                if machine_trouble(exc):
                    raise
                log.error("search index: skipped %s, which it cannot take (%s)", slug, reason(exc))
                failed[slug] = reason(exc)
        return failed

    def applied(self) -> int:
        generation = self.store.current()
        return self.store.position(generation) if generation else 0

    def position_of(self, slug: str) -> int:
        """The change-log position of the newest change to ``slug`` (0 if none)."""
        return max((c.position for c in self.changes.since(self.applied(), BATCH) if c.slug == slug), default=0)

    def _pending(self, position: int) -> bool:
        return self.changes.head() > position

    def _contiguous(self, batch, position: int) -> list:
        """Entries up to the first young hole in positions (a transaction that took a lower number may not have
        committed yet; an old hole is a rolled-back one and is skipped)."""
        usable = []
        expected = position + 1
        for change in batch:
            if change.position != expected and self.clock() - change.at < GAP_GRACE:
                break
            usable.append(change)
            expected = change.position + 1
        return usable

    def _advance(self, generation: str, position: int) -> None:
        """Move the stored position forward (never back), under a lock shared with other processes."""
        path = self.store.path(generation) / "position.lock"
        with open(path, "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                if position > self.store.position(generation):
                    self.store.write_position(generation, position)
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def refresh(self, slug: str, timeout: float = 2.0, attempts: int = 3) -> None:
        """Re-index one statement now without moving the stored position (the change log still replays it)."""
        generation = self.store.current()
        if generation is None:
            return
        failed = self._one_by_one(self.store.open(generation), [slug], timeout, attempts)
        Skipped(self.store, generation).record(failed, applied=[] if failed else [slug])
        self.committed()

    def _replace(self, writer, slug: str) -> None:
        writer.delete_by_term("slug", slug)
        for document in versions_documents(self.catalogue.indexable(slug)):
            writer.add_document(**document)

    # -- rebuild -------------------------------------------------------------------------------------------

    def rebuild(self, progress: Callable[[int], None] | None = None, needed: Callable[[], bool] | None = None) -> int:
        """Build a new generation from the database beside the live one, swap it in, then catch up.

        ``needed`` is asked once the rebuild lock is held: False (another process rebuilt meanwhile) skips it."""
        with self.store.rebuild_lock():
            if needed is not None and not needed():
                return 0
            generation = self.store.create()
            ix = self.store.open(generation)
            head = self.changes.head()
            failed: dict[str, str] = {}
            count = write_all(ix, self._everything(), progress, failed)
            Skipped(self.store, generation).record(failed)
            self.store.write_position(generation, head)
            self.store.swap(generation)
            self.committed()
        try:
            self.sync()
        except IndexBusy:
            log.warning("index rebuilt; catching up deferred to the next sync")
        return count

    def _everything(self) -> Iterable[list]:
        return self.catalogue.indexable_all()


def write_all(ix, statements: Iterable[list], progress: Callable[[int], None] | None = None,
              skipped: dict[str, str] | None = None, budget_mb: float = BUDGET_MB,
              parallel_from: int = PARALLEL_FROM) -> int:  # fmt: skip
    """Index every statement's versions into ``ix`` (a fresh generation) with the rebuild's bulk writer, a
    segment per ``budget_mb`` of gathered postings; statements past ``parallel_from`` are analysed by a helper
    process (:mod:`index.parallel`). Returns how many statements were indexed.

    With ``skipped``, a statement the index cannot take is left out and named there instead of failing the
    whole build: the bulk writer adds a document whole or not at all, so nothing of it is left behind."""
    count = 0
    pending = analysed(statements, parallel_from)
    try:
        first = next(pending, None)
        while first is not None:
            with exclusive_writer(ix, merge=False, kind=BulkWriter, budget_mb=budget_mb) as writer:
                item: Analysed | None = first
                while item is not None:
                    if _add_statement(writer, item, skipped):
                        count += 1
                        if progress is not None and count % 500 == 0:
                            progress(count)
                    item = next(pending, None)
                    if writer.full():
                        break
            first = item
    finally:
        pending.close()  # stops the helper process now if the build failed, not when the generator is collected
    return count


def _add_statement(writer, item: Analysed, skipped: dict[str, str] | None) -> bool:
    """Add one analysed statement; one the index cannot take is named in ``skipped`` (or, without it, raises)."""
    slug, documents, why = item
    if documents is not None:
        try:
            writer.add_documents(documents)
            return True
        except Exception as exc:
            if skipped is None or machine_trouble(exc):
                raise
            why = reason(exc)
    elif skipped is None:
        raise ValueError(f"the index cannot take {slug}: {why}")
    log.error("search index: skipped %s, which it cannot take (%s)", slug, why)
    skipped[slug] = why or "?"
    return False

"""The search engine the faces use: Whoosh-Reloaded, kept in step with the database through the change log.

Every query is limited to what the viewer may see (audience and ``publish_at <= now`` from the injected
clock) before totals, facets, ranking and suggestions are computed, and each returned hit is checked again
against the database (``catalogue.check_visible``), so a stale index can lose a result for a moment but
never show one it should not.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
import warnings
import weakref
from pathlib import Path

import numpy as np

from statements import Catalogue, ChangeEvent, ChangeLog, Viewer
from statements.clock import Clock, utcnow

from . import ranking
from .analysis import terms
from .highlight import mark_all, snippet
from .postings import Reads
from .query import Parsed, parse
from .schema import STATEMENT, epoch, unpack
from .searching import SearcherPool
from .store import IndexStore
from .suggest import suggest
from .types import QuoteHit, SearchHit, SearchQuery, SearchResults
from .verify import drifted
from .writer import IndexBusy, Indexer

log = logging.getLogger(__name__)

MAX_WINDOW = 1000  # deepest result a page may reach
SYNC_EVERY = 1.0  # seconds between checks that this process's index has caught up with the change log
SMALL_CORPUS = 2000  # statements: rebuild a missing index before the constructor returns, else in the background


class SearchIndex:
    def __init__(self, path: Path, catalogue: Catalogue, changes: ChangeLog, clock: Clock = utcnow, *,
                 interval: float = 0.2, ensure: bool = True, write_wait: float = 2.0,
                 sync_every: float | None = SYNC_EVERY) -> None:  # fmt: skip
        """``interval``: seconds between checks for a newer index; ``ensure=False`` skips opening (and if need
        be rebuilding) the index now, for the CLI; ``write_wait``: how long a change waits for the writer lock
        (three times) before leaving the change to the next sync; ``sync_every``: seconds between a search's
        check that this index has caught up with the change log (None: never; other nodes' changes then
        arrive only through ``sync()``)."""
        self.path = Path(path)
        self.catalogue = catalogue
        self.changes = changes
        self.clock = clock
        self.store = IndexStore(self.path)
        self.pool = SearcherPool(self.store, interval)
        self.indexer = Indexer(self.store, catalogue, changes, clock, committed=self.pool.invalidate)
        # An owner that never calls close() (an app factory's object simply dropped) must not leak the
        # segment files the searcher holds open.
        weakref.finalize(self, self.pool.close)
        self._rebuilding = threading.Event()
        self._synced = 0.0
        self.write_wait = write_wait
        self.sync_every = sync_every
        if ensure:
            self._ensure()

    # -- keeping the index -----------------------------------------------------------------------------

    def _ensure(self) -> None:
        """Open the live index; rebuild it when missing or unreadable (in the background if large)."""
        generation = self.store.current()
        if generation is not None and self._readable(generation):
            self._quiet_sync()
            return
        if len(self.catalogue.all_slugs()) <= SMALL_CORPUS:
            self.rebuild()
        else:
            self._rebuild_in_background()

    def _readable(self, generation: str) -> bool:
        # Whoosh leaves the table-of-contents file open when it cannot parse it: silence that one warning.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                with self.store.open(generation).searcher():
                    return True
            except Exception as exc:  # no traceback kept: it would hold the open file
                log.warning("search index %s unreadable (%s); rebuilding", generation, repr(exc))
                return False
            finally:
                gc.collect()

    def _rebuild_in_background(self) -> None:
        if self._rebuilding.is_set():
            return
        self._rebuilding.set()

        def run() -> None:
            try:
                self.rebuild()
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

    def rebuild(self, progress=None) -> int:
        """Build a fresh generation beside the live one and swap it in; searches keep answering."""
        return self.indexer.rebuild(progress)

    def verify(self) -> list[str]:
        """Slugs whose indexed versions differ from what the database says should be indexed."""
        with self.pool.snapshot() as snap:
            return drifted(snap, self.catalogue)

    def lag(self) -> int:
        generation = self.store.current()
        applied = self.store.position(generation) if generation else 0
        return max(self.changes.head() - applied, 0)

    def close(self) -> None:
        self.pool.close()

    def _catch_up(self) -> None:
        if self.sync_every is None or time.monotonic() - self._synced < self.sync_every:
            return
        self._synced = time.monotonic()
        try:
            if self.lag():
                self._quiet_sync(timeout=0.2, attempts=1)
        except Exception:
            log.exception("index catch-up failed")

    # -- searching -----------------------------------------------------------------------------------------

    def search(self, query: SearchQuery, viewer: Viewer) -> SearchResults:
        self._catch_up()
        parsed = parse(query.text)
        topics = parsed.topics + ([query.topic] if query.topic else [])
        kinds = parsed.kinds + ([query.kind] if query.kind else [])
        audiences = tuple(a for a in viewer.audiences if query.audience in (None, a))
        offset = max(min(query.offset, MAX_WINDOW), 0)
        limit = max(min(query.limit, 100), 0)
        now = epoch(self.clock())
        with self.pool.snapshot() as snap:
            if snap is None:
                return SearchResults([], 0, rebuilding=True)
            leaves = snap.leaves
            visible = [leaf.visible(audiences, now) for leaf in leaves]
            bases = [_filtered(leaf, base, topics, kinds) for leaf, base in zip(leaves, visible, strict=True)]
            reads = Reads()
            cands = ranking.match(leaves, bases, parsed, reads)
            ranking.within_dates(leaves, cands, _ts(query.since), _ts(query.until))
            strict = cands.total
            if not cands.total and len(parsed.all_terms()) > 1:
                cands = ranking.match(leaves, bases, parsed, reads, any_word=True)
                ranking.within_dates(leaves, cands, _ts(query.since), _ts(query.until))
            total = cands.total
            facets = _facets(leaves, cands)
            top = self._top(snap, parsed, cands, reads, query.order, offset + limit)[offset:]
            hits = self._hits(snap, top, parsed, viewer, cands.any_word)
            total -= len(top) - len(hits)
            suggestion = None
            if strict < 3 and parsed.words:
                suggestion = self._suggestion(snap, visible, bases, query.text, strict, reads)
        return SearchResults(hits, max(total, len(hits)), facets, suggestion, self._rebuilding.is_set())

    @staticmethod
    def _suggestion(snap, visible, bases, text: str, strict: int, reads: Reads) -> str | None:
        """A corrected query, offered only when all its words find more than the query as typed (for this
        viewer: the candidate words come only from documents this viewer may see)."""
        corrected = suggest(snap, visible, text, parse(text).words, reads)
        if corrected is None:
            return None
        found = ranking.match(snap.leaves, bases, parse(corrected), reads).total
        return corrected if found > strict else None

    def _top(self, snap, parsed: Parsed, cands: ranking.Candidates, reads: Reads, order: str, k: int) -> list:
        if k <= 0 or not cands.total:
            return []
        terms = parsed.all_terms()
        if order == "newest" or not terms:
            found = ranking.newest(snap.leaves, cands, k)
            if not terms:
                return [(0.0, i, d) for _, i, d in found]
            picked: list[set[int]] = [set() for _ in snap.leaves]
            for _, i, d in found:
                picked[i].add(d)
            scored = ranking.scores(snap.searcher, terms, snap.leaves, picked, reads, k)
            score = {(i, d): s for s, i, d in scored}
            return [(score.get((i, d), 0.0), i, d) for _, i, d in found]
        return ranking.scores(snap.searcher, terms, snap.leaves, cands.sets, reads, k)

    def _hits(self, snap, top: list, parsed: Parsed, viewer: Viewer, any_word: bool) -> list[SearchHit]:
        rows = [(score, snap.leaves[i].reader.stored_fields(d)) for score, i, d in top]
        allowed = self.catalogue.check_visible({(r["slug"], r["version"]) for _, r in rows}, viewer)
        wanted = parsed.highlight_terms()
        hits = []
        for score, row in rows:
            if (row["slug"], row["version"]) not in allowed:
                continue
            data = unpack(row["stored"])
            sections = [data["body"], *(q[0] for q in data["quotes"]), data["summary"], data["title"]]
            hits.append(
                SearchHit(
                    slug=row["slug"], title=data["title"], kind=row["kind"], audience=row["audience"],
                    topics=tuple(row["topics"].split()), version=row["version"],
                    snippet=snippet(sections, wanted, fallback=data["summary"] or data["body"]),
                    score=round(float(score), 4), publish_at=_dt(row["publish_at"]),
                )
            )  # fmt: skip
        return hits

    def quotes(self, text: str, viewer: Viewer, limit: int = 10) -> list[QuoteHit]:
        """Quotes whose words (or speaker) match ``text``: quotes holding more of the words first, then by
        how well their statement matches."""
        parsed = parse(text)
        limit = max(min(limit, 100), 0)
        now = epoch(self.clock())
        with self.pool.snapshot() as snap:
            if snap is None or not parsed.has_text or not limit:
                return []
            leaves = snap.leaves
            bases = [leaf.visible(viewer.audiences, now) for leaf in leaves]
            reads = Reads()
            cands = ranking.match(leaves, bases, parsed, reads, field="quoted")
            if not cands.total:
                cands = ranking.match(leaves, bases, parsed, reads, any_word=True, field="quoted")
            top = ranking.scores(snap.searcher, parsed.all_terms(), leaves, cands.sets, reads, limit * 3)
            rows = [(score, leaves[i].reader.stored_fields(d)) for score, i, d in top]
        allowed = self.catalogue.check_visible({(r["slug"], r["version"]) for _, r in rows}, viewer)
        wanted = set(parsed.all_terms())
        found = []
        for rank, (score, row) in enumerate(rows):
            if (row["slug"], row["version"]) not in allowed:
                continue
            data = unpack(row["stored"])
            for quote, speaker, role in data["quotes"]:
                sequence = terms(f"{quote} {speaker} {role}")
                matched = wanted & set(sequence)
                if not matched or not all(_holds(sequence, phrase) for phrase in parsed.phrases):
                    continue
                hit = QuoteHit(row["slug"], row["version"], data["title"], quote, speaker, role,
                               mark_all(quote, wanted), round(float(score), 4))  # fmt: skip
                found.append((-len(matched), rank, hit))
        return [hit for *_, hit in sorted(found, key=lambda f: f[:2])[:limit]]


def _holds(sequence: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(sequence[i : i + n] == phrase for i in range(len(sequence) - n + 1))


def _filtered(leaf, base, topics: list[str], kinds: list[str]):
    for topic in topics:
        base = base & leaf.facts.get("topics", topic)
    if kinds:
        allowed = frozenset().union(*(leaf.facts.get("kind", k) for k in kinds))
        base = base & allowed
    return base


def _facets(leaves, cands: ranking.Candidates) -> dict[str, dict[str, int]]:
    facets: dict[str, dict[str, int]] = {"topic": {}, "kind": {}}
    for leaf, found in zip(leaves, cands.sets, strict=True):
        if not found:
            continue
        rows = np.fromiter(found, dtype=np.int64, count=len(found))
        for facet, name in (("topic", "topics"), ("kind", "kind")):
            values, matrix = leaf.facts.facet_matrix(name)
            counts = facets[facet]
            for value, n in zip(values, matrix[rows].sum(axis=0, dtype=np.int64).tolist(), strict=True):
                if n:
                    counts[value] = counts.get(value, 0) + n
    return {name: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for name, c in facets.items()}


def _ts(value) -> int | None:
    return epoch(value) if value is not None else None


def _dt(seconds: int):
    from datetime import UTC, datetime

    return datetime.fromtimestamp(seconds, UTC) if seconds else None


__all__ = ["STATEMENT", "SearchIndex"]

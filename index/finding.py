"""Answering queries: matching, ranking, facets, snippets and suggestions over one index snapshot.

Every query is limited to what the viewer may see (audience and ``publish_at <= now`` from the injected
clock) before totals, facets, ranking and suggestions are computed, and each returned hit is checked again
against the database (``catalogue.check_visible``), so a stale index can lose a result for a moment but
never show one it should not. Nothing here writes the index (:mod:`index.keeping` does).
"""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np

from statements import Catalogue, Viewer
from statements.clock import Clock

from . import ranking
from .analysis import terms
from .arrays import sorted_array
from .highlight import mark_all, snippet
from .postings import Reads
from .query import Parsed, parse
from .schema import epoch, unpack
from .searching import SearcherPool
from .suggest import suggest
from .synonyms import NONE, Synonyms
from .types import QuoteHit, SearchHit, SearchQuery, SearchResults

MAX_WINDOW = 1000  # deepest result a page may reach
NOTHING_TO_SEARCH = (
    "There is nothing to search for in that: type a word or two from the statement. Punctuation, symbols and "
    "common words such as “and”, “or”, “not” and “the” are left out."
)


class Finder:
    def __init__(self, pool: SearcherPool, catalogue: Catalogue, clock: Clock, synonyms: Synonyms = NONE) -> None:
        self.pool = pool
        self.catalogue = catalogue
        self.clock = clock
        self.synonyms = synonyms

    def search(self, query: SearchQuery, viewer: Viewer, rebuilding: bool = False) -> SearchResults:
        """One page of hits for ``query`` as ``viewer`` may see them, with totals, facets and a suggestion."""
        parsed = parse(query.text, self.synonyms)
        if parsed.unsearchable:
            return SearchResults([], 0, rebuilding=rebuilding, message=NOTHING_TO_SEARCH)
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
            if not cands.total and parsed.parts() > 1:
                cands = ranking.match(leaves, bases, parsed, reads, any_word=True)
                ranking.within_dates(leaves, cands, _ts(query.since), _ts(query.until))
            total = cands.total
            facets = _facets(leaves, cands)
            stats = ranking.statistics(leaves, viewer.audiences, now)
            top = self._top(snap, stats, parsed, cands, reads, query.order, offset + limit)[offset:]
            hits = self._hits(snap, top, parsed, viewer, cands.any_word)
            total -= len(top) - len(hits)
            suggestion = None
            if strict < 3 and parsed.words:
                suggestion = self._suggestion(snap, visible, bases, query.text, strict, reads)
        return SearchResults(hits, max(total, len(hits)), facets, suggestion, rebuilding)

    def _suggestion(self, snap, visible, bases, text: str, strict: int, reads: Reads) -> str | None:
        """A corrected query, offered only when all its words find more than the query as typed (for this
        viewer: the candidate words come only from documents this viewer may see)."""
        corrected = suggest(snap, visible, text, parse(text).words, reads)
        if corrected is None:
            return None
        found = ranking.match(snap.leaves, bases, parse(corrected, self.synonyms), reads).total
        return corrected if found > strict else None

    def _top(self, snap, stats: ranking.Statistics, parsed: Parsed, cands: ranking.Candidates, reads: Reads,
             order: str, k: int) -> list:  # fmt: skip
        if k <= 0 or not cands.total:
            return []
        terms = parsed.all_terms()
        if order == "newest" or not terms:
            found = ranking.newest(snap.leaves, cands, k)
            if not terms:
                return [(0.0, i, d) for _, i, d in found]
            chosen: list[list[int]] = [[] for _ in snap.leaves]
            for _, i, d in found:
                chosen[i].append(d)
            picked = [sorted_array(docs) for docs in chosen]
            scored = ranking.scores(stats, terms, snap.leaves, picked, reads, k)
            score = {(i, d): s for s, i, d in scored}
            return [(score.get((i, d), 0.0), i, d) for _, i, d in found]
        return ranking.scores(stats, terms, snap.leaves, cands.docs, reads, k)

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
        parsed = parse(text, self.synonyms)
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
            stats = ranking.statistics(leaves, viewer.audiences, now)
            top = ranking.scores(stats, parsed.all_terms(), leaves, cands.docs, reads, limit * 3)
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


def _filtered(leaf, base: np.ndarray, topics: list[str], kinds: list[str]) -> np.ndarray:
    """``base`` (a mask over the leaf's documents) narrowed to every one of ``topics`` and any of ``kinds``."""
    for topic in topics:
        base = base & leaf.facts.mask("topics", topic)
    if kinds:
        allowed = np.zeros_like(base)
        for kind in kinds:
            allowed |= leaf.facts.mask("kind", kind)
        base = base & allowed
    return base


def _facets(leaves, cands: ranking.Candidates) -> dict[str, dict[str, int]]:
    facets: dict[str, dict[str, int]] = {"topic": {}, "kind": {}}
    for leaf, found in zip(leaves, cands.docs, strict=True):
        if not found.size:
            continue
        for facet, name in (("topic", "topics"), ("kind", "kind")):
            counts = facets[facet]
            for value, n in leaf.facts.facet_counts(name, found).items():
                counts[value] = counts.get(value, 0) + n
    return {name: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for name, c in facets.items()}


def _ts(value) -> int | None:
    return epoch(value) if value is not None else None


def _dt(seconds: int) -> datetime | None:
    return datetime.fromtimestamp(seconds, UTC) if seconds else None

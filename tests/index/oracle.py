"""A brute-force reference for search: what the engine must answer, computed the slow, obvious way.

The oracle takes what the database says is searchable (``catalogue.indexable_all()``: current published and
scheduled versions), decides visibility itself (audience, ``publish_at <= now``, and of a statement's versions
only the newest one already published), tokenises every document with the index's own analyzer and answers
a query by scanning every document: exact matching sets, phrases checked on term positions, totals, facets
and BM25 scores computed directly from the definitions in docs/search.md. It shares no code with the engine
beyond the analyzer (the definition of a word), the query parser (the definition of the query language) and
the BM25 constants.

Two storage facts are part of the scoring and are reproduced here: Whoosh keeps a document's length in one
byte (``length_to_byte``), and posting weights are stored as 32-bit floats.
"""

from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass
from math import log

from whoosh.util.numeric import byte_to_length, length_to_byte

from index.analysis import BODY, EXTRA, QUOTES, REGION_GAP, SUMMARY, TITLE, terms
from index.finding import MAX_WINDOW
from index.postings import K1, B
from index.query import Parsed, parse
from index.schema import epoch
from index.synonyms import Synonyms
from index.types import SearchQuery
from statements import Catalogue, Viewer


@dataclass(frozen=True)
class Document:
    slug: str
    version: int
    audience: str
    kind: str
    topics: tuple[str, ...]
    publish_at: int
    positions: dict[str, list[int]]  # term -> positions in the catch-all content field
    weights: dict[str, float]  # term -> region-boosted weight, as stored (float32)
    length: int  # number of terms, as stored (one byte)

    def holds(self, phrase: list[str]) -> bool:
        """The terms of ``phrase`` stand side by side, in order, somewhere in the document."""
        starts = set(self.positions.get(phrase[0], ()))
        for offset, term in enumerate(phrase[1:], start=1):
            starts &= {p - offset for p in self.positions.get(term, ())}
        return bool(starts)


SYNONYMS = Synonyms.load()  # the default table, as the engine under test uses


@dataclass(frozen=True)
class Expected:
    hits: list[tuple[str, int, float]]  # (slug, version, score) in order
    total: int
    facets: dict[str, dict[str, int]]


def document(view) -> Document:
    regions = [(TITLE, view.title), (SUMMARY, view.summary), (BODY, view.body)]
    regions += [(QUOTES, f"{q.text} {q.speaker} {q.role}") for q in view.quotes]
    regions += [(EXTRA, f"{r.name} {r.when}") for r in view.reporting_routes]
    positions: dict[str, list[int]] = {}
    weights: dict[str, float] = {}
    at = 0
    for boost, text in regions:
        sequence = terms(text)
        for offset, term in enumerate(sequence, start=at):
            positions.setdefault(term, []).append(offset)
        for term, count in Counter(sequence).items():
            weights[term] = weights.get(term, 0.0) + boost * count
        at += len(sequence) + REGION_GAP
    stored = {term: array("f", [w])[0] for term, w in weights.items()}
    length = sum(len(p) for p in positions.values())
    return Document(view.slug, view.version, view.audience, view.kind, tuple(view.topics), epoch(view.publish_at),
                    positions, stored, byte_to_length(length_to_byte(length)) if length else 0)  # fmt: skip


class Oracle:
    def __init__(self, catalogue: Catalogue, now) -> None:
        self.now = epoch(now)
        self.documents = [document(view) for views in catalogue.indexable_all() for view in views]

    def visible(self, audiences: tuple[str, ...]) -> list[Document]:
        """Each statement's current version (the newest one published by now) when its audience is allowed."""
        current: dict[str, Document] = {}
        for doc in self.documents:
            if doc.publish_at <= self.now and (doc.slug not in current or doc.version > current[doc.slug].version):
                current[doc.slug] = doc
        return [doc for doc in current.values() if doc.audience in audiences]

    def search(self, query: SearchQuery, viewer: Viewer) -> Expected:
        parsed = parse(query.text, SYNONYMS)
        if parsed.unsearchable:  # words typed, none searchable: nothing (the engine says why)
            return Expected([], 0, {"topic": {}, "kind": {}})
        audiences = tuple(a for a in viewer.audiences if query.audience in (None, a))
        topics = parsed.topics + ([query.topic] if query.topic else [])
        kinds = parsed.kinds + ([query.kind] if query.kind else [])
        base = [
            doc for doc in self.visible(audiences)
            if all(t in doc.topics for t in topics) and (not kinds or doc.kind in kinds)
        ]  # fmt: skip
        found = [doc for doc in base if matches(doc, parsed)]
        if not found and parsed.parts() > 1:
            found = [doc for doc in base if matches(doc, parsed, any_word=True)]
        scored = bm25(self.visible(viewer.audiences), parsed.all_terms(), found)
        if query.order == "newest" or not parsed.all_terms():
            ranked = sorted(scored, key=lambda s: (-s[0].publish_at, s[0].slug, s[0].version))
        else:
            ranked = sorted(scored, key=lambda s: (-s[1], -s[0].publish_at, s[0].slug, s[0].version))
        offset = max(min(query.offset, MAX_WINDOW), 0)
        page = ranked[offset : offset + max(min(query.limit, 100), 0)]
        return Expected([(d.slug, d.version, s) for d, s in page], len(found), facets(found))


def matches(doc: Document, parsed: Parsed, any_word: bool = False) -> bool:
    if any_word:
        held = any(t in doc.positions for t in parsed.all_terms())
    else:
        held = (
            all(t in doc.positions for t in parsed.must_terms())
            and all(doc.holds(p) for p in parsed.phrases)
            and all(any(_has(doc, list(a)) for a in group) for group in parsed.groups)  # synonyms: any alternative
        )
    if not held:
        return False
    return not any(t in doc.positions for t in parsed.excluded) and not any(
        doc.holds(p) for p in parsed.excluded_phrases
    )


def _has(doc: Document, alternative: list[str]) -> bool:
    return alternative[0] in doc.positions if len(alternative) == 1 else doc.holds(alternative)


def bm25(seen: list[Document], words: list[str], found: list[Document]) -> list[tuple[Document, float]]:
    """BM25 (k1 = 1.2, b = 0.75, idf = ln(N / (df + 1)) + 1) with N, df and the average length counted over
    ``seen``, the documents the viewer may see; 0 for every document when the query has no words."""
    if not words:
        return [(doc, 0.0) for doc in found]
    count = max(len(seen), 1)
    average = sum(doc.length for doc in seen) / count
    idfs = [log(count / (sum(t in doc.weights for doc in seen) + 1)) + 1 for t in words]
    out = []
    for doc in found:
        norm = K1 * (1 - B) + K1 * B / (average or 1.0) * doc.length
        score = 0.0
        for term_idf, term in zip(idfs, words, strict=True):
            w = doc.weights.get(term, 0.0)
            if w:
                score += term_idf * (K1 + 1) * w / (w + norm)
        out.append((doc, score))
    return out


def facets(found: list[Document]) -> dict[str, dict[str, int]]:
    counts = {"topic": Counter(t for doc in found for t in doc.topics), "kind": Counter(doc.kind for doc in found)}
    return {name: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for name, c in counts.items()}

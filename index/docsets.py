"""Document-number sets per index segment: the fast path for filters, totals and facets.

Whoosh segments never change once written (only their deletion sets do), so what a segment says about
its documents (doctype, audience, kind, topics, publish time) is read once per process and cached by
segment id. Term postings are read straight from the posting blocks into Python sets, so counting and
faceting a query costs set operations in C rather than a Python loop over every match.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import TermNotFound

from .codec import block_ids
from .postings import field_lengths
from .schema import STATEMENT

_FACT_FIELDS = ("doctype", "audience", "kind", "topics")


def _matcher(reader, fieldname: str, term: str):
    try:
        return reader._terms.matcher(fieldname, term.encode("utf-8"), reader.schema[fieldname].format)
    except (KeyError, ValueError, TermNotFound):
        return None


def term_docs(reader, fieldname: str, term: str) -> set[int]:
    """Local document numbers holding ``term`` (deleted ones included: callers subtract them)."""
    matcher = _matcher(reader, fieldname, term)
    if matcher is None:
        return set()
    if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:
        out: set[int] = set()
        while matcher.is_active():
            if matcher._data is None:
                matcher._read_data()
            out.update(block_ids(matcher._data))
            matcher._next_block()
        return out
    return set(matcher.all_ids())


@dataclass
class SegmentFacts:
    """What one immutable segment says about its documents."""

    values: dict[str, dict[str, frozenset[int]]]
    publish: list[int]
    lengths: list[int]  # each document's content length, for BM25
    future_order: list[tuple[int, int]]  # (publish_at, docnum) sorted, for embargo lookups
    until_order: list[tuple[int, int]]  # (until, docnum) sorted, of versions a scheduled update replaces
    _matrices: dict = field(default_factory=dict)

    @classmethod
    def read(cls, reader) -> SegmentFacts:
        values = {}
        for name in _FACT_FIELDS:
            values[name] = {
                term.decode("utf-8"): frozenset(term_docs(reader, name, term.decode("utf-8")))
                for term in reader.lexicon(name)
            }
        count = reader.doc_count_all()
        column = reader.column_reader("publish_at", translate=True)
        publish = [int(column[d]) for d in range(count)]
        order = sorted((p, d) for d, p in enumerate(publish))
        until = reader.column_reader("until", translate=True)
        ends = sorted((t, d) for d, t in enumerate(int(until[d]) for d in range(count)) if t)
        return cls(values, publish, field_lengths(reader, "content"), order, ends)

    @cached_property
    def length_array(self) -> np.ndarray:
        return np.asarray(self.lengths, dtype=np.float64)

    @cached_property
    def publish_array(self) -> np.ndarray:
        return np.asarray(self.publish, dtype=np.int64)

    def facet_matrix(self, name: str) -> tuple[list[str], np.ndarray]:
        """The values of fact ``name`` and a documents x values matrix of 0/1, for counting facets in bulk."""
        found = self._matrices.get(name)
        if found is None:
            values = sorted(self.values[name])
            matrix = np.zeros((len(self.publish), len(values)), dtype=np.uint8)
            for column, value in enumerate(values):
                docs = self.values[name][value]
                matrix[np.fromiter(docs, dtype=np.int64, count=len(docs)), column] = 1
            found = self._matrices[name] = (values, matrix)
        return found

    def embargoed(self, now: int) -> set[int]:
        """Documents whose publish time is still in the future."""
        i = bisect_right(self.future_order, (now, 1 << 62))
        return {d for _, d in self.future_order[i:]}

    def hidden(self, now: int) -> set[int]:
        """Documents not live at ``now``: still embargoed, or replaced by a newer version that has gone live."""
        i = bisect_right(self.until_order, (now, 1 << 62))
        return self.embargoed(now).union(d for _, d in self.until_order[:i])

    def get(self, name: str, value: str) -> frozenset[int]:
        return self.values[name].get(value, frozenset())


class FactsCache:
    """Segment facts by (generation, segment id), shared by every searcher of the process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._facts: dict[tuple[str, str], SegmentFacts] = {}

    def facts(self, generation: str, reader) -> SegmentFacts:
        key = (generation, reader.segment().segment_id())
        with self._lock:
            found = self._facts.get(key)
        if found is None:
            found = SegmentFacts.read(reader)
            with self._lock:
                self._facts[key] = found
        return found

    def keep_only(self, keys: set[tuple[str, str]]) -> None:
        with self._lock:
            for key in list(self._facts):
                if key not in keys:
                    del self._facts[key]


@dataclass
class Leaf:
    """One segment as seen by one searcher: its facts, offset and deletions."""

    searcher: Any  # Whoosh's leaf searcher and segment reader (Whoosh has no type information)
    reader: Any
    offset: int
    facts: SegmentFacts
    deleted: frozenset[int]
    _visible: dict = field(default_factory=dict)

    def visible(self, audiences: tuple[str, ...], now: int, doctype: str = STATEMENT) -> frozenset[int]:
        """Live documents of ``doctype`` in one of ``audiences`` that are current at ``now`` (published by then
        and not replaced by a newer version gone live); do not mutate."""
        base = self._base(audiences, doctype)
        hidden = self.facts.hidden(now)
        return base - hidden if hidden else base

    def _base(self, audiences: tuple[str, ...], doctype: str) -> frozenset[int]:
        key = (audiences, doctype)
        base = self._visible.get(key)
        if base is None:
            allowed: set[int] = set()
            for audience in audiences:
                allowed |= self.facts.get("audience", audience)
            base = allowed & self.facts.get("doctype", doctype)
            base = frozenset(base - self.deleted)
            self._visible[key] = base
        return base

    def seen(self, audiences: tuple[str, ...], now: int) -> Seen:
        """What BM25 may count for a viewer of ``audiences`` at ``now``: exactly :meth:`visible`'s documents."""
        key = ("seen", audiences)
        cached = self._visible.get(key)
        if cached is None:
            base = self._base(audiences, STATEMENT)
            mask = np.zeros(len(self.facts.publish), dtype=bool)
            mask[np.fromiter(base, dtype=np.int64, count=len(base))] = True
            cached = self._visible[key] = Seen(mask, len(base), int(self.facts.length_array[mask].sum()))
        hidden = [d for d in self.facts.hidden(now) if cached.mask[d]]
        if not hidden:
            return cached
        mask = cached.mask.copy()
        mask[hidden] = False
        lengths = int(self.facts.length_array[hidden].sum())
        return Seen(mask, cached.count - len(hidden), cached.length - lengths)


@dataclass(frozen=True)
class Seen:
    """One segment's documents a viewer may see now: a mask over document numbers, how many, total length."""

    mask: np.ndarray
    count: int
    length: int


__all__ = ["STATEMENT", "FactsCache", "Leaf", "Seen", "SegmentFacts", "term_docs"]

"""What each index segment says about its documents: the fast path for visibility, filters and facets.

Whoosh segments never change once written (only their deletion sets do), so what a segment says about
its documents (doctype, audience, kind, topics, publish time) is read once per process and cached by
segment id, with masks over the segment's documents for each audience, doctype, kind and topic (a viewer's
visible documents and a query's filters are a few ``&`` of those) and a compressed table of each document's
topics and kind for counting facets with one ``bincount``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import TermNotFound

from .blocks import block_ids
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
    until: list[int]  # when a scheduled newer version replaces each document (0: never)
    _tables: dict = field(default_factory=dict)
    _masks: dict = field(default_factory=dict)

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
        until = reader.column_reader("until", translate=True)
        return cls(values, publish, field_lengths(reader, "content"), [int(until[d]) for d in range(count)])

    @cached_property
    def length_array(self) -> np.ndarray:
        return np.asarray(self.lengths, dtype=np.float64)

    @cached_property
    def publish_array(self) -> np.ndarray:
        return np.asarray(self.publish, dtype=np.int64)

    @cached_property
    def until_array(self) -> np.ndarray:
        until = np.asarray(self.until, dtype=np.int64)
        return np.where(until > 0, until, np.iinfo(np.int64).max)

    def facet_counts(self, name: str, docs: np.ndarray) -> dict[str, int]:
        """How many of ``docs`` (document numbers) hold each value of fact ``name`` (values held by none left
        out). Each document's values are kept as one row of a compressed sparse table, so counting is one
        gather and one ``bincount`` over the candidates' values, whatever their number."""
        values, starts, codes = self._table(name)
        begin, end = starts[docs], starts[docs + 1]
        sizes = end - begin
        total = int(sizes.sum())
        if not total:
            return {}
        offsets = np.repeat(begin - (np.cumsum(sizes) - sizes), sizes) + np.arange(total)
        counts = np.bincount(codes[offsets], minlength=len(values))
        return {values[i]: int(counts[i]) for i in np.flatnonzero(counts).tolist()}

    def _table(self, name: str) -> tuple[list[str], np.ndarray, np.ndarray]:
        """Fact ``name``'s values, and per document the codes of its values (row starts, codes)."""
        found = self._tables.get(name)
        if found is None:
            values = sorted(self.values[name])
            pairs = sorted((d, code) for code, value in enumerate(values) for d in self.values[name][value])
            docs = np.fromiter((d for d, _ in pairs), dtype=np.int64, count=len(pairs))
            codes = np.fromiter((c for _, c in pairs), dtype=np.int64, count=len(pairs))
            starts = np.searchsorted(docs, np.arange(len(self.publish) + 1)).astype(np.int64)
            found = self._tables[name] = (values, starts, codes)
        return found

    def mask(self, name: str, value: str) -> np.ndarray:
        """The documents whose fact ``name`` is ``value``, as a mask over document numbers (do not mutate)."""
        key = (name, value)
        found = self._masks.get(key)
        if found is None:
            found = np.zeros(len(self.publish), dtype=bool)
            docs = self.get(name, value)
            found[np.fromiter(docs, dtype=np.int64, count=len(docs))] = True
            self._masks[key] = found
        return found

    def hidden(self, now: int) -> np.ndarray:
        """Mask of the documents not live at ``now``: still embargoed, or replaced by a newer version that has
        gone live."""
        return (self.publish_array > now) | (self.until_array <= now)

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

    def visible(self, audiences: tuple[str, ...], now: int, doctype: str = STATEMENT) -> np.ndarray:
        """Mask of the live documents of ``doctype`` in one of ``audiences`` that are current at ``now``
        (published by then and not replaced by a newer version gone live)."""
        return self._base(audiences, doctype) & ~self.facts.hidden(now)

    def _base(self, audiences: tuple[str, ...], doctype: str) -> np.ndarray:
        key = (audiences, doctype)
        base = self._visible.get(key)
        if base is None:
            base = np.zeros(len(self.facts.publish), dtype=bool)
            for audience in audiences:
                base |= self.facts.mask("audience", audience)
            base &= self.facts.mask("doctype", doctype)
            if self.deleted:
                base[np.fromiter(self.deleted, dtype=np.int64, count=len(self.deleted))] = False
            self._visible[key] = base
        return base

    def seen(self, audiences: tuple[str, ...], now: int) -> Seen:
        """What BM25 may count for a viewer of ``audiences`` at ``now``: exactly :meth:`visible`'s documents."""
        mask = self.visible(audiences, now)
        return Seen(mask, int(np.count_nonzero(mask)), int(self.facts.length_array[mask].sum()))


@dataclass(frozen=True)
class Seen:
    """One segment's documents a viewer may see now: a mask over document numbers, how many, total length."""

    mask: np.ndarray
    count: int
    length: int


__all__ = ["STATEMENT", "FactsCache", "Leaf", "Seen", "SegmentFacts", "term_docs"]

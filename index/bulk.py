"""The rebuild's writer: a generation's postings gathered in typed arrays, written as few segments as memory allows.

Whoosh's ``SegmentWriter`` sends every posting through a pool of Python tuples, sorts them (spilling sorted
runs to disk past its memory limit) and writes them back one at a time: most of a rebuild's time. A rebuild
writes a fresh segment from scratch, so here each term's postings are appended to a few typed arrays as
documents arrive (document numbers ascend by construction: only the terms are sorted, once) and written a
block at a time (:meth:`index.codec.FastPostingsWriter.add_packed`). A segment is closed when its arrays reach
the memory budget, so a rebuild at 100k statements leaves two segments rather than twenty, which is what
every query then walks. Stored fields, columns and lengths go through Whoosh's per-document writer as before,
so the files are the W3 files a sync writes.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, repeat
from operator import itemgetter
from typing import NamedTuple

import numpy as np

from .codec import FastWriter
from .schema import TermSet, WeightedPositions

BUDGET_MB = 384  # gathered postings per segment (about 60,000 statements of 575 words)
STAGE = 400_000  # postings staged end to end before they are sorted into their terms' arrays
_TERM_BYTES = 240  # a new term's dictionary entry and empty arrays, roughly
_POSITIONS = itemgetter(2)


class PackedContent(NamedTuple):
    """A ``content`` value (WeightedPositions) as flat arrays, as the rebuild's helper process sends it
    (:mod:`index.parallel`): the terms, then each one's weight (``float32``), number of positions (``uint32``)
    and all their positions end to end (``uint16``), as bytes."""

    terms: list[str]
    weights: bytes
    counts: bytes
    positions: bytes

    def length(self) -> int:
        return len(self.positions) // 2


@dataclass(slots=True)
class Gathered:
    """One term's postings in one field, in document order."""

    docs: array = field(default_factory=lambda: array("I"))
    weights: array = field(default_factory=lambda: array("f"))
    counts: array | None = None  # positions per posting (WeightedPositions fields)
    positions: array | None = None  # every posting's positions, end to end
    values: list[bytes] | None = None  # encoded values of any other format

    def drop_from(self, docnum: int) -> None:
        """Forget the postings of documents ``docnum`` and later (undoing a document that failed halfway)."""
        while self.docs and self.docs[-1] >= docnum:
            self.docs.pop()
            self.weights.pop()
            if self.counts is not None and self.positions is not None:
                del self.positions[len(self.positions) - self.counts.pop() :]
            if self.values:
                self.values.pop()


class _TermIds(dict):
    """term -> a number, given on first sight (``names[number]`` is the term)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list = []

    def __missing__(self, term) -> int:
        number = self[term] = len(self.names)
        self.names.append(term)
        return number


class Staged:
    """One field's postings from the last documents added, end to end in a few arrays (each document costs a
    few C-level ``extend`` calls, not a Python step per posting), moved into the terms' :class:`Gathered`
    arrays in bulk: a stable sort by term, then one slice per term."""

    def __init__(self, positions: bool) -> None:
        self.ids = _TermIds()
        self.with_positions = positions
        self._clear()

    def _clear(self) -> None:
        self.terms, self.docs, self.weights = array("I"), array("I"), array("f")
        self.counts: array | None = array("I") if self.with_positions else None
        self.positions: array | None = array("H") if self.with_positions else None

    def __len__(self) -> int:
        return len(self.terms)

    def mark(self) -> tuple[int, int]:
        return len(self.terms), len(self.positions) if self.positions is not None else 0

    def undo(self, mark: tuple[int, int]) -> None:
        """Forget what was staged after ``mark`` (a document that failed halfway)."""
        postings, positions = mark
        for part in (self.terms, self.docs, self.weights, self.counts):
            if part is not None:
                del part[postings:]
        if self.positions is not None:
            del self.positions[positions:]

    def add(self, docnum: int, terms: Iterable, weights: Iterable[float], positions: Iterable | None) -> int:
        """Stage one document's postings; returns their approximate size in bytes."""
        before = len(self.terms)
        self.terms.extend(map(self.ids.__getitem__, terms))
        count = len(self.terms) - before
        self.docs.extend(repeat(docnum, count))
        self.weights.extend(weights)
        size = 12 * count
        if self.counts is not None and self.positions is not None and positions is not None:
            lists = list(positions)
            self.counts.extend(map(len, lists))
            before = len(self.positions)
            self.positions.extend(chain.from_iterable(lists))
            size += 4 * count + 2 * (len(self.positions) - before)
        return size

    def add_packed(self, docnum: int, content: PackedContent, boost: float) -> int:
        """Stage one document's already packed ``content`` postings; returns their approximate size."""
        count = len(content.terms)
        self.terms.extend(map(self.ids.__getitem__, content.terms))
        self.docs.extend(repeat(docnum, count))
        if boost == 1.0:
            self.weights.frombytes(content.weights)
        else:
            self.weights.extend(w * boost for w in array("f", content.weights))
        if self.counts is not None and self.positions is not None:
            self.counts.frombytes(content.counts)
            self.positions.frombytes(content.positions)
        return 16 * count + len(content.positions)

    def spill(self, into: dict) -> int:
        """Move everything staged into ``into`` (term -> Gathered); returns the bytes of new terms."""
        n = len(self.terms)
        if not n:
            return 0
        term = np.frombuffer(self.terms, dtype=np.uint32)
        order = np.argsort(term, kind="stable")  # stable: each term's documents stay in ascending order
        ordered = term[order]
        cuts = np.flatnonzero(ordered[1:] != ordered[:-1]) + 1
        starts = np.concatenate(([0], cuts)).tolist()
        ends = np.concatenate((cuts, [n])).tolist()
        docs = np.frombuffer(self.docs, dtype=np.uint32)[order].tobytes()
        weights = np.frombuffer(self.weights, dtype=np.float32)[order].tobytes()
        counts = spans = positions = None
        if self.counts is not None and self.positions is not None:
            staged_counts = np.frombuffer(self.counts, dtype=np.uint32).astype(np.int64)
            sorted_counts = staged_counts[order]
            first = (np.cumsum(staged_counts) - staged_counts)[order]
            within = np.cumsum(sorted_counts)
            total = int(within[-1])
            index = np.repeat(first - (within - sorted_counts), sorted_counts) + np.arange(total)
            positions = np.frombuffer(self.positions, dtype=np.uint16)[index].tobytes()
            counts = sorted_counts.astype(np.uint32).tobytes()
            spans = [0, *within.tolist()]
        names = self.ids.names
        added = 0
        for number, a, b in zip(ordered[starts].tolist(), starts, ends, strict=True):
            name = names[number]
            found = into.get(name)
            if found is None:
                found = into[name] = Gathered(counts=array("I") if counts else None,
                                              positions=array("H") if counts else None)  # fmt: skip
                added += _TERM_BYTES
            found.docs.frombytes(docs[4 * a : 4 * b])
            found.weights.frombytes(weights[4 * a : 4 * b])
            if counts is not None and positions is not None and spans is not None:
                found.counts.frombytes(counts[4 * a : 4 * b])  # type: ignore[union-attr]
                found.positions.frombytes(positions[2 * spans[a] : 2 * spans[b]])  # type: ignore[union-attr]
        self._clear()
        return added


class BulkWriter(FastWriter):
    """A :class:`index.codec.FastWriter` for writing a new segment from nothing (a rebuild): postings are
    gathered in arrays (keyed by term text; by term bytes for Whoosh-analysed fields) instead of Whoosh's
    posting pool. ``add_documents`` adds all the documents given or, when one cannot be taken, none."""

    def __init__(self, ix, budget_mb: float = BUDGET_MB, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self._gathered: dict[str, dict] = {name: {} for name in self.schema.names() if self.schema[name].indexed}
        self._staged: dict[str, Staged] = {}
        for name in self._gathered:
            fmt = self.schema[name].format
            if isinstance(fmt, (WeightedPositions, TermSet)):
                self._staged[name] = Staged(positions=isinstance(fmt, WeightedPositions))
        self._budget = budget_mb * 1024 * 1024
        self._bytes = 0

    def full(self) -> bool:
        """Whether the gathered postings have reached the memory budget (commit, then start another)."""
        return self._bytes >= self._budget

    def add_document(self, **fields) -> None:
        self.add_documents([fields])

    def add_documents(self, documents: list[dict]) -> None:
        self._check_state()
        # Everything that can refuse a document is computed first; only then is the writer changed, and the
        # postings (the one part that could still fail on a malformed value) are undone if they do.
        prepared = [self._per_document(fields) for fields in documents]
        first = self.docnum
        marks = {name: staged.mark() for name, staged in self._staged.items()}
        try:
            for docnum, fields in enumerate(documents, start=first):
                self._gather(docnum, fields)
        except Exception:
            for name, staged in self._staged.items():
                staged.undo(marks[name])
            for terms in self._gathered.values():
                for gathered in terms.values():
                    gathered.drop_from(first)
            raise
        for name, staged in self._staged.items():
            if len(staged) >= STAGE:
                self._bytes += staged.spill(self._gathered[name])
        writer = self.perdocwriter
        for docnum, perdoc in enumerate(prepared, start=first):
            writer.start_doc(docnum)
            for name, fieldobj, stored, length, column, cv in perdoc:
                writer.add_field(name, fieldobj, stored, length)
                if cv is not None:
                    writer.add_column_value(name, column, cv)
            writer.finish_doc()
        self.docnum += len(documents)
        if documents:
            self._added = True

    def _per_document(self, fields: dict) -> list[tuple]:
        """Stored values, field lengths and column values of one document (which also checks its fields)."""
        schema = self.schema
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, names)
        out = []
        for name in names:
            value = fields[name]
            if value is None:
                continue
            fieldobj = schema[name]
            length = 0
            if fieldobj.indexed and fieldobj.scorable:
                length = _length(fieldobj, value)
            custom = fields.get(f"_stored_{name}", value)
            column = fieldobj.column_type
            cv = fieldobj.to_column_value(custom) if column and custom is not None else None
            out.append((name, fieldobj, custom if fieldobj.stored else None, length, column, cv))
        return out

    def _gather(self, docnum: int, fields: dict) -> None:
        docboost = self._doc_boost(fields)
        size = 0
        for name, value in fields.items():
            if value is None or name.startswith("_"):
                continue
            fieldobj = self.schema[name]
            if not fieldobj.indexed:
                continue
            terms = self._gathered[name]
            boost = self._field_boost(fields, name, docboost)
            fmt = fieldobj.format
            if isinstance(value, PackedContent):
                size += self._staged[name].add_packed(docnum, value, boost)
            elif isinstance(fmt, WeightedPositions):
                if value:
                    words, weights, positions = zip(*value, strict=True)
                    if boost != 1.0:
                        weights = tuple(w * boost for w in weights)
                    size += self._staged[name].add(docnum, words, weights, positions)
            elif isinstance(fmt, TermSet):
                weight = fmt.field_boost * boost
                size += self._staged[name].add(docnum, value, repeat(weight, len(value)), None)
            else:
                for btext, _, weight, vbytes in fieldobj.index(value):
                    found = terms.get(btext)
                    if found is None:
                        found = terms[btext] = Gathered(values=[])
                        size += _TERM_BYTES
                    found.docs.append(docnum)
                    found.weights.append(weight * boost)
                    found.values.append(vbytes)  # type: ignore[union-attr]
                    size += 48 + len(vbytes)
        self._bytes += size

    def _flush_segment(self) -> None:
        for name, staged in self._staged.items():
            staged.spill(self._gathered[name])
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        self.fieldwriter.add_gathered(self.schema, lengths, self._sorted())
        self.fieldwriter.close()
        if lengths is not None:
            lengths.close()
        self._gathered = {}

    def _sorted(self) -> Iterator[tuple[str, Iterable[tuple[bytes, Gathered]]]]:
        """Fields by name, each one's terms in byte order (a str's code-point order is its UTF-8 byte order)."""
        for name in sorted(self._gathered):
            terms = self._gathered[name]
            if terms:
                yield name, ((_bytes(term), terms[term]) for term in sorted(terms))


def _length(fieldobj, value) -> int:
    """A document's length in a scorable field, as Whoosh counts it (the sum of its postings' frequencies)."""
    fmt = fieldobj.format
    if isinstance(value, PackedContent):
        return value.length()
    if isinstance(fmt, WeightedPositions):
        return sum(map(len, map(_POSITIONS, value)))
    if isinstance(fmt, TermSet):
        return len(value)
    return sum(frequency for _, frequency, _, _ in fieldobj.index(value))


def _bytes(term: str | bytes) -> bytes:
    return term if isinstance(term, bytes) else term.encode("utf-8")

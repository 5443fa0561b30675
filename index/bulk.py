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

from .codec import FastWriter
from .schema import MAX_POSITION, TermSet, WeightedPositions

BUDGET_MB = 384  # gathered postings per segment (about 60,000 statements of 575 words)
_TERM_BYTES = 240  # a new term's dictionary entry and empty arrays, roughly


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


class BulkWriter(FastWriter):
    """A :class:`index.codec.FastWriter` for writing a new segment from nothing (a rebuild): postings are
    gathered in arrays (keyed by term text; by term bytes for Whoosh-analysed fields) instead of Whoosh's
    posting pool. ``add_documents`` adds all the documents given or, when one cannot be taken, none."""

    def __init__(self, ix, budget_mb: float = BUDGET_MB, **kwargs) -> None:
        super().__init__(ix, **kwargs)
        self._gathered: dict[str, dict] = {name: {} for name in self.schema.names() if self.schema[name].indexed}
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
        try:
            for docnum, fields in enumerate(documents, start=first):
                self._gather(docnum, fields)
        except Exception:
            for terms in self._gathered.values():
                for gathered in terms.values():
                    gathered.drop_from(first)
            raise
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
            if isinstance(fmt, WeightedPositions):
                for term, weight, positions in value:
                    found = terms.get(term)
                    if found is None:
                        found = terms[term] = Gathered(counts=array("I"), positions=array("H"))
                        size += _TERM_BYTES
                    found.docs.append(docnum)
                    found.weights.append(weight * boost)
                    found.counts.append(len(positions))  # type: ignore[union-attr]
                    found.positions.extend(positions)  # type: ignore[union-attr]
                    size += 12 + 2 * len(positions)
            elif isinstance(fmt, TermSet):
                weight = fmt.field_boost * boost
                for term in value:
                    found = terms.get(term)
                    if found is None:
                        found = terms[term] = Gathered()
                        size += _TERM_BYTES
                    found.docs.append(docnum)
                    found.weights.append(weight)
                    size += 8
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
    """A document's length in a scorable field, as Whoosh counts it (the sum of its postings' frequencies);
    checks a WeightedPositions value's positions fit in two bytes."""
    fmt = fieldobj.format
    if isinstance(fmt, WeightedPositions):
        total = 0
        for _, _, positions in value:
            if positions and not 0 <= positions[0] <= positions[-1] <= MAX_POSITION:
                raise ValueError(f"positions must lie between 0 and {MAX_POSITION}")
            total += len(positions)
        return total
    if isinstance(fmt, TermSet):
        return len(value)
    return sum(frequency for _, frequency, _, _ in fieldobj.index(value))


def _bytes(term: str | bytes) -> bytes:
    return term if isinstance(term, bytes) else term.encode("utf-8")

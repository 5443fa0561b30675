"""Writing and reading Pressline's posting blocks inside Whoosh's W3 segment files.

The files are Whoosh's W3 layout (terms ``.trm``, postings ``.pst``, columns ``.col``, stored fields, the
pickled table of contents), left as separate files rather than one compound file. The posting blocks are
NOT stock W3: :class:`FastPostingsWriter` packs each block's ids, weights and values into raw arrays (see
"Packed block layout" below and :mod:`index.blocks`), which stock Whoosh matchers cannot read;
:class:`FastLeafMatcher` reads both.
So an index is readable only through :class:`PresslineCodec`, which the table of contents names by its
registered name (:mod:`index.ondisk`). docs/search.md describes the format and the Whoosh internals used.

Writing is also faster than Whoosh's own: field lengths are read once per field into a list (Whoosh looks
each posting's up through a column reader, and stats the file system for fields without lengths), and the
posting pool keeps a cheaper running size.
"""

from __future__ import annotations

import pickle
import secrets
import string
import zlib
from array import array
from itertools import accumulate, groupby, pairwise
from operator import itemgetter

import numpy as np
from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
)
from whoosh.system import _INT_SIZE
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import PostingPool, SegmentWriter

from .blocks import pack_positions, unpack_values
from .ondisk import CODEC, reducer

_ID_CHARS = string.ascii_lowercase + string.digits
_TERM_KEY = itemgetter(0, 1)
BLOCK_POSTINGS = 1024
SMALL_TERM = 64  # postings up to which a term is written with plain arrays rather than numpy


class _Lengths:
    """Field lengths of the new segment, loaded per field on first use."""

    def __init__(self, lengths, schema) -> None:
        self._lengths = lengths
        self._schema = schema
        self._tables: dict[str, list[int] | None] = {}

    def table(self, fieldname: str) -> list[int] | None:
        if fieldname not in self._tables:
            table = None
            try:
                field = self._schema[fieldname]
            except KeyError:
                field = None
            if field is not None and field.scorable:
                reader = self._lengths._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
                if reader is not None:
                    table = [byte_to_length(b) if b else 0 for b in (reader[d] for d in range(len(reader)))]
            self._tables[fieldname] = table
        return self._tables[fieldname]

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        table = self.table(fieldname)
        return table[docnum] if table is not None and docnum < len(table) else default


def _lengths_of(lengths: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """Each of ``docs``' field length (0 past the end of the column: Whoosh leaves trailing zeros out)."""
    inside = docs < len(lengths)
    out = np.zeros(len(docs), dtype=np.int64)
    out[inside] = lengths[docs[inside]]
    return out


class FastPostingsWriter(W3PostingsWriter):
    """Writes a whole term's postings a block at a time (lists extended in C, not one call per posting)."""

    _ids: array
    _maxweight: float  # the block statistics Whoosh's writer keeps
    _minlength: int | None
    _maxlength: int

    def add_many(self, ids: list[int], weights: list[float], values: list[bytes], lengths: list[int] | None) -> None:
        limit = self._blocklimit
        for start in range(0, len(ids), limit):
            if len(self._ids):
                self._write_block()
            end = start + limit
            part = weights[start:end]
            self._ids.extend(ids[start:end])
            self._weights.extend(part)
            self._maxweight = max(self._maxweight, max(part))
            self._values.extend(v for v in values[start:end] if v)
            self._count_lengths(lengths[start:end] if lengths is not None else None)

    def add_packed(self, ids: array, weights: array, counts: array | None, positions: array | None,
                   lengths: np.ndarray | None) -> None:  # fmt: skip
        """A whole term's postings from arrays (the rebuild's :class:`index.bulk.BulkWriter`): ``counts[i]``
        positions of posting ``i``, all end to end in ``positions`` (both None for a field without values);
        ``lengths``: each document's field length. Blocks are written without a Python step per posting."""
        if len(ids) <= SMALL_TERM:  # most terms: plain array slicing beats numpy's per-call overhead
            self._ids, self._weights = ids, weights
            self._maxweight = max(self._maxweight, max(weights))
            if counts is not None and positions is not None:
                self._packed = pack_positions(counts, positions.tobytes())
            if lengths is not None:
                self._count_lengths([int(lengths[d]) if d < len(lengths) else 0 for d in ids])
            return
        limit = self._blocklimit
        doc_array = np.frombuffer(ids, dtype=np.uint32)
        weight_array = np.frombuffer(weights, dtype=np.float32)
        count_array = np.frombuffer(counts, dtype=np.uint32) if counts is not None else None
        ends = [0, *np.cumsum(count_array, dtype=np.int64).tolist()] if count_array is not None else None
        known = _lengths_of(lengths, doc_array) if lengths is not None else None
        for start in range(0, len(doc_array), limit):
            if len(self._ids):
                self._write_block()
            end = min(start + limit, len(doc_array))
            self._ids = array("I", doc_array[start:end].tobytes())
            part = weight_array[start:end]
            self._weights = array("f", part.tobytes())
            self._maxweight = max(self._maxweight, float(np.max(part)))
            if count_array is not None and positions is not None and ends is not None:
                self._packed = pack_positions(count_array[start:end], positions[ends[start] : ends[end]].tobytes())
            if known is not None:
                block = known[start:end]
                block = block[block > 0]
                if block.size:
                    self._count_lengths([int(block.min()), int(block.max())])

    def _count_lengths(self, lengths: list[int] | None) -> None:
        known = [n for n in lengths if n] if lengths is not None else None
        if known:
            low = min(known)
            self._minlength = low if self._minlength is None else min(self._minlength, low)
            self._maxlength = max(self._maxlength, max(known))

    _packed: bytes | None  # the current block's values, already packed by add_packed

    def _new_block(self) -> None:
        super()._new_block()
        self._packed = None

    def _write_block(self, last=False):
        """Whoosh's block writer, pickling the data tuple with protocol 5 rather than 2: protocol 2 stores
        bytes through a latin-1 text round trip, so a block of packed arrays took 36 us to unpickle (1.3 us
        now) and grew by a third (every byte over 127 doubled). Readers are unchanged: unpickling reads any
        protocol."""
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = pickle.dumps((self._mini_ids(), self._mini_weights(), self._mini_values()), 5)
        comp = self._compression
        if comp:
            data = zlib.compress(data, comp)
        ids = self._ids
        info = (len(ids), ids[-1], self._maxweight, comp, length_to_byte(self._minlength),
                length_to_byte(self._maxlength))  # fmt: skip
        infobytes = pickle.dumps(info, 2)
        length = len(infobytes) + len(data)
        self._postfile.write_int(-length if last else length)
        self._postfile.write(infobytes)
        self._postfile.write(data)
        self._blockcount += 1
        self._new_block()

    # Packed block layout: ids (delta-coded) and weights as one array each, variable-size values (positions)
    # as one blob (see index/blocks.py WIDE), so reading a block unpickles three objects rather than hundreds.

    def _mini_ids(self):
        ids = self._ids
        if self._byteids or not len(ids):
            return super()._mini_ids()
        if len(ids) <= SMALL_TERM:
            return array("I", [ids[0], *(b - a for a, b in pairwise(ids))]).tobytes()
        docs = np.frombuffer(ids, dtype=np.uint32)
        deltas = np.empty_like(docs)
        deltas[0] = docs[0]
        np.subtract(docs[1:], docs[:-1], out=deltas[1:])
        return deltas.tobytes()

    def _mini_weights(self):
        weights = self._weights
        first = weights[0]
        if len(weights) <= SMALL_TERM:
            same = min(weights) == max(weights)
        else:
            packed = np.frombuffer(weights, dtype=np.float32)
            same = bool((packed == packed[0]).all())
        if same:
            return None if first == 1.0 else first
        return array("f", weights).tobytes()

    def _mini_values(self):
        if self._packed is not None:
            return self._packed
        fixed = self._format.fixed_value_size()
        if fixed is not None and fixed >= 0:
            return super()._mini_values()
        values = self._values  # WeightedPositions values: a four-byte frequency, then the positions
        return pack_positions([(len(v) - _INT_SIZE) // 2 for v in values], b"".join(v[_INT_SIZE:] for v in values))


class FastLeafMatcher(W3LeafMatcher):
    """Whoosh's block reader, also understanding the packed layout written by FastPostingsWriter."""

    def _read_ids(self):
        if self._data is None:
            self._read_data()
        ids = self._data[0]
        if isinstance(ids, bytes):
            self._ids = tuple(accumulate(array("I", ids)))
        else:
            super()._read_ids()

    def _read_weights(self):
        if self._data is None:
            self._read_data()
        weights = self._data[1]
        if isinstance(weights, bytes):
            self._weights = array("f", weights)
        else:
            super()._read_weights()

    def _read_values(self):
        if self._data is None:
            self._read_data()
        fixed = self.format.fixed_value_size()
        values = self._data[2]
        if (fixed is None or fixed < 0) and isinstance(values, bytes):
            self._values = unpack_values(values)
        else:
            super()._read_values()


class FastFieldWriter(W3FieldWriter):
    def add_postings(self, schema, lengths, items):
        lengths = _Lengths(lengths, schema) if lengths else None
        lastfn = None
        table = None
        for (fieldname, btext), group in groupby(items, key=_TERM_KEY):
            if fieldname != lastfn:
                if lastfn is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                table = lengths.table(fieldname) if lengths is not None else None
                lastfn = fieldname
            postings = [p for p in group if p[2] != -1]
            if not postings:
                continue
            self.start_term(btext)
            ids = [p[2] for p in postings]
            self._postwriter.add_many(
                ids,
                [p[3] for p in postings],
                [p[4] or b"" for p in postings],
                [table[d] if d < len(table) else 0 for d in ids] if table is not None else None,
            )
            self.finish_term()
        if lastfn is not None:
            self.finish_field()

    def add_gathered(self, schema, lengths, fields) -> None:
        """Write a new segment's postings from :class:`index.bulk.Gathered` arrays: ``fields`` yields
        (fieldname, (term bytes, gathered) in term order), in field-name order."""
        lengths = _Lengths(lengths, schema) if lengths else None
        for fieldname, terms in fields:
            self.start_field(fieldname, schema[fieldname])
            table = lengths.table(fieldname) if lengths is not None else None
            known = np.asarray(table, dtype=np.int64) if table is not None else None
            writer = self._postwriter
            for btext, gathered in terms:
                self.start_term(btext)
                if gathered.values is None:
                    writer.add_packed(gathered.docs, gathered.weights, gathered.counts, gathered.positions, known)
                else:
                    ids = gathered.docs
                    of = _lengths_of(known, np.frombuffer(ids, dtype=np.uint32)).tolist() if known is not None else None
                    writer.add_many(list(ids), list(gathered.weights), gathered.values, of)
                self.finish_term()
            self.finish_field()


class PresslineCodec(W3Codec):
    """Whoosh's W3 codec writing packed posting blocks; pickled in the table of contents by its registered
    name (:mod:`index.ondisk`), not by this class's module path."""

    __reduce__ = reducer(CODEC)

    def field_writer(self, storage, segment):
        return FastFieldWriter(self, storage, segment)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
        offset, length = terminfo.extent()
        return FastLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)

    def postings_writer(self, dbfile, byteids=False):
        return FastPostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=byteids,
                                  compression=self._compression, inlinelimit=self._inlinelimit)  # fmt: skip

    def new_segment(self, storage, indexname):
        # Whoosh names segments with the global ``random`` module, which anything (a forked worker, a test
        # framework seeding it per example) may reset; a repeated name breaks the next commit.
        segment = super().new_segment(storage, indexname)
        segment.segid = "".join(secrets.choice(_ID_CHARS) for _ in range(16))
        return segment


class FastPool(PostingPool):
    def add(self, item):
        self.currentsize += 120 + len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)


class FastWriter(SegmentWriter):
    """A SegmentWriter with the codec and pool above; everything else is Whoosh's."""

    def __init__(self, ix, **kwargs) -> None:
        # 1,024 postings a block (Whoosh's default is 128): searches read whole posting lists, so fewer, larger
        # blocks mean fewer per-block unpicklings (a common word's 140 blocks of 256 took 2.5 ms at 100k).
        # Blocks are not zlib-compressed (Whoosh's default is level 3): decompressing the blocks of a common
        # word's postings was a fifth of a phrase search at 100k statements; the index is about 40% larger.
        kwargs.setdefault("codec", PresslineCodec(blocklimit=BLOCK_POSTINGS, compression=0))
        # Separate files per segment, not one compound file: Whoosh copies each part of a compound file into
        # memory when a reader opens it (a serving process would hold the whole index), and assembling one
        # costs a full extra copy at commit.
        kwargs.setdefault("compound", False)
        super().__init__(ix, **kwargs)
        self.pool = FastPool(self._tempstorage, self.newsegment, limitmb=kwargs.get("limitmb", 128))
        self.pool.fieldnames = set(self.schema.names())  # what the stock pool collects one posting at a time

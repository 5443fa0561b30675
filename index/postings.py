"""Reading posting lists straight from Whoosh's W3 blocks.

Whoosh's matchers do a Python method call per posting (``id()``, ``skip_to()``, ``score()``...), which at
10k+ statements made ranking the slowest part of a search. Here a term's blocks are read with one read of
its byte range and decoded in bulk (:meth:`Postings.docnums`, :meth:`Postings.weight_array`); BM25 over them
is :func:`index.arrays.bm25_top`. The score is Whoosh's BM25F (B=0.75, K1=1.2, idf = log(N / (df + 1)) + 1)
on the one ``content`` field, whose posting weights already carry the region boosts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from math import log
from typing import Any

import numpy as np
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from .blocks import block_ids, block_values, block_weights, docnums, packed_values, read_blocks

B, K1 = 0.75, 1.2


@dataclass
class Block:
    decoded_ids: list[int] | None  # None until first needed (bulk work reads the raw ids with numpy)
    weights: float | list[float] | np.ndarray  # one float for every posting, or one per posting
    data: Any  # Whoosh's raw block tuple (untyped), for values (positions) decoded only when a phrase needs them
    fixed: int | None
    max_weight: float
    min_length: int
    last: int = -1  # the block's highest document number
    _values: list | None = None

    @property
    def ids(self) -> list[int]:
        if self.decoded_ids is None:
            self.decoded_ids = block_ids(self.data)
        return self.decoded_ids

    @property
    def packed(self) -> bool:
        """Ids as raw ``uint32`` deltas (as :class:`index.codec.FastPostingsWriter` writes them)."""
        data = self.data
        return data is not None and len(data) >= 3 and isinstance(data[0], bytes)

    def __len__(self) -> int:
        return len(self.data[0]) // 4 if self.packed else len(self.ids)

    @property
    def values(self) -> list | None:
        if self._values is None and self.data is not None:
            self._values = block_values(self.data, self.fixed)
        return self._values


@dataclass
class Postings:
    blocks: list[Block] = field(default_factory=list)
    _ids: list[int] | None = None
    _docnums: np.ndarray | None = None
    _weight_array: np.ndarray | None = None

    @classmethod
    def read(cls, reader, fieldname: str, term: str) -> Postings:
        try:
            fmt = reader.schema[fieldname].format
            terminfo = reader._terms.term_info(fieldname, term.encode("utf-8"))
            if not terminfo.is_inlined():
                offset, length = terminfo.extent()
                length = length[0] if isinstance(length, tuple) else length  # Whoosh 2.7 unpacks it as a 1-tuple
                blocks = read_blocks(reader._terms._postfile, offset, length)
                fixed = fmt.fixed_value_size()
                return cls([Block(None, block_weights(data), data, fixed, info[2], byte_to_length(info[4]), info[1])
                            for info, data in blocks])  # fmt: skip
            matcher = reader._terms.matcher(fieldname, term.encode("utf-8"), fmt)
        except (KeyError, ValueError, TermNotFound):
            return cls()
        out = cls()
        ids, weights, values = [], [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            values.append(matcher.value())
            matcher.next()
        if ids:
            block = Block(ids, weights, None, None, max(weights), 0, ids[-1])
            block._values = values
            out.blocks.append(block)
        return out

    @property
    def ids(self) -> list[int]:
        if self._ids is None:
            if self.blocks and all(block.packed for block in self.blocks):
                self._ids = self.docnums().tolist()
            else:
                self._ids = [d for block in self.blocks for d in block.ids]
        return self._ids

    def docnums(self) -> np.ndarray:
        """The document numbers as one numpy array (decoded in bulk from packed blocks)."""
        if self._docnums is None:
            if self.blocks and all(block.packed for block in self.blocks):
                self._docnums = docnums([np.frombuffer(block.data[0], dtype=np.uint32) for block in self.blocks])
            else:
                self._docnums = np.asarray(self.ids, dtype=np.int64)
        return self._docnums

    def weight_array(self) -> np.ndarray:
        """The weights as one float64 numpy array, parallel to :meth:`docnums`."""
        if self._weight_array is None:
            parts = [
                np.full(len(block), block.weights) if isinstance(block.weights, float)
                else np.asarray(block.weights, dtype=np.float64)
                for block in self.blocks
            ]  # fmt: skip
            self._weight_array = np.concatenate(parts) if parts else np.empty(0)
        return self._weight_array

    def __len__(self) -> int:
        return sum(len(block) for block in self.blocks)

    def values_for(self, wanted: set[int]) -> dict[int, bytes]:
        """Posting values (frequency and positions) of the ``wanted`` documents."""
        out: dict[int, bytes] = {}
        low = min(wanted, default=0)
        for block in self.blocks:
            if block.last < low:
                continue
            found = packed_values(block.data, block.fixed, block.ids, wanted) if block.data is not None else None
            if found is not None:
                out.update(found)
                continue
            if block.values is None:
                continue
            for docnum, value in zip(block.ids, block.values, strict=False):
                if docnum in wanted:
                    out[docnum] = value
        return out


class Reads:
    """Posting lists read during one search: each term once per segment."""

    def __init__(self) -> None:
        self._memo: dict[tuple[int, str, str], Postings] = {}

    def postings(self, leaf, fieldname: str, term: str) -> Postings:
        key = (id(leaf), fieldname, term)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = Postings.read(leaf.reader, fieldname, term)
        return found

    def ids(self, leaf, fieldname: str, term: str) -> np.ndarray:
        """The leaf's documents holding ``term`` (deleted ones included), a sorted ``int64`` array."""
        return self.postings(leaf, fieldname, term).docnums()


def idf(doc_count: int, doc_frequency: int) -> float:
    return log(doc_count / (doc_frequency + 1)) + 1


def field_lengths(reader, fieldname: str) -> list[int]:
    """Every document's length in ``fieldname`` (Whoosh stores it as one approximate byte)."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN

    count = reader.doc_count_all()
    column = reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
    if column is None:
        return [0] * count
    return [byte_to_length(b) if b else 0 for b in (column[d] for d in range(count))]

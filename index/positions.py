"""Quoted phrases over many candidates, checked with numpy rather than a Python loop per document.

Two common words at 100k statements share tens of thousands of documents, and checking each one's
positions in Python cost a few microseconds apiece: most of such a query's time. Here each posting block of
a phrase's words is decoded into one array of keys ``(docnum << SHIFT) + BIAS + position`` for the
candidate documents only (a handful of vectorised calls per block of 1,024 postings); the keys of the word at
offset ``k`` in the phrase, minus ``k``, are intersected across the words, and what is left are the
documents where the words stand side by side in order. Exact, like the per-document check it replaces.

The block layout read here is the packed one :class:`index.codec.FastPostingsWriter` writes: delta-coded
``uint32`` ids; values as a header, each posting's number of positions, then every posting's positions
(``uint16``) end to end. Other blocks (inlined terms) are read through :class:`index.postings.Block`'s
decoded lists.
"""

from __future__ import annotations

import numpy as np
from whoosh.system import _INT_SIZE

from .arrays import members
from .blocks import WIDE, docnums
from .postings import Block, Postings

SHIFT = 17  # bits for a position plus a bias, so subtracting a phrase offset never borrows from the docnum
BIAS = 1 << 16
_EMPTY = np.empty(0, dtype=np.int64)


def phrase_docs(postings: list[Postings], candidates: np.ndarray) -> set[int]:
    """Of ``candidates`` (sorted docnums), those where the terms of ``postings`` (one per phrase word, in
    order) stand side by side."""
    keys_of: dict[int, np.ndarray] = {}
    starts: np.ndarray | None = None
    for offset, plist in enumerate(postings):
        keys = keys_of.get(id(plist))
        if keys is None:
            keys = keys_of[id(plist)] = term_keys(plist, candidates)
        shifted = keys - offset
        starts = shifted if starts is None else starts[members(starts, shifted)]
        if not starts.size:
            return set()
    if starts is None:  # no phrase words
        return set()
    docs: np.ndarray = starts >> SHIFT
    return set(docs[np.concatenate(([True], docs[1:] != docs[:-1]))].tolist())


def term_keys(plist: Postings, candidates: np.ndarray) -> np.ndarray:
    """Sorted position keys of one term in the ``candidates`` documents."""
    ids, sizes, words, others = [], [], [], []
    for block in plist.blocks:
        if not block.packed or not isinstance(block.data[2], bytes):
            others.append(_decoded_keys(block, candidates))
            continue
        values = block.data[2]
        head = int.from_bytes(values[:_INT_SIZE], "big")
        count, wide = head & ~WIDE, bool(head & WIDE)
        ids.append(np.frombuffer(block.data[0], dtype=np.uint32))
        sizes.append(np.frombuffer(values, dtype=np.uint32 if wide else np.uint16, count=count, offset=_INT_SIZE))
        words.append(np.frombuffer(values, dtype=np.uint16, offset=_INT_SIZE + (4 if wide else 2) * count))
    keys = _packed_keys(ids, sizes, words, candidates) if ids else _EMPTY
    if any(part.size for part in others):
        keys = np.sort(np.concatenate([keys, *others]))
    return keys


def _packed_keys(ids: list, sizes: list, words: list, candidates: np.ndarray) -> np.ndarray:
    """Keys from packed blocks, decoded together: each block's delta-coded ids restart from its first id."""
    numbers = docnums(ids)
    picked = np.flatnonzero(members(numbers, candidates))
    if not picked.size:
        return _EMPTY
    size = np.concatenate(sizes).astype(np.int64)
    text = np.concatenate(words)
    ends = np.cumsum(size)
    first = ends[picked] - size[picked]
    lengths = ends[picked] - first
    before = np.cumsum(lengths) - lengths
    index = np.repeat(first - before, lengths) + np.arange(int(lengths.sum()))
    return (np.repeat(numbers[picked], lengths) << SHIFT) + BIAS + text[index].astype(np.int64)


def _decoded_keys(block: Block, candidates: np.ndarray) -> np.ndarray:
    values = block.values
    if values is None:
        return _EMPTY
    wanted = set(candidates.tolist())
    keys = []
    for docnum, value in zip(block.ids, values, strict=False):
        if docnum in wanted:
            positions = np.frombuffer(value, dtype=np.uint16, offset=_INT_SIZE).astype(np.int64)
            keys.append((docnum << SHIFT) + BIAS + positions)
    return np.concatenate(keys) if keys else _EMPTY

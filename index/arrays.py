"""Posting lists as numpy arrays, for work over thousands of candidates at once.

A common word at 100k statements has tens of thousands of postings; scoring or checking each candidate in
a Python loop cost most of a search's time. Here a posting list's document numbers and weights are decoded
into arrays once per search (straight from the packed blocks :class:`index.codec.FastPostingsWriter`
writes), and BM25 over a candidate set is a handful of vectorised operations.
"""

from __future__ import annotations

import numpy as np

from .postings import K1, B, Postings

DENSE_LIMIT = 1 << 22  # keys below this are looked up in a table indexed by key rather than by bisection
DENSE_MIN = 256  # values from which building that table pays


def locate(sorted_keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each of ``values``, an index into ``sorted_keys`` (distinct, ascending) and whether the key there
    is that value. Document numbers (small, dense) go through a table indexed by number: two passes over the
    arrays instead of a bisection per value, several times faster for a common word's tens of thousands."""
    if sorted_keys.size and values.size >= DENSE_MIN and 0 <= sorted_keys[0] and sorted_keys[-1] < DENSE_LIMIT:
        high = int(sorted_keys[-1])
        table = np.full(high + 2, -1, dtype=np.int64)
        table[sorted_keys] = np.arange(sorted_keys.size)
        found = table[np.clip(values, -1, high + 1)]
        held = found >= 0
        return np.where(held, found, 0), held
    at = np.minimum(np.searchsorted(sorted_keys, values), sorted_keys.size - 1)
    return at, sorted_keys[at] == values


def members(values: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Mask of the ``values`` found in ``sorted_keys`` (distinct, ascending)."""
    if not sorted_keys.size:
        return np.zeros(values.shape, dtype=bool)
    return locate(sorted_keys, values)[1]


def sorted_array(docs) -> np.ndarray:
    """Document numbers (a set or any sized iterable of ints) as a sorted ``int64`` array."""
    return np.sort(np.fromiter(docs, dtype=np.int64, count=len(docs)))


def bm25_top(postings: list[Postings], idfs: list[float], lengths: np.ndarray, publish: np.ndarray,
             avg_length: float, candidates: np.ndarray, k: int, leaf: int) -> list[tuple[float, int, int]]:  # fmt: skip
    """BM25 (docs/search.md) of one segment's ``candidates`` (sorted document numbers): the best ``k`` by
    score then publication time, and every candidate tied with the k-th (the caller settles ties)."""
    norm_base, norm_scale = K1 * (1 - B), K1 * B / (avg_length or 1.0)
    norm = norm_base + norm_scale * lengths[candidates]
    total = np.zeros(len(candidates))
    for term_idf, plist in zip(idfs, postings, strict=True):
        ids = plist.docnums()
        if not ids.size:
            continue
        at, held = locate(ids, candidates)
        w = np.where(held, plist.weight_array()[at], 0.0)
        total += term_idf * (K1 + 1) * w / (w + norm)
    chosen = np.arange(len(total))
    if len(total) > k:
        cut = -np.partition(-total, k - 1)[k - 1]
        chosen = np.flatnonzero(total >= cut)
    when = publish[candidates[chosen]]
    order = np.lexsort((-when, -total[chosen]))
    chosen, when = chosen[order], when[order]
    if len(chosen) > k:
        edge = (total[chosen[k - 1]], when[k - 1])
        end = k + int(np.count_nonzero((total[chosen[k:]] == edge[0]) & (when[k:] == edge[1])))
        chosen = chosen[:end]  # ties with the k-th sort together, right after it
    return [(score, leaf, docnum) for score, docnum in zip(total[chosen].tolist(), candidates[chosen].tolist(),
                                                             strict=True)]  # fmt: skip

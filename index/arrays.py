"""Posting lists as numpy arrays, for work over thousands of candidates at once.

A common word at 100k statements has tens of thousands of postings; scoring or checking each candidate in
a Python loop cost most of a search's time. Here a posting list's document numbers and weights are decoded
into arrays once per search (straight from the packed blocks :class:`index.codec.FastPostingsWriter`
writes), and BM25 over a candidate set is a handful of vectorised operations.
"""

from __future__ import annotations

import numpy as np

from .postings import K1, B, Postings

VECTOR_MIN = 64  # candidates in a segment from which BM25 is computed with numpy


def locate(sorted_keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each of ``values``, an index into ``sorted_keys`` and whether the key there is that value."""
    at = np.minimum(np.searchsorted(sorted_keys, values), sorted_keys.size - 1)
    return at, sorted_keys[at] == values


def members(values: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Mask of the ``values`` found in ``sorted_keys``."""
    if not sorted_keys.size:
        return np.zeros(values.shape, dtype=bool)
    return locate(sorted_keys, values)[1]


def sorted_array(docs) -> np.ndarray:
    return np.sort(np.fromiter(docs, dtype=np.int64, count=len(docs)))


def bm25_top(postings: list[Postings], idfs: list[float], lengths: np.ndarray, publish: np.ndarray,
             avg_length: float, found: set[int], k: int, leaf: int) -> list[tuple[float, int, int]]:  # fmt: skip
    """The same scores as :func:`index.postings.top` for one segment's candidates ``found``: the best ``k``
    by score then publication time, and every candidate tied with the k-th (the caller settles ties)."""
    norm_base, norm_scale = K1 * (1 - B), K1 * B / (avg_length or 1.0)
    candidates = sorted_array(found)
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

"""Posting lists as numpy arrays, for work over thousands of candidates at once.

A common word at 100k statements has tens of thousands of postings; scoring or checking each candidate in
a Python loop cost most of a search's time. Here a posting list's document numbers and weights are decoded
into arrays once per search (straight from the packed blocks :class:`index.codec.FastPostingsWriter`
writes), and BM25 over a candidate set is a handful of vectorised operations.
"""

from __future__ import annotations

import numpy as np

from .postings import K1, B, Block, Postings

VECTOR_MIN = 64  # candidates in a segment from which BM25 is computed with numpy


def members(values: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Mask of the ``values`` found in ``sorted_keys``."""
    if not sorted_keys.size:
        return np.zeros(values.shape, dtype=bool)
    at = np.minimum(np.searchsorted(sorted_keys, values), sorted_keys.size - 1)
    return sorted_keys[at] == values


def sorted_array(docs) -> np.ndarray:
    return np.sort(np.fromiter(docs, dtype=np.int64, count=len(docs)))


def arrays(plist: Postings) -> tuple[np.ndarray, np.ndarray]:
    """(document numbers, weights as float64) of a posting list, built once per :class:`Postings`."""
    if plist.arrays is None:
        weights = [_block_weights(block) for block in plist.blocks]
        plist.arrays = (plist.docnums(), np.concatenate(weights) if weights else np.empty(0))
    return plist.arrays


def _block_weights(block: Block) -> np.ndarray:
    w = block.weights
    if isinstance(w, float):
        return np.full(len(block), w)
    return np.asarray(w, dtype=np.float64)


def bm25_top(postings: list[Postings], idfs: list[float], lengths: np.ndarray, avg_length: float,
             found: set[int], k: int, leaf: int) -> list[tuple[float, int, int]]:  # fmt: skip
    """The same scores as :func:`index.postings.top` for one segment's candidates ``found``; among equal
    scores at the cut, lower document numbers first."""
    norm_base, norm_scale = K1 * (1 - B), K1 * B / (avg_length or 1.0)
    candidates = sorted_array(found)
    norm = norm_base + norm_scale * lengths[candidates]
    total = np.zeros(len(candidates))
    for term_idf, plist in zip(idfs, postings, strict=True):
        ids, weights = arrays(plist)
        if not ids.size:
            continue
        at = np.minimum(np.searchsorted(ids, candidates), ids.size - 1)
        w = np.where(ids[at] == candidates, weights[at], 0.0)
        total += term_idf * (K1 + 1) * w / (w + norm)
    if len(total) > k:
        cut = -np.partition(-total, k - 1)[k - 1]
        chosen = np.flatnonzero(total >= cut)
    else:
        chosen = np.arange(len(total))
    order = chosen[np.lexsort((candidates[chosen], -total[chosen]))][:k]
    return [(score, leaf, docnum) for score, docnum in zip(total[order].tolist(), candidates[order].tolist(),
                                                             strict=True)]  # fmt: skip

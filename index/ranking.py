"""Candidate sets and top-k selection: which documents match, and which come first.

Matching is set algebra on per-segment posting sets (see :mod:`index.docsets`); ranking is Whoosh's BM25F
over the ``content`` field, either scoring a small candidate set directly (skip_to each candidate) or
walking the matcher with block-quality skipping and keeping only candidates (large sets).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from itertools import pairwise

from .docsets import Leaf
from .query import Parsed

SPARSE = 2000  # below this many candidates in a segment, score them one by one


@dataclass
class Candidates:
    """Matching visible document numbers per leaf (parallel to ``snapshot.leaves``)."""

    sets: list[set[int]]
    any_word: bool = False

    @property
    def total(self) -> int:
        return sum(len(s) for s in self.sets)


def match(leaves: list[Leaf], bases: list[frozenset[int]], parsed: Parsed, any_word: bool = False) -> Candidates:
    sets = []
    for leaf, base in zip(leaves, bases, strict=True):
        if not base:
            sets.append(set())
            continue
        found = set(base) if not parsed.has_text else _text(leaf, base, parsed, any_word)
        for term in parsed.excluded:
            if found:
                found -= leaf.term("content", term)
        for phrase in parsed.excluded_phrases:
            if found:
                found -= _all(leaf, [("content", t) for t in phrase] + [("pairs", p) for p in _pairs(phrase)])
        sets.append(found)
    return Candidates(sets, any_word)


def _pairs(phrase: list[str]) -> list[str]:
    return [f"{a} {b}" for a, b in pairwise(phrase)]


def _all(leaf: Leaf, keys: list[tuple[str, str]], start: frozenset[int] | set[int] | None = None) -> set[int]:
    sets = sorted((leaf.term(f, t) for f, t in dict.fromkeys(keys)), key=len)
    if start is not None:
        sets.append(start)
        sets.sort(key=len)
    if not sets:
        return set()
    found = set(sets[0])
    for other in sets[1:]:
        if not found:
            break
        found &= other
    return found


def _text(leaf: Leaf, base: frozenset[int], parsed: Parsed, any_word: bool) -> set[int]:
    words = list(dict.fromkeys(parsed.required + [t for p in parsed.phrases for t in p]))
    if any_word:
        found: set[int] = set()
        for term in words:
            found |= leaf.term("content", term)
        return found & base
    keys = [("content", t) for t in words] + [("pairs", p) for p in parsed.pair_terms()]
    return _all(leaf, keys, base)


def within_dates(leaves: list[Leaf], cands: Candidates, since: int | None, until: int | None) -> None:
    if since is None and until is None:
        return
    low = since if since is not None else -(1 << 62)
    high = until if until is not None else 1 << 62
    for i, leaf in enumerate(leaves):
        publish = leaf.facts.publish
        cands.sets[i] = {d for d in cands.sets[i] if low <= publish[d] <= high}


def newest(leaves: list[Leaf], cands: Candidates, k: int) -> list[tuple[float, int, int]]:
    """Top ``k`` as (publish_at, leaf index, docnum), newest first."""
    best = []
    for i, (leaf, found) in enumerate(zip(leaves, cands.sets, strict=True)):
        publish = leaf.facts.publish
        best += [(publish[d], i, d) for d in heapq.nlargest(k, found, key=lambda d: (publish[d], d))]
    return heapq.nlargest(k, best)


def scores(searcher, query, leaves: list[Leaf], wanted: list[set[int]], k: int) -> list[tuple[float, int, int]]:
    """Top ``k`` of ``wanted`` by BM25F as (score, leaf index, docnum), best first."""
    context = searcher.context(weighting=searcher.weighting)
    heap: list[tuple[float, int, int]] = []
    for i, (leaf, found) in enumerate(zip(leaves, wanted, strict=True)):
        if not found:
            continue
        matcher = query.matcher(leaf.searcher, context)
        if len(found) <= SPARSE:
            _score_each(matcher, found, i, heap, k)
        else:
            _score_walk(matcher, found, i, heap, k)
    return sorted(heap, key=lambda h: (-h[0], h[1], h[2]))


def _push(heap: list, item: tuple, k: int) -> None:
    if len(heap) < k:
        heapq.heappush(heap, item)
    elif item[0] > heap[0][0]:
        heapq.heapreplace(heap, item)


def _score_each(matcher, found: set[int], leaf: int, heap: list, k: int) -> None:
    for docnum in sorted(found):
        if not matcher.is_active():
            return
        if matcher.id() < docnum:
            matcher.skip_to(docnum)
            if not matcher.is_active():
                return
        if matcher.id() == docnum:
            _push(heap, (matcher.score(), leaf, docnum), k)


def _score_walk(matcher, found: set[int], leaf: int, heap: list, k: int) -> None:
    quality = matcher.supports_block_quality()
    check = True
    while matcher.is_active():
        if quality and check and len(heap) >= k:
            matcher.skip_to_quality(heap[0][0])
            if not matcher.is_active():
                return
        docnum = matcher.id()
        if docnum in found:
            _push(heap, (matcher.score(), leaf, docnum), k)
        check = matcher.next()

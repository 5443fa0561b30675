"""Candidate sets and top-k selection: which documents match, and which come first.

Matching is set algebra on per-segment posting sets; quoted phrases are then checked against the positions
stored in each posting. Ranking is BM25 over the ``content`` field (:mod:`index.postings`), or publication
time for newest-first.
"""

from __future__ import annotations

import heapq
from array import array
from dataclasses import dataclass

from whoosh.system import _INT_SIZE

from . import arrays, positions
from .docsets import Leaf
from .postings import Reads, idf, top
from .query import Parsed

VECTORISED = 300  # candidates from which a phrase is checked with numpy (index/positions.py)


@dataclass
class Candidates:
    """Matching visible document numbers per leaf (parallel to ``snapshot.leaves``)."""

    sets: list[set[int]]
    any_word: bool = False

    @property
    def total(self) -> int:
        return sum(len(s) for s in self.sets)


def match(leaves: list[Leaf], bases: list, parsed: Parsed, reads: Reads, any_word: bool = False,
          field: str = "content") -> Candidates:  # fmt: skip
    """Visible documents holding every term (or, with ``any_word``, any term) of ``parsed`` in ``field``,
    quoted phrases checked against stored positions, exclusions removed."""
    sets: list[set[int]] = []
    for leaf, base in zip(leaves, bases, strict=True):
        if not base:
            sets.append(set())
            continue
        found = set(base) if not parsed.has_text else _text(leaf, base, parsed, reads, any_word, field)
        for term in parsed.excluded:
            if found:
                found -= reads.docs(leaf, field, term)
        for phrase in parsed.excluded_phrases:
            if found:
                found -= phrase_docs(leaf, phrase, _all(leaf, reads, field, phrase, found), reads)
        sets.append(found)
    return Candidates(sets, any_word)


def _all(leaf: Leaf, reads: Reads, field: str, words: list[str], start) -> set[int]:
    """Documents of ``start`` holding every one of ``words``; intersects the smallest sets first."""
    sets = sorted((reads.docs(leaf, field, t) for t in dict.fromkeys(words)), key=len)
    if not sets:
        return set(start)
    found = sets[0] & start if len(start) > len(sets[0]) else start & sets[0]
    for other in sets[1:]:
        if not found:
            break
        found &= other
    return set(found)


def _text(leaf: Leaf, base, parsed: Parsed, reads: Reads, any_word: bool, field: str) -> set[int]:
    if any_word:
        found: set[int] = set()
        for term in parsed.all_terms():
            found |= reads.docs(leaf, field, term)
        return found & base
    found = _all(leaf, reads, field, parsed.must_terms(), base)
    for group in parsed.groups:  # synonyms: any one alternative (a word, or a phrase)
        if not found:
            break
        either: set[int] = set()
        for alternative in group:
            held = _all(leaf, reads, field, list(alternative), found)
            either |= phrase_docs(leaf, list(alternative), held, reads) if field == "content" else held
        found &= either
    if field == "content":
        for phrase in parsed.phrases:
            found = phrase_docs(leaf, phrase, found, reads)
    return found


def phrase_docs(leaf: Leaf, phrase: list[str], candidates: set[int], reads: Reads) -> set[int]:
    """Of ``candidates`` (which hold every word), those where the words stand in order, side by side."""
    if not candidates or len(phrase) < 2:
        return candidates
    if len(candidates) >= VECTORISED:
        postings = [reads.postings(leaf, "content", term) for term in phrase]
        return positions.phrase_docs(postings, arrays.sorted_array(candidates))
    values = {term: reads.postings(leaf, "content", term).values_for(candidates) for term in dict.fromkeys(phrase)}
    first = values[phrase[0]]
    if len(phrase) == 2:  # the common case, kept tight: is some position of the second word one past the first's?
        second = values[phrase[1]]
        back = (-1).__add__
        return {
            d for d in candidates
            if not set(array("H", first[d][_INT_SIZE:])).isdisjoint(map(back, array("H", second[d][_INT_SIZE:])))
        }  # fmt: skip
    rest = [(offset, values[term]) for offset, term in enumerate(phrase[1:], start=1)]
    found = set()
    for docnum in candidates:
        starts = set(array("H", first[docnum][_INT_SIZE:]))
        for offset, table in rest:
            starts &= {p - offset for p in array("H", table[docnum][_INT_SIZE:])}
            if not starts:
                break
        if starts:
            found.add(docnum)
    return found


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


def scores(searcher, terms: list[str], leaves: list[Leaf], wanted: list[set[int]], reads: Reads, k: int
           ) -> list[tuple[float, int, int]]:  # fmt: skip
    """Top ``k`` of ``wanted`` by BM25 on ``content`` as (score, leaf index, docnum), best first."""
    if not terms or k <= 0:
        return []
    count = max(searcher.doc_count_all(), 1)
    idfs = [idf(count, searcher.doc_frequency("content", t)) for t in terms]
    per_leaf = [[reads.postings(leaf, "content", t) for t in terms] for leaf in leaves]
    average = searcher.field_length("content") / count
    large = [i for i, found in enumerate(wanted) if len(found) >= arrays.VECTOR_MIN]
    if not large:
        return top(per_leaf, idfs, [leaf.facts.lengths for leaf in leaves], average, wanted, k)
    small = [set() if i in large else found for i, found in enumerate(wanted)]
    best = top(per_leaf, idfs, [leaf.facts.lengths for leaf in leaves], average, small, k)
    for i in large:
        best += arrays.bm25_top(per_leaf[i], idfs, leaves[i].facts.length_array, average, wanted[i], k, i)
    return sorted(best, key=lambda h: (-h[0], h[1], h[2]))[:k]

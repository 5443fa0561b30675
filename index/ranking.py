"""Candidate sets and top-k selection: which documents match, and which come first.

Matching is set algebra on per-segment posting sets; quoted phrases are then checked against the positions
stored in each posting. Ranking is BM25 over the ``content`` field (:mod:`index.postings`), or publication
time for newest-first.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

import numpy as np
from whoosh.system import _INT_SIZE

from . import arrays, positions
from .docsets import Leaf, Seen
from .postings import Postings, Reads, idf, top
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
    """Top ``k`` as (publish_at, leaf index, docnum), newest first; equal times by slug and version."""
    best = []
    for i, (leaf, found) in enumerate(zip(leaves, cands.sets, strict=True)):
        publish = leaf.facts.publish
        best += cut([(publish[d], i, d) for d in found], k, lambda h: -h[0])
    return settle(leaves, cut(best, k, lambda h: -h[0]), k, lambda h: -h[0])


@dataclass(frozen=True)
class Statistics:
    """BM25's collection statistics, counted over the documents one viewer may see now and nothing else, so
    no score (and no order) moves when an internal, embargoed or withdrawn document comes or goes."""

    seen: list[Seen]  # parallel to the leaves

    @property
    def count(self) -> int:
        return sum(s.count for s in self.seen)

    @property
    def average_length(self) -> float:
        return sum(s.length for s in self.seen) / max(self.count, 1)

    def idf(self, postings: list[Postings]) -> float:
        """One term's idf from its posting lists in every leaf (parallel to ``seen``)."""
        frequency = sum(int(np.count_nonzero(s.mask[p.docnums()])) for s, p in zip(self.seen, postings, strict=True))
        return idf(max(self.count, 1), frequency)


def statistics(leaves: list[Leaf], audiences: tuple[str, ...], now: int) -> Statistics:
    return Statistics([leaf.seen(audiences, now) for leaf in leaves])


def scores(stats: Statistics, terms: list[str], leaves: list[Leaf], wanted: list[set[int]], reads: Reads, k: int
           ) -> list[tuple[float, int, int]]:  # fmt: skip
    """Top ``k`` of ``wanted`` by BM25 on ``content`` as (score, leaf index, docnum): best first, then newest
    first, then by slug and version (never by where a document happens to sit in the index)."""
    if not terms or k <= 0:
        return []
    per_leaf = [[reads.postings(leaf, "content", t) for t in terms] for leaf in leaves]
    idfs = [stats.idf([postings[j] for postings in per_leaf]) for j in range(len(terms))]
    average = stats.average_length
    large = {i for i, found in enumerate(wanted) if len(found) >= arrays.VECTOR_MIN}
    small = [set() if i in large else found for i, found in enumerate(wanted)]
    lengths = [leaf.facts.lengths for leaf in leaves]
    best = top(per_leaf, idfs, lengths, average, small, sum(map(len, small)))  # every small one
    for i in sorted(large):
        facts = leaves[i].facts
        best += arrays.bm25_top(per_leaf[i], idfs, facts.length_array, facts.publish_array, average, wanted[i], k, i)

    def rank(hit: tuple[float, int, int]) -> tuple[float, int]:
        return -hit[0], -leaves[hit[1]].facts.publish[hit[2]]

    return settle(leaves, cut(best, k, rank), k, rank)


def cut(items: list, k: int, rank) -> list:
    """The first ``k`` of ``items`` by ``rank`` (a sort key, best first) and every item ranked equal to the
    k-th: which of those come first is for :func:`settle` to decide."""
    ordered = sorted(items, key=rank)
    if len(ordered) <= k:
        return ordered
    edge, end = rank(ordered[k - 1]), k
    while end < len(ordered) and rank(ordered[end]) == edge:
        end += 1
    return ordered[:end]


def settle(leaves: list[Leaf], ordered: list, k: int, rank) -> list:
    """``ordered`` (sorted by ``rank``) cut to ``k``, documents of equal rank ordered by slug and version."""
    out: list = []
    start = 0
    while start < len(ordered) and len(out) < k:
        end = start + 1
        while end < len(ordered) and rank(ordered[end]) == rank(ordered[start]):
            end += 1
        group = ordered[start:end]
        if len(group) > 1:
            group.sort(key=lambda h: _identity(leaves[h[1]], h[2]))
        out += group
        start = end
    return out[:k]


def _identity(leaf: Leaf, docnum: int) -> tuple[str, int]:
    row = leaf.reader.stored_fields(docnum)
    return row["slug"], row["version"]

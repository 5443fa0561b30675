"""Candidate sets and top-k selection: which documents match, and which come first.

A segment's candidates are a sorted numpy array of document numbers: a viewer's visible documents and the
query's filters are masks over the segment's documents, a term's documents are its posting list decoded in
bulk, and matching is masking and intersecting those arrays in C (a common word at 100k statements holds
tens of thousands of documents, which Python sets took milliseconds to build and intersect). Quoted phrases
are then checked against the positions stored in each posting. Ranking is BM25 over the ``content`` field
(:mod:`index.arrays`), or publication time for newest-first.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

import numpy as np
from whoosh.system import _INT_SIZE

from . import arrays, positions
from .docsets import Leaf, Seen
from .postings import Postings, Reads, idf
from .query import Parsed

VECTORISED = 300  # candidates from which a phrase is checked with numpy (index/positions.py)
_NONE = np.empty(0, dtype=np.int64)


@dataclass
class Candidates:
    """Matching visible document numbers per leaf (parallel to ``snapshot.leaves``), each a sorted array."""

    docs: list[np.ndarray]
    any_word: bool = False

    @property
    def total(self) -> int:
        return sum(len(found) for found in self.docs)


def match(leaves: list[Leaf], masks: list[np.ndarray], parsed: Parsed, reads: Reads, any_word: bool = False,
          field: str = "content") -> Candidates:  # fmt: skip
    """Documents allowed by ``masks`` (one per leaf) holding every term (or, with ``any_word``, any term) of
    ``parsed`` in ``field``, quoted phrases checked against stored positions, exclusions removed."""
    found_per_leaf: list[np.ndarray] = []
    for leaf, mask in zip(leaves, masks, strict=True):
        if not mask.any():
            found_per_leaf.append(_NONE)
            continue
        found = np.flatnonzero(mask) if not parsed.has_text else _text(leaf, mask, parsed, reads, any_word, field)
        for term in parsed.excluded:
            if found.size:
                found = found[~arrays.members(found, reads.ids(leaf, field, term))]
        for phrase in parsed.excluded_phrases:
            if found.size:
                found = np.setdiff1d(found, phrase_docs(leaf, phrase, _all(leaf, reads, field, phrase, found),
                                                        reads), assume_unique=True)  # fmt: skip
        found_per_leaf.append(found)
    return Candidates(found_per_leaf, any_word)


def _all(leaf: Leaf, reads: Reads, field: str, words: list[str], start: np.ndarray) -> np.ndarray:
    """Documents of ``start`` (a mask over the leaf's documents, or a sorted array of document numbers)
    holding every one of ``words``; intersects the shortest posting lists first."""
    lists = sorted((reads.ids(leaf, field, t) for t in dict.fromkeys(words)), key=len)
    if not lists:
        return np.flatnonzero(start) if start.dtype == bool else start
    first = lists[0]
    found = first[start[first]] if start.dtype == bool else first[arrays.members(first, start)]
    for other in lists[1:]:
        if not found.size:
            break
        found = found[arrays.members(found, other)]
    return found


def _text(leaf: Leaf, mask: np.ndarray, parsed: Parsed, reads: Reads, any_word: bool, field: str) -> np.ndarray:
    if any_word:
        held = np.unique(np.concatenate([reads.ids(leaf, field, term) for term in parsed.all_terms()] or [_NONE]))
        return held[mask[held]]
    found = _all(leaf, reads, field, parsed.must_terms(), mask)
    for group in parsed.groups:  # synonyms: any one alternative (a word, or a phrase)
        if not found.size:
            break
        either = [_NONE]
        for alternative in group:
            held = _all(leaf, reads, field, list(alternative), found)
            either.append(phrase_docs(leaf, list(alternative), held, reads) if field == "content" else held)
        found = found[arrays.members(found, np.unique(np.concatenate(either)))]
    if field == "content":
        for phrase in parsed.phrases:
            found = phrase_docs(leaf, phrase, found, reads)
    return found


def phrase_docs(leaf: Leaf, phrase: list[str], candidates: np.ndarray, reads: Reads) -> np.ndarray:
    """Of ``candidates`` (sorted; each holds every word), those where the words stand in order, side by side."""
    if not candidates.size or len(phrase) < 2:
        return candidates
    if len(candidates) >= VECTORISED:
        postings = [reads.postings(leaf, "content", term) for term in phrase]
        return arrays.sorted_array(positions.phrase_docs(postings, candidates))
    wanted = set(candidates.tolist())
    values = {term: reads.postings(leaf, "content", term).values_for(wanted) for term in dict.fromkeys(phrase)}
    first = values[phrase[0]]
    if len(phrase) == 2:  # the common case, kept tight: is some position of the second word one past the first's?
        second = values[phrase[1]]
        back = (-1).__add__
        found = {
            d for d in wanted
            if not set(array("H", first[d][_INT_SIZE:])).isdisjoint(map(back, array("H", second[d][_INT_SIZE:])))
        }  # fmt: skip
        return arrays.sorted_array(found)
    rest = [(offset, values[term]) for offset, term in enumerate(phrase[1:], start=1)]
    held = set()
    for docnum in wanted:
        starts = set(array("H", first[docnum][_INT_SIZE:]))
        for offset, table in rest:
            starts &= {p - offset for p in array("H", table[docnum][_INT_SIZE:])}
            if not starts:
                break
        if starts:
            held.add(docnum)
    return arrays.sorted_array(held)


def within_dates(leaves: list[Leaf], cands: Candidates, since: int | None, until: int | None) -> None:
    if since is None and until is None:
        return
    low = since if since is not None else -(1 << 62)
    high = until if until is not None else 1 << 62
    for i, leaf in enumerate(leaves):
        when = leaf.facts.publish_array[cands.docs[i]]
        cands.docs[i] = cands.docs[i][(when >= low) & (when <= high)]


def newest(leaves: list[Leaf], cands: Candidates, k: int) -> list[tuple[float, int, int]]:
    """Top ``k`` as (publish_at, leaf index, docnum), newest first; equal times by slug and version."""
    best = []
    for i, (leaf, found) in enumerate(zip(leaves, cands.docs, strict=True)):
        if not found.size or k <= 0:
            continue
        when = leaf.facts.publish_array[found]
        if len(found) > k:  # the k newest and every document as new as the k-th (the tie is settled below)
            edge = -np.partition(-when, k - 1)[k - 1]
            keep = when >= edge
            found, when = found[keep], when[keep]
        best += [(int(w), i, int(d)) for w, d in zip(when.tolist(), found.tolist(), strict=True)]
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


def scores(stats: Statistics, terms: list[str], leaves: list[Leaf], wanted: list[np.ndarray], reads: Reads, k: int
           ) -> list[tuple[float, int, int]]:  # fmt: skip
    """Top ``k`` of ``wanted`` (sorted arrays, one per leaf) by BM25 on ``content`` as (score, leaf index,
    docnum): best first, then newest first, then by slug and version (never by where a document happens to
    sit in the index)."""
    if not terms or k <= 0:
        return []
    per_leaf = [[reads.postings(leaf, "content", t) for t in terms] for leaf in leaves]
    idfs = [stats.idf([postings[j] for postings in per_leaf]) for j in range(len(terms))]
    average = stats.average_length
    best: list[tuple[float, int, int]] = []
    for i, found in enumerate(wanted):
        if found.size:
            facts = leaves[i].facts
            best += arrays.bm25_top(per_leaf[i], idfs, facts.length_array, facts.publish_array, average, found, k, i)

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

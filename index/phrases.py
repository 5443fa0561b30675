"""Phrases of common words over many candidates: exact hits, an estimated total and estimated facets.

Checking a phrase costs a few microseconds of Python per candidate (every document holding all its words),
which for two very common words at 100k statements is tens of thousands of candidates and most of the
query's time. Above ``SearchIndex.exact_phrases`` candidates the engine instead checks an evenly spread
sample of them (``SAMPLE``) to estimate how many hold the phrase, and checks the best-ranked candidates
one batch at a time until the page is full. Every hit returned holds the phrase; the total and facet
counts are the sample's share scaled up (a topic or kind is counted only if some sampled hit has it).
When the sample finds fewer than ``MIN_FOUND`` matches, everything is checked exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from .docsets import Leaf
from .postings import Reads
from .ranking import check_phrases

SAMPLE = 2000
MIN_FOUND = 50  # sampled matches below which the estimate is too rough (about 1 in 7) and all are checked


@dataclass
class Estimate:
    total: int  # estimated documents holding the phrases
    rate: float  # share of the candidates that do
    scale: float  # candidates per sampled candidate
    matched: list[set[int]]  # the sampled documents that hold them, per leaf


def estimate(leaves: list[Leaf], sets: list[set[int]], phrases: list[list[str]], reads: Reads,
             size: int = SAMPLE) -> Estimate | None:  # fmt: skip
    """Check ``size`` candidates spread evenly over every leaf; None when none of them holds the phrases."""
    pool = [(i, d) for i, found in enumerate(sets) for d in sorted(found)]
    if not pool:
        return None
    step = max(len(pool) / size, 1.0)
    picked: list[set[int]] = [set() for _ in leaves]
    for j in range(min(size, len(pool))):
        i, d = pool[int(j * step)]
        picked[i].add(d)
    checked = sum(len(p) for p in picked)
    matched = check_phrases(leaves, picked, phrases, reads)
    found = sum(len(m) for m in matched)
    if found < MIN_FOUND and checked < len(pool):
        return None
    rate = found / checked
    return Estimate(round(len(pool) * rate), rate, len(pool) / checked, matched)


def keep_matching(leaves: list[Leaf], ranked: list[tuple], phrases: list[list[str]], reads: Reads) -> list[tuple]:
    """The (score, leaf index, docnum) entries of ``ranked`` whose documents hold every phrase, in order."""
    wanted: list[set[int]] = [set() for _ in leaves]
    for _, i, d in ranked:
        wanted[i].add(d)
    ok = check_phrases(leaves, wanted, phrases, reads)
    return [entry for entry in ranked if entry[2] in ok[entry[1]]]

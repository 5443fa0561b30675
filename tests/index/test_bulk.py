"""Work over many candidates is done in bulk with numpy (phrase checks, BM25) and gives exactly the answers
of the per-document code it stands in for."""

from __future__ import annotations

from array import array
from itertools import pairwise

import numpy as np
import pytest
from whoosh.system import pack_uint

from bench.corpus import Generator
from index import arrays, codec, positions, ranking
from index.analysis import terms
from index.arrays import sorted_array
from index.postings import Block, Postings, Reads
from index.searching import SearcherPool
from index.store import IndexStore
from index.writer import write_all


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory):
    views = list(Generator(3).statements(800))
    store = IndexStore(tmp_path_factory.mktemp("phrases"))
    generation = store.create()
    with pytest.MonkeyPatch.context() as patch:  # small blocks, so common words span many of them
        patch.setattr(codec, "BLOCK_POSTINGS", 128)
        write_all(store.open(generation), ([view] for view in views))
    store.swap(generation)
    pool = SearcherPool(store)
    with pool.snapshot() as snap:
        snap.phrases = _phrases(views[:40])
        yield snap
    pool.close()


def _phrases(views) -> list[list[str]]:
    """Two- and three-word phrases as they stand in some statements (common and rare words alike)."""
    found = []
    for view in views:
        words = terms(view.body)
        found += [[a, b] for a, b in pairwise(words[:12])]
        found += [words[i : i + 3] for i in range(0, 30, 5)]
    found.append([*terms("police"), *terms("police")])  # a word repeated
    return found


def _everything(leaf) -> np.ndarray:
    return np.arange(leaf.reader.doc_count_all(), dtype=np.int64)


def _per_document(leaf, phrase, candidates, reads, monkeypatch) -> set[int]:
    monkeypatch.setattr(ranking, "VECTORISED", 1 << 40)
    return set(ranking.phrase_docs(leaf, phrase, candidates, reads).tolist())


def test_the_bulk_check_finds_exactly_what_the_per_document_check_finds(snapshot, monkeypatch):
    candidates_seen = found_seen = 0
    for phrase in snapshot.phrases:
        for leaf in snapshot.leaves:
            reads = Reads()
            candidates = ranking._all(leaf, reads, "content", phrase, _everything(leaf))
            postings = [reads.postings(leaf, "content", term) for term in phrase]
            bulk = positions.phrase_docs(postings, candidates) if candidates.size else set()
            assert bulk == _per_document(leaf, phrase, candidates, reads, monkeypatch), phrase
            candidates_seen += len(candidates)
            found_seen += len(bulk)
    assert candidates_seen > 50_000 and 0 < found_seen < candidates_seen


def test_the_bulk_check_reads_many_blocks_and_unpacked_postings_alike(snapshot):
    leaf = snapshot.leaves[0]
    common = Reads().postings(leaf, "content", "polic")
    everything = sorted_array(set(range(leaf.reader.doc_count_all())))
    assert len(common.blocks) > 1 and len(positions.term_keys(common, everything)) >= len(common)
    value = pack_uint(2) + array("H", [4, 9]).tobytes()  # Whoosh's own layout: one value per posting
    unpacked = Postings([Block([3, 7], 1.0, None, None, 1.0, 0, 7, _values=[value, value])])
    keys = positions.term_keys(unpacked, sorted_array({7, 8}))
    assert [(k >> positions.SHIFT, (k & ((1 << positions.SHIFT) - 1)) - positions.BIAS) for k in keys.tolist()] == [
        (7, 4),
        (7, 9),
    ]


def test_a_search_for_a_common_phrase_counts_every_match(snapshot, monkeypatch):
    leaf = snapshot.leaves[0]
    phrase = max(snapshot.phrases, key=lambda p: len(ranking._all(leaf, Reads(), "content", p, _everything(leaf))))
    reads = Reads()
    candidates = ranking._all(leaf, reads, "content", phrase, _everything(leaf))
    assert len(candidates) >= ranking.VECTORISED
    assert set(ranking.phrase_docs(leaf, phrase, candidates, reads).tolist()) == _per_document(
        leaf, phrase, candidates, reads, monkeypatch
    )


@pytest.mark.parametrize("seed", range(20))
def test_locating_by_table_answers_like_bisection(seed, monkeypatch):
    rng = np.random.default_rng(seed)
    keys = np.unique(rng.integers(0, 5000, rng.integers(1, 3000)))
    values = rng.integers(-10, 5100, rng.integers(300, 4000))
    by_table = arrays.locate(keys, values)
    monkeypatch.setattr(arrays, "DENSE_MIN", 1 << 40)
    by_bisection = arrays.locate(keys, values)
    held = by_bisection[1]
    assert (by_table[1] == held).all()
    assert (by_table[0][held] == by_bisection[0][held]).all()

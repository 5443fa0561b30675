"""Work over many candidates is done in bulk with numpy (phrase checks, BM25) and gives exactly the answers
of the per-document code it stands in for."""

from __future__ import annotations

from array import array
from itertools import pairwise

import pytest
from whoosh.system import pack_uint

from bench.corpus import Generator
from index import arrays, positions, ranking
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


def _per_document(leaf, phrase, candidates, reads, monkeypatch) -> set[int]:
    monkeypatch.setattr(ranking, "VECTORISED", 1 << 40)
    return ranking.phrase_docs(leaf, phrase, set(candidates), reads)


def test_the_bulk_check_finds_exactly_what_the_per_document_check_finds(snapshot, monkeypatch):
    candidates_seen = found_seen = 0
    for phrase in snapshot.phrases:
        for leaf in snapshot.leaves:
            reads = Reads()
            everything = set(range(leaf.reader.doc_count_all()))
            candidates = ranking._all(leaf, reads, "content", phrase, everything)
            postings = [reads.postings(leaf, "content", term) for term in phrase]
            bulk = positions.phrase_docs(postings, sorted_array(candidates)) if candidates else set()
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
    phrase = max(snapshot.phrases, key=lambda p: len(ranking._all(snapshot.leaves[0], Reads(), "content", p,
                                                                   set(range(800)))))  # fmt: skip
    leaf = snapshot.leaves[0]
    reads = Reads()
    candidates = ranking._all(leaf, reads, "content", phrase, set(range(leaf.reader.doc_count_all())))
    assert len(candidates) >= ranking.VECTORISED
    assert ranking.phrase_docs(leaf, phrase, set(candidates), reads) == _per_document(
        leaf, phrase, candidates, reads, monkeypatch
    )


def _scores(snapshot, words, found, monkeypatch, bulk: bool):
    monkeypatch.setattr(arrays, "VECTOR_MIN", 1 if bulk else 1 << 40)
    stats = ranking.statistics(snapshot.leaves, ("public", "partners", "internal"), 1 << 40)
    return ranking.scores(stats, words, snapshot.leaves, found, Reads(), 25)


@pytest.mark.parametrize("text", ["police", "police officer", "report online fraud", "westshire"])
def test_bulk_bm25_ranks_like_the_per_document_scores(snapshot, monkeypatch, text):
    words = terms(text)
    found = [ranking._all(leaf, Reads(), "content", words[:1], set(range(leaf.reader.doc_count_all())))
             for leaf in snapshot.leaves]  # fmt: skip
    assert sum(map(len, found)) > 100
    bulk = _scores(snapshot, words, found, monkeypatch, bulk=True)
    each = _scores(snapshot, words, found, monkeypatch, bulk=False)
    assert [(leaf, doc) for _, leaf, doc in bulk] == [(leaf, doc) for _, leaf, doc in each]
    assert [score for score, *_ in bulk] == pytest.approx([score for score, *_ in each], rel=1e-12)

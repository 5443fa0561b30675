"""A rebuild whose statements are analysed by a helper process (index/parallel.py) writes exactly the index an
in-process rebuild writes, and still skips and names a statement the index cannot take."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bench.corpus import Generator
from index.postings import Reads
from index.searching import SearcherPool
from index.store import IndexStore
from index.writer import write_all

VIEWS = list(Generator(5).statements(300))


def _build(tmp_path, name: str, parallel_from: int, views=VIEWS, skipped=None) -> IndexStore:
    store = IndexStore(tmp_path / name)
    generation = store.create()
    write_all(store.open(generation), ([view] for view in views), skipped=skipped, parallel_from=parallel_from)
    store.swap(generation)
    return store


def _contents(store: IndexStore) -> dict:
    """Every term's postings (documents, weights, positions) and every document's stored fields."""
    pool = SearcherPool(store)
    out: dict = {}
    with pool.snapshot() as snap:
        assert snap is not None
        for leaf in snap.leaves:
            reads = Reads()
            for field in ("content", "quoted", "slug", "topics"):
                for term in leaf.reader.lexicon(field):
                    text = term.decode("utf-8")
                    postings = reads.postings(leaf, field, text)
                    docs = postings.docnums().tolist()
                    values = postings.values_for(set(docs)) if field == "content" else {}
                    out[(field, text)] = (docs, postings.weight_array().tolist(), sorted(values.items()))
            out["stored"] = [leaf.reader.stored_fields(d) for d in range(leaf.reader.doc_count_all())]
    pool.close()
    return out


@pytest.fixture(scope="module")
def in_process(tmp_path_factory):
    return _contents(_build(tmp_path_factory.mktemp("here"), "index", parallel_from=1 << 30))


def test_a_rebuild_analysed_by_a_helper_process_writes_the_same_index(tmp_path, in_process):
    helped = _contents(_build(tmp_path, "helped", parallel_from=40))
    assert helped.keys() == in_process.keys()
    for key, value in in_process.items():
        assert helped[key] == value, key


def test_a_statement_the_index_cannot_take_is_skipped_by_the_helper_process_too(tmp_path):
    views = [replace(v, title=None) if i == 70 else v for i, v in enumerate(VIEWS[:100])]
    skipped: dict[str, str] = {}
    store = _build(tmp_path, "poisoned", parallel_from=10, views=views, skipped=skipped)
    assert list(skipped) == [VIEWS[70].slug] and "TypeError" in skipped[VIEWS[70].slug]
    slugs = {row["slug"] for row in _contents(store)["stored"]}
    assert slugs == {v.slug for v in VIEWS[:100]} - {VIEWS[70].slug}

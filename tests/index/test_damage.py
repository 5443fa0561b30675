"""A damaged index is noticed, named and repaired: searches fail fast with IndexDamaged (the faces answer 503),
``verify`` and readiness name the damage, and the node rebuilds beside the damaged generation by itself."""

from __future__ import annotations

import time

import pytest

from index import IndexDamaged, SearchQuery
from tests.conftest import ANON


def _files(search, suffix: str):
    return sorted(search.store.path(search.store.current()).glob(f"MAIN_*{suffix}"))


def truncate(path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def flip(path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(len(data) // 3, len(data) // 3 + 16):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _repaired(node, damaged: str, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if node.store.current() != damaged and not node.keeper.rebuilding:
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def corpus(search, publish):
    publish("Speed cameras", body="Cameras on the A140 near the school.", slug="cameras")
    publish("Courier fraud", body="Fraudsters pose as police officers on the phone.", slug="courier")
    return search


@pytest.mark.parametrize("suffix", [".pst", ".trm", "_stored.col", "publish_at.col"])
def test_a_truncated_segment_file_fails_searches_as_damaged_and_is_rebuilt_beside(corpus, engine, suffix):
    damaged = corpus.store.current()
    truncate(_files(corpus, suffix)[0])
    node = engine(ensure=False)  # a serving node opening the index after the damage
    with pytest.raises(IndexDamaged) as raised:
        node.search(SearchQuery("cameras"), ANON)
    assert suffix in raised.value.detail and "bytes" in raised.value.detail
    assert _repaired(node, damaged)
    assert [hit.slug for hit in node.search(SearchQuery("cameras"), ANON).hits] == ["cameras"]


@pytest.mark.parametrize("suffix", [".pst", ".trm"])
def test_a_node_starting_on_a_damaged_index_rebuilds_it_beside_first(corpus, engine, suffix):
    damaged = corpus.store.current()
    truncate(_files(corpus, suffix)[0])
    node = engine()
    assert node.store.current() != damaged
    assert [hit.slug for hit in node.search(SearchQuery("cameras"), ANON).hits] == ["cameras"]


def test_verify_names_a_file_whose_bytes_changed(corpus):
    flip(_files(corpus, ".pst")[0])
    report = corpus.check()
    assert [line for line in report.damaged if ".pst does not match its checksum" in line]
    assert not report.sound


def test_a_damaged_table_of_contents_is_named_not_a_traceback(corpus):
    [toc] = corpus.store.path(corpus.store.current()).glob("*.toc")
    truncate(toc)
    assert [line for line in corpus.check().damaged if ".toc is" in line]


def test_readiness_reports_damage_and_the_repair_starts(corpus, engine):
    damaged = corpus.store.current()
    truncate(_files(corpus, ".pst")[0])
    node = engine(ensure=False)
    health = node.health()
    assert health["state"] == "damaged" and ".pst" in health["damage"]
    assert _repaired(node, damaged) and node.health()["state"] == "ok"


def test_a_search_already_holding_the_index_notices_damage_when_a_read_fails(corpus):
    damaged = corpus.store.current()
    corpus.search(SearchQuery("cameras"), ANON)
    for path in _files(corpus, ".pst"):
        path.write_bytes(b"")
    with pytest.raises(IndexDamaged):
        corpus.search(SearchQuery("fraudsters police"), ANON)
    assert _repaired(corpus, damaged)
    assert [hit.slug for hit in corpus.search(SearchQuery("fraudsters"), ANON).hits] == ["courier"]

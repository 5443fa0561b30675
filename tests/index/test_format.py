"""The on-disk format: named by registered names that survive refactoring, recorded per generation (a
generation written by another codec or analyzer is rebuilt beside the live one), and resting on Whoosh
internals that are pinned here, so a change in the pinned Whoosh-Reloaded fails loudly (docs/search.md)."""

from __future__ import annotations

import hashlib
import inspect
import pickle
import time
from importlib.metadata import version

import pytest
from whoosh.codec import whoosh3
from whoosh.lang import porter2, stopwords
from whoosh.util.numeric import byte_to_length

from index import SearchQuery
from index.codec import PresslineCodec
from index.damage import IndexOutdated
from index.ondisk import CODEC, restore
from index.schema import WeightedPositions
from index.store import FORMAT, FORMAT_FILE
from tests.conftest import ANON

# Digests of the source of every Whoosh class and function the index relies on (docs/search.md, "Whoosh
# internals"). If one changes, read the new source against index/codec.py, postings.py, docsets.py,
# positions.py, store.py and writer.py before recording the new digest.
PINNED = {
    "whoosh.codec.whoosh3.W3Codec": "fc92eb249bd6ff8f",
    "whoosh.codec.whoosh3.W3FieldWriter": "141b1a474ba1ebc8",
    "whoosh.codec.whoosh3.W3PostingsWriter": "70dafec29e848686",
    "whoosh.codec.whoosh3.W3LeafMatcher": "614d1c329e688893",
    "whoosh.codec.whoosh3.W3TermsReader": "968088a07f6506ef",
    "whoosh.codec.whoosh3.W3TermInfo": "bdcfe55b14987b10",
    "whoosh.codec.whoosh3.W3PerDocReader": "f6866babfb1efc68",
    "whoosh.writing.PostingPool": "7e91a6226f88d864",
    "whoosh.writing.SegmentWriter": "6b488c4521a613ac",
    "whoosh.reading.SegmentReader": "82b111454bf15f6f",
    "whoosh.filedb.structfile.StructFile": "d781a6ab05a5edce",
    "whoosh.filedb.filestore.FileStorage": "6e0904777fdcea19",
    "whoosh.lang.porter2": "8b31e6ca01c09e1c",
}


def _source_digest(dotted: str) -> str:
    module, _, name = dotted.rpartition(".")
    try:
        obj = getattr(__import__(module, fromlist=[name]), name)
    except (ImportError, AttributeError):
        obj = __import__(dotted, fromlist=["_"])
    return hashlib.sha256(inspect.getsource(obj).encode()).hexdigest()[:16]


def test_the_pinned_whoosh_reloaded_is_the_one_the_format_was_written_for():
    assert version("Whoosh-Reloaded") == "2.7.5", "the index relies on Whoosh internals: see docs/search.md"


@pytest.mark.parametrize("dotted", sorted(PINNED))
def test_the_whoosh_internals_the_index_relies_on_are_unchanged(dotted):
    assert _source_digest(dotted) == PINNED[dotted], f"{dotted} changed: check it against docs/search.md"


def test_whoosh_constants_and_tables_the_format_reads_are_unchanged():
    assert whoosh3.WHOOSH3_HEADER_MAGIC == b"W3Bl"
    lengths = str([byte_to_length(b) for b in range(256)]).encode()
    assert hashlib.sha256(lengths).hexdigest()[:16] == "7e24a51930526612"
    assert len(stopwords.stoplists["en"]) == 127


def test_porter2_stems_as_recorded():
    stems = {"scammed": "scam", "scams": "scam", "making": "make", "hoping": "hope", "filing": "file",
             "groomed": "groom", "exploitation": "exploit", "generously": "generous", "dying": "die",
             "skies": "sky", "news": "news"}  # fmt: skip
    assert {word: porter2.stem(word) for word in stems} == stems


def test_the_table_of_contents_names_registered_formats_not_module_paths(search, publish):
    publish("Speed cameras", body="Cameras on the A140.", slug="cameras")
    generation = search.store.path(search.store.current())
    [toc] = generation.glob("*.toc")
    data = toc.read_bytes()
    assert CODEC.encode() in data and b"index.ondisk" in data
    assert b"PresslineCodec" not in data and b"index.codec" not in data and b"index.schema" not in data


def test_the_codec_and_formats_pickle_by_registered_name():
    codec = PresslineCodec(blocklimit=256, compression=0)
    assert pickle.loads(pickle.dumps(codec)).__dict__ == codec.__dict__
    assert type(pickle.loads(pickle.dumps(WeightedPositions()))) is WeightedPositions
    assert restore.__module__ == "index.ondisk" and restore.__name__ == "restore"


def test_a_format_name_this_version_does_not_know_is_refused_by_name():
    with pytest.raises(ValueError, match="pressline-w3-packed/99"):
        restore("pressline-w3-packed/99", {})


def test_a_generation_records_the_codec_and_analyzer_it_was_written_with(search, publish):
    publish("Speed cameras", body="Cameras on the A140.", slug="cameras")
    assert search.store.format(search.store.current()) == FORMAT


def test_an_index_written_by_other_analyzer_rules_is_rebuilt_beside_the_live_one(search, publish, engine):
    publish("Doorstep fraud", body="Three residents were scammed.", slug="doorstep")
    old = search.store.current()
    (search.store.path(old) / FORMAT_FILE).write_text("pressline-w3-packed/1 porter/0\n")
    node = engine()
    assert node.store.current() != old and node.store.compatible(node.store.current())
    assert [hit.slug for hit in node.search(SearchQuery("scams"), ANON).hits] == ["doorstep"]


def test_an_index_from_before_the_format_record_is_rebuilt(search, publish, engine):
    publish("Doorstep fraud", body="Three residents were scammed.", slug="doorstep")
    old = search.store.current()
    (search.store.path(old) / FORMAT_FILE).unlink()
    assert engine().store.current() != old


def test_searches_wait_for_the_rebuild_rather_than_read_an_index_another_release_wrote(
    search, publish, engine, monkeypatch
):
    publish("Doorstep fraud", body="Three residents were scammed.", slug="doorstep")
    old = search.store.current()
    (search.store.path(old) / FORMAT_FILE).write_text("pressline-w3-packed/1 porter/0\n")
    monkeypatch.setattr("index.keeping.SMALL_CORPUS", 0)  # as on a large corpus: rebuilt in the background
    with search.store.rebuild_lock():  # hold the rebuild back while we look
        node = engine()
        with pytest.raises(IndexOutdated):
            node.search(SearchQuery("scams"), ANON)
        assert node.health()["state"] == "rebuilding"
    for _ in range(500):
        if node.store.current() != old and not node.keeper.rebuilding:
            break
        time.sleep(0.01)
    assert [hit.slug for hit in node.search(SearchQuery("scams"), ANON).hits] == ["doorstep"]

"""The engine answers like the brute-force reference (tests/index/oracle.py) on generated corpora and queries:
the same hits in the same order, the same totals and facets, the same BM25 scores (to the four decimals the
engine returns). Each example also runs with the bulk (numpy) phrase check forced on, so the small corpora here
exercise the code that large indexes take."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from index import ranking
from tests.conftest import ANON, EDITOR, PARTNER

from .corpora import VIEWER_NAMES, corpus, populate, queries, world
from .oracle import Oracle

VIEWERS = dict(zip(VIEWER_NAMES, (ANON, PARTNER, EDITOR), strict=True))


@pytest.fixture(scope="session")
def template(_template_db):
    """The migrated, seeded template database (tests/conftest.py), copied for every example."""
    return _template_db


@contextmanager
def bulk_paths(monkeypatch, on: bool):
    with monkeypatch.context() as patch:
        if on:
            patch.setattr(ranking, "VECTORISED", 1)
        yield


def answered(search, query, viewer):
    found = search.search(query, viewer)
    return [(h.slug, h.version, h.score) for h in found.hits], found.total, found.facets


def assert_agrees(w, asked: list[tuple], monkeypatch, bulk: bool) -> None:
    oracle = Oracle(w.services.catalogue, w.clock())
    with bulk_paths(monkeypatch, bulk):
        for query, name in asked:
            viewer = VIEWERS[name]
            hits, total, facets = answered(w.search, query, viewer)
            expected = oracle.search(query, viewer)
            context = (query, name)
            assert [(s, v) for s, v, _ in hits] == [(s, v) for s, v, _ in expected.hits], context
            assert [score for *_, score in hits] == pytest.approx([s for *_, s in expected.hits], abs=6e-5), context
            assert total == expected.total, context
            assert list(facets["topic"].items()) == list(expected.facets["topic"].items()), context
            assert list(facets["kind"].items()) == list(expected.facets["kind"].items()), context


asked = st.lists(st.tuples(queries, st.sampled_from(VIEWER_NAMES)), min_size=1, max_size=12)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=corpus(max_size=8), lift=st.integers(0, 40), asked=asked, bulk=st.booleans())
def test_search_answers_exactly_like_the_brute_force_oracle(template, monkeypatch, items, lift, asked, bulk):
    with world(template) as w:
        populate(w, items)
        w.clock.advance(hours=lift)  # some embargoes lift, with nothing re-indexed meanwhile
        assert_agrees(w, asked, monkeypatch, bulk)


@pytest.mark.slow
@seed(20261206)
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(items=corpus(min_size=20, max_size=80), lift=st.integers(0, 40), asked=st.lists(asked, min_size=3,
       max_size=3), bulk=st.booleans())  # fmt: skip
def test_search_agrees_with_the_oracle_on_large_seeded_corpora(template, monkeypatch, items, lift, asked, bulk):
    with world(template) as w:
        populate(w, items)
        for hours in (0, lift, 30):
            w.clock.advance(hours=hours)
            assert_agrees(w, asked[0] + asked[1] + asked[2], monkeypatch, bulk)

"""No statement can stop the index: the limits that overflowed are gone, and a statement the index still
cannot take is recorded, skipped and named, while every other statement keeps being indexed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from index import SearchIndex, SearchQuery
from tests.conftest import ANON


def slugs(results):
    return [hit.slug for hit in results.hits]


def test_a_word_used_forty_thousand_times_is_indexed(search, publish):
    publish("Repeated", body="x " * 40000, slug="repeated")
    assert slugs(search.search(SearchQuery("x"), ANON)) == ["repeated"]


def test_statements_after_a_very_long_one_are_still_indexed(search, publish):
    publish("Repeated", body="x " * 40000, slug="repeated")
    publish("Speed cameras", body="Cameras on the A140.", slug="cameras")
    assert slugs(search.search(SearchQuery("cameras"), ANON)) == ["cameras"]
    assert search.lag() == 0 and search.verify() == []


def test_a_rebuild_takes_a_very_long_statement(search, publish):
    publish("Repeated", body="x " * 40000, slug="repeated")
    publish("Speed cameras", body="Cameras on the A140.", slug="cameras")
    assert search.rebuild() == 2
    assert slugs(search.search(SearchQuery('"x x"'), ANON)) == ["repeated"]


class PickyCatalogue:
    """The real catalogue, except that the versions of the slugs in ``broken`` come back with a title that
    is not text, which the index cannot take (standing in for any statement that breaks indexing)."""

    def __init__(self, catalogue, broken: set[str]) -> None:
        self._catalogue = catalogue
        self.broken = broken

    def _spoil(self, views):
        return [replace(view, title=None) if view.slug in self.broken else view for view in views]

    def indexable(self, slug):
        return self._spoil(self._catalogue.indexable(slug))

    def indexable_all(self):
        return (self._spoil(views) for views in self._catalogue.indexable_all())

    def __getattr__(self, name):
        return getattr(self._catalogue, name)


@pytest.fixture
def picky(services, tmp_path):
    catalogue = PickyCatalogue(services.catalogue, {"poison"})
    engine = SearchIndex(tmp_path / "picky", catalogue, services.changes, services.clock)
    services.workflow.subscribe(engine.on_change)
    yield engine
    engine.close()


def test_a_statement_the_index_cannot_take_is_skipped_and_later_ones_are_indexed(picky, publish):
    publish("Poison", body="Cannot be indexed.", slug="poison")
    publish("Speed cameras", body="Cameras on the A140.", slug="cameras")
    assert slugs(picky.search(SearchQuery("cameras"), ANON)) == ["cameras"]
    assert picky.lag() == 0


def test_a_batch_holding_a_statement_the_index_cannot_take_indexes_the_rest(services, tmp_path, publish):
    behind = SearchIndex(tmp_path / "behind", PickyCatalogue(services.catalogue, {"poison"}), services.changes,
                         services.clock, sync_every=None)  # fmt: skip
    for title in ("Speed cameras", "Poison", "Courier fraud"):
        publish(title, body=f"{title} notice.", slug=title.split()[0].lower())
    try:
        assert behind.sync() == 2  # one batch of three: it fails, then each is applied on its own
        assert slugs(behind.search(SearchQuery("courier"), ANON)) == ["courier"] and behind.lag() == 0
        assert list(behind.check().skipped) == ["poison"]
    finally:
        behind.close()


def test_verify_and_readiness_name_a_skipped_statement(picky, publish):
    publish("Poison", body="Cannot be indexed.", slug="poison")
    report = picky.check()
    assert list(report.skipped) == ["poison"] and "TypeError" in report.skipped["poison"]
    assert picky.health()["skipped"] == ["poison"] and not report.sound


def test_a_rebuild_skips_a_statement_it_cannot_take_and_indexes_the_others(picky, publish):
    publish("Poison", body="Cannot be indexed.", slug="poison")
    publish("Speed cameras", body="Cameras on the A140.", slug="cameras")
    assert picky.rebuild() == 1
    assert slugs(picky.search(SearchQuery("cameras"), ANON)) == ["cameras"]
    assert list(picky.check().skipped) == ["poison"]


def test_a_skipped_statement_is_indexed_and_unnamed_once_the_index_can_take_it(picky, publish, workflow):
    publish("Poison", body="Cannot be indexed yet.", slug="poison")
    picky.keeper.catalogue.broken.clear()
    workflow.republish("poison", body="Indexed at last.")
    assert slugs(picky.search(SearchQuery("last"), ANON)) == ["poison"]
    assert picky.check().sound

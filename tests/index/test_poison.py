"""No statement can stop the index: the limits that overflowed are gone, and a statement the index still
cannot take is recorded, skipped and named, while every other statement keeps being indexed."""

from __future__ import annotations

from index import SearchQuery
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

"""A scheduled update replaces the version it updates the moment it goes live, with nothing re-indexed.

Found by the oracle (tests/index/test_oracle.py): both versions stayed in the index, so after the update's
embargo lifted the old wording was still found, and both versions counted in totals, facets and BM25."""

from __future__ import annotations

from datetime import timedelta

from index import SearchQuery
from tests.conftest import ANON


def test_the_old_wording_leaves_search_when_a_scheduled_update_goes_live(search, workflow, clock):
    view = workflow.published(title="Courier fraud", body="Couriers collect bank cards.", topics=["fraud"])
    workflow.republish(view.slug, title="Floods", body="Roads closed.", publish_at=clock.now + timedelta(hours=5))
    assert search.search(SearchQuery("couriers"), ANON).total == 1
    clock.advance(hours=6)
    assert search.search(SearchQuery("couriers"), ANON).total == 0
    found = search.search(SearchQuery("", topic="fraud"), ANON)
    assert (found.total, found.facets["topic"]) == (1, {"fraud": 1})
    assert [(h.slug, h.version) for h in search.search(SearchQuery("floods"), ANON).hits] == [(view.slug, 2)]

"""Fixtures for the search engine: a real Whoosh index in a temp dir over the test database."""

from __future__ import annotations

import pytest

from index import SearchIndex


@pytest.fixture
def search(services, tmp_path):
    engine = SearchIndex(tmp_path / "index", services.catalogue, services.changes, services.clock)
    services.workflow.subscribe(engine.on_change)
    yield engine
    engine.close()


@pytest.fixture
def engine(services, tmp_path):
    """Make engines like another process would (not subscribed to this workflow); closed at teardown."""
    made = []

    def make(**options):
        made.append(SearchIndex(tmp_path / "index", services.catalogue, services.changes, services.clock, **options))
        return made[-1]

    yield make
    for one in made:
        one.close()


@pytest.fixture
def publish(workflow):
    """Publish a statement with the given fields (title, body, summary, quotes, topics, kind, audience)."""

    def make(title: str, body: str = "Text.", **fields):
        return workflow.published(title=title, body=body, **fields)

    return make

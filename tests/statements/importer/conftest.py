from __future__ import annotations

import pytest

from statements.importer import Extracted, extract
from statements.registry import RouteSpec, TopicSpec, load_routes, load_topics


@pytest.fixture(scope="session")
def routes() -> list[RouteSpec]:
    return load_routes()


@pytest.fixture(scope="session")
def topics() -> list[TopicSpec]:
    return load_topics()


@pytest.fixture
def run(routes, topics):
    """Extract from a text written inline in a test (leading indentation removed)."""

    def _run(text: str, **kwargs) -> Extracted:
        import textwrap

        return extract(textwrap.dedent(text).strip() + "\n", routes, topics, **kwargs)

    return _run


@pytest.fixture
def rules_only(monkeypatch):
    """The rules alone, with the learned veto (route_model) switched off: for tests of one rule whose contact the
    model would also leave out, so the rule's own note is what the test sees."""
    from statements.importer import route_model

    monkeypatch.setattr(route_model, "model", lambda: {"weights": {}, "bias": 0.0, "threshold": 0.0})

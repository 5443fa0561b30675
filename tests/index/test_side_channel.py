"""No side channel: what an outsider receives from search does not depend on documents they may not see.

Two deployments get the same visible statements, written at the same times; the second also gets hidden
ones interleaved with them (internal lines to take, embargoed statements, drafts, new drafts of visible
statements, withdrawn ones), so its index also has other segments and merges. Every search and quote answer
an anonymous caller or a partner can ask for must then be the same bytes, with the same ETag and headers.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api import create_app
from tests.conftest import APPROVER, EDITOR, PARTNER, FakeClock, copy_template

from .corpora import TOPICS, WORDS, fields, queries

HIDDEN = ("internal", "embargoed", "draft", "redraft", "withdrawn", "in_review")
SHOWN = {"public", "partners"}


@pytest.fixture(scope="session")
def template(_template_db):
    """The migrated, seeded template database (tests/conftest.py), copied for each deployment."""
    return _template_db


@contextmanager
def deployment(template, root, clock):
    root.mkdir()
    app = create_app(
        {
            "DATA_DIR": root / "var",
            "DATABASE_URL": copy_template(template, root / "pressline.db"),
            "CLOCK": clock,
            "SECRET_KEY": "test-secret",
            "RATE_LIMITS": "100000 per minute",
            "TESTING": True,
        }
    )
    try:
        yield app
    finally:
        app.extensions["pressline.search"].close()
        app.extensions["pressline"].db.dispose()


def publish(flow, data: dict, publish_at=None):
    view = flow.create_draft(data, EDITOR)
    view = flow.submit(view.slug, view.revision, EDITOR)
    view = flow.approve(view.slug, view.revision, APPROVER)
    return flow.publish(view.slug, view.revision, APPROVER, publish_at)


def write_hidden(services, clock, how: str, data: dict, slug: str, visible: list[str]) -> None:
    flow = services.workflow
    data = {**data, "slug": slug}
    if how == "internal":
        publish(flow, {**data, "audience": "internal", "kind": "lines_to_take"})
    elif how == "embargoed":
        publish(flow, data, clock.now + timedelta(days=3))
    elif how == "draft":
        flow.create_draft(data, EDITOR)
    elif how == "in_review":
        view = flow.create_draft(data, EDITOR)
        flow.submit(view.slug, view.revision, EDITOR)
    elif how == "withdrawn":
        view = publish(flow, data)
        flow.withdraw(view.slug, view.revision, APPROVER, "Wrong")
    elif how == "redraft" and visible:  # a new draft of a statement outsiders can see
        target = visible[len(slug) % len(visible)]
        view = services.catalogue.working(target, EDITOR)
        flow.edit_draft(target, view.revision, {k: data[k] for k in ("title", "body", "quotes")}, EDITOR)


def build(app, clock, shown: list[dict], hidden: list[tuple[int, str, dict]]) -> str:
    """Write the visible statements at fixed times, and the hidden ones after the visible one they follow;
    returns the partner's key."""
    services = app.extensions["pressline"]
    _, key = services.keys.create(PARTNER.name, "partner")
    start, written = clock.now, []
    for i, data in enumerate(shown):
        clock.now = start + timedelta(minutes=i)
        written.append(publish(services.workflow, {**data, "slug": f"shown-{i}"}).slug)
        for j, (after, how, extra) in enumerate(hidden):
            if after == i:
                write_hidden(services, clock, how, extra, f"hidden-{j}", written)
    clock.now = start + timedelta(minutes=len(shown), seconds=30)
    return key


def requests(asked) -> list[str]:
    out = []
    for query in asked:
        args = {"q": query.text, "order": query.order, "per_page": query.limit, "page": 1 + query.offset // 3}
        args |= {k: v for k, v in (("topic", query.topic), ("kind", query.kind), ("audience", query.audience)) if v}
        out.append("/api/v1/search?" + urlencode(args))
        out.append("/api/v1/quotes?" + urlencode({"q": query.text or "officer"}))
    return out


def answers(app, key: str, paths: list[str]) -> list[tuple]:
    client = app.test_client()
    found = []
    for path in paths:
        for headers in ({}, {"Authorization": f"Bearer {key}"}):
            response = client.get(path, headers=headers)
            found.append((path, bool(headers), response.status_code, response.get_data(),
                          response.headers.get("ETag"), response.headers.get("X-Pagination"),
                          response.headers.get("Link")))  # fmt: skip
    return found


shown_fields = fields.filter(lambda f: f["audience"] in SHOWN)
hidden_ops = st.tuples(st.integers(0, 4), st.sampled_from(HIDDEN), fields)
asked = st.lists(queries, min_size=4, max_size=8)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shown=st.lists(shown_fields, min_size=1, max_size=5), hidden=st.lists(hidden_ops, min_size=1, max_size=5),
       asked=asked)  # fmt: skip
def test_hidden_documents_change_no_byte_an_outsider_receives(template, tmp_path_factory, shown, hidden, asked):
    root = tmp_path_factory.mktemp("deployments")
    paths = [
        *requests(asked),
        "/api/v1/search?" + urlencode({"q": " ".join(WORDS[:4])}),
        "/api/v1/search?" + urlencode({"q": "", "topic": TOPICS[0]}),
    ]
    results = []
    for name, extra in (("without", []), ("with", hidden)):
        clock = FakeClock()
        with deployment(template, root / name, clock) as app:
            key = build(app, clock, shown, extra)
            results.append(answers(app, key, paths))
    for without, with_hidden in zip(*results, strict=True):
        assert without == with_hidden


def test_the_anonymous_score_of_a_statement_ignores_internal_embargoed_and_draft_documents(app_world):
    app, clock, services = app_world
    publish(services.workflow, {"title": "Courier fraud warning", "body": "Courier fraud is rising.", "slug": "a"})
    publish(services.workflow, {"title": "Floods", "body": "Roads closed.", "slug": "b"})
    client = app.test_client()

    def score() -> float:
        return client.get("/api/v1/search?q=courier").get_json()["results"][0]["score"]

    before = score()
    write_hidden(services, clock, "internal", {"title": "Courier lines", "body": "Courier."}, "c", [])
    write_hidden(services, clock, "embargoed", {"title": "Courier plan", "body": "Courier."}, "d", [])
    write_hidden(services, clock, "redraft", {"title": "Courier", "body": "Courier.", "quotes": []}, "e", ["a"])
    assert score() == before


@pytest.fixture
def app_world(template, tmp_path):
    clock = FakeClock()
    with deployment(template, tmp_path / "app", clock) as app:
        yield app, clock, app.extensions["pressline"]

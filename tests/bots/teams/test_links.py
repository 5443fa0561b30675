"""With PRESSLINE_PUBLIC_URL set, Teams answers and notices carry an "Open in Pressline" button."""

from __future__ import annotations

import json

import pytest

from tests.conftest import WorkflowHelper

from .adaptive_card import validate_envelope
from .conftest import TeamsClient, make_app

PUBLIC = "https://pressline.westshire.police.uk"


@pytest.fixture
def linked(tmp_path, database_url, clock, services, httpserver):
    """An app with a public URL whose Workflows webhook takes every notice (one refused is retried for seconds)."""
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=202)
    app = make_app(
        tmp_path, database_url, clock, PUBLIC_URL=PUBLIC, TEAMS_NOTIFY_WEBHOOK_URL=httpserver.url_for("/hook")
    )
    yield app
    app.extensions["pressline.notices"].wait(10)
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()


def open_buttons(node) -> list[tuple[str, str]]:
    """(title, url) of every Action.OpenUrl anywhere in a card."""
    if isinstance(node, list):
        return [found for item in node for found in open_buttons(item)]
    if not isinstance(node, dict):
        return []
    own = [(node["title"], node["url"])] if node.get("type") == "Action.OpenUrl" else []
    return own + [found for value in node.values() for found in open_buttons(value)]


def test_an_answer_offers_the_statement_page(linked):
    view = WorkflowHelper(linked.extensions["pressline"]).published(title="Online grooming warning", body="Talk.")
    reply = TeamsClient(linked).ask("lines grooming")
    assert reply.status == 200 and validate_envelope(reply.json) == []
    assert ("Open in Pressline", f"{PUBLIC}/console/s/{view.slug}") in open_buttons(reply.json)


def test_a_notice_offers_the_statement_page(linked, httpserver):
    view = WorkflowHelper(linked.extensions["pressline"]).published(title="Courier fraud warning")
    assert linked.extensions["pressline.notices"].wait(10)
    cards = [json.loads(request.get_data()) for request, _ in httpserver.log]
    assert cards and all(validate_envelope(card) == [] for card in cards)
    assert all(("Open in Pressline", f"{PUBLIC}/console/s/{view.slug}") in open_buttons(card) for card in cards)

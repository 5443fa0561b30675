"""Notices on submit, publish, scheduled publish and withdraw reach the Workflows webhook as Adaptive Cards,
with pymsteams as the transport; a failing webhook never fails the publish."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from werkzeug import Response

from tests.conftest import APPROVER, WorkflowHelper, deliver_releases

from .adaptive_card import validate_envelope


@pytest.fixture
def flow(app) -> WorkflowHelper:
    """The app's own workflow, so its notice subscriptions fire."""
    return WorkflowHelper(app.extensions["pressline"])


@pytest.fixture
def delivered(app, httpserver):
    """The JSON bodies the webhook received, once the background notices have been handled."""

    def received() -> list[dict]:
        assert app.extensions["pressline.notices"].wait(10)
        deliver_releases(app)
        return [json.loads(request.get_data()) for request, _ in httpserver.log]

    return received


def headlines(messages: list[dict]) -> list[str]:
    return [message["text"] for message in messages]


def test_submit_and_publish_post_valid_adaptive_cards(httpserver, flow, delivered):
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=202)
    flow.published(title="Scam texts claiming to be from the bank", summary="Do not reply to them.", body="Never.")
    messages = delivered()
    assert headlines(messages) == [
        "Approval needed: Scam texts claiming to be from the bank",
        "Published: Scam texts claiming to be from the bank",
    ]
    for message in messages:
        assert validate_envelope(message) == []
    assert "Do not reply to them." in json.dumps(messages[1])


def test_the_exact_json_received_is_an_adaptive_card_1_4_envelope(httpserver, flow, delivered):
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=202)
    flow.in_review(title="Holding statement on the school incident", change_note="First draft")
    (message,) = delivered()
    ((request, _),) = httpserver.log
    assert request.headers["Content-Type"] == "application/json"
    assert message["type"] == "message"
    (attachment,) = message["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    content = attachment["content"]
    assert (content["type"], content["version"]) == ("AdaptiveCard", "1.4")
    assert content["$schema"] == "http://adaptivecards.io/schemas/adaptive-card.json"
    assert validate_envelope(message) == []


def test_a_scheduled_publish_is_announced_without_its_wording(httpserver, flow, delivered, clock):
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=202)
    flow.published(
        title="Arrests in operation heron",
        body="Eleven wombatish arrests.",
        summary="Wombatish summary.",
        publish_at=clock.now + timedelta(days=1),
    )
    scheduled = delivered()[-1]
    assert scheduled["text"] == "Scheduled: Arrests in operation heron"
    assert "wombatish" not in json.dumps(scheduled).lower()
    assert validate_envelope(scheduled) == []


def test_a_withdrawal_is_announced_with_its_reason(httpserver, flow, delivered):
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=202)
    view = flow.published(title="Missing man appeal")
    flow.flow.withdraw(view.slug, view.revision, APPROVER, "He has been found safe")
    withdrawn = delivered()[-1]
    assert withdrawn["text"] == "Withdrawn: Missing man appeal"
    assert "He has been found safe" in json.dumps(withdrawn)
    assert validate_envelope(withdrawn) == []


def test_429_is_retried_then_succeeds(httpserver, flow, delivered):
    httpserver.expect_oneshot_request("/hook").respond_with_response(Response("busy", 429, {"Retry-After": "0"}))
    httpserver.expect_request("/hook").respond_with_data("", status=202)
    flow.in_review(title="Road safety campaign")
    messages = delivered()
    assert len(messages) == 2
    assert messages[0] == messages[1]
    assert messages[1]["text"] == "Approval needed: Road safety campaign"


def test_a_webhook_that_keeps_failing_never_fails_the_publish(httpserver, flow, delivered, app):
    httpserver.expect_request("/hook").respond_with_response(Response("down", 503, {"Retry-After": "0"}))
    view = flow.published(title="Knife crime lines")
    assert view.status == "published"
    messages = delivered()
    assert len(messages) == 8  # submit and publish, four attempts each
    current = app.extensions["pressline"].catalogue.get(view.slug, APPROVER)
    assert current.version == view.version


def test_a_scheduled_version_is_announced_now_live_when_its_embargo_lifts(httpserver, flow, delivered, clock):
    httpserver.expect_request("/hook", method="POST").respond_with_data("", status=202)
    flow.published(title="Operation Kestrel", publish_at=clock.now + timedelta(hours=1))
    assert headlines(delivered())[-1] == "Scheduled: Operation Kestrel"
    clock.advance(hours=1)
    live = delivered()[-1]
    assert live["text"] == "Now live: Operation Kestrel"
    assert validate_envelope(live) == []

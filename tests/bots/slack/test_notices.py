"""Publication notices in SLACK_NOTIFY_CHANNEL, delivered in the background: Slack being down never fails a write."""

from __future__ import annotations

import json
from datetime import timedelta

from tests.bots.slack.conftest import CHANNEL, make_app
from tests.conftest import APPROVER, WorkflowHelper, deliver_releases


def notices(slack, count: int = 1) -> list[dict]:
    return slack.wait_for("/api/chat.postMessage", count)


def shown(message: dict) -> str:
    return json.dumps(message, ensure_ascii=False)


def test_publish_posts_a_notice_with_the_bot_token(slack, flow):
    flow.published(title="Courier fraud warning", summary="Two arrested.")
    _submitted, posted = notices(slack, 2)
    assert posted["channel"] == CHANNEL
    assert posted["text"].startswith("Published: Courier fraud warning")
    assert all(
        req.headers["Authorization"] == "Bearer xoxb-test-token"
        for req, _ in slack.httpserver.log
        if req.path == "/api/chat.postMessage"
    )
    assert "Two arrested." in shown(posted)


def test_withdraw_posts_a_do_not_use_notice(slack, flow):
    view = flow.published(title="Appeal for missing man")
    notices(slack, 2)
    flow.flow.withdraw(view.slug, view.revision, APPROVER, "Man found safe")
    posted = notices(slack, 3)
    assert posted[-1]["text"].startswith("Withdrawn: Appeal for missing man")
    assert "Man found safe — do not use." in posted[-1]["text"]


def test_submit_posts_an_approval_request_with_buttons(slack, flow):
    flow.in_review(title="Knife amnesty", change_note="First version")
    [posted] = notices(slack)
    assert posted["text"].startswith("Approval needed: Knife amnesty")
    [actions] = [b for b in posted["blocks"] if b["type"] == "actions"]
    assert [(e["action_id"], e["text"]["text"]) for e in actions["elements"]] == [
        ("approval_approve", "Approve"),
        ("approval_reject", "Reject"),
    ]
    assert json.loads(actions["elements"][0]["value"]) == {"slug": "knife-amnesty", "v": 1}


def test_a_scheduled_publication_is_announced_without_its_wording(slack, flow, clock):
    flow.published(title="Operation Threshold", body="Embargoed body words.", publish_at=clock() + timedelta(days=2))
    posted = notices(slack, 2)[-1]
    assert posted["text"].startswith("Scheduled: Operation Threshold")
    assert "goes live on 3 Jun 2026 at 10:00" in posted["text"]
    assert "Embargoed body words." not in shown(posted)


def test_drafts_edits_and_approvals_stay_quiet(slack, flow):
    flow.approved(title="Quiet one")
    slack.settle()
    assert len(slack.received("/api/chat.postMessage")) == 1  # the approval request only


def test_slack_down_never_fails_the_publish(tmp_path, database_url, clock, services, httpserver):
    httpserver.expect_request("/api/chat.postMessage").respond_with_data("upstream down", status=503)
    app = make_app(tmp_path, database_url, clock, httpserver)
    flow = WorkflowHelper(app.extensions["pressline"])
    view = flow.published(title="Published while Slack is down")
    assert view.status == "published"
    assert app.extensions["pressline"].catalogue.get(view.slug, APPROVER).version == 1
    assert app.extensions["pressline.notices"].wait(10)
    deliver_releases(app)
    attempts = [req for req, _ in httpserver.log if req.path == "/api/chat.postMessage"]
    assert len(attempts) == 5  # the approval request tried 4 times; the publication once so far
    clock.advance(seconds=5)
    deliver_releases(app)  # the release outbox tries the publication again on its backoff schedule
    attempts = [req for req, _ in httpserver.log if req.path == "/api/chat.postMessage"]
    assert len(attempts) == 6


def test_a_notice_is_retried_until_slack_takes_it(tmp_path, database_url, clock, services, httpserver):
    httpserver.expect_ordered_request("/api/chat.postMessage").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/api/chat.postMessage").respond_with_json({"ok": True, "ts": "1.2"})
    app = make_app(tmp_path, database_url, clock, httpserver)
    flow = WorkflowHelper(app.extensions["pressline"])
    flow.in_review(title="Retried notice")
    assert app.extensions["pressline.notices"].wait(10)
    assert len(httpserver.log) == 2
    httpserver.check_assertions()


def test_a_publish_does_not_wait_for_slack(tmp_path, database_url, clock, services, httpserver):
    import threading

    release = threading.Event()

    def slow(request):
        release.wait(5)
        from werkzeug import Response

        return Response('{"ok": true}', content_type="application/json")

    httpserver.expect_request("/api/chat.postMessage").respond_with_handler(slow)
    app = make_app(tmp_path, database_url, clock, httpserver)
    flow = WorkflowHelper(app.extensions["pressline"])
    try:
        view = flow.in_review(title="Slack is slow")
        assert view.status == "in_review"  # returned while Slack still holds the notice
    finally:
        release.set()
    assert app.extensions["pressline.notices"].wait(10)


def test_a_scheduled_version_is_announced_now_live_when_its_embargo_lifts(slack, flow, clock):
    flow.published(title="Operation Kestrel", body="Embargoed words.", publish_at=clock.now + timedelta(hours=1))
    assert notices(slack, 2)[-1]["text"].startswith("Scheduled: Operation Kestrel")
    clock.advance(hours=1)
    live = notices(slack, 3)[-1]
    assert live["text"].startswith("Now live: Operation Kestrel")
    assert "11:00 BST" in shown(live)  # 10:00 UTC, in the office zone


def test_withdrawing_a_version_before_its_embargo_lifts_is_announced_once(slack, flow, clock):
    view = flow.published(title="Operation Wren", publish_at=clock.now + timedelta(hours=1))
    notices(slack, 2)
    flow.flow.withdraw(view.slug, view.revision, APPROVER, "Called off")
    clock.advance(hours=2)
    posted = notices(slack, 3)
    slack.settle()
    assert posted[-1]["text"].startswith("Withdrawn: Operation Wren")
    assert len(slack.received("/api/chat.postMessage")) == 3  # no "now live" and no second withdrawal

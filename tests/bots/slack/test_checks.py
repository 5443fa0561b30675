"""Checks in Slack: the approval request tallies the findings with the first one, and an Approve click on a
version with a blocking finding is refused with the way forward (the console, with a reason)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import APPROVER

CONTEMPT = {"title": "Arrest after assault", "body": "Officers arrested the thug. We will utilise CCTV. The monster "
            "is held.", "case_stage": "arrest"}  # fmt: skip


@pytest.fixture
def linked(app):
    app.extensions["pressline"].keys.create("Abe Approver", "approver", slack_user="U0APPROVER")


def request_for(slack, flow, **fields):
    view = flow.in_review(**fields)
    posted = slack.wait_for("/api/chat.postMessage")[0]
    return view, posted


def test_the_approval_request_tallies_findings_and_shows_the_first(slack, flow):
    _view, posted = request_for(slack, flow, **CONTEMPT)
    shown = json.dumps(posted, ensure_ascii=False)
    assert "Checks: 1 warning, 2 blocking: “thug” presumes guilt" in shown


def test_a_request_with_no_findings_says_nothing_about_checks(slack, flow):
    _view, posted = request_for(slack, flow, title="Knife amnesty", body="Hand in knives at any police station.")
    assert "Checks:" not in json.dumps(posted)


def test_approve_on_a_blocked_version_says_to_use_the_console_with_a_reason(slack, flow, linked):
    view, posted = request_for(slack, flow, **CONTEMPT)
    message = {"type": "message", "ts": "1700000001.000200", "text": posted["text"], "blocks": posted["blocks"]}
    [actions] = [b for b in message["blocks"] if b["type"] == "actions"]
    value = next(e["value"] for e in actions["elements"] if e["action_id"] == "approval_approve")
    response, path = slack.click("approval_approve", value, user="U0APPROVER", message=message)
    assert response.status_code == 200
    [reply] = slack.wait_for(path)
    assert reply["response_type"] == "ephemeral" and reply["replace_original"] is False
    assert reply["text"].startswith("Not approved: v1 has 2 blocking check findings.")
    assert "Pressline console with a reason" in reply["text"]
    assert flow.services.catalogue.working(view.slug, APPROVER).status == "in_review"

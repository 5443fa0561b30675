"""Approve and Reject from the approval request in Slack: linked approvers only, two-person rule kept."""

from __future__ import annotations

import json

import pytest

from tests.conftest import APPROVER

MODAL = "approval_reject_reason"


@pytest.fixture
def linked(app):
    keys = app.extensions["pressline"].keys
    keys.create("Abe Approver", "approver", slack_user="U0APPROVER")
    keys.create("Edith Editor", "approver", slack_user="U0AUTHOR")  # the author, who is also an approver
    keys.create("Ed Second", "editor", slack_user="U0EDITOR")


@pytest.fixture
def request_message(slack, flow, linked):
    """A version in review and the approval request Slack received for it (as the message a click carries)."""
    view = flow.in_review(title="Knife amnesty launch")
    posted = slack.wait_for("/api/chat.postMessage")[0]
    message = {"type": "message", "ts": "1700000001.000200", "text": posted["text"], "blocks": posted["blocks"]}
    return view, message


def status(flow, slug: str) -> str:
    return flow.services.catalogue.working(slug, APPROVER).status


def click(slack, message, action_id: str, user: str):
    [actions] = [b for b in message["blocks"] if b["type"] == "actions"]
    value = next(e["value"] for e in actions["elements"] if e["action_id"] == action_id)
    response, path = slack.click(action_id, value, user=user, message=message)
    assert response.status_code == 200
    return path


def test_a_linked_approver_approves_and_the_request_shows_it(slack, flow, request_message):
    view, message = request_message
    path = click(slack, message, "approval_approve", "U0APPROVER")
    [reply] = slack.wait_for(path)
    assert reply["replace_original"] is True
    assert not [b for b in reply["blocks"] if b["type"] == "actions"]
    assert "Approved by Abe Approver (<@U0APPROVER>)" in json.dumps(reply)
    assert status(flow, view.slug) == "approved"
    assert flow.services.catalogue.working(view.slug, APPROVER).approved_by == "Abe Approver"


def test_the_author_is_refused_politely_by_the_two_person_rule(slack, flow, request_message):
    view, message = request_message
    [reply] = slack.wait_for(click(slack, message, "approval_approve", "U0AUTHOR"))
    assert reply["response_type"] == "ephemeral" and reply["replace_original"] is False
    assert reply["text"].startswith("Sorry, you can't approve this one.")
    assert "two-person rule" in reply["text"]
    assert status(flow, view.slug) == "in_review"


@pytest.mark.parametrize("user", ["U0NOBODY", "U0EDITOR"])
def test_anyone_else_is_refused_politely(slack, flow, request_message, user):
    view, message = request_message
    for action in ("approval_approve", "approval_reject"):
        [reply] = slack.wait_for(click(slack, message, action, user))
        assert reply["response_type"] == "ephemeral"
        assert reply["text"].startswith("Sorry, only a Pressline approver can do that from Slack.")
        assert f"--slack-user {user}" in reply["text"]
    slack.settle()
    assert status(flow, view.slug) == "in_review"
    assert slack.received("/api/views.open") == []


def test_a_request_already_decided_says_so(slack, flow, request_message):
    view, message = request_message
    slack.wait_for(click(slack, message, "approval_approve", "U0APPROVER"))
    [reply] = slack.wait_for(click(slack, message, "approval_approve", "U0APPROVER"))
    assert reply["text"] == f"Version 1 of `{view.slug}` is no longer waiting for approval (newest: v1, approved)."


def test_reject_asks_for_a_reason_in_a_modal(slack, flow, request_message):
    view, message = request_message
    click(slack, message, "approval_reject", "U0APPROVER")
    [opened] = slack.wait_for("/api/views.open")
    modal = json.loads(opened["view"]) if isinstance(opened["view"], str) else opened["view"]
    assert opened["trigger_id"]
    assert modal["callback_id"] == MODAL
    assert json.loads(modal["private_metadata"]) == {
        "slug": view.slug, "v": 1, "channel": "C0PRESSDESK", "ts": "1700000001.000200",
    }  # fmt: skip
    assert status(flow, view.slug) == "in_review"


def reason_values(text: str) -> dict:
    return {"reason": {"reason": {"type": "plain_text_input", "value": text}}}


def test_submitting_the_reason_rejects_and_updates_the_request(slack, flow, request_message):
    view, _ = request_message
    metadata = json.dumps({"slug": view.slug, "v": 1, "channel": "C0PRESSDESK", "ts": "1700000001.000200"})
    response = slack.submit_view(MODAL, metadata, reason_values("Needs the helpline number."), user="U0APPROVER")
    assert response.status_code == 200 and response.get_data() == b""
    rejected = next(v for v in flow.services.catalogue.versions(view.slug, APPROVER) if v.version == 1)
    assert rejected.status == "rejected" and rejected.rejected_reason == "Needs the helpline number."
    [update] = slack.wait_for("/api/chat.update")
    assert (update["channel"], update["ts"]) == ("C0PRESSDESK", "1700000001.000200")
    assert "Rejected by Abe Approver (<@U0APPROVER>): Needs the helpline number." in json.dumps(update)


def test_an_empty_reason_is_asked_for_again_in_the_modal(slack, flow, request_message):
    view, _ = request_message
    metadata = json.dumps({"slug": view.slug, "v": 1, "channel": "C0PRESSDESK", "ts": "1.2"})
    response = slack.submit_view(MODAL, metadata, reason_values("   "), user="U0APPROVER")
    assert response.get_json() == {
        "response_action": "errors",
        "errors": {"reason": "Give a reason: the author sees it."},
    }
    assert status(flow, view.slug) == "in_review"


def test_an_unlinked_user_cannot_reject_through_a_forged_modal(slack, flow, request_message):
    view, _ = request_message
    metadata = json.dumps({"slug": view.slug, "v": 1, "channel": "C0PRESSDESK", "ts": "1.2"})
    response = slack.submit_view(MODAL, metadata, reason_values("No."), user="U0NOBODY")
    assert response.get_json()["response_action"] == "errors"
    slack.settle()
    assert status(flow, view.slug) == "in_review"
    assert slack.received("/api/chat.update") == []


def test_a_click_while_the_database_is_away_gets_one_plain_sentence(slack, flow, request_message, tmp_path):
    from statements.db import Database

    _, message = request_message
    flow.services.keys.db = Database(f"sqlite:///{tmp_path / 'gone' / 'nowhere.db'}")
    [reply] = slack.wait_for(click(slack, message, "approval_approve", "U0APPROVER"))
    assert reply["text"] == "The statement service is unavailable, try again shortly."
    assert reply["replace_original"] is False


def test_slack_refusing_the_modal_is_explained(slack, flow, request_message):
    view, message = request_message
    slack.httpserver.expect_oneshot_request("/api/views.open").respond_with_json(
        {"ok": False, "error": "expired_trigger_id"}
    )
    [reply] = slack.wait_for(click(slack, message, "approval_reject", "U0APPROVER"))
    assert reply["text"] == "Slack would not open the form for the reason; click Reject again in a moment."
    assert status(flow, view.slug) == "in_review"

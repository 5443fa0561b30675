"""``/press send SLUG``: an approver sees where a release will go (lists, recipients, when) and confirms with a
button; the notices channel hears how many the email or advance copy went to. Everyone else is refused."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bots.chat import parse
from statements.media.events import ADVANCE, EMBARGO_CANCELLED, EMBARGO_MOVED, MEDIA_TYPES
from statements.media.models import AdvanceCopy
from statements.release import EVENT_TYPES
from tests.bots.slack.conftest import SlackClient, make_app
from tests.conftest import APPROVER, WorkflowHelper
from tests.mailbox import start_inbox
from tests.media_rows import newsroom

LIFT = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def linked(app):
    keys = app.extensions["pressline"].keys
    keys.create("Abe Approver", "approver", slack_user="U0APPROVER")
    keys.create("Ed Second", "editor", slack_user="U0EDITOR")


def approved_with_lists(flow, lists, **fields):
    view = flow.in_review(**fields)
    return flow.services.workflow.approve(view.slug, view.revision, APPROVER, lists=lists)


def ask(slack, slug, user="U0APPROVER"):
    return slack.answer(f"send {slug}", user=user)


def confirm(slack, reply, user="U0APPROVER"):
    [actions] = [b for b in reply["blocks"] if b["type"] == "actions"]
    value = next(e["value"] for e in actions["elements"] if e["action_id"] == "media_send")
    response, path = slack.click("media_send", value, user=user)
    assert response.status_code == 200
    return slack.wait_for(path)[0]


def test_an_approver_sees_the_lists_recipients_and_time_and_is_asked_to_confirm(slack, flow, linked):
    media, _ = newsroom(flow.services, "Regional desks", count=2)
    view = approved_with_lists(flow, [media], title="Knife amnesty")
    reply = ask(slack, view.slug)
    text = json.dumps(reply)
    assert reply["response_type"] == "ephemeral"
    assert "Publish now and email: Knife amnesty" in text
    assert "Regional desks (2)" in text and "*Recipients:* 2" in text and "*When:* now" in text
    assert [e["text"]["text"] for b in reply["blocks"] if b["type"] == "actions" for e in b["elements"]] == [
        "Send", "Cancel"]  # fmt: skip
    assert flow.services.catalogue.working(view.slug, APPROVER).status == "approved"


def test_confirming_publishes_the_approved_version_now_with_its_lists(slack, flow, linked):
    media, _ = newsroom(flow.services, "Regional desks", count=2)
    view = approved_with_lists(flow, [media], title="Knife amnesty")
    outcome = confirm(slack, ask(slack, view.slug))
    assert outcome["replace_original"] is True
    assert "Published v1 of “Knife amnesty”: the release email goes to 2 recipients on Regional desks (2)" in (
        outcome["text"])  # fmt: skip
    assert flow.services.catalogue.working(view.slug, APPROVER).status == "published"


def test_for_a_scheduled_version_it_offers_and_sends_the_embargoed_advance_copy(slack, flow, linked):
    media, _ = newsroom(flow.services, "Trusted newsrooms", count=3)
    view = approved_with_lists(flow, [media], title="Speed cameras")
    view = flow.services.workflow.publish(view.slug, view.revision, APPROVER, LIFT)
    reply = ask(slack, view.slug)
    assert "Send the embargoed advance copy: Speed cameras" in json.dumps(reply)
    assert "now, embargoed until 09:00 GMT Tuesday 5 January 2027" in json.dumps(reply)
    outcome = confirm(slack, reply)
    assert "Embargoed advance copy of v1 of “Speed cameras” going to 3 recipients" in outcome["text"]
    with flow.services.db.reading() as session:
        [copy] = session.scalars(select(AdvanceCopy)).all()
    assert (copy.actor, copy.list_ids, copy.recipients) == ("Abe Approver", [media], 3)
    assert flow.services.catalogue.working(view.slug, APPROVER).status == "scheduled"


@pytest.mark.parametrize("user", ["U0EDITOR", "U0STRANGER"])
def test_anyone_but_a_linked_approver_gets_a_friendly_refusal(slack, flow, linked, user):
    media, _ = newsroom(flow.services)
    view = approved_with_lists(flow, [media])
    reply = ask(slack, view.slug, user=user)
    assert reply["text"].startswith("Sorry, only a Pressline approver can do that from Slack.")
    assert not [b for b in reply.get("blocks") or [] if b["type"] == "actions"]


def test_a_click_by_someone_else_is_refused_too(slack, flow, linked):
    media, _ = newsroom(flow.services)
    view = approved_with_lists(flow, [media])
    reply = confirm(slack, ask(slack, view.slug), user="U0EDITOR")
    assert reply["text"].startswith("Sorry, only a Pressline approver")
    assert flow.services.catalogue.working(view.slug, APPROVER).status == "approved"


@pytest.mark.parametrize(("setup", "says"), [
    ("no-lists", "No media lists are chosen for v1"),
    ("internal", "internal wording: only public wording is emailed"),
    ("draft", "Nothing to send: v1"),
    ("missing", "No statement `no-such-statement`."),
])  # fmt: skip
def test_when_there_is_nothing_to_send_it_says_why(slack, flow, linked, setup, says):
    newsroom(flow.services)
    if setup == "no-lists":
        slug = flow.approved().slug
    elif setup == "internal":
        slug = flow.approved(audience="internal").slug
    elif setup == "draft":
        slug = flow.draft().slug
    else:
        slug = "no-such-statement"
    reply = ask(slack, slug)
    assert says in reply["text"]
    assert not [b for b in reply.get("blocks") or [] if b["type"] == "actions"]


def test_a_confirmation_after_the_statement_changed_does_nothing(slack, flow, linked):
    media, _ = newsroom(flow.services)
    view = approved_with_lists(flow, [media])
    reply = ask(slack, view.slug)
    flow.services.workflow.publish(view.slug, view.revision, APPROVER, LIFT)
    outcome = confirm(slack, reply)
    assert "changed since you asked" in outcome["text"]
    with flow.services.db.reading() as session:
        assert session.scalars(select(AdvanceCopy)).all() == []


def test_teams_and_other_faces_that_cannot_tell_who_asks_refuse_politely(app):
    answer = app.extensions["pressline.chat"].answer(parse("send knife-amnesty"))
    assert answer.is_error
    assert "for Pressline approvers" in answer.notice and "/press send knife-amnesty" in answer.notice


def test_chat_sinks_take_only_the_sent_summary_and_webhooks_no_media_event(app):
    sinks = {sink.name: sink for sink in app.extensions["pressline"].release.sinks}
    chat = [s for name, s in sinks.items() if name.startswith("chat:")]
    assert chat, "the Slack notices sink is registered"
    for sink in chat:
        assert not set(sink.types) & {ADVANCE, EMBARGO_MOVED, EMBARGO_CANCELLED}
    assert not set(sinks["webhooks"].types) & set(MEDIA_TYPES)
    assert set(sinks["webhooks"].types) == set(EVENT_TYPES)


@pytest.fixture
def mail_app(tmp_path, database_url, clock, services, slack_api):
    inbox, controller = start_inbox()
    app = make_app(tmp_path, database_url, clock, slack_api, SMTP_URL=f"smtp://127.0.0.1:{controller.port}",
                   MAIL_FROM="Press <press@westshire.example.org>", PUBLIC_URL="https://press.example.org")  # fmt: skip
    yield app, inbox
    controller.stop()


def test_the_notices_channel_hears_how_many_a_release_email_went_to(mail_app, slack_api):
    app, inbox = mail_app
    slack, flow = SlackClient(app, slack_api), WorkflowHelper(app.extensions["pressline"])
    media, _ = newsroom(flow.services, "Regional desks", count=3)
    view = approved_with_lists(flow, [media], title="Knife amnesty")
    flow.services.workflow.publish(view.slug, view.revision, APPROVER)
    slack.wait_for("/api/chat.postMessage")  # delivers the release (published notice, emails)
    posted = slack.wait_for("/api/chat.postMessage", count=2)  # the summary is an event of its own
    texts = [json.dumps(p) for p in posted]
    assert len(inbox.messages) == 3
    assert any("Release email sent: Knife amnesty" in t and "v1 went to 3 recipients on Regional desks" in t
               for t in texts)  # fmt: skip


def test_the_notices_channel_hears_when_an_advance_copy_went_out(mail_app, slack_api):
    app, inbox = mail_app
    slack, flow = SlackClient(app, slack_api), WorkflowHelper(app.extensions["pressline"])
    media, _ = newsroom(flow.services, "Trusted newsrooms", count=2)
    view = flow.services.workflow.publish(flow.approved(title="Speed cameras").slug, 3, APPROVER, LIFT)
    flow.services.media.advance(view.slug, [media], APPROVER)
    slack.wait_for("/api/chat.postMessage")
    posted = [json.dumps(p) for p in slack.wait_for("/api/chat.postMessage", count=2)]
    assert len(inbox.messages) == 2
    assert any("Embargoed advance copy sent: Speed cameras" in t and "v1 went to 2 recipients on Trusted newsrooms"
               in t and "embargoed until 5 Jan 2027 at 09:00 GMT" in t for t in posted)  # fmt: skip

"""Threads: the "Find approved lines" message shortcut and ``@Pressline ...`` mentions, with signed requests and
a local Slack Web API; what the app posts is read back from that server."""

from __future__ import annotations

import json
import time

from tests.bots.slack.test_commands import texts

THREAD = "1700000000.000100"
REPLY = {"type": "message", "user": "U0JOURNO", "ts": "1700000050.000200", "thread_ts": THREAD,
         "text": "Reporter asking about <https://news.example/x|the story>: online grooming on gaming apps?"}  # fmt: skip


def desk_posts(slack, count: int = 1) -> list[dict]:
    """chat.postMessage calls to the press desk channel (notices go to the notices channel)."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        found = [p for p in slack.received("/api/chat.postMessage") if p["channel"] == "C0PRESSDESK"]
        if len(found) >= count:
            return found
        time.sleep(0.01)
    raise AssertionError("nothing posted to the press desk")


def test_the_shortcut_opens_a_modal_at_once_then_fills_it_with_matches(slack, flow):
    flow.published(title="Online grooming warning", body="Grooming happens on gaming apps too.")
    flow.published(title="Courier fraud warning", body="Never hand cards to a courier.")
    response = slack.message_shortcut("find_approved_lines", REPLY)
    assert response.status_code == 200
    [opened] = slack.wait_for("/api/views.open")
    assert opened["view"]["title"]["text"] == "Find approved lines"
    [updated] = slack.wait_for("/api/views.update")
    view = updated["view"]
    assert updated["view_id"] == "V0SEARCH"
    options = next(b for b in view["blocks"] if b["type"] == "input")["element"]["options"]
    assert [o["value"] for o in options] == ["online-grooming-warning"]
    assert json.loads(view["private_metadata"]) == {"channel": "C0PRESSDESK", "thread": THREAD}


def test_picking_wording_posts_it_into_the_thread(slack, flow):
    flow.published(title="Online grooming warning", body="Grooming happens on gaming apps too.")
    metadata = json.dumps({"channel": "C0PRESSDESK", "thread": THREAD})
    values = {"pick": {"pick": {"type": "radio_buttons", "selected_option": {"value": "online-grooming-warning"}}}}
    response = slack.submit_view("find_lines_pick", metadata, values, user="U0OFFICER")
    assert response.status_code == 200
    [posted] = desk_posts(slack)
    assert posted["channel"] == "C0PRESSDESK" and posted["thread_ts"] == THREAD
    assert "Grooming happens on gaming apps too." in texts(posted)
    assert "Shared by <@U0OFFICER>" in texts(posted)


def test_picking_internal_lines_posts_them_marked_internal(slack, flow):
    flow.published(title="Lines on grooming", kind="lines_to_take", body="We do not comment on live cases.")
    metadata = json.dumps({"channel": "C0PRESSDESK", "thread": THREAD})
    values = {"pick": {"pick": {"selected_option": {"value": "lines-on-grooming"}}}}
    slack.submit_view("find_lines_pick", metadata, values)
    [posted] = desk_posts(slack)
    assert posted["text"].startswith("Internal: do not share outside")


def test_submitting_without_a_pick_asks_for_one(slack):
    response = slack.submit_view("find_lines_pick", "{}", {})
    assert json.loads(response.get_data())["response_action"] == "errors"


def test_a_message_matching_nothing_says_so_in_the_modal(slack):
    slack.message_shortcut("find_approved_lines", {**REPLY, "text": "zebrafig quasarmint"})
    [updated] = slack.wait_for("/api/views.update")
    assert "No approved wording matches this message" in json.dumps(updated["view"])


def test_a_mention_in_a_thread_is_answered_in_that_thread(slack, flow):
    flow.published(title="Online grooming warning", body="Grooming happens on gaming apps too.")
    event = {"type": "app_mention", "user": "U0OFFICER", "text": "<@U0BOT> lines grooming", "ts": "1700000060.1",
             "thread_ts": THREAD, "channel": "C0PRESSDESK", "event_ts": "1700000060.1"}  # fmt: skip
    assert slack.event(event).status_code == 200
    [posted] = desk_posts(slack)
    assert posted["channel"] == "C0PRESSDESK" and posted["thread_ts"] == THREAD
    assert "Grooming happens on gaming apps too." in texts(posted)


def test_a_mention_outside_a_thread_starts_one_on_the_mention(slack):
    event = {"type": "app_mention", "user": "U0OFFICER", "text": "<@U0BOT> help", "ts": "1700000070.1",
             "channel": "C0PRESSDESK", "event_ts": "1700000070.1"}  # fmt: skip
    slack.event(event)
    [posted] = desk_posts(slack)
    assert posted["thread_ts"] == "1700000070.1"


def test_a_retried_mention_is_answered_once(slack):
    event = {"type": "app_mention", "user": "U0OFFICER", "text": "<@U0BOT> help", "ts": "1700000080.1",
             "channel": "C0PRESSDESK", "event_ts": "1700000080.1"}  # fmt: skip
    slack.event(event, event_id="Ev0SAME")
    slack.event(event, event_id="Ev0SAME")
    slack.settle()
    assert len(desk_posts(slack)) == 1

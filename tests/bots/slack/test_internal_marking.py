"""Internal wording is marked as internal in every answer kind, ephemeral or posted to the channel, and in notices."""

from __future__ import annotations

from tests.bots.slack.test_buttons import click_button
from tests.bots.slack.test_commands import texts

MARK = "Internal: do not share outside"
LINES = {
    "title": "Lines on the sting",
    "kind": "lines_to_take",
    "body": "We do not support vigilante stings.",
    "quotes": [{"text": "Leave stings to the police.", "speaker": "Jane Smith", "role": "Chief Constable"}],
}


def test_a_quote_from_internal_lines_to_take_is_marked_internal(slack, flow):
    flow.published(**LINES)
    message = slack.answer("quote stings")
    assert "Leave stings to the police." in texts(message)
    assert MARK in texts(message)
    assert message["text"].startswith(MARK)


def test_posting_an_internal_quote_to_the_channel_keeps_the_marking(slack, flow):
    flow.published(**LINES)
    posted = click_button(slack, slack.answer("quote stings"), "press_post")
    assert posted["response_type"] == "in_channel"
    assert "Leave stings to the police." in texts(posted)
    assert MARK in texts(posted) and posted["text"].startswith(MARK)


def test_posting_internal_lines_to_the_channel_keeps_the_marking(slack, flow):
    flow.published(**LINES)
    posted = click_button(slack, slack.answer("lines vigilante"), "press_post")
    assert "We do not support vigilante stings." in texts(posted)
    assert posted["text"].startswith(MARK)


def test_latest_marks_internal_wording(slack, flow):
    flow.published(**LINES)
    message = slack.answer("latest")
    assert MARK in texts(message) and message["text"].startswith(MARK)


def test_a_public_quote_is_not_marked_internal(slack, flow):
    flow.published(title="Knife crime appeal", body="Knife crime.", quotes=LINES["quotes"])
    message = slack.answer("quote stings")
    assert MARK not in texts(message)


def test_the_publication_notice_of_internal_lines_is_marked(slack, flow):
    flow.published(**LINES)
    posted = slack.wait_for("/api/chat.postMessage", count=2)[-1]
    assert posted["text"].startswith(MARK)
    assert MARK in texts(posted)

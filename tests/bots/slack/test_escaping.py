"""Statement text is data in Slack: ``<!channel>`` or ``<https://evil.example|Click>`` in a title, summary, quote
or route is shown escaped in every mrkdwn field and in the notification ``text``, never acted on."""

from __future__ import annotations

import pytest

from tests.bots.slack.test_buttons import click_button
from tests.conftest import ADMIN

HOSTILE = ["<!channel>", "<https://evil.example|Click>", "<@U0BOSS>", "a & b"]


def mrkdwn_texts(message: dict) -> list[str]:
    """The message's top-level ``text`` and every mrkdwn text object in its blocks (what Slack parses)."""
    found = [message["text"]]

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(message["blocks"])
    return found


def assert_escaped(message: dict, hostile: str) -> None:
    escaped = hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    texts = mrkdwn_texts(message)
    assert all(hostile not in text for text in texts), texts
    assert any(escaped in text for text in texts), texts


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_title_is_escaped_in_the_answer_and_its_notification_text(slack, flow, hostile):
    flow.published(title=f"Grooming warning {hostile}", body="Talk to your children about grooming.")
    message = slack.answer("lines grooming")
    assert_escaped(message, hostile)
    assert "&lt;" in message["text"] or "&amp;" in message["text"]


@pytest.mark.parametrize("hostile", HOSTILE[:2])
def test_a_title_is_escaped_in_the_in_channel_copy(slack, flow, hostile):
    flow.published(title=f"Grooming warning {hostile}", body="Talk to your children about grooming.")
    posted = click_button(slack, slack.answer("lines grooming"), "press_post")
    assert posted["response_type"] == "in_channel"
    assert_escaped(posted, hostile)


@pytest.mark.parametrize("hostile", HOSTILE[:2])
def test_a_title_and_summary_are_escaped_in_the_publication_notice(slack, flow, hostile):
    flow.published(title=f"Fraud warning {hostile}", summary=f"Summary {hostile}", body="Courier fraud.")
    posted = slack.wait_for("/api/chat.postMessage", count=2)[-1]  # submitted, then published
    assert posted["text"].startswith("Published: Fraud warning")
    assert_escaped(posted, hostile)


def test_a_quote_and_its_speaker_are_escaped(slack, flow):
    quote = {"text": "Call the police <!channel> now", "speaker": "Jo <@U0BOSS>", "role": "Chief Constable"}
    flow.published(title="Knife crime appeal", body="Knife crime.", quotes=[quote])
    message = slack.answer("quote police")
    assert_escaped(message, "<!channel>")
    assert_escaped(message, "<@U0BOSS>")


def test_a_route_with_a_hostile_name_and_when_is_shown_as_text(slack, services):
    services.routes.save(
        {
            "name": "Hostile line <!channel>",
            "url": "https://example.org/report?a=1&b=<2>",
            "when": "Click <https://evil.example|here>",
            "urgency": "standard",
            "topics": ["fraud"],
        },
        ADMIN,
    )
    message = slack.answer("report fraud")
    assert_escaped(message, "<!channel>")
    assert_escaped(message, "<https://evil.example|here>")
    assert "<https://example.org/report?a=1&amp;b=&lt;2&gt;|" in "".join(mrkdwn_texts(message))

"""The answer's buttons, clicked as Slack sends them (block_actions): post to channel, next match, full text."""

from __future__ import annotations

import json

from tests.bots.slack.test_commands import LONG_BODY, buttons, texts
from tests.conftest import APPROVER


def click_button(slack, message: dict, action_id: str, user: str = "U0PRESS"):
    button = buttons(message)[action_id]
    response, path = slack.click(action_id, button["value"], user=user)
    assert response.status_code == 200
    return slack.wait_for(path)[0]


def test_post_to_channel_posts_the_same_answer_in_channel(slack, flow):
    flow.published(title="Online grooming warning", body="Talk to your children about grooming.")
    ephemeral = slack.answer("lines grooming")
    posted = click_button(slack, ephemeral, "press_post", user="U0SHARER")
    assert posted["response_type"] == "in_channel"
    assert posted["replace_original"] is False
    assert posted["blocks"][:4] == ephemeral["blocks"][:4]  # header, title, wording, provenance
    assert "Shared by <@U0SHARER> with `/press lines grooming`" in texts(posted)
    assert "press_post" not in buttons(posted) and "press_next" not in buttons(posted)


def test_next_match_replaces_the_answer_with_the_next_one(slack, flow):
    flow.published(title="Scam warning one", body="First scam advice.")
    flow.published(title="Scam warning two", body="Second scam advice.")
    first = slack.answer("lines scam")
    second = click_button(slack, first, "press_next")
    assert second["replace_original"] is True and second["response_type"] == "ephemeral"
    shown = {"First scam advice." in texts(first), "First scam advice." in texts(second)}
    assert shown == {True, False}
    assert "press_next" not in buttons(second)


def test_post_to_channel_after_next_match_posts_that_match(slack, flow):
    flow.published(title="Scam warning one", body="First scam advice.")
    flow.published(title="Scam warning two", body="Second scam advice.")
    second = click_button(slack, slack.answer("lines scam"), "press_next")
    posted = click_button(slack, second, "press_post")
    assert json.loads(buttons(second)["press_post"]["value"]) == {"c": "lines scam", "o": 1}
    assert posted["blocks"][1:3] == second["blocks"][1:3]


def test_full_text_shows_all_the_wording(slack, flow):
    flow.published(title="Grooming guidance", body=LONG_BODY)
    short = slack.answer("lines grooming")
    full = click_button(slack, short, "press_full_0")
    assert full["response_type"] == "ephemeral" and full["replace_original"] is False
    shown = "\n\n".join(b["text"]["text"] for b in full["blocks"] if b["type"] == "section")
    assert "Paragraph 0:" in shown and "Paragraph 59:" in shown
    assert all(len(b["text"]["text"]) <= 3000 for b in full["blocks"] if b["type"] == "section")
    assert len(full["blocks"]) <= 50


def test_a_mangled_button_value_gets_help_not_an_error(slack):
    response, path = slack.click("press_next", "{not json")
    assert response.status_code == 200
    assert "/press lines QUERY" in texts(slack.wait_for(path)[0])


def test_a_button_for_a_statement_withdrawn_since_shows_the_notice(slack, flow):
    view = flow.published(title="Appeal for missing man", body="Have you seen Daniel?")
    answer = slack.answer("lines missing man")
    revision = flow.services.catalogue.working(view.slug, APPROVER).revision
    flow.flow.withdraw(view.slug, revision, APPROVER, "Found")
    posted = click_button(slack, answer, "press_post")
    assert "Withdrawn on 1 Jun 2026: Found — do not use." in texts(posted)
    assert "Have you seen Daniel?" not in texts(posted)

"""Statement text is data in Teams: Markdown in a route's "when", a title or a quote is shown as typed in the
card (a ``javascript:`` link stays text), and internal wording is marked in every answer kind."""

from __future__ import annotations

import json
import re

from tests.conftest import ADMIN

from .adaptive_card import shown
from .test_commands import card, texts

LINK = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(")  # an unescaped Markdown link opener: [text](
MARK = "Internal: do not share outside"


def every_text(reply) -> list[str]:
    content = card(reply)
    facts = [f[k] for node in content["body"] for f in node.get("facts", []) for k in ("title", "value")]
    return [reply.json["text"], *texts(content), *facts]


def test_a_markdown_javascript_link_in_a_route_when_is_not_a_link(teams, services):
    hostile = "Use [this form](javascript:alert(document.cookie)) *now*"
    services.routes.save(
        {"name": "Hostile [route](javascript:x)", "url": "https://example.org/", "when": hostile,
         "urgency": "standard", "topics": ["fraud"]},
        ADMIN,
    )  # fmt: skip
    found = every_text(teams.ask("report fraud"))
    assert not any(LINK.search(text) for text in found), found
    assert hostile in [shown(text) for text in found]


def test_a_title_with_markdown_is_shown_as_typed(teams, workflow):
    title = "Grooming [click](javascript:alert(1)) **now**"
    workflow.published(title=title, body="Talk to your children about grooming.")
    found = every_text(teams.ask("lines grooming"))
    assert not any(LINK.search(text) for text in found)
    assert title in [shown(text) for text in found]


def test_a_quote_from_internal_lines_is_marked_internal(teams, workflow):
    workflow.published(
        title="Lines on the sting", kind="lines_to_take", body="We do not support vigilante stings.",
        quotes=[{"text": "Leave stings to the police.", "speaker": "Jane Smith", "role": "Chief Constable"}],
    )  # fmt: skip
    reply = teams.ask("quote stings")
    assert "Leave stings to the police." in json.dumps(reply.json, ensure_ascii=False)
    assert MARK in texts(card(reply))
    assert reply.json["text"].startswith(MARK)


def test_internal_lines_are_marked_in_the_message_text(teams, workflow):
    workflow.published(title="Lines on the sting", kind="lines_to_take", body="We do not support vigilante stings.")
    reply = teams.ask("lines vigilante")
    assert reply.json["text"].startswith(MARK)
    assert MARK in texts(card(reply))

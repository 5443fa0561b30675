"""Every message and modal Pressline sends passes slack_sdk's own Block Kit checks (lengths, counts, shapes)."""

from __future__ import annotations

import json

import pytest
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

from bots.slack.blocks import reject_modal
from tests.bots.slack.test_commands import LONG_BODY
from tests.conftest import APPROVER

LONG_TITLE = "A very long title about online grooming and what parents should do " * 4


def assert_valid(message: dict) -> None:
    blocks = message["blocks"]
    assert 0 < len(blocks) <= 50
    for block in blocks:
        Block.parse(block).validate_json()  # raises SlackObjectFormationError on any breach
    assert len(message["text"]) <= 4000


@pytest.fixture
def published(flow, clock):
    quote = {"text": "Every report about grooming is taken seriously. " * 5, "speaker": "Rebecca Hale", "role": "CC"}
    flow.published(title=LONG_TITLE[:290], body=LONG_BODY * 3, quotes=[quote], topics=["online-safety"])
    flow.published(title="Grooming lines", kind="lines_to_take", body="Short lines & <things>.")
    flow.withdrawn(reason="Found safe", title="Appeal for missing grooming victim", body="Gone.")


COMMANDS = [
    "lines grooming", "quote grooming", "report grooming", "latest", "latest online-safety", "help", "", "zzz",
    "lines appeal-for-missing-grooming-victim", "show " + "x" * 300, "lines " + "grooming " * 40,
]  # fmt: skip


def test_answers_are_valid_block_kit(slack, published):
    """One set-up for every command (writes are the slow part); a failure names the command."""
    for command in COMMANDS:
        try:
            assert_valid(slack.answer(command))
        except Exception as exc:
            raise AssertionError(f"{command!r}: {exc}") from exc


def test_full_text_of_a_very_long_statement_is_valid_block_kit(slack, flow):
    view = flow.published(title="Huge", body=("word " * 700 + "\n\n") * 25)
    assert_valid(slack.answer(f"show {view.slug}"))


def test_notices_are_valid_block_kit(slack, flow, clock):
    view = flow.published(title=LONG_TITLE[:290], summary="Summary " * 200)
    slack.wait_for("/api/chat.postMessage", 2)  # the approval request, then "Published" from the release outbox
    flow.flow.withdraw(view.slug, view.revision, APPROVER, "Out of date " * 50)
    for posted in slack.wait_for("/api/chat.postMessage", 3):
        assert_valid(posted)


def test_the_reject_modal_is_a_valid_view():
    modal = reject_modal(json.dumps({"slug": "x" * 120, "v": 3}), json.dumps({"slug": "x", "v": 3}))
    View(**modal).validate_json()

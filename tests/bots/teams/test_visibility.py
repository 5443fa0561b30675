"""Drafts and embargoed versions never reach a Teams reply, whatever is asked.

The hidden versions are found by words people might type (zebrafish, quokka) and carry marker words nobody
types (aardvarkian, wombatish, the titles, the speakers): a reply may echo the question, never the markers.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.conftest import APPROVER

MARKERS = [
    "aardvarkian",
    "wombatish",
    "draft zebrafish warning",
    "reviewed zebrafish lines",
    "embargoed quokka arrests",
    "jo draft",
    "sam embargo",
]


@pytest.fixture
def hidden(workflow, clock):
    """A published statement with a newer draft; a draft, an in-review and an embargoed version."""
    public = workflow.published(
        title="Online safety advice for parents",
        topics=["online-safety"],
        body="Talk to your children about online safety.",
    )
    workflow.draft(
        title="Draft zebrafish warning",
        topics=["online-safety"],
        body="The zebrafish operation is codenamed aardvarkian.",
        quotes=[{"text": "Zebrafish aardvarkian words", "speaker": "Jo Draft", "role": "Inspector"}],
    )
    workflow.in_review(title="Reviewed zebrafish lines", topics=["online-safety"], body="Zebrafish aardvarkian.")
    workflow.published(
        title="Embargoed quokka arrests",
        topics=["online-safety"],
        body="The quokka arrests are wombatish and happen tomorrow.",
        quotes=[{"text": "Quokka wombatish said", "speaker": "Sam Embargo", "role": "Chief"}],
        publish_at=clock.now + timedelta(days=1),
    )
    current = workflow.services.catalogue.working(public.slug, APPROVER)
    workflow.flow.edit_draft(public.slug, current.revision, {"body": "New zebrafish aardvarkian wording."}, APPROVER)
    return public


COMMANDS = [
    "lines zebrafish",
    "lines quokka arrests",
    "quote zebrafish",
    "quote quokka said",
    "lines online safety",
    "latest",
    "latest online-safety",
    "report online-safety",
    "show draft-zebrafish-warning",
    "show embargoed-quokka-arrests",
    "show online-safety-advice-for-parents",
    "zebrafish",
    "quokka arrests",
    "lines aardvarkian",
    "quote wombatish",
    "help",
]


def test_marker_words_of_drafts_and_embargoed_versions_never_appear(teams, hidden):
    """One set-up for every command (writes are the slow part); the failure names each leaking command."""
    leaks = {}
    for command in COMMANDS:
        reply = teams.ask(command)
        assert reply.status == 200
        query = command.partition(" ")[2] or command
        shown = json.dumps(reply.json, ensure_ascii=False).lower()
        shown = shown.replace(f"“{query}”", "").replace(command, "")  # the question echoed back is not a leak
        found = [marker for marker in MARKERS if marker in shown]
        if found:
            leaks[command] = found
    assert leaks == {}


def test_the_published_version_is_served_while_its_next_draft_waits(teams, hidden):
    shown = json.dumps(teams.ask("show online-safety-advice-for-parents").json)
    assert "Talk to your children about online safety." in shown
    assert "aardvarkian" not in shown


def test_an_embargoed_version_appears_once_its_time_comes(teams, hidden, clock):
    clock.advance(days=1, minutes=1)
    shown = json.dumps(teams.ask("lines quokka arrests").json, ensure_ascii=False)
    assert "Embargoed quokka arrests" in shown

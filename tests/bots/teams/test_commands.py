"""Each command through the real endpoint: a signed activity in, a Teams message with an Adaptive Card out."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from .adaptive_card import shown as displayed
from .adaptive_card import validate_envelope

GROOMING = {
    "title": "Warning about online grooming",
    "kind": "press_release",
    "topics": ["online-safety"],
    "summary": "Parents are urged to talk to their children about who they talk to online.",
    "body": "Parents are urged to talk to their children about who they talk to online. " * 3,
    "quotes": [
        {"text": "We will find those who groom children online.", "speaker": "Jane Smith", "role": "Chief Constable"}
    ],
    "reporting_routes": ["police-emergency-999", "ceop", "crimestoppers"],
}


def card(reply) -> dict:
    assert reply.status == 200
    assert validate_envelope(reply.json) == [], reply.json
    return reply.json["attachments"][0]["content"]


def texts(node) -> list[str]:
    if isinstance(node, dict):
        own = [node["text"]] if node.get("type") == "TextBlock" else []
        return own + [t for v in node.values() for t in texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in texts(v)]
    return []


def actions(node) -> list[dict]:
    if isinstance(node, dict):
        own = [node] if node.get("type") == "Action.OpenUrl" else []
        return own + [a for v in node.values() for a in actions(v)]
    if isinstance(node, list):
        return [a for v in node for a in actions(v)]
    return []


@pytest.fixture
def grooming(workflow):
    return workflow.published(**GROOMING)


def test_lines_gives_the_approved_wording_with_provenance(teams, grooming):
    reply = teams.ask("lines grooming")
    content = card(reply)
    shown = texts(content)
    assert "Warning about online grooming" in shown
    assert any(t.startswith("Parents are urged") for t in shown)
    assert "v1 · approved by Abe Approver · 1 Jun 2026" in shown
    assert (
        reply.json["text"]
        == "Warning about online grooming (Press release, v1 · approved by Abe Approver · 1 Jun 2026)"
    )


def test_quote_gives_the_words_and_who_said_them(teams, grooming):
    shown = texts(card(teams.ask("quote find those who groom")))
    assert "“We will find those who groom children online.”" in shown
    assert "— Jane Smith, Chief Constable" in shown


def test_report_lists_routes_emergency_first_with_tel_and_web_links(teams, grooming):
    content = card(teams.ask("report online-safety"))
    links = [(a["title"], a["url"]) for a in actions(content)]
    assert links[0] == ("Call 999", "tel:999")
    assert ("Website", "https://www.ceop.police.uk") in links
    assert any(url.startswith("tel:+44") for _, url in links)


def test_latest_lists_the_newest_published_wording(teams, workflow, clock, grooming):
    clock.advance(hours=1)
    workflow.published(title="Scam texts claiming to be from the bank", topics=["fraud"], body="Do not reply.")
    shown = texts(card(teams.ask("latest")))
    assert shown.index("Scam texts claiming to be from the bank") < shown.index("Warning about online grooming")


def test_help_lists_the_grammar_with_the_teams_prefix(teams):
    content = card(teams.ask("help"))
    facts = [
        displayed(f["title"]) for element in content["body"] if element["type"] == "FactSet" for f in element["facts"]
    ]
    assert facts[:4] == [
        "@Pressline lines QUERY",
        "@Pressline quote QUERY",
        "@Pressline report TOPIC",
        "@Pressline latest [TOPIC]",
    ]


@pytest.mark.parametrize("text", ["", "   "])
def test_a_bare_mention_gets_help(teams, text):
    assert "@Pressline help" in json.dumps(card(teams.ask(text)))


def test_unknown_input_gets_help_and_a_suggestion_never_an_error(teams, grooming):
    reply = teams.ask("qoute grooming")
    shown = texts(card(reply))
    assert "Didn't catch that." in shown
    assert "Did you mean `@Pressline quote grooming`?" in [displayed(t) for t in shown]


def test_full_text_is_offered_as_a_show_command_and_show_gives_it_all(teams, workflow):
    long_body = "Officers are working with schools across the county. " * 40
    view = workflow.published(title="Schools safety campaign", body=long_body, topics=["online-safety"])
    shown = texts(card(teams.ask("lines schools safety campaign")))
    assert f"Full text: @Pressline show {view.slug}" in shown
    full = texts(card(teams.ask(f"show {view.slug}")))
    assert long_body.strip() in full


def test_stale_wording_is_flagged(teams, workflow, clock):
    workflow.published(
        title="Speed camera lines",
        kind="lines_to_take",
        body="Cameras save lives.",
        review_by=(clock.now + timedelta(days=1)).date(),
    )
    clock.advance(days=3)
    shown = texts(card(teams.ask("lines speed camera")))
    assert "Past its review date (2 Jun 2026): check it is still right before use." in shown
    assert "Lines to take · Internal: do not share outside" in shown


def test_withdrawn_wording_says_do_not_use_and_never_shows_the_text(teams, workflow, clock):
    view = workflow.published(title="Missing man appeal", body="Westshire Police are appealing for sightings.")
    clock.advance(hours=2)
    workflow.flow.withdraw(view.slug, view.revision, workflow_approver(), "He has been found safe")
    reply = teams.ask(f"lines {view.slug}")
    shown = texts(card(reply))
    assert "Withdrawn on 1 Jun 2026: He has been found safe — do not use." in shown
    assert "appealing for sightings" not in json.dumps(reply.json)


def workflow_approver():
    from tests.conftest import APPROVER

    return APPROVER


def test_an_oversized_answer_still_fits_in_28_kb(teams, workflow):
    body = "\n\n".join(f"Paragraph {n}: " + "the wording goes on and on " * 40 for n in range(60))
    view = workflow.published(title="Very long guidance", kind="guidance", body=body)
    reply = teams.ask(f"show {view.slug}")
    card(reply)
    assert len(json.dumps(reply.json).encode()) < 28 * 1024

"""`/press ...` as Slack sends it: each command answered in Block Kit through response_url, ephemeral."""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import urlencode

import pytest

from tests.conftest import APPROVER

LONG_BODY = "\n\n".join(f"Paragraph {n}: what parents should know about grooming online." for n in range(60))


def texts(message: dict) -> str:
    """Every piece of text a user can see in a message, as one string."""
    return json.dumps(message, ensure_ascii=False)


def blocks_of(message: dict, kind: str) -> list[dict]:
    return [b for b in message["blocks"] if b["type"] == kind]


def buttons(message: dict) -> dict[str, dict]:
    found = {}
    for block in message["blocks"]:
        for element in block.get("elements", []):
            if element.get("type") == "button":
                found[element["action_id"]] = element
        accessory = block.get("accessory")
        if accessory and accessory.get("type") == "button":
            found[accessory["action_id"]] = accessory
    return found


def test_lines_answers_with_title_kind_wording_and_provenance(slack, flow):
    flow.published(title="Online grooming warning", body="Talk to your children about *grooming* & apps.")
    message = slack.answer("lines grooming")
    assert message["response_type"] == "ephemeral"
    assert message["blocks"][0] == {"type": "header", "text": {"type": "plain_text", "text": "Lines for “grooming”"}}
    sections = [b["text"]["text"] for b in blocks_of(message, "section")]
    assert sections[0] == "*Online grooming warning*  ·  Press release"
    assert sections[1] == "Talk to your children about grooming &amp; apps."
    contexts = [b["elements"][0]["text"] for b in blocks_of(message, "context")]
    assert contexts == ["v1 · approved by Abe Approver · 1 Jun 2026"]
    assert set(buttons(message)) == {"press_post"}


def test_internal_lines_to_take_are_answered_and_marked_internal(slack, flow):
    flow.published(title="Lines on the sting", kind="lines_to_take", body="We do not support vigilante stings.")
    message = slack.answer("lines vigilante")
    assert "We do not support vigilante stings." in texts(message)
    assert ":lock: Internal: do not share outside" in texts(message)


def test_long_wording_is_shortened_with_a_full_text_button(slack, flow):
    view = flow.published(title="Grooming guidance", body=LONG_BODY)
    message = slack.answer("lines grooming")
    button = buttons(message)["press_full_0"]
    assert json.loads(button["value"]) == {"c": f"show {view.slug}", "o": 0}
    assert "Paragraph 59" not in texts(message)
    assert all(len(b["text"]["text"]) <= 3000 for b in blocks_of(message, "section"))


def test_several_matches_offer_next_match(slack, flow):
    flow.published(title="Scam warning one", body="Scam advice.")
    flow.published(title="Scam warning two", body="More scam advice.")
    message = slack.answer("lines scam")
    assert json.loads(buttons(message)["press_next"]["value"]) == {"c": "lines scam", "o": 1}


def test_stale_wording_carries_a_warning(slack, flow, clock):
    flow.published(title="Old fraud advice", body="Fraud advice.", review_by=(clock() - timedelta(days=1)).date())
    message = slack.answer("lines fraud advice")
    assert ":warning: Past its review date (31 May 2026): check it is still right before use." in texts(message)


def test_withdrawn_wording_says_do_not_use_and_not_the_text(slack, flow):
    view = flow.withdrawn(reason="Man found safe", title="Appeal for missing man", body="Have you seen Daniel?")
    for command in ("lines missing man", f"lines {view.slug}"):
        message = slack.answer(command)
        assert ":no_entry: *Withdrawn on 1 Jun 2026: Man found safe — do not use.*" in texts(message)
        assert "Have you seen Daniel?" not in texts(message)


def test_quote_answers_attributed_quotes(slack, flow):
    quote = {"text": "Every report is taken seriously.", "speaker": "Rebecca Hale", "role": "Chief Constable"}
    flow.published(title="Grooming", body="Body.", quotes=[quote])
    message = slack.answer("quote report")
    [quoted] = [b["text"]["text"] for b in blocks_of(message, "section")]
    assert quoted == "> “Every report is taken seriously.”\n— *Rebecca Hale, Chief Constable*"
    assert "From “Grooming” · v1 · approved by Abe Approver · 1 Jun 2026" in texts(message)


def test_report_lists_routes_emergency_first_with_tel_links(slack):
    message = slack.answer("report grooming")
    sections = [b["text"]["text"] for b in blocks_of(message, "section")]
    assert sections[0].startswith("*Police emergency (999)*  ·  :rotating_light: Emergency")
    assert "<tel:999|999>" in sections[0]
    assert any("<tel:+448088005000|0808 800 5000>" in s for s in sections)


def test_latest_lists_newest_first(slack, flow, clock):
    flow.published(title="Older fraud news", topics=["fraud"], summary="Older.")
    clock.advance(hours=1)
    flow.published(title="Newer fraud news", topics=["fraud"], summary="Newer.")
    message = slack.answer("latest fraud")
    body = texts(message)
    assert message["blocks"][0]["text"]["text"] == "Latest: Fraud and scams"
    assert body.index("Newer fraud news") < body.index("Older fraud news")


def test_help_lists_the_grammar(slack):
    body = texts(slack.answer("help"))
    for usage in ("/press lines QUERY", "/press quote QUERY", "/press report TOPIC", "/press latest [TOPIC]"):
        assert usage in body


def test_empty_input_gets_help_and_a_suggestion(slack):
    message = slack.answer("")
    assert "/press lines QUERY" in texts(message)
    assert "Did you mean `/press lines grooming`?" in texts(message)


def test_unknown_input_gets_help_and_a_suggestion_never_an_error(slack):
    message = slack.answer("groming")
    body = texts(message)
    assert "Didn't catch that." in body
    assert "Did you mean `/press lines grooming`?" in body


def test_the_database_down_is_one_plain_sentence(slack, tmp_path):
    from statements.db import Database

    services = slack.app.extensions["pressline"]
    services.catalogue.db = Database(f"sqlite:///{tmp_path / 'gone' / 'nowhere.db'}")
    message = slack.answer("lines grooming")
    assert ":warning: The statement service is unavailable, try again shortly." in texts(message)


def test_a_retry_never_produces_a_second_post(slack, flow):
    flow.published(title="Online grooming warning", body="Talk to your children.")
    form, path = slack.command_form("lines grooming")
    body = urlencode(form)
    assert slack.post(body).status_code == 200
    slack.wait_for(path)
    for n, reason in ((1, "http_timeout"), (2, "http_error")):
        retry = slack.post(body, {"X-Slack-Retry-Num": str(n), "X-Slack-Retry-Reason": reason})
        assert retry.status_code == 200
    slack.settle()
    assert len(slack.received(path)) == 1
    assert slack.face.guard.dropped == 2


def test_a_timed_out_retry_landing_first_on_this_worker_is_still_dropped(slack):
    response, path = slack.command(
        "help", trigger="999.1.other-worker", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )
    assert response.status_code == 200
    slack.settle()
    assert slack.received(path) == []


def test_a_replayed_request_runs_once(slack):
    _, path = slack.command("help", trigger="555.replayed")
    slack.wait_for(path)
    again, _ = slack.command("help", trigger="555.replayed")
    assert again.status_code == 200
    slack.settle()
    assert slack.face.guard.dropped == 1


MARKERS = ["zebrafig", "quasarmint", "draft-only speaker", "embargo speaker"]


@pytest.fixture
def hidden(flow, clock):
    """A published statement with a newer draft; a draft, an in-review and an embargoed version, with markers."""
    public = flow.published(title="Online safety advice", topics=["online-safety"], body="Talk about online safety.")
    flow.draft(
        title="Draft zebrafig warning",
        topics=["online-safety"],
        body="Zebrafig operation.",
        quotes=[{"text": "Zebrafig words about safety", "speaker": "Draft-only Speaker", "role": "Inspector"}],
    )
    flow.in_review(title="Reviewed zebrafig lines", topics=["online-safety"], body="Zebrafig lines online safety.")
    flow.published(
        title="Embargoed quasarmint arrests",
        topics=["online-safety"],
        body="The quasarmint arrests happen tomorrow, online safety.",
        quotes=[{"text": "Quasarmint safety words", "speaker": "Embargo Speaker", "role": "Chief"}],
        publish_at=clock() + timedelta(days=1),
    )
    current = flow.services.catalogue.working(public.slug, APPROVER)
    flow.flow.edit_draft(public.slug, current.revision, {"body": "New zebrafig wording online safety."}, APPROVER)
    return public


def test_marker_words_of_drafts_and_embargoed_versions_never_appear(slack, hidden):
    commands = [
        "lines online safety", "lines safety", "quote safety", "quote words", "latest", "latest online-safety",
        "report online-safety", "show draft-zebrafig-warning", "show embargoed-quasarmint-arrests",
        f"show {hidden.slug}", "lines arrests", "lines operation", "help", "",
    ]  # fmt: skip
    leaks = {}
    for command in commands:
        query = command.partition(" ")[2]
        shown = texts(slack.answer(command)).lower().replace(f"“{query}”", "")  # the question echoed is no leak
        found = [marker for marker in MARKERS if marker in shown]
        if found:
            leaks[command] = found
    assert leaks == {}

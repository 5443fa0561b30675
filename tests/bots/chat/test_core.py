"""What the chat core says: the same answers for Slack and Teams, as the bot viewer sees them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bots.chat import ChatCore, QuoteItem, RouteItem, StatementItem, parse
from statements import open_services
from tests.conftest import APPROVER, EDITOR

LONG_BODY = "\n\n".join(f"Paragraph {n} explains what parents should do about grooming online." for n in range(40))


def ask(core: ChatCore, text: str, offset: int = 0):
    return core.answer(parse(text, offset))


def test_lines_gives_the_current_wording_with_provenance(core, workflow):
    workflow.published(title="Online grooming warning", body="Talk to your children about grooming.")
    answer = ask(core, "lines grooming")
    assert answer.kind == "statements"
    [item] = answer.items
    assert isinstance(item, StatementItem)
    assert item.text == "Talk to your children about grooming."
    assert item.provenance == "v1 · approved by Abe Approver · 1 Jun 2026"
    assert item.withdrawn is None and item.stale_warning is None


def test_lines_includes_internal_lines_to_take(core, workflow):
    workflow.published(title="Lines on the sting", kind="lines_to_take", body="We do not support vigilante stings.")
    [item] = ask(core, "lines vigilante").items
    assert item.audience == "internal" and "vigilante" in item.text


def test_lines_shows_the_served_version_not_a_scheduled_one(core, workflow, clock):
    view = workflow.published(title="Courier fraud", body="Old wording about courier fraud.")
    workflow.republish(view.slug, body="Embargoed wording about courier fraud.", publish_at=clock() + timedelta(days=1))
    [item] = ask(core, "lines courier fraud").items
    assert item.version == 1 and item.text == "Old wording about courier fraud."


def test_long_wording_is_shortened_and_show_gives_all_of_it(core, workflow):
    view = workflow.published(title="Grooming guidance", body=LONG_BODY)
    [item] = ask(core, "lines grooming").items
    assert item.truncated and len(item.text) < len(LONG_BODY) and item.text.endswith("…")
    [full] = ask(core, f"show {view.slug}").items
    assert not full.truncated and full.text == LONG_BODY


def test_next_match_pages_through_matches(core, workflow):
    workflow.published(title="Scam warning one", body="Scam advice.")
    workflow.published(title="Scam warning two", body="More scam advice.")
    first = ask(core, "lines scam")
    assert first.next_offset == 1 and first.total == 2
    second = core.answer(first.command.at(first.next_offset))
    assert second.next_offset is None
    assert {first.items[0].slug, second.items[0].slug} == {"scam-warning-one", "scam-warning-two"}


def test_withdrawn_wording_says_do_not_use_instead_of_the_text(core, workflow):
    view = workflow.withdrawn(reason="Man found safe", title="Appeal for missing man", body="Have you seen him?")
    for text in ("lines missing man", f"lines {view.slug}", f"show {view.slug}"):
        [item] = ask(core, text).items
        assert item.withdrawn_notice == "Withdrawn on 1 Jun 2026: Man found safe — do not use."
        assert item.text == "" and item.full_text == ""


def test_stale_wording_is_flagged(core, workflow, clock):
    workflow.published(title="Old fraud advice", body="Fraud advice.", review_by=(clock() - timedelta(days=3)).date())
    [item] = ask(core, "lines fraud advice").items
    assert item.stale and item.stale_warning.startswith("Past its review date (29 May 2026)")


@pytest.mark.parametrize("status", ["draft", "in_review", "approved"])
def test_unpublished_versions_are_never_answered(core, workflow, status):
    getattr(workflow, status)(title="Zebrafig statement", body="Zebrafig wording.")
    answer = ask(core, "lines zebrafig")
    assert answer.items == [] and answer.notice == "No approved wording matches “zebrafig”."


def test_quote_gives_attributed_quotes_with_provenance(core, workflow):
    quotes = [
        {
            "text": "Every report about grooming is taken seriously.",
            "speaker": "Rebecca Hale",
            "role": "Chief Constable",
        }
    ]
    workflow.published(title="Grooming", body="Body.", quotes=quotes)
    answer = ask(core, "quote grooming")
    [item] = answer.items
    assert isinstance(item, QuoteItem)
    assert item.attribution == "Rebecca Hale, Chief Constable"
    assert item.provenance == "From “Grooming” · v1 · approved by Abe Approver · 1 Jun 2026"


def test_report_matches_plain_words_to_topics_and_lists_emergency_first(core):
    answer = ask(core, "report grooming")
    assert answer.kind == "routes"
    assert answer.title == "Where to report: Online safety, Child protection"
    first = answer.items[0]
    assert isinstance(first, RouteItem) and first.urgency == "emergency" and first.tel_url == "tel:999"
    names = [r.name for r in answer.items]
    assert "CEOP" in names and "Action Fraud" in names
    ranks = ["emergency", "urgent", "standard", "support"]
    assert [ranks.index(r.urgency) for r in answer.items] == sorted(ranks.index(r.urgency) for r in answer.items)


def test_report_takes_a_topic_slug(core):
    answer = ask(core, "report fraud")
    assert answer.title == "Where to report: Fraud and scams"
    assert any(r.phone == "159" for r in answer.items)


def test_report_with_an_unknown_topic_lists_topics_and_suggests_one(core):
    answer = ask(core, "report frauds")
    assert answer.kind == "help" and answer.suggestion == "report fraud"
    assert "report online-safety" in [item.usage for item in answer.items]


def test_latest_lists_newest_first_for_a_topic(core, workflow, clock):
    workflow.published(title="Older fraud news", topics=["fraud"], summary="Older.")
    clock.advance(hours=1)
    workflow.published(title="Newer fraud news", topics=["fraud"], summary="Newer.")
    workflow.published(title="Road news", topics=["road-safety"])
    answer = ask(core, "latest scams")
    assert [i.title for i in answer.items] == ["Newer fraud news", "Older fraud news"]
    assert answer.items[0].text == "Newer." and answer.items[0].truncated


def test_empty_input_gets_help_and_a_suggestion(core):
    answer = ask(core, "")
    assert answer.kind == "help" and answer.suggestion == "lines grooming"
    assert [i.usage for i in answer.items][:4] == ["lines QUERY", "quote QUERY", "report TOPIC", "latest [TOPIC]"]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("groming", "lines grooming"),
        ("qoute hale", "quote hale"),
        ("linse scam", "lines scam"),
        ("lines", "lines grooming"),
    ],
)
def test_unknown_input_gets_help_and_a_suggestion(core, text, suggestion):
    answer = ask(core, text)
    assert answer.kind == "help" and answer.notice.startswith("Didn't catch that")
    assert answer.suggestion == suggestion
    assert answer.did_you_mean("/press") == f"Did you mean `/press {suggestion}`?"


def test_database_down_is_one_plain_sentence(tmp_path, search):
    down = open_services(f"sqlite:///{tmp_path / 'missing' / 'nowhere.db'}")
    core = ChatCore(down, search)
    for text in ("lines grooming", "report fraud", "latest", "show x"):
        answer = ask(core, text)
        assert answer.kind == "error"
        assert answer.notice == "The statement service is unavailable, try again shortly."


def test_nothing_found_after_the_last_match_says_so(core, workflow):
    workflow.published(title="Scam warning", body="Scam advice.")
    answer = ask(core, "lines scam", offset=5)
    assert answer.items == [] and answer.notice == "No more matches."


def test_review_by_in_the_future_is_not_stale(core, workflow):
    workflow.published(title="Fresh advice", body="Fresh.", review_by=date(2027, 1, 1))
    assert ask(core, "lines fresh").items[0].stale_warning is None


def test_approver_and_author_shown_are_key_names(core, workflow):
    workflow.published(author=EDITOR, approver=APPROVER, title="Names", body="Names.")
    assert ask(core, "lines names").items[0].approved_by == "Abe Approver"


def test_quotes_of_a_scheduled_next_version_stay_hidden(core, workflow, clock):
    first = [{"text": "Report grooming to us.", "speaker": "Rebecca Hale", "role": "Chief Constable"}]
    later = [{"text": "Report grooming embargoed wombat words.", "speaker": "Embargo Speaker", "role": "Chief"}]
    view = workflow.published(title="Grooming", body="Body.", quotes=first)
    workflow.republish(view.slug, quotes=later, publish_at=clock() + timedelta(days=1))
    for text in ("quote grooming", "quote wombat", "quote embargo speaker"):
        answer = ask(core, text)
        assert all("wombat" not in item.text and item.speaker != "Embargo Speaker" for item in answer.items)
    assert [item.speaker for item in ask(core, "quote grooming").items] == ["Rebecca Hale"]


@pytest.mark.parametrize("text", ["report", "report quetzalx", "latest quetzalx", "quetzalcoatl"])
def test_a_topic_only_a_draft_uses_never_reaches_an_answer(core, workflow, text):
    workflow.draft(title="Draft", body="Draft wording.", topics=["quetzal-operation"])
    answer = ask(core, text)
    shown = [answer.title, answer.notice, answer.suggestion] + [f"{i.usage} {i.text}" for i in answer.items]
    assert not any("quetzal-operation" in (s or "").lower() or "quetzal operation" in (s or "").lower() for s in shown)


def test_a_family_statement_reads_as_the_family_with_the_kind_of_statement():
    from bots.chat.answers import QuoteItem

    item = QuoteItem("We miss him.", "The family of John Smith", "family statement", "s", "T", 1, None, None)
    assert item.attribution == "The family of John Smith (family statement)"

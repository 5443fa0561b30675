"""The office-wide view of work in progress, and staff search finding work that is not served yet."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import APPROVER, EDITOR2


def section(page: str, heading: str) -> str:
    start = page.index(heading)
    return page[start : page.index("</ul>", start)]


def test_staff_search_finds_scheduled_and_in_review_statements(signed_in, flow, clock):
    flow.published(title="Doorstep crime warning", publish_at=clock.now + timedelta(days=1))
    flow.in_review(EDITOR2, title="Doorstep sellers in Marlbridge")

    page = signed_in("editor").get("/console/search?q=Doorstep").get_data(as_text=True)
    work = section(page, "Work in progress matching")

    assert "Doorstep crime warning" in work and "status-scheduled" in work
    assert "Doorstep sellers in Marlbridge" in work and "status-in_review" in work


def test_staff_search_of_work_in_progress_stems_like_public_search(signed_in, flow):
    flow.draft(EDITOR2, title="Rogue traders", body="Officers warn of doorstep callers offering roof repairs.")

    page = signed_in("editor").get("/console/search?q=doorsteps").get_data(as_text=True)

    assert "Rogue traders" in section(page, "Work in progress matching")


def test_all_work_lists_every_editors_drafts_reviews_and_scheduled_versions(signed_in, flow, clock):
    flow.draft(EDITOR2, title="Someone else's draft")
    flow.in_review(EDITOR2, title="Someone else's review")
    flow.approved(EDITOR2, APPROVER, title="Approved, not yet published")
    flow.published(title="Scheduled wording", publish_at=clock.now + timedelta(hours=3))
    flow.published(title="Live wording")

    page = signed_in("editor").get("/console/work").get_data(as_text=True)

    for title in ("Someone else&#39;s draft", "Someone else&#39;s review", "Approved, not yet published",
                  "Scheduled wording"):  # fmt: skip
        assert title in page
    assert "Live wording" not in page


def test_all_work_filters_by_state_author_and_topic(signed_in, flow):
    flow.draft(EDITOR2, title="Fraud draft by Ed", topics=["fraud"])
    flow.draft(title="Road draft by Edith", topics=["road-safety"])
    flow.in_review(EDITOR2, title="Fraud review by Ed", topics=["fraud"])
    editor = signed_in("editor")

    drafts = editor.get("/console/work?state=draft").get_data(as_text=True)
    by_ed = editor.get(f"/console/work?author={EDITOR2.name}").get_data(as_text=True)
    fraud = editor.get("/console/work?topic=fraud&state=in_review").get_data(as_text=True)

    assert "Fraud draft by Ed" in drafts and "Road draft by Edith" in drafts and "Fraud review" not in drafts
    assert "Road draft" not in by_ed and "Fraud draft by Ed" in by_ed and "Fraud review by Ed" in by_ed
    assert "Fraud review by Ed" in fraud and "Fraud draft" not in fraud

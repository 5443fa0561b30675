"""Labels written for people: Q&A, topic names rather than slugs, and an audit trail in sentences."""

from __future__ import annotations

from datetime import timedelta

from console.audit import describe
from tests.conftest import APPROVER


def test_the_qa_kind_reads_q_and_a(signed_in, flow):
    view = flow.draft(title="Questions about the closure", kind="qa")

    page = signed_in("editor").get(f"/console/s/{view.slug}").get_data(as_text=True)

    assert "Q&amp;A" in page and ">Qa<" not in page


def test_topics_show_their_names_not_their_slugs(signed_in, flow):
    view = flow.draft(title="Grooming advice", topics=["online-safety", "child-protection"])

    page = signed_in("editor").get(f"/console/s/{view.slug}").get_data(as_text=True)

    assert "Child protection, Online safety" in page
    assert "child-protection, online-safety" not in page


def test_the_routes_page_shows_topic_names(signed_in):
    page = signed_in("editor").get("/console/routes").get_data(as_text=True)

    assert "Online safety" in page and "<td>online-safety" not in page


def test_the_audit_trail_reads_as_sentences_not_python(signed_in, flow, clock):
    view = flow.approved(title="Embargoed appeal")
    view = flow.flow.publish(view.slug, view.revision, APPROVER, clock.now + timedelta(days=1))

    page = signed_in("editor").get(f"/console/s/{view.slug}").get_data(as_text=True)

    assert "Scheduled to publish Tue 2 Jun 2026, 10:00 BST" in page
    assert "scheduled: True" not in page and "publish_at:" not in page


def test_an_edit_names_the_fields_changed_in_words():
    assert describe("edit", {"fields": ["audience", "body", "review_by"]}) == (
        "Changed the audience, body and review-by date"
    )


def test_an_unknown_action_still_reads_plainly():
    assert describe("override", {"reason": "Cleared by legal", "scheduled": False}) == (
        "Override: reason: Cleared by legal; scheduled: no"
    )

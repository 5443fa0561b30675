"""Answering and declining: only wording that may go to the media is recorded as given, with its version."""

from __future__ import annotations

from datetime import timedelta

import pytest

from statements.errors import InvalidTransition, ValidationFailed
from statements.models import AuditEvent
from tests.conftest import APPROVER, EDITOR, EDITOR2


@pytest.fixture
def enquiry(enquiries):
    return enquiries.log(
        {"journalist": "Jo Bloggs", "outlet": "Daily Gazette", "question": "Is the road shut?"}, EDITOR
    )


def test_answering_with_published_wording_records_its_current_version(enquiries, enquiry, workflow, clock):
    view = workflow.published(title="Bypass closure", audience="public")
    view = workflow.republish(view.slug)
    clock.advance(minutes=10)
    answered = enquiries.answer(enquiry.id, EDITOR2, slug=view.slug, text="Read the statement out.")
    assert (answered.status, answered.slug, answered.version) == ("answered", view.slug, 2)
    assert (answered.answer, answered.answered_by, answered.answered_at) == (
        "Read the statement out.",
        EDITOR2.name,
        clock(),
    )


def test_partners_wording_may_be_given(enquiries, enquiry, workflow):
    view = workflow.published(title="Bypass closure for partners", audience="partners")
    assert enquiries.answer(enquiry.id, EDITOR, slug=view.slug).slug == view.slug


def test_approved_lines_to_take_may_be_given_though_internal(enquiries, enquiry, workflow):
    view = workflow.published(title="Lines on the bypass", kind="lines_to_take")
    assert view.audience == "internal"
    assert enquiries.answer(enquiry.id, EDITOR, slug=view.slug).version == view.version


def test_internal_wording_that_is_not_lines_to_take_is_refused(enquiries, enquiry, workflow):
    view = workflow.published(title="Staff guidance on the bypass", kind="guidance", audience="internal")
    with pytest.raises(ValidationFailed) as caught:
        enquiries.answer(enquiry.id, EDITOR, slug=view.slug)
    assert "internal-only" in caught.value.errors["slug"][0]
    assert enquiries.get(enquiry.id, EDITOR).status == "open"


@pytest.mark.parametrize("stage", ["draft", "in_review", "approved", "embargoed"])
def test_wording_not_yet_published_is_refused(enquiries, enquiry, workflow, clock, stage):
    if stage == "embargoed":
        view = workflow.published(title="Bypass closure", publish_at=clock() + timedelta(hours=2))
    else:
        view = getattr(workflow, stage)(title="Bypass closure")
    with pytest.raises(ValidationFailed) as caught:
        enquiries.answer(enquiry.id, EDITOR, slug=view.slug)
    assert "no published version yet" in caught.value.errors["slug"][0]


def test_withdrawn_wording_is_refused_with_the_notice(enquiries, enquiry, workflow):
    view = workflow.withdrawn(reason="Road reopened", title="Bypass closure")
    with pytest.raises(ValidationFailed) as caught:
        enquiries.answer(enquiry.id, EDITOR, slug=view.slug)
    assert "Road reopened" in caught.value.errors["slug"][0] and "do not use" in caught.value.errors["slug"][0]


def test_an_unknown_statement_is_refused(enquiries, enquiry):
    with pytest.raises(ValidationFailed) as caught:
        enquiries.answer(enquiry.id, EDITOR, slug="no-such-thing")
    assert caught.value.errors == {"slug": ["No statement “no-such-thing”."]}


def test_an_answer_in_own_words_needs_no_statement(enquiries, enquiry):
    answered = enquiries.answer(enquiry.id, EDITOR, text="We do not comment on rumours.")
    assert (answered.status, answered.slug, answered.answer) == ("answered", None, "We do not comment on rumours.")


def test_an_answer_needs_a_statement_or_words(enquiries, enquiry):
    with pytest.raises(ValidationFailed) as caught:
        enquiries.answer(enquiry.id, EDITOR, slug=" ", text="")
    assert list(caught.value.errors) == ["answer"]


def test_an_answered_enquiry_must_be_reopened_before_it_is_answered_again(enquiries, enquiry):
    enquiries.answer(enquiry.id, EDITOR, text="No comment at this stage.")
    with pytest.raises(InvalidTransition):
        enquiries.answer(enquiry.id, EDITOR, text="Something else.")
    assert enquiries.reopen(enquiry.id, EDITOR).status == "open"
    assert enquiries.answer(enquiry.id, EDITOR, text="Something else.").answer == "Something else."


def test_declining_keeps_the_reason(enquiries, enquiry, clock):
    declined = enquiries.decline(enquiry.id, APPROVER, "Live court case: we cannot comment.")
    assert (declined.status, declined.answer, declined.answered_by) == (
        "declined",
        "Live court case: we cannot comment.",
        APPROVER.name,
    )


def test_declining_needs_a_reason(enquiries, enquiry):
    with pytest.raises(ValidationFailed) as caught:
        enquiries.decline(enquiry.id, EDITOR, "  ")
    assert list(caught.value.errors) == ["reason"]


def test_an_open_enquiry_cannot_be_reopened(enquiries, enquiry):
    with pytest.raises(InvalidTransition):
        enquiries.reopen(enquiry.id, EDITOR)


def test_each_step_is_audited_with_the_statement_given(enquiries, enquiry, workflow, services):
    view = workflow.published(title="Bypass closure")
    enquiries.answer(enquiry.id, EDITOR, slug=view.slug)
    enquiries.reopen(enquiry.id, EDITOR)
    enquiries.decline(enquiry.id, EDITOR, "Follow-up is for the council.")
    with services.db.reading() as session:
        events = session.query(AuditEvent).filter(AuditEvent.action.like("enquiry_%")).order_by(AuditEvent.id).all()
    assert [(e.action, e.slug, e.detail["enquiry"]) for e in events] == [
        ("enquiry_log", None, enquiry.id),
        ("enquiry_answer", view.slug, enquiry.id),
        ("enquiry_reopen", view.slug, enquiry.id),
        ("enquiry_decline", None, enquiry.id),
    ]

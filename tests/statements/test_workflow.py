"""The lifecycle: draft, review, two-person approval, publish, embargo, withdraw, new drafts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from statements.errors import (
    Forbidden,
    Gone,
    InvalidTransition,
    NotFound,
    SelfApproval,
    StaleRevision,
    ValidationFailed,
)
from tests.conftest import ANON, APPROVER, APPROVER2, BOT, EDITOR, EDITOR2, PARTNER


def test_a_new_draft_gets_a_slug_from_its_title(workflow):
    view = workflow.draft(title="Warning: Online Grooming!")
    assert (view.slug, view.version, view.status) == ("warning-online-grooming", 1, "draft")


def test_slugs_are_made_unique(workflow):
    assert workflow.draft(title="Appeal").slug == "appeal"
    assert workflow.draft(title="Appeal").slug == "appeal-2"


def test_a_requested_slug_that_is_taken_is_refused(workflow):
    workflow.draft(slug="appeal")
    with pytest.raises(ValidationFailed) as caught:
        workflow.draft(slug="appeal")
    assert caught.value.errors == {"slug": ["Already taken."]}


def test_lines_to_take_default_to_internal(workflow):
    assert workflow.draft(kind="lines_to_take").audience == "internal"


def test_unknown_topic_slug_creates_the_topic(workflow, services):
    workflow.published(topics=["e-scooters"])
    assert "e-scooters" in {t.slug for t in services.catalogue.topics(ANON)}


def test_bad_draft_fields_are_refused_with_messages_per_field(services):
    with pytest.raises(ValidationFailed) as caught:
        services.workflow.create_draft({"title": "", "kind": "memo", "status": "published"}, EDITOR)
    assert set(caught.value.errors) == {"title", "body", "kind", "status"}


def test_nul_characters_are_refused_in_any_draft_field(services):
    with pytest.raises(ValidationFailed) as caught:
        services.workflow.create_draft(
            {"title": "A\x00B", "body": "ok", "quotes": [{"text": "x\x00", "speaker": "S", "role": ""}]}, EDITOR
        )
    assert set(caught.value.errors) == {"title", "quotes"}


def test_unknown_reporting_route_is_refused(workflow):
    with pytest.raises(ValidationFailed) as caught:
        workflow.draft(reporting_routes=["ceop", "no-such-route"])
    assert "no-such-route" in caught.value.errors["reporting_routes"][0]


def test_published_version_is_served_with_provenance(workflow, services):
    view = workflow.published(
        quotes=[{"text": "Report it.", "speaker": "Jo Bloggs", "role": "Inspector"}],
        reporting_routes=["police-emergency-999", "ceop"],
    )
    served = services.catalogue.get(view.slug, ANON)
    assert served.status == "published"
    assert served.approved_by == APPROVER.name and served.author == EDITOR.name
    assert served.quotes[0].speaker == "Jo Bloggs"
    assert [r.id for r in served.reporting_routes] == ["police-emergency-999", "ceop"]


def test_the_author_cannot_approve_their_own_version(workflow, services):
    author = APPROVER
    view = workflow.in_review(author=author)
    with pytest.raises(SelfApproval):
        services.workflow.approve(view.slug, view.revision, author)


def test_an_editor_who_changed_the_draft_cannot_approve_it(workflow, services):
    view = workflow.draft(author=EDITOR)
    view = services.workflow.edit_draft(view.slug, view.revision, {"body": "Changed by an approver."}, APPROVER2)
    view = services.workflow.submit(view.slug, view.revision, EDITOR)
    with pytest.raises(SelfApproval):
        services.workflow.approve(view.slug, view.revision, APPROVER2)


def test_editors_cannot_approve(workflow, services):
    view = workflow.in_review()
    with pytest.raises(Forbidden):
        services.workflow.approve(view.slug, view.revision, EDITOR2)


@pytest.mark.parametrize("viewer", [ANON, PARTNER, BOT], ids=["anonymous", "partner", "bot"])
def test_outsiders_cannot_write(services, viewer):
    with pytest.raises(Forbidden):
        services.workflow.create_draft({"title": "x", "body": "y"}, viewer)


def test_reject_keeps_the_rejected_version_and_opens_a_new_draft(workflow, services):
    view = workflow.in_review()
    view = services.workflow.reject(view.slug, view.revision, APPROVER, "Too long")
    assert (view.version, view.status) == (2, "draft")
    history = services.catalogue.versions(view.slug, EDITOR)
    assert [(v.version, v.status, v.rejected_reason) for v in history] == [
        (1, "rejected", "Too long"),
        (2, "draft", None),
    ]


def test_reject_needs_a_reason(workflow, services):
    view = workflow.in_review()
    with pytest.raises(ValidationFailed):
        services.workflow.reject(view.slug, view.revision, APPROVER, "  ")


def test_a_stale_revision_is_a_distinct_error_and_changes_nothing(workflow, services):
    view = workflow.draft(body="Original")
    services.workflow.edit_draft(view.slug, view.revision, {"body": "First edit"}, EDITOR)
    with pytest.raises(StaleRevision):
        services.workflow.edit_draft(view.slug, view.revision, {"body": "Second edit"}, EDITOR2)
    assert services.catalogue.working(view.slug, EDITOR).body == "First edit"


def test_approved_versions_cannot_be_edited(workflow, services):
    view = workflow.approved()
    with pytest.raises(InvalidTransition):
        services.workflow.edit_draft(view.slug, view.revision, {"body": "sneaky"}, EDITOR)


def test_editing_a_published_statement_starts_a_new_draft_and_keeps_serving_the_old(workflow, services):
    view = workflow.published(body="Approved wording")
    draft = services.workflow.edit_draft(view.slug, view.revision, {"body": "New wording"}, EDITOR)
    assert (draft.version, draft.status) == (2, "draft")
    assert services.catalogue.get(view.slug, ANON).body == "Approved wording"


def test_publishing_a_newer_version_supersedes_the_old(workflow, services):
    view = workflow.published(body="Old")
    workflow.republish(view.slug, body="New")
    assert services.catalogue.get(view.slug, ANON).body == "New"
    statuses = [(v.version, v.status) for v in services.catalogue.versions(view.slug, ANON)]
    assert statuses == [(1, "superseded"), (2, "published")]


def test_embargo_hides_until_publish_at_then_lifts_on_the_second(workflow, services, clock):
    view = workflow.published(publish_at=clock() + timedelta(hours=1))
    assert view.status == "scheduled"
    with pytest.raises(NotFound):
        services.catalogue.get(view.slug, ANON)
    clock.advance(minutes=59, seconds=59)
    with pytest.raises(NotFound):
        services.catalogue.get(view.slug, BOT)
    clock.advance(seconds=1)
    assert services.catalogue.get(view.slug, ANON).status == "published"


def test_scheduled_new_version_keeps_the_old_one_served_until_it_lifts(workflow, services, clock):
    view = workflow.published(body="Old")
    workflow.republish(view.slug, body="Embargoed", publish_at=clock() + timedelta(days=1))
    assert services.catalogue.get(view.slug, ANON).body == "Old"
    clock.advance(days=1)
    assert services.catalogue.get(view.slug, ANON).body == "Embargoed"


def test_naive_publish_at_is_refused(workflow, services, clock):
    view = workflow.approved()
    with pytest.raises(ValidationFailed):
        services.workflow.publish(view.slug, view.revision, APPROVER, clock().replace(tzinfo=None))


def test_withdrawn_statement_is_gone_with_date_and_reason(workflow, services, clock):
    view = workflow.withdrawn(reason="Suspect charged")
    with pytest.raises(Gone) as caught:
        services.catalogue.get(view.slug, ANON)
    assert caught.value.reason == "Suspect charged"
    assert caught.value.at == clock()
    assert "do not use" in caught.value.message


def test_withdraw_needs_something_published(workflow, services):
    view = workflow.draft()
    with pytest.raises(InvalidTransition):
        services.workflow.withdraw(view.slug, view.revision, APPROVER, "why")


def test_a_withdrawn_statement_can_be_redrafted_and_republished(workflow, services):
    view = workflow.withdrawn()
    view = services.workflow.start_draft(view.slug, view.revision, EDITOR)
    assert view.status == "draft"
    workflow.republish(view.slug, body="Back again")
    assert services.catalogue.get(view.slug, ANON).body == "Back again"


def test_every_transition_writes_an_audit_event_and_a_change_log_row(workflow, services):
    view = workflow.withdrawn()
    events, _total = services.catalogue.audit(EDITOR, slug=view.slug)
    assert [e.action for e in reversed(events)] == ["create", "submit", "approve", "publish", "withdraw"]
    assert [c.action for c in services.changes.since(0)] == ["create", "submit", "approve", "publish", "withdraw"]


def test_listeners_hear_of_commits_and_their_failures_do_not_undo_them(workflow, services):
    heard = []
    services.workflow.subscribe(lambda event: heard.append((event.slug, event.action)))
    services.workflow.subscribe(lambda event: 1 / 0)
    view = workflow.draft()
    assert heard == [(view.slug, "create")]
    assert services.catalogue.working(view.slug, EDITOR).status == "draft"


def test_word_diff_marks_insertions_and_deletions(workflow, services):
    view = workflow.published(body="Call 101 to report it.")
    workflow.republish(view.slug, body="Call 999 to report it now.")
    pieces = services.catalogue.diff(view.slug, 1, 2, ANON)
    assert ("delete", "101") in [(p.op, p.text) for p in pieces]
    assert ("insert", "999") in [(p.op, p.text) for p in pieces]


def test_withdrawing_a_statement_only_scheduled_cancels_it_for_good(workflow, services, clock):
    view = workflow.published(title="Embargoed axolotl", publish_at=clock() + timedelta(days=1))
    services.workflow.withdraw(view.slug, view.revision, APPROVER, "Cancelled")
    clock.advance(days=2)
    for viewer in (ANON, PARTNER, BOT):
        with pytest.raises(NotFound):
            services.catalogue.get(view.slug, viewer)
        assert services.catalogue.withdrawn(viewer) == []
    assert services.catalogue.indexable(view.slug) == []


def test_withdrawing_with_a_scheduled_version_pending_keeps_its_wording_hidden(workflow, services, clock):
    view = workflow.published(title="Served title")
    workflow.republish(view.slug, title="Embargoed axolotl title", publish_at=clock() + timedelta(days=1))
    revision = services.catalogue.working(view.slug, EDITOR).revision
    view = services.workflow.withdraw(view.slug, revision, APPROVER, "Wrong")
    assert (view.version, view.status) == (1, "withdrawn")
    clock.advance(days=2)
    with pytest.raises(Gone):
        services.catalogue.get(view.slug, ANON)
    assert [v.title for v in services.catalogue.withdrawn(ANON)] == ["Served title"]
    history = services.catalogue.versions(view.slug, EDITOR)
    assert [(v.version, v.status) for v in history] == [(1, "withdrawn"), (2, "withdrawn")]


def test_a_reject_is_audited_against_the_version_rejected(workflow, services):
    view = workflow.in_review()
    services.workflow.reject(view.slug, view.revision, APPROVER, "Too long")
    events, _total = services.catalogue.audit(EDITOR, slug=view.slug)
    assert (events[0].action, events[0].version) == ("reject", 1)


def test_whoever_wrote_a_rejected_version_cannot_approve_its_redraft(workflow, services):
    view = workflow.draft(body="Edith's wording")
    view = services.workflow.edit_draft(view.slug, view.revision, {"body": "Ada's wording"}, APPROVER2)
    view = services.workflow.submit(view.slug, view.revision, EDITOR)
    view = services.workflow.reject(view.slug, view.revision, APPROVER, "Not yet")
    view = services.workflow.submit(view.slug, view.revision, EDITOR)
    with pytest.raises(SelfApproval):
        services.workflow.approve(view.slug, view.revision, APPROVER2)


@pytest.mark.parametrize("state", ["draft", "in_review", "approved"])
def test_start_draft_while_work_is_in_progress_is_refused(workflow, services, state):
    view = workflow.published()
    view = services.workflow.start_draft(view.slug, view.revision, EDITOR)
    if state != "draft":
        view = services.workflow.submit(view.slug, view.revision, EDITOR)
    if state == "approved":
        view = services.workflow.approve(view.slug, view.revision, APPROVER)
    with pytest.raises(InvalidTransition):
        services.workflow.start_draft(view.slug, view.revision, EDITOR)
    assert [v.version for v in services.catalogue.versions(view.slug, EDITOR)] == [1, 2]


def test_editing_after_a_reject_changes_the_new_draft_not_the_rejected_version(workflow, services):
    view = workflow.in_review(body="First try")
    view = services.workflow.reject(view.slug, view.revision, APPROVER, "Too long")
    view = services.workflow.edit_draft(view.slug, view.revision, {"body": "Second try"}, EDITOR)
    rejected, draft = services.catalogue.versions(view.slug, EDITOR)
    assert (rejected.status, rejected.body) == ("rejected", "First try")
    assert (draft.version, draft.status, draft.body) == (2, "draft", "Second try")


def test_a_version_in_review_cannot_be_edited(workflow, services):
    view = workflow.in_review(body="Submitted")
    with pytest.raises(InvalidTransition):
        services.workflow.edit_draft(view.slug, view.revision, {"body": "sneaky"}, EDITOR)
    assert services.catalogue.working(view.slug, EDITOR).body == "Submitted"

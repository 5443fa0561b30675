"""The lifecycle buttons: each transition through the console, its refusals, and publishing at a local time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.conftest import APPROVER, EDITOR


def _act(browser, view, action: str, **fields):
    data = {"action": action, "revision": str(view.revision), **fields}
    response = browser.post(f"/console/s/{view.slug}/action", data, token_from=f"/console/s/{view.slug}")
    assert response.status_code == 303
    return browser.get(response.headers["Location"]).get_data(as_text=True)


def test_the_full_lifecycle_through_the_console(signed_in, flow, app_services):
    view = flow.draft()
    editor, approver = signed_in("editor"), signed_in("approver")
    assert "submitted for review" in _act(editor, view, "submit")
    view = app_services.catalogue.working(view.slug, EDITOR)
    assert "Version 1 approved." in _act(approver, view, "approve")
    view = app_services.catalogue.working(view.slug, EDITOR)
    assert "Version 1 published." in _act(approver, view, "publish")
    view = app_services.catalogue.working(view.slug, EDITOR)
    assert view.status == "published" and view.approved_by == "Abe Approver"
    page = _act(approver, view, "withdraw", reason="Facts changed")
    assert "Withdrawn" in page and "Facts changed" in page
    assert app_services.catalogue.working(view.slug, EDITOR).status == "withdrawn"


def test_approving_your_own_version_is_refused(signed_in, flow, app_services):
    view = flow.in_review(APPROVER)
    page = _act(signed_in("approver"), view, "approve")
    assert "another approver must approve it (two-person rule)" in page
    assert app_services.catalogue.working(view.slug, EDITOR).status == "in_review"


def test_an_editor_posting_an_approval_directly_is_refused(signed_in, flow, app_services):
    view = flow.in_review()
    page = _act(signed_in("editor2"), view, "approve")
    assert "This needs the approver role." in page
    assert app_services.catalogue.working(view.slug, EDITOR).status == "in_review"


def test_rejecting_needs_a_reason_and_returns_a_draft_to_the_author(signed_in, flow, app_services):
    view = flow.in_review()
    approver = signed_in("approver")
    assert "Give a reason." in _act(approver, view, "reject", reason="  ")
    page = _act(approver, view, "reject", reason="Too long; cut the second paragraph")
    assert "rejected" in page
    working = app_services.catalogue.working(view.slug, EDITOR)
    assert (working.status, working.version) == ("draft", 2)
    assert "Too long; cut the second paragraph" in signed_in("editor").get(f"/console/s/{view.slug}").get_data(
        as_text=True
    )


def test_withdrawing_needs_a_reason(signed_in, flow, app_services):
    view = flow.published()
    assert "Give a reason." in _act(signed_in("approver"), view, "withdraw", reason="")
    assert app_services.catalogue.working(view.slug, EDITOR).status == "published"


def test_publishing_at_an_office_time_stores_utc_and_shows_the_countdown(signed_in, flow, app_services):
    view = flow.approved()
    page = _act(signed_in("approver"), view, "schedule", publish_at="2026-06-02T10:30")
    stored = app_services.catalogue.working(view.slug, EDITOR)
    assert stored.status == "scheduled"
    assert stored.publish_at == datetime(2026, 6, 2, 9, 30, tzinfo=UTC)  # 10:30 BST
    assert "scheduled for Tue 2 Jun 2026, 10:30 BST" in page
    assert "in 1 day 0 h" in page


def test_the_office_time_zone_comes_from_the_settings(app, signed_in, flow, app_services):
    app.config["TIMEZONE"] = "America/New_York"
    view = flow.approved()
    _act(signed_in("approver"), view, "schedule", publish_at="2026-06-02T10:30")
    assert app_services.catalogue.working(view.slug, EDITOR).publish_at == datetime(2026, 6, 2, 14, 30, tzinfo=UTC)


@pytest.mark.parametrize("value", ["", "tomorrow", "2026-13-40T10:00"])
def test_a_bad_publish_time_is_refused(signed_in, flow, app_services, value):
    view = flow.approved()
    page = _act(signed_in("approver"), view, "schedule", publish_at=value)
    assert "Give a date and time to publish at." in page
    assert app_services.catalogue.working(view.slug, EDITOR).status == "approved"


def test_starting_a_new_draft_opens_the_editor(signed_in, flow, app_services):
    view = flow.published()
    editor = signed_in("editor")
    response = editor.post(
        f"/console/s/{view.slug}/action", {"action": "start_draft", "revision": str(view.revision)},
        token_from=f"/console/s/{view.slug}",
    )  # fmt: skip
    assert response.headers["Location"] == f"/console/s/{view.slug}/edit"
    assert app_services.catalogue.working(view.slug, EDITOR).version == 2


def test_a_button_pressed_on_a_stale_page_changes_nothing(signed_in, flow, app_services):
    view = flow.draft()
    app_services.workflow.edit_draft(view.slug, view.revision, {"summary": "Changed meanwhile"}, EDITOR)
    page = _act(signed_in("editor"), view, "submit")
    assert "Someone changed this statement since you loaded the page" in page
    assert app_services.catalogue.working(view.slug, EDITOR).status == "draft"


def test_an_unknown_action_is_refused(signed_in, flow):
    view = flow.draft()
    assert "Unknown action." in _act(signed_in("editor"), view, "delete_everything")


def test_an_action_on_an_unknown_statement_is_a_404(signed_in):
    editor = signed_in("editor")
    response = editor.post("/console/s/nothing-here/action", {"action": "submit", "revision": "1"})
    assert response.status_code == 404

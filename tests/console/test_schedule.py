"""The console's schedule: past times refused, clock-change times refused, moving and cancelling a schedule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import EDITOR
from tests.console.test_actions import _act


def test_a_mistyped_year_is_refused_and_publishes_nothing(signed_in, flow, app_services):
    view = flow.approved()
    page = _act(signed_in("approver"), view, "schedule", publish_at="2020-06-02T10:30")
    assert "That time has passed: publish now, or choose a later time." in page
    assert app_services.catalogue.working(view.slug, EDITOR).status == "approved"


@pytest.mark.parametrize(
    ("value", "words"),
    [("2027-03-28T01:30", "does not exist in Europe/London"), ("2027-10-31T01:30", "happens twice in Europe/London")],
    ids=["spring-forward", "fall-back"],
)
def test_local_times_at_the_clock_changes_are_refused(signed_in, flow, app_services, value, words):
    view = flow.approved()
    page = _act(signed_in("approver"), view, "schedule", publish_at=value)
    assert words in page
    assert app_services.catalogue.working(view.slug, EDITOR).status == "approved"


def test_a_winter_time_is_shown_in_gmt(signed_in, flow, app_services):
    view = flow.approved()
    page = _act(signed_in("approver"), view, "schedule", publish_at="2027-01-05T09:00")
    assert app_services.catalogue.working(view.slug, EDITOR).publish_at == datetime(2027, 1, 5, 9, 0, tzinfo=UTC)
    assert "scheduled for Tue 5 Jan 2027, 09:00 GMT" in page


def test_publish_now_and_schedule_are_separate_buttons(signed_in, flow):
    view = flow.approved()
    page = signed_in("approver").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert 'value="publish">Publish now</button>' in page
    assert 'value="schedule">Schedule</button>' in page


def test_an_approver_moves_a_schedule_from_the_console(signed_in, flow, app_services, clock):
    view = flow.published(publish_at=clock.now + timedelta(hours=2))
    approver = signed_in("approver")
    assert 'value="reschedule">Move schedule</button>' in approver.get(f"/console/s/{view.slug}").get_data(as_text=True)
    page = _act(approver, view, "reschedule", publish_at="2026-06-03T08:15")
    assert "scheduled for Wed 3 Jun 2026, 08:15 BST" in page
    assert app_services.catalogue.working(view.slug, EDITOR).publish_at == datetime(2026, 6, 3, 7, 15, tzinfo=UTC)


def test_an_approver_cancels_a_schedule_from_the_console(signed_in, flow, app_services, clock):
    view = flow.published(publish_at=clock.now + timedelta(hours=2))
    page = _act(signed_in("approver"), view, "unschedule")
    assert "Schedule cancelled" in page
    assert app_services.catalogue.working(view.slug, EDITOR).status == "approved"


def test_an_editor_is_not_offered_schedule_changes(signed_in, flow, clock):
    view = flow.published(publish_at=clock.now + timedelta(hours=2))
    page = signed_in("editor").get(f"/console/s/{view.slug}").get_data(as_text=True)
    assert "Move schedule" not in page and "Cancel schedule" not in page

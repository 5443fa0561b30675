"""Scheduling refuses mistakes: no embargo in the past, no local time that does not exist or happens twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from statements.errors import InvalidTransition, ValidationFailed
from statements.models import AuditEvent
from statements.release.schedule import PAST, SKEW, check_publish_at, local_label, office_time
from tests.conftest import APPROVER, APPROVER2

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "given",
    [datetime(2020, 1, 1, 9, 0, tzinfo=UTC), NOW - timedelta(minutes=1), NOW - SKEW - timedelta(seconds=1)],
    ids=["typo-in-the-year", "a-minute-ago", "just-beyond-the-skew"],
)
def test_a_past_publish_at_is_refused_with_a_message_for_the_field(given):
    with pytest.raises(ValidationFailed) as caught:
        check_publish_at(given, NOW)
    assert caught.value.errors == {"publish_at": [PAST]}


def test_a_publish_at_within_the_clock_skew_allowance_means_now():
    assert check_publish_at(NOW - timedelta(seconds=3), NOW) == NOW


def test_no_publish_at_means_now_and_a_future_one_is_kept():
    assert check_publish_at(None, NOW) == NOW
    assert check_publish_at(NOW + timedelta(hours=2), NOW) == NOW + timedelta(hours=2)


def test_a_publish_at_without_a_zone_is_refused():
    with pytest.raises(ValidationFailed) as caught:
        check_publish_at(datetime(2027, 1, 5, 9, 0), NOW)
    assert "zone" in caught.value.errors["publish_at"][0]


@pytest.mark.parametrize(
    ("local", "words"),
    [(datetime(2027, 3, 28, 1, 30), "does not exist"), (datetime(2027, 10, 31, 1, 30), "happens twice")],
    ids=["spring-forward-gap", "autumn-fold"],
)
def test_office_times_at_the_clock_changes_are_refused(local, words):
    with pytest.raises(ValidationFailed) as caught:
        office_time(local, "Europe/London")
    assert words in caught.value.errors["publish_at"][0]


@pytest.mark.parametrize(
    ("local", "utc", "label"),
    [
        (datetime(2027, 1, 5, 9, 0), datetime(2027, 1, 5, 9, 0, tzinfo=UTC), "Tue 5 Jan 2027, 09:00 GMT"),
        (datetime(2027, 6, 1, 9, 0), datetime(2027, 6, 1, 8, 0, tzinfo=UTC), "Tue 1 Jun 2027, 09:00 BST"),
        (datetime(2027, 3, 28, 2, 0), datetime(2027, 3, 28, 1, 0, tzinfo=UTC), "Sun 28 Mar 2027, 02:00 BST"),
    ],
)
def test_office_times_convert_to_utc_and_show_with_the_zone_abbreviation(local, utc, label):
    assert office_time(local, "Europe/London") == utc
    assert local_label(utc, "Europe/London") == label


def test_publishing_at_a_past_time_publishes_nothing(workflow, services, clock):
    view = workflow.approved()
    with pytest.raises(ValidationFailed):
        services.workflow.publish(view.slug, view.revision, APPROVER2, datetime(2020, 1, 1, tzinfo=UTC))
    assert services.catalogue.working(view.slug, APPROVER).status == "approved"


def test_an_approver_moves_a_schedule_before_it_lifts_and_it_is_audited(workflow, services, clock):
    view = workflow.published(publish_at=clock.now + timedelta(hours=1))
    later = clock.now + timedelta(hours=3)
    moved = services.workflow.reschedule(view.slug, view.revision, APPROVER2, later)
    assert moved.publish_at == later and moved.status == "scheduled"
    audit = _audit(services, view.slug)[-1]
    assert (audit.action, audit.actor, audit.detail["publish_at"]) == ("reschedule", APPROVER2.name, later.isoformat())


def test_an_approver_cancels_a_schedule_and_the_version_is_approved_again(workflow, services, clock):
    view = workflow.published(publish_at=clock.now + timedelta(hours=1))
    cancelled = services.workflow.unschedule(view.slug, view.revision, APPROVER2)
    assert (cancelled.status, cancelled.publish_at) == ("approved", None)
    assert _audit(services, view.slug)[-1].action == "unschedule"
    clock.advance(hours=2)
    assert services.catalogue.working(view.slug, APPROVER).status == "approved"


def test_a_schedule_that_has_lifted_can_no_longer_be_moved(workflow, services, clock):
    view = workflow.published(publish_at=clock.now + timedelta(minutes=5))
    clock.advance(minutes=6)
    with pytest.raises(InvalidTransition):
        services.workflow.reschedule(view.slug, view.revision, APPROVER2, clock.now + timedelta(hours=1))


def test_a_schedule_cannot_be_moved_into_the_past(workflow, services, clock):
    view = workflow.published(publish_at=clock.now + timedelta(hours=1))
    with pytest.raises(ValidationFailed):
        services.workflow.reschedule(view.slug, view.revision, APPROVER2, clock.now - timedelta(days=1))


def _audit(services, slug):
    with services.db.reading() as session:
        return session.query(AuditEvent).filter_by(slug=slug).order_by(AuditEvent.id).all()

"""Release events are written with the change that causes them, fire when due, and reach every sink."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from statements.errors import ValidationFailed
from statements.release import PUBLISHED, UPDATED, WITHDRAWN
from statements.release.models import Delivery, DeliveryAttempt, ReleaseEvent
from tests.conftest import APPROVER, APPROVER2, EDITOR


def events(services):
    with services.db.reading() as session:
        return session.scalars(select(ReleaseEvent).order_by(ReleaseEvent.id)).all()


@pytest.fixture
def heard(services):
    """A sink that records what it is given; ``fail`` makes it raise the next n times."""

    class Heard(list):
        fail = 0

    got = Heard()

    def sink(release):
        if got.fail:
            got.fail -= 1
            raise ConnectionError("channel down")
        got.append(release)

    services.release.add_sink("recorder", sink)
    return got


@pytest.fixture
def dispatcher(services):
    dispatcher = services.release.dispatcher_for(workers=4, retry_delays=(5, 60))
    yield dispatcher
    dispatcher.stop()


def test_publishing_now_writes_one_event_due_now_in_the_same_transaction(workflow, services, clock):
    view = workflow.published()
    [event] = events(services)
    assert (event.type, event.slug, event.version, event.due_at) == (PUBLISHED, view.slug, 1, clock.now)


def test_a_publish_that_fails_writes_no_event(workflow, services, clock):
    view = workflow.approved()
    with pytest.raises(ValidationFailed):
        services.workflow.publish(view.slug, view.revision, APPROVER2, clock.now - timedelta(days=1))
    assert events(services) == []


def test_a_listener_failing_after_commit_loses_no_event(workflow, services, clock):
    def broken(event):
        raise RuntimeError("a listener after commit")

    services.workflow.subscribe(broken)
    workflow.published()
    assert [e.type for e in events(services)] == [PUBLISHED]


def test_a_scheduled_lift_is_an_event_due_at_publish_at_that_fires_only_then(
    workflow, services, clock, heard, dispatcher
):
    lift = clock.now + timedelta(hours=1)
    workflow.published(publish_at=lift)
    [event] = events(services)
    assert event.due_at == lift
    dispatcher.run_until_idle()
    assert heard == []
    clock.now = lift
    dispatcher.run_until_idle()
    assert [(r.type, r.version, r.late_seconds) for r in heard] == [(PUBLISHED, 1, 0.0)]


def test_a_newer_version_going_live_is_statement_updated(workflow, services, clock, heard, dispatcher):
    view = workflow.published()
    workflow.republish(view.slug, change_note="New wording")
    dispatcher.run_until_idle()
    assert [r.type for r in heard] == [PUBLISHED, UPDATED]


def test_a_withdrawal_is_an_event_carrying_the_reason(workflow, services, clock, heard, dispatcher):
    view = workflow.published()
    dispatcher.run_until_idle()
    services.workflow.withdraw(view.slug, view.revision, APPROVER, "Facts changed")
    dispatcher.run_until_idle()
    assert [r.type for r in heard] == [PUBLISHED, WITHDRAWN]
    assert heard[-1].detail["reason"] == "Facts changed"


def test_a_version_withdrawn_before_its_event_fired_is_never_announced_as_live(
    workflow, services, clock, heard, dispatcher
):
    workflow.withdrawn(reason="Pulled at once")
    dispatcher.run_until_idle()
    assert [r.type for r in heard] == [WITHDRAWN]


def test_a_moved_schedule_fires_at_the_new_time_only(workflow, services, clock, heard, dispatcher):
    view = workflow.published(publish_at=clock.now + timedelta(hours=1))
    services.workflow.reschedule(view.slug, view.revision, APPROVER2, clock.now + timedelta(hours=2))
    clock.advance(hours=1, minutes=30)
    dispatcher.run_until_idle()
    assert heard == []
    clock.advance(minutes=30)
    dispatcher.run_until_idle()
    assert len(heard) == 1


def test_a_cancelled_schedule_never_fires(workflow, services, clock, heard, dispatcher):
    view = workflow.published(publish_at=clock.now + timedelta(hours=1))
    services.workflow.unschedule(view.slug, view.revision, APPROVER)
    clock.advance(hours=2)
    dispatcher.run_until_idle()
    assert heard == []


def test_withdrawing_a_version_before_its_embargo_lifts_announces_nothing(workflow, services, clock, heard, dispatcher):
    view = workflow.published(publish_at=clock.now + timedelta(hours=1))
    services.workflow.withdraw(view.slug, view.revision, APPROVER, "Pulled before release")
    clock.advance(hours=2)
    dispatcher.run_until_idle()
    assert heard == []


def test_a_missed_lift_fires_on_the_next_start_and_says_how_late(workflow, services, clock, heard, dispatcher):
    workflow.published(publish_at=clock.now + timedelta(minutes=10))
    clock.advance(hours=1, minutes=10)  # every node was down at the lift
    dispatcher.run_until_idle()
    assert [r.late_seconds for r in heard] == [3600.0]


def test_a_failing_sink_is_retried_with_the_same_message_id_and_every_attempt_recorded(
    workflow, services, clock, heard, dispatcher
):
    heard.fail = 1
    workflow.published()
    dispatcher.run_until_idle()
    assert heard == []
    clock.advance(seconds=5)
    dispatcher.run_until_idle()
    assert len(heard) == 1 and heard[0].attempt == 2
    with services.db.reading() as session:
        [delivery] = session.scalars(select(Delivery)).all()
        attempts = session.scalars(select(DeliveryAttempt).order_by(DeliveryAttempt.id)).all()
    assert (delivery.status, delivery.attempts, delivery.message_id) == ("delivered", 2, heard[0].message_id)
    assert [a.ok for a in attempts] == [False, True]
    assert "channel down" in attempts[0].error


def test_an_event_fans_out_once_however_often_the_dispatcher_runs(workflow, services, clock, heard, dispatcher):
    workflow.published(author=EDITOR)
    for _ in range(3):
        dispatcher.run_until_idle()
    assert len(heard) == 1

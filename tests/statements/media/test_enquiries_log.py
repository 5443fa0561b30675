"""Logging and correcting enquiries: who asked, what, by when; field errors through ValidationFailed."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from statements.errors import Forbidden, NotFound, ValidationFailed
from statements.models import AuditEvent
from tests.conftest import ANON, BOT, EDITOR, EDITOR2, PARTNER

QUESTION = "Are schools affected by the closure of the bypass?"


def test_a_typed_enquiry_is_logged_open_by_the_officer_at_the_time_received(enquiries, clock):
    view = enquiries.log({"journalist": "Jo Bloggs", "outlet": "Daily Gazette", "question": QUESTION}, EDITOR)
    assert (view.status, view.journalist, view.outlet, view.question) == (
        "open",
        "Jo Bloggs",
        "Daily Gazette",
        QUESTION,
    )
    assert (view.logged_by, view.received_at, view.answered_at) == (EDITOR.name, clock(), None)


def test_a_contact_supplies_the_journalist_and_outlet(enquiries, add_contact):
    contact = add_contact("Sam Reporter", "Westshire Echo")
    view = enquiries.log({"contact_id": contact, "question": QUESTION}, EDITOR)
    assert (view.contact_id, view.journalist, view.outlet) == (contact, "Sam Reporter", "Westshire Echo")


def test_a_typed_outlet_overrides_the_contacts_own(enquiries, add_contact):
    contact = add_contact("Sam Reporter", "Westshire Echo")
    view = enquiries.log({"contact_id": contact, "outlet": "Echo Online", "question": QUESTION}, EDITOR)
    assert (view.journalist, view.outlet) == ("Sam Reporter", "Echo Online")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"journalist": "Jo", "question": "  "}, "question"),
        ({"journalist": "Jo"}, "question"),
        ({"question": QUESTION}, "journalist"),
        ({"contact_id": 999, "question": QUESTION}, "contact_id"),
        ({"contact_id": "7", "question": QUESTION}, "contact_id"),
        ({"journalist": "J" * 201, "question": QUESTION}, "journalist"),
        ({"journalist": "Jo", "question": QUESTION, "status": "answered"}, "status"),
        ({"journalist": 5, "question": QUESTION}, "journalist"),
    ],
)
def test_bad_input_is_refused_per_field(enquiries, data, field):
    with pytest.raises(ValidationFailed) as caught:
        enquiries.log(data, EDITOR)
    assert field in caught.value.errors


@pytest.mark.parametrize(
    ("deadline", "accepted"),
    [
        (timedelta(hours=3), True),
        (timedelta(minutes=-30), True),  # logged just after the call: a little in the past is fine
        (timedelta(hours=-2), False),
        (timedelta(days=400), False),
    ],
)
def test_a_deadline_may_be_in_the_past_only_by_a_little_and_not_years_ahead(enquiries, clock, deadline, accepted):
    data = {"journalist": "Jo", "question": QUESTION, "deadline": clock() + deadline}
    if accepted:
        assert enquiries.log(data, EDITOR).deadline == clock() + deadline
    else:
        with pytest.raises(ValidationFailed) as caught:
            enquiries.log(data, EDITOR)
        assert list(caught.value.errors) == ["deadline"]


@pytest.mark.parametrize("deadline", [datetime(2026, 6, 1, 16, 0), "16:00", 1780000000])
def test_a_deadline_must_be_a_moment_with_a_time_zone(enquiries, deadline):
    with pytest.raises(ValidationFailed) as caught:
        enquiries.log({"journalist": "Jo", "question": QUESTION, "deadline": deadline}, EDITOR)
    assert list(caught.value.errors) == ["deadline"]


@pytest.mark.parametrize("viewer", [ANON, PARTNER, BOT])
def test_only_staff_may_log_or_read_enquiries(enquiries, viewer):
    with pytest.raises(Forbidden):
        enquiries.log({"journalist": "Jo", "question": QUESTION}, viewer)
    with pytest.raises(Forbidden):
        enquiries.search(viewer)


def test_an_update_corrects_the_question_and_deadline_and_says_which_fields(enquiries, services, clock):
    view = enquiries.log({"journalist": "Jo", "question": QUESTION}, EDITOR)
    clock.advance(minutes=5)
    changed = enquiries.update(
        view.id, {"question": "Which schools?", "deadline": clock() + timedelta(hours=1)}, EDITOR2
    )
    assert (changed.question, changed.deadline, changed.updated_at) == (
        "Which schools?",
        clock() + timedelta(hours=1),
        clock(),
    )
    with services.db.reading() as session:
        event = session.query(AuditEvent).filter_by(action="enquiry_edit").one()
    assert (event.actor, event.detail["fields"]) == (EDITOR2.name, ["deadline", "question"])


def test_an_update_cannot_leave_nobody_asking(enquiries):
    view = enquiries.log({"journalist": "Jo", "question": QUESTION}, EDITOR)
    with pytest.raises(ValidationFailed) as caught:
        enquiries.update(view.id, {"journalist": ""}, EDITOR)
    assert "journalist" in caught.value.errors


def test_an_unknown_enquiry_is_not_found(enquiries):
    with pytest.raises(NotFound):
        enquiries.get(12345, EDITOR)


def test_the_audit_names_the_enquiry_but_not_the_journalist(enquiries, services):
    view = enquiries.log({"journalist": "Jo Bloggs", "outlet": "Daily Gazette", "question": QUESTION}, EDITOR)
    with services.db.reading() as session:
        event = session.query(AuditEvent).filter_by(action="enquiry_log").one()
    assert event.detail == {"enquiry": view.id, "status": "open"}
    assert "Bloggs" not in repr(event.detail) and event.actor == EDITOR.name

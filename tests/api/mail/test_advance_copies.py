"""Embargoed advance copies: an approver sends a scheduled version to media lists before it lifts, marked
EMBARGOED UNTIL the lift in the office's zone; a moved or cancelled embargo reaches everyone who got the copy;
nothing public changes before publish_at, and no webhook or chat notice ever carries a media event."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from statements.media.events import MEDIA_TYPES
from statements.media.models import AdvanceCopy
from statements.models import AuditEvent
from statements.release import EVENT_TYPES
from tests.conftest import APPROVER, APPROVER2
from tests.media_rows import add_contact, add_list, newsroom, sends

API = "/api/v1"
WINTER_LIFT = datetime(2027, 1, 5, 9, 0, tzinfo=UTC)


def scheduled(workflow, services, publish_at=WINTER_LIFT, **fields):
    view = workflow.approved(**fields)
    return services.workflow.publish(view.slug, view.revision, APPROVER, publish_at)


def advance(client, keys, slug, lists, role="approver"):
    return client.post(f"{API}/statements/{slug}/advance", json={"lists": lists}, headers=keys.header(role))


def recipients_of(smtp, prefix):
    return sorted(to for m, (_, [to]) in zip(smtp.messages, smtp.envelopes, strict=True)
                  if str(m["Subject"]).startswith(prefix))  # fmt: skip


def test_an_advance_copy_carries_the_embargo_in_its_subject_and_first_line(client, keys, workflow, services, smtp,
                                                                            dispatch):  # fmt: skip
    media, emails = newsroom(services, count=2)
    view = scheduled(workflow, services, title="New speed cameras", body="Cameras go live on the A12.")
    response = advance(client, keys, view.slug, [media])
    assert response.status_code == 202, response.get_json()
    assert response.get_json() == {"slug": view.slug, "version": 1, "lists": [media], "recipients": 2,
                                    "embargo_until": "2027-01-05T09:00:00+00:00"}  # fmt: skip
    dispatch()
    assert sorted(to for _, [to] in smtp.envelopes) == sorted(emails)
    message = smtp.messages[0]
    assert message["Subject"] == "EMBARGOED UNTIL 09:00 GMT Tuesday 5 January 2027: New speed cameras"
    text = message.get_body(("plain",)).get_content()
    assert text.splitlines()[0] == "EMBARGOED UNTIL 09:00 GMT Tuesday 5 January 2027"
    assert "Cameras go live on the A12." in text
    assert "EMBARGOED UNTIL 09:00 GMT Tuesday 5 January 2027" in message.get_body(("html",)).get_content()
    assert "/embed/" not in text  # no public page yet
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_summer_embargo_is_written_in_british_summer_time(client, keys, workflow, services, smtp, dispatch):
    media, _ = newsroom(services, count=1)
    view = scheduled(workflow, services, publish_at=datetime(2026, 7, 1, 8, 0, tzinfo=UTC))
    advance(client, keys, view.slug, [media])
    dispatch()
    assert smtp.messages[0]["Subject"].startswith("EMBARGOED UNTIL 09:00 BST Wednesday 1 July 2026: ")


def test_an_advance_copy_is_audited_with_who_which_lists_and_how_many(client, keys, workflow, services, clock):
    first, _ = newsroom(services, "Regional desks", count=2)
    second, _ = newsroom(services, "Nationals", count=3, start=10)
    view = scheduled(workflow, services)
    advance(client, keys, view.slug, [second, first])
    with services.db.reading() as session:
        audit = session.scalars(select(AuditEvent).where(AuditEvent.action == "advance")).one()
        copy = session.scalars(select(AdvanceCopy)).one()
    assert (audit.actor, audit.slug, audit.version) == ("Abe Approver", view.slug, 1)
    assert audit.detail == {"lists": sorted([first, second]), "recipients": 5,
                            "embargo_until": WINTER_LIFT.isoformat()}  # fmt: skip
    assert (copy.actor, copy.list_ids, copy.recipients, copy.embargo_until) == (
        "Abe Approver",
        sorted([first, second]),
        5,
        WINTER_LIFT,
    )


@pytest.mark.parametrize("state", ["approved", "published-now", "withdrawn"])
def test_only_a_version_scheduled_in_the_future_can_go_out_in_advance(client, keys, workflow, services, state):
    media, _ = newsroom(services)
    if state == "approved":
        view = workflow.approved()
    elif state == "published-now":
        view = workflow.published()
    else:
        view = workflow.withdrawn()
    response = advance(client, keys, view.slug, [media])
    assert response.status_code == 409
    assert response.mimetype == "application/problem+json"
    expected = "is approved but not scheduled" if state == "approved" else "Nothing is scheduled"
    assert expected in response.get_json()["detail"]


@pytest.mark.parametrize(("audience", "lists", "message"), [
    ("public", [9999], "Unknown list: 9999."),
    ("internal", None, "only public wording is emailed to media lists"),
    ("public", [], "Length must be between 1 and 200."),
])  # fmt: skip
def test_refused_advance_copies_are_422_on_lists(client, keys, workflow, services, audience, lists, message):
    media, _ = newsroom(services)
    view = scheduled(workflow, services, audience=audience)
    response = advance(client, keys, view.slug, [media] if lists is None else lists)
    assert response.status_code == 422
    assert message in " ".join(response.get_json()["errors"]["lists"])


def test_a_list_nobody_may_be_sent_to_is_refused(client, keys, workflow, services):
    gone = add_contact(services, "Gone", "gone@paper.example.com", unsubscribed=True)
    media = add_list(services, "Quiet", [gone])
    response = advance(client, keys, scheduled(workflow, services).slug, [media])
    assert response.status_code == 422
    assert "Nobody on these lists may be sent to" in response.get_json()["errors"]["lists"][0]


@pytest.mark.parametrize("role", ["editor", "partner", "anonymous"])
def test_only_approvers_send_advance_copies(client, keys, workflow, services, role):
    media, _ = newsroom(services)
    response = advance(client, keys, scheduled(workflow, services).slug, [media], role=role)
    assert response.status_code == (401 if role == "anonymous" else 403)


def test_nothing_reaches_the_public_api_feeds_or_webhooks_before_the_lift(client, keys, workflow, services, smtp,
                                                                           dispatch, clock):  # fmt: skip
    heard = []
    services.release.add_sink("recorder", heard.append)  # every type a webhook or chat sink takes
    media, _ = newsroom(services)
    view = scheduled(workflow, services, title="Embargoed wording")
    advance(client, keys, view.slug, [media])
    dispatch()
    assert len(smtp.messages) == 3
    assert client.get(f"{API}/statements/{view.slug}").status_code == 404
    assert "Embargoed wording" not in client.get(f"{API}/feed.atom").get_data(as_text=True)
    assert client.get(f"{API}/search", query_string={"q": "Embargoed"}).get_json()["total"] == 0
    assert heard == []


def test_webhook_and_chat_sinks_never_take_media_events(app):
    for sink in app.extensions["pressline"].release.sinks:
        if sink.name != "media":
            assert set(sink.types) <= set(EVENT_TYPES), sink.name
            assert not set(sink.types) & set(MEDIA_TYPES), sink.name


@pytest.mark.parametrize("change", ["unschedule", "withdraw"])
def test_a_cancelled_embargo_reaches_everyone_who_got_the_copy_at_once(client, keys, workflow, services, smtp,
                                                                       dispatch, change):  # fmt: skip
    media, emails = newsroom(services, count=2)
    view = scheduled(workflow, services, title="Arrest appeal")
    advance(client, keys, view.slug, [media])
    dispatch()
    latecomer = add_contact(services, "Late Comer", "late@paper.example.com")
    add_list(services, "Later list", [latecomer])
    if change == "unschedule":
        services.workflow.unschedule(view.slug, view.revision, APPROVER2)
    else:
        services.workflow.withdraw(view.slug, view.revision, APPROVER2, "Suspect charged: contempt risk")
    dispatch()
    assert recipients_of(smtp, "EMBARGO CANCELLED: do not publish: Arrest appeal") == sorted(emails)
    notice = smtp.messages[-1].get_body(("plain",)).get_content()
    assert notice.splitlines()[0] == "EMBARGO CANCELLED: DO NOT PUBLISH"
    assert smtp.to("late@paper.example.com") == []


def test_a_moved_embargo_tells_the_same_recipients_the_new_time(client, keys, workflow, services, smtp, dispatch):
    media, emails = newsroom(services, count=2)
    view = scheduled(workflow, services, title="Road plan")
    advance(client, keys, view.slug, [media])
    dispatch()
    services.workflow.reschedule(view.slug, view.revision, APPROVER2, WINTER_LIFT + timedelta(days=1, hours=1))
    dispatch()
    subject = "EMBARGO MOVED to 10:00 GMT Wednesday 6 January 2027: Road plan"
    assert recipients_of(smtp, subject) == sorted(emails)
    text = smtp.messages[-1].get_body(("plain",)).get_content()
    assert "from 09:00 GMT Tuesday 5 January 2027 to 10:00 GMT Wednesday 6 January 2027" in text


def test_a_schedule_without_advance_copies_tells_nobody_when_it_moves(client, keys, workflow, services, smtp,
                                                                      dispatch):  # fmt: skip
    newsroom(services)
    view = scheduled(workflow, services)
    services.workflow.unschedule(view.slug, view.revision, APPROVER2)
    dispatch()
    assert smtp.messages == []


def test_a_copy_still_waiting_to_go_out_when_the_embargo_is_cancelled_never_goes(client, keys, workflow, services,
                                                                                 smtp, dispatch, clock):  # fmt: skip
    media, [address] = newsroom(services, count=1)
    smtp.answers = ["451 4.3.0 Try again later"]
    view = scheduled(workflow, services, title="Pulled story")
    advance(client, keys, view.slug, [media])
    dispatch()
    services.workflow.unschedule(view.slug, view.revision, APPROVER2)
    clock.advance(minutes=10)
    dispatch()
    assert [m["Subject"] for m in smtp.to(address)] == ["EMBARGO CANCELLED: do not publish: Pulled story"]
    assert [s.kind for s in sends(services)] == ["embargo_cancelled"]


def test_advance_copies_are_told_in_the_transaction_of_the_change(client, keys, workflow, services):
    media, _ = newsroom(services)
    view = scheduled(workflow, services)
    advance(client, keys, view.slug, [media])
    services.workflow.reschedule(view.slug, view.revision, APPROVER2, WINTER_LIFT + timedelta(hours=1))
    with services.db.reading() as session:
        audit = session.scalars(select(AuditEvent).where(AuditEvent.action == "reschedule")).one()
    assert audit.detail["advance_notice"] == "embargo_moved"

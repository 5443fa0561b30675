"""Release emails: lists chosen at approval or publication, one message per recipient over real SMTP (aiosmtpd
on loopback), sent from the release outbox: at the lift, retried when the server refuses, never doubled, never
to "do not send" or unsubscribed contacts, never with internal or partners-only wording."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from api.config import SettingsError, load_settings
from statements.errors import ValidationFailed
from statements.media.models import ReleaseList
from statements.models import AuditEvent
from statements.release.models import Delivery
from tests.conftest import APPROVER, EDITOR
from tests.media_rows import PUBLIC_URL, SENDER, add_contact, add_list, chosen, newsroom, sends, token_of

API = "/api/v1"


def etag_of(client, keys, slug):
    return client.get(f"{API}/statements/{slug}/draft", headers=keys.header("approver")).headers["ETag"]


def post(client, keys, path, slug, json=None):
    headers = {**keys.header("approver"), "If-Match": etag_of(client, keys, slug)}
    return client.post(f"{API}{path}", json=json, headers=headers)


def approved_with(workflow, services, lists, **fields):
    view = workflow.in_review(**fields)
    return services.workflow.approve(view.slug, view.revision, APPROVER, lists=lists)


def publish(services, view, publish_at=None, lists=None):
    return services.workflow.publish(view.slug, view.revision, APPROVER, publish_at, lists)


# -- choosing lists ------------------------------------------------------------------------------------------


def test_lists_in_the_approve_body_are_stored_with_the_approval_and_audited(client, keys, workflow, services):
    first, _ = newsroom(services, "Regional desks")
    second, _ = newsroom(services, "Nationals", start=10)
    view = workflow.in_review()
    response = post(client, keys, f"/statements/{view.slug}/draft/approve", view.slug, {"lists": [second, first]})
    assert response.status_code == 200, response.get_json()
    assert chosen(services, view.slug, 1) == sorted([first, second])
    with services.db.reading() as session:
        audit = session.scalars(select(AuditEvent).where(AuditEvent.action == "approve")).one()
    assert audit.detail["lists"] == sorted([first, second])


def test_lists_in_the_publish_body_replace_the_earlier_choice(client, keys, workflow, services):
    first, _ = newsroom(services, "Regional desks")
    second, _ = newsroom(services, "Nationals", start=10)
    view = approved_with(workflow, services, [first])
    response = post(client, keys, f"/statements/{view.slug}/publish", view.slug, {"lists": [second]})
    assert response.status_code == 200, response.get_json()
    assert chosen(services, view.slug, 1) == [second]


def test_publishing_without_lists_keeps_the_lists_chosen_at_approval(workflow, services):
    first, _ = newsroom(services)
    view = approved_with(workflow, services, [first])
    publish(services, view)
    assert chosen(services, view.slug, 1) == [first]


def test_unknown_list_ids_are_a_422_on_lists_and_nothing_is_approved(client, keys, workflow, services):
    known, _ = newsroom(services)
    view = workflow.in_review()
    response = post(client, keys, f"/statements/{view.slug}/draft/approve", view.slug, {"lists": [known, 9999]})
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["errors"] == {"lists": ["Unknown list: 9999."]}
    assert services.catalogue.working(view.slug, APPROVER).status == "in_review"
    assert chosen(services, view.slug, 1) == []


@pytest.mark.parametrize("audience", ["internal", "partners"])
def test_lists_for_a_non_public_version_are_refused_with_a_per_field_message(client, keys, workflow, services,
                                                                             audience):  # fmt: skip
    media, _ = newsroom(services)
    view = workflow.in_review(audience=audience)
    response = post(client, keys, f"/statements/{view.slug}/draft/approve", view.slug, {"lists": [media]})
    assert response.status_code == 422
    [message] = response.get_json()["errors"]["lists"]
    assert "only public wording is emailed to media lists" in message
    assert services.catalogue.working(view.slug, APPROVER).status == "in_review"


def test_a_list_id_that_is_not_a_whole_number_is_a_422_on_lists(client, keys, workflow):
    view = workflow.in_review()
    response = post(client, keys, f"/statements/{view.slug}/draft/approve", view.slug, {"lists": ["news"]})
    assert response.status_code == 422
    assert "lists.0" in response.get_json()["errors"]


# -- release emails ------------------------------------------------------------------------------------------


def test_a_publish_sends_one_message_per_recipient_with_both_parts_and_one_click_unsubscribe(
    workflow, services, smtp, dispatch
):
    media, emails = newsroom(services, count=3)
    view = approved_with(workflow, services, [media], title="Fraud warning: courier scam", summary="Be on guard.",
                         body="Police will **never** ask for your bank card.", reporting_routes=["action-fraud"],
                         quotes=[{"text": "Hang up and call us.", "speaker": "Jane Smith",
                                  "role": "Detective Inspector"}])  # fmt: skip
    publish(services, view)
    dispatch()
    assert sorted(to for _, [to] in smtp.envelopes) == sorted(emails)
    assert all(sender == "press@westshire.example.org" for sender, _ in smtp.envelopes)
    message = smtp.to(emails[0])[0]
    assert message["Subject"] == "Fraud warning: courier scam"
    assert message["From"] == SENDER
    token = token_of(services, emails[0])
    assert message["List-Unsubscribe"] == (
        f"<{PUBLIC_URL}/unsubscribe/{token}>, <mailto:press@westshire.example.org?subject=unsubscribe>"
    )
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Message-ID"].endswith("@westshire.example.org>")
    text = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = message.get_body(("html",)).get_content()
    assert "Police will never ask for your bank card." in text
    assert "<strong>never</strong>" in html
    assert "“Hang up and call us.”\n— Jane Smith, Detective Inspector" in text
    assert "Jane Smith, Detective Inspector" in html
    assert 'href="tel:' in html and "Action Fraud" in text
    assert f"{PUBLIC_URL}/embed/{view.slug}/full" in text
    assert "Press office: 01632 960000 (24 hours)" in text and "Press office: 01632 960000 (24 hours)" in html
    assert f"{PUBLIC_URL}/unsubscribe/{token}" in text and f"{PUBLIC_URL}/unsubscribe/{token}" in html


def test_statement_text_is_escaped_in_the_html_part(workflow, services, smtp, dispatch):
    media, [address] = newsroom(services, count=1)
    view = approved_with(workflow, services, [media], title="Road <b>closure</b>",
                         body='Avoid the A1 <script>alert("x")</script> today.')  # fmt: skip
    publish(services, view)
    dispatch()
    html = smtp.to(address)[0].get_body(("html",)).get_content()
    assert "<script>" not in html and "<b>closure</b>" not in html
    assert "Road &lt;b&gt;closure&lt;/b&gt;" in html


def test_each_accepted_message_is_recorded_once_in_media_sends(workflow, services, smtp, dispatch):
    media, emails = newsroom(services, count=2)
    view = approved_with(workflow, services, [media])
    publish(services, view)
    dispatch()
    rows = sends(services)
    assert sorted(r.email for r in rows) == sorted(emails)
    assert {(r.kind, r.slug, r.version) for r in rows} == {("release", view.slug, 1)}
    assert sorted(r.message_id for r in rows) == sorted(m["Message-ID"] for m in smtp.messages)


def test_a_scheduled_release_is_emailed_at_the_lift_and_not_before(workflow, services, smtp, dispatch, clock):
    media, emails = newsroom(services, count=2)
    lift = clock.now + timedelta(hours=1)
    publish(services, approved_with(workflow, services, [media]), publish_at=lift)
    dispatch()
    clock.now = lift - timedelta(seconds=1)
    dispatch()
    assert smtp.messages == []
    clock.now = lift
    dispatch()
    assert sorted(to for _, [to] in smtp.envelopes) == sorted(emails)


@pytest.mark.parametrize("answer", ["451 4.3.0 Try again later", "421 4.7.0 Too busy, closing", "drop"],
                         ids=["451", "421", "dropped-connection"])  # fmt: skip
def test_a_server_that_refuses_or_drops_is_retried_and_nothing_is_doubled(workflow, services, smtp, dispatch, clock,
                                                                          answer):  # fmt: skip
    media, emails = newsroom(services, count=3)
    smtp.answers = [answer, answer]
    publish(services, approved_with(workflow, services, [media]))
    dispatch()
    assert len(smtp.messages) == 1  # two refused, one accepted
    with services.db.reading() as session:
        pending = session.scalars(select(Delivery).where(Delivery.status == "pending")).all()
    assert len(pending) == 2 and all("answered" in d.last_error or d.last_error for d in pending)
    clock.advance(seconds=5)
    dispatch()
    assert sorted(to for _, [to] in smtp.envelopes) == sorted(emails)
    assert len({m["Message-ID"] for m in smtp.messages}) == 3
    clock.advance(minutes=30)
    dispatch()
    assert len(smtp.messages) == 3
    assert len(sends(services)) == 3


def test_a_retried_message_keeps_its_message_id(workflow, services, smtp, dispatch, clock):
    media, [address] = newsroom(services, count=1)
    smtp.answers = ["451 4.3.0 Try again later"]
    publish(services, approved_with(workflow, services, [media]))
    dispatch()
    with services.db.reading() as session:
        delivery = session.scalars(select(Delivery).where(Delivery.target.startswith("mail:"))).one()
    clock.advance(seconds=5)
    dispatch()
    assert smtp.to(address)[0]["Message-ID"] == f"<{delivery.message_id}@westshire.example.org>"


def test_do_not_send_and_unsubscribed_contacts_never_receive_anything(workflow, services, smtp, dispatch, clock):
    ok = add_contact(services, "Open Door", "open@paper.example.com")
    blocked = add_contact(services, "No Thanks", "blocked@paper.example.com", do_not_send=True)
    gone = add_contact(services, "Gone Away", "gone@paper.example.com", unsubscribed=True)
    media = add_list(services, "Everyone", [ok, blocked, gone])
    view = publish(services, approved_with(workflow, services, [media]))
    dispatch()
    services.workflow.withdraw(view.slug, view.revision, APPROVER, "Facts changed")
    dispatch()
    assert {to for _, [to] in smtp.envelopes} == {"open@paper.example.com"}


def test_a_contact_who_unsubscribes_after_the_fan_out_gets_nothing(workflow, services, smtp, dispatch, client,
                                                                    clock):  # fmt: skip
    media, [first, second] = newsroom(services, count=2)
    smtp.answers = ["451 4.3.0 Try again later"] * 2
    publish(services, approved_with(workflow, services, [media]))
    dispatch()
    assert smtp.messages == []
    client.post(f"/unsubscribe/{token_of(services, second)}", data={"List-Unsubscribe": "One-Click"})
    clock.advance(seconds=10)
    dispatch()
    assert [to for _, [to] in smtp.envelopes] == [first]


def test_internal_wording_is_never_sent_even_with_lists_chosen_behind_the_api(workflow, services, smtp, dispatch):
    media, _ = newsroom(services)
    view = workflow.approved(audience="internal", body="Internal line: do not brief this.")
    with services.db.writing() as session:  # as if a list had been chosen by some other path
        session.add(ReleaseList(slug=view.slug, version=1, list_id=media, chosen_by="x", chosen_at=services.clock()))
    publish(services, view)
    dispatch()
    assert smtp.messages == []


def test_publishing_with_lists_of_a_non_public_version_is_refused_in_the_domain_too(workflow, services):
    media, _ = newsroom(services)
    view = workflow.approved(audience="partners")
    with pytest.raises(ValidationFailed) as refused:
        publish(services, view, lists=[media])
    assert "lists" in refused.value.errors
    assert services.catalogue.working(view.slug, APPROVER).status == "approved"


def test_a_newer_version_going_live_is_emailed_as_updated(workflow, services, smtp, dispatch):
    media, [_address] = newsroom(services, count=1)
    view = publish(services, approved_with(workflow, services, [media], title="Bridge closed"))
    dispatch()
    draft = services.workflow.edit_draft(view.slug, view.revision, {"change_note": "Reopens Friday"}, EDITOR)
    draft = services.workflow.submit(view.slug, draft.revision, EDITOR)
    services.workflow.publish(view.slug, services.workflow.approve(view.slug, draft.revision, APPROVER,
                                                                   lists=[media]).revision, APPROVER)  # fmt: skip
    dispatch()
    assert smtp.subjects() == ["Bridge closed", "Updated: Bridge closed"]


def test_a_withdrawal_tells_those_who_received_the_release_not_to_use_it(workflow, services, smtp, dispatch):
    media, emails = newsroom(services, count=2)
    _other, [bystander] = newsroom(services, "Others", count=1, start=20)
    view = publish(services, approved_with(workflow, services, [media], title="Missing man found"))
    dispatch()
    services.workflow.withdraw(view.slug, view.revision, APPROVER, "Identified wrongly")
    dispatch()
    notices = [m for m in smtp.messages if m["Subject"].startswith("WITHDRAWN")]
    assert sorted(str(m["To"]).split("<")[-1].rstrip(">") for m in notices) == sorted(emails)
    text = notices[0].get_body(("plain",)).get_content()
    assert "Identified wrongly" in text and "do not use" in text
    assert smtp.to(bystander) == []


def test_without_an_smtp_url_nothing_is_emailed(app_config, tmp_path):
    from api import close_app, create_app

    app = create_app({**app_config, "SMTP_URL": None})
    try:
        assert "media" not in {sink.name for sink in app.extensions["pressline"].release.sinks}
    finally:
        close_app(app)


@pytest.mark.parametrize(
    ("override", "named"),
    [({"SMTP_URL": "http://mail.example.org"}, "PRESSLINE_SMTP_URL"),
     ({"MAIL_FROM": "the press office"}, "PRESSLINE_MAIL_FROM"),
     ({"PUBLIC_URL": None}, "PRESSLINE_PUBLIC_URL")],
    ids=["not-smtp", "no-sender-address", "no-public-url"],
)  # fmt: skip
def test_mail_settings_that_cannot_work_stop_start_up_naming_the_variable(app_config, override, named):
    with pytest.raises(SettingsError, match=named):
        load_settings({**app_config, **override}, environ={})

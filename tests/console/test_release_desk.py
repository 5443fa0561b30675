"""The release desk page: upcoming lifts for 7 days, subscription health, the delivery log and redeliver."""

from __future__ import annotations

from datetime import timedelta

import pytest

from api.release import render_version
from statements.keys import hash_token
from statements.release.webhooks import WebhookSink
from tests.conftest import ADMIN, APPROVER


@pytest.fixture
def webhooks(app_services, keys):
    """A partner subscription to ``url`` on this test's services, with the webhook sink and a dispatcher."""
    desk = app_services.release
    desk.subscriptions.allow_private = True
    desk.add_sink("webhooks", WebhookSink(app_services.db, render_version, allow_private=True, timeout=2))
    dispatcher = desk.dispatcher_for(workers=2)

    def subscribe(url: str) -> str:
        return desk.subscriptions.create(hash_token(keys["partner"]), url)[0].id

    yield subscribe, dispatcher.run_until_idle
    dispatcher.stop()


def test_only_admins_see_the_release_desk(signed_in):
    assert signed_in("approver").get("/console/releases").status_code == 403
    assert signed_in("admin").get("/console/releases").status_code == 200


def test_the_timeline_shows_the_next_seven_days_of_lifts_in_office_time(signed_in, flow, app_services, clock):
    flow.published(title="Lifts tomorrow", publish_at=clock.now + timedelta(days=1))
    flow.published(title="Lifts next fortnight", publish_at=clock.now + timedelta(days=14))
    cancelled = flow.published(title="Cancelled lift", publish_at=clock.now + timedelta(days=2))
    app_services.workflow.unschedule(cancelled.slug, cancelled.revision, APPROVER)
    page = signed_in("admin").get("/console/releases").get_data(as_text=True)
    assert "Lifts tomorrow" in page and "Tue 2 Jun 2026, 10:00 BST" in page
    assert "Lifts next fortnight" not in page and "Cancelled lift" not in page


def test_subscription_health_shows_a_paused_subscription_and_why(signed_in, flow, app_services, webhooks,
                                                                 httpserver, clock):  # fmt: skip
    subscribe, deliver = webhooks
    httpserver.expect_request("/hook").respond_with_data("down", status=503)
    subscribe(httpserver.url_for("/hook"))
    app_services.release.dispatcher.pause_after = 2
    flow.published()
    deliver()
    clock.advance(seconds=5)
    deliver()
    page = signed_in("admin").get("/console/releases").get_data(as_text=True)
    assert "paused" in page and "Paused after 2 failed attempts in a row" in page
    assert "503" in page


def test_redeliver_sends_a_delivery_again_with_the_same_webhook_id(signed_in, flow, app_services, webhooks,
                                                                   httpserver):  # fmt: skip
    subscribe, deliver = webhooks
    httpserver.expect_request("/hook").respond_with_data("", status=204)
    subscribe(httpserver.url_for("/hook"))
    flow.published()
    deliver()
    admin = signed_in("admin")
    [delivery] = app_services.release.subscriptions.deliveries(None, ADMIN, None)
    response = admin.post(f"/console/releases/deliveries/{delivery.id}/redeliver", token_from="/console/releases")
    assert response.status_code == 303
    assert "will be sent again" in admin.get(response.headers["Location"]).get_data(as_text=True)
    deliver()
    ids = [request.headers["webhook-id"] for request, _ in httpserver.log]
    assert len(ids) == 2 and ids[0] == ids[1] == delivery.message_id

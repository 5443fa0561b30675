"""Partner webhooks: subscriptions, signed deliveries of release events, visibility, retries, pause, SSRF."""

from __future__ import annotations

import json
import threading
import time
from datetime import timedelta

import pytest
from standardwebhooks import Webhook
from werkzeug import Response

from statements.clock import utcnow
from tests.conftest import APPROVER

API = "/api/v1"


def subscribe(client, keys, url, role="partner", **filters):
    response = client.post(f"{API}/webhooks", json={"url": url, **filters}, headers=keys.header(role))
    assert response.status_code == 201, response.get_json()
    return response.get_json()


class Receiver:
    """Records each request to the pytest-httpserver with the moment it arrived; answers ``codes`` in turn."""

    def __init__(self, httpserver, path="/hook", codes=(204,), delay=0.0):
        self.requests: list[tuple[float, dict, bytes]] = []
        self.codes = list(codes)
        self.delay = delay
        self.url = httpserver.url_for(path)
        httpserver.expect_request(path, method="POST").respond_with_handler(self)

    def __call__(self, request):
        self.requests.append((time.time(), dict(request.headers), request.get_data()))
        if self.delay:
            time.sleep(self.delay)
        code = self.codes.pop(0) if len(self.codes) > 1 else self.codes[0]
        return Response(status=code)

    def bodies(self):
        return [json.loads(body) for _, _, body in self.requests]

    def wait_for(self, count, timeout=5.0):
        deadline = time.monotonic() + timeout
        while len(self.requests) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.requests


@pytest.fixture
def app_config(app_config):
    return {**app_config, "WEBHOOKS_ALLOW_PRIVATE": True, "WEBHOOKS_TIMEOUT": 2}


@pytest.fixture
def dispatch(app):
    dispatcher = app.extensions["pressline"].release.dispatcher_for(workers=8)
    yield dispatcher.run_until_idle
    dispatcher.stop()


# -- subscriptions -------------------------------------------------------------------------------------------


def test_subscribing_answers_201_with_the_id_and_a_standard_webhooks_secret_shown_once(client, keys):
    body = subscribe(client, keys, "https://partner.example/hook", topics=["fraud"])
    assert body["id"].startswith("sub_") and body["secret"].startswith("whsec_")
    assert body["topics"] == ["fraud"] and body["status"] == "active"
    Webhook(body["secret"])  # a secret the package accepts
    again = client.get(f"{API}/webhooks/{body['id']}", headers=keys.header("partner")).get_json()
    assert "secret" not in again
    listed = client.get(f"{API}/webhooks", headers=keys.header("partner")).get_json()["items"]
    assert [s["id"] for s in listed] == [body["id"]]


def test_a_partner_never_sees_another_keys_subscription(client, keys):
    body = subscribe(client, keys, "https://partner.example/hook", role="editor")
    assert client.get(f"{API}/webhooks/{body['id']}", headers=keys.header("partner")).status_code == 404
    assert client.get(f"{API}/webhooks", headers=keys.header("partner")).get_json()["items"] == []


def test_deleting_a_subscription_ends_it(client, keys):
    body = subscribe(client, keys, "https://partner.example/hook")
    assert client.delete(f"{API}/webhooks/{body['id']}", headers=keys.header("partner")).status_code == 204
    assert client.get(f"{API}/webhooks/{body['id']}", headers=keys.header("partner")).status_code == 404


def test_subscribing_needs_a_key(client):
    assert client.post(f"{API}/webhooks", json={"url": "https://partner.example/hook"}).status_code == 401


@pytest.mark.parametrize(
    "url",
    ["https://127.0.0.1/hook", "https://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data",
     "https://localhost/hook", "http://partner.example/hook"],
    ids=["loopback", "private", "link-local-metadata", "name-resolving-to-loopback", "plain-http"],
)  # fmt: skip
def test_receivers_must_be_https_and_public(client, keys, app, url):
    app.extensions["pressline"].release.subscriptions.allow_private = False
    response = client.post(f"{API}/webhooks", json={"url": url}, headers=keys.header("partner"))
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["errors"]["url"]


# -- deliveries ----------------------------------------------------------------------------------------------


def test_a_publication_is_delivered_signed_with_the_version_the_partner_may_read(
    client, keys, workflow, httpserver, dispatch
):
    receiver = Receiver(httpserver)
    sub = subscribe(client, keys, receiver.url)
    view = workflow.published(audience="partners", topics=["fraud"])
    dispatch()
    [(_, headers, body)] = receiver.requests
    payload = Webhook(sub["secret"]).verify(body, headers)
    assert payload["type"] == "statement.published"
    assert payload["data"]["statement"]["slug"] == view.slug
    assert payload["data"]["statement"]["body"] == view.body
    assert "revision" not in payload["data"]["statement"]


@pytest.mark.parametrize(("audience", "delivered"), [("public", 1), ("partners", 1), ("internal", 0)])
def test_a_subscription_gets_only_what_its_key_may_read(client, keys, workflow, httpserver, dispatch, audience,
                                                        delivered):  # fmt: skip
    receiver = Receiver(httpserver)
    subscribe(client, keys, receiver.url)
    workflow.published(audience=audience)
    dispatch()
    assert len(receiver.requests) == delivered


def test_an_anonymous_grade_key_never_gets_partners_wording(client, keys, workflow, httpserver, dispatch, app):
    receiver = Receiver(httpserver)
    subscribe(client, keys, receiver.url)
    store = app.extensions["pressline"].keys
    store.revoke(str(store.list()[1].id))  # the partner key ("Westshire Council") is revoked
    workflow.published(audience="partners")
    dispatch()
    assert receiver.requests == []


def test_topic_and_kind_filters_choose_what_is_sent(client, keys, workflow, httpserver, dispatch):
    receiver = Receiver(httpserver)
    subscribe(client, keys, receiver.url, topics=["fraud"], kinds=["guidance"])
    workflow.published(topics=["fraud"], kind="press_release")
    workflow.published(topics=["road-safety"], kind="guidance", title="Road safety guidance")
    wanted = workflow.published(topics=["fraud"], kind="guidance", title="Fraud guidance")
    dispatch()
    assert [b["data"]["slug"] for b in receiver.bodies()] == [wanted.slug]


def test_nothing_is_sent_before_publish_at(client, keys, workflow, httpserver, dispatch, clock):
    receiver = Receiver(httpserver)
    subscribe(client, keys, receiver.url)
    workflow.published(publish_at=clock.now + timedelta(hours=1))
    clock.advance(minutes=59, seconds=59)
    dispatch()
    assert receiver.requests == []
    clock.advance(seconds=1)
    dispatch()
    assert len(receiver.requests) == 1


def test_a_withdrawal_carries_the_notice_and_never_the_old_wording(client, keys, workflow, httpserver, dispatch,
                                                                   app):  # fmt: skip
    receiver = Receiver(httpserver)
    sub = subscribe(client, keys, receiver.url)
    view = workflow.published(body="Unique old wording that must not travel.")
    dispatch()
    app.extensions["pressline"].workflow.withdraw(view.slug, view.revision, APPROVER, "Facts changed")
    dispatch()
    _, headers, body = receiver.requests[-1]
    payload = Webhook(sub["secret"]).verify(body, headers)
    assert payload["type"] == "statement.withdrawn"
    assert payload["data"]["withdrawn"]["reason"] == "Facts changed"
    assert "do not use" in payload["data"]["withdrawn"]["notice"]
    assert b"Unique old wording" not in body and "statement" not in payload["data"]


def test_failures_are_retried_with_backoff_and_the_same_webhook_id(client, keys, workflow, httpserver, dispatch,
                                                                   clock):  # fmt: skip
    receiver = Receiver(httpserver, codes=(500, 503, 200))
    sub = subscribe(client, keys, receiver.url)
    workflow.published()
    dispatch()
    clock.advance(seconds=4)
    dispatch()
    assert len(receiver.requests) == 1  # the first retry waits 5 s
    clock.advance(seconds=1)
    dispatch()
    clock.advance(minutes=5)
    dispatch()
    ids = {headers["Webhook-Id"] for _, headers, _ in receiver.requests}
    assert len(receiver.requests) == 3 and len(ids) == 1
    [delivery] = client.get(f"{API}/webhooks/{sub['id']}/deliveries", headers=keys.header("partner")).get_json()[
        "items"
    ]
    assert delivery["status"] == "delivered" and delivery["message_id"] in ids
    assert [a["response_code"] for a in delivery["log"]] == [500, 503, 200]
    assert all(a["latency_ms"] >= 0 for a in delivery["log"])


def test_retries_go_on_for_at_least_a_day(client, keys, workflow, httpserver, dispatch, clock):
    receiver = Receiver(httpserver, codes=(500,))
    sub = subscribe(client, keys, receiver.url)
    workflow.published()
    for _ in range(40):
        dispatch()
        clock.advance(hours=1)
    [delivery] = client.get(f"{API}/webhooks/{sub['id']}/deliveries", headers=keys.header("partner")).get_json()[
        "items"
    ]
    first, last = delivery["log"][0]["at"], delivery["log"][-1]["at"]
    assert delivery["status"] == "failed"
    assert _hours_between(first, last) >= 24


def test_repeated_failures_pause_the_subscription_with_a_reason(client, keys, workflow, httpserver, dispatch,
                                                                clock, app):  # fmt: skip
    receiver = Receiver(httpserver, codes=(500,))
    sub = subscribe(client, keys, receiver.url)
    for n in range(4):
        workflow.published(title=f"Statement {n}")
    for _ in range(12):
        dispatch()
        clock.advance(hours=3)
    body = client.get(f"{API}/webhooks/{sub['id']}", headers=keys.header("partner")).get_json()
    assert body["status"] == "paused"
    assert "failed attempts in a row" in body["status_reason"]
    sent = len(receiver.requests)
    clock.advance(hours=10)
    dispatch()
    assert len(receiver.requests) == sent  # nothing goes to a paused subscription
    receiver.codes = [200]
    resumed = client.post(f"{API}/webhooks/{sub['id']}/resume", headers=keys.header("partner")).get_json()
    assert resumed["status"] == "active"
    dispatch()
    assert len(receiver.requests) > sent


def test_a_410_from_the_receiver_ends_the_subscription(client, keys, workflow, httpserver, dispatch, clock):
    receiver = Receiver(httpserver, codes=(410,))
    sub = subscribe(client, keys, receiver.url)
    workflow.published()
    dispatch()
    body = client.get(f"{API}/webhooks/{sub['id']}", headers=keys.header("partner")).get_json()
    assert body["status"] == "ended" and "410" in body["status_reason"]
    workflow.published(title="Another one")
    clock.advance(hours=1)
    dispatch()
    assert len(receiver.requests) == 1


@pytest.fixture
def threaded_server():
    from pytest_httpserver import HTTPServer

    server = HTTPServer(threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


def test_a_hanging_receiver_delays_nobody_else(client, keys, workflow, threaded_server, dispatch):
    slow = Receiver(threaded_server, "/slow", delay=3)
    fast = Receiver(threaded_server, "/fast")
    subscribe(client, keys, slow.url)
    subscribe(client, keys, fast.url)
    for n in range(3):
        workflow.published(title=f"Statement {n}")
    started = time.time()
    delivering = threading.Thread(target=dispatch)
    delivering.start()
    fast.wait_for(3, timeout=5)
    hanging = len(slow.requests)
    delivering.join(10)  # the slow receiver's attempt times out (2 s here) and is left for a retry
    assert len(fast.requests) == 3
    assert fast.requests[-1][0] - started < 1.0
    assert hanging == 1  # still hanging on the first one while the others were all delivered


# -- the real thing: a dispatcher thread with the real clock -------------------------------------------------


def test_a_scheduled_lift_reaches_the_receiver_within_a_second_of_publish_at(app_config, httpserver, tmp_path):
    from api import create_app
    from tests.api.conftest import make_keys
    from tests.conftest import WorkflowHelper

    app = create_app({**app_config, "CLOCK": utcnow, "RELEASE_DISPATCH": True})
    try:
        client, keys = app.test_client(), make_keys(app)
        receiver = Receiver(httpserver)
        sub = subscribe(client, keys, receiver.url)
        publish_at = utcnow().replace(microsecond=0) + timedelta(seconds=3)
        WorkflowHelper(app.extensions["pressline"]).published(publish_at=publish_at)
        [(arrived, headers, body)] = receiver.wait_for(1, timeout=8)
        assert 0 <= arrived - publish_at.timestamp() < 1.0
        payload = Webhook(sub["secret"]).verify(body, headers)
        assert payload["type"] == "statement.published" and payload["data"]["late_seconds"] < 1
    finally:
        app.extensions["pressline"].release.dispatcher.stop()
        app.extensions["pressline.search"].close()
        app.extensions["pressline"].db.dispose()


def _hours_between(a: str, b: str) -> float:
    from datetime import datetime

    return (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 3600

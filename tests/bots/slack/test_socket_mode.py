"""Slack over Socket Mode, against a local WebSocket server speaking Slack's envelope protocol and a local Web
API (``apps.connections.open`` hands out the WebSocket URL): commands and clicks answered, envelopes
acknowledged, two connections, and reconnection after a ``disconnect`` message or a dropped connection."""

from __future__ import annotations

import json
import re

import pytest
from werkzeug import Response

from tests.bots.slack.conftest import SlackClient, _slack_api, make_app
from tests.bots.slack.socket_server import SocketModeServer

APP_TOKEN = "xapp-1-A0PRESSLINE-1-local"


@pytest.fixture
def socket_server():
    server = SocketModeServer()
    yield server
    server.close()


@pytest.fixture
def socket_api(httpserver, socket_server):
    """The local Web API: ``apps.connections.open`` (with the app token) hands out the local WebSocket URL."""

    def connections_open(request) -> Response:
        if request.headers.get("Authorization") != f"Bearer {APP_TOKEN}":
            return Response(json.dumps({"ok": False, "error": "invalid_auth"}), content_type="application/json")
        return Response(json.dumps({"ok": True, "url": socket_server.url()}), content_type="application/json")

    httpserver.expect_request("/api/apps.connections.open").respond_with_handler(connections_open)
    httpserver.expect_request(re.compile(r"^/api/.*")).respond_with_handler(_slack_api)
    httpserver.expect_request(re.compile(r"^/response/.*")).respond_with_data("ok")
    return httpserver


@pytest.fixture
def socket_app(tmp_path, database_url, clock, services, socket_api, socket_server):
    httpserver = socket_api
    app = make_app(
        tmp_path, database_url, clock, httpserver,
        SLACK_SIGNING_SECRET="", SLACK_APP_TOKEN=APP_TOKEN, SLACK_SOCKET_PING_INTERVAL=0.5, SLACK_SOCKET_RETRY=0.2,
    )  # fmt: skip
    app.extensions["pressline.slack"].socket.start()
    socket_server.wait_connections(2)
    return app


@pytest.fixture
def slack(socket_app, socket_api) -> SlackClient:
    return SlackClient(socket_app, socket_api)


def command_payload(slack: SlackClient, text: str) -> tuple[dict, str]:
    form, path = slack.command_form(text)
    return form, path


def opened(httpserver) -> int:
    return sum(1 for req, _ in httpserver.log if req.path == "/api/apps.connections.open")


def test_two_connections_are_opened_with_the_app_token(slack, socket_server):
    assert len(socket_server.live()) == 2
    assert opened(slack.httpserver) == 2


def test_without_a_signing_secret_http_is_not_mounted_but_socket_mode_serves(slack):
    assert slack.client.post("/slack/events", data="x").status_code == 404


def test_a_slash_command_envelope_is_acknowledged_and_answered(slack, socket_server, flow):
    flow.published(title="Online grooming warning", body="Talk to your children about grooming.")
    payload, path = command_payload(slack, "lines grooming")
    envelope = socket_server.send("slash_commands", payload)
    assert socket_server.wait_ack(envelope) == {"envelope_id": envelope}
    [answer] = slack.wait_for(path)
    assert answer["response_type"] == "ephemeral"
    assert "Talk to your children about grooming." in json.dumps(answer)


def test_a_button_click_envelope_posts_to_the_channel(slack, socket_server, flow):
    flow.published(title="Online grooming warning", body="Talk to your children about grooming.")
    response_url = slack.response_url("socket-click")
    payload = {
        "type": "block_actions", "user": {"id": "U0SHARER"}, "team": {"id": "T0PRESS"},
        "api_app_id": "A0PRESSLINE", "trigger_id": "socket.click.1", "response_url": response_url,
        "channel": {"id": "C0PRESSDESK"}, "container": {"type": "message"},
        "actions": [{"action_id": "press_post", "value": json.dumps({"c": "lines grooming", "o": 0}),
                     "type": "button", "action_ts": "1700000000.1"}],
    }  # fmt: skip
    envelope = socket_server.send("interactive", payload)
    socket_server.wait_ack(envelope)
    [posted] = slack.wait_for("/response/socket-click")
    assert posted["response_type"] == "in_channel"
    assert "Shared by <@U0SHARER>" in json.dumps(posted)


def test_a_retried_envelope_is_answered_once(slack, socket_server):
    payload, path = command_payload(slack, "help")
    socket_server.wait_ack(socket_server.send("slash_commands", payload))
    slack.wait_for(path)
    retry = socket_server.send("slash_commands", payload, retry_attempt=1, retry_reason="timeout")
    socket_server.wait_ack(retry)
    slack.settle()
    assert len(slack.received(path)) == 1


def test_a_malformed_envelope_is_acknowledged_and_the_connection_keeps_serving(slack, socket_server):
    bad = socket_server.send("interactive", ["not", "an", "object"])
    socket_server.wait_ack(bad)
    payload, path = command_payload(slack, "help")
    socket_server.wait_ack(socket_server.send("slash_commands", payload))
    slack.wait_for(path)


def test_a_disconnect_message_is_followed_by_a_fresh_connection(slack, socket_server):
    before = socket_server.opened
    socket_server.disconnect_all()
    deadline_opened = before + 2
    _wait(lambda: socket_server.opened >= deadline_opened and len(socket_server.live()) == 2)
    payload, path = command_payload(slack, "help")
    socket_server.wait_ack(socket_server.send("slash_commands", payload))
    slack.wait_for(path)


def test_a_dropped_connection_is_reconnected(slack, socket_server):
    before = socket_server.opened
    socket_server.drop_all()
    _wait(lambda: socket_server.opened >= before + 2 and len(socket_server.live()) == 2, timeout=30)
    assert opened(slack.httpserver) >= 4  # a new URL was asked for each reconnection
    payload, path = command_payload(slack, "help")
    socket_server.wait_ack(socket_server.send("slash_commands", payload))
    slack.wait_for(path)


def test_only_one_app_per_node_connects(tmp_path, database_url, clock, services, socket_api, socket_server):
    """Two app instances with one data directory stand in for two workers: the node's lock lets one connect."""
    httpserver = socket_api
    settings = dict(SLACK_APP_TOKEN=APP_TOKEN, SLACK_SOCKET_PING_INTERVAL=0.5, SLACK_SOCKET_RETRY=0.2,
                    DATA_DIR=tmp_path / "node")  # fmt: skip
    first = make_app(tmp_path, database_url, clock, httpserver, **settings)
    second = make_app(tmp_path, database_url, clock, httpserver, **settings)
    runners = [app.extensions["pressline.slack"].socket for app in (first, second)]
    for runner in runners:
        runner.start()
    socket_server.wait_connections(2)
    _wait(lambda: any(r.holds_lock for r in runners))
    assert [r.holds_lock for r in runners].count(True) == 1
    assert len(socket_server.live()) == 2
    holder = next(r for r in runners if r.holds_lock)
    holder.close()  # the worker holding the connections goes away: the other takes over
    other = next(r for r in runners if r is not holder)
    _wait(lambda: other.holds_lock and len(socket_server.live()) == 2, timeout=30)


def _wait(condition, timeout: float = 20.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def test_a_modal_submission_envelope_is_answered_in_its_acknowledgement(slack, socket_server):
    payload = {
        "type": "view_submission", "user": {"id": "U0OFFICER"}, "team": {"id": "T0PRESS"},
        "api_app_id": "A0PRESSLINE", "trigger_id": "socket.view.1",
        "view": {"id": "V0PICK", "type": "modal", "callback_id": "find_lines_pick", "private_metadata": "{}",
                 "state": {"values": {}}},
    }  # fmt: skip
    ack = socket_server.wait_ack(socket_server.send("interactive", payload))
    assert ack["payload"] == {"response_action": "errors", "errors": {"pick": "Choose the wording to post."}}


def test_notices_are_posted_with_socket_mode_alone(slack, socket_server, flow):
    flow.published(title="Courier fraud warning", body="Never hand your card to a courier.")
    posted = slack.wait_for("/api/chat.postMessage", count=2)[-1]
    assert posted["text"].startswith("Published: Courier fraud warning")

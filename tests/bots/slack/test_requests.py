"""Who gets in: Slack's signature, its five-minute window, and nothing mounted without a signing secret."""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

from tests.bots.slack.conftest import make_app, signed_headers


def test_a_signed_command_is_acknowledged_at_once(slack):
    response, _ = slack.command("help")
    assert response.status_code == 200
    assert response.get_data() == b""  # the answer comes through response_url


def test_a_forged_signature_gets_401_and_runs_nothing(slack):
    response, path = slack.command("lines grooming", secret="not-the-secret")
    assert response.status_code == 401
    assert response.get_json() == {"error": "invalid request"}
    slack.settle()
    assert slack.received(path) == []


def test_a_body_altered_after_signing_gets_401(slack):
    body = urlencode(
        {"command": "/press", "text": "help", "response_url": slack.response_url("x"), "trigger_id": "1.2"}
    )
    headers = signed_headers(body)
    response = slack.client.post(
        "/slack/events",
        data=body.replace("help", "latest"),
        headers=headers,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 401
    slack.settle()
    assert slack.received("/response/x") == []


def test_a_request_older_than_five_minutes_gets_401(slack):
    response, path = slack.command("help", timestamp=int(time.time()) - 301)
    assert response.status_code == 401
    slack.settle()
    assert slack.received(path) == []


def test_a_forged_button_click_gets_401(slack):
    response, path = slack.click("press_post", json.dumps({"c": "latest", "o": 0}), secret="forged")
    assert response.status_code == 401
    slack.settle()
    assert slack.received(path) == []


def test_no_call_to_slack_at_start_up_or_on_a_command(slack):
    slack.answer("help")
    slack.settle()
    assert [req.path for req, _ in slack.httpserver.log if req.path.startswith("/api/")] == []


def test_without_a_signing_secret_slack_is_not_mounted(tmp_path, database_url, clock, services, slack_api):
    app = make_app(tmp_path, database_url, clock, slack_api, SLACK_SIGNING_SECRET="")
    response = app.test_client().post("/slack/events", data="command=/press&text=help")
    assert response.status_code == 404
    assert "pressline.slack" not in app.extensions

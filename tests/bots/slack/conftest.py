"""The Slack face under test: the real app on the test database, requests form-encoded and signed exactly as
Slack sends them, and a local HTTP server standing in for both the Web API and ``response_url``."""

from __future__ import annotations

import itertools
import json
import re
import time
from urllib.parse import urlencode

import pytest
from slack_sdk.signature import SignatureVerifier
from werkzeug import Response

from api.app import create_app
from tests.conftest import WorkflowHelper, deliver_releases, stop_releases

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TOKEN = "xoxb-test-token"
CHANNEL = "C0NOTICES"
_ids = itertools.count(1)


def signed_headers(body: str, secret: str = SECRET, timestamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature}


class SlackClient:
    """Sends what Slack sends: slash commands as form fields, interactions as a form field ``payload``."""

    def __init__(self, app, httpserver) -> None:
        self.app = app
        self.client = app.test_client()
        self.httpserver = httpserver

    @property
    def face(self):
        return self.app.extensions["pressline.slack"]

    def response_url(self, name: str) -> str:
        return self.httpserver.url_for(f"/response/{name}")

    def post(self, body: str, headers: dict[str, str] | None = None, **sign):
        headers = {**signed_headers(body, **sign), **(headers or {})}
        return self.client.post(
            "/slack/events", data=body, headers=headers, content_type="application/x-www-form-urlencoded"
        )

    def command_form(self, text: str, *, user: str = "U0PRESS", trigger: str | None = None) -> tuple[dict, str]:
        """The form fields of a slash command, and the path its response_url points at."""
        n = next(_ids)
        form = {
            "token": "legacy-verification-token",
            "team_id": "T0PRESS",
            "team_domain": "westshire-press",
            "channel_id": "C0PRESSDESK",
            "channel_name": "press-desk",
            "user_id": user,
            "user_name": "pat.press",
            "command": "/press",
            "text": text,
            "api_app_id": "A0PRESSLINE",
            "is_enterprise_install": "false",
            "response_url": self.response_url(f"cmd-{n}"),
            "trigger_id": trigger or f"{n}.1111.abcdef{n}",
        }
        return form, f"/response/cmd-{n}"

    def command(self, text: str, *, user: str = "U0PRESS", trigger: str | None = None, headers=None, **sign):
        form, path = self.command_form(text, user=user, trigger=trigger)
        return self.post(urlencode(form), headers, **sign), path

    def click(self, action_id: str, value: str, *, user: str = "U0PRESS", message: dict | None = None, **sign):
        n = next(_ids)
        payload = {
            "type": "block_actions",
            "user": {"id": user, "username": "pat.press", "name": "pat.press", "team_id": "T0PRESS"},
            "api_app_id": "A0PRESSLINE",
            "token": "legacy-verification-token",
            "container": {"type": "message", "message_ts": "1700000000.000100", "channel_id": "C0PRESSDESK"},
            "trigger_id": f"{n}.2222.fedcba{n}",
            "team": {"id": "T0PRESS", "domain": "westshire-press"},
            "enterprise": None,
            "is_enterprise_install": False,
            "channel": {"id": "C0PRESSDESK", "name": "press-desk"},
            "message": message or {"type": "message", "ts": "1700000000.000100", "text": "", "blocks": []},
            "state": {"values": {}},
            "response_url": self.response_url(f"click-{n}"),
            "actions": [
                {
                    "action_id": action_id,
                    "block_id": "b1",
                    "text": {"type": "plain_text", "text": "Button"},
                    "value": value,
                    "type": "button",
                    "action_ts": f"1700000000.{n:06d}",
                }
            ],
        }
        response = self.post(urlencode({"payload": json.dumps(payload)}), **sign)
        return response, f"/response/click-{n}"

    def event(self, event: dict, *, event_id: str | None = None):
        """An Events API callback, as JSON."""
        body = {
            "token": "legacy-verification-token", "team_id": "T0PRESS", "api_app_id": "A0PRESSLINE",
            "event": event, "type": "event_callback", "event_id": event_id or f"Ev{next(_ids):08d}",
            "event_time": 1700000000, "authorizations": [{"team_id": "T0PRESS", "user_id": "U0BOT", "is_bot": True}],
        }  # fmt: skip
        raw = json.dumps(body)
        headers = signed_headers(raw)
        return self.client.post("/slack/events", data=raw, headers=headers, content_type="application/json")

    def message_shortcut(self, callback_id: str, message: dict, *, user: str = "U0PRESS", channel: str = "C0PRESSDESK"):
        n = next(_ids)
        payload = {
            "type": "message_action", "callback_id": callback_id, "trigger_id": f"{n}.4444.cdcd{n}",
            "user": {"id": user, "username": "pat.press", "team_id": "T0PRESS"}, "team": {"id": "T0PRESS"},
            "channel": {"id": channel, "name": "press-desk"}, "message": message, "message_ts": message.get("ts"),
            "response_url": self.response_url(f"shortcut-{n}"), "api_app_id": "A0PRESSLINE",
            "is_enterprise_install": False, "enterprise": None, "token": "legacy-verification-token",
        }  # fmt: skip
        return self.post(urlencode({"payload": json.dumps(payload)}))

    def submit_view(self, callback_id: str, metadata: str, values: dict, *, user: str = "U0PRESS"):
        n = next(_ids)
        payload = {
            "type": "view_submission",
            "team": {"id": "T0PRESS", "domain": "westshire-press"},
            "user": {"id": user, "username": "pat.press", "name": "pat.press", "team_id": "T0PRESS"},
            "api_app_id": "A0PRESSLINE",
            "token": "legacy-verification-token",
            "trigger_id": f"{n}.3333.abab{n}",
            "view": {
                "id": f"V0{n}",
                "team_id": "T0PRESS",
                "type": "modal",
                "callback_id": callback_id,
                "private_metadata": metadata,
                "state": {"values": values},
                "hash": "1700000000.abc",
            },
            "response_urls": [],
            "is_enterprise_install": False,
            "enterprise": None,
        }
        return self.post(urlencode({"payload": json.dumps(payload)}))

    # -- what reached the stand-in server --------------------------------------------------------------------

    def received(self, path: str) -> list[dict]:
        out = []
        for req, _ in self.httpserver.log:
            if req.path == path:
                body = req.get_data(as_text=True)
                out.append(json.loads(body) if req.mimetype == "application/json" else dict(req.form))
        return out

    def wait_for(self, path: str, count: int = 1, timeout: float = 5.0) -> list[dict]:
        """Poll the server log until ``count`` requests reached ``path`` (running due release events first:
        going live and withdrawals are announced from the outbox)."""
        deliver_releases(self.app)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.received(path)
            if len(found) >= count:
                return found
            time.sleep(0.005)
        raise AssertionError(f"{path}: {len(self.received(path))} requests after {timeout}s, wanted {count}")

    def settle(self) -> None:
        """Wait until every lazy listener and queued notice has run (for asserting that nothing else came)."""
        assert self.face.pool.wait_idle(5)
        assert self.app.extensions["pressline.notices"].wait(5)

    def answer(self, text: str, **kw) -> dict:
        response, path = self.command(text, **kw)
        assert response.status_code == 200
        return self.wait_for(path)[0]


def _slack_api(request) -> Response:
    method = request.path.rsplit("/", 1)[-1]
    body = {"ok": True}
    if method == "chat.postMessage":
        body.update(channel=CHANNEL, ts=f"1700000001.{next(_ids):06d}", message={"text": "", "blocks": []})
    if method in ("views.open", "views.update"):
        body.update(view={"id": "V0SEARCH", "hash": "1700000000.hash"})
    return Response(json.dumps(body), status=200, content_type="application/json")


@pytest.fixture
def slack_api(httpserver):
    httpserver.expect_request(re.compile(r"^/api/.*")).respond_with_handler(_slack_api)
    httpserver.expect_request(re.compile(r"^/response/.*")).respond_with_data("ok")
    return httpserver


def make_app(tmp_path, database_url, clock, httpserver, **settings):
    config = {
        "DATA_DIR": tmp_path / "data",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test",
        "CLOCK": clock,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_NOTIFY_CHANNEL": CHANNEL,
        "SLACK_API_URL": httpserver.url_for("/api/"),
    }
    config.update(settings)
    app = create_app(config)
    app.extensions["pressline.notices"].backoff = 0.01  # retries in tests: fast, but still retries
    _opened.append(app)
    return app


_opened: list = []


@pytest.fixture(autouse=True)
def _close_apps():
    """Every app a test made is shut after it: background work finished, index closed, connections returned
    (on PostgreSQL a connection left to the garbage collector is a ResourceWarning in some later test)."""
    yield
    while _opened:
        app = _opened.pop()
        app.extensions["pressline.notices"].wait(5)
        face = app.extensions.get("pressline.slack")
        if face is not None:
            if face.socket is not None:
                face.socket.close()
            face.pool.wait_idle(5)
        stop_releases(app)
        app.extensions["pressline.search"].close()
        app.extensions["pressline"].db.dispose()


@pytest.fixture
def app(tmp_path, database_url, clock, services, slack_api):
    """``services`` has migrated and seeded the database the app opens."""
    return make_app(tmp_path, database_url, clock, slack_api)


@pytest.fixture
def slack(app, slack_api) -> SlackClient:
    return SlackClient(app, slack_api)


@pytest.fixture
def flow(app) -> WorkflowHelper:
    """The workflow helper on the app's own services, so its writes reach the index and the notices."""
    return WorkflowHelper(app.extensions["pressline"])

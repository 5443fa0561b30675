"""The Teams face under test: a real app on the test database, requests signed exactly as Teams signs them,
and a local HTTP server standing in for the Workflows webhook."""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass

import pytest

from api.app import create_app
from bots.teams.signature import sign
from tests.conftest import stop_releases

TOKEN = base64.b64encode(b"pressline-teams-outgoing-webhook").decode()


@dataclass
class Reply:
    status: int
    json: dict | None
    text: str


class TeamsClient:
    """Posts activities to /teams/messages the way Teams does: HMAC of the exact bytes sent."""

    def __init__(self, app, token: str = TOKEN) -> None:
        self.app = app
        self.client = app.test_client()
        self.key = base64.b64decode(token)

    def activity(self, text: str, activity_id: str | None = None) -> dict:
        return {
            "type": "message",
            "id": activity_id or uuid.uuid4().hex,
            "timestamp": "2026-06-01T09:00:00.000Z",
            "serviceUrl": "https://smba.trafficmanager.net/uk/",
            "channelId": "msteams",
            "from": {"id": "29:1abc", "name": "Pat Press", "aadObjectId": "00000000-0000-0000-0000-000000000001"},
            "conversation": {"isGroup": True, "id": "19:press@thread.skype;messageid=1", "name": None},
            "textFormat": "plain",
            "text": f"<at>Pressline</at> {text}",
            "attachments": [{"contentType": "text/html", "content": f"<div><span>Pressline</span> {text}</div>"}],
            "entities": [{"type": "clientInfo", "locale": "en-GB"}],
            "channelData": {"teamsChannelId": "19:press@thread.skype", "teamsTeamId": "19:team@thread.skype"},
        }

    def post(self, body: bytes, authorization: str | None) -> Reply:
        headers = {"Content-Type": "application/json"}
        if authorization is not None:
            headers["Authorization"] = authorization
        self.app.extensions["pressline.search"].sync()  # the app's index catches up with fixture writes
        response = self.client.post("/teams/messages", data=body, headers=headers)
        return Reply(response.status_code, response.get_json(silent=True), response.get_data(as_text=True))

    def send(self, activity: dict) -> Reply:
        body = json.dumps(activity).encode()
        return self.post(body, sign(self.key, body))

    def ask(self, text: str, activity_id: str | None = None) -> Reply:
        return self.send(self.activity(text, activity_id))


def make_app(tmp_path, database_url, clock, **settings):
    config = {
        "DATA_DIR": tmp_path / "data",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test",
        "CLOCK": clock,
        "TEAMS_OUTGOING_WEBHOOK_SECRET": TOKEN,
    }
    config.update(settings)
    return create_app(config)


@pytest.fixture
def app(tmp_path, database_url, clock, services, httpserver):
    """``services`` has migrated and seeded the database the app opens."""
    app = make_app(tmp_path, database_url, clock, TEAMS_NOTIFY_WEBHOOK_URL=httpserver.url_for("/hook"))
    yield app
    stop_releases(app)
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()


@pytest.fixture
def teams(app) -> TeamsClient:
    return TeamsClient(app)

"""POST /teams/messages runs nothing unless the body is signed with this webhook's decoded security token."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest

from bots.teams.signature import sign

from .conftest import TOKEN, TeamsClient, make_app


def test_a_signed_request_gets_an_answer(teams):
    reply = teams.ask("help")
    assert reply.status == 200
    assert reply.json["type"] == "message"


def forged(teams: TeamsClient, body: bytes) -> dict[str, tuple[bytes, str | None]]:
    other_key = base64.b64decode(base64.b64encode(b"some-other-webhook-token-32bytes"))
    undecoded = "HMAC " + base64.b64encode(hmac.new(TOKEN.encode(), body, hashlib.sha256).digest()).decode()
    return {
        "wrong key": (body, sign(other_key, body)),
        "missing header": (body, None),
        "altered after signing": (body.replace(b"help", b"hel p"), sign(teams.key, body)),
        "key used without base64 decoding": (body, undecoded),
        "bearer scheme": (body, "Bearer " + sign(teams.key, body)[5:]),
        "empty header": (body, ""),
    }


@pytest.mark.parametrize(
    "case",
    [
        "wrong key",
        "missing header",
        "altered after signing",
        "key used without base64 decoding",
        "bearer scheme",
        "empty header",
    ],
)
def test_forged_requests_get_401_and_run_nothing(app, teams, case):
    """Nothing is answered or remembered: the genuine request with the same activity id is answered afresh
    (the unit tests in test_dedupe_and_deadline show the answerer is never called)."""
    activity = teams.activity("help", activity_id="forged-1")
    body = json.dumps(activity).encode()
    payload, header = forged(teams, body)[case]
    reply = teams.post(payload, header)
    assert reply.status == 401
    assert reply.json == {"error": "The request is not signed with this webhook's security token."}
    assert len(app.extensions["pressline.teams"].cache) == 0
    assert teams.send(activity).json["text"] == "Pressline: approved wording on demand."


def test_a_signed_body_that_is_not_json_is_a_400(teams):
    body = b"not json"
    assert teams.post(body, sign(teams.key, body)).status == 400


def test_an_oversized_body_is_refused_before_anything_else(teams):
    body = b"{" + b" " * 300_000 + b"}"
    assert teams.post(body, sign(teams.key, body)).status == 413


@pytest.mark.parametrize("secret", [None, "", "not base64 at all!"])
def test_without_a_usable_secret_the_endpoint_is_404(tmp_path, database_url, clock, services, secret):
    app = make_app(tmp_path, database_url, clock, TEAMS_OUTGOING_WEBHOOK_SECRET=secret)
    body = json.dumps({"type": "message", "id": "1", "text": "help"}).encode()
    response = app.test_client().post("/teams/messages", data=body, headers={"Authorization": sign(b"", body)})
    assert response.status_code == 404
    app.extensions["pressline"].db.dispose()

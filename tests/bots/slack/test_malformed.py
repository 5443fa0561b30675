"""Bad input at the door: any malformed signature header is a 401 like a forged one, a correctly signed body
Slack would never send is a 400; never a 500, and nothing runs."""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

import pytest
from slack_sdk.signature import SignatureVerifier

from tests.bots.slack.conftest import SECRET


def _now() -> int:
    return int(time.time())


# The current time written wrongly is read when the test runs (a time taken at collection could be stale by then,
# and would name the test differently in each pytest-xdist worker, which xdist refuses).
@pytest.mark.parametrize(
    "timestamp",
    ["", "abc", "1.5", pytest.param(lambda: f"{_now()}.0", id="now.0"), "0x10",
     pytest.param(lambda: hex(_now()), id="hex(now)"), "9" * 5000, "-1", " 1", "١٢٣"],
)  # fmt: skip
def test_a_malformed_timestamp_is_a_401(slack, timestamp):
    if callable(timestamp):
        timestamp = timestamp()
    body = urlencode({"command": "/press", "text": "help", "response_url": slack.response_url("ts"), "trigger_id": "t"})
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=timestamp, body=body)
    response = slack.client.post(
        "/slack/events",
        data=body,
        headers={"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": signature},
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 401
    assert response.get_json() == {"error": "invalid request"}
    slack.settle()
    assert slack.received("/response/ts") == []


@pytest.mark.parametrize("signature", ["", "v0=", "v1=" + "0" * 64, "v0=" + "é" * 64, "v0=" + "G" * 64, None])
def test_a_malformed_signature_is_a_401(slack, signature):
    headers = {"X-Slack-Request-Timestamp": str(int(time.time()))}
    if signature is not None:
        headers["X-Slack-Signature"] = signature
    response = slack.client.post(
        "/slack/events",
        data="command=/press&text=help",
        headers=headers,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 401


MALFORMED = {
    "payload not JSON": urlencode({"payload": "{not json"}),
    "payload a list": urlencode({"payload": "[1, 2]"}),
    "payload a number": urlencode({"payload": "7"}),
    "payload a string": urlencode({"payload": json.dumps("block_actions")}),
    "user a string": urlencode({"payload": json.dumps({"type": "block_actions", "user": "U1", "actions": []})}),
    "actions not a list": urlencode({"payload": json.dumps({"type": "block_actions", "actions": {"a": 1}})}),
    "actions of strings": urlencode({"payload": json.dumps({"type": "block_actions", "actions": ["x"]})}),
    "view a string": urlencode({"payload": json.dumps({"type": "view_submission", "view": "x"})}),
    "JSON body not JSON": "{broken",
    "deeply nested": urlencode({"payload": "[" * 100_000 + "]" * 100_000}),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_signed_malformed_payload_is_a_400(slack, case):
    response = slack.post(MALFORMED[case])
    assert response.status_code == 400
    assert response.get_json() == {"error": "malformed request"}


def test_a_signed_view_submission_with_odd_state_is_answered_not_a_500(slack):
    response = slack.submit_view("approval_reject_reason", "not json", {"reason": "not an object"})
    assert response.status_code == 200
    assert json.loads(response.get_data())["response_action"] == "errors"


def test_a_signed_click_with_an_unknown_action_is_not_a_500(slack):
    response, _ = slack.click("no_such_action", "x")
    assert response.status_code in (200, 404)

"""What ``POST /slack/events`` checks before slack-bolt sees a request: header shapes, the signature, the body.

Bolt itself turns some bad input into a 500 with a traceback: a timestamp header that is not an integer
(``int("1.5")`` raises), a signature with non-ASCII characters (``hmac.compare_digest`` raises), or a correctly
signed body whose ``payload`` is not a JSON object. Here any malformed signature header is a 401, like a forged
one, and a signed body Slack would never send is a 400; what passes is then dispatched to Bolt as before.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from urllib.parse import parse_qsl

from slack_sdk.signature import SignatureVerifier

_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")

#: fields Bolt reads without checking their type: each, where present, must be an object (or a list of them)
_OBJECTS = ("user", "team", "channel", "container", "message", "view", "event", "state", "enterprise")
_LISTS = ("actions", "authorizations")

UNAUTHORIZED = 401, {"error": "invalid request"}
MALFORMED = 400, {"error": "malformed request"}


class Gate:
    def __init__(self, signing_secret: str) -> None:
        self.verifier = SignatureVerifier(signing_secret)

    def refuse(self, body: str, headers: Mapping[str, str]) -> tuple[int, dict] | None:
        """``(status, JSON)`` to answer instead of dispatching, or None when Bolt may have the request."""
        timestamp = headers.get("X-Slack-Request-Timestamp") or ""
        signature = headers.get("X-Slack-Signature") or ""
        if not _TIMESTAMP.fullmatch(timestamp) or not _SIGNATURE.fullmatch(signature):
            return UNAUTHORIZED
        if not self.verifier.is_valid(body, timestamp, signature):
            return UNAUTHORIZED
        return None if well_formed(body, headers.get("Content-Type")) else MALFORMED


def well_formed(body: str, content_type: str | None) -> bool:
    """True when the body parses the way Bolt will parse it, into a payload of the shape Slack sends."""
    if not body:
        return True
    try:
        if (content_type or "").split(";")[0].strip() == "application/json" or body.startswith("{"):
            payload = json.loads(body)
        elif "payload" in body:
            raw = dict(parse_qsl(body, keep_blank_values=True)).get("payload")
            if raw is None:
                return True
            payload = json.loads(raw)
        else:
            return True  # a slash command: form fields, all strings
    except (ValueError, RecursionError):
        return False
    return shaped(payload)


def shaped(payload: object) -> bool:
    """True when ``payload`` is an object whose commonly read fields have the types Slack sends."""
    if not isinstance(payload, dict):
        return False
    for name in _OBJECTS:
        if payload.get(name) is not None and not isinstance(payload[name], dict):
            return False
    for name in _LISTS:
        value = payload.get(name)
        if value is not None and not (isinstance(value, list) and all(isinstance(v, dict) for v in value)):
            return False
    return True

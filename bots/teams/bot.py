"""``POST /teams/bot``: the Teams app's Bot Framework endpoint, without Flask (``handle(body, header)``).

Order: the bearer token is verified before the body is parsed; then the token is checked against the
activity (service URL, channel endorsement); then the activity is answered. Only the message extension's
``composeExtension/query`` and ``composeExtension/selectItem`` invokes do anything; other activities (the app
being installed, a message in a personal chat) are acknowledged with an empty 200, as the Bot Framework expects.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from bots.chat import ChatCore

from .botauth import BotAuth, Refused
from .extension import QUERY, SELECT, answer_query, answer_select

log = logging.getLogger(__name__)

MAX_BODY = 256 * 1024
UNAUTHORIZED = 401, {"error": "Unauthorized."}

Json = dict[str, Any]


class BotEndpoint:
    def __init__(self, auth: BotAuth, core: ChatCore) -> None:
        self.auth = auth
        self.core = core

    def handle(self, body: bytes, authorization: str | None) -> tuple[int, Json]:
        if len(body) > MAX_BODY:
            return 413, {"error": "Request too large."}
        try:
            claims = self.auth.claims(authorization)
        except Refused as exc:
            log.warning("Teams bot request refused: %s", exc)
            return UNAUTHORIZED
        try:
            activity = json.loads(body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return 400, {"error": "The body is not JSON."}
        if not isinstance(activity, dict):
            return 400, {"error": "The body is not a Bot Framework activity."}
        try:
            self.auth.check_activity(claims, activity)
        except Refused as exc:
            log.warning("Teams bot request refused: %s", exc)
            return UNAUTHORIZED
        answerers = {QUERY: answer_query, SELECT: answer_select}
        answerer = answerers.get(str(activity.get("name"))) if activity.get("type") == "invoke" else None
        if answerer is not None:
            try:
                return 200, answerer(self.core, activity.get("value"))
            except Exception:
                log.exception("answering a Teams search failed")
                return 200, {"composeExtension": {"type": "message", "text": "Search failed; try again shortly."}}
        return 200, {}

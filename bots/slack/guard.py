"""At most once per Slack interaction: retries (``X-Slack-Retry-Num``) and replays never run a handler twice.

Every slash command and interaction carries a ``trigger_id`` unique to that click or command (events carry an
``event_id``, Socket Mode envelopes an ``envelope_id`` and a ``retry_attempt``). The first request with a key
runs; any later one with the same key is acknowledged and dropped. A retry whose reason is ``http_timeout`` is
dropped even if its key is new here: the first attempt reached a server and is being answered, only slowly.

The memory is shared by every worker of a node (:class:`statements.ReplayMemory`, the database; or Redis when
``PRESSLINE_CHAT_MEMORY_URL`` says so, see :mod:`bots.chat.memory`), so a retry landing on another worker than
the first attempt is still dropped. If the memory cannot be reached the request is answered (a possible
duplicate answer is better than none).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol

from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

from statements.errors import Unavailable

log = logging.getLogger(__name__)


class Memory(Protocol):
    def first_time(self, key: str) -> bool: ...


class RetryGuard:
    def __init__(self, memory: Memory) -> None:
        self.memory = memory
        self._lock = threading.Lock()
        self.dropped = 0

    def first_time(self, key: str) -> bool:
        try:
            return self.memory.first_time(key)
        except Unavailable:
            log.warning("replay memory unavailable: answering %s without checking it", key)
            return True

    def __call__(self, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse:
        key = interaction_key(req.body)
        retry = _header(req, "x-slack-retry-num")
        fresh = self.first_time(key) if key else True
        if not fresh or (retry and _header(req, "x-slack-retry-reason") == "http_timeout"):
            with self._lock:
                self.dropped += 1
            return BoltResponse(status=200, body="")
        return next()


def interaction_key(body: dict) -> str | None:
    if body.get("event_id"):
        return f"event:{body['event_id']}"
    if body.get("trigger_id"):
        return f"trigger:{body['trigger_id']}"
    actions = body.get("actions") or []
    user = (body.get("user") or {}).get("id")
    if actions and user:
        return f"action:{user}:{actions[0].get('action_ts')}"
    return None


def _header(req: BoltRequest, name: str) -> str | None:
    values = req.headers.get(name) or []
    return values[0] if values else None

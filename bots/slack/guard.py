"""At most once per Slack interaction: retries (``X-Slack-Retry-Num``) and replays never run a handler twice.

Every slash command and interaction carries a ``trigger_id`` unique to that click or command (events carry an
``event_id``). The first request with a key runs; any later one with the same key is acknowledged and dropped.
A retry whose key this process has not seen but whose reason is ``http_timeout`` is dropped too: the first
attempt reached a server and is being answered, only slowly (it may have landed on another worker process).
The memory is per process and bounded (``size`` keys for ``ttl`` seconds): enough for Slack's retry window.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse


class RetryGuard:
    def __init__(self, ttl: float = 900.0, size: int = 50_000, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.size = size
        self.clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()
        self.dropped = 0

    def first_time(self, key: str) -> bool:
        """Remember ``key``; True unless it was already seen within ``ttl``."""
        now = self.clock()
        with self._lock:
            while self._seen and (len(self._seen) >= self.size or next(iter(self._seen.values())) < now - self.ttl):
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            self._seen[key] = now
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

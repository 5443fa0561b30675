"""Where the chat faces remember which interactions they have answered: the database by default, Redis when
``PRESSLINE_CHAT_MEMORY_URL`` is a ``redis://`` URL. Either way every worker of a node (and every node sharing
the database or Redis) sees the same memory, so a Slack retry is answered once."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from statements import ReplayMemory, Services
from statements.errors import Unavailable

TTL = 900  # seconds: Slack retries within minutes; replays older than the 5-minute signature window fail anyway


class RedisReplayMemory:
    """``SET key 1 NX EX ttl``: exactly one caller sets a key; it expires by itself."""

    def __init__(self, url: str, ttl: int = TTL, prefix: str = "pressline:chat:") -> None:
        import redis

        self.redis = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self.ttl = ttl
        self.prefix = prefix
        self._errors: tuple[type[Exception], ...] = (redis.RedisError,)

    def first_time(self, key: str) -> bool:
        try:
            return bool(self.redis.set(self.prefix + key, b"1", nx=True, ex=self.ttl))
        except self._errors as exc:
            raise Unavailable() from exc

    def close(self) -> None:
        self.redis.close()


def open_memory(settings: Mapping[str, Any], services: Services) -> ReplayMemory | RedisReplayMemory:
    url = str(settings.get("CHAT_MEMORY_URL") or "")
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisReplayMemory(url)
    return ReplayMemory(services.db, services.clock, ttl=TTL)

"""A small TTL cache of replies by activity id: a repeated delivery gets the same reply, not a second run.

Outgoing webhooks carry no timestamp, so a captured request verifies forever; remembering what we answered
makes a replay (or a Teams retry) cheap and side-effect free. The cache is per process: on several nodes a
repeat that lands elsewhere is answered again, which is harmless because answering only reads.

The expiry and the size bound are cachetools' ``TTLCache`` (least recently used goes first when full); all
this module adds is the lock, since cachetools caches are not thread-safe and the webhook answers on threads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from cachetools import TTLCache


class ReplyCache:
    def __init__(self, ttl: float = 600.0, size: int = 2048, clock: Callable[[], float] = time.monotonic) -> None:
        self._items: TTLCache[str, Any] = TTLCache(size, ttl, timer=clock)
        self._lock = threading.Lock()

    def get(self, key: str) -> Any | None:
        with self._lock:
            return self._items.get(key)

    def put(self, key: str, reply: Any) -> None:
        with self._lock:
            self._items[key] = reply

    def __len__(self) -> int:
        with self._lock:
            self._items.expire()
            return len(self._items)

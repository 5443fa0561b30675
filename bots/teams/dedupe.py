"""A small TTL cache of replies by activity id: a repeated delivery gets the same reply, not a second run.

Outgoing webhooks carry no timestamp, so a captured request verifies forever; remembering what we answered
makes a replay (or a Teams retry) cheap and side-effect free. The cache is per process: on several nodes a
repeat that lands elsewhere is answered again, which is harmless because answering only reads.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any


class ReplyCache:
    def __init__(self, ttl: float = 600.0, size: int = 2048, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.size = size
        self.clock = clock
        self._items: OrderedDict[str, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Any | None:
        now = self.clock()
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            if item[0] <= now:
                del self._items[key]
                return None
            return item[1]

    def put(self, key: str, reply: Any) -> None:
        now = self.clock()
        with self._lock:
            self._items[key] = (now + self.ttl, reply)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
            while self._items:
                oldest = next(iter(self._items.values()))
                if oldest[0] > now:
                    break
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)

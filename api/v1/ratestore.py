"""A per-process rate-limit store for flask-limiter's fixed-window strategy, without a timer thread.

``limits``' own ``memory://`` storage starts a 10 ms ``threading.Timer`` on nearly every hit to expire
counters, which costs more than the rest of a cached read. Here counters expire lazily when read, and an
occasional sweep drops dead keys. ``PRESSLINE_RATELIMIT_STORAGE_URL=memory://`` (the default) selects it;
``redis://...`` shares counters between workers and nodes.
"""

from __future__ import annotations

import threading
import time

from limits.storage import Storage

SCHEME = "pressline-memory"
SWEEP_EVERY = 10_000  # keys


class ProcessMemoryStorage(Storage):
    STORAGE_SCHEME = [SCHEME]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options: object) -> None:
        super().__init__(uri, wrap_exceptions=wrap_exceptions)
        self._counters: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    @property
    def base_exceptions(self) -> type[Exception]:
        return ValueError

    def incr(self, key: str, expiry: float, amount: int = 1) -> int:
        now = time.time()
        with self._lock:
            count, expires = self._counters.get(key, (0, 0.0))
            if expires <= now:
                count, expires = 0, now + expiry
                if len(self._counters) >= SWEEP_EVERY:
                    self._sweep(now)
            count += amount
            self._counters[key] = (count, expires)
            return count

    def get(self, key: str) -> int:
        count, expires = self._counters.get(key, (0, 0.0))
        return count if expires > time.time() else 0

    def get_expiry(self, key: str) -> float:
        now = time.time()
        _, expires = self._counters.get(key, (0, now))
        return max(expires, now)

    def check(self) -> bool:
        return True

    def reset(self) -> int | None:
        with self._lock:
            removed = len(self._counters)
            self._counters.clear()
        return removed

    def clear(self, key: str) -> None:
        with self._lock:
            self._counters.pop(key, None)

    def _sweep(self, now: float) -> None:
        for key in [k for k, (_, expires) in self._counters.items() if expires <= now]:
            del self._counters[key]

"""The thread pool Bolt runs lazy listeners on, able to say when it is idle (tests, benchmarks, shutdown)."""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor


class LazyPool(ThreadPoolExecutor):
    def __init__(self, max_workers: int = 16) -> None:
        super().__init__(max_workers=max_workers, thread_name_prefix="slack-lazy")
        self._pending = 0
        self._lock = threading.Lock()

    def submit(self, fn, /, *args, **kwargs) -> Future:
        with self._lock:
            self._pending += 1
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(self._done)
        return future

    def _done(self, _future: Future) -> None:
        with self._lock:
            self._pending -= 1

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Block until every submitted listener has finished; False on timeout."""
        deadline = time.monotonic() + timeout
        while self._pending:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.002)
        return True

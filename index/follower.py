"""Following the shared change log in the background, so writes made through any node reach this node's index.

In-process writes reach the index at once (``SearchIndex.on_change``); writes committed by another node only
show up in the database's change log. One daemon thread per serving process calls ``search.sync()`` every
``interval`` seconds: a cheap ``max(position)`` read when nothing changed, a bounded index write when something
did. Another process of the same node holding the index writer (``IndexBusy``) or the database being away
(``Unavailable``) just means trying again next tick.
"""

from __future__ import annotations

import logging
import random
import threading
from typing import Protocol

from statements.errors import Unavailable

from .writer import IndexBusy

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 0.5  # seconds: keeps cross-node freshness well under the 2 s promise


class Syncable(Protocol):
    def sync(self, timeout: float = 2.0, attempts: int = 3) -> int: ...


class Follower:
    def __init__(self, search: Syncable, interval: float = DEFAULT_INTERVAL) -> None:
        self.search = search
        self.interval = interval
        self.ticks = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._failing = False

    def start(self) -> Follower:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="pressline-index-follower", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def step(self) -> int:
        """One catch-up; never raises. Returns how many statements changed in the index."""
        try:
            changed = self.search.sync(timeout=self.interval, attempts=1)
        except IndexBusy:
            return 0  # another worker of this node is applying the same changes
        except Unavailable:
            self._failed("database unavailable")
            return 0
        except Exception:
            self._failed("unexpected error", exc_info=True)
            return 0
        finally:
            self.ticks += 1
        if self._failing:
            log.warning("index follower: catching up again")
            self._failing = False
        return changed

    def _run(self) -> None:
        # Workers started together should not all knock on the index writer in the same instant.
        if self._stop.wait(random.uniform(0, self.interval)):
            return
        while not self._stop.is_set():
            self.step()
            self._stop.wait(self.interval)

    def _failed(self, why: str, exc_info: bool = False) -> None:
        if not self._failing:  # one line per outage, not one per tick
            log.warning("index follower: %s; retrying every %.1fs", why, self.interval, exc_info=exc_info)
        self._failing = True


def start_follower(search: Syncable, interval: float = DEFAULT_INTERVAL) -> Follower:
    """Start following the change log on a daemon thread (one per process); returns it so it can be stopped."""
    return Follower(search, interval).start()

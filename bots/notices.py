"""Post-commit notices delivered in the background, so a Slack or Teams outage never blocks or fails a publish.

The workflow calls :meth:`NoticeDispatcher.on_change` after each commit; that only puts the event on a queue.
Each registered listener (the Slack notifier, the Teams notifier) has its own queue and daemon worker thread,
so one slow channel never delays the other. A listener that raises is retried with exponential backoff up to
``attempts`` times, then the notice is logged and dropped. Notices are best effort: a process that exits with
notices still queued loses them (they are announcements; the audit log is the record).
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from statements import ChangeEvent

log = logging.getLogger(__name__)

Listener = Callable[[ChangeEvent], Any]


class _Worker:
    def __init__(self, listener: Listener, dispatcher: NoticeDispatcher) -> None:
        self.listener = listener
        self.dispatcher = dispatcher
        self.queue: queue.Queue[ChangeEvent] = queue.Queue(maxsize=dispatcher.queue_size)
        self.thread: threading.Thread | None = None
        self.pid = 0
        self.lock = threading.Lock()

    def put(self, event: ChangeEvent) -> None:
        self._ensure_running()
        try:
            self.queue.put_nowait(event)
        except queue.Full:
            log.error("notice queue full: dropped %s %s for %r", event.action, event.slug, self.listener)

    def _ensure_running(self) -> None:
        # started on first use, and again in a forked worker process (threads do not survive fork)
        with self.lock:
            if self.thread is None or not self.thread.is_alive() or self.pid != os.getpid():
                self.pid = os.getpid()
                self.thread = threading.Thread(target=self._run, name="pressline-notices", daemon=True)
                self.thread.start()

    def _run(self) -> None:
        while True:
            event = self.queue.get()
            try:
                self._deliver(event)
            finally:
                self.queue.task_done()

    def _deliver(self, event: ChangeEvent) -> None:
        attempts = self.dispatcher.attempts
        for attempt in range(1, attempts + 1):
            try:
                self.listener(event)
                return
            except Exception as exc:
                if attempt == attempts:
                    log.error(
                        "notice for %s %s not delivered by %r after %d attempts: %s",
                        event.action, event.slug, self.listener, attempt, exc,
                    )  # fmt: skip
                    return
                delay = min(self.dispatcher.backoff * 2 ** (attempt - 1), self.dispatcher.max_delay)
                log.warning("notice for %s %s failed (%s); retry in %.1fs", event.action, event.slug, exc, delay)
                self.dispatcher.sleep(delay)


class NoticeDispatcher:
    """Fans committed changes out to notifiers on background threads, with bounded retries."""

    def __init__(
        self,
        *,
        attempts: int = 4,
        backoff: float = 1.0,
        max_delay: float = 30.0,
        queue_size: int = 1000,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.max_delay = max_delay
        self.queue_size = queue_size
        self.sleep = sleep
        self._workers: list[_Worker] = []

    def add(self, listener: Listener) -> None:
        """Register a notifier: called with each :class:`~statements.ChangeEvent`, on its own thread."""
        self._workers.append(_Worker(listener, self))

    def on_change(self, event: ChangeEvent) -> None:
        """The workflow listener: enqueue and return at once."""
        for worker in self._workers:
            worker.put(event)

    def wait(self, timeout: float = 5.0) -> bool:
        """Block until every queued notice has been handled (tests, graceful shutdown); False on timeout."""
        deadline = time.monotonic() + timeout
        for worker in self._workers:
            while worker.queue.unfinished_tasks:
                if time.monotonic() > deadline:
                    return False
                time.sleep(0.005)
        return True

    def __len__(self) -> int:
        return len(self._workers)

"""A small per-process cache of public read answers, checked against the change log on every request.

An entry is reused only while the change log's head is the one it was built at and for at most ``ttl`` of
domain time. Every write and registry edit adds a change-log row: a write in this process clears the cache
at once (the workflow tells it), and a write in another worker or node is noticed within ``head_every``
seconds (the head, one indexed ``max()`` query, is read at most that often). Only answers that were
visible to that audience when built are kept (errors are never cached), so an embargo can lift up to
``ttl`` late in here but never early; staff answers are never cached.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from cachetools import TTLCache
from flask import Response, current_app, json

from statements import ChangeLog
from statements.clock import Clock

from .auth import current_viewer
from .responses import content_etag, finish_read


@dataclass(frozen=True)
class Entry:
    body: bytes
    etag: str
    last_modified: datetime | None
    head: int
    headers: dict[str, str] = field(default_factory=dict)


Build = Callable[[], tuple[bytes, datetime | None, dict[str, str]]]


class ReadCache:
    """cachetools' ``TTLCache`` (LRU with expiry, on the injected clock) under a lock, plus our one rule: an
    entry counts only while the change log's head is the one it was built at."""

    def __init__(
        self, changes: ChangeLog, clock: Clock, ttl: timedelta, head_every: float = 0.25, size: int = 4096
    ) -> None:
        self.changes = changes
        self.clock = clock
        self.ttl = ttl
        self.head_every = timedelta(seconds=head_every)
        seconds = max(ttl.total_seconds(), 0.0)
        self._entries: TTLCache[Hashable, Entry] = TTLCache(size, seconds, timer=lambda: clock().timestamp())
        self._lock = threading.Lock()
        self._head = -1
        self._head_read_at: datetime | None = None

    def on_change(self, event: object = None) -> None:
        """Workflow listener: a write in this process; forget everything and reread the head next time."""
        with self._lock:
            self._entries.clear()
            self._head_read_at = None

    def head(self) -> int:
        """The change log's head, read from the database at most once per ``head_every`` of clock time."""
        now = self.clock()
        with self._lock:
            due = self._head_read_at is None or not (self._head_read_at <= now < self._head_read_at + self.head_every)
        if due:
            head = self.changes.head()
            with self._lock:
                self._head, self._head_read_at = head, now
        return self._head

    def get(self, key: Hashable, build: Build) -> Entry:
        head = self.head()  # read before building: a write racing the build only makes it stale sooner
        with self._lock:
            entry = self._entries.get(key)
        if entry is not None and entry.head == head:
            return entry
        body, last_modified, headers = build()
        entry = Entry(body, content_etag(body), last_modified, head, headers)
        if self.ttl > timedelta(0):
            with self._lock:
                self._entries[key] = entry
        return entry


def answer(key: Hashable, build: Build, mimetype: str = "application/json") -> Response:
    """A public GET answer: cached per audience for outsiders, built fresh for staff; conditional either way."""
    viewer = current_viewer()
    if viewer.is_staff:
        body, last_modified, headers = build()
        return finish_read(Response(body, mimetype=mimetype, headers=headers), viewer, last_modified)
    cache: ReadCache = current_app.extensions["pressline.readcache"]
    entry = cache.get((key, viewer.audiences), build)
    response = Response(entry.body, mimetype=mimetype, headers=entry.headers)
    response.set_etag(entry.etag)
    return finish_read(response, viewer, entry.last_modified)


def json_body(data: object) -> bytes:
    return json.dumps(data).encode()

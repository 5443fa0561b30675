"""Exact list totals, counted once and reused until something that could change them happens.

A list page is cheap (an index walk that stops at the page) but its total counts every matching version:
about 120 ms at 100k statements, paid again for every page a partner site or the console asks for. What
a viewer may see changes only through a write (every write appends to the change log in the same
transaction) or when an embargo lifts. So a total is kept with the change-log head it was counted at and
the next scheduled publication time after it; it is reused while the head is unchanged and that time has
not come, and is therefore always the number a fresh count would give.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime

from cachetools import LRUCache
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .changes import head_in
from .models import Version
from .visibility import SERVED

MAX_KEYS = 512


@dataclass(frozen=True)
class _Counted:
    total: int
    head: int
    since: datetime  # the clock time it was counted at
    until: datetime | None  # the next embargo to lift after that (None: none scheduled)


class Totals:
    def __init__(self, max_keys: int = MAX_KEYS) -> None:
        self._counted: LRUCache[Hashable, _Counted] = LRUCache(max_keys)  # not thread-safe: always under the lock
        self._lock = threading.Lock()

    def total(self, session: Session, key: Hashable, now: datetime, count: Callable[[], int]) -> int:
        """``count()`` run in ``session``, or the total it gave for ``key`` if nothing has changed since."""
        head = head_in(session)  # read before counting
        with self._lock:
            kept = self._counted.get(key)
        if kept is not None and kept.head == head and kept.since <= now and (kept.until is None or now < kept.until):
            return kept.total
        total = count()
        until = session.scalar(select(func.min(Version.publish_at)).where(Version.status.in_(SERVED),
                                                                          Version.publish_at > now))  # fmt: skip
        with self._lock:
            self._counted[key] = _Counted(total, head, now, until)
        return total

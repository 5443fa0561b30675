"""Replay memory shared by every process that opens the database: "has this key been seen in the last N seconds?".

The chat faces ask it once per incoming interaction (Slack's ``trigger_id`` or ``event_id``), so a retry or a
replay is answered once even when it lands on another gunicorn worker than the first attempt. One
``INSERT ... ON CONFLICT DO NOTHING`` decides: exactly one caller inserts the key and is told it is new. Old keys
are pruned now and then by whoever happens to insert. No domain rules here, only the memory.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from sqlalchemy import String, delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Mapped, mapped_column

from .clock import Clock, utcnow
from .db import Database
from .errors import Unavailable
from .models import Base

KEY_MAX = 200


class SeenKey(Base):
    __tablename__ = "chat_replays"
    key: Mapped[str] = mapped_column(String(KEY_MAX), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(index=True)


class ReplayMemory:
    """``first_time(key)`` is True for exactly one caller per key within ``ttl`` seconds, across processes."""

    def __init__(self, db: Database, clock: Clock = utcnow, ttl: float = 900.0, prune_every: float = 60.0) -> None:
        self.db = db
        self.clock = clock
        self.ttl = timedelta(seconds=ttl)
        self.prune_every = timedelta(seconds=prune_every)
        self._pruned: datetime | None = None
        self._lock = threading.Lock()
        insert = sqlite_insert if db.is_sqlite else pg_insert
        self._insert = insert(SeenKey)

    def first_time(self, key: str) -> bool:
        now = self.clock()
        key = key[:KEY_MAX]
        statement = (
            self._insert.values(key=key, seen_at=now)
            .on_conflict_do_nothing(index_elements=["key"])
            .returning(SeenKey.key)  # a row back means this call inserted it (rowcount is -1 on psycopg)
        )
        try:
            with self.db.write_engine.begin() as conn:
                if self._due(now):
                    conn.execute(delete(SeenKey).where(SeenKey.seen_at < now - self.ttl))
                inserted = conn.execute(statement).first() is not None
                if not inserted:  # seen before: new only if that sighting has expired (and pruning missed it)
                    expired = delete(SeenKey).where(SeenKey.key == key, SeenKey.seen_at < now - self.ttl)
                    if conn.execute(expired).rowcount:
                        inserted = conn.execute(statement).first() is not None
                return inserted
        except (OperationalError, DBAPIError) as exc:
            raise Unavailable() from exc

    def _due(self, now: datetime) -> bool:
        with self._lock:
            if self._pruned is not None and now - self._pruned < self.prune_every:
                return False
            self._pruned = now
            return True

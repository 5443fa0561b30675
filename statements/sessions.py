"""Console sessions held on the server, so signing out ends a session everywhere its cookie was copied.

The browser's signed cookie carries only a random session id; the row says which key signed in and whether
the session has ended. Sign-out (or the key's revocation, which the console checks on every request) ends it.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import String, delete, update
from sqlalchemy.orm import Mapped, mapped_column

from .clock import Clock, utcnow
from .db import Database
from .models import Base


class ConsoleSession(Base):
    __tablename__ = "console_sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the id the cookie holds
    key_hash: Mapped[str] = mapped_column(String(64), index=True)
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


def _digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


class ConsoleSessions:
    """Start, look up and end console sessions. ``lifetime`` bounds a session even if it is never ended."""

    def __init__(self, db: Database, clock: Clock = utcnow, lifetime: timedelta = timedelta(hours=12)) -> None:
        self.db = db
        self.clock = clock
        self.lifetime = lifetime

    def start(self, key_hash: str) -> str:
        """A new session for the key with this hash; returns the id to keep in the cookie. Sessions that ended
        or expired long ago are cleared out on the way."""
        session_id = secrets.token_urlsafe(32)
        now = self.clock()
        with self.db.writing() as session:
            session.execute(delete(ConsoleSession).where(ConsoleSession.started_at < now - 2 * self.lifetime))
            session.add(ConsoleSession(id=_digest(session_id), key_hash=key_hash, started_at=now))
        return session_id

    def key_hash(self, session_id: str | None) -> str | None:
        """The key hash of a live session, or None if it never existed, ended or is past its lifetime."""
        if not session_id or len(session_id) > 100:
            return None
        with self.db.reading() as session:
            row = session.get(ConsoleSession, _digest(session_id))
            if row is None or row.ended_at is not None or row.started_at + self.lifetime <= self.clock():
                return None
            return row.key_hash

    def end(self, session_id: str | None) -> None:
        """End the session: its cookie, wherever it was copied, no longer signs anyone in."""
        if not session_id or len(session_id) > 100:
            return
        with self.db.writing() as session:
            session.execute(
                update(ConsoleSession)
                .where(ConsoleSession.id == _digest(session_id), ConsoleSession.ended_at.is_(None))
                .values(ended_at=self.clock())
            )


__all__ = ["ConsoleSession", "ConsoleSessions"]

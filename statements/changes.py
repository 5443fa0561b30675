"""Reading the change log: how derived data (each node's search index) catches up with the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .db import Database
from .models import ChangeLogEntry


@dataclass(frozen=True)
class Change:
    position: int
    at: datetime
    slug: str
    action: str


class ChangeLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def since(self, position: int, limit: int = 1000) -> list[Change]:
        with self.db.reading() as session:
            rows = session.scalars(
                select(ChangeLogEntry)
                .where(ChangeLogEntry.position > position)
                .order_by(ChangeLogEntry.position)
                .limit(limit)
            )
            return [Change(r.position, r.at, r.slug, r.action) for r in rows]

    def head(self) -> int:
        with self.db.reading() as session:
            return head_in(session)


def head_in(session: Session) -> int:
    """The newest change-log position, read in ``session`` (0 for an empty log)."""
    return session.scalar(select(func.max(ChangeLogEntry.position))) or 0

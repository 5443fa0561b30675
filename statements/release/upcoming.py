"""What is about to go live: the lifts waiting in the outbox, for the release desk's timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from ..db import Database
from ..models import Statement, Version
from .models import PUBLISHED, ReleaseEvent


@dataclass(frozen=True)
class Upcoming:
    due_at: datetime
    slug: str
    version: int
    title: str
    audience: str
    kind: str
    actor: str


def upcoming(db: Database, now: datetime, days: int = 7) -> list[Upcoming]:
    """Lifts due from ``now`` up to ``days`` ahead, soonest first (moved or cancelled schedules excluded)."""
    query = (
        select(ReleaseEvent, Version)
        .join(Statement, Statement.slug == ReleaseEvent.slug)
        .join(Version, (Version.statement_id == Statement.id) & (Version.number == ReleaseEvent.version))
        .where(
            ReleaseEvent.type == PUBLISHED,
            ReleaseEvent.fanned_out_at.is_(None),
            ReleaseEvent.cancelled_at.is_(None),
            ReleaseEvent.due_at > now,
            ReleaseEvent.due_at <= now + timedelta(days=days),
        )
        .order_by(ReleaseEvent.due_at)
        .limit(500)
    )
    with db.reading() as session:
        return [
            Upcoming(e.due_at, e.slug, e.version, v.title, v.audience, v.kind, e.actor)
            for e, v in session.execute(query)
        ]

"""Writing release events inside the transaction of the change that causes them (the transactional outbox).

The workflow calls these with its open session, so the change and its event commit together or not at all.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from .models import PUBLISHED, WITHDRAWN, ReleaseEvent


def record_lift(session: Session, slug: str, version: int, due_at: datetime, now: datetime, actor: str) -> None:
    """A version goes live at ``due_at`` (now, or its embargo). Whether it is ``statement.published`` or
    ``statement.updated`` is settled when it fires: by then another version may have gone live or been withdrawn."""
    session.add(ReleaseEvent(type=PUBLISHED, slug=slug, version=version, due_at=due_at, created_at=now,
                             actor=actor, detail={}))  # fmt: skip


def record_withdrawal(
    session: Session, slug: str, version: int, now: datetime, actor: str, detail: dict[str, Any]
) -> None:
    session.add(ReleaseEvent(type=WITHDRAWN, slug=slug, version=version, due_at=now, created_at=now,
                             actor=actor, detail=detail))  # fmt: skip


def move_lift(session: Session, slug: str, version: int, due_at: datetime) -> bool:
    """Move a lift that has not fired; False when it already has (the caller's change then loses the race)."""
    return _pending(session, slug, version, {"due_at": due_at})


def cancel_lift(session: Session, slug: str, version: int, now: datetime) -> bool:
    """Cancel a lift that has not fired; False when it already has."""
    return _pending(session, slug, version, {"cancelled_at": now})


def _pending(session: Session, slug: str, version: int, values: dict[str, Any]) -> bool:
    result = session.execute(
        update(ReleaseEvent)
        .where(
            ReleaseEvent.slug == slug,
            ReleaseEvent.version == version,
            ReleaseEvent.type == PUBLISHED,
            ReleaseEvent.fanned_out_at.is_(None),
            ReleaseEvent.cancelled_at.is_(None),
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]

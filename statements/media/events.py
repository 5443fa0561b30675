"""Media events in the release outbox: advance copies, embargo notices and the "it went out" summary.

They travel like release events (written in the transaction of the change, due now, delivered at least once
with leases and retries) but only the media sink takes ``media.advance``, ``media.embargo_moved`` and
``media.embargo_cancelled``: partner webhooks and chat notices subscribe to :data:`statements.release.EVENT_TYPES`
only, so embargoed wording never reaches them. ``media.sent`` (how many received an email; no wording) is what
the press office's chat channels hear.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ..release.models import ReleaseEvent
from ..writes import Write
from .models import AdvanceCopy

ADVANCE = "media.advance"
EMBARGO_MOVED = "media.embargo_moved"
EMBARGO_CANCELLED = "media.embargo_cancelled"
SENT = "media.sent"
MEDIA_TYPES = (ADVANCE, EMBARGO_MOVED, EMBARGO_CANCELLED, SENT)
NOTICES = (EMBARGO_MOVED, EMBARGO_CANCELLED)


def record(session: Session, type: str, slug: str, version: int, now: datetime, actor: str,
           detail: dict[str, Any]) -> ReleaseEvent:  # fmt: skip
    """A media event due now, in the caller's transaction."""
    event = ReleaseEvent(type=type, slug=slug, version=version, due_at=now, created_at=now, actor=actor,
                         detail=detail)  # fmt: skip
    session.add(event)
    session.flush()
    return event


def had_advance(session: Session, slug: str, version: int) -> bool:
    return bool(session.scalar(select(exists().where(AdvanceCopy.slug == slug, AdvanceCopy.version == version))))


def embargo_on_write(write: Write) -> None:
    """Workflow hook: a scheduled version that went out as an advance copy and is then rescheduled, unscheduled or
    withdrawn before it lifts tells everyone who received the copy, through the outbox, in this transaction."""
    session, slug, actor = write.session, write.statement.slug, write.actor.name or ""
    if write.action == "reschedule":
        numbers, detail = [write.version.number], {"from": write.detail.get("from"), "to": write.detail["publish_at"]}
        kind = EMBARGO_MOVED
    elif write.action == "unschedule":
        numbers, detail = [write.version.number], {"reason": "The release was taken off the schedule."}
        kind = EMBARGO_CANCELLED
    elif write.action == "withdraw":
        numbers, detail = list(write.detail.get("cancelled", ())), {"reason": write.detail.get("reason", "")}
        kind = EMBARGO_CANCELLED
    else:
        return
    told = [n for n in numbers if had_advance(session, slug, n)]
    for number in told:
        record(session, kind, slug, number, write.at, actor, dict(detail))
    if told:
        write.detail["advance_notice"] = kind.removeprefix("media.")

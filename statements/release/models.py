"""Tables of the release desk: the outbox of release events, partner subscriptions, deliveries and attempts.

One ``release_events`` row per thing that happens to the public face of a statement, written in the same
transaction as the change (a scheduled lift is a row due at ``publish_at``). When an event falls due the
dispatcher fans it out into one ``deliveries`` row per target (a registered sink such as the chat channels,
or one partner subscription); each try of a delivery is a ``delivery_attempts`` row.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..models import Base

PUBLISHED = "statement.published"
UPDATED = "statement.updated"
WITHDRAWN = "statement.withdrawn"
EVENT_TYPES = (PUBLISHED, UPDATED, WITHDRAWN)


class ReleaseEvent(Base):
    """``type`` of a lift is settled when it fans out (published, or updated when it supersedes a served version).
    ``cancelled_at`` marks a lift whose schedule was moved or cancelled before it fell due."""

    __tablename__ = "release_events"
    __table_args__ = (Index("ix_release_events_due", "fanned_out_at", "due_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(40))
    slug: Mapped[str] = mapped_column(String(120), index=True)
    version: Mapped[int]
    due_at: Mapped[datetime]
    created_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    fanned_out_at: Mapped[datetime | None]
    cancelled_at: Mapped[datetime | None]


class Subscription(Base):
    """A partner's webhook. It reads with its key's rights (checked at every fan-out, so a revoked key stops it)."""

    __tablename__ = "webhook_subscriptions"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("api_keys.id", ondelete="CASCADE"), index=True)
    owner: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(2000))
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    secret: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(20), default="active")  # active, paused, ended, deleted
    status_reason: Mapped[str] = mapped_column(Text, default="")
    failures: Mapped[int] = mapped_column(Integer, default=0)  # consecutive failed attempts
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Delivery(Base):
    """One event to one target. ``message_id`` is the ``webhook-id``: the same on every attempt.
    A node claims a row by setting ``lease_until``; a lease that runs out (the node died) is taken again."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("event_id", "target", name="uq_deliveries_event_target"),
        Index("ix_deliveries_ready", "status", "next_attempt_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("release_events.id", ondelete="CASCADE"), index=True)
    target: Mapped[str] = mapped_column(String(80), index=True)  # "sink:NAME" or "webhook:SUBSCRIPTION"
    subscription_id: Mapped[str | None] = mapped_column(
        ForeignKey("webhook_subscriptions.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending, delivered, failed, skipped
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    lease_until: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(80))
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]


class DeliveryAttempt(Base):
    __tablename__ = "delivery_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime]
    ok: Mapped[bool]
    response_code: Mapped[int | None]
    latency_ms: Mapped[int]
    error: Mapped[str] = mapped_column(Text, default="")
    node: Mapped[str] = mapped_column(String(80), default="")

"""Partner webhook subscriptions and their delivery logs: made, listed, read and ended by the key that owns them
(admins see every one). A subscription reads with its key's rights; the key's hash ties the two together."""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..clock import Clock, utcnow
from ..db import Database
from ..errors import NotFound, ValidationFailed
from ..models import ApiKey
from ..viewer import Role, Viewer
from .guard import UnsafeUrl, check_url
from .models import Delivery, DeliveryAttempt, ReleaseEvent, Subscription

KINDS = ("press_release", "holding_statement", "lines_to_take", "guidance", "qa")
MAX_PER_KEY = 20


@dataclass(frozen=True)
class SubscriptionView:
    id: str
    url: str
    topics: tuple[str, ...]
    kinds: tuple[str, ...]
    status: str
    status_reason: str
    failures: int
    owner: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class AttemptView:
    at: datetime
    ok: bool
    response_code: int | None
    latency_ms: int
    error: str


@dataclass(frozen=True)
class DeliveryView:
    id: int
    subscription_id: str | None
    target: str
    type: str
    slug: str
    version: int
    due_at: datetime
    message_id: str
    status: str
    attempts: int
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    last_error: str
    created_at: datetime
    log: tuple[AttemptView, ...]


def new_secret() -> str:
    """A Standard Webhooks signing secret: ``whsec_`` and base64 of 32 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


class Subscriptions:
    def __init__(self, db: Database, clock: Clock = utcnow, allow_private: bool = False) -> None:
        self.db = db
        self.clock = clock
        self.allow_private = allow_private

    def create(
        self, key_hash: str, url: str, topics: list[str] | None = None, kinds: list[str] | None = None
    ) -> tuple[SubscriptionView, str]:
        """A new active subscription and its signing secret (shown this once)."""
        try:
            check_url(url, self.allow_private)
        except UnsafeUrl as exc:
            raise ValidationFailed({"url": [str(exc)]}) from None
        unknown = [k for k in kinds or () if k not in KINDS]
        if unknown:
            raise ValidationFailed({"kinds": [f"Unknown kind: {', '.join(unknown)}."]})
        now = self.clock()
        secret = new_secret()
        with self.db.writing() as session:
            key = _live_key(session, key_hash)
            live = session.scalars(
                select(Subscription.id).where(Subscription.key_id == key.id, Subscription.status != "deleted")
            ).all()
            if len(live) >= MAX_PER_KEY:
                raise ValidationFailed({"url": [f"A key may hold at most {MAX_PER_KEY} subscriptions."]})
            row = Subscription(
                id="sub_" + secrets.token_hex(12), key_id=key.id, owner=key.name, url=url,
                topics=sorted(set(topics or ())), kinds=sorted(set(kinds or ())), secret=secret,
                status="active", status_reason="", failures=0, created_at=now, updated_at=now,
            )  # fmt: skip
            session.add(row)
            session.flush()
            return _view(row), secret

    def owned(self, key_hash: str, viewer: Viewer) -> list[SubscriptionView]:
        with self.db.reading() as session:
            query = select(Subscription).where(Subscription.status != "deleted").order_by(Subscription.created_at)
            if not viewer.has_role(Role.admin):
                query = query.where(Subscription.key_id == _live_key(session, key_hash).id)
            return [_view(row) for row in session.scalars(query)]

    def get(self, key_hash: str, viewer: Viewer, ident: str) -> SubscriptionView:
        with self.db.reading() as session:
            return _view(self._owned(session, key_hash, viewer, ident))

    def delete(self, key_hash: str, viewer: Viewer, ident: str) -> None:
        """End a subscription: nothing more is sent and pending deliveries are dropped; admins keep its log."""
        now = self.clock()
        with self.db.writing() as session:
            row = self._owned(session, key_hash, viewer, ident)
            row.status, row.status_reason, row.updated_at = "deleted", f"Deleted by {viewer.name}.", now
            session.execute(
                update(Delivery)
                .where(Delivery.subscription_id == row.id, Delivery.status == "pending")
                .values(status="skipped", last_error="The subscription was deleted.", lease_until=None)
            )

    def resume(self, key_hash: str | None, viewer: Viewer, ident: str) -> SubscriptionView:
        """Resume a paused subscription: its waiting deliveries are tried again at once."""
        now = self.clock()
        with self.db.writing() as session:
            row = self._owned(session, key_hash, viewer, ident)
            if row.status != "paused":
                raise ValidationFailed({"status": [f"The subscription is {row.status}, not paused."]})
            row.status, row.status_reason, row.failures, row.updated_at = "active", "", 0, now
            session.execute(
                update(Delivery)
                .where(Delivery.subscription_id == row.id, Delivery.status == "pending")
                .values(next_attempt_at=now)
            )
            return _view(row)

    def deliveries(
        self, key_hash: str | None, viewer: Viewer, ident: str | None = None, limit: int = 50
    ) -> list[DeliveryView]:
        """Newest first: one subscription's deliveries, or (admins, ``ident`` None) every delivery."""
        with self.db.reading() as session:
            query = (
                select(Delivery, ReleaseEvent)
                .join(ReleaseEvent, ReleaseEvent.id == Delivery.event_id)
                .order_by(Delivery.id.desc())
                .limit(min(max(limit, 1), 500))
            )
            if ident is not None:
                query = query.where(Delivery.subscription_id == self._owned(session, key_hash, viewer, ident).id)
            elif not viewer.has_role(Role.admin):
                raise NotFound("No such subscription.")
            rows = session.execute(query).all()
            attempts: dict[int, list[AttemptView]] = {}
            ids = [d.id for d, _ in rows]
            for a in session.scalars(
                select(DeliveryAttempt).where(DeliveryAttempt.delivery_id.in_(ids)).order_by(DeliveryAttempt.id)
            ):
                attempts.setdefault(a.delivery_id, []).append(
                    AttemptView(a.at, a.ok, a.response_code, a.latency_ms, a.error)
                )
            return [_delivery_view(d, e, attempts.get(d.id, [])) for d, e in rows]

    def redeliver(self, viewer: Viewer, delivery_id: int) -> None:
        """Send a delivery again (admins): the same ``webhook-id``, so receivers that already have it drop it."""
        if not viewer.has_role(Role.admin):
            raise NotFound("No such delivery.")
        now = self.clock()
        with self.db.writing() as session:
            row = session.get(Delivery, delivery_id)
            if row is None:
                raise NotFound("No such delivery.")
            row.status, row.next_attempt_at, row.lease_until, row.last_error = "pending", now, None, ""

    def _owned(self, session: Session, key_hash: str | None, viewer: Viewer, ident: str) -> Subscription:
        row = session.get(Subscription, ident) if isinstance(ident, str) and len(ident) <= 40 else None
        if row is None or row.status == "deleted":
            raise NotFound("No such subscription.")
        if not viewer.has_role(Role.admin) and (key_hash is None or row.key_id != _live_key(session, key_hash).id):
            raise NotFound("No such subscription.")
        return row


def _live_key(session: Session, key_hash: str) -> ApiKey:
    key = session.scalar(select(ApiKey).where(ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None)))
    if key is None:
        raise NotFound("No such key.")
    return key


def _view(row: Subscription) -> SubscriptionView:
    return SubscriptionView(
        row.id, row.url, tuple(row.topics or ()), tuple(row.kinds or ()), row.status, row.status_reason,
        row.failures, row.owner, row.created_at, row.updated_at,
    )  # fmt: skip


def _delivery_view(d: Delivery, e: ReleaseEvent, log: list[AttemptView]) -> DeliveryView:
    waiting = d.next_attempt_at if d.status == "pending" else None
    return DeliveryView(
        d.id, d.subscription_id, d.target, e.type, e.slug, e.version, e.due_at, d.message_id, d.status,
        d.attempts, waiting, d.delivered_at, d.last_error, d.created_at, tuple(log),
    )  # fmt: skip

"""Partner webhooks as a sink: one delivery per matching subscription, signed per Standard Webhooks.

A subscription receives an event only if its key may read the version (audience), and its topic and kind
filters match. The body is ``{"type", "timestamp", "data"}``; ``data.statement`` is the version as the key
may read it, and a withdrawal carries ``data.withdrawn`` (date, reason, notice) and never the wording.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import requests
from cachetools import LRUCache, TTLCache
from sqlalchemy import select
from sqlalchemy.orm import Session
from standardwebhooks import Webhook

from ..db import Database
from ..errors import withdrawal_notice
from ..models import ApiKey
from ..viewer import Viewer
from ..views import VersionView
from .guard import UnsafeUrl, check_url
from .models import WITHDRAWN, ReleaseEvent, Subscription
from .sinks import Outcome, Release, Sink, Target

#: turns a version into the JSON a viewer may read (the API's own version schema, passed in by the app factory)
Render = Callable[[VersionView, Viewer], dict[str, Any]]
USER_AGENT = "Pressline-Webhooks/1"


class WebhookSink(Sink):
    name = "webhooks"
    prefix = "webhook:"

    def __init__(self, db: Database, render: Render, *, allow_private: bool = False, timeout: float = 10.0) -> None:
        self.db = db
        self.render = render
        self.allow_private = allow_private
        self.timeout = timeout
        self._local = threading.local()
        self._lock = threading.Lock()  # cachetools caches are not thread-safe
        self._subs: TTLCache[str, tuple[str, str, str, Viewer] | None] = TTLCache(4096, ttl=2)
        self._bodies: LRUCache[tuple[int, tuple[str, ...]], str] = LRUCache(256)

    def targets(self, session: Session, event: ReleaseEvent, view: VersionView | None) -> list[Target]:
        if view is None:
            return []
        rows = session.execute(
            select(Subscription, ApiKey)
            .join(ApiKey, ApiKey.id == Subscription.key_id)
            .where(Subscription.status == "active", ApiKey.revoked_at.is_(None))
            .order_by(Subscription.created_at)
        ).all()
        return [Target(f"webhook:{sub.id}", sub.id) for sub, key in rows if _wants(sub, _viewer(key), view)]

    def deliver(self, release: Release) -> Outcome:
        found = self._subscription(release.target.removeprefix("webhook:"))
        if found is None:
            return Outcome(False, error="The subscription no longer exists.", skip=True)
        url, secret, status, viewer = found
        if status != "active":
            return Outcome(False, error=f"The subscription is {status}.", skip=True)
        view = release.view
        if view is None or view.audience not in viewer.audiences:
            return Outcome(False, error="The key may not read this statement.", skip=True)
        if not release.withdrawn and view.withdrawn is not None:
            return Outcome(False, error="Withdrawn before it could be delivered.", skip=True)
        try:
            check_url(url, self.allow_private)
        except UnsafeUrl as exc:
            return Outcome(False, error=str(exc))
        return self._post(url, secret, release.message_id, self._body(release, view, viewer))

    def prepare(self, session: Session, targets: list[str]) -> None:
        idents = [t.removeprefix("webhook:") for t in targets]
        rows = session.execute(
            select(Subscription, ApiKey).join(ApiKey, ApiKey.id == Subscription.key_id)
            .where(Subscription.id.in_(idents))
        ).all()  # fmt: skip
        with self._lock:
            for sub, key in rows:
                self._subs[sub.id] = _entry(sub, key)

    def _subscription(self, ident: str) -> tuple[str, str, str, Viewer] | None:
        """URL, secret, status and reader of a subscription, cached for a second or two: a fan-out to a thousand
        subscriptions must not be a thousand reads, and a change (delete, pause, revoked key) shows within that."""
        with self._lock:
            if ident in self._subs:
                return self._subs[ident]
        with self.db.reading() as session:
            row = session.execute(
                select(Subscription, ApiKey).join(ApiKey, ApiKey.id == Subscription.key_id)
                .where(Subscription.id == ident)
            ).first()  # fmt: skip
            found = _entry(*row) if row is not None else None
        with self._lock:
            self._subs[ident] = found
        return found

    def _body(self, release: Release, view: VersionView, viewer: Viewer) -> str:
        """The JSON body, the same for every subscription whose key reads the same audiences."""
        key = (release.event_id, viewer.audiences)
        with self._lock:
            if key in self._bodies:
                return self._bodies[key]
        body = json.dumps(self.payload(release, view, viewer), separators=(",", ":"), ensure_ascii=False)
        with self._lock:
            self._bodies[key] = body
        return body

    def payload(self, release: Release, view: VersionView, viewer: Viewer) -> dict[str, Any]:
        data: dict[str, Any] = {
            "slug": release.slug,
            "version": release.version,
            "due_at": _iso(release.due_at),
            "late_seconds": round(release.late_seconds, 3),
        }
        if release.type == WITHDRAWN:
            at = datetime.fromisoformat(release.detail["at"]) if "at" in release.detail else release.due_at
            reason = str(release.detail.get("reason", ""))
            data["withdrawn"] = {"at": _iso(at), "reason": reason, "notice": withdrawal_notice(at, reason)}
        else:
            data["statement"] = self.render(view, viewer)
        return {"type": release.type, "timestamp": _iso(release.fired_at), "data": data}

    def _post(self, url: str, secret: str, message_id: str, body: str) -> Outcome:
        now = datetime.now().astimezone()
        signature = Webhook(secret).sign(message_id, now, body)
        headers = {
            "content-type": "application/json",
            "user-agent": USER_AGENT,
            "webhook-id": message_id,
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": signature,
        }
        try:
            response = self._session().post(
                url, data=body.encode(), headers=headers, timeout=(min(5.0, self.timeout), self.timeout),
                allow_redirects=False,
            )  # fmt: skip
        except requests.RequestException as exc:
            return Outcome(False, error=f"{type(exc).__name__}: {exc}"[:500])
        code = response.status_code
        response.close()
        if 200 <= code < 300:
            return Outcome(True, code)
        if code == 410:
            return Outcome(False, code, "The receiver answered 410 Gone.", final=True,
                           end="The receiver answered 410 Gone: the subscription has ended.")  # fmt: skip
        return Outcome(False, code, f"The receiver answered {code}.")

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
            session.trust_env = False  # never route partner webhooks through a proxy from the environment
        return session


def _entry(sub: Subscription, key: ApiKey) -> tuple[str, str, str, Viewer]:
    status = sub.status if key.revoked_at is None else "without a live key"
    return (sub.url, sub.secret, status, _viewer(key))


def _viewer(key: ApiKey) -> Viewer:
    return Viewer.staff(key.name, key.role)


def _wants(sub: Subscription, viewer: Viewer, view: VersionView) -> bool:
    if view.audience not in viewer.audiences:
        return False
    if sub.topics and not set(sub.topics) & set(view.topics):
        return False
    return not sub.kinds or view.kind in sub.kinds


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def latency_ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)

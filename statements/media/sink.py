"""Release emails as a sink of the release outbox: one delivery per recipient, one message each over SMTP.

``statement.published``/``statement.updated`` of a public version go to the lists chosen for it;
``media.advance`` to the lists the approver chose; ``statement.withdrawn`` and the embargo notices to those
who were sent the wording (from ``media_sends``). Targets are ``mail:<contact id>``, so each address is a
delivery of its own, retried on the outbox's schedule and never doubled: the send is recorded in the
transaction that marks the delivery done (a repeat only if a node dies between the server's "250" and that).

Only public wording is ever emailed: a non-public version is refused when the event fans out and again before
each message, whatever lists were chosen. Contacts marked "do not send" or unsubscribed get nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any

from cachetools import LRUCache, TTLCache
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ..clock import Clock
from ..db import Database
from ..release.models import PUBLISHED, UPDATED, WITHDRAWN, Delivery, ReleaseEvent
from ..release.sinks import Outcome, Release, Sink, Target
from ..views import VersionView
from . import compose
from .choices import choices, chosen_ids
from .compose import Letter, Letterhead, letter, message
from .events import ADVANCE, EMBARGO_CANCELLED, EMBARGO_MOVED, SENT, record
from .models import Contact, Send
from .recipients import recipients
from .smtp import Mailer

PREFIX = "mail:"
KINDS = {
    PUBLISHED: compose.RELEASE, UPDATED: compose.RELEASE, WITHDRAWN: compose.WITHDRAWN, ADVANCE: compose.ADVANCE,
    EMBARGO_MOVED: compose.EMBARGO_MOVED, EMBARGO_CANCELLED: compose.EMBARGO_CANCELLED,
}  # fmt: skip
NOT_PUBLIC = "Only public wording is emailed to media lists."


@dataclass(frozen=True)
class _Contact:
    id: int
    name: str
    email: str
    token: str
    blocked: bool  # do not send, or unsubscribed


class MediaSink(Sink):
    name = "media"
    prefix = PREFIX
    types = tuple(KINDS)

    def __init__(self, db: Database, mailer: Mailer, head: Letterhead, zone: tzinfo, clock: Clock) -> None:
        self.db = db
        self.mailer = mailer
        self.head = head
        self.zone = zone
        self.clock = clock
        self._lock = threading.Lock()  # cachetools caches are not thread-safe
        self._contacts: TTLCache[int, _Contact | None] = TTLCache(50_000, ttl=5)
        self._letters: LRUCache[tuple[int, Any], Letter] = LRUCache(64)

    def close(self) -> None:
        self.mailer.close()

    # -- fan-out ----------------------------------------------------------------------------------------------

    def targets(self, session: Session, event: ReleaseEvent, view: VersionView | None) -> list[Target]:
        if view is None or view.audience != "public":
            return []
        return [Target(f"{PREFIX}{i}") for i in self._audience(session, event, view)]

    def _audience(self, session: Session, event: ReleaseEvent, view: VersionView) -> list[int]:
        if event.type in (PUBLISHED, UPDATED):
            if view.withdrawn is not None:
                return []
            return [r.contact_id for r in recipients(session, chosen_ids(session, event.slug, event.version))]
        if event.type == ADVANCE:
            return [r.contact_id for r in recipients(session, event.detail.get("lists", ()))]
        if event.type == WITHDRAWN:
            sent = select(Send.contact_id).where(Send.slug == event.slug, Send.kind.in_(("release", "advance")))
            return _sendable(session, session.scalars(sent))
        return _sendable(session, advance_holders(session, event.slug, event.version))

    # -- delivery ---------------------------------------------------------------------------------------------

    def prepare(self, session: Session, targets: list[str]) -> None:
        ids = [int(t.removeprefix(PREFIX)) for t in targets]
        found = {c.id: c for c in _contacts(session, ids)}
        with self._lock:
            for i in ids:
                self._contacts[i] = found.get(i)

    def deliver(self, release: Release) -> Outcome:
        contact = self._contact(int(release.target.removeprefix(PREFIX)))
        if contact is None:
            return Outcome(False, error="The contact no longer exists.", skip=True)
        if contact.blocked:
            return Outcome(False, error="The contact is marked do not send, or unsubscribed.", skip=True)
        view = release.view
        if view is None or view.audience != "public":
            return Outcome(False, error=NOT_PUBLIC, skip=True)
        kind = KINDS[release.type]
        if kind == compose.RELEASE and view.withdrawn is not None:
            return Outcome(False, error="Withdrawn before it could be sent.", skip=True)
        if kind == compose.ADVANCE and view.status != "scheduled":
            return Outcome(False, error="No longer under embargo (cancelled, or live) when it came to send.", skip=True)
        mail = message(self._letter(release, view, kind), self.head, contact.name, contact.email, contact.token,
                       release.message_id, self.clock())  # fmt: skip
        return self.mailer.send(mail, self.head.address, contact.email)

    def _letter(self, release: Release, view: VersionView, kind: str) -> Letter:
        key = (release.event_id, view.publish_at)
        with self._lock:
            if key in self._letters:
                return self._letters[key]
        made = letter(kind, view, {**release.detail, "updated": release.type == UPDATED}, self.head, self.zone)
        with self._lock:
            self._letters[key] = made
        return made

    def _contact(self, ident: int, session: Session | None = None) -> _Contact | None:
        """The contact as :meth:`prepare` loaded it in the claim (read again if that was seconds ago)."""
        with self._lock:
            if ident in self._contacts:
                return self._contacts[ident]
        if session is None:
            with self.db.reading() as reading:
                found = _contacts(reading, [ident])
        else:
            found = _contacts(session, [ident])
        contact = found[0] if found else None
        with self._lock:
            self._contacts[ident] = contact
        return contact

    # -- recording --------------------------------------------------------------------------------------------

    def recorded(self, session: Session, attempts: list[tuple[Release, Outcome]]) -> None:
        """Record each accepted message (once per ``Message-ID``), then, for each event all of whose messages
        are settled, a ``media.sent`` summary for the chat channels."""
        now = self.clock()
        accepted = [r for r, outcome in attempts if outcome.ok]
        ids = [self.message_id(r) for r in accepted]
        known = set(session.scalars(select(Send.message_id).where(Send.message_id.in_(ids)))) if ids else set()
        rows = []
        for release in accepted:
            contact = self._contact(int(release.target.removeprefix(PREFIX)), session)
            mid = self.message_id(release)
            if mid in known or contact is None:
                continue
            known.add(mid)
            rows.append({"kind": KINDS[release.type], "slug": release.slug, "version": release.version,
                         "event_id": release.event_id, "contact_id": contact.id, "email": contact.email,
                         "message_id": mid, "sent_at": now})  # fmt: skip
        if rows:
            session.execute(insert(Send), rows)
        for event_id in sorted({r.event_id for r, _ in attempts}):
            summarise(session, event_id, now)

    def message_id(self, release: Release) -> str:
        return f"<{release.message_id}@{self.head.domain}>"


def advance_holders(session: Session, slug: str, version: int) -> list[int]:
    """Contacts sent an advance copy of the version, and those whose copy is still on its way."""
    sent = select(Send.contact_id).where(Send.slug == slug, Send.version == version, Send.kind == compose.ADVANCE)
    pending = (
        select(Delivery.target)
        .join(ReleaseEvent, ReleaseEvent.id == Delivery.event_id)
        .where(ReleaseEvent.type == ADVANCE, ReleaseEvent.slug == slug, ReleaseEvent.version == version,
               Delivery.status == "pending")
    )  # fmt: skip
    ids = {i for i in session.scalars(sent) if i is not None}
    ids |= {int(t.removeprefix(PREFIX)) for t in session.scalars(pending) if t.startswith(PREFIX)}
    return sorted(ids)


def summarise(session: Session, event_id: int, now: Any) -> None:
    """Once no message of the event is pending, write one ``media.sent`` event saying how many went out."""
    event = session.get(ReleaseEvent, event_id)
    if event is None or event.type not in KINDS:
        return
    counts = dict(
        session.execute(
            select(Delivery.status, func.count())
            .where(Delivery.event_id == event_id, Delivery.target.startswith(PREFIX))
            .group_by(Delivery.status)
        ).all()
    )
    if counts.get("pending"):
        return
    earlier = session.scalars(
        select(ReleaseEvent.detail).where(
            ReleaseEvent.type == SENT, ReleaseEvent.slug == event.slug, ReleaseEvent.version == event.version
        )
    )
    if any((d or {}).get("event") == event_id for d in earlier):
        return
    detail: dict[str, Any] = {"event": event_id, "kind": KINDS[event.type], "sent": counts.get("delivered", 0),
                              "failed": counts.get("failed", 0), "skipped": counts.get("skipped", 0)}  # fmt: skip
    lists: list[int] = []
    if event.type == ADVANCE:
        lists = list(event.detail.get("lists", []))
    elif event.type in (PUBLISHED, UPDATED):
        lists = chosen_ids(session, event.slug, event.version)
    if lists:
        detail["lists"] = lists
        detail["list_names"] = [c.name for c in choices(session, lists)]
    record(session, SENT, event.slug, event.version, now, event.actor, detail)


def _contacts(session: Session, ids: Iterable[int]) -> list[_Contact]:
    rows = session.execute(
        select(Contact.id, Contact.name, Contact.email, Contact.unsubscribe_token, Contact.do_not_send,
               Contact.unsubscribed_at).where(Contact.id.in_(sorted(set(ids))))
    )  # fmt: skip
    return [_Contact(i, name, email, token, bool(dns) or gone is not None) for i, name, email, token, dns, gone in rows]


def _sendable(session: Session, ids: Iterable[int | None]) -> list[int]:
    wanted = sorted({i for i in ids if i is not None})
    return [c.id for c in _contacts(session, wanted) if not c.blocked] if wanted else []

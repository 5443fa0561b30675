"""Release emails and embargoed advance copies to media lists, sent from the release outbox.

- :mod:`.choices`: the lists chosen at approval or publication (a workflow hook, same transaction).
- :mod:`.events`: advance copies and embargo notices as outbox events (only the media sink takes them).
- :mod:`.compose`, :mod:`.smtp`, :mod:`.sink`: the emails, SMTP, and the sink that sends one per recipient.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy import select, update

from ..clock import Clock
from ..db import Database
from ..errors import Forbidden, InvalidTransition, NotFound, ValidationFailed
from ..models import AuditEvent, Statement, Version
from ..release import ReleaseDesk
from ..viewer import Role, Viewer
from ..visibility import statement_by_slug
from ..writes import Write
from .choices import ListChoice, check_lists, choices, choose_on_write, chosen_ids
from .compose import Letterhead
from .events import ADVANCE, embargo_on_write, record
from .models import AdvanceCopy, Contact
from .recipients import recipients
from .sink import MediaSink
from .smtp import Mailer


@dataclass(frozen=True)
class AdvanceSent:
    slug: str
    version: int
    lists: list[int]
    recipients: int
    embargo_until: datetime


@dataclass(frozen=True)
class Unsubscribe:
    """What the unsubscribe page may show about a token's contact: a masked address, and whether it is done."""

    email: str
    unsubscribed: bool


class MediaDesk:
    def __init__(self, db: Database, clock: Clock, release: ReleaseDesk, zone: tzinfo) -> None:
        self.db = db
        self.clock = clock
        self.release = release
        self.zone = zone

    def on_write(self, write: Write) -> None:
        """The workflow hook (registered by :func:`statements.open_services`)."""
        choose_on_write(write)
        embargo_on_write(write)

    def sink(self, mailer: Mailer, head: Letterhead) -> MediaSink:
        """The release-email sink for this desk (registered by the app factory when SMTP is set up)."""
        return MediaSink(self.db, mailer, head, self.zone, self.clock)

    # -- lists --------------------------------------------------------------------------------------------

    def choices(self, ids: list[int] | None = None) -> list[ListChoice]:
        """Every list (or those of ``ids``) with how many of its members may be sent to."""
        with self.db.reading() as session:
            return choices(session, ids)

    def chosen(self, slug: str, version: int) -> list[ListChoice]:
        with self.db.reading() as session:
            ids = chosen_ids(session, slug, version)
            return choices(session, ids) if ids else []

    def reach(self, ids: list[int]) -> int:
        """How many people a send to the lists ``ids`` reaches (each once)."""
        with self.db.reading() as session:
            return len(recipients(session, ids))

    # -- advance copies -----------------------------------------------------------------------------------

    def advance(self, slug: str, lists: list[int], actor: Viewer) -> AdvanceSent:
        """Send the scheduled version to ``lists`` now, marked EMBARGOED UNTIL its lift (audited)."""
        if not actor.has_role(Role.approver):
            raise Forbidden(f"This needs the {Role.approver.name} role.")
        if not lists:
            raise ValidationFailed({"lists": ["Choose at least one list."]})
        now = self.clock()
        with self.db.writing() as session:
            statement = statement_by_slug(session, slug)
            if statement is None:
                raise NotFound()
            version = _scheduled(statement, now)
            ids = check_lists(session, lists, version.audience)
            reach = len(recipients(session, ids))
            if not reach:
                nobody = "Nobody on these lists may be sent to (all unsubscribed or marked do not send)."
                raise ValidationFailed({"lists": [nobody]})
            assert version.publish_at is not None
            until = version.publish_at
            name = actor.name or ""
            detail = {"lists": ids, "recipients": reach, "embargo_until": until.isoformat()}
            event = record(session, ADVANCE, slug, version.number, now, name, dict(detail))
            session.add(AdvanceCopy(slug=slug, version=version.number, list_ids=ids, embargo_until=until, actor=name,
                                    recipients=reach, event_id=event.id, created_at=now))  # fmt: skip
            session.add(AuditEvent(at=now, actor=name, action="advance", slug=slug, version=version.number,
                                   detail=detail))  # fmt: skip
        self.release.on_change(None)  # the dispatcher sends at once
        return AdvanceSent(slug, version.number, ids, reach, until)

    # -- unsubscribing ------------------------------------------------------------------------------------

    def unsubscribe_status(self, token: str) -> Unsubscribe | None:
        if not _plausible(token):
            return None
        with self.db.reading() as session:
            row = session.execute(
                select(Contact.email, Contact.unsubscribed_at).where(Contact.unsubscribe_token == token)
            ).first()
        return Unsubscribe(_masked(row[0]), row[1] is not None) if row else None

    def unsubscribe(self, token: str) -> Unsubscribe | None:
        """Stop every email to the token's contact (idempotent); None for a token nobody holds."""
        if not _plausible(token):
            return None
        with self.db.writing() as session:
            session.execute(
                update(Contact)
                .where(Contact.unsubscribe_token == token, Contact.unsubscribed_at.is_(None))
                .values(unsubscribed_at=self.clock(), updated_at=self.clock())
            )
            email = session.scalar(select(Contact.email).where(Contact.unsubscribe_token == token))
        return Unsubscribe(_masked(email), True) if email is not None else None


def _scheduled(statement: Statement, now: datetime) -> Version:
    for version in statement.versions:
        if version.status == "published" and version.publish_at is not None and version.publish_at > now:
            return version
    newest = max(statement.versions, key=lambda v: v.number)
    if newest.status == "approved":
        raise InvalidTransition(
            f"Version {newest.number} is approved but not scheduled: schedule it for a time in the future first, "
            "then send the advance copy (it is embargoed until that time)."
        )
    raise InvalidTransition("Nothing is scheduled: an advance copy goes out only before a scheduled version lifts.")


def _plausible(token: str) -> bool:
    return 0 < len(token) <= 64 and token.isascii() and "\x00" not in token


def _masked(email: str) -> str:
    """``j…@example.com``: enough for the reader to know it is theirs, not enough to harvest."""
    local, _, domain = email.partition("@")
    return f"{local[:1]}…@{domain}" if domain else "…"

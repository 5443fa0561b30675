"""The enquiry log: media enquiries, the approved lines given, and their status.

An enquiry is logged ``open`` (journalist and outlet from a contact or typed in, the question, an optional
deadline), then ``answered`` with a statement's current approved wording and/or words of the officer's own, or
``declined`` with a reason; either may be reopened. Every write is audited (the audit names the enquiry by id
only: the journalist's name is personal data, erased with the contact). Only press office staff read or write.

Suggested lines come from the search the chat bots use, passed in as a :class:`LineFinder` (the domain knows no
search engine); each suggestion is checked here against what may be given to the media.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from ..catalogue import Catalogue
from ..clock import Clock
from ..db import Database
from ..errors import Forbidden, Gone, InvalidTransition, NotFound, ValidationFailed
from ..models import AuditEvent
from ..viewer import Role, Viewer
from ..views import VersionView
from ..visibility import statement_by_slug
from .enquiry_rules import (
    ANSWER_LENGTH,
    STATUSES,
    EnquiryView,
    clean_enquiry,
    clean_text,
    enquiry_view,
    refusal,
)
from .models import Contact, Enquiry

SUGGESTIONS = 3
MAX_WORDS = 12  # search words taken from a question (the bots search a sentence or two at most)
#: words only: a question's quotes, dashes and colons must not read as search operators (phrases, -not, topic:)
_WORD = re.compile(r"[^\W_](?:[\w'’]*[^\W_])?")


#: ``find(text, limit)``: slugs of the current approved wording that best matches ``text``, best first (the bots'
#: search, as :func:`index.lines.line_finder` builds it)
LineFinder = Callable[[str, int], Sequence[str]]


@dataclass(frozen=True)
class EnquiryFilters:
    text: str | None = None  # words found in the question, journalist, outlet or answer
    status: str | None = None
    since: datetime | None = None  # received at or after
    until: datetime | None = None  # received before
    slug: str | None = None  # answered with this statement


@dataclass(frozen=True)
class ContactChoice:
    id: int
    name: str
    outlet: str


@dataclass(frozen=True)
class EnquiryPage:
    items: list[EnquiryView]
    total: int
    offset: int
    limit: int


class Enquiries:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self.catalogue = Catalogue(db, clock)
        self.find_lines: LineFinder | None = None

    def use_search(self, find_lines: LineFinder) -> None:
        """Suggest lines with ``find_lines`` (the app factory passes the bots' search)."""
        self.find_lines = find_lines

    # -- writes --------------------------------------------------------------------------------------------

    def log(self, data: dict[str, Any], actor: Viewer) -> EnquiryView:
        """Log a new, open enquiry. A ``contact_id`` fills in the journalist and outlet not typed."""
        _require_staff(actor)
        now = self.clock()
        fields = clean_enquiry(data, now, creating=True)
        with self.db.writing() as session:
            self._from_contact(session, fields)
            if not fields.get("journalist") and not fields.get("outlet"):
                raise ValidationFailed({"journalist": ["Who is asking? Choose a contact or type a name."]})
            row = Enquiry(
                contact_id=fields.get("contact_id"), journalist=fields.get("journalist", ""),
                outlet=fields.get("outlet", ""), question=fields["question"], deadline=fields.get("deadline"),
                status="open", answer="", logged_by=actor.name or "", received_at=now, updated_at=now,
            )  # fmt: skip
            session.add(row)
            session.flush()
            self._audit(session, actor, "enquiry_log", row)
            return enquiry_view(row)

    def update(self, enquiry_id: int, data: dict[str, Any], actor: Viewer) -> EnquiryView:
        """Correct who asked, the question or the deadline (at any status)."""
        _require_staff(actor)
        fields = clean_enquiry(data, self.clock(), creating=False)
        with self.db.writing() as session:
            row = self._row(session, enquiry_id)
            self._from_contact(session, fields, changing=row)
            for name, value in fields.items():
                setattr(row, name, value)
            if not row.journalist and not row.outlet:
                raise ValidationFailed({"journalist": ["Who is asking? Choose a contact or type a name."]})
            row.updated_at = self.clock()
            self._audit(session, actor, "enquiry_edit", row, {"fields": sorted(fields)})
            return enquiry_view(row)

    def answer(self, enquiry_id: int, actor: Viewer, slug: str | None = None, text: str | None = None) -> EnquiryView:
        """Record the answer: a statement whose current wording was given (its version is kept) and/or the
        officer's own words. Only wording that may go to the media is accepted (see ``enquiry_rules.refusal``)."""
        _require_staff(actor)
        answer = clean_text(text, "answer", ANSWER_LENGTH)
        slug = clean_text(slug, "slug", 120).lower() or None
        if slug is None and not answer:
            raise ValidationFailed({"answer": ["Give the statement used, or what was said, or both."]})
        version = self.givable(slug).version if slug else None
        now = self.clock()
        with self.db.writing() as session:
            row = self._row(session, enquiry_id)
            _require_open(row, "answered")
            row.status, row.answer, row.slug, row.version = "answered", answer, slug, version
            row.answered_by, row.answered_at, row.updated_at = actor.name, now, now
            self._audit(session, actor, "enquiry_answer", row)
            return enquiry_view(row)

    def decline(self, enquiry_id: int, actor: Viewer, reason: str | None) -> EnquiryView:
        """Decline to comment; the reason is kept as the enquiry's answer."""
        _require_staff(actor)
        reason = clean_text(reason, "reason", ANSWER_LENGTH, "Say why the office is not answering.")
        now = self.clock()
        with self.db.writing() as session:
            row = self._row(session, enquiry_id)
            _require_open(row, "declined")
            row.status, row.answer, row.slug, row.version = "declined", reason, None, None
            row.answered_by, row.answered_at, row.updated_at = actor.name, now, now
            self._audit(session, actor, "enquiry_decline", row)
            return enquiry_view(row)

    def reopen(self, enquiry_id: int, actor: Viewer) -> EnquiryView:
        """Open an answered or declined enquiry again (a follow-up question). What was given stays recorded
        until the next answer replaces it; the audit keeps every answer."""
        _require_staff(actor)
        with self.db.writing() as session:
            row = self._row(session, enquiry_id)
            if row.status == "open":
                raise InvalidTransition(f"Enquiry {row.id} is already open.")
            row.status, row.updated_at = "open", self.clock()
            self._audit(session, actor, "enquiry_reopen", row)
            return enquiry_view(row)

    # -- reads ---------------------------------------------------------------------------------------------

    def get(self, enquiry_id: int, viewer: Viewer) -> EnquiryView:
        _require_staff(viewer)
        with self.db.reading() as session:
            return enquiry_view(self._row(session, enquiry_id))

    def search(
        self, viewer: Viewer, filters: EnquiryFilters = EnquiryFilters(), offset: int = 0, limit: int = 20
    ) -> EnquiryPage:
        """The log, newest first: every word of ``filters.text`` in the question, journalist, outlet or answer."""
        _require_staff(viewer)
        query = _filtered(select(Enquiry), filters)
        counting = query.with_only_columns(func.count(), maintain_column_froms=True)
        with self.db.reading() as session:
            total = session.scalar(counting) or 0
            rows = session.scalars(
                query.order_by(Enquiry.received_at.desc(), Enquiry.id.desc()).offset(max(offset, 0)).limit(limit)
            )
            return EnquiryPage([enquiry_view(r) for r in rows], total, offset, limit)

    def given(self, slug: str, viewer: Viewer, limit: int = 200) -> list[EnquiryView]:
        """Who was given this statement: enquiries answered with it, newest answer first."""
        _require_staff(viewer)
        with self.db.reading() as session:
            rows = session.scalars(
                select(Enquiry)
                .where(Enquiry.slug == slug, Enquiry.answered_at.is_not(None))
                .order_by(Enquiry.answered_at.desc(), Enquiry.id.desc())
                .limit(limit)
            )
            return [enquiry_view(r) for r in rows]

    def contact_choices(self, viewer: Viewer, limit: int = 2000) -> list[ContactChoice]:
        """Contacts to pick who asked from, by name (the console's picker)."""
        _require_staff(viewer)
        with self.db.reading() as session:
            rows = session.execute(
                select(Contact.id, Contact.name, Contact.outlet).order_by(Contact.name, Contact.id).limit(limit)
            )
            return [ContactChoice(*row) for row in rows]

    def givable(self, slug: str) -> VersionView:
        """The current wording of ``slug`` if it may be given to the media; ValidationFailed (on ``slug``) says
        why not otherwise."""
        try:
            view = self.catalogue.get(slug, Viewer.bot())
        except Gone as gone:
            raise ValidationFailed({"slug": [f"“{slug}”: {gone.message}"]}) from None
        except NotFound:
            with self.db.reading() as session:
                known = statement_by_slug(session, slug) is not None
            message = (
                f"“{slug}” has no published version yet: only approved, published wording may be given."
                if known
                else f"No statement “{slug}”."
            )
            raise ValidationFailed({"slug": [message]}) from None
        reason = refusal(view)
        if reason:
            raise ValidationFailed({"slug": [reason]})
        return view

    def suggestions(self, enquiry_id: int, viewer: Viewer, limit: int = SUGGESTIONS) -> list[VersionView]:
        """The approved wording that best matches the enquiry's question, best first: only wording that may be
        given (empty without a search)."""
        return self.lines_for(self.get(enquiry_id, viewer).question, limit)

    def lines_for(self, question: str, limit: int = SUGGESTIONS) -> list[VersionView]:
        if self.find_lines is None or limit < 1:
            return []
        words = " ".join(_WORD.findall(question or "")[:MAX_WORDS])
        if not words:
            return []
        found: list[VersionView] = []
        for slug in self.find_lines(words, limit * 4):
            try:
                found.append(self.givable(slug))
            except ValidationFailed:
                continue
            if len(found) == limit:
                break
        return found

    # -- helpers -------------------------------------------------------------------------------------------

    @staticmethod
    def _row(session: Session, enquiry_id: int) -> Enquiry:
        row = session.get(Enquiry, enquiry_id) if 0 < enquiry_id < 2**63 else None
        if row is None:
            raise NotFound("No such enquiry.")
        return row

    @staticmethod
    def _from_contact(session: Session, fields: dict[str, Any], changing: Enquiry | None = None) -> None:
        """A chosen contact supplies the journalist and outlet that were not typed."""
        contact_id = fields.get("contact_id")
        if contact_id is None:
            return
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise ValidationFailed({"contact_id": ["No such contact."]})
        if changing is None or changing.contact_id != contact_id:
            fields["journalist"] = fields.get("journalist") or contact.name
            fields["outlet"] = fields.get("outlet") or contact.outlet

    def _audit(self, session: Session, actor: Viewer, action: str, row: Enquiry, extra: dict | None = None) -> None:
        detail = {"enquiry": row.id, "status": row.status, **(extra or {})}
        session.add(
            AuditEvent(
                at=self.clock(), actor=actor.name or "", action=action, slug=row.slug, version=row.version,
                detail=detail,
            )
        )  # fmt: skip


def _require_staff(viewer: Viewer) -> None:
    if not viewer.has_role(Role.editor):
        raise Forbidden("Only press office staff may read or write the enquiry log.")


def _require_open(row: Enquiry, becoming: str) -> None:
    if row.status != "open":
        raise InvalidTransition(f"Enquiry {row.id} is already {row.status}; reopen it before it can be {becoming}.")


def _filtered(query: Select, filters: EnquiryFilters) -> Select:
    if filters.status:
        if filters.status not in STATUSES:
            raise ValidationFailed({"status": [f"One of: {', '.join(STATUSES)}."]})
        query = query.where(Enquiry.status == filters.status)
    if filters.since is not None:
        query = query.where(Enquiry.received_at >= filters.since)
    if filters.until is not None:
        query = query.where(Enquiry.received_at < filters.until)
    if filters.slug:
        query = query.where(Enquiry.slug == filters.slug)
    for word in (filters.text or "").split()[:MAX_WORDS]:
        query = query.where(or_(*(column.icontains(word, autoescape=True) for column in _SEARCHED)))
    return query


_SEARCHED = (Enquiry.question, Enquiry.journalist, Enquiry.outlet, Enquiry.answer)
__all__ = ["ContactChoice", "Enquiries", "EnquiryFilters", "EnquiryPage", "EnquiryView", "LineFinder"]

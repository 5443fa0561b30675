"""A contact is personal data: what is held on one person, and how it is erased.

Held on a contact: the contact row, their list memberships, the send log rows addressed to them (by contact id
or by their address) and the enquiries they made (linked by contact id, or typed in with exactly their name and
outlet). :func:`export` gathers all of it; :func:`erase` removes or scrubs all of it, in the caller's
transaction, and returns only counts.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from ..viewer import Viewer
from .lists import lists_of
from .models import Contact, Enquiry, ListMember, Send

ERASED = "[erased]"


def _sends_to(contact: Contact) -> ColumnElement[bool]:
    return or_(Send.contact_id == contact.id, func.lower(Send.email) == contact.email.lower())


def _enquiries_by(contact: Contact) -> ColumnElement[bool]:
    typed = and_(
        func.lower(func.trim(Enquiry.journalist)) == contact.name.strip().lower(),
        func.lower(func.trim(Enquiry.outlet)) == (contact.outlet or "").strip().lower(),
    )
    return or_(Enquiry.contact_id == contact.id, typed)


def _moment(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def export(session: Session, contact: Contact, now: datetime, actor: Viewer) -> dict[str, Any]:
    """Everything held on ``contact``, JSON-ready."""
    sends = session.scalars(select(Send).where(_sends_to(contact)).order_by(Send.sent_at, Send.id))
    enquiries = session.scalars(select(Enquiry).where(_enquiries_by(contact)).order_by(Enquiry.received_at))
    return {
        "exported_at": now.isoformat(),
        "exported_by": actor.name,
        "contact": {
            "id": contact.id, "name": contact.name, "email": contact.email, "outlet": contact.outlet,
            "phone": contact.phone, "topics": list(contact.topics or []), "notes": contact.notes,
            "do_not_send": contact.do_not_send, "unsubscribed_at": _moment(contact.unsubscribed_at),
            "created_at": _moment(contact.created_at), "updated_at": _moment(contact.updated_at),
        },
        "lists": [{"id": ref.id, "name": ref.name} for ref in lists_of(session, [contact.id]).get(contact.id, [])],
        "sends": [
            {"kind": s.kind, "slug": s.slug, "version": s.version, "sent_at": _moment(s.sent_at)} for s in sends
        ],
        "enquiries": [
            {
                "id": e.id, "received_at": _moment(e.received_at), "journalist": e.journalist, "outlet": e.outlet,
                "question": e.question, "deadline": _moment(e.deadline), "status": e.status, "answer": e.answer,
                "slug": e.slug, "version": e.version, "answered_at": _moment(e.answered_at),
            }
            for e in enquiries
        ],
    }  # fmt: skip


def _count(session: Session, statement: Any) -> int:
    result = cast(CursorResult, session.execute(statement, execution_options={"synchronize_session": False}))
    return max(result.rowcount or 0, 0)


def erase(session: Session, contact: Contact) -> dict[str, int]:
    """Delete ``contact`` and their memberships; blank their address in the send log and their name and outlet
    in the enquiry log. Counts of what was touched (no personal data)."""
    sends = _count(session, update(Send).where(_sends_to(contact)).values(email="", contact_id=None))
    erased = {"journalist": ERASED, "outlet": ERASED, "contact_id": None}
    enquiries = _count(session, update(Enquiry).where(_enquiries_by(contact)).values(**erased))
    memberships = _count(session, delete(ListMember).where(ListMember.contact_id == contact.id))
    session.delete(contact)
    session.flush()
    return {"sends": sends, "enquiries": enquiries, "lists": memberships}

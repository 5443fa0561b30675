"""Who a release to some media lists reaches: each member once, never a contact marked "do not send" or one
who unsubscribed. Used by the release emails, advance copies, ``/press send`` and the console's preview."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Contact, ListMember


@dataclass(frozen=True)
class Recipient:
    contact_id: int
    name: str
    email: str
    unsubscribe_token: str


def recipients(session: Session, list_ids: Iterable[int]) -> list[Recipient]:
    """The contacts on any of ``list_ids`` who may be sent to, once each, in contact id order."""
    ids = sorted(set(list_ids))
    if not ids:
        return []
    rows = session.execute(
        select(Contact.id, Contact.name, Contact.email, Contact.unsubscribe_token)
        .where(
            Contact.id.in_(select(ListMember.contact_id).where(ListMember.list_id.in_(ids))),
            Contact.do_not_send.is_(False),
            Contact.unsubscribed_at.is_(None),
        )
        .order_by(Contact.id)
    )
    return [Recipient(*row) for row in rows]

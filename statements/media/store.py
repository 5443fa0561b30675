"""What every media module shares: the role rules, the audit write, and reading and writing contact rows."""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import Forbidden, NotFound, ValidationFailed
from ..models import AuditEvent, Topic
from ..viewer import Role, Viewer
from .models import Contact
from .records import DUPLICATE_EMAIL, check_contact

MAX_ID = 2**31 - 1  # ids past a 32-bit integer cannot exist (and overflow the database's comparison)
NO_CONTACT = "No such contact."


def require_staff(actor: Viewer) -> None:
    if not actor.has_role(Role.editor):
        raise Forbidden("Only the press office may manage media contacts and lists.")


def require_admin(actor: Viewer) -> None:
    if not actor.has_role(Role.admin):
        raise Forbidden("Only an admin may export or erase a person's data.")


def audit(session: Session, at: datetime, actor: Viewer, action: str, **detail: Any) -> None:
    """An audit event for a media write: ids and counts only, never a name, address or number."""
    session.add(AuditEvent(at=at, actor=actor.name or "", action=action, detail=detail))


def known_topics(session: Session) -> set[str]:
    return set(session.scalars(select(Topic.slug)))


def new_contact(fields: Mapping[str, Any], now: datetime) -> Contact:
    """A contact from cleaned fields, with its own unsubscribe token (what its one-click unsubscribe link carries)."""
    return Contact(
        name=fields["name"], email=fields["email"], outlet=fields.get("outlet", ""), phone=fields.get("phone", ""),
        topics=list(fields.get("topics", [])), notes=fields.get("notes", ""),
        do_not_send=bool(fields.get("do_not_send", False)), unsubscribe_token=secrets.token_urlsafe(32),
        created_at=now, updated_at=now,
    )  # fmt: skip


def apply_fields(contact: Contact, fields: Mapping[str, Any], now: datetime) -> bool:
    """Set changed fields on ``contact``; whether anything changed."""
    changed = False
    for name, value in fields.items():
        if getattr(contact, name) != value:
            setattr(contact, name, list(value) if name == "topics" else value)
            changed = True
    if changed:
        contact.updated_at = now
    return changed


def find_contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id) if 0 < contact_id <= MAX_ID else None
    if contact is None:
        raise NotFound(NO_CONTACT)
    return contact


def checked_contact(
    session: Session, data: Mapping[str, Any], *, creating: bool, own_id: int | None = None
) -> dict[str, Any]:
    fields, errors = check_contact(data, known_topics(session), creating=creating)
    if "email" in fields and "email" not in errors and email_taken(session, fields["email"], own_id):
        errors["email"] = [DUPLICATE_EMAIL]
    if errors:
        raise ValidationFailed(errors)
    return fields


def email_taken(session: Session, email: str, own_id: int | None = None) -> bool:
    held = session.scalar(select(Contact.id).where(Contact.email == email))
    return held is not None and held != own_id


def ids_held(session: Session, ids: Sequence[int]) -> set[int]:
    return set(session.scalars(select(Contact.id).where(Contact.id.in_(ids)))) if ids else set()

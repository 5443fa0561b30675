"""What a contact and a list read as (plain frozen views, never ORM rows) and how their typed fields are
checked: one set of rules for the API, the console and each row of a CSV import."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..drafting import SLUG
from ..emails import is_valid_email
from ..phones import contact_phone_errors
from .models import Contact, MediaList

TEXT_LIMITS = {"name": 200, "outlet": 200, "phone": 40, "notes": 5000}
CONTACT_FIELDS = ("name", "email", "outlet", "phone", "topics", "notes", "do_not_send")
LIST_NAME_LIMIT = 200
DESCRIPTION_LIMIT = 2000
MAX_TOPICS = 50
EMAIL_MESSAGE = "An e-mail address such as name@newsroom.co.uk."
DUPLICATE_EMAIL = "Another contact already has this e-mail address."


@dataclass(frozen=True)
class ListRef:
    id: int
    name: str


@dataclass(frozen=True)
class ContactView:
    id: int
    name: str
    email: str
    outlet: str
    phone: str
    topics: tuple[str, ...]
    notes: str
    do_not_send: bool
    unsubscribed_at: datetime | None
    created_at: datetime
    updated_at: datetime
    lists: tuple[ListRef, ...] = ()

    @property
    def sendable(self) -> bool:
        """Whether release emails may reach this contact (neither marked do-not-send nor unsubscribed)."""
        return not self.do_not_send and self.unsubscribed_at is None


@dataclass(frozen=True)
class MemberView:
    id: int
    name: str
    email: str
    outlet: str
    do_not_send: bool
    unsubscribed: bool


@dataclass(frozen=True)
class ListView:
    id: int
    name: str
    description: str
    member_count: int
    created_at: datetime
    updated_at: datetime
    members: tuple[MemberView, ...] = field(default=())


def contact_view(contact: Contact, lists: Collection[ListRef] = ()) -> ContactView:
    return ContactView(
        id=contact.id, name=contact.name, email=contact.email, outlet=contact.outlet or "",
        phone=contact.phone or "", topics=tuple(contact.topics or ()), notes=contact.notes or "",
        do_not_send=bool(contact.do_not_send), unsubscribed_at=contact.unsubscribed_at,
        created_at=contact.created_at, updated_at=contact.updated_at, lists=tuple(lists),
    )  # fmt: skip


def member_view(contact: Contact) -> MemberView:
    return MemberView(
        contact.id, contact.name, contact.email, contact.outlet or "", bool(contact.do_not_send),
        contact.unsubscribed_at is not None,
    )  # fmt: skip


def list_view(media_list: MediaList, count: int, members: Collection[MemberView] = ()) -> ListView:
    return ListView(
        media_list.id, media_list.name, media_list.description or "", count, media_list.created_at,
        media_list.updated_at, tuple(members),
    )  # fmt: skip


def check_contact(
    data: Mapping[str, Any], known_topics: Collection[str], *, creating: bool
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """Cleaned fields and messages per field for a contact's input (a create, a patch or a CSV row)."""
    errors: dict[str, list[str]] = {}
    out: dict[str, Any] = {}
    for name in set(data) - set(CONTACT_FIELDS):
        errors[name] = ["Unknown field."]
    for name in ("name", "email", "outlet", "phone", "notes"):
        if name not in data:
            continue
        value = data[name]
        if value is None:
            value = ""
        if not isinstance(value, str):
            errors[name] = ["Must be text."]
            continue
        value = value.strip()
        limit = TEXT_LIMITS.get(name)
        if limit and len(value) > limit:
            errors[name] = [f"At most {limit} characters."]
            continue
        out[name] = value.lower() if name == "email" else value
    if (creating or "name" in out) and not out.get("name") and "name" not in errors:
        errors["name"] = ["Required."]
    if (creating or "email" in out) and "email" not in errors:
        if not out.get("email"):
            errors["email"] = ["Required."]
        elif not is_valid_email(out["email"]):
            errors["email"] = [EMAIL_MESSAGE]
    if out.get("phone") and contact_phone_errors(out["phone"]):
        errors["phone"] = contact_phone_errors(out["phone"])
    if "topics" in data:
        topics = data["topics"] if data["topics"] is not None else []
        if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
            errors["topics"] = ["A list of topic slugs."]
        else:
            topics = list(dict.fromkeys(t.strip().lower() for t in topics if t.strip()))
            unknown = [t for t in topics if not SLUG.match(t) or t not in known_topics]
            if unknown:
                errors["topics"] = [f"Unknown topic: {', '.join(unknown[:5])}. Use the slugs listed under Topics."]
            elif len(topics) > MAX_TOPICS:
                errors["topics"] = [f"At most {MAX_TOPICS} topics."]
            else:
                out["topics"] = topics
    if "do_not_send" in data:
        if not isinstance(data["do_not_send"], bool):
            errors["do_not_send"] = ["true or false."]
        else:
            out["do_not_send"] = data["do_not_send"]
    return out, errors


def check_list(data: Mapping[str, Any], *, creating: bool) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """Cleaned fields and messages per field for a list's input: ``name``, ``description``, ``contacts``."""
    errors: dict[str, list[str]] = {}
    out: dict[str, Any] = {}
    for name in set(data) - {"name", "description", "contacts"}:
        errors[name] = ["Unknown field."]
    for name, limit in (("name", LIST_NAME_LIMIT), ("description", DESCRIPTION_LIMIT)):
        if name not in data:
            continue
        value = data[name] if data[name] is not None else ""
        if not isinstance(value, str):
            errors[name] = ["Must be text."]
        elif len(value.strip()) > limit:
            errors[name] = [f"At most {limit} characters."]
        else:
            out[name] = value.strip()
    if (creating or "name" in out) and not out.get("name") and "name" not in errors:
        errors["name"] = ["Required."]
    if "contacts" in data:
        ids = data["contacts"] if data["contacts"] is not None else []
        if not isinstance(ids, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
            errors["contacts"] = ["A list of contact ids."]
        else:
            out["contacts"] = list(dict.fromkeys(ids))
    return out, errors

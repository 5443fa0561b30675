"""Media lists: a named set of contacts that a release or an advance copy is sent to (see ``recipients``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..clock import Clock
from ..db import Database
from ..errors import NotFound, ValidationFailed
from ..viewer import Viewer
from .models import Contact, ListMember, MediaList
from .records import ListRef, ListView, check_list, list_view, member_view
from .store import MAX_ID, audit, ids_held, require_staff

NO_LIST = "No such list."
NAME_TAKEN = "Another list already has this name."


def lists_of(session: Session, contact_ids: Collection[int]) -> dict[int, list[ListRef]]:
    """The lists each of ``contact_ids`` is on, by list name."""
    found: dict[int, list[ListRef]] = defaultdict(list)
    if not contact_ids:
        return found
    rows = session.execute(
        select(ListMember.contact_id, MediaList.id, MediaList.name)
        .join(MediaList, MediaList.id == ListMember.list_id)
        .where(ListMember.contact_id.in_(list(contact_ids)))
        .order_by(func.lower(MediaList.name), MediaList.id)
    )
    for contact_id, list_id, name in rows:
        found[contact_id].append(ListRef(list_id, name))
    return found


def list_named(session: Session, name: str) -> MediaList | None:
    return session.scalar(select(MediaList).where(MediaList.name == name))


def set_members(session: Session, media_list: MediaList, contact_ids: Collection[int]) -> None:
    session.execute(delete(ListMember).where(ListMember.list_id == media_list.id))
    session.add_all(ListMember(list_id=media_list.id, contact_id=cid) for cid in contact_ids)


class Lists:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def all(self, actor: Viewer, offset: int = 0, limit: int = 100) -> tuple[list[ListView], int]:
        """Lists by name, each with its member count (not its members); and how many lists there are."""
        require_staff(actor)
        with self.db.reading() as session:
            total = session.scalar(select(func.count()).select_from(MediaList)) or 0
            counts = select(ListMember.list_id, func.count().label("n")).group_by(ListMember.list_id).subquery()
            rows = session.execute(
                select(MediaList, func.coalesce(counts.c.n, 0))
                .outerjoin(counts, counts.c.list_id == MediaList.id)
                .order_by(func.lower(MediaList.name), MediaList.id)
                .offset(offset)
                .limit(limit)
            )
            return [list_view(media_list, count) for media_list, count in rows], total

    def get(self, list_id: int, actor: Viewer) -> ListView:
        """A list with its members, by name."""
        require_staff(actor)
        with self.db.reading() as session:
            return _view(session, _find(session, list_id))

    def create(self, data: Mapping[str, Any], actor: Viewer) -> ListView:
        require_staff(actor)
        with self.db.writing() as session:
            fields = _checked(session, data, creating=True)
            now = self.clock()
            media_list = MediaList(
                name=fields["name"], description=fields.get("description", ""), created_at=now, updated_at=now
            )
            session.add(media_list)
            session.flush()
            set_members(session, media_list, fields.get("contacts", []))
            audit(session, now, actor, "list_create", list=media_list.id, members=len(fields.get("contacts", [])))
            session.flush()
            return _view(session, media_list)

    def update(self, list_id: int, data: Mapping[str, Any], actor: Viewer) -> ListView:
        """Change a list's name or description, or replace its members (``contacts``: every id it should hold)."""
        require_staff(actor)
        with self.db.writing() as session:
            media_list = _find(session, list_id)
            fields = _checked(session, data, creating=False, own_id=media_list.id)
            now = self.clock()
            for name in ("name", "description"):
                if name in fields:
                    setattr(media_list, name, fields[name])
            if "contacts" in fields:
                set_members(session, media_list, fields["contacts"])
            media_list.updated_at = now
            audit(session, now, actor, "list_update", list=media_list.id, fields=sorted(fields))
            session.flush()
            return _view(session, media_list)

    def delete(self, list_id: int, actor: Viewer) -> None:
        """Remove a list (its contacts stay; releases it was chosen for no longer go to it)."""
        require_staff(actor)
        with self.db.writing() as session:
            session.delete(_find(session, list_id))
            audit(session, self.clock(), actor, "list_delete", list=list_id)


def _find(session: Session, list_id: int) -> MediaList:
    media_list = session.get(MediaList, list_id) if 0 < list_id <= MAX_ID else None
    if media_list is None:
        raise NotFound(NO_LIST)
    return media_list


def _view(session: Session, media_list: MediaList) -> ListView:
    members = session.scalars(
        select(Contact)
        .join(ListMember, ListMember.contact_id == Contact.id)
        .where(ListMember.list_id == media_list.id)
        .order_by(func.lower(Contact.name), Contact.id)
    ).all()
    return list_view(media_list, len(members), [member_view(c) for c in members])


def _checked(session: Session, data: Mapping[str, Any], *, creating: bool, own_id: int | None = None) -> dict:
    fields, errors = check_list(data, creating=creating)
    if "name" in fields and "name" not in errors:
        held = list_named(session, fields["name"])
        if held is not None and held.id != own_id:
            errors["name"] = [NAME_TAKEN]
    if "contacts" in fields and "contacts" not in errors:
        held_ids = ids_held(session, [i for i in fields["contacts"] if 0 < i <= MAX_ID])
        missing = [i for i in fields["contacts"] if i not in held_ids]
        if missing:
            errors["contacts"] = [f"No contact with id {', '.join(str(i) for i in missing[:10])}."]
    if errors:
        raise ValidationFailed(errors)
    return fields

"""The media lists chosen to receive a version when it goes live (``"lists"`` in an approve or publish body).

Stored in the approval's or publication's own transaction through a workflow hook (:mod:`statements.writes`),
so a refused choice refuses the whole write and an accepted one can never be lost after it. Only public wording
is ever emailed: lists chosen for an internal or partners-only version are refused with a per-field message.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..errors import ValidationFailed
from ..writes import Write
from .models import Contact, ListMember, MediaList, ReleaseList

MAX_LISTS = 200
AUDIENCE_WORDS = {"internal": "internal (staff and the chat bots only)", "partners": "for partners only"}


@dataclass(frozen=True)
class ListChoice:
    """A list as a chooser shows it: ``recipients`` counts the members who may be sent to."""

    id: int
    name: str
    recipients: int


def not_public(audience: str) -> str:
    words = AUDIENCE_WORDS.get(audience, audience)
    return (
        f"This version is {words}: only public wording is emailed to media lists. "
        "Choose no lists, or make the wording public in a new version."
    )


def check_lists(session: Session, ids: Iterable[int], audience: str) -> list[int]:
    """``ids`` once each, sorted, if they may receive wording of ``audience``; else :class:`ValidationFailed`
    on ``lists``."""
    wanted = sorted(set(ids))
    if len(wanted) > MAX_LISTS:
        raise ValidationFailed({"lists": [f"At most {MAX_LISTS} lists."]})
    if wanted and audience != "public":
        raise ValidationFailed({"lists": [not_public(audience)]})
    known = set(session.scalars(select(MediaList.id).where(MediaList.id.in_(wanted)))) if wanted else set()
    unknown = [str(i) for i in wanted if i not in known]
    if unknown:
        plural = "s" if len(unknown) > 1 else ""
        raise ValidationFailed({"lists": [f"Unknown list{plural}: {', '.join(unknown)}."]})
    return wanted


def choose_on_write(write: Write) -> None:
    """Workflow hook: an approve or publish carrying ``lists`` replaces the version's chosen lists (an empty
    list clears them); without ``lists`` the earlier choice stands."""
    if write.action not in ("approve", "publish") or "lists" not in write.detail:
        return
    version = write.version
    ids = check_lists(write.session, write.detail["lists"], version.audience)
    store(write.session, write.statement.slug, version.number, ids, write.actor.name or "", write.at)
    write.detail["lists"] = ids


def store(session: Session, slug: str, version: int, ids: list[int], actor: str, at: datetime) -> None:
    session.execute(delete(ReleaseList).where(ReleaseList.slug == slug, ReleaseList.version == version))
    session.add_all(ReleaseList(slug=slug, version=version, list_id=i, chosen_by=actor, chosen_at=at) for i in ids)


def chosen_ids(session: Session, slug: str, version: int) -> list[int]:
    query = select(ReleaseList.list_id).where(ReleaseList.slug == slug, ReleaseList.version == version)
    return sorted(session.scalars(query))


def choices(session: Session, ids: Iterable[int] | None = None) -> list[ListChoice]:
    """Lists by name with how many of their members may be sent to (all lists, or those of ``ids``)."""
    sendable = (
        select(ListMember.list_id, func.count().label("n"))
        .join(Contact, Contact.id == ListMember.contact_id)
        .where(Contact.do_not_send.is_(False), Contact.unsubscribed_at.is_(None))
        .group_by(ListMember.list_id)
        .subquery()
    )
    query = (
        select(MediaList.id, MediaList.name, func.coalesce(sendable.c.n, 0))
        .outerjoin(sendable, sendable.c.list_id == MediaList.id)
        .order_by(MediaList.name, MediaList.id)
    )
    if ids is not None:
        query = query.where(MediaList.id.in_(sorted(set(ids))))
    return [ListChoice(int(i), name, int(n)) for i, name, n in session.execute(query)]

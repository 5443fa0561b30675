"""A version's content writes inside a workflow transaction: a new draft copied from a version, draft fields
applied to it, and a free slug for a new statement."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .errors import ValidationFailed
from .models import Quote, ReportingRoute, Statement, Version, VersionRoute, topic_for
from .viewer import Viewer


def newest(statement: Statement) -> Version:
    return max(statement.versions, key=lambda v: v.number)


def copy_version(session: Session, statement: Statement, source: Version, actor: Viewer, now: datetime) -> Version:
    """A new draft of ``statement`` with ``source``'s content, authored by ``actor``."""
    version = Version(
        statement=statement, number=newest(statement).number + 1, status="draft",
        author=actor.name, contributors=[actor.name], created_at=now, updated_at=now,
        kind=source.kind, audience=source.audience, title=source.title, summary=source.summary,
        body=source.body, change_note="", review_by=source.review_by, case_stage=source.case_stage,
    )  # fmt: skip
    session.add(version)
    version.topics = list(source.topics)
    version.quotes = [Quote(position=q.position, text=q.text, speaker=q.speaker, role=q.role) for q in source.quotes]
    version.route_links = [VersionRoute(route_id=r.route_id, position=r.position) for r in source.route_links]
    session.flush()
    return version


def apply_fields(session: Session, version: Version, fields: dict[str, Any]) -> None:
    """Write cleaned draft fields to ``version``; unknown or newly cited retired routes are refused."""
    for name in ("title", "summary", "body", "change_note", "kind", "audience", "review_by", "case_stage"):
        if name in fields:
            setattr(version, name, fields[name])
    if "topics" in fields:
        version.topics = [topic_for(session, slug) for slug in fields["topics"]]
    if "quotes" in fields:
        version.quotes = [Quote(position=i, **q) for i, q in enumerate(fields["quotes"])]
    if "reporting_routes" in fields:
        ids = fields["reporting_routes"]
        found = select(ReportingRoute.id, ReportingRoute.retired_at).where(ReportingRoute.id.in_(ids))
        known: dict[str, Any] = {route_id: retired_at for route_id, retired_at in session.execute(found)}
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise ValidationFailed({"reporting_routes": [f"Unknown reporting route: {', '.join(unknown)}."]})
        cited = {link.route_id for link in version.route_links}  # a retired route already cited may stay
        retired = [i for i in ids if known[i] is not None and i not in cited]
        if retired:
            raise ValidationFailed({"reporting_routes": [f"Retired reporting route: {', '.join(retired)}."]})
        version.route_links = [VersionRoute(route_id=rid, position=i) for i, rid in enumerate(ids)]


def unique_slug(session: Session, base: str, *, explicit: bool) -> str:
    """``base`` if free; a requested slug that is taken is an error, a derived one gets a number."""
    taken = set(session.scalars(select(Statement.slug).where(Statement.slug.like(f"{base}%"))))
    if base not in taken:
        return base
    if explicit:
        raise ValidationFailed({"slug": ["Already taken."]})
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"

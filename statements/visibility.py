"""The visibility rule, in SQL, used by every read: a statement's *current* version is its newest version that
is published or withdrawn with ``publish_at <= now``; outsiders see it only if it is published and in one of
their audiences. Computed at read time, so an embargo lifts on the second and never leaks early."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from .models import ReportingRoute, Statement, Version, VersionRoute

SERVED = ("published", "withdrawn")


def current_numbers(now: datetime, statement_ids: Select | Iterable[int] | None = None) -> Select:
    """``(statement_id, n)``: the number of each statement's current version at ``now``."""
    query = (
        select(Version.statement_id, func.max(Version.number).label("n"))
        .where(Version.status.in_(SERVED), Version.publish_at <= now)
        .group_by(Version.statement_id)
    )
    if statement_ids is not None:
        query = query.where(Version.statement_id.in_(statement_ids))
    return query


def current_number(session: Session, statement_id: int, now: datetime) -> int | None:
    return session.scalar(
        select(func.max(Version.number)).where(
            Version.statement_id == statement_id, Version.status.in_(SERVED), Version.publish_at <= now
        )
    )


def newest_numbers(statement_ids: Select | None = None) -> Select:
    """``(statement_id, n)``: each statement's newest version of any status (what staff work on)."""
    query = select(Version.statement_id, func.max(Version.number).label("n")).group_by(Version.statement_id)
    if statement_ids is not None:
        query = query.where(Version.statement_id.in_(statement_ids))
    return query


def with_everything(query: Select) -> Select:
    """Eager-load what a :class:`~statements.views.VersionView` needs, in a fixed number of queries."""
    return query.options(
        selectinload(Version.statement),
        selectinload(Version.topics),
        selectinload(Version.quotes),
        selectinload(Version.route_links).selectinload(VersionRoute.route).selectinload(ReportingRoute.topics),
    )


def statement_by_slug(session: Session, slug: str) -> Statement | None:
    return session.scalar(select(Statement).where(Statement.slug == slug))

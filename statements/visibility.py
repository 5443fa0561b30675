"""The visibility rule, in SQL, used by every read: a statement's *current* version is its newest version that
is published or withdrawn with ``publish_at <= now``; outsiders see it only if it is published and in one of
their audiences. Computed at read time, so an embargo lifts on the second and never leaks early."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session, aliased, selectinload

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


def is_current(now: datetime) -> ColumnElement[bool]:
    """True for the ``Version`` rows that are their statement's current version at ``now``: served, live, and
    with no newer served live version. The same rule as :func:`current_numbers`, as a filter: listing pages
    then walk the ``publish_at`` index and stop at the page (grouping every version first cost about 250 ms
    a query at 100k statements)."""
    newer = aliased(Version)
    return and_(
        Version.status.in_(SERVED),
        Version.publish_at <= now,
        ~exists().where(
            newer.statement_id == Version.statement_id,
            newer.number > Version.number,
            newer.status.in_(SERVED),
            newer.publish_at <= now,
        ),
    )


def is_newest() -> ColumnElement[bool]:
    """True for each statement's newest ``Version`` of any status (what staff work on)."""
    newer = aliased(Version)
    return ~exists().where(newer.statement_id == Version.statement_id, newer.number > Version.number)


def current_number(session: Session, statement_id: int, now: datetime) -> int | None:
    return session.scalar(
        select(func.max(Version.number)).where(
            Version.statement_id == statement_id, Version.status.in_(SERVED), Version.publish_at <= now
        )
    )


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

"""Reads, always through a :class:`~statements.viewer.Viewer`: nobody gets what they may not see."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from .clock import Clock, utcnow
from .db import Database
from .diffing import DiffPiece, word_diff
from .errors import Forbidden, Gone, NotFound
from .models import AuditEvent, Statement, Topic, Version, route_topics, version_topics
from .totals import Totals
from .viewer import Role, Viewer
from .views import VersionView, version_view
from .visibility import (
    current_number,
    current_numbers,
    is_current,
    is_newest,
    statement_by_slug,
    with_everything,
)


@dataclass(frozen=True)
class Page:
    items: list[VersionView]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class Filters:
    topic: str | None = None
    kind: str | None = None
    audience: str | None = None
    status: str | None = None
    updated_since: datetime | None = None
    author: str | None = None


@dataclass(frozen=True)
class AuditView:
    id: int
    at: datetime
    actor: str
    action: str
    slug: str | None
    version: int | None
    detail: dict


@dataclass(frozen=True)
class TopicCount:
    slug: str
    name: str
    count: int


class Catalogue:
    def __init__(self, db: Database, clock: Clock = utcnow) -> None:
        self.db = db
        self.clock = clock
        self.totals = Totals()

    # -- one statement -------------------------------------------------------------------------------------

    def get(self, slug: str, viewer: Viewer) -> VersionView:
        """The current version; for staff, the newest version when nothing is published yet."""
        now = self.clock()
        with self.db.reading() as session:
            statement = statement_by_slug(session, slug)
            if statement is None:
                raise NotFound()
            n = current_number(session, statement.id, now)
            if n is None:
                if not viewer.is_staff:
                    raise NotFound()
                return self._view(session, statement, max(v.number for v in statement.versions), now, None)
            view = self._view(session, statement, n, now, n)
            return self._check_outsider(view, viewer)

    def working(self, slug: str, viewer: Viewer) -> VersionView:
        """The newest version of any status: the one staff edit and move through review."""
        self._require_staff(viewer)
        now = self.clock()
        with self.db.reading() as session:
            statement = statement_by_slug(session, slug)
            if statement is None:
                raise NotFound()
            newest = max(v.number for v in statement.versions)
            return self._view(session, statement, newest, now, current_number(session, statement.id, now))

    def version(self, slug: str, number: int, viewer: Viewer) -> VersionView:
        for view in self.versions(slug, viewer):
            if view.version == number:
                return view
        raise NotFound("No such version.")

    def versions(self, slug: str, viewer: Viewer) -> list[VersionView]:
        """History, oldest first. Outsiders get only versions once served to their audiences."""
        now = self.clock()
        with self.db.reading() as session:
            statement = statement_by_slug(session, slug)
            if statement is None:
                raise NotFound()
            n = current_number(session, statement.id, now)
            if not viewer.is_staff:
                if n is None:
                    raise NotFound()
                self._check_outsider(self._view(session, statement, n, now, n), viewer)
            rows = session.scalars(
                with_everything(select(Version).where(Version.statement_id == statement.id)).order_by(Version.number)
            ).all()
            views = [version_view(v, now, n) for v in rows]
        if viewer.is_staff:
            return views
        return [v for v in views if v.status in ("published", "superseded") and v.audience in viewer.audiences]

    def diff(self, slug: str, a: int, b: int, viewer: Viewer) -> list[DiffPiece]:
        old, new = self.version(slug, a, viewer), self.version(slug, b, viewer)
        return word_diff(_diffable(old), _diffable(new))

    # -- many statements -----------------------------------------------------------------------------------

    def list(self, viewer: Viewer, filters: Filters = Filters(), offset: int = 0, limit: int = 20) -> Page:
        """Outsiders: current visible versions, newest first. Staff: each statement's newest version."""
        now = self.clock()
        query = select(Version).where(is_newest() if viewer.is_staff else is_current(now))
        if not viewer.is_staff:
            query = query.where(Version.status == "published", Version.audience.in_(viewer.audiences))
        query = _filtered(query, filters, viewer)
        counting = query.with_only_columns(func.count(), maintain_column_froms=True)
        key = ("staff",) if viewer.is_staff else ("outsider", viewer.audiences)
        with self.db.reading() as session:
            total = self.totals.total(session, (*key, filters), now, lambda: session.scalar(counting) or 0)
            order = Version.publish_at.desc() if not viewer.is_staff else Version.updated_at.desc()
            rows = session.scalars(
                with_everything(query).order_by(order, Version.id.desc()).offset(offset).limit(limit)
            ).all()
            currents = self._currents(session, [r.statement_id for r in rows], now)
            items = [version_view(r, now, currents.get(r.statement_id)) for r in rows]
        return Page(items, total, offset, limit)

    def withdrawn(self, viewer: Viewer, topic: str | None = None, limit: int = 20) -> builtins.list[VersionView]:
        """Statements whose current version is withdrawn, most recent first (for feeds and dashboards)."""
        now = self.clock()
        query = select(Version).where(
            is_current(now), Version.status == "withdrawn", Version.audience.in_(viewer.audiences)
        )
        query = _filtered(query, Filters(topic=topic), viewer)
        with self.db.reading() as session:
            rows = session.scalars(with_everything(query).order_by(Version.withdrawn_at.desc()).limit(limit))
            return [version_view(r, now, r.number) for r in rows]

    def check_visible(self, keys: Iterable[tuple[str, int]], viewer: Viewer) -> set[tuple[str, int]]:
        """Of ``(slug, version)`` pairs, those that are the current, served version this viewer may see now.

        Search calls this on every hit, so a stale index can lose a result for a moment but never leak one.
        """
        keys = set(keys)
        if not keys:
            return set()
        slugs = {slug for slug, _ in keys}
        now = self.clock()
        ids = select(Statement.id).where(Statement.slug.in_(slugs))
        numbers = current_numbers(now, ids).subquery()
        query = (
            select(Statement.slug, Version.number)
            .join(Version, Version.statement_id == Statement.id)
            .join(numbers, and_(Version.statement_id == numbers.c.statement_id, Version.number == numbers.c.n))
            .where(Version.status == "published", Version.audience.in_(viewer.audiences))
        )
        with self.db.reading() as session:
            found = {(slug, number) for slug, number in session.execute(query)}
        return keys & found

    def indexable(self, slug: str) -> builtins.list[VersionView]:
        """What the search index should hold for ``slug``: the current published version and any scheduled
        ones (their embargo is enforced at query time). Empty when withdrawn, unpublished or unknown."""
        now = self.clock()
        with self.db.reading() as session:
            statement = statement_by_slug(session, slug)
            if statement is None:
                return []
            n = current_number(session, statement.id, now)
            query = with_everything(
                select(Version).where(
                    Version.statement_id == statement.id,
                    Version.status == "published",
                    or_(Version.publish_at > now, Version.number == (n or -1)),
                )
            )
            return [version_view(v, now, n) for v in session.scalars(query.order_by(Version.number))]

    def indexable_all(self, batch: int = 500) -> Iterator[builtins.list[VersionView]]:
        """:meth:`indexable` for every statement, in id order, a few queries per ``batch`` statements."""
        now = self.clock()
        with self.db.reading() as session:
            ids = list(session.scalars(select(Statement.id).order_by(Statement.id)))
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            with self.db.reading() as session:
                currents = self._currents(session, chunk, now)
                rows = session.scalars(
                    with_everything(
                        select(Version).where(Version.statement_id.in_(chunk), Version.status == "published")
                    ).order_by(Version.statement_id, Version.number)
                ).all()
                by_statement: dict[int, list[VersionView]] = {}
                for v in rows:
                    current = currents.get(v.statement_id)
                    if v.publish_at > now or v.number == current:
                        by_statement.setdefault(v.statement_id, []).append(version_view(v, now, current))
            for statement_id in chunk:
                yield by_statement.get(statement_id, [])

    def all_slugs(self) -> builtins.list[str]:
        with self.db.reading() as session:
            return list(session.scalars(select(Statement.slug).order_by(Statement.id)))

    def same_wording(self, title: str, body: str) -> builtins.list[str]:
        """Slugs of statements with a version of exactly this title and body (an import run twice)."""
        query = (
            select(Statement.slug)
            .join(Version, Version.statement_id == Statement.id)
            .where(Version.title == title.strip(), Version.body == body.strip())
            .distinct()
            .order_by(Statement.slug)
        )
        with self.db.reading() as session:
            return list(session.scalars(query))

    def topics(self, viewer: Viewer) -> builtins.list[TopicCount]:
        """Every topic with the number of statements this viewer may see in it. A draft may create a topic:
        outsiders see a topic only once something visible to them uses it, or a reporting route does."""
        now = self.clock()
        visible = (
            select(version_topics.c.topic_slug, func.count().label("n"))
            .join(Version, Version.id == version_topics.c.version_id)
            .where(is_current(now), Version.status == "published", Version.audience.in_(viewer.audiences))
            .group_by(version_topics.c.topic_slug)
            .subquery()
        )
        query = (
            select(Topic.slug, Topic.name, func.coalesce(visible.c.n, 0))
            .outerjoin(visible, visible.c.topic_slug == Topic.slug)
            .order_by(Topic.slug)
        )
        if not viewer.is_staff:
            query = query.where(or_(visible.c.n.is_not(None), Topic.slug.in_(select(route_topics.c.topic_slug))))
        with self.db.reading() as session:
            return [TopicCount(slug, name, count) for slug, name, count in session.execute(query)]

    def audit(
        self, viewer: Viewer, slug: str | None = None, offset: int = 0, limit: int = 50
    ) -> tuple[builtins.list[AuditView], int]:
        self._require_staff(viewer)
        query = select(AuditEvent)
        if slug:
            query = query.where(AuditEvent.slug == slug)
        with self.db.reading() as session:
            total = session.scalar(query.with_only_columns(func.count(), maintain_column_froms=True)) or 0
            rows = session.scalars(query.order_by(AuditEvent.id.desc()).offset(offset).limit(limit))
            events = [AuditView(e.id, e.at, e.actor, e.action, e.slug, e.version, dict(e.detail)) for e in rows]
        return events, total

    # -- helpers -------------------------------------------------------------------------------------------

    def _view(self, session: Session, statement: Statement, number: int, now: datetime, current: int | None):
        version = session.scalar(
            with_everything(select(Version).where(Version.statement_id == statement.id, Version.number == number))
        )
        return version_view(version, now, current)

    @staticmethod
    def _currents(session: Session, statement_ids: Sequence[int], now: datetime) -> dict[int, int]:
        if not statement_ids:
            return {}
        return dict(session.execute(current_numbers(now, statement_ids)).all())

    @staticmethod
    def _check_outsider(view: VersionView, viewer: Viewer) -> VersionView:
        if viewer.is_staff:
            return view
        if view.audience not in viewer.audiences:
            raise NotFound()
        if view.withdrawn is not None:
            raise Gone(view.slug, view.withdrawn.at, view.withdrawn.reason)
        return view

    @staticmethod
    def _require_staff(viewer: Viewer) -> None:
        if not viewer.has_role(Role.editor):
            raise Forbidden("Only press office staff may see this.")


def _filtered(query, filters: Filters, viewer: Viewer):
    if filters.topic:
        # EXISTS, not ``id IN (SELECT ...)``: SQLite turned the IN list into a probe of every listed id for each
        # current version (1.3 s at 10k statements); EXISTS is one primary-key lookup per version (45 ms).
        query = query.where(
            exists().where(version_topics.c.version_id == Version.id, version_topics.c.topic_slug == filters.topic)
        )
    if filters.kind:
        query = query.where(Version.kind == filters.kind)
    if filters.audience:
        query = query.where(Version.audience == filters.audience)
    if filters.updated_since:
        column = Version.updated_at if viewer.is_staff else Version.publish_at
        query = query.where(column >= filters.updated_since)
    if viewer.is_staff and filters.status:
        query = query.where(Version.status == filters.status)
    if viewer.is_staff and filters.author:
        query = query.where(Version.author == filters.author)
    return query


def _diffable(view: VersionView) -> str:
    quotes = "\n\n".join(f"“{q.text}” — {q.speaker}, {q.role}" for q in view.quotes)
    return "\n\n".join(part for part in (view.title, view.summary, view.body, quotes) if part)

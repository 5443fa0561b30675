"""Read-only views the faces receive: plain frozen dataclasses, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .errors import withdrawal_notice
from .models import ReportingRoute, Version


@dataclass(frozen=True)
class QuoteView:
    text: str
    speaker: str
    role: str


@dataclass(frozen=True)
class RouteView:
    id: str
    name: str
    url: str | None
    phone: str | None
    when: str
    urgency: str
    topics: tuple[str, ...] = ()
    retired_at: datetime | None = None  # retired: kept for history, offered nowhere
    email: str | None = None


@dataclass(frozen=True)
class Withdrawal:
    at: datetime
    reason: str

    @property
    def notice(self) -> str:
        return withdrawal_notice(self.at, self.reason)


@dataclass(frozen=True)
class VersionView:
    """One version as the contract shows it. ``status`` is computed at read time (scheduled, superseded)."""

    slug: str
    title: str
    kind: str
    audience: str
    topics: tuple[str, ...]
    version: int
    status: str
    summary: str
    body: str
    quotes: tuple[QuoteView, ...]
    reporting_routes: tuple[RouteView, ...]
    change_note: str
    author: str
    contributors: tuple[str, ...]
    approved_by: str | None
    approved_at: datetime | None
    publish_at: datetime | None
    published_at: datetime | None
    review_by: date | None
    withdrawn: Withdrawal | None
    rejected_reason: str | None
    stale: bool
    revision: int
    created_at: datetime
    updated_at: datetime
    statement_updated_at: datetime
    case_stage: str | None = None
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def key(self) -> tuple[str, int]:
        return (self.slug, self.version)


def route_view(route: ReportingRoute) -> RouteView:
    return RouteView(
        id=route.id,
        name=route.name,
        url=route.url,
        phone=route.phone,
        when=route.when,
        urgency=route.urgency,
        topics=tuple(t.slug for t in route.topics),
        retired_at=route.retired_at,
        email=route.email,
    )


def display_status(version: Version, now: datetime, current_number: int | None) -> str:
    """The lifecycle status as readers see it at ``now``."""
    if version.status == "published":
        if version.publish_at is not None and version.publish_at > now:
            return "scheduled"
        if current_number is not None and version.number < current_number:
            return "superseded"
    return version.status


def version_view(version: Version, now: datetime, current_number: int | None) -> VersionView:
    statement = version.statement
    withdrawn = (
        Withdrawal(version.withdrawn_at, version.withdrawn_reason or "")
        if version.status == "withdrawn" and version.withdrawn_at is not None
        else None
    )
    published_at = version.publish_at if version.status in ("published", "withdrawn") else None
    return VersionView(
        slug=statement.slug,
        title=version.title,
        kind=version.kind,
        audience=version.audience,
        topics=tuple(t.slug for t in version.topics),
        version=version.number,
        status=display_status(version, now, current_number),
        summary=version.summary,
        body=version.body,
        quotes=tuple(QuoteView(q.text, q.speaker, q.role) for q in version.quotes),
        reporting_routes=tuple(route_view(link.route) for link in version.route_links),
        change_note=version.change_note,
        author=version.author,
        contributors=tuple(version.contributors or ()),
        approved_by=version.approved_by,
        approved_at=version.approved_at,
        publish_at=version.publish_at,
        published_at=published_at,
        review_by=version.review_by,
        withdrawn=withdrawn,
        rejected_reason=version.rejected_reason,
        stale=version.review_by is not None and version.review_by < now.date(),
        revision=statement.revision,
        created_at=version.created_at,
        updated_at=version.updated_at,
        statement_updated_at=statement.updated_at,
        case_stage=version.case_stage,
    )

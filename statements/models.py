"""SQLAlchemy tables. Only the store writes them; everything else reads views (see views.py)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from .types import UTCDateTime

SLUG_LENGTH = 100  # topic slugs and route ids: what the API accepts, the columns hold (migration 0006)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), date: Date()}


route_topics = Table(
    "route_topics",
    Base.metadata,
    Column("route_id", ForeignKey("reporting_routes.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_slug", ForeignKey("topics.slug", ondelete="CASCADE"), primary_key=True),
)

version_topics = Table(
    "version_topics",
    Base.metadata,
    Column("version_id", ForeignKey("versions.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_slug", ForeignKey("topics.slug"), primary_key=True),
)


class Topic(Base):
    __tablename__ = "topics"
    slug: Mapped[str] = mapped_column(String(SLUG_LENGTH), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


def topic_for(session: Session, slug: str) -> Topic:
    """The topic ``slug``, created with a name made from the slug when it is new (drafts and routes may name one)."""
    topic = session.get(Topic, slug)
    if topic is None:
        topic = Topic(slug=slug, name=slug.replace("-", " ").capitalize())
        session.add(topic)
    return topic


class ReportingRoute(Base):
    __tablename__ = "reporting_routes"
    id: Mapped[str] = mapped_column(String(SLUG_LENGTH), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(500))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))  # migration 0009
    when: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[str] = mapped_column(String(20))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime]
    retired_at: Mapped[datetime | None]  # retired: kept for the versions that cite it, no longer offered
    topics: Mapped[list[Topic]] = relationship(secondary=route_topics, order_by=Topic.slug)


class Statement(Base):
    __tablename__ = "statements"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    versions: Mapped[list[Version]] = relationship(
        back_populates="statement", order_by="Version.number", cascade="all, delete-orphan"
    )


class Version(Base):
    __tablename__ = "versions"
    __table_args__ = (
        UniqueConstraint("statement_id", "number"),
        Index("ix_versions_visible", "status", "publish_at"),
        Index("ix_versions_statement_status", "statement_id", "status", "publish_at"),
        Index("ix_versions_updated", "updated_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    status: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(30))
    audience: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    change_note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200))
    contributors: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    submitted_at: Mapped[datetime | None]
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None]
    rejected_by: Mapped[str | None] = mapped_column(String(200))
    rejected_reason: Mapped[str | None] = mapped_column(Text)
    publish_at: Mapped[datetime | None]
    withdrawn_at: Mapped[datetime | None]
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    review_by: Mapped[date | None]

    statement: Mapped[Statement] = relationship(back_populates="versions")
    quotes: Mapped[list[Quote]] = relationship(
        order_by="Quote.position", cascade="all, delete-orphan", back_populates="version"
    )
    route_links: Mapped[list[VersionRoute]] = relationship(
        order_by="VersionRoute.position", cascade="all, delete-orphan"
    )
    topics: Mapped[list[Topic]] = relationship(secondary=version_topics, order_by=Topic.slug)


class Quote(Base):
    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    speaker: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[Version] = relationship(back_populates="quotes")


class VersionRoute(Base):
    __tablename__ = "version_routes"
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"), primary_key=True)
    route_id: Mapped[str] = mapped_column(ForeignKey("reporting_routes.id"), primary_key=True)
    position: Mapped[int]
    route: Mapped[ReportingRoute] = relationship(lazy="joined")


class AuditEvent(Base):
    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    slug: Mapped[str | None] = mapped_column(String(120), index=True)
    version: Mapped[int | None]
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class ChangeLogEntry(Base):
    """One row per committed change to what may be served; the index follows it by ``position``."""

    __tablename__ = "change_log"
    position: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime]
    slug: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))


class ApiKey(Base):
    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    slack_user: Mapped[str | None] = mapped_column(String(40), index=True)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]

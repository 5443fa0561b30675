"""Tables of media distribution: contacts, lists, the lists chosen for a release, sends and enquiries.

Contacts are personal data: ``erase`` removes a contact and scrubs their name and address from sends and
enquiries (the audit keeps only that an erasure happened). A send is one message to one address, recorded by
the media sink when the mail server accepted it; it is how a cancelled embargo finds everyone who was told.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..models import Base

EMAIL_LENGTH = 254


class Contact(Base):
    """A journalist or newsroom. ``email`` is stored lower-cased and is unique; ``topics`` are their beats (topic
    slugs). ``do_not_send`` is set by staff; ``unsubscribed_at`` by the contact's own one-click unsubscribe,
    through ``unsubscribe_token``."""

    __tablename__ = "media_contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(EMAIL_LENGTH), unique=True)
    outlet: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    do_not_send: Mapped[bool] = mapped_column(Boolean, default=False)
    unsubscribed_at: Mapped[datetime | None]
    unsubscribe_token: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class MediaList(Base):
    __tablename__ = "media_lists"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ListMember(Base):
    __tablename__ = "media_list_members"
    list_id: Mapped[int] = mapped_column(ForeignKey("media_lists.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("media_contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ReleaseList(Base):
    """A list chosen (at approval or publication, or later in the console) to receive a version when it goes
    live."""

    __tablename__ = "media_release_lists"
    slug: Mapped[str] = mapped_column(String(120), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("media_lists.id", ondelete="CASCADE"), primary_key=True)
    chosen_by: Mapped[str] = mapped_column(String(200), default="")
    chosen_at: Mapped[datetime]


class Send(Base):
    """One message to one address. ``kind``: release, advance, embargo_cancelled, embargo_moved, withdrawn.
    ``contact_id`` and ``email`` are cleared when the contact is erased (the count stays)."""

    __tablename__ = "media_sends"
    __table_args__ = (
        UniqueConstraint("message_id", name="uq_media_sends_message_id"),
        Index("ix_media_sends_release", "slug", "version", "kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    slug: Mapped[str] = mapped_column(String(120))
    version: Mapped[int]
    event_id: Mapped[int | None] = mapped_column(ForeignKey("release_events.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("media_contacts.id", ondelete="SET NULL"), index=True)
    email: Mapped[str] = mapped_column(String(EMAIL_LENGTH), default="")
    message_id: Mapped[str] = mapped_column(String(200))
    sent_at: Mapped[datetime]


class AdvanceCopy(Base):
    """An approver's embargoed advance send of a scheduled version (also audited)."""

    __tablename__ = "media_advance_copies"
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), index=True)
    version: Mapped[int]
    list_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    embargo_until: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("release_events.id", ondelete="SET NULL"))
    created_at: Mapped[datetime]


class Enquiry(Base):
    """A media enquiry and what the office said. ``contact_id`` links a known contact; ``journalist`` and
    ``outlet`` hold what was typed (or the contact's name at the time). ``status``: open, answered, declined."""

    __tablename__ = "media_enquiries"
    __table_args__ = (Index("ix_media_enquiries_received", "received_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("media_contacts.id", ondelete="SET NULL"), index=True)
    journalist: Mapped[str] = mapped_column(String(200), default="")
    outlet: Mapped[str] = mapped_column(String(200), default="")
    question: Mapped[str] = mapped_column(Text)
    deadline: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="open")
    answer: Mapped[str] = mapped_column(Text, default="")
    slug: Mapped[str | None] = mapped_column(String(120), index=True)
    version: Mapped[int | None]
    logged_by: Mapped[str] = mapped_column(String(200))
    answered_by: Mapped[str | None] = mapped_column(String(200))
    received_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]

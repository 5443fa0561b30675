"""Media contacts and lists for tests, made by inserting rows (the contacts API is another module's), and
what the release emails left behind."""

from __future__ import annotations

import secrets

from sqlalchemy import select

from statements.media.models import Contact, ListMember, MediaList, ReleaseList, Send

PUBLIC_URL = "https://press.example.org"
SENDER = "Westshire Press Office <press@westshire.example.org>"


def add_contact(services, name, email, *, do_not_send=False, unsubscribed=False):
    now = services.clock()
    with services.db.writing() as session:
        contact = Contact(name=name, email=email, outlet="", phone="", topics=[], notes="", do_not_send=do_not_send,
                          unsubscribed_at=now if unsubscribed else None, unsubscribe_token=secrets.token_urlsafe(32),
                          created_at=now, updated_at=now)  # fmt: skip
        session.add(contact)
        session.flush()
        return contact.id


def add_list(services, name, contact_ids):
    now = services.clock()
    with services.db.writing() as session:
        media_list = MediaList(name=name, description="", created_at=now, updated_at=now)
        session.add(media_list)
        session.flush()
        session.add_all(ListMember(list_id=media_list.id, contact_id=c) for c in contact_ids)
        return media_list.id


def newsroom(services, name="Newsdesks", count=3, start=0):
    """A list of ``count`` reachable journalists; returns (list id, their addresses)."""
    emails = [f"reporter{i}@paper{i}.example.com" for i in range(start, start + count)]
    ids = [add_contact(services, f"Reporter {i}", e) for i, e in zip(range(start, start + count), emails, strict=True)]
    return add_list(services, name, ids), emails


def chosen(services, slug, version):
    with services.db.reading() as session:
        return sorted(session.scalars(select(ReleaseList.list_id).where(ReleaseList.slug == slug,
                                                                      ReleaseList.version == version)))  # fmt: skip


def sends(services):
    with services.db.reading() as session:
        return session.scalars(select(Send).order_by(Send.id)).all()


def token_of(services, email):
    with services.db.reading() as session:
        return session.scalar(select(Contact.unsubscribe_token).where(Contact.email == email))

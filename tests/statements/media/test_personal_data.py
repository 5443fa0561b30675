"""Contacts are personal data: an admin can export everything held on one person, and erase them."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from statements.errors import Forbidden
from statements.media.models import Enquiry, Send
from statements.models import AuditEvent
from tests.conftest import ADMIN, APPROVER, EDITOR

NAME, EMAIL, OUTLET, PHONE = "Priya Private", "priya@private-news.example", "Private News", "020 7946 0123"


@pytest.fixture
def person(services, contacts, create_contact, clock):
    """A contact on a list, with two sends and three enquiries (one linked, one typed in, one someone else's)."""
    priya = create_contact(NAME, EMAIL, outlet=OUTLET, phone=PHONE, notes="Met at the summit")
    contacts.lists.create({"name": "Nationals", "contacts": [priya.id]}, EDITOR)
    with services.db.writing() as session:
        session.add_all([
            Send(kind="release", slug="road-closure", version=1, contact_id=priya.id, email=EMAIL,
                 message_id="<m1@pressline>", sent_at=clock()),
            Send(kind="advance", slug="road-closure", version=2, contact_id=None, email=EMAIL,
                 message_id="<m2@pressline>", sent_at=clock()),
            Send(kind="release", slug="road-closure", version=1, contact_id=None, email="other@example.org",
                 message_id="<m3@pressline>", sent_at=clock()),
            Enquiry(contact_id=priya.id, journalist=NAME, outlet=OUTLET, question="Is the road shut?",
                    logged_by="Edith Editor", received_at=clock(), updated_at=clock()),
            Enquiry(contact_id=None, journalist=NAME.upper(), outlet=OUTLET, question="When does it reopen?",
                    logged_by="Edith Editor", received_at=clock(), updated_at=clock()),
            Enquiry(contact_id=None, journalist=NAME, outlet="Another Paper", question="Someone else's",
                    logged_by="Edith Editor", received_at=clock(), updated_at=clock()),
        ])  # fmt: skip
    return priya


def test_the_export_holds_the_contact_their_lists_sends_and_enquiries(contacts, person):
    document = contacts.export_person(person.id, ADMIN)

    assert document["contact"]["email"] == EMAIL and document["contact"]["phone"] == PHONE
    assert [entry["name"] for entry in document["lists"]] == ["Nationals"]
    assert [(s["kind"], s["slug"], s["version"]) for s in document["sends"]] == [
        ("release", "road-closure", 1), ("advance", "road-closure", 2)
    ]  # fmt: skip
    assert sorted(e["question"] for e in document["enquiries"]) == ["Is the road shut?", "When does it reopen?"]
    json.dumps(document)


@pytest.mark.parametrize("action", ["export_person", "erase"])
def test_only_an_admin_exports_or_erases_a_person(contacts, person, action):
    with pytest.raises(Forbidden):
        getattr(contacts, action)(person.id, APPROVER)


def test_erasure_removes_the_person_from_every_table_and_the_audit_keeps_none_of_it(services, contacts, person):
    counts = contacts.erase(person.id, ADMIN)

    with services.db.reading() as session:
        dump = "\n".join(
            str(row)
            for table in ("media_contacts", "media_list_members", "media_sends", "audit_events")
            for row in session.execute(text(f"SELECT * FROM {table}"))
        ).lower()
        erased = session.scalars(select(AuditEvent).where(AuditEvent.action == "contact_erase")).one()
        kept = session.scalars(select(Enquiry.journalist).order_by(Enquiry.id)).all()
    for secret in (NAME, EMAIL, PHONE, "met at the summit"):
        assert secret.lower() not in dump
    assert counts == {"sends": 2, "enquiries": 2, "lists": 1}
    assert erased.detail == {"contact": person.id, **counts} and erased.actor == ADMIN.name
    assert kept == ["[erased]", "[erased]", NAME]  # the namesake at another paper is someone else


def test_erasure_keeps_the_send_count(services, contacts, person):
    contacts.erase(person.id, ADMIN)

    with services.db.reading() as session:
        assert session.scalar(select(text("count(*)")).select_from(Send)) == 3

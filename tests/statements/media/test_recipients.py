"""Who a release to some lists reaches (statements.media.recipients, shared by every kind of send)."""

from __future__ import annotations

from statements.media.recipients import recipients
from tests.conftest import EDITOR


def test_recipients_exclude_do_not_send_contacts_and_count_each_member_once(services, contacts, create_contact):
    rita = create_contact()
    sam = create_contact("Sam Smith", "sam@radio.example", do_not_send=True)
    tom = create_contact("Tom Jones", "tom@gazette.example")
    one = contacts.lists.create({"name": "One", "contacts": [rita.id, sam.id, tom.id]}, EDITOR)
    two = contacts.lists.create({"name": "Two", "contacts": [rita.id]}, EDITOR)

    with services.db.reading() as session:
        reached = recipients(session, [one.id, two.id])

    assert [r.email for r in reached] == ["rita@westshire-echo.co.uk", "tom@gazette.example"]

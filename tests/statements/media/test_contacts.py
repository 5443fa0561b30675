"""Media contacts: who the press office sends releases to, kept tidy by the domain's rules."""

from __future__ import annotations

import pytest

from statements.errors import Forbidden, NotFound, ValidationFailed
from statements.media.models import Contact
from tests.conftest import ADMIN, APPROVER, EDITOR, PARTNER


def test_a_new_contact_keeps_its_fields_and_stores_the_email_lower_cased(create_contact):
    contact = create_contact(email="  Rita@Westshire-Echo.CO.UK ", outlet="Westshire Echo", phone="020 7946 0000",
                          topics=["fraud", "road-safety"], notes="Prefers email")  # fmt: skip

    assert contact.email == "rita@westshire-echo.co.uk"
    assert (contact.outlet, contact.phone, contact.topics) == (
        "Westshire Echo",
        "020 7946 0000",
        ("fraud", "road-safety"),
    )
    assert contact.do_not_send is False and contact.sendable


def test_each_new_contact_gets_its_own_unsubscribe_token(services, create_contact):
    first, second = create_contact(), create_contact(name="Sam Sub", email="sam@example.org")

    with services.db.reading() as session:
        tokens = [session.get(Contact, c.id).unsubscribe_token for c in (first, second)]
    assert all(len(token) >= 32 for token in tokens) and tokens[0] != tokens[1]


def test_a_duplicate_email_is_refused_on_the_email_field(create_contact):
    create_contact(email="rita@westshire-echo.co.uk")

    with pytest.raises(ValidationFailed) as caught:
        create_contact(name="Rita Again", email="RITA@westshire-echo.co.uk")

    assert list(caught.value.errors) == ["email"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"email": "not an address"}, "email"),
        ({"name": "  "}, "name"),
        ({"phone": "999"}, "phone"),
        ({"phone": "call me"}, "phone"),
        ({"topics": ["no-such-beat"]}, "topics"),
        ({"do_not_send": "yes"}, "do_not_send"),
        ({"salary": 1}, "salary"),
    ],
)
def test_bad_input_is_refused_per_field(create_contact, fields, field):
    with pytest.raises(ValidationFailed) as caught:
        create_contact(**fields)

    assert field in caught.value.errors


def test_a_foreign_correspondent_number_with_its_country_code_is_accepted(create_contact):
    assert create_contact(phone="+33 1 23 45 67 89").phone == "+33 1 23 45 67 89"


def test_update_changes_only_the_fields_given(contacts, create_contact):
    contact = create_contact(outlet="Westshire Echo")

    updated = contacts.update(contact.id, {"do_not_send": True}, APPROVER)

    assert updated.do_not_send is True and updated.outlet == "Westshire Echo" and not updated.sendable


def test_update_may_keep_the_contacts_own_email(contacts, create_contact):
    contact = create_contact()

    assert contacts.update(contact.id, {"email": contact.email.upper()}, EDITOR).email == contact.email


def test_search_matches_name_outlet_or_email_in_any_case(contacts, create_contact):
    create_contact("Rita Reporter", "rita@echo.example", outlet="Westshire Echo")
    create_contact("Sam Smith", "sam@radio.example", outlet="Radio Westshire")
    create_contact("Tom Jones", "tom@gazette.example", outlet="Gazette")

    names = {q: [c.name for c in contacts.search(EDITOR, q)[0]] for q in ("westshire", "SAM@", "gazette", "%")}

    assert names == {"westshire": ["Rita Reporter", "Sam Smith"], "SAM@": ["Sam Smith"], "gazette": ["Tom Jones"],
                     "%": []}  # fmt: skip


def test_delete_removes_the_contact(contacts, create_contact):
    contact = create_contact()

    contacts.delete(contact.id, EDITOR)

    with pytest.raises(NotFound):
        contacts.get(contact.id, EDITOR)


@pytest.mark.parametrize("actor", [PARTNER])
def test_only_the_press_office_manages_contacts(contacts, actor):
    with pytest.raises(Forbidden):
        contacts.create({"name": "X", "email": "x@example.org"}, actor)
    with pytest.raises(Forbidden):
        contacts.search(actor)


def test_writes_are_audited_by_id_only(services, create_contact):
    contact = create_contact(name="Audited Person", email="audited@example.org")
    services.contacts.update(contact.id, {"outlet": "Echo"}, ADMIN)

    events = services.catalogue.audit(ADMIN, None, 0, 50)[0]
    mine = [(e.action, e.detail) for e in events if e.action.startswith("contact_")]

    assert ("contact_create", {"contact": contact.id}) in mine
    assert ("contact_update", {"contact": contact.id, "fields": ["outlet"]}) in mine

"""Media lists: named sets of contacts that releases go to."""

from __future__ import annotations

import pytest

from statements.errors import NotFound, ValidationFailed
from tests.conftest import EDITOR


@pytest.fixture
def lists(contacts):
    return contacts.lists


def test_a_list_holds_the_contacts_given_with_its_member_count(lists, create_contact):
    rita, sam = create_contact(), create_contact("Sam Smith", "sam@radio.example")

    made = lists.create({"name": "Local press", "description": "Papers", "contacts": [sam.id, rita.id]}, EDITOR)

    assert made.member_count == 2
    assert [m.name for m in lists.get(made.id, EDITOR).members] == ["Rita Reporter", "Sam Smith"]


def test_a_list_name_is_unique(lists):
    lists.create({"name": "Local press"}, EDITOR)

    with pytest.raises(ValidationFailed) as caught:
        lists.create({"name": "Local press"}, EDITOR)

    assert list(caught.value.errors) == ["name"]


def test_an_unknown_contact_id_is_refused_on_the_contacts_field(lists, create_contact):
    rita = create_contact()

    with pytest.raises(ValidationFailed) as caught:
        lists.create({"name": "Local press", "contacts": [rita.id, 999_999, 2**40]}, EDITOR)

    assert caught.value.errors["contacts"] == ["No contact with id 999999, 1099511627776."]


def test_update_replaces_the_members(lists, create_contact):
    rita, sam = create_contact(), create_contact("Sam Smith", "sam@radio.example")
    made = lists.create({"name": "Local press", "contacts": [rita.id]}, EDITOR)

    updated = lists.update(made.id, {"contacts": [sam.id]}, EDITOR)

    assert [m.id for m in updated.members] == [sam.id]


def test_listing_counts_members_without_listing_them(lists, create_contact):
    rita = create_contact()
    lists.create({"name": "B list", "contacts": [rita.id]}, EDITOR)
    lists.create({"name": "a list"}, EDITOR)

    items, total = lists.all(EDITOR)

    assert total == 2 and [(i.name, i.member_count, i.members) for i in items] == [("a list", 0, ()), ("B list", 1, ())]


def test_deleting_a_list_keeps_its_contacts(contacts, lists, create_contact):
    rita = create_contact()
    made = lists.create({"name": "Local press", "contacts": [rita.id]}, EDITOR)

    lists.delete(made.id, EDITOR)

    with pytest.raises(NotFound):
        lists.get(made.id, EDITOR)
    assert contacts.get(rita.id, EDITOR).lists == ()


def test_deleting_a_contact_takes_them_off_their_lists(contacts, lists, create_contact):
    rita = create_contact()
    made = lists.create({"name": "Local press", "contacts": [rita.id]}, EDITOR)

    contacts.delete(rita.id, EDITOR)

    assert lists.get(made.id, EDITOR).member_count == 0

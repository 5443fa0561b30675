"""Media fixtures: contacts made through the contacts service (``create_contact``) or inserted as rows
(``add_contact``, for the enquiry log's tests), and the services under test."""

from __future__ import annotations

import pytest

from statements.media.models import Contact
from tests.conftest import EDITOR


@pytest.fixture
def contacts(services):
    return services.contacts


@pytest.fixture
def create_contact(contacts):
    """Create a contact through the service with sensible defaults; keyword arguments override them."""

    def create(name: str = "Rita Reporter", email: str = "rita@westshire-echo.co.uk", **fields):
        return contacts.create({"name": name, "email": email, **fields}, EDITOR)

    return create


@pytest.fixture
def add_contact(services, clock):
    def add(name: str = "Jo Bloggs", outlet: str = "Daily Gazette", email: str | None = None) -> int:
        with services.db.writing() as session:
            contact = Contact(
                name=name, outlet=outlet, email=email or f"{name.lower().replace(' ', '.')}@example.org",
                unsubscribe_token=name.lower().replace(" ", "-"), created_at=clock(), updated_at=clock(),
            )  # fmt: skip
            session.add(contact)
            session.flush()
            return contact.id

    return add


@pytest.fixture
def enquiries(services):
    return services.enquiries

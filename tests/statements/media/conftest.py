"""Enquiry-log fixtures: contacts inserted as rows (the contacts service belongs to another module)."""

from __future__ import annotations

import pytest

from statements.media.models import Contact


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

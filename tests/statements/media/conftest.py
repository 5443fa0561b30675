"""Media fixtures: a few contacts to build lists and imports from."""

from __future__ import annotations

import pytest

from tests.conftest import EDITOR


@pytest.fixture
def contacts(services):
    return services.contacts


@pytest.fixture
def add_contact(contacts):
    """Create a contact with sensible defaults; keyword arguments override them."""

    def add(name: str = "Rita Reporter", email: str = "rita@westshire-echo.co.uk", **fields):
        return contacts.create({"name": name, "email": email, **fields}, EDITOR)

    return add

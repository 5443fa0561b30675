"""A reporting route's phone is a valid UK number or a recognised UK short code (statements.phones)."""

from __future__ import annotations

import pytest

from statements.errors import ValidationFailed
from statements.phones import is_valid_phone
from statements.registry import load_routes
from tests.conftest import ADMIN


@pytest.mark.parametrize(
    "phone", ["999", "101", "112", "111", "116 123", "116 000", "159", "85258", "7726", "0800 555 111",
              "0300 123 2040", "+44 20 7946 0000", "0808 2000 247"],
)  # fmt: skip
def test_uk_numbers_and_recognised_short_codes_are_valid(phone):
    assert is_valid_phone(phone)


@pytest.mark.parametrize(
    "phone", ["call me maybe <script>", "12", "7727", "+1 202 555 0100", "07700 900123", "0" * 41, ""]
)
def test_other_text_is_not_a_phone_number(phone):
    assert not is_valid_phone(phone)


def test_every_bundled_route_phone_is_valid():
    assert all(is_valid_phone(route.phone) for route in load_routes() if route.phone)


def test_a_route_with_an_invalid_phone_is_refused_with_a_message_for_the_field(services):
    with pytest.raises(ValidationFailed) as refused:
        services.routes.save({"name": "Bad", "phone": "call me maybe <script>", "urgency": "support"}, ADMIN)

    assert "UK phone number" in refused.value.errors["phone"][0]

"""API keys are stored as hashes, authenticate to their role, and stop working once revoked."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from statements.errors import ValidationFailed
from statements.models import ApiKey
from statements.viewer import Role


def test_a_key_authenticates_as_its_owner_and_role(services):
    _view, token = services.keys.create("Jo Press", "approver")
    viewer = services.keys.authenticate(token)
    assert (viewer.name, viewer.role, viewer.kind) == ("Jo Press", Role.approver, "staff")


def test_only_a_hash_of_the_key_is_stored(services):
    _, token = services.keys.create("Jo Press", "editor")
    with services.db.reading() as session:
        stored = session.scalar(select(ApiKey))
    assert token not in (stored.key_hash, stored.prefix) and len(stored.key_hash) == 64


def test_revoked_and_unknown_keys_do_not_authenticate(services):
    view, token = services.keys.create("Jo Press", "editor")
    services.keys.revoke(str(view.id))
    assert services.keys.authenticate(token) is None
    assert services.keys.authenticate("pl_not-a-key") is None


def test_partner_keys_are_partner_viewers(services):
    _, token = services.keys.create("Council", "partner")
    assert services.keys.authenticate(token).kind == "partner"


def test_a_bad_role_is_refused(services):
    with pytest.raises(ValidationFailed):
        services.keys.create("x", "superuser")


def test_slack_users_map_to_their_key(services):
    services.keys.create("Abe", "approver", slack_user="U123")
    assert services.keys.by_slack_user("U123").name == "Abe"
    assert services.keys.by_slack_user("U999") is None


def test_revoking_an_absurdly_large_id_is_not_found(services):
    from statements.errors import NotFound

    with pytest.raises(NotFound):
        services.keys.revoke("9" * 30)

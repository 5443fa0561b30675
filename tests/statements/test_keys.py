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


@pytest.mark.parametrize("user", ["jo", "u024be7lh", "@jo.bloggs", "U 024", "X024BE7LH", "U<script>", "U" + "1" * 40])
def test_a_slack_user_that_is_not_a_slack_user_id_is_refused(services, user):
    with pytest.raises(ValidationFailed) as caught:
        services.keys.create("Abe", "approver", slack_user=user)
    assert list(caught.value.errors) == ["slack_user"]


@pytest.mark.parametrize("user", ["U024BE7LH", "W012A3CDE"])
def test_slack_user_ids_and_enterprise_grid_ids_are_accepted(services, user):
    view, _ = services.keys.create("Abe", "approver", slack_user=user)
    assert view.slack_user == user


def test_revoking_an_absurdly_large_id_is_not_found(services):
    from statements.errors import NotFound

    with pytest.raises(NotFound):
        services.keys.revoke("9" * 30)

"""The API face under test: a real app on a migrated, seeded database, a test client and keys for each role."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from api import create_app
from statements.registry import load_routes, load_topics
from tests.conftest import ADMIN, APPROVER, APPROVER2, EDITOR, EDITOR2, PARTNER, WorkflowHelper

API = "/api/v1"


@dataclass(frozen=True)
class Keys:
    partner: str
    editor: str
    editor2: str
    approver: str
    approver2: str
    admin: str
    revoked: str

    def header(self, role: str | None) -> dict[str, str]:
        """Authorization header for a role name (``None`` or "anonymous": no header)."""
        if role in (None, "anonymous"):
            return {}
        return {"Authorization": f"Bearer {getattr(self, role)}"}


@pytest.fixture
def app_config(tmp_path, database_url, clock) -> dict:
    return {
        "DATA_DIR": tmp_path / "var",
        "DATABASE_URL": database_url,
        "CLOCK": clock,
        "SECRET_KEY": "test-secret",
        "RATE_LIMITS": "100000 per minute",
        "TESTING": True,
    }


@pytest.fixture
def app(app_config):
    app = create_app(app_config)
    app.extensions["pressline"].routes.seed(load_routes(), load_topics())
    yield app
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def workflow(app) -> WorkflowHelper:
    """Lifecycle moves through the app's own services, so the search index hears every change."""
    return WorkflowHelper(app.extensions["pressline"])


@pytest.fixture
def keys(app) -> Keys:
    store = app.extensions["pressline"].keys

    def token(viewer, role):
        return store.create(viewer.name, role)[1]

    revoked_view, revoked = store.create("Former Partner", "partner")
    store.revoke(str(revoked_view.id))
    return Keys(
        partner=token(PARTNER, "partner"),
        editor=token(EDITOR, "editor"),
        editor2=token(EDITOR2, "editor"),
        approver=token(APPROVER, "approver"),
        approver2=token(APPROVER2, "approver"),
        admin=token(ADMIN, "admin"),
        revoked=revoked,
    )

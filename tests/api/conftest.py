"""The API face under test: a real app on a migrated, seeded database, a test client and keys for each role."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text

from api import create_app
from statements.models import Base
from statements.registry import load_routes, load_topics
from tests.conftest import ADMIN, APPROVER, APPROVER2, EDITOR, EDITOR2, PARTNER, PG_URL, WorkflowHelper, copy_template

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
def database_url(request, tmp_path, _template_db) -> str:
    """A copy of the seeded template (tests/conftest.py) on SQLite; in the PostgreSQL lane, the shared fixture's
    emptied database."""
    if PG_URL and "sqlite_only" not in request.keywords:
        url = request.getfixturevalue("_pg_schema")
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {', '.join(t.name for t in Base.metadata.sorted_tables)} CASCADE"))
        engine.dispose()
        return url
    return copy_template(_template_db, tmp_path / "pressline.db")


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
    if PG_URL:
        app.extensions["pressline"].routes.seed(load_routes(), load_topics())
    yield app
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()


@pytest.fixture
def app_without_database(app_config, tmp_path, _template_db):
    """An app whose SQLite database vanished after start-up (its directory renamed away)."""
    db_dir = tmp_path / "db"
    db_dir.mkdir()
    url = copy_template(_template_db, db_dir / "pressline.db")
    app = create_app({**app_config, "DATABASE_URL": url, "TESTING": False})
    db_dir.rename(tmp_path / "gone")
    app.extensions["pressline"].db.dispose()
    yield app
    app.extensions["pressline.search"].close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def workflow(app) -> WorkflowHelper:
    """Lifecycle moves through the app's own services, so the search index hears every change."""
    return WorkflowHelper(app.extensions["pressline"])


@pytest.fixture
def keys(app) -> Keys:
    return make_keys(app)


def make_keys(app) -> Keys:
    """A live key for every role (named like the viewers in tests/conftest.py) and a revoked one."""
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

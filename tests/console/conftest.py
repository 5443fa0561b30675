"""Console fixtures: the real app on a temp database, keys for every role, and a signed-in client per role."""

from __future__ import annotations

import dataclasses
import re

import pytest

from api.app import create_app
from index import SearchIndex
from statements import ConsoleSessions, open_services
from statements.registry import load_routes, load_topics
from tests.conftest import PG_URL, WorkflowHelper, copy_template

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')

ROLES = {
    "editor": "Edith Editor",
    "editor2": "Ed Second",
    "approver": "Abe Approver",
    "approver2": "Ada Approver",
    "admin": "Adam Admin",
    "partner": "Westshire Council",
}


@pytest.fixture
def console_database_url(request, tmp_path, _template_db) -> str:
    """A copy of the seeded template (tests/conftest.py); in the PostgreSQL lane, the emptied database, seeded."""
    if PG_URL:
        url = request.getfixturevalue("database_url")
        services = open_services(url)
        services.routes.seed(load_routes(), load_topics())
        services.db.dispose()
        return url
    return copy_template(_template_db, tmp_path / "pressline.db")


@pytest.fixture(scope="session")
def _shared_app(tmp_path_factory, _migrated_template):
    """One app for the whole console suite (the factory's API registration is the slow part of a test)."""
    folder = tmp_path_factory.mktemp("console-app")
    url = copy_template(_migrated_template, folder / "unused.db")
    app = create_app({"DATA_DIR": folder, "DATABASE_URL": url, "SECRET_KEY": "test-secret", "TESTING": True})
    yield app
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()


@pytest.fixture
def app(_shared_app, tmp_path, console_database_url, clock):
    """The shared app wired, for this test only, to its own database, index and clock.

    The console reaches its collaborators only through ``app.extensions``, so swapping them there is how the
    factory's own wiring is reproduced per test; config changes are undone afterwards.
    """
    app = _shared_app
    services = open_services(console_database_url, clock)
    search = SearchIndex(tmp_path / "index", services.catalogue, services.changes, clock)
    services.workflow.subscribe(search.on_change)
    saved_config, saved = dict(app.config), dict(app.extensions)
    console = app.extensions["pressline.console"]
    app.extensions.update(
        {"pressline": services, "pressline.search": search,
         "pressline.console": dataclasses.replace(
             console, services=services, search=search, sessions=ConsoleSessions(services.db, clock))}
    )  # fmt: skip
    yield app
    app.config.clear()
    app.config.update(saved_config)
    app.extensions.clear()
    app.extensions.update(saved)
    search.close()
    services.db.dispose()


@pytest.fixture
def fresh_app(tmp_path, console_database_url, clock):
    """A brand-new app from the factory, for tests that add routes or inspect how it was built."""
    app = create_app(
        {"DATA_DIR": tmp_path / "fresh", "DATABASE_URL": console_database_url, "SECRET_KEY": "test-secret",
         "CLOCK": clock, "TESTING": True}
    )  # fmt: skip
    yield app
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()


@pytest.fixture
def app_services(app):
    return app.extensions["pressline"]


@pytest.fixture
def flow(app_services) -> WorkflowHelper:
    """Moves statements through the lifecycle with the app's own services (so its index hears of it)."""
    return WorkflowHelper(app_services)


class Keys(dict):
    """Keys by role name, each made on first use (every key is a database write)."""

    def __init__(self, services) -> None:
        super().__init__()
        self.services = services

    def __missing__(self, who: str) -> str:
        role = {"editor2": "editor", "approver2": "approver"}.get(who, who)
        self[who] = self.services.keys.create(ROLES[who], role)[1]
        return self[who]


@pytest.fixture
def keys(app_services) -> Keys:
    return Keys(app_services)


class Browser:
    """A test client that signs in and sends forms with the CSRF token the page gave it."""

    def __init__(self, client) -> None:
        self.client = client

    def get(self, url: str, **kwargs):
        return self.client.get(url, **kwargs)

    def token(self, url: str = "/console/login") -> str:
        page = self.client.get(url, follow_redirects=True)
        found = CSRF.search(page.get_data(as_text=True))
        assert found, f"no csrf_token on {url}"
        return found.group(1)

    def post(self, url: str, data: dict | None = None, token_from: str | None = None, **kwargs):
        data = dict(data or {})
        data.setdefault("csrf_token", self.token(token_from or "/console/login"))
        return self.client.post(url, data=data, **kwargs)

    def sign_in(self, key: str):
        return self.post("/console/login", {"key": key})


@pytest.fixture
def browser(app) -> Browser:
    return Browser(app.test_client())


@pytest.fixture
def signed_in(app, keys):
    """``signed_in("approver")`` gives a Browser signed in with that role's key."""

    def make(who: str) -> Browser:
        browser = Browser(app.test_client())
        response = browser.sign_in(keys[who])
        assert response.status_code == 303, response.get_data(as_text=True)
        return browser

    return make

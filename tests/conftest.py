"""Shared fixtures: a real database (SQLite in a temp dir, or PostgreSQL in its lane), a settable clock,
viewers for every role and a ``workflow`` helper that moves statements through the lifecycle."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

import migrations
from statements import Services, Viewer, open_services
from statements.models import Base
from statements.registry import load_routes, load_topics

PG_URL = os.environ.get("PRESSLINE_TEST_DATABASE_URL")

pytest_plugins = ["tests.lanes"]

# The default lane runs in one process per core (setup.cfg: ``-n auto``, pytest-xdist). Every worker gets its own
# temp dir (tmp_path_factory), so its own SQLite templates and databases; ports are ephemeral. The other lanes run
# in one process: the PostgreSQL lane empties and migrates one shared database (PRESSLINE_TEST_DATABASE_URL), the
# multi-node lane makes databases named after it and shares Redis, the browser lane writes test-output/.
DEFAULT_LANE = "not postgres and not slow and not browser"  # setup.cfg's ``-m``


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto``: xdist's count (one worker per core) for the default lane on SQLite, else no workers."""
    if PG_URL or config.getoption("markexpr") != DEFAULT_LANE:
        return 0
    return None


def pytest_configure(config: pytest.Config) -> None:
    if PG_URL and (getattr(config.option, "numprocesses", None) or 0) > 0:
        raise pytest.UsageError(
            "PRESSLINE_TEST_DATABASE_URL is one database that every test empties: run without workers (-n 0)"
        )


@dataclass
class FakeClock:
    """A clock tests move by hand, so embargo boundaries are exact."""

    now: datetime = field(default_factory=lambda: datetime(2026, 6, 1, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


EDITOR = Viewer.staff("Edith Editor", "editor")
EDITOR2 = Viewer.staff("Ed Second", "editor")
APPROVER = Viewer.staff("Abe Approver", "approver")
APPROVER2 = Viewer.staff("Ada Approver", "approver")
ADMIN = Viewer.staff("Adam Admin", "admin")
PARTNER = Viewer.partner("Westshire Council")
ANON = Viewer.anonymous()
BOT = Viewer.bot()


@pytest.fixture(scope="session")
def _pg_schema() -> str | None:
    if not PG_URL:
        return None
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    migrations.upgrade(PG_URL)
    return PG_URL


# Migrating a SQLite file costs about 0.2 s and seeding the registry about 0.1 s; copying a file made once per
# session costs a few milliseconds. Each test still gets its own database: a copy of one of these templates.
SEEDED_AT = FakeClock().now  # the templates are seeded at the time a fresh FakeClock reads
_seeded_copies: set[str] = set()  # URLs of copies of the seeded template that nothing has opened yet


def copy_template(template: Path, target: Path) -> str:
    """Copy a template SQLite database to ``target``; its URL."""
    # A sqlite3 connection's own context manager commits but does not close: closing() does.
    with closing(sqlite3.connect(template)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return f"sqlite:///{target}"


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory) -> Path:
    """A SQLite file migrated to head, made once."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    migrations.upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory, _migrated_template) -> Path:
    """A SQLite file migrated to head and seeded with the bundled registry at :data:`SEEDED_AT`, made once: what
    the ``services`` fixture would make of a migrated copy."""
    path = _migrated_template.parent / "seeded.db"
    url = copy_template(_migrated_template, path)
    services = open_services(url, FakeClock(SEEDED_AT))
    services.routes.seed(load_routes(), load_topics())
    services.db.dispose()
    return path


def seeded_copy(template: Path, target: Path) -> str:
    """A copy of the seeded template that ``services`` knows it need not seed again."""
    url = copy_template(template, target)
    _seeded_copies.add(url)
    return url


@pytest.fixture
def database_url(tmp_path, request, _pg_schema, _migrated_template) -> str:
    """SQLite in a temp dir (a copy of the migrated template, or of the seeded one when the test uses
    ``services``, which would seed it), or (when PRESSLINE_TEST_DATABASE_URL is set) the emptied PostgreSQL
    database."""
    if _pg_schema and "sqlite_only" not in request.keywords:
        engine = create_engine(_pg_schema)
        names = ", ".join(t.name for t in Base.metadata.sorted_tables)
        with engine.begin() as conn:
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        engine.dispose()
        return _pg_schema
    if "services" in request.fixturenames:
        return seeded_copy(request.getfixturevalue("_template_db"), tmp_path / "pressline.db")
    return copy_template(_migrated_template, tmp_path / "pressline.db")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(database_url, clock) -> Services:
    """The domain services on the test's database, with the bundled registry seeded at the clock's time."""
    services = open_services(database_url, clock)
    if not (database_url in _seeded_copies and clock() == SEEDED_AT):
        services.routes.seed(load_routes(), load_topics())
    _seeded_copies.discard(database_url)
    yield services
    services.db.dispose()


class WorkflowHelper:
    """Moves a statement to a given state in as few lines as a test can bear."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.flow = services.workflow

    def draft(self, author: Viewer = EDITOR, **fields: Any):
        fields.setdefault("title", "Warning about online grooming")
        fields.setdefault("body", "Parents should talk to their children about who they talk to online.")
        return self.flow.create_draft(fields, author)

    def in_review(self, author: Viewer = EDITOR, **fields: Any):
        view = self.draft(author, **fields)
        return self.flow.submit(view.slug, view.revision, author)

    def approved(self, author: Viewer = EDITOR, approver: Viewer = APPROVER, **fields: Any):
        view = self.in_review(author, **fields)
        return self.flow.approve(view.slug, view.revision, approver)

    def published(self, author: Viewer = EDITOR, approver: Viewer = APPROVER, publish_at=None, **fields: Any):
        view = self.approved(author, approver, **fields)
        return self.flow.publish(view.slug, view.revision, approver, publish_at)

    def republish(self, slug: str, author: Viewer = EDITOR, approver: Viewer = APPROVER, publish_at=None, **changes):
        view = self.services.catalogue.working(slug, author)
        view = self.flow.edit_draft(slug, view.revision, changes or {"change_note": "Refreshed"}, author)
        view = self.flow.submit(slug, view.revision, author)
        view = self.flow.approve(slug, view.revision, approver)
        return self.flow.publish(slug, view.revision, approver, publish_at)

    def withdrawn(self, reason: str = "Superseded by events", **fields: Any):
        view = self.published(**fields)
        return self.flow.withdraw(view.slug, view.revision, APPROVER, reason)


@pytest.fixture
def workflow(services) -> WorkflowHelper:
    return WorkflowHelper(services)


def deliver_releases(app) -> None:
    """Deliver the release events due by the test's clock, as a serving node's dispatcher would."""
    app.extensions["pressline"].release.dispatcher_for(workers=2).run_until_idle()


def stop_releases(app) -> None:
    """Stop the app's release dispatcher, if a test started one."""
    if app.extensions["pressline"].release.dispatcher is not None:
        app.extensions["pressline"].release.dispatcher.stop()

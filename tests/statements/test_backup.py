"""Backups: export every table as JSON Lines, restore into an empty database, round trip byte for byte.

Runs on SQLite, and on PostgreSQL in its lane (the restore target is then a second PostgreSQL database, and a
SQLite one too: a backup moves between the two).
"""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import migrations
from statements import open_services
from statements.backup import BackupRefused, BadBackup, export_backup, import_backup
from statements.errors import Gone
from tests.conftest import ADMIN, ANON, APPROVER, EDITOR, PARTNER, PG_URL


def _sqlite_target(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'restored.db'}"
    migrations.upgrade(url)
    return url


def _postgres_target() -> str:
    url = make_url(PG_URL)
    name = f"{url.database}_restore"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    target = url.set(database=name).render_as_string(hide_password=False)
    migrations.upgrade(target)
    return target


TARGETS = [
    "sqlite",
    pytest.param("postgresql", marks=[pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason="PostgreSQL lane")]),
]


@pytest.fixture(params=TARGETS)
def target(request, tmp_path, clock):
    """An empty, migrated database to restore into, on the same clock as ``services``."""
    url = _sqlite_target(tmp_path) if request.param == "sqlite" else _postgres_target()
    services = open_services(url, clock)
    yield services
    services.db.dispose()


@pytest.fixture
def busy(services, workflow, clock):
    """A database with every kind of row: versions in every status, quotes, routes, keys, audit, change log."""
    quotes = [
        {"text": "Talk to your children about who they meet online.", "speaker": "Jo Bloggs", "role": "Inspector"},
        {"text": "Report it — we will listen.", "speaker": "Sam Ó Briain", "role": ""},
    ]
    routes = ["police-emergency-999", "ceop", "childline"]
    grooming = workflow.published(quotes=quotes, reporting_routes=routes, topics=["online-safety", "child-protection"])
    clock.advance(hours=1)
    workflow.republish(grooming.slug, summary="Updated advice", review_by=(clock() + timedelta(days=90)).date())
    workflow.withdrawn(title="Old appeal", reason="Man found safe")
    workflow.published(title="Embargoed campaign", publish_at=clock() + timedelta(days=2))
    rejected = workflow.in_review(title="Rejected wording")
    services.workflow.reject(rejected.slug, rejected.revision, APPROVER, "Too long")
    workflow.draft(title="Internal lines", kind="lines_to_take")
    services.routes.save({"name": "Westshire Victim Care", "phone": "0300 000 0000", "urgency": "support"}, ADMIN)
    services.keys.create("Westshire Council", "partner")
    _, token = services.keys.create("Edith Editor", "editor", slack_user="U123")
    services.keys.create("Gone Partner", "partner")
    services.keys.revoke("Gone Partner")
    return {"token": token, "grooming": grooming.slug}


def _export(services) -> str:
    out = io.StringIO()
    export_backup(services.db, out)
    return out.getvalue()


def test_export_restore_export_is_byte_identical(services, busy, target):
    first = _export(services)
    import_backup(target.db, io.StringIO(first))
    assert _export(target) == first


def test_the_backup_holds_every_table_with_counts_at_the_end(services, busy):
    lines = _export(services).splitlines()
    assert '"format":"pressline-backup"' in lines[0]
    assert lines[-1].startswith('{"counts":{')
    tables = {line.split('"table":"')[1].split('"')[0] for line in lines[1:-1]}
    expected = {"statements", "versions", "quotes", "reporting_routes", "topics", "route_topics", "version_routes"}
    assert tables >= expected | {"version_topics", "audit_events", "change_log", "api_keys"}


def test_a_restored_database_serves_the_same_wording_history_and_keys(services, busy, target):
    import_backup(target.db, io.StringIO(_export(services)))
    slug = busy["grooming"]
    assert target.catalogue.get(slug, ANON) == services.catalogue.get(slug, ANON)
    assert target.catalogue.versions(slug, EDITOR) == services.catalogue.versions(slug, EDITOR)
    assert target.catalogue.audit(ADMIN) == services.catalogue.audit(ADMIN)
    assert target.catalogue.list(PARTNER).total == services.catalogue.list(PARTNER).total
    with pytest.raises(Gone):
        target.catalogue.get("old-appeal", ANON)
    assert target.keys.authenticate(busy["token"]).name == "Edith Editor"
    assert target.changes.head() == services.changes.head()


def test_writes_after_a_restore_continue_after_the_restored_ids(services, busy, target):
    import_backup(target.db, io.StringIO(_export(services)))
    head = target.changes.head()
    view = target.workflow.create_draft({"title": "After the restore", "body": "New words."}, EDITOR)
    key, _ = target.keys.create("New partner", "partner")
    assert view.version == 1
    assert target.changes.head() == head + 1
    assert key.id == len(services.keys.list()) + 1


def test_restore_refuses_a_database_that_is_not_empty(services, busy):
    backup = _export(services)
    with pytest.raises(BackupRefused, match="not empty"):
        import_backup(services.db, io.StringIO(backup))
    assert _export(services) == backup


def test_a_truncated_backup_restores_nothing(services, busy, target):
    lines = _export(services).splitlines(keepends=True)
    with pytest.raises(BadBackup, match="truncated"):
        import_backup(target.db, io.StringIO("".join(lines[: len(lines) // 2])))
    assert all(n == 0 for n in _counts(target).values())


def test_a_backup_whose_rows_do_not_match_its_counts_restores_nothing(services, busy, target):
    lines = _export(services).splitlines(keepends=True)
    del lines[3]
    with pytest.raises(BadBackup, match="counts"):
        import_backup(target.db, io.StringIO("".join(lines)))
    assert all(n == 0 for n in _counts(target).values())


@pytest.mark.parametrize(
    "content",
    ["", "not json\n", '{"format":"something-else","version":1}\n', '["a list"]\n'],
    ids=["empty", "not-json", "other-format", "not-an-object"],
)
def test_a_file_that_is_not_a_backup_is_refused(target, content):
    with pytest.raises(BadBackup):
        import_backup(target.db, io.StringIO(content))


def test_an_empty_database_exports_and_restores(target, tmp_path):
    backup = _export(target)
    (tmp_path / "other").mkdir()
    other = open_services(_sqlite_target(tmp_path / "other"))
    import_backup(other.db, io.StringIO(backup))
    assert _export(other) == backup
    other.db.dispose()


def _counts(services) -> dict[str, int]:
    return json.loads(_export(services).splitlines()[-1])["counts"]

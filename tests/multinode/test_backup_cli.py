"""`pressline export` and `pressline import-backup` as a user runs them."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from api.cli import cli
from tests.conftest import PG_URL


def _run(args: list[str], data_dir, database_url: str | None = None):
    env = {"PRESSLINE_DATA_DIR": str(data_dir), "PRESSLINE_DATABASE_URL": database_url}
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    """The sample corpus and demo keys, loaded once for the module (no test writes to it)."""
    data = tmp_path_factory.mktemp("live")
    assert _run(["demo", "--no-serve"], data).exit_code == 0
    return data


def test_export_then_import_backup_into_a_new_database_round_trips_byte_for_byte(demo_dir, tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    assert _run(["export", str(first)], demo_dir).exit_code == 0
    restored = _run(["import-backup", str(first)], tmp_path / "new")
    assert restored.exit_code == 0, restored.output
    assert "Restored 17 statements" in restored.output
    assert _run(["export", str(second)], tmp_path / "new").exit_code == 0
    assert second.read_bytes() == first.read_bytes()


def test_export_to_standard_output(demo_dir):
    result = _run(["export", "-"], demo_dir)
    assert result.exit_code == 0
    assert result.stdout.startswith('{"format":"pressline-backup"')
    assert not list(demo_dir.glob("*.partial"))


def test_import_backup_refuses_a_database_that_is_not_empty(demo_dir, tmp_path):
    backup = tmp_path / "backup.jsonl"
    _run(["export", str(backup)], demo_dir)
    result = _run(["import-backup", str(backup)], demo_dir)
    assert result.exit_code == 2
    assert "not empty" in result.stderr and "Traceback" not in result.output


def test_import_backup_of_a_missing_file_fails_clearly(tmp_path):
    result = _run(["import-backup", str(tmp_path / "nope.jsonl")], tmp_path / "new")
    assert result.exit_code == 2
    assert "Cannot read" in result.stderr


def test_export_of_a_database_never_initialised_fails_clearly(tmp_path):
    result = _run(["export", str(tmp_path / "b.jsonl")], tmp_path / "empty")
    assert result.exit_code == 2
    assert "pressline init" in result.stderr
    assert not (tmp_path / "b.jsonl").exists()


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="PostgreSQL lane")
def test_a_sqlite_backup_restores_onto_postgresql_and_exports_the_same_bytes(demo_dir, tmp_path):
    url = make_url(PG_URL)
    target = url.set(database="pressline_backup_cli").render_as_string(hide_password=False)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text('DROP DATABASE IF EXISTS "pressline_backup_cli" WITH (FORCE)'))
        conn.execute(text('CREATE DATABASE "pressline_backup_cli"'))
    admin.dispose()
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    _run(["export", str(first)], demo_dir)
    assert _run(["import-backup", str(first)], tmp_path / "pg", target).exit_code == 0
    assert _run(["export", str(second)], tmp_path / "pg", target).exit_code == 0
    assert second.read_bytes() == first.read_bytes()

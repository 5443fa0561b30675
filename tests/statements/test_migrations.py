"""Migrations go from empty to head and back on the backend under test."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, inspect, text

import migrations


@pytest.mark.sqlite_only
def test_upgrade_to_head_then_downgrade_to_empty(tmp_path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    migrations.upgrade(url)
    engine = create_engine(url)
    assert {"statements", "versions", "quotes", "change_log", "api_keys"} <= set(inspect(engine).get_table_names())
    migrations.downgrade(url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrations.upgrade(url)
    engine.dispose()


@pytest.mark.postgres
def test_upgrade_and_downgrade_on_postgresql():
    base = os.environ.get("PRESSLINE_TEST_DATABASE_URL")
    if not base:
        pytest.skip("PRESSLINE_TEST_DATABASE_URL is not set")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = base.rsplit("/", 1)[1] + "_migrations"  # beside the lane's own database, not shared with other lanes
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + "/" + name
    try:
        migrations.upgrade(url)
        engine = create_engine(url)
        assert {"statements", "versions", "change_log"} <= set(inspect(engine).get_table_names())
        migrations.downgrade(url)
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

"""Migrations go from empty to head and back on the backend under test."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect

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

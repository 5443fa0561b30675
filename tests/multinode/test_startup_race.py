"""Several nodes starting at once on a new (or older) database: one migrates, the others wait and carry on."""

from __future__ import annotations

import os
import subprocess

import pytest

from statements import open_services

from .conftest import LANE_DB, fresh_database, pg_admin
from .nodes import PRESSLINE, ROOT

pytestmark = pytest.mark.postgres


def test_three_nodes_initialising_a_new_database_at_once_all_succeed(tmp_path):
    if not os.environ.get("PRESSLINE_TEST_DATABASE_URL"):
        pytest.skip("PostgreSQL lane")
    name = f"{LANE_DB}_startup"
    url = fresh_database(name)
    engine = pg_admin()
    with engine.connect() as conn:  # back to an empty database, not even migrated
        conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    env = {**os.environ, "PRESSLINE_DATABASE_URL": url, "PRESSLINE_DATA_DIR": str(tmp_path)}
    runs = [
        subprocess.Popen([*PRESSLINE, "init"], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    results = [(run.wait(120), run.stderr.read().decode()[-500:]) for run in runs]
    for run in runs:
        run.stdout.close()
        run.stderr.close()
    assert [code for code, _ in results] == [0, 0, 0], results
    services = open_services(url)
    assert len(services.routes.list()) > 0
    services.db.dispose()

"""Fixtures for real nodes: a PostgreSQL database of their own (not the domain lane's, which it truncates),
Redis for the shared rate limits, staff keys, and a factory of ``pressline serve`` processes."""

from __future__ import annotations

import os

import pytest
import redis
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import migrations
from statements import open_services
from statements.registry import load_routes, load_topics
from tests.conftest import PG_URL

from .nodes import Node, Staff

# Databases of their own, named after the lane's, so lanes run side by side on one server do not collide.
LANE_DB = make_url(PG_URL).database if PG_URL else "pressline"
NODES_DB = f"{LANE_DB}_nodes"
REDIS_URL = os.environ.get("PRESSLINE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def pg_admin():
    return create_engine(make_url(PG_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")


def fresh_database(name: str) -> str:
    engine = pg_admin()
    with engine.connect() as conn:
        if _exists(conn, name):  # a test that blocked connections and then failed
            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    migrations.upgrade(url)
    return url


def _exists(conn, name: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first() is not None


@pytest.fixture
def nodes_db() -> str:
    """An empty, migrated ``pressline_nodes`` database with the bundled routes."""
    if not PG_URL:
        pytest.skip("needs PRESSLINE_TEST_DATABASE_URL (the PostgreSQL lane)")
    url = fresh_database(NODES_DB)
    services = open_services(url)
    services.routes.seed(load_routes(), load_topics())
    services.db.dispose()
    return url


@pytest.fixture
def redis_url() -> str:
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError:
        pytest.skip(f"needs Redis at {REDIS_URL}")
    return REDIS_URL


@pytest.fixture
def staff(nodes_db) -> Staff:
    services = open_services(nodes_db)
    editor = services.keys.create("Edith Editor", "editor")[1]
    approver = services.keys.create("Abe Approver", "approver")[1]
    services.db.dispose()
    return Staff(editor, approver)


@pytest.fixture
def cluster(tmp_path, nodes_db, redis_url):
    """``cluster("a", workers=2)`` makes a node (not started); every node is stopped at the end."""
    made: list[Node] = []

    def make(name: str, workers: int = 2, **extra_env: str) -> Node:
        node = Node(name, tmp_path, nodes_db, redis_url, workers, extra_env)
        made.append(node)
        return node

    yield make
    for node in made:
        node.stop()

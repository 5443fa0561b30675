"""Engines and sessions. SQLite (WAL, foreign keys, FULL sync) by default; PostgreSQL when several nodes share."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .errors import Unavailable

#: Every write transaction on PostgreSQL takes this advisory lock, so change-log positions commit in order
#: and a follower reading ``position > last`` never skips a row that commits late.
WRITE_LOCK_KEY = 740_511


def sqlite_url(data_dir: Path | str) -> str:
    return f"sqlite:///{Path(data_dir).resolve() / 'pressline.db'}"


def _sqlite_engine(url: str, begin: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


class Database:
    """Read and write session factories over one database URL.

    On SQLite writes open with ``BEGIN IMMEDIATE`` so concurrent writers queue on the busy timeout instead of
    failing to upgrade a read lock; on PostgreSQL writes serialise on an advisory lock.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        if self.is_sqlite:
            self.read_engine = _sqlite_engine(url, "BEGIN")
            self.write_engine = _sqlite_engine(url, "BEGIN IMMEDIATE")
        else:
            # A bounded connect: with the server unreachable (not just refusing), answer Unavailable in seconds.
            timeout = {} if "connect_timeout" in url else {"connect_timeout": 5}
            self.read_engine = self.write_engine = create_engine(url, pool_pre_ping=True, connect_args=timeout)
        self._read = sessionmaker(self.read_engine, expire_on_commit=False)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        try:
            with self._read() as session:
                yield session
        except (OperationalError, DBAPIError) as exc:
            if _is_connection_error(exc):
                raise Unavailable() from exc
            raise

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any error."""
        try:
            with self._write() as session, session.begin():
                if not self.is_sqlite:
                    session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
                yield session
        except (OperationalError, DBAPIError) as exc:
            if _is_connection_error(exc):
                raise Unavailable() from exc
            raise

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction without the change-log lock, for tables the change log does not cover (the release
        outbox's claims): PostgreSQL rows are then locked one by one (``FOR UPDATE SKIP LOCKED``)."""
        try:
            with self._write() as session, session.begin():
                yield session
        except (OperationalError, DBAPIError) as exc:
            if _is_connection_error(exc):
                raise Unavailable() from exc
            raise

    def ping(self) -> None:
        with self.reading() as session:
            session.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.read_engine.dispose()
        if self.write_engine is not self.read_engine:
            self.write_engine.dispose()


def _is_connection_error(exc: DBAPIError) -> bool:
    if exc.connection_invalidated:
        return True
    message = str(exc.orig).lower()
    return any(
        hint in message
        for hint in ("connection", "could not connect", "server closed", "terminating", "unable to open")
    )

"""Logical backups: the whole database as JSON Lines, and restoring one into an empty database.

The file is a header line, one line per row of every table (in foreign-key order, each table sorted by its
primary key) and a trailer with the row counts, so a truncated file is refused rather than half-restored.
Values are written the same way on SQLite and PostgreSQL (UTC ISO-8601 datetimes, sorted JSON keys), so
export -> restore -> export gives a byte-identical file on either, and a SQLite backup restores onto
PostgreSQL. Ids, version numbers, quote and route positions and change-log positions are kept as they are.

API keys are included as their SHA-256 hashes (the tokens themselves are never stored), so restored keys keep
working; a backup also holds unpublished drafts: keep it as confidential as the database.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any, TextIO

from sqlalchemy import Column, Integer, Table, func, inspect, select, text
from sqlalchemy.orm import Session

from .clock import as_utc
from .db import Database
from .errors import PresslineError
from .models import Base

FORMAT = "pressline-backup"
FORMAT_VERSION = 1
BATCH = 1000

TABLES: list[Table] = list(Base.metadata.sorted_tables)


class BackupRefused(PresslineError):
    """The target database is not empty, or not at the backup's schema."""


class BadBackup(PresslineError):
    """The file is not a complete Pressline backup."""


def export_backup(db: Database, out: TextIO) -> dict[str, int]:
    """Write every table to ``out`` from one consistent snapshot; return the row count per table."""
    counts: dict[str, int] = {}
    with db.reading() as session:
        if not db.is_sqlite:
            session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
        header = {"format": FORMAT, "version": FORMAT_VERSION, "schema": schema_revision(session)}
        header["tables"] = [table.name for table in TABLES]
        out.write(_line(header))
        for table in TABLES:
            counts[table.name] = 0
            for row in _rows(session, table):
                out.write(_line({"table": table.name, "row": _encode(row)}))
                counts[table.name] += 1
        out.write(_line({"end": True, "counts": counts}))
    return counts


def import_backup(db: Database, lines: Iterable[str]) -> dict[str, int]:
    """Restore a backup into an empty database at the same schema, all in one transaction.

    Raises :class:`BackupRefused` if the database holds any row, :class:`BadBackup` if the file is not a
    complete backup (nothing is written then).
    """
    stream = _parse(lines)
    header = next(stream, None)
    if not header or header.get("format") != FORMAT:
        raise BadBackup("This is not a Pressline backup (no pressline-backup header on the first line).")
    if header.get("version") != FORMAT_VERSION:
        raise BadBackup(f"Backup format version {header.get('version')} is not supported (expected {FORMAT_VERSION}).")
    by_name = {table.name: table for table in TABLES}
    counts = {table.name: 0 for table in TABLES}
    with db.writing() as session:
        found = schema_revision(session)
        if header.get("schema") != found:
            raise BackupRefused(
                f"The backup is of schema {header.get('schema')} but the database is at {found}; "
                "restore with the Pressline version that made the backup."
            )
        filled = occupied_tables(session)
        if filled:
            raise BackupRefused(
                "The database is not empty (" + ", ".join(f"{n} {name}" for name, n in filled.items()) + "); "
                "restore only into a new, empty database (do not run `pressline init` on it first)."
            )
        pending: list[dict[str, Any]] = []
        current: Table | None = None
        trailer = None
        for record in stream:
            if record.get("end"):
                trailer = record
                break
            table = by_name.get(record.get("table", ""))
            if table is None or not isinstance(record.get("row"), dict):
                raise BadBackup(f"Unknown line in the backup: {json.dumps(record)[:120]}")
            if table is not current or len(pending) >= BATCH:
                _insert(session, current, pending)
                pending, current = [], table
            pending.append(_decode(table, record["row"]))
            counts[table.name] += 1
        _insert(session, current, pending)
        if trailer is None:
            raise BadBackup("The backup is truncated (no end line); nothing was restored.")
        if trailer.get("counts") != counts:
            raise BadBackup("The backup's row counts do not match its end line; nothing was restored.")
        if not db.is_sqlite:
            _reset_sequences(session)
    return counts


def occupied_tables(session: Session) -> dict[str, int]:
    """Row counts of the tables that hold anything."""
    counts = {table.name: session.scalar(select(func.count()).select_from(table)) or 0 for table in TABLES}
    return {name: n for name, n in counts.items() if n}


def schema_revision(session: Session) -> str | None:
    """The Alembic revision the database is at, or None if it was never migrated."""
    if not inspect(session.connection()).has_table("alembic_version"):
        return None
    return session.scalar(text("SELECT version_num FROM alembic_version"))


def _rows(session: Session, table: Table) -> Iterator[dict[str, Any]]:
    keys = list(table.primary_key.columns)
    if all(isinstance(column.type, Integer) for column in keys):
        result = session.execute(select(table).order_by(*keys).execution_options(yield_per=BATCH))
        for row in result.mappings():
            yield dict(row)
        return
    # String keys sort differently under each database's collation: sort by code point here instead.
    rows = [dict(row) for row in session.execute(select(table)).mappings()]
    yield from sorted(rows, key=lambda row: tuple(row[column.name] for column in keys))


def _encode(row: dict[str, Any]) -> dict[str, Any]:
    return {name: _plain(value) for name, value in row.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return as_utc(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _decode(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    expected = set(table.columns.keys())
    if set(row) != expected:
        raise BadBackup(f"A {table.name} row has columns {sorted(row)}, expected {sorted(expected)}.")
    values = dict(row)
    for column in table.columns:
        value = values[column.name]
        if value is None:
            continue
        kind = _python_type(column)
        try:
            if kind is datetime:
                values[column.name] = datetime.fromisoformat(value)
            elif kind is date:
                values[column.name] = date.fromisoformat(value)
        except (TypeError, ValueError) as exc:
            raise BadBackup(f"Bad {table.name}.{column.name} value {value!r} in the backup.") from exc
    return values


def _python_type(column: Column) -> type | None:
    kind = column.type
    kind = getattr(kind, "impl_instance", kind)  # a TypeDecorator (UTCDateTime) answers for its impl
    try:
        return kind.python_type
    except NotImplementedError:
        return None


def _insert(session: Session, table: Table | None, rows: list[dict[str, Any]]) -> None:
    if table is not None and rows:
        session.execute(table.insert(), rows)


def _reset_sequences(session: Session) -> None:
    """After explicit ids, move each PostgreSQL sequence past the highest restored id."""
    for table in TABLES:
        for column in table.primary_key.columns:
            if not (isinstance(column.type, Integer) and column.autoincrement in (True, "auto")):
                continue
            if len(table.primary_key.columns) != 1:
                continue
            names = {"t": table.name, "c": column.name}
            sequence = session.scalar(text("SELECT pg_get_serial_sequence(:t, :c)"), names)
            if sequence:
                highest = f'SELECT COALESCE(MAX("{column.name}"), 0) + 1 FROM "{table.name}"'
                session.execute(text(f"SELECT setval(:s, ({highest}), false)"), {"s": sequence})


def _parse(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise BadBackup(f"Line {number} of the backup is not JSON; nothing was restored.") from exc
        if not isinstance(record, dict):
            raise BadBackup(f"Line {number} of the backup is not a JSON object; nothing was restored.")
        yield record


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"

"""Alembic environment: batch mode and foreign keys off on SQLite, so table rebuilds never cascade deletes."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

from statements.models import Base

cfg = context.config
url = cfg.get_main_option("sqlalchemy.url")
if not url:
    raise RuntimeError("migrations need sqlalchemy.url (migrations.upgrade sets it)")
engine = create_engine(url, poolclass=pool.NullPool)
is_sqlite = engine.dialect.name == "sqlite"

with engine.connect() as connection:
    if is_sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        connection.commit()
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=is_sqlite,
        compare_type=True,
    )
    with context.begin_transaction():
        if not is_sqlite:  # several nodes starting at once: one migrates, the others wait, then find it done
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(740512)")
        context.run_migrations()
engine.dispose()

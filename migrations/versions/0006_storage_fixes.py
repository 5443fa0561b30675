"""Storage fixes (issue 15): topic slugs and route ids as wide as the API allows, retired routes, console
sessions that sign-out can end.

- ``topics.slug``, ``reporting_routes.id`` and the columns that refer to them were ``VARCHAR(80)`` while the
  API accepts 100 characters: PostgreSQL refused 81-100 (a 500). Now ``VARCHAR(100)``.
- ``reporting_routes.retired_at``: a retired route is kept for the versions that cite it but no longer offered.
- ``console_sessions``: one row per console sign-in; the cookie carries only its id, and sign-out ends it here.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 00:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: (table, column) pairs holding a topic slug or a route id, parents first.
WIDENED = (
    ("topics", "slug"),
    ("reporting_routes", "id"),
    ("route_topics", "route_id"),
    ("route_topics", "topic_slug"),
    ("version_topics", "topic_slug"),
    ("version_routes", "route_id"),
)


def _resize(length: int, before: int) -> None:
    if op.get_bind().dialect.name == "sqlite":
        return  # SQLite does not enforce VARCHAR lengths; rebuilding these tables would gain nothing
    for table, column in WIDENED:
        op.alter_column(
            table, column, type_=sa.String(length), existing_type=sa.String(before), existing_nullable=False
        )


def upgrade() -> None:
    _resize(100, 80)
    with op.batch_alter_table("reporting_routes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "console_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_sessions")),
    )
    with op.batch_alter_table("console_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_console_sessions_key_hash"), ["key_hash"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("console_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_console_sessions_key_hash"))
    op.drop_table("console_sessions")
    with op.batch_alter_table("reporting_routes", schema=None) as batch_op:
        batch_op.drop_column("retired_at")
    _resize(80, 100)

"""Chat replay memory shared by every worker: Slack trigger and event ids seen recently (issue 18).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 00:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chat_replays",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_chat_replays")),
    )
    with op.batch_alter_table("chat_replays", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_chat_replays_seen_at"), ["seen_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("chat_replays", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chat_replays_seen_at"))
    op.drop_table("chat_replays")

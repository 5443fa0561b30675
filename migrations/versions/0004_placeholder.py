"""Reserved: release outbox, webhook subscriptions and deliveries (issue 14).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 00:40:00
"""

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

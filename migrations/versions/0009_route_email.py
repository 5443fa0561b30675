"""Reporting routes gain an e-mail address (``reporting_routes.email``, optional).

Press texts offer e-mail addresses for reports ("forward suspicious e-mails to report@phishing.gov.uk"); the
importer finds them, and a route in the registry can now carry one beside its phone and web address.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 01:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reporting_routes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(length=254), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reporting_routes", schema=None) as batch_op:
        batch_op.drop_column("email")

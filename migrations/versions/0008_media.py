"""Media distribution: contacts, lists, the lists chosen for a release, sends, advance copies and enquiries.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 04:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("outlet", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("do_not_send", sa.Boolean(), nullable=False),
        sa.Column("unsubscribed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("unsubscribe_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_contacts")),
        sa.UniqueConstraint("email", name=op.f("uq_media_contacts_email")),
        sa.UniqueConstraint("unsubscribe_token", name=op.f("uq_media_contacts_unsubscribe_token")),
    )
    op.create_table(
        "media_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_lists")),
        sa.UniqueConstraint("name", name=op.f("uq_media_lists_name")),
    )
    op.create_table(
        "media_advance_copies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("list_ids", sa.JSON(), nullable=False),
        sa.Column("embargo_until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["release_events.id"],
            name=op.f("fk_media_advance_copies_event_id_release_events"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_advance_copies")),
    )
    op.create_index(op.f("ix_media_advance_copies_slug"), "media_advance_copies", ["slug"], unique=False)
    op.create_table(
        "media_enquiries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("journalist", sa.String(length=200), nullable=False),
        sa.Column("outlet", sa.String(length=200), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("slug", sa.String(length=120), nullable=True),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("logged_by", sa.String(length=200), nullable=False),
        sa.Column("answered_by", sa.String(length=200), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["media_contacts.id"],
            name=op.f("fk_media_enquiries_contact_id_media_contacts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_enquiries")),
    )
    op.create_index(op.f("ix_media_enquiries_contact_id"), "media_enquiries", ["contact_id"], unique=False)
    op.create_index("ix_media_enquiries_received", "media_enquiries", ["received_at"], unique=False)
    op.create_index(op.f("ix_media_enquiries_slug"), "media_enquiries", ["slug"], unique=False)
    op.create_table(
        "media_list_members",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["media_contacts.id"],
            name=op.f("fk_media_list_members_contact_id_media_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["list_id"], ["media_lists.id"], name=op.f("fk_media_list_members_list_id_media_lists"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("list_id", "contact_id", name=op.f("pk_media_list_members")),
    )
    op.create_index(op.f("ix_media_list_members_contact_id"), "media_list_members", ["contact_id"], unique=False)
    op.create_table(
        "media_release_lists",
        sa.Column("slug", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("chosen_by", sa.String(length=200), nullable=False),
        sa.Column("chosen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"], ["media_lists.id"], name=op.f("fk_media_release_lists_list_id_media_lists"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("slug", "version", "list_id", name=op.f("pk_media_release_lists")),
    )
    op.create_table(
        "media_sends",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("slug", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["media_contacts.id"],
            name=op.f("fk_media_sends_contact_id_media_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["release_events.id"],
            name=op.f("fk_media_sends_event_id_release_events"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_media_sends")),
        sa.UniqueConstraint("message_id", name="uq_media_sends_message_id"),
    )
    op.create_index(op.f("ix_media_sends_contact_id"), "media_sends", ["contact_id"], unique=False)
    op.create_index("ix_media_sends_release", "media_sends", ["slug", "version", "kind"], unique=False)


def downgrade() -> None:
    for index, table in (
        ("ix_media_sends_release", "media_sends"),
        ("ix_media_sends_contact_id", "media_sends"),
        ("ix_media_list_members_contact_id", "media_list_members"),
        ("ix_media_enquiries_slug", "media_enquiries"),
        ("ix_media_enquiries_received", "media_enquiries"),
        ("ix_media_enquiries_contact_id", "media_enquiries"),
        ("ix_media_advance_copies_slug", "media_advance_copies"),
    ):
        op.drop_index(index, table_name=table)
    for table in (
        "media_sends", "media_release_lists", "media_list_members", "media_enquiries", "media_advance_copies",
        "media_lists", "media_contacts",
    ):  # fmt: skip
        op.drop_table(table)

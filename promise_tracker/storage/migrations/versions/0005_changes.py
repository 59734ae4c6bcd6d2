"""Who did what: every saved change is recorded with the user and the time.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A new table only: no batch copy of an existing one, the same on SQLite and a server.
    # Changes saved before this version were not recorded; the history starts here.
    op.create_table(
        "changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Text(), nullable=False),
        sa.Column("round_id", sa.Text(), nullable=True),
        sa.Column("criterion_id", sa.Text(), nullable=True),
        sa.Column("respondent_id", sa.Text(), nullable=True),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("record_id", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rounds.id"], name=op.f("fk_changes_round_id_rounds"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_changes_unit_id_units"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
    )
    op.create_index(
        op.f("ix_changes_round_id_criterion_id"), "changes", ["round_id", "criterion_id"]
    )
    op.create_index(op.f("ix_changes_unit_id"), "changes", ["unit_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_changes_unit_id"), table_name="changes")
    op.drop_index(op.f("ix_changes_round_id_criterion_id"), table_name="changes")
    op.drop_table("changes")

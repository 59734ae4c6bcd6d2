"""From findings to improvement: answers carried forward from an earlier round (to confirm),
the unit's action plan and the barriers that keep criteria from being met.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTION_STATUSES = ("planned", "in-progress", "done", "dropped")
BARRIER_KINDS = ("law-or-policy", "funding", "organisation", "not-started", "other")


def _one_of(column: str, values: Sequence[str]) -> str:
    return f"{column} IN (" + ", ".join(f"'{value}'" for value in values) + ")"


def upgrade() -> None:
    # Every answer stored so far was given in its own round: none is carried. A plain ADD
    # COLUMN (SQLite allows it with a constant default), not a batch copy of the table.
    op.add_column(
        "answers", sa.Column("carried", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.create_table(
        "actions",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("unit_id", sa.Text(), nullable=False),
        sa.Column("round_id", sa.Text(), nullable=True),
        sa.Column("criterion_id", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("lead_agency", sa.Text(), nullable=False),
        sa.Column("responsible_role", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("progress_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint(_one_of("status", ACTION_STATUSES), name=op.f("ck_actions_status")),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rounds.id"], name=op.f("fk_actions_round_id_rounds"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_actions_unit_id_units"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
    )
    op.create_index(op.f("ix_actions_round_id"), "actions", ["round_id"])
    op.create_index(op.f("ix_actions_unit_id"), "actions", ["unit_id"])
    op.create_table(
        "barriers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Text(), nullable=False),
        sa.Column("criterion_id", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint(_one_of("kind", BARRIER_KINDS), name=op.f("ck_barriers_kind")),
        sa.ForeignKeyConstraint(
            ["round_id"], ["rounds.id"], name=op.f("fk_barriers_round_id_rounds"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_barriers")),
        sa.UniqueConstraint(
            "round_id", "criterion_id", name=op.f("uq_barriers_round_id_criterion_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("barriers")
    op.drop_index(op.f("ix_actions_unit_id"), table_name="actions")
    op.drop_index(op.f("ix_actions_round_id"), table_name="actions")
    op.drop_table("actions")
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("carried")

"""Answers keep a dissenting view recorded in a consensus meeting.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A server default fills the existing rows, so the column can be NOT NULL at once.
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("dissent", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("dissent")

"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
${imports if imports else ""}
revision: str = ${repr(up_revision)}
down_revision: str | Sequence[str] | None = ${repr(down_revision)}
branch_labels: str | Sequence[str] | None = ${repr(branch_labels)}
depends_on: str | Sequence[str] | None = ${repr(depends_on)}


def upgrade() -> None:
    # On SQLite use op.batch_alter_table() for anything beyond adding a table or column; the
    # app runs this with foreign keys off inside one transaction and checks them afterwards.
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    # The app never downgrades (it refuses newer databases and restores backups instead).
    ${downgrades if downgrades else "pass"}

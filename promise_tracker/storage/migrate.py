"""Alembic wiring: the migration scripts shipped in the package, their revisions, running them.

To add a migration (a developer task; the app never writes scripts):

    python -c "from alembic import command; from promise_tracker.storage.migrate import \
alembic_config; command.revision(alembic_config(), 'add action items', rev_id='0002')"

then write its upgrade() by hand (batch operations for SQLite) and add a fixture database
tests/fixtures/databases/schema-0002.sqlite once the schema is released.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

# The scripts are read from the file system by Alembic, so this must be a real folder; it is
# package data next to this module (a frozen build must ship the folder's .py files as data).
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(
    script_location: Path | None = None, *, connection: Connection | None = None
) -> Config:
    """An Alembic Config built in code (no alembic.ini), optionally carrying a connection."""
    config = Config()
    config.set_main_option("script_location", str(script_location or MIGRATIONS_DIR))
    # Without it Alembic warns that it falls back to legacy splitting of path lists.
    config.set_main_option("path_separator", "os")
    if connection is not None:
        # env.py runs the migrations on this connection, inside the caller's transaction.
        config.attributes["connection"] = connection
    return config


def script_directory(script_location: Path | None = None) -> ScriptDirectory:
    """The migration scripts as Alembic sees them."""
    return ScriptDirectory.from_config(alembic_config(script_location))


def head_revision(script_location: Path | None = None) -> str:
    """The newest schema revision this version of the app knows."""
    head = script_directory(script_location).get_current_head()
    if head is None:  # only possible with an empty versions folder
        raise RuntimeError("No migration scripts found")
    return head


def known_revisions(script_location: Path | None = None) -> frozenset[str]:
    """Every schema revision this version of the app can open or upgrade from."""
    return frozenset(
        script.revision for script in script_directory(script_location).walk_revisions()
    )


def current_revisions(connection: Connection) -> tuple[str, ...]:
    """The revisions stamped in the database (empty for a database without alembic_version)."""
    return MigrationContext.configure(connection).get_current_heads()


def upgrade_to_head(connection: Connection, script_location: Path | None = None) -> None:
    """Run every pending migration on the connection, inside the caller's transaction."""
    command.upgrade(alembic_config(script_location, connection=connection), "head")

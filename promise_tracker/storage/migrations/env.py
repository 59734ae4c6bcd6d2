"""Alembic environment: runs migrations on the connection the app hands over, or on a URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from promise_tracker.storage.engine import make_migration_engine
from promise_tracker.storage.models import Base

# No logging.config.fileConfig here (unlike Alembic's template): the app configures logging
# once, and fileConfig would disable the app's existing loggers.


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite can barely ALTER a table; batch mode recreates it ("move and copy").
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate the connection in config.attributes, or a database named by sqlalchemy.url."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        # The app's normal path: the caller owns the transaction and commits or rolls back.
        _configure_and_run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("Set sqlalchemy.url or pass a connection in config.attributes")
    engine = make_migration_engine(url)
    try:
        with engine.begin() as own_connection:
            _configure_and_run(own_connection)
    finally:
        engine.dispose()


def run_migrations_offline() -> None:
    """Write the migration SQL for sqlalchemy.url's dialect instead of running it."""
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=Base.metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

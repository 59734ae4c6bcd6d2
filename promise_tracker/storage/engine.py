"""Create SQLAlchemy engines and give every SQLite connection the pragmas the app relies on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import NullPool

from promise_tracker.storage.light import DEFAULT_BUSY_TIMEOUT_MS as DEFAULT_BUSY_TIMEOUT_MS
from promise_tracker.storage.light import pragma_statements


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of an SQLite file, with characters like '#' or '?' escaped."""
    # Absolute, so that the URL means the same file whatever the working directory is later.
    return URL.create("sqlite", database=str(path.absolute())).render_as_string(hide_password=False)


def make_engine(url: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """An engine for everyday use; SQLite connections enforce foreign keys and use WAL."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _set_pragmas_on_connect(engine, foreign_keys=True, busy_timeout_ms=busy_timeout_ms)
    return engine


def make_migration_engine(url: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """An engine for running migrations: one real transaction for all DDL, no FK actions.

    On SQLite two things differ from make_engine:
    - foreign keys are off, because a batch migration recreates a table by dropping it, and
      with foreign keys on that DROP would cascade-delete every child row (SQLite's documented
      procedure for schema changes); PRAGMA foreign_key_check is run before commit instead;
    - the driver's own transaction handling is switched off and SQLAlchemy emits
      BEGIN IMMEDIATE, so DDL is transactional (a failed migration rolls back completely) and
      the write lock is taken before the schema version is read.
    """
    engine = create_engine(url, poolclass=NullPool)
    if engine.dialect.name == "sqlite":
        _set_pragmas_on_connect(engine, foreign_keys=False, busy_timeout_ms=busy_timeout_ms)

        @event.listens_for(engine, "connect")
        def _take_over_transactions(dbapi_connection: DBAPIConnection, _record: Any) -> None:
            # Stops the sqlite3 module from issuing its own implicit BEGIN (which it does only
            # before INSERT/UPDATE/DELETE, leaving DDL to autocommit statement by statement).
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin_immediate(connection: Connection) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _set_pragmas_on_connect(engine: Engine, *, foreign_keys: bool, busy_timeout_ms: int) -> None:
    """Register a connect hook that sets the pragmas on each new DBAPI connection."""
    statements = pragma_statements(busy_timeout_ms=busy_timeout_ms, foreign_keys=foreign_keys)

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: DBAPIConnection, _record: Any) -> None:
        # The connect hook runs before SQLAlchemy or the driver has begun a transaction;
        # foreign_keys and journal_mode are silently ignored inside one.
        cursor = dbapi_connection.cursor()
        try:
            for statement in statements:
                cursor.execute(statement)
        finally:
            cursor.close()

"""Create SQLAlchemy engines and give every SQLite connection the pragmas the app relies on."""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import NullPool

# The URL of an SQLite file, escaped as SQLAlchemy escapes it (made without SQLAlchemy, as
# AppPaths.database_url is needed before SQLAlchemy loads).
from promise_tracker.errors import StorageError
from promise_tracker.i18n import translate
from promise_tracker.paths import sqlite_url as sqlite_url
from promise_tracker.storage.light import DEFAULT_BUSY_TIMEOUT_MS as DEFAULT_BUSY_TIMEOUT_MS
from promise_tracker.storage.light import connect, pragma_statements, sqlite_file_of_url

# Seconds a connection to a database server may take before it is given up as unreachable
# (libpq would otherwise wait for the operating system, minutes on a dropped network).
SERVER_CONNECT_TIMEOUT_S: Final = 10


def make_engine(
    url: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS, read_only: bool = False
) -> Engine:
    """An engine for everyday use; SQLite connections enforce foreign keys and use WAL.

    A read-only engine on an SQLite file opens it as light.connect does: every write fails.
    """
    require_driver(url)
    file = sqlite_file_of_url(url) if read_only else None
    if file is not None:
        engine = create_engine(
            url,
            creator=lambda: connect(file, busy_timeout_ms=busy_timeout_ms, read_only=True),
        )
    else:
        server = make_url(url).get_backend_name() == "postgresql"
        # On a server, a pooled connection may have been dropped since its last use (a
        # restart, a network break): the pool tests it first and reconnects if it was.
        engine = create_engine(url, connect_args=server_connect_args(url), pool_pre_ping=server)
    if engine.dialect.name == "sqlite":
        _set_pragmas_on_connect(
            engine, foreign_keys=True, busy_timeout_ms=busy_timeout_ms, read_only=read_only
        )
    return engine


def require_driver(url: str) -> None:
    """Refuse, with a plain message, a server URL this installation has no driver for.

    The PostgreSQL driver is installed with the app from its requirements, but a build made
    for offline use may leave it out.
    """
    if sqlite_file_of_url(url) is not None or make_url(url).get_backend_name() != "postgresql":
        return
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise StorageError(
            translate(
                "Storage",
                "This installation of PROMISE tracker cannot reach PostgreSQL servers: the "
                "driver it needs (psycopg) is not installed. Install PROMISE tracker as "
                "docs/server.md describes, or ask whoever installed it.",
            )
        ) from exc


def server_connect_args(url: str) -> dict[str, Any]:
    """What a PostgreSQL connection is given besides its URL: a connect timeout, unless the
    URL sets its own (so an unreachable server is reported instead of hanging)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or "connect_timeout" in parsed.query:
        return {}
    return {"connect_timeout": SERVER_CONNECT_TIMEOUT_S}


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
    require_driver(url)
    engine = create_engine(url, poolclass=NullPool, connect_args=server_connect_args(url))
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


def _set_pragmas_on_connect(
    engine: Engine, *, foreign_keys: bool, busy_timeout_ms: int, read_only: bool = False
) -> None:
    """Register a connect hook that sets the pragmas on each new DBAPI connection."""
    statements = pragma_statements(
        busy_timeout_ms=busy_timeout_ms, foreign_keys=foreign_keys, read_only=read_only
    )

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

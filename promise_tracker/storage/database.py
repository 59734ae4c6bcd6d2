"""Open a PROMISE tracker database: refuse foreign or newer files, back up, migrate to head."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Final, Self, cast

from promise_tracker import __version__
from promise_tracker.errors import DatabaseTooNewError, DataReadOnlyError, StorageError
from promise_tracker.i18n import translate
from promise_tracker.paths import create_private_file, make_private
from promise_tracker.storage.backup import backup_before_migration
from promise_tracker.storage.failures import (
    NOT_WRITABLE_ERRNOS,
    ServerAddress,
    damaged_database_error,
    folder_not_writable_error,
    is_damage,
    server_error,
    storage_error,
)
from promise_tracker.storage.light import (
    DEFAULT_BUSY_TIMEOUT_MS,
    LightConnections,
    LightUnitOfWork,
    connect,
    probe_writable,
    sqlite_file_of_url,
)

if TYPE_CHECKING:
    # SQLAlchemy takes longer to import than the window takes to appear, and a database file
    # already at the current schema is opened and used without it (see light.py), so it is
    # imported where it is first needed.
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

    from promise_tracker.storage.uow import UnitOfWork

log = logging.getLogger(__name__)

# The schema revision this version writes; a test keeps it equal to the newest script's.
HEAD_REVISION: Final = "0005"

VERSION_TABLE: Final = "alembic_version"
# The key of the PostgreSQL advisory lock held while a server database's schema is made.
_SCHEMA_LOCK_KEY: Final = 0x50524F4D  # "PROM"
_SQLITE_HEADER: Final = b"SQLite format 3\x00"
# PRAGMA quick_check reads every page: about 1.5 ms per MB here (4 ms for the demo's 2.5 MB,
# 80 ms for 60 MB, 400 ms for 360 MB). Files up to this size (far more than years of real
# assessments) are checked at every open; a larger one only when its last session did not
# end cleanly (its write-ahead log is still there), to keep the start quick.
QUICK_CHECK_ALWAYS_BYTES: Final = 64 * 1024 * 1024
# SQLite keeps these beside a database file; they hold its data too.
_SIDE_SUFFIXES: Final = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class _SchemaState:
    """What a database holds, as far as deciding how to open it goes."""

    tables: frozenset[str]
    revisions: tuple[str, ...]
    holds_data: bool

    @property
    def other_tables(self) -> frozenset[str]:
        return self.tables - {VERSION_TABLE}


_NO_DATABASE_YET = _SchemaState(tables=frozenset(), revisions=(), holds_data=False)


class Database:
    """An open PROMISE tracker database at the current schema revision.

    Units of work on an SQLite file run on plain sqlite3 (light.py) until something asks for
    the SQLAlchemy engine or session factory; from then on they use SQLAlchemy sessions. Both
    store and read the same rows (tests/unit/storage/test_light_storage.py).
    """

    def __init__(
        self,
        *,
        url: str,
        engine: Engine | None = None,
        schema_revision: str,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        read_only: bool = False,
    ) -> None:
        """Wrap a database already at head; use Database.open() instead.

        Without an engine, one is made from url when first asked for.
        """
        self._url = url
        self._engine = engine
        self._schema_revision = schema_revision
        self._busy_timeout_ms = busy_timeout_ms
        self._read_only = read_only
        self._session_factory: sessionmaker[Session] | None = None
        path = _sqlite_path(url)
        self._light = (
            LightConnections(path, busy_timeout_ms=busy_timeout_ms, read_only=read_only)
            if path is not None
            else None
        )

    @classmethod
    def open(
        cls,
        url: str,
        backup_dir: Path,
        *,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        script_location: Path | None = None,
        read_only: bool = False,
    ) -> Database:
        """Open (or create) the database at url and bring its schema to the newest revision.

        Refuses, without changing anything: a file that is not an SQLite database, an SQLite
        database of another program, a database written by a newer version of the app
        (DatabaseTooNewError), and a damaged database file (CorruptDatabaseError, naming the
        backup to restore). An older database holding data is first backed up into
        backup_dir, then migrated in one transaction. A database file or folder that may not
        be written raises DataReadOnlyError; other problems with locks, permissions or the
        disk raise StorageError. A new database file, and an existing one others could read,
        is made private to its owner. script_location replaces the shipped migration scripts
        (for tests and tools).

        With read_only, an existing SQLite file at the current schema is opened for reading
        only: nothing is created, checked by writing or migrated, and every write fails.

        A database on a server (PostgreSQL) gets the schema made by the migrations when it is
        empty; one in an older format is refused, saying how its administrator upgrades it
        (this app backs up only files, and nothing is migrated without a backup); nothing is
        written to prove it writable (the server's permissions are reported at the first save).
        Its failures (no server, wrong password, no permission) are StorageErrors saying so.
        """
        path = _sqlite_path(url)
        subject = str(path) if path is not None else _server_subject(url)
        try:
            if path is None:
                return cls._open_server(url, subject, busy_timeout_ms, script_location)
            if read_only:
                return cls._open_read_only(url, path, subject, backup_dir, busy_timeout_ms)
            return cls._open(url, path, subject, backup_dir, busy_timeout_ms, script_location)
        except Exception as exc:
            if not _is_driver_failure(exc):
                raise
            if path is None:
                mapped = server_error(url, exc)
                if mapped is not None:
                    raise mapped from exc
            if path is not None and is_damage(exc) and _starts_like_sqlite(path):
                raise damaged_database_error(path, backup_dir) from exc
            raise storage_error(subject, exc) from exc

    @classmethod
    def _open_read_only(
        cls, url: str, path: Path | None, subject: str, backup_dir: Path, busy_timeout_ms: int
    ) -> Database:
        if path is None or not path.is_file():
            raise StorageError(
                translate("Storage", "{database} does not exist, so it cannot be shown.").format(
                    database=subject
                )
            )
        unclean = _left_unclean(path)
        state = _inspect_sqlite_file(path, subject, busy_timeout_ms, read_only=True)
        _check_whole(path, backup_dir, busy_timeout_ms, unclean=unclean, read_only=True)
        if state.revisions != (HEAD_REVISION,):
            from promise_tracker.storage.migrate import known_revisions

            _refuse_incompatible(state, known_revisions(None), subject)
            raise DataReadOnlyError(
                translate(
                    "Storage",
                    "{database} was saved by an older version of PROMISE tracker and needs "
                    "upgrading, which cannot be done while it cannot be written.",
                ).format(database=subject)
            )
        log.info("Opened %s read-only at schema revision %s", subject, HEAD_REVISION)
        return cls(
            url=url,
            schema_revision=HEAD_REVISION,
            busy_timeout_ms=busy_timeout_ms,
            read_only=True,
        )

    @classmethod
    def _open(
        cls,
        url: str,
        path: Path,
        subject: str,
        backup_dir: Path,
        busy_timeout_ms: int,
        script_location: Path | None,
    ) -> Database:
        _probe_folder_writable(path.parent)
        unclean = _left_unclean(path)
        state = _inspect_sqlite_file(path, subject, busy_timeout_ms)
        if state is _NO_DATABASE_YET:
            # Before SQLite creates it: its -wal and -shm files take the file's mode.
            create_private_file(path)
        else:
            _check_whole(path, backup_dir, busy_timeout_ms, unclean=unclean)
            for file in (path, *(Path(f"{path}{suffix}") for suffix in _SIDE_SUFFIXES)):
                make_private(file)
        if script_location is None and state.revisions == (HEAD_REVISION,):
            # The usual case: already at this version's schema. Alembic (a slow import) is
            # then not needed; a test keeps HEAD_REVISION equal to the newest script.
            head = HEAD_REVISION
        else:
            from promise_tracker.storage.migrate import head_revision, known_revisions

            head = head_revision(script_location)
            _refuse_incompatible(state, known_revisions(script_location), subject)

        if state.revisions == (head,):
            # The everyday case, without SQLAlchemy: prove the file can be written (a lock,
            # read-only file or full disk is reported now rather than at the first save).
            probe_writable(path, busy_timeout_ms=busy_timeout_ms)
        else:
            backup = (
                backup_before_migration(path, backup_dir, head, busy_timeout_ms=busy_timeout_ms)
                if state.holds_data
                else None
            )
            _migrate(url, subject, head, backup, busy_timeout_ms, script_location)
        log.info("Opened %s at schema revision %s", subject, head)
        return cls(url=url, schema_revision=head, busy_timeout_ms=busy_timeout_ms)

    @classmethod
    def _open_server(
        cls, url: str, subject: str, busy_timeout_ms: int, script_location: Path | None
    ) -> Database:
        """Open a database on a server, making its schema if it is empty (see open)."""
        from promise_tracker.storage.engine import make_engine

        # The engine, and the connection its pool keeps, then serve the first save too.
        engine = make_engine(url)
        try:
            state = _inspect_server_database(engine)
            if script_location is None and state.revisions == (HEAD_REVISION,):
                head = HEAD_REVISION  # the usual case, without importing Alembic
            else:
                from promise_tracker.storage.migrate import head_revision, known_revisions

                head = head_revision(script_location)
                known = known_revisions(script_location)
                _refuse_incompatible(state, known, subject, server=True)
            if state.revisions != (head,):
                if state.other_tables:
                    raise StorageError(_server_upgrade_needed(subject, state.revisions, head))
                _create_server_schema(url, subject, head, script_location)
        except BaseException:
            engine.dispose()
            raise
        log.info("Opened %s at schema revision %s", subject, head)
        return cls(url=url, engine=engine, schema_revision=head, busy_timeout_ms=busy_timeout_ms)

    @property
    def url(self) -> str:
        return self._url

    @property
    def path(self) -> Path | None:
        """The database file, or None for a server database."""
        return _sqlite_path(self._url)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (made, and SQLAlchemy imported, on first use)."""
        if self._engine is None:
            from promise_tracker.storage.engine import make_engine

            self._engine = make_engine(
                self._url, busy_timeout_ms=self._busy_timeout_ms, read_only=self._read_only
            )
        return self._engine

    @property
    def session_factory(self) -> sessionmaker[Session]:
        if self._session_factory is None:
            from sqlalchemy.orm import sessionmaker

            self._session_factory = sessionmaker(bind=self.engine, expire_on_commit=False)
        return self._session_factory

    @property
    def uses_sqlalchemy(self) -> bool:
        """Whether units of work run on SQLAlchemy sessions (rather than plain sqlite3)."""
        return self._light is None or self._engine is not None

    @property
    def schema_revision(self) -> str:
        return self._schema_revision

    @property
    def read_only(self) -> bool:
        """Whether the database was opened for reading only (every write fails)."""
        return self._read_only

    def unit_of_work(self) -> UnitOfWork:
        """A new unit of work; use it as a context manager and call commit() to save."""
        if self._light is not None and self._engine is None:
            # Same repositories, methods and results (held to one contract by the tests).
            return cast("UnitOfWork", LightUnitOfWork(self._light))
        from promise_tracker.storage.uow import UnitOfWork

        return UnitOfWork(self.session_factory)

    def close(self) -> None:
        """Close every pooled connection (SQLite then folds the -wal file back in)."""
        if self._light is not None:
            self._light.close()
        if self._engine is not None:
            self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({_render_url(self._url)!r})"


def _server_subject(url: str) -> str:
    """A server database as named in messages: its name and server, never the password."""
    address = ServerAddress.of(url)
    return translate("Storage", "The database “{database}” on {server}").format(
        database=address.database, server=address.server
    )


def _render_url(url: str) -> str:
    """The URL as shown to people (any password hidden)."""
    if sqlite_file_of_url(url) is not None:
        return url  # a plain file URL holds no password
    from sqlalchemy import make_url

    return make_url(url).render_as_string()


def _is_driver_failure(exc: Exception) -> bool:
    """Whether exc is the database driver's or the file system's (not a bug of ours)."""
    if isinstance(exc, sqlite3.Error | OSError):
        return True
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.DBAPIError)


def _sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases."""
    fast = sqlite_file_of_url(url)
    if fast is not None:
        return fast
    from sqlalchemy import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:" or parsed.database.startswith("file:"):
        # The open-time checks, the backup and the migration each use their own connection,
        # so they must all reach the same file.
        raise ValueError(f"Database.open needs an SQLite file path, not {url!r}")
    return Path(parsed.database)


def _probe_folder_writable(folder: Path) -> None:
    """Create the folder if needed and prove a file can be created in it, so that a folder
    the user may not write is reported as such (SQLite would only say it cannot open the
    database, and only at the first save)."""
    # One name per thread, so that two opening at once do not remove each other's probe.
    probe = folder / f".promise-tracker-write-test-{os.getpid()}-{threading.get_ident()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        os.close(os.open(probe, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        probe.unlink(missing_ok=True)
    except OSError as exc:
        if exc.errno in NOT_WRITABLE_ERRNOS:
            raise folder_not_writable_error(folder) from exc
        raise


def _starts_like_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def _left_unclean(path: Path) -> bool:
    """Whether the database's write-ahead log is there: SQLite removes it when the last
    connection closes, so the last session did not end cleanly (or another one is open)."""
    return Path(f"{path}-wal").exists()


def _check_whole(
    path: Path,
    backup_dir: Path,
    busy_timeout_ms: int,
    *,
    unclean: bool,
    read_only: bool = False,
) -> None:
    """Refuse a damaged database file (SQLite's quick_check), saying which backup to restore.

    See QUICK_CHECK_ALWAYS_BYTES for when a large file is checked.
    """
    try:
        size = path.stat().st_size
    except OSError:
        return  # reported by whatever reads it next
    if size > QUICK_CHECK_ALWAYS_BYTES and not unclean:
        log.info("Skipped the quick check of %s (%d bytes, closed cleanly)", path, size)
        return
    with contextlib.closing(
        connect(path, busy_timeout_ms=busy_timeout_ms, read_only=read_only)
    ) as connection:
        connection.execute("PRAGMA query_only = ON")
        problems = [str(row[0]) for row in connection.execute("PRAGMA quick_check(20)")]
    if problems != ["ok"]:
        log.error("%s failed its quick check: %s", path, "; ".join(problems))
        raise damaged_database_error(path, backup_dir)


def _inspect_sqlite_file(
    path: Path, subject: str, busy_timeout_ms: int, *, read_only: bool = False
) -> _SchemaState:
    """Read what the file holds without writing to it (and without creating it)."""
    if path.is_dir():
        raise StorageError(f"{subject} is a folder, not a PROMISE tracker database.")
    if not path.exists():
        return _NO_DATABASE_YET
    with path.open("rb") as file:
        header = file.read(len(_SQLITE_HEADER))
    if not header:
        return _NO_DATABASE_YET  # SQLite itself treats an empty file as an empty database
    if header != _SQLITE_HEADER:
        # Checked before SQLite sees the file, so nothing (not even a -wal) is created for it.
        raise StorageError(f"{subject} is not a PROMISE tracker database (nor any SQLite file).")
    # Read-write rather than mode=ro (unless the data is opened read-only): a read-only
    # connection leaves -wal and -shm files behind because it may not delete them.
    # query_only makes sure nothing is written through it.
    with contextlib.closing(
        connect(path, busy_timeout_ms=busy_timeout_ms, read_only=read_only)
    ) as connection:
        connection.execute("PRAGMA query_only = ON")
        tables = frozenset(
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            )
        )
        revisions: tuple[str, ...] = ()
        if VERSION_TABLE in tables:
            revisions = tuple(
                str(revision)
                for (revision,) in connection.execute(f"SELECT version_num FROM {VERSION_TABLE}")
            )
        holds_data = any(
            connection.execute(f"SELECT 1 FROM {_quote(name)} LIMIT 1").fetchone() is not None
            for name in tables - {VERSION_TABLE}
        )
    return _SchemaState(tables=tables, revisions=revisions, holds_data=holds_data)


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _inspect_server_database(engine: Engine) -> _SchemaState:
    """The tables and revision of a server database, read without writing anything.

    Whether it holds data is not asked (each table would have to be read, and a member of a
    unit may not read every table): a server database is never migrated by the app.
    """
    from sqlalchemy import inspect

    from promise_tracker.storage.migrate import current_revisions

    with engine.connect() as connection:
        tables = frozenset(inspect(connection).get_table_names())
        revisions = current_revisions(connection) if VERSION_TABLE in tables else ()
    return _SchemaState(tables=tables, revisions=revisions, holds_data=bool(tables))


def _refuse_incompatible(
    state: _SchemaState, known: frozenset[str], subject: str, *, server: bool = False
) -> None:
    unknown = [revision for revision in state.revisions if revision not in known]
    if unknown and server:
        raise DatabaseTooNewError(
            translate(
                "Storage",
                "{database} was set up by a newer version of PROMISE tracker (its database "
                "format {format} is unknown to this version, {version}). Install the newer "
                "version on this computer to use it; the network's administrator knows which "
                "one. The database has not been changed.",
            ).format(database=subject, format=", ".join(unknown), version=__version__)
        )
    if not state.revisions and state.other_tables and server:
        raise StorageError(
            translate(
                "Storage",
                "{database} is not a PROMISE tracker database: it holds other tables. Check "
                "the database's name in the address. The database has not been changed.",
            ).format(database=subject)
        )
    if unknown:
        raise DatabaseTooNewError(
            f"{subject} was saved by a newer version of PROMISE tracker (its database format "
            f"{', '.join(unknown)} is unknown to this version, {__version__}). Update PROMISE "
            "tracker to open it. The file has not been changed."
        )
    if not state.revisions and state.other_tables:
        raise StorageError(
            f"{subject} is not a PROMISE tracker database: it is an SQLite database holding "
            "other tables. The file has not been changed."
        )


def _server_upgrade_needed(subject: str, revisions: tuple[str, ...], head: str) -> str:
    return translate(
        "Storage",
        "{database} is in an older database format ({found}) than this version of PROMISE "
        "tracker uses ({head}). Only the network's administrator upgrades it: first a backup "
        "with pg_dump, then the command “promise-tracker server upgrade --db-url URL” (see "
        "the page for IT staff, docs/server.md). The database has not been changed.",
    ).format(database=subject, found=", ".join(revisions) or "?", head=head)


def _create_server_schema(url: str, subject: str, head: str, script_location: Path | None) -> None:
    """Make the schema of an empty server database with the migrations, in one transaction.

    An advisory lock makes two clients opening the new database at once take turns: the
    second finds the schema made and leaves it as it is.
    """
    from sqlalchemy import func, select

    from promise_tracker.storage.engine import make_migration_engine
    from promise_tracker.storage.migrate import current_revisions

    engine = make_migration_engine(url)
    try:
        with engine.connect() as connection, connection.begin() as transaction:
            connection.execute(select(func.pg_advisory_xact_lock(_SCHEMA_LOCK_KEY)))
            found = current_revisions(connection)
            if found == (head,):
                transaction.rollback()
                return
            if found:
                raise StorageError(_server_upgrade_needed(subject, found, head))
            _run_migrations(connection, subject, head, None, script_location)
            revisions = current_revisions(connection)
            if revisions != (head,):
                raise StorageError(
                    f"Making the schema of {subject} ended at database format {revisions}, "
                    f"not {head}."
                )
    finally:
        engine.dispose()
    log.info("Made the schema of %s at revision %s", subject, head)


def _migrate(
    url: str,
    subject: str,
    head: str,
    backup: Path | None,
    busy_timeout_ms: int,
    script_location: Path | None,
) -> None:
    """Upgrade the database file to head in one transaction.

    The write lock is taken first, so a database that is locked, read-only or on a full disk
    is reported now rather than when the user first saves.
    """
    from promise_tracker.storage.engine import make_migration_engine

    engine = make_migration_engine(url, busy_timeout_ms=busy_timeout_ms)
    try:
        with engine.connect() as connection:
            transaction = connection.begin()
            try:
                from promise_tracker.storage.migrate import current_revisions

                _run_migrations(connection, subject, head, backup, script_location)
                revisions = current_revisions(connection)
                if revisions != (head,):
                    raise StorageError(
                        f"Upgrading {subject} ended at database format {revisions}, not {head}."
                    )
                transaction.commit()
            except BaseException:
                if transaction.is_active:
                    transaction.rollback()
                raise
    finally:
        engine.dispose()
    if backup is not None:
        log.info("Upgraded %s to schema revision %s (backup: %s)", subject, head, backup)


def _run_migrations(
    connection: Connection,
    subject: str,
    head: str,
    backup: Path | None,
    script_location: Path | None,
) -> None:
    from sqlalchemy.exc import DBAPIError

    from promise_tracker.storage.migrate import upgrade_to_head

    kept = f" A backup made before the upgrade is at {backup}." if backup else ""
    try:
        upgrade_to_head(connection, script_location)
        if connection.dialect.name == "sqlite":
            # Foreign keys were off during the migration (see make_migration_engine), so check
            # that the result still satisfies them before committing it.
            violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise StorageError(
                    f"Upgrading {subject} to database format {head} would break links between "
                    f"records ({len(violations)} problems), so it was undone.{kept}"
                )
    except StorageError:
        raise
    except DBAPIError as exc:
        if "locked" in str(exc.orig).lower():
            raise  # reported as a lock problem by Database.open
        raise StorageError(
            f"Upgrading {subject} to database format {head} failed and was undone; the "
            f"database is unchanged.{kept} ({exc.orig})"
        ) from exc
    except Exception as exc:
        # A broken migration script is a bug, but the user's first question is whether their
        # data is safe: say so, and keep the cause chained for the log.
        raise StorageError(
            f"Upgrading {subject} to database format {head} failed and was undone; the "
            f"database is unchanged.{kept} ({type(exc).__name__}: {exc})"
        ) from exc

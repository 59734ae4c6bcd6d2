"""Turn database driver and file system failures into StorageErrors a user can act on."""

from __future__ import annotations

import errno
import re
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from promise_tracker.errors import CorruptDatabaseError, DataReadOnlyError, StorageError
from promise_tracker.i18n import translate

# The errors of a folder or file the user may not write: no permission, a read-only drive.
NOT_WRITABLE_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def driver_message(exc: BaseException) -> str:
    """The driver's own words, without the SQL statement SQLAlchemy appends."""
    # SQLAlchemy is only imported when some part of the app needed it, and only then can exc
    # be one of its errors.
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if (
        sqlalchemy_exc is not None
        and isinstance(exc, sqlalchemy_exc.DBAPIError)
        and exc.orig is not None
    ):
        return str(exc.orig)
    return str(exc)


def is_not_writable(exc: BaseException) -> bool:
    """Whether exc says that a file or folder may not be written (rather than anything else)."""
    if isinstance(exc, OSError) and exc.errno in NOT_WRITABLE_ERRNOS:
        return True
    lowered = driver_message(exc).lower()
    return "readonly" in lowered or "read-only" in lowered


def is_damage(exc: BaseException) -> bool:
    """Whether the driver says the file is damaged (or not a database at all)."""
    lowered = driver_message(exc).lower()
    return "malformed" in lowered or "not a database" in lowered or "corrupt" in lowered


def storage_error(subject: str, exc: BaseException) -> StorageError:
    """A StorageError about subject (a file name or URL) explaining why exc happened."""
    message = driver_message(exc)
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return StorageError(
            f"{subject} is in use by another program (perhaps PROMISE tracker in another "
            "window) and stayed locked. Close the other program and try again."
        )
    if is_not_writable(exc):
        return DataReadOnlyError(
            f"{subject} cannot be written: the file or its folder is read-only. Copy it to a "
            "folder where you can save files, or change its permissions."
        )
    if "not a database" in lowered or "malformed" in lowered:
        return StorageError(f"{subject} is not a PROMISE tracker database, or it is damaged.")
    if "disk is full" in lowered or (isinstance(exc, OSError) and exc.errno == errno.ENOSPC):
        return StorageError(f"{subject} cannot be written: the disk is full.")
    if "unable to open" in lowered or isinstance(exc, OSError | sqlite3.OperationalError):
        return StorageError(
            f"{subject} cannot be opened or created ({message}). Check that its folder exists "
            "and that you can save files there."
        )
    return StorageError(f"{subject} cannot be used: {message}")


def folder_not_writable_error(folder: Path) -> DataReadOnlyError:
    """The folder holding the data may not be written (no permission, or a read-only drive)."""
    return DataReadOnlyError(
        translate(
            "Storage",
            "PROMISE tracker cannot save files in the folder {folder}: it is read-only, or "
            "you do not have permission to change it. Ask whoever looks after this computer "
            "to give you permission to save files there.",
        ).format(folder=folder)
    )


def newest_backup(backup_dir: Path) -> Path | None:
    """The newest whole backup in backup_dir that SQLite finds undamaged, if there is one."""
    try:
        candidates = [
            path
            for path in backup_dir.glob("*.sqlite")
            # a damaged database set aside by a restore is kept, but it is no backup
            if path.is_file() and "-damaged-" not in path.name
        ]
    except OSError:
        return None
    candidates.sort(key=_modified, reverse=True)
    for path in candidates:
        if _passes_quick_check(path):
            return path
    return None


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _passes_quick_check(path: Path) -> bool:
    try:
        connection = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            row = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == "ok"


def damaged_database_error(database: Path, backup_dir: Path) -> CorruptDatabaseError:
    """Say that `database` is damaged, which backup to put back, and how."""
    damaged = translate(
        "Storage",
        "The database {database} is damaged: parts of it cannot be read (after a disk or "
        "copying problem, for example). PROMISE tracker does not use it, and has not changed it.",
    ).format(database=database)
    backup = newest_backup(backup_dir)
    if backup is None:
        advice = translate(
            "Storage",
            "There is no backup in {folder}. Keep the damaged file as it is and ask whoever "
            "looks after this computer whether it can be restored from their backups.",
        ).format(folder=backup_dir)
    else:
        advice = translate(
            "Storage",
            "The newest backup is {backup}. To go back to it, close PROMISE tracker and run the "
            "command “promise-tracker restore {backup}” (the damaged file is kept aside), or "
            "keep a copy of the damaged file somewhere else and copy the backup over {database}.",
        ).format(backup=backup, database=database)
        side_files = [
            Path(f"{database}{suffix}")
            for suffix in ("-wal", "-shm", "-journal")
            if Path(f"{database}{suffix}").exists()
        ]
        if side_files:
            advice += " " + translate(
                "Storage",
                "Delete {files} as well: they belong to the damaged file.",
            ).format(files=", ".join(str(path) for path in side_files))
    return CorruptDatabaseError(f"{damaged}\n\n{advice}")


# --- database servers (PostgreSQL) --------------------------------------------------------

# What each table holds, for a message about what the server refused.
_RECORDS_OF_TABLE: Final = {
    "units": "units",
    "rounds": "rounds",
    "respondents": "respondents",
    "answers": "answers",
    "events": "events",
    "actions": "actions",
    "barriers": "barriers",
    "changes": "change records",
}
# SQLSTATE of "insufficient privilege": a missing GRANT, or a row-level security policy.
_INSUFFICIENT_PRIVILEGE: Final = "42501"
# The server ended the session: shut down, restarted, or the connection was terminated.
_SESSION_ENDED_STATES: Final = frozenset({"57P01", "57P02", "57P03", "08000", "08003", "08006"})


@dataclass(frozen=True)
class ServerAddress:
    """Who connects to which database on which server, as told to people (no password)."""

    user: str
    database: str
    server: str

    @classmethod
    def of(cls, url: str) -> ServerAddress:
        from sqlalchemy import make_url

        parsed = make_url(url)
        query = parsed.query
        service = _first(query.get("service"))
        host = parsed.host or _first(query.get("host"))
        if host and host.startswith("/"):
            server = translate("Storage", "this computer")  # a Unix socket folder
        elif host:
            server = host + (f":{parsed.port}" if parsed.port else "")
        elif service:
            server = translate("Storage", "the service {service}").format(service=service)
        else:
            server = translate("Storage", "this computer")
        user = parsed.username or _first(query.get("user")) or getpass_user()
        return cls(user=user, database=parsed.database or user, server=server)


def _first(value: str | tuple[str, ...] | None) -> str | None:
    if isinstance(value, tuple):
        return value[0] if value else None
    return value


def getpass_user() -> str:
    """The login name libpq uses when the URL names no user."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def is_server_failure(exc: BaseException) -> bool:
    """Whether exc comes from the PostgreSQL driver (psycopg), directly or through SQLAlchemy."""
    return type(_driver_error(exc)).__module__.split(".")[0] == "psycopg"


def _driver_error(exc: BaseException) -> BaseException:
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if (
        sqlalchemy_exc is not None
        and isinstance(exc, sqlalchemy_exc.DBAPIError)
        and isinstance(exc.orig, BaseException)
    ):
        return exc.orig
    return exc


def _refused_table(message: str) -> str | None:
    """The table named in 'permission denied for table x' or a row-level security refusal."""
    match = re.search(r'for table "?([A-Za-z_][A-Za-z0-9_]*)"?', message)
    return match.group(1) if match else None


def _statement_of(exc: BaseException) -> str:
    statement = getattr(exc, "statement", None)
    return statement.lstrip().split(None, 1)[0].upper() if isinstance(statement, str) else ""


def server_error(url: str, exc: BaseException) -> StorageError | None:
    """A StorageError a user can act on for a failure of the database server at url, or None
    when exc is not the PostgreSQL driver's. Never holds the password (nor the URL)."""
    if not is_server_failure(exc):
        return None
    error = _driver_error(exc)
    address = ServerAddress.of(url)
    message = str(error)
    lowered = message.lower()
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate == _INSUFFICIENT_PRIVILEGE or "permission denied for" in lowered:
        return _refused(address, exc, message)
    if "password authentication failed" in lowered or "authentication failed" in lowered:
        return StorageError(
            translate(
                "Storage",
                "The database server on {server} did not accept the user name “{user}” with "
                "the password given. Check the user name and the password (capitals count) "
                "and try again; the network's administrator can set a new password.",
            ).format(server=address.server, user=address.user)
        )
    if "no password supplied" in lowered or "password is required" in lowered:
        return StorageError(
            translate(
                "Storage",
                "The database server on {server} asks for the password of “{user}”, and none "
                "was given. Enter it when PROMISE tracker asks for it, or keep it in a "
                "PostgreSQL password file (.pgpass) on this computer.",
            ).format(server=address.server, user=address.user)
        )
    if "does not exist" in lowered and "database" in lowered:
        return StorageError(
            translate(
                "Storage",
                "There is no database “{database}” on the database server on {server}. Check "
                "the database's name in the address, or ask the network's administrator to "
                "set it up (promise-tracker server init).",
            ).format(database=address.database, server=address.server)
        )
    if message.startswith(("connection failed", "connection is bad")) or (
        "timeout expired" in lowered or "could not connect" in lowered
    ):
        return StorageError(
            translate(
                "Storage",
                "No database server answers on {server}: it is not running, or it cannot be "
                "reached from this computer. Check the network connection and the server's "
                "address, or ask the network's administrator whether the server is running.",
            ).format(server=address.server)
        )
    if sqlstate in _SESSION_ENDED_STATES or (sqlstate is None and _is_connection_lost(lowered)):
        return StorageError(
            translate(
                "Storage",
                "The connection to the database server on {server} was lost (the server was "
                "restarted, or the network was interrupted). What was being saved was not "
                "saved. Try again; if this keeps happening, ask the network's administrator.",
            ).format(server=address.server)
        )
    if "disk full" in lowered or sqlstate == "53100":
        return StorageError(
            translate(
                "Storage",
                "The database server on {server} has no space left to save this. Nothing "
                "was saved; ask the network's administrator to make room on the server.",
            ).format(server=address.server)
        )
    return None


def _is_connection_lost(lowered: str) -> bool:
    return any(
        phrase in lowered
        for phrase in (
            "server closed the connection",
            "connection is lost",
            "connection is closed",
            "consuming input failed",
            "terminating connection",
            "ssl syscall",
            "eof detected",
        )
    )


def _refused(address: ServerAddress, exc: BaseException, message: str) -> StorageError:
    """The server refused access (a missing grant, a row-level security policy)."""
    lowered = message.lower()
    if "permission denied for database" in lowered:
        return StorageError(
            translate(
                "Storage",
                "The user “{user}” may not use the database “{database}” on the database "
                "server on {server}. The network's administrator gives access to it "
                "(promise-tracker server add-member).",
            ).format(user=address.user, database=address.database, server=address.server)
        )
    table = _refused_table(message)
    records = _RECORDS_OF_TABLE.get(table or "", "")
    if "row-level security" in lowered or _statement_of(exc) in {"INSERT", "UPDATE", "DELETE"}:
        if records:
            text = translate(
                "Storage",
                "The database server did not let the user “{user}” change these {records}: "
                "they belong to a unit “{user}” is not a member of, or the user may only "
                "read them. Nothing was saved. The network's administrator gives access to a "
                "unit's data (promise-tracker server add-member).",
            ).format(user=address.user, records=translate_records(records))
        else:
            text = translate(
                "Storage",
                "The database server did not let the user “{user}” save this change. Nothing "
                "was saved. The network's administrator gives access to a unit's data "
                "(promise-tracker server add-member).",
            ).format(user=address.user)
        return StorageError(text)
    return StorageError(
        translate(
            "Storage",
            "The database server did not let the user “{user}” read the {records} of the "
            "database “{database}”. The network's administrator gives access to it "
            "(promise-tracker server add-member).",
        ).format(
            user=address.user,
            records=translate_records(records or "data"),
            database=address.database,
        )
    )


def translate_records(records: str) -> str:
    """The name of a kind of records, in the interface's language."""
    names = {
        "units": translate("Storage", "units"),
        "rounds": translate("Storage", "rounds"),
        "respondents": translate("Storage", "respondents"),
        "answers": translate("Storage", "answers"),
        "events": translate("Storage", "events"),
        "actions": translate("Storage", "actions"),
        "barriers": translate("Storage", "barriers"),
        "change records": translate("Storage", "change records"),
        "data": translate("Storage", "data"),
    }
    return names.get(records, records)

"""Turn database driver and file system failures into StorageErrors a user can act on."""

from __future__ import annotations

import errno
import sqlite3
import sys
from pathlib import Path

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

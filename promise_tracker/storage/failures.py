"""Turn database driver and file system failures into StorageErrors a user can act on."""

from __future__ import annotations

import sqlite3
import sys

from promise_tracker.errors import StorageError


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


def storage_error(subject: str, exc: BaseException) -> StorageError:
    """A StorageError about subject (a file name or URL) explaining why exc happened."""
    message = driver_message(exc)
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return StorageError(
            f"{subject} is in use by another program (perhaps PROMISE tracker in another "
            "window) and stayed locked. Close the other program and try again."
        )
    if "readonly" in lowered or "read-only" in lowered or isinstance(exc, PermissionError):
        return StorageError(
            f"{subject} cannot be written: the file or its folder is read-only. Copy it to a "
            "folder where you can save files, or change its permissions."
        )
    if "not a database" in lowered or "malformed" in lowered:
        return StorageError(f"{subject} is not a PROMISE tracker database, or it is damaged.")
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return StorageError(f"{subject} cannot be written: the disk is full.")
    if "unable to open" in lowered or isinstance(exc, OSError | sqlite3.OperationalError):
        return StorageError(
            f"{subject} cannot be opened or created ({message}). Check that its folder exists "
            "and that you can save files there."
        )
    return StorageError(f"{subject} cannot be used: {message}")

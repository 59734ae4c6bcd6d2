"""Consistent copies of an SQLite database file made with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from promise_tracker.errors import StorageError

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".sqlite"


def backup_sqlite(source: Path, destination: Path, *, busy_timeout_ms: int = 5000) -> Path:
    """Copy the database at source into a new self-contained file at destination.

    Uses the online backup API, which sees committed data still in the -wal file (a byte copy
    of the main file may miss it entirely). The copy is written under a temporary name and
    renamed when complete and checked, so a file with the final name is always a whole backup.
    Never overwrites: raises StorageError if destination exists.
    """
    if not source.is_file():
        raise StorageError(f"Cannot back up {source}: the file does not exist.")
    if destination.exists():
        raise StorageError(f"Cannot back up to {destination}: a file with that name exists.")
    partial = destination.with_name(destination.name + ".partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        # Opening the source read-write (not mode=ro) lets SQLite remove its -wal and -shm
        # files again when this is the last connection; nothing is written through it.
        with (
            contextlib.closing(sqlite3.connect(source, timeout=busy_timeout_ms / 1000)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            src.execute("PRAGMA query_only = ON")
            src.backup(dst)
            # The backup copies the source's WAL flag; a backup should be one plain file.
            dst.execute("PRAGMA journal_mode = DELETE")
            check = dst.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise StorageError(f"The backup {destination} failed its integrity check.")
        os.replace(partial, destination)
    except (sqlite3.Error, OSError) as exc:
        _remove_quietly(partial)
        raise StorageError(
            f"Could not back up {source} to {destination}: {exc}. Nothing was changed."
        ) from exc
    except BaseException:
        _remove_quietly(partial)
        raise
    log.info("Backed up %s to %s", source, destination)
    return destination


def _remove_quietly(path: Path) -> None:
    """Remove a partial backup; failing to do so must not hide why the backup failed."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def backup_name(source: Path, target_revision: str, when: dt.datetime, counter: int = 1) -> str:
    """The file name of a backup made before migrating source to target_revision."""
    extra = f"-{counter}" if counter > 1 else ""
    return f"{source.stem}-before-{target_revision}-{when:%Y%m%d-%H%M%S}{extra}{BACKUP_SUFFIX}"


def backup_before_migration(
    source: Path,
    backup_dir: Path,
    target_revision: str,
    *,
    busy_timeout_ms: int = 5000,
    now: dt.datetime | None = None,
) -> Path:
    """Back up source into backup_dir under a name saying which upgrade it preceded."""
    when = now or dt.datetime.now()  # local time: the user reads these names
    counter = 1
    destination = backup_dir / backup_name(source, target_revision, when)
    # Two upgrades within one second (e.g. a retry) must not overwrite the first backup.
    while destination.exists() or destination.with_name(destination.name + ".partial").exists():
        counter += 1
        destination = backup_dir / backup_name(source, target_revision, when, counter)
    return backup_sqlite(source, destination, busy_timeout_ms=busy_timeout_ms)

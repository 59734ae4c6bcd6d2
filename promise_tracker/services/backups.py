"""Backups of the user's database: made when a session starts and on request, listed with what
they hold, thinned out by a rotation, copied elsewhere, and restored.

Backups live in the data folder's backups/ folder (private: 0700, each file 0600 on POSIX),
named `<database>-<kind>-<YYYYMMDD-HHMMSS>[-N].sqlite` in local time, so they sort by time
and say what they are: `session`, `manual`, `before-restore`, `damaged` (a damaged database
set aside byte for byte by a restore) and `before-<revision>` (made before an upgrade, by
storage.database).

Whether anything changed since the last backup: the database is copied into memory with the
online backup API and compared byte for byte with the newest backup of any kind (leaving out
the header's bookkeeping: file format flags, change counter). The backup API copies the
database page by page, so unchanged data gives the very same pages and any change in the
data gives different ones: a change is never missed (a rewrite that leaves the same data, or
a new SQLite version, at worst costs one extra backup). For a few megabytes this takes about
15 ms, on a worker thread after the data is shown, and writes nothing when nothing changed.
File times or sizes would be cheaper but can miss a change (a coarse clock on a USB stick,
the write-ahead log folded into the file on closing).

Rotation keeps the newest KEEP_SESSIONS session backups and the newest session backup of each
of the last KEEP_MONTHS months (this one included), and deletes other session backups. It
never deletes a backup of any other kind.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Final

from promise_tracker.errors import PromiseTrackerError, StorageError, ValidationError
from promise_tracker.i18n import translate
from promise_tracker.paths import AppPaths, is_server_url, make_private_folder
from promise_tracker.storage.backup import (
    BACKUP_SUFFIX,
    PARTIAL_SUFFIX,
    BackupIntegrityError,
    DatabaseContent,
    DatabaseDamagedError,
    DatabaseInUseError,
    backup_into,
    backup_sqlite,
    holds_the_same_pages,
    is_damage,
    is_sqlite_file,
    made_before_upgrade_by_this_process,
    partial_restore_path,
    read_content,
    replace_database,
    set_aside,
    snapshot,
    take_over,
    unique_backup_path,
)
from promise_tracker.storage.light import sqlite_file_of_url

log = logging.getLogger(__name__)

KEEP_SESSIONS: Final = 10
KEEP_MONTHS: Final = 12
# A .partial file this old in the backups folder is left over from a process that was
# killed; a younger one may be a backup being written right now by another window.
STALE_PARTIAL_SECONDS: Final = 3600

# Only one backup, copy or restore at a time in this process (e.g. a restore waits for the
# session backup still running on its worker thread).
_operations = threading.Lock()

_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<label>session|manual|before-restore|damaged|before-(?P<revision>[^-]+))"
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<counter>\d+))?" + re.escape(BACKUP_SUFFIX) + "$"
)


class BackupKind(Enum):
    SESSION = "session"
    MANUAL = "manual"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"
    DAMAGED = "damaged"


_KIND_OF_LABEL: Final = {
    "session": BackupKind.SESSION,
    "manual": BackupKind.MANUAL,
    "before-restore": BackupKind.BEFORE_RESTORE,
    "damaged": BackupKind.DAMAGED,
}


@dataclass(frozen=True)
class Backup:
    """One backup file, what kind it is, when it was made and (if read) what it holds."""

    path: Path
    kind: BackupKind
    created: dt.datetime  # local time, from the file name
    size: int
    content: DatabaseContent | None = None  # None: not read, or not readable as our data


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    content: DatabaseContent
    # The database as it was before, kept as a backup (None when there was none).
    previous: Path | None


def database_file(paths: AppPaths) -> Path:
    """The database file of the data folder (or of --db-url, if that names a file)."""
    url = paths.database_url_override
    if not url:
        return paths.database
    path = sqlite_file_of_url(url)
    if path is None and url.startswith("sqlite"):
        from sqlalchemy import make_url

        database = make_url(url).database
        path = Path(database) if database and not database.startswith(":") else None
    if path is None:
        from promise_tracker.storage.failures import ServerAddress

        address = ServerAddress.of(url)
        raise StorageError(
            translate(
                "Backups",
                "The database “{database}” is on the database server on {server}. PROMISE "
                "tracker backs up and restores only database files; a server's database is "
                "backed up with PostgreSQL's pg_dump and restored with pg_restore by the "
                "network's administrator (see docs/server.md).",
            ).format(database=address.database, server=address.server)
        )
    return path


def is_on_server(paths: AppPaths) -> bool:
    """Whether the data's database is on a database server rather than in a file."""
    return is_server_url(paths.database_url_override)


def parse_backup_name(name: str) -> tuple[BackupKind, dt.datetime] | None:
    """The kind and time of a backup file from its name; None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    label = match["label"]
    kind = BackupKind.BEFORE_UPGRADE if match["revision"] else _KIND_OF_LABEL[label]
    return kind, created


def list_backups(paths: AppPaths, *, with_content: bool = True) -> list[Backup]:
    """The backups in the data folder's backups/, newest first (files being written are not).

    With `with_content`, each is opened read-only and counted; one that cannot be read keeps
    `content` None.
    """
    folder = paths.backups_dir
    if not folder.is_dir():
        return []
    found: list[tuple[Backup, int]] = []
    for path in folder.glob("*" + BACKUP_SUFFIX):
        parsed = parse_backup_name(path.name)
        if parsed is None or not path.is_file():
            continue
        content: DatabaseContent | None = None
        if with_content:
            try:
                content = read_content(path)
            except sqlite3.Error as exc:
                log.warning("Could not read the backup %s: %s", path, exc)
        status = path.stat()
        backup = Backup(path, parsed[0], parsed[1], status.st_size, content)
        found.append((backup, status.st_mtime_ns))
    # Names have whole seconds; two backups of one second are told apart by the file time.
    found.sort(key=lambda item: (item[0].created, _counter(item[0].path), item[1]), reverse=True)
    return [backup for backup, _ in found]


def _counter(path: Path) -> int:
    match = _NAME.match(path.name)
    return int(match["counter"]) if match and match["counter"] else 1


def describe_content(content: DatabaseContent | None) -> str:
    """'4 units, 14 rounds, 2345 answers' in the interface language."""
    if content is None:
        return translate("Backups", "cannot be read")
    units, rounds, answers = content.units, content.rounds, content.answers
    return ", ".join(
        (
            translate("Backups", "%n units", None, units),
            translate("Backups", "%n rounds", None, rounds),
            translate("Backups", "%n answers", None, answers),
        )
    )


def kind_label(kind: BackupKind) -> str:
    """The name of a kind of backup as people read it."""
    labels = {
        BackupKind.SESSION: translate("Backups", "session"),
        BackupKind.MANUAL: translate("Backups", "manual"),
        BackupKind.BEFORE_UPGRADE: translate("Backups", "before upgrade"),
        BackupKind.BEFORE_RESTORE: translate("Backups", "before restore"),
        BackupKind.DAMAGED: translate("Backups", "damaged database set aside"),
    }
    return labels[kind]


# --- making backups ----------------------------------------------------------------------


def make_backup(paths: AppPaths, *, now: dt.datetime | None = None) -> Path:
    """A backup made on request ("manual"), into the backups folder."""
    database = _existing_database(paths)
    with _operations:
        try:
            return backup_into(database, paths.backups_dir, "manual", now=now)
        except StorageError as error:
            raise _failure(error, database, paths.backups_dir) from error


def save_copy(paths: AppPaths, destination: Path, *, overwrite: bool = False) -> Path:
    """A consistent copy of the database written to `destination` (e.g. on a USB stick).

    `overwrite` replaces an existing file (the user agreed to it); without it an existing
    file is refused.
    """
    database = _existing_database(paths)
    if destination.exists() and not overwrite:
        raise ValidationError(
            translate(
                "Backups", "{file} already exists. Choose another name, or remove that file first."
            ).format(file=destination)
        )
    if destination.resolve() == database.resolve():
        raise ValidationError(_is_the_database(destination))
    with _operations:
        try:
            return backup_sqlite(database, destination, overwrite=overwrite)
        except StorageError as error:
            raise _failure(error, database, destination) from error


def session_backup(paths: AppPaths, *, now: dt.datetime | None = None) -> Path | None:
    """The backup made when a session starts, if the data changed since the newest backup.

    Returns the new backup, or None when nothing changed (or there is no database yet, or
    it is on a server, whose backups are its administrator's). Then rotates the session
    backups.
    """
    if is_on_server(paths):
        return None
    database = database_file(paths)
    if not database.is_file() or database.stat().st_size == 0:
        return None
    when = now or dt.datetime.now()
    with _operations:
        existing = list_backups(paths, with_content=False)
        newest = existing[0].path if existing else None
        made: Path | None = None
        if newest is None or not (
            made_before_upgrade_by_this_process(newest) or _unchanged_since(database, newest)
        ):
            try:
                made = backup_into(database, paths.backups_dir, "session", now=when)
            except StorageError as error:
                raise _failure(error, database, paths.backups_dir) from error
        rotate(paths, now=when)
    return made


def _unchanged_since(database: Path, backup: Path) -> bool:
    """Whether the database holds what `backup` holds (compared in memory: unchanged data
    costs no file written)."""
    try:
        pages = snapshot(database)
    except sqlite3.Error as exc:
        log.info("Could not compare %s with the last backup: %s", database, exc)
        return False  # the backup itself then says what is wrong
    return holds_the_same_pages(pages, backup)


def rotation_victims(backups: Sequence[Backup], now: dt.datetime) -> list[Backup]:
    """The session backups rotation deletes: all but the newest KEEP_SESSIONS and the newest
    of each of the last KEEP_MONTHS months. Other kinds are never among them."""
    sessions = sorted(
        (backup for backup in backups if backup.kind is BackupKind.SESSION),
        key=lambda backup: (backup.created, _counter(backup.path)),
        reverse=True,
    )
    keep = {backup.path for backup in sessions[:KEEP_SESSIONS]}
    months: set[tuple[int, int]] = set()
    year, month = now.year, now.month
    for _ in range(KEEP_MONTHS):
        months.add((year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    for backup in sessions:  # newest first, so the first of a month is its newest
        key = (backup.created.year, backup.created.month)
        if key in months:
            keep.add(backup.path)
            months.discard(key)
    return [backup for backup in sessions if backup.path not in keep]


def rotate(paths: AppPaths, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete the session backups the rotation lets go, and partial files left by a crash."""
    when = now or dt.datetime.now()
    deleted: list[Path] = []
    for backup in rotation_victims(list_backups(paths, with_content=False), when):
        try:
            backup.path.unlink()
        except OSError as exc:
            log.warning("Could not delete the old backup %s: %s", backup.path, exc)
        else:
            deleted.append(backup.path)
    folder = paths.backups_dir
    if folder.is_dir():
        limit = time.time() - STALE_PARTIAL_SECONDS
        for partial in folder.glob("*" + PARTIAL_SUFFIX):
            try:
                if partial.stat().st_mtime < limit:
                    partial.unlink()
                    deleted.append(partial)
            except OSError as exc:
                log.warning("Could not delete the leftover %s: %s", partial, exc)
    if deleted:
        log.info("Rotation deleted %s", ", ".join(path.name for path in deleted))
    return deleted


def start_session_backup(paths: AppPaths) -> threading.Thread:
    """Run session_backup on a worker thread (started here); join it before the app ends.

    A failure is logged: the session goes on without its backup.
    """
    thread = threading.Thread(
        target=_session_backup_logged, args=(paths,), name="session-backup", daemon=False
    )
    thread.start()
    return thread


def _session_backup_logged(paths: AppPaths) -> None:
    try:
        made = session_backup(paths)
    except PromiseTrackerError as error:
        log.warning("The automatic backup at the start of the session failed: %s", error)
    except Exception:
        log.exception("The automatic backup at the start of the session failed")
    else:
        if made is None:
            log.info("No session backup: nothing changed since the newest backup")
        else:
            log.info("Session backup written to %s", made)


# --- restoring ---------------------------------------------------------------------------


def restore_backup(
    paths: AppPaths, backup: Path, *, now: dt.datetime | None = None
) -> RestoreResult:
    """Put the backup at `backup` in place of the database; the database is backed up first.

    The app's own connections to the database must be closed. In order: the backup is
    copied beside the database (under a temporary name) and checked; the database is made
    one plain file (which fails if anyone else has it open); it is backed up as
    "before-restore" (a damaged one is set aside byte for byte as "damaged"); then the copy
    replaces it in one atomic rename. Killed at any point, the database is either the old
    one or the restored one, never a mix. Refused backups change nothing.
    """
    database = database_file(paths)
    _check_candidate(backup)
    if database.exists() and backup.resolve() == database.resolve():
        raise ValidationError(_is_the_database(backup))
    when = now or dt.datetime.now()
    prepared = partial_restore_path(database)
    with _operations:
        try:
            content = _prepare(backup, prepared)
            previous = _keep_current(paths, database, when)
            try:
                replace_database(prepared, database, discard_log=previous[1])
            except StorageError as error:
                raise _failure(error, database, database.parent) from error
        finally:
            _remove(prepared)
    log.info("Restored %s into %s (the previous data: %s)", backup, database, previous[0])
    return RestoreResult(backup, content, previous[0])


def _check_candidate(path: Path) -> None:
    if not path.is_file():
        raise ValidationError(
            translate(
                "Backups", "{file} does not exist. Choose a backup file. Nothing was changed."
            ).format(file=path)
        )
    if not is_sqlite_file(path):
        raise ValidationError(_not_ours(path))


def _prepare(backup: Path, prepared: Path) -> DatabaseContent:
    """Copy `backup` to `prepared` with the backup API and check the copy."""
    try:
        backup_sqlite(backup, prepared, overwrite=True)
    except BackupIntegrityError as error:
        raise ValidationError(_damaged(backup)) from error
    except StorageError as error:
        if isinstance(error.__cause__, sqlite3.DatabaseError) and is_damage(error.__cause__):
            raise ValidationError(_damaged(backup)) from error
        raise _failure(error, backup, prepared.parent) from error
    try:
        content = read_content(prepared)
    except sqlite3.Error as exc:
        raise ValidationError(_damaged(backup)) from exc
    if content is None or not content.revisions:
        raise ValidationError(_not_ours(backup))
    from promise_tracker.storage.migrate import known_revisions  # Alembic: only here

    unknown = sorted(set(content.revisions) - known_revisions())
    if unknown:
        raise ValidationError(
            translate(
                "Backups",
                "{file} was saved by a newer version of PROMISE tracker (database format "
                "{revision}). Update PROMISE tracker to restore it. Nothing was changed.",
            ).format(file=backup, revision=", ".join(unknown))
        )
    return content


def _keep_current(paths: AppPaths, database: Path, when: dt.datetime) -> tuple[Path | None, bool]:
    """Back up the database about to be replaced: (the backup, whether it was damaged)."""
    if not database.exists() or database.stat().st_size == 0:
        return None, False
    damaged = False
    try:
        take_over(database)
    except DatabaseInUseError as error:
        raise StorageError(_in_use()) from error
    except DatabaseDamagedError:
        damaged = True
    if not damaged:
        try:
            return backup_into(database, paths.backups_dir, "before-restore", now=when), False
        except BackupIntegrityError:
            damaged = True
        except StorageError as error:
            if not (
                isinstance(error.__cause__, sqlite3.DatabaseError) and is_damage(error.__cause__)
            ):
                raise _failure(error, database, paths.backups_dir) from error
            damaged = True
    try:
        make_private_folder(paths.backups_dir)
        target = unique_backup_path(paths.backups_dir, database.stem, "damaged", when)
        return set_aside(database, target), True
    except (StorageError, OSError) as error:
        raise _failure(error, database, paths.backups_dir) from error


def _remove(prepared: Path) -> None:
    for path in (prepared, prepared.with_name(prepared.name + PARTIAL_SUFFIX)):
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("Could not remove %s: %s", path, exc)


# --- messages ----------------------------------------------------------------------------


def _existing_database(paths: AppPaths) -> Path:
    database = database_file(paths)
    if not database.is_file():
        raise ValidationError(
            translate(
                "Backups", "There is no database in {folder} yet, so there is nothing to back up."
            ).format(folder=database.parent)
        )
    return database


def _not_ours(path: Path) -> str:
    return translate(
        "Backups",
        "{file} is not a PROMISE tracker database, so it cannot be restored. Choose a backup "
        "from the backups folder. Nothing was changed.",
    ).format(file=path)


def _damaged(path: Path) -> str:
    return translate(
        "Backups",
        "{file} is damaged (it fails SQLite's integrity check), so it cannot be restored. "
        "Choose another backup. Nothing was changed.",
    ).format(file=path)


def _is_the_database(path: Path) -> str:
    return translate(
        "Backups",
        "{file} is the database itself, not a backup or a copy. Choose another file. "
        "Nothing was changed.",
    ).format(file=path)


def _in_use() -> str:
    return translate(
        "Backups",
        "The database is in use by another PROMISE tracker window or another program. "
        "Close it and try again. Nothing was changed.",
    )


def _failure(error: Exception, source: Path, target: Path) -> PromiseTrackerError:
    """A message naming the problem and what to do, for a failed backup, copy or restore."""
    if isinstance(error, DatabaseInUseError):
        return StorageError(_in_use())
    if isinstance(error, BackupIntegrityError):
        return StorageError(
            translate(
                "Backups",
                "The database {file} is damaged (it fails SQLite's integrity check), so no "
                "backup of it was made. Restore an earlier backup (File > Backups…, or the "
                "command promise-tracker restore).",
            ).format(file=source)
        )
    cause = error.__cause__ if isinstance(error, StorageError) else error
    if isinstance(cause, OSError):
        if cause.errno == errno.ENOSPC:
            return StorageError(_disk_full(target))
        if cause.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StorageError(_read_only(target))
    if isinstance(cause, sqlite3.Error):
        text = str(cause).lower()
        if "full" in text:
            return StorageError(_disk_full(target))
        if "locked" in text or "busy" in text:
            return StorageError(_in_use())
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return StorageError(_read_only(target))
        if is_damage(cause):
            return StorageError(
                translate(
                    "Backups",
                    "{file} cannot be read: it is damaged or not a PROMISE tracker database. "
                    "Nothing was changed.",
                ).format(file=source)
            )
    return StorageError(
        translate(
            "Backups",
            "{file} could not be written. Check that the folder exists and that you can save "
            "files there. Nothing was changed.",
        ).format(file=target)
    )


def _disk_full(target: Path) -> str:
    return translate(
        "Backups",
        "{file} could not be written: the disk is full. Free some space or choose another "
        "place. Nothing was changed.",
    ).format(file=target)


def _read_only(target: Path) -> str:
    return translate(
        "Backups",
        "{file} could not be written: the folder is read-only or you may not save files there. "
        "Choose another place. Nothing was changed.",
    ).format(file=target)

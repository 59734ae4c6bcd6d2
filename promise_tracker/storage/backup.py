"""Consistent copies of an SQLite database file made with SQLite's online backup API, and
putting such a copy back in place of the database (restore), safely against a crash.

Crash safety rests on one rule: a file only gets its final name (a backup's, or the
database's) with os.replace once it is complete and checked; until then it is written under a
name ending in ".partial". Killing the process at any moment therefore leaves the database
either as it was or wholly replaced, and every backup with a final name whole.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from promise_tracker.errors import StorageError
from promise_tracker.paths import create_private_file, make_private_folder

log = logging.getLogger(__name__)

BACKUP_SUFFIX: Final = ".sqlite"
PARTIAL_SUFFIX: Final = ".partial"
# Pages copied per step of the backup API when a crash test asks to stop half-way (see
# PAUSE_ENV). Otherwise the whole database is copied in one step, as one read transaction:
# in WAL mode the app goes on saving meanwhile, whereas a copy in steps starts again from
# the beginning each time another connection writes between two steps.
BACKUP_STEP_PAGES: Final = 128
# How long a restore waits for other connections to let go of the database before it says
# the database is in use (the app's own connections are closed before a restore).
TAKE_OVER_TIMEOUT_MS: Final = 1000
# For crash tests only: the name of a stage (optionally "stage@N" for its N-th occurrence) at
# which the process reports "paused at <stage>" on stderr and waits for a line on stdin, so a
# test can kill it at that exact point. Unset in normal use.
PAUSE_ENV: Final = "PROMISE_TRACKER_TEST_PAUSE_AT"

_SQLITE_HEADER: Final = b"SQLite format 3\x00"
_pauses_seen: dict[str, int] = {}
# Backups written before an upgrade by this process (see made_before_upgrade_by_this_process).
_upgrade_backups: set[Path] = set()


class BackupIntegrityError(StorageError):
    """The copy fails SQLite's integrity check: the source database is damaged."""


class DatabaseInUseError(StorageError):
    """Another connection (another window or program) has the database open."""


class DatabaseDamagedError(StorageError):
    """The database file cannot be read as an SQLite database (damaged or not a database)."""


@dataclass(frozen=True)
class DatabaseContent:
    """What a PROMISE tracker database holds, in numbers a user recognises."""

    units: int
    rounds: int
    answers: int
    revisions: tuple[str, ...]


def pause_point(stage: str) -> None:
    """Wait at `stage` when a crash test asks for it (PAUSE_ENV); otherwise do nothing."""
    wanted = os.environ.get(PAUSE_ENV)
    if not wanted:
        return
    name, _, nth = wanted.partition("@")
    if name != stage:
        return
    _pauses_seen[stage] = _pauses_seen.get(stage, 0) + 1
    if _pauses_seen[stage] != (int(nth) if nth else 1):
        return
    sys.stderr.write(f"paused at {wanted}\n")
    sys.stderr.flush()
    sys.stdin.readline()  # the test kills the process here


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; elsewhere the rename is left to the system)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def is_sqlite_file(path: Path) -> bool:
    """Whether `path` starts like an SQLite database file (without opening it with SQLite)."""
    try:
        with path.open("rb") as file:
            return file.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def backup_sqlite(
    source: Path,
    destination: Path,
    *,
    busy_timeout_ms: int = 5000,
    overwrite: bool = False,
) -> Path:
    """Copy the database at source into a new self-contained file at destination.

    Uses the online backup API, which sees committed data still in the -wal file (a byte copy
    of the main file may miss it entirely). The copy is written under a temporary name and
    renamed when complete and checked, so a file with the final name is always a whole backup.
    The copy is readable by its owner only (0600 on POSIX). Never overwrites unless
    `overwrite` (a file the user chose to replace): raises StorageError if destination exists.
    A copy that fails SQLite's quick_check raises BackupIntegrityError and is not kept.
    """
    if not source.is_file():
        raise StorageError(f"Cannot back up {source}: the file does not exist.")
    if destination.exists() and not overwrite:
        raise StorageError(f"Cannot back up to {destination}: a file with that name exists.")
    partial = destination.with_name(destination.name + PARTIAL_SUFFIX)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        create_private_file(partial)  # SQLite takes an empty file as an empty database
        # Opening the source read-write (not mode=ro) lets SQLite remove its -wal and -shm
        # files again when this is the last connection; nothing is written through it.
        with (
            contextlib.closing(sqlite3.connect(source, timeout=busy_timeout_ms / 1000)) as src,
            contextlib.closing(sqlite3.connect(partial)) as dst,
        ):
            src.execute("PRAGMA query_only = ON")
            pages = BACKUP_STEP_PAGES if os.environ.get(PAUSE_ENV) else -1
            src.backup(dst, pages=pages, progress=_Copying())
            # The backup copies the source's WAL flag; a backup should be one plain file.
            dst.execute("PRAGMA journal_mode = DELETE")
            check = dst.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise BackupIntegrityError(
                    f"The backup {destination} failed its integrity check: {source} is damaged."
                )
        pause_point("copied")
        os.replace(partial, destination)
        _sync_folder(destination.parent)
    except (sqlite3.Error, OSError) as exc:
        _remove_quietly(partial)
        if isinstance(exc, sqlite3.DatabaseError) and is_damage(exc):
            # The copy is new, so what SQLite found damaged came from the source.
            raise BackupIntegrityError(
                f"The backup {destination} failed its integrity check: {source} is damaged."
            ) from exc
        raise StorageError(
            f"Could not back up {source} to {destination}: {exc}. Nothing was changed."
        ) from exc
    except BaseException:
        _remove_quietly(partial)
        raise
    log.info("Backed up %s to %s", source, destination)
    return destination


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite's error says a database file is damaged (or not a database at all)."""
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


class _Copying:
    """The backup's progress callback: the crash tests' "copying" stage, once per backup."""

    def __init__(self) -> None:
        self.reached = False

    def __call__(self, status: int, remaining: int, total: int) -> None:
        if remaining and not self.reached:
            self.reached = True
            pause_point("copying")  # part of the pages copied, the rest still to come


def _remove_quietly(path: Path) -> None:
    """Remove a partial backup; failing to do so must not hide why the backup failed."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def backup_file_name(stem: str, label: str, when: dt.datetime, counter: int = 1) -> str:
    """`<stem>-<label>-<YYYYMMDD-HHMMSS>[-N].sqlite`: names sort by time and say the kind."""
    extra = f"-{counter}" if counter > 1 else ""
    return f"{stem}-{label}-{when:%Y%m%d-%H%M%S}{extra}{BACKUP_SUFFIX}"


def backup_name(source: Path, target_revision: str, when: dt.datetime, counter: int = 1) -> str:
    """The file name of a backup made before migrating source to target_revision."""
    return backup_file_name(source.stem, f"before-{target_revision}", when, counter)


def unique_backup_path(backup_dir: Path, stem: str, label: str, when: dt.datetime) -> Path:
    """A backup name in backup_dir that no backup (whole or being written) has yet."""
    counter = 1
    destination = backup_dir / backup_file_name(stem, label, when)
    # Two backups within one second (e.g. a retry) must not overwrite the first one.
    while destination.exists() or destination.with_name(destination.name + PARTIAL_SUFFIX).exists():
        counter += 1
        destination = backup_dir / backup_file_name(stem, label, when, counter)
    return destination


def backup_into(
    source: Path,
    backup_dir: Path,
    label: str,
    *,
    busy_timeout_ms: int = 5000,
    now: dt.datetime | None = None,
) -> Path:
    """Back up source into the private folder backup_dir under a name saying its kind."""
    when = now or dt.datetime.now()  # local time: the user reads these names
    try:
        make_private_folder(backup_dir)
    except OSError as exc:
        raise StorageError(
            f"Could not back up {source}: the folder {backup_dir} cannot be created ({exc})."
        ) from exc
    destination = unique_backup_path(backup_dir, source.stem, label, when)
    return backup_sqlite(source, destination, busy_timeout_ms=busy_timeout_ms)


def backup_before_migration(
    source: Path,
    backup_dir: Path,
    target_revision: str,
    *,
    busy_timeout_ms: int = 5000,
    now: dt.datetime | None = None,
) -> Path:
    """Back up source into backup_dir under a name saying which upgrade it preceded."""
    made = backup_into(
        source, backup_dir, f"before-{target_revision}", busy_timeout_ms=busy_timeout_ms, now=now
    )
    _upgrade_backups.add(made)
    return made


def made_before_upgrade_by_this_process(path: Path) -> bool:
    """Whether this process wrote `path` just before upgrading the database.

    The data in such a backup is the data the session started with, so a session backup
    right after the upgrade would hold the same data again.
    """
    return path in _upgrade_backups


# Header fields that say how a file was written, not what it holds: the file format
# versions (WAL or not), the change counter and the "version-valid-for" number.
_BOOKKEEPING: Final = ((18, 20), (24, 28), (92, 96))


def snapshot(source: Path, *, busy_timeout_ms: int = 5000) -> bytes:
    """A consistent copy of the database's pages, made in memory with the backup API."""
    with (
        contextlib.closing(sqlite3.connect(source, timeout=busy_timeout_ms / 1000)) as src,
        contextlib.closing(sqlite3.connect(":memory:")) as memory,
    ):
        src.execute("PRAGMA query_only = ON")
        src.backup(memory)
        return memory.serialize()


def holds_the_same_pages(pages: bytes, backup: Path) -> bool:
    """Whether the backup file holds exactly `pages` (a snapshot), bookkeeping aside.

    The backup API copies a database page by page, so two copies of unchanged data are equal
    and any change in the data makes them differ.
    """
    try:
        if backup.stat().st_size != len(pages):
            return False
        other = backup.read_bytes()
    except OSError:
        return False
    return _without_bookkeeping(pages) == _without_bookkeeping(other)


def _without_bookkeeping(pages: bytes) -> bytes:
    data = bytearray(pages)
    for start, end in _BOOKKEEPING:
        data[start:end] = bytes(end - start)
    return bytes(data)


def read_content(path: Path) -> DatabaseContent | None:
    """Count what the database at `path` holds, reading it only; None if it is not ours.

    Opened read-only through a URI, so nothing (not even a -journal) is written beside it.
    Raises sqlite3.Error for a file SQLite cannot read.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not {"alembic_version", "units", "rounds", "answers"} <= tables:
            return None

        def count(table: str) -> int:
            return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        revisions = tuple(
            str(revision)
            for (revision,) in connection.execute("SELECT version_num FROM alembic_version")
        )
        return DatabaseContent(count("units"), count("rounds"), count("answers"), revisions)


def take_over(database: Path) -> None:
    """Fold the database's write-ahead log into the file and make it one plain file.

    Afterwards no -wal file exists that SQLite could replay onto a file put in its place.
    Switching out of WAL mode needs the only connection to the database, so this is also the
    check that nobody else (another window, another program) has it open: DatabaseInUseError.
    A file SQLite cannot read raises DatabaseDamagedError.
    """
    try:
        with contextlib.closing(
            sqlite3.connect(database, timeout=TAKE_OVER_TIMEOUT_MS / 1000, isolation_level=None)
        ) as connection:
            connection.execute(f"PRAGMA busy_timeout = {TAKE_OVER_TIMEOUT_MS}")
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()
            if mode is None or str(mode[0]).lower() != "delete":
                raise DatabaseInUseError(f"{database} is in use by another program.")
    except sqlite3.Error as exc:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseInUseError(f"{database} is in use by another program.") from exc
        raise DatabaseDamagedError(f"{database} cannot be read: {exc}") from exc
    pause_point("taken-over")


def set_aside(database: Path, destination: Path) -> Path:
    """Copy the database file as it is, byte for byte, with its -wal file if there is one.

    For a damaged database that the backup API cannot copy: its bytes are kept, so nothing
    is thrown away by replacing it. Written under temporary names, renamed when complete.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    pairs = [(database, destination)]
    wal = Path(f"{database}-wal")
    if wal.exists():
        pairs.append((wal, Path(f"{destination}-wal")))
    # The -wal copy first: a main file with its final name must never lack its log.
    for source, target in reversed(pairs):
        partial = target.with_name(target.name + PARTIAL_SUFFIX)
        try:
            partial.unlink(missing_ok=True)
            create_private_file(partial)
            with source.open("rb") as reader, partial.open("wb") as writer:
                while block := reader.read(1 << 20):
                    writer.write(block)
                writer.flush()
                os.fsync(writer.fileno())
            os.replace(partial, target)
        except OSError as exc:
            _remove_quietly(partial)
            raise StorageError(
                f"Could not copy {source} to {target}: {exc}. Nothing was changed."
            ) from exc
    _sync_folder(destination.parent)
    log.info("Set aside %s as %s", database, destination)
    return destination


def partial_restore_path(database: Path) -> Path:
    """Where a restore prepares the new database file: beside it, so os.replace is atomic."""
    return database.with_name(database.name + ".restore" + PARTIAL_SUFFIX)


def replace_database(prepared: Path, database: Path, *, discard_log: bool = False) -> None:
    """Put the complete file `prepared` in place of `database` in one atomic rename.

    The database must have been taken over (take_over) or set aside first. A -wal or
    -journal file beside it now means someone opened it since: DatabaseInUseError, and
    nothing is changed. With `discard_log` (a damaged database, set aside with its log)
    they are removed instead; always before the rename, so a log of the old file is never
    replayed onto the new one.
    """
    try:
        for suffix in ("-wal", "-journal"):
            side = Path(f"{database}{suffix}")
            if side.exists():
                if not discard_log:
                    raise DatabaseInUseError(f"{database} was opened by another program.")
                side.unlink()
        Path(f"{database}-shm").unlink(missing_ok=True)
        pause_point("before-replace")
        os.replace(prepared, database)
        _sync_folder(database.parent)
    except OSError as exc:
        if os.name == "nt" and exc.errno in (errno.EACCES, errno.EPERM, errno.EBUSY):
            # Windows refuses to replace a file another program has open.
            raise DatabaseInUseError(f"{database} is in use by another program.") from exc
        raise StorageError(f"Could not replace {database}: {exc}.") from exc
    pause_point("replaced")
    log.info("Replaced %s with %s", database, prepared)

"""Writing the demo data in one step, and putting it back as it was first built, without ever
touching the user's data.

The demo is built in a temporary file beside its database (so the move into place is atomic)
and only then moved, or copied in one transaction, into place: a build that is killed or
fails half-way (a full disk) leaves no partial demo, only a temporary file that a later build
removes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Final

from promise_tracker.errors import ValidationError
from promise_tracker.i18n import translate
from promise_tracker.paths import (
    DATABASE_FILENAME,
    AppPaths,
    is_server_url,
    make_private_folder,
    sqlite_url,
)
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.services.demo import DemoSummary, build_demo, not_empty_error
from promise_tracker.services.workspace import Workspace, folder_error, open_workspace
from promise_tracker.standards.registry import PackRegistry
from promise_tracker.storage.database import Database
from promise_tracker.storage.failures import storage_error

log = logging.getLogger(__name__)

DEMO_PACK_ID = "promise-bqs-2017"
DEMO_FOLDER_NAME = "demo"
# SQLite keeps these next to the database file; a stale one must not outlive a rebuild.
_SIDE_FILES = ("-wal", "-shm", "-journal")
# A demo being built is written to "<prefix><random>.sqlite" in the folder of its database.
BUILDING_PREFIX: Final = ".demo-being-built-"
# A file of a build older than this was left by a process that was killed; a younger one may
# be a build still running in another process, and is left alone (and never used).
STALE_BUILD_SECONDS: Final = 3600


def demo_paths_of(paths: AppPaths, *, is_demo: bool) -> AppPaths:
    """The demo folder that belongs to an open workspace's paths (its own, if it is the demo)."""
    return paths if is_demo else paths.demo()


def write_demo(paths: AppPaths, packs: PackRegistry) -> DemoSummary:
    """Write the demo data set as the database of `paths`, all of it or nothing.

    Refuses (ValidationError) a database that holds units. On a database server (--db-url)
    the demo is built in a temporary file, then copied into the server in one transaction.
    """
    pack = packs.latest(DEMO_PACK_ID)
    if is_server_url(paths.database_url_override):
        return _write_demo_to_server(paths, packs)
    if paths.database_url_override:
        with open_workspace(paths, packs) as workspace:
            return build_demo(workspace.assessment, pack)
    try:
        return _write_demo_file(paths, packs)
    except OSError as exc:
        raise folder_error(paths, exc) from exc
    except sqlite3.Error as exc:
        raise storage_error(str(paths.database), exc) from exc


def _write_demo_file(paths: AppPaths, packs: PackRegistry) -> DemoSummary:
    paths.ensure()
    target = paths.database
    remove_stale_builds(target.parent)
    exists = (target.exists() and target.stat().st_size > 0) or _side_file(target, "-wal").exists()
    if exists:
        with open_workspace(paths, packs) as workspace:  # also brings it to the current schema
            if workspace.assessment.units():
                raise not_empty_error()
    built, summary = _build_beside(target, packs)
    try:
        if exists:
            _copy_into(built, target)
        else:
            _move_into_place(built, target)
    finally:
        _remove_with_side_files(built)
    return summary


def _write_demo_to_server(paths: AppPaths, packs: PackRegistry) -> DemoSummary:
    from promise_tracker.storage.copy import copy_data

    with open_workspace(paths, packs) as workspace:  # also makes the schema of a new one
        if workspace.assessment.units():
            raise not_empty_error()
    with tempfile.TemporaryDirectory(prefix="promise-tracker-demo-") as folder:
        built, summary = _build_beside(Path(folder) / DATABASE_FILENAME, packs)
        try:
            copy_data(sqlite_url(built), paths.database_url, backup_dir=paths.backups_dir)
        except OSError as exc:
            raise folder_error(paths, exc) from exc
        finally:
            _remove_with_side_files(built)
    return summary


def open_demo(demo_paths: AppPaths, packs: PackRegistry | None = None) -> Workspace:
    """Open the demo data in its folder, writing it first (in one step) if it is missing."""
    registry = packs if packs is not None else PackRegistry.load(demo_paths.user_packs_dir)
    if not demo_paths.database.exists():
        write_demo(demo_paths, registry)
    workspace = open_workspace(demo_paths, registry)
    if workspace.assessment.units():
        return workspace
    # An empty demo database (left by an older version): fill it, again in one step.
    workspace.close()
    write_demo(demo_paths, registry)
    return open_workspace(demo_paths, registry)


def rebuild_demo(demo_paths: AppPaths, packs: PackRegistry) -> DemoSummary:
    """Build the demo afresh and put it in place of the demo database in `demo_paths`.

    The new data is written to a temporary file beside the demo database first, so a failure
    half-way leaves the old demo as it was. Any open workspace on the demo database must be
    closed before this is called. Refuses any folder that is not a demo folder, so the
    user's own database can never be replaced by mistake.
    """
    target = _checked_demo_database(demo_paths)
    try:
        return _rebuild_demo_file(demo_paths, target, packs)
    except OSError as exc:
        raise folder_error(demo_paths, exc) from exc
    except sqlite3.Error as exc:
        raise storage_error(str(target), exc) from exc


def _rebuild_demo_file(demo_paths: AppPaths, target: Path, packs: PackRegistry) -> DemoSummary:
    make_private_folder(target.parent)
    remove_stale_builds(target.parent)
    # Older versions built the demo in a folder beside the demo folder.
    for leftover in target.parent.parent.glob("demo-rebuild-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    built, summary = _build_beside(target, packs)
    try:
        _move_into_place(built, target)
    finally:
        _remove_with_side_files(built)
    backups = demo_paths.backups_dir
    if backups.exists():
        shutil.rmtree(backups)  # backups of the old demo are no use any more
    return summary


def remove_stale_builds(folder: Path) -> None:
    """Remove what builds of the demo that were killed left in `folder` (see BUILDING_PREFIX)."""
    now = time.time()
    for leftover in folder.glob(f"{BUILDING_PREFIX}*"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_BUILD_SECONDS:
                leftover.unlink()
                log.info("Removed %s, left by a demo build that did not finish", leftover)


def _build_beside(target: Path, packs: PackRegistry) -> tuple[Path, DemoSummary]:
    """Build the demo into a new private file in target's folder; returns it, complete."""
    descriptor, name = tempfile.mkstemp(prefix=BUILDING_PREFIX, suffix=".sqlite", dir=target.parent)
    os.close(descriptor)  # an empty file, 0600: SQLite takes it as an empty database
    built = Path(name)
    try:
        with Database.open(sqlite_url(built), target.parent / "backups") as database:
            summary = build_demo(AssessmentService(database, packs), packs.latest(DEMO_PACK_ID))
        # Closing the database folded the write-ahead log into the file: one file to move.
        if _side_file(built, "-wal").exists():
            raise OSError(f"{built} was not closed completely")
        with built.open("rb+") as file:
            os.fsync(file.fileno())
    except BaseException:
        _remove_with_side_files(built)
        raise
    return built, summary


def _move_into_place(built: Path, target: Path) -> None:
    """Give the complete file its final name in one atomic step."""
    # Stale side files of a database that is not there (or empty) must not be applied to it.
    for suffix in _SIDE_FILES:
        _side_file(target, suffix).unlink(missing_ok=True)
    os.replace(built, target)
    if os.name == "posix":
        descriptor = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(descriptor)  # the rename itself survives a power cut
        finally:
            os.close(descriptor)


def _copy_into(built: Path, target: Path) -> None:
    """Copy every record of `built` into the empty database `target` in one transaction.

    For a database file that exists (and may be open in another window), which must not be
    replaced under it; refuses if units appeared in it meanwhile.
    """
    with contextlib.closing(sqlite3.connect(target, timeout=5, isolation_level=None)) as db:
        db.execute("ATTACH DATABASE ? AS demo", (str(built),))
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT 1 FROM main.units LIMIT 1").fetchone() is not None:
                raise not_empty_error()
            tables = [
                str(name)
                for (name,) in db.execute(
                    "SELECT name FROM demo.sqlite_master WHERE type = 'table'"
                    " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name != 'alembic_version'"
                )
            ]
            for table in tables:
                columns = ", ".join(
                    _quote(str(row[1]))
                    for row in db.execute(f"PRAGMA demo.table_info({_quote(table)})")
                )
                db.execute(f"DELETE FROM main.{_quote(table)}")
                db.execute(
                    f"INSERT INTO main.{_quote(table)} ({columns})"
                    f" SELECT {columns} FROM demo.{_quote(table)}"
                )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        finally:
            with contextlib.suppress(sqlite3.Error):
                db.execute("DETACH DATABASE demo")


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _side_file(database: Path, suffix: str) -> Path:
    return database.with_name(database.name + suffix)


def _remove_with_side_files(database: Path) -> None:
    for file in (database, *(_side_file(database, suffix) for suffix in _SIDE_FILES)):
        with contextlib.suppress(OSError):
            file.unlink(missing_ok=True)


def _checked_demo_database(demo_paths: AppPaths) -> Path:
    if demo_paths.database_url_override or demo_paths.data_dir.name != DEMO_FOLDER_NAME:
        raise ValidationError(
            translate(
                "DemoReset", "{folder} is not a demo data folder; only the demo can be reset."
            ).format(folder=demo_paths.data_dir)
        )
    return demo_paths.data_dir / DATABASE_FILENAME

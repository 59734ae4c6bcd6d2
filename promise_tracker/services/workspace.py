"""Opens everything a session of work needs from a data folder: packs, database, services."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from promise_tracker.errors import StorageError
from promise_tracker.i18n import translate
from promise_tracker.paths import AppPaths
from promise_tracker.services.assessment import AssessmentService
from promise_tracker.standards.registry import PackRegistry
from promise_tracker.storage.database import Database
from promise_tracker.storage.failures import (
    NOT_WRITABLE_ERRNOS,
    folder_not_writable_error,
    storage_error,
)

log = logging.getLogger(__name__)

# Free space below the larger of these is reported when the data is opened. 200 MB leaves room
# for the system and other programs to go on working; twice the database holds a backup of it
# (made before an upgrade or a restore, or at the start of a session) and the write-ahead log
# and copies SQLite makes while writing.
LOW_SPACE_FLOOR_BYTES: Final = 200 * 1000 * 1000
LOW_SPACE_DATABASE_FACTOR: Final = 2


@dataclass
class Workspace:
    paths: AppPaths
    packs: PackRegistry
    database: Database
    assessment: AssessmentService
    # Why the data was opened read-only (a message for the user), when it was.
    read_only_reason: str = ""

    @property
    def read_only(self) -> bool:
        """Whether the data was opened for reading only (every change is refused)."""
        return self.database.read_only

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace(
    paths: AppPaths, packs: PackRegistry | None = None, *, read_only: bool = False
) -> Workspace:
    """Create the folders, load the packs, open (and if needed migrate) the database.

    With read_only, nothing is created or changed: an existing database is opened for
    reading only (see Database.open), for a data folder the user may not write.
    """
    if not read_only:
        ensure_folders(paths)
    registry = packs if packs is not None else PackRegistry.load(paths.user_packs_dir)
    database = Database.open(paths.database_url, paths.backups_dir, read_only=read_only)
    return Workspace(paths, registry, database, AssessmentService(database, registry))


def ensure_folders(paths: AppPaths) -> None:
    """paths.ensure(), with a failure told as a StorageError the user can act on."""
    try:
        paths.ensure()
    except OSError as exc:
        raise folder_error(paths, exc) from exc


def folder_error(paths: AppPaths, exc: OSError) -> StorageError:
    """A file or folder of the data could not be written: say where and why."""
    if exc.errno in NOT_WRITABLE_ERRNOS:
        # The folder that could not be written is the one it was to be created in.
        folder = Path(exc.filename).parent if exc.filename else paths.data_dir
        return folder_not_writable_error(folder)
    return storage_error(str(exc.filename or paths.data_dir), exc)


def low_disk_space_warning(paths: AppPaths) -> str | None:
    """A warning to show if the drive of the data folder is nearly full, else None.

    Low means less free space than the larger of LOW_SPACE_FLOOR_BYTES and
    LOW_SPACE_DATABASE_FACTOR times the database file. Never raises: a drive whose free
    space cannot be read gets no warning.
    """
    database = paths.database if not paths.database_url_override else None
    folder: Path = paths.data_dir
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the data folder may not exist yet
    try:
        free = shutil.disk_usage(folder).free
        size = database.stat().st_size if database is not None and database.exists() else 0
    except OSError:
        return None
    needed = max(LOW_SPACE_FLOOR_BYTES, LOW_SPACE_DATABASE_FACTOR * size)
    if free >= needed:
        return None
    log.warning("Low disk space for %s: %d bytes free, %d wanted", paths.data_dir, free, needed)
    return translate(
        "Workspace",
        "The drive holding {folder} is nearly full: {free} MB free. PROMISE tracker needs at least "
        "{needed} MB there to save your work and its backups safely. Make room (delete or "
        "move files you no longer need) before you go on.",
    ).format(folder=paths.data_dir, free=free // 1_000_000, needed=-(-needed // 1_000_000))

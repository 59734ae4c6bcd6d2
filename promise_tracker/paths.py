"""Where the app keeps its data, settings, logs and user packs, and keeping them private."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path
from typing import Final, NamedTuple
from urllib.parse import quote

DATA_DIR_ENV = "PROMISE_TRACKER_DATA_DIR"
DB_URL_ENV = "PROMISE_TRACKER_DB_URL"
DATABASE_FILENAME = "promise-tracker.sqlite"

# Assessments are sensitive: on POSIX only their owner may list the app's folders or read its
# files (databases, backups, logs, settings), whatever the umask. Windows ignores mode bits.
PRIVATE_FOLDER_MODE: Final = 0o700
PRIVATE_FILE_MODE: Final = 0o600
_GROUP_AND_OTHERS: Final = 0o077

log = logging.getLogger(__name__)


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of an SQLite file, with characters like '?', '#' or '%' escaped.

    The same text as SQLAlchemy's URL.create("sqlite", database=...).render_as_string(), made
    without importing SQLAlchemy (the window is shown before it loads); absolute, so it names
    the same file whatever the working directory is later.
    """
    return "sqlite:///" + quote(str(path.absolute()), safe=" +/")


def is_server_url(url: str | None) -> bool:
    """Whether url names a database on a server (PostgreSQL) rather than an SQLite file."""
    scheme = (url or "").split(":", 1)[0]
    return bool(scheme) and not scheme.startswith("sqlite")


class AppPaths(NamedTuple):
    """Every file location the app uses, all below one data folder when it is redirected.

    A named tuple rather than a dataclass: it is built before the first window is painted,
    and the dataclasses module costs startup time.
    """

    data_dir: Path
    config_dir: Path
    database_url_override: str | None = None

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def database_url(self) -> str:
        if self.database_url_override:
            return self.database_url_override
        return sqlite_url(self.database)

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def user_packs_dir(self) -> Path:
        """Packs a user adds without touching the installation."""
        return self.data_dir / "packs"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    def demo(self) -> AppPaths:
        """The demo data's own folder: it never shares a database with real data."""
        demo_dir = self.data_dir / "demo"
        return AppPaths(data_dir=demo_dir, config_dir=self.config_dir)

    def ensure(self) -> AppPaths:
        """Create the app's folders, private to their owner (0700 on POSIX).

        Folders left open by an older version are closed too; the data folder itself only
        when it holds the app's database (a folder the user named for new data may be one
        they share, such as their documents). Raises OSError when a folder cannot be created.
        """
        data_is_ours = self.database.exists()
        make_private_folder(self.data_dir, tighten=data_is_ours)
        for folder in (self.config_dir, self.user_packs_dir, self.log_dir, self.backups_dir):
            make_private_folder(folder)
        return self


def make_private_folder(folder: Path, *, tighten: bool = True) -> Path:
    """Create `folder` (and missing parents) for its owner only; an existing one is closed
    to others when `tighten` (and said so in the log). Raises OSError if it cannot be made."""
    missing = []
    parent = folder
    while not parent.is_dir() and parent != parent.parent:
        missing.append(parent)
        parent = parent.parent
    # Parents too: a folder this creates (e.g. the data folder when only its demo folder
    # was asked for) holds the app's data.
    for new in reversed(missing):
        new.mkdir(exist_ok=True, mode=PRIVATE_FOLDER_MODE)
        make_private(new, created=True)
    if tighten and not missing:
        make_private(folder)
    return folder


def create_private_file(path: Path) -> bool:
    """Create `path` empty, readable by its owner only, unless it exists; then make it
    private as make_private does. Returns whether it was created."""
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    except FileExistsError:
        make_private(path)
        return False
    os.close(descriptor)
    make_private(path, created=True)  # the mode given to os.open is reduced by the umask
    return True


def make_private(path: Path, *, created: bool = False) -> bool:
    """Take every permission of group and others away from `path` (POSIX only).

    A file the app just created gets exactly 0600 (a folder 0700). An existing one keeps its
    owner's permissions; if others could read it (made by an older version, or under a lax
    umask) that is logged. Never fails: a file owned by someone else, or on a file system
    without permissions, stays as it is (logged). Returns whether the mode was changed.
    """
    if os.name != "posix":
        return False
    try:
        info = path.stat()
    except OSError:
        return False
    folder = stat.S_ISDIR(info.st_mode)
    mode = stat.S_IMODE(info.st_mode)
    if created:
        wanted = PRIVATE_FOLDER_MODE if folder else PRIVATE_FILE_MODE
    else:
        if folder and mode & stat.S_ISVTX:
            return False  # a shared folder such as /tmp is not the app's to close
        wanted = mode & ~_GROUP_AND_OTHERS
    if mode == wanted:
        return False
    try:
        os.chmod(path, wanted)
    except OSError as exc:
        log.info("Could not make %s private (mode %o): %s", path, mode, exc)
        return False
    if not created:
        log.warning(
            "%s could be read by other users (mode %o); it is now private (mode %o)",
            path,
            mode,
            wanted,
        )
    return True


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None, db_url: str | None = None
) -> AppPaths:
    """--data-dir wins, then $PROMISE_TRACKER_DATA_DIR, then the platform's user folders.

    A redirected data folder holds the settings too, so a portable copy or a test run
    leaves nothing behind elsewhere.
    """
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    url = db_url or os.environ.get(DB_URL_ENV) or None
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root / "settings", database_url_override=url)
    import platformdirs  # only needed when the platform decides

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir("promise-tracker", appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir("promise-tracker", appauthor=False)),
        database_url_override=url,
    )

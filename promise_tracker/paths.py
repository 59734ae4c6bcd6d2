"""Where the app keeps its data, settings, logs and user packs; one place decides."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

DATA_DIR_ENV = "PROMISE_TRACKER_DATA_DIR"
DB_URL_ENV = "PROMISE_TRACKER_DB_URL"
DATABASE_FILENAME = "promise-tracker.sqlite"


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
        return f"sqlite:///{self.database}"

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
        for folder in (self.data_dir, self.config_dir, self.user_packs_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


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

"""Starting the app backs the user's data up once per change, after the window is shown."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

from promise_tracker import app as app_module
from promise_tracker.paths import resolve_paths
from promise_tracker.services.backups import BackupKind, list_backups


def start_the_app(data_dir: Path, *, demo: bool = False) -> None:
    """Start the app as a user does (a fresh process) and end it once the data is shown.

    The process ends with os._exit right after the event loop: whatever the app has not
    finished by then (a worker thread it does not wait for) is cut off.
    """
    script = (
        "import os, sys\n"
        "from promise_tracker.app import run_gui\n"
        "from promise_tracker.paths import resolve_paths\n"
        f"code = run_gui(resolve_paths({str(data_dir)!r}), demo={demo!r})\n"
        "sys.stdout.flush()\n"
        "os._exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", app_module.EXIT_AFTER_ENV: "ready"}
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120, env=env)


def rows(database: Path) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return connection.execute("SELECT id, value, note FROM answers ORDER BY id").fetchall()


def test_each_session_start_backs_up_what_changed_and_only_that(
    demo_template: Path, tmp_path: Path
) -> None:
    paths = resolve_paths(tmp_path / "data")
    shutil.copytree(demo_template, paths.data_dir)

    start_the_app(paths.data_dir)
    backups = list_backups(paths)
    assert [b.kind for b in backups] == [BackupKind.SESSION]
    first = backups[0]
    assert rows(first.path) == rows(paths.database)  # whole, although the app ended at once
    assert first.content is not None
    assert first.content.units == 4
    if os.name == "posix":
        assert stat.S_IMODE(first.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.backups_dir.stat().st_mode) == 0o700

    start_the_app(paths.data_dir)  # nothing changed in between
    assert [b.path for b in list_backups(paths)] == [first.path]

    with contextlib.closing(sqlite3.connect(paths.database)) as connection:
        connection.execute("UPDATE answers SET note = 'changed between sessions' WHERE id = 1")
        connection.commit()
    start_the_app(paths.data_dir)
    backups = list_backups(paths)
    assert len(backups) == 2
    assert rows(backups[0].path) == rows(paths.database)
    assert backups[1].path == first.path
    assert list(paths.backups_dir.glob("*.partial")) == []


def test_the_demo_data_is_not_backed_up(demo_template: Path, tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    shutil.copytree(demo_template, paths.demo().data_dir)
    start_the_app(paths.data_dir, demo=True)
    assert list_backups(paths.demo()) == []
    assert list_backups(paths) == []

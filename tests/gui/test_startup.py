"""Starting the app on a data folder it must not touch, and unexpected errors at run time."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from promise_tracker import app as app_module
from promise_tracker.gui.app_shell import crash
from promise_tracker.paths import resolve_paths
from promise_tracker.services.workspace import open_workspace
from promise_tracker.storage.database import HEAD_REVISION
from tests.unit.storage.helpers import FIXTURE_DATABASES


def test_a_database_from_a_newer_version_is_refused_untouched(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    paths = resolve_paths(tmp_path)
    open_workspace(paths).close()
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfacefeed'")
    before = paths.database.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(crash, "show_startup_error", shown.append)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test

    assert app_module.run_gui(paths) == 1
    assert len(shown) == 1
    assert "newer version" in shown[0]
    assert paths.database.read_bytes() == before
    log = (paths.log_dir / "promise-tracker.log").read_text(encoding="utf-8")
    assert "Could not open the data folder" in log


def test_an_unexpected_error_reaches_a_dialog_with_details(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_path = tmp_path / "promise-tracker.log"
    crash.install_crash_handler(log_path)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # what Python does with an error raised in a Qt slot
    assert len(shown) == 1
    box = shown[0]
    assert box.objectName() == "crashDialog"
    assert str(log_path) in box.text()
    assert "Your saved answers are safe" in box.text()
    assert "RuntimeError: boom in a slot" in box.detailedText()


def _run_app(data_dir: Path, exit_after: str, probe: str) -> str:
    """Start the app as a user does (a fresh process), stop it at a stage, print probe."""
    script = (
        "import os, sys\n"
        "from promise_tracker.app import run_gui\n"
        "from promise_tracker.paths import resolve_paths\n"
        f"code = run_gui(resolve_paths({str(data_dir)!r}))\n"
        f"print(code, {probe})\n"
        "sys.stdout.flush()\n"
        "os._exit(0)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", app_module.EXIT_AFTER_ENV: exit_after}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=env,
    )
    return done.stdout.strip().splitlines()[-1]


def test_the_window_is_ready_with_the_data_before_sqlalchemy_is_imported(
    demo_template: Path, tmp_path: Path
) -> None:
    # Importing SQLAlchemy takes longer than showing the window; a database already at the
    # current schema is read and written with sqlite3 alone.
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    probe = "sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'})"
    assert _run_app(data, "paint", probe) == "0 []"
    assert _run_app(data, "ready", probe) == "0 []"


def test_an_older_database_is_backed_up_and_upgraded_at_startup(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "data")
    paths.ensure()
    shutil.copy(FIXTURE_DATABASES / "schema-0001.sqlite", paths.database)
    with sqlite3.connect(paths.database) as connection:
        units = connection.execute("SELECT count(*) FROM units").fetchone()[0]
    assert units > 0

    probe = "'sqlalchemy' in sys.modules"
    assert _run_app(paths.data_dir, "ready", probe) == "0 True"

    backups = list(paths.backups_dir.iterdir())
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001",)
        ]
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)
        ]
        assert connection.execute("SELECT count(*) FROM units").fetchone()[0] == units

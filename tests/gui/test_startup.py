"""Starting the app on a data folder it must not touch, and unexpected errors at run time."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from promise_tracker import app as app_module
from promise_tracker.gui import crash
from promise_tracker.paths import resolve_paths
from promise_tracker.services.workspace import open_workspace


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

"""Starting the app on a data folder it must not touch, and unexpected errors at run time."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from promise_tracker import app as app_module
from promise_tracker.gui.app_shell import crash, startup_notices
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared.window import guarded
from promise_tracker.paths import resolve_paths
from promise_tracker.services import demo as demo_module
from promise_tracker.services.workspace import open_workspace
from promise_tracker.storage.database import HEAD_REVISION
from tests.unit.storage.helpers import FIXTURE_DATABASES
from tests.unit.storage.test_database_open import skip_unless_permissions_are_enforced


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


# --- data folders that may not be written, damaged data, a nearly full drive ---------------------

PAGE = 4096


class _Recorded(NamedTuple):
    window: MainWindow
    text: str


@pytest.fixture(autouse=True)
def _no_quit_left_behind(qapp: QApplication):  # type: ignore[no-untyped-def]
    """A session run in this process may leave a quit queued after its event loop ended (a
    dialog's exit and the "ready" quit). Run outside a loop, it leaves Qt's quit flag set, and
    every later dialog's exec() would return at once: one short loop of the app's own clears
    it (QCoreApplication.exec resets the flag)."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.close()
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()


def _ready_at_once(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """run_gui returns as soon as the data is shown (or refused); the texts of any modal
    message box (such as the crash dialog) are collected instead of waiting for a click."""
    monkeypatch.setenv(app_module.EXIT_AFTER_ENV, "ready")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(app_module, "_report_stage", lambda stage: None)
    boxes: list[str] = []

    def collect(box: QMessageBox) -> int:
        boxes.append(box.text())
        QApplication.exit(99)  # a window left without its data would wait for ever
        return 0

    monkeypatch.setattr(QMessageBox, "exec", collect)
    return boxes


def _refuse_writes_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`folder` behaves as on a read-only drive: creating a file in it fails with EROFS."""
    real_open = os.open

    def guarded_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if Path(str(path)).parent == folder and flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", guarded_open)


def test_a_read_only_data_folder_is_shown_read_only_with_a_notice(
    qtbot,  # type: ignore[no-untyped-def]
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    paths = resolve_paths(data)
    before = paths.database.read_bytes()
    boxes = _ready_at_once(monkeypatch)
    _refuse_writes_in(data, monkeypatch)
    notices: list[_Recorded] = []
    monkeypatch.setattr(
        startup_notices,
        "show_read_only_notice",
        lambda window, text: notices.append(_Recorded(window, text)),
    )
    monkeypatch.setattr(crash, "show_startup_error", lambda text: notices.append(text))

    assert app_module.run_gui(paths) == 0
    assert len(notices) == 1
    window, text = notices[0]
    assert f"PROMISE tracker cannot save files in the folder {data}" in text
    assert "Ask whoever looks after this computer" in text
    assert window.unit_combo.count() == 4  # the data is shown

    assert boxes == []  # no crash dialog

    # A change is refused with a message, as the window shows any refused action.
    assert window.workspace is not None
    assert window.workspace.read_only
    service = window.workspace.assessment
    assert not guarded(window, lambda: service.create_unit("Not saved", country="SE"))
    assert boxes == [
        f"The database {paths.database} cannot be written: the file or its folder is "
        "read-only. Copy it to a folder where you can save files, or change its permissions."
    ]
    assert paths.database.read_bytes() == before


def test_the_read_only_notice_says_what_is_wrong_and_what_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    box = startup_notices.show_read_only_notice(window, "The folder X may not be written.")
    assert box.objectName() == "readOnlyNotice"
    assert box.text().startswith("The folder X may not be written.\n\n")
    assert "Your data is shown read-only" in box.text()
    assert "refuses every change" in box.text()
    assert box.isVisible()
    box.close()


def test_a_data_folder_that_cannot_be_created_gets_a_dialog_not_a_traceback(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parent = tmp_path / "shared"
    parent.mkdir()
    paths = resolve_paths(parent / "data")
    real_mkdir = os.mkdir

    def refuse(path: object, *args: object, **kwargs: object) -> None:
        if Path(str(path)).is_relative_to(paths.data_dir):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        real_mkdir(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "mkdir", refuse)
    boxes = _ready_at_once(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(crash, "show_startup_error", shown.append)

    assert app_module.run_gui(paths) == 1
    assert boxes == []  # no crash dialog
    assert shown == [
        f"PROMISE tracker cannot save files in the folder {parent}: it is read-only, or you do "
        "not have permission to change it. Ask whoever looks after this computer to give you "
        "permission to save files there."
    ]
    assert not paths.data_dir.exists()


def test_a_folder_the_user_may_not_write_gets_a_dialog(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    skip_unless_permissions_are_enforced(tmp_path)
    parent = tmp_path / "shared"
    parent.mkdir()
    parent.chmod(0o555)
    _ready_at_once(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(crash, "show_startup_error", shown.append)
    try:
        assert app_module.run_gui(resolve_paths(parent / "data")) == 1
    finally:
        parent.chmod(0o755)
    assert len(shown) == 1
    assert f"cannot save files in the folder {parent}" in shown[0]


def test_a_damaged_database_is_reported_at_startup_with_the_backup_to_restore(
    qtbot,  # type: ignore[no-untyped-def]
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    paths = resolve_paths(data)
    paths.backups_dir.mkdir(exist_ok=True)
    backup = paths.backups_dir / "promise-tracker-session-20260101-090000.sqlite"
    shutil.copy(paths.database, backup)
    content = bytearray(paths.database.read_bytes())
    middle = len(content) // 2 // PAGE * PAGE
    content[middle : middle + 2 * PAGE] = b"\xa5" * (2 * PAGE)  # the header stays intact
    paths.database.write_bytes(bytes(content))
    boxes = _ready_at_once(monkeypatch)
    shown: list[str] = []
    monkeypatch.setattr(crash, "show_startup_error", shown.append)

    assert app_module.run_gui(paths) == 1
    assert boxes == []  # no crash dialog
    assert len(shown) == 1
    assert f"The database {paths.database} is damaged" in shown[0]
    assert f"The newest backup is {backup}" in shown[0]
    assert f"copy the backup over {paths.database}" in shown[0]
    assert "safe" not in shown[0]
    assert paths.database.read_bytes() == bytes(content)


def test_damage_found_while_working_is_not_called_safe(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_crash_handler(tmp_path / "promise-tracker.log")
    try:
        raise sqlite3.DatabaseError("database disk image is malformed")
    except sqlite3.DatabaseError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert "Your saved answers are safe" not in shown[0].text()
    assert "its database file is damaged" in shown[0].text()
    assert "says which backup to restore" in shown[0].text()


class _Usage(NamedTuple):
    total: int
    used: int
    free: int


def test_a_nearly_full_drive_gets_a_notice_that_does_not_block(
    qtbot,  # type: ignore[no-untyped-def]
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    monkeypatch.setattr(shutil, "disk_usage", lambda path: _Usage(10**10, 10**10, 120_000_000))
    _ready_at_once(monkeypatch)
    notices: list[tuple[str, bool, Qt.WindowModality, int]] = []
    real_notice = startup_notices.show_low_space_notice

    def record(window: MainWindow, text: str) -> QMessageBox:
        box = real_notice(window, text)
        # As the user sees it, with the data loaded behind it.
        notices.append(
            (box.text(), box.isVisible(), box.windowModality(), window.unit_combo.count())
        )
        return box

    monkeypatch.setattr(startup_notices, "show_low_space_notice", record)

    assert app_module.run_gui(resolve_paths(data)) == 0
    assert len(notices) == 1
    text, visible, modality, units = notices[0]
    assert f"The drive holding {data} is nearly full: 120 MB free" in text
    assert "at least 200 MB" in text
    assert visible
    assert modality == Qt.WindowModality.NonModal  # the window stays usable
    assert units == 4


@pytest.mark.skipif(os.name != "posix", reason="Windows ignores mode bits")
def test_a_session_leaves_its_settings_and_log_private(
    qtbot,  # type: ignore[no-untyped-def]
    demo_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    paths = resolve_paths(data)
    for path in (data, paths.config_dir, paths.log_dir):
        path.chmod(0o755)  # as an older version left them
    paths.database.chmod(0o644)
    _ready_at_once(monkeypatch)
    windows: list[MainWindow] = []
    real_notices = app_module._show_startup_notices
    monkeypatch.setattr(
        app_module,
        "_show_startup_notices",
        lambda window, workspace: windows.append(window) or real_notices(window, workspace),
    )
    previous = os.umask(0)
    try:
        assert app_module.run_gui(paths) == 0
        windows[0].close()  # saves the window's layout and place into the settings
    finally:
        os.umask(previous)
    assert paths.settings_file.read_text(encoding="utf-8")  # written by the session
    modes = {
        path.name: stat.S_IMODE(path.stat().st_mode)
        for path in (
            data,
            paths.config_dir,
            paths.log_dir,
            paths.settings_file,
            paths.log_dir / "promise-tracker.log",
            paths.database,
        )
    }
    assert modes == {
        "data": 0o700,
        "settings": 0o700,
        "logs": 0o700,
        "settings.ini": 0o600,
        "promise-tracker.log": 0o600,
        "promise-tracker.sqlite": 0o600,
    }
    log = (paths.log_dir / "promise-tracker.log").read_text(encoding="utf-8")
    assert f"{paths.database} could be read by other users (mode 644)" in log


# --- the demo is written whole or not at all -----------------------------------------------------


class _DiskFullError(Exception):
    pass


def test_opening_the_demo_never_leaves_half_a_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve_paths(tmp_path / "data")
    real_build_round = demo_module._build_round
    rounds: list[object] = []

    def failing_build_round(*args: Any, **kwargs: Any) -> tuple[int, int]:
        rounds.append(args)
        if len(rounds) == 5:
            raise _DiskFullError("disk full")
        return real_build_round(*args, **kwargs)

    monkeypatch.setattr(demo_module, "_build_round", failing_build_round)
    with pytest.raises(_DiskFullError):
        app_module.open_data(paths, demo=True)
    assert not paths.demo().database.exists()

    monkeypatch.setattr(demo_module, "_build_round", real_build_round)
    with app_module.open_data(paths, demo=True) as workspace:
        units = workspace.assessment.units()
        assert len(units) == 4
        assert sum(len(workspace.assessment.rounds(unit.id)) for unit in units) == 14

"""Preferences: the restart note makes the dialog taller, and "Restart now" closes the window
through its normal path before the app starts again (the launcher hook is replaced here)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from promise_tracker.gui.app_shell import restart
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.app_shell.preferences_dialog import PreferencesDialog
from promise_tracker.gui.shared.accessibility import announcer
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.services.workspace import Workspace


def test_the_restart_note_makes_the_dialog_taller_and_is_announced(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    dialog = PreferencesDialog(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    height = dialog.height()
    button = dialog.findChild(QPushButton, "restartNowButton")
    assert not button.isVisible()

    dialog.interface_combo.setFocus()
    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.keyClick(dialog.interface_combo, Qt.Key.Key_End)  # Svenska
    assert said.args == ["The new interface language is used after you restart PROMISE tracker."]
    QApplication.processEvents()

    note = dialog.findChild(QLabel, "restartNote")
    assert note.isVisible()
    assert button.isVisible()
    assert button.text() == "&Restart now"
    assert dialog.height() > height
    assert note.height() >= note.heightForWidth(note.width())
    for combo in (dialog.interface_combo, dialog.standards_combo):
        assert combo.height() >= combo.sizeHint().height()

    # Back to the language in use: no restart needed, the note and the button go.
    qtbot.keyClick(dialog.interface_combo, Qt.Key.Key_Home)
    assert not note.isVisible()
    assert not button.isVisible()


def test_restart_now_closes_the_window_first_then_starts_the_app_again(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_file = demo_workspace.paths.settings_file
    window = MainWindow(demo_workspace, settings=Settings(settings_file))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    launched: list[tuple[str, list[str], bool]] = []

    def relaunch(program: str, arguments: list[str]) -> None:
        # The window is closed (its settings written) before the app is started again.
        launched.append((program, arguments, window.isVisible()))

    monkeypatch.setattr(restart, "relaunch_after_quit", relaunch)

    def restart_in_swedish() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.interface_combo.setCurrentIndex(dialog.interface_combo.findData("sv"))
        button = dialog.findChild(QPushButton, "restartNowButton")
        if button is None or not button.isVisible():
            dialog.reject()  # no way to restart: the test fails below, without hanging
            return
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, restart_in_swedish)
    window.preferences_action.trigger()

    assert launched == [(*restart.restart_command(), False)]
    again = Settings(settings_file)
    assert again.interface_language == "sv"
    assert again.window_geometry is not None  # written by the window's own close


def test_ok_without_restart_keeps_the_app_running(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    launched: list[object] = []
    monkeypatch.setattr(restart, "relaunch_after_quit", lambda *args: launched.append(args))
    monkeypatch.setattr(
        "promise_tracker.gui.app_shell.preferences_dialog.QMessageBox.information",
        lambda *args: None,
    )

    def choose_swedish() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        dialog.interface_combo.setCurrentIndex(dialog.interface_combo.findData("sv"))
        dialog.accept()

    QTimer.singleShot(0, choose_swedish)
    window.preferences_action.trigger()
    assert launched == []
    assert window.isVisible()


def test_the_restart_command_repeats_how_the_app_was_started(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "executable", "/usr/bin/python3")
    monkeypatch.setattr(
        sys, "orig_argv", ["python3", "-m", "promise_tracker", "gui", "--data-dir", "data"]
    )
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert restart.restart_command() == (
        "/usr/bin/python3",
        ["-m", "promise_tracker", "gui", "--data-dir", "data"],
    )
    # A bundled app is its own program.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/promise-tracker/promise-tracker")
    monkeypatch.setattr(sys, "argv", ["/opt/promise-tracker/promise-tracker", "gui", "--demo"])
    assert restart.restart_command() == ("/opt/promise-tracker/promise-tracker", ["gui", "--demo"])

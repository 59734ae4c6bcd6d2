"""File > Backups… and File > Save a copy… in the window, driven as a person would."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QFileDialog, QLabel, QWidget

from promise_tracker.app import open_data
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.backups.actions import BackupActions, install
from promise_tracker.gui.backups.backups_dialog import BackupsDialog
from promise_tracker.gui.shared.accessibility import announcer
from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.gui.shared.window import Menu
from promise_tracker.paths import AppPaths, resolve_paths
from promise_tracker.services.backups import make_backup
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import open_workspace
from tests.gui.a11y import assert_accessible
from tests.gui.conftest import DRAFT_ROUND_ID

NORRVIK = demo_id("norrvik")
NOW = dt.datetime(2026, 11, 20, 9, 5, 7)


@pytest.fixture
def paths(demo_template: Path, tmp_path: Path) -> AppPaths:
    """The demo data as the user's own data (not the demo folder), with one backup."""
    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder)
    paths = resolve_paths(folder)
    make_backup(paths, now=NOW)
    return paths


@pytest.fixture
def window(qtbot, paths: AppPaths) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(
        open_workspace(paths),
        settings=Settings(paths.settings_file),
        open_workspace=lambda demo: open_data(paths, demo=demo),
    )
    qtbot.addWidget(window)
    window.unit_combo.setCurrentIndex(window.unit_combo.findData(NORRVIK))
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.workspace is not None:
        window.workspace.close()


def backup_actions(window: MainWindow) -> BackupActions:
    """The window's backup feature (installed here if the window does not install it yet)."""
    installed = getattr(window, "backups", None)
    return installed if isinstance(installed, BackupActions) else install(window)


def accessible(widget: QWidget) -> QAccessibleInterface:
    return QAccessible.queryAccessibleInterface(widget)


def first_criterion(window: MainWindow) -> str:
    assert window.controller is not None
    return window.controller.session.criteria()[0].id


def type_a_note(window: MainWindow, note: str) -> str:
    """Change the first criterion's note in the open round, as the criterion page does."""
    controller = window.controller
    assert controller is not None
    assert controller.session.round.id == DRAFT_ROUND_ID
    criterion = first_criterion(window)
    controller.set_answer(replace(controller.session.answer(criterion), note=note), "note")
    return criterion


def open_dialog(qtbot, actions: BackupActions) -> BackupsDialog:  # type: ignore[no-untyped-def]
    actions.backups_action.trigger()  # File > Backups…
    dialog = actions.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def click_row(qtbot, dialog: BackupsDialog, row: int) -> None:  # type: ignore[no-untyped-def]
    table = dialog.table
    rect = table.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def column(dialog: BackupsDialog, number: int) -> list[str]:
    model = dialog.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_the_file_menu_offers_backups_and_a_copy(window: MainWindow) -> None:
    actions = backup_actions(window)
    entries = [a.objectName() for a in window.menu(Menu.FILE).actions()]
    assert "backupsAction" in entries
    assert "saveCopyAction" in entries
    assert actions.backups_action.text() == "&Backups…"
    assert actions.save_copy_action.text() == "&Save a copy…"
    assert actions.backups_action.isEnabled()


def test_restore_a_backup_from_the_dialog_shows_the_restored_data(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    paths: AppPaths,
) -> None:
    actions = backup_actions(window)
    criterion = first_criterion(window)
    assert window.controller is not None
    original = window.controller.session.answer(criterion).note
    type_a_note(window, "typed after the backup")
    asked: list[str] = []
    actions.confirm = lambda parent, title, text, button: asked.append(text) or True  # type: ignore[method-assign]

    dialog = open_dialog(qtbot, actions)
    assert column(dialog, 1) == ["Manual"]
    click_row(qtbot, dialog, 0)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1
    assert "It holds 4 units, 14 rounds, " in asked[0]
    assert "Your data as it is now is first saved as a backup of its own" in asked[0]
    # The window shows the restored data: the round open again, the note as it was.
    assert window.workspace is not None
    assert window.controller is not None
    assert window.controller.session.round.id == DRAFT_ROUND_ID
    assert window.controller.session.answer(criterion).note == original
    assert window.statusBar().currentMessage().startswith("Restored the backup of ")
    # The dialog lists the data it replaced, so the restore can be undone.
    assert column(dialog, 1) == ["Before restore", "Manual"]
    assert dialog.result_label.isVisible()
    assert dialog.result_label.text().startswith("Restored the backup of ")
    replaced = dialog.backups[0].path
    with contextlib.closing(sqlite3.connect(replaced)) as connection:
        notes = {row[0] for row in connection.execute("SELECT note FROM answers")}
    assert "typed after the backup" in notes
    dialog.close()


def test_cancel_changes_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    actions = backup_actions(window)
    criterion = type_a_note(window, "keep me")
    workspace = window.workspace
    actions.confirm = lambda *_: False  # type: ignore[method-assign]
    dialog = open_dialog(qtbot, actions)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.workspace is workspace  # never let go of
    assert window.controller is not None
    assert window.controller.session.answer(criterion).note == "keep me"
    assert column(dialog, 1) == ["Manual"]
    dialog.close()


def test_a_refused_restore_says_why_and_keeps_the_data_shown(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    paths: AppPaths,
) -> None:
    actions = backup_actions(window)
    criterion = type_a_note(window, "keep me")
    actions.confirm = lambda *_: True  # type: ignore[method-assign]
    warned: list[str] = []
    actions.warn = lambda parent, message: warned.append(message)  # type: ignore[method-assign]
    dialog = open_dialog(qtbot, actions)
    other = sqlite3.connect(paths.database)  # another window of the app has it open
    other.execute("SELECT count(*) FROM units").fetchone()
    try:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    finally:
        other.close()
    assert len(warned) == 1
    assert "in use by another PROMISE tracker window" in warned[0]
    assert window.controller is not None
    assert window.controller.session.answer(criterion).note == "keep me"
    assert column(dialog, 1) == ["Manual"]
    assert not dialog.result_label.isVisible()
    dialog.close()


def test_the_dialog_lists_backups_in_the_users_locale_and_by_keyboard(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    paths: AppPaths,
) -> None:
    make_backup(paths, now=NOW + dt.timedelta(days=1))
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    try:
        dialog = open_dialog(qtbot, backup_actions(window))
    finally:
        QLocale.setDefault(previous)
    assert column(dialog, 0) == ["2026-11-21 09:05", "2026-11-20 09:05"]  # newest first
    assert column(dialog, 1) == ["Manual", "Manual"]
    assert all(size.endswith(("MiB", "KiB", "MB", "kB")) for size in column(dialog, 2))
    assert column(dialog, 3) == ["4", "4"]
    assert column(dialog, 4) == ["14", "14"]
    assert all(int(text.replace("\xa0", "")) > 1000 for text in column(dialog, 5))

    # The keyboard: the list has the focus, arrows choose, Tab reaches every button.
    assert dialog.focusWidget() is dialog.table
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.selected() is dialog.backups[1]
    # Tab goes through the buttons in the order they are shown, and on round to the list
    # (not trapped between the button box's two buttons), Shift+Tab back the same way.
    order = []
    for _ in range(5):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget().objectName())
    assert order == [
        "backUpNowButton",
        "openBackupsFolderButton",
        "restoreBackupButton",
        "backupsCloseButton",
        "backupsTable",
    ]
    backwards = []
    for _ in range(5):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
        backwards.append(dialog.focusWidget().objectName())
    assert backwards == [*reversed(order[:-1]), "backupsTable"]
    # Every control has a name for screen readers and one for tests.
    controls = [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QAbstractItemView)]
    for control in controls:
        if not control.isVisible():
            continue  # parts never shown here (the row numbers, the table's corner button)
        assert control.objectName(), control
        assert control.accessibleName(), control.objectName()
    assert dialog.table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    dialog.close()


def test_the_list_model_passes_the_model_tester(qtmodeltester, qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, backup_actions(window))
    qtmodeltester.check(dialog.model)
    dialog.close()


def test_an_unreadable_backup_cannot_be_restored(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    paths: AppPaths,
) -> None:
    junk = paths.backups_dir / "promise-tracker-manual-20261225-000000.sqlite"
    junk.write_bytes(b"not a database")
    dialog = open_dialog(qtbot, backup_actions(window))
    assert dialog.backups[0].path == junk
    assert column(dialog, 3)[0] == "–"
    assert "cannot be read" in dialog.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    click_row(qtbot, dialog, 0)
    assert not dialog.restore_button.isEnabled()
    click_row(qtbot, dialog, 1)
    assert dialog.restore_button.isEnabled()
    dialog.close()


def test_back_up_now_adds_a_manual_backup_at_the_top(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    paths: AppPaths,
) -> None:
    dialog = open_dialog(qtbot, backup_actions(window))
    qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
    assert len(dialog.backups) == 2
    newest = dialog.backups[0]
    assert newest.created > NOW
    assert dialog.result_label.text() == f"Backed up to {newest.path.name}."
    assert dialog.selected() is newest
    dialog.close()


def test_open_folder_shows_the_private_backups_folder(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    actions = backup_actions(window)
    opened: list[QUrl] = []
    monkeypatch.setattr(actions, "_open_url", opened.append)
    dialog = open_dialog(qtbot, actions)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(paths.backups_dir))]
    dialog.close()


def test_save_a_copy_writes_the_data_where_the_user_chose(
    window: MainWindow,
    paths: AppPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    actions = backup_actions(window)
    criterion = type_a_note(window, "on the stick too")
    stick = tmp_path / "stick"
    stick.mkdir()
    suggested: list[str] = []

    def ask(name: str) -> str:
        suggested.append(name)
        return str(stick / "our data")  # typed without an extension

    monkeypatch.setattr(actions, "_ask_save_path", ask)
    actions.save_copy_action.trigger()  # File > Save a copy…

    assert suggested == [f"PROMISE tracker copy {dt.date.today().isoformat()}.sqlite"]
    copy = stick / "our data.sqlite"
    assert window.statusBar().currentMessage() == f"A copy of your data was saved to {copy}."
    with open_workspace(resolve_paths(tmp_path / "elsewhere", f"sqlite:///{copy}")) as other:
        answers = other.assessment.answers(DRAFT_ROUND_ID)
    assert any(a.criterion_id == criterion and a.note == "on the stick too" for a in answers)

    # The file dialog asked before replacing a file; the copy then replaces it.
    monkeypatch.setattr(actions, "_ask_save_path", lambda name: str(copy))
    type_a_note(window, "newer on the stick")
    assert actions.save_copy() == copy
    with contextlib.closing(sqlite3.connect(copy)) as connection:
        notes = {row[0] for row in connection.execute("SELECT note FROM answers")}
    assert "newer on the stick" in notes


def test_dates_are_shown_as_everywhere_and_texts_are_read_out(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, us_english: QLocale
) -> None:
    dialog = open_dialog(qtbot, backup_actions(window))
    # The date as every date of the app (four-digit year), then the time.
    assert column(dialog, 0)[0].startswith(format_date(NOW.date(), us_english) + " ")
    assert column(dialog, 0)[0].startswith("11/20/2026 ")

    intro = dialog.findChild(QLabel, "backupsIntroLabel")
    assert accessible(intro).text(QAccessible.Text.Name) == intro.text()
    assert accessible(intro).text(QAccessible.Text.Description) == "About the backups"
    for button, name in (
        (dialog.restore_button, "Restore…"),
        (dialog.open_folder_button, "Open folder"),
        (dialog.back_up_button, "Back up now"),
    ):
        assert accessible(button).text(QAccessible.Text.Name) == name
    assert_accessible(dialog)

    with qtbot.waitSignal(announcer().announced) as said:
        dialog.back_up_button.click()
    result = dialog.findChild(QLabel, "backupsResultLabel")
    assert said.args == [result.text()]
    assert accessible(result).text(QAccessible.Text.Name) == result.text()
    dialog.close()


def test_save_a_copy_starts_in_the_folder_of_the_last_copy(  # type: ignore[no-untyped-def]
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions = backup_actions(window)
    stick = tmp_path / "stick"
    stick.mkdir()
    started_in: list[Path] = []

    def save_file_name(parent, caption, start, file_filter):  # type: ignore[no-untyped-def]
        started_in.append(Path(start).parent)
        return str(stick / Path(start).name), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    documents = Path.home() / "Documents"
    documents.mkdir(exist_ok=True)
    assert actions.save_copy() is not None
    window.settings.sync()
    assert Settings(window.settings.path).last_folder("dataCopy") == stick  # after a restart
    assert actions.save_copy() is not None
    assert started_in == [documents, stick]

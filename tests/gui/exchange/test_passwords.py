"""Password-protected files in the Excel dialogs: the export written protected, the import
dialog and the Compare window asking for the passwords of the files they read."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QTableView, QTreeWidget

from promise_tracker.exchange.round_export import export_unit
from promise_tracker.exchange.round_import import read_export
from promise_tracker.exchange.safe_xlsx import PasswordNeededError, read_workbook
from promise_tracker.gui.exchange.compare_window import CompareWindow
from promise_tracker.gui.exchange.export_dialog import ExportDialog
from promise_tracker.gui.exchange.import_dialog import ImportDialog
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import Workspace, open_workspace
from promise_tracker.standards.registry import PackRegistry
from tests.gui.conftest import FINALISED_ROUND_ID

OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")  # a protected workbook; a plain one is a zip
PASSWORD = "Sommar-2026 rum 3"
NEED_PASSWORD = "is protected with a password; give its password to open it"
WRONG_PASSWORD = "is protected with a password, and the password given does not open it"


class Person:
    """Answers the password prompts from a script (a password, or None to skip) and notes
    which file each prompt was for, whether it said the last password was wrong, and on
    which thread it was asked."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, bool]] = []
        self.on_gui_thread: list[bool] = []

    def __call__(self, path: Path, retry: bool) -> str | None:
        self.asked.append((path.name, retry))
        self.on_gui_thread.append(QThread.currentThread() is QCoreApplication.instance().thread())
        return self.answers.pop(0)


# --- export ----------------------------------------------------------------------------------


def export_dialog(qtbot, workspace: Workspace) -> ExportDialog:  # type: ignore[no-untyped-def]
    service = workspace.assessment
    current = service.round(FINALISED_ROUND_ID)
    dialog = ExportDialog(service, service.unit(current.unit_id), current, ("en", "sv"), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_export_is_written_protected_with_the_password(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch, tmp_path: Path
) -> None:
    dialog = export_dialog(qtbot, demo_workspace)
    monkeypatch.setattr(dialog, "_ask_save_path", lambda name: str(tmp_path / "round.xlsx"))
    qtbot.mouseClick(dialog.findChild(QCheckBox, "passwordProtectCheck"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passwordEdit"), PASSWORD)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passwordRepeatEdit"), PASSWORD)

    qtbot.mouseClick(dialog.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)

    written = tmp_path / "round.xlsx"
    assert written.read_bytes()[:8] == OLE_SIGNATURE
    with pytest.raises(zipfile.BadZipFile):  # nothing readable without the password
        load_workbook(written)
    with pytest.raises(PasswordNeededError):
        read_workbook(written)
    content = read_export(written, demo_workspace.packs, passwords=[PASSWORD])
    assert [r.round.id for r in content.rounds] == [FINALISED_ROUND_ID]
    result = dialog.findChild(QLabel, "exportResultLabel")
    assert result.isVisible()
    assert result.text().startswith(f"Saved to {written}, protected with a password.")


def test_an_unticked_export_is_a_plain_workbook(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch, tmp_path: Path
) -> None:
    dialog = export_dialog(qtbot, demo_workspace)
    monkeypatch.setattr(dialog, "_ask_save_path", lambda name: str(tmp_path / "round.xlsx"))
    check = dialog.findChild(QCheckBox, "passwordProtectCheck")
    height = dialog.height()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passwordEdit"), PASSWORD)
    assert dialog.height() > height
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)  # changed their mind
    assert dialog.height() == height  # no gap where the fields were

    qtbot.mouseClick(dialog.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)

    assert zipfile.is_zipfile(tmp_path / "round.xlsx")
    result = dialog.findChild(QLabel, "exportResultLabel")
    assert result.text() == f"Saved to {tmp_path / 'round.xlsx'}"


def test_export_waits_until_the_two_passwords_match(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch, tmp_path: Path
) -> None:
    dialog = export_dialog(qtbot, demo_workspace)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "_ask_save_path", lambda name: asked.append(name) or "")
    export = dialog.findChild(QPushButton, "exportButton")
    problem = dialog.findChild(QLabel, "exportProblemLabel")
    assert export.isEnabled()
    assert not problem.isVisible()

    qtbot.mouseClick(dialog.findChild(QCheckBox, "passwordProtectCheck"), Qt.MouseButton.LeftButton)
    assert not export.isEnabled()
    assert problem.isVisible()
    assert problem.text() == "Type the password to protect the file with."
    password = dialog.findChild(QLineEdit, "passwordEdit")
    assert password.isVisible()
    assert password.echoMode() == QLineEdit.EchoMode.Password
    hint = dialog.findChild(QLabel, "passwordHint")
    assert hint.isVisible()
    # The dialog grew to show the fields and the hint whole.
    assert hint.geometry().bottom() < dialog.findChild(QLabel, "exportProblemLabel").y()
    assert dialog.height() >= dialog.sizeHint().height() - 1

    qtbot.keyClicks(password, PASSWORD)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passwordRepeatEdit"), PASSWORD + "!")
    assert problem.text() == "The two passwords differ: type the same password in both fields."
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    assert asked == []  # disabled: no save dialog, nothing written
    qtbot.keyClick(dialog.findChild(QLineEdit, "passwordRepeatEdit"), Qt.Key.Key_Backspace)
    assert export.isEnabled()
    assert not problem.isVisible()


def test_screenshot_of_the_export_dialog_with_a_password(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    """Every text of the option shown in full (looked at in the saved picture too)."""
    dialog = export_dialog(qtbot, demo_workspace)
    qtbot.mouseClick(dialog.findChild(QCheckBox, "passwordProtectCheck"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passwordEdit"), PASSWORD)
    QCoreApplication.processEvents()
    assert dialog.grab().save(str(tmp_path / "export-password.png"))
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height() + 1, label.text()
    for name in ("passwordEdit", "passwordRepeatEdit"):
        edit = dialog.findChild(QLineEdit, name)
        assert edit.height() >= edit.sizeHint().height()


# --- import ----------------------------------------------------------------------------------


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workspace]:
    """An empty data folder to import into."""
    with open_workspace(resolve_paths(tmp_path / "target")) as workspace:
        yield workspace


@pytest.fixture(scope="module")
def protected(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> dict[str, Path]:
    """Exports of three units: two with the coordinator's password, one with another
    (written once: the tests only read them)."""
    data = tmp_path_factory.mktemp("password-data")
    shutil.copytree(demo_template, data, dirs_exist_ok=True)
    folder = tmp_path_factory.mktemp("returned")
    passwords = {"fjordby": PASSWORD, "lindenau": PASSWORD, "vecupe": "v"}
    with open_workspace(resolve_paths(data)) as workspace:
        return {
            key: export_unit(
                workspace.assessment, demo_id(key), folder / f"{key}.xlsx", password=password
            )
            for key, password in passwords.items()
        }


def import_dialog(qtbot, workspace: Workspace, monkeypatch, person: Person) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(dialog, "_ask_password", person)
    return dialog


def add(qtbot, dialog: ImportDialog, monkeypatch, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialog, "_ask_files", lambda: [str(f) for f in files])
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "addImportFilesButton"), Qt.MouseButton.LeftButton
    )


def shown(dialog: ImportDialog) -> list[list[str]]:
    view = dialog.findChild(QTreeWidget, "importFilesView")
    rows = []
    for index in range(view.topLevelItemCount()):
        item = view.topLevelItem(index)
        rows.append([item.text(0)] + [item.child(i).text(0) for i in range(item.childCount())])
    return rows


def heads(dialog: ImportDialog) -> list[str]:
    return [row[0] for row in shown(dialog)]


def test_import_asks_once_for_the_password_many_files_share(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, target: Workspace, protected: dict[str, Path], monkeypatch
) -> None:
    person = Person("v-wrong", "v", PASSWORD)
    dialog = import_dialog(qtbot, target, monkeypatch, person)
    files = [protected["vecupe"], protected["fjordby"], protected["lindenau"]]

    add(qtbot, dialog, monkeypatch, files)
    qtbot.waitUntil(lambda: heads(dialog)[-1] == "lindenau.xlsx: accepted")

    # vecupe first, mistyped, asked again with the retry wording; then fjordby, whose
    # password opened lindenau too: never asked for.
    assert person.asked == [("vecupe.xlsx", False), ("vecupe.xlsx", True), ("fjordby.xlsx", False)]
    assert heads(dialog) == [
        "vecupe.xlsx: accepted",
        "fjordby.xlsx: accepted",
        "lindenau.xlsx: accepted",
    ]
    import_button = dialog.findChild(QPushButton, "runImportButton")
    assert import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        qtbot.mouseClick(import_button, Qt.MouseButton.LeftButton)
    names = {u.name for u in target.assessment.units()}
    assert names == {demo_workspace.assessment.unit(demo_id(k)).name for k in protected}
    # Checked again after the import with the passwords kept: nobody is asked again.
    assert heads(dialog)[0] == "vecupe.xlsx: already imported, nothing would change"
    assert len(person.asked) == 3
    # Only the passwords that opened a file are kept, in memory.
    assert dialog.passwords.passwords == ["v", PASSWORD]


def test_a_file_added_later_opens_with_a_password_given_before(  # type: ignore[no-untyped-def]
    qtbot, target: Workspace, protected: dict[str, Path], monkeypatch
) -> None:
    person = Person(PASSWORD)
    dialog = import_dialog(qtbot, target, monkeypatch, person)
    add(qtbot, dialog, monkeypatch, [protected["fjordby"]])
    qtbot.waitUntil(lambda: heads(dialog) == ["fjordby.xlsx: accepted"])

    add(qtbot, dialog, monkeypatch, [protected["lindenau"]])

    assert heads(dialog) == ["fjordby.xlsx: accepted", "lindenau.xlsx: accepted"]
    assert person.asked == [("fjordby.xlsx", False)]


def test_three_wrong_passwords_leave_the_file_refused(  # type: ignore[no-untyped-def]
    qtbot, target: Workspace, protected: dict[str, Path], monkeypatch
) -> None:
    person = Person("one", "two", "three")
    dialog = import_dialog(qtbot, target, monkeypatch, person)
    add(qtbot, dialog, monkeypatch, [protected["fjordby"]])
    qtbot.waitUntil(lambda: len(person.asked) == 3)
    QCoreApplication.processEvents()  # a further prompt would come now

    assert person.asked == [("fjordby.xlsx", False), ("fjordby.xlsx", True), ("fjordby.xlsx", True)]
    assert shown(dialog) == [
        [
            "fjordby.xlsx: refused",
            NEED_PASSWORD,
            "Remove the file and add it again to type its password.",
        ]
    ]
    assert not dialog.findChild(QPushButton, "runImportButton").isEnabled()
    assert dialog.passwords.passwords == []
    assert target.assessment.units() == []


def test_skip_leaves_the_file_refused_until_it_is_added_again(  # type: ignore[no-untyped-def]
    qtbot, target: Workspace, protected: dict[str, Path], monkeypatch
) -> None:
    person = Person(None, PASSWORD)
    dialog = import_dialog(qtbot, target, monkeypatch, person)
    add(qtbot, dialog, monkeypatch, [protected["fjordby"]])
    qtbot.waitUntil(lambda: len(person.asked) == 1)
    QCoreApplication.processEvents()

    assert shown(dialog)[0][:2] == ["fjordby.xlsx: refused", NEED_PASSWORD]
    problem = dialog.findChild(QLabel, "importProblemLabel")
    assert problem.text().startswith("fjordby.xlsx is refused")
    # Another look at the list (the same file added again) does not ask again.
    add(qtbot, dialog, monkeypatch, [protected["fjordby"]])
    QCoreApplication.processEvents()
    assert len(person.asked) == 1

    # Removed and added again: asked again, and now it opens.
    view = dialog.findChild(QTreeWidget, "importFilesView")
    view.setCurrentItem(view.topLevelItem(0))
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "removeImportFileButton"), Qt.MouseButton.LeftButton
    )
    add(qtbot, dialog, monkeypatch, [protected["fjordby"]])
    qtbot.waitUntil(lambda: heads(dialog) == ["fjordby.xlsx: accepted"])
    assert person.asked == [("fjordby.xlsx", False), ("fjordby.xlsx", False)]


# --- compare ---------------------------------------------------------------------------------


def compare_window(qtbot, monkeypatch, person: Person, files: list[Path]) -> CompareWindow:  # type: ignore[no-untyped-def]
    window = CompareWindow(PackRegistry.load(), "en")
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "_ask_files", lambda: [str(p) for p in files])
    monkeypatch.setattr(window, "_ask_password", person)
    window.show()
    return window


def read_files(qtbot, window: CompareWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.readFinished, timeout=60_000):
        qtbot.mouseClick(window.findChild(QPushButton, "addFilesButton"), Qt.MouseButton.LeftButton)


def column(window: CompareWindow, index: int) -> list[str]:
    model = window.findChild(QTableView, "filesTable").model()
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_compare_asks_for_the_passwords_and_reads_the_files_again(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, protected: dict[str, Path], tmp_path: Path, monkeypatch
) -> None:
    plain = export_unit(demo_workspace.assessment, demo_id("norrvik"), tmp_path / "norrvik.xlsx")
    person = Person("mistyped", PASSWORD, "v")
    files = [protected["fjordby"], protected["lindenau"], plain, protected["vecupe"]]
    window = compare_window(qtbot, monkeypatch, person, files)
    finished: list[None] = []
    window.readFinished.connect(lambda: finished.append(None))

    read_files(qtbot, window)

    assert person.asked == [("fjordby.xlsx", False), ("fjordby.xlsx", True), ("vecupe.xlsx", False)]
    assert all(person.on_gui_thread)
    assert finished == [None]  # once, when every file was settled
    assert column(window, 0) == ["fjordby.xlsx", "lindenau.xlsx", "norrvik.xlsx", "vecupe.xlsx"]
    assert all("Accepted" in status for status in column(window, 1))
    assert len(window.comparison.units) == 4
    assert not window.is_reading
    assert window.findChild(QPushButton, "addFilesButton").isEnabled()
    assert window.passwords.passwords == [PASSWORD, "v"]


def test_compare_leaves_a_skipped_file_refused_for_want_of_its_password(  # type: ignore[no-untyped-def]
    qtbot, protected: dict[str, Path], monkeypatch
) -> None:
    person = Person(None, PASSWORD)
    window = compare_window(qtbot, monkeypatch, person, [protected["vecupe"], protected["fjordby"]])

    read_files(qtbot, window)

    assert person.asked == [("vecupe.xlsx", False), ("fjordby.xlsx", False)]
    assert column(window, 1) == ["✗ Refused", "✓ Accepted"]
    assert column(window, 2)[0] == "Password needed"
    assert column(window, 3)[0] == NEED_PASSWORD
    assert "1 accepted, 1 refused" in window.status_label.text()

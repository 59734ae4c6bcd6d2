"""Password-protected questionnaires: the export dialog writes the Excel files protected (the
PDF forms are not), the import dialog asks for the passwords of the files returned."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from promise_tracker.exchange.encryption import encrypt_file
from promise_tracker.exchange.questionnaire import read_questionnaire
from promise_tracker.exchange.safe_xlsx import PasswordNeededError
from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.gui.team.questionnaire_dialogs import (
    QuestionnaireExportDialog,
    QuestionnaireImportDialog,
)
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import Workspace
from tests.gui.conftest import DRAFT_ROUND_ID
from tests.gui.team.test_questionnaire_dialogs import filled_files, rows

OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
PASSWORD = "Sommar-2026 rum 3"
NEED_PASSWORD = "is protected with a password; give its password to open it"


class Person:
    """Answers the password prompts from a script (a password, or None to skip)."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[tuple[str, bool]] = []

    def __call__(self, path: Path, retry: bool) -> str | None:
        self.asked.append((path.name, retry))
        return self.answers.pop(0)


@pytest.fixture
def window(qtbot, demo_workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.select(demo_id("norrvik"), DRAFT_ROUND_ID)
    window.show()
    return window


def open_export(window: MainWindow) -> QuestionnaireExportDialog:
    window.team.export_questionnaires_action.trigger()
    dialog = window.team.questionnaire_export_dialog
    assert isinstance(dialog, QuestionnaireExportDialog)
    return dialog


def protect(qtbot, dialog: QuestionnaireExportDialog, password: str, repeat: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.findChild(QCheckBox, "passwordProtectCheck"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passwordEdit"), password)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "passwordRepeatEdit"), repeat)


def test_every_excel_questionnaire_is_protected_and_the_pdfs_are_not(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_export(window)
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    for row in (0, 1):  # two are enough (each protected file takes a moment to write)
        dialog.respondent_list.item(row).setCheckState(Qt.CheckState.Checked)
    with_pdf = dialog.pdf_check.isEnabled()
    if with_pdf:
        qtbot.mouseClick(dialog.pdf_check, Qt.MouseButton.LeftButton)
    out = tmp_path / "out"
    dialog.folder_edit.setText(str(out))
    protect(qtbot, dialog, PASSWORD, PASSWORD)

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    workbooks = sorted(out.glob("*.xlsx"))
    assert len(workbooks) == 2
    for path in workbooks:
        assert path.read_bytes()[:8] == OLE_SIGNATURE
        with pytest.raises(PasswordNeededError):
            read_questionnaire(path)
        assert read_questionnaire(path, passwords=[PASSWORD]).round_id == DRAFT_ROUND_ID
    lines = dialog.findChild(QPlainTextEdit, "questionnaireExportResult").toPlainText()
    if with_pdf:
        pdfs = sorted(out.glob("*.pdf"))
        assert len(pdfs) == 2
        assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
        assert (
            "The Excel questionnaires are protected with a password; the PDFs are not."
        ) in lines
    else:
        assert "The questionnaires are protected with a password." in lines


def test_export_waits_for_matching_passwords_and_only_excel_can_be_protected(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_export(window)
    dialog.folder_edit.setText(str(tmp_path / "out"))
    problem = dialog.findChild(QLabel, "questionnaireExportProblemLabel")
    protect(qtbot, dialog, PASSWORD, "something else")
    assert not dialog.export_button.isEnabled()
    assert problem.text() == "The two passwords differ: type the same password in both fields."
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not (tmp_path / "out").exists()

    option = dialog.findChild(QCheckBox, "passwordProtectCheck")
    if dialog.pdf_check.isEnabled():
        # PDF only: nothing to protect, so the option is unavailable and not in the way.
        qtbot.mouseClick(dialog.pdf_check, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.excel_check, Qt.MouseButton.LeftButton)
        assert not option.isEnabled()
        assert dialog.export_button.isEnabled()
        qtbot.mouseClick(dialog.excel_check, Qt.MouseButton.LeftButton)
        assert option.isEnabled()
        assert not dialog.export_button.isEnabled()


# --- import --------------------------------------------------------------------------------


@pytest.fixture
def returned(demo_workspace: Workspace, tmp_path: Path) -> dict[str, Path]:
    """Two filled questionnaires returned protected with the same password, and a file
    that is not a workbook."""
    files = filled_files(demo_workspace, tmp_path / "plain")
    folder = tmp_path / "returned"
    folder.mkdir()
    for key in ("adder", "changer"):
        target = folder / files[key].name
        encrypt_file(io.BytesIO(files[key].read_bytes()), target, PASSWORD)
        files[key] = target
    return files


def open_import(window: MainWindow, monkeypatch, person: Person) -> QuestionnaireImportDialog:  # type: ignore[no-untyped-def]
    window.team.import_questionnaires_action.trigger()
    dialog = window.team.questionnaire_import_dialog
    assert isinstance(dialog, QuestionnaireImportDialog)
    monkeypatch.setattr(dialog, "_ask_password", person)
    return dialog


def add(qtbot, dialog: QuestionnaireImportDialog, monkeypatch, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialog, "_ask_files", lambda: [str(f) for f in files])
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)


def test_import_asks_for_the_password_and_again_when_it_is_wrong(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_workspace: Workspace, returned: dict[str, Path], monkeypatch
) -> None:
    person = Person("sommar-2026 rum 3", PASSWORD)  # the first time without the capital
    dialog = open_import(window, monkeypatch, person)
    add(qtbot, dialog, monkeypatch, [returned["adder"], returned["changer"], returned["broken"]])
    qtbot.waitUntil(lambda: rows(dialog)[0][2] == "New")

    # One prompt for the first file, again after the wrong password; the second file opened
    # with the same password without a prompt.
    first = returned["adder"].name
    assert person.asked == [(first, False), (first, True)]
    assert [r[2] for r in rows(dialog)] == ["New", "Changed: check to import", "Rejected"]
    assert dialog.import_button.isEnabled()
    adder = dialog.preview.files[0].respondent
    with qtbot.waitSignal(dialog.imported, timeout=3000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    stored = [
        a
        for a in demo_workspace.assessment.answers(DRAFT_ROUND_ID)
        if a.respondent_id == adder.id and a.note == "Seen in the routine binder\n(page 3)"
    ]
    assert [a.value for a in stored] == ["yes"]
    # Checked again after the import with the password kept: no prompt.
    assert rows(dialog)[0][2] == "Unchanged: already imported"
    assert len(person.asked) == 2


def test_a_skipped_questionnaire_stays_rejected_with_the_reason(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, returned: dict[str, Path], monkeypatch
) -> None:
    person = Person(None)
    dialog = open_import(window, monkeypatch, person)
    add(qtbot, dialog, monkeypatch, [returned["adder"]])
    qtbot.waitUntil(lambda: len(person.asked) == 1)
    QCoreApplication.processEvents()  # a further prompt would come now

    assert len(person.asked) == 1
    assert rows(dialog)[0][2] == "Rejected"
    assert dialog.details.toPlainText().splitlines() == [
        f"{returned['adder'].name}: rejected",
        f"  {NEED_PASSWORD}",
        "Remove the file and add it again to type its password.",
    ]
    assert not dialog.import_button.isEnabled()
    assert dialog.findChild(QPushButton, "questionnaireImportButton") is dialog.import_button

"""Team > Export questionnaires and Import questionnaires, driven as a coordinator would."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAccessible, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
)

from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.shared.accessibility import announcer
from promise_tracker.gui.shared.settings import Settings, documents_folder
from promise_tracker.gui.shared.window import Menu
from promise_tracker.gui.team.questionnaire_dialogs import (
    QuestionnaireExportDialog,
    QuestionnaireImportDialog,
    questionnaire_texts,
)
from promise_tracker.services.demo import demo_id
from promise_tracker.services.questionnaires import export_questionnaires
from promise_tracker.services.workspace import Workspace
from tests.gui.a11y import assert_accessible
from tests.gui.conftest import DRAFT_ROUND_ID
from tests.gui.shared.test_file_list import drag_and_drop, file_drag

NORRVIK = demo_id("norrvik")


@pytest.fixture
def window(qtbot, demo_workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(window)
    window.select(NORRVIK, DRAFT_ROUND_ID)
    window.show()
    assert window.controller is not None
    assert window.controller.session.round.id == DRAFT_ROUND_ID
    return window


def test_team_menu_offers_both(window: MainWindow) -> None:
    texts = [a.text() for a in window.menu(Menu.TEAM).actions()]
    assert "E&xport questionnaires…" in texts
    assert "I&mport questionnaires…" in texts
    export_action = window.team.export_questionnaires_action
    assert export_action.isEnabled()
    assert "Ctrl+Shift+E" in export_action.toolTip()


def open_export(window: MainWindow) -> QuestionnaireExportDialog:
    window.team.export_questionnaires_action.trigger()
    dialog = window.team.questionnaire_export_dialog
    assert isinstance(dialog, QuestionnaireExportDialog)
    return dialog


def test_export_writes_one_file_per_checked_respondent(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_export(window)
    qtmodeltester.check(dialog.respondent_list.model())
    respondents = window.service.respondents(DRAFT_ROUND_ID)
    assert dialog.respondent_list.count() == len(respondents) == 8
    assert len(dialog.checked_respondent_ids()) == 8  # all checked at first
    # Space on the first respondent unchecks them, as in any checklist.
    dialog.respondent_list.setFocus()
    dialog.respondent_list.setCurrentRow(0)
    qtbot.keyClick(dialog.respondent_list, Qt.Key.Key_Space)
    assert len(dialog.checked_respondent_ids()) == 7
    first = respondents[0]

    language = dialog.findChild(QComboBox, "questionnaireLanguageCombo")
    assert [language.itemData(i) for i in range(language.count())] == ["en", "sv"]
    language.setFocus()
    qtbot.keyClicks(language, "Svenska")
    assert dialog.language == "sv"

    out = tmp_path / "out"
    monkeypatch.setattr(dialog, "_ask_folder", lambda start: str(out))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == str(out)

    button = dialog.findChild(QPushButton, "questionnaireExportButton")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    files = sorted(out.glob("*.xlsx"))
    assert len(files) == 7
    assert not any(first.alias in f.name for f in files)
    for respondent in respondents[1:]:
        path = out / f"Barnahus Norrvik (demo) - Self-assessment 2025 - {respondent.alias}.xlsx"
        assert path in files
    workbook = load_workbook(files[0])
    # The fixed texts are in the chosen language too, as far as it is translated.
    swedish = questionnaire_texts("sv") or (lambda context, text: text)
    assert workbook.sheetnames == [
        swedish("Questionnaire", "Instructions"),
        swedish("Questionnaire", "Criteria"),
        "Metadata",
    ]
    ws = workbook.worksheets[1]
    assert ws.data_validations.dataValidation[0].formula1 == '"Ja,Nej,Ej tillämpligt"'
    result = dialog.findChild(QPlainTextEdit, "questionnaireExportResult")
    assert result.isVisible()
    lines = result.toPlainText().splitlines()
    assert lines[0] == f"Wrote 7 files for 7 respondents to {out}:"
    assert sorted(lines[1:]) == [f.name for f in files]


def test_export_explains_why_it_cannot_start(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_export(window)
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    button = dialog.findChild(QPushButton, "questionnaireExportButton")
    problem = dialog.findChild(QLabel, "questionnaireExportProblemLabel")
    assert not button.isEnabled()
    assert problem.text() == "Check at least one respondent."
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    dialog.excel_check.setFocus()
    qtbot.keyClick(dialog.excel_check, Qt.Key.Key_Space)
    assert not dialog.excel_check.isChecked()
    if dialog.pdf_check.isChecked():
        qtbot.keyClick(dialog.pdf_check, Qt.Key.Key_Space)
    assert problem.text() == "Choose Excel, PDF or both."
    assert not button.isEnabled()


def test_pdf_questionnaire_is_written_when_chosen(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_export(window)
    pdf = dialog.findChild(QCheckBox, "questionnairePdfCheck")
    if not pdf.isEnabled():
        pytest.skip("the PDF questionnaire writer is not installed")
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    dialog.respondent_list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.excel_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pdf, Qt.MouseButton.LeftButton)
    dialog.folder_edit.setText(str(tmp_path / "out"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = list((tmp_path / "out").iterdir())
    assert [p.suffix for p in written] == [".pdf"]
    assert written[0].read_bytes().startswith(b"%PDF")


# --- import ------------------------------------------------------------------------------


def filled_files(workspace: Workspace, folder: Path) -> dict[str, Path]:
    """Three returned questionnaires: one adding answers, one changing one, one broken."""
    service = workspace.assessment
    exported = export_questionnaires(service, DRAFT_ROUND_ID, folder, language="en")
    files = {e.respondent.id: e.paths[0] for e in exported}
    stored = service.answers(DRAFT_ROUND_ID)
    adder, changer = (e.respondent for e in exported[:2])
    # The adder answers a criterion they had left empty.
    answered = {a.criterion_id for a in stored if a.respondent_id == adder.id}
    workbook = load_workbook(files[adder.id])
    ws = workbook["Criteria"]
    row = next(r for r in range(2, ws.max_row + 1) if ws[f"B{r}"].value not in answered)
    ws[f"E{row}"] = "yes"
    ws[f"F{row}"] = "Seen in the routine binder\n(page 3)"
    workbook.save(files[adder.id])
    # The changer turns one of their answers round.
    workbook = load_workbook(files[changer.id])
    ws = workbook["Criteria"]
    row = next(r for r in range(2, ws.max_row + 1) if ws[f"E{r}"].value in ("Yes", "No"))
    ws[f"E{row}"] = "No" if ws[f"E{row}"].value == "Yes" else "Yes"
    workbook.save(files[changer.id])
    broken = folder / "broken.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    return {"adder": files[adder.id], "changer": files[changer.id], "broken": broken}


def open_import(window: MainWindow, monkeypatch, files: list[Path]) -> QuestionnaireImportDialog:  # type: ignore[no-untyped-def]
    window.team.import_questionnaires_action.trigger()
    dialog = window.team.questionnaire_import_dialog
    assert isinstance(dialog, QuestionnaireImportDialog)
    monkeypatch.setattr(dialog, "_ask_files", lambda: [str(f) for f in files])
    return dialog


def rows(dialog: QuestionnaireImportDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_import_preview_accept_changed_and_the_round_refreshes(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, window: MainWindow, demo_workspace: Workspace, tmp_path, monkeypatch
) -> None:
    files = filled_files(demo_workspace, tmp_path)
    ordered = [files["adder"], files["changer"], files["broken"]]
    dialog = open_import(window, monkeypatch, ordered)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(dialog.table.model())
    adder, changer = (dialog.preview.files[i].respondent for i in (0, 1))
    assert rows(dialog) == [
        [files["adder"].name, adder.alias, "New", "Answers: 1"],
        [files["changer"].name, changer.alias, "Changed: check to import", "Differences: 1"],
        ["broken.xlsx", "", "Rejected", "Problems: 1"],
    ]
    # The details pane shows the selected file's problems in words.
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert dialog.details.toPlainText().splitlines() == [
        "broken.xlsx: rejected",
        "  is not an Excel .xlsx file, or it is damaged or incomplete",
    ]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    details = dialog.details.toPlainText().splitlines()
    assert details[0].endswith("changed, differences from what is stored: 1")
    assert "answer " in details[1]

    # Space on its name checks the changed file: its differences will be stored too.
    qtbot.keyClick(dialog.table, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.table.item(1, 0).checkState() == Qt.CheckState.Checked
    assert dialog.import_button.isEnabled()
    before = window.controller.session.answer_count(adder.id)  # type: ignore[union-attr]
    said = "Questionnaires imported: 2; answers saved: 2, cleared: 0. Rejected files left out: 1."
    with (
        qtbot.waitSignal(dialog.imported, timeout=3000),
        qtbot.waitSignal(
            announcer().announced, check_params_cb=lambda text: text == said, timeout=3000
        ),
    ):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = dialog.findChild(QLabel, "questionnaireImportResultLabel")
    assert result.text() == said  # shown, and said to a screen reader
    assert QAccessible.queryAccessibleInterface(result).text(QAccessible.Text.Name) == said
    assert [r[2] for r in rows(dialog)] == [
        "Unchanged: already imported",
        "Unchanged: already imported",
        "Rejected",
    ]
    assert not dialog.import_button.isEnabled()
    # The open round was read again: the window shows the imported answer.
    assert window.controller is not None
    assert window.controller.session.round.id == DRAFT_ROUND_ID
    assert window.controller.session.answer_count(adder.id) == before + 1
    stored = [
        a
        for a in demo_workspace.assessment.answers(DRAFT_ROUND_ID)
        if a.respondent_id == adder.id and a.note == "Seen in the routine binder\n(page 3)"
    ]
    assert [a.value for a in stored] == ["yes"]


def test_changed_file_left_unchecked_is_not_imported(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_workspace: Workspace, tmp_path, monkeypatch
) -> None:
    files = filled_files(demo_workspace, tmp_path)
    before = demo_workspace.assessment.answers(DRAFT_ROUND_ID)
    dialog = open_import(window, monkeypatch, [files["changer"]])
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled()
    problem = dialog.findChild(QLabel, "questionnaireImportProblemLabel")
    assert problem.text() == (
        "Nothing new to import. Check the changed files whose differences you want to store."
    )
    assert demo_workspace.assessment.answers(DRAFT_ROUND_ID) == before
    # Removing the file empties the list.
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    assert problem.text() == "Add the questionnaires to import."


def test_look_of_the_dialogs(
    qtbot, window: MainWindow, demo_workspace, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    export = open_export(window)
    export.resize(export.sizeHint())
    assert export.grab().save(str(tmp_path / "export.png"))
    files = filled_files(demo_workspace, tmp_path)
    dialog = open_import(window, monkeypatch, list(files.values()))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    dialog.table.selectRow(1)
    assert dialog.grab().save(str(tmp_path / "import.png"))


def test_fixed_texts_follow_the_chosen_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from promise_tracker import i18n

    assert questionnaire_texts("en") is None  # the interface language: i18n.translate
    swedish = questionnaire_texts("sv")
    if swedish is not None:  # a Swedish catalogue is shipped
        assert swedish("Questionnaire", "no such text") == "no such text"
    i18n.install(lambda context, text, disambiguation=None, n=-1: f"[{text}]", "sv")
    try:
        english = questionnaire_texts("en")
        assert english is not None
        assert english("Questionnaire", "Answer") == "Answer"  # the source texts
    finally:
        i18n.reset()


# --- folders, and questionnaires dropped from a file manager -------------------------------


@pytest.fixture
def returned(demo_workspace: Workspace, tmp_path: Path) -> Path:
    """The folder the questionnaires came back to, as a coordinator keeps it: the returned
    workbooks, Excel's and LibreOffice's lock files beside an open one, the printed PDF,
    and a subfolder of copies sent out earlier."""
    folder = tmp_path / "returned"
    folder.mkdir()
    filled_files(demo_workspace, folder)
    first = sorted(folder.glob("*.xlsx"))[0].name
    for name in (f"~${first}", f".~lock.{first}#", "answers.csv", "instructions.pdf"):
        (folder / name).write_bytes(b"x")
    (folder / "sent").mkdir()
    export_questionnaires(demo_workspace.assessment, DRAFT_ROUND_ID, folder / "sent")
    return folder


def workbooks_of(folder: Path) -> list[Path]:
    """The folder's own workbooks by name, as a file manager lists them."""
    found = [p for p in folder.glob("*.xlsx") if not p.name.startswith(("~$", "."))]
    return sorted(found, key=lambda p: p.name.casefold())


def test_a_dropped_folder_adds_and_checks_its_questionnaires(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, returned: Path, monkeypatch
) -> None:
    expected = workbooks_of(returned)
    assert len(expected) == 9  # eight respondents and the broken file
    dialog = open_import(window, monkeypatch, expected)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    added = rows(dialog)  # the same files through Add files…, to compare
    dialog.close()

    dialog = open_import(window, monkeypatch, [])
    qtbot.waitExposed(dialog)
    assert rows(dialog) == []  # a new dialog
    action = drag_and_drop(dialog, dialog.table.viewport(), file_drag(returned))
    assert action == Qt.DropAction.CopyAction
    # Exactly the folder's workbooks: no lock file, no other file, nothing from "sent";
    # each checked as an added file is.
    assert dialog.files == [path.resolve() for path in expected]
    assert rows(dialog) == added
    assert sorted(r[2] for r in rows(dialog)) == sorted(
        ["New", "Changed: check to import", "Rejected"] + ["Unchanged: already imported"] * 6
    )
    assert dialog.import_button.isEnabled()
    assert not dialog.findChild(QLabel, "questionnaireImportResultLabel").isVisible()


def test_dropped_files_that_are_not_questionnaires_are_skipped_with_a_note(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, returned: Path, monkeypatch
) -> None:
    dialog = open_import(window, monkeypatch, [])
    qtbot.waitExposed(dialog)
    first = workbooks_of(returned)[0]
    drop = file_drag(returned / "instructions.pdf", first, returned / "answers.csv")
    # Dropped on the details pane, not on the table: anywhere on the dialog takes it.
    assert drag_and_drop(dialog, dialog.details.viewport(), drop) == Qt.DropAction.CopyAction
    assert [r[0] for r in rows(dialog)] == [first.name]
    note = dialog.findChild(QLabel, "questionnaireImportResultLabel")
    assert note.isVisible()
    assert note.text() == (
        "2 file(s) skipped: only Excel workbooks (.xlsx) can be imported "
        "(instructions.pdf, answers.csv)."
    )
    # Files none of which could be imported: the drag is refused, the cursor says so.
    refused = file_drag(returned / "answers.csv", returned / f"~${first.name}")
    assert drag_and_drop(dialog, dialog.table.viewport(), refused) is None
    assert [r[0] for r in rows(dialog)] == [first.name]


def test_add_folder_adds_the_questionnaires_of_a_folder(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, returned: Path, monkeypatch
) -> None:
    dialog = open_import(window, monkeypatch, [])
    qtbot.waitExposed(dialog)
    button = dialog.findChild(QPushButton, "questionnaireAddFolderButton")
    assert button is dialog.add_folder_button
    assert button.text() == "Add &folder…"
    # Named as it reads; what it does is its description.
    assert button.accessibleName() == ""
    assert button.accessibleDescription() == "Add the questionnaires of a folder"
    assert button.toolTip().startswith("Choose a folder: every questionnaire (.xlsx) in it")
    letters = [
        b.text().replace("&&", "").split("&")[1][0].lower()
        for b in dialog.findChildren(QAbstractButton)
        if "&" in b.text().replace("&&", "")
    ]
    assert len(letters) == len(set(letters)), letters
    # Next to Add files… in the tab order.
    assert dialog.add_button.nextInFocusChain() is button

    asked: list[str] = []
    monkeypatch.setattr(dialog, "_ask_folder", lambda: asked.append("folder") or str(returned))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.waitUntil(dialog.add_button.hasFocus)
    # Alt+F, as the tooltip says; the button then clicks itself (shown pressed a moment).
    assert button.toolTip().endswith("(Alt+F)")
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: asked == ["folder"])
    assert dialog.files == [path.resolve() for path in workbooks_of(returned)]
    assert [r[0] for r in rows(dialog)] == [p.name for p in workbooks_of(returned)]


def test_export_starts_in_documents_then_remembers_the_folder_and_opens_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(QuestionnaireExportDialog, "_last_folder", "")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = open_export(window)
    # The first time: the user's Documents folder.
    assert dialog.folder_edit.text() == str(documents_folder())
    assert not dialog.open_folder_button.isVisible()
    out = tmp_path / "for respondents"
    out.mkdir()
    monkeypatch.setattr(dialog, "_ask_folder", lambda start: str(out))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(announcer().announced) as heard:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert heard.args == [f"Wrote 8 files for 8 respondents to {out}:"]
    # Done: "Open folder" shows the folder in the file manager.
    assert dialog.open_folder_button.isVisible()
    assert dialog.open_folder_button.accessibleName() in ("", "Open folder")
    qtbot.keyClick(dialog.open_folder_button, Qt.Key.Key_Space)
    assert opened == [QUrl.fromLocalFile(str(out))]
    dialog.close()

    # Next time, even after a restart (a fresh read of the settings file): that folder.
    assert Settings(window.settings.path).last_folder("questionnaires") == out
    monkeypatch.setattr(QuestionnaireExportDialog, "_last_folder", "")
    again = open_export(window)
    assert again.folder_edit.text() == str(out)


def test_export_names_are_what_the_buttons_say(window: MainWindow) -> None:
    dialog = open_export(window)
    for button in (dialog.export_button, dialog.browse_button):
        name = QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name)
        assert name == button.text().replace("&", ""), name


def test_the_questionnaire_dialogs_are_named_as_seen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    export = open_export(window)
    assert export.folder_edit.accessibleName() == "Folder"
    assert_accessible(export)
    export.close()
    window.team.import_questionnaires_action.trigger()
    assert_accessible(window.team.questionnaire_import_dialog)


def test_the_default_button_shows_its_focus(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_export(window)
    qtbot.waitExposed(dialog)
    button = dialog.export_button
    assert button.isDefault()
    dialog.respondent_list.setFocus()
    qtbot.waitUntil(dialog.respondent_list.hasFocus)
    unfocused = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    # Fusion draws a focused default button exactly like an unfocused one.
    assert button.grab().toImage() != unfocused


def test_after_writing_the_dialog_stays_on_a_small_screen(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    """The list of files written makes the dialog taller; on a 1024x600 screen it grew below
    the bottom edge, taking Close and Open folder out of sight."""
    from PySide6.QtCore import QRect

    from promise_tracker.gui.shared import window_size

    small = QRect(0, 0, 1024, 576)  # 1024x600 with a panel
    monkeypatch.setattr(window_size, "available_area", lambda widget=None: QRect(small))
    dialog = open_export(window)
    qtbot.waitExposed(dialog)
    # Low on the screen, as a window manager may place it over the main window.
    dialog.move(dialog.x(), small.bottom() - dialog.frameGeometry().height() - 20)
    assert small.contains(dialog.frameGeometry())
    out = tmp_path / "for respondents"
    out.mkdir()
    dialog.folder_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result_view.isVisible()
    assert dialog.open_folder_button.isVisible()
    assert small.contains(dialog.frameGeometry()), dialog.frameGeometry()
    close = dialog.findChild(QPushButton, "questionnaireExportCloseButton")
    assert close is not None
    bottom_right = close.mapToGlobal(close.rect().bottomRight())
    assert small.contains(bottom_right)

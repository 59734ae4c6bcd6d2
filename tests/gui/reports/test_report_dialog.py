"""File > Report… as a user makes a report: the choices, the progress, the file, opening it."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMessageBox, QPushButton

from promise_tracker.gui.app_shell.main_window import MainWindow
from promise_tracker.gui.reports.report_dialog import ReportDialog
from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.shared.settings import Settings, documents_folder
from promise_tracker.reports.round_report import percent
from promise_tracker.services.workspace import Workspace
from tests.gui.a11y import assert_accessible
from tests.gui.conftest import FINALISED_ROUND_ID
from tests.unit.reports.conftest import flat, pdf_pages, requires_poppler

TIMEOUT_MS = 120_000  # charts and layout on a busy 2-core machine


@pytest.fixture
def window(qtbot, demo_workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    shown = MainWindow(demo_workspace, settings=Settings(demo_workspace.paths.settings_file))
    qtbot.addWidget(shown)
    shown.show()
    service = demo_workspace.assessment
    chosen = service.round(FINALISED_ROUND_ID)
    shown.select(chosen.unit_id, chosen.id)
    return shown


def open_dialog(window: MainWindow) -> ReportDialog:
    action = window.reports.report_action
    assert action.isEnabled()
    action.trigger()
    dialog = window.reports.dialog
    assert dialog is not None
    return dialog


def opened_urls(monkeypatch: pytest.MonkeyPatch, dialog: ReportDialog) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(dialog, "_open_url", urls.append)
    return urls


@requires_poppler
def test_a_pdf_report_from_the_dialog_then_opened(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_dialog(window)
    urls = opened_urls(monkeypatch, dialog)
    file_edit = dialog.findChild(QLineEdit, "reportFileEdit")
    assert file_edit.text().endswith(".pdf")
    assert "Barnahus Norrvik (demo)" in Path(file_edit.text()).name
    file_edit.setText(str(tmp_path / "steering group"))
    steps: list[tuple[int, int]] = []
    shown = dialog._on_progress
    monkeypatch.setattr(dialog, "_on_progress", lambda d, t: (steps.append((d, t)), shown(d, t)))
    with qtbot.waitSignal(dialog.reportWritten, timeout=TIMEOUT_MS) as written:
        dialog.findChild(QPushButton, "reportWriteButton").click()
        assert dialog.progress_dialog is not None  # the progress is shown while writing
        assert not dialog.findChild(QPushButton, "reportWriteButton").isEnabled()
    path = Path(written.args[0])
    assert path == tmp_path / "steering group.pdf"
    text = flat("\n".join(pdf_pages(path)))
    service = demo_workspace.assessment
    score = service.round_result(FINALISED_ROUND_ID).official.overall.percent
    assert f"Overall score: {flat(percent(score))}" in text
    assert dialog.progress_dialog is None  # closed when done
    assert steps[-1] == (4, 4)
    box = dialog.result_box
    assert isinstance(box, QMessageBox)
    box.findChild(QPushButton, "reportOpenButton").click()
    assert urls == [QUrl.fromLocalFile(str(path))]


def test_a_redacted_swedish_word_report_on_letter_and_its_folder(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    dialog = open_dialog(window)
    urls = opened_urls(monkeypatch, dialog)
    format_combo = dialog.findChild(QComboBox, "reportFormatCombo")
    format_combo.setCurrentIndex(format_combo.findData("docx"))
    language = dialog.findChild(QComboBox, "reportLanguageCombo")
    language.setCurrentIndex(language.findData("sv"))
    dialog.findChild(QComboBox, "reportPaperCombo").setCurrentIndex(1)
    dialog.findChild(QCheckBox, "reportRedactedCheck").setChecked(True)
    compare = dialog.findChild(QComboBox, "reportCompareCombo")
    compare.setCurrentIndex(1)  # the unit's first round
    file_edit = dialog.findChild(QLineEdit, "reportFileEdit")
    assert file_edit.text().endswith("(to share).docx")
    file_edit.setText(str(tmp_path / Path(file_edit.text()).name))
    with qtbot.waitSignal(dialog.reportWritten, timeout=TIMEOUT_MS) as written:
        dialog.findChild(QPushButton, "reportWriteButton").click()
    document = Document(written.args[0])
    assert round(document.sections[0].page_width.inches, 2) == 8.5
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "1.1 Barnets bästa" in headings
    text = "\n".join(p.text for p in document.paragraphs)
    assert compare.itemText(1) in text  # the summary compares with the round chosen
    folder_button = dialog.result_box.findChild(QPushButton, "reportFolderButton")
    assert folder_button.text() == "Open &folder"
    folder_button.click()
    assert urls == [QUrl.fromLocalFile(str(tmp_path))]

    # The next report starts in that folder, also after a restart (the settings file).
    assert Settings(window.settings.path).last_folder("report") == tmp_path
    monkeypatch.setattr(ReportDialog, "_last_folder", "")
    dialog.close()
    again = open_dialog(window)
    assert Path(again.findChild(QLineEdit, "reportFileEdit").text()).parent == tmp_path


def test_the_first_report_starts_in_documents(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ReportDialog, "_last_folder", "")
    dialog = open_dialog(window)
    file_edit = dialog.findChild(QLineEdit, "reportFileEdit")
    assert Path(file_edit.text()).parent == documents_folder()
    # The rounds to compare with show their dates as every date of the interface does.
    compare = dialog.findChild(QComboBox, "reportCompareCombo")
    first = window.service.rounds(window.current_unit().id)[0]
    assert compare.itemText(1) == f"{first.title} ({format_date(first.date)})"


def test_a_file_that_cannot_be_written_is_reported(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_dialog(window)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    dialog.findChild(QLineEdit, "reportFileEdit").setText(str(blocked / "report.pdf"))
    with qtbot.waitSignal(dialog.reportFailed, timeout=TIMEOUT_MS) as failed:
        dialog.findChild(QPushButton, "reportWriteButton").click()
    box = dialog.result_box
    assert isinstance(box, QMessageBox)
    assert box.objectName() == "reportErrorBox"
    assert "The report was not written." in box.text()
    assert "could not be written" in failed.args[0]
    assert "Errno" not in box.text()


def test_the_report_dialog_is_named_as_seen(window: MainWindow) -> None:
    dialog = open_dialog(window)
    file_edit = dialog.findChild(QLineEdit, "reportFileEdit")
    assert file_edit.accessibleName() == "File"
    assert dialog.findChild(QComboBox, "reportCompareCombo").accessibleName() == "Compare with"
    assert_accessible(dialog)

"""The export dialog: a round or the unit, language, redaction, where it went, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
)

from promise_tracker.gui.exchange.export_dialog import ExportDialog, safe_file_name
from promise_tracker.services.demo import NOTES_MET, NOTES_UNMET, demo_id
from promise_tracker.services.workspace import Workspace
from tests.gui.conftest import FINALISED_ROUND_ID

UNIT_ID = demo_id("norrvik")


def make_dialog(qtbot, workspace: Workspace, with_round: bool = True) -> ExportDialog:  # type: ignore[no-untyped-def]
    service = workspace.assessment
    current = service.round(FINALISED_ROUND_ID) if with_round else None
    dialog = ExportDialog(service, service.unit(UNIT_ID), current, ("en", "sv"), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save_to(monkeypatch: pytest.MonkeyPatch, dialog: ExportDialog, path: Path) -> list[str]:
    """Answer the save dialog with `path`; returns the names it suggested."""
    suggested: list[str] = []

    def ask(name: str) -> str:
        suggested.append(name)
        return str(path)

    monkeypatch.setattr(dialog, "_ask_save_path", ask)
    return suggested


def metadata(path: Path) -> dict[str, object]:
    sheet = load_workbook(path, read_only=True)["Metadata"]
    return {row[0]: row[1] for row in sheet.iter_rows(values_only=True)}


def all_text(path: Path) -> str:
    workbook = load_workbook(path, read_only=True)
    return "\n".join(
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )


def test_exports_the_round(qtbot, demo_workspace: Workspace, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, demo_workspace)
    round_radio = dialog.findChild(QRadioButton, "exportRoundRadio")
    assert round_radio.isEnabled()
    assert round_radio.isChecked()
    target = tmp_path / "round"  # no extension: the dialog adds it
    suggested = save_to(monkeypatch, dialog, target)
    result = dialog.findChild(QLabel, "exportResultLabel")
    open_folder = dialog.findChild(QPushButton, "openExportFolderButton")
    assert not result.isVisible()
    assert not open_folder.isVisible()

    qtbot.mouseClick(dialog.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)

    written = tmp_path / "round.xlsx"
    assert written.is_file()
    assert suggested == [
        "Barnahus Norrvik (demo) - "
        + demo_workspace.assessment.round(FINALISED_ROUND_ID).title
        + ".xlsx"
    ]
    meta = metadata(written)
    assert meta["export_kind"] == "round"
    assert meta["round_ids"] == FINALISED_ROUND_ID
    assert meta["language"] == "en"
    assert meta["redacted"] == "false"
    assert result.isVisible()
    assert str(written) in result.text()
    assert open_folder.isVisible()
    # Notes are in an ordinary export (so the redaction test below can fail).
    assert any(note in all_text(written) for note in NOTES_MET + NOTES_UNMET)

    opened: list[QUrl] = []
    monkeypatch.setattr(dialog, "_open_url", opened.append)
    qtbot.mouseClick(open_folder, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_exports_the_unit_redacted_in_swedish(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch, tmp_path
) -> None:
    dialog = make_dialog(qtbot, demo_workspace)
    unit_radio = dialog.findChild(QRadioButton, "exportUnitRadio")
    qtbot.mouseClick(unit_radio, Qt.MouseButton.LeftButton)
    assert unit_radio.isChecked()
    combo = dialog.findChild(QComboBox, "exportLanguageCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Svenska"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Svenska"
    check = dialog.findChild(QCheckBox, "exportRedactedCheck")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert check.isChecked()
    suggested = save_to(monkeypatch, dialog, tmp_path / "unit.xlsx")

    qtbot.keyClick(check, Qt.Key.Key_Return)  # Export is the default button

    written = tmp_path / "unit.xlsx"
    assert suggested == ["Barnahus Norrvik (demo) - all rounds (to share).xlsx"]
    meta = metadata(written)
    assert meta["export_kind"] == "unit"
    assert len(str(meta["round_ids"]).split(",")) == len(demo_workspace.assessment.rounds(UNIT_ID))
    assert meta["language"] == "sv"
    assert meta["redacted"] == "true"
    text = all_text(written)
    assert not [note for note in NOTES_MET + NOTES_UNMET if note in text]


def test_round_choice_is_disabled_without_a_round(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, demo_workspace, with_round=False)
    assert not dialog.findChild(QRadioButton, "exportRoundRadio").isEnabled()
    assert dialog.findChild(QRadioButton, "exportUnitRadio").isChecked()
    assert dialog.suggested_name() == "Barnahus Norrvik (demo) - all rounds.xlsx"


def test_an_unwritable_place_shows_the_error_and_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch, tmp_path
) -> None:
    dialog = make_dialog(qtbot, demo_workspace)
    target = tmp_path / "no such folder" / "round.xlsx"
    save_to(monkeypatch, dialog, target)
    qtbot.mouseClick(dialog.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)

    box = dialog.findChild(QMessageBox, "exportErrorBox")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "The file was not written." in box.text()
    assert "no such folder" in box.text()
    assert not target.exists()
    assert not target.parent.exists()
    assert not dialog.findChild(QLabel, "exportResultLabel").isVisible()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_cancelling_the_file_dialog_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch, tmp_path
) -> None:
    dialog = make_dialog(qtbot, demo_workspace)
    monkeypatch.setattr(dialog, "_ask_save_path", lambda name: "")
    assert dialog.export() is None
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert dialog.findChild(QMessageBox, "exportErrorBox") is None


def test_show_for_opens_with_the_packs_languages(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    service = demo_workspace.assessment
    dialog = ExportDialog.show_for(None, demo_workspace, service.unit(UNIT_ID), None, "sv")
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    combo = dialog.findChild(QComboBox, "exportLanguageCombo")
    assert combo.currentText() == "Svenska"
    assert combo.count() == 2
    dialog.close()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Norrvik: 2023/24", "Norrvik- 2023-24"),
        ('a<b>c"d|e?f*g\\h', "a-b-c-d-e-f-g-h"),
        ("  ..Malmö round.. ", "Malmö round"),
        ("???", "export"),
    ],
)
def test_file_names_are_safe(text: str, name: str) -> None:
    assert safe_file_name(text) == name

"""The export dialog: a round or the unit, language, redaction, where it went, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAccessible, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from promise_tracker.gui.exchange.export_dialog import ExportDialog, safe_file_name
from promise_tracker.gui.shared.accessibility import announcer
from promise_tracker.gui.shared.settings import Settings
from promise_tracker.services.demo import NOTES_MET, NOTES_UNMET, demo_id
from promise_tracker.services.workspace import Workspace
from tests.gui.a11y import assert_accessible
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


# --- everyone can use it: keyboard, screen readers, small screens ---------------------------


def tab_sequence(qtbot, dialog: ExportDialog, key: Qt.Key, count: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The objectNames the focus visits on `count` presses of `key`."""
    visited: list[str] = []
    for _ in range(count):
        qtbot.keyClick(dialog.focusWidget(), key)
        visited.append(dialog.focusWidget().objectName())
    return visited


def test_tab_goes_round_every_control_and_back_to_the_first(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch, tmp_path
) -> None:
    dialog = make_dialog(qtbot, demo_workspace)
    assert dialog.focusWidget() is dialog.round_radio
    forward = [
        "exportLanguageCombo",
        "exportRedactedCheck",
        "passwordProtectCheck",
        "exportButton",
        "exportCloseButton",
        "exportRoundRadio",  # not trapped between Export and Close
    ]
    assert tab_sequence(qtbot, dialog, Qt.Key.Key_Tab, 6) == forward
    assert tab_sequence(qtbot, dialog, Qt.Key.Key_Backtab, 6) == [
        "exportCloseButton",
        "exportButton",
        "passwordProtectCheck",
        "exportRedactedCheck",
        "exportLanguageCombo",
        "exportRoundRadio",
    ]

    # After saving, Open folder sits in the order where it is shown: before the buttons.
    save_to(monkeypatch, dialog, tmp_path / "round.xlsx")
    dialog.export()
    assert dialog.focusWidget() is dialog.open_folder_button
    assert tab_sequence(qtbot, dialog, Qt.Key.Key_Tab, 4) == [
        "exportButton",
        "exportCloseButton",
        "exportRoundRadio",
        "exportLanguageCombo",
    ]


def test_tab_reaches_the_password_fields_when_ticked(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, demo_workspace)
    dialog.password_option.check.setFocus()
    qtbot.keyClick(dialog.password_option.check, Qt.Key.Key_Space)
    assert dialog.focusWidget() is dialog.password_option.password_edit
    # Export is disabled until the passwords are typed: Tab passes it by.
    assert tab_sequence(qtbot, dialog, Qt.Key.Key_Tab, 3) == [
        "passwordRepeatEdit",
        "exportCloseButton",
        "exportRoundRadio",
    ]
    qtbot.keyClicks(dialog.password_option.password_edit, "secret")
    qtbot.keyClicks(dialog.password_option.repeat_edit, "secret")
    dialog.password_option.repeat_edit.setFocus()
    assert tab_sequence(qtbot, dialog, Qt.Key.Key_Tab, 3) == [
        "exportButton",
        "exportCloseButton",
        "exportRoundRadio",
    ]


def accessible_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def accessible_description(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def test_controls_are_named_by_what_they_show(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch, tmp_path
) -> None:
    dialog = make_dialog(qtbot, demo_workspace)
    assert accessible_name(dialog.export_button) == "Export…"
    assert accessible_description(dialog.export_button) == "Choose where to save, then export"
    title = demo_workspace.assessment.round(FINALISED_ROUND_ID).title
    assert accessible_name(dialog.round_radio) == f"This round: {title}"
    assert accessible_name(dialog.unit_radio) == "The unit's whole history (every round)"
    assert accessible_name(dialog.redacted_check) == (
        "Leave out notes and justifications (to share)"
    )
    assert_accessible(dialog)

    save_to(monkeypatch, dialog, tmp_path / "round.xlsx")
    dialog.export()
    result = dialog.findChild(QLabel, "exportResultLabel")
    assert accessible_name(result) == f"Saved to {tmp_path / 'round.xlsx'}"
    assert accessible_description(result) == "Where the file was saved"
    assert accessible_name(dialog.open_folder_button) == "Open folder"
    assert_accessible(dialog)


def test_saving_and_problems_are_announced(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch, tmp_path
) -> None:
    dialog = make_dialog(qtbot, demo_workspace)
    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.mouseClick(dialog.password_option.check, Qt.MouseButton.LeftButton)
    assert said.args == ["Type the password to protect the file with."]
    problem = dialog.findChild(QLabel, "exportProblemLabel")
    assert accessible_name(problem) == "Type the password to protect the file with."
    qtbot.mouseClick(dialog.password_option.check, Qt.MouseButton.LeftButton)

    save_to(monkeypatch, dialog, tmp_path / "round.xlsx")
    with qtbot.waitSignal(announcer().announced) as said:
        dialog.export()
    assert said.args == [f"Saved to {tmp_path / 'round.xlsx'}"]


def test_the_dialog_grows_when_the_saved_message_appears(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch, tmp_path
) -> None:
    dialog = make_dialog(qtbot, demo_workspace)
    height = dialog.height()
    folder = tmp_path / "a folder with a long name for the exports of the year" / "round two"
    folder.mkdir(parents=True)
    save_to(monkeypatch, dialog, folder / "round.xlsx")
    dialog.export()
    QApplication.processEvents()

    assert dialog.height() > height
    what = dialog.findChild(QGroupBox, "exportWhatGroup")
    for widget in (what, dialog.round_radio, dialog.unit_radio, dialog.redacted_check):
        assert widget.height() >= widget.sizeHint().height(), widget.objectName()
    result = dialog.findChild(QLabel, "exportResultLabel")
    assert result.height() >= result.heightForWidth(result.width())


def test_export_starts_in_documents_then_in_the_last_folder(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch, tmp_path
) -> None:
    documents = Path.home() / "Documents"
    documents.mkdir(exist_ok=True)
    chosen = tmp_path / "exports"
    chosen.mkdir()
    settings_path = tmp_path / "settings.ini"
    started_in: list[str] = []

    def save_file_name(parent, caption, start, file_filter):  # type: ignore[no-untyped-def]
        started_in.append(start)
        return str(chosen / "mine.xlsx"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    service = demo_workspace.assessment
    for _ in range(2):
        dialog = ExportDialog(
            service,
            service.unit(UNIT_ID),
            service.round(FINALISED_ROUND_ID),
            ("en",),
            "en",
            settings=Settings(settings_path),  # as after a restart
        )
        qtbot.addWidget(dialog)
        dialog.export()
        dialog.settings.sync()
        assert (chosen / "mine.xlsx").is_file()
    name = dialog.suggested_name()
    assert [Path(path) for path in started_in] == [documents / name, chosen / name]


def test_open_folder_opens_the_folder_of_the_file(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, monkeypatch, tmp_path
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = make_dialog(qtbot, demo_workspace)
    save_to(monkeypatch, dialog, tmp_path / "round.xlsx")
    dialog.export()
    qtbot.keyClick(dialog.open_folder_button, Qt.Key.Key_Space)
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_the_default_button_shows_when_it_has_the_focus(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, demo_workspace)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    close = dialog.findChild(QPushButton, "exportCloseButton")
    dialog.password_option.check.setFocus()
    qtbot.keyClick(dialog.password_option.check, Qt.Key.Key_Tab)
    assert dialog.export_button.hasFocus()
    focused = dialog.export_button.grab().toImage()
    qtbot.keyClick(dialog.export_button, Qt.Key.Key_Tab)
    assert close.hasFocus()
    unfocused = dialog.export_button.grab().toImage()
    # Export is the default button either way: only a focus mark tells them apart.
    assert dialog.export_button.isDefault()
    assert focused != unfocused

"""The import dialog: preview per file, refusal, conflicts and their policy, the import."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QWidget,
)

from promise_tracker.domain.entities import Round
from promise_tracker.exchange.round_export import export_unit
from promise_tracker.gui.exchange.import_dialog import ImportDialog
from promise_tracker.gui.shared import window_size
from promise_tracker.gui.shared.accessibility import announcer
from promise_tracker.paths import resolve_paths
from promise_tracker.services.demo import demo_id
from promise_tracker.services.workspace import Workspace, open_workspace
from tests.gui.a11y import assert_accessible
from tests.gui.shared.test_file_list import drag_and_drop, file_drag

UNIT_ID = demo_id("fjordby")


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workspace]:
    """An empty data folder to import into."""
    with open_workspace(resolve_paths(tmp_path / "target")) as workspace:
        yield workspace


@pytest.fixture
def unit_file(demo_workspace: Workspace, tmp_path: Path) -> Path:
    return export_unit(demo_workspace.assessment, UNIT_ID, tmp_path / "fjordby.xlsx")


def make_dialog(qtbot, workspace: Workspace, monkeypatch, files: list[Path]) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.resize(900, 650)
    dialog.show()
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(dialog, "_ask_files", lambda: [str(f) for f in files])
    return dialog


def add(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "addImportFilesButton"), Qt.MouseButton.LeftButton
    )


def shown(dialog: ImportDialog) -> list[list[str]]:
    """Each file's line and the lines under it, as the list shows them."""
    view = dialog.findChild(QTreeWidget, "importFilesView")
    rows = []
    for index in range(view.topLevelItemCount()):
        item = view.topLevelItem(index)
        rows.append([item.text(0)] + [item.child(i).text(0) for i in range(item.childCount())])
    return rows


def import_button(dialog: ImportDialog) -> QPushButton:
    return dialog.findChild(QPushButton, "runImportButton")


def problem(dialog: ImportDialog) -> QLabel:
    return dialog.findChild(QLabel, "importProblemLabel")


def overall_percents(workspace: Workspace) -> dict[str, float | None]:
    service = workspace.assessment
    return {
        r.id: service.round_result(r.id).consensus.overall.percent for r in service.rounds(UNIT_ID)
    }


def test_nothing_to_import_at_first(qtbot, target: Workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, target, monkeypatch, [])
    assert not import_button(dialog).isEnabled()
    assert problem(dialog).isVisible()
    assert problem(dialog).text() == "Add one or more export files to import."
    assert not dialog.findChild(QGroupBox, "importPolicyGroup").isEnabled()
    assert dialog.findChild(QRadioButton, "keepBothRadio").isChecked()


def test_imports_a_unit_then_has_nothing_more_to_do(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, target: Workspace, unit_file: Path, monkeypatch
) -> None:
    source_rounds = demo_workspace.assessment.rounds(UNIT_ID)
    unit_name = demo_workspace.assessment.unit(UNIT_ID).name
    dialog = make_dialog(qtbot, target, monkeypatch, [unit_file])
    add(qtbot, dialog)

    events = demo_workspace.assessment.events(UNIT_ID)
    assert events  # so the line about them is checked
    assert shown(dialog) == [
        [
            "fjordby.xlsx: accepted",
            f"New unit: {unit_name}",
            *(f"New round: {r.title}" for r in source_rounds),
            f"New events: {len(events)}",
        ]
    ]
    assert import_button(dialog).isEnabled()
    assert not problem(dialog).isVisible()
    assert not dialog.findChild(QGroupBox, "importPolicyGroup").isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=2000):
        qtbot.mouseClick(import_button(dialog), Qt.MouseButton.LeftButton)

    result = dialog.findChild(QLabel, "importResultLabel")
    assert result.isVisible()
    assert result.text().splitlines()[:3] == [
        "Import finished.",
        "New units: 1",
        f"New rounds: {len(source_rounds)}",
    ]
    assert target.assessment.unit(UNIT_ID).name == unit_name
    assert overall_percents(target) == overall_percents(demo_workspace)
    assert len(overall_percents(target)) == len(source_rounds) > 1
    # The list now says the file is in, and there is nothing left to import.
    assert shown(dialog)[0][0] == "fjordby.xlsx: already imported, nothing would change"
    assert not import_button(dialog).isEnabled()
    assert problem(dialog).text() == (
        "Nothing to import: everything in these files is already here."
    )

    # The same file added again (a fresh dialog): nothing to change, nothing emitted.
    again = make_dialog(qtbot, target, monkeypatch, [unit_file])
    add(qtbot, again)
    add(qtbot, again)  # added twice: listed once
    assert len(shown(again)) == 1
    assert shown(again)[0][0] == "fjordby.xlsx: already imported, nothing would change"
    assert not import_button(again).isEnabled()
    assert problem(again).text() == (
        "Nothing to import: everything in these files is already here."
    )


def test_a_refused_file_shows_its_reason_and_blocks_the_import(  # type: ignore[no-untyped-def]
    qtbot, target: Workspace, unit_file: Path, tmp_path: Path, monkeypatch
) -> None:
    fake = tmp_path / "notes.xlsx"
    fake.write_text("Just some text, not a workbook.\n", encoding="utf-8")
    dialog = make_dialog(qtbot, target, monkeypatch, [unit_file, fake])
    add(qtbot, dialog)

    rows = shown(dialog)
    assert rows[0][0] == "fjordby.xlsx: accepted"
    assert rows[1][0] == "notes.xlsx: refused"
    assert len(rows[1]) == 2
    assert rows[1][1]
    assert not import_button(dialog).isEnabled()
    assert problem(dialog).isVisible()
    assert problem(dialog).text() == (
        "notes.xlsx is refused (see the reason in the list). Remove it to import the other files."
    )

    # Removing the refused file (selected, then Delete) makes Import available.
    view = dialog.findChild(QTreeWidget, "importFilesView")
    view.setCurrentItem(view.topLevelItem(1))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [row[0] for row in shown(dialog)] == ["fjordby.xlsx: accepted"]
    assert import_button(dialog).isEnabled()
    assert not problem(dialog).isVisible()
    assert target.assessment.units() == []


def imported_then_changed_here(qtbot, target: Workspace, unit_file: Path, monkeypatch) -> Round:  # type: ignore[no-untyped-def]
    """Imports `unit_file` with the dialog, then changes an agreed answer of the latest
    round here (value and note), so that the file now differs; returns that round."""
    first = make_dialog(qtbot, target, monkeypatch, [unit_file])
    add(qtbot, first)
    with qtbot.waitSignal(first.imported, timeout=2000):
        qtbot.mouseClick(import_button(first), Qt.MouseButton.LeftButton)
    latest = target.assessment.rounds(UNIT_ID)[-1]
    if latest.is_finalised:
        target.assessment.reopen_round(latest.id)
    changed = next(a for a in target.assessment.answers(latest.id) if a.respondent_id is None)
    target.assessment.set_answer(
        replace(changed, value="no" if changed.value == "yes" else "yes", note="Changed here")
    )
    return latest


def test_a_conflict_enables_the_policy_and_replace_replaces(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, target: Workspace, unit_file: Path, tmp_path, monkeypatch
) -> None:
    latest = imported_then_changed_here(qtbot, target, unit_file, monkeypatch)
    assert overall_percents(target) != overall_percents(demo_workspace)
    again = tmp_path / "again" / "fjordby.xlsx"
    again.parent.mkdir()
    shutil.copy(export_unit(demo_workspace.assessment, UNIT_ID, tmp_path / "x.xlsx"), again)

    dialog = make_dialog(qtbot, target, monkeypatch, [again])
    add(qtbot, dialog)
    lines = shown(dialog)[0]
    assert lines[0] == "fjordby.xlsx: accepted"
    assert f"Conflict: {latest.title} is stored here with other content" in lines
    policy = dialog.findChild(QGroupBox, "importPolicyGroup")
    assert policy.isEnabled()
    assert import_button(dialog).isEnabled()

    replace_radio = dialog.findChild(QRadioButton, "replaceRadio")
    # On the indicator: the button is wider than its text, and only those react.
    indicator = QPoint(6, replace_radio.height() // 2)
    qtbot.mouseClick(replace_radio, Qt.MouseButton.LeftButton, pos=indicator)
    assert replace_radio.isChecked()
    assert dialog.policy == "replace"
    with qtbot.waitSignal(dialog.imported, timeout=2000):
        qtbot.mouseClick(import_button(dialog), Qt.MouseButton.LeftButton)

    assert "Rounds replaced: 1" in dialog.findChild(QLabel, "importResultLabel").text()
    assert overall_percents(target) == overall_percents(demo_workspace)
    assert [r.title for r in target.assessment.rounds(UNIT_ID)] == [
        r.title for r in demo_workspace.assessment.rounds(UNIT_ID)
    ]
    assert not policy.isEnabled()  # no conflict left


def stored_texts(workspace: Workspace) -> dict[tuple[str, str, str | None], tuple[str, str]]:
    service = workspace.assessment
    return {
        (a.round_id, a.criterion_id, a.respondent_id): (a.note, a.na_justification)
        for r in service.rounds(UNIT_ID)
        for a in service.answers(r.id)
    }


def test_a_file_made_to_share_replaces_answers_and_keeps_the_notes_stored_here(  # type: ignore[no-untyped-def]
    qtbot, demo_workspace: Workspace, target: Workspace, unit_file: Path, tmp_path, monkeypatch
) -> None:
    latest = imported_then_changed_here(qtbot, target, unit_file, monkeypatch)
    before = stored_texts(target)
    assert sum(bool(note) for note, _ in before.values()) > 10
    shared = tmp_path / "shared" / "fjordby-shared.xlsx"
    shared.parent.mkdir()
    export_unit(demo_workspace.assessment, UNIT_ID, shared, redacted=True)

    dialog = make_dialog(qtbot, target, monkeypatch, [shared])
    add(qtbot, dialog)
    lines = shown(dialog)[0]
    assert f"Conflict: {latest.title} is stored here with other content" in lines
    assert lines[-1] == (
        "A file made to share: it has no notes, justifications or real aliases "
        "(those stored here are kept)"
    )
    replace_radio = dialog.findChild(QRadioButton, "replaceRadio")
    qtbot.mouseClick(
        replace_radio, Qt.MouseButton.LeftButton, pos=QPoint(6, replace_radio.height() // 2)
    )
    with qtbot.waitSignal(dialog.imported, timeout=2000):
        qtbot.mouseClick(import_button(dialog), Qt.MouseButton.LeftButton)

    assert "Rounds replaced: 1" in dialog.findChild(QLabel, "importResultLabel").text()
    assert overall_percents(target) == overall_percents(demo_workspace)  # the file's answers
    assert stored_texts(target) == before  # with every note kept, "Changed here" too


def test_show_for_connects_the_callback(qtbot, target: Workspace, unit_file, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    dialog = ImportDialog.show_for(None, target, lambda: calls.append("reload"))
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.add_paths([unit_file])
    qtbot.mouseClick(import_button(dialog), Qt.MouseButton.LeftButton)
    assert calls == ["reload"]
    dialog.close()


# --- folders, and files dropped from a file manager ----------------------------------------


@pytest.fixture
def exports(unit_file: Path, tmp_path: Path) -> Path:
    """A folder of export files as a coordinator keeps it: the workbook, the lock files of
    Excel and LibreOffice while it is open, other files, and a subfolder of older exports."""
    folder = tmp_path / "exports"
    (folder / "older").mkdir(parents=True)
    shutil.copy(unit_file, folder / "fjordby.xlsx")
    shutil.copy(unit_file, folder / "older" / "fjordby 2024.xlsx")
    for name in ("~$fjordby.xlsx", ".~lock.fjordby.xlsx#", "fjordby.csv"):
        (folder / name).write_bytes(b"x")
    return folder


def files_view(dialog: ImportDialog) -> QTreeWidget:
    return dialog.findChild(QTreeWidget, "importFilesView")


def result(dialog: ImportDialog) -> QLabel:
    return dialog.findChild(QLabel, "importResultLabel")


def test_a_dropped_folder_adds_and_checks_its_export_files(  # type: ignore[no-untyped-def]
    qtbot, target: Workspace, unit_file: Path, exports: Path, monkeypatch
) -> None:
    added = make_dialog(qtbot, target, monkeypatch, [exports / "fjordby.xlsx"])
    add(qtbot, added)  # the same file through Add files…, to compare
    dialog = make_dialog(qtbot, target, monkeypatch, [])
    action = drag_and_drop(dialog, files_view(dialog).viewport(), file_drag(exports))
    assert action == Qt.DropAction.CopyAction
    # Only the workbook itself: no lock file, no other file, nothing from the subfolder;
    # checked as an added file is.
    assert shown(dialog) == shown(added)
    assert shown(dialog)[0][0] == "fjordby.xlsx: accepted"
    assert dialog.files == [(exports / "fjordby.xlsx").resolve()]
    assert import_button(dialog).isEnabled()
    assert not result(dialog).isVisible()


def test_dropped_files_that_are_not_export_files_are_skipped_with_a_note(  # type: ignore[no-untyped-def]
    qtbot, target: Workspace, exports: Path, tmp_path: Path, monkeypatch
) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF")
    dialog = make_dialog(qtbot, target, monkeypatch, [])
    # Dropped on the intro text, not on the list: anywhere on the dialog takes it.
    intro = dialog.findChildren(QLabel)[0]
    drop = file_drag(report, exports / "fjordby.xlsx", exports / "fjordby.csv")
    assert drag_and_drop(dialog, intro, drop) == Qt.DropAction.CopyAction
    assert [row[0] for row in shown(dialog)] == ["fjordby.xlsx: accepted"]
    assert result(dialog).isVisible()
    assert result(dialog).text() == (
        "2 file(s) skipped: only Excel workbooks (.xlsx) can be imported (report.pdf, fjordby.csv)."
    )
    assert import_button(dialog).isEnabled()

    # A drag of files none of which could be imported is refused: the cursor says so.
    assert drag_and_drop(dialog, intro, file_drag(report)) is None
    assert [row[0] for row in shown(dialog)] == ["fjordby.xlsx: accepted"]


def test_add_folder_adds_the_export_files_of_a_folder(  # type: ignore[no-untyped-def]
    qtbot, target: Workspace, exports: Path, monkeypatch
) -> None:
    dialog = make_dialog(qtbot, target, monkeypatch, [])
    button = dialog.findChild(QPushButton, "addImportFolderButton")
    assert button.text() == "Add &folder…"
    # Named by its visible label; what it does is the description.
    assert accessible(button).text(QAccessible.Text.Name) == "Add folder…"
    assert button.accessibleDescription() == "Add the export files of a folder"
    assert button.toolTip().startswith("Choose a folder: every export file (.xlsx) in it")
    # Its Alt+letter is the dialog's only one.
    letters = [
        b.text().replace("&&", "").split("&")[1][0].lower()
        for b in dialog.findChildren(QAbstractButton)
        if "&" in b.text().replace("&&", "")
    ]
    assert letters.count("f") == 1
    assert len(letters) == len(set(letters))

    monkeypatch.setattr(dialog, "_ask_folder", lambda: "")  # cancelled
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown(dialog) == []
    monkeypatch.setattr(dialog, "_ask_folder", lambda: str(exports))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in shown(dialog)] == ["fjordby.xlsx: accepted"]
    assert import_button(dialog).isEnabled()

    # A folder without export files says so.
    empty = exports / "empty"
    empty.mkdir()
    monkeypatch.setattr(dialog, "_ask_folder", lambda: str(empty))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert result(dialog).text() == "No Excel workbooks (.xlsx) in the folder empty."
    assert [row[0] for row in shown(dialog)] == ["fjordby.xlsx: accepted"]


# --- everyone can use it: keyboard, screen readers, small screens ---------------------------


def accessible(widget: QWidget) -> QAccessibleInterface:
    return QAccessible.queryAccessibleInterface(widget)


def test_the_dialog_fits_a_small_screen(  # type: ignore[no-untyped-def]
    qtbot, target: Workspace, monkeypatch
) -> None:
    small = QRect(0, 0, 1024, 576)  # 1024x600 with a panel
    monkeypatch.setattr(window_size, "available_area", lambda widget=None: QRect(small))
    dialog = ImportDialog(target)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: small.contains(dialog.frameGeometry()))
    assert dialog.minimumSizeHint().height() <= small.height()


def test_tab_goes_round_the_controls_and_names_are_the_labels(  # type: ignore[no-untyped-def]
    qtbot, target: Workspace, unit_file: Path, monkeypatch
) -> None:
    dialog = make_dialog(qtbot, target, monkeypatch, [unit_file])
    add(qtbot, dialog)
    dialog.add_button.setFocus()
    visited = []
    for _ in range(7):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget().objectName())
    # The policy is disabled without conflicts: Tab passes it by.
    assert visited == [
        "addImportFolderButton",
        "removeImportFileButton",
        "importFilesView",
        "runImportButton",
        "importCloseButton",  # and on, not back to Import
        "addImportFilesButton",
        "addImportFolderButton",
    ]
    for button, name in (
        (dialog.add_button, "Add files…"),
        (dialog.remove_button, "Remove"),
        (dialog.import_button, "Import"),
        (
            dialog.keep_both_radio,
            "Keep both: store the imported copy with “(imported)” after its title",
        ),
    ):
        assert accessible(button).text(QAccessible.Text.Name) == name
    assert_accessible(dialog)


def test_problems_and_results_are_read_out(  # type: ignore[no-untyped-def]
    qtbot, target: Workspace, unit_file: Path, monkeypatch
) -> None:
    dialog = make_dialog(qtbot, target, monkeypatch, [unit_file])
    problem = dialog.findChild(QLabel, "importProblemLabel")
    assert accessible(problem).text(QAccessible.Text.Name) == (
        "Add one or more export files to import."
    )
    assert accessible(problem).text(QAccessible.Text.Description) == "Why Import is not available"
    add(qtbot, dialog)
    with qtbot.waitSignal(announcer().announced) as said:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    result = dialog.findChild(QLabel, "importResultLabel")
    assert said.args == [result.text()]
    assert said.args[0].startswith("Import finished.")
    assert accessible(result).text(QAccessible.Text.Name) == result.text()
    assert result.height() >= result.heightForWidth(result.width())

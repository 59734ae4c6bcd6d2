"""The file list of the import dialogs: files added once each, Delete removes, the file dialog."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from promise_tracker.gui.shared import file_list as file_list_module
from promise_tracker.gui.shared.file_list import FileListInput

PATH_ROLE = Qt.ItemDataRole.UserRole


class Host(QWidget):
    """A dialog in miniature: an Add button, a list that shows the files, and a Remove."""

    def __init__(self) -> None:
        super().__init__()
        self.file_list = FileListInput(self)
        self.file_list.changed.connect(self._show)
        self.view = QListWidget(self)
        self.other = QLineEdit(self)  # somewhere else Delete goes
        self.add_button = QPushButton("Add", self)
        self.add_button.clicked.connect(self.add_files)
        layout = QVBoxLayout(self)
        for widget in (self.add_button, self.view, self.other):
            layout.addWidget(widget)
        self.file_list.remove_on_delete_key(self.view, self.remove_selected)

    def add_files(self) -> None:
        chosen = self.file_list.ask("Add files to import", "Excel workbook (*.xlsx)")
        if chosen:
            self.file_list.add(chosen)

    def remove_selected(self) -> None:
        item = self.view.currentItem()
        if item is not None:
            self.file_list.remove(Path(item.data(PATH_ROLE)))

    def _show(self) -> None:
        self.view.clear()
        for path in self.file_list.files:
            self.view.addItem(path.name)
            self.view.item(self.view.count() - 1).setData(PATH_ROLE, str(path))
        if self.view.count():
            self.view.setCurrentRow(0)

    def shown(self) -> list[str]:
        return [self.view.item(row).text() for row in range(self.view.count())]


@pytest.fixture
def host(qtbot) -> Host:  # type: ignore[no-untyped-def]
    host = Host()
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host


@pytest.fixture
def workbooks(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "returned"
    folder.mkdir()
    paths = [folder / name for name in ("anna.xlsx", "bo.xlsx", "cilla.xlsx")]
    for path in paths:
        path.write_bytes(b"")
    return paths


def choose_in_file_dialog(monkeypatch, chosen: list[str]) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """The file dialog answers `chosen`; what it was opened with is recorded."""
    calls: list[tuple[str, str, str]] = []

    def get_open_file_names(parent, title, folder, file_filter):  # type: ignore[no-untyped-def]
        calls.append((title, folder, file_filter))
        return chosen, file_filter

    monkeypatch.setattr(
        file_list_module.QFileDialog, "getOpenFileNames", staticmethod(get_open_file_names)
    )
    return calls


def test_files_chosen_in_the_file_dialog_are_listed_in_order(  # type: ignore[no-untyped-def]
    qtbot, host: Host, workbooks: list[Path], monkeypatch
) -> None:
    calls = choose_in_file_dialog(monkeypatch, [str(workbooks[1]), str(workbooks[0])])
    with qtbot.waitSignal(host.file_list.changed, timeout=1000):
        qtbot.mouseClick(host.add_button, Qt.MouseButton.LeftButton)
    assert host.shown() == ["bo.xlsx", "anna.xlsx"]
    assert host.file_list.files == [workbooks[1].resolve(), workbooks[0].resolve()]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert calls == [("Add files to import", documents, "Excel workbook (*.xlsx)")]


def test_a_file_added_again_is_listed_once(  # type: ignore[no-untyped-def]
    qtbot, host: Host, workbooks: list[Path], monkeypatch
) -> None:
    anna, bo, _ = workbooks
    # The same file by another way of writing its path is the same file.
    roundabout = anna.parent / ".." / anna.parent.name / anna.name
    choose_in_file_dialog(monkeypatch, [str(anna), str(bo), str(roundabout)])
    qtbot.mouseClick(host.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(host.add_button, Qt.MouseButton.LeftButton)
    assert host.shown() == ["anna.xlsx", "bo.xlsx"]

    # Adding only listed files still says the list changed: the dialog checks them again.
    with qtbot.waitSignal(host.file_list.changed, timeout=1000):
        host.file_list.add([bo])
    assert host.shown() == ["anna.xlsx", "bo.xlsx"]


def test_a_cancelled_file_dialog_adds_nothing(  # type: ignore[no-untyped-def]
    qtbot, host: Host, monkeypatch
) -> None:
    choose_in_file_dialog(monkeypatch, [])
    with qtbot.assertNotEmitted(host.file_list.changed):
        qtbot.mouseClick(host.add_button, Qt.MouseButton.LeftButton)
    assert host.shown() == []


def test_the_file_dialog_opens_in_the_folder_given(  # type: ignore[no-untyped-def]
    host: Host, workbooks: list[Path], monkeypatch
) -> None:
    calls = choose_in_file_dialog(monkeypatch, [str(workbooks[2])])
    folder = str(workbooks[2].parent)
    assert host.file_list.ask("Title", "Filter", folder) == [str(workbooks[2])]
    assert calls == [("Title", folder, "Filter")]


def test_delete_in_the_list_removes_the_selected_file(  # type: ignore[no-untyped-def]
    qtbot, host: Host, workbooks: list[Path]
) -> None:
    host.file_list.add(workbooks)
    host.view.setCurrentRow(1)
    host.view.setFocus()
    with qtbot.waitSignal(host.file_list.changed, timeout=1000):
        qtbot.keyClick(host.view, Qt.Key.Key_Delete)
    assert host.shown() == ["anna.xlsx", "cilla.xlsx"]
    assert host.file_list.files == [workbooks[0].resolve(), workbooks[2].resolve()]

    # Other keys still reach the list (Down moves the selection), and Delete elsewhere
    # edits that widget, not the list.
    qtbot.keyClick(host.view, Qt.Key.Key_Down)
    assert host.view.currentRow() == 1
    host.other.setText("x")
    host.other.setFocus()
    qtbot.keyClick(host.other, Qt.Key.Key_Home)
    qtbot.keyClick(host.other, Qt.Key.Key_Delete)
    assert host.other.text() == ""
    assert host.shown() == ["anna.xlsx", "cilla.xlsx"]


def test_removing_a_file_not_listed_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, host: Host, workbooks: list[Path]
) -> None:
    host.file_list.add(workbooks[:1])
    with qtbot.assertNotEmitted(host.file_list.changed):
        host.file_list.remove(workbooks[1].resolve())
    assert host.shown() == ["anna.xlsx"]


def test_the_list_cannot_be_changed_from_outside(host: Host, workbooks: list[Path]) -> None:
    host.file_list.add(workbooks[:1])
    host.file_list.files.append(workbooks[1])  # a copy: the list itself is untouched
    assert host.file_list.files == [workbooks[0].resolve()]


class Dialog(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.view = QListWidget(self)
        self.file_list = FileListInput(self)
        self.file_list.changed.connect(self.refresh)
        self.file_list.remove_on_delete_key(self.view, self.remove_selected)

    def refresh(self) -> None:
        pass

    def remove_selected(self) -> None:
        pass


def test_the_file_list_does_not_keep_its_dialog_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    # A dialog opened with WA_DeleteOnClose must lose its Python side when nothing else
    # holds it; a reference cycle through the file list would keep a dead wrapper around.
    dialog = Dialog()
    ref = weakref.ref(dialog)
    gc.disable()  # only plain reference counting may free it, not the cycle collector
    try:
        del dialog
        assert ref() is None
    finally:
        gc.enable()

"""The file list of the import dialogs: files added once each, Delete removes, the file and
folder dialogs, files and folders dropped from a file manager."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
        self.folder_button = QPushButton("Add folder", self)
        self.folder_button.clicked.connect(self.add_folder)
        self.note = QLabel(self)
        layout = QVBoxLayout(self)
        for widget in (self.add_button, self.folder_button, self.view, self.other, self.note):
            layout.addWidget(widget)
        self.file_list.remove_on_delete_key(self.view, self.remove_selected)
        self.file_list.accept_drops(self)

    def add_files(self) -> None:
        chosen = self.file_list.ask("Add files to import", "Excel workbook (*.xlsx)")
        if chosen:
            self.file_list.add(chosen)

    def add_folder(self) -> None:
        chosen = self.file_list.ask_folder("Add a folder")
        if chosen:
            self.file_list.add([chosen])

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
        self.note.setText(self.file_list.note)

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


# --- drag and drop from a file manager --------------------------------------------------------


def file_drag(*paths: Path | str) -> QMimeData:
    """What a file manager puts on a drag of these files and folders: their file URLs."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return data


def drag_and_drop(
    window: QWidget,
    over: QWidget,
    data: QMimeData,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> Qt.DropAction | None:
    """Drag `data` over the middle of `over` (a widget in `window`) and let go, as a user
    does from a file manager; the action the window took, or None if it refused the drag.

    The events go to the window's QWindow, as the platform's do, so Qt itself takes them
    to the widget under the cursor that takes drops, or up to the window. A refused drag
    (the cursor says so) is not dropped: Qt then gets a DragLeave.
    """
    handle = window.windowHandle()
    position = over.mapTo(window, over.rect().center())
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    button = Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(position, actions, data, button, modifiers)
    QApplication.sendEvent(handle, enter)
    move = QDragMoveEvent(position, actions, data, button, modifiers)
    QApplication.sendEvent(handle, move)
    if not (enter.isAccepted() and move.isAccepted()):
        QApplication.sendEvent(handle, QDragLeaveEvent())
        return None
    assert move.dropAction() == enter.dropAction()
    drop = QDropEvent(position.toPointF(), actions, data, button, modifiers)
    QApplication.sendEvent(handle, drop)
    assert drop.isAccepted()
    return drop.dropAction()


@pytest.fixture
def returned(tmp_path: Path) -> Path:
    """A folder as a coordinator has it: workbooks, other files, the lock files of an open
    workbook, a hidden copy, and a subfolder with workbooks of its own."""
    folder = tmp_path / "returned questionnaires"
    folder.mkdir()
    for name in (
        "Bo.xlsx",
        "anna.XLSX",
        "anna.pdf",
        "notes.csv",
        "~$anna.XLSX",  # Excel's, while anna.XLSX is open
        ".~lock.Bo.xlsx#",  # LibreOffice's, while Bo.xlsx is open
        ".hidden.xlsx",
    ):
        (folder / name).write_bytes(b"")
    (folder / "old round").mkdir()
    (folder / "old round" / "cilla.xlsx").write_bytes(b"")
    (folder / "sent.xlsx").mkdir()  # a folder, whatever its name says
    return folder


def test_a_workbook_dropped_on_the_window_is_listed(  # type: ignore[no-untyped-def]
    qtbot, host: Host, workbooks: list[Path]
) -> None:
    anna, bo, _ = workbooks
    with qtbot.waitSignal(host.file_list.changed, timeout=1000):
        action = drag_and_drop(host, host.view.viewport(), file_drag(bo))
    assert action == Qt.DropAction.CopyAction
    assert host.shown() == ["bo.xlsx"]
    assert host.file_list.files == [bo.resolve()]
    # Shift in a file manager proposes Move: still a copy, so the file manager keeps its
    # file. Dropped on another part of the window (the note), it is taken the same way.
    action = drag_and_drop(
        host, host.note, file_drag(anna, bo), modifiers=Qt.KeyboardModifier.ShiftModifier
    )
    assert action == Qt.DropAction.CopyAction
    assert host.shown() == ["bo.xlsx", "anna.xlsx"]
    assert host.note.text() == ""
    assert anna.exists()
    assert bo.exists()


def test_a_dropped_folder_adds_only_its_own_workbooks(  # type: ignore[no-untyped-def]
    qtbot, host: Host, returned: Path
) -> None:
    with qtbot.waitSignal(host.file_list.changed, timeout=1000):
        action = drag_and_drop(host, host.view.viewport(), file_drag(returned))
    assert action == Qt.DropAction.CopyAction
    # By name as a file manager sorts them; no lock file, hidden file or subfolder.
    assert host.shown() == ["anna.XLSX", "Bo.xlsx"]
    assert host.file_list.files == [
        (returned / name).resolve() for name in ("anna.XLSX", "Bo.xlsx")
    ]
    # The folder's other files were not chosen one by one: no note about them.
    assert host.note.text() == ""


def test_dropped_files_that_are_not_workbooks_are_skipped_with_a_note(  # type: ignore[no-untyped-def]
    qtbot, host: Host, returned: Path, workbooks: list[Path]
) -> None:
    others = [returned / name for name in ("anna.pdf", "notes.csv")]
    drag_and_drop(host, host.view.viewport(), file_drag(others[0], workbooks[0], others[1]))
    assert host.shown() == ["anna.xlsx"]
    assert host.note.text() == (
        "2 file(s) skipped: only Excel workbooks (.xlsx) can be imported (anna.pdf, notes.csv)."
    )
    # Lock files dropped one by one are no workbooks either; a long list is cut short.
    drag_and_drop(
        host,
        host.view.viewport(),
        file_drag(returned / "~$anna.XLSX", returned / ".~lock.Bo.xlsx#", workbooks[0], *others),
    )
    assert host.shown() == ["anna.xlsx"]
    assert host.note.text() == (
        "4 file(s) skipped: only Excel workbooks (.xlsx) can be imported "
        "(~$anna.XLSX, .~lock.Bo.xlsx#, anna.pdf, …)."
    )
    # The note is about the last change: removing a file clears it.
    host.view.setFocus()
    qtbot.keyClick(host.view, Qt.Key.Key_Delete)
    assert host.shown() == []
    assert host.note.text() == ""


def text_drag() -> QMimeData:
    data = QMimeData()
    data.setText("Bo.xlsx")
    return data


@pytest.mark.parametrize(
    "make_data",
    [
        pytest.param(lambda folder: file_drag(folder / "notes.csv"), id="no workbook"),
        pytest.param(
            lambda folder: file_drag(folder / "~$anna.XLSX", folder / "anna.pdf"),
            id="a lock file",
        ),
        pytest.param(lambda folder: _urls(QUrl("https://example.org/Bo.xlsx")), id="a web address"),
        pytest.param(lambda folder: text_drag(), id="text"),
    ],
)
def test_a_drag_without_a_workbook_or_folder_is_refused(  # type: ignore[no-untyped-def]
    qtbot, host: Host, returned: Path, make_data
) -> None:
    with qtbot.assertNotEmitted(host.file_list.changed):
        action = drag_and_drop(host, host.view.viewport(), make_data(returned))
    assert action is None  # the cursor says no drop
    assert host.shown() == []


def _urls(*urls: QUrl) -> QMimeData:
    data = QMimeData()
    data.setUrls(list(urls))
    return data


def test_a_web_address_dropped_with_a_workbook_is_skipped(  # type: ignore[no-untyped-def]
    host: Host, workbooks: list[Path]
) -> None:
    data = _urls(QUrl("https://example.org/shared/Bo.xlsx"), QUrl.fromLocalFile(str(workbooks[0])))
    assert drag_and_drop(host, host.view.viewport(), data) == Qt.DropAction.CopyAction
    assert host.shown() == ["anna.xlsx"]
    assert host.note.text() == (
        "1 file(s) skipped: only Excel workbooks (.xlsx) can be imported (Bo.xlsx)."
    )


def choose_in_folder_dialog(monkeypatch, chosen: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The folder dialog answers `chosen` ("" = cancelled); what it was opened with is
    recorded."""
    calls: list[tuple[str, str]] = []

    def get_existing_directory(parent, title, folder):  # type: ignore[no-untyped-def]
        calls.append((title, folder))
        return chosen

    monkeypatch.setattr(
        file_list_module.QFileDialog,
        "getExistingDirectory",
        staticmethod(get_existing_directory),
    )
    return calls


def test_a_folder_chosen_in_the_folder_dialog_adds_its_workbooks(  # type: ignore[no-untyped-def]
    qtbot, host: Host, returned: Path, monkeypatch
) -> None:
    calls = choose_in_folder_dialog(monkeypatch, str(returned))
    with qtbot.waitSignal(host.file_list.changed, timeout=1000):
        qtbot.mouseClick(host.folder_button, Qt.MouseButton.LeftButton)
    assert host.shown() == ["anna.XLSX", "Bo.xlsx"]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert calls == [("Add a folder", documents)]
    # The same folder again: listed once each.
    qtbot.mouseClick(host.folder_button, Qt.MouseButton.LeftButton)
    assert host.shown() == ["anna.XLSX", "Bo.xlsx"]
    # Opened in the folder given, when there is one.
    assert host.file_list.ask_folder("Title", str(returned.parent)) == str(returned)
    assert calls[-1] == ("Title", str(returned.parent))


def test_a_cancelled_folder_dialog_adds_nothing(  # type: ignore[no-untyped-def]
    qtbot, host: Host, monkeypatch
) -> None:
    choose_in_folder_dialog(monkeypatch, "")
    with qtbot.assertNotEmitted(host.file_list.changed):
        qtbot.mouseClick(host.folder_button, Qt.MouseButton.LeftButton)
    assert host.shown() == []


def test_a_folder_without_workbooks_says_so(  # type: ignore[no-untyped-def]
    qtbot, host: Host, returned: Path, monkeypatch
) -> None:
    choose_in_folder_dialog(monkeypatch, str(returned / "sent.xlsx"))
    with qtbot.waitSignal(host.file_list.changed, timeout=1000):
        qtbot.mouseClick(host.folder_button, Qt.MouseButton.LeftButton)
    assert host.shown() == []
    assert host.note.text() == "No Excel workbooks (.xlsx) in the folder sent.xlsx."


def test_a_folder_that_cannot_be_read_says_so(  # type: ignore[no-untyped-def]
    host: Host, returned: Path, workbooks: list[Path], monkeypatch
) -> None:
    # Tests run as root here, where no permission keeps a folder shut: refuse it as the
    # system would for a folder of another user.
    real_iterdir = Path.iterdir

    def iterdir(self: Path):  # type: ignore[no-untyped-def]
        if self == returned:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    drag_and_drop(host, host.view.viewport(), file_drag(returned, workbooks[1]))
    assert host.shown() == ["bo.xlsx"]  # what could be read is still added
    assert host.note.text() == (
        "The folder returned questionnaires could not be read. Check that it is still there "
        "and that you may open it."
    )


class Dialog(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.view = QListWidget(self)
        self.file_list = FileListInput(self)
        self.file_list.changed.connect(self.refresh)
        self.file_list.remove_on_delete_key(self.view, self.remove_selected)
        self.file_list.accept_drops(self)

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

"""The list of files an import dialog reads: chosen in a file or folder dialog or dropped on
the dialog, each listed once; a folder gives the Excel workbooks in it."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QFileInfo, QMimeData, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

# Names shown in the note about skipped files; more are summed up by the count.
NAMES_IN_NOTE = 3


def is_workbook_name(name: str) -> bool:
    """An Excel workbook's file name, and not one of the lock files Excel ("~$name.xlsx")
    and LibreOffice (".~lock.name.xlsx#") keep beside a workbook that is open."""
    return name.lower().endswith(".xlsx") and not name.startswith(("~$", ".~lock."))


def workbooks_in(folder: Path) -> list[Path]:
    """The workbooks directly in `folder`, by name, without hidden files. Subfolders are
    not searched: beside a folder of returned files they tend to hold older rounds or
    copies, which a coordinator adding "this folder" does not mean. Raises OSError."""
    found = [
        path
        for path in folder.iterdir()
        if is_workbook_name(path.name)
        and not path.name.startswith(".")
        and not QFileInfo(str(path)).isHidden()
        and path.is_file()
    ]
    return sorted(found, key=lambda path: (path.name.casefold(), path.name))


def _drop_action(event: QDropEvent) -> Qt.DropAction | None:
    """Copy, never Move: the files are only read, and a file manager told that they were
    moved could delete its own copies."""
    for action in (Qt.DropAction.CopyAction, Qt.DropAction.LinkAction):
        if event.possibleActions() & action:
            return action
    return None


def _droppable(data: QMimeData) -> bool:
    """Whether the dragged content holds at least one local workbook or folder."""
    for url in data.urls() if data.hasUrls() else ():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if is_workbook_name(path.name) or path.is_dir():
                return True
    return False


class FileListInput(QObject):
    """The files a dialog owns, in the order added; the dialog shows them in its own view.

    The dialog reacts to `changed` (checks the files again, redraws and shows `note`). The
    texts of its file and folder dialogs stay in the dialog, so they keep its translation
    context.
    """

    # After files were added or removed. Also after adding only files already listed: the
    # dialog then checks them again, as it always did, since the files may have changed.
    changed = Signal()
    # Delete was pressed in the view given to remove_on_delete_key.
    deletePressed = Signal()

    # No Python reference back to the dialog (only Qt's parent and signal connections): a
    # dialog closed with WA_DeleteOnClose then loses its wrapper at once, as without this.
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._files: list[Path] = []
        self._note = ""
        self._delete_view: QWidget | None = None
        # Weak: the drop target is the dialog itself (see above).
        self._drop_target: weakref.ref[QWidget] | None = None

    @property
    def files(self) -> list[Path]:
        """The listed files, resolved; a copy, so only add and remove change the list."""
        return list(self._files)

    @property
    def note(self) -> str:
        """What the last change left out and why (skipped files, an empty folder), in
        words for the dialog to show; empty when nothing was left out."""
        return self._note

    def add(self, paths: Iterable[Path | str]) -> None:
        """Add each workbook not listed yet (resolved first, so two spellings are one
        file) and, for a folder, the workbooks in it; other files are skipped and named
        in `note`."""
        self._add(paths, [])

    def _add(self, paths: Iterable[Path | str], skipped: list[str]) -> None:
        notes: list[str] = []
        for given in paths:
            path = Path(given)
            if path.is_dir():
                try:
                    found = workbooks_in(path)
                except OSError:
                    notes.append(
                        self.tr(
                            "The folder {folder} could not be read. Check that it is still "
                            "there and that you may open it."
                        ).format(folder=path.name or str(path))
                    )
                    continue
                if not found:
                    notes.append(
                        self.tr("No Excel workbooks (.xlsx) in the folder {folder}.").format(
                            folder=path.name or str(path)
                        )
                    )
                for file in found:
                    self._append(file)
            elif is_workbook_name(path.name):
                self._append(path)
            else:
                skipped.append(path.name or str(path))
        if skipped:
            names = ", ".join(skipped[:NAMES_IN_NOTE])
            if len(skipped) > NAMES_IN_NOTE:
                names += ", …"
            notes.insert(
                0,
                self.tr(
                    "%n file(s) skipped: only Excel workbooks (.xlsx) can be imported ({files}).",
                    "",
                    len(skipped),
                ).format(files=names),
            )
        self._note = " ".join(notes)
        self.changed.emit()

    def _append(self, path: Path) -> None:
        resolved = path.resolve()
        if resolved not in self._files:
            self._files.append(resolved)

    def remove(self, path: Path) -> None:
        if path in self._files:
            self._files.remove(path)
            self._note = ""
            self.changed.emit()

    def ask(self, title: str, file_filter: str, folder: str = "") -> list[str]:
        """The files chosen in a file dialog opened in `folder` (else Documents); [] if
        cancelled."""
        paths, _ = QFileDialog.getOpenFileNames(
            self._parent_widget(), title, self._start(folder), file_filter
        )
        return list(paths)

    def ask_folder(self, title: str, folder: str = "") -> str:
        """The folder chosen in a folder dialog opened in `folder` (else Documents); "" if
        cancelled."""
        return QFileDialog.getExistingDirectory(self._parent_widget(), title, self._start(folder))

    def _parent_widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    @staticmethod
    def _start(folder: str) -> str:
        return folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )

    def remove_on_delete_key(self, view: QWidget, remove: Callable[[], None]) -> None:
        """Delete in `view` runs `remove` (the dialog's Remove), as in a file manager."""
        self._delete_view = view
        self.deletePressed.connect(remove)
        view.installEventFilter(self)

    def accept_drops(self, widget: QWidget) -> None:
        """Workbooks and folders dragged from a file manager and dropped anywhere on
        `widget` (the dialog; drags over its children reach it too) are added as by add().
        The drag is accepted only when it holds a local workbook or folder, so the cursor
        says beforehand whether the drop would do anything."""
        self._drop_target = weakref.ref(widget)
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QDropEvent)
            and self._drop_target is not None
            and watched is self._drop_target()
        ):
            return self._on_drag_event(event)
        if (
            watched is self._delete_view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.deletePressed.emit()
            return True
        return super().eventFilter(watched, event)

    def _on_drag_event(self, event: QDropEvent) -> bool:
        """DragEnter and DragMove (QDropEvent subclasses) ask whether a drop would be
        taken; Drop adds the files."""
        action = _drop_action(event)
        if action is None or not _droppable(event.mimeData()):
            event.ignore()
            return True
        event.setDropAction(action)
        event.accept()
        if event.type() == QEvent.Type.Drop:
            paths: list[Path] = []
            skipped: list[str] = []
            for url in event.mimeData().urls():
                if url.isLocalFile():
                    paths.append(Path(url.toLocalFile()))
                else:  # a web address dragged along: nothing on this computer to read
                    skipped.append(url.fileName() or url.toDisplayString())
            self._add(paths, skipped)
        return True


class FileListDialog:
    """What an import dialog offers around its FileListInput: the files listed, and adding
    files, a folder or paths (its buttons, drops and tests call these).

    Mixed into a QDialog (listed first) that sets `file_list` and asks through `_ask_files`
    and `_ask_folder`, which tests replace: no file dialog in tests.
    """

    file_list: FileListInput

    def _ask_files(self) -> list[str]:
        raise NotImplementedError

    def _ask_folder(self) -> str:
        raise NotImplementedError

    @property
    def files(self) -> list[Path]:
        return self.file_list.files

    def add_files(self) -> None:
        chosen = self._ask_files()
        if chosen:
            self.add_paths(chosen)

    def add_folder(self) -> None:
        chosen = self._ask_folder()
        if chosen:
            self.add_paths([chosen])

    def add_paths(self, paths: Iterable[Path | str]) -> None:
        """Add files (each once; a folder gives its workbooks); the dialog checks them all
        again when the list says it changed."""
        self.file_list.add(paths)

"""The list of files an import dialog reads: chosen in a file dialog, each listed once."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget


class FileListInput(QObject):
    """The files a dialog owns, in the order added; the dialog shows them in its own view.

    The dialog reacts to `changed` (checks the files again and redraws). Its texts (file
    dialog title and filter) stay in the dialog, so they keep their translation context.
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
        self._delete_view: QWidget | None = None

    @property
    def files(self) -> list[Path]:
        """The listed files, resolved; a copy, so only add and remove change the list."""
        return list(self._files)

    def add(self, paths: Iterable[Path | str]) -> None:
        """Add each file not listed yet; resolved first, so two spellings are one file."""
        for path in paths:
            resolved = Path(path).resolve()
            if resolved not in self._files:
                self._files.append(resolved)
        self.changed.emit()

    def remove(self, path: Path) -> None:
        if path in self._files:
            self._files.remove(path)
            self.changed.emit()

    def ask(self, title: str, file_filter: str, folder: str = "") -> list[str]:
        """The files chosen in a file dialog opened in `folder` (else Documents); [] if
        cancelled."""
        start = folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        parent = self.parent()
        paths, _ = QFileDialog.getOpenFileNames(
            parent if isinstance(parent, QWidget) else None, title, start, file_filter
        )
        return list(paths)

    def remove_on_delete_key(self, view: QWidget, remove: Callable[[], None]) -> None:
        """Delete in `view` runs `remove` (the dialog's Remove), as in a file manager."""
        self._delete_view = view
        self.deletePressed.connect(remove)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._delete_view
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.deletePressed.emit()
            return True
        return super().eventFilter(watched, event)

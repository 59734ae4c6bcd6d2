"""File > Backups… and File > Save a copy…: the menu entries, restoring a backup into the open
window, and writing a copy of the data (the dialog loads when first used)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QFileDialog

from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.shared.settings import last_folder, remember_folder
from promise_tracker.gui.shared.window import FeatureHost, Menu, confirm, make_action, warn

if TYPE_CHECKING:
    from promise_tracker.gui.backups.backups_dialog import BackupsDialog
    from promise_tracker.services.backups import Backup

DATABASE_SUFFIX = ".sqlite"
# The settings key of the folder File > Save a copy… last wrote to.
COPY_FOLDER = "dataCopy"


class BackupActions(QObject):
    """Owns the backup actions of one window and the Backups dialog they open."""

    # Replaced by tests: no real message box, no file dialog, nothing opened for real.
    confirm = staticmethod(confirm)
    warn = staticmethod(warn)

    def __init__(self, host: FeatureHost) -> None:
        window = host.main_window()
        super().__init__(window)
        self.setObjectName("backupActions")
        self.host = host
        self.dialog: BackupsDialog | None = None  # the last one opened (for tests)
        self.backups_action = make_action(
            window,
            "backupsAction",
            self.tr("&Backups…"),
            self.show_backups,
            tip=self.tr("See the backups of your data and restore one"),
        )
        self.save_copy_action = make_action(
            window,
            "saveCopyAction",
            self.tr("&Save a copy…"),
            self.save_copy,
            tip=self.tr("Write a copy of all your data to a file, e.g. on a USB stick"),
        )
        menu = host.menu(Menu.FILE)
        menu.addSeparator()
        menu.addAction(self.backups_action)
        menu.addAction(self.save_copy_action)
        host.workspaceChanged.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        has_data = self.host.workspace is not None
        self.backups_action.setEnabled(has_data)
        self.save_copy_action.setEnabled(has_data)

    # --- File > Backups… -----------------------------------------------------------------

    def show_backups(self) -> BackupsDialog | None:
        workspace = self.host.workspace
        if workspace is None:
            return None
        from promise_tracker.gui.backups.backups_dialog import BackupsDialog

        dialog = BackupsDialog(
            workspace.paths,
            self.restore,
            self.back_up_now,
            self.open_backups_folder,
            self.host.main_window(),
        )
        self.dialog = dialog
        dialog.open()  # window-modal without a nested event loop
        return dialog

    def restore(self, backup: Backup) -> str | None:
        """After confirmation, put `backup` in place of the data and show it; the message
        saying what was done, or None when cancelled or refused (the reason is shown)."""
        from promise_tracker.gui.backups.backups_dialog import local_date_time
        from promise_tracker.gui.shared.progress import run_with_progress
        from promise_tracker.services.backups import describe_content, restore_backup
        from promise_tracker.services.workspace import open_workspace

        host = self.host
        workspace = host.workspace
        if workspace is None:
            return None
        window = self.dialog if self.dialog is not None else host.main_window()
        when = local_date_time(backup.created)
        text = self.tr(
            "Restore the backup of {date}?\n\nIt holds {content}. Your data is replaced by "
            "it: whatever was entered after {date} is no longer shown.\n\nYour data as it "
            "is now is first saved as a backup of its own (“Before restore” in this list), "
            "so you can go back to it."
        ).format(date=when, content=describe_content(backup.content))
        if not self.confirm(window, self.tr("Restore a backup"), text, self.tr("&Restore")):
            return None
        paths, packs, is_demo = workspace.paths, workspace.packs, host.is_demo
        # The database file is replaced: every connection of this window lets go first.
        released = host.release_workspace()
        if released is not None:
            released.close()
        error: PromiseTrackerError | None = None
        try:
            run_with_progress(
                window, self.tr("Restoring the backup…"), lambda: restore_backup(paths, backup.path)
            )
        except PromiseTrackerError as problem:
            error = problem
        try:
            # The restored data, or (after a refusal) the data as it was.
            host.attach_workspace(open_workspace(paths, packs), is_demo=is_demo)
        except PromiseTrackerError as problem:
            self.warn(window, str(problem))
            return None
        if error is not None:
            self.warn(window, str(error))
            return None
        message = self.tr(
            "Restored the backup of {date}. Your data as it was before is kept as a backup "
            "(“Before restore”)."
        ).format(date=when)
        host.show_status(message, 8000)
        return message

    def back_up_now(self) -> str | None:
        from promise_tracker.gui.shared.forms import busy_cursor
        from promise_tracker.services.backups import make_backup

        workspace = self.host.workspace
        if workspace is None:
            return None
        window = self.dialog if self.dialog is not None else self.host.main_window()
        try:
            with busy_cursor():
                made = make_backup(workspace.paths)
        except PromiseTrackerError as error:
            self.warn(window, str(error))
            return None
        return self.tr("Backed up to {file}.").format(file=made.name)

    def open_backups_folder(self) -> None:
        from promise_tracker.paths import make_private_folder

        workspace = self.host.workspace
        if workspace is None:
            return
        try:
            folder = make_private_folder(workspace.paths.backups_dir)
        except OSError:
            self.warn(
                self.host.main_window(),
                self.tr("The backups folder {folder} cannot be created.").format(
                    folder=workspace.paths.backups_dir
                ),
            )
            return
        self._open_url(QUrl.fromLocalFile(str(folder)))

    # --- File > Save a copy… ---------------------------------------------------------------

    def save_copy(self) -> Path | None:
        """Ask for a file and write a consistent copy of the data there; the file written."""
        from promise_tracker.gui.shared.progress import run_with_progress
        from promise_tracker.services.backups import save_copy

        host = self.host
        workspace = host.workspace
        if workspace is None:
            return None
        import datetime as dt  # what the first paint does not need loads when first used

        suggested = self.tr("PROMISE tracker copy {date}").format(date=dt.date.today().isoformat())
        chosen = self._ask_save_path(suggested + DATABASE_SUFFIX)
        if not chosen:
            return None
        path = Path(chosen)
        # The file dialog asked before replacing the file it returned, and only that one.
        overwrite = path.exists()
        if not path.suffix:
            path = path.with_name(path.name + DATABASE_SUFFIX)
            overwrite = False
        paths = workspace.paths
        window = host.main_window()
        try:
            written = run_with_progress(
                window,
                self.tr("Saving a copy of your data…"),
                lambda: save_copy(paths, path, overwrite=overwrite),
            )
        except PromiseTrackerError as error:
            self.warn(window, str(error))
            return None
        host.show_status(
            self.tr("A copy of your data was saved to {file}.").format(file=written), 8000
        )
        return written

    # Separate methods, so tests replace them.
    def _ask_save_path(self, suggested_name: str) -> str:
        # The folder of the last copy (remembered across sessions), else the documents.
        folder = last_folder(self.host.settings, COPY_FOLDER)
        path, _ = QFileDialog.getSaveFileName(
            self.host.main_window(),
            self.tr("Save a copy of your data"),
            str(folder / suggested_name),
            self.tr("PROMISE tracker data (*.sqlite)"),
        )
        if path:
            remember_folder(self.host.settings, COPY_FOLDER, Path(path).parent)
        return path

    def _open_url(self, url: QUrl) -> None:
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(url)


def install(host: FeatureHost) -> BackupActions:
    """Add File > Backups… and File > Save a copy… to the host's File menu."""
    return BackupActions(host)

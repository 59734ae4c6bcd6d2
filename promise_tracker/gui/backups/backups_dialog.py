"""File > Backups…: the backups of the user's data, newest first, with what each holds; restore
one, back up now, or open the backups folder."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.gui.shared.accessibility import announce, content_label
from promise_tracker.gui.shared.forms import action_and_close_buttons, format_date, with_shortcut
from promise_tracker.gui.shared.table_rows import RIGHT, Cell, Row, RowsModel

if TYPE_CHECKING:
    import datetime as dt

    from promise_tracker.paths import AppPaths
    from promise_tracker.services.backups import Backup, BackupKind

COLUMN_WHEN, COLUMN_KIND, COLUMN_SIZE, COLUMN_UNITS, COLUMN_ROUNDS, COLUMN_ANSWERS = range(6)


def local_date_time(when: dt.datetime) -> str:
    """A date as every date in the app is shown, and the time in the user's locale (short
    format, with seconds left out)."""
    time = QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(when.date())} {time}"


class BackupsDialog(QDialog):
    """Lists the backups; the actions (restore, back up now) are done by the caller's
    functions, which return a message to show (or None when nothing was done)."""

    def __init__(
        self,
        paths: AppPaths,
        restore: Callable[[Backup], str | None],
        back_up_now: Callable[[], str | None],
        open_folder: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.paths = paths
        self._restore = restore
        self._back_up_now = back_up_now
        self._open_folder = open_folder
        self.backups: list[Backup] = []

        intro = QLabel(
            self.tr(
                "Your data is backed up when PROMISE tracker starts (if anything changed since "
                "the last backup), before an upgrade and before a restore. The backups are "
                "kept in {folder}."
            ).format(folder=paths.backups_dir),
            self,
        )
        intro.setObjectName("backupsIntroLabel")
        content_label(intro, self.tr("About the backups"))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = RowsModel(
            [
                self.tr("Date and time"),
                self.tr("Kind"),
                self.tr("Size"),
                self.tr("Units"),
                self.tr("Rounds"),
                self.tr("Answers"),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        self.table.setCornerButtonEnabled(False)
        header = self.table.horizontalHeader()
        header.setObjectName("backupsTableHeader")
        header.setAccessibleName(self.tr("Columns of the backups list"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty_label = QLabel(self.tr("There are no backups yet."), self)
        self.empty_label.setObjectName("backupsEmptyLabel")
        content_label(self.empty_label, self.tr("No backups"))

        self.result_label = QLabel(self)
        self.result_label.setObjectName("backupsResultLabel")
        content_label(self.result_label, self.tr("What was done"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        restore_text = self.tr("&Restore…")
        self.restore_button = QPushButton(restore_text, self)
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setAccessibleName(restore_text.replace("&", ""))
        self.restore_button.setAccessibleDescription(self.tr("Restore the chosen backup"))
        self.restore_button.setToolTip(
            with_shortcut(
                self.tr("Put the chosen backup in place of your data (asks first)."), restore_text
            )
        )
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_selected)

        now_text = self.tr("&Back up now")
        self.back_up_button = QPushButton(now_text, self)
        self.back_up_button.setObjectName("backUpNowButton")
        self.back_up_button.setAccessibleName(self.tr("Back up now"))
        self.back_up_button.setToolTip(
            with_shortcut(self.tr("Make a backup of your data as it is now."), now_text)
        )
        self.back_up_button.setAutoDefault(False)
        self.back_up_button.clicked.connect(self.back_up_now)

        folder_text = self.tr("&Open folder")
        self.open_folder_button = QPushButton(folder_text, self)
        self.open_folder_button.setObjectName("openBackupsFolderButton")
        self.open_folder_button.setAccessibleName(folder_text.replace("&", ""))
        self.open_folder_button.setAccessibleDescription(self.tr("Open the backups folder"))
        self.open_folder_button.setToolTip(
            with_shortcut(self.tr("Show the backups folder in the file manager."), folder_text)
        )
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(lambda: self._open_folder())

        self.buttons, _close = action_and_close_buttons(
            self, self.restore_button, QDialogButtonBox.ButtonRole.ActionRole, "backupsCloseButton"
        )
        self.buttons.setObjectName("backupsButtons")
        row = QHBoxLayout()
        row.addWidget(self.back_up_button)
        row.addWidget(self.open_folder_button)
        row.addStretch(1)
        row.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.result_label)
        layout.addLayout(row)

        # In the order shown; the button box's buttons are left where the box put them (it
        # forwards the focus to its first button: moved before the box, Tab from Close went
        # back to Restore).
        self.setTabOrder(self.table, self.back_up_button)
        self.setTabOrder(self.back_up_button, self.open_folder_button)
        self.resize(self.fontMetrics().averageCharWidth() * 110, 460)
        self.reload()
        self.table.setFocus()

    # --- the list -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the backups folder again; the chosen backup stays chosen."""
        from promise_tracker.services.backups import list_backups

        chosen = self.selected()
        self.backups = list_backups(self.paths)
        self.model.set_rows([self._row(backup) for backup in self.backups])
        self.empty_label.setVisible(not self.backups)
        number = self.model.row_of(str(chosen.path)) if chosen else -1
        if self.backups:
            self.table.selectRow(max(number, 0))
        self._update_buttons()

    def _row(self, backup: Backup) -> Row:
        locale = QLocale()
        content = backup.content
        unreadable = self.tr("This backup cannot be read: it is damaged or not PROMISE data.")

        def number(value: int | None) -> Cell:
            if value is None:
                return Cell("–", unreadable, align=RIGHT)
            return Cell(locale.toString(value), align=RIGHT)

        return Row(
            str(backup.path),
            (
                Cell(local_date_time(backup.created), str(backup.path)),
                Cell(self.kind_text(backup.kind)),
                Cell(locale.formattedDataSize(backup.size), align=RIGHT),
                number(content.units if content else None),
                number(content.rounds if content else None),
                number(content.answers if content else None),
            ),
        )

    def kind_text(self, kind: BackupKind) -> str:
        from promise_tracker.services.backups import BackupKind

        texts = {
            BackupKind.SESSION: self.tr("Session start"),
            BackupKind.MANUAL: self.tr("Manual"),
            BackupKind.BEFORE_UPGRADE: self.tr("Before upgrade"),
            BackupKind.BEFORE_RESTORE: self.tr("Before restore"),
            BackupKind.DAMAGED: self.tr("Damaged data set aside"),
        }
        return texts[kind]

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        key = self.model.key(rows[0].row())
        return next((backup for backup in self.backups if str(backup.path) == key), None)

    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.content is not None)

    # --- actions ------------------------------------------------------------------------

    def restore_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None or chosen.content is None:
            return False
        message = self._restore(chosen)
        if message is None:
            return False
        self._show_result(message)
        self.reload()
        return True

    def back_up_now(self) -> bool:
        message = self._back_up_now()
        if message is None:
            return False
        self._show_result(message)
        self.reload()
        if self.backups:
            self.table.selectRow(0)  # the newest: the one just made
        return True

    def _show_result(self, message: str) -> None:
        self.result_label.setText(message)
        self.result_label.show()
        announce(self.result_label, message)

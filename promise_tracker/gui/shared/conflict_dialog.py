"""When a change meets one saved elsewhere meanwhile (another window or computer): both side by
side, and the user decides which to keep. Nothing is overwritten without this question."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields, is_dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.errors import ConflictError

Record = TypeVar("Record")

# Fields that identify a record or count its versions: never shown as a difference.
_HIDDEN = frozenset({"id", "version", "round_id", "unit_id", "criterion_id", "respondent_id"})


def field_labels() -> dict[str, str]:
    """The names of the fields people edit, as the dialog shows them."""
    return {
        "value": QCoreApplication.translate("ConflictDialog", "Answer"),
        "note": QCoreApplication.translate("ConflictDialog", "Note"),
        "na_justification": QCoreApplication.translate("ConflictDialog", "Why not applicable"),
        "flagged": QCoreApplication.translate("ConflictDialog", "Flagged for discussion"),
        "dissent": QCoreApplication.translate("ConflictDialog", "Dissenting view"),
        "name": QCoreApplication.translate("ConflictDialog", "Name"),
        "country": QCoreApplication.translate("ConflictDialog", "Country"),
        "region": QCoreApplication.translate("ConflictDialog", "Region"),
        "lead_agency": QCoreApplication.translate("ConflictDialog", "Lead agency"),
        "year_opened": QCoreApplication.translate("ConflictDialog", "Opened"),
        "title": QCoreApplication.translate("ConflictDialog", "Title"),
        "date": QCoreApplication.translate("ConflictDialog", "Date"),
        "status": QCoreApplication.translate("ConflictDialog", "Status"),
        "alias": QCoreApplication.translate("ConflictDialog", "Alias"),
        "perspective": QCoreApplication.translate("ConflictDialog", "Perspective"),
        "agency": QCoreApplication.translate("ConflictDialog", "Agency"),
        "description": QCoreApplication.translate("ConflictDialog", "Description"),
    }


def differences(
    mine: object, theirs: object | None, show: Callable[[str, object], str] | None = None
) -> list[tuple[str, str, str]]:
    """(field label, my value, their value) for each edited field in which the two differ."""
    if not is_dataclass(mine):
        return []
    labels = field_labels()
    shown = show or (lambda _name, value: _plain(value))
    rows = []
    for item in fields(mine):
        if item.name in _HIDDEN or not item.compare:
            continue
        mine_value = getattr(mine, item.name)
        their_value = getattr(theirs, item.name) if theirs is not None else None
        if mine_value != their_value:
            label = labels.get(item.name, item.name)
            rows.append((label, shown(item.name, mine_value), shown(item.name, their_value)))
    return rows


def _plain(value: object) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("ConflictDialog", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ConflictDialog", "Yes")
            if value
            else QCoreApplication.translate("ConflictDialog", "No")
        )
    return str(getattr(value, "value", value))


class ConflictDialog(QDialog):
    """Shows my change and the one saved elsewhere; Keep mine or Keep theirs."""

    def __init__(
        self, message: str, rows: Sequence[tuple[str, str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(QCoreApplication.translate("ConflictDialog", "Changed elsewhere"))
        self.keep_mine = False
        intro = QLabel(
            message
            + "\n\n"
            + QCoreApplication.translate(
                "ConflictDialog",
                "Compare the two and choose which to keep. Keeping yours saves it over the "
                "other change; keeping theirs shows what was saved elsewhere.",
            ),
            self,
        )
        intro.setObjectName("conflictMessage")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(
            QCoreApplication.translate("ConflictDialog", "Your change and the one saved elsewhere")
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ConflictDialog", "What"),
                QCoreApplication.translate("ConflictDialog", "Yours"),
                QCoreApplication.translate("ConflictDialog", "Saved elsewhere"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(self)
        self.mine_button = QPushButton(
            QCoreApplication.translate("ConflictDialog", "Keep &mine"), self
        )
        self.mine_button.setObjectName("keepMineButton")
        self.theirs_button = QPushButton(
            QCoreApplication.translate("ConflictDialog", "Keep &theirs"), self
        )
        self.theirs_button.setObjectName("keepTheirsButton")
        # Theirs is the safe default: Enter or Esc never overwrites someone's saved work.
        self.theirs_button.setDefault(True)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.mine_button.clicked.connect(self._choose_mine)
        self.theirs_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Rows as tall as their wrapped text at the columns' widths once laid out.
        QTimer.singleShot(0, self, self._fit_rows)  # not after the dialog is gone

    def _fit_rows(self) -> None:
        self.table.resizeRowsToContents()

    def _choose_mine(self) -> None:
        self.keep_mine = True
        self.accept()


# Tests replace this to answer the dialog; the app shows it modally.
def ask_keep_mine(
    parent: QWidget | None, message: str, rows: Sequence[tuple[str, str, str]]
) -> bool:
    """Ask which change to keep; True to keep mine."""
    dialog = ConflictDialog(message, rows, parent)
    try:
        dialog.exec()
        return dialog.keep_mine
    finally:
        dialog.deleteLater()


def save_resolving_conflicts(
    parent: QWidget | None,
    save: Callable[[Record], Record],
    mine: Record,
    rebase: Callable[[Record, Record], Record],
    show: Callable[[str, object], str] | None = None,
) -> Record | None:
    """Save `mine`; if the record changed elsewhere meanwhile, show both and ask.

    `rebase(mine, theirs)` gives my change on top of what is stored now (e.g. with theirs'
    version). Returns what was saved, or theirs when the user kept theirs (None when the record
    is gone). Other errors are raised as they are.
    """
    attempt = mine
    for _ in range(3):
        try:
            return save(attempt)
        except ConflictError as conflict:
            theirs = conflict.current
            rows = differences(mine, theirs, show)
            if theirs is None or not ask_keep_mine(parent, conflict.message, rows):
                return theirs  # type: ignore[return-value]
            attempt = rebase(mine, theirs)  # type: ignore[arg-type]
    return None


def labels_by_value(options: Mapping[str, str]) -> Callable[[str, object], str]:
    """A `show` for `differences` that names answer ids by their labels."""

    def show(name: str, value: object) -> str:
        if name == "value" and isinstance(value, str):
            return options.get(value, value)
        return _plain(value)

    return show

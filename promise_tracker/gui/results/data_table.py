"""A chart's numbers as a table: what a screen reader reads instead of the picture, and what a
user copies into a spreadsheet (Ctrl+C copies the selection as tab-separated text)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from promise_tracker.charts.tables import Cell, ChartTable
from promise_tracker.gui.shared.forms import format_date


def percent_text(value: float) -> str:
    """A percent with at most one decimal, in the user's language: "78", "77.8" or "77,8"."""
    rounded = round(value, 1)
    return QLocale().toString(rounded, "f", 0 if rounded.is_integer() else 1)


def cell_text(cell: Cell) -> str:
    """A cell as shown: percents with at most one decimal in the user's language, dates as
    every date of the interface, texts as they are."""
    if isinstance(cell, dt.date):
        return format_date(cell)
    if isinstance(cell, float):
        return percent_text(cell)
    return cell


class ChartDataTable(QTableWidget):
    """Read-only table of one chart's numbers, with column headers; copy and select all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartDataTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)  # row numbers mean nothing here
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table: ChartTable | None = None

        self.copy_action = QAction(self)
        self.copy_action.setObjectName("copyDataAction")
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.select_all_action = QAction(self)
        self.select_all_action.setObjectName("selectAllDataAction")
        self.select_all_action.setShortcut(QKeySequence.StandardKey.SelectAll)
        self.select_all_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.select_all_action.triggered.connect(self.selectAll)
        self.addAction(self.copy_action)
        self.addAction(self.select_all_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._retranslate()

    def set_table(self, table: ChartTable, chart_name: str, *, stretch_first: bool = True) -> None:
        """Show `table`; the chart's name names the table for assistive technology.

        With `stretch_first` the first column (long names) takes the width the numbers leave
        and shortens its texts; otherwise every column is as wide as its texts.
        """
        self.table = table
        self.clear()
        self.setColumnCount(len(table.headers))
        self.setRowCount(len(table.rows))
        self.setHorizontalHeaderLabels(list(table.headers))
        for row, cells in enumerate(table.rows):
            for column, cell in enumerate(cells):
                text = cell_text(cell)
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the first column may be shortened to fit
                if isinstance(cell, float):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)
        # The numbers keep their width; the first column (the names) takes what is left and
        # shortens its texts with "…" rather than pushing the numbers out of sight.
        header = self.horizontalHeader()
        for column in range(self.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == 0 and stretch_first
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.setAccessibleName(self.tr("{chart}: data table").format(chart=chart_name))
        if self.rowCount() and self.columnCount():
            # The first Tab into the table reads a cell, without selecting it.
            self.selectionModel().setCurrentIndex(
                self.model().index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def selection_text(self) -> str:
        """The selected cells as tab-separated lines, as a spreadsheet pastes them; with the
        column headers when whole columns are selected (e.g. after Select all)."""
        indexes = self.selectedIndexes()
        if not indexes:
            return ""
        rows = sorted({index.row() for index in indexes})
        columns = sorted({index.column() for index in indexes})
        chosen = {(index.row(), index.column()) for index in indexes}
        lines = []
        if len(rows) == self.rowCount():
            headers = [self.horizontalHeaderItem(column) for column in columns]
            lines.append("\t".join(h.text() if h else "" for h in headers))
        for row in rows:
            texts = []
            for column in columns:
                item = self.item(row, column)
                texts.append(item.text() if item and (row, column) in chosen else "")
            lines.append("\t".join(texts))
        return "\n".join(lines)

    def all_text(self) -> str:
        """The whole table, headers first, as tab-separated lines."""
        headers = [self.horizontalHeaderItem(c) for c in range(self.columnCount())]
        lines = ["\t".join(h.text() if h else "" for h in headers)]
        for row in range(self.rowCount()):
            items = [self.item(row, column) for column in range(self.columnCount())]
            lines.append("\t".join(item.text() if item else "" for item in items))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        """Put the selected cells on the clipboard as tab-separated text."""
        text = self.selection_text()
        if text:
            QApplication.clipboard().setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The view's own Ctrl+C copies one cell only; copy the whole selection instead.
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def _retranslate(self) -> None:
        self.copy_action.setText(self.tr("&Copy"))
        self.select_all_action.setText(self.tr("Select &all"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

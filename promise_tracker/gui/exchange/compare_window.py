"""The coordinators' Compare window: read many units' export files and compare them side by side.

Reading runs on a worker thread (progress and cancel); the comparison itself comes from
`exchange.compare.compare`, which the window only shows in read-only table models. A file
refused for want of its password is asked for on the GUI thread once reading ends, and read
again on a worker thread with the password given.

Given the open data (the app shell hands over a way to reach it), the window also adds the
units of that database, each on the round the user chooses (`services.network_compare`), read
on a worker thread too: on a network's server, every unit the user's sign-in may read. They
sit beside any files in the same tables; adding them again replaces them (read afresh).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.errors import PromiseTrackerError
from promise_tracker.exchange.compare import (
    ACCEPTED,
    BARRIER_KINDS,
    CHECKSUM_MISMATCH,
    DUPLICATE,
    EXCLUDED,
    FILTERED,
    INCOMPLETE,
    NOT_FOUND,
    OTHER_PACK,
    OTHER_PACK_VERSION,
    PASSWORD_NEEDED,
    WRONG_FORMAT,
    Comparison,
    ExportSummary,
    ReadCancelledError,
    compare,
    read_many,
)
from promise_tracker.exchange.names import barrier_kind_name
from promise_tracker.gui.shared.accessibility import announce, content_label
from promise_tracker.gui.shared.action_dialog import lead_agency_text, short_statement, status_label
from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.shared.look import contrast_ratio, set_secondary_text
from promise_tracker.gui.shared.passwords import PasswordKeeper, ask_file_password
from promise_tracker.gui.shared.window import close_on_escape, confirm
from promise_tracker.services.network_compare import (
    NO_ROUND,
    PACK_MISSING,
    RoundChoice,
    database_label,
    read_database_summaries,
)

if TYPE_CHECKING:
    from promise_tracker.services.workspace import Workspace
    from promise_tracker.standards.registry import PackRegistry

_ROOT = QModelIndex()
ValueRole = Qt.ItemDataRole.UserRole + 1  # the raw value of a cell (a percent as a float)

# A colour-blind-safe sequential scale (ColorBrewer YlGnBu): light is low, dark is high.
# The number is always written in the cell too, so the colour never carries meaning alone.
HEAT_SCALE = ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84")


def heat_colour(percent: float) -> QColor:
    """The scale's colour for 0..100 %, interpolated between its steps."""
    position = max(0.0, min(100.0, percent)) / 100 * (len(HEAT_SCALE) - 1)
    low = int(position)
    high = min(low + 1, len(HEAT_SCALE) - 1)
    fraction = position - low
    one, two = QColor(HEAT_SCALE[low]), QColor(HEAT_SCALE[high])
    return QColor.fromRgbF(
        one.redF() + (two.redF() - one.redF()) * fraction,
        one.greenF() + (two.greenF() - one.greenF()) * fraction,
        one.blueF() + (two.blueF() - one.blueF()) * fraction,
    )


# Overdue actions: a warm tint with dark text (as in the unit's action plan), besides the
# mark and the words in the due date's cell.
OVERDUE_BACKGROUND = "#ffe4c4"


def natural_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """Sorts "BQS-2.1-01" before "BQS-10.1-01": numbers by value, the rest by letters."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.split(r"(\d+)", text)
        if part
    )


def two_lines(text: str) -> str:
    """A long heading broken at the space that best balances two lines, so that narrow
    columns of counts keep their whole heading in sight (the header grows to two lines)."""
    words = text.split()
    if len(text) <= 12 or len(words) < 2:
        return text
    best = min(
        range(1, len(words)),
        key=lambda cut: max(len(" ".join(words[:cut])), len(" ".join(words[cut:]))),
    )
    return f"{' '.join(words[:best])}\n{' '.join(words[best:])}"


def _readable_text_on(background: QColor) -> QColor:
    black, white = QColor("#000000"), QColor("#ffffff")
    return (
        black if contrast_ratio(black, background) >= contrast_ratio(white, background) else white
    )


@dataclass(frozen=True)
class Cell:
    text: str
    value: object = None
    background: QColor | None = None
    tooltip: str = ""


class ComparisonTableModel(QAbstractTableModel):
    """A read-only table of prepared cells: every result tab and the files list use one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._header_tips: list[str] = []
        self._rows: list[list[Cell]] = []

    def set_table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        header_tips: Sequence[str] = (),
    ) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._header_tips = list(header_tips) or [""] * len(headers)
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if index.column() >= len(row):
            return None
        cell = row[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == ValueRole:
            return cell.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell.background
        if role == Qt.ItemDataRole.ForegroundRole and cell.background is not None:
            return _readable_text_on(cell.background)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(cell.value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def column_texts(self, column: int) -> list[str]:
        return [row[column].text for row in self._rows]

    def cell(self, row: int, column: int) -> Cell | None:
        if 0 <= row < len(self._rows) and 0 <= column < len(self._rows[row]):
            return self._rows[row][column]
        return None


class ComparisonSortModel(QSortFilterProxyModel):
    """Sorts a ComparisonTableModel by its cells' values (numbers as numbers, dates as
    dates, texts ignoring case); cells without a value come after the others."""

    def lessThan(
        self,
        source_left: QModelIndex | QPersistentModelIndex,
        source_right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ComparisonTableModel):
            return super().lessThan(source_left, source_right)
        left = model.cell(source_left.row(), source_left.column())
        right = model.cell(source_right.row(), source_right.column())
        one, two = self._order(left), self._order(right)
        try:
            return bool(one < two)
        except TypeError:  # values of different kinds in one column: compare their texts
            return (left.text if left else "").casefold() < (right.text if right else "").casefold()

    @staticmethod
    def _order(cell: Cell | None) -> tuple[int, Any]:
        value = None if cell is None else cell.value
        if value is None:
            return (1, 0)
        if isinstance(value, str):
            return (0, value.casefold())
        return (0, value)


class AliasModel(QAbstractTableModel):
    """Unit name -> alias; the alias column is editable and `aliasesChanged` tells the window."""

    aliasesChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._units: list[tuple[str, str]] = []  # (unit id, unit name)
        self._aliases: dict[str, str] = {}

    def set_units(self, units: Sequence[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._units = list(units)
        self.endResetModel()

    def aliases(self) -> dict[str, str]:
        known = {unit_id for unit_id, _ in self._units}
        return {k: v for k, v in self._aliases.items() if k in known and v}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Unit")
        if section == 1:
            return self.tr("Alias (shown instead)")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or index.row() >= len(self._units):
            return None
        unit_id, name = self._units[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return name if index.column() == 0 else self._aliases.get(unit_id, "")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return self.tr("Double-click or press F2 to type another name for this unit")
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        unit_id = self._units[index.row()][0]
        alias = str(value or "").strip()
        if self._aliases.get(unit_id, "") == alias:
            return False
        self._aliases[unit_id] = alias
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        self.aliasesChanged.emit()
        return True


class ReadWorker(QObject):
    """Reads export files on a worker thread; talks to the window only through signals."""

    progress = Signal(int, int)  # files read, files in all
    read = Signal(object)  # list[ExportSummary]
    cancelled = Signal()
    failed = Signal(str)
    done = Signal()

    def __init__(self, paths: Sequence[Path], passwords: Sequence[str] = ()) -> None:
        super().__init__()
        self._paths = list(paths)
        self._passwords = list(passwords)
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Safe from any thread: reading stops before the next file."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        try:
            summaries = read_many(
                self._paths, self.progress.emit, self._stop.is_set, passwords=self._passwords
            )
        except ReadCancelledError:
            self.cancelled.emit()
        except OSError as error:  # e.g. a folder that cannot be listed
            self.failed.emit(str(error))
        else:
            self.read.emit(summaries)
        finally:
            self.done.emit()


class DatabaseReadWorker(QObject):
    """Reads the units of the open database on a worker thread (signals as ReadWorker's)."""

    progress = Signal(int, int)
    read = Signal(object)  # list[ExportSummary]
    cancelled = Signal()
    failed = Signal(str)
    done = Signal()

    def __init__(self, workspace: Workspace, choice: RoundChoice, language: str) -> None:
        super().__init__()
        self._workspace = workspace
        self._choice = choice
        self._language = language
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Safe from any thread: what is read is then dropped."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        try:
            summaries = read_database_summaries(
                self._workspace.database,
                self._workspace.packs,
                self._choice,
                language=self._language,
            )
        except PromiseTrackerError as error:  # the server gone, a permission refused...
            self.failed.emit(str(error))
        else:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.read.emit(summaries)
        finally:
            self.done.emit()


class CompareWindow(QMainWindow):
    """Coordinators add export files (or the units of the open database), set aliases and
    filters, and see the units compared."""

    readFinished = Signal()  # reading ended: read, cancelled or failed
    comparisonChanged = Signal()

    def __init__(
        self,
        packs: PackRegistry | None = None,
        language: str = "en",
        parent: QWidget | None = None,
        workspace: Callable[[], Workspace | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareWindow")
        # The open data, when the window may add its units (asked each time: it may change).
        self.workspace = workspace
        self.setWindowTitle(self.tr("Compare units"))
        # Esc closes the window as it closes a dialog, but asks first once files are read:
        # a coordinator's list of files and aliases is not kept.
        close_on_escape(self, self._close_by_escape)
        self.packs = packs
        self.language = language
        self.summaries: list[ExportSummary] = []
        self.comparison: Comparison | None = None
        self.last_progress = (0, 0)
        self._thread: QThread | None = None
        self._worker: ReadWorker | DatabaseReadWorker | None = None
        self._reading_database = False
        self._message = ""  # how the last read ended, if not simply with the files added
        # Passwords that opened a file, for the window's life (in memory only).
        self.passwords = PasswordKeeper()
        # The password the running read tries on the locked files; None: reading new files.
        self._trying: str | None = None
        self._unlocking = True  # False once a read was cancelled or failed

        self.files_model = ComparisonTableModel(self)
        self.alias_model = AliasModel(self)
        self.units_model = ComparisonTableModel(self)
        self.stats_model = ComparisonTableModel(self)
        self.unmet_model = ComparisonTableModel(self)
        self.ranking_model = ComparisonTableModel(self)
        self.trends_model = ComparisonTableModel(self)
        self.barriers_model = ComparisonTableModel(self)
        self.actions_model = ComparisonTableModel(self)
        self._build()
        self.alias_model.aliasesChanged.connect(self.refresh)
        self.refresh()
        self._set_busy(False)

    def _set_status(self, text: str) -> None:
        """Show what the window is doing or has done, and have a screen reader say it."""
        self.status_label.setText(text)
        if text and self.isVisible():
            announce(self.status_label, text)

    # --- building --------------------------------------------------------------------------

    def _button(self, name: str, text: str, tip: str, shortcut: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("…", "").replace("&", ""))
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            shown = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            tip = self.tr("{tip} ({shortcut})").format(tip=tip, shortcut=shown)
        button.setToolTip(tip)
        return button

    def _table(self, name: str, accessible: str, model: QAbstractItemModel) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(False)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)  # Tab moves on to the next control
        view.horizontalHeader().setHighlightSections(False)
        return view

    def _build(self) -> None:
        self.add_files_button = self._button(
            "addFilesButton",
            self.tr("Add files…"),
            self.tr("Add export files to compare"),
            "Ctrl+O",
        )
        self.add_folder_button = self._button(
            "addFolderButton",
            self.tr("Add folder…"),
            self.tr("Add every export file (.xlsx) of a folder"),
            "Ctrl+Shift+O",
        )
        self.add_database_button = self._button(
            "addDatabaseButton",
            self.tr("Add units in this database…"),
            self.tr(
                "Add every unit of the open database you may read (on a network's server, "
                "every unit your sign-in reaches), each on the round you choose"
            ),
            "Ctrl+Shift+D",
        )
        self.add_database_button.setVisible(self.workspace is not None)
        self.remove_button = self._button(
            "removeFilesButton",
            self.tr("Remove"),
            self.tr("Remove the selected files from the comparison (Delete)"),
        )
        self.export_button = self._button(
            "exportComparisonButton",
            self.tr("Export comparison…"),
            self.tr("Save the comparison as an Excel workbook"),
            "Ctrl+E",
        )
        self.cancel_button = self._button(
            "cancelReadButton", self.tr("Cancel"), self.tr("Stop reading the files"), "Esc"
        )
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("readProgress")
        self.progress_bar.setAccessibleName(self.tr("Reading files"))
        self.progress_bar.setFormat(self.tr("%v of %m files"))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("compareStatus")
        content_label(self.status_label, self.tr("Status"))
        # Wrapped rather than widening the window past a small screen (1024x600).
        self.status_label.setWordWrap(True)

        self.add_files_button.clicked.connect(self.on_add_files)
        self.add_folder_button.clicked.connect(self.on_add_folder)
        self.add_database_button.clicked.connect(self.on_add_database)
        self.remove_button.clicked.connect(self.on_remove_files)
        self.export_button.clicked.connect(self.on_export)
        self.cancel_button.clicked.connect(self.on_cancel)

        bar = QHBoxLayout()
        for widget in (
            self.add_files_button,
            self.add_folder_button,
            self.add_database_button,
            self.remove_button,
        ):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.progress_bar, 1)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.status_label, 2)
        bar.addWidget(self.export_button)

        # Left: files, aliases, filters.
        self.files_view = self._table("filesTable", self.tr("Files"), self.files_model)
        self.files_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_view.horizontalHeader().setStretchLastSection(True)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.files_view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.on_remove_files)
        self.aliases_view = self._table("aliasesTable", self.tr("Aliases"), self.alias_model)
        self.aliases_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.aliases_view.horizontalHeader().setStretchLastSection(True)
        self.aliases_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )

        self.country_filter = QComboBox(self)
        self.country_filter.setObjectName("countryFilter")
        self.country_filter.setAccessibleName(self.tr("Country filter"))
        self.country_filter.setToolTip(self.tr("Compare only the units of one country"))
        self.lead_agency_filter = QComboBox(self)
        self.lead_agency_filter.setObjectName("leadAgencyFilter")
        self.lead_agency_filter.setAccessibleName(self.tr("Lead agency filter"))
        self.lead_agency_filter.setToolTip(self.tr("Compare only the units of one lead agency"))
        for combo in (self.country_filter, self.lead_agency_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.refresh)
        self._fill_filters()

        files_box = QGroupBox(self.tr("Files"), self)
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.files_view)
        aliases_box = QGroupBox(self.tr("Aliases"), self)
        aliases_layout = QVBoxLayout(aliases_box)
        aliases_layout.addWidget(self.aliases_view)
        filters_box = QGroupBox(self.tr("Filters"), self)
        filters_layout = QFormLayout(filters_box)
        country_label = QLabel(self.tr("&Country:"), self)
        country_label.setBuddy(self.country_filter)
        agency_label = QLabel(self.tr("&Lead agency:"), self)
        agency_label.setBuddy(self.lead_agency_filter)
        filters_layout.addRow(country_label, self.country_filter)
        filters_layout.addRow(agency_label, self.lead_agency_filter)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("compareLeftSplitter")
        left.addWidget(files_box)
        left.addWidget(aliases_box)
        left.addWidget(filters_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setStretchFactor(2, 0)

        # Right: the results and the notes.
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("compareTabs")
        self.tabs.setAccessibleName(self.tr("Comparison results"))
        self.units_view = self._table("unitsTable", self.tr("Units x standards"), self.units_model)
        self.stats_view = self._table("statsTable", self.tr("Statistics"), self.stats_model)
        self.unmet_view = self._table("unmetTable", self.tr("Most often unmet"), self.unmet_model)
        self.ranking_view = self._table("rankingTable", self.tr("Ranking"), self.ranking_model)
        self.trends_view = self._table("trendsTable", self.tr("Trends"), self.trends_model)
        legend = QLabel(
            self.tr(
                "Cells are shaded from light (low score) to dark (high score); "
                "the percentage is always written in the cell."
            ),
            self,
        )
        legend.setObjectName("heatLegend")
        legend.setWordWrap(True)
        set_secondary_text(legend)
        units_page = self._page((self.units_view, 0), (legend, 0))
        self.tabs.addTab(units_page, self.tr("&Units x standards"))
        self.unmet_view.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.stats_view, self.tr("&Statistics"))
        self.tabs.addTab(self.unmet_view, self.tr("&Most often unmet"))
        self.tabs.addTab(self._build_barriers_page(), self.tr("&Barriers"))
        self.tabs.addTab(self._build_actions_page(), self.tr("&Open actions"))
        self.tabs.addTab(self.ranking_view, self.tr("&Ranking"))
        self.tabs.addTab(self.trends_view, self.tr("&Trends"))
        self.notes_label = QLabel(self)
        self.notes_label.setObjectName("compareNotes")
        content_label(self.notes_label, self.tr("Notes"))
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.notes_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("compareSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([420, 930])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.resize(1280, 720)
        QWidget.setTabOrder(self.add_files_button, self.add_folder_button)
        QWidget.setTabOrder(self.add_folder_button, self.add_database_button)
        QWidget.setTabOrder(self.add_database_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.files_view)
        QWidget.setTabOrder(self.files_view, self.aliases_view)
        QWidget.setTabOrder(self.aliases_view, self.country_filter)
        QWidget.setTabOrder(self.country_filter, self.lead_agency_filter)
        QWidget.setTabOrder(self.lead_agency_filter, self.tabs)

    def _sorted_table(self, name: str, accessible: str, model: ComparisonTableModel) -> QTableView:
        """A table the user sorts by clicking a header; it first keeps the model's order."""
        proxy = ComparisonSortModel(self)
        proxy.setSourceModel(model)
        view = self._table(name, accessible, proxy)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        return view

    def _empty_label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        content_label(label, accessible)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMargin(24)
        label.hide()
        return label

    def _build_barriers_page(self) -> QWidget:
        self.barriers_view = self._sorted_table(
            "barriersTable", self.tr("Barriers"), self.barriers_model
        )
        self.barriers_view.horizontalHeader().setStretchLastSection(True)
        self.barriers_empty_label = self._empty_label("barriersEmptyLabel", self.tr("No barriers"))
        self.barriers_empty_label.setText(
            "\n\n".join(
                (
                    self.tr("No unit recorded a barrier."),
                    self.tr(
                        "A team records what stands in the way of a criterion not met on "
                        "that criterion's page. Files exported by older versions carry none."
                    ),
                )
            )
        )
        self.barriers_legend = legend = QLabel(
            self.tr(
                "How many units name each kind of barrier for a criterion in their compared "
                "round; the criteria most units name come first. Click a heading to sort."
            ),
            self,
        )
        legend.setObjectName("barriersLegend")
        legend.setWordWrap(True)
        set_secondary_text(legend)
        return self._page((self.barriers_empty_label, 1), (self.barriers_view, 1), (legend, 0))

    def _build_actions_page(self) -> QWidget:
        self.actions_view = self._sorted_table(
            "actionsTable", self.tr("Open actions"), self.actions_model
        )
        self.actions_view.horizontalHeader().setStretchLastSection(True)
        self.actions_empty_label = self._empty_label(
            "actionsEmptyLabel", self.tr("No open actions")
        )
        self.actions_empty_label.setText(
            "\n\n".join(
                (
                    self.tr("No unit has an open action."),
                    self.tr(
                        "A team plans actions on a criterion's page or in its action plan. "
                        "Files exported by older versions carry none."
                    ),
                )
            )
        )
        self.actions_counts_label = QLabel(self)
        self.actions_counts_label.setObjectName("actionsCounts")
        content_label(self.actions_counts_label, self.tr("Number of open actions"))
        self.actions_counts_label.setWordWrap(True)
        set_secondary_text(self.actions_counts_label)
        return self._page(
            (self.actions_empty_label, 1), (self.actions_view, 1), (self.actions_counts_label, 0)
        )

    def _page(self, *widgets: tuple[QWidget, int]) -> QWidget:
        """A tab's page: the widgets one above the other (with their stretch), no margins."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in widgets:
            layout.addWidget(widget, stretch)
        return page

    # --- asking the user (tests replace these) ----------------------------------------------

    def _ask_files(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add export files"),
            "",
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        return list(files)

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Add a folder of export files"))

    # Separate, so tests replace it: no modal prompt in tests.
    def _ask_password(self, path: Path, retry: bool) -> str | None:
        return ask_file_password(self, path, retry)

    def _ask_round_choice(self, database_name: str) -> RoundChoice | None:
        from promise_tracker.gui.exchange.database_rounds_dialog import DatabaseRoundsDialog

        dialog = DatabaseRoundsDialog(database_name, self)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _ask_save_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export comparison"),
            self.tr("comparison.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        return path

    # --- reading ----------------------------------------------------------------------------

    @property
    def is_reading(self) -> bool:
        return self._thread is not None

    @Slot()
    def on_add_files(self) -> None:
        files = self._ask_files()
        if files:
            self.start_reading([Path(f) for f in files])

    @Slot()
    def on_add_folder(self) -> None:
        folder = self._ask_folder()
        if folder:
            self.start_reading([Path(folder)])

    def _open_workspace(self) -> Workspace | None:
        return self.workspace() if self.workspace is not None else None

    @Slot()
    def on_add_database(self) -> None:
        workspace = self._open_workspace()
        if workspace is None or self.is_reading:
            return
        choice = self._ask_round_choice(database_label(workspace.database))
        if choice is not None:
            self.start_reading_database(workspace, choice)

    def start_reading_database(self, workspace: Workspace, choice: RoundChoice) -> None:
        """Read the units of `workspace`'s database on a worker thread; they replace the
        units read from it before."""
        if self.is_reading:
            return
        self._trying = None
        self._reading_database = True
        worker = DatabaseReadWorker(workspace, choice, self.language)
        self._run_worker(worker, self.tr("Reading the units in the database…"))

    def start_reading(self, paths: Sequence[Path]) -> None:
        """Read `paths` (files or folders) on a worker thread; the results are added."""
        if self.is_reading:
            return
        # Files added again are asked for again, even if skipped before.
        self.passwords.forget_files()
        self._start_worker(paths, self.passwords.passwords, None)

    def _start_worker(
        self, paths: Sequence[Path], passwords: Sequence[str], trying: str | None
    ) -> None:
        self._trying = trying
        self._reading_database = False
        self._run_worker(ReadWorker(paths, passwords), self.tr("Reading…"))

    def _run_worker(self, worker: ReadWorker | DatabaseReadWorker, status: str) -> None:
        self._unlocking = True
        self.last_progress = (0, 0)
        self.progress_bar.setRange(0, 0)  # busy until the first file is read
        self._set_status(status)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.read.connect(self._on_read)
        worker.cancelled.connect(self._on_cancelled)
        worker.failed.connect(self._on_failed)
        worker.done.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self._set_busy(True)
        thread.start()

    @Slot()
    def on_cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self._set_status(self.tr("Cancelling…"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.last_progress = (done, total)
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    @Slot(object)
    def _on_read(self, summaries: list[ExportSummary]) -> None:
        if self._reading_database:
            # Read afresh: the database's units as they are now take the place of those
            # read from it before (a file's summary has no source).
            kept = [s for s in self.summaries if not s.source]
            self.summaries = kept + summaries
            if not summaries:
                self._message = self.tr(
                    "The database holds no unit you may read. On a network's server, ask its "
                    "administrator which units your sign-in may read."
                )
            self._after_files_changed()
            return
        locked = [s.path for s in summaries if s.reason == PASSWORD_NEEDED]
        if self._trying is None:
            self.summaries.extend(summaries)
            self.passwords.begin(locked)
        else:
            # The locked files read again with a password: each takes its row's place.
            again = {s.path: s for s in summaries}
            self.summaries = [
                again.get(s.path, s) if s.reason == PASSWORD_NEEDED else s for s in self.summaries
            ]
            self.passwords.read_with(self._trying, locked)
        self._after_files_changed()

    @Slot()
    def _on_cancelled(self) -> None:
        self._unlocking = False
        if self._reading_database:
            self._message = self.tr("Reading the database cancelled; no units were added.")
            return
        if self._trying is not None:
            self._message = self.tr(
                "Reading cancelled; the files protected with a password stay refused."
            )
            return
        done, total = self.last_progress
        self._message = self.tr(
            "Reading cancelled after {done} of {total} files; no files were added."
        ).format(done=done, total=total)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._unlocking = False
        if self._reading_database:
            self._message = self.tr("The units in the database could not be read: {error}")
        else:
            self._message = self.tr("The files could not be read: {error}")
        self._message = self._message.format(error=message)

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread, self._worker = None, None
        self._trying = None
        self._reading_database = False
        if self._unlocking and self._read_with_next_password():
            return  # still reading; readFinished comes when every file is settled
        self.passwords.begin(())
        self._set_busy(False)
        message, self._message = self._message, ""
        if message:
            self._set_status(message)
        self.readFinished.emit()

    def _read_with_next_password(self) -> bool:
        """Ask for the password of the next locked file (on the GUI thread, between
        reads) and read the locked files again with it; False when no file is left to ask
        for (each opened, was skipped or had its three tries)."""
        while (request := self.passwords.next_file()) is not None:
            path, retry = request
            password = self._ask_password(path, retry)
            paths = self.passwords.answer(path, password)
            if paths and password:
                self._start_worker(paths, [password], password)
                return True
        return False

    def _set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.add_files_button.setEnabled(not busy)
        self.add_folder_button.setEnabled(not busy)
        self.add_database_button.setEnabled(not busy and self._open_workspace() is not None)
        self.remove_button.setEnabled(not busy and bool(self.summaries))
        self.export_button.setEnabled(not busy and self._can_export())
        if busy:
            self.cancel_button.setFocus()
        else:
            self._show_counts()

    def _can_export(self) -> bool:
        return self.comparison is not None and bool(self.comparison.units)

    @Slot()
    def on_remove_files(self) -> None:
        if self.is_reading:
            return
        rows = sorted({i.row() for i in self.files_view.selectionModel().selectedRows()})
        if not rows:
            return
        for row in reversed(rows):
            del self.summaries[row]
        self._after_files_changed()
        self._set_busy(False)

    def _after_files_changed(self) -> None:
        units: dict[str, str] = {}
        for summary in self.summaries:
            if summary.accepted:
                units.setdefault(summary.unit_id, summary.unit_name or summary.unit_id)
        ordered = sorted(units.items(), key=lambda item: (item[1].casefold(), item[0]))
        self.alias_model.set_units(ordered)
        self._fill_filters()
        self.refresh()

    def _fill_filters(self) -> None:
        accepted = [s for s in self.summaries if s.accepted]
        for combo, values, everyone in (
            (self.country_filter, {s.country for s in accepted}, self.tr("All countries")),
            (
                self.lead_agency_filter,
                {s.lead_agency for s in accepted},
                self.tr("All lead agencies"),
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in sorted((v for v in values if v), key=str.casefold):
                combo.addItem(value, value)
            found = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    # --- showing the comparison ------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Compare again with the current files, aliases and filters, and fill every table."""
        if self.summaries:
            self.comparison = compare(
                self.summaries,
                self.alias_model.aliases(),
                country=self.country_filter.currentData(),
                lead_agency=self.lead_agency_filter.currentData(),
                crosswalks=self.packs.crosswalks if self.packs is not None else (),
            )
        else:
            self.comparison = None
        self._fill_files()
        self._fill_units()
        self._fill_stats()
        self._fill_unmet()
        self._fill_ranking()
        self._fill_trends()
        self._fill_barriers()
        self._fill_actions()
        self._fill_notes()
        for view in (
            self.files_view,
            self.units_view,
            self.stats_view,
            self.unmet_view,
            self.ranking_view,
            self.trends_view,
            self.barriers_view,
            self.actions_view,
        ):
            view.resizeColumnsToContents()
            for column in range(view.model().columnCount()):  # long texts have tooltips
                view.setColumnWidth(column, min(view.columnWidth(column), 360))
        # Their long last column (a statement, what will be done) takes the room left, so the
        # counts, dates and statuses before it stay in sight without scrolling sideways.
        for view in (self.barriers_view, self.actions_view):
            last = view.model().columnCount() - 1
            if last > 0:
                view.setColumnWidth(last, min(view.columnWidth(last), 160))
        self.export_button.setEnabled(not self.is_reading and self._can_export())
        self._show_counts()
        self.comparisonChanged.emit()

    def _show_counts(self) -> None:
        if self.is_reading:
            return
        if not self.summaries:
            if self.workspace is not None:
                self._set_status(
                    self.tr(
                        "Add the export files of the units to compare, or the units in this "
                        "database."
                    )
                )
            else:
                self._set_status(self.tr("Add the export files of the units to compare."))
            return
        files = self.comparison.files if self.comparison else ()
        self._set_status(
            self.tr("{accepted} accepted, {refused} refused, {excluded} filtered out").format(
                accepted=sum(f.status == ACCEPTED for f in files),
                refused=sum(f.status not in (ACCEPTED, EXCLUDED) for f in files),
                excluded=sum(f.status == EXCLUDED for f in files),
            )
        )

    def _percent(self, value: float | None, heat: bool = False) -> Cell:
        if value is None:
            return Cell("–", None, None, self.tr("No score"))
        return Cell(
            self.tr("{value} %").format(value=round(value)),
            value,
            heat_colour(value) if heat else None,
        )

    def _reason_text(self, code: str) -> str:
        texts = {
            WRONG_FORMAT: self.tr("Wrong format"),
            CHECKSUM_MISMATCH: self.tr("Changed after export"),
            NOT_FOUND: self.tr("File not found"),
            DUPLICATE: self.tr("Duplicate"),
            OTHER_PACK: self.tr("Other standards pack"),
            FILTERED: self.tr("Filtered out"),
            INCOMPLETE: self.tr("Incomplete round"),
            OTHER_PACK_VERSION: self.tr("Other pack version"),
            PASSWORD_NEEDED: self.tr("Password needed"),
            NO_ROUND: self.tr("No round to compare"),
            PACK_MISSING: self.tr("Standards pack not installed"),
        }
        return texts.get(code, code)

    def _fill_files(self) -> None:
        headers = [self.tr("File"), self.tr("Status"), self.tr("Reason"), self.tr("Detail")]
        rows: list[list[Cell]] = []
        for report in self.comparison.files if self.comparison else ():
            if report.status == ACCEPTED and report.warnings:
                status = self.tr("⚠ Accepted with a warning")
                reason = ", ".join(self._reason_text(w) for w in report.warnings)
            elif report.status == ACCEPTED:
                status, reason = self.tr("✓ Accepted"), ""
            elif report.status == EXCLUDED and report.reason == NO_ROUND:
                status, reason = self.tr("– Left out"), self._reason_text(report.reason)
            elif report.status == EXCLUDED:
                status, reason = self.tr("– Filtered out"), self._reason_text(report.reason)
            else:
                status, reason = self.tr("✗ Refused"), self._reason_text(report.reason)
            detail = report.detail or report.unit_name
            # A database's units share its name: each row says which unit (or its alias).
            name = (
                self.tr("{unit} (database)").format(unit=report.unit_name or report.unit_id)
                if report.source
                else report.name
            )
            rows.append(
                [
                    Cell(name, report.status, None, report.source or str(report.path)),
                    Cell(status, report.status),
                    Cell(reason, report.reason),
                    Cell(detail, detail, None, detail),
                ]
            )
        self.files_model.set_table(headers, rows)

    def _fill_units(self) -> None:
        comparison = self.comparison
        standards = comparison.standards if comparison else ()
        headers = [self.tr("Unit"), self.tr("Country"), self.tr("Overall")]
        tips = ["", "", self.tr("The unit's own overall score of its latest round")]
        headers += list(standards)
        tips += [
            self.tr("Standard {number}: {title}").format(
                number=n, title=comparison.standard_titles.get(n, "") if comparison else ""
            )
            for n in standards
        ]
        headers.append(self.tr("Notes"))
        tips.append("")
        rows: list[list[Cell]] = []
        for unit in comparison.units if comparison else ():
            flags = ", ".join(self._reason_text(f) for f in unit.flags)
            tip = self.tr("{round} ({date}); completeness {completeness}").format(
                round=unit.round_title,
                date=format_date(unit.round_date) if unit.round_date else "–",
                completeness=self._percent(unit.completeness).text,
            )
            rows.append(
                [
                    Cell(unit.name, unit.name, None, tip),
                    Cell(unit.country, unit.country),
                    self._percent(unit.overall, heat=True),
                    *(self._percent(unit.scores.get(n), heat=True) for n in standards),
                    Cell(flags, flags),
                ]
            )
        self.units_model.set_table(headers, rows, tips)

    def _fill_stats(self) -> None:
        headers = [
            self.tr("Standard"),
            self.tr("Title"),
            self.tr("Units"),
            self.tr("Minimum"),
            self.tr("Median"),
            self.tr("Maximum"),
        ]
        rows = [
            [
                Cell(s.number, s.number),
                Cell(s.title, s.title, None, s.title),
                Cell(str(s.units), s.units),
                self._percent(s.minimum),
                self._percent(s.median),
                self._percent(s.maximum),
            ]
            for s in (self.comparison.statistics if self.comparison else ())
        ]
        self.stats_model.set_table(headers, rows)

    def _statement(self, criterion_id: str) -> str:
        if self.packs is None or self.comparison is None:
            return ""
        pack = self.packs.find(*self.comparison.reference_pack)
        if pack is None or not pack.has_criterion(criterion_id):
            return ""
        return pack.criterion(criterion_id).statement.get(self.language)

    def _fill_unmet(self) -> None:
        # The long statement comes last, so the counts stay in sight on a small screen.
        headers = [
            self.tr("Criterion"),
            self.tr("Units unmet"),
            self.tr("Share"),
            self.tr("Statement"),
        ]
        rows = []
        for item in self.comparison.most_unmet if self.comparison else ():
            statement = self._statement(item.criterion_id)
            names = "; ".join(item.unit_names)
            rows.append(
                [
                    Cell(item.criterion_id, item.criterion_id),
                    Cell(
                        self.tr("{count} of {units}").format(count=item.count, units=item.units),
                        item.count,
                        None,
                        names,
                    ),
                    self._percent(100 * item.share),
                    Cell(statement, statement, None, statement),
                ]
            )
        self.unmet_model.set_table(headers, rows)

    def _fill_ranking(self) -> None:
        headers = [self.tr("Rank"), self.tr("Unit"), self.tr("Overall")]
        rows = [
            [Cell(str(e.rank), e.rank), Cell(e.name, e.name), self._percent(e.overall, heat=True)]
            for e in (self.comparison.ranking if self.comparison else ())
        ]
        self.ranking_model.set_table(headers, rows)

    def _fill_trends(self) -> None:
        headers = [self.tr("Unit"), self.tr("Date"), self.tr("Round"), self.tr("Overall")]
        rows = []
        for trend in self.comparison.trends if self.comparison else ():
            for point in trend.points:
                date = format_date(point.date) if point.date else "–"
                rows.append(
                    [
                        Cell(trend.name, trend.name),
                        Cell(date, point.date),
                        Cell(point.title, point.title),
                        self._percent(point.overall, heat=True),
                    ]
                )
        self.trends_model.set_table(headers, rows)

    def _fill_barriers(self) -> None:
        comparison = self.comparison
        headers = [
            self.tr("Criterion"),
            self.tr("Standard"),
            *(two_lines(barrier_kind_name(kind)) for kind in BARRIER_KINDS),
            self.tr("Total"),
            self.tr("Statement"),
        ]
        tips = [
            "",
            "",
            *(
                self.tr("{barrier}: the units that name it for the criterion").format(
                    barrier=barrier_kind_name(kind)
                )
                for kind in BARRIER_KINDS
            ),
            self.tr("The units that name a barrier for the criterion"),
            "",
        ]
        rows: list[list[Cell]] = []
        for item in comparison.barriers if comparison else ():
            statement = self._statement(item.criterion_id)
            names = "; ".join(item.unit_names)
            counts = [item.by_kind.get(kind, 0) for kind in BARRIER_KINDS]
            rows.append(
                [
                    Cell(item.criterion_id, natural_key(item.criterion_id), None, statement),
                    Cell(item.standard, natural_key(item.standard)),
                    *(Cell(str(count), count) for count in counts),
                    Cell(str(item.total), item.total, None, names),
                    Cell(short_statement(statement), statement, None, statement),
                ]
            )
        self.barriers_model.set_table(headers, rows, tips)
        empty = bool(comparison and comparison.units) and not rows
        self.barriers_empty_label.setVisible(empty)
        self.barriers_view.setVisible(not empty)
        self.barriers_legend.setVisible(not empty)

    def _fill_actions(self) -> None:
        comparison = self.comparison
        headers = [
            self.tr("Unit"),
            self.tr("Criterion"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Lead agency"),
            self.tr("Responsible role"),
            self.tr("What will be done"),
        ]
        rows: list[list[Cell]] = []
        units = comparison.actions if comparison else ()
        for unit in units:
            for action in unit.items:
                tint = QColor(OVERDUE_BACKGROUND) if action.overdue else None
                if action.due_date is None:
                    due = self.tr("No date")
                elif action.overdue:
                    due = self.tr("⚠ {date} overdue").format(date=format_date(action.due_date))
                else:
                    due = format_date(action.due_date)
                agency = lead_agency_text(action.lead_agency)
                status = status_label(action.status)
                rows.append(
                    [
                        Cell(unit.name, unit.name, tint),
                        Cell(
                            action.criterion_id,
                            natural_key(action.criterion_id),
                            tint,
                            self._statement(action.criterion_id),
                        ),
                        Cell(
                            due,
                            action.due_date,
                            tint,
                            self.tr("Still open after its due date") if action.overdue else "",
                        ),
                        Cell(status, status, tint),
                        Cell(agency, agency, tint),
                        Cell(action.responsible_role, action.responsible_role, tint),
                        Cell(action.title, action.title, tint, action.title),
                    ]
                )
        self.actions_model.set_table(headers, rows)
        empty = bool(comparison and comparison.units) and not rows
        self.actions_empty_label.setVisible(empty)
        self.actions_view.setVisible(not empty)
        self.actions_counts_label.setVisible(bool(rows))
        if rows:
            self.actions_counts_label.setText(
                self.tr(
                    "Open actions: {actions} in {units} of {all} units; overdue: {overdue}."
                ).format(
                    actions=len(rows),
                    units=sum(1 for unit in units if unit.items),
                    all=len(units),
                    overdue=sum(1 for unit in units for a in unit.items if a.overdue),
                )
            )

    def _fill_notes(self) -> None:
        comparison = self.comparison
        if comparison is None or not comparison.units:
            self.notes_label.setText("")
            self.notes_label.hide()  # an empty text a screen reader would stop on, unnamed
            return
        pack_id, version, _ = comparison.reference_pack
        lines = [
            self.tr("Compared with standards pack {pack} version {version}.").format(
                pack=pack_id, version=version
            )
        ]
        if comparison.not_shared_standards or comparison.not_shared_criteria:
            lines.append(
                self.tr(
                    "The packs differ, so what not every unit has is left out: "
                    "standards {standards}; criteria {criteria}."
                ).format(
                    standards=", ".join(comparison.not_shared_standards) or "–",
                    criteria=", ".join(comparison.not_shared_criteria) or "–",
                )
            )
        else:
            lines.append(self.tr("Every unit has the same standards and criteria."))
        if comparison.changed_criteria:
            lines.append(
                self.tr(
                    "Changed meaning between the versions of the standards the units use, so "
                    "counted only for the units on version {version}: {criteria}."
                ).format(
                    version=comparison.reference_pack[1],
                    criteria=", ".join(comparison.changed_criteria),
                )
            )
        self.notes_label.setText("\n".join(lines))
        self.notes_label.show()

    # --- exporting --------------------------------------------------------------------------

    @Slot()
    def on_export(self) -> None:
        if self.comparison is None or not self._can_export():
            return
        path = self._ask_save_path()
        if not path:
            return
        from promise_tracker.exchange.compare_export import write_comparison

        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            written = write_comparison(self.comparison, target)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export comparison"),
                self.tr("The comparison could not be saved: {error}").format(error=error),
            )
            return
        self._set_status(self.tr("Saved {name}").format(name=written.name))

    # --- closing ----------------------------------------------------------------------------

    def _close_by_escape(self) -> None:
        if self.summaries and not confirm(
            self,
            self.tr("Close the comparison?"),
            self.tr(
                "The %n file(s) read and the aliases you gave are not kept: to compare them "
                "again, add them again.",
                "",
                len(self.summaries),
            ),
            self.tr("&Close"),
        ):
            return
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        super().closeEvent(event)


__all__ = [
    "AliasModel",
    "CompareWindow",
    "ComparisonSortModel",
    "ComparisonTableModel",
    "DatabaseReadWorker",
    "ReadWorker",
    "heat_colour",
    "natural_key",
]

"""The Action plan view: every action of the unit across its rounds, by due date, with
filters, overdue actions marked, and the buttons to add, open, delete and go to the criterion.

The view reads through the service and asks its owner (the feature's actions) to edit, delete
or go to a criterion through signals, so the editing rules live in one place. "Today" is given
to it, so what counts as overdue does not depend on the clock in tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.entities import Action, ActionStatus, Agency
from promise_tracker.gui.improvement.plan_data import UnitCriteria, date_text, unit_criteria
from promise_tracker.gui.shared.accessibility import content_label
from promise_tracker.gui.shared.action_dialog import (
    lead_agency_text,
    short_statement,
    status_label,
)
from promise_tracker.gui.shared.forms import with_shortcut
from promise_tracker.gui.shared.labels import agency_label
from promise_tracker.gui.shared.look import scaled_font, set_secondary_text
from promise_tracker.gui.shared.table_rows import FlatListModel

if TYPE_CHECKING:
    from promise_tracker.services.assessment import AssessmentService

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

(
    COLUMN_CRITERION,
    COLUMN_WHAT,
    COLUMN_AGENCY,
    COLUMN_ROLE,
    COLUMN_DUE,
    COLUMN_STATUS,
    COLUMN_NOTE,
) = range(7)
_COLUMN_COUNT = 7
ActionIdRole = int(Qt.ItemDataRole.UserRole) + 1

# The filters' "any" value (an agency may be "" = not decided, so None is not used).
ANY = "*"
OPEN = "open"
# The filter boxes are never narrower than this many characters (a few words of an entry).
_FILTER_MIN_CHARS = 12

# Overdue rows: a warm tint with dark text, besides the mark and the words.
_OVERDUE_BACKGROUND = QColor(255, 228, 196)
_OVERDUE_TEXT = QColor(0, 0, 0)


@dataclass(frozen=True)
class PlanFilter:
    """What the user chose to see: a status (OPEN, ANY or one status), an agency (ANY, "" for
    not decided, or an Agency value), a standard number (ANY or e.g. "1.1"), overdue only."""

    status: str = ANY
    agency: str = ANY
    standard: str = ANY
    overdue_only: bool = False

    def keeps(self, action: Action, standard: str | None, today: dt.date) -> bool:
        if self.status == OPEN and not action.is_open:
            return False
        if self.status not in (ANY, OPEN) and action.status != self.status:
            return False
        if self.agency != ANY and action.lead_agency != self.agency:
            return False
        if self.standard != ANY and standard != self.standard:
            return False
        return not (self.overdue_only and not action.is_overdue(today))


class ActionPlanModel(FlatListModel):
    """The shown actions, one per row, read-only; overdue rows carry a mark and words."""

    column_count = _COLUMN_COUNT

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[Action] = []
        self._criteria = UnitCriteria()
        self._today = dt.date.today()

    def set_rows(self, rows: Sequence[Action], criteria: UnitCriteria, today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._criteria = criteria
        self._today = today
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.beginResetModel()
        self._language = language
        self.endResetModel()

    def action(self, row: int) -> Action:
        return self._rows[row]

    def row_of(self, action_id: str) -> int:
        for row, action in enumerate(self._rows):
            if action.id == action_id:
                return row
        return -1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COLUMN_CRITERION: self.tr("Criterion"),
            COLUMN_WHAT: self.tr("What will be done"),
            COLUMN_AGENCY: self.tr("Lead agency"),
            COLUMN_ROLE: self.tr("Responsible role"),
            COLUMN_DUE: self.tr("Due"),
            COLUMN_STATUS: self.tr("Status"),
            COLUMN_NOTE: self.tr("Progress note"),
        }
        return titles.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        action = self._rows[index.row()]
        column = index.column()
        overdue = action.is_overdue(self._today)
        if role == ActionIdRole:
            return action.id
        if overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_OVERDUE_BACKGROUND)
        if overdue and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_OVERDUE_TEXT)
        if overdue and role == Qt.ItemDataRole.FontRole and column == COLUMN_DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(action, column, overdue)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(action, column, overdue)
        return None

    def _text(self, action: Action, column: int, overdue: bool) -> str:
        if column == COLUMN_CRITERION:
            criterion = self._criteria.criteria.get(action.criterion_id)
            if criterion is None:
                return action.criterion_id
            statement = short_statement(criterion.statement.get(self._language), 48)
            return f"{action.criterion_id}  {statement}"
        if column == COLUMN_WHAT:
            return action.title
        if column == COLUMN_AGENCY:
            return lead_agency_text(action.lead_agency)
        if column == COLUMN_ROLE:
            return action.responsible_role
        if column == COLUMN_DUE:
            if action.due_date is None:
                return self.tr("No date")
            if overdue:
                return self.tr("⚠ {date} overdue").format(date=date_text(action.due_date))
            return date_text(action.due_date)
        if column == COLUMN_STATUS:
            return status_label(action.status)
        if column == COLUMN_NOTE:
            return " ".join(action.progress_note.split())
        return ""

    def _tooltip(self, action: Action, column: int, overdue: bool) -> str | None:
        if column == COLUMN_CRITERION:
            criterion = self._criteria.criteria.get(action.criterion_id)
            if criterion is not None:
                return f"{action.criterion_id}\n{criterion.statement.get(self._language)}"
        if column == COLUMN_DUE and overdue and action.due_date is not None:
            days = (self._today - action.due_date).days
            return self.tr("Still open %n day(s) after its due date", "", days)
        if column in (COLUMN_WHAT, COLUMN_NOTE):
            text = action.title if column == COLUMN_WHAT else action.progress_note
            return text or None
        return None


class ActionPlanView(QWidget):
    """The unit's action plan (shown in the window in place of the round)."""

    newRequested = Signal(str)  # the selected action's criterion id, or ""
    openRequested = Signal(str)  # action id
    deleteRequested = Signal(str)  # action id
    goToRequested = Signal(str)  # criterion id

    def __init__(
        self,
        service: AssessmentService,
        unit_id: str,
        language: str,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionPlanView")
        self.service = service
        self.unit_id = unit_id
        self.language = language
        self.today = today
        self.plan_actions: list[Action] = []
        self.criteria = UnitCriteria()
        self.can_add = False

        self.title_label = QLabel(self)
        self.title_label.setObjectName("actionPlanTitle")
        self.title_label.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.title_label.setWordWrap(True)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("actionPlanCounts")
        content_label(self.counts_label, self.tr("Number of actions"))
        self.counts_label.setWordWrap(True)

        self.status_combo = self._combo("actionStatusFilter", self.tr("Filter by status"))
        self.agency_combo = self._combo("actionAgencyFilter", self.tr("Filter by lead agency"))
        self.standard_combo = self._combo("actionStandardFilter", self.tr("Filter by standard"))
        self.overdue_check = QCheckBox(self.tr("O&verdue only"), self)
        self.overdue_check.setObjectName("actionOverdueFilter")
        self.overdue_check.setAccessibleDescription(self.tr("Show overdue actions only"))
        self.overdue_check.toggled.connect(self._apply_filter)
        self._fill_filters()

        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("S&tatus:"), self.status_combo),
            (self.tr("&Agency:"), self.agency_combo),
            (self.tr("Stan&dard:"), self.standard_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            combo.setToolTip(with_shortcut(combo.accessibleName(), text))
            filters.addWidget(label)
            # Each box takes a share of the free width, up to its longest entry.
            filters.addWidget(combo, 1)
            filters.addSpacing(12)
        filters.addWidget(self.overdue_check)
        filters.addStretch(0)  # what the boxes leave (stretch 0: the boxes grow first)

        self.model = ActionPlanModel(language, self)
        self.table = QTableView(self)
        self.table.setObjectName("actionPlanTable")
        self.table.setAccessibleName(self.tr("Actions of the unit"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        chars = self.fontMetrics().averageCharWidth()
        for column, width in (
            (COLUMN_CRITERION, 40),
            (COLUMN_WHAT, 40),
            (COLUMN_AGENCY, 16),
            (COLUMN_ROLE, 24),
            (COLUMN_DUE, 26),
            (COLUMN_STATUS, 13),
        ):
            header.resizeSection(column, width * chars)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        # The Delete key on the table deletes the selected action (after asking).
        self.table.installEventFilter(self)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("actionPlanEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_secondary_text(self.empty_label)

        self.new_button = self._button("newActionButton", self.tr("&New…"), self._new)
        self.new_button.setToolTip(
            with_shortcut(self.tr("Add an action to the plan"), self.tr("&New…"))
        )
        self.open_button = self._button("openActionButton", self.tr("&Open…"), self.open_selected)
        self.open_button.setToolTip(
            with_shortcut(self.tr("See or change the selected action (Enter)"), self.tr("&Open…"))
        )
        self.delete_button = self._button(
            "deleteActionButton", self.tr("De&lete…"), self.delete_selected
        )
        delete_key = QKeySequence(QKeySequence.StandardKey.Delete).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.delete_button.setToolTip(
            self.tr("Delete the selected action ({key})").format(key=delete_key)
        )
        self.go_to_button = self._button(
            "goToCriterionButton", self.tr("&Go to criterion"), self.go_to_selected
        )
        self.go_to_button.setToolTip(
            with_shortcut(
                self.tr("Show the selected action's criterion in the open round"),
                self.tr("&Go to criterion"),
            )
        )
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.go_to_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.counts_label)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self.status_combo, self.agency_combo)
        QWidget.setTabOrder(self.agency_combo, self.standard_combo)
        QWidget.setTabOrder(self.standard_combo, self.overdue_check)
        QWidget.setTabOrder(self.overdue_check, self.table)
        QWidget.setTabOrder(self.table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.go_to_button)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        # Not as wide as the longest entry (a standard's title, "Open (planned or in
        # progress)" in Swedish): the three boxes side by side made the view wider than a
        # 1024x600 screen. They shrink to a few words when space is short; their lists
        # still show every entry whole (see _fit_to_entries).
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(_FILTER_MIN_CHARS)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.currentIndexChanged.connect(self._apply_filter)
        return combo

    @staticmethod
    def _fit_to_entries(combo: QComboBox) -> None:
        """Let `combo` grow no wider than its longest entry, and its list show every entry
        whole however narrow the box is."""
        metrics = combo.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
            default=0,
        )
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        full = combo.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(longest, metrics.height()), combo
        )
        combo.setMaximumWidth(max(full.width(), combo.minimumSizeHint().width()))
        combo.view().setMinimumWidth(full.width())

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _fill_filters(self) -> None:
        """The filter choices (again after a language change), keeping what was chosen."""
        chosen = (
            self.status_combo.currentData(),
            self.agency_combo.currentData(),
            self.standard_combo.currentData(),
        )
        for combo in (self.status_combo, self.agency_combo, self.standard_combo):
            combo.blockSignals(True)
            combo.clear()
        self.status_combo.addItem(self.tr("All"), ANY)
        self.status_combo.addItem(self.tr("Open (planned or in progress)"), OPEN)
        for status in ActionStatus:
            self.status_combo.addItem(status_label(status), status.value)
        self.agency_combo.addItem(self.tr("All agencies"), ANY)
        self.agency_combo.addItem(lead_agency_text(""), "")
        for agency in Agency:
            self.agency_combo.addItem(agency_label(agency), agency.value)
        self.standard_combo.addItem(self.tr("All standards"), ANY)
        for number, title in self.criteria.standards:
            self.standard_combo.addItem(f"{number}  {short_statement(title, 40)}", number)
        for combo, value in zip(
            (self.status_combo, self.agency_combo, self.standard_combo), chosen, strict=True
        ):
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            self._fit_to_entries(combo)

    # --- state ------------------------------------------------------------------------------

    def plan_filter(self) -> PlanFilter:
        return PlanFilter(
            status=str(self.status_combo.currentData() or ANY),
            agency=str(self.agency_combo.currentData() if self.agency_combo.count() else ANY),
            standard=str(self.standard_combo.currentData() or ANY),
            overdue_only=self.overdue_check.isChecked(),
        )

    def set_filter(self, plan_filter: PlanFilter) -> None:
        """Choose the filters (as the user would in the boxes)."""
        for combo, value in (
            (self.status_combo, plan_filter.status),
            (self.agency_combo, plan_filter.agency),
            (self.standard_combo, plan_filter.standard),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.overdue_check.setChecked(plan_filter.overdue_only)

    def selected(self) -> Action | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.action(rows[0].row()) if rows else None

    def select(self, action_id: str) -> None:
        row = self.model.row_of(action_id)
        if row >= 0:
            self.table.selectRow(row)

    def shown_ids(self) -> list[str]:
        return [self.model.action(row).id for row in range(self.model.rowCount())]

    # --- reading ----------------------------------------------------------------------------

    def set_unit(self, unit_id: str) -> None:
        if unit_id != self.unit_id:
            self.unit_id = unit_id
            self.refresh()

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)
        self.refresh()

    def set_can_add(self, can_add: bool) -> None:
        """Whether a round is open to add actions to (a new action belongs to one)."""
        self.can_add = can_add
        self._update_buttons()

    @Slot()
    def refresh(self) -> None:
        """Read the unit's actions again (keeping the filters and the selection)."""
        unit = self.service.unit(self.unit_id)
        self.title_label.setText(self.tr("Action plan of {unit}").format(unit=unit.name))
        self.plan_actions = self.service.actions(self.unit_id)
        self.criteria = unit_criteria(self.service, self.unit_id, self.language)
        self._fill_filters()
        self._apply_filter()

    @Slot()
    def _apply_filter(self, *_: object) -> None:
        kept = self.selected()
        today = self.today()
        plan_filter = self.plan_filter()
        shown = [
            action
            for action in self.plan_actions
            if plan_filter.keeps(action, self.criteria.standard_of(action.criterion_id), today)
        ]
        self.model.set_rows(shown, self.criteria, today)
        # The due column fits its dates and the overdue words (bold), never cut.
        self.table.resizeColumnToContents(COLUMN_DUE)
        overdue = sum(action.is_overdue(today) for action in self.plan_actions)
        counts = self.tr("{actions}, {overdue}").format(
            actions=self.tr("%n action(s)", "", len(self.plan_actions)),
            overdue=self.tr("%n overdue", "", overdue),
        )
        if len(shown) != len(self.plan_actions):
            counts = self.tr("{counts} ({shown} shown)").format(counts=counts, shown=len(shown))
        self.counts_label.setText(counts)
        if not self.plan_actions:
            self.empty_label.setText(
                self.tr(
                    "No actions yet. Plan what the team will do about a criterion that is not "
                    "met: press New…, or use “Add action…” on the criterion's page."
                )
            )
        elif not shown:
            self.empty_label.setText(
                self.tr(
                    "No action matches these filters. Choose “All” in the boxes above, or "
                    "untick “Overdue only”, to see more."
                )
            )
        self.table.setVisible(bool(shown))
        self.empty_label.setVisible(not shown)
        if kept is not None and self.model.row_of(kept.id) >= 0:
            self.select(kept.id)
        elif shown:
            self.table.selectRow(0)
        self._update_buttons()

    @Slot()
    def _update_buttons(self, *_: object) -> None:
        has_selection = self.selected() is not None
        self.new_button.setEnabled(self.can_add)
        self.open_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        self.go_to_button.setEnabled(has_selection)

    # --- the user's requests ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model.action(index.row()).id)

    def _new(self) -> None:
        if self.can_add:
            selected = self.selected()
            self.newRequested.emit(selected.criterion_id if selected else "")

    def open_selected(self) -> None:
        selected = self.selected()
        if selected is not None:
            self.openRequested.emit(selected.id)

    def delete_selected(self) -> None:
        selected = self.selected()
        if selected is not None:
            self.deleteRequested.emit(selected.id)

    def go_to_selected(self) -> None:
        selected = self.selected()
        if selected is not None:
            self.goToRequested.emit(selected.criterion_id)

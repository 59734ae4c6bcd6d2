"""The criterion page's "Improvement" section: what stands in the way of meeting a criterion
(its barrier in this round) and the unit's actions for it.

Barriers are saved through the service at once (they are not answers: no undo history); the
actions are only listed here, and opened or added by the action plan's editor, which this
section asks for through `actionRequested`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.entities import Action, ActionStatus, Barrier, BarrierKind
from promise_tracker.domain.scoring import CriterionStatus
from promise_tracker.errors import ConflictError, PromiseTrackerError
from promise_tracker.gui.shared.action_dialog import status_label
from promise_tracker.gui.shared.forms import format_date, with_shortcut
from promise_tracker.gui.shared.look import set_secondary_text
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.gui.shared.window import warn

# The team's answer is short of the criterion: what stands in the way is worth recording.
NOT_MET_STATUSES = frozenset({CriterionStatus.NOT_MET, CriterionStatus.PARTLY_MET})

ActionIdRole = Qt.ItemDataRole.UserRole + 1

TEXT_MAX_LENGTH = 500
_OVERDUE_COLOUR = "#c0392b"


def _wrap(label: QLabel) -> None:
    """Wrap the label's text at whatever width the page has, taking only the lines it needs
    (the policy must say height-for-width, or the narrowest wrapping sets its height)."""
    label.setWordWrap(True)
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setMinimumWidth(120)


class ImprovementSection(QGroupBox):
    """Barrier and actions of the criterion shown on the page."""

    # (criterion id, action id): "" asks for a new action for the criterion.
    actionRequested = Signal(str, str)

    def __init__(self, controller: RoundController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Improvement"), parent)
        self.setObjectName("improvementBox")
        self.controller = controller
        self._criterion_id: str | None = None
        self._loading = False
        # Read on first use, dropped when the data changed elsewhere (refresh).
        self._barriers: dict[str, Barrier] | None = None
        self._actions: list[Action] | None = None
        self._build()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(
            self.tr(
                "Your team's answer falls short of this criterion: what stands in the way, "
                "and what will you do about it?"
            ),
            self,
        )
        self.intro_label.setObjectName("improvementIntro")
        _wrap(self.intro_label)
        set_secondary_text(self.intro_label)
        layout.addWidget(self.intro_label)

        self.barrier_combo = QComboBox(self)
        self.barrier_combo.setObjectName("barrierCombo")
        self.barrier_combo.setAccessibleName(self.tr("What stands in the way"))
        self.barrier_combo.addItem(self.tr("Not recorded"), None)
        for kind in BarrierKind:
            self.barrier_combo.addItem(self.kind_label(kind), kind.value)
        self.barrier_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.barrier_combo.setMinimumContentsLength(20)
        self.barrier_combo.currentIndexChanged.connect(self._on_kind_chosen)

        self.barrier_text_edit = QLineEdit(self)
        self.barrier_text_edit.setObjectName("barrierTextEdit")
        self.barrier_text_edit.setAccessibleName(self.tr("About the barrier"))
        self.barrier_text_edit.setMaxLength(TEXT_MAX_LENGTH)
        self.barrier_text_edit.setClearButtonEnabled(True)
        self.barrier_text_edit.textEdited.connect(self._on_text_edited)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # Alt+Y: "Answering as" in the toolbar has the W.
        barrier_label = QLabel(self.tr("What stands in the wa&y:"), self)
        barrier_label.setBuddy(self.barrier_combo)
        self.barrier_combo.setToolTip(
            with_shortcut(
                self.tr(
                    "The main barrier to meeting this criterion; coordinators compare them "
                    "across units to see which standards national rules block."
                ),
                barrier_label.text(),
            )
        )
        form.addRow(barrier_label, self.barrier_combo)
        self.barrier_text_label = QLabel(self.tr("&About it:"), self)
        self.barrier_text_label.setBuddy(self.barrier_text_edit)
        form.addRow(self.barrier_text_label, self.barrier_text_edit)
        layout.addLayout(form)

        self.barrier_problem_label = QLabel(
            self.tr("⚠ Describe the barrier in a few words: “Other” is saved once it has them."),
            self,
        )
        self.barrier_problem_label.setObjectName("barrierProblemLabel")
        _wrap(self.barrier_problem_label)
        self.barrier_problem_label.hide()
        layout.addWidget(self.barrier_problem_label)

        self.actions_label = QLabel(self.tr("Actions for this criterion:"), self)
        self.actions_label.setObjectName("actionsLabel")
        layout.addWidget(self.actions_label)
        self.actions_list = QTreeWidget(self)
        self.actions_list.setObjectName("criterionActionsList")
        self.actions_list.setAccessibleName(self.tr("Actions for this criterion"))
        self.actions_list.setColumnCount(3)
        self.actions_list.setHeaderLabels([self.tr("Action"), self.tr("Status"), self.tr("Due")])
        self.actions_list.setRootIsDecorated(False)
        self.actions_list.setUniformRowHeights(True)
        self.actions_list.setAlternatingRowColors(True)
        self.actions_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.actions_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.actions_list.itemActivated.connect(self._on_item_activated)
        self.actions_list.currentItemChanged.connect(self._update_buttons)
        layout.addWidget(self.actions_list)
        self.no_actions_label = QLabel(self.tr("No action planned for this criterion yet."), self)
        self.no_actions_label.setObjectName("noActionsLabel")
        set_secondary_text(self.no_actions_label)
        layout.addWidget(self.no_actions_label)

        buttons = QHBoxLayout()
        self.add_action_button = QPushButton(self.tr("Add action…"), self)
        self.add_action_button.setObjectName("addActionButton")
        self.add_action_button.setToolTip(
            self.tr("Plan what your team will do so that this criterion is met")
        )
        self.add_action_button.clicked.connect(self._on_add_clicked)
        self.open_action_button = QPushButton(self.tr("Open…"), self)
        self.open_action_button.setObjectName("openActionButton")
        self.open_action_button.setAccessibleName(self.tr("Open the chosen action"))
        self.open_action_button.setToolTip(
            self.tr("See or change the chosen action (or double-click it)")
        )
        self.open_action_button.clicked.connect(self._on_open_clicked)
        buttons.addWidget(self.add_action_button)
        buttons.addWidget(self.open_action_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    @staticmethod
    def kind_label(kind: BarrierKind) -> str:
        """A barrier kind in plain words."""
        translate = QCoreApplication.translate
        labels = {
            BarrierKind.LAW_OR_POLICY: translate("ImprovementSection", "National law or policy"),
            BarrierKind.FUNDING: translate("ImprovementSection", "Funding or resources"),
            BarrierKind.ORGANISATION: translate(
                "ImprovementSection", "Organisation or local practice"
            ),
            BarrierKind.NOT_STARTED: translate("ImprovementSection", "Not started yet"),
            BarrierKind.OTHER: translate("ImprovementSection", "Other (describe it)"),
        }
        return labels[kind]

    @staticmethod
    def status_label(status: ActionStatus) -> str:
        """An action's status in plain words."""
        return status_label(status)

    # --- public API ---------------------------------------------------------------------------

    def set_controller(self, controller: RoundController) -> None:
        self.controller = controller
        self._criterion_id = None
        self._barriers = None
        self._actions = None

    def show_criterion(self, criterion_id: str) -> None:
        """Show the barrier and the actions of a criterion (hidden when there is nothing to
        say: the answer is not short of the criterion and nothing was recorded)."""
        self._criterion_id = criterion_id
        self._reload()

    def refresh(self) -> None:
        """Read the barriers and actions again (they changed elsewhere)."""
        self._barriers = None
        self._actions = None
        self._reload()

    def barrier(self) -> Barrier | None:
        """The barrier of the criterion shown, as stored."""
        if self._criterion_id is None:
            return None
        return self._round_barriers().get(self._criterion_id)

    def criterion_actions(self) -> list[Action]:
        """The unit's actions for the criterion shown, by due date."""
        return [a for a in self._unit_actions() if a.criterion_id == self._criterion_id]

    # --- reading ------------------------------------------------------------------------------

    def _round_barriers(self) -> dict[str, Barrier]:
        if self._barriers is None:
            session = self.controller.session
            try:
                found = session.service.barriers(session.round.id)
            except PromiseTrackerError:
                found = []
            self._barriers = {b.criterion_id: b for b in found}
        return self._barriers

    def _unit_actions(self) -> list[Action]:
        if self._actions is None:
            session = self.controller.session
            try:
                self._actions = session.service.actions(session.round.unit_id)
            except PromiseTrackerError:
                self._actions = []
        return self._actions

    def _reload(self) -> None:
        cid = self._criterion_id
        if cid is None:
            self.hide()
            return
        session = self.controller.session
        short = session.consensus_status(cid) in NOT_MET_STATUSES
        barrier = self.barrier()
        actions = self.criterion_actions()
        self.setVisible(short or barrier is not None or bool(actions))
        self.intro_label.setVisible(short)
        self._loading = True
        try:
            index = self.barrier_combo.findData(barrier.kind.value if barrier else None)
            self.barrier_combo.setCurrentIndex(max(index, 0))
            if self.barrier_text_edit.text() != (barrier.text if barrier else ""):
                self.barrier_text_edit.setText(barrier.text if barrier else "")
        finally:
            self._loading = False
        self._show_actions(actions)
        self._apply_kind()
        read_only = session.read_only
        self.barrier_combo.setEnabled(not read_only)
        self.barrier_text_edit.setReadOnly(read_only)

    def _show_actions(self, actions: list[Action]) -> None:
        today = dt.date.today()
        chosen = self.actions_list.currentItem()
        chosen_id = chosen.data(0, ActionIdRole) if chosen is not None else None
        self.actions_list.clear()
        for action in actions:
            due = self.tr("No date") if action.due_date is None else format_date(action.due_date)
            overdue = action.is_overdue(today)
            if overdue:
                due = self.tr("⚠ {date} overdue").format(date=due)
            item = QTreeWidgetItem([action.title, self.status_label(action.status), due])
            item.setData(0, ActionIdRole, action.id)
            item.setToolTip(0, action.title)
            if overdue:
                item.setForeground(2, QBrush(QColor(_OVERDUE_COLOUR)))
                item.setToolTip(2, self.tr("Still open after its due date"))
            self.actions_list.addTopLevelItem(item)
            if action.id == chosen_id:
                self.actions_list.setCurrentItem(item)
        self._fit_actions_list(len(actions))
        self.actions_list.setVisible(bool(actions))
        self.no_actions_label.setVisible(not actions)
        self._update_buttons()

    def _fit_actions_list(self, count: int) -> None:
        """As tall as its rows, up to six (then it scrolls): no empty space on the page."""
        row = self.actions_list.sizeHintForRow(0) if count else 0
        row = max(row, self.actions_list.fontMetrics().lineSpacing() + 4)
        frame = 2 * self.actions_list.frameWidth()
        header = self.actions_list.header().sizeHint().height()
        self.actions_list.setFixedHeight(header + frame + row * min(max(count, 1), 6) + 2)

    # --- barrier ------------------------------------------------------------------------------

    def _chosen_kind(self) -> BarrierKind | None:
        data = self.barrier_combo.currentData()
        return BarrierKind(data) if data else None

    def _apply_kind(self) -> None:
        kind = self._chosen_kind()
        other = kind is BarrierKind.OTHER
        self.barrier_text_edit.setEnabled(kind is not None)
        self.barrier_text_label.setEnabled(kind is not None)
        self.barrier_text_edit.setPlaceholderText(
            self.tr("What stands in the way (needed for “Other”)")
            if other
            else self.tr("A detail, if it helps (optional)")
        )
        self.barrier_problem_label.setVisible(
            other and not self.barrier_text_edit.text().strip() and self.barrier() is None
        )

    @Slot(int)
    def _on_kind_chosen(self, _index: int) -> None:
        self._apply_kind()
        if not self._loading:
            self._save_barrier()

    @Slot(str)
    def _on_text_edited(self, _text: str) -> None:
        self._apply_kind()
        self._save_barrier()

    def _save_barrier(self) -> None:
        cid = self._criterion_id
        session = self.controller.session
        if cid is None or session.read_only:
            return
        kind = self._chosen_kind()
        stored = self.barrier()
        text = self.barrier_text_edit.text().strip()
        try:
            if kind is None:
                if stored is not None:
                    session.service.clear_barrier(session.round.id, cid)
                    self._round_barriers().pop(cid, None)
                self.barrier_text_edit.clear()
                return
            if kind is BarrierKind.OTHER and not text:
                # Not saved until described; the earlier barrier stays stored meanwhile.
                self.barrier_problem_label.show()
                return
            self.barrier_problem_label.hide()
            if stored is not None and stored.kind is kind and stored.text == text:
                return
            wanted = Barrier(session.round.id, cid, kind, text)
            if stored is not None:
                wanted = replace(wanted, version=stored.version)
            self._round_barriers()[cid] = session.service.set_barrier(wanted)
        except ConflictError:
            warn(
                self,
                self.tr(
                    "This barrier was changed in another window meanwhile. It now shows what "
                    "is saved; make your change again if it is still needed."
                ),
            )
            self.refresh()
        except PromiseTrackerError as error:
            warn(self, error.message)
            self.refresh()

    # --- actions ------------------------------------------------------------------------------

    def _update_buttons(self, *_: object) -> None:
        self.open_action_button.setEnabled(self.actions_list.currentItem() is not None)

    def _on_add_clicked(self) -> None:
        if self._criterion_id is not None:
            self.actionRequested.emit(self._criterion_id, "")

    def _on_open_clicked(self) -> None:
        item = self.actions_list.currentItem()
        if item is not None:
            self._on_item_activated(item)

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if self._criterion_id is not None:
            self.actionRequested.emit(self._criterion_id, str(item.data(0, ActionIdRole)))

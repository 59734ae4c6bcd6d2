"""The review of the unit's open actions when a new round starts: for each, what became of it
(done, partly, carry on, dropped), saved in one step; each links to its criterion."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.entities import Action, ActionStatus
from promise_tracker.errors import ConflictError, NotFoundError, PromiseTrackerError
from promise_tracker.gui.improvement.plan_data import UnitCriteria, date_text
from promise_tracker.gui.shared.accessibility import announce, content_label
from promise_tracker.gui.shared.action_dialog import short_statement, status_label
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.forms import problem_label
from promise_tracker.gui.shared.look import set_secondary_text
from promise_tracker.gui.shared.window import warn
from promise_tracker.gui.shared.window_size import fit_to_screen

if TYPE_CHECKING:
    from promise_tracker.services.assessment import AssessmentService


class Outcome(Enum):
    """What the team says became of an open action."""

    CARRY_ON = "carry-on"  # unchanged
    DONE = "done"
    PARTLY = "partly"  # stays in progress, with a note
    DROPPED = "dropped"


@dataclass
class _Row:
    action: Action
    outcome: QComboBox
    note: QLineEdit
    go_to: QPushButton


def reviewed(action: Action, outcome: Outcome, note: str) -> Action | None:
    """The action after the review, or None when it stays as it is."""
    note = note.strip()
    if outcome is Outcome.CARRY_ON:
        return None
    status = {
        Outcome.DONE: ActionStatus.DONE,
        Outcome.PARTLY: ActionStatus.IN_PROGRESS,
        Outcome.DROPPED: ActionStatus.DROPPED,
    }[outcome]
    return replace(action, status=status, progress_note=note or action.progress_note)


class ReviewDialog(QDialog):
    """Lists the open actions with a choice and a note each; Save stores every change at once.

    Modeless, so the user can look at a criterion (Go to) and come back."""

    goToRequested = Signal(str)  # criterion id
    saved = Signal(list)  # the actions changed, as stored

    def __init__(
        self,
        service: AssessmentService,
        unit_name: str,
        actions: Sequence[Action],
        criteria: UnitCriteria,
        language: str,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionReviewDialog")
        self.setWindowTitle(self.tr("Review the open actions"))
        self.service = service
        self.unit_id = actions[0].unit_id if actions else ""
        self.criteria = criteria
        self.language = language
        self.today = today
        self.rows: list[_Row] = []

        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("reviewIntro")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(
            self.tr(
                "A new round has started. {unit} has %n open action(s) from earlier rounds: "
                "what became of each? “Carry on” leaves an action as it is; “Partly” keeps it "
                "in progress with a note on what is left.",
                "",
                len(actions),
            ).format(unit=unit_name)
        )

        self.rows_widget = QWidget(self)
        self.grid = QGridLayout(self.rows_widget)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(3, 4)
        scroll = QScrollArea(self)
        scroll.setObjectName("reviewScroll")
        scroll.setAccessibleName(self.tr("Open actions to review"))
        # Not a Tab stop of its own (it would show no focus): Tab goes through the rows,
        # and the area scrolls to show the control with the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_widget)

        self.problem_label = problem_label(self, "reviewProblemLabel")
        content_label(self.problem_label, self.problem_label.accessibleName())
        self.buttons = QDialogButtonBox(self)
        self.buttons.setObjectName("reviewButtons")
        self.save_button = self.buttons.addButton(
            self.tr("&Save the review"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveReviewButton")
        show_focus(self.save_button)  # a default button shows its focus too
        self.save_button.setAccessibleName(self.tr("Save the review"))
        later = self.buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("reviewLaterButton")
        later.setAccessibleName(self.tr("Later: close without changing the actions"))
        later.setToolTip(
            self.tr("Close without changing the actions; review them any time in the Action plan")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.set_actions(actions)
        chars = self.fontMetrics().averageCharWidth()
        wanted = QSize(chars * 190, self.fontMetrics().height() * (8 + 5 * min(len(actions), 6)))
        fit_to_screen(self, wanted)  # never larger than a small screen (1024x600)

    # --- rows -------------------------------------------------------------------------------

    def set_actions(self, actions: Sequence[Action]) -> None:
        """Show `actions`, keeping the choices already made for the ones still there."""
        chosen = {row.action.id: (row.outcome.currentData(), row.note.text()) for row in self.rows}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        for column, title in enumerate(
            (self.tr("Criterion"), self.tr("Action"), self.tr("Outcome"), self.tr("Note"))
        ):
            header = QLabel(title, self.rows_widget)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, column)
        previous: QWidget | None = None
        for number, action in enumerate(actions, start=1):
            row = self._add_row(number, action, chosen.get(action.id))
            for widget in (row.outcome, row.note, row.go_to):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.save_button)
        self.grid.setRowStretch(len(actions) + 1, 1)
        if self.rows:
            self.rows[0].outcome.setFocus()
        self._check()

    def _add_row(self, number: int, action: Action, chosen: tuple[object, str] | None) -> _Row:
        parent = self.rows_widget
        criterion = self.criteria.criteria.get(action.criterion_id)
        statement = criterion.statement.get(self.language) if criterion is not None else ""
        criterion_box = QWidget(parent)
        criterion_layout = QVBoxLayout(criterion_box)
        criterion_layout.setContentsMargins(0, 0, 0, 0)
        criterion_label = QLabel(
            f"{action.criterion_id}  {short_statement(statement, 60)}".strip(), criterion_box
        )
        criterion_label.setWordWrap(True)
        criterion_label.setToolTip(statement)
        go_to = QPushButton(self.tr("Go to"), criterion_box)
        go_to.setObjectName(f"reviewGoTo_{number}")
        go_to.setAccessibleName(
            self.tr("Go to criterion {criterion}").format(criterion=action.criterion_id)
        )
        go_to.setToolTip(self.tr("Show this criterion in the new round"))
        go_to.setAutoDefault(False)
        go_to.clicked.connect(
            lambda _c=False, cid=action.criterion_id: self.goToRequested.emit(cid)
        )
        criterion_layout.addWidget(criterion_label)
        criterion_layout.addWidget(go_to, 0, Qt.AlignmentFlag.AlignLeft)

        details = [status_label(action.status)]
        if action.due_date is not None:
            details.append(self.tr("due {date}").format(date=date_text(action.due_date)))
        if action.is_overdue(self.today):
            details.append(self.tr("⚠ overdue").replace(" ", "\u00a0"))
        if action.responsible_role:
            details.append(action.responsible_role)
        action_label = QLabel(
            f"<b>{_escape(action.title)}</b><br>{_escape(' · '.join(details))}", parent
        )
        action_label.setObjectName(f"reviewAction_{number}")
        action_label.setWordWrap(True)
        action_label.setTextFormat(Qt.TextFormat.RichText)

        outcome = QComboBox(parent)
        outcome.setObjectName(f"reviewOutcome_{number}")
        outcome.setAccessibleName(self.tr("What became of “{action}”").format(action=action.title))
        outcome.addItem(self.tr("Carry on (unchanged)"), Outcome.CARRY_ON.value)
        outcome.addItem(self.tr("Done"), Outcome.DONE.value)
        outcome.addItem(self.tr("Partly (stays in progress)"), Outcome.PARTLY.value)
        outcome.addItem(self.tr("Dropped"), Outcome.DROPPED.value)
        note = QLineEdit(action.progress_note, parent)
        note.setObjectName(f"reviewNote_{number}")
        note.setAccessibleName(self.tr("Note on “{action}”").format(action=action.title))
        note.setPlaceholderText(self.tr("What was done, what is left"))
        note.setCursorPosition(0)
        if chosen is not None:
            outcome.setCurrentIndex(max(outcome.findData(chosen[0]), 0))
            note.setText(chosen[1])
        outcome.currentIndexChanged.connect(self._check)
        note.textChanged.connect(self._check)

        grid_row = number
        self.grid.addWidget(criterion_box, grid_row, 0)
        self.grid.addWidget(action_label, grid_row, 1)
        self.grid.addWidget(outcome, grid_row, 2, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(note, grid_row, 3, Qt.AlignmentFlag.AlignTop)
        row = _Row(action, outcome, note, go_to)
        self.rows.append(row)
        return row

    # --- choices ----------------------------------------------------------------------------

    def choose(self, action_id: str, outcome: Outcome, note: str | None = None) -> None:
        """Make a choice for one action (as the user would in its row)."""
        for row in self.rows:
            if row.action.id == action_id:
                row.outcome.setCurrentIndex(row.outcome.findData(outcome.value))
                if note is not None:
                    row.note.setText(note)
                return
        raise KeyError(action_id)

    def changes(self) -> list[Action]:
        changed = []
        for row in self.rows:
            after = reviewed(row.action, Outcome(row.outcome.currentData()), row.note.text())
            if after is not None:
                changed.append(after)
        return changed

    @Slot()
    def _check(self, *_: object) -> None:
        missing = [
            row
            for row in self.rows
            if Outcome(row.outcome.currentData()) is Outcome.PARTLY and not row.note.text().strip()
        ]
        problem = ""
        if missing:
            problem = self.tr(
                "Add a note to each action marked “Partly”: say what is still to be done."
            )
        self.save_button.setEnabled(not problem)
        shown_before = self.problem_label.text()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        if problem and problem != shown_before and self.isVisible():
            announce(self.problem_label, problem)
        set_secondary_text(self.problem_label)

    # --- saving -------------------------------------------------------------------------------

    def accept(self) -> None:
        """Store every change in one step; on a conflict nothing is stored and the actions are
        shown as they are saved now."""
        if not self.save_button.isEnabled():
            return
        changes = self.changes()
        try:
            stored = self.service.review_actions(changes) if changes else []
        except (ConflictError, NotFoundError):
            warn(
                self,
                self.tr(
                    "Some of these actions were changed or deleted elsewhere (in another window "
                    "or on another computer) since they were shown here, so nothing was saved. "
                    "The list now shows them as they are saved; check your choices and save "
                    "again."
                ),
            )
            self.set_actions(self.service.open_actions(self.unit_id))
            return
        except PromiseTrackerError as error:
            warn(self, str(error))
            return
        self.saved.emit(stored)
        super().accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

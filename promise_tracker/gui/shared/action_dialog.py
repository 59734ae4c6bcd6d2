"""The editor of one action of the action plan: what will be done for a criterion, who leads
it, by when, and how far it got. Saves through the service itself, so every feature that
opens it (the action plan, the criterion page) gets the same checks and messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.entities import Action, ActionStatus, Agency
from promise_tracker.domain.respondents import looks_like_person_name
from promise_tracker.errors import ConflictError, NotFoundError, PromiseTrackerError
from promise_tracker.gui.shared.accessibility import announce, content_label, describe
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.forms import (
    DateEdit,
    add_form_row,
    problem_label,
    with_shortcut,
)
from promise_tracker.gui.shared.labels import agency_label
from promise_tracker.gui.shared.look import set_secondary_text
from promise_tracker.gui.shared.window import confirm, warn
from promise_tracker.gui.shared.window_size import grow_to_fit

if TYPE_CHECKING:
    from promise_tracker.services.assessment import AssessmentService
    from promise_tracker.standards.model import Criterion

TITLE_MAX_LENGTH = 300
ROLE_MAX_LENGTH = 120


def status_label(status: ActionStatus | str) -> str:
    """An action's status in plain words."""
    labels = {
        ActionStatus.PLANNED: QCoreApplication.translate("ActionDialog", "Planned"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("ActionDialog", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("ActionDialog", "Done"),
        ActionStatus.DROPPED: QCoreApplication.translate("ActionDialog", "Dropped"),
    }
    try:
        return labels[ActionStatus(status)]
    except ValueError:
        return str(status)


def lead_agency_text(value: str) -> str:
    """The lead agency in plain words; "Not decided" when none is chosen yet."""
    if not value:
        return QCoreApplication.translate("ActionDialog", "Not decided")
    try:
        return agency_label(Agency(value))
    except ValueError:
        return value  # a value this version does not know: shown as it is


def short_statement(text: str, limit: int = 70) -> str:
    """The start of a criterion's statement, cut at a word, for lists and tables."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def criterion_caption(criterion_id: str, criterion: Criterion | None, language: str) -> str:
    """The criterion's number and statement ("BQS-1.1-02  The unit has …")."""
    if criterion is None:
        return criterion_id
    return f"{criterion_id}  {criterion.statement.get(language)}"


class ActionDialog(QDialog):
    """Adds or edits one action of a unit's action plan, and deletes it (after asking).

    `action` is the action to edit, or a new one (empty id) with its unit, round and
    criterion filled in; with an empty criterion the dialog lets the user choose one of
    `criteria`. The dialog saves through `service` when the user presses Save: `saved` is
    emitted with the action as stored, `deleted` with the id of a deleted action (and the
    dialog finishes with `DELETED`).
    """

    DELETED = 2

    saved = Signal(object)
    deleted = Signal(str)

    def __init__(
        self,
        service: AssessmentService,
        action: Action,
        criteria: Sequence[Criterion],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.service = service
        self.language = language
        self._action = action
        self._criteria = {criterion.id: criterion for criterion in criteria}
        self.stored: Action | None = None

        self.criterion_label = QLabel(self)
        self.criterion_label.setObjectName("actionCriterionLabel")
        self.criterion_label.setWordWrap(True)
        content_label(self.criterion_label, self.tr("Criterion"))
        font = self.criterion_label.font()
        font.setBold(True)
        self.criterion_label.setFont(font)

        # Only a new action made without a criterion (from the action plan) chooses one.
        self.criterion_combo = QComboBox(self)
        self.criterion_combo.setObjectName("actionCriterionCombo")
        self.criterion_combo.setAccessibleName(self.tr("Criterion of the action"))
        for criterion in criteria:
            self.criterion_combo.addItem(
                f"{criterion.id}  {short_statement(criterion.statement.get(language))}",
                criterion.id,
            )
            self.criterion_combo.setItemData(
                self.criterion_combo.count() - 1,
                criterion.statement.get(language),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.criterion_combo.setVisible(not action.criterion_id)
        self.criterion_combo.currentIndexChanged.connect(self._show_criterion)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("actionTitleEdit")
        self.title_edit.setAccessibleName(self.tr("What will be done"))
        self.title_edit.setMaxLength(TITLE_MAX_LENGTH)
        self.title_edit.setPlaceholderText(
            self.tr("For example: Agree a joint interview protocol with the police")
        )

        self.agency_combo = QComboBox(self)
        self.agency_combo.setObjectName("actionAgencyCombo")
        self.agency_combo.setAccessibleName(self.tr("Lead agency"))
        self.agency_combo.addItem(self.tr("Not decided"), "")
        for agency in Agency:
            self.agency_combo.addItem(agency_label(agency), agency.value)

        self.role_edit = QLineEdit(self)
        self.role_edit.setObjectName("actionRoleEdit")
        self.role_edit.setAccessibleName(self.tr("Responsible role"))
        self.role_edit.setMaxLength(ROLE_MAX_LENGTH)
        self.role_edit.setPlaceholderText(self.tr("e.g. Barnahus coordinator"))

        # A warning, not a refusal: the text may still be kept.
        self.role_warning = QLabel(
            self.tr(
                "⚠ This looks like a person's name. Name a role, such as “Barnahus "
                "coordinator”, so the plan stays right when people change jobs and no one "
                "is named in reports."
            ),
            self,
        )
        self.role_warning.setObjectName("actionRoleWarning")
        self.role_warning.setWordWrap(True)
        content_label(self.role_warning, self.tr("Warning about the responsible role"))
        bold = self.role_warning.font()
        bold.setBold(True)
        self.role_warning.setFont(bold)

        self.due_check = QCheckBox(self.tr("D&ue by:"), self)
        self.due_check.setObjectName("actionDueCheck")
        self.due_check.setAccessibleDescription(self.tr("The action has a due date"))
        self.due_check.setToolTip(
            with_shortcut(self.tr("Tick to give the action a due date"), self.tr("D&ue by:"))
        )
        self.due_edit = DateEdit(parent=self)
        self.due_edit.setObjectName("actionDueEdit")
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setMinimumDate(QDate(1990, 1, 1))
        self.due_edit.setMaximumDate(QDate(2100, 12, 31))
        self.due_check.toggled.connect(self.due_edit.setEnabled)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("actionStatusCombo")
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in ActionStatus:
            self.status_combo.addItem(status_label(status), status.value)

        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("actionNoteEdit")
        self.note_edit.setAccessibleName(self.tr("Progress note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("What has been done so far, what is next"))
        self.note_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_form_row(
            form,
            self.tr("&What will be done:"),
            self.title_edit,
            self.tr("The action, in a sentence (required)."),
        )
        add_form_row(
            form,
            self.tr("&Lead agency:"),
            self.agency_combo,
            self.tr("The agency that leads the action, if it is decided."),
        )
        add_form_row(
            form,
            self.tr("&Responsible role:"),
            self.role_edit,
            self.tr("A role, never a person's name."),
        )
        form.addRow("", self.role_warning)
        form.addRow(self.due_check, self.due_edit)
        self.due_edit.setToolTip(self.tr("The date the action should be done by."))
        add_form_row(form, self.tr("&Status:"), self.status_combo, self.tr("How far it got."))
        add_form_row(
            form,
            self.tr("Progress &note:"),
            self.note_edit,
            self.tr("What has been done so far and what is next."),
        )

        self.problem_label = problem_label(self, "actionProblemLabel")
        content_label(self.problem_label, self.problem_label.accessibleName())
        set_secondary_text(self.problem_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("actionButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("actionSaveButton")
        show_focus(self.save_button)  # a default button shows its focus too
        self.save_button.setAccessibleName(self.tr("Save the action"))
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setObjectName("actionDeleteButton")
        self.delete_button.setAccessibleName(self.tr("Delete the action"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.setToolTip(
            with_shortcut(self.tr("Delete this action from the plan"), self.tr("&Delete…"))
        )
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)

        layout = QVBoxLayout(self)
        layout.addWidget(self.criterion_combo)
        layout.addWidget(self.criterion_label)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.criterion_combo, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.agency_combo)
        QWidget.setTabOrder(self.agency_combo, self.role_edit)
        QWidget.setTabOrder(self.role_edit, self.due_check)
        QWidget.setTabOrder(self.due_check, self.due_edit)
        QWidget.setTabOrder(self.due_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.buttons)

        self.title_edit.textChanged.connect(self._check)
        self.role_edit.textChanged.connect(self._check)
        self.load(action)
        if not action.criterion_id:
            self.criterion_combo.setFocus()
        else:
            self.title_edit.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    # --- showing --------------------------------------------------------------------------

    def load(self, action: Action) -> None:
        """Show `action` in the fields (also the stored version after a conflict)."""
        self._action = action
        self.setWindowTitle(self.tr("Edit action") if action.id else self.tr("New action"))
        self.delete_button.setVisible(bool(action.id))
        self.title_edit.setText(action.title)
        index = self.agency_combo.findData(action.lead_agency)
        if index < 0:  # a value this version does not know: kept as it is
            self.agency_combo.addItem(action.lead_agency, action.lead_agency)
            index = self.agency_combo.count() - 1
        self.agency_combo.setCurrentIndex(index)
        self.role_edit.setText(action.responsible_role)
        due = action.due_date
        self.due_check.setChecked(due is not None)
        self.due_edit.setEnabled(due is not None)
        if due is None:
            # A month ahead is a sensible first guess once the box is ticked.
            due = dt.date.today() + dt.timedelta(days=30)
        self.due_edit.setDate(QDate(due.year, due.month, due.day))
        self.status_combo.setCurrentIndex(
            max(0, self.status_combo.findData(ActionStatus(action.status).value))
        )
        self.note_edit.setPlainText(action.progress_note)
        self._show_criterion()
        self._check()

    @Slot()
    def _show_criterion(self, *_: object) -> None:
        criterion_id = self.criterion_id()
        self.criterion_label.setText(
            criterion_caption(criterion_id, self._criteria.get(criterion_id), self.language)
        )

    def criterion_id(self) -> str:
        if self._action.criterion_id:
            return self._action.criterion_id
        return str(self.criterion_combo.currentData() or "")

    @Slot()
    def _check(self) -> None:
        problem = ""
        if not self.title_edit.text().strip():
            problem = self.tr("Say what will be done to save the action.")
        elif not self.criterion_id():
            problem = self.tr("Choose the criterion the action is for.")
        self.save_button.setEnabled(not problem)
        shown_before = self.problem_label.text()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        if problem and problem != shown_before and self.isVisible():
            announce(self.problem_label, problem)
        warned = looks_like_person_name(self.role_edit.text())
        if warned != self.role_warning.isVisibleTo(self):
            self.role_warning.setVisible(warned)
            # The warning is read with the field (its description) and said when it appears.
            describe(self.role_edit, self.role_warning.text() if warned else "")
            if warned and self.isVisible():
                announce(self.role_warning, self.role_warning.text(), assertive=True)
            if self.isVisible():
                grow_to_fit(self)

    def edited(self) -> Action:
        """The action as the fields show it."""
        due: dt.date | None = None
        if self.due_check.isChecked():
            day = self.due_edit.date()
            due = dt.date(day.year(), day.month(), day.day())
        return replace(
            self._action,
            criterion_id=self.criterion_id(),
            title=self.title_edit.text().strip(),
            lead_agency=str(self.agency_combo.currentData() or ""),
            responsible_role=self.role_edit.text().strip(),
            due_date=due,
            status=ActionStatus(str(self.status_combo.currentData())),
            progress_note=self.note_edit.toPlainText().strip(),
        )

    # --- saving ---------------------------------------------------------------------------

    def accept(self) -> None:
        """Save the action; the dialog stays open when it could not be saved."""
        if not self.save_button.isEnabled():
            return
        action = self.edited()
        try:
            if action.id:
                stored = self.service.update_action(action)
            else:
                stored = self.service.add_action(action)
        except ConflictError as error:
            current = error.current if isinstance(error.current, Action) else None
            if current is None:
                self._removed_elsewhere()
                return
            warn(
                self,
                str(error)
                + "\n\n"
                + self.tr(
                    "The action is shown as it was saved there. Make your change again if it "
                    "is still needed, and save."
                ),
            )
            self.load(current)
            return
        except NotFoundError:
            if action.id:
                self._removed_elsewhere()
            else:
                warn(
                    self,
                    self.tr(
                        "The unit or round of this action was deleted elsewhere (in another "
                        "window or on another computer), so the action cannot be saved."
                    ),
                )
            return
        except PromiseTrackerError as error:
            warn(self, str(error))
            return
        self.stored = stored
        self.saved.emit(stored)
        super().accept()

    def _removed_elsewhere(self) -> None:
        warn(
            self,
            self.tr(
                "This action was deleted elsewhere (in another window or on another computer) "
                "since it was shown here, so your change was not saved. Press Save again to "
                "add it to the plan as a new action."
            ),
        )
        self._action = replace(self.edited(), id="", version=0)
        self.setWindowTitle(self.tr("New action"))
        self.delete_button.setVisible(False)

    @Slot()
    def delete(self) -> None:
        """Delete the action after asking; the dialog then finishes with DELETED."""
        action = self._action
        if not action.id:
            return
        if not confirm(
            self,
            self.tr("Delete action"),
            self.tr("Delete the action “{title}” from the plan?\n\nThis cannot be undone.").format(
                title=action.title
            ),
            self.tr("Delete"),
        ):
            return
        try:
            self.service.delete_action(action.id)
        except NotFoundError:
            pass  # deleted elsewhere meanwhile: what the user wanted
        except PromiseTrackerError as error:
            warn(self, str(error))
            return
        self.deleted.emit(action.id)
        self.done(self.DELETED)


__all__ = [
    "ActionDialog",
    "criterion_caption",
    "lead_agency_text",
    "short_statement",
    "status_label",
]

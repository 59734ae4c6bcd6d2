"""The dialog that adds or edits an event of a unit (date, title, description)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.entities import Event
from promise_tracker.gui.shared.forms import DateEdit, add_form_row, problem_label

TITLE_MAX_LENGTH = 200


@dataclass(frozen=True)
class EventFields:
    """What the user entered for an event."""

    date: dt.date
    title: str
    description: str


class EventDialog(QDialog):
    """Date, title (required) and description of something that happened to the unit."""

    def __init__(self, event: Event | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))

        intro = QLabel(
            self.tr(
                "Events are things that happened to your unit, such as a move, new staff or "
                "a new routine. They are drawn on the chart of scores over time."
            ),
            self,
        )
        intro.setWordWrap(True)

        day = event.date if event else dt.date.today()
        # Reads "01/06/2027" typed in full as it is shown (a plain QDateEdit reads the "06"
        # into the year): the interface's date format, with a four-digit year.
        self.date_edit = DateEdit(QDate(day.year, day.month, day.day), self)
        self.date_edit.setObjectName("eventDateEdit")
        self.date_edit.setAccessibleName(self.tr("Date of the event"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(1990, 1, 1))
        self.date_edit.setMaximumDate(QDate(dt.date.today().year + 5, 12, 31))

        self.title_edit = QLineEdit(event.title if event else "", self)
        self.title_edit.setObjectName("eventTitleEdit")
        self.title_edit.setAccessibleName(self.tr("Title of the event"))
        self.title_edit.setMaxLength(TITLE_MAX_LENGTH)
        self.title_edit.setPlaceholderText(self.tr("For example: Moved to new premises"))

        self.description_edit = QPlainTextEdit(event.description if event else "", self)
        self.description_edit.setObjectName("eventDescriptionEdit")
        self.description_edit.setAccessibleName(self.tr("Description of the event"))
        self.description_edit.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing()
        self.description_edit.setMinimumHeight(lines * 5)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_form_row(
            form,
            self.tr("&Date:"),
            self.date_edit,
            self.tr("When it happened; the arrow opens a calendar."),
        )
        add_form_row(
            form,
            self.tr("&Title:"),
            self.title_edit,
            self.tr("A short name, shown on the chart."),
        )
        add_form_row(
            form,
            self.tr("D&escription:"),
            self.description_edit,
            self.tr("Optional: what happened and why it may matter."),
        )

        self.problem_label = problem_label(self, "eventProblemLabel")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("eventButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("eventOkButton")
        ok.setAccessibleName(self.tr("Save the event"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.date_edit, self.title_edit)
        self.setTabOrder(self.title_edit, self.description_edit)
        self.title_edit.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        # An existing event is usually edited for its wording: start in the title.
        (self.title_edit if event else self.date_edit).setFocus()

    def _check(self) -> None:
        blank = not self.title_edit.text().strip()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not blank)
        self.problem_label.setText(self.tr("Enter a title for the event.") if blank else "")
        self.problem_label.setVisible(blank)

    def fields(self) -> EventFields:
        day = self.date_edit.date()
        return EventFields(
            date=dt.date(day.year(), day.month(), day.day()),
            title=self.title_edit.text().strip(),
            description=self.description_edit.toPlainText().strip(),
        )

    @staticmethod
    def ask(parent: QWidget | None, event: Event | None = None) -> EventFields | None:
        """Show the dialog modally; the fields entered, or None when cancelled."""
        dialog = EventDialog(event, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.fields()
            return None
        finally:
            dialog.deleteLater()

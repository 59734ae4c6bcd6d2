"""Which round of each unit of the open database the Compare window takes (RoundChoice)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.gui.shared.accessibility import describe
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.forms import DateEdit, problem_label, show_problem
from promise_tracker.services.network_compare import RoundChoice


class DatabaseRoundsDialog(QDialog):
    """Asks which round of each unit to compare: the latest, the latest by a date, or the
    latest of a title; finalised rounds only unless rounds in progress are ticked."""

    def __init__(self, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseRoundsDialog")
        self.setWindowTitle(self.tr("Add the units in this database"))
        intro = QLabel(
            self.tr(
                "{database}: every unit you may read is added to the comparison, each on one "
                "of its rounds. Choose which:"
            ).format(database=database_name),
            self,
        )
        intro.setObjectName("databaseRoundsIntro")
        intro.setWordWrap(True)

        self.latest_button = QRadioButton(self.tr("Its &latest round"), self)
        self.latest_button.setObjectName("latestRoundButton")
        self.by_date_button = QRadioButton(self.tr("Its latest round on or &before:"), self)
        self.by_date_button.setObjectName("roundByDateButton")
        self.by_title_button = QRadioButton(self.tr("Its latest round &titled:"), self)
        self.by_title_button.setObjectName("roundByTitleButton")
        self.rule_group = QButtonGroup(self)
        for button in (self.latest_button, self.by_date_button, self.by_title_button):
            self.rule_group.addButton(button)
        self.latest_button.setChecked(True)

        today = dt.date.today()
        self.date_edit = DateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setObjectName("roundDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Latest round on or before"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("roundTitleEdit")
        self.title_edit.setAccessibleName(self.tr("Round title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Self-assessment 2025"))
        describe(self.title_edit, self.tr("Capitals and spaces around the title do not matter."))

        self.drafts_box = QCheckBox(
            self.tr("Include rounds in &progress (not finalised yet)"), self
        )
        self.drafts_box.setObjectName("includeDraftsBox")
        self.drafts_box.setToolTip(
            self.tr(
                "A round in progress may still change; if less than 80 % of it is answered, "
                "the comparison marks it incomplete."
            )
        )
        self.problem = problem_label(self, "databaseRoundsProblem")
        show_problem(self.problem, "")

        rules = QGridLayout()
        rules.addWidget(self.latest_button, 0, 0, 1, 2)
        rules.addWidget(self.by_date_button, 1, 0)
        rules.addWidget(self.date_edit, 1, 1)
        rules.addWidget(self.by_title_button, 2, 0)
        rules.addWidget(self.title_edit, 2, 1)
        rules.setColumnStretch(1, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        add = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        add.setText(self.tr("&Add units"))
        add.setObjectName("addDatabaseUnitsButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for box_button in self.buttons.buttons():
            show_focus(box_button)  # the default button (Add units) looks the same focused or not

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(rules)
        layout.addWidget(self.drafts_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        # Room for a round's title as typed ("Self-assessment 2025"), within a small screen.
        self.setMinimumWidth(480)

        self.date_edit.dateChanged.connect(lambda _: self.by_date_button.setChecked(True))
        self.title_edit.textEdited.connect(lambda _: self.by_title_button.setChecked(True))
        self.rule_group.buttonToggled.connect(lambda *_: show_problem(self.problem, ""))
        QWidget.setTabOrder(self.latest_button, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.drafts_box)

    def choice(self) -> RoundChoice:
        """The rule as chosen."""
        on_or_before: dt.date | None = None
        title = ""
        if self.by_date_button.isChecked():
            on_or_before = self.date_edit.date().toPython()  # type: ignore[assignment]
        elif self.by_title_button.isChecked():
            title = self.title_edit.text().strip()
        return RoundChoice(
            drafts=self.drafts_box.isChecked(), on_or_before=on_or_before, title=title
        )

    def accept(self) -> None:
        if self.by_title_button.isChecked() and not self.title_edit.text().strip():
            show_problem(self.problem, self.tr("Type the title of the rounds to compare."))
            self.title_edit.setFocus()
            return
        super().accept()

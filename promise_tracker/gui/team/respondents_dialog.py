"""Team > Respondents: the people answering in the open round, by alias, added, edited, removed.

Respondents are known by an alias only. The alias dialog warns (without refusing) when an alias
looks like a person's real name. A finalised round's respondents are shown read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.entities import Agency, Respondent
from promise_tracker.domain.respondents import looks_like_person_name
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.shared.accessibility import announce, content_label, describe
from promise_tracker.gui.shared.conflict_dialog import save_resolving_conflicts
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.forms import (
    add_form_row,
    problem_label,
    show_problem,
    with_shortcut,
)
from promise_tracker.gui.shared.labels import agency_label
from promise_tracker.gui.shared.look import set_secondary_text
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.gui.shared.table_rows import FlatListModel
from promise_tracker.gui.shared.window_size import grow_to_fit
from promise_tracker.standards.model import Pack

ALIAS_MAX_LENGTH = 60

COLUMN_ALIAS, COLUMN_PERSPECTIVE, COLUMN_AGENCY, COLUMN_ANSWERS = range(4)
_COLUMN_COUNT = 4
RespondentIdRole = Qt.ItemDataRole.UserRole + 1

_ROOT = QModelIndex()


def perspective_label(pack: Pack, perspective_id: str, language: str) -> str:
    """A perspective's label in `language`; its id if the pack does not know it."""
    try:
        return pack.perspective(perspective_id).label.get(language)
    except KeyError:
        return perspective_id


def agency_text(agency: str) -> str:
    try:
        return agency_label(Agency(agency))
    except ValueError:
        return agency


class RespondentsTableModel(FlatListModel):
    """The open round's respondents (alias, perspective, agency, answers given), read-only."""

    column_count = _COLUMN_COUNT

    def __init__(
        self, controller: RoundController, language: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._language = language
        self._rows: tuple[Respondent, ...] = controller.session.respondents
        controller.respondentsChanged.connect(self.reload)
        controller.answerChanged.connect(self._on_answer_changed)

    @Slot()
    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._controller.session.respondents
        self.endResetModel()

    @Slot(str)
    def _on_answer_changed(self, _criterion_id: str) -> None:
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, COLUMN_ANSWERS), self.index(last, COLUMN_ANSWERS))

    def respondent(self, row: int) -> Respondent:
        return self._rows[row]

    def row_of(self, respondent_id: str) -> int:
        for row, respondent in enumerate(self._rows):
            if respondent.id == respondent_id:
                return row
        return -1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COLUMN_ALIAS: self.tr("Alias"),
            COLUMN_PERSPECTIVE: self.tr("Perspective"),
            COLUMN_AGENCY: self.tr("Agency"),
            COLUMN_ANSWERS: self.tr("Answers"),
        }
        return titles.get(section)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        respondent = self._rows[index.row()]
        column = index.column()
        if role == RespondentIdRole:
            return respondent.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COLUMN_ANSWERS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == COLUMN_ANSWERS:
            return self.tr("Criteria this respondent has answered, not applicable included")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        session = self._controller.session
        if column == COLUMN_ALIAS:
            return respondent.alias
        if column == COLUMN_PERSPECTIVE:
            return perspective_label(session.pack, respondent.perspective, self._language)
        if column == COLUMN_AGENCY:
            return agency_text(respondent.agency)
        if column == COLUMN_ANSWERS:
            count = session.answer_count(respondent.id)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("%n answer(s)", "", count)
            return str(count)
        return None


@dataclass(frozen=True)
class RespondentFields:
    """What the user entered for a respondent."""

    alias: str
    perspective: str
    agency: str


class RespondentEditDialog(QDialog):
    """Alias (required), perspective and agency of one respondent."""

    def __init__(
        self,
        pack: Pack,
        language: str,
        taken_aliases: set[str],
        respondent: Respondent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("respondentEditDialog")
        self.setWindowTitle(self.tr("Edit respondent") if respondent else self.tr("Add respondent"))
        # Other respondents' aliases, case-folded: two people with one alias could not be told
        # apart in the lists.
        self._taken = {alias.casefold() for alias in taken_aliases}

        intro = QLabel(
            self.tr(
                "Give each respondent an alias, such as “Police 1” or “R3”. Never enter a "
                "real name: aliases appear in reports and exports."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.alias_edit = QLineEdit(respondent.alias if respondent else "", self)
        self.alias_edit.setObjectName("respondentAliasEdit")
        self.alias_edit.setAccessibleName(self.tr("Alias"))
        self.alias_edit.setMaxLength(ALIAS_MAX_LENGTH)
        self.alias_edit.setPlaceholderText(self.tr("For example: Police 1"))

        self.perspective_combo = QComboBox(self)
        self.perspective_combo.setObjectName("respondentPerspectiveCombo")
        self.perspective_combo.setAccessibleName(self.tr("Perspective"))
        for perspective in pack.perspectives:
            self.perspective_combo.addItem(perspective.label.get(language), perspective.id)
            if perspective.description is not None:
                self.perspective_combo.setItemData(
                    self.perspective_combo.count() - 1,
                    perspective.description.get(language),
                    Qt.ItemDataRole.ToolTipRole,
                )

        self.agency_combo = QComboBox(self)
        self.agency_combo.setObjectName("respondentAgencyCombo")
        self.agency_combo.setAccessibleName(self.tr("Agency"))
        for agency in Agency:
            self.agency_combo.addItem(agency_label(agency), agency.value)

        if respondent is not None:
            self._choose(self.perspective_combo, respondent.perspective)
            self._choose(self.agency_combo, respondent.agency)
        else:
            self.agency_combo.setCurrentIndex(self.agency_combo.findData(Agency.OTHER.value))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_form_row(
            form,
            self.tr("&Alias:"),
            self.alias_edit,
            self.tr("How this respondent is shown; never a real name."),
        )
        add_form_row(
            form,
            self.tr("&Perspective:"),
            self.perspective_combo,
            self.tr("The point of view this respondent answers from."),
        )
        add_form_row(
            form,
            self.tr("A&gency:"),
            self.agency_combo,
            self.tr("The agency this respondent works for."),
        )

        # A warning, not a refusal: the alias may still be kept.
        self.name_warning = QLabel(self)
        self.name_warning.setObjectName("aliasNameWarning")
        self.name_warning.setWordWrap(True)
        content_label(self.name_warning, self.tr("Warning about the alias"))
        self.name_warning.setVisible(False)
        self.name_warning.setText(
            self.tr(
                "⚠ This looks like a person's name. Respondents must not be identifiable: "
                "use an alias such as “Police 1” or “R3” instead."
            )
        )
        font = self.name_warning.font()
        font.setBold(True)
        self.name_warning.setFont(font)

        self.problem_label = problem_label(self, "respondentProblemLabel")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("respondentButtons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("respondentOkButton")
        # Named as it reads ("OK"), so voice control finds it; what it does is described.
        ok.setAccessibleDescription(self.tr("Save the respondent"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.name_warning)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.alias_edit, self.perspective_combo)
        QWidget.setTabOrder(self.perspective_combo, self.agency_combo)
        QWidget.setTabOrder(self.agency_combo, self.buttons)
        self.alias_edit.textChanged.connect(self._check)
        self._check()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.alias_edit.setFocus()
        self.alias_edit.selectAll()
        for button in self.findChildren(QPushButton):
            show_focus(button)  # a default button shows its focus too

    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0:  # a value this version does not know: kept as it is
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    @Slot()
    def _check(self) -> None:
        alias = self.alias_edit.text().strip()
        problem = ""
        if not alias:
            problem = self.tr("Enter an alias for the respondent.")
        elif alias.casefold() in self._taken:
            problem = self.tr("Another respondent of this round already has this alias.")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        show_problem(self.problem_label, problem)
        warn = looks_like_person_name(alias)
        if warn == self.name_warning.isVisibleTo(self):
            return
        self.name_warning.setVisible(warn)
        # Read with the field (and said at once, before the user types on).
        describe(self.alias_edit, self.name_warning.text() if warn else "")
        if warn:
            if self.isVisible():
                announce(self.alias_edit, self.name_warning.text(), assertive=True)
            # The dialog grows for the warning instead of squeezing its fields.
            grow_to_fit(self)

    def fields(self) -> RespondentFields:
        return RespondentFields(
            alias=self.alias_edit.text().strip(),
            perspective=str(self.perspective_combo.currentData()),
            agency=str(self.agency_combo.currentData()),
        )


class RespondentsDialog(QDialog):
    """Lists the open round's respondents with Add, Edit and Remove (Team > Respondents)."""

    def __init__(
        self, controller: RoundController, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("respondentsDialog")
        self.setWindowTitle(self.tr("Respondents"))
        self.controller = controller
        self.language = language
        # The edit dialog open at the moment (tests and screenshots reach it here).
        self.edit_dialog: RespondentEditDialog | None = None
        self.confirm_box: QMessageBox | None = None

        session = controller.session
        self.intro_label = QLabel(self)
        self.intro_label.setObjectName("respondentsIntro")
        self.intro_label.setWordWrap(True)
        self.intro_label.setText(
            self.tr(
                "The people answering in “{round}”, known by an alias only. Each answers the "
                "criteria on their own; the team then agrees its consensus answers."
            ).format(round=session.round.title)
        )
        self.read_only_label = QLabel(
            self.tr("This round is finalised: its respondents can no longer change."), self
        )
        self.read_only_label.setObjectName("respondentsReadOnlyLabel")
        self.read_only_label.setWordWrap(True)
        set_secondary_text(self.read_only_label)

        self.model = RespondentsTableModel(controller, language, self)
        self.table = QTableView(self)
        self.table.setObjectName("respondentsTable")
        self.table.setAccessibleName(self.tr("Respondents of this round"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_ALIAS, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_PERSPECTIVE, COLUMN_AGENCY, COLUMN_ANSWERS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.activated.connect(self.edit_selected)

        self.empty_label = QLabel(
            self.tr("No respondents yet. Add the people answering in this round."), self
        )
        self.empty_label.setObjectName("respondentsEmptyLabel")
        self.empty_label.setWordWrap(True)
        set_secondary_text(self.empty_label)

        self.add_button = self._button("addRespondentButton", self.tr("&Add…"), self.add)
        self.add_button.setToolTip(with_shortcut(self.tr("Add a respondent"), self.tr("&Add…")))
        self.edit_button = self._button(
            "editRespondentButton", self.tr("&Edit…"), self.edit_selected
        )
        self.edit_button.setToolTip(
            with_shortcut(self.tr("Change the selected respondent"), self.tr("&Edit…"))
        )
        self.remove_button = self._button(
            "removeRespondentButton", self.tr("&Remove…"), self.remove_selected
        )
        delete_key = QKeySequence(QKeySequence.StandardKey.Delete).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.remove_button.setToolTip(
            self.tr("Remove the selected respondent and their answers ({shortcut}, {key})").format(
                shortcut=QKeySequence.mnemonic(self.tr("&Remove…")).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
                key=delete_key,
            )
        )
        # The Delete key on the table removes the selected respondent (after confirming).
        self.table.installEventFilter(self)

        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.setObjectName("respondentsCloseButtons")
        self.close_buttons.rejected.connect(self.reject)
        # Enter on a row edits it; the table passes the key on, and a default Close button
        # would then shut the dialog behind the user's back.
        close = self.close_buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.close_buttons)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        controller.roundChanged.connect(self._update_buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 24)
        self._update_buttons()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()
        for button in self.findChildren(QPushButton):
            show_focus(button)  # a default button shows its focus too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- state --------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.controller.session.read_only

    def selected(self) -> Respondent | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.respondent(rows[0].row()) if rows else None

    def select(self, respondent_id: str) -> None:
        row = self.model.row_of(respondent_id)
        if row >= 0:
            self.table.selectRow(row)

    @Slot()
    def _update_buttons(self) -> None:
        has_selection = self.selected() is not None
        self.read_only_label.setVisible(self.read_only)
        self.add_button.setEnabled(not self.read_only)
        self.edit_button.setEnabled(has_selection and not self.read_only)
        self.remove_button.setEnabled(has_selection and not self.read_only)
        self.empty_label.setVisible(self.model.rowCount() == 0)

    # --- actions ------------------------------------------------------------------------------

    def _ask(self, respondent: Respondent | None) -> RespondentFields | None:
        session = self.controller.session
        taken = {
            r.alias for r in session.respondents if respondent is None or r.id != respondent.id
        }
        dialog = RespondentEditDialog(session.pack, self.language, taken, respondent, self)
        self.edit_dialog = dialog
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.fields()
            return None
        finally:
            self.edit_dialog = None
            dialog.deleteLater()

    @Slot()
    def add(self) -> None:
        if self.read_only:
            return
        fields = self._ask(None)
        if fields is None:
            return
        added: list[Respondent] = []
        if self._guarded(
            lambda: added.append(
                self.controller.add_respondent(fields.alias, fields.perspective, fields.agency)
            )
        ):
            self.select(added[0].id)
        self.table.setFocus()

    @Slot()
    def edit_selected(self, *_: object) -> None:
        respondent = self.selected()
        if respondent is None or self.read_only:
            return
        fields = self._ask(respondent)
        if fields is None:
            return
        changed = replace(
            respondent, alias=fields.alias, perspective=fields.perspective, agency=fields.agency
        )
        # Changed meanwhile in another window: both are shown and the user decides.
        if self._guarded(
            lambda: save_resolving_conflicts(
                self,
                self.controller.update_respondent,
                changed,
                lambda mine, theirs: replace(mine, version=theirs.version),
            )
        ):
            self.select(respondent.id)
        self.table.setFocus()

    @Slot()
    def remove_selected(self) -> None:
        respondent = self.selected()
        if respondent is None or self.read_only:
            return
        count = self.controller.session.answer_count(respondent.id)
        text = self.tr(
            "Remove {alias} and the %n answer(s) they gave, with their notes?\n\n"
            "This cannot be undone.",
            "",
            count,
        ).format(alias=respondent.alias)
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Remove respondent"), text, parent=self
        )
        box.setObjectName("removeRespondentBox")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemoveButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirm_box = box
        try:
            box.exec()
            confirmed = box.clickedButton() is remove
        finally:
            self.confirm_box = None
            box.deleteLater()
        if not confirmed:
            return
        row = self.table.currentIndex().row()
        removed = self._guarded(lambda: self.controller.delete_respondent(respondent.id))
        if removed and self.model.rowCount():
            self.table.selectRow(min(max(row, 0), self.model.rowCount() - 1))
        self.table.setFocus()

    def _guarded(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except PromiseTrackerError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), str(error), parent=self)
            box.setObjectName("respondentErrorBox")
            box.exec()
            return False
        return True

    @staticmethod
    def show_for(controller: RoundController, language: str, parent: QWidget | None = None) -> None:
        """Show the dialog modally until closed."""
        dialog = RespondentsDialog(controller, language, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

"""View > History of this criterion…: every saved change of the criterion in the round, newest
first: when, who saved it, whose answer (the team's or a respondent's) or which record, and
what changed, in plain words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.entities import BarrierKind, Change, ChangeAction
from promise_tracker.domain.history import SummaryPart, summary_parts
from promise_tracker.gui.assessment.improvement_section import ImprovementSection
from promise_tracker.gui.shared.accessibility import content_label
from promise_tracker.gui.shared.action_dialog import lead_agency_text, status_label
from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.shared.table_rows import Cell, Row, RowsModel
from promise_tracker.standards.model import Pack

COLUMN_WHEN, COLUMN_WHO, COLUMN_WHAT, COLUMN_CHANGE = range(4)


def local_date_time(when: dt.datetime) -> str:
    """A stored time (naive UTC) as the user's local date, shown as every date in the app,
    and time (the locale's short format)."""
    local = when.replace(tzinfo=dt.UTC).astimezone()
    time = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{format_date(local.date())} {time}"


class CriterionHistoryDialog(QDialog):
    """The history of one criterion in one round, read when the dialog opens."""

    def __init__(
        self,
        criterion_id: str,
        round_title: str,
        changes: Sequence[Change],
        pack: Pack,
        aliases: dict[str, str],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("criterionHistoryDialog")
        self.setWindowTitle(
            self.tr("History of criterion {criterion}").format(criterion=criterion_id)
        )
        self._pack = pack
        self._aliases = aliases
        self._language = language

        intro = QLabel(
            self.tr(
                "Every change saved to criterion {criterion} in the round {round}, newest "
                "first: the team's answer, each respondent's, the barrier and the actions."
            ).format(criterion=criterion_id, round=round_title),
            self,
        )
        intro.setObjectName("historyIntroLabel")
        intro.setWordWrap(True)
        content_label(intro, self.tr("About this history"))

        self.model = RowsModel(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change")], self
        )
        self.model.set_rows([self._row(change) for change in changes])
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(
            self.tr("Changes to criterion {criterion}, newest first").format(criterion=criterion_id)
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the Close button
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setCornerButtonEnabled(False)
        header = self.table.horizontalHeader()
        header.setObjectName("historyTableHeader")
        header.setAccessibleName(self.tr("Columns of the history"))
        for column in (COLUMN_WHEN, COLUMN_WHO, COLUMN_WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_CHANGE, QHeaderView.ResizeMode.Stretch)
        # Each row as high as its wrapped change text, whatever the window's width.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.empty_label = QLabel(
            self.tr(
                "No change to this criterion has been saved yet. Changes are recorded from "
                "this version of PROMISE tracker on."
            ),
            self,
        )
        self.empty_label.setObjectName("historyEmptyLabel")
        self.empty_label.setWordWrap(True)
        content_label(self.empty_label, self.tr("No history yet"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("historyButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("historyCloseButton")
        # The words Qt shows on the button, already translated where every Close is named.
        close.setAccessibleName(QCoreApplication.translate("Forms", "Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)

        has_history = bool(changes)
        self.table.setVisible(has_history)
        self.empty_label.setVisible(not has_history)
        if has_history:
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            close.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(760, 420)

    # --- the rows ---------------------------------------------------------------------------

    def _row(self, change: Change) -> Row:
        return Row(
            key=str(change.id),
            cells=(
                Cell(local_date_time(change.changed_at)),
                Cell(change.changed_by),
                Cell(self._what(change)),
                Cell(self._change_text(change)),
            ),
        )

    def _what(self, change: Change) -> str:
        if change.record == "answer":
            if change.respondent_id is None:
                return self.tr("Team")
            alias = self._aliases.get(change.respondent_id)
            return alias if alias is not None else self.tr("A removed respondent")
        names = {
            "barrier": self.tr("Barrier"),
            "action": self.tr("Action"),
            "round": self.tr("Round"),
            "respondent": self.tr("Respondent"),
            "unit": self.tr("Unit"),
            "event": self.tr("Event"),
        }
        return names.get(change.record, change.record)

    def _change_text(self, change: Change) -> str:
        verb = {
            ChangeAction.ADDED: self.tr("Added"),
            ChangeAction.CHANGED: self.tr("Changed"),
            ChangeAction.REMOVED: self.tr("Removed"),
        }[change.action]
        details = [self._part(part) for part in summary_parts(change.summary)]
        if not details:
            return verb
        return self.tr("{action}: {details}").format(action=verb, details=", ".join(details))

    def _part(self, part: SummaryPart) -> str:
        """One field of a change in words (free text is only named, never shown)."""
        special = self._special(part)
        if special is not None:
            return special
        name = self._field_name(part.field)
        if part.is_text:
            return name
        show = self._value_text(part.field)
        old = show(part.old) if part.old else ""
        new = show(part.new) if part.new else ""
        if not old:
            return self.tr("{field} {new}").format(field=name, new=new)
        if not new:
            return self.tr("{field} was {old}").format(field=name, old=old)
        return self.tr("{field} from {old} to {new}").format(field=name, old=old, new=new)

    def _special(self, part: SummaryPart) -> str | None:
        """Flags and moves, said as what they mean."""
        if part.field == "flagged":
            return (
                self.tr("flagged for discussion") if part.new == "yes" else self.tr("flag removed")
            )
        if part.field == "carried":
            if part.new == "yes":
                return self.tr("carried forward, to confirm")
            return self.tr("confirmed") if part.old == "yes" else None
        if part.field == "criterion_id" and part.old and part.new:
            return self.tr("moved from criterion {old}").format(old=part.old)
        return None

    def _field_name(self, field: str) -> str:
        names = {
            "value": self.tr("answer"),
            "note": self.tr("evidence note"),
            "na_justification": self.tr("reason for not applicable"),
            "dissent": self.tr("dissenting view"),
            "kind": self.tr("barrier"),
            "text": self.tr("description"),
            "title": self.tr("title"),
            "status": self.tr("status"),
            "due_date": self.tr("due date"),
            "lead_agency": self.tr("lead agency"),
            "responsible_role": self.tr("responsible role"),
            "progress_note": self.tr("progress note"),
            "criterion_id": self.tr("criterion"),
        }
        return names.get(field, field.replace("_", " "))

    def _value_text(self, field: str) -> Callable[[str], str]:
        if field == "value":
            return self._answer_label
        if field == "kind":
            return _barrier_kind_label
        if field == "status":
            return status_label
        if field == "lead_agency":
            return lead_agency_text
        if field in ("due_date", "date"):
            return _date_label
        return str

    def _answer_label(self, value: str) -> str:
        try:
            return self._pack.answer_scale.option(value).label.get(self._language)
        except KeyError:
            return value  # an answer of another version of the standards


def _barrier_kind_label(value: str) -> str:
    try:
        return ImprovementSection.kind_label(BarrierKind(value))
    except ValueError:
        return value


def _date_label(value: str) -> str:
    try:
        return format_date(dt.date.fromisoformat(value))
    except ValueError:
        return value

"""The dialogs that start a new assessment round and rename one."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.gui.shared.accessibility import content_label
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.forms import (
    DateEdit,
    add_form_row,
    format_date,
    name_fields_by_labels,
    problem_label,
    show_problem,
    spoken_label,
    with_shortcut,
)
from promise_tracker.standards.model import Pack
from promise_tracker.standards.problems import escape_controls
from promise_tracker.standards.registry import split_local_variants, version_key

if TYPE_CHECKING:
    from promise_tracker.domain.entities import Round

TITLE_MAX_LENGTH = 200


@dataclass(frozen=True)
class RoundFields:
    """What the user chose for a new round."""

    title: str
    date: dt.date
    pack: Pack
    compare_with_previous: bool
    # The earlier round whose answers are carried forward (None: start empty), and whether
    # its respondents are added too (without their answers).
    start_from: str | None = None
    carry_respondents: bool = False


def newest_first(packs: Sequence[Pack]) -> list[Pack]:
    """Packs with the most recent publication first, and within one, the highest version."""
    return sorted(
        packs,
        key=lambda pack: (pack.source.published or "", version_key(pack.version)),
        reverse=True,
    )


def _shortened(text: str, limit: int = 50) -> str:
    """`text` cut to `limit` characters with an ellipsis, so one line still fits."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _without_mnemonic(text: str) -> str:
    """`text` as read aloud: "&Show" is "Show", "R&&D" is "R&D"."""
    return re.sub(r"&(.)", r"\1", text)


class RoundDialog(QDialog):
    """Title, date and standards pack of a new round, and how it starts: from an earlier
    round of the unit (its answers carried forward, to confirm; the latest by default) or
    empty (compared with the last round, if wanted).

    `earlier_rounds` are the unit's rounds, oldest first; without them only the comparison
    with the previous round (`has_previous_round`) is offered.
    """

    def __init__(
        self,
        packs: Sequence[Pack],
        language: str,
        has_previous_round: bool,
        previous_round_title: str | None,
        parent: QWidget | None = None,
        *,
        earlier_rounds: Sequence[Round] = (),
    ) -> None:
        super().__init__(parent)
        if not packs:
            raise ValueError("a round needs at least one standards pack")
        self._earlier = list(earlier_rounds)
        if self._earlier:
            has_previous_round = True
            previous_round_title = self._earlier[-1].title
        self.language = language
        # Local variants (a user's pack with a shipped pack's id) come last, apart and marked,
        # so the shipped standards stay the default and a variant is only used when picked.
        offered, variants = split_local_variants(packs)
        self._packs = newest_first(offered) + newest_first(variants)
        self._variant_count = len(variants)
        self.setObjectName("roundDialog")
        self.setWindowTitle(self.tr("New round"))

        intro = QLabel(
            self.tr(
                "A round is one self-assessment of your unit: your team answers every "
                "criterion of the chosen standards pack."
            ),
            self,
        )
        intro.setWordWrap(True)

        today = dt.date.today()
        self.title_edit = QLineEdit(self._default_title(today.year), self)
        self.title_edit.setObjectName("roundTitleEdit")
        self.title_edit.setMaxLength(TITLE_MAX_LENGTH)

        self.date_edit = DateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setObjectName("roundDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(1990, 1, 1))
        self.date_edit.setMaximumDate(QDate(today.year + 5, 12, 31))
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self._year_in_title = today.year

        self.pack_combo = QComboBox(self)
        self.pack_combo.setObjectName("roundPackCombo")
        # Long pack titles must not widen the dialog beyond the screen; the popup shows them.
        self.pack_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pack_combo.setMinimumContentsLength(30)
        first_variant = len(self._packs) - self._variant_count
        for index, pack in enumerate(self._packs):
            label = self.tr("{title}, version {version}").format(
                title=pack.title.get(language), version=pack.version
            )
            tooltip = pack.source.citation.get(language)
            if index >= first_variant:
                if index == first_variant and first_variant > 0:
                    self.pack_combo.insertSeparator(self.pack_combo.count())
                label = self.tr("{pack} (local variant: {file})").format(
                    pack=label, file=escape_controls(pack.origin)
                )
                tooltip = self.tr(
                    "A local variant: a file in your packs folder that uses the id of a pack "
                    "shipped with PROMISE tracker but says something else. Choose it only if "
                    "your team agreed to assess with it."
                )
            self.pack_combo.addItem(label, index)
            self.pack_combo.setItemData(
                self.pack_combo.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole
            )

        # The provenance statement is shown in full: users must know whose words they judge.
        self.provenance_label = QLabel(self)
        self.provenance_label.setObjectName("packProvenanceLabel")
        content_label(self.provenance_label, self.tr("Provenance of the standards pack"))
        self.provenance_label.setWordWrap(True)
        self.provenance_label.setTextFormat(Qt.TextFormat.PlainText)
        self.provenance_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.provenance_label.setFrameShape(QFrame.Shape.StyledPanel)
        margin = self.fontMetrics().height() // 3
        self.provenance_label.setMargin(margin)
        self.provenance_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pack_combo.currentIndexChanged.connect(self._show_provenance)

        if has_previous_round and previous_round_title:
            compare_text = self.tr(
                "&Show the answers of the previous round ({title}) beside the new ones"
            ).format(title=_shortened(previous_round_title).replace("&", "&&"))
        else:
            compare_text = self.tr("&Show the answers of the previous round beside the new ones")
        self._has_previous = has_previous_round
        self.compare_check = QCheckBox(compare_text, self)
        self.compare_check.setObjectName("compareCheck")
        self.compare_check.setAccessibleName(_without_mnemonic(compare_text))
        if has_previous_round:
            self.compare_check.setChecked(True)
            self.compare_check.setToolTip(
                with_shortcut(
                    self.tr(
                        "Each criterion then shows what your team answered last time, "
                        "so you can see what changed."
                    ),
                    compare_text,
                )
            )
        else:
            self.compare_check.setChecked(False)
            self.compare_check.setEnabled(False)
            self.compare_check.setToolTip(
                self.tr("There is no earlier round of this unit to compare with.")
            )

        self._build_start_choice()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        add_form_row(
            form,
            self.tr("&Title:"),
            self.title_edit,
            self.tr("A name that tells this round apart from the others."),
        )
        add_form_row(
            form,
            self.tr("&Date:"),
            self.date_edit,
            self.tr("When the team assesses; the arrow opens a calendar."),
        )
        add_form_row(
            form,
            self.tr("Standards &pack:"),
            self.pack_combo,
            self.tr("The standards and criteria the round is assessed against."),
        )

        name_fields_by_labels(form)
        self.problem_label = problem_label(self, "roundProblemLabel")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("roundOkButton")
        show_focus(self.ok_button)  # a default button shows its focus too
        self.ok_button.setText(self.tr("Start round"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(form)
        provenance_heading = QLabel(self.tr("Where the criteria of this pack come from:"), self)
        layout.addWidget(provenance_heading)
        layout.addWidget(self.provenance_label)
        # Across the whole width: a check box cannot wrap its text.
        layout.addWidget(self.start_box)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.title_edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.pack_combo)
        chain: list[QWidget] = [self.title_edit, self.date_edit, self.pack_combo]
        chain += [self.start_from_radio, self.start_from_combo, self.carry_respondents_check]
        chain += [self.start_empty_radio, self.compare_check, self.buttons]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        # Wide enough for the check boxes' one line (they cannot wrap) and a readable statement.
        margins = layout.contentsMargins()
        indent = self.fontMetrics().averageCharWidth() * 6
        widest = max(
            self.compare_check.sizeHint().width(),
            self.carry_respondents_check.sizeHint().width(),
        )
        self.setMinimumWidth(
            max(
                self.fontMetrics().averageCharWidth() * 100,
                widest + indent + 2 * (margins.left() + margins.right()),
            )
        )

        self.title_edit.textChanged.connect(self._update_ok)
        self._show_provenance()
        self._update_ok()
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _build_start_choice(self) -> None:
        """Start from an earlier round (its answers carried forward) or start empty."""
        self.start_box = QGroupBox(self.tr("How the round starts"), self)
        self.start_box.setObjectName("roundStartBox")
        box_layout = QVBoxLayout(self.start_box)
        indent = self.fontMetrics().averageCharWidth() * 4

        self.start_from_radio = QRadioButton(self.tr("Start &from an earlier round:"), self)
        self.start_from_radio.setObjectName("startFromRadio")
        self.start_from_radio.setAccessibleName(self.tr("Start from an earlier round"))
        self.start_from_combo = QComboBox(self)
        self.start_from_combo.setObjectName("startFromCombo")
        self.start_from_combo.setAccessibleName(self.tr("The earlier round to start from"))
        self.start_from_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.start_from_combo.setMinimumContentsLength(24)
        for earlier in reversed(self._earlier):  # the latest first, chosen by default
            self.start_from_combo.addItem(
                self.tr("{title} ({date})").format(
                    title=earlier.title, date=format_date(earlier.date)
                ),
                earlier.id,
            )
        self.start_from_combo.setToolTip(
            self.tr(
                "Its answers, evidence notes, reasons for “not applicable” and flags are "
                "copied, each to confirm or change."
            )
        )
        from_row = QHBoxLayout()
        from_row.addWidget(self.start_from_radio)
        from_row.addWidget(self.start_from_combo, 1)
        box_layout.addLayout(from_row)

        self.start_from_hint = QLabel(
            self.tr(
                "Its answers, evidence notes and reasons are copied as “carried forward”: "
                "they count once your team confirms or changes them."
            ),
            self,
        )
        self.start_from_hint.setObjectName("startFromHint")
        self.start_from_hint.setWordWrap(True)
        self.start_from_hint.setContentsMargins(indent, 0, 0, 0)
        box_layout.addWidget(self.start_from_hint)

        respondents_text = self.tr("Also add that round's &respondents (without their answers)")
        self.carry_respondents_check = QCheckBox(respondents_text, self)
        self.carry_respondents_check.setObjectName("carryRespondentsCheck")
        self.carry_respondents_check.setAccessibleName(_without_mnemonic(respondents_text))
        self.carry_respondents_check.setToolTip(
            with_shortcut(
                self.tr(
                    "Their aliases, perspectives and agencies, so they can answer this round too."
                ),
                respondents_text,
            )
        )
        respondents_row = QHBoxLayout()
        respondents_row.addSpacing(indent)
        respondents_row.addWidget(self.carry_respondents_check, 1)
        box_layout.addLayout(respondents_row)

        self.start_empty_radio = QRadioButton(self.tr("Start &empty"), self)
        self.start_empty_radio.setObjectName("startEmptyRadio")
        self.start_empty_radio.setAccessibleName(self.tr("Start empty"))
        box_layout.addWidget(self.start_empty_radio)
        compare_row = QHBoxLayout()
        compare_row.addSpacing(indent)
        compare_row.addWidget(self.compare_check, 1)
        box_layout.addLayout(compare_row)

        self.start_group = QButtonGroup(self)
        self.start_group.addButton(self.start_from_radio)
        self.start_group.addButton(self.start_empty_radio)
        if self._earlier:
            self.start_from_radio.setChecked(True)
        else:
            self.start_empty_radio.setChecked(True)
            for widget in (
                self.start_from_radio,
                self.start_from_combo,
                self.carry_respondents_check,
            ):
                widget.setEnabled(False)
            self.start_from_radio.setToolTip(
                self.tr("There is no earlier round of this unit to start from.")
            )
            self.start_from_hint.hide()
        self.start_from_radio.toggled.connect(self._update_start)
        self._update_start()

    def _update_start(self, *_: object) -> None:
        from_earlier = self.start_from_radio.isChecked()
        self.start_from_combo.setEnabled(from_earlier)
        self.carry_respondents_check.setEnabled(from_earlier)
        self.start_from_hint.setEnabled(from_earlier)
        # Started from a round, the round is compared with that one anyway.
        has_previous = bool(self._earlier) or self._has_previous
        self.compare_check.setEnabled(has_previous and not from_earlier)

    def start_from(self) -> str | None:
        """The id of the earlier round chosen to start from, or None to start empty."""
        if not self.start_from_radio.isChecked():
            return None
        data = self.start_from_combo.currentData()
        return str(data) if data else None

    def _default_title(self, year: int) -> str:
        """The suggested title for a round in `year` (the year of the round's date, never an
        earlier round's title), numbered when the unit already has a round of that name."""
        base = self.tr("Self-assessment {year}").format(year=year)
        taken = {earlier.title for earlier in self._earlier}
        title, number = base, 2
        while title in taken:
            title = self.tr("{title} ({number})").format(title=base, number=number)
            number += 1
        return title

    def _on_date_changed(self, date: QDate) -> None:
        # While the title is still the suggested one, it follows the chosen year.
        if self.title_edit.text() == self._default_title(self._year_in_title):
            self.title_edit.setText(self._default_title(date.year()))
        self._year_in_title = date.year()

    def selected_pack(self) -> Pack:
        index = self.pack_combo.currentData()
        return self._packs[index if isinstance(index, int) else 0]

    def _show_provenance(self) -> None:
        self.provenance_label.setText(self.selected_pack().provenance.get(self.language))

    def _update_ok(self) -> None:
        blank = not self.title_edit.text().strip()
        self.ok_button.setEnabled(not blank)
        problem = self.tr("Enter a title for the round.") if blank else ""
        show_problem(self.problem_label, problem, self.title_edit)

    def fields(self) -> RoundFields:
        chosen = self.date_edit.date()
        return RoundFields(
            title=" ".join(self.title_edit.text().split()),
            date=dt.date(chosen.year(), chosen.month(), chosen.day()),
            pack=self.selected_pack(),
            compare_with_previous=self.compare_check.isEnabled() and self.compare_check.isChecked(),
            start_from=self.start_from(),
            carry_respondents=self.start_from() is not None
            and self.carry_respondents_check.isChecked(),
        )

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return  # Enter in the title field must not get round the check
        super().accept()

    @staticmethod
    def ask(
        packs: Sequence[Pack],
        language: str,
        has_previous_round: bool,
        previous_round_title: str | None,
        parent: QWidget | None = None,
        *,
        earlier_rounds: Sequence[Round] = (),
    ) -> RoundFields | None:
        """Show the dialog; the chosen fields, or None when the user cancels."""
        dialog = RoundDialog(
            packs,
            language,
            has_previous_round,
            previous_round_title,
            parent,
            earlier_rounds=earlier_rounds,
        )
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.fields()
            return None
        finally:
            dialog.deleteLater()


class RoundTitleDialog(QDialog):
    """Asks for a new title of a round; a blank title cannot be confirmed."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundTitleDialog")
        self.setWindowTitle(self.tr("Rename round"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.title_edit = QLineEdit(current, self)
        self.title_edit.setObjectName("renameRoundTitleEdit")
        self.title_edit.setMaxLength(TITLE_MAX_LENGTH)
        label = QLabel(self.tr("New &title:"), self)
        self.title_edit.setAccessibleName(spoken_label(label.text()))
        label.setBuddy(self.title_edit)
        self.title_edit.setToolTip(
            with_shortcut(self.tr("The title shown for the round everywhere."), label.text())
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("renameRoundOkButton")
        self.ok_button.setText(self.tr("Rename"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.title_edit.selectAll()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))
        if not self.ok_button.isEnabled():
            self.ok_button.setToolTip(self.tr("A round needs a title."))
        else:
            self.ok_button.setToolTip("")

    def title(self) -> str:
        return " ".join(self.title_edit.text().split())

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        super().accept()


def ask_round_title(parent: QWidget | None, current: str) -> str | None:
    """The new title the user enters for a round, or None when they cancel."""
    dialog = RoundTitleDialog(current, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.title()
        return None
    finally:
        dialog.deleteLater()

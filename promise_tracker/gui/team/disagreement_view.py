"""Disagreement window: where a round's respondents disagree, and how their scores compare.

A table of standards (each perspective's score, the respondents' mean, the consensus), a
"Needs discussion" list of criteria ordered by disagreement with a spread bar each, and for the
selected criterion the spread by perspective and what respondents wrote. It only reads; the
consensus meeting (consensus_mode) is where the team records its agreed answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QLocale,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.disagreement import (
    CriterionSpread,
    DiscussionItem,
    RespondentNote,
    ScoreComparison,
    ScoreRow,
    compare_scores,
    criterion_spreads,
    needs_discussion,
    respondent_notes,
)
from promise_tracker.domain.entities import Answer, Respondent, Round
from promise_tracker.domain.scoring import (
    CriterionStatus,
    ScoreBasis,
    criterion_status,
    index_answers,
)
from promise_tracker.errors import NotFoundError
from promise_tracker.gui.shared.accessibility import content_label
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.shared.look import scaled_font, set_secondary_text
from promise_tracker.gui.shared.spread_bar import (
    OPTION_COLOURS,
    UNANSWERED_COLOUR,
    SpreadDelegate,
    spread_text,
)
from promise_tracker.gui.shared.table_rows import RIGHT, Cell, Row, RowsModel
from promise_tracker.gui.shared.window import close_on_escape
from promise_tracker.standards.model import Pack

if TYPE_CHECKING:
    from promise_tracker.services.assessment import AssessmentService


@dataclass(frozen=True)
class TeamRound:
    """Everything the team views read about one round, loaded at once."""

    round: Round
    pack: Pack
    respondents: tuple[Respondent, ...]
    answers: tuple[Answer, ...]
    spreads: dict[str, CriterionSpread]
    discussion: tuple[DiscussionItem, ...]
    comparison: ScoreComparison
    consensus: dict[str, Answer]  # the team's agreed answers by criterion
    compare_round: Round | None
    previous: dict[str, Answer]  # the compared round's agreed answers by criterion

    @classmethod
    def load(cls, service: AssessmentService, round_id: str) -> TeamRound:
        assessment_round = service.round(round_id)
        pack = service.pack_for(assessment_round)
        respondents = tuple(service.respondents(round_id))
        answers = tuple(service.answers(round_id))
        spreads = criterion_spreads(pack, respondents, answers)
        compare_round: Round | None = None
        previous: dict[str, Answer] = {}
        if assessment_round.compare_round_id is not None:
            try:
                compare_round = service.round(assessment_round.compare_round_id)
                earlier = service.answers(compare_round.id)
                previous = index_answers(earlier).get(None, {})
            except NotFoundError:  # a vanished earlier round only hides the hint
                compare_round = None
        return cls(
            round=assessment_round,
            pack=pack,
            respondents=respondents,
            answers=answers,
            spreads=spreads,
            discussion=tuple(needs_discussion(pack, spreads)),
            comparison=compare_scores(pack, respondents, answers, spreads),
            consensus=index_answers(answers).get(None, {}),
            compare_round=compare_round,
            previous=previous,
        )

    def notes(self, criterion_id: str) -> list[RespondentNote]:
        return respondent_notes(criterion_id, self.respondents, self.answers)

    def is_agreed(self, criterion_id: str) -> bool:
        """Whether the team has recorded an agreed answer that counts (an N/A with its
        reason, an answer carried from an earlier round once confirmed)."""
        status = criterion_status(self.consensus.get(criterion_id), self.pack.answer_scale)
        return status not in _NOT_AGREED


_NOT_AGREED = {
    CriterionStatus.UNANSWERED,
    CriterionStatus.NEEDS_JUSTIFICATION,
    CriterionStatus.TO_CONFIRM,
}


def percent_text(value: float | None) -> str:
    return (
        "–"
        if value is None
        else QCoreApplication.translate("DisagreementView", "{value}%").format(value=round(value))
    )


def disagreement_text(value: float) -> str:
    """A disagreement level (0 to 1) with two decimals in the interface language's way:
    "0.95" in English, "0,95" in Swedish (where "0.95" reads as a misprint)."""
    return QLocale().toString(float(value), "f", 2)


def respondent_name(note: RespondentNote | Respondent, number: int, hide: bool) -> str:
    if hide:
        return QCoreApplication.translate("DisagreementView", "Respondent {number}").format(
            number=number
        )
    return note.alias


def answer_label(pack: Pack, value: str | None, language: str) -> str:
    if value is None:
        return QCoreApplication.translate("DisagreementView", "no answer")
    try:
        return pack.answer_scale.option(value).label.get(language)
    except KeyError:
        return value


def perspective_label(pack: Pack, perspective_id: str, language: str) -> str:
    try:
        return pack.perspective(perspective_id).label.get(language)
    except KeyError:
        return perspective_id


def two_lines(text: str, width: int = 12) -> str:
    """`text` broken at the space nearest its middle when longer than `width` characters."""
    if len(text) <= width or " " not in text:
        return text
    middle = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


class FitTableView(QTableView):
    """A table that asks for the height of all its rows (its maximum height), so a layout
    shows every row when there is room and shrinks it, scrolling, when there is not."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.maximumHeight() < 10_000:
            hint.setHeight(self.maximumHeight())
        return hint


class NotesTableView(QTableView):
    """The respondents' notes: the note gets most of the width whatever the window's size.

    Respondent and answer are as wide as their text; the perspective ("Clients (children and
    families)") gets at most a share of what is left and wraps, so on a small screen the note
    is not squeezed to a few letters a line.
    """

    PERSPECTIVE, NOTE = 1, 3
    # The most of the width left by respondent and answer that the perspective may take.
    PERSPECTIVE_SHARE = 0.35

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share_width()

    def share_width(self) -> None:
        model = self.model()
        if model is None or model.columnCount() <= self.NOTE:
            return
        header = self.horizontalHeader()
        for column in range(model.columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if column == self.PERSPECTIVE:
                mode = QHeaderView.ResizeMode.Interactive
            elif column == self.NOTE:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        fixed = sum(
            header.sectionSize(column) for column in range(self.NOTE) if column != self.PERSPECTIVE
        )
        left = max(0, self.viewport().width() - fixed)
        wanted = max(
            self.sizeHintForColumn(self.PERSPECTIVE), header.sectionSizeHint(self.PERSPECTIVE)
        )
        narrowest = header.minimumSectionSize()
        header.resizeSection(
            self.PERSPECTIVE, max(narrowest, min(wanted, round(left * self.PERSPECTIVE_SHARE)))
        )


def _table(
    parent: QWidget, name: str, accessible: str, kind: type[QTableView] = QTableView
) -> QTableView:
    table = kind(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(round(table.fontMetrics().height() * 1.7))
    table.setTabKeyNavigation(False)
    return table


def fit_height(table: QTableView) -> int:
    """The height that shows every row of `table` without a scroll bar."""
    model = table.model()
    count = model.rowCount() if model is not None else 0
    rows = sum(table.rowHeight(r) for r in range(count))
    header = table.horizontalHeader().sizeHint().height()
    return header + rows + 2 * table.frameWidth() + 2


class Legend(QWidget):
    """Swatches naming the colours of the spread bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spreadLegend")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_labels(self, labels: list[str]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        colours = [OPTION_COLOURS[i % len(OPTION_COLOURS)] for i in range(len(labels) - 1)]
        colours.append(UNANSWERED_COLOUR)
        for label, colour in zip(labels, colours, strict=True):
            swatch = QLabel(self)
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {colour}; border: 1px solid #4D4D4D;")
            swatch.setAccessibleName(label)
            text = QLabel(label, self)
            self._layout.addWidget(swatch)
            self._layout.addWidget(text)
            self._layout.addSpacing(10)
        self._layout.addStretch(1)
        self.setAccessibleName(
            QCoreApplication.translate("DisagreementView", "Colours: {labels}").format(
                labels=", ".join(labels)
            )
        )


class DisagreementView(QWidget):
    """Where the respondents of one round disagree (a window of its own; it only reads)."""

    criterionActivated = Signal(str)  # double-click or Enter on a listed criterion

    def __init__(
        self,
        service: AssessmentService,
        round_id: str,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("disagreementView")
        self.setWindowTitle(self.tr("Disagreement"))
        close_on_escape(self)
        self.service = service
        self.round_id = round_id
        self.language = language
        self.data: TeamRound | None = None
        self._build()
        self.refresh()
        for button in self.findChildren(QPushButton):
            show_focus(button)  # a default button shows its focus too

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title_label = QLabel(self)
        self.title_label.setObjectName("disagreementTitle")
        self.title_label.setFont(scaled_font(self.font(), 1.3, bold=True))
        content_label(self.title_label, self.tr("Round"))
        top.addWidget(self.title_label, 1)
        self.hide_names_check = QCheckBox(self.tr("&Hide names"), self)
        self.hide_names_check.setObjectName("hideNamesCheck")
        self.hide_names_check.setChecked(True)
        self.hide_names_check.setAccessibleDescription(self.tr("Hide respondents' names"))
        self.hide_names_check.setToolTip(
            self.tr("Show “Respondent 1”, “Respondent 2”… instead of aliases (Alt+H)")
        )
        self.hide_names_check.toggled.connect(self._show_selected)
        top.addWidget(self.hide_names_check)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        shown = self.refresh_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.refresh_button.setToolTip(
            self.tr("Read the round's answers again ({shortcut})").format(shortcut=shown)
        )
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.basis_label = QLabel(self)
        self.basis_label.setObjectName("basisLabel")
        self.basis_label.setWordWrap(True)
        content_label(self.basis_label, self.tr("How the round's score is counted"))
        set_secondary_text(self.basis_label)
        layout.addWidget(self.basis_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("disagreementSplitter")
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        # Left: scores by standard above the selected criterion; right: what to discuss.
        left = QWidget(self.splitter)
        left.setObjectName("scoresSide")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        scores_box = QGroupBox(self.tr("Scores by standard"), left)
        scores_box.setObjectName("scoresBox")
        scores_layout = QVBoxLayout(scores_box)
        self.scores_model = RowsModel([], self)
        self.scores_table = _table(
            scores_box, "scoresTable", self.tr("Scores by standard"), FitTableView
        )
        self.scores_table.setModel(self.scores_model)
        self.scores_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.scores_table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scores_table.setWordWrap(False)
        scores_layout.addWidget(self.scores_table)
        scores_hint = QLabel(
            self.tr(
                "Respondents' mean: the mean of each respondent's own score. Disagreement: "
                "0 when everyone who answered agrees, 1 when answers split evenly over every "
                "option (mean over the standard's criteria)."
            ),
            self,
        )
        scores_hint.setWordWrap(True)
        scores_hint.setObjectName("scoresHint")
        set_secondary_text(scores_hint)
        # Across the whole width (two lines, not four beside the list): on a 600-line screen
        # the selected criterion keeps its room. It explains both tables' columns.
        layout.insertWidget(layout.indexOf(self.splitter), scores_hint)

        # Right: what to discuss, and the selected criterion.
        self.discussion_box = QGroupBox(self.tr("Needs discussion"), self.splitter)
        self.discussion_box.setObjectName("discussionBox")
        discussion_layout = QVBoxLayout(self.discussion_box)
        self.hide_agreed_check = QCheckBox(self.tr("Hide criteria the team has &agreed"), self)
        self.hide_agreed_check.setObjectName("hideAgreedCheck")
        self.hide_agreed_check.setChecked(True)
        self.hide_agreed_check.setToolTip(
            self.tr(
                "Leave out the criteria that already have an agreed answer; shown, they say "
                "the answer in the Agreed column"
            )
        )
        self.hide_agreed_check.toggled.connect(self._on_hide_agreed)
        discussion_layout.addWidget(self.hide_agreed_check)
        # Said instead of an empty list: why nothing is listed and what to do about it.
        self.empty_label = QLabel(self.discussion_box)
        self.empty_label.setObjectName("discussionEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setVisible(False)
        discussion_layout.addWidget(self.empty_label)
        self.discussion_model = RowsModel([], self)
        self.discussion_table = _table(
            self.discussion_box, "discussionTable", self.tr("Criteria that need discussion")
        )
        self.discussion_table.setModel(self.discussion_model)
        self.discussion_table.setItemDelegateForColumn(3, SpreadDelegate(self.discussion_table))
        self.discussion_table.selectionModel().selectionChanged.connect(self._on_selection)
        self.discussion_table.activated.connect(self._on_activated)
        discussion_layout.addWidget(self.discussion_table)
        self.legend = Legend(self.discussion_box)
        discussion_layout.addWidget(self.legend)

        self.detail_box = QGroupBox(self.tr("Selected criterion"), left)
        self.detail_box.setObjectName("detailBox")
        detail_layout = QVBoxLayout(self.detail_box)
        self.statement_label = QLabel(self.detail_box)
        self.statement_label.setObjectName("detailStatement")
        self.statement_label.setWordWrap(True)
        self.statement_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statement_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statement_label.setFont(scaled_font(self.font(), 1.1, bold=True))
        content_label(self.statement_label, self.tr("Criterion statement"))
        detail_layout.addWidget(self.statement_label)
        self.perspective_model = RowsModel([], self)
        self.perspective_table = _table(
            self.detail_box, "perspectiveSpreadTable", self.tr("Answers by perspective")
        )
        self.perspective_table.setModel(self.perspective_model)
        self.perspective_table.setItemDelegateForColumn(1, SpreadDelegate(self.perspective_table))
        self.perspective_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        detail_layout.addWidget(self.perspective_table, 2)
        notes_label = QLabel(self.tr("What respondents &wrote"), self.detail_box)
        detail_layout.addWidget(notes_label)
        self.notes_model = RowsModel([], self)
        self.notes_table = cast(
            NotesTableView,
            _table(self.detail_box, "notesTable", self.tr("Respondents' notes"), NotesTableView),
        )
        self.notes_table.setModel(self.notes_model)
        self.notes_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        notes_label.setBuddy(self.notes_table)
        # Long notes wrap; rows grow to hold them.
        self.notes_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        detail_layout.addWidget(self.notes_table, 3)
        left_layout.addWidget(scores_box)
        left_layout.addWidget(self.detail_box, 1)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.discussion_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        QWidget.setTabOrder(self.hide_names_check, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.scores_table)
        QWidget.setTabOrder(self.scores_table, self.hide_agreed_check)
        QWidget.setTabOrder(self.hide_agreed_check, self.discussion_table)
        QWidget.setTabOrder(self.discussion_table, self.perspective_table)
        QWidget.setTabOrder(self.perspective_table, self.notes_table)

    # --- public API ---------------------------------------------------------------------------

    def set_round(self, round_id: str) -> None:
        self.round_id = round_id
        self.refresh()

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh()

    def refresh(self) -> None:
        """Read the round again (answers change in the main window and in meetings)."""
        selected = self.selected_criterion()
        self.data = TeamRound.load(self.service, self.round_id)
        self._fill_scores()
        self._fill_discussion()
        row = self.discussion_model.row_of(selected) if selected else -1
        self._select_row(row if row >= 0 else 0)
        self._show_selected()

    def discussion_ids(self) -> list[str]:
        """The listed criteria, in the order shown."""
        return [row.key for row in self.discussion_model.rows()]

    def selected_criterion(self) -> str | None:
        rows = self.discussion_table.selectionModel().selectedRows()
        return self.discussion_model.key(rows[0].row()) if rows else None

    def select_criterion(self, criterion_id: str) -> bool:
        row = self.discussion_model.row_of(criterion_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    # --- filling ------------------------------------------------------------------------------

    def _fill_scores(self) -> None:
        data = self.data
        assert data is not None
        pack, lang = data.pack, self.language
        self.title_label.setText(
            self.tr("Disagreement in “{title}” ({date}) · {count} respondents").format(
                title=data.round.title,
                date=format_date(data.round.date),
                count=len(data.respondents),
            )
        )
        comparison = data.comparison
        if comparison.basis is ScoreBasis.CONSENSUS:
            basis = self.tr(
                "The round's score is the team's agreed score: the answers the team agreed on."
            )
        else:
            basis = self.tr(
                "No answer is agreed yet: the round's score pools all respondents until the "
                "team agrees answers."
            )
        self.basis_label.setText(basis)
        headers = [self.tr("Standard")]
        headers += [perspective_label(pack, p, lang) for p in comparison.perspectives]
        headers += [self.tr("Respondents' mean"), self.tr("Consensus"), self.tr("Disagreement")]
        # Long headings go over two lines so the standards' titles keep their room.
        headers = [headers[0], *(two_lines(h) for h in headers[1:])]

        def row(score: ScoreRow, label: str, tooltip: str, bold: bool = False) -> Row:
            cells = [Cell(label, tooltip, bold=bold)]
            for perspective in comparison.perspectives:
                value = score.by_perspective.get(perspective)
                cells.append(Cell(percent_text(value), align=RIGHT, bold=bold))
            cells.append(Cell(percent_text(score.respondents_mean), align=RIGHT, bold=bold))
            cells.append(Cell(percent_text(score.consensus), align=RIGHT, bold=bold))
            level = "–" if score.disagreement is None else disagreement_text(score.disagreement)
            cells.append(Cell(level, align=RIGHT, bold=bold))
            return Row(score.number or "*", tuple(cells))

        rows = []
        for score in comparison.rows:
            title = pack.standard(score.number).title.get(lang)
            rows.append(row(score, f"{score.number}  {title}", title))
        rows.append(row(comparison.overall, self.tr("All standards"), "", bold=True))
        self.scores_model.set_rows(rows, headers)
        header = self.scores_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # All rows when there is room; on a small screen it shrinks and scrolls.
        self.scores_table.setMaximumHeight(fit_height(self.scores_table))
        # At least three rows: with the selected criterion below it, that fits 600 lines.
        header_height = self.scores_table.horizontalHeader().sizeHint().height()
        few_rows = header_height + 3 * self.scores_table.verticalHeader().defaultSectionSize()
        self.scores_table.setMinimumHeight(min(fit_height(self.scores_table), few_rows))
        _start_on_first_row(self.scores_table)

    def _fill_discussion(self) -> None:
        data = self.data
        assert data is not None
        pack, lang = data.pack, self.language
        headers = [
            self.tr("Criterion"),
            self.tr("Statement"),
            self.tr("Disagreement"),
            self.tr("Answers"),
            self.tr("Perspectives"),
            self.tr("Agreed"),
        ]
        rows = []
        hide_agreed = self.hide_agreed_check.isChecked()
        for item in data.discussion:
            agreed = data.is_agreed(item.criterion_id)
            if agreed and hide_agreed:
                continue
            agreed_text = (
                answer_label(pack, data.consensus[item.criterion_id].value, lang) if agreed else ""
            )
            spread = data.spreads[item.criterion_id]
            statement = pack.criterion(item.criterion_id).statement.get(lang)
            clash = self.tr("disagree") if item.perspectives_disagree else ""
            clash_tip = (
                self.tr("The perspectives' most common answers differ")
                if item.perspectives_disagree
                else self.tr("The perspectives' most common answers overlap")
            )
            rows.append(
                Row(
                    item.criterion_id,
                    (
                        Cell(item.criterion_id),
                        Cell(statement, statement),
                        Cell(disagreement_text(item.disagreement), align=RIGHT),
                        Cell(
                            spread_text(spread.overall, pack.answer_scale, lang),
                            spread=spread.overall,
                        ),
                        Cell(clash, clash_tip),
                        Cell(agreed_text),
                    ),
                )
            )
        self.discussion_model.set_rows(rows, headers)
        self.discussion_box.setTitle(self.tr("Needs discussion (%n criteria)", "", len(rows)))
        header = self.discussion_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 170)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        self.discussion_table.setColumnHidden(5, hide_agreed)
        self.discussion_table.setWordWrap(False)
        self._show_empty(len(rows), len(data.discussion))
        labels = [o.label.get(lang) for o in pack.answer_scale.options] + [self.tr("no answer")]
        self.legend.set_labels(labels)

    def _show_empty(self, shown: int, needing: int) -> None:
        """Instead of an empty list, say why nothing is listed and what to do."""
        data = self.data
        assert data is not None
        if not data.respondents:
            text = self.tr(
                "This round has no respondents yet, so there is nothing to compare. Add the "
                "people who answer under Team > Respondents… (Ctrl+Shift+R); their answers "
                "show here as they come in."
            )
        elif shown == 0 and needing > 0:
            text = self.tr(
                "The team has agreed an answer on every criterion that needed discussion. "
                "Untick “Hide criteria the team has agreed” to see them again."
            )
        elif shown == 0:
            text = self.tr("The respondents' answers agree: no criterion needs discussion.")
        else:
            text = ""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self.discussion_table.setVisible(not text)
        self.legend.setVisible(not text)
        self.hide_agreed_check.setVisible(bool(data.respondents))

    def _on_hide_agreed(self, *_: object) -> None:
        selected = self.selected_criterion()
        self._fill_discussion()
        row = self.discussion_model.row_of(selected) if selected else -1
        self._select_row(row if row >= 0 else 0)
        self._show_selected()

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.discussion_model.rowCount():
            self.discussion_table.clearSelection()
            return
        index = self.discussion_model.index(row, 0)
        self.discussion_table.setCurrentIndex(index)
        self.discussion_table.selectRow(row)
        self.discussion_table.scrollTo(index)

    def _on_selection(self, *_: QItemSelection) -> None:
        self._show_selected()

    def _on_activated(self, index: QModelIndex) -> None:
        key = self.discussion_model.key(index.row())
        if key is not None:
            self.criterionActivated.emit(key)

    def _show_selected(self, *_: object) -> None:
        data = self.data
        cid = self.selected_criterion()
        if data is None or cid is None:
            if data is not None and not data.respondents:
                self.statement_label.setText(self.tr("No respondents yet."))
            else:
                self.statement_label.setText(self.tr("No criterion needs discussion."))
            self.perspective_model.set_rows([], [])
            self.notes_model.set_rows([], [])
            return
        pack, lang = data.pack, self.language
        criterion = pack.criterion(cid)
        self.statement_label.setText(f"{cid}  {criterion.statement.get(lang)}")
        spread = data.spreads[cid]
        rows = []
        for perspective, part in spread.by_perspective.items():
            label = perspective_label(pack, perspective, lang)
            text = spread_text(part, pack.answer_scale, lang)
            rows.append(
                Row(
                    perspective,
                    (Cell(label), Cell(text, spread=part), Cell(str(part.answered), align=RIGHT)),
                )
            )
        rows.append(
            Row(
                "*",
                (
                    Cell(self.tr("All respondents"), bold=True),
                    Cell(
                        spread_text(spread.overall, pack.answer_scale, lang), spread=spread.overall
                    ),
                    Cell(str(spread.overall.answered), align=RIGHT, bold=True),
                ),
            )
        )
        self.perspective_model.set_rows(
            rows, [self.tr("Perspective"), self.tr("Answers"), self.tr("Answered")]
        )
        header = self.perspective_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.perspective_table.setFixedHeight(fit_height(self.perspective_table))
        _start_on_first_row(self.perspective_table)

        hide = self.hide_names_check.isChecked()
        notes = []
        for note in data.notes(cid):
            written = note.note
            if note.na_justification:
                reason = self.tr("Why not applicable: {reason}").format(
                    reason=note.na_justification
                )
                written = f"{written}\n{reason}" if written else reason
            notes.append(
                Row(
                    note.respondent_id,
                    (
                        Cell(respondent_name(note, note.number, hide)),
                        Cell(perspective_label(pack, note.perspective, lang)),
                        Cell(answer_label(pack, note.value, lang)),
                        Cell(written, written),
                    ),
                )
            )
        self.notes_model.set_rows(
            notes,
            [self.tr("Respondent"), self.tr("Perspective"), self.tr("Answer"), self.tr("Note")],
        )
        self.notes_table.share_width()
        _start_on_first_row(self.notes_table)


def _start_on_first_row(table: QTableView) -> None:
    """Give `table` a current cell, so tabbing into it lands on (and a screen reader reads)
    a row instead of nothing."""
    model = table.model()
    if model is None or model.rowCount() == 0:
        return
    if not table.currentIndex().isValid():
        table.setCurrentIndex(model.index(0, 0))

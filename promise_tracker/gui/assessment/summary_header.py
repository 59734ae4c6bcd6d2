"""The summary header of the self-assessment window: round, status, score and completeness.

It also says whose answers are shown (the team's consensus or one respondent's) and which
score the big figure is: for the team, the team's agreed score (the consensus once any
answer is agreed, all respondents pooled before); for a respondent, their own.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.scoring import RoundScores, ScoreBasis
from promise_tracker.gui.shared.accessibility import content_label
from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.shared.look import set_secondary_text
from promise_tracker.gui.shared.round_controller import RoundController


def _font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = widget.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def _number(value: Fraction) -> str:
    """A count of met criteria: whole on a yes/no scale, one decimal when partly met counts."""
    if value.denominator == 1:
        return str(value.numerator)
    return QLocale().toString(float(value), "f", 1)


class _ElidingLabel(QLabel):
    """A one-line label that ends in "…" when narrowed, rather than being cut mid-letter.

    A screen reader gets the whole text as its name (not the shortened one) and `caption`
    ("Unit", "Round") as its description.
    """

    def __init__(self, parent: QWidget | None = None, caption: str = "") -> None:
        super().__init__(parent)
        self._full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 6)
        self.setAccessibleDescription(caption)

    def setText(self, text: str) -> None:
        self._full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def text(self) -> str:
        """The whole text (what is shown may be shortened)."""
        return self._full_text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full_text, Qt.TextElideMode.ElideRight, max(self.width(), 0)
        )
        super().setText(shown)


class SummaryHeader(QWidget):
    """One or two lines above the answer page; every figure comes from session.scores."""

    def __init__(
        self,
        controller: RoundController,
        unit_name: str,
        parent: QWidget | None = None,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summaryHeader")
        self.controller: RoundController | None = None
        self.unit_name = unit_name
        self.language = language  # of the pack's texts (perspective labels)
        self._build()
        self.set_controller(controller, unit_name)

    def _build(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(16)

        names = QVBoxLayout()
        names.setSpacing(0)
        self.unit_label = _ElidingLabel(self, self.tr("Unit"))
        self.unit_label.setObjectName("unitNameLabel")
        self.unit_label.setFont(_font(self, 1.0, bold=True))
        self.round_title_label = _ElidingLabel(self, self.tr("Round"))
        self.round_title_label.setObjectName("roundTitleLabel")
        # Long names are shortened ("…", whole in the tooltip) rather than pushing the figures
        # off screen.
        self.answers_shown_label = _ElidingLabel(self, self.tr("Whose answers and score are shown"))
        self.answers_shown_label.setObjectName("answersShownLabel")
        set_secondary_text(self.answers_shown_label)
        names.addWidget(self.unit_label)
        names.addWidget(self.round_title_label)
        names.addWidget(self.answers_shown_label)
        layout.addLayout(names, 1)

        # A framed, text-labelled status: readable without colour and in high-contrast themes.
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.status_label.setMargin(3)
        content_label(self.status_label, self.tr("Round status"))
        layout.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)

        score_box = QVBoxLayout()
        score_box.setSpacing(0)
        self.overall_score_label = QLabel(self)
        self.overall_score_label.setObjectName("overallScoreLabel")
        self.overall_score_label.setFont(_font(self, 1.8, bold=True))
        self.overall_score_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        content_label(self.overall_score_label, self.tr("Overall score"))
        # What the figure is a share of, so that a first answer's "100 %" is not read as the
        # round's result: "met overall" only once every criterion is answered.
        self.score_caption = QLabel(self)
        self.score_caption.setObjectName("overallScoreCaption")
        self.score_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        content_label(self.score_caption, self.tr("What the overall score counts"))
        self.score_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        score_box.addWidget(self.overall_score_label)
        score_box.addWidget(self.score_caption)
        layout.addLayout(score_box)

        progress_box = QVBoxLayout()
        progress_box.setSpacing(2)
        self.completeness_bar = QProgressBar(self)
        self.completeness_bar.setObjectName("completenessBar")
        self.completeness_bar.setTextVisible(True)
        self.completeness_bar.setMinimumWidth(160)
        self.completeness_bar.setAccessibleName(self.tr("Criteria answered"))
        self.completeness_bar.setToolTip(
            self.tr("Answered criteria, not applicable ones with their reason included")
        )
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        content_label(self.counts_label, self.tr("Counts of answers"))
        # Answers carried forward from an earlier round wait for the team: said in words, as
        # they count as unanswered until confirmed.
        self.to_confirm_label = QLabel(self)
        self.to_confirm_label.setObjectName("toConfirmLabel")
        self.to_confirm_label.setFont(_font(self, 1.0, bold=True))
        content_label(self.to_confirm_label, self.tr("Answers to confirm"))
        self.to_confirm_label.setToolTip(
            self.tr(
                "Answers carried forward from an earlier round count once your team confirms "
                "or changes them. View > Show to confirm only lists them."
            )
        )
        self.to_confirm_label.hide()
        progress_box.addWidget(self.completeness_bar)
        progress_box.addWidget(self.counts_label)
        progress_box.addWidget(self.to_confirm_label)
        layout.addLayout(progress_box)

        self.saved_indicator = QLabel(self)
        self.saved_indicator.setObjectName("savedIndicator")
        self.saved_indicator.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        content_label(self.saved_indicator, self.tr("Save status"))
        self.saved_indicator.setToolTip(
            self.tr("Every change is saved as soon as you make it; there is no Save button.")
        )
        layout.addWidget(self.saved_indicator, 0, Qt.AlignmentFlag.AlignVCenter)

    # --- public API ---------------------------------------------------------------------------

    def set_controller(self, controller: RoundController, unit_name: str) -> None:
        """Show another round (of the same or another unit)."""
        if self.controller is not None:
            self.controller.scoresChanged.disconnect(self.refresh)
            self.controller.roundChanged.disconnect(self.refresh)
            self.controller.respondentsChanged.disconnect(self.refresh)
            self.controller.saved.disconnect(self._on_saved)
        self.controller = controller
        self.unit_name = unit_name
        controller.scoresChanged.connect(self.refresh)
        controller.roundChanged.connect(self.refresh)
        controller.respondentsChanged.connect(self.refresh)
        controller.saved.connect(self._on_saved)
        self.saved_indicator.clear()
        self.refresh()

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh()

    def refresh(self) -> None:
        assert self.controller is not None
        session = self.controller.session
        assessment_round = session.round
        self.unit_label.setText(self.unit_name)
        title = self.tr("{title} · {date}").format(
            title=assessment_round.title, date=format_date(assessment_round.date)
        )
        self.round_title_label.setText(title)
        if assessment_round.is_finalised:
            self.status_label.setText(self.tr("Finalised"))
            self.status_label.setToolTip(self.tr("The answers of this round can no longer change"))
        else:
            self.status_label.setText(self.tr("Draft"))
            self.status_label.setToolTip(self.tr("Answers are still being given"))

        shown = self._show_whose()
        overall = shown.overall
        percent = overall.percent
        self.overall_score_label.setText(
            "–" if percent is None else self.tr("{percent} %").format(percent=f"{percent:.0f}")
        )
        # The bar is the progress of the answers being edited (the team's, or one person's).
        progress = session.scores.overall
        self.completeness_bar.setRange(0, max(progress.total, 1))
        self.completeness_bar.setValue(progress.answered)
        # Counts first: "1 of 79 answered" says at once how far the round is. The share is
        # written out rather than left to the bar's %p, which truncates: the header shows the
        # same rounded percentage as every other view.
        completeness = progress.completeness or 0.0
        self.completeness_bar.setFormat(
            self.tr("{answered} of {total} answered ({percent} %)").format(
                answered=progress.answered, total=progress.total, percent=f"{completeness:.0f}"
            )
        )
        if percent is None:
            caption = self.tr("no score yet")
        elif overall.unanswered == 0:
            caption = self.tr("met overall")
        else:
            # A share of what is answered so far, never to be read as the round's result.
            caption = self.tr("met of %n answered so far", "", overall.applicable)
        self.score_caption.setText(caption)
        pooled = session.respondent_id is None and session.basis is ScoreBasis.RESPONDENTS
        if pooled:
            # The figure pools the respondents' answers; what is left to do is the team's.
            met = self.tr("{met} of {applicable} respondents' answers met").format(
                met=_number(overall.met), applicable=overall.applicable
            )
        else:
            # "met of applicable", matching the percentage shown beside it
            met = self.tr("{met} of {applicable} met").format(
                met=_number(overall.met), applicable=overall.applicable
            )
        self.counts_label.setText(
            self.tr("{met} · {not_applicable} · {unanswered}").format(
                met=met,
                not_applicable=self.tr("%n not applicable", "", progress.not_applicable),
                unanswered=self.tr("%n unanswered", "", progress.unanswered),
            )
        )
        waiting = len(session.to_confirm()) if session.respondent_id is None else 0
        self.to_confirm_label.setText(self.tr("↻ %n answer(s) to confirm", "", waiting))
        self.to_confirm_label.setVisible(waiting > 0)

    def _show_whose(self) -> RoundScores:
        """Say whose answers and which score are shown; returns the scores of the big figure."""
        assert self.controller is not None
        session = self.controller.session
        respondent = session.answering_as
        if respondent is None:
            scores = session.official_scores
            answers = self.tr("Answers shown: team consensus")
            if session.basis is ScoreBasis.RESPONDENTS:
                basis = self.tr("Score shown: all respondents pooled (no agreed answers yet)")
                explanation = self.tr(
                    "Share of applicable, answered criteria that are met, over all "
                    "respondents' answers: the round's score until the team agrees answers"
                )
            else:
                basis = self.tr("Score shown: the team's agreed score")
                explanation = self.tr(
                    "Share of applicable, answered criteria that are met in the answers the "
                    "team agreed on: the team's agreed score"
                )
        else:
            scores = session.scores
            try:
                perspective = session.pack.perspective(respondent.perspective)
                seen_from = perspective.label.get(self.language)
            except KeyError:
                seen_from = respondent.perspective
            answers = self.tr("Answers shown: {alias} — {perspective}").format(
                alias=respondent.alias, perspective=seen_from
            )
            basis = self.tr("Score shown: this respondent's answers only")
            explanation = self.tr(
                "Share of applicable, answered criteria that are met in the answers of {alias}"
            ).format(alias=respondent.alias)
        self.answers_shown_label.setText(
            self.tr("{answers} · {basis}").format(answers=answers, basis=basis)
        )
        # A respondent's answers stand out, so that nobody forgets whose answers they change.
        font = self.answers_shown_label.font()
        font.setBold(respondent is not None)
        self.answers_shown_label.setFont(font)
        for label in (self.overall_score_label, self.score_caption):
            label.setToolTip(explanation)
        self.overall_score_label.setAccessibleDescription(
            self.tr("Overall score. {explanation}").format(explanation=explanation)
        )
        return scores

    def _on_saved(self) -> None:
        time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.saved_indicator.setText(self.tr("✓ Saved {time}").format(time=time))

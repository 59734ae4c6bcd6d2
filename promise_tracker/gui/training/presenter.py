"""Presenter mode: the standards full screen for a room, one standard or criterion per slide,
driven by the keys a presentation clicker sends."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.scoring import Score
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.forms import format_date
from promise_tracker.gui.training.standards_models import language_name, walk_standards
from promise_tracker.services.presenter_results import PresenterResults
from promise_tracker.standards.model import Criterion, Pack, Standard

# Light text on a near-black background: contrast far above WCAG AA (4.5:1) for every colour.
BACKGROUND = QColor("#0b0f14")
TEXT = QColor("#f4f4f4")
ACCENT = QColor("#ffd166")  # headings and the slide number
SECONDARY = QColor("#c9d1d9")  # evidence hints, footers
BAR_TRACK = QColor("#2b3543")
BAR_FILL = QColor("#7cc8ff")

# Keys a presentation clicker or a keyboard sends.
NEXT_KEYS = frozenset(
    {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_N}
)
PREVIOUS_KEYS = frozenset(
    {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P}
)
BLANK_KEYS = frozenset({Qt.Key.Key_B, Qt.Key.Key_Period})


class SlideMode(Enum):
    STANDARDS = "standards"  # one slide per standard and sub-standard
    CRITERIA = "criteria"  # and one per criterion after its standard


@dataclass(frozen=True)
class Slide:
    kind: str  # "title", "standard" or "criterion"
    standard: Standard | None = None
    criterion: Criterion | None = None


def build_slides(pack: Pack, mode: SlideMode) -> list[Slide]:
    """A title slide, then the standards in order, each followed by its criteria if wanted."""
    slides = [Slide("title")]
    for standard in walk_standards(pack.standards):
        slides.append(Slide("standard", standard))
        if mode is SlideMode.CRITERIA:
            slides.extend(Slide("criterion", standard, c) for c in standard.criteria)
    return slides


@dataclass(frozen=True)
class PresenterOptions:
    mode: SlideMode = SlideMode.CRITERIA
    start_standard: str | None = None
    show_results: bool = False
    unit_id: str | None = None
    show_notes: bool = False
    # Where to show the slides (a projector): a position in QGuiApplication.screens().
    screen_index: int | None = None


class ScoreBar(QWidget):
    """A horizontal bar of a percentage, drawn in the presenter's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.percent: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(24)

    def set_percent(self, percent: float | None) -> None:
        self.percent = percent
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAR_TRACK)
        painter.drawRoundedRect(rect, radius, radius)
        if self.percent:
            filled = QRectF(rect)
            filled.setWidth(max(rect.height(), rect.width() * min(self.percent, 100) / 100))
            painter.setBrush(BAR_FILL)
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class PresenterWindow(QWidget):
    """Full-screen slides of a pack: the title, then standards (and criteria), large and in
    high contrast. Works with the pack alone; a unit's results are shown only if given."""

    slideChanged = Signal(int)
    closed = Signal()

    def __init__(
        self,
        pack: Pack,
        language: str,
        *,
        options: PresenterOptions | None = None,
        results: PresenterResults | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pack = pack
        self.language = language if language in pack.languages else pack.default_language
        self.options = options or PresenterOptions()
        # Notes and aliases are shown only when asked for, and only if they were loaded.
        self.results = results
        self.slides = build_slides(pack, self.options.mode)
        self.position = 0
        self._scale = 1.0
        self.setWindowTitle(
            self.tr("Presenter – {title}").format(title=pack.title.get(self.language))
        )
        self.setAccessibleName(self.tr("Presenter mode"))
        self.setStyleSheet(
            f"#presenterWindow, #presenterContent {{ background: {BACKGROUND.name()}; }}"
            f"#presenterBlank {{ background: #000000; }}"
            f"QLabel {{ color: {TEXT.name()}; background: transparent; }}"
            f"QLabel#slideHeading, QLabel#slideNumber {{ color: {ACCENT.name()}; }}"
            f"QLabel#slideEvidence, QLabel#slideFooter, QLabel#slideResults, "
            f"QLabel#slideNotes {{ color: {SECONDARY.name()}; }}"
        )
        self._build()
        start = 0
        if self.options.start_standard:
            start = next(
                (
                    n
                    for n, s in enumerate(self.slides)
                    if s.kind == "standard"
                    and s.standard is not None
                    and s.standard.number == self.options.start_standard
                ),
                0,
            )
        self.go_to(start)

    # --- construction -------------------------------------------------------------------

    def _label(self, name: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.content = QWidget(self.stack)
        self.content.setObjectName("presenterContent")
        self.content.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        layout = self.content_layout = QVBoxLayout(self.content)
        self.heading = self._label("slideHeading", self.content)
        self.body = self._label("slideBody", self.content)
        self.evidence = self._label("slideEvidence", self.content)
        self.results_label = self._label("slideResults", self.content)
        self.bar = ScoreBar(self.content)
        self.bar.setObjectName("slideBar")
        self.notes = self._label("slideNotes", self.content)
        self.footer = self._label("slideFooter", self.content)
        self.number_label = self._label("slideNumber", self.content)
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.number_label.setWordWrap(False)
        layout.addWidget(self.heading)
        layout.addSpacing(12)
        layout.addWidget(self.body)
        layout.addSpacing(12)
        layout.addWidget(self.evidence)
        layout.addStretch(1)
        layout.addWidget(self.results_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.notes)
        layout.addSpacing(12)
        bottom = QHBoxLayout()
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(self.number_label, 0)
        layout.addLayout(bottom)
        self.blank = QWidget(self.stack)
        self.blank.setObjectName("presenterBlank")
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.blank.setAccessibleName(self.tr("Blank screen (press B to return)"))
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.blank)
        for widget in (self.stack, self.content, self.blank):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # --- moving -------------------------------------------------------------------------

    def slide_count(self) -> int:
        return len(self.slides)

    def current_slide(self) -> Slide:
        return self.slides[self.position]

    def go_to(self, position: int) -> None:
        self.position = max(0, min(position, len(self.slides) - 1))
        self._show_slide()
        self.slideChanged.emit(self.position)

    def next(self) -> None:
        self.go_to(self.position + 1)

    def previous(self) -> None:
        self.go_to(self.position - 1)

    def is_blank(self) -> bool:
        return self.stack.currentWidget() is self.blank

    def set_blank(self, blank: bool) -> None:
        self.stack.setCurrentWidget(self.blank if blank else self.content)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in BLANK_KEYS:
            self.set_blank(not self.is_blank())
        elif self.is_blank() and (key in NEXT_KEYS or key in PREVIOUS_KEYS):
            self.set_blank(False)  # the first press after a blank brings the slide back
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.slides) - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.set_blank(False) if self.is_blank() else self.next()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous()
        else:
            super().mousePressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)

    # --- content ------------------------------------------------------------------------

    def _show_slide(self) -> None:
        slide = self.current_slide()
        lang = self.language
        self.set_blank(False)
        self.evidence.clear()
        self.notes.clear()
        self.notes.hide()
        self.results_label.hide()
        self.bar.hide()
        if slide.kind == "title":
            self.heading.setText(self.pack.title.get(lang))
            self.body.setText(self.pack.provenance.get(lang))
            self.evidence.setText(
                self.tr("Source: {citation}").format(citation=self.pack.source.citation.get(lang))
            )
        elif slide.criterion is None and slide.standard is not None:
            standard = slide.standard
            self.heading.setText(self.tr("Standard {number}").format(number=standard.number))
            self.body.setText(standard.title.get(lang))
            count = sum(1 for _ in standard.all_criteria())
            summary = standard.summary.get(lang) if standard.summary is not None else ""
            more = self.tr("%n criterion(s)", "", count)
            self.evidence.setText(f"{summary}\n\n{more}" if summary else more)
            self._show_results(standard, None)
        elif slide.criterion is not None and slide.standard is not None:
            criterion = slide.criterion
            standard = slide.standard
            self.heading.setText(
                self.tr("{number} {title} · {id}").format(
                    number=standard.number, title=standard.title.get(lang), id=criterion.id
                )
            )
            self.body.setText(criterion.statement.get(lang))
            self.evidence.setText(
                self.tr("Evidence: {text}").format(text=criterion.evidence.get(lang))
            )
            self._show_results(standard, criterion)
        self.footer.setText(
            self.tr(
                "{title} {version} · criteria worded by PROMISE tracker; the publication is "
                "the authoritative text"
            ).format(title=self.pack.title.get(lang), version=self.pack.version)
        )
        self.number_label.setText(
            self.tr("{current} / {total}").format(current=self.position + 1, total=len(self.slides))
        )
        self.setAccessibleDescription(f"{self.heading.text()}\n{self.body.text()}")
        self._fit_text()

    def _show_results(self, standard: Standard, criterion: Criterion | None) -> None:
        results = self.results
        if results is None or not self.options.show_results:
            return
        score = results.by_standard.get(standard.number, Score())
        status = self.tr("finalised") if results.finalised else self.tr("draft")
        where = self.tr("{unit} · {round} ({date}, {status})").format(
            unit=results.unit_name,
            round=results.round_title,
            date=format_date(results.round_date),
            status=status,
        )
        if score.percent is None:
            line = self.tr("{where}: no answers yet for standard {number}").format(
                where=where, number=standard.number
            )
        else:
            line = self.tr("{where}: standard {number} {percent} % met").format(
                where=where, number=standard.number, percent=round(score.percent)
            )
        if criterion is not None:
            value = results.team_answers.get(criterion.id)
            if value is not None:
                try:
                    answer = self.pack.answer_scale.option(value).label.get(self.language)
                except KeyError:
                    answer = value
            else:
                answer = self.tr("not answered yet")
            line = self.tr("{line} · team's answer to this criterion: {answer}").format(
                line=line, answer=answer
            )
            if self.options.show_notes and results.includes_notes:
                self._show_notes(results, criterion)
        self.results_label.setText(line)
        self.results_label.show()
        self.bar.set_percent(score.percent)
        self.bar.show()

    def _show_notes(self, results: PresenterResults, criterion: Criterion) -> None:
        lines = []
        team = results.team_notes.get(criterion.id)
        if team:
            lines.append(self.tr("Team: {note}").format(note=team))
        for alias, note in results.respondent_notes.get(criterion.id, ()):
            lines.append(self.tr("{alias}: {note}").format(alias=alias, note=note))
        if lines:
            self.notes.setText("\n".join(lines))
            self.notes.show()

    # --- type that fills the screen -----------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _apply_fonts(self, factor: float) -> None:
        # Sizes follow the screen: a 1080-pixel-high projector gets a 54-pixel statement.
        unit = min(self.height() / 1080, self.width() / 1920) * factor
        sizes = {
            self.heading: (40, True),
            self.body: (54, False),
            self.evidence: (32, False),
            self.results_label: (28, False),
            self.notes: (26, False),
            self.footer: (20, False),
            self.number_label: (28, True),
        }
        for label, (pixels, bold) in sizes.items():
            font = QFont(self.font())
            # Small screens still get readable type; the notes and footer may stay small.
            font.setPixelSize(max(12, math.floor(pixels * unit)))
            font.setBold(bold)
            label.setFont(font)
        if self.current_slide().kind == "standard":
            font = self.body.font()
            font.setPixelSize(max(14, math.floor(72 * unit)))
            font.setBold(True)
            self.body.setFont(font)
        margin = max(16, round(72 * unit))
        self.content_layout.setContentsMargins(margin, round(margin * 0.8), margin, margin // 2)
        self.bar.setFixedHeight(max(10, round(24 * unit)))

    def _fit_text(self) -> None:
        """Largest type that lets the whole slide fit on the screen."""
        width = max(1, self.width())
        for factor in (1.0, 0.9, 0.8, 0.7, 0.6, 0.5):
            self._apply_fonts(factor)
            needed = self.content_layout.totalHeightForWidth(width)
            if needed <= self.height():
                break
        self._scale = factor


class PresenterSetupDialog(QDialog):
    """Before presenting: pack, language, slides, and whether to show a demo unit's results."""

    def __init__(
        self,
        packs: Sequence[Pack],
        pack: Pack,
        language: str,
        demo_units: Sequence[tuple[str, str]] = (),
        start_standard: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presenterSetupDialog")
        self.setWindowTitle(self.tr("Presenter mode"))
        self.packs = tuple(packs)
        self.start_standard = start_standard
        form = QFormLayout(self)
        self.pack_combo = QComboBox(self)
        self.pack_combo.setObjectName("presenterPackCombo")
        self.pack_combo.setAccessibleName(self.tr("Standards pack"))
        for item in self.packs:
            self.pack_combo.addItem(f"{item.title.get(language)} {item.version}", item.key)
        self.pack_combo.setCurrentIndex(max(0, self.pack_combo.findData(pack.key)))
        pack_label = QLabel(self.tr("&Pack:"), self)
        pack_label.setBuddy(self.pack_combo)
        form.addRow(pack_label, self.pack_combo)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("presenterLanguageCombo")
        self.language_combo.setAccessibleName(self.tr("Language"))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        self.pack_combo.currentIndexChanged.connect(lambda _i: self._fill_languages(language))
        self._fill_languages(language)

        self.standards_radio = QRadioButton(self.tr("S&tandards only"), self)
        self.standards_radio.setObjectName("presenterStandardsOnly")
        self.criteria_radio = QRadioButton(self.tr("Every &criterion"), self)
        self.criteria_radio.setObjectName("presenterEveryCriterion")
        self.criteria_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.standards_radio)
        group.addButton(self.criteria_radio)
        slides = QVBoxLayout()
        slides.addWidget(self.standards_radio)
        slides.addWidget(self.criteria_radio)
        form.addRow(QLabel(self.tr("Slides:"), self), slides)

        # With a projector as a second screen, the slides go there and this window stays here.
        self.screen_combo = QComboBox(self)
        self.screen_combo.setObjectName("presenterScreenCombo")
        self.screen_combo.setAccessibleName(self.tr("Screen for the slides"))
        here = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            self.screen_combo.addItem(
                self.tr("Screen {number}: {name} ({width} × {height})").format(
                    number=number, name=screen.name(), width=size.width(), height=size.height()
                )
            )
            if screen is not here and self.screen_combo.count() > 1:
                self.screen_combo.setCurrentIndex(self.screen_combo.count() - 1)
        screen_label = QLabel(self.tr("Scr&een:"), self)
        screen_label.setBuddy(self.screen_combo)
        form.addRow(screen_label, self.screen_combo)

        self.results_check = QCheckBox(self.tr("Show the &results of a demo unit"), self)
        self.results_check.setObjectName("presenterResultsCheck")
        self.unit_combo = QComboBox(self)
        self.unit_combo.setObjectName("presenterUnitCombo")
        self.unit_combo.setAccessibleName(self.tr("Demo unit"))
        for unit_id, name in demo_units:
            self.unit_combo.addItem(name, unit_id)
        self.notes_check = QCheckBox(
            self.tr("Show &notes and respondents' aliases (only for a closed room)"), self
        )
        self.notes_check.setObjectName("presenterNotesCheck")
        self.notes_check.setChecked(False)
        self.results_check.setEnabled(bool(demo_units))
        self.results_check.toggled.connect(self._update_enabled)
        form.addRow(self.results_check)
        unit_label = QLabel(self.tr("&Unit:"), self)
        unit_label.setBuddy(self.unit_combo)
        form.addRow(unit_label, self.unit_combo)
        form.addRow(self.notes_check)
        hint = QLabel(
            self.tr(
                "Keys: Right, Down, Page Down or Space for the next slide; Left, Up, Page Up "
                "or Backspace for the previous one; Home and End; B or . blanks the screen; "
                "Esc ends."
            ),
            self,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._update_enabled()
        for button in self.findChildren(QPushButton):
            show_focus(button)  # a default button shows its focus too

    def _fill_languages(self, wanted: str) -> None:
        pack = self.pack()
        current = self.language_combo.currentData() or wanted
        self.language_combo.clear()
        for code in pack.languages:
            self.language_combo.addItem(language_name(code), code)
        index = self.language_combo.findData(current)
        self.language_combo.setCurrentIndex(max(0, index))

    def _update_enabled(self, *_: object) -> None:
        on = self.results_check.isChecked()
        self.unit_combo.setEnabled(on)
        self.notes_check.setEnabled(on)
        if not on:
            self.notes_check.setChecked(False)

    def pack(self) -> Pack:
        key = self.pack_combo.currentData()
        for item in self.packs:
            if key is not None and item.key == tuple(key):
                return item
        return self.packs[0]

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def options(self) -> PresenterOptions:
        show_results = self.results_check.isChecked() and self.unit_combo.count() > 0
        return PresenterOptions(
            mode=SlideMode.STANDARDS if self.standards_radio.isChecked() else SlideMode.CRITERIA,
            start_standard=self.start_standard,
            show_results=show_results,
            unit_id=str(self.unit_combo.currentData()) if show_results else None,
            show_notes=show_results and self.notes_check.isChecked(),
            screen_index=self.screen_combo.currentIndex()
            if self.screen_combo.currentIndex() >= 0
            else None,
        )

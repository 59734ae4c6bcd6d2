"""Consensus meeting mode: a full-screen walk through a round's criteria, one at a time.

For each criterion the team sees the statement, the evidence hint, how the respondents' answers
split by perspective, what they wrote (names hidden by default) and the answer agreed in the
compared round. The facilitator records the agreed answer, its rationale (the consensus
answer's note) and any dissenting view; every change is saved at once through
AssessmentService.set_answer, so leaving (Esc) never asks anything.

Keys (anywhere in the window): PageDown / PageUp next and previous criterion, Ctrl+Enter the
next criterion without an agreed answer, Alt+1, Alt+2, Alt+3 record an answer and Alt+0 clears
it, Esc leaves. Outside the text boxes also: Right / Left, Home / End (first and last
criterion), and 1, 2, 3 and 0 without Alt. Inside a text box, Left, Right, Home, End and the
digits edit the text as usual, while PageDown, PageUp and Ctrl+Enter still move on.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from promise_tracker.domain.disagreement import discussion_order
from promise_tracker.domain.entities import Answer
from promise_tracker.domain.scoring import CriterionStatus, criterion_status
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.shared import conflict_dialog
from promise_tracker.gui.shared.accessibility import announce, content_label
from promise_tracker.gui.shared.focus_ring import show_focus
from promise_tracker.gui.shared.look import scaled_font, set_secondary_text
from promise_tracker.gui.shared.spread_bar import SpreadBar, spread_text
from promise_tracker.gui.team.disagreement_view import (
    TeamRound,
    answer_label,
    disagreement_text,
    perspective_label,
    respondent_name,
)
from promise_tracker.services.round_session import AnswerClashError, save_answer

if TYPE_CHECKING:
    from promise_tracker.services.assessment import AssessmentService

_WAITING = {
    CriterionStatus.UNANSWERED,
    CriterionStatus.NEEDS_JUSTIFICATION,
    CriterionStatus.TO_CONFIRM,
}


def _label(parent: QWidget, name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if wrap:
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class ConsensusMode(QWidget):
    """The consensus meeting of one round (a window of its own, shown full screen)."""

    ORDER_DISCUSSION = "discussion"
    ORDER_PACK = "pack"

    answerSaved = Signal(str)  # criterion id
    left = Signal()  # the meeting window was closed

    def __init__(
        self,
        service: AssessmentService,
        round_id: str,
        language: str,
        parent: QWidget | None = None,
        *,
        start_criterion: str | None = None,
    ) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)
            # The main window's copy of the round would go stale if edited meanwhile.
            self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setObjectName("consensusMode")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.service = service
        self.language = language
        self.data = TeamRound.load(service, round_id)
        self.pack = self.data.pack
        self.read_only = self.data.round.is_finalised
        self._agreed: dict[str, Answer] = dict(self.data.consensus)
        self._orders = {
            self.ORDER_DISCUSSION: discussion_order(self.pack, self.data.spreads),
            self.ORDER_PACK: [c.id for c in self.pack.criteria()],
        }
        self._order_key = self.ORDER_DISCUSSION
        self._loading = False
        self._error_box: QMessageBox | None = None
        self._answer_shortcuts: list[QShortcut] = []
        self.setWindowTitle(
            self.tr("Consensus meeting – {title}").format(title=self.data.round.title)
        )
        self._apply_screen_font()
        self._build()
        self._build_shortcuts()
        self._apply_read_only()
        first = self.order()[0]
        self.show_criterion(
            start_criterion if start_criterion in self._orders[self.ORDER_PACK] else first
        )
        for button in self.findChildren(QPushButton):
            show_focus(button)  # a default button shows its focus too

    # --- building -----------------------------------------------------------------------------

    def _apply_screen_font(self) -> None:
        """Large type: the body text follows the screen's height (about 24 px at 1080 lines),
        so a projector or a wall screen is readable from the back of a room."""
        screen = self.screen()
        height = screen.geometry().height() if screen is not None else 1080
        font = QFont(self.font())
        font.setPixelSize(max(16, round(height / 45)))
        self.setFont(font)

    def _build(self) -> None:
        base = self.font()
        outer = QVBoxLayout(self)
        margin = round(base.pixelSize() * 0.8)
        outer.setContentsMargins(margin, margin, margin, margin)
        outer.setSpacing(round(margin * 0.6))

        # Top bar: where we are, how far the team has come, the order, names, leave.
        top = QHBoxLayout()
        # It wraps rather than being cut off on a narrow screen (1024 pixels at this size).
        self.position_label = _label(self, "positionLabel")
        content_label(self.position_label, self.tr("Position in the meeting"))
        top.addWidget(self.position_label, 1)
        self.progress_label = _label(self, "progressLabel", wrap=False)
        self.progress_label.setFont(scaled_font(base, 1.0, bold=True))
        content_label(self.progress_label, self.tr("Agreed so far"))
        top.addWidget(self.progress_label)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximum(len(self._orders[self.ORDER_PACK]))
        self.progress_bar.setFixedWidth(round(base.pixelSize() * (8 if self._roomy() else 5)))
        self.progress_bar.setAccessibleName(self.tr("Criteria agreed"))
        top.addWidget(self.progress_bar)
        top.addSpacing(margin)
        order_label = QLabel(self.tr("&Order:"), self)
        self.order_combo = QComboBox(self)
        self.order_combo.setObjectName("orderCombo")
        self.order_combo.addItem(self.tr("Most disagreement first"), self.ORDER_DISCUSSION)
        self.order_combo.addItem(self.tr("Pack order"), self.ORDER_PACK)
        self.order_combo.setAccessibleName(self.tr("Order of the criteria"))
        self.order_combo.setToolTip(
            self.tr(
                "Most disagreement first: the criteria that need discussion, then the rest in "
                "pack order"
            )
        )
        order_label.setBuddy(self.order_combo)
        self.order_combo.currentIndexChanged.connect(self._on_order_chosen)
        top.addWidget(order_label)
        top.addWidget(self.order_combo)
        self.hide_names_check = QCheckBox(self.tr("&Hide names"), self)
        self.hide_names_check.setObjectName("hideNamesCheck")
        self.hide_names_check.setChecked(True)
        self.hide_names_check.setAccessibleDescription(self.tr("Hide respondents' names"))
        self.hide_names_check.setToolTip(
            self.tr("Show “Respondent 1”, “Respondent 2”… instead of aliases (Alt+H)")
        )
        self.hide_names_check.toggled.connect(self._show_notes)
        self.leave_button = QPushButton(self.tr("Leave (Esc)"), self)
        self.leave_button.setObjectName("leaveButton")
        self.leave_button.setAccessibleName(self.tr("Leave the meeting"))
        self.leave_button.setToolTip(
            self.tr("Back to the main window; everything is already saved (Esc)")
        )
        self.leave_button.clicked.connect(self.close)
        top.addWidget(self.leave_button)
        outer.addLayout(top)

        self.read_only_banner = _label(self, "readOnlyBanner")
        self.read_only_banner.setText(
            self.tr(
                "This round is finalised: its agreed answers are shown read-only. Reopen it "
                "from the Round menu to change them."
            )
        )
        self.read_only_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.read_only_banner.setAutoFillBackground(True)
        self.read_only_banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.read_only_banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.read_only_banner.setMargin(6)
        outer.addWidget(self.read_only_banner)

        body = QHBoxLayout()
        body.setSpacing(margin * 2)
        outer.addLayout(body, 1)
        # On a short screen the criterion's side scrolls rather than squeezing the spread's
        # bars into their labels.
        criterion_scroll = QScrollArea(self)
        criterion_scroll.setObjectName("criterionScroll")
        criterion_scroll.setWidgetResizable(True)
        criterion_scroll.setFrameShape(QFrame.Shape.NoFrame)
        criterion_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        criterion_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        criterion_scroll.setAccessibleName(self.tr("The criterion and the respondents' answers"))
        criterion_scroll.setWidget(self._build_criterion_side(base))
        self.criterion_scroll = criterion_scroll
        body.addWidget(criterion_scroll, 3)
        body.addWidget(self._build_answer_side(base), 2)
        outer.addLayout(self._build_navigation())
        self._set_tab_order()

    def _build_criterion_side(self, base: QFont) -> QWidget:
        side = QWidget(self)
        side.setObjectName("criterionSide")
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(round(base.pixelSize() * 0.5))
        self.breadcrumb_label = _label(side, "breadcrumbLabel")
        set_secondary_text(self.breadcrumb_label)
        content_label(self.breadcrumb_label, self.tr("Standard"))
        layout.addWidget(self.breadcrumb_label)
        self.statement_label = _label(side, "statementLabel")
        self.statement_label.setFont(scaled_font(base, 1.45 if self._roomy() else 1.2, bold=True))
        content_label(self.statement_label, self.tr("Criterion statement"))
        layout.addWidget(self.statement_label)
        self.evidence_label = _label(side, "evidenceLabel")
        content_label(self.evidence_label, self.tr("What counts as evidence"))
        layout.addWidget(self.evidence_label)
        self.previous_label = _label(side, "previousLabel")
        set_secondary_text(self.previous_label)
        content_label(self.previous_label, self.tr("Answer agreed in the previous round"))
        layout.addWidget(self.previous_label)

        spread_box = QGroupBox(self.tr("How the respondents answered"), side)
        spread_box.setObjectName("spreadBox")
        self.spread_grid = QGridLayout(spread_box)
        self.spread_grid.setColumnStretch(1, 1)
        self._spread_rows: list[tuple[QLabel, SpreadBar, QLabel]] = []
        for row, perspective in enumerate([*self.data.comparison.perspectives, ""]):
            name = QLabel(spread_box)
            name.setWordWrap(True)
            if perspective:
                name.setText(perspective_label(self.pack, perspective, self.language))
            else:
                name.setText(self.tr("All respondents"))
                name.setFont(scaled_font(base, 1.0, bold=True))
            bar = SpreadBar(spread_box)
            bar.setObjectName(f"spread_{perspective or 'all'}")
            bar.setMinimumHeight(round(base.pixelSize() * 1.6))
            words = QLabel(spread_box)
            words.setObjectName(f"spreadText_{perspective or 'all'}")
            words.setWordWrap(True)  # the spread never widens the side past the screen
            words.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            set_secondary_text(words)
            self.spread_grid.addWidget(name, row * 2, 0)
            self.spread_grid.addWidget(bar, row * 2, 1)
            self.spread_grid.addWidget(words, row * 2 + 1, 1)
            self._spread_rows.append((name, bar, words))
        layout.addWidget(spread_box)

        notes_box = QGroupBox(self.tr("What respondents wrote"), side)
        notes_box.setObjectName("notesBox")
        notes_layout = QVBoxLayout(notes_box)
        self.hide_names_check.setParent(notes_box)
        notes_layout.addWidget(self.hide_names_check)
        self.notes_label = QLabel(notes_box)
        self.notes_label.setObjectName("notesLabel")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)
        self.notes_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        content_label(self.notes_label, self.tr("What respondents wrote"))
        # Only the notes scroll: there may be many, and the rest must stay in view.
        notes_scroll = QScrollArea(notes_box)
        notes_scroll.setObjectName("notesScroll")
        notes_scroll.setWidgetResizable(True)
        notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        notes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        notes_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes_label.setParent(notes_scroll)
        notes_scroll.setWidget(self.notes_label)
        notes_layout.addWidget(notes_scroll)
        layout.addWidget(notes_box, 1)
        return side

    def _build_answer_side(self, base: QFont) -> QWidget:
        side = QWidget(self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("The team's agreed answer"), side)
        box.setObjectName("agreedBox")
        box_layout = QVBoxLayout(box)
        self.status_label = _label(box, "agreedStatusLabel")
        self.status_label.setFont(scaled_font(base, 1.0, bold=True))
        content_label(self.status_label, self.tr("Agreed answer"))
        box_layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        # A chosen answer must be plain to see from across the room, in any theme. A style
        # sheet drops the inherited font size, so it is given again.
        size = base.pixelSize()
        chosen_style = (
            f"QPushButton {{ font-size: {size}px; padding: {size // 4}px; }} "
            "QPushButton:checked { background: palette(highlight); "
            "color: palette(highlighted-text); font-weight: bold; "
            "border: 2px solid palette(window-text); }"
        )
        self.button_group = QButtonGroup(self)
        self.button_group.setExclusive(False)  # "none chosen" must be shown too
        self.option_buttons: dict[str, QPushButton] = {}
        for index, option in enumerate(self.pack.answer_scale.options):
            label = option.label.get(self.language)
            button = QPushButton(f"{index + 1}  {label}" if index < 9 else label, box)
            button.setObjectName(f"agree_{option.id}")
            button.setCheckable(True)
            button.setStyleSheet(chosen_style)
            self._room_for_bold(button)
            button.setAccessibleName(label)
            if index < 9:
                button.setToolTip(
                    self.tr("Agree on “{answer}” ({key} or Alt+{key})").format(
                        answer=label, key=index + 1
                    )
                )
            button.clicked.connect(lambda _=False, o=option.id: self.choose(o))
            self.button_group.addButton(button)
            self.option_buttons[option.id] = button
            buttons.addWidget(button)
        self.clear_button = QPushButton(self.tr("0  Clear"), box)
        self.clear_button.setObjectName("clearAgreedButton")
        self.clear_button.setStyleSheet(chosen_style)
        self._room_for_bold(self.clear_button)
        self.clear_button.setAccessibleName(self.tr("Clear the agreed answer"))
        self.clear_button.setToolTip(self.tr("No agreed answer (0 or Alt+0)"))
        self.clear_button.clicked.connect(lambda: self.choose(None))
        buttons.addWidget(self.clear_button)
        box_layout.addLayout(buttons)

        tip = self.tr(
            "Saved as you type. PageDown / PageUp move to the next or previous criterion "
            "even while typing here, Ctrl+Enter to the next one without agreement; Left, "
            "Right, Home, End and digits edit the text. Esc leaves the meeting."
        )
        self.justification_label = QLabel(self.tr("&Why it does not apply:"), box)
        self.justification_edit = self._text_edit(
            box, "justificationEdit", self.tr("Why the criterion does not apply"), tip, 2
        )
        self.justification_label.setBuddy(self.justification_edit)
        self.justification_edit.textChanged.connect(
            lambda: self._save_text("na_justification", self.justification_edit)
        )
        box_layout.addWidget(self.justification_label)
        box_layout.addWidget(self.justification_edit)
        rationale_label = QLabel(self.tr("&Rationale and evidence:"), box)
        self.rationale_edit = self._text_edit(
            box, "rationaleEdit", self.tr("Rationale and evidence of the agreed answer"), tip, 4
        )
        self.rationale_edit.setPlaceholderText(self.tr("Why the team agreed on this answer"))
        rationale_label.setBuddy(self.rationale_edit)
        self.rationale_edit.textChanged.connect(
            lambda: self._save_text("note", self.rationale_edit)
        )
        box_layout.addWidget(rationale_label)
        box_layout.addWidget(self.rationale_edit, 2)
        dissent_label = QLabel(self.tr("&Dissenting view:"), box)
        self.dissent_edit = self._text_edit(box, "dissentEdit", self.tr("Dissenting view"), tip, 3)
        self.dissent_edit.setPlaceholderText(
            self.tr("A view that differs from the agreed answer, if anyone holds one")
        )
        dissent_label.setBuddy(self.dissent_edit)
        self.dissent_edit.textChanged.connect(lambda: self._save_text("dissent", self.dissent_edit))
        box_layout.addWidget(dissent_label)
        box_layout.addWidget(self.dissent_edit, 1)
        layout.addWidget(box, 1)
        return side

    def _build_navigation(self) -> QHBoxLayout:
        """Previous, next not agreed and next, across the whole width (they do not fit beside
        the answer on a 1024-pixel screen)."""
        side = self
        nav = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Previous (PgUp)"), side)
        self.previous_button.setObjectName("previousButton")
        self.previous_button.setAccessibleName(self.tr("Previous criterion"))
        self.previous_button.setToolTip(self.tr("Previous criterion (PageUp, or Left)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.skip_button = QPushButton(self.tr("Next not agreed (Ctrl+Enter)"), side)
        self.skip_button.setObjectName("nextNotAgreedButton")
        self.skip_button.setAccessibleDescription(self.tr("Next criterion without agreement"))
        self.skip_button.setToolTip(
            self.tr("The next criterion the team has not agreed on yet (Ctrl+Enter)")
        )
        self.skip_button.clicked.connect(self.next_not_agreed)
        self.next_button = QPushButton(self.tr("Next (PgDn) ▶"), side)
        self.next_button.setObjectName("nextButton")
        self.next_button.setAccessibleName(self.tr("Next criterion"))
        self.next_button.setToolTip(self.tr("Next criterion (PageDown, or Right)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        for button in (self.skip_button, self.next_button):
            nav.addWidget(button)
        for button in (self.previous_button, self.skip_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return nav

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            *self.option_buttons.values(),
            self.clear_button,
            self.justification_edit,
            self.rationale_edit,
            self.dissent_edit,
            self.previous_button,
            self.skip_button,
            self.next_button,
            self.order_combo,
            self.hide_names_check,
            self.leave_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _roomy(self) -> bool:
        """Whether the screen has room for the largest type (at least 800 lines)."""
        screen = self.screen()
        return screen is None or screen.availableGeometry().height() >= 800

    def _room_for_bold(self, button: QPushButton) -> None:
        """Wide enough for its text in bold (as shown when chosen), so choosing an answer
        never cuts its label."""
        bold = QFont(self.font())
        bold.setBold(True)
        padding = self.font().pixelSize() // 2 + 2 * 2 + 8  # padding, border, margin
        button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + padding)

    def _text_edit(
        self, parent: QWidget, name: str, accessible: str, tip: str, lines: int
    ) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setToolTip(tip)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        edit.installEventFilter(self)
        return edit

    def _build_shortcuts(self) -> None:
        def add(keys: list[str], slot: Callable[[], object]) -> list[QShortcut]:
            made = []
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)
                made.append(shortcut)
            return made

        add(["PgDown", "Right"], lambda: self.step(1))
        add(["PgUp", "Left"], lambda: self.step(-1))
        add(["Home"], lambda: self.go_to_index(0))
        add(["End"], lambda: self.go_to_index(len(self.order()) - 1))
        add(["Ctrl+Return", "Ctrl+Enter"], self.next_not_agreed)
        add(["Esc"], self.close)
        options = self.pack.answer_scale.options
        for index, option in enumerate(options[:9]):
            self._answer_shortcuts += add(
                [str(index + 1), f"Num+{index + 1}", f"Alt+{index + 1}"],
                partial(self._choose_by_key, option.id),
            )
        self._answer_shortcuts += add(["0", "Num+0", "Alt+0"], partial(self._choose_by_key, None))

    def _choose_by_key(self, option_id: str | None) -> None:
        """An answer given by a key changes nothing the focus is on: say what was agreed."""
        if self.read_only:
            return
        self.choose(option_id)
        announce(self, self.status_label.text())

    # --- keys in the text boxes -----------------------------------------------------------------

    _MOVE_ON = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Escape)
    _EDITING = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Decide explicitly which keys a text box keeps: the meeting's moves must work while
        # the facilitator types, and cursor keys and digits must still edit the text.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QPlainTextEdit)
        ):
            key = event.key()
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ctrl_enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                modifiers == Qt.KeyboardModifier.ControlModifier
            )
            if key in self._MOVE_ON or ctrl_enter:
                event.ignore()  # not the box's: the window's shortcut takes it
                return True
            editable = not watched.isReadOnly()
            plain = modifiers in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.ShiftModifier,
            )
            if editable and plain and (key in self._EDITING or event.text().isdigit()):
                event.accept()  # the box's: it moves the cursor or types the digit
                return True
        return super().eventFilter(watched, event)

    # --- public API ---------------------------------------------------------------------------

    def order(self) -> list[str]:
        return self._orders[self._order_key]

    def set_order(self, key: str) -> None:
        index = self.order_combo.findData(key)
        if index >= 0:
            self.order_combo.setCurrentIndex(index)

    def current_criterion(self) -> str:
        return self._criterion_id

    def agreed_answer(self, criterion_id: str) -> Answer:
        found = self._agreed.get(criterion_id)
        return found if found is not None else Answer(self.data.round.id, criterion_id)

    def agreed_count(self) -> int:
        scale = self.pack.answer_scale
        return sum(1 for a in self._agreed.values() if criterion_status(a, scale) not in _WAITING)

    def show_criterion(self, criterion_id: str) -> None:
        self._criterion_id = criterion_id
        self._reload()

    def go_to_index(self, index: int) -> None:
        order = self.order()
        if 0 <= index < len(order):
            self._move_to(order[index])

    def _move_to(self, criterion_id: str) -> None:
        """Show another criterion as the facilitator asked (a key or a button): the keyboard
        leaves a text box for the answer buttons, so the next digit answers instead of being
        typed into the new criterion's note, and a screen reader hears where the team is."""
        was_typing = isinstance(QApplication.focusWidget(), QPlainTextEdit)
        self.show_criterion(criterion_id)
        if was_typing:
            self._answer_focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self, self._criterion_announcement())

    def focus_answers(self) -> None:
        """Put the keyboard on the answer buttons (when the meeting opens): the digits answer,
        Space presses the focused answer, and a screen reader starts on a named control."""
        self._answer_focus_target().setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _answer_focus_target(self) -> QWidget:
        """The chosen answer's button (the first when none is chosen); in a read-only round,
        whose answer buttons are disabled, the Next button."""
        if self.read_only:
            return self.next_button
        chosen = self.agreed_answer(self._criterion_id).value
        button = self.option_buttons.get(chosen or "")
        return button if button is not None else next(iter(self.option_buttons.values()))

    def _criterion_announcement(self) -> str:
        statement = self.pack.criterion(self._criterion_id).statement.get(self.language)
        return self.tr("{position}. {statement} {status}").format(
            position=self.position_label.text(),
            statement=statement,
            status=self.status_label.text(),
        )

    def step(self, direction: int) -> None:
        order = self.order()
        self.go_to_index(order.index(self._criterion_id) + direction)

    def next_not_agreed(self) -> None:
        order = self.order()
        start = order.index(self._criterion_id)
        scale = self.pack.answer_scale
        for offset in range(1, len(order) + 1):
            candidate = order[(start + offset) % len(order)]
            if criterion_status(self._agreed.get(candidate), scale) in _WAITING:
                self._move_to(candidate)
                return
        self.position_label.setText(
            self.tr("Every criterion has an agreed answer. {position}").format(
                position=self.position_label.text()
            )
        )
        announce(self, self.position_label.text())

    def choose(self, option_id: str | None) -> None:
        """Record the agreed answer of the current criterion (None clears it)."""
        if self.read_only:
            return
        current = self.agreed_answer(self._criterion_id)
        self._save(replace(current, value=option_id))
        self._reload()
        option = self.pack.answer_scale.option(option_id) if option_id else None
        missing = not self.justification_edit.toPlainText().strip()
        if option is not None and option.requires_justification and missing:
            self.justification_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- showing ------------------------------------------------------------------------------

    def _on_order_chosen(self, *_: object) -> None:
        self._order_key = str(self.order_combo.currentData())
        self._show_position()

    def _show_position(self) -> None:
        order = self.order()
        cid = self._criterion_id
        position = order.index(cid) + 1
        spread = self.data.spreads.get(cid)
        values = {"position": position, "count": len(order), "id": cid}
        if spread is None or not spread.answered:
            text = self.tr("Criterion {position} of {count} · {id}").format(**values)
        elif spread.perspectives_disagree:
            text = self.tr(
                "Criterion {position} of {count} · {id} · disagreement {value} · "
                "perspectives differ"
            ).format(value=disagreement_text(spread.disagreement), **values)
        else:
            text = self.tr("Criterion {position} of {count} · {id} · disagreement {value}").format(
                value=disagreement_text(spread.disagreement), **values
            )
        self.position_label.setText(text)
        agreed = self.agreed_count()
        total = len(self._orders[self.ORDER_PACK])
        self.progress_label.setText(
            self.tr("{agreed} of {total} agreed").format(agreed=agreed, total=total)
        )
        self.progress_bar.setValue(agreed)
        self.progress_bar.setAccessibleDescription(self.progress_label.text())

    def _reload(self) -> None:
        cid = self._criterion_id
        pack, lang = self.pack, self.language
        criterion = pack.criterion(cid)
        self._loading = True
        try:
            self._show_position()
            standard = pack.standard(criterion.standard)
            self.breadcrumb_label.setText(
                self.tr("Standard {number} · {title}").format(
                    number=standard.number, title=standard.title.get(lang)
                )
            )
            self.statement_label.setText(criterion.statement.get(lang))
            self.evidence_label.setText(
                self.tr("What counts as evidence: {evidence}").format(
                    evidence=criterion.evidence.get(lang)
                )
            )
            self._show_previous(cid)
            self._show_spread(cid)
            self._show_notes()
            answer = self.agreed_answer(cid)
            for option_id, button in self.option_buttons.items():
                button.setChecked(option_id == answer.value)
            self._show_status(answer)
            option = None
            if answer.value is not None and answer.value in pack.answer_scale.ids:
                option = pack.answer_scale.option(answer.value)
            needs_reason = option is not None and option.requires_justification
            self.justification_label.setVisible(needs_reason)
            self.justification_edit.setVisible(needs_reason)
            self._set_text(self.justification_edit, answer.na_justification)
            self._set_text(self.rationale_edit, answer.note)
            self._set_text(self.dissent_edit, answer.dissent)
        finally:
            self._loading = False

    def _show_status(self, answer: Answer) -> None:
        pack = self.pack
        label = answer_label(pack, answer.value, self.language)
        if answer.value is None:
            status = self.tr("Not agreed yet")
        elif criterion_status(answer, pack.answer_scale) in _WAITING:
            status = self.tr("Agreed: {answer} (counts once the reason is written)").format(
                answer=label
            )
        else:
            status = self.tr("Agreed: {answer}").format(answer=label)
        self.status_label.setText(status)

    @staticmethod
    def _set_text(edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            edit.setPlainText(text)
            cursor = edit.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            edit.setTextCursor(cursor)

    def _show_previous(self, cid: str) -> None:
        compared = self.data.compare_round
        if compared is None:
            self.previous_label.setText(self.tr("This round is not compared with an earlier one."))
            return
        previous = self.data.previous.get(cid)
        if previous is None or previous.value is None:
            self.previous_label.setText(
                self.tr("Agreed in {title}: no answer").format(title=compared.title)
            )
            return
        text = self.tr("Agreed in {title}: {answer}").format(
            title=compared.title, answer=answer_label(self.pack, previous.value, self.language)
        )
        if previous.note.strip():
            text += " – " + previous.note.strip()
        self.previous_label.setText(text)

    def _show_spread(self, cid: str) -> None:
        spread = self.data.spreads[cid]
        parts = [*spread.by_perspective.values(), spread.overall]
        scale, lang = self.pack.answer_scale, self.language
        for (_, bar, words), part in zip(self._spread_rows, parts, strict=False):
            text = spread_text(part, scale, lang)
            bar.set_spread(part, text)
            words.setText(text)

    def _show_notes(self, *_: object) -> None:
        notes = self.data.notes(self._criterion_id)
        if not notes:
            self.notes_label.setText(html.escape(self.tr("Nobody wrote a note.")))
            return
        hide = self.hide_names_check.isChecked()
        lines = []
        for note in notes:
            who = self.tr("{name} · {perspective} · {answer}").format(
                name=respondent_name(note, note.number, hide),
                perspective=perspective_label(self.pack, note.perspective, self.language),
                answer=answer_label(self.pack, note.value, self.language),
            )
            written = [t for t in (note.note, note.na_justification) if t]
            lines.append(f"<p><b>{html.escape(who)}</b><br>{html.escape(' – '.join(written))}</p>")
        self.notes_label.setText("".join(lines))

    def _apply_read_only(self) -> None:
        self.read_only_banner.setVisible(self.read_only)
        for button in (*self.option_buttons.values(), self.clear_button):
            button.setEnabled(not self.read_only)
        for edit in (self.justification_edit, self.rationale_edit, self.dissent_edit):
            edit.setReadOnly(self.read_only)
        for shortcut in self._answer_shortcuts:
            shortcut.setEnabled(not self.read_only)

    # --- saving -------------------------------------------------------------------------------

    def _save_text(self, field: str, edit: QPlainTextEdit) -> None:
        if self._loading or self.read_only:
            return
        current = self.agreed_answer(self._criterion_id)
        text = edit.toPlainText()
        if field == "note":
            changed = replace(current, note=text)
        elif field == "dissent":
            changed = replace(current, dissent=text)
        else:
            changed = replace(current, na_justification=text)
        self._save(changed)
        if field == "na_justification":
            # An N/A counts as agreed once its reason is written.
            self._show_position()
            self._show_status(self.agreed_answer(self._criterion_id))

    def _save(self, answer: Answer) -> None:
        cid = answer.criterion_id
        if answer == self.agreed_answer(cid):
            return
        try:
            # A change saved meanwhile elsewhere (the main window, another computer) is
            # combined with this one, or both are shown and the meeting decides.
            saved = save_answer(self.service, self._agreed.get(cid), answer)
        except AnswerClashError as clash:
            self._resolve_clash(clash)
            return
        except PromiseTrackerError as error:
            self._show_save_error(error)
            return
        self._agreed[cid] = saved
        self.answerSaved.emit(cid)
        if saved != answer:  # what was saved elsewhere shows too
            self._reload()

    def _resolve_clash(self, clash: AnswerClashError) -> None:
        """The same part of the agreed answer changed elsewhere meanwhile: ask which to keep."""
        options = {o.id: o.label.get(self.language) for o in self.pack.answer_scale.options}
        rows = conflict_dialog.differences(
            clash.mine, clash.theirs, conflict_dialog.labels_by_value(options)
        )
        saved = clash.theirs
        if conflict_dialog.ask_keep_mine(self, clash.message, rows):
            try:
                saved = self.service.set_answer(clash.mine, expected_version=clash.theirs.version)
            except PromiseTrackerError as error:
                self._show_save_error(error)
                return
        self._agreed[saved.criterion_id] = saved
        self.answerSaved.emit(saved.criterion_id)
        self._reload()

    def _show_save_error(self, error: PromiseTrackerError) -> None:
        text = self.tr("The change could not be saved.\n\n{reason}").format(reason=error.message)
        if self._error_box is not None:
            self._error_box.setText(text)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), text, parent=self)
        box.setObjectName("saveErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_error_box_closed)
        self._error_box = box
        box.open()

    def _on_error_box_closed(self) -> None:
        self._error_box = None

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.left.emit()

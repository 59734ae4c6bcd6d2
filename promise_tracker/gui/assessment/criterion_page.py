"""The answer page of the self-assessment window: one criterion, its answer, note and history."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from promise_tracker.domain.entities import Answer
from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.assessment.improvement_section import ImprovementSection
from promise_tracker.gui.shared import conflict_dialog
from promise_tracker.gui.shared.accessibility import announce, content_label, describe
from promise_tracker.gui.shared.forms import format_date, with_shortcut
from promise_tracker.gui.shared.look import set_secondary_text
from promise_tracker.gui.shared.provenance import ProvenanceLine, provenance_line
from promise_tracker.gui.shared.round_controller import RoundController
from promise_tracker.services.round_session import AnswerClashError
from promise_tracker.standards.model import AnswerOption, Criterion

# --- spotting identity numbers ----------------------------------------------------------------
#
# Notes describe how a service works; they must never identify a child. The check below only
# warns (it never blocks saving), so it errs on the side of warning: any digit group shaped like
# a Nordic identity number whose date part is a possible date counts. Known trade-off: a bare
# 10-digit phone number written without spaces (e.g. 0701234567) also reads as a date plus four
# digits and is flagged; written the usual way ("070-123 45 67") it is not. Dates such as
# 2024-05-01, years, short numbers (112, 116 111) and diary numbers ("Dnr 2023-1234") are not.

# Swedish personnummer with the century: YYYYMMDD, optional - or +, four digits.
_SE_LONG = re.compile(r"(?<!\d)(\d{8})[-+]?(\d{4})(?!\d)")
# Swedish (YYMMDD), Danish CPR and Icelandic kennitala (DDMMYY): six digits, an optional
# separator, four digits.
_SIX_FOUR = re.compile(r"(?<!\d)(\d{6})[-+ ]?(\d{4})(?!\d)")
# Norwegian fødselsnummer: DDMMYY and five digits, sometimes written with a space.
_NO = re.compile(r"(?<!\d)(\d{6}) ?(\d{5})(?!\d)")
# Finnish henkilötunnus: DDMMYY, a century sign, three digits and a check character.
_FI = re.compile(r"(?<![0-9A-Za-z])(\d{6})[-+A-FU-Y](\d{3})[0-9A-FHJ-NPR-Y](?![0-9A-Za-z])")


def _plausible(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


def _yymmdd(digits: str) -> bool:
    # Swedish coordination numbers (samordningsnummer) add 60 to the day.
    month, day = int(digits[2:4]), int(digits[4:6])
    return _plausible(day if day <= 31 else day - 60, month)


def _ddmmyy(digits: str, *, norwegian: bool = False) -> bool:
    day, month = int(digits[0:2]), int(digits[2:4])
    if norwegian:
        # D-numbers add 40 to the day, H-numbers 40 to the month.
        day = day - 40 if day > 40 else day
        month = month - 40 if month > 40 else month
    return _plausible(day, month)


def looks_like_personal_number(text: str) -> bool:
    """True if text holds something shaped like a Nordic personal identity number."""
    for match in _SE_LONG.finditer(text):
        digits = match.group(1)
        if 1870 <= int(digits[:4]) <= 2099 and _yymmdd(digits[2:]):
            return True
    for match in _SIX_FOUR.finditer(text):
        digits = match.group(1)
        if _yymmdd(digits) or _ddmmyy(digits):
            return True
    if any(_ddmmyy(m.group(1), norwegian=True) for m in _NO.finditer(text)):
        return True
    return any(_ddmmyy(m.group(1)) for m in _FI.finditer(text))


def _is_history_key(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    # The usual redo keys of the other platforms, which the window may offer too.
    combo = QKeySequence(event.keyCombination())
    return combo in (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


# --- the page ----------------------------------------------------------------------------------


def _wrapping_label(parent: QWidget, object_name: str, *, selectable: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Wrapped labels must be allowed to narrow, or the page grows a horizontal scroll bar.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(120)
    return label


def _wrapped_height(label: QLabel, texts: list[str], width: int) -> int:
    """The height `label` needs to show the longest of `texts` wrapped at `width`."""
    metrics = QFontMetrics(label.font())
    margins = label.contentsMargins()
    inner = max(width - margins.left() - margins.right() - 2 * label.margin(), 1)
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    tallest = max(
        (metrics.boundingRect(QRect(0, 0, inner, 100_000), flags, text).height() for text in texts),
        default=0,
    )
    return tallest + margins.top() + margins.bottom() + 2 * label.margin()


def _scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = widget.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


class CriterionPage(QWidget):
    """Shows one criterion of the controller's round and saves every edit at once.

    Keyboard: Alt+1, Alt+2, Alt+3 ... choose the answer options in order, Alt+0 clears the
    answer, Alt+D flags the criterion for discussion, Alt+C confirms an answer carried forward
    from an earlier round (anywhere in the page's window). Undo and
    redo keys typed in the text boxes go to the window (the round's one history), not to the
    boxes' own undo.
    """

    CLEAR_SHORTCUT = "Alt+0"
    FLAG_SHORTCUT = "Alt+D"
    CONFIRM_SHORTCUT = "Alt+C"
    # Window-wide, so a team can answer while the keyboard focus is in the criteria list or
    # search box beside the page; a hidden page's shortcuts never fire.
    SHORTCUT_CONTEXT = Qt.ShortcutContext.WindowShortcut

    # (criterion id, action id): the user wants to see an action ("" = a new one).
    actionRequested = Signal(str, str)

    def __init__(
        self, controller: RoundController, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("criterionPage")
        self.controller = controller
        self.language = language
        self._criterion_id: str | None = None
        self._loading = False
        self._error_box: QMessageBox | None = None
        # Text typed into a note or justification whose save failed (a full disk, say), by
        # (criterion, field): it stays in its box, marked unsaved, and is saved again on the
        # next edit and every few seconds until that works.
        self._unsaved: dict[tuple[str, str], str] = {}
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(5000)
        self._retry_timer.timeout.connect(self._retry_unsaved)
        self._option_buttons: dict[str, QRadioButton] = {}
        self._option_shortcuts: list[QShortcut] = []
        # The warnings shown now (note, reason; "missing": the N/A reason is not written),
        # and those of the criterion last shown, to say the ones that appear.
        self._warnings: dict[str, bool] = {}
        self._warned: dict[str, dict[str, bool]] = {}
        self._saying_answer = False  # while an answer given by shortcut is being saved
        # What each label's reserved height was computed for (width, language, pack, font).
        self._reserved_for: dict[str, tuple[object, ...]] = {}
        self._build()
        self._connect(controller)
        self._build_answer_buttons()
        self._show_empty()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        self.empty_label = QLabel(self.tr("Choose a criterion to answer it."), self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        outer.addWidget(self.empty_label)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("criterionScrollArea")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The page scrolls to whichever of its fields has the focus; the area itself takes no
        # Tab stop (it could not show that it has the focus), but it is named for screen readers.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setAccessibleName(self.tr("Criterion"))
        outer.addWidget(self.scroll_area)

        content = QWidget(self.scroll_area)
        content.setObjectName("criterionContent")
        layout = QVBoxLayout(content)
        layout.setSpacing(8)

        # Theme colours (tooltip base/text) keep the banner readable in high-contrast themes.
        self.read_only_banner = _wrapping_label(content, "readOnlyBanner", selectable=False)
        self.read_only_banner.setText(
            self.tr(
                "This round is finalised and read-only. Reopen it from the Round menu to "
                "change answers."
            )
        )
        self.read_only_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.read_only_banner.setAutoFillBackground(True)
        self.read_only_banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.read_only_banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.read_only_banner.setMargin(6)
        content_label(self.read_only_banner, self.tr("Round is read-only"))
        layout.addWidget(self.read_only_banner)

        self.breadcrumb_label = _wrapping_label(content, "breadcrumbLabel")
        self.breadcrumb_label.setFont(_scaled_font(self, 1.0, bold=True))
        content_label(self.breadcrumb_label, self.tr("Standard"))
        layout.addWidget(self.breadcrumb_label)

        id_row = QHBoxLayout()
        self.criterion_id_label = QLabel(content)
        self.criterion_id_label.setObjectName("criterionIdLabel")
        self.criterion_id_label.setFont(_scaled_font(self, 0.9))
        self.criterion_id_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        set_secondary_text(self.criterion_id_label)
        content_label(self.criterion_id_label, self.tr("Criterion id"))
        self.position_label = QLabel(content)
        self.position_label.setObjectName("positionLabel")
        self.position_label.setFont(_scaled_font(self, 0.9))
        set_secondary_text(self.position_label)
        content_label(self.position_label, self.tr("Position in the round"))
        id_row.addWidget(self.criterion_id_label)
        id_row.addWidget(QLabel("·", content))
        id_row.addWidget(self.position_label)
        id_row.addStretch(1)
        layout.addLayout(id_row)

        self.statement_label = _wrapping_label(content, "statementLabel")
        self.statement_label.setFont(_scaled_font(self, 1.35))
        self.statement_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.statement_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        content_label(self.statement_label, self.tr("Criterion statement"))
        layout.addWidget(self.statement_label)

        self.evidence_label = _wrapping_label(content, "evidenceLabel")
        content_label(self.evidence_label, self.tr("What counts as evidence"))

        self.concerns_label = _wrapping_label(content, "concernsLabel")
        set_secondary_text(self.concerns_label)
        content_label(self.concerns_label, self.tr("Rooms and agencies concerned"))

        # Whose words the team judges, where it answers: the criteria are the project's
        # wording, not the publication's text.
        self.provenance_line = ProvenanceLine(content, object_name="criterionProvenance")
        layout.addWidget(self.provenance_line)

        # An answer carried forward from an earlier round, waiting for the team
        self.carried_banner = QFrame(content)
        self.carried_banner.setObjectName("carriedBanner")
        self.carried_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.carried_banner.setAutoFillBackground(True)
        self.carried_banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.carried_banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        banner_layout = QVBoxLayout(self.carried_banner)
        banner_layout.setContentsMargins(6, 6, 6, 6)
        self.carried_label = _wrapping_label(self.carried_banner, "carriedLabel", selectable=False)
        self.carried_label.setFont(_scaled_font(self, 1.0, bold=True))
        self.carried_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.carried_hint = _wrapping_label(self.carried_banner, "carriedHint", selectable=False)
        self.carried_hint.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.carried_hint.setText(
            self.tr("It counts as unanswered until your team confirms it as it is or changes it.")
        )
        banner_layout.addWidget(self.carried_label)
        banner_layout.addWidget(self.carried_hint)
        banner_buttons = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("Confirm"), self.carried_banner)
        self.confirm_button.setObjectName("confirmAnswerButton")
        # Named by its visible text ("Confirm"); the tooltip says what it confirms.
        self.confirm_button.setToolTip(
            self.tr("Keep this answer for this round; it counts from now on ({shortcut})").format(
                shortcut=self._native(self.CONFIRM_SHORTCUT)
            )
        )
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        self.confirm_standard_button = QPushButton(self.carried_banner)
        self.confirm_standard_button.setObjectName("confirmStandardButton")
        self.confirm_standard_button.setToolTip(
            self.tr(
                "Confirm every answer of this standard still carried forward, as it is "
                "(Undo takes it back)"
            )
        )
        self.confirm_standard_button.clicked.connect(self._on_confirm_standard_clicked)
        banner_buttons.addWidget(self.confirm_button)
        banner_buttons.addWidget(self.confirm_standard_button)
        banner_buttons.addStretch(1)
        banner_layout.addLayout(banner_buttons)
        self.carried_banner.hide()

        # The answer
        self.answer_box = QGroupBox(self.tr("Your team's answer"), content)
        self.answer_box.setObjectName("answerBox")
        answer_layout = QVBoxLayout(self.answer_box)
        self._choice_row = QHBoxLayout()
        answer_layout.addLayout(self._choice_row)
        self.button_group = QButtonGroup(self)
        self.button_group.setExclusive(True)
        self.button_group.buttonClicked.connect(self._on_option_clicked)
        # Ticked without a click (a screen reader's "press" or "toggle" action): saved too.
        self.button_group.buttonToggled.connect(self._on_option_toggled)
        self.clear_button = QPushButton(self.tr("Clear answer"), self.answer_box)
        self.clear_button.setObjectName("clearAnswerButton")
        self.clear_button.setAccessibleName(self.tr("Clear answer"))
        # Out of the Tab chain: after answering, Tab goes on to the note, and a space typed
        # for the note can never land on this button and clear the answer. Alt+0 clears.
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setToolTip(
            self.tr("Remove the answer; the criterion counts as unanswered ({shortcut})").format(
                shortcut=self._native(self.CLEAR_SHORTCUT)
            )
        )
        self.clear_button.clicked.connect(self._on_clear_clicked)

        self.justification_edit = QPlainTextEdit(self.answer_box)
        self.justification_edit.setObjectName("justificationEdit")
        self.justification_edit.setAccessibleName(self.tr("Why this criterion does not apply"))
        self.justification_edit.setPlaceholderText(
            self.tr("Why does this criterion not apply to your Barnahus?")
        )
        self.justification_edit.setTabChangesFocus(True)
        self.justification_edit.setUndoRedoEnabled(False)
        self.justification_edit.installEventFilter(self)
        lines = self.justification_edit.fontMetrics().lineSpacing()
        self.justification_edit.setMinimumHeight(2 * lines + 12)
        self.justification_edit.setMaximumHeight(4 * lines + 12)
        self.justification_edit.textChanged.connect(self._on_justification_changed)
        answer_layout.addWidget(self.justification_edit)
        self.justification_warning = _wrapping_label(
            self.answer_box, "justificationWarning", selectable=False
        )
        self.justification_warning.setText(
            self.tr("⚠ Not counted until you write why this does not apply")
        )
        self.justification_warning.setFont(_scaled_font(self, 1.0, bold=True))
        answer_layout.addWidget(self.justification_warning)
        layout.addWidget(self.answer_box)
        # Below the answer, so that the options stay in one place from one criterion to the
        # next (the heading, statement and provenance above keep the height of the longest).
        layout.addWidget(self.carried_banner)
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.concerns_label)
        # A screen reader reads the page in the order of its widgets, not of the layout: these
        # were made before the answer box, and are moved after it to be read as they are seen.
        for below_the_answer in (self.carried_banner, self.evidence_label, self.concerns_label):
            below_the_answer.raise_()

        # The evidence note
        # The title's mnemonic (Alt+I in English) puts the cursor in the note from anywhere in
        # the window; the event filter sends it to the text box, not to the last child used.
        note_title = self.tr("Ev&idence note")
        self.note_box = QGroupBox(note_title, content)
        self.note_box.setObjectName("noteBox")
        self.note_box.installEventFilter(self)
        note_layout = QVBoxLayout(self.note_box)
        self.note_edit = QPlainTextEdit(self.note_box)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(self.tr("Evidence note"))
        self.note_edit.setPlaceholderText(
            self.tr("What shows this? Documents, routines, observations…")
        )
        self.note_edit.setToolTip(
            with_shortcut(self.tr("What shows your team's answer; saved as you type"), note_title)
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setUndoRedoEnabled(False)
        self.note_edit.installEventFilter(self)
        # Room for a few lines without pushing the earlier round's answer out of sight.
        lines = self.note_edit.fontMetrics().lineSpacing()
        self.note_edit.setMinimumHeight(3 * lines + 12)
        self.note_edit.setMaximumHeight(6 * lines + 12)
        self.note_edit.textChanged.connect(self._on_note_changed)
        note_layout.addWidget(self.note_edit)
        self.privacy_hint = _wrapping_label(self.note_box, "privacyHint", selectable=False)
        self.privacy_hint.setText(
            self.tr(
                "Describe how the service works. Never write a child's name, personal number "
                "or case details."
            )
        )
        set_secondary_text(self.privacy_hint)
        note_layout.addWidget(self.privacy_hint)
        self.privacy_warning = _wrapping_label(self.note_box, "privacyWarning", selectable=False)
        self.privacy_warning.setText(
            self.tr(
                "⚠ This looks like a personal identity number. Please remove it: notes must "
                "never identify a child."
            )
        )
        self.privacy_warning.setFont(_scaled_font(self, 1.0, bold=True))
        note_layout.addWidget(self.privacy_warning)
        self.unsaved_label = _wrapping_label(self.note_box, "unsavedLabel", selectable=False)
        self.unsaved_label.setFont(_scaled_font(self, 1.0, bold=True))
        self.unsaved_label.hide()
        note_layout.addWidget(self.unsaved_label)

        self.flag_check = QCheckBox(self.tr("Flag for discussion"), self.note_box)
        self.flag_check.setObjectName("flagCheck")
        self.flag_check.setAccessibleName(self.tr("Flag for discussion"))
        self.flag_check.setToolTip(
            self.tr("Mark this criterion to talk about in the team ({shortcut})").format(
                shortcut=self._native(self.FLAG_SHORTCUT)
            )
        )
        self.flag_check.clicked.connect(self._on_flag_clicked)
        note_layout.addWidget(self.flag_check, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note_box)

        # The compared round
        self.previous_box = QGroupBox(self.tr("Previous round"), content)
        self.previous_box.setObjectName("previousBox")
        previous_layout = QVBoxLayout(self.previous_box)
        self.previous_round_label = _wrapping_label(self.previous_box, "previousRoundLabel")
        set_secondary_text(self.previous_round_label)
        self.previous_answer_label = _wrapping_label(self.previous_box, "previousAnswerLabel")
        self.previous_answer_label.setFont(_scaled_font(self, 1.0, bold=True))
        self.previous_note_label = _wrapping_label(self.previous_box, "previousNoteLabel")
        for label in (
            self.previous_round_label,
            self.previous_answer_label,
            self.previous_note_label,
        ):
            previous_layout.addWidget(label)
        layout.addWidget(self.previous_box)

        # What stands in the way of a criterion not met, and what the team will do about it
        self.improvement = ImprovementSection(self.controller, content)
        self.improvement.actionRequested.connect(self.actionRequested)
        self.improvement.hide()
        layout.addWidget(self.improvement)
        layout.addStretch(1)

        self.scroll_area.setWidget(content)
        # The window gives the page the focus when a round opens: it lands on the statement,
        # the first thing to read, rather than on the page itself, which shows no focus.
        self.setFocusProxy(self.statement_label)
        for reserved in (self.statement_label, self.breadcrumb_label, self.provenance_line.label):
            reserved.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            reserved.installEventFilter(self)
        self._content = content

        clear_shortcut = QShortcut(QKeySequence(self.CLEAR_SHORTCUT), self)
        clear_shortcut.setContext(self.SHORTCUT_CONTEXT)
        clear_shortcut.activated.connect(self._clear_by_key)
        flag_shortcut = QShortcut(QKeySequence(self.FLAG_SHORTCUT), self)
        flag_shortcut.setContext(self.SHORTCUT_CONTEXT)
        flag_shortcut.activated.connect(self._toggle_flag_by_key)
        self.confirm_shortcut = QShortcut(QKeySequence(self.CONFIRM_SHORTCUT), self)
        self.confirm_shortcut.setContext(self.SHORTCUT_CONTEXT)
        self.confirm_shortcut.activated.connect(self._confirm_by_key)

    def _build_answer_buttons(self) -> None:
        """One radio button per option of the pack's scale (rebuilt when the pack changes)."""
        for button in self._option_buttons.values():
            self.button_group.removeButton(button)
            button.setParent(None)  # gone at once, so lookups by name find the new ones
        for shortcut in self._option_shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self._option_buttons = {}
        self._option_shortcuts = []
        while self._choice_row.count():
            self._choice_row.takeAt(0)

        options = self.controller.session.pack.answer_scale.options
        for index, option in enumerate(options):
            button = QRadioButton(self.answer_box)
            button.setObjectName(f"answer_{option.id}")
            button.setProperty("optionId", option.id)
            self.button_group.addButton(button, index)
            self._choice_row.addWidget(button)
            self._option_buttons[option.id] = button
            if index < 9:
                shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
                shortcut.setContext(self.SHORTCUT_CONTEXT)
                shortcut.activated.connect(partial(self._answer_by_key, option.id))
                self._option_shortcuts.append(shortcut)
        self._choice_row.addSpacing(12)
        self._choice_row.addWidget(self.clear_button)
        self._choice_row.addStretch(1)
        self._label_answer_buttons()
        self._set_tab_order()

    def _label_answer_buttons(self) -> None:
        for index, option in enumerate(self.controller.session.pack.answer_scale.options):
            button = self._option_buttons[option.id]
            label = option.label.get(self.language)
            button.setText(label)
            button.setAccessibleName(label)
            if index < 9:
                button.setToolTip(
                    self.tr("Answer “{answer}” ({shortcut})").format(
                        answer=label, shortcut=self._native(f"Alt+{index + 1}")
                    )
                )
            else:
                button.setToolTip(self.tr("Answer “{answer}”").format(answer=label))

    def _set_tab_order(self) -> None:
        # Few stops from the statement to the note: the answer is one stop (arrow keys move
        # between the options) and "Clear answer" takes none (Alt+0).
        chain: list[QWidget] = [self.statement_label, self.provenance_line.button]
        chain += [*self._option_buttons.values(), self.justification_edit]
        chain += [self.confirm_button, self.confirm_standard_button]
        chain += [self.note_edit, self.flag_check]
        improvement = self.improvement
        chain += [improvement.barrier_combo, improvement.barrier_text_edit]
        chain += [improvement.actions_list, improvement.add_action_button]
        chain += [improvement.open_action_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _answer_entry(self) -> QWidget:
        """Where the keyboard enters the answer options: the one chosen, else the first
        (the statement on a pack without options)."""
        checked = self.button_group.checkedButton()
        buttons = list(self._option_buttons.values())
        return checked if checked is not None else (buttons[0] if buttons else self.statement_label)

    def _focus_answer_on_choice(self) -> None:
        """Tab enters the options on the one chosen (on the first when none is): only that
        one is a Tab stop; the arrow keys move between them."""
        entry = self._answer_entry()
        for button in self._option_buttons.values():
            policy = Qt.FocusPolicy.StrongFocus if button is entry else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def _reserve_heights(self) -> None:
        """Give the heading, the statement and the provenance line the height the longest of
        the pack's texts needs at their current width, so that the answer options below them
        do not move when the next criterion's statement is shorter or longer."""
        session = self.controller.session
        pack = session.pack
        criteria = session.criteria()
        one_per_standard = {c.standard: c for c in criteria}
        provenance = self.provenance_line.label
        for label, texts in (
            (self.statement_label, lambda: [c.statement.get(self.language) for c in criteria]),
            (
                self.breadcrumb_label,
                lambda: [self._breadcrumb(c) for c in one_per_standard.values()],
            ),
            (
                provenance,
                lambda: [provenance_line(pack, self.language, s) for s in one_per_standard],
            ),
        ):
            width = label.width()
            key = (width, self.language, pack.id, pack.version, label.font().key())
            if width <= 0 or self._reserved_for.get(label.objectName()) == key:
                continue
            self._reserved_for[label.objectName()] = key
            label.setMinimumHeight(_wrapped_height(label, texts(), width))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched in (
            self.statement_label,
            self.breadcrumb_label,
            self.provenance_line.label,
        ):
            self._reserve_heights()
        if watched is self.note_box and event.type() == QEvent.Type.Shortcut:
            # The note's mnemonic: into the note, whatever was last used in its box.
            self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        # A text box claims Ctrl+Z for its own undo, which would split the round's history in
        # two; letting the key through reaches the window's Undo, which also takes typing back
        # in one step and reloads the box.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and watched in (self.note_edit, self.justification_edit)
            and isinstance(event, QKeyEvent)
            and _is_history_key(event)
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _native(shortcut: str) -> str:
        return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)

    def _connect(self, controller: RoundController) -> None:
        controller.answerChanged.connect(self._on_answer_changed)
        controller.roundChanged.connect(self._reload)
        controller.answeringAsChanged.connect(self._on_answering_as_changed)
        self._title_answer_box()

    def _disconnect(self, controller: RoundController) -> None:
        controller.answerChanged.disconnect(self._on_answer_changed)
        controller.roundChanged.disconnect(self._reload)
        controller.answeringAsChanged.disconnect(self._on_answering_as_changed)

    def _on_answering_as_changed(self) -> None:
        self._title_answer_box()
        self._reload()

    def _title_answer_box(self) -> None:
        """Whose answer the choices below record: the team's, or one respondent's."""
        respondent = self.controller.session.answering_as
        if respondent is None:
            self.answer_box.setTitle(self.tr("Your team's answer"))
        else:
            self.answer_box.setTitle(self.tr("Answer of {alias}").format(alias=respondent.alias))

    # --- public API ---------------------------------------------------------------------------

    def set_controller(self, controller: RoundController) -> None:
        """Show another round (the page is emptied until show_criterion is called)."""
        self._disconnect(self.controller)
        self.controller = controller
        self._connect(controller)
        self._build_answer_buttons()
        self.improvement.set_controller(controller)
        self._criterion_id = None
        self._show_empty()

    def refresh_improvement(self) -> None:
        """Read the criterion's barrier and actions again (changed outside this page)."""
        self.improvement.refresh()

    def show_criterion(self, cid: str) -> None:
        moved = cid != self._criterion_id
        before = QApplication.focusWidget()
        had_focus = before is not None and self.isAncestorOf(before)
        self._criterion_id = cid
        self.empty_label.hide()
        self.scroll_area.show()
        self._reload()
        self.scroll_area.verticalScrollBar().setValue(0)
        focus = QApplication.focusWidget()
        gone = before is None or not isValid(before) or not before.isVisibleTo(self)
        if had_focus and gone:
            # The box the focus was in is not shown for this criterion (the barrier of a
            # criterion not met, the reason for not applicable) and Qt passed the focus on to
            # whatever came next, even out of the page: the keyboard goes on with this
            # criterion's answer instead.
            self._answer_entry().setFocus(Qt.FocusReason.OtherFocusReason)
            focus = QApplication.focusWidget()
        if moved and focus is not None and self.isAncestorOf(focus):
            # The focus stays in the note (or on the flag) while the criterion changes under
            # it (Ctrl+PgDown): say which criterion is shown now.
            self._announce_criterion()

    def _announce_criterion(self) -> None:
        cid = self._criterion_id
        if cid is None:
            return
        session = self.controller.session
        criterion = session.pack.criterion(cid)
        option = self._option(session.answer(cid).value)
        answer = option.label.get(self.language) if option is not None else self.tr("no answer")
        text = self.tr("{position}: {id}, {statement} Answer: {answer}").format(
            position=self.position_label.text(),
            id=cid,
            statement=criterion.statement.get(self.language),
            answer=answer,
        )
        if self.justification_warning.isVisibleTo(self):
            text += " · " + self.justification_warning.text()
        announce(self, text)

    def current_criterion(self) -> str | None:
        return self._criterion_id

    def set_language(self, lang: str) -> None:
        """Show the standards text (statements, answer labels...) in another language."""
        self.language = lang
        self._label_answer_buttons()
        self._reload()

    # --- showing ------------------------------------------------------------------------------

    def _show_empty(self) -> None:
        self.scroll_area.hide()
        self.empty_label.show()

    def _on_answer_changed(self, cid: str) -> None:
        if cid == self._criterion_id:
            self._reload()

    def _reload(self) -> None:
        """Show the current criterion as the session has it, without saving anything."""
        cid = self._criterion_id
        if cid is None:
            return
        session = self.controller.session
        pack = session.pack
        lang = self.language
        criterion = pack.criterion(cid)
        self._loading = True
        try:
            self.breadcrumb_label.setText(self._breadcrumb(criterion))
            position = [c.id for c in session.criteria()].index(cid) + 1
            self.criterion_id_label.setText(cid)
            self.position_label.setText(
                self.tr("Criterion {position} of {count}").format(
                    position=position, count=len(session.criteria())
                )
            )
            self.statement_label.setText(criterion.statement.get(lang))
            self.evidence_label.setText(
                self.tr("What counts as evidence: {evidence}").format(
                    evidence=criterion.evidence.get(lang)
                )
            )
            concerns = ", ".join(pack.concern(c).label.get(lang) for c in criterion.concerns)
            self.concerns_label.setText(
                self.tr("Concerns: {concerns}").format(concerns=concerns) if concerns else ""
            )
            self.concerns_label.setVisible(bool(concerns))
            self.provenance_line.show_pack(pack, lang, criterion.standard)
            self._load_answer(session.answer(cid))
            self._load_carried(cid)
            self._load_previous(cid)
            self._apply_read_only(session.read_only)
        finally:
            self._loading = False
        self._reserve_heights()
        self.improvement.show_criterion(cid)

    def _breadcrumb(self, criterion: Criterion) -> str:
        pack = self.controller.session.pack
        standard = pack.standard(criterion.standard)
        top = pack.standard(criterion.standard.split(".")[0])
        if top is standard:
            return self.tr("Standard {number} · {title}").format(
                number=standard.number, title=standard.title.get(self.language)
            )
        return self.tr("Standard {number} · {title} › {sub_number} {sub_title}").format(
            number=top.number,
            title=top.title.get(self.language),
            sub_number=standard.number,
            sub_title=standard.title.get(self.language),
        )

    def _load_answer(self, answer: Answer) -> None:
        button = self._option_buttons.get(answer.value) if answer.value else None
        blockers = [self.button_group, *self._option_buttons.values(), self.flag_check]
        for widget in blockers:
            widget.blockSignals(True)
        try:
            if button is not None:
                button.setChecked(True)
            else:
                # An exclusive group cannot uncheck its last button; "no answer" is none checked.
                self.button_group.setExclusive(False)
                for other in self._option_buttons.values():
                    other.setChecked(False)
                self.button_group.setExclusive(True)
            self.flag_check.setChecked(answer.flagged)
        finally:
            for widget in blockers:
                widget.blockSignals(False)
        self._focus_answer_on_choice()
        cid = answer.criterion_id
        self._set_text(
            self.justification_edit,
            self._unsaved.get((cid, "na_justification"), answer.na_justification),
        )
        self._set_text(self.note_edit, self._unsaved.get((cid, "note"), answer.note))
        self._update_hints(answer)
        self._show_unsaved()

    @staticmethod
    def _set_text(edit: QPlainTextEdit, text: str) -> None:
        # Leave an unchanged text alone so the cursor (and selection) stay where the user is.
        if edit.toPlainText() == text:
            return
        edit.blockSignals(True)
        try:
            edit.setPlainText(text)
            edit.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            edit.blockSignals(False)

    def _option(self, value: str | None) -> AnswerOption | None:
        if value is None:
            return None
        try:
            return self.controller.session.pack.answer_scale.option(value)
        except KeyError:
            return None

    def _update_hints(self, answer: Answer) -> None:
        option = self._option(answer.value)
        needs_reason = option is not None and option.requires_justification
        self.justification_edit.setVisible(needs_reason)
        reason_missing = needs_reason and not self.justification_edit.toPlainText().strip()
        self.justification_warning.setVisible(reason_missing)
        in_note = looks_like_personal_number(self.note_edit.toPlainText())
        in_reason = needs_reason and looks_like_personal_number(
            self.justification_edit.toPlainText()
        )
        self.privacy_warning.setVisible(in_note or in_reason)
        self._warnings = {"note": in_note, "reason": in_reason, "missing": reason_missing}
        self._describe_fields()
        # A warning that appears while the user works on this criterion is said at once (the
        # one about a personal number interrupts); on another criterion, the move says it.
        shown_before = self._warned.get(answer.criterion_id)
        if shown_before is not None and not self._saying_answer:
            if (in_note or in_reason) and not (shown_before["note"] or shown_before["reason"]):
                announce(self, self.privacy_warning.text(), assertive=True)
            if reason_missing and not shown_before["missing"]:
                announce(self, self.justification_warning.text())
        self._warned = {answer.criterion_id: dict(self._warnings)}

    def _describe_fields(self) -> None:
        """The warnings about a text box become its accessible description, so a screen reader
        says them with the box (and says nothing once they are gone)."""
        warnings = self._warnings
        privacy = self.privacy_warning.text()
        note = [privacy] if warnings.get("note") else []
        unsaved = self.unsaved_label.text() if not self.unsaved_label.isHidden() else ""
        if unsaved:
            note.append(unsaved)
        reason = []
        if warnings.get("missing"):
            reason.append(self.justification_warning.text())
        if warnings.get("reason"):
            reason.append(privacy)
        describe(self.note_edit, "\n".join(note))
        describe(self.justification_edit, "\n".join(reason))

    def _load_carried(self, cid: str) -> None:
        """The banner of an answer carried forward from an earlier round, not confirmed."""
        session = self.controller.session
        answer = session.answer(cid)
        self.carried_banner.setVisible(answer.to_confirm)
        if not answer.to_confirm:
            return
        source = session.compare_round
        if source is not None:
            text = self.tr("↻ Carried forward from “{round}”: confirm or change it").format(
                round=source.title
            )
        else:
            text = self.tr("↻ Carried forward from an earlier round: confirm or change it")
        self.carried_label.setText(text)
        self.carried_banner.setAccessibleName(text)
        number = session.pack.criterion(cid).standard.split(".")[0]
        waiting = len(self._to_confirm_in_standard(number))
        self.confirm_standard_button.setText(
            self.tr("Confirm all %n in standard {number}", "", waiting).format(number=number)
        )
        self.confirm_standard_button.setAccessibleName(self.confirm_standard_button.text())
        self.confirm_standard_button.setVisible(waiting > 1)

    def _to_confirm_in_standard(self, number: str) -> list[str]:
        session = self.controller.session
        return session.to_confirm(c.id for c in session.pack.standard(number).all_criteria())

    def _load_previous(self, cid: str) -> None:
        session = self.controller.session
        compared = session.compare_round
        if compared is None:
            self.previous_round_label.setText(
                self.tr("This round is not compared with an earlier one.")
            )
            self.previous_answer_label.hide()
            self.previous_note_label.hide()
            return
        self.previous_round_label.setText(
            self.tr("{title} ({date})").format(
                title=compared.title, date=format_date(compared.date)
            )
        )
        previous = session.previous_answer(cid)
        option = self._option(previous.value) if previous is not None else None
        self.previous_answer_label.show()
        if previous is None or option is None:
            self.previous_answer_label.setText(self.tr("No earlier answer"))
            self.previous_note_label.hide()
            return
        if session.respondent_id is None:
            text = self.tr("Answer: {answer}").format(answer=option.label.get(self.language))
        else:
            # The earlier round's reference is the team's agreed answer, not this person's.
            text = self.tr("The team's answer: {answer}").format(
                answer=option.label.get(self.language)
            )
        self.previous_answer_label.setText(text)
        lines = []
        if option.requires_justification and previous.na_justification.strip():
            lines.append(
                self.tr("Why not applicable: {reason}").format(
                    reason=previous.na_justification.strip()
                )
            )
        if previous.note.strip():
            lines.append(self.tr("Note: {note}").format(note=previous.note.strip()))
        self.previous_note_label.setText("\n".join(lines))
        self.previous_note_label.setVisible(bool(lines))

    def _apply_read_only(self, read_only: bool) -> None:
        self.read_only_banner.setVisible(read_only)
        for button in self._option_buttons.values():
            button.setEnabled(not read_only)
        self.clear_button.setEnabled(not read_only)
        self.flag_check.setEnabled(not read_only)
        self.confirm_button.setEnabled(not read_only)
        self.confirm_standard_button.setEnabled(not read_only)
        # Text stays selectable and scrollable when read-only, so finished notes can be read
        # and copied in full; disabling would grey them out and stop scrolling.
        for edit in (self.justification_edit, self.note_edit):
            edit.setReadOnly(read_only)
        for shortcut in self._option_shortcuts:
            shortcut.setEnabled(not read_only)

    # --- saving ------------------------------------------------------------------------------

    def _save(self, answer: Answer, field: str) -> bool:
        """Save a change made on this page; True when it is saved."""
        if self._loading or self._criterion_id is None or self.controller.session.read_only:
            return False
        key = (answer.criterion_id, field)
        try:
            self.controller.set_answer(answer, field)
        except AnswerClashError as clash:
            self._unsaved.pop(key, None)
            self._resolve_clash(clash, field)
            return False
        except PromiseTrackerError as error:
            self._show_save_error(error)
            if field in ("note", "na_justification"):
                # Typed text is never thrown away: it stays, marked, until it can be saved.
                self._unsaved[key] = getattr(answer, field)
                self._retry_timer.start()
                self._show_unsaved(error.message)
                return False
            self._reload()
            return False
        if self._unsaved.pop(key, None) is not None:
            self._show_unsaved()
        return True

    def _resolve_clash(self, clash: AnswerClashError, field: str) -> None:
        """The same part of this answer was changed elsewhere meanwhile: ask which to keep."""
        options = {
            o.id: o.label.get(self.language)
            for o in self.controller.session.pack.answer_scale.options
        }
        rows = conflict_dialog.differences(
            clash.mine, clash.theirs, conflict_dialog.labels_by_value(options)
        )
        try:
            if conflict_dialog.ask_keep_mine(self, clash.message, rows):
                self.controller.keep_mine(clash, field)
            else:
                self.controller.keep_theirs(clash)
        except PromiseTrackerError as error:
            self._show_save_error(error)
        self._reload()

    def has_unsaved_text(self) -> bool:
        """Whether some typed text could not be saved yet (it is kept and retried)."""
        return bool(self._unsaved)

    def _retry_unsaved(self) -> None:
        session = self.controller.session
        for (cid, field), text in list(self._unsaved.items()):
            if session.read_only:
                break
            changes: dict[str, object] = {field: text}
            answer = replace(session.answer(cid), **changes)  # type: ignore[arg-type]
            try:
                self.controller.set_answer(answer, field)
            except PromiseTrackerError:
                continue  # still failing: kept, tried again later
            self._unsaved.pop((cid, field), None)
        if not self._unsaved:
            self._retry_timer.stop()
        self._show_unsaved()

    def _show_unsaved(self, reason: str = "") -> None:
        fields = {field for (cid, field) in self._unsaved if cid == self._criterion_id}
        if not fields:
            self.unsaved_label.hide()
            self._describe_fields()
            return
        text = self.tr(
            "⚠ Not saved yet. Your text stays here and is saved as soon as that works again."
        )
        if reason:
            text += "\n" + reason
        self.unsaved_label.setText(text)
        self.unsaved_label.show()
        self._describe_fields()

    def _current_answer(self) -> Answer | None:
        if self._criterion_id is None:
            return None
        return self.controller.session.answer(self._criterion_id)

    def _on_option_toggled(self, button: QAbstractButton, checked: bool) -> None:
        """An option ticked by the user, by a click or otherwise (an assistive technology
        may tick a radio button without clicking it): the answer is saved once, here; the
        click that follows finds it saved. Loading a criterion ticks with signals blocked."""
        if checked:
            self._on_option_clicked(button)

    def _on_option_clicked(self, button: QAbstractButton) -> None:
        answer = self._current_answer()
        if answer is None:
            return
        option_id = str(button.property("optionId"))
        if answer.value != option_id:
            self._save(replace(answer, value=option_id), "value")
        option = self._option(option_id)
        needs_reason = option is not None and option.requires_justification
        missing = not self.justification_edit.toPlainText().strip()
        if needs_reason and missing and not self.justification_edit.isHidden():
            # The reason is what is missing now: put the cursor there.
            self.justification_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_clear_clicked(self) -> None:
        answer = self._current_answer()
        if answer is None:
            return
        # Only the choice goes; a written justification stays for when N/A is chosen again.
        self._save(replace(answer, value=None), "value")

    def _on_justification_changed(self) -> None:
        answer = self._current_answer()
        if answer is None or self._loading:
            return
        self._save(
            replace(answer, na_justification=self.justification_edit.toPlainText()),
            "na_justification",
        )

    def _on_note_changed(self) -> None:
        answer = self._current_answer()
        if answer is None or self._loading:
            return
        self._save(replace(answer, note=self.note_edit.toPlainText()), "note")

    def _on_flag_clicked(self, checked: bool) -> None:
        answer = self._current_answer()
        if answer is None:
            return
        self._save(replace(answer, flagged=checked), "flagged")

    def _on_confirm_clicked(self) -> None:
        cid = self._criterion_id
        if cid is None or self.controller.session.read_only:
            return
        try:
            self.controller.confirm(cid)
        except AnswerClashError as clash:
            self._resolve_clash(clash, "carried")
        except PromiseTrackerError as error:
            self._show_save_error(error)
            self._reload()

    def _confirm_by_key(self) -> None:
        if self.confirm_button.isVisible() and self.confirm_button.isEnabled():
            self.confirm_button.click()
            self._announce_answer()

    def _on_confirm_standard_clicked(self) -> None:
        cid = self._criterion_id
        session = self.controller.session
        if cid is None or session.read_only:
            return
        number = session.pack.criterion(cid).standard.split(".")[0]
        description = self.tr("Confirm the answers of standard {number}").format(number=number)
        try:
            self.controller.confirm_many(self._to_confirm_in_standard(number), description)
        except PromiseTrackerError as error:
            self._show_save_error(error)
            self._reload()

    def _toggle_flag_by_key(self) -> None:
        if self.flag_check.isEnabled() and self.flag_check.isVisible():
            self.flag_check.click()
            self._announce_answer()

    def _answer_by_key(self, option_id: str) -> None:
        """Alt+1, Alt+2...: the option, and a screen reader says the answer now given (the
        focus stays where it is, so nothing else would tell)."""
        button = self._option_buttons.get(option_id)
        if button is None or not button.isEnabled():
            return
        # The answer said below includes a warning the change brings up: said once.
        self._saying_answer = True
        try:
            button.click()
        finally:
            self._saying_answer = False
        self._announce_answer()

    def _clear_by_key(self) -> None:
        if self.clear_button.isEnabled() and self.clear_button.isVisible():
            self.clear_button.click()
            self._announce_answer()

    def _announce_answer(self) -> None:
        """Say the criterion's answer as it is now saved (after a shortcut changed it)."""
        answer = self._current_answer()
        if answer is None:
            return
        option = self._option(answer.value)
        if option is None:
            text = self.tr("{id}: no answer").format(id=answer.criterion_id)
        else:
            text = self.tr("{id}: answer {answer}").format(
                id=answer.criterion_id, answer=option.label.get(self.language)
            )
            if option.requires_justification and not answer.na_justification.strip():
                text += " · " + self.tr("not counted until you write why")
        if answer.flagged:
            text += " · " + self.tr("flagged for discussion")
        if answer.to_confirm:
            text += " · " + self.tr("to confirm")
        announce(self, text)

    def _show_save_error(self, error: PromiseTrackerError) -> None:
        text = self.tr("Your change could not be saved.\n\n{reason}").format(reason=error.message)
        # One box at a time: typing on while saving fails must not stack up dialogs.
        if self._error_box is not None:
            self._error_box.setText(text)
            return
        box = QMessageBox(self)
        box.setObjectName("saveErrorBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not saved"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_error_box_closed)
        self._error_box = box
        box.open()

    def _on_error_box_closed(self) -> None:
        self._error_box = None

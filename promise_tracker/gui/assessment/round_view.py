"""The page on which a round is answered: summary header above, criteria tree and criterion page
side by side, all driven by one RoundController."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    # The views and the services load when the first round opens, not before the first paint.
    from promise_tracker.gui.assessment.criterion_page import CriterionPage
    from promise_tracker.gui.assessment.live_refresh import LiveRefresh
    from promise_tracker.gui.assessment.navigator import NavigatorPanel
    from promise_tracker.gui.assessment.summary_header import SummaryHeader
    from promise_tracker.gui.shared.round_controller import RoundController
    from promise_tracker.gui.shared.settings import Settings
    from promise_tracker.services.assessment import AssessmentService


class MessageBar(QFrame):
    """A line above the criteria saying what was just done in one step, with Undo.

    It goes away once the round's history moves on (another change, or the undo itself).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setObjectName("messageBarLabel")
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("messageBarUndoButton")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("messageBarCloseButton")
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Close the message"))
        self.close_button.setToolTip(self.tr("Close the message"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.hide()


class RoundView(QWidget):
    """One round at a time: `open_round` replaces the round shown, `close_round` empties it."""

    # (criterion id, action id) asked for on the criterion page ("" = a new action).
    actionRequested = Signal(str, str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.controller: RoundController | None = None
        self.header: SummaryHeader | None = None
        self.navigator: NavigatorPanel | None = None
        self.page: CriterionPage | None = None
        self.live_refresh: LiveRefresh | None = None  # others' saved changes, shown live
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self.message_bar = MessageBar(self)
        self.message_bar.undo_button.clicked.connect(self._undo_from_message)
        self._layout.addWidget(self.message_bar)
        self._message_index: int | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self._layout.addWidget(self.splitter, 1)

    def open_round(
        self,
        service: AssessmentService,
        round_id: str,
        unit_name: str,
        language: str,
        controller_parent: QObject,
    ) -> RoundController:
        """Open `round_id` (raises PromiseTrackerError when it cannot be read)."""
        from promise_tracker.gui.assessment.criterion_page import CriterionPage
        from promise_tracker.gui.assessment.live_refresh import LiveRefresh
        from promise_tracker.gui.assessment.navigator import NavigatorPanel
        from promise_tracker.gui.assessment.summary_header import SummaryHeader
        from promise_tracker.gui.shared.round_controller import RoundController
        from promise_tracker.services.round_session import RoundSession

        session = RoundSession(service, round_id)
        self.close_round()
        self.controller = RoundController(session, controller_parent)
        self.header = SummaryHeader(self.controller, unit_name, self, language=language)
        self._layout.insertWidget(0, self.header)
        self.navigator = NavigatorPanel(self.controller, language, self.splitter)
        self.page = CriterionPage(self.controller, language, self.splitter)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        state = self.settings.splitter_state
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([480, 720])
        self.navigator.criterionSelected.connect(self._on_criterion_selected)
        self.page.actionRequested.connect(self.actionRequested)
        self.controller.answersConfirmed.connect(self._on_answers_confirmed)
        self.controller.undo_group.indexChanged.connect(self._on_history_moved)
        self.live_refresh = LiveRefresh(self.controller, self.page, self)
        self._layout.insertWidget(
            self._layout.indexOf(self.message_bar) + 1, self.live_refresh.notice
        )
        return self.controller

    def start_criterion(self) -> str | None:
        """Where to start in the open round: where the user was, else the first unanswered."""
        if self.controller is None:
            return None
        session = self.controller.session
        start = self.settings.last_criterion(session.round.id) or session.next_unanswered(None)
        if start is None or not session.pack.has_criterion(start):
            start = session.criteria()[0].id
        return start

    def close_round(self) -> None:
        """Drop the open round's views and controller, remembering where the user was."""
        if self.controller is None:
            return
        self.save_state()
        self.message_bar.hide()
        self._message_index = None
        if self.live_refresh is not None:
            self.live_refresh.stop()
            self.live_refresh.notice.setParent(None)
            self.live_refresh.notice.deleteLater()
            self.live_refresh.deleteLater()
            self.live_refresh = None
        for widget in (self.header, self.navigator, self.page):
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.header = self.navigator = self.page = None
        self.controller.deleteLater()
        self.controller = None

    def save_state(self) -> None:
        """Keep the splitter's sizes and the criterion shown for the next time."""
        if self.navigator is not None:
            self.settings.splitter_state = QByteArray(self.splitter.saveState())
        if self.controller is not None and self.page is not None:
            current = self.page.current_criterion()
            if current:
                self.settings.set_last_criterion(self.controller.session.round.id, current)

    def go_to(self, criterion_id: str) -> None:
        if self.navigator is None or self.page is None:
            return
        self.navigator.select_criterion(criterion_id)
        self.page.show_criterion(criterion_id)
        if self.live_refresh is not None:
            self.live_refresh.criterion_shown()

    def set_language(self, language: str) -> None:
        if self.navigator is None or self.page is None:
            return
        self.navigator.set_language(language)
        self.page.set_language(language)
        if self.header is not None:
            self.header.set_language(language)

    def refresh_criterion(self) -> None:
        """Show the current criterion again (after the round's status changed)."""
        if self.page is not None:
            current = self.page.current_criterion()
            if current:
                self.page.show_criterion(current)

    def refresh_improvement(self) -> None:
        """Barriers or actions changed elsewhere (the action plan): show them again."""
        if self.page is not None:
            self.page.refresh_improvement()

    # --- confirming many answers at once, with Undo ---------------------------------------------

    def _on_answers_confirmed(self, criterion_ids: list[str]) -> None:
        if self.controller is None:
            return
        self.message_bar.label.setText(
            self.tr(
                "Confirmed %n answer(s) carried forward: counted in the score from now on.",
                "",
                len(criterion_ids),
            )
        )
        self._message_index = self.controller.undo_stack.index()
        self.message_bar.show()

    def _on_history_moved(self, index: int) -> None:
        # The step the message offers to undo is no longer the last one: the offer goes.
        if self._message_index is not None and index != self._message_index:
            self._message_index = None
            self.message_bar.hide()

    def _undo_from_message(self) -> None:
        from promise_tracker.gui.shared.window import guarded

        controller = self.controller
        if controller is None or self._message_index is None:
            return
        if controller.undo_stack.index() == self._message_index:
            guarded(self, controller.undo_stack.undo)
        self.message_bar.hide()

    def _on_criterion_selected(self, criterion_id: str) -> None:
        if self.page is not None and self.page.current_criterion() != criterion_id:
            self.page.show_criterion(criterion_id)
            if self.live_refresh is not None:
                self.live_refresh.criterion_shown()

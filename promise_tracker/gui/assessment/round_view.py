"""The page on which a round is answered: summary header above, criteria tree and criterion page
side by side, all driven by one RoundController."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

if TYPE_CHECKING:
    # The views and the services load when the first round opens, not before the first paint.
    from promise_tracker.gui.assessment.criterion_page import CriterionPage
    from promise_tracker.gui.assessment.navigator import NavigatorPanel
    from promise_tracker.gui.assessment.summary_header import SummaryHeader
    from promise_tracker.gui.shared.round_controller import RoundController
    from promise_tracker.gui.shared.settings import Settings
    from promise_tracker.services.assessment import AssessmentService


class RoundView(QWidget):
    """One round at a time: `open_round` replaces the round shown, `close_round` empties it."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.controller: RoundController | None = None
        self.header: SummaryHeader | None = None
        self.navigator: NavigatorPanel | None = None
        self.page: CriterionPage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
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

    def _on_criterion_selected(self, criterion_id: str) -> None:
        if self.page is not None and self.page.current_criterion() != criterion_id:
            self.page.show_criterion(criterion_id)

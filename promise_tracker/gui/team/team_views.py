"""The Team menu's disagreement window and consensus meeting, wired to the main window.

Both are enabled only while a round is open. The disagreement window follows the round chosen
in the main window and reads it again when answers change there; the consensus meeting saves
straight through the service, so when it ends the main window reopens the round to show the
agreed answers (as it does after an import).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from promise_tracker.gui.shared.window import FeatureHost, Menu, make_action
from promise_tracker.gui.shared.window_size import fit_to_screen

if TYPE_CHECKING:
    from promise_tracker.gui.shared.round_controller import RoundController
    from promise_tracker.gui.team.consensus_mode import ConsensusMode
    from promise_tracker.gui.team.disagreement_view import DisagreementView

DISAGREEMENT_SHORTCUT = "Ctrl+Shift+D"
CONSENSUS_SHORTCUT = "F9"


class TeamViews(QObject):
    """Owns the two Team menu actions of one main window and the windows they open."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.main_window())
        self.setObjectName("teamViews")
        self.host = host
        self.disagreement: DisagreementView | None = None
        self.meeting: ConsensusMode | None = None
        self._watched: RoundController | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)  # typing a note must not reload on every key
        self._refresh_timer.timeout.connect(self._refresh_disagreement)
        self.disagreement_action = make_action(
            host.main_window(),
            "disagreementAction",
            self.tr("&Disagreement…"),
            self.show_disagreement,
            DISAGREEMENT_SHORTCUT,
            tip=self.tr("Where the respondents' answers differ, and their scores side by side"),
        )
        self.consensus_action = make_action(
            host.main_window(),
            "consensusMeetingAction",
            self.tr("&Consensus meeting…"),
            self.start_meeting,
            CONSENSUS_SHORTCUT,
            tip=self.tr("Full screen, one criterion at a time: record the team's agreed answers"),
        )
        menu = host.menu(Menu.TEAM)
        if menu.actions():
            menu.addSeparator()
        menu.addAction(self.disagreement_action)
        menu.addAction(self.consensus_action)
        menu.aboutToShow.connect(self.update_actions)
        host.roundChanged.connect(self.update_actions)
        host.workspaceChanged.connect(self.update_actions)
        host.dataChanged.connect(self._refresh_disagreement)
        self.update_actions()

    # --- state --------------------------------------------------------------------------------

    def current_round_id(self) -> str | None:
        controller = self.host.controller
        return controller.session.round.id if controller is not None else None

    def update_actions(self, *_: object) -> None:
        open_round = self.current_round_id() is not None
        self.disagreement_action.setEnabled(open_round)
        self.consensus_action.setEnabled(open_round)
        self._watch(self.host.controller)
        view = self.disagreement
        if view is None:
            return
        workspace = self.host.workspace
        if workspace is None or view.service is not workspace.assessment:
            # Other data was opened (e.g. the demo): this window's data is gone.
            self.disagreement = None
            view.close()
            return
        round_id = self.current_round_id()
        if round_id is not None and view.round_id != round_id:
            view.set_round(round_id)

    def _watch(self, controller: RoundController | None) -> None:
        """Follow answer changes of the open round (to keep the disagreement window fresh)."""
        if controller is self._watched:
            return
        if self._watched is not None:
            # The old controller may already be gone with its round.
            with contextlib.suppress(RuntimeError, TypeError):
                self._watched.answerChanged.disconnect(self._refresh_timer.start)
        self._watched = controller
        if controller is not None:
            controller.answerChanged.connect(self._refresh_timer.start)
            controller.destroyed.connect(self._forget_controller)

    def _forget_controller(self, *_: object) -> None:
        self._watched = None

    def _refresh_disagreement(self) -> None:
        if self.disagreement is not None and self.current_round_id() == self.disagreement.round_id:
            self.disagreement.refresh()

    # --- disagreement window ------------------------------------------------------------------

    def show_disagreement(self) -> DisagreementView | None:
        round_id = self.current_round_id()
        if round_id is None:
            return None
        from promise_tracker.gui.team.disagreement_view import DisagreementView

        self.update_actions()  # drops a window left over from other data
        if self.disagreement is None:
            view = DisagreementView(
                self.host.service, round_id, self.host.language, self.host.main_window()
            )
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.setWindowTitle(self.tr("Disagreement"))
            # Roomy where the screen allows; never larger than its free area (1024x600).
            fit_to_screen(view, QSize(1400, 860))
            view.destroyed.connect(self._forget_disagreement)
            view.criterionActivated.connect(self._go_to_criterion)
            self.disagreement = view
            view.show()
            fit_to_screen(view, QSize(1400, 860))  # again, now that its frame is known
        elif self.disagreement.round_id != round_id:
            self.disagreement.set_round(round_id)
        else:
            self.disagreement.refresh()
        self.disagreement.show()
        if QGuiApplication.platformName() != "offscreen":
            self.disagreement.raise_()
        self.disagreement.activateWindow()
        return self.disagreement

    def _forget_disagreement(self, *_: object) -> None:
        self.disagreement = None

    def _go_to_criterion(self, criterion_id: str) -> None:
        self.host.go_to(criterion_id)
        self.host.main_window().activateWindow()

    # --- consensus meeting --------------------------------------------------------------------

    def start_meeting(self) -> ConsensusMode | None:
        round_id = self.current_round_id()
        if round_id is None:
            return None
        if self.meeting is not None:
            self.meeting.activateWindow()
            return self.meeting
        from promise_tracker.gui.team.consensus_mode import ConsensusMode

        meeting = ConsensusMode(
            self.host.service, round_id, self.host.language, self.host.main_window()
        )
        meeting.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        meeting.left.connect(self._after_meeting)
        self.meeting = meeting
        meeting.showFullScreen()
        meeting.activateWindow()
        meeting.focus_answers()
        return meeting

    def _after_meeting(self) -> None:
        """Reopen the round in the main window so it shows the answers agreed meanwhile."""
        meeting = self.meeting
        self.meeting = None
        if meeting is None:
            return
        last = meeting.current_criterion()
        host = self.host
        chosen = host.current_round()
        if chosen is None or chosen.id != meeting.data.round.id:
            return
        host.reload()  # the disagreement window follows dataChanged
        if host.controller is not None and host.controller.session.round.id == chosen.id:
            host.go_to(last)  # where the meeting ended


def install(host: FeatureHost) -> TeamViews:
    """Add Team > Disagreement… and Team > Consensus meeting… to the host's Team menu."""
    return TeamViews(host)

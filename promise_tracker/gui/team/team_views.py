"""The Team menu's disagreement window and consensus meeting, wired to the main window.

Both are enabled only while a round is open. The disagreement window follows the round chosen
in the main window and reads it again when answers change there; the consensus meeting saves
straight through the service, so when it ends the main window reopens the round to show the
agreed answers (as it does after an import).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

if TYPE_CHECKING:
    from promise_tracker.gui.app_shell.main_window import MainWindow
    from promise_tracker.gui.shared.round_controller import RoundController
    from promise_tracker.gui.team.consensus_mode import ConsensusMode
    from promise_tracker.gui.team.disagreement_view import DisagreementView

DISAGREEMENT_SHORTCUT = "Ctrl+Shift+D"
CONSENSUS_SHORTCUT = "F9"


class TeamViews(QObject):
    """Owns the two Team menu actions of one main window and the windows they open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("teamViews")
        self.window = window
        self.disagreement: DisagreementView | None = None
        self.meeting: ConsensusMode | None = None
        self._watched: RoundController | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)  # typing a note must not reload on every key
        self._refresh_timer.timeout.connect(self._refresh_disagreement)
        self.disagreement_action = self._action(
            "disagreementAction",
            self.tr("&Disagreement…"),
            self.show_disagreement,
            DISAGREEMENT_SHORTCUT,
            self.tr("Where the respondents' answers differ, and their scores side by side"),
        )
        self.consensus_action = self._action(
            "consensusMeetingAction",
            self.tr("&Consensus meeting…"),
            self.start_meeting,
            CONSENSUS_SHORTCUT,
            self.tr("Full screen, one criterion at a time: record the team's agreed answers"),
        )
        menu = window.team_menu
        if menu.actions():
            menu.addSeparator()
        menu.addAction(self.disagreement_action)
        menu.addAction(self.consensus_action)
        # The main window changes rounds in several ways; these signals cover them all, and
        # opening the menu checks once more.
        menu.aboutToShow.connect(self.update_actions)
        for signal in self._round_signals():
            signal.connect(self.update_actions)
        self.update_actions()

    def _round_signals(self) -> list[SignalInstance]:
        found: list[SignalInstance] = []
        for name, signal in (
            ("pages", "currentChanged"),
            ("round_combo", "currentIndexChanged"),
            ("unit_combo", "currentIndexChanged"),
            # The title names the unit, the round and the demo: it changes with each of them,
            # even where the window fills its boxes with their signals blocked.
            ("", "windowTitleChanged"),
        ):
            widget = getattr(self.window, name, None) if name else self.window
            if widget is not None:
                found.append(getattr(widget, signal))
        return found

    def _action(
        self, name: str, text: str, slot: Callable[[], object], shortcut: str, tip: str
    ) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("{tip} ({shortcut})").format(tip=tip, shortcut=shown))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # the shortcut works wherever the focus is
        return action

    # --- state --------------------------------------------------------------------------------

    def current_round_id(self) -> str | None:
        controller = self.window.controller
        return controller.session.round.id if controller is not None else None

    def update_actions(self, *_: object) -> None:
        open_round = self.current_round_id() is not None
        self.disagreement_action.setEnabled(open_round)
        self.consensus_action.setEnabled(open_round)
        self._watch(self.window.controller)
        view = self.disagreement
        if view is None:
            return
        workspace = self.window.workspace
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
                self.window.service, round_id, self.window.language, self.window
            )
            view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            view.setWindowTitle(self.tr("Disagreement"))
            view.resize(1400, 860)
            view.destroyed.connect(self._forget_disagreement)
            view.criterionActivated.connect(self._go_to_criterion)
            self.disagreement = view
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
        self.window.go_to(criterion_id)
        self.window.activateWindow()

    # --- consensus meeting --------------------------------------------------------------------

    def start_meeting(self) -> ConsensusMode | None:
        round_id = self.current_round_id()
        if round_id is None:
            return None
        if self.meeting is not None:
            self.meeting.activateWindow()
            return self.meeting
        from promise_tracker.gui.team.consensus_mode import ConsensusMode

        meeting = ConsensusMode(self.window.service, round_id, self.window.language, self.window)
        meeting.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        meeting.left.connect(self._after_meeting)
        self.meeting = meeting
        meeting.showFullScreen()
        meeting.activateWindow()
        meeting.setFocus()
        return meeting

    def _after_meeting(self) -> None:
        """Reopen the round in the main window so it shows the answers agreed meanwhile."""
        meeting = self.meeting
        self.meeting = None
        if meeting is None:
            return
        last = meeting.current_criterion()
        window = self.window
        unit = window.current_unit()
        chosen = window.current_round()
        if unit is None or chosen is None or chosen.id != meeting.data.round.id:
            return
        window._close_round()
        window.reload_units(unit.id, chosen.id)
        if window.controller is not None and window.controller.session.round.id == chosen.id:
            window.go_to(last)  # where the meeting ended
        if self.disagreement is not None:
            self.disagreement.refresh()


def install(window: MainWindow) -> TeamViews:
    """Add Team > Disagreement… and Team > Consensus meeting… to `window`."""
    views = TeamViews(window)
    window.team_views = views  # type: ignore[attr-defined]
    return views

"""Answers saved elsewhere (another window, another computer on the same server or file) appear
in the open round without restarting: a light poll, and nothing the user is typing is touched.

Every few seconds, while the round is shown, one small query (the round's change stamp) runs
on a worker thread; only when it differs is the round read again, and the answers that changed
are taken in: the criteria list, the page and the score follow. The answer whose note or reason
the user is writing is left as it is (the notice says so): the conflict handling decides when
the user's text is saved, and the answer is taken in once the user is done with it.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from promise_tracker.errors import PromiseTrackerError
from promise_tracker.gui.shared.accessibility import announce

if TYPE_CHECKING:
    from promise_tracker.domain.entities import Answer
    from promise_tracker.gui.assessment.criterion_page import CriterionPage
    from promise_tracker.gui.shared.round_controller import RoundController
    from promise_tracker.services.round_session import AnswerKey, StoredRound

log = logging.getLogger(__name__)

# How often the open round is compared with what is stored.
POLL_INTERVAL_MS: Final = 3000
# After a failed look (the server unreachable, say), looks skipped before trying again; the
# user hears of the problem from the next save, not from the poll.
QUIET_AFTER_FAILURE: Final = 10
# Widgets the user types into: what is in them is never changed under their hands.
_TEXT_FIELDS: Final = ("QPlainTextEdit", "QTextEdit", "QLineEdit", "QAbstractSpinBox")


class ElsewhereNotice(QFrame):
    """A line above the criteria: the criterion being written was changed elsewhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("elsewhereNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setObjectName("elsewhereNoticeLabel")
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.show_button = QPushButton(self.tr("Show the other change"), self)
        self.show_button.setObjectName("elsewhereNoticeShowButton")
        self.show_button.setToolTip(
            self.tr("Show the answer as it was saved elsewhere, in place of your text.")
        )
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("elsewhereNoticeCloseButton")
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Close the message"))
        self.close_button.setToolTip(self.tr("Close the message"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.close_button)
        self.hide()


class _Relay(QObject):
    """Carries a look's outcome from the worker thread to the GUI thread."""

    done = Signal(object)


class LiveRefresh(QObject):
    """Keeps the open round up to date with what others save (see the module's docstring)."""

    # After each look: how many answers changed elsewhere were taken in (0 when none).
    looked = Signal(int)

    def __init__(self, controller: RoundController, page: CriterionPage, view: QWidget) -> None:
        super().__init__(view)
        self.setObjectName("liveRefresh")
        self.controller = controller
        self.page = page
        self.view = view
        self.notice = ElsewhereNotice(view)
        self.notice.show_button.clicked.connect(self.show_other_change)
        # Answers changed elsewhere while the user was writing them: (answer, or None if
        # removed; the version held here when it was set aside).
        self._pending: dict[AnswerKey, tuple[Answer | None, int]] = {}
        self._looking = False
        self._quiet = 0
        self._stopped = False
        # No parent: a look still running when the round closes reports to it harmlessly.
        self._relay = _Relay()
        self._relay.done.connect(self._on_looked)
        self.timer = QTimer(self)
        self.timer.setObjectName("liveRefreshTimer")
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.timeout.connect(self.look)
        self._window = view.window()
        self._window.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        """The round closes: no more looks, and a look under way is ignored."""
        self._stopped = True
        self.timer.stop()
        self._window.removeEventFilter(self)

    # --- looking ------------------------------------------------------------------------------

    def look(self) -> None:
        """Compare the round with what is stored (the timer calls this every few seconds;
        so does the window coming back to the front)."""
        if self._stopped or not self.view.isVisible() or self._window.isMinimized():
            return
        self._take_in_pending()
        if self._looking:
            return
        if self._quiet > 0:
            self._quiet -= 1
            return
        session = self.controller.session
        versions = session.answer_versions()
        seen = session.stamp
        relay = self._relay
        self._looking = True

        def work() -> None:
            try:
                outcome: object = session.read_if_changed(seen)
            except BaseException as error:  # handed to the GUI thread
                outcome = error
            relay.done.emit((outcome, versions))

        threading.Thread(target=work, name="live-refresh", daemon=True).start()

    def _on_looked(self, payload: tuple[object, dict[AnswerKey, int]]) -> None:
        self._looking = False
        if self._stopped:
            return
        outcome, versions = payload
        if isinstance(outcome, PromiseTrackerError):
            log.warning("Could not look for changes saved elsewhere: %s", outcome)
            self._quiet = QUIET_AFTER_FAILURE
            self.looked.emit(0)
            return
        if isinstance(outcome, BaseException):
            raise outcome  # a bug: the crash dialog shows it
        taken = 0
        if outcome is not None:
            taken = self._take_in(outcome, versions)  # type: ignore[arg-type]
        self.looked.emit(taken)

    def _take_in(self, stored: StoredRound, versions: dict[AnswerKey, int]) -> int:
        session = self.controller.session
        changed = session.changed_elsewhere(stored, versions)
        round_changed = session.take_in_round(stored)
        editing = self._editing()
        held = session.answer_versions()
        taken: list[AnswerKey] = []
        set_aside = False
        for key, answer in changed.items():
            if key == editing:
                self._pending[key] = (answer, held.get(key, 0))
                set_aside = True
            else:
                session.take_in(key, answer)
                taken.append(key)
        if session.respondent_id is not None and all(
            respondent.id != session.respondent_id for respondent in session.respondents
        ):
            self.controller.answer_as(None)  # the respondent shown was removed elsewhere
        if round_changed:
            self.controller.respondentsChanged.emit()
            self.controller.roundChanged.emit()
        self._announce_taken(taken)
        if not self._writing_in_page():
            self.page.refresh_improvement()  # barriers may have changed too
        if set_aside:
            self._show_notice()
        return len(taken)

    def _announce_taken(self, taken: list[AnswerKey]) -> None:
        if not taken:
            return
        for criterion_id in dict.fromkeys(key[1] for key in taken):
            self.controller.answerChanged.emit(criterion_id)
        self.controller.scoresChanged.emit()
        announce(
            self.view,
            self.tr("Answers updated from another computer: %n", "", len(taken)),
        )

    # --- what the user is writing -------------------------------------------------------------

    def _focus(self) -> QWidget | None:
        """Where the keyboard is in the window, even while another program is in front."""
        return self._window.focusWidget()

    def _writing_in_page(self) -> bool:
        """Whether the keyboard is in a text field of the page (the barrier's, say)."""
        focus = self._focus()
        if focus is None or not self.page.isAncestorOf(focus):
            return False
        return any(focus.inherits(kind) for kind in _TEXT_FIELDS)

    def _editing(self) -> AnswerKey | None:
        """The answer whose note or reason the user is writing (or whose text waits to be
        saved), if any: it is not changed under their hands."""
        criterion_id = self.page.current_criterion()
        if criterion_id is None:
            return None
        focus = self._focus()
        typing = focus is not None and focus in (self.page.note_edit, self.page.justification_edit)
        if not typing and not self.page.has_unsaved_text():
            return None
        return (self.controller.session.respondent_id, criterion_id)

    def _take_in_pending(self, *, now: bool = False) -> None:
        """Take in the answers set aside once the user is done with them (or at once)."""
        if not self._pending:
            return
        editing = None if now else self._editing()
        session = self.controller.session
        held = session.answer_versions()
        taken: list[AnswerKey] = []
        for key, (answer, version) in list(self._pending.items()):
            if key == editing:
                continue
            del self._pending[key]
            if held.get(key, 0) != version:
                continue  # saved here since, with their change merged or chosen: it stands
            session.take_in(key, answer)
            taken.append(key)
        self._announce_taken(taken)
        self._show_notice()

    def show_other_change(self) -> None:
        """The user asks to see the answer as saved elsewhere, in place of their text."""
        self._take_in_pending(now=True)

    def _show_notice(self) -> None:
        criterion_id = self.page.current_criterion()
        shown = any(key[1] == criterion_id for key in self._pending)
        if not shown:
            self.notice.hide()
            return
        text = self.tr(
            "This criterion was changed on another computer while you were writing. Your "
            "text stays as you typed it; if you both changed the same thing, you choose "
            "which to keep when it is saved."
        )
        if self.notice.isHidden() or self.notice.label.text() != text:
            self.notice.label.setText(text)
            self.notice.show()
            announce(self.view, text)

    # --- events -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.WindowActivate:
            # Back at the window after a while elsewhere: look at once, not in 3 s.
            QTimer.singleShot(0, self.look)
        return False

    def criterion_shown(self) -> None:
        """Another criterion is shown: the notice is about the one shown, if any."""
        self._take_in_pending()
        self._show_notice()
